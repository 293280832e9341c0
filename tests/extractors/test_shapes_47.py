"""Unit tests for what blind set 47 showed (issue 8): people and situations. A headman's
or kamnan's certificate printed to PDF ("ข้าพเจ้า <official> ... ขอรับรองว่า <villager>"),
whose applicant is the villager, not the writer after ข้าพเจ้า; a monk's title (พระครู,
พระมหา) in a form's own คำนำหน้า row, kept before his name and ฉายา; a bilingual form's
"เลขประจำตัว 13 หลัก (13-digit ID No.)" (the ID, not a student's number) and a birth date
sharing its row with "สัญชาติ (Nationality) ...", a heading no field takes. Examples written afresh,
not the set's strings; every ID made up with a valid check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from attachments_for_tests import ThaiPdf

from extractors.base import ExtractedCase, FieldCandidate, Provenance
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.names import join_name_parts
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OFFICIAL_ID = "3401500772314"  # made up, valid check digit
VILLAGER_ID = "1349900184527"  # made up, valid check digit


def with_body(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Request for a certificate of residence"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def with_pdf(body: str, lines: list[str]) -> ExtractedCase:
    """A mail whose request is a one-page PDF holding `lines`, one under another."""
    pdf = ThaiPdf()
    for n, line in enumerate(lines):
        pdf.put(line, 50, 780 - 24 * n, size=12)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือรับรองผู้มีรายได้น้อย"
    msg.set_content(body)
    msg.add_attachment(pdf.save(), maintype="application", subtype="pdf", filename="cert.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- whom a certificate is about ---------------------------------------------------------


def test_a_certificate_in_a_pdf_is_about_the_person_certified() -> None:
    case = with_pdf(
        "แนบหนังสือรับรองมาด้วยค่ะ\n",
        [
            "หนังสือรับรอง",
            f"ข้าพเจ้า นายประสิทธิ์ แก้วมณี ตำแหน่ง ผู้ใหญ่บ้านหมู่ที่ 3 เลขประจำตัวประชาชน {OFFICIAL_ID}",
            f"ขอรับรองว่า นางสาวลำดวน สีทา เลขประจำตัวประชาชน {VILLAGER_ID}",
            "อยู่บ้านเลขที่ 41 หมู่ที่ 3 ตำบลโนนทอง อำเภอเมือง จังหวัดหนองบัวลำภู 39000",
            "เป็นผู้อาศัยอยู่ในหมู่บ้านจริง",
            "ลงชื่อ ........................ ผู้ใหญ่บ้าน",
            "(นายประสิทธิ์ แก้วมณี)",
        ],
    )
    assert case.fields["full_name"] == "นางสาวลำดวน สีทา"
    assert case.fields["national_id"] == VILLAGER_ID


# --- a monk's title in its own row -------------------------------------------------------


def part(key: str, value: str, label: str) -> FieldCandidate:
    provenance = Provenance(part="2", kind="docx", label=label)
    return FieldCandidate(key=key, value=value, provenance=provenance, confidence=0.85)


@pytest.mark.parametrize("title", ["พระครู", "พระมหา", "พระปลัด", "สามเณร"])
def test_a_monks_title_in_its_own_row_stays_with_his_name(title: str) -> None:
    joined = join_name_parts(
        [
            part("name_title", title, "คำนำหน้า"),
            part("given_name", "ประยูร", "ชื่อ"),
            part("family_name", "จนฺทวํโส", "ฉายา"),
        ]
    )
    names = [c for c in joined if c.key == "full_name"]
    assert [c.value for c in names] == [f"{title} ประยูร จนฺทวํโส"]
    assert names[0].confidence == 0.85


def test_a_word_in_the_title_row_that_is_no_title_is_still_left_out() -> None:
    joined = join_name_parts(
        [
            part("name_title", "พระนครศรีอยุธยา จังหวัด", "คำนำหน้า"),
            part("given_name", "ประยูร", "ชื่อ"),
            part("family_name", "มั่นคง", "นามสกุล"),
        ]
    )
    assert [c.value for c in joined if c.key == "full_name"] == ["ประยูร มั่นคง"]


# --- a bilingual form ----------------------------------------------------------------------

FOREIGNER_ID = "6701200554321"  # made up, valid check digit; an alien's ID opens with 6


def bilingual_rows(born: str) -> list[str]:
    return [
        "คำร้องทั่วไป / GENERAL REQUEST FORM",
        "ชื่อ-สกุล (Name-Surname)  Mr. Lukas Brenner",
        "เลขประจำตัว 13 หลัก (13-digit ID No.)  6-7012-00554-32-1",
        f"วันเกิด (Date of Birth)  {born}   สัญชาติ (Nationality)  Austrian",
        "ที่อยู่ (Address)  88/3 หมู่ 2 ตำบลหนองปรือ อำเภอบางละมุง จังหวัดชลบุรี 20150",
        "โทรศัพท์ (Tel.)  086-330-4172",
    ]


@pytest.mark.parametrize(
    ("born", "iso"), [("7 August 1969", "1969-08-07"), ("Feb 3, 1980", "1980-02-03")]
)
def test_a_bilingual_forms_id_and_birth_date_are_read_in_a_mail(born: str, iso: str) -> None:
    case = with_body("\n".join(bilingual_rows(born)) + "\n")
    assert case.fields["national_id"] == FOREIGNER_ID
    assert not case.issues.get("national_id")  # read under its label, not from sentences
    assert case.fields["birth_date"] == iso
    assert not case.issues.get("birth_date")


@pytest.mark.parametrize(
    ("born", "iso"), [("7 August 1969", "1969-08-07"), ("Feb 3, 1980", "1980-02-03")]
)
def test_a_bilingual_forms_id_and_birth_date_are_read_in_a_pdf(born: str, iso: str) -> None:
    case = with_pdf("Please find my request form attached.\n", bilingual_rows(born))
    assert case.fields["national_id"] == FOREIGNER_ID
    assert not case.issues.get("national_id")  # read under its label, not from sentences
    assert case.fields["birth_date"] == iso


def test_a_heading_no_field_takes_still_leaves_a_lone_value_alone() -> None:
    case = with_body("Date of Birth  7 August 1969   Note  Austrian resident\n")
    assert case.fields["birth_date"] == "1969-08-07"


def test_a_number_before_a_fax_in_a_work_footer_is_still_looked_at() -> None:
    # a fax is a heading no field takes too, but a number before it is an office's line
    case = with_body(
        "เรียน งานทะเบียน\nขอแก้ไขชื่อในทะเบียนบ้านครับ\nชื่อ-สกุล: นายวีระ คงมั่น\n\n"
        "นายวีระ คงมั่น\nเทศบาลตำบลบ้านแพง\nโทร. 042-551-301 ต่อ 15 โทรสาร 042-551-302\n"
    )
    assert case.fields["phone"] is None or case.issues.get("phone")
