"""A fillable PDF's fields the citizen left as the form made them (set 43): a field whose
value is still a fill-in prompt, its default or not ("ระบุ", "กรอก...", "(ถ้ามี)", "-"), is
unfilled, and a dropdown's export value is shown as its display name (/Opt pairs).
Made-up people and values; the PDFs are written byte by byte (forms_for_tests)."""

from __future__ import annotations

from forms_for_tests import build_pdf, literal, text_field, utf16

from extractors.pdf_form import read_acroform


def test_a_field_still_holding_its_prompt_default_is_unfilled() -> None:
    data = build_pdf(
        fields=[
            text_field(literal("Text Box 1"), utf16("12/5"), b" /DV " + utf16("ระบุ")),
            # the default typed over: kept
            text_field(literal("Text Box 2"), utf16("ซอยวัดใหม่"), b" /DV " + utf16("ระบุ")),
            # the prompt default left in place
            text_field(literal("Text Box 3"), utf16("ระบุ"), b" /DV " + utf16("ระบุ")),
            # an answer equal to its default: LibreOffice saves a filled form so
            text_field(literal("Text Box 4"), utf16("บ้านหนองบัว"), b" /DV " + utf16("บ้านหนองบัว")),
        ]
    )
    values, _ = read_acroform(data)
    assert values == {
        "Text Box 1": "12/5", "Text Box 2": "ซอยวัดใหม่", "Text Box 3": "", "Text Box 4": "บ้านหนองบัว"
    }  # fmt: skip


def test_fill_in_prompts_are_unfilled_without_a_default() -> None:
    data = build_pdf(
        fields=[
            text_field(literal("soi"), utf16("ระบุ")),
            text_field(literal("road"), utf16("(ระบุ)")),
            text_field(literal("mail"), utf16("กรอกอีเมล (ถ้ามี)")),
            text_field(literal("fax"), utf16("(ถ้ามี)")),
            text_field(literal("moo"), literal("-")),
            text_field(literal("name"), utf16("นางกรองทอง มีสุข")),  # กรอง..., not a prompt
            text_field(literal("given"), utf16("พิมพ์ชนก")),  # a given name, not "type ..."
            text_field(literal("note"), utf16("ระบุเหตุผลไว้แล้วในหนังสือ")),  # a sentence
        ]
    )
    values, _ = read_acroform(data)
    assert values == {
        "soi": "", "road": "", "mail": "", "fax": "", "moo": "",
        "name": "นางกรองทอง มีสุข", "given": "พิมพ์ชนก", "note": "ระบุเหตุผลไว้แล้วในหนังสือ",
    }  # fmt: skip


def test_a_dropdown_shows_its_display_name_not_its_export_code() -> None:
    opt = b" /Opt [[(10) " + utf16("กรุงเทพมหานคร") + b"] [(57) " + utf16("เชียงราย") + b"]]"
    plain = b" /Opt [" + utf16("ลำปาง") + b" " + utf16("ลำพูน") + b"]"
    data = build_pdf(
        fields=[
            b"<< /FT /Ch /Ff 131072 /T (province) /V (57)%s /Subtype /Widget /Rect [0 0 9 9] >>"
            % opt,
            b"<< /FT /Ch /Ff 131072 /T (other) /V "
            + utf16("ลำพูน")
            + plain
            + b" /Subtype /Widget /Rect [0 0 9 9] >>",
            # a value not among the options (an edited combo box) stays as typed
            b"<< /FT /Ch /Ff 393216 /T (typed) /V (99)%s /Subtype /Widget /Rect [0 0 9 9] >>" % opt,
        ]
    )
    values, _ = read_acroform(data)
    assert values == {"province": "เชียงราย", "other": "ลำพูน", "typed": "99"}
