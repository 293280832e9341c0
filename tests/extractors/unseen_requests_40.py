"""A fortieth set of requests written by someone who had not read the readers (issue 8):
ADDRESSES AS THAIS REALLY WRITE THEM, the hardest field, with the other fields present as
usual. Bangkok with แขวง/เขต and "กทม.", "กรุงเทพฯ", "กรุงเทพมหานคร" or no province word at
all; housing estates (หมู่บ้าน<name> with its own เฟส and ซอย, before or after the หมู่);
an อาคารชุด with อาคาร/ชั้น/ห้อง; a ตึกแถว; a หอพัก with its room; a PO box (ตู้ ปณ.);
"12/3-4"; "เลขที่ 99 ม.4 ต.บ้านใหม่ อ.เมือง จ.นครราชสีมา 30000"; ต./อ./จ. and ตำบล/อำเภอ/
จังหวัด mixed in one address; the province as people type it (โคราช, อยุธยา, นครศรีฯ,
อุบลฯ, สุราษฎร์); an address over several lines with no label; the registered address
(ที่อยู่ตามทะเบียนบ้าน) beside a current one (ที่อยู่ปัจจุบัน / ที่ติดต่อได้), and an old one
beside a new one in prose; a postal code missing, or only on the province's line; Thai
digits; an address inside a sentence; addresses split over an HTML table's cells, over a
Word table's cells, and in PDF text layers (a letter's head, a printed form, a paragraph).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 38 and 39, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- address: the home from its house number to its district, as set 5's `addresses`
  accepts it (written out or short, with or without เลขที่/บ้านเลขที่, with or without the
  province and postal code, which are fields of their own), or AS TYPED (abbreviations
  not expanded, "อ.เมือง" kept as typed, the colloquial province kept as typed when it is
  kept at all). What names the dwelling belongs to the address: the estate's name, its
  เฟส and ซอย, the condominium's name, อาคาร, ชั้น and ห้อง, the dormitory and its room
  (a letter needs them); a word saying what the building is ("ตึกแถว") may be kept or
  dropped. Lines are joined by single spaces. Thai digits are right as typed or as Arabic
  digits. A PO box is the address when it is the only one given ("ตู้ ปณ. 45 ปณ.หาดใหญ่").
  Split over cells (HTML, Word, a PDF form), the parts are joined as a clerk writes them
  (set 5's forms).
- two addresses: the case keeps the CURRENT one (ที่อยู่ปัจจุบัน / ที่อยู่ที่ติดต่อได้ /
  "ปัจจุบันย้ายมาอยู่ที่"), whichever comes first: it is where the agency's answer and its
  officer go; the registered one is on the copy of the ID card or house registration a
  clerk asks for anyway. Its province and postal code are the current address's.
- province: the OFFICIAL name, whatever was typed: โคราช -> นครราชสีมา, อยุธยา ->
  พระนครศรีอยุธยา, นครศรีฯ -> นครศรีธรรมราช, อุบลฯ -> อุบลราชธานี, สุราษฎร์ -> สุราษฎร์ธานี;
  กทม., กรุงเทพฯ and an address with แขวง/เขต and no province word -> กรุงเทพมหานคร (แขวง
  and เขต are Bangkok's alone). "ปากน้ำ" is NOT used: it is a ตำบล in several provinces
  and ปากน้ำโพ is นครสวรรค์, so a clerk would not store a province from it alone.
- postal_code: five Arabic digits, from wherever it is written (the address line, its
  own line, its own label, Thai digits); where the mail gives none the field is not
  expected (a clerk looks it up; no value and a flag are both fine, so it is not scored).
- the other fields as set 5 keeps them (the name with its title, the 13 digits, the
  birth date ISO, the mobile as 0... or +66..., the e-mail lower case).
Outcomes: a request whose only values are in a sentence and a change-of-address notice
are both requests.
Everyone and every number is invented (every ID made with with_check_digit); the
ตำบล/แขวง, อำเภอ/เขต, provinces and postal codes are real and belong together; estates,
condominiums and dormitories are invented names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as residents type them: long lines

AGENCY = "saraban@example.go.th"


@dataclass(frozen=True)
class Home:
    """One resident: `p` is set 5's Person (its house holds what names the dwelling:
    estate, building, floor, room); `head` the address as he types it from the house
    number to the district, `prov` the province as he types it ("" for none), `postal`
    as he types it ("" for none)."""

    p: Person
    head: str
    prov: str
    postal: str

    @property
    def whole(self) -> str:
        return " ".join(x for x in (self.head, self.prov, self.postal) if x)

    def lines(self) -> list[str]:
        """The address over lines as written on an envelope: the house and street, the
        ตำบล/แขวง and อำเภอ/เขต, the province and postal code."""
        cut = re.search(r" (?=ต\.|ตำบล|แขวง)", self.head)
        first, second = (
            (self.head[: cut.start()], self.head[cut.end() :]) if cut else (self.head, "")
        )
        tail = " ".join(x for x in (self.prov, self.postal) if x)
        return [x for x in (first, second, tail) if x]

    @property
    def prov_bare(self) -> str:
        """The province as typed into a cell of its own: without จ./จังหวัด."""
        bare = re.sub(r"^(จ\.|จังหวัด)\s*", "", self.prov)
        return bare or ("กรุงเทพฯ" if self.p.bangkok else self.p.province)


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


HOMES: tuple[Home, ...] = (
    Home(P("นางสาว", "ชนิดา", "พรหมมา", "110040071234", date(1994, 2, 17), "0814420937",
           "chanida.pm@gmail.com", "88/123 อาคารชุดบ้านสวนรามคำแหง อาคาร B ชั้น 12 ห้อง 1205",
           "", "", "รามคำแหง", "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
         "88/123 อาคารชุดบ้านสวนรามคำแหง อาคาร B ชั้น 12 ห้อง 1205 ถ.รามคำแหง แขวงหัวหมาก เขตบางกะปิ",
         "กทม.", "10240"),
    Home(P("นาย", "สมศักดิ์", "แก้วประเสริฐ", "312990045671", date(1978, 9, 3), "0892215746",
           "somsak.kp@hotmail.com", "99/45 หมู่บ้านสวนทองวิลล่า เฟส 3 ซอย 7", "6", "", "",
           "บางรักพัฒนา", "บางบัวทอง", "นนทบุรี", "11110"),
         "99/45 หมู่บ้านสวนทองวิลล่า เฟส 3 ซอย 7 ม.6 ต.บางรักพัฒนา อ.บางบัวทอง", "จ.นนทบุรี",
         "11110"),
    Home(P("นาง", "บุญเรือน", "ศรีสวัสดิ์", "330050062318", date(1962, 5, 21), "0867741093",
           "boonruen62@gmail.com", "99", "4", "", "", "บ้านใหม่", "เมืองนครราชสีมา",
           "นครราชสีมา", "30000"),
         "เลขที่ 99 ม.4 ต.บ้านใหม่ อ.เมือง", "จ.นครราชสีมา", "30000"),
    Home(P("นาย", "ปิยะพงษ์", "ทองคำ", "314010038827", date(1986, 12, 30), "0955128864",
           "piyapong.tk@gmail.com", "12/3-4", "2", "", "", "ประตูชัย", "พระนครศรีอยุธยา",
           "พระนครศรีอยุธยา", "13000"),
         "บ้านเลขที่ 12/3-4 หมู่ 2 ตำบลประตูชัย อ.พระนครศรีอยุธยา", "อยุธยา", "13000"),
    Home(P("นาง", "อรวรรณ", "จิตรดี", "110170052468", date(1983, 7, 8), "0819934572",
           "orawan.jd@yahoo.com", "27/5", "", "รัชดาภิเษก 36", "รัชดาภิเษก", "จันทรเกษม",
           "จตุจักร", "กรุงเทพมหานคร", "10900"),
         "27/5 ซ.รัชดาภิเษก 36 ถ.รัชดาภิเษก แขวงจันทรเกษม เขตจตุจักร", "", "10900"),
    Home(P("นาย", "วีระชัย", "ภูมิพันธ์", "344990017352", date(1971, 1, 26), "0846673201",
           "weerachai.pp@gmail.com", "45/7", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม",
           "มหาสารคาม", "44000"),
         "ตึกแถวเลขที่ 45/7 ถนนนครสวรรค์ ตำบลตลาด อำเภอเมืองมหาสารคาม", "จังหวัดมหาสารคาม",
         "44000"),
    Home(P("นางสาว", "กมลชนก", "ใจบุญ", "150990068143", date(2004, 10, 11), "0631187420",
           "kamonchanok.jb@cmu.example.ac.th", "59/1 หอพักบ้านดอยคำ ห้อง 304", "5", "", "",
           "สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
         "หอพักบ้านดอยคำ ห้อง 304 เลขที่ 59/1 ม.5 ต.สุเทพ อ.เมืองเชียงใหม่", "จ.เชียงใหม่",
         "50200"),
    Home(P("นาย", "ธนากร", "แสงจันทร์", "380010024517", date(1990, 4, 14), "0897752318",
           "thanakorn.sj@gmail.com", "101", "", "", "ราชดำเนิน", "ท่าวัง",
           "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000"),
         "101 ถ.ราชดำเนิน ต.ท่าวัง อ.เมือง", "นครศรีฯ", "80000"),
    Home(P("นาง", "สุภาวดี", "คำมูล", "334010059862", date(1968, 8, 2), "0828846615",
           "supawadee.km@gmail.com", "7", "10", "", "", "แจระแม", "เมืองอุบลราชธานี",
           "อุบลราชธานี", "34000"),
         "7 หมู่ 10 ต.แจระแม อำเภอเมือง", "อุบลฯ", "34000"),
    Home(P("นาย", "อภิสิทธิ์", "ชูช่วย", "384020031185", date(1981, 3, 9), "0619904428",
           "apisit.cc@outlook.com", "222/8", "1", "", "", "มะขามเตี้ย", "เมืองสุราษฎร์ธานี",
           "สุราษฎร์ธานี", "84000"),
         "222/8 ม.1 ตำบลมะขามเตี้ย อ.เมืองสุราษฎร์ธานี", "จ.สุราษฎร์", "84000"),
    Home(P("นางสาว", "ปวีณา", "รุ่งเรืองศรี", "110290084431", date(1999, 11, 23), "0987716653",
           "paweena.rr@gmail.com", "55/19 หมู่บ้านกัลปพฤกษ์ปาร์ค เฟส 2 ซอย 9", "", "", "บางนา-ตราด",
           "บางนาใต้", "บางนา", "กรุงเทพมหานคร", "10260"),
         "55/19 หมู่บ้านกัลปพฤกษ์ปาร์ค เฟส 2 ซอย 9 ถนนบางนา-ตราด แขวงบางนาใต้ เขตบางนา",
         "กรุงเทพฯ", "10260"),
    Home(P("นาย", "ประยูร", "มั่นคง", "330990012784", date(1955, 6, 6), "0872239015",
           "prayoon.mk@gmail.com", "33/1", "7", "", "", "โพธิ์กลาง", "เมืองนครราชสีมา",
           "นครราชสีมา", "30000"),
         "33/1 หมู่ 7 ต.โพธิ์กลาง อำเภอเมือง", "โคราช", ""),
    Home(P("นาง", "ศิรินทิพย์", "เอี่ยมสะอาด", "110060039915", date(1975, 12, 4), "0813376249",
           "sirintip.ia@gmail.com", "1/2", "", "อารีย์ 4", "พหลโยธิน", "สามเสนใน", "พญาไท",
           "กรุงเทพมหานคร", "10400"),
         "1/2 ซอยอารีย์ 4 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท", "กรุงเทพมหานคร", "10400"),
    Home(P("นาย", "ณรงค์ฤทธิ์", "บุญประคอง", "311020047736", date(1988, 2, 29), "0958823140",
           "narongrit.bp@gmail.com", "79/321 หมู่บ้านชัยพฤกษ์ ซ.12", "5", "", "", "ราชาเทวะ",
           "บางพลี", "สมุทรปราการ", "10540"),
         "79/321 ม.5 หมู่บ้านชัยพฤกษ์ ซ.12 ต.ราชาเทวะ อ.บางพลี", "จ.สมุทรปราการ", "10540"),
)  # fmt: skip

# The registered address beside a current one (ที่อยู่ตามทะเบียนบ้าน): in no home's province.
REGISTERED = "210 หมู่ 9 ต.ดู่ อ.ราษีไศล จ.ศรีสะเกษ 33160"

Style = Callable[[Home, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(h: Home, *, address: tuple[str, ...] | None = None, typed: tuple[str, ...] = (),
        postal: bool | None = None) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The values a clerk keeps (see the conventions above). `address` replaces the
    accepted addresses (a PO box); `typed` adds forms as this style typed them (Thai
    digits); `postal` False where the mail gives no postal code."""
    p = h.p
    typed_all = (h.head, f"{h.head} {h.prov}".strip(), h.whole, *typed)
    # each with or without its leading เลขที่/บ้านเลขที่, as the convention says
    typed_all += tuple(re.sub(r"^(บ้านเลขที่|เลขที่)\s*", "", t) for t in typed_all)
    accepted = address if address is not None else addresses(p, *typed_all)
    out = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": tuple(dict.fromkeys(" ".join(a.split()) for a in accepted)),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    if not (bool(h.postal) if postal is None else postal):
        del out["postal_code"]
    return out


# --- how people write the other values ----------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (m, f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}-{m[3:]}")[k % 3]


def message(h: Home, n: int, subject: str, *, text: str | None = None,
            html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    p = h.p
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 6, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set40-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def others(h: Home, k: int) -> list[str]:
    """The labelled lines other than the address, as usual."""
    p = h.p
    return [
        f"เลขประจำตัวประชาชน: {(p.nid, dashed(p.nid))[k % 2]}",
        f"วันเกิด: {born_th(p.born, k)}",
        f"โทร: {mobile(p.mobile, k)}",
        f"อีเมล: {p.email}",
    ]


def parts(h: Home) -> list[tuple[str, str]]:
    """The address in a form's parts, as people fill them (the house cell holds what
    names the dwelling; the province as typed, without จ.)."""
    p = h.p
    return [
        ("บ้านเลขที่", p.house),
        ("หมู่ที่", p.moo or "-"),
        ("ซอย", p.soi or "-"),
        ("ถนน", p.road or "-"),
        ("ตำบล/แขวง", p.tambon),
        ("อำเภอ/เขต", p.amphoe),
        ("จังหวัด", h.prov_bare),
        ("รหัสไปรษณีย์", h.postal),
    ]


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">{body}</body></html>\n'


# --- plain text -------------------------------------------------------------------------------


def plain_address_label(h: Home, i: int) -> Case:
    """ที่อยู่ on one labelled line, as typed."""
    text = (
        "เรียน เจ้าหน้าที่\n\nขอแจ้งท่อระบายน้ำหน้าบ้านอุดตันค่ะ\n\n"
        f"ชื่อ-นามสกุล: {h.p.name}\n"
        + "\n".join(others(h, i)[:2])
        + f"\nที่อยู่: {h.whole}\n"
        + "\n".join(others(h, i)[2:])
        + "\n"
    )
    return Case("plain_address_label", message(h, i, "แจ้งท่อระบายน้ำอุดตัน", text=text), exp(h))


def plain_multiline_no_label(h: Home, i: int) -> Case:
    """The name, then the address over lines with no label, as on an envelope, then the
    other values labelled."""
    text = (
        "เรียน นายกเทศมนตรี\n\nขอความอนุเคราะห์ตัดกิ่งไม้ที่พาดสายไฟครับ\n\n"
        f"{h.p.name}\n" + "\n".join(h.lines()) + "\n" + "\n".join(others(h, i)) + "\n"
    )
    return Case("plain_multiline_no_label", message(h, i, "ขอตัดกิ่งไม้", text=text), exp(h))


def plain_address_in_sentence(h: Home, i: int) -> Case:
    """The address inside the letter's sentence: "ข้าพเจ้า ... อยู่บ้านเลขที่ ... ขอ..."."""
    p = h.p
    addr = (
        h.whole if h.head.startswith(("เลขที่", "บ้านเลขที่", "ตึกแถว", "หอพัก")) else f"บ้านเลขที่ {h.whole}"
    )
    text = (
        "เรื่อง ขอรับการสนับสนุนถังขยะ\nเรียน นายกองค์การบริหารส่วนตำบล\n\n"
        f"ข้าพเจ้า {p.name} อายุ {2026 - p.born.year} ปี อยู่{addr} "
        f"เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {born_th(p.born, 0)} โทร {mobile(p.mobile, i)} "
        f"อีเมล {p.email} มีความประสงค์ขอรับถังขยะ 1 ใบ\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n"
    )
    return Case("plain_address_in_sentence", message(h, i, "ขอถังขยะ", text=text), exp(h))


def plain_registered_and_current(h: Home, i: int) -> Case:
    """ที่อยู่ตามทะเบียนบ้าน beside ที่อยู่ปัจจุบัน (variant 0: the registered one first) or
    ที่อยู่ที่ติดต่อได้ (variant 1: the contact one first); the current one is kept."""
    reg = f"ที่อยู่ตามทะเบียนบ้าน: {REGISTERED}"
    cur = (f"ที่อยู่ปัจจุบัน: {h.whole}", f"ที่อยู่ที่ติดต่อได้: {h.whole}")[i % 2]
    two = (reg, cur) if i % 2 == 0 else (cur, reg)
    text = (
        "เรียน เจ้าหน้าที่\n\nขอยื่นคำร้องขอรับเบี้ยยังชีพผู้สูงอายุแทนมารดาค่ะ\n\n"
        f"ชื่อ: {h.p.name}\n"
        + "\n".join(others(h, i)[:2])
        + "\n"
        + "\n".join(two)
        + "\n"
        + "\n".join(others(h, i)[2:])
        + "\n"
    )
    return Case("plain_registered_and_current", message(h, i, "ยื่นคำร้อง", text=text), exp(h))


def plain_postal_on_own_line(h: Home, i: int) -> Case:
    """The address labelled, its province and postal code on the next line (variant 1:
    the postal code under a label of its own)."""
    tail = " ".join(x for x in (h.prov, h.postal) if x)
    if i % 2 == 0:
        lines = f"ที่อยู่: {h.head}\n{tail}\n"
    else:
        lines = f"ที่อยู่: {h.head} {h.prov}\n" + (f"รหัสไปรษณีย์: {h.postal}\n" if h.postal else "")
    text = (
        "สวัสดีครับ\n\nไฟส่องสว่างในซอยดับมา 3 คืนแล้วครับ\n\n"
        f"ผู้แจ้ง: {h.p.name}\n{lines}" + "\n".join(others(h, i)) + "\n"
    )
    return Case("plain_postal_on_own_line", message(h, i, "ไฟถนนดับ", text=text), exp(h))


def plain_form_parts_lines(h: Home, i: int) -> Case:
    """A retyped form: each part of the address on a labelled line of its own."""
    rows = [f"{a}: {b}" for a, b in parts(h)]
    text = (
        "แบบคำร้องทั่วไป\n\n"
        f"ชื่อผู้ยื่นคำร้อง: {h.p.name}\n"
        + "\n".join(others(h, i)[:2])
        + "\n"
        + "\n".join(rows)
        + "\n"
        + "\n".join(others(h, i)[2:])
        + "\n\nเรื่อง ขอหนังสือรับรองที่อยู่\n"
    )
    return Case("plain_form_parts_lines", message(h, i, "แบบคำร้องทั่วไป", text=text), exp(h))


def plain_thai_digits(h: Home, i: int) -> Case:
    """The whole mail in Thai digits: the house number, the หมู่, the postal code, the
    ID and the phone."""
    text = (
        thai(
            "เรียน เจ้าหน้าที่\n\nขอแจ้งถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ\n\n"
            f"ชื่อ {h.p.name}\nที่อยู่ {h.whole}\n" + "\n".join(others(h, i)[:3]) + "\n"
        )
        + f"อีเมล {h.p.email}\n"
    )
    typed = (thai(h.head), thai(f"{h.head} {h.prov}".strip()), thai(h.whole))
    return Case("plain_thai_digits", message(h, i, "ถนนชำรุด", text=text), exp(h, typed=typed))


def plain_chat_style(h: Home, i: int) -> Case:
    """Typed like a chat: short lines, no labels for some, "บ้านอยู่ ... นะคะ"."""
    p = h.p
    text = (
        "สวัสดีค่ะ\nหมาจรมาอยู่หน้าบ้านหลายตัว กัดคนแล้ว รบกวนช่วยดูให้หน่อยค่ะ\n"
        f"บ้านอยู่ {h.whole} นะคะ\n"
        f"{p.name}\nเบอร์ {mobile(p.mobile, i)}\nบัตร {dashed(p.nid)}\n"
        f"เกิด {born_th(p.born, i + 1)}\n{p.email}\n"
    )
    return Case("plain_chat_style", message(h, i, "หมาจร", text=text), exp(h))


def plain_landmark_line(h: Home, i: int) -> Case:
    """The address labelled, then how to find it on a line of its own (จุดสังเกต), which is
    not the address."""
    text = (
        "เรียน เจ้าหน้าที่\n\nขอให้มาฉีดพ่นยุงลายในซอยครับ\n\n"
        f"ชื่อ: {h.p.name}\nที่อยู่: {h.whole}\n"
        "จุดสังเกต: ซอยข้างร้านสะดวกซื้อ ตรงข้ามวัด บ้านรั้วสีเขียว\n" + "\n".join(others(h, i)) + "\n"
    )
    return Case("plain_landmark_line", message(h, i, "ขอฉีดพ่นยุง", text=text), exp(h))


def plain_signature_address(h: Home, i: int) -> Case:
    """The request first; the name, the address (over lines, no label) and the contacts
    only in the signature at the foot."""
    p = h.p
    text = (
        "เรียน เจ้าหน้าที่กองช่าง\n\nขออนุญาตซ่อมแซมรั้วบ้านที่ติดทางสาธารณะ "
        f"เลขบัตรประชาชน {dashed(p.nid)} เกิด {born_th(p.born, i)}\n\nขอแสดงความนับถือ\n\n"
        f"{p.name}\n" + "\n".join(h.lines()) + f"\nโทร. {mobile(p.mobile, i)}\n{p.email}\n"
    )
    return Case("plain_signature_address", message(h, i, "ขออนุญาตซ่อมรั้ว", text=text), exp(h))


def plain_po_box(h: Home, i: int) -> Case:
    """A PO box is the only address given (ที่อยู่สำหรับติดต่อ: ตู้ ปณ. ...)."""
    p = h.p
    prov = h.prov or "กรุงเทพฯ"
    box = f"ตู้ ปณ. {40 + i} ปณ.{p.amphoe}"
    text = (
        "เรียน เจ้าหน้าที่\n\nขอรับสำเนาเอกสารสิทธิ์ทางไปรษณีย์\n\n"
        f"ชื่อ: {p.name}\nที่อยู่สำหรับติดต่อ: {box} {prov} {p.postal}\n" + "\n".join(others(h, i)) + "\n"
    )
    accepted = (box, f"{box} {prov}", f"{box} {prov} {p.postal}", f"{box} {p.province_written}",
                f"{box} {p.province_written} {p.postal}",
                f"ตู้ไปรษณีย์ {40 + i} ปณ.{p.amphoe}")  # fmt: skip
    return Case("plain_po_box", message(h, i, "ขอสำเนาเอกสาร", text=text),
                exp(h, address=accepted, postal=True))  # fmt: skip


def plain_moved_prose(h: Home, i: int) -> Case:
    """An old address and a new one in one sentence: "เดิมอยู่ ... ปัจจุบันย้ายมาอยู่ที่ ..."
    (the new one is kept)."""
    p = h.p
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ดิฉัน/ผม {p.name} เดิมอยู่บ้านเลขที่ {REGISTERED} ปัจจุบันย้ายมาอยู่ที่ {h.whole} แล้ว "
        "ขอแจ้งเปลี่ยนที่อยู่สำหรับส่งหนังสือแจ้งภาษีที่ดินและสิ่งปลูกสร้าง\n\n" + "\n".join(others(h, i)) + "\n"
    )
    return Case("plain_moved_prose", message(h, i, "แจ้งเปลี่ยนที่อยู่", text=text), exp(h))


# --- HTML -------------------------------------------------------------------------------------


def html_table_split_cells(h: Home, i: int) -> Case:
    """An HTML table: the address's parts as column heads and their values in the row
    under them (variant 0), or label and value cells side by side (variant 1)."""
    p = h.p
    cells = parts(h)
    if i % 2 == 0:
        addr = ("<table border='1'><tr>" + "".join(f"<th>{a}</th>" for a, _ in cells)
                + "</tr><tr>" + "".join(f"<td>{b}</td>" for _, b in cells) + "</tr></table>")  # fmt: skip
    else:
        addr = "<table border='1'>" + "".join(
            f"<tr><td>{cells[k][0]}</td><td>{cells[k][1]}</td><td>{cells[k + 1][0]}</td>"
            f"<td>{cells[k + 1][1]}</td></tr>" for k in range(0, len(cells), 2)) + "</table>"  # fmt: skip
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
        ("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", dashed(p.nid)), ("วันเกิด", born_th(p.born, i)),
        ("โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email)))  # fmt: skip
    html = html_doc(
        f"<p>เรียน เจ้าหน้าที่</p><p>ขอยื่นคำร้องขอใช้สถานที่</p><table border='1'>{rows}</table>"
        f"<p><b>ที่อยู่</b></p>{addr}"
    )
    return Case("html_table_split_cells", message(h, i, "คำร้องขอใช้สถานที่", html=html), exp(h))


def html_signature_br(h: Home, i: int) -> Case:
    """An HTML mail whose name and address are in the signature, lines by <br>."""
    p = h.p
    sig = "<br>".join([p.name, *h.lines(), f"โทร {mobile(p.mobile, i)}", p.email])
    html = html_doc(
        "<div>เรียน เจ้าหน้าที่</div><div><br></div>"
        f"<div>ขอรับแบบแจ้งรายการภาษีป้าย เลขประจำตัวประชาชน {p.nid} วันเกิด {born_th(p.born, i)}</div>"
        f"<div><br></div><div>ขอบคุณค่ะ</div><div>{sig}</div>"
    )
    return Case("html_signature_br", message(h, i, "ขอแบบภาษีป้าย", html=html), exp(h))


def html_form_receipt(h: Home, i: int) -> Case:
    """An online form's receipt: one question per part of the address, each in its own
    block (question above, answer below)."""
    p = h.p
    qa = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน 13 หลัก", p.nid),
          ("วัน เดือน ปีเกิด", born_th(p.born, 1)),
          ("ที่อยู่ (บ้านเลขที่ หมู่บ้าน/อาคาร ซอย ถนน)", " ".join(x for x in (
              p.house, f"ม.{p.moo}" if p.moo else "", f"ซ.{p.soi}" if p.soi else "",
              f"ถ.{p.road}" if p.road else "") if x)),
          ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe), ("จังหวัด", h.prov_bare),
          ("รหัสไปรษณีย์", h.postal or "-"), ("เบอร์โทรศัพท์", mobile(p.mobile, i)),
          ("อีเมล", p.email)]  # fmt: skip
    blocks = "".join(
        f"<div style='margin:8px'><div style='color:#555'>{q}</div><div><b>{a}</b></div></div>"
        for q, a in qa
    )
    html = html_doc(f"<h3>แบบฟอร์มแจ้งเรื่องร้องเรียน - สำเนาคำตอบของคุณ</h3>{blocks}")
    # the house answer as typed, then the parts, short or written out
    words = (("แขวง", "เขต"),) if p.bangkok else (("ต.", "อ."), ("ตำบล", "อำเภอ"))
    typed = tuple(f"{qa[3][1]} {t}{p.tambon} {a}{p.amphoe}" for t, a in words)
    return Case("html_form_receipt", message(h, i, "สำเนาคำตอบ: แบบฟอร์มแจ้งเรื่องร้องเรียน",
                                             html=html), exp(h, typed=typed))  # fmt: skip


def html_sentence_bold(h: Home, i: int) -> Case:
    """The address in a sentence with its house number in bold and the rest plain."""
    p = h.p
    head = h.whole
    num = head.split()[0] if not head.startswith(("เลขที่", "บ้านเลขที่", "ตึกแถว", "หอพัก")) else ""
    shown = f"<b>{num}</b>{head[len(num) :]}" if num else head
    html = html_doc(
        f"<p>ข้าพเจ้า <b>{p.name}</b> ที่อยู่ {shown} ขอแจ้งว่ามีการเผาขยะในที่โล่งทุกเย็น "
        f"ควันเข้าบ้าน</p><p>เลขบัตร {dashed(p.nid)}<br>เกิด {born_th(p.born, 2)}<br>"
        f"มือถือ {mobile(p.mobile, i)}<br>อีเมล {p.email}</p>"
    )
    return Case("html_sentence_bold", message(h, i, "ร้องเรียนการเผาขยะ", html=html), exp(h))


# --- Word -------------------------------------------------------------------------------------


def docx_table_parts(h: Home, i: int) -> Case:
    """A Word form: a four-column table (label, value, label, value), the address in its
    parts over two rows and more."""
    p = h.p
    cells = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
             ("วันเกิด", born_th(p.born, i)), ("โทรศัพท์", mobile(p.mobile, i)), *parts(h),
             ("อีเมล", p.email), ("เรื่อง", "ขอติดตั้งไฟฟ้าสาธารณะ")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        t = d.add_table(rows=len(cells) // 2, cols=4)
        for n, (a, b) in enumerate(cells):
            t.cell(n // 2, 2 * (n % 2)).text = a
            t.cell(n // 2, 2 * (n % 2) + 1).text = b

    raw = message(h, i, "แบบคำร้อง (Word)", text="ส่งแบบคำร้องตามไฟล์แนบครับ\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_table_parts", raw, exp(h))


def docx_letter_head(h: Home, i: int) -> Case:
    """A Word letter in the official shape: the sender's address at the top right over
    paragraphs with no label, then เรื่อง/เรียน, the body with the other values."""
    p = h.p

    def build(d: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        for line in h.lines():
            d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph("1 ธันวาคม 2569").alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("เรื่อง ขอรับการช่วยเหลือผู้ประสบภัยน้ำท่วม")
        d.add_paragraph("เรียน นายอำเภอ")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ "
            f"{born_th(p.born, 0)} ได้รับความเดือดร้อนจากน้ำท่วมบ้านเรือน จึงขอรับการช่วยเหลือ"
        )
        d.add_paragraph(f"ติดต่อ โทร {mobile(p.mobile, i)} อีเมล {p.email}")
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({p.name})")

    raw = message(h, i, "หนังสือขอรับการช่วยเหลือ", text="เรียน เจ้าหน้าที่ แนบหนังสือมาค่ะ\n",
                  files=(("หนังสือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_letter_head", raw, exp(h))


def docx_two_addresses_table(h: Home, i: int) -> Case:
    """A Word table with the registered address and the current one in rows of their
    own (variant 1: the current one first); the current one is kept."""
    p = h.p
    reg = ("ที่อยู่ตามทะเบียนบ้าน", REGISTERED)
    cur = ("ที่อยู่ปัจจุบัน (ที่ติดต่อได้)", h.whole)
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed(p.nid)),
            ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
            *((reg, cur) if i % 2 == 0 else (cur, reg)),
            ("โทรศัพท์มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email)]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอรับเงินอุดหนุนเด็กแรกเกิด")
        t = d.add_table(rows=len(rows), cols=2)
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    raw = message(h, i, "คำร้องเงินอุดหนุน", text="ตามไฟล์แนบครับ\n",
                  files=(("form.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_two_addresses_table", raw, exp(h))


# --- PDF --------------------------------------------------------------------------------------


def pdf_letter_head(h: Home, i: int) -> Case:
    """A letter printed to PDF: the address at the top right over lines, no label."""
    p = h.p
    right = [(115, 20 + 7 * n, line) for n, line in enumerate(h.lines())]
    body = [
        "เรื่อง ขอให้ตรวจสอบการก่อสร้างอาคารข้างบ้าน",
        "เรียน ผู้อำนวยการเขต / นายกเทศมนตรี",
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid}",
        f"เกิดวันที่ {born_th(p.born, 0)} ขอให้ตรวจสอบการก่อสร้างที่รุกล้ำแนวเขต",
        f"โทร {mobile(p.mobile, i)} อีเมล {p.email}",
        "ขอแสดงความนับถือ",
        f"({p.name})",
    ]
    texts = right + [(20, 55 + 9 * n, line) for n, line in enumerate(body)]
    raw = message(h, i, "หนังสือร้องเรียน (PDF)", text="แนบหนังสือร้องเรียนครับ\n",
                  files=(("letter.pdf", pdf_page(texts, size=11, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_letter_head", raw, exp(h))


def pdf_form_dotted(h: Home, i: int) -> Case:
    """A printed form's text layer: labels with dotted gaps and the values typed over
    them, the address's parts two or three to a line."""
    p = h.p
    pr = dict(parts(h))
    lines = [
        "แบบคำร้องทั่วไป",
        f"ข้าพเจ้า (ชื่อ-สกุล) ....{p.name}.... เลขประจำตัวประชาชน ....{p.nid}....",
        f"เกิดวันที่ ....{born_th(p.born, 1)}.... อยู่บ้านเลขที่ ....{pr['บ้านเลขที่']}.... หมู่ที่ ....{pr['หมู่ที่']}....",
        f"ซอย ....{pr['ซอย']}.... ถนน ....{pr['ถนน']}.... ตำบล/แขวง ....{pr['ตำบล/แขวง']}....",
        f"อำเภอ/เขต ....{pr['อำเภอ/เขต']}.... จังหวัด ....{pr['จังหวัด']}.... รหัสไปรษณีย์ ....{pr['รหัสไปรษณีย์'] or '-'}....",
        f"โทรศัพท์ ....{mobile(p.mobile, i)}.... อีเมล ....{p.email}....",
        "มีความประสงค์ ขอหนังสือรับรองการอยู่อาศัย",
    ]
    texts = [(15, 25 + 10 * n, line) for n, line in enumerate(lines)]
    raw = message(h, i, "แบบคำร้อง PDF", text="ส่งแบบคำร้องค่ะ\n",
                  files=(("แบบคำร้อง.pdf", pdf_page(texts, size=9.5, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_form_dotted", raw, exp(h))


def pdf_paragraph_wrapped(h: Home, i: int) -> Case:
    """A paragraph in a PDF whose address runs over a line break in the middle (the
    break where the word processor put it)."""
    p = h.p
    sentence = (f"ข้าพเจ้า {p.name} อายุ {2026 - p.born.year} ปี อยู่ที่ {h.whole} "
                f"เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, 2)} "
                f"โทรศัพท์ {mobile(p.mobile, i)} อีเมล {p.email} ขอร้องเรียนเรื่องเสียงดังจากโรงงาน"
                "ข้างบ้านในเวลากลางคืน")  # fmt: skip
    words = sentence.split(" ")
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) > 62 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    texts = [(20, 25, "เรื่อง ร้องเรียนเหตุเดือดร้อนรำคาญ"), (20, 33, "เรียน นายกเทศมนตรี")]
    texts += [(20, 45 + 8 * n, line) for n, line in enumerate(lines)]
    raw = message(h, i, "ร้องเรียน (ไฟล์ PDF)", text="รายละเอียดตามไฟล์แนบ\n",
                  files=(("ร้องเรียน.pdf", pdf_page(texts, size=11, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_paragraph_wrapped", raw, exp(h))


STYLES: tuple[Style, ...] = (
    plain_address_label, plain_multiline_no_label, plain_address_in_sentence,
    plain_registered_and_current, plain_postal_on_own_line, plain_form_parts_lines,
    plain_thai_digits, plain_chat_style, plain_landmark_line, plain_signature_address,
    plain_po_box, plain_moved_prose,
    html_table_split_cells, html_signature_br, html_form_receipt, html_sentence_bold,
    docx_table_parts, docx_letter_head, docx_two_addresses_table,
    pdf_letter_head, pdf_form_dotted, pdf_paragraph_wrapped,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two homes (its two variants), a different pair per style."""
    return two_each(STYLES, HOMES)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    return [
        ("a request whose values are in a sentence", plain_address_in_sentence(HOMES[2], 90).raw,
         "request"),
        ("a change-of-address notice", plain_moved_prose(HOMES[4], 91).raw, "request"),
    ]  # fmt: skip
