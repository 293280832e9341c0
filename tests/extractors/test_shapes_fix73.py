"""Unit tests for the rules blind set 73 led to (issue 8): requests that reach the inbox
through other systems (form notifications, web-form mails, an app's ticket, a LINE chat
pasted, another agency's letter) and follow-ups that correct the first mail. Examples
written afresh, not the set's strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.chat_transcript import as_questions_and_answers
from extractors.extract import extract_case
from extractors.forwarding_letter import forwarded_paragraph
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DESK = "saraban@town.example.go.th"


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


# --- another office's letter: "ด้วย<office>ได้รับเรื่องร้องเรียนจาก <the citizen>" ------------

LETTER = (
    "<html><body>"
    "<p>เรียน นายกเทศมนตรีเมืองชัยภูมิ</p><p>&nbsp;</p>"
    "<p>เลขที่หนังสือ ที่ ชย 0017.2/ว 771 ลงวันที่ 1 ธันวาคม 2569</p><p>&nbsp;</p>"
    "<p>ด้วยศูนย์ดำรงธรรมจังหวัดชัยภูมิได้รับเรื่องร้องเรียนจาก นางสายใจ พิมพ์ทอง"
    " เลขประจำตัวประชาชน 1101700203450 อยู่บ้านเลขที่ 9 หมู่ที่ 2 ตำบลในเมือง"
    " อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000 หมายเลขโทรศัพท์ 093-118-4402"
    " ร้องเรียนว่าท่อระบายน้ำอุดตัน</p><p>&nbsp;</p>"
    "<p>จึงเรียนมาเพื่อโปรดพิจารณา</p><p>&nbsp;</p>"
    "<p>นายอดิศร ชาญณรงค์</p><p>นิติกรชำนาญการ ศูนย์ดำรงธรรมจังหวัดชัยภูมิ"
    " โทร 0-4481-1234 มือถือ 081-660-3317</p>"
    "</body></html>"
)


def test_the_one_an_office_received_the_complaint_from_is_the_applicant() -> None:
    case = mail(
        "FW: ส่งเรื่องร้องเรียน", "อดิศร ชาญณรงค์ <damrongtham@chaiyaphum.example.go.th>", html=LETTER
    )
    assert case.fields["full_name"] == "นางสายใจ พิมพ์ทอง"
    assert case.fields["phone"] == "+66931184402"


def test_the_name_the_office_received_from_may_wrap_onto_the_next_line() -> None:
    """A letter printed to PDF wraps its lines where the page ends: the name after "ได้รับ
    คำร้องจาก" may go on on the next line."""
    lines = list(
        enumerate(
            [
                "เรียน นายกเทศมนตรีเมืองชัยภูมิ",
                "ด้วยองค์การบริหารส่วนตำบลโนนทอง ได้รับคำร้องจาก นางสาวมณี",
                "ศรีสวัสดิ์ เลขประจำตัวประชาชน 1101700203450 โทร 093-118-4402",
                "แจ้งว่าถนนชำรุด",
                "จึงขอส่งเรื่องมาเพื่อพิจารณา",
                "โทร 044-123-456 ผู้ประสานงาน นายวิชัย ทองดี 081-660-3317",
            ],
            start=1,
        )
    )
    found = forwarded_paragraph(lines)
    assert found is not None
    assert (found.first, found.last, found.name) == (2, 4, "นางสาวมณี ศรีสวัสดิ์")


# --- the clerk who passes a chat on signs with her own name: not the applicant ----------

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _memo(rows: list[tuple[str, str, str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("บันทึกข้อความ")
    document.add_paragraph("ส่วนราชการ งานรับเรื่องราวร้องทุกข์ โทร 044-222-333 ต่อ 12")
    document.add_paragraph("เรื่อง รายงานการรับเรื่องทางแชท")
    document.add_paragraph("ได้รับเรื่องทางแชทของเทศบาล ขอให้ซ่อมท่อประปา รายละเอียดดังนี้")
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
    document.add_paragraph("\t\t(นางสาวสุดารัตน์ มีสุข)\n\t\tเจ้าหน้าที่งานรับเรื่องราวร้องทุกข์")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_clerk_who_signs_the_memo_of_a_chat_is_not_the_applicant() -> None:
    rows = [
        ("เวลา", "ผู้ส่ง", "ข้อความ"),
        ("10:02", "Jan 🌼", "ท่อประปาแตกหน้าบ้านค่ะ"),
        ("10:05", "เทศบาล", "ขอชื่อ ที่อยู่ และเบอร์โทรด้วยค่ะ"),
        ("10:07", "Jan 🌼", "นางจันทร์เพ็ญ ศรีวงศ์"),
        ("10:08", "Jan 🌼", "0891234567"),
    ]
    case = mail(
        "บันทึกข้อความ รับเรื่องทางแชท",
        "สุดารัตน์ มีสุข <sudarat.m@town.example.go.th>",
        text="เรียน งานสารบรรณ\nแนบบันทึกข้อความค่ะ\n",
        files=(("memo.docx", _memo(rows), DOCX),),
    )
    assert case.fields["full_name"] == "นางจันทร์เพ็ญ ศรีวงศ์"


# --- a chat's answers to one request for several values, the name typed bare ------------


def test_answers_to_a_request_for_several_values_are_labelled_by_their_shape() -> None:
    """The page asks for the name, the address and the phone at once; she answers one a
    message, the name without a title: each answer is labelled by what it is."""
    chat = (
        "08:01\tJan 🌼\tสวัสดีค่ะ\n"
        "08:03\tเทศบาลตำบลโนนทอง\tรบกวนแจ้งชื่อ-นามสกุล ที่อยู่ และเบอร์โทรที่ติดต่อได้ค่ะ\n"
        "08:05\tJan 🌼\tจันทร์เพ็ญ ศรีวงศ์\n"
        "08:05\tJan 🌼\t14 หมู่ 2 ตำบลโนนทอง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000\n"
        "08:06\tJan 🌼\t0891234567\n"
        "08:07\tJan 🌼\tขอบคุณค่ะ\n"
        "08:09\tเทศบาลตำบลโนนทอง\tรับเรื่องแล้วค่ะ\n"
    )
    lines = as_questions_and_answers(chat).splitlines()
    assert lines[2] == "ชื่อ-นามสกุล: จันทร์เพ็ญ ศรีวงศ์"
    assert lines[3].startswith("ที่อยู่: 14 หมู่ 2")
    assert lines[4] == "โทรศัพท์: 0891234567"
    assert lines[5] == "ขอบคุณค่ะ"  # thanks, no name


def test_two_words_answered_when_no_name_was_asked_are_no_name() -> None:
    chat = (
        "08:01\tJan 🌼\tสวัสดีค่ะ\n"
        "08:03\tเทศบาลตำบลโนนทอง\tรบกวนแจ้งที่อยู่ และเบอร์โทรที่ติดต่อได้ค่ะ\n"
        "08:05\tJan 🌼\tหน้าวัด โนนทอง\n"
        "08:06\tJan 🌼\t0891234567\n"
        "08:09\tเทศบาลตำบลโนนทอง\tรับเรื่องแล้วค่ะ\n"
    )
    assert as_questions_and_answers(chat).splitlines()[2] == "หน้าวัด โนนทอง"


def test_the_office_named_speaker_is_the_one_who_asks_when_she_opens_with_ขอแจ้ง() -> None:
    """She opens with "ขอแจ้ง..." (a report, said as a request) and the office asks once: the
    office's account, named as an office, is the one asking."""
    chat = (
        "08:01\tJan 🌼\tขอแจ้งท่อประปาแตกหน้าบ้านค่ะ\n"
        "08:03\tเทศบาลตำบลโนนทอง\tรบกวนแจ้งชื่อ-นามสกุล ที่อยู่ และเบอร์โทรที่ติดต่อได้ค่ะ\n"
        "08:05\tJan 🌼\tจันทร์เพ็ญ ศรีวงศ์\n"
        "08:06\tJan 🌼\t0891234567\n"
        "08:09\tเทศบาลตำบลโนนทอง\tรับเรื่องแล้วค่ะ\n"
    )
    assert as_questions_and_answers(chat).splitlines()[2] == "ชื่อ-นามสกุล: จันทร์เพ็ญ ศรีวงศ์"


# --- a form service's "ผู้ตอบ: <e-mail>": the respondent's e-mail, not her name -------------


def test_the_respondents_email_under_a_name_label_is_her_email_not_her_name() -> None:
    text = (
        "แบบคำร้องออนไลน์ เทศบาลตำบลโนนทอง\nมีผู้ตอบแบบฟอร์มใหม่\n\n"
        "ผู้ตอบ: chanpen.sw@example.com\nเวลาที่ส่ง: 4/12/2569 10:21:07\n\n"
        "ชื่อ - นามสกุล\nนางจันทร์เพ็ญ ศรีวงศ์\n\n"
        "เบอร์โทรศัพท์\n089-123-4567\n\n"
        "เรื่องที่ต้องการ\nขอรับถังขยะ\n"
    )
    case = mail(
        "[แบบฟอร์มออนไลน์] คำตอบใหม่", "Form Notifications <town.forms@example.com>", text=text
    )
    assert case.fields["full_name"] == "นางจันทร์เพ็ญ ศรีวงศ์"
    assert case.fields["email"] == "chanpen.sw@example.com"


# --- a web form's keys in Thai words spelt in Latin letters (snake_case) ----------------


def test_a_web_forms_romanised_keys_give_the_name_and_address_parts() -> None:
    text = (
        "แบบคำร้องออนไลน์ เทศบาลตำบลโนนทอง\nมีคำร้องใหม่เข้าระบบ\n"
        "ref_no : NT-0091\n"
        "khamnam_na : นางสาว\nchue : มณีรัตน์\nnam_sakun : ทองสุข\n"
        "ban_lek_thi : 17/2\nmu_thi : 6\nsoi : -\nthanon : -\n"
        "tambon : โนนทอง\namphoe : เมืองชัยภูมิ\nchangwat : ชัยภูมิ\nrahat_praisani : 36000\n"
        "boe_tho : 0897654321\nrueang : ขอรับถังขยะ\n"
    )
    case = mail("คำร้องออนไลน์ใหม่ NT-0091", "webform <no-reply@nonthong.example.go.th>", text=text)
    assert case.fields["full_name"] == "นางสาวมณีรัตน์ ทองสุข"
    assert (case.fields["address"] or "").startswith("17/2 หมู่ที่ 6 ตำบลโนนทอง อำเภอเมืองชัยภูมิ")
    assert case.fields["province"] == "ชัยภูมิ"
    assert case.fields["postal_code"] == "36000"


# --- an app's ticket export: the reporter's columns, the officer's apart ----------------

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _sheet(rows: list[tuple[str, ...]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_reporters_columns_of_a_ticket_export_are_hers_and_the_officers_are_not() -> None:
    rows = [
        (
            "ticket_id",
            "created_at",
            "location",
            "reporter_name",
            "reporter_phone",
            "reporter_email",
            "detail",
            "assigned_to",
            "officer_phone",
        ),
        (
            "TK-0042",
            "2026-12-03 18:20",
            "ถนนหน้าตลาด ต.โนนทอง",
            "นายวิชัย แก้วมณี",
            "0861112233",
            "wichai.km@example.com",
            "ไฟถนนดับ",
            "กองช่าง",
            "044-811-902",
        ),
    ]
    case = mail(
        "Ticket export TK-0042",
        "Town Connect <no-reply@connect.example.go.th>",
        text="รายงานเรื่องแจ้งตามไฟล์แนบ\n",
        files=(("tickets.xlsx", _sheet(rows), XLSX),),
    )
    assert case.fields["full_name"] == "นายวิชัย แก้วมณี"
    assert case.fields["phone"] == "+66861112233"
    assert case.fields["email"] == "wichai.km@example.com"


def test_a_reply_of_two_words_after_the_request_is_no_name() -> None:
    chat = (
        "08:03\tเทศบาลตำบลโนนทอง\tรบกวนแจ้งชื่อ-นามสกุล และเบอร์โทรค่ะ\n"
        "08:05\tJan 🌼\tได้ครับ ข้อมูลตามนี้\n"
        "08:05\tJan 🌼\tนายจันทร์ ศรีวงศ์\n"
        "08:09\tเทศบาลตำบลโนนทอง\tรับเรื่องแล้วค่ะ\n"
    )
    assert as_questions_and_answers(chat).splitlines()[1] == "ได้ครับ ข้อมูลตามนี้"
