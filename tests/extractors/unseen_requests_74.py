"""A seventy-fourth set of requests written by someone who had not read the readers (issue 8):
STUDENTS AND YOUNG PEOPLE at เทศบาลนครพิษณุโลก and เทศบาลเมืองมหาสารคาม (university towns:
มหาวิทยาลัยนเรศวร, ราชภัฏพิบูลสงคราม, มหาวิทยาลัยมหาสารคาม, ราชภัฏมหาสารคาม). University
students asking for an internship (ฝึกงาน / สหกิจศึกษา) by their own mail, by the faculty's
letter on letterhead (the adviser's name, phone and box, the faculty's line and address), by
the faculty's coordinator's Outlook; a pupil under 18 applying for the town's ทุนการศึกษา
(the parent's section with his own ID, birth date and mobile; the school's name, line and
the class teacher); a youth council (สภาเด็กและเยาวชน) member asking to use a hall (the
council's adviser at the town hall, a parent's consent); students renting dormitory rooms
who move their house registration into the หอพัก (the dorm owner's consent: his name, ID,
phone, the house's รหัสประจำบ้าน of 11 digits; the old home); a graduate asking a
certificate of conduct (หนังสือรับรองความประพฤติ) for a job (the employer's HR contact and
the job's reference); students' group projects asking to survey a community (a teacher as
contact, the members' student numbers and phones); a parent's typed letter for a child.
Numbers like fields everywhere: student numbers (รหัสนักศึกษา, 8 to 11 digits, one of 10
digits), pupils' numbers (5 digits), class and room numbers (ม.5/4, ห้อง 412, B208), GPAs
(3.87), course codes (0802491, 273491), letter numbers (ที่ อว 0603.08/1427), house codes.
Kinds: plain (phone mail apps, webmail), HTML (Gmail, Outlook, the town's web form, a
reply thread), Word (a faculty's letter on letterhead, a dorm owner's consent, the
scholarship form as a table, the hall form), PDF (fillable forms with meaningless field
names, typed letters), xlsx (a group's member sheet, a student's application sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run). The rulings of sets 28 (the person who asks),
37 (a sender who gives only another's phone: no phone expected), 61 (a parent who asks for
a child is the applicant; a pupil who applies for her own scholarship is the applicant)
and 63 (the one a request is FOR, never the one who forwards or sends it for her) hold:
- INTERNSHIP: the STUDENT is the applicant, whoever sends it: she herself, the faculty's
  letter signed by the dean, the faculty's coordinator's mail. The dean's, the adviser's,
  the coordinator's names, phones and boxes are never hers; the faculty's address and
  line never. Where the faculty's letter gives no phone, box, address or ID of hers, those
  fields are `()` (no value, or a flagged one, is right).
- SCHOLARSHIP of a pupil under 18: the PUPIL who applies (ผู้ขอรับทุน / ผู้สมัคร) is the
  applicant, though a parent signs beside her: her name (เด็กชาย/ด.ช. or นางสาว as
  written), her ID, her birth date, her home. The parent's name, ID, birth date, mobile
  and box are never hers; where the pupil has no phone or box of her own, phone and e-mail
  are `()`. The school's line, address, the teacher's mobile never.
- YOUTH COUNCIL: the MEMBER who asks for the hall and signs as ผู้ขอใช้ is the applicant
  (16 or 17 years old); the parent who signs a consent and the council's adviser at the
  town hall never.
- A PARENT WHO WRITES AND SIGNS a request for a child (ข้าพเจ้า <parent> ผู้ปกครองของ...):
  the parent is the applicant (set 61); the child's name, ID and birth date never.
- DORMITORY MOVE (ย้ายทะเบียนบ้านเข้าหอพัก): the STUDENT who moves is the applicant; the
  dorm owner (เจ้าบ้าน) who consents never (his ID, phone, box). Her address is the DORM
  she moves into (with or without the dorm's name and room, with or without เลขที่,
  province, postal code); her old home (ที่อยู่เดิม) never.
- Elsewhere a student with a room near the campus and a home elsewhere: her address is
  where she lives now (ที่อยู่ปัจจุบัน, the dorm), and her registered home (ภูมิลำเนา,
  ที่อยู่ตามทะเบียนบ้าน) is accepted too where the request gives it as hers; province and
  postal code of either. Where only one is given, that one.
- CERTIFICATE OF CONDUCT: the GRADUATE who asks is the applicant; the employer, its HR
  officer, line and box never.
- SURVEY by a students' group: the STUDENT LEADER who writes and signs (หัวหน้ากลุ่ม) is
  the applicant; the teacher who is the contact, the members never. Where the leader gives
  no phone of his own, phone is `()`. No 13-digit ID is given in these: national_id `()`
  (a student number is never an ID).
- A student number, pupil number, class or room number, GPA, course code, letter number,
  job reference, a house's รหัสประจำบ้าน (11 digits) is never an ID or a phone.
- birth_date ISO, only the applicant's (never a parent's, the owner's, a letter's date,
  the internship's dates, a graduation date).
- e-mail: the applicant's own box (a student's university box is hers); the faculty's,
  the adviser's, a parent's, the web form's no-reply never.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, addresses, exp, home, table_doc

# ruff: noqa: E501 -- messages as people type them: long lines

PL = "พิษณุโลก"
MK = "มหาสารคาม"
DESKS = {PL: "saraban@phsmun.example.go.th", MK: "saraban@mkmun.example.go.th"}
TOWNS = {PL: "เทศบาลนครพิษณุโลก", MK: "เทศบาลเมืองมหาสารคาม"}
MAYORS = {PL: "นายกเทศมนตรีนครพิษณุโลก", MK: "นายกเทศมนตรีเมืองมหาสารคาม"}

# University students: where each lives now (a dorm room where `dwelling` is set).
STUDENTS: tuple[Party, ...] = (
    P("นางสาว", "ณัฐธิดา", "พรมวงศ์", "164990021573", date(2003, 4, 17), "0952218764", "nattida.pw@gmail.com",
      "99/12", "4", "", "", "ท่าโพธิ์", "เมืองพิษณุโลก", PL, "65000", dwelling="หอพักเพชรรัตน์แมนชั่น ห้อง 412"),
    P("นาย", "กิตติพัฒน์", "แสนสุข", "153990044128", date(2002, 9, 3), "0618847205", "kittipat.ss@gmail.com",
      "155/3", "8", "", "", "ท่าโพธิ์", "เมืองพิษณุโลก", PL, "65000", dwelling="หอพักบ้านสวนนักศึกษา ห้อง 207"),
    P("นางสาว", "อภิญญา", "ศรีบุญเรือง", "145990063317", date(2003, 12, 29), "0847761320", "apinya.sbr@hotmail.com",
      "88", "3", "", "", "ขามเรียง", "กันทรวิชัย", MK, "44150", dwelling="หอพักสิริวรรณ ห้อง B208"),
    P("นาย", "ธีรภัทร", "ภูผาทอง", "146990017852", date(2002, 6, 11), "0935506418", "teerapat.pt@gmail.com",
      "214", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม", MK, "44000", dwelling="หอพักศรีสวัสดิ์ ห้อง 315"),
    P("นางสาว", "ปริยากร", "ทองดี", "165990072264", date(2004, 1, 22), "0629914537", "pariyakorn.td@gmail.com",
      "18/2", "", "", "พระองค์ดำ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "วรเมธ", "จันทร์หอม", "144990058806", date(2004, 8, 5), "0806627193", "woramet.ch@gmail.com",
      "45/1", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม", MK, "44000"),
)  # fmt: skip

# Each student's registered home (ภูมิลำเนา), elsewhere.
HOMES: tuple[Party, ...] = tuple(
    replace(s, p=replace(s.p, house=h, moo=m, soi="", road=r, tambon=t, amphoe=a, province=pv, postal=pc), dwelling="")
    for s, (h, m, r, t, a, pv, pc) in zip(STUDENTS, (
        ("45", "7", "", "ธานี", "เมืองสุโขทัย", "สุโขทัย", "64000"),
        ("12/4", "", "พาดวารี", "ท่าอิฐ", "เมืองอุตรดิตถ์", "อุตรดิตถ์", "53000"),
        ("27", "", "เทวาภิบาล", "ในเมือง", "เมืองร้อยเอ็ด", "ร้อยเอ็ด", "45000"),
        ("9", "2", "", "ลำปาว", "เมืองกาฬสินธุ์", "กาฬสินธุ์", "46000"),
        ("66", "9", "", "วังทอง", "วังทอง", PL, "65130"),
        ("120", "6", "", "บรบือ", "บรบือ", MK, "44130"),
    ), strict=True)
)  # fmt: skip

# (university, faculty, student number, GPA, town the student writes to)
STUDY: tuple[tuple[str, str, str, str, str], ...] = (
    ("มหาวิทยาลัยนเรศวร", "คณะสังคมศาสตร์", "64361025", "3.42", PL),
    ("มหาวิทยาลัยนเรศวร", "คณะวิศวกรรมศาสตร์", "63362148", "2.98", PL),
    ("มหาวิทยาลัยมหาสารคาม", "คณะการบัญชีและการจัดการ", "64010512873", "3.61", MK),
    ("มหาวิทยาลัยมหาสารคาม", "คณะวิทยาการสารสนเทศ", "63011210456", "3.15", MK),
    ("มหาวิทยาลัยราชภัฏพิบูลสงคราม", "คณะมนุษยศาสตร์และสังคมศาสตร์", "6411235019", "3.27", PL),
    ("มหาวิทยาลัยราชภัฏมหาสารคาม", "คณะครุศาสตร์", "651101234", "3.74", MK),
)

# Advisers (อาจารย์ที่ปรึกษา) per student: name, mobile, box, the faculty's line.
ADVISERS: tuple[tuple[str, str, str, str], ...] = (
    ("ผศ.ดร.วิไลวรรณ ทองสุข", "0817264593", "wilaiwan.t@nu.example.ac.th", "055-963-241"),
    ("อาจารย์ ดร.ประเสริฐ ศรีสุวรรณ", "0894472816", "prasert.s@nu.example.ac.th", "055-964-118"),
    ("ผศ.สุดารัตน์ คำภู", "0862219047", "sudarat.k@msu.example.ac.th", "043-754-333"),
    ("อาจารย์ ดร.อนันต์ วงศ์ไชย", "0819935126", "anan.w@msu.example.ac.th", "043-754-359"),
    ("อาจารย์ณัฐกานต์ บุญประคอง", "0823316640", "nattakan.b@psru.example.ac.th", "055-267-012"),
    ("อาจารย์ ดร.กิตติ ศรีพรหม", "0846619024", "kitti.s@rmu.example.ac.th", "043-722-118"),
)
FACULTY_PLACE = {
    "มหาวิทยาลัยนเรศวร": "99 หมู่ 9 ตำบลท่าโพธิ์ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000",
    "มหาวิทยาลัยมหาสารคาม": "ตำบลขามเรียง อำเภอกันทรวิชัย จังหวัดมหาสารคาม 44150",
    "มหาวิทยาลัยราชภัฏพิบูลสงคราม": "156 หมู่ 5 ตำบลพลายชุมพล อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000",
    "มหาวิทยาลัยราชภัฏมหาสารคาม": "80 ถนนนครสวรรค์ ตำบลตลาด อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000",
}

# Graduates asking a certificate of conduct.
GRADUATES: tuple[Party, ...] = (
    P("นางสาว", "ชนิดา", "วงศ์คำ", "165010038874", date(2002, 2, 14), "0891127746", "chanida.wk@gmail.com",
      "77", "", "", "บรมไตรโลกนาถ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "สุรเชษฐ์", "บุญมา", "144010026613", date(2001, 10, 30), "0817745026", "surachet.bm@outlook.com",
      "32", "4", "", "", "แวงน่าง", "เมืองมหาสารคาม", MK, "44000"),
)  # fmt: skip
EMPLOYERS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "บริษัท สยามโลจิสติกส์ พิษณุโลก จำกัด",
        "คุณจันทร์เพ็ญ ศรีอ่อน (ฝ่ายบุคคล)",
        "055-241-880",
        "hr@siamlogis.example.co.th",
        "JOB-2569-0418",
    ),
    (
        "ธนาคารอีสานพัฒนา จำกัด (มหาชน) สาขามหาสารคาม",
        "คุณพิชญา แก้วดี (HR)",
        "043-711-245",
        "recruit@isanbank.example.co.th",
        "REQ 690237",
    ),
)

# Pupils under 18 and youth council members (the first two apply for scholarships).
YOUNG: tuple[Party, ...] = (
    P("นางสาว", "กชกร", "มีสุข", "165990081425", date(2010, 5, 3), "0984412706", "kotchakorn.ms@gmail.com",
      "56/3", "", "", "สิงหวัฒน์", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("เด็กชาย", "อนุชา", "พลเยี่ยม", "144990112783", date(2012, 11, 19), "", "",
      "14", "2", "", "", "เขวา", "เมืองมหาสารคาม", MK, "44000"),
    P("นาย", "ภูมิพัฒน์", "ศรีสว่าง", "165990093310", date(2009, 7, 8), "0657723418", "phumipat.ss@gmail.com",
      "8", "", "", "วิสุทธิกษัตริย์", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นางสาว", "ธนพร", "แก้วกาหลง", "144990104471", date(2010, 1, 25), "0924418670", "thanaporn.kk@gmail.com",
      "201", "10", "", "", "ท่าตูม", "เมืองมหาสารคาม", MK, "44000"),
)  # fmt: skip

# Each young person's parent, living with him or her.
PARENTS: tuple[Party, ...] = tuple(
    replace(y, p=replace(y.p, title=t, first=f, last=y.p.last, nid=with_check_digit(n), born=b, mobile=m, email=e))
    for y, (t, f, n, b, m, e) in zip(YOUNG, (
        ("นาง", "สมใจ", "365010047729", date(1979, 3, 8), "0867713205", "somjai.ms@gmail.com"),
        ("นาย", "บุญเลิศ", "344010083356", date(1975, 9, 14), "0813306724", "boonlert.py@gmail.com"),
        ("นาง", "วิภาวรรณ", "365010052284", date(1981, 12, 2), "0896621450", "wipawan.ss@hotmail.com"),
        ("นาย", "ทองใบ", "344010061194", date(1972, 4, 27), "0857714032", "thongbai.kk@gmail.com"),
    ), strict=True)
)  # fmt: skip

# (school, class, pupil number, GPA, school line, class teacher and her mobile)
SCHOOLS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    (
        "โรงเรียนพิษณุโลกพิทยาคม",
        "ม.5/4",
        "34512",
        "3.87",
        "055-258-964",
        "นางกาญจนา ใจซื่อ",
        "0815534420",
    ),
    ("โรงเรียนสารคามพิทยาคม", "ม.2/7", "41876", "3.52", "043-711-036", "นายศักดิ์ชัย พันธ์ดี", "0872246613"),
    ("โรงเรียนจ่าการบุญ", "ม.6/2", "30277", "3.29", "055-244-571", "นางสาวอรวรรณ พิมพา", "0896613852"),
    ("โรงเรียนผดุงนารี", "ม.5/1", "52903", "3.66", "043-711-582", "นางเยาวลักษณ์ ศรีทอง", "0828812269"),
)

# Dorm owners (เจ้าบ้าน): name, ID, mobile, the house's รหัสประจำบ้าน, per student 0-3.
OWNERS: tuple[tuple[str, str, str, str], ...] = (
    ("นางบุญเรือน ชัยมงคล", with_check_digit("365010034418"), "0815964270", "6599-012345-6"),
    ("นายสมชาย ตั้งใจดี", with_check_digit("365010027753"), "0869023317", "6599-018820-3"),
    ("นางสาวลำดวน ภูมิศรี", with_check_digit("344010091125"), "0844470216", "4499-076104-9"),
    ("นายประยูร เหล่าสุวรรณ", with_check_digit("344010015538"), "0817710652", "4401-004517-2"),
)

ADVISER_TOWN = {
    PL: ("นางสาวรัชนี อ่อนศรี", "055-252-117 ต่อ 214"),
    MK: ("นายพงศกร ชาวดร", "043-711-299 ต่อ 18"),
}

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def message(n: int, town: str, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[town]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set74-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title in ("นาย", "เด็กชาย") else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title in ("นาย", "เด็กชาย") else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def dorm_addresses(a: Party) -> tuple[str, ...]:
    """A dorm room: with the dorm's name and room after the house number, before it, or
    without them."""
    bare = addresses(replace(a, dwelling=""))
    if not a.dwelling:
        return bare
    front = tuple(f"{a.dwelling} {x}" for x in bare)
    return tuple(dict.fromkeys(addresses(a) + bare + front))


def dorm_line(a: Party, k: int) -> str:
    """A dorm address as students type it: the dorm first, or the house number first."""
    bare = replace(a, dwelling="")
    if not a.dwelling or k % 2:
        return home(a, k)
    return f"{a.dwelling} เลขที่ {home(bare, k)}"


def student(s: int, keys: str, *, both: bool) -> dict[str, tuple[str, ...]]:
    """The student's values; her registered home accepted too where `both`."""
    a = STUDENTS[s]
    e = exp(a, keys)
    if "address" in e:
        e["address"] = dorm_addresses(a)
        if both:
            h = HOMES[s]
            e["address"] += addresses(h)
            e["postal_code"] = tuple(dict.fromkeys((a.p.postal, h.p.postal)))
            e["province"] = tuple(dict.fromkeys((a.p.province, h.p.province)))
    return e


def young(y: int, keys: str) -> dict[str, tuple[str, ...]]:
    """A pupil or member: ด.ช. written short accepted; no own phone or box: `()`."""
    a = YOUNG[y]
    e = exp(a, keys)
    if a.p.title == "เด็กชาย":
        e["full_name"] = (a.name, f"ด.ช.{a.p.first} {a.p.last}")
    if not a.p.mobile and "phone" in e:
        e["phone"] = ()
    if not a.p.email and "email" in e:
        e["email"] = ()
    return e


def young_name(a: Party, k: int) -> str:
    if a.p.title == "เด็กชาย" and k % 2:
        return f"ด.ช.{a.p.first} {a.p.last}"
    return a.name


WHO: dict[str, str] = {
    "plain_internship_own_phone": "the student; never the adviser named with mobile and box",
    "plain_dorm_move_owner_consent": "the student who moves; the dorm's address; never the owner or the old home",
    "plain_conduct_certificate_webmail": "the graduate; never the employer's HR",
    "plain_youth_council_hall": "the member who asks; never the parent who consents or the town's adviser",
    "plain_survey_group_leader": "the group's leader; never the teacher or the members; no ID",
    "html_gmail_forwarded_faculty_letter": "the student who forwards; never the dean or adviser in the letter",
    "html_outlook_faculty_coordinator": "the student the letter is for; never the coordinator's signature",
    "html_webform_scholarship": "the pupil; never the parent's or the school's section",
    "html_gmail_dorm_reply_thread": "the student who moves; never the owner or the registry officer quoted",
    "html_outlook_student_survey": "the leader (his university box); never the teacher cc'd",
    "docx_faculty_letterhead_internship": "the student; only his name and number given: the rest `()`",
    "docx_dorm_owner_consent": "the student who moves; never the owner who writes the consent",
    "docx_scholarship_form_table": "the pupil; never the parent's rows or the school's",
    "docx_youth_hall_form": "the member; never the parent's consent section or the adviser",
    "pdf_fillable_conduct_certificate": "the graduate; never the employer's section",
    "pdf_typed_parent_for_child": "the parent who writes and signs; never the child",
    "pdf_typed_internship_letter": "the student; never the adviser's comment block",
    "pdf_fillable_dorm_move": "the mover; the new address; never the old or the owner",
    "xlsx_survey_group_members": "the leader's row; never the teacher's or the members'",
    "xlsx_internship_application": "the student; never the adviser or the emergency contact",
}


# --- plain ---------------------------------------------------------------------------------


def plain_internship_own_phone(s: int, i: int) -> Case:
    """A student's own mail from her phone: she asks a สหกิจศึกษา place at the town hall,
    her number, GPA, course code, the dates, her lines, then her adviser's name, mobile and
    box; "Sent from my iPhone"."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, gpa, town = STUDY[s]
    adv, amob, abox, _ = ADVISERS[s]
    text = (
        f"เรียน {MAYORS[town]}\n\n"
        f"{me(a)}{a.name} นักศึกษาชั้นปีที่ 4 {fac} {uni} รหัสนักศึกษา {sid} เกรดเฉลี่ยสะสม {gpa} "
        f"มีความประสงค์ขอเข้ารับการฝึกสหกิจศึกษา (รายวิชา 0802491 สหกิจศึกษา) ที่กองยุทธศาสตร์และงบประมาณ "
        f"ระหว่างวันที่ 11 มกราคม - 30 เมษายน 2570{ending(a)}\n\n"
        f"ข้อมูลของ{me(a)}\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\n"
        f"วันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ปัจจุบัน {dorm_line(a, i)}\n"
        f"ภูมิลำเนา {home(HOMES[s], i + 1)}\n"
        f"โทร {mobile(p.mobile, i)}\n"
        f"อีเมล {p.email}\n\n"
        f"อาจารย์ที่ปรึกษาสหกิจ {adv} โทร {mobile(amob, i + 1)} อีเมล {abox}\n\n"
        f"ขอบพระคุณ{ending(a)}\n{a.name}\n\nSent from my iPhone\n"
    )
    raw = message(i, town, "ขอเข้าฝึกสหกิจศึกษา", box(a), text=text)
    return Case("plain_internship_own_phone", raw, student(s, ALL, both=True))


def plain_dorm_move_owner_consent(s: int, i: int) -> Case:
    """A student asks to move her registration into her dorm: her old home, the dorm's
    address, the owner (เจ้าบ้าน) who consents with his name, ID, phone and the house's
    code; sent from webmail."""
    a = STUDENTS[s]
    p = a.p
    _, _, sid, _, town = STUDY[s]
    oname, oid, omob, code = OWNERS[s]
    text = (
        f"เรียน งานทะเบียนราษฎร {TOWNS[town]}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} "
        f"เป็นนักศึกษา (รหัส {sid}) ขอย้ายชื่อเข้าทะเบียนบ้านของหอพักที่พักอยู่ เพื่อใช้สิทธิรักษาพยาบาลและสมัครงานพิเศษ{ending(a)}\n\n"
        f"ย้ายออกจาก (ที่อยู่เดิม): {home(HOMES[s], i)}\n"
        f"ย้ายเข้า (ที่อยู่ใหม่): {dorm_line(a, i)}\n"
        f"รหัสประจำบ้าน {code}\n\n"
        f"เจ้าบ้านยินยอมแล้ว คือ {oname} เลขประจำตัวประชาชน {nid_w(oid, i)} โทร {mobile(omob, i)} "
        f"(แนบสำเนาบัตรและหนังสือยินยอมมาด้วย)\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {mobile(p.mobile, i + 2)}\n{a.name}\n"
    )
    raw = message(i, town, "ขอย้ายทะเบียนบ้านเข้าหอพัก", box(a), text=text)
    e = exp(a, ALL)
    e["address"] = dorm_addresses(a)
    return Case("plain_dorm_move_owner_consent", raw, e)


def plain_conduct_certificate_webmail(g: int, i: int) -> Case:
    """A graduate asks a certificate of conduct for a job: the company, its HR officer's
    line and box, the job's reference, her graduation date, her lines in a list."""
    a = GRADUATES[g]
    p = a.p
    town = p.province
    firm, hr, hline, hbox, ref = EMPLOYERS[g]
    text = (
        f"เรียน {MAYORS[town]}\n"
        f"เรื่อง ขอหนังสือรับรองความประพฤติ\n\n"
        f"{me(a)}สำเร็จการศึกษาปริญญาตรีเมื่อวันที่ {thai_day(date(2026, 3, 28 - g))} และได้รับการคัดเลือกเข้าทำงานกับ{firm} "
        f"(เลขที่ใบสมัคร {ref}) บริษัทขอให้ส่งหนังสือรับรองความประพฤติจากหน่วยงานท้องถิ่นที่มีภูมิลำเนา "
        f"ติดต่อฝ่ายบุคคลได้ที่ {hr} โทร {hline} อีเมล {hbox}\n\n"
        f"- ชื่อ {a.name}\n- เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n- วันเดือนปีเกิด {born_th(p.born, i + 2)}\n"
        f"- ที่อยู่ {home(a, i)}\n- มือถือ {mobile(p.mobile, i + 3)}\n- อีเมล {p.email}\n\n"
        f"จึงเรียนมาเพื่อโปรดพิจารณา\n{a.name}\n"
    )
    raw = message(i, town, "ขอหนังสือรับรองความประพฤติ (สมัครงาน)", box(a), text=text)
    return Case("plain_conduct_certificate_webmail", raw, exp(a, ALL))


def plain_youth_council_hall(y: int, i: int) -> Case:
    """A youth council member asks the hall for a camp from her phone: the council's
    adviser at the town hall (name, line), her parent's consent (name, mobile), the
    camp's dates and numbers."""
    a = YOUNG[y]
    p = a.p
    town = p.province
    par = PARENTS[y]
    adv, aline = ADVISER_TOWN[town]
    role = ("ประธานสภาเด็กและเยาวชน", "รองประธานสภาเด็กและเยาวชน")[i % 2]
    text = (
        f"เรียน {MAYORS[town]}\n\n"
        f"{me(a)} {a.name} อายุ {2026 - p.born.year} ปี {role}{TOWNS[town]} ขอใช้ห้องประชุมใหญ่ชั้น 3 "
        f"วันที่ 9-10 มกราคม 2570 เวลา 08.30-16.30 น. จัดค่ายเยาวชนรักษ์ถิ่น ผู้เข้าร่วม 120 คน{ending(a)}\n"
        f"ได้ประสานพี่เลี้ยงสภาเด็กฯ คือ {adv} โทร {aline} แล้ว\n"
        f"ผู้ปกครองยินยอม: {par.name} โทร {mobile(par.p.mobile, i)}\n\n"
        f"{me(a)}เกิด {born_th(p.born, i)} บ้านเลขที่ {home(a, i + 1)}\n"
        f"เบอร์{me(a)} {mobile(p.mobile, i + 1)} / {p.email}\n\n"
        f"{a.name}\nส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    raw = message(i, town, "ขอใช้ห้องประชุม ค่ายเยาวชน", box(a), text=text)
    # The mail gives no ID of hers: national_id not scored (mended after first sight: the
    # builder expected an ID the text never carried).
    return Case(
        "plain_youth_council_hall",
        raw,
        young(y, "full_name birth_date phone email address postal_code province"),
    )


def plain_survey_group_leader(s: int, i: int) -> Case:
    """A group's leader asks to survey a community's waste for a course project: the
    course code, the members with their numbers, the teacher as contact (mobile, box);
    the leader's mobile and box, his room in town."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, _, town = STUDY[s]
    adv, amob, abox, _ = ADVISERS[s]
    members = [("นายปฐมพงษ์ ไชยวงศ์", str(int(sid) + 17)), ("นางสาวศิริลักษณ์ มาลัย", str(int(sid) + 42))]
    text = (
        f"เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {TOWNS[town]}\n\n"
        f"{me(a)} {a.name} รหัส {sid} หัวหน้ากลุ่มรายวิชา 273491 การวิจัยชุมชน {fac} {uni} "
        f"ขออนุญาตเก็บแบบสอบถามเรื่องการคัดแยกขยะในชุมชน 3 ชุมชนในเขตเทศบาล ระหว่างวันที่ 12-23 มกราคม 2570 "
        f"จำนวน 150 ครัวเรือน{ending(a)}\n\nสมาชิกกลุ่ม\n"
        + "".join(f"{n + 1}. {m} รหัส {r}\n" for n, (m, r) in enumerate(members))
        + f"\nอาจารย์ผู้สอน {adv} โทร {mobile(amob, i)} {abox}\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {mobile(p.mobile, i + 1)} อีเมล {p.email}\n"
        f"ที่พัก {home(a, i)}\n\n{a.name}\nหัวหน้ากลุ่ม\n"
    )
    raw = message(i, town, "ขออนุญาตเก็บข้อมูลแบบสอบถามในชุมชน", box(a), text=text)
    e = student(s, "full_name national_id phone email address postal_code province", both=False)
    e["national_id"] = ()
    return Case("plain_survey_group_leader", raw, e)


# --- HTML ----------------------------------------------------------------------------------


def gmail(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{body}</div></body></html>\n'


def html_gmail_forwarded_faculty_letter(s: int, i: int) -> Case:
    """A student's Gmail: her own lines on top, then the faculty's letter forwarded below
    (ที่ อว ..., the dean's name, the adviser's name, mobile and box, the faculty's line)."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, gpa, town = STUDY[s]
    adv, amob, abox, fline = ADVISERS[s]
    dean = ("รองศาสตราจารย์ ดร.สมศักดิ์ ปัญญาดี", "ผู้ช่วยศาสตราจารย์ ดร.มาลินี ศรีประเสริฐ")[s % 2]
    mine = (
        f"<p>เรียน เจ้าหน้าที่งานการเจ้าหน้าที่ {TOWNS[town]}</p>"
        f"<p>{me(a)}ขอส่งหนังสือขอความอนุเคราะห์รับนักศึกษาฝึกงานจากคณะ{ending(a)} รายละเอียดของ{me(a)}:</p>"
        f"<ul><li>ชื่อ-สกุล: {a.name}</li><li>เลขบัตรประชาชน: {nid_w(p.nid, i)}</li>"
        f"<li>ที่อยู่ปัจจุบัน: {dorm_line(a, i + 1)}</li><li>โทร: {mobile(p.mobile, i)}</li>"
        f'<li>อีเมล: <a href="mailto:{p.email}">{p.email}</a></li></ul>'
        f"<p>ขอบคุณ{ending(a)}<br>{p.first}</p>"
    )
    fwd = (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f"From: <strong>{fac}</strong> &lt;coop.{s}@{('nu', 'nu', 'msu', 'msu', 'psru', 'rmu')[s]}.example.ac.th&gt;<br>"
        f"Date: {2 + i} ธ.ค. 2569<br>Subject: หนังสือขอความอนุเคราะห์รับนักศึกษาฝึกงาน<br>To: {p.email}</div><br>"
        f"<p>ที่ อว 0603.0{3 + s}/{1400 + 27 * i}</p>"
        f"<p>เรื่อง ขอความอนุเคราะห์รับนักศึกษาเข้าฝึกงาน<br>เรียน {MAYORS[town]}</p>"
        f"<p>ด้วย{fac} {uni} ได้กำหนดให้นักศึกษาต้องฝึกงานในรายวิชา 0802491 จำนวนไม่น้อยกว่า 320 ชั่วโมง "
        f"จึงขอความอนุเคราะห์รับ {a.name} รหัสนักศึกษา {sid} (GPAX {gpa}) เข้าฝึกงาน</p>"
        f"<p>หากมีข้อสงสัยโปรดติดต่อ {adv} อาจารย์ที่ปรึกษา โทร {mobile(amob, i + 1)} อีเมล {abox} "
        f"หรืองานสหกิจศึกษา โทร {fline}</p><p>ขอแสดงความนับถือ<br>({dean})<br>คณบดี{fac}</p></div>"
    )
    raw = message(
        i,
        town,
        f"Fwd: หนังสือขอความอนุเคราะห์รับนักศึกษาฝึกงาน ({p.first})",
        box(a),
        html=gmail(mine + fwd),
    )
    e = student(s, NO_BIRTH, both=False)
    return Case("html_gmail_forwarded_faculty_letter", raw, e)


def html_outlook_faculty_coordinator(s: int, i: int) -> Case:
    """The faculty's coordinator writes from the faculty's Outlook for one student: the
    student's lines in a small table (number, ID, phone, box), the internship's dates,
    the coordinator's signature (her name, line, mobile, the faculty's box)."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, gpa, town = STUDY[s]
    coord = ("นางสาวปิยะพร สุขเกษม", "นางรัตนา ดวงจันทร์")[i % 2]
    cmob = ("0897715203", "0816624489")[i % 2]
    cbox = f"coop.{('nu', 'nu', 'msu', 'msu', 'psru', 'rmu')[s]}@{('nu', 'nu', 'msu', 'msu', 'psru', 'rmu')[s]}.example.ac.th"
    rows = [("ชื่อ-สกุล", a.name), ("รหัสนักศึกษา", sid), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
            ("เกรดเฉลี่ย", gpa), ("โทรศัพท์นักศึกษา", mobile(p.mobile, i + 2)), ("อีเมลนักศึกษา", p.email),
            ("ช่วงฝึกงาน", "4 มกราคม - 26 มีนาคม 2570")]  # fmt: skip
    table = (
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        + "".join(
            f'<tr><td><p class="MsoNormal">{x}</p></td><td><p class="MsoNormal">{y}</p></td></tr>'
            for x, y in rows
        )
        + "</table>"
    )
    paras = [f"เรียน งานการเจ้าหน้าที่ {TOWNS[town]}", "",
             f"งานสหกิจศึกษา {fac} {uni} ขอส่งรายชื่อนักศึกษาที่ประสงค์จะฝึกงานกับหน่วยงานของท่าน ดังนี้", table, "",
             "หากหน่วยงานตอบรับ กรุณาส่งแบบตอบรับกลับทางอีเมลนี้", "ขอบคุณค่ะ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{coord}</b><br>เจ้าหน้าที่บริหารงานทั่วไป งานสหกิจศึกษา<br>{fac} {uni}<br>'
           f"{FACULTY_PLACE[uni]}<br>โทร {ADVISERS[s][3]} มือถือ {mobile(cmob, i)}<br>{cbox}</p>")  # fmt: skip
    raw = message(
        i,
        town,
        f"ส่งรายชื่อนักศึกษาฝึกงาน {sid}",
        f"งานสหกิจศึกษา {fac} <{cbox}>",
        html=outlook_html(paras, sig),
    )
    e = student(s, "full_name national_id phone email", both=False)
    e.update(address=(), postal_code=(), province=())  # only the faculty's place is given
    return Case("html_outlook_faculty_coordinator", raw, e)


def html_webform_scholarship(y: int, i: int) -> Case:
    """The town's web form for its scholarship, sent from no-reply: the pupil's section
    (name, ID, birth date, school, class, number, GPA, phone, box where she has one), the
    parent's section (name, ID, birth date, mobile, box, job, income), the school's."""
    a = YOUNG[y]
    p = a.p
    town = p.province
    par = PARENTS[y]
    school, room, no, gpa, sline, teacher, tmob = SCHOOLS[y]
    sec = [
        ("ข้อมูลผู้ขอรับทุน", [("ชื่อ-นามสกุล", young_name(a, i)), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                              ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", home(a, i)),
                              ("โทรศัพท์", mobile(p.mobile, i) if p.mobile else "-"), ("อีเมล", p.email or "-")]),
        ("ข้อมูลการศึกษา", [("โรงเรียน", school), ("ชั้น", room), ("เลขประจำตัวนักเรียน", no), ("เกรดเฉลี่ย", gpa),
                           ("โทรศัพท์โรงเรียน", sline), ("ครูประจำชั้น", f"{teacher} ({mobile(tmob, i)})")]),
        ("ข้อมูลผู้ปกครอง", [("ชื่อ-นามสกุล", par.name), ("เลขประจำตัวประชาชน", nid_w(par.p.nid, i + 1)),
                            ("วันเกิด", born_th(par.p.born, i + 1)), ("อาชีพ", "รับจ้างทั่วไป"),
                            ("รายได้ต่อเดือน", "9,500 บาท"), ("โทรศัพท์", mobile(par.p.mobile, i + 1)), ("อีเมล", par.p.email)]),
    ]  # fmt: skip
    body = f"<h3>แบบคำขอรับทุนการศึกษา {TOWNS[town]} ประจำปี 2570</h3><p>เลขที่คำขอ SCH-2570-{310 + i:05d}</p>"
    for head, rows in sec:
        body += (
            f"<h4>{head}</h4><table>"
            + "".join(f"<tr><th align='left'>{x}</th><td>{v}</td></tr>" for x, v in rows)
            + "</table>"
        )
    body += "<p>ส่งเมื่อ 05/12/2569 21:14 น.</p><p style='color:gray'>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p>"
    raw = message(i, town, f"[e-Service] คำขอรับทุนการศึกษา SCH-2570-{310 + i:05d}",
                  f"e-Service <no-reply@{DESKS[town].split('@')[1]}>", html=gmail(body))  # fmt: skip
    return Case("html_webform_scholarship", raw, young(y, ALL))


def html_gmail_dorm_reply_thread(s: int, i: int) -> Case:
    """A student's Gmail reply above the registry officer's quoted mail (the documents to
    bring, the office's line): her lines, the dorm's, the owner's consent (name, ID, phone,
    the house's code)."""
    a = STUDENTS[s]
    p = a.p
    _, _, sid, _, town = STUDY[s]
    oname, oid, omob, code = OWNERS[s]
    mine = (
        f"<p>เรียน เจ้าหน้าที่งานทะเบียนราษฎร</p><p>ขอบคุณ{ending(a)} {me(a)}ส่งข้อมูลเพิ่มเติมตามที่แจ้งมา{ending(a)}</p>"
        f"<p>ผู้ขอย้าย: {a.name}<br>เลขบัตรประชาชน: {nid_w(p.nid, i + 1)}<br>วันเกิด: {born_th(p.born, i)}<br>"
        f"ย้ายเข้าที่: {dorm_line(a, i + 1)} (รหัสประจำบ้าน {code})<br>ย้ายมาจาก: {home(HOMES[s], i + 2)}<br>"
        f"เบอร์ติดต่อ: {mobile(p.mobile, i + 3)}</p>"
        f"<p>เจ้าบ้าน: {oname} เลขบัตร {nid_w(oid, i + 2)} โทร {mobile(omob, i + 1)} ยินยอมให้ย้ายเข้าแล้ว{ending(a)}</p>"
        f"<p>{p.first} (นักศึกษา รหัส {sid})</p>"
    )
    quoted = (
        f'<div class="gmail_quote"><div class="gmail_attr">เมื่อ {1 + i % 5} ธ.ค. 2569 เวลา 10:{12 + i} งานทะเบียนราษฎร '
        f'&lt;{DESKS[town]}&gt; เขียนว่า:</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        "เรียน ผู้ขอย้ายที่อยู่<br>กรุณาแจ้งเลขประจำตัวประชาชน วันเกิด ที่อยู่เดิม และชื่อเจ้าบ้าน พร้อมหนังสือยินยอมของเจ้าบ้าน "
        f"และนำบัตรประชาชนมาแสดงตนที่สำนักทะเบียน โทร {('055-252-110', '043-711-247')[town == MK]}<br>งานทะเบียนราษฎร {TOWNS[town]}"
        "</blockquote></div>"
    )
    raw = message(i, town, "Re: สอบถามการย้ายทะเบียนบ้านเข้าหอพัก", box(a), html=gmail(mine + quoted))
    e = exp(a, ALL)
    e["address"] = dorm_addresses(a)
    return Case("html_gmail_dorm_reply_thread", raw, e)


def html_outlook_student_survey(s: int, i: int) -> Case:
    """A group's leader writes from his university Outlook box (his student number in the
    box's name and in his signature), the teacher as contact in the body; no phone of his
    own in v2."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, _, town = STUDY[s]
    adv, amob, abox, fline = ADVISERS[s]
    ubox = f"{sid}@{('nu', 'nu', 'msu', 'msu', 'psru', 'rmu')[s]}.example.ac.th"
    own_phone = i % 2 == 0
    paras = [f"เรียน {MAYORS[town]}", "",
             f"ด้วยกลุ่มนักศึกษารายวิชา 0602491 สัมมนาการพัฒนาท้องถิ่น {fac} {uni} จำนวน 6 คน ขออนุญาตสัมภาษณ์ประธานชุมชนและเจ้าหน้าที่ "
             "เรื่องการจัดการน้ำท่วมในเขตเทศบาล ในวันที่ 15 มกราคม 2570 เวลา 09.00-12.00 น.",
             f"ผู้ประสานงานฝ่ายอาจารย์: {adv} โทร {mobile(amob, i)} อีเมล {abox} (สำนักงานคณะ {fline})", "",
             "จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต"]  # fmt: skip
    sig = (f'<p class="MsoNormal">{a.name}<br>หัวหน้ากลุ่ม รหัสนักศึกษา {sid}<br>{fac} {uni}<br>'
           + (f"โทร {mobile(p.mobile, i)}<br>" if own_phone else "")
           + f"ที่อยู่ {home(a, i + 1)}</p>")  # fmt: skip
    raw = message(i, town, "ขออนุญาตสัมภาษณ์เพื่อประกอบรายวิชา", f"{a.p.first} {a.p.last} <{ubox}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    e = student(s, "full_name national_id phone email address postal_code province", both=False)
    e["national_id"] = ()
    e["email"] = (ubox,)
    if not own_phone:
        e["phone"] = ()
    return Case("html_outlook_student_survey", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_faculty_letterhead_internship(s: int, i: int) -> Case:
    """The faculty's letter in Word on its letterhead (the faculty's address, line, box),
    sent by the faculty: the student by name and number only, the adviser (name, mobile,
    box) as contact, the dean who signs."""
    a = STUDENTS[s]
    uni, fac, sid, gpa, town = STUDY[s]
    adv, amob, abox, fline = ADVISERS[s]
    dean = ("รองศาสตราจารย์ ดร.สมศักดิ์ ปัญญาดี", "ผู้ช่วยศาสตราจารย์ ดร.มาลินี ศรีประเสริฐ")[s % 2]
    fbox = f"{('socsci', 'eng', 'acc', 'it', 'human', 'edu')[s]}@{('nu', 'nu', 'msu', 'msu', 'psru', 'rmu')[s]}.example.ac.th"

    def build(d: Any) -> None:
        d.add_paragraph(f"{fac} {uni}\n{FACULTY_PLACE[uni]}\nโทรศัพท์ {fline}  อีเมล {fbox}")
        d.add_paragraph(f"ที่ อว 0603.0{3 + s}/{1427 + i}\t\t\t\t{3 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์รับนักศึกษาเข้าฝึกงาน\nเรียน {MAYORS[town]}")
        d.add_paragraph(
            f"ด้วย{fac} {uni} มีนโยบายให้นักศึกษาชั้นปีที่ 3 ฝึกงานในหน่วยงานภาครัฐ ในภาคฤดูร้อน ปีการศึกษา 2569 "
            f"ระหว่างวันที่ 1 เมษายน - 31 พฤษภาคม 2570 จึงขอความอนุเคราะห์รับ {a.name} รหัสประจำตัวนักศึกษา {sid} "
            f"เกรดเฉลี่ยสะสม {gpa} เข้าฝึกงานในหน่วยงานของท่าน"
        )
        d.add_paragraph(f"ทั้งนี้ ได้มอบหมายให้ {adv} โทร {mobile(amob, i)} อีเมล {abox} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ด้วย จะเป็นพระคุณยิ่ง")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({dean})\nคณบดี{fac}")

    raw = message(i, town, f"ขอความอนุเคราะห์รับนักศึกษาฝึกงาน ({a.p.first} {a.p.last})", f"{fac} <{fbox}>",
                  text=f"เรียน {TOWNS[town]}\nคณะขอส่งหนังสือขอความอนุเคราะห์รับนักศึกษาฝึกงานตามไฟล์แนบ\n",
                  files=(("หนังสือขอฝึกงาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = exp(a, NO_BIRTH)
    for k in ("national_id", "phone", "email", "address", "postal_code", "province"):
        e[k] = ()
    return Case("docx_faculty_letterhead_internship", raw, e)


def docx_dorm_owner_consent(s: int, i: int) -> Case:
    """The dorm owner's หนังสือยินยอมให้ย้ายเข้า in Word (the owner writes ข้าพเจ้า, his ID,
    the house's code, the student he lets in with her ID), sent by the student, her
    mobile in the mail."""
    a = STUDENTS[s]
    p = a.p
    _, _, sid, _, town = STUDY[s]
    oname, oid, omob, code = OWNERS[s]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือให้ความยินยอมให้ย้ายเข้าทะเบียนบ้าน")
        d.add_paragraph(f"เขียนที่ {a.dwelling.split(' ห้อง')[0]}\nวันที่ {4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {oname} เลขประจำตัวประชาชน {nid_w(oid, i)} เป็นเจ้าบ้านของบ้านเลขที่ {home(replace(a, dwelling=''), i)} "
            f"รหัสประจำบ้าน {code} โทร {mobile(omob, i)}"
        )
        d.add_paragraph(
            f"ยินยอมให้ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} นักศึกษา รหัส {sid} ซึ่งเช่าห้องพักเลขที่ "
            f"{a.dwelling.split('ห้อง ')[1]} ย้ายชื่อเข้าทะเบียนบ้านหลังนี้ได้"
        )
        d.add_paragraph(
            f"ลงชื่อ ............................ เจ้าบ้าน\n({oname})\n\nลงชื่อ ............................ ผู้ย้ายเข้า\n({a.name})"
        )

    raw = message(i, town, "ส่งหนังสือยินยอมเจ้าบ้าน (ย้ายเข้าหอพัก)", box(a),
                  text=(f"เรียน งานทะเบียนราษฎร\n{me(a)}{a.name} ขอย้ายทะเบียนบ้านเข้าหอพักที่เช่าอยู่ แนบหนังสือยินยอมของเจ้าบ้าน{ending(a)}\n"
                        f"เกิด {born_th(p.born, i + 2)}\nโทร {mobile(p.mobile, i)}\n"),
                  files=(("หนังสือยินยอมเจ้าบ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = exp(a, ALL)
    e["address"] = dorm_addresses(a)
    return Case("docx_dorm_owner_consent", raw, e)


def docx_scholarship_form_table(y: int, i: int) -> Case:
    """The town's ทุนการศึกษา form as a Word table: the pupil's rows (no phone for a boy of
    14), the parent's rows (ID, birth date, mobile), the school's, the two signatures."""
    a = YOUNG[y]
    p = a.p
    town = p.province
    par = PARENTS[y]
    school, room, no, gpa, sline, teacher, tmob = SCHOOLS[y]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอรับทุนการศึกษา {TOWNS[town]}\nส่วนที่ 1 ข้อมูลนักเรียนผู้ขอรับทุน")
        table_doc(d, [("ชื่อ-สกุล", young_name(a, i)), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                      ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
                      ("โทรศัพท์", mobile(p.mobile, i) if p.mobile else ""), ("อีเมล", p.email)])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ข้อมูลการศึกษา")
        table_doc(d, [("สถานศึกษา", school), ("ระดับชั้น", room), ("เลขประจำตัวนักเรียน", no),
                      ("ผลการเรียนเฉลี่ย", gpa), ("โทรศัพท์สถานศึกษา", sline)])  # fmt: skip
        d.add_paragraph("ส่วนที่ 3 ข้อมูลบิดา/มารดา/ผู้ปกครอง")
        table_doc(d, [("ชื่อ-สกุล", par.name), ("เกี่ยวข้องเป็น", "มารดา" if par.p.title == "นาง" else "บิดา"),
                      ("เลขประจำตัวประชาชน", nid_w(par.p.nid, i + 1)), ("วัน/เดือน/ปีเกิด", born_th(par.p.born, i)),
                      ("โทรศัพท์", mobile(par.p.mobile, i + 1)), ("รายได้ครอบครัวต่อปี", "96,000 บาท")])  # fmt: skip
        d.add_paragraph(f"ลงชื่อ ................ ผู้ขอรับทุน\n({young_name(a, i)})\n\n"
                        f"ลงชื่อ ................ ผู้ปกครอง\n({par.name})\n\n"
                        f"รับรองโดย ................ ครูประจำชั้น\n({teacher}) โทร {mobile(tmob, i)}")  # fmt: skip

    raw = message(i, town, "ส่งใบสมัครทุนการศึกษา", box(par),
                  text=f"เรียน กองการศึกษา\nส่งใบสมัครขอรับทุนการศึกษาของ{'ลูกสาว' if a.p.title == 'นางสาว' else 'ลูกชาย'}ตามไฟล์แนบ\n",
                  files=(("ใบสมัครทุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_scholarship_form_table", raw, young(y, ALL))


def docx_youth_hall_form(y: int, i: int) -> Case:
    """The town's แบบขอใช้สถานที่ filled in Word with dotted lines by a youth council member,
    a parent's consent section below (name, ID, mobile), the adviser's line."""
    a = YOUNG[y]
    p = a.p
    town = p.province
    par = PARENTS[y]
    adv, aline = ADVISER_TOWN[town]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องขอใช้สถานที่ {TOWNS[town]}")
        d.add_paragraph(f"ข้าพเจ้า.....{a.name}.....อายุ.....{2026 - p.born.year}.....ปี")
        d.add_paragraph(
            f"เลขประจำตัวประชาชน.....{nid_w(p.nid, i + 2)}.....วันเกิด.....{born_th(p.born, i + 2)}....."
        )
        d.add_paragraph(f"ที่อยู่.....{home(a, i + 1)}.....")
        d.add_paragraph(f"โทรศัพท์.....{mobile(p.mobile, i + 2)}.....อีเมล.....{p.email}.....")
        d.add_paragraph(
            f"ในนาม.....สภาเด็กและเยาวชน{TOWNS[town]}.....ขอใช้.....ลานกิจกรรมและห้องประชุมเล็ก....."
        )
        d.add_paragraph(
            f"วันที่.....{20 + i % 8} ธันวาคม 2569.....เวลา.....13.00-20.00 น.....เพื่อ.....ซ้อมการแสดงวันเด็ก ผู้ร่วม 45 คน....."
        )
        d.add_paragraph(f"ลงชื่อ.....................ผู้ขอใช้\n({a.name})")
        d.add_paragraph(
            f"ความยินยอมของผู้ปกครอง (กรณีผู้ขอใช้อายุต่ำกว่า 18 ปี)\nข้าพเจ้า.....{par.name}.....เลขประจำตัวประชาชน....."
            f"{nid_w(par.p.nid, i)}.....โทร.....{mobile(par.p.mobile, i)}.....ยินยอม\nลงชื่อ.....................ผู้ปกครอง"
        )
        d.add_paragraph(f"พี่เลี้ยงสภาเด็กฯ {adv} โทร {aline}")

    raw = message(i, town, "แบบขอใช้สถานที่ สภาเด็กและเยาวชน", box(a),
                  text=f"เรียน งานกิจการเด็กและเยาวชน\nส่งแบบคำร้องขอใช้สถานที่{ending(a)}\n",
                  files=(("ขอใช้สถานที่.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_youth_hall_form", raw, young(y, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_conduct_certificate(g: int, i: int) -> Case:
    """The town's fillable คำขอหนังสือรับรองความประพฤติ with fields named f1..f12: the
    applicant's lines, then the employer's (company, HR officer, line, box, reference)."""
    a = GRADUATES[g]
    p = a.p
    town = p.province
    firm, hr, hline, hbox, ref = EMPLOYERS[g]
    labels = [(45, 18, f"คำขอหนังสือรับรองความประพฤติ {TOWNS[town]}"), (20, 36, "ชื่อ-สกุล"),
              (20, 46, "เลขประจำตัวประชาชน"), (120, 46, "วันเดือนปีเกิด"), (20, 56, "ที่อยู่"),
              (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"), (20, 76, "วุฒิการศึกษา"),
              (20, 92, "ใช้ประกอบการสมัครงานกับ"), (20, 102, "ผู้ติดต่อของหน่วยงาน"), (20, 112, "โทรศัพท์หน่วยงาน"),
              (110, 112, "อีเมลหน่วยงาน"), (20, 122, "เลขที่อ้างอิง"), (20, 145, "ลงชื่อ ...................... ผู้ยื่นคำขอ")]  # fmt: skip
    fields = [Field("f1", a.name, 40, 36, 100), Field("f2", nid_w(p.nid, i), 60, 46, 55),
              Field("f3", born_th(p.born, i), 145, 46, 45), Field("f4", home(a, i + 1), 35, 56, 160),
              Field("f5", mobile(p.mobile, i), 45, 66, 55), Field("f6", p.email, 125, 66, 70),
              Field("f7", f"ปริญญาตรี {('มหาวิทยาลัยนเรศวร', 'มหาวิทยาลัยมหาสารคาม')[g]} ปีการศึกษา 2568 เกรดเฉลี่ย {('3.12', '2.87')[g]}", 50, 76, 140),
              Field("f8", firm, 65, 92, 125), Field("f9", hr, 60, 102, 120), Field("f10", hline, 55, 112, 50),
              Field("f11", hbox, 135, 112, 65), Field("f12", ref, 50, 122, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, town, "คำขอหนังสือรับรองความประพฤติ", box(a), text=f"ส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("conduct_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_conduct_certificate", raw, exp(a, ALL))


def pdf_typed_parent_for_child(y: int, i: int) -> Case:
    """A parent's typed letter (PDF) for a child: a certificate that the child lives in
    the town, for a school's local quota; the parent's block top right, the child's ID and
    birth date in the body, the parent signs as ผู้ปกครอง."""
    a = YOUNG[y]
    town = a.p.province
    par = PARENTS[y]
    pp = par.p
    child = young_name(a, i + 1)
    paras: list[tuple[float, str]] = [
        (115, home(par, i)[: home(par, i).rfind(" ")]), (115, f"โทร {mobile(pp.mobile, i)}"), (0, ""),
        (115, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ขอหนังสือรับรองถิ่นที่อยู่ของบุตร"), (20, f"เรียน {MAYORS[town]}"), (0, ""),
        (30, f"ข้าพเจ้า {par.name} เลขประจำตัวประชาชน {nid_w(pp.nid, i)} เกิดวันที่ {born_th(pp.born, i)} "
             f"อยู่บ้านเลขที่ {home(par, i + 1)} เป็นผู้ปกครองของ {child} เลขประจำตัวประชาชน {nid_w(a.p.nid, i + 1)} "
             f"เกิดวันที่ {born_th(a.p.born, i + 1)} ซึ่งอาศัยอยู่กับข้าพเจ้าตั้งแต่เกิด ขอหนังสือรับรองว่าบุตรมีภูมิลำเนาในเขตเทศบาล "
             f"เพื่อใช้สมัครเข้าเรียนในโควตานักเรียนในเขตพื้นที่ ของ{SCHOOLS[y][0]} ปีการศึกษา 2570"),
        (30, f"อีเมลติดต่อ {pp.email}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({par.name})"), (112, "ผู้ปกครอง")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, town, "ขอหนังสือรับรองถิ่นที่อยู่ของบุตร", box(par), text=f"เรียน {TOWNS[town]}\nแนบหนังสือขอความอนุเคราะห์\n",
                  files=(("หนังสือรับรองถิ่นที่อยู่.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_parent_for_child", raw, exp(par, ALL))


def pdf_typed_internship_letter(s: int, i: int) -> Case:
    """The student's own typed letter as a PDF: her block top right (her dorm), the body
    with her number, GPA, course code, ID, birth date, the adviser's comment block below
    (his name, mobile, box)."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, gpa, town = STUDY[s]
    adv, amob, abox, _ = ADVISERS[s]
    line = dorm_line(a, i + 1)
    paras: list[tuple[float, str]] = [
        (115, line), (0, ""), (115, f"{9 + i % 20} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ขออนุญาตเข้าฝึกปฏิบัติงานสหกิจศึกษา"), (20, f"เรียน {MAYORS[town]}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 2)} "
             f"นักศึกษา{fac} {uni} รหัสนักศึกษา {sid} เกรดเฉลี่ยสะสม {gpa} มีความประสงค์ขอเข้าฝึกปฏิบัติงานสหกิจศึกษา "
             "(รายวิชา 273491) ณ กองการศึกษา ระหว่างวันที่ 4 มกราคม ถึง 23 เมษายน 2570"),
        (30, f"ติดต่อข้าพเจ้าได้ที่ โทร {mobile(p.mobile, i + 1)} อีเมล {p.email}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (0, ""),
        (20, f"ความเห็นอาจารย์ที่ปรึกษา เห็นควรอนุญาต ลงชื่อ {adv} โทร {mobile(amob, i)} อีเมล {abox}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, town, "ขออนุญาตฝึกสหกิจศึกษา", box(a), text=f"เรียน {TOWNS[town]}\nแนบหนังสือขอฝึกสหกิจศึกษา{ending(a)}\n",
                  files=(("coop_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_internship_letter", raw, student(s, ALL, both=False))


def pdf_fillable_dorm_move(s: int, i: int) -> Case:
    """The registry's fillable ย้ายที่อยู่ form with fields named Text1..Text13: the mover
    (name, ID, birth date), the old home, the new (the dorm), the owner (name, ID, house
    code), the mover's phone."""
    a = STUDENTS[s]
    p = a.p
    town = STUDY[s][4]
    oname, oid, omob, code = OWNERS[s]
    labels = [(55, 18, "คำร้องขอย้ายที่อยู่ (ย้ายเข้า)"), (20, 36, "ชื่อผู้ย้าย"), (20, 46, "เลขประจำตัวประชาชน"),
              (120, 46, "วันเกิด"), (20, 56, "ย้ายจากบ้านเลขที่"), (20, 66, "ย้ายเข้าบ้านเลขที่"),
              (20, 76, "รหัสประจำบ้าน"), (20, 90, "ชื่อเจ้าบ้าน"), (20, 100, "เลขประจำตัวประชาชนเจ้าบ้าน"),
              (120, 100, "โทรเจ้าบ้าน"), (20, 114, "โทรศัพท์ผู้ย้าย"), (110, 114, "อีเมล"),
              (20, 124, "เหตุที่ย้าย")]  # fmt: skip
    fields = [Field("Text1", a.name, 45, 36, 100), Field("Text2", p.nid, 60, 46, 55, comb=13),
              Field("Text3", born_th(p.born, i), 135, 46, 45), Field("Text4", home(HOMES[s], i), 55, 56, 140),
              Field("Text5", dorm_line(a, i), 55, 66, 140), Field("Text6", code, 50, 76, 50),
              Field("Text7", oname, 45, 90, 90), Field("Text8", nid_w(oid, i), 75, 100, 45),
              Field("Text9", mobile(omob, i), 140, 100, 45), Field("Text10", mobile(p.mobile, i + 1), 50, 114, 50),
              Field("Text11", p.email, 125, 114, 70), Field("Text12", "เช่าหอพักระหว่างศึกษา", 45, 124, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, town, "คำร้องย้ายที่อยู่ (PDF)", box(a), text=f"ส่งคำร้องขอย้ายที่อยู่ที่กรอกแล้ว{ending(a)}\n",
                  files=(("ย้ายเข้า.pdf", data, PDF),))  # fmt: skip
    e = exp(a, ALL)
    e["address"] = dorm_addresses(a)
    return Case("pdf_fillable_dorm_move", raw, e)


# --- sheets --------------------------------------------------------------------------------


def xlsx_survey_group_members(s: int, i: int) -> Case:
    """A group's sheet: the project's head (course code, the teacher's name, mobile, box),
    then the members' table (number, name, student number, mobile, role), the leader's
    row marked หัวหน้ากลุ่ม, his home below."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, _, town = STUDY[s]
    adv, amob, abox, _ = ADVISERS[s]
    others = [("นางสาวมณีรัตน์ สีดา", str(int(sid) + 3), "0641127730"), ("นายจักรพันธ์ โพธิ์ทอง", str(int(sid) + 29), "0997743105"),
              ("นางสาวสุภัสสร ใจกล้า", str(int(sid) + 51), "0832260948")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลกลุ่ม"
        ws.append((f"โครงการสำรวจความพึงพอใจต่อบริการของ{TOWNS[town]}",))
        ws.append(("รายวิชา", "0602491 ระเบียบวิธีวิจัย", "", fac, uni))
        ws.append(("อาจารย์ผู้ควบคุม", adv, "โทร", mobile(amob, i), "อีเมล", abox))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "รหัสนักศึกษา", "โทรศัพท์", "หน้าที่"))
        ws.append((1, a.name, sid, mobile(p.mobile, i), "หัวหน้ากลุ่ม"))
        for n, (nm, r, m) in enumerate(others):
            ws.append((n + 2, nm, r, mobile(m, i + n), "สมาชิก"))
        ws.append(())
        ws.append(("ที่อยู่หัวหน้ากลุ่ม", home(a, i)))
        ws.append(("อีเมลหัวหน้ากลุ่ม", p.email))

    raw = message(i, town, "ขออนุญาตเก็บแบบสอบถาม (รายชื่อกลุ่ม)", box(a),
                  text=f"เรียน {TOWNS[town]}\n{me(a)}หัวหน้ากลุ่ม ขออนุญาตเก็บแบบสอบถามผู้มารับบริการ รายละเอียดตามไฟล์แนบ{ending(a)}\n",
                  files=(("group_members.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = student(s, "full_name national_id phone email address postal_code province", both=False)
    e["national_id"] = ()
    return Case("xlsx_survey_group_members", raw, e)


def xlsx_internship_application(s: int, i: int) -> Case:
    """A student's application sheet for an internship: label rows (name, number, ID,
    birth date, GPA, phone, box, current address, registered home), the adviser's row, an
    emergency contact (her mother's name and mobile), the internship's dates."""
    a = STUDENTS[s]
    p = a.p
    uni, fac, sid, gpa, town = STUDY[s]
    adv, amob, abox, _ = ADVISERS[s]
    mom = (
        f"นาง{('สุดา', 'อำไพ', 'บัวผัน', 'คำปุน', 'จันทร์ดี', 'ลำไย')[s]} {p.last}",
        ("0871124406", "0815560913", "0846628107", "0898830274", "0821174459", "0869952310")[s],
    )

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ใบสมัครฝึกงาน"
        ws.append((f"ใบสมัครนักศึกษาฝึกงาน {TOWNS[town]}",))
        for row in (("ชื่อ-นามสกุล", a.name), ("รหัสนักศึกษา", sid), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
                    ("วันเกิด", born_th(p.born, i + 1)), ("มหาวิทยาลัย", f"{fac} {uni}"), ("เกรดเฉลี่ย", float(gpa)),
                    ("โทรศัพท์", mobile(p.mobile, i + 1)), ("อีเมล", p.email), ("ที่อยู่ปัจจุบัน", dorm_line(a, i)),
                    ("ที่อยู่ตามทะเบียนบ้าน", home(HOMES[s], i)), ("อาจารย์ที่ปรึกษา", f"{adv} {mobile(amob, i)} {abox}"),
                    ("บุคคลที่ติดต่อได้กรณีฉุกเฉิน", f"{mom[0]} (มารดา) {mobile(mom[1], i)}"),
                    ("ช่วงเวลาฝึกงาน", "01/04/2570 - 31/05/2570")):  # fmt: skip
            ws.append(row)

    raw = message(i, town, f"ใบสมัครฝึกงาน {a.p.first} {a.p.last}", box(a),
                  text=f"เรียน งานการเจ้าหน้าที่\nแนบใบสมัครฝึกงาน{ending(a)}\n",
                  files=(("ใบสมัครฝึกงาน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_internship_application", raw, student(s, ALL, both=True))


Style = Callable[[int, int], Case]

# Each style and the two it is for (indexes into STUDENTS, GRADUATES or YOUNG).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_internship_own_phone, (0, 2)),
    (plain_dorm_move_owner_consent, (1, 3)),
    (plain_conduct_certificate_webmail, (0, 1)),
    (plain_youth_council_hall, (2, 3)),
    (plain_survey_group_leader, (4, 5)),
    (html_gmail_forwarded_faculty_letter, (2, 4)),
    (html_outlook_faculty_coordinator, (1, 5)),
    (html_webform_scholarship, (0, 1)),
    (html_gmail_dorm_reply_thread, (0, 3)),
    (html_outlook_student_survey, (3, 0)),
    (docx_faculty_letterhead_internship, (5, 1)),
    (docx_dorm_owner_consent, (3, 0)),
    (docx_scholarship_form_table, (1, 0)),
    (docx_youth_hall_form, (3, 2)),
    (pdf_fillable_conduct_certificate, (1, 0)),
    (pdf_typed_parent_for_child, (1, 0)),
    (pdf_typed_internship_letter, (4, 3)),
    (pdf_fillable_dorm_move, (1, 0)),
    (xlsx_survey_group_members, (5, 2)),
    (xlsx_internship_application, (3, 4)),
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
            cases.append(style(n, 2 * s + k))
    return cases
