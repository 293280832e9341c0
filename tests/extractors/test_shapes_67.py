"""Unit tests for the shapes blind set 67 (fire, rescue and emergencies: a relative asks
the rescue van for a patient, a tenant reports a snake, a victim files for storm or fire
damage) found the readers getting wrong (issue 8): each names the way a request is
written that it covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests_5 import DOCX, XLSX, docx_bytes, xlsx_bytes
from unseen_requests_56 import table_doc

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(
    text: str,
    *,
    sender: str = "someone <someone@example.com>",
    subject: str = "แจ้งเหตุ",
    table: tuple[tuple[str, str], ...] = (),
    rows: tuple[tuple[str, ...], ...] = (),
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "rescue@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    if table:

        def build(d: Any) -> None:
            d.add_paragraph("แบบคำขอใช้บริการรถรับ-ส่งผู้ป่วย")
            table_doc(d, list(table))

        main, sub = DOCX.split("/")
        msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="form.docx")
    if rows:

        def fill(book: Any) -> None:
            for row in rows:
                book.active.append(row)

        main, sub = XLSX.split("/")
        msg.add_attachment(xlsx_bytes(fill), maintype=main, subtype=sub, filename="survey.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    return bool(case.issues.get(key))


# --- a relative's part beside the patient's ------------------------------------------------


def test_a_relatives_part_of_a_patients_form_is_not_the_patients() -> None:
    """A form's patient part, then "ผู้ขอใช้บริการ (ญาติ)": the relative asks for the
    patient, so the request is the patient's; the relative's name is never his, her
    mobile and box stand only flagged (his own are not given)."""
    case = read(
        "แนบแบบฟอร์มค่ะ\n",
        sender="Kanda P <kanda.pm@example.com>",
        subject="ขอใช้รถรับส่งผู้ป่วย",
        table=(
            ("ตอนที่ 1 ข้อมูลผู้ป่วย", ""),
            ("ชื่อ-สกุลผู้ป่วย", "นายสมพงษ์ ปานทอง"),
            ("เลขประจำตัวประชาชน", "3501200334451"),
            ("ที่อยู่", "14 หมู่ที่ 6 ตำบลหนองบัว อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์ 67000"),
            ("โทรศัพท์ผู้ป่วย", "-"),
            ("ตอนที่ 2 ผู้ขอใช้บริการ (ญาติ)", ""),
            ("ชื่อ-สกุล", "นางกานดา ปานทอง"),
            ("เลขประจำตัวประชาชน", "3501200998877"),
            ("โทรศัพท์", "0861230456"),
            ("อีเมล", "kanda.pm@example.com"),
        ),
    )
    assert case.fields["full_name"] == "นายสมพงษ์ ปานทอง"
    assert case.fields["national_id"] == "3501200334451"
    assert case.fields["phone"] is None or flagged(case, "phone")
    assert case.fields["email"] is None or flagged(case, "email")


# --- a tenant's rented house ---------------------------------------------------------------


def test_the_rented_house_a_tenant_reports_from_is_her_address() -> None:
    """ "บ้านเช่าเลขที่ ...": the house she rents is where she lives; the landlord's own
    home said after it in brackets is his, never hers."""
    case = read(
        "มีตะขาบยักษ์อยู่ในห้องน้ำบ้านเช่าที่หนูอยู่ค่ะ รบกวนมาช่วยด้วย\n\n"
        "บ้านเช่าเลขที่ 7/3 ซ.ราชดำเนิน 5 ต.ในเมือง อ.เมืองพิษณุโลก พิษณุโลก 65000\n"
        "(เจ้าของบ้านชื่อนายประยูร สายทอง โทร 0819921345 บ้านเจ้าของอยู่ 88/1 ถนนบรมไตรโลกนาถ "
        "ตำบลในเมือง อำเภอเมืองพิษณุโลก)\n\n"
        "ผู้แจ้ง นางสาวพิมพ์ชนก เรือนคำ\nโทร 0634417729\n",
        sender="pimchanok.rk@example.com",
    )
    assert case.fields["full_name"] == "นางสาวพิมพ์ชนก เรือนคำ"
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("7/3")


# --- a place named by the house it is in front of ------------------------------------------


def test_a_house_a_hazard_lies_in_front_of_is_not_the_reporters_home() -> None:
    """ "ต้นไม้ล้มขวางถนน หน้าบ้านเลขที่ 27 ...": the house names where the tree lies, no
    one's home; the reporter's own address under her name is hers."""
    case = read(
        "เรียน งานป้องกันฯ\n\n"
        "เช้านี้ต้นมะม่วงใหญ่ล้มขวางถนนในซอย หน้าบ้านเลขที่ 27 รถยนต์ผ่านไม่ได้ สายโทรศัพท์ขาดด้วยค่ะ "
        "แจ้ง กฟภ. แล้ว ได้เลขที่รับแจ้ง 0412233445\n\n"
        "ขอบคุณค่ะ\n\nนางวารุณี ทองดี\n61/2 ถนนสนามบิน ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
        "โทร 0851127788\n",
        sender="warunee.td@example.com",
    )
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("61/2")


# --- the damaged house a victim lives in ---------------------------------------------------


def test_the_damaged_houses_address_a_victim_answers_is_hers() -> None:
    """Numbered answers to an officer: "ที่อยู่บ้านที่เสียหาย (ที่ดิฉันอาศัยอยู่) ..." is the
    victim's home; the owner's new home after "ย้ายไปอยู่ที่" is his, never hers."""
    case = read(
        "เรียน เจ้าหน้าที่\n\nขอแจ้งข้อมูลดังนี้ค่ะ\n"
        "1. ชื่อผู้ขอรับความช่วยเหลือ นางสาวเยาวลักษณ์ คำแสน\n"
        "2. ที่อยู่บ้านที่เสียหาย (ที่ดิฉันอาศัยอยู่) 31 หมู่ที่ 8 ตำบลหนองตูม อำเภอเมืองสุโขทัย "
        "จังหวัดสุโขทัย 64000\n"
        "3. บ้านเป็นของนายบุญส่ง คำแสน (ลุง) ปัจจุบันลุงได้ย้ายไปอยู่ที่ 5/7 หมู่ที่ 1 ตำบลบ้านกล้วย "
        "อำเภอเมืองสุโขทัย โทร 0812340987\n"
        "4. เบอร์ติดต่อ 0657781234\n\nขอบคุณค่ะ\n",
        sender="yaowalak.ks@example.com",
        subject="RE: ขอข้อมูลเพิ่มเติม บ้านเสียหายจากวาตภัย",
    )
    assert case.fields["full_name"] == "นางสาวเยาวลักษณ์ คำแสน"
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("31 ")


# --- a letter's opening sentence in a PDF --------------------------------------------------


def test_a_birth_date_a_letters_sentence_runs_on_from_is_cut_at_the_year() -> None:
    """ "เกิดวันที่ 3 ก.พ. 2519 เป็นผู้อาศัยในบ้านของ...", a letter's line in a PDF: the
    sentence goes on after the year; the date ends there."""
    written = "3 ก.พ. 2519 เป็นผู้อาศัยในบ้านของนางบัว ปิ่นแก้ว (มารดา)"
    assert clean_value("date", written) == "3 ก.พ. 2519"
    assert clean_value("date", "3 ก.พ. 2519") == "3 ก.พ. 2519"


# --- a form's certification part -----------------------------------------------------------


def test_the_one_who_certifies_under_a_forms_certification_heading_is_not_the_applicant() -> None:
    """ "คำรับรอง" then "ข้าพเจ้า.....<name>.....ประธานชุมชน....." under a victim's form: the
    community head who certifies is another; the victim's "ข้าพเจ้า (ผู้ประสบภัย)" is the
    applicant, and her own box sends it."""
    case = read(
        "แบบคำร้องขอรับการช่วยเหลือผู้ประสบภัย\n"
        "ข้าพเจ้า (ผู้ประสบภัย).....นางสาวอัมพร จันทร์หอม.....เลขประจำตัวประชาชน.....3650100123451.....\n"
        "โทรศัพท์.....0841239876.....\n"
        "อยู่บ้านเลขที่.....17.....หมู่ที่.....4.....ตำบล.....วังทอง.....อำเภอ.....วังทอง.....\n\n"
        "ลงชื่อ.....................ผู้ยื่นคำร้อง\n(นางสาวอัมพร จันทร์หอม)\n\n"
        "คำรับรอง\n"
        "ข้าพเจ้า.....นายสุชาติ ม่วงงาม.....ประธานชุมชน.....ตำบลวังทอง ขอรับรองว่าผู้ยื่นคำร้องประสบภัยจริง "
        "โทร.....0897765432.....\n",
        sender="amporn.jh@example.com",
        subject="ขอรับความช่วยเหลือผู้ประสบภัย",
    )
    assert case.fields["full_name"] == "นางสาวอัมพร จันทร์หอม"
    assert case.fields["phone"] == "+66841239876"


# --- a damage survey's row for the victim --------------------------------------------------


def test_the_victims_row_of_a_damage_survey_sheet_names_the_applicant() -> None:
    """A survey sheet's row "ผู้ประสบภัย | <name>": the victim is the one the help is for;
    the owner's row below is another's."""
    case = read(
        "ส่งแบบสำรวจค่ะ\n",
        sender="kesinee.pr@example.com",
        subject="ส่งแบบสำรวจความเสียหายอุทกภัย",
        rows=(
            ("แบบสำรวจความเสียหายจากอุทกภัย",),
            ("ผู้ประสบภัย", "นางเกศินี พรหมมา"),
            ("เลขประจำตัวประชาชน", "3650100123451"),
            ("โทรศัพท์", "0823345566"),
            ("ที่อยู่", "9 หมู่ที่ 2 ตำบลท่าทอง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000"),
            ("เจ้าของบ้าน", "นายสมบัติ พรหมมา", "0812223344", "พี่ชาย"),
        ),
    )
    assert case.fields["full_name"] == "นางเกศินี พรหมมา"
