"""A ninety-fifth set of requests written by someone who had not read the readers (issue 8):
REQUESTS WITH SUPPORTING DOCUMENTS TYPED OR TEXT-LAYER, to เทศบาลเมืองสระแก้ว, the
ที่ว่าการอำเภอเมืองปราจีนบุรี and อบต.ท่าตูม (Sa Kaeo, Prachin Buri): a request mail plus
copies of official documents typed as text (pasted in the body, an HTML table, Word, a
text PDF, a sheet): a house registration copy (ท.ร.14: house number, the 11-digit
รหัสประจำบ้าน, every member with ID, birth date and เจ้าบ้าน/ผู้อาศัย status), an ID card
copy (Thai and English names, "Date of Birth 12 Mar. 1985" and "เกิดวันที่ ๑๒ มี.ค. ๒๕๒๘",
issue and expiry dates, the laser code like JT0-1234567-89, "สำเนาถูกต้อง" and a
signature line), a bank book's first page (account name and number), a birth or marriage
certificate copy (parents, spouses with their IDs).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks), sets 31/63 (a service for one person asked by another is the one it is
for: an elderly mother whose son writes; her phone and box `()` where only the son's
appear), set 37 (where only another's phone is given, phone `()`).
- The APPLICANT IS THE ONE WHO ASKS (or whom the service is for). The household's other
  members, the เจ้าบ้าน, the parents, the spouse, the child on a birth certificate, the
  payee who receives an allowance for an elder and the proxy are OTHERS unless the
  applicant is among them (in docx_house_reg_table v1 the applicant is the เจ้าบ้าน).
- A mother asking the newborn grant (เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด) is the
  applicant: the grant's form names the parent as ผู้ขอ; the child's ID and birth date and
  the father's are never hers.
- Full name: as the applicant writes it, or as her ID card copy prints it ("นาง บุญเรือน
  ศรีสะอาด", a space after the title, also accepted); never the English name alone is
  required, and never a name she asks to take (a wife's new surname after marriage).
- The ID card's issue and expiry dates are never the birth date; the รหัสประจำบ้าน (11
  digits), the laser code, a bank account (ten digits, some starting 08/09/02 like a
  phone), a birth certificate's number and a request's number are never an ID or a phone.
- Address: where the applicant lives (the house on the copy of her registration); a
  payee's or son's home elsewhere never. Province and postal code of that address.
- Birth date ISO, only the applicant's.
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
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@sakaeocity.example.go.th"
CITY = "เทศบาลเมืองสระแก้ว"
DISTRICT = "ที่ว่าการอำเภอเมืองปราจีนบุรี"
TAO = "องค์การบริหารส่วนตำบลท่าตูม"
SK = "สระแก้ว"
PB = "ปราจีนบุรี"
EN_MONTHS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
)

PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือน", "ศรีสะอาด", "327010045213", date(1951, 3, 12), "0815724409", "",
      "45", "3", "", "", "ท่าเกษม", "เมืองสระแก้ว", SK, "27000"),
    P("นาย", "ประยูร", "แสงจันทร์", "327020011846", date(1955, 7, 4), "0869035112", "prayoon.sj@gmail.com",
      "112", "7", "", "", "ป่าร่อง", "อรัญประเทศ", SK, "27120"),
    P("นางสาว", "สุภาวดี", "คงเจริญ", "125010076634", date(1996, 1, 23), "0924417758", "supawadee.kc@gmail.com",
      "8/2", "", "", "ปราจีนอนุสรณ์", "หน้าเมือง", "เมืองปราจีนบุรี", PB, "25000"),
    P("นาย", "ธีรวัฒน์", "พรมมา", "125040028871", date(1988, 11, 30), "0897720143", "teerawat.pm@hotmail.com",
      "77/5", "4", "", "", "ท่าตูม", "ศรีมหาโพธิ", PB, "25140"),
    P("นาง", "จันทร์เพ็ญ", "วงษ์ทอง", "127050034410", date(1990, 5, 17), "0638814027", "chanpen.wt@gmail.com",
      "19", "9", "", "", "วังน้ำเย็น", "วังน้ำเย็น", SK, "27210"),
    P("นาย", "สมศักดิ์", "ทองดี", "325020019935", date(1949, 9, 8), "0818860214", "",
      "203", "2", "", "", "เมืองเก่า", "กบินทร์บุรี", PB, "25110"),
    P("นางสาว", "ณัฐชา", "อินทรประเสริฐ", "127010088127", date(1999, 12, 2), "0955528316", "natcha.ip@gmail.com",
      "5/11", "", "", "สุวรรณศร", "สระแก้ว", "เมืองสระแก้ว", SK, "27000"),
    P("นาง", "วิไลวรรณ", "แก้วกาญจนา", "125030041158", date(1984, 4, 25), "0867713309", "wilaiwan.kk@yahoo.com",
      "61", "6", "", "", "ประจันตคาม", "ประจันตคาม", PB, "25130"),
    P("นาย", "อนันต์", "ชัยมงคล", "327030052246", date(1979, 2, 14), "0813347720", "anan.cm@gmail.com",
      "88", "1", "", "", "วัฒนานคร", "วัฒนานคร", SK, "27160"),
    P("นาง", "ละเอียด", "บุญมาก", "325010009312", date(1947, 10, 19), "0802246673", "",
      "14", "5", "", "", "ไม้เค็ด", "เมืองปราจีนบุรี", PB, "25000"),
    P("นางสาว", "พิมพ์ลดา", "ศรีสุข", "125020063381", date(1993, 6, 6), "0829914405", "pimlada.ss@gmail.com",
      "240", "8", "", "", "กบินทร์", "กบินทร์บุรี", PB, "25110"),
    P("นาย", "วีระพงษ์", "หอมจันทร์", "127020077415", date(1986, 8, 21), "0886651902", "weerapong.hc@gmail.com",
      "31/4", "10", "", "", "ท่าข้าม", "อรัญประเทศ", SK, "27120"),
    P("นาย", "เสถียร", "ปานทอง", "327040019954", date(1958, 1, 9), "0819931287", "sathian.pt@gmail.com",
      "66", "2", "", "", "เขาฉกรรจ์", "เขาฉกรรจ์", SK, "27000"),
    P("นาง", "สมจิตร", "ดวงแก้ว", "325010028813", date(1960, 6, 30), "0864452219", "somjit.dk@hotmail.com",
      "9", "11", "", "", "รอบเมือง", "เมืองปราจีนบุรี", PB, "25000"),
)  # fmt: skip

# The names as the ID card prints them in English.
EN: tuple[tuple[str, str], ...] = (
    ("Mrs. Boonruean", "Srisaard"), ("Mr. Prayoon", "Saengchan"), ("Miss Supawadee", "Khongcharoen"),
    ("Mr. Teerawat", "Promma"), ("Mrs. Chanpen", "Wongthong"), ("Mr. Somsak", "Thongdee"),
    ("Miss Natcha", "Intaraprasert"), ("Mrs. Wilaiwan", "Kaewkanjana"), ("Mr. Anan", "Chaimongkol"),
    ("Mrs. La-iad", "Boonmak"), ("Miss Pimlada", "Srisuk"), ("Mr. Weerapong", "Homchan"),
    ("Mr. Sathian", "Panthong"), ("Mrs. Somjit", "Duangkaew"),
)  # fmt: skip

# Others' first names by title: family members, spouses, fathers, sons, payees.
MEN = ("สมชาย", "บุญมี", "ชาตรี", "ประเสริฐ", "วิชัย", "สุรชัย", "ทองใบ", "ไพโรจน์")
WOMEN = ("สมหวัง", "กนกวรรณ", "มาลี", "ทองพูล", "รัตนา", "อรอุมา", "บุญตา", "นงลักษณ์")
BOYS = ("ภูมิ", "ธนกฤต", "ปัณณวัฒน์")
GIRLS = ("ปริม", "ณิชา", "ข้าวหอม")
SURNAMES = ("บุญประคอง", "จันทร์หอม", "ศรีวิชัย", "แสงทอง", "ทองมาก", "พึ่งบุญ")


@dataclass(frozen=True)
class Member:
    name: str
    nid: str
    born: date
    sex: str
    role: str  # เจ้าบ้าน, ผู้อาศัย; or a relation


def other_id(seed: int, prefix: str = "1") -> str:
    area = "27" if seed % 2 else "25"  # the province's code, Sa Kaeo or Prachin Buri
    return with_check_digit(f"{prefix}{area}{(seed * 7919 + 104729) % 10**9:09d}")


def other(kind: str, k: int, last: str, born: date, role: str, seed: int) -> Member:
    pools = {"นาย": MEN, "นาง": WOMEN, "นางสาว": WOMEN, "เด็กชาย": BOYS, "เด็กหญิง": GIRLS}
    first = pools[kind][k % len(pools[kind])]
    sex = "ชาย" if kind in ("นาย", "เด็กชาย") else "หญิง"
    prefix = "3" if born.year < 1984 else "1"
    return Member(f"{kind}{first} {last}", other_id(seed, prefix), born, sex, role)


def self_member(a: Party, role: str) -> Member:
    p = a.p
    return Member(a.name, p.nid, p.born, "ชาย" if p.title == "นาย" else "หญิง", role)


def household(a: Party, i: int, *, head: bool) -> list[Member]:
    """The house's members: a parent as เจ้าบ้าน (or the applicant, `head`), a spouse or
    sibling, a child; the applicant among them as ผู้อาศัย."""
    p = a.p
    y = p.born.year
    me = self_member(a, "เจ้าบ้าน" if head else "ผู้อาศัย")
    if head:
        rest = [other("นาง" if p.title == "นาย" else "นาย", i, p.last, date(y + 2, 1 + i % 12, 3 + i % 25), "ผู้อาศัย", 31 * i + 1),
                other("เด็กหญิง", i, p.last, date(max(y + 28, 2012), 1 + (i + 4) % 12, 9 + i % 19), "ผู้อาศัย", 31 * i + 2)]  # fmt: skip
        return [me, *rest]
    older = date(y - 27, 1 + (i + 2) % 12, 1 + (i * 3) % 27)
    return [
        other("นาย", i + 1, p.last, older, "เจ้าบ้าน", 31 * i + 3),
        other(
            "นาง",
            i + 2,
            p.last,
            date(older.year + 2, 1 + (i + 7) % 12, 2 + i % 26),
            "ผู้อาศัย",
            31 * i + 4,
        ),
        me,
        other(
            "นาย" if i % 2 else "นางสาว",
            i + 3,
            p.last,
            date(y + 3, 1 + (i + 5) % 12, 4 + i % 24),
            "ผู้อาศัย",
            31 * i + 5,
        ),
    ]


def house_code(a: Party, i: int, dashed: bool = True) -> str:
    p = a.p
    head = p.nid[1:5]
    mid = f"{(int(p.nid[5:11]) + 313 * i) % 10**6:06d}"
    tail = str(i % 9 + 1)
    return f"{head}-{mid}-{tail}" if dashed else head + mid + tail


def laser(i: int) -> str:
    letters = ("JT", "ME", "JC", "AA", "BE", "ID")[i % 6]
    return f"{letters}{i % 3}-{(3817245 + 104729 * i) % 10**7:07d}-{(17 * i + 5) % 100:02d}"


def account(i: int) -> tuple[str, str]:
    """A bank account: its number as the book prints it, and the bank and branch."""
    heads = ("098", "081", "020", "406", "093", "085")
    n = f"{heads[i % 6]}{(5417263 + 7321 * i) % 10**7:07d}"
    bank = ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาสระแก้ว", "ธนาคารกรุงไทย สาขาปราจีนบุรี",
            "ธนาคารออมสิน สาขาอรัญประเทศ", "ธนาคารกสิกรไทย สาขากบินทร์บุรี")[i % 4]  # fmt: skip
    return f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", bank


def en_day(d: date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def th_short(d: date, thai_digits: bool = True) -> str:
    s = f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"
    return thai(s) if thai_digits else s


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def spaced(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def card_dates(a: Party, i: int) -> tuple[date, date | None]:
    """Issue and expiry: a card lasts to the birthday eight years on; from 70 it is for life."""
    b = a.p.born
    issue = date(2020 + i % 5, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
    if 2026 - b.year >= 70:
        return issue, None
    return issue, date(issue.year + 8, b.month, b.day)


def id_card_lines(a: Party, i: int, *, attest: bool = True) -> list[str]:
    p = a.p
    k = PEOPLE.index(a)
    en_first, en_last = EN[k]
    issue, expiry = card_dates(a, i)
    exp_th = "ตลอดชีพ" if expiry is None else th_short(expiry)
    exp_en = "LIFELONG" if expiry is None else en_day(expiry)
    lines = [
        "บัตรประจำตัวประชาชน Thai National ID Card",
        f"เลขประจำตัวประชาชน Identification Number {spaced(p.nid)}",
        f"ชื่อตัวและชื่อสกุล {p.title} {p.first} {p.last}",
        f"Name {en_first}",
        f"Last name {en_last}",
        f"เกิดวันที่ {th_short(p.born)}",
        f"Date of Birth {en_day(p.born)}",
        "ศาสนา พุทธ",
        f"ที่อยู่ {home(a, i + 1)}",
        f"{th_short(issue)} วันออกบัตร  Date of Issue {en_day(issue)}",
        f"{exp_th} วันบัตรหมดอายุ  Date of Expiry {exp_en}",
        f"(ด้านหลังบัตร) {laser(i)}",
    ]
    if attest:
        lines += ["สำเนาถูกต้อง", f"ลงชื่อ ........................ ({a.name})"]
    return lines


def house_lines(a: Party, i: int, members: list[Member]) -> list[str]:
    lines = [
        "สำเนาทะเบียนบ้าน (ท.ร.14)",
        f"เลขรหัสประจำบ้าน {house_code(a, i, dashed=i % 2 == 0)}",
        f"ที่อยู่ {home(a, i)}",
        f"วันเดือนปีที่กำหนดบ้านเลขที่ {th_short(date(1989, 2, 14 + i % 10))}",
        "รายการบุคคลในบ้าน",
    ]
    for n, m in enumerate(members, 1):
        lines.append(
            f"{n}. ชื่อ {m.name} เลขประจำตัวประชาชน {nid_w(m.nid, i + n)} เพศ {m.sex} "
            f"เกิด {th_short(m.born, thai_digits=bool(i % 2))} สถานภาพ {m.role}"
        )
    lines += ["สำเนาถูกต้อง", f"ลงชื่อ ........................ ({members[0].name}) เจ้าบ้าน"]
    return lines


def bank_lines(a: Party, i: int, owner: str | None = None) -> list[str]:
    no, bank = account(i)
    return [
        "สำเนาหน้าสมุดบัญชีเงินฝาก",
        bank,
        f"ชื่อบัญชี {owner or a.name}",
        f"เลขที่บัญชี {no}",
        "ประเภท ออมทรัพย์",
    ]


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set95-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    k = PEOPLE.index(a)
    return f"{EN[k][0].split()[1]} {EN[k][1]} <{a.p.email}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str = "") -> dict[str, tuple[str, ...]]:
    """The applicant's own values; her name also as the ID card prints it."""
    p = a.p
    e = exp(a, keys or ALL)
    e["full_name"] = (a.name, f"{p.title} {p.first} {p.last}")
    if not p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, *, phone: bool = False) -> dict[str, tuple[str, ...]]:
    """A service for a person asked by another: the sender's phone and box never hers."""
    e = own(a)
    e["email"] = ()
    if not phone:
        e["phone"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_elderly_pasted_copies": "the elder who asks herself; the ID card and bank book pasted are hers",
    "plain_line_forward_house_reg": "the sender (ผู้อาศัย); the เจ้าบ้าน father and other members never",
    "plain_iphone_newborn_grant": "the mother; the child and the father on the birth certificate never",
    "plain_outlook_son_for_mother": "the mother the son writes for; the son (เจ้าบ้าน, his ID, phone, box) never",
    "plain_webform_birth_cert_copy": "the one who asks his own birth certificate; his parents never",
    "html_gmail_id_card_table": "the sender; her ID card copy's table is hers",
    "html_outlook_marriage_status": "the wife who asks; the husband on the marriage certificate never",
    "html_yahoo_members_table": "the sender (ผู้อาศัย); the เจ้าบ้าน and other rows never",
    "html_webform_bank_change": "the elder who changes his account; the account number never a phone",
    "docx_general_request_id_copy": "the one who signs the คำร้องทั่วไป and the ID copy",
    "docx_house_reg_table": "the sender: the เจ้าบ้าน in v1, a ผู้อาศัย in v2; others never",
    "docx_marriage_surname_change": "the wife (her name as now); the husband never, her new surname never",
    "docx_elderly_form_daughter_payee": "the elder on the form; the daughter who sends it and takes the money never",
    "pdf_typed_id_copy_signed": "the sender; her typed ID card copy",
    "pdf_typed_house_reg": "the sender (ผู้อาศัย); the เจ้าบ้าน and others never",
    "pdf_fillable_elderly_allowance": "the ผู้ขอ; the ผู้รับมอบอำนาจ section (v2) never",
    "pdf_typed_birth_cert_copy": "the mother who asks; the child and the father never",
    "xlsx_household_sheet": "the row marked ผู้ยื่นคำขอ (the sender); other rows never",
    "xlsx_id_copy_cells": "the sender; the sheet laid out as her ID card copy",
    "xlsx_allowance_payee_sheet": "the elder's row; the daughter payee's row and the sender never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_elderly_pasted_copies(a: Party, i: int) -> Case:
    """An elder asks from Gmail to register for the old-age allowance; he types his ID
    card (issue and expiry, laser code) and his bank book's first page into the mail."""
    p = a.p
    text = (
        f"เรียน นายก{CITY}\n\n{me(a)} {a.name} อายุ {2026 - p.born.year} ปี ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ "
        f"ประจำปีงบประมาณ 2570 {ending(a)} เนื่องจากเครื่องสแกนเสีย จึงพิมพ์ข้อมูลตามสำเนาเอกสารมาให้ก่อน\n\n"
        "=== สำเนาบัตรประชาชน ===\n" + "\n".join(id_card_lines(a, i)) + "\n\n"
        "=== สมุดบัญชี (ให้โอนเข้าบัญชีนี้) ===\n" + "\n".join(bank_lines(a, i)) + "\n\n"
        f"ติดต่อ {mobile(p.mobile, i)}\n{a.name}\n"
    )
    raw = message(i, "ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ ปี 2570", own_box(a), text=text)
    return Case("plain_gmail_elderly_pasted_copies", raw, own(a))


def plain_line_forward_house_reg(a: Party, i: int) -> Case:
    """A LINE chat exported and mailed: the applicant's own lines asking a certificate
    that she lives in the house, and the house registration her father typed out in the
    chat (he is the เจ้าบ้าน; four members)."""
    p = a.p
    members = household(a, i, head=False)
    father = members[0].name.split()[0][3:]
    stamp = "2026.12.0" + str(1 + i % 5)
    chat = "\n".join(
        f"{stamp} 19:{10 + n:02d} พ่อ{father}\t{x}" for n, x in enumerate(house_lines(a, i, members))
    )
    text = (
        f"เรียน งานทะเบียนราษฎร {CITY}\n\n{me(a)} {a.name} ขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้าน "
        f"เพื่อใช้ประกอบการสมัครงาน เลขบัตร {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} โทร {mobile(p.mobile, i + 1)}\n"
        "ข้อมูลทะเบียนบ้านคุณพ่อพิมพ์ส่งมาทางไลน์ ส่งต่อให้ตามนี้ค่ะ\n\n"
        f"[LINE] ประวัติการแชทกับ พ่อ\nวันที่บันทึก: {stamp} 20:02\n\n{chat}\n"
        f"{stamp} 19:30 {p.first}\tขอบคุณค่ะพ่อ\n"
    )
    raw = message(i, "Fw: ข้อมูลทะเบียนบ้าน (จากไลน์)", own_box(a), text=text)
    return Case("plain_line_forward_house_reg", raw, own(a))


def birth_cert_lines(mother: Party, i: int) -> tuple[list[str], Member, Member]:
    p = mother.p
    kind = "เด็กชาย" if i % 2 else "เด็กหญิง"
    last = SURNAMES[i % len(SURNAMES)]
    child = other(kind, i, last, date(2026, 1 + i % 11, 3 + i % 24), "บุตร", 53 * i + 7)
    father = other(
        "นาย", i + 4, last, date(p.born.year - 2, 1 + (i + 3) % 12, 11 + i % 17), "บิดา", 53 * i + 8
    )
    lines = [
        "สำเนาสูติบัตร (ท.ร.1 ตอนหนึ่ง)",
        f"เลขที่ {thai(str(3100 + i))}/๒๕๖๙",
        f"ชื่อ {child.name} เลขประจำตัวประชาชน {nid_w(child.nid, i)}",
        f"เกิดวันที่ {thai_day(child.born)} เวลา 04.35 น. ณ โรงพยาบาลสมเด็จพระยุพราชสระแก้ว",
        f"มารดา {mother.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} สัญชาติ ไทย อายุ {2026 - p.born.year} ปี",
        f"บิดา {father.name} เลขประจำตัวประชาชน {nid_w(father.nid, i + 2)} สัญชาติ ไทย อายุ {2026 - father.born.year} ปี",
        f"ผู้แจ้ง {father.name} (บิดา)",
    ]
    return lines, child, father


def plain_iphone_newborn_grant(a: Party, i: int) -> Case:
    """A mother asks from her iPhone the newborn grant; she types the birth certificate
    (the child, her, the father with IDs) and her own ID card lines."""
    p = a.p
    lines, child, _ = birth_cert_lines(a, i)
    text = (
        f"เรียน {CITY}\n\n{me(a)}ขอลงทะเบียนขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด ให้ลูก {child.name} "
        f"ที่เกิดเมื่อ {born_th(child.born, i)} ค่ะ ข้อมูลตามเอกสารด้านล่าง\n\n"
        + "\n".join(lines)
        + "\n\nบัตรประชาชนแม่ (ผู้ขอ)\n"
        + "\n".join(id_card_lines(a, i, attest=False))
        + "\n\n"
        f"เบอร์ติดต่อ {tel(a, i + 2)}\nขอบคุณค่ะ\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอรับเงินอุดหนุนเด็กแรกเกิด", own_box(a), text=text)
    return Case("plain_iphone_newborn_grant", raw, own(a))


SONS: tuple[tuple[str, str, str, str], ...] = (
    ("นายวิรัตน์ ศรีสะอาด", other_id(901, "3"), "0896632014", "wirat.srisaard@outlook.com"),
    ("นายสุรเชษฐ์ บุญมาก", other_id(902, "3"), "0847719325", "surachet.bm@outlook.co.th"),
)


def plain_outlook_son_for_mother(a: Party, i: int) -> Case:
    """A son (the เจ้าบ้าน) asks for his elderly mother's allowance to go on after she
    moved in with him; the house registration he typed (him first, his ID), her ID
    card lines; his phone and box only."""
    son, son_id, son_mob, son_box = SONS[i % 2]
    mom = self_member(a, "ผู้อาศัย (มารดา)")
    members = [Member(son, son_id, date(1975 + i % 5, 4, 2 + i % 20), "ชาย", "เจ้าบ้าน"), mom,
               other("นาง", i + 5, son.split()[1], date(1978, 9, 14), "ผู้อาศัย", 77 * i + 3)]  # fmt: skip
    text = (
        f"เรียน เจ้าหน้าที่งานพัฒนาชุมชนและสวัสดิการสังคม\n\nผม {son} เลขประจำตัวประชาชน {nid_w(son_id, i)} "
        f"ขอแจ้งเรื่องแทนมารดา {a.name} ซึ่งอายุมากและเดินไม่สะดวก ขอให้ท่านจ่ายเบี้ยยังชีพผู้สูงอายุของมารดาต่อเนื่อง "
        "มารดาอยู่กับผมตามทะเบียนบ้านด้านล่างครับ\n\n"
        + "\n".join(house_lines(a, i, members))
        + "\n\nสำเนาบัตรประจำตัวประชาชนมารดา\n"
        + "\n".join(id_card_lines(a, i))
        + "\n\n"
        f"หากต้องการเอกสารเพิ่มเติม โทรหาผม {mobile(son_mob, i)} ครับ\n\n{son}\n"
        "-----\nSent from Outlook for iOS\n"
    )
    raw = message(i, "เบี้ยยังชีพของมารดา (ลูกชายแจ้งแทน)", f"{son[3:]} <{son_box}>", text=text)
    return Case("plain_outlook_son_for_mother", raw, for_other(a))


def plain_webform_birth_cert_copy(a: Party, i: int) -> Case:
    """The district's web form notification: a man asks a certified copy of his own birth
    record; the form's fields, then the parents' names and IDs as he typed them."""
    p = a.p
    last = p.last
    dad = other("นาย", i + 6, last, date(p.born.year - 30, 5, 1 + i % 27), "บิดา", 61 * i + 1)
    mom = other("นาง", i + 6, last, date(p.born.year - 26, 8, 2 + i % 26), "มารดา", 61 * i + 2)
    text = (
        "มีคำขอใหม่จากแบบฟอร์มออนไลน์ (e-Service)\n"
        f"หน่วยงาน: {DISTRICT}\nบริการ: ขอคัดและรับรองสำเนาสูติบัตร / ทะเบียนประวัติ\n"
        f"เลขที่คำขอ: ES-2569-{48120 + i}\n------------------------------\n"
        f"ชื่อ-นามสกุล ผู้ยื่นคำขอ:\n{a.name}\n"
        f"เลขประจำตัวประชาชน:\n{nid_w(p.nid, i)}\n"
        f"วันเดือนปีเกิด:\n{born_th(p.born, i + 1)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน:\n{home(a, i)}\n"
        f"โทรศัพท์มือถือ:\n{mobile(p.mobile, i + 2)}\n"
        f"อีเมล:\n{p.email}\n"
        f"ข้อมูลในสูติบัตร (ตามสำเนาเดิม):\nบิดา {dad.name} เลขประจำตัว {nid_w(dad.nid, i + 1)}\n"
        f"มารดา {mom.name} เลขประจำตัว {nid_w(mom.nid, i + 2)}\nสถานที่เกิด โรงพยาบาลเจ้าพระยาอภัยภูเบศร\n"
        "เหตุผล: สูติบัตรฉบับเดิมชำรุด ใช้ยื่นขอหนังสือเดินทาง\n------------------------------\n"
        "อีเมลนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(
        i,
        f"[e-Service] คำขอใหม่ ES-2569-{48120 + i}",
        "e-Service <noreply@prachinburi.example.go.th>",
        text=text,
    )
    return Case("plain_webform_birth_cert_copy", raw, own(a))


# --- HTML ----------------------------------------------------------------------------------


def rows_html(rows: list[tuple[str, str]]) -> str:
    return ('<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Tahoma">'
            + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")  # fmt: skip


def card_rows(a: Party, i: int) -> list[tuple[str, str]]:
    p = a.p
    en_first, en_last = EN[PEOPLE.index(a)]
    issue, expiry = card_dates(a, i)
    return [
        ("เลขประจำตัวประชาชน / Identification Number", spaced(p.nid)),
        ("ชื่อตัวและชื่อสกุล", f"{p.title} {p.first} {p.last}"),
        ("Name / Last name", f"{en_first} / {en_last}"),
        ("เกิดวันที่", th_short(p.born)),
        ("Date of Birth", en_day(p.born)),
        ("ที่อยู่", home(a, i)),
        ("วันออกบัตร / Date of Issue", f"{th_short(issue)} / {en_day(issue)}"),
        (
            "วันบัตรหมดอายุ / Date of Expiry",
            "ตลอดชีพ / LIFELONG" if expiry is None else f"{th_short(expiry)} / {en_day(expiry)}",
        ),
        ("Laser ID (หลังบัตร)", laser(i)),
    ]


def html_gmail_id_card_table(a: Party, i: int) -> Case:
    """Gmail: a young woman asks a certificate of residence; her ID card copy as a table
    she built, "สำเนาถูกต้อง" under it; her phone in the signature."""
    p = a.p
    html = (
        f'<div dir="ltr"><div>เรียน {CITY}</div><div><br></div>'
        f"<div>{me(a)}ขอหนังสือรับรองที่อยู่ เพื่อใช้ยื่นขอใช้ไฟฟ้ากับการไฟฟ้าส่วนภูมิภาค แนบข้อมูลบัตรประชาชนดังนี้{ending(a)}</div><div><br></div>"
        f"{rows_html(card_rows(a, i))}<div>สำเนาถูกต้อง</div><div><br></div>"
        f'<div>--</div><div dir="ltr">{a.name}<br>{mobile(p.mobile, i)}</div></div>'
    )
    raw = message(i, "ขอหนังสือรับรองที่อยู่", own_box(a), html=html)
    return Case("html_gmail_id_card_table", raw, own(a))


def html_outlook_marriage_status(a: Party, i: int) -> Case:
    """Outlook: a wife asks a certificate of her marital status (คร.22) for a bank loan;
    the marriage certificate (คร.3) typed as a table: husband first with ID and birth
    date, then her; her signature below."""
    p = a.p
    last = SURNAMES[(i + 2) % len(SURNAMES)]
    hus = other(
        "นาย", i + 2, last, date(p.born.year - 3, 1 + (i + 6) % 12, 5 + i % 22), "สามี", 71 * i + 9
    )
    rows = [("ทะเบียนสมรส (คร.3) เลขที่", f"{thai(str(412 + i))}/๒๕๕๘"), ("สำนักทะเบียน", "อำเภอประจันตคาม"),
            ("ชื่อ-สกุล ฝ่ายชาย", hus.name), ("เลขประจำตัวประชาชน (ฝ่ายชาย)", nid_w(hus.nid, i)),
            ("เกิดวันที่ (ฝ่ายชาย)", born_th(hus.born, i)), ("ชื่อ-สกุล ฝ่ายหญิง", a.name),
            ("เลขประจำตัวประชาชน (ฝ่ายหญิง)", nid_w(p.nid, i + 1)), ("เกิดวันที่ (ฝ่ายหญิง)", born_th(p.born, i + 1)),
            ("วันจดทะเบียน", thai_day(date(2015, 2, 14)))]  # fmt: skip
    paras = ["เรียน นายอำเภอเมืองปราจีนบุรี", "",
             f"ดิฉัน {a.name} อยู่บ้านเลขที่ {home(a, i)} ขอหนังสือรับรองสถานภาพการสมรส (คร.22) เพื่อใช้ประกอบการขอสินเชื่อ",
             "รายละเอียดตามทะเบียนสมรสดังนี้ค่ะ"]  # fmt: skip
    sig = (f'{rows_html(rows)}<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">ขอแสดงความนับถือ<br>{a.name}<br>'
           f'โทร. {mobile(p.mobile, i + 1)}<br><a href="mailto:{p.email}">{p.email}</a></p>')  # fmt: skip
    raw = message(i, "ขอหนังสือรับรองสถานภาพการสมรส", own_box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_marriage_status", raw, own(a))


def html_yahoo_members_table(a: Party, i: int) -> Case:
    """Yahoo: a son living in his parents' house asks a certified copy of its
    registration; the members as an HTML table (the father เจ้าบ้าน first)."""
    p = a.p
    members = household(a, i, head=False)
    head = "<tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>วันเกิด</th><th>สถานภาพ</th></tr>"
    body = "".join(f"<tr><td>{n}</td><td>{m.name}</td><td>{nid_w(m.nid, i + n)}</td><td>{born_th(m.born, i + n)}</td><td>{m.role}</td></tr>"
                   for n, m in enumerate(members, 1))  # fmt: skip
    html = (
        f'<html><body><div style="font-family:Helvetica"><p>เรียน งานทะเบียน {TAO}</p>'
        f"<p>{me(a)} {a.name} ผู้อาศัยลำดับที่ 3 ในทะเบียนบ้านเลขรหัสประจำบ้าน {house_code(a, i)} "
        f"บ้านเลขที่ {home(a, i)} ขอคัดและรับรองสำเนาทะเบียนบ้าน 2 ชุด เพื่อใช้สมัครงานราชการ{ending(a)}</p>"
        f'<table border="1" cellspacing="0">{head}{body}</table>'
        f"<p>ติดต่อ {me(a)} {mobile(p.mobile, i + 3)}</p><p>{a.name}</p>"
        f'<div class="yahoo-signature"><a href="https://mail.yahoo.com">ส่งจาก Yahoo Mail บน Android</a></div></div></body></html>'
    )
    raw = message(i, "ขอคัดสำเนาทะเบียนบ้าน", own_box(a), html=html)
    return Case("html_yahoo_members_table", raw, own(a))


def html_webform_bank_change(a: Party, i: int) -> Case:
    """An HTML web-form notification: an elder changes the account his allowance goes
    to; the form's table (his lines), the new bank book's first page, the old account."""
    p = a.p
    new_no, bank = account(i)
    old_no, _ = account(i + 3)
    rows = [("ชื่อผู้รับเงินเบี้ยยังชีพ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i + 1)),
            ("เบอร์โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("บัญชีเดิม", old_no.replace("-", "")), ("บัญชีใหม่ (ตามสมุดบัญชี)", f"{bank} เลขที่ {new_no.replace('-', '') if i % 2 else new_no}"),
            ("ชื่อบัญชี", a.name), ("เหตุผล", "บัญชีเดิมถูกปิดเนื่องจากไม่มีการเคลื่อนไหว")]  # fmt: skip
    html = (
        '<html><body style="font-family:Sarabun,Tahoma"><h3>แบบคำร้องขอเปลี่ยนแปลงบัญชีรับเงิน</h3>'
        f"<p>เลขที่รับ WF-{2569}-{7301 + i} ส่งเมื่อ {1 + i % 6}/12/2569</p>{rows_html(rows)}"
        '<p style="color:#888">ข้อความนี้สร้างโดยระบบ e-Form กรุณาอย่าตอบกลับ</p></body></html>'
    )
    raw = message(
        i,
        f"[e-Form] คำร้องเปลี่ยนบัญชีรับเงิน WF-2569-{7301 + i}",
        "e-Form <no-reply@sakaeocity.example.go.th>",
        html=html,
    )
    return Case("html_webform_bank_change", raw, own(a))


# --- Word ----------------------------------------------------------------------------------


def docx_general_request_id_copy(a: Party, i: int) -> Case:
    """A คำร้องทั่วไป typed in Word (dotted lines filled), then on the same file the ID card
    copy typed with "สำเนาถูกต้อง" and a signature."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph(f"เขียนที่ {CITY}\nวันที่ {3 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2026 - p.born.year} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} โทรศัพท์ {mobile(p.mobile, i)}"
        )
        d.add_paragraph(
            "ขอยื่นคำร้องต่อนายกเทศมนตรี เรื่อง ขอหนังสือรับรองว่าเป็นผู้มีภูมิลำเนาในเขตเทศบาล เพื่อใช้ประกอบการขอทุนการศึกษาบุตร"
        )
        d.add_paragraph(f"ลงชื่อ....................ผู้ยื่นคำร้อง\n({a.name})")
        d.add_page_break()
        for line in id_card_lines(a, i):
            d.add_paragraph(line)

    raw = message(i, "คำร้องทั่วไป + สำเนาบัตร", own_box(a), text=f"เรียน งานธุรการ\nส่งคำร้องและสำเนาบัตรประชาชนตามไฟล์แนบ{ending(a)}\n",
                  files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_general_request_id_copy", raw, own(a))


def docx_house_reg_table(a: Party, i: int) -> Case:
    """A letter in Word and the house registration as a Word table: in v1 the applicant
    is the เจ้าบ้าน (his wife and daughter below him); in v2 a ผู้อาศัย."""
    p = a.p
    head = i % 2 == 0
    members = household(a, i, head=head)

    def build(d: Any) -> None:
        d.add_paragraph("เรื่อง ขอหนังสือรับรองการมีชื่อและที่อยู่ในทะเบียนบ้าน\nเรียน นายอำเภอเมืองปราจีนบุรี")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} {'เจ้าบ้าน' if head else 'ผู้อาศัย'} บ้านเลขที่ {home(a, i)} "
            f"รหัสประจำบ้าน {house_code(a, i, dashed=False)} ขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้านของข้าพเจ้า "
            f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}"
        )
        d.add_paragraph("สำเนาทะเบียนบ้าน (ท.ร.14) รายการบุคคลในบ้าน")
        t = d.add_table(rows=1, cols=5)
        for c, h in zip(
            t.rows[0].cells,
            ("ลำดับ", "ชื่อ-ชื่อสกุล", "เลขประจำตัวประชาชน", "เกิดวันที่", "สถานภาพ"),
            strict=True,
        ):
            c.text = h
        for n, m in enumerate(members, 1):
            for c, v in zip(
                t.add_row().cells,
                (str(n), m.name, nid_w(m.nid, i + n), th_short(m.born), m.role),
                strict=True,
            ):
                c.text = v
        d.add_paragraph(f"สำเนาถูกต้อง\nลงชื่อ ........................ ผู้ยื่นคำขอ\n({a.name})")

    raw = message(i, "ขอหนังสือรับรองการมีชื่อในทะเบียนบ้าน", own_box(a), text="แนบคำขอและสำเนาทะเบียนบ้านครับ/ค่ะ\n",
                  files=(("คำขอ_ทร14.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_house_reg_table", raw, own(a))


def docx_marriage_surname_change(a: Party, i: int) -> Case:
    """A wife asks in Word to take her husband's surname in the house registration; the
    marriage certificate copy typed in (husband first, his ID, birth date, home)."""
    p = a.p
    last = SURNAMES[(i + 4) % len(SURNAMES)]
    hus = other(
        "นาย", i + 5, last, date(p.born.year - 1, 1 + i % 12, 6 + i % 20), "สามี", 83 * i + 1
    )

    def build(d: Any) -> None:
        d.add_paragraph(f"เรื่อง ขอเปลี่ยนชื่อสกุลตามคู่สมรส\nเรียน นายทะเบียนท้องถิ่น{CITY}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ได้จดทะเบียนสมรสกับ {hus.name} แล้ว "
            f"มีความประสงค์ขอใช้ชื่อสกุลของคู่สมรส เป็น {p.title}{p.first} {last} โทร {mobile(p.mobile, i + 2)}"
        )
        d.add_paragraph("สำเนาทะเบียนสมรส (คร.2)")
        d.add_paragraph(
            f"ทะเบียนสมรสเลขที่ {thai(str(1290 + i))} เล่ม {thai(str(12 + i))} สำนักทะเบียนอำเภอวังน้ำเย็น"
        )
        d.add_paragraph(
            f"ฝ่ายชาย {hus.name} เลขประจำตัวประชาชน {nid_w(hus.nid, i + 1)} เกิด {th_short(hus.born, False)} "
            f"ที่อยู่ 7/3 หมู่ที่ 2 ตำบลหนองกี่ อำเภอกบินทร์บุรี จังหวัดปราจีนบุรี"
        )
        d.add_paragraph(
            f"ฝ่ายหญิง {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิด {th_short(p.born, False)}"
        )
        d.add_paragraph(f"จดทะเบียนเมื่อ {thai_day(date(2025, 11, 9 + i % 10))}\nสำเนาถูกต้อง")
        d.add_paragraph(f"ลงชื่อ....................ผู้ยื่นคำขอ\n({a.name})")

    raw = message(i, "ขอเปลี่ยนนามสกุลตามสามี", own_box(a), text="เรียน งานทะเบียนราษฎร\nแนบคำขอพร้อมสำเนาทะเบียนสมรสค่ะ\n",
                  files=(("ขอเปลี่ยนนามสกุล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_marriage_surname_change", raw, own(a))


DAUGHTERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางมาลี ทองดี", other_id(911, "3"), "0851146632", "malee.thongdee@gmail.com",
     "55/9 หมู่ที่ 4 ตำบลบ้านแก้ง อำเภอเมืองสระแก้ว จังหวัดสระแก้ว 27000"),
    ("นางสาวรัตนา บุญมาก", other_id(912, "3"), "0928804471", "rattana.bm@gmail.com",
     "120 หมู่ที่ 6 ตำบลประจันตคาม อำเภอประจันตคาม จังหวัดปราจีนบุรี 25130"),
)  # fmt: skip


def docx_elderly_form_daughter_payee(a: Party, i: int) -> Case:
    """The old-age allowance form typed in Word as a table: the elder's lines; a
    section where the daughter takes the money for her (her ID, phone, home, account);
    the daughter sends it from her box."""
    p = a.p
    dn, did, dm, dbox, dhome = DAUGHTERS[i % 2]
    no, bank = account(i)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2570")
        t = d.add_table(rows=0, cols=2)
        for k, v in (("ชื่อ-สกุล (ผู้สูงอายุ)", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                     ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
                     ("โทรศัพท์", mobile(p.mobile, i + 1)), ("สถานภาพ", "หม้าย")):  # fmt: skip
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
        d.add_paragraph("กรณีมอบอำนาจให้ผู้อื่นรับเงินแทน")
        t2 = d.add_table(rows=0, cols=2)
        for k, v in (("ผู้รับมอบอำนาจ", dn), ("เลขประจำตัวประชาชนผู้รับมอบอำนาจ", nid_w(did, i + 1)),
                     ("ความเกี่ยวข้อง", "บุตร"), ("ที่อยู่ผู้รับมอบอำนาจ", dhome), ("โทรศัพท์ผู้รับมอบอำนาจ", mobile(dm, i)),
                     ("ธนาคาร", bank), ("ชื่อบัญชี", dn), ("เลขที่บัญชี", no)):  # fmt: skip
            r = t2.add_row().cells
            r[0].text, r[1].text = k, v
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ยื่นคำขอ\n({a.name})\nลงชื่อ....................ผู้รับมอบอำนาจ\n({dn})"
        )

    raw = message(i, "ส่งแบบลงทะเบียนเบี้ยยังชีพให้แม่/พ่อ", f"{dn.split()[0][-4:]} <{dbox}>",
                  text="เรียน เจ้าหน้าที่\nส่งแบบคำขอของผู้สูงอายุที่กรอกแล้ว และสำเนาสมุดบัญชีค่ะ\n",
                  files=(("แบบคำขอเบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_elderly_form_daughter_payee", raw, for_other(a, phone=True))


# --- PDF -----------------------------------------------------------------------------------


def pdf_typed_id_copy_signed(a: Party, i: int) -> Case:
    """A text PDF of an ID card copy typed in Word and saved as PDF: the card's lines,
    "สำเนาถูกต้อง", the signature and "ใช้สำหรับ ..." crossing it; the mail asks a
    residence certificate and gives the phone."""
    p = a.p
    lines = [*id_card_lines(a, i), "ใช้สำหรับยื่นขอหนังสือรับรองที่อยู่ เท่านั้น"]
    paras: list[tuple[float, str]] = [(20, x) for x in lines]
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    text = (f"เรียน {CITY}\n{me(a)} {a.name} ขอหนังสือรับรองที่อยู่ แนบสำเนาบัตรประชาชนที่เซ็นรับรองแล้ว\n"
            f"ติดต่อกลับ {mobile(p.mobile, i + 3)}\n{p.first}\n")  # fmt: skip
    raw = message(i, "ขอหนังสือรับรองที่อยู่ (แนบสำเนาบัตร)", own_box(a), text=text,
                  files=(("สำเนาบัตรประชาชน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_id_copy_signed", raw, own(a))


def pdf_typed_house_reg(a: Party, i: int) -> Case:
    """A text PDF of the house registration typed out (four members, the father
    เจ้าบ้าน first); the mail body asks which papers a certificate of residence needs."""
    members = household(a, i, head=False)
    paras: list[tuple[float, str]] = [(20, x) for x in house_lines(a, i, members)]
    data = pdf_page(flow(paras, 13, "Garuda", step=8), size=13, face="Garuda")
    text = (f"เรียน งานทะเบียนราษฎร {DISTRICT}\n\n{me(a)} {a.name} เป็นผู้อาศัยในทะเบียนบ้านที่แนบ "
            f"ขอทราบเอกสารที่ต้องใช้ในการขอหนังสือรับรองการเป็นผู้อาศัย{ending(a)}\n"
            f"เบอร์ {tel(a, i)}\n\n{a.name}\n")  # fmt: skip
    raw = message(i, "สอบถามเอกสาร ทะเบียนบ้าน", own_box(a), text=text,
                  files=(("ทะเบียนบ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_house_reg", raw, own(a))


def pdf_fillable_elderly_allowance(a: Party, i: int) -> Case:
    """The อบต.'s fillable allowance form (Thai field names): the ผู้ขอ's lines, the bank
    account; a proxy section, empty in v1, filled in v2."""
    p = a.p
    no, bank = account(i)
    proxy = (DAUGHTERS[0][0], DAUGHTERS[0][1], DAUGHTERS[0][2]) if i % 2 else ("", "", "")
    labels = [(40, 18, f"แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ {TAO}"), (20, 40, "ชื่อ-สกุล"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "เกิดวันที่"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (110, 70, "อีเมล"), (20, 84, "ธนาคาร"), (110, 84, "เลขที่บัญชี"),
              (20, 104, "กรณีมอบอำนาจ ชื่อผู้รับมอบอำนาจ"), (20, 114, "เลขประจำตัวประชาชนผู้รับมอบอำนาจ"),
              (20, 124, "โทรศัพท์ผู้รับมอบอำนาจ"), (20, 150, "ลงชื่อ ........................ ผู้ยื่นคำขอ")]  # fmt: skip
    fields = [Field("ชื่อสกุล", a.name, 45, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("เกิดวันที่", born_th(p.born, i), 135, 50, 45), Field("ที่อยู่", home(a, i), 35, 60, 160),
              Field("โทรศัพท์", tel(a, i), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("ธนาคาร", bank, 40, 84, 65), Field("เลขที่บัญชี", no, 135, 84, 50),
              Field("ชื่อผู้รับมอบอำนาจ", proxy[0], 90, 104, 90), Field("เลขประจำตัวประชาชนผู้รับมอบอำนาจ", proxy[1], 95, 114, 55, comb=13),
              Field("โทรศัพท์ผู้รับมอบอำนาจ", proxy[2], 75, 124, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบคำขอเบี้ยยังชีพ (PDF)", own_box(a), text=f"ส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("เบี้ยยังชีพ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_elderly_allowance", raw, own(a))


def pdf_typed_birth_cert_copy(a: Party, i: int) -> Case:
    """A mother's typed letter as PDF asking the newborn grant, her block top right, then
    the birth certificate's lines typed below (the child, her, the father)."""
    p = a.p
    lines, child, _ = birth_cert_lines(a, i)
    paras: list[tuple[float, str]] = [(115, home(a, i)), (115, f"{4 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด"), (20, f"เรียน นายก{TAO}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  f"มารดาของ {child.name} ขอลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด โทรศัพท์ {mobile(p.mobile, i)}"), (0, "")]  # fmt: skip
    paras += [(20, x) for x in lines] + [(0, ""), (110, "ขอแสดงความนับถือ"), (105, f"({a.name})")]
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอรับเงินอุดหนุนเด็กแรกเกิด", own_box(a), text="เรียน อบต.\nแนบหนังสือและสำเนาสูติบัตรค่ะ\n",
                  files=(("คำขอเงินอุดหนุน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_birth_cert_copy", raw, own(a))


# --- sheets --------------------------------------------------------------------------------


def xlsx_household_sheet(a: Party, i: int) -> Case:
    """A household's sheet for a survey of the อบต.: the house code and address on top,
    one row a member with a column of relation to the one who files (ผู้ยื่นคำขอ)."""
    p = a.p
    members = household(a, i, head=False)
    rel = {0: "บิดา", 1: "มารดา", 2: "ผู้ยื่นคำขอ", 3: "พี่/น้อง"}

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สมาชิกในบ้าน"
        ws.append(("ข้อมูลสมาชิกในครัวเรือน (ตามทะเบียนบ้าน ท.ร.14)",))
        ws.append(("รหัสประจำบ้าน", house_code(a, i, dashed=False)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "วันเกิด",
                "สถานภาพในทะเบียนบ้าน",
                "ความเกี่ยวข้องกับผู้ยื่น",
                "โทรศัพท์",
            )
        )
        for n, m in enumerate(members):
            ws.append((n + 1, m.name, nid_w(m.nid, i + n), born_th(m.born, i + n), m.role, rel[n],
                       mobile(p.mobile, i) if n == 2 else ""))  # fmt: skip

    raw = message(i, "ข้อมูลสมาชิกในครัวเรือน", own_box(a), text=f"เรียน {TAO}\nส่งข้อมูลสมาชิกในบ้านตามที่ขอ{ending(a)}\n{a.name}\n",
                  files=(("household.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_household_sheet", raw, own(a))


def xlsx_id_copy_cells(a: Party, i: int) -> Case:
    """A sheet laid out as an ID card copy (label in A, value in B), with her request,
    phone and box below."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สำเนาบัตร"
        for k, v in card_rows(a, i):
            ws.append((k, v))
        ws.append(("", "สำเนาถูกต้อง"))
        ws.append(())
        ws.append(("เรื่องที่ขอ", "ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนา"))
        ws.append(("โทรศัพท์ติดต่อ", mobile(p.mobile, i)))
        ws.append(("อีเมล", p.email))

    raw = message(i, "ขอหนังสือรับรองภูมิลำเนา", own_box(a), text="แนบไฟล์ข้อมูลบัตรประชาชนและคำขอ\n",
                  files=(("idcard.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_id_copy_cells", raw, own(a))


def xlsx_allowance_payee_sheet(a: Party, i: int) -> Case:
    """A daughter's sheet for her parent's allowance: the elder's row, her row as the
    payee (ID, phone, home, account) below; sent from her box."""
    p = a.p
    dn, did, dm, dbox, dhome = DAUGHTERS[(i + 1) % 2]
    no, bank = account(i)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เบี้ยยังชีพ"
        ws.append(("แบบยืนยันผู้รับเงินแทน เบี้ยยังชีพผู้สูงอายุ",))
        ws.append(("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "บัญชีธนาคาร"))
        ws.append(
            ("ผู้สูงอายุ (ผู้มีสิทธิ)", a.name, nid_w(p.nid, i), born_th(p.born, i), home(a, i), "-", "")
        )
        ws.append(
            ("ผู้รับเงินแทน (บุตร)", dn, nid_w(did, i + 1), "", dhome, mobile(dm, i), f"{bank} {no}")
        )

    raw = message(i, "ผู้รับเงินแทนผู้สูงอายุ", f"{dn.split()[0][-4:]} <{dbox}>", text="เรียน เจ้าหน้าที่\nส่งข้อมูลผู้รับเงินแทนค่ะ\n",
                  files=(("payee.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_allowance_payee_sheet", raw, for_other(a))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gmail_elderly_pasted_copies, (1, 12)),
    (plain_line_forward_house_reg, (2, 10)),
    (plain_iphone_newborn_grant, (4, 7)),
    (plain_outlook_son_for_mother, (0, 9)),
    (plain_webform_birth_cert_copy, (3, 11)),
    (html_gmail_id_card_table, (6, 8)),
    (html_outlook_marriage_status, (7, 13)),
    (html_yahoo_members_table, (11, 3)),
    (html_webform_bank_change, (12, 1)),
    (docx_general_request_id_copy, (8, 10)),
    (docx_house_reg_table, (3, 6)),
    (docx_marriage_surname_change, (4, 13)),
    (docx_elderly_form_daughter_payee, (5, 9)),
    (pdf_typed_id_copy_signed, (10, 2)),
    (pdf_typed_house_reg, (11, 6)),
    (pdf_fillable_elderly_allowance, (1, 12)),
    (pdf_typed_birth_cert_copy, (2, 10)),
    (xlsx_household_sheet, (8, 3)),
    (xlsx_id_copy_cells, (6, 11)),
    (xlsx_allowance_payee_sheet, (5, 0)),
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
