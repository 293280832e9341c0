"""A hundred-and-seventh set of requests written by someone who had not read the readers
(issue 8): ROADS, STREET LIGHTS AND PUBLIC WORKS, to the เทศบาล and อบต. of นครนายก,
ปราจีนบุรี and สระแก้ว (เทศบาลเมืองนครนายก, อบต.ศรีจุฬา, อบต.เกาะหวาย, เทศบาลเมือง
ปราจีนบุรี, เทศบาลเมืองกบินทร์บุรี, อบต.ท่าตูม, เทศบาลตำบลประจันตคาม, เทศบาลเมืองสระแก้ว,
เทศบาลเมืองอรัญญิก, เทศบาลเมืองวังน้ำเย็น, อบต.ท่าเกษม...). Street lights that died (pole
numbers, GPS, photos described by their file names and times), potholes and a road's
shoulder that fell into a canal, a driveway (ทางเชื่อม) from a plot to a public road (its
deed, the culvert's size, the contractor, the neighbour who consents), speed bumps before a
school, cutting a road for a water pipe or a fibre cable (the water authority's job
number, the site engineer's licence and mobile), a trench left open by a contractor,
villagers' petitions with their signers (numbered lines, a Word table, a sheet), a
village committee's letter (Thai digits, the headman who signs as its chair, his
assistant as contact), a contractor's reply over the municipality's quoted mail (the
complainant's values in the quote), a company's letter on letterhead. Mail programs:
iPhone (plain and HTML), Gmail (Android, web; HTML), Outlook (for Android; desktop HTML
with a quoted reply), a LINE chat exported and forwarded by the อบต.'s officer, the
agencies' web-form notifications (plain and an HTML table). Attachments: Word (a petition
with its signers' table, a committee's letter, a driveway form on dotted lines, a
company's letterhead), PDF (fillable with English and with Thai field names, typed
letters), xlsx (a headman's list of dead poles, a petition's signers, the town's repair
form as a sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, sets 62/63's builders and tests, the helpers they import, set 84's test comments
and the earlier sets' first docstrings).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks; for a body the natural person who signs for it), sets 31/63 (a service for one
person asked by another is the one it is for: the villager, not the officer who forwards
her chat), set 37 (where only another's phone is given, phone `()`), set 62 (a headman
asking for his village is the applicant, his home and mobile) and set 71 (in a request
signed by several, the REPRESENTATIVE the letter names, ผู้แทน / ผู้ประสานงาน / ตัวแทน,
wherever he stands among the signers; his house number with the village the letter names
is his address):
- a resident who reports a light, a pothole, a shoulder, a culvert, an open trench: she;
  the neighbour before whose house the pole stands, the shopkeeper who also called, the
  headman told of it, the motorcyclist who fell, the foreman, never;
- a LINE chat forwarded by the อบต.'s officer: the villager in the chat (her name, house,
  phone as she types them); the officer's name, post, mobile, line and box never (e-mail
  `()`);
- a driveway: the plot's owner who asks (his home, never the plot's place; the contractor
  and the consenting neighbour never);
- a petition: the representative named; the other signers' names, IDs, houses, phones
  never; where the mail is sent by another (a daughter, a son) e-mail `()`;
- a village committee: the headman who signs as its chair (his ID where the letter or its
  table gives it, else `()`; his mobile; his home, the letter's head); the secretary or
  assistant headman who sends or is the contact never (e-mail `()`: the box is theirs);
- a contractor or a company: the natural person who signs for it (หุ้นส่วนผู้จัดการ,
  กรรมการผู้จัดการ), national_id `()` (none given); the firm's office, line and box; the
  site engineer, the coordinator, the municipality's officer in the quote and the
  complainant the quote names never; the juristic or tax number never an ID;
- a web form's notification: the filer's rows; the no-reply box, the office's line and the
  place of the works never.
Address: where the applicant lives, house number to the อำเภอ, with or without เลขที่/
บ้านเลขที่, with หมู่ที่/หมู่/ม., ตำบล/ต., อำเภอ/อ., ถนน/ถ. as written or not, with or without
province (as typed) and postal code; in a letter typed in Thai digits the same in Thai
digits too. Pole, asset, deed, land, job, contract, e-GP, ticket, request and juristic
numbers, licences, sizes, coordinates, IP addresses and the 1111 line are never an ID or a
phone; birth date only the applicant's, scored where she gives it. Everyone, every firm and
every number is invented (13-digit numbers made with with_check_digit); ตำบล, อำเภอ,
provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, Person, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

NY = "นครนายก"
PC = "ปราจีนบุรี"
SK = "สระแก้ว"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

# The agency each tambon writes to, and its desk.
AGENCY: dict[str, tuple[str, str]] = {
    "ศรีจุฬา": ("องค์การบริหารส่วนตำบลศรีจุฬา", "saraban@srichula.example.go.th"),
    "นครนายก": ("เทศบาลเมืองนครนายก", "saraban@nakhonnayokcity.example.go.th"),
    "ท่าช้าง": ("องค์การบริหารส่วนตำบลท่าช้าง", "admin@thachang-nyk.example.go.th"),
    "บ้านนา": ("เทศบาลตำบลบ้านนา", "saraban@banna-nyk.example.go.th"),
    "บางลูกเสือ": ("องค์การบริหารส่วนตำบลบางลูกเสือ", "saraban@banglooksua.example.go.th"),
    "เกาะหวาย": ("องค์การบริหารส่วนตำบลเกาะหวาย", "saraban@kohwai.example.go.th"),
    "หน้าเมือง": ("เทศบาลเมืองปราจีนบุรี", "saraban@prachinburicity.example.go.th"),
    "ท่าตูม": ("องค์การบริหารส่วนตำบลท่าตูม", "saraban@thatoom.example.go.th"),
    "วังดาล": ("องค์การบริหารส่วนตำบลวังดาล", "saraban@wangdan.example.go.th"),
    "กบินทร์": ("เทศบาลเมืองกบินทร์บุรี", "saraban@kabincity.example.go.th"),
    "ประจันตคาม": ("เทศบาลตำบลประจันตคาม", "saraban@prachantakham.example.go.th"),
    "บ้านหอย": ("องค์การบริหารส่วนตำบลบ้านหอย", "saraban@banhoi.example.go.th"),
    "โคกปีบ": ("องค์การบริหารส่วนตำบลโคกปีบ", "saraban@kokpeep.example.go.th"),
    "สระแก้ว": ("เทศบาลเมืองสระแก้ว", "saraban@sakaeocity.example.go.th"),
    "ท่าเกษม": ("องค์การบริหารส่วนตำบลท่าเกษม", "saraban@thakasem.example.go.th"),
    "อรัญประเทศ": ("เทศบาลเมืองอรัญญิก", "saraban@aranyik.example.go.th"),
    "ผักขะ": ("องค์การบริหารส่วนตำบลผักขะ", "saraban@phakkha.example.go.th"),
    "วังน้ำเย็น": ("เทศบาลเมืองวังน้ำเย็น", "saraban@wangnamyen.example.go.th"),
    "หนองหว้า": ("องค์การบริหารส่วนตำบลหนองหว้า", "saraban@nongwa-sk.example.go.th"),
    "ตาพระยา": ("เทศบาลตำบลตาพระยา", "saraban@taphraya.example.go.th"),
    "ดอนยอ": ("องค์การบริหารส่วนตำบลดอนยอ", "saraban@donyor.example.go.th"),
    "ดงพระราม": ("องค์การบริหารส่วนตำบลดงพระราม", "saraban@dongphraram.example.go.th"),
}

# The people who ask (residents, owners, representatives, headmen).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "สมใจ", "ทองมา", "326010045218", date(1964, 5, 12), "0869123457", "somjai.tm@gmail.com",
      "45", "3", "", "", "ศรีจุฬา", "เมืองนครนายก", NY, "26000"),
    P("นาย", "ประเสริฐ", "แก้วกาหลง", "326020031147", date(1971, 8, 3), "0815674320", "prasert.kk@hotmail.com",
      "112/4", "", "", "สุวรรณศร", "นครนายก", "เมืองนครนายก", NY, "26000"),
    P("นางสาว", "วราภรณ์", "ศรีสุข", "126010023345", date(1995, 2, 17), "0923418875", "waraporn.ss@gmail.com",
      "9/2", "7", "", "", "บ้านนา", "บ้านนา", NY, "26110"),
    P("นาย", "ชัยวัฒน์", "บุญมาก", "326040012276", date(1968, 11, 25), "0897761302", "chaiwat.bm@yahoo.com",
      "88", "4", "", "", "บางลูกเสือ", "องครักษ์", NY, "26120"),
    P("นาง", "บุญเรือน", "พรมมา", "326050021190", date(1959, 1, 30), "0862275519", "",
      "17", "2", "", "", "เกาะหวาย", "ปากพลี", NY, "26130"),
    P("นาย", "สุรเชษฐ์", "วงศ์ใหญ่", "325010055634", date(1980, 6, 14), "0818892364", "surachet.w@gmail.com",
      "201/9", "", "", "ราษฎรดำเนิน", "หน้าเมือง", "เมืองปราจีนบุรี", PC, "25000"),
    P("นาง", "จันทร์เพ็ญ", "ศักดิ์สิทธิ์", "325030044127", date(1975, 9, 9), "0894456120", "janpen.ss@hotmail.com",
      "56", "9", "", "", "ท่าตูม", "ศรีมหาโพธิ", PC, "25140"),
    P("นาย", "อำนาจ", "ชูศรี", "325020031582", date(1966, 3, 21), "0816653047", "amnat.cs@gmail.com",
      "133", "5", "", "", "วังดาล", "กบินทร์บุรี", PC, "25110"),
    P("นางสาว", "ปิยพร", "แสงทอง", "125990041268", date(1998, 12, 5), "0631184592", "piyaporn.st@gmail.com",
      "77/12", "1", "", "", "กบินทร์", "กบินทร์บุรี", PC, "25110"),
    P("นาย", "ธีระ", "มณีวงศ์", "325040027719", date(1957, 7, 7), "0869902215", "",
      "24", "6", "", "", "ประจันตคาม", "ประจันตคาม", PC, "25130"),
    P("นาง", "สุดารัตน์", "คงเจริญ", "325060018843", date(1983, 4, 28), "0955521876", "sudarat.kc@gmail.com",
      "5/1", "3", "", "", "โคกปีบ", "ศรีมโหสถ", PC, "25190"),
    P("นาย", "ณรงค์ศักดิ์", "ทองดี", "327010066421", date(1976, 10, 10), "0813347726", "narongsak.td@gmail.com",
      "301", "", "", "สุวรรณศร", "สระแก้ว", "เมืองสระแก้ว", SK, "27000"),
    P("นาง", "ลำดวน", "สีดา", "327020035578", date(1962, 2, 2), "0878814403", "",
      "64", "2", "", "", "ท่าเกษม", "เมืองสระแก้ว", SK, "27000"),
    P("นาย", "วิทยา", "ปานทอง", "327030047715", date(1985, 5, 19), "0846621908", "wittaya.pt@hotmail.com",
      "19/3", "", "", "ธนะวิถี", "อรัญประเทศ", "อรัญประเทศ", SK, "27120"),
    P("นางสาว", "ศิริพร", "จันทร์หอม", "127990052231", date(2000, 8, 30), "0982246613", "siriporn.jh@gmail.com",
      "142", "8", "", "", "ผักขะ", "วัฒนานคร", SK, "27160"),
    P("นาย", "สมพงษ์", "ใจกล้า", "327050022964", date(1969, 12, 12), "0898817250", "sompong.jk@gmail.com",
      "8", "11", "", "", "วังน้ำเย็น", "วังน้ำเย็น", SK, "27210"),
    P("นาง", "อรุณี", "ภักดีวงศ์", "327040031186", date(1973, 6, 6), "0817725534", "arunee.pd@yahoo.com",
      "36/1", "4", "", "", "หนองหว้า", "เขาฉกรรจ์", SK, "27000"),
    P("นาย", "บุญส่ง", "ศรีประจันต์", "325040039932", date(1954, 4, 4), "0815542286", "",
      "92", "1", "", "", "บ้านหอย", "ประจันตคาม", PC, "25130"),
    P("นาง", "กาญจนา", "อินทร์สุวรรณ", "326010078810", date(1979, 11, 11), "0861192245", "kanjana.is@gmail.com",
      "7/7", "5", "", "", "ท่าช้าง", "เมืองนครนายก", NY, "26000"),
    P("นาย", "เอกชัย", "พึ่งบุญ", "327060015527", date(1988, 1, 20), "0639914478", "ekkachai.pb@gmail.com",
      "55", "10", "", "", "ตาพระยา", "ตาพระยา", SK, "27180"),
)  # fmt: skip

# Contractors and companies: office, line (as `mobile`), box; the juristic number as `nid`.
FIRMS: tuple[Party, ...] = (
    P("ห้างหุ้นส่วนจำกัด ", "นครนายกโยธาการ", "", "026355200041", NONE, "037311245", "nyk.yotha@gmail.com",
      "99/9", "2", "", "", "ดอนยอ", "เมืองนครนายก", NY, "26000", juristic=True),
    P("บริษัท ", "ปราจีนวิศวกรรมโยธา", "จำกัด", "025555800123", NONE, "037213554", "info@pcb-civil.example.co.th",
      "218", "4", "", "", "ดงพระราม", "เมืองปราจีนบุรี", PC, "25000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "สระแก้วรุ่งเรืองก่อสร้าง", "", "027355300214", NONE, "037242118", "skrr.const@gmail.com",
      "14/2", "", "", "สุวรรณศร", "สระแก้ว", "เมืองสระแก้ว", SK, "27000", juristic=True),
    P("บริษัท ", "อรัญไฟเบอร์ลิงก์", "จำกัด", "027555900381", NONE, "037231406", "contact@aranfiberlink.example.co.th",
      "72/5", "", "", "มหาดไทย", "อรัญประเทศ", "อรัญประเทศ", SK, "27120", juristic=True),
)  # fmt: skip
# The natural person who signs for each firm, and his post.
SIGNERS: tuple[tuple[str, str], ...] = (
    ("นายไพโรจน์ สมบูรณ์ชัย", "หุ้นส่วนผู้จัดการ"),
    ("นางสาวรัชนี วงศ์ประเสริฐ", "กรรมการผู้จัดการ"),
    ("นายสุเมธ ทองประเสริฐ", "หุ้นส่วนผู้จัดการ"),
    ("นายกฤษดา เหลืองอ่อน", "กรรมการผู้จัดการ"),
)
# Site engineers: name, licence, mobile.
ENGINEERS: tuple[tuple[str, str, str], ...] = (
    ("นายวีระพล ศรีสวัสดิ์", "สย.31247", "0817729034"),
    ("นายกิตติพงษ์ ดวงแก้ว", "ภย.45678", "0894410327"),
)
# The agencies' officers (name, post, mobile, box).
OFFICERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายธนพล รักษ์ดี", "นายช่างโยธาปฏิบัติงาน", "0852213390", "thanapol.rd@gmail.com"),
    ("นายปกรณ์ เพชรรัตน์", "นายช่างโยธาชำนาญงาน", "0814420976", "pakorn.kongchang@gmail.com"),
)
# Others beside the applicant: neighbours, signers, committee members (name, ID, mobile).
OTHERS: tuple[tuple[str, str, str], ...] = (
    ("นางมาลัย ดีเลิศ", with_check_digit("327050011274"), "0813390217"),
    ("นายทองสุข จันทร์แก้ว", with_check_digit("327050024459"), "0896614408"),
    ("นางสาวอัมพร เกตุแก้ว", with_check_digit("127990031827"), "0628817705"),
    ("นายพิชัย ศรีนวล", with_check_digit("327050031193"), "0845529016"),
    ("นางเยาวลักษณ์ ทองสุข", with_check_digit("325040041160"), "0867713254"),
    ("นายสายัณห์ บุญประคอง", with_check_digit("326040032217"), "0819926641"),
    ("นางประนอม มีชัย", with_check_digit("326040045571"), "0924476130"),
    ("นายเสน่ห์ แก้วดี", with_check_digit("325040052283"), "0817740925"),
)


def agency(a: Party) -> tuple[str, str]:
    return AGENCY[a.p.tambon]


def chief(name: str) -> str:
    """Who a letter to the agency is addressed to (เรียน ...)."""
    for body, head in (("องค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนตำบล"),
                       ("เทศบาลเมือง", "นายกเทศมนตรีเมือง"), ("เทศบาลตำบล", "นายกเทศมนตรีตำบล")):  # fmt: skip
        if name.startswith(body):
            return head + name[len(body) :]
    return "นายก" + name


# --- what a clerk keeps ----------------------------------------------------------------------


def provinces(p: Person) -> tuple[str, ...]:
    return (f"จังหวัด{p.province}", f"จ.{p.province}", p.province)


def heads(p: Person) -> list[str]:
    """House number to the อำเภอ, each part's word written out, short or (หมู่) bare."""
    moo = (f"หมู่ที่ {p.moo}", f"หมู่ {p.moo}", f"ม.{p.moo}", f"ม. {p.moo}") if p.moo else ("",)
    soi = (f"ซอย{p.soi}", f"ซ.{p.soi}") if p.soi else ("",)
    road = (f"ถนน{p.road}", f"ถ.{p.road}") if p.road else ("",)
    tambon = (f"ตำบล{p.tambon}", f"ต.{p.tambon}")
    amphoe = (f"อำเภอ{p.amphoe}", f"อ.{p.amphoe}")
    return [
        " ".join([p.house, *(x for x in parts if x)])
        for parts in product(moo, soi, road, tambon, amphoe)
    ]


def addresses(p: Person, thai_digits: bool = False) -> tuple[str, ...]:
    out: list[str] = []
    for word, h in product(("", "เลขที่ ", "บ้านเลขที่ "), heads(p)):
        out += [word + h, f"{word}{h} {p.postal}"]
        for prov in provinces(p):
            out += [f"{word}{h} {prov}", f"{word}{h} {prov} {p.postal}"]
    if thai_digits:
        out += [thai(x) for x in out]
    return tuple(dict.fromkeys(out))


def names(a: Party) -> tuple[str, ...]:
    n = a.name
    return (n, n.replace("นางสาว", "น.ส.", 1)) if n.startswith("นางสาว") else (n,)


def exp(a: Party, keys: str, *, thai_digits: bool = False) -> dict[str, tuple[str, ...]]:
    p = a.p
    table = {
        "full_name": names(a),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(p, thai_digits),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    e = {k: table[k] for k in keys.split()}
    if "email" in e and not p.email:
        e["email"] = ()
    return e


def sent_by_other(a: Party, keys: str, **kw: bool) -> dict[str, tuple[str, ...]]:
    """The applicant's values, sent from another's box: e-mail `()`."""
    e = exp(a, keys, **kw)
    e["email"] = ()
    return e


def firm(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """A firm: the one who signs for it (no ID given); its office, line and box."""
    e = exp(FIRMS[k], keys)
    e["full_name"] = (SIGNERS[k][0],)
    e["national_id"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_dead_lights": "the resident who writes; the neighbour before the pole, the shopkeeper (her phone) never",
    "plain_line_forward_pothole": "the villager in the LINE chat; the อบต.'s officer who forwards (name, mobile, box) never",
    "plain_gmail_driveway_permit": "the plot's owner, his home; the plot's place, the contractor never",
    "plain_outlook_speed_bump_petition": "the ผู้แทน the mail names (3rd of 6 signers); the other signers never",
    "plain_webform_road_cut": "the filer's rows of the notification; the dig site, the contractor, no-reply never",
    "html_iphone_collapsed_shoulder": "the resident who writes; the headman told of it (his mobile) never",
    "html_outlook_contractor_reply": "the managing partner who signs for the หจก. (no ID); the firm's office, line, box; the quoted officer and complainant never",
    "html_gmail_village_committee": "the headman who signs as the committee's chair (his ID and mobile in the table); the secretary who sends never",
    "html_eservice_streetlight": "the ผู้แจ้ง's rows; the place of the broken light (a house's address) never",
    "docx_petition_signers_table": "the ผู้แทน the letter names (row 4 of the table); the other signers, the daughter who sends never",
    "docx_village_committee_letter": "the headman who signs as chair (Thai digits, no ID); the assistant headman (contact, sender) never",
    "docx_driveway_form_dotted": "the ข้าพเจ้า of the form; the plot's place, the consenting neighbour, the contractor never",
    "docx_company_letterhead_road_cut": "the managing director who signs (no ID); the company's office, line, box; the engineer, coordinator never",
    "pdf_fillable_road_cut_permit": "the applicant_* fields; the site_*, contractor_* fields never",
    "pdf_fillable_thai_complaint": "the ผู้ร้อง's fields (address in parts); the neighbour in the details, the officer's part never",
    "pdf_typed_villagers_petition": "the writer who asks as ตัวแทนราษฎร (3rd in the signers' list); the son who sends never",
    "pdf_typed_cut_not_restored": "the resident who writes (her block top right); the contractor, foreman, the fallen rider never",
    "xlsx_headman_dead_poles": "the headman who reports (head block); the villagers who told him (rows) never",
    "xlsx_petition_signers": "the ผู้ประสานงาน of the head block (also row 5); the other signers never",
    "xlsx_repair_request_form": "the ผู้แจ้ง section; the damaged place, the officer's section never",
}


# --- how the mail is made ----------------------------------------------------------------------


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), headers: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(  # 28 November to 1 December, after every letter's date
        datetime(2026, 11, 28, 1 + n % 11, (13 * n) % 60, tzinfo=UTC) + timedelta(days=n % 4)
    )
    headers = dict(headers or {})
    msg["Message-ID"] = headers.pop("Message-ID", f"<set107-{n}@example.net>")
    for k, v in headers.items():
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date, short: bool = False) -> str:
    return f"{d.day} {(MONTHS_SHORT if short else MONTHS)[d.month - 1]} {d.year + 543}"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def village(p: Person, short: bool = False) -> str:
    """The village as a letter names it: หมู่ที่, ตำบล, อำเภอ, จังหวัด."""
    if short:
        return f"ม.{p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province}"
    return f"หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province}"


def gps(p: Person, k: int) -> str:
    base = {NY: (14.2113, 101.1876), PC: (14.0517, 101.3712), SK: (13.8142, 102.0675)}[p.province]
    return f"{base[0] + 0.0031 * k:.4f}, {base[1] + 0.0017 * k:.4f}"


POLE = {NY: "นย.", PC: "ปจ.", SK: "สก."}


# --- plain -----------------------------------------------------------------------------------------


def plain_iphone_dead_lights(a: Party, i: int) -> Case:
    """Three dead lights in her soi from an iPhone: pole numbers, the neighbour's house
    before one, a shopkeeper who also called 1111 (her mobile), GPS, photos by name; her
    ID, home and phone under her name (v1) or in prose and beside the call-back (v2)."""
    p = a.p
    name, desk = agency(a)
    nb = f"{int(p.house.split('/')[0]) + 2}"
    poles = [f"{POLE[p.province]}{4 + i % 3:02d}-{118 + 3 * k + i}" for k in range(3)]
    lights = (
        f"เสาที่ดับมี 3 ต้น\n- เสาเลขที่ {poles[0]} หน้าบ้านเลขที่ {nb} (บ้านลุงเสริม ทองใบ)\n"
        f"- เสาเลขที่ {poles[1]} ตรงทางโค้งก่อนถึงศาลาประชาคม\n"
        f"- เสาเลขที่ {poles[2]} ข้างร้านค้าป้าแต๋ว (ป้าแต๋วบอกว่าโทรแจ้ง 1111 ไปแล้ว เบอร์ป้า 089-114-2273)\n"
        f"พิกัดประมาณ {gps(p, i)} (จาก Google Maps)\n"
        "แนบรูปมา 3 รูป IMG_4471.HEIC กับ IMG_4472.HEIC ถ่ายตอน 2 ทุ่มกว่าเมื่อคืน ส่วน IMG_4475.HEIC ถ่ายเลขเสาตอนกลางวัน\n"
    )
    if i % 2 == 0:
        text = (
            f"เรียน กองช่าง {name}\n\nไฟถนนในซอยหน้าบ้าน{me(a)}ดับมา 2 อาทิตย์แล้ว{ending(a)} ตั้งแต่ประมาณวันที่ 3 พ.ย. 69 "
            f"มืดมาก เด็กนักเรียนเดินผ่านทุกเย็น\n{lights}\nรบกวนส่งช่างมาดูด้วย{ending(a)}\n\n"
            f"{a.name}\nเลขบัตร ปชช. {nid_w(p.nid, i)}\n{home(a, i)}\nโทร {tel(a, i)}\n\nส่งจาก iPhone ของฉัน\n"
        )
    else:
        text = (
            f"สวัสดี{ending(a)}\n{me(a)} {a.name} บ้านอยู่ {home(a, i)} ขอแจ้งไฟฟ้าสาธารณะดับ{ending(a)}\n\n{lights}\n"
            f"ติดต่อกลับ {tel(a, i + 1)} (เลขบัตรประชาชน {nid_w(p.nid, i + 1)})\nขอบคุณ{ending(a)}\n\nSent from my iPhone\n"
        )
    raw = message(i, "แจ้งไฟถนนดับ 3 ต้น", own_box(a), desk, text=text,
                  headers={"X-Mailer": "iPhone Mail (22B91)"})  # fmt: skip
    return Case("plain_iphone_dead_lights", raw, exp(a, NO_BIRTH))


def plain_line_forward_pothole(a: Party, i: int) -> Case:
    """The อบต.'s officer forwards a LINE chat from its official account: a villager
    reports a pothole where a rider fell, gives her name, house, phone (v2 in Thai
    digits) and ID in the chat; another's mobile (the fallen rider's uncle's); the
    officer's note and signature (post, mobile, office line) above it."""
    p = a.p
    name, desk = agency(a)
    off, post, off_mob, off_box = OFFICERS[i % 2]
    nick = f"ป้า{p.first}" if p.title == "นาง" else p.first
    addr = home(a, i + 1)
    typed_phone = p.mobile if i % 2 == 0 else thai(mobile(p.mobile, 0))
    chat = (
        f"[LINE] ประวัติแชทกับ {nick}\nบันทึกเมื่อ: 2026/11/18 09:12\n\n"
        "2026/11/17 จันทร์\n"
        f"19:02\t{nick}\tสวัสดีค่ะ ถนนหน้าบ้านเป็นหลุมใหญ่มากค่ะ เมื่อวานรถมอไซค์ล้มไปคันนึง\n"
        f"19:03\t{nick}\t[รูปภาพ]\n19:03\t{nick}\t[รูปภาพ]\n"
        f"19:05\t{name}\tสวัสดีครับ รบกวนขอชื่อ-นามสกุล ที่อยู่ และเบอร์โทรติดต่อกลับครับ\n"
        f"19:10\t{nick}\t{a.name}\n"
        f"19:10\t{nick}\t{addr}\n"
        f"19:11\t{nick}\tโทร {typed_phone}\n"
        f"19:12\t{name}\tขอเลขบัตรประชาชนด้วยครับ สำหรับลงทะเบียนรับเรื่อง\n"
        f"19:12\t{nick}\t{nid_w(p.nid, i + 1)}\n"
        f"19:13\t{nick}\tหลุมอยู่ตรงหน้าบ้านนายสมหมาย บ้านเลขที่ {int(p.house.split('/')[0]) + 4} คนที่ล้มคือหลานนายสมหมาย เบอร์ 085-123-4567\n"
        f"19:15\t{name}\tรับเรื่องแล้วครับ เลขรับเรื่อง {345 + i}/2569 จะให้ช่างออกไปดูครับ\n"
        f"19:16\t{nick}\tขอบคุณค่ะ\n"
    )
    text = (
        f"เรียน หัวหน้าส่วนโยธา\n\nส่งต่อแชทจาก LINE OA ของ อบต. ครับ ชาวบ้านแจ้งถนนเป็นหลุม มีรถล้มแล้ว "
        "รบกวนพิจารณาส่งทีมไปดูครับ\n\n"
        f"{chat}\n--\n{off}\n{post} {name}\nมือถือ {mobile(off_mob, i)} สำนักงาน 037-{385 + i}-{210 + i}\n"
    )
    raw = message(i, "Fwd: แจ้งถนนเป็นหลุม (LINE OA)", f"{off[3:]} <{off_box}>", desk, text=text)
    return Case("plain_line_forward_pothole", raw, sent_by_other(a, NO_BIRTH))


def plain_gmail_driveway_permit(a: Party, i: int) -> Case:
    """An owner asks from Gmail on Android how to get a driveway to the อบต.'s road from
    his plot elsewhere (deed, land numbers, the road's code, the culvert's size); the
    contractor's name and mobile."""
    p = a.p
    plot_tambon, plot_amphoe, to = (
        ("ท่าตูม", "ศรีมหาโพธิ", "ท่าตูม"),
        ("หนองหว้า", "เขาฉกรรจ์", "หนองหว้า"),
    )[i % 2]
    name, desk = AGENCY[to]
    text = (
        f"เรียน {chief(name)}\n\n{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i)}\n"
        f"มีที่ดินโฉนดเลขที่ {48213 + 97 * i} เลขที่ดิน {215 + i} หน้าสำรวจ {3371 + 11 * i} ตั้งอยู่หมู่ที่ {9 - i % 2} "
        f"ตำบล{plot_tambon} อำเภอ{plot_amphoe} ติดถนนของ อบต. สายบ้านหนองโพรง-บ้านใหม่ (รหัสสายทาง {('ปจ', 'สก')[i % 2]}.ถ.{77 + i}-001)\n"
        "ขออนุญาตทำทางเชื่อมเข้าที่ดิน กว้าง 6 เมตร วางท่อ คสล. ขนาด 0.60 ม. จำนวน 7 ท่อน ยาว 7 ม. เพื่อไม่ให้ขวางทางน้ำ "
        "แล้วเทคอนกรีตหนา 0.15 ม.\n"
        "ผู้รับเหมาคือ หจก.ศรีมหาโพธิ์ก่อสร้าง (ช่างสมศักดิ์ โทร 081-402-7715)\n"
        f"ขอทราบว่าต้องยื่นเอกสารอะไรบ้าง และต้องไปยื่นที่ อบต. เองหรือไม่{ending(a)}\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first} {p.last}\n{tel(a, i)}\n"
    )
    raw = message(i, "สอบถามการขออนุญาตทำทางเชื่อมเข้าที่ดิน", own_box(a), desk, text=text,
                  headers={"Message-ID": f"<CAJx{i}Tq8w@mail.gmail.com>"})  # fmt: skip
    e = exp(a, NO_BIRTH)
    e["full_name"] = (a.name, f"{p.first} {p.last}")
    return Case("plain_gmail_driveway_permit", raw, e)


def plain_outlook_speed_bump_petition(a: Party, i: int) -> Case:
    """A villagers' request for speed bumps from Outlook for Android: six signers in
    numbered lines (house numbers, phones), the representative third; v1 his whole
    address in his contact line, v2 only his house number and the village in the opening."""
    p = a.p
    name, desk = agency(a)
    o = OTHERS
    h = int(p.house.split("/")[0])
    signers = [(o[0][0], str(h - 5 if h > 5 else h + 11), o[0][2]), (o[1][0], str(h + 6), o[1][2]),
               (a.name, p.house, p.mobile), (o[2][0], str(h + 14), ""), (o[3][0], str(h + 23), o[3][2]),
               (o[4][0], str(h + 30), "")]  # fmt: skip
    lines = "\n".join(
        f"{k + 1}. {n} บ้านเลขที่ {hs}"
        + (f" โทร {mobile(m, k + i)}" if m else "")
        + (" (ผู้แทนชาวบ้าน)" if n == a.name else "")
        for k, (n, hs, m) in enumerate(signers)
    )
    opening = f"ด้วยพวกเราชาวบ้าน{village(p)} " if i % 2 else "ด้วยพวกเราชาวบ้านที่ใช้ถนนหน้าโรงเรียน "
    contact = (
        f"ติดต่อผู้แทน {home(a, i)} โทร {tel(a, i)}" if i % 2 == 0 else f"ติดต่อผู้แทน โทร {tel(a, i)}"
    )
    text = (
        f"เรียน {chief(name)}\n\nเรื่อง ขอให้ทำเนินชะลอความเร็ว (ลูกระนาด) ถนนหน้าโรงเรียนบ้านหนองปรือ\n\n"
        f"{opening}ได้รับความเดือดร้อน รถวิ่งเร็วมาก เด็กนักเรียนถูกรถเฉี่ยว 2 ครั้ง เมื่อ 4 พ.ย. 69 และ 11 พ.ย. 69 "
        "จึงขอให้ทำเนินชะลอความเร็ว 2 จุด ห่างจากประตูโรงเรียนข้างละ 50 เมตร พร้อมป้ายเตือน\n\n"
        f"ผู้ร่วมลงชื่อ\n{lines}\n\n"
        f"โดยมอบให้ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นผู้แทนติดต่อประสานงาน\n{contact}\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\nผู้แทนชาวบ้าน\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "ขอทำลูกระนาดหน้าโรงเรียน", own_box(a), desk, text=text)
    e = exp(a, NO_BIRTH)
    if i % 2:
        e.pop("postal_code")  # v2 names the village, never its postal code
    return Case("plain_outlook_speed_bump_petition", raw, e)


def plain_webform_road_cut(a: Party, i: int) -> Case:
    """The town's web form's notification from no-reply: the filer's rows (title, first
    and last name apart, ID, birth date, address in parts), then the dig's place (a shop
    house's numbers), size, the water request's number, the contractor, the IP."""
    p = a.p
    name, desk = agency(a)
    street = " ".join(
        x for x in (p.house, f"หมู่ {p.moo}" if p.moo else "", f"ถนน{p.road}" if p.road else "") if x
    )
    h = int(p.house.split("/")[0])
    text = (
        f"มีคำร้องใหม่จากเว็บไซต์ {name}\n========================================\n"
        f"เลขที่คำร้อง: ES69-{418 + i:05d}\nวันที่ยื่น: {18 + i % 9}/11/2569 14:22:05\n"
        "ประเภทคำร้อง: ขออนุญาตขุดตัดถนน/ทางเท้าสาธารณะ\n\n--- ข้อมูลผู้ยื่นคำร้อง ---\n"
        f"คำนำหน้า: {p.title}\nชื่อ: {p.first}\nนามสกุล: {p.last}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\nวัน/เดือน/ปีเกิด: {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        f"เบอร์โทรศัพท์มือถือ: {p.mobile}\nอีเมล: {p.email}\n"
        f"ที่อยู่: {street}\nตำบล/แขวง: {p.tambon}\nอำเภอ/เขต: {p.amphoe}\nจังหวัด: {p.province}\nรหัสไปรษณีย์: {p.postal}\n\n"
        "--- รายละเอียดคำร้อง ---\n"
        f"สถานที่ขุด: หน้าอาคารพาณิชย์เลขที่ {h + 4}-{h + 6} {'ถนน' + p.road if p.road else 'หมู่ที่ ' + p.moo} ตำบล{p.tambon}\n"
        "ขนาดที่ขุด: กว้าง 0.50 ม. ยาว 8.00 ม. ลึก 1.20 ม.\n"
        f"วัตถุประสงค์: วางท่อประปาขนาด 2 นิ้ว เชื่อมจากท่อเมนของ กปภ. เข้าอาคาร (คำขอใช้น้ำเลขที่ 25691104{53 + i})\n"
        f"ผู้รับจ้าง: หจก.สระแก้วรุ่งเรืองก่อสร้าง โทร 037-242-118\nระยะเวลา: {25 + i % 3}/11/2569 - {28 + i % 3}/11/2569\n"
        "ไฟล์แนบ: แผนที่สังเขป.jpg, สำเนาบัตร.pdf (2 ไฟล์)\nIP Address: 171.98.124.33\n"
        "========================================\nอีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
        f"สอบถาม กองช่าง {name} โทร 037-{241 + i}-{105 + i}\n"
    )
    raw = message(i, f"[e-Service] คำร้องใหม่ ES69-{418 + i:05d} ขออนุญาตขุดตัดถนน", f"ระบบ e-Service <no-reply@{desk.split('@')[1]}>", desk, text=text)  # fmt: skip
    return Case("plain_webform_road_cut", raw, exp(a, ALL))


# --- HTML ---------------------------------------------------------------------------------------------


def html_iphone_collapsed_shoulder(a: Party, i: int) -> Case:
    """Apple Mail's HTML from an iPhone: a road's shoulder along a canal fell in; two
    inline photos with their captions (date, time, place, device); the headman already
    told (his mobile); her ID and phone under her name."""
    p = a.p
    name, desk = agency(a)
    divs = [
        f"เรียน {chief(name)}", "",
        f"ถนนเลียบคลองสาย{village(p).split(' ตำบล')[0]} ไหล่ทางทรุดพังลงคลองยาวประมาณ 15 เมตร ตั้งแต่ฝนตกหนักคืนวันที่ 14 พ.ย. "
        "ตอนนี้รถยนต์สวนกันไม่ได้ กลัวรถตกคลองตอนกลางคืน",
        f"ได้แจ้งผู้ใหญ่บ้านแล้ว (ผู้ใหญ่สมบูรณ์ โทร 081-775-{3301 + i}) ท่านให้ส่งเรื่องมาที่ อบต./เทศบาลโดยตรง", "",
        '<img src="cid:IMG_5521@apple" alt="IMG_5521.jpeg" width="320">',
        f"รูปที่ 1 ถ่ายเมื่อ 16 พ.ย. 2569 เวลา 07:42 น. พิกัด {gps(p, i + 3)} (iPhone 13)",
        '<img src="cid:IMG_5524@apple" alt="IMG_5524.jpeg" width="320">',
        "รูปที่ 2 ถ่ายเมื่อ 16 พ.ย. 2569 เวลา 07:45 น. เห็นรอยแยกยาวถึงหน้าบ้านเลขที่ 61", "",
        f"ขอความกรุณาช่วยซ่อมด่วน{ending(a)}", "",
        a.name, f"เลขบัตร {nid_w(p.nid, i + 2)}", home(a, i + 2), f"โทร {tel(a, i + 2)}",
    ]  # fmt: skip
    body = "".join(f'<div dir="ltr">{d or "<br>"}</div>' for d in divs)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{body}<div dir="ltr"><br id="lineBreakAtBeginningOfSignature">'
            '<div dir="ltr">ส่งจาก iPhone ของฉัน</div></div></body></html>\n')  # fmt: skip
    raw = message(i, "ไหล่ทางทรุดลงคลอง ขอให้ซ่อมด่วน", own_box(a), desk, html=html,
                  headers={"X-Mailer": "iPhone Mail (22B91)"})  # fmt: skip
    return Case("html_iphone_collapsed_shoulder", raw, exp(a, NO_BIRTH))


def outlook_reply(paras: list[str], sig: str, quoted_head: list[str], quoted: list[str]) -> str:
    body = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in paras)
    head = "<br>".join(quoted_head)
    q = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in quoted)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Tahoma",sans-serif}</style></head>'
            f'<body lang="TH" link="#0563C1"><div class="WordSection1">{body}<p class="MsoNormal">&nbsp;</p>{sig}'
            '<p class="MsoNormal">&nbsp;</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{head}</p></div><p class="MsoNormal">&nbsp;</p>{q}</div></body></html>\n')  # fmt: skip


def html_outlook_contractor_reply(a: Party, i: int) -> Case:
    """A contractor's Outlook reply over the municipality's quoted mail: the quote names
    the complainant (name, house, mobile) and the officer; the reply gives the contract
    and e-GP numbers, the engineer (licence, mobile), the date of the repair; the managing
    partner's signature (juristic number, office, line, fax, box)."""
    k = (0, 2)[i % 2]
    f = FIRMS[k]
    fp = f.p
    signer, post = SIGNERS[k]
    eng, lic, eng_mob = ENGINEERS[i % 2]
    off, off_post, off_mob, _ = OFFICERS[(i + 1) % 2]
    town = ("เทศบาลเมืองนครนายก", "เทศบาลเมืองสระแก้ว")[i % 2]
    town_box = ("kongchang@nakhonnayokcity.example.go.th", "kongchang@sakaeocity.example.go.th")[
        i % 2
    ]
    c = a.p
    quoted_on = date(2026, 11, 14 + i % 12)  # before the reply
    paras = [f"เรียน ผู้อำนวยการกองช่าง {town}", "",
             f"ตามที่ท่านแจ้งให้ห้างฯ เข้าแก้ไขผิวจราจรถนนซอย{('ท่าช้าง 3', 'สุวรรณศร 12')[i % 2]} ซึ่งทรุดตัวหลังการวางท่อระบายน้ำ "
             f"ตามสัญญาจ้างเลขที่ {23 + i}/2569 (เลขที่โครงการ e-GP 69109{412345 + i}) นั้น",
             "ห้างฯ ขอเรียนว่า ความเสียหายอยู่ในระยะประกันความชำรุดบกพร่อง ห้างฯ จะเข้าดำเนินการบดอัดและปูผิวแอสฟัลต์ติกใหม่ "
             f"ในวันที่ {25 + i % 4} พฤศจิกายน 2569 โดยมี {eng} วิศวกรโยธา (ใบอนุญาต {lic}) โทร {mobile(eng_mob, i)} เป็นผู้ควบคุมงาน "
             "ระหว่างดำเนินการจะติดตั้งป้ายเตือนและไฟกระพริบตลอดแนว", "",
             "จึงเรียนมาเพื่อโปรดทราบ", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{signer}</b><br>{post}<br>{f.name}<br>'
           f"เลขทะเบียนนิติบุคคล {fp.nid}<br>{home(f, i)}<br>"
           f"โทร {tel(f, i)} แฟกซ์ {fp.mobile[:3]}-{fp.mobile[3:6]}-{int(fp.mobile[6:]) + 1}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    quoted_head = [f"<b>From:</b> กองช่าง {town} &lt;{town_box}&gt;", f"<b>Sent:</b> {quoted_on:%A, %B} {quoted_on.day}, 2026 10:{12 + i} AM",
                   f"<b>To:</b> {fp.email}", "<b>Subject:</b> แจ้งให้แก้ไขผิวจราจรที่ทรุดตัว"]  # fmt: skip
    quoted = [f"เรียน {post} {f.name}", "",
              f"ด้วยกองช่างได้รับแจ้งจาก {a.name} บ้านเลขที่ {home(a, i + 1)} โทร {mobile(c.mobile, i + 1)} "
              "ว่าผิวจราจรที่ห้างฯ วางท่อไว้ทรุดเป็นแอ่ง รถจักรยานยนต์ล้มแล้ว 1 ราย จึงขอให้เข้าแก้ไขภายใน 7 วัน", "",
              f"{off}", f"{off_post}", f"โทร 037-{311 + i}-{400 + i} ต่อ 12 / {mobile(off_mob, i)}"]  # fmt: skip
    raw = message(i, "RE: แจ้งให้แก้ไขผิวจราจรที่ทรุดตัว", f"{f.name} <{fp.email}>", town_box,
                  html=outlook_reply(paras, sig, quoted_head, quoted),
                  headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtYk2Xq0f9w1pRkQk2y8b+7vZ3hVw=="})  # fmt: skip
    return Case("html_outlook_contractor_reply", raw, firm(k, NO_BIRTH))


def html_gmail_village_committee(a: Party, i: int) -> Case:
    """The village committee's secretary sends from her Gmail the committee's request for
    twelve lights along a village road: the committee's table (post, name, ID, mobile),
    the headman first as chair; his home under his signature; her own signature."""
    p = a.p
    name, desk = agency(a)
    sec, sec_id, sec_mob = OTHERS[4 + i % 2]
    rows = [("ประธานกรรมการ (ผู้ใหญ่บ้าน)", a.name, nid_w(p.nid, i), mobile(p.mobile, i)),
            ("รองประธานกรรมการ", OTHERS[6][0], nid_w(OTHERS[6][1], i), mobile(OTHERS[6][2], i)),
            ("กรรมการ", OTHERS[7][0], nid_w(OTHERS[7][1], i), mobile(OTHERS[7][2], i)),
            ("เลขานุการ", sec, nid_w(sec_id, i), mobile(sec_mob, i))]  # fmt: skip
    table = ("<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>ตำแหน่ง</th><th>ชื่อ-สกุล</th>"
             "<th>เลขประจำตัวประชาชน</th><th>โทรศัพท์</th></tr>"
             + "".join(f"<tr><td>{r}</td><td>{n}</td><td>{d}</td><td>{m}</td></tr>" for r, n, d, m in rows) + "</table>")  # fmt: skip
    divs = [f"เรียน {chief(name)}", "",
            f"ด้วยคณะกรรมการหมู่บ้าน {village(p)} ได้ประชุมเมื่อวันที่ {9 + i} พฤศจิกายน 2569 มีมติขอให้{name} "
            "ติดตั้งไฟฟ้าส่องสว่าง (ไฟกิ่ง LED) จำนวน 12 ต้น ตามถนนสายกลางหมู่บ้าน ระยะทางประมาณ 1.2 กิโลเมตร "
            "ซึ่งมืดมากและมีผู้ถูกลักทรัพย์ 3 ครั้งในเดือนตุลาคม", "",
            "รายชื่อคณะกรรมการหมู่บ้าน", table, "",
            "จึงเรียนมาเพื่อโปรดพิจารณา", "",
            f"ลงชื่อ {a.name}", "ประธานคณะกรรมการหมู่บ้าน", f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}", f"ที่อยู่ {home(a, i)}", "",
            "--", f"{sec} เลขานุการคณะกรรมการหมู่บ้าน (ผู้ส่ง) โทร {mobile(sec_mob, i + 1)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{d or '<br>'}</div>" for d in divs) + "</div>\n"
    raw = message(i, f"หนังสือคณะกรรมการหมู่บ้านหมู่ที่ {p.moo} ขอติดตั้งไฟฟ้าส่องสว่าง",
                  f"{sec.split()[0][3:]} {sec.split()[1]} <sec.village{p.moo}@gmail.com>", desk, html=html)  # fmt: skip
    return Case("html_gmail_village_committee", raw, sent_by_other(a, NO_BIRTH))


def html_eservice_streetlight(a: Party, i: int) -> Case:
    """The town's e-Service notification as an HTML table from no-reply: the ผู้แจ้ง's
    rows (ID, birth date, phone, box, address), then the broken light's place (a house's full address
    in the same town), GPS, the pole, two photos, the ticket number, the office's line."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])
    spot = " ".join(x for x in (f"หน้าบ้านเลขที่ {h + 14}/3", f"หมู่ที่ {p.moo}" if p.moo else "", f"ถนน{p.road}" if p.road else "",
                                f"ตำบล{p.tambon} อำเภอ{p.amphoe}") if x)  # fmt: skip
    rows = [("เลขที่เรื่อง", f"RQ-6911-{204 + i:04d}"), ("วันที่แจ้ง", f"{19 + i % 7}/11/2569 19:{30 + i}"),
            ("ประเภทเรื่อง", "ไฟฟ้าส่องสว่างสาธารณะชำรุด"), ("ชื่อ-สกุลผู้แจ้ง", a.name),
            ("เลขบัตรประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i)), ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email),
            ("ที่อยู่ผู้แจ้ง", home(a, i)), ("จุดที่ชำรุด", spot), ("พิกัด", gps(p, i)),
            ("หมายเลขเสา", f"{POLE[p.province]}L-{2207 + i}"),
            ("รายละเอียด", "หลอดไฟกระพริบติดๆ ดับๆ มา 5 วัน ตอนนี้ดับสนิท"),
            ("รูปภาพ", "IMG_20261118_193012.jpg, IMG_20261118_193040.jpg"), ("สถานะ", "รอรับเรื่อง")]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f2f2f2;width:30%'>{x}</td><td>{y}</td></tr>" for x, y in rows
    )
    html = (f'<html><body style="font-family:Tahoma;font-size:13px"><h3>ระบบรับแจ้งเรื่องร้องเรียนออนไลน์ {name}</h3>'
            f"<p>มีผู้แจ้งเรื่องใหม่ผ่านระบบ รายละเอียดดังนี้</p><table border='1' cellpadding='6' style='border-collapse:collapse'>{t}</table>"
            f"<p style='color:#888'>ข้อความนี้ส่งจากระบบอัตโนมัติ ห้ามตอบกลับ | ศูนย์รับเรื่อง โทร 037-{212 + i}-{480 + i}</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[แจ้งเรื่องใหม่] RQ-6911-{204 + i:04d} ไฟฟ้าส่องสว่างชำรุด", f"e-Service <noreply@{desk.split('@')[1]}>", desk, html=html)  # fmt: skip
    return Case("html_eservice_streetlight", raw, exp(a, ALL))


# --- Word ---------------------------------------------------------------------------------------------


def docx_petition_signers_table(a: Party, i: int) -> Case:
    """A villagers' petition in Word to fix a laterite road: the village named in the
    opening, the signers' table (row, name, house, ID, phone, signature), the
    representative in row 4; sent by his daughter from her box (her mobile in the mail)."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])
    others = [OTHERS[k] for k in (5, 6, 1, 2, 7, 4, 0)]
    rows = [(o[0], str(h + 3 * k + 2), o[1], o[2]) for k, o in enumerate(others)]
    rows.insert(3, (a.name, p.house, p.nid, p.mobile))
    daughter = ("นางสาวกัญญา " + p.last, "0957714420", f"kanya.{p.postal}{i}@gmail.com")
    kin = (
        ("คุณพ่อ" if p.title == "นาย" else "คุณแม่")
        if age(a) > 45
        else ("พี่ชาย" if p.title == "นาย" else "พี่สาว")
    )

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือร้องเรียน")
        d.add_paragraph(
            f"\t\t\t\t\tเขียนที่ ศาลาประชาคม{village(p).split(' อำเภอ')[0]}\n\t\t\t\t\tวันที่ {20 + i % 8} พฤศจิกายน 2569"
        )
        d.add_paragraph(f"เรื่อง ขอให้ซ่อมแซมถนนลูกรังสายกลางหมู่บ้าน\nเรียน {chief(name)}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้าราษฎร{village(p)} ตามรายชื่อท้ายหนังสือนี้ ได้รับความเดือดร้อนจากถนนลูกรังสายกลางหมู่บ้าน "
            "ระยะทางประมาณ 850 เมตร เป็นหลุมบ่อลึก น้ำขังตลอดฤดูฝน รถนักเรียนและรถพยาบาลเข้าออกลำบาก "
            "จึงขอให้ลงหินคลุกปรับเกรดผิวทาง หรือบรรจุโครงการก่อสร้างถนนคอนกรีตเสริมเหล็กในแผนพัฒนาท้องถิ่น"
        )
        d.add_paragraph(f"ทั้งนี้ ได้มอบหมายให้ {a.name} (ลำดับที่ 4) เป็นผู้แทนในการติดต่อประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        table = d.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells,
            ("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "เลขประจำตัวประชาชน", "โทรศัพท์", "ลายมือชื่อ"),
            strict=True,
        ):
            cell.text = text
        for k, (n, hs, nid, m) in enumerate(rows):
            for cell, text in zip(
                table.add_row().cells,
                (str(k + 1), n, hs, nid_w(nid, i + k), mobile(m, k), ""),
                strict=True,
            ):
                cell.text = text

    text = (f"เรียน {name}\nหนูส่งหนังสือร้องเรียนของชาวบ้านแทน{kin} ({a.name}) ค่ะ ต้นฉบับ{kin}จะนำไปยื่นเองอีกครั้ง\n"
            f"ถ้ามีอะไรติดต่อหนูได้ที่ {mobile(daughter[1], i)} ค่ะ\n{daughter[0]}\n")  # fmt: skip
    raw = message(i, "ส่งหนังสือร้องเรียนขอซ่อมถนน", f"{daughter[0][6:]} <{daughter[2]}>", desk, text=text,
                  files=(("หนังสือร้องเรียนถนน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = sent_by_other(a, NO_BIRTH)
    e.pop("postal_code")  # the letter names the village, never its postal code
    return Case("docx_petition_signers_table", raw, e)


def docx_village_committee_letter(a: Party, i: int) -> Case:
    """A village committee's letter in Thai digits (ที่ คม. ๖/๒๕๖๙): its head is the
    headman's home; it asks speed bumps and a warning sign at the school; the assistant
    headman is the contact (his mobile) and sends it from his Gmail; the headman signs as
    chair with his mobile under his name."""
    p = a.p
    name, desk = agency(a)
    asst, _, asst_mob = OTHERS[7]

    def build(d: Any) -> None:
        d.add_paragraph(thai(f"ที่ คม.{p.moo}/2569\t\t\t\tคณะกรรมการหมู่บ้าน หมู่ที่ {p.moo}\n"
                             f"\t\t\t\t\tบ้านเลขที่ {p.house} หมู่ที่ {p.moo} ตำบล{p.tambon}\n"
                             f"\t\t\t\t\tอำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}"))  # fmt: skip
        d.add_paragraph(thai(f"\t\t\t\t{21 + i % 7} พฤศจิกายน 2569"))
        d.add_paragraph(f"เรื่อง ขอให้ก่อสร้างเนินชะลอความเร็วและติดตั้งป้ายเตือน\nเรียน {chief(name)}")
        d.add_paragraph(thai("อ้างถึง มติที่ประชุมประชาคมหมู่บ้าน ครั้งที่ 3/2569 ลงวันที่ 15 พฤศจิกายน 2569\n"
                             "สิ่งที่ส่งมาด้วย 1. สำเนารายงานการประชุม จำนวน 1 ชุด 2. ภาพถ่ายจุดเกิดเหตุ จำนวน 4 ภาพ"))  # fmt: skip
        d.add_paragraph(
            thai(
                f"ด้วยถนนสายหน้าโรงเรียนบ้านหนองม่วง หมู่ที่ {p.moo} เป็นทางตรงยาว รถยนต์และรถบรรทุกอ้อยใช้ความเร็วสูง "
                "ในปีการศึกษา 2569 มีนักเรียนถูกรถเฉี่ยวชนแล้ว 2 ราย ที่ประชุมประชาคมหมู่บ้านจึงมีมติขอให้ก่อสร้างเนินชะลอความเร็ว "
                "จำนวน 3 จุด และติดตั้งป้ายเตือนเขตโรงเรียน จำนวน 2 ป้าย ตามภาพถ่ายที่แนบ (ภาพที่ 1-2 ทางเข้าโรงเรียน "
                "ภาพที่ 3-4 ทางโค้งหน้าวัด ถ่ายเมื่อ 16 พ.ย. 2569)"
            )
        )
        d.add_paragraph(
            thai(f"ทั้งนี้ ได้มอบหมายให้ {asst} ผู้ช่วยผู้ใหญ่บ้าน โทร {mobile(asst_mob, 0)} เป็นผู้ประสานงาน")
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
        d.add_paragraph(thai(f"ขอแสดงความนับถือ\n\n({a.name})\nผู้ใหญ่บ้านหมู่ที่ {p.moo}\n"
                             f"ประธานคณะกรรมการหมู่บ้าน\nโทร {mobile(p.mobile, 0)}"))  # fmt: skip

    raw = message(i, f"หนังสือคณะกรรมการหมู่บ้าน ม.{p.moo} ขอทำเนินชะลอความเร็ว", f"เสน่ห์ แก้วดี <sanae.kd{i}@gmail.com>", desk,
                  text="เรียน งานธุรการ\nส่งหนังสือของคณะกรรมการหมู่บ้านครับ ต้นฉบับจะนำไปส่งที่สำนักงานวันจันทร์\nเสน่ห์ ผู้ช่วยผู้ใหญ่บ้าน\n",
                  files=(("หนังสือ คม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = sent_by_other(a, NO_BIRTH, thai_digits=True)
    e["national_id"] = ()
    return Case("docx_village_committee_letter", raw, e)


def dotted(value: str, width: int = 8) -> str:
    return f"{'.' * width}{value}{'.' * width}"


def docx_driveway_form_dotted(a: Party, i: int) -> Case:
    """The อบต.'s คำขออนุญาตทำทางเชื่อม on dotted lines: her lines (age, birth date, ID,
    house to postal code, phone), the plot's deed and place (another หมู่ and ตำบล), the
    size and culvert, the boxes ticked; the neighbour's consent with his ID and house."""
    p = a.p
    name, desk = agency(a)
    nb_name, nb_id, _ = OTHERS[5 + i % 2]
    plot_moo = str(int(p.moo or "2") + 2)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขออนุญาตทำทางเชื่อมเข้า-ออกทางสาธารณะ")
        d.add_paragraph(f"\t\t\t\t\tเขียนที่ {dotted(f'บ้านเลขที่ {p.house}')}\n"
                        f"\t\t\t\t\tวันที่ {dotted(str(19 + i % 9), 4)} เดือน {dotted('พฤศจิกายน', 4)} พ.ศ. {dotted('2569', 4)}")  # fmt: skip
        d.add_paragraph(f"เรียน {chief(name)}")
        d.add_paragraph(
            f"ข้าพเจ้า {dotted(a.name)} อายุ {dotted(str(age(a)), 4)} ปี สัญชาติ {dotted('ไทย', 4)}\n"
            f"เกิดวันที่ {dotted(born_th(p.born, i))}\n"
            f"เลขประจำตัวประชาชน {dotted(nid_w(p.nid, i))}\n"
            f"อยู่บ้านเลขที่ {dotted(p.house, 4)} หมู่ที่ {dotted(p.moo or '-', 4)} ถนน {dotted(p.road or '-', 4)} "
            f"ตำบล {dotted(p.tambon, 4)} อำเภอ {dotted(p.amphoe, 4)}\n"
            f"จังหวัด {dotted(p.province, 4)} รหัสไปรษณีย์ {dotted(p.postal, 4)} โทรศัพท์ {dotted(tel(a, i), 4)}"
        )
        d.add_paragraph(
            "มีความประสงค์ขออนุญาตทำทางเชื่อม  ☑ ทางเข้า-ออกบ้านพักอาศัย  ☐ ทางเข้า-ออกอาคารพาณิชย์  ☐ อื่นๆ\n"
            f"จากที่ดินโฉนดเลขที่ {dotted(str(51234 + 41 * i), 4)} เลขที่ดิน {dotted(str(87 + i), 4)} "
            f"ตั้งอยู่หมู่ที่ {dotted(plot_moo, 4)} ตำบล {dotted(p.tambon, 4)} อำเภอ {dotted(p.amphoe, 4)}\n"
            f"เชื่อมกับถนนสาย {dotted('บ้านหนองโพรง - บ้านโคกขวาง', 4)} ขนาดทางเชื่อมกว้าง {dotted('5', 4)} เมตร "
            f"ยาว {dotted('8', 4)} เมตร วางท่อระบายน้ำ คสล. ขนาด {dotted('0.40', 4)} เมตร จำนวน {dotted('8', 4)} ท่อน"
        )
        d.add_paragraph("พร้อมนี้ได้แนบเอกสาร ☑ สำเนาบัตรประจำตัวประชาชน ☑ สำเนาทะเบียนบ้าน ☑ สำเนาโฉนดที่ดิน "
                        "☑ แผนผังบริเวณ ☑ หนังสือยินยอมของเจ้าของที่ดินข้างเคียง")  # fmt: skip
        d.add_paragraph(f"(ลงชื่อ)...................................ผู้ขออนุญาต\n({a.name})")
        d.add_paragraph(
            f"หนังสือยินยอมของเจ้าของที่ดินข้างเคียง\nข้าพเจ้า {nb_name} เลขประจำตัวประชาชน {nid_w(nb_id, i + 1)} "
            f"อยู่บ้านเลขที่ {int(p.house.split('/')[0]) + 2} หมู่ที่ {plot_moo} ตำบล{p.tambon} อำเภอ{p.amphoe} "
            "เจ้าของที่ดินติดกันด้านทิศตะวันออก ยินยอมให้ผู้ขออนุญาตทำทางเชื่อมตามแผนผังที่แนบ\n"
            f"(ลงชื่อ)...................................ผู้ให้ความยินยอม\n({nb_name})"
        )

    raw = message(i, "ยื่นคำขออนุญาตทำทางเชื่อม", own_box(a), desk,
                  text=f"เรียน {name}\nแนบแบบคำขออนุญาตทำทางเชื่อมที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอทางเชื่อม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_driveway_form_dotted", raw, exp(a, ALL))


def docx_company_letterhead_road_cut(a: Party, i: int) -> Case:
    """A company's letter on its letterhead (office, line, fax, tax number) asking to
    bore under a municipal road for a water main or a fibre cable: the water authority's
    or the operator's job, the engineer (licence, mobile), a coordinator; the managing
    director signs."""
    k = (1, 3)[i % 2]
    f = FIRMS[k]
    fp = f.p
    signer, post = SIGNERS[k]
    eng, lic, eng_mob = ENGINEERS[(i + 1) % 2]
    town = ("เทศบาลเมืองกบินทร์บุรี", "เทศบาลเมืองอรัญญิก")[i % 2]
    desk = ("saraban@kabincity.example.go.th", "saraban@aranyik.example.go.th")[i % 2]
    job = ("วางท่อประปา HDPE ขนาด 200 มม. ตามสัญญาจ้างของการประปาส่วนภูมิภาคสาขากบินทร์บุรี เลขที่ กปภ.ข.8/2569",
           "วางท่อร้อยสายเคเบิลใยแก้วนำแสงใต้ดิน ตามใบสั่งงานเลขที่ FO-SK-2569-0117")[i % 2]  # fmt: skip
    coordinator = ("นายเดชา มั่นคง", "0862204419")

    def build(d: Any) -> None:
        d.add_paragraph(f"{f.name}\n{home(f, i + 1)}\nโทร {tel(f, i)} โทรสาร {fp.mobile[:3]}-{fp.mobile[3:6]}-{int(fp.mobile[6:]) + 2}  "
                        f"อีเมล {fp.email}\nเลขประจำตัวผู้เสียภาษี {fp.nid}")  # fmt: skip
        d.add_paragraph(f"ที่ {('ปว', 'อฟ')[i % 2]}.{118 + i}/2569\t\t\t\t{24 + i % 5} พฤศจิกายน 2569")
        d.add_paragraph(f"เรื่อง ขออนุญาตขุดเจาะดันลอดท่อผ่านถนนของเทศบาล\nเรียน {chief(town)}")
        d.add_paragraph("สิ่งที่ส่งมาด้วย 1. แบบแปลนแนวท่อ 2. แผนการจราจรชั่วคราว 3. สำเนาหนังสือรับรองบริษัท")
        d.add_paragraph(
            f"ด้วยบริษัทฯ ได้รับงาน{job} ซึ่งต้องดันลอดท่อผ่านถนนเทศบาล 3 บริเวณหน้าตลาดสด ระยะ 12 เมตร ความลึก 1.50 เมตร "
            f"จึงขออนุญาตดำเนินการระหว่างวันที่ 1-5 ธันวาคม 2569 เวลา 22.00-05.00 น. โดยมี {eng} วิศวกรควบคุมงาน "
            f"ใบอนุญาตประกอบวิชาชีพเลขที่ {lic} โทร {mobile(eng_mob, i)} และบริษัทฯ จะคืนสภาพผิวจราจรให้เหมือนเดิมภายใน 7 วัน"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n\n({signer})\n{post}")
        d.add_paragraph(f"ผู้ประสานงาน {coordinator[0]} โทร {mobile(coordinator[1], i + 1)}")

    raw = message(i, "ขออนุญาตขุดเจาะดันลอดท่อผ่านถนนเทศบาล", f"{f.name} <{fp.email}>", desk,
                  text=f"เรียน {town}\nบริษัทฯ ขอส่งหนังสือขออนุญาตขุดเจาะดันลอดท่อ ตามไฟล์แนบ\nขอบคุณครับ\n",
                  files=(("ขออนุญาตดันลอดท่อ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_company_letterhead_road_cut", raw, firm(k, NO_BIRTH))


# --- PDF ----------------------------------------------------------------------------------------------


def pdf_fillable_road_cut_permit(a: Party, i: int) -> Case:
    """The town's fillable คำขออนุญาตขุดตัดถนน with English field names (applicant_*,
    site_*, contractor_*): her lines (birth date as typed), the plot where the pipe goes (its deed and a
    house's number), the contractor's name and mobile."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])
    labels = [(45, 18, f"คำขออนุญาตขุดตัดถนน/ทางเท้า {name}"), (20, 34, "1. ข้อมูลผู้ขออนุญาต"),
              (20, 42, "ชื่อ-สกุล"), (120, 42, "อายุ"), (20, 50, "เลขประจำตัวประชาชน"), (20, 58, "ที่อยู่"),
              (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"), (150, 42, "วันเกิด"), (20, 80, "2. สถานที่ขุด"), (20, 88, "ที่ตั้ง"),
              (20, 96, "โฉนดเลขที่"), (20, 104, "วัตถุประสงค์"), (20, 112, "ขนาด (กว้าง x ยาว x ลึก)"),
              (20, 126, "3. ผู้รับจ้าง"), (20, 134, "ชื่อผู้รับจ้าง"), (120, 134, "โทร"),
              (20, 150, "ลงชื่อ ........................ ผู้ขออนุญาต")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 40, 42, 75), Field("applicant_age", str(age(a)), 130, 42, 15), Field("applicant_dob", born_th(p.born, i + 2), 163, 42, 35),
              Field("applicant_idcard", p.nid, 55, 50, 55, comb=13), Field("applicant_address", home(a, i), 35, 58, 160),
              Field("applicant_tel", tel(a, i), 40, 66, 55), Field("applicant_email", p.email, 125, 66, 70),
              Field("site_location", f"ที่ดินว่างข้างบ้านเลขที่ {h + 9} ซอยเทศบาล {3 + i % 5} ตำบล{p.tambon}", 35, 88, 150),
              Field("site_deed", f"{60712 + 53 * i}", 45, 96, 40),
              Field("site_purpose", "วางท่อประปาจากท่อเมนฝั่งตรงข้ามเข้าที่ดินเพื่อก่อสร้างบ้าน", 50, 104, 140),
              Field("site_size", "0.40 x 9.00 x 0.80 ม.", 70, 112, 60),
              Field("contractor_name", "นายประยงค์ ทองเหลือง (ช่างประปา)", 50, 134, 65), Field("contractor_tel", "089-447-2013", 130, 134, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขออนุญาตขุดตัดถนน (PDF กรอกแล้ว)", own_box(a), desk, text=f"ส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("road_cut_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_road_cut_permit", raw, exp(a, ALL))


def pdf_fillable_thai_complaint(a: Party, i: int) -> Case:
    """The อบต.'s fillable แบบรับเรื่องราวร้องทุกข์, Thai field names, the address in
    parts (บ้านเลขที่, หมู่ที่, ตำบล...), birth date as typed; a broken culvert floods the
    road; the neighbour named in the details; the officer's part left empty."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])
    labels = [(55, 18, "แบบรับเรื่องราวร้องทุกข์"), (75, 26, name), (20, 40, "ชื่อผู้ร้อง"), (125, 40, "อายุ"),
              (20, 48, "วันเดือนปีเกิด"), (100, 48, "เลขประจำตัวประชาชน"), (20, 56, "บ้านเลขที่"), (70, 56, "หมู่ที่"),
              (110, 56, "ตำบล"), (20, 64, "อำเภอ"), (80, 64, "จังหวัด"), (140, 64, "รหัสไปรษณีย์"),
              (20, 72, "โทรศัพท์"), (110, 72, "อีเมล"), (20, 86, "เรื่องที่ร้องทุกข์"), (20, 94, "รายละเอียด"),
              (20, 130, "สำหรับเจ้าหน้าที่ ผู้รับเรื่อง"), (110, 130, "วันที่รับเรื่อง")]  # fmt: skip
    fields = [Field("ชื่อผู้ร้อง", a.name, 40, 40, 80), Field("อายุ", str(age(a)), 135, 40, 20),
              Field("วันเดือนปีเกิด", born_th(p.born, i + 1), 45, 48, 50), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1), 135, 48, 55),
              Field("บ้านเลขที่", p.house, 40, 56, 25), Field("หมู่ที่", p.moo, 82, 56, 20),
              Field("ตำบล", p.tambon, 120, 56, 50), Field("อำเภอ", p.amphoe, 33, 64, 40),
              Field("จังหวัด", p.province, 93, 64, 40), Field("รหัสไปรษณีย์", p.postal, 162, 64, 25),
              Field("โทรศัพท์", tel(a, i + 1), 38, 72, 55), Field("อีเมล", p.email, 122, 72, 70),
              Field("เรื่องที่ร้องทุกข์", "ท่อลอดเหลี่ยมใต้ถนนแตก น้ำท่วมถนน", 50, 86, 140),
              Field("รายละเอียด", f"ท่อลอดถนนระหว่างบ้านเลขที่ {h + 3} (นายสมบัติ ทองแท้ โทร 086-551-2098) กับนาข้าว แตกยุบตั้งแต่ 10 พ.ย. 2569 "
                                  "น้ำไหลข้ามถนน รถจักรยานยนต์ผ่านไม่ได้ ขอให้เปลี่ยนท่อและซ่อมผิวถนน", 40, 94, 150),
              Field("ผู้รับเรื่อง", "", 70, 130, 40), Field("วันที่รับเรื่อง", "", 140, 130, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    sender = own_box(a) if p.email else f"หลานบุญส่ง <tong.bs{i}@gmail.com>"
    raw = message(i, "แบบรับเรื่องราวร้องทุกข์ (ท่อลอดถนนแตก)", sender, desk,
                  text=f"เรียน {name}\nส่งแบบร้องทุกข์ตามไฟล์แนบ\n", files=(("ร้องทุกข์.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_thai_complaint", raw, exp(a, ALL))


def pdf_typed_villagers_petition(a: Party, i: int) -> Case:
    """A typed petition (Word to PDF): the writer asks, as the villagers' ตัวแทน, lights
    along a road to the next village; her ID, home, phone in the body; the signers'
    list (five, she third) with houses and phones; sent by her son from his box."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])
    signers = [(OTHERS[3][0], h + 7, OTHERS[3][2]), (OTHERS[0][0], h + 12, OTHERS[0][2]), (a.name, p.house, p.mobile),
               (OTHERS[6][0], h + 21, OTHERS[6][2]), (OTHERS[1][0], h + 25, "")]  # fmt: skip
    paras: list[tuple[float, str]] = [
        (120, f"เขียนที่ {village(p, short=True).split(' อ.')[0]}"), (120, f"{22 + i % 6} พฤศจิกายน 2569"), (0, ""),
        (20, "เรื่อง ขอขยายเขตไฟฟ้าส่องสว่างถนนสายบ้านโนนสูง-บ้านหนองแก"), (20, f"เรียน {chief(name)}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)} "
             f"โทร {tel(a, i + 1)} ในฐานะตัวแทนราษฎรผู้ใช้ถนนสายบ้านโนนสูง-บ้านหนองแก ขอให้{name}ขยายเขตไฟฟ้าส่องสว่าง "
             "ระยะทางประมาณ 900 เมตร ซึ่งไม่มีไฟเลย ชาวบ้านที่ไปกรีดยางตอนตีสองและนักเรียนที่กลับบ้านค่ำได้รับความเดือดร้อน"),
        (30, "จึงเรียนมาเพื่อโปรดพิจารณา"), (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, "ตัวแทนราษฎร"),
        (0, ""), (20, "รายชื่อราษฎรผู้ร่วมลงชื่อ"),
    ]  # fmt: skip
    paras += [(25, f"{k + 1}. {n} บ้านเลขที่ {hs}" + (f" โทร {mobile(m, k)}" if m else "") + "  ลงชื่อ............")
              for k, (n, hs, m) in enumerate(signers)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", top=22, step=8), size=14, face="Loma")
    son = (f"ธนวัฒน์ {p.last}", f"thanawat.{i}{p.postal}@gmail.com")
    raw = message(i, "ส่งหนังสือขอขยายเขตไฟฟ้าส่องสว่าง", f"{son[0]} <{son[1]}>", desk,
                  text=f"เรียน {name}\nผมส่งหนังสือแทนแม่ครับ แม่เป็นตัวแทนชาวบ้าน\n{son[0]}\n",
                  files=(("ขอไฟส่องสว่าง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_villagers_petition", raw, sent_by_other(a, NO_BIRTH))


def pdf_typed_cut_not_restored(a: Party, i: int) -> Case:
    """A resident's typed complaint (her block top right: house to อำเภอ, then province
    and postal code, the date): the trench a contractor cut before her house for the
    water authority's pipe is still open; the contractor, his foreman's mobile, the
    authority's job number; her neighbour's son fell; her ID, phone, box under her name."""
    p = a.p
    name, desk = agency(a)
    full = home(a, i)
    cut = full.rfind(" จ") if " จ" in full else full.rfind(" " + p.province)
    paras: list[tuple[float, str]] = [
        (120, full[:cut].strip()), (120, full[cut:].strip()), (0, ""), (120, f"{24 + i % 5} พฤศจิกายน 2569"), (0, ""),
        (20, "เรื่อง ร้องเรียนผู้รับจ้างขุดถนนวางท่อแล้วไม่คืนสภาพ"), (20, f"เรียน {chief(name)}"), (0, ""),
        (30, f"ตามที่ หจก.สระแก้วรุ่งเรืองก่อสร้าง ผู้รับจ้างของการประปาส่วนภูมิภาค (ใบแจ้งงานเลขที่ 2569-1108-{45 + i:04d}) "
             "ได้ขุดถนนหน้าบ้านข้าพเจ้าเพื่อวางท่อประปาตั้งแต่วันที่ 3 พฤศจิกายน 2569 จนถึงวันนี้ยังไม่กลบและไม่ปูผิวถนนคืน "
             "ไม่มีป้ายเตือนหรือไฟส่องสว่าง เมื่อคืนวันที่ 20 พฤศจิกายน 2569 บุตรชายของเพื่อนบ้าน (บ้านเลขที่ "
             f"{int(p.house.split('/')[0]) + 2}) ขับรถจักรยานยนต์ตกร่องได้รับบาดเจ็บ ข้าพเจ้าโทรหาหัวหน้าคนงาน (นายบุญมี โทร 086-330-{7120 + i}) "
             "หลายครั้งแต่ไม่มีผู้มาดำเนินการ"),
        (30, "จึงขอให้เทศบาลเร่งรัดผู้รับจ้างคืนสภาพถนนโดยเร็ว"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"),
        (100, f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}"), (100, f"โทร {tel(a, i + 3)}"), (100, f"อีเมล {p.email}"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Kinnari", top=22, step=8), size=14, face="Kinnari")
    raw = message(i, "ร้องเรียน ขุดถนนวางท่อแล้วไม่คืนสภาพ", own_box(a), desk,
                  text=f"เรียน {name}\nขอส่งหนังสือร้องเรียนตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("ร้องเรียนขุดถนน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_cut_not_restored", raw, exp(a, NO_BIRTH))


# --- sheets -------------------------------------------------------------------------------------------


def xlsx_headman_dead_poles(a: Party, i: int) -> Case:
    """A headman's list of dead poles as a sheet: his block at the head (name, post, ID,
    address, mobile), then the poles (number, place before a villager's house, fault,
    date found, who told him and her mobile)."""
    p = a.p
    _, desk = agency(a)
    h = int(p.house.split("/")[0])

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ไฟชำรุด"
        ws.append((f"บัญชีไฟฟ้าส่องสว่างชำรุด หมู่ที่ {p.moo} ตำบล{p.tambon}",))
        ws.append(("ผู้รายงาน", a.name))
        ws.append(("ตำแหน่ง", f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "หมายเลขเสา", "ตำแหน่งที่ตั้ง", "อาการ", "วันที่พบ", "ผู้แจ้ง", "เบอร์ผู้แจ้ง"))
        for k, (who, _, m) in enumerate(OTHERS[:5]):
            ws.append((k + 1, f"{POLE[p.province]}{p.moo}-{31 + 4 * k}", f"หน้าบ้านเลขที่ {h + 5 * k + 3}",
                       ("ดับทั้งดวง", "กระพริบ", "โคมแตก", "ดับทั้งดวง", "สายไฟขาด")[k], f"{8 + k}/11/2569", who, mobile(m, k)))  # fmt: skip
        ws.append(())
        ws.append(("รวม", "5 จุด"))

    raw = message(i, f"ส่งบัญชีไฟชำรุด หมู่ {p.moo}", own_box(a), desk,
                  text=f"เรียน กองช่าง\nส่งรายการไฟถนนชำรุดในหมู่บ้าน ขอให้ช่วยซ่อมด้วยครับ\nผู้ใหญ่{p.first}\n",
                  files=(("ไฟชำรุด_หมู่" + p.moo + ".xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_headman_dead_poles", raw, exp(a, NO_BIRTH))


def xlsx_petition_signers(a: Party, i: int) -> Case:
    """A petition's signers as a sheet: the head names the road and the village and the
    ผู้ประสานงาน (name, mobile); then the signers (ID, house, หมู่, phone), the coordinator
    the fifth row marked in หมายเหตุ."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อ"
        ws.append(("รายชื่อราษฎรผู้ขอให้ติดตั้งเนินชะลอความเร็วและกระจกโค้ง",))
        ws.append((f"ถนนสายหน้าวัดถึงสามแยกตลาด {village(p)} {p.postal}",))
        ws.append(("ผู้ประสานงาน", a.name, "โทร", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ - สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่", "โทรศัพท์", "หมายเหตุ"))
        people = [(o[0], o[1], str(h + 2 * k + 1), o[2]) for k, o in enumerate(OTHERS[:4])]
        people.insert(4, (a.name, p.nid, p.house, p.mobile))
        people += [(o[0], o[1], str(h + 17 + k), o[2]) for k, o in enumerate(OTHERS[5:8])]
        for k, (n, nid, hs, m) in enumerate(people):
            ws.append(
                (
                    k + 1,
                    n,
                    nid_w(nid, k + i),
                    hs,
                    p.moo,
                    mobile(m, k),
                    "ผู้ประสานงาน" if n == a.name else "",
                )
            )

    raw = message(i, "รายชื่อชาวบ้านขอเนินชะลอความเร็ว", own_box(a), desk,
                  text=f"เรียน {chief(name)}\nส่งรายชื่อชาวบ้านที่ขอให้ทำเนินชะลอความเร็ว ตามไฟล์แนบ{ending(a)}\n",
                  files=(("รายชื่อขอเนินชะลอความเร็ว.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_petition_signers", raw, exp(a, NO_BIRTH))


def xlsx_repair_request_form(a: Party, i: int) -> Case:
    """The town's แบบแจ้งซ่อม as a sheet (labels in A, values in B): the ผู้แจ้ง's part
    (v2 the ID as a number Excel shows with format 0), the damaged place (a house's
    number, the pole, GPS), the officer's part pre-filled (his name and line)."""
    p = a.p
    name, desk = agency(a)
    h = int(p.house.split("/")[0])

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบแจ้งซ่อม"
        ws.append((f"แบบแจ้งซ่อมไฟฟ้าสาธารณะ / ถนน / ท่อระบายน้ำ {name}",))
        ws.append(())
        ws.append(("ส่วนที่ 1 ข้อมูลผู้แจ้ง",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขประจำตัวประชาชน", int(p.nid) if i % 2 else nid_w(p.nid, i)))
        if i % 2:
            ws.cell(row=ws.max_row, column=2).number_format = "0"
        ws.append(("ที่อยู่ (ที่ติดต่อได้)", home(a, i)))
        ws.append(("โทรศัพท์มือถือ", tel(a, i)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("ส่วนที่ 2 รายละเอียดจุดชำรุด",))
        ws.append(("ประเภท", "☑ ไฟฟ้าส่องสว่าง  ☐ ถนน  ☐ ท่อระบายน้ำ"))
        ws.append(("สถานที่ (ระบุบ้านเลขที่ใกล้เคียง)", f"หน้าบ้านเลขที่ {h + 20}/1 ซอยร่วมใจ ตำบล{p.tambon}"))
        ws.append(("หมายเลขเสา", f"{POLE[p.province]}{5 + i}-0{77 + i}"))
        ws.append(("จำนวนดวงที่ชำรุด", 2))
        ws.append(("พิกัด", gps(p, i + 5)))
        ws.append(("รูปถ่าย", "แนบ 2 รูป (ถ่าย 21/11/2569 เวลา 19.40 น.)"))
        ws.append(())
        ws.append(("ส่วนที่ 3 สำหรับเจ้าหน้าที่",))
        ws.append(("ผู้รับแจ้ง", "นายอดิศร พลอยงาม นายช่างไฟฟ้า"))
        ws.append(("โทร", "037-211-536"))
        ws.append(("เลขที่รับแจ้ง", ""))

    raw = message(i, "แบบแจ้งซ่อมไฟฟ้าสาธารณะ", own_box(a), desk,
                  text=f"กรอกแบบแจ้งซ่อมแล้ว ส่งตามไฟล์แนบ{ending(a)}\n",
                  files=(("แบบแจ้งซ่อม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_repair_request_form", raw, exp(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (firm styles pick their firm by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_dead_lights, (0, 13)),
    (plain_line_forward_pothole, (4, 12)),
    (plain_gmail_driveway_permit, (7, 19)),
    (plain_outlook_speed_bump_petition, (15, 10)),
    (plain_webform_road_cut, (11, 5)),
    (html_iphone_collapsed_shoulder, (3, 6)),
    (html_outlook_contractor_reply, (18, 11)),
    (html_gmail_village_committee, (9, 19)),
    (html_eservice_streetlight, (1, 8)),
    (docx_petition_signers_table, (14, 12)),
    (docx_village_committee_letter, (17, 15)),
    (docx_driveway_form_dotted, (6, 2)),
    (docx_company_letterhead_road_cut, (0, 0)),
    (pdf_fillable_road_cut_permit, (18, 5)),
    (pdf_fillable_thai_complaint, (17, 16)),
    (pdf_typed_villagers_petition, (10, 4)),
    (pdf_typed_cut_not_restored, (13, 1)),
    (xlsx_headman_dead_poles, (7, 3)),
    (xlsx_petition_signers, (16, 2)),
    (xlsx_repair_request_form, (8, 14)),
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
