"""An address over lines with no label, as on an envelope, whose last line is the
province's short form and the postal code ("อุดรฯ 41000"), or the postal code alone
(set 40): that line is the address's end, read for its province and postal code."""

from __future__ import annotations

from extractors.prose import find_entities


def addresses(text: str) -> list[str]:
    return [value for key, value, _, _ in find_entities(text) if key == "address"]


def test_the_province_and_postal_code_line_ends_the_address() -> None:
    text = "ขอบคุณครับ\n\nนายอนันต์ ศรีสุข\n21 หมู่ 6\nต.หนองบัว อ.เมืองอุดรธานี\nอุดรฯ 41000\nโทร 0861234567\n"
    assert addresses(text) == ["21 หมู่ 6 ต.หนองบัว อ.เมืองอุดรธานี อุดรฯ 41000"]


def test_the_postal_code_alone_on_the_last_line() -> None:
    text = "นางวิไล ทองมา\n9/4 ซ.ลาดพร้าว 64\nแขวงวังทองหลาง เขตวังทองหลาง\n10310\nอีเมล a@example.com\n"
    assert addresses(text) == ["9/4 ซ.ลาดพร้าว 64 แขวงวังทองหลาง เขตวังทองหลาง 10310"]


def test_a_line_of_words_after_it_is_not_taken() -> None:
    text = "นายอนันต์ ศรีสุข\n21 หมู่ 6\nต.หนองบัว อ.เมืองอุดรธานี\nขอบคุณมากครับ\n"
    assert addresses(text) == ["21 หมู่ 6 ต.หนองบัว อ.เมืองอุดรธานี"]
