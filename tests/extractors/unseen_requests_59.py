"""A fifty-ninth set of requests written by someone who had not read the readers (issue 8):
A MUNICIPALITY'S PERSONNEL DESK (งานการเจ้าหน้าที่, สำนักปลัด of เทศบาลนครนครสวรรค์): JOB
APPLICATIONS AND STAFF PAPERWORK BY MAIL. Applications for พนักงานจ้างตามภารกิจ /
พนักงานจ้างทั่วไป / ลูกจ้าง posts (the town's ใบสมัคร as Word or PDF, a CV, a cover mail):
the applicant's details beside her EDUCATION (schools and their places, graduation dates,
GPA), WORK HISTORY (employers' addresses and phones, dates), REFERENCES (บุคคลอ้างอิง: names,
positions, phones), an EMERGENCY CONTACT (บุคคลที่ติดต่อได้กรณีฉุกเฉิน), father's, mother's
and spouse's names, ages and occupations, a military-service status, a driving licence's
number, the ID card's issue and expiry dates, a registered address (ที่อยู่ตามทะเบียนบ้าน)
AND a current one (ที่อยู่ปัจจุบัน); a former employee asking a work certificate (หนังสือ
รับรองการทำงาน: her staff number, dates of service), a temp's contract renewal. Kinds:
plain (a phone's mail, "ส่งจาก iPhone"), HTML (Gmail, Outlook, a job board's relay mail),
Word (the town's ใบสมัคร filled in, a CV in tables, a cover letter), PDF (a CV exported from
Canva, a fillable ใบสมัคร, Word letters saved as PDF), xlsx (a college's sheet of its
nominee, an applicant's own profile sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 55 and 56, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the personnel clerk keeps.
- The APPLICANT is the one whose application, certificate or contract it is; never a
  reference, the emergency contact, a parent, the spouse, a former employer or its HR
  officer, the college's teacher who sends a nominee, the job board.
- address: the CURRENT one (ที่อยู่ปัจจุบัน / ที่อยู่ที่ติดต่อได้ / "ส่งไปที่"), where the desk
  writes to her; the registered one (ที่อยู่ตามทะเบียนบ้าน / ภูมิลำเนา) is NOT accepted where a
  current one differs. Where she writes the current one is "ตามทะเบียนบ้าน" (the same), the
  registered one is the current one. Where only one address is given, that one. Never a
  school's, an employer's, a reference's or the emergency contact's. Accepted as typed:
  house number to the อำเภอ/เขต, written out or short, with or without เลขที่/บ้านเลขที่,
  with or without province and postal code (as set 56 accepts them).
- postal_code, province: of that current address.
- birth_date ISO, only where hers is given; a graduation date, the ID card's issue or
  expiry date, a date of service, a contract's dates, a parent's or spouse's birth never.
- phone: her own mobile where given; a reference's, the emergency contact's, an
  employer's, a school's or the desk's never.
- email: her own box where she sends from it or gives it (a box at her present employer
  she sends from and asks the answer at included); a job board's no-reply, a teacher's or
  an HR officer's never.
- national_id: hers; a driving licence's number, a staff number, a contract number, a
  GPA, a graduation year never; never another's ID.
- One applicant (นายประเสริฐ คงทน) has no box of his own: his wife's Gmail sends for
  him; her box is never his email (no email is expected of him).
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, addresses, ending, heads, me, provinces

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "personnel@nakhonsawan.example.go.th"
TOWN = "เทศบาลนครนครสวรรค์"
MAYOR = "นายกเทศมนตรีนครนครสวรรค์"
NSW = "นครสวรรค์"
BKK = "กรุงเทพมหานคร"


@dataclass(frozen=True)
class Applicant:
    """Her current home (`now`, the one the desk keeps) and her registered one (`reg`);
    the same Party twice where she lives at her registered home."""

    now: Party
    reg: Party
    nick: str
    father: str
    mother: str
    spouse: str  # "" where single
    contact: tuple[str, str, str]  # emergency contact: name, relation, mobile

    @property
    def same(self) -> bool:
        return self.now is self.reg

    @property
    def name(self) -> str:
        return self.now.name


def A(now: Party, reg: tuple[str, str, str, str, str, str, str, str] | None, nick: str, father: str,
      mother: str, spouse: str, contact: tuple[str, str, str]) -> Applicant:  # fmt: skip
    if reg is None:
        return Applicant(now, now, nick, father, mother, spouse, contact)
    p = now.p
    r = P(p.title, p.first, p.last, p.nid[:12], p.born, p.mobile, p.email, *reg)
    return Applicant(now, r, nick, father, mother, spouse, contact)


# Applicants: current home first, then the registered one (None: the same).
PEOPLE: tuple[Applicant, ...] = (
    A(P("นางสาว", "ศิริพร", "แก้วมณี", "160990031245", date(1997, 3, 14), "0812457390", "siriporn.km97@gmail.com",
        "45/12", "", "มาตุลี 5", "มาตุลี", "ปากน้ำโพ", "เมืองนครสวรรค์", NSW, "60000"),
      ("112", "4", "", "", "อุทัยใหม่", "เมืองอุทัยธานี", "อุทัยธานี", "61000"),
      "ฝ้าย", "นายสมชาย แก้วมณี", "นางบุญเรือน แก้วมณี", "", ("นางบุญเรือน แก้วมณี", "มารดา", "0897712054")),
    A(P("นาย", "ธีรวัฒน์", "บุญมาก", "166020045518", date(1994, 8, 2), "0896631427", "teerawat.bm@hotmail.com",
        "88", "6", "", "", "หนองปลิง", "เมืองนครสวรรค์", NSW, "60000"),
      None, "บอย", "นายประยูร บุญมาก", "นางสมพร บุญมาก", "นางสาวกัลยา ศรีสุข", ("นางสาวกัลยา ศรีสุข", "ภรรยา", "0864410287")),
    A(P("นาง", "วิไลวรรณ", "ทองอยู่", "366010027744", date(1984, 11, 27), "0815563902", "wilaiwan.to@gmail.com",
        "219/3", "", "", "สวรรค์วิถี", "ปากน้ำโพ", "เมืองนครสวรรค์", NSW, "60000"),
      ("57", "2", "", "", "ตะพานหิน", "ตะพานหิน", "พิจิตร", "66110"),
      "แอน", "นายบุญส่ง จันทร์ดี", "นางลำดวน จันทร์ดี", "นายสุริยา ทองอยู่", ("นายสุริยา ทองอยู่", "สามี", "0819924516")),
    A(P("นาย", "ณัฐวุฒิ", "ศรีสวัสดิ์", "160010058831", date(1999, 5, 9), "0641128875", "nattawut.sri@gmail.com",
        "19/7", "3", "", "", "กลางแดด", "เมืองนครสวรรค์", NSW, "60000"),
      ("301", "8", "", "", "ชุมแสง", "ชุมแสง", NSW, "60120"),
      "เบียร์", "นายวิรัช ศรีสวัสดิ์", "นางจำเนียร ศรีสวัสดิ์", "", ("นายวิรัช ศรีสวัสดิ์", "บิดา", "0862231945")),
    A(P("นางสาว", "ปวีณา", "มั่นคง", "110040062317", date(1996, 1, 30), "0955402816", "paweena.mk@gmail.com",
        "77/401", "", "พหลโยธิน 45", "พหลโยธิน", "ลาดยาว", "จตุจักร", BKK, "10900"),
      ("9", "1", "", "", "ท่าตะโก", "ท่าตะโก", NSW, "60160"),
      "ปอ", "นายเฉลิม มั่นคง", "นางสุดา มั่นคง", "", ("นางสุดา มั่นคง", "มารดา", "0813354907")),
    A(P("นาย", "อนุชา", "พรหมวิเศษ", "362990014426", date(1988, 7, 18), "0873390251", "anucha.pw@yahoo.com",
        "5/28", "", "โกสีย์ 12", "โกสีย์", "ปากน้ำโพ", "เมืองนครสวรรค์", NSW, "60000"),
      ("146", "5", "", "", "ในเมือง", "เมืองกำแพงเพชร", "กำแพงเพชร", "62000"),
      "ต้น", "นายสมนึก พรหมวิเศษ", "นางอำไพ พรหมวิเศษ", "นางนงลักษณ์ พรหมวิเศษ", ("นางนงลักษณ์ พรหมวิเศษ", "ภรรยา", "0882217643")),
    A(P("นางสาว", "กนกวรรณ", "สุขเจริญ", "160050077392", date(2001, 9, 21), "0627718034", "kanokwan.sc01@gmail.com",
        "33", "2", "", "", "นครสวรรค์ออก", "เมืองนครสวรรค์", NSW, "60000"),
      None, "มิ้นท์", "นายสุเทพ สุขเจริญ", "นางปราณี สุขเจริญ", "", ("นายสุเทพ สุขเจริญ", "บิดา", "0815579021")),
    A(P("นาง", "สุนิสา", "เรืองศรี", "366990035168", date(1979, 4, 6), "0862209874", "sunisa.rs@gmail.com",
        "140/9", "", "", "พหลโยธิน", "นครสวรรค์ตก", "เมืองนครสวรรค์", NSW, "60000"),
      ("63", "7", "", "", "บางมูลนาก", "บางมูลนาก", "พิจิตร", "66120"),
      "นิด", "นายเจริญ ปานทอง", "นางทองใบ ปานทอง", "นายพิชัย เรืองศรี", ("นายพิชัย เรืองศรี", "สามี", "0897761320")),
    A(P("นาย", "กิตติพงษ์", "ใจกล้า", "160080023651", date(1992, 12, 12), "0918843507", "kittipong.jk@gmail.com",
        "71", "9", "", "", "วัดไทรย์", "เมืองนครสวรรค์", NSW, "60000"),
      ("25", "3", "", "", "พยุหะ", "พยุหะคีรี", NSW, "60130"),
      "กิต", "นายบุญมี ใจกล้า", "นางสายทอง ใจกล้า", "", ("นางสายทอง ใจกล้า", "มารดา", "0869905413")),
    A(P("นางสาว", "อรวรรณ", "ชัยมงคล", "118990041873", date(1995, 6, 25), "0804412679", "orawan.cmk@outlook.com",
        "210/15", "", "", "มาตุลี", "ปากน้ำโพ", "เมืองนครสวรรค์", NSW, "60000"),
      ("18", "11", "", "", "ในเมือง", "เมืองชัยนาท", "ชัยนาท", "17000"),
      "ออม", "นายวีระ ชัยมงคล", "นางสมศรี ชัยมงคล", "", ("นายวีระ ชัยมงคล", "บิดา", "0817720346")),
    A(P("นาย", "ประเสริฐ", "คงทน", "360010009427", date(1976, 2, 15), "0816674390", "",
        "12/4", "1", "", "", "บางม่วง", "เมืองนครสวรรค์", NSW, "60000"),
      None, "เสริฐ", "นายทองดี คงทน", "นางบุญมา คงทน", "นางจิราภรณ์ คงทน", ("นางจิราภรณ์ คงทน", "ภรรยา", "0894456218")),
    A(P("นางสาว", "ชุติมา", "วงศ์ทอง", "160110039954", date(1998, 10, 3), "0658834120", "chutima.wt98@gmail.com",
        "99/3", "", "สวรรค์วิถี 20", "สวรรค์วิถี", "ปากน้ำโพ", "เมืองนครสวรรค์", NSW, "60000"),
      ("44", "6", "", "", "หนองบัว", "หนองบัว", NSW, "60110"),
      "แพร", "นายชาญ วงศ์ทอง", "นางพเยาว์ วงศ์ทอง", "", ("นางพเยาว์ วงศ์ทอง", "มารดา", "0878823460")),
)  # fmt: skip

# Others on the papers: references (name, position, workplace, phone), employers, schools.
REFS: tuple[tuple[str, str, str, str], ...] = (
    ("ผศ.ดร.สมศักดิ์ ธนากร", "อาจารย์ที่ปรึกษา", "มหาวิทยาลัยราชภัฏนครสวรรค์", "0812236647"),
    ("นางรัชนี ศรีอ่อน", "ผู้จัดการฝ่ายบุคคล", "บริษัท เอ็นเอสพี ค้าวัสดุ จำกัด", "056-221-448"),
    ("นายวิทยา แสงจันทร์", "หัวหน้างานธุรการ", "องค์การบริหารส่วนตำบลหนองปลิง", "0896620134"),
)
EMPLOYERS: tuple[tuple[str, str, str], ...] = (
    (
        "บริษัท เอ็นเอสพี ค้าวัสดุ จำกัด",
        "199 ถนนสวรรค์วิถี ต.ปากน้ำโพ อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000",
        "056-221-448",
    ),
    (
        "โรงพยาบาลเอกชนปากน้ำโพ",
        "45 ถนนมาตุลี ต.ปากน้ำโพ อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000",
        "056-229-100",
    ),
    ("ห้างหุ้นส่วนจำกัด ชุมแสงการค้า", "12 หมู่ 2 ต.ชุมแสง อ.ชุมแสง จ.นครสวรรค์ 60120", "056-282-317"),
)
SCHOOLS: tuple[tuple[str, str], ...] = (
    ("มหาวิทยาลัยราชภัฏนครสวรรค์", "ต.นครสวรรค์ตก อ.เมืองนครสวรรค์ จ.นครสวรรค์"),
    ("วิทยาลัยเทคนิคนครสวรรค์", "ต.ปากน้ำโพ อ.เมืองนครสวรรค์ จ.นครสวรรค์"),
    ("โรงเรียนนครสวรรค์", "ต.ปากน้ำโพ อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000"),
)
POSTS = ("ผู้ช่วยเจ้าพนักงานธุรการ", "ผู้ช่วยนักวิชาการเงินและบัญชี", "พนักงานขับรถยนต์", "ผู้ช่วยครูผู้ดูแลเด็ก",
         "คนงานทั่วไป", "ผู้ช่วยนักวิชาการคอมพิวเตอร์")  # fmt: skip
MILITARY = ("ผ่านการเกณฑ์ทหารแล้ว (สด.8)", "เป็นทหารกองเกิน (สด.9) จับได้ใบดำ", "ได้รับการยกเว้น (สด.43)")
WIFE_BOX = "จิราภรณ์ คงทน <jiraporn.kt@gmail.com>"  # sends for her husband, who has no box
TEACHER = ("นางพรทิพย์ แสนดี", "ครูแนะแนว", "0818829031", "porntip.guide@nsntc.example.ac.th")


# --- what a clerk keeps ----------------------------------------------------------------------

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"


def exp(a: Applicant, keys: str) -> dict[str, tuple[str, ...]]:
    """Her values; the address, postal code and province of her CURRENT home."""
    p = a.now.p
    table = {
        "full_name": (a.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(a.now),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split() if k != "email" or p.email}


# --- how people write the values ------------------------------------------------------------


def addr(party: Party, k: int) -> str:
    """An address as typed: written out, with หมู่, or short; the province three ways."""
    p = party.p
    h = heads(party)[k % len(heads(party))]
    return f"{h} {provinces(p)[k % len(provinces(p))]} {p.postal}"


def now_line(a: Applicant, k: int) -> str:
    """What she types after ที่อยู่ปัจจุบัน: the address, or "ตามทะเบียนบ้าน" where the same."""
    return ("ตามทะเบียนบ้าน", "เหมือนที่อยู่ตามทะเบียนบ้าน")[k % 2] if a.same else addr(a.now, k)


def age(a: Applicant) -> int:
    return 2569 - (a.now.p.born.year + 543)


def card_dates(a: Applicant, k: int) -> tuple[str, str]:
    """The ID card's issue and expiry dates (the expiry on her birthday, as cards are)."""
    b = a.now.p.born
    return born_th(date(2021 + k % 4, b.month, b.day - 3 if b.day > 3 else 1), k), born_th(
        date(2029 + k % 4, b.month, b.day), k
    )


def licence(k: int) -> str:
    return f"{60000112 + 7919 * k}"


def grad(k: int) -> tuple[str, str, str, str]:
    """A degree: level and field, school, graduation date, GPA."""
    level = ("ปริญญาตรี บริหารธุรกิจบัณฑิต (การบัญชี)", "ประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) สาขาคอมพิวเตอร์ธุรกิจ",
             "ปริญญาตรี ศิลปศาสตรบัณฑิต (การพัฒนาชุมชน)")[k % 3]  # fmt: skip
    school = SCHOOLS[0][0] if "ปริญญา" in level else SCHOOLS[1][0]
    return level, school, f"{10 + k % 18} มีนาคม {2563 + k % 4}", f"{2.71 + 0.13 * (k % 7):.2f}"


def tel(a: Applicant, k: int) -> str:
    return mobile(a.now.p.mobile, k)


def message(a: Applicant, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.now.p
    msg["From"] = from_ or (f"{p.first} {p.last} <{p.email}>" if p.email else WIFE_BOX)
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 1 + n % 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set59-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def post(k: int) -> str:
    return POSTS[k % len(POSTS)]


# --- plain text ----------------------------------------------------------------------------


def plain_iphone_application(a: Applicant, i: int) -> Case:
    """From her phone: she wants the post in the notice, her lines as she types them,
    her registered and current homes, her diploma's date and GPA; ส่งจาก iPhone."""
    p = a.now.p
    level, school, done, gpa = grad(i)
    text = (
        f"เรียน งานการเจ้าหน้าที่ {TOWN}\n{me(a.now)}สนใจสมัครตำแหน่ง{post(i)} ตามประกาศรับสมัครพนักงานจ้าง "
        f"ลงวันที่ 1 ธันวาคม 2569 {ending(a.now)} จบ{level} {school} เมื่อ {done} เกรดเฉลี่ย {gpa}\n\n"
        f"ชื่อ {a.name} ({a.nick})\nเกิดวันที่ {born_th(p.born, i)} อายุ {age(a)} ปี\nเลขบัตรประชาชน {nid_w(p.nid, i)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {addr(a.reg, i + 1)}\nที่อยู่ปัจจุบัน {now_line(a, i)}\nเบอร์โทร {tel(a, i)}\n\n"
        f"ต้องเตรียมเอกสารอะไรไปยื่นบ้าง{ending(a.now)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    return Case(
        "plain_iphone_application", message(a, i, f"สมัครงาน {post(i)}", text=text), exp(a, ALL)
    )


def plain_cover_and_cv(a: Applicant, i: int) -> Case:
    """A cover mail with her CV pasted under it as text: sections, work history with the
    employer's address and phone, two references with their phones."""
    p = a.now.p
    level, school, done, gpa = grad(i + 1)
    emp, emp_addr, emp_tel = EMPLOYERS[i % 3]
    r1, r2 = REFS[i % 3], REFS[(i + 1) % 3]
    text = (
        f"เรียน หัวหน้าสำนักปลัด{TOWN}\n\n{me(a.now)}ขอสมัครงานในตำแหน่ง{post(i + 1)} โดยได้แนบประวัติย่อไว้ด้านล่างนี้ "
        f"หากมีโอกาสได้รับการพิจารณาจะขอบพระคุณเป็นอย่างสูง{ending(a.now)}\n\n"
        "---------- ประวัติส่วนตัว ----------\n"
        f"ชื่อ-สกุล: {a.name}\nวัน/เดือน/ปีเกิด: {born_th(p.born, i + 1)} (อายุ {age(a)} ปี)\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\nที่อยู่ปัจจุบัน: {now_line(a, i + 1)}\n"
        f"ภูมิลำเนา: {addr(a.reg, i)}\nโทรศัพท์: {tel(a, i + 1)}\nอีเมล: {p.email}\n\n"
        "---------- การศึกษา ----------\n"
        f"- {level} {school} ปีที่จบ {done} GPA {gpa}\n- มัธยมศึกษาตอนปลาย {SCHOOLS[2][0]} {SCHOOLS[2][1]}\n\n"
        "---------- ประสบการณ์ทำงาน ----------\n"
        f"- {2565 + i % 3} - ปัจจุบัน เจ้าหน้าที่ธุรการ {emp} {emp_addr} โทร {emp_tel}\n\n"
        "---------- บุคคลอ้างอิง ----------\n"
        f"1. {r1[0]} {r1[1]} {r1[2]} โทร {mobile(r1[3], i) if len(r1[3]) == 10 else r1[3]}\n"
        f"2. {r2[0]} {r2[1]} {r2[2]} โทร {mobile(r2[3], i + 1) if len(r2[3]) == 10 else r2[3]}\n"
    )
    return Case("plain_cover_and_cv", message(a, i, f"ใบสมัครงาน ตำแหน่ง{post(i + 1)} - {a.name}", text=text),
                exp(a, ALL))  # fmt: skip


def plain_work_certificate(a: Applicant, i: int) -> Case:
    """A former employee asks a work certificate: her staff number, post and dates of
    service, why (a bank loan, a new job), where to post it."""
    p = a.now.p
    text = (
        f"เรียน งานการเจ้าหน้าที่ สำนักปลัด{TOWN}\n\n{me(a.now)} {a.name} อดีตพนักงานจ้างทั่วไป ตำแหน่งคนงาน กองสวัสดิการสังคม "
        f"รหัสพนักงาน 62-{318 + i:04d} ปฏิบัติงานตั้งแต่วันที่ 1 ตุลาคม 2562 ถึงวันที่ 30 กันยายน 2568 "
        f"ขอหนังสือรับรองการทำงาน 1 ฉบับ เพื่อใช้ประกอบการสมัครงานใหม่{ending(a.now)}\n\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}\nกรุณาส่งทางไปรษณีย์ถึง {addr(a.now, i)}\n"
        f"หรือโทรแจ้งให้มารับเองได้ที่ {tel(a, i + 2)}\n\nขอบคุณ{ending(a.now)}\n{a.name}\n"
    )
    return Case("plain_work_certificate", message(a, i, "ขอหนังสือรับรองการทำงาน", text=text),
                exp(a, NO_BIRTH))  # fmt: skip


def plain_contract_renewal(a: Applicant, i: int) -> Case:
    """A temp whose contract ends asks to renew it: the contract's number and dates, her
    section's head and his phone, a line that her address has changed."""
    p = a.now.p
    text = (
        f"เรียน ปลัด{TOWN}\n\n{me(a.now)} {a.name} พนักงานจ้างทั่วไป ตำแหน่ง{post(i + 4)} กองช่าง สัญญาจ้างเลขที่ "
        f"{87 + i}/2568 ลงวันที่ 1 ตุลาคม 2568 จะครบกำหนดในวันที่ 30 กันยายน 2569 มีความประสงค์ขอต่อสัญญาจ้างอีก 1 ปี "
        f"โดยผ่านการประเมินผลการปฏิบัติงานแล้ว (ผู้บังคับบัญชา: นายอำนาจ พึ่งบุญ หัวหน้าฝ่ายการโยธา โทร 056-219-540)\n\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} วันเกิด {born_th(p.born, i)}\n"
        f"ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น {addr(a.now, i + 2)} (ที่อยู่ตามทะเบียนบ้าน {addr(a.reg, i)} ไม่เปลี่ยนแปลง)\n"
        f"มือถือ {tel(a, i + 3)}\n\nด้วยความเคารพ\n{a.name}\n"
    )
    return Case("plain_contract_renewal", message(a, i, "ขอต่อสัญญาจ้าง", text=text), exp(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_application(a: Applicant, i: int) -> Case:
    """Gmail (div lines): her lines, father's and mother's names, ages and work, the
    emergency contact with his mobile, military status and driving licence."""
    p = a.now.p
    cname, rel, cmob = a.contact
    mil = MILITARY[i % 3] if p.title == "นาย" else "-"
    lines = [f"เรียน เจ้าหน้าที่งานการเจ้าหน้าที่ {TOWN}", "",
             f"{me(a.now)}ขอส่งใบสมัครตำแหน่ง{post(i + 2)} และข้อมูลเบื้องต้นดังนี้{ending(a.now)}", "",
             f"ชื่อ-นามสกุล: {a.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}", f"วันเกิด: {born_th(p.born, i + 2)}",
             f"ที่อยู่ตามทะเบียนบ้าน: {addr(a.reg, i + 2)}", f"ที่อยู่ปัจจุบัน: {now_line(a, i + 2)}",
             f"มือถือ: {tel(a, i + 2)}", f"สถานภาพทางทหาร: {mil}",
             f"ใบอนุญาตขับรถยนต์ส่วนบุคคล เลขที่ {licence(i)}", "",
             f"บิดา: {a.father} อายุ {age(a) + 27} ปี อาชีพ เกษตรกร", f"มารดา: {a.mother} อายุ {age(a) + 24} ปี อาชีพ ค้าขาย",
             f"บุคคลที่ติดต่อได้กรณีฉุกเฉิน: {cname} ({rel}) โทร {mobile(cmob, i)}", "",
             f"ขอบคุณ{ending(a.now)}", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(a, i, f"สมัครงานตำแหน่ง{post(i + 2)}", text="\n".join(lines) + "\n", html=html)
    return Case("html_gmail_application", raw, exp(a, ALL))


def html_outlook_application_tables(a: Applicant, i: int) -> Case:
    """Outlook: a table of her details (registered and current home in rows), a table of
    education (schools, places, years, GPA), a table of work history (employers'
    addresses and phones); her signature with her mobile."""
    p = a.now.p
    level, school, done, gpa = grad(i + 2)
    td = '<td style="padding:0cm 5.4pt;border:solid windowtext 1.0pt"><p class="MsoNormal">'
    me_rows = [("ชื่อ-สกุล", a.name), ("วันเดือนปีเกิด", born_th(p.born, i)), ("อายุ", f"{age(a)} ปี"),
               ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("ที่อยู่ตามทะเบียนบ้าน", addr(a.reg, i + 1)),
               ("ที่อยู่ปัจจุบัน", now_line(a, i)), ("โทรศัพท์มือถือ", tel(a, i)), ("E-mail", p.email)]  # fmt: skip
    edu = [("ระดับ", "สถานศึกษา", "จังหวัด", "ปีที่จบ", "เกรดเฉลี่ย"), (level, school, NSW, done, gpa),
           ("มัธยมศึกษาตอนปลาย", SCHOOLS[2][0], NSW, "2558", "3.05")]  # fmt: skip
    work = [("ช่วงเวลา", "สถานที่ทำงาน", "ที่อยู่/โทรศัพท์", "ตำแหน่ง"),
            *[(f"{2560 + 2 * k}-{2562 + 2 * k}", e[0], f"{e[1]} โทร {e[2]}", ("พนักงานขาย", "เจ้าหน้าที่ธุรการ")[k])
              for k, e in enumerate(EMPLOYERS[:2])]]  # fmt: skip

    def table(rows: list[tuple[str, ...]]) -> str:
        return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
                + "".join("<tr>" + "".join(f"{td}{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</table>")  # fmt: skip

    paras = [f"เรียน งานการเจ้าหน้าที่ {TOWN}", "", f"ขอสมัครตำแหน่ง{post(i + 3)} รายละเอียดดังนี้{ending(a.now)}", "",
             "<b>ข้อมูลผู้สมัคร</b>", table(me_rows), "", "<b>ประวัติการศึกษา</b>", table(edu), "",
             "<b>ประวัติการทำงาน</b>", table(work), "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = f'<p class="MsoNormal">{a.name}<br>Mobile: {tel(a, i + 1)}</p>'
    raw = message(a, i, f"สมัครงาน ตำแหน่ง{post(i + 3)}", html=outlook_html(paras, sig))
    return Case("html_outlook_application_tables", raw, exp(a, ALL))


def html_jobboard_relay(a: Applicant, i: int) -> Case:
    """A job board relays an application from its no-reply box: the candidate's profile
    as a table (her box, her mobile), the post, the board's own address and line below."""
    p = a.now.p
    level, school, done, gpa = grad(i)
    rows = [("ตำแหน่งที่สมัคร", f"{post(i)} ({TOWN})"), ("ชื่อผู้สมัคร", a.name), ("อายุ", f"{age(a)} ปี"),
            ("วันเกิด", born_th(p.born, i + 1)), ("เลขบัตรประชาชน", nid_w(p.nid, i)),
            ("ที่อยู่ปัจจุบัน", addr(a.now, i + 1)), ("เบอร์โทรศัพท์", tel(a, i + 1)), ("อีเมล", p.email),
            ("การศึกษาสูงสุด", f"{level} - {school} (จบ {done}, GPA {gpa})"),
            ("เงินเดือนที่ต้องการ", "ตามโครงสร้างของหน่วยงาน")]  # fmt: skip
    t = "".join(
        f"<tr><td style='color:#666;width:160px'>{x}</td><td><b>{y}</b></td></tr>" for x, y in rows
    )
    html = ("<html><body style='font-family:Tahoma'><div style='background:#0a5;color:#fff;padding:8px'>หางานดีดอทคอม</div>"
            "<p>เรียน ผู้รับสมัคร</p><p>มีผู้สมัครงานผ่านเว็บไซต์ในประกาศของท่าน รายละเอียดดังนี้</p>"
            f"<table cellpadding='6'>{t}</table><p><a href='https://www.hangandee.example.com/resume/{9021 + i}'>ดูเรซูเม่ฉบับเต็ม</a></p>"
            "<hr><p style='font-size:11px;color:#888'>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ<br>"
            "บริษัท หางานดี จำกัด 999 อาคารเอ็มไพร์ ชั้น 30 ถนนสาทรใต้ แขวงยานนาวา เขตสาทร กรุงเทพมหานคร 10120 โทร 02-118-9900</p>"
            "</body></html>\n")  # fmt: skip
    raw = message(a, i, f"[หางานดี] มีผู้สมัครตำแหน่ง {post(i)}", html=html,
                  from_="หางานดี <no-reply@hangandee.example.com>")  # fmt: skip
    return Case("html_jobboard_relay", raw, exp(a, ALL))


def html_outlook_certificate_from_work(a: Applicant, i: int) -> Case:
    """A former employee, now at a private firm, asks a work certificate from her office
    Outlook: her dates of service and staff number, her home to post it to; the firm's
    signature (its address, its line, her extension) below."""
    p = a.now.p
    emp, emp_addr, emp_tel = EMPLOYERS[(i + 1) % 3]
    domain = ("nspmaterial", "pakphohospital", "chumsaengtrading")[(i + 1) % 3]
    box = f"{p.email.split('@')[0]}@{domain}.example.co.th"
    paras = [f"เรียน งานการเจ้าหน้าที่ {TOWN}", "",
             f"{me(a.now)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เคยปฏิบัติงานเป็นพนักงานจ้างตามภารกิจ "
             f"ตำแหน่ง{post(i + 1)} กองคลัง (รหัสพนักงาน 59-{207 + i:04d}) ตั้งแต่ 1 มิถุนายน 2559 ถึง 31 พฤษภาคม 2566",
             f"ขอความอนุเคราะห์ออกหนังสือรับรองการทำงาน เพื่อใช้ยื่นกู้เงินกับธนาคาร โดยส่งมาที่บ้าน {addr(a.now, i + 1)}",
             f"หรือตอบกลับทางอีเมลนี้ หากมีข้อสงสัยติดต่อ{me(a.now)}ได้ที่ {tel(a, i)}", "", "ขอบคุณมาก" + ending(a.now)]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>เจ้าหน้าที่ฝ่ายบุคคล | {emp}<br>{emp_addr}<br>'
           f"โทร {emp_tel} ต่อ {31 + i}</p>")  # fmt: skip
    raw = message(
        a,
        i,
        "ขอหนังสือรับรองการทำงาน",
        html=outlook_html(paras, sig),
        from_=f"{p.first} {p.last} <{box}>",
    )
    e = exp(a, NO_BIRTH)
    e["email"] = (box,)
    return Case("html_outlook_certificate_from_work", raw, e)


def html_gmail_renewal_with_contact(a: Applicant, i: int) -> Case:
    """A temp's renewal request from Gmail with a small table of what changed: her new
    current address, a new emergency contact and his mobile, her spouse."""
    p = a.now.p
    cname, rel, cmob = a.contact
    rows = [("ชื่อ-สกุล", a.name), ("เลขบัตรประชาชน", nid_w(p.nid, i)), ("ที่อยู่ปัจจุบัน (ใหม่)", addr(a.now, i)),
            ("ที่อยู่ตามทะเบียนบ้าน", addr(a.reg, i + 2)), ("เบอร์มือถือ", tel(a, i)),
            ("คู่สมรส", a.spouse or "-"), ("ผู้ติดต่อกรณีฉุกเฉิน", f"{cname} ({rel})"), ("เบอร์ผู้ติดต่อฉุกเฉิน", mobile(cmob, i + 1))]  # fmt: skip
    t = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in rows)
    html = (f'<div dir="ltr"><div>เรียน งานการเจ้าหน้าที่</div><div><br></div><div>{me(a.now)}ขอยื่นความประสงค์ต่อสัญญาจ้าง '
            f"ปีงบประมาณ 2570 ตำแหน่ง{post(i + 5)} (สัญญาเดิมเลขที่ {140 + i}/2568) และขอปรับปรุงข้อมูลประวัติดังนี้{ending(a.now)}</div>"
            f'<div><br></div><table border="1" cellspacing="0" cellpadding="4">{t}</table><div><br></div>'
            f"<div>ขอบคุณ{ending(a.now)}</div><div>{a.nick}</div></div>\n")  # fmt: skip
    raw = message(a, i, "ต่อสัญญาจ้าง และแก้ไขข้อมูลประวัติ", html=html)
    return Case("html_gmail_renewal_with_contact", raw, exp(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_town_form_table(a: Applicant, i: int) -> Case:
    """The town's ใบสมัคร as a Word table: label cells and value cells, her card's issue
    and expiry dates, both homes, parents and spouse with ages and work, education rows,
    the emergency contact."""
    p = a.now.p
    issued, expires = card_dates(a, i)
    level, school, done, gpa = grad(i + 1)
    cname, rel, cmob = a.contact

    def build(doc: Any) -> None:
        doc.add_paragraph(f"ใบสมัครสอบคัดเลือกพนักงานจ้าง {TOWN}")
        doc.add_paragraph(f"ตำแหน่งที่สมัคร {post(i)}")
        rows = [("ชื่อ-สกุล", a.name), ("วัน เดือน ปีเกิด", born_th(p.born, i)), ("อายุ", f"{age(a)} ปี"),
                ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันออกบัตร", issued), ("วันบัตรหมดอายุ", expires),
                ("ที่อยู่ตามทะเบียนบ้าน", addr(a.reg, i)), ("ที่อยู่ปัจจุบัน", now_line(a, i + 1)),
                ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email or "-"),
                ("ชื่อบิดา", f"{a.father} อายุ {age(a) + 29} ปี อาชีพ รับจ้าง"),
                ("ชื่อมารดา", f"{a.mother} อายุ {age(a) + 26} ปี อาชีพ แม่บ้าน"),
                ("ชื่อคู่สมรส", f"{a.spouse} อาชีพ ค้าขาย" if a.spouse else "-"),
                ("วุฒิการศึกษา", f"{level} {school} สำเร็จการศึกษาวันที่ {done} เกรดเฉลี่ย {gpa}"),
                ("บุคคลที่ติดต่อได้กรณีฉุกเฉิน", f"{cname} เกี่ยวข้องเป็น {rel} โทร {mobile(cmob, i)}")]  # fmt: skip
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = k, v
        doc.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")
        doc.add_paragraph(f"ลงชื่อ ........................ ผู้สมัคร ({a.name})")

    raw = message(a, i, f"ส่งใบสมัคร {post(i)}", text=f"เรียน เจ้าหน้าที่\nแนบใบสมัครที่กรอกแล้ว{ending(a.now)}\n",
                  files=(("ใบสมัคร_" + a.now.p.first + ".docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_town_form_table", raw, exp(a, ALL))


def docx_dotted_form(a: Applicant, i: int) -> Case:
    """The town's ใบสมัคร in numbered paragraphs, values typed over dotted lines:
    "1. ชื่อ ... อายุ ... ปี", the registered home in parts on one line, the current one on
    the next, the military line, references at the foot."""
    p = a.now.p
    r = a.reg.p
    ref = REFS[(i + 2) % 3]
    dots = "....."
    lines = [f"ใบสมัครงาน {TOWN}", f"ตำแหน่ง {dots}{post(i + 3)}{dots}",
             f"1. ชื่อ {dots}{a.name}{dots} ชื่อเล่น {dots}{a.nick}{dots} อายุ {dots}{age(a)}{dots} ปี",
             f"2. เกิดวันที่ {dots}{born_th(p.born, i)}{dots} สัญชาติ {dots}ไทย{dots} ศาสนา {dots}พุทธ{dots}",
             f"3. เลขประจำตัวประชาชน {dots}{nid_w(p.nid, i + 1)}{dots}",
             f"4. ที่อยู่ตามทะเบียนบ้าน เลขที่ {dots}{r.house}{dots} หมู่ที่ {dots}{r.moo or '-'}{dots} ตำบล {dots}{r.tambon}{dots} "
             f"อำเภอ {dots}{r.amphoe}{dots} จังหวัด {dots}{r.province}{dots} รหัสไปรษณีย์ {dots}{r.postal}{dots}",
             f"5. ที่อยู่ปัจจุบัน {dots}{now_line(a, i)}{dots}",
             f"6. โทรศัพท์มือถือ {dots}{tel(a, i + 1)}{dots} E-mail {dots}{p.email or '-'}{dots}",
             f"7. สถานภาพทางทหาร {dots}{MILITARY[i % 3] if p.title == 'นาย' else 'ไม่มี (หญิง)'}{dots}",
             f"8. บุคคลอ้างอิง {dots}{ref[0]}{dots} ตำแหน่ง {dots}{ref[1]} {ref[2]}{dots} โทร {dots}{ref[3]}{dots}",
             "ข้าพเจ้าขอรับรองว่าข้อความดังกล่าวข้างต้นเป็นความจริง", f"ลงชื่อ{dots}ผู้สมัคร", f"({a.name})"]  # fmt: skip

    def build(doc: Any) -> None:
        for line in lines:
            doc.add_paragraph(line)

    raw = message(a, i, "ใบสมัครงาน", text=f"ส่งใบสมัคร{ending(a.now)}\n",
                  files=(("ใบสมัครงาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = exp(a, ALL if p.email else NO_MAIL)
    return Case("docx_dotted_form", raw, e)


def docx_cv_two_columns(a: Applicant, i: int) -> Case:
    """A CV made in Word as one table of two columns: the left a sidebar (CONTACT: phone,
    e-mail, address; PERSONAL: birth date, ID), the right her education, work and
    references with their phones."""
    p = a.now.p
    level, school, done, gpa = grad(i + 2)
    emp, emp_addr, emp_tel = EMPLOYERS[(i + 2) % 3]
    r1 = REFS[i % 3]
    left = ["CONTACT", f"โทร {tel(a, i + 2)}", p.email, f"ที่อยู่ {addr(a.now, i)}", "",
            "ข้อมูลส่วนตัว", f"วันเกิด {born_th(p.born, i + 1)}", f"เลขบัตร {nid_w(p.nid, i + 2)}",
            f"สถานภาพ {'สมรส' if a.spouse else 'โสด'}", "ทักษะ: Microsoft Office, พิมพ์ดีดไทย 45 คำ/นาที"]  # fmt: skip
    right = [a.name, f"ตำแหน่งที่สนใจ: {post(i + 1)}", "", "การศึกษา", f"{done}  {level}", f"{school} ({SCHOOLS[0][1]}) GPA {gpa}", "",
             "ประสบการณ์ทำงาน", f"{2564 + i % 2} - 2569  {emp}", f"{emp_addr} โทร {emp_tel}", "",
             "บุคคลอ้างอิง", f"{r1[0]} ({r1[1]}, {r1[2]})", f"โทร {r1[3]}"]  # fmt: skip

    def build(doc: Any) -> None:
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "\n".join(left)
        t.cell(0, 1).text = "\n".join(right)

    raw = message(a, i, f"CV {a.name}", text=f"เรียน ผู้รับสมัคร\nแนบ CV ประกอบการสมัครตำแหน่ง{post(i + 1)}{ending(a.now)}\n",
                  files=((f"CV_{p.first}.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cv_two_columns", raw, exp(a, ALL))


def docx_certificate_request_form(a: Applicant, i: int) -> Case:
    """The town's คำขอหนังสือรับรองการทำงาน filled in Word: ข้าพเจ้า line, the post she
    held, her dates, what for, her address and phone for the answer."""
    p = a.now.p
    lines = ["คำขอหนังสือรับรองการทำงาน", f"เขียนที่ {addr(a.now, i + 2)}", f"วันที่ {7 + i % 20} ธันวาคม 2569",
             f"เรียน {MAYOR}",
             f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
             f"อยู่บ้านเลขที่ {addr(a.now, i)} โทรศัพท์ {tel(a, i)}",
             f"เคยเป็นลูกจ้างประจำ/พนักงานจ้าง ตำแหน่ง {post(i + 2)} สังกัด กองการศึกษา ตั้งแต่วันที่ 16 พฤษภาคม 2557 "
             f"ถึงวันที่ 15 พฤษภาคม 2567 รวม 10 ปี เลขที่ประจำตัวพนักงาน {5700 + 13 * i}",
             "มีความประสงค์ขอหนังสือรับรองการทำงาน จำนวน 2 ฉบับ เพื่อ ใช้สมัครงาน",
             "ลงชื่อ ....................... ผู้ยื่นคำขอ", f"({a.name})"]  # fmt: skip

    def build(doc: Any) -> None:
        for line in lines:
            doc.add_paragraph(line)

    raw = message(a, i, "คำขอหนังสือรับรองการทำงาน", text=f"แนบคำขอ{ending(a.now)}\n",
                  files=(("คำขอหนังสือรับรอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_certificate_request_form", raw, exp(a, ALL))


def docx_cover_letter(a: Applicant, i: int) -> Case:
    """A formal cover letter in Word: her current home as the sender's block top right
    (no label), the date, the post, her ID and birth date in the body, her mobile at the
    foot; her parents' home named as her registered one in a sentence."""
    p = a.now.p

    def build(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        for line in (
            heads(a.now)[i % len(heads(a.now))],
            f"{provinces(p)[0]} {p.postal}",
            f"{3 + i % 5} ธันวาคม 2569",
        ):
            doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for line in (f"เรื่อง ขอสมัครเข้ารับการคัดเลือกเป็นพนักงานจ้าง ตำแหน่ง{post(i + 4)}", f"เรียน {MAYOR}",
                     f"ด้วยข้าพเจ้า {a.name} เกิดวันที่ {born_th(p.born, i + 2)} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                     f"มีภูมิลำเนาตามทะเบียนบ้านเลขที่ {addr(a.reg, i + 1)} ปัจจุบันพักอาศัยอยู่ตามที่อยู่ข้างต้น "
                     f"มีความประสงค์ขอสมัครเข้ารับการคัดเลือกในตำแหน่งดังกล่าว โดยแนบสำเนาวุฒิการศึกษาและใบรับรองแพทย์มาด้วยแล้ว",
                     f"หากได้รับการพิจารณา กรุณาติดต่อข้าพเจ้าที่หมายเลข {tel(a, i + 1)}",
                     "ขอแสดงความนับถือ", f"({a.name})"):  # fmt: skip
            doc.add_paragraph(line)

    raw = message(a, i, "หนังสือสมัครงาน", text=f"เรียน งานการเจ้าหน้าที่\nแนบหนังสือสมัครงาน{ending(a.now)}\n",
                  files=(("หนังสือสมัครงาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cover_letter", raw, exp(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_canva_cv(a: Applicant, i: int) -> Case:
    """A CV from Canva as PDF: her name large at the top, a left column (CONTACT, PERSONAL
    in English headings, her values under them), a right column (EDUCATION, EXPERIENCE,
    REFERENCE) at the same heights."""
    p = a.now.p
    level, school, done, gpa = grad(i)
    emp, emp_addr, emp_tel = EMPLOYERS[i % 3]
    ref = REFS[(i + 1) % 3]
    short = p.rest(short=True).split(" ")
    street = " ".join(w for w in short if not w.startswith(("ต.", "อ.", "แขวง", "เขต")))
    area = " ".join(w for w in short if w.startswith(("ต.", "อ.", "แขวง", "เขต")))
    left = ["CONTACT", tel(a, i + 3), p.email, f"{p.house} {street}".strip(), area, f"{provinces(p)[1]} {p.postal}", "",
            "PERSONAL", f"Birth {born_th(p.born, i + 1)}", f"ID {nid_w(p.nid, i + 1)}", f"Age {age(a)}"]  # fmt: skip
    right = ["EDUCATION", level, f"{school} | {done}", f"GPA {gpa}", "", "EXPERIENCE", f"{emp}",
             emp_addr, f"Tel {emp_tel}", "", "REFERENCE", f"{ref[0]} {ref[1]}", f"Tel {ref[3]}"]  # fmt: skip
    texts = [(15, 22, a.name), (15, 32, f"Applying for {post(i + 2)}")]
    texts += [(15, 48 + 8 * k, t) for k, t in enumerate(left) if t]
    texts += [(85, 48 + 8 * k, t) for k, t in enumerate(right) if t]
    data = pdf_page(texts, size=10, face="Kinnari")
    raw = message(a, i, f"Resume - {a.name}", text=f"สวัสดี{ending(a.now)} แนบเรซูเม่สมัครงาน{ending(a.now)}\n",
                  files=(("Resume.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_canva_cv", raw, exp(a, ALL))


def pdf_fillable_application(a: Applicant, i: int) -> Case:
    """The town's ใบสมัคร as a fillable PDF (fields Text1..Text16 made in Acrobat): her
    lines, the registered home and the current one each in one box, the emergency
    contact and his phone, her driving licence."""
    p = a.now.p
    cname, rel, cmob = a.contact
    labels = [(60, 18, f"ใบสมัครพนักงานจ้าง {TOWN}"), (20, 30, "ตำแหน่งที่สมัคร"), (20, 40, "ชื่อ-สกุล"), (130, 40, "ชื่อเล่น"),
              (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "วันเดือนปีเกิด"), (120, 60, "อายุ"), (20, 70, "ที่อยู่ตามทะเบียนบ้าน"),
              (20, 80, "ที่อยู่ปัจจุบัน"), (20, 90, "โทรศัพท์มือถือ"), (110, 90, "อีเมล"), (20, 100, "ใบอนุญาตขับขี่เลขที่"),
              (20, 110, "บุคคลที่ติดต่อได้กรณีฉุกเฉิน"), (20, 120, "ความเกี่ยวข้อง"), (100, 120, "โทรศัพท์"),
              (20, 140, "ลงชื่อ ............................ ผู้สมัคร")]  # fmt: skip
    vals = [(post(i + 1), 50, 30, 100), (a.name, 40, 40, 85), (a.nick, 145, 40, 30), (nid_w(p.nid, i), 55, 50, 60),
            (born_th(p.born, i), 45, 60, 60), (str(age(a)), 130, 60, 15), (addr(a.reg, i), 60, 70, 135),
            (now_line(a, i + 1), 45, 80, 150), (tel(a, i), 50, 90, 50), (p.email or "-", 122, 90, 70),
            (licence(i + 3), 55, 100, 40), (cname, 70, 110, 80), (rel, 45, 120, 40), (mobile(cmob, i), 118, 120, 45)]  # fmt: skip
    fields = [Field(f"Text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "ใบสมัคร (PDF กรอกแล้ว)", text=f"เรียน งานการเจ้าหน้าที่\nส่งใบสมัครแบบ PDF{ending(a.now)}\n{a.name}\n",
                  files=(("application_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_application", raw, exp(a, ALL if p.email else NO_MAIL))


def pdf_word_application(a: Applicant, i: int) -> Case:
    """The town's ใบสมัคร typed in Word and saved as PDF: label-value lines, both homes,
    parents, spouse, education with a graduation date, work with an employer's phone."""
    p = a.now.p
    level, school, done, gpa = grad(i + 1)
    emp, emp_addr, emp_tel = EMPLOYERS[(i + 2) % 3]
    paras = [(60, f"ใบสมัครงาน {TOWN}"), (20, f"ตำแหน่งที่สมัคร {post(i)}"), (0, ""),
             (20, f"ชื่อ-สกุล {a.name}  อายุ {age(a)} ปี"), (20, f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}"),
             (20, f"วันเดือนปีเกิด {born_th(p.born, i + 2)}"),
             (20, f"ที่อยู่ตามทะเบียนบ้าน {addr(a.reg, i + 2)}"), (20, f"ที่อยู่ปัจจุบัน {now_line(a, i + 1)}"),
             (20, f"โทรศัพท์ {tel(a, i + 2)}  อีเมล {p.email or '-'}"), (0, ""),
             (20, f"บิดา {a.father} อาชีพ ข้าราชการบำนาญ  มารดา {a.mother} อาชีพ ค้าขาย"),
             (20, f"คู่สมรส {a.spouse or '-'}"), (0, ""),
             (20, f"การศึกษา {level} {school} จบเมื่อ {done} เกรดเฉลี่ย {gpa}"),
             (20, f"ประวัติการทำงาน {emp} {emp_addr} โทร {emp_tel}"), (0, ""),
             (100, "ลงชื่อ ........................ ผู้สมัคร"), (110, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, f"ใบสมัครงาน {a.name}", text=f"แนบใบสมัคร (PDF){ending(a.now)}\n",
                  files=(("ใบสมัคร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_word_application", raw, exp(a, ALL if p.email else NO_MAIL))


def pdf_certificate_letter(a: Applicant, i: int) -> Case:
    """A former employee's letter from Word to PDF asking a work certificate, for a
    visa: her sender's block top right over two lines, her dates of service, staff
    number, her ID; her mobile at the foot."""
    p = a.now.p
    paras = [(115, heads(a.now)[(i + 1) % len(heads(a.now))]), (115, f"{provinces(p)[0]} {p.postal}"), (115, f"{9 + i % 15} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอหนังสือรับรองการทำงาน (ภาษาอังกฤษ)"), (20, f"เรียน ปลัด{TOWN}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เคยปฏิบัติงานในตำแหน่ง{post(i + 3)} "
                  f"กองสาธารณสุขและสิ่งแวดล้อม รหัสพนักงาน 58-{91 + i:04d} ระหว่างวันที่ 1 กรกฎาคม 2558 ถึงวันที่ 30 มิถุนายน 2565 "
                  "มีความประสงค์ขอหนังสือรับรองการทำงานฉบับภาษาอังกฤษ เพื่อประกอบการยื่นขอวีซ่า"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 2)}"), (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8), size=14, face="Norasi")
    raw = message(a, i, "ขอหนังสือรับรองการทำงาน", text=f"แนบหนังสือ{ending(a.now)}\n",
                  files=(("request_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_certificate_letter", raw, exp(a, NO_BIRTH))


# --- sheets ---------------------------------------------------------------------------------


def xlsx_college_nominee(a: Applicant, i: int) -> Case:
    """A college's guidance teacher sends the sheet of its nominee for a post (header row,
    one row for her: ID, birth date, GPA, graduation date, both homes, her mobile), the
    teacher's own name, mobile and box at the foot and in the mail."""
    p = a.now.p
    t_name, t_pos, t_mob, t_box = TEACHER
    _level, school, done, gpa = grad(1)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้สมัคร"
        ws.append((f"รายชื่อนักศึกษาที่เสนอเข้ารับการคัดเลือก ตำแหน่ง{post(i + 5)} {TOWN}",))
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "สาขา", "GPA", "วันที่จบ",
                   "ที่อยู่ตามทะเบียนบ้าน", "ที่อยู่ปัจจุบัน", "เบอร์โทร"))  # fmt: skip
        ws.append((1, a.name, nid_w(p.nid, i), born_th(p.born, i + 1), "คอมพิวเตอร์ธุรกิจ", float(gpa), done,
                   addr(a.reg, i), now_line(a, i), tel(a, i)))  # fmt: skip
        ws.append(())
        ws.append((f"ผู้ประสานงาน {t_name} {t_pos} {school} โทร {mobile(t_mob, i)} {t_box}",))

    raw = message(a, i, f"ส่งรายชื่อนักศึกษาสมัครงาน ตำแหน่ง{post(i + 5)}",
                  text=f"เรียน งานการเจ้าหน้าที่\nวิทยาลัยขอเสนอนักศึกษาตามไฟล์แนบค่ะ\n\n{t_name}\n{t_pos}\n",
                  files=(("รายชื่อผู้สมัคร.xlsx", xlsx_bytes(build), XLSX),), from_=f"{t_name} <{t_box}>")  # fmt: skip
    return Case(
        "xlsx_college_nominee",
        raw,
        exp(a, "full_name national_id birth_date phone address postal_code province"),
    )


def xlsx_profile_two_sheets(a: Applicant, i: int) -> Case:
    """Her own profile sheet: labels in A, values in B on the first sheet (both homes,
    her mobile, her box, the emergency contact), her education and work on a second."""
    p = a.now.p
    cname, rel, cmob = a.contact
    level, school, done, gpa = grad(i)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ประวัติส่วนตัว"
        for r in (("ชื่อ-สกุล", a.name), ("วันเกิด", born_th(p.born, i)), ("เลขบัตรประชาชน", nid_w(p.nid, i + 1)),
                  ("ที่อยู่ตามทะเบียนบ้าน", addr(a.reg, i + 1)), ("ที่อยู่ปัจจุบัน", now_line(a, i + 2)),
                  ("มือถือ", tel(a, i + 1)), ("อีเมล", p.email or "-"), ("ผู้ติดต่อฉุกเฉิน", f"{cname} ({rel})"),
                  ("โทรผู้ติดต่อฉุกเฉิน", mobile(cmob, i))):  # fmt: skip
            ws.append(r)
        ws2 = book.create_sheet("การศึกษาและการทำงาน")
        ws2.append(("ปี", "สถานศึกษา/ที่ทำงาน", "รายละเอียด", "โทร"))
        ws2.append((done, school, f"{level} GPA {gpa}", "056-219-100"))
        for k, (emp, emp_addr, emp_tel) in enumerate(EMPLOYERS[:2]):
            ws2.append((f"{2565 + k}", emp, emp_addr, emp_tel))

    raw = message(a, i, f"ประวัติผู้สมัคร {a.name}", text=f"แนบประวัติ (Excel){ending(a.now)}\n",
                  files=(("profile.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_profile_two_sheets", raw, exp(a, ALL if p.email else NO_MAIL))


Style = Callable[[Applicant, int], Case]

# Each style and the two applicants (indexes into PEOPLE) of its variants.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_application, (0, 6)),
    (plain_cover_and_cv, (3, 9)),
    (plain_work_certificate, (7, 10)),
    (plain_contract_renewal, (5, 2)),
    (html_gmail_application, (1, 4)),
    (html_outlook_application_tables, (11, 8)),
    (html_jobboard_relay, (4, 0)),
    (html_outlook_certificate_from_work, (2, 9)),
    (html_gmail_renewal_with_contact, (8, 7)),
    (docx_town_form_table, (6, 3)),
    (docx_dotted_form, (10, 5)),
    (docx_cv_two_columns, (9, 11)),
    (docx_certificate_request_form, (10, 2)),
    (docx_cover_letter, (1, 4)),
    (pdf_canva_cv, (11, 3)),
    (pdf_fillable_application, (5, 1)),
    (pdf_word_application, (0, 10)),
    (pdf_certificate_letter, (7, 8)),
    (xlsx_college_nominee, (6, 3)),
    (xlsx_profile_two_sheets, (9, 1)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[s.__name__.split("_")[0]]
    for s, _ in STYLES
}  # fmt: skip

REQUEST: dict[str, str] = {
    s.__name__: ("certificate" if "certificate" in s.__name__ else
                 "renewal" if "renewal" in s.__name__ else "application")
    for s, _ in STYLES
}  # fmt: skip


def build_set() -> list[Case]:
    """Each style for its two applicants."""
    return [
        style(PEOPLE[n], 2 * s + k)
        for s, (style, pair) in enumerate(STYLES)
        for k, n in enumerate(pair)
    ]
