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
