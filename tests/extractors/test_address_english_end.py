"""Where an address after English words ends (extractors.address_english): a Thai address
with no comma in it after "My address is" (set 118) is read whole; it once raised, and the
mail's prose was lost with it. Invented addresses."""

from __future__ import annotations

from extractors.address_english import english_address_end


def test_an_address_with_no_comma_is_read_whole() -> None:
    text = "9 หมู่ 1 ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100"
    assert english_address_end(text) == text


def test_a_sentence_after_the_address_still_ends_it() -> None:
    text = "12 Moo 3, Tambon Ban Du, Mueang District, and my phone is 081-234-5678"
    assert english_address_end(text) == "12 Moo 3, Tambon Ban Du, Mueang District"
