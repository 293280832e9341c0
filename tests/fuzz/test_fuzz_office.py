"""Property-based tests of the office-file readers (RTF, ODT, DOCX, XLSX): on any input
none raises, each ends in candidates or a recorded defect, and every value read can be
stored (encodes as UTF-8: a lone surrogate half could not be sealed into a case).

RTF is read in place, so its tokens are fuzzed one by one; the zip formats are read in
the bounded child, so a valid file is mutated: its bytes (a broken zip) and the XML
inside it (a broken or hostile document in a sound zip)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.archive import MAX_MEMBER_BYTES, archive_members
from extractors.base import ExtractionResult
from extractors.docx_form import DocxFormExtractor
from extractors.extract import matcher_for
from extractors.office_text import OdtFormExtractor, RtfFormExtractor, rtf_text
from extractors.xlsx_form import XlsxFormExtractor
from tests.extractors.forms_for_tests import GENERAL

LABELS = matcher_for([GENERAL])

RTF_TOKENS = st.sampled_from(
    [
        "{", "}", "{\\rtf1\\ansi ", "\\ansicpg874 ", "\\ansicpg99999 ", "\\ansicpg65001 ",
        "\\par ", "\\cell ", "\\row ", "\\tab ", "\\line ", "\\~", "\\\\", "\\{", "\\}",
        "\\u3594?", "\\u-3000?", "\\u-10179?", "\\u-8434?", "\\u55357?", "\\u9999999999?",
        "\\uc0 ", "\\uc2 ", "\\uc-3 ", "\\uc99999 ", "\\'a1", "\\'e0", "\\'zz", "\\'",
        "\\*", "\\fonttbl ", "\\pict ", "\\bin5 ", "\\fldinst ", "\\", "\\\n", "\r\n",
        "ชื่อ", "นายก ข", "ชื่อ-นามสกุล: ", "a@b.co", "1459900123454", " ", ":", "?",
    ]
)  # fmt: skip


def _storable(result: ExtractionResult) -> None:
    for candidate in result.candidates:
        candidate.value.encode("utf-8")
        assert 0.0 <= candidate.confidence <= 1.0
    assert all(defect.code for defect in result.defects)


@settings(max_examples=300)
@given(st.lists(RTF_TOKENS, max_size=80).map("".join))
def test_rtf_of_any_tokens_gives_storable_text(source: str) -> None:
    data = source.encode("utf-8")
    rtf_text(data).encode("utf-8")
    _storable(RtfFormExtractor().extract(data, part="2", labels=LABELS))


@settings(max_examples=100)
@given(st.binary(max_size=3000))
def test_rtf_of_any_bytes_gives_storable_text(data: bytes) -> None:
    _storable(RtfFormExtractor().extract(b"{\\rtf1 " + data, part="2", labels=LABELS))


# --- the zip formats: valid files, mutated --------------------------------------------------

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
_ODT_BODY = (
    "<text:p>ชื่อ-นามสกุล: <text:span>นายก ข</text:span></text:p>"
    "<text:p>อีเมล:<text:s/>a@b.co</text:p>"
    "<table:table><table:table-row><table:table-cell><text:p>โทรศัพท์</text:p>"
    "</table:table-cell><table:table-cell><text:p>0812345678</text:p></table:table-cell>"
    "</table:table-row></table:table>"
)
# What a hostile document writer puts in the XML: entities (billion laughs, an external
# file), deep nesting, a repeat count far past memory, a broken tag.
XML_PIECES = st.sampled_from(
    [
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        "&a;", "&b;", "&e;", "<text:s text:c=\"99999999999\"/>", "<text:s text:c=\"-4\"/>",
        "<text:s text:c=\"x\"/>", "<text:p>" * 300, "</text:p>" * 300, "<text:p>", "</x>",
        "<text:tab/>", "<text:line-break/>", "\x00", "&#0;", "&#xD800;", "<![CDATA[",
        "<text:p>โทร 0812345678</text:p>",
    ]
)  # fmt: skip


def _odt(body: str, doctype: str = "") -> bytes:
    xml = (
        f'<?xml version="1.0"?>{doctype}<office:document-content {_ODT_NS}>'
        "<office:body><office:text>"
    )
    return _zip(
        {"content.xml": f"{xml}{body}</office:text></office:body></office:document-content>"}
    )


def _zip(members: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    answers = [("ชื่อ-นามสกุล", "นายก ข"), ("อีเมล", "a@b.co")]
    for row, (label, value) in zip(table.rows, answers, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ชื่อ-นามสกุล", "นายก ข"])
    sheet.append(["อีเมล", "a@b.co"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


Reader = Callable[[], DocxFormExtractor | XlsxFormExtractor | OdtFormExtractor]
VALID: dict[str, tuple[bytes, Reader]] = {
    "docx": (_docx(), DocxFormExtractor),
    "xlsx": (_xlsx(), XlsxFormExtractor),
    "odt": (_odt(_ODT_BODY), OdtFormExtractor),
}


def test_the_valid_files_are_read() -> None:
    """So the mutations below start from files the readers do read."""
    for kind, (data, reader) in VALID.items():
        result = reader().extract(data, part="2", labels=LABELS)
        keys = {c.key for c in result.candidates}
        assert {"full_name", "email"} <= keys, kind


@settings(max_examples=40)
@given(
    st.sampled_from(sorted(VALID)),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(0, 10**6),
)
def test_a_zip_form_with_bytes_changed_or_cut_is_read_or_a_defect(
    kind: str, changes: list[tuple[int, int]], cut: int
) -> None:
    data, reader = VALID[kind]
    mutated = bytearray(data)
    for offset, value in changes:
        mutated[offset % len(mutated)] = value
    _storable(
        reader().extract(bytes(mutated[: max(30, cut % (len(data) + 1))]), part="2", labels=LABELS)
    )


@settings(max_examples=40)
@given(st.lists(XML_PIECES, min_size=1, max_size=6), st.integers(0, 10**6))
def test_an_odt_with_hostile_xml_is_read_or_a_defect(pieces: list[str], at: int) -> None:
    where = at % (len(_ODT_BODY) + 1)
    body = _ODT_BODY[:where] + "".join(pieces) + _ODT_BODY[where:]
    if pieces[0].startswith("<!DOCTYPE"):  # where a DOCTYPE may stand, its entities used
        body = f"{_ODT_BODY}&b;&e;"
    data = _odt(body, doctype=pieces[0] if pieces[0].startswith("<!DOCTYPE") else "")
    result = OdtFormExtractor().extract(data, part="2", labels=LABELS)
    _storable(result)
    assert all("root:" not in c.value for c in result.candidates)  # no file was read in


# --- an archive the forms came in -----------------------------------------------------------

ARCHIVE = _zip({"form.docx": VALID["docx"][0], "note.txt": "ชื่อ: นายก ข", "in.zip": _zip({})})


@settings(max_examples=60)
@given(
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 10**6),
)
def test_an_archive_with_bytes_changed_or_cut_gives_members_or_defects(
    changes: list[tuple[int, int]], cut: int
) -> None:
    mutated = bytearray(ARCHIVE)
    for offset, value in changes:
        mutated[offset % len(mutated)] = value
    data = bytes(mutated[: max(4, cut % (len(ARCHIVE) + 1))])
    members, defects = archive_members(data)
    assert all(d.code.startswith("archive_") for d in defects)
    assert len(members) <= 3 and all(len(m.content) <= MAX_MEMBER_BYTES for m in members)
    if not changes and cut % (len(ARCHIVE) + 1) == len(ARCHIVE):
        assert [m.number for m in members] == [1, 2] and [d.code for d in defects] == [
            "archive_nested"
        ]
