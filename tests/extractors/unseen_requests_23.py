"""A twenty-third set of requests written by someone who had not read the readers (issue 8):
mail BODIES and ATTACHMENTS mixed, in shapes Thai citizens' apps and Thai offices' tools
produce and sets 1-21 do not hold.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, the
tests and builders of sets 20 and 21, the file makers of sets 5, 11, 13 and 17 and the
earlier sets' style names were read):

- plain bodies: a LINE chat copied with its times, [สติกเกอร์]/[รูปภาพ] lines, an unsent
  message and emoji after values; a Facebook page's inbox copied (the page's questions,
  the citizen's bare answers, "ส่งแล้ว"/"เห็นแล้ว"); answers "ข้อ ๑ ..." to the agency's
  numbered questions quoted below; birth dates in the shape YYYY-MM-DD with a Buddhist
  year; all values on one line between emoji; the name and ID in the Subject only; values
  pasted between underscores; Google Forms' "copy of your answers" with the title as a
  radio list and the name in two questions; informal English labels (DOB, Addr, Zip,
  Tel/Line); every number in Thai digits with the date spelt "วันที่ .. เดือน.. พ.ศ. .."; a
  reply correcting the address of the mail it quotes; English address-part labels.
- HTML bodies: Outlook's Word HTML with numbered and bulleted list paragraphs
  (<![if !supportLists]>, mso-list:Ignore); a table pasted from Google Sheets
  (google-sheets-html-origin, data-sheets-value); Power Automate's MS Forms mail sent by
  the agency's own account; Google Forms' copy in HTML with role=radio aria-checked.
- Word: a Google Docs export (goog_rdk content controls around runs, _heading bookmarks);
  an agency's official letter forwarding a villager's request, with its own phone, fax,
  address and officer; a citizen's formal letter with the sender's address top right.
- PDF: a browser's print of an e-service page with date, title, URL and page number in
  its margins; a Google Sheets export with numbered rows and grid lines; an Outlook mail
  printed to PDF (the printing user's name, From/Sent/To/Subject) sent on by an officer.
- Sheets: Microsoft Forms' Excel export (ID, Start time, Completion time, Email
  "anonymous"); Google Forms' linked sheet (ประทับเวลา, the phone become a number);
  Excel 2003 XML Spreadsheet named .xls; LibreOffice CSV with semicolons (UTF-8 with BOM,
  windows-874); a Google Sheets TSV.
- Text: macOS TextEdit RTF (\\uc0\\uNNNN, lines ending in a backslash); a LINE chat
  history .txt export (tab columns, a multi-line message in quotes); Word's "Web Page,
  Filtered" .htm in windows-874.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers, places and agencies are
invented; every ID is made with with_check_digit. Expected values follow set 21: the
title joined to the first name and one space before the family name, the phone as its
ten digits or +66, the address as typed or written out or abbreviated, with or without
its province and postal code.
"""

from __future__ import annotations

import html as htmllib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Person, expect, pdf_page, thai_date, xlsx_bytes
from unseen_requests_11 import PDF, Attachment, dashed_phone, t
from unseen_requests_13 import body_docx, dashed_id, para, slash_date
from unseen_requests_17 import cell, grid

# ruff: noqa: E501 -- HTML and RTF as their programs write them: one long line per element

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "ธนากร", "ศรีประเสริฐ", with_check_digit("340990018452"), date(1983, 9, 14),
           "0815502291", "thanakorn.sp@gmail.com", "72/4", "5", "", "", "บ้านเป็ด",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นางสาว", "พรรณวดี", "จันทร์หอม", with_check_digit("110370052618"), date(1995, 2, 27),
           "0928817364", "panwadee.ch@hotmail.com", "88/19", "", "ลาดพร้าว 101", "ลาดพร้าว",
           "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นาง", "สมพิศ", "บุญประคอง", with_check_digit("450110064237"), date(1962, 10, 30),
           "0871194620", "sompit.bp@yahoo.com", "19", "7", "", "", "เหนือเมือง",
           "เมืองร้อยเอ็ด", "ร้อยเอ็ด", "45000"),
    Person("นาย", "วีรยุทธ", "แก้วมณี", with_check_digit("570020031894"), date(1988, 5, 21),
           "0639920475", "weerayut.km@outlook.com", "305", "12", "", "พหลโยธิน", "บ้านดู่",
           "เมืองเชียงราย", "เชียงราย", "57100"),
    Person("นางสาว", "ชุติมา", "ทองประยูร", with_check_digit("190105002776"), date(2000, 7, 16),
           "0954418230", "chutima.tp@gmail.com", "41/7", "3", "", "", "คอหงส์",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาย", "ประสิทธิ์", "มั่นคง", with_check_digit("160040018825"), date(1957, 1, 19),
           "0897745013", "prasit.mk@gmail.com", "12", "2", "", "", "ท่าศาลา",
           "เมืองลพบุรี", "ลพบุรี", "15000"),
    Person("นาง", "อรวรรณ", "พิทักษ์ชน", with_check_digit("101600044371"), date(1976, 12, 3),
           "0826603147", "orawan.pt@gmail.com", "555/88", "", "จรัญสนิทวงศ์ 13", "จรัญสนิทวงศ์",
           "วัดท่าพระ", "บางกอกใหญ่", "กรุงเทพมหานคร", "10600"),
    Person("นาย", "ศุภชัย", "อินทร์แก้ว", with_check_digit("830010059146"), date(1991, 8, 25),
           "0612087754", "supachai.ik@icloud.com", "7", "4", "", "", "ฉลอง",
           "เมืองภูเก็ต", "ภูเก็ต", "83130"),
)  # fmt: skip

AGENCY = "องค์การบริหารส่วนตำบลหนองแวง"
AGENCY_SHORT = "อบต.หนองแวง"
AGENCY_PHONE = "043-241-000"
AGENCY_MAIL = "saraban@nongwaeng.go.th"
AGENCY_ADDR = "199 หมู่ที่ 3 ตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40002"
OFFICER = "นายประเสริฐ ทองดี"
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip

SUBJECTS = ("คำร้องทั่วไป", "ขอยื่นคำร้อง", "แจ้งเรื่องขอรับบริการ", "ส่งข้อมูลคำร้อง")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งข้อมูลตามไฟล์แนบค่ะ\n",
    "ตามไฟล์แนบครับ\n",
    "สวัสดีครับ แนบไฟล์คำร้องมาครับ\n\nSent from Outlook for Android\n",
    "เรียน งานสารบรรณ\nรายละเอียดตามไฟล์แนบ\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: str | None = None, headers: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 4, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set23-{n}-{p.first.encode().hex()[:8]}@example.net>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def full(p: Person, short: bool = False) -> str:
    """The address with its province and postal code, as one line."""
    prov = (
        ("กทม." if short else "กรุงเทพมหานคร")
        if p.bangkok
        else (f"จ.{p.province}" if short else f"จังหวัด{p.province}")
    )
    return f"{p.line(short)} {prov} {p.postal}"


def spaced_mobile(m: str) -> str:
    return f"{m[:3]} {m[3:6]} {m[6:]}"


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


# --- plain bodies -------------------------------------------------------------------------


def line_chat_stickers_unsent(p: Person, i: int) -> Case:
    """A LINE chat with the agency's official account, copied whole into a mail: each
    message after its time (and the sender's name), stickers and photos as placeholders,
    an unsent message, emoji after the values."""
    me = p.first
    rows = [
        (me, "สวัสดีค่ะ ขอแจ้งเรื่องค่ะ"), (me, "[สติกเกอร์]"), (me, f"ชื่อ {p.name} 🙏"),
        (me, "[รูปภาพ]"), (me, f"บัตรประชาชน {dashed_id(p.nid)} ✅"),
        (me, "ยกเลิกการส่งข้อความแล้ว"), (AGENCY_SHORT, "ขอวันเกิดด้วยนะคะ 😊"),
        (me, f"เกิด {thai_date(p.born, short=True)} 🎂"), (me, f"บ้านเลขที่ {full(p, short=True)} 🏠"),
        (me, f"โทร {dashed_phone(p.mobile)} 📱"), (me, f"เมล {p.email}"), (me, "[สติกเกอร์]"),
        (AGENCY_SHORT, f"รับเรื่องแล้วค่ะ สอบถามเพิ่มเติมโทร {AGENCY_PHONE}"),
    ]  # fmt: skip
    if i % 2 == 0:
        chat = "\n".join(f"10:{k:02d} {who} {what}" for k, (who, what) in enumerate(rows))
    else:
        chat = "\n".join(f"10:{k:02d}\t{who}\t{what}" for k, (who, what) in enumerate(rows))
    text = f"เรียน เจ้าหน้าที่\nแชทที่คุยในไลน์ค่ะ\n\n{chat}\n"
    return Case("line_chat_stickers_unsent", message(p, i, text=text),
                expect(p, "", full(p, short=True)))  # fmt: skip


def fb_page_messenger_copy(p: Person, i: int) -> Case:
    """The page's inbox copied from Facebook: the sender's name on its own line above each
    burst, the page's questions, the citizen's bare answers below each one."""
    who = f"{p.first} {p.last}"
    born = slash_date(p.born) if i % 2 == 0 else thai_date(p.born)
    blocks = [
        (who, ["สวัสดีครับ จะยื่นคำร้องครับ"]),
        (AGENCY_SHORT, [f"สวัสดีค่ะ {AGENCY_SHORT} ยินดีให้บริการค่ะ ติดต่อ {AGENCY_PHONE}",
                        "ขอชื่อ-นามสกุลค่ะ"]),
        (who, [p.name]),
        (AGENCY_SHORT, ["ขอเลขบัตรประชาชนค่ะ"]),
        (who, [p.nid]),
        (AGENCY_SHORT, ["วันเดือนปีเกิดค่ะ"]),
        (who, [born]),
        (AGENCY_SHORT, ["ที่อยู่ตามทะเบียนบ้านค่ะ"]),
        (who, [full(p)]),
        (AGENCY_SHORT, ["เบอร์ติดต่อกลับกับอีเมลค่ะ"]),
        (who, [p.mobile, p.email, "ส่งแล้ว 10:12"]),
        (AGENCY_SHORT, ["ขอบคุณค่ะ", "เห็นแล้ว"]),
    ]  # fmt: skip
    text = "ส่งข้อความที่คุยกับเพจไว้ให้ครับ\n\n" + "\n".join(
        f"{name}\n" + "\n".join(lines) for name, lines in blocks
    )
    return Case("fb_page_messenger_copy", message(p, i, text=text), expect(p, "", full(p)))


def answers_numbered_quote_below(p: Person, i: int) -> Case:
    """The agency asked six numbered questions; the citizen answers on top, "ข้อ ๑ ..."
    (Thai numerals) or "1) ...", and the questions stay quoted below."""
    qs = ["ชื่อ-นามสกุล", "เลขประจำตัวประชาชน 13 หลัก", "วันเดือนปีเกิด",
          "ที่อยู่ตามทะเบียนบ้าน", "หมายเลขโทรศัพท์ที่ติดต่อได้", "อีเมล"]  # fmt: skip
    answers = [
        p.name,
        dashed_id(p.nid),
        thai_date(p.born),
        full(p),
        dashed_phone(p.mobile),
        p.email,
    ]
    if i % 2 == 0:
        top = "\n".join(f"ข้อ {thai(str(k + 1))} {a}" for k, a in enumerate(answers))
        quoted = "\n".join(f"> {thai(str(k + 1))}. {q}" for k, q in enumerate(qs))
    else:
        top = "\n".join(f"{k + 1}) {a}" for k, a in enumerate(answers))
        quoted = "\n".join(f"> {k + 1}) {q}" for k, q in enumerate(qs))
    text = (
        f"ตอบตามข้อครับ\n\n{top}\n\nขอบคุณครับ\n\n"
        f"เมื่อ พฤ. 3 ธ.ค. 2569 เวลา 16:40 {AGENCY_SHORT} <{AGENCY_MAIL}> เขียนว่า:\n"
        f"> เรียน ผู้ยื่นคำร้อง\n> กรุณาตอบข้อมูลดังนี้\n{quoted}\n"
        f"> สอบถามเพิ่มเติม โทร {AGENCY_PHONE}\n"
    )
    return Case("answers_numbered_quote_below", message(p, i, text=text, subject="Re: ขอข้อมูลเพิ่มเติมเพื่อประกอบคำร้อง"),
                expect(p, "", full(p)))  # fmt: skip


def be_iso_shape_birth_dates(p: Person, i: int) -> Case:
    """Dates as Thai systems print them: year first with the Buddhist year, 2526-09-14 or
    2526/09/14 (copied from a hospital or bank record)."""
    b = p.born
    sep = "-" if i % 2 == 0 else "/"
    born = f"{b.year + 543}{sep}{b.month:02d}{sep}{b.day:02d}"
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-นามสกุล : {p.name}\n"
        f"เลขประจำตัวประชาชน : {p.nid}\n"
        f"วันเกิด (ปี-เดือน-วัน) : {born}\n"
        f"ที่อยู่ : {p.line()}\n"
        f"จังหวัด : {p.province}\n"
        f"รหัสไปรษณีย์ : {p.postal}\n"
        f"โทร : {p.mobile}\n"
        f"อีเมล : {p.email}\n"
    )
    return Case("be_iso_shape_birth_dates", message(p, i, text=text), expect(p))


def one_line_emoji_separators(p: Person, i: int) -> Case:
    """Everything on one line from a phone, each pair after an emoji."""
    mark = "✅" if i % 2 == 0 else "➡️"
    parts = [f"ชื่อ {p.name}", f"เลขบัตร {p.nid}", f"เกิด {thai_date(p.born)}",
             f"ที่อยู่ {full(p, short=True)}", f"โทร {dashed_phone(p.mobile)}", f"อีเมล {p.email}"]  # fmt: skip
    text = "แจ้งข้อมูลค่ะ " + " ".join(f"{mark}{x}" for x in parts) + " 🙏🙏\n"
    return Case("one_line_emoji_separators", message(p, i, text=text),
                expect(p, "", full(p, short=True)))  # fmt: skip


def subject_name_id_body_rest(p: Person, i: int) -> Case:
    """The name and ID only in the Subject line; the body gives the rest, "ตามหัวเรื่อง"."""
    subject = (
        f"คำร้องขอรับเบี้ยยังชีพ - {p.name} ({p.nid})"
        if i % 2 == 0
        else f"[คำร้อง] {p.name} เลขบัตร {dashed_id(p.nid)}"
    )
    text = (
        "เรียน เจ้าหน้าที่\n\nตามหัวเรื่องครับ ข้อมูลเพิ่มเติมดังนี้\n"
        f"เกิดวันที่ {thai_date(p.born)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทร {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n\nขอบคุณครับ\n"
    )
    return Case("subject_name_id_body_rest", message(p, i, text=text, subject=subject),
                expect(p, "", full(p)))  # fmt: skip


def underscores_around_values_pasted(p: Person, i: int) -> Case:
    """The office's blank lines (underscores) pasted from its Word form, the values typed
    in the middle of them."""
    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วัน/เดือน/ปีเกิด", slash_date(p.born)), ("บ้านเลขที่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    if i % 2 == 0:
        lines = [f"{label}____{value}__________" for label, value in rows]
    else:
        lines = [f"{label} ___ {value} ___" for label, value in rows]
    text = "แบบคำร้องทั่วไป\n\n" + "\n".join(lines) + "\n\nลงชื่อ____________ผู้ยื่นคำร้อง\n"
    return Case("underscores_around_values_pasted", message(p, i, text=text), expect(p))


GFORM_TITLES = ("นาย", "นาง", "นางสาว")


def gforms_copy_plain_radio_marks(p: Person, i: int) -> Case:
    """Google Forms' "copy of your responses" in its plain part: every question with a
    required star, the title as the whole radio list with the chosen one marked, the
    given and family names in questions of their own, the birth date as the form gives it."""
    marks = ("(•)", "( )") if i % 2 == 0 else ("◉", "○")
    radio = "\n".join(f"{marks[0] if x == p.title else marks[1]} {x}" for x in GFORM_TITLES)
    b = p.born
    text = (
        f"ขอบคุณที่กรอก แบบคำร้องทั่วไป {AGENCY_SHORT}\n\nนี่คือสิ่งที่ได้รับ\n\n"
        "แบบคำร้องทั่วไป\n* ระบุว่าเป็นคำถามที่จำเป็น\n\n"
        f"อีเมล *\n{p.email}\n\n"
        f"คำนำหน้าชื่อ *\n{radio}\n\n"
        f"ชื่อ *\n{p.first}\n\n"
        f"นามสกุล *\n{p.last}\n\n"
        f"เลขประจำตัวประชาชน 13 หลัก *\n{p.nid}\n\n"
        f"วันเดือนปีเกิด *\n{b.day:02d}/{b.month:02d}/{b.year}\n\n"
        f"ที่อยู่ตามทะเบียนบ้าน *\n{p.line()}\n\n"
        f"จังหวัด *\n{p.province}\n\n"
        f"รหัสไปรษณีย์ *\n{p.postal}\n\n"
        f"เบอร์โทรศัพท์ *\n{p.mobile}\n\n"
        "สร้างการส่งของคุณเอง: Google Forms\n"
        "เนื้อหานี้ไม่ได้สร้างขึ้นหรือรับรองโดย Google\n"
    )
    return Case("gforms_copy_plain_radio_marks",
                message(p, i, text=text, subject="แบบคำร้องทั่วไป อบต.หนองแวง",
                        sender="Google Forms <forms-receipts-noreply@google.com>"),
                expect(p))  # fmt: skip


def english_abbrev_labels_dob_addr(p: Person, i: int) -> Case:
    """Informal English abbreviations as labels over Thai values: DOB, Addr, Zip, Prov,
    Tel/Line, ID no."""
    b = p.born
    dob = (
        f"{b.day:02d}/{b.month:02d}/{b.year}"
        if i % 2 == 0
        else f"{b.day} {ENGLISH_MONTHS[b.month - 1][:3]} {b.year}"
    )
    text = (
        "Dear officer,\n\n"
        f"Name: {p.name}\n"
        f"ID no.: {p.nid}\n"
        f"{'DOB' if i % 2 == 0 else 'D.O.B.'}: {dob}\n"
        f"Addr: {p.line()}\n"
        f"Prov: {p.province}\n"
        f"Zip: {p.postal}\n"
        f"Tel/Line: {dashed_phone(p.mobile)}\n"
        f"E-mail: {p.email}\n\nThanks\n"
    )
    return Case("english_abbrev_labels_dob_addr", message(p, i, text=text), expect(p))


def thai_numerals_dates_in_words(p: Person, i: int) -> Case:
    """Every number in Thai digits, as an office-minded writer types them, and the birth
    date spelt with its words: "วันที่ ๑๔ เดือนกันยายน พ.ศ. ๒๕๒๖"."""
    b = p.born
    born = (
        f"วันที่ {thai(str(b.day))} เดือน{MONTHS[b.month - 1]} พ.ศ. {thai(str(b.year + 543))}"
        if i % 2 == 0
        else f"{thai(str(b.day))} {MONTHS_SHORT[b.month - 1]} {thai(str(b.year + 543))}"
    )
    line = thai(p.line())
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {thai(dashed_id(p.nid))}\n"
        f"เกิด{born}\n"
        f"ที่อยู่ {line}\n"
        f"จังหวัด{p.province} รหัสไปรษณีย์ {thai(p.postal)}\n"
        f"โทรศัพท์ {thai(dashed_phone(p.mobile))}\n"
        f"อีเมล {p.email}\n"
    )
    # as typed, over its two lines, is right too (set 16's convention for รหัสไปรษณีย์)
    typed = f"{line} จังหวัด{p.province} รหัสไปรษณีย์ {thai(p.postal)}"
    return Case(
        "thai_numerals_dates_in_words", message(p, i, text=text), expect(p, "", line, typed)
    )


def reply_corrects_address_quoted_own(p: Person, i: int) -> Case:
    """The citizen answers their own mail: the address in it was wrong, here is the right
    one; the old mail is quoted whole below."""
    wrong_house = p.house + "1"
    old = (
        f"{wrong_house} {p.rest()}"
        if i % 2 == 0
        else f"{p.house} {p.rest().replace(p.tambon, 'ในเมือง')}"
    )
    fix = (
        f"ขออภัยค่ะ ที่อยู่ในอีเมลก่อนหน้าพิมพ์ผิด ที่อยู่ที่ถูกต้องคือ {full(p)} ค่ะ\nข้อมูลอื่นตามเดิมค่ะ"
        if i % 2 == 0
        else f"ขอแก้ไขที่อยู่เป็น {full(p)} ครับ ที่ส่งไปก่อนหน้านี้ผิดครับ"
    )
    quoted = "\n".join(f"> {x}" for x in [
        "เรียน เจ้าหน้าที่", "", f"ชื่อ-สกุล: {p.name}", f"เลขประจำตัวประชาชน: {p.nid}",
        f"วันเกิด: {thai_date(p.born)}", f"ที่อยู่: {old}", f"จังหวัด: {p.province}",
        f"รหัสไปรษณีย์: {p.postal}", f"โทร: {p.mobile}", f"อีเมล: {p.email}",
    ])  # fmt: skip
    text = (
        f"{fix}\n\n"
        f"เมื่อ พฤ. 3 ธ.ค. 2569 เวลา 20:11 {p.first} {p.last} <{p.email}> เขียนว่า:\n{quoted}\n"
    )
    return Case("reply_corrects_address_quoted_own",
                message(p, i, text=text, subject=f"Re: {SUBJECTS[i % 4]}"),
                expect(p, "", full(p)))  # fmt: skip


def english_address_part_labels(p: Person, i: int) -> Case:
    """A form filled in English labels, the address in its parts (House No., Moo, Soi,
    Road, Sub-district, District), the values in Thai."""
    b = p.born
    rows = [("Full name", p.name), ("ID card", p.nid),
            ("Date of birth", f"{b.day} {ENGLISH_MONTHS[b.month - 1]} {b.year}"),
            ("House No.", p.house)]  # fmt: skip
    if p.moo:
        rows.append(("Moo", p.moo))
    if p.soi:
        rows.append(("Soi", p.soi))
    if p.road:
        rows.append(("Road", p.road))
    rows += [("Sub-district", p.tambon), ("District", p.amphoe), ("Province", p.province),
             ("Postcode" if i % 2 == 0 else "Zip code", p.postal), ("Mobile", p.mobile),
             ("Email", p.email)]  # fmt: skip
    text = "Request details\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n"
    return Case("english_address_part_labels", message(p, i, text=text), expect(p))


# --- HTML bodies --------------------------------------------------------------------------

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
    '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
    '/* Font Definitions */\n@font-face {font-family:"Cordia New"; panose-1:2 11 3 4 2 2 2 2 2 4;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
    "p.MsoListParagraph {margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt;}\n"
    "@list l0 {mso-list-id:1183976551; mso-list-type:hybrid;}\n"
    '@list l0:level1 {mso-level-text:"%1\\."; mso-level-tab-stop:none; mso-level-number-position:left; text-indent:-18.0pt;}\n'
    '--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>'
    '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>'
)


def outlook_word_html_msolist(p: Person, i: int) -> Case:
    """Outlook's Word HTML with the values as a numbered list (i even) or a bulleted one
    (Symbol's middle dot): each item's marker inside <![if !supportLists]> and an
    mso-list:Ignore span padded with a 7pt Times New Roman run of non-breaking spaces."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเกิด", thai_date(p.born)), ("ที่อยู่", p.line()), ("จังหวัด", p.province),
            ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์มือถือ", dashed_phone(p.mobile)),
            ("อีเมล", p.email)]  # fmt: skip
    items = []
    for k, (label, value) in enumerate(rows):
        kind = "CxSpFirst" if k == 0 else "CxSpLast" if k == len(rows) - 1 else "CxSpMiddle"
        if i % 2 == 0:
            marker = f"<span lang=TH style='font-family:\"Cordia New\",sans-serif'><span style='mso-list:Ignore'>{k + 1}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        else:
            marker = "<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        link = f'<a href="mailto:{value}">{value}</a>' if "@" in value else esc(value)
        items.append(
            f"<p class=MsoListParagraph{kind} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
            f"<![if !supportLists]>{marker}<![endif]><span lang=TH style='font-family:\"Cordia New\",sans-serif'>"
            f"{esc(label)} </span><b><span lang=TH style='font-family:\"Cordia New\",sans-serif'>{link}</span></b><o:p></o:p></p>"
        )
    body = (
        WORD_HEAD
        + "<p class=MsoNormal><span lang=TH style='font-family:\"Cordia New\",sans-serif'>เรียน เจ้าหน้าที่<o:p></o:p></span></p>"
        + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        + "".join(items)
        + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><span lang=TH>ขอบคุณครับ</span><o:p></o:p></p></div></body></html>"
    )
    plain = (
        "เรียน เจ้าหน้าที่\n\n"
        + "\n".join(f"{k + 1}.      {a} {b}" for k, (a, b) in enumerate(rows))
        + "\n\nขอบคุณครับ\n"
    )
    return Case("outlook_word_html_msolist", message(p, i, text=plain if i % 2 else None, html=body),
                expect(p))  # fmt: skip


def sheets_cell(text: str, value: dict[str, object] | None = None) -> str:
    data = json.dumps(value or {"1": 2, "2": text}, ensure_ascii=False)
    return (f'<td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;" '
            f"data-sheets-value=\"{htmllib.escape(data)}\">{esc(text)}</td>")  # fmt: skip


def gsheets_paste_table_html(p: Person, i: int) -> Case:
    """A table pasted from Google Sheets into Gmail: <google-sheets-html-origin>, each cell
    with its value as JSON in data-sheets-value (the ID a number, the birth date a serial
    number under a display text); labels across the top (i even) or down the side."""
    serial = (p.born - date(1899, 12, 30)).days
    b = p.born
    cells = [
        ("ชื่อ-สกุล", p.name, None),
        ("เลขบัตรประชาชน", p.nid, {"1": 3, "3": int(p.nid)}),
        ("วันเกิด", f"{b.day}/{b.month}/{b.year + 543}", {"1": 3, "3": serial}),
        ("ที่อยู่", p.line(), None), ("จังหวัด", p.province, None),
        ("รหัสไปรษณีย์", p.postal, {"1": 3, "3": int(p.postal)}),
        ("เบอร์โทร", p.mobile, None), ("อีเมล", p.email, None),
    ]  # fmt: skip
    if i % 2 == 0:
        rows = ("<tr style=\"height:21px;\">" + "".join(sheets_cell(lab) for lab, _, _ in cells) + "</tr>"
                + "<tr style=\"height:21px;\">" + "".join(sheets_cell(v, d) for _, v, d in cells) + "</tr>")  # fmt: skip
    else:
        rows = "".join(
            f'<tr style="height:21px;">{sheets_cell(lab)}{sheets_cell(v, d)}</tr>'
            for lab, v, d in cells
        )
    table = (
        '<google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style>'
        '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" '
        'style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1">'
        f"<colgroup>{'<col width=100>' * (len(cells) if i % 2 == 0 else 2)}</colgroup><tbody>{rows}</tbody></table></google-sheets-html-origin>"
    )
    html = f'<div dir="ltr"><div>เรียน เจ้าหน้าที่</div><div>ส่งข้อมูลตามตารางครับ</div><br>{table}<br><div>ขอบคุณครับ</div></div>'
    return Case("gsheets_paste_table_html", message(p, i, html=html), expect(p))


def power_automate_forms_html(p: Person, i: int) -> Case:
    """An MS Forms response mailed on by the agency's Power Automate flow, From the
    agency's own account: the responder "anonymous", the submit time in ISO form, and the
    answers as an HTML table (Question / Answer) or as question lines with the answer below."""
    qa = [("ชื่อ-นามสกุล (พร้อมคำนำหน้า)", p.name), ("เลขประจำตัวประชาชน", p.nid),
          ("วันเดือนปีเกิด", f"{p.born.year}-{p.born.month:02d}-{p.born.day:02d}"),
          ("ที่อยู่ (บ้านเลขที่ หมู่ ตำบล อำเภอ)", p.line()), ("จังหวัด", p.province),
          ("รหัสไปรษณีย์", p.postal), ("เบอร์โทรศัพท์", p.mobile), ("อีเมลติดต่อกลับ", p.email)]  # fmt: skip
    head = (
        "<p>มีผู้ตอบแบบฟอร์ม <b>แบบคำร้องออนไลน์ อบต.หนองแวง</b> ใหม่</p>"
        "<p>Responder: anonymous<br>Submit date: 2026-12-04T02:47:13.000Z<br>Response ID: 57</p>"
    )
    if i % 2 == 0:
        body = ("<table border=\"1\"><thead><tr><th>Question</th><th>Answer</th></tr></thead><tbody>"
                + "".join(f"<tr><td>{esc(q)}</td><td>{esc(a)}</td></tr>" for q, a in qa)
                + "</tbody></table>")  # fmt: skip
    else:
        body = "".join(f"<p><b>{esc(q)}</b><br>{esc(a)}</p>" for q, a in qa)
    html = f'<html><body>{head}{body}<p style="color:#888">This email was sent by a flow in Power Automate. {AGENCY_PHONE}</p></body></html>'
    raw = message(p, i, html=html, subject="[MS Forms] คำร้องใหม่ #57",
                  sender=f"{AGENCY_SHORT} <{AGENCY_MAIL}>")  # fmt: skip
    return Case("power_automate_forms_html", raw, expect(p))


def gforms_copy_html_aria_radio(p: Person, i: int) -> Case:
    """Google Forms' copy of the answers in HTML: each question a heading div with a
    required-star span, short answers in their own div, the title as role=radio divs of
    which only the chosen one is aria-checked="true"."""

    def q(title: str, answer: str) -> str:
        return (f'<div class="item" role="listitem"><div role="heading" aria-level="3">{esc(title)}'
                f'<span aria-label="คำถามที่จำเป็น"> *</span></div><div class="response">{esc(answer)}</div></div>')  # fmt: skip

    radios = "".join(
        f'<div class="choice"><div role="radio" aria-checked="{"true" if x == p.title else "false"}" '
        f'aria-label="{x}" class="radio{" checked" if x == p.title else ""}"></div><span>{x}</span></div>'
        for x in GFORM_TITLES
    )
    b = p.born
    title = ('<div class="item" role="listitem"><div role="heading" aria-level="3">คำนำหน้าชื่อ'
             f'<span aria-label="คำถามที่จำเป็น"> *</span></div><div role="radiogroup">{radios}</div></div>')  # fmt: skip
    items = [q("อีเมล", p.email), title, q("ชื่อ", p.first), q("นามสกุล", p.last),
             q("เลขประจำตัวประชาชน", p.nid), q("วันเกิด", f"{b.day:02d}/{b.month:02d}/{b.year}"),
             q("ที่อยู่", p.line()), q("จังหวัด", p.province), q("รหัสไปรษณีย์", p.postal),
             q("โทรศัพท์", dashed_phone(p.mobile))]  # fmt: skip
    if i % 2:
        items.insert(0, items.pop(1))  # some forms ask the title before the e-mail
    html = (
        '<html><body><div style="font-family:Roboto,Arial">'
        f"<p>ขอบคุณที่กรอก แบบคำร้องทั่วไป {AGENCY_SHORT}</p><p>นี่คือสิ่งที่ได้รับ</p>"
        '<div role="list">' + "".join(items) + "</div>"
        "<p>สร้างการส่งของคุณเองใน Google Forms</p></div></body></html>"
    )
    raw = message(p, i, html=html, subject="แบบคำร้องทั่วไป อบต.หนองแวง",
                  sender="Google Forms <forms-receipts-noreply@google.com>")  # fmt: skip
    return Case("gforms_copy_html_aria_radio", raw, expect(p))


# --- Word ---------------------------------------------------------------------------------


def goog(k: int, inner: str) -> str:
    """Google Docs' export wraps runs in content controls tagged goog_rdk_N."""
    return (f'<w:sdt><w:sdtPr><w:tag w:val="goog_rdk_{k}"/></w:sdtPr><w:sdtContent>{inner}'
            "</w:sdtContent></w:sdt>")  # fmt: skip


GFONT = '<w:rFonts w:ascii="Sarabun" w:cs="Sarabun" w:eastAsia="Sarabun" w:hAnsi="Sarabun"/><w:rtl w:val="0"/>'


def docx_gdocs_goog_rdk_sdt(p: Person, i: int) -> Case:
    """A form typed in Google Docs and downloaded as .docx: every run in Sarabun with
    w:rtl="0", runs wrapped in goog_rdk content controls, _heading bookmarks inside the
    first label; a two-column table (i even) or label : value paragraphs."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เบอร์โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    title = para('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:id="0" w:name="_heading=h.gjdgxs"/>'
                 '<w:bookmarkEnd w:id="0"/>' + t("แบบคำร้องทั่วไป", GFONT + "<w:b/>"),
                 ppr='<w:jc w:val="center"/>')  # fmt: skip
    if i % 2 == 0:
        trs = "".join(
            "<w:tr>"
            + cell(para(goog(2 * k, t(label, GFONT))), 3000)
            + cell(para(goog(2 * k + 1, t(value, GFONT))), 6000)
            + "</w:tr>"
            for k, (label, value) in enumerate(rows)
        )
        xml = title + grid([trs], 2, 4500) + para()
    else:
        xml = title + "".join(
            para(t(f"{label} : ", GFONT), goog(k, t(value, GFONT)),
                 ppr='<w:spacing w:after="0" w:line="276" w:lineRule="auto"/>')
            for k, (label, value) in enumerate(rows)
        )  # fmt: skip
    raw = message(p, i, files=(("แบบคำร้อง (Google Docs).docx", body_docx(xml), DOCX),))
    return Case("docx_gdocs_goog_rdk_sdt", raw, expect(p))


def docx_agency_letter_forwarding(p: Person, i: int) -> Case:
    """A sub-district office's official letter (หนังสือภายนอก) forwarding a villager's
    request to the district: its own number, address, date, the officer who signs and the
    office's phone, fax and mail at the foot; the villager's values in the prose. Thai
    digits throughout (i even) or Arabic ones."""
    d = thai if i % 2 == 0 else str
    paras = [
        f"ที่ ขก {d('73201')}/{d('1234')}",
        f"{AGENCY}",
        d(AGENCY_ADDR),
        f"{d('4')} ธันวาคม {d('2569')}",
        "เรื่อง ส่งคำร้องของราษฎร",
        "เรียน นายอำเภอเมืองขอนแก่น",
        f"สิ่งที่ส่งมาด้วย สำเนาคำร้อง จำนวน {d('1')} ฉบับ",
        (f"ด้วย{p.name} เลขประจำตัวประชาชน {d(p.nid)} เกิดวันที่ {d(thai_date(p.born))} "
         f"อยู่บ้านเลขที่ {d(p.line())} จังหวัด{p.province} {d(p.postal)} หมายเลขโทรศัพท์ "
         f"{d(dashed_phone(p.mobile))} อีเมล {p.email} ได้ยื่นคำร้องขอรับความช่วยเหลือ "
         f"ซึ่งเป็นเรื่องที่อยู่ในอำนาจของอำเภอ {AGENCY}จึงขอส่งคำร้องดังกล่าวมาเพื่อพิจารณา"),
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "ขอแสดงความนับถือ",
        f"({OFFICER})",
        f"นายก{AGENCY}",
        "สำนักปลัด",
        f"โทร. {d('0-4324-1000')} ต่อ {d('12')}",
        f"โทรสาร {d('0-4324-1001')}",
        f"ไปรษณีย์อิเล็กทรอนิกส์ {AGENCY_MAIL}",
    ]  # fmt: skip
    xml = "".join(para(t(x)) for x in paras)
    typed = d(p.line())
    raw = message(p, i, files=(("หนังสือส่งคำร้อง.docx", body_docx(xml), DOCX),),
                  text=f"เรียน สำนักงานอำเภอ\n\nส่งหนังสือตามไฟล์แนบ\n\n{OFFICER}\n{AGENCY}\nโทร {AGENCY_PHONE}\n",
                  sender=f"{AGENCY_SHORT} <{AGENCY_MAIL}>", subject="ส่งคำร้องของราษฎร")  # fmt: skip
    return Case("docx_agency_letter_forwarding", raw, expect(p, "", typed))


def docx_prose_letter_formal(p: Person, i: int) -> Case:
    """A citizen's own formal letter: the sender's address at the top right over three
    lines (as Thai letters place it), the date, เรื่อง/เรียน, one paragraph of prose with
    the values, the signature with the name in brackets."""
    house_road = (
        f"{p.house} {p.rest().rsplit(' ', 2)[0]}" if (p.moo or p.soi or p.road) else p.house
    )
    tail = " ".join(p.rest().split(" ")[-2:])  # ตำบล/แขวง and อำเภอ/เขต
    right = '<w:jc w:val="right"/>'
    lines = [
        para(t(house_road if i % 2 == 0 else p.line()), ppr=right),
        *([para(t(tail), ppr=right)] if i % 2 == 0 else []),
        para(t(f"{p.province_written} {p.postal}"), ppr=right),
        para(t(f"{4 if i % 2 == 0 else 3} ธันวาคม 2569"), ppr='<w:jc w:val="center"/>'),
        para(t("เรื่อง ขอความอนุเคราะห์ซ่อมแซมถนนในหมู่บ้าน")),
        para(t(f"เรียน นายก{AGENCY}")),
        para(t(f"ข้าพเจ้า{p.name} เลขประจำตัวประชาชน {p.nid} เกิดเมื่อวันที่ {thai_date(p.born)} "
               "ขอความอนุเคราะห์ซ่อมแซมถนนหน้าบ้าน ซึ่งชำรุดเป็นหลุมลึกตั้งแต่ฤดูฝน "
               f"หากมีข้อสงสัยติดต่อได้ที่หมายเลข {dashed_phone(p.mobile)} หรืออีเมล {p.email}"),
             ppr='<w:ind w:firstLine="1440"/>'),
        para(t("จึงเรียนมาเพื่อโปรดพิจารณา")),
        para(t("ขอแสดงความนับถือ"), ppr='<w:jc w:val="center"/>'),
        para(t(f"({p.name})"), ppr='<w:jc w:val="center"/>'),
    ]  # fmt: skip
    raw = message(p, i, files=(("หนังสือขอความอนุเคราะห์.docx", body_docx("".join(lines)), DOCX),))
    return Case("docx_prose_letter_formal", raw, expect(p, "", f"{house_road} {tail}"))


# --- PDF ----------------------------------------------------------------------------------


def pdf_browser_print_header_footer(p: Person, i: int) -> Case:
    """An e-service's "view request" page printed from a browser: the print date and the
    page title in the top margin, the page's URL (with its own numbers) and "1/1" in the
    bottom one; the request as label / value columns."""
    rows = [("เลขที่คำร้อง", "2569-001234"), ("ชื่อ-นามสกุล", p.name),
            ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email),
            ("วันที่ยื่น", "04/12/2569 09:31")]  # fmt: skip
    if i % 2 == 0:
        top = [(8, 7, "4/12/69 10:15"), (80, 7, "ระบบรับคำร้องออนไลน์ - อบต.หนองแวง")]
        foot = [(8, 291, "https://eservice.nongwaeng.go.th/request/view?id=2569001234&u=3409900184"),
                (196, 291, "1/1")]  # fmt: skip
    else:
        top = [(8, 7, "ระบบรับคำร้องออนไลน์ - อบต.หนองแวง"), (160, 7, "04/12/2569 10:15")]
        foot = [
            (8, 291, "eservice.nongwaeng.go.th/request/print/2569001234"),
            (180, 291, "หน้า 1 จาก 1"),
        ]
    texts = [*top, (70, 30, "รายละเอียดคำร้อง")]
    for k, (label, value) in enumerate(rows):
        texts += [(20, 45 + 10 * k, label), (75, 45 + 10 * k, value)]
    data = pdf_page([*texts, *foot], size=12, face="Loma")
    raw = message(p, i, files=(("คำร้อง 2569-001234.pdf", data, PDF),))
    return Case("pdf_browser_print_header_footer", raw, expect(p))


def pdf_gsheets_numbered_grid(p: Person, i: int) -> Case:
    """A Google Sheets tab downloaded as PDF: grid lines, a numbered first column, the
    label and the value in the next two, the date in the sheet's Thai locale."""
    b = p.born
    rows = [("ลำดับ", "รายการ", "ข้อมูล"), ("1", "ชื่อ-สกุล", p.name), ("2", "เลขบัตรประชาชน", p.nid),
            ("3", "วันเกิด", f"{b.day}/{b.month}/{b.year + 543}"), ("4", "ที่อยู่", p.line()),
            ("5", "จังหวัด", p.province), ("6", "รหัสไปรษณีย์", p.postal),
            ("7", "เบอร์โทร", p.mobile), ("8", "อีเมล", p.email)]  # fmt: skip
    xs = (10, 25, 70, 200)
    texts, lines = [], []
    for k, row in enumerate(rows):
        y = 15 + 8 * k
        texts += [(xs[c] + 1.5, y + 5.5, v) for c, v in enumerate(row)]
        lines.append((xs[0], y, xs[-1], y))
    y_end = 15 + 8 * len(rows)
    lines.append((xs[0], y_end, xs[-1], y_end))
    lines += [(x, 15, x, y_end) for x in xs]
    if i % 2:
        texts.insert(0, (10, 10, "แบบคำร้อง - ชีต1"))
    data = pdf_page(texts, size=10, face="Loma", lines=lines)
    raw = message(p, i, files=(("แบบคำร้อง - ชีต1.pdf", data, PDF),))
    return Case("pdf_gsheets_numbered_grid", raw, expect(p))


def pdf_printed_mail_header_block(p: Person, i: int) -> Case:
    """A citizen's mail printed to PDF from Outlook and sent on by a district officer: the
    printing user's name at the top, the From/Sent/To/Subject block, then the request."""
    body_lines = [
        "เรียน เจ้าหน้าที่", "",
        f"ชื่อ-สกุล : {p.name}", f"เลขประจำตัวประชาชน : {dashed_id(p.nid)}",
        f"วันเกิด : {thai_date(p.born)}", f"ที่อยู่ : {full(p)}",
        f"โทรศัพท์ : {dashed_phone(p.mobile)}", f"อีเมล : {p.email}", "", "ขอบคุณค่ะ",
    ]  # fmt: skip
    sent = ("วันพฤหัสบดีที่ 3 ธันวาคม 2569 21:14" if i % 2 == 0
            else "Thursday, December 3, 2026 9:14 PM")  # fmt: skip
    texts = [(15, 15, "สมศรี ทองสุข"),
             (15, 30, "From:"), (45, 30, f"{p.first} {p.last} <{p.email}>"),
             (15, 37, "Sent:"), (45, 37, sent),
             (15, 44, "To:"), (45, 44, "saraban@amphoe-muang.go.th"),
             (15, 51, "Subject:"), (45, 51, "ขอยื่นคำร้อง")]  # fmt: skip
    texts += [(15, 66 + 7 * k, x) for k, x in enumerate(body_lines) if x]
    data = pdf_page(texts, size=11, face="Garuda", lines=[(15, 20, 195, 20)])
    officer = "นางสมศรี ทองสุข <somsri.t@amphoe-muang.go.th>"
    raw = message(p, i, files=(("ขอยื่นคำร้อง.pdf", data, PDF),), sender=officer,
                  text=f"เรียน {AGENCY_SHORT}\n\nส่งต่อคำร้องของราษฎรตามไฟล์แนบ เพื่อดำเนินการต่อ\n\nสมศรี ทองสุข\nที่ทำการปกครองอำเภอ โทร 043-236-111\n",
                  subject="ส่งต่อคำร้องของราษฎร")  # fmt: skip
    return Case("pdf_printed_mail_header_block", raw, expect(p, "", full(p)))


# --- sheets -------------------------------------------------------------------------------


def xlsx_msforms_export(p: Person, i: int) -> Case:
    """Microsoft Forms' "Open results in Excel" file: ID, Start time, Completion time,
    Email ("anonymous"), Name, Last modified time, then the questions; the birth date a
    date cell, the ID a number."""
    heads = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
             "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่", "จังหวัด",
             "รหัสไปรษณีย์", "เบอร์โทรศัพท์", "อีเมลสำหรับติดต่อกลับ"]  # fmt: skip
    row = [57, datetime(2026, 12, 4, 9, 12, 44), datetime(2026, 12, 4, 9, 15, 2), "anonymous",
           "", None, p.name, int(p.nid) if i % 2 == 0 else p.nid, datetime(p.born.year, p.born.month, p.born.day),
           p.line(), p.province, p.postal, p.mobile, p.email]  # fmt: skip

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "Sheet1"
        ws.append(heads)
        ws.append(row)
        ws.cell(2, 2).number_format = "m/d/yy h:mm:ss"
        ws.cell(2, 3).number_format = "m/d/yy h:mm:ss"
        ws.cell(2, 9).number_format = "m/d/yyyy"
        if i % 2 == 0:
            ws.cell(2, 8).number_format = "0"

    raw = message(p, i, files=(("แบบคำร้องออนไลน์(1-57).xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_msforms_export", raw, expect(p))


def xlsx_gforms_responses_timestamp(p: Person, i: int) -> Case:
    """A Google Forms response sheet downloaded as .xlsx by the citizen's village
    volunteer: ประทับเวลา and ที่อยู่อีเมล first, the questions as headers, the mobile
    number turned into a number by Sheets (its leading 0 gone) in one variant."""
    b = p.born
    heads = ["ประทับเวลา", "ที่อยู่อีเมล", "ชื่อ-นามสกุล", "เลขบัตรประจำตัวประชาชน (13 หลัก)",
             "วันเดือนปีเกิด", "ที่อยู่ (บ้านเลขที่ หมู่ ตำบล อำเภอ)", "จังหวัด", "รหัสไปรษณีย์",
             "เบอร์โทรศัพท์"]  # fmt: skip
    row = [datetime(2026, 12, 4, 10, 15, 22), p.email, p.name, int(p.nid),
           datetime(b.year, b.month, b.day), p.line(), p.province, int(p.postal),
           int(p.mobile) if i % 2 == 0 else p.mobile]  # fmt: skip

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "การตอบแบบฟอร์ม 1"
        ws.append(heads)
        ws.append(row)
        ws.cell(2, 1).number_format = "d/m/yyyy, h:mm:ss"
        ws.cell(2, 5).number_format = "d/m/yyyy"

    raw = message(p, i, files=(("แบบคำร้อง (การตอบกลับ).xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_gforms_responses_timestamp", raw, expect(p))


def xml_spreadsheet_2003(p: Person, i: int) -> Case:
    """A registration system's export in Excel 2003's XML Spreadsheet format, named .xls
    (application/vnd.ms-excel) or .xml: rows of label and value cells, the birth date as
    ss:Type="DateTime", the ID and postal code as numbers."""

    def c(value: str, kind: str = "String") -> str:
        return f'<Cell><Data ss:Type="{kind}">{esc(value)}</Data></Cell>'

    rows = [(c("ชื่อ-สกุล"), c(p.name)), (c("เลขประจำตัวประชาชน"), c(p.nid, "Number")),
            (c("วันเกิด"), f'<Cell ss:StyleID="s63"><Data ss:Type="DateTime">{p.born.isoformat()}T00:00:00.000</Data></Cell>'),
            (c("ที่อยู่"), c(p.line())), (c("จังหวัด"), c(p.province)),
            (c("รหัสไปรษณีย์"), c(p.postal, "Number")), (c("โทรศัพท์"), c(p.mobile)),
            (c("อีเมล"), c(p.email))]  # fmt: skip
    xml = (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        '<Styles><Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="Tahoma"/></Style>'
        '<Style ss:ID="s63"><NumberFormat ss:Format="Short Date"/></Style></Styles>\n'
        '<Worksheet ss:Name="คำร้อง"><Table ss:ExpandedColumnCount="2" x:FullColumns="1" x:FullRows="1">\n'
        + "".join(f"<Row>{a}{b}</Row>\n" for a, b in rows)
        + "</Table></Worksheet></Workbook>\n"
    )
    name, mime = (
        ("export_request.xls", "application/vnd.ms-excel")
        if i % 2 == 0
        else ("export_request.xml", "text/xml")
    )
    raw = message(p, i, files=((name, xml.encode("utf-8"), mime),))
    return Case("xml_spreadsheet_2003", raw, expect(p))


def csv_semicolon_libreoffice(p: Person, i: int) -> Case:
    """LibreOffice Calc's CSV with semicolons between fields: UTF-8 with a BOM, or
    windows-874 (its default on a Thai Windows); a header row and the answers' row."""
    heads = ["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์", "อีเมล"]
    vals = [p.name, p.nid, slash_date(p.born), p.line(), p.province, p.postal, p.mobile, p.email]
    text = ";".join(heads) + "\r\n" + ";".join(f'"{v}"' if " " in v else v for v in vals) + "\r\n"
    data = ("\ufeff" + text).encode("utf-8") if i % 2 == 0 else text.encode("cp874")
    raw = message(p, i, files=(("คำร้อง.csv", data, "text/csv"),))
    return Case("csv_semicolon_libreoffice", raw, expect(p))


def tsv_gsheets_download(p: Person, i: int) -> Case:
    """A Google Sheets tab downloaded as .tsv: label TAB value rows (i even), or a header
    row and a value row."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขบัตรประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เบอร์โทร", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    if i % 2 == 0:
        text = "\r\n".join(f"{a}\t{b}" for a, b in rows)
    else:
        text = "\t".join(a for a, _ in rows) + "\r\n" + "\t".join(b for _, b in rows)
    raw = message(
        p, i, files=(("แบบคำร้อง - Sheet1.tsv", text.encode(), "text/tab-separated-values"),)
    )
    return Case("tsv_gsheets_download", raw, expect(p))


# --- other text files ---------------------------------------------------------------------


def rtf_escape(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)} " for ch in text)


def rtf_textedit_cocoa(p: Person, i: int) -> Case:
    """A form typed in macOS TextEdit and saved as RTF: the cocoartf header, \\uc0 then a
    \\uNNNN escape per Thai letter, each line ending in a backslash, a tab (\\tab) between
    label and value in one variant."""
    rows = [("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", dashed_id(p.nid)), ("วันเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    sep = ": " if i % 2 == 0 else "\\tab "
    body = "\\\n".join(rtf_escape(a) + sep + rtf_escape(b) for a, b in rows)
    rtf = (
        "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n\\cocoatextscaling0\\cocoaplatform0"
        "{\\fonttbl\\f0\\fnil\\fcharset0 Thonburi;}\n{\\colortbl;\\red255\\green255\\blue255;}\n"
        "{\\*\\expandedcolortbl;;}\n\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520"
        "\\viewh8400\\viewkind0\n\\pard\\tx720\\tx1440\\tx2160\\tx2880\\tx3600\\pardirnatural"
        "\\partightenfactor0\n\n\\f0\\fs24 \\cf0 \\uc0 "
        + rtf_escape("แบบคำร้อง")
        + "\\\n\\\n"
        + body
        + "}"
    )
    raw = message(p, i, files=(("คำร้อง.rtf", rtf.encode("ascii"), "text/rtf"),))
    return Case("rtf_textedit_cocoa", raw, expect(p))


def txt_line_chat_export(p: Person, i: int) -> Case:
    """LINE's "Save chat" text file: a header, the date line, then time TAB sender TAB
    message; a message of several lines in double quotes; the officer's questions and the
    office's phone and receipt number in the chat (Thai labels, or English with a BOM)."""
    who = f"{p.first} {p.last}"
    msgs = [
        ("10:02", who, "สวัสดีค่ะ ขอยื่นคำร้องค่ะ"),
        ("10:02", AGENCY_SHORT, "รบกวนแจ้งชื่อ-นามสกุล เลขบัตรประชาชน วันเกิด ที่อยู่ เบอร์โทร และอีเมลค่ะ"),
        ("10:04", who, p.name), ("10:04", who, p.nid), ("10:05", who, f"เกิด {thai_date(p.born)}"),
        ("10:05", who, "[สติกเกอร์]"), ("10:06", who, f'"{p.line()}\n{p.province_written} {p.postal}"'),
        ("10:07", who, dashed_phone(p.mobile)), ("10:07", who, p.email),
        ("10:08", AGENCY_SHORT, f"รับเรื่องแล้วค่ะ เลขรับที่ 1234/2569 สอบถามโทร {AGENCY_PHONE}"),
    ]  # fmt: skip
    if i % 2 == 0:
        head = f"[LINE] ประวัติการแชทกับ {AGENCY_SHORT}\r\nวันที่บันทึก: 04/12/2569 10:30\r\n\r\n2569.12.04 วันศุกร์\r\n"
        data = (head + "\r\n".join("\t".join(m) for m in msgs) + "\r\n").encode()
    else:
        head = f"[LINE] Chat history with {AGENCY_SHORT}\r\nSaved on: 2026/12/04 10:30\r\n\r\n2026/12/04(Fri)\r\n"
        data = ("\ufeff" + head + "\r\n".join("\t".join(m) for m in msgs) + "\r\n").encode()
    raw = message(p, i, files=((f"[LINE] Chat with {AGENCY_SHORT}.txt", data, "text/plain"),))
    return Case("txt_line_chat_export", raw, expect(p))


def htm_word_filtered_cp874(p: Person, i: int) -> Case:
    """Word's "Web Page, Filtered" .htm in windows-874: MsoNormal paragraphs in a
    MsoTableGrid (i even), or label and value in one paragraph with the tab turned into
    a run of non-breaking spaces."""
    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    span = (
        "<span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'>{}</span>"
    )
    if i % 2 == 0:
        body = (
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            + "".join(
                f"<tr><td width=200 valign=top style='width:150.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{span.format(esc(a))}</p></td>"
                f"<td width=400 valign=top style='width:300.0pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{span.format(esc(b))}</p></td></tr>"
                for a, b in rows
            )
            + "</table>"
        )
    else:
        body = "".join(
            f"<p class=MsoNormal>{span.format(esc(a))}{span.format('&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ')}{span.format(esc(b))}</p>"
            for a, b in rows
        )
    doc = (
        '<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-874">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered)">\n<style>\n<!--\n'
        ' p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n-->\n</style>\n</head>\n'
        "<body lang=EN-US style='word-wrap:break-word'>\n<div class=WordSection1>\n"
        f"<p class=MsoNormal align=center style='text-align:center'><b>{span.format('แบบคำร้องทั่วไป')}</b></p>\n"
        f"{body}\n</div>\n</body>\n</html>\n"
    )
    raw = message(p, i, files=(("แบบคำร้อง.htm", doc.encode("cp874"), "text/html"),))
    return Case("htm_word_filtered_cp874", raw, expect(p))


STYLES: tuple[Style, ...] = (
    line_chat_stickers_unsent, fb_page_messenger_copy, answers_numbered_quote_below,
    be_iso_shape_birth_dates, one_line_emoji_separators, subject_name_id_body_rest,
    underscores_around_values_pasted, gforms_copy_plain_radio_marks,
    english_abbrev_labels_dob_addr, thai_numerals_dates_in_words,
    reply_corrects_address_quoted_own, english_address_part_labels,
    outlook_word_html_msolist, gsheets_paste_table_html, power_automate_forms_html,
    gforms_copy_html_aria_radio,
    docx_gdocs_goog_rdk_sdt, docx_agency_letter_forwarding, docx_prose_letter_formal,
    pdf_browser_print_header_footer, pdf_gsheets_numbered_grid, pdf_printed_mail_header_block,
    xlsx_msforms_export, xlsx_gforms_responses_timestamp, xml_spreadsheet_2003,
    csv_semicolon_libreoffice, tsv_gsheets_download,
    rtf_textedit_cocoa, txt_line_chat_export, htm_word_filtered_cp874,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:12]},
    **{s.__name__: "HTML" for s in STYLES[12:16]},
    **{s.__name__: "Word" for s in STYLES[16:19]},
    **{s.__name__: "PDF" for s in STYLES[19:22]},
    **{s.__name__: "sheet" for s in STYLES[22:27]},
    **{s.__name__: "text file" for s in STYLES[27:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[2]
    vacation = EmailMessage()
    vacation["From"] = f"{p.first} {p.last} <{p.email}>"
    vacation["To"] = AGENCY_MAIL
    vacation["Subject"] = "Automatic reply: แจ้งผลการพิจารณาคำร้อง"
    vacation["Date"] = format_datetime(datetime(2026, 12, 4, 11, 5, tzinfo=UTC))
    vacation["Message-ID"] = "<set23-outcome-vacation@example.net>"
    vacation["Auto-Submitted"] = "auto-replied"
    vacation.set_content("ขณะนี้ไม่อยู่ที่สำนักงานถึงวันที่ 10 ธันวาคม 2569\n", charset="utf-8")
    return [
        (
            "Google Forms' copy of a citizen's answers",
            gforms_copy_plain_radio_marks(p, 0).raw,
            "request",
        ),
        (
            "an MS Forms answer sent on by the agency's own flow",
            power_automate_forms_html(p, 0).raw,
            "request",
        ),
        ("a LINE chat history file", txt_line_chat_export(p, 0).raw, "request"),
        ("an out-of-office reply from a citizen", bytes(vacation), "auto_reply"),
    ]
