"""A ninety-sixth set of requests written by someone who had not read the readers (issue 8):
INTERNSHIPS AND JOB APPLICATIONS at เทศบาลเมืองอุตรดิตถ์ and เทศบาลตำบลพรหมพิราม
(Uttaradit, Phitsanulok): universities' letters asking a placement (ฝึกประสบการณ์วิชาชีพ,
สหกิจศึกษา) for a student; job applicants sending a CV or a ใบสมัคร for พนักงานจ้าง posts
with referees' names and phones, their parents' details, teachers and advisors named,
past employers' addresses; a mother forwarding her son's details from LINE; a teacher
recommending a former pupil. Kinds: plain (Gmail, iPhone, LINE-forwarded text, Outlook for
Android replying over HR's mail, a university office's webmail), HTML (Gmail CV table,
a faculty's Outlook, the city's web form notification, a teacher's Gmail), Word (the
city's ใบสมัคร on dotted lines, a university's letter in Thai digits, a two-column
résumé, a student's own letter), PDF (fillable ใบสมัคร with applicant_*/father_*/ref_*
fields, a university's fillable placement form, a typed cover letter, a university's
typed letter), xlsx (a university's sheet for one student, the city's applicant sheet, a
family sheet whose applicant row comes last).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks), sets 31/63 (a request for one person sent by another is the one it is
for), set 37 (where only another's phone is given, phone `()`). So:
- a JOB APPLICATION: the applicant is the job seeker who applies (her name, ID, birth date,
  home, mobile, box). Referees (บุคคลอ้างอิง), parents (บิดา, มารดา), a spouse, an
  emergency contact, teachers and past employers are never the applicant: their names,
  IDs, phones, addresses never hers.
- a PLACEMENT asked by a university (its letter, its office's box, its form, its sheet):
  the applicant is the STUDENT it is for (the one who will be placed), never the dean,
  the coordinator or the advisor who signs or is named; the university's address, lines
  and box never the student's. The student's mobile and box where the request gives them,
  else `()`; her national ID where given, else `()`; her home where given (never the
  university's address, never a dorm that is not given as hers).
- a student's OWN letter asking a placement: the student (her advisor, her parent who is
  her emergency contact never).
- a MOTHER forwarding her son's details: the son (the mother's phone and box never his:
  phone and e-mail `()` where only hers appear).
- a TEACHER recommending a pupil for a job: the pupil (the teacher's phone and box never:
  `()` where only hers appear).
Address: where the applicant lives (house number to the อำเภอ, with or without เลขที่ /
province / postal code); postal code and province of that address. A student code
(รหัสนักศึกษา, 10 digits), a letter's number (ที่ อว ...), a post's number, a GPA, a
salary, a vacancy's reference, a company's registration or a university's line is never
an ID or a phone. Birth date ISO, only the applicant's (never a parent's, a letter's or
the internship's dates). Everyone is invented (13-digit numbers made with
with_check_digit); universities are real by name, their people and lines invented;
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "personnel@uttaraditcity.example.go.th"
CITY = "เทศบาลเมืองอุตรดิตถ์"
PROM = "เทศบาลตำบลพรหมพิราม"
UT = "อุตรดิตถ์"
PL = "พิษณุโลก"

# The applicants: job seekers and students.
PEOPLE: tuple[Party, ...] = (
    P("นางสาว", "ปรียานุช", "อินทร์จันทร์", "530100412237", date(2003, 4, 17), "0926614408", "preeyanuch.in@gmail.com",
      "88", "4", "", "", "หาดกรวด", "เมืองอุตรดิตถ์", UT, "53000"),
    P("นาย", "ธีรวัฒน์", "ปานเพ็ง", "530200178843", date(2002, 9, 3), "0834471925", "teerawat.pp@gmail.com",
      "142", "7", "", "", "ฝายหลวง", "ลับแล", UT, "53130"),
    P("นางสาว", "ศิริพร", "ทองอยู่", "651990034417", date(1996, 1, 22), "0617752043", "siriporn.ty96@hotmail.com",
      "19/3", "2", "", "", "วังทอง", "วังทอง", PL, "65130"),
    P("นาย", "ณัฐวุฒิ", "แก้วบุญเรือง", "530400221158", date(1993, 12, 8), "0897140362", "natthawut.kb@gmail.com",
      "27", "5", "", "", "บ้านแก่ง", "ตรอน", UT, "53140"),
    P("นางสาว", "กนกวรรณ", "เรือนคำ", "650100357726", date(2003, 7, 30), "0658821370", "kanokwan.rk@gmail.com",
      "61/2", "", "", "พระองค์ดำ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "อนุวัฒน์", "มีสุข", "530300188412", date(1990, 5, 14), "0813372640", "anuwat.ms@yahoo.com",
      "5", "9", "", "", "ท่าสัก", "พิชัย", UT, "53220"),
    P("นาง", "สุดารัตน์", "บุญมา", "650700066321", date(1988, 10, 2), "0869914257", "sudarat.bm@gmail.com",
      "203", "3", "", "", "พรหมพิราม", "พรหมพิราม", PL, "65150"),
    P("นาย", "ภานุพงศ์", "ศรีสุข", "530100560092", date(2001, 2, 11), "0954418326", "phanupong.ss@gmail.com",
      "33/1", "", "", "อินใจมี", "ท่าอิฐ", "เมืองอุตรดิตถ์", UT, "53000"),
    P("นางสาว", "วราภรณ์", "จันทร์แก้ว", "650600215573", date(1998, 6, 25), "0642279158", "waraporn.jk@gmail.com",
      "74", "1", "", "", "บางระกำ", "บางระกำ", PL, "65140"),
    P("นาย", "ชยพล", "ทับทิม", "530600091174", date(2002, 11, 19), "0628840517", "chayapon.tt@gmail.com",
      "9", "6", "", "", "บ่อทอง", "ทองแสนขัน", UT, "53230"),
    P("นางสาว", "ปัณณิกา", "สุขเจริญ", "650100489913", date(2004, 3, 5), "0990215584", "pannika.sc@gmail.com",
      "120/45", "9", "", "", "ท่าโพธิ์", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "กิตติพัฒน์", "วงศ์ใหญ่", "530500134425", date(1995, 8, 9), "0827730196", "kittipat.wy@hotmail.com",
      "48", "2", "", "", "ในเมือง", "พิชัย", UT, "53120"),
)  # fmt: skip

# Universities: name, faculty office, address, line, box; the coordinator or dean who
# signs; the advisor (name, mobile).
UNIS: tuple[tuple[str, str, str, str, str, str, tuple[str, str]], ...] = (
    ("มหาวิทยาลัยราชภัฏอุตรดิตถ์", "คณะวิทยาการจัดการ",
     "27 ถนนอินใจมี ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000", "055-411-096", "fms.intern@uru.example.ac.th",
     "ผู้ช่วยศาสตราจารย์ ดร.สมเกียรติ ธนากุล", ("อาจารย์จิราภรณ์ มณีวงศ์", "0896384410")),
    ("มหาวิทยาลัยนเรศวร", "คณะสังคมศาสตร์",
     "99 หมู่ 9 ตำบลท่าโพธิ์ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000", "055-962-117", "coop.soc@nu.example.ac.th",
     "รองศาสตราจารย์ ดร.วีรยุทธ บุญประเสริฐ", ("ผศ.ดร.ณัฐธิดา คงเมือง", "0819532217")),
    ("มหาวิทยาลัยราชภัฏพิบูลสงคราม", "คณะเทคโนโลยีอุตสาหกรรม",
     "156 หมู่ 5 ตำบลพลายชุมพล อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000", "055-267-044", "it.coop@psru.example.ac.th",
     "อาจารย์ ดร.ปิยะพงษ์ แสงทอง", ("อาจารย์ธนากร ยอดดี", "0857726631")),
)  # fmt: skip

# Referees: name, position and where, mobile.
REFEREES: tuple[tuple[str, str, str], ...] = (
    ("นายประเสริฐ คำแสน", "หัวหน้าฝ่ายบัญชี บริษัท อุตรดิตถ์ค้าวัสดุ จำกัด", "0819735521"),
    ("นางวันเพ็ญ สายทอง", "ครู โรงเรียนอุตรดิตถ์ดรุณี", "0862274419"),
    ("นายสมศักดิ์ พรหมมา", "ผู้ใหญ่บ้าน หมู่ 4", "0898813306"),
    ("นางสาวอรวรรณ ศรีเมือง", "ผู้จัดการสาขา ธนาคารออมสิน สาขาพิชัย", "0934420815"),
)

# Past employers: name, address, line.
EMPLOYERS: tuple[tuple[str, str, str], ...] = (
    (
        "บริษัท ทีพีเอส อุตรดิตถ์ จำกัด",
        "99/9 หมู่ 3 ตำบลป่าเซ่า อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000",
        "055-440-218",
    ),
    (
        "ห้างหุ้นส่วนจำกัด พิษณุโลกการช่าง",
        "211 ถนนสิงหวัฒน์ ตำบลบ้านคลอง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000",
        "055-243-906",
    ),
    ("ร้านวังทองการเกษตร", "17 หมู่ 1 ตำบลวังพิกุล อำเภอวังทอง จังหวัดพิษณุโลก 65130", "055-311-472"),
)

FATHERS = ("สมพงษ์", "บุญส่ง", "ประยูร", "สมาน", "ทองใบ", "วิรัตน์")
MOTHERS = ("บัวผัน", "สำราญ", "มาลัย", "ลำดวน", "ทองม้วน", "พิมพ์ใจ")


def parent_ids(i: int) -> tuple[str, str]:
    return with_check_digit(f"5301{i:02d}00771{i % 7}"), with_check_digit(
        f"6501{i:02d}03182{i % 5}"
    )


def parent_phones(i: int) -> tuple[str, str]:
    return (
        f"08{(i * 7) % 10}{7300 + 41 * i:04d}{(i * 13) % 1000:03d}",
        f"09{(i * 3) % 10}{5120 + 37 * i:04d}{(i * 17) % 1000:03d}",
    )


def student_code(i: int) -> str:
    return f"6{4 + i % 3}{1220 + 7 * i:04d}{300 + 11 * i:03d}{i % 10}"[:11]


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 2 + n % 20, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set96-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def son_or_daughter(a: Party) -> str:
    return "บุตรชาย" if a.p.title == "นาย" else "บุตรสาว"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    return exp(a, keys)


def student(
    a: Party, keys: str, *, phone: bool, email: bool, nid: bool
) -> dict[str, tuple[str, ...]]:
    """A student a university asks for: her values where the request gives them, `()`
    where only the university's or the advisor's appear."""
    e = exp(a, keys)
    if not phone:
        e["phone"] = ()
    if not email and "email" in e:
        e["email"] = ()
    if not nid:
        e["national_id"] = ()
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NAME_ADDR = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_cv_referees": "the job seeker; never her two referees (names, posts, mobiles)",
    "plain_iphone_short_apply": "the job seeker; never the father named as emergency contact",
    "plain_webmail_university_office": "the student; never the coordinator, advisor or the university's line/box (her phone given, no ID, no box)",
    "plain_line_forward_mother": "the son; never the mother who forwards (her phone, box: phone/email `()`)",
    "plain_outlook_reply_over_hr": "the job seeker; never HR's quoted mail, never his past employer's address/line",
    "html_gmail_cv_table": "the job seeker's rows; never the family rows or the work history",
    "html_outlook_faculty_coop": "the student in the body (ID, mobile, box, home); never the coordinator's signature",
    "html_webform_job_notification": "the form's applicant section; never its emergency contact or current employer",
    "html_gmail_teacher_recommends": "the pupil; never the teacher who writes (her phone, box: `()`)",
    "docx_city_application_form": "the ผู้สมัคร on the dotted lines; never father, mother, spouse or referees",
    "docx_university_letter_thai_digits": "the student; never the dean who signs, the advisor, the university's place/line",
    "docx_two_column_resume": "the résumé's owner; never the employers or referees in the right column",
    "docx_student_own_letter": "the student who writes and signs; never her advisor, never her parent",
    "pdf_fillable_application": "the applicant_* fields; never father_*, mother_*, ref_*",
    "pdf_fillable_placement_form": "the student's section; never the advisor's or the faculty's",
    "pdf_typed_cover_letter": "the job seeker (block top right); never the referee named at the foot",
    "pdf_typed_university_letter": "the student; never the university's block or the advisor",
    "xlsx_university_student_sheet": "the student's rows; never the head block (university, coordinator)",
    "xlsx_city_applicant_sheet": "the applicant's rows; never the work history or the referees",
    "xlsx_family_rows_last": "the row marked ผู้สมัคร (last); never the father's or mother's rows above",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_cv_referees(a: Party, i: int) -> Case:
    """A job seeker's Gmail for a พนักงานจ้างทั่วไป post: her lines, then two referees
    with their posts and mobiles; the vacancy's reference number."""
    p = a.p
    r1, r2 = REFEREES[i % 4], REFEREES[(i + 1) % 4]
    text = (
        f"เรียน หัวหน้าฝ่ายการเจ้าหน้าที่ {CITY}\n\n"
        f"{me(a)}ขอสมัครงานตำแหน่ง ผู้ช่วยเจ้าพนักงานธุรการ (พนักงานจ้างทั่วไป) ตามประกาศรับสมัครเลขที่ {12 + i}/2569 {ending(a)}\n\n"
        f"ชื่อ-สกุล: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i)}\nวันเดือนปีเกิด: {born_th(p.born, i)}\n"
        f"ที่อยู่: {home(a, i)}\nเบอร์โทร: {mobile(p.mobile, i)}\nวุฒิการศึกษา: ปวส. การบัญชี เกรดเฉลี่ย 3.42\n\n"
        "บุคคลอ้างอิง\n"
        f"1. {r1[0]} {r1[1]} โทร {mobile(r1[2], i + 1)}\n2. {r2[0]} {r2[1]} โทร {mobile(r2[2], i + 2)}\n\n"
        f"แนบไฟล์ Resume และสำเนาวุฒิการศึกษามาด้วย{ending(a)}\nขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(
        i, f"สมัครงาน ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ - {p.first} {p.last}", own_box(a), text=text
    )
    return Case("plain_gmail_cv_referees", raw, own(a, ALL))


def plain_iphone_short_apply(a: Party, i: int) -> Case:
    """A short iPhone mail: name, ID with Thai digits, birth date, home, mobile; the
    father as the emergency contact (his mobile); ส่งจาก iPhone ของฉัน."""
    p = a.p
    fphone, _ = parent_phones(i)
    text = (
        f"สวัสดี{ending(a)} {me(a)}สนใจสมัครตำแหน่งคนงานทั่วไป (งานสวนสาธารณะ){ending(a)}\n"
        f"{a.name}\nบัตร ปชช. {thai(nid_w(p.nid, i + 1))}\nเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านเลขที่ {home(a, i + 1)}\nโทร {thai(mobile(p.mobile, i + 2))}\n"
        f"ติดต่อฉุกเฉิน: บิดา นาย{FATHERS[i % 6]} {p.last} โทร {mobile(fphone, i)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "สมัครงาน", own_box(a), text=text)
    return Case("plain_iphone_short_apply", raw, own(a, ALL))


def plain_webmail_university_office(a: Party, i: int) -> Case:
    """A university's internship office writes from its webmail asking a placement for
    one student: her name, code, major, period, her mobile and home; the advisor and his
    mobile; the coordinator's signature with the office's line."""
    p = a.p
    uni, fac, uaddr, uline, ubox, _signer, (adv, advm) = UNIS[i % 3]
    text = (
        f"เรียน นายกเทศมนตรีเมืองอุตรดิตถ์\n\nเรื่อง ขอความอนุเคราะห์รับนักศึกษาเข้าฝึกประสบการณ์วิชาชีพ\n\n"
        f"ด้วย{fac} {uni} ได้จัดให้นักศึกษาออกฝึกประสบการณ์วิชาชีพ ระหว่างวันที่ 4 มกราคม - 26 มีนาคม 2570 "
        f"จึงขอความอนุเคราะห์รับ {a.name} รหัสนักศึกษา {student_code(i)} สาขาวิชารัฐประศาสนศาสตร์ "
        f"เข้าฝึกที่สำนักปลัดเทศบาล\n"
        f"ภูมิลำเนานักศึกษา: {home(a, i)}\nโทรศัพท์นักศึกษา: {mobile(p.mobile, i)}\n"
        f"อาจารย์นิเทศ: {adv} โทร {mobile(advm, i + 1)}\n\n"
        f"ขอแสดงความนับถือ\n\nงานฝึกประสบการณ์วิชาชีพ {fac}\n{uni}\n{uaddr}\nโทร {uline}\n"
    )
    raw = message(
        i, f"ขอความอนุเคราะห์รับนักศึกษาฝึกงาน ({p.first} {p.last})", f"{fac} <{ubox}>", text=text
    )
    return Case(
        "plain_webmail_university_office",
        raw,
        student(a, NAME_ADDR, phone=True, email=False, nid=False),
    )


def plain_line_forward_mother(a: Party, i: int) -> Case:
    """A mother copies into a mail the lines her son sent her on LINE (time stamps and
    names of the chat), for his job application; her own mobile to call back."""
    p = a.p
    mom = f"นาง{MOTHERS[i % 6]} {p.last}"
    _, mphone = parent_phones(i)
    text = (
        f"เรียน เจ้าหน้าที่{PROM}\n\nดิฉัน{mom} เป็นแม่ของ{p.first} ขอส่งข้อมูลสมัครงานพนักงานขับรถแทนลูกค่ะ ลูกทำงานต่างจังหวัดอยู่\n"
        "ข้อความที่ลูกส่งมาทางไลน์ค่ะ\n\n"
        f"[LINE] แชทกับ {p.first}\n"
        f"10:42 {p.first} ชื่อ {a.name}\n"
        f"10:42 {p.first} เลขบัตร {nid_w(p.nid, i)}\n"
        f"10:43 {p.first} เกิด {born_th(p.born, i + 2)}\n"
        f"10:43 {p.first} ที่อยู่ {home(a, i)}\n"
        f"10:44 {p.first} ใบขับขี่ท.2 เลขที่ 6500{2314 + i}\n"
        f"10:45 แม่ ได้แล้วลูก เดี๋ยวแม่ส่งให้\n\n"
        f"มีอะไรโทรหาดิฉันได้ที่ {mobile(mphone, i + 1)} ค่ะ\n{mom}\n"
    )
    raw = message(
        i,
        "ส่งข้อมูลสมัครงานแทนลูกชาย",
        f"{MOTHERS[i % 6]} <mae.{i}@hotmail.com>",
        text=text,
        to="saraban@prompiram.example.go.th",
    )
    return Case("plain_line_forward_mother", raw, for_other(a, ALL))


def plain_outlook_reply_over_hr(a: Party, i: int) -> Case:
    """A job seeker replies from Outlook for Android over HR's mail asking the missing
    details: his lines, his past employer (its address, line); HR's quoted mail below
    with the office's line and a clerk's name."""
    p = a.p
    emp, eaddr, eline = EMPLOYERS[i % 3]
    text = (
        f"เรียน คุณพัชรี\n\nตามที่แจ้งให้ส่งข้อมูลเพิ่มเติม {me(a)}ขอส่งดังนี้{ending(a)}\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ปัจจุบัน {home(a, i + 2)}\nมือถือ {mobile(p.mobile, i + 3)}\n"
        f"ที่ทำงานล่าสุด {emp} {eaddr} โทร {eline} (ลาออกเมื่อ ก.ย. 2569)\n\n"
        f"{a.name}\n\nส่งจาก Outlook สำหรับ Android\n\n"
        f"________________________________\nFrom: งานการเจ้าหน้าที่ {CITY} <{DESK}>\n"
        f"Sent: Monday, November {2 + i % 20}, 2026 9:14 AM\nTo: {p.email}\nSubject: ขอเอกสารเพิ่มเติม\n\n"
        f"เรียน คุณ{p.first}\nกรุณาส่งเลขประจำตัวประชาชน วันเกิด ที่อยู่ และที่ทำงานเดิม ภายในวันศุกร์นี้\n"
        "นางสาวพัชรี ใจมั่น\nนักทรัพยากรบุคคล โทร 055-411-532 ต่อ 108\n"
    )
    raw = message(i, "RE: ขอเอกสารเพิ่มเติม", own_box(a), text=text)
    return Case("plain_outlook_reply_over_hr", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_cv_table(a: Party, i: int) -> Case:
    """A Gmail CV as a table: personal rows, then the family rows (father, mother with
    their IDs, jobs and phones), then the work history (employers' addresses)."""
    p = a.p
    fid, mid = parent_ids(i)
    fph, mph = parent_phones(i)
    emp, eaddr, eline = EMPLOYERS[(i + 1) % 3]
    rows = [("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("ชื่อบิดา", f"นาย{FATHERS[i % 6]} {p.last} (เลขบัตร {fid}) อาชีพ เกษตรกร โทร {mobile(fph, i)}"),
            ("ชื่อมารดา", f"นาง{MOTHERS[i % 6]} {p.last} (เลขบัตร {mid}) อาชีพ ค้าขาย โทร {mobile(mph, i + 1)}"),
            ("ประวัติการทำงาน", f"2565-2568 พนักงานธุรการ {emp} {eaddr} โทร {eline}")]  # fmt: skip
    cells = "".join(
        f'<tr><td style="border:1px solid #ccc;padding:4px"><b>{k}</b></td><td style="border:1px solid #ccc;padding:4px">{v}</td></tr>'
        for k, v in rows
    )
    html = (f'<div dir="ltr"><div>เรียน ฝ่ายบุคคล {CITY}</div><div><br></div><div>ขอสมัครงานตำแหน่งพนักงานจ้างตามภารกิจ (ผู้ช่วยนักวิชาการเงินและบัญชี) {ending(a)} ประวัติโดยย่อดังตาราง</div><div><br></div>'
            f'<table style="border-collapse:collapse">{cells}</table><div><br></div><div>ขอบคุณ{ending(a)}</div><div>{p.first}</div></div>\n')  # fmt: skip
    raw = message(i, "ใบสมัครงาน พนักงานจ้างตามภารกิจ", own_box(a), html=html)
    return Case("html_gmail_cv_table", raw, own(a, ALL))


def html_outlook_faculty_coop(a: Party, i: int) -> Case:
    """A faculty's Outlook asks a สหกิจศึกษา placement: the student's ID, mobile, box and
    home in the body; the coordinator's signature (office line, her mobile)."""
    p = a.p
    uni, fac, uaddr, uline, ubox, _signer, (adv, advm) = UNIS[(i + 1) % 3]
    paras = [f"เรียน ปลัด{PROM}", "",
             f"{fac} {uni} ขอส่งนักศึกษาสหกิจศึกษา ภาคการศึกษาที่ 2/2569 จำนวน 1 ราย เพื่อเข้าปฏิบัติงานที่กองช่าง ดังนี้", "",
             f"ชื่อนักศึกษา {a.name} รหัส {student_code(i)}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}",
             f"มือถือ {mobile(p.mobile, i + 1)} อีเมล {p.email}", f"ที่อยู่ตามทะเบียนบ้าน {home(a, i + 1)}",
             f"อาจารย์ที่ปรึกษาสหกิจ {adv} ({mobile(advm, i)})", "", "จึงเรียนมาเพื่อโปรดพิจารณา"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>นางสาวเบญจมาศ พูลผล</b><br>ผู้ประสานงานสหกิจศึกษา {fac}<br>{uni}<br>{uaddr}<br>'
           f'โทร {uline} | มือถือ 088-264-1973<br><a href="mailto:{ubox}">{ubox}</a></p>')  # fmt: skip
    raw = message(
        i,
        "ส่งตัวนักศึกษาสหกิจศึกษา",
        f"{fac} {uni} <{ubox}>",
        html=outlook_html(paras, sig),
        to="saraban@prompiram.example.go.th",
    )
    return Case(
        "html_outlook_faculty_coop", raw, student(a, NAME_ADDR, phone=True, email=True, nid=True)
    )


def html_webform_job_notification(a: Party, i: int) -> Case:
    """The city's web form (WordPress Contact Form 7 style) notification: the applicant's
    fields, the emergency contact's name and phone, the current employer and its address."""
    p = a.p
    emp, eaddr, eline = EMPLOYERS[i % 3]
    fph, _ = parent_phones(i + 3)
    rows = [("ตำแหน่งที่สมัคร", "พนักงานจ้างทั่วไป (ภารโรง)"), ("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
            ("เลขบัตรประจำตัวประชาชน", p.nid), ("วันเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
            ("ที่อยู่ที่ติดต่อได้", home(a, i)), ("เบอร์โทรศัพท์", p.mobile), ("อีเมล", p.email),
            ("ชื่อผู้ติดต่อกรณีฉุกเฉิน", f"นาย{FATHERS[(i + 3) % 6]} {p.last} (บิดา)"), ("เบอร์ผู้ติดต่อกรณีฉุกเฉิน", fph),
            ("สถานที่ทำงานปัจจุบัน", f"{emp} {eaddr} โทร {eline}"), ("เงินเดือนที่ต้องการ", "12,000")]  # fmt: skip
    body = "".join(f"<p><strong>{k}:</strong><br>{v}</p>" for k, v in rows)
    html = (f"<html><body><p>จาก: {p.first} {p.last} &lt;{p.email}&gt;<br>หัวเรื่อง: สมัครงานออนไลน์</p>{body}"
            f"<p>--<br>อีเมลนี้ส่งจากแบบฟอร์มสมัครงานบนเว็บไซต์ {CITY} (https://www.uttaraditcity.example.go.th)</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[เว็บไซต์{CITY}] สมัครงานออนไลน์",
        f"เว็บไซต์{CITY} <wordpress@uttaraditcity.example.go.th>",
        html=html,
    )
    return Case("html_webform_job_notification", raw, own(a, ALL))


def html_gmail_teacher_recommends(a: Party, i: int) -> Case:
    """A teacher recommends a former pupil for a job from her own Gmail: the pupil's
    lines as a bulleted list (no phone of his), the teacher's signature and mobile."""
    p = a.p
    teacher, where, tmob = REFEREES[1]
    items = [f"ชื่อ {a.name}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}", f"เกิด {born_th(p.born, i + 2)}",
             f"บ้านเลขที่ {home(a, i + 3)}", "จบ ปวช. ช่างไฟฟ้ากำลัง วิทยาลัยเทคนิคอุตรดิตถ์ ปี 2565"]  # fmt: skip
    html = ('<div dir="ltr"><div>เรียน หัวหน้ากองช่าง ' + CITY + '</div><div><br></div>'
            f"<div>ดิฉัน{teacher} {where} ขอแนะนำลูกศิษย์ซึ่งต้องการสมัครตำแหน่งผู้ช่วยช่างไฟฟ้า เป็นเด็กขยัน ซื่อสัตย์ค่ะ</div><ul>"
            + "".join(f"<li>{x}</li>" for x in items)
            + f"</ul><div>เด็กยังไม่มีโทรศัพท์ประจำ หากต้องการติดต่อ โปรดโทรหาดิฉันที่ {mobile(tmob, i)} ค่ะ</div><div><br></div>"
            f'<div>-- </div><div>{teacher}</div><div>{where}</div><div>โทร {mobile(tmob, i + 1)}</div></div>\n')  # fmt: skip
    raw = message(
        i, "แนะนำลูกศิษย์สมัครงานผู้ช่วยช่างไฟฟ้า", "Wanpen Saithong <wanpen.st@gmail.com>", html=html
    )
    return Case("html_gmail_teacher_recommends", raw, for_other(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_city_application_form(a: Party, i: int) -> Case:
    """The city's ใบสมัครงาน typed on dotted lines: the applicant, then father, mother,
    spouse (v2), two referees with their addresses and phones."""
    p = a.p
    fid, mid = parent_ids(i + 1)
    fph, mph = parent_phones(i + 1)
    r1, r2 = REFEREES[(i + 2) % 4], REFEREES[(i + 3) % 4]

    def build(d: Any) -> None:
        d.add_paragraph(f"ใบสมัครงาน\n{CITY}\nตำแหน่งที่สมัคร ....พนักงานจ้างทั่วไป (พนักงานขับรถยนต์)....")
        d.add_paragraph(
            f"1. ชื่อ-สกุล (ผู้สมัคร) ....{a.name}....\n"
            f"2. เลขประจำตัวประชาชน ....{nid_w(p.nid, i)}....  วันเดือนปีเกิด ....{born_th(p.born, i)}....  อายุ ....{2026 - p.born.year}.... ปี\n"
            f"3. ที่อยู่ตามทะเบียนบ้าน ....{home(a, i)}....\n"
            f"4. โทรศัพท์มือถือ ....{mobile(p.mobile, i)}....  E-mail ....{p.email}....\n"
        )
        d.add_paragraph(
            f"5. ชื่อบิดา ....นาย{FATHERS[(i + 1) % 6]} {p.last}.... เลขประจำตัวประชาชน ....{fid}.... โทร ....{mobile(fph, i)}....\n"
            f"6. ชื่อมารดา ....นาง{MOTHERS[(i + 1) % 6]} {p.last}.... เลขประจำตัวประชาชน ....{mid}.... โทร ....{mobile(mph, i)}....\n"
            + (
                f"7. ชื่อคู่สมรส ....นางมณีรัตน์ {p.last}.... อาชีพ ....รับจ้าง....\n"
                if i % 2
                else "7. ชื่อคู่สมรส ....-....\n"
            )
        )
        d.add_paragraph(
            "8. บุคคลอ้างอิง (ที่ไม่ใช่ญาติ)\n"
            f"   (1) ....{r1[0]}.... ตำแหน่ง ....{r1[1]}.... โทร ....{mobile(r1[2], i)}....\n"
            f"   (2) ....{r2[0]}.... ตำแหน่ง ....{r2[1]}.... โทร ....{mobile(r2[2], i + 1)}....\n"
        )
        d.add_paragraph(
            f"ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง\n\nลงชื่อ ....................... ผู้สมัคร\n({a.name})\nวันที่ {5 + i % 20} พฤศจิกายน 2569"
        )

    raw = message(i, "ส่งใบสมัครงาน (พนักงานขับรถยนต์)", own_box(a), text=f"เรียน งานการเจ้าหน้าที่\nส่งใบสมัครที่กรอกแล้ว{ending(a)}\n",
                  files=(("ใบสมัครงาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_city_application_form", raw, own(a, ALL))


def docx_university_letter_thai_digits(a: Party, i: int) -> Case:
    """A university's official letter in Word, Thai digits throughout: its number (ที่ อว
    ...), its place top right, the student's name, code, ID and home in a small table,
    the advisor named with his mobile, the dean's signature, the office's line."""
    p = a.p
    uni, fac, uaddr, uline, ubox, signer, (adv, advm) = UNIS[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph(
            thai(f"ที่ อว ๐๖๒๑.{i % 9 + 1}/{1200 + 17 * i}\t\t\t{fac} {uni}\n\t\t\t\t{uaddr}")
        )
        d.add_paragraph(thai(f"\t\t\t\t{10 + i % 15} พฤศจิกายน 2569"))
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์รับนักศึกษาฝึกประสบการณ์วิชาชีพ\nเรียน นายกเทศมนตรีเมืองอุตรดิตถ์")
        d.add_paragraph(
            thai(
                f"ด้วย{fac} {uni} กำหนดให้นักศึกษาชั้นปีที่ 4 ออกฝึกประสบการณ์วิชาชีพ ระยะเวลา 16 สัปดาห์ "
                "ตั้งแต่วันที่ 4 มกราคม 2570 ถึงวันที่ 23 เมษายน 2570 จึงขอความอนุเคราะห์รับนักศึกษาดังรายละเอียดต่อไปนี้"
            )
        )
        t = d.add_table(rows=4, cols=2)
        for r, (k, v) in enumerate(
            [
                ("ชื่อ-สกุล", a.name),
                ("รหัสนักศึกษา", thai(student_code(i))),
                ("เลขประจำตัวประชาชน", thai(nid_w(p.nid, i))),
                ("ที่อยู่", thai(home(a, i))),
            ]
        ):
            t.cell(r, 0).text, t.cell(r, 1).text = k, v
        d.add_paragraph(thai(f"ทั้งนี้ มอบหมายให้ {adv} เป็นอาจารย์นิเทศ โทร {mobile(advm, i)}"))
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({signer})\nคณบดี{fac}")
        d.add_paragraph(thai(f"งานฝึกประสบการณ์วิชาชีพ\nโทร {uline}\nอีเมล {ubox}"))

    raw = message(i, "หนังสือขอความอนุเคราะห์รับนักศึกษาฝึกงาน", f"{fac} <{ubox}>", text="เรียน เทศบาลเมืองอุตรดิตถ์\nส่งหนังสือขอความอนุเคราะห์ตามไฟล์แนบ\n",
                  files=(("หนังสือขอฝึกงาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_university_letter_thai_digits",
        raw,
        student(a, NAME_ADDR, phone=False, email=False, nid=True),
    )


def docx_two_column_resume(a: Party, i: int) -> Case:
    """A résumé in a two-column table: the left column the owner's contact lines
    (ID, birth date, mobile, box, home), the right the jobs (employers' addresses,
    lines) and references (names, mobiles)."""
    p = a.p
    e1, e2 = EMPLOYERS[i % 3], EMPLOYERS[(i + 1) % 3]
    r = REFEREES[(i + 3) % 4]

    def build(d: Any) -> None:
        d.add_paragraph(f"{a.name}\nRESUME")
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = (f"ข้อมูลส่วนตัว\nเลขบัตรประชาชน\n{nid_w(p.nid, i + 1)}\nวันเกิด\n{born_th(p.born, i + 1)}\n"
                             f"โทรศัพท์\n{mobile(p.mobile, i + 2)}\nอีเมล\n{p.email}\nที่อยู่\n{home(a, i + 1)}")  # fmt: skip
        t.cell(0, 1).text = (f"ประสบการณ์ทำงาน\n2566-2569 พนักงานคลังสินค้า\n{e1[0]}\n{e1[1]}\nโทร {e1[2]}\n\n"
                             f"2563-2566 ช่างเทคนิค\n{e2[0]}\n{e2[1]}\nโทร {e2[2]}\n\n"
                             f"บุคคลอ้างอิง\n{r[0]}\n{r[1]}\n{mobile(r[2], i)}")  # fmt: skip

    raw = message(i, f"Resume {p.first} {p.last} สมัครตำแหน่งพนักงานจ้าง", own_box(a),
                  text=f"เรียน ฝ่ายบุคคล\n{me(a)}ขอสมัครตำแหน่งคนงานประจำรถขยะ แนบเรซูเม่มาด้วย{ending(a)}\n{a.name}\n",
                  files=(("Resume.docx", docx_bytes(build), DOCX),), to="saraban@prompiram.example.go.th")  # fmt: skip
    return Case("docx_two_column_resume", raw, own(a, ALL))


def docx_student_own_letter(a: Party, i: int) -> Case:
    """A student's own letter asking a placement (Word): her lines, her advisor named
    with his mobile, her parent as emergency contact with a mobile; she signs."""
    p = a.p
    uni, fac, *_, (adv, advm) = UNIS[(i + 2) % 3]
    _, mph = parent_phones(i + 2)

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{home(a, i)}\n\t\t\t\t\t{thai_day(date(2026, 11, 3 + i % 20))}")
        d.add_paragraph(f"เรื่อง ขอฝึกงานช่วงปิดภาคเรียน\nเรียน ปลัด{PROM}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} นักศึกษา{fac} {uni} รหัสนักศึกษา {student_code(i + 5)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"เกิดวันที่ {born_th(p.born, i)} มีความประสงค์ขอฝึกงานที่กองคลัง ระหว่างวันที่ 1 มีนาคม - 30 เมษายน 2570 "
            f"โดยมี{adv} เป็นอาจารย์ที่ปรึกษา (โทร {mobile(advm, i + 2)})"
        )
        d.add_paragraph(
            f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)} อีเมล {p.email} "
            f"กรณีฉุกเฉินติดต่อ นาง{MOTHERS[(i + 2) % 6]} {p.last} (มารดา) โทร {mobile(mph, i)}"
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n{a.name}\nนักศึกษา")

    raw = message(i, "ขอฝึกงาน", own_box(a), text=f"เรียน {PROM}\nแนบหนังสือขอฝึกงาน{ending(a)}\n",
                  files=(("ขอฝึกงาน.docx", docx_bytes(build), DOCX),), to="saraban@prompiram.example.go.th")  # fmt: skip
    return Case("docx_student_own_letter", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_application(a: Party, i: int) -> Case:
    """A fillable ใบสมัคร (English field names): applicant_*, then father_*, mother_*
    (names, IDs, phones), ref1_* (name, address, phone)."""
    p = a.p
    fid, mid = parent_ids(i + 2)
    fph, mph = parent_phones(i + 2)
    r = REFEREES[i % 4]
    labels = [(60, 18, f"ใบสมัครงาน {CITY}"), (20, 36, "ชื่อ-สกุล"), (20, 46, "เลขประจำตัวประชาชน"), (120, 46, "วันเกิด"),
              (20, 56, "ที่อยู่"), (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"), (20, 82, "ชื่อบิดา"), (110, 82, "เลขบัตร"),
              (20, 92, "ชื่อมารดา"), (110, 92, "เลขบัตร"), (20, 102, "โทรศัพท์บิดา/มารดา"), (20, 118, "บุคคลอ้างอิง"),
              (20, 128, "ที่อยู่ผู้อ้างอิง"), (20, 138, "โทรศัพท์ผู้อ้างอิง")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 45, 36, 100), Field("applicant_id", p.nid, 60, 46, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i + 1), 135, 46, 45), Field("applicant_address", home(a, i), 35, 56, 160),
              Field("applicant_phone", mobile(p.mobile, i), 45, 66, 55), Field("applicant_email", p.email, 125, 66, 70),
              Field("father_name", f"นาย{FATHERS[(i + 2) % 6]} {p.last}", 45, 82, 60), Field("father_id", fid, 125, 82, 55),
              Field("mother_name", f"นาง{MOTHERS[(i + 2) % 6]} {p.last}", 45, 92, 60), Field("mother_id", mid, 125, 92, 55),
              Field("parent_phone", f"{mobile(fph, i)} / {mobile(mph, i + 1)}", 60, 102, 80),
              Field("ref1_name", r[0], 50, 118, 80), Field("ref1_address", EMPLOYERS[i % 3][1], 55, 128, 140),
              Field("ref1_phone", mobile(r[2], i + 2), 60, 138, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(
        i,
        "ใบสมัครงาน (PDF)",
        own_box(a),
        text=f"ส่งใบสมัคร{ending(a)}\n",
        files=(("application.pdf", data, PDF),),
    )
    return Case("pdf_fillable_application", raw, own(a, ALL))


def pdf_fillable_placement_form(a: Party, i: int) -> Case:
    """A university's fillable แบบข้อมูลนักศึกษาฝึกประสบการณ์ (Thai field names): the
    student's section (name, code, ID, birth date, mobile, box, home), then the
    advisor's (name, mobile) and the faculty's (line, box)."""
    p = a.p
    uni, fac, _uaddr, uline, ubox, _signer, (adv, advm) = UNIS[(i + 1) % 3]
    labels = [(40, 18, "แบบข้อมูลนักศึกษาฝึกประสบการณ์วิชาชีพ"), (60, 26, f"{fac} {uni}"),
              (20, 40, "ชื่อ-สกุลนักศึกษา"), (20, 50, "รหัสนักศึกษา"), (110, 50, "เลขประจำตัวประชาชน"), (20, 60, "วันเกิด"),
              (20, 70, "ที่อยู่ภูมิลำเนา"), (20, 80, "โทรศัพท์มือถือ"), (110, 80, "อีเมล"), (20, 96, "อาจารย์นิเทศ"),
              (20, 106, "โทรศัพท์อาจารย์นิเทศ"), (20, 116, "โทรศัพท์คณะ"), (110, 116, "อีเมลคณะ"), (20, 126, "หน่วยงานที่ขอฝึก")]  # fmt: skip
    fields = [Field("ชื่อสกุลนักศึกษา", a.name, 55, 40, 100), Field("รหัสนักศึกษา", student_code(i), 45, 50, 50),
              Field("เลขประจำตัวประชาชน", nid_w(p.nid, i), 145, 50, 50), Field("วันเกิด", born_th(p.born, i + 2), 40, 60, 50),
              Field("ที่อยู่ภูมิลำเนา", home(a, i + 1), 50, 70, 150), Field("โทรศัพท์มือถือ", mobile(p.mobile, i + 1), 50, 80, 50),
              Field("อีเมล", p.email, 125, 80, 70), Field("อาจารย์นิเทศ", adv, 50, 96, 80),
              Field("โทรศัพท์อาจารย์นิเทศ", mobile(advm, i), 65, 106, 50), Field("โทรศัพท์คณะ", uline, 50, 116, 50),
              Field("อีเมลคณะ", ubox, 130, 116, 70), Field("หน่วยงานที่ขอฝึก", f"กองสาธารณสุขและสิ่งแวดล้อม {CITY}", 60, 126, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบข้อมูลนักศึกษาฝึกงาน", f"{fac} <{ubox}>", text=f"เรียน {CITY}\nส่งแบบข้อมูลนักศึกษาที่ขอเข้าฝึกประสบการณ์\n",
                  files=(("student_form.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_fillable_placement_form", raw, student(a, ALL, phone=True, email=True, nid=True)
    )


def pdf_typed_cover_letter(a: Party, i: int) -> Case:
    """A job seeker's typed cover letter (Word to PDF): her block top right (home, mobile,
    box), the body (ID, birth date), a referee named at the foot with his mobile."""
    p = a.p
    r = REFEREES[(i + 1) % 4]
    h = home(a, i)
    paras: list[tuple[float, str]] = [(115, h[: h.rfind(" ")]), (115, h[h.rfind(" ") + 1:]), (115, f"โทร {mobile(p.mobile, i)}"), (115, p.email),
             (0, ""), (115, thai_day(date(2026, 11, 6 + i % 20))), (0, ""), (20, "เรื่อง สมัครงานตำแหน่งผู้ช่วยนักพัฒนาชุมชน"),
             (20, "เรียน นายกเทศมนตรีเมืองอุตรดิตถ์"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  "สำเร็จการศึกษาปริญญาตรี สาขาการพัฒนาชุมชน เกรดเฉลี่ย 3.18 มีความประสงค์สมัครงานตำแหน่งผู้ช่วยนักพัฒนาชุมชน "
                  f"ตามประกาศเทศบาล ลงวันที่ 20 ตุลาคม 2569"),
             (30, f"หากต้องการสอบถามข้อมูลเพิ่มเติมเกี่ยวกับข้าพเจ้า สามารถติดต่อ {r[0]} {r[1]} โทร {mobile(r[2], i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "สมัครงาน ผู้ช่วยนักพัฒนาชุมชน", own_box(a), text="เรียน ฝ่ายบุคคล\nแนบจดหมายสมัครงาน\n",
                  files=(("cover_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_cover_letter", raw, own(a, ALL))


def pdf_typed_university_letter(a: Party, i: int) -> Case:
    """A university's typed letter as PDF: its block top right (place, line), the
    student's name, code and mobile in the body (no ID, no home), the advisor's mobile."""
    p = a.p
    uni, fac, uaddr, uline, ubox, signer, (adv, advm) = UNIS[(i + 2) % 3]
    paras: list[tuple[float, str]] = [(20, thai(f"ที่ อว ๐๖๐๓.{i % 5 + 2}/{880 + 13 * i}")), (115, f"{fac} {uni}"),
             (115, uaddr[: uaddr.find(" อำเภอ")]), (115, uaddr[uaddr.find("อำเภอ"):]), (0, ""),
             (115, thai_day(date(2026, 11, 12 + i % 15))), (0, ""), (20, "เรื่อง ขออนุญาตส่งนักศึกษาเข้าฝึกงาน"),
             (20, f"เรียน ปลัด{PROM}"), (0, ""),
             (30, f"ด้วย {a.name} รหัสนักศึกษา {student_code(i + 1)} นักศึกษาชั้นปีที่ 3 {fac} ประสงค์จะเข้าฝึกงาน ณ {PROM} "
                  f"ระหว่างวันที่ 1 มีนาคม 2570 - 30 เมษายน 2570 ในการนี้ขอความอนุเคราะห์รับนักศึกษาดังกล่าว "
                  f"สามารถติดต่อนักศึกษาได้ที่ {mobile(p.mobile, i + 2)} หรืออาจารย์นิเทศ {adv} โทร {mobile(advm, i + 1)}"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (100, f"({signer})"), (100, f"คณบดี{fac}"), (0, ""),
             (20, f"โทรศัพท์ {uline}"), (20, f"ไปรษณีย์อิเล็กทรอนิกส์ {ubox}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขออนุญาตส่งนักศึกษาเข้าฝึกงาน", f"{fac} <{ubox}>", text=f"เรียน {PROM}\nแนบหนังสือ\n",
                  files=(("letter_intern.pdf", data, PDF),), to="saraban@prompiram.example.go.th")  # fmt: skip
    return Case(
        "pdf_typed_university_letter",
        raw,
        student(a, "full_name national_id phone email", phone=True, email=False, nid=False),
    )


# --- sheets --------------------------------------------------------------------------------


def xlsx_university_student_sheet(a: Party, i: int) -> Case:
    """A university's sheet for one student: its head block (university, coordinator,
    office line, box), then the student's rows (code, ID, birth date, mobile, home)."""
    p = a.p
    uni, fac, uaddr, uline, ubox, _signer, (adv, advm) = UNIS[i % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลนักศึกษา"
        ws.append(("ข้อมูลนักศึกษาฝึกประสบการณ์วิชาชีพ ภาคเรียนที่ 2/2569",))
        ws.append(("หน่วยงานต้นสังกัด", f"{fac} {uni}"))
        ws.append(("ที่อยู่หน่วยงาน", uaddr))
        ws.append(("ผู้ประสานงาน", "นางสาวเบญจมาศ พูลผล", "โทร", uline, "อีเมล", ubox))
        ws.append(("อาจารย์นิเทศ", adv, "มือถือ", mobile(advm, i)))
        ws.append(())
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("รหัสนักศึกษา", student_code(i)))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("เบอร์โทรศัพท์", mobile(p.mobile, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("ช่วงเวลาฝึก", "04/01/2570 - 26/03/2570"))

    raw = message(i, "ข้อมูลนักศึกษาฝึกงาน", f"{fac} <{ubox}>", text=f"เรียน {CITY}\nส่งข้อมูลนักศึกษาตามไฟล์แนบ\n",
                  files=(("intern.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_university_student_sheet", raw, student(a, ALL, phone=True, email=False, nid=True)
    )


def xlsx_city_applicant_sheet(a: Party, i: int) -> Case:
    """The city's applicant sheet filled by the applicant: label/value rows, then the
    work history (employers' addresses, lines) and referees (names, mobiles)."""
    p = a.p
    e = EMPLOYERS[(i + 2) % 3]
    r1, r2 = REFEREES[i % 4], REFEREES[(i + 2) % 4]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลผู้สมัคร"
        ws.append(("แบบข้อมูลผู้สมัครพนักงานจ้าง", CITY))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขประจำตัวประชาชน", p.nid))
        ws.append(("วันเดือนปีเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่ปัจจุบัน", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 1)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("ประวัติการทำงาน", "สถานที่ทำงาน", "ที่อยู่", "โทร", "ปี"))
        ws.append(("1", e[0], e[1], e[2], "2564-2569"))
        ws.append(())
        ws.append(("บุคคลอ้างอิง", "ชื่อ", "ตำแหน่ง", "โทร"))
        ws.append(("1", r1[0], r1[1], mobile(r1[2], i)))
        ws.append(("2", r2[0], r2[1], mobile(r2[2], i + 1)))

    raw = message(i, "แบบข้อมูลผู้สมัคร", own_box(a), text=f"ส่งแบบข้อมูลผู้สมัคร{ending(a)}\n",
                  files=(("ข้อมูลผู้สมัคร.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_city_applicant_sheet", raw, own(a, ALL))


def xlsx_family_rows_last(a: Party, i: int) -> Case:
    """An applicant's family sheet: the father's and mother's rows (names, IDs, birth
    dates, phones, their home elsewhere in v2) above the applicant's row marked ผู้สมัคร."""
    p = a.p
    fid, mid = parent_ids(i + 4)
    fph, mph = parent_phones(i + 4)
    elsewhere = "12 หมู่ 8 ตำบลวังกะพี้ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53170" if i % 2 else home(a, i)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ครอบครัว"
        ws.append(("ข้อมูลผู้สมัครและครอบครัว",))
        ws.append(("ความสัมพันธ์", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "โทรศัพท์", "ที่อยู่"))
        ws.append(
            (
                "บิดา",
                f"นาย{FATHERS[(i + 4) % 6]} {p.last}",
                fid,
                born_th(date(1965, 3, 2 + i % 20), i),
                mobile(fph, i),
                elsewhere,
            )
        )
        ws.append(
            (
                "มารดา",
                f"นาง{MOTHERS[(i + 4) % 6]} {p.last}",
                mid,
                born_th(date(1968, 8, 9 + i % 15), i),
                mobile(mph, i),
                elsewhere,
            )
        )
        ws.append(
            (
                "ผู้สมัคร",
                a.name,
                nid_w(p.nid, i),
                born_th(p.born, i),
                mobile(p.mobile, i),
                home(a, i + 1),
            )
        )
        ws.append(())
        ws.append(("ตำแหน่งที่สมัคร", "ผู้ช่วยเจ้าพนักงานพัสดุ"))

    raw = message(i, "ข้อมูลครอบครัวผู้สมัคร", own_box(a), text=f"แนบข้อมูลครอบครัวตามที่ขอ{ending(a)}\n{a.name}\n",
                  files=(("family.xlsx", xlsx_bytes(build), XLSX),), to="saraban@prompiram.example.go.th")  # fmt: skip
    return Case("xlsx_family_rows_last", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gmail_cv_referees, (2, 8)),
    (plain_iphone_short_apply, (3, 5)),
    (plain_webmail_university_office, (0, 4)),
    (plain_line_forward_mother, (9, 11)),
    (plain_outlook_reply_over_hr, (5, 6)),
    (html_gmail_cv_table, (8, 11)),
    (html_outlook_faculty_coop, (1, 10)),
    (html_webform_job_notification, (6, 3)),
    (html_gmail_teacher_recommends, (9, 1)),
    (docx_city_application_form, (11, 2)),
    (docx_university_letter_thai_digits, (7, 4)),
    (docx_two_column_resume, (3, 6)),
    (docx_student_own_letter, (10, 0)),
    (pdf_fillable_application, (2, 5)),
    (pdf_fillable_placement_form, (4, 7)),
    (pdf_typed_cover_letter, (8, 6)),
    (pdf_typed_university_letter, (1, 9)),
    (xlsx_university_student_sheet, (10, 7)),
    (xlsx_city_applicant_sheet, (11, 3)),
    (xlsx_family_rows_last, (0, 2)),
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
