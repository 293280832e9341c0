"""A villagers' petition typed in a mail: numbered signers, each with his house number
and (some) a phone, no IDs in the rows; the letter names one of them its representative
("(ผู้แทน)" on his row, "มอบหมายให้ <him> เลขประจำตัวประชาชน ... เป็นผู้แทน") and gives
where to reach him ("ติดต่อผู้แทน <address> โทร ..."). The representative is the one who
asks (set 71): his row's and his contact line's values, never another signer's (a row
with no phone of its own must not run into the next row's). Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


REP_ID = with_check_digit("341020045871")


def _read(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "วีระ ทองมา <weera.tm@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอไฟกิ่งทางแยก"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _petition(contact: str) -> str:
    return (
        "เรียน นายกองค์การบริหารส่วนตำบลนาดี\n\n"
        "ด้วยพวกเราผู้ใช้ทางแยกบ้านโนนงาม ขอให้ติดตั้งไฟกิ่งที่ทางแยก เพราะมืดและเกิดอุบัติเหตุบ่อย\n\n"
        "รายชื่อผู้ร่วมลงชื่อ\n"
        "1. นางสมศรี บุญมี บ้านเลขที่ 7 โทร 081-552-4410\n"
        "2. นายวีระ ทองมา บ้านเลขที่ 12/1 โทร 089-447-2231 (ผู้แทน)\n"
        "3. นางสาวปราณี แก้วดี บ้านเลขที่ 40\n"
        "4. นายบุญชู สายทอง บ้านเลขที่ 52 โทร 086-210-7734\n\n"
        f"โดยมอบหมายให้ นายวีระ ทองมา เลขประจำตัวประชาชน {REP_ID} เป็นผู้แทน\n"
        f"{contact}\n\n"
        "ขอแสดงความนับถือ\nนายวีระ ทองมา\n"
    )


def test_the_representatives_row_not_the_next_signers_with_a_phone() -> None:
    case = _read(_petition("ติดต่อผู้แทน โทร 089-447-2231"))
    assert case.fields.get("full_name") == "นายวีระ ทองมา"
    assert case.fields.get("phone") == "+66894472231"
    assert "บุญชู" not in (case.fields.get("address") or "")


def test_the_representatives_contact_line_gives_his_whole_address() -> None:
    line = "ติดต่อผู้แทน 12/1 หมู่ที่ 6 ตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร 35000 โทร 089-447-2231"
    case = _read(_petition(line))
    assert case.fields.get("phone") == "+66894472231"
    assert (case.fields.get("address") or "").startswith("12/1 หมู่ที่ 6 ตำบลนาดี")
    assert case.fields.get("postal_code") == "35000"


def test_an_address_stops_before_the_next_numbered_row() -> None:
    from extractors.extract import matcher_for
    from extractors.prose import ProseExtractor

    text = "1. นางสาวปราณี แก้วดี บ้านเลขที่ 40\n2. นายบุญชู สายทอง บ้านเลขที่ 52 โทร 086-210-7734\n"
    found = ProseExtractor().extract(text, part="1", labels=matcher_for(TEMPLATES)).candidates
    assert "40" in {c.value for c in found if c.key == "address"}
