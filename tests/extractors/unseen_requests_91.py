"""A ninety-first set of requests written by someone who had not read the readers (issue 8):
COMMUNITY BODIES ASKING THE LOCAL GOVERNMENT, at the องค์การบริหารส่วนตำบลไก่คำ and the
เทศบาลเมืองอำนาจเจริญ (Amnat Charoen), the เทศบาลตำบลกุดชุม and the องค์การบริหารส่วน
ตำบลลุมพุก (Yasothon). A temple (its abbot with his monastic title, พระครู... or
พระอธิการ..., or its ไวยาวัจกร), a school (ผู้อำนวยการโรงเรียน), a village fund (กองทุน
หมู่บ้าน), an elderly club (ชมรมผู้สูงอายุ), a housewives' group (กลุ่มแม่บ้าน), a community
enterprise (วิสาหกิจชุมชน, its รหัสทะเบียน), a farmers' cooperative (สหกรณ์การเกษตร, its
13-digit tax number): asking a grant (เงินอุดหนุน), a venue, tents and chairs, a budget
under the แผนพัฒนาท้องถิ่น, a certificate. Committees listed with their roles (ประธาน,
รองประธาน, เหรัญญิก, เลขานุการ, กรรมการ), each with ID, phone and home. Kinds: plain
(Gmail, iPhone, a LINE chat forwarded, Outlook, a phone's mail), HTML (Gmail, Outlook, a
web form's notification, a forwarded quote), Word (a temple's and a school's official
letters, a fund's letter with its committee table, a club's form on dotted lines), PDF
(fillable grant and venue forms, typed letters of a cooperative and an enterprise), xlsx
(a fund's roster, a school's list of things to borrow, an enterprise's project budget).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, the earlier sets'
first docstrings and set 84's test comments).

Conventions (written down before any run). Set 28's ruling: the applicant is the person
who asks; for a BODY, the NATURAL PERSON WHO SIGNS FOR IT. So in every style:
- the one whose name is over the letter's or form's signature line (ลงชื่อ, ขอแสดงความ
  นับถือ, ขอเจริญพร) or who signs the mail as the body's officer: the chair (ประธาน...,
  ประธานกรรมการดำเนินการ of the cooperative), the school's director, the abbot, or the
  SECRETARY where she signs herself "เลขานุการ ... ปฏิบัติหน้าที่แทนประธาน" (she signs,
  the chair does not: the chair is then another); a ไวยาวัจกร who writes and signs the
  temple's request in his own name is its applicant here (set 28; set 63 gave `()` where
  he wrote for the temple over the abbot: here no abbot signs). Where a secretary, a
  teacher or a son only SENDS the mail and the attached letter is signed by the chair,
  director or abbot, the one who signs.
- A MONK's name as he signs it, in the writer's own form: the title name alone
  ("พระครูสุนทรธรรมานุวัตร", "พระอธิการบุญเลิศ ฐานวโร" whose title carries his own name
  and ฉายา), or with his own name and ฉายา in brackets as the letter writes it under the
  title ("พระครูสุนทรธรรมานุวัตร (สมศักดิ์ ปญฺญาวโร)"), the Pali พินทุ kept; never "นาย".
- national_id: the signer's 13 digits where they are written (his row of the committee
  table, the form's field), else `()`: the other members' IDs, a community enterprise's
  รหัสทะเบียน, a cooperative's or school's tax number (13 digits, a valid check digit),
  a letter's number (ที่ ศธ ..., ที่ วพ. ...), a project's code, a bank account are never
  an ID.
- birth_date only the signer's where written (a form's เกิดวันที่, the roster's column),
  else not scored or `()` where only others' appear.
- phone: the signer's mobile, or the body's own line (the school's, the temple's, the
  cooperative's office) where the letter gives it as the body's (either accepted where
  both appear); never another member's, a contact teacher's, a manager's or a
  ไวยาวัจกร's mobile alone where he is not the signer (temple: the ไวยาวัจกร's mobile as
  the temple's named contact also accepted, as in set 63); a son's phone for his mother:
  `()` (set 37).
- email: the box the mail comes from where it is the body's or the signer's own, or the
  body's box written in its letter (a school's letter sent from a teacher's own box: the
  school's, never the teacher's); `()` where only another's appears (a son's); a web
  form's notification: the box typed in the form; a temple's: not scored (set 63).
- address: the body's place as written (ที่ตั้ง, ที่ทำการ, the letterhead's address);
  for a group with no office its place is the chair's house as the letter gives it
  ("ที่ทำการกลุ่มตั้งอยู่บ้านเลขที่ ..." = the chair's house, the same value); never
  another member's home, the venue asked for, the event's place; with or without
  เลขที่/บ้านเลขที่, with or without province and postal code; postal_code and province
  of that address.
The bodies, people, numbers and phones are invented (13-digit numbers made with
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
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, addresses, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

YS = "ยโสธร"
AC = "อำนาจเจริญ"
DESKS = {YS: "saraban@kudchum.example.go.th", AC: "saraban@kaikham.example.go.th"}
OFFICE = {YS: "นายกเทศมนตรีตำบลกุดชุม", AC: "นายกองค์การบริหารส่วนตำบลไก่คำ"}
NONE = date(1900, 1, 1)
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ROLES = ("ประธาน", "รองประธาน", "เหรัญญิก", "เลขานุการ", "กรรมการ")


def th(s: str) -> str:
    return s.translate(THAI)


@dataclass
class Body:
    """A community body: its place (a Party whose name is the body's), its register
    number (or ""), and its committee in ROLES' order (a temple: abbot, ไวยาวัจกร)."""

    place: Party
    reg: str
    members: tuple[Party, ...]
    line: str = ""  # the body's own line, 9 digits
    box: str = ""  # the body's own box

    @property
    def name(self) -> str:
        return self.place.name


# tambon, amphoe, province, postal, moo, the first digits for the members' IDs
VILLAGES = (
    ("โนนเปือย", "กุดชุม", YS, "35140", "2", "3350200"),
    ("หนองหมี", "กุดชุม", YS, "35140", "5", "3350201"),
    ("ดู่ทุ่ง", "เมืองยโสธร", YS, "35000", "4", "3350100"),
    ("สิงห์", "เมืองยโสธร", YS, "35000", "1", "3350101"),
    ("ลุมพุก", "คำเขื่อนแก้ว", YS, "35110", "7", "3350300"),
    ("ฟ้าหยาด", "มหาชนะชัย", YS, "35130", "1", "3350600"),
    ("คึมใหญ่", "เมืองอำนาจเจริญ", AC, "37000", "3", "3370100"),
    ("นาหมอม้า", "เมืองอำนาจเจริญ", AC, "37000", "6", "3370101"),
    ("พนา", "พนา", AC, "37180", "1", "3370500"),
    ("โคกก่ง", "ชานุมาน", AC, "37210", "2", "3370200"),
    ("จานลาน", "พนา", AC, "37180", "8", "3370501"),
    ("ห้วย", "ปทุมราชวงศา", AC, "37110", "4", "3370300"),
    ("หัวตะพาน", "หัวตะพาน", AC, "37240", "9", "3370600"),
    ("ไก่คำ", "เมืองอำนาจเจริญ", AC, "37000", "5", "3370102"),
    ("ย่อ", "คำเขื่อนแก้ว", YS, "35110", "3", "3350301"),
)

MEN = (
    "สมบูรณ์",
    "คำพันธ์",
    "ทองดี",
    "วิเชียร",
    "บุญหลาย",
    "สุรชัย",
    "ประยูร",
    "เสถียร",
    "อุดม",
    "สมาน",
    "ไพบูลย์",
    "ถวิล",
    "บุญมา",
    "สำรวย",
)
WOMEN = (
    "บัวผัน",
    "สมหมาย",
    "ละเอียด",
    "อรุณี",
    "ทองใส",
    "คำปุ่น",
    "จันทร์เพ็ญ",
    "สุภาพ",
    "บุญเรือน",
    "หนูพิน",
    "วันเพ็ญ",
    "อำไพ",
    "ประไพ",
    "นงลักษณ์",
)
SURNAMES = ("ทองมา", "แสนทวีสุข", "ภูมิลา", "บุญเรือง", "ศรีบุญเรือง", "พลเยี่ยม", "คำสิงห์", "จันทร์หอม", "ไชยสุระ", "ผิวขำ", "วงศ์ชาลี",
            "สีหะวงษ์", "ดวงจันทร์", "อุตรา", "พรมสุวรรณ", "ทิพย์สุวรรณ", "ศรีสุข", "โพธิ์ศรี", "แก้วกาหลง", "บุตรวงศ์", "มูลสาร")  # fmt: skip
GMAILS = ("gmail.com", "hotmail.com", "yahoo.com")


def member(v: int, k: int, woman: bool | None = None) -> Party:
    """The k-th committee member of village v: a person living in the village."""
    tambon, amphoe, prov, postal, moo, head = VILLAGES[v]
    woman = (v + k) % 2 == 1 if woman is None else woman
    first = (WOMEN if woman else MEN)[(3 * v + k) % 14]
    last = SURNAMES[(5 * v + 2 * k) % len(SURNAMES)]
    nid = f"{head}{(v * 37 + k * 211) % 100000:05d}"
    born = date(1948 + (v * 3 + k * 5) % 30, 1 + (v + k) % 12, 1 + (v * 7 + k * 3) % 28)
    phone = ("08", "09", "06")[(v + k) % 3] + f"{(v * 9731 + k * 1877 + 1234567) % 100000000:08d}"
    mail = f"{['somboon', 'kam', 'thong', 'wichian', 'boonlai', 'surachai', 'bua', 'sommai', 'la', 'arunee'][(v + k) % 10]}{v}{k}@{GMAILS[k % 3]}"
    house = f"{12 + v * 7 + k * 23}" + ("/1" if k == 2 else "")
    return P("นาง" if woman else "นาย", first, last, nid, born, phone, mail, house, moo, "", "", tambon, amphoe, prov, postal)  # fmt: skip


def committee(v: int, women: bool = False) -> tuple[Party, ...]:
    return tuple(member(v, k, True if women else None) for k in range(5))


def place(name: str, v: int, house: str, road: str = "") -> Party:
    tambon, amphoe, prov, postal, moo, _ = VILLAGES[v]
    return P("", name, "", "000000000000", NONE, "", "", house, moo, "", road, tambon, amphoe, prov, postal, juristic=True)  # fmt: skip


def chair_house(name: str, v: int) -> Party:
    """A group run from its chair's house: its place is that house."""
    c = member(v, 0).p
    tambon, amphoe, prov, postal, moo, _ = VILLAGES[v]
    return P("", name, "", "000000000000", NONE, "", "", c.house, moo, "", "", tambon, amphoe, prov, postal, juristic=True)  # fmt: skip


# Monks: the abbot as he signs (title name), his own name and ฉายา, his ID (given once).
ABBOTS = (
    P("พระครู", "สุนทรธรรมานุวัตร", "", "335020004481", date(1961, 4, 2), "0817390215", "", "99", "2", "", "", "โนนเปือย", "กุดชุม", YS, "35140"),
    P("พระอธิการ", "บุญเลิศ", "ฐานวโร", "337010011862", date(1972, 9, 19), "0935547102", "", "7", "3", "", "", "คึมใหญ่", "เมืองอำนาจเจริญ", AC, "37000"),
    P("พระครู", "โสภณปัญญาคุณ", "", "335010015534", date(1958, 12, 7), "0862219044", "", "41", "1", "", "", "สิงห์", "เมืองยโสธร", YS, "35000"),
)  # fmt: skip
OWN_NAMES = ("สมศักดิ์ ปญฺญาวโร", "", "ทองสุข ธมฺมทินฺโน")

BODIES: tuple[Body, ...] = (
    Body(place("วัดโพธิ์ศรีโนนเปือย", 0, "99"), "", (ABBOTS[0], member(0, 6, False)), "045789214"),
    Body(place("โรงเรียนบ้านหนองหมี", 1, "1"), "", committee(1), "045756102", "nongmee.school@example.ac.th"),
    Body(chair_house("กองทุนหมู่บ้านบ้านดู่ทุ่ง", 2), "35-01-04-004", committee(2)),
    Body(chair_house("กลุ่มแม่บ้านบ้านสิงห์", 3), "", committee(3, True)),
    Body(place("วิสาหกิจชุมชนกลุ่มทอผ้าไหมบ้านลุมพุก", 4, "34"), "3-35-03-05/1-0012", committee(4), "", "lumphuk.silk@gmail.com"),
    Body(place("ชมรมผู้สูงอายุตำบลฟ้าหยาด", 5, "201"), "", committee(5)),
    Body(place("วัดศรีคึมใหญ่", 6, "7"), "", (ABBOTS[1], member(6, 6, False)), "045451377"),
    Body(place("โรงเรียนบ้านนาหมอม้า", 7, "88"), "", committee(7), "045270318", "namormah@example.ac.th"),
    Body(place("สหกรณ์การเกษตรพนา จำกัด", 8, "145", "อรุณประเสริฐ"), with_check_digit("099300014572"), committee(8), "045463250", "phana.coop@example.co.th"),
    Body(chair_house("กองทุนหมู่บ้านบ้านโคกก่ง", 9), "37-02-02-007", committee(9)),
    Body(place("ชมรมผู้สูงอายุบ้านจานลาน", 10, "56"), "", committee(10)),
    Body(place("วิสาหกิจชุมชนกลุ่มแปรรูปข้าวฮางบ้านห้วย", 11, "23"), "2-37-03-01/1-0007", committee(11), "", "khaohang.huay@gmail.com"),
    Body(chair_house("กลุ่มแม่บ้านเกษตรกรบ้านหัวตะพาน", 12), "", committee(12, True)),
    Body(place("วัดสว่างอารมณ์บ้านสิงห์", 3, "41"), "", (ABBOTS[2], member(3, 6, False)), "045714066"),
    Body(place("สหกรณ์การเกษตรคำเขื่อนแก้ว จำกัด", 14, "9", "แจ้งสนิท"), with_check_digit("099300022981"), committee(14), "045791144", "kkk.coop@example.co.th"),
)  # fmt: skip

# Sons and others who only send: name, box, mobile.
SENDERS = (
    ("นายธนพล", "thanaphon.k@gmail.com", "0918846203"),
    ("นางสาวศิริพร", "siriporn.ks@hotmail.com", "0654471928"),
)


def message(n: int, subject: str, sender: str, prov: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), reply_to: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[prov]
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set91-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def phones(*numbers: str) -> tuple[str, ...]:
    out: list[str] = []
    for n in numbers:
        out += ["+66" + n[1:], n]
    return tuple(out)


def want(b: Body, who: Party, *, nid: bool, phone: tuple[str, ...] = (), email: str | None = None,
         born: bool | None = None, at: Party | None = None, names: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The signer's values: name, ID where written; the body's place (or `at`)."""
    where = at or b.place
    e: dict[str, tuple[str, ...]] = {
        "full_name": names or (who.name,),
        "national_id": (who.p.nid,) if nid else (),
        "phone": phone,
        "address": addresses(where),
        "postal_code": (where.p.postal,),
        "province": (where.p.province,),
    }
    if email is not None:
        e["email"] = (email.lower(),) if email else ()
    if born is not None:
        e["birth_date"] = (who.p.born.isoformat(),) if born else ()
    return e


def monk(k: int, bracket: bool) -> tuple[str, ...]:
    a = ABBOTS[k]
    own = OWN_NAMES[k]
    return (a.name, f"{a.name} ({own})") if bracket and own else (a.name,)


def first_last(a: Party) -> str:
    return f"{a.p.first} {a.p.last}"


def signed_name(a: Party) -> str:
    return a.name


WHO: dict[str, str] = {
    "plain_village_fund_chair_gmail": "the fund's chair who signs; the other members' phones never; the fund's place is his house",
    "plain_elderly_secretary_iphone": "the club's secretary who signs for the sick chair; the chair's name and phone never",
    "plain_line_forward_housewives": "the group's chair (the chat's writer, who signs); her son's box and phone never",
    "plain_outlook_coop_chair": "the coop's chair who signs (no ID); the coop's line and box; the manager and tax number never",
    "plain_phone_temple_waiyawatchakon": "the ไวยาวัจกร who writes and signs for the temple (his ID, mobile); the temple's place",
    "html_gmail_school_director": "the director who signs; the school's line, box, place; the contact teacher never",
    "html_outlook_enterprise_table": "the enterprise's chair (her table row, she signs); the other rows never",
    "html_webform_group_certificate": "the form's ผู้ยื่น (she signs for the group); the form's box",
    "html_gmail_forwarded_abbot": "the abbot whose quoted letter is signed; the forwarding ไวยาวัจกร never by name",
    "docx_temple_abbot_letter": "the abbot who signs (title, own name in brackets); the temple's place and line",
    "docx_school_official_letter": "the director who signs; the school's place, line and box in the letter; the teacher's box never",
    "docx_fund_committee_table": "the fund's chair (his row; he signs); the other rows never",
    "docx_elderly_club_dotted_form": "the club's chair who fills and signs the form (his ID, birth date)",
    "pdf_fillable_grant_form": "the body's representative (rep_*), never the contact (contact_*)",
    "pdf_fillable_venue_form": "the ผู้ขอ who signs for the group; the venue never the address",
    "pdf_typed_coop_letter": "the coop's chair who signs; the letterhead's place, line; the manager never",
    "pdf_typed_enterprise_secretary": "the secretary who signs for the chair (her ID, mobile); the chair never",
    "xlsx_fund_roster": "the chair who signs the roster (his row); the other rows never",
    "xlsx_school_borrow_list": "the director who asks (head block); the teacher who collects never",
    "xlsx_enterprise_project_budget": "the chair who proposes the project (ผู้เสนอโครงการ); members never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_village_fund_chair_gmail(b: Body, i: int) -> Case:
    """A village fund's chair asks from his Gmail for a grant under the local plan to
    fix the fund's office roof: the committee in lines (vice chair, treasurer with their
    phones), his own ID and mobile under his name."""
    c, vice, treas, sec, _ = b.members
    prov = b.place.p.province
    text = (
        f"เรียน {OFFICE[prov]}\n\nเรื่อง ขอรับการสนับสนุนงบประมาณซ่อมแซมที่ทำการ{b.name}\n\n"
        f"ด้วย{b.name} (ทะเบียนกองทุนเลขที่ {b.reg}) ที่ทำการตั้งอยู่บ้านเลขที่ {home(b.place, i)} "
        "ได้ประชุมคณะกรรมการเมื่อวันที่ 20 พฤศจิกายน 2569 มีมติให้ขอรับการสนับสนุนงบประมาณ "
        "ตามแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ฉบับที่ 3 โครงการที่ 17 จำนวน 48,500 บาท "
        "เพื่อซ่อมหลังคาและรางน้ำที่ทำการกองทุน\n\n"
        f"ผู้ประสานงาน\n- รองประธาน {vice.name} โทร {mobile(vice.p.mobile, i)}\n"
        f"- เหรัญญิก {treas.name} โทร {mobile(treas.p.mobile, i + 1)}\n"
        f"- เลขานุการ {sec.name}\n\nจึงเรียนมาเพื่อโปรดพิจารณาครับ\n\n"
        f"{c.name}\nประธาน{b.name}\nเลขบัตร {nid_w(c.p.nid, i)}\nมือถือ {tel(c, i + 2)}\n"
    )
    raw = message(
        i, f"ขอรับการสนับสนุนงบประมาณ {b.name}", f"{first_last(c)} <{c.p.email}>", prov, text=text
    )
    return Case(
        "plain_village_fund_chair_gmail",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=c.p.email),
    )


def plain_elderly_secretary_iphone(b: Body, i: int) -> Case:
    """An elderly club's secretary asks from her iPhone for tents and chairs for the
    club's New Year merit-making; the chair is in hospital; she signs as secretary acting
    for him, her ID and mobile; the chair's mobile given for after he is back."""
    c, _, _, sec, _ = b.members
    prov = b.place.p.province
    text = (
        f"เรียน {OFFICE[prov]}\n\n"
        f"ดิฉัน {sec.name} เลขานุการ{b.name} ขอยืมเต็นท์ 5 หลัง และเก้าอี้พลาสติก 150 ตัว "
        f"เพื่อใช้ในงานทำบุญขึ้นปีใหม่ของชมรม วันที่ 2 มกราคม 2570 ณ ศาลาวัดประจำหมู่บ้าน "
        f"เนื่องจากท่านประธานชมรม ({c.name}) เข้ารับการรักษาที่โรงพยาบาล ดิฉันจึงทำหนังสือแทน "
        f"หากท่านประธานกลับมาแล้ว ติดต่อท่านได้ที่ {mobile(c.p.mobile, i)}\n\n"
        f"ที่ตั้งชมรม {home(b.place, i + 1)}\n\n"
        f"ลงชื่อ {sec.name}\nเลขานุการชมรม ปฏิบัติหน้าที่แทนประธานชมรม\n"
        f"บัตรประชาชน {nid_w(sec.p.nid, i + 1)}\nโทร {mobile(sec.p.mobile, i + 2)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(
        i, "ขอยืมเต็นท์และเก้าอี้ ชมรมผู้สูงอายุ", f"{first_last(sec)} <{sec.p.email}>", prov, text=text
    )
    return Case(
        "plain_elderly_secretary_iphone",
        raw,
        want(b, sec, nid=True, phone=phones(sec.p.mobile), email=sec.p.email),
    )


def plain_line_forward_housewives(b: Body, i: int) -> Case:
    """A housewives' group's chair wrote her request in LINE; her son forwards the chat
    from his Gmail with his own line at the top: the chat's header and times, her ID and
    the group's place in her message, his phone under his forward."""
    c, _, treas, _, _ = b.members
    prov = b.place.p.province
    son, son_box, son_mob = SENDERS[i % 2]
    text = (
        f"ส่งต่อข้อความของแม่ครับ แม่พิมพ์ในไลน์ไม่เป็นอีเมล ถ้าจะติดต่อกลับโทรหาผม {mobile(son_mob, i)} ก็ได้ครับ\n"
        f"{son}\n\n"
        f"[LINE] ประวัติการแชทกับ แม่\nวันที่บันทึก: 2569/12/0{1 + i % 5} 19:4{i % 10}\n\n"
        f"2569/11/30(จ.)\n"
        f"20:11\tแม่\tเรียนท่านนายก ดิฉัน{c.name} ประธาน{b.name}\n"
        f"20:12\tแม่\tขอใช้ห้องประชุมใหญ่ของสำนักงาน อบต. วันที่ 15 ธ.ค. 69 ทั้งวัน จัดอบรมทำขนมให้สมาชิก 40 คน\n"
        f"20:14\tแม่\tเลขบัตร {nid_w(c.p.nid, i + 2)}\n"
        f"20:14\tแม่\tกลุ่มอยู่บ้านเลขที่ {home(b.place, i + 2)}\n"
        f"20:15\tแม่\tเหรัญญิกกลุ่ม {treas.name} {mobile(treas.p.mobile, i)} จะไปรับกุญแจ\n"
        f"20:16\tแม่\t[สติกเกอร์]\n20:17\tแม่\tขอบคุณค่ะ {c.p.first} ประธานกลุ่ม\n"
    )
    raw = message(
        i,
        "Fwd: ขอใช้ห้องประชุม อบต. (กลุ่มแม่บ้าน)",
        f"{son[3:] if son.startswith('นาย') else son[6:]} <{son_box}>",
        prov,
        text=text,
    )
    return Case("plain_line_forward_housewives", raw, want(b, c, nid=True, phone=(), email=""))


def plain_outlook_coop_chair(b: Body, i: int) -> Case:
    """A cooperative's office sends from Outlook its chair's request for a budget to
    dredge a canal under the local plan: the coop's tax number and line, its manager as
    the contact (her mobile), signed by the ประธานกรรมการดำเนินการ (no ID)."""
    c, _, _, _, mgr = b.members
    prov = b.place.p.province
    text = (
        f"เรียน {OFFICE[prov]}\n\n"
        f"{b.name} เลขประจำตัวผู้เสียภาษี {b.reg} สำนักงานตั้งอยู่ {home(b.place, i)} "
        "ขอเสนอโครงการขุดลอกคลองส่งน้ำสาธารณะ ความยาว 1,200 เมตร เพื่อบรรจุในแผนพัฒนาท้องถิ่น ปี 2571 "
        "สมาชิกผู้ได้รับประโยชน์ 216 ครัวเรือน พื้นที่นา 3,400 ไร่\n"
        f"ผู้ประสานงานโครงการ {mgr.name} ผู้จัดการสหกรณ์ มือถือ {mobile(mgr.p.mobile, i + 1)}\n\n"
        f"ขอแสดงความนับถือ\n{c.name}\nประธานกรรมการดำเนินการ\n{b.name}\n"
        f"โทร. {line_of(b, i)}\n"
        "________________________________\n"
        f"From: {b.name} <{b.box}>\nSent: Tuesday, December {1 + i} , 2026 10:2{i} AM\n"
    )
    raw = message(
        i, "เสนอโครงการขุดลอกคลองส่งน้ำ เพื่อบรรจุในแผนพัฒนาท้องถิ่น", f"{b.name} <{b.box}>", prov, text=text
    )
    return Case(
        "plain_outlook_coop_chair", raw, want(b, c, nid=False, phone=phones(b.line), email=b.box)
    )


def line_of(b: Body, k: int) -> str:
    n = b.line
    return (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:]}", n)[k % 3]


def plain_phone_temple_waiyawatchakon(b: Body, i: int) -> Case:
    """A temple's ไวยาวัจกร asks from his phone's mail for a budget to pave the temple's
    lane; he signs as ไวยาวัจกร with his ID and mobile; the abbot named; the temple's
    line."""
    abbot, waiya = b.members
    prov = b.place.p.province
    text = (
        f"เรียนนายกครับ\n"
        f"ผม{waiya.name} ไวยาวัจกร{b.name} ที่ตั้งวัด {home(b.place, i)} "
        f"ได้รับมอบหมายจากท่านเจ้าอาวาส ({abbot.name}) ให้ทำเรื่องขอรับงบประมาณเทคอนกรีตทางเข้าวัด "
        "ยาว 180 เมตร กว้าง 4 เมตร ตามแผนพัฒนาท้องถิ่น ญาติโยมใช้ทางนี้ทุกวันพระ หน้าฝนรถเข้าไม่ได้ครับ\n"
        f"โทรวัด {line_of(b, i)}\n\n{waiya.name}\nไวยาวัจกร\nเลขบัตรประชาชน {nid_w(waiya.p.nid, i)}\nโทร {mobile(waiya.p.mobile, i + 3)}\n\n"
        "ส่งจากโทรศัพท์มือถือ Samsung Galaxy ของฉัน\n"
    )
    raw = message(i, "ขอทำถนนเข้าวัด", f"{first_last(waiya)} <{waiya.p.email}>", prov, text=text)
    e = want(b, waiya, nid=True, phone=phones(waiya.p.mobile, b.line))
    return Case("plain_phone_temple_waiyawatchakon", raw, e)


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_school_director(b: Body, i: int) -> Case:
    """A school's Gmail: the director asks to use the อบต.'s stadium and borrow tents for
    the sports day; a contact teacher with her mobile; the director's signature block in
    a Gmail signature (school, address, line, his mobile)."""
    d, _, _, _, teacher = b.members
    prov = b.place.p.province
    sig = (
        '<div class="gmail_signature"><div dir="ltr"><b>'
        + d.name
        + "</b><br>ผู้อำนวยการ"
        + b.name
        + f"<br>{home(b.place, i)}<br>โทร. {line_of(b, i)} | มือถือ {mobile(d.p.mobile, i)}</div></div>"
    )
    html = (
        '<div dir="ltr"><div>เรียน ' + OFFICE[prov] + "</div><div><br></div>"
        f"<div>ด้วย{b.name} กำหนดจัดกีฬาสีภายใน ประจำปีการศึกษา 2569 ระหว่างวันที่ 17-18 ธันวาคม 2569 "
        "จึงขออนุญาตใช้สนามกีฬากลางของ อบต. และขอยืมเต็นท์ 8 หลัง</div>"
        f"<div>มอบหมาย {teacher.name} ครูผู้รับผิดชอบ โทร {mobile(teacher.p.mobile, i + 1)} เป็นผู้ประสานงาน</div>"
        "<div><br></div><div>จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต</div><div><br></div>"
        f"<div>-- </div>{sig}</div>"
    )
    raw = message(i, f"ขอใช้สนามกีฬาและยืมเต็นท์ ({b.name})", f"{b.name} <{b.box}>", prov, html=html)
    return Case(
        "html_gmail_school_director",
        raw,
        want(b, d, nid=False, phone=phones(d.p.mobile, b.line), email=b.box),
    )


def html_outlook_enterprise_table(b: Body, i: int) -> Case:
    """A community enterprise's Outlook mail asks a grant for a drying house: its
    registration code, its place; the committee as an HTML table (role, name, ID, phone);
    signed by the chair."""
    c = b.members[0]
    prov = b.place.p.province
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{m.name}</td><td>{ROLES[n]}</td><td>{nid_w(m.p.nid, i + n)}</td><td>{mobile(m.p.mobile, n)}</td></tr>"
        for n, m in enumerate(b.members)
    )
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             "<tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th><th>เลขประจำตัวประชาชน</th><th>โทรศัพท์</th></tr>"
             f"{rows}</table>")  # fmt: skip
    paras = [
        f"เรียน {OFFICE[prov]}",
        "",
        f"{b.name} รหัสทะเบียน {b.reg} ที่ตั้ง {home(b.place, i + 1)} "
        "ขอรับเงินอุดหนุนโครงการก่อสร้างโรงอบแห้งผลิตภัณฑ์ จำนวน 95,000 บาท ตามแผนพัฒนาท้องถิ่น",
        "รายชื่อคณะกรรมการวิสาหกิจชุมชน",
        table,
        "",
        "ขอแสดงความนับถือ",
    ]
    sig = f'<p class="MsoNormal">{c.name}<br>ประธาน{b.name}<br>โทร {mobile(c.p.mobile, i + 2)}</p>'
    raw = message(
        i, "ขอรับเงินอุดหนุน วิสาหกิจชุมชน", f"{b.name} <{b.box}>", prov, html=outlook_html(paras, sig)
    )
    return Case(
        "html_outlook_enterprise_table",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=b.box),
    )


def html_webform_group_certificate(b: Body, i: int) -> Case:
    """The agency's web form's notification (no-reply): a group asks a certificate that
    it is registered with the local office; the form's rows (group, ผู้ยื่น, position, ID,
    phone, box, the group's address); a second contact person's row."""
    c, _, _, sec, _ = b.members
    who = c if i % 2 == 0 else sec
    role = "ประธานกลุ่ม" if who is c else "เลขานุการกลุ่ม (ปฏิบัติหน้าที่แทนประธาน)"
    other = sec if who is c else c
    prov = b.place.p.province
    rows = [
        ("ประเภทคำขอ", "ขอหนังสือรับรองการจัดตั้งกลุ่ม"), ("ชื่อกลุ่ม/องค์กร", b.name),
        ("ที่ตั้งกลุ่ม", home(b.place, i)), ("ชื่อ-นามสกุล ผู้ยื่นคำขอ", who.name), ("ตำแหน่งในกลุ่ม", role),
        ("เลขประจำตัวประชาชน (ผู้ยื่น)", who.p.nid), ("วันเดือนปีเกิด (ผู้ยื่น)", born_th(who.p.born, i + 1)), ("เบอร์โทรศัพท์ (ผู้ยื่น)", who.p.mobile), ("อีเมล", who.p.email),
        ("ผู้ติดต่อสำรอง", f"{other.name} โทร {mobile(other.p.mobile, i)}"),
        ("วัตถุประสงค์", "ใช้ประกอบการขอรับเงินอุดหนุนจากสำนักงานพัฒนาชุมชนอำเภอ"), ("เลขที่รับเรื่อง", f"EF-2569-{4107 + i:05d}"),
    ]  # fmt: skip
    body = "".join(
        f'<tr><td style="background:#f2f2f2;width:35%">{k}</td><td>{v}</td></tr>' for k, v in rows
    )
    html = (
        '<html><body style="font-family:Tahoma"><h3>มีคำขอใหม่จากระบบ e-Service</h3>'
        f'<table cellpadding="6" style="border:1px solid #ccc">{body}</table>'
        '<p style="color:#888">อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>'
    )
    raw = message(i, f"[e-Service] คำขอใหม่ เลขที่ EF-2569-{4107 + i:05d}", "e-Service <no-reply@eservice.example.go.th>", prov,
                  html=html, reply_to=who.p.email)  # fmt: skip
    return Case(
        "html_webform_group_certificate",
        raw,
        want(b, who, nid=True, phone=phones(who.p.mobile), email=who.p.email, born=True),
    )


def html_gmail_forwarded_abbot(b: Body, i: int) -> Case:
    """A ไวยาวัจกร forwards from Gmail the abbot's request (quoted, gmail_quote) to lend
    chairs and a sound system for the temple's Bun Phawet: the abbot signs with his title
    (and own name in brackets in v1), the temple's line; the forwarder's own line on top."""
    abbot, waiya = b.members
    k = ABBOTS.index(abbot)
    prov = b.place.p.province
    own = OWN_NAMES[k]
    signed = f"{abbot.name}<br>({own})" if own and i % 2 == 0 else abbot.name
    quote = (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f"จาก: {b.name} &lt;temple.{k}@gmail.com&gt;<br>Date: 28 พ.ย. 2569 08:15<br>Subject: ขอความอนุเคราะห์</div><br>"
        f"<div>เจริญพร {OFFICE[prov]}</div><div>ด้วย{b.name} ตั้งอยู่ {home(b.place, i)} จะจัดงานบุญผะเหวด (บุญมหาชาติ) "
        "ระหว่างวันที่ 20-21 มีนาคม 2570 จึงขอความอนุเคราะห์ยืมเก้าอี้ 300 ตัว และเครื่องเสียงพร้อมลำโพง 1 ชุด</div>"
        f"<div>จึงเจริญพรมาเพื่อโปรดพิจารณา</div><div><br></div><div>ขอเจริญพร</div><div>{signed}</div>"
        f"<div>เจ้าอาวาส{b.name}</div><div>โทร {line_of(b, i)}</div></div>"
    )
    html = (
        f'<div dir="ltr">เรียน อบต.ครับ ส่งต่อหนังสือของหลวงพ่อ ผมเป็นไวยาวัจกร ชื่อ{waiya.p.first} '
        f"เบอร์ผม {mobile(waiya.p.mobile, i)} ครับ</div><br>{quote}"
    )
    raw = message(
        i,
        f"Fwd: ขอความอนุเคราะห์ {b.name}",
        f"{first_last(waiya)} <{waiya.p.email}>",
        prov,
        html=html,
    )
    e = want(b, abbot, nid=False, phone=phones(b.line, waiya.p.mobile), names=monk(k, i % 2 == 0))
    return Case("html_gmail_forwarded_abbot", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_temple_abbot_letter(b: Body, i: int) -> Case:
    """A temple's official letter in Word (ที่ วพ. in Thai digits): asks tents and chairs
    for an ordination; signed by the abbot (title, own name in brackets); the ไวยาวัจกร
    as the contact with his mobile; the temple's line in Thai digits."""
    abbot, waiya = b.members
    k = ABBOTS.index(abbot)
    prov = b.place.p.province
    own = OWN_NAMES[k]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ วพ. {th(str(31 + i))}/๒๕๖๙\t\t\t\t{b.name}\n\t\t\t\t\t{home(b.place, i + 1)}"
        )
        d.add_paragraph(f"\t\t\t\t\t{th(str(4 + i))} ธันวาคม ๒๕๖๙")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์เต็นท์และเก้าอี้\nเจริญพร {OFFICE[prov]}")
        d.add_paragraph(
            f"ด้วย{b.name} จะจัดพิธีบรรพชาอุปสมบทหมู่ เฉลิมพระเกียรติ ในวันที่ ๑๐ มกราคม ๒๕๗๐ มีผู้มาร่วมงานประมาณ ๕๐๐ คน "
            "จึงขอความอนุเคราะห์เต็นท์ ๑๐ หลัง และเก้าอี้ ๒๐๐ ตัว"
        )
        d.add_paragraph(
            f"ทั้งนี้ ได้มอบหมายให้ {waiya.name} ไวยาวัจกร โทร {th(mobile(waiya.p.mobile, i))} เป็นผู้ประสานงาน"
        )
        d.add_paragraph("จึงเจริญพรมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอเจริญพร\n\n({abbot.name})" + (f"\n({own})" if own else "") + f"\nเจ้าอาวาส{b.name}"
        )
        d.add_paragraph(f"โทร. {th(line_of(b, i + 1))}")

    raw = message(i, f"หนังสือ{b.name} ขอความอนุเคราะห์เต็นท์", f"{first_last(waiya)} <{waiya.p.email}>", prov,
                  text=f"เรียน สารบรรณ\nส่งหนังสือของ{b.name}ครับ\n{waiya.name}\n",
                  files=(("หนังสือวัด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = want(b, abbot, nid=False, phone=phones(b.line, waiya.p.mobile), names=monk(k, True))
    return Case("docx_temple_abbot_letter", raw, e)


def docx_school_official_letter(b: Body, i: int) -> Case:
    """A school's official letter (ที่ ศธ 04xxx.xxx/...): the school's letterhead place,
    line; asks a budget for school lunch milk carried over and a playground under the
    local plan; signed by the director; the deputy's mobile as contact; sent by a
    teacher's own box."""
    d, deputy, _, _, teacher = b.members
    prov = b.place.p.province

    def build(doc: Any) -> None:
        doc.add_paragraph(
            f"ที่ ศธ ๐๔{th(str(138 + i))}.{th(str(5 + i).zfill(3))}/{th(str(412 + i))}\t\t\t{b.name}\n\t\t\t\t\t{home(b.place, i)}"
        )
        doc.add_paragraph(f"\t\t\t\t\t{th(str(2 + i))} ธันวาคม ๒๕๖๙")
        doc.add_paragraph(f"เรื่อง ขอรับการสนับสนุนงบประมาณก่อสร้างสนามเด็กเล่น\nเรียน {OFFICE[prov]}")
        doc.add_paragraph("สิ่งที่ส่งมาด้วย ประมาณการราคา จำนวน ๑ ชุด")
        doc.add_paragraph(
            f"ด้วย{b.name} สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษา{prov} เขต ๑ มีนักเรียน ๑๘๔ คน "
            "มีความประสงค์ขอรับการสนับสนุนงบประมาณก่อสร้างสนามเด็กเล่นสร้างปัญญา ตามแผนพัฒนาท้องถิ่น "
            "เป็นเงิน ๑๒๐,๐๐๐ บาท"
        )
        doc.add_paragraph(f"ผู้ประสานงาน {deputy.name} รองผู้อำนวยการ โทร {mobile(deputy.p.mobile, i)}")
        doc.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        doc.add_paragraph(f"ขอแสดงความนับถือ\n\n\n({d.name})\nผู้อำนวยการ{b.name}")
        doc.add_paragraph(f"โทรศัพท์ {line_of(b, i + 2)}\nE-mail: {b.box}")

    raw = message(i, "ส่งหนังสือโรงเรียน ขอรับการสนับสนุนงบประมาณ", f"{first_last(teacher)} <{teacher.p.email}>", prov,
                  text=f"เรียน งานสารบรรณ\nส่งหนังสือราชการของ{b.name}ตามไฟล์แนบค่ะ\n{teacher.name} ครูธุรการ\n",
                  files=(("หนังสือขอรับการสนับสนุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_school_official_letter", raw, want(b, d, nid=False, phone=phones(b.line), email=b.box)
    )


def docx_fund_committee_table(b: Body, i: int) -> Case:
    """A village fund's letter in Word asking the local office to certify its new
    committee for the bank: a table of the committee (ที่, ชื่อ-สกุล, ตำแหน่ง,
    เลขประจำตัวประชาชน, ที่อยู่, โทรศัพท์), signed by the chair."""
    c = b.members[0]
    prov = b.place.p.province

    def build(d: Any) -> None:
        d.add_paragraph(f"{b.name}\nที่ทำการ บ้านเลขที่ {home(b.place, i + 1)}")
        d.add_paragraph(f"เรื่อง ขอหนังสือรับรองคณะกรรมการกองทุนหมู่บ้าน\nเรียน {OFFICE[prov]}")
        d.add_paragraph(
            f"ด้วย{b.name} ได้เลือกตั้งคณะกรรมการชุดใหม่ เมื่อวันที่ 15 พฤศจิกายน 2569 "
            "จึงขอหนังสือรับรองเพื่อใช้เปลี่ยนผู้มีอำนาจลงนามบัญชีเงินฝากกับธนาคาร ตามรายชื่อดังนี้"
        )
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for cell, h in zip(
            t.rows[0].cells,
            ("ที่", "ชื่อ-สกุล", "ตำแหน่ง", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"),
            strict=True,
        ):
            cell.text = h
        for n, m in enumerate(b.members):
            row = t.add_row().cells
            vals = (
                str(n + 1),
                m.name,
                ROLES[n],
                nid_w(m.p.nid, n + i),
                f"{m.p.house} ม.{m.p.moo}",
                mobile(m.p.mobile, n),
            )
            for cell, v in zip(row, vals, strict=True):
                cell.text = v
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ลงชื่อ ..............................\n({c.name})\nประธานกรรมการ{b.name}")

    raw = message(i, f"ขอหนังสือรับรองคณะกรรมการ {b.name}", f"{first_last(c)} <{c.p.email}>", prov,
                  text=f"เรียน {OFFICE[prov]}\nแนบหนังสือขอรับรองคณะกรรมการกองทุนครับ\n",
                  files=(("หนังสือรับรองกรรมการ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_fund_committee_table",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=c.p.email),
    )


def docx_elderly_club_dotted_form(b: Body, i: int) -> Case:
    """A club's chair fills the office's คำขอรับเงินอุดหนุน form in Word on dotted lines:
    ข้าพเจ้า ... อายุ ... เกิดวันที่ ... เลขประจำตัวประชาชน ..., ตำแหน่ง ... ในนามของ ...
    ที่ตั้ง ...; the project; the secretary as the one who keeps the accounts."""
    c, _, _, sec, _ = b.members
    prov = b.place.p.province
    age = 2026 - c.p.born.year

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอรับเงินอุดหนุน\n(สำหรับองค์กรภาคประชาชน)")
        d.add_paragraph(f"เขียนที่ {b.name}\nวันที่ {3 + i} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(f"เรียน {OFFICE[prov]}")
        d.add_paragraph(
            f"ข้าพเจ้า....{c.name}....อายุ....{age}....ปี เกิดวันที่....{born_th(c.p.born, i)}....\n"
            f"เลขประจำตัวประชาชน....{nid_w(c.p.nid, i + 1)}....โทรศัพท์....{mobile(c.p.mobile, i + 2)}....\n"
            f"ตำแหน่ง....ประธานชมรม....ในนามของ....{b.name}....\n"
            f"ที่ตั้งองค์กร....{home(b.place, i + 2)}...."
        )
        d.add_paragraph(
            "ขอรับเงินอุดหนุนโครงการ....ส่งเสริมสุขภาพผู้สูงอายุ (รำไม้พลอง)....จำนวนเงิน....35,000....บาท\n"
            f"ผู้รับผิดชอบด้านการเงิน....{sec.name} (เลขานุการ) โทร {mobile(sec.p.mobile, i)}...."
        )
        d.add_paragraph(f"ลงชื่อ....................ผู้ขอรับเงินอุดหนุน\n({c.name})\nประธาน{b.name}")

    raw = message(i, "แบบคำขอรับเงินอุดหนุน ชมรมผู้สูงอายุ", f"{first_last(c)} <{c.p.email}>", prov,
                  text="เรียน กองสวัสดิการสังคม\nแนบแบบคำขอรับเงินอุดหนุนครับ\n",
                  files=(("คำขอรับเงินอุดหนุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_elderly_club_dotted_form",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=c.p.email, born=True),
    )


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_grant_form(b: Body, i: int) -> Case:
    """The office's fillable แบบเสนอโครงการขอรับเงินอุดหนุน (fields in English): the
    body (name, register code), its representative (rep_*: name, position, ID, mobile),
    the body's address, a contact person (contact_*: another member)."""
    c, _, _, sec, _ = b.members
    prov = b.place.p.province
    labels = [(40, 18, "แบบเสนอโครงการขอรับเงินอุดหนุน"), (20, 34, "ชื่อองค์กร"), (20, 44, "เลขทะเบียน"),
              (20, 56, "ผู้แทนองค์กร"), (120, 56, "ตำแหน่ง"), (20, 66, "เลขประจำตัวประชาชน"), (120, 66, "โทรศัพท์"),
              (20, 76, "ที่ตั้งองค์กร"), (20, 84, "วันเกิดผู้แทน"), (20, 90, "ผู้ประสานงาน"), (120, 90, "โทรศัพท์"), (20, 104, "ชื่อโครงการ"),
              (20, 114, "งบประมาณ"), (20, 150, "ลงชื่อ ........................ ผู้แทนองค์กร")]  # fmt: skip
    fields = [Field("org_name", b.name, 45, 34, 140), Field("org_reg", b.reg or "-", 45, 44, 60),
              Field("rep_name", c.name, 45, 56, 70), Field("rep_position", "ประธาน", 135, 56, 50),
              Field("rep_id", c.p.nid, 60, 66, 55, comb=13), Field("rep_phone", mobile(c.p.mobile, i), 135, 66, 50),
              Field("org_address", home(b.place, i), 45, 76, 150), Field("rep_dob", born_th(c.p.born, i + 2), 50, 84, 45),
              Field("contact_name", sec.name, 45, 90, 70), Field("contact_phone", mobile(sec.p.mobile, i + 1), 135, 90, 50),
              Field("project", "ส่งเสริมอาชีพการแปรรูปผลิตภัณฑ์ชุมชน", 45, 104, 140), Field("budget", "60,000", 45, 114, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบเสนอโครงการขอรับเงินอุดหนุน", f"{first_last(c)} <{c.p.email}>", prov,
                  text="ส่งแบบเสนอโครงการที่กรอกแล้วค่ะ/ครับ\n", files=(("แบบเสนอโครงการ.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_fillable_grant_form",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=c.p.email, born=True),
    )


def pdf_fillable_venue_form(b: Body, i: int) -> Case:
    """The office's fillable คำขออนุญาตใช้สถานที่ (Thai field names): the ผู้ขอ, in the
    name of a group, her ID and phone, the group's place; the venue asked (the office's
    hall, its own address) and the dates."""
    c = b.members[0]
    prov = b.place.p.province
    venue = ("หอประชุมเทศบาลตำบลกุดชุม 199 หมู่ 1 ตำบลกุดชุม อำเภอกุดชุม จังหวัดยโสธร 35140" if prov == YS
             else "ห้องประชุม อบต.ไก่คำ 222 หมู่ 5 ตำบลไก่คำ อำเภอเมืองอำนาจเจริญ จังหวัดอำนาจเจริญ 37000")  # fmt: skip
    labels = [(50, 18, "คำขออนุญาตใช้สถานที่"), (20, 34, "ชื่อผู้ขอ"), (120, 34, "ในนามของ"), (20, 44, "เลขประจำตัวประชาชน"),
              (120, 44, "โทรศัพท์"), (20, 54, "ที่อยู่กลุ่ม/องค์กร"), (20, 68, "สถานที่ที่ขอใช้"), (20, 78, "วันที่ขอใช้"),
              (20, 88, "กิจกรรม"), (20, 98, "จำนวนผู้เข้าร่วม"), (20, 140, "ลงชื่อ .................... ผู้ขอ")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", c.name, 40, 34, 75), Field("ในนามของ", b.name, 140, 34, 60),
              Field("เลขประจำตัวประชาชน", nid_w(c.p.nid, i), 60, 44, 55), Field("โทรศัพท์", mobile(c.p.mobile, i + 3), 140, 44, 50),
              Field("ที่อยู่กลุ่ม", home(b.place, i + 1), 55, 54, 140), Field("สถานที่ที่ขอใช้", venue, 50, 68, 145),
              Field("วันที่ขอใช้", f"{20 + i} ธันวาคม 2569 เวลา 08.30-16.30 น.", 45, 78, 100),
              Field("กิจกรรม", "ประชุมใหญ่สามัญประจำปีและอบรมอาชีพ", 45, 88, 120), Field("จำนวนผู้เข้าร่วม", "80 คน", 55, 98, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขออนุญาตใช้สถานที่", f"{first_last(c)} <{c.p.email}>", prov,
                  text="เรียน เจ้าหน้าที่\nแนบคำขอใช้สถานที่ค่ะ/ครับ\n", files=(("ขอใช้สถานที่.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_fillable_venue_form",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=c.p.email),
    )


def pdf_typed_coop_letter(b: Body, i: int) -> Case:
    """A cooperative's typed letter as a PDF: its letterhead (name, address, line, tax
    number) top centre, asks a certificate of its rice mill's location for a grant from
    the province; signed by the ประธานกรรมการดำเนินการ; its manager as the contact."""
    c, _, _, _, mgr = b.members
    prov = b.place.p.province
    paras: list[tuple[float, str]] = [(60, b.name), (40, home(b.place, i + 2)), (40, f"โทร {line_of(b, i)}  เลขประจำตัวผู้เสียภาษี {b.reg}"),
             (0, ""), (20, f"ที่ สกก.{th(str(88 + i))}/๒๕๖๙"), (120, f"{5 + i} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอหนังสือรับรองสถานที่ตั้งโรงสีข้าวของสหกรณ์"), (20, f"เรียน {OFFICE[prov]}"), (0, ""),
             (30, f"ด้วย{b.name} จะขอรับเงินอุดหนุนโครงการยกระดับโรงสีข้าวชุมชนจากสำนักงานสหกรณ์จังหวัด{prov} "
                  "จึงขอหนังสือรับรองว่าโรงสีข้าวของสหกรณ์ตั้งอยู่ในเขตพื้นที่ และไม่ก่อเหตุเดือดร้อนรำคาญ"),
             (30, f"ผู้ประสานงาน {mgr.name} ผู้จัดการสหกรณ์ โทร {mobile(mgr.p.mobile, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({c.name})"), (100, "ประธานกรรมการดำเนินการ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอหนังสือรับรองสถานที่ตั้งโรงสี", f"{b.name} <{b.box}>", prov,
                  text="เรียน งานสารบรรณ\nสหกรณ์ฯ ขอส่งหนังสือตามแนบครับ\n", files=(("หนังสือสหกรณ์.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_typed_coop_letter", raw, want(b, c, nid=False, phone=phones(b.line), email=b.box)
    )


def pdf_typed_enterprise_secretary(b: Body, i: int) -> Case:
    """A community enterprise's typed letter (Word to PDF) asking the office to certify
    it for the OTOP fair: the secretary writes and signs ปฏิบัติหน้าที่แทนประธาน (the chair
    named abroad), her ID and mobile in the body; the enterprise's code and place."""
    c, _, _, sec, _ = b.members
    prov = b.place.p.province
    paras: list[tuple[float, str]] = [(115, b.name), (115, home(b.place, i)), (0, ""), (115, f"{8 + i} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอหนังสือรับรองการเป็นวิสาหกิจชุมชนในพื้นที่"), (20, f"เรียน {OFFICE[prov]}"), (0, ""),
             (30, f"ด้วย{b.name} รหัสทะเบียน {b.reg} จะนำสินค้าไปร่วมงานแสดงสินค้า OTOP ระดับภาค "
                  f"จึงขอหนังสือรับรองว่ากลุ่มดำเนินกิจการอยู่ในพื้นที่จริง ทั้งนี้ {c.name} ประธานกลุ่ม "
                  "ไปทำงานต่างประเทศชั่วคราว คณะกรรมการจึงมอบให้ข้าพเจ้าปฏิบัติหน้าที่แทน"),
             (30, f"ข้าพเจ้า {sec.name} เลขประจำตัวประชาชน {nid_w(sec.p.nid, i)} โทร {mobile(sec.p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({sec.name})"), (95, "เลขานุการ ปฏิบัติหน้าที่แทนประธาน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอหนังสือรับรองวิสาหกิจชุมชน", f"{b.name} <{b.box}>", prov,
                  text="เรียน สำนักปลัด\nแนบหนังสือขอรับรองค่ะ\n", files=(("ขอรับรอง.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_typed_enterprise_secretary",
        raw,
        want(b, sec, nid=True, phone=phones(sec.p.mobile), email=b.box),
    )


# --- sheets --------------------------------------------------------------------------------


def xlsx_fund_roster(b: Body, i: int) -> Case:
    """A village fund's committee roster as a sheet for the yearly report: its head block
    (fund, register number, place), the members' rows (role, name, ID, birth date, phone,
    house), and the chair's signature line at the bottom."""
    c = b.members[0]
    prov = b.place.p.province

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "กรรมการ"
        ws.append((f"ทะเบียนคณะกรรมการ{b.name}",))
        ws.append(("ทะเบียนกองทุนเลขที่", b.reg, "ที่ทำการ", home(b.place, i)))
        ws.append(())
        ws.append(("ลำดับ", "ตำแหน่ง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "โทรศัพท์", "บ้านเลขที่"))
        for n, m in enumerate(b.members):
            ws.append(
                (
                    n + 1,
                    ROLES[n],
                    m.name,
                    nid_w(m.p.nid, n + i),
                    born_th(m.p.born, n),
                    mobile(m.p.mobile, n),
                    m.p.house,
                )
            )
        ws.append(())
        ws.append(("ผู้รายงาน", f"ลงชื่อ {c.name}", "ประธานกรรมการกองทุน"))

    raw = message(i, f"ทะเบียนกรรมการ {b.name}", f"{first_last(c)} <{c.p.email}>", prov,
                  text="เรียน พัฒนาชุมชน/อบต.\nส่งทะเบียนคณะกรรมการกองทุนครับ\n",
                  files=(("กรรมการกองทุน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_fund_roster",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=c.p.email, born=True),
    )


def xlsx_school_borrow_list(b: Body, i: int) -> Case:
    """A school's list of things to borrow for its open day: a head block (school, place,
    line, the director as ผู้ขอยืม, the teacher who collects with her mobile and ID), the
    items (tents, chairs, tables, the office's numbers for them)."""
    d, _, _, _, teacher = b.members
    prov = b.place.p.province

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการยืม"
        ws.append(("บัญชีรายการขอยืมพัสดุ",))
        ws.append(("หน่วยงานผู้ยืม", b.name))
        ws.append(("ที่ตั้ง", home(b.place, i + 1)))
        ws.append(("โทรศัพท์", line_of(b, i)))
        ws.append(("ผู้ขอยืม", d.name, "ตำแหน่ง", "ผู้อำนวยการโรงเรียน"))
        ws.append(
            (
                "ผู้มารับของ",
                teacher.name,
                "เลขบัตร",
                nid_w(teacher.p.nid, i),
                "มือถือ",
                mobile(teacher.p.mobile, i),
            )
        )
        ws.append(())
        ws.append(("ที่", "รายการ", "เลขครุภัณฑ์", "จำนวน", "หน่วย"))
        for n, (what, code, qty, unit) in enumerate([("เต็นท์ผ้าใบ 4x8 ม.", f"410-62-000{3 + i}", 6, "หลัง"),
                                                     ("เก้าอี้พลาสติก", "-", 250, "ตัว"),
                                                     ("โต๊ะพับ", f"405-60-00{14 + i}", 20, "ตัว")]):  # fmt: skip
            ws.append((n + 1, what, code, qty, unit))
        ws.append(("วันที่ยืม", f"{15 + i}/12/2569", "วันที่คืน", f"{17 + i}/12/2569"))

    raw = message(i, f"ขอยืมเต็นท์ เก้าอี้ ({b.name})", f"{b.name} <{b.box}>", prov,
                  text=f"เรียน งานพัสดุ\n{b.name}ขอยืมพัสดุตามรายการแนบค่ะ\n",
                  files=(("รายการยืม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_school_borrow_list", raw, want(b, d, nid=False, phone=phones(b.line), email=b.box)
    )


def xlsx_enterprise_project_budget(b: Body, i: int) -> Case:
    """A community enterprise's project proposal as a sheet: the project's budget lines,
    then the proposer block (ผู้เสนอโครงการ: the chair, her ID, mobile; the enterprise's
    code and place), then its members with their phones."""
    c = b.members[0]
    prov = b.place.p.province

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "โครงการ"
        ws.append(("โครงการพัฒนาบรรจุภัณฑ์ผลิตภัณฑ์ชุมชน ปีงบประมาณ 2570",))
        ws.append(("ลำดับ", "รายการ", "จำนวน", "ราคาต่อหน่วย", "รวม"))
        for n, (what, qty, price) in enumerate([("ค่าออกแบบบรรจุภัณฑ์", 1, 15000), ("ค่ากล่องพิมพ์ลาย", 2000, 12),
                                                ("ค่าเครื่องซีลสุญญากาศ", 1, 18500)]):  # fmt: skip
            ws.append((n + 1, what, qty, price, qty * price))
        ws.append(())
        ws.append(("ผู้เสนอโครงการ", c.name))
        ws.append(("ตำแหน่ง", f"ประธาน{b.name}"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(c.p.nid, i + 2)))
        ws.append(("โทรศัพท์", mobile(c.p.mobile, i + 1)))
        ws.append(("รหัสทะเบียนวิสาหกิจชุมชน", b.reg))
        ws.append(("ที่ตั้ง", home(b.place, i + 2)))
        ws.append(())
        ws.append(("สมาชิกผู้ร่วมโครงการ", "ตำแหน่ง", "โทรศัพท์"))
        for n, m in enumerate(b.members[1:]):
            ws.append((m.name, ROLES[n + 1], mobile(m.p.mobile, n + 2)))

    raw = message(i, "เสนอโครงการพัฒนาบรรจุภัณฑ์ (วิสาหกิจชุมชน)", f"{b.name} <{b.box}>", prov,
                  text="เรียน กองส่งเสริมการเกษตร\nแนบไฟล์โครงการค่ะ\n",
                  files=(("โครงการ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_enterprise_project_budget",
        raw,
        want(b, c, nid=True, phone=phones(c.p.mobile), email=b.box),
    )


Style = Callable[[Body, int], Case]

# Each style and its two BODIES (different people sign in each).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_village_fund_chair_gmail, (2, 9)),
    (plain_elderly_secretary_iphone, (5, 10)),
    (plain_line_forward_housewives, (3, 12)),
    (plain_outlook_coop_chair, (8, 14)),
    (plain_phone_temple_waiyawatchakon, (6, 13)),
    (html_gmail_school_director, (1, 7)),
    (html_outlook_enterprise_table, (4, 11)),
    (html_webform_group_certificate, (12, 3)),
    (html_gmail_forwarded_abbot, (0, 6)),
    (docx_temple_abbot_letter, (13, 0)),
    (docx_school_official_letter, (7, 1)),
    (docx_fund_committee_table, (9, 2)),
    (docx_elderly_club_dotted_form, (10, 5)),
    (pdf_fillable_grant_form, (11, 3)),
    (pdf_fillable_venue_form, (12, 5)),
    (pdf_typed_coop_letter, (14, 8)),
    (pdf_typed_enterprise_secretary, (11, 4)),
    (xlsx_fund_roster, (2, 9)),
    (xlsx_school_borrow_list, (1, 7)),
    (xlsx_enterprise_project_budget, (4, 11)),
)

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for its two bodies (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(BODIES[n], 2 * s + k))
    return cases
