"""A hundred-and-fifteenth set of requests written by someone who had not read the readers
(issue 8): SCHOOLS AND EDUCATION in the north, to the กองการศึกษา of the เทศบาลนครเชียงใหม่,
the เทศบาลเมืองลำพูน and the เทศบาลนครลำปาง, and to อบต. แม่ทะ, อุโมงค์ and สันทรายน้อย:
enrolling a small child at a ศูนย์พัฒนาเด็กเล็ก (ศพด.), moving a pupil to another school
(ย้ายโรงเรียน, the หลักฐานการย้าย), a former pupil's copy of her ปพ.1, a ใบรับรองการเป็นนักเรียน,
the town's ทุนการศึกษา (the pupil's lines, the guardian's, the class teacher who certifies),
school bus and lunch aid (a school's letters signed by its director; a parent's sheet for
the bus fare; a parent's complaint about the bus driver). Kinds: plain (iPhone Mail, a LINE
chat forwarded as text, webmail, Outlook for Android, a Gmail reply over the clerk's quoted
mail), HTML (Gmail tables, a school's Outlook, the town's web-form notification, a
teacher's iPhone mail), Word (the ศพด.'s ใบสมัคร over dotted lines, a transfer request as a
table, the scholarship form, a school's หนังสือ), PDF (fillable forms in Thai and English
field names, typed letters), xlsx (a column per person, a label/value sheet, a bus-fare
aid sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, set 63's builder and test, set 62's test, the helpers they import and the earlier
sets' first docstrings).

Conventions (written down before any run). The rulings followed: set 28 (the applicant is
the person who asks; for a body the natural person who signs), sets 31/63 (a service for
one person asked by another is the one it is FOR; sets 64/109: a child's place at a ศพด.
is the child's), set 37 (where only another's phone is given, phone `()`), set 61/74 (the
pupil who applies for a scholarship is its applicant, never the parent who signs beside
her). So the APPLICANT is:
- the CHILD whose ศพด. place, school transfer, bus-fare aid or student certificate it is
  (her name with เด็กหญิง/เด็กชาย, or ด.ญ./ด.ช. as written; her ID, birth date, home), never
  the mother, father, grandparent or teacher who asks for her: the child's phone and e-mail
  `()` (only the grown-ups' appear; no value, or a flagged one, is right);
- the PUPIL or STUDENT who applies for the scholarship or asks her own certificate (her own
  mobile and box where she gives them), never the guardian, the parents, the class teacher
  who certifies or the school's officer;
- the FORMER PUPIL who asks her own ปพ.1 (the one she sends to collect it, in a variant,
  never);
- the PARENT who complains of the school bus (the complaint is hers): the driver's, the
  child's, the bus owner's values never; no birth date scored;
- for a SCHOOL's letter, its DIRECTOR (ผู้อำนวยการ) who signs: his name, no ID (`()`); the
  school's place and line; the coordinating teacher's name and mobile never; no e-mail
  scored.
Address: where the applicant lives (the school's for its director), house number to the
อำเภอ, with or without เลขที่/บ้านเลขที่, province and postal code; a school's, a new
school's, a parent's workplace, the clerk's office in a quoted mail never. School codes (10
digits), student numbers, G-numbers, class and room numbers, GPAs, incomes, bank accounts,
letter numbers, plates and the years of study are never an ID or a phone. Birth date ISO,
only the applicant's (a parent's never). Everyone, every school and number is invented
(13-digit numbers made with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are
real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "edu@cmcity.example.go.th"
CM, LPN, LPG = "เชียงใหม่", "ลำพูน", "ลำปาง"
NONE = date(1900, 1, 1)  # a school has no birth date; never expected

# The ones the requests are FOR (children, pupils, students, a former pupil, parents).
PEOPLE: tuple[Party, ...] = (
    # 0-3: small children for a ศพด.
    P("เด็กหญิง", "ปัณฑิตา", "คำมูล", "150990211473", date(2023, 5, 14), "", "",
      "58/2", "3", "", "", "สันทรายน้อย", "สันทราย", CM, "50210"),
    P("เด็กชาย", "ธีรภัทร", "ใจคำ", "151010044218", date(2022, 11, 2), "", "",
      "112", "6", "", "", "อุโมงค์", "เมืองลำพูน", LPN, "51150"),
    P("เด็กหญิง", "ณิชาภัทร", "ปัญญาวงค์", "152010137765", date(2023, 1, 20), "", "",
      "7/1", "4", "", "", "ชมพู", "เมืองลำปาง", LPG, "52100"),
    P("เด็กชาย", "ภูริพัฒน์", "อินต๊ะวงศ์", "150130098124", date(2022, 8, 9), "", "",
      "24", "2", "", "", "หนองผึ้ง", "สารภี", CM, "50140"),
    # 4-7: pupils (transfers, certificates, bus fare)
    P("เด็กชาย", "กฤตภาส", "ศรีวิชัย", "151010021906", date(2014, 3, 27), "", "",
      "131", "5", "", "", "ต้นธง", "เมืองลำพูน", LPN, "51000"),
    P("เด็กหญิง", "ชนัญชิดา", "มณีวรรณ", "150990088341", date(2012, 12, 5), "", "",
      "9/3", "", "2", "ทุ่งโฮเต็ล", "วัดเกต", "เมืองเชียงใหม่", CM, "50000"),
    P("เด็กชาย", "ณัฐวุฒิ", "ปิงเมือง", "152010204417", date(2016, 7, 19), "", "",
      "45", "8", "", "", "บ้านเสด็จ", "เมืองลำปาง", LPG, "52000"),
    P("เด็กหญิง", "พิมพ์ลดา", "ทาแก้ว", "151030056682", date(2013, 9, 30), "", "",
      "88", "1", "", "", "ป่าซาง", "ป่าซาง", LPN, "51120"),
    # 8-11: scholarship students with their own mobiles
    P("นางสาว", "กาญจนา", "ยาวิชัย", "152070033159", date(2008, 4, 11), "0931847265", "kanjana.yw@gmail.com",
      "203", "7", "", "", "แม่ทะ", "แม่ทะ", LPG, "52150"),
    P("นาย", "ศุภกร", "สุริยะ", "150080047736", date(2008, 10, 22), "0658812049", "supakorn.sr08@gmail.com",
      "16", "9", "", "", "ออนใต้", "สันกำแพง", CM, "50130"),
    P("เด็กหญิง", "วริศรา", "จันทร์ตา", "151050019927", date(2011, 6, 3), "0987124530", "warisara.jt@gmail.com",
      "57", "2", "", "", "บ้านธิ", "บ้านธิ", LPN, "51180"),
    P("นางสาว", "อริสา", "แก้วมูลมา", "152040061283", date(2009, 1, 15), "0847703316", "arisa.km@hotmail.com",
      "301", "4", "", "", "เกาะคา", "เกาะคา", LPG, "52130"),
    # 12-13: former pupils asking their own ปพ.1
    P("นางสาว", "ธนพร", "บุญเรือง", "151010008547", date(2001, 2, 8), "0816627094", "thanaporn.br@gmail.com",
      "14/5", "3", "", "", "มะเขือแจ้", "เมืองลำพูน", LPN, "51000"),
    P("นาย", "จักรพันธ์", "วงค์ษา", "150990031420", date(1998, 12, 25), "0890416652", "jakkapan.w@outlook.com",
      "62", "", "5", "ห้วยแก้ว", "สุเทพ", "เมืองเชียงใหม่", CM, "50200"),
    # 14-15: parents who complain of the school bus
    P("นาง", "สุดารัตน์", "ไชยวงศ์", "350130024561", date(1985, 7, 7), "0862291473", "sudarat.cw@gmail.com",
      "99", "10", "", "", "หางดง", "หางดง", CM, "50230"),
    P("นาย", "สมศักดิ์", "ธรรมใจ", "352080012357", date(1979, 3, 3), "0819935218", "somsak.tj@yahoo.com",
      "5", "6", "", "", "ห้างฉัตร", "ห้างฉัตร", LPG, "52190"),
)  # fmt: skip

# Schools (their place and line; the director who signs; a coordinating teacher; code).
SCHOOLS: tuple[Party, ...] = (
    P("", "โรงเรียนบ้านสันทรายน้อย", "", "050000000011", NONE, "053380214", "",
      "99", "2", "", "", "สันทรายน้อย", "สันทราย", CM, "50210", juristic=True),
    P("", "โรงเรียนบ้านอุโมงค์", "", "051000000029", NONE, "053091447", "",
      "210", "1", "", "", "อุโมงค์", "เมืองลำพูน", LPN, "51150", juristic=True),
    P("", "โรงเรียนบ้านแม่ทะ", "", "052000000037", NONE, "054289102", "",
      "1", "3", "", "", "แม่ทะ", "แม่ทะ", LPG, "52150", juristic=True),
)  # fmt: skip
DIRECTORS = ("นายวีระพงษ์ ปินตา", "นางศิริพร อุ่นเรือน", "นายบุญเลิศ คำแสน")
COORDINATORS = (("นางสาวเยาวลักษณ์ ดวงดี", "0895517342"), ("นายอนันต์ ตาคำ", "0827746130"),
                ("นางจันทร์เพ็ญ ใจยา", "0933018846"))  # fmt: skip
SCHOOL_CODES = ("1050130201", "1051140318", "1052150077")
SCHOOL_BOX = (
    "santrainoi.school@obec.example.go.th",
    "umong.school@gmail.com",
    "maetha.school@obec.example.go.th",
)

MOTHER_FIRST = (
    "ศรีไพร",
    "จันทร์ฟอง",
    "บัวผัน",
    "วิไลวรรณ",
    "อรทัย",
    "นงลักษณ์",
    "ดวงใจ",
    "สายสุนีย์",
    "เพ็ญนภา",
    "รัชนี",
    "ขวัญใจ",
    "ปราณี",
)
FATHER_FIRST = (
    "สมบูรณ์",
    "ประดิษฐ์",
    "อำนาจ",
    "วิทยา",
    "สุรชัย",
    "ธวัชชัย",
    "เกรียงไกร",
    "บุญมา",
    "ชาตรี",
    "สุทัศน์",
    "ทองสุข",
    "เสน่ห์",
)
ROMAN = (
    "sriprai",
    "janfong",
    "buaphan",
    "wilaiwan",
    "orathai",
    "nongluck",
    "duangjai",
    "saisunee",
    "pennapa",
    "ratchanee",
    "kwanjai",
    "pranee",
)


def mother(k: int) -> tuple[str, str, str, str]:
    """The mother of PEOPLE[k]: name, ID, mobile, box (never the applicant's)."""
    a = PEOPLE[k]
    nid = with_check_digit(f"3{a.p.nid[1:5]}00{k:02d}{(4711 * (k + 3)) % 10000:04d}1"[:12])
    mob = (
        f"0{(8, 9, 6)[k % 3]}{(1, 2, 3, 4, 5, 6, 7, 8, 9)[k % 9]}{(7919 * (k + 11)) % 10000000:07d}"
    )
    return f"นาง{MOTHER_FIRST[k % 12]} {a.p.last}", nid, mob, f"{ROMAN[k % 12]}.{k + 70}@gmail.com"


def father(k: int) -> tuple[str, str, str]:
    """The father of PEOPLE[k]: name, ID, mobile."""
    a = PEOPLE[k]
    nid = with_check_digit(f"3{a.p.nid[1:5]}01{k:02d}{(3301 * (k + 5)) % 10000:04d}2"[:12])
    mob = f"08{(1, 6, 9, 4, 7)[k % 5]}{(6143 * (k + 17)) % 10000000:07d}"
    return f"นาย{FATHER_FIRST[k % 12]} {a.p.last}", nid, mob


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set115-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def short_title(a: Party) -> str:
    """ด.ญ./ด.ช. as parents and teachers write a child's title."""
    t = a.p.title
    return {"เด็กหญิง": "ด.ญ.", "เด็กชาย": "ด.ช."}.get(t, t)


def names(a: Party) -> tuple[str, ...]:
    p = a.p
    return tuple(dict.fromkeys((a.name, f"{short_title(a)}{p.first} {p.last}")))


def child(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """A child the request is for: her names, ID, birth date, home; phone and box `()`."""
    e = exp(a, keys)
    e["full_name"] = names(a)
    e["phone"] = ()
    e["email"] = ()
    return e


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if "full_name" in e:
        e["full_name"] = names(a)
    if not a.p.email:
        e.pop("email", None)
    return e


def school(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """A school's letter: the director who signs (no ID), the school's place and line."""
    e = exp(SCHOOLS[k], keys)
    e.pop("email", None)
    e["full_name"] = (DIRECTORS[k],)
    e["national_id"] = ()
    return e


def with_thai_digits(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """An address typed in Thai digits: accepted as typed or in Arabic digits."""
    e["address"] = tuple(dict.fromkeys(e["address"] + tuple(thai(x) for x in e["address"])))
    return e


def hi(a: Party) -> str:
    return "ครับ" if a.p.title in ("นาย", "เด็กชาย") else "ค่ะ"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
SCHOOL_KEYS = "full_name national_id phone address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_cdc_enrol": "the child; never the mother who writes (her ID, mobile, box) or the father",
    "plain_line_chat_transfer": "the pupil moved; never the father in the chat, the teacher who forwards it",
    "plain_webmail_own_transcript": "the former pupil herself (her own ปพ.1)",
    "plain_android_bus_complaint": "the parent who complains; never the driver, the child, the van's owner",
    "plain_gmail_reply_scholarship": "the student herself; never the clerk in the quoted mail or her mother",
    "html_gmail_scholarship_table": "the pupil's rows; never the guardian's rows or the teacher",
    "html_outlook_school_bus_fuel": "the director who signs; the school's place and line; the coordinator never",
    "html_webform_cdc_notification": "the child (ข้อมูลเด็ก); never the ผู้ปกครอง rows",
    "html_iphone_teacher_certificate": "the pupil the certificate is for; never the class teacher who asks",
    "docx_cdc_dotted_form": "the child; never the father, mother or ผู้ยื่นคำขอ who signs",
    "docx_transfer_request_table": "the pupil moved; never the parent's rows or the new school",
    "docx_scholarship_form": "the student (ผู้สมัคร); never the parents or the teacher who certifies",
    "docx_school_lunch_letter": "the director who signs; the school's place and line; the teacher never",
    "pdf_fillable_transcript_request": "the former pupil (ผู้ขอ); her proxy's section (v2) never",
    "pdf_fillable_scholarship_english": "the student (student_*); never the guardian_* fields",
    "pdf_typed_parent_transfer_letter": "the child moved; never the parent who writes, signs and gives his block",
    "pdf_typed_student_certificate": "the student herself; never her adviser",
    "xlsx_cdc_column_per_person": "the child's column; never the father's or mother's column",
    "xlsx_scholarship_label_sheet": "the student; never the guardian's or the school's rows",
    "xlsx_bus_fare_aid_sheet": "the pupil the fare is for; never the parent (ID, mobile, account)",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_cdc_enrol(a: Party, i: int) -> Case:
    """A mother enrols her child at the ศพด. from her iPhone: the child's lines, her own
    (ID, job, workplace, mobile), the father's mobile, the child's allergy."""
    p = a.p
    k = PEOPLE.index(a)
    m_name, m_id, m_mob, m_box = mother(k)
    f_name, _, f_mob = father(k)
    text = (
        f"เรียน ครูผู้ดูแลเด็ก ศูนย์พัฒนาเด็กเล็ก อบต.{p.tambon}\n\n"
        f"ดิฉัน{m_name} เป็นมารดา ขอสมัครบุตรเข้าเรียนที่ศูนย์ฯ ภาคเรียนที่ 2/2569 ค่ะ\n\n"
        f"ชื่อเด็ก {short_title(a) if i % 2 else p.title}{p.first} {p.last} ชื่อเล่น น้อง{('ใบเตย', 'ข้าวหอม')[i % 2]}\n"
        f"เลขประจำตัวประชาชนเด็ก {nid_w(p.nid, i)}\n"
        f"เกิดวันที่ {born_th(p.born, i)} (อายุ {2026 - p.born.year} ปี)\n"
        f"ที่อยู่ {home(a, i)}\n"
        "แพ้อาหาร: แพ้กุ้ง\n\n"
        f"มารดา {m_name} เลขบัตร {nid_w(m_id, i + 1)} อาชีพ พนักงานโรงงาน นิคมอุตสาหกรรมภาคเหนือ โทร {mobile(m_mob, i)}\n"
        f"บิดา {f_name} อาชีพ รับจ้าง โทร {mobile(f_mob, i + 1)}\n\n"
        "จะนำสำเนาสูติบัตรและสมุดวัคซีนไปส่งวันจันทร์ค่ะ\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    raw = message(
        i, f"สมัครเรียน ศพด. น้อง{('ใบเตย', 'ข้าวหอม')[i % 2]}", f"{m_name[3:]} <{m_box}>", text=text
    )
    return Case("plain_iphone_cdc_enrol", raw, child(a, ALL))


def plain_line_chat_transfer(a: Party, i: int) -> Case:
    """A LINE chat saved as text and forwarded by the class teacher: the father asks to
    move his son to a school near his new work; the student number, the new school's
    code and district; the father's mobile; the son's ID and birth date."""
    p = a.p
    k = PEOPLE.index(a)
    f_name, f_id, f_mob = father(k)
    teacher, t_mob = COORDINATORS[i % 3]
    new = SCHOOLS[(i + 1) % 3]
    text = (
        f"---------- ข้อความที่ส่งต่อ ----------\nจาก: {teacher}\n\n"
        f"[LINE] ประวัติการแชทกับ {f_name[3:]}\nวันที่บันทึก: 2569/12/0{1 + i % 5} 20:14\n\n"
        "2569/12/01(จ.)\n"
        f"19:02\t{f_name[3:]}\tสวัสดีครับครู ผมจะขอย้ายลูกไปเรียนที่{new.name}ครับ ย้ายงานไปที่{new.p.amphoe}แล้ว\n"
        f"19:03\t{teacher[6:] if teacher.startswith('นางสาว') else teacher[3:]}\tได้ค่ะ ขอชื่อ เลขบัตร วันเกิดน้อง กับที่อยู่ด้วยนะคะ\n"
        f"19:05\t{f_name[3:]}\t{short_title(a)}{p.first} {p.last}\n"
        f"19:05\t{f_name[3:]}\tเลขบัตร {nid_w(p.nid, i)}\n"
        f"19:06\t{f_name[3:]}\tเกิด {born_th(p.born, i + 1)}\n"
        f"19:06\t{f_name[3:]}\tเลขประจำตัวนักเรียน {20417 + i} ชั้น ป.{4 + i % 2}/2\n"
        f"19:07\t{f_name[3:]}\tบ้านเลขที่ {home(a, i)}\n"
        f"19:08\t{f_name[3:]}\tเบอร์ผม {mobile(f_mob, i)} ครับ\n"
        f"19:09\t{f_name[3:]}\tรหัสโรงเรียนใหม่ {SCHOOL_CODES[(i + 1) % 3]}\n"
        f"19:10\t{teacher[6:] if teacher.startswith('นางสาว') else teacher[3:]}\tรับทราบค่ะ เดี๋ยวครูส่งให้กองการศึกษานะคะ\n\n"
        f"เรียน กองการศึกษา ส่งต่อคำขอย้ายของผู้ปกครองตามแชทข้างบนค่ะ เลขบัตรผู้ปกครอง {nid_w(f_id, i + 2)}\n"
        f"{teacher} ครูประจำชั้น โทร {mobile(t_mob, i)}\n"
    )
    raw = message(
        i,
        "Fwd: ขอย้ายนักเรียน (แชทไลน์ผู้ปกครอง)",
        f"{teacher} <teacher.{i}@obec.example.go.th>",
        text=text,
    )
    return Case("plain_line_chat_transfer", raw, child(a, ALL))


def plain_webmail_own_transcript(a: Party, i: int) -> Case:
    """A former pupil asks from webmail a new copy of her ปพ.1 (lost): the year she left,
    her old student number, the school's code; her mother's name as on the record."""
    p = a.p
    k = PEOPLE.index(a)
    m_name = mother(k)[0]
    sc = SCHOOLS[i % 3]
    text = (
        f"เรียน ผู้อำนวยการ{sc.name}\n\n"
        f"{'ข้าพเจ้า' if i % 2 else 'ดิฉัน/ผม'} {a.name} ศิษย์เก่าชั้นมัธยมศึกษาปีที่ 3 ปีการศึกษา {2559 + i % 3} "
        f"เลขประจำตัวนักเรียน {3108 + 7 * i} ขอคัดสำเนาระเบียนแสดงผลการเรียน (ปพ.1) ฉบับใหม่ เนื่องจากฉบับเดิมสูญหาย "
        "เพื่อใช้สมัครงานราชการ\n\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\n"
        f"วัน/เดือน/ปีเกิด: {born_th(p.born, i + 2)}\n"
        f"ชื่อมารดาตามทะเบียนนักเรียน: {m_name}\n"
        f"ที่อยู่ปัจจุบัน: {home(a, i + 1)}\n"
        f"เบอร์โทร: {mobile(p.mobile, i + 2)}\n\n"
        f"(รหัสโรงเรียน {SCHOOL_CODES[i % 3]} ตามที่ระบุในใบเดิม) พร้อมแนบสำเนาใบแจ้งความเลขที่ {412 + i}/2569\n\n"
        f"ขอบคุณ{hi(a)}\n{a.name}\n"
    )
    raw = message(i, "ขอ ปพ.1 ฉบับใหม่ (ใบเดิมหาย)", f"{p.first} {p.last} <{p.email}>", text=text)
    return Case("plain_webmail_own_transcript", raw, own(a, ALL))


def plain_android_bus_complaint(a: Party, i: int) -> Case:
    """A parent complains from Outlook for Android about the อบต.'s school van: the
    driver's name and mobile, the plate, her child's name and class; her own ID, mobile
    and home."""
    p = a.p
    k = PEOPLE.index(a)
    kid = ("ด.ญ.ภัทรวดี", "ด.ช.ปกรณ์")[i % 2] + " " + p.last
    text = (
        f"เรียน นายก อบต.{p.tambon}\n\n"
        f"{'ผม' if p.title == 'นาย' else 'ดิฉัน'}{a.name} ผู้ปกครองของ {kid} นักเรียนชั้น ป.3 ขอร้องเรียนเรื่องรถรับส่งนักเรียนของ อบต. "
        f"ทะเบียน {('กข 4127 ลำปาง', '40-1188 เชียงใหม่')[i % 2]} คนขับชื่อ นายสุพจน์ ปันคำ โทร 089-431-7720 "
        "ขับรถเร็วมากและให้เด็กยืนบนท้ายรถ วันที่ 3 ธ.ค. 69 เวลา 07.10 น. เด็กเกือบตกรถ\n\n"
        "ขอให้ตรวจสอบและเปลี่ยนรถที่มีที่นั่งพอด้วย\n\n"
        f"ผู้ร้องเรียน {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\n"
        f"ที่อยู่ {home(a, i + 1)}\nมือถือ {mobile(p.mobile, i + 3)}\n\n"
        "รับ Outlook สำหรับ Android\n"
    )
    raw = message(i + k, "ร้องเรียนรถรับส่งนักเรียน", f"{p.first} {p.last} <{p.email}>", text=text)
    return Case("plain_android_bus_complaint", raw, own(a, NO_BIRTH))


def plain_gmail_reply_scholarship(a: Party, i: int) -> Case:
    """A student replies in Gmail above the clerk's quoted mail asking more details for
    the town's scholarship: her lines above; the clerk's name, desk line and the office's
    address in the quote; her mother's mobile as a second contact."""
    p = a.p
    k = PEOPLE.index(a)
    m_name, _, m_mob, _ = mother(k)
    clerk = ("นางสาวสุภาวดี เตชะ", "นายพงศกร ไชยลังกา")[i % 2]
    text = (
        f"สวัสดี{hi(a)} ส่งข้อมูลเพิ่มเติมตามที่ขอ{hi(a)}\n\n"
        f"ชื่อ-นามสกุล {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {home(a, i)}\nเบอร์ {mobile(p.mobile, i)}\n"
        f"เบอร์ติดต่อสำรอง (แม่ {m_name}) {mobile(m_mob, i + 1)}\n"
        f"เกรดเฉลี่ยสะสม 3.{62 + i} ชั้น ม.6/{1 + i % 4}\n\n"
        f"ในวันที่ อ. 1 ธ.ค. 2569 เวลา 14:{20 + i} {clerk} <scholarship@cmcity.example.go.th> เขียนว่า:\n"
        f"> เรียน {a.name}\n> ตามที่ท่านสมัครขอรับทุนการศึกษาเทศบาล ปีการศึกษา 2569 เลขที่ใบสมัคร {57 + i}\n"
        "> ขอให้ส่ง ชื่อ เลขบัตร วันเกิด ที่อยู่ และเบอร์โทร ภายในวันที่ 10 ธ.ค. 2569\n>\n"
        f"> {clerk}\n> กองการศึกษา เทศบาลนครเชียงใหม่\n> 1 ถนนวังสิงห์คำ ตำบลช้างม่อย อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300\n"
        "> โทร 053-259-041 ต่อ 118\n"
    )
    raw = message(
        i, "Re: ขอข้อมูลเพิ่มเติม ทุนการศึกษาเทศบาล 2569", f"{p.first} {p.last} <{p.email}>", text=text
    )
    return Case("plain_gmail_reply_scholarship", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def gmail(inner: str) -> str:
    return f'<div dir="ltr"><div>{inner}</div></div>\n'


def rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(
        f'<tr><td style="padding:4px;border:1px solid #ccc">{a}</td><td style="padding:4px;border:1px solid #ccc">{b}</td></tr>'
        for a, b in pairs
    )


def html_gmail_scholarship_table(a: Party, i: int) -> Case:
    """A pupil's Gmail table applying for the scholarship: her rows (name, ID, birth
    date, school, class, GPA, mobile, home), the guardian's rows below (name, ID, job,
    yearly income, mobile), the class teacher named."""
    p = a.p
    k = PEOPLE.index(a)
    g_name, g_id, g_mob = father(k)
    sc = SCHOOLS[(i + 2) % 3]
    pairs = [("<b>ข้อมูลผู้สมัคร</b>", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
             ("วันเดือนปีเกิด", born_th(p.born, i)), ("โรงเรียน", f"{sc.name} ชั้น ม.{2 + i % 3}/1 เลขที่ {14 + i}"),
             ("เกรดเฉลี่ย", f"3.{48 + i}"), ("โทรศัพท์", mobile(p.mobile, i)), ("ที่อยู่", home(a, i + 1)),
             ("<b>ข้อมูลผู้ปกครอง</b>", ""), ("ชื่อ-สกุล", f"{g_name} (บิดา)"), ("เลขประจำตัวประชาชน", nid_w(g_id, i + 1)),
             ("อาชีพ", "เกษตรกร"), ("รายได้ต่อปี", f"{48000 + 1000 * i:,} บาท"), ("โทรศัพท์", mobile(g_mob, i + 1))]  # fmt: skip
    html = gmail(
        f"<div>เรียน คณะกรรมการพิจารณาทุนการศึกษา</div><div><br></div>"
        f"<div>หนู{p.first}ขอสมัครทุนการศึกษาประเภทเรียนดีแต่ขาดแคลนทุนทรัพย์{hi(a)} รายละเอียดตามตาราง</div><div><br></div>"
        f'<table style="border-collapse:collapse">{rows(pairs)}</table><div><br></div>'
        f"<div>ครูประจำชั้น {COORDINATORS[i % 3][0]} รับรองแล้ว{hi(a)}</div><div><br></div>"
        f"<div>ขอบคุณ{hi(a)}</div><div>{p.first}</div>"
    )
    raw = message(
        i, "สมัครทุนการศึกษา เรียนดีขาดแคลนทุนทรัพย์", f"{p.first} {p.last} <{p.email}>", html=html
    )
    return Case("html_gmail_scholarship_table", raw, own(a, ALL))


def html_outlook_school_bus_fuel(k: int, i: int) -> Case:
    """A school's Outlook mail from its box asking the อบต. for fuel money for the school
    van: the school's code, pupils counted, the van's plate; the coordinating teacher's
    mobile; the director's signature with the school's place and line."""
    sc = SCHOOLS[k]
    t_name, t_mob = COORDINATORS[k]
    paras = [f"เรียน นายกองค์การบริหารส่วนตำบล{sc.p.tambon}", "",
             f"ด้วย{sc.name} (รหัสโรงเรียน {SCHOOL_CODES[k]}) มีนักเรียนที่อยู่ห่างไกลเกิน 3 กิโลเมตร จำนวน {37 + i} คน "
             f"ใช้รถตู้รับส่งนักเรียนทะเบียน นข {2207 + i} {sc.p.province} จึงขอรับการสนับสนุนค่าน้ำมันเชื้อเพลิง "
             f"ภาคเรียนที่ 2/2569 เป็นเงิน {38400 + 600 * i:,} บาท",
             f"ผู้ประสานงาน {t_name} โทร {mobile(t_mob, i)}", "", "จึงเรียนมาเพื่อโปรดพิจารณา", ""]  # fmt: skip
    body = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in paras)
    sig = (f'<p class="MsoNormal"><b>{DIRECTORS[k]}</b><br>ผู้อำนวยการ{sc.name}<br>{home(sc, i)}<br>'
           f'โทร {tel(sc, i)}<br><a href="mailto:{SCHOOL_BOX[k]}">{SCHOOL_BOX[k]}</a></p>')  # fmt: skip
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-family:"Tahoma",sans-serif}</style></head>'
            f'<body lang="TH"><div class="WordSection1">{body}{sig}</div></body></html>\n')  # fmt: skip
    raw = message(
        i, f"ขอรับการสนับสนุนค่าน้ำมันรถรับส่งนักเรียน {sc.name}", f"{sc.name} <{SCHOOL_BOX[k]}>", html=html
    )
    return Case("html_outlook_school_bus_fuel", raw, school(k, SCHOOL_KEYS))


def html_webform_cdc_notification(a: Party, i: int) -> Case:
    """The town's e-service notification from no-reply: a new ศพด. application, a table of
    the child's fields, then the ผู้ปกครอง's (name, ID, relation, mobile, box), the home."""
    p = a.p
    k = PEOPLE.index(a)
    g_name, g_id, g_mob, g_box = mother(k) if i % 2 else (*father(k), f"{ROMAN[k]}.dad@hotmail.com")
    pairs = [("เลขที่คำขอ", f"CDC-2569-{(3 * i + 41):05d}"), ("ชื่อ-สกุลเด็ก", a.name), ("เลขประจำตัวประชาชนเด็ก", nid_w(p.nid, i)),
             ("วันเกิดเด็ก", born_th(p.born, i + 1)), ("ศูนย์ที่สมัคร", f"ศพด.บ้าน{p.tambon}"),
             ("ชื่อผู้ปกครอง", g_name), ("ความเกี่ยวข้อง", "มารดา" if i % 2 else "บิดา"),
             ("เลขประจำตัวประชาชนผู้ปกครอง", nid_w(g_id, i + 2)), ("โทรศัพท์ผู้ปกครอง", mobile(g_mob, i)),
             ("อีเมลผู้ปกครอง", g_box), ("ที่อยู่", home(a, i + 2))]  # fmt: skip
    html = (
        '<html><body style="font-family:Sarabun,sans-serif"><h3>มีคำขอใหม่: สมัครเข้าศูนย์พัฒนาเด็กเล็ก</h3>'
        f"<p>ระบบ e-Service ได้รับคำขอเมื่อ {1 + i % 5}/12/2569 {9 + i}:{10 + i:02d} น.</p>"
        f'<table border="1" cellpadding="4">{rows(pairs)}</table>'
        '<p style="color:#888">อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n'
    )
    raw = message(
        i,
        f"[e-Service] คำขอใหม่ สมัคร ศพด. CDC-2569-{(3 * i + 41):05d}",
        "e-Service <no-reply@lamphuncity.example.go.th>",
        html=html,
    )
    return Case("html_webform_cdc_notification", raw, child(a, ALL))


def html_iphone_teacher_certificate(a: Party, i: int) -> Case:
    """A class teacher's iPhone mail asking a ใบรับรองการเป็นนักเรียน for a pupil who
    applies for a foundation's grant: the pupil's ID, birth date, home; the teacher's own
    mobile and the school's line."""
    p = a.p
    t_name, t_mob = COORDINATORS[(i + 1) % 3]
    sc = SCHOOLS[(i + 1) % 3]
    html = (
        '<html><head></head><body dir="auto">'
        f"<div>เรียน งานทะเบียนนักเรียน</div><div><br></div>"
        f"<div>ขอใบรับรองการเป็นนักเรียนให้ {short_title(a)}{p.first} {p.last} ชั้น ป.{5 + i % 2}/1 เลขประจำตัวนักเรียน {4419 + i} "
        f"เพื่อยื่นขอทุนมูลนิธิ{('ศุภนิมิต', 'ยุวพัฒน์')[i % 2]}ค่ะ</div>"
        f"<div>เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}</div><div>เกิด {born_th(p.born, i)}</div>"
        f"<div>บ้านเลขที่ {home(a, i + 1)}</div><div><br></div>"
        f"<div>ติดต่อครูได้ที่ {mobile(t_mob, i)} หรือโรงเรียน {tel(sc, i)} ค่ะ</div><div><br></div>"
        f"<div>{t_name}<br>ครูประจำชั้น {sc.name}</div><div><br></div>"
        '<div id="AppleMailSignature">ส่งจาก iPhone ของฉัน</div></body></html>\n'
    )
    raw = message(
        i, "ขอใบรับรองการเป็นนักเรียน", f"{t_name} <teacher.{i}@obec.example.go.th>", html=html
    )
    return Case("html_iphone_teacher_certificate", raw, child(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_cdc_dotted_form(a: Party, i: int) -> Case:
    """The ศพด.'s ใบสมัคร typed over its dotted lines (v2 in Thai digits): the child, the
    father's and mother's lines, the home, the ผู้ยื่นคำขอ who signs."""
    p = a.p
    k = PEOPLE.index(a)
    f_name, f_id, f_mob = father(k)
    m_name, m_id, m_mob, _ = mother(k)
    tt = thai if i % 2 else (lambda s: s)

    def build(d: Any) -> None:
        d.add_paragraph("ใบสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก")
        d.add_paragraph(f"ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบล{p.tambon}")
        d.add_paragraph(tt(f"เขียนที่ ศพด.{p.tambon}    วันที่ {2 + i} เดือน ธันวาคม พ.ศ. 2569"))
        d.add_paragraph(f"1. ชื่อเด็ก......{a.name}......ชื่อเล่น.....น้องพลอย.....")
        d.add_paragraph(
            tt(f"   เกิดวันที่......{born_th(p.born, i + 2)}......สัญชาติ....ไทย....ศาสนา....พุทธ....")
        )
        d.add_paragraph(tt(f"   เลขประจำตัวประชาชน......{nid_w(p.nid, i)}......"))
        d.add_paragraph(
            tt(
                f"2. ชื่อบิดา......{f_name}......อาชีพ....ค้าขาย....เลขประจำตัวประชาชน....{nid_w(f_id, i + 1)}....โทร....{mobile(f_mob, i)}...."
            )
        )
        d.add_paragraph(
            tt(
                f"3. ชื่อมารดา......{m_name}......อาชีพ....รับราชการครู....เลขประจำตัวประชาชน....{nid_w(m_id, i)}....โทร....{mobile(m_mob, i + 1)}...."
            )
        )
        d.add_paragraph(tt(f"4. ที่อยู่ปัจจุบัน......{home(a, i)}......"))
        d.add_paragraph("5. โรคประจำตัว.....ไม่มี.....กรุ๊ปเลือด.....O.....")
        d.add_paragraph(
            f"ลงชื่อ..............................ผู้ยื่นคำขอ\n({m_name})\nความเกี่ยวข้องกับเด็ก....มารดา...."
        )

    raw = message(i, "ส่งใบสมัคร ศพด.", f"{m_name[3:]} <{mother(k)[3]}>", text="เรียน ครูผู้ดูแลเด็ก\nส่งใบสมัครที่กรอกแล้วค่ะ\n",
                  files=(("ใบสมัคร_ศพด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = child(a, ALL)
    return Case("docx_cdc_dotted_form", raw, with_thai_digits(e) if i % 2 else e)


def docx_transfer_request_table(a: Party, i: int) -> Case:
    """The school's คำร้องขอย้ายนักเรียน as a Word table: ข้อมูลนักเรียน rows, ข้อมูลผู้ปกครอง
    rows (name, ID, relation, mobile, workplace), the new school with its code and place."""
    p = a.p
    k = PEOPLE.index(a)
    g_name, g_id, g_mob, g_box = mother(k)
    new = SCHOOLS[(i + 2) % 3]

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอย้ายนักเรียน")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for x, y in [("ข้อมูลนักเรียน", ""), ("ชื่อ - สกุล", a.name), ("เลขประจำตัวนักเรียน", str(31025 + i)),
                     ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)), ("วัน เดือน ปีเกิด", born_th(p.born, i)),
                     ("ชั้น", f"ประถมศึกษาปีที่ {3 + i % 3}"), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 2)),
                     ("ข้อมูลผู้ปกครอง", ""), ("ชื่อ - สกุล", g_name), ("เกี่ยวข้องเป็น", "มารดา"),
                     ("เลขประจำตัวประชาชน", nid_w(g_id, i)), ("โทรศัพท์", mobile(g_mob, i + 2)),
                     ("สถานที่ทำงาน", f"โรงพยาบาล{new.p.amphoe} {home(new, i)}"),
                     ("ย้ายไปเรียนที่", f"{new.name} รหัส {SCHOOL_CODES[(i + 2) % 3]} ตำบล{new.p.tambon} อำเภอ{new.p.amphoe} จังหวัด{new.p.province}"),
                     ("เหตุผล", "ผู้ปกครองย้ายที่ทำงาน")]:  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = x, y
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ปกครอง\n({g_name})")

    raw = message(i, "คำร้องขอย้ายนักเรียน", f"{g_name[3:]} <{g_box}>", text="เรียน งานทะเบียน\nแนบคำร้องขอย้ายของลูกค่ะ\n",
                  files=(("คำร้องขอย้าย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_transfer_request_table", raw, child(a, ALL))


def docx_scholarship_form(a: Party, i: int) -> Case:
    """The town's ใบสมัครขอรับทุนการศึกษา in Word: ผู้สมัคร's lines (name, ID, birth
    date, age, school, GPA, home, mobile), the parents' (names, incomes, mobiles), the
    teacher who certifies (her name, the school's line)."""
    p = a.p
    k = PEOPLE.index(a)
    f_name, _, f_mob = father(k)
    m_name, _, m_mob, _ = mother(k)
    sc = SCHOOLS[i % 3]
    t_name = COORDINATORS[i % 3][0]

    def build(d: Any) -> None:
        d.add_paragraph("ใบสมัครขอรับทุนการศึกษา เทศบาลนครลำปาง ประจำปีการศึกษา 2569")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้สมัคร")
        d.add_paragraph(f"ชื่อ-นามสกุล (ผู้สมัคร)  {a.name}")
        d.add_paragraph(
            f"เลขประจำตัวประชาชน  {nid_w(p.nid, i)}\tเกิดวันที่  {born_th(p.born, i + 1)}\tอายุ  {2026 - p.born.year}  ปี"
        )
        d.add_paragraph(
            f"กำลังศึกษาชั้น  มัธยมศึกษาปีที่ {4 + i % 3}  โรงเรียน  {sc.name}  เกรดเฉลี่ย  3.{71 - i}"
        )
        d.add_paragraph(f"ที่อยู่ที่ติดต่อได้\n{home(a, i)}")
        d.add_paragraph(f"โทรศัพท์มือถือ  {mobile(p.mobile, i + 1)}\tE-mail  {p.email}")
        d.add_paragraph("ส่วนที่ 2 ข้อมูลครอบครัว")
        d.add_paragraph(
            f"บิดา  {f_name}  อาชีพ รับจ้างทั่วไป  รายได้ {6500 + 100 * i} บาท/เดือน  โทร {mobile(f_mob, i)}"
        )
        d.add_paragraph(f"มารดา  {m_name}  อาชีพ แม่บ้าน  รายได้ -  โทร {mobile(m_mob, i + 2)}")
        d.add_paragraph("ส่วนที่ 3 ความเห็นของครูประจำชั้น")
        d.add_paragraph(
            f"ขอรับรองว่าข้อความข้างต้นเป็นความจริง\nลงชื่อ ....................\n({t_name})\nครูประจำชั้น โทร {tel(sc, i + 1)}"
        )
        d.add_paragraph(f"ลงชื่อ ....................ผู้สมัคร\n({a.name})")

    raw = message(i, "ใบสมัครทุนการศึกษา 2569", f"{p.first} {p.last} <{p.email}>", text=f"ส่งใบสมัครทุน{hi(a)}\n",
                  files=(("ใบสมัครทุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_scholarship_form", raw, own(a, ALL))


def docx_school_lunch_letter(k: int, i: int) -> Case:
    """A school's หนังสือ ที่ ศธ ... in Word asking the town's lunch budget for its pupils
    (pupils, baht a day, the school's bank account), the teacher in charge with her
    mobile, signed by the director, the school's line at the foot."""
    sc = SCHOOLS[k]
    t_name, t_mob = COORDINATORS[k]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ ศธ 04{k + 1}07.{12 + i}/{301 + i}\t\t\t\t{sc.name}\n\t\t\t\t\t{home(sc, i + 1)}"
        )
        d.add_paragraph(f"\t\t\t\t\t{4 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง  ขอรับการจัดสรรงบประมาณค่าอาหารกลางวัน ภาคเรียนที่ 2/2569")
        d.add_paragraph(f"เรียน  นายกองค์การบริหารส่วนตำบล{sc.p.tambon}")
        d.add_paragraph(
            f"ด้วย{sc.name} มีนักเรียนระดับอนุบาลถึงประถมศึกษาปีที่ 6 จำนวน {124 + i} คน อัตราคนละ 36 บาทต่อวัน "
            f"จำนวน 100 วัน ขอให้โอนเงินเข้าบัญชีโรงเรียน ธนาคารกรุงไทย เลขที่บัญชี 512-0-{38817 + i}-{i % 9}"
        )
        d.add_paragraph(f"ทั้งนี้ มอบหมายให้ {t_name} โทร {mobile(t_mob, i)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"\t\t\tขอแสดงความนับถือ\n\n\t\t\t({DIRECTORS[k]})\n\t\t\tผู้อำนวยการ{sc.name}")
        d.add_paragraph(f"งานธุรการ\nโทร {tel(sc, i + 2)}")

    raw = message(i, f"หนังสือ{sc.name} ขอรับงบอาหารกลางวัน", f"ธุรการ {sc.name} <{SCHOOL_BOX[k]}>",
                  text="เรียน กองการศึกษา\nส่งหนังสือขอรับงบอาหารกลางวันตามไฟล์แนบ\n",
                  files=(("หนังสือขออาหารกลางวัน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_school_lunch_letter", raw, school(k, SCHOOL_KEYS))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_transcript_request(a: Party, i: int) -> Case:
    """The school's fillable คำร้องขอเอกสารทางการศึกษา (Thai field names): the ผู้ขอ's
    lines, the documents (ปพ.1, ปพ.2), the year she left; a ผู้รับมอบอำนาจ section empty
    in v1, filled in v2 (her sister: name, ID, mobile)."""
    p = a.p
    proxy = (
        (f"นางสาวณัฐนิชา {p.last}", with_check_digit("151010099217"), "0637718245")
        if i % 2
        else ("", "", "")
    )
    labels = [(45, 18, "คำร้องขอเอกสารทางการศึกษา"), (20, 40, "ชื่อ-สกุลผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเดือนปีเกิด"), (20, 60, "ที่อยู่ปัจจุบัน"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 80, "เอกสารที่ขอ"), (20, 90, "ปีการศึกษาที่จบ"), (110, 90, "เลขประจำตัวนักเรียน"),
              (20, 110, "กรณีให้ผู้อื่นมารับแทน ชื่อผู้รับแทน"), (20, 120, "เลขประจำตัวประชาชนผู้รับแทน"),
              (20, 130, "โทรศัพท์ผู้รับแทน"), (20, 150, "ลงชื่อ ........................ ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("ชื่อสกุลผู้ขอ", a.name, 50, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("วันเดือนปีเกิด", born_th(p.born, i), 145, 50, 45), Field("ที่อยู่ปัจจุบัน", home(a, i), 45, 60, 150),
              Field("โทรศัพท์", mobile(p.mobile, i), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("เอกสารที่ขอ", "ปพ.1 จำนวน 2 ชุด, ปพ.2", 45, 80, 100), Field("ปีที่จบ", str(2561 + i % 3), 55, 90, 30),
              Field("เลขประจำตัวนักเรียน", str(2205 + i), 150, 90, 30),
              Field("ชื่อผู้รับแทน", proxy[0], 90, 110, 90), Field("เลขประจำตัวประชาชนผู้รับแทน", proxy[1], 85, 120, 55, comb=13),
              Field("โทรศัพท์ผู้รับแทน", proxy[2], 70, 130, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำร้องขอ ปพ.1 (แบบฟอร์ม PDF)", f"{p.first} {p.last} <{p.email}>", text=f"ส่งคำร้องขอเอกสาร{hi(a)}\n",
                  files=(("คำร้องขอเอกสาร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_transcript_request", raw, own(a, ALL))


def pdf_fillable_scholarship_english(a: Party, i: int) -> Case:
    """The scholarship's fillable form made in English field names (student_*, then
    guardian_*): the student's name, ID, birth date, mobile, home; the guardian's name,
    ID, relation, mobile, income."""
    p = a.p
    k = PEOPLE.index(a)
    g_name, g_id, g_mob, _ = mother(k)
    labels = [(40, 18, "แบบคำขอรับทุนการศึกษา กองทุนเพื่อการศึกษา อบต.เกาะคา"),
              (20, 40, "ชื่อ-สกุลนักเรียน"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์นักเรียน"), (20, 80, "โรงเรียน / ชั้น"), (20, 100, "ชื่อ-สกุลผู้ปกครอง"),
              (20, 110, "เลขประจำตัวประชาชนผู้ปกครอง"), (120, 110, "เกี่ยวข้องเป็น"), (20, 120, "โทรศัพท์ผู้ปกครอง"),
              (110, 120, "รายได้ครอบครัว/ปี")]  # fmt: skip
    fields = [Field("student_name", a.name, 55, 40, 100), Field("student_id", nid_w(p.nid, i), 60, 50, 55),
              Field("student_dob", born_th(p.born, i + 2), 135, 50, 45), Field("student_address", home(a, i + 1), 35, 60, 160),
              Field("student_phone", mobile(p.mobile, i + 1), 55, 70, 55),
              Field("student_school", f"{SCHOOLS[2].name} ม.{3 + i % 3}", 55, 80, 100),
              Field("guardian_name", g_name, 60, 100, 90), Field("guardian_id", nid_w(g_id, i), 80, 110, 40),
              Field("guardian_relation", "มารดา", 145, 110, 30), Field("guardian_phone", mobile(g_mob, i), 60, 120, 45),
              Field("family_income", f"{60000 + 5000 * i}", 150, 120, 30)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบคำขอรับทุนการศึกษา", f"{p.first} {p.last} <{p.email}>", text=f"เรียน เจ้าหน้าที่\nส่งแบบคำขอรับทุน{hi(a)}\n",
                  files=(("scholarship_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_scholarship_english", raw, own(a, ALL))


def pdf_typed_parent_transfer_letter(a: Party, i: int) -> Case:
    """A parent's typed letter (Word to PDF) asking the หลักฐานการย้าย for his child: his
    block top right (the family's home), his ID and mobile in the body, the child's ID,
    birth date, class; the new school's name and province."""
    p = a.p
    k = PEOPLE.index(a)
    f_name, f_id, f_mob = father(k)
    new = SCHOOLS[(i + 1) % 3]
    h = home(a, i)
    cut = h.find(" อำเภอ") if " อำเภอ" in h else h.find(" อ.")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1:]), (0, ""), (115, f"{7 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอหลักฐานการย้ายนักเรียน"), (20, "เรียน ผู้อำนวยการโรงเรียนเทศบาล"), (0, ""),
             (30, f"ข้าพเจ้า {f_name} เลขประจำตัวประชาชน {nid_w(f_id, i)} เป็นบิดาของ {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} นักเรียนชั้นประถมศึกษาปีที่ {2 + i % 4} "
                  f"มีความประสงค์ขอย้ายบุตรไปเรียนที่{new.name} จังหวัด{new.p.province} ตั้งแต่ภาคเรียนที่ 2/2569 "
                  "จึงขอหลักฐานการย้ายนักเรียนและระเบียนแสดงผลการเรียน (ปพ.1)"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(f_mob, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({f_name})"), (112, "ผู้ปกครอง")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอหลักฐานการย้ายนักเรียน", f"{f_name[3:]} <{ROMAN[k]}.family@gmail.com>",
                  text="เรียน ผู้อำนวยการ\nแนบหนังสือขอย้ายนักเรียนครับ\n", files=(("ขอย้ายนักเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_parent_transfer_letter", raw, child(a, ALL))


def pdf_typed_student_certificate(a: Party, i: int) -> Case:
    """A student's typed letter asking a ใบรับรองการเป็นนักเรียน for a university's
    quota: her block top right, her ID, birth date and mobile in the body; her adviser's
    name and the school's line at the foot."""
    p = a.p
    sc = SCHOOLS[(i + 2) % 3]
    t_name = COORDINATORS[(i + 2) % 3][0]
    h = home(a, i + 1)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1:]), (0, ""), (115, f"{2 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอใบรับรองการเป็นนักเรียน"), (20, f"เรียน ผู้อำนวยการ{sc.name}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} นักเรียนชั้นมัธยมศึกษาปีที่ 6/{1 + i % 3} เลขประจำตัวนักเรียน {18840 + i} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  "มีความประสงค์ขอใบรับรองการเป็นนักเรียน จำนวน 2 ฉบับ เพื่อใช้สมัครโครงการรับตรงโควตาภาคเหนือ มหาวิทยาลัยเชียงใหม่"),
             (30, f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (0, ""),
             (20, f"ความเห็นครูที่ปรึกษา {t_name}  เห็นควรอนุญาต  โทร {tel(sc, i)}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอใบรับรองการเป็นนักเรียน", f"{p.first} {p.last} <{p.email}>", text=f"แนบคำร้อง{hi(a)}\n",
                  files=(("คำร้อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_student_certificate", raw, own(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_cdc_column_per_person(a: Party, i: int) -> Case:
    """A parent's sheet for the ศพด.: a column per person (เด็ก, บิดา, มารดา), rows of
    name, ID, birth date, mobile, job; the home on its own row."""
    p = a.p
    k = PEOPLE.index(a)
    f_name, f_id, f_mob = father(k)
    m_name, m_id, m_mob, m_box = mother(k)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลสมัคร"
        ws.append(("แบบข้อมูลนักเรียนใหม่ ศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2570",))
        ws.append(("", "เด็ก", "บิดา", "มารดา"))
        ws.append(("ชื่อ-สกุล", a.name, f_name, m_name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i), nid_w(f_id, i + 1), nid_w(m_id, i + 2)))
        ws.append(
            (
                "วันเกิด",
                born_th(p.born, i),
                born_th(date(1990 + i, 2, 17), i),
                born_th(date(1992 + i, 9, 4), i),
            )
        )
        ws.append(("โทรศัพท์", "-", mobile(f_mob, i), mobile(m_mob, i + 1)))
        ws.append(("อาชีพ", "-", "ช่างซ่อมรถ", "ค้าขาย"))
        ws.append(())
        ws.append(("ที่อยู่ปัจจุบัน", home(a, i + 1)))

    raw = message(i, "ข้อมูลสมัคร ศพด. ปีการศึกษา 2570", f"{m_name[3:]} <{m_box}>", text="ส่งข้อมูลตามไฟล์แนบค่ะ\n",
                  files=(("ข้อมูลสมัคร.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_cdc_column_per_person", raw, child(a, ALL))


def xlsx_scholarship_label_sheet(a: Party, i: int) -> Case:
    """A student's application as a label/value sheet: her rows, the guardian's rows
    (name, ID, mobile, income), the school's rows (code, line)."""
    p = a.p
    k = PEOPLE.index(a)
    g_name, g_id, g_mob = father(k)
    sc = SCHOOLS[i % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ใบสมัคร"
        for row in [("ใบสมัครทุนการศึกษา กองการศึกษา เทศบาลเมืองลำพูน",), ("ผู้สมัคร",), ("ชื่อ-นามสกุล", a.name),
                    ("เลขบัตรประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 2)), ("เบอร์โทร", mobile(p.mobile, i)),
                    ("อีเมล", p.email), ("ที่อยู่", home(a, i)), (), ("ผู้ปกครอง",), ("ชื่อ-นามสกุล", g_name),
                    ("เลขบัตรประชาชน", nid_w(g_id, i + 1)), ("เบอร์โทร", mobile(g_mob, i + 1)), ("รายได้/เดือน", 7200 + 300 * i),
                    (), ("สถานศึกษา",), ("โรงเรียน", sc.name), ("รหัสสถานศึกษา", SCHOOL_CODES[i % 3]), ("โทรศัพท์โรงเรียน", tel(sc, i))]:  # fmt: skip
            ws.append(row)

    raw = message(i, "ใบสมัครทุน (ไฟล์ Excel)", f"{p.first} {p.last} <{p.email}>", text=f"ส่งใบสมัครเป็นไฟล์ Excel {hi(a)}\n",
                  files=(("ใบสมัครทุน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_scholarship_label_sheet", raw, own(a, ALL))


def xlsx_bus_fare_aid_sheet(a: Party, i: int) -> Case:
    """A parent's sheet claiming the อบต.'s bus-fare aid (ค่าพาหนะ) for a pupil who lives
    far from school: the pupil's row (ID, birth date, school, km), the parent's row (ID,
    mobile, ธ.ก.ส. account), the home."""
    p = a.p
    k = PEOPLE.index(a)
    f_name, f_id, f_mob = father(k)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าพาหนะ"
        ws.append(("แบบขอรับเงินช่วยเหลือค่าพาหนะนักเรียน ภาคเรียนที่ 2/2569",))
        ws.append(("", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "โทรศัพท์", "หมายเหตุ"))
        ws.append(
            (
                "นักเรียน",
                a.name,
                nid_w(p.nid, i + 1),
                born_th(p.born, i),
                "",
                f"{SCHOOLS[1].name} ระยะทาง {6 + i}.5 กม.",
            )
        )
        ws.append(
            (
                "ผู้ปกครอง (บิดา)",
                f_name,
                nid_w(f_id, i),
                "",
                mobile(f_mob, i),
                f"บัญชี ธ.ก.ส. {'0' if i % 2 else ''}2004{1558 + i}{37 + i}",
            )
        )
        ws.append(())
        ws.append(("ที่อยู่", home(a, i + 2)))

    raw = message(i, "ขอรับเงินค่าพาหนะนักเรียน", f"{f_name[3:]} <{ROMAN[k]}.bus@gmail.com>", text="ส่งแบบขอรับค่าพาหนะครับ\n",
                  files=(("ค่าพาหนะ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_bus_fare_aid_sheet", raw, child(a, ALL))


Style = Callable[[Any, int], Case]

# Each style and its two people (school styles: the two SCHOOLS by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_cdc_enrol, (0, 2)),
    (plain_line_chat_transfer, (4, 6)),
    (plain_webmail_own_transcript, (12, 13)),
    (plain_android_bus_complaint, (14, 15)),
    (plain_gmail_reply_scholarship, (8, 9)),
    (html_gmail_scholarship_table, (10, 11)),
    (html_outlook_school_bus_fuel, (0, 1)),
    (html_webform_cdc_notification, (1, 3)),
    (html_iphone_teacher_certificate, (5, 7)),
    (docx_cdc_dotted_form, (2, 0)),
    (docx_transfer_request_table, (7, 4)),
    (docx_scholarship_form, (9, 11)),
    (docx_school_lunch_letter, (2, 1)),
    (pdf_fillable_transcript_request, (13, 12)),
    (pdf_fillable_scholarship_english, (11, 10)),
    (pdf_typed_parent_transfer_letter, (6, 5)),
    (pdf_typed_student_certificate, (8, 9)),
    (xlsx_cdc_column_per_person, (3, 1)),
    (xlsx_scholarship_label_sheet, (10, 8)),
    (xlsx_bus_fare_aid_sheet, (4, 7)),
)  # fmt: skip
SCHOOL_STYLES = (html_outlook_school_bus_fuel, docx_school_lunch_letter)

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
            who = n if style in SCHOOL_STYLES else PEOPLE[n]
            cases.append(style(who, 2 * s + k))
    return cases
