"""A hundred-and-fifth set of requests written by someone who had not read the readers
(issue 8): LOCAL TAXES AND FEES, to the revenue desks (กองคลัง, งานพัฒนาและจัดเก็บรายได้) and
the health desks (ค่าธรรมเนียมเก็บขนมูลฝอย) of เทศบาลนครระยอง, เทศบาลเมืองมาบตาพุด,
เทศบาลเมืองจันทบุรี, เทศบาลเมืองท่าใหม่, เทศบาลเมืองตราด and เทศบาลตำบลเกาะช้างใต้ (Rayong,
Chanthaburi, Trat), in tax year 2570: land and building tax (ภาษีที่ดินและสิ่งปลูกสร้าง)
objections under มาตรา 73 (a durian or rubber plot assessed as ที่รกร้างว่างเปล่า, a house
assessed as another's, a demolished building still billed), requests to pay in three
instalments, a change of taxpayer for a dead owner's land, assessments sent back with
corrections (a misspelt name, an old address, a wrong area); signboard tax (ภ.ป.1 filed,
ภ.ป.3 questioned); refuse collection fees (a dormitory's rooms, a vacant house). Accountants
and heirs write for owners; a director asks about his firm's tax and his own house in one
mail. Deeds (โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง), notices' and bills' numbers (one of
ten digits opening 06, like a mobile), amounts, areas in ไร่-งาน-ตารางวา, sign sizes,
juristic numbers opening 0, house codes of eleven digits, court case numbers, accountants'
registration numbers and the offices' lines stand beside the applicant's values.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builder of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

Conventions (written down before any run; WHO below says them per style). The earlier
rulings followed: set 28 (the applicant is the person who asks and signs; for a body the
natural person who signs for it), sets 31/63 (a service for one person asked by another is
the one it is for), set 37 (where only another's phone is given, phone `()`), set 56 (a
firm: the director or managing partner who signs, his ID where given else `()`, the firm's
office, line and box; an accountant who only writes or sends for it never).
- THE OWNER whose tax it is is the applicant where another writes for her: an
  accountant's client (the accountant's name, registration, office, line, mobile and box
  never: the client's phone `()` unless the request writes the client's own, e-mail `()`);
  a mother or father whose son or daughter forwards her LINE lines (the child's mobile and
  box never; the parent's phone only where written as hers); the ผู้มอบอำนาจ of a power of
  attorney (the nephew who is given the power and sends it never).
- AN HEIR: where the owner has died, the heir or court-appointed ผู้จัดการมรดก who asks in
  her own name and signs is the applicant (the dead owner's name, ID, birth date and house
  never; birth_date `()` where only the dead owner's is given); in a sheet of heirs, the
  heir marked ผู้ยื่นคำร้อง who sends it (the other heirs' rows never).
- A FIRM: the managing partner or director who signs for it (his ID where given, else
  `()`); the firm's office, line (or his own mobile where given) and its own box (never the
  accountant's who sends). A DIRECTOR WHO ASKS ABOUT HIS FIRM'S TAX AND HIS OWN HOUSE IN
  ONE MAIL is the applicant as himself: his name, ID, mobile and box; his home (the firm's
  office, line and their postal code and province also accepted: he writes for it too).
- A CORRECTION: the values the owner says are right (her name as she spells it, her
  present address), never the misspelt name, the mistyped ID or the old address the
  notice or the city's quoted mail carries, never the officer's name, desk line or box.
- A web form's notification: the one who files (her typed box, never the no-reply sender);
  an agent named to attend the hearing never.
Address: where the applicant lives (a firm: its office), house number to อำเภอ, with or
without เลขที่/บ้านเลขที่, with or without province and postal code; never the taxed
plot's place, the shop where the sign hangs, the dormitory or the vacant house whose
refuse fee is asked, the accountant's office, the child's or nephew's home. Thai digits
are the same values (Arabic digits expected). Deed, parcel, survey page, ระวาง, notice,
bill, receipt, permit, court case, registration and house-code numbers, areas and amounts
are never an ID or a phone; a juristic number (13 digits opening 0) is never a national
ID. Birth date ISO, only the applicant's, scored only where the request gives it (`()`
where only another's appears). Everyone, every firm and number is invented (13-digit
numbers made with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and
belong together.
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
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html, wrap
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

RY = "ระยอง"
CB = "จันทบุรี"
TR = "ตราด"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected
CODES = {RY: "รย", CB: "จบ", TR: "ตร"}  # the provinces' letters in official numbers
HOUSE_CODES = {RY: "2107", CB: "2203", TR: "2301"}  # a registration office's four digits


@dataclass(frozen=True)
class Land:
    """A local body's revenue desk and a place in it where taxed plots lie."""

    body: str  # เทศบาลนครระยอง
    head: str  # นายกเทศมนตรีนครระยอง
    desk: str
    tambon: str
    amphoe: str
    province: str
    line: str
    officer: str


LANDS: tuple[Land, ...] = (
    Land("เทศบาลนครระยอง", "นายกเทศมนตรีนครระยอง", "revenue@rayongcity.example.go.th", "เชิงเนิน", "เมืองระยอง", RY, "038-611-340", "นางสาวปิยะนุช แสงเดือน"),
    Land("เทศบาลเมืองมาบตาพุด", "นายกเทศมนตรีเมืองมาบตาพุด", "klang@maptaphut.example.go.th", "ห้วยโป่ง", "เมืองระยอง", RY, "038-683-125", "นายธวัชชัย ผลบุญ"),
    Land("เทศบาลเมืองจันทบุรี", "นายกเทศมนตรีเมืองจันทบุรี", "tax@chanthaburicity.example.go.th", "ตลาด", "เมืองจันทบุรี", CB, "039-311-075", "นางจิราภรณ์ มณีรัตน์"),
    Land("เทศบาลเมืองท่าใหม่", "นายกเทศมนตรีเมืองท่าใหม่", "revenue@thamai.example.go.th", "เขาวัว", "ท่าใหม่", CB, "039-431-216", "นายกิตติพงษ์ สุขประเสริฐ"),
    Land("เทศบาลเมืองตราด", "นายกเทศมนตรีเมืองตราด", "klang@tratcity.example.go.th", "บางพระ", "เมืองตราด", TR, "039-511-042", "นางสาวรัตนา ใจดี"),
    Land("เทศบาลตำบลเกาะช้างใต้", "นายกเทศมนตรีตำบลเกาะช้างใต้", "saraban@kohchangtai.example.go.th", "เกาะช้างใต้", "เกาะช้าง", TR, "039-510-775", "นายสมชาย ทองคำ"),
)  # fmt: skip

# Owners, heirs, shop and dormitory owners (people).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "วันเพ็ญ", "ศรีสุข", "321010045612", date(1961, 4, 17), "0817614420", "wanphen.ss@gmail.com",
      "58/3", "", "", "สุขุมวิท", "ท่าประดู่", "เมืองระยอง", RY, "21000"),
    P("นาย", "ประสิทธิ์", "เกตุแก้ว", "321020033178", date(1957, 9, 2), "0869031275", "",
      "112", "4", "", "", "บ้านฉาง", "บ้านฉาง", RY, "21130"),
    P("นางสาว", "ธนพร", "วงษ์ทอง", "121010078923", date(1990, 2, 11), "0925518364", "thanaporn.wt@hotmail.com",
      "9/77", "", "", "", "มาบตาพุด", "เมืองระยอง", RY, "21150"),
    P("นาย", "สุรเชษฐ์", "อินทร์จันทร์", "321030051206", date(1969, 12, 25), "0897402118", "surachet.ic@gmail.com",
      "201", "7", "", "", "ทางเกวียน", "แกลง", RY, "21110"),
    P("นาง", "ลำดวน", "มีสมบัติ", "321050009817", date(1948, 6, 30), "0846632091", "",
      "34", "2", "", "", "บ้านค่าย", "บ้านค่าย", RY, "21120"),
    P("นาย", "ชัยวัฒน์", "ตั้งเจริญกิจ", "321010067733", date(1975, 3, 8), "0818855206", "chaiwat.tck@gmail.com",
      "7/19", "", "", "ราษฎร์บำรุง", "ท่าประดู่", "เมืองระยอง", RY, "21000"),
    P("นาง", "ศิริพร", "จันทร์เพ็ญ", "322010042786", date(1966, 8, 14), "0815762340", "siriporn.cp@yahoo.com",
      "45", "", "", "ศรีจันท์", "ตลาด", "เมืองจันทบุรี", CB, "22000"),
    P("นาย", "บุญเลิศ", "ทองอินทร์", "322040027519", date(1952, 1, 5), "0863318427", "",
      "88", "3", "", "", "ท่าใหม่", "ท่าใหม่", CB, "22120"),
    P("นางสาว", "กมลวรรณ", "แสงอรุณ", "122010093341", date(1994, 7, 21), "0638851129", "kamonwan.sa@gmail.com",
      "19/2", "", "", "", "วัดใหม่", "เมืองจันทบุรี", CB, "22000"),
    P("นาย", "วิโรจน์", "พงษ์ศิริ", "322030015528", date(1963, 11, 11), "0819453306", "viroj.ps@gmail.com",
      "150", "6", "", "", "ขลุง", "ขลุง", CB, "22110"),
    P("นาง", "สมปอง", "ฤทธิ์เดช", "322060061147", date(1958, 5, 29), "0894417736", "",
      "23", "1", "", "", "มะขาม", "มะขาม", CB, "22150"),
    P("นาย", "ธีรวัฒน์", "เลิศวิริยะ", "322010088461", date(1980, 10, 3), "0868844519", "teerawat.lw@gmail.com",
      "301/5", "", "", "เบญจมราชูทิศ", "วัดใหม่", "เมืองจันทบุรี", CB, "22000"),
    P("นาง", "อำไพ", "บุญญาศิริ", "323010034478", date(1955, 2, 27), "0817810592", "amphai.bs@gmail.com",
      "72", "", "", "สุขุมวิท", "บางพระ", "เมืองตราด", TR, "23000"),
    P("นาย", "สมหมาย", "ใจซื่อ", "323050019903", date(1968, 9, 16), "0897456023", "",
      "9", "2", "", "", "แหลมงอบ", "แหลมงอบ", TR, "23120"),
    P("นางสาว", "พิมพ์ลดา", "คงสวัสดิ์", "123010066215", date(1992, 12, 4), "0614470385", "pimlada.ks@hotmail.com",
      "5/8", "4", "", "", "วังกระแจะ", "เมืองตราด", TR, "23000"),
    P("นาย", "อนันต์", "ศักดิ์สิทธิ์", "323030047712", date(1971, 6, 6), "0819904728", "anan.sak@gmail.com",
      "66", "1", "", "", "คลองใหญ่", "คลองใหญ่", TR, "23110"),
    P("นาง", "จันทร์ทิพย์", "ราชวงศ์", "323070023119", date(1977, 4, 9), "0878120964", "chanthip.rw@gmail.com",
      "14/3", "1", "", "", "เกาะช้าง", "เกาะช้าง", TR, "23170"),
    P("นาย", "ปกรณ์", "ศรีวรกุล", "110050061324", date(1985, 1, 19), "0816604417", "pakorn.sw@gmail.com",
      "88/214", "", "สุขุมวิท 101/1", "", "บางจาก", "พระโขนง", BKK, "10260"),
    P("นาง", "รัชนี", "ธนกิจ", "320010044518", date(1964, 3, 22), "0814498820", "ratchanee.tk@gmail.com",
      "45/12", "5", "", "", "แสนสุข", "เมืองชลบุรี", "ชลบุรี", "20130"),
    P("นาง", "เยาวลักษณ์", "ทองดี", "321060028815", date(1960, 10, 10), "0816645230", "",
      "77", "5", "", "", "ปลวกแดง", "ปลวกแดง", RY, "21140"),
    P("นาย", "ไพโรจน์", "สายสุวรรณ", "322070041126", date(1950, 12, 1), "0848812376", "",
      "140", "9", "", "", "ทรายขาว", "สอยดาว", CB, "22180"),
    P("นางสาว", "ชุติมา", "อ่อนศรี", "121010055432", date(1996, 3, 3), "0992517740", "chutima.os@gmail.com",
      "33/12", "", "", "", "ตะพง", "เมืองระยอง", RY, "21000"),
    P("นาย", "ณัฐพงษ์", "ศรีประเสริฐ", "123020017745", date(1987, 8, 18), "0830045521", "natthaphong.sp@gmail.com",
      "52", "6", "", "", "เขาสมิง", "เขาสมิง", TR, "23130"),
    P("นาง", "มาลัย", "เพชรรัตน์", "322050019936", date(1962, 1, 30), "0815527419", "malai.pr@hotmail.com",
      "18", "4", "", "", "ทับไทร", "โป่งน้ำร้อน", CB, "22140"),
)  # fmt: skip

# Firms (their office, line, own box; the juristic number as `nid`, opening 0).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "ระยองวัสดุภัณฑ์", "จำกัด", "021555801234", NONE, "038612447", "account@rayongwatsadu.example.co.th",
      "99/5", "", "", "สุขุมวิท", "เชิงเนิน", "เมืองระยอง", RY, "21000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "จันท์พลอยเจมส์", "", "022355001478", NONE, "039311582", "info@chanploy.example.co.th",
      "12", "", "", "ศรีจันท์", "ตลาด", "เมืองจันทบุรี", CB, "22000", juristic=True),
    P("บริษัท ", "ตราดซีฟู้ด", "จำกัด", "023555000336", NONE, "039512660", "office@tratseafood.example.co.th",
      "201", "3", "", "", "แหลมกลัด", "เมืองตราด", TR, "23000", juristic=True),
)  # fmt: skip

# The natural person who signs for each firm (director / managing partner), as a person
# with his own home, mobile and box; and the word for his post.
SIGNERS: tuple[Party, ...] = (
    P("นาย", "เกรียงไกร", "วัฒนากุล", "321019900123", date(1970, 5, 5), "0819226043", "kriangkrai.w@outlook.com",
      "19/8", "", "", "ตากสินมหาราช", "ท่าประดู่", "เมืองระยอง", RY, "21000"),
    P("นางสาว", "อรุณี", "พลอยงาม", "322019900457", date(1979, 2, 14), "0897732105", "arunee.pn@gmail.com",
      "8/1", "", "", "รักศักดิ์ชมูล", "ตลาด", "เมืองจันทบุรี", CB, "22000"),
    P("นาย", "สุเมธ", "ทะเลทอง", "323019930118", date(1966, 7, 1), "0865511907", "sumet.tl@hotmail.com",
      "33", "2", "", "", "หนองเสม็ด", "เมืองตราด", TR, "23000"),
)  # fmt: skip
POSTS = ("กรรมการผู้จัดการ", "หุ้นส่วนผู้จัดการ", "กรรมการผู้มีอำนาจลงนาม")

# Accountants: name, office, office's place, line, mobile, box, registration.
ACCOUNTANTS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("นางสาวจุฑามาศ รักษ์ธรรม", "สำนักงานบัญชีจุฑามาศ การบัญชี", "29/4 ถนนจันทอุดม ตำบลท่าประดู่ อำเภอเมืองระยอง จังหวัดระยอง 21000",
     "038-614-552", "085-330-7712", "jutamas.acc@gmail.com", "ผู้ทำบัญชี เลขทะเบียน 103948"),
    ("นายวรพล ชัยมงคล", "วรพล แอคเคาน์ติ้ง แอนด์ แท็กซ์", "5/9 ถนนท่าแฉลบ ตำบลตลาด อำเภอเมืองจันทบุรี จังหวัดจันทบุรี 22000",
     "039-325-118", "081-550-9341", "vorapol.acct@gmail.com", "ผู้สอบบัญชีรับอนุญาต เลขทะเบียน 6742"),
)  # fmt: skip

# Sons and daughters who forward a parent's LINE lines: given name, mobile, box (their
# family name is the parent's).
CHILDREN: tuple[tuple[str, str, str], ...] = (
    ("พงศกร", "0896620154", "pongsakorn.r@gmail.com"),
    ("ณัฐวุฒิ", "0952281436", "nattawut.sj@hotmail.com"),
)
# Nephews given a power of attorney: given name, ID, mobile, box, home.
NEPHEWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("เอกชัย", with_check_digit("321050071184"), "0883312507", "ekkachai.nephew@gmail.com",
     "101/4 หมู่ที่ 3 ตำบลหนองละลอก อำเภอบ้านค่าย จังหวัดระยอง 21120"),
    ("ธนากร", with_check_digit("123050040261"), "0918823340", "thanakorn.lg@gmail.com",
     "27 หมู่ที่ 1 ตำบลบางปิด อำเภอแหลมงอบ จังหวัดตราด 23120"),
)  # fmt: skip
# Dead owners: given name, title, ID, birth date, date of death (family name the heir's).
DEAD: tuple[tuple[str, str, str, date, date], ...] = (
    ("นาย", "สมศักดิ์", with_check_digit("321010002217"), date(1938, 3, 12), date(2026, 8, 3)),
    ("นาง", "บุญมา", with_check_digit("322030004413"), date(1941, 7, 4), date(2026, 5, 19)),
)
# Other heirs (a sibling each side): given name, title, ID, mobile, home.
SIBLINGS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นาย", "ชาตรี", with_check_digit("321010048872"), "0817723309", "3/1 หมู่ที่ 2 ตำบลกะเฉด อำเภอเมืองระยอง จังหวัดระยอง 21100"),
    ("นาง", "สุดารัตน์", with_check_digit("110200037745"), "0867710245", "41 ซอยประชาอุทิศ 33 แขวงราษฎร์บูรณะ เขตราษฎร์บูรณะ กรุงเทพมหานคร 10140"),
    ("นางสาว", "วรรณา", with_check_digit("323010052281"), "0894406618", "15 หมู่ที่ 7 ตำบลห้วงน้ำขาว อำเภอเมืองตราด จังหวัดตราด 23000"),
)  # fmt: skip

NO_BIRTH = "full_name national_id phone email address postal_code province"
ALL = "full_name national_id birth_date phone email address postal_code province"


# --- how the values are written ------------------------------------------------------------


def land(a: Party, i: int) -> Land:
    """The local body where the taxed place lies: in the owner's province where she lives
    in one of the three, else any."""
    near = [x for x in LANDS if x.province == a.p.province] or list(LANDS)
    return near[i % len(near)]


def plot(i: int) -> dict[str, str]:
    """A plot's numbers: deed, parcel, survey page, map sheet, area in ไร่-งาน-ตารางวา."""
    return {
        "deed": str(10000 + (i * 7919) % 50000),
        "lno": str(100 + (i * 37) % 800),
        "survey": str(1000 + (i * 613) % 8000),
        "sheet": f"{5235 + i % 4} {('I', 'II', 'III', 'IV')[i % 4]} {8200 + 3 * i}-{i % 20 + 1:02d}",
        "area": f"{2 + i % 9}-{i % 4}-{(17 * i) % 100:02d}",
    }


def baht(x: float) -> str:
    return f"{x:,.2f}"


def thai_day(d: date, short: bool = False) -> str:
    return f"{d.day} {(MONTHS_SHORT if short else MONTHS)[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
            headers: tuple[tuple[str, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2027, 3, 1 + n % 27, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set105-{n}@example.net>"
    for k, v in headers:
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The owner who writes for herself: her values (no e-mail where she has none)."""
    e = exp(a, keys)
    if not a.p.email:
        e["email"] = ()
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The owner, where another writes and sends: her phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def firm(k: int, keys: str, *, with_id: bool, signer_mobile: bool) -> dict[str, tuple[str, ...]]:
    """A firm: the signer's name (his ID where given), the firm's office, line, box."""
    e = exp(FIRMS[k], keys)
    s = SIGNERS[k]
    e["full_name"] = (s.name,)
    e["national_id"] = (s.p.nid,) if with_id else ()
    if signer_mobile:
        e["phone"] += ("+66" + s.p.mobile[1:], s.p.mobile)
    return e


def director_both(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """A director asking about his firm's tax and his own: himself, the firm's office,
    line, postal code and province also accepted."""
    e = exp(SIGNERS[k], keys)
    f = exp(FIRMS[k], keys)
    for key in ("phone", "address", "postal_code", "province"):
        e[key] = tuple(dict.fromkeys(e[key] + f[key]))
    return e


WHO: dict[str, str] = {
    "plain_iphone_instalment": "the owner who writes; never the office's line or the bill's 06-number",
    "plain_line_forward_parent": "the parent whose LINE lines are forwarded; never the child (his mobile, box); v2 phone ()",
    "plain_gmail_accountant_client": "the accountant's client; never the accountant (registration, office, lines, box)",
    "plain_outlook_director_both": "the director as himself (his ID, home, mobile, box); the firm's office and line also accepted",
    "plain_webform_refuse_fee": "the filer (her typed box, birth date); never the dormitory's place or no-reply",
    "html_gmail_heir_administrator": "the heir (ผู้จัดการมรดก) who writes; never the dead father or mother (ID, birth date)",
    "html_outlook_reply_correction": "the owner's corrected name and present home; never the quoted notice's or the officer's",
    "html_iphone_signboard": "the shop's owner; her home and mobile, never the shop's place or line",
    "html_webform_objection": "the ผู้ยื่นคำร้อง's rows; never the plot's place or the agent's rows (v2)",
    "docx_objection_thai_digits": "the owner who writes (Thai digits); never the house code, deed or notice numbers",
    "docx_poa_instalment": "the ผู้มอบอำนาจ (owner); never the nephew who is given the power and sends",
    "docx_pp1_firm_table": "the signer (managing partner / director) with his ID and mobile; the firm's office, line, box; never the accountant",
    "docx_refuse_form_dotted": "ข้าพเจ้า on the dotted lines; never the vacant house whose collection is stopped",
    "pdf_fillable_objection": "the owner_* fields; never the plot_* or the agent_* (v2)",
    "pdf_fillable_instalment": "the taxpayer in the untitled fields; never the co-owner (v2)",
    "pdf_typed_correction_table": "the right-hand column (correct name, ID, present home); never the notice's old values",
    "pdf_typed_firm_letter": "the director who signs (no ID: `()`); the firm's office, line, box; never the accountant contact or sender",
    "xlsx_accountant_plots": "the client's block (her phone written); never the accountant's head block",
    "xlsx_heirs_list": "the heir marked ผู้ยื่นคำร้อง who sends; never the dead owner or the other heirs",
    "xlsx_refuse_rooms": "the landlord's block; never the rooms' place or the tenants' rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_instalment(a: Party, i: int) -> Case:
    """An owner asks from her iPhone to pay the year's land tax in three instalments: the
    ภ.ด.ส.6 notice's number and date, the sum and a third of it, the plot's deed and
    parcel in another ตำบล, the bill's number of ten digits opening 06; the desk's line and
    extension she spoke to. v2 types her ID and mobile in Thai digits."""
    p = a.p
    ld = land(a, i)
    pl = plot(i)
    total = 9684.0 + 1311.5 * i
    nid = nid_w(p.nid, i)
    mob = mobile(p.mobile, i)
    if i % 2:
        nid, mob = thai(nid), thai(mob)
    text = (
        f"เรียน ผู้อำนวยการกองคลัง {ld.body}\n\n"
        f"{me(a)}{a.name} ได้รับหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.6) เลขที่ {412 + i}/2570 "
        f"ลงวันที่ {thai_day(date(2027, 2, 10 + i % 15), short=True)} {ending(a)}\n"
        f"ภาษีปี 2570 รวม {baht(total)} บาท เป็นห้องแถว 2 คูหาที่ให้เช่า บนโฉนดเลขที่ {pl['deed']} เลขที่ดิน {pl['lno']} "
        f"ต.{ld.tambon} อ.{ld.amphoe}\n"
        f"เนื่องจากยอดเกิน 3,000 บาท {me(a)}ขอผ่อนชำระเป็น 3 งวด งวดละ {baht(total / 3)} บาท งวดแรกภายในเมษายนนี้{ending(a)}\n"
        f"เลขที่ใบแจ้งหนี้ 06{21004187 + 13 * i}\n\n"
        f"เลขบัตรประชาชน {nid}\n"
        f"ที่อยู่ {home(a, i)}\n"
        f"มือถือ {mob}\n\n"
        f"(ได้โทรสอบถามคุณ{ld.officer.split()[0][6 if ld.officer.startswith('นางสาว') else 3 :]} ที่เบอร์ {ld.line} ต่อ 215 แล้ว "
        f"แจ้งให้ส่งคำร้องทางอีเมลนี้ได้)\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2570", box(a), ld.desk, text=text,
                  headers=(("X-Mailer", "iPhone Mail (21D61)"),))  # fmt: skip
    return Case("plain_iphone_instalment", raw, own(a, NO_BIRTH))


def plain_line_forward_parent(a: Party, i: int) -> Case:
    """A son pastes his mother's (or father's) LINE lines into a mail: her durian orchard
    assessed as ที่รกร้างว่างเปล่า, her name, ID and home typed in the chat, the deed and
    the area; v1 gives the parent's mobile as hers, v2 only the son's ("ไม่มีมือถือ")."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 3)
    kin = "พ่อ" if p.title == "นาย" else "แม่"
    first, son_mob, son_box = CHILDREN[i % 2]
    son = f"นาย{first} {p.last}"
    nick = ("พงศ์", "วุฒิ")[i % 2]
    contact = (
        f"เบอร์{kin} {mobile(p.mobile, i)} (ถ้าโทรไม่ติดโทรหาผมได้ที่ {mobile(son_mob, i + 1)})"
        if i % 2 == 0
        else f"{kin}ไม่มีมือถือ ติดต่อผมแทนได้ที่ {mobile(son_mob, i)} ครับ"
    )
    text = (
        f"เรียน งานพัฒนาและจัดเก็บรายได้ {ld.body}\n\n"
        f"ผม{son} ขอส่งเรื่องแทน{kin}ครับ {kin}อายุมากแล้วใช้อีเมลไม่เป็น {kin}ขอคัดค้านการประเมินภาษีที่ดินปี 2570 "
        f"ของสวนทุเรียน รายละเอียดตามแชทไลน์ที่{kin}พิมพ์มาด้านล่างครับ\n{contact}\n\n"
        f"[LINE] ประวัติการแชทกับ {kin}\nบันทึกเมื่อ: {3 + i % 20:02d}/03/2570 20:14\n\n"
        f"อ., {2 + i % 20:02d}/03/2570\n"
        f"19:02\t{kin}\t{nick} ช่วย{kin}ส่งเรื่องไปเทศบาลหน่อยลูก\n"
        f"19:03\t{kin}\t[รูปภาพ]\n"
        f"19:03\t{kin}\tใบแจ้งภาษีสวนทุเรียน เขาประเมินว่าเป็นที่รกร้างว่างเปล่า ต้องเสีย {baht(6420 + 215.5 * i)} บาท\n"
        f"19:05\t{nick}\tส่งชื่อ เลขบัตร กับที่อยู่มาให้ผมด้วยครับ\n"
        f"19:11\t{kin}\t{a.name}\n"
        f"19:11\t{kin}\t{nid_w(p.nid, i + 1)}\n"
        f"19:12\t{kin}\tบ้านเลขที่ {home(a, i + 1)}\n"
        f"19:13\t{kin}\tโฉนด {pl['deed']} เนื้อที่ {pl['area']} ไร่ ปลูกทุเรียนมา 15 ปีแล้ว ต้นทุเรียน 160 ต้น มีใบ กษ.01 ด้วย\n"
        f"19:14\t{nick}\tได้ครับ เดี๋ยวผมส่งอีเมลให้\n"
        f"19:14\t{kin}\t[สติกเกอร์]\n\n"
        f"ขอบคุณครับ\n{son}\n"
    )
    raw = message(
        i,
        f"ส่งเรื่องแทน{kin} คัดค้านภาษีที่ดิน (สวนทุเรียน)",
        f"{first} {p.last} <{son_box}>",
        ld.desk,
        text=text,
    )
    e = exp(a, NO_BIRTH)
    e["email"] = ()
    if i % 2:
        e["phone"] = ()
    return Case("plain_line_forward_parent", raw, e)


def plain_gmail_accountant_client(a: Party, i: int) -> Case:
    """An accountant's Gmail asks for a client that a demolished building be taken off
    the assessment: the client's name, ID and home; the notice's number, the demolition
    permit's number, the plot's numbers; the accountant's signature (registration,
    office, line, mobile)."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 5)
    acc, office, place, line, mob, abox, reg = ACCOUNTANTS[0 if p.province == RY else 1]
    text = (
        f"เรียน หัวหน้างานพัฒนาและจัดเก็บรายได้ กองคลัง {ld.body}\n\n"
        "เรื่อง ขอให้ตรวจสอบการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ปี 2570 ของลูกค้า\n\n"
        f"สำนักงานฯ ได้รับมอบหมายจากลูกค้า คือ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"ที่อยู่ {home(a, i + 1)} ให้ตรวจสอบแบบแจ้งการประเมินภาษี (ภ.ด.ส.6) เลขที่ {1345 + i}/2570\n\n"
        f"ที่ดินโฉนดเลขที่ {pl['deed']} เลขที่ดิน {pl['lno']} หน้าสำรวจ {pl['survey']} ต.{ld.tambon} "
        "เดิมมีอาคารพาณิชย์ 2 ชั้น 1 หลัง ซึ่งลูกค้าได้รื้อถอนแล้วเมื่อเดือนมิถุนายน 2569 "
        f"ตามใบอนุญาตรื้อถอนอาคารเลขที่ {18 + i}/2569 แต่แบบแจ้งการประเมินยังคิดสิ่งปลูกสร้างพื้นที่ 264 ตร.ม. "
        f"ราคาประเมิน {baht(1845600 + 1000 * i)} บาท ทำให้ภาษีเป็น {baht(5536.8 + 7 * i)} บาท "
        "จึงขอให้ตัดสิ่งปลูกสร้างออกและประเมินเฉพาะที่ดิน\n\n"
        "แนบ: หนังสือมอบอำนาจ, สำเนาบัตรประชาชนลูกค้า, ใบอนุญาตรื้อถอน, ภาพถ่ายที่ดินปัจจุบัน\n\n"
        "ขอแสดงความนับถือ\n\n"
        f"-- \n{acc}\n{reg}\n{office}\n{place}\nโทร {line} มือถือ {mob}\n"
    )
    raw = message(i, "ขอตรวจสอบการประเมินภาษีที่ดิน (สำนักงานบัญชี ยื่นแทนลูกค้า)", f"{acc[3 if acc.startswith('นาย') else 6:]} <{abox}>",
                  ld.desk, text=text)  # fmt: skip
    return Case("plain_gmail_accountant_client", raw, for_other(a, NO_BIRTH))


def plain_outlook_director_both(k: int, i: int) -> Case:
    """A director writes from Outlook for Android about two things: his firm's signboard
    tax (ภ.ป.3 still counting a sign taken down; the firm's juristic number, office and
    line) and his own house billed as another house (his ID, home, mobile)."""
    f = FIRMS[k]
    s = SIGNERS[k]
    sp = s.p
    ld = land(f, 0)
    text = (
        f"เรียน กองคลัง {ld.body}\n\n"
        f"{me(s)} {s.name} {POSTS[k]} {f.name} ขอแจ้งแก้ไข 2 เรื่อง{ending(s)}\n\n"
        f"1) ภาษีป้ายของบริษัทฯ (เลขประจำตัวผู้เสียภาษี {f.p.nid}) ตามแบบแจ้งการประเมิน ภ.ป.3 เลขที่ {57 + i}/2570 "
        "ยังคิดป้ายหน้าโกดังขนาด 150 x 400 ซม. ซึ่งรื้อออกแล้วตั้งแต่ 15 มี.ค. 2569 "
        f"ขอให้ตัดออก ยอดที่ถูกควรเหลือ {baht(4860 + 120 * i)} บาท "
        f"(สำนักงานบริษัทฯ {home(f, i)} โทร {tel(f, i)})\n\n"
        f"2) ภาษีที่ดินฯ บ้านของ{me(s)}เอง เลขบัตร {nid_w(sp.nid, i + 1)} บ้านเลขที่ {home(s, i)} "
        f'เป็นบ้านหลังหลักที่{me(s)}มีชื่ออยู่ในทะเบียนบ้าน แต่แบบแจ้งประเมินเป็น "บ้านหลังอื่น" ภาษี {baht(2310 + 45 * i)} บาท '
        "ขอให้แก้เป็นบ้านหลังหลักด้วย\n\n"
        f"ติดต่อ{me(s)} {mobile(sp.mobile, i)}\n\nขอบคุณ{ending(s)}\n{sp.first}\n\nรับ Outlook สำหรับ Android\n"
    )
    raw = message(i, "แก้ไขภาษีป้ายบริษัท และภาษีบ้านของผมเอง", box(s), ld.desk, text=text)
    return Case("plain_outlook_director_both", raw, director_both(k, NO_BIRTH))


def plain_webform_refuse_fee(a: Party, i: int) -> Case:
    """The town's e-Service notifies its desk from no-reply of a dormitory owner's request
    to bill the refuse fee by rooms in use: her own rows (name, ID, birth date, home,
    mobile, typed box), then the dormitory's (its name, place, the service code, rooms)."""
    p = a.p
    ld = land(a, i + 1)
    dorm = ("45/1 หมู่ที่ 3 ตำบลห้วยโป่ง อำเภอเมืองระยอง จังหวัดระยอง 21150",
            "120/5 ถนนสุขุมวิท ตำบลบางพระ อำเภอเมืองตราด จังหวัดตราด 23000")[i % 2]  # fmt: skip
    text = (
        f"มีผู้ยื่นคำร้องผ่านระบบ e-Service {ld.body}\n\n"
        f"เลขที่คำร้อง: RF-2570-{418 + i:05d}\nวันที่ยื่น: {4 + i % 20:02d}/03/2570 09:41\n"
        "ประเภทคำร้อง: ขอปรับอัตราค่าธรรมเนียมเก็บและขนมูลฝอย\n\n"
        "== ข้อมูลผู้ยื่นคำร้อง ==\n"
        f"ชื่อ-นามสกุล: {a.name}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"วัน/เดือน/ปีเกิด: {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        f"ที่อยู่ตามทะเบียนบ้าน: {home(a, i)}\n"
        f"เบอร์โทรศัพท์มือถือ: {p.mobile}\n"
        f"อีเมล: {p.email}\n\n"
        "== ข้อมูลสถานที่เก็บขน ==\n"
        f"ชื่อสถานประกอบการ: หอพัก{p.first}แมนชั่น\n"
        f"ที่ตั้ง: {dorm}\n"
        f"รหัสผู้ใช้บริการ: 0215-{8734 + i}\n"
        "จำนวนห้องทั้งหมด: 24 ห้อง / มีผู้เช่าจริง: 11 ห้อง\n"
        "อัตราเดิม: 1,200 บาท/เดือน\n"
        "รายละเอียด: ตั้งแต่โรงงานใกล้เคียงปิด ผู้เช่าย้ายออกเกินครึ่ง ขอให้คิดค่าขยะตามจำนวนห้องที่มีผู้เช่าจริง\n"
        "เอกสารแนบ: สำเนาบัตร.jpg, ทะเบียนผู้เช่า.pdf\n\n"
        "------------------------------------------\n"
        "อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
        f"สอบถามเพิ่มเติม กองสาธารณสุขและสิ่งแวดล้อม โทร {ld.line} ต่อ 301\n"
    )
    host = ld.desk.split("@")[1]
    raw = message(i, f"[e-Service] คำร้องใหม่ RF-2570-{418 + i:05d} ขอปรับอัตราค่าธรรมเนียมขยะ",
                  f"e-Service {ld.body} <no-reply@{host}>", ld.desk, text=text)  # fmt: skip
    return Case("plain_webform_refuse_fee", raw, exp(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def gmail_divs(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


def html_gmail_heir_administrator(a: Party, i: int) -> Case:
    """An heir appointed ผู้จัดการมรดก writes from Gmail: the dead parent's name, ID,
    birth and death dates, the court's order (คดีหมายเลขแดง), two plots as a list, the
    surcharge; she asks the notices be sent in her name and the surcharge waived; her own
    ID and home in the body, her mobile in the Gmail signature."""
    p = a.p
    ld = land(a, i)
    title, first, dead_id, born, died = DEAD[i % 2]
    dead = f"{title}{first} {p.last}"
    rel = "บิดา" if title == "นาย" else "มารดา"
    p1, p2 = plot(i + 7), plot(i + 8)
    lines = [f"เรียน {ld.head}", "",
             f"{me(a)} {a.name} ในฐานะผู้จัดการมรดกของ{dead} ({rel}) ตามคำสั่งศาลจังหวัด{ld.province} "
             f"คดีหมายเลขแดงที่ พ.{1204 + i}/2569 ลงวันที่ {thai_day(date(2026, 11, 2 + i % 20))}",
             f"{rel}ถึงแก่กรรมเมื่อวันที่ {thai_day(died)} ({rel}เลขประจำตัวประชาชน {nid_w(dead_id, i)} เกิดวันที่ {thai_day(born, short=True)}) "
             f"มีที่ดินในเขต{ld.body} 2 แปลง ได้แก่"]  # fmt: skip
    items = [f"โฉนดเลขที่ {p1['deed']} เลขที่ดิน {p1['lno']} หน้าสำรวจ {p1['survey']} ต.{ld.tambon} เนื้อที่ {p1['area']} ไร่ (สวนผลไม้)",
             f"โฉนดเลขที่ {p2['deed']} เลขที่ดิน {p2['lno']} พร้อมบ้านไม้ 1 หลัง ต.{ld.tambon} (บ้านที่{rel}เคยอยู่ ปัจจุบันว่าง)"]  # fmt: skip
    after = [f"ภาษีปี 2570 ยังออกในชื่อ{rel} และมีเงินเพิ่มของปี 2569 รวม {baht(1214.4 + 3 * i)} บาท เพราะไม่มีผู้รับหนังสือแจ้ง",
             f"จึงขอ 1) ให้ส่งหนังสือแจ้งการประเมินในนามของ{me(a)}ในฐานะผู้จัดการมรดก จนกว่าจะโอนให้ทายาท "
             "2) ขอยกเว้นเงินเพิ่มเนื่องจากเจ้าของถึงแก่กรรมก่อนได้รับหนังสือ",
             f"ข้อมูลของ{me(a)}: เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ที่อยู่ {home(a, i)}",
             "แนบ: สำเนาคำสั่งศาล, ใบมรณบัตร, สำเนาโฉนด 2 แปลง", "", f"ขอแสดงความนับถือ{ending(a)}"]  # fmt: skip
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{x or '<br>'}</div>" for x in lines)
        + "<ul>"
        + "".join(f"<li>{x}</li>" for x in items)
        + "</ul>"
        + "".join(f"<div>{x or '<br>'}</div>" for x in after)
        + '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        + f'<div dir="ltr" class="gmail_signature"><div dir="ltr">{a.name}<div>ผู้จัดการมรดก{dead}</div>'
        + f"<div>โทร {mobile(p.mobile, i)}</div></div></div></div>\n"
    )
    raw = message(
        i, f"ขอเปลี่ยนชื่อผู้รับแบบแจ้งภาษีที่ดิน ({rel}ถึงแก่กรรม) และขอยกเว้นเงินเพิ่ม", box(a), ld.desk, html=html
    )
    e = own(a, ALL)
    e["birth_date"] = ()
    return Case("html_gmail_heir_administrator", raw, e)


# The notices' misspellings of the owners' names (given name, family name as misspelt).
MISSPELT: dict[str, tuple[str, str]] = {
    "ศิริพร": ("ศิรพร", "จันทรเพ็ญ"),
    "อำไพ": ("อำพัย", "บุญญศิริ"),
    "ธีรวัฒน์": ("ธีระวัฒน์", "เลิศวิริยา"),
    "รัชนี": ("รัชณี", "ธนกิจจ์"),
}
# Where the owners lived before (the notice's and the city's record's address).
OLD_HOMES: tuple[str, ...] = (
    "12 หมู่ที่ 5 ตำบลพลับพลา อำเภอเมืองจันทบุรี จังหวัดจันทบุรี 22000",
    "6/2 หมู่ที่ 4 ตำบลท่ากุ่ม อำเภอเมืองตราด จังหวัดตราด 23000",
    "88 หมู่ที่ 3 ตำบลพลิ้ว อำเภอแหลมสิงห์ จังหวัดจันทบุรี 22190",
    "215/7 ถนนสุขุมวิท ตำบลเนินพระ อำเภอเมืองระยอง จังหวัดระยอง 21000",
)


def wrong_name(a: Party) -> str:
    first, last = MISSPELT[a.p.first]
    return f"{a.p.title}{first} {last}"


def html_outlook_reply_correction(a: Party, i: int) -> Case:
    """An owner's Outlook reply above the officer's quoted mail, which holds the notice's
    values in a table (her name misspelt, her old address, the plot, the use, the tax):
    she writes the right name, her present home, her ID, the right use; her signature
    gives her mobile; the officer's signature his desk line and extension."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 11)
    old = OLD_HOMES[i % 2]
    paras = [f"เรียน คุณ{ld.officer[6 if ld.officer.startswith('นางสาว') else 3:]}", "",
             f"ขอบคุณสำหรับข้อมูล{ending(a)} {me(a)}ตรวจแบบแจ้งการประเมินตามตารางด้านล่างแล้ว ขอแก้ไขดังนี้{ending(a)}",
             f"1. ชื่อในแบบสะกดผิด ชื่อที่ถูกต้องคือ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
             f"2. ที่อยู่ในแบบเป็นที่อยู่เก่า {me(a)}ย้ายมาหลายปีแล้ว ขอให้ส่งหนังสือมาที่อยู่ปัจจุบัน {home(a, i + 1)}",
             f"3. ที่ดินโฉนดเลขที่ {pl['deed']} ปลูกเงาะและมังคุด (มีทะเบียนเกษตรกร) ไม่ใช่ที่รกร้างว่างเปล่า ขอให้ประเมินใหม่เป็นเกษตรกรรม",
             "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = f'<p class="MsoNormal">{a.name}<br>โทร {mobile(p.mobile, i + 1)}</p>'
    quoted_rows = [("ชื่อผู้เสียภาษี", wrong_name(a)), ("ที่อยู่ผู้เสียภาษี", old),
                   ("ที่ดิน", f"โฉนดเลขที่ {pl['deed']} เลขที่ดิน {pl['lno']} ต.{ld.tambon} เนื้อที่ {pl['area']} ไร่"),
                   ("การใช้ประโยชน์", "ที่รกร้างว่างเปล่า"), ("ภาษีที่ต้องชำระ", f"{baht(3877.25 + 11 * i)} บาท")]  # fmt: skip
    table = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in quoted_rows)
    quote = (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"<b>จาก:</b> {ld.officer} &lt;{ld.desk}&gt;<br><b>ส่ง:</b> {2 + i % 20} มีนาคม 2570 10:14<br>"
        f"<b>ถึง:</b> {p.email}<br><b>เรื่อง:</b> RE: สอบถามภาษีที่ดินปี 2570</font><div>&nbsp;</div></div>"
        f'<div><p class="MsoNormal">เรียน คุณ{p.first}</p><p class="MsoNormal">ตามที่สอบถาม {ld.body} ได้ส่งแบบแจ้งการประเมินภาษี '
        f"(ภ.ด.ส.6) ไปตามที่อยู่ในทะเบียนผู้เสียภาษี รายละเอียดดังนี้</p>"
        f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{table}</table>"
        '<p class="MsoNormal">หากข้อมูลไม่ถูกต้อง โปรดแจ้งแก้ไขภายใน 30 วัน</p>'
        f'<p class="MsoNormal">{ld.officer}<br>นักวิชาการจัดเก็บรายได้ชำนาญการ<br>กองคลัง {ld.body}<br>โทร {ld.line} ต่อ 12</p></div>'
    )
    html = outlook_html(paras, sig).replace("</div></body>", quote + "</div></body>")
    raw = message(i, "RE: สอบถามภาษีที่ดินปี 2570", box(a), ld.desk, html=html,
                  headers=(("In-Reply-To", f"<tax-{i}@{ld.desk.split('@')[1]}>"), ("Thread-Topic", "สอบถามภาษีที่ดินปี 2570")))  # fmt: skip
    return Case("html_outlook_reply_correction", raw, own(a, NO_BIRTH))


def html_iphone_signboard(a: Party, i: int) -> Case:
    """A shop owner's iPhone mail (a div per line) questions the sign tax: two signs with
    their sizes as built and as the notice has them, the amounts, the shop's place and
    line; her home from the house register, her ID and mobile."""
    p = a.p
    ld = land(a, i + 1)
    shop, shop_place, shop_line = (
        ("ร้านจันทร์ทิพย์ซีฟู้ด", "หาดไก่แบ้ หมู่ที่ 4 ตำบลเกาะช้างใต้ อำเภอเกาะช้าง", "039-557-214"),
        ("ร้านกาแฟบ้านริมน้ำ", "62 ถนนสุขาภิบาล ตำบลวัดใหม่ อำเภอเมืองจันทบุรี", "039-346-880"),
    )[i % 2]
    lines = [f"สวัสดี{ending(a)} งานภาษีป้าย {ld.body}",
             f"{me(a)}เป็นเจ้าของ{shop} ได้รับแบบแจ้งการประเมินภาษีป้าย (ภ.ป.3) ปี 2570 จำนวน {baht(1840 + 60 * i)} บาท ขอให้ตรวจสอบขนาดป้าย{ending(a)}",
             "ป้ายที่ 1 ป้ายไวนิลหน้าร้าน ภาษาไทยปนอังกฤษ ขนาดจริง 120 x 240 ซม. (ในแบบเขียน 150 x 300 ซม.)",
             "ป้ายที่ 2 ป้ายกล่องไฟ \"COFFEE &amp; SEAFOOD\" ภาษาอังกฤษล้วน 60 x 90 ซม.",
             f"ร้านตั้งอยู่ที่ {shop_place} โทรร้าน {shop_line}",
             f"ส่วนที่อยู่ตามทะเบียนบ้านของ{me(a)} {home(a, i)}",
             f"เลขบัตร {nid_w(p.nid, i + 2)}",
             f"มือถือ {mobile(p.mobile, i + 3)} (ไลน์ไอดีเบอร์เดียวกัน)",
             "", f"ขอบคุณ{ending(a)}", p.first]  # fmt: skip
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto">'
        + "".join(f'<div dir="ltr">{x or "<br>"}</div>' for x in lines)
        + '<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">ส่งจาก iPhone ของฉัน</div></div>'
        "</body></html>\n"
    )
    raw = message(i, "สอบถามภาษีป้ายร้าน ปี 2570", box(a), ld.desk, html=html,
                  headers=(("X-Mailer", "iPhone Mail (21E236)"),))  # fmt: skip
    e = own(a, NO_BIRTH)
    # Mended after first sight: the mail never writes her title (she signs with her given
    # name; the From's display name is "<given> <family>"), so the name as the From gives
    # it is accepted beside the titled one (missing both before and after: 2).
    e["full_name"] = (a.name, f"{p.first} {p.last}")
    return Case("html_iphone_signboard", raw, e)


def html_webform_objection(a: Party, i: int) -> Case:
    """The town's e-Service notification of a land-tax objection as an HTML table from
    no-reply: the ผู้ยื่นคำร้อง's rows (birth date, home, mobile, box), ticks for her
    capacity, an agent's rows (empty in v1, filled in v2), the property's rows (deed,
    parcel, survey page, its place, the notice's number, the tax)."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 13)
    agent = (("นายวีระ " + p.last, nid_w(with_check_digit("321030066147"), i), "086-552-1473") if i % 2
             else ("-", "-", "-"))  # fmt: skip
    rows = [("ข้อมูลผู้ยื่นคำร้อง", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("ที่อยู่ที่ติดต่อได้", home(a, i)),
            ("โทรศัพท์มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("ยื่นในฐานะ", "☑ เจ้าของทรัพย์สิน ☐ ผู้รับมอบอำนาจ"),
            ("ผู้ได้รับมอบหมายให้มาชี้แจงแทน (ถ้ามี)", ""), ("ชื่อ-สกุล", agent[0]),
            ("เลขประจำตัวประชาชน", agent[1]), ("โทรศัพท์", agent[2]),
            ("ข้อมูลทรัพย์สิน", ""), ("ประเภท", "ที่ดินพร้อมสิ่งปลูกสร้าง (บ้านเดี่ยว)"),
            ("โฉนดเลขที่ / เลขที่ดิน / หน้าสำรวจ", f"{pl['deed']} / {pl['lno']} / {pl['survey']}"),
            ("ระวาง", pl["sheet"]), ("ที่ตั้งทรัพย์สิน", f"ตำบล{ld.tambon} อำเภอ{ld.amphoe} จังหวัด{ld.province}"),
            ("เลขที่แบบแจ้งการประเมิน", f"ภ.ด.ส.6 เลขที่ {2210 + i}/2570"), ("ภาษีที่ประเมิน (บาท)", baht(3650 + 25.25 * i)),
            ("เหตุผลที่คัดค้าน", "บ้านหลังนี้เป็นบ้านหลังหลักที่มีชื่ออยู่ในทะเบียนบ้าน แต่ถูกประเมินเป็นบ้านหลังอื่น"),
            ("ไฟล์แนบ", "โฉนด.pdf (2.1 MB), ทะเบียนบ้าน.jpg (640 KB)")]  # fmt: skip
    body = "".join(
        f"<tr><td colspan='2' style='background:#dbe5f1'><b>{x}</b></td></tr>" if not y
        else f"<tr><td style='width:35%'>{x}</td><td>{y}</td></tr>"
        for x, y in rows
    )  # fmt: skip
    html = (
        f'<html><body style="font-family:Tahoma,sans-serif;font-size:13px"><h3>แจ้งเตือน: มีคำร้องใหม่จากระบบ e-Service</h3>'
        f"<p>เลขที่รับเรื่อง: TAX-70-{318 + i:04d}<br>ประเภท: คำร้องคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (มาตรา 73)<br>"
        f"วันที่ยื่น: {5 + i % 20} มี.ค. 2570 14:22 น.</p>"
        f"<table border='1' cellpadding='5' cellspacing='0' style='border-collapse:collapse'>{body}</table>"
        f"<p style='color:#888'>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ | {ld.body} โทร {ld.line}</p></body></html>\n"
    )
    host = ld.desk.split("@")[1]
    raw = message(
        i,
        f"[e-Service] คำร้องคัดค้านการประเมินภาษี TAX-70-{318 + i:04d}",
        f"no-reply@{host}",
        ld.desk,
        html=html,
    )
    return Case("html_webform_objection", raw, exp(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_objection_thai_digits(a: Party, i: int) -> Case:
    """An owner's typed objection letter in Thai digits throughout: her block top right,
    the date, เรื่อง/เรียน/อ้างถึง/สิ่งที่ส่งมาด้วย, the plot (deed, parcel, survey page,
    area), the notice, the tax, her farm's house code of eleven digits, her ID and mobile;
    signed by her."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 17)
    addr = home(a, 0)  # written out, with the province word
    cut = addr.rfind(" จังหวัด")

    def build(d: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        for text in (addr[:cut], addr[cut + 1 :], thai_day(date(2027, 3, 6 + i % 20))):
            d.add_paragraph(thai(text)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph(thai("เรื่อง\tคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570"))
        d.add_paragraph(f"เรียน\t{ld.head}")
        d.add_paragraph(
            thai(
                f"อ้างถึง\tหนังสือแจ้งการประเมินภาษี ที่ {CODES[ld.province]} 5230{i % 10}/{1432 + i} ลงวันที่ 18 กุมภาพันธ์ 2570"
            )
        )
        d.add_paragraph(
            thai(
                "สิ่งที่ส่งมาด้วย\t1. สำเนาโฉนดที่ดิน จำนวน 1 ฉบับ\n\t\t2. สำเนาสมุดทะเบียนเกษตรกร จำนวน 1 ฉบับ\n\t\t3. ภาพถ่ายสวนยางพารา จำนวน 6 ภาพ"
            )
        )
        d.add_paragraph(
            thai(
                f"\tตามที่{ld.body}ได้แจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570 แก่ข้าพเจ้า {a.name} "
                f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} สำหรับที่ดินโฉนดเลขที่ {pl['deed']} เลขที่ดิน {pl['lno']} หน้าสำรวจ {pl['survey']} "
                f"ตำบล{ld.tambon} อำเภอ{ld.amphoe} เนื้อที่ {pl['area']} ไร่ โดยประเมินเป็นที่ดินรกร้างว่างเปล่า อัตราร้อยละ 0.3 "
                f"เป็นเงินภาษี {baht(12630.5 + 40 * i)} บาท นั้น"
            )
        )
        d.add_paragraph(
            thai(
                "\tข้าพเจ้าขอเรียนว่า ที่ดินแปลงดังกล่าวได้ปลูกยางพาราเต็มพื้นที่ตั้งแต่ปี 2558 จำนวน 480 ต้น และกรีดยางอยู่ทุกวัน "
                f"โดยขึ้นทะเบียนเกษตรกรไว้ที่สำนักงานเกษตรอำเภอ (รหัสประจำบ้าน {HOUSE_CODES[p.province]}-04123{i % 10}-5) "
                "จึงเป็นการใช้ประโยชน์ในการประกอบเกษตรกรรม ขอคัดค้านการประเมินตามมาตรา 73 และขอให้ประเมินใหม่ในอัตราเกษตรกรรม"
            )
        )
        d.add_paragraph(thai(f"\tหากต้องการข้อมูลเพิ่มเติม ติดต่อข้าพเจ้าได้ที่หมายเลข {mobile(p.mobile, i)}"))
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        for text in (
            "ขอแสดงความนับถือ",
            "",
            "(ลงชื่อ)..........................................",
            f"({a.name})",
            "เจ้าของที่ดิน",
        ):
            d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER

    raw = message(i, "หนังสือคัดค้านการประเมินภาษีที่ดิน ปี 2570", box(a), ld.desk,
                  text=f"เรียน กองคลัง\nส่งหนังสือคัดค้านการประเมินภาษีตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("หนังสือคัดค้านภาษี.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_objection_thai_digits", raw, own(a, NO_BIRTH))


def docx_poa_instalment(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the owner (age, ID, home) gives her nephew (age, ID,
    home, mobile) the power to file the instalment request and pay the first instalment;
    two witnesses; the nephew sends it from his box with a line of his own."""
    p = a.p
    ld = land(a, i)
    first, n_id, n_mob, n_box, n_home = NEPHEWS[i % 2]
    nephew = f"นาย{first} {('สุขเจริญ', 'ใจซื่อ')[i % 2]}"
    age = 2570 - (p.born.year + 543)
    pl = plot(i + 19)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {3 + i % 20} เดือน มีนาคม พ.ศ. 2570")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ขอมอบอำนาจให้ {nephew} อายุ {31 + i % 5} ปี เลขประจำตัวประชาชน {nid_w(n_id, i + 1)} "
            f"อยู่บ้านเลขที่ {n_home} โทรศัพท์ {mobile(n_mob, i)}"
        )
        d.add_paragraph(
            "เป็นผู้มีอำนาจยื่นคำร้องขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570 "
            f"สำหรับที่ดินโฉนดเลขที่ {pl['deed']} ตามแบบแจ้งการประเมินเลขที่ {731 + i}/2570 จำนวนภาษี {baht(7245 + 18 * i)} บาท "
            f"ชำระภาษีงวดที่ 1 และรับใบเสร็จรับเงินแทนข้าพเจ้า ณ {ld.body} จนเสร็จการ"
        )
        d.add_paragraph(
            "การใดที่ผู้รับมอบอำนาจได้กระทำไปตามหนังสือนี้ ให้ถือเสมือนหนึ่งว่าข้าพเจ้าได้กระทำด้วยตนเองทุกประการ"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({nephew})\n\n"
            "ลงชื่อ....................พยาน\n(นางสาวสุภาวดี แก้วกาญจนา)\nลงชื่อ....................พยาน\n(นายประยูร ชัยชนะ)"
        )

    kin = "ลุง" if p.title == "นาย" else "ป้า"
    raw = message(i, f"หนังสือมอบอำนาจ ขอผ่อนชำระภาษีที่ดินแทน{kin}", f"{first} <{n_box}>", ld.desk,
                  text=f"เรียน งานจัดเก็บรายได้\nผมส่งหนังสือมอบอำนาจของ{kin}มาก่อนครับ จะนำต้นฉบับไปยื่นพร้อมคำร้องขอผ่อนชำระวันจันทร์\n",
                  files=(("หนังสือมอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_instalment", raw, for_other(a, NO_BIRTH))


def docx_pp1_firm_table(k: int, i: int) -> Case:
    """The town's ภ.ป.1 typed into Word as tables for a firm: the owner of the signs (the
    firm, its juristic number, office, line, box), the signer's rows (name, post, ID,
    mobile), the signs' table (kind, text, width x length, area, where, tax), the
    accountant as the contact; sent by the accountant from his box."""
    f = FIRMS[k]
    fp = f.p
    s = SIGNERS[k]
    ld = land(f, i)
    acc, office, _, _, a_mob, a_box, _ = ACCOUNTANTS[1 if fp.province == CB else 0]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบแสดงรายการภาษีป้าย (ภ.ป.1)\nประจำปี 2570\n{ld.body}")
        head = d.add_table(rows=0, cols=2)
        head.style = "Table Grid"
        for x, y in [("ชื่อเจ้าของป้าย", f.name), ("เลขทะเบียนนิติบุคคล", nid_w(fp.nid, i)),
                     ("สำนักงานตั้งอยู่เลขที่", home(f, i)), ("โทรศัพท์", tel(f, i)), ("อีเมล", fp.email),
                     ("ผู้ยื่นแบบ", f"{s.name} ({POSTS[k]})"), ("เลขประจำตัวประชาชนผู้ยื่นแบบ", nid_w(s.p.nid, i + 1)),
                     ("โทรศัพท์มือถือผู้ยื่นแบบ", mobile(s.p.mobile, i))]:  # fmt: skip
            row = head.add_row().cells
            row[0].text, row[1].text = x, y
        d.add_paragraph("รายการป้าย")
        signs = d.add_table(rows=1, cols=7)
        signs.style = "Table Grid"
        for c, t in zip(
            signs.rows[0].cells,
            (
                "ลำดับ",
                "ประเภทป้าย",
                "ข้อความ",
                "กว้าง x ยาว (ซม.)",
                "พื้นที่ (ตร.ซม.)",
                "สถานที่ติดตั้ง",
                "ภาษี (บาท)",
            ),
            strict=True,
        ):
            c.text = t
        for n, (kind, words, w, h, where, tax) in enumerate([
            ("ไทยล้วน", fp.first, 120, 600, f"หน้าอาคาร ต.{ld.tambon}", 720),
            ("ไทยปนอังกฤษ", f"{fp.first} ({('RAYONG', 'CHANPLOY', 'TRAT')[k]})", 90, 240, "ริมถนน หน้าโกดัง", 1144),
            ("อังกฤษล้วน", "OPEN DAILY 08.00-18.00", 45, 150, "ประตูทางเข้า", 728),
        ]):  # fmt: skip
            row = signs.add_row().cells
            for c, t in zip(
                row,
                (str(n + 1), kind, words, f"{w} x {h}", f"{w * h:,}", where, baht(tax)),
                strict=True,
            ):
                c.text = t
        d.add_paragraph(f"รวมภาษีป้ายทั้งสิ้น {baht(2592)} บาท (สองพันห้าร้อยเก้าสิบสองบาทถ้วน)")
        d.add_paragraph(f"ผู้ประสานงาน: {acc} ({office}) โทร {a_mob}")
        d.add_paragraph(
            f"ข้าพเจ้าขอรับรองว่ารายการที่แจ้งไว้ในแบบนี้ถูกต้องและครบถ้วนทุกประการ\n\nลงชื่อ....................ผู้ยื่นแบบ\n({s.name})\n{POSTS[k]}\nวันที่ {10 + i % 15} มีนาคม 2570"
        )

    raw = message(i, f"ยื่นแบบ ภ.ป.1 ปี 2570 ({f.name})", f"{acc[3 if acc.startswith('นาย') else 6:]} <{a_box}>", ld.desk,
                  text=f"เรียน งานภาษีป้าย\nสำนักงานบัญชีขอส่งแบบ ภ.ป.1 ของลูกค้า ({f.name}) ตามไฟล์แนบ ต้นฉบับที่ลงนามแล้วจะนำส่งภายในสัปดาห์นี้\n{acc}\n",
                  files=(("ภป1_2570.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_pp1_firm_table", raw, firm(k, NO_BIRTH, with_id=True, signer_mobile=True))


def docx_refuse_form_dotted(a: Party, i: int) -> Case:
    """The town's คำร้องเกี่ยวกับการเก็บขนมูลฝอย filled over dotted lines: ข้าพเจ้า's name,
    age, ID, home in parts, phone, e-mail; ticks; the house whose collection she asks to
    stop (vacant since the tenant left; another address) and its service code."""
    p = a.p
    ld = land(a, i)
    vacant = (
        "17/2 หมู่ที่ 1 ตำบลท่าพริก อำเภอเมืองตราด จังหวัดตราด",
        "5 หมู่ที่ 2 ตำบลพวา อำเภอแก่งหางแมว จังหวัดจันทบุรี",
    )[i % 2]
    age = 2570 - (p.born.year + 543)
    dots = "......"

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องเกี่ยวกับการเก็บขนมูลฝอย\n{ld.body}")
        d.add_paragraph(
            f"เขียนที่{dots}บ้าน{dots}\nวันที่{dots}{7 + i % 20}{dots}เดือน{dots}มีนาคม{dots}พ.ศ.{dots}2570{dots}"
        )
        d.add_paragraph(f"เรียน{dots}{ld.head}{dots}")
        d.add_paragraph(
            f"ข้าพเจ้า (นาย/นาง/นางสาว){dots}{a.name}{dots}อายุ{dots}{age}{dots}ปี สัญชาติ{dots}ไทย{dots}"
            f"เลขประจำตัวประชาชน{dots}{nid_w(p.nid, i)}{dots}"
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่{dots}{p.house}{dots}หมู่ที่{dots}{p.moo or '-'}{dots}ตรอก/ซอย{dots}{p.soi or '-'}{dots}"
            f"ถนน{dots}{p.road or '-'}{dots}ตำบล/แขวง{dots}{p.tambon}{dots}อำเภอ/เขต{dots}{p.amphoe}{dots}"
            f"จังหวัด{dots}{p.province}{dots}รหัสไปรษณีย์{dots}{p.postal}{dots}"
        )
        d.add_paragraph(f"โทรศัพท์{dots}{mobile(p.mobile, i)}{dots}อีเมล{dots}{p.email}{dots}")
        d.add_paragraph(
            "มีความประสงค์\t☐ ขอรับบริการเก็บขนมูลฝอยรายใหม่\n\t\t☑ ขอยกเลิกการเก็บขนมูลฝอย\n\t\t☐ ขอเปลี่ยนแปลงอัตราค่าธรรมเนียม"
        )
        d.add_paragraph(
            f"สำหรับอาคาร/บ้านเลขที่{dots}{vacant}{dots}รหัสผู้ใช้บริการ{dots}{2305 + i}-{410 + i}{dots}"
            f"เนื่องจาก{dots}ผู้เช่าย้ายออกตั้งแต่ 1 มกราคม 2570 บ้านว่าง ไม่มีผู้อยู่อาศัย{dots}"
        )
        d.add_paragraph(
            f"ค้างชำระ{dots}ไม่มี{dots}(ชำระถึงเดือนธันวาคม 2569 ใบเสร็จเล่มที่ {48 + i} เลขที่ {2315 + i})"
        )
        d.add_paragraph(f"ลงชื่อ{dots}{dots}ผู้ยื่นคำร้อง\n({dots}{a.name}{dots})")
        d.add_paragraph(
            "สำหรับเจ้าหน้าที่\nความเห็น.............................................\nลงชื่อ.........................เจ้าหน้าที่"
        )

    raw = message(i, "คำร้องขอยกเลิกการเก็บขยะ (บ้านว่าง)", box(a), ld.desk,
                  text=f"เรียน กองสาธารณสุขและสิ่งแวดล้อม\nแนบคำร้องขอยกเลิกการเก็บขยะที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำร้องขยะ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_refuse_form_dotted", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_objection(a: Party, i: int) -> Case:
    """The town's fillable คำร้องคัดค้านการประเมินภาษี (fields owner_*, plot_*, agent_*):
    the owner's ID as a comb, birth date, home, mobile, box; the plot's deed, parcel,
    place, the notice's number and tax; an agent's section empty in v1, filled in v2."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 23)
    agent = (
        ("นางสาวกานดา " + p.last, with_check_digit("321010073316"), "0814417205")
        if i % 2
        else ("", "", "")
    )
    labels = [(45, 16, "คำร้องคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง"), (75, 23, ld.body),
              (20, 36, "1. ผู้ยื่นคำร้อง (เจ้าของทรัพย์สิน)"), (20, 44, "ชื่อ-สกุล"), (20, 52, "เลขประจำตัวประชาชน"),
              (125, 52, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 68, "โทรศัพท์"), (105, 68, "อีเมล"),
              (20, 82, "2. ทรัพย์สินที่คัดค้าน"), (20, 90, "โฉนดเลขที่"), (80, 90, "เลขที่ดิน"), (130, 90, "หน้าสำรวจ"),
              (20, 98, "ที่ตั้ง"), (20, 106, "แบบแจ้งการประเมินเลขที่"), (120, 106, "ภาษี (บาท)"),
              (20, 114, "เหตุผล"), (20, 130, "3. ผู้รับมอบอำนาจ (ถ้ามี)"), (20, 138, "ชื่อ-สกุล"),
              (20, 146, "เลขประจำตัวประชาชน"), (120, 146, "โทรศัพท์"),
              (110, 170, "ลงชื่อ .............................. ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("owner_name", a.name, 40, 44, 100), Field("owner_id", p.nid, 60, 52, 55, comb=13),
              Field("owner_dob", born_th(p.born, i + 1), 140, 52, 45), Field("owner_addr", home(a, i + 1), 35, 60, 160),
              Field("owner_tel", mobile(p.mobile, i), 40, 68, 55), Field("owner_email", p.email, 118, 68, 75),
              Field("plot_deed", pl["deed"], 42, 90, 35), Field("plot_no", pl["lno"], 98, 90, 28),
              Field("plot_survey", pl["survey"], 150, 90, 30),
              Field("plot_location", f"ตำบล{ld.tambon} อำเภอ{ld.amphoe} จังหวัด{ld.province}", 35, 98, 150),
              Field("notice_no", f"{3105 + i}/2570", 65, 106, 50), Field("tax_amount", baht(5890.75 + 9 * i), 140, 106, 40),
              Field("reason", "ใช้ประโยชน์เป็นสวนมังคุดทั้งแปลง มิใช่ที่ดินว่างเปล่า", 35, 114, 150),
              Field("agent_name", agent[0], 40, 138, 100), Field("agent_id", agent[1], 60, 146, 55, comb=13),
              Field("agent_tel", agent[2], 138, 146, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำร้องคัดค้านการประเมินภาษี (แบบฟอร์ม PDF)", box(a), ld.desk,
                  text=f"ส่งคำร้องคัดค้านที่กรอกแล้ว{ending(a)}\n", files=(("คำร้องคัดค้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_objection", raw, exp(a, ALL))


def pdf_fillable_instalment(a: Party, i: int) -> Case:
    """A fillable คำร้องขอผ่อนชำระภาษี whose fields are named Text1..Text13 and a check
    box, labelled only by the printed page: the taxpayer's name, ID, home, phone, box, the
    notice, the sum, three instalments; a co-owner's lines (empty in v1, filled in v2)."""
    p = a.p
    ld = land(a, i)
    total = 11880 + 305.5 * i
    co = ("นายสมชาย " + p.last, nid_w(with_check_digit("321010081457"), i)) if i % 2 else ("", "")
    labels = [(50, 16, "คำร้องขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง"), (80, 23, ld.body),
              (20, 38, "ชื่อผู้เสียภาษี"), (20, 46, "เลขประจำตัวประชาชน"), (20, 54, "ที่อยู่"),
              (20, 62, "โทรศัพท์"), (105, 62, "อีเมล"), (20, 74, "แบบแจ้งการประเมินเลขที่"), (110, 74, "ลงวันที่"),
              (20, 82, "จำนวนภาษีทั้งสิ้น (บาท)"), (25, 90, "ขอผ่อนชำระ 3 งวด งวดละเท่า ๆ กัน"),
              (20, 98, "งวดละ (บาท)"), (20, 110, "ผู้ถือกรรมสิทธิ์ร่วม (ถ้ามี) ชื่อ"), (20, 118, "เลขประจำตัวประชาชนผู้ถือกรรมสิทธิ์ร่วม"),
              (110, 150, "ลงชื่อ .............................. ผู้เสียภาษี")]  # fmt: skip
    fields = [Field("Text1", a.name, 50, 38, 100), Field("Text2", nid_w(p.nid, i), 60, 46, 60),
              Field("Text3", home(a, i), 35, 54, 160), Field("Text4", mobile(p.mobile, i + 1), 40, 62, 55),
              Field("Text5", p.email, 118, 62, 75), Field("Text6", f"{904 + i}/2570", 65, 74, 40),
              Field("Text7", thai_day(date(2027, 2, 14 + i % 10), short=True), 125, 74, 50),
              Field("Text8", baht(total), 65, 82, 45), Field("Check Box1", True, 19, 90, 5, kind="check"),
              Field("Text9", baht(total / 3), 50, 98, 45), Field("Text10", co[0], 80, 110, 90),
              Field("Text11", co[1], 105, 118, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, "ขอผ่อนชำระภาษีที่ดิน 3 งวด", box(a), ld.desk,
                  text=f"เรียน กองคลัง\nแนบคำร้องขอผ่อนชำระภาษีที่กรอกแล้ว{ending(a)}\n", files=(("ผ่อนชำระภาษี.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_instalment", raw, own(a, NO_BIRTH))


def pdf_typed_correction_table(a: Party, i: int) -> Case:
    """An owner's typed letter (Word to PDF) sending the notice back with corrections:
    her block top right, then a three-column table (what, as in the notice, as it should
    be): the name misspelt, the ID mistyped, the old address, the area; signed."""
    p = a.p
    ld = land(a, i)
    pl = plot(i + 29)
    addr = home(a, 0)
    cut = addr.rfind(" จังหวัด")
    j = next(j for j in range(5, 11) if p.nid[j] != p.nid[j + 1])
    bad_id = p.nid[:j] + p.nid[j + 1] + p.nid[j] + p.nid[j + 2 :]  # two digits swapped
    old = OLD_HOMES[2 + i % 2]
    paras: list[tuple[float, str]] = [(120, addr[:cut]), (120, addr[cut + 1 :]), (0, ""),
             (120, thai_day(date(2027, 3, 9 + i % 15))), (0, ""),
             (20, "เรื่อง ขอแก้ไขข้อมูลในแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ปี 2570"), (20, f"เรียน {ld.head}"), (0, ""),
             (30, f"ตามที่{ld.body}ได้ส่งแบบแจ้งการประเมินภาษี (ภ.ด.ส.6) เลขที่ {1590 + i}/2570 สำหรับที่ดินโฉนดเลขที่ {pl['deed']} "
                  f"ตำบล{ld.tambon} มายังข้าพเจ้า ข้าพเจ้าตรวจสอบแล้วพบข้อมูลคลาดเคลื่อน จึงขอแก้ไขดังตารางต่อไปนี้")]  # fmt: skip
    texts = flow(paras, 13, "Loma", step=8)
    y = texts[-1][1] + 12
    rows = [("รายการ", "ข้อมูลในแบบแจ้งการประเมิน", "ข้อมูลที่ถูกต้อง"),
            ("ชื่อผู้เสียภาษี", wrong_name(a), a.name), ("เลขประจำตัวประชาชน", bad_id, p.nid),
            ("ที่อยู่สำหรับส่งหนังสือ", old, home(a, 0)), ("เนื้อที่ดิน", "3-2-40 ไร่", pl["area"] + " ไร่")]  # fmt: skip
    cols = ((20, 40), (62, 62), (128, 62))
    lines_drawn: list[tuple[float, float, float, float]] = []
    for row in rows:
        cells = [wrap(t, w - 2, 13, "Loma") for t, (_, w) in zip(row, cols, strict=True)]
        for (x, _), cell in zip(cols, cells, strict=True):
            for n, line in enumerate(cell):
                texts.append((x + 1, y + 6.5 * n, line))
        lines_drawn.append((20, y - 5, 190, y - 5))
        y += 6.5 * max(len(c) for c in cells) + 3
    lines_drawn.append((20, y - 5, 190, y - 5))
    tail = [(30, "ข้าพเจ้าได้แนบสำเนาบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และสำเนาโฉนดที่ดินมาพร้อมนี้ "
                 f"หากมีข้อสงสัยโปรดติดต่อข้าพเจ้า โทร {mobile(p.mobile, i)}"), (0, ""),
            (120, "ขอแสดงความนับถือ"), (0, ""), (115, f"({a.name})"), (122, "ผู้เสียภาษี")]  # fmt: skip
    texts += flow(tail, 13, "Loma", top=y + 6, step=8)
    data = pdf_page(texts, size=13, face="Loma", lines=lines_drawn)
    raw = message(i, "ขอแก้ไขข้อมูลในแบบแจ้งการประเมินภาษี (แนบหนังสือ)", box(a), ld.desk,
                  text=f"เรียน งานจัดเก็บรายได้\nแนบหนังสือขอแก้ไขข้อมูลในแบบแจ้งการประเมิน{ending(a)}\n", files=(("ขอแก้ไขข้อมูล.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_correction_table", raw, own(a, NO_BIRTH))


def pdf_typed_firm_letter(k: int, i: int) -> Case:
    """A firm's letter on its letterhead (name, office, line, box, juristic number) typed
    in Word and printed to PDF: a warehouse assessed on a wrong floor area; the accountant
    named as the contact with her mobile; signed by the director (no ID given); sent by
    the accountant from her Gmail."""
    f = FIRMS[k]
    fp = f.p
    s = SIGNERS[k]
    ld = land(f, i)
    pl = plot(i + 31)
    acc, office, _, _, a_mob, a_box, _ = ACCOUNTANTS[0 if fp.province == RY else 1]
    paras: list[tuple[float, str]] = [(20, f.name), (20, home(f, i)),
             (20, f"โทร {tel(f, i)}  อีเมล {fp.email}  เลขประจำตัวผู้เสียภาษี {fp.nid}"), (0, ""),
             (20, f"ที่ {('รวภ.', 'จพจ.', 'ตซฟ.')[k]} {45 + i}/2570"), (120, thai_day(date(2027, 3, 11 + i % 15))), (0, ""),
             (20, "เรื่อง ขอให้ทบทวนการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (โกดังสินค้า)"), (20, f"เรียน {ld.head}"), (0, ""),
             (30, f"ตามที่{ld.body}ได้แจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570 แก่{f.name} ตามแบบแจ้งการประเมินเลขที่ "
                  f"{2718 + i}/2570 สำหรับที่ดินโฉนดเลขที่ {pl['deed']} เลขที่ดิน {pl['lno']} พร้อมโกดังสินค้า 1 หลัง "
                  f"โดยคิดพื้นที่โกดัง 1,240 ตารางเมตร เป็นเงินภาษี {baht(18450 + 50 * i)} บาท นั้น"),
             (30, "บริษัทฯ ขอเรียนว่า โกดังดังกล่าวมีพื้นที่จริง 840 ตารางเมตร ตามใบอนุญาตก่อสร้างอาคาร "
                  f"เลขที่ {96 + i}/2561 ส่วนที่เหลือเป็นลานจอดรถไม่มีหลังคา จึงขอให้ทบทวนการประเมินใหม่"),
             (30, f"ทั้งนี้ได้มอบหมายให้ {acc} {office} โทร {a_mob} เป็นผู้ประสานงาน"), (0, ""),
             (120, "ขอแสดงความนับถือ"), (0, ""), (112, f"({s.name})"), (118, POSTS[k])]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"หนังสือขอทบทวนการประเมินภาษี {f.name}", f"{acc[3 if acc.startswith('นาย') else 6:]} <{a_box}>", ld.desk,
                  text=f"เรียน กองคลัง\nส่งหนังสือของ{f.name} (ลูกค้าสำนักงานบัญชี) ตามไฟล์แนบ{'ครับ' if acc.startswith('นาย') else 'ค่ะ'}\n",
                  files=(("หนังสือขอทบทวนภาษี.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_firm_letter", raw, firm(k, NO_BIRTH, with_id=False, signer_mobile=False))


# --- sheets --------------------------------------------------------------------------------


def xlsx_accountant_plots(a: Party, i: int) -> Case:
    """An accountant's sheet for one client: the office's head block (accountant,
    registration, office, line, mobile, box), the client's block (name, ID, home, her
    phone), then her plots (deed, parcel, survey page, map sheet, area, use, assessed
    value, tax as billed and as it should be)."""
    p = a.p
    ld = land(a, i)
    acc, office, place, line, mob, abox, reg = ACCOUNTANTS[0 if p.province == RY else 1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ตรวจภาษีที่ดิน 2570"
        ws.append((f"สรุปการตรวจสอบภาษีที่ดินและสิ่งปลูกสร้าง ปี 2570 - {ld.body}",))
        ws.append(("จัดทำโดย", acc, reg))
        ws.append(("สำนักงาน", office, place))
        ws.append(("โทร", line, "มือถือ", mob, "อีเมล", abox))
        ws.append(())
        ws.append(("เจ้าของที่ดิน (ลูกค้า)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์เจ้าของ", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("ลำดับ", "โฉนดเลขที่", "เลขที่ดิน", "หน้าสำรวจ", "ระวาง", "เนื้อที่ (ไร่-งาน-วา)", "การใช้ประโยชน์",
                   "ราคาประเมิน (บาท)", "ภาษีตาม ภ.ด.ส.6", "ภาษีที่ควรเป็น"))  # fmt: skip
        for n in range(3):
            pl = plot(i * 3 + n + 37)
            use = ("เกษตรกรรม (สวนยาง)", "ที่อยู่อาศัย (บ้านหลังหลัก)", "อื่น ๆ (ห้องแถวให้เช่า)")[n]
            value = (1286400, 2415000, 3870500)[n] + 1000 * i
            ws.append((n + 1, int(pl["deed"]), int(pl["lno"]), int(pl["survey"]), pl["sheet"], pl["area"], use,
                       value, (3859.2, 0, 11611.5)[n], (0, 0, 11611.5)[n]))  # fmt: skip
        ws.append(())
        ws.append(
            (
                "หมายเหตุ",
                "แปลงที่ 1 ถูกประเมินเป็นที่รกร้าง ขอคัดค้าน / เกษตรกรบุคคลธรรมดาได้รับยกเว้นไม่เกิน 50 ล้านบาท",
            )
        )

    raw = message(i, f"สรุปภาษีที่ดินของลูกค้า ({a.name})", f"{acc[3 if acc.startswith('นาย') else 6:]} <{abox}>", ld.desk,
                  text=f"เรียน เจ้าหน้าที่จัดเก็บรายได้\nแนบสรุปรายการที่ดินของลูกค้าเพื่อประกอบคำร้องคัดค้าน\n{acc}\n",
                  files=(("ภาษีที่ดิน_ลูกค้า.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = exp(a, NO_BIRTH)
    e["email"] = ()
    return Case("xlsx_accountant_plots", raw, e)


def xlsx_heirs_list(a: Party, i: int) -> Case:
    """An heir's sheet for changing the taxpayer of a dead owner's land: the dead owner's
    row (ID, date of death), the heirs' rows (name, ID, relation, home, phone, share, a
    remark marking the one who files), then the plots; sent by the filing heir."""
    p = a.p
    ld = land(a, i)
    title, first, dead_id, _, died = DEAD[(i + 1) % 2]
    dead = f"{title}{first} {p.last}"
    rel_a = "บุตร" if p.title == "นาย" else "บุตรสาว"
    sib1, sib2 = SIBLINGS[i % 3], SIBLINGS[(i + 1) % 3]

    def heir(s: tuple[str, str, str, str, str], n: int) -> tuple[Any, ...]:
        t, f1, sid, smob, shome = s
        return (
            n,
            f"{t}{f1} {p.last}",
            nid_w(sid, n),
            "บุตร" if t == "นาย" else "บุตรสาว",
            shome,
            mobile(smob, n),
            "1/3",
            "",
        )

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทายาท"
        ws.append(("บัญชีรายชื่อทายาท ขอเปลี่ยนชื่อผู้เสียภาษีที่ดินและสิ่งปลูกสร้าง",))
        ws.append(
            (
                "เจ้าของเดิม (ถึงแก่กรรม)",
                dead,
                nid_w(dead_id, i),
                "ถึงแก่กรรมวันที่",
                f"{died.day}/{died.month}/{died.year + 543}",
            )
        )
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "ความเกี่ยวพัน",
                "ที่อยู่",
                "โทรศัพท์",
                "สัดส่วน",
                "หมายเหตุ",
            )
        )
        ws.append(heir(sib1, 1))
        ws.append(
            (
                2,
                a.name,
                nid_w(p.nid, i),
                rel_a,
                home(a, i),
                mobile(p.mobile, i),
                "1/3",
                "ผู้ยื่นคำร้อง / ผู้ประสานงาน",
            )
        )
        ws.append(heir(sib2, 3))
        ws.append(())
        ws.append(("ที่ดิน", "โฉนดเลขที่", "เลขที่ดิน", "ที่ตั้ง", "เนื้อที่"))
        for n in range(2):
            pl = plot(i + 41 + n)
            ws.append((n + 1, pl["deed"], pl["lno"], f"ต.{ld.tambon} อ.{ld.amphoe}", pl["area"]))

    raw = message(i, "รายชื่อทายาท ขอเปลี่ยนชื่อผู้เสียภาษี", box(a), ld.desk,
                  text=f"เรียน เจ้าหน้าที่งานจัดเก็บรายได้\nส่งรายชื่อทายาทตามที่เจ้าหน้าที่ขอ{ending(a)} {me(a)}เป็นผู้ยื่นคำร้อง (ลำดับที่ 2)\n{a.name}\n",
                  files=(("รายชื่อทายาท.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_heirs_list", raw, own(a, NO_BIRTH))


def xlsx_refuse_rooms(a: Party, i: int) -> Case:
    """A landlord's sheet for the refuse fee: her block (labels in A, values in B: name,
    ID, home, phone, box), the rooms' place, then the rooms with their tenants' names and
    phones and the number living in each."""
    p = a.p
    ld = land(a, i)
    place = (
        "88/1-12 หมู่ที่ 2 ตำบลเนินฆ้อ อำเภอแกลง จังหวัดระยอง 21110",
        "9/1-9 ถนนท่าแฉลบ ตำบลตลาด อำเภอเมืองจันทบุรี จังหวัดจันทบุรี 22000",
    )[i % 2]
    tenants = (("นายสมพงษ์ ดีมาก", "0861234470"), ("นางสาวปาริชาต ศรีนวล", "0957712308"), ("-", "-"),
               ("นายอดิศักดิ์ ทองประเสริฐ", "0824415693"), ("Mr. Kyaw Zin", "0968820415"), ("นางบุญเรือน แก้วใส", "0891107752"))  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ห้องเช่า"
        ws.append(("แบบแจ้งจำนวนห้องเช่า เพื่อคิดค่าธรรมเนียมเก็บขนมูลฝอย ปี 2570",))
        ws.append(("ผู้ขอ (เจ้าของห้องเช่า)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", mobile(p.mobile, i)))
        ws.append(("อีเมล", p.email))
        ws.append(("ที่ตั้งห้องเช่า", place))
        ws.append(())
        ws.append(("ห้อง", "ผู้เช่า", "โทรผู้เช่า", "จำนวนผู้อยู่", "สถานะ"))
        for n, (t, ph) in enumerate(tenants):
            ws.append(
                (f"{101 + n}", t, ph, 0 if t == "-" else 1 + n % 3, "ว่าง" if t == "-" else "มีผู้เช่า")
            )
        ws.append(())
        ws.append(("รวม", "", "", "=SUM(D10:D15)", "ห้องว่าง 1 ห้อง"))

    raw = message(i, "แจ้งจำนวนห้องเช่า ค่าเก็บขยะ ปี 2570", box(a), ld.desk,
                  text=f"เรียน งานรักษาความสะอาด\nแนบรายการห้องเช่าเพื่อคิดค่าเก็บขยะ{ending(a)}\n",
                  files=(("ห้องเช่า_ค่าขยะ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_refuse_rooms", raw, own(a, NO_BIRTH))


Style = Callable[[Any, int], Case]

# Each style and the two it is for: indices into PEOPLE, or into FIRMS for the firm styles.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_instalment, (0, 16)),
    (plain_line_forward_parent, (10, 13)),
    (plain_gmail_accountant_client, (1, 7)),
    (plain_outlook_director_both, (0, 2)),
    (plain_webform_refuse_fee, (2, 14)),
    (html_gmail_heir_administrator, (17, 8)),
    (html_outlook_reply_correction, (6, 12)),
    (html_iphone_signboard, (16, 11)),
    (html_webform_objection, (3, 15)),
    (docx_objection_thai_digits, (14, 21)),
    (docx_poa_instalment, (4, 13)),
    (docx_pp1_firm_table, (1, 0)),
    (docx_refuse_form_dotted, (12, 23)),
    (pdf_fillable_objection, (5, 22)),
    (pdf_fillable_instalment, (21, 9)),
    (pdf_typed_correction_table, (11, 18)),
    (pdf_typed_firm_letter, (0, 2)),
    (xlsx_accountant_plots, (19, 20)),
    (xlsx_heirs_list, (0, 14)),
    (xlsx_refuse_rooms, (3, 8)),
)  # fmt: skip

FIRM_STYLES = frozenset({plain_outlook_director_both, docx_pp1_firm_table, pdf_typed_firm_letter})

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants), numbered 2s and 2s+1."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(n if style in FIRM_STYLES else PEOPLE[n], 2 * s + k))
    return cases
