"""Unit tests for the shapes blind set 34 (identities written unusually: changed names,
several phones, read receipts, partnerships, monks, condos) found the readers getting
wrong (issue 8): each names the way a request is written that it covers, with examples
written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase
from extractors.changed_name import current_name, is_former_label
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_text(body: str, *, html: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอหนังสือรับรอง"
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    return bool(case.issues.get(key))


# --- a changed name: the current one is the name -------------------------------------------


@pytest.mark.parametrize(
    ("written", "current"),
    [
        ("นายสมปอง ดีมาก (เปลี่ยนชื่อเป็น นายภูมิพัฒน์ ดีมาก เมื่อ 3 มี.ค. 2568)", "นายภูมิพัฒน์ ดีมาก"),
        ("ชื่อเดิม นางสาวจำปี ทองคำ ชื่อใหม่ นางสาวพิมพ์ลดา ทองคำ", "นางสาวพิมพ์ลดา ทองคำ"),
        ("เดิมชื่อ นายเขียว ใบตอง ปัจจุบันชื่อ นายกฤตภาส ใบตอง ได้เปลี่ยนชื่อแล้ว", "นายกฤตภาส ใบตอง"),
        ("เปลี่ยนชื่อจาก นางมะลิ ศรีสุข เป็น นางณัฐชยา ศรีสุข", "นางณัฐชยา ศรีสุข"),
        ("นางสาวอรุณี แสงทอง (ชื่อเดิม นางสาวบัวผัน แสงทอง)", "นางสาวอรุณี แสงทอง"),
        ("นายวิชัย หอมจันทร์ (เดิมชื่อ นายไก่ หอมจันทร์)", "นายวิชัย หอมจันทร์"),
        ("นางกมลา รุ่งเรือง ปัจจุบันใช้ชื่อ นางกมลชนก รุ่งเรือง", "นางกมลชนก รุ่งเรือง"),
        ("นายทองใบ ใจกล้า", "นายทองใบ ใจกล้า"),
        (
            "นายเขียว ใบตอง ได้เปลี่ยนชื่อเป็น นายกฤตภาส ใบตอง จึงขอเปลี่ยนชื่อในทะเบียน",
            "นายกฤตภาส ใบตอง",
        ),
    ],
)
def test_the_current_name_of_a_changed_one(written: str, current: str) -> None:
    assert current_name(written).split(" เมื่อ")[0].split(" ได้")[0].strip() == current


@pytest.mark.parametrize(
    ("label", "former"),
    [
        ("ชื่อ-สกุล (เดิม)", True),
        ("ชื่อ-นามสกุลเดิม", True),
        ("ชื่อเดิม", True),
        ("Former name", True),
        ("Previous name", True),
        ("ชื่อ-สกุล (ปัจจุบัน)", False),
        ("ชื่อ-นามสกุล", False),
        ("ชื่อผู้ยื่นคำร้อง", False),
    ],
)
def test_a_label_marking_the_former_name(label: str, former: bool) -> None:
    assert is_former_label(label) is former


def test_a_name_changed_in_brackets_after_the_old_one_is_read_as_the_new() -> None:
    case = read_text(
        "เรียน เจ้าหน้าที่\n\nชื่อ-นามสกุล นางสาวสายใจ ปานทอง (เปลี่ยนชื่อเป็น นางสาวศุภาพิชญ์ "
        "ปานทอง เมื่อ ม.ค. 2569)\nเลขประจำตัวประชาชน 1-1020-30405-06-1\nโทร 0812223344\n"
    )
    assert case.fields.get("full_name") == "นางสาวศุภาพิชญ์ ปานทอง"


def test_a_sentence_saying_the_former_then_the_current_name_gives_the_current() -> None:
    case = read_text(
        "เรียน เจ้าหน้าที่\n\nข้าพเจ้า ชื่อเดิม นายบุญชู มีสุข ปัจจุบันชื่อ นายธนกฤต มีสุข "
        "ได้เปลี่ยนชื่อตามหนังสือ ช.3 แล้ว\nโทร 0812223344\nขอแก้ไขชื่อในทะเบียน\n"
    )
    assert case.fields.get("full_name") == "นายธนกฤต มีสุข"


def test_a_former_name_row_before_the_current_one_is_not_the_name() -> None:
    case = read_text(
        "เรียน เจ้าหน้าที่\n\nชื่อ-นามสกุล (เดิม): นางสาวเพ็ญศรี ใจงาม\n"
        "ชื่อ-นามสกุล (ปัจจุบัน): นางเพ็ญศรี ทองมาก\nโทร 0812223344\n"
    )
    assert case.fields.get("full_name") == "นางเพ็ญศรี ทองมาก"


@pytest.mark.parametrize(
    "asked",
    ["ขอเปลี่ยนชื่อเป็น นายภูมิพัฒน์ ดีมาก", "มีความประสงค์จะเปลี่ยนชื่อเป็น นายภูมิพัฒน์ ดีมาก"],
)
def test_a_name_change_asked_for_is_not_yet_the_name(asked: str) -> None:
    # the district office changes names: until it has, the name is the one written first
    assert current_name(f"นายสมปอง ดีมาก {asked}") == "นายสมปอง ดีมาก"


def test_a_former_name_alone_is_flagged() -> None:
    case = read_text("เรียน เจ้าหน้าที่\n\nชื่อเดิม: นายสมบัติ ใจดี\nโทร 0812223344\n")
    name = case.fields.get("full_name")
    assert name is None or flagged(case, "full_name")


# --- several phones of the applicant's own: the mobile is the one a clerk calls --------


@pytest.mark.parametrize(
    ("written", "mobile"),
    [
        ("บ้าน 0-3561-2244 / มือถือ 089-551-2030 / ที่ทำงาน 02-410-5566 ต่อ 12", "089-551-2030"),
        ("ที่ทำงาน 053-211-400, มือถือ +66 92 118 4471", "+66 92 118 4471"),
        ("Home 02-551-1010 Mobile 086 440 1212", "086 440 1212"),
        ("0-3561-2244 หรือ 081-902-3355", "081-902-3355"),
        ("081-902-3355 (เดิม 089-000-1111 ยกเลิกแล้ว)", "081-902-3355"),
        ("02-551-1010 ต่อ 305", "02-551-1010 ต่อ 305"),
    ],
)
def test_the_mobile_of_several_numbers_on_one_line(written: str, mobile: str) -> None:
    from extractors.values import clean_value

    assert clean_value("phone", written) == mobile


def test_three_phone_lines_labelled_by_kind_give_the_mobile() -> None:
    case = read_text(
        "<p>เรียน เจ้าหน้าที่</p><p>ชื่อ-สกุล: นายประเสริฐ ทองย้อย<br>"
        "อีเมล: prasert.t@example.com</p>"
        "<p>เบอร์โทร (บ้าน) 0-3561-2244<br>เบอร์โทร (ที่ทำงาน) 02-410-5566 ต่อ 12<br>"
        "เบอร์โทร (มือถือ) 089-551-2030</p>",
        html=True,
    )
    assert case.fields.get("phone") == "+66895512030"
    assert not flagged(case, "phone")


def test_a_home_line_alone_is_still_the_phone() -> None:
    case = read_text("เรียน เจ้าหน้าที่\n\nชื่อ-สกุล: นายประเสริฐ ทองย้อย\nโทรศัพท์ (บ้าน): 0-3561-2244\n")
    assert case.fields.get("phone") == "+6635612244"


# --- a read receipt sent as plain text (Outlook's, no report part) opens no case --------


def _mail(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "อาจารย์ สมศรี <somsri@example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body)
    return bytes(msg)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "อ่านแล้ว: ขอเชิญประชุมคณะกรรมการ",
            "ข้อความของคุณ\n\n    ถึง: สมศรี\n    เรื่อง: ขอเชิญประชุมคณะกรรมการ\n"
            "    ส่งเมื่อ: 2/3/2569 9:05\n\nถูกอ่านเมื่อ 2/3/2569 11:40\n",
        ),
        (
            "Read: Meeting invitation",
            "Your message\n\n  To: Somsri\n  Subject: Meeting invitation\n"
            "  Sent: Monday, March 2, 2026 9:05 AM\n\n"
            "was read on Monday, March 2, 2026 11:40 AM.\n",
        ),
        (
            "ไม่ได้อ่าน: ขอเชิญประชุมคณะกรรมการ",
            "ข้อความของคุณ\n\n    ถึง: สมศรี\n    เรื่อง: ขอเชิญประชุมคณะกรรมการ\n"
            "    ส่งเมื่อ: 2/3/2569 9:05\n\nถูกลบโดยไม่ได้อ่านเมื่อ 3/3/2569 8:00\n",
        ),
        (
            "Not read: Meeting invitation",
            "Your message\n\n  To: Somsri\n  Subject: Meeting invitation\n\n"
            "was deleted without being read on Tuesday, March 3, 2026.\n",
        ),
    ],
    ids=["thai read", "english read", "thai deleted unread", "english deleted unread"],
)
def test_a_plain_read_receipt_is_no_request(subject: str, body: str) -> None:
    from extractors.classify import classify

    assert classify(parse_message(_mail(subject, body))).kind == "auto_reply"


def test_a_request_whose_subject_says_read_is_still_a_request() -> None:
    from extractors.classify import classify

    raw = _mail(
        "อ่านแล้ว: ประกาศรับสมัครอาสาสมัคร",
        "อ่านประกาศแล้วค่ะ ขอสมัครเป็นอาสาสมัคร\nชื่อ นางสาวสมศรี ใจดี\nโทร 0812345678\n",
    )
    assert classify(parse_message(raw)).kind == "request"


# --- a monk writes อาตมภาพ for "I", and ฉายา before his Pali name -----------------------

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_docx(paragraphs: list[str], tables: list[list[tuple[str, str]]] = ()) -> ExtractedCase:  # type: ignore[assignment]
    import io

    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.cell(r, 0).text = label
            table.cell(r, 1).text = value
    out = io.BytesIO()
    document.save(out)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งหนังสือตามแนบ"
    msg.set_content("ส่งหนังสือตามแนบ\n")
    msg.add_attachment(out.getvalue(), maintype="application", subtype=DOCX.split("/")[1],
                       filename="letter.docx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_monks_letter_in_word_names_him_after_atamaphap() -> None:
    case = read_docx([
        "วัดป่าสามัคคีธรรม",
        "เรื่อง  ขอความอนุเคราะห์รถบรรทุกน้ำ",
        "เจริญพร  นายกเทศมนตรีตำบลบ้านใหม่",
        "ด้วยอาตมภาพ พระครูใบฎีกาสมพร ฉายา จนฺทวํโส เลขประจำตัวประชาชน 3-4101-00234-56-1 "
        "เจ้าอาวาสวัดป่าสามัคคีธรรม",
        "ขอความอนุเคราะห์รถบรรทุกน้ำ 1 คัน ติดต่อ 089-771-2040",
    ])  # fmt: skip
    assert case.raw_fields.get("full_name") in (
        "พระครูใบฎีกาสมพร ฉายา จนฺทวํโส",
        "พระครูใบฎีกาสมพร จนฺทวํโส",
    )


# --- a partnership or company applies "โดย" the person who signs for it ----------------


@pytest.mark.parametrize(
    "signer_line",
    [
        "โดย  นายสุรชัย พรหมแก้ว  ตำแหน่ง หุ้นส่วนผู้จัดการ  โทรศัพท์มือถือ  086-510-4432",
        "ห้างหุ้นส่วนจำกัด พรหมแก้วบริการ โดย นายสุรชัย พรหมแก้ว หุ้นส่วนผู้จัดการ",
        "โดย นายสุรชัย พรหมแก้ว ในฐานะกรรมการผู้มีอำนาจลงนาม",
    ],
    ids=["line of its own", "after the firm", "in his capacity"],
)
def test_the_signer_after_doi_is_the_applicant(signer_line: str) -> None:
    case = read_docx([
        "คำขออนุญาตประกอบกิจการ",
        "ผู้ขออนุญาต  ห้างหุ้นส่วนจำกัด พรหมแก้วบริการ",
        "สำนักงานตั้งอยู่เลขที่  9 หมู่ 4 ตำบลท่าศาลา อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000",
        signer_line,
        "ประเภทกิจการ  ร้านซ่อมรถจักรยานยนต์",
    ])  # fmt: skip
    assert case.raw_fields.get("full_name") == "นายสุรชัย พรหมแก้ว"


def test_doi_before_a_name_with_no_signers_role_is_no_name() -> None:
    # "โดย" is also "by": a request done by someone else's hand names no signer
    case = read_docx([
        "เรื่อง ขอความอนุเคราะห์ตัดกิ่งไม้",
        "ต้นไม้ล้มขวางทาง ได้รับแจ้งโดย นายสมหมาย ใจซื่อ เพื่อนบ้าน",
    ])  # fmt: skip
    assert case.raw_fields.get("full_name") != "นายสมหมาย ใจซื่อ"


# --- a condominium's address asked box by box (ห้องเลขที่, ชั้น, อาคาร, ...) -------------

_CONDO_ROWS = [
    ("ชื่อ", "สมชาย"),
    ("นามสกุล", "ใจดี"),
    ("ห้องเลขที่", "1203"),
    ("ชั้น", "12"),
    ("อาคาร", "ศุภาลัย ซิตี้"),
    ("เลขที่", "99/5"),
    ("ซอย", "รามคำแหง 24"),
    ("ถนน", "รามคำแหง"),
    ("แขวง/ตำบล", "หัวหมาก"),
    ("เขต/อำเภอ", "บางกะปิ"),
    ("จังหวัด", "กรุงเทพฯ"),
    ("รหัสไปรษณีย์", "10240"),
]


def test_a_condo_address_in_boxes_is_put_together() -> None:
    case = read_docx(["แบบคำร้องทั่วไป"], [_CONDO_ROWS])
    assert case.raw_fields.get("address") == (
        "ห้องเลขที่ 1203 ชั้น 12 อาคารศุภาลัย ซิตี้ เลขที่ 99/5 ซอยรามคำแหง 24 ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ"
    )


def test_a_school_grade_is_no_floor_of_an_address() -> None:
    # "ชั้น" is a school's grade too: no floor without a room, and never a grade's words
    rows = [r for r in _CONDO_ROWS if r[0] not in ("ห้องเลขที่", "ชั้น", "อาคาร")]
    case = read_docx(["แบบคำร้องทั่วไป"], [[*rows, ("ชั้น", "ม.3"), ("อาคาร", "อาคาร 2")]])
    assert case.raw_fields.get("address") == (
        "99/5 ซอยรามคำแหง 24 ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ"
    )


def test_a_name_line_padded_with_spaces_is_read_in_time() -> None:
    """A line padded with thousands of spaces (a hostile or broken mail) is read as the
    same line with one: the changed-name patterns' optional spaces tried every split of
    the run (40 s of CPU for 3,000 spaces). Counted in regex steps, not seconds: the
    padded value gives what the plain one gives, and a much longer pad finishes."""
    from extractors.changed_name import current_name

    assert (
        current_name("นายสมชาย ใจดี" + " " * 50_000 + "ครับ") == "นายสมชาย ใจดี" + " " * 50_000 + "ครับ"
    )
    padded = "นายสมปอง ดีมาก" + " " * 20_000 + "(เปลี่ยนชื่อเป็น นายภูมิพัฒน์ ดีมาก)"
    assert current_name(padded) == "นายภูมิพัฒน์ ดีมาก"
