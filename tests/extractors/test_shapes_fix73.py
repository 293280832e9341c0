"""Unit tests for the rules blind set 73 led to (issue 8): requests that reach the inbox
through other systems (form notifications, web-form mails, an app's ticket, a LINE chat
pasted, another agency's letter) and follow-ups that correct the first mail. Examples
written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DESK = "saraban@town.example.go.th"


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def mail(
    subject: str,
    sender: str,
    *,
    text: str | None = None,
    html: str | None = None,
    files: tuple[tuple[str, bytes, str], ...] = (),
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    if text is not None:
        msg.set_content(text, charset="utf-8")
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset="utf-8")
        else:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- an Outlook reply correcting her own first mail, quoted under its From/Sent block -----


def _outlook_reply(note: list[str], first: list[str]) -> str:
    def paras(lines: list[str]) -> str:
        return "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in lines)

    block = (
        '<div id="divRplyFwdMsg"><div style="border-top:solid #E1E1E1 1.0pt">'
        '<p class="MsoNormal"><b>From:</b> วิไล ดอกแก้ว &lt;wilai.dk@example.com&gt;<br>'
        f"<b>Sent:</b> 2 December 2026 08:12<br><b>To:</b> {DESK}<br>"
        "<b>Subject:</b> ขอรับถังขยะ</p></div></div>"
    )
    return f"<html><body><div>{paras(note)}{block}{paras(first)}</div></body></html>"


FIRST = [
    "เรียน นายกเทศมนตรี",
    "ดิฉัน นางวิไล ดอกแก้ว เลขประจำตัวประชาชน 1101700203450",
    "ที่อยู่ 45 หมู่ที่ 3 ตำบลโนนสูง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
    "โทร 086-552-1937",
    "ขอรับถังขยะ 1 ใบ",
    "ขอแสดงความนับถือ",
    "นางวิไล ดอกแก้ว",
]
PHONE_NOTE = [
    "เรียน เจ้าหน้าที่",
    "",
    "ขอแก้ไขเบอร์โทรค่ะ เบอร์เดิม 086-552-1937 ผิด",
    "ที่ถูกต้องคือ 086-525-1937",
    "",
    "ขอบคุณค่ะ",
    "วิไล ดอกแก้ว",
]
ADDRESS_NOTE = [
    "เรียน เจ้าหน้าที่",
    "",
    "ขอแก้ไขที่อยู่ค่ะ บ้านเลขที่พิมพ์ผิด",
    "ที่อยู่ที่ถูกต้องคือ 54 หมู่ 3 ต.โนนสูง อ.เมืองขอนแก่น จ.ขอนแก่น 40000",
    "",
    "ขอบคุณค่ะ",
    "วิไล ดอกแก้ว",
]


def test_a_corrected_phone_on_the_line_under_the_wrong_one_wins_over_her_quoted_mail() -> None:
    html = _outlook_reply(PHONE_NOTE, FIRST)
    case = mail("RE: ขอรับถังขยะ (แก้ไขเบอร์โทร)", "วิไล ดอกแก้ว <wilai.dk@example.com>", html=html)
    assert case.fields["phone"] == "+66865251937"
    assert case.fields["national_id"] == "1101700203450"  # not corrected: her first mail's
    assert case.fields["email"] == "wilai.dk@example.com"  # she writes from her own box


def test_a_corrected_address_on_the_line_under_the_wrong_one_wins() -> None:
    html = _outlook_reply(ADDRESS_NOTE, FIRST)
    case = mail("RE: ขอรับถังขยะ (แก้ไขที่อยู่)", "วิไล ดอกแก้ว <wilai.dk@example.com>", html=html)
    assert (case.fields["address"] or "").startswith("54 หมู่ 3 ต.โนนสูง")
    assert case.fields["phone"] == "+66865521937"


def test_her_bare_signature_under_the_correction_takes_the_title_of_her_first_mail() -> None:
    """She signs the follow-up "วิไล ดอกแก้ว"; her first mail, quoted, gives "นางวิไล
    ดอกแก้ว": the same name, and the title is hers too."""
    html = _outlook_reply(PHONE_NOTE, FIRST)
    case = mail("RE: ขอรับถังขยะ (แก้ไขเบอร์โทร)", "วิไล ดอกแก้ว <wilai.dk@example.com>", html=html)
    assert case.fields["full_name"] == "นางวิไล ดอกแก้ว"
