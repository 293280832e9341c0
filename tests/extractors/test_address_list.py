"""address_list and first_address answer what email.utils does for the same text, on
the first read and on the remembered one, and an answer handed out cannot change a
later one."""

from __future__ import annotations

import email.utils

import pytest

from extractors.address_list import address_list, first_address

VALUES = [
    "=?utf-8?b?4Lib4Lij4Liw4LiK4Liy4LiK4LiZ?= <citizen@example.org>",
    "a@example.org, B <b@example.org>",
    '"Last, First" <first.last@example.org>',
    "undisclosed-recipients:;",
    "",
    "no address here",
    "<broken@",
    "ชื่อ ไทย <thai@example.org>",
    "group: one@example.org, two@example.org;",
]


@pytest.mark.parametrize("value", VALUES)
def test_same_as_the_stdlib_first_and_second_time(value: str) -> None:
    for _ in range(2):
        assert address_list(value) == email.utils.getaddresses([value])
        assert first_address(value) == email.utils.parseaddr(value)


def test_a_list_handed_out_is_the_callers_own() -> None:
    value = "a@example.org, b@example.org"
    first = address_list(value)
    first.clear()
    assert address_list(value) == [("", "a@example.org"), ("", "b@example.org")]
