"""The scanner itself finds every spelling it claims to (so the page scan can fail)."""

from __future__ import annotations

import html
import json

from tests.review_scan.leaks import THAI, Secret, body_text, leaks

NID = Secret("person 1", "national_id", "1101700230705")
MOBILE = Secret("person 1", "phone", "+66812345678")
EMAIL = Secret("person 1", "email", "somchai.k@example.org")


def test_each_spelling_is_found() -> None:
    written = [
        "1101700230705", "1-1017-00230-70-5", "1 1017 00230 70 5",
        "1101700230705".translate(THAI), json.dumps("1-1017-00230-70-5".translate(THAI)),
        "+66812345678", "0812345678", "081-234-5678", "66812345678", "+66 81 234 5678",
        "081-234-5678".translate(THAI), "SOMCHAI.K@EXAMPLE.ORG", "somchai.k%40example.org",
        html.escape("somchai.k@example.org").replace("@", "&#64;"),
    ]  # fmt: skip
    for text in written:
        assert leaks(f"<td>{text}</td>", [NID, MOBILE, EMAIL]), text


def test_masked_forms_are_not_leaks() -> None:
    masked = "1-1017-xxxxx-xx-5 xxxxxx5678 sxxx@example.org"
    assert leaks(masked, [NID, MOBILE, EMAIL]) == []


def test_xlsx_is_unpacked() -> None:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["081-234-5678"])
    out = io.BytesIO()
    book.save(out)
    assert leaks(body_text(out.getvalue(), ""), [MOBILE]) == ["person 1 phone"]
