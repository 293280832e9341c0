"""A province's short form with ไปยาลน้อย (ฯ), as residents type it: "อุบลฯ", "อุดรฯ"
(set 40's "อุบลฯ 34000" at an address's end). The mark only says the name is cut short,
so the short form with it is the short form without it, a bare word included."""

from __future__ import annotations

import pytest

from extractors.address_tail import address_tail
from extractors.provinces import match_province_exactly


@pytest.mark.parametrize(
    ("typed", "province"),
    [
        ("อุดรฯ", "อุดรธานี"),
        ("อุบลฯ", "อุบลราชธานี"),
        ("สุราษฎร์ฯ", "สุราษฎร์ธานี"),
        ("กรุงเทพฯ", "กรุงเทพมหานคร"),
    ],
)
def test_a_short_form_with_its_mark_is_that_province(typed: str, province: str) -> None:
    assert match_province_exactly(typed) == province


def test_at_an_address_end() -> None:
    assert address_tail("21 หมู่ 6 ต.หนองบัว อ.เมืองอุดรธานี อุดรฯ 41000") == ("อุดรฯ", "41000")


def test_the_mark_alone_is_no_province() -> None:
    assert match_province_exactly("ฯ") is None
