"""Word and Excel packages the libraries refuse (Strict Open XML, templates, macro-enabled
files) read like plain ones (extractors/ooxml_package.py)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import openpyxl

from extractors.docx_form import docx_parts
from extractors.ooxml_package import transitional
from extractors.xlsx_form import xlsx_rows

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
