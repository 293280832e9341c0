"""A relative who only types an elder's request ("หลานพิมพ์ให้ตานะครับ", "ลูกพิมพ์แทนแม่")
and then names her by the same kin word ("ตาชื่อ นาย...", "แม่ชื่อ นาง..."): the request is
the elder's, as sets 31/63/78 ruled where a relative writes for her; the typist's name
under her signature is not the applicant's. Where the writer asks for herself and only
mentions her mother's name, she stays the applicant. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(text: str, sender: str = "Pakin <pakin.k@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาเอกสาร"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_elder_named_by_the_kin_word_the_typist_used() -> None:
    case = _mail(
        "เรียน ปลัดเทศบาล\n\n"
        "หลานพิมพ์ให้ตานะครับ ตาชื่อ นายสมบูรณ์ แก้วใส อายุ 82 ปี\n"
        "เลขบัตรตา 3500500128430\n"
        "บ้านตาอยู่ 12 หมู่ 4 ตำบลสันทราย อำเภอพร้าว จังหวัดเชียงใหม่ 50190\n\n"
        "ตาขอสำเนาทะเบียนบ้านหนึ่งฉบับครับ\n\n"
        "--\nนายภาคิน แก้วใส (หลาน)\nโทร 093-118-4402\n"
    )
    assert case.fields.get("full_name") == "นายสมบูรณ์ แก้วใส"
    assert case.fields.get("national_id") == "3500500128430"


def test_a_writer_who_names_her_mother_asks_for_herself() -> None:
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "ดิฉันชื่อ นางสาวมยุรี ทองดี เลขบัตร 1103700445218\n"
        "ขอสำเนาสูติบัตรของดิฉันค่ะ แม่ชื่อ นางจันทร์ ทองดี\n\n"
        "ขอบคุณค่ะ\nมยุรี\n",
        sender="Mayuree <mayuree.t@example.com>",
    )
    assert case.fields.get("full_name") == "นางสาวมยุรี ทองดี"


def test_a_typist_for_one_kin_who_names_another_is_no_proof() -> None:
    # she types for her grandmother; her father named is not whom the request is for
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "หนูพิมพ์แทนยายค่ะ ยาย นางบุญเรือง ใจงาม เลขบัตร 3500500128430\n"
        "พ่อชื่อ นายสมศักดิ์ ใจงาม เป็นคนพายายไปรับเอกสาร\n\n"
        "--\nนางสาวปรียา ใจงาม\n"
    )
    assert case.fields.get("full_name") != "นายสมศักดิ์ ใจงาม"


# A daughter who forwards her chat with her mother, saying the details are her mother's
# ("ข้อมูลของแม่ ขอต่อใบอนุญาต...") and naming her after the kin word the other way round
# ("ชื่อแม่ นาง..."), her own name and mobile under it (set 118): the permit is the mother's.
FORWARDED_DETAILS = (
    "ส่งต่อข้อความจาก LINE ค่ะ ข้อมูลของแม่ ขอต่อบัตรผู้ค้าตลาดนัดค่ะ\n\n"
    "[LINE] ประวัติการแชทกับ แม่\n"
    "10:02\tแม่\t3500500128430\n"
    "10:03\tแม่\t45 หมู่ 2 ตำบลหนองจ๊อม อำเภอสันทราย จังหวัดเชียงใหม่ 50210\n\n"
    "ชื่อแม่ นางทองใบ คำมูล ค่ะ มีอะไรโทรหาหนูได้ที่ 086-440-2915\n"
    "นางสาวกัลยา คำมูล\n"
)


def test_the_kin_whose_details_are_forwarded_named_after_ชื่อ() -> None:
    case = _mail(FORWARDED_DETAILS, sender="Kanlaya <kanlaya.k@example.com>")
    assert case.fields.get("full_name") == "นางทองใบ คำมูล"


def test_a_writer_giving_her_mothers_name_in_her_own_details_asks_herself() -> None:
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "ดิฉัน นางสาวพรทิพย์ ใจดี เลขบัตร 1103700445218 ขอคัดสำเนาสูติบัตรของดิฉัน\n"
        "ข้อมูลประกอบ ชื่อแม่ นางสมร ใจดี ชื่อพ่อ นายเอก ใจดี\n\nนางสาวพรทิพย์ ใจดี\n",
        sender="Porntip <porntip.j@example.com>",
    )
    assert case.fields.get("full_name") == "นางสาวพรทิพย์ ใจดี"


def test_a_parent_sending_her_childs_details_asks_herself() -> None:
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "ดิฉัน นางสาวพรทิพย์ ใจดี เลขบัตร 1103700445218 ขอแก้ไขข้อมูลของลูกในทะเบียนนักเรียน\n"
        "ชื่อลูก เด็กชายภูมิ ใจดี\n\nนางสาวพรทิพย์ ใจดี\n",
        sender="Porntip <porntip.j@example.com>",
    )
    assert case.fields.get("full_name") == "นางสาวพรทิพย์ ใจดี"
