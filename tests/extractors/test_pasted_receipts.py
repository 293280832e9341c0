"""A receipt or a lease pasted into a mail, its rows naming both sides of the deal
(ผู้ให้เช่า, ผู้เช่า) (issue 8, set 97): the side the writer is not (her name nowhere else
in the mail) gives no value taken as hers without a flag. Every name, address and ID is
made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
TENANT_ID = with_check_digit("160010038841")


def read(text: str | None = None, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "welfare@example.go.th"
    msg["Subject"] = "ขอรับเงินช่วยเหลือค่าเช่า"
    if html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text or "")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


RECEIPT = [
    ("ใบเสร็จรับเงินเลขที่", "B-2211"),
    ("ผู้ให้เช่า", "นางประไพ ศรีสุข"),
    ("ที่อยู่ผู้ให้เช่า", "8 ถนนนารายณ์มหาราช ตำบลทะเลชุบศร อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000"),
    ("โทร", "036-412-905"),
    ("ผู้เช่า", "นายวิชัย ทองเนื้อ"),
    ("ค่าเช่า", "2,500 บาท"),
]
BODY = [
    f"ผม นายวิชัย ทองเนื้อ เลขประจำตัวประชาชน {TENANT_ID} ขอรับเงินช่วยเหลือค่าเช่าบ้าน",
    "ปัจจุบันเช่าห้องอยู่ที่ 41/7 หมู่ 2 ตำบลท่าศาลา อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000",
    "มือถือ 089-604-1175",
    "",
    "ใบเสร็จเดือนที่แล้ว",
]


def test_a_pasted_receipts_landlord_block_is_not_the_tenants() -> None:
    text = "\n".join([*BODY, *(f"{x} : {y}" for x, y in RECEIPT), "", "นายวิชัย ทองเนื้อ"])
    case = read(text=text)
    assert case.fields["full_name"] == "นายวิชัย ทองเนื้อ"
    assert case.fields["phone"] == "+66896041175" or flagged(case, "phone")
    assert (case.fields["address"] or "").startswith("41/7") or flagged(case, "address")


def test_a_receipt_as_an_html_table_under_the_tenants_words() -> None:
    rows = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in RECEIPT)
    paras = "".join(f"<p>{x}</p>" for x in BODY if x)
    case = read(html=f"<html><body>{paras}<table>{rows}</table><p>นายวิชัย ทองเนื้อ</p></body></html>")
    assert case.fields["phone"] == "+66896041175"
    assert (case.fields["address"] or "").startswith("41/7")


def test_a_landlord_who_writes_keeps_his_own_block() -> None:
    # the landlord names himself in his words: his block is his, the tenant's not
    text = "\n".join([
        "เรียน นายกเทศมนตรี",
        "ดิฉัน นางประไพ ศรีสุข ผู้ให้เช่า ขอให้ช่วยไกล่เกลี่ยผู้เช่าค้างค่าเช่า",
        "",
        "ผู้ให้เช่า : นางประไพ ศรีสุข",
        "ที่อยู่ผู้ให้เช่า : 8 ถนนนารายณ์มหาราช ตำบลทะเลชุบศร อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000",
        "โทร : 036-412-905",
        "ผู้เช่า : นายวิชัย ทองเนื้อ",
        "โทรผู้เช่า : 089-604-1175",
    ])  # fmt: skip
    case = read(text=text)
    assert case.fields["full_name"] == "นางประไพ ศรีสุข"
    assert case.fields["phone"] == "+6636412905"
