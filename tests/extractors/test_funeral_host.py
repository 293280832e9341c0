"""The host of a funeral (เจ้าภาพ) is the one who asks, whoever sends the mail (set 114):
a temple's steward forwarding the chat in which she gave her details, a funeral home
booking the crematorium for her family, a steward's letter naming her. The dead person's
lines before hers, the steward's or the firm's staff's signature are never hers. Names,
numbers and places invented; IDs with their check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HOST_ID = with_check_digit("330010052718")
DEAD_ID = with_check_digit("330010004426")
STEWARD_ID = with_check_digit("330020081135")
HOME = "41 หมู่ 7 ตำบลโพธิ์กลาง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000"


def _mail(text: str, sender: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@korat.example.go.th"
    msg["Subject"] = "ขอใช้ฌาปนสถาน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_host_in_a_chat_a_steward_forwards_is_the_one_who_asks() -> None:
    rows = [
        ("20:10", "วันเพ็ญ ดอกไม้", "สวัสดีค่ะ แม่เสียเมื่อเช้านี้"),
        ("20:11", "สมชาย รักวัด", "ขอข้อมูลผู้ตายกับเจ้าภาพด้วยครับ"),
        ("20:15", "วันเพ็ญ ดอกไม้", "ผู้ตาย นางบุญมา ดอกไม้"),
        ("20:15", "วันเพ็ญ ดอกไม้", f"เลขบัตร {DEAD_ID} เกิด 3 มี.ค. 2475"),
        ("20:17", "วันเพ็ญ ดอกไม้", "เจ้าภาพ นางวันเพ็ญ ดอกไม้"),
        ("20:17", "วันเพ็ญ ดอกไม้", f"บัตร {HOST_ID}"),
        ("20:18", "วันเพ็ญ ดอกไม้", f"บ้านเลขที่ {HOME}"),
        ("20:18", "วันเพ็ญ ดอกไม้", "เบอร์ 0894417253"),
        ("20:20", "สมชาย รักวัด", "รับทราบครับ"),
    ]
    chat = "\n".join(f"{t}\t{who}\t{said}" for t, who, said in rows)
    case = _mail(
        "เรียน เจ้าหน้าที่ฌาปนสถาน\n\nผมส่งต่อแชท LINE ของเจ้าภาพเพื่อขอจองเมรุครับ\n\n"
        f"[LINE] ประวัติการแชทกับ วันเพ็ญ ดอกไม้\n\n2569.12.01 วันอังคาร\n{chat}\n\n"
        "--\nนายสมชาย รักวัด\nไวยาวัจกรวัดโพธิ์งาม\nโทร 081-552-7734\n",
        "สมชาย รักวัด <somchai.rw@example.com>",
    )
    assert case.fields.get("full_name") == "นางวันเพ็ญ ดอกไม้"
    assert case.fields.get("national_id") == HOST_ID
    assert case.fields.get("phone") == "+66894417253"
    assert case.fields.get("postal_code") == "30000"


def test_the_host_a_funeral_home_names_is_the_one_who_asks() -> None:
    case = _mail(
        "เรียน หัวหน้าฝ่ายฌาปนสถาน\n\n"
        "บริษัท ร่มโพธิ์ฟิวเนอรัล จำกัด ได้รับมอบหมายจากเจ้าภาพ ขอจองฌาปนสถานในวันที่ 9 มกราคม 2570\n\n"
        f"ผู้ตาย: นายเฉลียว ดอกไม้ เลขประจำตัวประชาชน {DEAD_ID}\n"
        f"เจ้าภาพ: นางวันเพ็ญ ดอกไม้ (ภรรยา) เลขประจำตัวประชาชน {HOST_ID} "
        "ที่อยู่ 41 หมู่ 7 ตำบลโพธิ์กลาง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000 "
        "โทรศัพท์เจ้าภาพ 0894417253\n\n"
        "ขอแสดงความนับถือ\n\n"
        "นายธนา ศรีสุข\nฝ่ายประสานงาน\nบริษัท ร่มโพธิ์ฟิวเนอรัล จำกัด\n"
        "9/9 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000\n"
        "โทร 044-250-118 | มือถือ 086-447-1290\n",
        "บริษัท ร่มโพธิ์ฟิวเนอรัล จำกัด <booking@rompho.example.co.th>",
    )
    assert case.fields.get("full_name") == "นางวันเพ็ญ ดอกไม้"
    assert case.fields.get("national_id") == HOST_ID
    assert case.fields.get("phone") == "+66894417253"


def test_the_host_a_stewards_letter_names_is_the_one_who_asks() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ด้วยข้าพเจ้า นายสมชาย รักวัด เลขประจำตัวประชาชน {STEWARD_ID} ไวยาวัจกรวัดโพธิ์งาม "
        f"ขอยื่นคำขอแทนครอบครัวผู้ถึงแก่กรรม คือ นายเฉลียว ดอกไม้ เลขประจำตัวประชาชน {DEAD_ID} "
        f"เจ้าภาพคือ นางวันเพ็ญ ดอกไม้ (ภรรยา) เลขประจำตัวประชาชน {HOST_ID} "
        "อยู่บ้านเลขที่ 41 หมู่ 7 ตำบลโพธิ์กลาง อำเภอเมืองนครราชสีมา โทร 0894417253\n"
        "ขอใช้ฌาปนสถานและรถบรรทุกศพ\n\nขอแสดงความนับถือ\n\n(นายสมชาย รักวัด)\nไวยาวัจกรวัดโพธิ์งาม\n"
        "โทร 081-552-7734\n",
        "สมชาย รักวัด <somchai.rw@example.com>",
    )
    assert case.fields.get("full_name") == "นางวันเพ็ญ ดอกไม้"
    assert case.fields.get("national_id") == HOST_ID
    assert case.fields.get("phone") == "+66894417253"


def test_the_hosts_labelled_lines_under_the_dead_mans_are_hers() -> None:
    case = _mail(
        "เรียน งานฌาปนสถาน\n\nขอจองเมรุวันที่ 9 มกราคม 2570\n\n"
        f"ผู้ตาย นายเฉลียว ดอกไม้ เลขประจำตัวประชาชน {DEAD_ID}\n"
        "ชื่อเจ้าภาพ: นางวันเพ็ญ ดอกไม้\n"
        f"เลขประจำตัวประชาชน: {HOST_ID}\n"
        "โทรศัพท์: 0894417253\n",
        "วันเพ็ญ <wanpen.d@example.com>",
    )
    assert case.fields.get("national_id") == HOST_ID
    assert case.fields.get("phone") == "+66894417253"
