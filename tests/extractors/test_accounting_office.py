"""An accounting office writes for its client (sets 56/105: the client asks; the office's
name, address and line never hers). "สำนักงานบัญชี<name>" is a business by its trade name,
as "บริษัท ..." is: the address under it in a signature or a letterhead is the office's.
A typed letter's paragraph wraps between the client's name and her ID's words, and
between her district and her province. Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CLIENT_ID = with_check_digit("365010047712")
SPACED_ID = f"{CLIENT_ID[0]}-{CLIENT_ID[1:5]}-{CLIENT_ID[5:10]}-{CLIENT_ID[10:12]}-{CLIENT_ID[12]}"


def _mail(text: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Kanya <kanya.acc@example.com>"
    msg["To"] = "revenue@town.example.go.th"
    msg["Subject"] = "ยื่นแบบภาษีป้ายของลูกค้า"
    msg.set_content(text)
    return bytes(msg)


def test_the_offices_address_under_its_signature_is_not_the_clients() -> None:
    text = (
        "เรียน กองคลัง\n\nสำนักงานบัญชีกัญญาการบัญชี ในฐานะผู้ทำบัญชีของ นายวิทยา คงดี "
        f"เลขประจำตัวประชาชน {CLIENT_ID} บ้านเลขที่ 12 หมู่ 4 ตำบลวังทอง อำเภอวังทอง "
        "จังหวัดพิษณุโลก 65130 ขอส่งแบบ ภ.ป.1 ประจำปี 2570 ตามไฟล์แนบ\n\n"
        "ขอบคุณค่ะ\nนางสาวกัญญา พรมมา\nสำนักงานบัญชีกัญญาการบัญชี\n"
        "88/1 ถนนบรมไตรโลกนารถ ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000\n"
        "โทร 055-241-330\n"
    )
    case = extract_case(parse_message(_mail(text)), TEMPLATES)
    assert (case.fields.get("address") or "").startswith("12 "), case.fields.get("address")
    assert case.fields.get("postal_code") == "65130"


def test_a_wrapped_letter_names_the_client_and_her_tail() -> None:
    text = (
        "สำนักงานบัญชีกัญญาการบัญชี\n"
        "88/1 ถนนบรมไตรโลกนารถ ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000\n"
        "โทร 055-241-330\n\n"
        "เรื่อง ขอให้ทบทวนการประเมินภาษีป้าย\nเรียน นายกเทศมนตรี\n\n"
        "    ตามที่เทศบาลได้แจ้งการประเมินภาษีป้าย เลขที่ 51/2570 ถึง นายวิทยา คงดี\n"
        f"    เลขประจำตัวประชาชน {SPACED_ID} อยู่บ้านเลขที่ 12 หมู่ 4 ตำบลวังทอง อำเภอวังทอง\n"
        "    จ.พิษณุโลก 65130 เจ้าของร้านซึ่งตั้งอยู่ที่ 7 ถนนสิงหวัฒน์ ตำบลในเมือง ป้ายขนาด\n"
        "    120 x 300 ซม. จึงขอให้ทบทวนการประเมิน\n\n"
        "                                  ขอแสดงความนับถือ\n\n"
        "                                (นางสาวกัญญา พรมมา)\n"
        "                                  ผู้รับมอบอำนาจ\n"
    )
    case = extract_case(parse_message(_mail(text)), TEMPLATES)
    assert case.fields.get("national_id") == CLIENT_ID
    assert case.fields.get("full_name") == "นายวิทยา คงดี"
    assert (case.fields.get("address") or "").startswith("12 "), case.fields.get("address")
    assert case.fields.get("postal_code") == "65130"
    assert case.fields.get("province") == "พิษณุโลก"
