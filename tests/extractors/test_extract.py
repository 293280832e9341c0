"""extract_case: template choice with its reason, best candidate per field, validation."""

from __future__ import annotations

import pytest
from forms_for_tests import COMPLAINT, DOCUMENT, GENERAL, build_pdf, literal, text_field, utf16

from extractors.base import Attachment, Defect, ExtractedCase, ParsedMessage, TextPart
from extractors.body_form import BodyFormExtractor
from extractors.extract import extract_case
from extractors.registry import ExtractorRegistry, default_registry

TEMPLATES = [COMPLAINT, DOCUMENT, GENERAL]

BODY = """ชื่อ-นามสกุล: นายสมชาย ใจดี
เลขประจำตัวประชาชน: 1-1017-00230-70-8
โทรศัพท์: 081-234-5678
อีเมล: SOMCHAI@Example.COM
จังหวัด: เชียงใหม่
รหัสไปรษณีย์: 50000
"""


def message(subject: str = "", text: str = BODY, **extra: object) -> ParsedMessage:
    parts = [TextPart(part="1", kind="plain", text=text)] if text else []
    return ParsedMessage(subject=subject, text_parts=parts, **extra)  # type: ignore[arg-type]


def test_labels_choose_the_template_and_values_are_validated() -> None:
    case = extract_case(message("สอบถาม"), TEMPLATES)
    assert case.template == "general_request"
    assert case.template_reason == "most labels matched (6) for general_request"
    assert case.fields["national_id"] == "1101700230708"
    assert case.fields["phone"] == "+66812345678"
    assert case.fields["email"] == "somchai@example.com"
    assert case.raw_fields["national_id"] == "1-1017-00230-70-8"
    assert case.provenance["phone"].line == 3
    assert case.fields["subject"] == "สอบถาม"  # from the Subject header
    assert case.provenance["subject"].part == "header"
    assert "birth_date" not in case.raw_fields


def test_subject_keyword_wins_and_reason_holds_no_personal_data() -> None:
    case = extract_case(message("Re: ขอร้องเรียนเรื่องเสียงดัง"), TEMPLATES)
    assert case.template == "complaint"
    assert case.template_reason == "subject keyword matched for complaint"
    assert "สมชาย" not in case.template_reason
    assert case.fields["subject"] == "ขอร้องเรียนเรื่องเสียงดัง"  # reply prefix dropped
    assert set(case.fields) == {s.key for s in COMPLAINT.fields}


def test_body_keyword() -> None:
    case = extract_case(message("", BODY + "ผู้ถูกร้องเรียน: ร้านค้า\n"), TEMPLATES)
    assert case.template == "complaint"
    assert case.template_reason.startswith("body keyword")
    assert case.fields["respondent"] == "ร้านค้า"


def test_default_when_nothing_matches() -> None:
    case = extract_case(message("hello", "no form here"), TEMPLATES)
    assert case.template == "general_request"
    assert case.template_reason == "default template general_request"
    assert {i.code for i in case.issues["full_name"]} == {"missing"}


def test_conflicting_label_is_read_with_the_chosen_template() -> None:
    # "ชื่อ-นามสกุล" is full_name in general_request but student_name in document_request.
    case = extract_case(message("ขอ ปพ.1", "ชื่อ-นามสกุล: ด.ญ. ใจ ดี\nโรงเรียน: วัดบ้าน\n"), TEMPLATES)
    assert case.template == "document_request"
    assert case.fields["student_name"] == "ด.ญ. ใจ ดี"
    assert case.fields["school"] == "วัดบ้าน"


def test_invalid_value_is_kept_raw_and_flagged() -> None:
    case = extract_case(message("", "เลขประจำตัวประชาชน: 1101700230709\n"), [GENERAL])
    assert case.fields["national_id"] is None
    assert case.raw_fields["national_id"] == "1101700230709"
    assert case.issues["national_id"]


def test_pdf_form_field_beats_body_text_on_equal_confidence() -> None:
    pdf = build_pdf(fields=[text_field(literal("fullname"), utf16("นางใหม่ ในฟอร์ม"))])
    attachment = Attachment(
        index=0, part="2", filename="form.pdf", sniffed_type="application/pdf",
        size=len(pdf), content=pdf,
    )  # fmt: skip
    case = extract_case(message("", "ชื่อ-นามสกุล: นายในเมล\n", attachments=[attachment]), [GENERAL])
    assert case.raw_fields["full_name"] == "นางใหม่ ในฟอร์ม"
    prov = case.provenance["full_name"]
    assert (prov.kind, prov.part, prov.filename_index, prov.form_field) == (
        "pdf_form", "2", 0, "fullname"
    )  # fmt: skip


def test_a_valid_value_beats_an_invalid_one_of_equal_confidence() -> None:
    text = "โทรศัพท์: 12\nTel: 02 123 4567\n"
    case = extract_case(message("", text), [GENERAL])
    assert case.fields["phone"] == "+6621234567"


def test_html_part_tables_and_unknown_attachments() -> None:
    html = "<table><tr><td>จังหวัด</td><td>ลำปาง</td></tr></table>"
    parsed = ParsedMessage(
        text_parts=[TextPart(part="1", kind="html", text="จังหวัด : ลำปาง", html=html)],
        attachments=[Attachment(index=0, part="2", sniffed_type="image/gif", content=b"GIF89a...")],
    )
    case = extract_case(parsed, [GENERAL])
    assert case.fields["province"] == "ลำปาง"
    assert case.provenance["province"].kind == "body_html"
    unsupported = [d for d in case.defects if d.code == "unsupported_content_type"]
    assert [(d.part, d.detail) for d in unsupported] == [("2", "no extractor for image/gif")]


def test_defects_from_parsing_and_extraction_are_kept() -> None:
    encrypted = (build_pdf()[:40]) + b"/Encrypt"  # garbage after a PDF header
    parsed = ParsedMessage(
        defects=[Defect(code="broken_multipart", part="1")],
        attachments=[
            Attachment(index=0, part="2", sniffed_type="application/pdf", content=encrypted)
        ],
    )
    case = extract_case(parsed, [GENERAL])
    codes = [d.code for d in case.defects]
    assert codes[0] == "broken_multipart"
    assert "pdf_broken" in codes


def test_never_raises() -> None:
    class Exploding:
        name = "exploding"

        def extract(self, content: object, **_: object) -> object:
            raise RuntimeError("boom")

    registry = ExtractorRegistry({"text/plain": (Exploding(),)})  # type: ignore[dict-item]
    case = extract_case(message("x"), [GENERAL], registry=registry)
    assert isinstance(case, ExtractedCase)
    assert [d.detail for d in case.defects] == ["exploding: RuntimeError"]
    assert extract_case(message("x"), []).template_reason == "no templates configured"


def test_repr_holds_no_personal_data() -> None:
    case = extract_case(message(""), [GENERAL])
    assert "สมชาย" not in repr(case) and "สมชาย" not in str(case)


def test_registry_lookup_full_type_then_main_type_then_fallback() -> None:
    body = BodyFormExtractor()
    registry = ExtractorRegistry({"text/plain": (body,), "text": ()}, fallback=(body, body))
    assert registry.lookup("Text/Plain; charset=utf-8") == (body,)
    assert registry.lookup("text/csv") == ()
    assert registry.lookup("image/png") == (body, body)
    default = default_registry()
    assert [e.name for e in default.lookup("text/html")] == [
        "html_table",
        "html_body_form",
        "html_prose",
    ]
    assert [e.name for e in default.lookup("application/pdf")] == ["pdf_form", "ocr"]
    assert [e.name for e in default.lookup("image/jpeg")] == ["ocr"]
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert [e.name for e in default.lookup(docx)] == ["docx_form"]
    assert default.lookup("application/zip") == ()


def test_typed_values_in_the_subject_line_when_the_body_has_none() -> None:
    """unseen2: the request typed into the Subject line, the body only the phone's
    signature: a phone number or ID there is read, flagged as found in prose."""
    case = extract_case(
        message("ขอสำเนาทะเบียนบ้าน นายก ข โทร 081-654-3210", text="ส่งจาก iPhone ของฉัน\n"),
        TEMPLATES,
    )
    assert case.fields["phone"] == "+66816543210"
    assert case.provenance["phone"].part == "header"
    # no one named: whose number it is, is in doubt too (review's applicant_in_doubt)
    assert [i.code for i in case.issues["phone"]] == ["read_from_prose", "applicant_in_doubt"]
    # the body's own value wins: the subject adds nothing then
    case = extract_case(message("แจ้งเรื่อง โทร 081-654-3210"), TEMPLATES)
    assert case.fields["phone"] == "+66812345678"
    assert "phone" not in case.issues


def test_a_name_in_boxes_read_by_two_readers_of_one_part_is_joined_once() -> None:
    # A form service's HTML table: the table reader and the text reader both read the
    # boxes "ชื่อ" (a full_name label) and "นามสกุล"; the given name each read alone is
    # no full name once the parts are joined.
    rows = [("คำนำหน้าชื่อ", "นางสาว"), ("ชื่อ", "มาลี"), ("นามสกุล", "ศรีสุข")]
    cells = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    text = "\n\n".join(f"{a} : {b}" for a, b in rows)
    html = f"<table>{cells}</table>"
    parsed = ParsedMessage(text_parts=[TextPart(part="1", kind="html", text=text, html=html)])
    case = extract_case(parsed, [GENERAL])
    assert case.fields["full_name"] == "นางสาว มาลี ศรีสุข"  # this template's names are text
    assert not case.issues.get("full_name")


def test_an_address_in_boxes_is_joined_into_one_address() -> None:
    # A form service sends the address box by box, each "label: value".
    text = (
        "ชื่อ-นามสกุล: นายสมชาย ใจดี\nบ้านเลขที่: 128\nหมู่: 5\nตำบล/แขวง: บ้านกลาง\n"
        "อำเภอ/เขต: เมืองลำพูน\nจังหวัด: ลำพูน\nรหัสไปรษณีย์: 51000\n"
    )
    case = extract_case(message(text=text), [GENERAL])
    assert case.fields["address"] == "128 หมู่ที่ 5 ตำบลบ้านกลาง อำเภอเมืองลำพูน"
    bangkok = "บ้านเลขที่: 36/8\nซอย: รามคำแหง 24\nตำบล/แขวง: หัวหมาก\nอำเภอ/เขต: บางกะปิ\n"
    case = extract_case(message(text=bangkok + "จังหวัด: กรุงเทพมหานคร\n"), [GENERAL])
    assert case.fields["address"] == "36/8 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ"


def test_an_address_box_word_opening_a_sentence_is_no_box() -> None:
    # Only a colon makes "ถนน" a box: "ถนนหน้าบ้าน ..." is the request's words.
    text = "ที่อยู่: 12 หมู่ 4 ตำบลบางพลี อำเภอบางพลี\nรายละเอียด:\nถนน หน้าบ้านเป็นหลุม\nขอให้ซ่อม\n"
    case = extract_case(message(text=text), [GENERAL])
    assert case.fields["address"] == "12 หมู่ 4 ตำบลบางพลี อำเภอบางพลี"
    assert case.fields["details"] == "ถนน หน้าบ้านเป็นหลุม\nขอให้ซ่อม"


def test_an_address_in_the_boxes_of_a_word_table_is_joined_too() -> None:
    # Copied out of a Word table: label TAB value TAB label TAB value, no colons. The
    # whole row, found in a sentence-like line as well, does not stand in the way.
    row = "บ้านเลขที่\t128\tหมู่ที่\t5\tตำบล\tบ้านกลาง\tอำเภอ\tเมืองลำพูน\tจังหวัด\tลำพูน"
    case = extract_case(message(text=f"ชื่อ-นามสกุล\tนายสมชาย ใจดี\n{row}\n"), [GENERAL])
    assert case.fields["address"] == "128 หมู่ที่ 5 ตำบลบ้านกลาง อำเภอเมืองลำพูน"


@pytest.mark.parametrize(
    "label",
    [
        "คำนำหน้า/ชื่อ/นามสกุล",  # a form's caption over one blank for the whole name
        "คำนำหน้า / ชื่อ / สกุล",
        "คำนำหน้า ชื่อ นามสกุล",  # the same, parted by spaces
        "คำนำหน้าชื่อ ชื่อ นามสกุล",
    ],
)
def test_a_label_naming_a_names_parts_takes_the_whole_name(label: str) -> None:
    text = f"{label}: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: 1-1017-00230-70-8\n"
    case = extract_case(message("สอบถาม", text), TEMPLATES)
    assert case.fields["full_name"] == "นายสมชาย ใจดี"
    assert case.provenance["full_name"].label == label
