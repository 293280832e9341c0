"""What mail programs really write above a forwarded request, and a citizen's own earlier
request quoted under her follow-up: both are the citizen's words and are read (issue 8,
the metamorphic harness's fwd_outlook_th and reply_quoted). Data made up."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from typed_mail import read, templates

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message

ID = "1101700203450"  # valid check digit
# A request in sentences only: no label line, so no form tells that a forward holds it.
PROSE = (
    "เรียน เจ้าหน้าที่\n"
    f"ดิฉัน นางสาวพรทิพย์ แก้วมณี เลขประจำตัวประชาชน {ID} ขอแจ้งว่าไฟฟ้าส่องสว่างหน้าบ้าน"
    "ดับมาสามวันแล้ว ติดต่อกลับได้ที่เบอร์ 0891234567 ค่ะ\nขอบคุณค่ะ\n"
)
MOTHER = "Pornthip K <pornthip.k@example.com>"
AGENCY = "saraban@example.go.th"
OWN = "a@example.com"  # the address typed_mail.read sends from

# (program, the block it writes between the forwarder's note and the forwarded body)
HEADS = [
    (
        "Outlook, Thai",
        f"________________________________\nจาก: {MOTHER}\n"
        f"ส่ง: 1 ธันวาคม 2568 9:00\nถึง: {AGENCY}\nเรื่อง: คำร้อง\n",
    ),
    (
        "Outlook, Thai, older",
        f"-----ข้อความต้นฉบับ-----\nจาก: {MOTHER}\n"
        f"ส่ง: วันจันทร์ที่ 1 ธันวาคม 2568 9:00\nถึง: {AGENCY}\nเรื่อง: คำร้อง\n",
    ),
    (
        "Outlook, English",
        f"-----Original Message-----\nFrom: {MOTHER}\n"
        f"Sent: Monday, December 1, 2025 9:00 AM\nTo: {AGENCY}\nSubject: คำร้อง\n",
    ),
    (
        "Outlook on the web",
        f"________________________________\nFrom: {MOTHER}\n"
        f"Sent: Monday, December 1, 2025 9:00 AM\nTo: {AGENCY}\nCc: \nSubject: คำร้อง\n",
    ),
    (
        "Thunderbird",
        f"-------- Forwarded Message --------\nSubject: \tคำร้อง\n"
        f"Date: \tMon, 1 Dec 2025 09:00:00 +0700\nFrom: \t{MOTHER}\nTo: \t{AGENCY}\n",
    ),
    (
        "Thunderbird, Thai",
        f"-------- ข้อความที่ส่งต่อ --------\nหัวเรื่อง: \tคำร้อง\n"
        f"วันที่: \tMon, 1 Dec 2025 09:00:00 +0700\nจาก: \t{MOTHER}\nถึง: \t{AGENCY}\n",
    ),
    (
        "Apple Mail",
        f"Begin forwarded message:\n\nFrom: {MOTHER}\nSubject: คำร้อง\n"
        f"Date: 1 December 2025 at 9:00:00 GMT+7\nTo: {AGENCY}\n",
    ),
    (
        "Apple Mail, Thai",
        f"เริ่มข้อความที่ส่งต่อ:\n\nจาก: {MOTHER}\nเรื่อง: คำร้อง\n"
        f"วันที่: 1 ธันวาคม 2568 9:00:00 GMT+7\nถึง: {AGENCY}\n",
    ),
]


@pytest.mark.parametrize(("program", "head"), HEADS, ids=[p for p, _ in HEADS])
def test_a_forwarded_request_in_sentences_is_read(program: str, head: str) -> None:
    case = read(f"ส่งเรื่องแทนแม่ค่ะ\n\n{head}\n{PROSE}", subject="FW: คำร้อง")
    assert case.fields["full_name"] == "นางสาวพรทิพย์ แก้วมณี", program
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66891234567"
    assert case.forwarded_from == "pornthip.k@example.com"


def test_outlooks_block_under_a_reply_to_another_person_stays_set_aside() -> None:
    """Outlook writes the same block above the mail answered: under "RE:" it is a reply,
    and another person's mail is not the request."""
    _, head = HEADS[0]
    case = read(f"ได้รับแล้วค่ะ\n\n{head}\n{PROSE}", subject="RE: คำร้อง")
    assert case.fields["national_id"] is None
    assert case.forwarded_from is None


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.rstrip("\n").split("\n"))


ATTRIBUTIONS = [
    "On Mon, 1 Dec 2025 at 09:00, พรทิพย์ <{who}> wrote:",
    "เมื่อ จ. 1 ธ.ค. 2568 เวลา 09:00 พรทิพย์ <{who}> เขียนว่า:",
]


@pytest.mark.parametrize("said", ATTRIBUTIONS)
def test_her_own_earlier_request_quoted_under_her_follow_up_is_read_and_flagged(said: str) -> None:
    attribution = said.format(who=OWN)
    case = read(f"ติดตามเรื่องให้ด้วยค่ะ\n\n{attribution}\n\n{quoted(PROSE)}\n", subject="Re: คำร้อง")
    assert case.fields["full_name"] == "นางสาวพรทิพย์ แก้วมณี"
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66891234567"
    assert case.issues["national_id"], "a value from quoted text is checked by a clerk"


def test_her_own_earlier_form_quoted_is_read_flagged_quoted_text() -> None:
    form = f"ชื่อ-นามสกุล: นางสาวพรทิพย์ แก้วมณี\nเลขบัตรประชาชน: {ID}\nโทรศัพท์: 0891234567\n"
    said = ATTRIBUTIONS[0].format(who=OWN)
    case = read(f"ติดตามเรื่องค่ะ\n\n{said}\n{quoted(form)}\n", subject="Re: คำร้อง")
    assert case.fields["national_id"] == ID
    assert "quoted_text" in [i.code for i in case.issues["national_id"]]


@pytest.mark.parametrize("said", ATTRIBUTIONS)
def test_a_request_quoted_from_another_address_stays_set_aside(said: str) -> None:
    attribution = said.format(who="someone.else@example.com")
    case = read(f"ติดตามเรื่องให้ด้วยค่ะ\n\n{attribution}\n\n{quoted(PROSE)}\n", subject="Re: คำร้อง")
    assert case.fields["national_id"] is None


def test_her_own_earlier_mail_under_outlooks_block_is_read() -> None:
    head = (f"________________________________\nจาก: พรทิพย์ <{OWN}>\nส่ง: 1 ธันวาคม 2568 9:00\n"
            f"ถึง: {AGENCY}\nเรื่อง: คำร้อง\n")  # fmt: skip
    case = read(f"ติดตามเรื่องค่ะ\n\n{head}\n{PROSE}", subject="RE: คำร้อง")
    assert case.fields["national_id"] == ID
    assert case.issues["national_id"]
    assert case.forwarded_from is None


def test_an_attribution_line_wrapped_in_two_is_still_hers() -> None:
    """Gmail's plain text wraps a long attribution line at 78 columns, often before the
    address: the two lines together name her."""
    said = f"On Mon, Dec 1, 2025 at 9:00 AM Pornthip Kaewmanee (Miss) <\n{OWN}> wrote:"
    case = read(f"ติดตามเรื่องให้ด้วยค่ะ\n\n{said}\n\n{quoted(PROSE)}\n", subject="Re: คำร้อง")
    assert case.fields["national_id"] == ID


def read_from(sender: str, text: str, subject: str) -> ExtractedCase:
    """typed_mail.read with a display name on the From line."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, AGENCY, subject
    msg.set_content(text, charset="utf-8")
    return extract_case(parse_message(bytes(msg)), templates())


def test_thunderbirds_attribution_names_her_without_the_address() -> None:
    """Thunderbird writes "On <date>, <display name> wrote:": the name of the mail's From."""
    sender = f"Pornthip Kaewmanee <{OWN}>"
    said = "On 1/12/2568 9:00, Pornthip Kaewmanee wrote:"
    text = f"ติดตามเรื่องให้ด้วยค่ะ\n\n{said}\n{quoted(PROSE)}\n"
    assert read_from(sender, text, "Re: คำร้อง").fields["national_id"] == ID
    other = text.replace("Pornthip Kaewmanee wrote", "Somchai Jaidee wrote")
    assert read_from(sender, other, "Re: คำร้อง").fields["national_id"] is None


def test_her_own_mail_forwarded_by_apple_mail_inside_its_cited_quote_is_read() -> None:
    """Apple Mail forwards inside <blockquote type="cite">, "Begin forwarded message:"
    its first line: her own earlier request in sentences, sent from her other mailbox,
    is the request (not a quote of someone else's mail)."""
    nid = "3701100452182"  # made up, valid check digit
    original = (
        "เรียน เจ้าหน้าที่<div><br></div><div>ดิฉัน นางวรรณา ศรีทอง เลขประจำตัวประชาชน "
        f"{nid} อยู่บ้านเลขที่ 12 หมู่ที่ 3 ขอแจ้งว่าท่อระบายน้ำหน้าบ้านอุดตัน "
        "ติดต่อกลับได้ที่เบอร์ 086-221-4473</div><div>ขอบคุณค่ะ</div>"
    )
    html = (
        '<html><body>ส่งอีกครั้งค่ะ ยังไม่มีคนตอบ<div><br><blockquote type="cite">'
        '<div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
        f"<div><b>From: </b>วรรณา ศรีทอง &lt;{OWN}&gt;<br></div><div><b>Subject: </b>คำร้อง</div>"
        f"<div><b>To: </b>{AGENCY}</div><br><div>{original}</div></blockquote></div></body></html>"
    )
    case = read(html=html, subject="Fwd: คำร้อง")
    assert case.fields["full_name"] == "นางวรรณา ศรีทอง"
    assert case.fields["national_id"] == nid
    assert case.fields["phone"] == "+66862214473"


def test_outlook_web_reply_leaves_the_answered_mail_unread() -> None:
    """Outlook on the web writes no "Original Message" line in HTML: a rule (<hr>) and a
    divRplyFwdMsg header block stand above the mail answered. The office's letter asking
    for more, with the office's own address, is no part of the citizen's reply (set 1's
    html_reply_quote gave the office's address as hers, unflagged)."""
    html = (
        '<html><body><div dir="ltr">ส่งเลขบัตรเพิ่มเติมครับ<br>'
        f"เลขบัตรประชาชน: {ID}<br>โทร: 089-123-4567<br><br>ขอบคุณครับ</div>"
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        "<b>From:</b> งานทะเบียน &lt;tabien@example.go.th&gt;<br><b>Sent:</b> Monday, November"
        " 2, 2026 10:00 AM<br><b>To:</b> citizen<br><b>Subject:</b> ขอข้อมูลเพิ่มเติม</font>"
        "<div>&nbsp;</div></div><div>เรียน ผู้ยื่นคำร้อง<br>กรุณาส่งเลขบัตรประชาชนเพิ่มเติม<br><br>"
        "งานทะเบียน เทศบาลเมืองตัวอย่าง<br>ที่อยู่: 9 ถนนศูนย์ราชการ ต.สวนดอก อ.เมืองลำปาง"
        " จ.ลำปาง 52100<br>โทร: 054-237-299</div></body></html>"
    )
    case = read(html=html, subject="RE: ขอข้อมูลเพิ่มเติม")
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66891234567"
    assert case.fields.get("address") is None
    assert case.fields.get("postal_code") is None
