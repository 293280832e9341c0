"""A villagers' petition in Word: the letter above, the signers' table below (ลำดับ |
ชื่อ-สกุล | บ้านเลขที่ | เลขประจำตัวประชาชน | โทรศัพท์ | ลายมือชื่อ), no role column; the
letter names one signer its representative ("มอบหมายให้ <name> (ลำดับที่ 3) เป็นผู้แทน").
He is the one who asks (set 71), wherever his row stands: his row's name, ID and phone,
never the first row's nor those of the relative who sends the file. Names invented."""

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


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


SIGNERS = [
    ("นายบุญมา แสงดี", "12", with_check_digit("340150022871"), "081-450-2213"),
    ("นางคำปุน ทองใบ", "15/1", with_check_digit("340150031142"), "089-312-7745"),
    ("นายชาตรี พรมมา", "27", with_check_digit("140990042315"), "086 774 1029"),
    ("นางสาวจิราพร ศรีสุข", "31", with_check_digit("340150055518"), "062-118-4470"),
]


def _petition(lines_before: list[str]) -> bytes:
    d = docx.Document()
    for text in lines_before:
        d.add_paragraph(text)
    table = d.add_table(rows=1, cols=6)
    for cell, head in zip(
        table.rows[0].cells,
        ("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "เลขประจำตัวประชาชน", "โทรศัพท์", "ลายมือชื่อ"),
        strict=True,
    ):
        cell.text = head
    for n, (name, house, nid, phone) in enumerate(SIGNERS, 1):
        for cell, value in zip(
            table.add_row().cells, (str(n), name, house, nid, phone, ""), strict=True
        ):
            cell.text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _read(data: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "ปิยะ พรมมา <piya.pm@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งหนังสือขอซ่อมสะพาน"
    msg.set_content(
        "เรียน อบต.\nผมส่งหนังสือของชาวบ้านแทนพ่อ (นายชาตรี พรมมา) ครับ\n"
        "ติดต่อผมได้ที่ 095-331-2048\nนายปิยะ พรมมา\n"
    )
    msg.add_attachment(data, maintype=DOCX[0], subtype=DOCX[1], filename="petition.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_representative_the_letter_names_is_his_rows() -> None:
    case = _read(
        _petition(
            [
                "เรื่อง ขอให้ซ่อมสะพานไม้ข้ามลำห้วย",
                "เรียน นายกองค์การบริหารส่วนตำบลโนนสูง",
                "ด้วยพวกเราราษฎรหมู่ที่ 6 ตำบลโนนสูง ได้รับความเดือดร้อนจากสะพานไม้ผุพัง",
                "ทั้งนี้ ได้มอบหมายให้ นายชาตรี พรมมา (ลำดับที่ 3) เป็นผู้แทนในการติดต่อ",
                "จึงเรียนมาเพื่อโปรดพิจารณา",
            ]
        )
    )
    name, _, nid, _ = SIGNERS[2]
    assert case.fields.get("full_name") == name
    assert case.fields.get("national_id") == nid
    assert case.fields.get("phone") == "+66867741029"


def test_his_house_number_with_the_village_the_letter_names_is_his_address() -> None:
    case = _read(
        _petition(
            [
                "เรื่อง ขอให้ซ่อมสะพานไม้ข้ามลำห้วย",
                "ด้วยข้าพเจ้าราษฎรหมู่ที่ 6 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ได้รับความเดือดร้อน",
                "ทั้งนี้ ได้มอบหมายให้ นายชาตรี พรมมา (ลำดับที่ 3) เป็นผู้แทนในการติดต่อ",
            ]
        )
    )
    assert (case.fields.get("address") or "").startswith("27 หมู่ที่ 6 ตำบลโนนสูง อำเภอเมืองอุดรธานี")
    assert case.fields.get("province") == "อุดรธานี"
