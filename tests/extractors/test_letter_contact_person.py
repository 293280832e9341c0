"""A body's letter names the staff member a clerk may call ("ผู้ประสานงาน นาย... รอง
ผู้อำนวยการ โทร ...", "ผู้ติดต่อ ...") in its sentences and is signed below its closing by
its head ("ขอแสดงความนับถือ" / "(นาง...)" / "ผู้อำนวยการ..."): for a body, the applicant is
the one who signs for it (set 28), the contact another (set 91: a school's and a
cooperative's letters). His name stays among the candidates, behind the signer's. A
letter whose only name is its contact's still gives his, flagged. Names invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _read(
    paragraphs: list[str], note: str = "เรียน งานสารบรรณ\nส่งหนังสือตามไฟล์แนบ\n"
) -> ExtractedCase:
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    msg = EmailMessage()
    msg["From"] = "school <office@bannonsawan.example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับการสนับสนุน"
    msg.set_content(note)
    msg.add_attachment(out.getvalue(), maintype=DOCX[0], subtype=DOCX[1], filename="letter.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


_HEAD = [
    "โรงเรียนบ้านโนนสวรรค์",
    "เรื่อง ขอรับการสนับสนุนงบประมาณปรับปรุงห้องสมุด",
    "เรียน นายกองค์การบริหารส่วนตำบล",
    "ด้วยโรงเรียนบ้านโนนสวรรค์มีความประสงค์ขอรับการสนับสนุนงบประมาณ 80,000 บาท",
]


def test_the_head_who_signs_over_the_contact_named_above() -> None:
    case = _read(
        [
            *_HEAD,
            "ผู้ประสานงาน นายวิชัย คำมา รองผู้อำนวยการ โทร 089-240-7731",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            "ขอแสดงความนับถือ",
            "",
            "(นางพิมพ์ใจ ศรีงาม)",
            "ผู้อำนวยการโรงเรียนบ้านโนนสวรรค์",
        ]
    )
    assert case.fields.get("full_name") == "นางพิมพ์ใจ ศรีงาม"


def test_a_contact_alone_is_still_read() -> None:
    case = _read([*_HEAD, "ผู้ติดต่อ นายวิชัย คำมา โทร 089-240-7731", "จึงเรียนมาเพื่อโปรดพิจารณา"])
    assert (case.fields.get("full_name") or "").startswith("นายวิชัย คำมา")


# The mail only sends the body's letter, its clerk's name under her note ("ส่งหนังสือของ
# โรงเรียน... ตามไฟล์แนบ" / "นางสาว... ครูธุรการ"): the head who signs the letter is the
# applicant, the clerk who sends it another.
def test_the_letters_signer_over_the_clerk_who_sends_it() -> None:
    note = "เรียน งานสารบรรณ\nส่งหนังสือของโรงเรียนบ้านโนนสวรรค์ตามไฟล์แนบค่ะ\nนางสาวกานดา ใจดี ครูธุรการ\n"
    signed = ["จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ", "", "(นางพิมพ์ใจ ศรีงาม)"]
    case = _read([*_HEAD, *signed, "ผู้อำนวยการโรงเรียนบ้านโนนสวรรค์"], note)
    assert case.fields.get("full_name") == "นางพิมพ์ใจ ศรีงาม"
    # a citizen's own mail over her own signed letter: hers either way
    mine = "เรียน งานสารบรรณ\nส่งคำร้องตามไฟล์แนบค่ะ\nนางพิมพ์ใจ ศรีงาม\n"
    case = _read([*_HEAD, *signed], mine)
    assert case.fields.get("full_name") == "นางพิมพ์ใจ ศรีงาม"


# The same letter as a firm's mail body (Outlook's HTML): its contact named in a sentence
# with her post and mobile, its managing director signing under the closing, and the
# firm's office, line and box in the one-cell table Outlook puts its signature in.
FIRMS_MAIL = (
    "<html><body><p>เรียน นายกองค์การบริหารส่วนตำบลหนองโพ</p><p>&nbsp;</p>"
    "<p>บริษัท ตาคลีฟาร์ม จำกัด ขออนุญาตรื้อถอนโรงเรือนเลี้ยงไก่ที่ชำรุด 2 หลัง ในที่ดินของบริษัท</p>"
    "<p>ผู้ประสานงาน นางสาวอรุณี มีสุข ผู้จัดการฝ่ายบุคคล โทร 086-551-0427</p><p>&nbsp;</p>"
    "<p>ขอแสดงความนับถือ</p><p>นายวสันต์ รุ่งโรจน์</p><p>กรรมการผู้จัดการ</p>"
    '<table style="border-top:1px solid #333"><tr><td>'
    "<b>บริษัท ตาคลีฟาร์ม จำกัด</b><br>57 หมู่ 9 ตำบลหนองโพ อำเภอตาคลี จังหวัดนครสวรรค์ 60140"
    "<br>โทร 056-261-447<br>office@takhlifarm.example.co.th</td></tr></table>"
    "</body></html>"
)


def _mail(html: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Takhli Farm <office@takhlifarm.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตรื้อถอนอาคาร"
    msg.set_content(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_firms_mail_body_the_director_who_signs_over_its_contact() -> None:
    case = _mail(FIRMS_MAIL)
    assert case.fields.get("full_name") == "นายวสันต์ รุ่งโรจน์"


def test_the_office_in_a_firms_outlook_signature_table_is_read() -> None:
    case = _mail(FIRMS_MAIL)
    assert (case.fields.get("address") or "").startswith("57 หมู่ 9 ตำบลหนองโพ อำเภอตาคลี")
    assert case.fields.get("phone") == "+6656261447"


def test_a_contacts_post_after_her_name_is_no_part_of_it() -> None:
    from extractors.values import clean_value

    assert clean_value("name", "นางสาวอรุณี มีสุข ผู้จัดการฝ่ายบุคคล") == "นางสาวอรุณี มีสุข"


def test_a_firms_one_cell_signature_box_breaks_are_its_lines() -> None:
    from extractors.html_text import html_to_text

    box = "<table><tr><td>บริษัท ก จำกัด<br>9 หมู่ 1 ตำบลบางมะฝ่อ<br>โทร 056-000-111</td></tr></table>"
    assert html_to_text(box).splitlines() == [
        "บริษัท ก จำกัด",
        "9 หมู่ 1 ตำบลบางมะฝ่อ",
        "โทร 056-000-111",
    ]
    # a grid's cell, and a person's own signature box, stay one line each
    grid = "<table><tr><td>ชื่อ</td><td>นายเอ<br>บีซี</td><td>โทร</td></tr></table>"
    assert html_to_text(grid).strip() == "ชื่อ | นายเอ บีซี | โทร"
    own = "<table><tr><td>นางสาวเอ บีซี<br>นักสังคมสงเคราะห์</td></tr></table>"
    assert html_to_text(own).strip() == "นางสาวเอ บีซี นักสังคมสงเคราะห์"


def test_a_contact_who_signs_the_mail_herself_stays_the_applicant() -> None:
    club = (
        "<p>เรียน นายกองค์การบริหารส่วนตำบลหนองโพ</p><p>ชมรมผู้สูงอายุบ้านหนองโพ ขอยืมเต็นท์ 2 หลัง</p>"
        "<p>ผู้ติดต่อ นางสาวอรุณี มีสุข โทร 086-551-0427</p><p>ขอแสดงความนับถือ</p><p>{signed}</p>"
    )
    for signed in ("อรุณี มีสุข", "นางสาวอรุณี มีสุข"):  # her title left out or not
        assert _mail(club.format(signed=signed)).fields.get("full_name") == "นางสาวอรุณี มีสุข"


# The contact named on the line below the signature, under the signer's post ("ผู้ประสาน
# งาน นาย... โทร ..." at the letter's foot, a firm's or a group's): the one to call, not the
# one who signs for the body, as above the closing.
def test_the_director_who_signs_over_the_contact_named_below_her() -> None:
    case = _read(
        [
            "ห้างหุ้นส่วนจำกัด ทุ่งทองก่อสร้าง",
            "เรื่อง ขออนุญาตตัดถนนเพื่อวางท่อระบายน้ำ",
            "เรียน นายกเทศมนตรีตำบลบ้านโพธิ์",
            "ด้วยห้างฯ มีความประสงค์ขออนุญาตตัดถนนซอย 2 ยาว 6 เมตร",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            "ขอแสดงความนับถือ",
            "",
            "(นางอัมพร แก้วใส)",
            "หุ้นส่วนผู้จัดการ",
            "ผู้ประสานงาน นายสุริยา ทองดี โทร 0814467702",
        ]
    )
    assert case.fields.get("full_name") == "นางอัมพร แก้วใส"


def test_a_groups_mail_its_chair_who_signs_over_the_contact_below() -> None:
    html = (
        "<p>เรียน หัวหน้าสำนักปลัด</p><p>กลุ่มแม่บ้านบ้านหนองแคน ขอยืมโต๊ะและเก้าอี้ 40 ชุด</p>"
        "<p>ขอแสดงความนับถือ</p><p>นางบุญเรือน ศรีสุข</p><p>ประธานกลุ่มแม่บ้านบ้านหนองแคน</p>"
        "<p>โทร 089-552-1174</p><p>ผู้ติดต่อ: นางสาวพรทิพย์ ใจงาม เหรัญญิกกลุ่ม โทร 0863390215</p>"
    )
    assert _mail(html).fields.get("full_name") == "นางบุญเรือน ศรีสุข"
