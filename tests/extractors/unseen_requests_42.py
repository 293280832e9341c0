"""A forty-second set of requests written by someone who had not read the readers (issue 8):
NUMBERS AND DATES AS THAIS REALLY WRITE THEM, in ordinary typed requests (plain mail
bodies mostly, some HTML, a Word file and PDF text layers). Birth dates in every form
people type: B.E. and C.E., Thai digits, full and abbreviated Thai months with and
without dots ("12 มีค 2530", "3 ก.พ.31"), "17/03/2530", "17-3-30", two-digit B.E.
years, "เกิดวันที่ ๕ เดือนมีนาคม พ.ศ. ๒๕๒๘", English months ("17 Mar 1987", "March 5,
1985"), a weekday before the date ("วันอังคารที่ 17 มีนาคม 2530"), an age beside the date,
month and day swapped by a phone set to English ("8/23/1990"), the date in three cells;
phones with spaces, dashes and dots, +66 / 66 / "+66 (0)81", Thai digits, "ต่อ" and
"ext." extensions, several numbers each with its label (มือถือ, บ้าน, ที่ทำงาน, ไลน์,
ติดต่อด่วน), a LINE id that is a number, "โทร 081-xxx-xxxx (ไม่สะดวกรับสายช่วงบ่าย)";
national IDs dashed, in other groupings, in Thai digits, one digit per box or per cell,
wrapped over two lines, with the card's laser code and expiry date beside them; postal
codes next to house numbers and phones.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 40 and 41, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- birth_date: ISO C.E. (YYYY-MM-DD) whatever was typed: B.E. years less 543; a two-digit
  B.E. year read as 25xx (the only plausible one for a living adult: "30" -> 2530 ->
  1987); Thai digits read as digits; a weekday or an age beside the date ignored;
  day first ("17/03/2530", "17-3-30") unless the day cannot be a month's number: a phone
  set to English writes "8/23/1990" and "12/25/1985", which a clerk reads as 23 August
  and 25 December (only such unambiguous ones are in the set). The card's expiry or
  issue date and the letter's date are never the birth date.
- phone: the applicant's OWN MOBILE as the harness accepts it (+66... or 0...), as set
  41 keeps it: over a home or office landline (with or without its ต่อ/ext.), a fax, a
  LINE id made of digits, and an emergency contact's number (a relative's); a note
  after it ("(ไม่สะดวกรับสายช่วงบ่าย)") is not part of it. Where only "+66 (0)81..." or
  "66 81..." is typed, it is the same mobile.
- national_id: the 13 digits, however grouped, in Thai or Arabic digits, one per box or
  cell, or wrapped over two lines; the laser code on the card's back (JT1-...) and the
  expiry date are never part of it.
- address: the home from its house number to its district, as set 5's `addresses`
  accepts it or as typed (Thai digits right as typed or as Arabic digits); the postal
  code typed before the province is not part of the address, and a phone typed after it
  never is.
- province: the official name; postal_code: five Arabic digits.
- full_name with its title, one space before the family name; email lower case.
- A field the mail does not give is not expected (None is right there: it is simply
  not scored).
Outcomes: a request typed all in Thai digits and one with several labelled phones are
requests.
Everyone and every number is invented (every ID made with with_check_digit; LINE ids,
landlines, laser codes made up); ตำบล/แขวง, อำเภอ/เขต, provinces and postal codes are
real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@example.go.th"
TODAY = date(2026, 12, 7)  # the mails' date, for the ages people type beside their birth date


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Person, ...] = (
    P("นาย", "สมชาย", "ประเสริฐวงศ์", "140990031278", date(1987, 3, 17), "0812345170", "somchai.pw@gmail.com",
      "99", "4", "", "", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    P("นางสาว", "จิราพร", "แสงสว่าง", "157990042183", date(1985, 3, 5), "0896617283", "jiraporn.ss@hotmail.com",
      "12", "8", "", "", "ป่าแดด", "เมืองเชียงราย", "เชียงราย", "57000"),
    P("นาย", "ธนพล", "วงศ์ใหญ่", "110050077621", date(1990, 8, 23), "0923378145", "thanapol.wy@gmail.com",
      "129/45", "", "รามคำแหง 24", "รามคำแหง", "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    P("นาง", "ลำดวน", "ทองสุข", "350110052397", date(1966, 9, 28), "0861194430", "lamduan66@gmail.com",
      "45/2", "3", "", "", "ท่าศาลา", "เมืองเชียงใหม่", "เชียงใหม่", "50000"),
    P("นาย", "อดิศักดิ์", "พรหมวงศ์", "312040018856", date(1979, 12, 25), "0817740392", "adisak.pw@yahoo.com",
      "45/8", "5", "", "", "บางพูด", "ปากเกร็ด", "นนทบุรี", "11120"),
    P("นางสาว", "สุนิสา", "คงเจริญ", "190990063314", date(1996, 6, 14), "0649921853", "sunisa.kc@gmail.com",
      "64/7", "", "", "นิพัทธ์อุทิศ 3", "หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
    P("นาง", "บัวผัน", "ศรีนวล", "330060049901", date(1958, 11, 9), "0872215504", "buaphan.sn@gmail.com",
      "1150/27", "", "", "มิตรภาพ", "ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    P("นาย", "วิชัย", "อินทร์แก้ว", "341020035528", date(1975, 1, 30), "0935581276", "wichai.ik@outlook.com",
      "7", "10", "", "", "แจระแม", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    P("นางสาว", "พัชราภรณ์", "ยอดดี", "110270061142", date(2001, 2, 19), "0618832097", "patcharaporn.yd@gmail.com",
      "27/5", "", "รัชดาภิเษก 36", "รัชดาภิเษก", "จันทรเกษม", "จตุจักร", "กรุงเทพมหานคร", "10900"),
    P("นาย", "ประสิทธิ์", "บุญมา", "320990028817", date(1971, 4, 2), "0897723361", "prasit.bm@gmail.com",
      "129", "7", "", "", "บ้านสวน", "เมืองชลบุรี", "ชลบุรี", "20000"),
    P("นาง", "วันเพ็ญ", "สุขประเสริฐ", "313990051186", date(1982, 7, 31), "0851129946", "wanpen.sp@gmail.com",
      "56/102", "3", "", "", "คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"),
    P("นาย", "เกียรติศักดิ์", "มณีรัตน์", "344990027763", date(1993, 10, 11), "0984416620", "kiattisak.mr@gmail.com",
      "45/7", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม", "มหาสารคาม", "44000"),
)  # fmt: skip

Style = Callable[[Person, int], Case]
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
MONTHS_NODOT = tuple(m.replace(".", "") for m in MONTHS_SHORT)  # "มีค", "กพ": typed fast
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip

# Other people's numbers and made-up codes (never the applicant's).
RELATIVES = (("ภรรยา", "0894456120"), ("ลูกสาว", "0625513978"), ("พี่ชาย", "0817762245"))
LINE_IDS = ("0863312045", "25301203", "0918827734")
LANDLINES = ("043-241-556", "053-711-284", "02-378-1165", "0-5321-7745", "02-591-2203")


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(p: Person, keys: str = "", *, typed: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """The values a clerk keeps (see the conventions above), for `keys` (all by default);
    `typed`: the address as this style typed it, accepted beside set 5's forms."""
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": tuple(dict.fromkeys(" ".join(a.split()) for a in addresses(p, *typed))),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names}


def thai_typed(p: Person, short: bool) -> tuple[str, ...]:
    """An address typed in Thai digits: right as typed (whole or without its tail)."""
    head = p.line(short=short)
    prov = p.province_written if short is False or p.bangkok else f"จ.{p.province}"
    return (thai(head), thai(f"{head} {prov}"), thai(f"{head} {prov} {p.postal}"))


# --- how people write the values ------------------------------------------------------------


def age(d: date) -> int:
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def be(d: date) -> int:
    return d.year + 543


def be2(d: date) -> str:
    return f"{be(d) % 100:02d}"


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def spaced(nid: str) -> str:
    return dashed(nid).replace("-", " ")


def mob(m: str, k: int) -> str:
    """The everyday shapes of a mobile number."""
    forms = (f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]}", m,
             f"{m[:3]}-{m[3:]}", f"{m[:2]}-{m[2:6]}-{m[6:]}", f"{m[:3]}.{m[3:6]}.{m[6:]}")  # fmt: skip
    return forms[k % len(forms)]


def home(p: Person, k: int) -> str:
    """The home on one line, short or written out, with its province and postal code."""
    prov = p.province_written if (k % 2 or p.bangkok) else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def message(p: Person, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set42-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">{body}</body></html>\n'


REQUESTS = (
    "ขอแจ้งไฟฟ้าส่องสว่างในซอยดับ",
    "ขอรับเบี้ยยังชีพผู้สูงอายุให้คุณแม่",
    "ขอคัดสำเนาทะเบียนบ้าน",
    "ขออนุญาตซ่อมแซมรั้วบ้าน",
    "ขอให้ตัดกิ่งไม้ที่พาดสายไฟหน้าบ้าน",
    "ขอรับถังขยะใบใหม่",
)


def kha(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


def ask(i: int) -> str:
    return REQUESTS[i % len(REQUESTS)]


def card(p: Person, lines: list[str], i: int, *, hello: str = "เรียน เจ้าหน้าที่") -> str:
    """A plain mail: greeting, request, the labelled lines, thanks."""
    end = f"ขอบคุณ{kha(p)}"
    return f"{hello}\n\n{ask(i)}\n\n" + "\n".join(lines) + f"\n\n{end}\n{p.name}\n"


# --- plain text: birth dates -----------------------------------------------------------------


def plain_be_slash_dates(p: Person, i: int) -> Case:
    """Labelled lines; the birth date as dd/mm/yyyy B.E. (zero-padded or not), the ID
    dashed or in spaced groups."""
    d = p.born
    born = (f"{d.day:02d}/{d.month:02d}/{be(d)}", f"{d.day}/{d.month}/{be(d)}")[i % 2]
    lines = [f"ชื่อ-สกุล : {p.name}", f"เลขประจำตัวประชาชน : {(dashed(p.nid), spaced(p.nid))[i % 2]}",
             f"วัน/เดือน/ปีเกิด : {born}", f"ที่อยู่ : {home(p, i)}", f"โทรศัพท์ : {mob(p.mobile, i)}",
             f"อีเมล : {p.email}"]  # fmt: skip
    return Case("plain_be_slash_dates", message(p, i, "คำร้องทั่วไป", text=card(p, lines, i)), exp(p))


def plain_two_digit_be(p: Person, i: int) -> Case:
    """A phone-typed request: the birth date with a two-digit B.E. year, by dashes or
    slashes ("17-3-30", "17/3/30")."""
    d = p.born
    born = (f"{d.day}-{d.month}-{be2(d)}", f"{d.day:02d}/{d.month:02d}/{be2(d)}")[i % 2]
    text = (f"{ask(i)}{kha(p)}\n{p.name}\nบัตร {p.nid}\nเกิด {born}\nบ้าน {home(p, i + 1)}\n"
            f"เบอร์ {mob(p.mobile, i + 2)}\n{p.email}\n\nส่งจาก iPhone ของฉัน\n")  # fmt: skip
    return Case("plain_two_digit_be", message(p, i, ask(i), text=text), exp(p))


def plain_thai_digits_all(p: Person, i: int) -> Case:
    """An older person's letter typed all in Thai digits: "เกิดวันที่ ๕ เดือนมีนาคม พ.ศ.
    ๒๕๒๘", the ID dashed, the phone, the address and its postal code."""
    d = p.born
    born = (f"เกิดวันที่ {d.day} เดือน{MONTHS[d.month - 1]} พ.ศ. {be(d)}",
            f"เกิดวันที่ {d.day} {MONTHS[d.month - 1]} {be(d)}")[i % 2]  # fmt: skip
    short = i % 2 == 0
    prov = f"จ.{p.province}" if short and not p.bangkok else p.province_written
    text = (
        thai(
            f"เรียน นายกเทศมนตรี\n\nข้าพเจ้า {p.name} {born} "
            f"เลขประจำตัวประชาชน {dashed(p.nid)}\nอยู่บ้านเลขที่ {p.line(short=short)} {prov} {p.postal}\n"
            f"{ask(i)} จึงเรียนมาเพื่อโปรดพิจารณา\n\nติดต่อ โทร {mob(p.mobile, i)} อีเมล "
        )
        + f"{p.email}\n\nขอแสดงความนับถือ\n{p.name}\n"
    )  # the e-mail typed in Latin letters and digits
    return Case("plain_thai_digits_all", message(p, i, thai(ask(i)), text=text),
                exp(p, typed=thai_typed(p, short)))  # fmt: skip


def plain_short_month_no_dots(p: Person, i: int) -> Case:
    """The month abbreviated without its dots, or with them and no space before a
    two-digit year: "17 มีค 2530", "5 มี.ค.28"."""
    d = p.born
    born = (f"{d.day} {MONTHS_NODOT[d.month - 1]} {be(d)}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]}{be2(d)}")[i % 2]  # fmt: skip
    lines = [f"ชื่อ {p.name}", f"เลขบัตร ปชช. {p.nid}", f"วันเกิด {born}", f"ที่อยู่ {home(p, i)}",
             f"มือถือ {mob(p.mobile, i + 1)}", f"E-mail {p.email}"]  # fmt: skip
    return Case("plain_short_month_no_dots", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_weekday_date(p: Person, i: int) -> Case:
    """The birth date with its weekday before it, as a horoscope-minded Thai writes it:
    "เกิดวันอังคารที่ 17 มีนาคม 2530", "วันพฤหัสฯ ที่ 5 มี.ค. 28"."""
    d = p.born
    wd = WEEKDAYS[d.weekday()]
    born = (f"วัน{wd}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)}",
            f"วัน{wd} ที่ {d.day} {MONTHS_SHORT[d.month - 1]} พ.ศ.{be(d)}")[i % 2]  # fmt: skip
    lines = [f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {dashed(p.nid)}", f"วันเกิด: {born}",
             f"ที่อยู่: {home(p, i + 1)}", f"โทร: {mob(p.mobile, i)}", f"อีเมล: {p.email}"]  # fmt: skip
    return Case("plain_weekday_date", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_age_beside(p: Person, i: int) -> Case:
    """An age beside the birth date: "17 มี.ค. 2530 (อายุ 39 ปี)", or the age first."""
    d = p.born
    a = age(d)
    born = (f"วันเกิด {d.day} {MONTHS_SHORT[d.month - 1]} {be(d)} (อายุ {a} ปี)",
            f"อายุ {a} ปี เกิดวันที่ {d.day}/{d.month}/{be(d)}")[i % 2]  # fmt: skip
    lines = [f"ชื่อ {p.name}", born, f"เลขประจำตัวประชาชน {(p.nid, dashed(p.nid))[i % 2]}",
             f"ที่อยู่ {home(p, i)}", f"โทรศัพท์มือถือ {mob(p.mobile, i + 3)}", f"อีเมล {p.email}"]  # fmt: skip
    return Case("plain_age_beside", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_ce_dates(p: Person, i: int) -> Case:
    """The birth date in the Christian era, written in Thai: "17/03/1987", "5 มีนาคม ค.ศ.
    1985"."""
    d = p.born
    born = (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS[d.month - 1]} ค.ศ. {d.year}")[
        i % 2
    ]
    lines = [f"ชื่อ-สกุล: {p.name}", f"เลขบัตรประชาชน: {p.nid}", f"วันเดือนปีเกิด: {born}",
             f"ที่อยู่: {home(p, i + 1)}", f"เบอร์โทร: {mob(p.mobile, i)}", f"อีเมล: {p.email}"]  # fmt: skip
    return Case("plain_ce_dates", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_english_months(p: Person, i: int) -> Case:
    """A younger writer's bilingual labels with an English month: "17 Mar 1987",
    "March 5, 1985"."""
    d = p.born
    born = (
        f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
        f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    )[i % 2]
    lines = [f"Name / ชื่อ: {p.name}", f"ID / เลขบัตร: {dashed(p.nid)}", f"DOB / วันเกิด: {born}",
             f"Address / ที่อยู่: {home(p, i)}", f"Mobile / มือถือ: {mob(p.mobile, i)}",
             f"Email: {p.email}"]  # fmt: skip
    return Case(
        "plain_english_months",
        message(p, i, ask(i), text=card(p, lines, i, hello="Dear เจ้าหน้าที่")),
        exp(p),
    )


def plain_locale_swapped(p: Person, i: int) -> Case:
    """Typed on a phone set to English: its date picker wrote the birth date month first
    ("8/23/1990", "12/25/1985" where the day cannot be a month) or spelt out ("Mar 5,
    1985") where it could."""
    d = p.born
    born = (
        f"{d.month}/{d.day}/{d.year}"
        if d.day > 12
        else f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"
    )
    text = (f"สวัสดีครับ/ค่ะ\n{ask(i)}\n\nชื่อ: {p.name}\nเลขบัตรประชาชน: {p.nid}\nวันเกิด: {born}\n"
            f"ที่อยู่: {home(p, i)}\nโทร: {mob(p.mobile, i + 2)}\nอีเมล: {p.email}\n\nSent from my iPhone\n")  # fmt: skip
    return Case("plain_locale_swapped", message(p, i, ask(i), text=text), exp(p))


# --- plain text: phones ----------------------------------------------------------------------


def plain_several_phones(p: Person, i: int) -> Case:
    """Several numbers each with its label: home, mobile, work with its extension, a
    LINE id made of digits, an emergency contact (a relative's mobile); the mobile is
    neither first nor last."""
    rel, rel_m = RELATIVES[i % len(RELATIVES)]
    land = LANDLINES[i % len(LANDLINES)]
    line_id = LINE_IDS[i % len(LINE_IDS)]
    if i % 2 == 0:
        phones = [f"โทรศัพท์บ้าน: {land}", f"มือถือ: {mob(p.mobile, i)}",
                  f"ที่ทำงาน: 02-591-2200 ต่อ 31{i % 10}", f"ไลน์: {line_id}"]  # fmt: skip
    else:
        phones = [f"ID Line: {line_id}", f"เบอร์ที่ทำงาน 02-591-2200 ต่อ 31{i % 10}",
                  f"เบอร์มือถือ {mob(p.mobile, i)}", f"ติดต่อด่วน ({rel}) {mob(rel_m, 0)}"]  # fmt: skip
    lines = [f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {dashed(p.nid)}",
             f"วันเกิด: {p.born.day} {MONTHS[p.born.month - 1]} {be(p.born)}", f"ที่อยู่: {home(p, i)}",
             *phones, f"อีเมล: {p.email}"]  # fmt: skip
    return Case("plain_several_phones", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_phone_intl_forms(p: Person, i: int) -> Case:
    """The mobile with the country code as people copy it from a contact card: "+66 81
    234 5170", "+66 (0)81-234-5170", "66812345170"."""
    m = p.mobile
    phone = (f"+66 {m[1:3]} {m[3:6]} {m[6:]}", f"+66 (0){m[1:3]}-{m[3:6]}-{m[6:]}")[i % 2]
    lines = [f"ชื่อ: {p.name}", f"เลขประจำตัวประชาชน: {p.nid}",
             f"วันเกิด: {p.born.day} {MONTHS_SHORT[p.born.month - 1]} {be(p.born)}",
             f"ที่อยู่: {home(p, i + 1)}", f"Tel: {phone}", f"Email: {p.email}"]  # fmt: skip
    return Case("plain_phone_intl_forms", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_phone_66_no_plus(p: Person, i: int) -> Case:
    """The mobile as "66" and nine digits (copied from a WhatsApp or LINE profile), or
    with dots; the request in a few sentences."""
    m = p.mobile
    phone = (f"66{m[1:]}", f"{m[:3]}.{m[3:6]}.{m[6:]}")[i % 2]
    text = (f"เรียน เจ้าหน้าที่\n\n{p.name} {kha(p)} {ask(i)}{kha(p)} เลขบัตร {dashed(p.nid)} "
            f"เกิด {p.born.day} {MONTHS_SHORT[p.born.month - 1]} {be(p.born)}\n"
            f"ที่อยู่ {home(p, i)}\nติดต่อกลับที่เบอร์ {phone} หรืออีเมล {p.email}\n\nขอบคุณ{kha(p)}\n")  # fmt: skip
    return Case("plain_phone_66_no_plus", message(p, i, ask(i), text=text), exp(p))


def plain_phone_with_note(p: Person, i: int) -> Case:
    """A note after the phone: "(ไม่สะดวกรับสายช่วงบ่าย)", "ติดต่อได้หลัง 17.00 น."."""
    note = ("(ไม่สะดวกรับสายช่วงบ่าย)", "ติดต่อได้หลัง 17.00 น. หรือวันเสาร์-อาทิตย์")[i % 2]
    lines = [f"ชื่อ-นามสกุล {p.name}", f"เลขประจำตัวประชาชน {spaced(p.nid)}",
             f"วันเกิด {p.born.day:02d}/{p.born.month:02d}/{be(p.born)}", f"ที่อยู่ {home(p, i + 1)}",
             f"โทร {mob(p.mobile, i)} {note}", f"อีเมล {p.email}"]  # fmt: skip
    return Case("plain_phone_with_note", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_work_ext_and_mobile(p: Person, i: int) -> Case:
    """A letter in prose: the office line with its extension first, the mobile after
    ("ที่ทำงาน 02-378-1165 ต่อ 204 หรือมือถือ ...", "Tel. 02 378 1165 ext. 204 / ...")."""
    d = p.born
    land = "02-378-1165"
    phones = (f"ที่ทำงาน {land} ต่อ 204 หรือมือถือ {mob(p.mobile, i)}",
              f"Tel. {land.replace('-', ' ')} ext. 204 / {mob(p.mobile, i + 1)}")[i % 2]  # fmt: skip
    text = (
        f"เรียน ผู้อำนวยการกองช่าง\n\nข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} "
        f"เกิดวันที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)} อยู่บ้านเลขที่ {home(p, i)} "
        f"{ask(i)} หากมีข้อสงสัยติดต่อได้ที่ {phones} อีเมล {p.email}\n\nขอแสดงความนับถือ\n{p.name}\n"
    )
    return Case("plain_work_ext_and_mobile", message(p, i, ask(i), text=text), exp(p))


# --- plain text: IDs and postal codes --------------------------------------------------------


LASER = ("JT1-1234567-89", "ME0-7716203-45", "JC2-5530981-12")


def plain_id_card_codes(p: Person, i: int) -> Case:
    """The ID copied from the card with what is printed beside it: the laser code from
    the back and the expiry (and issue) date."""
    laser = LASER[i % len(LASER)]
    d = p.born
    if i % 2 == 0:
        idline = [f"เลขบัตรประชาชน {spaced(p.nid)} (หลังบัตร {laser}) บัตรหมดอายุ 11 มี.ค. 2575"]
    else:
        idline = [f"เลขประจำตัวประชาชน {dashed(p.nid)}", f"วันออกบัตร 05/09/2565 วันบัตรหมดอายุ {d.day:02d}/{d.month:02d}/2574",
                  f"เลขหลังบัตร {laser}"]  # fmt: skip
    lines = [f"ชื่อ {p.name}", *idline, f"เกิดวันที่ {d.day} {MONTHS_SHORT[d.month - 1]} {be(d)}",
             f"ที่อยู่ {home(p, i)}", f"โทร {mob(p.mobile, i)}", f"อีเมล {p.email}"]  # fmt: skip
    return Case("plain_id_card_codes", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_id_wrapped(p: Person, i: int) -> Case:
    """A paragraph hard-wrapped by the mail program at a space inside the spaced ID."""
    d = p.born
    parts = spaced(p.nid).split(" ")
    cut = (3, 1)[i % 2]
    first, second = " ".join(parts[:cut]), " ".join(parts[cut:])
    text = (
        f"เรียน เจ้าหน้าที่งานทะเบียน\n\nข้าพเจ้า {p.name} {ask(i)} เลขประจำตัวประชาชน {first}\n"
        f"{second} เกิดวันที่ {d.day} {MONTHS[d.month - 1]} {be(d)}\n"
        f"ที่อยู่ {home(p, i + 1)}\nโทร {mob(p.mobile, i)}\nอีเมล {p.email}\n\nขอบคุณ{kha(p)}\n"
    )
    return Case("plain_id_wrapped", message(p, i, ask(i), text=text), exp(p))


def plain_id_boxes(p: Person, i: int) -> Case:
    """The ID copied from a form of one box per digit: "|1|4|0|9|..." or with the card's
    groups kept: "[1] [4 0 9 9] [0 3 1 2 7] [8 1] [3]"."""
    n = p.nid
    if i % 2 == 0:
        boxed = "|" + "|".join(n) + "|"
    else:
        groups = (n[0], n[1:5], n[5:10], n[10:12], n[12])
        boxed = " ".join("[" + " ".join(g) + "]" for g in groups)
    d = p.born
    lines = [f"ชื่อ-สกุล {p.name}", f"เลขประจำตัวประชาชน {boxed}",
             f"วันเกิด {d.day} {MONTHS[d.month - 1]} {be(d)}", f"ที่อยู่ {home(p, i)}",
             f"โทร {mob(p.mobile, i)}", f"อีเมล {p.email}"]  # fmt: skip
    return Case("plain_id_boxes", message(p, i, ask(i), text=card(p, lines, i)), exp(p))


def plain_postal_beside_numbers(p: Person, i: int) -> Case:
    """The postal code typed before the province, or right after the district with the
    home phone after it on the same line."""
    head = p.line(short=i % 2 == 0)
    prov = p.province_written if (i % 2 or p.bangkok) else f"จ.{p.province}"
    land = LANDLINES[i % len(LANDLINES)]
    addr = (f"{head} {p.postal} {prov}", f"{head} {prov} {p.postal} โทรบ้าน {land}")[i % 2]
    d = p.born
    lines = [f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {p.nid}",
             f"วันเกิด: {d.day}/{d.month}/{be(d)}", f"ที่อยู่: {addr}", f"มือถือ: {mob(p.mobile, i)}",
             f"อีเมล: {p.email}"]  # fmt: skip
    typed = (f"{head} {p.postal} {prov}",) if i % 2 == 0 else ()
    return Case("plain_postal_beside_numbers", message(p, i, ask(i), text=card(p, lines, i)),
                exp(p, typed=typed))  # fmt: skip


# --- HTML -------------------------------------------------------------------------------------


def html_table_mixed(p: Person, i: int) -> Case:
    """A two-column HTML table: the ID in Thai digits, the birth date with its weekday,
    the phone "+66 (0)..."."""
    d = p.born
    m = p.mobile
    rows = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", thai(dashed(p.nid))),
            ("วันเกิด", f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"),
            ("ที่อยู่", home(p, i)), ("โทรศัพท์", f"+66 (0){m[1:3]} {m[3:6]} {m[6:]}"), ("อีเมล", p.email))  # fmt: skip
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = html_doc(
        f"<p>เรียน เจ้าหน้าที่</p><p>{ask(i)}</p><table border='1' cellpadding='4'>{table}</table><p>{p.name}</p>"
    )
    return Case("html_table_mixed", message(p, i, ask(i), html=html), exp(p))


def html_id_cells(p: Person, i: int) -> Case:
    """A web form's print pasted into the mail: the ID one digit per cell (with a dash
    cell between the card's groups in variant 1), the birth date's day, month and B.E.
    year in cells of their own."""
    n = p.nid
    if i % 2 == 0:
        cells = "".join(f"<td style='border:1px solid #000;width:18px'>{c}</td>" for c in n)
    else:
        groups = (n[0], n[1:5], n[5:10], n[10:12], n[12])
        cells = "<td>-</td>".join(
            "".join(f"<td style='border:1px solid #000'>{c}</td>" for c in g) for g in groups
        )
    d = p.born
    html = html_doc(
        f"<p>เรียน เจ้าหน้าที่</p><p>{ask(i)}</p>"
        f"<p>ชื่อ-นามสกุล {p.name}</p>"
        f"<table><tr><td>เลขประจำตัวประชาชน</td>{cells}</tr></table>"
        f"<table><tr><td>เกิดวันที่</td><td>{d.day}</td><td>เดือน</td><td>{MONTHS[d.month - 1]}</td>"
        f"<td>พ.ศ.</td><td>{be(d)}</td></tr></table>"
        f"<p>ที่อยู่ {home(p, i + 1)}</p><p>โทรศัพท์มือถือ {mob(p.mobile, i)}</p><p>อีเมล {p.email}</p>"
    )
    return Case("html_id_cells", message(p, i, ask(i), html=html), exp(p))


def html_phones_list(p: Person, i: int) -> Case:
    """A bulleted list: the birth date with an English month, then several labelled
    phones (บ้าน first, a LINE id of digits, an emergency contact) around the mobile."""
    d = p.born
    rel, rel_m = RELATIVES[(i + 1) % len(RELATIVES)]
    land = LANDLINES[(i + 2) % len(LANDLINES)]
    items = [f"ชื่อ: {p.name}", f"เลขบัตรประชาชน: {p.nid}",
             f"วันเกิด: {d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"ที่อยู่: {home(p, i)}",
             f"โทรบ้าน: {land}", f"มือถือ: {mob(p.mobile, i + 1)}", f"ไลน์: {LINE_IDS[i % len(LINE_IDS)]}",
             f"ติดต่อด่วน: {mob(rel_m, 1)} ({rel})", f"อีเมล: {p.email}"]  # fmt: skip
    if i % 2:
        items[4:7] = [items[6], items[4], items[5]]  # the LINE id and the home line first
    html = html_doc(f"<div>เรียน เจ้าหน้าที่</div><div>{ask(i)}</div><ul>"
                    + "".join(f"<li>{x}</li>" for x in items) + f"</ul><div>{p.name}</div>")  # fmt: skip
    return Case("html_phones_list", message(p, i, ask(i), html=html), exp(p))


def html_prose_thai_digits(p: Person, i: int) -> Case:
    """An HTML letter in prose with every number in Thai digits, <br> between lines."""
    d = p.born
    short = i % 2 == 1
    prov = f"จ.{p.province}" if short and not p.bangkok else p.province_written
    body = (
        thai(
            f"ข้าพเจ้า {p.name} เกิดวันที่ {d.day} {MONTHS_SHORT[d.month - 1]} {be(d)} "
            f"เลขประจำตัวประชาชน {p.nid}<br>ที่อยู่ {p.line(short=short)} {prov} {p.postal}<br>"
            f"โทรศัพท์ {mob(p.mobile, i)} อีเมล "
        )
        + p.email
    )
    html = html_doc(
        f"<p>เรียน นายกองค์การบริหารส่วนตำบล</p><p>{body}</p><p>{thai(ask(i))}</p><p>ขอแสดงความนับถือ<br>{p.name}</p>"
    )
    return Case(
        "html_prose_thai_digits",
        message(p, i, ask(i), html=html),
        exp(p, typed=thai_typed(p, short)),
    )


# --- Word -------------------------------------------------------------------------------------


def docx_thai_digits_table(p: Person, i: int) -> Case:
    """A Word form table typed in Thai digits: the ID in spaced groups, the birth date
    abbreviated, the phone spaced, the address with its postal code."""
    d = p.born
    short = i % 2 == 0
    prov = f"จ.{p.province}" if short and not p.bangkok else p.province_written
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", thai(spaced(p.nid))),
            ("วันเดือนปีเกิด", thai(f"{d.day} {MONTHS_SHORT[d.month - 1]} {be(d)}")),
            ("ที่อยู่", thai(f"{p.line(short=short)} {prov} {p.postal}")),
            ("โทรศัพท์", thai(mob(p.mobile, 1))), ("อีเมล", p.email), ("เรื่อง", ask(i))]  # fmt: skip

    def build(doc: Any) -> None:
        doc.add_paragraph("แบบคำร้องทั่วไป")
        t = doc.add_table(rows=len(rows), cols=2)
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    raw = message(p, i, "ส่งคำร้อง", text="ส่งแบบคำร้องตามไฟล์แนบค่ะ\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_thai_digits_table", raw, exp(p, typed=thai_typed(p, short)))


def docx_id_boxes_date_parts(p: Person, i: int) -> Case:
    """A Word form: the ID in a row of thirteen one-digit cells, the birth date as
    วันที่ ... เดือน ... พ.ศ. ... with two-digit B.E. year in variant 1, the phones
    labelled มือถือ and บ้าน."""
    d = p.born
    year = (str(be(d)), be2(d))[i % 2]

    def build(doc: Any) -> None:
        doc.add_paragraph("คำร้องขอรับความช่วยเหลือ")
        doc.add_paragraph(f"ข้าพเจ้า {p.name}")
        t = doc.add_table(rows=1, cols=14)
        t.cell(0, 0).text = "เลขประจำตัวประชาชน"
        for k, c in enumerate(p.nid):
            t.cell(0, k + 1).text = c
        doc.add_paragraph(f"เกิดวันที่ {d.day} เดือน {MONTHS[d.month - 1]} พ.ศ. {year}")
        doc.add_paragraph(f"ที่อยู่ {home(p, i)}")
        doc.add_paragraph(f"โทรศัพท์บ้าน {LANDLINES[i % len(LANDLINES)]} มือถือ {mob(p.mobile, i)}")
        doc.add_paragraph(f"อีเมล {p.email}")
        doc.add_paragraph(f"มีความประสงค์ {ask(i)}")

    raw = message(p, i, "คำร้อง (Word)", text="เรียน เจ้าหน้าที่ แนบคำร้องมาครับ\n",
                  files=(("form.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_id_boxes_date_parts", raw, exp(p))


# --- PDF --------------------------------------------------------------------------------------


def pdf_letter_age(p: Person, i: int) -> Case:
    """A letter printed to PDF: the letter's date at the top, "เกิดเมื่อวันที่ ... อายุ ..
    ปี", the office line with ต่อ before the mobile in "08 1234 5678" groups."""
    d = p.born
    m = p.mobile
    body = [
        "7 ธันวาคม 2569",
        f"เรื่อง {ask(i)}",
        "เรียน นายกเทศมนตรี",
        f"ข้าพเจ้า {p.name} เกิดเมื่อวันที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)} อายุ {age(d)} ปี",
        f"เลขประจำตัวประชาชน {dashed(p.nid)}",
        f"ที่อยู่ {home(p, i)}",
        f"โทร. 0 2591 2200 ต่อ 12, {m[:2]} {m[2:6]} {m[6:]} อีเมล {p.email}",
        "ขอแสดงความนับถือ",
        f"({p.name})",
    ]
    texts = [(20, 30 + 9 * n, line) for n, line in enumerate(body)]
    raw = message(p, i, f"{ask(i)} (PDF)", text="แนบหนังสือครับ\n",
                  files=(("letter.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_letter_age", raw, exp(p))


def pdf_form_id_two_lines(p: Person, i: int) -> Case:
    """A printed form's text layer: the ID's last groups carried to the next line, the
    birth date "17-3-2530", the phone in Thai digits."""
    d = p.born
    dd = dashed(p.nid)
    cut = dd.rfind("-", 0, 13) + 1  # after the third group's dash: "78-3" carried over
    lines = [
        "แบบคำร้องทั่วไป",
        f"ชื่อ-สกุล {p.name}",
        f"เลขประจำตัวประชาชน {dd[:cut]}",
        f"{dd[cut:]}   วันเกิด {d.day}-{d.month}-{be(d)}",
        "ที่อยู่ " + home(p, i + 1),
        f"โทรศัพท์ {thai(mob(p.mobile, i))}   อีเมล {p.email}",
        f"ความประสงค์ {ask(i)}",
    ]
    texts = [(15, 25 + 10 * n, line) for n, line in enumerate(lines)]
    raw = message(p, i, "แบบคำร้อง PDF", text="ส่งแบบคำร้องค่ะ\n",
                  files=(("คำร้อง.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_form_id_two_lines", raw, exp(p))


STYLES: tuple[Style, ...] = (
    plain_be_slash_dates, plain_two_digit_be, plain_thai_digits_all, plain_short_month_no_dots,
    plain_weekday_date, plain_age_beside, plain_ce_dates, plain_english_months,
    plain_locale_swapped, plain_several_phones, plain_phone_intl_forms, plain_phone_66_no_plus,
    plain_phone_with_note, plain_work_ext_and_mobile, plain_id_card_codes, plain_id_wrapped,
    plain_id_boxes, plain_postal_beside_numbers,
    html_table_mixed, html_id_cells, html_phones_list, html_prose_thai_digits,
    docx_thai_digits_table, docx_id_boxes_date_parts,
    pdf_letter_age, pdf_form_id_two_lines,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    return [
        ("a request typed all in Thai digits", plain_thai_digits_all(PEOPLE[6], 90).raw, "request"),
        ("a request with several labelled phones", plain_several_phones(PEOPLE[3], 91).raw,
         "request"),
    ]  # fmt: skip
