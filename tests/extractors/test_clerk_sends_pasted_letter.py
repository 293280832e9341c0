"""An office clerk of a condominium's or an estate's juristic person who mails the letter
its manager or chair signed, pasted below her note ("ดิฉัน<clerk> เจ้าหน้าที่ธุรการ
ขอส่งหนังสือของผู้จัดการนิติบุคคลอาคารชุดตามข้างล่างนี้"): the one who signs is the
applicant (set 28), never the clerk who sends. A resident who sends her own complaint
about the juristic person and signs it keeps her name. Names invented."""

from __future__ import annotations

from email.message import EmailMessage

from test_intermediary_office import TEMPLATES, read_body

from extractors.extract import extract_case
from extractors.mime import parse_message

CLERKS_MAIL = (
    "เรียน กองช่าง\n\n"
    "ดิฉัน นางสาวกาญจนา มีสุข เจ้าหน้าที่ธุรการ ขอส่งหนังสือของประธานกรรมการ"
    "นิติบุคคลหมู่บ้านจัดสรรตามข้างล่างนี้ค่ะ\n\n"
    "ที่ มช.15/2569\nเรื่อง ขอให้ซ่อมไฟถนน\n"
    "ด้วยไฟถนนหน้าหมู่บ้านดับมาสองสัปดาห์ จึงขอให้เทศบาลซ่อมด้วย\n\n"
    "ขอแสดงความนับถือ\n(นายวรวุฒิ สุขใจ)\nประธานกรรมการนิติบุคคลหมู่บ้านจัดสรร\n"
)


def test_the_chair_who_signs_the_pasted_letter_is_the_applicant() -> None:
    case = read_body(CLERKS_MAIL)
    assert case.fields.get("full_name") == "นายวรวุฒิ สุขใจ"


def test_a_condo_managers_letter_sent_by_the_office() -> None:
    mail = CLERKS_MAIL.replace("ประธานกรรมการนิติบุคคลหมู่บ้านจัดสรร", "ผู้จัดการนิติบุคคลอาคารชุด")
    case = read_body(mail)
    assert case.fields.get("full_name") == "นายวรวุฒิ สุขใจ"


def test_a_residents_own_complaint_about_the_juristic_person_keeps_her_name() -> None:
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        "ดิฉัน นางสาวอัมพร ใจงาม เจ้าของร่วมห้องชุด ขอส่งหนังสือร้องเรียนนิติบุคคลอาคารชุด "
        "ที่ไม่ยอมซ่อมลิฟต์ ผู้จัดการ นายสุริยา ทองดี ไม่ตอบกลับมาสองเดือน\n\n"
        "ขอแสดงความนับถือ\n(นางสาวอัมพร ใจงาม)\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางสาวอัมพร ใจงาม"


def test_the_offices_place_in_an_outlook_table_signature() -> None:
    html = (
        "<html><body><p>เรียน กองช่าง</p><p>ขอให้ซ่อมท่อระบายน้ำหน้าอาคารด้วยครับ</p>"
        "<p>ขอแสดงความนับถือ</p><p>(นายวรวุฒิ สุขใจ)</p><p>ผู้จัดการนิติบุคคลอาคารชุด</p>"
        '<table style="border-top:2px solid #333"><tr><td><b>นิติบุคคลอาคารชุด ริเวอร์พาร์ค</b>'
        "<br>52/9 ถ.ติวานนท์ ต.ท่าทราย อ.เมืองนนทบุรี จ.นนทบุรี 11000<br>Tel. 02-951-7730"
        "</td></tr></table></body></html>"
    )
    case = read_body(html, html=True)
    assert case.fields.get("address", "").startswith("52/9 ถ.ติวานนท์")
    assert case.fields.get("postal_code") == "11000"


def test_the_estates_box_is_its_email_where_none_is_typed() -> None:
    msg = EmailMessage()
    msg["From"] = "นิติบุคคลหมู่บ้านจัดสรร ร่มไม้ วิลเลจ <rommai.village@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอให้ซ่อมไฟถนน"
    msg.set_content(CLERKS_MAIL.split("\n\n", 2)[2])
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นายวรวุฒิ สุขใจ"
    assert case.fields.get("email") == "rommai.village@example.com"
