"""A villager who types under her own request the certificate a headman, an imam or an
abbot gave her: the certifier's number under his signature is his, her own call-back
number above is the case's. Names and numbers invented; IDs with their check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _check(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Nong <nong.k@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับการสงเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_certifiers_line_under_his_signature_is_his() -> None:
    her_id, his_id = _check("390010044712"), _check("390010077301")
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ดิฉัน นางสาวรอฮานี เจ๊ะแว เลขประจำตัวประชาชน {her_id} อยู่บ้านเลขที่ 14 หมู่ 3 "
        "ตำบลบานา อำเภอเมืองปัตตานี จังหวัดปัตตานี 94000 ขอรับการสงเคราะห์ผู้มีรายได้น้อย\n"
        "ติดต่อดิฉันได้ที่ 089-441-2067 ค่ะ\n\n"
        "=== หนังสือรับรอง (พิมพ์ตามต้นฉบับ) ===\n"
        f"ข้าพเจ้า นายอับดุลเลาะ สาและ โต๊ะอิหม่ามมัสยิดบ้านบานา เลขประจำตัวประชาชน {his_id} "
        "ขอรับรองว่า นางสาวรอฮานี เจ๊ะแว เป็นสัปบุรุษประจำมัสยิด มีฐานะยากจนจริง\n"
        "ให้ไว้ ณ วันที่ 3 มีนาคม 2570\n\n"
        "(ลงชื่อ) อับดุลเลาะ สาและ\n(นายอับดุลเลาะ สาและ)\nโต๊ะอิหม่ามมัสยิดบ้านบานา\n"
        "โทร 0817663019\n"
    )
    assert case.fields.get("full_name") == "นางสาวรอฮานี เจ๊ะแว"
    assert case.fields.get("phone") == "+66894412067"
