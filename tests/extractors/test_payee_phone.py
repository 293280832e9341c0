"""A number the writer is told to pay into (a PromptPay number, an account) is the
payee's, not hers (set 68: an official asked for money on his own mobile). A refund to
her own PromptPay stays hers. Names and numbers are invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.whose_phone import said_of_another

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_body(text: str, *, in_word: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ร้องเรียนเจ้าหน้าที่"
    msg.set_content("แนบหนังสือร้องเรียน" if in_word else text)
    if in_word:
        import docx

        document = docx.Document()
        for paragraph in text.split("\n\n"):
            document.add_paragraph(paragraph)
        out = io.BytesIO()
        document.save(out)
        maintype, subtype = DOCX.split("/")
        msg.add_attachment(
            out.getvalue(), maintype=maintype, subtype=subtype, filename="ร้องเรียน.docx"
        )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


LETTER = (
    "เรียน นายกเทศมนตรี\n\n"
    "\tดิฉัน นางสาวกมลวรรณ ทองประเสริฐ ได้ไปขอใบอนุญาตก่อสร้างที่กองช่าง นายสุรชัย มีสุข "
    "เจ้าพนักงานพัสดุชำนาญงาน แจ้งว่าแบบแปลนยังไม่ครบถ้วน และบอกว่าถ้าอยากได้ใบอนุญาตภายในสัปดาห์นี้ "
    "ต้องจ่ายค่าดำเนินการเพิ่มอีกสามร้อยบาทโดยไม่มีใบเสร็จรับเงินใด ๆ "
    "และให้โอนเงินเข้าพร้อมเพย์หมายเลข 065-318-2290 ภายในวันนี้ ดิฉันไม่ได้โอน\n\n"
    "\tจึงเรียนมาเพื่อโปรดตรวจสอบ\n\n"
    "\t\t\tขอแสดงความนับถือ\n\t\t\t(นางสาวกมลวรรณ ทองประเสริฐ)\n\t\t\tผู้ร้องเรียน\n"
    "\t\t\tโทร 087-402-6613"
)


def test_a_number_to_pay_into_is_the_payees() -> None:
    for in_word in (False, True):
        case = read_body(LETTER, in_word=in_word)
        assert case.fields.get("phone") in ("+66874026613", "0874026613"), in_word


def test_where_money_is_sent_to_decides_whose_the_number_is() -> None:
    told = "เขาบอกให้โอนเงินผ่านพร้อมเพย์เบอร์ 065-318-2290"
    assert said_of_another(told, told.index("065"))
    refund = "ขอให้โอนเงินคืนเข้าพร้อมเพย์ของดิฉัน เบอร์ 087-402-6613"
    assert not said_of_another(refund, refund.index("087"))
    rang = "เมื่อดิฉันโทรสอบถามที่กองช่าง โทร 044-218-530 ต่อ 21"
    assert said_of_another(rang, rang.index("044"))
    invited = "ข้อสงสัยโทรสอบถามได้ที่ 087-402-6613"
    assert not said_of_another(invited, invited.index("087"))
    mine = "โปรดโอนเงินให้ข้าพเจ้าที่เบอร์ 087-402-6613"
    assert not said_of_another(mine, mine.index("087"))
