"""An owner's consent (หนังสือยินยอมให้ใช้อาคาร) opening a tenant's file, her own letter
after it: his home, said in his own words before "ยินยอมให้ <her>", is his, never hers
(issue 8, set 112). Names, places and numbers invented; IDs with a valid check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests import with_check_digit
from unseen_requests_5 import docx_bytes

from extractors.consented_for import in_owners_own_words
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
OWNER_ID = with_check_digit("350010044821")
TENANT_ID = with_check_digit("350020067713")
HIS = "17 ถนนราชวงศ์ ตำบลช้างม่อย อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300"
HERS = "8 หมู่ที่ 4 ตำบลสันผีเสื้อ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300"
CONSENT = (
    f"ข้าพเจ้า นายประยูร ศักดิ์สูง อายุ 62 ปี เลขประจำตัวประชาชน {OWNER_ID} อยู่บ้านเลขที่ {HIS} "
    "เป็นเจ้าของอาคารเลขที่ 40/2 ถนนช้างคลาน ยินยอมให้ นางสาวดารุณี มณีวงศ์ ใช้อาคารเป็นร้านขายข้าวแกง"
)
LETTER = (
    f"ข้าพเจ้า นางสาวดารุณี มณีวงศ์ เลขประจำตัวประชาชน {TENANT_ID} อยู่บ้านเลขที่ {HERS} "
    "โทรศัพท์ 0893317402 ขอแจ้งจัดตั้งสถานที่จำหน่ายอาหาร ณ อาคารเลขที่ 40/2 ถนนช้างคลาน"
)


def test_the_owners_home_before_his_consent_is_his() -> None:
    assert in_owners_own_words(CONSENT, CONSENT.index("17 ถนน"))
    assert not in_owners_own_words(LETTER, LETTER.index("8 หมู่"))
    acting = CONSENT.replace("ใช้อาคารเป็นร้านขายข้าวแกง", "ดำเนินการแทนข้าพเจ้า")
    assert not in_owners_own_words(acting, acting.index("17 ถนน"))


def test_the_consent_page_first_leaves_the_tenants_home_hers() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("หนังสือยินยอมให้ใช้อาคาร")
        d.add_paragraph(CONSENT)
        d.add_page_break()
        d.add_paragraph("เรื่อง แจ้งจัดตั้งสถานที่จำหน่ายอาหาร")
        d.add_paragraph(LETTER)

    msg = EmailMessage()
    msg["From"] = "Darunee <darunee.mw@example.com>"
    msg["To"] = "health@example.go.th"
    msg["Subject"] = "แจ้งจัดตั้งร้านอาหาร"
    msg.set_content("แนบหนังสือแจ้งและหนังสือยินยอมค่ะ")
    msg.add_attachment(docx_bytes(build), maintype=DOCX[0], subtype=DOCX[1], filename="a.docx")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == "นางสาวดารุณี มณีวงศ์"
    assert case.fields["address"].startswith("8 หมู่")
    assert case.fields["postal_code"] == "50300"


def test_the_house_he_owns_and_lets_her_into_is_not_his_home() -> None:
    # "เป็นเจ้าบ้านของบ้านเลขที่ <house> ยินยอมให้ <her> ย้ายเข้า": her home-to-be
    text = (
        f"ข้าพเจ้า นายประยูร ศักดิ์สูง เลขประจำตัวประชาชน {OWNER_ID} เป็นเจ้าบ้านของบ้านเลขที่ {HERS} "
        "ยินยอมให้ นางสาวดารุณี มณีวงศ์ ย้ายชื่อเข้าทะเบียนบ้านหลังนี้ได้"
    )
    assert not in_owners_own_words(text, text.index("8 หมู่"))
