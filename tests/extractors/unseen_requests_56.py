"""A fifty-sixth set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A MUNICIPALITY'S REVENUE AND PERMITS DESK (กองคลัง and กองช่าง of
เทศบาลเมืองหัวหิน, Prachuap Khiri Khan): land and building tax (ภาษีที่ดินและสิ่งปลูกสร้าง:
โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง, the amount, the due date, the date paid), signboard tax
(ภาษีป้าย, ภ.ป.1: the signs' sizes and the tax), building and renovation permits (ข.1 for
the อ.1: the designer's and the site engineer's licence numbers ภว./สย./ภ-สถ., the
contractor's partnership), food-shop licences (สถานที่จำหน่ายอาหาร), by owners who live in
the town, owners who live in Bangkok or Nonthaburi and keep a house or land here,
ATTORNEYS (ผู้รับมอบอำนาจ) writing and sending for owners, companies and limited
partnerships with their 13-digit registration numbers (0 + office + kind + year + run +
check digit), their directors, their accountants; amounts, receipt and invoice numbers,
due dates and payment dates everywhere. Kinds: plain, HTML (Outlook, Gmail, the town's
e-service), Word (the desk's own forms filled in, letters), PDF (fillable ภ.ด.ส. and
ภ.ป.1 forms, typed letters scanned to PDF with the scanner's text layer), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 53 and 54, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the desk's clerk keeps.
- The APPLICANT is the one whose request it is: the owner of the land, the building or the
  sign, the licensee of the shop. An attorney (ผู้รับมอบอำนาจ), a son who helps, an
  accountant, an architect or engineer, a contractor, the desk's officer: never (a
  director signing for a company: see below, re-scored). WHO names the applicant per
  style, written before any run (the company styles' entries re-scored).
- A COMPANY OR PARTNERSHIP that is itself the taxpayer or the owner (its signboards, its
  building): as first written, the company was the applicant (its registered name the
  full_name, its 13-digit registration number the national_id). RE-SCORED under the
  project's documented convention (the lead's ruling after first sight; config/fields.toml
  full_name's comment, set 28, extractors/juristic.py): full_name and national_id are a
  NATURAL person's, so a company's name is never the applicant's full name nor its number
  her ID. Where a director or managing partner signs for the company, he is the applicant:
  full_name his name; national_id his ID where the request gives it, else `()` (no value or
  a flagged one right) since a juristic number stands there; address, phone and e-mail the
  company's office values AND his own where given. Where no one signs as director (the
  accountant, an admin officer writes): full_name `()`, national_id `()`; address, phone,
  e-mail the company's (registered office, office line, its own domain's box). FIRM_SIGNER
  says which, per style. Where the applicant is a PERSON, a company's number (a
  contractor's, the accountant's firm's, an employer's) is never her national_id.
  JURISTIC names, per style, where a juristic number stands.
- address: the applicant's own (where the person lives, the company's registered office);
  the taxed land's place, the building site, the sign's place, the shop's or stall's
  place, the branch, the attorney's, engineer's or accountant's never. Accepted: house
  number (a building's name and floor after it) to the อำเภอ/เขต, written out or short,
  with or without เลขที่/บ้านเลขที่, with or without the province (as typed) and postal
  code; province and postal code of that same address, the province by its official name.
- phone: the applicant's own (a person's mobile, a company's office line), expected only
  where given; the attorney's, accountant's, engineer's, contractor's, the desk's never.
- email: the applicant's own where she sends from it or gives it; an attorney's,
  accountant's, son's or a no-reply box never.
- birth_date ISO, only where the applicant's is given; a due date, a payment date, a
  receipt's, a licence's or a deed's date never.
- A deed's number, a parcel's number, a survey page, a ระวาง, an amount, a receipt or
  invoice number, a licence number is never an ID or a phone.
Everyone, every company and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Field,
    Person,
    acroform,
    docx_bytes,
    pdf_page,
    xlsx_bytes,
)
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "revenue@huahin.example.go.th"
TOWN = "เทศบาลเมืองหัวหิน"
MAYOR = "นายกเทศมนตรีเมืองหัวหิน"


@dataclass(frozen=True)
class Party:
    """An applicant or another party: a person, or a company (`juristic`), whose address
    is `p`'s, a building's name and floor in `dwelling` where there is one."""

    p: Person
    dwelling: str = ""
    juristic: bool = False

    @property
    def name(self) -> str:
        p = self.p
        return f"{p.title}{p.first}{' ' + p.last if p.last else ''}"


def P(title: str, first: str, last: str, nid12: str, born: date, phone: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str, dwelling: str = "", juristic: bool = False) -> Party:  # fmt: skip
    return Party(Person(title, first, last, with_check_digit(nid12), born, phone, email, house,
                        moo, soi, road, tambon, amphoe, province, postal), dwelling, juristic)  # fmt: skip


BKK = "กรุงเทพมหานคร"
PK = "ประจวบคีรีขันธ์"
NONE = date(1900, 1, 1)  # a company has no birth date; never expected

# Owners and licensees (people).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "วรรณา", "ตั้งเจริญกุล", "310090041772", date(1958, 4, 9), "0818265530", "wanna.tck@gmail.com",
      "15", "", "สุขุมวิท 39", "สุขุมวิท", "คลองตันเหนือ", "วัฒนา", BKK, "10110"),
    P("นาย", "สุรชัย", "ศรีประเสริฐ", "377010052281", date(1974, 9, 23), "0896634172", "surachai.sps@hotmail.com",
      "45/2", "4", "", "", "หนองแก", "หัวหิน", PK, "77110"),
    P("นางสาว", "กมลชนก", "บุญญาศิริ", "377990017345", date(1991, 1, 17), "0624410958", "kamonchanok.bs@gmail.com",
      "112/7", "", "หัวหิน 94", "เพชรเกษม", "หัวหิน", "หัวหิน", PK, "77110"),
    P("นาย", "ธนพล", "วงศ์ไพบูลย์", "312020066410", date(1969, 12, 2), "0816602347", "thanapol.wp@yahoo.com",
      "99/45", "6", "", "", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    P("นาง", "ประไพ", "แสงอรุณ", "377010003318", date(1946, 7, 30), "0869917724", "",
      "27", "", "", "ชมสินธุ์", "หัวหิน", "หัวหิน", PK, "77110"),
    P("นาย", "อดิศักดิ์", "พูลสวัสดิ์", "377050031926", date(1982, 3, 5), "0853327718", "adisak.ps@gmail.com",
      "8/19", "10", "", "", "หินเหล็กไฟ", "หัวหิน", PK, "77110"),
    P("นางสาว", "ปิยะนุช", "ทองคำแท้", "377990041186", date(1994, 10, 12), "0637754129", "piyanuch.coffee@gmail.com",
      "301/5", "2", "", "", "ทับใต้", "หัวหิน", PK, "77110"),
    P("นาย", "เกียรติศักดิ์", "ลิ้มทองกุล", "310170082254", date(1977, 6, 18), "0819952206", "kiattisak.lim@gmail.com",
      "77/3", "", "พหลโยธิน 24", "พหลโยธิน", "จอมพล", "จตุจักร", BKK, "10900"),
    P("นาง", "มณีรัตน์", "ชัยวัฒน์", "376020011574", date(1963, 2, 27), "0814439960", "maneerat.cw@hotmail.com",
      "14", "3", "", "", "ชะอำ", "ชะอำ", "เพชรบุรี", "76120"),
    P("นาย", "วิชัย", "เอี่ยมสะอาด", "377010067732", date(1970, 8, 8), "0898811264", "wichai.eam@gmail.com",
      "56", "7", "", "", "หนองพลับ", "หัวหิน", PK, "77110"),
    P("นาง", "สุภาพร", "จันทร์หอม", "377020024419", date(1985, 5, 21), "0927716634", "supaporn.ch85@gmail.com",
      "19/1", "3", "", "", "เขาน้อย", "ปราณบุรี", PK, "77120"),
    P("นาย", "ปกรณ์", "รัตนมณี", "310140055896", date(1988, 11, 29), "0955128803", "pakorn.rtm@gmail.com",
      "200/15", "", "เพชรเกษม 48", "เพชรเกษม", "บางหว้า", "ภาษีเจริญ", BKK, "10160"),
)  # fmt: skip

# Companies and partnerships that are themselves the taxpayer or owner.
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "หัวหินซีวิว รีสอร์ท", "จำกัด", "077555800071", NONE, "032536100", "account@huahinseaview.example.co.th",
      "88/9", "5", "", "เพชรเกษม", "หนองแก", "หัวหิน", PK, "77110", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "ทับใต้วัสดุก่อสร้าง", "", "077355900412", NONE, "032520447", "tabtai.material@example.co.th",
      "150", "9", "", "", "ทับใต้", "หัวหิน", PK, "77110", juristic=True),
    P("บริษัท ", "พีเคเอ็ม ฟู้ด แอนด์ เบฟเวอเรจ", "จำกัด", "010555612345", NONE, "026527700", "finance@pkmfood.example.co.th",
      "1550", "", "", "เพชรบุรีตัดใหม่", "มักกะสัน", "ราชเทวี", BKK, "10400", dwelling="อาคารธนภูมิ ชั้น 21", juristic=True),
    P("บริษัท ", "ประจวบพร็อพเพอร์ตี้", "จำกัด", "077556100112", NONE, "032611280", "admin@pkproperty.example.co.th",
      "9/99", "", "", "เพชรเกษม", "ประจวบคีรีขันธ์", "เมืองประจวบคีรีขันธ์", PK, "77000", juristic=True),
)  # fmt: skip

# Attorneys (ผู้รับมอบอำนาจ), each with his own ID, mobile, box and home.
ATTORNEYS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายชาตรี มีสุข", with_check_digit("377010088123"), "0817734410", "chatree.agent@gmail.com",
     "5/12 หมู่ 1 ต.หนองแก อ.หัวหิน จ.ประจวบคีรีขันธ์ 77110"),
    ("นางสาวอรทัย ใจเย็น", with_check_digit("377990052264"), "0864419203", "orathai.jy@gmail.com",
     "61 ถนนพูลสุข ต.หัวหิน อ.หัวหิน จ.ประจวบคีรีขันธ์ 77110"),
)  # fmt: skip
ENGINEER = ("นายวิศรุต ทองประเสริฐ", "สย. 5318", "0812264907")
DESIGNER = ("นายภาณุวัฒน์ ศักดิ์ดี", "ภว. 18264", "0896610452")
ARCHITECT = ("นางสาวณัฐธิดา เรืองศรี", "ภ-สถ 10442", "0847725138")
CONTRACTOR = ("ห้างหุ้นส่วนจำกัด หัวหินการโยธา", with_check_digit("077355800263"), "032-512-664")
ACCOUNTANT = ("นางสาวจิราพร สุขสมบูรณ์", "สำนักงานบัญชีจิราพร การบัญชี", "0861124573", "jiraporn.acc@gmail.com",
              "ผู้สอบบัญชีรับอนุญาตเลขที่ 9127", with_check_digit("377990063350"))  # fmt: skip
DIRECTORS = ("นายสมเกียรติ อัศวโกวิท", with_check_digit("310050019983"), "0818801542")


# --- what a clerk keeps ----------------------------------------------------------------------


def provinces(p: Person) -> tuple[str, ...]:
    if p.province == BKK:
        return (BKK, "กรุงเทพฯ", "กทม.", "กรุงเทพ")
    return (f"จังหวัด{p.province}", f"จ.{p.province}", p.province)


def heads(a: Party) -> list[str]:
    p = a.p
    d = f"{a.dwelling} " if a.dwelling else ""
    return list(dict.fromkeys([f"{p.house} {d}{p.rest()}", f"{p.house} {d}{p.rest(moo_word='หมู่')}",
                               f"{p.house} {d}{p.rest(short=True)}"]))  # fmt: skip


def addresses(a: Party) -> tuple[str, ...]:
    p = a.p
    out: list[str] = []
    for word, h in product(("", "เลขที่ ", "บ้านเลขที่ "), heads(a)):
        out.append(word + h)
        for prov in provinces(p):
            out += [f"{word}{h} {prov}", f"{word}{h} {prov} {p.postal}"]
    return tuple(dict.fromkeys(out))


def exp(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    p = a.p
    table = {
        "full_name": (a.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(a),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


def firm_exp(a: Party, keys: str, style: str) -> dict[str, tuple[str, ...]]:
    """A company's expectations under the project's convention (the module's docstring):
    the director who signs is the applicant where FIRM_SIGNER names one, else no one's
    name or ID is right; the company's office values stay accepted."""
    e = exp(a, keys)
    signer = FIRM_SIGNER[style]
    if signer is None:
        e["full_name"], e["national_id"] = (), ()
        return e
    name, nid, mob = signer
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if nid else ()  # a juristic number stands in every one
    if mob:
        e["phone"] += ("+66" + mob[1:], mob)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"

# Whose request each style is, and (JURISTIC) whether a 13-digit juristic number is the
# applicant's national_id there. Written before any run.
WHO: dict[str, str] = {
    "plain_land_tax_bkk_owner": "the owner living in Bangkok/Nonthaburi; her home, never the taxed land",
    "plain_attorney_land_tax": "the owner (ผู้มอบอำนาจ); never the attorney who writes and sends",
    "plain_signboard_shop": "the shop's owner; her home, never the shop where the sign hangs",
    "plain_accountant_company": "no one (convention: no director signs); the company's office, line; never the accountant",
    "plain_food_stall_licence": "the vendor; her home, never the stall in the market",
    "plain_renovation_owner": "the house's owner; never the engineer or the contractor",
    "html_outlook_company_signs": "no one (convention: the admin officer signs); the company's office, line, box",
    "html_gmail_agent_permit": "the owner; never the agent (attorney) who sends",
    "html_eservice_tax_objection": "the owner (ผู้ยื่นคำร้อง row); never the taxed land's row",
    "html_outlook_accountant_invoice": "no one (convention: the accountant writes); the firm's office, line; never hers",
    "html_gmail_daughter_food": "the parent (licensee); never the daughter who sends",
    "docx_signboard_form": "the director who signs as ผู้ยื่นแบบ (convention), his ID; the company's office, line, box or his mobile",
    "docx_food_licence_form": "the applicant on the dotted lines; never the shop's place",
    "docx_kh1_agent_form": "the building's owner (เจ้าของอาคาร block); never the agent who fills ข้าพเจ้า",
    "docx_company_poa_letter": "the director who signs (convention), his ID in the body; the company's office; never the attorney",
    "pdf_fillable_pds": "the owner (ผู้เสียภาษี); never the land's place",
    "pdf_fillable_pp1": "the sign's owner (a person); never the sign's place",
    "pdf_scanned_surcharge_letter": "the owner who writes; never the land",
    "pdf_scanned_poa": "the ผู้มอบอำนาจ; never the ผู้รับมอบอำนาจ who sends",
    "pdf_word_permit_renewal": "the director who signs (convention), no ID given; the company's office, line, box; never the engineer",
    "xlsx_accountant_properties": "the client (owner) at the head; never the accountant",
    "xlsx_company_signs": "no one (convention: no one signs); the company's office at the head; never the branch",
}
JURISTIC: dict[str, str] = {
    "plain_renovation_owner": "the contractor's number: never the national_id",
    "plain_accountant_company": "the company's number: never (convention; no one's ID right)",
    "html_outlook_company_signs": "the company's number: never (convention)",
    "html_outlook_accountant_invoice": "the firm's number: never (convention; the old payer's ID never)",
    "docx_signboard_form": "the company's number: never; the signing director's ID is (convention)",
    "docx_kh1_agent_form": "the contractor's number: never",
    "docx_company_poa_letter": "the company's number: never; the signing director's ID is (convention)",
    "pdf_word_permit_renewal": "the company's number: never (convention; no signer's ID given)",
    "xlsx_accountant_properties": "the accountant firm's none; the client a person",
    "xlsx_company_signs": "the company's number: never (convention)",
}

# The project's convention for a company (the lead's ruling after first sight): who signs
# for it, (name, ID where the request gives it, mobile where given), or None where no one
# signs as director (the accountant or an admin officer writes for it).
_D_NAME, _D_ID, _D_MOB = DIRECTORS
FIRM_SIGNER: dict[str, tuple[str, str, str] | None] = {
    "plain_accountant_company": None,  # the accountant writes and signs
    "html_outlook_company_signs": None,  # the admin officer signs
    "html_outlook_accountant_invoice": None,  # the accountant; the director only the old payer
    "docx_signboard_form": (_D_NAME, _D_ID, _D_MOB),  # ผู้ยื่นแบบ (กรรมการผู้มีอำนาจ), ID, mobile
    "docx_company_poa_letter": (_D_NAME, _D_ID, ""),  # signs; his ID in the body
    "pdf_word_permit_renewal": (_D_NAME, "", ""),  # signs as กรรมการผู้จัดการ; no ID given
    "xlsx_company_signs": None,  # no one signs
}


# --- how people write the values ------------------------------------------------------------


def home(a: Party, k: int) -> str:
    """The address as typed: written out, with หมู่, or short; the province three ways."""
    p = a.p
    h = heads(a)[k % len(heads(a))]
    return f"{h} {provinces(p)[k % len(provinces(p))]} {p.postal}"


def tel(a: Party, k: int) -> str:
    """A mobile as people type it, or a company's line (9 digits)."""
    n = a.p.mobile
    if len(n) == 10:
        return mobile(n, k)
    if n.startswith("02"):
        return (f"{n[:2]}-{n[2:5]}-{n[5:]}", f"0 {n[1:5]} {n[5:]}", n)[k % 3]
    return (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:]}", n)[k % 3]


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def deed(k: int) -> tuple[str, str, str, str]:
    """โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง of a plot in Hua Hin."""
    return (
        f"{18250 + 37 * k}",
        f"{112 + k}",
        f"{3406 + 11 * k}",
        f"5034 IV {6280 + 2 * k}-{10 + k % 6:02d}",
    )


def message(a: Party, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.p
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 14 + n % 5, 2 + n % 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set56-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def attorney(i: int) -> tuple[str, str, str, str, str]:
    return ATTORNEYS[i % len(ATTORNEYS)]


def att_from(i: int) -> str:
    name, _, _, box, _ = attorney(i)
    return f"{name.replace('นางสาว', '').replace('นาย', '')} <{box}>"


# --- plain text ----------------------------------------------------------------------------


def plain_land_tax_bkk_owner(a: Party, i: int) -> Case:
    """An owner living in Bangkok asks about this year's land and building tax on her
    house in Hua Hin: the deed's numbers, the bill's amount and due date, the date she
    paid last year; her home in Bangkok for the bill."""
    p = a.p
    d_no, parcel, page, sheet = deed(i)
    text = (
        f"เรียน กองคลัง {TOWN}\n\n{me(a)}เป็นเจ้าของบ้านพักตากอากาศในเขตเทศบาล โฉนดเลขที่ {d_no} เลขที่ดิน {parcel} "
        f"หน้าสำรวจ {page} ระวาง {sheet} ปีที่แล้วชำระภาษีที่ดินและสิ่งปลูกสร้างไป 2,418.50 บาท เมื่อวันที่ 22 เมษายน 2568 "
        f"(ใบเสร็จเลขที่ 0{i + 3}/1147) แต่ปีนี้ยังไม่ได้รับหนังสือแจ้งประเมิน (ภ.ด.ส.6) เลย{ending(a)} "
        f"กลัวจะชำระไม่ทันกำหนดวันที่ 30 เมษายน 2569 แล้วโดนเงินเพิ่ม\n\n"
        f"รบกวนส่งแบบแจ้งประเมินมาที่อยู่ด้านล่าง หรือแจ้งยอดทางอีเมลนี้ได้เลย{ending(a)}\n\n"
        f"{a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n"
    )
    return Case("plain_land_tax_bkk_owner", message(a, i, "สอบถามภาษีที่ดินและสิ่งปลูกสร้าง ปี 2569", text=text),
                exp(a, NO_BIRTH))  # fmt: skip


def plain_attorney_land_tax(a: Party, i: int) -> Case:
    """An attorney writes from his own box for an elderly owner: the owner's name, ID,
    address and phone as on the power of attorney, the plot, his own ID, phone and home."""
    p = a.p
    name, nid, mob, _, addr = attorney(i)
    d_no, parcel, _, sheet = deed(i + 5)
    text = (
        f"เรียน เจ้าหน้าที่งานจัดเก็บรายได้ {TOWN}\n\n"
        f"ข้าพเจ้า {name} ผู้รับมอบอำนาจ ขอยื่นเรื่องแทนเจ้าของที่ดิน ขอแก้ไขข้อมูลการใช้ประโยชน์ที่ดิน "
        f'โฉนดเลขที่ {d_no} เลขที่ดิน {parcel} ระวาง {sheet} จากเดิมที่ประเมินเป็น "รกร้างว่างเปล่า" '
        "ปัจจุบันปลูกมะพร้าวเต็มพื้นที่แล้ว (เกษตรกรรม) ขอให้ประเมินใหม่\n\n"
        f"ผู้มอบอำนาจ (เจ้าของที่ดิน)\nชื่อ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\n"
        f"ที่อยู่ {home(a, i + 1)}\nโทร {tel(a, i)}\n\n"
        f"ผู้รับมอบอำนาจ\nชื่อ {name}\nเลขประจำตัวประชาชน {nid_w(nid, i)}\nที่อยู่ {addr}\nโทร {mobile(mob, i + 2)}\n\n"
        "แนบหนังสือมอบอำนาจและสำเนาบัตรทั้งสองฝ่ายมาด้วยแล้ว ขอบคุณครับ\n"
    )
    return Case("plain_attorney_land_tax", message(a, i, "ขอแก้ไขการใช้ประโยชน์ที่ดิน (ยื่นแทนเจ้าของ)", text=text,
                                                   from_=att_from(i)),
                exp(a, NO_MAIL))  # fmt: skip


def plain_signboard_shop(a: Party, i: int) -> Case:
    """A café's owner tells the desk about her new signs for ภ.ป.1: sizes, the shop's
    place, last year's tax; who she is and her home at the end."""
    p = a.p
    text = (
        f'สวัสดี{ending(a)} {me(a)}เปิดร้านกาแฟ "บ้านทับใต้ คอฟฟี่" ตั้งอยู่ที่ 9/4 หมู่ 5 ถนนเพชรเกษม ต.ทับใต้ '
        f"มีป้ายใหม่ 2 ป้าย ขอยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ปี 2569 {ending(a)}\n"
        "- ป้ายหน้าร้าน อักษรไทยปนอังกฤษ ขนาด 120 x 300 ซม.\n"
        "- ป้ายธงริมถนน อักษรอังกฤษล้วน ขนาด 60 x 180 ซม.\n"
        f"ปีที่แล้วเสีย 700 บาท ชำระวันที่ {12 + i % 9} มีนาคม 2568\n\n"
        f"ชื่อ {a.name}\nบัตรประชาชน {nid_w(p.nid, i + 2)}\nบ้านเลขที่ {home(a, i + 2)}\nมือถือ {tel(a, i)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case(
        "plain_signboard_shop", message(a, i, "ยื่นภาษีป้าย ร้านกาแฟ", text=text), exp(a, NO_BIRTH)
    )


def plain_accountant_company(a: Party, i: int) -> Case:
    """A company's outside accountant writes from her own box for it: the company's name,
    number, office and line for the receipt; her own office, licence, mobile in the
    signature."""
    p = a.p
    acc, office, mob, box, licence, _ = ACCOUNTANT
    text = (
        f"เรียน กองคลัง {TOWN}\n\nดิฉันเป็นผู้ทำบัญชีของ {a.name} ขอแจ้งว่าบริษัทได้โอนชำระภาษีป้ายปี 2569 จำนวน "
        f"{14_400 + 120 * i:,}.00 บาท เมื่อวันที่ {3 + i % 7} มีนาคม 2569 (อ้างอิงใบแจ้งการประเมิน ภ.ป.3 เลขที่ {211 + i}/2569) "
        "ขอให้ออกใบเสร็จรับเงินในนามบริษัท พร้อมระบุเลขประจำตัวผู้เสียภาษีและสำนักงานใหญ่ ตามรายละเอียดนี้ค่ะ\n\n"
        f"ชื่อผู้เสียภาษี: {a.name} (สำนักงานใหญ่)\nเลขประจำตัวผู้เสียภาษี: {nid_w(p.nid, i)}\n"
        f"ที่อยู่: {home(a, i)}\nโทรศัพท์บริษัท: {tel(a, i)}\n\n"
        "ส่งใบเสร็จกลับมาทางอีเมลนี้ได้เลยค่ะ ขอบคุณค่ะ\n\n"
        f"{acc}\n{office}\n{licence}\nโทร {mobile(mob, i + 1)}\n"
    )
    return Case("plain_accountant_company", message(a, i, f"ขอใบเสร็จภาษีป้าย {a.name}", text=text,
                                                    from_=f"Jiraporn Accounting <{box}>"),
                firm_exp(a, NO_MAIL, "plain_accountant_company"))  # fmt: skip


def plain_food_stall_licence(a: Party, i: int) -> Case:
    """A vendor asks for a food-shop licence from her phone: her birth date, the stall's
    place in the night market, the old licence's number and its expiry."""
    p = a.p
    text = (
        f"เรียน กองสาธารณสุข {TOWN}\n{me(a)}ขายข้าวมันไก่ที่ตลาดโต้รุ่งฉัตรไชย แผงที่ {14 + i} มา 6 ปี "
        f"ใบอนุญาตจำหน่ายอาหารเลขที่ {37 + i}/2568 หมดอายุ 31 ธันวาคม 2569 อยากต่ออายุ ต้องเตรียมเอกสารอะไรบ้าง{ending(a)}\n"
        f"{a.name} เกิด {born_th(p.born, i)} บัตร {nid_w(p.nid, i + 1)}\n"
        f"บ้าน {home(a, i + 1)}\nโทร {tel(a, i + 2)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    return Case(
        "plain_food_stall_licence", message(a, i, "ต่อใบอนุญาตขายอาหาร", text=text), exp(a, ALL)
    )


def plain_renovation_owner(a: Party, i: int) -> Case:
    """An owner asks for a permit to add a floor to his house: the plot, the designer's
    and the engineer's licences and phones, the contractor's partnership and its number."""
    p = a.p
    d_no, parcel, _, _ = deed(i + 9)
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {TOWN}\n\n{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)} โทร {tel(a, i + 1)} ขออนุญาตดัดแปลงอาคาร (ต่อเติมชั้น 2) "
        f"บ้านเลขที่เดียวกัน บนที่ดินโฉนดเลขที่ {d_no} เลขที่ดิน {parcel} พื้นที่เพิ่ม 64 ตร.ม.\n\n"
        f"ผู้ออกแบบและคำนวณโครงสร้าง: {DESIGNER[0]} ({DESIGNER[1]}) โทร {DESIGNER[2]}\n"
        f"ผู้ควบคุมงาน: {ENGINEER[0]} ({ENGINEER[1]}) โทร {mobile(ENGINEER[2], i)}\n"
        f"ผู้รับเหมา: {CONTRACTOR[0]} เลขทะเบียนนิติบุคคล {nid_w(CONTRACTOR[1], i + 1)} โทร {CONTRACTOR[2]}\n\n"
        f"ขอทราบว่าต้องยื่นแบบ ข.1 พร้อมเอกสารอะไรบ้าง และใช้เวลาพิจารณากี่วัน{ending(a)}\n"
    )
    return Case(
        "plain_renovation_owner", message(a, i, "ขออนุญาตต่อเติมบ้าน", text=text), exp(a, NO_BIRTH)
    )


# --- HTML ----------------------------------------------------------------------------------


def html_outlook_company_signs(a: Party, i: int) -> Case:
    """A company's admin officer sends its ภ.ป.1 details from the company's box in
    Outlook: a table of the signs (sizes, the branch where they hang), the company's
    lines; her signature with the company's line, her extension and her mobile."""
    p = a.p
    rows = [("ชื่อผู้ประกอบการ", a.name), ("เลขทะเบียนนิติบุคคล", nid_w(p.nid, i)),
            ("ที่ตั้งสำนักงานใหญ่", home(a, i)), ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email),
            ("สถานที่ติดตั้งป้าย", "สาขาหัวหิน 234/1 ถนนเพชรเกษม ต.หัวหิน อ.หัวหิน จ.ประจวบคีรีขันธ์ 77110")]  # fmt: skip
    signs = [("1", "ป้ายชื่อบนอาคาร (ไทยปนอังกฤษ)", "150 x 600", "2,880"),
             ("2", "ป้ายเมนู (อังกฤษล้วน)", "80 x 120", "1,040")]  # fmt: skip
    td = '<td style="padding:0cm 5.4pt;border:solid windowtext 1.0pt"><p class="MsoNormal">'
    t1 = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
          + "".join(f"<tr>{td}{x}</p></td>{td}{y}</p></td></tr>" for x, y in rows) + "</table>")  # fmt: skip
    t2 = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"><tr>'
          + "".join(f"{td}<b>{h}</b></p></td>" for h in ("ลำดับ", "ประเภทป้าย", "ขนาด (ซม.)", "ภาษี (บาท)")) + "</tr>"
          + "".join("<tr>" + "".join(f"{td}{c}</p></td>" for c in s) + "</tr>" for s in signs) + "</table>")  # fmt: skip
    paras = [f"เรียน งานภาษีป้าย กองคลัง {TOWN}", "",
             "บริษัทขอยื่นรายละเอียดป้ายเพื่อประกอบแบบ ภ.ป.1 ประจำปี 2569 ของสาขาหัวหิน ตามตารางด้านล่างค่ะ", "",
             t1, "", t2, "", f"รวมภาษีป้าย 3,920 บาท บริษัทจะชำระภายในวันที่ {20 + i % 8} มีนาคม 2569 ค่ะ", "", "Best regards,"]  # fmt: skip
    sig = (
        '<p class="MsoNormal"><b>นางสาวสุนิสา แก้วประดับ</b><br>Admin Officer<br>'
        f"{a.name}<br>Tel. {tel(a, i + 1)} ext. {120 + i} | Mobile 089-441-{2270 + i}<br>"
        f'<a href="mailto:{p.email}">{p.email}</a></p>'
    )
    raw = message(a, i, f"ภ.ป.1 ปี 2569 - {a.name}", html=outlook_html(paras, sig),
                  from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case(
        "html_outlook_company_signs", raw, firm_exp(a, NO_BIRTH, "html_outlook_company_signs")
    )


def html_gmail_agent_permit(a: Party, i: int) -> Case:
    """An agent who files permits for owners asks from Gmail (div lines) about the
    permit of an owner's house: the owner's lines, the architect's licence, his own
    phone."""
    p = a.p
    name, nid, mob, _, _ = attorney(i)
    d_no, parcel, _, _ = deed(i + 14)
    lines = ["เรียน เจ้าหน้าที่กองช่างครับ", "",
             f"ผมเป็นผู้รับมอบอำนาจยื่นขออนุญาตก่อสร้างอาคาร (ข.1) ให้เจ้าของบ้านตามรายละเอียดด้านล่าง ยื่นไปเมื่อ {8 + i % 5} ตุลาคม 2569 "
             "เลขรับ 1472/2569 ยังไม่ได้รับใบอนุญาต (อ.1) อยากทราบว่าติดขัดเรื่องใดครับ", "",
             f"เจ้าของอาคาร: {a.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}", f"ที่อยู่เจ้าของ: {home(a, i + 2)}",
             f"เบอร์เจ้าของ: {tel(a, i + 1)}",
             f"ที่ดิน: โฉนดเลขที่ {d_no} เลขที่ดิน {parcel} ซอยหัวหิน 112", f"สถาปนิก: {ARCHITECT[0]} ({ARCHITECT[1]})", "",
             "ติดต่อกลับผมได้ที่เบอร์ " + mobile(mob, i) + " ครับ", "", "--", name, f"ผู้รับมอบอำนาจ (บัตร {nid_w(nid, i)})"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    text = "\n".join(lines) + "\n"
    raw = message(a, i, f"ติดตามใบอนุญาตก่อสร้าง เลขรับ 1472/2569 ({a.p.first})", text=text, html=html,
                  from_=att_from(i))  # fmt: skip
    return Case("html_gmail_agent_permit", raw, exp(a, NO_MAIL))


def html_eservice_tax_objection(a: Party, i: int) -> Case:
    """The town's e-service mails a คำร้องคัดค้านการประเมินภาษี (ภ.ด.ส.10) as a table from a
    no-reply box: the owner's rows, the taxed land's rows (its place, deed), the
    assessed and the claimed amounts, the notice's date."""
    p = a.p
    d_no, parcel, page, sheet = deed(i + 20)
    rows = [("เลขที่คำร้อง", f"REV-2569-{5120 + i * 7}"), ("ประเภท", "คำร้องคัดค้านการประเมินภาษี (ภ.ด.ส.10)"),
            ("ชื่อผู้ยื่นคำร้อง", a.name), ("เลขประจำตัวประชาชน", p.nid), ("ที่อยู่ผู้ยื่นคำร้อง", home(a, i + 1)),
            ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email),
            ("ที่ตั้งทรัพย์สิน", "ซอยหัวหิน 51 ต.หัวหิน อ.หัวหิน จ.ประจวบคีรีขันธ์ 77110"),
            ("เอกสารสิทธิ์", f"โฉนดเลขที่ {d_no} เลขที่ดิน {parcel} หน้าสำรวจ {page} ระวาง {sheet}"),
            ("ได้รับแจ้งการประเมิน (ภ.ด.ส.6) เมื่อ", "2 มีนาคม 2569"), ("ภาษีที่ถูกประเมิน", "8,764.00 บาท"),
            ("เหตุผลที่คัดค้าน", "บ้านหลังนี้ใช้อยู่อาศัยเอง ไม่ได้ให้เช่า ขอให้ประเมินเป็นที่อยู่อาศัย")]  # fmt: skip
    t = "".join(
        f"<tr><th align='left' style='background:#eef3f8'>{x}</th><td>{y}</td></tr>"
        for x, y in rows
    )
    html = ('<html><head><meta charset="utf-8"></head><body><p>มีคำร้องใหม่จากระบบบริการอิเล็กทรอนิกส์ (e-Service)</p>'
            f"<table border='1' cellpadding='5' style='border-collapse:collapse;font-family:Tahoma'>{t}</table>"
            f"<p style='font-size:11px;color:#777'>ข้อความนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ | กองคลัง {TOWN} โทร 032-511-047</p>"
            "</body></html>\n")  # fmt: skip
    raw = message(a, i, f"[e-Service] คำร้องคัดค้านการประเมินภาษี REV-2569-{5120 + i * 7}", html=html,
                  from_="e-Service เทศบาลเมืองหัวหิน <no-reply@eservice.huahin.example.go.th>")  # fmt: skip
    return Case("html_eservice_tax_objection", raw, exp(a, NO_BIRTH))


def html_outlook_accountant_invoice(a: Party, i: int) -> Case:
    """An accountant asks from Outlook that a firm's receipt be reissued with its number
    (the first was made out to its managing partner or director): a table old/new, her firm's
    signature with her licence, mobile and box."""
    p = a.p
    acc, office, mob, box, licence, _ = ACCOUNTANT
    boss, short = (
        ("กรรมการผู้จัดการ", "บริษัท") if a.name.startswith("บริษัท") else ("หุ้นส่วนผู้จัดการ", "ห้างฯ")
    )
    rows = [("", "ที่ระบุในใบเสร็จเดิม", "ที่ขอแก้ไข"),
            ("ชื่อผู้ชำระ", f"{DIRECTORS[0]}", a.name),
            ("เลขประจำตัว", nid_w(DIRECTORS[1], i), nid_w(p.nid, i + 1)),
            ("ที่อยู่", "-", home(a, i + 1))]  # fmt: skip
    td = '<td style="padding:0cm 5.4pt;border:solid windowtext 1.0pt"><p class="MsoNormal">'
    t = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
         + "".join("<tr>" + "".join(f"{td}{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</table>")  # fmt: skip
    paras = [f"เรียน เจ้าหน้าที่การเงิน กองคลัง {TOWN}", "",
             f"ตามที่ {a.name} ได้ชำระภาษีที่ดินและสิ่งปลูกสร้างปี 2569 จำนวน 21,306.75 บาท เมื่อวันที่ {24 + i % 4} เมษายน 2569 "
             f"ใบเสร็จรับเงินเล่มที่ 18 เลขที่ {862 + i} ออกในนาม{boss}แทนนิติบุคคล ซึ่งใช้บันทึกบัญชีไม่ได้ "
             "จึงขอให้ออกใบเสร็จใหม่ดังนี้ค่ะ", "", t, "",
             f"ติดต่อ{short}ได้ที่ {tel(a, i)} หรือติดต่อดิฉันตามด้านล่างค่ะ", "", "ขอบคุณค่ะ"]  # fmt: skip
    sig = (
        f'<p class="MsoNormal"><b>{acc}</b><br>{office}<br>{licence}<br>'
        f'Mobile {mobile(mob, i)} | <a href="mailto:{box}">{box}</a></p>'
    )
    raw = message(a, i, f"ขอแก้ไขใบเสร็จรับเงินภาษีที่ดิน - {a.name}", html=outlook_html(paras, sig),
                  from_=f"{acc.replace('นางสาว', '')} <{box}>")  # fmt: skip
    return Case(
        "html_outlook_accountant_invoice",
        raw,
        firm_exp(a, NO_MAIL, "html_outlook_accountant_invoice"),
    )


def html_gmail_daughter_food(a: Party, i: int) -> Case:
    """A daughter sends from her Gmail her mother's request for a new food-shop licence
    (a shophouse front): the mother's lines, the shop's address, the daughter's phone."""
    p = a.p
    kin = "พ่อ" if p.title == "นาย" else "แม่"
    lines = ["สวัสดีค่ะ", f"หนูส่งเรื่องแทน{kin}ค่ะ {kin}จะเปิดร้านอาหารตามสั่งหน้าบ้านเช่าที่ตลาดหัวหิน ต้องขอใบอนุญาตจำหน่ายอาหาร (พื้นที่ไม่เกิน 200 ตร.ม.)", "",
             f"ชื่อผู้ขอ: {a.name}", f"เลขบัตร: {nid_w(p.nid, i)}", f"วันเกิด: {born_th(p.born, i + 1)}",
             f"ที่อยู่ผู้ขอ: {home(a, i)}", f"โทร{kin}: {tel(a, i + 2)}",
             f"ร้าน: ครัว{p.first} 71/3 ถนนสระสองห้อง ต.หัวหิน อ.หัวหิน จ.ประจวบคีรีขันธ์ 77110 (เปิด 1 มกราคม 2570)", "",
             "ถ้าต้องการเอกสารเพิ่มโทรหาหนูได้ค่ะ 0973326615 (พิมพ์ชนก ลูกสาว)", "", "ขอบคุณค่ะ"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(a, i, f"ขอใบอนุญาตจำหน่ายอาหาร (ส่งแทน{kin})", html=html,
                  from_="Pimchanok J. <pimchanok.jh@gmail.com>")  # fmt: skip
    return Case(
        "html_gmail_daughter_food",
        raw,
        exp(a, "full_name national_id birth_date phone address postal_code province"),
    )


# --- Word ---------------------------------------------------------------------------------


def table_doc(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for n, (x, y) in enumerate(rows):
        t.cell(n, 0).text = x
        t.cell(n, 1).text = y


def docx_signboard_form(a: Party, i: int) -> Case:
    """The desk's own แบบแสดงรายการภาษีป้าย (ภ.ป.1) as a Word table, filled for a company:
    the office in parts, the signs, the director who signs with his own ID."""
    p = a.p
    rows = [("ชื่อผู้ประกอบการ/เจ้าของป้าย", a.name), ("เลขประจำตัวผู้เสียภาษี/เลขทะเบียนนิติบุคคล", nid_w(p.nid, i)),
            ("ที่ตั้งสำนักงาน เลขที่", f"{p.house}{' ' + a.dwelling if a.dwelling else ''}"), ("หมู่ที่", p.moo or "-"),
            ("ตรอก/ซอย", p.soi or "-"), ("ถนน", p.road or "-"), ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", tel(a, i)),
            ("สถานที่ติดตั้งป้าย", "ตลาดฉัตรไชย ถนนเพชรเกษม ต.หัวหิน อ.หัวหิน"),
            ("ผู้ยื่นแบบ (กรรมการผู้มีอำนาจ)", DIRECTORS[0]), ("เลขประจำตัวประชาชนผู้ยื่นแบบ", nid_w(DIRECTORS[1], i + 1)),
            ("โทรศัพท์มือถือผู้ยื่นแบบ", mobile(DIRECTORS[2], i))]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบแสดงรายการภาษีป้าย (ภ.ป.1)\n{TOWN} ประจำปี 2569")
        d.add_paragraph(f"วันที่ยื่นแบบ {10 + i % 12} กุมภาพันธ์ 2569")
        table_doc(d, rows)
        t = d.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        for r, cells in enumerate((("ประเภทป้าย", "ขนาด (ซม.)", "จำนวน", "ค่าภาษี (บาท)"),
                                   ("ป้ายไฟหน้าร้าน (ไทยปนต่างประเทศ)", "200 x 400", "1", "4,000"),
                                   ("ป้ายตั้งพื้น (ไทยล้วน)", "50 x 100", "2", "400"))):  # fmt: skip
            for c, v in enumerate(cells):
                t.cell(r, c).text = v
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ยื่นแบบ\n({DIRECTORS[0]})\nกรรมการผู้มีอำนาจ")

    raw = message(a, i, "ยื่นแบบ ภ.ป.1 ปี 2569", text="เรียน เจ้าหน้าที่\nแนบแบบ ภ.ป.1 ที่กรอกแล้วครับ\n",
                  files=(("ภป1_2569.docx", docx_bytes(build), DOCX),), from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("docx_signboard_form", raw, firm_exp(a, NO_BIRTH, "docx_signboard_form"))


def docx_food_licence_form(a: Party, i: int) -> Case:
    """The desk's คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร filled over dotted lines in Word:
    age (no birth date), ID, home, then the shop's own name and place."""
    p = a.p
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร")
        d.add_paragraph(f"เขียนที่ {TOWN}\tวันที่ {2 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"ข้าพเจ้า......{a.name}......อายุ....{age}....ปี สัญชาติ.....ไทย.....")
        d.add_paragraph(f"เลขประจำตัวประชาชน......{nid_w(p.nid, i)}......")
        d.add_paragraph(
            f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}.....ตรอก/ซอย.....{p.soi or '-'}.....ถนน.....{p.road or '-'}....."
        )
        d.add_paragraph(
            f"ตำบล.....{p.tambon}.....อำเภอ.....{p.amphoe}.....จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}....."
        )
        d.add_paragraph(f"โทรศัพท์.....{tel(a, i)}.....")
        d.add_paragraph(
            f"ขอยื่นคำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ชื่อสถานประกอบการ.....ร้านส้มตำ{p.first}....."
        )
        d.add_paragraph(
            f"ตั้งอยู่เลขที่.....18/{3 + i}.....ถนน.....เดชานุชิต.....ตำบล.....หัวหิน.....อำเภอ.....หัวหิน.....พื้นที่ประกอบการ.....48.....ตารางเมตร"
        )
        d.add_paragraph(
            "พร้อมคำขอนี้ ข้าพเจ้าได้แนบเอกสารหลักฐานต่าง ๆ มาด้วย คือ สำเนาบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน ใบรับรองแพทย์"
        )
        d.add_paragraph(f"(ลงชื่อ)....................ผู้ขออนุญาต\n({a.name})")

    raw = message(a, i, "คำขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", text=f"แนบคำขอ{ending(a)}\n",
                  files=(("คำขอใบอนุญาตอาหาร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_food_licence_form", raw, exp(a, NO_BIRTH))


def docx_kh1_agent_form(a: Party, i: int) -> Case:
    """แบบ ข.1 (คำขออนุญาตก่อสร้าง ดัดแปลง...) typed in Word by the owner's agent: the
    ข้าพเจ้า lines are the agent's (ตัวแทนเจ้าของอาคาร), then the owner's block, the plot,
    the designer's and engineer's licences, the contractor's partnership."""
    p = a.p
    name, nid, mob, _, addr = attorney(i + 1)
    d_no, parcel, _, _ = deed(i + 30)

    def build(d: Any) -> None:
        d.add_paragraph("แบบ ข.1\nคำขออนุญาตก่อสร้างอาคาร ดัดแปลงอาคาร หรือรื้อถอนอาคาร")
        d.add_paragraph(f"เขียนที่ {TOWN}\tวันที่ {5 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i)} เป็นตัวแทนเจ้าของอาคาร "
            f"อยู่บ้านเลขที่ {addr} โทรศัพท์ {mobile(mob, i + 1)}"
        )
        d.add_paragraph("เจ้าของอาคาร")
        table_doc(d, [("ชื่อ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("ที่อยู่", home(a, i + 1)),
                      ("โทรศัพท์", tel(a, i + 2))])  # fmt: skip
        d.add_paragraph(
            f"ขอยื่นคำขออนุญาตดัดแปลงอาคาร ต่อนายกเทศมนตรีเมืองหัวหิน โดยทำการดัดแปลงอาคารที่ซอยหัวหิน 88 "
            f"ตำบลหัวหิน อำเภอหัวหิน ในที่ดินโฉนดที่ดินเลขที่ {d_no} เลขที่ดิน {parcel} เป็นที่ดินของ {a.name}"
        )
        d.add_paragraph(
            f"โดยมี {DESIGNER[0]} ผู้ได้รับใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม เลขทะเบียน {DESIGNER[1]} เป็นผู้ออกแบบและคำนวณ "
            f"{ARCHITECT[0]} เลขทะเบียน {ARCHITECT[1]} เป็นผู้ออกแบบสถาปัตยกรรม"
        )
        d.add_paragraph(
            f"ผู้รับเหมา {CONTRACTOR[0]} เลขทะเบียนนิติบุคคล {CONTRACTOR[1]} ค่าก่อสร้างประมาณ 1,350,000 บาท "
            "กำหนดแล้วเสร็จภายใน 180 วัน"
        )
        d.add_paragraph(f"(ลงชื่อ) ........................ ผู้ขออนุญาต\n({name})\nตัวแทนเจ้าของอาคาร")

    raw = message(a, i, f"ยื่นแบบ ข.1 ดัดแปลงอาคาร ({a.name})", text="เรียน กองช่าง\nแนบแบบ ข.1 และหนังสือมอบอำนาจครับ\n",
                  files=(("ข1_ดัดแปลงอาคาร.docx", docx_bytes(build), DOCX),), from_=att_from(i + 1))  # fmt: skip
    return Case("docx_kh1_agent_form", raw, exp(a, NO_MAIL))


def docx_company_poa_letter(a: Party, i: int) -> Case:
    """A company's letter on its letterhead (name, number, office, line) to the desk: it
    appoints an attorney to file its land tax review, the director signing; both their
    IDs in the body."""
    p = a.p
    name, nid, mob, _, addr = attorney(i)
    d_no, parcel, _, sheet = deed(i + 40)

    def build(d: Any) -> None:
        d.add_paragraph(a.name)
        d.add_paragraph(f"{home(a, i)}  โทร {tel(a, i)}\nเลขทะเบียนนิติบุคคล {nid_w(p.nid, i + 2)}")
        d.add_paragraph(f"ที่ PK {310 + i}/2569\t\t\t\t{11 + i % 10} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอให้ทบทวนการประเมินภาษีที่ดินและสิ่งปลูกสร้าง และแต่งตั้งผู้รับมอบอำนาจ")
        d.add_paragraph(f"เรียน {MAYOR}")
        d.add_paragraph(
            f"\tด้วย{a.name} เป็นเจ้าของที่ดินโฉนดเลขที่ {d_no} เลขที่ดิน {parcel} ระวาง {sheet} ตำบลหนองแก "
            "ซึ่งได้รับแจ้งการประเมินภาษี (ภ.ด.ส.6) ลงวันที่ 15 กุมภาพันธ์ 2569 เป็นเงิน 46,920.00 บาท โดยประเมินเป็นที่ดินรกร้าง "
            "แต่บริษัทได้ก่อสร้างอาคารโครงการตามใบอนุญาต อ.1 เลขที่ 58/2568 แล้ว จึงขอให้ทบทวนการประเมิน"
        )
        d.add_paragraph(
            f"\tในการนี้ บริษัทโดย {DIRECTORS[0]} กรรมการผู้มีอำนาจ (เลขประจำตัวประชาชน {nid_w(DIRECTORS[1], i + 1)}) "
            f"ขอมอบอำนาจให้ {name} เลขประจำตัวประชาชน {nid_w(nid, i)} อยู่บ้านเลขที่ {addr} โทร {mobile(mob, i)} "
            "เป็นผู้ยื่นเอกสารและติดต่อแทนบริษัท"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({DIRECTORS[0]})\nกรรมการผู้มีอำนาจ")

    raw = message(a, i, "ขอให้ทบทวนการประเมินภาษีที่ดิน (หนังสือบริษัท)", text="เรียน กองคลัง\nแนบหนังสือบริษัทตามไฟล์แนบค่ะ\n",
                  files=(("หนังสือบริษัท_ทบทวนภาษี.docx", docx_bytes(build), DOCX),), from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("docx_company_poa_letter", raw, firm_exp(a, NO_BIRTH, "docx_company_poa_letter"))


# --- PDF ----------------------------------------------------------------------------------


def pdf_fillable_pds(a: Party, i: int) -> Case:
    """A fillable คำร้องขอแก้ไขข้อมูลบัญชีรายการที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.3) filled in
    Acrobat: Thai field names, the owner's lines, the land's (deed, parcel, ระวาง, place),
    the amount and the notice's date."""
    p = a.p
    d_no, parcel, page, sheet = deed(i + 50)
    labels = [(60, 18, "คำร้องขอแก้ไขข้อมูลบัญชีรายการที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.3)"), (20, 28, f"เรียน {MAYOR}"),
              (20, 40, "ชื่อผู้เสียภาษี"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (20, 80, "อีเมล"), (20, 94, "รายการที่ดิน โฉนดเลขที่"), (110, 94, "เลขที่ดิน"), (20, 104, "หน้าสำรวจ"),
              (110, 104, "ระวาง"), (20, 114, "ที่ตั้งที่ดิน"), (20, 124, "ภาษีตามแบบแจ้ง (บาท)"), (110, 124, "ลงวันที่"),
              (20, 134, "ขอแก้ไขเป็น"), (20, 160, "ลงชื่อ ...................................... ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("ชื่อผู้เสียภาษี", a.name, 50, 40, 120), Field("เลขประจำตัวประชาชน", p.nid, 58, 50, 60, comb=13),
              Field("ที่อยู่", home(a, i), 35, 60, 160), Field("โทรศัพท์", tel(a, i), 45, 70, 60),
              Field("อีเมล", p.email, 40, 80, 90), Field("โฉนดเลขที่", d_no, 62, 94, 40),
              Field("เลขที่ดิน", parcel, 130, 94, 30), Field("หน้าสำรวจ", page, 42, 104, 40),
              Field("ระวาง", sheet, 125, 104, 50), Field("ที่ตั้งที่ดิน", "ซอยหัวหิน 70 ต.หัวหิน อ.หัวหิน จ.ประจวบคีรีขันธ์", 45, 114, 140),
              Field("ภาษี", f"{3_218 + 41 * i:,}.00", 65, 124, 35), Field("ลงวันที่", "28 ก.พ. 2569", 128, 124, 40),
              Field("ขอแก้ไข", "สิ่งปลูกสร้างเป็นบ้านหลังหลัก ใช้อยู่อาศัยเอง (มีชื่อในทะเบียนบ้าน)", 45, 134, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "คำร้องแก้ไขข้อมูล ภ.ด.ส.3", text=f"ส่งคำร้องแบบฟอร์ม PDF ที่กรอกแล้ว{ending(a)}\n",
                  files=(("ภดส3_คำร้องแก้ไข.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_pds", raw, exp(a, NO_BIRTH))


def pdf_fillable_pp1(a: Party, i: int) -> Case:
    """The desk's fillable ภ.ป.1 whose fields are named fill_1..fill_14 (made in Acrobat
    from a scan): the owner's lines, the sign's place and sizes, the amount."""
    p = a.p
    labels = [(70, 18, "แบบแสดงรายการภาษีป้าย (ภ.ป.1)"), (150, 26, "ประจำปี 2569"),
              (20, 40, "ชื่อผู้ประกอบการ/เจ้าของป้าย"), (20, 50, "เลขประจำตัวประชาชน/เลขทะเบียนนิติบุคคล"),
              (20, 60, "ที่อยู่ เลขที่"), (80, 60, "หมู่ที่"), (120, 60, "ถนน"), (20, 70, "ตำบล/แขวง"), (100, 70, "อำเภอ/เขต"),
              (20, 80, "จังหวัด"), (100, 80, "รหัสไปรษณีย์"), (20, 90, "โทรศัพท์"),
              (20, 104, "สถานที่ติดตั้งป้าย"), (20, 114, "ขนาดป้าย (ซม.)"), (100, 114, "จำนวน"), (20, 124, "ค่าภาษี (บาท)"),
              (20, 150, "ข้าพเจ้าขอรับรองว่ารายการที่แสดงไว้ข้างต้นถูกต้องและครบถ้วนทุกประการ")]  # fmt: skip
    vals = [(a.name, 70, 40, 100), (nid_w(p.nid, i), 95, 50, 70), (p.house, 45, 60, 30), (p.moo or "-", 92, 60, 25),
            (p.road or "-", 130, 60, 50), (p.tambon, 45, 70, 50), (p.amphoe, 122, 70, 50), (p.province, 40, 80, 55),
            (p.postal, 125, 80, 30), (tel(a, i + 1), 42, 90, 50),
            (f"ร้าน{p.first}มินิมาร์ท 44/{8 + i} ถนนนเรศดำริห์ ต.หัวหิน อ.หัวหิน", 55, 104, 135),
            ("100 x 250", 50, 114, 40), ("1", 115, 114, 15), ("2,500", 50, 124, 30)]  # fmt: skip
    fields = [Field(f"fill_{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "ภ.ป.1 (กรอกในไฟล์ PDF)", text=f"เรียน งานภาษีป้าย\nแนบแบบ ภ.ป.1 {ending(a)}\n{a.name}\n",
                  files=(("PP1_2569.pdf", data, PDF),))  # fmt: skip
    # Builder slip mended after first sight (as set 28's as_asked): the form prints no
    # ซอย box, so the address as the boxes give it has none; the one with it stays right.
    e = exp(a, NO_MAIL)
    asked = addresses(Party(replace(p, soi=""), a.dwelling, a.juristic))
    e["address"] = tuple(dict.fromkeys(e["address"] + asked))
    return Case("pdf_fillable_pp1", raw, e)


def scanned_pdf(texts: list[tuple[float, float, str]], size: float, face: str) -> bytes:
    """A typed letter printed, signed and scanned by an office copier: the page as a
    grey picture with the scanner's invisible text layer over it."""
    import pypdfium2
    from fpdf import FPDF
    from fpdf.enums import TextMode

    printed = pdf_page(texts, size=size, face=face)
    doc = pypdfium2.PdfDocument(printed)
    image = doc[0].render(scale=100 / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210, h=297)
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=size)
    pdf.set_text_shaping(True)
    pdf.text_mode = TextMode.INVISIBLE
    for x, y, t in texts:
        pdf.text(x, y, t)
    return bytes(pdf.output())


def pdf_scanned_surcharge_letter(a: Party, i: int) -> Case:
    """An owner's typed letter, signed and scanned, asking to waive the surcharge on land
    tax paid late: the due date, the date paid, the amounts, the receipt; her sender's
    block top right."""
    p = a.p
    d_no, _, _, _ = deed(i + 60)
    paras = [(115, heads(a)[i % 3]), (115, f"{provinces(p)[0]} {p.postal}"), (0, ""), (115, f"{16 + i % 10} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอยกเว้นเงินเพิ่มภาษีที่ดินและสิ่งปลูกสร้าง"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เจ้าของที่ดินโฉนดเลขที่ {d_no} ได้รับแจ้งการประเมินภาษีปี 2569 "
                  "เป็นเงิน 5,412.00 บาท ครบกำหนดชำระวันที่ 30 เมษายน 2569 แต่ข้าพเจ้าป่วยเข้ารับการรักษาที่โรงพยาบาลตั้งแต่วันที่ 2 เมษายน 2569 "
                  f"และได้ชำระภาษีเมื่อวันที่ {11 + i % 8} มิถุนายน 2569 พร้อมเงินเพิ่ม 108.24 บาท (ใบเสร็จเลขที่ 2569/0{4417 + i})"),
             (30, f"จึงเรียนมาเพื่อขอยกเว้นและขอคืนเงินเพิ่มดังกล่าว โดยแนบใบรับรองแพทย์มาด้วย ติดต่อข้าพเจ้าได้ที่ {tel(a, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = scanned_pdf(flow(paras, 14, "Norasi", step=8), 14, "Norasi")
    raw = message(a, i, "ขอยกเว้นเงินเพิ่มภาษีที่ดิน", text=f"แนบหนังสือที่สแกนมา{ending(a)}\n",
                  files=(("scan_20261216.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_scanned_surcharge_letter", raw, exp(a, NO_BIRTH))


def pdf_scanned_poa(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ printed on the standard form, signed and scanned, sent by the
    attorney: the ผู้มอบอำนาจ's ID, age and home, then the ผู้รับมอบอำนาจ's, what for, and
    two witnesses."""
    p = a.p
    name, nid, _, _, addr = attorney(i + 1)
    age = 2569 - (p.born.year + 543)
    paras = [(85, "หนังสือมอบอำนาจ"), (120, f"ทำที่ {TOWN}"), (120, f"วันที่ {1 + i % 20} ธันวาคม 2569"), (0, ""),
             (30, f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                  f"อยู่บ้านเลขที่ {home(a, i)} โทรศัพท์ {tel(a, i + 1)}"),
             (30, f"ขอมอบอำนาจให้ {name} เลขประจำตัวประชาชน {nid_w(nid, i + 2)} อยู่บ้านเลขที่ {addr}"),
             (30, "เป็นผู้มีอำนาจยื่นแบบแสดงรายการภาษีป้าย ชำระภาษี และรับใบเสร็จรับเงิน แทนข้าพเจ้า ประจำปีภาษี 2569 "
                  "การใดที่ผู้รับมอบอำนาจได้กระทำไปตามหนังสือนี้ ให้ถือเสมือนว่าข้าพเจ้าได้กระทำด้วยตนเอง"), (0, ""),
             (100, "ลงชื่อ ...................... ผู้มอบอำนาจ"), (110, f"({a.name})"),
             (100, "ลงชื่อ ...................... ผู้รับมอบอำนาจ"), (110, f"({name})"),
             (100, "ลงชื่อ ...................... พยาน"), (110, "(นายสมหมาย ดีงาม)")]  # fmt: skip
    data = scanned_pdf(flow(paras, 14, "Garuda", step=8.5), 14, "Garuda")
    raw = message(a, i, f"หนังสือมอบอำนาจ ยื่นภาษีป้ายแทน {a.name}",
                  text="เรียน งานภาษีป้าย\nแนบหนังสือมอบอำนาจ (สแกน) ผมจะไปยื่นแบบแทนเจ้าของป้ายวันจันทร์ครับ\n",
                  files=(("POA_scan.pdf", data, PDF),), from_=att_from(i + 1))  # fmt: skip
    return Case("pdf_scanned_poa", raw, exp(a, NO_MAIL))


def pdf_word_permit_renewal(a: Party, i: int) -> Case:
    """A company's letter from Word to PDF asking to extend its building permit (อ.1):
    the letterhead with its number, office and line, the permit's number and expiry, the
    site engineer's licence and phone."""
    p = a.p
    paras = [(20, a.name), (20, home(a, i + 1)), (20, f"โทร {tel(a, i + 2)}  เลขประจำตัวผู้เสียภาษี {nid_w(p.nid, i)}"), (0, ""),
             (20, f"ที่ กช.{71 + i}/2569"), (120, f"{9 + i % 10} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอต่ออายุใบอนุญาตก่อสร้างอาคาร"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ตามที่{a.name} ได้รับใบอนุญาตก่อสร้างอาคาร (อ.1) เลขที่ {143 + i}/2568 ลงวันที่ 20 มกราคม 2568 "
                  "ก่อสร้างอาคารพาณิชย์ 3 ชั้น จำนวน 6 คูหา ถนนเพชรเกษม ตำบลหนองแก ซึ่งใบอนุญาตจะสิ้นอายุในวันที่ 19 มกราคม 2570 "
                  "ขณะนี้งานก่อสร้างแล้วเสร็จร้อยละ 70 จึงขอต่ออายุใบอนุญาตออกไปอีก 1 ปี"),
             (30, f"ผู้ควบคุมงาน {ENGINEER[0]} ใบอนุญาต {ENGINEER[1]} โทร {mobile(ENGINEER[2], i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({DIRECTORS[0]})"), (105, "กรรมการผู้จัดการ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "ขอต่ออายุใบอนุญาตก่อสร้าง อ.1", text="เรียน กองช่าง\nแนบหนังสือขอต่ออายุใบอนุญาตครับ\n",
                  files=(("ต่ออายุ_อ1.pdf", data, PDF),), from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("pdf_word_permit_renewal", raw, firm_exp(a, NO_BIRTH, "pdf_word_permit_renewal"))


# --- sheets ---------------------------------------------------------------------------------


def xlsx_accountant_properties(a: Party, i: int) -> Case:
    """An accountant's list of a client's properties for the land tax: the client's block
    at the head (name, ID, home, phone), then one row per plot (deed, parcel, ระวาง,
    ตำบล, area in rai-ngan-wa, appraisal, tax, due date), her firm at the foot."""
    p = a.p
    acc, office, mob, box, _, _ = ACCOUNTANT

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทรัพย์สิน"
        ws.append(("รายการที่ดินและสิ่งปลูกสร้าง ปีภาษี 2569",))
        ws.append(("ชื่อเจ้าของ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "โฉนดเลขที่", "เลขที่ดิน", "ระวาง", "ตำบล", "เนื้อที่ (ไร่-งาน-วา)", "ราคาประเมิน (บาท)",
                   "ภาษี (บาท)", "ครบกำหนด"))  # fmt: skip
        for n in range(3):
            d_no, parcel, _, sheet = deed(i + 70 + n)
            ws.append((n + 1, d_no, parcel, sheet, ("หนองแก", "หัวหิน", "ทับใต้")[n], f"{n}-{1 + n}-{24 + 7 * n}",
                       1_840_000 + 310_000 * n, 920 + 155 * n, "30/04/2569"))  # fmt: skip
        ws.append(())
        ws.append((f"จัดทำโดย {acc} {office} โทร {mobile(mob, i)} {box}",))

    raw = message(a, i, f"รายการทรัพย์สินเพื่อชำระภาษี - {a.name}",
                  text=f"เรียน กองคลัง\nส่งรายการทรัพย์สินของลูกค้า ({a.name}) ตามไฟล์แนบ ขอยอดภาษีรวมค่ะ\n\n{acc}\n{office}\n",
                  files=(("ทรัพย์สิน_2569.xlsx", xlsx_bytes(build), XLSX),), from_=f"Jiraporn Accounting <{box}>")  # fmt: skip
    return Case("xlsx_accountant_properties", raw, exp(a, NO_MAIL))


def xlsx_company_signs(a: Party, i: int) -> Case:
    """A company's sheet of its signs at its Hua Hin branch: the company's block at the
    head (labels in A, values in B), then one row per sign."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ภป1"
        for r in (("ผู้ประกอบการ", a.name), ("เลขประจำตัวผู้เสียภาษี", nid_w(p.nid, i + 1)), ("สำนักงานใหญ่", home(a, i + 2)),
                  ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email), ("สาขาที่ติดตั้งป้าย", "สาขาหัวหิน 234/1 ถนนเพชรเกษม ต.หัวหิน"), ()):  # fmt: skip
            ws.append(r)
        ws.append(("ลำดับ", "ข้อความ", "กว้าง (ซม.)", "ยาว (ซม.)", "ประเภท", "ภาษี (บาท)"))
        for n, row in enumerate(((a.p.first, 150, 500, 3, 3000), (f"{a.name} สาขาหัวหิน", 80, 200, 1, 160),
                                 ("เปิด 07.00-22.00 น.", 60, 90, 1, 100))):  # fmt: skip
            ws.append((n + 1, *row))

    raw = message(a, i, f"รายการป้าย ภ.ป.1 ปี 2569 - {a.name}", text="เรียน งานภาษีป้าย\nแนบรายการป้ายของบริษัทค่ะ\n",
                  files=(("signs_2569.xlsx", xlsx_bytes(build), XLSX),), from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("xlsx_company_signs", raw, firm_exp(a, NO_BIRTH, "xlsx_company_signs"))


Style = Callable[[Party, int], Case]

# Each style, who writes for whom: "p" people, "f" firms; the two indexes of its variants.
STYLES: tuple[tuple[Style, str, tuple[int, int]], ...] = (
    (plain_land_tax_bkk_owner, "p", (0, 3)),
    (plain_attorney_land_tax, "p", (4, 7)),
    (plain_signboard_shop, "p", (6, 2)),
    (plain_accountant_company, "f", (0, 2)),
    (plain_food_stall_licence, "p", (2, 9)),
    (plain_renovation_owner, "p", (5, 1)),
    (html_outlook_company_signs, "f", (2, 0)),
    (html_gmail_agent_permit, "p", (11, 8)),
    (html_eservice_tax_objection, "p", (1, 10)),
    (html_outlook_accountant_invoice, "f", (1, 3)),
    (html_gmail_daughter_food, "p", (8, 1)),
    (docx_signboard_form, "f", (3, 2)),
    (docx_food_licence_form, "p", (9, 6)),
    (docx_kh1_agent_form, "p", (7, 0)),
    (docx_company_poa_letter, "f", (3, 0)),
    (pdf_fillable_pds, "p", (8, 5)),
    (pdf_fillable_pp1, "p", (1, 11)),
    (pdf_scanned_surcharge_letter, "p", (3, 8)),
    (pdf_scanned_poa, "p", (10, 7)),
    (pdf_word_permit_renewal, "f", (0, 3)),
    (xlsx_accountant_properties, "p", (11, 4)),
    (xlsx_company_signs, "f", (2, 1)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in STYLES
}

# What each request is about, for the table by kind of request.
REQUEST: dict[str, str] = {
    s.__name__: next(
        r
        for words, r in (
            (
                (
                    "land_tax",
                    "tax_objection",
                    "pds",
                    "surcharge",
                    "properties",
                    "invoice",
                    "poa_letter",
                ),
                "land tax",
            ),
            (("sign", "pp1", "accountant_company", "scanned_poa"), "signboard"),
            (("permit", "renovation", "kh1"), "permit"),
            (("food",), "food licence"),
        )
        if any(w in s.__name__ for w in words)
    )
    for s, _, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), people or firms as the style
    says, so that every owner and firm is written several ways."""
    cases: list[Case] = []
    for s, (style, who, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            party = FIRMS[n % len(FIRMS)] if who == "f" else PEOPLE[n]
            cases.append(style(party, 2 * s + k))
    return cases
