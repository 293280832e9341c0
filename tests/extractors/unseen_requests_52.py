"""A fifty-second set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A BANGKOK DISTRICT OFFICE (สำนักงานเขต) AND OF THE BIG CITY
MUNICIPALITIES (เทศบาลนครนนทบุรี, เชียงใหม่, หาดใหญ่). Urban people and urban addresses as
they are really written: condominium rooms (ห้อง/ชั้น/อาคาร and the project's name), housing
estates with their own ซอย, sois with names, numbers and แยก, แขวง/เขต, กรุงเทพฯ/กทม./
กรุงเทพมหานคร and a province written bare. Tenants who name the owner of their room,
office workers writing from the company's Outlook (HTML, signature with the company's
address and switchboard, a disclaimer), Gen-Z typing (no spaces, English words, emoji),
requests about noise, building permits, pets, street vendors, trash, a flooded soi,
ทะเบียนพาณิชย์ and ภาษีที่ดินและสิ่งปลูกสร้าง; attachments as office people make them
(Word from templates and from Google Docs, PDFs from Word, Google Docs and Canva, xlsx).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 48 and 49, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a district clerk keeps.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own (who asks and signs). The owner of a tenant's room, a colleague, the
  company, a contractor or engineer, a co-signing neighbour, the district officer quoted
  in a reply, the นิติบุคคล's office: never hers.
- full_name with its title; "น.ส." as typed is right too.
- phone: her own mobile (+66... or 0...), expected only where she gives one; a company
  switchboard with its extension is never it.
- email: hers, where she gives it or sends from her own box (her work mailbox that sends
  an Outlook mail is hers); a web form's sender is not.
- birth_date ISO, only where she gives it; a pet's birth date, a permit's, a bill's or an
  event's date is never it. A microchip number, a land title number, a bill number, a
  registered capital, a room number, a lat/long is never an ID or a phone.
- address: where she lives, from the house number to แขวง/เขต (ตำบล/อำเภอ), what names the
  dwelling (project, อาคาร, ชั้น, ห้อง; หมู่บ้าน and its ซอย) part of it, with or without
  เลขที่/บ้านเลขที่ and with or without the province (as typed or official) and postal
  code. Where a form asks both ตามทะเบียนบ้าน and ปัจจุบัน, either of hers is right; the
  taxed property's or the shop's address given apart from her home, a workplace, the
  company's, the owner's are never hers.
- province: its official name (กรุงเทพมหานคร for กทม./กรุงเทพฯ).
Everyone and every number is invented (13-digit IDs made with with_check_digit); แขวง,
เขต, ตำบล, อำเภอ, provinces and postal codes are real and belong together; projects,
companies and estates are made up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, FONTS, XLSX, Person, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as people type them: long lines

DISTRICT = "saraban@city.example.go.th"
CITY = {"นนทบุรี": "นนทบุรี", "เชียงใหม่": "เชียงใหม่", "สงขลา": "หาดใหญ่"}  # เทศบาลนคร...


@dataclass(frozen=True)
class Resident:
    """The applicant (`p`), what names her dwelling, and her working life."""

    p: Person
    dwelling: str  # "คอนโด... อาคาร B ชั้น 12 ห้อง 1205" or "หมู่บ้าน... ซอย 5", or ""
    company: str
    work_email: str
    nick: str


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


BKK = "กรุงเทพมหานคร"
PEOPLE: tuple[Resident, ...] = (
    Resident(P("นางสาว", "ณัฐธิดา", "วงศ์สวัสดิ์", "110370081254", date(2001, 3, 9), "0917728345", "natthida.ws@gmail.com",
               "99/1205", "", "ลาดพร้าว 71", "ลาดพร้าว", "คลองเจ้าคุณสิงห์", "วังทองหลาง", BKK, "10310"),
             "คอนโดเดอะซิตี้ ลาดพร้าว อาคาร B ชั้น 12 ห้อง 1205", "บริษัท สยามดิจิทัลมีเดีย จำกัด", "natthida.w@siamdigital.example.co.th", "มายด์"),
    Resident(P("นาย", "ธนวัฒน์", "ศรีประเสริฐ", "312990045127", date(1986, 7, 22), "0819934572", "thanawat.sp@hotmail.com",
               "99/123", "5", "", "รัตนาธิเบศร์", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
             "หมู่บ้านชัยพฤกษ์ ซอย 5", "บริษัท สยามเทคโซลูชั่นส์ จำกัด (มหาชน)", "thanawat.s@siamtech.example.co.th", "โอ๊ต"),
    Resident(P("นาง", "สุภาพร", "เจริญสุข", "310090027735", date(1972, 11, 3), "0865520917", "supaporn.cs@yahoo.com",
               "45/7", "", "สุขุมวิท 101/1", "สุขุมวิท", "บางจาก", "พระโขนง", BKK, "10260"),
             "", "ห้างหุ้นส่วนจำกัด เจริญสุขการค้า", "supaporn@charoensuk.example.com", "แดง"),
    Resident(P("นาย", "กิตติพงษ์", "ตั้งตระกูล", "390110036642", date(1980, 5, 17), "0897713408", "kittipong.tt@gmail.com",
               "27", "", "", "นิพัทธ์อุทิศ 3", "หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
             "", "บริษัท ไทยรับเบอร์เทรด จำกัด", "kittipong.t@thairubber.example.co.th", "ก้อง"),
    Resident(P("นางสาว", "พิชญา", "อินทรสุวรรณ", "150990052318", date(1998, 1, 25), "0628841175", "pitchaya.in@gmail.com",
               "8/2", "", "นิมมานเหมินท์ 9", "นิมมานเหมินท์", "สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
             "นิมมาน เรสซิเดนซ์ อาคาร A ชั้น 3 ห้อง 304", "บริษัท ล้านนาครีเอทีฟ จำกัด", "pitchaya@lannacreative.example.co.th", "แพร"),
    Resident(P("นาย", "ภาณุพงศ์", "มหาวงศ์", "110150062239", date(1993, 9, 14), "0953317264", "panupong.mw@gmail.com",
               "221/45", "", "ลาดพร้าว 71 แยก 8", "ลาดพร้าว", "สะพานสอง", "วังทองหลาง", BKK, "10310"),
             "", "บริษัท ไทยโลจิสติกส์ เอ็กซ์เพรส จำกัด", "panupong.m@thailogex.example.co.th", "บอส"),
    Resident(P("นาง", "วรรณา", "ศักดิ์ดี", "310220018826", date(1967, 4, 2), "0814462093", "wanna.sd@hotmail.com",
               "59/210", "", "", "ศรีนครินทร์", "หนองบอน", "ประเวศ", BKK, "10250"),
             "หมู่บ้านภัสสร ซอย 7", "โรงเรียนอนุบาลศักดิ์ดี", "wanna@sakdeeschool.example.ac.th", "หน่อย"),
    Resident(P("นาย", "ศุภชัย", "พงษ์ไพบูลย์", "112990047713", date(1990, 12, 28), "0631198427", "supachai.pp@outlook.com",
               "55/431", "", "", "ติวานนท์", "ท่าทราย", "เมืองนนทบุรี", "นนทบุรี", "11000"),
             "ลุมพินีเพลส ติวานนท์ อาคาร C ชั้น 4 ห้อง 431", "ธนาคารกรุงสยาม จำกัด (มหาชน)", "supachai.p@krungsiam.example.co.th", "ต้น"),
    Resident(P("นางสาว", "กมลชนก", "ชัยวัฒนา", "110400093368", date(1996, 6, 11), "0926650381", "kamonchanok.cw@gmail.com",
               "88", "", "ประชาราษฎร์บำเพ็ญ 12", "ประชาราษฎร์บำเพ็ญ", "ห้วยขวาง", "ห้วยขวาง", BKK, "10310"),
             "สุขใจแมนชั่น ชั้น 5 ห้อง 507", "บริษัท บางกอกแฟชั่นเฮาส์ จำกัด", "kamonchanok@bkkfashion.example.co.th", "ฟ้า"),
    Resident(P("นาย", "อภิสิทธิ์", "ทองคำ", "350990024471", date(1977, 8, 30), "0847729916", "apisit.tk@gmail.com",
               "124/6", "", "", "โชตนา", "ช้างเผือก", "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
             "", "สำนักงานบัญชีทองคำ", "apisit@thongkham-acc.example.com", "เอก"),
)  # fmt: skip

# Others' values beside hers: the room's owner, the company, the district officer.
OWNER = "นายประยุทธ ลิ้มเจริญ"
OWNER_PHONE = "0818812047"
OWNER_HOME = "14 ซอยรามคำแหง 53 แขวงพลับพลา เขตวังทองหลาง กรุงเทพฯ 10310"
COMPANY_LINE = "02-513-4400"
COMPANY_HQ = "1055 อาคารเอสทีทาวเวอร์ ชั้น 18 ถนนพระรามที่ 4 แขวงสี่พระยา เขตบางรัก กรุงเทพฯ 10500"
OFFICER = "นางสาวจารุวรรณ ใจดี"
OFFICER_PHONE = "02-514-1198"

# The taxed land (ภ.ด.ส.10), in the city where she files, never her home.
LAND = {BKK: "ซอยนวลจันทร์ 36 แขวงนวลจันทร์ เขตบึงกุ่ม", "นนทบุรี": "ซอยงามวงศ์วาน 23 ตำบลบางเขน อำเภอเมืองนนทบุรี",
        "เชียงใหม่": "ถนนเจ็ดยอด ตำบลช้างเผือก อำเภอเมืองเชียงใหม่", "สงขลา": "ถนนเพชรเกษม ตำบลหาดใหญ่ อำเภอหาดใหญ่"}  # fmt: skip

Style = Callable[[Resident, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def heads(r: Resident) -> list[str]:
    """Her address to the district: written out, with หมู่ for หมู่ที่, or short."""
    p = r.p
    d = f"{r.dwelling} " if r.dwelling else ""
    out = [
        f"{p.house} {d}{p.rest()}",
        f"{p.house} {d}{p.rest(moo_word='หมู่')}",
        f"{p.house} {d}{p.rest(short=True)}",
    ]
    if p.moo and r.dwelling:  # หมู่ before the estate's name, as a form's boxes order them
        q = replace(p, moo="")
        out += [
            f"{p.house} {w}{p.moo} {d}{q.rest(short=s)}"
            for w, s in (("หมู่ที่ ", False), ("หมู่ ", False), ("ม.", True))
        ]
    return list(dict.fromkeys(out))


def provinces(p: Person) -> tuple[str, ...]:
    """The province as people write it after the district."""
    if p.bangkok:
        return (BKK, "กรุงเทพฯ", "กทม.", "กรุงเทพ")
    return (f"จังหวัด{p.province}", f"จ.{p.province}", p.province)


def addresses(r: Resident) -> tuple[str, ...]:
    """Her address as a clerk accepts it: with or without เลขที่/บ้านเลขที่, with or without
    a province (as typed) and the postal code; never without the dwelling's name."""
    p = r.p
    out: list[str] = []
    for word, h in product(("", "เลขที่ ", "บ้านเลขที่ "), heads(r)):
        out.append(word + h)
        for prov in provinces(p):
            out += [f"{word}{h} {prov}", f"{word}{h} {prov} {p.postal}"]
    return tuple(dict.fromkeys(out))


def exp(
    r: Resident, keys: str, *, work: bool = False, names: tuple[str, ...] = ()
) -> dict[str, tuple[str, ...]]:
    p = r.p
    table = {
        "full_name": (p.name, *names),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": ((r.work_email if work else p.email).lower(),),
        "address": addresses(r),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


ALL = "full_name national_id birth_date phone email address postal_code province"


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def nid_w(nid: str, k: int) -> str:
    return (nid, dashed(nid), f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}")[k % 3]


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"{m[:3]}-{m[3:]}", f"{m[:3]} {m[3:6]} {m[6:]}")[k % 4]


def home(r: Resident, k: int) -> str:
    """Her address as she types it: written out or short, the province four ways."""
    p = r.p
    d = f"{r.dwelling} " if r.dwelling else ""
    h = heads(r)[0] if k % 2 == 0 else f"{p.house} {d}{p.rest(short=True)}"
    return f"{h} {provinces(p)[k % len(provinces(p))]} {p.postal}"


def short_name(p: Person) -> str:
    return p.name.replace("นางสาว", "น.ส.", 1) if p.title == "นางสาว" else p.name


def me(p: Person) -> str:
    return "ผม" if p.title == "นาย" else "ดิฉัน"


def ending(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


def office(p: Person) -> str:
    return f"สำนักงานเขต{p.amphoe}" if p.bangkok else f"เทศบาลนคร{CITY[p.province]}"


def chief(p: Person) -> str:
    return f"ผู้อำนวยการเขต{p.amphoe}" if p.bangkok else f"นายกเทศมนตรีนคร{CITY[p.province]}"


def in_rooms(r: Resident) -> bool:
    return "ห้อง" in r.dwelling


def message(r: Resident, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    p = r.p
    msg = EmailMessage()
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = DISTRICT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 8 + n % 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set52-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def work_from(r: Resident) -> str:
    return f"{r.p.first} {r.p.last} <{r.work_email}>"


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>\n'


# --- plain text ----------------------------------------------------------------------------


def plain_genz_noise(r: Resident, i: int) -> Case:
    """A young resident types a noise complaint on her phone: no spaces between phrases,
    English words, emoji, the neighbour's room number and the hours of the noise."""
    p = r.p
    text = (
        f"สวัสดี{('ค่าาา', 'คร้าบบ')[p.title == 'นาย']}🙏🙏 อยากแจ้งเรื่องเสียงดัง{ending(p)} "
        + (f"ห้องข้างๆ(ห้อง{1207 + i})" if in_rooms(r) else "บ้านข้างๆ")
        + f"เปิดเพลงดังมากกก🔊ทุกคืนเลยตั้งแต่4ทุ่มถึงตี3 weekdayด้วยอ่ะ😭😭 พรุ่งนี้ต้องไปwork 8 โมงนอนไม่ได้เลย{ending(p)} "
        f"{('แจ้งนิติแล้วก็', 'คุยแล้วก็')[not in_rooms(r)]}not working{ending(p)}🥲 เลยอยากให้{('เขต', 'เทศบาล')[not p.bangkok]}ช่วยหน่อย{('นะคะ', 'นะครับ')[p.title == 'นาย']}\n\n"
        f"ชื่อ {(p.name, short_name(p))[i % 2]}\nเลขบัตร {nid_w(p.nid, i)}\n"
        f"ที่อยู่ {home(r, i)}\ntel {mobile(p.mobile, i)}\nline id: {p.email.split('@')[0]}\n\n"
        f"thank youuu {('ka 💕✨', 'krub 🙏')[p.title == 'นาย']}\n\nSent from my iPhone\n"
    )
    return Case("plain_genz_noise", message(r, i, "แจ้งเสียงดังรบกวนนนน 😫", text=text),
                exp(r, "full_name national_id phone email address postal_code province", names=(short_name(p),)))  # fmt: skip


def plain_flooded_soi(r: Resident, i: int) -> Case:
    """A resident reports a flooded soi: the water's depth in cm, the hours, the drain's
    place, then who he is."""
    p = r.p
    soi = p.soi or p.road
    text = (
        f"เรียน {chief(p)}\n\n"
        f"{me(p)}ขอแจ้งว่าฝนตกเมื่อคืนวันที่ {3 + i % 4} ธ.ค. น้ำท่วมขังในซอย{soi} สูงประมาณ 30-40 ซม. "
        "ตั้งแต่ 19.00 น. จนถึงตอนนี้ 10.00 น. ยังไม่ลด ท่อระบายน้ำหน้าร้านสะดวกซื้อปากซอยอุดตัน "
        f"รถเล็กเข้าออกไม่ได้ เป็นแบบนี้ทุกปี{ending(p)} ขอให้ส่งเจ้าหน้าที่มาลอกท่อด้วย{ending(p)}\n\n"
        f"{p.name}\n{home(r, i + 1)}\nโทร. {mobile(p.mobile, i + 1)}\n"
    )
    return Case("plain_flooded_soi", message(r, i, f"น้ำท่วมขังซอย{soi}", text=text),
                exp(r, "full_name phone email address postal_code province"))  # fmt: skip


def plain_tenant_vendors(r: Resident, i: int) -> Case:
    """A tenant complains about street vendors on the footpath; she rents, and names the
    room's owner with his phone and his own address, in case the district asks."""
    p = r.p
    text = (
        f"เรียน เจ้าหน้าที่เทศกิจ\n\n{me(p)}ชื่อ {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
        f"เป็นผู้เช่า พักอยู่ที่ {home(r, i + 2)}\n"
        f"เจ้าของห้อง/บ้าน คือ {OWNER} โทร {OWNER_PHONE} (บ้านเจ้าของอยู่ที่ {OWNER_HOME})\n\n"
        "ขอร้องเรียนเรื่องผู้ค้าแผงลอยตั้งร้านบนทางเท้าหน้าที่พัก ตั้งแต่ 17.00-23.00 น. ประมาณ 8 ร้าน "
        "คนเดินต้องลงไปเดินบนถนน และมีขยะเศษอาหารทิ้งไว้ทุกคืน\n\n"
        f"ติดต่อกลับ {mobile(p.mobile, i)} {p.email}\n"
    )
    return Case("plain_tenant_vendors", message(r, i, "ร้องเรียนหาบเร่แผงลอยบนทางเท้า", text=text),
                exp(r, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_pet_registration(r: Resident, i: int) -> Case:
    """ขึ้นทะเบียนสุนัข: the owner's lines, then the dog's (its birth date, microchip)."""
    p = r.p
    chip = f"9001{i:02d}08{p.nid[1:10]}"[:15]
    text = (
        f"เรียน {office(p)}\n\nขอขึ้นทะเบียนสุนัข{ending(p)}\n\n"
        f"ข้อมูลเจ้าของ\nชื่อ-สกุล: {p.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i)}\n"
        f"วันเกิด: {born_th(p.born, i)}\nที่อยู่: {home(r, i + 3)}\n"
        f"มือถือ: {mobile(p.mobile, i + 2)}\nอีเมล: {p.email}\n\n"
        f"ข้อมูลสุนัข\nชื่อ: {('ถั่วเหลือง', 'โมจิ')[i % 2]}\nพันธุ์: ชิสุ เพศเมีย สีขาว-น้ำตาล\n"
        f"วันเกิด: {2 + i % 20} มีนาคม 2567\nเลขไมโครชิป: {chip}\nฉีดวัคซีนพิษสุนัขบ้าครั้งล่าสุด 15 ส.ค. 2569\n\n"
        "แนบรูปสุนัขและใบรับรองการฉีดวัคซีนมาด้วยในเมลถัดไป\n"
    )
    return Case("plain_pet_registration", message(r, i, "ขึ้นทะเบียนสุนัข", text=text), exp(r, ALL))


def plain_commercial_registration(r: Resident, i: int) -> Case:
    """ทะเบียนพาณิชย์ for an online shop run from home: the shop's name, its capital, its
    start date, its web page, then the owner's lines."""
    p = r.p
    text = (
        f"เรียน เจ้าหน้าที่ทะเบียนพาณิชย์\n\n{me(p)}ต้องการจดทะเบียนพาณิชย์ (ตั้งใหม่) สำหรับร้านค้าออนไลน์{ending(p)}\n"
        f"ชื่อร้าน: {r.nick}ช็อป (ขายเสื้อผ้าผ่าน Shopee/Facebook)\nเงินทุน: 50,000 บาท\n"
        f"เริ่มประกอบกิจการ: 1 ธันวาคม 2569\nที่ตั้งสำนักงานใหญ่: ที่อยู่เดียวกับผู้ขอ\n\n"
        f"ผู้ขอจดทะเบียน\n{p.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n"
        f"เกิด {born_th(p.born, i + 1)}\nบ้านเลขที่ {home(r, i)}\n"
        f"โทร {mobile(p.mobile, i + 3)}\n\nไม่ทราบว่าต้องเตรียมเอกสารอะไรเพิ่มบ้าง และยื่นออนไลน์ได้ไหม{ending(p)}\n"
    )
    return Case("plain_commercial_registration", message(r, i, "สอบถาม/ขอจดทะเบียนพาณิชย์ร้านออนไลน์", text=text),
                exp(r, ALL))  # fmt: skip


def plain_land_tax(r: Resident, i: int) -> Case:
    """ภาษีที่ดินและสิ่งปลูกสร้าง: the bill's number and sum, the title deed of a townhouse
    she lets out (its own address), then her current address where the bill should go."""
    p = r.p
    text = (
        f"เรียน ฝ่ายรายได้ {office(p)}\n\n"
        f"{me(p)} {p.name} เลขบัตร {nid_w(p.nid, i)} ได้รับหนังสือแจ้งประเมินภาษีที่ดินและสิ่งปลูกสร้าง "
        f"เลขที่ ภดส.6/{1500 + i * 37} ปี 2569 ยอด 3,482.50 บาท\n"
        f"สำหรับทาวน์เฮาส์ โฉนดเลขที่ {40217 + i} เลขที่ดิน {118 + i} เลขที่ 77/15 ซอยรามคำแหง 53 แขวงพลับพลา เขตวังทองหลาง "
        "ซึ่งให้เช่าอยู่ แต่หนังสือส่งไปที่ทาวน์เฮาส์หลังนั้น ผู้เช่าเพิ่งส่งต่อมาให้ จึงขอเปลี่ยนที่อยู่สำหรับจัดส่งหนังสือ "
        f"และขอผ่อนชำระเป็น 3 งวด{ending(p)}\n\n"
        f"ที่อยู่ปัจจุบัน (ที่ขอให้ส่งเอกสาร): {home(r, i + 1)}\nโทร {mobile(p.mobile, i)}\n\nขอบคุณ{ending(p)}\n{p.name}\n"
    )
    return Case("plain_land_tax", message(r, i, "ขอเปลี่ยนที่อยู่จัดส่ง/ผ่อนชำระภาษีที่ดิน", text=text),
                exp(r, "full_name national_id phone email address postal_code province"))  # fmt: skip


# --- HTML ----------------------------------------------------------------------------------


def outlook_signature(r: Resident, i: int) -> str:
    p = r.p
    return (
        '<p class="MsoNormal"><b><span style="color:#1F3864">'
        f"{p.first} {p.last} ({r.nick})</span></b><br>Senior Officer, Procurement<br>{r.company}<br>"
        f"{COMPANY_HQ}<br>Tel. {COMPANY_LINE} ext. {4100 + i} | Mobile {mobile(p.mobile, i)}<br>"
        f'<a href="mailto:{r.work_email}">{r.work_email}</a></p>'
        '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">DISCLAIMER: This e-mail and any '
        "attachments are confidential and intended solely for the addressee. If you have received it in "
        "error, please notify the sender at +66 2513 4400 and delete it. ข้อความนี้อาจมีข้อมูลที่เป็นความลับ "
        "หากท่านไม่ใช่ผู้รับที่ถูกต้อง โปรดแจ้งผู้ส่งและลบข้อความนี้ทันที</span></p>"
    )


def outlook_html(paras: list[str], sig: str) -> str:
    body = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Tahoma",sans-serif}</style></head>'
            f'<body lang="TH" link="#0563C1"><div class="WordSection1">{body}<p class="MsoNormal">&nbsp;</p>{sig}</div></body></html>\n')  # fmt: skip


def html_outlook_permit(r: Resident, i: int) -> Case:
    """An office worker asks from the company's Outlook how to get a permit (to extend his
    house's kitchen; to use loudspeakers, for a condo resident): his own details in the
    body, the company's in the signature."""
    p = r.p
    paras = [
        f"เรียน {office(p)}", "",
        (f"{me(p)}พักอยู่ที่ {home(r, i)} มีความประสงค์จะขออนุญาตใช้เครื่องขยายเสียง "
         "จัดงานเลี้ยงที่ลานจอดรถของอาคารในวันเสาร์ที่ 26 ธันวาคม 2569 เวลา 18.00-22.00 น." if in_rooms(r) else
         f"{me(p)}มีความประสงค์จะขออนุญาตต่อเติมครัวหลังบ้าน (โครงสร้างเหล็ก หลังคาเมทัลชีท ขนาด 3.00 x 4.50 ม.) "
         f"ของบ้านเลขที่ {home(r, i)} ซึ่งเป็นบ้านของ{me(p)}เอง"),
        "รบกวนสอบถามว่าต้องยื่นเอกสารอะไรบ้าง และใช้เวลาพิจารณากี่วัน",
        "", "ข้อมูลผู้ขอ", f"ชื่อ: {p.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}",
        f"มือถือ: {mobile(p.mobile, i + 1)}", "", f"ขอบคุณ{ending(p)}",
    ]  # fmt: skip
    raw = message(r, i, "สอบถามการขออนุญาต" + ("ใช้เครื่องขยายเสียง" if in_rooms(r) else "ต่อเติมอาคาร"), html=outlook_html(paras, outlook_signature(r, i)),
                  from_=work_from(r))  # fmt: skip
    return Case("html_outlook_permit", raw,
                exp(r, "full_name national_id phone email address postal_code province", work=True))  # fmt: skip


def html_outlook_reply_thread(r: Resident, i: int) -> Case:
    """She answers the district officer's question from Outlook; the officer's mail with
    her signature (name, section, phone) is quoted below."""
    p = r.p
    paras = [
        "เรียน คุณจารุวรรณ", "",
        f"ตามที่ขอข้อมูลเพิ่มเติมเรื่องร้องเรียนกลิ่นเหม็นจากจุดทิ้งขยะหน้าโครงการ {me(p)}ขอส่งข้อมูลดังนี้{ending(p)}",
        f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}", f"วันเดือนปีเกิด: {born_th(p.born, i + 2)}",
        f"ที่อยู่: {home(r, i + 1)}", f"โทรศัพท์มือถือ: {mobile(p.mobile, i)}", "", f"ขอบคุณ{ending(p)}",
    ]  # fmt: skip
    quoted = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b>From:</b> {OFFICER} &lt;{DISTRICT}&gt;<br><b>Sent:</b> Monday, December 7, 2026 10:14 AM<br>'
        f"<b>To:</b> {p.first} {p.last} &lt;{r.work_email}&gt;<br><b>Subject:</b> เรื่องร้องเรียนเลขที่ 2569/{880 + i}</p></div>"
        '<p class="MsoNormal">เรียน ผู้ร้องเรียน</p><p class="MsoNormal">เพื่อประโยชน์ในการตรวจสอบ ขอทราบชื่อ-นามสกุล '
        "เลขประจำตัวประชาชน วันเกิด ที่อยู่ และเบอร์โทรศัพท์ที่ติดต่อได้</p>"
        f'<p class="MsoNormal">{OFFICER}<br>ฝ่ายรักษาความสะอาดและสวนสาธารณะ<br>โทร {OFFICER_PHONE} ต่อ 112</p>'
    )
    raw = message(r, i, f"RE: เรื่องร้องเรียนเลขที่ 2569/{880 + i}", html=outlook_html(paras, quoted),
                  from_=work_from(r))  # fmt: skip
    return Case("html_outlook_reply_thread", raw, exp(r, ALL, work=True))


def html_gmail_genz_trash(r: Resident, i: int) -> Case:
    """Gmail on a phone, div per line: trash not collected for a week, emoji and English,
    the details typed with no spaces after the labels."""
    p = r.p
    lines = [
        f"hello {ending(p)}👋", f"ขยะหน้า{('คอนโด', 'หมู่บ้าน', 'ซอย')[i % 3]}ไม่มีรถมาเก็บ1weekแล้ว{ending(p)}🤢🗑️ส่งกลิ่นเหม็นมากกก",
        f"หมาแมวมาคุ้ยกระจายเต็มถนนเลย😵‍💫 รบกวนช่วยส่งรถมาเก็บด่วนๆ{('นะคะ', 'นะครับ')[p.title == 'นาย']}🙏", "",
        f"ชื่อ:{short_name(p)}", f"บัตรปชช:{nid_w(p.nid, i + 2)}", f"addr:{home(r, i + 2)}",
        f"เบอร์:{mobile(p.mobile, i + 1)}", "", f"ขอบคุณมากๆ{('ค่าาา💖', 'ครับ👍')[p.title == 'นาย']}",
    ]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    text = "\n".join(lines) + "\n"
    return Case("html_gmail_genz_trash", message(r, i, "ขยะไม่มีคนเก็บ😭", text=text, html=html),
                exp(r, "full_name national_id phone email address postal_code province", names=(short_name(p),)))  # fmt: skip


def html_webform_complaint(r: Resident, i: int) -> Case:
    """The city's complaint web form mails a table: the reporter's rows, the spot's
    lat/long and a case number, from a no-reply sender."""
    p = r.p
    rows = [("เลขที่เรื่อง", f"CMP-2569-{12040 + i * 7}"), ("ประเภท", "ทางเท้าชำรุด / ฝาท่อหาย"),
            ("พิกัด", f"13.{7700 + i * 13}, 100.{6100 + i * 11}"), ("ชื่อ-นามสกุลผู้แจ้ง", p.name),
            ("เลขประจำตัวประชาชน", p.nid), ("ที่อยู่ผู้แจ้ง", home(r, i + 3)),
            ("หมายเลขโทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("รายละเอียด", "ฝาท่อระบายน้ำหายไป 1 ฝา หน้าป้ายรถเมล์ อันตรายมากตอนกลางคืน")]  # fmt: skip
    t = "".join(f"<tr><td style='background:#eef'>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = html_doc(f"<h3>มีเรื่องร้องเรียนใหม่จากเว็บไซต์</h3><table border='1' cellspacing='0' cellpadding='5'>{t}</table>"
                    "<p style='font-size:small'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ โทร 1555</p>")  # fmt: skip
    raw = message(r, i, f"[ร้องเรียน] CMP-2569-{12040 + i * 7}", html=html,
                  from_="ระบบรับเรื่องร้องเรียน <no-reply@complaint.example.go.th>")  # fmt: skip
    return Case(
        "html_webform_complaint",
        raw,
        exp(r, "full_name national_id phone email address postal_code province"),
    )


def html_iphone_mail(r: Resident, i: int) -> Case:
    """Apple Mail on an iPhone: lines joined by <br>, a request about a neighbour's
    barking dogs in an estate, the signature of the phone."""
    p = r.p
    lines = [
        f"เรียน {office(p)}", "",
        f"{('บ้าน', 'ห้อง')[in_rooms(r)]}ข้างๆ{me(p)}เลี้ยงสุนัข {(6, 2)[in_rooms(r)]} ตัว เห่าทั้งคืน และไม่ทำความสะอาด กลิ่นเหม็นมาก คุยแล้วไม่ได้ผล{ending(p)}",
        ("ห้องที่เลี้ยงคือห้องติดกันด้านซ้าย แจ้งนิติบุคคลแล้วก็ไม่ช่วย" if in_rooms(r) else "บ้านที่เลี้ยงคือหลังติดกันด้านซ้าย"), "",
        f"{p.name}", f"{home(r, i)}", f"{mobile(p.mobile, i + 3)}", "", "ส่งจาก iPhone ของฉัน",
    ]  # fmt: skip
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "<br>".join(lines) + "</body></html>\n")  # fmt: skip
    return Case("html_iphone_mail", message(r, i, "ร้องเรียนสุนัขเห่า", html=html),
                exp(r, "full_name phone email address postal_code province"))  # fmt: skip


# --- Word ---------------------------------------------------------------------------------


def docx_district_template(r: Resident, i: int) -> Case:
    """The district's คำร้องทั่วไป template filled in Word: a table whose address is in
    parts (เลขที่ / อาคาร-หมู่บ้าน / ซอย / ถนน / แขวง / เขต / จังหวัด / รหัสไปรษณีย์)."""
    p = r.p
    bkk = p.bangkok
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วัน เดือน ปีเกิด", born_th(p.born, i)), ("เลขที่", p.house),
            ("หมู่ที่", p.moo or "-"), ("อาคาร/หมู่บ้าน", r.dwelling or "-"), ("ตรอก/ซอย", p.soi or "-"),
            ("ถนน", p.road or "-"), ("แขวง/ตำบล", p.tambon), ("เขต/อำเภอ", p.amphoe),
            ("จังหวัด", "กรุงเทพฯ" if bkk else p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("เรื่องที่ขอ", "ขอให้ตัดแต่งกิ่งต้นไม้ริมถนนที่บังไฟส่องสว่าง")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป\t\t\t\tเลขรับที่............")
        d.add_paragraph(f"เขียนที่ {office(p)}")
        d.add_paragraph(f"วันที่ {8 + i % 3} ธันวาคม 2569")
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b
        d.add_paragraph(f"ลงชื่อ.......................ผู้ยื่นคำร้อง\n({p.name})")

    raw = message(
        r,
        i,
        "ยื่นคำร้องทั่วไป",
        text=f"เรียน เจ้าหน้าที่\nแนบคำร้องมาตามไฟล์{ending(p)}\n",
        files=(("คำร้องทั่วไป_กรอกแล้ว.docx", docx_bytes(build), DOCX),),
    )
    return Case("docx_district_template", raw, exp(r, ALL))


def docx_building_letter(r: Resident, i: int) -> Case:
    """A letter asking for a permit to build a carport, typed in Word from a template: the
    engineer who certifies (his name, licence, phone) and the title deed in the body."""
    p = r.p

    def build(d: Any) -> None:
        d.add_paragraph(f"{home(r, i + 1)}")
        d.add_paragraph(f"{9 + i % 3} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขออนุญาตก่อสร้างอาคาร (โรงจอดรถ)")
        d.add_paragraph(f"เรียน {chief(p)}")
        d.add_paragraph("สิ่งที่ส่งมาด้วย 1. แบบแปลน 3 ชุด 2. สำเนาโฉนดที่ดิน 3. สำเนาบัตรประจำตัววิศวกร")
        d.add_paragraph(
            f"\tด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"เป็นเจ้าของที่ดินโฉนดเลขที่ {25130 + i * 3} มีความประสงค์จะก่อสร้างโรงจอดรถ ค.ส.ล. ขนาด 5.00 x 6.00 เมตร "
            f"ในที่ดินของบ้านที่อยู่อาศัย โดยมี นายวิชัย ช่างประดิษฐ์ สามัญวิศวกร ภย.{17250 + i} โทร 089-441-2290 เป็นผู้ออกแบบและควบคุมงาน"
        )
        d.add_paragraph(
            f"\tจึงเรียนมาเพื่อโปรดพิจารณา หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)} หรือ {p.email}"
        )
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({p.name})")

    raw = message(r, i, "ขออนุญาตก่อสร้างโรงจอดรถ", text=f"เรียน ฝ่ายโยธา\nส่งหนังสือขออนุญาตตามไฟล์แนบ{ending(p)}\n",
                  files=(("ขออนุญาตก่อสร้าง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_building_letter", raw, exp(r, ALL))


def docx_noise_petition(r: Resident, i: int) -> Case:
    """A petition about a karaoke bar written by one resident who sends it, with a table
    of co-signing neighbours (name, house or room, signature)."""
    p = r.p
    neighbours = [
        ("นายสมบัติ ใจงาม", "12/4"),
        ("นางลำดวน ทองสุข", "12/9"),
        ("นางสาวอารีรัตน์ ปานทอง", "14/1"),
    ]

    def build(d: Any) -> None:
        d.add_paragraph("เรื่อง ร้องเรียนเสียงดังจากร้านคาราโอเกะ")
        d.add_paragraph(f"เรียน {chief(p)}")
        d.add_paragraph(
            f"\tข้าพเจ้า {p.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(r, i + 2)} โทร {mobile(p.mobile, i + 2)} พร้อมด้วยเพื่อนบ้านตามรายชื่อแนบท้าย "
            "ขอร้องเรียนร้านคาราโอเกะที่เปิดเสียงดังเกินเวลา 24.00 น. ทุกคืน ขอให้ตรวจวัดระดับเสียงและดำเนินการ"
        )
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ร้องเรียน\n({p.name})")
        d.add_paragraph("รายชื่อผู้ร่วมร้องเรียน")
        t = d.add_table(rows=len(neighbours) + 1, cols=4)
        for n, h in enumerate(("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่/ห้อง", "ลายมือชื่อ")):
            t.cell(0, n).text = h
        for n, (name, house) in enumerate(neighbours, 1):
            for c, v in enumerate((str(n), name, house, "")):
                t.cell(n, c).text = v

    raw = message(r, i, "หนังสือร้องเรียนเสียงดัง (มีรายชื่อเพื่อนบ้าน)", text="ส่งหนังสือร้องเรียนตามไฟล์แนบ\n",
                  files=(("ร้องเรียนเสียงดัง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_noise_petition",
        raw,
        exp(r, "full_name national_id phone email address postal_code province"),
    )


def docx_google_docs(r: Resident, i: int) -> Case:
    """A request written in Google Docs and downloaded as .docx: labels in bold runs, the
    values after a colon, lines kept in one paragraph with soft breaks (Shift+Enter)."""
    p = r.p
    pairs = [("ชื่อ-นามสกุล", p.name), ("เลขบัตรประชาชน", nid_w(p.nid, i + 1)), ("วันเกิด", born_th(p.born, i + 2)),
             ("ที่อยู่ปัจจุบัน", home(r, i + 3)), ("เบอร์โทร", mobile(p.mobile, i + 1)), ("อีเมล", p.email)]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph().add_run("คำขอติดตั้งกระจกโค้งจราจร (Convex Mirror) ปากซอย").bold = True
        d.add_paragraph(f"เรียน {office(p)}")
        para = d.add_paragraph()
        for n, (a, b) in enumerate(pairs):
            para.add_run(f"{a}: ").bold = True
            para.add_run(b)
            if n < len(pairs) - 1:
                para.add_run().add_break()
        d.add_paragraph("ปากซอยมีรถชนกันบ่อย มองไม่เห็นรถที่มาจากถนนใหญ่ จึงขอให้ติดตั้งกระจกโค้ง 1 จุด")

    raw = message(r, i, "ขอติดตั้งกระจกโค้งปากซอย", text="แนบไฟล์คำขอ (จาก Google Docs)\n",
                  files=(("คำขอติดตั้งกระจกโค้ง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_google_docs", raw, exp(r, ALL))


# --- PDF ----------------------------------------------------------------------------------


def wrap(text: str, width: float, size: float, face: str) -> list[str]:
    """`text` broken at spaces into lines of at most `width` mm, as a word processor
    wraps a paragraph (a line never runs off the page)."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=size)
    lines: list[str] = []
    for word in text.split(" "):
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def flow(paras: list[tuple[float, str]], size: float, face: str, top: float = 25,
         step: float = 8.5, right: float = 190) -> list[tuple[float, float, str]]:  # fmt: skip
    """Paragraphs (left edge, text) laid down the page, each wrapped at the right margin;
    an empty text is a blank line."""
    out: list[tuple[float, float, str]] = []
    y = top
    for x, text in paras:
        for line in wrap(text, right - x, size, face) if text else [""]:
            if line:
                out.append((x, y, line))
            y += step
    return out


def pdf_word_commercial(r: Resident, i: int) -> Case:
    """แบบ ทพ. (ทะเบียนพาณิชย์) filled in Word and saved as PDF: the shop's lines (name,
    its own address when it is a stall, capital, phone of the shop) beside the owner's."""
    p = r.p
    lines = ["คำขอจดทะเบียนพาณิชย์ (แบบ ทพ.)", "จดทะเบียนตั้งใหม่",
             f"ชื่อผู้ขอจดทะเบียน {p.name} สัญชาติ ไทย อายุ {2569 - p.born.year - 543} ปี",
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} วันเกิด {born_th(p.born, i)}",
             f"ที่อยู่ตามทะเบียนบ้าน {home(r, i)}", f"โทรศัพท์ {mobile(p.mobile, i)} อีเมล {p.email}",
             f"ชื่อที่ใช้ในการประกอบพาณิชยกิจ ร้าน{r.nick}คาเฟ่", "ชนิดแห่งพาณิชยกิจ ขายปลีกเครื่องดื่มและเบเกอรี่",
             f"สำนักงานแห่งใหญ่ตั้งอยู่เลขที่ {30 + i}/2 ตลาดนัดเลียบทางด่วน ถนนประดิษฐ์มนูธรรม แขวงคลองจั่น เขตบางกะปิ",
             "จำนวนเงินทุนที่ใช้เป็นประจำ 80,000 บาท", "วันเริ่มประกอบพาณิชยกิจ 15 พฤศจิกายน 2569",
             f"ลงชื่อ {p.name} ผู้ขอจดทะเบียน"]  # fmt: skip
    data = pdf_page(flow([(20, t) for t in lines], 13, "Norasi"), size=13, face="Norasi")
    raw = message(r, i, "ยื่นคำขอจดทะเบียนพาณิชย์", text=f"แนบแบบ ทพ. ที่กรอกแล้ว{ending(p)}\n",
                  files=(("ทพ_กรอกแล้ว.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_word_commercial", raw, exp(r, ALL))


def pdf_google_docs_letter(r: Resident, i: int) -> Case:
    """A letter in Google Docs downloaded as PDF, asking for a copy of her house's
    copy of her house registration: the sender's block at the top right, the date, the body in prose."""
    p = r.p
    paras = [(115, home(r, i + 1)), (0, ""), (115, f"{10 + i % 3} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอคัดและรับรองสำเนาทะเบียนบ้าน (ท.ร.14)"), (20, f"เรียน {chief(p)}"), (0, ""),
             (30, f"ด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} มีชื่ออยู่ในทะเบียนบ้านตามที่อยู่ข้างต้น "
                  "ประสงค์จะขอคัดและรับรองสำเนาทะเบียนบ้าน 2 ฉบับ เพื่อใช้ประกอบการขอสินเชื่อกับธนาคาร"),
             (30, f"จึงเรียนมาเพื่อโปรดพิจารณา ติดต่อกลับได้ที่ {mobile(p.mobile, i)}"), (0, ""), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (0, ""), (105, f"({p.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=9), size=14, face="Loma")
    raw = message(r, i, "ขอคัดสำเนาทะเบียนบ้าน", text=f"ส่งหนังสือตามไฟล์แนบ{ending(p)}\n",
                  files=(("ขอคัดสำเนาทะเบียนบ้าน.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_google_docs_letter",
        raw,
        exp(r, "full_name national_id phone email address postal_code province"),
    )


def pdf_canva_form(r: Resident, i: int) -> Case:
    """A form a juristic office made in Canva (ขอใช้พื้นที่ส่วนกลางจัดกิจกรรม): a big title,
    labels in one column, values placed beside them as separate boxes, a footer with the
    project office's phone."""
    p = r.p
    pairs = [("ชื่อผู้ขอ", p.name), ("เลขบัตรประชาชน", nid_w(p.nid, i + 2)), ("ที่อยู่", home(r, i)),
             ("เบอร์โทร", mobile(p.mobile, i + 2)), ("อีเมล", p.email),
             ("กิจกรรม", "ตลาดนัดของมือสองในซอย (ขออนุญาตปิดถนนชั่วคราว)"),
             ("วันที่จัด", f"{19 + i % 3} ธันวาคม 2569 เวลา 16.00-21.00 น.")]  # fmt: skip
    texts = [(20, 22, "แบบขออนุญาตจัดกิจกรรม / ปิดถนนชั่วคราว")]
    y = 45.0
    for a, b in pairs:  # each value its own text box, wrapped inside the box
        texts.append((20, y, a))
        for line in wrap(b, 128, 13, "Sawasdee"):
            texts.append((62, y, line))
            y += 7
        y += 5
    texts += [(20, 280, "ติดต่อสอบถาม สำนักงานนิติบุคคล โทร 02-377-4512 | www.example-condo.com")]
    data = pdf_page(texts, size=13, face="Sawasdee")
    raw = message(r, i, "ขออนุญาตจัดกิจกรรม/ปิดถนน", text=f"แนบแบบฟอร์ม (ทำใน Canva){ending(p)}\n",
                  files=(("แบบขออนุญาต (1).pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_canva_form",
        raw,
        exp(r, "full_name national_id phone email address postal_code province"),
    )


def pdf_land_tax_objection(r: Resident, i: int) -> Case:
    """คำร้องคัดค้านการประเมินภาษีที่ดิน (ภ.ด.ส.10) from Word to PDF: her home and the
    taxed land's own lines (title deed, location), the bill's number and sum."""
    p = r.p
    lines = ["คำร้องคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.10)",
             f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
             f"อยู่บ้านเลขที่ {home(r, i + 3)}", f"โทรศัพท์ {mobile(p.mobile, i)}",
             f"ได้รับแจ้งการประเมินภาษี ตามหนังสือแจ้งการประเมินเลขที่ {2569}/{4410 + i} ลงวันที่ 1 เมษายน 2569",
             f"สำหรับที่ดินโฉนดเลขที่ {88213 + i} หน้าสำรวจ {4417 + i} เนื้อที่ 0-0-52 ไร่",
             f"ตั้งอยู่ {LAND[p.province]} ใช้ประโยชน์เป็นที่อยู่อาศัย แต่ประเมินเป็นที่รกร้าง",
             "ภาษีที่ประเมิน 12,740.00 บาท ขอให้ประเมินใหม่ตามการใช้ประโยชน์จริง",
             f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง"]  # fmt: skip
    data = pdf_page(flow([(18, t) for t in lines], 13, "Garuda"), size=13, face="Garuda")
    raw = message(r, i, "ยื่นคำร้องคัดค้านการประเมินภาษี", text="แนบ ภ.ด.ส.10\n",
                  files=(("ภดส10.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_land_tax_objection",
        raw,
        exp(r, "full_name national_id phone email address postal_code province"),
    )


# --- sheets ---------------------------------------------------------------------------------


def xlsx_vendor_form(r: Resident, i: int) -> Case:
    """The district's street-vendor registration kept as an Excel form: labels in column A,
    values in B, the stall's place and size, a number of the district's zone."""
    p = r.p
    rows = [("แบบคำขอจำหน่ายสินค้าในที่หรือทางสาธารณะ", ""), ("ชื่อ-สกุลผู้ค้า", p.name),
            ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่", home(r, i + 1)), ("โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("จุดผ่อนผัน", f"ปากซอย{p.soi} ฝั่งเลขคี่ จุดที่ {7 + i}" if p.soi else f"ริมถนน{p.road} หน้าตลาดสด จุดที่ {7 + i}"),
            ("ขนาดแผง", "1.50 x 2.00 ม."), ("สินค้า", "ผลไม้ตัดแต่ง"), ("เวลาขาย", "06.00-10.00 น.")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอ"
        for n, (a, b) in enumerate(rows, 1):
            ws.cell(n, 1, a)
            ws.cell(n, 2, b)
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 60

    raw = message(r, i, "ขอจำหน่ายสินค้าในที่สาธารณะ", text=f"ส่งแบบคำขอเป็นไฟล์ Excel{ending(p)}\n",
                  files=(("คำขอผู้ค้า.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_vendor_form", raw, exp(r, ALL))


def xlsx_record_row(r: Resident, i: int) -> Case:
    """An office person's sheet: a header row and her one record row (a bin request),
    the date of the request beside her birth date, a count of bins."""
    p = r.p
    head = (
        "วันที่ยื่น",
        "ชื่อ-นามสกุล",
        "เลขบัตรประชาชน",
        "วันเกิด",
        "ที่อยู่",
        "เบอร์มือถือ",
        "อีเมล",
        "จำนวนถัง",
        "หมายเหตุ",
    )
    row = (f"0{7 + i % 3}/12/2569", p.name, nid_w(p.nid, i + 1), born_th(p.born, 1), home(r, i + 2),
           mobile(p.mobile, i + 2), p.email, 2, "ขอถังขยะแยกประเภท (เขียว/เหลือง)")  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws.append(head)
        ws.append(row)

    raw = message(r, i, "ขอรับถังขยะ", text=f"ข้อมูลตามไฟล์ Excel แนบ{ending(p)}\n",
                  files=(("ขอถังขยะ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_record_row", raw, exp(r, ALL))


STYLES: tuple[Style, ...] = (
    plain_genz_noise, plain_flooded_soi, plain_tenant_vendors, plain_pet_registration,
    plain_commercial_registration, plain_land_tax,
    html_outlook_permit, html_outlook_reply_thread, html_gmail_genz_trash,
    html_webform_complaint, html_iphone_mail,
    docx_district_template, docx_building_letter, docx_noise_petition, docx_google_docs,
    pdf_word_commercial, pdf_google_docs_letter, pdf_canva_form, pdf_land_tax_objection,
    xlsx_vendor_form, xlsx_record_row,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two residents (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
