"""A hundred-and-eighteenth set of requests written by someone who had not read the readers
(issue 8): TOURISM AND SMALL LOCAL BUSINESS on the Andaman coast (ภูเก็ต, พังงา, กระบี่):
homestay and guesthouse registration (มาตรฐานโฮมสเตย์ไทย, แจ้งที่พักที่ไม่เป็นโรงแรม),
a hotel's notification of its guests (รร.3 / ใบแจ้งผู้พัก, a guest register), community
enterprises (วิสาหกิจชุมชน, สวช.01) and OTOP producers, boat and tour operators (ทะเบียนเรือ,
ใบอนุญาตประกอบธุรกิจนำเที่ยว), beach vendors' permits (จำหน่ายสินค้าในที่หรือทางสาธารณะ);
owners, managers, members and foreign partners who write. Kinds: plain (iPhone, a LINE
chat forwarded as text, an English mail by a foreign partner, Outlook, a web form's
notification), HTML (Gmail, Outlook with a guests' table, an e-Form notification, Apple
Mail with a quoted reply), Word (a homestay form, a table form, a vendor's letter, an
enterprise's letter with its members), PDF (two fillable forms, two typed letters), xlsx (a
guest register, an enterprise's members, a tour operator's boats and captains).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the builders and tests of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The rulings followed: set 28 (the applicant is
the person who asks; for a body, the natural person who signs for it), sets 31/63 (a
service for one person asked by another is the one it is for), set 37 (where only
another's phone is given, phone `()`: no value or a flagged one is right), sets 56/60/63
(a firm: the person who signs for it; its office, line and general box).
- An OWNER of a homestay, guesthouse, vendor's stall or boats asking for herself: her name,
  ID, birth date, phone, box, and HER HOME (ที่อยู่ตามทะเบียนบ้าน) as the address, never
  the homestay's, the stall's, the pier's or the boat's place where it differs.
- A GUESTHOUSE's MANAGER, a DAUGHTER or a FOREIGN PARTNER who writes for the owner: the
  owner is the applicant (the registration is hers). The writer's name, passport, work
  permit, phone and box are never hers: phone/e-mail `()` where only the writer's appear.
- A HOTEL (a company) notifying its guests (รร.3, a register): the manager who signs the
  notice for the hotel (his name; his ID where the notice gives it, else `()`), the
  hotel's place, line and box. The guests' names, passports, nationalities, birth dates
  and rooms are never the applicant's; the hotel's licence number (ใบอนุญาตประกอบธุรกิจ
  โรงแรม เลขที่) and its company number never an ID or a phone.
- A TOUR COMPANY: the director who signs (กรรมการผู้จัดการ), his ID where given; the
  company's office, line and box; TAT licence numbers (ใบอนุญาตประกอบธุรกิจนำเที่ยว
  เลขที่ 34/01234) never an ID or a phone.
- A COMMUNITY ENTERPRISE (วิสาหกิจชุมชน): the ประธาน/ผู้แทน who asks and signs for it (name,
  ID, phone); its ที่ตั้ง is the chair's house (as the forms have it); the members' names,
  IDs, phones and houses never; its registration code (รหัสทะเบียน 1-81-01-03/1-0012)
  never an ID.
- A boat's registration (ทะเบียนเรือ), engine and hull numbers, a permit's, a stall's, a
  deed's, a receipt's and a licence's number are never an ID or a phone.
Address: house number to the อำเภอ, with or without เลขที่/บ้านเลขที่, the province and the
postal code; province and postal code of that address. Birth date ISO, only the
applicant's; never a guest's, a member's, a letter's or a permit's date.
Everyone, every firm, boat and number is invented (13-digit numbers made with
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

PK = "ภูเก็ต"
PN = "พังงา"
KB = "กระบี่"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

DESKS = {
    PK: "saraban@patongcity.example.go.th",
    PN: "tourism@phangnga.example.go.th",
    KB: "saraban@aonang.example.go.th",
}

# Owners, vendors, producers, chairs (the ones the requests are for).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "สุดารัตน์", "หลีเส็น", "383010041256", date(1971, 5, 14), "0817371245", "sudarat.ls@gmail.com",
      "12/4", "3", "", "", "กะรน", "เมืองภูเก็ต", PK, "83100"),
    P("นาย", "อนันต์", "ทองมา", "382060012347", date(1965, 9, 2), "0898724410", "anan.tm@gmail.com",
      "41", "5", "", "", "เกาะยาวน้อย", "เกาะยาว", PN, "82160"),
    P("นางสาว", "ฟาตีมะห์", "หมัดอาดัม", "181010023456", date(1990, 2, 20), "0625518843", "fatimah.mad@gmail.com",
      "88/2", "2", "", "", "อ่าวนาง", "เมืองกระบี่", KB, "81180"),
    P("นาย", "สมชาย", "ศรีลันตา", "381050034412", date(1968, 11, 30), "0819561203", "somchai.lanta@hotmail.com",
      "150", "1", "", "", "ศาลาด่าน", "เกาะลันตา", KB, "81150"),
    P("นาง", "กาญจนา", "ณ ถลาง", "383030025781", date(1975, 7, 8), "0866304927", "kanchana.nt@gmail.com",
      "7/19", "4", "", "", "เชิงทะเล", "ถลาง", PK, "83110"),
    P("นาย", "ประเสริฐ", "แซ่ลิ่ม", "383020051134", date(1962, 3, 25), "0813962588", "prasert.sl@yahoo.com",
      "189/7", "", "", "ราษฎร์อุทิศ 200 ปี", "ป่าตอง", "กะทู้", PK, "83150"),
    P("นางสาว", "วนิดา", "ขุนทอง", "182010066720", date(1993, 12, 11), "0957714032", "wanida.kt@gmail.com",
      "23", "6", "", "", "ท้ายช้าง", "เมืองพังงา", PN, "82000"),
    P("นาย", "ยูโสบ", "หลังปุ่ม", "381030019983", date(1958, 6, 17), "0892876631", "yusob.lp@gmail.com",
      "64", "3", "", "", "อ่าวลึกใต้", "อ่าวลึก", KB, "81110"),
    P("นาง", "ลัดดาวัลย์", "เพชรสุวรรณ", "383010077459", date(1980, 1, 29), "0846429951", "laddawan.ps@gmail.com",
      "56/12", "", "", "ภูเก็ต", "ตลาดใหญ่", "เมืองภูเก็ต", PK, "83000"),
    P("นาย", "ธีรวัฒน์", "ชูเกาะ", "382030044561", date(1984, 10, 5), "0638840275", "teerawat.ck@gmail.com",
      "9/1", "7", "", "", "บางนายสี", "ตะกั่วป่า", PN, "82110"),
    P("นาง", "อัมพร", "ปานแก้ว", "381020033198", date(1966, 4, 19), "0817887302", "amporn.pk@hotmail.com",
      "33", "2", "", "", "คลองท่อมใต้", "คลองท่อม", KB, "81120"),
    P("นาย", "ณัฐวุฒิ", "อินทร์ช่วย", "183020011437", date(1996, 8, 23), "0991245677", "nattawut.ic@gmail.com",
      "201/5", "6", "", "", "กะทู้", "กะทู้", PK, "83120"),
    P("นาง", "สุนันทา", "ศรีสมุทร", "382040027753", date(1973, 2, 2), "0871283346", "sunanta.ss@gmail.com",
      "77", "1", "", "", "ท้ายเหมือง", "ท้ายเหมือง", PN, "82120"),
    P("นาย", "วีระ", "ดำรงค์", "383030068825", date(1970, 12, 9), "0818937744", "weera.dr@gmail.com",
      "112/3", "5", "", "", "ไม้ขาว", "ถลาง", PK, "83110"),
)  # fmt: skip

# Hotels (companies): their place, line, box; the company number as `nid`.
HOTELS: tuple[Party, ...] = (
    P("บริษัท ", "กะรนบีช โฮเทล", "จำกัด", "083555800214", NONE, "076396214", "fo@karonbeachhotel.example.co.th",
      "25/1", "", "", "ปฏัก", "กะรน", "เมืองภูเก็ต", PK, "83100", juristic=True),
    P("บริษัท ", "อ่าวนาง ซีฟรอนท์ รีสอร์ท", "จำกัด", "081555900333", NONE, "075637118", "fo@aonangseafront.example.co.th",
      "396/2", "2", "", "", "อ่าวนาง", "เมืองกระบี่", KB, "81180", juristic=True),
)  # fmt: skip
# Each hotel's manager who signs its notices: name, ID, mobile; its licence number.
MANAGERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายกฤษดา วงศ์ทะเล", with_check_digit("383010090124"), "0817975530", "83/2561"),
    ("นางสาวเพ็ญนภา สายสมุทร", with_check_digit("381010058832"), "0896512204", "81/0047/2563"),
)

# Tour companies and their directors (name, ID, mobile) and TAT licences.
TOURS: tuple[Party, ...] = (
    P("บริษัท ", "อันดามัน ไอส์แลนด์ ทัวร์", "จำกัด", "081556100478", NONE, "075695240", "booking@andaman-island.example.co.th",
      "19", "", "", "อุตรกิจ", "ปากน้ำ", "เมืองกระบี่", KB, "81000", juristic=True),
    P("บริษัท ", "พังงาเบย์ ซีแคนู", "จำกัด", "082555700561", NONE, "076411293", "info@phangngabay-canoe.example.co.th",
      "45/3", "1", "", "", "เกาะปันหยี", "เมืองพังงา", PN, "82000", juristic=True),
)  # fmt: skip
DIRECTORS: tuple[tuple[str, str, str, str], ...] = (
    ("นายวัชระ ตันติพงศ์", with_check_digit("381010072215"), "0819683302", "34/01927"),
    ("นางจันทร์เพ็ญ บุญประกอบ", with_check_digit("382010039946"), "0897231158", "32/00418"),
)

# Writers for an owner: managers, daughters (name, ID, mobile, box).
WRITERS: tuple[tuple[str, str, str, str], ...] = (
    ("นางสาวปิยพร ทองสุข", with_check_digit("183010077826"), "0924478153", "piyaporn.ts@gmail.com"),
    ("นางสาวอรอุมา หลีเส็น", with_check_digit("183990041275"), "0613389240", "onuma.ls99@gmail.com"),
)
# Foreign partners: name, nationality, passport, mobile, box, work permit.
PARTNERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "Erik Lindqvist",
        "Swedish",
        "91284736",
        "0931182740",
        "erik.lindqvist@outlook.com",
        "WP 0831/2568",
    ),
    (
        "Daniel Whitmore",
        "Australian",
        "PA4417829",
        "0982216630",
        "dan.whitmore@bigpond.com",
        "WP 2507/2567",
    ),
)

# Members of a community enterprise (never the applicant): name, ID, mobile, house.
MEMBERS: tuple[tuple[str, str, str, str], ...] = (
    ("นางมาลี หวังดี", with_check_digit("381030022874"), "0872216645", "12 หมู่ 3 ต.อ่าวลึกใต้ อ.อ่าวลึก จ.กระบี่ 81110"),
    ("นางสาวรอฮานี สะอาด", with_check_digit("181030056112"), "0656623019", "5/2 หมู่ 3 ต.อ่าวลึกใต้ อ.อ่าวลึก จ.กระบี่ 81110"),
    ("นายบุญเลิศ ทะเลลึก", with_check_digit("382060044183"), "0813326690", "19 หมู่ 5 ต.เกาะยาวน้อย อ.เกาะยาว จ.พังงา 82160"),
    ("นางฝาตีเมาะ ยาหยา", with_check_digit("382060031167"), "0898140372", "60 หมู่ 5 ต.เกาะยาวน้อย อ.เกาะยาว จ.พังงา 82160"),
)  # fmt: skip
ENTERPRISES = ("วิสาหกิจชุมชนกลุ่มแปรรูปอาหารทะเลบ้านแหลมสัก", "วิสาหกิจชุมชนกลุ่มผ้าบาติกเกาะยาวน้อย")

# Guests (never the applicant): name, nationality, passport, birth date.
GUESTS: tuple[tuple[str, str, str, str], ...] = (
    ("MR. JONAS WEBER", "GERMAN", "C7H2K9L41", "14/03/1986"),
    ("MRS. HANNA WEBER", "GERMAN", "C7H2K9M55", "02/11/1988"),
    ("MS. CHLOE MARTIN", "FRENCH", "21AV48613", "30/07/1995"),
    ("นายภาคิน ศรีสุข", "ไทย", with_check_digit("110370052291"), "19/01/2534"),
)


def message(n: int, subject: str, sender: str, desk: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
            extra: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desk
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set118-{n}@example.net>"
    for k, v in (extra or {}).items():
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def desk(a: Party) -> str:
    return DESKS[a.p.province]


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    return exp(a, keys)


def for_other(a: Party, keys: str, *, phone: bool = False) -> dict[str, tuple[str, ...]]:
    """The owner the request is for, written by another: her e-mail `()` (only the
    writer's box appears); her phone hers where the mail gives it, else `()`."""
    e = exp(a, keys)
    if "email" in e:
        e["email"] = ()
    if not phone and "phone" in e:
        e["phone"] = ()
    return e


def hotel(k: int, keys: str, *, with_id: bool) -> dict[str, tuple[str, ...]]:
    e = exp(HOTELS[k], keys)
    name, nid, _, _ = MANAGERS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    return e


def tour(k: int, keys: str, *, with_id: bool) -> dict[str, tuple[str, ...]]:
    e = exp(TOURS[k], keys)
    name, nid, _, _ = DIRECTORS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_homestay_owner": "the homestay's owner; her home, never the homestay's place; never the headman",
    "plain_line_chat_vendor": "the vendor (the mother in the chat); never the daughter who forwards (box `()`)",
    "plain_english_foreign_partner": "the Thai wife who owns the guesthouse; never the partner (passport, phone, box)",
    "plain_outlook_tour_director": "the director who signs (his ID; his mobile or the line); the company's office, box; never the TAT licence",
    "plain_webform_otop_producer": "the producer in the form; never the site's sender or the CDD officer",
    "html_gmail_guesthouse_manager": "the owner; never the manager who writes (phone, box `()`)",
    "html_outlook_hotel_rr3": "the manager who signs for the hotel (no ID: `()`); the hotel's place, line, box; guests never",
    "html_eform_enterprise_registration": "the ผู้แทน (chair) who asks; the enterprise's ที่ตั้ง; members never",
    "html_iphone_boat_owner_reply": "the boat's owner replying; never the harbour officer quoted below",
    "docx_homestay_standard_form": "the owner; her registered home, never the homestay's place or the coordinator",
    "docx_non_hotel_table_form": "the owner (ผู้แจ้ง); never the spouse's row or the caretaker's",
    "docx_beach_vendor_letter": "the vendor; never her landlord who vouches for her",
    "docx_enterprise_letter_members": "the chair who signs; the enterprise's ที่ตั้ง; members in the table never",
    "pdf_fillable_otop_producer": "the producer (applicant_*); never the contact_* officer",
    "pdf_fillable_vendor_permit": "the vendor; never the helper (ผู้ช่วยจำหน่าย) section",
    "pdf_typed_boat_operator_letter": "the boats' owner who signs; his home, never the pier; never the captains",
    "pdf_typed_foreign_partner_letter": "the Thai wife (owner); never the partner who writes and signs",
    "xlsx_hotel_guest_register": "the manager in the head block (his ID); the hotel's place, line; guests never",
    "xlsx_enterprise_members_sheet": "the ผู้แทน in the head block; members' rows never",
    "xlsx_boat_tour_register": "the owner in the head; never the captains' rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_homestay_owner(a: Party, i: int) -> Case:
    """An owner asks from her iPhone how to register her homestay for the Thai homestay
    standard: her ID, home, phone; the homestay's place elsewhere in the village, its
    rooms and the deed's number; the headman's phone as a reference."""
    p = a.p
    text = (
        f"เรียน เจ้าหน้าที่ท่องเที่ยวและกีฬาจังหวัด{p.province}\n\n"
        f"{me(a)}ชื่อ {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)}\n"
        f"อยู่บ้านเลขที่ {home(a, i)}\n"
        f"มีบ้านพักให้นักท่องเที่ยวพักแบบโฮมสเตย์ 3 ห้อง รับได้ไม่เกิน 10 คน ตั้งอยู่ริมคลองห่างจากบ้าน{me(a)}ประมาณ 300 เมตร "
        f"(โฉนดเลขที่ {41870 + i} เลขที่ดิน {212 + i}) อยากขอรับรองมาตรฐานโฮมสเตย์ไทย ต้องเตรียมเอกสารอะไรบ้าง{ending(a)}\n"
        f"ผู้ใหญ่บ้านหมู่ {p.moo or 2} (นายเจริญ ทะเลงาม 081-537-2290) รับรองให้ได้{ending(a)}\n\n"
        f"โทรกลับ {mobile(p.mobile, i)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "สอบถามการขอมาตรฐานโฮมสเตย์", box(a), desk(a), text=text)
    return Case("plain_iphone_homestay_owner", raw, own(a, ALL))


def plain_line_chat_vendor(a: Party, i: int) -> Case:
    """A daughter forwards as text her LINE chat with her mother, a beach vendor, with
    the mother's details for a renewed vending permit; the daughter's own Gmail."""
    p = a.p
    w, _, w_mob, w_box = WRITERS[i % 2]
    mum = p.first
    text = (
        "ส่งต่อข้อความจาก LINE ค่ะ ข้อมูลของแม่ ขอต่อใบอนุญาตขายของชายหาดค่ะ\n\n"
        f"[LINE] ประวัติการแชทกับ แม่{mum}\nบันทึกเมื่อ: 07/12/2569 09:41\n\n"
        "วันอาทิตย์, 06/12/2569\n"
        f"18:02\t{w.split()[0][6:]}\tแม่ส่งเลขบัตรมาหน่อย จะกรอกต่อใบอนุญาตให้\n"
        f"18:10\tแม่{mum}\t{nid_w(p.nid, i + 1)}\n"
        f"18:10\tแม่{mum}\tเกิด {born_th(p.born, i + 2)}\n"
        f"18:11\t{w.split()[0][6:]}\tที่อยู่ตามทะเบียนบ้านล่ะ\n"
        f"18:15\tแม่{mum}\t{home(a, i)}\n"
        f"18:15\tแม่{mum}\tเบอร์แม่ {mobile(p.mobile, i + 1)} นะ\n"
        f"18:16\tแม่{mum}\tใบเก่าเลขที่ ปต.{457 + i}/2569 แผงเบอร์ {14 + i} โซนหน้าบางลา\n"
        f"18:17\t{w.split()[0][6:]}\tโอเคจ้า เดี๋ยวส่งให้\n\n"
        f"ชื่อแม่ {a.name} ค่ะ ถ้าต้องเตรียมอะไรเพิ่ม โทรหาหนูได้ที่ {mobile(w_mob, i)}\n"
        f"{w}\n"
    )
    raw = message(
        i,
        "Fwd: ขอต่อใบอนุญาตจำหน่ายสินค้าชายหาด (ข้อมูลแม่)",
        f"{w.split()[0][6:]} <{w_box}>",
        desk(a),
        text=text,
    )
    return Case("plain_line_chat_vendor", raw, for_other(a, ALL, phone=True))


def plain_english_foreign_partner(a: Party, i: int) -> Case:
    """A foreign partner writes in English for his Thai wife who owns a small guesthouse
    (notice of lodging that is not a hotel): her Thai name, ID, birth date, their home;
    his passport, work permit, phones and box; v1 gives her mobile too, v2 only his."""
    p = a.p
    name, nat, passport, mob, mbox, wp = PARTNERS[i % 2]
    hers = (
        f"My wife's mobile is {mobile(p.mobile, i)}, but she prefers Thai, so please call me first.\n"
        if i % 2 == 0
        else ""
    )
    text = (
        "Dear Sir/Madam,\n\n"
        f"I am writing on behalf of my wife, {a.name} ({p.first} {p.last}), who owns a small guesthouse with 4 rooms "
        "and would like to notify the lodging as a non-hotel accommodation (แจ้งที่พักที่ไม่เป็นโรงแรม).\n\n"
        f"Her Thai ID: {nid_w(p.nid, i)}\nDate of birth: {p.born.strftime('%d %B %Y')}\n"
        f"Address (house registration): {home(a, i + 1)}\n\n"
        f"I am her husband, {nat}, passport no. {passport}, work permit {wp}. "
        f"You can reach me at {mobile(mob, i + 1)} (also WhatsApp).\n{hers}\n"
        "Could you tell us which documents to bring and whether she needs to come in person?\n\n"
        f"Kind regards,\n{name}\n"
    )
    raw = message(i, "Guesthouse notification for my wife", f"{name} <{mbox}>", desk(a), text=text)
    return Case("plain_english_foreign_partner", raw, for_other(a, ALL, phone=i % 2 == 0))


def plain_outlook_tour_director(a: Party, i: int) -> Case:
    """A tour company's director asks from Outlook permission to land tourists at a
    beach within the park: the company, its number, TAT licence, his ID; the office's
    line and box in his signature; the boats' registrations."""
    k = i % 2
    t = TOURS[k]
    tp = t.p
    d, d_id, d_mob, lic = DIRECTORS[k]
    text = (
        f"เรียน หัวหน้าอุทยานแห่งชาติ\n\n{t.name} ทะเบียนนิติบุคคลเลขที่ {tp.nid} ใบอนุญาตประกอบธุรกิจนำเที่ยวเลขที่ {lic} "
        f"โดย {d} กรรมการผู้จัดการ เลขประจำตัวประชาชน {nid_w(d_id, i)} สำนักงานตั้งอยู่เลขที่ {home(t, i)} "
        f"ขออนุญาตนำนักท่องเที่ยวขึ้นฝั่งเพื่อพักผ่อนที่ชายหาดในเขตอุทยาน วันละไม่เกิน 60 คน ระหว่าง 1 มกราคม - 30 เมษายน 2570 "
        f"โดยใช้เรือทะเบียน 6501-0{6712 + i} และ 6501-0{6713 + i}\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต\n\n"
        f"{d}\nกรรมการผู้จัดการ\n{t.name}\nTel. {tel(t, i)}  Mobile {mobile(d_mob, i)}  Fax. {tel(t, i + 1)[:-1]}9\n{tp.email}\n\n"
        "-----Original Message-----\nFrom: ฝ่ายบริการ อุทยานแห่งชาติ\nSent: Monday, November 30, 2026 10:12 AM\n"
        "Subject: RE: ขออนุญาตนำนักท่องเที่ยว\nกรุณาส่งหนังสือขออนุญาตพร้อมเลขทะเบียนเรือ ติดต่อ 075-661-145\n"
    )
    raw = message(
        i,
        "RE: ขออนุญาตนำนักท่องเที่ยวขึ้นชายหาด",
        f"{d.split()[0][3:]} {d.split()[1]} <{tp.email}>",
        DESKS[tp.province],
        text=text,
    )
    e = tour(k, NO_BIRTH, with_id=True)
    e["phone"] += ("+66" + d_mob[1:], d_mob)  # the director who signs: his own mobile too
    return Case("plain_outlook_tour_director", raw, e)


def plain_webform_otop_producer(a: Party, i: int) -> Case:
    """A contact form's notification (WordPress Contact Form 7) for OTOP producer
    registration: sent from the site's box with Reply-To, the fields as lines; the
    tambon community development officer's name and phone at the foot."""
    p = a.p
    text = (
        "From: " + a.name + " <" + p.email + ">\nSubject: ลงทะเบียนผู้ผลิตผู้ประกอบการ OTOP\n\n"
        "Message Body:\n"
        f"ประเภทผู้ผลิต: ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว\n"
        f"ชื่อ-นามสกุล: {a.name}\nเลขประจำตัวประชาชน 13 หลัก: {nid_w(p.nid, i + 2)}\n"
        f"วัน/เดือน/ปีเกิด: {born_th(p.born, i + 1)}\nที่อยู่: {home(a, i + 1)}\n"
        f"โทรศัพท์มือถือ: {mobile(p.mobile, i + 2)}\nอีเมล: {p.email}\n"
        f"ผลิตภัณฑ์: {'น้ำพริกกุ้งเสียบ' if i % 2 else 'ผ้าบาติกลายทะเล'} ราคา 120-450 บาท ยอดขายปีละประมาณ 380,000 บาท\n"
        f"เลขทะเบียนพาณิชย์: {('พง', 'กบ')[i % 2]}.{412 + i}/2565\n"
        f"เจ้าหน้าที่พัฒนาชุมชนผู้ประสาน: นางสาวจิราภรณ์ ใจงาม 089-651-0274\n\n"
        "--\nThis e-mail was sent from a contact form on สำนักงานพัฒนาชุมชนจังหวัด (https://cdd.example.go.th)\n"
    )
    raw = message(i, "[สพจ.] ลงทะเบียนผู้ผลิตผู้ประกอบการ OTOP", "WordPress <wordpress@cdd.example.go.th>", desk(a), text=text,
                  extra={"Reply-To": f"{a.name} <{p.email}>"})  # fmt: skip
    return Case("plain_webform_otop_producer", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_guesthouse_manager(a: Party, i: int) -> Case:
    """A guesthouse's manager writes from her Gmail for the owner, renewing the lodging's
    notice: the owner's name, ID, home; the guesthouse's place elsewhere; the manager's
    own mobile and box in her signature."""
    p = a.p
    w, w_id, w_mob, w_box = WRITERS[(i + 1) % 2]
    lines = [f"เรียน นายทะเบียนที่พัก จังหวัด{p.province}", "",
             f"ดิฉัน {w} (เลขประจำตัวประชาชน {nid_w(w_id, i)}) ผู้จัดการเกสต์เฮาส์ ขอยื่นเรื่องแทนเจ้าของ คือ {a.name}",
             f"เลขประจำตัวประชาชนเจ้าของ {nid_w(p.nid, i + 1)}",
             f"ที่อยู่เจ้าของ {home(a, i)}", "",
             f"ขอต่ออายุหนังสือรับแจ้งที่พักที่ไม่เป็นโรงแรม เลขที่ {p.province[:1]}.{88 + i}/2567 ของ \"บ้านสวนลมทะเล เกสต์เฮาส์\" "
             "เลขที่ 3/21 ซอยบ้านดอน (4 ห้อง) ซึ่งจะหมดอายุวันที่ 31 ธันวาคม 2569 ค่ะ", "",
             "ขอบคุณค่ะ", "", "--", w, "Manager, Baan Suan Lom Talay Guesthouse", f"โทร {mobile(w_mob, i)}", w_box]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ขอต่อหนังสือรับแจ้งที่พัก (ยื่นแทนเจ้าของ)", f"{w} <{w_box}>", desk(a), html=html)
    return Case("html_gmail_guesthouse_manager", raw, for_other(a, NO_BIRTH))


def html_outlook_hotel_rr3(a: Party, i: int) -> Case:
    """A hotel's front office sends the รร.3 (ใบแจ้งผู้พัก) from Outlook: the guests as
    a table (names, nationality, passports, birth dates, rooms); the hotel, its licence;
    the manager who signs, his mobile; the hotel's line and box."""
    k = i % 2
    h = HOTELS[k]
    hp = h.p
    m, _, m_mob, lic = MANAGERS[k]
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{g[0]}</td><td>{g[1]}</td><td>{g[2]}</td><td>{g[3]}</td><td>{301 + n + i}</td></tr>"
        for n, g in enumerate(GUESTS[: 3 + i % 2])
    )
    table = ('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">'
             "<tr><th>ลำดับ</th><th>ชื่อผู้พัก</th><th>สัญชาติ</th><th>เลขหนังสือเดินทาง/บัตร</th><th>วันเกิด</th><th>ห้อง</th></tr>"
             f"{rows}</table>")  # fmt: skip
    paras = [f"เรียน นายทะเบียนโรงแรม จังหวัด{hp.province}", "",
             f"{h.name} (ใบอนุญาตประกอบธุรกิจโรงแรมเลขที่ {lic}) ตั้งอยู่เลขที่ {home(h, i)} "
             f"ขอแจ้งรายชื่อผู้เข้าพัก (แบบ รร.3) ประจำวันที่ {thai_day(date(2026, 12, 1 + i))} ดังนี้", table, "",
             "จึงเรียนมาเพื่อโปรดทราบ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{m}</b><br>ผู้จัดการโรงแรม / General Manager<br>{h.name}<br>'
           f"T. {tel(h, i)} &nbsp;M. {mobile(m_mob, i)}<br>"
           f'<a href="mailto:{hp.email}">{hp.email}</a></p>')  # fmt: skip
    raw = message(
        i,
        f"แจ้งผู้พัก รร.3 {h.name}",
        f"Front Office <{hp.email}>",
        DESKS[hp.province],
        html=outlook_html(paras, sig),
    )
    e = hotel(k, NO_BIRTH, with_id=False)
    e["phone"] += ("+66" + m_mob[1:], m_mob)
    return Case("html_outlook_hotel_rr3", raw, e)


def html_eform_enterprise_registration(a: Party, i: int) -> Case:
    """An e-Form system's notification (HTML, a two-column table) of a community
    enterprise's registration (สวช.01): the enterprise, its ที่ตั้ง (the chair's house),
    the ผู้แทน's name, ID, phone, box; members' count; the form's reference number."""
    p = a.p
    ent = ENTERPRISES[i % 2]
    rows = [("เลขที่คำขอ", f"EF-2569-{120457 + i}"), ("ประเภทคำขอ", "จดทะเบียนวิสาหกิจชุมชน (สวช.01)"),
            ("ชื่อวิสาหกิจชุมชน", ent), ("ที่ตั้งวิสาหกิจชุมชน", home(a, i)),
            ("ชื่อผู้แทนวิสาหกิจชุมชน", a.name), ("ตำแหน่ง", "ประธานกลุ่ม"),
            ("เลขประจำตัวประชาชนผู้แทน", nid_w(p.nid, i)), ("โทรศัพท์", mobile(p.mobile, i + 1)),
            ("อีเมล", p.email), ("จำนวนสมาชิก", f"{11 + i} คน"), ("ทุนดำเนินการ", "45,000 บาท"),
            ("วันที่ยื่น", f"0{3 + i}/12/2569 14:2{i % 10}")]  # fmt: skip
    body = "".join(
        f'<tr><td style="background:#eef;width:35%">{k}</td><td>{v}</td></tr>' for k, v in rows
    )
    html = ('<html><body><p>มีคำขอใหม่ในระบบ e-Form สำนักงานเกษตรจังหวัด</p>'
            f'<table border="1" cellpadding="4" style="border-collapse:collapse">{body}</table>'
            '<p style="color:#888">อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ โทร 0-7561-1649</p></body></html>\n')  # fmt: skip
    raw = message(
        i,
        f"[e-Form] คำขอจดทะเบียนวิสาหกิจชุมชน {ent}",
        "e-Form <noreply@eform.example.go.th>",
        desk(a),
        html=html,
    )
    return Case("html_eform_enterprise_registration", raw, own(a, NO_BIRTH))


def html_iphone_boat_owner_reply(a: Party, i: int) -> Case:
    """A boat owner replies from his iPhone (Apple Mail's HTML) to the harbour office's
    mail, which is quoted below with the officer's name and line: his ID, home, the
    boat's registration and engine numbers; the ticket number."""
    p = a.p
    top = (f"<div dir=\"auto\">เรียน เจ้าหน้าที่ครับ/ค่ะ<br><br>ส่งข้อมูลต่อทะเบียนเรือตามที่ขอ<br>"
           f"ชื่อเจ้าของเรือ {a.name}<br>เลขบัตร {nid_w(p.nid, i + 2)}<br>ที่อยู่ {home(a, i + 2)}<br>"
           f"เรือหางยาวทะเบียน 6501-0{5230 + i} ชื่อเรือ ส.{p.first}นาวา<br>เครื่องยนต์ ISUZU 6BD1-{480215 + i}<br>"
           f"โทร {mobile(p.mobile, i + 3)}<br><br>ขอบคุณ{ending(a)}<br><br>ส่งจาก iPhone ของฉัน</div>")  # fmt: skip
    quote = ("<div dir=\"ltr\"><br><blockquote type=\"cite\">เมื่อ 4 ธ.ค. 2569 เวลา 10:15 "
             "สำนักงานเจ้าท่าภูมิภาคสาขา &lt;harbour@md.example.go.th&gt; เขียนว่า:<br><br>"
             f"<div>เรียน คุณ{p.first}<br>เลขที่รับเรื่อง MD-{77041 + i} กรุณาส่งเลขบัตรประชาชน ที่อยู่ และเลขทะเบียนเรือ<br>"
             "นางสาวสุภาวดี เกาะแก้ว นักวิชาการขนส่ง โทร 075-620-411 ต่อ 12 / 089-104-3327</div></blockquote></div>")  # fmt: skip
    html = f"<html><body>{top}{quote}</body></html>\n"
    raw = message(i, "Re: ขอต่ออายุใบอนุญาตใช้เรือ", box(a), "harbour@md.example.go.th", html=html)
    return Case("html_iphone_boat_owner_reply", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_homestay_standard_form(a: Party, i: int) -> Case:
    """แบบคำขอรับรองมาตรฐานโฮมสเตย์ไทย typed into Word on dotted lines: the owner's
    lines (ID in Thai digits in v2, birth date, registered home, mobile, box), the
    homestay's own place, the group's coordinator with her phone."""
    p = a.p
    nid = thai(p.nid) if i % 2 else nid_w(p.nid, i)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอรับรองมาตรฐานโฮมสเตย์ไทย")
        d.add_paragraph(f"เขียนที่ บ้าน{p.tambon}\nวันที่ {4 + i} ธันวาคม 2569")
        d.add_paragraph(f"1. ชื่อเจ้าของโฮมสเตย์ {a.name}..........................")
        d.add_paragraph(f"2. เลขประจำตัวประชาชน {nid}\t\tวัน/เดือน/ปีเกิด {born_th(p.born, i + 1)}")
        d.add_paragraph(f"3. ที่อยู่ตามทะเบียนบ้าน\n{home(a, i + 1)}")
        d.add_paragraph(f"4. โทรศัพท์มือถือ {mobile(p.mobile, i)}\tE-mail {p.email}")
        d.add_paragraph(f"5. ชื่อโฮมสเตย์ บ้าน{p.first}โฮมสเตย์ ที่ตั้ง เลขที่ 2/{7 + i} หมู่ที่ {int(p.moo or 1) + 1} ตำบล{p.tambon} "
                        f"จำนวนห้องพัก 3 ห้อง รองรับได้ 8 คน")  # fmt: skip
        d.add_paragraph("6. ผู้ประสานงานกลุ่มโฮมสเตย์ นางบุษบา ทะเลทอง โทร 086-270-4419")
        d.add_paragraph(f"ลงชื่อ...........................ผู้ยื่นคำขอ\n({a.name})")

    raw = message(i, "ยื่นแบบคำขอมาตรฐานโฮมสเตย์ไทย", box(a), desk(a), text=f"เรียน เจ้าหน้าที่\nแนบแบบคำขอ{ending(a)}\n",
                  files=(("คำขอโฮมสเตย์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_homestay_standard_form", raw, own(a, ALL))


def docx_non_hotel_table_form(a: Party, i: int) -> Case:
    """แบบแจ้งที่พักที่ไม่เป็นโรงแรม as a Word table (label | value): the owner's rows,
    then the spouse's (co-owner: name, ID), the lodging's place and rooms, a caretaker
    with a phone."""
    p = a.p
    spouse = (
        "นายสุเทพ " + p.last if p.title != "นาย" else "นางจิราพร " + p.last,
        with_check_digit(f"3{p.nid[1:5]}0098{7 + i}1"),
    )

    def build(d: Any) -> None:
        d.add_paragraph("แบบแจ้งข้อมูลที่พักที่ไม่เป็นโรงแรม (ตามกฎกระทรวง พ.ศ. 2551)")
        rows = [("ชื่อ-สกุล ผู้แจ้ง (เจ้าของ)", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                ("วันเดือนปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่ผู้แจ้ง", home(a, i)),
                ("โทรศัพท์", mobile(p.mobile, i + 1)), ("อีเมล", p.email),
                ("คู่สมรส (ผู้ถือกรรมสิทธิ์ร่วม)", spouse[0]), ("เลขประจำตัวประชาชนคู่สมรส", spouse[1]),
                ("ที่ตั้งที่พัก", f"{p.house}/{3 + i} (หลังบ้าน) ตำบล{p.tambon}"), ("จำนวนห้องพัก / ผู้พักสูงสุด", "4 ห้อง / 16 คน"),
                ("ผู้ดูแลที่พัก", "นายสมปอง ใจซื่อ โทร 093-661-8024")]  # fmt: skip
        t = d.add_table(rows=0, cols=2)
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v
        d.add_paragraph(f"ลงชื่อ ผู้แจ้ง {a.name}   วันที่ {9 + i}/12/2569")

    raw = message(i, "แจ้งที่พักไม่เป็นโรงแรม", box(a), desk(a), text="สวัสดีค่ะ แนบไฟล์แบบแจ้งที่พักมาค่ะ\n",
                  files=(("แบบแจ้งที่พัก.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_non_hotel_table_form", raw, own(a, ALL))


def docx_beach_vendor_letter(a: Party, i: int) -> Case:
    """A vendor's typed letter to the mayor asking a permit to sell on the beach: her ID,
    birth date, home, phone; the zone, the old permit and her vendor card's number; her
    landlord who vouches for her (his ID, phone, his own house)."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\tเขียนที่ {p.tambon}\n\t\t\t\t\tวันที่ {10 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ (ชายหาด)\nเรียน นายกเทศมนตรี")
        d.add_paragraph(
            f"\tข้าพเจ้า {a.name} อายุ {2026 - p.born.year} ปี เกิดวันที่ {born_th(p.born, i)} "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i + 2)} โทรศัพท์ {mobile(p.mobile, i + 2)} "
            f"ขออนุญาตจำหน่ายผลไม้และน้ำมะพร้าวบนชายหาด บริเวณโซน {3 + i} ตั้งแต่เวลา 09.00-18.00 น. "
            f"(ใบอนุญาตเดิมเลขที่ {thai(str(1204 + i))}/2569, บัตรประจำตัวผู้จำหน่ายเลขที่ ชห-{thai(str(3318 + i))})"
        )
        d.add_paragraph(
            f"\tโดยมี นายสมศักดิ์ บ่อทอง เลขประจำตัวประชาชน {with_check_digit('383020044' + str(510 + i))} "
            "เจ้าของห้องเช่าที่ข้าพเจ้าเช่าขายของ เลขที่ 14/3 ถนนบางลา เป็นผู้รับรอง โทร 081-892-3376"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\n\t\t\t\tผู้ขออนุญาต")

    raw = message(i, "ขออนุญาตขายของชายหาด", box(a), desk(a), text=f"เรียน งานเทศกิจ\nแนบหนังสือขออนุญาต{ending(a)}\n",
                  files=(("ขออนุญาตขายของ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_beach_vendor_letter", raw, own(a, ALL))


def docx_enterprise_letter_members(a: Party, i: int) -> Case:
    """A community enterprise's letter (Word) asking to register as an OTOP producer
    group, signed by its chair: its registration code, ที่ตั้ง (the chair's house), the
    chair's ID and phone; a table of members with their IDs and phones."""
    p = a.p
    ent = ENTERPRISES[i % 2]
    mem = MEMBERS[2 * (i % 2) : 2 * (i % 2) + 2]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{ent}\nรหัสทะเบียน {('1-81-03-02/1-0012', '2-82-06-01/1-0031')[i % 2]}\nที่ตั้ง {home(a, i)}"
        )
        d.add_paragraph(f"\t\t\t\t{12 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอลงทะเบียนผู้ผลิตผู้ประกอบการ OTOP ประเภทกลุ่ม\nเรียน พัฒนาการอำเภอ")
        d.add_paragraph(
            f"\tด้วย{ent} มีสมาชิก {14 + i} คน ผลิตสินค้าจำหน่ายนักท่องเที่ยวมาตั้งแต่ปี 2564 ประสงค์ขอลงทะเบียนเป็นผู้ผลิตผู้ประกอบการ OTOP "
            f"โดยมี{me(a)} {a.name} ประธานกลุ่ม เลขประจำตัวประชาชน {nid_w(p.nid, i)} โทร {mobile(p.mobile, i)} เป็นผู้แทน"
        )
        d.add_paragraph("รายชื่อกรรมการ")
        t = d.add_table(rows=1, cols=4)
        for c, v in zip(
            t.rows[0].cells, ("ชื่อ-สกุล", "ตำแหน่ง", "เลขประจำตัวประชาชน", "โทร"), strict=True
        ):
            c.text = v
        for (n, nid, mob, _), role in zip(mem, ("เหรัญญิก", "เลขานุการ"), strict=True):
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text = (
                n,
                role,
                nid,
                mobile(mob, i),
            )
        d.add_paragraph(f"\n\t\t\t\tขอแสดงความนับถือ\n\t\t\t\t({a.name})\n\t\t\t\tประธาน{ent}")

    raw = message(i, f"หนังสือ{ent} ขอลงทะเบียน OTOP", box(a), desk(a), text="เรียน พัฒนาการอำเภอ\nส่งหนังสือของกลุ่ม\n",
                  files=(("หนังสือกลุ่ม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_enterprise_letter_members", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_otop_producer(a: Party, i: int) -> Case:
    """A fillable OTOP producer's form (fields named applicant_* and contact_*): the
    producer's section, then the tambon officer's contact section."""
    p = a.p
    labels = [(40, 18, "แบบลงทะเบียนผู้ผลิตผู้ประกอบการ OTOP"), (20, 40, "ชื่อ-นามสกุล"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 80, "ผลิตภัณฑ์"), (20, 100, "ผู้ประสานงาน (เจ้าหน้าที่)"), (20, 110, "โทรศัพท์ผู้ประสานงาน")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 50, 40, 100), Field("applicant_id", p.nid, 60, 50, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i), 135, 50, 45), Field("applicant_addr", home(a, i + 1), 35, 60, 160),
              Field("applicant_tel", mobile(p.mobile, i), 45, 70, 55), Field("applicant_email", p.email, 125, 70, 70),
              Field("product", "กะปิกุ้งเคยแท้ / ปลาอินทรีเค็ม", 45, 80, 150),
              Field("contact_name", "นายอดุลย์ เจริญผล", 70, 100, 90), Field("contact_tel", "076-412-386", 70, 110, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบลงทะเบียน OTOP (PDF)", box(a), desk(a), text=f"ส่งแบบที่กรอกแล้ว{ending(a)}\n",
                  files=(("otop_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_otop_producer", raw, own(a, ALL))


def pdf_fillable_vendor_permit(a: Party, i: int) -> Case:
    """The town's fillable คำขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ (Thai field names):
    the vendor's lines, the goods and place, then the helper's (ผู้ช่วยจำหน่าย) name, ID
    and phone."""
    p = a.p
    labels = [(30, 18, "คำขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ"), (20, 40, "ชื่อผู้ขออนุญาต"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "เกิดวันที่"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 80, "สินค้าที่จำหน่าย / สถานที่"), (20, 100, "ผู้ช่วยจำหน่าย"), (20, 110, "เลขประจำตัวประชาชนผู้ช่วย"),
              (20, 120, "โทรศัพท์ผู้ช่วย")]  # fmt: skip
    fields = [Field("ชื่อผู้ขออนุญาต", a.name, 50, 40, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1), 60, 50, 55),
              Field("เกิดวันที่", born_th(p.born, i + 2), 135, 50, 45), Field("ที่อยู่", home(a, i + 2), 35, 60, 160),
              Field("โทรศัพท์", mobile(p.mobile, i + 3), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("สินค้าและสถานที่", f"ร่มและเตียงผ้าใบให้เช่า ชายหาด จุดที่ {21 + i}", 75, 80, 120),
              Field("ผู้ช่วยจำหน่าย", "นายสมหมาย แก้วมณี", 50, 100, 90),
              Field("เลขประจำตัวประชาชนผู้ช่วย", with_check_digit(f"18302001{5520 + i}"), 80, 110, 55),
              Field("โทรศัพท์ผู้ช่วย", "0807146623", 60, 120, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขออนุญาตจำหน่ายสินค้าในที่สาธารณะ", box(a), desk(a), text=f"เรียน งานเทศกิจ\nแนบคำขอ{ending(a)}\n",
                  files=(("คำขออนุญาต.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_vendor_permit", raw, own(a, ALL))


def pdf_typed_boat_operator_letter(a: Party, i: int) -> Case:
    """A boats' owner's typed letter (PDF) to the harbour office: the business's name and
    pier top right, his ID and home in the body, his TAT licence, two boats with their
    captains (each captain's ID and phone); signed as owner."""
    p = a.p
    pier = f"ท่าเทียบเรือ{p.tambon} หมู่ที่ {int(p.moo or 1) + 2} ตำบล{p.tambon}"
    paras: list[tuple[float, str]] = [(120, f"{p.first}มารีน ทัวร์"), (120, pier), (0, ""),
             (120, f"{14 + i} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอต่ออายุใบอนุญาตใช้เรือรับจ้างนำเที่ยว"),
             (20, "เรียน ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคสาขา"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)} "
                  f"เจ้าของกิจการ{p.first}มารีน ทัวร์ ใบอนุญาตประกอบธุรกิจนำเที่ยวเลขที่ 34/0{2208 + i} "
                  f"ขอต่ออายุใบอนุญาตใช้เรือ 2 ลำ ได้แก่ เรือทะเบียน 6402-0{1187 + i} (นายท้ายเรือ นายอิสมาแอ ทะเลดี "
                  f"เลขประจำตัวประชาชน {with_check_digit('381030077' + str(412 + i))} โทร 087-264-5510) และเรือทะเบียน 6402-0{1188 + i} "
                  f"(นายท้ายเรือ นายหมาด บุญมาก โทร 093-471-0086)"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (110, "เจ้าของกิจการ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอต่ออายุใบอนุญาตใช้เรือ", box(a), "harbour@md.example.go.th", text="เรียน เจ้าท่า\nแนบหนังสือ\n",
                  files=(("ต่ออายุเรือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_boat_operator_letter", raw, own(a, NO_BIRTH))


def pdf_typed_foreign_partner_letter(a: Party, i: int) -> Case:
    """A foreign partner's typed letter (PDF, Thai with English) for his wife's
    guesthouse licence question: his block top right (passport, work permit, mobile),
    her lines in the body (ID, birth date, home); signed by him."""
    p = a.p
    name, nat, passport, mob, mbox, wp = PARTNERS[(i + 1) % 2]
    paras: list[tuple[float, str]] = [(120, name), (120, f"Passport {passport}"), (120, f"Work permit {wp}"),
             (120, f"Tel. {mobile(mob, i)}"), (0, ""), (120, f"{16 + i} December 2026"), (0, ""),
             (20, "เรื่อง ขอแจ้งที่พักที่ไม่เป็นโรงแรม / Notification of guesthouse"),
             (20, f"เรียน นายทะเบียนที่พัก จังหวัด{p.province}"), (0, ""),
             (30, f"I, {name} ({nat}), write for my wife {a.name}, Thai ID {nid_w(p.nid, i)}, "
                  f"born {thai_day(p.born)}, of {home(a, i)}, who owns the guesthouse (4 rooms) at our home."),
             (30, "ข้าพเจ้าเขียนแทนภรรยาซึ่งเป็นเจ้าของที่พัก ขอทราบขั้นตอนการแจ้งที่พักที่ไม่เป็นโรงแรม"),
             (0, ""), (110, "Yours faithfully,"), (0, ""), (110, f"({name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "Guesthouse notification - letter", f"{name} <{mbox}>", desk(a), text="Please see the attached letter.\n",
                  files=(("letter_guesthouse.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_foreign_partner_letter", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_hotel_guest_register(a: Party, i: int) -> Case:
    """A hotel's guest register sheet for the month: its head block (hotel, licence,
    place, line, the manager who notifies with his ID), then the guests' rows."""
    k = (i + 1) % 2
    h = HOTELS[k]
    hp = h.p
    m, m_id, _, lic = MANAGERS[k]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนผู้พัก"
        ws.append(("ทะเบียนผู้พัก (รร.4) ประจำเดือนธันวาคม 2569",))
        ws.append(("ชื่อโรงแรม", h.name, "ใบอนุญาตเลขที่", lic))
        ws.append(("ที่ตั้ง", home(h, i)))
        ws.append(("โทรศัพท์", tel(h, i), "อีเมล", hp.email))
        ws.append(("ผู้จัดการผู้แจ้ง", m, "เลขประจำตัวประชาชน", nid_w(m_id, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อผู้พัก", "สัญชาติ", "เลขหนังสือเดินทาง/บัตร", "วันเกิด", "ห้อง", "เข้าพัก", "ออก"))
        for n, g in enumerate(GUESTS):
            ws.append(
                (n + 1, g[0], g[1], g[2], g[3], 205 + n, f"0{1 + n}/12/2569", f"0{4 + n}/12/2569")
            )

    raw = message(i, "ส่งทะเบียนผู้พักประจำเดือน", f"{h.name} <{hp.email}>", DESKS[hp.province],
                  text="เรียน นายทะเบียนโรงแรม\nส่งทะเบียนผู้พักประจำเดือนธันวาคม 2569\n",
                  files=(("guest_register.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_hotel_guest_register", raw, hotel(k, NO_BIRTH, with_id=True))


def xlsx_enterprise_members_sheet(a: Party, i: int) -> Case:
    """A community enterprise's members sheet: its head block (name, ที่ตั้ง, the ผู้แทน
    with ID and phone), then the members' rows (IDs, phones, houses)."""
    p = a.p
    ent = ENTERPRISES[(i + 1) % 2]
    mem = MEMBERS[2 * ((i + 1) % 2) : 2 * ((i + 1) % 2) + 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สมาชิก"
        ws.append(("ทะเบียนสมาชิก", ent))
        ws.append(("ที่ตั้ง", home(a, i + 1)))
        ws.append(
            ("ผู้แทน (ประธาน)", a.name, "เลขบัตร", nid_w(p.nid, i + 1), "โทร", mobile(p.mobile, i))
        )
        ws.append(())
        ws.append(("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์", "หุ้น (บาท)"))
        for n, (name, nid, mob, house) in enumerate(mem):
            ws.append((n + 1, name, nid, house, mobile(mob, n), 1000 * (n + 2)))

    raw = message(i, f"ทะเบียนสมาชิก{ent}", box(a), desk(a), text=f"ส่งทะเบียนสมาชิกกลุ่ม{ending(a)}\n",
                  files=(("สมาชิก.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_enterprise_members_sheet", raw, own(a, NO_BIRTH))


def xlsx_boat_tour_register(a: Party, i: int) -> Case:
    """A boat operator's register for the harbour office: the owner's rows at the head
    (name, ID, birth date, home, phone), then the boats and their captains (each
    captain's ID, licence and phone)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เรือ"
        ws.append(("ข้อมูลเจ้าของเรือ",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 3)))
        ws.append(("มือถือ", mobile(p.mobile, i + 2)))
        ws.append(())
        ws.append(
            (
                "ทะเบียนเรือ",
                "ชื่อเรือ",
                "ผู้โดยสาร",
                "นายท้ายเรือ",
                "เลขประจำตัวประชาชน",
                "ใบประกาศนียบัตรเลขที่",
                "โทร",
            )
        )
        ws.append(
            (
                f"6501-0{4410 + i}",
                "อันดามันสตาร์ 1",
                35,
                "นายสุริยา ทองทะเล",
                with_check_digit(f"38103005{1190 + i}"),
                f"นท.{23017 + i}",
                "0894412786",
            )
        )
        ws.append(
            (
                f"6501-0{4411 + i}",
                "อันดามันสตาร์ 2",
                12,
                "นายอับดุลรอหมาน หลีหมาน",
                with_check_digit(f"38102004{6630 + i}"),
                f"นท.{23018 + i}",
                "0816631074",
            )
        )

    raw = message(i, "ทะเบียนเรือและนายท้าย", box(a), "harbour@md.example.go.th", text="ส่งข้อมูลเรือประจำปี\n",
                  files=(("boats.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_boat_tour_register", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (hotel and tour styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_homestay_owner, (1, 12)),
    (plain_line_chat_vendor, (5, 8)),
    (plain_english_foreign_partner, (0, 3)),
    (plain_outlook_tour_director, (0, 0)),
    (plain_webform_otop_producer, (10, 6)),
    (html_gmail_guesthouse_manager, (4, 2)),
    (html_outlook_hotel_rr3, (0, 0)),
    (html_eform_enterprise_registration, (7, 1)),
    (html_iphone_boat_owner_reply, (3, 7)),
    (docx_homestay_standard_form, (9, 1)),
    (docx_non_hotel_table_form, (13, 6)),
    (docx_beach_vendor_letter, (11, 0)),
    (docx_enterprise_letter_members, (7, 1)),
    (pdf_fillable_otop_producer, (12, 10)),
    (pdf_fillable_vendor_permit, (8, 5)),
    (pdf_typed_boat_operator_letter, (2, 9)),
    (pdf_typed_foreign_partner_letter, (4, 11)),
    (xlsx_hotel_guest_register, (0, 0)),
    (xlsx_enterprise_members_sheet, (1, 7)),
    (xlsx_boat_tour_register, (13, 3)),
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
