"""A hundred-and-twenty-fifth set of requests written by someone who had not read the readers
(issue 8): PETS, STRAY ANIMALS AND ANIMAL BITES, to เทศบาลนครนครสวรรค์, เทศบาลเมืองอุทัยธานี
and the อบต. of ชัยนาท (ธรรมามูล, ตลุก, ห้วยกรด, หนองน้อย). Registering dogs and cats
(ขึ้นทะเบียนสุนัขและแมว: 15-digit microchips opening 764, rabies vaccines' brands and lot
numbers, the clinic's vet beside the owner, a vaccination day's list), stray dogs reported
(a pack by a school, a LINE chat forwarded by the อบต.'s officer, a volunteer who feeds them
asking their sterilisation), dog bites (the bitten person, the dog's owner answering the
officer, a parent for a bitten child, the hospital's HN and the vaccine's doses), the
sterilisation campaign (a clinic's letter joining it, an owner's booking), a pet shop's
permit, complaints about a neighbour's dogs (the neighbour's name, house, mobile, ID; dog
counts), an elder's requests sent by a grandchild (the grandchild's phone and box only).
Kinds: plain (iPhone, Gmail, a grandchild's Gmail, a forwarded LINE chat, a web form's
notification), HTML (a parent's Gmail, a clinic's Outlook, the city's e-service table, an
iPhone reply over the officer's quoted mail), Word (the registration form on dotted lines
with the vet's certification, a neighbour complaint letter, a pet shop's letterhead, a
volunteer's letter with a table of strays), PDF (fillable bite report in Thai field names,
fillable sterilisation booking in English field names, typed letters of a dog's owner and
of an elder typed by her grandchild), xlsx (a headman's vaccination-day list, an owner's
pets sheet, a grandchild's sheet for her grandmother's dogs).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

Conventions (written down before any run), following sets 28 (the applicant is the person
who asks; for a body the natural person who signs), 31/63 (a service for one person asked
by another is the one it is for; the ผู้แจ้ง of a report and the parent for a child unless
the child is the ผู้ขอ), 37 (where only another's phone is given, phone `()`), 56/60 (a firm:
the director or managing partner who signs, his ID where given, the firm's office, line,
box), 58/66 (the pet's owner, never the pet, its microchip, the vet; pets' birth dates,
vaccination and incident dates never the birth date) and 66/71 (the headman who sends his
village's list). So the APPLICANT is:
- the OWNER who registers, vaccinates or books the sterilisation of her animals (the vet,
  the clinic, the pets never);
- the one who REPORTS stray dogs or COMPLAINS of a neighbour's dogs (the neighbour's name,
  house, mobile and ID never; the villager in a LINE chat the อบต.'s officer forwards, her
  e-mail `()`: the officer's box only);
- the BITTEN PERSON who reports his own bite; the DOG'S OWNER who reports or answers about
  his dog's bite (the bitten person, the postman, the child's parent never);
- the PARENT who reports a child's bite (the ผู้แจ้ง; the child's name, ID and birth date
  never: birth_date `()` where only the child's is given);
- the ELDER whose dogs or cats a grandchild writes about or sends for (the grandchild's
  name, ID, home, phone and box never: phone and e-mail `()` where only the grandchild's
  appear);
- the VOLUNTEER who asks in her own name for the strays she feeds (the other feeders
  never);
- for a CLINIC, the vet who owns it and signs its letter (ผู้รับอนุญาต; no ID given: `()`),
  the clinic's place, line and box; for a PET SHOP (a หจก.), the managing partner who signs
  (his ID where given), the shop's office, line and box (the shop's juristic number never);
- the HEADMAN who sends his village's vaccination list (the owners in its rows never).
Address: where the applicant lives (the clinic's or shop's place for a body), house number
to the อำเภอ, with or without เลขที่/บ้านเลขที่, with or without province and postal code;
province and postal code of that address; never the place of the bite, the school, the
market, the clinic beside an owner, the neighbour's house, the grandchild's home. A
microchip (15 digits), a vaccine's lot, a hospital's HN, a clinic's licence (even one of
ten digits opening 06), a vet's licence (ว.), a juristic number, a complaint's, a receipt's
or a registration card's number, a dog count is never an ID or a phone. Birth date ISO,
only the applicant's.
Everyone, every clinic, shop and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

NS = "นครสวรรค์"
UT = "อุทัยธานี"
CN = "ชัยนาท"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a body has no birth date; never expected
CITY = {NS: "เทศบาลนครนครสวรรค์", UT: "เทศบาลเมืองอุทัยธานี"}
DESK = {NS: "saraban@nakhonsawancity.example.go.th", UT: "info@uthaicity.example.go.th"}
TAO = {  # the อบต. of each ชัยนาท ตำบล
    "ธรรมามูล": ("องค์การบริหารส่วนตำบลธรรมามูล", "saraban@thammamun.example.go.th"),
    "ตลุก": ("องค์การบริหารส่วนตำบลตลุก", "saraban@taluk.example.go.th"),
    "ห้วยกรด": ("องค์การบริหารส่วนตำบลห้วยกรด", "saraban@huaykrot.example.go.th"),
    "หนองน้อย": ("องค์การบริหารส่วนตำบลหนองน้อย", "saraban@nongnoi.example.go.th"),
}

# The applicants (owners, reporters, complainants, parents, elders, a volunteer, a headman).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "สุดารัตน์", "พึ่งบุญ", "360010045512", date(1971, 5, 14), "0817854120", "sudarat.pb@gmail.com",
      "118/4", "", "", "สวรรค์วิถี", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000"),
    P("นาย", "ธีรวัฒน์", "อินทร์จันทร์", "360010078821", date(1986, 9, 2), "0896104472", "teerawat.ic@hotmail.com",
      "45", "", "", "มาตุลี", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000"),
    P("นางสาว", "ปาริชาติ", "ทองอ่อน", "360990021147", date(1995, 2, 20), "0635281194", "parichat.ta@gmail.com",
      "7/22", "", "โกสีย์ 8", "โกสีย์", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000"),
    P("นาย", "ประเสริฐ", "ช่างเหล็ก", "360010033916", date(1958, 12, 8), "0819732605", "prasert.cl58@gmail.com",
      "201", "3", "", "", "นครสวรรค์ตก", "เมืองนครสวรรค์", NS, "60000"),
    P("นาง", "บุญเรือน", "สายสุข", "361010011820", date(1944, 3, 27), "", "",
      "56", "", "", "ศรีอุทัย", "อุทัยใหม่", "เมืองอุทัยธานี", UT, "61000"),
    P("นาย", "สมหมาย", "แก้วกำเนิด", "361010056233", date(1979, 7, 19), "0862215370", "sommai.kk@gmail.com",
      "33/1", "", "", "ท่าช้าง", "อุทัยใหม่", "เมืองอุทัยธานี", UT, "61000"),
    P("นางสาว", "วราภรณ์", "ศรีสมบูรณ์", "361990008845", date(1990, 11, 11), "0957743218", "waraporn.ss@yahoo.com",
      "12", "", "", "ณรงค์วิถี", "อุทัยใหม่", "เมืองอุทัยธานี", UT, "61000"),
    P("นาย", "บุญส่ง", "มีแก้ว", "318010024417", date(1965, 4, 3), "0848812207", "boonsong.mk@gmail.com",
      "88", "5", "", "", "ธรรมามูล", "เมืองชัยนาท", CN, "17000"),
    P("นาง", "ลำดวน", "ปานทอง", "318040012365", date(1950, 8, 16), "", "",
      "14", "2", "", "", "ตลุก", "สรรพยา", CN, "17150"),
    P("นาง", "จินตนา", "ทองดี", "318050037751", date(1976, 1, 29), "0819045563", "jintana.td@gmail.com",
      "109", "7", "", "", "ห้วยกรด", "สรรคบุรี", CN, "17140"),
    P("นาย", "วิเชียร", "บัวเผื่อน", "318030019964", date(1962, 6, 25), "0897056321", "wichian.bp@gmail.com",
      "4/2", "1", "", "", "หนองน้อย", "วัดสิงห์", CN, "17120"),
    P("นางสาว", "กนกวรรณ", "เพ็ชรรัตน์", "360010091142", date(1998, 10, 7), "0924418816", "kanokwan.pr@gmail.com",
      "250/9", "", "", "พหลโยธิน", "นครสวรรค์ตก", "เมืองนครสวรรค์", NS, "60000"),
    P("นาย", "ชาญชัย", "รุ่งเรืองศรี", "360010064478", date(1983, 3, 30), "0815961140", "chanchai.rr@gmail.com",
      "19", "", "", "โกสีย์", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000"),
    P("นาง", "สายทอง", "ประเสริฐวงศ์", "361020041179", date(1968, 9, 9), "0869905512", "saithong.pw@hotmail.com",
      "77/2", "", "", "ศรีน้ำเที่ยง", "อุทัยใหม่", "เมืองอุทัยธานี", UT, "61000"),
)  # fmt: skip

# Clinics (the vet who owns it signs): the place, line, box; (vet, licence, clinic licence).
CLINICS: tuple[Party, ...] = (
    P("", "คลินิกรักษาสัตว์ปากน้ำโพเพ็ทแคร์", "", "060000000011", NONE, "056221478", "petcare.pnp@gmail.com",
      "512/3", "", "", "สวรรค์วิถี", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000", juristic=True),
    P("", "อุทัยสัตวแพทย์คลินิก", "", "061000000021", NONE, "056511238", "uthaivet.clinic@gmail.com",
      "8/5", "", "", "ศรีอุทัย", "อุทัยใหม่", "เมืองอุทัยธานี", UT, "61000", juristic=True),
)  # fmt: skip
CLINIC_VETS: tuple[tuple[str, str, str, str], ...] = (
    ("สพ.ญ.รัชนี วงศ์ทอง", "สัตวแพทย์หญิงรัชนี วงศ์ทอง", "4127", "0603200012"),
    ("น.สพ.กิตติพงษ์ ศรีนวล", "นายสัตวแพทย์กิตติพงษ์ ศรีนวล", "6632", "0613100027"),
)
ASSISTANTS = (("นางสาวอรอุมา แสงจันทร์", "0836627014"), ("นายภานุ ทองมา", "0927781135"))

# Pet shops (หจก.): the office, line, box; the managing partner who signs (name, ID).
SHOPS: tuple[Party, ...] = (
    P("ห้างหุ้นส่วนจำกัด ", "นครสวรรค์เพ็ทมาร์ท", "", "060355800123", NONE, "056312447", "petmart.nsw@gmail.com",
      "99/9", "", "", "พหลโยธิน", "นครสวรรค์ตก", "เมืองนครสวรรค์", NS, "60000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "อุทัยอควาแอนด์เพ็ท", "", "061355800217", NONE, "056513390", "uthai.aquapet@gmail.com",
      "41", "", "", "ท่าช้าง", "อุทัยใหม่", "เมืองอุทัยธานี", UT, "61000", juristic=True),
)  # fmt: skip
PARTNERS: tuple[tuple[str, str], ...] = (
    ("นายธนากร เลิศวัฒนา", with_check_digit("360010052284")),
    ("นางพรรณี อุดมทรัพย์", with_check_digit("361010047725")),
)

# Vets beside an owner: name, vet licence (ว.), clinic, clinic's line, clinic's place.
VETS: tuple[tuple[str, str, str, str, str], ...] = (
    ("สพ.ญ.รัชนี วงศ์ทอง", "ว.4127", "คลินิกรักษาสัตว์ปากน้ำโพเพ็ทแคร์", "056-221-478",
     "512/3 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000"),
    ("น.สพ.กิตติพงษ์ ศรีนวล", "ว.6632", "อุทัยสัตวแพทย์คลินิก", "056-511-238",
     "8/5 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000"),
    ("น.สพ.อดิเรก ชัยมงคล", "ว.5518", "โรงพยาบาลสัตว์ชัยนาทวัฒนา", "056-411-905",
     "301 ถนนพรหมประเสริฐ ตำบลในเมือง อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000"),
)  # fmt: skip

# Neighbours whose dogs are complained of or bit: name, house, mobile, ID.
NEIGHBOURS: tuple[tuple[str, str, str, str], ...] = (
    ("นายสุรินทร์ คงเจริญ", "120/1", "0871120934", with_check_digit("360010081175")),
    ("นางเยาวลักษณ์ บุญมา", "16", "0859902476", with_check_digit("361010060514")),
    ("นายเสน่ห์ จันทร์แก้ว", "92", "0894417720", with_check_digit("318050041123")),
)

# Grandchildren who write or send: name, ID, mobile, box, home elsewhere.
GRANDKIDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสาวพิมพ์ลดา สายสุข", with_check_digit("110370091126"), "0614429985", "pimlada.ss@gmail.com",
     "55/201 คอนโดเดอะทรี ถนนประชาชื่น แขวงบางซื่อ เขตบางซื่อ กรุงเทพมหานคร 10800"),
    ("นายณัฐวุฒิ ปานทอง", with_check_digit("318040055213"), "0983347712", "nattawut.pt@gmail.com",
     "7/3 หมู่ที่ 4 ตำบลบางหลวง อำเภอสรรพยา จังหวัดชัยนาท 17150"),
)  # fmt: skip

# Bitten children: name, ID, birth date.
CHILDREN: tuple[tuple[str, str, date], ...] = (
    ("เด็กชายภูมิพัฒน์ อินทร์จันทร์", with_check_digit("160010224418"), date(2017, 6, 3)),
    ("เด็กหญิงณิชาภัทร ทองดี", with_check_digit("118050071154"), date(2018, 2, 14)),
)
HOSPITAL = {NS: "โรงพยาบาลสวรรค์ประชารักษ์", UT: "โรงพยาบาลอุทัยธานี", CN: "โรงพยาบาลชัยนาทนเรนทร"}

# Pets: name, kind, breed, sex, colour, birth date, microchip, vaccine and lot.
PETS: tuple[tuple[str, str, str, str, str, date, str, str], ...] = (
    ("ข้าวตู", "สุนัข", "ไทยหลังอาน", "ผู้", "น้ำตาลแดง", date(2023, 4, 9), "764098100234517", "Rabisin lot L47821"),
    ("มะลิ", "สุนัข", "พันทาง", "เมีย", "ขาว", date(2022, 11, 20), "764098100238802", "Rabisin lot L47821"),
    ("ส้มจี๊ด", "แมว", "วิเชียรมาศ", "เมีย", "ครีมแต้มน้ำตาล", date(2024, 1, 15), "764098100241196", "Raksharab lot 21RB0094"),
    ("ดำดี", "แมว", "ไทยดำ", "ผู้", "ดำ", date(2021, 8, 30), "764098100229953", "Nobivac Rabies lot A183C02"),
    ("บราวนี่", "สุนัข", "ชิวาวา", "ผู้", "น้ำตาล", date(2020, 5, 5), "764098100215574", "Defensor 3 lot 3K019A"),
    ("ลัคกี้", "สุนัข", "ลาบราดอร์", "เมีย", "ครีม", date(2019, 12, 1), "764098100208861", "Rabisin lot L51106"),
)  # fmt: skip


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 7, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set125-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def agency(a: Party) -> tuple[str, str]:
    """The body the applicant writes to (name, box): the city or the ตำบล's อบต."""
    p = a.p
    if p.province in CITY:
        return CITY[p.province], DESK[p.province]
    return TAO[p.tambon]


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def bare(name: str) -> str:
    """A name without its title, as a mail program shows its owner."""
    for t in ("นางสาว", "นาง", "นาย"):
        if name.startswith(t):
            return name[len(t) :]
    return name


def chief(body_: str) -> str:
    """Who a letter to the body is addressed to."""
    if body_.startswith("องค์การ"):
        return "นายก" + body_
    return "นายกเทศมนตรี" + body_[5:]


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str = "") -> dict[str, tuple[str, ...]]:
    """The applicant who writes for herself: her own phone and box where she has them."""
    e = exp(a, keys or ALL)
    if not a.p.email:
        e["email"] = ()
    if not a.p.mobile:
        e["phone"] = ()
    return e


def for_other(a: Party, keys: str = "") -> dict[str, tuple[str, ...]]:
    """The one a request is for, sent by another: phone and e-mail `()` (only the
    sender's appear)."""
    e = exp(a, keys or ALL)
    e["phone"] = ()
    e["email"] = ()
    return e


def no_birth(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Only another's (a child's, a pet's) birth date is given."""
    e["birth_date"] = ()
    return e


def body(a: Party, name: tuple[str, ...], nid: str) -> dict[str, tuple[str, ...]]:
    """A clinic or a shop: the one who signs for it, its place, line and box."""
    e = exp(a, "full_name national_id phone email address postal_code province")
    e["full_name"] = name
    e["national_id"] = (nid,) if nid else ()
    return e


def pet_line(k: int, i: int) -> str:
    name, kind, breed, sex, colour, born, chip, vac = PETS[k % len(PETS)]
    return (f"{kind}ชื่อ {name} พันธุ์{breed} เพศ{sex} สี{colour} เกิด {born_th(born, i)} "
            f"ไมโครชิพ {chip} ฉีดวัคซีนพิษสุนัขบ้า {vac}")  # fmt: skip


ALL = "full_name national_id birth_date phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_register_dogs": "the owner; never the vet (licence, clinic's line), the dogs' chips",
    "plain_gmail_bitten_adult": "the bitten person; never the dog's owner (his name, house, mobile), the HN",
    "plain_grandchild_cats_sterilise": "the grandmother; never the grandchild who sends (her ID, condo, phone, box)",
    "plain_line_forward_stray_pack": "the villager in the chat; never the อบต.'s officer who forwards (e-mail `()`)",
    "plain_webform_neighbour_dogs": "the complainant (ผู้ร้อง block); never the neighbour's block; e-mail the form's field",
    "html_gmail_parent_child_bitten": "the parent (ผู้แจ้ง); never the child (ID, birth date: birth_date `()`)",
    "html_outlook_clinic_campaign": "the vet who owns the clinic and signs (ID `()`); the clinic's place, line, box; never the assistant",
    "html_eservice_pet_table": "the owner's rows; never the pets' rows, the clinic's row; e-mail the owner's row",
    "html_iphone_reply_dog_owner": "the dog's owner who replies; never the quoted officer, the bitten postman, the vet",
    "docx_register_form_dotted": "the owner (ผู้ขอ); never the vet's certifying block (its own ข้าพเจ้า)",
    "docx_neighbour_complaint": "the complainant who signs; never the neighbour (name, ID, house, mobile)",
    "docx_petshop_letterhead": "the managing partner who signs (his ID); the shop's office, line, box; never its juristic number",
    "docx_volunteer_strays_table": "the volunteer who signs; never the feeders in the table",
    "pdf_fillable_bite_report": "v1 the bitten person (ผู้ถูกกัด = ผู้แจ้ง); v2 the parent (ผู้แจ้ง), never the child; the owner's section never",
    "pdf_fillable_sterilise_booking": "the owner (owner_*); never the pet_*, vet_* fields",
    "pdf_typed_dog_owner_letter": "the dog's owner who writes (block top right); never the bitten child's parent, the vet",
    "pdf_typed_elder_by_grandchild": "the elder who signs; never the grandchild who typed and sends (phone, box `()`)",
    "xlsx_headman_vaccination_day": "the headman (head block); never the owners' rows",
    "xlsx_owner_pets_sheet": "the owner (head block); never the pets' rows, the clinic",
    "xlsx_grandchild_elder_dogs": "the grandmother's row; never the grandchild's row (ผู้ส่งแทน)",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_register_dogs(a: Party, i: int) -> Case:
    """An owner's iPhone mail registering two dogs after the clinic chipped them: each
    dog's chip, birth date, vaccine and lot; the clinic's vet (licence, line) below."""
    p = a.p
    body_, to = agency(a)
    vet, lic, clinic, line, _ = VETS[i % 3]
    text = (
        f"เรียน {body_}\n\n{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ {home(a, i)}\nโทร {mobile(p.mobile, i)}\n\n"
        f"ขอขึ้นทะเบียนสุนัข 2 ตัวตามข้อบัญญัติฯ {ending(a)}\n1) {pet_line(i, i + 2)}\n2) {pet_line(i + 1, i)}\n\n"
        f"ฝังไมโครชิพและฉีดวัคซีนที่{clinic} โดย {vet} ใบอนุญาตฯ เลขที่ {lic} โทรคลินิก {line} "
        f"เมื่อวันที่ {thai_day(date(2026, 11, 3 + i % 20))} แนบรูปสุนัขและใบรับรองการฉีดวัคซีนมาด้วย{ending(a)}\n\n"
        f"{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอขึ้นทะเบียนสุนัข 2 ตัว", box(a), to, text=text)
    return Case("plain_iphone_register_dogs", raw, own(a))


def plain_gmail_bitten_adult(a: Party, i: int) -> Case:
    """A man bitten on his morning walk by a neighbour's dog (the neighbour's name, house
    and mobile), the hospital's HN and vaccine doses; asks the dog be checked and kept."""
    p = a.p
    body_, to = agency(a)
    n_name, n_house, n_mob, _ = NEIGHBOURS[i % 3]
    text = (
        f"เรียน เจ้าหน้าที่งานสัตวแพทย์ {body_}\n\n"
        f"{me(a)}ชื่อ {a.name} อายุ {2569 - p.born.year - 543} ปี บ้านเลขที่ {home(a, i + 1)} "
        f"ถูกสุนัขของ {n_name} บ้านเลขที่ {n_house} (ซอยเดียวกัน) กัดที่น่องขวา เมื่อเช้าวันที่ {thai_day(date(2026, 11, 28))} "
        "เวลาประมาณ 06.10 น. ขณะเดินออกกำลังกาย\n"
        f"ไปรักษาที่{HOSPITAL[p.province]} HN {6604418 + i} ได้รับวัคซีนป้องกันพิษสุนัขบ้าเข็มที่ 1 แล้ว นัดเข็มที่ 2 วันที่ 1 ธ.ค. 69\n"
        f"ได้โทรแจ้งเจ้าของสุนัขที่เบอร์ {mobile(n_mob, i)} แล้วแต่ไม่รับสาย สุนัขตัวนี้ไม่ใส่ปลอกคอและเคยไล่กัดเด็กมาก่อน\n"
        "ขอให้เจ้าหน้าที่ไปตรวจสอบ กักสุนัขดูอาการ 10 วัน และตรวจว่าได้ฉีดวัคซีนหรือยัง\n\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nวันเกิด {born_th(p.born, i)}\nมือถือ {mobile(p.mobile, i + 1)}\n\n"
        f"ขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, "แจ้งถูกสุนัขกัด ขอให้ตรวจสอบเจ้าของสุนัข", box(a), to, text=text)
    return Case("plain_gmail_bitten_adult", raw, own(a))


def plain_grandchild_cats_sterilise(a: Party, i: int) -> Case:
    """A granddaughter in Bangkok (or a grandson nearby) writes from her Gmail for her
    grandmother who keeps cats: the grandmother's ID, birth date, home; the
    grandchild's own ID, home and mobile for the call back."""
    p = a.p
    body_, to = agency(a)
    g_name, g_id, g_mob, g_box, g_home = GRANDKIDS[i % 2]
    g_me, g_end = ("ผม", "ครับ") if g_name.startswith("นาย") else ("หนู", "ค่ะ")
    text = (
        f"เรียน {body_}\n\n"
        f"{g_me} {g_name} เป็นหลานของ {a.name} ขอลงชื่อคุณยายเข้าโครงการทำหมันแมวฟรี{g_end}\n"
        f"คุณยายอายุ {2569 - p.born.year - 543} ปีแล้ว เลี้ยงแมวไว้ 6 ตัว (ตัวเมีย 4 ตัว) ยังไม่ได้ทำหมันเลย\n\n"
        f"ข้อมูลคุณยาย\nชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i + 2)}\n"
        f"ที่อยู่ {home(a, i)}\nคุณยายไม่มีโทรศัพท์{g_end}\n\n"
        f"ข้อมูลผู้ติดต่อ (หลาน)\n{g_name}\nบัตรประชาชน {nid_w(g_id, i + 1)}\nที่อยู่ {g_home}\nโทร {mobile(g_mob, i)}\n\n"
        f"ถ้าได้คิวแล้วรบกวนโทรแจ้ง{g_me} จะพาคุณยายและแมวไปเอง{g_end}\nขอบคุณ{g_end}\n"
    )
    raw = message(i, "ขอลงชื่อทำหมันแมวให้คุณยาย", f"{bare(g_name)} <{g_box}>", to, text=text)
    return Case("plain_grandchild_cats_sterilise", raw, for_other(a))


def plain_line_forward_stray_pack(a: Party, i: int) -> Case:
    """The อบต.'s officer forwards a LINE chat from its official account: the villager
    reports a pack of stray dogs by the school, gives her name, ID and mobile in the
    chat; the officer's own lines and the school's place."""
    p = a.p
    body_, _ = agency(a)
    officer = ("นายอนุวัฒน์ ศรีสุข", "056-405-112 ต่อ 13")
    school = f"โรงเรียนบ้าน{p.tambon}"
    chat = (
        f"[LINE] ประวัติการแชทกับ {a.p.first} {a.p.last[:2]}...\nวันที่บันทึก: 07/12/2569 08:15\n\n"
        f"2569.12.06 วันเสาร์\n"
        f"07:42\t{p.first}\tสวัสดีค่ะ ขอแจ้งเรื่องหมาจรจัดค่ะ มีฝูงหมาประมาณ 8-9 ตัว อยู่หน้า{school} หมู่ {p.moo}\n"
        f"07:43\t{p.first}\tไล่เห่าไล่กัดเด็กนักเรียนทุกเช้า ลูกดิฉันก็โดนไล่ค่ะ\n"
        f"07:50\t{body_}\tขอบคุณที่แจ้งครับ รบกวนขอชื่อ-สกุล เลขบัตร ที่อยู่ และเบอร์โทรผู้แจ้งครับ\n"
        f"07:55\t{p.first}\t{a.name}\n07:55\t{p.first}\t{nid_w(p.nid, i)}\n"
        f"07:56\t{p.first}\tบ้านเลขที่ {home(a, i + 1)}\n07:56\t{p.first}\t{mobile(p.mobile, i)}\n"
        f"07:58\t{body_}\tรับเรื่องแล้วครับ จะประสานปศุสัตว์อำเภอ{p.amphoe}ไปจับและทำหมันครับ\n"
    )
    text = (
        f"เรียน ปลัด{body_}\n\nส่งต่อเรื่องแจ้งสุนัขจรจัดจาก LINE OA ของ อบต. ตามแชทด้านล่างครับ\n\n"
        f"{officer[0]}\nนักวิชาการสาธารณสุข\nโทร {officer[1]}\n\n---------- ข้อความที่ส่งต่อ ----------\n{chat}"
    )
    raw = message(i, "Fwd: แจ้งสุนัขจรจัดหน้าโรงเรียน (LINE OA)", f"อนุวัฒน์ ศรีสุข <anuwat.s@{TAO[p.tambon][1].split('@')[1]}>",
                  TAO[p.tambon][1], text=text)  # fmt: skip
    e = own(a, "full_name national_id phone email address postal_code province")
    e["email"] = ()
    return Case("plain_line_forward_stray_pack", raw, e)


def plain_webform_neighbour_dogs(a: Party, i: int) -> Case:
    """The city's web form's notification (from no-reply) of a complaint: the
    complainant's block, then the block of the one complained of (the neighbour's name,
    house, mobile), the dogs' count and what happens."""
    p = a.p
    body_, to = agency(a)
    n_name, n_house, n_mob, _ = NEIGHBOURS[(i + 1) % 3]
    text = (
        f"ระบบรับเรื่องร้องเรียนออนไลน์ {body_}\nมีเรื่องร้องเรียนใหม่ เลขที่รับเรื่อง CMP-2569-{4410 + i}\n"
        "============================\n"
        "ประเภทเรื่อง: เหตุเดือดร้อนรำคาญ - การเลี้ยงสัตว์\n\n"
        "[ข้อมูลผู้ร้องเรียน]\n"
        f"ชื่อ-นามสกุล: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i)}\n"
        f"ที่อยู่: {home(a, i)}\nโทรศัพท์มือถือ: {mobile(p.mobile, i + 2)}\nอีเมล: {p.email}\n\n"
        "[ข้อมูลผู้ถูกร้องเรียน]\n"
        f"ชื่อ-นามสกุล: {n_name}\nที่อยู่: บ้านเลขที่ {n_house} {' '.join(home(a, 0).split()[1:4])}\nโทรศัพท์: {mobile(n_mob, i)}\n\n"
        "[รายละเอียด]\n"
        f"เลี้ยงสุนัขไว้ {7 + i % 4} ตัว ปล่อยเห่าหอนทั้งคืน อุจจาระส่งกลิ่นเหม็นมาถึงบ้านผู้ร้อง ได้ตักเตือนแล้ว 2 ครั้งไม่ดีขึ้น\n\n"
        "ส่งเมื่อ: 06/12/2569 21:37 น.\nIP: 171.96.12.40\n"
        "============================\nอีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(i, f"[ร้องเรียนออนไลน์] CMP-2569-{4410 + i} การเลี้ยงสัตว์", f"ระบบรับเรื่องร้องเรียน <no-reply@{to.split('@')[1]}>",
                  to, text=text)  # fmt: skip
    return Case(
        "plain_webform_neighbour_dogs",
        raw,
        own(a, "full_name national_id phone email address postal_code province"),
    )


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_parent_child_bitten(a: Party, i: int) -> Case:
    """A parent's Gmail: the child bitten by a stray dog at the market, the child's name,
    ID and birth date as a list, the hospital's HN and vaccine lot; the parent's own ID,
    home and mobile under ผู้แจ้ง."""
    p = a.p
    body_, to = agency(a)
    c_name, c_id, c_born = CHILDREN[i % 2]
    rel = "บิดา" if p.title == "นาย" else "มารดา"
    lines = [f"เรียน {body_}", "",
             f"{me(a)}ขอแจ้งเหตุลูกถูกสุนัขจรจัดกัดบริเวณตลาดสด ขอให้ช่วยจับสุนัขตัวนี้ไปตรวจโรคพิษสุนัขบ้า{ending(a)}", "",
             "<b>ผู้ถูกกัด</b>", f"- ชื่อ {c_name}", f"- เลขประจำตัวประชาชน {nid_w(c_id, i)}",
             f"- วันเกิด {born_th(c_born, i)}", f"- ถูกกัดที่ข้อเท้าซ้าย วันที่ {thai_day(date(2026, 12, 2 + i % 4))} เวลา 17.30 น.",
             f"- รักษาที่{HOSPITAL[p.province]} HN {5512087 + i} ฉีดวัคซีน Speeda lot 202411037 และ RIG แล้ว", "",
             "<b>ลักษณะสุนัข</b>", "- สีดำ ขนสั้น ตัวผู้ ไม่มีปลอกคอ มักนอนอยู่หลังแผงหมู", "",
             f"<b>ผู้แจ้ง ({rel})</b>", f"- {a.name}", f"- เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}",
             f"- ที่อยู่ {home(a, i)}", f"- โทร {mobile(p.mobile, i)}", "",
             f"ขอบคุณ{ending(a)}", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "แจ้งเด็กถูกสุนัขจรจัดกัดที่ตลาด", box(a), to, html=html)
    return Case("html_gmail_parent_child_bitten", raw, no_birth(own(a)))


def html_outlook_clinic_campaign(a: Party, i: int) -> Case:
    """A clinic's Outlook letter offering to join the city's sterilisation and rabies
    campaign: the clinic's licence (ten digits opening 06), the vet's licence, signed by
    the vet who owns it; an assistant's mobile to coordinate in the signature."""
    k = i % 2
    c = CLINICS[k]
    cp = c.p
    vet, vet_full, lic, clinic_lic = CLINIC_VETS[k]
    asst, asst_mob = ASSISTANTS[k]
    body_, to = CITY[cp.province], DESK[cp.province]
    paras = [f"เรียน นายกเทศมนตรี{body_[5:]}", "",
             f"ด้วย{c.name} ใบอนุญาตให้ตั้งสถานพยาบาลสัตว์ เลขที่ {clinic_lic} ตั้งอยู่เลขที่ {home(c, i)} "
             f"โดยมี{vet} ผู้รับอนุญาตและผู้ดำเนินการสถานพยาบาลสัตว์ (ใบอนุญาตประกอบวิชาชีพการสัตวแพทย์ชั้นหนึ่ง เลขที่ {lic}) "
             "มีความประสงค์เข้าร่วมโครงการสัตว์ปลอดโรค คนปลอดภัยจากโรคพิษสุนัขบ้า ปี 2570 "
             f"โดยรับผ่าตัดทำหมันสุนัขและแมวจรจัด {40 + 10 * k} ตัว และฝังไมโครชิพให้สัตว์ที่ขึ้นทะเบียนในราคาทุน", "",
             f"ทั้งนี้ มอบหมายให้ {asst} ผู้ช่วยสัตวแพทย์ โทร {mobile(asst_mob, i)} เป็นผู้ประสานงาน", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{vet}</b><br>ผู้รับอนุญาต {c.name}<br>{home(c, i + 1)}<br>'
           f"โทร {tel(c, i)} | LINE @petcare{k}<br>"
           f'<a href="mailto:{cp.email}">{cp.email}</a></p>')  # fmt: skip
    raw = message(i, f"{c.name} ขอเข้าร่วมโครงการทำหมันและฉีดวัคซีนพิษสุนัขบ้า", f"{c.name} <{cp.email}>", to,
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_clinic_campaign", raw, body(c, (vet, vet_full), ""))


def html_eservice_pet_table(a: Party, i: int) -> Case:
    """The city's e-service notification (from no-reply) of a pet registration: a table
    of the owner's rows, then the pet's rows (its birth date, chip, vaccine lot), then the
    clinic's row."""
    p = a.p
    body_, to = agency(a)
    name, kind, breed, _, colour, born, chip, vac = PETS[(i + 2) % len(PETS)]
    vet, lic, clinic, line, _ = VETS[(i + 1) % 2]
    rows = [("ข้อมูลเจ้าของสัตว์", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home(a, i)), ("โทรศัพท์", p.mobile), ("อีเมล", p.email),
            ("ข้อมูลสัตว์เลี้ยง", ""), ("ชนิด", kind), ("ชื่อสัตว์", name), ("พันธุ์/สี", f"{breed} / {colour}"),
            ("วันเกิดสัตว์", born_th(born, i)), ("หมายเลขไมโครชิพ", chip), ("วัคซีน", vac),
            ("สถานพยาบาลสัตว์", f"{clinic} ({vet} {lic}) โทร {line}")]  # fmt: skip
    t = "".join(f"<tr><td style='width:180px'>{x}</td><td>{y}</td></tr>" if y else
                f"<tr><th colspan='2' style='background:#2e7d32;color:#fff;text-align:left'>{x}</th></tr>" for x, y in rows)  # fmt: skip
    html = (f"<html><body style='font-family:Tahoma;font-size:13px'><p><b>e-Service {body_}</b></p>"
            f"<p>เรื่อง: คำขอขึ้นทะเบียนสุนัขและแมว เลขที่คำขอ PET{69120 + i:06d}</p>"
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:gray;font-size:11px'>อีเมลฉบับนี้ส่งโดยอัตโนมัติ โปรดอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[e-Service] คำขอขึ้นทะเบียนสุนัขและแมว PET{69120 + i:06d}",
                  f"e-Service <no-reply@{to.split('@')[1]}>", to, html=html)  # fmt: skip
    return Case("html_eservice_pet_table", raw, own(a))


def html_iphone_reply_dog_owner(a: Party, i: int) -> Case:
    """The dog's owner replies from his iPhone over the officer's quoted mail: his dog
    bit the postman (his name, mobile), it is kept at the clinic ten days (the vet, the
    clinic's line); his own ID, home and mobile under his name."""
    p = a.p
    body_, to = agency(a)
    vet, lic, clinic, line, _ = VETS[i % 3]
    postman = ("นายชัยยุทธ พรมมา", "0803319264")
    top = (f"<div dir='auto'>เรียนคุณวิภาวรรณ<br><br>{me(a)}เป็นเจ้าของสุนัขที่กัด{postman[0]} พนักงานไปรษณีย์ (โทร {mobile(postman[1], i)}) "
           f"เมื่อวันที่ 29 พ.ย. ครับ ตอนนี้นำสุนัขไปฝากกักดูอาการที่{clinic} ({vet} ใบอนุญาต {lic} โทร {line}) ครบ 10 วัน "
           "วันที่ 9 ธ.ค. สุนัขยังปกติดี ได้ฉีดวัคซีนพิษสุนัขบ้าทุกปี ไมโครชิพ " + PETS[(i + 4) % 6][6] + "<br><br>"
           f"ข้อมูล{me(a)}ตามที่ขอ<br>{a.name}<br>เลขบัตร {nid_w(p.nid, i)}<br>{home(a, i + 1)}<br>{mobile(p.mobile, i + 3)}<br><br>"
           f"ขอบคุณ{ending(a)}<br><br>ส่งจาก iPhone ของฉัน</div>")  # fmt: skip
    quote = ("<div dir='ltr'><br><blockquote type='cite'>เมื่อ 5 ธ.ค. 2569 เวลา 10:14 วิภาวรรณ เกตุแก้ว &lt;"
             f"{to}&gt; เขียนว่า:<br><br><div>เรียน เจ้าของสุนัข<br>ตามที่มีผู้แจ้งว่าสุนัขของท่านกัดพนักงานไปรษณีย์ "
             "ขอให้ท่านกักสุนัขดูอาการ 10 วัน และส่งชื่อ เลขบัตร ที่อยู่ เบอร์โทรของท่านกลับมา<br><br>วิภาวรรณ เกตุแก้ว<br>"
             f"เจ้าพนักงานสาธารณสุข {body_}<br>โทร 056-219-500 ต่อ 225</div></blockquote></div>")  # fmt: skip
    html = f"<html><body>{top}{quote}</body></html>\n"
    raw = message(i, "Re: กรณีสุนัขกัดพนักงานไปรษณีย์", box(a), to, html=html)
    return Case("html_iphone_reply_dog_owner", raw, no_birth(own(a)))


# --- Word ----------------------------------------------------------------------------------


def docx_register_form_dotted(a: Party, i: int) -> Case:
    """The city's แบบคำขอขึ้นทะเบียนสุนัขและแมว typed over its dotted lines, the pets'
    table, then the vet's certification with its own ข้าพเจ้า (his licence, clinic's
    line)."""
    p = a.p
    body_, to = agency(a)
    vet, lic, clinic, line, place = VETS[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอขึ้นทะเบียนสุนัขและแมว\n{body_}")
        d.add_paragraph(f"เขียนที่ {home(a, 0).split(' ')[0]} วันที่ {3 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า.....{a.name}.....อายุ.....{2569 - p.born.year - 543}.....ปี เกิดวันที่.....{born_th(p.born, i)}.....\n"
            f"เลขประจำตัวประชาชน.....{nid_w(p.nid, i + 1)}.....\n"
            f"อยู่บ้านเลขที่.....{home(a, i)}.....\n"
            f"โทรศัพท์.....{mobile(p.mobile, i)}.....อีเมล.....{p.email or '-'}....."
        )
        d.add_paragraph("ขอขึ้นทะเบียนสัตว์ ดังนี้")
        t = d.add_table(rows=1, cols=6)
        for c, h in zip(
            t.rows[0].cells,
            ("ลำดับ", "ชื่อสัตว์", "ชนิด/พันธุ์", "วันเกิด", "ไมโครชิพ", "วัคซีน/Lot"),
            strict=True,
        ):
            c.text = h
        for n in range(2):
            name, kind, breed, _, _, born, chip, vac = PETS[(i + 3 * n) % 6]
            for c, v in zip(
                t.add_row().cells,
                (str(n + 1), name, f"{kind}/{breed}", born_th(born, i + n), chip, vac),
                strict=True,
            ):
                c.text = v
        d.add_paragraph(f"ลงชื่อ.......................ผู้ขอ\n({a.name})")
        d.add_paragraph(
            f"สำหรับสัตวแพทย์\nข้าพเจ้า {vet} ใบอนุญาตประกอบวิชาชีพการสัตวแพทย์ เลขที่ {lic} {clinic} {place} โทร {line} "
            "ขอรับรองว่าได้ฝังไมโครชิพและฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สัตว์ข้างต้นจริง\n"
            f"ลงชื่อ.......................สัตวแพทย์\n({vet})"
        )

    raw = message(i, "ส่งแบบคำขอขึ้นทะเบียนสุนัขและแมว", box(a), to,
                  text=f"เรียน {body_}\nส่งแบบคำขอขึ้นทะเบียนสัตว์เลี้ยงตามไฟล์แนบ{ending(a)}\n",
                  files=(("แบบขึ้นทะเบียนสุนัขแมว.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a)
    return Case("docx_register_form_dotted", raw, e)


def docx_neighbour_complaint(a: Party, i: int) -> Case:
    """A complaint letter in Word about a neighbour's dogs (his name, ID from an earlier
    dispute at the village's mediation, house, mobile; the dogs' count, an earlier
    complaint's number); v2 typed wholly in Thai digits."""
    p = a.p
    body_, to = agency(a)
    n_name, n_house, n_mob, n_id = NEIGHBOURS[(i + 2) % 3]
    tr = thai if i % 2 else str

    def build(d: Any) -> None:
        d.add_paragraph(tr(f"\t\t\t\t\tบ้านเลขที่ {home(a, i)}"))
        d.add_paragraph(tr(f"\t\t\t\t\t{5 + i % 20} ธันวาคม 2569"))
        d.add_paragraph(f"เรื่อง ร้องเรียนเหตุเดือดร้อนรำคาญจากการเลี้ยงสุนัข\nเรียน {chief(body_)}")
        d.add_paragraph(
            tr(
                f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} โทรศัพท์ {mobile(p.mobile, i + 1)} "
                f"ขอร้องเรียน {n_name} (เลขประจำตัวประชาชน {nid_w(n_id, i + 1)}) บ้านเลขที่ {n_house} หมู่ที่ {p.moo or '-'} "
                f"ซึ่งอยู่ติดกับบ้านของข้าพเจ้า เลี้ยงสุนัขไว้ประมาณ {12 + i} ตัว ปล่อยออกนอกบ้าน ไล่กัดไก่และเด็ก "
                f"ข้าพเจ้าเคยร้องเรียนแล้วตามเรื่องเลขที่ {310 + i}/2569 และผู้ใหญ่บ้านไกล่เกลี่ยแล้ว แต่ยังไม่แก้ไข"
            )
        )
        d.add_paragraph(
            tr(f"ท่านสามารถติดต่อ {n_name} ได้ที่ {mobile(n_mob, i)} จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ")
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n(ลงชื่อ) .......................\n({a.name})\nผู้ร้องเรียน")

    raw = message(i, "ร้องเรียนเพื่อนบ้านเลี้ยงสุนัขจำนวนมาก", box(a), to,
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือร้องเรียนครับ/ค่ะ\n",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = no_birth(own(a))
    return Case("docx_neighbour_complaint", raw, e)


def docx_petshop_letterhead(a: Party, i: int) -> Case:
    """A pet shop's (a หจก.) letter on its letterhead renewing its permit to sell animals
    (ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ): its juristic number, the permit's number,
    the managing partner who signs (his ID in the body), the shop's vet."""
    k = i % 2
    s = SHOPS[k]
    sp = s.p
    partner, partner_id = PARTNERS[k]
    vet, lic, clinic, _, _ = VETS[k]
    body_, to = CITY[sp.province], DESK[sp.province]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{s.name}\n{home(s, i)}\nโทร {tel(s, i)}  อีเมล {sp.email}\nเลขทะเบียนนิติบุคคล {sp.nid}"
        )
        d.add_paragraph(f"ที่ พม.{14 + i}/2569\t\t\t\t{9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอต่ออายุใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ\nเรียน นายกเทศมนตรี{body_[5:]}"
        )
        d.add_paragraph(
            f"ด้วย{s.name} โดย {partner} หุ้นส่วนผู้จัดการ เลขประจำตัวประชาชน {nid_w(partner_id, i)} "
            f"ประกอบกิจการจำหน่ายสัตว์เลี้ยงและอุปกรณ์ (สุนัข แมว ปลาสวยงาม) ตามใบอนุญาตเลขที่ {27 + i}/2569 ซึ่งจะหมดอายุวันที่ 31 ธันวาคม 2569 "
            f"จึงขอต่ออายุใบอนุญาตสำหรับปี 2570 ทั้งนี้ร้านมีสัตวแพทย์ที่ปรึกษา คือ {vet} ({clinic} ใบอนุญาตเลขที่ {lic}) "
            "ตรวจสุขภาพสัตว์ทุกสัปดาห์ และมีสุนัข 14 ตัว แมว 9 ตัว ที่ฝังไมโครชิพแล้วทุกตัว"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({partner})\nหุ้นส่วนผู้จัดการ")

    raw = message(i, "ขอต่ออายุใบอนุญาตกิจการจำหน่ายสัตว์", f"{s.name} <{sp.email}>", to,
                  text="เรียน งานสาธารณสุข\nแนบหนังสือขอต่ออายุใบอนุญาตค่ะ\n",
                  files=(("ขอต่อใบอนุญาต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_petshop_letterhead", raw, body(s, (partner,), partner_id))


def docx_volunteer_strays_table(a: Party, i: int) -> Case:
    """A volunteer who feeds strays asks, in her own name, their sterilisation: a table of
    the places, the dogs' counts and the other feeders with their mobiles."""
    p = a.p
    body_, to = agency(a)
    feeders = (("นางมาลี ศรีเมือง", "0819920341"), ("นายเอกชัย พุ่มพวง", "0867714408"))

    def build(d: Any) -> None:
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์ทำหมันและฉีดวัคซีนสุนัขจรจัด")
        d.add_paragraph(f"เรียน {body_}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} เป็นอาสาสมัครให้อาหารสุนัขจรจัดในพื้นที่ ขอให้{body_}นำสุนัขจรจัดไปทำหมัน"
            "และฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ตามรายการดังนี้"
        )
        t = d.add_table(rows=1, cols=4)
        for c, h in zip(
            t.rows[0].cells, ("จุดที่พบ", "จำนวนสุนัข (ตัว)", "ผู้ดูแล/ให้อาหาร", "โทร"), strict=True
        ):
            c.text = h
        for place, n, (f, m) in ((f"หลังวัด{p.tambon}", "11", feeders[0]), ("ตลาดนัดเย็นวันพุธ", "7", feeders[1]),
                                 ("ลานจอดรถหน้าตลาด", "5", (a.name, p.mobile))):  # fmt: skip
            for c, v in zip(t.add_row().cells, (place, n, f, mobile(m, i)), strict=True):
                c.text = v
        d.add_paragraph(f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 2)}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nอาสาสมัครดูแลสุนัขจรจัด")

    raw = message(i, "ขอทำหมันสุนัขจรจัด 23 ตัว", box(a), to, text=f"เรียน {body_}\nแนบหนังสือขอความอนุเคราะห์{ending(a)}\n",
                  files=(("ขอทำหมันสุนัขจรจัด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_volunteer_strays_table", raw, own(a))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_bite_report(a: Party, i: int) -> Case:
    """The city's fillable แบบรายงานการถูกสัตว์กัด (Thai field names): the bitten
    person's section, the animal's owner's section, and a ผู้แจ้ง section (empty in v1,
    where the bitten person files; the parent's in v2, the bitten being her child)."""
    p = a.p
    body_, to = agency(a)
    o_name, o_house, o_mob, o_id = NEIGHBOURS[i % 3]
    if i % 2:
        c_name, c_id, c_born = CHILDREN[0]
        victim = (c_name, c_id, born_th(c_born, i), home(a, i))
        reporter = (
            a.name,
            p.nid,
            "มารดา" if p.title != "นาย" else "บิดา",
            mobile(p.mobile, i),
            home(a, i + 1),
        )
    else:
        victim = (a.name, p.nid, born_th(p.born, i), home(a, i))
        reporter = ("", "", "", "", "")
    labels = [(45, 18, f"แบบรายงานการถูกสัตว์กัด/ข่วน {body_}"),
              (20, 34, "1. ผู้ถูกกัด ชื่อ-สกุล"), (20, 42, "เลขประจำตัวประชาชน"), (120, 42, "วันเกิด"), (20, 50, "ที่อยู่"),
              (20, 58, "โทรศัพท์"), (20, 66, "วันที่ถูกกัด"), (110, 66, "สถานที่"),
              (20, 80, "2. เจ้าของสัตว์ ชื่อ-สกุล"), (20, 88, "เลขประจำตัวประชาชน"), (20, 96, "ที่อยู่"), (120, 96, "โทรศัพท์"),
              (20, 104, "ชนิดสัตว์/จำนวน"), (20, 118, "3. ผู้แจ้ง (กรณีไม่ใช่ผู้ถูกกัด) ชื่อ-สกุล"), (20, 126, "เลขประจำตัวประชาชน"),
              (120, 126, "เกี่ยวข้องเป็น"), (20, 134, "โทรศัพท์"), (20, 142, "ที่อยู่")]  # fmt: skip
    fields = [Field("ผู้ถูกกัด_ชื่อ", victim[0], 62, 34, 90), Field("ผู้ถูกกัด_เลขบัตร", victim[1], 55, 42, 55, comb=13),
              Field("ผู้ถูกกัด_วันเกิด", victim[2], 135, 42, 45), Field("ผู้ถูกกัด_ที่อยู่", victim[3], 35, 50, 160),
              Field("ผู้ถูกกัด_โทร", "" if i % 2 else mobile(p.mobile, i), 40, 58, 50),
              Field("วันที่ถูกกัด", f"{1 + i % 5}/12/2569", 50, 66, 40), Field("สถานที่ถูกกัด", "หน้าบ้านเจ้าของสัตว์", 125, 66, 60),
              Field("เจ้าของสัตว์_ชื่อ", o_name, 62, 80, 90), Field("เจ้าของสัตว์_เลขบัตร", o_id, 55, 88, 55, comb=13),
              Field("เจ้าของสัตว์_ที่อยู่", f"{o_house} ซอยเดียวกับผู้ถูกกัด", 35, 96, 80), Field("เจ้าของสัตว์_โทร", o_mob, 140, 96, 45),
              Field("ชนิดสัตว์", "สุนัข 1 ตัว (เลี้ยงไว้ 4 ตัว)", 55, 104, 80),
              Field("ผู้แจ้ง_ชื่อ", reporter[0], 90, 118, 90), Field("ผู้แจ้ง_เลขบัตร", reporter[1], 55, 126, 55, comb=13),
              Field("ผู้แจ้ง_เกี่ยวข้อง", reporter[2], 145, 126, 40), Field("ผู้แจ้ง_โทร", reporter[3], 40, 134, 50),
              Field("ผู้แจ้ง_ที่อยู่", reporter[4], 35, 142, 160)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Garuda"), fields)
    raw = message(i, "แบบรายงานการถูกสุนัขกัด", box(a), to, text=f"ส่งแบบรายงานที่กรอกแล้ว{ending(a)}\n",
                  files=(("รายงานถูกสัตว์กัด.pdf", data, PDF),))  # fmt: skip
    e = own(a)
    return Case("pdf_fillable_bite_report", raw, no_birth(e) if i % 2 else e)


def pdf_fillable_sterilise_booking(a: Party, i: int) -> Case:
    """The campaign's fillable booking (English field names): owner_* fields, pet_*
    fields (its birth date, chip, last vaccine's lot), the vet_* who will operate."""
    p = a.p
    body_, to = agency(a)
    name, kind, _, sex, _, born, chip, vac = PETS[(i + 1) % 6]
    vet, lic, clinic, line, _ = VETS[i % 3]
    labels = [(40, 18, "ใบจองคิวทำหมันสุนัข-แมว โครงการสัตว์ปลอดโรค คนปลอดภัย"), (70, 26, body_),
              (20, 40, "ชื่อเจ้าของ"), (20, 48, "เลขบัตรประชาชน"), (120, 48, "วันเกิด"), (20, 56, "ที่อยู่"),
              (20, 64, "มือถือ"), (110, 64, "อีเมล"), (20, 80, "ชื่อสัตว์"), (80, 80, "ชนิด/เพศ"), (20, 88, "วันเกิดสัตว์"),
              (100, 88, "ไมโครชิพ"), (20, 96, "วัคซีนครั้งล่าสุด"), (20, 112, "สัตวแพทย์ผู้ผ่าตัด"), (120, 112, "เลขใบอนุญาต"),
              (20, 120, "โทรคลินิก")]  # fmt: skip
    fields = [Field("owner_name", a.name, 45, 40, 100), Field("owner_id", nid_w(p.nid, i), 50, 48, 60),
              Field("owner_dob", born_th(p.born, i + 2), 135, 48, 45), Field("owner_address", home(a, i), 35, 56, 160),
              Field("owner_mobile", mobile(p.mobile, i), 40, 64, 55), Field("owner_email", p.email, 125, 64, 70),
              Field("pet_name", name, 40, 80, 35), Field("pet_type", f"{kind} {sex}", 100, 80, 40),
              Field("pet_dob", born_th(born, i + 2), 50, 88, 45), Field("pet_chip", chip, 120, 88, 60),
              Field("pet_vaccine", vac, 55, 96, 80), Field("vet_name", vet, 60, 112, 55), Field("vet_license", lic, 145, 112, 30),
              Field("vet_phone", f"{line} ({clinic})", 45, 120, 100)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, "จองคิวทำหมันสัตว์เลี้ยง", box(a), to, text=f"แนบใบจองคิว{ending(a)}\n",
                  files=(("booking_sterilise.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_sterilise_booking", raw, own(a))


def pdf_typed_dog_owner_letter(a: Party, i: int) -> Case:
    """A dog's owner's typed letter (his block top right) reporting his dog bit a
    neighbour's child: the child's parent (name, mobile), the vet who observes the dog
    (licence, clinic's line), the dog's chip; his own ID and mobile in the body."""
    p = a.p
    body_, to = agency(a)
    vet, lic, clinic, line, _ = VETS[(i + 2) % 3]
    parent = ("นางสุภาวดี คำภีร์", "0852246618")
    h = home(a, 0)
    cut = h.find(" ต") if " ต" in h else h.find(" ตำบล")
    paras: list[tuple[float, str]] = [(120, h[:cut].strip()), (120, h[cut:].strip()), (0, ""),
             (120, f"{4 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง แจ้งเหตุสุนัขกัดและขอรับการตรวจสอบ"),
             (20, f"เรียน {body_}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เป็นเจ้าของสุนัขชื่อ {PETS[i % 6][0]} "
                  f"(ไมโครชิพ {PETS[i % 6][6]}) ขอแจ้งว่าเมื่อวันที่ {thai_day(date(2026, 11, 30))} สุนัขของข้าพเจ้าหลุดออกจากบ้าน "
                  f"และกัดบุตรชายของ {parent[0]} (โทร {mobile(parent[1], i)}) ที่ขาขวา ข้าพเจ้าได้พาเด็กไปฉีดวัคซีนและรับผิดชอบค่ารักษาแล้ว"),
             (30, f"ขณะนี้ได้นำสุนัขไปกักดูอาการที่{clinic} โดย {vet} ใบอนุญาตเลขที่ {lic} โทร {line} "
                  "จึงขอให้เจ้าหน้าที่มาตรวจสอบและบันทึกเหตุไว้เป็นหลักฐาน"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "แจ้งเหตุสุนัขกัด (เจ้าของสุนัข)", box(a), to, text="เรียน เจ้าหน้าที่\nแนบหนังสือแจ้งเหตุ\n",
                  files=(("แจ้งเหตุสุนัขกัด.pdf", data, PDF),))  # fmt: skip
    e = no_birth(own(a))
    return Case("pdf_typed_dog_owner_letter", raw, e)


def pdf_typed_elder_by_grandchild(a: Party, i: int) -> Case:
    """An elder's typed letter (her block top right; typed by her grandchild), asking the
    agency to register and vaccinate her late husband's dogs at home: her ID and birth
    date; the grandchild as contact (ID, mobile) at the foot; sent from his box."""
    p = a.p
    body_, to = agency(a)
    g_name, g_id, g_mob, g_box, _ = GRANDKIDS[(i + 1) % 2]
    h = home(a, 1)
    cut = h.find(" ต.") if " ต." in h else h.find(" ตำบล")
    paras: list[tuple[float, str]] = [(120, h[:cut].strip()), (120, h[cut:].strip()), (0, ""),
             (120, f"{2 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอให้เจ้าหน้าที่มาขึ้นทะเบียนและฉีดวัคซีนสุนัขที่บ้าน"),
             (20, f"เรียน {body_}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
                  f"อายุ {2569 - p.born.year - 543} ปี สามีของข้าพเจ้าเสียชีวิตเมื่อต้นปี และได้เลี้ยงสุนัขไว้ {5 + i % 3} ตัว "
                  "ยังไม่เคยขึ้นทะเบียนและฉีดวัคซีน ข้าพเจ้าเดินไม่สะดวก จึงขอให้เจ้าหน้าที่มาขึ้นทะเบียนและฉีดวัคซีนให้ที่บ้าน"),
             (30, f"ทั้งนี้ ข้าพเจ้าไม่มีโทรศัพท์ ขอให้ติดต่อหลาน คือ {g_name} เลขประจำตัวประชาชน {nid_w(g_id, i + 1)} โทร {mobile(g_mob, i)}"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (0, ""),
             (20, f"พิมพ์โดย {g_name} (หลาน)")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Laksaman", step=8.5), size=14, face="Laksaman")
    raw = message(i, f"หนังสือของคุณยาย{p.first} ขอขึ้นทะเบียนสุนัข", f"{bare(g_name)} <{g_box}>", to,
                  text=f"เรียน {body_}\nส่งหนังสือของคุณยายแทนครับ/ค่ะ\n",
                  files=(("หนังสือคุณยาย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_elder_by_grandchild", raw, for_other(a))


# --- sheets --------------------------------------------------------------------------------


def xlsx_headman_vaccination_day(a: Party, i: int) -> Case:
    """A headman's list for the อบต.'s rabies vaccination day: his head block (name, ID,
    house, mobile), then the owners' rows (names, IDs, houses, mobiles, dog and cat
    counts)."""
    p = a.p
    body_, to = agency(a)
    owners = (("นายสมพร ทองคำ", with_check_digit("318010061142"), "12", "0861140275", 3, 1),
              ("นางบัวผัน แก้วใส", with_check_digit("318050077316"), "45/1", "0894452310", 1, 4),
              ("นายไพโรจน์ นาคสุข", with_check_digit("318030054408"), "101", "0817763021", 6, 0))  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บัญชีฉีดวัคซีน"
        ws.append((f"บัญชีรายชื่อเจ้าของสัตว์ วันฉีดวัคซีนพิษสุนัขบ้า หมู่ที่ {p.moo} ตำบล{p.tambon}",))
        ws.append(("ผู้ส่ง (ผู้ใหญ่บ้าน)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อเจ้าของ", "เลขบัตร", "บ้านเลขที่", "โทร", "สุนัข", "แมว"))
        for n, (o, oid, h, m, dogs, cats) in enumerate(owners):
            ws.append((n + 1, o, oid, h, m, dogs, cats))
        ws.append(("", "รวม", "", "", "", sum(x[4] for x in owners), sum(x[5] for x in owners)))

    raw = message(i, f"บัญชีเจ้าของสัตว์ หมู่ {p.moo} วันฉีดวัคซีน", box(a), to,
                  text=f"เรียน {body_}\nส่งบัญชีรายชื่อหมู่ {p.moo} ครับ\n", files=(("vaccine_list.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = no_birth(own(a))
    return Case("xlsx_headman_vaccination_day", raw, e)


def xlsx_owner_pets_sheet(a: Party, i: int) -> Case:
    """An owner's sheet registering her pets: her head block (name, ID, birth date, home,
    mobile), then a row per pet (birth date, chip, vaccine lot, clinic's line)."""
    p = a.p
    body_, to = agency(a)
    _, lic, clinic, line, _ = VETS[i % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขึ้นทะเบียน"
        ws.append(("ข้อมูลเจ้าของ",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("มือถือ", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("ชื่อสัตว์", "ชนิด", "วันเกิด", "ไมโครชิพ", "วัคซีน", "คลินิก", "โทรคลินิก"))
        for n in range(4):
            name, kind, _, _, _, born, chip, vac = PETS[(i + n) % 6]
            ws.append((name, kind, born_th(born, n), chip, vac, f"{clinic} ({lic})", line))

    raw = message(i, "ขอขึ้นทะเบียนสัตว์เลี้ยง 4 ตัว", box(a), to, text=f"เรียน {body_}\nแนบรายการสัตว์เลี้ยง{ending(a)}\n",
                  files=(("สัตว์เลี้ยง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_owner_pets_sheet", raw, own(a))


def xlsx_grandchild_elder_dogs(a: Party, i: int) -> Case:
    """A grandchild's sheet for her grandparent's dogs: a row per role (เจ้าของสัตว์, the
    grandparent; ผู้ส่งแทน, the grandchild with her ID, home, mobile), then the dogs."""
    p = a.p
    body_, to = agency(a)
    g_name, g_id, g_mob, g_box, g_home = GRANDKIDS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูล"
        ws.append(("คำขอขึ้นทะเบียนสุนัข",))
        ws.append(("", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์"))
        ws.append(("เจ้าของสัตว์", a.name, nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i), "-"))
        ws.append(("ผู้ส่งแทน (หลาน)", g_name, nid_w(g_id, i), "", g_home, mobile(g_mob, i + 1)))
        ws.append(())
        ws.append(("ชื่อสุนัข", "เพศ", "สี", "ไมโครชิพ"))
        for n in range(3):
            name, _, _, sex, colour, _, chip, _ = PETS[(i + 2 * n) % 6]
            ws.append((name, sex, colour, chip))

    raw = message(i, "ขึ้นทะเบียนสุนัขของคุณตา/คุณยาย", f"{bare(g_name)} <{g_box}>", to,
                  text=f"เรียน {body_}\nส่งข้อมูลขึ้นทะเบียนสุนัขแทน{a.name}\n",
                  files=(("ขึ้นทะเบียนสุนัข.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_grandchild_elder_dogs", raw, for_other(a))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the clinic and shop styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_register_dogs, (0, 9)),
    (plain_gmail_bitten_adult, (12, 5)),
    (plain_grandchild_cats_sterilise, (4, 8)),
    (plain_line_forward_stray_pack, (9, 10)),
    (plain_webform_neighbour_dogs, (2, 6)),
    (html_gmail_parent_child_bitten, (1, 9)),
    (html_outlook_clinic_campaign, (0, 0)),
    (html_eservice_pet_table, (11, 13)),
    (html_iphone_reply_dog_owner, (5, 12)),
    (docx_register_form_dotted, (6, 3)),
    (docx_neighbour_complaint, (13, 7)),
    (docx_petshop_letterhead, (0, 0)),
    (docx_volunteer_strays_table, (2, 9)),
    (pdf_fillable_bite_report, (10, 0)),
    (pdf_fillable_sterilise_booking, (1, 6)),
    (pdf_typed_dog_owner_letter, (3, 13)),
    (pdf_typed_elder_by_grandchild, (8, 4)),
    (xlsx_headman_vaccination_day, (7, 10)),
    (xlsx_owner_pets_sheet, (12, 5)),
    (xlsx_grandchild_elder_dogs, (4, 8)),
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
