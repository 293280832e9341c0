"""A hundred-and-fourteenth set of requests written by someone who had not read the readers
(issue 8): MUNICIPAL PROPERTY AND FAMILY SERVICES, to เทศบาลเมืองแสนสุข (ชลบุรี),
เทศบาลเมืองฉะเชิงเทรา and เทศบาลนครสมุทรปราการ: renting a stall in the municipal market
(แผงเลขที่ ข-14, a helper who sells, a guarantor with his own ID and home, the deposit), a
hall (หอประชุม, ศาลาอเนกประสงค์) for a wedding or a hundred-day merit-making, a plot in the
municipal cemetery (สุสาน: แปลงเลขที่ C-112, beside a parent's plot), the municipal
crematorium (ฌาปนสถาน: the deceased's ID, birth and death dates, the มรณบัตร's number,
the funeral home), the hearse, the elderly's funeral aid (เงินสงเคราะห์ค่าจัดการศพผู้สูงอายุ:
the deceased's block, the bank account, the headman's certificate), heirs moving a dead
parent's stall lease or asking its deposit back, heirs exhuming a grave (the other heirs'
consent with their IDs), a temple's abbot and its ไวยาวัจกร writing for a poor family.
Kinds: plain (iPhone, Outlook for Android, Gmail, webmail, a LINE chat forwarded), HTML
(Gmail lists and replies over the clerk's quoted mail, a funeral home's Outlook, the
municipality's e-Service notification), Word (the market's stall form on dotted lines, the
funeral aid form in tables, a temple's letter, an heir's letter with the heirs' table), PDF
(fillable host_*/deceased_* and Thai-named forms, typed letters), xlsx (a vendor's label
sheet, a list of heirs, a cemetery's booking row).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test's
comments, and the earlier sets' first docstrings).

CONVENTIONS (written down before any run), following set 28 (the applicant is the person
who asks; for a body the natural person who signs), sets 31/63 (a service for one person
asked by another is the one it is for), set 37 (where only another's phone is given,
phone `()`), sets 60/65/69/104 (funeral aid: the heir who asks, never the deceased; a
funeral home or a temple sending for the family: the family member it names):
- The APPLICANT is the living person who asks and signs: the vendor who rents (never her
  helper, her guarantor); the host of a funeral, a merit-making or a wedding (never the
  deceased, the couple, a coordinator, a caterer); the heir who asks the funeral aid, a
  stall's transfer or deposit, a plot or an exhumation (never the deceased parent, never
  the other heirs who consent, never a headman who certifies).
- Where a FUNERAL HOME or a TEMPLE'S ไวยาวัจกร writes or forwards for the host, the host is
  the applicant: her name, ID, home; her phone only where written as hers (else `()`);
  e-mail `()` (the funeral home's, the ไวยาวัจกร's box never); the funeral home's name,
  registration number, line, LINE ID, staff, the ไวยาวัจกร's name, ID and mobile never.
- A TEMPLE that asks for itself (the hearse and tents for an unclaimed body): the abbot
  who signs, by his title name, with or without his own name and ฉายา in brackets; no ID
  (`()`); address and phone the temple's place and line (the ไวยาวัจกร's mobile, named as
  its contact, also accepted as the temple's); no e-mail scored.
- birth_date ISO, only the applicant's: `()` where only the deceased's is written (no
  value, or a flagged one, right). A death date, a funeral's, a booking's date never.
- address: where the applicant lives, with or without เลขที่/บ้านเลขที่, with or without the
  province (as typed) and postal code, in Arabic or Thai digits as typed; province and
  postal code of that address. The market, the stall, the hall, the cemetery, the
  crematorium, the temple where the rites are held, the deceased's other house, the
  funeral home's office, a guarantor's or a helper's home never.
- Stall, contract, plot, receipt, e-Service, มรณบัตร, bank account, registration numbers
  and amounts are never an ID or a phone; another person's ID (deceased, guarantor,
  heirs, ไวยาวัจกร, headman) never the applicant's.
Everyone, every firm, temple and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
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

CB = "ชลบุรี"
CS = "ฉะเชิงเทรา"
SP = "สมุทรปราการ"
NONE = date(1900, 1, 1)  # a temple has no birth date; never expected

# The municipality each province's people write to: name, mail domain, its line.
MUNI: dict[str, tuple[str, str, str]] = {
    CB: ("เทศบาลเมืองแสนสุข", "saensuk", "038-381-471"),
    CS: ("เทศบาลเมืองฉะเชิงเทรา", "chachoengsao", "038-511-025"),
    SP: ("เทศบาลนครสมุทรปราการ", "samutprakan", "02-702-7114"),
}

# The applicants (vendors, hosts, heirs).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "มาลัย", "ศรีสวัสดิ์", "320010045612", date(1964, 5, 14), "0817624410", "malai.ss@gmail.com",
      "59/3", "", "", "พระยาสัจจา", "บ้านสวน", "เมืองชลบุรี", CB, "20000"),
    P("นาย", "วิรัช", "ทองอยู่", "320060018845", date(1958, 10, 2), "0891537724", "wirat.ty@hotmail.com",
      "112/8", "4", "", "", "แสนสุข", "เมืองชลบุรี", CB, "20130"),
    P("นางสาว", "ศิริพร", "แซ่โง้ว", "320070052231", date(1979, 2, 27), "0863319054", "siriporn.ng@gmail.com",
      "7", "", "เจิมจอมพล 5", "เจิมจอมพล", "ศรีราชา", "ศรีราชา", CB, "20110"),
    P("นาย", "สมพงษ์", "เรืองชัย", "324010033417", date(1952, 7, 9), "0815542096", "",
      "88", "5", "", "", "บางตีนเป็ด", "เมืองฉะเชิงเทรา", CS, "24000"),
    P("นาง", "บุญเรือน", "พึ่งบุญ", "324010061128", date(1961, 12, 1), "0839920417", "boonruean.p@yahoo.com",
      "45/2", "", "", "มรุพงษ์", "หน้าเมือง", "เมืองฉะเชิงเทรา", CS, "24000"),
    P("นาย", "ธีรวัฒน์", "จันทร์หอม", "124030047762", date(1985, 4, 22), "0928846153", "teerawat.ch@gmail.com",
      "19", "3", "", "", "ท่าสะอ้าน", "บางปะกง", CS, "24130"),
    P("นางสาว", "ปิยนุช", "กิตติวงศ์", "111010058836", date(1990, 8, 16), "0614472039", "piyanuch.kw@gmail.com",
      "555/41", "", "สุขุมวิท 113", "สุขุมวิท", "สำโรงเหนือ", "เมืองสมุทรปราการ", SP, "10270"),
    P("นาย", "ประเสริฐ", "ลิ้มสกุล", "311010072254", date(1949, 3, 5), "0816627780", "",
      "23", "", "", "ประโคนชัย", "ปากน้ำ", "เมืองสมุทรปราการ", SP, "10270"),
    P("นาง", "จันทร์เพ็ญ", "มีสุข", "311020029917", date(1970, 11, 19), "0897741265", "chanpen.ms@hotmail.com",
      "99/12", "7", "", "", "บางพลีใหญ่", "บางพลี", SP, "10540"),
    P("นาย", "อำนาจ", "บุญมา", "320080014493", date(1966, 6, 30), "0868805531", "amnat.bm@gmail.com",
      "301", "6", "", "", "หนองปรือ", "บางละมุง", CB, "20150"),
    P("นางสาว", "ณัฐธิดา", "พูลผล", "124070038816", date(1994, 1, 8), "0957718342", "natthida.pp@gmail.com",
      "12/5", "2", "", "", "เกาะขนุน", "พนมสารคาม", CS, "24120"),
    P("นาง", "สุภาพ", "ใจมั่น", "320050066671", date(1955, 9, 12), "0810093327", "",
      "64", "", "", "", "พนัสนิคม", "พนัสนิคม", CB, "20140"),
    P("นาย", "ชาญวิทย์", "ศรีประเสริฐ", "311050041186", date(1973, 2, 14), "0893326618", "chanwit.sp@gmail.com",
      "77/19", "", "", "สุขสวัสดิ์", "ในคลองบางปลากด", "พระสมุทรเจดีย์", SP, "10290"),
    P("นาง", "ละเอียด", "ทองคำ", "324020052274", date(1947, 5, 25), "0846617209", "",
      "9", "8", "", "", "บางคล้า", "บางคล้า", CS, "24110"),
)  # fmt: skip

# The dead, one per applicant (given name, title, ID, born, died, relation to the applicant).
DEAD_FIRST = ("สมศักดิ์", "ทองใบ", "เฉลิม", "สำราญ", "บุญส่ง", "จำเนียร", "สมบูรณ์", "ประยงค์",
              "ทองหล่อ", "ลำดวน", "สายหยุด", "เล็ก", "บุญชู", "เสงี่ยม")  # fmt: skip


def dead(k: int, a: Party) -> tuple[str, str, date, date, str]:
    """The applicant's dead parent (or husband): name, ID, birth, death, relation."""
    first = DEAD_FIRST[k % len(DEAD_FIRST)]
    male = k % 2 == 0
    title = "นาย" if male else "นาง"
    nid = with_check_digit(f"3{a.p.nid[1:5]}00{(k * 7919) % 100000:05d}"[:12])
    born = date(1926 + k % 12, 1 + (k * 5) % 12, 1 + (k * 3) % 27)
    died = date(2026, 11, 10 + k % 18)
    rel = ("บิดา" if male else "มารดา") if a.p.born.year > 1960 else ("สามี" if male else "ภรรยา")
    if a.p.title == "นาย" and rel == "สามี":
        rel = "บิดา"
    if a.p.title != "นาย" and rel == "ภรรยา":
        rel = "มารดา"
    return f"{title}{first} {a.p.last}", nid, born, died, rel


# Others beside the applicant: helpers, guarantors, heirs, headmen, staff.
HELPERS: tuple[tuple[str, str, str, str], ...] = (
    ("นางสาวขวัญใจ", with_check_digit("320010099214"), "0957716630", "38/1 หมู่ 2 ตำบลห้วยกะปิ อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000"),
    ("นายสมหวัง", with_check_digit("324010087751"), "0812290473", "210 หมู่ 1 ตำบลโสธร อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา 24000"),
    ("นางวันเพ็ญ", with_check_digit("311010064428"), "0869931187", "14/7 ถนนสุขุมวิท ตำบลบางเมือง อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ 10270"),
)  # fmt: skip
HEADMEN: tuple[tuple[str, str], ...] = (
    ("นายบุญเลิศ แก้วกาญจนา", "0818862204"),
    ("นายสุเมธ ปานทอง", "0894417736"),
)

FUNERAL_HOMES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # name, registration, line, LINE ID, box, staff (name, mobile), office
    ("บริษัท สุขาวดี ฟิวเนอรัล เซอร์วิส จำกัด", with_check_digit("020556001234"), "038-284-117", "@sukhawadee",
     "booking@sukhawadee-funeral.example.co.th", "นายกิตติพงษ์ แสงทอง|0812457763",
     "88/8 ถนนสุขุมวิท ตำบลเสม็ด อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000"),
    ("บริษัท ปากน้ำพุทธบริการ จำกัด", with_check_digit("011556004417"), "02-389-4410", "@paknampb",
     "info@paknam-funeral.example.co.th", "นางสาวรัชนี ทองมา|0896624018",
     "120/4 ถนนสุขุมวิท ตำบลท้ายบ้าน อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ 10280"),
)  # fmt: skip

# Temples: the place and line; the abbot (title name, own name and ฉายา); the ไวยาวัจกร.
TEMPLES: tuple[Party, ...] = (
    P("", "วัดใหม่สามัคคีธรรม", "", "000000000011", NONE, "038392205", "",
      "41", "3", "", "", "เสม็ด", "เมืองชลบุรี", CB, "20000", juristic=True),
    P("", "วัดศรีมงคลาราม", "", "000000000029", NONE, "038845117", "",
      "150", "4", "", "", "บางตีนเป็ด", "เมืองฉะเชิงเทรา", CS, "24000", juristic=True),
)  # fmt: skip
ABBOTS: tuple[tuple[str, str], ...] = (
    ("พระครูวิมลธรรมาภรณ์", "สมหมาย ธมฺมทินฺโน"),
    ("พระอธิการประยูร จนฺทวํโส", "ประยูร จนฺทวํโส"),
)
WAIYA: tuple[tuple[str, str, str, str], ...] = (
    ("นายสุรินทร์ คงเจริญ", with_check_digit("320010077135"), "0819945521", "surin.kj@gmail.com"),
    ("นายมานพ อ่อนศรี", with_check_digit("324010044590"), "0863378812", "manop.os@gmail.com"),
)


def muni(a: Party) -> tuple[str, str, str]:
    return MUNI[a.p.province]


def desk(a: Party, box: str = "saraban") -> str:
    return f"{box}@{muni(a)[1]}.example.go.th"


def message(n: int, a: Party, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
            box: str = "saraban") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desk(a, box)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 7, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set114-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date, short: bool = False) -> str:
    return f"{d.day} {(MONTHS_SHORT if short else MONTHS)[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def expect(a: Party, keys: str, *, phone: bool = True, mail: bool = True,
           born: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The applicant's values; `()` for what is not hers in the request (her phone where
    only another's is written, her box where another's sends, her birth date where only
    the deceased's is written); e-mail `()` where she has none."""
    e = exp(a, keys)
    e["address"] = tuple(dict.fromkeys(e["address"] + tuple(thai(x) for x in e["address"])))
    if not phone:
        e["phone"] = ()
    if "email" in e and (not mail or not a.p.email):
        e["email"] = ()
    if "birth_date" in e and not born:
        e["birth_date"] = ()
    return e


def temple(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    t = TEMPLES[k]
    e = exp(t, keys)
    e.pop("email", None)
    title, own_name = ABBOTS[k]
    e["full_name"] = (title,) if title.endswith(own_name) else (title, f"{title} ({own_name})")
    e["national_id"] = ()
    m = WAIYA[k][2]
    e["phone"] += ("+66" + m[1:], m)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
TEMPLE_KEYS = "full_name national_id phone address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_stall_rent": "the vendor who rents; her helper (name, mobile) never",
    "plain_line_forward_crematorium": "the host in the forwarded chat (her phone hers); the ไวยาวัจกร who forwards, the deceased never; e-mail ()",
    "plain_webmail_funeral_aid": "the heir who asks; the deceased (ID, birth date) never: birth_date ()",
    "plain_outlook_android_cemetery_plot": "the son who reserves (Thai digits); his sister, his dead parents never",
    "plain_gmail_hall_merit": "the host of the merit-making; the coordinator, caterer, deceased never",
    "html_gmail_heir_stall_transfer": "the heir who takes the stall; the dead tenant, the consenting brother never",
    "html_outlook_funeral_home": "the host the funeral home names (her mobile as written); the firm, its staff, box never: e-mail ()",
    "html_webform_crematorium": "the ผู้ยื่นคำขอ rows (parts); the deceased's rows never; from no-reply",
    "html_gmail_reply_hall_quote": "the one who replies; the clerk's quoted mail, the couple never",
    "docx_stall_rent_form": "the ผู้ขอเช่า on the dotted lines; the ผู้ค้ำประกัน never",
    "docx_funeral_aid_form": "ส่วนที่ 2 ผู้ยื่นคำขอ; ส่วนที่ 1 the deceased, ส่วนที่ 3 the headman never",
    "docx_temple_abbot_hearse": "the abbot who signs for the temple (no ID); the temple's place and line; the unclaimed dead never",
    "docx_heirs_move_grave": "the heir who writes and signs; the other heirs in the consent table never",
    "pdf_fillable_crematorium_booking": "host_* fields; deceased_*, funeral_home_* never",
    "pdf_fillable_hall_rent": "ผู้ขอใช้ fields; ผู้ประสานงาน never",
    "pdf_typed_heir_deposit_refund": "the heir who writes (block top right); the dead tenant never",
    "pdf_typed_waiyawatchakon_for_host": "the host named in the letter (her mobile as written); the ไวยาวัจกร who writes and signs, the deceased never",
    "xlsx_stall_vendor_sheet": "the vendor's label rows; the helper's row never",
    "xlsx_heirs_funeral_aid": "the heir marked ผู้ยื่นคำขอ; the deceased's row, the other heirs never",
    "xlsx_cemetery_booking_row": "the ผู้จอง columns; the ผู้วายชนม์ columns never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_stall_rent(a: Party, i: int) -> Case:
    """A vendor asks from her iPhone to rent a vacant stall in the municipal market: the
    stall's number and size, the rent and deposit; her niece who helps in the mornings
    (her mobile)."""
    p = a.p
    name, muni_line = muni(a)[0], muni(a)[2]
    h_first, _, h_mob, _ = HELPERS[i % 3]
    text = (
        f"เรียน หัวหน้างานตลาด {name}\n\n"
        f"{me(a)}ชื่อ {a.name} อายุ {age(a)} ปี บัตรประชาชนเลขที่ {nid_w(p.nid, i)} บ้านอยู่ {home(a, i)}\n"
        f"ขอเช่าแผงในตลาดสดเทศบาล แผงเลขที่ ข-{14 + i} (แผงผักสด ขนาด 2 x 1.5 เมตร) ที่ประกาศว่างอยู่{ending(a)} "
        "ค่าเช่าเดือนละ 1,200 บาท ยินดีวางเงินประกัน 3 เดือน 3,600 บาท\n"
        f"ช่วงเช้าจะมีหลาน {h_first} {p.last} โทร {mobile(h_mob, i + 1)} มาช่วยขาย\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i + 2)} หรือโทรเข้าตลาด {muni_line} ต่อ 14 ก็ได้{ending(a)}\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, a, f"ขอเช่าแผงตลาดสด แผง ข-{14 + i}", own_box(a), text=text, box="market")
    return Case("plain_iphone_stall_rent", raw, expect(a, NO_BIRTH))


def plain_line_forward_crematorium(a: Party, i: int) -> Case:
    """A temple's ไวยาวัจกร forwards the LINE chat in which the host gave her details, to
    book the municipal crematorium: the deceased's name, ID, birth and death dates; the
    host's name, ID, home and mobile; his own signature (ID-less, mobile, box)."""
    p = a.p
    k = 1 if p.province == CS else 0
    w_name, _, w_mob, w_box = WAIYA[k]
    d_name, d_id, d_born, d_died, rel = dead(i, a)
    text = (
        f"เรียน เจ้าหน้าที่ฌาปนสถาน {muni(a)[0]}\n\n"
        f"ผมขอส่งต่อข้อความ LINE ของเจ้าภาพ เพื่อขอจองฌาปนสถานวันที่ {thai_day(date(2026, 12, 12 + i % 10))} เวลา 16.00 น. ครับ "
        "ศพตั้งบำเพ็ญกุศลที่วัด 3 คืน\n\n"
        f"[LINE] ประวัติการแชทกับ {p.first} {p.last}\nวันที่บันทึก: 07/12/2569 20:41\n\n"
        f"2569.12.06 วันอาทิตย์\n"
        f"18:52\t{p.first} {p.last}\tสวัสดี{ending(a)} {rel}เสียเมื่อบ่ายนี้ที่โรงพยาบาล\n"
        f"18:53\t{w_name[3:]}\tเสียใจด้วยครับ ขอชื่อ เลขบัตร วันเกิดผู้เสียชีวิต กับข้อมูลเจ้าภาพครับ จะจองเมรุเทศบาลให้\n"
        f"18:58\t{p.first} {p.last}\tผู้เสียชีวิต {d_name}\n"
        f"18:58\t{p.first} {p.last}\tเลขบัตร {nid_w(d_id, i + 1)} เกิด {born_th(d_born, i)} เสียชีวิต {thai_day(d_died, True)}\n"
        f"19:01\t{p.first} {p.last}\tเจ้าภาพ {a.name}\n"
        f"19:01\t{p.first} {p.last}\tบัตร {nid_w(p.nid, i)}\n"
        f"19:02\t{p.first} {p.last}\tบ้านเลขที่ {home(a, i + 1)}\n"
        f"19:02\t{p.first} {p.last}\tเบอร์ {mobile(p.mobile, i + 3)}\n"
        f"19:04\t{w_name[3:]}\tรับทราบครับ พรุ่งนี้ผมส่งเมลให้เทศบาล\n"
        f"19:04\t{p.first} {p.last}\t[สติกเกอร์]\n\n"
        f"--\n{w_name}\nไวยาวัจกร{TEMPLES[k].name}\nโทร {mobile(w_mob, i)}\n"
    )
    raw = message(i, a, f"ส่งต่อ: จองฌาปนสถาน ศพ{d_name}", f"{w_name[3:]} <{w_box}>", text=text)
    return Case("plain_line_forward_crematorium", raw, expect(a, ALL, mail=False, born=False))


def plain_webmail_funeral_aid(a: Party, i: int) -> Case:
    """An heir asks from webmail the elderly's funeral aid (3,000 บาท): the deceased's
    block (ID, birth date, death date, มรณบัตร number) before or after hers, her bank
    account."""
    p = a.p
    d_name, d_id, d_born, d_died, rel = dead(i, a)
    dead_block = (
        f"ข้อมูลผู้สูงอายุที่ถึงแก่กรรม\nชื่อ {d_name}\nเลขประจำตัวประชาชน {nid_w(d_id, i)}\n"
        f"วันเกิด {born_th(d_born, i + 1)}\nวันที่ถึงแก่กรรม {thai_day(d_died)}\n"
        f"มรณบัตรเลขที่ {2401 + i}/{'69' if i % 2 else '2569'}\n"
    )
    own_block = (
        f"ข้อมูลผู้ยื่นคำขอ (ผู้จัดการศพ)\nชื่อ {a.name} เกี่ยวข้องเป็น {'บุตร' if rel in ('บิดา', 'มารดา') else 'คู่สมรส'}\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i)}\nโทรศัพท์ {tel(a, i)}\n"
    )
    text = (
        f"เรียน นายก{muni(a)[0]}\nเรื่อง ขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุ\n\n"
        f"{me(a)}ขอยื่นคำขอรับเงินสงเคราะห์ค่าจัดการศพตามประเพณี ของ{rel}ซึ่งเป็นผู้รับเบี้ยยังชีพผู้สูงอายุ รายละเอียดดังนี้{ending(a)}\n\n"
        + (dead_block + "\n" + own_block if i % 2 == 0 else own_block + "\n" + dead_block)
        + f"\nขอให้โอนเงินเข้าบัญชีธนาคารกรุงไทย สาขาชลบุรี ชื่อบัญชี {a.name} เลขที่บัญชี 0{i % 9}2-1-44{i % 10}71-3\n"
        f"แนบสำเนามรณบัตร สำเนาบัตรประชาชน ทะเบียนบ้าน และหน้าสมุดบัญชีมาพร้อมนี้{ending(a)}\n\n{a.name}\n"
    )
    raw = message(i, a, "ขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุ", own_box(a), text=text)
    return Case("plain_webmail_funeral_aid", raw, expect(a, ALL, born=False))


def plain_outlook_android_cemetery_plot(a: Party, i: int) -> Case:
    """A son reserves a plot in the municipal cemetery for his mother beside his father's:
    the plots' numbers, the father's burial year; his ID, birth date and phone in Thai
    digits; his sister as the second contact."""
    p = a.p
    d_name, _, _, d_died, _ = dead(i + 1, a)
    text = (
        f"เรียน ผู้ดูแลสุสานเทศบาล {muni(a)[0]}\n\n"
        f"ผม {a.name} ขอจองที่ฝังศพในสุสานเทศบาล แปลงเลขที่ C-{112 + i} ซึ่งอยู่ติดกับแปลง C-{111 + i} "
        "ที่ฝังศพบิดาไว้ตั้งแต่ปี 2561 สำหรับมารดา "
        f"{d_name.replace('นาย', 'นาง', 1)} ซึ่งถึงแก่กรรมเมื่อ {thai_day(d_died)} ครับ\n\n"
        f"ข้อมูลผู้จอง\nเลขบัตรประชาชน {thai(nid_w(p.nid, i))}\nเกิด {thai(born_th(p.born, i + 1))}\n"
        f"ที่อยู่ {thai(home(a, i))}\nมือถือ {thai(mobile(p.mobile, i))}\n\n"
        f"ถ้าติดต่อผมไม่ได้ โทรหาน้องสาว นางสาวอรุณี {p.last} 08{7 - i % 3}-441-20{17 + i}\n"
        "ขอทราบค่าธรรมเนียมและวันที่ต้องไปชำระด้วยครับ\n\nขอบคุณครับ\n"
        f"{p.first}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, a, "จองแปลงสุสานเทศบาล", own_box(a), text=text)
    return Case("plain_outlook_android_cemetery_plot", raw, expect(a, ALL))


def plain_gmail_hall_merit(a: Party, i: int) -> Case:
    """A host asks to rent the municipal hall for her father's hundred-day merit-making:
    the date, the guests, the monks; her cousin as coordinator (mobile), the caterer's
    line; her Gmail signature."""
    p = a.p
    d_name, _, _, d_died, rel = dead(i, a)
    text = (
        f"เรียน ฝ่ายอาคารสถานที่ {muni(a)[0]}\n\n"
        f"{me(a)} {a.name} ขอเช่าหอประชุมเทศบาล (ชั้น 1) วันเสาร์ที่ {thai_day(date(2027, 2, 20 - i % 3))} เวลา 07.00-14.00 น. "
        f"เพื่อจัดงานทำบุญครบรอบ 100 วันของ{rel} {d_name} (ถึงแก่กรรม {thai_day(d_died, True)}) "
        "นิมนต์พระสงฆ์ 9 รูป แขกประมาณ 150 คน\n"
        f"ผู้ประสานงานวันงาน: นายวีระ {p.last} (ญาติ) โทร 089-552-{4410 + i}\n"
        "อาหารจัดโดยร้านครัวป้าแดง โทร 038-27{i % 10}-115 จะเข้าจัดสถานที่ก่อน 06.00 น.\n"
        f"เลขประจำตัวประชาชน{me(a)} {nid_w(p.nid, i + 2)}\nที่อยู่ {home(a, i + 1)}\n\n"
        f"รบกวนแจ้งค่าเช่าและเงินประกันด้วย{ending(a)}\n\n-- \n{a.name}\n{tel(a, i + 1)}\n"
    )
    raw = message(i, a, "ขอเช่าหอประชุมทำบุญ 100 วัน", own_box(a), text=text)
    return Case("plain_gmail_hall_merit", raw, expect(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def gmail_div(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


def html_gmail_heir_stall_transfer(a: Party, i: int) -> Case:
    """An heir asks from Gmail that her dead parent's stall lease be moved to her: the old
    tenant's block (ID, contract), hers (ID, birth date, home, phone), her brother who
    consents (his ID and mobile); a Gmail signature."""
    p = a.p
    d_name, d_id, _, d_died, _ = dead(i + 1, a)
    b_id = with_check_digit(f"{p.nid[:5]}0{(i * 3371) % 1000000:06d}"[:12])
    lines = [f"เรียน หัวหน้างานตลาด {muni(a)[0]}", "",
             f"ด้วยผู้เช่าแผงเลขที่ ก-{7 + i} ตลาดสดเทศบาล ได้ถึงแก่กรรมเมื่อ {thai_day(d_died)} {me(a)}ในฐานะทายาท ขอรับโอนสิทธิการเช่าแผงดังกล่าว รายละเอียดดังนี้{ending(a)}", "",
             "<b>ผู้เช่าเดิม (ผู้ถึงแก่กรรม)</b>",
             f"<ul><li>ชื่อ {d_name}</li><li>เลขประจำตัวประชาชน {nid_w(d_id, i + 1)}</li><li>สัญญาเช่าเลขที่ ตส.{45 + i}/2566</li></ul>",
             "<b>ผู้ขอรับโอนสิทธิ (ทายาท)</b>",
             f"<ul><li>ชื่อ {a.name}</li><li>เลขประจำตัวประชาชน {nid_w(p.nid, i)}</li><li>วันเกิด {born_th(p.born, i)}</li>"
             f"<li>ที่อยู่ {home(a, i + 1)}</li><li>โทรศัพท์ {tel(a, i)}</li></ul>",
             "<b>ทายาทอื่นที่ให้ความยินยอม</b>",
             f"<ul><li>นายสุริยา {p.last} (พี่ชาย) เลขประจำตัวประชาชน {nid_w(b_id, i + 2)} โทร 08{3 + i % 5}-719-{2250 + i}</li></ul>",
             "แนบสำเนามรณบัตร หนังสือยินยอมของทายาท และสำเนาบัตรประชาชนมาพร้อมนี้", "",
             f"ขอบคุณ{ending(a)}", "-- ", f"{p.first} {p.last}", f"{tel(a, i + 1)}"]  # fmt: skip
    raw = message(
        i,
        a,
        f"ขอรับโอนสิทธิการเช่าแผง ก-{7 + i} (ผู้เช่าเดิมถึงแก่กรรม)",
        own_box(a),
        html=gmail_div(lines),
        box="market",
    )
    return Case("html_gmail_heir_stall_transfer", raw, expect(a, ALL))


def html_outlook_funeral_home(a: Party, i: int) -> Case:
    """A funeral home books the crematorium for a family from its Outlook box: the
    deceased (ID, death certificate), the host (ID, home, mobile) in prose; its staff's
    signature (company, registration number, office, line, LINE ID, box)."""
    p = a.p
    fh_name, fh_reg, fh_line, fh_lid, fh_box, staff, fh_office = FUNERAL_HOMES[
        1 if p.province == SP else 0
    ]
    s_name, s_mob = staff.split("|")
    d_name, d_id, _, d_died, rel = dead(i + 2, a)
    paras = [f"เรียน หัวหน้าฝ่ายฌาปนสถาน {muni(a)[0]}", "",
             f"{fh_name} ได้รับมอบหมายจากเจ้าภาพ ขอจองใช้ฌาปนสถานเทศบาลเพื่อประกอบพิธีฌาปนกิจศพ "
             f"ในวันที่ {thai_day(date(2026, 12, 15 + i % 9))} เวลา 15.30 น. รายละเอียดดังนี้", "",
             f"ผู้วายชนม์: {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i)} ถึงแก่กรรมเมื่อ {thai_day(d_died)} (มรณบัตรเลขที่ {5310 + i}/2569)",
             f"เจ้าภาพ: {a.name} ({'บุตร' if rel in ('บิดา', 'มารดา') else 'คู่สมรส'}) เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
             f"ที่อยู่ {home(a, i)} โทรศัพท์เจ้าภาพ {mobile(p.mobile, i + 1)}", "",
             f"บริษัทฯ จะนำศพเข้าเวลา 14.00 น. ชำระค่าธรรมเนียม 2,500 บาท ณ วันงาน หากมีข้อสงสัยติดต่อ {s_name.split()[0]} ได้ตลอด 24 ชม.", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{s_name}</b><br>ฝ่ายประสานงานพิธี<br>{fh_name}<br>'
           f"ทะเบียนนิติบุคคลเลขที่ {fh_reg}<br>{fh_office}<br>"
           f"โทร {fh_line} | มือถือ {mobile(s_mob, i)} | LINE {fh_lid}<br>"
           f'<a href="mailto:{fh_box}">{fh_box}</a></p>')  # fmt: skip
    raw = message(
        i, a, f"จองฌาปนสถาน ศพ{d_name}", f"{fh_name} <{fh_box}>", html=outlook_html(paras, sig)
    )
    return Case("html_outlook_funeral_home", raw, expect(a, NO_BIRTH, mail=False))


def html_webform_crematorium(a: Party, i: int) -> Case:
    """The municipality's e-Service notification of a crematorium booking, from no-reply:
    a table with the ผู้ยื่นคำขอ's rows (title, names, ID, birth date, phone, e-mail, the
    address in parts), then the deceased's rows, then the schedule."""
    p = a.p
    d_name, d_id, d_born, d_died, _ = dead(i + 3, a)
    d_title = d_name[:3]
    d_first, d_last = d_name[3:].split()
    rows = [("ข้อมูลผู้ยื่นคำขอ (เจ้าภาพ)", ""), ("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
            ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
            ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email or "-"), ("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"),
            ("ซอย", p.soi or "-"), ("ถนน", p.road or "-"), ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("ข้อมูลผู้ถึงแก่กรรม", ""), ("คำนำหน้า", d_title), ("ชื่อ", d_first), ("นามสกุล", d_last),
            ("เลขประจำตัวประชาชน", d_id), ("วันเดือนปีเกิด", f"{d_born.day:02d}/{d_born.month:02d}/{d_born.year + 543}"),
            ("วันที่ถึงแก่กรรม", f"{d_died.day:02d}/{d_died.month:02d}/{d_died.year + 543}"), ("สาเหตุ", "ชราภาพ"),
            ("เลขที่มรณบัตร", f"ก {8812 + i}"),
            ("กำหนดการ", ""), ("วันที่ฌาปนกิจ", f"{18 + i % 8}/12/2569"), ("เวลา", "16:00"), ("สถานที่ตั้งศพ", "ศาลา 2 วัดใหม่สามัคคีธรรม")]  # fmt: skip
    t = "".join(f'<tr><td style="width:35%;color:#555">{x}</td><td><b>{y}</b></td></tr>' if y
                else f'<tr><td colspan="2" style="background:#0b5394;color:#fff;padding:6px">{x}</td></tr>' for x, y in rows)  # fmt: skip
    html = (f'<html><body style="font-family:Sarabun,Tahoma"><h3>{muni(a)[0]} : ระบบบริการออนไลน์ (e-Service)</h3>'
            f"<p>มีคำขอใหม่ <b>คำขอใช้ฌาปนสถาน</b> เลขที่คำขอ ES-2569-{104 + 17 * i:05d} ยื่นเมื่อ 0{1 + i % 7}/12/2569</p>"
            f'<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">{t}</table>'
            "<p style='color:#888;font-size:11px'>อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, a, f"[e-Service] คำขอใช้ฌาปนสถาน ES-2569-{104 + 17 * i:05d}",
                  f"e-Service {muni(a)[0]} <no-reply@{muni(a)[1]}.example.go.th>", html=html)  # fmt: skip
    return Case("html_webform_crematorium", raw, expect(a, ALL))


def html_gmail_reply_hall_quote(a: Party, i: int) -> Case:
    """A mother replies above the hall clerk's quoted mail to confirm the hall for her
    daughter's wedding: her lines in the reply; the couple's names; the clerk's name,
    line with extension and the office's address in the quote."""
    p = a.p
    name, dom, line = muni(a)
    clerk = ("นางสาวอรวรรณ ศรีสุข", "นายปกรณ์ ทองดี")[i % 2]
    reply = (f'<div dir="ltr"><div>เรียน คุณ{clerk.split()[0][6 if clerk.startswith("นางสาว") else 3:]}</div><br>'
             f"<div>ขอบคุณ{ending(a)} {me(a)}ขอยืนยันจองหอประชุมวันที่ {thai_day(date(2027, 1, 16 + i % 7))} สำหรับงานมงคลสมรสของบุตรสาว "
             f"(นางสาวพิมพ์ลดา {p.last} กับ นายธนกฤต วงศ์ใหญ่) ข้อมูลผู้จองตามนี้{ending(a)}</div>"
             f"<div>ชื่อผู้จอง: {a.name}</div><div>เลขบัตรประชาชน: {nid_w(p.nid, i)}</div>"
             f"<div>ที่อยู่: {home(a, i + 2)}</div><div>เบอร์โทร: {tel(a, i + 1)}</div><br>"
             f"<div>จะโอนมัดจำภายในวันศุกร์นี้{ending(a)}</div><div>{p.first}</div><br>")  # fmt: skip
    quote = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ วันศุกร์ที่ 4 ธ.ค. 2569 เวลา 10:1{i % 10} '
             f"งานอาคารสถานที่ {name} &lt;building@{dom}.example.go.th&gt; เขียนว่า:<br></div>"
             '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             f"<div>เรียน คุณ{p.first}</div><div>อัตราค่าเช่าหอประชุมเทศบาล วันละ 5,000 บาท (ไม่รวมค่าไฟฟ้าเครื่องปรับอากาศ) "
             "เงินประกันความเสียหาย 2,000 บาท คืนหลังเลิกงาน</div>"
             "<div>หากประสงค์จะจอง กรุณาแจ้งชื่อ เลขบัตรประชาชน ที่อยู่ และเบอร์โทรของผู้จอง</div><br>"
             f"<div>{clerk}</div><div>เจ้าหน้าที่งานอาคารสถานที่ {name}</div>"
             f"<div>โทร {line} ต่อ 2{15 + i}</div><div>{('ถนนเทศบาลแสนสุข ตำบลแสนสุข อำเภอเมืองชลบุรี จังหวัดชลบุรี 20130', 'ถนนมรุพงษ์ ตำบลหน้าเมือง อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา 24000', 'ถนนสุขุมวิท ตำบลปากน้ำ อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ 10270')[[CB, CS, SP].index(p.province)]}</div>"
             "</blockquote></div></div>\n")  # fmt: skip
    raw = message(i, a, "Re: สอบถามค่าเช่าหอประชุม", own_box(a), html=reply + quote, box="building")
    return Case("html_gmail_reply_hall_quote", raw, expect(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def dots(v: str) -> str:
    return f"....{v}...."


def docx_stall_rent_form(a: Party, i: int) -> Case:
    """The market's คำขอเช่าแผง typed on dotted lines: the ผู้ขอเช่า's lines (the address
    in parts, dashes where empty), the stall wanted, then the ผู้ค้ำประกัน's lines (his ID,
    home, phone), the signatures."""
    p = a.p
    g_first, g_id, g_mob, g_home = HELPERS[(i + 1) % 3]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอเช่าแผงค้า ตลาดสดเทศบาล\n{muni(a)[0]}")
        d.add_paragraph(
            f"เขียนที่{dots('บ้าน')}\nวันที่{dots(str(3 + i % 20))}เดือน{dots('ธันวาคม')}พ.ศ.{dots('2569')}"
        )
        d.add_paragraph(
            f"ข้าพเจ้า{dots(a.name)}อายุ{dots(str(age(a)))}ปี สัญชาติ{dots('ไทย')}"
            f"เลขประจำตัวประชาชน{dots(nid_w(p.nid, i))}\n"
            f"อยู่บ้านเลขที่{dots(p.house)}หมู่ที่{dots(p.moo or '-')}ตรอก/ซอย{dots(p.soi or '-')}ถนน{dots(p.road or '-')}\n"
            f"ตำบล/แขวง{dots(p.tambon)}อำเภอ/เขต{dots(p.amphoe)}จังหวัด{dots(p.province)}รหัสไปรษณีย์{dots(p.postal)}\n"
            f"โทรศัพท์{dots(tel(a, i))}อีเมล{dots(p.email or '-')}"
        )
        d.add_paragraph(
            f"มีความประสงค์ขอเช่าแผงค้าเลขที่{dots(f'ค-{21 + i}')}ประเภทสินค้า{dots('อาหารทะเลสด')}"
            f"อัตราค่าเช่าเดือนละ{dots('1,500')}บาท ตั้งแต่วันที่ 1 มกราคม 2570"
        )
        d.add_paragraph(
            f"ผู้ค้ำประกัน ชื่อ{dots(g_first + ' ' + ('ศรีทอง', 'อินทร์จันทร์', 'สุขใจ')[i % 3])}"
            f"เลขประจำตัวประชาชน{dots(nid_w(g_id, i + 1))}\nอยู่บ้านเลขที่{dots(g_home)}\nโทรศัพท์{dots(mobile(g_mob, i))}"
        )
        d.add_paragraph(
            "ข้าพเจ้าขอรับรองว่าจะปฏิบัติตามระเบียบตลาดของเทศบาลทุกประการ\n\n"
            f"(ลงชื่อ)..........................ผู้ขอเช่า\n({a.name})\n\n"
            f"(ลงชื่อ)..........................ผู้ค้ำประกัน\n({g_first} {('ศรีทอง', 'อินทร์จันทร์', 'สุขใจ')[i % 3]})"
        )

    box = own_box(a) if p.email else f"ร้าน{p.first} <shop.{i}@example.net>"
    raw = message(i, a, "ส่งแบบคำขอเช่าแผงค้า", box, text=f"เรียน งานตลาด\nส่งแบบคำขอเช่าแผงที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอเช่าแผง.docx", docx_bytes(build), DOCX),), box="market")  # fmt: skip
    return Case("docx_stall_rent_form", raw, expect(a, NO_BIRTH))


def table_rows(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v


def docx_funeral_aid_form(a: Party, i: int) -> Case:
    """The office's funeral aid form in tables: ส่วนที่ 1 the deceased (ID, birth, death,
    มรณบัตร), ส่วนที่ 2 the ผู้ยื่นคำขอ (ID, birth date, home, phone, relation), ส่วนที่ 3
    the headman's certificate (his name, mobile)."""
    p = a.p
    d_name, d_id, d_born, d_died, rel = dead(i + 4, a)
    h_name, h_mob = HEADMEN[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุตามประเพณี\n{muni(a)[0]}")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้สูงอายุที่ถึงแก่กรรม")
        table_rows(d, [("ชื่อ-สกุล", d_name), ("เลขประจำตัวประชาชน", nid_w(d_id, i + 2)),
                       ("วัน/เดือน/ปีเกิด", born_th(d_born, i)), ("วันที่ถึงแก่กรรม", thai_day(d_died)),
                       ("มรณบัตรเลขที่", f"{120 + i}/2569"), ("ที่อยู่ตามทะเบียนบ้าน", f"{30 + i} หมู่ที่ 2 ตำบล{p.tambon} อำเภอ{p.amphoe}")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ข้อมูลผู้ยื่นคำขอ (ผู้จัดการศพ)")
        table_rows(d, [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                       ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("เกี่ยวข้องเป็น", "บุตร" if rel in ("บิดา", "มารดา") else "คู่สมรส"),
                       ("ที่อยู่ปัจจุบัน", home(a, i + 1)), ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email or "-")])  # fmt: skip
        d.add_paragraph(
            "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง\n"
            f"ลงชื่อ............................ผู้ยื่นคำขอ\n({a.name})"
        )
        d.add_paragraph("ส่วนที่ 3 คำรับรองของผู้นำท้องถิ่น")
        d.add_paragraph(
            f"ข้าพเจ้า {h_name} ตำแหน่ง ผู้ใหญ่บ้าน หมู่ที่ 2 ขอรับรองว่าผู้ยื่นคำขอเป็นผู้จัดการศพจริง\n"
            f"ลงชื่อ............................ผู้รับรอง\n({h_name})\nโทร {mobile(h_mob, i)}"
        )

    box = own_box(a) if p.email else f"หลาน {p.first} <lan.{p.last[:2]}{i}@gmail.com>"
    raw = message(i, a, "ยื่นแบบคำขอเงินสงเคราะห์ค่าจัดการศพ", box,
                  text=f"เรียน กองสวัสดิการสังคม\nส่งแบบคำขอของ{a.name}ครับ/ค่ะ\n",
                  files=(("แบบคำขอค่าจัดการศพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_funeral_aid_form", raw, expect(a, ALL))


def docx_temple_abbot_hearse(a: Party, i: int) -> Case:
    """A temple's letter (ที่ ...) signed by the abbot: it asks the hearse and tents for the
    cremation of an unclaimed body kept at the temple (his name and ID), the ไวยาวัจกร
    named as contact with his mobile; the temple's line under the signature."""
    k = i % 2
    t = TEMPLES[k]
    title, own_name = ABBOTS[k]
    w_name, _, w_mob, _ = WAIYA[k]
    u_id = with_check_digit(f"3{'2001' if k == 0 else '2401'}00{(i * 4421) % 100000:05d}")

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ {('วมส', 'วศม')[k]} {31 + i}/2569\t\t\t{t.name}\n\t\t\t\t{home(t, i)}")
        d.add_paragraph(f"\t\t\t\t{9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์รถบรรทุกศพและเต็นท์\nเรียน นายก{MUNI[t.p.province][0]}")
        d.add_paragraph(
            f"ด้วย{t.name} ได้รับศพนายเสถียร ไม่ทราบนามสกุลเดิม เลขประจำตัวประชาชน {nid_w(u_id, i)} "
            "ซึ่งไม่มีญาติมาติดต่อรับศพ มาเก็บรักษาไว้ที่วัดครบกำหนด 30 วันแล้ว วัดจึงจะจัดพิธีฌาปนกิจให้ "
            f"ในวันที่ {thai_day(date(2026, 12, 20 + i % 8))} จึงขอความอนุเคราะห์รถบรรทุกศพของเทศบาล 1 คัน และเต็นท์ 2 หลัง"
        )
        d.add_paragraph(
            f"ทั้งนี้ ได้มอบหมายให้ {w_name} ไวยาวัจกร โทร {mobile(w_mob, i + 1)} เป็นผู้ประสานงาน"
        )
        d.add_paragraph("จึงเจริญพรมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอเจริญพร\n\n({title})\n{'(' + own_name + ')' if not title.endswith(own_name) else ''}\nเจ้าอาวาส{t.name}"
        )
        d.add_paragraph(f"โทร {tel(t, i + 1)}")

    raw = message(i, t, f"หนังสือ{t.name} ขอรถบรรทุกศพ", f"{w_name[3:]} <{WAIYA[k][3]}>",
                  text=f"เรียน {MUNI[t.p.province][0]}\nส่งหนังสือจากท่านเจ้าอาวาสครับ\n",
                  files=(("หนังสือวัด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_temple_abbot_hearse", raw, temple(k, TEMPLE_KEYS))


def docx_heirs_move_grave(a: Party, i: int) -> Case:
    """An heir's letter asking leave to exhume his parents' remains from the municipal
    cemetery for cremation, with the heirs' consent table (each heir's ID, relation,
    mobile; his own row second)."""
    p = a.p
    d_name, _, _, _, _ = dead(i, a)
    sib1 = (
        "นางสมใจ " + p.last,
        with_check_digit(f"{p.nid[:5]}00{(i * 911) % 100000:05d}"),
        "พี่สาว",
        "0815530247",
    )
    sib2 = (
        "นายอนันต์ " + p.last,
        with_check_digit(f"{p.nid[:5]}01{(i * 577) % 100000:05d}"),
        "น้องชาย",
        "0897714038",
    )

    def build(d: Any) -> None:
        d.add_paragraph(f"{home(a, i)}\n\n{12 + i % 10} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขออนุญาตขุดย้ายศพออกจากสุสานเทศบาล\nเรียน นายก{muni(a)[0]}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ในฐานะบุตรและทายาทของ{d_name} "
            f"ซึ่งฝังศพไว้ที่สุสานเทศบาล แปลงเลขที่ B-{40 + i} ตั้งแต่ปี 2555 ขออนุญาตขุดย้ายอัฐิเพื่อนำไปฌาปนกิจและบรรจุที่วัด "
            "โดยทายาททุกคนยินยอมตามตารางข้างล่างนี้"
        )
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(
            t.rows[0].cells,
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "เกี่ยวข้องเป็น", "โทรศัพท์"),
            strict=True,
        ):
            c.text = h
        for n, (nm, nid, rel, mob) in enumerate(
            (sib1, (a.name, p.nid, "บุตร (ผู้ยื่นคำขอ)", p.mobile), sib2)
        ):
            for c, v in zip(
                t.add_row().cells,
                (str(n + 1), nm, nid_w(nid, i + n), rel, mobile(mob, i + n)),
                strict=True,
            ):
                c.text = v
        d.add_paragraph(
            f"จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต\n\nขอแสดงความนับถือ\n\n({a.name})\nโทร {tel(a, i)}"
        )

    raw = message(i, a, "ขออนุญาตขุดย้ายศพ สุสานเทศบาล", own_box(a), text="เรียน งานสุสาน\nแนบหนังสือขออนุญาตครับ\n",
                  files=(("ขอขุดย้ายศพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_heirs_move_grave", raw, expect(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_crematorium_booking(a: Party, i: int) -> Case:
    """The crematorium's fillable booking form, fields named host_*, deceased_* and
    funeral_home_*: the host's section, then the deceased's (ID, birth and death dates),
    then the funeral home's (its name and line)."""
    p = a.p
    d_name, d_id, d_born, d_died, _ = dead(i + 5, a)
    fh = FUNERAL_HOMES[1 if p.province == SP else 0]
    labels = [(45, 18, f"แบบคำขอใช้ฌาปนสถาน {muni(a)[0]}"), (20, 34, "ส่วนที่ 1 ผู้ขอ (เจ้าภาพ)"),
              (20, 42, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (125, 50, "วันเกิด"), (20, 58, "ที่อยู่"),
              (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"), (20, 82, "ส่วนที่ 2 ผู้ถึงแก่กรรม"), (20, 90, "ชื่อ-สกุล"),
              (20, 98, "เลขประจำตัวประชาชน"), (125, 98, "วันเกิด"), (20, 106, "วันที่ถึงแก่กรรม"), (110, 106, "มรณบัตรเลขที่"),
              (20, 122, "ส่วนที่ 3 สถานประกอบการจัดการศพ (ถ้ามี)"), (20, 130, "ชื่อ"), (120, 130, "โทรศัพท์"),
              (20, 146, "วันที่ขอใช้"), (20, 170, "ลงชื่อ ........................ ผู้ขอ")]  # fmt: skip
    fields = [Field("host_name", a.name, 40, 42, 100), Field("host_id", p.nid, 60, 50, 60, comb=13),
              Field("host_dob", born_th(p.born, i), 140, 50, 45), Field("host_address", home(a, i + 2), 35, 58, 160),
              Field("host_tel", tel(a, i), 40, 66, 55), Field("host_email", p.email, 122, 66, 70),
              Field("deceased_name", d_name, 40, 90, 100), Field("deceased_id", nid_w(d_id, i), 60, 98, 60),
              Field("deceased_dob", born_th(d_born, i + 1), 140, 98, 45), Field("deceased_dod", thai_day(d_died), 55, 106, 50),
              Field("death_cert_no", f"{7710 + i}/2569", 140, 106, 40),
              Field("funeral_home_name", fh[0], 30, 130, 85), Field("funeral_home_tel", fh[2], 140, 130, 45),
              Field("booking_date", f"{20 + i % 8} ธันวาคม 2569 เวลา 16.00 น.", 45, 146, 80)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, a, "ส่งแบบคำขอใช้ฌาปนสถาน", own_box(a), text=f"ส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอใช้ฌาปนสถาน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_crematorium_booking", raw, expect(a, ALL))


def pdf_fillable_hall_rent(a: Party, i: int) -> Case:
    """The hall's fillable rental form with Thai field names: the ผู้ขอใช้'s lines, the
    purpose (a funeral's chanting nights at the community sala), the ผู้ประสานงาน's name
    and mobile, the deposit receipt's book and number."""
    p = a.p
    labels = [(40, 18, f"คำขอใช้อาคารสถานที่ {muni(a)[0]}"), (20, 36, "ชื่อผู้ขอใช้"), (20, 44, "เลขบัตรประชาชน"),
              (20, 52, "ที่อยู่"), (20, 60, "โทรศัพท์มือถือ"), (110, 60, "อีเมล"), (20, 72, "สถานที่ขอใช้"),
              (20, 80, "วัตถุประสงค์"), (20, 88, "วันที่ใช้"), (20, 100, "ผู้ประสานงาน"), (120, 100, "โทร"),
              (20, 112, "ใบเสร็จรับเงินมัดจำ เล่มที่/เลขที่"), (20, 140, "ลงชื่อ ........................ ผู้ขอใช้")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอใช้", a.name, 45, 36, 100), Field("เลขบัตรประชาชน", nid_w(p.nid, i + 1), 52, 44, 60),
              Field("ที่อยู่", home(a, i), 35, 52, 160), Field("โทรศัพท์มือถือ", mobile(p.mobile, i), 50, 60, 50),
              Field("อีเมล", p.email, 122, 60, 70), Field("สถานที่ขอใช้", "ศาลาอเนกประสงค์ชุมชน", 50, 72, 90),
              Field("วัตถุประสงค์", "ตั้งศพบำเพ็ญกุศลสวดพระอภิธรรม 3 คืน", 50, 80, 120),
              Field("วันที่ใช้", f"{14 + i % 7}-{16 + i % 7} ธันวาคม 2569", 45, 88, 70),
              Field("ผู้ประสานงาน", f"นางสาวกนกพร {p.last}", 50, 100, 65), Field("โทรผู้ประสานงาน", f"06{1 + i % 8}-227-{3190 + i}", 130, 100, 45),
              Field("เลขที่ใบเสร็จ", f"เล่มที่ {12 + i} เลขที่ 04{58 + i}", 80, 112, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, a, "คำขอใช้ศาลาอเนกประสงค์ (แบบฟอร์ม PDF)", own_box(a), text=f"แนบคำขอใช้สถานที่{ending(a)}\n",
                  files=(("ขอใช้สถานที่.pdf", data, PDF),), box="building")  # fmt: skip
    return Case("pdf_fillable_hall_rent", raw, expect(a, NO_BIRTH))


def pdf_typed_heir_deposit_refund(a: Party, i: int) -> Case:
    """An heir's typed letter (Word to PDF) asking back the stall deposit of a dead
    parent: her block top right, the parent's ID and contract in the body, the bank
    account, her phone under her signature."""
    p = a.p
    d_name, d_id, _, d_died, _ = dead(i + 6, a)
    hm = home(a, i)
    cut = hm.find(" ตำบล") if " ตำบล" in hm else hm.find(" ต.")
    paras: list[tuple[float, str]] = [(120, hm[:cut]), (120, hm[cut + 1:]), (0, ""), (120, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอรับเงินประกันการเช่าแผงคืน"), (20, f"เรียน นายก{muni(a)[0]}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นบุตรของ {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i + 1)} "
                  f"ผู้เช่าแผงเลขที่ ง-{3 + i} ตลาดสดเทศบาล ตามสัญญาเช่าเลขที่ {211 + i}/2565 ซึ่งถึงแก่กรรมเมื่อวันที่ {thai_day(d_died)} "
                  "ทายาทไม่ประสงค์จะเช่าแผงต่อ จึงขอรับเงินประกันการเช่าจำนวน 6,000 บาท (หกพันบาทถ้วน) คืน "
                  f"โดยโอนเข้าบัญชีธนาคารออมสิน เลขที่บัญชี 0203-{i % 10}447-812{i % 10} ชื่อบัญชี {a.name}"),
             (30, "ทั้งนี้ได้แนบสำเนามรณบัตร สำเนาสัญญาเช่า และหนังสือยินยอมของทายาทอื่นมาพร้อมนี้"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (105, f"โทร {tel(a, i + 1)}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, a, "ขอรับเงินประกันแผงคืน (ผู้เช่าถึงแก่กรรม)", own_box(a), text=f"เรียน งานตลาด\nแนบหนังสือขอรับเงินประกันคืน{ending(a)}\n",
                  files=(("ขอคืนเงินประกัน.pdf", data, PDF),), box="market")  # fmt: skip
    return Case("pdf_typed_heir_deposit_refund", raw, expect(a, NO_BIRTH))


def pdf_typed_waiyawatchakon_for_host(a: Party, i: int) -> Case:
    """A ไวยาวัจกร's typed letter on the temple's head asking the municipal crematorium
    and hearse for a poor family's funeral: the host's name, ID, home and mobile in the
    body, the deceased (ID, birth date); he signs with his own ID and mobile."""
    p = a.p
    k = 1 if p.province == CS else 0
    t = TEMPLES[k]
    w_name, w_id, w_mob, w_box = WAIYA[k]
    d_name, d_id, d_born, _, rel = dead(i + 7, a)
    paras: list[tuple[float, str]] = [(80, t.name), (60, home(t, i)), (80, f"โทร {tel(t, i)}"), (0, ""),
             (120, f"{11 + i % 15} ธันวาคม 2569"), (20, "เรื่อง ขอใช้ฌาปนสถานและรถบรรทุกศพ"), (20, f"เรียน นายก{muni(a)[0]}"), (0, ""),
             (30, f"ด้วยข้าพเจ้า {w_name} เลขประจำตัวประชาชน {nid_w(w_id, i)} ไวยาวัจกร{t.name} ขอยื่นคำขอแทนครอบครัวผู้ถึงแก่กรรม "
                  f"ซึ่งมีฐานะยากจน คือ {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i + 1)} เกิดวันที่ {born_th(d_born, i)} "
                  f"เจ้าภาพคือ {a.name} ({'บุตร' if rel in ('บิดา', 'มารดา') else 'คู่สมรส'}) เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
                  f"อยู่บ้านเลขที่ {home(a, i + 1)} โทร {mobile(p.mobile, i)}"),
             (30, f"ขอใช้ฌาปนสถานเทศบาลในวันที่ {thai_day(date(2026, 12, 22 + i % 6))} และขอยกเว้นค่าธรรมเนียม พร้อมรถบรรทุกศพนำศพจากวัดไปยังฌาปนสถาน"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({w_name})"), (105, f"ไวยาวัจกร{t.name}"), (105, f"โทร {mobile(w_mob, i + 1)}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Kinnari", step=8.5), size=14, face="Kinnari")
    raw = message(i, a, f"ขอใช้ฌาปนสถาน ({t.name} ยื่นแทนเจ้าภาพ)", f"{w_name[3:]} <{w_box}>",
                  text="เรียน เทศบาล\nแนบหนังสือขอใช้ฌาปนสถานครับ\n", files=(("หนังสือขอใช้ฌาปนสถาน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_waiyawatchakon_for_host", raw, expect(a, ALL, mail=False, born=False))


# --- sheets --------------------------------------------------------------------------------


def xlsx_stall_vendor_sheet(a: Party, i: int) -> Case:
    """A vendor's own sheet for the market's yearly renewal: label rows (her birth date a
    text in v1, a date cell in v2), the stall, the helper's row with her ID and mobile,
    the refund account."""
    p = a.p
    h_first, h_id, h_mob, _ = HELPERS[(i + 2) % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลผู้เช่า"
        ws.append((f"แบบข้อมูลผู้เช่าแผง ตลาดสด{muni(a)[0]} ปี 2570",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเดือนปีเกิด", born_th(p.born, i) if i % 2 == 0 else p.born))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(("อีเมล", p.email))
        ws.append(("แผงเลขที่", f"ข-{30 + i}", "ประเภทสินค้า", "ผลไม้"))
        ws.append(())
        ws.append(
            (
                "ผู้ช่วยขาย",
                f"{h_first} {('ดีมาก', 'ศรีเมือง', 'บุญคง')[i % 3]}",
                nid_w(h_id, i + 1),
                mobile(h_mob, i),
            )
        )
        ws.append(("บัญชีคืนเงินประกัน", f"ธ.กสิกรไทย 0{i % 10}8-2-41{i % 10}57-0"))

    raw = message(i, a, "ต่อสัญญาเช่าแผง ปี 2570", own_box(a), text=f"เรียน งานตลาด\nแนบข้อมูลต่อสัญญาเช่าแผง{ending(a)}\n",
                  files=(("ข้อมูลผู้เช่าแผง.xlsx", xlsx_bytes(build), XLSX),), box="market")  # fmt: skip
    return Case("xlsx_stall_vendor_sheet", raw, expect(a, ALL))


def xlsx_heirs_funeral_aid(a: Party, i: int) -> Case:
    """A list of heirs for the funeral aid as a sheet: the deceased's row first (ID,
    birth, death), then the heirs' rows (ID, relation, home, mobile), the filer's row
    second and marked ผู้ยื่นคำขอ."""
    p = a.p
    d_name, d_id, d_born, d_died, _ = dead(i + 8, a)
    sib = [(f"นางวิไล {p.last}", with_check_digit(f"{p.nid[:5]}02{(i * 313) % 100000:05d}"), "บุตร",
            "8 หมู่ 4 ตำบลบางพระ อำเภอศรีราชา จังหวัดชลบุรี 20110", "0862241175", ""),
           (a.name, p.nid, "บุตร", home(a, i), p.mobile, "ผู้ยื่นคำขอ / ผู้จัดการศพ"),
           (f"นายไพโรจน์ {p.last}", with_check_digit(f"{p.nid[:5]}03{(i * 719) % 100000:05d}"), "บุตร",
            "41/9 ถนนศรีนครินทร์ ตำบลบางเมือง อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ 10270", "0819932064", "")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทายาท"
        ws.append(("บัญชีรายชื่อทายาท ประกอบคำขอรับเงินสงเคราะห์ค่าจัดการศพ",))
        ws.append(
            (
                "ผู้ถึงแก่กรรม",
                d_name,
                nid_w(d_id, i),
                f"เกิด {born_th(d_born, i)}",
                f"ถึงแก่กรรม {thai_day(d_died, True)}",
            )
        )
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "เกี่ยวข้องเป็น", "ที่อยู่", "โทรศัพท์", "หมายเหตุ"))
        for n, (nm, nid, rel, hm, mob, note) in enumerate(sib):
            ws.append((n + 1, nm, nid_w(nid, i + n), rel, hm, mobile(mob, i + n), note))

    raw = message(i, a, "บัญชีรายชื่อทายาท (เงินค่าจัดการศพ)", own_box(a), text=f"เรียน กองสวัสดิการสังคม\nแนบบัญชีรายชื่อทายาทเพิ่มเติม{ending(a)}\n",
                  files=(("รายชื่อทายาท.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_heirs_funeral_aid", raw, expect(a, ALL, born=False))


def xlsx_cemetery_booking_row(a: Party, i: int) -> Case:
    """A cemetery booking as one row under a header row: the ผู้จอง's columns (name, ID,
    phone, address), the plot, the ผู้วายชนม์'s columns (name, ID), the burial date."""
    p = a.p
    d_name, d_id, _, _, _ = dead(i + 9, a)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "จองแปลง"
        ws.append(("ลำดับ", "วันที่จอง", "ชื่อผู้จอง", "เลขประจำตัวประชาชนผู้จอง", "โทรศัพท์", "ที่อยู่ผู้จอง",
                   "แปลงเลขที่", "ชื่อผู้วายชนม์", "เลขประจำตัวประชาชนผู้วายชนม์", "วันที่ฝัง"))  # fmt: skip
        ws.append((1, f"0{1 + i % 7}/12/2569", a.name, nid_w(p.nid, i), tel(a, i + 3), home(a, i),
                   f"D-{205 + i}", d_name, nid_w(d_id, i + 1), f"{19 + i % 9}/12/2569"))  # fmt: skip

    box = own_box(a) if p.email else f"{p.first} <{p.first[:2]}.family{i}@gmail.com>"
    raw = message(i, a, "ใบจองแปลงสุสาน", box, text=f"เรียน งานสุสาน\nแนบไฟล์จองแปลง{ending(a)}\n",
                  files=(("จองแปลงสุสาน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_cemetery_booking_row", raw, expect(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the temple style picks its temple by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_stall_rent, (0, 8)),
    (plain_line_forward_crematorium, (3, 9)),
    (plain_webmail_funeral_aid, (4, 9)),
    (plain_outlook_android_cemetery_plot, (1, 5)),
    (plain_gmail_hall_merit, (6, 10)),
    (html_gmail_heir_stall_transfer, (2, 8)),
    (html_outlook_funeral_home, (7, 13)),
    (html_webform_crematorium, (0, 11)),
    (html_gmail_reply_hall_quote, (4, 6)),
    (docx_stall_rent_form, (10, 9)),
    (docx_funeral_aid_form, (1, 13)),
    (docx_temple_abbot_hearse, (0, 0)),
    (docx_heirs_move_grave, (5, 12)),
    (pdf_fillable_crematorium_booking, (2, 4)),
    (pdf_fillable_hall_rent, (9, 1)),
    (pdf_typed_heir_deposit_refund, (10, 6)),
    (pdf_typed_waiyawatchakon_for_host, (11, 3)),
    (xlsx_stall_vendor_sheet, (8, 2)),
    (xlsx_heirs_funeral_aid, (12, 0)),
    (xlsx_cemetery_booking_row, (5, 7)),
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
