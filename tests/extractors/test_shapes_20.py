"""The rules set 20 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_20.py); these say what
each rule does and does not do."""

from __future__ import annotations

import pytest
from typed_mail import read

from extractors.html_text import html_to_text

ID = "1101700203450"  # valid check digit
OTHER_ID = "3100600123450"  # valid check digit too


# --- html_strike_old_value: a value struck through is one the writer withdrew --------


@pytest.mark.parametrize(
    "struck",
    [
        "<s>081-111-2222</s>",
        "<strike>081-111-2222</strike>",
        "<del>081-111-2222</del>",
        '<span style="text-decoration:line-through">081-111-2222</span>',
        '<span style="text-decoration-line: line-through; color:red">081-111-2222</span>',
    ],
)
def test_struck_text_is_not_read(struck: str) -> None:
    assert html_to_text(f"<div>โทรศัพท์: {struck} 089-555-6666</div>") == "โทรศัพท์: 089-555-6666"


def test_a_struck_old_id_gives_way_to_the_new_one() -> None:
    html = f"<div>ชื่อ: นายสมชาย ใจดี</div><div>เลขประจำตัวประชาชน: <s>{OTHER_ID}</s> {ID}</div>"
    assert read(html=html).fields.get("national_id") == ID


def test_underlined_or_plain_decoration_is_read() -> None:
    html = '<div>โทร: <span style="text-decoration:underline">089-555-6666</span></div>'
    assert html_to_text(html) == "โทร: 089-555-6666"
