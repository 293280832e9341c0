"""A seventy-third set of requests written by someone who had not read the readers (issue 8):
REQUESTS THAT REACH THE INBOX THROUGH OTHER SYSTEMS AND PEOPLE'S FOLLOW-UPS, at
เทศบาลนครอุดรธานี and the อบต. around it (Udon Thani). Google Forms response notifications
sent by the city's form script (plain and HTML, question/answer blocks, the respondent's
e-mail in the header line); the city's e-Service web form's auto-mail with its field keys
in English (fullname, id_card, tel) or in snake_case Thai transliteration (chue_sakun,
lek_bat, boe_tho); the city's complaint app "UdonCity Connect" (ticket number, GPS
coordinates, the reporter's phone masked or not); a LINE chat with the city's LINE OA pasted
into a clerk's mail or typed into a memo (timestamps, display names, the citizen's data
spread over several messages); an e-Saraban / official letter forwarded from another
agency (อำเภอเมืองอุดรธานี, ศูนย์ดำรงธรรม, อบต.กุดสระ: their officer's name, line, mobile and
document number around the citizen's request); a CSV or xlsx export of a form's responses
with one row; and FOLLOW-UPS: a second mail that corrects the first ("ขอแก้ไขเบอร์โทร ...
ที่ถูกต้องคือ ..."), a correction form (ข้อมูลเดิม / ข้อมูลที่ถูกต้อง), a reply quoting the
clerk's questions with the citizen's answers inline. Kinds: plain, HTML, Word, PDF (typed
and fillable), sheets (xlsx and one CSV).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): WHOSE VALUES COUNT.
- The APPLICANT is the citizen whose request it is: the form's respondent, the app's
  reporter, the citizen in the LINE chat, the ผู้ร้อง in the forwarded letter, the one who
  corrects or answers. NEVER the system that sends (its no-reply box, its owner's Gmail,
  its submission or ticket number), the clerk who pastes or asks (her name, her line
  042-325-176 ต่อ 205, her box), the other agency or its officer (name, line, mobile,
  box, document number ที่ อด ...), the LINE OA's own replies.
- email: the respondent's e-mail in a Google Forms header line ("ผู้ตอบ:", "ที่อยู่อีเมล"
  column) or the form's e-mail answer is the applicant's; the citizen's own box where she
  sends. Where a system, a clerk or an agency sends and the citizen gives no box, email is
  `()` (no value, or a flagged one, is right; the sender's box unflagged is silent). A
  masked e-mail (a***@gmail.com) is no e-mail.
- phone: the citizen's own mobile, as typed or corrected. A MASKED phone (08x-xxx-7725,
  09X-XXX-4103) is not a phone: `()` where no unmasked one of the citizen's is given. The
  clerk's, the agency's, the officer's lines never.
- national_id: the citizen's 13 digits; a masked one (1-4101-XXXXX-XX-3) is none: `()`.
  Ticket, submission, document, receipt (รับที่), pole and GPS numbers are never an ID,
  a phone, a birth date or a postal code.
- CORRECTIONS: the corrected value wins ("ที่ถูกต้องคือ", the column ข้อมูลที่ถูกต้อง); the
  first value (in the quoted first mail, in ข้อมูลเดิม) is wrong. A field the follow-up does
  not correct keeps its value from the quoted first request (it is the same citizen's).
- A REPLY WITH INLINE ANSWERS: the citizen's answers below the clerk's quoted questions
  are the values; the clerk's quoted greeting and signature never.
- full_name: as the citizen gives it, with the title where she types one; where the
  citizen types none (a LINE chat, a form asking the title apart) the name without the
  title and with the title are both right. A LINE display name ("Nok ^_^") is no name.
- address: the citizen's home, house number to the อำเภอ, with or without เลขที่/บ้านเลขที่,
  with or without province and postal code (from parts where the form splits it); the
  complaint's place (GPS, "จุดเกิดเหตุ", the pole) is never her address: address `()` where
  only the place is given. Province and postal code those of her home.
- birth_date ISO, the citizen's only; a submission, ticket, letter or receipt date never.
Everyone and every number is invented (13-digit numbers made with with_check_digit); the
ตำบล, อำเภอ, province and postal codes are real and belong together.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@udoncity.example.go.th"
CITY = "เทศบาลนครอุดรธานี"
UD = "อุดรธานี"
MU = "เมืองอุดรธานี"

PEOPLE: tuple[Party, ...] = (
    P("นาย", "ธีรวัฒน์", "ศรีบุญเรือง", "341010045827", date(1979, 5, 14), "0817394526", "theerawat.sb@gmail.com",
      "112/4", "", "", "โพศรี", "หมากแข้ง", MU, UD, "41000"),
    P("นาง", "บุญเพ็ง", "ไชยมาตย์", "341010031164", date(1962, 11, 2), "0869127743", "",
      "58", "7", "", "", "หนองขอนกว้าง", MU, UD, "41000"),
    P("นางสาว", "ปิยะนุช", "แสนทวีสุข", "141010082236", date(1996, 3, 27), "0952286104", "piyanut.st@hotmail.com",
      "219/15", "", "ศรีสุข 4", "ศรีสุข", "หมากแข้ง", MU, UD, "41000"),
    P("นาย", "สมพงษ์", "ภูมิพันธ์", "341010017735", date(1958, 8, 9), "0892045187", "sompong.pp58@gmail.com",
      "33", "4", "", "", "กุดสระ", MU, UD, "41000"),
    P("นาง", "ลำดวน", "พรมสิทธิ์", "341010064418", date(1971, 1, 19), "0624418390", "lamduan.p@gmail.com",
      "7/1", "11", "", "", "บ้านจั่น", MU, UD, "41000"),
    P("นาย", "อนุสรณ์", "วงศ์คำจันทร์", "141010055907", date(1988, 12, 5), "0803317725", "anusorn.wk@gmail.com",
      "401", "", "", "ทหาร", "หมากแข้ง", MU, UD, "41000"),
    P("นางสาว", "กาญจนา", "ทองมา", "141130027641", date(2000, 7, 30), "0646602918", "kanjana.tm@gmail.com",
      "88", "2", "", "", "หนองหาน", "หนองหาน", UD, "41130"),
    P("นาย", "ประเสริฐ", "คำภูแก้ว", "341010008852", date(1949, 4, 11), "0857730264", "",
      "126", "9", "", "", "เชียงพิณ", MU, UD, "41000"),
    P("นาง", "วราภรณ์", "สุวรรณไตรย์", "341010072296", date(1983, 9, 22), "0918845036", "waraporn.sw@yahoo.com",
      "15/22", "", "อุดรดุษฎี 12", "อุดรดุษฎี", "หมากแข้ง", MU, UD, "41000"),
    P("นาย", "ชัยวัฒน์", "บุตรวงศ์", "141110039518", date(1992, 2, 16), "0987264103", "chaiwat.bw@gmail.com",
      "64", "5", "", "", "กุมภวาปี", "กุมภวาปี", UD, "41110"),
)  # fmt: skip

# The city's clerk at the complaints desk, who pastes and asks (never the applicant).
CLERK = ("นางสาวพัชรินทร์ ศรีภูธร", "042-325-176 ต่อ 205", "patcharin.s@udoncity.example.go.th")
# Officers of other agencies who forward (name, position, line, mobile, box).
OFFICERS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "นายวีระพงษ์ มาลาหอม",
        "เจ้าพนักงานปกครองชำนาญงาน",
        "0-4222-1593",
        "089-417-2265",
        "saraban.amphoe@udon.example.go.th",
    ),
    (
        "นางสาวศิริพร แก้วบุญเรือง",
        "นักจัดการงานทั่วไป",
        "042-135-448",
        "081-974-3362",
        "saraban@kudsa.example.go.th",
    ),
)
FORM_OWNER = "udoncity.eservice@gmail.com"  # the city's Gmail that owns the Google Forms
STREETS = ("ถนนประจักษ์ศิลปาคม", "ถนนอุดรดุษฎี", "ถนนนาเหนือ", "ถนนหมากแข้ง")


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 5, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set73-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def bare(a: Party) -> str:
    return f"{a.p.first} {a.p.last}"


def masked_phone(m: str, k: int) -> str:
    return (f"{m[:2]}x-xxx-{m[6:]}", f"{m[:2]}X-XXX-{m[6:]}")[k % 2]


def masked_id(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-XXXXX-XX-{nid[12]}"


def swapped(s: str, at: int) -> str:
    """A typing slip: two neighbouring characters swapped (they must differ)."""
    assert s[at] != s[at + 1], s
    return s[:at] + s[at + 1] + s[at] + s[at + 2 :]


def applicant(a: Party, keys: str, **none: bool) -> dict[str, tuple[str, ...]]:
    """The citizen's values for `keys`; each key in `none` is `()` (no value, or a flagged
    one, right: a masked value, a sender's box, only the complaint's place)."""
    e = exp(a, keys)
    if "email" in e and not a.p.email:
        e["email"] = ()
    for k in none:
        e[k] = ()
    return e


def untitled(e: dict[str, tuple[str, ...]], a: Party) -> dict[str, tuple[str, ...]]:
    """The citizen typed no title: her name with and without one."""
    e["full_name"] = (bare(a), a.name)
    return e


def street_addr(a: Party) -> str:
    """Her home on one line, written out, without the province."""
    p = a.p
    return f"{p.house} {p.rest()}"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_gforms_notification": "the respondent (header line's e-mail); never the form owner's Gmail",
    "plain_webform_english_keys": "the fullname/id_card/tel keys; never the no-reply box, submission id",
    "plain_line_chat_pasted": "the citizen in the chat; never the clerk who pastes, the OA's replies",
    "plain_correction_followup": "the citizen; the corrected phone (v1), ID and birth date (v2) win",
    "plain_app_complaint_ticket": "the reporter; masked phone (v1) none; the place never her address",
    "plain_reply_inline_answers": "the citizen's inline answers; never the clerk's quoted signature",
    "html_gforms_notification": "the respondent (header line's e-mail); never the form owner's Gmail",
    "html_webform_thai_translit": "the chue_sakun/lek_bat/boe_tho keys; never the system's ref or box",
    "html_esaraban_forward": "the ผู้ร้อง in the forwarded letter; never the district's officer",
    "html_outlook_correction_reply": "the citizen; the corrected address (v1), phone (v2) win",
    "html_app_complaint_notification": "the reporter; masked phone and ID (v2) none",
    "docx_esaraban_letter": "the ราษฎร in the district's letter; never the ปลัดอำเภอ or coordinator",
    "docx_clerk_line_transcript": "the citizen in the transcribed chat; never the clerk's memo head",
    "docx_correction_form": "the citizen; the ข้อมูลที่ถูกต้อง column wins over ข้อมูลเดิม",
    "pdf_gforms_print": "the respondent of the printed response; never the URL, print date",
    "pdf_esaraban_stamped": "the ผู้ร้อง in the อบต.'s letter; never its officer, the receipt stamp",
    "pdf_fillable_webkeys": "the fullname/id_card/tel fields; never officer_name/officer_tel",
    "xlsx_gforms_export": "the one response row (ที่อยู่อีเมล her e-mail); never the timestamp",
    "csv_webform_export": "the one row's fullname/id_card/tel; never the officer column",
    "xlsx_app_ticket_export": "the reporter's columns; masked phone and ID (v1) none; no home",
}


# --- plain -----------------------------------------------------------------------------------


def gforms_pairs(a: Party, i: int, request: str) -> list[tuple[str, str]]:
    p = a.p
    title_apart = i % 2 == 1
    pairs = []
    if title_apart:
        pairs.append(("คำนำหน้าชื่อ", p.title))
        pairs.append(("ชื่อ - นามสกุล", bare(a)))
    else:
        pairs.append(("ชื่อ - นามสกุล (พร้อมคำนำหน้า)", a.name))
    pairs += [
        ("เลขประจำตัวประชาชน 13 หลัก", nid_w(p.nid, i)),
        ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
        ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
        ("เบอร์โทรศัพท์ที่ติดต่อได้", mobile(p.mobile, i)),
        ("ชื่อผู้ยื่นแทน (ถ้ามี)", "-"),
        ("เรื่องที่ต้องการขอรับบริการ", request),
    ]
    return pairs


REQUESTS = (
    "ขอรับถังขยะใบใหม่ 1 ใบ ใบเดิมแตก",
    "ขอให้มาตัดกิ่งไม้ที่พาดสายไฟหน้าบ้าน",
    "ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ",
    "ขอให้ดูดสิ่งปฏิกูล (รถสูบส้วม) วันเสาร์ที่ 12 ธ.ค.",
    "ขอหนังสือรับรองการเสียภาษีที่ดินและสิ่งปลูกสร้างปี 2569",
)


def plain_gforms_notification(a: Party, i: int) -> Case:
    """The city's Google Forms script mails each response from the owner's Gmail: the form's
    title, "ผู้ตอบ: <e-mail>" as its header line, the submission time, then each question
    and its answer one under the other."""
    lines = [
        "แบบคำร้องขอรับบริการออนไลน์ เทศบาลนครอุดรธานี",
        "มีผู้ตอบแบบฟอร์มใหม่",
        "",
        f"ผู้ตอบ: {a.p.email}",
        f"เวลาที่ส่ง: {3 + i % 3}/12/2569 {9 + i % 8}:{14 + i:02d}:52",
        "",
    ]
    for q, ans in gforms_pairs(a, i, REQUESTS[i % 5]):
        lines += [q, ans, ""]
    lines += ["--", "ข้อความนี้ส่งอัตโนมัติจาก Google Forms (Form Notifications)",
              f"ดูคำตอบทั้งหมด: https://docs.google.com/forms/d/1FAIpQLSe{4518 + i}xUd/edit#responses"]  # fmt: skip
    raw = message(i, "[แบบฟอร์มออนไลน์] คำตอบใหม่: แบบคำร้องขอรับบริการ", f"Form Notifications <{FORM_OWNER}>",
                  text="\n".join(lines) + "\n")  # fmt: skip
    e = applicant(a, ALL)
    return Case("plain_gforms_notification", raw, untitled(e, a) if i % 2 else e)


def plain_webform_english_keys(a: Party, i: int) -> Case:
    """The city's e-Service form mails each submission with its field keys in English:
    submission_id, submitted_at and ip first, then fullname, id_card, birthdate, tel..."""
    p = a.p
    born = (
        p.born.isoformat()
        if i % 2 == 0
        else f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"
    )
    text = (
        'You have a new submission from form "คำร้องทั่วไป (General Request)".\n\n'
        f"submission_id: {20261200 + 37 * i}\nsubmitted_at: 2026-12-0{1 + i % 5} 1{i % 10}:0{i % 6}:41\n"
        f"ip_address: 171.97.{40 + i}.{118 + i}\nform_version: 3\n"
        f"fullname: {a.name}\nid_card: {p.nid if i % 2 == 0 else nid_w(p.nid, 1)}\nbirthdate: {born}\n"
        f"tel: {mobile(p.mobile, i + 1)}\nemail: {p.email}\naddress: {street_addr(a)}\n"
        f"province: {p.province}\nzipcode: {p.postal}\n"
        f"subject: {REQUESTS[(i + 1) % 5]}\ndetail: รายละเอียดตามหัวข้อ ติดต่อกลับทางโทรศัพท์ได้ตลอดวัน\n"
        "consent_pdpa: yes\n\n--\nThis is an automated message from e-Service Udon City. Please do not reply.\n"
    )
    raw = message(i, f"[e-Service] New submission #{20261200 + 37 * i} - คำร้องทั่วไป",
                  "e-Service <noreply@eservice.udoncity.example.go.th>", text=text)  # fmt: skip
    return Case("plain_webform_english_keys", raw, applicant(a, ALL))


def plain_line_chat_pasted(a: Party, i: int) -> Case:
    """The clerk pastes the LINE OA's chat export into a mail to the desk: a header, the
    day, then time, display name and message per line, the citizen's name, phone, home
    (and in v2 her ID and birth date) spread over several messages; the clerk's
    signature under it."""
    p = a.p
    nick = (("Tee.", "ลุงพงษ์") if p.title == "นาย" else ("Nok ^_^", "ป้าเพ็ง🌷"))[i % 2]
    oa = "เทศบาลนครอุดรธานี"
    d = 2 + i % 5
    chat = [f"[LINE] ประวัติการแชทใน {oa}", f"วันที่บันทึก: 2026/12/0{d} 16:02", "",
            f"วัน{('พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์', 'อาทิตย์')[i % 5]}, 0{d}/12/2026"]  # fmt: skip
    msgs = [
        ("09:14", nick, "สวัสดีค่ะ" if p.title != "นาย" else "สวัสดีครับ"),
        (
            "09:14",
            nick,
            "ขอแจ้งไฟกิ่งทางเดินหน้าบ้านดับ 3 ต้น"
            if i % 2 == 0
            else "อยากสมัครเบี้ยยังชีพผู้สูงอายุให้ตัวเอง ต้องทำยังไง",
        ),
        (
            "09:20",
            oa,
            "รบกวนแจ้งชื่อ-นามสกุล ที่อยู่ และเบอร์โทรที่ติดต่อได้ครับ"
            + (" พร้อมเลขบัตรประชาชนและวันเกิด" if i % 2 else ""),
        ),
        ("09:31", nick, bare(a)),
        ("09:31", nick, home(a, i + 1)),
        ("09:32", nick, f"เบอร์ {mobile(p.mobile, i)}"),
    ]
    if i % 2:
        msgs += [("09:33", nick, nid_w(p.nid, i)), ("09:33", nick, f"เกิด {born_th(p.born, i)}")]
    else:
        msgs += [("09:34", nick, "[รูปภาพ]"), ("09:34", nick, "เสาไฟเลข UD-1187 ถึง UD-1189 ค่ะ")]
    msgs += [("09:40", oa, f"รับเรื่องแล้วครับ เลขรับเรื่อง LN-6912-0{318 + i} จะส่งเจ้าหน้าที่ติดต่อกลับครับ"),
             ("09:41", nick, "ขอบคุณค่ะ🙏" if p.title != "นาย" else "ขอบคุณครับ")]  # fmt: skip
    chat += [f"{t}\t{who}\t{m}" for t, who, m in msgs]
    name, line, box = CLERK
    text = (
        "เรียน งานสารบรรณ\n\nส่งต่อเรื่องที่รับทาง LINE OA ของเทศบาล (คัดลอกแชทมาด้านล่าง) เพื่อลงรับและส่งกองที่เกี่ยวข้องค่ะ\n\n"
        + "\n".join(chat)
        + f"\n\n{name}\nเจ้าหน้าที่ศูนย์รับเรื่องราวร้องทุกข์\nโทร {line}\n"
    )
    raw = message(i, "ส่งต่อเรื่องจาก LINE OA", f"{name[6:]} <{box}>", text=text)
    keys = ALL if i % 2 else "full_name phone email address postal_code province"
    return Case("plain_line_chat_pasted", raw, untitled(applicant(a, keys, email=True), a))


def plain_correction_followup(a: Party, i: int) -> Case:
    """The citizen's second mail from her phone: a line that corrects the first mail (v1
    the phone, v2 the ID and the year of birth), then the first mail quoted under
    Gmail's "เขียนว่า:" line."""
    p = a.p
    if i % 2 == 0:
        old_mobile, old_nid, old_born = swapped(p.mobile, 7), p.nid, p.born
        fix = (f"ขอแก้ไขเบอร์โทรศัพท์{ending(a)} ในคำร้องที่ส่งไปพิมพ์ผิดเป็น {mobile(old_mobile, 0)} "
               f"เบอร์ที่ถูกต้องคือ {mobile(p.mobile, 0)} {ending(a)}")  # fmt: skip
    else:
        old_mobile, old_nid = p.mobile, swapped(p.nid, 6)
        old_born = p.born.replace(year=p.born.year + 10)
        fix = (f"ขอแก้ไขข้อมูลในคำร้องเมื่อวาน 2 รายการ{ending(a)}\n1. เลขบัตรประชาชนพิมพ์ผิด ที่ถูกต้องคือ {nid_w(p.nid, 1)}\n"
               f"2. ปีเกิดที่ถูกต้องคือ พ.ศ. {p.born.year + 543} (วันเกิด {thai_day(p.born)}) ไม่ใช่ {old_born.year + 543}")  # fmt: skip
    first = (
        f"เรียน นายกเทศมนตรีนครอุดรธานี\n\n{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(old_nid, i)} "
        f"เกิดวันที่ {born_th(old_born, i)} อยู่บ้านเลขที่ {home(a, i)} ขอ{REQUESTS[(i + 2) % 5][2:]}\n"
        f"ติดต่อ {mobile(old_mobile, i + 1)}\n\n{a.name}"
    )
    quoted = "\n".join("> " + x if x else ">" for x in first.split("\n"))
    text = (
        f"{fix}\n\nขออภัยในความผิดพลาด{ending(a)}\n{bare(a)}\n\nส่งจาก iPhone ของฉัน\n\n"
        f"เมื่อ {1 + i % 5} ธ.ค. 2569 เวลา 20:{10 + i:02d} {bare(a)} <{p.email}> เขียนว่า:\n\n{quoted}\n"
    )
    subject = "Re: คำร้องขอรับบริการ" + (" (แก้ไขเบอร์โทร)" if i % 2 == 0 else " แก้ไขเลขบัตร/วันเกิด")
    raw = message(i, subject, own_box(a), text=text)
    return Case("plain_correction_followup", raw, applicant(a, ALL))


def plain_app_complaint_ticket(a: Party, i: int) -> Case:
    """The complaint app's notice to the desk: ticket number, time, kind, GPS coordinates
    and the place, then the reporter (v1: her phone and e-mail masked, no home; v2: her
    phone, e-mail and home in full)."""
    p = a.p
    lat, lng = 17.40 + 0.0013 * (i + 1), 102.78 + 0.0011 * (i + 3)
    masked = i % 2 == 0
    reporter = [f"ชื่อผู้แจ้ง: {a.name}"]
    if masked:
        reporter += [f"โทรศัพท์: {masked_phone(p.mobile, i)}", f"อีเมล: {p.email[0]}***@{p.email.split('@')[1]}",
                     "(ข้อมูลผู้แจ้งปกปิดตามนโยบายคุ้มครองข้อมูลส่วนบุคคล เจ้าหน้าที่ดูเต็มได้ในระบบ)"]  # fmt: skip
    else:
        reporter += [f"โทรศัพท์: {mobile(p.mobile, i)}", f"อีเมล: {p.email}", f"ที่อยู่ผู้แจ้ง: {home(a, i)}"]
    text = (
        "UdonCity Connect : มีเรื่องแจ้งใหม่\n================================\n"
        f"เลขที่เรื่อง: UDC-6912-00{4518 + 23 * i}\nวันที่แจ้ง: 0{2 + i % 5}/12/2569 07:{40 + i:02d} น.\n"
        f"ประเภท: {('ถนน/ทางเท้าชำรุด', 'ท่อระบายน้ำอุดตัน', 'ไฟฟ้าส่องสว่างดับ')[i % 3]}\n"
        f"รายละเอียด: {('หลุมบ่อกลางถนน รถจักรยานยนต์ล้มไปแล้ว 2 คัน', 'น้ำท่วมขังหน้าร้านทุกครั้งที่ฝนตก', 'ไฟดับทั้งซอยมา 5 วัน')[i % 3]}\n"
        f"พิกัด: {lat:.5f}, {lng:.5f}\nแผนที่: https://maps.google.com/?q={lat:.5f},{lng:.5f}\n"
        f"จุดเกิดเหตุ: {STREETS[i % 4]} ต.หมากแข้ง อ.เมืองอุดรธานี จ.อุดรธานี 41000\n"
        "หน่วยงานรับผิดชอบ: กองช่าง\n--------------------------------\n"
        + "\n".join(reporter)
        + "\n================================\nกรุณาอย่าตอบกลับอีเมลนี้ | UdonCity Connect v2.4\n"
    )
    raw = message(i, f"[UdonCity Connect] เรื่องใหม่ UDC-6912-00{4518 + 23 * i}",
                  "UdonCity Connect <no-reply@udonconnect.example.go.th>", text=text)  # fmt: skip
    if masked:
        e = applicant(a, "full_name phone email address", phone=True, email=True, address=True)
    else:
        e = applicant(a, "full_name phone email address postal_code province")
    return Case("plain_app_complaint_ticket", raw, e)


def plain_reply_inline_answers(a: Party, i: int) -> Case:
    """The citizen replies to the clerk's questions by typing each answer under the quoted
    question; the clerk's greeting, request number and signature quoted."""
    p = a.p
    name, line, box = CLERK
    qs = [
        ("1. เลขประจำตัวประชาชน 13 หลัก", nid_w(p.nid, i + 2)),
        ("2. วัน เดือน ปีเกิด", born_th(p.born, i)),
        ("3. ที่อยู่ตามทะเบียนบ้าน (บ้านเลขที่ หมู่ ตำบล อำเภอ)", home(a, i + 2)),
        ("4. เบอร์โทรศัพท์ที่ติดต่อได้สะดวก", mobile(p.mobile, i + 2) + (" (มือถือ)" if i % 2 else "")),
    ]
    parts = [f"ตอบตามข้อ{ending(a)}", "", f"เมื่อ {2 + i % 4} ธ.ค. 2569 10:05 {name} <{box}> เขียนว่า:",
             f"> เรียน คุณ{p.first}", ">",
             f"> ตามที่ท่านยื่นคำร้อง{REQUESTS[(i + 3) % 5][2:]} เลขรับที่ {4512 + i}/2569 ลงวันที่ 1 ธันวาคม 2569",
             "> เพื่อประกอบการพิจารณา ขอทราบข้อมูลเพิ่มเติมดังนี้", ">"]  # fmt: skip
    for q, ans in qs:
        parts += [f"> {q}", ans, ">"]
    parts += [
        "> ขอบคุณค่ะ",
        f"> {name}",
        "> เจ้าหน้าที่ศูนย์รับเรื่องราวร้องทุกข์ เทศบาลนครอุดรธานี",
        f"> โทร {line}",
    ]
    text = "\n".join(parts) + f"\n\n{a.name}\n"
    raw = message(i, f"Re: ขอข้อมูลเพิ่มเติม คำร้องเลขรับที่ {4512 + i}/2569", own_box(a), text=text)
    return Case("plain_reply_inline_answers", raw, applicant(a, ALL))


# --- HTML ------------------------------------------------------------------------------------


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_gforms_notification(a: Party, i: int) -> Case:
    """The Form Notifications add-on's HTML mail: a coloured head with the form's title,
    "ผู้ตอบ" and the respondent's e-mail as a link, then a table of question rows (bold)
    and answer rows."""
    rows = "".join(
        f'<tr><td style="padding:8px 0 2px;font-weight:bold;color:#202124">{esc(q)}</td></tr>'
        f'<tr><td style="padding:0 0 8px;color:#3c4043;border-bottom:1px solid #dadce0">{esc(ans)}</td></tr>'
        for q, ans in gforms_pairs(a, i + 1, REQUESTS[(i + 4) % 5])
    )
    html = (
        '<html><body style="font-family:Roboto,Arial,sans-serif">'
        '<div style="background:#673ab7;color:#fff;padding:16px;font-size:20px">แบบคำร้องขอรับบริการออนไลน์ เทศบาลนครอุดรธานี</div>'
        f'<div style="padding:12px 16px">ผู้ตอบ: <a href="mailto:{a.p.email}">{a.p.email}</a><br>'
        f"ส่งเมื่อ {2 + i % 4} ธ.ค. 2569 เวลา 1{i % 10}:{20 + i:02d}</div>"
        f'<table style="margin:0 16px;width:600px" cellspacing="0">{rows}</table>'
        '<p style="color:#5f6368;font-size:11px;padding:16px">Form Notifications add-on · '
        f'<a href="https://docs.google.com/forms/d/1FAIpQLSe{9900 + i}x/edit#responses">ดูคำตอบในชีต</a></p></body></html>\n'
    )
    raw = message(
        i, "คำตอบใหม่: แบบคำร้องขอรับบริการออนไลน์", f"Form Notifications <{FORM_OWNER}>", html=html
    )
    e = applicant(a, ALL)
    return Case("html_gforms_notification", raw, untitled(e, a) if (i + 1) % 2 else e)


def html_webform_thai_translit(a: Party, i: int) -> Case:
    """The อบต.'s web form (a hired developer's) mails a table whose keys are snake_case
    Thai transliteration; the address split into ban_lek_thi, mu_thi, tambon, amphoe,
    changwat, rahat_praisani; the system's ref_no and the desk's box at the foot."""
    p = a.p
    rows = [
        ("ref_no", f"KS-EF-6912-{87 + i:04d}"), ("wan_thi_yuen", f"0{1 + i % 5}/12/2569"),
        ("khamnam_na", p.title), ("chue", p.first), ("nam_sakun", p.last),
        ("lek_bat_prachachon", nid_w(p.nid, i)), ("wan_koet", born_th(p.born, i + 2)),
        ("ban_lek_thi", p.house), ("mu_thi", p.moo or "-"), ("soi", p.soi or "-"), ("thanon", p.road or "-"),
        ("tambon", p.tambon), ("amphoe", p.amphoe), ("changwat", p.province), ("rahat_praisani", p.postal),
        ("boe_tho", mobile(p.mobile, i + 3)), ("email", p.email or "-"),
        ("rueang", REQUESTS[i % 5]), ("raila_iat", "ขอให้เจ้าหน้าที่ติดต่อกลับก่อนเข้าพื้นที่"),
    ]  # fmt: skip
    table = "".join(
        f"<tr><td style='background:#eee'><code>{k}</code></td><td>{esc(v)}</td></tr>"
        for k, v in rows
    )
    html = (
        "<html><body><h3>แบบคำร้องออนไลน์ องค์การบริหารส่วนตำบลกุดสระ</h3>"
        f"<p>มีคำร้องใหม่เข้าระบบ</p><table border='1' cellpadding='4'>{table}</table>"
        "<p style='font-size:11px'>ระบบส่งอัตโนมัติ ติดต่อผู้ดูแลระบบ admin@kudsa.example.go.th โทร 042-135-440</p></body></html>\n"
    )
    raw = message(
        i,
        f"คำร้องออนไลน์ใหม่ KS-EF-6912-{87 + i:04d}",
        "webform <no-reply@kudsa.example.go.th>",
        html=html,
    )
    return Case("html_webform_thai_translit", raw, applicant(a, ALL))


def html_esaraban_forward(a: Party, i: int) -> Case:
    """The district's officer forwards from Outlook a petition that reached ศูนย์ดำรงธรรม
    อำเภอเมืองอุดรธานี: the e-Saraban head (เลขที่หนังสือ, ลงวันที่), the letter's lines
    (the ผู้ร้อง's name, age or birth date, ID, home, phone), his Outlook signature."""
    p = a.p
    o_name, o_pos, o_line, o_mob, o_box = OFFICERS[0]
    born = f"เกิดวันที่ {born_th(p.born, i)}" if i % 2 else f"อายุ {2026 - p.born.year} ปี"
    paras = [
        "เรียน นายกเทศมนตรีนครอุดรธานี", "",
        "<b>ระบบสารบรรณอิเล็กทรอนิกส์ (e-Saraban) : หนังสือส่งต่อ</b>",
        f"เลขที่หนังสือ ที่ อด 0118.1/ว {5123 + i} ลงวันที่ {1 + i % 5} ธันวาคม 2569",
        "จาก ศูนย์ดำรงธรรมอำเภอเมืองอุดรธานี",
        "เรื่อง ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ", "",
        f"ด้วยศูนย์ดำรงธรรมอำเภอเมืองอุดรธานีได้รับเรื่องร้องเรียนจาก {a.name} {born} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i + 1)} "
        f"หมายเลขโทรศัพท์ {mobile(p.mobile, i)} ร้องเรียนว่ามีการเผาขยะในที่ดินว่างข้างบ้าน ส่งกลิ่นเหม็นและควันรบกวนทุกคืน",
        "ซึ่งเรื่องดังกล่าวอยู่ในอำนาจหน้าที่ของเทศบาล จึงขอส่งเรื่องเพื่อพิจารณาดำเนินการ และแจ้งผลให้ผู้ร้องและอำเภอทราบภายใน 15 วัน", "",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
    ]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{o_name}</b><br>{o_pos}<br>ศูนย์ดำรงธรรมอำเภอเมืองอุดรธานี<br>'
           f"โทร {o_line} มือถือ {o_mob}<br>{o_box}</p>")  # fmt: skip
    raw = message(i, f"FW: ส่งเรื่องร้องเรียน ที่ อด 0118.1/ว {5123 + i}", f"{o_name[3:]} <{o_box}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    keys = ALL if i % 2 else NO_BIRTH
    return Case("html_esaraban_forward", raw, applicant(a, keys, email=True))


def html_outlook_correction_reply(a: Party, i: int) -> Case:
    """The citizen's Outlook reply to her own first mail: on top the correction (v1 the
    whole address, v2 the phone), under Outlook's From/Sent/To/Subject block the first
    mail with the old value."""
    p = a.p
    if i % 2 == 0:
        old_home = (
            home(a, i).replace(p.house, p.house.replace("/", ""), 1)
            if "/" in p.house
            else home(a, i).replace(p.house, p.house + "/1", 1)
        )
        old_mob = p.mobile
        fix = ["เรียน เจ้าหน้าที่", "", f"ขอแก้ไขที่อยู่ในคำร้องที่ส่งเมื่อวาน{ending(a)} บ้านเลขที่พิมพ์ผิด",
               f"ที่อยู่ที่ถูกต้องคือ {home(a, i + 1)}"]  # fmt: skip
    else:
        old_home, old_mob = home(a, i), swapped(p.mobile, 4)
        fix = ["เรียน เจ้าหน้าที่", "", f"ขอแก้ไขเบอร์โทรศัพท์{ending(a)} เบอร์เดิม {mobile(old_mob, 0)} ผิด",
               f"ที่ถูกต้องคือ {mobile(p.mobile, 2)}"]  # fmt: skip
    fix += ["", f"ขอบคุณ{ending(a)}", bare(a)]
    first = ["เรียน นายกเทศมนตรีนครอุดรธานี", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)}",
             f"ที่อยู่ {old_home}", f"โทร {mobile(old_mob, i + 1)}",
             "ขอความอนุเคราะห์รถน้ำดื่มเพื่อใช้ในงานบุญประจำปีของหมู่บ้าน วันที่ 19 ธันวาคม 2569 จำนวน 2 เที่ยว", "",
             "ขอแสดงความนับถือ", a.name]  # fmt: skip
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>From:</b> {bare(a)} &lt;{p.email}&gt;<br><b>Sent:</b> {1 + i % 5} December 2026 21:{14 + i:02d}<br>'
            f"<b>To:</b> {DESK}<br><b>Subject:</b> ขอความอนุเคราะห์รถน้ำ</p></div>")  # fmt: skip
    body = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in fix)
    old = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in first)
    html = (
        '<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm;font-family:"Tahoma"}</style></head>'
        f'<body lang="TH"><div class="WordSection1">{body}<p class="MsoNormal">&nbsp;</p>'
        f'<div id="divRplyFwdMsg">{head}</div>{old}</div></body></html>\n'
    )
    raw = message(
        i,
        "RE: ขอความอนุเคราะห์รถน้ำ (แก้ไข" + ("ที่อยู่)" if i % 2 == 0 else "เบอร์โทร)"),
        own_box(a),
        html=html,
    )
    return Case("html_outlook_correction_reply", raw, applicant(a, ALL))


def html_app_complaint_notification(a: Party, i: int) -> Case:
    """The app's HTML card: status badge, ticket, GPS and map link, photos, then the
    reporter's block (v1 in full with her home; v2 masked phone and ID, no home)."""
    p = a.p
    lat, lng = 17.39 + 0.0019 * (i + 2), 102.77 + 0.0017 * (i + 1)
    masked = i % 2 == 1
    if masked:
        rep = [
            ("ผู้แจ้ง", a.name),
            ("เลขบัตรประชาชน", masked_id(p.nid)),
            ("โทรศัพท์", masked_phone(p.mobile, i)),
        ]
    else:
        rep = [
            ("ผู้แจ้ง", a.name),
            ("โทรศัพท์", mobile(p.mobile, i)),
            ("อีเมล", p.email),
            ("ที่อยู่ผู้แจ้ง", home(a, i + 2)),
        ]
    rows = "".join(
        f"<tr><td style='color:#666;width:140px'>{k}</td><td>{esc(v)}</td></tr>" for k, v in rep
    )
    html = (
        "<html><body style='font-family:Sarabun,Tahoma'><div style='max-width:560px;border:1px solid #ddd;border-radius:8px'>"
        "<div style='background:#0a7e3e;color:#fff;padding:12px'><b>UdonCity Connect</b> · เรื่องแจ้งใหม่ "
        "<span style='background:#ffc107;color:#000;border-radius:4px;padding:2px 6px'>รอรับเรื่อง</span></div>"
        f"<div style='padding:12px'><p>เลขที่ <b>UDC-6912-00{4702 + 19 * i}</b> · 0{2 + i % 5}/12/2569 06:{12 + i:02d} น.</p>"
        f"<p>ประเภท: ขยะตกค้าง / ไม่มีรถมาเก็บ<br>รายละเอียด: ขยะกองหน้าปากซอยมา 1 สัปดาห์ มีสุนัขคุ้ย</p>"
        f"<p>พิกัด {lat:.6f}, {lng:.6f} <a href='https://maps.google.com/?q={lat:.6f},{lng:.6f}'>เปิดแผนที่</a><br>"
        f"{STREETS[(i + 1) % 4]} ต.หมากแข้ง อ.เมืองอุดรธานี</p><p>[รูปภาพ 2 รูป]</p>"
        f"<h4 style='margin:8px 0'>ข้อมูลผู้แจ้ง</h4><table>{rows}</table></div>"
        "<div style='font-size:11px;color:#999;padding:8px'>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</div></div></body></html>\n"
    )
    raw = message(i, f"UdonCity Connect: เรื่องแจ้งใหม่ UDC-6912-00{4702 + 19 * i}",
                  "UdonCity Connect <no-reply@udonconnect.example.go.th>", html=html)  # fmt: skip
    if masked:
        e = applicant(
            a, "full_name national_id phone address", national_id=True, phone=True, address=True
        )
    else:
        e = applicant(a, "full_name phone email address postal_code province")
    return Case("html_app_complaint_notification", raw, e)


# --- Word ------------------------------------------------------------------------------------


def docx_esaraban_letter(a: Party, i: int) -> Case:
    """The district's letter (หนังสือภายนอก) in Word, mailed by its e-Saraban desk: ที่ อด
    0118/..., the ราษฎร's petition in the body (name, ID, home, phone; v2 her birth date),
    signed by the ปลัดอำเภอ for the นายอำเภอ, the section's line and a coordinator's mobile
    at the foot."""
    p = a.p
    o_name, _, o_line, o_mob, o_box = OFFICERS[0]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ อด 0118/{1842 + i}\t\t\t\tที่ว่าการอำเภอเมืองอุดรธานี\n\t\t\t\t\tถนนอำเภอ อด 41000"
        )
        d.add_paragraph(f"\t\t\t\t{1 + i % 5} ธันวาคม 2569")
        d.add_paragraph(
            "เรื่อง\tส่งคำร้องของราษฎร\nเรียน\tนายกเทศมนตรีนครอุดรธานี\nสิ่งที่ส่งมาด้วย\tสำเนาคำร้อง จำนวน 1 ฉบับ"
        )
        extra = f" เกิดวันที่ {born_th(p.born, i + 1)}" if i % 2 else ""
        d.add_paragraph(
            f"\tด้วย {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)}{extra} อยู่บ้านเลขที่ {home(a, i)} "
            f"โทรศัพท์ {mobile(p.mobile, i + 1)} ได้ยื่นคำร้องต่ออำเภอเมืองอุดรธานี ขอให้ซ่อมแซมรางระบายน้ำหน้าบ้านซึ่งชำรุด "
            "ทำให้น้ำเอ่อล้นเข้าบ้านเรือนราษฎร รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย"
        )
        d.add_paragraph(
            "\tอำเภอพิจารณาแล้ว เรื่องดังกล่าวอยู่ในอำนาจหน้าที่ของเทศบาล จึงขอส่งคำร้องมาเพื่อพิจารณาดำเนินการ"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            "\t\t\t\tขอแสดงความนับถือ\n\n\n\t\t\t\t(นายสุรชัย ศรีสมบัติ)\n\t\t\t\tปลัดอำเภอ (หัวหน้าฝ่ายปกครอง) ปฏิบัติราชการแทน\n\t\t\t\tนายอำเภอเมืองอุดรธานี"
        )
        d.add_paragraph(
            f"ฝ่ายปกครอง\nโทร. {o_line}\nโทรสาร 0-4222-1594\nผู้ประสานงาน {o_name} โทร {o_mob}"
        )

    raw = message(i, f"หนังสือออก ที่ อด 0118/{1842 + i} เรื่อง ส่งคำร้องของราษฎร", f"e-Saraban อำเภอเมืองอุดรธานี <{o_box}>",
                  text="ระบบสารบรรณอิเล็กทรอนิกส์: ส่งหนังสือถึงท่าน 1 ฉบับ (ไฟล์แนบ)\n",
                  files=((f"อด0118_{1842 + i}.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_esaraban_letter", raw, applicant(a, ALL if i % 2 else NO_BIRTH, email=True))


def docx_clerk_line_transcript(a: Party, i: int) -> Case:
    """The clerk's บันทึกข้อความ in Word reporting a LINE chat: the memo head (ส่วนราชการ and
    its line, ที่, วันที่, เรื่อง), then a table of time / display name / message, the
    citizen's values spread over the rows, the clerk's signature."""
    p = a.p
    name, line, box = CLERK
    nick = ("Kanjana 🍀", "แม่ลำดวน", "Chaiwat B.")[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph("บันทึกข้อความ")
        d.add_paragraph(f"ส่วนราชการ ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล โทร {line}")
        d.add_paragraph(f"ที่ อด 52001/รท.{318 + i}\t\tวันที่ {2 + i % 5} ธันวาคม 2569")
        d.add_paragraph("เรื่อง รายงานการรับเรื่องทาง LINE Official Account\nเรียน หัวหน้าฝ่ายบริการประชาชน")
        d.add_paragraph(
            "ด้วยศูนย์ฯ ได้รับเรื่องผ่าน LINE OA ของเทศบาล ขอให้ช่วยเหลือซ่อมแซมหลังคาบ้านที่ถูกพายุพัดเสียหาย รายละเอียดการสนทนาดังนี้"
        )
        rows = [("เวลา", "ผู้ส่ง", "ข้อความ"),
                ("08:02", nick, "บ้านหลังคาปลิวเมื่อคืนค่ะ ขอความช่วยเหลือด่วน" if p.title != "นาย" else "หลังคาบ้านปลิวเมื่อคืนครับ ขอความช่วยเหลือ"),
                ("08:10", "เทศบาลนครอุดรธานี", "ขอชื่อ เลขบัตรประชาชน ที่อยู่ และเบอร์โทรด้วยค่ะ"),
                ("08:13", nick, a.name if i % 2 else bare(a)),
                ("08:13", nick, nid_w(p.nid, i + 2)),
                ("08:15", nick, f"บ้านเลขที่ {home(a, i + 2)}"),
                ("08:16", nick, mobile(p.mobile, i + 3))]  # fmt: skip
        if i % 2:
            rows.append(("08:17", nick, f"วันเกิด {born_th(p.born, i)} เผื่อต้องใช้"))
        rows.append(("08:20", "เทศบาลนครอุดรธานี", f"รับเรื่องแล้ว เลขรับ LN-6912-0{402 + i} ค่ะ"))
        t = d.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาสั่งการ")
        d.add_paragraph(f"\t\t\t({name})\n\t\t\tเจ้าหน้าที่ศูนย์รับเรื่องราวร้องทุกข์")

    raw = message(i, "บันทึกข้อความ รับเรื่องทาง LINE OA (หลังคาบ้านเสียหาย)", f"{name[6:]} <{box}>",
                  text="เรียน งานสารบรรณ\nแนบบันทึกข้อความรับเรื่องทาง LINE ค่ะ\n",
                  files=(("บันทึกรับเรื่อง_LINE.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = applicant(a, ALL if i % 2 else NO_BIRTH, email=True)
    return Case("docx_clerk_line_transcript", raw, e if i % 2 else untitled(e, a))


def docx_correction_form(a: Party, i: int) -> Case:
    """The city's แบบคำร้องขอแก้ไขข้อมูล filled in Word: ข้าพเจ้า's lines (name, ID, birth
    date, home), the first request's number, then a table รายการ / ข้อมูลเดิม / ข้อมูลที่
    ถูกต้อง (v1 the phone and the e-mail, v2 the address and the phone)."""
    p = a.p
    old_mob = swapped(p.mobile, 5)
    old_box = p.email.replace("@", "1@")
    old_home = home(a, i).replace(p.house, "1" + p.house, 1)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องขอแก้ไขข้อมูลในคำร้อง\nเทศบาลนครอุดรธานี")
        d.add_paragraph(f"เขียนที่ บ้าน\tวันที่ {3 + i % 5} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
            + (f"อยู่บ้านเลขที่ {home(a, i + 1)} " if i % 2 == 0 else "")
            + f"ได้ยื่นคำร้องเลขรับที่ {4630 + i}/2569 ลงวันที่ 30 พฤศจิกายน 2569 มีข้อมูลบางรายการไม่ถูกต้อง ขอแก้ไขดังนี้"
        )
        rows = [("รายการ", "ข้อมูลเดิม", "ข้อมูลที่ถูกต้อง")]
        if i % 2 == 0:
            rows += [
                ("เบอร์โทรศัพท์", mobile(old_mob, 0), mobile(p.mobile, 0)),
                ("อีเมล", old_box, p.email),
            ]
        else:
            rows += [
                ("ที่อยู่", old_home, home(a, i + 1)),
                ("เบอร์โทรศัพท์", mobile(old_mob, 2), mobile(p.mobile, 2)),
            ]
        t = d.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อมูลข้างต้นเป็นความจริง")
        d.add_paragraph(f"ลงชื่อ ................................ ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, f"ขอแก้ไขข้อมูลคำร้องเลขรับที่ {4630 + i}/2569", own_box(a),
                  text=f"เรียน เจ้าหน้าที่\nแนบแบบขอแก้ไขข้อมูล{ending(a)}\n",
                  files=(("แบบขอแก้ไขข้อมูล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_correction_form", raw, applicant(a, ALL))


# --- PDF -------------------------------------------------------------------------------------


def pdf_gforms_print(a: Party, i: int) -> Case:
    """A Google Forms response the clerk printed from Chrome to PDF: the print date and the
    form's title in the header line, the respondent's e-mail under "อีเมล", each question
    over its answer, the response's URL and the page number in the footer."""
    p = a.p
    texts: list[tuple[float, float, str]] = [
        (10, 8, f"{3 + i % 4}/12/69 14:{10 + i:02d}"), (80, 8, "แบบคำร้องขอรับบริการออนไลน์"),
        (20, 22, "แบบคำร้องขอรับบริการออนไลน์ เทศบาลนครอุดรธานี"), (20, 30, "* ระบุว่าเป็นคำถามที่จำเป็น"),
    ]  # fmt: skip
    y = 42.0
    qa = [("อีเมล *", p.email), *gforms_pairs(a, i, REQUESTS[(i + 2) % 5])]
    for q, ans in qa:
        texts += [(20, y, q), (24, y + 8, ans)]
        y += 20
    texts += [
        (
            10,
            290,
            f"https://docs.google.com/forms/d/e/1FAIpQLSd{7700 + i}Ud/viewresponse?edit2=2_ABaOnud",
        ),
        (190, 290, "1/1"),
    ]
    data = pdf_page(texts, size=12, face="Loma")
    raw = message(i, "คำร้องออนไลน์ (พิมพ์จาก Google Forms)", f"{CLERK[0][6:]} <{CLERK[2]}>",
                  text="เรียน งานสารบรรณ\nคำตอบแบบฟอร์มออนไลน์ พิมพ์เป็น PDF แนบมาค่ะ\n",
                  files=((f"response_{i + 1}.pdf", data, PDF),))  # fmt: skip
    e = applicant(a, ALL)
    return Case("pdf_gforms_print", raw, untitled(e, a) if i % 2 else e)


def pdf_esaraban_stamped(a: Party, i: int) -> Case:
    """อบต.กุดสระ's typed letter (Word to PDF) forwarding a villager's petition about the
    city's road, with the city's receipt stamp (รับที่, วันที่, เวลา) top right, the
    villager's lines in the body, the อบต.'s section, line and officer at the foot."""
    p = a.p
    o_name, o_pos, o_line, o_mob, o_box = OFFICERS[1]
    paras: list[tuple[float, str]] = [
        (140, "เทศบาลนครอุดรธานี"), (140, f"รับที่ {4512 + 7 * i}"), (140, f"วันที่ {2 + i % 5} ธ.ค. 2569"), (140, "เวลา 10.15 น."),
        (20, f"ที่ อด 76301/{877 + i}"), (120, "องค์การบริหารส่วนตำบลกุดสระ"), (120, "อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"), (0, ""),
        (100, f"{1 + i % 5} ธันวาคม 2569"),
        (20, "เรื่อง ส่งเรื่องร้องเรียนถนนชำรุด"), (20, "เรียน นายกเทศมนตรีนครอุดรธานี"), (0, ""),
        (30, f"ด้วยองค์การบริหารส่วนตำบลกุดสระ ได้รับคำร้องจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
             f"ที่อยู่ {home(a, i + 2)} โทร {mobile(p.mobile, i + 2)} แจ้งว่าถนนเชื่อมระหว่างหมู่บ้านกับเขตเทศบาล "
             "ช่วงที่อยู่ในความรับผิดชอบของเทศบาลนครอุดรธานี ชำรุดเป็นหลุมลึก เกิดอุบัติเหตุบ่อยครั้ง"),
        (30, "จึงขอส่งเรื่องมาเพื่อพิจารณาดำเนินการในส่วนที่เกี่ยวข้องต่อไป"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (100, "(นายบุญส่ง ทองคำภา)"), (100, "นายกองค์การบริหารส่วนตำบลกุดสระ"), (0, ""),
        (20, "สำนักปลัด"), (20, f"โทร {o_line} ผู้ประสานงาน {o_name} {o_mob}"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8), size=14, face="Loma")
    raw = message(i, f"ส่งเรื่องร้องเรียนถนนชำรุด ที่ อด 76301/{877 + i}", f"สารบรรณ อบต.กุดสระ <{o_box}>",
                  text="เรียน เทศบาลนครอุดรธานี\nส่งหนังสือตามไฟล์แนบ\n" + f"{o_name}\n{o_pos}\n",
                  files=((f"อด76301_{877 + i}.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_esaraban_stamped", raw, applicant(a, NO_BIRTH, email=True))


def pdf_fillable_webkeys(a: Party, i: int) -> Case:
    """A fillable PDF the e-Service system generates: fields named in English (fullname,
    id_card, birth_date, tel, email, address, zipcode, province) filled from the web form,
    and the system's ref_no, officer_name and officer_tel of the desk that received it."""
    p = a.p
    labels = [(50, 18, "แบบคำร้องทั่วไป (e-Service) เทศบาลนครอุดรธานี"), (20, 32, "เลขที่อ้างอิง"),
              (20, 44, "ชื่อ-สกุล"), (20, 54, "เลขประจำตัวประชาชน"), (120, 54, "วันเกิด"), (20, 64, "ที่อยู่"),
              (20, 74, "จังหวัด"), (110, 74, "รหัสไปรษณีย์"), (20, 84, "โทรศัพท์"), (110, 84, "อีเมล"),
              (20, 96, "เรื่อง"), (20, 130, "เจ้าหน้าที่ผู้รับเรื่อง"), (20, 140, "โทรศัพท์เจ้าหน้าที่")]  # fmt: skip
    fields = [Field("ref_no", f"ES-6912-{3300 + i}", 50, 32, 50), Field("fullname", a.name, 45, 44, 100),
              Field("id_card", p.nid, 60, 54, 55, comb=13), Field("birth_date", born_th(p.born, i), 135, 54, 45),
              Field("address", street_addr(a), 35, 64, 160), Field("province", p.province, 40, 74, 50),
              Field("zipcode", p.postal, 135, 74, 30), Field("tel", mobile(p.mobile, i), 45, 84, 55),
              Field("email", p.email, 125, 84, 70), Field("subject", REQUESTS[(i + 3) % 5], 40, 96, 150),
              Field("officer_name", CLERK[0], 65, 130, 90), Field("officer_tel", "042-325-176", 65, 140, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, f"คำร้อง e-Service ES-6912-{3300 + i}", "e-Service <noreply@eservice.udoncity.example.go.th>",
                  text="ระบบ e-Service: คำร้องใหม่ (ไฟล์ PDF แนบ)\n", files=((f"ES-6912-{3300 + i}.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_webkeys", raw, applicant(a, ALL))


# --- sheets ----------------------------------------------------------------------------------


def xlsx_gforms_export(a: Party, i: int) -> Case:
    """The form's response sheet downloaded as xlsx with one row: ประทับเวลา, ที่อยู่อีเมล,
    then the questions; in v2 Sheets took the ID for a number and the birth date for a
    date."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "การตอบแบบฟอร์ม 1"
        ws.append(("ประทับเวลา", "ที่อยู่อีเมล", "ชื่อ - นามสกุล (พร้อมคำนำหน้า)", "เลขประจำตัวประชาชน 13 หลัก",
                   "วัน/เดือน/ปีเกิด", "ที่อยู่ตามทะเบียนบ้าน", "เบอร์โทรศัพท์ที่ติดต่อได้", "เรื่องที่ต้องการขอรับบริการ"))  # fmt: skip
        nid: Any = int(p.nid) if i % 2 else nid_w(p.nid, i)
        born: Any = (
            datetime(p.born.year, p.born.month, p.born.day) if i % 2 else born_th(p.born, i + 1)
        )
        ws.append((datetime(2026, 12, 2 + i % 4, 10, 41, 22), p.email, a.name, nid, born, home(a, i + 1),
                   mobile(p.mobile, 2), REQUESTS[(i + 1) % 5]))  # fmt: skip
        ws["A2"].number_format = "d/m/yyyy h:mm:ss"
        if i % 2:
            ws["D2"].number_format = "0"
            ws["E2"].number_format = "d/m/yyyy"

    raw = message(i, "ส่งออกคำตอบแบบฟอร์ม (1 รายการ)", f"{CLERK[0][6:]} <{CLERK[2]}>",
                  text="เรียน งานสารบรรณ\nแนบไฟล์คำตอบจาก Google Forms 1 รายการค่ะ\n",
                  files=(("แบบคำร้องขอรับบริการออนไลน์ (การตอบกลับ).xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_gforms_export", raw, applicant(a, ALL))


def csv_webform_export(a: Party, i: int) -> Case:
    """The e-Service's CSV export of one submission (UTF-8 with a BOM, as Excel wants):
    English keys, the address in parts, the officer who took it in the last columns."""
    p = a.p
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(("submission_id", "submitted_at", "fullname", "id_card", "birthdate", "tel", "email",
                "house_no", "moo", "soi", "road", "subdistrict", "district", "province", "zipcode",
                "request_type", "detail", "status", "officer", "officer_tel"))  # fmt: skip
    w.writerow((20261400 + 11 * i, f"2026-12-0{1 + i % 5} 08:{15 + i:02d}", a.name, nid_w(p.nid, i + 1),
                p.born.isoformat(), mobile(p.mobile, i + 1), p.email, p.house, p.moo, p.soi, p.road, p.tambon,
                p.amphoe, p.province, p.postal, "คำร้องทั่วไป", REQUESTS[(i + 4) % 5], "รับเรื่องแล้ว",
                CLERK[0], "042-325-176"))  # fmt: skip
    data = ("\ufeff" + out.getvalue()).encode("utf-8")
    raw = message(i, "Export: e-Service submissions (1 row)", "e-Service <noreply@eservice.udoncity.example.go.th>",
                  text="Scheduled export attached.\n", files=(("submissions_export.csv", data, "text/csv"),))  # fmt: skip
    return Case("csv_webform_export", raw, applicant(a, ALL))


def xlsx_app_ticket_export(a: Party, i: int) -> Case:
    """The app's ticket export with one row: ticket_id, created_at, lat/lng, the place, the
    reporter's columns (v1 phone and ID masked), the officer assigned and her line."""
    p = a.p
    masked = i % 2 == 0
    lat, lng = 17.41 + 0.0009 * (i + 1), 102.79 + 0.0008 * (i + 2)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "tickets"
        ws.append(("ticket_id", "created_at", "category", "lat", "lng", "location", "reporter_name",
                   "reporter_id_card", "reporter_phone", "reporter_email", "detail", "status", "assigned_to", "officer_phone"))  # fmt: skip
        ws.append((f"UDC-6912-00{4810 + 13 * i}", f"2026-12-0{2 + i % 4} 19:{22 + i:02d}", "เสียงดังรบกวน", round(lat, 6),
                   round(lng, 6), f"{STREETS[(i + 2) % 4]} ต.หมากแข้ง อ.เมืองอุดรธานี จ.อุดรธานี 41000", a.name,
                   masked_id(p.nid) if masked else "", masked_phone(p.mobile, i) if masked else mobile(p.mobile, i),
                   p.email, "ร้านคาราโอเกะเปิดเพลงเสียงดังเกินเที่ยงคืนทุกวัน", "ส่งต่อหน่วยงาน",
                   "กองสาธารณสุขและสิ่งแวดล้อม", "042-325-190"))  # fmt: skip

    raw = message(i, f"Ticket export UDC-6912-00{4810 + 13 * i}", "UdonCity Connect <no-reply@udonconnect.example.go.th>",
                  text="รายงานเรื่องแจ้ง (ส่งออกอัตโนมัติ) ตามไฟล์แนบ\n",
                  files=(("ticket_export.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    if masked:
        e = applicant(
            a,
            "full_name national_id phone email address",
            national_id=True,
            phone=True,
            address=True,
        )
    else:
        e = applicant(a, "full_name phone email address", address=True)
    return Case("xlsx_app_ticket_export", raw, e)


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (a style needing an e-mail picks people with one).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gforms_notification, (0, 2)),
    (plain_webform_english_keys, (5, 8)),
    (plain_line_chat_pasted, (2, 1)),
    (plain_correction_followup, (4, 9)),
    (plain_app_complaint_ticket, (5, 6)),
    (plain_reply_inline_answers, (3, 8)),
    (html_gforms_notification, (6, 9)),
    (html_webform_thai_translit, (3, 1)),
    (html_esaraban_forward, (7, 1)),
    (html_outlook_correction_reply, (4, 0)),
    (html_app_complaint_notification, (8, 9)),
    (docx_esaraban_letter, (1, 7)),
    (docx_clerk_line_transcript, (6, 4)),
    (docx_correction_form, (5, 2)),
    (pdf_gforms_print, (9, 3)),
    (pdf_esaraban_stamped, (3, 7)),
    (pdf_fillable_webkeys, (0, 6)),
    (xlsx_gforms_export, (8, 5)),
    (csv_webform_export, (2, 4)),
    (xlsx_app_ticket_export, (0, 5)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {
        "plain": "plain",
        "html": "HTML",
        "docx": "Word",
        "pdf": "PDF",
        "xlsx": "sheet",
        "csv": "sheet",
    }[s.__name__.split("_")[0]]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
