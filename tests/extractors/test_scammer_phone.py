"""A fraud victim's letter names the one who cheated her by his chat or shop account
("ผู้ใช้ไลน์ชื่อ ...", "เพจ ...", "แอดมิน"), as a scammer (มิจฉาชีพ, คนร้าย) or a seller
(แม่ค้า, พ่อค้า), or a loan's lender (เจ้าหนี้, ผู้ให้กู้), often by a nickname no title
opens, and gives his number after it: his, never hers, though her own ข้าพเจ้า opened the
sentence (set 119: a typed letter's scammer's LINE number taken over the victim's own
under her signature). Names and numbers invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.whose_phone import said_of_another

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read(text: str, *, in_word: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือ ถูกหลอกโอนเงิน"
    msg.set_content("แนบหนังสือ" if in_word else text)
    if in_word:  # a typed letter: its lines as the page gives them
        document = docx.Document()
        for line in text.split("\n"):
            document.add_paragraph(line)
        out = io.BytesIO()
        document.save(out)
        msg.add_attachment(
            out.getvalue(), maintype=DOCX[0], subtype=DOCX[1], filename="letter.docx"
        )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


LETTER = (
    "เรียน ผู้อำนวยการศูนย์ดำรงธรรม\n\n"
    "ข้าพเจ้า นางสาวปราณี ศรีวงศ์ อายุ 41 ปี ถูกชักชวนทางเฟซบุ๊กให้ลงทุนหุ้นออนไลน์ "
    "โดยผู้ใช้เฟซบุ๊กชื่อ น้องมายด์ การลงทุน เบอร์ 091-447-2035 ให้โอนค่าสมาชิกก่อน "
    "แล้วติดต่อไม่ได้อีก\n\n"
    "ขอแสดงความนับถือ\n\n"
    "(นางสาวปราณี ศรีวงศ์)\n"
    "โทร 086-215-9904\n"
)


def test_a_chat_users_number_is_not_the_victims() -> None:
    for in_word in (False, True):
        case = _read(LETTER, in_word=in_word)
        assert case.fields.get("phone") == "+66862159904", in_word


def test_words_for_a_fraud_or_a_loans_other_side() -> None:
    for said in (
        "ข้าพเจ้าสั่งซื้อกระเป๋าจากแม่ค้าชื่อ ปุ้ย ออนไลน์ เบอร์ ",
        "ผมกู้เงินมาจากเจ้าหนี้ที่ชื่อ เสี่ยโต้ง โทร ",
        "ดิฉันถูกมิจฉาชีพโทรมาจากเบอร์ ",
        "ข้าพเจ้าได้ทักแชทแอดมินเพจขายโทรศัพท์ เบอร์ ",
    ):
        text = said + "092-556-1180 แล้ว"
        assert said_of_another(text, len(said)), said
    for own in (
        "ข้าพเจ้าเป็นแม่ค้าขายผักในตลาดสด เบอร์ ",
        "ดิฉันถูกหลอก ติดต่อดิฉันได้ที่เบอร์ ",
    ):
        text = own + "092-556-1180 ค่ะ"
        assert not said_of_another(text, len(own)), own
