"""An eighty-seventh set of requests written by someone who had not read the readers (issue
8): JOB SEEKERS WRITING TO A MUNICIPALITY OR อบต., to เทศบาลเมืองบ้านไผ่ and
องค์การบริหารส่วนตำบลหินตั้ง (Khon Kaen): applications for a temporary post
(พนักงานจ้างทั่วไป, พนักงานจ้างตามภารกิจ), a teacher's assistant at the town's ศูนย์พัฒนา
เด็กเล็ก, a lifeguard at the town's pool, a driver; volunteers for the town's disaster team
(อปพร.); a former employee asking a หนังสือรับรองการทำงาน. Kinds: plain (Gmail with a CV
pasted, iPhone, a LINE chat forwarded by a daughter, Outlook with quoted mail, the town's
web form), HTML (a job site's "apply" notification, Gmail, Outlook, a Gmail table), Word (a
two-column CV with a photo box, the agency's ใบสมัคร typed in Word, a letter asking a
certificate, a cover letter with the CV under it), PDF (fillable application and volunteer
forms, a typed form, a CV exported to PDF), xlsx (a guidance teacher's list of students, an
applicant's own sheet, a former employee's request sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Set 28: the applicant is the person who asks;
sets 31/63: a request for one person asked by another is the one it is for; set 37: where
only another's phone (or box) is given, phone (or e-mail) `()`. So here:
- the APPLICANT IS THE JOB SEEKER (or volunteer, or former employee asking her own
  certificate): her name, ID, birth date, mobile, box and home.
- NEVER the applicant's: references (บุคคลอ้างอิง) and their posts and phones; the
  emergency contact (บุคคลที่ติดต่อได้กรณีฉุกเฉิน) and his phone; father's and mother's
  names and occupations; a spouse; former bosses and employers (their addresses and
  phones); a job site's own address and lines; the town's own address and lines; a
  guidance teacher; a daughter who forwards her father's LINE chat (he is the applicant: her
  phone and box never his; his e-mail `()` where he has none).
- a guidance teacher's sheet listing SEVERAL students: the request is for many, none of
  them alone, and the teacher is not who it is for: full_name, national_id, birth_date,
  phone, email `()` (no value, or a flagged one, is right); no address scored.
- numbers that are never an ID or a phone: a post's number (เลขที่ตำแหน่ง), an
  announcement's number, a GPA, a salary, a ส.ด.9/ส.ด.43 number, a driving licence's
  number, a teacher's licence (13 digits that are not an ID), a lifeguard certificate's,
  a job post's reference, an employee number.
Address: where the applicant lives (ที่อยู่ปัจจุบัน where it differs from the house
registration, else the one given), house number to the อำเภอ/เขต, with or without
province and postal code; province and postal code of that address. Birth date ISO, only
the applicant's. Everyone and every number is invented (13-digit IDs made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "personnel@banphaicity.example.go.th"
TOWN = "เทศบาลเมืองบ้านไผ่"
TAO = "องค์การบริหารส่วนตำบลหินตั้ง"
KK = "ขอนแก่น"
MK = "มหาสารคาม"
BKK = "กรุงเทพมหานคร"

# The job seekers (and the former employees, the volunteers).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "ธีรภัทร", "ศรีบุญเรือง", "140050021334", date(1999, 4, 17), "0812345670", "teerapat.sbr@gmail.com",
      "88", "5", "", "", "เมืองเพีย", "บ้านไผ่", KK, "40110"),
    P("นางสาว", "กนกวรรณ", "พลเยี่ยม", "140050038215", date(2000, 9, 3), "0934417825", "kanokwan.py@gmail.com",
      "12/1", "3", "", "", "หินตั้ง", "บ้านไผ่", KK, "40110"),
    P("นาย", "สุริยา", "แสนโคตร", "340050012467", date(1979, 1, 22), "0857702318", "",
      "205", "9", "", "", "บ้านลาน", "บ้านไผ่", KK, "40110"),
    P("นางสาว", "พัชรินทร์", "โคตรชมภู", "140050044127", date(2001, 12, 11), "0621189043", "patcharin.kc@hotmail.com",
      "47", "", "", "เจนจบทิศ", "ในเมือง", "บ้านไผ่", KK, "40110"),
    P("นาย", "อนุวัฒน์", "ทองมา", "144990007728", date(1997, 6, 30), "0982253146", "anuwat.tm97@gmail.com",
      "9/4", "", "", "มะลิวัลย์", "ตลาด", "เมืองมหาสารคาม", MK, "44000"),
    P("นาง", "ศิริพร", "บุญประคม", "340050031582", date(1985, 2, 14), "0896614203", "siriporn.bpk@gmail.com",
      "63", "2", "", "", "แคนเหนือ", "บ้านไผ่", KK, "40110"),
    P("นาย", "ณัฐวุฒิ", "ชาญประโคน", "140050052376", date(2002, 8, 25), "0647719360", "natthawut.cp@gmail.com",
      "150", "7", "", "", "ภูเหล็ก", "บ้านไผ่", KK, "40110"),
    P("นางสาว", "วราภรณ์", "นามวงษ์", "110300041958", date(1996, 3, 8), "0917736542", "waraporn.nw@gmail.com",
      "55/219", "", "พหลโยธิน 48", "พหลโยธิน", "อนุสาวรีย์", "บางเขน", BKK, "10220"),
    P("นาย", "ประยุทธ", "ดวงจันทร์", "340050009913", date(1976, 11, 5), "0864470129", "",
      "31", "4", "", "", "ในเมือง", "พล", KK, "40120"),
    P("นางสาว", "จิราพัชร", "ภูมิสถาน", "140050060441", date(1998, 7, 19), "0953308817", "jirapat.ps@gmail.com",
      "7", "11", "", "", "ป่าปอ", "บ้านไผ่", KK, "40110"),
)  # fmt: skip

# Others beside the applicant (never the applicant's values).
REFS: tuple[tuple[str, str, str], ...] = (
    ("นายสมศักดิ์ วงศ์ละคร", "ผู้ใหญ่บ้านบ้านโนนทอง หมู่ที่ 5", "0872245918"),
    ("นางอรุณี แก้วบุญเรือง", "ผู้อำนวยการโรงเรียนบ้านไผ่พิทยาคม", "0432721504"),
    ("ดร.วิทยา ศรีสุข", "อาจารย์ที่ปรึกษา มหาวิทยาลัยขอนแก่น", "0819945627"),
    ("นายบุญเลิศ พรมมา", "หัวหน้างานขนส่ง บริษัท อีสานทรานสปอร์ต จำกัด", "0805563381"),
)
EMERG: tuple[tuple[str, str, str], ...] = (
    ("นางบุญมี ศรีบุญเรือง", "มารดา", "0894471652"),
    ("นายทองใบ พลเยี่ยม", "บิดา", "0861173309"),
    ("นางสาวอัมพร แสนโคตร", "ภรรยา", "0928814475"),
    ("นายวีระ โคตรชมภู", "พี่ชาย", "0639952184"),
)
BOSSES: tuple[tuple[str, str, str], ...] = (
    ("นายปัญญา มูลสาร", "หัวหน้าสำนักปลัดเทศบาล", "043-272-118"),
    ("นางสาวรัชนี ภูผาใจ", "ผู้อำนวยการกองการศึกษา", "043-272-120"),
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 23 + n % 5, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set87-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email and "email" in e:
        e["email"] = ()
    return e


def none_of_them() -> dict[str, tuple[str, ...]]:
    return {k: () for k in ("full_name", "national_id", "birth_date", "phone", "email")}


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_cv_pasted": "the applicant; never the references, parents, the boss",
    "plain_iphone_lifeguard": "the applicant; never his emergency contact (mother)",
    "plain_line_forwarded_driver": "the father in the LINE chat; never the daughter who forwards it",
    "plain_outlook_certificate_quoted": "the former employee; never the clerk's quoted signature or the boss",
    "plain_webform_volunteer": "the volunteer; never the emergency contact or the town's footer",
    "html_jobsite_apply_notice": "the candidate; never the job site's or the town's contacts",
    "html_gmail_teacher_assistant": "the applicant; never the reference (principal) or her licence",
    "html_outlook_certificate_new_job": "the former employee; never her new employer's signature",
    "html_gmail_table_volunteer": "the volunteer's rows; never the spouse's or the father's",
    "docx_cv_two_columns": "the CV's owner; never the employers, references",
    "docx_agency_application_form": "the applicant; never father, mother, spouse, emergency",
    "docx_certificate_letter": "the former employee (writer top right); never the boss",
    "docx_cover_letter_lifeguard": "the applicant; never the swim coach reference",
    "pdf_fillable_application": "the applicant_* fields; never ref*, emergency*, father/mother",
    "pdf_fillable_volunteer": "the volunteer; never the ผู้รับรอง (village headman)",
    "pdf_typed_application_form": "the applicant; never the spouse or the former employer",
    "pdf_typed_cv": "the CV's owner; never the references or employers",
    "xlsx_guidance_teacher_list": "no one: several students, sent by their teacher",
    "xlsx_applicant_own_sheet": "the applicant's rows; never references or emergency contact",
    "xlsx_certificate_request_sheet": "the former employee; never the former boss",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_cv_pasted(a: Party, i: int) -> Case:
    """A job seeker pastes her CV's text into a Gmail mail applying for พนักงานจ้างทั่วไป
    (ตำแหน่งคนงานทั่วไป): education with GPAs, parents' names, references with phones,
    the announcement's number."""
    p = a.p
    r1, r2 = REFS[0], REFS[2]
    text = (
        f"เรียน งานการเจ้าหน้าที่ {TOWN}\n\n"
        f"{me(a)}ขอสมัครเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานทั่วไป ตามประกาศ{TOWN} ที่ {118 + i}/2569 "
        f"เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง {ending(a)} รายละเอียดประวัติตามนี้\n\n"
        "=== ประวัติส่วนตัว ===\n"
        f"ชื่อ-นามสกุล: {a.name}\nวันเดือนปีเกิด: {born_th(p.born, i)} (อายุ {age(a)} ปี)\n"
        f"เลขบัตรประชาชน: {nid_w(p.nid, i)}\nส่วนสูง 172 ซม. น้ำหนัก 64 กก.\n"
        f"ที่อยู่: {home(a, i)}\nโทร: {tel(a, i)}\nE-mail: {p.email}\n\n"
        "=== ครอบครัว ===\n"
        f"บิดา นายสมพงษ์ {p.last} อาชีพ เกษตรกร\nมารดา นางคำปุ่น {p.last} อาชีพ ค้าขาย\n\n"
        "=== การศึกษา ===\n"
        f"ปวส. สาขาช่างไฟฟ้ากำลัง วิทยาลัยเทคนิคขอนแก่น ปี 2563 เกรดเฉลี่ย 3.{21 + i}\n"
        "ปวช. สาขาช่างยนต์ วิทยาลัยการอาชีพบ้านไผ่ ปี 2561 เกรดเฉลี่ย 2.98\n\n"
        "=== ประสบการณ์ทำงาน ===\n"
        "2564-2568 ช่างซ่อมบำรุง บริษัท น้ำตาลขอนแก่น จำกัด (มหาชน) 80 หมู่ 1 ต.บ้านลาน อ.บ้านไผ่ โทร 043-274-115 "
        "เงินเดือนล่าสุด 13,500 บาท\n\n"
        "=== บุคคลอ้างอิง ===\n"
        f"1. {r1[0]} {r1[1]} โทร {r1[2]}\n2. {r2[0]} {r2[1]} โทร {mobile(r2[2], i + 1)}\n\n"
        f"แนบสำเนาวุฒิการศึกษา สำเนาทะเบียนบ้าน และรูปถ่ายมาด้วย{ending(a)}\n\nขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, f"สมัครพนักงานจ้างทั่วไป - {a.name}", box(a), text=text)
    return Case("plain_gmail_cv_pasted", raw, own(a, ALL))


def plain_iphone_lifeguard(a: Party, i: int) -> Case:
    """A short iPhone mail applying as lifeguard at the town's pool: his lifeguard
    certificate's number, his mother as emergency contact with her phone."""
    p = a.p
    em = EMERG[0 if i % 2 == 0 else 3]
    text = (
        f"สวัสดี{ending(a)}\n{me(a)}สนใจสมัครตำแหน่ง ผู้ดูแลสระว่ายน้ำ (Lifeguard) พนักงานจ้างตามภารกิจ สระว่ายน้ำเทศบาลเมืองบ้านไผ่{ending(a)}\n"
        f"ชื่อ {a.name} อายุ {age(a)} ปี\nเกิด {born_th(p.born, i + 1)}\nบัตร ปชช. {nid_w(p.nid, i + 1)}\n"
        f"มีบัตรผู้ช่วยชีวิตทางน้ำ (สมาคมกู้ชีพกู้ภัยทางน้ำ) เลขที่ LG-{6612 + i}/2567 ว่ายน้ำฟรีสไตล์ 400 ม. ได้\n"
        f"บ้านอยู่ {home(a, i + 1)}\nเบอร์ {tel(a, i + 2)}\n"
        f"กรณีติดต่อไม่ได้ ติดต่อ {em[0]} ({em[1]}) {mobile(em[2], i)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "สมัครงานไลฟ์การ์ดสระว่ายน้ำ", box(a), text=text)
    return Case("plain_iphone_lifeguard", raw, own(a, ALL))


def plain_line_forwarded_driver(a: Party, i: int) -> Case:
    """A daughter forwards from her Gmail her father's LINE chat (exported as text) in
    which he gives his details to apply as the อบต.'s driver: his driving licence's number
    (ท.2), his mobile; her own mobile and box in her lines."""
    p = a.p
    daughter = ("นางสาวปวีณ์ธิดา", "0917742280", "paweetida.d@gmail.com")
    dn = f"{daughter[0]} {p.last}"
    chat = (
        f"[LINE] ประวัติการแชทกับ พ่อ\nวันที่บันทึก: 2569/11/2{i % 5} 20:14\n\n2569/11/2{{0}}(จ.)\n".format(
            i % 5
        )
        + f"19:02\tพ่อ\tลูก ช่วยส่งเมลสมัครคนขับรถ อบต.ให้พ่อหน่อย\n"
        f"19:03\t{daughter[0][6:]}\tได้ค่ะ ส่งข้อมูลมาเลย\n"
        f"19:05\tพ่อ\t{a.name}\n19:05\tพ่อ\tบัตรประชาชน {nid_w(p.nid, i)}\n"
        f"19:06\tพ่อ\tเกิด {born_th(p.born, i + 2)}\n"
        f"19:07\tพ่อ\tใบขับขี่ ท.2 เลขที่ {58004121 + 37 * i} หมดอายุ 2572\n"
        f"19:08\tพ่อ\tบ้าน {home(a, i)}\n19:08\tพ่อ\tเบอร์พ่อ {tel(a, i + 1)}\n"
        "19:10\tพ่อ\tเคยขับรถ 6 ล้อ ให้โรงสีข้าวบ้านไผ่ 12 ปี\n"
        f"19:11\t{daughter[0][6:]}\t[สติกเกอร์]\n"
    )
    text = (
        f"เรียน ปลัด{TAO}\n\nดิฉัน{dn} ขอส่งใบสมัครตำแหน่งพนักงานขับรถยนต์ (พนักงานจ้างทั่วไป) แทนบิดาค่ะ "
        "บิดาไม่ถนัดใช้อีเมล ข้อมูลของบิดาอยู่ในแชทด้านล่างค่ะ\n"
        f"หากต้องการเอกสารเพิ่ม ติดต่อดิฉันได้ที่ {mobile(daughter[1], i)}\n\n{dn}\n\n"
        f"---------- Forwarded message ---------\n{chat}"
    )
    raw = message(i, "Fwd: สมัครพนักงานขับรถยนต์ อบต.หินตั้ง", f"{dn[6:]} <{daughter[2]}>", text=text,
                  to="saraban@hintang.example.go.th")  # fmt: skip
    e = own(a, ALL)
    e["email"] = ()
    return Case("plain_line_forwarded_driver", raw, e)


def plain_outlook_certificate_quoted(a: Party, i: int) -> Case:
    """A former พนักงานจ้าง asks from Outlook a หนังสือรับรองการทำงาน, her reply above the
    personnel clerk's earlier mail (quoted, his signature with the town's lines); her old
    post, dates, salary, former boss."""
    p = a.p
    boss = BOSSES[i % 2]
    text = (
        f"เรียน คุณวิชัย\n\nตามที่แจ้งมา {me(a)}ขอส่งรายละเอียดเพื่อขอหนังสือรับรองการทำงาน{ending(a)}\n\n"
        f"ชื่อ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n"
        f"ตำแหน่งเดิม ผู้ช่วยเจ้าหน้าที่ธุรการ (พนักงานจ้างตามภารกิจ) เลขที่ตำแหน่ง 01-{3101 + i}\n"
        f"ทำงานตั้งแต่ 1 ตุลาคม 2563 ถึง 30 กันยายน 2568 ค่าตอบแทนเดือนสุดท้าย 11,280 บาท\n"
        f"ผู้บังคับบัญชา {boss[0]} {boss[1]}\n"
        f"ที่อยู่ปัจจุบัน {home(a, i + 2)}\nมือถือ {tel(a, i)}\n\n"
        f"จะนำไปใช้ประกอบการสมัครงานที่ใหม่{ending(a)} ขอบคุณ{ending(a)}\n{a.name}\n\n"
        "Sent from Outlook\n\n"
        "________________________________\n"
        f"From: งานการเจ้าหน้าที่ {TOWN} <{DESK}>\nSent: Monday, November 23, 2026 9:12 AM\n"
        f"To: {p.email}\nSubject: RE: ขอหนังสือรับรองการทำงาน\n\n"
        "เรียน ผู้ขอ\nกรุณาแจ้ง ชื่อ เลขบัตร ตำแหน่ง และช่วงเวลาที่ทำงาน เพื่อจัดทำหนังสือรับรองครับ\n\n"
        f"นายวิชัย แสงสุข\nนักทรัพยากรบุคคลปฏิบัติการ\n{TOWN} 555 ถนนเจนจบทิศ ตำบลในเมือง อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110\n"
        "โทร 043-272-111 ต่อ 105\n"
    )
    raw = message(i, "RE: ขอหนังสือรับรองการทำงาน", box(a), text=text)
    return Case("plain_outlook_certificate_quoted", raw, own(a, NO_BIRTH))


def plain_webform_volunteer(a: Party, i: int) -> Case:
    """The town's web form for disaster volunteers (อปพร.) mails its text notice: label:
    value lines, blood group, emergency contact and phone, the form's own footer with the
    town's line."""
    p = a.p
    em = EMERG[(i + 1) % 4]
    text = (
        "มีผู้กรอกแบบฟอร์ม: สมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)\n"
        f"หมายเลขรายการ: #{20691 + i}\nวันที่ส่ง: 25/11/2569 21:4{i % 10}\n\n"
        f"คำนำหน้า: {p.title}\nชื่อ: {p.first}\nนามสกุล: {p.last}\n"
        f"เลขบัตรประจำตัวประชาชน (13 หลัก): {nid_w(p.nid, i)}\nวัน/เดือน/ปีเกิด: {born_th(p.born, i + 1)}\n"
        "กรุ๊ปเลือด: O\nอาชีพปัจจุบัน: รับจ้างทั่วไป\n"
        f"ที่อยู่ตามทะเบียนบ้าน:\n{home(a, i + 1)}\n"
        f"เบอร์โทรศัพท์มือถือ: {tel(a, i + 3)}\nอีเมล: {p.email or '-'}\n"
        f"ชื่อผู้ติดต่อกรณีฉุกเฉิน: {em[0]}\nความสัมพันธ์: {em[1]}\nเบอร์โทรผู้ติดต่อกรณีฉุกเฉิน: {em[2]}\n"
        "เคยผ่านการอบรม อปพร. หรือไม่: ไม่เคย\n\n"
        "--\nอีเมลนี้ส่งอัตโนมัติจากเว็บไซต์เทศบาลเมืองบ้านไผ่ กรุณาอย่าตอบกลับ\n"
        "งานป้องกันและบรรเทาสาธารณภัย โทร 043-272-199 สายด่วน 199\n"
    )
    raw = message(i, f"[แบบฟอร์มออนไลน์] สมัคร อปพร. #{20691 + i}", "เว็บไซต์เทศบาลเมืองบ้านไผ่ <no-reply@banphaicity.example.go.th>",
                  text=text)  # fmt: skip
    return Case("plain_webform_volunteer", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_jobsite_apply_notice(a: Party, i: int) -> Case:
    """A job site's "apply" button sends the town its notice: the candidate's card (name,
    age, mobile, box, address), the job post's number, expected salary, and the site's own
    Bangkok office and hotline in the footer."""
    p = a.p
    rows = [("ชื่อผู้สมัคร", a.name), ("อายุ", f"{age(a)} ปี"), ("เพศ", "ชาย" if p.title == "นาย" else "หญิง"),
            ("เบอร์โทรศัพท์", tel(a, i)), ("อีเมล", p.email), ("ที่อยู่", home(a, i + 3)),
            ("วุฒิการศึกษาสูงสุด", "ปริญญาตรี รัฐประศาสนศาสตร์ (GPA 3.12)"), ("เงินเดือนที่ต้องการ", "12,000 - 15,000 บาท")]  # fmt: skip
    card = "".join(
        f'<tr><td style="color:#777;padding:4px 12px 4px 0">{x}</td><td style="padding:4px 0"><b>{y}</b></td></tr>'
        for x, y in rows
    )
    html = (
        '<html><body style="margin:0;background:#f2f4f7;font-family:Tahoma,Arial">'
        '<table width="600" align="center" style="background:#fff"><tr><td style="background:#0b5ed7;color:#fff;padding:16px;font-size:20px">'
        'JobThaiNow <span style="font-size:13px">| แจ้งเตือนผู้สมัครงานใหม่</span></td></tr>'
        f'<tr><td style="padding:16px"><p>เรียน ฝ่ายบุคคล {TOWN}</p>'
        f"<p>มีผู้สมัครงานตำแหน่ง <b>ผู้ช่วยเจ้าพนักงานธุรการ (พนักงานจ้างตามภารกิจ)</b> ประกาศเลขที่ JT-{784401 + i}</p>"
        f'<table style="border:1px solid #dde;padding:8px;width:100%">{card}</table>'
        '<p><a href="https://jobthainow.example.com/employer/resume/884201" style="background:#0b5ed7;color:#fff;padding:8px 16px">ดูเรซูเม่ฉบับเต็ม</a></p>'
        '</td></tr><tr><td style="font-size:11px;color:#999;padding:16px;border-top:1px solid #eee">'
        "บริษัท จ็อบไทยนาว จำกัด 1 อาคารเอ็มไพร์ทาวเวอร์ ชั้น 33 ถนนสาทรใต้ แขวงยานนาวา เขตสาทร กรุงเทพฯ 10120<br>"
        "Call Center 02-028-9000 | support@jobthainow.example.com<br>ท่านได้รับอีเมลนี้เพราะลงประกาศงานกับเรา</td></tr></table></body></html>\n"
    )
    raw = message(i, f"[JobThaiNow] ผู้สมัครใหม่: {a.name} - ผู้ช่วยเจ้าพนักงานธุรการ", "JobThaiNow <noreply@jobthainow.example.com>",
                  html=html)  # fmt: skip
    e = own(a, NO_BIRTH)
    # Builder's slip mended after the first sight: the card writes no ID, so none is
    # expected (was: the applicant's, 304 fields; now 302).
    del e["national_id"]
    return Case("html_jobsite_apply_notice", raw, e)


def html_gmail_teacher_assistant(a: Party, i: int) -> Case:
    """A Gmail mail applying as ผู้ดูแลเด็ก (ครูผู้ช่วย) at the ศูนย์พัฒนาเด็กเล็ก: her
    teacher's licence (13 digits that are not an ID), GPA, her former principal as
    reference with his line."""
    p = a.p
    ref = REFS[1]
    lic = f"6{41 + i}0{200 + i}00{3817 + i}"[:13].ljust(13, "2")
    lines = [f"เรียน หัวหน้าศูนย์พัฒนาเด็กเล็ก{TOWN}", "",
             f"{me(a)} {a.name} ขอสมัครตำแหน่ง ผู้ดูแลเด็ก (ทักษะ) ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองบ้านไผ่ ตามประกาศรับสมัครลงวันที่ 16 พฤศจิกายน 2569{ending(a)}",
             "",
             "<b>ข้อมูลผู้สมัคร</b>", f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}", f"เกิดวันที่ {born_th(p.born, i + 2)}",
             f"ที่อยู่ปัจจุบัน {home(a, i + 1)}", f"โทรศัพท์ {tel(a, i + 1)}",
             "วุฒิ ครุศาสตรบัณฑิต สาขาการศึกษาปฐมวัย มหาวิทยาลัยราชภัฏมหาสารคาม เกรดเฉลี่ยสะสม 3.47",
             f"ใบอนุญาตประกอบวิชาชีพครู เลขที่ {lic} (หมดอายุ 2574)", "",
             f"บุคคลอ้างอิง: {ref[0]} {ref[1]} โทร. {ref[2][:3]}-{ref[2][3:6]}-{ref[2][6:]}", "",
             "ขอแสดงความนับถือ", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "สมัครตำแหน่งผู้ดูแลเด็ก ศพด.", box(a), html=html)
    return Case("html_gmail_teacher_assistant", raw, own(a, ALL))


def html_outlook_certificate_new_job(a: Party, i: int) -> Case:
    """A former employee asks from her new employer's Outlook a หนังสือรับรองการทำงาน:
    her home in the body, the new company's office, line and box in her signature."""
    p = a.p
    boss = BOSSES[(i + 1) % 2]
    paras = [f"เรียน ปลัด{TAO}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เคยปฏิบัติงานเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ "
             f"สังกัดกองสาธารณสุขฯ ระหว่างวันที่ 1 ธันวาคม 2565 - 31 มีนาคม 2569 โดยมี{boss[0]} เป็นผู้บังคับบัญชา",
             "มีความประสงค์ขอหนังสือรับรองการทำงาน จำนวน 2 ฉบับ เพื่อยื่นประกอบการสมัครงาน",
             f"ที่อยู่สำหรับจัดส่งหนังสือ (บ้าน): {home(a, i)}", f"โทรศัพท์มือถือ {tel(a, i + 1)}", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>เจ้าหน้าที่ธุรการคลังสินค้า<br>บริษัท เอสซีจี โลจิสติกส์ ขอนแก่น จำกัด<br>'
           "199 หมู่ 4 ถนนมิตรภาพ ตำบลท่าพระ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40260<br>"
           f"โทร 043-261-{400 + i} ต่อ 12 | แฟกซ์ 043-261-499<br>"
           f'<a href="mailto:wh.kk{i}@scg-kk.example.co.th">wh.kk{i}@scg-kk.example.co.th</a></p>')  # fmt: skip
    raw = message(i, "ขอหนังสือรับรองการทำงาน", f"{a.name} <wh.kk{i}@scg-kk.example.co.th>",
                  html=outlook_html(paras, sig), to="saraban@hintang.example.go.th")  # fmt: skip
    e = own(a, NO_BIRTH)
    e["email"] = ()  # only the company's box
    return Case("html_outlook_certificate_new_job", raw, e)


def html_gmail_table_volunteer(a: Party, i: int) -> Case:
    """A Gmail mail with a table: the volunteer's rows, then a spouse's and a father's
    rows (their names, occupations, phones)."""
    p = a.p
    rows = [("ชื่อ-สกุล", a.name), ("เลขบัตรประชาชน", nid_w(p.nid, i + 2)), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่", home(a, i + 2)), ("มือถือ", tel(a, i + 3)), ("อีเมล", p.email or "-"),
            ("ความสามารถพิเศษ", "ขับรถกระบะ, ว่ายน้ำ, ปฐมพยาบาลเบื้องต้น"),
            ("คู่สมรส", f"{'นาง' if p.title == 'นาย' else 'นาย'}สุดารัตน์ {p.last} อาชีพ ครู โทร 081-774-0921"),
            ("บิดา", f"นายเสาร์ {p.last} อาชีพ ทำนา โทร 086-552-1473")]  # fmt: skip
    t = "".join(f"<tr><td style='background:#f3f3f3'>{x}</td><td>{y}</td></tr>" for x, y in rows)
    html = (f'<div dir="ltr"><div>เรียน หัวหน้างานป้องกันและบรรเทาสาธารณภัย {TOWN}</div><br>'
            f"<div>{me(a)}ประสงค์สมัครเป็นอาสาสมัครทีมกู้ภัยของเทศบาล (อปพร.) รุ่นที่ {14 + i % 2} {ending(a)}</div><br>"
            f"<table border='1' cellspacing='0' cellpadding='4'>{t}</table><br>"
            f"<div>ขอบคุณ{ending(a)}</div><div>--</div><div>{p.first} {p.last}</div></div>\n")  # fmt: skip
    raw = message(i, "สมัคร อปพร. รุ่นใหม่", box(a), html=html)
    return Case("html_gmail_table_volunteer", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_cv_two_columns(a: Party, i: int) -> Case:
    """A CV in Word: a two-column table, left a photo box and contacts, right education
    (B.E. years, GPAs) and work history with employers' addresses and phones; references
    at the foot."""
    p = a.p
    r1, r2 = REFS[3], REFS[0]

    def build(d: Any) -> None:
        d.add_heading("ประวัติย่อ (Resume)", level=1)
        t = d.add_table(rows=1, cols=2)
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.text = "[ รูปถ่าย 1 นิ้ว ]"
        for x in ("", a.name, "ตำแหน่งที่สมัคร: พนักงานขับรถยนต์", "", "ข้อมูลติดต่อ",
                  f"โทร: {tel(a, i + 1)}", f"อีเมล: {p.email or '-'}", f"ที่อยู่: {home(a, i + 3)}", "",
                  "ข้อมูลส่วนตัว", f"วันเกิด: {born_th(p.born, i + 1)}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}",
                  "สถานภาพทางทหาร: ผ่านการเกณฑ์ทหาร (สด.8)", f"ใบขับขี่ประเภท 2 เลขที่ {63001877 + i}"):  # fmt: skip
            left.add_paragraph(x)
        right.text = "การศึกษา"
        for x in ("2555 - 2558  ม.6 โรงเรียนบ้านไผ่ (เกรดเฉลี่ย 2.65)", "2552 - 2555  ม.3 โรงเรียนบ้านไผ่ (เกรดเฉลี่ย 2.80)", "",
                  "ประสบการณ์ทำงาน",
                  "2562 - 2568 พนักงานขับรถส่งสินค้า บริษัท อีสานทรานสปอร์ต จำกัด 321 หมู่ 2 ถนนมิตรภาพ ตำบลเมืองเก่า อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 โทร 043-306-771",
                  "2559 - 2562 พนักงานขับรถ ห้างหุ้นส่วนจำกัด บ้านไผ่ค้าวัสดุ 18 ถนนเจนจบทิศ ตำบลในเมือง อำเภอบ้านไผ่ โทร 043-272-654",
                  "", "บุคคลอ้างอิง", f"{r1[0]} ({r1[1]}) โทร {r1[2]}", f"{r2[0]} ({r2[1]}) โทร {r2[2]}"):  # fmt: skip
            right.add_paragraph(x)

    raw = message(i, "สมัครงานตำแหน่งพนักงานขับรถยนต์ (แนบ Resume)", box(a),
                  text=f"เรียน งานการเจ้าหน้าที่\nแนบประวัติย่อมาเพื่อสมัครงาน{ending(a)}\n{p.first}\n",
                  files=(("Resume_" + p.first + ".docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cv_two_columns", raw, own(a, ALL))


def docx_agency_application_form(a: Party, i: int) -> Case:
    """The town's ใบสมัครสอบคัดเลือกพนักงานจ้าง, typed over its dotted lines in Word:
    the post and its number, the applicant's lines, father, mother and spouse with
    occupations, the ส.ด.43's number, the emergency contact."""
    p = a.p
    em = EMERG[(i + 2) % 4]
    wed = p.title != "นางสาว"

    def build(d: Any) -> None:
        d.add_paragraph(f"ใบสมัครสอบคัดเลือกเป็นพนักงานจ้าง {TOWN}")
        d.add_paragraph(f"เลขประจำตัวสอบ ........{i + 41:03d}........  (เจ้าหน้าที่กรอก)")
        d.add_paragraph(f"ตำแหน่งที่สมัคร  คนงานทั่วไป (ประจำกองช่าง)  เลขที่ตำแหน่ง ...04-2-00{i % 10}...")
        d.add_paragraph(f"1. ชื่อ ......{a.name}......  สัญชาติ ไทย  ศาสนา พุทธ")
        d.add_paragraph(f"2. เกิดวันที่ ......{born_th(p.born, i)}......  อายุ ...{age(a)}... ปี")
        d.add_paragraph(f"3. เลขประจำตัวประชาชน ......{nid_w(p.nid, i + 1)}......")
        d.add_paragraph(f"4. ที่อยู่ปัจจุบันที่ติดต่อได้สะดวก ......{home(a, i)}......")
        d.add_paragraph(f"   โทรศัพท์ ......{tel(a, i)}......  E-mail ......{p.email or '-'}......")
        d.add_paragraph(
            f"5. ชื่อบิดา ......นายจันทร์ {p.last}...... อาชีพ ...ทำนา...  ชื่อมารดา ......นางบัวผัน {p.last}...... อาชีพ ...แม่บ้าน..."
        )
        d.add_paragraph(
            f"6. ชื่อคู่สมรส ......{'นางมาลัย ' + p.last if wed else '-'}...... อาชีพ ...{'รับจ้าง' if wed else '-'}..."
        )
        d.add_paragraph(
            f"7. ภูมิลำเนาทหาร (เฉพาะชาย) ส.ด.43 เลขที่ ...{2209 + i}/2540...  ส.ด.9 เลขที่ ...ข.{4471 + i}..."
        )
        d.add_paragraph("8. วุฒิการศึกษา ...มัธยมศึกษาปีที่ 3... เกรดเฉลี่ย ...2.44...")
        d.add_paragraph(
            f"9. บุคคลที่ติดต่อได้กรณีฉุกเฉิน ......{em[0]}...... เกี่ยวข้องเป็น ...{em[1]}... โทร ...{em[2]}..."
        )
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")
        d.add_paragraph(f"(ลงชื่อ) ......{a.name}...... ผู้สมัคร")
        d.add_paragraph(f"วันที่ {thai_day(date(2026, 11, 20 + i % 8))}")

    raw = message(i, "ส่งใบสมัครพนักงานจ้าง (คนงานทั่วไป)", box(a),
                  text=f"เรียน เจ้าหน้าที่\nส่งใบสมัครที่กรอกแล้วตามแนบ{ending(a)}\n",
                  files=(("ใบสมัคร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_agency_application_form", raw, own(a, ALL))


def docx_certificate_letter(a: Party, i: int) -> Case:
    """A former employee's letter in Word asking a หนังสือรับรองการทำงาน: her address top
    right, the date, the old post, the former boss named; signed in brackets."""
    p = a.p
    boss = BOSSES[i % 2]
    adr = home(a, i + 1)

    def build(d: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        for x in (adr, thai_day(date(2026, 11, 18 + i % 9))):
            d.add_paragraph(x).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph("เรื่อง  ขอหนังสือรับรองการทำงาน")
        d.add_paragraph("เรียน  นายกเทศมนตรีเมืองบ้านไผ่")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เคยปฏิบัติงานในตำแหน่งผู้ช่วยครูผู้ดูแลเด็ก "
            f"(พนักงานจ้างตามภารกิจ) ศูนย์พัฒนาเด็กเล็ก{TOWN} ตั้งแต่วันที่ 1 พฤศจิกายน 2561 ถึงวันที่ 31 ตุลาคม 2567 "
            f"ได้รับค่าตอบแทนเดือนละ 9,400 บาท โดยมี{boss[0]} {boss[1]} เป็นผู้บังคับบัญชา"
        )
        d.add_paragraph(
            "บัดนี้ข้าพเจ้ามีความประสงค์ขอหนังสือรับรองการทำงาน เพื่อใช้ประกอบการสมัครสอบครูผู้ช่วย "
            f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่โทร {tel(a, i + 2)}"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        for x in ("ขอแสดงความนับถือ", "", f"({a.name})"):
            d.add_paragraph(x).alignment = WD_ALIGN_PARAGRAPH.CENTER

    raw = message(i, "ขอหนังสือรับรองการทำงาน (อดีตพนักงานจ้าง)", box(a),
                  text="เรียน งานการเจ้าหน้าที่\nแนบหนังสือขอหนังสือรับรองการทำงานค่ะ\n",
                  files=(("ขอหนังสือรับรอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_certificate_letter", raw, own(a, NO_BIRTH))


def docx_cover_letter_lifeguard(a: Party, i: int) -> Case:
    """A cover letter (จดหมายสมัครงาน) and the CV under it in one Word file, for the
    lifeguard's post: a swim coach as reference (his club's line), the lifeguard
    certificate's number, the emergency contact."""
    p = a.p
    em = EMERG[(i + 3) % 4]

    def build(d: Any) -> None:
        d.add_paragraph(f"เรื่อง ขอสมัครงานตำแหน่งผู้ดูแลสระว่ายน้ำ\nเรียน ผู้อำนวยการกองการศึกษา {TOWN}")
        d.add_paragraph(
            f"{me(a)}ทราบข่าวการรับสมัครพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลสระว่ายน้ำ ประกาศเลขที่ {71 + i}/2569 "
            f"{me(a)}เคยเป็นนักกีฬาว่ายน้ำจังหวัดขอนแก่น และได้รับประกาศนียบัตร Pool Lifeguard เลขที่ RLSS-TH {40218 + i} "
            f"จึงขอสมัครงานในตำแหน่งดังกล่าว ประวัติตามที่แนบด้านล่าง"
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n{a.name}")
        d.add_page_break()
        d.add_heading("ประวัติส่วนตัว", level=2)
        for x in (f"ชื่อ  {a.name}", f"วันเกิด  {born_th(p.born, i + 2)}", f"เลขที่บัตรประชาชน  {nid_w(p.nid, i + 2)}",
                  f"ที่อยู่ที่ติดต่อได้  {home(a, i + 2)}", f"โทรศัพท์มือถือ  {tel(a, i + 1)}", f"อีเมล  {p.email or '-'}",
                  "บุคคลอ้างอิง  นายชาตรี ว่องไว โค้ชชมรมว่ายน้ำขอนแก่น โทร 043-241-882",
                  f"ผู้ติดต่อฉุกเฉิน  {em[0]} ({em[1]}) โทร {mobile(em[2], i + 1)}"):  # fmt: skip
            d.add_paragraph(x)

    raw = message(i, "สมัครงาน ผู้ดูแลสระว่ายน้ำ", box(a), text="แนบจดหมายสมัครงานและประวัติ\n",
                  files=(("สมัครงาน_lifeguard.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cover_letter_lifeguard", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_application(a: Party, i: int) -> Case:
    """The อบต.'s fillable ใบสมัคร (English field names as a form designer leaves them):
    applicant_*, then father_name, emergency_name/emergency_tel, ref1_*, ref2_*."""
    p = a.p
    em = EMERG[i % 4]
    r1, r2 = REFS[(i + 1) % 4], REFS[(i + 2) % 4]
    labels = [(55, 18, f"ใบสมัครพนักงานจ้าง {TAO}"), (20, 32, "ตำแหน่งที่สมัคร"), (20, 42, "ชื่อ-สกุล"),
              (20, 52, "เลขประจำตัวประชาชน"), (120, 52, "วันเกิด"), (20, 62, "ที่อยู่"), (20, 72, "โทรศัพท์"),
              (110, 72, "อีเมล"), (20, 86, "ชื่อบิดา"), (110, 86, "ชื่อมารดา"), (20, 100, "ผู้ติดต่อกรณีฉุกเฉิน"),
              (130, 100, "โทร"), (20, 114, "บุคคลอ้างอิง 1"), (130, 114, "โทร"), (20, 124, "บุคคลอ้างอิง 2"), (130, 124, "โทร"),
              (20, 150, "ลงชื่อ ............................ ผู้สมัคร")]  # fmt: skip
    fields = [Field("position", "พนักงานขับรถยนต์ (เลขที่ตำแหน่ง 00-3-01)", 50, 32, 120),
              Field("applicant_name", a.name, 45, 42, 110), Field("applicant_id", p.nid, 60, 52, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i + 1), 135, 52, 45), Field("applicant_address", home(a, i), 35, 62, 160),
              Field("applicant_tel", tel(a, i), 45, 72, 55), Field("applicant_email", p.email, 125, 72, 70),
              Field("father_name", f"นายคำ {p.last}", 40, 86, 60), Field("mother_name", f"นางหนูพิน {p.last}", 130, 86, 60),
              Field("emergency_name", f"{em[0]} ({em[1]})", 65, 100, 60), Field("emergency_tel", em[2], 140, 100, 40),
              Field("ref1_name", f"{r1[0]} {r1[1]}", 50, 114, 78), Field("ref1_tel", r1[2], 140, 114, 40),
              Field("ref2_name", f"{r2[0]} {r2[1]}", 50, 124, 78), Field("ref2_tel", r2[2], 140, 124, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "ใบสมัครพนักงานจ้าง (PDF)", box(a), text=f"ส่งใบสมัครที่กรอกแล้ว{ending(a)}\n",
                  files=(("ใบสมัคร_อบต.pdf", data, PDF),), to="saraban@hintang.example.go.th")  # fmt: skip
    return Case("pdf_fillable_application", raw, own(a, ALL))


def pdf_fillable_volunteer(a: Party, i: int) -> Case:
    """The town's fillable อปพร. form (Thai field names, the ID in 13 boxes, the birth date
    in three parts) with a ผู้รับรอง section filled by the village headman (his ID and
    phone)."""
    p = a.p
    head_id = with_check_digit(f"34005000{4417 + i}")
    d = p.born
    labels = [(40, 18, "ใบสมัครเข้ารับการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน"), (20, 40, "ชื่อ-นามสกุล"),
              (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "เกิดวันที่"), (70, 60, "เดือน"), (120, 60, "พ.ศ."),
              (20, 70, "ที่อยู่"), (20, 80, "โทรศัพท์มือถือ"), (110, 80, "อีเมล"),
              (20, 110, "ผู้รับรอง (กำนัน/ผู้ใหญ่บ้าน)"), (20, 120, "เลขประจำตัวประชาชนผู้รับรอง"), (20, 130, "โทรศัพท์ผู้รับรอง")]  # fmt: skip
    fields = [Field("ชื่อนามสกุล", a.name, 50, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 65, comb=13),
              Field("วันเกิด", str(d.day), 40, 60, 20), Field("เดือนเกิด", MONTHS[d.month - 1], 82, 60, 30),
              Field("ปีเกิด", str(d.year + 543), 130, 60, 20), Field("ที่อยู่", home(a, i + 1), 35, 70, 160),
              Field("โทรศัพท์มือถือ", tel(a, i + 2), 55, 80, 50), Field("อีเมล", p.email, 125, 80, 70),
              Field("ผู้รับรอง", f"นายสมพร ชัยคำ ผู้ใหญ่บ้าน หมู่ที่ {p.moo or '1'}", 75, 110, 100),
              Field("เลขประจำตัวประชาชนผู้รับรอง", head_id, 85, 120, 65, comb=13),
              Field("โทรศัพท์ผู้รับรอง", "0883317264", 70, 130, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "ใบสมัคร อปพร.", box(a), text="เรียน งานป้องกันฯ\nแนบใบสมัครครับ/ค่ะ\n",
                  files=(("opor_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_volunteer", raw, own(a, ALL))


def pdf_typed_application_form(a: Party, i: int) -> Case:
    """The agency's ใบสมัคร typed in Word and exported to PDF: label and value on a line,
    two columns in places; the spouse's name and work, the former employer's address and
    line, the salary, the post's number."""
    p = a.p
    paras: list[tuple[float, str]] = [
        (60, f"ใบสมัครงาน {TOWN}"), (0, ""),
        (20, f"ตำแหน่งที่สมัคร  ผู้ช่วยนักวิชาการเงินและบัญชี  เลขที่ตำแหน่ง 04-{218 + i}"), (0, ""),
        (20, f"ชื่อ-นามสกุล  {a.name}"), (20, f"เลขประจำตัวประชาชน  {nid_w(p.nid, i)}"),
        (20, f"วัน เดือน ปีเกิด  {born_th(p.born, i)}"), (20, f"ที่อยู่ปัจจุบัน  {home(a, i + 1)}"),
        (20, f"โทรศัพท์  {tel(a, i + 1)}"), (20, f"E-mail  {p.email or '-'}"), (0, ""),
        (20, f"คู่สมรส  นาย{('ธนากร', 'พงศกร')[i % 2]} {('ศรีสมบัติ', 'ไชยวงศ์')[i % 2]}  อาชีพ  พนักงานธนาคาร  โทร 081-662-3094"),
        (20, "การศึกษา  บริหารธุรกิจบัณฑิต (การบัญชี) มหาวิทยาลัยมหาสารคาม พ.ศ. 2561  เกรดเฉลี่ย 3.05"),
        (20, "ประวัติการทำงาน  พนักงานบัญชี สำนักงานบัญชีบ้านไผ่การบัญชี 99/3 ถนนเจนจบทิศ ตำบลในเมือง อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110 โทร 043-274-306 เงินเดือน 14,000 บาท"),
        (0, ""), (110, f"ลงชื่อ  {a.name}  ผู้สมัคร"), (110, thai_day(date(2026, 11, 16 + i % 9))),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "สมัครงาน ผู้ช่วยนักวิชาการเงินและบัญชี", box(a), text="แนบใบสมัครงาน (PDF)\n",
                  files=(("application.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_application_form", raw, own(a, ALL))


def pdf_typed_cv(a: Party, i: int) -> Case:
    """A CV exported to PDF: the name big at the top, a contact line, a profile, education,
    experience with employers' phones, and references with their mobiles."""
    p = a.p
    r1, r2 = REFS[2], REFS[1]
    paras: list[tuple[float, str]] = [
        (20, a.name), (20, f"{tel(a, i + 2)}  |  {p.email or '-'}  |  {home(a, i + 2)}"), (0, ""),
        (20, "ข้อมูลส่วนตัว"), (25, f"วันเกิด {born_th(p.born, i + 2)}   เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}"),
        (25, "สถานภาพทางทหาร  ได้รับการยกเว้น (สด.43)"), (0, ""),
        (20, "การศึกษา"), (25, "2563  วิทยาศาสตรบัณฑิต สาขาวิทยาการคอมพิวเตอร์ มหาวิทยาลัยขอนแก่น  GPAX 2.91"), (0, ""),
        (20, "ประสบการณ์"), (25, "2564 - ปัจจุบัน  เจ้าหน้าที่ไอที โรงพยาบาลบ้านไผ่  โทร 043-272-036"),
        (25, "2563 - 2564  พนักงานฝึกงาน บริษัท ขอนแก่นซอฟต์ จำกัด 77/1 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น โทร 043-225-901"), (0, ""),
        (20, "บุคคลอ้างอิง"), (25, f"{r1[0]}  {r1[1]}  โทร {mobile(r1[2], i)}"), (25, f"{r2[0]}  {r2[1]}  โทร {r2[2]}"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "สมัครงาน ผู้ช่วยนักวิชาการคอมพิวเตอร์ (CV)", box(a),
                  text=f"เรียน ฝ่ายบุคคล\nสนใจตำแหน่งผู้ช่วยนักวิชาการคอมพิวเตอร์ แนบ CV มา{ending(a)}\n",
                  files=(("CV.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_cv", raw, own(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_guidance_teacher_list(a: Party, i: int) -> Case:
    """A school's guidance teacher sends a sheet of several students who apply for the
    town's school-break jobs (จ้างงานนักเรียนช่วงปิดภาคเรียน): one row each (name, ID, birth
    date, GPA, parent's phone); her own name and mobile in the mail. No one applicant."""
    people = [a, *(x for x in PEOPLE if x is not a)][:4]
    teacher = ("นางสาวดวงใจ มีสุข", "0897726450", "duangjai.ms@school.example.ac.th")

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อ"
        ws.append((f"รายชื่อนักเรียนสมัครโครงการจ้างงานนักเรียน {TOWN} ปิดภาคเรียน 2/2569",))
        ws.append(("โรงเรียนบ้านไผ่พิทยาคม",))
        ws.append(("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ชั้น", "เกรดเฉลี่ย", "เบอร์ผู้ปกครอง"))
        for n, x in enumerate(people, 1):
            ws.append(
                (
                    n,
                    x.name,
                    nid_w(x.p.nid, i + n),
                    born_th(x.p.born, n),
                    "ม.5/2",
                    f"3.{10 + 7 * n}",
                    mobile(x.p.mobile, n),
                )
            )
        ws.append(())
        ws.append(("ครูแนะแนว", teacher[0], "", "", "", "", teacher[1]))

    text = (
        f"เรียน งานพัฒนาชุมชน {TOWN}\n\nดิฉันครูแนะแนว โรงเรียนบ้านไผ่พิทยาคม ขอส่งรายชื่อนักเรียนที่สมัครโครงการจ้างงานนักเรียน "
        f"ช่วงปิดภาคเรียน จำนวน {len(people)} คน ตามไฟล์แนบค่ะ\n\n{teacher[0]}\nครูแนะแนว โทร {mobile(teacher[1], i)}\n"
    )
    raw = message(i, "ส่งรายชื่อนักเรียนสมัครจ้างงานช่วงปิดเทอม", f"Duangjai M. <{teacher[2]}>", text=text,
                  files=(("รายชื่อนักเรียน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_guidance_teacher_list", raw, none_of_them())


def xlsx_applicant_own_sheet(a: Party, i: int) -> Case:
    """An applicant's own sheet for the driver's post (label in A, value in B): his lines,
    his driving licence's number, his ส.ด.9's, then the emergency contact and two
    references, each with a phone."""
    p = a.p
    em = EMERG[(i + 1) % 4]
    r1, r2 = REFS[3], REFS[0]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลผู้สมัคร"
        for row in (("ใบสมัครตำแหน่งพนักงานขับรถยนต์",), ("ชื่อ-นามสกุล", a.name),
                    ("เลขบัตรประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 1)),
                    ("ที่อยู่", home(a, i + 3)), ("เบอร์มือถือ", tel(a, i + 3)), ("อีเมล", p.email or "-"),
                    ("ใบอนุญาตขับขี่ ท.2 เลขที่", str(60007741 + i)), ("ส.ด.9 เลขที่", f"ก.{1189 + i}"), (),
                    ("ผู้ติดต่อฉุกเฉิน", f"{em[0]} ({em[1]})"), ("เบอร์ผู้ติดต่อฉุกเฉิน", em[2]), (),
                    ("บุคคลอ้างอิง 1", f"{r1[0]} {r1[1]}"), ("โทร", r1[2]),
                    ("บุคคลอ้างอิง 2", f"{r2[0]} {r2[1]}"), ("โทร", r2[2])):  # fmt: skip
            ws.append(row)

    raw = message(i, "สมัครพนักงานขับรถ (ไฟล์ Excel)", box(a), text="ส่งข้อมูลสมัครงานตามไฟล์แนบครับ\n",
                  files=(("ข้อมูลสมัครงาน.xlsx", xlsx_bytes(build), XLSX),), to="saraban@hintang.example.go.th")  # fmt: skip
    return Case("xlsx_applicant_own_sheet", raw, own(a, ALL))


def xlsx_certificate_request_sheet(a: Party, i: int) -> Case:
    """The town's แบบคำขอหนังสือรับรองการทำงาน kept as an Excel form, filled by a former
    employee: her lines, the posts she held (a row each, with the post's number and
    salary), the former boss and his line."""
    p = a.p
    boss = BOSSES[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("แบบคำขอหนังสือรับรองการทำงาน", "", "", ""))
        ws.append(("ชื่อผู้ขอ", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่ปัจจุบัน", home(a, i + 1), "", ""))
        ws.append(("โทรศัพท์", tel(a, i + 2), "อีเมล", p.email or "-"))
        ws.append(())
        ws.append(("ตำแหน่ง", "เลขที่ตำแหน่ง", "ระยะเวลา", "ค่าตอบแทน (บาท)"))
        ws.append(("คนงานทั่วไป", f"00-1-0{12 + i}", "2560-2563", "9,000"))
        ws.append(("พนักงานจ้างตามภารกิจ ผู้ช่วยเจ้าพนักงานพัสดุ", f"04-2-{301 + i}", "2563-2568", "12,470"))
        ws.append(())
        ws.append(("ผู้บังคับบัญชาขณะปฏิบัติงาน", boss[0], boss[1], boss[2]))
        ws.append(("วัตถุประสงค์", "ใช้ประกอบการขอสินเชื่อธนาคาร", "", ""))

    raw = message(i, "แบบคำขอหนังสือรับรองการทำงาน", box(a), text=f"แนบแบบคำขอหนังสือรับรองการทำงาน{ending(a)}\n",
                  files=(("คำขอหนังสือรับรอง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_certificate_request_sheet", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gmail_cv_pasted, (0, 3)),
    (plain_iphone_lifeguard, (6, 1)),
    (plain_line_forwarded_driver, (2, 8)),
    (plain_outlook_certificate_quoted, (5, 9)),
    (plain_webform_volunteer, (4, 2)),
    (html_jobsite_apply_notice, (7, 0)),
    (html_gmail_teacher_assistant, (1, 9)),
    (html_outlook_certificate_new_job, (3, 5)),
    (html_gmail_table_volunteer, (6, 8)),
    (docx_cv_two_columns, (2, 4)),
    (docx_agency_application_form, (8, 6)),
    (docx_certificate_letter, (9, 1)),
    (docx_cover_letter_lifeguard, (0, 7)),
    (pdf_fillable_application, (4, 2)),
    (pdf_fillable_volunteer, (5, 0)),
    (pdf_typed_application_form, (3, 7)),
    (pdf_typed_cv, (6, 1)),
    (xlsx_guidance_teacher_list, (1, 6)),
    (xlsx_applicant_own_sheet, (8, 4)),
    (xlsx_certificate_request_sheet, (5, 3)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
