"""PdfFormExtractor and read_acroform: generated fillable PDFs and the corpus forms.

The generated PDFs are written byte by byte here (no PDF library), so the reader is
checked against what the bytes say, and pypdf's get_fields() is the independent oracle
for the corpus files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from forms_for_tests import GENERAL, build_pdf, literal, text_field, utf16
from pypdf import PdfReader

from extractors.base import FieldCandidate
from extractors.labels import LabelMatcher
from extractors.pdf_form import PdfFormExtractor, decode_pdf_string, read_acroform

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
LABELS = LabelMatcher([GENERAL])

THAI_FORM = build_pdf(
    fields=[
        text_field(utf16("ชื่อ-นามสกุล"), utf16("นายวีระ กล้าหาญ")),
        text_field(literal("pid"), literal("1101700230708")),
        text_field(literal("Text3"), utf16("๐๘๑ ๒๓๔ ๕๖๗๘"), b" /TU " + utf16("โทรศัพท์มือถือ")),
        text_field(utf16("ที่อยู่"), utf16("9 ถนนราชดำเนิน\nเขตพระนคร")),
        text_field(literal("email"), literal("")),  # empty: no candidate
        text_field(literal("note"), literal("nothing")),  # not a template field
        b"<< /FT /Btn /T (consent) /V /Yes /Subtype /Widget /Rect [0 0 9 9] /P {page} >>",
        b"<< /FT /Btn /T (newsletter) /V /Off /Subtype /Widget /Rect [0 0 9 9] /P {page} >>",
        b"<< /FT /Ch /T (languages) /V [(Thai) (English)] /Subtype /Widget /Rect [0 0 9 9] >>",
        b"<< /FT /Tx /T (applicant) /Kids [19 0 R] >>",
        text_field(utf16("ชื่อ"), None),  # an empty field
    ],
    kids=(b"<< /T (province) /V " + utf16("เชียงราย") + b" /Parent 17 0 R /Subtype /Widget >>",),
    lines=["ignored because the form has values"],
)


def by_key(candidates: list[FieldCandidate]) -> dict[str, FieldCandidate]:
    return {c.key: c for c in candidates}


def test_generated_thai_form_fields() -> None:
    result = PdfFormExtractor().extract(THAI_FORM, part="attachment:0", labels=LABELS)
    assert result.defects == []
    found = by_key(result.candidates)
    assert {k: c.value for k, c in found.items()} == {
        "full_name": "นายวีระ กล้าหาญ",  # Thai field name (UTF-16) matched as a label
        "national_id": "1101700230708",  # form-field name variant
        "phone": "๐๘๑ ๒๓๔ ๕๖๗๘",  # matched by its tooltip /TU
        "address": "9 ถนนราชดำเนิน\nเขตพระนคร",
        "province": "เชียงราย",  # "applicant.province": /FT inherited from the parent
    }
    prov = found["phone"].provenance
    assert (prov.kind, prov.part, prov.page, prov.form_field, prov.label) == (
        "pdf_form", "attachment:0", 1, "Text3", "โทรศัพท์มือถือ"
    )  # fmt: skip
    assert found["province"].provenance.form_field == "applicant.province"


def test_read_acroform_returns_every_field() -> None:
    values, defects = read_acroform(THAI_FORM)
    assert defects == []
    assert values["consent"] == "Yes"  # checked: the export value
    assert values["newsletter"] == ""  # /Off: unchecked
    assert values["languages"] == "Thai, English"  # multi-select choice
    assert values["email"] == ""
    assert values["applicant.province"] == "เชียงราย"
    assert "ชื่อ" in values and values["ชื่อ"] == ""
    assert len(values) == 11


def test_pdf_string_encodings() -> None:
    assert decode_pdf_string(b"\xfe\xff" + "สวัสดี".encode("utf-16-be")) == "สวัสดี"
    assert decode_pdf_string(b"\xef\xbb\xbfabc") == "abc"
    # PDFDocEncoding differs from Latin-1 in 0x80-0x9F: 0x84 is an em dash.
    assert decode_pdf_string(b"Jos\xe9 \x84") == "José —"


def test_page_text_fallback_with_legacy_thai() -> None:
    # Tone marks as Private Use Area glyphs and SARA AM split, as legacy Thai fonts give.
    pua_mai_ek = "\uf70a"
    lines = [
        "แบบคำร้องทั่วไป",
        f"ชื{pua_mai_ek}อ-นามสกุล: นางสาวสุดา ใจงาม",
        "เลขประจ\u0e4d\u0e32ตัวประชาชน: 1101700230708",
        "Province: Lampang",
    ]
    pdf = build_pdf(fields=[text_field(literal("blank"), None)], lines=lines)
    result = PdfFormExtractor().extract(pdf, part="2", labels=LABELS)
    found = by_key(result.candidates)
    assert found["full_name"].value == "นางสาวสุดา ใจงาม"
    assert found["national_id"].value == "1101700230708"
    assert found["province"].value == "Lampang"
    prov = found["national_id"].provenance
    assert (prov.kind, prov.page, prov.line) == ("pdf_text", 1, 3)
    assert prov.label == "เลขประจำตัวประชาชน"  # normalised: SARA AM joined


def test_pdf_without_text_or_fields() -> None:
    result = PdfFormExtractor().extract(build_pdf(), part="2", labels=LABELS)
    assert result.candidates == []
    assert [d.code for d in result.defects] == ["pdf_no_text"]


# --- corpus --------------------------------------------------------------------------


def corpus(name: str) -> bytes:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus file missing: {name} (CI stops at start-up instead)")
    return path.read_bytes()


def oracle(name: str) -> dict[str, str]:
    """pypdf's view of the filled values: names as strings, /Off as empty, lists joined."""
    fields = PdfReader(CORPUS / name).get_fields() or {}
    values = {}
    for key, field in fields.items():
        value = field.get("/V")
        if isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        else:
            text = "" if value is None else str(value)
        if text.startswith("/"):
            text = "" if text == "/Off" else text[1:]
        # a list's option shown by its display name ([export, display] pairs), as a clerk
        # sees it (set 43: a province's code "50" is no province)
        shown = {str(o[0]): str(o[1]) for o in field.get("/Opt") or [] if isinstance(o, list)}
        values[str(field.get("/T", key))] = shown.get(text, text)
    return values


FILLABLE = [
    "pdfjs/acroform_calculation_order.pdf",
    "pdfjs/bug1883609.pdf",
    "pdfjs/fields_order.pdf",
    "pdfjs/form_two_pages.pdf",
    "pdfjs/issue6127.pdf",
    "pdfjs/prefilled_f1040.pdf",
    "pdfjs/resetform.pdf",
    "pdfjs/textfields.pdf",
    "pypdf/form.pdf",
    "pypdf/form_acrobatReader.pdf",
    "pypdf/form_evince.pdf",
    "pypdf/libreoffice-form.pdf",
    "pypdfform/docfly.pdf",
    "pypdfform/illinois-real-estate-power-of-attorney-form.pdf",
    "pypdfform/pdf_escape.pdf",
    "pypdfform/pdfgear.pdf",
    "pypdfform/sample_template_with_comb_text_field.pdf",
    "pypdfform/sample_template_with_dropdown.pdf",
    "pypdfform/sejda_dropdown.pdf",
    "pypdfform/soda.pdf",
]


@pytest.mark.parametrize("name", FILLABLE)
def test_corpus_filled_values_match_pypdf(name: str) -> None:
    values, defects = read_acroform(corpus(name))
    assert defects == []
    assert values, "every one of these files has form fields"
    expected = sorted(v for v in oracle(name).values() if v)
    assert sorted(v for v in values.values() if v) == expected


def test_prefilled_f1040() -> None:
    # pdfminer misses this file's objects (linearized, several xref-stream updates); the
    # reader falls back to scanning object headers. It has 246 fields; only two are filled.
    values, defects = read_acroform(corpus("pdfjs/prefilled_f1040.pdf"))
    assert defects == []
    assert len(values) > 200
    assert values["topmostSubform[0].Page2[0].p2-t124[0]"] == "foobar"
    assert values["topmostSubform[0].Page2[0].c1_01_0_[0]"] == "Yes"


def test_same_form_filled_in_two_viewers() -> None:
    acrobat, _ = read_acroform(corpus("pypdf/form_acrobatReader.pdf"))
    evince, _ = read_acroform(corpus("pypdf/form_evince.pdf"))
    assert acrobat == {"foo": "Bar"}
    assert evince == {"foo": "bar"}
    assert set(acrobat) == set(evince)


def test_libreoffice_form_names_and_values() -> None:
    values, _ = read_acroform(corpus("pypdf/libreoffice-form.pdf"))
    assert values["First Name"] == "Alice"
    assert values["First Name_2"] == "Bob"
    assert values["female"] == ""  # unchecked box


def test_tooltips_and_non_ascii_names() -> None:
    values, _ = read_acroform(corpus("pdfjs/issue6127.pdf"))
    assert "prénoms" in values and "n° immatriculation" in values


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("pdfjs/poppler-85140-0.pdf", None),
        ("pdfjs/REDHAT-1531897-0.pdf", None),
        ("pdfjs/PDFBOX-4352-0.pdf", "pdf_encrypted"),  # unknown security handler
        ("pdfjs/issue9105_other.pdf", "pdf_broken"),
        ("pdfjs/issue15590.pdf", "pdf_broken"),
        ("pdfjs/bug1020226.pdf", "pdf_broken"),
        ("pdfjs/issue19484_1.pdf", "pdf_encrypted"),
        ("pdfplumber/malformed-from-issue-932.pdf", None),
        ("pdfplumber/password-example.pdf", "pdf_encrypted"),
        ("pypdf/r4-aes-user-password.pdf", "pdf_encrypted"),
        ("pypdf/r6-user-password.pdf", "pdf_encrypted_read"),  # empty user password: read
    ],
)
def test_hostile_pdfs_become_defects(name: str, code: str | None) -> None:
    data = corpus(name)
    result = PdfFormExtractor().extract(data, part="attachment:1", labels=LABELS)
    codes = {d.code for d in result.defects}
    if code is not None:
        assert code in codes
    # pdf_pages_unread: poppler-85140-0.pdf's page tree counts 213,804,087 pages
    allowed = {"pdf_encrypted", "pdf_encrypted_read", "pdf_broken", "pdf_no_text"}
    allowed |= {"pdf_page_unreadable"}
    assert codes <= allowed | {"pdf_pages_unread"}
    assert all(d.part == "attachment:1" for d in result.defects)
    _, defects = read_acroform(data)
    if code is not None:
        assert code in {d.code for d in defects}


def test_truncated_and_garbage_bytes() -> None:
    whole = corpus("pypdf/libreoffice-form.pdf")
    for data in (whole[: len(whole) // 3], b"%PDF-1.4\n garbage", b"", b"not a pdf"):
        result = PdfFormExtractor().extract(data, part="a", labels=LABELS)
        assert isinstance(result.candidates, list)
        read_acroform(data)


def test_a_forms_page_is_laid_out_once_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Captions, ticked options, rows of boxes and the parts printed for another all read
    the page's lines: the layout, the costly step, is made once for all of them (it was
    made five times), and once more for the values printed beside the fields (a layout
    of its own: drawn boxes and typed annotations among the glyphs)."""
    import extractors.pdf_form as pdf_form

    made: list[int] = []
    real = pdf_form.group_lines

    def counted(*args: object, **kwargs: object) -> object:
        made.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_form, "group_lines", counted)
    result = PdfFormExtractor().extract(THAI_FORM, part="attachment:0", labels=LABELS)
    assert by_key(result.candidates)["full_name"].value == "นายวีระ กล้าหาญ"
    assert len(made) == 2
