"""A hundred-and-sixth set of requests written by someone who had not read the readers
(issue 8): FISHERS AND THE COAST in สตูล, ตรัง and กระบี่. Small-boat fishers (เรือหางยาว,
เรือประมงพื้นบ้าน) asking a mooring place at a community pier and paying its fee, landing
catch at a municipal pier, transferring a boat's registration, renewing an artisanal
fishing licence (ใบอนุญาตทำการประมงพื้นบ้าน), filing crew lists (บัญชีรายชื่อคนประจำเรือ) for
migrant crew from Cambodia and Myanmar with pink cards (13 digits from 00) and seabooks
beside their Thai owners and captains; coastal erosion at ตะเสะ, เกาะลิบง, หาดสำราญ and
เกาะลันตา (a breakwater asked by a fishers' group, a resort's seawall complained of); fish
cages and shrimp ponds (กระชัง, ทบ.1, a rented plot with its owner); aid after the
November storm (a boat sunk, engines and nets lost; a ธ.ก.ส. account; a headman who
certifies); fishers' groups' chairs filing for the group (members' boats and phones) and
for one old member; a daughter forwarding her father's LINE chat; a son's typed letter for
his father; a boat owner's power of attorney to his captain (ไต้ก๋ง).

Kinds: plain (an iPhone mail, a LINE chat forwarded as text from Gmail, Gmail webmail,
Outlook for Android, a chair's webmail with values on the next line), HTML (a chair's
Gmail with a members' table, an owner's Outlook with a crew table, the fisheries office's
e-service notification from no-reply, an iPhone reply over the pier clerk's quoted mail),
Word (the Marine Department's boat registration form on dotted lines, a fishers' group's
letter with a table of lost houses, in Thai digits in v2, a หนังสือมอบอำนาจ to a captain,
the อบต.'s storm aid form as tables), PDF (fillable: a licence request with owner_* /
captain_* / crew*_* fields, a pier form with fields Text1..Text14; typed: an erosion
complaint with the writer's block top right, a son's letter for his father's boat), xlsx
(an owner's crew list under his head block, a group's damage survey under the chair's head
block, a pond registration as label/value rows with the landowner's rows).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

CONVENTIONS (written down before any run; WHO says them per style). The rulings followed:
set 28 (the applicant is the person who asks; for a body, the natural person who signs
for it), sets 31/63 (a service for one person asked by another is the one it is for: the
villager, not the headman or chair who files for him), set 37 (where only another's phone
is given, phone `()`), sets 66/71/91 (a group's chair who signs and asks for the group is
its applicant: his ID where given, else `()`; the members never), set 70 (a migrant's
pink-card 13 digits are his national ID; his name in Thai script, romanised or both).
- A fisher who asks for himself: his own values.
- A chair asking FOR THE GROUP (a pier's repair and the members' mooring, a breakwater, a
  damage survey): the chair; the members, the secretary who sends, the headman never. The
  group's office where it is the chair's house is his address. e-mail: the chair's own
  box where he sends; the secretary's box `()`.
- A chair writing FOR ONE MEMBER (a licence renewal): the member; the chair's name, ID,
  mobile, box and home never hers (phone and e-mail `()`).
- An OWNER filing a crew list or a licence with crew: the owner; the crew's and the
  captain's names, pink cards, IDs, seabooks and birth dates never his (his own birth date
  not given where only the crew's are: birth_date `()`).
- An owner asking a certificate FOR HIS CREWMAN: the crewman (set 70): his Thai or
  romanised name, his pink card as national_id, his birth date, the room he lives in; the
  owner's ID, pier, line, mobile and box never (phone and e-mail `()`).
- A daughter forwarding her father's (mother's) LINE chat, a son writing for his father:
  the parent; the child's name, ID, home, phone and box never (e-mail `()`; the parent's
  own phone where the parent typed it, else `()`).
- A หนังสือมอบอำนาจ: the ผู้มอบอำนาจ (the owner); the captain who receives it and sends it
  never (phone and e-mail `()`: none of the owner's is written).
- A complaint about erosion: the complainant; the neighbours whose houses fell, the
  officer quoted, the resort and its manager never.
- The pier clerk quoted in a reply, the headman who certifies, the landowner who lets the
  pond's plot, the seller of a boat: never the applicant.
Address: where the applicant lives, to the อำเภอ, with or without เลขที่/บ้านเลขที่, with
or without the village (บ้าน...) written after the หมู่, with or without the province (as
typed) and postal code, in Arabic or Thai digits; never the pier, the mooring place, the
cage's or pond's site, the eroded shore, the boat's harbour, the child's home, the chair's
home (for a member), the owner's pier (for a crewman). Province and postal code of that
address. birth_date ISO, only the applicant's; `()` where only an age, a card's issue or
expiry date, the crew's or another's birth date is written (no value, or a flagged one, is
right). Boat registrations, licence numbers, seabooks, engine serials, community-
enterprise codes, ทบ.1 numbers, receipts, bank accounts, GPS points, a company's
registration number are never an ID or a phone.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together (เกาะกลาง in อำเภอ
เกาะลันตา is 81120, ปะเหลียน's เกาะสุกร 92120, เมืองสตูล's ตันหยงโป 91000).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, heads, provinces

# ruff: noqa: E501 -- messages as people type them: long lines

ST = "สตูล"
TG = "ตรัง"
KB = "กระบี่"

# The fishers and coastal people (applicants in most styles).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "อาหลี", "หลีเส็น", "391050021734", date(1966, 5, 14), "0817381426", "alee.lisen@gmail.com",
      "52", "2", "", "", "ปากน้ำ", "ละงู", ST, "91110"),
    P("นางสาว", "รอฮานี", "ดาราหมาน", "191010034826", date(1991, 9, 2), "0935812740", "rohanee.drm@gmail.com",
      "17/3", "3", "", "", "ตันหยงโป", "เมืองสตูล", ST, "91000"),
    P("นาย", "สมาน", "บิลังโหลด", "391010008452", date(1958, 12, 1), "0897349215", "",
      "8", "1", "", "", "เกาะสาหร่าย", "เมืองสตูล", ST, "91000"),
    P("นาย", "ดลหมาน", "ขุนรักษา", "392020016397", date(1961, 2, 17), "0862073519", "",
      "44", "5", "", "", "เกาะลิบง", "กันตัง", TG, "92110"),
    P("นาง", "จิราภรณ์", "ทองคำ", "392100027415", date(1975, 8, 9), "0828164093", "jiraporn.tk75@hotmail.com",
      "101", "4", "", "", "ตะเสะ", "หาดสำราญ", TG, "92120"),
    P("นาย", "สนิท", "ทะเลลึก", "381030011824", date(1969, 4, 3), "0897240365", "sanit.tl69@gmail.com",
      "9/1", "7", "", "", "เกาะลันตาใหญ่", "เกาะลันตา", KB, "81150"),
    P("นางสาว", "มาลี", "หาญทะเล", "181030045107", date(1994, 1, 28), "0641839275", "malee.hanthale@gmail.com",
      "63", "6", "", "", "ศาลาด่าน", "เกาะลันตา", KB, "81150"),
    P("นาย", "ประสิทธิ์", "แซ่ตัน", "392020004518", date(1970, 10, 21), "0818927463", "prasit.saetan@hotmail.com",
      "118", "", "", "ตรังคภูมิ", "กันตัง", "กันตัง", TG, "92110"),
    P("นาย", "อับดุลรอหมาน", "หลงสมัน", "391060019273", date(1979, 3, 22), "0873915604", "abdulrohman.ls@gmail.com",
      "27", "4", "", "", "ขอนคลาน", "ทุ่งหว้า", ST, "91120"),
    P("นาง", "ฮาบีบ๊ะ", "ยาหยา", "391010052638", date(1972, 7, 30), "0810948372", "",
      "5/2", "2", "", "", "ตำมะลัง", "เมืองสตูล", ST, "91000"),
    P("นาย", "วีระ", "ช่วยชูหนู", "392040007319", date(1963, 6, 5), "0898461207", "weera.chc@gmail.com",
      "71", "3", "", "", "เกาะสุกร", "ปะเหลียน", TG, "92120"),
    P("นาง", "สุภาพร", "เกปัน", "381010037562", date(1980, 11, 16), "0956281743", "supaporn.kp80@gmail.com",
      "36/4", "3", "", "", "ไสไทย", "เมืองกระบี่", KB, "81000"),
    P("นาย", "สุริยา", "หมีนหวัง", "181070029458", date(1985, 11, 11), "0619374802", "suriya.mw85@gmail.com",
      "12", "1", "", "", "เกาะศรีบอยา", "เหนือคลอง", KB, "81130"),
    P("นาย", "บุญเลิศ", "ทองย้อย", "392050003841", date(1955, 9, 13), "0831726495", "",
      "88", "7", "", "", "ไม้ฝาด", "สิเกา", TG, "92150"),
    P("นางสาว", "นูรฮายาตี", "อาดำ", "192100051936", date(1996, 4, 19), "0972640581", "nurhayatee.ad@gmail.com",
      "3/7", "1", "", "", "หาดสำราญ", "หาดสำราญ", TG, "92120"),
    P("นาย", "เจ๊ะสมาน", "เจ๊ะอาหลี", "391050033617", date(1977, 1, 8), "0846192730", "chesaman.ch@gmail.com",
      "140", "6", "", "", "แหลมสน", "ละงู", ST, "91110"),
)  # fmt: skip

# The village (บ้าน...) each one writes after the หมู่, where he writes one.
VILLAGE: dict[str, str] = {
    "อาหลี": "ปากบารา",
    "รอฮานี": "ตันหยงโป",
    "ดลหมาน": "หลังเขา",
    "จิราภรณ์": "ตะเสะ",
    "สนิท": "สังกาอู้",
    "มาลี": "คลองดาว",
    "อับดุลรอหมาน": "ขอนคลาน",
    "วีระ": "เกาะสุกร",
    "สุริยา": "เกาะศรีบอยา",
    "บุญเลิศ": "ปากเมง",
    "เจ๊ะสมาน": "บ่อเจ็ดลูก",
}

# Migrant crew: Thai-script name, name on the pink card, nationality, pink card, birth
# date, seabook (หนังสือคนประจำเรือ), the crewman's own room (where he lives).
CREW: tuple[tuple[str, str, str, str, date, str], ...] = (
    ("นายสก เพียบ", "SOK PHEAP", "กัมพูชา", with_check_digit("001197025814"), date(1992, 3, 14), "SB6602418"),
    ("นายจอ โซ ทู", "KYAW SOE HTOO", "เมียนมา", with_check_digit("003851046327"), date(1988, 11, 2), "SB6503177"),
    ("นายจัน ดารา", "CHAN DARA", "กัมพูชา", with_check_digit("001093164508"), date(1995, 6, 30), "SB6700852"),
    ("นายมิน ตู", "MIN THU", "เมียนมา", with_check_digit("003770218543"), date(1990, 1, 9), "SB6604391"),
    ("นายโซ วิน", "SOE WIN", "เมียนมา", with_check_digit("003652419781"), date(1984, 8, 21), "SB6401265"),
)  # fmt: skip
CREWMEN: tuple[Party, ...] = (
    P("นาย", "สก", "เพียบ", "001197025814", date(1992, 3, 14), "", "",
      "22/9", "2", "", "", "กันตังใต้", "กันตัง", TG, "92110"),
    P("นาย", "จอ โซ", "ทู", "003851046327", date(1988, 11, 2), "", "",
      "61/2", "2", "", "", "ปากน้ำ", "ละงู", ST, "91110"),
)  # fmt: skip

# A Thai captain (ไต้ก๋ง): name, ID, birth date, mobile, home.
CAPTAINS: tuple[tuple[str, str, date, str, str], ...] = (
    ("นายสมพงษ์ แก้วมณี", with_check_digit("392020031746"), date(1979, 7, 5), "0892718364",
     "19 หมู่ 2 ตำบลบ่อน้ำร้อน อำเภอกันตัง จังหวัดตรัง 92110"),
    ("นายหมัดเหล็บ สาแม", with_check_digit("391050041928"), date(1982, 2, 24), "0817429053",
     "33/1 หมู่ 1 ตำบลปากน้ำ อำเภอละงู จังหวัดสตูล 91110"),
)  # fmt: skip

# Fishers' groups' chairs who write for one member: name, ID, mobile, box, group, code, home.
CHAIRS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("นายสมศักดิ์ หวันมุสา", with_check_digit("392050011862"), "0816274093", "somsak.wms@gmail.com",
     "กลุ่มประมงพื้นบ้านบ้านปากเมง", "6-92-05-04/1-0011", "21 หมู่ 7 ต.ไม้ฝาด อ.สิเกา จ.ตรัง 92150"),
    ("นายสะอาด ตาเดอิน", with_check_digit("392020027154"), "0857319246", "saard.td@gmail.com",
     "กลุ่มประมงพื้นบ้านบ้านหลังเขา", "6-92-02-13/1-0006", "7 หมู่ 5 ต.เกาะลิบง อ.กันตัง จ.ตรัง 92110"),
)  # fmt: skip

# A group's members: name, ID, boat registration, mobile, ธ.ก.ส. account.
MEMBERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายหมาด เกปัน", with_check_digit("392040019236"), "650051937", "0897215304", "020054738219"),
    ("นายอุเส็น หมัดสะและ", with_check_digit("392040022571"), "650048216", "0862719450", "020061829374"),
    ("นางสาวฝาตีม๊ะ ละใบ", with_check_digit("192040008835"), "650052471", "0927413856", "020059172638"),
    ("นายสุไลมาน บินสัน", with_check_digit("392040030418"), "6503-00927", "0815274309", "020048391526"),
    ("นายรอเฉ็ด ตาเดอิน", with_check_digit("392040014693"), "650047395", "0631827495", "020063817245"),
)  # fmt: skip

SECRETARY = ("นางสาวอารีนา สตอหลัง", "0862917354", "areena.stl@gmail.com")
HEADMEN: tuple[tuple[str, str, str], ...] = (
    ("นายหมาน ละใบ", with_check_digit("391010029475"), "0819270463"),
    ("นายสมใจ หาญทะเล", with_check_digit("381030007218"), "0872916453"),
)


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 9, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set106-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- what a clerk accepts ------------------------------------------------------------------


def village_heads(a: Party) -> list[str]:
    """The three written forms of the home with the village after the หมู่."""
    p = a.p
    v = VILLAGE.get(p.first, "")
    if not (v and p.moo):
        return []
    return [f"{p.house} หมู่ที่ {p.moo} บ้าน{v} ตำบล{p.tambon} อำเภอ{p.amphoe}",
            f"{p.house} หมู่ {p.moo} บ้าน{v} ตำบล{p.tambon} อำเภอ{p.amphoe}",
            f"{p.house} ม.{p.moo} บ้าน{v} ต.{p.tambon} อ.{p.amphoe}"]  # fmt: skip


def places(a: Party, *, thai_digits: bool = False) -> tuple[str, ...]:
    """The home as a clerk accepts it: each form with or without the village, with or
    without เลขที่/บ้านเลขที่, the province (as typed) and the postal code."""
    p = a.p
    out: list[str] = []
    for word, h in product(("", "เลขที่ ", "บ้านเลขที่ "), heads(a) + village_heads(a)):
        out.append(word + h)
        for prov in provinces(p):
            out += [f"{word}{h} {prov}", f"{word}{h} {prov} {p.postal}"]
    if thai_digits:
        out += [thai(x) for x in out]
    return tuple(dict.fromkeys(out))


def typed(a: Party, k: int, *, village: bool = True) -> str:
    """The home as the writer types it: written out, with หมู่, or short; the village
    after the หมู่ where he writes one; the province three ways."""
    p = a.p
    hs = village_heads(a) if village and village_heads(a) else heads(a)
    return f"{hs[k % len(hs)]} {provinces(p)[k % 3]} {p.postal}"


def phones(m: str) -> tuple[str, ...]:
    return ("+66" + m[1:], m)


def want(a: Party, keys: str, **over: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """What a clerk keeps of `a` for `keys`; `over` sets a field (`()`: nothing right
    but no value or a flagged one). No e-mail expected where she has no box and no
    override says otherwise."""
    p = a.p
    table = {
        "full_name": (a.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": phones(p.mobile),
        "email": (p.email.lower(),),
        "address": places(a),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    e = {k: table[k] for k in keys.split()}
    if "email" in e and not p.email:
        del e["email"]
    e.update(over)
    return e


def crew_names(th: str, en: str) -> tuple[str, ...]:
    return (
        th,
        en,
        f"MR. {en}",
        f"Mr. {en.title()}",
        en.title(),
        f"{th} (MR. {en})",
        f"{th} ({en})",
    )


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def short_day(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"


def age(d: date) -> int:
    return 2569 - (d.year + 543)


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_mooring_pier": "the boat owner who asks; never his son's mobile, the pier, the boat's numbers; birth_date () (age only)",
    "plain_line_forward_storm_boat": "the parent who typed his lines in the LINE chat; never the daughter who forwards (box, mobile) nor the group's secretary",
    "plain_gmail_erosion_complaint": "the complainant; never the neighbours whose houses fell, the officer quoted; birth_date () (age only)",
    "plain_outlook_android_crewman": "the crewman (pink card, his room); never the owner who writes (ID, pier, line, mobile, box)",
    "plain_webmail_chair_for_member": "the old member the chair writes for; never the chair (ID, mobile, box, home)",
    "html_gmail_chair_group_list": "the chair who asks for the group (his ID in v1 only); never the members in the table",
    "html_outlook_owner_crew": "the owner who files the crew list; never the crew (pink cards, birth dates); birth_date ()",
    "html_webform_fishpond_permit": "the ผู้ยื่นคำขอ rows; never the cage's site, the no-reply box, the request number",
    "html_iphone_reply_pier_fee": "the fisher who replies above the quote; never the pier clerk quoted or the town's office",
    "docx_boat_registration_form": "the ผู้ขอ (the new owner); never the seller; birth_date () (age only)",
    "docx_group_letter_breakwater": "the chair who signs for the group (no ID: ()), the group's office at his house; never the secretary who sends, the houses in the table",
    "docx_poa_owner_to_captain": "the ผู้มอบอำนาจ (the owner); never the captain who receives and sends; phone, e-mail, birth_date ()",
    "docx_storm_aid_table_form": "the ผู้ประสบภัย's table; never the headman who certifies",
    "pdf_fillable_owner_crew_licence": "the owner_* fields; never captain_* or crew*_*",
    "pdf_typed_erosion_letter": "the writer (block top right); never the resort, its registration or its manager",
    "pdf_fillable_pier_untitled": "the ผู้ขอ in untitled fields; never the coordinator's name and mobile",
    "pdf_typed_son_for_father_aid": "the parent whose boat sank; never the son who writes and signs (his ID, home, phone, box)",
    "xlsx_owner_crew_list": "the owner's head block; never the captain's or the crew's rows; birth_date ()",
    "xlsx_chair_member_boats": "the chair's head block (his ID in v1 only); never a member's row",
    "xlsx_fishpond_permit_form": "the ผู้ขอ's rows; never the landowner's rows nor the farm's site",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_mooring_pier(a: Party, i: int) -> Case:
    """A boat owner asks the อบต. from his iPhone for a place at the community pier for
    the monsoon: his age, the boat's name, length and registration, the engine's serial;
    his son's mobile if he cannot be reached."""
    p = a.p
    pier = {"ปากน้ำ": "ท่าเทียบเรือชุมชนบ้านปากบารา", "แหลมสน": "ท่าเรือชุมชนบ้านบ่อเจ็ดลูก"}[p.tambon]
    son = ("นายฟาริด", "093-418-2276") if i % 2 == 0 else ("นายอิรฟาน", "0924173586")
    text = (
        f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}\n\n"
        f"{me(a)}{a.name} อายุ {age(p.born)} ปี อยู่บ้านเลขที่ {typed(a, i)} อาชีพประมงพื้นบ้าน "
        f"ขออนุญาตจอดเรือหางยาวที่{pier} ช่วงมรสุม ตั้งแต่ 15 ธ.ค. 69 ถึง 31 ม.ค. 70 {ending(a)}\n"
        f"ชื่อเรือ {('ศรีปากบารา 2', 'ลูกหลานแหลมสน')[i % 2]} ยาว 11 เมตร ทะเบียนเรือ {('650031872', '6501-04218')[i % 2]} "
        f"เครื่องยนต์ YANMAR เลขเครื่อง 6BG1-2187{34 + i}\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\n"
        f"ถ้าโทรหา{me(a)}ไม่ติด โทรหาลูกชาย ({son[0]} {p.last}) {son[1]} ได้{ending(a)}\n\n"
        f"{a.name}\nโทร {mobile(p.mobile, i)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขออนุญาตจอดเรือที่ท่าเทียบเรือชุมชน ช่วงมรสุม", own_box(a),
                  f"saraban@{('paknam', 'laemson')[i % 2]}-lngu.example.go.th", text=text)  # fmt: skip
    return Case("plain_iphone_mooring_pier", raw, want(a, NO_BIRTH, birth_date=()))


def plain_line_forward_storm_boat(a: Party, i: int) -> Case:
    """A daughter forwards from Gmail the LINE chat in which her father (mother) typed his
    lines for the storm aid (name, ID, birth date, home, mobile, boat); the group's
    secretary asks in the chat and gives her own mobile; the daughter's own mobile above."""
    p = a.p
    daughter = f"นางสาวซูไรดา {p.last}"
    box = f"suraida.{('blh', 'yy')[i % 2]}@gmail.com"
    parent = "พ่อ" if p.title == "นาย" else "แม่"
    nick = ("Saman", "Habibah")[i % 2]
    sec = SECRETARY
    b = p.born
    chat = (
        f'[LINE] ประวัติการแชทกลุ่ม "ประมงพื้นบ้าน{p.tambon}"\nวันที่บันทึก: 2569/12/03 08:41\n\n'
        "2569/11/20(พฤ.)\n"
        f"19:02\t{sec[0][6:].split()[0]} (เลขากลุ่ม)\tใครเรือเสียหายจากพายุ ส่งชื่อ เลขบัตร วันเกิด ที่อยู่ เบอร์ ทะเบียนเรือ มาในกลุ่มนะคะ จะรวบรวมส่ง อบต.\n"
        f"19:10\t{nick}\t{a.name}\n"
        f"19:10\t{nick}\tเลขบัตร {nid_w(p.nid, i)}\n"
        f"19:11\t{nick}\tเกิด {b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}\n"
        f"19:12\t{nick}\tบ้านเลขที่ {typed(a, i + 1)}\n"
        f"19:12\t{nick}\tโทร {p.mobile}\n"
        f"19:13\t{nick}\tเรือหางยาวจมหน้าอ่าว ทะเบียนเรือ {('5902-08417', '640019843')[i % 2]} เครื่องยนต์กับอวนปูเสียหายหมด\n"
        f"19:20\t{sec[0][6:].split()[0]} (เลขากลุ่ม)\tรับทราบค่ะ มีอะไรโทรหาอารีนา {mobile(sec[1], i)} นะคะ\n"
        f"19:21\t{nick}\t[สติกเกอร์]\n"
    )
    text = (
        f"เรียน งานป้องกันและบรรเทาสาธารณภัย อบต.{p.tambon}\n\n"
        f"ดิฉันส่งต่อแชทกลุ่มไลน์ของ{parent}ที่{parent}พิมพ์ข้อมูลไว้ค่ะ เรือของ{parent}จมตอนพายุคืนวันที่ 19 พ.ย. 2569 "
        f"ขอยื่นขอรับความช่วยเหลือผู้ประสบภัยแทน{parent} ถ้าต้องการเอกสารเพิ่ม ติดต่อดิฉัน ซูไรดา {mobile('0987143526', i + 1)} ค่ะ\n\n"
        f"---------- ข้อความที่ส่งต่อ ----------\n{chat}\n"
        f"--\n{daughter}\n"
    )
    raw = message(i, f"ส่งต่อ: ข้อมูลเรือ{parent}เสียหายจากพายุ (แชทไลน์)", f"Suraida <{box}>",
                  f"pbt@{('kosarai', 'tammalang')[i % 2]}.example.go.th", text=text)  # fmt: skip
    return Case("plain_line_forward_storm_boat", raw, want(a, ALL, email=()))


def plain_gmail_erosion_complaint(a: Party, i: int) -> Case:
    """A resident writes from Gmail's web page to the district chief about the sea eating
    the shore behind her house: her age, ID and home; the two neighbours whose houses fell
    (names, house numbers); a GPS point; an earlier survey's number and the officer's
    mobile."""
    p = a.p
    text = (
        f"เรียน นายอำเภอหาดสำราญ\nเรื่อง ขอความช่วยเหลือกรณีคลื่นกัดเซาะชายฝั่ง\n\n"
        f"{me(a)}{a.name} อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
        f"บ้านเลขที่ {typed(a, i + 2, village=False)}\n"
        "ขอแจ้งว่าช่วงมรสุมปีนี้ คลื่นกัดเซาะชายฝั่งหลังบ้านลึกเข้ามาประมาณ 12 เมตร ต้นสนล้ม 30 ต้น "
        f"บ้านของนายสุเทพ ยาหยา (บ้านเลขที่ {95 + i}) และนางเย็น ขุนทอง (บ้านเลขที่ {98 + i}) พังลงทะเลแล้ว "
        f"บ้าน{me(a)}ห่างจากแนวคลื่นไม่ถึง 5 เมตร\n"
        f"พิกัดจุดกัดเซาะ 7.18{23 + i}, 99.53{14 + i} ยาวประมาณ 350 เมตร\n"
        "เมื่อปี 2565 เจ้าหน้าที่ ทช. (นายวรพล ศรีทอง โทร 081-597-2348) เคยมาสำรวจไว้ รายงานเลขที่ ทช.0417/2565\n"
        f"จึงขอให้อำเภอประสานหน่วยงานทำเขื่อนกันคลื่นหรือวางกระสอบทรายชั่วคราวก่อนมรสุมหน้า{ending(a)}\n\n"
        f"ติดต่อ{me(a)} {mobile(p.mobile, i + 3)}\n{p.first} {p.last}\n"
    )
    raw = message(i, "คลื่นกัดเซาะชายฝั่ง บ้านพังลงทะเล ขอความช่วยเหลือ", own_box(a),
                  "saraban@hatsamran-district.example.go.th", text=text)  # fmt: skip
    return Case("plain_gmail_erosion_complaint", raw, want(a, NO_BIRTH, birth_date=()))


def plain_outlook_android_crewman(a: Party, i: int) -> Case:
    """A Thai boat owner asks the district office from Outlook for Android for a residence
    certificate for his Cambodian (Myanmar) crewman: the crewman's names, pink card, birth
    date, seabook and room; the owner's boat, pier, ID, line, mobile."""
    p = a.p
    k = i % 2
    c = CREWMEN[k]
    th, en, nat, _pink, born, sb = CREW[k]
    district = ("กันตัง", "ละงู")[k]
    pier = ("และแพปลาประสิทธิ์", "จอดประจำที่ท่าเรือบ้านปากบารา")[k]
    owner_home = typed(a, i, village=False)
    text = (
        f"เรียน นายอำเภอ{district}\n\n"
        f'{me(a)}{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เจ้าของเรือประมง "ช.{p.first} {8 - k}" '
        f"(ทะเบียนเรือ {('6407-00358', '650031872')[k]}) {pier} อยู่บ้านเลขที่ {owner_home} "
        f"โทร {('075-251-347', '074-783-106')[k]} มือถือ {mobile(p.mobile, i)}\n"
        f"ขอหนังสือรับรองถิ่นที่อยู่ให้ลูกเรือชาว{nat}ของ{me(a)} เพื่อใช้ยื่นต่ออายุใบอนุญาตทำงานและเปิดบัญชีธนาคารรับค่าจ้าง{ending(a)}\n\n"
        f"ชื่อลูกเรือ {th} (MR. {en})\nสัญชาติ {nat}\n"
        f"เลขประจำตัวบัตรสีชมพู {nid_w(c.p.nid, i + 1)}\n"
        f"วันเกิด {born.strftime('%d/%m/%Y') if k == 0 else short_day(born)}\n"
        f"หนังสือคนประจำเรือ (Seabook) เลขที่ {sb}\n"
        f"พักอาศัยอยู่ที่ ห้องเช่าเลขที่ {typed(c, i)} (ตั้งแต่ปี 2566)\n\n"
        f"ลูกเรือไม่มีโทรศัพท์ ติดต่อ{me(a)}แทนได้{ending(a)}\n{p.first} {p.last}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, f"ขอหนังสือรับรองถิ่นที่อยู่ ลูกเรือต่างด้าว ({en})", own_box(a),
                  f"saraban@{('kantang', 'lngu')[k]}-district.example.go.th", text=text)  # fmt: skip
    e = want(c, ALL, phone=(), email=())
    e["full_name"] = crew_names(th, en)
    e["address"] += tuple(
        w + x for w in ("ห้องเช่าเลขที่ ", "ห้องเช่า ") for x in places(c) if x[0].isdigit()
    )
    return Case("plain_outlook_android_crewman", raw, e)


def plain_webmail_chair_for_member(a: Party, i: int) -> Case:
    """A fishers' group's chair writes from webmail for an old member to renew her (his)
    artisanal fishing licence: his own name, ID, group's code; her lines as labels with
    the value on the next line; his mobile, box and home in the signature."""
    p = a.p
    k = i % 2
    chair, cid, cmob, cbox, group, code, chome = CHAIRS[k]
    office = ("ประมงอำเภอสิเกา", "ประมงอำเภอกันตัง")[k]
    b = p.born
    text = (
        f"เรียน {office}\n\n"
        f"ผม{chair} ประธาน{group} (รหัสวิสาหกิจชุมชน {code}) เลขประจำตัวประชาชน {nid_w(cid, i)} "
        "ขอยื่นเรื่องแทนสมาชิกกลุ่ม ซึ่งอายุมากและเดินทางไม่สะดวก ขอต่ออายุใบอนุญาตทำการประมงพื้นบ้าน รายละเอียดดังนี้\n\n"
        f"ชื่อ-สกุล (สมาชิก)\n{a.name}\n"
        f"เลขประจำตัวประชาชน (13 หลัก)\n{nid_w(p.nid, i + 1)}\n"
        f"วันเดือนปีเกิด\n{b.day} {MONTHS[b.month - 1]} {b.year + 543}\n"
        f"ที่อยู่ตามทะเบียนบ้าน\n{typed(a, i + 1)}\n"
        f"ใบอนุญาตเดิมเลขที่\n92-0{5 - 3 * k}-0318/2567 (หมดอายุ 31 มี.ค. 2570)\n"
        f"ทะเบียนเรือ\n{('650044219', '650039186')[k]}\n"
        "เครื่องมือ\nอวนปู อวนกุ้ง ลอบหมึก\n\n"
        f"สมาชิกไม่มีโทรศัพท์และอีเมล กรุณาติดต่อผม {mobile(cmob, i + 2)} หรืออีเมลนี้ครับ\n\n"
        f"{chair[3:]}\nประธาน{group}\n{chome}\n"
    )
    raw = message(i, "ขอต่ออายุใบอนุญาตทำการประมงพื้นบ้าน (ประธานกลุ่มยื่นแทนสมาชิก)", f"{chair[3:]} <{cbox}>",
                  f"fishery.{('sikao', 'kantang')[k]}@example.go.th", text=text)  # fmt: skip
    return Case("plain_webmail_chair_for_member", raw, want(a, ALL, phone=(), email=()))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_chair_group_list(a: Party, i: int) -> Case:
    """A fishers' group's chair asks the อบต. from Gmail to mend the community pier and to
    register his members' boats for mooring: the members' table (names, boats, mobiles);
    his ID in v1; his home and mobile in the signature."""
    p = a.p
    k = i % 2
    group = f"กลุ่มประมงพื้นบ้านบ้าน{VILLAGE[p.first]}"
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{name}</td><td>{reg}</td><td>{mobile(mob, n + i)}</td></tr>"
        for n, (name, _, reg, mob, _) in enumerate(MEMBERS[k : k + 4])
    )
    lines = [f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}", "<br>",
             f"ด้วย{group} หมู่ที่ {p.moo} ตำบล{p.tambon} ขอแจ้งว่าท่าเทียบเรือชุมชนชำรุด ไม้พื้นผุ 20 แผ่น เสาหัก 4 ต้น "
             "เรือเข้าจอดไม่ได้ตอนน้ำลง จึงขอให้ อบต. ซ่อมแซม และขอขึ้นทะเบียนการจอดเรือของสมาชิก 4 ลำ ตามตารางนี้ครับ", "<br>",
             "<table border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>"
             "<tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>ทะเบียนเรือ</th><th>โทรศัพท์</th></tr>" + rows + "</table>", "<br>",
             (f"ผม{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ในฐานะประธานกลุ่ม ขอรับรองว่าทั้งหมดเป็นสมาชิกจริง"
              if k == 0 else f"ผม{a.name} ในฐานะประธานกลุ่ม ขอรับรองว่าทั้งหมดเป็นสมาชิกจริง"),
             "ขอบคุณครับ", "<br>", "-- ", f"{p.first} {p.last}", f"ประธาน{group}",
             f"บ้านเลขที่ {typed(a, i + 2)}", f"โทร {mobile(p.mobile, i + 1)}"]  # fmt: skip
    html = (
        '<div dir="ltr">'
        + "".join(x if x == "<br>" else f"<div>{x}</div>" for x in lines)
        + "</div>\n"
    )
    raw = message(i, f"ขอซ่อมท่าเทียบเรือชุมชน และขึ้นทะเบียนจอดเรือสมาชิก{group}", own_box(a),
                  f"saraban@{('kosukon', 'kosriboya')[k]}.example.go.th", html=html)  # fmt: skip
    return Case("html_gmail_chair_group_list", raw,
                want(a, NO_BIRTH, **({} if k == 0 else {"national_id": ()})))  # fmt: skip


def html_outlook_owner_crew(a: Party, i: int) -> Case:
    """An owner sends from Outlook his boat's crew list to the provincial fisheries office:
    his own ID in the text; a table of the crew (Thai and English names, nationality, pink
    card, birth date, seabook, post); his signature (home, mobile, box)."""
    p = a.p
    k = i % 2
    boat = (f"อับดุลนาวา {3 + k}", f"ช.ประสิทธิ์ {7 + k}")[k]
    reg = ("650027314", "6407-00358")[k]
    crew = CREW[1 + k : 4 + k]
    rows = "".join(
        f'<tr><td class="x">{n + 1}</td><td>{th}</td><td>{en}</td><td>{nat}</td><td>{nid_w(pink, n)}</td>'
        f"<td>{short_day(born)}</td><td>{sb}</td><td>ลูกเรือ</td></tr>"
        for n, (th, en, nat, pink, born, sb) in enumerate(crew)
    )
    table = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
             "<tr><td>ลำดับ</td><td>ชื่อ-สกุล</td><td>Name</td><td>สัญชาติ</td><td>เลขบัตรสีชมพู</td><td>วันเกิด</td>"
             "<td>Seabook</td><td>ตำแหน่ง</td></tr>" + rows + "</table>")  # fmt: skip
    paras = [f"เรียน ประมงจังหวัด{('สตูล', 'ตรัง')[k]}", "&nbsp;",
             f"{me(a)}{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เจ้าของเรือ \"{boat}\" ทะเบียนเรือ {reg} "
             "ขอแจ้งบัญชีรายชื่อคนประจำเรือชุดใหม่ (ลูกเรือต่างด้าว 3 คน) เพื่อประกอบการต่ออายุใบอนุญาตทำการประมง ดังนี้", "&nbsp;"]  # fmt: skip
    body = "".join(f'<p class="MsoNormal">{x}</p>' for x in paras) + table
    sig = (f'<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">ขอแสดงความนับถือ</p>'
           f'<p class="MsoNormal"><b>{a.name}</b><br>เจ้าของเรือ {boat}<br>{typed(a, i, village=False)}<br>'
           f'มือถือ {mobile(p.mobile, i + 2)}<br><a href="mailto:{p.email}">{p.email}</a></p>')  # fmt: skip
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-family:"Tahoma",sans-serif}</style></head>'
            f'<body lang="TH"><div class="WordSection1">{body}{sig}</div></body></html>\n')  # fmt: skip
    raw = message(i, f"แจ้งบัญชีรายชื่อคนประจำเรือ {boat} ({reg})", own_box(a),
                  f"fisheries.{('satun', 'trang')[k]}@example.go.th", html=html)  # fmt: skip
    return Case("html_outlook_owner_crew", raw, want(a, ALL, birth_date=()))


def html_webform_fishpond_permit(a: Party, i: int) -> Case:
    """The provincial fisheries office's e-service notification from no-reply: a request
    to raise fish in cages in a public canal; the ผู้ยื่นคำขอ's rows (title, given name and
    family name apart, the home in its parts), the cages' site with its own หมู่, ตำบล and
    GPS, the ทบ.1 number, the request's number, an IP."""
    p = a.p
    k = i % 2
    site = (
        ("คลองกระบี่ใหญ่ หมู่ 2", "กระบี่น้อย", "เมืองกระบี่"),
        ("คลองโตนด หมู่ 3", "เกาะลันตาน้อย", "เกาะลันตา"),
    )[k]
    b = p.born
    rows = [("เลขที่คำขอ", f"FP-KBI-2569-00{183 + i}"), ("วันที่ยื่น", f"0{2 + k}/12/2569 14:{10 + i}"),
            ("ประเภทคำขอ", "ขออนุญาตเลี้ยงสัตว์น้ำในกระชังในที่จับสัตว์น้ำ"),
            ("ข้อมูลผู้ยื่นคำขอ", ""), ("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
            ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", f"{b.day:02d}/{b.month:02d}/{b.year + 543}"),
            ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email),
            ("บ้านเลขที่", p.house), ("หมู่ที่", p.moo), ("ตำบล", p.tambon), ("อำเภอ", p.amphoe),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("ข้อมูลการเลี้ยง", ""), ("ชนิดสัตว์น้ำ", "ปลากะพงขาว"), ("จำนวนกระชัง", f"{12 - 4 * k} กระชัง ขนาด 3 x 3 เมตร"),
            ("สถานที่เลี้ยง", f"{site[0]} ตำบล{site[1]} อำเภอ{site[2]} จังหวัดกระบี่"),
            ("พิกัด", f"8.0{412 + i}, 98.9{117 + i}"), ("เลขทะเบียนเกษตรกรผู้เพาะเลี้ยง (ทบ.1)", f"81-0{1 + 2 * k}03-00{428 + i}"),
            ("IP", f"110.164.{20 + i}.{87 + k}")]  # fmt: skip
    body = "".join(f"<tr><td colspan='2' style='background:#dfe9f5'><b>{x}</b></td></tr>" if not y
                   else f"<tr><td style='width:40%'>{x}</td><td>{y}</td></tr>" for x, y in rows)  # fmt: skip
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">'
            "<p>มีคำขอใหม่จากระบบบริการอิเล็กทรอนิกส์ สำนักงานประมงจังหวัดกระบี่</p>"
            f"<table border='1' cellpadding='6' style='border-collapse:collapse'>{body}</table>"
            "<p style='color:#888'>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ | โทร 075-611-xxx</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[e-Service] คำขอใหม่ FP-KBI-2569-00{183 + i}", "ระบบ e-Service ประมงกระบี่ <no-reply@fisheries-krabi.example.go.th>",
                  "krabi.fisheries@example.go.th", html=html)  # fmt: skip
    return Case("html_webform_fishpond_permit", raw, want(a, ALL))


def html_iphone_reply_pier_fee(a: Party, i: int) -> Case:
    """An iPhone reply above the municipal pier clerk's quoted mail, which asked her for
    her details to issue the mooring fee's receipt: her answers on top, the clerk's name,
    line and the town office's place in the quote."""
    p = a.p
    k = i % 2
    town, clerk, line, box = (("เทศบาลเมืองกันตัง", "นางวันดี ปานทอง", "075-251-108", "pier@kantang.example.go.th"),
                              ("เทศบาลเมืองสตูล", "นายอัสมัน หลีหมัน", "074-711-256", "pier@satuncity.example.go.th"))[k]  # fmt: skip
    answer = [f"ชื่อ {a.name}", f"เลขบัตร {nid_w(p.nid, i + 1)}", f"ที่อยู่ {typed(a, i + 1)}",
              f"เบอร์ {mobile(p.mobile, i + 3)}", f"เรือ {('นูรุลฮูดา', 'ตันหยงโป 5')[k]} ทะเบียน {('650058124', '640022917')[k]}",
              "ค่าจอดเรือเดือน ธ.ค. 600 บาท โอนแล้วค่ะ สลิปตามรูป"]  # fmt: skip
    quoted = (f"<div>เรียน คุณ{p.first}</div><div>งานท่าเทียบเรือได้รับแจ้งการโอนค่าธรรมเนียมจอดเรือแล้ว "
              "กรุณาแจ้งชื่อ-สกุล เลขประจำตัวประชาชน ที่อยู่ และเบอร์โทรศัพท์ เพื่อออกใบเสร็จรับเงินค่ะ</div><br>"
              f"<div>{clerk}</div><div>งานท่าเทียบเรือ กองคลัง {town}</div><div>โทร {line}</div>"
              f"<div>สำนักงาน{town} ตำบล{('กันตัง', 'พิมาน')[k]} อำเภอ{('กันตัง', 'เมืองสตูล')[k]} จังหวัด{('ตรัง', 'สตูล')[k]} {('92110', '91000')[k]}</div>")  # fmt: skip
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + "".join(f'<div dir="ltr">{x}</div>' for x in answer)
            + '<div dir="ltr"><br></div><div dir="ltr">ส่งจาก iPhone ของฉัน</div><div dir="ltr"><br>'
            f'<blockquote type="cite">เมื่อ 2 ธ.ค. 2569 เวลา 10:{14 + i} {clerk} &lt;{box}&gt; เขียนว่า:<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{quoted}</div></blockquote></body></html>\n')  # fmt: skip
    raw = message(i, "Re: ขอข้อมูลออกใบเสร็จค่าธรรมเนียมจอดเรือ", own_box(a), box, html=html)
    return Case("html_iphone_reply_pier_fee", raw, want(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_boat_registration_form(a: Party, i: int) -> Case:
    """The Marine Department's คำขอจดทะเบียนเรือไทย (a change of owner) typed over its
    dotted lines in Word: the ผู้ขอ's age, ID, home in parts, phone; the boat (name, size,
    old registration, engine); the seller (his ID and home), the price and the date."""
    p = a.p
    k = i % 2
    branch = ("สตูล", "กระบี่")[k]
    seller = (("นายหมัดนาศ ยาโงะ", with_check_digit("391050027816"), "33 หมู่ 1 ต.ปากน้ำ อ.ละงู จ.สตูล"),
              ("นายเสรี หมีนหวัง", with_check_digit("381070018452"), "5 หมู่ 2 ต.คลองขนาน อ.เหนือคลอง จ.กระบี่"))[k]  # fmt: skip
    dots = "." * 6

    def build(d: Any) -> None:
        d.add_paragraph("คำขอจดทะเบียนเรือไทย (กรณีเปลี่ยนแปลงผู้ถือกรรมสิทธิ์)")
        d.add_paragraph(f"\t\t\t\t\tเขียนที่ บ้านเลขที่ {p.house} หมู่ {p.moo} ต.{p.tambon}\n"
                        f"\t\t\t\t\tวันที่ {7 + i % 5} เดือน ธันวาคม พ.ศ. 2569")  # fmt: skip
        d.add_paragraph(f"เรียน เจ้าท่าภูมิภาคสาขา{branch}")
        d.add_paragraph(
            f"ข้าพเจ้า{dots}{a.name}{dots}อายุ{dots}{age(p.born)}{dots}ปี สัญชาติ{dots}ไทย{dots}"
        )
        d.add_paragraph(f"เลขประจำตัวประชาชน{dots}{nid_w(p.nid, i)}{dots}")
        d.add_paragraph(f"อยู่บ้านเลขที่{dots}{p.house}{dots}หมู่ที่{dots}{p.moo}{dots}ตำบล{dots}{p.tambon}{dots}"
                        f"อำเภอ{dots}{p.amphoe}{dots}จังหวัด{dots}{p.province}{dots}รหัสไปรษณีย์{dots}{p.postal}{dots}")  # fmt: skip
        d.add_paragraph(f"โทรศัพท์{dots}{mobile(p.mobile, i + 1)}{dots}")
        d.add_paragraph("มีความประสงค์ขอจดทะเบียนเรือ (โอนกรรมสิทธิ์) ดังนี้")
        d.add_paragraph(
            f"ชื่อเรือ{dots}{('ลูกหลานแหลมสน', 'ศรีบอยา 2')[k]}{dots}ประเภท เรือประมง ขนาดตันกรอส 4.62 ความยาว 12.40 เมตร"
        )
        d.add_paragraph(f"เลขทะเบียนเรือเดิม{dots}{('6501-04218', '6403-00791')[k]}{dots}เครื่องยนต์ ISUZU "
                        f"หมายเลขเครื่อง 6BD1-5402{18 + i} กำลัง 150 แรงม้า")  # fmt: skip
        d.add_paragraph(f"ซื้อมาจาก{dots}{seller[0]}{dots}เลขประจำตัวประชาชน{dots}{seller[1]}{dots}"
                        f"อยู่บ้านเลขที่ {seller[2]} เมื่อวันที่ 20 พฤศจิกายน 2569 ราคา 180,000 บาท")  # fmt: skip
        d.add_paragraph(
            "พร้อมนี้ได้แนบ ใบทะเบียนเรือไทยฉบับเดิม หนังสือสัญญาซื้อขาย สำเนาบัตรประจำตัวประชาชนของผู้ซื้อและผู้ขาย"
        )
        d.add_paragraph(f"\t\t\t\tลงชื่อ....................................ผู้ขอ\n\t\t\t\t({a.name})")

    raw = message(i, "ส่งคำขอจดทะเบียนเรือ (โอนกรรมสิทธิ์)", own_box(a), f"marine.{('satun', 'krabi')[k]}@example.go.th",
                  text=f"เรียน เจ้าหน้าที่ทะเบียนเรือ\nแนบคำขอจดทะเบียนเรือที่กรอกแล้ว{ending(a)} จะนำเรือไปให้ตรวจวัดตามนัด\n",
                  files=(("คำขอจดทะเบียนเรือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_boat_registration_form", raw, want(a, NO_BIRTH, birth_date=()))


def docx_group_letter_breakwater(a: Party, i: int) -> Case:
    """A fishers' group's letter in Word (v2 in Thai digits): its letterhead at the chair's
    house, ที่ กป. ..., to the district chief asking a breakwater; a table of the houses the
    sea took (owners, house numbers, metres lost); signed by the chair with his mobile; the
    secretary named as contact; mailed from the secretary's Gmail."""
    p = a.p
    k = i % 2
    t = thai if k else (lambda s: s)
    group = f"กลุ่มประมงพื้นบ้านตำบล{p.tambon}"
    district = ("กันตัง", "เมืองสตูล")[k]
    houses = [
        ("นายหมาด สาเหล็ม", f"{40 + k}", "8"),
        ("นางปรีดา หลีหมัน", f"{46 + k}", "15"),
        ("นายยูโส๊ะ ตาเดอิน", f"{51 + k}", "6"),
    ]

    def build(d: Any) -> None:
        d.add_paragraph(t(f"{group}\nที่ทำการ บ้านเลขที่ {typed(a, 0, village=False)}"))
        d.add_paragraph(t(f"ที่ กป.{('ลบ', 'สร')[k]} 014/2569\t\t\t\t{9 + i % 10} ธันวาคม 2569"))
        d.add_paragraph(
            t(f"เรื่อง ขอความช่วยเหลือสร้างเขื่อนกันคลื่นป้องกันการกัดเซาะชายฝั่ง\nเรียน นายอำเภอ{district}")
        )
        d.add_paragraph(
            t(
                f"ด้วย{group} ได้รับความเดือดร้อนจากคลื่นกัดเซาะชายฝั่ง หมู่ที่ {p.moo} เป็นระยะทางประมาณ 600 เมตร "
                "ตั้งแต่มรสุมเดือนพฤษภาคม 2569 บ้านเรือนของสมาชิกเสียหาย ดังนี้"
            )
        )
        table = d.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, head in zip(
            table.rows[0].cells,
            ("ลำดับ", "เจ้าของบ้าน", "บ้านเลขที่", "ระยะที่ถูกกัดเซาะ (เมตร)"),
            strict=True,
        ):
            cell.text = head
        for n, (owner, house, metres) in enumerate(houses):
            cells = table.add_row().cells
            for cell, v in zip(cells, (str(n + 1), owner, house, metres), strict=True):
                cell.text = t(v)
        d.add_paragraph(
            t(
                "จึงเรียนมาเพื่อโปรดพิจารณาประสานกรมทรัพยากรทางทะเลและชายฝั่ง ก่อสร้างเขื่อนกันคลื่นหรือแนวไม้ไผ่ชะลอคลื่น"
            )
        )
        d.add_paragraph(t(f"ผู้ประสานงาน {SECRETARY[0]} เลขานุการกลุ่ม โทร {mobile(SECRETARY[1], i)}"))
        d.add_paragraph(
            t(
                f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\n\t\t\t\tประธาน{group}\n\t\t\t\tโทร {mobile(p.mobile, i + 1)}"
            )
        )

    raw = message(i, f"หนังสือ{group} ขอเขื่อนกันคลื่น", f"Areena Sator <{SECRETARY[2]}>",
                  f"saraban@{('kantang', 'muangsatun')[k]}-district.example.go.th",
                  text=f"เรียน นายอำเภอ{district}\nส่งหนังสือของกลุ่มประมงพื้นบ้านค่ะ ต้นฉบับประธานจะนำไปยื่นเองค่ะ\nอารีนา\n",
                  files=(("หนังสือขอเขื่อนกันคลื่น.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = want(a, NO_BIRTH, national_id=(), email=())
    e["address"] = places(a, thai_digits=True)
    return Case("docx_group_letter_breakwater", raw, e)


def docx_poa_owner_to_captain(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the owner (age, ID with the card's issue and expiry
    dates, home) lets his captain renew the boat's licence at the Marine Department's
    branch; the captain's age, ID, home and mobile; two witnesses. The captain sends it."""
    p = a.p
    k = i % 2
    cap, cap_id, _, cap_mob, cap_home = CAPTAINS[0]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"\t\t\t\t\tเขียนที่ {('แพปลาประสิทธิ์ อำเภอกันตัง', 'บ้านเลขที่ 101 ตำบลตะเสะ')[k]}\n"
                        f"\t\t\t\t\tวันที่ {3 + i % 9} ธันวาคม พ.ศ. 2569")  # fmt: skip
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age(p.born)} ปี สัญชาติ ไทย "
            f"ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(p.nid, i + 1)} ออกให้ ณ อำเภอ{p.amphoe} "
            f"วันออกบัตร {thai_day(date(2022, 3, 12))} วันบัตรหมดอายุ {thai_day(date(2030, p.born.month, min(p.born.day, 28)))} "
            f"อยู่บ้านเลขที่ {typed(a, i, village=False)}"
        )
        d.add_paragraph(
            f"ขอมอบอำนาจให้ {cap} อายุ 47 ปี ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(cap_id, i)} "
            f"อยู่บ้านเลขที่ {cap_home} โทรศัพท์ {mobile(cap_mob, i + 1)} "
            f'เป็นผู้มีอำนาจยื่นคำขอต่ออายุใบอนุญาตใช้เรือ ชื่อเรือ "{("ช.ประสิทธิ์ 8", "ตะเสะนาวา")[k]}" '
            f"ทะเบียนเรือ {('6407-00358', '650036418')[k]} ต่อสำนักงานเจ้าท่าภูมิภาคสาขาตรัง ลงนามในเอกสาร และรับใบอนุญาตแทนข้าพเจ้า"
        )
        d.add_paragraph(
            "การใดที่ผู้รับมอบอำนาจได้กระทำไปภายในขอบเขตแห่งหนังสือมอบอำนาจนี้ ให้ถือเสมือนว่าข้าพเจ้าได้กระทำด้วยตนเอง"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({cap})\n\n"
            "ลงชื่อ....................พยาน\n(นายเอกชัย ตันติวงศ์)\nลงชื่อ....................พยาน\n(นางสาวอรุณี หมัดหลี)"
        )

    raw = message(i, "หนังสือมอบอำนาจ ต่ออายุใบอนุญาตใช้เรือ", "สมพงษ์ แก้วมณี <sompong.km@gmail.com>", "marine.trang@example.go.th",
                  text=f"เรียน เจ้าหน้าที่\nส่งหนังสือมอบอำนาจของเถ้าแก่มาก่อนครับ ผมจะนำตัวจริงไปยื่นวันพฤหัส\nสมพงษ์ {mobile(cap_mob, i)}\n",
                  files=(("มอบอำนาจ_ต่ออายุใบอนุญาตใช้เรือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_owner_to_captain", raw, want(a, ALL, birth_date=(), phone=(), email=()))


def docx_storm_aid_table_form(a: Party, i: int) -> Case:
    """The อบต.'s storm aid form as tables in Word: the ผู้ประสบภัย (name, ID, birth date,
    home, phone), the losses (boat, engine, nets, amounts), her ธ.ก.ส. account, the headman
    who certifies (his ID and mobile)."""
    p = a.p
    k = i % 2
    tao = f"องค์การบริหารส่วนตำบล{p.tambon}"
    hname, hid, hmob = HEADMEN[k]

    def table(d: Any, rows: list[tuple[str, str]]) -> None:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for x, y in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = x, y

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย (กรณีเรือและเครื่องมือประมงเสียหาย)\n{tao}")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้ประสบภัย")
        table(d, [("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                  ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("ที่อยู่", typed(a, i + 2)),
                  ("โทรศัพท์", mobile(p.mobile, i))])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ความเสียหาย (พายุ วันที่ 18-19 พฤศจิกายน 2569)")
        table(d, [("เรือประมง", f"เรือหางยาว ทะเบียนเรือ {('640022917', '6403-01586')[k]} จมเสียหายทั้งลำ 45,000 บาท"),
                  ("เครื่องยนต์", "YANMAR TF105 เลขเครื่อง 4TNV-77215 เสียหาย 18,000 บาท"),
                  ("เครื่องมือประมง", "อวนปู 10 ผืน ลอบปู 40 ลูก 12,500 บาท")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 3 บัญชีรับเงิน")
        table(d, [("ธนาคาร", "ธ.ก.ส. สาขา" + ("สตูล" if p.province == ST else "เกาะลันตา")),
                  ("เลขที่บัญชี", ("020054738219", "020071946352")[k]), ("ชื่อบัญชี", a.name)])  # fmt: skip
        d.add_paragraph("ส่วนที่ 4 ผู้รับรอง")
        table(d, [("ชื่อ-นามสกุล", hname), ("ตำแหน่ง", f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}"),
                  ("เลขประจำตัวประชาชน", nid_w(hid, i)), ("โทรศัพท์", mobile(hmob, i + 1))])  # fmt: skip
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง\nลงชื่อ....................ผู้ประสบภัย")

    raw = message(i, "ยื่นแบบคำร้องขอรับความช่วยเหลือ เรือเสียหายจากพายุ", own_box(a), f"pbt@{('tanyongpo', 'saladan')[k]}.example.go.th",
                  text=f"เรียน {tao}\nแนบแบบคำร้องที่กรอกครบแล้ว ผู้ใหญ่บ้านรับรองแล้ว{ending(a)}\n",
                  files=(("คำร้องผู้ประสบภัย_เรือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_storm_aid_table_form", raw, want(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_owner_crew_licence(a: Party, i: int) -> Case:
    """The provincial fisheries office's fillable licence request with the crew: fields
    owner_* (the ID as a comb, birth date, home, mobile, box), boat_*, captain_* (his ID and
    mobile), crew1_* and crew2_* (names, pink cards, birth dates)."""
    p = a.p
    k = i % 2
    cap, cap_id, cap_born, cap_mob, _ = CAPTAINS[1 - k]
    c1, c2 = (CREW[2], CREW[4]) if k == 0 else (CREW[3], CREW[0])
    labels = [(40, 16, "คำขอรับใบอนุญาตทำการประมงพื้นบ้าน (กรณีมีคนประจำเรือต่างด้าว)"),
              (70, 24, f"สำนักงานประมงจังหวัด{p.province}"),
              (15, 36, "ผู้ขอ (เจ้าของเรือ) ชื่อ-สกุล"), (15, 44, "เลขประจำตัวประชาชน"), (120, 44, "วันเกิด"),
              (15, 52, "ที่อยู่"), (15, 60, "โทรศัพท์"), (110, 60, "อีเมล"),
              (15, 72, "ชื่อเรือ"), (110, 72, "ทะเบียนเรือ"),
              (15, 84, "ผู้ควบคุมเรือ (ไต้ก๋ง)"), (15, 92, "เลขประจำตัวประชาชน"), (120, 92, "วันเกิด"), (15, 100, "โทรศัพท์"),
              (15, 112, "คนประจำเรือ 1"), (15, 120, "เลขบัตรสีชมพู"), (120, 120, "วันเกิด"),
              (15, 132, "คนประจำเรือ 2"), (15, 140, "เลขบัตรสีชมพู"), (120, 140, "วันเกิด"),
              (15, 160, "ลงชื่อ .................................... ผู้ขอ")]  # fmt: skip
    fields = [Field("owner_name", a.name, 62, 36, 90), Field("owner_pid", p.nid, 50, 44, 60, comb=13),
              Field("owner_dob", born_th(p.born, i + 1), 135, 44, 45), Field("owner_addr", typed(a, i + 1), 30, 52, 165),
              Field("owner_tel", mobile(p.mobile, i + 2), 35, 60, 55), Field("owner_email", p.email, 125, 60, 70),
              Field("boat_name", ("ศรีบอยา 2", "ช.ประสิทธิ์ 9")[k], 35, 72, 60), Field("boat_reg", ("6403-00791", "6407-00412")[k], 135, 72, 50),
              Field("captain_name", cap, 60, 84, 90), Field("captain_pid", cap_id, 50, 92, 60, comb=13),
              Field("captain_dob", born_th(cap_born, i), 135, 92, 45), Field("captain_tel", mobile(cap_mob, i), 35, 100, 55),
              Field("crew1_name", f"{c1[0]} ({c1[1]})", 45, 112, 100), Field("crew1_pink", c1[3], 50, 120, 60, comb=13),
              Field("crew1_dob", short_day(c1[4]), 135, 120, 45),
              Field("crew2_name", f"{c2[0]} ({c2[1]})", 45, 132, 100), Field("crew2_pink", c2[3], 50, 140, 60, comb=13),
              Field("crew2_dob", short_day(c2[4]), 135, 140, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "ยื่นคำขอใบอนุญาตทำการประมงพื้นบ้าน (แบบฟอร์ม PDF)", own_box(a),
                  f"fisheries.{('krabi', 'trang')[k]}@example.go.th", text=f"ส่งแบบคำขอที่กรอกในไฟล์แล้ว{ending(a)}\n",
                  files=(("คำขอใบอนุญาตประมงพื้นบ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_owner_crew_licence", raw, want(a, ALL))


def pdf_typed_erosion_letter(a: Party, i: int) -> Case:
    """A typed complaint (Word to PDF) about the shore eaten away beside a resort's new
    seawall: the writer's block top right (his home over two lines, the date), his ID in
    the body, the resort (a company, its registration number, its manager's mobile), his
    mobile at the foot."""
    p = a.p
    k = i % 2
    h = typed(a, i, village=True)
    cut = h.find(" ต.") if " ต." in h else h.find(" ตำบล")
    resort = (("บริษัท ลันตา ซีบรีซ รีสอร์ท จำกัด", with_check_digit("081555600123"), "นายปกรณ์ วงศ์ชัย", "081-632-9047"),
              ("บริษัท คลองดาว บีช วิลล่า จำกัด", with_check_digit("081556100347"), "นางสาวศิริรัตน์ ทองดี", "089-553-1782"))[k]  # fmt: skip
    chief = ("นายกองค์การบริหารส่วนตำบลเกาะลันตาใหญ่", "นายกเทศมนตรีตำบลศาลาด่าน")[k]
    paras: list[tuple[float, str]] = [
        (120, h[:cut]), (120, h[cut + 1 :]), (120, f"{10 + i % 9} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ร้องเรียนกำแพงกันคลื่นของรีสอร์ททำให้ชายฝั่งถูกกัดเซาะ"), (20, f"เรียน {chief}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ชาวประมงพื้นบ้าน อาศัยอยู่ตามที่อยู่ข้างต้น "
             f"ขอร้องเรียนว่า {resort[0]} (ทะเบียนนิติบุคคลเลขที่ {resort[1]}) ได้ก่อสร้างกำแพงกันคลื่นคอนกรีตยาวประมาณ 120 เมตร "
             "เมื่อเดือนมิถุนายน 2569 ทำให้คลื่นสะท้อนกัดเซาะชายหาดด้านทิศใต้ซึ่งเป็นที่จอดเรือของชาวบ้านลึกเข้ามากว่า 10 เมตร "
             "เรือประมงจอดไม่ได้ 14 ลำ"),
        (30, f"ข้าพเจ้าได้แจ้งผู้จัดการรีสอร์ท ({resort[2]} โทร {resort[3]}) แล้วแต่ไม่ได้รับการแก้ไข "
             "จึงขอให้ตรวจสอบว่ากำแพงได้รับอนุญาตหรือไม่ และแก้ไขความเดือดร้อนโดยเร็ว"),
        (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (105, f"โทร {mobile(p.mobile, i + 1)}"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ร้องเรียนกำแพงกันคลื่นรีสอร์ท ชายฝั่งถูกกัดเซาะ", own_box(a),
                  f"saraban@{('kohlantayai', 'saladan')[k]}.example.go.th", text="เรียน ท่านนายก\nแนบหนังสือร้องเรียน\n",
                  files=(("หนังสือร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_erosion_letter", raw, want(a, NO_BIRTH))


def pdf_fillable_pier_untitled(a: Party, i: int) -> Case:
    """The town's fillable request to land catch at its fishing pier, its fields named
    Text1..Text14 (labels printed beside them): the ผู้ขอ (ID as a comb, birth date and
    age, home, mobile, box), the fish raft's name, the truck's plate, the boats' numbers,
    the hours, a coordinator (name and mobile)."""
    p = a.p
    k = i % 2
    town = ("เทศบาลเมืองกระบี่", "เทศบาลเมืองกันตัง")[k]
    labels = [(45, 16, f"คำขออนุญาตใช้ท่าเทียบเรือประมง {town}"),
              (15, 32, "ชื่อ-สกุลผู้ขอ"), (15, 40, "เลขประจำตัวประชาชน"), (15, 48, "วันเกิด"), (110, 48, "อายุ (ปี)"),
              (15, 56, "ที่อยู่"), (15, 64, "โทรศัพท์"), (110, 64, "อีเมล"),
              (15, 76, "ชื่อแพปลา/กิจการ"), (15, 84, "ทะเบียนรถบรรทุก"), (15, 92, "ทะเบียนเรือที่ขนถ่าย"),
              (15, 100, "ช่วงเวลาใช้ท่า"), (15, 112, "ผู้ประสานงาน"), (110, 112, "โทร"), (15, 124, "วันที่ยื่น")]  # fmt: skip
    vals = [a.name, p.nid, born_th(p.born, i + 2), str(age(p.born)), typed(a, i + 2), mobile(p.mobile, i + 3), p.email,
            ("แพปลาสุภาพร", "แพปลาเกาะสุกร")[k], ("83-4172 กระบี่", "บษ 6108 ตรัง")[k],
            ("650058124, 650061237", "6407-00358, 650039186")[k], "04.00-09.00 น. ทุกวัน ตั้งแต่ 1 ม.ค. 2570",
            ("นายอำนาจ เกปัน", "นายสุชาติ ช่วยชูหนู")[k], ("0871924365", "0639172846")[k], f"{4 + i % 9}/12/2569"]  # fmt: skip
    spots = [
        (45, 32, 100),
        (50, 40, 60),
        (35, 48, 45),
        (130, 48, 20),
        (30, 56, 165),
        (35, 64, 55),
        (125, 64, 70),
        (55, 76, 90),
        (50, 84, 60),
        (60, 92, 100),
        (45, 100, 120),
        (45, 112, 60),
        (120, 112, 50),
        (40, 124, 40),
    ]
    fields = [
        Field(f"Text{n + 1}", v, x, y, w, comb=13 if n == 1 else 0)
        for n, (v, (x, y, w)) in enumerate(zip(vals, spots, strict=True))
    ]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขอใช้ท่าเทียบเรือประมง (ไฟล์ PDF)", own_box(a),
                  f"pier@{('krabicity', 'kantang')[k]}.example.go.th", text=f"เรียน งานท่าเทียบเรือ\nแนบคำขอใช้ท่า{ending(a)}\n",
                  files=(("คำขอใช้ท่าเทียบเรือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_pier_untitled", raw, want(a, ALL))


def pdf_typed_son_for_father_aid(a: Party, i: int) -> Case:
    """A son working in Phuket (Bangkok) types a letter to the อบต. as a PDF for his
    parent whose boat the storm sank: his own block top right (his home, the date), his
    ID; the parent's ID, birth date, home and boat in the body; his mobile at the foot."""
    p = a.p
    k = i % 2
    parent = "บิดา" if p.title == "นาย" else "มารดา"
    son = ((f"นายอนุชา {p.last}", with_check_digit("183990046215"), "0924718350", "anucha.p@gmail.com",
            "88/41 หมู่บ้านศุภาลัย หมู่ที่ 5", "ตำบลรัษฎา อำเภอเมืองภูเก็ต จังหวัดภูเก็ต 83000"),
           (f"นายอิสมาแอน {p.last}", with_check_digit("110050072934"), "0861937245", "ismaan.work@gmail.com",
            "55/128 ซอยลาดพร้าว 101", "แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร 10240"))[k]  # fmt: skip
    tao = f"องค์การบริหารส่วนตำบล{p.tambon}"
    paras: list[tuple[float, str]] = [
        (120, son[4]), (120, son[5]), (120, f"{5 + i % 9} ธันวาคม 2569"), (0, ""),
        (20, f"เรื่อง ขอรับความช่วยเหลือผู้ประสบภัยพายุ (เรือประมงของ{parent})"), (20, f"เรียน นายก{tao}"), (0, ""),
        (30, f"ข้าพเจ้า {son[0]} เลขประจำตัวประชาชน {nid_w(son[1], i)} เป็นบุตรของ {a.name} "
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
             f"อยู่บ้านเลขที่ {typed(a, i + 1)} อาชีพประมงพื้นบ้าน"),
        (30, f"เมื่อคืนวันที่ 18 พฤศจิกายน 2569 พายุพัดเรือหางยาวของ{parent} ทะเบียนเรือ {('650044219', '650041783')[k]} "
             f"จมที่หน้าบ้าน เครื่องยนต์และอวนเสียหายทั้งหมด {parent}อายุมากและไม่มีโทรศัพท์ ข้าพเจ้าจึงขอยื่นเรื่องแทน "
             f"โปรดให้เจ้าหน้าที่ไปสำรวจความเสียหายที่บ้านของ{parent}"),
        (30, f"ติดต่อข้าพเจ้าได้ที่ โทร {mobile(son[2], i)} อีเมล {son[3]}"),
        (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({son[0]})"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"ขอรับความช่วยเหลือ เรือ{parent}จมจากพายุ", f"{son[0][3:]} <{son[3]}>",
                  f"saraban@{('tammalang', 'maifad')[k]}.example.go.th", text=f"เรียน {tao}\nแนบหนังสือขอความช่วยเหลือแทน{parent}ครับ\n",
                  files=(("หนังสือขอความช่วยเหลือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_son_for_father_aid", raw, want(a, ALL, phone=(), email=()))


# --- sheets --------------------------------------------------------------------------------


def xlsx_owner_crew_list(a: Party, i: int) -> Case:
    """An owner's crew list as a sheet: his head block (name, ID, home, mobile), the boat,
    then the rows: the Thai captain (his ID and birth date) and three migrant crew (Thai
    and English names, pink cards, birth dates, seabooks)."""
    p = a.p
    k = i % 2
    cap, cap_id, cap_born, cap_mob, _ = CAPTAINS[1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บัญชีคนประจำเรือ"
        ws.append(("บัญชีรายชื่อคนประจำเรือ (ประมงพื้นบ้าน)",))
        ws.append(("ชื่อเจ้าของเรือ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", typed(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 1)))
        ws.append(
            ("ชื่อเรือ", ("ศรีปากบารา 2", "อับดุลนาวา 3")[k], "ทะเบียนเรือ", ("650031872", "650027314")[k])
        )
        ws.append(())
        ws.append(
            ("ลำดับ", "ชื่อ-สกุล", "Name", "สัญชาติ", "เลขประจำตัว", "วันเกิด", "Seabook", "ตำแหน่ง", "โทร")
        )
        ws.append(
            (
                1,
                cap,
                "",
                "ไทย",
                cap_id,
                f"{cap_born.day:02d}/{cap_born.month:02d}/{cap_born.year + 543}",
                "",
                "ไต้ก๋ง",
                cap_mob,
            )
        )
        for n, (th, en, nat, pink, born, sb) in enumerate(CREW[k : k + 3]):
            ws.append(
                (
                    n + 2,
                    th,
                    en,
                    nat,
                    pink,
                    f"{born.day:02d}/{born.month:02d}/{born.year + 543}",
                    sb,
                    "ลูกเรือ",
                    "",
                )
            )

    raw = message(i, f"ส่งบัญชีรายชื่อคนประจำเรือ {('ศรีปากบารา 2', 'อับดุลนาวา 3')[k]}", own_box(a), "fisheries.satun@example.go.th",
                  text=f"เรียน ประมงจังหวัดสตูล\nส่งบัญชีรายชื่อคนประจำเรือตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("crew_list.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_owner_crew_list", raw, want(a, ALL, birth_date=()))


def xlsx_chair_member_boats(a: Party, i: int) -> Case:
    """A fishers' group's storm damage survey as a sheet: its head block (the group, its
    code, the chair, his ID in v1, the group's place at his house, his mobile), then the
    members' rows (IDs, boats, losses, ธ.ก.ส. accounts, mobiles)."""
    p = a.p
    k = i % 2
    group = (
        f"กลุ่มประมงพื้นบ้านชาวเลบ้าน{VILLAGE[p.first]}"
        if k == 0
        else f"กลุ่มประมงพื้นบ้านบ้าน{VILLAGE[p.first]}"
    )

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สำรวจความเสียหาย"
        ws.append(("แบบสำรวจความเสียหายเรือประมงพื้นบ้าน จากพายุ 18-19 พ.ย. 2569",))
        ws.append(
            ("ชื่อกลุ่ม", group, "รหัสทะเบียน", f"6-{('81', '91')[k]}-0{3 + 2 * k}-0{1 + k}/1-00{21 + i}")
        )
        ws.append(("ประธานกลุ่ม", a.name))
        if k == 0:
            ws.append(("เลขประจำตัวประชาชนประธาน", nid_w(p.nid, i)))
        ws.append(("ที่ตั้งกลุ่ม", typed(a, i + 1)))
        ws.append(("โทรศัพท์ประธาน", mobile(p.mobile, i)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "ทะเบียนเรือ",
                "ความเสียหาย",
                "มูลค่า (บาท)",
                "บัญชี ธ.ก.ส.",
                "โทร",
            )
        )
        for n, (name, nid, reg, mob, acct) in enumerate(MEMBERS[k : k + 4]):
            ws.append(
                (
                    n + 1,
                    name,
                    nid,
                    reg,
                    ("เรือจม", "เครื่องยนต์เสีย", "อวนขาด", "เรือแตก")[n],
                    12000 + 7500 * n,
                    acct,
                    mob,
                )
            )

    raw = message(i, f"ส่งแบบสำรวจความเสียหายเรือสมาชิก{group}", own_box(a),
                  f"pbt@{('kohlantayai', 'laemson')[k]}.example.go.th", text=f"เรียน อบต.\nส่งแบบสำรวจความเสียหายของสมาชิกกลุ่ม{ending(a)}\n",
                  files=(("สำรวจความเสียหาย_เรือ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_chair_member_boats", raw,
                want(a, NO_BIRTH, **({} if k == 0 else {"national_id": ()})))  # fmt: skip


def xlsx_fishpond_permit_form(a: Party, i: int) -> Case:
    """A coastal shrimp farm's registration (ทบ.1) as a label/value sheet: the ผู้ขอ's rows
    (ID, birth date, home, mobile, box), the farm's site in another ตำบล, its land paper
    and area, the landowner who lets the plot (his ID, mobile, home)."""
    p = a.p
    k = i % 2
    site = ("หมู่ 5 ตำบลทุ่งบุหลัง อำเภอทุ่งหว้า จังหวัดสตูล", "หมู่ 2 ตำบลบ้าหวี อำเภอหาดสำราญ จังหวัดตรัง")[k]
    owner = (("นายหมัดสมัน หลังจิ", with_check_digit("391060008127"), "0819372846", "14 หมู่ 5 ต.ทุ่งบุหลัง อ.ทุ่งหว้า จ.สตูล 91120"),
             ("นางสาวอัญชลี ขุนทอง", with_check_digit("392100036418"), "0894617253", "9 หมู่ 2 ต.บ้าหวี อ.หาดสำราญ จ.ตรัง 92120"))[k]  # fmt: skip
    b = p.born

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทบ.1"
        for row in [("แบบคำขอขึ้นทะเบียนผู้เพาะเลี้ยงสัตว์น้ำชายฝั่ง (ทบ.1)", ""),
                    ("1. ข้อมูลผู้ขอ", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
                    ("วันเดือนปีเกิด", f"{b.day}/{b.month}/{b.year + 543}"), ("ที่อยู่", typed(a, i)),
                    ("โทรศัพท์มือถือ", mobile(p.mobile, i + 2)), ("อีเมล", p.email),
                    ("2. ข้อมูลฟาร์ม", ""), ("ที่ตั้งฟาร์ม", site), ("เอกสารสิทธิ์", f"น.ส.3ก เลขที่ {2187 + i}"),
                    ("เนื้อที่", "6-2-40 ไร่"), ("ชนิดสัตว์น้ำ", "กุ้งขาวแวนนาไม"), ("จำนวนบ่อ", 4),
                    ("3. เจ้าของที่ดิน (ผู้ให้เช่า)", ""), ("ชื่อ-สกุล", owner[0]), ("เลขประจำตัวประชาชน", owner[1]),
                    ("โทรศัพท์", owner[2]), ("ที่อยู่", owner[3])]:  # fmt: skip
            ws.append(row)

    raw = message(i, "ขอขึ้นทะเบียนฟาร์มกุ้ง (ทบ.1)", own_box(a), f"fishery.{('thungwa', 'hatsamran')[k]}@example.go.th",
                  text=f"เรียน ประมงอำเภอ\nส่งแบบ ทบ.1 ตามไฟล์แนบ สัญญาเช่าที่ดินจะนำไปยื่นพร้อมกัน{ending(a)}\n",
                  files=(("ทบ1_ฟาร์มกุ้ง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_fishpond_permit_form", raw, want(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (plain_outlook_android_crewman: the OWNERS, the
# crewman each writes for is the applicant).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_mooring_pier, (0, 15)),
    (plain_line_forward_storm_boat, (2, 9)),
    (plain_gmail_erosion_complaint, (4, 14)),
    (plain_outlook_android_crewman, (7, 0)),
    (plain_webmail_chair_for_member, (13, 3)),
    (html_gmail_chair_group_list, (10, 12)),
    (html_outlook_owner_crew, (8, 7)),
    (html_webform_fishpond_permit, (11, 5)),
    (html_iphone_reply_pier_fee, (14, 1)),
    (docx_boat_registration_form, (15, 12)),
    (docx_group_letter_breakwater, (3, 2)),
    (docx_poa_owner_to_captain, (7, 4)),
    (docx_storm_aid_table_form, (1, 6)),
    (pdf_fillable_owner_crew_licence, (12, 7)),
    (pdf_typed_erosion_letter, (5, 6)),
    (pdf_fillable_pier_untitled, (11, 10)),
    (pdf_typed_son_for_father_aid, (9, 13)),
    (xlsx_owner_crew_list, (0, 8)),
    (xlsx_chair_member_boats, (5, 15)),
    (xlsx_fishpond_permit_form, (8, 4)),
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
