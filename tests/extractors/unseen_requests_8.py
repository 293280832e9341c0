"""An eighth set of requests written by someone who had not read the readers (issue 8):
MAIL BODIES and HTML only (text/plain and text/html, no attachments).

Written before reading `extractors/` or `config/` (only the earlier sets' style names
and docstrings, to avoid repeating them, and their makers, to reuse them). It aims at
how Thai citizens, their phones and mail programs, and Thai agency web systems write
that the earlier sets left out: a request dictated to a phone's voice typing (no
punctuation, numbers spoken as words), phone autocorrect's marks, a Thai citizen living
abroad, a grandchild typing for a grandparent (who is the applicant), a long complaint
story full of dates and amounts, arrow and check-mark bullets, pairs parted by ' | ',
three forwards deep, Outlook's downlevel conditional comments and VML text boxes, th/td
in the wrong places, a letter dated 'วันพุธที่ ๓ ธ.ค. ๖๙' beside a birth date written
the same way, values with their label after them in brackets, a reply that re-pastes
only the corrected value over the quoted first mail, an envelope's sender block, Thai
internationalised e-mail addresses, a local e-Service notification, a letter drafted by
a chat assistant with its placeholders left in, an e-mail builder's nested tables,
Apple's data detectors, box-drawing frames, text check boxes for the title, an old and
a new number side by side, ชื่อจริง/ชื่อเล่น labels, a range pasted from Excel into
Gmail, English capital abbreviations (D.O.B., ADDR.), directions inside an address, a
Gmail signature with another number, and a Traffy Fondue-like report with map
coordinates. Nothing here is imported from the code under test. All people, numbers and
addresses are invented.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable
from datetime import date
from email.message import EmailMessage

from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_4 import Person, be, dashed_id, dashed_mobile, long_line, short_line
from unseen_requests_6 import AGENCY, ALL, expect, message

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "วรวิทย์", "สุขเกษม", with_check_digit("360040017725"), date(1981, 3, 6),
           "0815523960", "worawit.suk@gmail.com", "128", "7", "", "", "บ้านเป้า", "เกษตรสมบูรณ์",
           "ชัยภูมิ", "36120", ("Mr.", "Worawit", "Sukkasem")),
    Person("นางสาว", "ปวีณา", "อ่อนละมัย", with_check_digit("110140064418"), date(1996, 10, 22),
           "0926671834", "paweena.on@hotmail.com", "55/301", "", "ประชาอุทิศ 33", "ประชาอุทิศ",
           "ราษฎร์บูรณะ", "ราษฎร์บูรณะ", "กรุงเทพมหานคร", "10140", ("Miss", "Paweena", "Onlamai")),
    Person("นาง", "ทองใบ", "ศรีบุญเรือง", with_check_digit("540030008163"), date(1948, 1, 3),
           "0857730412", "thongbai.sb@gmail.com", "9", "2", "", "", "ทุ่งโฮ้ง", "เมืองแพร่",
           "แพร่", "54000", ("Mrs.", "Thongbai", "Sriboonruang")),
    Person("นาย", "กิตติศักดิ์", "หอมจันทร์", with_check_digit("840110035590"), date(1990, 7, 19),
           "0643318270", "kittisak.h@outlook.co.th", "41/6", "4", "", "", "ท่าทองใหม่", "กาญจนดิษฐ์",
           "สุราษฎร์ธานี", "84290", ("Mr.", "Kittisak", "Homjan")),
    Person("นางสาว", "ณิชาภัทร", "วิเศษศักดิ์", with_check_digit("130990052267"), date(2001, 5, 4),
           "0617782045", "nichapat.ws@gmail.com", "88/19", "5", "", "รังสิต-นครนายก", "ประชาธิปัตย์",
           "ธัญบุรี", "ปทุมธานี", "12130", ("Miss", "Nichapat", "Wisetsak")),
    Person("นาย", "บุญส่ง", "แก้วประเสริฐ", with_check_digit("310120046638"), date(1956, 12, 9),
           "0898820317", "boonsong.kp@yahoo.com", "203", "10", "", "", "อิสาณ", "เมืองบุรีรัมย์",
           "บุรีรัมย์", "31000", ("Mr.", "Boonsong", "Kaewprasert")),
    Person("นาง", "จันทร์เพ็ญ", "ธนพัฒน์", with_check_digit("110060023871"), date(1977, 9, 30),
           "0969014526", "janpen.tp@gmail.com", "17", "", "อ่อนนุช 46", "อ่อนนุช", "สวนหลวง",
           "สวนหลวง", "กรุงเทพมหานคร", "10250", ("Mrs.", "Janpen", "Thanapat")),
    Person("นาย", "ชยพล", "มีสุข", with_check_digit("500990071244"), date(1993, 2, 28),
           "0830046715", "chayapol.ms@gmail.com", "62", "8", "", "", "สันผีเสื้อ", "เมืองเชียงใหม่",
           "เชียงใหม่", "50300", ("Mr.", "Chayapol", "Meesuk")),
)  # fmt: skip

Style = Callable[[Person, int], Case]
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
SPOKEN = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")


def case(style: str, msg: EmailMessage | bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, bytes(msg), exp)


def spoken(digits: str) -> str:
    """Digits as a voice typist's engine writes them when it hears them one by one."""
    return "".join(SPOKEN[int(d)] for d in digits)


def province_short(p: Person) -> str:
    return "กทม." if p.bangkok else f"จ.{p.province}"


def whole(p: Person) -> str:
    return f"{long_line(p)} {p.province_written} {p.postal}"


def esc(text: str) -> str:
    return html_lib.escape(text, quote=False)


# --- phones and how people type on them ------------------------------------------------


def voice_typing(p: Person, i: int) -> Case:
    """Dictated to the phone's voice typing and sent as it came out: one run with no
    punctuation and no line breaks, the number the speaker read digit by digit written
    as words (the phone, or the ID), the other numbers as digits in the groups spoken."""
    nid_said = " ".join((p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]))
    m = p.mobile
    if i % 2 == 0:
        phone = f"{spoken(m[:3])} {spoken(m[3:6])} {spoken(m[6:])}"
        nid = nid_said
    else:
        phone = f"{m[:3]} {m[3:6]} {m[6:]}"
        nid = " ".join(spoken(g) for g in nid_said.split())
    body = (
        f"สวัสดีค่ะ ดิฉันชื่อ{p.title}{p.first} {p.last} เลขบัตรประชาชน {nid} "
        f"เกิดวันที่ {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)} "
        f"อยู่บ้านเลขที่ {long_line(p)} {p.province_written} {p.postal} "
        f"เบอร์โทร {phone} อยากจะขอรับเบี้ยยังชีพผู้สูงอายุค่ะ ขอบคุณค่ะ\n\n"
        "ส่งจาก Android ของฉัน\n"
    )
    msg = message(p, "ขอรับเบี้ยยังชีพ", text=body, n=i)
    exp = expect(p, ALL.replace(" email", ""), long_line(p))
    return case("voice_typing", msg, exp)


def autocorrect_marks(p: Person, i: int) -> Case:
    """What the phone's keyboard did while the citizen typed: a double space turned into
    '. ' (iOS), the e-mail's first letter capitalised, a space put after the dot in the
    domain (Gboard), '--' turned into an em dash, the phone grouped by the dialler."""
    email = p.email[0].upper() + p.email[1:]
    if i % 2:
        user, dom = email.split("@")
        email = f"{user}@{dom.replace('.', '. ', 1)}"
    lines = (
        "เรียนเจ้าหน้าที่ค่ะ.  ขอยื่นคำร้องขอหนังสือรับรองที่อยู่ค่ะ",
        "",
        f"ชื่อ — {p.name}.  เลขบัตร — {dashed_id(p.nid)}",
        f"เกิด — {p.born.day} {MONTHS_SHORT[p.born.month - 1]} {be(p.born)}",
        f"ที่อยู่ — {short_line(p)} {province_short(p)} {p.postal}",
        f"เบอร์ — {p.mobile[:3]} {p.mobile[3:6]} {p.mobile[6:]}",
        f"Email — {email}",
        "",
        "ขอบคุณค่ะ",
    )
    # the double space typed at each line's end became '. ' before the line break
    body = "\n".join(f"{line}. " if line else "" for line in lines) + "\n\nSent from my iPhone\n"
    msg = message(p, "ขอหนังสือรับรองที่อยู่", text=body, n=i)
    exp = expect(p, ALL, short_line(p))
    return case("autocorrect_marks", msg, exp)


ABROAD = (
    ("1427 Alder Creek Dr, Apt 12", "San Jose, CA 95112", "USA", "+1 408-555-0173", "+14085550173"),
    ("Flat 3, 22 Kingsley Road", "London E7 9PQ", "United Kingdom", "+44 7700 900481",
     "+447700900481"),
)  # fmt: skip


def citizen_abroad(p: Person, i: int) -> Case:
    """A Thai citizen living abroad asks for a document to be posted to her: her Thai ID
    and birth date, a foreign address in that country's own order (street, city, state
    and zip), a foreign mobile; the Thai house she is registered at is only named."""
    street, city, country, phone, e164 = ABROAD[i % 2]
    body = f"""\
เรียน นายทะเบียนอำเภอ{p.amphoe}

ดิฉัน{p.title}{p.first} {p.last} ปัจจุบันพำนักอยู่ต่างประเทศ มีความประสงค์ขอคัดสำเนา
ทะเบียนบ้าน (ทะเบียนบ้านเลขที่ {p.house} หมู่ {p.moo or "-"}) โดยขอให้จัดส่งทางไปรษณีย์

เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}
ที่อยู่ปัจจุบัน (ต่างประเทศ): {street}, {city}, {country}
โทรศัพท์: {phone}
อีเมล: {p.email}

ขอแสดงความนับถือ
{p.title}{p.first} {p.last}
"""
    msg = message(p, "ขอคัดสำเนาทะเบียนบ้าน (ผู้อยู่ต่างประเทศ)", text=body, n=i)
    exp = expect(p, "full_name national_id birth_date email")
    exp["phone"] = (e164,)
    exp["address"] = (f"{street}, {city}, {country}", f"{street}, {city}", f"{street} {city}")
    return case("citizen_abroad", msg, exp)


def grandchild_types(p: Person, i: int) -> Case:
    """A grandchild types the request on her own phone for her grandmother, who is the
    applicant: the grandmother's values under the form's labels, the grandchild's own
    name and number in a note and the signature, sent from the grandchild's address."""
    kid, kid_phone = ("ด.ญ.ขวัญข้าว", "0991234508") if i % 2 else ("นายภูมิ", "0958806621")
    body = f"""\
สวัสดีครับ/ค่ะ หลานพิมพ์แทนคุณยายนะคะ คุณยายพิมพ์เองไม่เป็น

ผู้ยื่นคำร้อง: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเดือนปีเกิด: {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}
ที่อยู่: {long_line(p)} {p.province_written} {p.postal}
เบอร์ติดต่อคุณยาย: {dashed_mobile(p.mobile)}
เรื่อง: ขอรับเบี้ยยังชีพผู้สูงอายุ

ถ้าติดต่อคุณยายไม่ได้ โทรหาหลานได้ที่ {dashed_mobile(kid_phone)} ({kid} หลาน)

--
{kid} (หลาน)
{kid_phone}
"""
    sender = f"Phum <phum.grandkid{i}@gmail.com>"
    msg = message(p, "ยื่นคำร้องแทนคุณยาย", text=body, n=i, sender=sender)
    exp = expect(p, "full_name national_id birth_date phone address postal_code province",
                 long_line(p))  # fmt: skip
    return case("grandchild_types", msg, exp)


def complaint_story(p: Person, i: int) -> Case:
    """A long complaint told as a story: many dates (of events, not of birth) and sums of
    money, a receipt number, the shop's phone; the complainant's own details at the end
    in one sentence. No birth date is given, so any birth date read is made up."""
    shop = ("ร้านวัสดุก่อสร้างเจริญชัย", "หจก.รุ่งเรืองการช่าง")[i % 2]
    body = f"""\
เรียน ศูนย์ดำรงธรรม

ดิฉันขอร้องเรียน{shop} เรื่องรับเงินค่าจ้างซ่อมหลังคาแล้วทำงานไม่เสร็จค่ะ
เมื่อวันที่ 14 สิงหาคม 2569 ดิฉันตกลงจ้างซ่อมหลังคา ราคา 48,500 บาท จ่ายมัดจำไป
15,000 บาท (ใบเสร็จเลขที่ 2569/0831) ช่างเข้ามาทำงานวันที่ 2 ก.ย. 69 ได้ 3 วันก็หายไป
วันที่ 19/09/2569 ดิฉันโอนเพิ่มอีก 20,000 บาท เพราะร้านบอกว่าต้องซื้อกระเบื้อง
เลขที่รายการ 0012 4471 9930 หลังจากนั้นโทรไปที่ร้าน 044-812-377 ตั้งแต่วันที่ 1 ต.ค.
ถึง 25 ต.ค. 2569 รวม 11 ครั้ง ไม่มีคนรับสาย ฝนตกเมื่อวันที่ 4 พฤศจิกายน 2569
น้ำรั่วเข้าบ้านเสียหายประมาณ 12,800 บาท รวมความเสียหายทั้งหมด 47,800 บาท

ดิฉัน {p.name} เลขบัตรประชาชน {p.nid} บ้านเลขที่ {short_line(p)} {province_short(p)}
{p.postal} โทร {dashed_mobile(p.mobile)} ขอให้ช่วยติดตามให้ร้านคืนเงินด้วยค่ะ

ขอบคุณค่ะ
"""
    msg = message(p, "ร้องเรียนร้านรับเหมาไม่ทำงานตามสัญญา", text=body, n=i)
    exp = expect(p, "full_name national_id phone address postal_code province", short_line(p))
    exp["birth_date"] = ()
    return case("complaint_story", msg, exp)


def arrow_bullets(p: Person, i: int) -> Case:
    """Pairs behind bullets a phone's symbol keyboard offers: ➤, ►, ✓, ❖, ▪, ๏ (the Thai
    paragraph sign), a space or none before the label."""
    marks = (
        ("➤ ", "► ", "✓", "❖ ", "▪ ", "๏ ") if i % 2 == 0 else ("✅", "➡️ ", "☞ ", "• ", "◆", "- ")
    )
    labels = ("ชื่อ-นามสกุล", "เลขบัตรประชาชน", "วันเกิด", "ที่อยู่", "มือถือ", "อีเมล")
    values = (p.name, dashed_id(p.nid), f"{p.born.day}/{p.born.month}/{be(p.born)}",
              whole(p), dashed_mobile(p.mobile), p.email)  # fmt: skip
    lines = "\n".join(f"{m}{lab} : {v}" for m, lab, v in zip(marks, labels, values, strict=True))
    body = f"ขอแจ้งซ่อมไฟฟ้าส่องสว่างหน้าบ้านค่ะ\n\n{lines}\n\nขอบคุณค่ะ\n"
    msg = message(p, "แจ้งซ่อมไฟส่องสว่าง", text=body, n=i)
    return case("arrow_bullets", msg, expect(p, ALL, long_line(p)))


def pipe_one_line(p: Person, i: int) -> Case:
    """Pairs on one or two lines parted by ' | ' (or '｜' from a CJK keyboard), as people
    copy a record out of an app or write it to save lines."""
    bar = " | " if i % 2 == 0 else " ｜ "
    first = bar.join((f"ชื่อ {p.name}", f"บัตร ปชช. {p.nid}", f"เกิด {p.born.isoformat()}"))
    second = bar.join((f"ที่อยู่ {whole(p)}", f"โทร {p.mobile}", f"อีเมล {p.email}"))
    body = f"ขอคัดสำเนาทะเบียนบ้านครับ\n{first}\n{second}\n"
    msg = message(p, "คัดสำเนาทะเบียนบ้าน", text=body, n=i)
    return case("pipe_one_line", msg, expect(p, ALL, long_line(p)))


# --- mail structure ---------------------------------------------------------------------


def forward_chain_three(p: Person, i: int) -> Case:
    """The citizen's mail forwarded three times on its way (the village headman, the
    tambon office, the district clerk), each forward with its writer's note, name and
    office or mobile number; Gmail, Outlook and Thai Gmail header blocks stacked."""
    form = f"""\
เรื่อง ขอความอนุเคราะห์ซ่อมถนนในหมู่บ้าน
ชื่อ-สกุล: {p.name}
เลขบัตรประชาชน: {dashed_id(p.nid)}
วันเกิด: {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}
ที่อยู่: {long_line(p)} {p.province_written} {p.postal}
โทรศัพท์: {dashed_mobile(p.mobile)}
อีเมล: {p.email}"""
    headman = f"""\
ส่งต่อคำร้องของลูกบ้านครับ
ผญบ.หมู่ {p.moo or 3} โทร 087-441-2290

---------- Forwarded message ---------
From: {p.first} {p.last} <{p.email}>
Date: Mon, 30 Nov 2026 at 08:12
Subject: ขอความอนุเคราะห์ซ่อมถนน
To: <phuyai.moo{i}@gmail.com>

{form}"""
    tambon = f"""\
เรียน งานสารบรรณ
ส่งต่อเพื่อโปรดพิจารณาค่ะ
นางสาวมาลัย ใจดี นักจัดการงานทั่วไป อบต. โทร 044-861-225 ต่อ 12

________________________________
From: ผู้ใหญ่บ้าน หมู่ {p.moo or 3} <phuyai.moo{i}@gmail.com>
Sent: Tuesday, December 1, 2026 9:40 AM
To: saraban.obt@example.go.th
Subject: Fwd: ขอความอนุเคราะห์ซ่อมถนน

{headman}"""
    body = f"""\
ส่งต่อให้กองช่างครับ
สมศักดิ์ (ธุรการอำเภอ) 089-220-4417

---------- ข้อความที่ส่งต่อ ---------
จาก: งานสารบรรณ อบต. <saraban.obt@example.go.th>
Date: พ. 2 ธ.ค. 2026 เวลา 10:05
Subject: FW: Fwd: ขอความอนุเคราะห์ซ่อมถนน
To: <{AGENCY}>

{tambon}
"""
    sender = f"Somsak District <somsak.amphoe{i}@example.go.th>"
    msg = message(p, "Fwd: FW: Fwd: ขอความอนุเคราะห์ซ่อมถนน", text=body, n=i, sender=sender)
    return case("forward_chain_three", msg, expect(p, ALL, long_line(p)))


def reply_repastes_correction(p: Person, i: int) -> Case:
    """The citizen writes again to correct one value: the corrected phone (or ID) on
    top, 'the rest as before', and her first mail quoted under it with the wrong one."""
    wrong_m = p.mobile[:6] + p.mobile[7] + p.mobile[6] + p.mobile[8:]
    wrong_id = p.nid[:7] + p.nid[8] + p.nid[7] + p.nid[9:]
    if i % 2 == 0:
        fix = f"ขอแก้ไขเบอร์โทรค่ะ พิมพ์ผิดไป เบอร์ที่ถูกต้องคือ {dashed_mobile(p.mobile)}"
        old_m, old_id = wrong_m, p.nid
    else:
        fix = f"ขอแก้ไขเลขบัตรประชาชนครับ ที่ถูกต้องคือ {dashed_id(p.nid)}"
        old_m, old_id = p.mobile, wrong_id
    quoted = f"""\
เรียนเจ้าหน้าที่
ขอรับรองสำเนาทะเบียนบ้าน
ชื่อ: {p.name}
เลขบัตร: {dashed_id(old_id)}
วันเกิด: {p.born.day}/{p.born.month:02d}/{be(p.born)}
ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}
โทร: {dashed_mobile(old_m)}"""
    body = (
        f"{fix}\nข้อมูลอื่นตามเดิม\n{p.first}\n\n"
        f"On Wed, 2 Dec 2026 at 19:44 {p.first} {p.last} <{p.email}> wrote:\n"
        + "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
        + "\n"
    )
    msg = message(p, "Re: ขอรับรองสำเนาทะเบียนบ้าน (แก้ไข)", text=body, n=i)
    keys = ALL.replace(" email", "")
    return case("reply_repastes_correction", msg, expect(p, keys, short_line(p)))


def smart_compose_signature(p: Person, i: int) -> Case:
    """Gmail's answer: the citizen's number in a sentence ('call me on ...'), then the
    signature Gmail adds, with the office phone, fax and another mobile (the company's
    hotline), LINE and a web address."""
    body = f"""\
เรียน เจ้าหน้าที่เทศบาล

ผม{p.name} เลขบัตรประชาชน {p.nid} อาศัยอยู่บ้านเลขที่ {long_line(p)} {p.province_written}
{p.postal} ขอแจ้งท่อระบายน้ำหน้าบ้านอุดตันครับ สะดวกให้ติดต่อกลับเบอร์ {dashed_mobile(p.mobile)}
ได้ตลอดครับ

Best regards,

--
{p.en[1]} {p.en[2]}
Sales Manager | บริษัท สยามพาร์ท ซัพพลาย จำกัด
T: 02-117-4400 ext. 215 | F: 02-117-4401
M: 086-771-9032 (Hotline)
LINE: @siampart | www.siampart.example.co.th
"""
    msg = message(p, "แจ้งท่อระบายน้ำอุดตัน", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("smart_compose_signature", msg, expect(p, keys, long_line(p)))


# --- HTML ---------------------------------------------------------------------------------


def outlook_conditional(p: Person, i: int) -> Case:
    """Outlook desktop's HTML: the <xml> settings and a VML text box inside conditional
    comments (the box's own copy of the heading), bullets written with the downlevel-
    revealed <![if !supportLists]> marks, MsoListParagraphCxSp classes, TH SarabunPSK."""
    style = 'font-size:16.0pt;font-family:"TH SarabunPSK",sans-serif'
    items = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
             ("วันเดือนปีเกิด", f"{p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}"),
             ("ที่อยู่", whole(p)), ("โทรศัพท์มือถือ", dashed_mobile(p.mobile)),
             ("อีเมล", p.email))  # fmt: skip
    where = ("First", "Middle", "Middle", "Middle", "Middle", "Last")
    paras = "".join(
        f"<p class=MsoListParagraphCxSp{w} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "
        '"Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>'
        f"<b><span lang=TH style='{style}'>{lab}</span></b><span lang=TH style='{style}'>"
        f": {esc(v)}<o:p></o:p></span></p>\n"
        for w, (lab, v) in zip(where, items, strict=True)
    )
    html = f"""\
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;}} --></style></head>
<body lang=EN-US style='word-wrap:break-word'><div class=WordSection1>
<!--[if gte vml 1]><v:shape id="Text_x0020_Box_1" type="#_x0000_t202"><v:textbox>
<p class=MsoNormal>คำร้องขอข้อมูลข่าวสาร</p></v:textbox></v:shape><![endif]-->
<![if !vml]><p class=MsoNormal><b><span lang=TH style='{style}'>คำร้องขอข้อมูลข่าวสาร</span>
</b></p><![endif]>
<p class=MsoNormal><span lang=TH style='{style}'>เรียน ผู้อำนวยการ<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{paras}<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span lang=TH style='{style}'>ขอบคุณครับ<o:p></o:p></span></p>
</div></body></html>
"""
    plain = None if i % 2 else "\n".join(f"·         {lab}: {v}" for lab, v in items)
    msg = message(p, "ขอข้อมูลข่าวสาร", text=plain, html=html, n=i)
    return case("outlook_conditional", msg, expect(p, ALL, long_line(p)))


def th_td_misplaced(p: Person, i: int) -> Case:
    """A hand-made HTML table: some labels in <th>, some in <td>, one value in a <th>, a
    caption and a header row ('หัวข้อ | รายละเอียด'), an empty spacer column; in the other
    variant the table has a <thead> whose cells are the labels of a one-row body."""
    if i % 2 == 0:
        rows = (
            f"<tr><th>หัวข้อ</th><th>รายละเอียด</th><td></td></tr>"
            f"<tr><th align=left>ชื่อ - สกุล</th><td>{p.name}</td><td>&nbsp;</td></tr>"
            f"<tr><td><b>เลขประจำตัวประชาชน</b></td><th>{p.nid}</th><td></td></tr>"
            f"<tr><td>วันเกิด</td><td>{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}</td></tr>"
            f"<tr><th>ที่อยู่</th><td>{whole(p)}</td><td></td></tr>"
            f"<tr><td>เบอร์โทรศัพท์</td><td>{p.mobile}</td><td></td></tr>"
            f"<tr><th>E-mail</th><td><a href='mailto:{p.email}'>{p.email}</a></td></tr>"
        )
        table = f"<table border=1><caption>ข้อมูลผู้ยื่นคำร้อง</caption>{rows}</table>"
    else:
        heads = ("ชื่อ - สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "เบอร์โทรศัพท์", "E-mail")
        vals = (p.name, p.nid, f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}", whole(p),
                p.mobile, p.email)  # fmt: skip
        table = (
            "<table border=1><thead><tr>"
            + "".join(f"<td><b>{h}</b></td>" for h in heads)
            + "</tr></thead><tbody><tr>"
            + "".join(f"<th>{v}</th>" for v in vals)
            + "</tr></tbody></table>"
        )
    html = f"<div>ขอใช้สถานที่จัดงานค่ะ</div><br>{table}<div><br>ขอบคุณค่ะ</div>"
    msg = message(p, "ขอใช้สถานที่", html=html, n=i)
    return case("th_td_misplaced", msg, expect(p, ALL, long_line(p)))


def email_builder_nested(p: Person, i: int) -> Case:
    """An agency's request page mails its answers through an e-mail builder's template:
    every pair its own role=presentation table nested three deep, the label in a small
    grey <p>, the value in a bold one under it; header and footer with the agency's own
    phone and address."""

    def block(label: str, value: str) -> str:
        return (
            "<table role='presentation' width='100%' cellpadding='0' cellspacing='0'><tr><td "
            "style='padding:8px 24px'><table role='presentation' width='100%'><tr><td>"
            f"<p style='margin:0;font-size:12px;color:#888'>{label}</p>"
            f"<p style='margin:0;font-size:16px;font-weight:700'>{esc(value)}</p>"
            "</td></tr></table></td></tr></table>"
        )

    pairs = (("ชื่อ-นามสกุล", p.name), ("เลขบัตรประจำตัวประชาชน", dashed_id(p.nid)),
             ("วันเกิด", p.born.isoformat()), ("ที่อยู่", whole(p)),
             ("เบอร์โทรศัพท์", dashed_mobile(p.mobile)), ("อีเมล", p.email))  # fmt: skip
    html = (
        "<!doctype html><html><body style='background:#f4f4f4'><center><table role='presentation'"
        " width='600'><tr><td style='background:#1a4d8f;color:#fff;padding:16px'>เทศบาลตำบลตัวอย่าง"
        " — แบบคำร้องออนไลน์</td></tr><tr><td>"
        + "".join(block(lab, v) for lab, v in pairs)
        + "</td></tr><tr><td style='font-size:11px;color:#999;padding:16px'>เทศบาลตำบลตัวอย่าง"
        " 99 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 30000 โทร 044-000-111<br>อีเมลนี้"
        "ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</td></tr></table></center></body></html>"
    )
    sender = "เทศบาลตำบลตัวอย่าง <no-reply@example.go.th>"
    msg = message(p, f"[คำร้องออนไลน์] #{4410 + i} ขอรับรองการอยู่อาศัย", html=html, n=i,
                  sender=sender)  # fmt: skip
    return case("email_builder_nested", msg, expect(p, ALL, long_line(p)))


def apple_data_detectors(p: Person, i: int) -> Case:
    """iOS Mail's HTML after its data detectors ran: the phone, the date, the address and
    the e-mail wrapped in <a x-apple-data-detectors> links whose href (tel:, x-apple-data-
    detectors://, maps) differs from the text; one <div dir="ltr"> per line."""
    a = '<a href="x-apple-data-detectors://{n}" dir="ltr" x-apple-data-detectors="true" '
    a += 'x-apple-data-detectors-type="{t}" x-apple-data-detectors-result="{n}" '
    a += 'style="color: currentcolor; text-decoration: underline;">{v}</a>'
    born = f"{p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}"
    lines = (
        f"ชื่อ {p.name}",
        f"เลขบัตร {dashed_id(p.nid)}",
        "เกิดวันที่ " + a.format(n=1, t="calendar-event", v=born),
        "ที่อยู่ " + a.format(n=2, t="address", v=whole(p)),
        'โทร <a href="tel:' + dashed_mobile(p.mobile) + '" dir="ltr" x-apple-data-detectors='
        f'"true" x-apple-data-detectors-type="telephone">{dashed_mobile(p.mobile)}</a>',
        f'อีเมล <a href="mailto:{p.email}">{p.email}</a>',
    )
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        '</head><body dir="auto"><div dir="ltr">ขอลงทะเบียนผู้พิการค่ะ</div><div dir="ltr">'
        "<br></div>"
        + "".join(f'<div dir="ltr">{x}</div>' for x in lines)
        + '<div dir="ltr"><br><div dir="ltr">ส่งจาก iPhone ของฉัน</div></div></body></html>'
    )
    text = None  # iOS sends a plain part too when the draft began as plain text
    if i % 2:
        text = "\n".join(
            (f"ชื่อ {p.name}", f"เลขบัตร {dashed_id(p.nid)}", f"เกิดวันที่ {born}",
             f"ที่อยู่ {whole(p)}", f"โทร {dashed_mobile(p.mobile)}", f"อีเมล {p.email}")
        )  # fmt: skip
    msg = message(p, "ลงทะเบียนผู้พิการ", text=text, html=html, n=i)
    return case("apple_data_detectors", msg, expect(p, ALL, long_line(p)))


def excel_paste_html(p: Person, i: int) -> Case:
    """Two columns copied from Excel and pasted into Gmail: a <table> with <col> widths,
    xl classes, mso-number-format on cells; the ID shown as text and the phone as the
    number Excel made of it (its leading 0 gone)."""
    cell = "<td class=xl65 style='border:.5pt solid windowtext;mso-number-format:\"\\@\"'>"
    rows = (("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", p.nid),
            ("วันเกิด", f"{p.born.day}/{p.born.month}/{be(p.born)}"), ("ที่อยู่", whole(p)),
            ("โทร", p.mobile[1:]), ("อีเมล", p.email))  # fmt: skip
    body = "".join(f"<tr height=21>{cell}{lab}</td>{cell}{esc(v)}</td></tr>" for lab, v in rows)
    html = (
        "<div dir='ltr'>ขอคัดสำเนาทะเบียนบ้านค่ะ ข้อมูลตามตารางค่ะ<br><br>"
        "<table border=0 cellpadding=0 cellspacing=0 width=420 style='border-collapse:collapse'>"
        "<colgroup><col width=140><col width=280></colgroup><tbody>"
        f"{body}</tbody></table><br></div>"
    )
    msg = message(p, "คัดสำเนาทะเบียนบ้าน", html=html, n=i)
    return case("excel_paste_html", msg, expect(p, ALL, long_line(p)))


# --- how values and labels are written ---------------------------------------------------


def weekday_dates(p: Person, i: int) -> Case:
    """The letter's own date and the birth date both written the Thai way with the
    weekday, a short month and a two-digit Buddhist year, in Thai digits
    ('วันพุธที่ ๓ ธ.ค. ๖๙'); the letter's date comes first, above the birth date."""
    b = p.born
    wd = WEEKDAYS[b.weekday()]
    born = thai(f"วัน{wd}ที่ {b.day} {MONTHS_SHORT[b.month - 1]} {be(b) % 100:02d}")
    if i % 2:
        born = thai(f"วัน{wd}ที่ {b.day} เดือน{MONTHS[b.month - 1]} พ.ศ. {be(b)}")
    today = thai("วันพุธที่ ๒ ธ.ค. ๖๙")
    body = f"""\
{today}
เรื่อง ขอแก้ไขวันเดือนปีเกิดในทะเบียนบ้าน
เรียน นายทะเบียน

ข้าพเจ้า {p.name}
เกิด {born}
บัตรประชาชนเลขที่ {thai(dashed_id(p.nid))}
ที่อยู่ {thai(short_line(p))} {province_short(p)} {thai(p.postal)}
โทร. {thai(dashed_mobile(p.mobile))}
"""
    msg = message(p, "ขอแก้ไขวันเกิด", text=body, n=i)
    exp = expect(p, ALL.replace(" email", ""), short_line(p))
    exp["address"] += tuple(thai(a) for a in exp["address"])  # kept in Thai digits, as typed
    return case("weekday_dates", msg, exp)


def value_then_label(p: Person, i: int) -> Case:
    """Values first, what they are after them in brackets, as people write a list of
    numbers they were asked for: '1-2345-... (เลขบัตรประชาชน)'."""
    born = f"{p.born.day} {MONTHS_SHORT[p.born.month - 1]} {be(p.born)}"
    body = f"""\
ขอสมัครรับเบี้ยความพิการครับ ข้อมูลตามนี้ครับ

{p.name} (ผู้สมัคร)
{dashed_id(p.nid)} (เลขบัตรประชาชน)
{born} (วันเกิด)
{dashed_mobile(p.mobile)} (เบอร์มือถือ)
{p.email} (อีเมล)
{whole(p)} (ที่อยู่ตามทะเบียนบ้าน)
"""
    if i % 2:
        body = body.replace(" (", " - ").replace(")\n", "\n")
    msg = message(p, "สมัครเบี้ยความพิการ", text=body, n=i)
    return case("value_then_label", msg, expect(p, ALL, long_line(p)))


def envelope_block(p: Person, i: int) -> Case:
    """The address given as on an envelope, under 'ผู้ส่ง' or 'ที่อยู่สำหรับส่งเอกสารกลับ':
    the name, then the house line, the sub-district and district, then the province and
    postal code, four lines with no labels."""
    head = ("ผู้ส่ง", "ที่อยู่สำหรับส่งเอกสารกลับ")[i % 2]
    road = f" ถ.{p.road}" if p.road else ""
    soi = f" ซ.{p.soi}" if p.soi else ""
    moo = f" ม.{p.moo}" if p.moo else ""
    house_line = f"{p.house}{moo}{soi}{road}"
    district = (f"แขวง{p.tambon} เขต{p.amphoe}" if p.bangkok
                else f"ต.{p.tambon} อ.{p.amphoe}")  # fmt: skip
    body = f"""\
เรียน เจ้าหน้าที่

ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนาในเขตเทศบาล 1 ฉบับ ส่งทางไปรษณีย์ครับ
เลขบัตรประชาชน {p.nid}
โทร {dashed_mobile(p.mobile)}

{head}
{p.name}
{house_line}
{district}
{province_short(p)} {p.postal}
"""
    msg = message(p, "ขอหนังสือรับรองภูมิลำเนา", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("envelope_block", msg, expect(p, keys, f"{house_line} {district}"))


def thai_idn_email(p: Person, i: int) -> Case:
    """An internationalised e-mail address with a Thai user and Thai domain (อีเมลภาษาไทย
    as THNIC promotes it, e.g. on .ไทย), or its domain in punycode as some clients show it;
    the citizen writes it under the form's e-mail label."""
    thai_mail = ("วรวิทย์@สุขเกษม.ไทย", "ปวีณา@อีเมล.ไทย")[i % 2]
    body = f"""\
ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}
โทรศัพท์: {dashed_mobile(p.mobile)}
อีเมล: {thai_mail}
ที่อยู่: {whole(p)}
"""
    msg = message(p, "ขอข้อมูลข่าวสาร", text=body, n=i, sender=f"{p.first} <{p.email}>")
    exp = expect(p, ALL, long_line(p))
    exp["email"] = (thai_mail,)
    return case("thai_idn_email", msg, exp)


def real_and_nick_labels(p: Person, i: int) -> Case:
    """ชื่อจริง / นามสกุล / ชื่อเล่น in boxes of their own, as schools and clinics ask,
    the title box separate; a parent's (ผู้ปกครอง) phone under its own label too."""
    nick = ("ต้น", "แพร", "ยาย", "บอย", "ฝน", "ลุง", "แอน", "บีม")[i % 8]
    body = f"""\
คำนำหน้า: {p.title}
ชื่อจริง: {p.first}
นามสกุล: {p.last}
ชื่อเล่น: {nick}
เลขบัตรประชาชน: {p.nid}
วันเกิด: {p.born.day:02d}/{p.born.month:02d}/{be(p.born)}
เบอร์โทร: {p.mobile}
เบอร์โทรผู้ปกครอง/ญาติ: 0810000{i:03d}
อีเมล: {p.email}
ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}
"""
    msg = message(p, "สมัครอบรมอาชีพ", text=body, n=i)
    return case("real_and_nick_labels", msg, expect(p, ALL, short_line(p)))


def caps_abbrev_labels(p: Person, i: int) -> Case:
    """English abbreviations in capitals for labels, Thai values: NAME-SURNAME, ID NO.,
    D.O.B., TEL./MOB., E-MAIL, ADDR., PROV., ZIP, as on hotel and bank slips."""
    labels = (("NAME-SURNAME", "ID NO.", "D.O.B.", "MOB.", "E-MAIL", "ADDR.", "PROV.", "ZIP"),
              ("NAME", "I.D. CARD", "DOB", "TEL", "EMAIL", "ADDRESS", "PROVINCE", "ZIP CODE"))[
        i % 2
    ]  # fmt: skip
    vals = (p.name, dashed_id(p.nid), f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}",
            dashed_mobile(p.mobile), p.email, long_line(p), p.province, p.postal)  # fmt: skip
    body = "ขอใบอนุญาตจัดงานครับ\n\n" + "\n".join(
        f"{lab}: {v}" for lab, v in zip(labels, vals, strict=True)
    )
    msg = message(p, "ขอใบอนุญาต", text=body + "\n", n=i)
    return case("caps_abbrev_labels", msg, expect(p, ALL, long_line(p)))


def address_with_directions(p: Person, i: int) -> Case:
    """The address with how to find the house in brackets (a landmark, 'next to the 7-11',
    'the blue gate'), as people write for a clerk who will come to look."""
    note = ("(ตรงข้ามเซเว่น ซอยข้างวัด บ้านประตูสีฟ้า)", "(เลยปั๊ม ปตท. ไป 200 ม. ซ้ายมือ)")[i % 2]
    line = long_line(p).replace(p.house, f"{p.house} {note}", 1)
    body = f"""\
แจ้งต้นไม้ล้มขวางทางค่ะ ขอให้เจ้าหน้าที่มาดูด้วยค่ะ
ชื่อ: {p.name}
เลขบัตร: {p.nid}
โทร: {dashed_mobile(p.mobile)}
ที่อยู่: {line} {p.province_written} {p.postal}
"""
    msg = message(p, "แจ้งต้นไม้ล้ม", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("address_with_directions", msg, expect(p, keys, long_line(p), line))


def text_checkbox_title(p: Person, i: int) -> Case:
    """The form's title boxes copied into the mail as text and ticked by hand: '[ ] นาย
    [/] นาง [ ] นางสาว' or '( ) ... (✓) ...', then the given and family names."""
    box_on, box_off = ("[/]", "[ ]") if i % 2 == 0 else ("(✓)", "( )")
    titles = " ".join(
        f"{box_on if t == p.title else box_off} {t}" for t in ("นาย", "นาง", "นางสาว")
    )
    body = f"""\
แบบคำร้องทั่วไป
คำนำหน้าชื่อ {titles}
ชื่อ {p.first}   นามสกุล {p.last}
เลขประจำตัวประชาชน {dashed_id(p.nid)}
วันเดือนปีเกิด {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}
ที่อยู่ {long_line(p)} {p.province_written} {p.postal}
โทรศัพท์ {dashed_mobile(p.mobile)}
"""
    msg = message(p, "คำร้องทั่วไป", text=body, n=i)
    return case("text_checkbox_title", msg, expect(p, ALL.replace(" email", ""), long_line(p)))


def old_and_new_numbers(p: Person, i: int) -> Case:
    """A changed number given beside the old one the office may have on file: 'เบอร์เดิม
    ... (ยกเลิกแล้ว) เบอร์ใหม่ ...', or the new one first and the old after 'เดิม'."""
    old = "0" + p.mobile[2:] + p.mobile[1]
    if i % 2 == 0:
        phones = f"เบอร์โทรเดิม {dashed_mobile(old)} (ยกเลิกแล้ว) เบอร์ใหม่ {dashed_mobile(p.mobile)}"
    else:
        phones = f"โทร {dashed_mobile(p.mobile)} (เบอร์ใหม่ เดิม {dashed_mobile(old)} ใช้ไม่ได้แล้ว)"
    body = f"""\
ขอแจ้งเปลี่ยนเบอร์ติดต่อสำหรับรับเงินเบี้ยยังชีพค่ะ
ชื่อ {p.name}
เลขบัตรประชาชน {dashed_id(p.nid)}
{phones}
ที่อยู่ {short_line(p)} {province_short(p)} {p.postal}
"""
    msg = message(p, "แจ้งเปลี่ยนเบอร์โทร", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("old_and_new_numbers", msg, expect(p, keys, short_line(p)))


def box_drawing(p: Person, i: int) -> Case:
    """A form framed with box-drawing characters (┌─┐ │ ├ └), as a program's 'copy as
    text' or a careful typist makes it; label and value in cells of one row."""
    rows = (("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", p.nid),
            ("วันเกิด", f"{p.born.day} {MONTHS_SHORT[p.born.month - 1]} {be(p.born)}"),
            ("ที่อยู่", short_line(p)), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทร", dashed_mobile(p.mobile)), ("อีเมล", p.email))  # fmt: skip
    v = "┃" if i % 2 else "│"
    h = "━" if i % 2 else "─"
    lines = [f"┌{h * 18}┬{h * 44}┐"]
    for n, (lab, val) in enumerate(rows):
        lines.append(f"{v} {lab:<16} {v} {val:<42} {v}")
        if n < len(rows) - 1:
            lines.append(f"├{h * 18}┼{h * 44}┤")
    lines.append(f"└{h * 18}┴{h * 44}┘")
    body = "ขอแบบแปลนบ้านที่ยื่นขออนุญาตก่อสร้างครับ\n\n" + "\n".join(lines) + "\n"
    msg = message(p, "ขอสำเนาแบบแปลน", text=body, n=i)
    return case("box_drawing", msg, expect(p, ALL, short_line(p)))


# --- systems that write for the citizen ----------------------------------------------------


def eservice_notification(p: Person, i: int) -> Case:
    """A local government's e-Service system (the kind many อบต. run) mails the officer a
    new request: the case number, the time and IP address it came from and the browser,
    then the applicant's answers under Thai labels with (*) marks, in an HTML table whose
    label cells end in ':'; the system's own phone in the footer."""
    rows = (("เลขที่คำร้อง", f"ES-2569-{1200 + i:05d}"), ("วันที่ยื่น", "02/12/2569 14:31:07"),
            ("IP Address", f"203.150.{17 + i}.244"), ("ประเภทคำร้อง", "ขอรับการสนับสนุนน้ำอุปโภค"),
            ("ชื่อ-นามสกุล ผู้ยื่นคำร้อง (*)", p.name),
            ("หมายเลขบัตรประจำตัวประชาชน (*)", p.nid),
            ("วัน/เดือน/ปี เกิด", f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}"),
            ("ที่อยู่ (*)", long_line(p)), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("หมายเลขโทรศัพท์ (*)", p.mobile), ("อีเมล", p.email),
            ("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/131.0.6778.104"))  # fmt: skip
    cells = "".join(
        f"<tr><td style='width:40%;background:#eef'><strong>{lab} :</strong></td>"
        f"<td>{esc(v)}</td></tr>"
        for lab, v in rows
    )
    html = (
        "<p>เรียน เจ้าหน้าที่ผู้รับผิดชอบ</p><p>มีคำร้องใหม่ผ่านระบบ e-Service ดังนี้</p>"
        f"<table border='1' cellpadding='4'>{cells}</table>"
        "<p>-- ระบบ e-Service องค์การบริหารส่วนตำบลตัวอย่าง โทร 045-000-123 --</p>"
    )
    sender = "e-Service <eservice@example.go.th>"
    msg = message(p, f"[e-Service] คำร้องใหม่ ES-2569-{1200 + i:05d}", html=html, n=i,
                  sender=sender)  # fmt: skip
    return case("eservice_notification", msg, expect(p, ALL, long_line(p)))


def assistant_drafted(p: Person, i: int) -> Case:
    """A letter a chat assistant drafted and the citizen pasted: markdown headings and
    bold, the values she filled in, and the placeholders she did not fill left in square
    brackets ('[อีเมลของท่าน]', '[วันเดือนปีเกิด]'): no value may be read from those."""
    body = f"""\
**เรื่อง:** ขอความอนุเคราะห์ตรวจสอบการปล่อยน้ำเสียลงคลองสาธารณะ

**เรียน:** นายกองค์การบริหารส่วนตำบล{p.tambon}

ข้าพเจ้า **{p.name}** เลขประจำตัวประชาชน **{dashed_id(p.nid)}** เกิดวันที่ [วันเดือนปีเกิด]
อยู่บ้านเลขที่ {long_line(p)} {p.province_written} {p.postal}
ขอเรียนแจ้งให้ทราบว่า มีการปล่อยน้ำเสียลงคลองสาธารณะบริเวณ [ระบุสถานที่] เป็นประจำ

### ข้อมูลติดต่อ
- **โทรศัพท์:** {dashed_mobile(p.mobile)}
- **อีเมล:** [อีเมลของท่าน]

จึงเรียนมาเพื่อโปรดพิจารณา

ขอแสดงความนับถือ

({p.name})
"""
    if i % 2:
        body = body.replace(f"**{dashed_id(p.nid)}**", "[เลขประจำตัวประชาชน 13 หลัก]")
        body = body.replace("[วันเดือนปีเกิด]", f"{p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}")
    msg = message(p, "ขอความอนุเคราะห์ตรวจสอบน้ำเสีย", text=body, n=i)
    exp = expect(p, "full_name phone address postal_code province national_id birth_date",
                 long_line(p))  # fmt: skip
    if i % 2:
        exp["national_id"] = ()
    else:
        exp["birth_date"] = ()
    return case("assistant_drafted", msg, exp)


def traffy_share(p: Person, i: int) -> Case:
    """A report shared out of a city-issue app (Traffy Fondue-like) into a mail: the
    ticket code, the map's latitude and longitude, a link full of digits, the time, then
    the reporter's name and number; the citizen adds her ID and address above it."""
    lat, lon = f"{13.72 + i / 100:.6f}", f"{100.61 + i / 100:.6f}"
    body = f"""\
ขอแจ้งเพิ่มเติมตามที่แจ้งในแอปค่ะ
เลขบัตรประชาชน {p.nid}
ที่อยู่ {short_line(p)} {province_short(p)} {p.postal}

------------------------------
เรื่องที่แจ้ง #2026-FQ{8841 + i}
ประเภท: ถนน, ทางเท้า
รายละเอียด: ฝาท่อระบายน้ำหาย อันตรายมาก
พิกัด: {lat}, {lon}
https://maps.google.com/?q={lat},{lon}
เวลาแจ้ง: 01/12/2026 18:42
ผู้แจ้ง: {p.first} {p.last}
เบอร์ผู้แจ้ง: {p.mobile}
------------------------------
"""
    msg = message(p, "แจ้งฝาท่อหาย (เพิ่มเติม)", text=body, n=i)
    exp = expect(p, "national_id phone address postal_code province", short_line(p))
    exp["full_name"] = (p.name, f"{p.first} {p.last}")
    return case("traffy_share", msg, exp)


def promptpay_line(p: Person, i: int) -> Case:
    """The citizen asks for an allowance paid by PromptPay, the PromptPay number being a
    relative's phone (or her ID); her own mobile is under its own label."""
    relative = ("ลูกสาว", "หลานชาย")[i % 2]
    pp = f"0{8 + i % 2}{p.mobile[3:]}{p.mobile[2]}"[:10]
    body = f"""\
ขอรับเงินช่วยเหลือผู้ประสบภัยน้ำท่วมค่ะ
ชื่อ-สกุล: {p.name}
เลขบัตรประชาชน: {dashed_id(p.nid)}
วันเกิด: {p.born.day} {MONTHS_SHORT[p.born.month - 1]} {be(p.born)}
ที่อยู่: {long_line(p)} {p.province_written} {p.postal}
รับเงินผ่านพร้อมเพย์: {dashed_mobile(pp)} (เบอร์{relative})
เบอร์ติดต่อ: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอรับเงินช่วยเหลือน้ำท่วม", text=body, n=i)
    return case("promptpay_line", msg, expect(p, ALL.replace(" email", ""), long_line(p)))


# --- a second batch, written after the readers were read and fixed ----------------------
# To see whether the fixes hold on shapes they were not made for (as set 7 did).


def nickname_inside_name(p: Person, i: int) -> Case:
    """The nickname put inside the name, between the given and the family name, in
    brackets or quotes, as people introduce themselves on social media."""
    nick = ("ต้น", "แพร")[i % 2]
    shown = (
        f"{p.title}{p.first} ({nick}) {p.last}"
        if i % 2 == 0
        else f"{p.title}{p.first} '{nick}' {p.last}"
    )
    body = f"""\
ชื่อ-สกุล: {shown}
เลขบัตรประชาชน: {dashed_id(p.nid)}
โทร: {dashed_mobile(p.mobile)}
อีเมล: {p.email}
"""
    msg = message(p, "ขอข้อมูล", text=body, n=i)
    return case("nickname_inside_name", msg, expect(p, "full_name national_id phone email"))


def phone_shapes(p: Person, i: int) -> Case:
    """The mobile as business cards and phones show it: +66-81-552-3960, 081.552.3960,
    (+66) 81 552 3960, 08-1552-3960, +66 (0)81-552-3960."""
    m = p.mobile
    shapes = (f"+66-{m[1:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}.{m[3:6]}.{m[6:]}",
              f"(+66) {m[1:3]} {m[3:6]} {m[6:]}", f"{m[:2]}-{m[2:6]}-{m[6:]}",
              f"+66 (0){m[1:3]}-{m[3:6]}-{m[6:]}")  # fmt: skip
    body = f"""\
เรียนเจ้าหน้าที่
ขอแจ้งเหตุเดือดร้อนรำคาญครับ
ชื่อ: {p.name}
เลขบัตร: {p.nid}
มือถือ: {shapes[(2 * i + p.born.day) % 5]}
ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}
"""
    msg = message(p, "แจ้งเหตุเดือดร้อนรำคาญ", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("phone_shapes", msg, expect(p, keys, short_line(p)))


def html_li_br(p: Person, i: int) -> Case:
    """A form mailer's HTML list: each <li> a bold label, a <br> and the value under it
    (or the label in a <span class=label> and the value in a <div>)."""
    pairs = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
             ("วันเกิด", f"{p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}"),
             ("ที่อยู่", whole(p)), ("โทรศัพท์", dashed_mobile(p.mobile)), ("อีเมล", p.email))  # fmt: skip
    if i % 2 == 0:
        items = "".join(f"<li><b>{lab}</b><br>{esc(v)}</li>" for lab, v in pairs)
    else:
        items = "".join(
            f"<li><span class='label'>{lab}</span><div class='value'>{esc(v)}</div></li>"
            for lab, v in pairs
        )
    html = f"<p>มีผู้ส่งแบบฟอร์มขอรับบริการ</p><ul>{items}</ul><p>-- ระบบแบบฟอร์มออนไลน์</p>"
    msg = message(p, "แบบฟอร์มขอรับบริการ", html=html, n=i, sender="Forms <forms@example.go.th>")
    return case("html_li_br", msg, expect(p, ALL, long_line(p)))


def chat_emphasis(p: Person, i: int) -> Case:
    """Copied out of LINE or WhatsApp, whose markup is *bold* and _italic_: the labels in
    stars, some values in underscores, a ~struck~ old number."""
    old = "0" + p.mobile[2:] + p.mobile[1]
    body = f"""\
*ชื่อ:* _{p.name}_
*เลขบัตร:* {p.nid}
*เกิด:* {p.born.day}/{p.born.month}/{be(p.born)}
*เบอร์:* ~{dashed_mobile(old)}~ {dashed_mobile(p.mobile)}
*ที่อยู่:* {short_line(p)} {province_short(p)} {p.postal}
"""
    msg = message(p, "ขอหนังสือรับรอง", text=body, n=i)
    return case("chat_emphasis", msg, expect(p, ALL.replace(" email", ""), short_line(p)))


def markdown_header_table(p: Person, i: int) -> Case:
    """A markdown table as a chat assistant writes one: a header row of labels, the
    '|---|' rule, one row of values."""
    heads = ("ชื่อ-นามสกุล", "เลขบัตรประชาชน", "เบอร์โทร", "อีเมล")
    vals = (p.name, p.nid, dashed_mobile(p.mobile), p.email)
    rows = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads),
            "| " + " | ".join(vals) + " |"]  # fmt: skip
    body = "ขอสำเนาเอกสารค่ะ ข้อมูลผู้ขอตามตารางค่ะ\n\n" + "\n".join(rows) + "\n"
    msg = message(p, "ขอสำเนาเอกสาร", text=body, n=i)
    return case("markdown_header_table", msg, expect(p, "full_name national_id phone email"))


def bank_account_digits(p: Person, i: int) -> Case:
    """A welfare request with the bank account to pay into: a Kasikorn-style account
    number of ten digits starting 0 (0xx-x-xxxxx-x) beside the labelled mobile; in the
    other variant the mobile is only in the mail's signature."""
    account = f"0{6 + i}{p.nid[3]}-{p.nid[4]}-{p.nid[5:10]}-{p.nid[10]}"
    if i % 2 == 0:
        body = f"""\
ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิดค่ะ
ชื่อ: {p.name}
เลขบัตรประชาชน: {p.nid}
โอนเข้าบัญชีธนาคารกสิกรไทย เลขที่บัญชี {account}
เบอร์โทร: {dashed_mobile(p.mobile)}
"""
    else:
        body = f"""\
ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิดค่ะ
ชื่อ: {p.name}
เลขบัตรประชาชน: {p.nid}
โอนเข้าบัญชีธนาคารกสิกรไทย เลขที่บัญชี {account}

--
{p.first}
{dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอรับเงินอุดหนุนเด็กแรกเกิด", text=body, n=i)
    # the account is no phone; the signature's number is right if read, missing if not
    return case("bank_account_digits", msg, expect(p, "full_name national_id phone"))


def _number_words(n: int) -> str:
    """1..99 in Thai words, as voice typing writes a spoken number."""
    tens, ones = divmod(n, 10)
    head = ("", "สิบ", "ยี่สิบ")[tens] if tens < 3 else f"{SPOKEN[tens]}สิบ"
    tail = "เอ็ด" if ones == 1 and tens else (SPOKEN[ones] if ones else "")
    return head + tail


def dictated_date_words(p: Person, i: int) -> Case:
    """Voice typing writes the birth date's day and year as words ('เกิดวันที่สิบสอง
    มีนาคม สองพันห้าร้อยยี่สิบสี่'), or the year only ('... มีนาคม 2524'). Read right, or
    left empty: a wrong date is the one outcome not allowed."""
    day = _number_words(p.born.day)
    year = str(be(p.born)) if i % 2 else "สองพันห้าร้อย" + _number_words(be(p.born) % 100)
    body = (
        f"สวัสดีครับ ผมชื่อ{p.name} เลขบัตรประชาชน {p.nid} เกิดวันที่{day} "
        f"{MONTHS[p.born.month - 1]} {year} เบอร์โทร {p.mobile} อยากขอใบรับรองครับ\n"
    )
    msg = message(p, "ขอใบรับรอง", text=body, n=i)
    return case("dictated_date_words", msg, expect(p, "full_name national_id birth_date phone"))


def signature_table_owa(p: Person, i: int) -> Case:
    """Outlook on the web: the answers in <div>s with <br>, then the sender's signature
    as a two-column table (a logo cell, then name, position, the company's phone, fax,
    address and web site), no '--' before it."""
    lines = (f"ชื่อ-นามสกุล : {p.name}", f"เลขบัตรประชาชน : {dashed_id(p.nid)}",
             f"โทรศัพท์มือถือ : {dashed_mobile(p.mobile)}", f"ที่อยู่ : {whole(p)}")  # fmt: skip
    sig = (
        "<table style='border-top:1px solid #ccc'><tr><td><img src='cid:logo' width=80></td>"
        f"<td><b>{p.en[1]} {p.en[2]}</b><br>ผู้จัดการฝ่ายบุคคล<br>บริษัท ไทยรุ่งเรือง จำกัด<br>"
        "โทร 02-555-0199 ต่อ 402 | แฟกซ์ 02-555-0198<br>"
        "99/9 ถนนวิภาวดีรังสิต แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900<br>www.example.co.th</td></tr>"
        "</table>"
    )
    html = (
        "<div style='font-family:Calibri'>เรียน เจ้าหน้าที่<br><br>ขอยื่นคำร้องขอใบอนุญาตค่ะ<br>"
        + "<br>".join(esc(x) for x in lines)
        + f"<br><br>ขอบคุณค่ะ</div><br>{sig}"
    )
    msg = message(p, "ขอใบอนุญาต", html=html, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("signature_table_owa", msg, expect(p, keys, long_line(p)))


SECOND_BATCH: tuple[Style, ...] = (
    nickname_inside_name,
    phone_shapes,
    html_li_br,
    chat_emphasis,
    markdown_header_table,
    bank_account_digits,
    dictated_date_words,
    signature_table_owa,
)


STYLES: tuple[Style, ...] = (
    voice_typing,
    autocorrect_marks,
    citizen_abroad,
    grandchild_types,
    complaint_story,
    arrow_bullets,
    pipe_one_line,
    forward_chain_three,
    reply_repastes_correction,
    smart_compose_signature,
    outlook_conditional,
    th_td_misplaced,
    email_builder_nested,
    apple_data_detectors,
    excel_paste_html,
    weekday_dates,
    value_then_label,
    envelope_block,
    thai_idn_email,
    real_and_nick_labels,
    caps_abbrev_labels,
    address_with_directions,
    text_checkbox_title,
    old_and_new_numbers,
    box_drawing,
    eservice_notification,
    assistant_drafted,
    traffy_share,
    promptpay_line,
)


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return [
        style(PEOPLE[(3 * s + i) % len(PEOPLE)], i)
        for s, style in enumerate(STYLES)
        for i in range(2)
    ]


def build_second_batch() -> list[Case]:
    """The second batch, each style for two people, a different pair per style."""
    return [
        style(PEOPLE[(3 * s + i + 1) % len(PEOPLE)], i)
        for s, style in enumerate(SECOND_BATCH)
        for i in range(2)
    ]
