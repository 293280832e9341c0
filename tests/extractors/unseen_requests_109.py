"""A hundred-and-ninth set of requests written by someone who had not read the readers
(issue 8): CHILD AND ELDER CARE, to the เทศบาลเมืองยโสธร, the เทศบาลตำบลกุดชุม and the
อบต. ทุ่งแต้, เดิด, ย่อ, น้ำคำใหญ่ and หนองหมี (Yasothon), the เทศบาลเมืองอำนาจเจริญ, the
เทศบาลตำบลพนา and the อบต. นาจิก and นาหมอม้า (Amnat Charoen), the เทศบาลนครอุบลราชธานี,
the เทศบาลเมืองวารินชำราบ, the เทศบาลตำบลเขื่องใน and the อบต.กระโสบ (Ubon Ratchathani).
Enrolling a small child at a ศูนย์พัฒนาเด็กเล็ก (ศพด.) by a mother, a grandmother, a
grandfather or a father; a child raised by grandparents while the parents work in Rayong,
Chonburi, Bangkok or Korea; school milk and lunch (a school's request for the milk and
lunch budget signed by its director, a parent's complaint of spoiled milk or short
lunches, a parent's notice of a child's milk allergy); the elderly school (โรงเรียน
ผู้สูงอายุ: a web form filled by the elder or a grandson, a Word application with an
emergency contact, a wife enrolling herself and her husband); home visits to an elder
living alone (a niece or nephew far away, an อสม. or a neighbour through the city's web
form, a daughter's or son's typed letter); long-term care (a caregiver's (CG) monthly
report, a care plan with the CG's, the relative's and the care manager's (CM) lines, a
CG's visit log, a CM's letter from a รพ.สต. asking a bathroom and a bed for a family); a
grandmother asking the child support grant for the grandchild she raises; a child-care
teacher asking aid for a grandmother raising her grandchildren.
Kinds: plain (iPhone, a LINE chat forwarded by the centre's teacher, Gmail, Outlook for
Android, a web form's notification), HTML (Gmail with a table, Outlook with a school's
signature, a Gmail reply over the clerk's quoted mail, the city's e-service table), Word
(the ศพด.'s form over dotted lines in Thai digits, a รพ.สต.'s letter, the elderly school's
form as a table, a teacher's บันทึกข้อความ), PDF (a fillable ศพด. form with child_* and
guardian_* fields, a fillable care plan with Thai field names, two typed letters), sheets
(a ศพด. form with a column per person, a CG's visit log with date cells, a milk-allergy
notice).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, set 63's builder and test and set 62's test, the helpers they import, set
84's test comments and the earlier sets' first docstrings).

CONVENTIONS (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks; for a body the natural person who signs for it), sets 31/63 (a service
for one person asked by another is the one it is FOR; set 64 applied it to a child's place
at a ศพด.: the child, not the parent; sets 81/89: the elder or patient, never the CG, CM,
อสม., nurse or relative who writes), set 37 (where only another's phone is given, phone
`()`), set 95 (a mother asking the newborn grant is herself the applicant). So:
- a place at a ศพด., or a milk substitute for a pupil: the CHILD (her name with เด็กหญิง/
  เด็กชาย or ด.ญ./ด.ช., her ID opening 1, her birth date, her home); the parents', the
  grandparents', the teacher's names, IDs, birth dates, phones and boxes never; the child's
  phone and e-mail `()` (no value, or a flagged one, is right);
- a home visit, an elderly school place asked by another, a CG's report, a care plan, a
  CM's letter: the ELDER; the niece's, nephew's, son's, daughter's, grandson's, อสม.'s,
  neighbour's, CG's, CM's, relative's and headman's values never; the elder's phone only
  where written as hers (a keypad mobile, a landline at home), else `()`; e-mail only where
  she sends or gives her own box, else `()`;
- an elder who enrols herself (a web form, a Word application, a typed letter for herself
  and her husband): she is the applicant (her husband, daughter, son, emergency contact,
  club chair never); e-mail hers only where she sends or fills it;
- the child support grant asked by the grandmother who raises the child (ผู้ยื่นคำขอ,
  ผู้เลี้ยงดูเด็ก): the GRANDMOTHER, as set 95's mother (the child's and the mother's values
  never hers); an aid asked by a teacher for a grandparent named as ผู้ขอรับความช่วยเหลือ:
  the GRANDPARENT (the teacher's, the head of the centre's and the children's values
  never; e-mail `()`);
- a parent's complaint (spoiled milk, short lunches): the PARENT who complains (the child
  and the clerk never); her birth date not given: `()` (the child's never);
- a school's request for the milk and lunch budget: the DIRECTOR who signs (no ID given:
  `()`), the school's place, line (or his or her own mobile in the signature) and box; the
  teacher who coordinates never.
Address: where the applicant lives, house number to the อำเภอ, with or without เลขที่/บ้าน
เลขที่, the village's name, the province and the postal code; province and postal code of
that address. Never the address: the school's (but for its director), the รพ.สต.'s, the
hospital's, a writer's home in Bangkok, Nonthaburi, Pathum Thani or Chonburi. Never an ID
or a phone: a school's code, a student number, an HN, a CG certificate, an อสม. card, a
care plan's, a request's or a letter's number, a milk lot, a bank account, BP, ADL and
DTX figures, amounts. Birth date ISO, only the applicant's; never a letter's, visit's or
report's date. Everyone, every school and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import flow, outlook_html

# ruff: noqa: E501 -- messages as people type them: long lines

YS = "ยโสธร"
AC = "อำนาจเจริญ"
UB = "อุบลราชธานี"


@dataclass(frozen=True)
class Home:
    house: str
    moo: str
    tambon: str
    amphoe: str
    province: str
    postal: str
    village: str = ""
    soi: str = ""
    road: str = ""


def H(house: str, moo: str, tambon: str, amphoe: str, province: str, postal: str, *,
      village: str = "", soi: str = "", road: str = "") -> Home:  # fmt: skip
    return Home(house, moo, tambon, amphoe, province, postal, village, soi, road)


# The words of an address as people type them: written out (หมู่ที่, หมู่), short, mixed.
WORDS = (
    ("หมู่ที่ ", "ซอย", "ถนน", "ตำบล", "อำเภอ"),
    ("หมู่ ", "ซอย", "ถนน", "ตำบล", "อำเภอ"),
    ("ม.", "ซ.", "ถ.", "ต.", "อ."),
    ("หมู่ ", "ซอย", "ถนน", "ต.", "อ."),
)


def head(h: Home, form: int, village: bool = True) -> str:
    moo, soi, road, tam, amp = WORDS[form]
    parts = [
        h.house,
        f"{moo}{h.moo}" if h.moo else "",
        h.village if village else "",
        f"{soi}{h.soi}" if h.soi else "",
        f"{road}{h.road}" if h.road else "",
        f"{tam}{h.tambon}",
        f"{amp}{h.amphoe}",
    ]
    return " ".join(p for p in parts if p)


def provs(h: Home) -> tuple[str, str, str]:
    return (f"จังหวัด{h.province}", f"จ.{h.province}", h.province)


def line(
    h: Home, form: int = 0, prov: int = 0, *, village: bool = True, postal: bool = True
) -> str:
    """The address as typed: its words (WORDS[form]), the province one of three ways."""
    return f"{head(h, form, village)} {provs(h)[prov]}" + (f" {h.postal}" if postal else "")


def addresses(h: Home) -> tuple[str, ...]:
    """What a clerk accepts: any of the four word forms, with or without the village's
    name, เลขที่/บ้านเลขที่, the province (as typed) and the postal code."""
    heads = dict.fromkeys(head(h, f, v) for f in range(len(WORDS)) for v in (True, False))
    out: list[str] = []
    for word in ("", "เลขที่ ", "บ้านเลขที่ "):
        for hd in heads:
            out.append(word + hd)
            for p in provs(h):
                out += [f"{word}{hd} {p}", f"{word}{hd} {p} {h.postal}"]
    return tuple(dict.fromkeys(out))


SHORT_TITLE = {"เด็กหญิง": "ด.ญ.", "เด็กชาย": "ด.ช.", "นางสาว": "น.ส."}


@dataclass(frozen=True)
class Who:
    title: str
    first: str
    last: str
    nid: str
    born: date
    phone: str = ""
    email: str = ""
    home: Home | None = None
    nick: str = ""

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{SHORT_TITLE.get(self.title, self.title)}{self.first} {self.last}"

    @property
    def bare(self) -> str:
        return f"{self.first} {self.last}"


def W(title: str, first: str, last: str, nid12: str, born: date, phone: str = "", email: str = "",
      home: Home | None = None, nick: str = "") -> Who:  # fmt: skip
    return Who(title, first, last, with_check_digit(nid12), born, phone, email, home, nick)


def bare(name: str) -> str:
    """A name without its title, as a mail program shows the sender."""
    for title in ("เด็กหญิง", "เด็กชาย", "นางสาว", "นาง", "นาย"):
        if name.startswith(title):
            return name[len(title) :]
    return name


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def phones(m: str) -> tuple[str, ...]:
    return ("+66" + m[1:], m) if m else ()


def want(w: Who, keys: str = ALL, *, phone: bool = True, box: bool = True,
         born: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The applicant's values: her phone only where `phone` (written as hers), her box
    only where `box` (she sends or gives it), her birth date only where `born`."""
    h = w.home
    assert h is not None
    table = {
        "full_name": tuple(dict.fromkeys((w.name, w.short))),
        "national_id": (w.nid,),
        "birth_date": (w.born.isoformat(),) if born else (),
        "phone": phones(w.phone) if phone else (),
        "email": (w.email.lower(),) if box and w.email else (),
        "address": addresses(h),
        "postal_code": (h.postal,),
        "province": (h.province,),
    }
    return {k: table[k] for k in keys.split()}


def child(w: Who) -> dict[str, tuple[str, ...]]:
    """A child whose place or milk it is: no phone, no box of her own."""
    return want(w, phone=False, box=False)


# --- how people write the values ------------------------------------------------------


def dashed(n: str) -> str:
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def spaced(n: str) -> str:
    return f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"


def nid(n: str, k: int) -> str:
    return (dashed(n), n, spaced(n))[k % 3]


def be_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def be_short(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def mob(m: str, k: int) -> str:
    if len(m) == 9:  # a landline: 045-391-226
        return (f"{m[:3]}-{m[3:6]}-{m[6:]}", f"0 {m[1:5]} {m[5:]}", m)[k % 3]
    return (f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"{m[:3]}-{m[3:]}", f"{m[:3]} {m[3:6]} {m[6:]}")[k % 4]


def mail(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
         html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
         headers: tuple[tuple[str, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 9, 1 + n % 11, (13 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set109-{n}@mail.example.net>"
    for key, value in headers:
        msg[key] = value
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


IPHONE = (("X-Mailer", "iPhone Mail (22B91)"),)
OUTLOOK = (("X-Mailer", "Microsoft Outlook 16.0"),)


WHO: dict[str, str] = {
    "plain_iphone_mother_enrols": "the child (her place at the ศพด.); never the mother who writes, nor the father",
    "plain_line_grandparent_daycare": "the grandchild (her place); never the grandparent, the parent away, the teacher who forwards",
    "plain_gmail_niece_elder_alone": "the elder living alone; never the niece or nephew who writes, the headman; her keypad mobile v1 only",
    "plain_outlook_android_cg_report": "the elder in long-term care; never the CG who reports, the son or daughter, the CM",
    "plain_webform_elderly_school": "the elder who enrols (v1 herself with her box; v2 a grandson fills: his box and phone never)",
    "html_gmail_grandma_child_grant": "the grandmother who asks the grant (set 95); never the grandchild, the mother, the aunt who sends (v2)",
    "html_outlook_school_milk_director": "the director who signs for the school (no ID); the school's place, line, box; never the teacher",
    "html_gmail_reply_parent_complaint": "the parent who complains; never the child, the clerk quoted below; birth date none",
    "html_eservice_elder_visit": "the elder to visit; never the อสม. or neighbour who reports (ผู้แจ้ง); her landline v2 only",
    "docx_cdc_form_dotted": "the child on the ศพด.'s form; never the father, mother, grandmother (ผู้ปกครอง) who signs",
    "docx_rpst_cm_letter": "the elder the รพ.สต. writes for; never the son or granddaughter, the CM, the director, the รพ.สต.",
    "docx_elderly_school_table": "the elder who applies (her table rows); never the emergency contact, the sender",
    "docx_teacher_memo_grandparent": "the grandparent named ผู้ขอรับความช่วยเหลือ; never the teacher, the children, the head",
    "pdf_fillable_cdc_child_guardian": "the child (child_* fields); never the guardian_* fields, the sender",
    "pdf_fillable_ltc_careplan": "the elder; never the CG, the relative, the CM",
    "pdf_typed_child_far_away": "the mother living alone; never the daughter or son who writes (block top right); her landline v1 only",
    "pdf_typed_wife_and_husband": "the wife who writes and signs; never the husband beside her",
    "xlsx_cdc_column_per_person": "the child's column; never the father's or mother's columns",
    "xlsx_cg_visit_log": "the elder at the head of the log; never the CG, the CM; her phone v2 only",
    "xlsx_milk_allergy_notice": "the pupil (a milk substitute for her); never the parent's rows, the doctor",
}


# --- plain ------------------------------------------------------------------------------

IPHONE_KIDS = (
    (W("เด็กหญิง", "ณัฐธิดา", "พรมมา", "135010145281", date(2023, 8, 14),
       home=H("112/4", "", "ในเมือง", "เมืองยโสธร", YS, "35000", road="วิทยธำรงค์"), nick="ใบเตย"),
     W("นาง", "พิมพ์ใจ", "พรมมา", "135990032714", date(1995, 2, 9), "0891457302", "pimjai.pm@icloud.com"),
     W("นาย", "อนุชา", "พรมมา", "135010008846", date(1993, 6, 1), "0862318874")),
    (W("เด็กชาย", "กฤตเมธ", "บุญศรี", "135010162093", date(2024, 1, 27),
       home=H("58", "", "ในเมือง", "เมืองยโสธร", YS, "35000", soi="แจ้งสนิท 12", road="แจ้งสนิท"), nick="ข้าวปั้น"),
     W("นางสาว", "ศศิธร", "บุญศรี", "135990051367", date(1997, 10, 3), "0617730254", "sasithorn.bs@icloud.com"),
     None),
)  # fmt: skip
YS_CDC = "saraban@yasothoncity.example.go.th"


def plain_iphone_mother_enrols(k: int, n: int) -> Case:
    """A mother enrols her child at the town's ศพด. from her iPhone: the child's lines
    (nickname, blood group, allergy), then the father's and her own (IDs, phones; v2 her
    birth date beside the child's)."""
    c, mom, dad = IPHONE_KIDS[k]
    h = c.home
    assert h is not None
    if k == 0:
        assert dad is not None
        text = (
            "เรียน หัวหน้าศูนย์พัฒนาเด็กเล็กเทศบาลเมืองยโสธร\n\n"
            f"สวัสดีค่ะ แม่น้อง{c.nick}นะคะ ขอสมัครให้ลูกเข้าเรียนที่ศูนย์ฯ ภาคเรียนที่ 1/2570 ค่ะ ข้อมูลตามนี้ค่ะ\n\n"
            f"ชื่อเด็ก : {c.short} ({c.nick})\n"
            f"เลขบัตรประชาชน (เด็ก) : {dashed(c.nid)}\n"
            f"วันเกิด : {be_short(c.born)} (3 ขวบ 3 เดือน)\n"
            "กรุ๊ปเลือด O / แพ้นมวัว ดื่มนมถั่วเหลืองได้\n"
            f"ที่อยู่ : {line(h, 2, 1)}\n\n"
            "ข้อมูลพ่อแม่\n"
            f"พ่อ {dad.name} {dashed(dad.nid)} ทำงานโรงงานที่ชลบุรี {mob(dad.phone, 0)}\n"
            f"แม่ {mom.name} {dashed(mom.nid)} โทร {mob(mom.phone, 0)} (ติดต่อแม่ได้ตลอดค่ะ)\n\n"
            "สำเนาสูติบัตร ทะเบียนบ้าน สมุดวัคซีน แม่จะเอาไปยื่นวันจันทร์นะคะ\n\n"
            f"ขอบคุณค่ะ\n{mom.first}\n\nส่งจาก iPhone ของฉัน\n"
        )
    else:
        text = (
            "เรียน คุณครูศูนย์พัฒนาเด็กเล็กเทศบาลเมืองยโสธร\n\n"
            f"ดิฉัน{mom.name} เป็นแม่ของ{c.name} (น้อง{c.nick}) เลขประจำตัวประชาชน {spaced(c.nid)} "
            f"เกิดวันที่ {be_long(c.born)} อยู่บ้านเลขที่ {line(h, 0, 0)} "
            "ขอสมัครให้ลูกเข้าศูนย์ฯ ปีการศึกษา 2570 ค่ะ น้องพูดได้เป็นคำๆ แล้ว ยังใส่ผ้าอ้อมตอนนอนกลางวันค่ะ\n\n"
            f"ดิฉันเลขบัตร {dashed(mom.nid)} เกิด {be_short(mom.born)} ทำงานร้านขายยาหน้าตลาด "
            f"โทร {mob(mom.phone, 1)} ค่ะ พ่อน้องไม่ได้อยู่ด้วยกันแล้วค่ะ\n\n"
            f"ขอบคุณค่ะ\n{mom.bare}\n\nส่งจาก iPhone ของฉัน\n"
        )
    raw = mail(n, f"สมัครเรียน ศพด. น้อง{c.nick}", f"{mom.bare} <{mom.email}>", YS_CDC,
               text=text, headers=IPHONE)  # fmt: skip
    return Case("plain_iphone_mother_enrols", raw, child(c))


LINE_KIDS = (
    (W("เด็กชาย", "ภูมิพัฒน์", "แก้วบุญเรือง", "137010048215", date(2024, 2, 3),
       home=H("77", "6", "นาจิก", "เมืองอำนาจเจริญ", AC, "37000"), nick="ต้นกล้า"),
     W("นาง", "บัวผัน", "แก้วบุญเรือง", "334120017736", date(1964, 5, 5), "0935518206"),
     ("นางสาวกนกวรรณ แก้วบุญเรือง", "0987731265", "ระยอง"), "ยาย"),
    (W("เด็กหญิง", "ปวีณ์นุช", "สีดา", "137010053360", date(2023, 11, 19),
       home=H("150", "2", "นาจิก", "เมืองอำนาจเจริญ", AC, "37000"), nick="ข้าวหอม"),
     W("นาย", "สมบูรณ์", "สีดา", "334120005128", date(1960, 9, 9), "0817704329"),
     ("นายเอกชัย สีดา", "0843306617", "กรุงเทพฯ"), "ตา"),
)  # fmt: skip
TEACHER_NJ = ("นางสาวอรอุมา ไชยสิทธิ์", "ครูอ้อย", "0846621937", "aoy.cdc.najik@gmail.com")


def plain_line_grandparent_daycare(k: int, n: int) -> Case:
    """The centre's teacher forwards, as text, a LINE chat in which a grandparent raising
    a grandchild asks a place for her: the child's lines typed into the chat, then the
    grandparent's own (ID, phone), the parent's away (name, phone)."""
    c, g, parent, kin = LINE_KIDS[k]
    h = c.home
    assert h is not None
    t_name, t_nick, t_mob, t_box = TEACHER_NJ
    who = f"{kin}{g.first}"
    if k == 0:
        chat = [
            ("18:02", who, "สวัสดีจ้าครูอ้อย"),
            (
                "18:02",
                who,
                f"{kin}อยากฝากหลานเข้าศูนย์ปีหน้า พ่อแม่มันไปทำงานโรงงานที่{parent[2]} {kin}เลี้ยงเองจ้า",
            ),
            ("18:05", "ครูอ้อย ศพด.นาจิก", "ได้ค่ะยาย ขอชื่อน้อง เลขบัตร วันเกิด แล้วก็ที่อยู่ค่ะ"),
            ("18:10", who, f"{c.short} ชื่อเล่น{c.nick}"),
            ("18:11", who, c.nid),
            ("18:11", who, f"เกิด {c.born.day}/{c.born.month}/{c.born.year + 543}"),
            ("18:12", who, line(h, 2, 1)),
            ("18:12", who, "[รูปภาพ]"),
            ("18:14", who, f"{kin}ชื่อ {g.name} บัตร {g.nid} เบอร์{kin} {mob(g.phone, 0)}"),
            ("18:15", "ครูอ้อย ศพด.นาจิก", "แม่น้องชื่ออะไรคะ ขอเบอร์ด้วยค่ะ"),
            ("18:17", who, f"{parent[0]} {mob(parent[1], 0)} อยู่{parent[2]}จ้า"),
            ("18:18", "ครูอ้อย ศพด.นาจิก", "ขอบคุณค่ะยาย วันที่ 8 เอาสูติบัตรกับสมุดวัคซีนมาด้วยนะคะ"),
            ("18:19", who, "[สติกเกอร์]"),
        ]
        day = "2569/12/01(อ.)"
    else:
        block = (f'"ชื่อ {c.short}\nเลขประจำตัว {dashed(c.nid)}\nเกิด {c.born.day} {MONTHS_SHORT[c.born.month - 1]} '
                 f'{(c.born.year + 543) % 100}\nบ้านเลขที่ {line(h, 1, 0)}"')  # fmt: skip
        chat = [
            ("07:41", who, f"ครูครับ ผม{g.name} ตาของน้อง{c.nick} จะฝากหลานเข้าศูนย์ครับ"),
            (
                "07:42",
                who,
                f"พ่อมัน ({parent[0]}) ทำงานอยู่{parent[2]} เบอร์ {mob(parent[1], 3)} แม่มันไม่อยู่แล้ว",
            ),
            ("07:50", "ครูอ้อย ศพด.นาจิก", "ได้ค่ะคุณตา พิมพ์ข้อมูลน้องมาได้เลยค่ะ"),
            ("07:58", who, block),
            ("07:59", who, f"ตาเบอร์ {mob(g.phone, 1)} บัตรตา {spaced(g.nid)}"),
            ("08:03", "ครูอ้อย ศพด.นาจิก", "รับทราบค่ะ ครูส่งให้กองการศึกษานะคะ"),
        ]
        day = "2569/12/02(พ.)"
    lines = [f"[LINE] ประวัติการแชทกับ {who}", "บันทึกเมื่อ: 2569/12/03 20:14", "", day]
    lines += [f"{t}\t{s}\t{m}" for t, s, m in chat]
    text = (
        "เรียน ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม อบต.นาจิก\n\n"
        f"{who}ขอฝากหลานเข้าศูนย์พัฒนาเด็กเล็กบ้านนาจิก ภาคเรียนที่ 1/2570 ค่ะ ผู้ปกครองพิมพ์ข้อมูลส่งมาทางไลน์ "
        "ครูส่งต่อแชทมาให้ตรวจสอบรายชื่อก่อนรับสมัครค่ะ\n\n"
        f"{t_name} ({t_nick})\nครูผู้ดูแลเด็ก ศพด.บ้านนาจิก\nโทร {mob(t_mob, 0)}\n\n"
        "---------- แชทที่ส่งต่อ ----------\n" + "\n".join(lines) + "\n"
    )
    raw = mail(n, f"ส่งต่อไลน์ {who} ฝากหลานเข้า ศพด.", f"{t_nick} ศพด.บ้านนาจิก <{t_box}>",
               "education@najik.example.go.th", text=text)  # fmt: skip
    return Case("plain_line_grandparent_daycare", raw, child(c))


NIECES = (
    (W("นาง", "คำมี", "ทองมาก", "334010024417", date(1943, 4, 9), "0854407713",
       home=H("63", "4", "กระโสบ", "เมืองอุบลราชธานี", UB, "34000")),
     ("นางสาวศิริพร ทองมาก", "0619924508", "siriporn.tm@gmail.com",
      "88/41 ซอยรามอินทรา 65 แขวงท่าแร้ง เขตบางเขน กรุงเทพมหานคร 10220", "", "ป้า")),
    (W("นาย", "สุข", "พิมพา", "334010009952", date(1940, 10, 2),
       home=H("21", "9", "กระโสบ", "เมืองอุบลราชธานี", UB, "34000", village="บ้านดอนแดง")),
     ("นายกิตติพงษ์ พิมพา", "0952217460", "kittipong.pp@gmail.com",
      "55/7 หมู่ 4 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120", with_check_digit("112010077341"), "ลุง")),
)  # fmt: skip


def plain_gmail_niece_elder_alone(k: int, n: int) -> Case:
    """A niece (v1, a nurse in Bangkok) or a nephew (v2, in Nonthaburi, his own ID) asks
    from Gmail a home visit for an elder living alone who fell: the elder's lines (v1 her
    keypad mobile), the headman's mobile, the writer's own phone and home in the
    signature."""
    e, (w_name, w_mob, w_box, w_home, w_id, kin) = NIECES[k]
    h = e.home
    assert h is not None
    if k == 0:
        text = (
            "เรียน นายกองค์การบริหารส่วนตำบลกระโสบ\n\n"
            f"ดิฉัน {w_name} เป็นหลานของ {e.name} ปัจจุบันดิฉันทำงานเป็นพยาบาลอยู่ที่กรุงเทพฯ "
            f"ขอแจ้งว่า{kin}ของดิฉันอาศัยอยู่คนเดียวที่บ้าน ลุงเสียไปตั้งแต่ปี 2565 ไม่มีลูก "
            f"เมื่อสัปดาห์ก่อน{kin}หกล้มในห้องน้ำ นอนอยู่สองชั่วโมงกว่าเพื่อนบ้านจะมาเจอค่ะ\n\n"
            f"ข้อมูลของ{kin}\n"
            f"ชื่อ {e.name} อายุ 83 ปี\n"
            f"เลขประจำตัวประชาชน {dashed(e.nid)}\n"
            f"เกิดวันที่ {be_long(e.born)}\n"
            f"บ้านเลขที่ {line(h, 0, 0)}\n"
            f"โทรศัพท์ของ{kin} {mob(e.phone, 0)} (มือถือปุ่มกด {kin}หูไม่ค่อยดี โทรหลายครั้งนะคะ)\n\n"
            f"จึงขอความอนุเคราะห์ให้เจ้าหน้าที่หรือ อผส. ไปเยี่ยมบ้าน{kin}เป็นประจำ และขอรับการประเมินเพื่อติดราวจับในห้องน้ำค่ะ "
            "ผู้ใหญ่บ้านหมู่ 4 (พ่อใหญ่ทวี โทร 089-882-5104) ทราบเรื่องแล้วค่ะ\n\n"
            f"ติดต่อดิฉันได้ที่ {mob(w_mob, 0)} ค่ะ\nขอบพระคุณค่ะ\n\n"
            f"-- \n{bare(w_name)}\n{w_home}\n"
        )
    else:
        text = (
            "เรียน ปลัด อบต.กระโสบ / กองสวัสดิการสังคม\n\n"
            f"ผม{w_name} เลขบัตรประชาชน {nid(w_id, 1)} หลานชายของ{kin}{e.first} "
            f"ขอแจ้งว่า{kin}อยู่บ้านคนเดียวตั้งแต่ป้าเสียเมื่อเดือนสิงหาคม {kin}ไม่มีโทรศัพท์ "
            "ตอนนี้ขาบวม เดินไม่ค่อยได้ กินข้าววันละมื้อ ผมอยู่ไกลกลับไปดูได้เดือนละครั้งเดียวครับ\n\n"
            f"ชื่อ-สกุล: {e.name}\n"
            f"เลขประจำตัวประชาชน: {spaced(e.nid)}\n"
            f"วันเกิด: {be_short(e.born)}\n"
            f"ที่อยู่: {line(h, 1, 0)}\n\n"
            f"อยากให้ทาง อบต. จัดคนไปเยี่ยม{kin}และประเมินเข้าโครงการดูแลระยะยาว (LTC) ครับ "
            f"ถ้าจะนัดเยี่ยมโทรหาผมที่ {mob(w_mob, 2)} หรือผู้ใหญ่บ้านหมู่ 9 (087-730-2291) ได้ครับ\n\n"
            f"ขอบคุณครับ\n{bare(w_name)}\n{w_home}\n"
        )
    raw = mail(n, f"ขอให้เยี่ยมบ้านผู้สูงอายุที่อยู่ลำพัง ({kin}{e.first})", f"{bare(w_name)} <{w_box}>",
               "saraban@krasop.example.go.th", text=text)  # fmt: skip
    return Case("plain_gmail_niece_elder_alone", raw, want(e, phone=k == 0, box=False))


CG_REPORTS = (
    (W("นาง", "ทองใบ", "ศรีสุข", "335030011827", date(1939, 3, 2),
       home=H("19", "8", "กุดชุม", "กุดชุม", YS, "35140")),
     ("นางสาวจันทร์เพ็ญ บุญมา", with_check_digit("135030027745"), "0914482037", "chanpen.bm@hotmail.com", "CG-ยส 0412/2565"),
     ("นายสมหมาย ศรีสุข", "บุตร", "0872046631")),
    (W("นาย", "เหลา", "วงศ์ใหญ่", "335030003190", date(1936, 12, 15),
       home=H("203", "4", "โพนงาม", "กุดชุม", YS, "35140", village="บ้านโพนงาม")),
     ("นางรัชนี สายทอง", with_check_digit("335030046612"), "0827751390", "ratchanee.st@outlook.co.th", "CG-ยส 0388/2564"),
     ("นางสาวมะลิ วงศ์ใหญ่", "บุตรสาว", "0633398150")),
)  # fmt: skip
CM_KC = ("นางวิไลวรรณ แสนทวีสุข", "รพ.สต.บ้านโนนเปือย", "045789214")


def plain_outlook_android_cg_report(k: int, n: int) -> Case:
    """A caregiver's monthly LTC report from Outlook for Android: the elder's lines, ADL,
    visits, vital signs, supplies asked; the relative's mobile; the CG's own ID, phone and
    certificate; the CM's line."""
    e, (cg, cg_id, cg_mob, cg_box, cert), (kin, rel, kin_mob) = CG_REPORTS[k]
    h = e.home
    assert h is not None
    cm, unit, cm_line = CM_KC
    if k == 0:
        text = (
            "เรียน ผู้จัดการการดูแลผู้สูงอายุ (CM) และกองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลกุดชุม\n\n"
            "ส่งรายงานการให้บริการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (LTC) ประจำเดือนพฤศจิกายน 2569 ค่ะ\n\n"
            f"ผู้รับบริการ: {e.name}\n"
            f"เลขประจำตัวประชาชน: {e.nid}\n"
            f"วันเดือนปีเกิด: {be_long(e.born)} (87 ปี)\n"
            f"ที่อยู่: {line(h, 3, 1)}\n"
            "ADL = 3 คะแนน กลุ่มที่ 3 (ติดเตียง) สิทธิ UC\n"
            "จำนวนครั้งที่เยี่ยม: 8 ครั้ง (2, 6, 9, 13, 16, 20, 23, 27 พ.ย.)\n"
            "สัญญาณชีพครั้งล่าสุด: BP 148/86 mmHg, P 78, DTX 132 mg/dl\n"
            "ปัญหาที่พบ: แผลกดทับบริเวณก้นกบ ระดับ 2 ขนาด 3x4 ซม., ผ้าอ้อมผู้ใหญ่ไม่พอใช้\n"
            "ขอรับการสนับสนุน: ผ้าอ้อมผู้ใหญ่ไซซ์ L 3 แพ็ค, แผ่นรองซับ 2 แพ็ค, ที่นอนลม 1 ชุด\n"
            f"ญาติผู้ดูแลหลัก: {kin} ({rel}) โทร {mob(kin_mob, 0)}\n\n"
            f"ผู้รายงาน\n{cg}\nผู้ช่วยเหลือดูแลผู้สูงอายุ (Caregiver) เลขที่ประกาศนียบัตร {cert}\n"
            f"เลขประจำตัวประชาชน {dashed(cg_id)}\nโทร {mob(cg_mob, 0)}\n\n"
            f"สำเนาถึง: {cm} (CM) {unit} โทร {mob(cm_line, 0)}\n\n"
            "ส่งจาก Outlook สำหรับ Android\n"
        )
    else:
        text = (
            f"เรียน คุณ{bare(cm)} (CM)\n\n"
            f"รายงานเยี่ยมบ้านเดือน พ.ย. 69 ของพ่อ{e.first}ค่ะ เลขที่ Care Plan: CP-กช 2569/041 "
            "TAI: B4 คะแนน ADL 6 (กลุ่ม 2 ติดบ้าน)\n\n"
            f"ชื่อ {e.name}\nบัตร {spaced(e.nid)}\nเกิด {be_slash(e.born)}\n"
            f"บ้านเลขที่ {line(h, 1, 0)}\n\n"
            "เยี่ยม 4 ครั้ง: 5/11, 12/11, 19/11, 26/11 BP ล่าสุด 162/94 ส่งต่อ รพ.กุดชุม วันที่ 27/11 (HN 0451827)\n"
            "ขอเบิก: ไม้เท้าสามขา 1 อัน, ผ้าอ้อมผู้ใหญ่ M 2 แพ็ค\n"
            f"ติดต่อญาติ: {kin} ({rel}) {mob(kin_mob, 1)} อยู่ด้วยกันเฉพาะเสาร์-อาทิตย์\n\n"
            f"{cg}\nCG ตำบลโพนงาม ({cert}) บัตร {cg_id}\nโทร {mob(cg_mob, 1)}\n\n"
            "ส่งจาก Outlook สำหรับ Android\n"
        )
    raw = mail(n, f"รายงาน CG เดือน พ.ย. 69 - {e.name}", f"{bare(cg)} <{cg_box}>",
               "ltc@kutchum.example.go.th", text=text)  # fmt: skip
    return Case("plain_outlook_android_cg_report", raw, want(e, phone=False, box=False))


SCHOOL_FORMS = (
    (W("นาง", "สมศรี", "วงศ์สวัสดิ์", "341900118253", date(1950, 5, 17), "0816673042", "somsri.ws2493@gmail.com",
       H("47/2", "", "วารินชำราบ", "วารินชำราบ", UB, "34190", road="สถลมาร์ค")),
     None, ("นางสาวนภาพร วงศ์สวัสดิ์", "บุตรสาว", "0858806427")),
    (W("นาย", "ประยูร", "แสงทอง", "341900072406", date(1948, 9, 30), "0897742156", "",
       H("12", "7", "แสนสุข", "วารินชำราบ", UB, "34190")),
     ("นายธนพล แสงทอง", "หลาน", "0640028317", "thanaphon.st@gmail.com"), ("นางบุญเลี้ยง แสงทอง", "ภรรยา", "0869925513")),
)  # fmt: skip


def plain_webform_elderly_school(k: int, n: int) -> Case:
    """The town's e-service tells the desk, in plain text from no-reply, of an elderly
    school application: the applicant's fields (title, first and last name apart, the
    address in parts), v2 a grandson's ผู้กรอกแทน section; an emergency contact."""
    e, filler, (em, em_rel, em_mob) = SCHOOL_FORMS[k]
    h = e.home
    assert h is not None
    ref = f"ES6912-{47 + 31 * k:04d}"
    rows = [
        "มีผู้ส่งแบบฟอร์มใหม่ในระบบ e-Service เทศบาลเมืองวารินชำราบ",
        "แบบฟอร์ม: ใบสมัครเรียนโรงเรียนผู้สูงอายุเทศบาลเมืองวารินชำราบ รุ่นที่ 9",
        f"เลขที่รับเรื่อง: {ref}",
        f"วันที่ส่ง: 0{4 + k}/12/2569 10:22:51",
        "IP: 171.96.214.37",
        "",
        "== ข้อมูลผู้สมัคร ==",
        f"คำนำหน้า: {e.title}",
        f"ชื่อ: {e.first}",
        f"นามสกุล: {e.last}",
        f"เลขประจำตัวประชาชน: {e.nid}",
        f"วันเดือนปีเกิด: {be_slash(e.born)}",
        f"อายุ: {2569 - (e.born.year + 543)}",
        f"บ้านเลขที่: {h.house}",
        f"หมู่ที่: {h.moo or '-'}",
        f"ถนน: {h.road or '-'}",
        f"ตำบล/แขวง: {h.tambon}",
        f"อำเภอ/เขต: {h.amphoe}",
        f"จังหวัด: {h.province}",
        f"รหัสไปรษณีย์: {h.postal}",
        f"โทรศัพท์มือถือ: {e.phone}",
        f"อีเมล: {e.email or '-'}",
        "โรคประจำตัว: ความดันโลหิตสูง" if k == 0 else "โรคประจำตัว: เบาหวาน ข้อเข่าเสื่อม",
        "ความสามารถพิเศษ: รำวง ทำขนม" if k == 0 else "ความสามารถพิเศษ: จักสาน เป่าแคน",
        "",
        "== ผู้กรอกข้อมูลแทน (ถ้ามี) ==",
        f"ชื่อ-สกุล: {filler[0] if filler else '-'}",
        f"ความเกี่ยวข้อง: {filler[1] if filler else '-'}",
        f"โทรศัพท์: {filler[2] if filler else '-'}",
        f"อีเมล: {filler[3] if filler else '-'}",
        "",
        "== ผู้ติดต่อกรณีฉุกเฉิน ==",
        f"ชื่อ-สกุล: {em}",
        f"ความเกี่ยวข้อง: {em_rel}",
        f"โทรศัพท์: {em_mob}",
        "",
        "ยอมรับเงื่อนไขการเก็บข้อมูลส่วนบุคคล (PDPA): ยอมรับ",
        "",
        "--",
        "ข้อความนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ",
        "ระบบ e-Service เทศบาลเมืองวารินชำราบ โทร 045-321-240",
    ]
    raw = mail(n, f"[e-Service] ใบสมัครโรงเรียนผู้สูงอายุ เลขที่ {ref}",
               "ระบบ e-Service เทศบาลเมืองวารินชำราบ <no-reply@warincity.example.go.th>",
               "welfare@warincity.example.go.th", text="\n".join(rows) + "\n")  # fmt: skip
    return Case("plain_webform_elderly_school", raw, want(e, box=filler is None))


# --- HTML -------------------------------------------------------------------------------

GRANTS = (
    (W("นาง", "ละเอียด", "คำหอม", "334990061528", date(1966, 7, 22), "0625584419", "laiad.kh2509@gmail.com",
       H("31", "", "บุ่ง", "เมืองอำนาจเจริญ", AC, "37000", road="ชยางกูร")),
     W("เด็กหญิง", "พิชญาภา", "คำหอม", "137990118042", date(2026, 3, 11)),
     ("นางสาวอรทัย คำหอม", with_check_digit("137990024365"), "0968824130",
      "120/55 หมู่ 6 ตำบลลาดสวาย อำเภอลำลูกกา จังหวัดปทุมธานี 12150"),
     None),
    (W("นาง", "สุดใจ", "ไชยวงศ์", "334990040217", date(1963, 1, 5), "0899361275", "",
       H("9", "11", "ไก่คำ", "เมืองอำนาจเจริญ", AC, "37000", village="บ้านไก่คำ")),
     W("เด็กชาย", "ธนกร", "ไชยวงศ์", "137010094471", date(2025, 9, 28)),
     ("นางสาวปิยะดา ไชยวงศ์", with_check_digit("137010031582"), "0924417706",
      "หอพักพนักงาน นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี"),
     ("นางสาวจิราภรณ์ ไชยวงศ์", "jiraporn.cw@gmail.com", "0632849105", "น้า")),
)  # fmt: skip


def html_gmail_grandma_child_grant(k: int, n: int) -> Case:
    """A grandmother raising a grandchild asks the child support grant (เงินอุดหนุนเพื่อการ
    เลี้ยงดูเด็กแรกเกิด) by Gmail: v1 her own mail with a table (her rows, the child's, the
    mother's in Pathum Thani), her bank account; v2 the child's aunt sends it from her Gmail
    (a list; the aunt's signature and mobile)."""
    g, c, (m_name, m_id, m_mob, m_home), aunt = GRANTS[k]
    h = g.home
    assert h is not None
    if aunt is None:
        rows = [("ผู้ยื่นคำขอ (ผู้เลี้ยงดูเด็ก)", ""), ("ชื่อ-สกุล", g.name), ("เลขประจำตัวประชาชน", dashed(g.nid)),
                ("วันเกิด", be_short(g.born)), ("ที่อยู่", line(h, 0, 0)), ("โทรศัพท์", mob(g.phone, 0)),
                ("ข้อมูลเด็ก", ""), ("ชื่อ-สกุล", c.name), ("เลขประจำตัวประชาชน", dashed(c.nid)), ("วันเกิด", be_short(c.born)),
                ("ข้อมูลมารดา", ""), ("ชื่อ-สกุล", m_name), ("เลขประจำตัวประชาชน", dashed(m_id)),
                ("โทรศัพท์", mob(m_mob, 0)), ("ที่อยู่ปัจจุบัน", m_home)]  # fmt: skip
        table = "".join(
            f"<tr><td style='padding:4px'>{a}</td><td style='padding:4px'>{b}</td></tr>" if b
            else f"<tr><td colspan='2' style='background:#f3f3f3;padding:4px'><b>{a}</b></td></tr>"
            for a, b in rows
        )  # fmt: skip
        html = (
            '<div dir="ltr"><div>เรียน ผู้อำนวยการกองสวัสดิการสังคม เทศบาลเมืองอำนาจเจริญ</div><div><br></div>'
            f"<div>ดิฉัน {g.name} เป็นยายและเป็นผู้เลี้ยงดูหลานสาวตั้งแต่แรกเกิด เนื่องจากแม่ของหลานไปทำงานต่างจังหวัด "
            "ขอลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด โดยดิฉันเป็นผู้ยื่นคำขอค่ะ รายละเอียดดังนี้</div><div><br></div>"
            f"<table border='1' style='border-collapse:collapse;font-family:arial'>{table}</table><div><br></div>"
            f"<div>ขอรับเงินเข้าบัญชีธนาคารกรุงไทย เลขที่ 678-0-41528-3 ชื่อบัญชี {g.name}</div>"
            "<div>แนบสำเนาบัตรและสูติบัตรหลานมาด้วยค่ะ</div><div><br></div>"
            f"<div>ขอบคุณค่ะ</div><div>{g.bare}</div></div>\n"
        )
        sender = f"{g.bare} <{g.email}>"
    else:
        a_name, a_box, a_mob, a_kin = aunt
        items = [f"ผู้ยื่นคำขอ: {g.name} (ยาย เป็นผู้เลี้ยงดูหลาน)", f"เลขบัตรประชาชนยาย: {spaced(g.nid)}",
                 f"เกิด: {be_long(g.born)}", f"ที่อยู่: {line(h, 3, 1)}", f"เบอร์ยาย: {mob(g.phone, 2)}",
                 f"หลาน: {c.short} เกิด {be_slash(c.born)} เลขบัตร {c.nid}",
                 f"แม่ของหลาน: {m_name} ({nid(m_id, 1)}) ทำงานที่{m_home} โทร {mob(m_mob, 1)}"]  # fmt: skip
        html = (
            '<div dir="ltr"><div>เรียน เจ้าหน้าที่กองสวัสดิการสังคม เทศบาลเมืองอำนาจเจริญ</div><div><br></div>'
            f"<div>ดิฉัน{a_name} ({a_kin}ของเด็ก) ขอส่งข้อมูลแทนแม่ (ยาย) ที่จะยื่นขอเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิดให้หลานค่ะ "
            "ยายพิมพ์ไม่เป็น ยายจะไปเซ็นแบบ ดร.01 ที่เทศบาลเองวันพฤหัสนี้ค่ะ</div><div><br></div>"
            "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"
            "<div>ขอบคุณค่ะ</div><div><br></div><div>-- </div>"
            f"<div>{bare(a_name)}</div><div>โทร {mob(a_mob, 0)}</div></div>\n"
        )
        sender = f"{bare(a_name)} <{a_box}>"
    raw = mail(n, "ลงทะเบียนเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ยายเลี้ยงหลาน)", sender,
               "welfare@amnatcity.example.go.th", html=html)  # fmt: skip
    return Case("html_gmail_grandma_child_grant", raw, want(g, box=aunt is None))


SCHOOLS = (
    ("โรงเรียนบ้านโนนจิก", "1034100512", H("99", "7", "กระโสบ", "เมืองอุบลราชธานี", UB, "34000"), "045210417",
     "nonjik.school@ubon1.example.go.th", "นายสุริยันต์ พรหมวงศ์", "", ("นางสาวปาริชาต ดวงแก้ว", "0842219957"), 148),
    ("โรงเรียนบ้านหนองไฮ", "1034100529", H("120", "3", "กระโสบ", "เมืองอุบลราชธานี", UB, "34000", village="บ้านหนองไฮ"),
     "045210588", "nonghai.school@ubon1.example.go.th", "นางจินตนา สุวรรณศรี", "0813327460",
     ("นายเกรียงไกร ศรีภูมิ", "0897365512"), 96),
)  # fmt: skip


def html_outlook_school_milk_director(k: int, n: int) -> Case:
    """A school's director asks the อบต. from the school's Outlook for the term's milk and
    lunch budget: the school's code, place, pupils, amounts, bank account; the teacher who
    coordinates (her mobile); the director's signature (v2 with her own mobile)."""
    school, code, h, line_, box, director, d_mob, (t_name, t_mob), pupils = SCHOOLS[k]
    paras = [
        "เรียน นายกองค์การบริหารส่วนตำบลกระโสบ",
        "เรื่อง ขอรับการสนับสนุนงบประมาณอาหารเสริม (นม) และอาหารกลางวัน ภาคเรียนที่ 2/2569",
        "",
        f"ด้วย{school} (รหัสโรงเรียน {code}) ตั้งอยู่เลขที่ {line(h, 0, 0)} "
        f"สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุบลราชธานี เขต 1 มีนักเรียนชั้นอนุบาล 2 ถึงชั้นประถมศึกษาปีที่ 6 "
        f"จำนวน {pupils} คน (ข้อมูล DMC ณ วันที่ 10 พฤศจิกายน 2569)",
        f"โรงเรียนขอรับการสนับสนุนอาหารเสริม (นม) ชนิดนมยูเอชที 200 ซีซี จำนวน {pupils} คน x 104 วัน "
        f"และค่าอาหารกลางวันอัตราคนละ 22 บาท x 100 วัน เป็นเงิน {pupils * 2200:,} บาท "
        f"โดยขอให้โอนค่าอาหารกลางวันเข้าบัญชีโรงเรียน ธนาคารกรุงไทย สาขาอุบลราชธานี เลขที่บัญชี {('301-6-04417-2', '301-6-05532-8')[k]}",
        f"ทั้งนี้ ได้มอบหมายให้ {t_name} ครูผู้รับผิดชอบโครงการอาหารกลางวัน โทร {mob(t_mob, k)} เป็นผู้ประสานงาน",
        "",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "",
        "ขอแสดงความนับถือ",
    ]
    phone = f"โทร {mob(line_, k)}" + (f" | มือถือ {mob(d_mob, 0)}" if d_mob else "")
    sig = (f'<p class="MsoNormal"><b>{director}</b><br>ผู้อำนวยการ{school}<br>{line(h, 2, 1)}<br>'
           f'{phone}<br><a href="mailto:{box}">{box}</a></p>')  # fmt: skip
    raw = mail(n, f"ขอรับการสนับสนุนงบอาหารเสริม (นม) และอาหารกลางวัน {school}", f"{school} <{box}>",
               "saraban@krasop.example.go.th", html=outlook_html(paras, sig), headers=OUTLOOK)  # fmt: skip
    title = "นาย" if director.startswith("นาย") else "นาง"
    first, last = director[len(title) :].split()
    d = Who(title, first, last, "", date(1900, 1, 1), line_, box, h)
    e = want(d, NO_BIRTH)
    e["national_id"] = ()
    if d_mob:
        e["phone"] += phones(d_mob)
    return Case("html_outlook_school_milk_director", raw, e)


COMPLAINTS = (
    (W("นาย", "วีระชัย", "ศรีจันทร์", "135010011673", date(1989, 4, 12), "0814436092", "weerachai.sc@gmail.com",
       H("66", "", "ในเมือง", "เมืองยโสธร", YS, "35000", soi="อุทัยรามฤทธิ์ 5", road="อุทัยรามฤทธิ์")),
     W("เด็กชาย", "ปัณณวัฒน์", "ศรีจันทร์", "135010149958", date(2021, 6, 2)), "อ.3/1"),
    (W("นาง", "นิตยา", "บุตรดี", "335010052249", date(1982, 1, 1), "0878815523", "nittaya.bd@hotmail.com",
       H("14", "2", "น้ำคำใหญ่", "เมืองยโสธร", YS, "35000")),
     W("เด็กหญิง", "กัญญาณัฐ", "บุตรดี", "135010133707", date(2020, 12, 24)), "ป.1/2"),
)  # fmt: skip
CLERK_YS = (
    "นางสาวกมลวรรณ ทองสุข",
    "นักวิชาการศึกษาชำนาญการ",
    "045-711-245 ต่อ 205",
    "edu@yasothoncity.example.go.th",
)


def html_gmail_reply_parent_complaint(k: int, n: int) -> Case:
    """A parent's Gmail reply (text and HTML) over the education clerk's quoted mail, which
    asked the complainant's details: the parent's lines, then the child's (class, birth
    date, an HN, a milk lot); the clerk's signature and line in the quote."""
    p, c, room = COMPLAINTS[k]
    h = p.home
    assert h is not None
    clerk, post, clerk_line, clerk_box = CLERK_YS
    ref = f"ยส.ศษ. {1187 + k}/2569"
    school = "โรงเรียนเทศบาล 3 (บ้านสิงห์ท่า)"
    if k == 0:
        story = (f"ลูกชาย {c.short} ชั้น {room} {school} เกิด {be_short(c.born)} ดื่มนมโรงเรียนวันที่ 1 ธ.ค. "
                 "แล้วปวดท้อง อาเจียน ท้องเสีย ต้องพาไปโรงพยาบาลยโสธร (HN 64-0012873) นมกล่องที่เหลือผมเก็บไว้ "
                 "ล็อต 261125 วันหมดอายุ 02/12/2569 กล่องบวมครับ รบกวนตรวจสอบนมทั้งล็อตก่อนแจกเด็กคนอื่นด้วยครับ")  # fmt: skip
        mine = [f"ชื่อ-สกุล: {p.name}", f"เลขประจำตัวประชาชน: {dashed(p.nid)}",
                f"ที่อยู่: {line(h, 0, 0)}", f"โทร: {mob(p.phone, 0)}"]  # fmt: skip
        greet = "ขอบคุณที่ตอบกลับครับ ข้อมูลผู้ร้องเรียนตามที่ขอครับ"
    else:
        story = (f"ลูกสาว {c.name} ชั้น {room} {school} (เลขประจำตัวนักเรียน 04417 เกิด {be_slash(c.born)}) "
                 "เล่าว่าอาหารกลางวันได้ข้าวครึ่งทัพพี กับข้าวเป็นน้ำแกงไม่มีเนื้อ หลายวันติดกัน เด็กหิวกลับบ้าน "
                 "ค่าอาหารกลางวันรัฐให้คนละ 22 บาท อยากให้ตรวจสอบผู้รับจ้างทำอาหารค่ะ")  # fmt: skip
        mine = [f"ผู้ร้องเรียน {p.name}", f"บัตรประชาชน {spaced(p.nid)}",
                f"บ้านเลขที่ {line(h, 1, 1)}", f"มือถือ {mob(p.phone, 3)}"]  # fmt: skip
        greet = "เรียน เจ้าหน้าที่ ตามที่ขอข้อมูลมาค่ะ"
    quoted = [
        "เรียน ผู้ปกครอง",
        "กองการศึกษาได้รับเรื่องแจ้งผ่านเพจ Facebook ของเทศบาลแล้ว เพื่อดำเนินการตรวจสอบ "
        "กรุณาแจ้งชื่อ-สกุล เลขประจำตัวประชาชน ที่อยู่ และหมายเลขโทรศัพท์ของผู้ร้องเรียน ตอบกลับมาทางอีเมลนี้",
        f"เลขที่เรื่อง {ref}",
        "",
        clerk,
        post,
        "กองการศึกษา เทศบาลเมืองยโสธร",
        f"โทร {clerk_line}",
    ]
    when = f"เมื่อ พ. {2 + k} ธ.ค. 2026 เวลา 10:1{4 + k}"
    text = (
        f"{greet}\n" + "\n".join(mine) + f"\n\n{story}\n\n{p.bare}\n\n"
        f"{when} กองการศึกษา เทศบาลเมืองยโสธร <{clerk_box}> เขียนว่า:\n\n"
        + "\n".join(f"> {x}" if x else ">" for x in quoted)
        + "\n"
    )
    html = (
        '<div dir="ltr">'
        + f"<div>{greet}</div>"
        + "".join(f"<div>{x}</div>" for x in mine)
        + f"<div><br></div><div>{story}</div><div><br></div><div>{p.bare}</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{when} กองการศึกษา เทศบาลเมืองยโสธร &lt;{clerk_box}&gt; เขียนว่า:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "<br>".join(quoted)
        + "</blockquote></div>\n"
    )
    raw = mail(n, f"Re: เรื่องร้องเรียน{'นมโรงเรียน' if k == 0 else 'อาหารกลางวัน'} {ref}", f"{p.bare} <{p.email}>",
               clerk_box, text=text, html=html,
               headers=(("In-Reply-To", f"<edu-{ref[-9:-5]}@yasothoncity.example.go.th>"),))  # fmt: skip
    return Case("html_gmail_reply_parent_complaint", raw, want(p, born=False))


VISITS = (
    (W("นาง", "บุญมา", "สายสุด", "334010137725", date(1941, 1, 20),
       home=H("18", "", "ในเมือง", "เมืองอุบลราชธานี", UB, "34000", soi="สรรพสิทธิ์ 7", road="สรรพสิทธิ์")),
     ("นางสาววนิดา ศรีบุญ", "อสม. ชุมชนวัดหลวง (บัตร อสม. เลขที่ 34-0101-02215)", with_check_digit("334010208853"),
      "0870092214", "wanida.sb@gmail.com")),
    (W("นาย", "จันทร์", "ดีพร้อม", "334010064408", date(1944, 7, 7), "045254318",
       home=H("5/1", "", "ในเมือง", "เมืองอุบลราชธานี", UB, "34000", road="ศรีณรงค์")),
     ("นางพรทิพย์ วงศ์คำ", "เพื่อนบ้าน", with_check_digit("334010190347"), "0659981720", "")),
)  # fmt: skip


def html_eservice_elder_visit(k: int, n: int) -> Case:
    """The city's e-service notification as an HTML table from no-reply: the request's
    number, the ผู้แจ้ง's rows (an อสม. with her card, or a neighbour), then the elder's
    rows (v2 his landline), the matter, a GPS point."""
    e, (r_name, r_role, r_id, r_mob, r_box) = VISITS[k]
    h = e.home
    assert h is not None
    ref = f"UB-ES-691204-{31 + 17 * k:04d}"
    rows = [
        ("เลขที่คำขอ", ref), ("ประเภทคำขอ", "แจ้งขอรับการเยี่ยมบ้านผู้สูงอายุที่อยู่ตามลำพัง"),
        ("วันที่แจ้ง", f"0{4 + k}/12/2569 08:4{k}"), ("ช่องทาง", "เว็บไซต์"),
        ("ข้อมูลผู้แจ้ง", ""), ("ชื่อ-สกุล", r_name), ("สถานะ", r_role), ("เลขประจำตัวประชาชน", r_id),
        ("โทรศัพท์", mob(r_mob, k)), ("อีเมล", r_box or "-"),
        ("ข้อมูลผู้สูงอายุ", ""), ("ชื่อ-สกุล", e.name), ("เลขประจำตัวประชาชน", dashed(e.nid)),
        ("วันเดือนปีเกิด", be_long(e.born)), ("อายุ", f"{2569 - (e.born.year + 543)} ปี"),
        ("ที่อยู่", line(h, k * 2, 0)), ("โทรศัพท์", mob(e.phone, 0) if e.phone else "-"),
        ("รายละเอียด", "อยู่คนเดียว ลูกหลานอยู่ต่างจังหวัด เดินไม่คล่อง ลืมกินยาความดันบ่อย ขอให้เจ้าหน้าที่ไปเยี่ยมและประเมิน"
         if k == 0 else "ไม่เห็นคุณตาออกจากบ้านสองวัน โทรเข้าบ้านไม่มีคนรับ ขอให้เจ้าหน้าที่ไปดูด่วน"),
        ("พิกัด", f"15.2{28 + k}41, 104.85{6 + k}27"),
    ]  # fmt: skip
    table = "".join(
        f"<tr><th align='left' style='background:#dde7f3'>{a}</th><td>{b}</td></tr>" if b
        else f"<tr><th colspan='2' style='background:#1f4e79;color:#fff'>{a}</th></tr>"
        for a, b in rows
    )  # fmt: skip
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">'
        "<h3>ระบบบริการประชาชนออนไลน์ เทศบาลนครอุบลราชธานี</h3>"
        "<p>มีคำขอใหม่เข้าสู่ระบบ กรุณาดำเนินการภายใน 3 วันทำการ</p>"
        f"<table border='1' cellpadding='6' style='border-collapse:collapse'>{table}</table>"
        "<p style='color:#888;font-size:11px'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ | "
        "กองสวัสดิการสังคม โทร 045-245-012</p></body></html>\n"
    )
    raw = mail(n, f"[UBC e-Service] คำขอใหม่ {ref} แจ้งขอรับการเยี่ยมบ้านผู้สูงอายุ",
               "ระบบบริการประชาชนออนไลน์ <no-reply@uboncity.example.go.th>", "welfare@uboncity.example.go.th",
               html=html)  # fmt: skip
    return Case("html_eservice_elder_visit", raw, want(e, phone=bool(e.phone), box=False))


# --- Word -------------------------------------------------------------------------------

DOTTED = (
    (W("เด็กชาย", "ธีรภัทร", "ศรีหาบุตร", "135010171534", date(2024, 3, 21),
       home=H("123", "2", "ทุ่งแต้", "เมืองยโสธร", YS, "35000"), nick="ภูผา"),
     ("นายสมพงษ์ ศรีหาบุตร", with_check_digit("135010004468"), "รับจ้าง (ทำงานที่ประเทศเกาหลีใต้)", ""),
     ("นางสาวสุภาวดี แสนสุข", with_check_digit("135990027715"), "พนักงานบริษัท กรุงเทพฯ", "0957701834"),
     ("นางคำปุ่น ศรีหาบุตร", "ย่า", with_check_digit("335010066124"), "0883205716", "เกษตรกร"),
     ("นก ศรีหาบุตร", "nok.srihabut@gmail.com"), True),
    (W("เด็กหญิง", "ชนิดาภา", "โคตรสมบัติ", "135010158822", date(2023, 12, 5),
       home=H("8", "5", "ทุ่งแต้", "เมืองยโสธร", YS, "35000", village="บ้านหนองบัว"), nick="น้ำหวาน"),
     ("นายประวิทย์ โคตรสมบัติ", with_check_digit("135010012507"), "ค้าขาย", "0801125569"),
     ("นางอัญชลี โคตรสมบัติ", with_check_digit("135010019433"), "แม่บ้าน", "0641190275"),
     ("นางอัญชลี โคตรสมบัติ", "มารดา", with_check_digit("135010019433"), "0641190275", "แม่บ้าน"),
     ("Prawit Khotsombat", "prawit.ks@gmail.com"), False),
)  # fmt: skip


def dots(v: str) -> str:
    return f"......{v}......"


def docx_cdc_form_dotted(k: int, n: int) -> Case:
    """The ศพด.'s application typed over its dotted lines in Word (v1 all in Thai digits):
    the child's part (nickname, ID, birth date in three slots, age, the address in slots),
    the father's, the mother's, then the ผู้ปกครอง (the grandmother in v1) who signs."""
    (
        c,
        (f_name, f_id, f_job, f_mob),
        (m_name, m_id, m_job, m_mob),
        (g_name, g_rel, g_id, g_mob, g_job),
        (s_name, s_box),
        th,
    ) = DOTTED[k]
    h = c.home
    assert h is not None
    t = thai if th else (lambda s: s)
    b = c.born
    age = 2026 * 12 + 12 - (b.year * 12 + b.month)

    def build(d: Any) -> None:
        d.add_paragraph("ใบสมัครเด็กเข้ารับการพัฒนา")
        d.add_paragraph("ศูนย์พัฒนาเด็กเล็กบ้านทุ่งแต้ สังกัดองค์การบริหารส่วนตำบลทุ่งแต้ อำเภอเมืองยโสธร จังหวัดยโสธร")
        d.add_paragraph(
            t(
                f"เลขที่ใบสมัคร {dots(f'{12 + k}/2570')}\t\tวันที่ {dots('5')} เดือน {dots('ธันวาคม')} พ.ศ. {dots('2569')}"
            )
        )
        d.add_paragraph(t("1. ข้อมูลเด็ก"))
        d.add_paragraph(f"ชื่อ - นามสกุล (เด็ก) {dots(c.name)} ชื่อเล่น {dots(c.nick)}")
        d.add_paragraph(t(f"เลขประจำตัวประชาชน {dots(dashed(c.nid))}"))
        d.add_paragraph(t(f"เกิดวันที่ {dots(str(b.day))} เดือน {dots(MONTHS[b.month - 1])} พ.ศ. {dots(str(b.year + 543))} "
                          f"อายุ {dots(str(age // 12))} ปี {dots(str(age % 12))} เดือน"))  # fmt: skip
        d.add_paragraph(
            f"เชื้อชาติ {dots('ไทย')} สัญชาติ {dots('ไทย')} ศาสนา {dots('พุทธ')} หมู่โลหิต {dots('บี' if k == 0 else 'เอ')}"
        )
        d.add_paragraph(
            t(
                f"น้ำหนัก {dots(str(13 - k))} กก. ส่วนสูง {dots(str(92 - 3 * k))} ซม. โรคประจำตัว {dots('ไม่มี')}"
            )
        )
        d.add_paragraph(t(f"ที่อยู่ตามทะเบียนบ้าน บ้านเลขที่ {dots(h.house)} หมู่ที่ {dots(h.moo)} "
                          + (f"ชื่อหมู่บ้าน {dots(h.village)} " if h.village else "")
                          + f"ตำบล {dots(h.tambon)} อำเภอ {dots(h.amphoe)} จังหวัด {dots(h.province)} รหัสไปรษณีย์ {dots(h.postal)}"))  # fmt: skip
        d.add_paragraph(t("2. ข้อมูลบิดา"))
        d.add_paragraph(t(f"ชื่อ - นามสกุล {dots(f_name)} เลขประจำตัวประชาชน {dots(dashed(f_id))}"))
        d.add_paragraph(t(f"อาชีพ {dots(f_job)} โทรศัพท์ {dots(mob(f_mob, 0) if f_mob else '-')}"))
        d.add_paragraph(t("3. ข้อมูลมารดา"))
        d.add_paragraph(t(f"ชื่อ - นามสกุล {dots(m_name)} เลขประจำตัวประชาชน {dots(dashed(m_id))}"))
        d.add_paragraph(t(f"อาชีพ {dots(m_job)} โทรศัพท์ {dots(mob(m_mob, 0))}"))
        d.add_paragraph(t("4. ข้อมูลผู้ปกครอง (ผู้ที่เด็กอาศัยอยู่ด้วย)"))
        d.add_paragraph(
            t(
                f"ชื่อ - นามสกุล {dots(g_name)} เกี่ยวข้องเป็น {dots(g_rel)} เลขประจำตัวประชาชน {dots(dashed(g_id))}"
            )
        )
        d.add_paragraph(
            t(f"อาชีพ {dots(g_job)} โทรศัพท์ {dots(mob(g_mob, 0))} ที่อยู่ {dots('เดียวกับเด็ก')}")
        )
        d.add_paragraph(
            "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง และยินยอมปฏิบัติตามระเบียบของศูนย์พัฒนาเด็กเล็ก"
        )
        d.add_paragraph(f"ลงชื่อ ........................................ ผู้ปกครอง\n( {g_name} )")

    note = ("เรียน ครูศูนย์เด็กเล็กบ้านทุ่งแต้\nส่งใบสมัครของหลานค่ะ ย่าให้ส่งแทน ย่าจะพาน้องไปวันมอบตัวค่ะ\n"
            if k == 0 else "เรียน ครู ศพด.บ้านทุ่งแต้\nแนบใบสมัครลูกสาวครับ กรอกครบแล้ว\nประวิทย์\n")  # fmt: skip
    raw = mail(n, f"ใบสมัคร ศพด.บ้านทุ่งแต้ - {c.name}", f"{s_name} <{s_box}>", "cdc@thungtae.example.go.th",
               text=note, files=(("ใบสมัคร ศพด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cdc_form_dotted", raw, child(c))


CM_LETTERS = (
    (W("นาย", "บุญมี", "ทองคำ", "334010045562", date(1945, 6, 18),
       home=H("41", "3", "นาหมอม้า", "เมืองอำนาจเจริญ", AC, "37000")),
     ("นายสมศักดิ์ ทองคำ", "บุตรชาย", with_check_digit("334010122914"), "เป็นคนพิการทางสติปัญญา (บัตรประจำตัวคนพิการเลขเดียวกับเลขประจำตัวประชาชน)"),
     True),
    (W("นาง", "สีดา", "พรมจันทร์", "334010008417", date(1938, 11, 30),
       home=H("7", "6", "นาหมอม้า", "เมืองอำนาจเจริญ", AC, "37000", village="บ้านโนนสว่าง")),
     ("เด็กหญิงกนกพร พรมจันทร์", "หลานสาว อายุ 12 ปี", with_check_digit("137010007125"), "เป็นนักเรียนชั้นประถมศึกษาปีที่ 6"),
     False),
)  # fmt: skip
CM_AC = ("นางสาวรุ่งนภา ศรีวิเศษ", "พยาบาลวิชาชีพชำนาญการ", "0897026613", "rungnapa.cm@gmail.com")


def docx_rpst_cm_letter(k: int, n: int) -> Case:
    """A รพ.สต.'s letter in Word (v1 in Thai digits) asking the อบต. to adapt a dependent
    elder's bathroom and lend a bed: the รพ.สต.'s place top right, the elder's lines in the
    body, the family member he lives with (her or his ID), the CM's mobile, the director's
    signature; mailed by the CM from her Gmail."""
    e, (f_name, f_rel, f_id, f_note), th = CM_LETTERS[k]
    h = e.home
    assert h is not None
    t = thai if th else (lambda s: s)
    cm, post, cm_mob, cm_box = CM_AC
    age = 2569 - (e.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph(t(f"ที่ อจ 0033.301.04/{214 + k}\t\t\tโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนาหมอม้า\n"
                          "\t\t\t\tหมู่ที่ 1 ตำบลนาหมอม้า อำเภอเมืองอำนาจเจริญ\n\t\t\t\tจังหวัดอำนาจเจริญ 37000"))  # fmt: skip
        d.add_paragraph(t(f"\t\t\t{7 + k} ธันวาคม 2569"))
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์ปรับปรุงที่อยู่อาศัยและสนับสนุนอุปกรณ์สำหรับผู้สูงอายุที่มีภาวะพึ่งพิง")
        d.add_paragraph("เรียน นายกองค์การบริหารส่วนตำบลนาหมอม้า")
        d.add_paragraph(t("สิ่งที่ส่งมาด้วย 1. แบบประเมินความสามารถในการดำเนินชีวิตประจำวัน (ADL) จำนวน 1 ฉบับ\n"
                          "\t\t2. ภาพถ่ายสภาพบ้านและห้องน้ำ จำนวน 6 ภาพ"))  # fmt: skip
        addr = line(h, 0, 0) if k == 0 else line(h, 1, 0)
        d.add_paragraph(
            t(
                "\tด้วยโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนาหมอม้า ได้ออกเยี่ยมบ้านผู้สูงอายุที่มีภาวะพึ่งพิงในเขตรับผิดชอบ พบว่า "
                f"{e.name} อายุ {age} ปี เลขประจำตัวประชาชน {spaced(e.nid) if k == 0 else dashed(e.nid)} "
                f"เกิดวันที่ {be_long(e.born)} อยู่บ้านเลขที่ {addr} "
                f"ป่วยด้วยโรคหลอดเลือดสมอง มีคะแนน ADL {6 - k} คะแนน (กลุ่มติดบ้าน) อาศัยอยู่กับ{f_rel} คือ {f_name} "
                f"เลขประจำตัวประชาชน {dashed(f_id)} ซึ่ง{f_note} ไม่สามารถดูแลผู้สูงอายุได้เต็มที่"
            )
        )
        d.add_paragraph(
            t(
                "\tจากการประเมินสภาพบ้าน พบว่าห้องน้ำเป็นส้วมซึมแบบนั่งยอง พื้นลื่น ไม่มีราวจับ ทางเข้าบ้านเป็นขั้นบันไดสูง 3 ขั้น "
                "ผู้สูงอายุเคยหกล้ม 2 ครั้งในรอบ 3 เดือน จึงขอความอนุเคราะห์องค์การบริหารส่วนตำบลนาหมอม้า พิจารณาปรับปรุงห้องน้ำเป็นแบบชักโครก "
                "ติดตั้งราวจับ ทำทางลาด และสนับสนุนเตียงผู้ป่วยพร้อมที่นอน 1 ชุด ตามโครงการปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับผู้สูงอายุ"
            )
        )
        d.add_paragraph(t(f"\tทั้งนี้ หากต้องการข้อมูลเพิ่มเติม กรุณาติดต่อ {cm} {post} "
                          f"ผู้จัดการการดูแลผู้สูงอายุ (Care Manager) โทร {mob(cm_mob, 0)}"))  # fmt: skip
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
        d.add_paragraph("\t\t\tขอแสดงความนับถือ\n\n\t\t\t(นายชัยวัฒน์ บุญทวี)\n"
                        "\t\tผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนาหมอม้า")  # fmt: skip
        d.add_paragraph(t("งานเยี่ยมบ้านและการดูแลระยะยาว\nโทร 0 4552 3117"))

    raw = mail(n, f"หนังสือ รพ.สต.บ้านนาหมอม้า ขอปรับปรุงบ้านผู้สูงอายุ ({e.name})", f"{bare(cm)} <{cm_box}>",
               "saraban@namormah.example.go.th",
               text="เรียน นายก อบต.นาหมอม้า\nส่งหนังสือขอความอนุเคราะห์ตามไฟล์แนบค่ะ ต้นฉบับส่งทางไปรษณีย์แล้วค่ะ\nรุ่งนภา (CM)\n",
               files=((f"อจ0033-{214 + k}.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_rpst_cm_letter", raw, want(e, phone=False, box=False))


SCHOOL_TABLES = (
    (W("นาง", "ทองสุข", "บุญประคม", "334120031146", date(1955, 2, 14), "0862290147",
       home=H("9", "2", "นาจิก", "เมืองอำนาจเจริญ", AC, "37000")),
     ("นางสาวมาลัย บุญประคม", "บุตรสาว", "0917736605"),
     ("นายเสถียร คำภา", "ประธานชมรมผู้สูงอายุตำบลนาจิก", "sathian.kp@gmail.com")),
    (W("นาย", "คำพอง", "ศรีภูมิ", "334120007724", date(1952, 8, 8), "0819043376",
       home=H("102", "8", "นาจิก", "เมืองอำนาจเจริญ", AC, "37000")),
     ("นายวีรพล ศรีภูมิ", "บุตรชาย", "0882017734"),
     ("นายณัฐวุฒิ ศรีภูมิ", "หลาน", "nattawut.sp@gmail.com")),
)  # fmt: skip


def docx_elderly_school_table(k: int, n: int) -> Case:
    """The elderly school's application as a Word table (label | value): the applicant's
    rows (the address on three lines in one cell), then a merged row and the emergency
    contact's rows (a second ชื่อ - สกุล and โทรศัพท์); sent by the club's chair or a
    grandson."""
    e, (em, em_rel, em_mob), (s_name, s_post, s_box) = SCHOOL_TABLES[k]
    h = e.home
    assert h is not None
    addr = f"บ้านเลขที่ {h.house} หมู่ {h.moo}\nตำบล{h.tambon} อำเภอ{h.amphoe}\nจังหวัด{h.province} {h.postal}"

    def build(d: Any) -> None:
        d.add_paragraph("ใบสมัครเข้าเรียนโรงเรียนผู้สูงอายุตำบลนาจิก")
        d.add_paragraph(
            "รุ่นที่ 5 ปีการศึกษา 2570\nองค์การบริหารส่วนตำบลนาจิก อำเภอเมืองอำนาจเจริญ จังหวัดอำนาจเจริญ"
        )
        rows = [("ชื่อ - สกุล", e.name), ("เลขประจำตัวประชาชน", nid(e.nid, k)),
                ("วัน เดือน ปีเกิด", be_long(e.born) if k == 0 else be_slash(e.born)),
                ("อายุ", f"{2569 - (e.born.year + 543)} ปี"), ("ที่อยู่ปัจจุบัน", addr), ("โทรศัพท์", mob(e.phone, k)),
                ("อาชีพเดิม/ปัจจุบัน", "เกษตรกร" if k == 0 else "ข้าราชการครูบำนาญ"),
                ("โรคประจำตัว", "เบาหวาน ความดันโลหิตสูง" if k == 0 else "ไม่มี"),
                ("ความสามารถพิเศษ", "ทอผ้าไหม ร้องหมอลำ" if k == 0 else "เป่าแคน สอนหนังสือ"),
                ("ผู้ติดต่อกรณีฉุกเฉิน", ""), ("ชื่อ - สกุล", em), ("เกี่ยวข้องเป็น", em_rel), ("โทรศัพท์", mob(em_mob, k + 1))]  # fmt: skip
        table = d.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for r, (a, b) in enumerate(rows):
            if b:
                table.cell(r, 0).text = a
                table.cell(r, 1).text = b
            else:
                merged = table.cell(r, 0).merge(table.cell(r, 1))
                merged.text = a
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อมูลข้างต้นเป็นความจริง")
        d.add_paragraph(
            f"ลงชื่อ ................................ ผู้สมัคร\n({e.name})\nวันที่ {3 + k} ธันวาคม 2569"
        )

    note = (f"เรียน กองสวัสดิการสังคม อบต.นาจิก\nชมรมฯ ส่งใบสมัครนักเรียนใหม่ 1 ราย ({e.name}) ครับ\n{s_name}\n{s_post}\n"
            if k == 0 else f"เรียน อบต.นาจิก\nส่งใบสมัครโรงเรียนผู้สูงอายุของคุณตาครับ ผมพิมพ์ให้ตามที่ตาบอกครับ\n{s_name}\n")  # fmt: skip
    raw = mail(n, "ใบสมัครโรงเรียนผู้สูงอายุ รุ่นที่ 5", f"{bare(s_name)} <{s_box}>", "welfare@najik.example.go.th",
               text=note, files=(("ใบสมัครโรงเรียนผู้สูงอายุ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_elderly_school_table", raw, want(e, box=False))


AIDS = (
    (W("นาง", "คำแพง", "จันทร์หอม", "341500093327", date(1962, 4, 3), "0641173082",
       home=H("27", "5", "แสนสุข", "วารินชำราบ", UB, "34190")),
     (W("เด็กหญิง", "น้ำฝน", "จันทร์หอม", "134150042271", date(2022, 7, 19)),
      W("เด็กชาย", "นที", "จันทร์หอม", "134150059906", date(2024, 5, 8))),
     "มารดาของเด็กเสียชีวิตเมื่อปี 2568 บิดาไปทำงานต่างประเทศและไม่ได้ส่งเงินมาเลี้ยงดู", True),
    (W("นาย", "ทองดี", "ผิวขำ", "341500017704", date(1958, 12, 12), "0922613408",
       home=H("3/5", "2", "ธาตุ", "วารินชำราบ", UB, "34190")),
     (W("เด็กชาย", "พีรพัฒน์", "ผิวขำ", "134150066148", date(2023, 9, 1)),),
     "บิดามารดาแยกทางกันและติดต่อไม่ได้ตั้งแต่ปี 2567 ผู้สูงอายุป่วยเป็นโรคไต ต้องฟอกไตสัปดาห์ละ 2 ครั้ง", False),
)  # fmt: skip
TEACHER_WR = ("นางสาวสุพัตรา อินทร์แก้ว", "ครูผู้ดูแลเด็ก", "0857732208", "supattra.cdc@gmail.com")


def docx_teacher_memo_grandparent(k: int, n: int) -> Case:
    """A child-care teacher's บันทึกข้อความ in Word (v1 in Thai digits) asking aid for a
    grandparent raising grandchildren: the centre's line, the memo's number, the
    grandparent's table (named ผู้ขอรับความช่วยเหลือ), the children's table (IDs, birth
    dates), the teacher's signature and mobile, the head's comment."""
    g, kids, story, th = AIDS[k]
    h = g.home
    assert h is not None
    t = thai if th else (lambda s: s)
    teacher, post, t_mob, t_box = TEACHER_WR
    kin = "ยาย" if g.title == "นาง" else "ตา"

    def build(d: Any) -> None:
        d.add_paragraph("บันทึกข้อความ")
        d.add_paragraph(
            t("ส่วนราชการ  ศูนย์พัฒนาเด็กเล็กบ้านแสนสุข กองการศึกษา เทศบาลเมืองวารินชำราบ โทร 0 4532 1740")
        )
        d.add_paragraph(t(f"ที่  อบ 52602/{187 + k}\t\tวันที่  {8 + k} ธันวาคม 2569"))
        d.add_paragraph("เรื่อง  ขอความช่วยเหลือครอบครัวเด็กที่อยู่ในความดูแลของผู้สูงอายุ")
        d.add_paragraph(
            "เรียน  นายกเทศมนตรีเมืองวารินชำราบ (ผ่านผู้อำนวยการกองการศึกษา และผู้อำนวยการกองสวัสดิการสังคม)"
        )
        d.add_paragraph(t(f"\tด้วยศูนย์พัฒนาเด็กเล็กบ้านแสนสุข ได้ออกเยี่ยมบ้านเด็กในความดูแล พบว่าเด็กจำนวน {len(kids)} คน "
                          f"อาศัยอยู่กับ{kin} ซึ่ง{story} ครอบครัวมีรายได้ไม่เพียงพอต่อการเลี้ยงดูเด็ก"))  # fmt: skip
        d.add_paragraph(
            t(f"\tจึงขอเสนอให้ {g.name} เป็นผู้ขอรับความช่วยเหลือเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย รายละเอียดดังนี้")
        )
        rows = [("ผู้ขอรับความช่วยเหลือ", g.name), ("เลขประจำตัวประชาชน", dashed(g.nid)),
                ("วัน เดือน ปีเกิด", be_long(g.born)), ("ที่อยู่", line(h, 0, 0)), ("โทรศัพท์", mob(g.phone, k)),
                ("อาชีพ/รายได้", "รับจ้างทั่วไป ประมาณ 3,000 บาท/เดือน และเบี้ยยังชีพผู้สูงอายุ 600 บาท/เดือน")]  # fmt: skip
        table = d.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for r, (a, b) in enumerate(rows):
            table.cell(r, 0).text = a
            table.cell(r, 1).text = t(b)
        d.add_paragraph("เด็กในความดูแล")
        kt = d.add_table(rows=1 + len(kids), cols=5)
        kt.style = "Table Grid"
        for col, head_ in enumerate(("ลำดับ", "ชื่อ - สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ระดับชั้น")):
            kt.cell(0, col).text = head_
        for r, c in enumerate(kids, start=1):
            for col, v in enumerate(
                (str(r), c.name, dashed(c.nid), be_short(c.born), ("อนุบาล 1", "เตรียมอนุบาล")[r - 1])
            ):
                kt.cell(r, col).text = t(v)
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(t(f"\t\t\t({teacher})\n\t\t\t{post}\n\t\t\tโทร {mob(t_mob, 0)}"))
        d.add_paragraph(
            "ความเห็นหัวหน้าศูนย์พัฒนาเด็กเล็ก  เห็นควรให้การช่วยเหลือ\n\t\t\t(นางวาสนา ทองคำ)\n\t\t\tหัวหน้าศูนย์พัฒนาเด็กเล็กบ้านแสนสุข"
        )

    raw = mail(n, f"บันทึกข้อความ ขอความช่วยเหลือครอบครัว{kin}{g.first}", f"ครูสุพัตรา <{t_box}>",
               "saraban@warincity.example.go.th",
               text="เรียน งานสารบรรณ กองการศึกษา\nส่งบันทึกข้อความขอความช่วยเหลือครอบครัวเด็ก ศพด.บ้านแสนสุข ค่ะ\n",
               files=(("บันทึกข้อความ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_teacher_memo_grandparent", raw, want(g, box=False))


# --- PDF --------------------------------------------------------------------------------

FILLABLE_KIDS = (
    (W("เด็กหญิง", "อรัญญา", "มณีวงศ์", "134010255817", date(2023, 10, 2),
       home=H("214/7", "", "ในเมือง", "เมืองอุบลราชธานี", UB, "34000", road="พโลรังฤทธิ์")),
     ("นางสาวเบญจวรรณ มณีวงศ์", with_check_digit("134010066392"), "มารดา", "0648821935", "benjawan.mw@gmail.com", "พนักงานธนาคาร"),
     "Benjawan M. <benjawan.mw@gmail.com>"),
    (W("เด็กชาย", "รัชชานนท์", "บุญยืน", "134010263046", date(2024, 4, 16),
       home=H("35", "6", "ขามใหญ่", "เมืองอุบลราชธานี", UB, "34000")),
     ("นายสมาน บุญยืน", with_check_digit("334010051188"), "ตา", "0817452290", "", "ข้าราชการบำนาญ"),
     "ร้านก๊อปปี้ปริ้นท์ ขามใหญ่ <copyprint.ky@gmail.com>"),
)  # fmt: skip


def pdf_fillable_cdc_child_guardian(k: int, n: int) -> Case:
    """The city's fillable ศพด. application (English field names child_*, guardian_*): the
    child's name, ID as a comb, birth date in three fields (v1 the month's name, v2 its
    number), the address in parts; the guardian's section (ID, relation, phone, box). v2
    is sent by a print shop for the grandfather."""
    c, (g_name, g_id, g_rel, g_mob, g_box, g_job), sender = FILLABLE_KIDS[k]
    h = c.home
    assert h is not None
    b = c.born
    labels = [(45, 18, "แบบคำขอสมัครเข้าศูนย์พัฒนาเด็กเล็ก"), (55, 26, "เทศบาลนครอุบลราชธานี ปีการศึกษา 2570"),
              (20, 38, "ส่วนที่ 1 ข้อมูลเด็ก"), (20, 46, "ชื่อ-สกุลเด็ก"), (20, 54, "เลขประจำตัวประชาชน"),
              (20, 62, "วันเกิด วันที่"), (70, 62, "เดือน"), (125, 62, "พ.ศ."),
              (20, 70, "บ้านเลขที่"), (70, 70, "หมู่ที่"), (105, 70, "ถนน"),
              (20, 78, "ตำบล/แขวง"), (105, 78, "อำเภอ/เขต"), (20, 86, "จังหวัด"), (105, 86, "รหัสไปรษณีย์"),
              (20, 100, "ส่วนที่ 2 ข้อมูลผู้ปกครอง"), (20, 108, "ชื่อ-สกุลผู้ปกครอง"),
              (20, 116, "เลขประจำตัวประชาชน"), (130, 116, "ความเกี่ยวข้อง"), (20, 124, "อาชีพ"),
              (20, 132, "โทรศัพท์"), (105, 132, "อีเมล"),
              (20, 150, "ลงชื่อ ............................ ผู้ปกครอง")]  # fmt: skip
    fields = [Field("child_name", c.name, 50, 46, 100), Field("child_nid", c.nid, 60, 54, 60, comb=13),
              Field("child_dob_d", str(b.day), 48, 62, 18),
              Field("child_dob_m", MONTHS[b.month - 1] if k == 0 else f"{b.month:02d}", 82, 62, 38),
              Field("child_dob_y", str(b.year + 543), 135, 62, 22),
              Field("child_addr_no", h.house, 40, 70, 28), Field("child_addr_moo", h.moo or "-", 84, 70, 18),
              Field("child_addr_road", h.road or "-", 115, 70, 60),
              Field("child_addr_subdistrict", h.tambon, 45, 78, 55), Field("child_addr_district", h.amphoe, 125, 78, 60),
              Field("child_addr_province", h.province, 40, 86, 55), Field("child_addr_zip", h.postal, 130, 86, 25),
              Field("guardian_name", g_name, 55, 108, 100), Field("guardian_nid", g_id, 60, 116, 60, comb=13),
              Field("guardian_relation", g_rel, 155, 116, 30), Field("guardian_occupation", g_job, 40, 124, 80),
              Field("guardian_phone", mob(g_mob, k), 40, 132, 55), Field("guardian_email", g_box, 118, 132, 70)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    note = ("เรียน ศพด. เทศบาลนครอุบลราชธานี\nส่งแบบคำขอสมัครของลูกสาวค่ะ\n"
            if k == 0 else f"ส่งเอกสารแทนลูกค้า ({g_name}) ครับ ติดต่อลูกค้าตามเบอร์ในแบบฟอร์มครับ\nร้านก๊อปปี้ปริ้นท์ ขามใหญ่\n")  # fmt: skip
    raw = mail(n, "แบบคำขอสมัครเข้าศูนย์พัฒนาเด็กเล็ก", sender, "cdc@uboncity.example.go.th", text=note,
               files=((f"cdc_form_{c.first}.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_cdc_child_guardian", raw, child(c))


CAREPLANS = (
    (W("นาง", "จันดี", "ทาบุตร", "335010027463", date(1937, 5, 25),
       home=H("56", "9", "เดิด", "เมืองยโสธร", YS, "35000")),
     ("นางสาวลำดวน ไชยโย", with_check_digit("135010039918"), "0885524109"),
     ("นายอำนาจ ทาบุตร", "หลานชาย", "0979918820"), ("องค์การบริหารส่วนตำบลเดิด", "ltc@doet.example.go.th"),
     ("นางพัชรี บุญล้อม", "0931152046", "pr.rpst.doet@gmail.com"), 2),
    (W("นาย", "ทองพูน", "แสนคำ", "335040018825", date(1942, 9, 14),
       home=H("11", "1", "ย่อ", "คำเขื่อนแก้ว", YS, "35110")),
     ("นางบัวลี ศรีสมบัติ", with_check_digit("335040062215"), "0857703326"),
     ("นางคำไพ แสนคำ", "ภรรยา", "0629974415"), ("องค์การบริหารส่วนตำบลย่อ", "ltc@yor.example.go.th"),
     ("นายสิทธิชัย พันธ์ดี", "0806674120", "sitthichai.rpst@gmail.com"), 6),
)  # fmt: skip


def pdf_fillable_ltc_careplan(k: int, n: int) -> Case:
    """A care plan as a fillable PDF with Thai field names: the elder's fields (ID as a
    comb, birth date as dd/mm/BE, the address in one field), ADL and group; the CG's
    fields (name, ID, phone), the relative's, the CM's; mailed by the CM."""
    e, (cg, cg_id, cg_mob), (kin, rel, kin_mob), (agency, to), (cm, cm_mob, cm_box), adl = (
        CAREPLANS[k]
    )
    h = e.home
    assert h is not None
    labels = [(30, 16, "แบบบันทึกการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (Care Plan)"), (40, 24, f"กองทุนการดูแลระยะยาว {agency}"),
              (20, 38, "ชื่อผู้สูงอายุ"), (20, 46, "เลขประจำตัวประชาชน"), (20, 54, "วันเดือนปีเกิด"), (110, 54, "อายุ"),
              (20, 62, "ที่อยู่"), (20, 70, "คะแนน ADL"), (80, 70, "กลุ่ม"),
              (20, 84, "ผู้ช่วยเหลือดูแล (CG)"), (20, 92, "เลขบัตร CG"), (110, 92, "โทร CG"),
              (20, 104, "ญาติผู้ดูแลหลัก"), (110, 104, "ความเกี่ยวข้อง"), (20, 112, "โทรญาติ"),
              (20, 124, "ผู้จัดการการดูแล (CM)"), (110, 124, "โทร CM"),
              (20, 136, "ปัญหาและความต้องการ")]  # fmt: skip
    group = {2: "กลุ่ม 4 ติดเตียง มีอาการเจ็บป่วยรุนแรง", 6: "กลุ่ม 2 เคลื่อนไหวได้บ้าง มีภาวะสับสน"}[adl]
    fields = [Field("ชื่อผู้สูงอายุ", e.name, 50, 38, 100), Field("เลขประจำตัวประชาชน", e.nid, 60, 46, 60, comb=13),
              Field("วันเดือนปีเกิด", be_slash(e.born), 50, 54, 45), Field("อายุ", f"{2569 - (e.born.year + 543)} ปี", 122, 54, 25),
              Field("ที่อยู่", line(h, 3, 1), 35, 62, 150), Field("คะแนนADL", str(adl), 45, 70, 20),
              Field("กลุ่มภาวะพึ่งพิง", group, 92, 70, 95),
              Field("ชื่อCG", cg, 60, 84, 90), Field("เลขบัตรCG", dashed(cg_id), 45, 92, 55), Field("โทรCG", mob(cg_mob, k), 125, 92, 45),
              Field("ชื่อญาติผู้ดูแล", kin, 55, 104, 50), Field("ความเกี่ยวข้อง", rel, 140, 104, 40),
              Field("โทรญาติ", mob(kin_mob, k + 1), 45, 112, 45),
              Field("ชื่อCM", cm, 62, 124, 45), Field("โทรCM", mob(cm_mob, 0), 125, 124, 45),
              Field("ปัญหาและความต้องการ", "ขอที่นอนลม ผ้าอ้อมผู้ใหญ่ และ CG เยี่ยมสัปดาห์ละ 2 ครั้ง" if k == 0
                    else "ขอไม้เท้าสามขา ราวจับในห้องน้ำ และ CG เยี่ยมสัปดาห์ละ 1 ครั้ง", 60, 136, 130)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = mail(n, f"Care Plan ผู้สูงอายุรายใหม่ ({e.name})", f"{bare(cm)} <{cm_box}>", to,
               text=f"เรียน กองทุน LTC {agency}\nส่ง Care Plan ผู้สูงอายุที่มีภาวะพึ่งพิงรายใหม่ 1 ราย เพื่อเสนอคณะอนุกรรมการพิจารณา\n{cm} (CM)\n",
               files=(("careplan.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_ltc_careplan", raw, want(e, phone=False, box=False))


ALONE = (
    (W("นาง", "บุญเพ็ง", "ศรีมาลา", "334040012293", date(1946, 2, 11), "045391226",
       home=H("88", "5", "เขื่องใน", "เขื่องใน", UB, "34150")),
     ("นางสาวอัมพร ศรีมาลา", "บุตรสาว", with_check_digit("334040095528"), "0897120356", "amporn.sml@gmail.com",
      ("91/12 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ", "กรุงเทพมหานคร 10240")),
     ("เทศบาลตำบลเขื่องใน", "นายกเทศมนตรีตำบลเขื่องใน", "saraban@khueangnai.example.go.th")),
    (W("นาง", "หนูพิน", "บุญส่ง", "334070026651", date(1949, 6, 6),
       home=H("14", "1", "พนา", "พนา", AC, "37180")),
     ("นายวิทยา บุญส่ง", "บุตรชาย", with_check_digit("337040011326"), "0816093347", "wittaya.bs@gmail.com",
      ("199/12 หมู่ 3 ตำบลหนองขาม อำเภอศรีราชา", "จังหวัดชลบุรี 20230")),
     ("เทศบาลตำบลพนา", "นายกเทศมนตรีตำบลพนา", "saraban@phana.example.go.th")),
)  # fmt: skip


def pdf_typed_child_far_away(k: int, n: int) -> Case:
    """A daughter in Bangkok (v1) or a son in Chonburi (v2) types a letter (Word to PDF):
    her block top right (home, date), her ID in the body, then her mother's lines (ID,
    birth date, home; v1 the landline at home), asking visits by the อผส. and a handrail;
    her mobile and box at the foot."""
    m, (w_name, w_rel, w_id, w_mob, w_box, (w_l1, w_l2)), (agency, head_, to) = ALONE[k]
    h = m.home
    assert h is not None
    me = "ข้าพเจ้า"
    phone = f" โทรศัพท์บ้าน {mob(m.phone, 0)}" if m.phone else ""
    paras: list[tuple[float, str]] = [
        (115, w_l1), (115, w_l2), (0, ""), (115, f"{9 + k} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ขอความอนุเคราะห์ดูแลผู้สูงอายุที่อยู่ตามลำพัง"), (20, f"เรียน {head_}"), (0, ""),
        (30, f"{me} {w_name} เลขประจำตัวประชาชน {nid(w_id, k)} เป็น{w_rel}ของ {m.name} อายุ {2569 - (m.born.year + 543)} ปี "
             f"เลขประจำตัวประชาชน {nid(m.nid, k + 1)} เกิดวันที่ {be_long(m.born) if k == 0 else be_short(m.born)} "
             f"อยู่บ้านเลขที่ {line(h, 0, 0)}{phone} ซึ่งปัจจุบันอาศัยอยู่ตามลำพัง เนื่องจากบิดาเสียชีวิตแล้ว "
             f"และ{me}ทำงานอยู่ต่างจังหวัด"),
        (30, "มารดามีโรคความดันโลหิตสูงและข้อเข่าเสื่อม เดินได้ช้า " + ("" if m.phone else "ไม่มีโทรศัพท์ใช้ ")
             + f"{me}จึงขอความอนุเคราะห์ให้{agency}จัดอาสาสมัครดูแลผู้สูงอายุ (อผส.) ไปเยี่ยมมารดาอย่างน้อยสัปดาห์ละ 2 ครั้ง "
             "ขอรับการประเมินเพื่อติดตั้งราวจับในห้องน้ำ และให้มารดาได้เข้าร่วมกิจกรรมของชมรมผู้สูงอายุ"),
        (30, f"หากมีเหตุจำเป็น กรุณาติดต่อ{me}ได้ที่ {mob(w_mob, k)} หรือ {w_box}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({w_name})"), (112, w_rel),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = mail(n, f"ขอความอนุเคราะห์ดูแลมารดาที่อยู่ตามลำพัง ({m.name})", f"{bare(w_name)} <{w_box}>", to,
               text=f"เรียน {head_}\nแนบหนังสือขอความอนุเคราะห์มาพร้อมนี้\n{w_name}\n",
               files=(("หนังสือขอความอนุเคราะห์.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_child_far_away", raw, want(m, phone=bool(m.phone), box=False))


COUPLES = (
    (W("นาง", "บุญเรือน", "ศรีวงษ์", "335030041177", date(1958, 3, 3), "0872219806", "bunruean.sw@gmail.com",
       H("71", "4", "หนองหมี", "กุดชุม", YS, "35140")),
     ("นายประเสริฐ ศรีวงษ์", with_check_digit("335030008735"), date(1954, 10, 21), "0862274410"),
     ("นายกองค์การบริหารส่วนตำบลหนองหมี", "โรงเรียนผู้สูงอายุตำบลหนองหมี", "saraban@nongmee.example.go.th"), ""),
    (W("นาง", "สมพร", "แก้วมณี", "334990017402", date(1956, 12, 25), "0846620917", "",
       H("25", "", "บุ่ง", "เมืองอำนาจเจริญ", AC, "37000", road="อรุณประเสริฐ")),
     ("นายสมัย แก้วมณี", with_check_digit("334990005519"), date(1953, 4, 1), "0894406218"),
     ("นายกเทศมนตรีเมืองอำนาจเจริญ", "โรงเรียนผู้สูงอายุเทศบาลเมืองอำนาจเจริญ", "welfare@amnatcity.example.go.th"),
     "Palm Kaewmanee <palm.kaewmanee@gmail.com>"),
)  # fmt: skip


def pdf_typed_wife_and_husband(k: int, n: int) -> Case:
    """A wife's typed letter (PDF) enrolling herself and her husband at the elderly
    school: v1 her address only in the block top right ("อยู่บ้านเลขที่ดังกล่าวข้างต้น"),
    v2 in the body; both IDs and birth dates; her mobile and his; sent from her box (v1)
    or a grandchild's (v2)."""
    w, (hb, hb_id, hb_born, hb_mob), (head_, school, to), sender = COUPLES[k]
    h = w.home
    assert h is not None
    if k == 0:
        block = [(115, head(h, 1)), (115, f"{provs(h)[0]} {h.postal}")]
        where = "อยู่บ้านเลขที่ดังกล่าวข้างต้น"
    else:
        block = [(115, "เขียนที่ บ้านเลขที่ " + h.house)]
        where = f"อยู่บ้านเลขที่ {line(h, 0, 1)}"
    paras: list[tuple[float, str]] = [
        *block, (0, ""), (115, f"{2 + k} ธันวาคม 2569"), (0, ""),
        (20, f"เรื่อง ขอสมัครเป็นนักเรียน{school}"), (20, f"เรียน {head_}"), (0, ""),
        (30, f"ข้าพเจ้า {w.name} อายุ {2569 - (w.born.year + 543)} ปี เลขประจำตัวประชาชน {nid(w.nid, k)} "
             f"เกิดวันที่ {be_long(w.born)} พร้อมด้วยสามี คือ {hb} อายุ {2569 - (hb_born.year + 543)} ปี "
             f"เลขประจำตัวประชาชน {nid(hb_id, k)} เกิดวันที่ {be_long(hb_born)} {where} "
             f"มีความประสงค์สมัครเป็นนักเรียน{school} รุ่นที่ {4 + k} ประจำปี 2570 ทั้งสองคน"),
        (30, "ข้าพเจ้าเคยเป็นนักเรียนรุ่นที่ 2 (รหัสนักเรียน 650218) แต่เรียนไม่จบเพราะป่วย ส่วนสามีเป็นสมาชิกชมรมผู้สูงอายุ "
             "(บัตรสมาชิกเลขที่ 0457) และยินดีเป็นวิทยากรสอนจักสานให้เพื่อนนักเรียน"
             if k == 0 else "ข้าพเจ้าและสามีเป็นสมาชิกชมรมผู้สูงอายุ ยินดีเข้าร่วมกิจกรรมทุกวันพุธตามที่โรงเรียนกำหนด"),
        (30, f"ติดต่อข้าพเจ้าได้ที่ {mob(w.phone, k)} (สามี {mob(hb_mob, k + 1)})"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({w.name})"), (0, ""), (105, f"({hb})"),
    ]  # fmt: skip
    data = pdf_page(
        flow(paras, 14, "Sawasdee" if k else "Loma", step=8.5),
        size=14,
        face="Sawasdee" if k else "Loma",
    )
    raw = mail(n, f"ใบสมัคร{school} ({w.name} และสามี)", sender or f"{w.bare} <{w.email}>", to,
               text=("เรียน เจ้าหน้าที่\nส่งใบสมัครของยายกับตาครับ ยายให้พิมพ์ให้\n" if k else
                     f"เรียน {head_}\nดิฉันขอส่งใบสมัครโรงเรียนผู้สูงอายุของดิฉันและสามีค่ะ\n{w.name}\n"),
               files=(("ใบสมัครโรงเรียนผู้สูงอายุ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_wife_and_husband", raw, want(w, box=not sender))


# --- sheets -----------------------------------------------------------------------------

COLUMNS = (
    (W("เด็กชาย", "ศุภกร", "วงศ์ชัย", "137990140329", date(2024, 6, 30),
       home=H("17/3", "", "บุ่ง", "เมืองอำนาจเจริญ", AC, "37000", road="ชยางกูร"), nick="ภูมิ"),
     ("นายอนุรักษ์ วงศ์ชัย", with_check_digit("134990071146"), date(1992, 3, 14), "รับราชการทหาร", "0958832140", ""),
     ("นางรัตติยา วงศ์ชัย", with_check_digit("137990009964"), date(1994, 11, 2), "พยาบาล", "0614420873", "rattiya.wc@gmail.com")),
    (W("เด็กหญิง", "ธัญชนก", "ผาสุข", "137010127736", date(2023, 9, 9),
       home=H("60", "4", "ไก่คำ", "เมืองอำนาจเจริญ", AC, "37000"), nick="ขิม"),
     ("นายสุรเชษฐ์ ผาสุข", with_check_digit("134010188452"), date(1990, 7, 7), "ค้าขาย", "0828816034", ""),
     ("นางสาวกาญจนา ทองประเสริฐ", with_check_digit("137010006618"), date(1996, 1, 23), "ค้าขาย", "0991274460", "kanjana.tps@gmail.com")),
)  # fmt: skip


def xlsx_cdc_column_per_person(k: int, n: int) -> Case:
    """The ศพด.'s new-pupil sheet filled by the mother: a column per person (เด็ก, บิดา,
    มารดา) under one column of labels; birth dates as date cells (v1) or typed B.E. text
    (v2); the parents' phones as text (v1) or as numbers that lost their 0 (v2); the
    address once, in the child's column."""
    c, (f_name, f_id, f_born, f_job, f_mob, _), (m_name, m_id, m_born, m_job, m_mob, m_box) = (
        COLUMNS[k]
    )
    h = c.home
    assert h is not None

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลนักเรียนใหม่"
        ws.append(("แบบฟอร์มข้อมูลนักเรียนใหม่ ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองอำนาจเจริญ ปีการศึกษา 2570",))
        ws.append(("รายการ", "เด็ก", "บิดา", "มารดา"))
        ws.append(("ชื่อ-สกุล", c.name if k == 0 else c.short, f_name, m_name))
        ws.append(("ชื่อเล่น", c.nick, "", ""))
        ws.append(
            ("เลขประจำตัวประชาชน", c.nid, f_id, m_id)
            if k == 0
            else ("เลขประจำตัวประชาชน", dashed(c.nid), dashed(f_id), dashed(m_id))
        )
        if k == 0:
            ws.append(("วันเกิด", c.born, f_born, m_born))
            for col in "BCD":
                ws[f"{col}{ws.max_row}"].number_format = "dd/mm/yyyy"
        else:
            ws.append(("วันเกิด", be_short(c.born), be_short(f_born), be_short(m_born)))
        ws.append(("อาชีพ", "-", f_job, m_job))
        ws.append(
            ("โทรศัพท์", "-", f_mob, m_mob) if k == 0 else ("โทรศัพท์", "-", int(f_mob), int(m_mob))
        )
        ws.append(("อีเมล", "", "", m_box))
        ws.append(
            (
                "ที่อยู่ตามทะเบียนบ้าน",
                line(h, 0 if k == 0 else 2, 0 if k == 0 else 1),
                "เดียวกับเด็ก",
                "เดียวกับเด็ก",
            )
        )
        ws.append(("โรคประจำตัว/การแพ้", "แพ้ไข่ขาว" if k == 0 else "ไม่มี", "", ""))
        ws.append(())
        ws.append(("ผู้กรอกข้อมูล", m_name, "วันที่กรอก", f"{4 + k}/12/2569"))
        ws.column_dimensions["A"].width = 24
        for col in "BCD":
            ws.column_dimensions[col].width = 30

    raw = mail(n, f"ส่งข้อมูลนักเรียนใหม่ ศพด. ({c.nick})", f"{bare(m_name)} <{m_box}>", "cdc@amnatcity.example.go.th",
               text="เรียน คุณครู ศพด.เทศบาลเมืองอำนาจเจริญ\nแม่กรอกข้อมูลในไฟล์ที่ครูส่งมาแล้วค่ะ\n",
               files=(("ข้อมูลนักเรียนใหม่.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_cdc_column_per_person", raw, child(c))


LOGS = (
    (W("นาง", "สายทอง", "พลสวัสดิ์", "335010064415", date(1940, 8, 19),
       home=H("33", "6", "น้ำคำใหญ่", "เมืองยโสธร", YS, "35000")),
     ("นางสาวอุไรวรรณ คำดี", with_check_digit("135010041276"), "0896650213", "uraiwan.kd@gmail.com")),
    (W("นาย", "บุญหลาย", "โพธิ์ศรี", "335010031548", date(1943, 3, 27), "0935047762",
       home=H("140", "11", "น้ำคำใหญ่", "เมืองยโสธร", YS, "35000", village="บ้านหนองยาง")),
     ("นางทองม้วน บุญเต็ม", with_check_digit("335010058826"), "0817236650", "thongmuan.bt@gmail.com")),
)  # fmt: skip
CM_NK = ("นางสาวจิตรา ภูผาทอง", "045714332")


def xlsx_cg_visit_log(k: int, n: int) -> Case:
    """A CG's visit log for the month as a sheet: the elder's head block (birth date a
    date cell, the address, v2 her own phone), the CG's and the CM's lines, then a row per
    visit with its date cell, BP, pulse, DTX and the relative's signature."""
    e, (cg, cg_id, cg_mob, cg_box) = LOGS[k]
    h = e.home
    assert h is not None
    cm, cm_line = CM_NK

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บันทึกการเยี่ยม"
        ws.append(("แบบบันทึกการเยี่ยมบ้านของผู้ช่วยเหลือดูแลผู้สูงอายุ (CG) ประจำเดือนพฤศจิกายน 2569",))
        ws.append(("หน่วยบริการ", "องค์การบริหารส่วนตำบลน้ำคำใหญ่ / รพ.สต.บ้านน้ำคำใหญ่"))
        ws.append(())
        ws.append(("ผู้รับบริการ", e.name, "", "เลขประจำตัวประชาชน", e.nid))
        ws.append(("วันเกิด", e.born, "", "อายุ", 2569 - (e.born.year + 543)))
        ws["B5"].number_format = "d/m/yyyy"
        ws.append(("ที่อยู่", line(h, 1 + k, 0)))
        ws.append(("โทรศัพท์ผู้รับบริการ", mob(e.phone, 0) if e.phone else "ไม่มี (ติดต่อผ่าน CG)"))
        ws.append(
            (
                "กลุ่ม",
                "กลุ่ม 2 ติดบ้าน มีภาวะสับสน" if k == 0 else "กลุ่ม 1 เคลื่อนไหวได้บ้าง",
                "",
                "ADL",
                7 + 2 * k,
            )
        )
        ws.append(("CG ผู้ดูแล", cg, "", "เลขประจำตัวประชาชน CG", cg_id))
        ws.append(("โทร CG", mob(cg_mob, k), "", "CM", f"{cm} โทร {mob(cm_line, 0)}"))
        ws.append(())
        ws.append(("ครั้งที่", "วันที่", "เวลา", "BP", "ชีพจร", "DTX", "กิจกรรมการดูแล", "ลงชื่อญาติ"))
        for r, day in enumerate((3, 10, 17, 24) if k == 0 else (6, 20)):
            ws.append((r + 1, date(2026, 11, day), "09:00-10:00", f"{132 + 3 * r}/{80 + r}", 74 + r, 118 + 5 * r,
                       "วัดสัญญาณชีพ ทำกายภาพบำบัด ตรวจยา", "ลูกสาว" if k == 0 else "ภรรยา"))  # fmt: skip
            ws[f"B{ws.max_row}"].number_format = "d mmm yy"
        ws.append(())
        ws.append(("ผู้บันทึก", cg, "", "วันที่ส่ง", "01/12/2569"))
        ws.column_dimensions["A"].width = 22
        ws.column_dimensions["B"].width = 40

    raw = mail(n, f"ส่งบันทึกเยี่ยมบ้าน CG เดือน พ.ย. 69 ({e.name})", f"{bare(cg)} <{cg_box}>",
               "ltc@namkhamyai.example.go.th",
               text="เรียน ผู้จัดการการดูแล (CM)\nส่งบันทึกการเยี่ยมบ้านประจำเดือนค่ะ\n",
               files=(("CG_log_11-2569.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_cg_visit_log", raw, want(e, phone=bool(e.phone), box=False))


ALLERGIES = (
    (W("เด็กหญิง", "พิมพ์ลภัส", "จันทร์แสง", "134010219930", date(2022, 2, 17),
       home=H("46", "", "ในเมือง", "เมืองอุบลราชธานี", UB, "34000", soi="ชยางกูร 12", road="ชยางกูร")),
     "10452", "อ.2/2", ("นางจิราพร จันทร์แสง", "มารดา", with_check_digit("134010037705"), "0832290416", "jiraporn.cs@gmail.com", "jiraporn.cs"),
     "นมวัว (Cow's milk protein allergy)", "นมถั่วเหลือง UHT รสจืด"),
    (W("เด็กชาย", "ณภัทร", "ทองแท้", "134010201571", date(2021, 11, 4),
       home=H("102", "3", "ไร่น้อย", "เมืองอุบลราชธานี", UB, "34000")),
     "10327", "อ.3/1", ("นายธีระ ทองแท้", "บิดา", with_check_digit("334010112854"), "0956632481", "teera.tt@hotmail.com", "teera_tt"),
     "แพ้น้ำตาลแล็กโทส (Lactose intolerance)", "นม UHT สูตรแล็กโทสฟรี"),
)  # fmt: skip


def xlsx_milk_allergy_notice(k: int, n: int) -> Case:
    """A parent's notice of a pupil's milk allergy on the municipal school's sheet
    (labels in A, values in B): the pupil's part (student number as a number, class, ID,
    birth date, home), the allergy (a doctor's licence, an HN), then the parent's part
    (ID, phone, LINE ID, box)."""
    c, sid, room, (p_name, p_rel, p_id, p_mob, p_box, p_line), allergy, instead = ALLERGIES[k]
    h = c.home
    assert h is not None

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งแพ้นม"
        ws.append(("แบบแจ้งข้อมูลการแพ้อาหารและนม (โครงการอาหารเสริม (นม) และอาหารกลางวัน)",))
        ws.append(("โรงเรียนเทศบาล 4 (บ้านท่าบ่อ) สังกัดเทศบาลนครอุบลราชธานี",))
        ws.append(())
        ws.append(("ข้อมูลนักเรียน",))
        ws.append(("ชื่อ-สกุล", c.short if k == 0 else c.name))
        ws.append(("เลขประจำตัวนักเรียน", int(sid)))
        ws.append(("ชั้น", room))
        ws.append(("เลขประจำตัวประชาชน", c.nid if k == 0 else spaced(c.nid)))
        ws.append(("วัน/เดือน/ปีเกิด (พ.ศ.)", be_slash(c.born) if k == 0 else be_long(c.born)))
        ws.append(("ที่อยู่", line(h, 2 * k, 0)))
        ws.append(())
        ws.append(("ข้อมูลการแพ้",))
        ws.append(("สิ่งที่แพ้", allergy))
        ws.append(("อาการ", "ผื่นลมพิษ อาเจียน" if k == 0 else "ท้องอืด ถ่ายเหลว"))
        ws.append(("ขอรับแทนนมปกติ", instead))
        ws.append(
            (
                "แพทย์ผู้วินิจฉัย",
                f"พญ.สุนันทา วงศ์ไทย ว.4551{2 + k} โรงพยาบาลสรรพสิทธิประสงค์ HN 65-04481{7 - k}",
            )
        )
        ws.append(())
        ws.append(("ข้อมูลผู้ปกครอง",))
        ws.append(("ชื่อ-สกุล", p_name))
        ws.append(("ความเกี่ยวข้อง", p_rel))
        ws.append(("เลขประจำตัวประชาชน", p_id))
        ws.append(("โทรศัพท์", mob(p_mob, k)))
        ws.append(("LINE ID", p_line))
        ws.append(("อีเมล", p_box))
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 60

    raw = mail(n, f"แจ้งนักเรียนแพ้นม ชั้น {room} ({c.first})", f"{bare(p_name)} <{p_box}>",
               "school4@uboncity.example.go.th",
               text=f"เรียน คุณครูประจำชั้น {room}\nแนบแบบแจ้งการแพ้นมของลูก{'สาว' if c.title == 'เด็กหญิง' else 'ชาย'} พร้อมใบรับรองแพทย์{'ค่ะ' if p_rel == 'มารดา' else 'ครับ'}\n",
               files=(("แจ้งแพ้นม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_milk_allergy_notice", raw, child(c))


Style = Callable[[int, int], Case]

STYLES: tuple[Style, ...] = (
    plain_iphone_mother_enrols,
    plain_line_grandparent_daycare,
    plain_gmail_niece_elder_alone,
    plain_outlook_android_cg_report,
    plain_webform_elderly_school,
    html_gmail_grandma_child_grant,
    html_outlook_school_milk_director,
    html_gmail_reply_parent_complaint,
    html_eservice_elder_visit,
    docx_cdc_form_dotted,
    docx_rpst_cm_letter,
    docx_elderly_school_table,
    docx_teacher_memo_grandparent,
    pdf_fillable_cdc_child_guardian,
    pdf_fillable_ltc_careplan,
    pdf_typed_child_far_away,
    pdf_typed_wife_and_husband,
    xlsx_cdc_column_per_person,
    xlsx_cg_visit_log,
    xlsx_milk_allergy_notice,
)

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants), numbered 2s and 2s+1."""
    return [style(k, 2 * s + k) for s, style in enumerate(STYLES) for k in range(2)]
