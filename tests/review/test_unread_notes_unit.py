"""Every problem code a reader writes has a clerk's line of its own or of its family; an
unknown one gets the generic line and flags; problems belong to the file they came from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.base import Attachment, Defect
from extractors.unread import (
    ATTACHMENTS_KEY,
    defects_by_attachment,
    kind_of,
    unread_flags,
)
from review.i18n import catalog
from review.unread_notes import GENERIC, notes_by_attachment, reason_key

EXTRACTORS = Path(__file__).parents[2] / "extractors"
# code="pdf_broken", failed(part, "ocr_failed", ...): the codes readers write literally
# and walk.defect("charset_unknown", ...): the parse's, which may name a file's part
LITERAL = re.compile(r'code="([a-z_]+)"|failed\(part, "([a-z_]+)"|walk\.defect\(\s*"([a-z_]+)"')
# the mail's own problems (said by the mail's notices, not beside a file), and readers'
# names that codes are made from (docx_limit, docx_entities: below)
NOT_A_FILES = {
    "forwarded_request",
    "nothing_found",
    "no_templates",
    "extraction_failed",
    "header_truncated",
}
NOT_A_FILES |= {"too_many_parts", "parser_failed", "unparseable", "docx", "xlsx", "odt", "ods"}
NOT_A_FILES |= {"bad_address_header", "bad_date_header", "broken_multipart"}
NOT_A_FILES |= {"parts_after_close_boundary"}  # a multipart's, not a leaf's


def written_codes() -> set[str]:
    found = set()
    for path in EXTRACTORS.glob("*.py"):
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            found.add(next(code for code in match.groups() if code))
    return found


def test_the_readers_write_codes_this_test_sees() -> None:
    codes = written_codes()
    assert {"unsupported_content_type", "pdf_encrypted", "ocr_failed", "svg_refused"} <= codes
    assert {"charset_unknown", "part_unreadable"} <= codes


@pytest.mark.parametrize("code", sorted(written_codes() - NOT_A_FILES))
def test_every_code_a_reader_writes_has_a_line(code: str) -> None:
    assert reason_key(code) != GENERIC, code


@pytest.mark.parametrize(
    "code", ["docx_limit", "xlsx_too_large", "odt_broken", "docx_entities", "pdf_limit"]
)
def test_codes_made_from_a_readers_name_take_their_familys_line(code: str) -> None:
    assert reason_key(code).startswith("unread.reason.any_")


def test_the_parses_remarks_on_a_file_are_said_not_flagged() -> None:
    assert reason_key("mime_invalid_base64_padding") == "unread.reason.mime_any"
    assert reason_key("charset_mismatch") == "unread.reason.charset_any"
    assert unread_flags({0: ["mime_invalid_base64_padding", "charset_mismatch"]}) == {}
    assert kind_of("part_unreadable") == "unread"


def test_an_unknown_code_gets_the_generic_line_and_flags() -> None:
    assert reason_key("zz_new_problem") == GENERIC
    assert kind_of("zz_new_problem") == "unread"
    assert unread_flags({0: ["zz_new_problem"]}) == {ATTACHMENTS_KEY: ["attachment_unread"]}


def test_a_note_alone_does_not_flag() -> None:
    assert kind_of("pdf_encrypted_read") == "noted" and kind_of("docx_entities") == "noted"
    assert unread_flags({0: ["pdf_encrypted_read", "svg_external_ignored"]}) == {}
    assert unread_flags({0: ["pdf_encrypted_read"], 1: ["ocr_limit"], 2: ["pdf_pages_unread"]}) == {
        ATTACHMENTS_KEY: ["attachment_unread", "attachment_unread"]
    }


def test_the_lines_are_whole_in_both_languages() -> None:
    th, en = catalog("th"), catalog("en")
    reasons = [k for k in th if k.startswith("unread.reason.")]
    assert len(reasons) > 30
    for key in reasons:
        assert en.get(key), key
        assert "{" not in th[key] and "{" not in en[key]


def test_problems_belong_to_the_file_they_came_from() -> None:
    files = [Attachment(index=0, part="2"), Attachment(index=1, part="3")]
    defects = [
        Defect(code="pdf_broken", part="2"),
        Defect(code="archive_member_encrypted", part="3/4"),  # a file inside the ZIP
        Defect(code="archive_member_encrypted", part="3/5"),  # said once
        Defect(code="broken_multipart", part="1"),  # the body's
        Defect(code="too_many_parts"),  # the mail's
        Defect(code="pdf_broken", part="20"),  # not attachment "2"
    ]
    assert defects_by_attachment(files, defects) == {
        0: ["pdf_broken"],
        1: ["archive_member_encrypted"],
    }


def test_the_page_puts_what_most_needs_the_clerk_first() -> None:
    files = [Attachment(index=0, part="2")]
    extraction = {
        "defects": [
            {"code": "pdf_encrypted_read", "detail": "opened", "part": "2"},
            {"code": "pdf_pages_unread", "detail": "3 of 90 pages", "part": "2"},
            {"code": "ocr_limit", "detail": "12 s", "part": "2"},
        ]
    }
    notes = notes_by_attachment(files, extraction)[0]
    assert [(n.code, n.kind) for n in notes] == [
        ("ocr_limit", "unread"),
        ("pdf_pages_unread", "partly"),
        ("pdf_encrypted_read", "noted"),
    ]
