"""Word and Excel packages the libraries refuse (Strict Open XML, templates, macro-enabled
files) read like plain ones (extractors/ooxml_package.py)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import openpyxl
import pytest

from extractors.docx_form import DocxFormExtractor, docx_parts
from extractors.labels import LabelMatcher
from extractors.ooxml_package import (
    MAX_PACKAGE_BYTES,
    MAX_PART_BYTES,
    MAX_PARTS,
    PackageTooLarge,
    transitional,
)
from extractors.xlsx_form import XlsxFormExtractor, xlsx_rows

STRICT = re.compile(rb"http://schemas\.openxmlformats\.org/([A-Za-z]+)/2006/([A-Za-z]+)")


def word_file() -> bytes:
    document = docx.Document()
    document.add_paragraph("ชื่อ-นามสกุล: นางทดลอง ใจดี")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def excel_file() -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = "เลขประจำตัวประชาชน"
    book.active["B1"] = "1234"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rewritten(data: bytes, edit: dict[bytes, bytes] | None = None, strict: bool = False) -> bytes:
    """The package with content types replaced (`edit`) or Strict's namespace names."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            blob = source.read(name)
            for old, new in (edit or {}).items():
                blob = blob.replace(old, new)
            if strict and name != "[Content_Types].xml":
                blob = STRICT.sub(rb"http://purl.oclc.org/ooxml/\1/\2", blob)
            target.writestr(name, blob)
    return out.getvalue()


def test_a_plain_package_comes_back_as_it_was() -> None:
    data = word_file()
    assert transitional(data) is data


def test_strict_word_is_read() -> None:
    strict = rewritten(word_file(), strict=True)
    assert b"purl.oclc.org" in zipfile.ZipFile(io.BytesIO(strict)).read("word/document.xml")
    body, _ = docx_parts(strict)
    assert "ชื่อ-นามสกุล: นางทดลอง ใจดี" in body


def test_a_word_template_and_a_macro_enabled_document_are_read() -> None:
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    for kind in (
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    ):
        data = rewritten(word_file(), {main: kind})
        body, _ = docx_parts(data)
        assert "ชื่อ-นามสกุล: นางทดลอง ใจดี" in body


def test_strict_and_macro_enabled_excel_are_read() -> None:
    main = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    macros = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    for data in (rewritten(excel_file(), strict=True), rewritten(excel_file(), {main: macros})):
        assert ["เลขประจำตัวประชาชน", "1234"] in xlsx_rows(data)


def with_part(data: bytes, name: str, blob: bytes, *, declared: int | None = None) -> bytes:
    """The package with one more part; `declared` overwrites the size its directory
    gives (a lie that a library trusting the directory would believe)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.namelist():
            target.writestr(item, source.read(item))
        target.writestr(name, blob)
    package = out.getvalue()
    if declared is None:
        return package
    end = package.rindex(b"PK\x01\x02")  # the last part's directory entry
    patched = bytearray(package)
    patched[end + 24 : end + 28] = declared.to_bytes(4, "little")  # uncompressed size
    return bytes(patched)


def bomb_part(size: int) -> bytes:
    """Well-formed XML of `size` bytes, nearly all whitespace: inflates a thousandfold."""
    head, tail = b'<?xml version="1.0"?><x>', b"</x>"
    return head + b" " * (size - len(head) - len(tail)) + tail


def test_a_word_part_that_inflates_past_the_cap_is_refused_before_any_library_parses_it() -> None:
    data = with_part(word_file(), "word/bomb.xml", bomb_part(MAX_PART_BYTES + 1024))
    assert len(data) < MAX_PART_BYTES // 100  # the mail is small, what it inflates to is not
    with pytest.raises(PackageTooLarge, match="inflates past"):
        transitional(data)
    result = DocxFormExtractor().extract(data, part="2", labels=LabelMatcher([]))
    assert [d.code for d in result.defects] == ["docx_too_large"]
    assert not result.candidates


def test_an_excel_package_over_the_caps_is_a_defect_not_a_parse() -> None:
    half = bomb_part(MAX_PART_BYTES - 1024)
    data = excel_file()
    for n in range(MAX_PACKAGE_BYTES // len(half) + 1):  # each part under, all over
        data = with_part(data, f"xl/extra{n}.xml", half)
    with pytest.raises(PackageTooLarge, match="the parts inflate past"):
        transitional(data)
    result = XlsxFormExtractor().extract(data, part="2", labels=LabelMatcher([]))
    assert [d.code for d in result.defects] == ["xlsx_too_large"]


def test_what_a_part_really_inflates_to_counts_not_what_the_directory_declares() -> None:
    data = with_part(word_file(), "word/bomb.xml", bomb_part(MAX_PART_BYTES + 1024), declared=100)
    with pytest.raises((PackageTooLarge, zipfile.BadZipFile)):
        transitional(data)


def test_a_package_of_too_many_parts_is_refused() -> None:
    source = zipfile.ZipFile(io.BytesIO(word_file()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.namelist():
            target.writestr(item, source.read(item))
        for n in range(MAX_PARTS):
            target.writestr(f"x/{n}", b"")
    with pytest.raises(PackageTooLarge, match="parts, over"):
        transitional(out.getvalue())
