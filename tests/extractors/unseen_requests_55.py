"""A fifty-fifth set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A RURAL ISAN อบต./เทศบาลตำบล (Roi Et, Kalasin, Sakon Nakhon, Ubon,
Surin, Buriram, Yasothon). Elderly and disability allowance registrations (ลงทะเบียนเบี้ย
ยังชีพผู้สูงอายุ/คนพิการ) typed by a son, daughter or grandchild working in Bangkok for a
parent or grandparent in the village, the child's own name, ID, phone and Bangkok address
beside the elder's as ผู้ยื่นแทน/ผู้ดูแล; farmers asking drought or flood aid (ภัยแล้ง,
อุทกภัย, ทะเบียนเกษตรกร, ไร่ งาน, the plot's own หมู่); a village headman (ผู้ใหญ่บ้าน) mailing
for villagers and certifying them; Isan words and spellings (ข้อย, เด้อ, บ่, แม่ใหญ่, พ่อใหญ่,
หลาย); Khmer/Kui-origin surnames in Surin and Buriram (-รัมย์, กะ-, ปะ-); addresses that are
บ้าน<name> หมู่ <n> with no road and sometimes no house number; birth dates known only by
their year (พ.ศ. 2490) or typed in Thai numerals; elders' IDs opening 3; phones shared by
the family. Kinds: plain (phone mail apps), HTML (Gmail, Yahoo), Word (the อบต.'s own forms
filled in), PDF (the form, a typed letter), xlsx (a headman's lists, the อบต.'s sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 53 and 54, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the อบต.'s clerk keeps.
- The APPLICANT is the one the allowance or the aid is for: the elder, the disabled
  person, the farmer whose field it is, the villager a headman writes for. Never the son's,
  daughter's or grandchild's (ผู้ยื่นแทน, ผู้ดูแล, ผู้รับมอบอำนาจ), the headman's, the อบต.
  officer's. Where the whole request is a headman's list of several villagers with no one
  named as the applicant (xlsx_headman_drought_list), there is no applicant: only no value,
  or a flagged one, is right for the name, ID, phone and address.
- full_name with its title as typed (นาย/นาง/นางสาว).
- national_id: the elder's 13 digits (they open with 3); a farmer-register number, a bank
  account, the child's ID never.
- birth_date ISO where a whole date is given (Thai numerals read as digits). Where ONLY
  THE YEAR is known ("พ.ศ. 2490", "-/-/2490"), no whole date was given: only no value, or a
  flagged one, is right; an unflagged 1947-01-01 (a day and month made up) is wrong silent.
- phone: the elder's own number where one is given under her own caption, also when the
  text says the whole family shares it ("เบอร์นี้ใช้ทั้งบ้าน"): that is where the อบต. calls
  her. Not scored where she has none (the child's or headman's number is then never hers).
- email: hers only where she sends from her own box; not scored where a child's box sends.
- address: the elder's home in the village, from the house number (or, with none, from the
  village or its หมู่) to the อำเภอ, with or without the village's name (บ้าน...), หมู่ / หมู่ที่ /
  ม., ตำบล / ต., อำเภอ / อ., with or without เลขที่, the province (as typed) and the postal
  code, in Arabic or Thai digits. The child's Bangkok address, a field plot's place, the
  headman's office, the อบต.'s own address never.
- province and postal_code: of that same home.
Everyone and every number is invented (13-digit IDs made with with_check_digit); villages
are made up or common names; ตำบล, อำเภอ, provinces and postal codes are real and belong
together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Person, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_49 import born_th, dashed, spaced
from unseen_requests_52 import flow, mobile

# ruff: noqa: E501 -- messages as people type them: long lines


@dataclass(frozen=True)
class Villager:
    """The applicant (`p`: house "" where the home has no number, mobile "" where she has
    none), her village, and her child or grandchild in Bangkok who types for her."""

    p: Person
    village: str  # บ้าน...
    kin: str  # titled name
    kin_id: str
    kin_mobile: str
    kin_email: str
    kin_home: str  # in Bangkok: never the applicant's
    role: str  # ลูกสาว / ลูกชาย / หลานสาว / หลานชาย
    year_only: bool = False  # birth known by its year alone
    shared: bool = False  # her number is the family's phone


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, tambon: str, amphoe: str, province: str, postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  "", "", tambon, amphoe, province, postal)  # fmt: skip


def V(p: Person, village: str, kin: str, kin12: str, kin_mobile: str, kin_email: str, kin_home: str,
      role: str, *, year_only: bool = False, shared: bool = False) -> Villager:  # fmt: skip
    return Villager(p, village, kin, with_check_digit(kin12), kin_mobile, kin_email, kin_home, role,
                    year_only, shared)  # fmt: skip


PEOPLE: tuple[Villager, ...] = (
    V(P("นาง", "บัวพัน", "พลศรี", "345050012345", date(1958, 4, 10), "0872245619", "",
        "45", "7", "นางาม", "เสลภูมิ", "ร้อยเอ็ด", "45120"),
      "บ้านหนองแวง", "นางสาวสุภาพร พลศรี", "110370034521", "0951184432", "supaporn.ps@gmail.com",
      "88/41 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240", "ลูกสาว"),
    V(P("นาย", "คำมี", "ภูแล่นกี่", "346010004518", date(1947, 1, 1), "", "",
        "112", "4", "หัวงัว", "ยางตลาด", "กาฬสินธุ์", "46120"),
      "บ้านหัวงัว", "นายสมศักดิ์ ภูแล่นกี่", "146010023365", "0863390217", "somsak.pk@gmail.com",
      "1/230 ซอยเพชรเกษม 48 แขวงบางด้วน เขตภาษีเจริญ กรุงเทพฯ 10160", "ลูกชาย", year_only=True),
    V(P("นาง", "คำปุ่น", "วงศ์กะโซ่", "347030011274", date(1955, 9, 2), "0934417728", "",
        "7", "11", "บ้านถ่อน", "สว่างแดนดิน", "สกลนคร", "47110"),
      "บ้านดงเย็น", "นางสาวกาญจนา วงศ์กะโซ่", "147990031186", "0617745520", "kanjana.wk@gmail.com",
      "55/9 ซอยรามอินทรา 40 แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพฯ 10230", "หลานสาว", shared=True),
    V(P("นาย", "บุญหลาย", "คำหอมกุล", "341990052233", date(1950, 12, 25), "0819972264", "boonlai.kh@yahoo.com",
        "203", "2", "คำน้ำแซบ", "วารินชำราบ", "อุบลราชธานี", "34190"),
      "บ้านคำน้ำแซบ", "นางสาวอรทัย คำหอมกุล", "134990042251", "0972215583", "orathai.kh@hotmail.com",
      "120/77 ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310", "ลูกสาว"),
    V(P("นาง", "เปรียง", "สมานรัมย์", "332010007415", date(1949, 1, 1), "", "",
        "", "9", "กระโพ", "ท่าตูม", "สุรินทร์", "32120"),
      "บ้านตากลาง", "นายสมพร สมานรัมย์", "132010055617", "0884456192", "somporn.smr@gmail.com",
      "37 ซอยอ่อนนุช 17 แขวงสวนหลวง เขตสวนหลวง กรุงเทพฯ 10250", "ลูกชาย", year_only=True),
    V(P("นาย", "เจือง", "กะการดี", "332050018826", date(1961, 3, 14), "0857713046", "",
        "56", "3", "ระแงง", "ศีขรภูมิ", "สุรินทร์", "32110"),
      "บ้านระแงง", "นางสาวจิราพร กะการดี", "132050071143", "0926618840", "jiraporn.kd@gmail.com",
      "412/19 ถนนประชาราษฎร์บำเพ็ญ แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310", "ลูกสาว"),
    V(P("นาง", "สำเนียง", "แก้วประโคน", "331040029937", date(1953, 7, 7), "0628814470", "",
        "88", "12", "จรเข้มาก", "ประโคนชัย", "บุรีรัมย์", "31140"),
      "บ้านโคกเมือง", "นายธนากร แก้วประโคน", "131040066218", "0649927735", "thanakorn.kp@gmail.com",
      "15/302 ซอยแจ้งวัฒนะ 10 แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210", "หลานชาย", shared=True),
    V(P("นาย", "เพียร", "เจริญรัมย์", "331020044519", date(1957, 11, 2), "", "",
        "19/1", "6", "ถนนหัก", "นางรอง", "บุรีรัมย์", "31110"),
      "บ้านถนนหัก", "นางสาววิภาวรรณ เจริญรัมย์", "131020087745", "0815527790", "wipawan.cr@gmail.com",
      "77/12 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ 10110", "ลูกสาว"),
    V(P("นาง", "หนูพิน", "ศรีชมภู", "335030017742", date(1948, 1, 1), "0896653102", "",
        "31", "8", "โนนเปือย", "กุดชุม", "ยโสธร", "35140"),
      "บ้านโนนเปือย", "นายอนุชา ศรีชมภู", "135030046621", "0993318847", "anucha.sc@gmail.com",
      "500/33 ถนนพระรามที่ 2 แขวงแสมดำ เขตบางขุนเทียน กรุงเทพฯ 10150", "ลูกชาย", year_only=True, shared=True),
    V(P("นาย", "ทองสุข", "มะลิวัลย์", "335020034458", date(1966, 10, 5), "0874419925", "thongsuk.ml@yahoo.com",
        "140", "1", "ลุมพุก", "คำเขื่อนแก้ว", "ยโสธร", "35110"),
      "บ้านลุมพุก", "นางสาวปิยะนุช มะลิวัลย์", "135020081172", "0618834471", "piyanut.ml@gmail.com",
      "63/5 ซอยวิภาวดีรังสิต 60 แขวงตลาดบางเขน เขตหลักสี่ กรุงเทพฯ 10210", "ลูกสาว"),
    V(P("นาง", "บุญมี", "สุขเกษม", "341110026653", date(1959, 5, 19), "0823376614", "",
        "", "14", "ขุหลุ", "ตระการพืชผล", "อุบลราชธานี", "34130"),
      "บ้านนาห้วยแดง", "นายวีระ สุขเกษม", "134110062284", "0955546031", "weera.sk@gmail.com",
      "22/8 ซอยบางนา-ตราด 25 แขวงบางนาใต้ เขตบางนา กรุงเทพฯ 10260", "ลูกชาย"),
)  # fmt: skip

# The headman of each village (one man here, his village named from the villager's own),
# the อบต.'s officer, and the neighbours on a headman's lists.
HEADMAN = ("นายสุพัฒน์ บุญประคม", with_check_digit("345990011827"), "0817740325", "supat.bpk@gmail.com")
OFFICER = ("นางสาวนภาพร ทองมา", "นักพัฒนาชุมชน", "0862014477")
NEIGHBOURS: tuple[tuple[str, str, str, str], ...] = (
    ("นางทองดี สุขประเสริฐ", with_check_digit("345050019920"), "18", "0872230415"),
    ("นายบุญเรือง ศรีละคร", with_check_digit("345050020815"), "67", "0813356740"),
    ("นางสมบูรณ์ ไชยโคตร", with_check_digit("345050021480"), "102/1", "-"),
    ("นายประยูร แสนทวีสุข", with_check_digit("345050022273"), "9", "0898817325"),
)
BAAC = ("020041187356", "020052294418")  # ธ.ก.ส. accounts: never an ID or a phone
FARMER_REG = ("451209876543", "321104455120")  # ทะเบียนเกษตรกร numbers: never an ID


# --- what a clerk keeps ----------------------------------------------------------------------


def heads(v: Villager) -> list[str]:
    """Her home to the district in every way a clerk accepts it: หมู่ three ways, the
    place words long or short, the village after the หมู่, before it (after the house
    number) or left out; with no house number the village or the หมู่ heads it."""
    p, vil = v.p, v.village
    out: list[str] = []
    for mw, (tw, aw) in product(("หมู่ที่ ", "หมู่ ", "ม."), (("ตำบล", "อำเภอ"), ("ต.", "อ."))):
        tail = f"{tw}{p.tambon} {aw}{p.amphoe}"
        moo = f"{mw}{p.moo}"
        if p.house:
            for word in ("", "เลขที่ ", "บ้านเลขที่ "):
                h = f"{word}{p.house}"
                out += [f"{h} {moo} {vil} {tail}", f"{h} {vil} {moo} {tail}", f"{h} {moo} {tail}"]
            out.append(f"{vil} เลขที่ {p.house} {moo} {tail}")
        else:
            out += [f"{vil} {moo} {tail}", f"{moo} {vil} {tail}", f"{moo} {tail}"]
    return out


def addresses(v: Villager) -> tuple[str, ...]:
    p = v.p
    out: list[str] = []
    for h in heads(v):
        out.append(h)
        for prov in (f"จังหวัด{p.province}", f"จ.{p.province}", p.province):
            out += [f"{h} {prov}", f"{h} {prov} {p.postal}"]
        out.append(f"{h} {p.postal}")
    return tuple(dict.fromkeys(out + [thai(x) for x in out]))


def exp(v: Villager, keys: str) -> dict[str, tuple[str, ...]]:
    """Her values for `keys`; phone and e-mail left out where she has none, a birth date
    known by its year alone accepted only as no value or a flagged one."""
    p = v.p
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": () if v.year_only else (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(v),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {
        k: table[k]
        for k in keys.split()
        if not (k == "phone" and not p.mobile) and not (k == "email" and not p.email)
    }


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


# --- how people write the values ------------------------------------------------------------


def home(v: Villager, k: int) -> str:
    """Her home as typed: the village after or before the หมู่, the house number first or
    after the village, the province three ways; with no number, the village or หมู่ first."""
    p, vil = v.p, v.village
    if p.house:
        return (
            f"{p.house} หมู่ {p.moo} {vil} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
            f"บ้านเลขที่ {p.house} {vil} หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}",
            f"{p.house} ม.{p.moo} {vil} ต.{p.tambon} อ.{p.amphoe} {p.province} {p.postal}",
            f"{vil} เลขที่ {p.house} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
        )[k % 4]
    return (
        f"{vil} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
        f"หมู่ที่ {p.moo} {vil} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}",
        f"{vil} ม.{p.moo} ต.{p.tambon} อ.{p.amphoe} {p.province} {p.postal}",
    )[k % 3]


def nid_w(nid: str, k: int) -> str:
    return (nid, dashed(nid), spaced(nid))[k % 3]


def born_w(v: Villager, k: int) -> str:
    """Her birth date as typed; by the year alone where that is all that is known."""
    if v.year_only:
        be = v.p.born.year + 543
        return (f"พ.ศ. {be}", f"-/-/{be}", f"ปี {be} (ไม่ทราบวันเดือนเกิด)")[k % 3]
    return born_th(v.p.born, k)


def age(p: Person) -> int:
    return 2569 - (p.born.year + 543)


def female(name: str) -> bool:
    return not name.startswith("นาย")


def kin_end(v: Villager) -> str:
    return "ค่ะ" if female(v.kin) else "ครับ"


def kin_me(v: Villager) -> str:
    return ("หนู" if v.role.startswith("หลาน") else "ดิฉัน") if female(v.kin) else "ผม"


def elder(v: Villager) -> str:
    """What the child calls the elder: แม่/พ่o, or แม่ใหญ่/พ่อใหญ่ (Isan) for a grandchild."""
    base = "แม่" if female(v.p.name) else "พ่อ"
    return f"{base}ใหญ่" if v.role.startswith("หลาน") else base


def elder_phone(v: Villager, k: int) -> str:
    """Her number as the child types it: a note where it is the family's."""
    if not v.p.mobile:
        return "-"
    note = " (เบอร์นี้ใช้ทั้งบ้าน)" if v.shared else ""
    return mobile(v.p.mobile, k) + note


def untitled(name: str) -> str:
    for title in ("นางสาว", "นาง", "นาย"):
        if name.startswith(title):
            return name[len(title) :]
    return name


def agency(p: Person) -> str:
    return f"อบต.{p.tambon}"


def agency_box(p: Person) -> str:
    return "saraban@" + {"นางาม": "nangam", "หัวงัว": "huangua", "บ้านถ่อน": "banthon",
                         "คำน้ำแซบ": "khamnamsaep", "กระโพ": "krapho", "ระแงง": "ra-ngaeng",
                         "จรเข้มาก": "chorakhemak", "ถนนหัก": "thanonhak", "โนนเปือย": "nonpueai",
                         "ลุมพุก": "lumphuk", "ขุหลุ": "khulu"}[p.tambon] + ".go.th"  # fmt: skip


def kin_from(v: Villager) -> str:
    return f"{untitled(v.kin)} <{v.kin_email}>"


def own_or_kin(v: Villager) -> str:
    p = v.p
    return f"{p.first} {p.last} <{p.email}>" if p.email else kin_from(v)


def message(v: Villager, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = from_ or kin_from(v)
    msg["To"] = agency_box(v.p)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 5 + n % 15, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set55-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def why(v: Villager) -> str:
    """Why she registers now: turning 60, or moved her house registration back home."""
    e = elder(v)
    if age(v.p) <= 62:
        return f"{e}อายุครบ 60 ปีแล้ว ยังบ่ได้ลงทะเบียนเบี้ยยังชีพ"
    return f"{e}ย้ายทะเบียนบ้านกลับมาอยู่บ้านเดิมเมื่อเดือนที่แล้ว ต้องลงทะเบียนรับเบี้ยยังชีพใหม่ที่นี่"


def plot(v: Villager, k: int) -> str:
    """Where a field lies: another หมู่ of the tambon, never her home."""
    p = v.p
    return f"ทุ่งโคกใหญ่ หมู่ {int(p.moo) + 3 + k} ต.{p.tambon} อ.{p.amphoe}"


# --- plain text ----------------------------------------------------------------------------


def plain_daughter_allowance(v: Villager, i: int) -> Case:
    """A daughter (or son, grandchild) in Bangkok registers a parent for the old-age
    allowance from the Gmail app on her phone: the elder's lines, then her own as ผู้ยื่นแทน
    with her Bangkok address; the elder's number or "no mobile"."""
    p, e, end = v.p, elder(v), kin_end(v)
    text = (
        f"เรียน เจ้าหน้าที่ {agency(p)}\n\n{kin_me(v)}เป็น{v.role}ของ{p.name} ทำงานอยู่กรุงเทพฯ{end} "
        f"{why(v)} {e}เดินทางไป อบต. บ่สะดวก เลยขอส่งข้อมูลทางเมลก่อน{end}\n\n"
        f"ข้อมูล{e}\nชื่อ {p.name}\nเลขบัตร {nid_w(p.nid, i)}\nเกิด {born_w(v, i)}\n"
        f"ที่อยู่ {home(v, i)}\n"
        + (
            f"เบอร์{e} {elder_phone(v, i)}\n"
            if p.mobile
            else f"{e}บ่มีมือถือ{end} โทรหา{kin_me(v)}แทนได้\n"
        )
        + f"\nผู้ยื่นแทน ({v.role}) {v.kin}\nเลขบัตร {nid_w(v.kin_id, i + 1)}\nโทร {mobile(v.kin_mobile, i + 1)}\n"
        f"ที่อยู่ปัจจุบัน {v.kin_home}\n\nต้องใช้เอกสารอะไรเพิ่ม ส่งรูปสำเนาบัตรทางไลน์ได้ไหม{end}\n\nส่งจาก iPhone ของฉัน\n"
    )
    return Case("plain_daughter_allowance", message(v, i, f"ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ ({p.name})", text=text),
                exp(v, NO_MAIL))  # fmt: skip


def plain_son_disability(v: Villager, i: int) -> Case:
    """A son registers a parent disabled by a stroke for the disability allowance: the
    birth date typed in Thai numerals from the disability card, the son as ผู้ดูแลคนพิการ
    with his ID and phone, a neighbour who looks after the parent by day."""
    p, e, end = v.p, elder(v), kin_end(v)
    text = (
        f"เรียน นายก {agency(p)}\n\nเรื่อง ขอลงทะเบียนรับเบี้ยความพิการ\n\n"
        f"{e}เป็นอัมพฤกษ์ครึ่งซีกตั้งแต่ต้นปี ได้บัตรคนพิการแล้ว (ความพิการทางการเคลื่อนไหวหรือทางร่างกาย) "
        f"{kin_me(v)}ทำงานอยู่กรุงเทพฯ จึงขอลงทะเบียนแทน{end}\n\n"
        f"ชื่อคนพิการ: {p.name}\n"
        f"เลขประจำตัวประชาชน (ตามบัตรคนพิการ): {nid_w(p.nid, i + 2)}\n"
        f"วันเดือนปีเกิด: {thai(born_w(v, i))}\n"
        f"ที่อยู่ตามทะเบียนบ้าน: {home(v, i + 1)}\n"
        + (f"โทรศัพท์: {elder_phone(v, i)}\n" if p.mobile else "")
        + f"\nผู้ดูแลคนพิการ: {v.kin} ({v.role}) เลขบัตร {nid_w(v.kin_id, i)} โทร {mobile(v.kin_mobile, i)}\n"
        f"(ปัจจุบันพักอยู่ {v.kin_home} กลางวันมีป้าข้างบ้าน นางจันทร์ ดีพร้อม ช่วยดู)\n\n"
        f"ขอบคุณหลายๆ {end}\n{untitled(v.kin)}\n"
    )
    return Case(
        "plain_son_disability", message(v, i, "ลงทะเบียนเบี้ยคนพิการ", text=text), exp(v, NO_MAIL)
    )


def plain_farmer_drought(v: Villager, i: int) -> Case:
    """A farmer writes himself (from his own box, or his child's) in Isan: the rice died
    in the drought, ไร่ งาน, the field in another หมู่, his farmer-register number and his
    ธ.ก.ส. account."""
    p = v.p
    own = bool(p.email)
    text = (
        f"เรียน นายก {agency(p)}\n\nข้อย {p.name} อยู่{v.village} หมู่ {p.moo} ปีนี้ฝนบ่ตกเลยตั้งแต่เดือนสิงหา "
        "นาข้าว 12 ไร่ 2 งาน ข้าวตายหมด บ่ได้เกี่ยวจักเม็ด น้ำในหนองกะแห้ง "
        "ขอความช่วยเหลือภัยแล้งแหน่เด้อ\n\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\nทะเบียนเกษตรกร {FARMER_REG[i % 2]}\n"
        f"ที่อยู่ {home(v, i + 2)}\nแปลงนา {plot(v, i)}\n"
        + (f"โทร {elder_phone(v, i + 1)}\n" if p.mobile else "")
        + f"บัญชี ธ.ก.ส. {BAAC[i % 2]}\n\n"
        + ("" if own else f"(ข้อยใช้เมล{v.role} {untitled(v.kin)} ส่งเด้อ)\n")
        + f"ขอบคุณหลายๆ\n{p.name}\n"
    )
    raw = message(v, i, "ขอความช่วยเหลือภัยแล้ง นาข้าวเสียหาย", text=text, from_=own_or_kin(v))
    return Case(
        "plain_farmer_drought",
        raw,
        exp(v, "full_name national_id phone email address postal_code province"),
    )


def plain_headman_for_villager(v: Villager, i: int) -> Case:
    """The village headman mails from his Gmail for an elder of his village who cannot
    travel: her lines, then his signature with his post, his village and his own phone."""
    p = v.p
    text = (
        f"เรียน ปลัด {agency(p)}\n\nกระผม {HEADMAN[0]} ผู้ใหญ่บ้าน{v.village} หมู่ที่ {p.moo} "
        f"ขอส่งข้อมูลลูกบ้านที่ประสงค์ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ เนื่องจากท่านเดินทางไม่สะดวก ลูกหลานไปทำงานต่างจังหวัด\n\n"
        f"ชื่อ-สกุล: {p.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\nวันเกิด: {born_w(v, i + 1)} (อายุ {age(p)} ปี)\n"
        f"ที่อยู่: {home(v, i + 3)}\n"
        + (f"โทรศัพท์: {elder_phone(v, i + 2)}\n" if p.mobile else "โทรศัพท์: ไม่มี (ติดต่อผ่านผู้ใหญ่บ้าน)\n")
        + "\nกระผมจะนำสำเนาบัตรและสำเนาทะเบียนบ้านไปส่งที่ อบต. ในวันประชุมประจำเดือนครับ\n\n"
        f"{HEADMAN[0]}\nผู้ใหญ่บ้าน{v.village} หมู่ที่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province}\n"
        f"โทร {mobile(HEADMAN[2], i)}\n"
    )
    raw = message(v, i, f"ส่งข้อมูลลงทะเบียนเบี้ยยังชีพ {p.name}", text=text,
                  from_=f"{untitled(HEADMAN[0])} <{HEADMAN[3]}>")  # fmt: skip
    return Case("plain_headman_for_villager", raw, exp(v, NO_MAIL))


def plain_grandchild_thai_digits(v: Villager, i: int) -> Case:
    """A grandchild (or child) copies grandma's numbers from her card and house book in
    Thai numerals, asking that her allowance be paid into a bank account: the account
    in Thai numerals too."""
    p, e, end = v.p, elder(v), kin_end(v)
    text = (
        f"เรียน เจ้าหน้าที่ {agency(p)}\n\n{kin_me(v)}ขอเปลี่ยนการรับเบี้ยยังชีพของ{e} จากรับเงินสดเป็นโอนเข้าบัญชี{end} "
        f"เพราะ{e}เดินไปรับที่ศาลากลางบ้านบ่ไหวแล้ว\n\n"
        f"ชื่อผู้สูงอายุ {p.name}\n"
        f"เลขประจำตัวประชาชน {thai(nid_w(p.nid, i))}\n"
        f"วันเกิด {thai(born_w(v, i + 1))}\n"
        f"ที่อยู่ {thai(home(v, i))}\n"
        + (f"โทร {thai(elder_phone(v, i + 3))}\n" if p.mobile else "")
        + f"ธนาคารกรุงไทย สาขา{p.amphoe} ชื่อบัญชี {p.name} เลขที่ {thai('981-0-44172-6')}\n\n"
        f"ผู้แจ้ง {v.kin} ({v.role}) โทร {thai(mobile(v.kin_mobile, i))}\n"
    )
    return Case("plain_grandchild_thai_digits", message(v, i, "ขอเปลี่ยนการรับเบี้ยยังชีพเป็นโอนเข้าบัญชี", text=text),
                exp(v, NO_MAIL))  # fmt: skip


def plain_flood_prose(v: Villager, i: int) -> Case:
    """An elder's own words for flood aid, typed by voice into a child's phone: one
    paragraph of Isan prose, her number first, the child's after it."""
    p = v.p
    own = (f"โทรหาข้อยได้ที่ {elder_phone(v, i)} หรือโทรหา{v.role} {v.kin} {mobile(v.kin_mobile, i + 1)} กะได้เด้อ"
           if p.mobile else f"ข้อยบ่มีโทรศัพท์ โทรหา{v.role} {v.kin} {mobile(v.kin_mobile, i + 1)} เด้อ")  # fmt: skip
    text = (
        f"เรียน {agency(p)}\n\nข้อยชื่อ {p.name} อายุ {age(p)} ปี บัตรประชาชน {nid_w(p.nid, i + 1)} "
        f"อยู่ {home(v, i + 1)} น้ำชีล้นตลิ่งท่วมบ้านข้อยสูงเพียงเอว 5 มื้อแล้ว ข้าวในเล้าเปียกหมด 20 กระสอบ "
        f"นาข้าว 8 ไร่ 3 งาน จมน้ำ ขอรับความช่วยเหลือผู้ประสบอุทกภัยแหน่เด้อ {own}\n\n"
        "ส่งจากโทรศัพท์ลูก\n"
    )
    return Case("plain_flood_prose", message(v, i, "ขอความช่วยเหลือน้ำท่วม", text=text),
                exp(v, "full_name national_id phone address postal_code province"))  # fmt: skip


# --- HTML ----------------------------------------------------------------------------------


def div_lines(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>"


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>\n'


def html_gmail_daughter_allowance(v: Villager, i: int) -> Case:
    """Gmail on the web, div per line: the elder's values after labels with " : ", the
    child's own as ผู้ยื่นแทน, and her Gmail signature with her Bangkok office and mobile."""
    p, e, end = v.p, elder(v), kin_end(v)
    lines = [f"เรียน เจ้าหน้าที่ {agency(p)}", "", f"{why(v)} {kin_me(v)}ขอลงทะเบียนแทน{e}{end}", "",
             "<b>ข้อมูลผู้สูงอายุ</b>", f"ชื่อ-นามสกุล : {p.name}", f"เลขประจำตัวประชาชน : {nid_w(p.nid, i + 2)}",
             f"วันเดือนปีเกิด : {born_w(v, i + 2)}", f"ที่อยู่ตามทะเบียนบ้าน : {home(v, i + 2)}",
             f"เบอร์โทร : {elder_phone(v, i + 2) if p.mobile else '-'}", "",
             "<b>ผู้ยื่นแทน</b>", f"ชื่อ-นามสกุล : {v.kin} ({v.role})", f"เลขประจำตัวประชาชน : {nid_w(v.kin_id, i)}",
             f"เบอร์โทร : {mobile(v.kin_mobile, i + 1)}", "", f"ขอบคุณ{end}"]  # fmt: skip
    sig = (f'<div><br></div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div>--</div>'
           f"<div>{untitled(v.kin)}</div><div>Accounting Officer | บริษัท สยามโลจิสติกส์ จำกัด</div>"
           f"<div>{v.kin_home}</div><div>Mobile: {mobile(v.kin_mobile, i)}</div></div>")  # fmt: skip
    html = html_doc(div_lines(lines) + sig)
    return Case("html_gmail_daughter_allowance", message(v, i, "ลงทะเบียนเบี้ยผู้สูงอายุแทนผู้ปกครอง", html=html),
                exp(v, NO_MAIL))  # fmt: skip


def html_yahoo_carer_table(v: Villager, i: int) -> Case:
    """Yahoo Mail: a three-column table, the disabled elder's values in one column and the
    carer's (the child) in the next, row by row; Yahoo's own font div and footer."""
    p = v.p
    rows = [("ชื่อ-สกุล", p.name, v.kin), ("เลขประจำตัวประชาชน", nid_w(p.nid, i), nid_w(v.kin_id, i)),
            ("วันเกิด", born_w(v, i), "-"), ("ที่อยู่", home(v, i + 3), v.kin_home),
            ("โทรศัพท์", elder_phone(v, i + 1), mobile(v.kin_mobile, i + 1)),
            ("ความเกี่ยวข้อง", "คนพิการ", v.role)]  # fmt: skip
    t = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = (
        '<div class="ydp3f1b2e6ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
        f'<div dir="ltr" data-setdir="false">เรียน {agency(v.p)}</div><div dir="ltr" data-setdir="false"><br></div>'
        f'<div dir="ltr" data-setdir="false">ขอลงทะเบียนรับเบี้ยความพิการให้{elder(v)} (ตาบอดทั้งสองข้าง มีบัตรคนพิการแล้ว) '
        f"{kin_me(v)}เป็นผู้ดูแล รายละเอียดตามตาราง{kin_end(v)}</div>"
        '<div dir="ltr" data-setdir="false"><br></div>'
        '<table border="1" cellspacing="0" cellpadding="5"><tr><th></th><th>คนพิการ</th><th>ผู้ดูแลคนพิการ</th></tr>'
        f"{t}</table>"
        f'<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">{untitled(v.kin)}</div></div>'
        '<div id="ydp3f1b2e6ayahoo_quoted"></div><div class="yahoo-signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">'
        "ส่งจาก Yahoo Mail บน Android</a></div>"
    )
    raw = message(v, i, "ขอลงทะเบียนเบี้ยความพิการ", html=html_doc(body),
                  from_=f"{untitled(v.kin)} <{v.kin_email.split('@')[0]}@yahoo.com>")  # fmt: skip
    return Case("html_yahoo_carer_table", raw, exp(v, NO_MAIL))


def html_gmail_drought_plots(v: Villager, i: int) -> Case:
    """A grandchild asks drought aid for a grandparent's fields: the farmer's lines, then
    a Gmail table of his plots (the หมู่ and ตำบล where each lies, ไร่-งาน-ตร.ว., crop)."""
    p = v.p
    nb = {"ขุหลุ": "กระเดียน", "กระโพ": "ทุ่งกุลา"}.get(p.tambon, "หนองบัว")
    plots = [("1", plot(v, 0), "ข้าวหอมมะลิ", "9-2-40", "9-2-40"),
             ("2", f"หมู่ 5 ต.{nb} อ.{p.amphoe}", "มันสำปะหลัง", "4-0-00", "3-1-00")]  # fmt: skip
    t = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in plots)
    lines = [f"เรียน เกษตรตำบล/{agency(p)}", "",
             f"ขอยื่นขอรับความช่วยเหลือเกษตรกรผู้ประสบภัยแล้งแทน{elder(v)}{kin_end(v)} ({elder(v)}อายุ {age(p)} แล้ว ใช้เมลบ่เป็น)", "",
             f"ชื่อเกษตรกร: {p.name}", f"เลขบัตรประชาชน: {nid_w(p.nid, i + 1)}", f"ทะเบียนเกษตรกรเลขที่: {FARMER_REG[i % 2]}",
             f"ที่อยู่: {home(v, i + 1)}", f"โทร: {elder_phone(v, i) if p.mobile else '-'}", "", "แปลงที่เสียหาย:"]  # fmt: skip
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>แปลงที่</th><th>ที่ตั้งแปลง</th>'
             f"<th>พืช</th><th>เนื้อที่ (ไร่-งาน-ตร.ว.)</th><th>เสียหาย</th></tr>{t}</table>")  # fmt: skip
    after = ["", f"ผู้ส่งแทน {v.kin} ({v.role}) {mobile(v.kin_mobile, i + 2)}"]
    html = html_doc(div_lines(lines) + table + div_lines(after))
    return Case("html_gmail_drought_plots", message(v, i, f"ขอรับความช่วยเหลือภัยแล้ง - {p.name}", html=html),
                exp(v, "full_name national_id phone address postal_code province"))  # fmt: skip


def html_yahoo_elder_self(v: Villager, i: int) -> Case:
    """An elder writes herself from Yahoo (or her child's box when she has none), in Isan:
    a question on registering, her values in the prose and a few lines, her own phone."""
    p = v.p
    me = "ข้อย"
    body = (
        '<div class="yahoo-style-wrap" style="font-family:Tahoma, Geneva, sans-serif;font-size:16px;">'
        f"<div>สวัสดีเจ้าหน้าที่ {agency(p)}</div><div><br></div>"
        f"<div>{me} {p.name} อายุ {age(p)} ปี อยู่{v.village} หมู่ {p.moo} "
        f"{'ปีนี้อายุครบ 60 แล้ว' if age(p) <= 62 else 'ย้ายทะเบียนบ้านกลับมาจากขอนแก่นแล้ว'} "
        f"อยากลงทะเบียนเบี้ยคนแก่ ต้องเอาหยังไปแหน่ ไปวันไหนได้ {me}บ่อยากไปเสียเที่ยวเด้อ</div><div><br></div>"
        f"<div>เลขบัตร {nid_w(p.nid, i + 2)}</div><div>เกิด {born_w(v, i + 2)}</div>"
        f"<div>ที่อยู่ {home(v, i + 2)}</div>"
        + (f"<div>โทร {elder_phone(v, i + 2)}</div>" if p.mobile else "")
        + "<div><br></div><div>ขอบใจหลายๆ</div></div>"
        + (
            '<div class="yahoo-signature"><a href="https://overview.mail.yahoo.com?.src=iOS">ส่งจาก Yahoo Mail สำหรับ iPhone</a></div>'
        )
    )
    raw = message(v, i, "ถามเรื่องลงทะเบียนเบี้ยผู้สูงอายุ", html=html_doc(body), from_=own_or_kin(v))
    return Case("html_yahoo_elder_self", raw, exp(v, ALL))


def html_gmail_reply_officer(v: Villager, i: int) -> Case:
    """The child answers the อบต. officer's reply, the values above a gmail_quote holding
    the officer's question, her name, post, phones and the อบต.'s own address."""
    p, end = v.p, kin_end(v)
    answer = [f"สวัสดี{end} คุณ{untitled(OFFICER[0]).split()[0]}", f"ส่งข้อมูลของ{elder(v)}ตามที่ขอ{end}", "",
              f"1. {p.name}", f"2. {nid_w(p.nid, i + 1)}", f"3. {born_w(v, i + 1)}", f"4. {home(v, i)}",
              f"5. {elder_phone(v, i) if p.mobile else 'ไม่มี (โทรหา' + kin_me(v) + ' ' + mobile(v.kin_mobile, i) + ')'}",
              "", f"{untitled(v.kin)}"]  # fmt: skip
    quoted = (f"<div>เรียน คุณ{untitled(v.kin)}</div><div>อบต.ได้รับเรื่องแล้ว กรุณาส่งข้อมูลผู้สูงอายุเพิ่มดังนี้ "
              "1. ชื่อ-สกุล 2. เลขประจำตัวประชาชน 3. วันเดือนปีเกิด 4. ที่อยู่ตามทะเบียนบ้าน 5. เบอร์โทรผู้สูงอายุ</div>"
              f"<div><br></div><div>{OFFICER[0]}</div><div>{OFFICER[1]} กองสวัสดิการสังคม</div>"
              f"<div>องค์การบริหารส่วนตำบล{p.tambon} หมู่ 1 ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}</div>"
              f"<div>โทร 0-45{i % 10}1-{4400 + i} / {mobile(OFFICER[2], i)}</div>")  # fmt: skip
    html = html_doc(
        div_lines(answer)
        + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {7 + i % 3} ธ.ค. 2569 {agency(p)} &lt;{agency_box(p)}&gt; เขียนว่า:<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>'
    )
    return Case("html_gmail_reply_officer", message(v, i, "Re: ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", html=html),
                exp(v, NO_MAIL))  # fmt: skip


# --- Word ---------------------------------------------------------------------------------


def tick(on: bool) -> str:
    return "☑" if on else "☐"


def born_parts(v: Villager) -> tuple[str, str, str]:
    d = v.p.born
    if v.year_only:
        return "-", "-", str(d.year + 543)
    return str(d.day), MONTHS[d.month - 1], str(d.year + 543)


def docx_allowance_form(v: Villager, i: int) -> Case:
    """The อบต.'s own แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ, filled in Word by the child:
    the birth date and the house register's address in the form's parts, ticks, then the
    section กรณีผู้สูงอายุมอบอำนาจ/ยื่นแทน with the child's name, ID, Bangkok address, phone."""
    p = v.p
    day, month, year = born_parts(v)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2570")
        d.add_paragraph(
            f"เขียนที่ องค์การบริหารส่วนตำบล{p.tambon}\t\tวันที่ {8 + i % 3} เดือน ธันวาคม พ.ศ. 2569"
        )
        d.add_paragraph(f"ข้าพเจ้า (นาย/นาง/นางสาว) {p.name}")
        d.add_paragraph(f"เกิดวันที่ {day} เดือน {month} พ.ศ. {year} อายุ {age(p)} ปี สัญชาติ ไทย")
        d.add_paragraph(
            f"มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ {p.house or '-'} หมู่ที่ {p.moo} ชื่อหมู่บ้าน {v.village} "
            f"ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} รหัสไปรษณีย์ {p.postal}"
        )
        d.add_paragraph(f"โทรศัพท์ {elder_phone(v, i)}")
        d.add_paragraph(f"หมายเลขบัตรประจำตัวประชาชนของผู้ขอ {spaced(p.nid)}")
        d.add_paragraph(f"สถานภาพ {tick(False)} โสด {tick(True)} สมรส {tick(False)} หม้าย")
        d.add_paragraph(
            f"ความประสงค์รับเงิน {tick(i % 2 == 0)} รับเงินสดด้วยตนเอง {tick(i % 2 == 1)} โอนเข้าบัญชีเงินฝากธนาคาร"
        )
        d.add_paragraph("กรณีผู้สูงอายุมอบอำนาจ/ยื่นแทน")
        d.add_paragraph(f"ชื่อผู้ยื่นแทน {v.kin} เกี่ยวข้องเป็น {v.role} เลขประจำตัวประชาชน {v.kin_id}")
        d.add_paragraph(f"ที่อยู่ {v.kin_home} โทรศัพท์ {mobile(v.kin_mobile, i)}")
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ยื่นคำขอ\n({p.name})")

    raw = message(v, i, "แบบคำขอลงทะเบียนเบี้ยยังชีพ (กรอกแล้ว)", text=f"แนบแบบคำขอที่กรอกแล้ว{kin_end(v)}\n",
                  files=(("แบบคำขอเบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_allowance_form", raw, exp(v, NO_MAIL))


def docx_disability_dotted(v: Villager, i: int) -> Case:
    """The disability allowance form over dotted leaders: the values typed between the
    dots, the disabled person's lines, then the ผู้ดูแลคนพิการ's (the child)."""
    p = v.p
    dots = "......"

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ")
        d.add_paragraph(f"เรียน นายก {agency(p)}")
        d.add_paragraph(f"ชื่อ-นามสกุล (คนพิการ){dots}{p.name}{dots}")
        d.add_paragraph(f"เลขประจำตัวประชาชน{dots}{nid_w(p.nid, i + 1)}{dots}")
        d.add_paragraph(f"วัน/เดือน/ปีเกิด{dots}{born_w(v, i)}{dots}อายุ{dots}{age(p)}{dots}ปี")
        d.add_paragraph(f"ที่อยู่ตามทะเบียนบ้าน{dots}{home(v, i + 2)}{dots}")
        d.add_paragraph(f"โทรศัพท์{dots}{elder_phone(v, i + 1)}{dots}")
        d.add_paragraph(f"ประเภทความพิการ{dots}ทางการเคลื่อนไหวหรือทางร่างกาย{dots}")
        d.add_paragraph("ผู้ดูแลคนพิการ")
        d.add_paragraph(f"ชื่อ-นามสกุล{dots}{v.kin}{dots}ความเกี่ยวข้อง{dots}{v.role}{dots}")
        d.add_paragraph(
            f"เลขประจำตัวประชาชน{dots}{nid_w(v.kin_id, i)}{dots}โทรศัพท์{dots}{mobile(v.kin_mobile, i + 2)}{dots}"
        )
        d.add_paragraph(f"ลงชื่อ{dots}{dots}ผู้ยื่นคำขอ ({v.kin} ยื่นแทน)")

    raw = message(v, i, "คำขอเบี้ยความพิการ", text=f"ส่งแบบคำขอเบี้ยความพิการของ{elder(v)}{kin_end(v)}\n",
                  files=(("เบี้ยความพิการ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_disability_dotted", raw, exp(v, NO_MAIL))


def table_doc(d: Any, rows: list[tuple[str, ...]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for n, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(n, c).text = text


def docx_drought_kp01(v: Villager, i: int) -> Case:
    """แบบขอรับความช่วยเหลือเกษตรกรผู้ประสบภัย (กษ.01) in Word: the farmer's parts in a
    table (บ้านเลขที่ "-" where there is none), his plots' table, the headman's certifying
    line with his own phone."""
    p = v.p
    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("บ้านเลขที่", p.house or "-"),
            ("หมู่ที่", p.moo), ("ชื่อหมู่บ้าน", v.village), ("ตำบล", p.tambon), ("อำเภอ", p.amphoe),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", elder_phone(v, i + 1)),
            ("ทะเบียนเกษตรกรเลขที่", FARMER_REG[i % 2])]  # fmt: skip
    plots = [("แปลงที่", "ที่ตั้งแปลง", "ชนิดพืช", "พื้นที่ปลูก (ไร่-งาน-ตร.ว.)", "พื้นที่เสียหาย"),
             ("1", plot(v, 1), "ข้าวนาปี", "12-2-00", "12-2-00"), ("2", plot(v, 2), "อ้อย", "5-0-00", "2-2-00")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบ กษ.01 แบบขอรับความช่วยเหลือเกษตรกรผู้ประสบภัย")
        d.add_paragraph(f"ภัย ภัยแล้ง   วันเกิดภัย 1 สิงหาคม 2569   {agency(p)}")
        table_doc(d, rows)
        d.add_paragraph("รายละเอียดแปลงที่ได้รับความเสียหาย")
        table_doc(d, plots)
        d.add_paragraph(f"ลงชื่อ .................. เกษตรกรผู้ขอ ({p.name})")
        d.add_paragraph(
            f"ขอรับรองว่าเป็นความจริง ลงชื่อ .................. ({HEADMAN[0]}) ผู้ใหญ่บ้าน หมู่ที่ {p.moo} โทร {HEADMAN[2]}"
        )

    raw = message(v, i, "ส่งแบบ กษ.01 ภัยแล้ง", text=f"ส่งแบบ กษ.01 ของ{elder(v)}{kin_end(v)}\n",
                  files=(("กษ01.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_drought_kp01", raw, exp(v, "full_name national_id phone address postal_code province")
    )


def docx_headman_certificate(v: Villager, i: int) -> Case:
    """หนังสือรับรองของผู้ใหญ่บ้าน in Word (for an elder whose papers are short): the
    headman's own name, ID and phone, the elder's ID, birth and home in the prose."""
    p = v.p

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือรับรอง")
        d.add_paragraph(f"ที่ทำการผู้ใหญ่บ้าน{v.village} หมู่ที่ {p.moo}\t\t{6 + i % 4} ธันวาคม 2569")
        d.add_paragraph(
            f"\tข้าพเจ้า {HEADMAN[0]} เลขประจำตัวประชาชน {HEADMAN[1]} ตำแหน่งผู้ใหญ่บ้าน{v.village} หมู่ที่ {p.moo} "
            f"ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} ขอรับรองว่า {p.name} "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิด {born_w(v, i + 1)} "
            f"อาศัยอยู่จริงที่ {home(v, i + 2)} ตั้งแต่เกิดจนถึงปัจจุบัน"
            + (f" โทรศัพท์ {elder_phone(v, i + 2)}" if p.mobile else "")
            + " เป็นผู้มีคุณสมบัติครบถ้วนตามระเบียบ สมควรได้รับเบี้ยยังชีพผู้สูงอายุ"
        )
        d.add_paragraph(f"\tให้ไว้ ณ วันที่ {6 + i % 4} ธันวาคม 2569")
        d.add_paragraph(
            f"ลงชื่อ ....................\n({HEADMAN[0]})\nผู้ใหญ่บ้าน{v.village}\nโทร {mobile(HEADMAN[2], i + 1)}"
        )

    raw = message(v, i, f"หนังสือรับรองผู้ใหญ่บ้าน ({p.name})",
                  text=f"แนบหนังสือรับรองของผู้ใหญ่บ้าน ประกอบการลงทะเบียนเบี้ยยังชีพของ{elder(v)}{kin_end(v)}\n",
                  files=(("หนังสือรับรองผู้ใหญ่บ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_headman_certificate", raw, exp(v, NO_MAIL))


# --- PDF ----------------------------------------------------------------------------------


def pdf_form(lines: list[str], face: str = "Norasi") -> bytes:
    return pdf_page(flow([(20, t) for t in lines], 14, face), size=14, face=face)


def pdf_allowance_form(v: Villager, i: int) -> Case:
    """The allowance form typed in Word and saved as PDF: the elder's lines (the age,
    the register's address), then the ผู้ยื่นแทน's name, ID, Bangkok address and phone."""
    p = v.p
    lines = ["แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", f"เขียนที่ {agency(p)} วันที่ {9 + i % 3} ธันวาคม 2569",
             f"ข้าพเจ้า {p.name} เกิดวันที่ {born_w(v, i + 2)} อายุ {age(p)} ปี",
             f"ที่อยู่ตามทะเบียนบ้าน {home(v, i + 3)}", f"โทรศัพท์ {elder_phone(v, i + 1)}",
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}", "กรณียื่นแทน",
             f"ผู้ยื่นแทน {v.kin} ({v.role}) เลขประจำตัวประชาชน {nid_w(v.kin_id, i + 1)}",
             f"ที่อยู่ผู้ยื่นแทน {v.kin_home}", f"โทรศัพท์ผู้ยื่นแทน {mobile(v.kin_mobile, i + 2)}",
             f"ลงชื่อ {p.name} ผู้ขอ"]  # fmt: skip
    raw = message(v, i, "แบบคำขอเบี้ยยังชีพผู้สูงอายุ (PDF)", text=f"ส่งแบบคำขอ{kin_end(v)}\n",
                  files=(("เบี้ยยังชีพผู้สูงอายุ.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_allowance_form", raw, exp(v, NO_MAIL))


def pdf_son_letter(v: Villager, i: int) -> Case:
    """The child's own letter from Google Docs to PDF: HIS Bangkok address as the sender's
    block top right, the parent's values in the body's prose, his ID and phone at the end."""
    p = v.p
    paras = [(115, v.kin_home), (0, ""), (115, f"{8 + i % 3} ธันวาคม 2569"), (0, ""),
             (20, f"เรื่อง ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุแทน{'มารดา' if female(p.name) else 'บิดา'}"),
             (20, f"เรียน นายก {agency(p)}"), (0, ""),
             (30, f"ด้วยข้าพเจ้า {v.kin} เป็น{v.role}ของ {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                  f"เกิด {born_w(v, i)} ซึ่งมีชื่ออยู่ในทะเบียนบ้านและอาศัยอยู่ที่ {home(v, i + 1)} "
                  f"{'โทรศัพท์ ' + elder_phone(v, i) + ' ' if p.mobile else ''}"
                  "มีอายุครบตามเกณฑ์และยังไม่ได้รับเบี้ยยังชีพ ข้าพเจ้าทำงานอยู่กรุงเทพมหานคร จึงขอยื่นคำขอแทน"),
             (30, f"จึงเรียนมาเพื่อโปรดพิจารณา ติดต่อข้าพเจ้าได้ที่ {mobile(v.kin_mobile, i + 1)} "
                  f"(เลขประจำตัวประชาชนผู้ยื่นแทน {v.kin_id})"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({v.kin})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=9), size=14, face="Garuda")
    raw = message(v, i, "หนังสือขอลงทะเบียนเบี้ยยังชีพแทนผู้ปกครอง", text=f"ส่งหนังสือตามไฟล์แนบ{kin_end(v)}\n",
                  files=(("ขอลงทะเบียนเบี้ยยังชีพ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_son_letter", raw, exp(v, NO_MAIL))


def pdf_disaster_form(v: Villager, i: int) -> Case:
    """แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย (วาตภัย) typed and saved as PDF: the age and
    no birth date, the damage, the headman's certifying line with his phone."""
    p = v.p
    lines = ["คำร้องขอรับความช่วยเหลือผู้ประสบภัยพิบัติ (วาตภัย)", f"เขียนที่ {agency(p)} วันที่ {10 + i % 3} ธันวาคม 2569",
             f"ข้าพเจ้า {p.name} อายุ {age(p)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}",
             f"ที่อยู่ {home(v, i + 2)}",
             f"โทรศัพท์ {elder_phone(v, i + 2)}",
             "ได้รับความเสียหาย: พายุฤดูร้อนพัดหลังคาสังกะสีบ้านพักอาศัยปลิว 24 แผ่น ยุ้งข้าวพัง",
             "ประมาณการความเสียหาย 15,000 บาท",
             f"ผู้รับรอง {HEADMAN[0]} ผู้ใหญ่บ้าน โทร {mobile(HEADMAN[2], i)}",
             f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง"]  # fmt: skip
    raw = message(v, i, "คำร้องผู้ประสบวาตภัย", text=f"แนบคำร้อง{kin_end(v)}\n",
                  files=(("คำร้องวาตภัย.pdf", pdf_form(lines, "Loma"), PDF),))  # fmt: skip
    return Case(
        "pdf_disaster_form", raw, exp(v, "full_name national_id phone address postal_code province")
    )


# --- sheets ---------------------------------------------------------------------------------


def headman_mail(
    v: Villager, i: int, subject: str, text: str, files: tuple[tuple[str, bytes, str], ...]
) -> bytes:
    sig = f"\n\n{HEADMAN[0]}\nผู้ใหญ่บ้าน{v.village} หมู่ที่ {v.p.moo}\nโทร {mobile(HEADMAN[2], i)}\n"
    return message(
        v, i, subject, text=text + sig, files=files, from_=f"{untitled(HEADMAN[0])} <{HEADMAN[3]}>"
    )


def xlsx_headman_elder_list(v: Villager, i: int) -> Case:
    """The headman's sheet of his village's elders: a title row with the village's place,
    a header, five rows (house number and หมู่ in their own columns), the new one marked
    in หมายเหตุ and named in the mail (which row is the applicant)."""
    p = v.p
    at = i % 4
    others = [(n, nid, h, ph, "ลงทะเบียนแล้ว ปี 2568") for n, nid, h, ph in NEIGHBOURS]
    mine = (p.name, nid_w(p.nid, i), p.house or "-", elder_phone(v, i), "รายใหม่ ยื่นครั้งนี้")
    rows = [*others[:at], mine, *others[at:]]
    born = {p.name: born_w(v, i)}

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้สูงอายุ"
        ws.append(
            [
                f"บัญชีรายชื่อผู้สูงอายุ {v.village} หมู่ที่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}"
            ]
        )
        ws.append(
            [
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "วันเดือนปีเกิด",
                "บ้านเลขที่",
                "หมู่",
                "เบอร์โทร",
                "หมายเหตุ",
            ]
        )
        for n, (name, nid, h, ph, note) in enumerate(rows, 1):
            ws.append([n, name, nid, born.get(name, "-"), h, p.moo, ph, note])

    text = (f"เรียน ปลัด {agency(p)}\n\nส่งรายชื่อผู้สูงอายุ{v.village} ผู้ขอลงทะเบียนรายใหม่ 1 ราย คือ {p.name} "
            f"(ลำดับที่ {at + 1} ในไฟล์) ส่วนรายอื่นลงทะเบียนไว้แล้ว แนบไว้ให้ตรวจสอบครับ")  # fmt: skip
    raw = headman_mail(v, i, f"รายชื่อผู้สูงอายุรายใหม่ {v.village}", text,
                       (("ผู้สูงอายุ_รายใหม่.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_headman_elder_list", raw, exp(v, NO_MAIL))


def xlsx_headman_drought_list(v: Villager, i: int) -> Case:
    """The headman's list of his village's farmers hit by the drought, five rows, no one of
    them the applicant: no name, ID, phone or address is right but none (or a flagged one);
    the province, the village's, is every row's."""
    p = v.p
    farmers = [
        (p.name, nid_w(p.nid, i), p.house or "-", FARMER_REG[0], "12-2-00", elder_phone(v, i))
    ]
    farmers += [
        (n, nid, h, f"4512098{70 + k:02d}{k}11", f"{6 + k}-0-00", ph)
        for k, (n, nid, h, ph) in enumerate(NEIGHBOURS)
    ]
    farmers = farmers[i % 2 :] + farmers[: i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ภัยแล้ง"
        ws.append(
            [
                f"บัญชีรายชื่อเกษตรกรผู้ประสบภัยแล้ง ปี 2569 {v.village} หมู่ที่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province}"
            ]
        )
        ws.append(
            [
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "บ้านเลขที่",
                "ทะเบียนเกษตรกร",
                "นาข้าวเสียหาย (ไร่-งาน-ตร.ว.)",
                "โทร",
            ]
        )
        for n, row in enumerate(farmers, 1):
            ws.append([n, *row])

    text = (f"เรียน นายก {agency(p)}\n\nส่งบัญชีรายชื่อเกษตรกรในหมู่บ้านที่นาข้าวเสียหายจากภัยแล้ง จำนวน {len(farmers)} ราย "
            "เพื่อประกอบการประกาศเขตภัยพิบัติและขอรับความช่วยเหลือครับ")  # fmt: skip
    raw = headman_mail(v, i, f"บัญชีรายชื่อเกษตรกรผู้ประสบภัยแล้ง หมู่ {p.moo}", text,
                       (("เกษตรกรภัยแล้ง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    none: tuple[str, ...] = ()
    return Case("xlsx_headman_drought_list", raw,
                {"full_name": none, "national_id": none, "phone": none, "address": none, "province": (p.province,)})  # fmt: skip


def xlsx_allowance_ab(v: Villager, i: int) -> Case:
    """The อบต.'s registration as a sheet (labels in A, values in B) filled by the child:
    the elder's section, then the ผู้ยื่นแทน's under the SAME labels (ชื่อ-สกุล,
    เลขประจำตัวประชาชน, ที่อยู่, โทรศัพท์)."""
    p = v.p
    rows = [("แบบลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", ""), ("ส่วนที่ 1 ข้อมูลผู้สูงอายุ", ""),
            ("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_w(v, i + 1)),
            ("ที่อยู่", home(v, i)), ("โทรศัพท์", elder_phone(v, i)),
            ("ส่วนที่ 2 ผู้ยื่นแทน", ""), ("ชื่อ-สกุล", v.kin), ("เลขประจำตัวประชาชน", v.kin_id),
            ("ที่อยู่", v.kin_home), ("โทรศัพท์", mobile(v.kin_mobile, i)), ("ความเกี่ยวข้อง", v.role)]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบลงทะเบียน"
        for n, (a, b) in enumerate(rows, 1):
            ws.cell(n, 1, a)
            ws.cell(n, 2, b)

    raw = message(v, i, "แบบลงทะเบียนเบี้ยยังชีพ (Excel)", text=f"แนบไฟล์ Excel{kin_end(v)}\n",
                  files=(("ลงทะเบียนเบี้ยยังชีพ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_allowance_ab", raw, exp(v, NO_MAIL))


Style = Callable[[Villager, int], Case]

# Each style's two villagers (indices into PEOPLE), chosen so that year-only births, no
# house numbers, shared phones, own boxes and Surin/Buriram names fall across the kinds.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_daughter_allowance, (0, 4)),
    (plain_son_disability, (5, 8)),
    (plain_farmer_drought, (9, 10)),
    (plain_headman_for_villager, (1, 6)),
    (plain_grandchild_thai_digits, (2, 4)),
    (plain_flood_prose, (3, 7)),
    (html_gmail_daughter_allowance, (8, 10)),
    (html_yahoo_carer_table, (7, 2)),
    (html_gmail_drought_plots, (6, 4)),
    (html_yahoo_elder_self, (3, 9)),
    (html_gmail_reply_officer, (1, 5)),
    (docx_allowance_form, (4, 0)),
    (docx_disability_dotted, (10, 6)),
    (docx_drought_kp01, (7, 9)),
    (docx_headman_certificate, (8, 2)),
    (pdf_allowance_form, (5, 1)),
    (pdf_son_letter, (3, 10)),
    (pdf_disaster_form, (4, 6)),
    (xlsx_headman_elder_list, (2, 9)),
    (xlsx_headman_drought_list, (0, 5)),
    (xlsx_allowance_ab, (1, 7)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for its two villagers (its two variants)."""
    return [
        style(PEOPLE[who], 2 * s + k)
        for s, (style, pair) in enumerate(STYLES)
        for k, who in enumerate(pair)
    ]
