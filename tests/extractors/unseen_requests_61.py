"""A sixty-first set of requests written by someone who had not read the readers (issue 8):
A MUNICIPALITY'S EDUCATION DESK (กองการศึกษา เทศบาลเมืองชุมแพ, Khon Kaen). Parents and
grandparents enrolling a small child at the ศูนย์พัฒนาเด็กเล็ก (the child's name, birth
date, ID, blood group, allergies; the mother's and father's blocks), asking a school
transfer (ย้ายโรงเรียน) with the child's student number, claiming the uniform allowance for
several children, complaining about a school bus driver (his name and phone); a student
of 17 applying for a scholarship herself; teachers asking to use the municipal hall or
sending the lunch-fund list of their class. Full of SECOND AND THIRD PEOPLE with complete
particulars (a child, the other parent, a grandparent, a driver, a school director) and
of numbers like fields: student numbers (เลขประจำตัวนักเรียน), class numbers (เลขที่),
school codes (รหัสสถานศึกษา, 10 digits), G-numbers, plate numbers, incomes, GPAs.
Kinds: plain (phone mail apps, a LINE chat pasted), HTML (Gmail, Outlook, the town's web
form from no-reply), Word (the ศพด. enrolment form, a school's letter ที่ ศธ ..., a claim
table, a hall request form), PDF (fillable forms, typed letters), xlsx (a class's
lunch-fund list, a parent's uniform claim).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the tests
and builders of sets 59 and 60, the helpers they import, and the earlier sets' first
docstrings).

Conventions (written down before any run): what the education desk's clerk keeps.
- The APPLICANT is the adult who asks: the parent or grandparent who enrols, asks the
  transfer, claims the allowance or complains (the one who fills the form and signs as
  ผู้ปกครอง/ผู้ยื่นคำขอ), never the child. The scholarship's applicant IS the student of
  17 (she applies for herself: ผู้สมัคร), never her father or mother. A teacher who asks for
  the hall or sends her class's list is the applicant; the children in a list never.
  WHO says it per style.
- The child, the other parent, a grandparent who does not fill, the driver, the school's
  director or officer: their name, ID, birth date, phone, box, workplace never the
  applicant's.
- A student number, a class number, a school code (10 digits), a G-number, a plate, an
  income, a GPA, a passport or birth certificate number is never a phone or an ID.
- birth_date: the applicant's only where given; where only the child's (or the other
  parent's) is given, `()`: no value or a flagged one is right, the child's is wrong.
- address: where the applicant lives; the school's, the new school's, the hall's, the
  other parent's workplace never. Accepted as set 56's `addresses`: house number to the
  อำเภอ/เขต, written out or short, with or without เลขที่/บ้านเลขที่, with or without the
  province and postal code; province and postal code of that address.
- phone, email: the applicant's where given; a teacher's named box at the school is hers;
  no-reply, the school's line, the other parent's mobile never.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together.
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
from unseen_requests_56 import P, Party, exp, home, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "education@chumphae.example.go.th"
TOWN = "เทศบาลเมืองชุมแพ"
EDU = "กองการศึกษา เทศบาลเมืองชุมแพ"
MAYOR = "นายกเทศมนตรีเมืองชุมแพ"
CDC = "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองชุมแพ"
KK = "ขอนแก่น"
BKK = "กรุงเทพมหานคร"

# Applicants: parents, grandparents, students of 17 (indexes 11, 14), teachers (12, 13).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "พรทิพย์", "สุวรรณศรี", "340990021356", date(1992, 2, 14), "0812274590", "porntip.sws@gmail.com",
      "88", "5", "", "", "หนองไผ่", "ชุมแพ", KK, "40130"),
    P("นาย", "สมชาย", "ภูมิพันธ์", "340990048812", date(1988, 7, 3), "0896631247", "somchai.pp88@hotmail.com",
      "142/3", "", "", "มะลิวัลย์", "ชุมแพ", "ชุมแพ", KK, "40130"),
    P("นาง", "บัวผัน", "ศรีบุญเรือง", "340990003417", date(1961, 10, 22), "0857716203", "",
      "17", "9", "", "", "ขัวเรียง", "ชุมแพ", KK, "40130"),
    P("นางสาว", "ศิริพร", "แสนทวีสุข", "140990027784", date(1996, 5, 9), "0639924118", "siriporn.stw@gmail.com",
      "5/2", "2", "", "", "ไชยสอ", "ชุมแพ", KK, "40130"),
    P("นาย", "อนุชา", "คำภูแก้ว", "340990036627", date(1985, 12, 1), "0914425873", "anucha.kpk@gmail.com",
      "301", "11", "", "", "หนองไผ่", "ชุมแพ", KK, "40130"),
    P("นาง", "จิราภรณ์", "ทองมา", "340010055213", date(1990, 3, 30), "0825507714", "jiraporn.tm90@gmail.com",
      "59/8", "", "", "ศรีจันทร์", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
    P("นาย", "ทองใบ", "พลศักดิ์", "340990012095", date(1957, 4, 18), "0869913385", "",
      "23", "4", "", "", "ไชยสอ", "ชุมแพ", KK, "40130"),
    P("นาง", "วนิดา", "เชื้อชัย", "310200061143", date(1987, 9, 25), "0947718265", "wanida.cc87@yahoo.com",
      "77/15", "", "รามอินทรา 40", "รามอินทรา", "นวลจันทร์", "บึงกุ่ม", BKK, "10230"),
    P("นาย", "ไพบูลย์", "ศรีชมภู", "340990059931", date(1983, 1, 11), "0819906472", "paiboon.scp@gmail.com",
      "9", "7", "", "", "ขัวเรียง", "ชุมแพ", KK, "40130"),
    P("นาง", "อัมพร", "บุตรดี", "341990017728", date(1979, 8, 6), "0872230961", "amporn.bd@gmail.com",
      "66", "3", "", "", "ภูเวียง", "ภูเวียง", KK, "40150"),
    P("นาง", "สำลี", "มาตย์วิเศษ", "340990001284", date(1955, 6, 12), "0884417320", "",
      "4", "6", "", "", "หนองไผ่", "ชุมแพ", KK, "40130"),
    P("นางสาว", "ณัฐธิดา", "วงศ์คำจันทร์", "140990088246", date(2009, 3, 21), "0652218097", "natthida.wkc09@gmail.com",
      "120", "8", "", "", "ชุมแพ", "ชุมแพ", KK, "40130"),
    P("นางสาว", "กนกวรรณ", "ศรีสว่าง", "340990070415", date(1989, 11, 15), "0931184562", "kanokwan.s@chumphaemun.example.ac.th",
      "45/1", "", "", "หน้าเมือง", "ชุมแพ", "ชุมแพ", KK, "40130"),
    P("นาย", "ธนวัฒน์", "บุญมาก", "340990066852", date(1982, 2, 2), "0845520913", "thanawat.b@chumphaemun.example.ac.th",
      "210", "1", "", "", "ไชยสอ", "ชุมแพ", KK, "40130"),
    P("นางสาว", "ปภาวรินทร์", "โคตรชมภู", "140990091173", date(2009, 8, 30), "0987724516", "papawarin.kc@gmail.com",
      "33/4", "10", "", "", "นาเพียง", "ชุมแพ", KK, "40130"),
)  # fmt: skip

SCHOOL = "โรงเรียนเทศบาล 1 (บ้านชุมแพ)"
SCHOOL_CODE = "1040130001"
SCHOOL_AT = "99 ถนนมะลิวัลย์ ตำบลชุมแพ อำเภอชุมแพ จังหวัดขอนแก่น 40130 โทร 043-311-245"
NEW_SCHOOLS = (
    ("โรงเรียนวัดบางบัว", "1010720035", "ถนนพหลโยธิน แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร 10220"),
    ("โรงเรียนบ้านโนนทัน", "1040010126", "ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    ("โรงเรียนอนุบาลภูเวียง", "1040150011", "ตำบลภูเวียง อำเภอภูเวียง จังหวัดขอนแก่น 40150"),
)
BLOOD = ("โอ", "เอ", "บี", "เอบี")
ALLERGY = ("แพ้นมวัว", "ไม่มี", "แพ้กุ้ง อาหารทะเล", "แพ้ยาเพนิซิลลิน")
JOBS = (
    ("พนักงานบริษัท", "บริษัท ชุมแพค้าไม้ จำกัด 12 หมู่ 3 ต.หนองไผ่ อ.ชุมแพ จ.ขอนแก่น 40130"),
    ("รับจ้างก่อสร้าง", "ไซต์งานก่อสร้างหมู่บ้านพฤกษา ถ.รามอินทรา เขตบางเขน กรุงเทพฯ 10220"),
    ("ค้าขาย", "ตลาดสดเทศบาลเมืองชุมแพ ถ.มะลิวัลย์ ต.ชุมแพ อ.ชุมแพ"),
    ("ทหาร", "กองพันทหารราบที่ 3 ค่ายศรีพัชรินทร อ.เมืองขอนแก่น จ.ขอนแก่น 40000"),
)


def child(a: Party, k: int, age: int = 3) -> tuple[str, str, date, str]:
    """A child of the family: name, ID (opens 1: born in Thailand), birth date, nickname."""
    firsts = (("ด.ญ.", "ปวีณ์ธิดา", "น้องมะปราง"), ("ด.ช.", "ธนภัทร", "น้องภูมิ"), ("ด.ญ.", "ณิชาภัทร", "น้องใบเตย"),
              ("ด.ช.", "กฤตภาส", "น้องไทม์"), ("ด.ญ.", "อชิรญา", "น้องขิม"))  # fmt: skip
    t, f, nick = firsts[k % len(firsts)]
    last = a.p.last
    born = date(2026 - age, 1 + (k * 5) % 12, 2 + (k * 7) % 26)
    nid = with_check_digit(f"1{40990 + k % 7}{(k * 8123 + 300017) % 1000000:06d}")
    return f"{t}{f} {last}", nid, born, nick


def spouse(a: Party, k: int) -> tuple[str, str, date, str]:
    """The other parent: name, ID, birth date, mobile (never the applicant's)."""
    p = a.p
    mother = p.title == "นาย"
    first = ("สุภาวดี", "รัตนา", "เพ็ญศรี")[k % 3] if mother else ("สมศักดิ์", "วิทยา", "ประยุทธ")[k % 3]
    title = "นาง" if mother else "นาย"
    nid = with_check_digit(f"34099{(k * 4409 + 21003) % 10000000:07d}")
    born = date(1984 + k % 9, 1 + (k * 3) % 12, 1 + (k * 11) % 27)
    mob = f"09{(k * 3 + 2) % 10}{(k * 7654319 + 1234577) % 10**7:07d}"
    return f"{title}{first} {p.last}", nid, born, mob


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def student_no(k: int) -> str:
    return f"{(k * 389 + 10457) % 100000:05d}"


def message(a: Party, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.p
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 11, (7 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set61-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def expect(a: Party, keys: str, *, born: bool = False) -> dict[str, tuple[str, ...]]:
    """What a clerk keeps of the applicant; no e-mail where she has none; birth_date `()`
    where only another's (a child's) is given and hers is not (`born` False)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    if not born:
        e["birth_date"] = ()
    return e


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def rel(a: Party) -> str:
    """The applicant's tie to the child."""
    p = a.p
    if p.born.year < 1970:
        return "ตา" if p.title == "นาย" else "ยาย"
    return "บิดา" if p.title == "นาย" else "มารดา"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_cdc_enrol_mother": "the mother who enrols (her lines after the child's); never the child or father",
    "plain_line_chat_grandma": "the grandmother who enrols (ผู้ปกครอง); never the mother in Bangkok or the child",
    "plain_transfer_father": "the father who asks the transfer; never the son, the new school",
    "plain_bus_driver_complaint": "the parent who complains; never the driver (name, phone, plate)",
    "plain_scholarship_student": "the student of 17 herself; never her mother's block",
    "html_gmail_uniform_children": "the parent who claims; never the children in the table",
    "html_outlook_teacher_hall": "the teacher who asks; never the school's line, address, director",
    "html_webform_cdc_enrol": "the one who fills (ผู้กรอก row: the father or grandfather); never the child or mother",
    "html_gmail_reply_transfer": "the grandfather replying; never the school's quoted officer or the child",
    "html_outlook_bus_complaint_father": "the father who complains; never the driver, the owner of the van",
    "docx_cdc_enrol_form": "the ผู้ยื่นคำขอ at the end (a parent or a grandmother); never the child's or other parent's block",
    "docx_school_letter_forward": "the mother who sends the school's letter; never the student, the director",
    "docx_uniform_claim_table": "the parent (ผู้ปกครอง); never a child's row",
    "docx_hall_request_form": "the teacher who asks for the hall; never the school's address",
    "pdf_fillable_scholarship": "the student (ผู้สมัคร) herself; never the guardian's block",
    "pdf_fillable_cdc_textn": "the parent who fills (after the child's fields); never the child",
    "pdf_typed_bus_complaint": "the mother who writes; never the driver",
    "pdf_typed_transfer_request": "the parent who asks the transfer; never the child, the new school",
    "xlsx_lunch_fund_list": "the teacher who sends the list; never a child or a parent in the rows",
    "xlsx_uniform_claim_parent": "the parent at the head; never the children in the rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_cdc_enrol_mother(a: Party, i: int) -> Case:
    """A mother enrols her child at the ศพด. from her phone: the child's block first
    (name, ID, birth date, blood group, allergy), the father's (name, ID, job, mobile),
    then her own lines."""
    p = a.p
    c_name, c_id, c_born, nick = child(a, i, 2 + i % 2)
    f_name, f_id, _, f_mob = spouse(a, i)
    job, work = JOBS[i % 4]
    text = (
        f"เรียน หัวหน้า{CDC}\n\n{me(a)}ขอสมัครให้ลูกเข้าเรียนที่ศูนย์ฯ ภาคเรียนที่ 2/2569{ending(a)}\n\n"
        f"ข้อมูลเด็ก\nชื่อ {c_name} ({nick})\nเลขประจำตัวประชาชน {nid_w(c_id, i)}\nเกิดวันที่ {born_th(c_born, i)}\n"
        f"กรุ๊ปเลือด {BLOOD[i % 4]}\nโรคประจำตัว/แพ้อาหาร {ALLERGY[i % 4]}\n\n"
        f"บิดา {f_name} เลขบัตร {nid_w(f_id, i + 1)} อาชีพ {job} ที่ทำงาน {work} โทร {mobile(f_mob, i)}\n\n"
        f"มารดา (ผู้สมัคร) {a.name}\nเลขบัตร {nid_w(p.nid, i + 2)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    return Case("plain_cdc_enrol_mother", message(a, i, f"สมัครเรียน ศพด. {nick}", text=text),
                expect(a, ALL))  # fmt: skip


def plain_line_chat_grandma(a: Party, i: int) -> Case:
    """A grandmother's enrolment pasted from a LINE chat by the family's phone: lines with
    times and senders, the child's block, the mother working in Bangkok (her mobile), then
    the grandmother's own lines as ผู้ปกครอง."""
    p = a.p
    c_name, c_id, c_born, nick = child(a, i + 1, 3)
    m_name, m_id, _, m_mob = spouse(PEOPLE[1], i)  # a woman's name: the child's mother
    m_name = m_name.rsplit(" ", 1)[0] + f" {p.last}"
    text = (
        f"[LINE] ประวัติการแชทกับ ศพด.เทศบาลชุมแพ\nวันที่บันทึก: {thai_day(date(2026, 12, 1 + i % 5))}\n\n"
        f"09:12\tยาย{p.first}\tสวัสดีค่ะ ขอสมัครหลานเข้าศูนย์เด็กเล็กค่ะ\n"
        "09:13\tครูแอน ศพด.\tได้ค่ะ ส่งข้อมูลเด็กกับผู้ปกครองมาได้เลยค่ะ\n"
        f"09:20\tยาย{p.first}\tชื่อเด็ก {c_name} ชื่อเล่น {nick.replace('น้อง', '')}\n"
        f"09:20\tยาย{p.first}\tเลขบัตร {nid_w(c_id, i + 1)} เกิด {born_th(c_born, i + 1)} เลือดกรุ๊ป {BLOOD[(i + 1) % 4]} {ALLERGY[(i + 1) % 4]}\n"
        f"09:22\tยาย{p.first}\tแม่เด็ก {m_name} ทำงานโรงงานที่สมุทรปราการ เบอร์ {mobile(m_mob, i)} เลขบัตร {nid_w(m_id, i)}\n"
        f"09:24\tยาย{p.first}\tยายเป็นคนเลี้ยงค่ะ ยาย {a.name} บัตร {nid_w(p.nid, i)} อยู่ {home(a, i + 1)} เบอร์ยาย {tel(a, i)}\n"
        "09:25\tครูแอน ศพด.\tรับทราบค่ะ พรุ่งนี้นำสูติบัตรตัวจริงมาด้วยนะคะ\n"
    )
    return Case("plain_line_chat_grandma", message(a, i, "ส่งแชทไลน์ สมัครเด็กเล็ก", text=text,
                from_="ครูแอน ศพด. <cdc.chumphae@gmail.com>"), expect(a, NO_MAIL))  # fmt: skip


def plain_transfer_father(a: Party, i: int) -> Case:
    """A father asks the transfer papers (ปพ.1, ใบย้าย) for his son who moves with him to
    a new job: the son's student number, class and number, ID; the new school and its
    code; his own lines."""
    p = a.p
    c_name, c_id, _, _ = child(a, i + 1, 9)
    new, code, where = NEW_SCHOOLS[i % 3]
    text = (
        f"เรียน ผู้อำนวยการ{SCHOOL}\n\n{me(a)} {a.name} ผู้ปกครองของ {c_name} นักเรียนชั้นประถมศึกษาปีที่ 3/{1 + i % 3} เลขที่ {11 + i} "
        f"เลขประจำตัวนักเรียน {student_no(i)} เลขประจำตัวประชาชน {nid_w(c_id, i + 1)} "
        f"มีความประสงค์ขอย้ายนักเรียนไปเรียนที่{new} (รหัสสถานศึกษา {code}) {where} "
        f"เนื่องจากย้ายที่ทำงาน ขอรับเอกสาร ปพ.1 และหนังสือส่งตัวภายในวันที่ 25 ธันวาคม 2569{ending(a)}\n\n"
        f"ผู้ปกครอง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nที่อยู่ปัจจุบัน {home(a, i + 2)}\nมือถือ {tel(a, i)}\n"
    )
    return Case("plain_transfer_father", message(a, i, f"ขอย้ายนักเรียน {c_name}", text=text),
                expect(a, ALL.replace(" birth_date", "")))  # fmt: skip


def plain_bus_driver_complaint(a: Party, i: int) -> Case:
    """A parent complains about the school bus (a van the town hires): the driver's name,
    his phone, the plate, the route; her child's name and class; her lines at the end."""
    p = a.p
    c_name, _, _, _ = child(a, i + 2, 7)
    driver = ("นายบุญส่ง ดวงจันทร์", "นายสมพร แก้วกาหลง")[i % 2]
    d_mob = ("0861152479", "0897716320")[i % 2]
    text = (
        f"เรียน {EDU}\n\n{me(a)}ขอร้องเรียนคนขับรถรับส่งนักเรียนสาย หนองไผ่-ตัวเมือง รถตู้ทะเบียน นข {1200 + i * 37} ขอนแก่น "
        f"คนขับชื่อ {driver} เบอร์ {mobile(d_mob, i + 1)} ขับรถเร็วมาก แซงในโค้ง เมื่อวันที่ {2 + i % 3} ธันวาคม 2569 "
        f"มีเด็กตกเบาะ ลูก{me(a)} {c_name} ชั้น ป.1/2 กลับมาเล่าว่าคนขับใช้โทรศัพท์ตลอดทาง "
        f"และยังดุเด็กด้วยคำหยาบ อยากให้ทางเทศบาลตรวจสอบและเปลี่ยนคนขับ{ending(a)}\n\n"
        f"{a.name}\nเลขบัตร {nid_w(p.nid, i + 1)}\n{home(a, i)}\nโทร {tel(a, i + 2)}\n\nส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    return Case("plain_bus_driver_complaint", message(a, i, "ร้องเรียนคนขับรถรับส่งนักเรียน", text=text),
                expect(a, ALL))  # fmt: skip


def plain_scholarship_student(a: Party, i: int) -> Case:
    """A student of 17 applies herself for the town's scholarship: her lines first (ID,
    birth date, school, class, student number, GPA), then her mother's block (name, ID,
    job, income, mobile)."""
    p = a.p
    m_name, m_id, m_born, m_mob = spouse(PEOPLE[4], i + 1)
    text = (
        f"เรียน {EDU}\n\nหนูขอสมัครทุนการศึกษาเรียนดีแต่ขาดแคลนทุนทรัพย์ ประจำปี 2570 ค่ะ\n"
        f"ชื่อ {a.name} อายุ 17 ปี\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i)}\n"
        f"โรงเรียนชุมแพศึกษา ชั้น ม.5/3 เลขที่ {8 + i} เลขประจำตัวนักเรียน {student_no(i + 40)} เกรดเฉลี่ยสะสม 3.{72 + i}\n"
        f"ที่อยู่ {home(a, i)}\nเบอร์หนู {tel(a, i + 1)}\n\n"
        f"ผู้ปกครอง: มารดา {m_name.replace(PEOPLE[4].p.last, p.last)} เลขบัตร {nid_w(m_id, i + 2)} เกิด {born_th(m_born, i + 1)} "
        f"อาชีพ รับจ้างทั่วไป รายได้ 6,500 บาท/เดือน โทร {mobile(m_mob, i + 1)}\n\nขอบคุณค่ะ\n"
    )
    return Case("plain_scholarship_student", message(a, i, "สมัครทุนการศึกษา ปี 2570", text=text),
                expect(a, ALL, born=True))  # fmt: skip


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_uniform_children(a: Party, i: int) -> Case:
    """A parent claims the uniform allowance for three children from Gmail: a table of
    the children (name, ID, class, student number), her lines below."""
    p = a.p
    kids = [child(a, i + n, 6 + 2 * n) for n in range(3)]
    classes = ("ป.1/1", "ป.3/2", "ป.5/1")
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{k[0]}</td><td>{nid_w(k[1], n)}</td><td>{classes[n]}</td><td>{student_no(i * 3 + n)}</td></tr>"
        for n, k in enumerate(kids)
    )
    html = (
        '<div dir="ltr"><div>เรียน งานการเงินและบัญชี กองการศึกษา</div><div><br></div>'
        f"<div>{me(a)}ขอเบิกเงินอุดหนุนค่าเครื่องแบบนักเรียน ภาคเรียนที่ 2/2569 ของบุตร 3 คน ตามรายชื่อ{ending(a)}</div><div><br></div>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>ที่</th><th>ชื่อ-สกุล</th>'
        f"<th>เลขประจำตัวประชาชน</th><th>ชั้น</th><th>เลขประจำตัวนักเรียน</th></tr>{rows}</table><div><br></div>"
        f"<div>ผู้ปกครอง {a.name}</div><div>เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}</div>"
        f"<div>ที่อยู่ {home(a, i + 1)}</div><div>โทร {tel(a, i)}</div><div><br></div><div>ขอบคุณ{ending(a)}</div></div>\n"
    )
    return Case("html_gmail_uniform_children", message(a, i, "ขอเบิกค่าเครื่องแบบนักเรียน", html=html),
                expect(a, ALL))  # fmt: skip


def html_outlook_teacher_hall(a: Party, i: int) -> Case:
    """A teacher asks from her school's Outlook to use the town's hall for the school's
    show: the event, the date, the number of people; her own lines in the body; the
    signature with the school, its code, address and line."""
    p = a.p
    paras = [f"เรียน {MAYOR}", "",
             f"{me(a)}ขออนุญาตใช้หอประชุมเทศบาลเมืองชุมแพ จัดงานวันเด็กและแสดงผลงานนักเรียน วันที่ {9 + i % 3} มกราคม 2570 "
             "เวลา 08.00-16.00 น. ผู้เข้าร่วมประมาณ 350 คน ขอใช้เครื่องเสียงและเก้าอี้ 300 ตัวด้วย",
             "", "ผู้ขอใช้สถานที่", f"ชื่อ {a.name} ตำแหน่ง ครู วิทยฐานะชำนาญการ", f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
             f"ที่อยู่ {home(a, i)}", f"มือถือ {tel(a, i + 1)}", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = ('<p class="MsoNormal"><b>' + a.name + "</b><br>ครูประจำชั้น ป.6/1 ฝ่ายกิจการนักเรียน<br>"
           f"{SCHOOL} รหัสสถานศึกษา {SCHOOL_CODE}<br>{SCHOOL_AT}<br>ผู้อำนวยการ นางรัชนี พรหมวงศ์</p>")  # fmt: skip
    raw = message(a, i, "ขอใช้หอประชุมเทศบาล", html=outlook_html(paras, sig),
                  from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("html_outlook_teacher_hall", raw, expect(a, ALL))


def html_webform_cdc_enrol(a: Party, i: int) -> Case:
    """The town's web form for ศพด. enrolment, sent from no-reply: rows for the child, the
    mother, the father, then who filled it (ผู้กรอกข้อมูล: the father or grandfather)."""
    p = a.p
    c_name, c_id, c_born, nick = child(a, i + 3, 2)
    m_name, m_id, m_born, m_mob = spouse(a, i + 2)
    father = p.born.year >= 1970
    rows = [("ชื่อ-สกุลเด็ก", c_name), ("ชื่อเล่น", nick), ("เลขประจำตัวประชาชนเด็ก", nid_w(c_id, i)),
            ("วันเกิดเด็ก", born_th(c_born, i + 1)), ("หมู่เลือด", BLOOD[(i + 2) % 4]), ("ประวัติแพ้ยา/อาหาร", ALLERGY[(i + 2) % 4]),
            ("ชื่อ-สกุลมารดา", m_name if father else m_name.replace("นาง", "นางสาว", 1)), ("เลขประจำตัวประชาชนมารดา", nid_w(m_id, i + 1)),
            ("วันเกิดมารดา", born_th(m_born, i)), ("โทรศัพท์มารดา", mobile(m_mob, i)),
            ("ชื่อ-สกุลบิดา", a.name if father else "-"), ("ผู้กรอกข้อมูล", a.name), ("ความเกี่ยวข้องกับเด็ก", "บิดา" if father else "ตา"),
            ("เลขประจำตัวประชาชนผู้กรอก", nid_w(p.nid, i + 2)), ("ที่อยู่ผู้กรอก", home(a, i)), ("โทรศัพท์ผู้กรอก", tel(a, i)),
            ("อีเมล", p.email or "-"), ("วันที่ส่ง", f"{1 + i % 5}/12/2569 10:{10 + i}")]  # fmt: skip
    html = (
        f"<html><body><h3>แบบฟอร์มสมัครเรียนออนไลน์ {CDC}</h3><p>มีผู้ส่งแบบฟอร์มใหม่ (เลขที่รับ CDC-69-{310 + i})</p>"
        '<table border="1" cellspacing="0" cellpadding="5">'
        + "".join(f"<tr><th align='left'>{x}</th><td>{y}</td></tr>" for x, y in rows)
        + "</table><p>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n"
    )
    raw = message(a, i, f"[e-Service] สมัครเรียน ศพด. CDC-69-{310 + i}", html=html,
                  from_=f"ระบบ e-Service {TOWN} <no-reply@chumphae.example.go.th>")  # fmt: skip
    return Case("html_webform_cdc_enrol", raw, expect(a, ALL))


GRAND_BOX = {"ทองใบ": "thongbai.ps@gmail.com", "สำลี": "samlee.mws2498@gmail.com"}


def html_gmail_reply_transfer(a: Party, i: int) -> Case:
    """A grandparent who raises the grandchild replies in Gmail above the school's quoted
    message (its officer, line, school code): the boy's student number, class, ID, his
    own lines."""
    p = a.p
    c_name, c_id, c_born, _ = child(a, i + 4, 10)
    new, code, _ = NEW_SCHOOLS[(i + 1) % 3]
    quoted = (
        f"เรียน ผู้ปกครอง<br>ตามที่ท่านแจ้งความประสงค์ขอย้าย {c_name} ขอให้ส่งชื่อ เลขบัตร ที่อยู่ และเบอร์โทรของผู้ปกครอง "
        f"เพื่อออกหนังสือส่งตัว<br>นางสาวปิยะนุช ชาวนา เจ้าหน้าที่ธุรการ {SCHOOL} รหัสสถานศึกษา {SCHOOL_CODE}<br>โทร 043-311-245 ต่อ 12"
    )
    html = (
        f'<div dir="ltr"><div>เรียน คุณปิยะนุช</div><div>ข้อมูลผู้ปกครอง{ending(a)}</div>'
        f"<div>ชื่อ {a.name} ({rel(a)}ของนักเรียน ผู้ปกครองตามทะเบียน)</div><div>เลขบัตร {nid_w(p.nid, i)}</div>"
        f"<div>ที่อยู่ {home(a, i + 2)}</div><div>โทร {tel(a, i + 1)}</div><div><br></div>"
        f"<div>นักเรียน {c_name} ชั้น ป.4/1 เลขที่ {5 + i} เลขประจำตัวนักเรียน {student_no(i + 7)} เลขบัตร {nid_w(c_id, i + 2)} "
        f"เกิด {born_th(c_born, i)} ย้ายไป{new} รหัส {code}</div><div><br></div><div>ขอบคุณ{ending(a)}</div></div><br>"
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {2 + i % 4} ธ.ค. 2569 {SCHOOL} &lt;saraban.school1@chumphaemun.example.ac.th&gt; เขียนว่า:<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n'
    )
    box = p.email or GRAND_BOX[p.first]  # a box a grandchild made for them
    raw = message(a, i, f"Re: ขอย้ายนักเรียน {c_name}", html=html, from_=f"{p.first} {p.last} <{box}>")
    e = expect(a, ALL)
    e["email"] = (box,)
    return Case("html_gmail_reply_transfer", raw, e)


def html_outlook_bus_complaint_father(a: Party, i: int) -> Case:
    """A father complains from Outlook about the school van: the driver's name, mobile and
    ID as the contract lists them (he copied them from the school's notice), the owner of
    the van; his own lines in the signature."""
    p = a.p
    paras = [f"เรียน ผู้อำนวยการ{EDU}", "",
             f"{me(a)}ขอแจ้งเรื่องรถรับส่งนักเรียนของ{SCHOOL} สายไชยสอ ซึ่งคนขับคือ นายประจักษ์ ศรีสุข "
             f"(เลขบัตร {nid_w(with_check_digit('340990077305'), i)} โทร 089-441-6628) ส่งเด็กไม่ตรงเวลา ทิ้งเด็กไว้ที่ปากซอย 2 ครั้ง "
             f"และดื่มสุราขณะรอรับเด็ก เจ้าของรถคือ นางเยาวลักษณ์ ศรีสุข โทร 081-770-2394",
             "ขอให้ตรวจสอบและแจ้งผลให้ทราบด้วย", "", f"ขอบคุณ{ending(a)}"]  # fmt: skip
    sig = (f'<p class="MsoNormal">{a.name}<br>ผู้ปกครอง ด.ช.ธนภัทร {p.last} ป.2/1<br>เลขบัตร {nid_w(p.nid, i + 1)}<br>'
           f"{home(a, i)}<br>Mobile: {tel(a, i)}</p>")  # fmt: skip
    raw = message(a, i, "ร้องเรียนรถรับส่งนักเรียน สายไชยสอ", html=outlook_html(paras, sig))
    return Case("html_outlook_bus_complaint_father", raw, expect(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_cdc_enrol_form(a: Party, i: int) -> Case:
    """The ศพด.'s ใบสมัครเข้าเรียน filled in Word over dotted lines: the child's block, the
    father's, the mother's, then ผู้ยื่นคำขอ (a parent or a grandmother) who signs."""
    p = a.p
    c_name, c_id, c_born, nick = child(a, i + 5, 3)
    o_name, o_id, o_born, o_mob = spouse(a if a.p.born.year >= 1970 else PEOPLE[1], i + 4)
    o_name = o_name.rsplit(" ", 1)[0] + f" {a.p.last}"
    job, work = JOBS[(i + 1) % 4]
    is_parent = p.born.year >= 1970
    if is_parent:
        me_block = [f"{'บิดา' if p.title == 'นาย' else 'มารดา'} ชื่อ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                    f"วันเกิด {born_th(p.born, i)} โทรศัพท์ {tel(a, i)}"]  # fmt: skip
        other = f"{'มารดา' if p.title == 'นาย' else 'บิดา'} ชื่อ {o_name} เลขประจำตัวประชาชน {nid_w(o_id, i + 1)} วันเกิด {born_th(o_born, i + 1)} อาชีพ {job} สถานที่ทำงาน {work} โทรศัพท์ {mobile(o_mob, i)}"
        blocks = [*me_block, other]
    else:
        blocks = [f"บิดา ชื่อ นายวีรยุทธ {p.last} (ทำงานต่างประเทศ) โทรศัพท์ -",
                  f"มารดา ชื่อ {o_name} เลขประจำตัวประชาชน {nid_w(o_id, i + 1)} วันเกิด {born_th(o_born, i + 1)} อาชีพ {job} สถานที่ทำงาน {work} โทรศัพท์ {mobile(o_mob, i)}"]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"ใบสมัครเข้าเรียน\n{CDC}\nปีการศึกษา 2569")
        d.add_paragraph("๑. ข้อมูลเด็ก")
        d.add_paragraph(
            f"ชื่อ-สกุล ......{c_name}...... ชื่อเล่น ....{nick}.... เลขประจำตัวประชาชน ....{nid_w(c_id, i + 2)}...."
        )
        d.add_paragraph(
            f"เกิดวันที่ ....{born_th(c_born, i + 2)}.... หมู่โลหิต ....{BLOOD[i % 4]}.... โรคประจำตัว/การแพ้ ....{ALLERGY[(i + 3) % 4]}...."
        )
        d.add_paragraph("๒. ข้อมูลบิดามารดา")
        for b in blocks:
            d.add_paragraph(b)
        d.add_paragraph("๓. ผู้ยื่นคำขอ")
        d.add_paragraph(
            f"ข้าพเจ้า ....{a.name}.... เกี่ยวข้องกับเด็กเป็น ....{rel(a)}.... เลขประจำตัวประชาชน ....{nid_w(p.nid, i + 1)}...."
        )
        d.add_paragraph(
            f"วันเดือนปีเกิด ....{born_th(p.born, i + 1)}.... อยู่บ้านเลขที่ ....{home(a, i)}...."
        )
        d.add_paragraph(f"โทรศัพท์ ....{tel(a, i + 1)}....")
        d.add_paragraph(f"ลงชื่อ ......................... ผู้ยื่นคำขอ\n({a.name})")

    raw = message(a, i, "ส่งใบสมัครเข้า ศพด.", text=f"เรียน ครูผู้ดูแลเด็ก\nส่งใบสมัคร{ending(a)}\n",
                  files=(("ใบสมัคร ศพด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cdc_enrol_form", raw, expect(a, ALL, born=True))


def docx_school_letter_forward(a: Party, i: int) -> Case:
    """A mother sends the letter her child's old school wrote (ที่ ศธ 04xxx/...): the
    student's block (name, ID, birth date, student number), the director who signs, the
    school's address and line; her own lines in the mail, asking a place at the town's
    school."""
    p = a.p
    c_name, c_id, c_born, _ = child(a, i + 6, 8)
    old, code, where = NEW_SCHOOLS[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ ศธ 04{(i * 37 + 2011) % 10000:04d}.{(i * 3 + 120) % 1000:03d}/{410 + i}\t\t\t{old}\n\t\t\t\t{where}"
        )
        d.add_paragraph(f"\t\t\t\t{11 + i % 10} พฤศจิกายน 2569")
        d.add_paragraph("เรื่อง ส่งตัวนักเรียน")
        d.add_paragraph(f"เรียน ผู้อำนวยการ{SCHOOL}")
        d.add_paragraph("สิ่งที่ส่งมาด้วย ๑. แบบ ปพ.1 จำนวน 1 ฉบับ\n\t\t๒. สำเนาทะเบียนนักเรียน จำนวน 1 ฉบับ")
        d.add_paragraph(
            f"\tด้วย {c_name} เลขประจำตัวประชาชน {nid_w(c_id, i)} เกิดวันที่ {born_th(c_born, i)} "
            f"เลขประจำตัวนักเรียน {student_no(i + 20)} กำลังศึกษาชั้นประถมศึกษาปีที่ 2 ของโรงเรียนนี้ (รหัสสถานศึกษา {code}) "
            f"ผู้ปกครองมีความประสงค์ขอย้ายไปศึกษาต่อที่{SCHOOL} จึงส่งตัวมาเพื่อโปรดพิจารณารับเข้าศึกษาต่อไป"
        )
        d.add_paragraph(
            "\t\t\tขอแสดงความนับถือ\n\n\t\t\t(นายอำนวย ศรีประเสริฐ)\n\t\t\tผู้อำนวยการโรงเรียน"
        )
        d.add_paragraph(f"ฝ่ายวิชาการ\nโทร {('02-521-4417', '043-236-118', '043-291-054')[i % 3]}")

    text = (
        f"เรียน {EDU}\n\n{me(a)}ขอฝากลูกเข้าเรียนที่{SCHOOL}{ending(a)} แนบหนังสือส่งตัวจากโรงเรียนเดิมมาด้วย\n\n"
        f"ผู้ปกครอง {a.name} ({rel(a)})\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i)}\nโทรศัพท์ {tel(a, i + 1)}\n"
    )
    raw = message(a, i, f"ขอย้ายเข้า {SCHOOL}", text=text,
                  files=(("หนังสือส่งตัว.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_school_letter_forward", raw, expect(a, ALL))


def docx_uniform_claim_table(a: Party, i: int) -> Case:
    """The desk's แบบขอรับเงินค่าเครื่องแบบนักเรียน as a Word table: the parent's rows, then
    a table of her children (name, ID, class, number, student number, amount)."""
    p = a.p
    rows = [("ชื่อ-สกุล ผู้ปกครอง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)), ("ความเกี่ยวข้อง", rel(a)),
            ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i + 2))]  # fmt: skip
    kids = [child(a, i + n + 1, 7 + 3 * n) for n in range(2)]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"แบบขอรับเงินค่าเครื่องแบบนักเรียน ภาคเรียนที่ 2/2569\n{SCHOOL} รหัสสถานศึกษา {SCHOOL_CODE}"
        )
        table_doc(d, rows)
        d.add_paragraph("รายชื่อนักเรียน")
        t = d.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(
            ("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ชั้น/เลขที่", "เลขประจำตัวนักเรียน", "จำนวนเงิน")
        ):
            t.cell(0, c).text = h
        for n, k in enumerate(kids):
            vals = (
                str(n + 1),
                k[0],
                nid_w(k[1], n + i),
                f"ป.{1 + 3 * n}/2 เลขที่ {14 + n}",
                student_no(i + 30 + n),
                ("360", "450")[n],
            )
            for c, v in enumerate(vals):
                t.cell(n + 1, c).text = v
        d.add_paragraph(f"ลงชื่อ .......................... ผู้ปกครอง\n({a.name})")

    raw = message(a, i, "แบบขอรับเงินค่าเครื่องแบบ", text=f"เรียน ครูการเงิน\nส่งแบบขอรับเงิน{ending(a)}\n{a.name}\n",
                  files=(("ค่าเครื่องแบบ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_uniform_claim_table", raw, expect(a, ALL))


def docx_hall_request_form(a: Party, i: int) -> Case:
    """The town's แบบคำขอใช้อาคารสถานที่ filled by a teacher as a Word table: her own name,
    ID, post, home and mobile; the school (its address, line, code) as the organiser."""
    p = a.p
    rows = [("ชื่อผู้ขอใช้", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("ตำแหน่ง", "ครู คศ.2"),
            ("หน่วยงาน/สถานศึกษา", f"{SCHOOL} (รหัส {SCHOOL_CODE})"), ("ที่ตั้งหน่วยงาน", SCHOOL_AT),
            ("ที่อยู่ผู้ขอ", home(a, i + 2)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email),
            ("สถานที่ขอใช้", "หอประชุมเทศบาลเมืองชุมแพ"), ("วัตถุประสงค์", "จัดงานปัจฉิมนิเทศนักเรียนชั้น ป.6 และ ม.3"),
            ("วันเวลาที่ขอใช้", f"{20 + i % 5} กุมภาพันธ์ 2570 เวลา 13.00-17.00 น."), ("จำนวนผู้เข้าร่วม", f"{180 + 10 * i} คน")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอใช้อาคารสถานที่ {TOWN}")
        table_doc(d, rows)
        d.add_paragraph(
            f"ลงชื่อ ...................... ผู้ขอใช้\n({a.name})\nความเห็นผู้อำนวยการสถานศึกษา ......................"
        )

    raw = message(a, i, "ขอใช้หอประชุม", text=f"เรียน {EDU}\nส่งแบบคำขอใช้สถานที่{ending(a)}\n",
                  files=(("ขอใช้หอประชุม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_hall_request_form", raw, expect(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_scholarship(a: Party, i: int) -> Case:
    """The desk's fillable ใบสมัครขอรับทุนการศึกษา (Thai field names): the student's own
    fields (ผู้สมัคร, ID as a comb, birth date, age, school, student number, GPA), then her
    guardian's (name, ID, job, income, mobile)."""
    p = a.p
    g_name, g_id, _, g_mob = spouse(PEOPLE[1], i + 3)
    g_name = g_name.rsplit(" ", 1)[0] + f" {p.last}"
    labels = [(50, 18, "ใบสมัครขอรับทุนการศึกษา เทศบาลเมืองชุมแพ ปี 2570"), (20, 34, "ชื่อผู้สมัคร"), (20, 44, "เลขประจำตัวประชาชน"),
              (20, 54, "วันเดือนปีเกิด"), (120, 54, "อายุ"), (20, 64, "สถานศึกษา"), (120, 64, "ชั้น"),
              (20, 74, "เลขประจำตัวนักเรียน"), (120, 74, "เกรดเฉลี่ย"), (20, 84, "ที่อยู่"), (20, 94, "โทรศัพท์"), (110, 94, "อีเมล"),
              (20, 110, "ชื่อผู้ปกครอง"), (20, 120, "เลขประจำตัวประชาชนผู้ปกครอง"), (20, 130, "อาชีพ"), (110, 130, "รายได้ต่อเดือน"),
              (20, 140, "โทรศัพท์ผู้ปกครอง")]  # fmt: skip
    fields = [Field("ชื่อผู้สมัคร", a.name, 50, 34, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 44, 60, comb=13),
              Field("วันเกิด", born_th(p.born, i + 1), 50, 54, 50), Field("อายุ", "17", 132, 54, 15),
              Field("สถานศึกษา", "โรงเรียนชุมแพศึกษา", 45, 64, 70), Field("ชั้น", "ม.5/3", 132, 64, 25),
              Field("เลขประจำตัวนักเรียน", student_no(i + 50), 60, 74, 40), Field("เกรดเฉลี่ย", f"3.{65 + i}", 142, 74, 20),
              Field("ที่อยู่", home(a, i + 1), 35, 84, 160), Field("โทรศัพท์", tel(a, i), 45, 94, 55), Field("อีเมล", p.email, 125, 94, 70),
              Field("ชื่อผู้ปกครอง", f"{g_name} (มารดา)", 50, 110, 100), Field("เลขประจำตัวประชาชนผู้ปกครอง", g_id, 80, 120, 60, comb=13),
              Field("อาชีพ", "เกษตรกร", 40, 130, 50), Field("รายได้", "5,000", 142, 130, 30),
              Field("โทรศัพท์ผู้ปกครอง", mobile(g_mob, i), 60, 140, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(
        a, i, "ใบสมัครทุนการศึกษา", text="ส่งใบสมัครทุนค่ะ\n", files=(("ใบสมัครทุน.pdf", data, PDF),)
    )
    return Case("pdf_fillable_scholarship", raw, expect(a, ALL, born=True))


def pdf_fillable_cdc_textn(a: Party, i: int) -> Case:
    """The ศพด.'s fillable form with fields Text1..Text16: the child's (name, ID, birth
    date, blood group, allergy) first, then the parent's who fills (name, ID, birth date,
    address in parts, mobile)."""
    p = a.p
    c_name, c_id, c_born, _ = child(a, i + 2, 2)
    labels = [(60, 18, f"ใบสมัคร {CDC}"), (20, 34, "ชื่อเด็ก"), (20, 44, "เลขประจำตัวประชาชนเด็ก"), (120, 44, "วันเกิด"),
              (20, 54, "หมู่เลือด"), (80, 54, "แพ้ยา/อาหาร"), (20, 70, "ชื่อผู้ปกครอง"), (130, 70, "เกี่ยวข้องเป็น"),
              (20, 80, "เลขประจำตัวประชาชน"), (120, 80, "วันเกิด"), (20, 90, "บ้านเลขที่"), (70, 90, "หมู่ที่"),
              (110, 90, "ตำบล"), (20, 100, "อำเภอ"), (90, 100, "จังหวัด"), (150, 100, "รหัสไปรษณีย์"), (20, 110, "โทรศัพท์")]  # fmt: skip
    vals = [(c_name, 40, 34, 90), (nid_w(c_id, i), 65, 44, 50), (born_th(c_born, i), 135, 44, 45),
            (BLOOD[(i + 3) % 4], 42, 54, 20), (ALLERGY[i % 4], 105, 54, 60), (a.name, 50, 70, 75), (rel(a), 155, 70, 25),
            (nid_w(p.nid, i + 1), 55, 80, 60), (born_th(p.born, i + 2), 135, 80, 45),
            (p.house, 42, 90, 25), (p.moo or "-", 85, 90, 20), (p.tambon, 122, 90, 50), (p.amphoe, 35, 100, 50),
            (p.province, 105, 100, 40), (p.postal, 175, 100, 20), (tel(a, i + 1), 42, 110, 50)]  # fmt: skip
    fields = [Field(f"Text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "ใบสมัครเด็กเล็ก", text=f"แนบใบสมัคร{ending(a)}\n{a.name}\n",
                  files=(("cdc_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_cdc_textn", raw, expect(a, ALL, born=True))


def pdf_typed_bus_complaint(a: Party, i: int) -> Case:
    """A mother's typed complaint (Word to PDF) about the van driver: her sender's block
    top right, the driver's name, mobile, plate; her child's name and class; her ID and
    mobile in the body."""
    p = a.p
    c_name, _, _, _ = child(a, i + 3, 8)
    paras: list[tuple[float, str]] = [(115, home(a, i)), (0, ""), (115, f"{3 + i % 10} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ร้องเรียนพฤติกรรมพนักงานขับรถรับส่งนักเรียน"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เป็นมารดาของ {c_name} นักเรียนชั้น ป.2/1 "
                  f"{SCHOOL} ขอร้องเรียน นายเสกสรร พิมพ์ดี พนักงานขับรถรับส่งนักเรียนของเทศบาล (รถทะเบียน 40-{1105 + i} ขอนแก่น "
                  "โทร 062-558-1934) ซึ่งขับรถด้วยความประมาท และปล่อยให้เด็กลงรถกลางถนนมิตรภาพโดยไม่มีผู้ดูแล"),
             (30, f"จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ หากต้องการข้อมูลเพิ่มเติม ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "หนังสือร้องเรียนคนขับรถรับส่งนักเรียน", text=f"แนบหนังสือร้องเรียน{ending(a)}\n",
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_bus_complaint", raw, expect(a, ALL))


def pdf_typed_transfer_request(a: Party, i: int) -> Case:
    """A parent's typed คำร้องขอย้ายนักเรียน to the town's school: the child's class,
    number, student number, G-number (from the learning record), ID; the new school and
    its code and place; the parent's own lines after."""
    p = a.p
    c_name, c_id, c_born, _ = child(a, i + 4, 11)
    new, code, where = NEW_SCHOOLS[(i + 2) % 3]
    paras: list[tuple[float, str]] = [(70, "คำร้องขอย้ายนักเรียน"), (120, f"วันที่ {8 + i % 12} ธันวาคม 2569"), (0, ""),
             (20, f"เรียน ผู้อำนวยการ{SCHOOL}"), (0, ""),
             (30, f"ข้าพเจ้าขอย้าย {c_name} ชั้นประถมศึกษาปีที่ 5/1 เลขที่ {21 + i} เลขประจำตัวนักเรียน {student_no(i + 60)} "
                  f"รหัส G{(i * 7919 + 1040013) % 10**7:07d} เลขประจำตัวประชาชน {nid_w(c_id, i)} เกิดวันที่ {born_th(c_born, i + 1)} "
                  f"ไปเรียนที่{new} (รหัสสถานศึกษา {code}) {where} เนื่องจากครอบครัวย้ายภูมิลำเนา"),
             (0, ""), (20, f"ผู้ปกครอง {a.name} เกี่ยวข้องเป็น {rel(a)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}"),
             (20, f"ที่อยู่ {home(a, i + 1)} โทรศัพท์ {tel(a, i)}"), (0, ""),
             (100, "ลงชื่อ .................... ผู้ปกครอง"), (110, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8.5), size=14, face="Norasi")
    raw = message(a, i, "คำร้องขอย้ายนักเรียน", text=f"แนบคำร้อง{ending(a)}\n",
                  files=(("คำร้องขอย้าย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_transfer_request", raw, expect(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_lunch_fund_list(a: Party, i: int) -> Case:
    """A class teacher's list of the children for the lunch fund: her block at the head
    (name, post, mobile), then a row per child (name, ID, student number, number, the
    parent's name and mobile, the child's home)."""
    rows = [("ด.ช.ภูริภัทร ศรีวงษา", "นางสาวลำดวน ศรีวงษา", "0817742265", "12 ม.5 ต.หนองไผ่"),
            ("ด.ญ.กัญญาณัฐ พลดี", "นายเสถียร พลดี", "0869915073", "8/1 ม.2 ต.ไชยสอ"),
            ("ด.ช.วรเมธ คำมุงคุณ", "นางบุญเพ็ง คำมุงคุณ", "0933306412", "41 ม.11 ต.หนองไผ่"),
            ("ด.ญ.ศศิกานต์ นามวงศ์", "นางสุนีย์ นามวงศ์", "0642219987", "5 ถ.หน้าเมือง ต.ชุมแพ")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "อาหารกลางวัน"
        ws.append(
            (
                f"บัญชีรายชื่อนักเรียนรับเงินอุดหนุนอาหารกลางวัน ชั้น ป.{1 + i % 3}/{1 + i % 2} {SCHOOL} รหัส {SCHOOL_CODE}",
            )
        )
        ws.append(("ครูประจำชั้น", a.name))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(
            (
                "ที่",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "เลขประจำตัวนักเรียน",
                "เลขที่",
                "ผู้ปกครอง",
                "โทรผู้ปกครอง",
                "ที่อยู่",
            )
        )
        for n, (name, parent, pmob, at) in enumerate(rows):
            nid = with_check_digit(
                f"1409{(n * 3 + i) % 10}0{(n * 2713 + i * 97 + 10021) % 1000000:06d}"
            )
            ws.append((n + 1, name, nid, student_no(i * 5 + n + 70), n + 1, parent, pmob, at))

    e = expect(a, "full_name national_id phone email address")
    e["national_id"] = ()
    e["address"] = ()
    raw = message(a, i, "ส่งรายชื่อนักเรียนรับเงินอาหารกลางวัน", text=f"เรียน {EDU}\nส่งรายชื่อตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("อาหารกลางวัน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_lunch_fund_list", raw, e)


def xlsx_uniform_claim_parent(a: Party, i: int) -> Case:
    """A parent's own sheet for the uniform allowance: her block at the head (name, ID,
    address, mobile), then her children's rows (name, ID, birth date, class, student
    number, amount)."""
    p = a.p
    kids = [child(a, i + n + 2, 6 + 4 * n) for n in range(3)]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws.append(("ขอรับเงินค่าเครื่องแบบนักเรียน ภาคเรียนที่ 2/2569",))
        ws.append(("ชื่อผู้ปกครอง", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("เบอร์โทร", tel(a, i + 1)))
        ws.append(())
        ws.append(("ชื่อนักเรียน", "เลขบัตรประชาชน", "วันเกิด", "ชั้น", "เลขประจำตัวนักเรียน", "จำนวนเงิน"))
        for n, k in enumerate(kids):
            ws.append(
                (
                    k[0],
                    k[1],
                    born_th(k[2], n),
                    ("ป.1", "ป.5", "ม.3")[n],
                    student_no(i + n + 80),
                    (360, 450, 900)[n],
                )
            )

    raw = message(a, i, "ขอเบิกค่าเครื่องแบบ 3 คน", text=f"ส่งไฟล์ขอเบิกค่าเครื่องแบบลูก 3 คน{ending(a)}\n",
                  files=(("ค่าเครื่องแบบ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_uniform_claim_parent", raw, expect(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE indexes of its variants.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_cdc_enrol_mother, (0, 3)),
    (plain_line_chat_grandma, (2, 10)),
    (plain_transfer_father, (1, 8)),
    (plain_bus_driver_complaint, (5, 7)),
    (plain_scholarship_student, (11, 14)),
    (html_gmail_uniform_children, (9, 4)),
    (html_outlook_teacher_hall, (12, 13)),
    (html_webform_cdc_enrol, (4, 6)),
    (html_gmail_reply_transfer, (6, 10)),
    (html_outlook_bus_complaint_father, (1, 4)),
    (docx_cdc_enrol_form, (3, 10)),
    (docx_school_letter_forward, (7, 0)),
    (docx_uniform_claim_table, (9, 5)),
    (docx_hall_request_form, (13, 12)),
    (pdf_fillable_scholarship, (14, 11)),
    (pdf_fillable_cdc_textn, (0, 2)),
    (pdf_typed_bus_complaint, (3, 9)),
    (pdf_typed_transfer_request, (5, 8)),
    (xlsx_lunch_fund_list, (12, 13)),
    (xlsx_uniform_claim_parent, (7, 0)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants)."""
    return [
        style(PEOPLE[n], 2 * s + k)
        for s, (style, pair) in enumerate(STYLES)
        for k, n in enumerate(pair)
    ]
