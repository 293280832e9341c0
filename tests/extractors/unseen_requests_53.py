"""A fifty-third set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A NORTHERN อบต./เทศบาลตำบล (Chiang Mai, Chiang Rai, Mae Hong Son, Nan,
Phrae, Lampang, Phayao, Tak), its people as they are there: hill-tribe citizens (Akha,
Lisu, Hmong, Karen, Lahu, Mien) with names as registered (นายอาเหล่อ เชอหมื่อ, นางสาวหมี่ปา
แซ่ย่าง, surnames แซ่ลี/แซ่ย่าง/แซ่จ๋าว), an elder with NO surname on his older papers (his
son took the father's name as his own surname), Thai Lue and Tai Yai names; 13-digit
numbers that begin with 0, 6, 7 or 8 (highland-registered, non-Thai, stateless,
naturalised), their check digit valid as a Thai ID's; a birth registered as 1 January of
a year; villages (บ้าน... / หย่อมบ้าน...) written with the หมู่ (before or after it), high
หมู่ numbers; คำเมือง in free text (เจ้า, ขอบคุณเจ้า, ป้อ/แม่อุ๊ย). Requests of an ordinary
week: ใบรับรองการอยู่อาศัย / รับรองสถานะบุคคล, เบี้ยยังชีพ (old age, disability), ไฟป่า/
หมอกควัน and a burning permit, น้ำประปาภูเขา, ถนนลูกรัง, ช้างป่า/หมูป่า damage; typed on
phones, often by a teacher (ครู ศศช.), a nurse (รพ.สต.), a son or a headman for the
applicant; Word and PDF forms, a forward from a village headman, replies to the agency's
quoted template, a LINE chat pasted into a mail.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the builders and tests of sets 51 and 52, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a northern clerk keeps.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own: the villager the request is for, not the teacher, nurse, son or
  headman who types, forwards or vouches; not a witness, a parent, a caregiver or a proxy
  named on a form; not the agency's officer quoted in a reply.
- full_name: title + first name + surname as registered; where there is no surname,
  title + first name alone ("นายจะแฮ"): a note "(ไม่มีนามสกุล)" or "-" is no part of it.
- national_id: the 13-digit number whatever its first digit (0, 6, 7, 8 too); an HN, a
  bank account, a land plot's, a card's serial or a parent's or witness's number never.
- phone: her own mobile (+66... or 0...), expected only where she gives one; the helper's,
  the headman's, the รพ.สต.'s or the school's number is never hers.
- email: her own, only where she has one (in the From or written in the mail); a
  helper's or headman's box that sends is never hers.
- birth_date ISO where a whole date is given (a registered 1 January is a date like any
  other); a fire's, a burning slot's, an elephant's night, a chat's date never.
- address: her home from the house number to the district, as set 5's `addresses`
  accepts it, or as typed with her village (บ้าน.../หย่อมบ้าน...) after or before the
  หมู่; a burning plot's, a field's, a pipe's source, a road's ends are never her home.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together; villages are made up or
generic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Person, addresses, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_49 import age, born_th, dashed, html_doc, line, mobile, spaced
from unseen_requests_52 import flow

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@doithong.go.th"


@dataclass(frozen=True)
class Highlander:
    """The applicant (`p`, `last` "" where there is none), her village, and the one who
    types, forwards or helps (`helper`, with his own number, box and role)."""

    p: Person
    village: str  # บ้าน... / หย่อมบ้าน..., as written beside the หมู่
    helper: str  # titled name
    helper_mobile: str
    helper_email: str
    role: str  # what the helper is: "ลูกชาย", "ครู ศศช.บ้าน...", "ผู้ใหญ่บ้าน"...
    muang: bool = False  # writes คำเมือง (เจ้า) rather than ค่ะ/ครับ


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, tambon: str, amphoe: str, province: str, postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  "", "", tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Highlander, ...] = (
    Highlander(P("นาย", "อาเหล่อ", "เชอหมื่อ", "857100231448", date(1968, 3, 12), "0892214706", "",
                 "88", "15", "เทอดไทย", "แม่ฟ้าหลวง", "เชียงราย", "57240"),
               "บ้านอาแหละ", "นายอาจู เชอหมื่อ", "0617723390", "ajoo.chm@gmail.com", "ลูกชาย"),
    Highlander(P("นางสาว", "หมี่ปา", "แซ่ย่าง", "650200417723", date(1995, 8, 4), "0935501827", "mipa.sy@gmail.com",
                 "121", "19", "ม่อนปิ่น", "ฝาง", "เชียงใหม่", "50110"),
               "บ้านห้วยส้านลีซู", "นางสมศรี ใจมา", "0817726514", "somsri.kru@gmail.com", "ครู ศศช.บ้านห้วยส้านลีซู"),
    Highlander(P("นาย", "จะหวะ", "จะแฮ", "850220016634", date(1951, 11, 20), "0628840193", "",
                 "45", "22", "ท่าตอน", "แม่อาย", "เชียงใหม่", "50280"),
               "หย่อมบ้านห้วยหก", "นายบุญมา ปัญญาดี", "0819941207", "boonma.pyd@gmail.com", "ผู้ใหญ่บ้าน"),
    Highlander(P("นาย", "จะแฮ", "", "850300114479", date(1946, 1, 1), "", "",
                 "9", "16", "เปียงหลวง", "เวียงแหง", "เชียงใหม่", "50350"),
               "บ้านจะคือ", "นายจะแก จะแฮ", "0956617284", "jakae.jh@gmail.com", "ลูกชาย"),
    Highlander(P("นาง", "หน่อเปอะ", "ปู่ลา", "363060022817", date(1961, 5, 27), "0847730561", "",
                 "57", "18", "แม่จัน", "อุ้มผาง", "ตาก", "63170"),
               "บ้านเลตองคุ", "นางสาวพรทิพย์ คำแสน", "0862217743", "porntip.rn@gmail.com", "พยาบาล รพ.สต.บ้านเลตองคุ"),
    Highlander(P("นาย", "เปา", "แซ่ลี", "855070098231", date(1983, 9, 2), "0803317725", "pao.saelee@gmail.com",
                 "104", "7", "บ่อเกลือใต้", "บ่อเกลือ", "น่าน", "55220"),
               "บ้านห้วยขาบ", "นายสมพงษ์ แซ่ลี", "0895512076", "", "ผู้ใหญ่บ้าน"),
    Highlander(P("นาย", "เลาเฉิง", "แซ่จ๋าว", "756040011296", date(1990, 2, 14), "0821149930", "laocheng.sc@hotmail.com",
                 "33/1", "17", "ผาช้างน้อย", "ปง", "พะเยา", "56140"),
               "บ้านปางค่า", "นายเฉินฟู แซ่จ๋าว", "0874415207", "", "พี่ชาย"),
    Highlander(P("นาง", "บัวจันทร์", "ไชยลือ", "355070041128", date(1956, 6, 9), "0810045237", "",
                 "72", "11", "ศิลาแลง", "ปัว", "น่าน", "55120"),
               "บ้านดอนมูล", "นางสาวศิริพร ไชยลือ", "0649912850", "siriporn.cl@gmail.com", "ลูกสาว", muang=True),
    Highlander(P("นาย", "จายคำ", "ลุงตา", "358050017734", date(1952, 12, 5), "0893326418", "jaikham.lt@gmail.com",
                 "150", "4", "เวียงใต้", "ปาย", "แม่ฮ่องสอน", "58130"),
               "บ้านแม่ยะ", "นางสาวนางเงิน ลุงตา", "0640087731", "nangngoen.lt@gmail.com", "ลูกสาว", muang=True),
    Highlander(P("นางสาว", "นาหมี่", "มาเยอ", "757010052836", date(2002, 4, 30), "0987724160", "namee.my@gmail.com",
                 "212", "24", "โป่งผา", "แม่สาย", "เชียงราย", "57130"),
               "หย่อมบ้านอาเบ๊ะ", "นายอาแซ มาเยอ", "0613390274", "", "บิดา"),
    Highlander(P("นาย", "ตาแฮ", "ปิยะไพร", "063010078825", date(1988, 7, 16), "0869904125", "",
                 "5", "9", "พระธาตุผาแดง", "แม่สอด", "ตาก", "63110"),
               "บ้านห้วยกะโหลก", "นายวิรัช แก้วกันทา", "0812270954", "wirat.k@gmail.com", "ครู ศศช.บ้านห้วยกะโหลก"),
    Highlander(P("นาง", "เหมยฝิน", "แซ่จ๋าว", "854020036617", date(1970, 10, 22), "0835561902", "",
                 "66", "10", "แม่ยางฮ่อ", "ร้องกวาง", "แพร่", "54140"),
               "บ้านแม่ยางเหมี้ยน", "นายจั้นฟู แซ่จ๋าว", "0924471386", "chanfu.sc@gmail.com", "ลูกชาย"),
    Highlander(P("นาง", "คำแสง", "อินต๊ะ", "352050044711", date(1954, 1, 8), "0951127384", "",
                 "18/2", "8", "บ้านแหง", "งาว", "ลำปาง", "52110"),
               "บ้านแหงใต้", "นางสาวจันทร์ฟอง อินต๊ะ", "0871142093", "chanfong.it@gmail.com", "ลูกสาว", muang=True),
)  # fmt: skip

Style = Callable[[Highlander, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def nm(p: Person) -> str:
    """Her name as registered: without a surname where she has none."""
    return f"{p.title}{p.first} {p.last}" if p.last else f"{p.title}{p.first}"


def villaged(s: Highlander) -> tuple[str, ...]:
    """Her home to the district with the village, in the three ways `home_v` writes it."""
    p = s.p
    return (f"{p.house} ม.{p.moo} {s.village} ต.{p.tambon} อ.{p.amphoe}",
            f"{p.house} หมู่ที่ {p.moo} {s.village} ตำบล{p.tambon} อำเภอ{p.amphoe}",
            f"{p.house} {s.village} หมู่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}")  # fmt: skip


def exp(s: Highlander, keys: str = "") -> dict[str, tuple[str, ...]]:
    """Her values for `keys` (all, by default): no phone or e-mail where she has none."""
    p = s.p
    table = {
        "full_name": (nm(p),),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile) if p.mobile else (),
        "email": (p.email.lower(),),
        "address": addresses(p, *villaged(s)),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names if not (k == "phone" and not p.mobile)
            and not (k == "email" and not p.email)}  # fmt: skip


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


# --- how people write the values ------------------------------------------------------------


def home_v(s: Highlander, k: int) -> str:
    """Her home with the village: after ม., after หมู่ที่, or before หมู่."""
    p = s.p
    return (f"{p.house} ม.{p.moo} {s.village} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
            f"{p.house} หมู่ที่ {p.moo} {s.village} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}",
            f"{p.house} {s.village} หมู่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} จ.{p.province} {p.postal}")[k % 3]  # fmt: skip


def nid_w(nid: str, k: int) -> str:
    return (nid, dashed(nid), spaced(nid))[k % 3]


def name_w(p: Person) -> str:
    """Her name as a helper types it: a note where there is no surname."""
    return nm(p) if p.last else f"{nm(p)} (ไม่มีนามสกุล)"


def female(p: Person) -> bool:
    return p.title != "นาย"


def end(s: Highlander) -> str:
    """คำเมือง: เจ้า for a woman (and many men) of the north; ค่ะ/ครับ otherwise."""
    if s.muang:
        return "เจ้า"
    return "ค่ะ" if female(s.p) else "ครับ"


def me(s: Highlander) -> str:
    return "ผม" if s.p.title == "นาย" else "ดิฉัน"


def helper_end(s: Highlander) -> str:
    return "ครับ" if s.helper.startswith("นาย") else "ค่ะ"


def helper_me(s: Highlander) -> str:
    return "ผม" if s.helper.startswith("นาย") else "ดิฉัน"


def untitled(name: str) -> str:
    for title in ("นางสาว", "นาง", "นาย"):
        if name.startswith(title):
            return name[len(title) :]
    return name


def elder(p: Person) -> str:
    """What a northern child calls a parent: ป้อ (father) / แม่."""
    return "ป้อ" if p.title == "นาย" else "แม่"


def helper_from(s: Highlander, n: int) -> str:
    return f"{untitled(s.helper)} <{s.helper_email or f'helper{n}@gmail.com'}>"


def own_or_helper(s: Highlander, n: int) -> str:
    """Her own box when she has one, else the helper's."""
    return f"{s.p.first} {s.p.last} <{s.p.email}>" if s.p.email else helper_from(s, n)


def phone_or_dash(p: Person, k: int) -> str:
    return mobile(p.mobile, k) if p.mobile else "-"


def purpose(p: Person) -> str:
    """Why one asks for a status certificate: nationality for a non-Thai number."""
    return "ยื่นขอลงรายการสัญชาติไทย" if p.nid[0] in "0678" else "ประกอบการขอรับรองสิทธิในที่ดินทำกิน"


def parents(p: Person) -> tuple[str, str]:
    """Her father's and mother's names: highland parents of her people, or northern Thai."""
    if p.nid[0] in "13":
        return (f"นายคำปัน {p.last}".strip(), f"นางบัวผัน {p.last}".strip())
    return (f"นายอาโย {p.last}".strip(), "นางหมี่จู")  # a mother registered with no surname


def wild(p: Person) -> str:
    """The animal that comes down to the fields there: elephants in Tak and Nan."""
    return "ช้างป่า" if p.province in ("ตาก", "น่าน") else "หมูป่า"


def message(s: Highlander, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = from_ or own_or_helper(s, n)
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 7 + n % 11, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set53-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# Others beside her: the agency's officer, a witness (a second headman), her parents.
OFFICER = "นางสาวกาญจนา ศรีวงค์"
OFFICER_LINE = "053-918-244"
WITNESS = ("นายสมชาย อุ่นเรือน", with_check_digit("357010023349"), "0816624097")
PARENT_IDS = (with_check_digit("857100118820"), with_check_digit("857100118839"))
# The helpers of the styles that are theirs: the headman who forwards, the ศศช. teacher
# who types, the รพ.สต. nurse who sends a patient's lines (name, mobile, box).
HEADMAN = ("นายบุญมา ปัญญาดี", "0819941207", "boonma.pyd@gmail.com")
TEACHER = ("นางสมศรี ใจมา", "0817726514", "somsri.kru@gmail.com")
NURSE = ("นางสาวพรทิพย์ คำแสน", "0862217743", "porntip.rn@gmail.com")
AREA = {
    "เชียงใหม่": "053",
    "เชียงราย": "053",
    "แม่ฮ่องสอน": "053",
    "น่าน": "054",
    "แพร่": "054",
    "ลำปาง": "054",
    "พะเยา": "054",
    "ตาก": "055",
}  # a health centre's landline prefix


def caregiver(s: Highlander) -> str:
    """Who looks after a patient: her kin where her helper is kin, else a neighbour."""
    return s.helper if s.role.startswith(("ลูก", "ภรรยา", "พี่", "บิดา", "แม่")) else "นายพะโพ ปู่ลา"


# --- plain text ----------------------------------------------------------------------------


def plain_teacher_residence(s: Highlander, i: int) -> Case:
    """A teacher of the hill-area learning centre (ศศช.) types a parent's request for a
    residence certificate (for the child's schooling), from her own Gmail, her own phone
    in the signature."""
    p = s.p
    lines = [f"ชื่อ {name_w(p)}", f"เลขประจำตัว 13 หลัก {nid_w(p.nid, i)}", f"เกิด {born_th(p.born, i)}",
             f"ที่อยู่ {home_v(s, i)}"]  # fmt: skip
    lines += [f"โทร {mobile(p.mobile, i)}"] if p.mobile else []
    text = (
        "เรียน เจ้าหน้าที่งานทะเบียน\n\n"
        f"ดิฉัน {TEACHER[0]} ครู ศศช.{s.village} พิมพ์แทนผู้ปกครองนักเรียน ซึ่งพูดไทยได้ไม่คล่องและไม่มีอีเมลค่ะ "
        "ผู้ปกครองต้องการขอหนังสือรับรองการอยู่อาศัย เพื่อใช้ยื่นเข้าเรียนต่อของลูกที่โรงเรียนในอำเภอ\n\n"
        + "\n".join(lines)
        + "\n\nหากติดต่อผู้ปกครองไม่ได้ โทรหาครูได้ค่ะ\n\n"
        f"{TEACHER[0]}\nครู ศศช.{s.village}\nโทร {mobile(TEACHER[1], i + 1)}\n"
    )
    raw = message(s, i, "ขอหนังสือรับรองการอยู่อาศัย (ผู้ปกครองนักเรียน)", text=text,
                  from_=f"{untitled(TEACHER[0])} <{TEACHER[2]}>")  # fmt: skip
    return Case("plain_teacher_residence", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def plain_son_allowance(s: Highlander, i: int) -> Case:
    """A son asks for his father's or mother's old-age allowance in คำเมือง: the elder
    has no phone (or one), the birth registered as the 1st of January of a year."""
    p = s.p
    e = elder(p)
    text = (
        f"สวัสดี{helper_end(s)}\n{helper_me(s)}เป็น{s.role}ของ{name_w(p)} "
        f"{e}อายุ {age(p)} ปีแล้ว ยังบ่ได้รับเบี้ยยังชีพเลย เพราะเพิ่งได้บัตรเมื่อปีที่แล้ว "
        f"อยากลงทะเบียนให้{e}{helper_end(s)} {e}เดินทางลงมา อบต. บ่ไหว\n\n"
        f"ชื่อ {name_w(p)}\nเลขบัตร {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านเลขที่ {home_v(s, i + 1)}\n"
        + (f"เบอร์{e} {mobile(p.mobile, i)}\n" if p.mobile else f"{e}บ่มีโทรศัพท์\n")
        + f"\nโทรหา{helper_me(s)}ได้ {mobile(s.helper_mobile, i)} ({untitled(s.helper)})\nขอบคุณหลายๆ {helper_end(s)}\n"
    )
    raw = message(s, i, f"ลงทะเบียนเบี้ยยังชีพให้{e}", text=text, from_=helper_from(s, i))
    return Case("plain_son_allowance", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def plain_haze_complaint(s: Highlander, i: int) -> Case:
    """ไฟป่า/หมอกควัน: the PM2.5 reading, the hotspot's lat/long from GISTDA, children
    coughing; then who complains."""
    p = s.p
    text = (
        "เรียน นายก อบต.\n\n"
        f"ช่วงนี้ควันไฟป่าหนักขนาด{end(s)} ดอยหลัง{s.village}ไหม้มา 3 วันแล้ว กลางคืนเห็นไฟเป็นแนวยาว "
        f"ค่า PM2.5 ที่โรงเรียนวัดได้ {212 + 7 * i} มคก./ลบ.ม. เมื่อเช้า ({8 + i % 3} ธ.ค.) "
        f"จุดความร้อน (hotspot) ตามแอป GISTDA อยู่ที่ 19.{84312 + i}, 99.{71204 + 3 * i} "
        f"เด็กนักเรียนไอกันทั้งห้อง คนเฒ่าคนแก่หายใจบ่ออก อยากให้ อบต. ส่งคนขึ้นไปดับไฟ และแจกหน้ากาก N95 ให้ด้วย{end(s)}\n\n"
        f"{nm(p)}\nเลขบัตร {nid_w(p.nid, i)}\nที่อยู่ {home_v(s, i + 2)}\n"
        + (f"โทร {mobile(p.mobile, i + 1)}\n" if p.mobile else "")
        + f"\nขอบคุณ{end(s)}\n"
    )
    raw = message(s, i, "แจ้งไฟป่า หมอกควันหนัก", text=text)
    return Case("plain_haze_complaint", raw, exp(s, NO_BIRTH))


def plain_headman_forward_water(s: Highlander, i: int) -> Case:
    """A headman forwards a villager's request for a mountain water supply (ประปาภูเขา):
    his note and his own mobile on top, her mail below Gmail's forward header."""
    p = s.p
    inner = (
        f"เรียน นายก อบต.{p.tambon}\n\n"
        f"{me(s)} {nm(p)} ขอให้ อบต. ช่วยทำระบบประปาภูเขาให้{s.village} ตอนนี้ใช้ท่อพีอีต่อจากลำห้วยเอง "
        f"ยาว {2 + i % 3},400 เมตร หน้าแล้งน้ำไม่พอ ทั้งหย่อมบ้านมี {30 + i} หลังคาเรือน "
        f"ขอถังเก็บน้ำ 10 ลบ.ม. 2 ถัง และท่อ 2 นิ้ว{end(s)}\n\n"
        f"เลขบัตร {nid_w(p.nid, i + 2)}\nที่อยู่ {home_v(s, i)}\n"
        + (f"โทร {mobile(p.mobile, i + 2)}\n" if p.mobile else "")
    )
    sender = f"{p.first} {p.last}".strip() + (f" <{p.email}>" if p.email else "")
    text = (
        f"เรียน นายก อบต.\n\nผม {HEADMAN[0]} ผู้ใหญ่บ้านหมู่ {p.moo} ขอส่งต่อคำร้องของลูกบ้านเรื่องน้ำประปาภูเขาครับ "
        f"ชาวบ้านเดือดร้อนจริง ผมรับรองครับ ติดต่อผมได้ที่ {mobile(HEADMAN[1], i)}\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {sender}\nDate: อา. 6 ธ.ค. 2569 เวลา 19:{10 + i}\nSubject: ขอประปาภูเขา\nTo: {HEADMAN[2]}\n\n"
        f"{inner}"
    )
    raw = message(
        s, i, "Fwd: ขอประปาภูเขา", text=text, from_=f"{untitled(HEADMAN[0])} <{HEADMAN[2]}>"
    )
    return Case("plain_headman_forward_water", raw, exp(s, NO_BIRTH))


def plain_template_reply_status(s: Highlander, i: int) -> Case:
    """A reply filling the agency's quoted template for a certificate of personal status
    (รับรองสถานะบุคคล): her lines, then her father's and mother's names, the blank
    template quoted below with the officer's line."""
    p = s.p
    labels = ("ชื่อ-นามสกุล", "เลขประจำตัว 13 หลัก", "วันเดือนปีเกิด", "ที่อยู่", "โทรศัพท์", "อีเมล",
              "ชื่อบิดา", "ชื่อมารดา", "เพื่อใช้")  # fmt: skip
    values = (name_w(p), nid_w(p.nid, i), born_th(p.born, i + 2), home_v(s, i + 1), phone_or_dash(p, i),
              p.email or "-", *parents(p), purpose(p))  # fmt: skip
    filled = "\n".join(f"{a}: {b}" for a, b in zip(labels, values, strict=True))
    quoted = "\n".join(f"> {a}: ................................" for a in labels)
    text = (
        f"{filled}\n\nขอบคุณ{end(s)}\n\n"
        f"เมื่อ ศ. 4 ธ.ค. 2569 เวลา 09:12 {OFFICER} <{AGENCY}> เขียนว่า:\n"
        "> เรียน ผู้ยื่นคำร้อง\n> กรุณากรอกข้อมูลตามแบบด้านล่าง แล้วตอบกลับอีเมลนี้\n>\n"
        f"{quoted}\n>\n> {OFFICER}\n> นักวิชาการทะเบียน โทร {OFFICER_LINE}\n"
    )
    raw = message(s, i, "Re: แบบคำร้องขอหนังสือรับรองสถานะบุคคล", text=text)
    return Case("plain_template_reply_status", raw, exp(s))


def plain_wildlife_damage(s: Highlander, i: int) -> Case:
    """แจ้งช้างป่า/หมูป่าเสียหาย: the night, the rai of maize, the field's UTM and its
    land document, the loss in baht; who reports after."""
    p = s.p
    text = (
        f"เรียน นายก อบต.{p.tambon}\n\n"
        f"{me(s)}ขอแจ้งว่าคืนวันที่ {2 + i % 4} ธ.ค. 2569 มี{wild(p)}ประมาณ {3 + i % 4} ตัว ลงมากินและเหยียบข้าวโพดในไร่ "
        f"เสียหาย {3 + i % 3} ไร่ 2 งาน ไร่อยู่ห่างหมู่บ้านประมาณ 4 กม. ทางไปดอย "
        f"พิกัด 47Q {512340 + i * 17} {2145670 + i * 29} ที่ดิน สทก. เลขที่ {1187 + i} "
        f"คิดเป็นเงินประมาณ {18500 + 500 * i:,} บาท ขอให้ อบต. มาดูและช่วยเหลือด้วย{end(s)}\n\n"
        f"ผู้แจ้ง {name_w(p)}\nบัตรประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ {home_v(s, i + 2)}\n"
        + (f"โทร {mobile(p.mobile, i)}\n" if p.mobile else "")
    )
    raw = message(s, i, f"แจ้ง{wild(p)}ทำลายพืชไร่", text=text)
    return Case("plain_wildlife_damage", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_nurse_disability(s: Highlander, i: int) -> Case:
    """A รพ.สต. nurse types a bedridden patient's disability allowance request: the
    patient's HN, the caregiver's name and mobile, the nurse's own signature with the
    health centre's line."""
    p = s.p
    text = (
        "เรียน งานพัฒนาชุมชน อบต.\n\n"
        "ดิฉันขอส่งข้อมูลผู้ป่วยติดเตียงในพื้นที่ เพื่อขึ้นทะเบียนรับเบี้ยความพิการค่ะ "
        "ผู้ป่วยได้บัตรคนพิการแล้ว (ประเภทการเคลื่อนไหว) ญาติไม่สะดวกเดินทาง\n\n"
        f"ผู้ป่วย: {name_w(p)} HN {60120 + i * 7:07d}\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}\n"
        f"วันเกิด: {born_th(p.born, i)} (อายุ {age(p)} ปี)\n"
        f"ที่อยู่: {home_v(s, i)}\n"
        f"ผู้ดูแล: {caregiver(s)} โทร {mobile('0898812630', i)}\n\n"
        f"{NURSE[0]}\nพยาบาลวิชาชีพชำนาญการ\n"
        f"รพ.สต.{s.village}\nโทร {line(AREA[p.province] + '561247')} / {mobile(NURSE[1], i + 1)}\n"
    )
    raw = message(s, i, "ส่งข้อมูลผู้ป่วยติดเตียง ขอรับเบี้ยความพิการ", text=text,
                  from_=f"Porntip Khamsaen <{NURSE[2]}>")  # fmt: skip
    return Case("plain_nurse_disability", raw,
                exp(s, "full_name national_id birth_date address postal_code province"))  # fmt: skip


def plain_laterite_road(s: Highlander, i: int) -> Case:
    """ซ่อมถนนลูกรัง from the village's representative: the road from one หย่อมบ้าน to the
    school, its kilometres, the rains that cut it; his lines at the end."""
    p = s.p
    text = (
        "เรียน นายก อบต.\n\nเรื่อง ขอให้ปรับเกรดและลงหินคลุกถนนลูกรัง\n\n"
        f"ถนนลูกรังจาก{s.village}ลงไปโรงเรียนบ้านห้วยไร่ ระยะทางประมาณ {3 + i % 4}.5 กิโลเมตร "
        "ช่วงหน้าฝนที่ผ่านมาน้ำกัดเซาะเป็นร่องลึก รถกระบะส่งเด็กนักเรียนและรถขนผลผลิต (กาแฟ ข้าวโพด) ขึ้นลงไม่ได้ "
        f"ต้องเดินเท้า 2 ชั่วโมง ชาวบ้าน {40 + i} ครัวเรือนลงชื่อแล้ว ขอให้ อบต. ส่งรถเกรดมาปรับ{end(s)}\n\n"
        f"ตัวแทนชาวบ้าน\n{nm(p)}\n{nid_w(p.nid, i)}\n{home_v(s, i + 1)}\n"
        + (f"{mobile(p.mobile, i + 2)}\n" if p.mobile else "")
    )
    raw = message(s, i, "ขอซ่อมถนนลูกรังเข้าหมู่บ้าน", text=text)
    return Case("plain_laterite_road", raw, exp(s, NO_BIRTH))


# --- HTML ---------------------------------------------------------------------------------


def html_gmail_water_pipe(s: Highlander, i: int) -> Case:
    """Gmail on a phone, div per line, คำเมือง and emoji: the mountain water pipe broke."""
    p = s.p
    lines = [
        f"สวัสดี{end(s)} 🙏",
        f"ท่อประปาภูเขา{s.village} แตกตรงข้ามห้วย น้ำบ่ไหลมา {2 + i % 3} วันแล้ว{end(s)} 😢",
        f"ชาวบ้านต้องไปหาบน้ำที่ห้วยกิน ขอช่างมาซ่อมกับขอท่อ 2 นิ้ว 6 เส้น{end(s)}",
        "",
        f"ชื่อ {nm(p)}",
        f"เลขบัตร {nid_w(p.nid, i)}",
        f"ที่อยู่ {home_v(s, i)}",
    ]
    lines += [f"เบอร์ {mobile(p.mobile, i)}"] if p.mobile else []
    lines += ["", f"ขอบคุณ{end(s)} 🙏🙏"]
    html = (
        '<div dir="auto">'
        + "".join(f'<div dir="auto">{x or "<br>"}</div>' for x in lines)
        + "</div>\n"
    )
    raw = message(s, i, "ท่อประปาภูเขาแตก", html=html)
    return Case("html_gmail_water_pipe", raw, exp(s, NO_BIRTH))


def html_line_chat_paste(s: Highlander, i: int) -> Case:
    """A teacher pastes her LINE chat with the applicant into a mail (times, the
    speakers' display names, her own questions between), asking for a residence
    certificate; her own phone in the signature."""
    p = s.p
    who = p.first
    t = untitled(TEACHER[0]).split()[0]
    chat = [
        f"10:02 {who}: สวัสดี{end(s)}ครู ขอใบรับรองการอยู่อาศัย{end(s)}",
        f"10:02 ครู{t}: ส่งชื่อ เลขบัตร ที่อยู่ เบอร์โทรมาเน้อ",
        f"10:04 {who}: {nm(p)}",
        f"10:04 {who}: {nid_w(p.nid, i + 1)}",
        f"10:05 {who}: {home_v(s, i + 2)}",
    ]
    chat += (
        [f"10:06 {who}: {mobile(p.mobile, i)}"] if p.mobile else [f"10:06 {who}: บ่มีเบอร์{end(s)}"]
    )
    chat += [f"10:06 ครู{t}: โอเค เดี๋ยวครูส่งให้ อบต.", f"10:07 {who}: ขอบคุณ{end(s)} 🙏"]
    html = html_doc(
        "<p>เรียน เจ้าหน้าที่งานทะเบียน</p><p>ดิฉันขอส่งข้อความของผู้ปกครองนักเรียนจาก LINE "
        "ที่ขอหนังสือรับรองการอยู่อาศัยค่ะ (คัดลอกมาทั้งหมด)</p>"
        f"<p style='color:#555'>[LINE] แชทกับ {who}<br>อา., 06/12/2026<br>"
        + "<br>".join(chat)
        + "</p>"
        f"<p>{TEACHER[0]}<br>ครู ศศช.{s.village}<br>โทร {mobile(TEACHER[1], i)}</p>"
    )
    raw = message(s, i, "ขอหนังสือรับรองการอยู่อาศัย (จาก LINE)", html=html,
                  from_=f"{untitled(TEACHER[0])} <{TEACHER[2]}>")  # fmt: skip
    return Case("html_line_chat_paste", raw,
                exp(s, "full_name national_id phone address postal_code province"))  # fmt: skip


def html_headman_forward_wildlife(s: Highlander, i: int) -> Case:
    """A headman forwards in Gmail's HTML a villager's report of wildlife damage: his
    note with his phone, the villager's mail in a gmail_quote."""
    p = s.p
    rows = [
        f"{me(s)} {name_w(p)} ขอแจ้ง{wild(p)}เข้าไร่เมื่อคืน เหยียบนาข้าวไร่และกินกล้วย เสียหายประมาณ {2 + i % 3} ไร่{end(s)}",
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
        f"ที่อยู่ {home_v(s, i + 1)}",
    ]
    rows += [f"โทร {mobile(p.mobile, i + 1)}"] if p.mobile else []
    sender = f"{p.first} {p.last}".strip() + (f" &lt;{p.email}&gt;" if p.email else "")
    html = html_doc(
        f'<div dir="ltr">เรียน ปลัด อบต.<div>ส่งต่อเรื่องของลูกบ้านหมู่ {p.moo} ครับ ผมไปดูมาแล้ว เสียหายจริง</div>'
        f"<div>{HEADMAN[0]} ผู้ใหญ่บ้าน โทร {mobile(HEADMAN[1], i + 2)}</div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f"From: <strong>{sender}</strong><br>Date: จ. 7 ธ.ค. 2569 เวลา 06:{20 + i}<br>Subject: แจ้ง{wild(p)}<br></div><br>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        + "".join(f"<div>{r}</div>" for r in rows)
        + "</blockquote></div></div>"
    )
    raw = message(
        s, i, f"Fwd: แจ้ง{wild(p)}", html=html, from_=f"{untitled(HEADMAN[0])} <{HEADMAN[2]}>"
    )
    return Case("html_headman_forward_wildlife", raw, exp(s, NO_BIRTH))


def html_reply_allowance_template(s: Highlander, i: int) -> Case:
    """A reply in Gmail's HTML filling the agency's template for the old-age allowance,
    the blank template and the officer's signature in a blockquote below."""
    p = s.p
    labels = ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วัน/เดือน/ปีเกิด", "ที่อยู่ตามทะเบียนบ้าน", "เบอร์โทร", "อีเมล")
    values = (
        name_w(p),
        nid_w(p.nid, i + 2),
        born_th(p.born, i),
        home_v(s, i + 2),
        phone_or_dash(p, i + 1),
        p.email or "-",
    )
    filled = "".join(f"<div>{a} : {b}</div>" for a, b in zip(labels, values, strict=True))
    blank = "".join(f"{a} : ...........................<br>" for a in labels)
    html = html_doc(
        f'<div dir="ltr">{filled}<div><br></div><div>ขอบคุณ{end(s)}</div></div><br>'
        f'<div class="gmail_quote"><div class="gmail_attr">เมื่อ พ. 2 ธ.ค. 2569 เวลา 13:40 น. {OFFICER} &lt;{AGENCY}&gt; เขียนว่า:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        f"เรียน ผู้สูงอายุที่จะมีอายุครบ 60 ปี<br>กรุณากรอกข้อมูลด้านล่างแล้วตอบกลับ<br>{blank}<br>"
        f"{OFFICER}<br>งานพัฒนาชุมชน โทร {OFFICER_LINE}</blockquote></div>"
    )
    raw = message(s, i, "Re: แบบลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", html=html)
    return Case("html_reply_allowance_template", raw, exp(s))


# --- Word ---------------------------------------------------------------------------------


def docx_residence_witness(s: Highlander, i: int) -> Case:
    """คำร้องขอหนังสือรับรองการอยู่อาศัย as a Word table: her rows, then the witness's
    (a headman: his name, ID, position, mobile) who certifies she lives there."""
    p = s.p
    rows = [("ชื่อ-นามสกุล", name_w(p)), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเดือนปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home_v(s, i)),
            ("โทรศัพท์", phone_or_dash(p, i)), ("อาศัยอยู่ตั้งแต่ปี", f"พ.ศ. {2530 + i}"),
            ("พยานผู้รับรอง", WITNESS[0]), ("เลขประจำตัวประชาชนพยาน", dashed(WITNESS[1])),
            ("ตำแหน่ง", f"ผู้ใหญ่บ้านหมู่ {p.moo}"), ("โทรศัพท์พยาน", WITNESS[2])]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอหนังสือรับรองการอยู่อาศัย")
        d.add_paragraph(f"เขียนที่ อบต.{p.tambon}\t\tวันที่ {8 + i % 3} ธันวาคม 2569")
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b
        d.add_paragraph(f"ลงชื่อ..................ผู้ยื่นคำร้อง\n({nm(p)})")
        d.add_paragraph(f"ลงชื่อ..................พยาน\n({WITNESS[0]})")

    raw = message(s, i, "คำร้องขอหนังสือรับรองการอยู่อาศัย", text=f"ส่งคำร้องตามไฟล์แนบ{end(s)}\n",
                  files=(("คำร้องรับรองการอยู่อาศัย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_residence_witness", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def docx_allowance_dotted(s: Highlander, i: int) -> Case:
    """แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพ typed over the dotted lines in Word, the ID in
    13 spaced digits, a bank account at ธ.ก.ส., the proxy's lines at the end."""
    p = s.p
    digits = " ".join(p.nid)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2570")
        d.add_paragraph(
            f"เขียนที่....อบต.{p.tambon}....วันที่....{7 + i % 4}....เดือน....ธันวาคม....พ.ศ....2569...."
        )
        d.add_paragraph(f"ข้าพเจ้า (นาย/นาง/นางสาว)....{name_w(p)}....")
        d.add_paragraph(
            f"เกิดวันที่....{born_th(p.born, i + 2)}....อายุ....{age(p)}....ปี สัญชาติ....ไทย...."
        )
        d.add_paragraph(f"เลขประจำตัวประชาชน....{digits}....")
        d.add_paragraph(
            f"ที่อยู่ตามทะเบียนบ้าน เลขที่....{p.house}....หมู่ที่....{p.moo}....หมู่บ้าน....{s.village}...."
        )
        d.add_paragraph(
            f"ตำบล....{p.tambon}....อำเภอ....{p.amphoe}....จังหวัด....{p.province}....รหัสไปรษณีย์....{p.postal}...."
        )
        d.add_paragraph(f"โทรศัพท์....{phone_or_dash(p, i)}....")
        d.add_paragraph(
            f"ขอรับเงินโอนเข้าบัญชี ธ.ก.ส. สาขา{p.amphoe} เลขที่บัญชี....0{i % 9}{2 + i % 7}-2-{41180 + i}-{i % 10}...."
        )
        d.add_paragraph(
            f"กรณีมอบอำนาจ ผู้รับมอบอำนาจ....{s.helper}....ความเกี่ยวข้อง....{s.role}....โทร....{mobile(s.helper_mobile, i)}...."
        )
        d.add_paragraph(f"ลงชื่อ....{nm(p)}....ผู้ยื่นคำขอ")

    raw = message(s, i, "แบบคำขอเบี้ยยังชีพ", text=f"แนบแบบคำขอที่กรอกแล้ว{end(s)}\n", from_=own_or_helper(s, i),
                  files=(("แบบคำขอเบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_allowance_dotted", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def docx_water_petition(s: Highlander, i: int) -> Case:
    """A letter for a mountain water system from the village's representative, with a
    table of the households (name, house number) who sign with her."""
    p = s.p
    households = [
        ("นายอาโย เชอหมื่อ", "12"),
        ("นางหมี่จู แซ่ย่าง", "14"),
        ("นายจะลอ จะแฮ", "31/1"),
        ("นางนาแก", "40"),
    ]

    def build(d: Any) -> None:
        d.add_paragraph(f"{s.village} หมู่ที่ {p.moo}")
        d.add_paragraph(f"{8 + i % 3} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอสนับสนุนระบบประปาภูเขา")
        d.add_paragraph(f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}")
        d.add_paragraph(
            f"\tด้วยข้าพเจ้า {nm(p)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home_v(s, i + 1)} "
            f"ในฐานะตัวแทนชาวบ้าน {20 + i} ครัวเรือน ขอให้ อบต. สนับสนุนการสร้างฝายต้นน้ำที่ขุนห้วยและวางท่อ "
            f"ระยะทาง {3 + i % 2},200 เมตร เนื่องจากหน้าแล้งน้ำไม่พอใช้"
            + (f" ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)}" if p.mobile else "")
        )
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({nm(p)})\nตัวแทนชาวบ้าน")
        d.add_paragraph("รายชื่อครัวเรือนที่ร่วมลงชื่อ")
        t = d.add_table(rows=len(households) + 1, cols=4)
        for n, h in enumerate(("ที่", "ชื่อ-สกุล", "บ้านเลขที่", "ลายมือชื่อ")):
            t.cell(0, n).text = h
        for n, (who, house) in enumerate(households, 1):
            for c, v in enumerate((str(n), who, house, "")):
                t.cell(n, c).text = v

    raw = message(s, i, "หนังสือขอประปาภูเขา", text=f"ส่งหนังสือและรายชื่อตามไฟล์แนบ{end(s)}\n",
                  files=(("ขอประปาภูเขา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_water_petition", raw, exp(s, NO_BIRTH))


def docx_wildlife_form(s: Highlander, i: int) -> Case:
    """แบบรายงานความเสียหายจากสัตว์ป่า as the agency's Word table: her rows, then the
    crops lost (rai, baht) and where the field lies."""
    p = s.p
    rows = [("ชื่อ-สกุลผู้ได้รับความเสียหาย", name_w(p)), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
            ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", home_v(s, i + 2)), ("โทรศัพท์", phone_or_dash(p, i + 1)),
            ("อีเมล", p.email or "-"), ("ชนิดสัตว์ป่า", f"{wild(p)} {2 + i % 3} ตัว"),
            ("วันที่เกิดเหตุ", f"{1 + i % 5} ธันวาคม 2569 เวลาประมาณ 02.00 น."),
            ("ที่ตั้งแปลง", f"ดอยผาหลวง ห่าง{s.village}ไปทางทิศเหนือ 5 กม."),
            ("พืชที่เสียหาย", f"ข้าวไร่ {1 + i % 3} ไร่ / กล้วย 40 กอ / ฟักทอง 1 ไร่"),
            ("มูลค่าความเสียหาย", f"{12400 + 300 * i:,} บาท")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบรายงานความเสียหายจากสัตว์ป่า")
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b
        d.add_paragraph(f"ลงชื่อ..................ผู้รายงาน ({nm(p)})")

    raw = message(s, i, f"รายงานความเสียหายจาก{wild(p)}", text=f"ส่งแบบรายงานตามไฟล์แนบ{end(s)}\n",
                  files=(("รายงานความเสียหาย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_wildlife_form", raw, exp(s))


# --- PDF ----------------------------------------------------------------------------------


def pdf_form(lines: list[str]) -> bytes:
    """The agency's form as Word exports it to PDF: a line that runs past the right
    margin goes on over the next line, as Word wraps it."""
    return pdf_page(flow([(20, t) for t in lines], 14, "Laksaman"), size=14, face="Laksaman")


def pdf_status_parents(s: Highlander, i: int) -> Case:
    """คำร้องขอหนังสือรับรองสถานะบุคคล exported from Word to PDF: her lines, her birth
    village, then her father's and mother's names and 13-digit numbers."""
    p = s.p
    lines = ["คำร้องขอหนังสือรับรองสถานะบุคคล", f"เขียนที่ อบต.{p.tambon}  วันที่ {7 + i % 4} ธันวาคม 2569",
             f"ข้าพเจ้า {name_w(p)} อายุ {age(p)} ปี", f"เลขประจำตัว 13 หลัก {dashed(p.nid)}",
             f"เกิดวันที่ {born_th(p.born, i)} ที่{s.village}",
             f"ที่อยู่ {home_v(s, i)}", f"โทรศัพท์ {phone_or_dash(p, i + 2)}",
             f"บิดาชื่อ {parents(p)[0]} เลขประจำตัว {dashed(PARENT_IDS[0])}",
             f"มารดาชื่อ {parents(p)[1]} เลขประจำตัว {dashed(PARENT_IDS[1])}",
             f"ขอหนังสือรับรองเพื่อ{purpose(p)}", f"ลงชื่อ {nm(p)} ผู้ยื่นคำร้อง"]  # fmt: skip
    raw = message(s, i, "คำร้องขอหนังสือรับรองสถานะบุคคล (PDF)", text="แนบไฟล์คำร้อง\n",
                  files=(("คำร้องรับรองสถานะ.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_status_parents", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def pdf_allowance_proxy(s: Highlander, i: int) -> Case:
    """The old-age allowance form exported to PDF: the elder's lines, then the proxy's
    (a son, with his own ID and mobile)."""
    p = s.p
    proxy_id = with_check_digit(f"1{p.nid[1:5]}0{i:02d}5512"[:12])
    lines = ["แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "ข้อมูลผู้สูงอายุ",
             f"ชื่อ-สกุล {name_w(p)}", f"วัน/เดือน/ปีเกิด {born_th(p.born, i + 1)} อายุ {age(p)} ปี",
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}", f"ที่อยู่ตามทะเบียนบ้าน {home_v(s, i + 1)}",
             f"โทรศัพท์ {phone_or_dash(p, i)}", "กรณีผู้สูงอายุมอบอำนาจ",
             f"ผู้รับมอบอำนาจ {s.helper} เลขประจำตัวประชาชน {proxy_id}",
             f"โทรศัพท์ {mobile(s.helper_mobile, i + 1)} ความเกี่ยวข้อง {s.role}"]  # fmt: skip
    raw = message(s, i, "คำขอเบี้ยยังชีพ (PDF)", text=f"ส่งแบบคำขอเบี้ยยังชีพ{helper_end(s)}\n", from_=helper_from(s, i),
                  files=(("เบี้ยยังชีพ.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_allowance_proxy", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def pdf_road_letter(s: Highlander, i: int) -> Case:
    """A letter about the laterite road from Word to PDF: the sender's block at the top
    right (village, หมู่, ตำบล... over lines), the body in prose, signed."""
    p = s.p
    block = [
        f"บ้านเลขที่ {p.house} {s.village}",
        f"หมู่ {p.moo} ตำบล{p.tambon}",
        f"อำเภอ{p.amphoe} จังหวัด{p.province}",
        p.postal,
    ]
    paras = [(120, b) for b in block] + [(0, ""), (120, f"{9 + i % 3} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอให้ซ่อมแซมถนนลูกรังสายบ้านห้วยไร่"), (20, f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}"), (0, ""),
             (30, f"ด้วยข้าพเจ้า {nm(p)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ตัวแทนชาวบ้าน {s.village} "
                  f"ขอแจ้งว่าถนนลูกรังระยะทาง {2 + i % 3} กิโลเมตร ชำรุดเป็นหลุมบ่อและมีดินสไลด์ปิดทาง 2 จุด "
                  "หลังฝนตกหนักเมื่อเดือนกันยายน รถพยาบาลและรถรับส่งนักเรียนเข้าออกไม่ได้"),
             (30, "จึงเรียนมาเพื่อโปรดพิจารณา" + (f" ติดต่อได้ที่ {mobile(p.mobile, i)}" if p.mobile else "")),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({nm(p)})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=9), size=14, face="Loma")
    raw = message(s, i, "ขอซ่อมถนนลูกรัง", text=f"ส่งหนังสือตามไฟล์แนบ{end(s)}\n",
                  files=(("ขอซ่อมถนน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_road_letter", raw,
                exp(s, "full_name national_id phone address postal_code province"))  # fmt: skip


def pdf_burn_permit(s: Highlander, i: int) -> Case:
    """แบบขออนุญาตเผาในที่โล่ง (the burning slot in the haze season) exported to PDF: the
    plot's own หมู่ and lat/long, its rai, the date and hours, the fire-break crew."""
    p = s.p
    lines = ["แบบคำขออนุญาตเผาในพื้นที่เกษตร (บริหารจัดการเชื้อเพลิง)", f"ชื่อผู้ขอ {name_w(p)}",
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}", f"ที่อยู่ {home_v(s, i + 1)}",
             f"โทรศัพท์ {phone_or_dash(p, i)}",
             f"แปลงที่ขอเผา ไร่ข้าวโพด หมู่ {int(p.moo) + 2} ต.{p.tambon} เนื้อที่ {4 + i % 5} ไร่",
             f"พิกัด 19.{20331 + 97 * i}, 99.{88412 + 7 * i}",
             f"วันที่ขอเผา {12 + i % 5} มกราคม 2570 เวลา 13.00-16.00 น.",
             "ทำแนวกันไฟกว้าง 8 เมตรแล้ว ผู้ควบคุมไฟ 6 คน", f"ลงชื่อ {nm(p)} ผู้ขออนุญาต"]  # fmt: skip
    raw = message(s, i, "ขออนุญาตเผาในพื้นที่เกษตร", text=f"ส่งแบบขออนุญาตเผา{end(s)}\n",
                  files=(("ขออนุญาตเผา.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_burn_permit", raw,
                exp(s, "full_name national_id phone address postal_code province"))  # fmt: skip


# --- sheets ---------------------------------------------------------------------------------


def xlsx_nurse_register(s: Highlander, i: int) -> Case:
    """A รพ.สต. nurse's sheet of a patient to register for the disability allowance: a
    header row and the patient's row (HN, ID, birth date, home, caregiver and his phone)."""
    p = s.p
    head = (
        "ลำดับ",
        "HN",
        "ชื่อ-สกุล",
        "เลขบัตรประชาชน",
        "วันเกิด",
        "ที่อยู่",
        "ประเภทความพิการ",
        "ผู้ดูแล",
        "เบอร์ผู้ดูแล",
    )
    row = (1, f"{7001 + i * 13:07d}", nm(p), nid_w(p.nid, i), born_th(p.born, 1), home_v(s, i),
           "การเคลื่อนไหว", caregiver(s), mobile("0898812630", i))  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้พิการรายใหม่"
        ws.append(head)
        ws.append(row)

    raw = message(s, i, "ทะเบียนผู้พิการรายใหม่ ธ.ค. 69", text="ส่งรายชื่อผู้พิการรายใหม่ตามไฟล์ Excel ค่ะ\n",
                  from_=f"Porntip Khamsaen <{NURSE[2]}>",
                  files=(("ผู้พิการรายใหม่.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_nurse_register", raw,
                exp(s, "full_name national_id birth_date address postal_code province"))  # fmt: skip


STYLES: tuple[Style, ...] = (  # in this order so that each old-age style falls on two elders
    plain_teacher_residence, plain_son_allowance, plain_haze_complaint, plain_headman_forward_water,
    html_reply_allowance_template, docx_allowance_dotted, plain_nurse_disability, plain_laterite_road,
    html_gmail_water_pipe, html_line_chat_paste, html_headman_forward_wildlife, plain_template_reply_status,
    docx_residence_witness, plain_wildlife_damage, pdf_allowance_proxy, docx_water_petition,
    pdf_status_parents, docx_wildlife_form, pdf_burn_permit, pdf_road_letter,
    xlsx_nurse_register,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}

# The kind of request each style carries, to report first sight per kind of request too.
REQUEST: dict[str, str] = {
    "plain_teacher_residence": "status", "plain_template_reply_status": "status",
    "html_line_chat_paste": "status", "docx_residence_witness": "status", "pdf_status_parents": "status",
    "plain_son_allowance": "allowance", "plain_nurse_disability": "allowance",
    "html_reply_allowance_template": "allowance", "docx_allowance_dotted": "allowance",
    "pdf_allowance_proxy": "allowance", "xlsx_nurse_register": "allowance",
    "plain_haze_complaint": "haze", "pdf_burn_permit": "haze",
    "plain_headman_forward_water": "water", "html_gmail_water_pipe": "water", "docx_water_petition": "water",
    "plain_laterite_road": "road", "pdf_road_letter": "road",
    "plain_wildlife_damage": "wildlife", "html_headman_forward_wildlife": "wildlife", "docx_wildlife_form": "wildlife",
}  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
