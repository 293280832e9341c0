"""A hundred-and-second set of requests written by someone who had not read the readers
(issue 8): ACCESSIBILITY. Deaf people writing through the Thai relay service (TTRS:
ศูนย์บริการถ่ายทอดการสื่อสารแห่งประเทศไทย, its text and video relay) or a sign-language
interpreter (ล่ามภาษามือ, his registration number); blind people writing with a screen
reader or dictation; carers, children, a village health volunteer (อสม.) and interpreters
writing for people with disabilities; the บัตรประจำตัวคนพิการ whose number is the 13-digit
national ID; requests for a ramp and handrail at home, the disability allowance (เบี้ยความ
พิการ), assistive devices (a wheelchair, a white cane, a hearing aid). To เทศบาลเมือง
ศรีสะเกษ, อบต.โพธิ์, the พมจ.สุรินทร์ and เทศบาลนครเชียงราย. Kinds: plain (Gmail, iPhone
dictation, a LINE chat forwarded, Outlook, TTRS's relay transcript), HTML (Gmail, Outlook,
a web form's notice, TTRS's video relay summary), Word (a power of attorney signed by
thumbprint, the allowance form's dotted lines, an association's letter, a device form in
a table), PDF (fillable forms with English and Thai field names, typed letters), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks), sets 31/63 (a service for one person asked by another: the applicant is
the one it is FOR: the deaf or blind person, the person with a disability; never the
carer, child, อสม., interpreter or relay operator who writes), set 37 (where only another's
phone is given, phone `()`: no value, or a flagged one, is right).
- The number on a บัตรประจำตัวคนพิการ is the holder's 13-digit ID: it is her national_id.
- A deaf person's own mobile given "for SMS/LINE only, cannot take calls" is her phone.
- A TTRS operator's name, agent code, the 1414 line, the centre's number, a session or
  ticket number; an interpreter's name, registration (ทะเบียนล่าม), mobile and box; a
  carer's name, ID, home, mobile, box and bank account; an อสม.'s name and phone: never
  the applicant's.
- E-mail: only where the applicant sends from her own box (else `()`).
- Address: where the applicant lives (never the carer's home, the association's office,
  the interpreter's, the relay centre's); province and postal code of that address.
- Birth date only the applicant's; never a card's issue or expiry date, a letter's date,
  an appointment's date. A bank account, a card's issue number, a hearing aid's serial,
  a session number is never an ID or a phone.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@sisaket.example.go.th"
SSK = "ศรีสะเกษ"
SRN = "สุรินทร์"
CR = "เชียงราย"
OFFICE = {
    SSK: "เทศบาลเมืองศรีสะเกษ",
    SRN: "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสุรินทร์",
    CR: "เทศบาลนครเชียงราย",
}

PEOPLE: tuple[Party, ...] = (
    P("นาย", "บุญเรือง", "ศรีสุข", "331010045128", date(1961, 4, 14), "0812604417", "",
      "112", "5", "", "", "โพธิ์", "เมืองศรีสะเกษ", SSK, "33000"),
    P("นางสาว", "ปราณี", "แก้วมณี", "331990022371", date(1990, 8, 2), "0935172284", "pranee.km@gmail.com",
      "27", "3", "", "", "น้ำอ้อม", "กันทรลักษ์", SSK, "33110"),
    P("นาย", "สมศักดิ์", "ทองดี", "332010031456", date(1972, 12, 9), "0869930412", "somsak.td1972@hotmail.com",
      "45/1", "", "", "หลักเมือง", "ในเมือง", "เมืองสุรินทร์", SRN, "32000"),
    P("นาง", "ทองใบ", "ดวงแก้ว", "332050017724", date(1948, 2, 21), "0897714652", "",
      "9", "7", "", "", "กังแอน", "ปราสาท", SRN, "32140"),
    P("นาย", "ประสิทธิ์", "บุญมา", "357010066219", date(1983, 6, 30), "0817642390", "prasit.bm@gmail.com",
      "88/3", "", "", "พหลโยธิน", "เวียง", "เมืองเชียงราย", CR, "57000"),
    P("นางสาว", "อรุณี", "จันทร์เพ็ญ", "357990041682", date(1996, 11, 11), "0624481937", "arunee.jp@gmail.com",
      "140", "2", "", "", "เวียงพางคำ", "แม่สาย", CR, "57130"),
    P("นาง", "สำเนียง", "พรมวงศ์", "333030012875", date(1955, 9, 5), "0848821076", "",
      "61", "9", "", "", "ห้วยเหนือ", "ขุขันธ์", SSK, "33140"),
    P("นาย", "วีระพงษ์", "ศรีทอง", "332030044917", date(1979, 3, 17), "0956613048", "weerapong.st@gmail.com",
      "203", "1", "", "", "ระแงง", "ศีขรภูมิ", SRN, "32110"),
    P("นาย", "จันทร์ดี", "อินต๊ะ", "357060020384", date(1952, 7, 22), "0896627741", "",
      "15", "4", "", "", "เวียง", "เชียงของ", CR, "57140"),
    P("นางสาว", "กาญจนา", "สายทอง", "331040058823", date(1988, 1, 9), "0921486635", "kanjana.st88@gmail.com",
      "7/2", "11", "", "", "กำแพง", "อุทุมพรพิสัย", SSK, "33120"),
)  # fmt: skip

# Carers, children, neighbours: name, ID, mobile, box, home elsewhere, bank account.
CARERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นางสาวสุดารัตน์ ศรีสุข", with_check_digit("331010078845"), "0861593327", "sudarat.ss@gmail.com",
     "19/4 ถนนกสิกรรม ตำบลเมืองใต้ อำเภอเมืองศรีสะเกษ จังหวัดศรีสะเกษ 33000", "020-1-58842-7"),
    ("นายธีรวัฒน์ ดวงแก้ว", with_check_digit("110020093361"), "0817719046", "teerawat.dk@outlook.com",
     "55/210 หมู่บ้านพฤกษาวิลล์ ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพมหานคร 10230", "4071224583"),
    ("นางพิมพ์ใจ อินต๊ะ", with_check_digit("357010052216"), "0935540128", "pimjai.it@gmail.com",
     "301 หมู่ที่ 6 ตำบลรอบเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000", "9861034475"),
)  # fmt: skip

# Sign-language interpreters: name, registration, mobile, box.
INTERPRETERS: tuple[tuple[str, str, str, str], ...] = (
    ("นางสาวเบญจวรรณ มณีรัตน์", "ล.0457/2562", "0899164420", "benjawan.signlang@gmail.com"),
    ("นายอภิชาติ แสงทอง", "ล.1183/2565", "0863307751", "apichat.interpreter@hotmail.com"),
)
# TTRS relay operators: name, agent code.
OPERATORS: tuple[tuple[str, str], ...] = (("คุณวราภรณ์", "TTRS-A2217"), ("คุณกฤษดา", "TTRS-A0954"))
VOLUNTEER = ("นางบัวผัน คำดี", "0887124469")  # อสม.
ASSOCIATION = (
    "สมาคมคนหูหนวกจังหวัดสุรินทร์",
    "88 ถนนจิตรบำรุง ตำบลในเมือง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000",
    "044-513-276",
    "นายสุรพล ชาญเชี่ยว",
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 8, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set102-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def office(a: Party) -> str:
    return OFFICE[a.p.province]


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email or 'no-reply@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th(s: str) -> str:
    """Thai digits, as some write them."""
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def want(a: Party, keys: str, *, phone: bool, email: bool) -> dict[str, tuple[str, ...]]:
    """The one the request is for: her phone only where it is given as hers, her e-mail
    only where she sends from her own box."""
    e = exp(a, keys)
    if not phone:
        e["phone"] = ()
    if not (email and a.p.email):
        if email:
            e.pop("email", None)
        else:
            e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_ttrs_text_relay": "the deaf caller; never the operator, agent code, 1414, the centre",
    "plain_deaf_own_short_thai": "the deaf sender herself; never the interpreter she names",
    "plain_blind_dictation_iphone": "the blind sender himself (card number = ID); never card dates",
    "plain_line_chat_volunteer": "the person in a wheelchair; never the อสม. or the carer (phone ())",
    "plain_interpreter_outlook": "the deaf man; never the interpreter (registration, mobile, box)",
    "html_gmail_daughter_ramp": "the mother; never the daughter who writes (her ID, home, phone)",
    "html_outlook_foundation_blind": "the blind person; never the social worker or the foundation",
    "html_webform_assistive_device": "the ผู้ขอรับอุปกรณ์ section; never the ผู้กรอกแทน section",
    "html_ttrs_video_relay_summary": "the deaf caller; never the interpreter or the session",
    "docx_poa_thumbprint_blind": "the ผู้มอบอำนาจ (blind, thumbprint); never the ผู้รับมอบ or witnesses",
    "docx_allowance_form_dotted": "the คนพิการ on the dotted lines; never the ผู้ยื่นคำขอแทน",
    "docx_association_letter": "the deaf member; never the association or its president",
    "docx_device_form_table": "the applicant row of the table; never the ผู้ช่วยเหลือ row",
    "pdf_fillable_card_english_names": "the applicant (txtApp*); never the guardian (txtGdn*)",
    "pdf_typed_son_ramp_letter": "the parent; never the son who writes and signs (block top right)",
    "pdf_fillable_allowance_date_parts": "the applicant herself (blind, filled with a screen reader)",
    "pdf_typed_interpreter_booking": "the deaf person; never the interpreter's block",
    "xlsx_device_request_two_sheets": "the sheet คนพิการ; never the sheet ผู้ดูแล",
    "xlsx_ttrs_call_log": "the caller (ผู้ใช้บริการ); never the operator rows",
    "xlsx_carer_allowance_account": "the disabled person; never the carer, her account",
}


# --- plain ---------------------------------------------------------------------------------


def plain_ttrs_text_relay(a: Party, i: int) -> Case:
    """TTRS's operator relays a deaf caller's typed message by mail: the caller's words
    quoted, her ID and home, her mobile for SMS; the operator's name and code, 1414."""
    p = a.p
    op, code = OPERATORS[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่{office(a)}\n\n"
        f"ศูนย์บริการถ่ายทอดการสื่อสารแห่งประเทศไทย (TTRS) ขอส่งข้อความจากผู้ใช้บริการคนหูหนวก "
        f"ผ่านบริการถ่ายทอดการสื่อสารด้วยข้อความ (TTRS Message) หมายเลขรายการ {20261200417 + i} ดังนี้\n\n"
        f'"ฉัน {a.name} หูหนวก บัตรคนพิการ เลข {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} '
        f"บ้าน {home(a, i)} อยากขอต่อบัตรคนพิการ บัตรหมดอายุ 3 มกราคม 2570 "
        f'ทำยังไง ต้องไปที่ไหน วันไหน ฉันโทรคุยไม่ได้ ส่ง SMS มาที่ {mobile(p.mobile, i)} ขอบคุณ"\n\n'
        "หากต้องการตอบกลับผู้ใช้บริการผ่านล่าม โทร 1414 หรือ 02-029-1414 (ตลอด 24 ชั่วโมง)\n\n"
        f"{op}\nเจ้าหน้าที่ถ่ายทอดการสื่อสาร รหัส {code}\nศูนย์บริการถ่ายทอดการสื่อสารแห่งประเทศไทย\n"
    )
    raw = message(
        i,
        f"[TTRS] ข้อความจากผู้ใช้บริการ #{20261200417 + i}",
        f"TTRS Relay <relay{i}@ttrs.example.or.th>",
        text=text,
    )
    return Case("plain_ttrs_text_relay", raw, want(a, ALL, phone=True, email=False))


def plain_deaf_own_short_thai(a: Party, i: int) -> Case:
    """A deaf woman writes herself in the short Thai of a signer (Thai Sign Language's
    order): she wants an interpreter booked for a hospital visit; she names the one she
    knows (his mobile); her own lines at the end."""
    p = a.p
    it, _reg, im, _ = INTERPRETERS[i % 2]
    text = (
        f"สวัสดี ค่ะ\nฉัน หูหนวก ต้องการ ล่ามภาษามือ ไป โรงพยาบาล วันที่ 16 ธันวาคม 2569 เวลา 9 โมง "
        f"หมอ นัด ตรวจ ตา ฉัน ไป คนเดียว\nล่าม ที่ ฉัน รู้จัก {it} เบอร์ {mobile(im, i)} ได้ไหม\n"
        f"ฉัน โทร ไม่ได้ ส่ง ข้อความ มา ได้\n\nชื่อ {a.name}\nเลข บัตร ประชาชน {nid_w(p.nid, i + 1)}\n"
        f"เกิด {born_th(p.born, i + 2)}\nบ้าน {home(a, i + 1)}\nมือถือ (SMS/LINE) {mobile(p.mobile, i + 1)}\n\nขอบคุณ ค่ะ\n"
    )
    raw = message(i, "ขอ ล่ามภาษามือ ไป โรงพยาบาล", box(a), text=text)
    return Case("plain_deaf_own_short_thai", raw, want(a, ALL, phone=True, email=True))


def plain_blind_dictation_iphone(a: Party, i: int) -> Case:
    """A blind man dictates on his iPhone (VoiceOver) for a white cane and a talking
    watch: his card number (the same 13 digits), the card's issue and expiry dates, his
    home; Thai digits where dictation wrote them."""
    p = a.p
    text = (
        f"เรียน {office(a)}\n{me(a)}ชื่อ{a.name} เป็นคนพิการทางการเห็น ตาบอดสนิททั้งสองข้าง "
        f"ขอรับอุปกรณ์เครื่องช่วยคนพิการ ไม้เท้าขาว 1 อัน และนาฬิกาพูดได้ 1 เรือน{ending(a)}\n"
        f"เลขประจำตัวคนพิการ {th(nid_w(p.nid, i))}\n"
        f"บัตรออกวันที่ {thai_day(date(2023, 5, 8 + i % 10))} หมดอายุ {thai_day(date(2031, 5, 7 + i % 10))}\n"
        f"เกิดวันที่ {th(born_th(p.born, i + 1))}\nที่อยู่ {home(a, i + 2)}\n"
        f"โทร {th(mobile(p.mobile, i + 2))} รับสายได้{ending(a)} {me(a)}ใช้โปรแกรมอ่านหน้าจอ ถ้าส่งไฟล์ขอเป็นไฟล์ Word ไม่ใช่รูปภาพ\n"
        "ขอบคุณ\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอไม้เท้าขาว", box(a), text=text)
    return Case("plain_blind_dictation_iphone", raw, want(a, ALL, phone=True, email=True))


def plain_line_chat_volunteer(a: Party, i: int) -> Case:
    """An อสม. forwards a LINE chat (the export's text) with a carer about a ramp for
    a woman in a wheelchair: the woman's name, card number and home in the chat; only the
    อสม.'s and the carer's phones."""
    p = a.p
    vn, vm = VOLUNTEER
    cn, _, cm, _, _, _ = CARERS[i % 3]
    text = (
        f"เรียน {office(a)}\nส่งต่อข้อความไลน์ ขอทางลาดให้คนพิการค่ะ\n\n"
        f"[LINE] ประวัติการแชทกับ {cn.split()[0]}\n"
        f"บันทึกเมื่อ: 2569/12/0{1 + i % 8} 19:42\n\n2569/12/0{1 + i % 8}(อ.)\n"
        f"18:03\t{cn.split()[0]}\tพี่คะ {a.name} นั่งวีลแชร์แล้ว ออกจากบ้านไม่ได้ ขั้นบันไดสูง\n"
        f"18:05\t{cn.split()[0]}\tบัตรคนพิการ {nid_w(p.nid, i + 2)}\n"
        f"18:05\t{cn.split()[0]}\tบ้านเลขที่ {home(a, i)}\n"
        f"18:07\t{vn.split()[0]}\tโอเค เดี๋ยวพี่ส่งเรื่องให้ ขอเบอร์ติดต่อ\n"
        f"18:09\t{cn.split()[0]}\t{mobile(cm, i)} เบอร์หนูเองค่ะ\n"
        f"18:10\t{vn.split()[0]}\t[สติกเกอร์]\n\n"
        f"ฝากพิจารณาด้วยค่ะ\n{vn} อสม. โทร {mobile(vm, i)}\n"
    )
    raw = message(i, "Fw: ขอทางลาดคนพิการ (ไลน์)", "บัวผัน <buaphan.kd@gmail.com>", text=text)
    return Case("plain_line_chat_volunteer", raw, want(a, NO_BIRTH, phone=False, email=False))


def plain_interpreter_outlook(a: Party, i: int) -> Case:
    """A sign-language interpreter writes from Outlook for a deaf man who asks his
    allowance's arrears: the man's ID, birth date, home and SMS number; the interpreter's
    registration, mobile and box under her name."""
    p = a.p
    it, reg, im, ib = INTERPRETERS[(i + 1) % 2]
    text = (
        f"เรียน หัวหน้าฝ่ายสวัสดิการสังคม {office(a)}\n\n"
        f"ดิฉัน/กระผม {it} ล่ามภาษามือ ทะเบียนเลขที่ {reg} ขอแปลความประสงค์ของ{a.name} (คนหูหนวก) ดังนี้\n"
        f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nเกิดวันที่ {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i + 1)}\n"
        "ไม่ได้รับเงินเบี้ยความพิการเดือนตุลาคมและพฤศจิกายน 2569 (เดือนละ 1,000 บาท) ขอให้ตรวจสอบและโอนย้อนหลัง\n"
        f"ติดต่อ{a.name} ทาง SMS เท่านั้น {mobile(p.mobile, i + 2)}\n\n"
        f"ขอแสดงความนับถือ\n{it}\nล่ามภาษามือ ทะเบียน {reg}\nมือถือ {mobile(im, i)}\n"
        f"\n-----Original Message-----\nFrom: {it}\nSent: 1 ธันวาคม 2569\nSubject: ร่าง\n> นัดแปล 10.00 น.\n"
    )
    raw = message(i, "แปลแทนคนหูหนวก: เบี้ยความพิการค้างจ่าย", f"{it} <{ib}>", text=text)
    return Case("plain_interpreter_outlook", raw, want(a, ALL, phone=True, email=False))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_daughter_ramp(a: Party, i: int) -> Case:
    """A daughter's (son's) Gmail asks the home's adaptation for a mother in a wheelchair
    (ramp, handrail, bathroom): the mother's lines as a list; the writer's own ID, home
    elsewhere and phone; her Gmail signature."""
    p = a.p
    cn, cid, cm, cb, chome, _ = CARERS[(0, 1)[i % 2]]
    rel = "มารดา" if p.title != "นาย" else "บิดา"
    lines = [f"เรียน {office(a)}", "",
             f"ข้าพเจ้า {cn} เลขประจำตัวประชาชน {nid_w(cid, i)} อยู่ที่ {chome} ขอยื่นคำร้องแทน{rel} "
             "ขอรับการปรับปรุงสภาพที่อยู่อาศัยสำหรับคนพิการ (ทางลาด ราวจับ ห้องน้ำ) ปีงบประมาณ 2570", "",
             f"<b>ข้อมูล{rel} (คนพิการ)</b>",
             f"<ul><li>ชื่อ-สกุล: {a.name}</li><li>เลขบัตรประจำตัวคนพิการ: {nid_w(p.nid, i + 1)}</li>"
             f"<li>วัน/เดือน/ปีเกิด: {born_th(p.born, i)}</li><li>ที่อยู่: {home(a, i)}</li>"
             "<li>ประเภทความพิการ: ทางการเคลื่อนไหว (ใช้รถเข็น)</li></ul>",
             f"{rel}ไม่มีโทรศัพท์ ติดต่อข้าพเจ้าได้ที่ {mobile(cm, i + 1)}", "", "ขอบคุณค่ะ/ครับ", "",
             f'<div class="gmail_signature">-- <br>{cn}<br>{mobile(cm, i)}</div>']  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(
        i,
        f"ขอปรับสภาพบ้านให้{rel} (คนพิการ)",
        f"{cn[3:] if cn.startswith('นาย') else cn[6:]} <{cb}>",
        html=html,
    )
    return Case("html_gmail_daughter_ramp", raw, want(a, ALL, phone=False, email=False))


def html_outlook_foundation_blind(a: Party, i: int) -> Case:
    """A social worker of a foundation for the blind writes from Outlook for a blind
    member who wants braille training and a screen reader's licence: the member's lines
    (his own mobile, he answers calls); the foundation's signature with its line and
    registration number."""
    p = a.p
    paras = [f"เรียน {office(a)}", "",
             f"มูลนิธิฯ ขอส่งความประสงค์ของสมาชิก คือ {a.name} คนพิการทางการเห็น เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
             f"เกิดวันที่ {born_th(p.born, i + 1)} ภูมิลำเนา {home(a, i + 1)}",
             "ขอรับการฝึกอักษรเบรลล์และโปรแกรมอ่านหน้าจอ (NVDA) พร้อมคอมพิวเตอร์ตามสิทธิกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ",
             f"ผู้รับบริการรับสายเองได้ที่ {mobile(p.mobile, i)} (ใช้ VoiceOver)", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = ('<table style="border-top:2px solid #1f4e79"><tr><td><p class="MsoNormal"><b>นางสาวชลธิชา วงศ์ใหญ่</b><br>'
           "นักสังคมสงเคราะห์ มูลนิธิเพื่อคนตาบอดภาคอีสาน<br>ทะเบียนมูลนิธิ ศก.0157 เลขผู้เสียภาษี 0993000412275<br>"
           "321 ถนนเทพา ตำบลเมืองเหนือ อำเภอเมืองศรีสะเกษ จังหวัดศรีสะเกษ 33000<br>"
           "โทร. 045-612-884 มือถือ 086-224-9051</p></td></tr></table>")  # fmt: skip
    raw = message(i, "ขอรับการฝึกเบรลล์/โปรแกรมอ่านหน้าจอ ให้สมาชิกมูลนิธิ", "Chonticha W. <chonticha@blindfound.example.or.th>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_foundation_blind", raw, want(a, ALL, phone=True, email=False))


def html_webform_assistive_device(a: Party, i: int) -> Case:
    """A web form's notice (ขอรับอุปกรณ์เครื่องช่วยคนพิการ) as a label/value table: the
    ผู้ขอรับอุปกรณ์ section, then ผู้กรอกแบบฟอร์มแทน (a carer's name, ID, phone, box),
    the device and the form's reference."""
    p = a.p
    cn, cid, cm, cb, _, _ = CARERS[(1, 2)[i % 2]]
    rows = [("<b>ส่วนที่ 1 ผู้ขอรับอุปกรณ์ (คนพิการ)</b>", ""), ("ชื่อ-นามสกุล", a.name),
            ("เลขประจำตัวประชาชน / เลขบัตรคนพิการ", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่ปัจจุบัน", home(a, i)), ("เบอร์โทรศัพท์คนพิการ", "-"),
            ("อุปกรณ์ที่ขอ", ("รถเข็นนั่งคนพิการ ชนิดพับได้", "เครื่องช่วยฟัง ชนิดทัดหลังหู (2 ข้าง)")[i % 2]),
            ("<b>ส่วนที่ 2 ผู้กรอกแบบฟอร์มแทน</b>", ""), ("ชื่อผู้กรอก", cn), ("เลขประจำตัวประชาชนผู้กรอก", nid_w(cid, i + 1)),
            ("โทรศัพท์ผู้กรอก", mobile(cm, i)), ("อีเมลผู้กรอก", cb), ("ความสัมพันธ์", "บุตร"),
            ("เลขที่อ้างอิง", f"AD-2569-{40812 + i}")]  # fmt: skip
    html = ("<html><body><p>มีผู้ส่งแบบฟอร์มออนไลน์ใหม่: <b>ขอรับอุปกรณ์เครื่องช่วยคนพิการ</b></p>"
            '<table border="1" cellpadding="4">' + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
            + "</table><p>ส่งโดยระบบแบบฟอร์มออนไลน์ กรุณาอย่าตอบกลับอีเมลนี้</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[แบบฟอร์มออนไลน์] ขอรับอุปกรณ์เครื่องช่วยคนพิการ #{40812 + i}",
        "แบบฟอร์มออนไลน์ <noreply@forms.example.go.th>",
        html=html,
    )
    return Case("html_webform_assistive_device", raw, want(a, ALL, phone=False, email=False))


def html_ttrs_video_relay_summary(a: Party, i: int) -> Case:
    """TTRS's video relay (VRS) summary mail: the session's number and times, the
    interpreter's code, then the caller's details in a two-column table (mobile for
    video calls), and what she asks (a hearing aid's repair)."""
    p = a.p
    op, code = OPERATORS[(i + 1) % 2]
    rows = [("หมายเลขการสนทนา", f"VRS-{66120300 + 17 * i}"), ("เวลาเริ่ม - สิ้นสุด", "14:02 - 14:19"), ("ล่ามผู้ให้บริการ", f"{op} ({code})"),
            ("ชื่อผู้ใช้บริการ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่", home(a, i + 2)), ("หมายเลขวิดีโอคอล/มือถือ", mobile(p.mobile, i)),
            ("เรื่อง", f"เครื่องช่วยฟังเสีย (หมายเลขเครื่อง SN 7730{41902 + i}) ขอส่งซ่อมหรือขอรับเครื่องใหม่")]  # fmt: skip
    html = ('<div style="font-family:Tahoma"><h3>สรุปการให้บริการล่ามภาษามือทางวิดีโอ (TTRS Video)</h3>'
            f"<p>เรียน {office(a)}</p><table>" + "".join(f"<tr><th align=left>{k}</th><td>{v}</td></tr>" for k, v in rows)
            + "</table><p>ติดต่อผู้ใช้บริการผ่านล่าม โทร 1414</p><p>TTRS Call Center 02-029-1414</p></div>\n")  # fmt: skip
    raw = message(
        i,
        f"TTRS Video: สรุปการสนทนา VRS-{66120300 + 17 * i}",
        "TTRS Video <vrs@ttrs.example.or.th>",
        html=html,
    )
    return Case("html_ttrs_video_relay_summary", raw, want(a, ALL, phone=True, email=False))


# --- Word ----------------------------------------------------------------------------------


def docx_poa_thumbprint_blind(a: Party, i: int) -> Case:
    """A blind man's หนังสือมอบอำนาจ (read to him, signed by thumbprint) to his carer to
    collect his allowance and devices: the ผู้มอบ's lines, the ผู้รับมอบ's, two witnesses."""
    p = a.p
    cn, cid, _, _, chome, _ = CARERS[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"\t\t\t\tเขียนที่ {office(a)}\n\t\t\t\tวันที่ {thai_day(date(2026, 12, 1 + i))}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2026 - p.born.year} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i)} "
            f"ขอมอบอำนาจให้ {cn} เลขประจำตัวประชาชน {nid_w(cid, i + 1)} อยู่บ้านเลขที่ {chome} "
            "เป็นผู้มีอำนาจรับเงินเบี้ยความพิการและรับอุปกรณ์เครื่องช่วยคนพิการแทนข้าพเจ้า"
        )
        d.add_paragraph("ข้าพเจ้าเป็นคนพิการทางการเห็น ได้ฟังข้อความข้างต้นที่อ่านให้ฟังแล้ว จึงพิมพ์ลายนิ้วมือไว้เป็นสำคัญ")
        d.add_paragraph(f"(ลายพิมพ์นิ้วหัวแม่มือซ้าย)........................ผู้มอบอำนาจ\n({a.name})")
        d.add_paragraph(f"ลงชื่อ........................ผู้รับมอบอำนาจ\n({cn})")
        d.add_paragraph(
            "ลงชื่อ........................พยาน\n(นายสมหมาย ทองมา)\nลงชื่อ........................พยาน/ผู้อ่านให้ฟัง\n(นางสาวรัชนี บุญล้อม)"
        )

    raw = message(i, "หนังสือมอบอำนาจ (คนพิการทางการเห็น)", f"{cn} <{CARERS[i % 3][3]}>",
                  text=f"เรียน {office(a)}\nแนบหนังสือมอบอำนาจของ{a.name}\n",
                  files=(("หนังสือมอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_thumbprint_blind", raw, want(a, ALL, phone=False, email=False))


def docx_allowance_form_dotted(a: Party, i: int) -> Case:
    """The คำขอลงทะเบียนรับเงินเบี้ยความพิการ typed over dotted lines: the คนพิการ's
    lines (his phone), then the ผู้ยื่นคำขอแทน block (the carer's name, ID, phone) and
    the bank account into which to pay."""
    p = a.p
    cn, cid, cm, _, chome, acct = CARERS[(i + 1) % 3]
    d_ = "." * 8

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ")
        d.add_paragraph(f"ปีงบประมาณ พ.ศ. 2570\t\tเขียนที่ {office(a)}")
        d.add_paragraph(f"ข้าพเจ้า (นาย/นาง/นางสาว){d_}{a.name}{d_}เกิดวันที่{d_}{born_th(p.born, i + 1)}{d_}"
                        f"สัญชาติ{d_}ไทย{d_}")  # fmt: skip
        d.add_paragraph(f"มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่{d_}{home(a, i + 1)}{d_}")
        d.add_paragraph(
            f"โทรศัพท์{d_}{mobile(p.mobile, i)}{d_}เลขประจำตัวประชาชน{d_}{nid_w(p.nid, i + 2)}{d_}"
        )
        d.add_paragraph(f"ประเภทความพิการ{d_}ทางการได้ยินหรือสื่อความหมาย{d_}")
        d.add_paragraph("กรณีคนพิการเป็นผู้เยาว์ คนไร้ความสามารถ หรือไม่สามารถยื่นคำขอได้ ผู้ยื่นคำขอแทน")
        d.add_paragraph(
            f"ชื่อ-สกุล{d_}{cn}{d_}เลขประจำตัวประชาชน{d_}{nid_w(cid, i)}{d_}โทรศัพท์{d_}{mobile(cm, i + 1)}{d_}"
        )
        d.add_paragraph(f"ที่อยู่{d_}{chome}{d_}")
        d.add_paragraph(f"☑ โอนเข้าบัญชีเงินฝากธนาคารในนามผู้ดูแล ธนาคาร กรุงไทย เลขที่บัญชี {acct}")
        d.add_paragraph(f"ลงชื่อ{d_}ผู้ยื่นคำขอ\n({a.name})\nลงชื่อ{d_}ผู้ยื่นคำขอแทน\n({cn})")

    raw = message(i, "แบบคำขอเบี้ยความพิการ ปี 2570", f"{cn} <{CARERS[(i + 1) % 3][3]}>",
                  text="ส่งแบบคำขอที่กรอกแล้วตามไฟล์แนบค่ะ\n", files=(("เบี้ยคนพิการ2570.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_allowance_form_dotted", raw, want(a, ALL, phone=True, email=False))


def docx_association_letter(a: Party, i: int) -> Case:
    """A deaf association's letter on letterhead (ที่ สคหส. .../2569) asks an interpreter
    and a hearing-aid check for a member: the member's lines in the body (SMS number),
    the association's office and line, its president who signs."""
    p = a.p
    name, addr, line, pres = ASSOCIATION

    def build(d: Any) -> None:
        d.add_paragraph(f"{name}\n{addr}\nโทร {line}")
        d.add_paragraph(f"ที่ สคหส. {41 + i}/2569\t\t\t\t{5 + i} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอความอนุเคราะห์ตรวจประเมินเพื่อรับเครื่องช่วยฟังให้สมาชิก\nเรียน ผู้อำนวยการ{office(a)}"
        )
        d.add_paragraph(
            f"ด้วย{a.name} สมาชิกสมาคมฯ เลขที่สมาชิก {1520 + i} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i + 2)} เป็นคนพิการทางการได้ยิน "
            "มีความประสงค์ขอรับการตรวจประเมินเพื่อรับเครื่องช่วยฟัง และขอล่ามภาษามือในวันนัด"
        )
        d.add_paragraph(f"ผู้ขอสามารถติดต่อทางข้อความ (SMS/LINE) ได้ที่ {mobile(p.mobile, i + 1)}")
        d.add_paragraph(f"จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n({pres})\nนายก{name}")

    raw = message(i, "หนังสือสมาคมคนหูหนวก ขอเครื่องช่วยฟังให้สมาชิก", f"{name} <deafsurin@example.or.th>",
                  text="เรียน ผู้อำนวยการ\nสมาคมฯ ขอส่งหนังสือตามแนบ\n", files=(("หนังสือสมาคม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_association_letter", raw, want(a, ALL, phone=True, email=False))


def docx_device_form_table(a: Party, i: int) -> Case:
    """A device form as a Word table (label, value), filled by the applicant herself:
    her row block, then a ผู้ช่วยเหลือ/ผู้ติดต่อแทน block (a carer's name and phone)."""
    p = a.p
    cn, _, cm, _, _, _ = CARERS[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอรับกายอุปกรณ์/เครื่องช่วยคนพิการ")
        rows = [("ชื่อ-สกุล (ผู้ขอ)", a.name), ("เลขประจำตัวประชาชน (ตามบัตรคนพิการ)", nid_w(p.nid, i + 1)),
                ("วัน เดือน ปี เกิด (พ.ศ.)", born_th(p.born, i + 2)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
                ("โทรศัพท์มือถือผู้ขอ", mobile(p.mobile, i + 3)), ("อีเมล", p.email or "-"),
                ("อุปกรณ์ที่ขอ", "รถเข็นนั่งคนพิการ (Wheelchair) ขนาดเบาะ 18 นิ้ว"),
                ("ผู้ช่วยเหลือ/ผู้ติดต่อแทน", cn), ("โทรศัพท์ผู้ช่วยเหลือ", mobile(cm, i))]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text = k
            t.cell(r, 1).text = v
        d.add_paragraph(f"ลงชื่อ.........................ผู้ขอ\n({a.name})")

    raw = message(i, "ขอรถเข็นคนพิการ", box(a), text=f"ส่งแบบคำขอรับอุปกรณ์{ending(a)}\n",
                  files=(("แบบคำขอกายอุปกรณ์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_device_form_table", raw, want(a, ALL, phone=True, email=True))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_card_english_names(a: Party, i: int) -> Case:
    """A fillable คำขอมีบัตรประจำตัวคนพิการ whose fields are named in English (txtApp*,
    txtGdn*): the applicant's section (no phone), the guardian's (ผู้ดูแล: name, ID,
    phone, home)."""
    p = a.p
    cn, cid, cm, _, chome, _ = CARERS[(i + 2) % 3]
    labels = [(40, 18, "คำขอมีบัตรประจำตัวคนพิการ"), (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "ประเภทความพิการ"),
              (20, 90, "ผู้ดูแลคนพิการ ชื่อ-สกุล"), (20, 100, "เลขประจำตัวประชาชน"), (120, 100, "โทรศัพท์"),
              (20, 110, "ที่อยู่ผู้ดูแล")]  # fmt: skip
    fields = [Field("txtAppName", a.name, 45, 40, 100), Field("txtAppID", p.nid, 60, 50, 55, comb=13),
              Field("txtAppDOB", born_th(p.born, i), 135, 50, 45), Field("txtAppAddr", home(a, i + 1), 35, 60, 160),
              Field("txtAppType", "ทางสติปัญญา", 55, 70, 100), Field("txtGdnName", cn, 70, 90, 100),
              Field("txtGdnID", nid_w(cid, i), 60, 100, 55), Field("txtGdnTel", mobile(cm, i), 135, 100, 45),
              Field("txtGdnAddr", chome, 45, 110, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอมีบัตรคนพิการ (ผู้ดูแลยื่นแทน)", f"{cn} <{CARERS[(i + 2) % 3][3]}>",
                  text="แนบคำขอมีบัตรประจำตัวคนพิการ\n", files=(("disability_card_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_card_english_names", raw, want(a, ALL, phone=False, email=False))


def pdf_typed_son_ramp_letter(a: Party, i: int) -> Case:
    """A son's typed letter (PDF) for a ramp over the drain in front of his paralysed
    father's house: his own block top right, the father's lines in the body."""
    p = a.p
    cn, cid, cm, cb, chome, _ = CARERS[1]
    paras: list[tuple[float, str]] = [(115, chome[: chome.rfind(" กรุงเทพ")]), (115, chome[chome.rfind("กรุงเทพ"):]),
             (0, ""), (115, f"{8 + i % 15} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอทำทางลาดข้ามรางระบายน้ำหน้าบ้านคนพิการ"), (20, f"เรียน นายก{office(a)}" if "เทศบาล" in office(a) else f"เรียน ผู้อำนวยการ{office(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {cn} เลขประจำตัวประชาชน {nid_w(cid, i)} เป็นบุตรของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
                  f"เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i + 1)} ซึ่งเป็นอัมพาตครึ่งซีกและใช้รถเข็น "
                  "ขอให้ทำทางลาดข้ามรางระบายน้ำหน้าบ้าน กว้าง 1.2 เมตร ความชัน 1:12 เพื่อให้รถเข็นออกสู่ถนนได้"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(cm, i + 1)} หรือ {cb}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({cn})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอทางลาดหน้าบ้านคนพิการ", f"Teerawat D. <{cb}>", text="เรียน เจ้าหน้าที่\nแนบหนังสือครับ\n",
                  files=(("หนังสือขอทางลาด.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_son_ramp_letter", raw, want(a, ALL, phone=False, email=False))


def pdf_fillable_allowance_date_parts(a: Party, i: int) -> Case:
    """A fillable form (Thai field names) filled by a blind woman with a screen reader:
    the ID as a comb, the birth date in three B.E. parts, her mobile and box; the date
    she signed in three parts too."""
    p = a.p
    be = p.born.year + 543
    labels = [(40, 18, "แบบคำขอรับสวัสดิการคนพิการ"), (20, 40, "ชื่อ-นามสกุล"), (20, 50, "เลขประจำตัวประชาชน"),
              (20, 60, "เกิดวันที่      เดือน            พ.ศ."), (20, 70, "ที่อยู่"), (20, 80, "โทรศัพท์มือถือ"),
              (110, 80, "อีเมล"), (20, 100, "ยื่นวันที่      เดือน            พ.ศ.")]  # fmt: skip
    fields = [Field("ชื่อนามสกุล", a.name, 50, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("วันเกิด", str(p.born.day), 40, 60, 10), Field("เดือนเกิด", MONTHS[p.born.month - 1], 60, 60, 25),
              Field("ปีเกิด", str(be), 95, 60, 20), Field("ที่อยู่", home(a, i), 35, 70, 160),
              Field("โทรศัพท์", mobile(p.mobile, i), 50, 80, 50), Field("อีเมล", p.email, 125, 80, 70),
              Field("วันยื่น", str(3 + i), 40, 100, 10), Field("เดือนยื่น", "ธันวาคม", 60, 100, 25), Field("ปียื่น", "2569", 95, 100, 20)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ส่งแบบคำขอสวัสดิการคนพิการ", box(a), text=f"กรอกด้วยโปรแกรมอ่านหน้าจอ หากผิดพลาดขออภัย{ending(a)}\n",
                  files=(("คำขอสวัสดิการ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_allowance_date_parts", raw, want(a, ALL, phone=True, email=True))


def pdf_typed_interpreter_booking(a: Party, i: int) -> Case:
    """An interpreter's typed request (PDF) to book the service for a deaf client at the
    district court: her block top left (registration, mobile), the client's lines below
    (his SMS number)."""
    p = a.p
    it, reg, im, ib = INTERPRETERS[i % 2]
    paras: list[tuple[float, str]] = [(20, f"{it} ล่ามภาษามือ ทะเบียน {reg}"), (20, f"มือถือ {mobile(im, i)} อีเมล {ib}"), (0, ""),
             (20, "เรื่อง ขอรับบริการล่ามภาษามือ (เบิกค่าตอบแทนล่าม)"), (20, f"เรียน {office(a)}"), (0, ""),
             (30, f"ด้วย {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  f"อยู่บ้านเลขที่ {home(a, i + 2)} เป็นคนพิการทางการได้ยิน มีนัดไกล่เกลี่ยที่ศาลจังหวัด "
                  f"วันที่ {18 + i % 10} ธันวาคม 2569 เวลา 09.30 น. ขอรับบริการล่ามภาษามือ 3 ชั่วโมง"),
             (30, f"ผู้รับบริการติดต่อได้ทาง SMS ที่หมายเลข {mobile(p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({it})"), (108, "ล่ามภาษามือ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอรับบริการล่ามภาษามือ", f"{it} <{ib}>", text="เรียน เจ้าหน้าที่\nแนบหนังสือขอรับบริการล่าม\n",
                  files=(("ขอล่าม.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_interpreter_booking", raw, want(a, ALL, phone=True, email=False))


# --- sheets --------------------------------------------------------------------------------


def xlsx_device_request_two_sheets(a: Party, i: int) -> Case:
    """A sheet per person: คนพิการ (label, value), ผู้ดูแล (label, value: the carer's
    name, ID, phone, home)."""
    p = a.p
    cn, cid, cm, _, chome, _ = CARERS[i % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คนพิการ"
        for row in (("ขอรับเครื่องช่วยฟัง",), ("ชื่อ-สกุล", a.name), ("เลขบัตรคนพิการ", nid_w(p.nid, i)),
                    ("วันเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home(a, i)), ("โทรศัพท์", "ไม่มี (หูหนวก)")):  # fmt: skip
            ws.append(row)
        ws2 = book.create_sheet("ผู้ดูแล")
        for row in (
            ("ชื่อ-สกุล", cn),
            ("เลขประจำตัวประชาชน", nid_w(cid, i + 1)),
            ("โทรศัพท์", mobile(cm, i)),
            ("ที่อยู่", chome),
        ):
            ws2.append(row)

    raw = message(i, "ขอเครื่องช่วยฟัง", f"{cn} <{CARERS[i % 3][3]}>", text="แนบไฟล์ excel ค่ะ\n",
                  files=(("ขอเครื่องช่วยฟัง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_device_request_two_sheets", raw, want(a, ALL, phone=False, email=False))


def xlsx_ttrs_call_log(a: Party, i: int) -> Case:
    """TTRS's export of a relay call to the office: a head block (ticket, operator, the
    centre's line), the caller's rows, then the conversation's lines with times."""
    p = a.p
    op, code = OPERATORS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "CallLog"
        ws.append(("TTRS Call Log", f"Ticket {880410 + i}"))
        ws.append(("เจ้าหน้าที่", op, "รหัส", code, "โทร", "02-029-1414"))
        ws.append(())
        ws.append(("ผู้ใช้บริการ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("เบอร์ติดต่อ (SMS)", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("เวลา", "ผู้พูด", "ข้อความ"))
        ws.append(("10:14", "ผู้ใช้บริการ", "ขอสมัครรับเบี้ยความพิการ ย้ายบ้านมาใหม่"))
        ws.append(("10:16", "เจ้าหน้าที่", "ส่งเรื่องให้หน่วยงานแล้ว เลขรับ 1207"))

    raw = message(i, f"TTRS Call Log {880410 + i}", "TTRS <calllog@ttrs.example.or.th>", text="ส่งบันทึกการสนทนาตามแนบ\n",
                  files=(("calllog.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_ttrs_call_log", raw, want(a, ALL, phone=True, email=False))


def xlsx_carer_allowance_account(a: Party, i: int) -> Case:
    """A carer's sheet asking the allowance be paid into her account: a header row and
    one row each for the คนพิการ and the ผู้ดูแล (her bank and account number)."""
    p = a.p
    cn, cid, cm, cb, chome, acct = CARERS[(i + 2) % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("ขอเปลี่ยนช่องทางรับเงินเบี้ยความพิการ",))
        ws.append(
            ("สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทร", "ธนาคาร", "เลขบัญชี")
        )
        ws.append(
            ("คนพิการ", a.name, nid_w(p.nid, i + 1), born_th(p.born, i), home(a, i + 1), "", "", "")
        )
        ws.append(("ผู้ดูแล", cn, nid_w(cid, i), "", chome, mobile(cm, i + 1), "กรุงไทย", acct))

    raw = message(i, "ขอเปลี่ยนบัญชีรับเบี้ยคนพิการ", f"{cn} <{cb}>", text="แนบไฟล์\n",
                  files=(("บัญชีรับเงิน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_carer_allowance_account", raw, want(a, ALL, phone=False, email=False))


Style = Callable[[Party, int], Case]
STYLES: tuple[Style, ...] = (
    plain_ttrs_text_relay, plain_deaf_own_short_thai, plain_blind_dictation_iphone,
    plain_line_chat_volunteer, plain_interpreter_outlook,
    html_gmail_daughter_ramp, html_outlook_foundation_blind, html_webform_assistive_device,
    html_ttrs_video_relay_summary,
    docx_poa_thumbprint_blind, docx_allowance_form_dotted, docx_association_letter, docx_device_form_table,
    pdf_fillable_card_english_names, pdf_typed_son_ramp_letter, pdf_fillable_allowance_date_parts,
    pdf_typed_interpreter_booking,
    xlsx_device_request_two_sheets, xlsx_ttrs_call_log, xlsx_carer_allowance_account,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two people (two_each: a different pair per style)."""
    return two_each(STYLES, PEOPLE)
