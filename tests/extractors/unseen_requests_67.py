"""A sixty-seventh set of requests written by someone who had not read the readers (issue 8):
FIRE, RESCUE AND EMERGENCIES, the งานป้องกันและบรรเทาสาธารณภัย (and its ศูนย์กู้ชีพ) of
เทศบาล and อบต. in Nakhon Ratchasima, Chachoengsao, Lampang and Surat Thani. A snake in a
rented house (the tenant reports; the landlord named with his phone and home) and a bees'
nest in a neighbour's tree (the neighbour's name and house number); a tree fallen on a
power line (PEA's reference number, a GPS position); water brought by the fire truck in
drought (an e-service's table, a villager's fillable form with the headman's
certification, a headman's list of households); compensation after a house fire or a
summer storm in the แบบ กชภ.อ.1 manner (the one who lives in the house and files beside
the house's owner with his ID and own home, the victims in the household with their IDs
and birth dates, the village head certifying with his mobile); a bedridden patient to be
taken to hospital by the rescue van (the caller his niece, her ID, mobile and box; the
hospital's HN number; the doctor's appointment date); a witness's report of a road
accident (the other driver's name and plate, the injured's name and her relative's
mobile, the rescue unit's incident number); a school asking a fire drill (its director
signs, a teacher coordinates; its 10-digit school code); a factory asking its fire-safety
inspection (its registration number, its factory licence, its safety officer); an อปพร.
volunteer applying for refresher training (his member card number, its issue and expiry
dates, his emergency contact).
Kinds: plain (an iPhone's mail, webmail, Outlook for Android, a Galaxy), HTML (Gmail's
divs, Outlook desktop's Word HTML, an e-service's table from no-reply, an Outlook.com reply
above the officer's quoted question, a school's letter typed into Gmail), Word (the
กชภ.อ.1-style form over dotted lines with a household table, the rescue centre's
patient-transfer form as a table, the อปพร. training form, a factory's letter on its
letterhead), PDF (fillable forms with Thai and with English field names, typed letters
saved from Word), xlsx (a headman's water list, a storm-damage survey sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; the natural person who signs for a company), set 31
(the elder or disabled person, not the caregiver; the villager, not the headman who files
or certifies), set 37 (where only a relative's phone is given, the applicant's phone is
`()`), set 56/60/63 (a firm: the director who signs for it, else no name or ID; a
contact it names is its contact). WHO says it per style. Here:
- A REPORT OF A HAZARD (snake, bees' nest, fallen tree): the one who reports and asks the
  unit to come, tenant or neighbour alike. The landlord of a tenant, the owner of the house
  or tree where the nest or snake is, his son: never (their names, phones, IDs, homes, house
  numbers never hers). address: the reporter's own home (a tenant's rented house is where
  she lives: hers); the neighbour's house where the nest is never.
- WATER BY THE FIRE TRUCK: a villager who asks for her household is the applicant (the
  headman who certifies never); a HEADMAN WHO ASKS FOR HIS VILLAGE (a list) is the
  applicant himself (his block; the households in the rows never his).
- COMPENSATION AFTER A FIRE OR A STORM: the one who files as the victim (ผู้ประสบภัย /
  ผู้ยื่นคำร้อง), who LIVES in the damaged house; where the house belongs to another (a
  brother, a father, a mother-in-law), the owner's name, ID, phone and own home are never
  hers. The other victims of the household (spouse, children, with IDs and birth dates) are
  never her; her own row in a victims' table is hers. The village head who certifies (name,
  mobile) never. address: the damaged house where she lives. A fire's or storm's date never
  a birth date.
- A PATIENT TO BE TAKEN BY THE RESCUE VAN: the applicant is the PATIENT, for whom the
  service is asked (set 63's "the one the request is FOR"); the niece (or other relative)
  who calls, writes, sends and rides along is never him: her name, ID, mobile, box, home
  never his; his phone `()` where only hers is given, his own where the form gives it; his
  e-mail `()` (he has none; only hers appears). address: his home, where the van fetches
  him; the hospital's never. The HN number, the appointment's number and the appointment
  date are never an ID, a phone or a birth date.
- A WITNESS'S REPORT OF A ROAD ACCIDENT: the witness who writes (he asks to give his
  statement and a copy of the unit's record); the other driver (name, plate), the injured
  (name, her relative's mobile) never. address: his home, never the accident's spot.
- A SCHOOL's request: the director who signs its letter (set 56's natural person): his
  name; national_id `()` (none given; the 10-digit school code is never an ID or a phone);
  address, phone and e-mail the school's place, line and box, the coordinating teacher's
  mobile also accepted as the school's contact; no birth date scored.
- A FACTORY's request: on its letterhead signed by the managing director, he is the
  applicant (his name; no ID given: `()`); where its safety officer (จป.วิชาชีพ) writes and
  signs the mail herself, no one's name or ID is right (`()`). Address, phone, e-mail: the
  company's place, line and box (the safety officer's mobile, given as its contact, also
  accepted); its registration number and factory licence never an ID, its fax never a phone.
- AN อปพร. VOLUNTEER applying for training: himself; his member card number, its issue
  and expiry dates, the course's dates never an ID or a birth date; his emergency contact
  (wife, husband) never.
- An elder without a box whose form her grandson mails: email `()` (his box never hers).
Values: full_name with the title as written; national_id the 13 digits; birth_date ISO;
phone the applicant's own (+66... or 0...), only where given; email the applicant's own
box (sent from or given); address from the house number to the อำเภอ, written out or short,
with or without เลขที่/บ้านเลขที่, with or without the province and postal code; province
(official name) and postal_code of that address. HN, incident, PEA reference, plate, card,
case, licence, registration and appointment numbers are never an ID or a phone.
Everyone, every firm, school and number is invented (13-digit numbers made with
with_check_digit); hospitals are real names; ตำบล, อำเภอ, provinces and postal codes are real
and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

NR = "นครราชสีมา"
CC = "ฉะเชิงเทรา"
LP = "ลำปาง"
ST = "สุราษฎร์ธานี"
AREA = {NR: "044", CC: "038", LP: "054", ST: "077"}  # landline area codes
NONE = date(1900, 1, 1)  # a firm or school has no birth date; never expected

# The local body of each อำเภอ the applicants live in, and its mail domain.
OFFICES: dict[str, tuple[str, str]] = {
    "เมืองนครราชสีมา": ("เทศบาลนครนครราชสีมา", "koratcity"),
    "ปากช่อง": ("องค์การบริหารส่วนตำบลหนองสาหร่าย", "nongsarai"),
    "สูงเนิน": ("เทศบาลตำบลสูงเนิน", "sungnoen"),
    "เมืองฉะเชิงเทรา": ("เทศบาลเมืองฉะเชิงเทรา", "chachoengsaocity"),
    "บางปะกง": ("องค์การบริหารส่วนตำบลท่าสะอ้าน", "thasaan"),
    "พนมสารคาม": ("องค์การบริหารส่วนตำบลเกาะขนุน", "kokhanun"),
    "เมืองลำปาง": ("เทศบาลนครลำปาง", "lampangcity"),
    "เกาะคา": ("เทศบาลตำบลเกาะคา", "kokha"),
    "แม่ทะ": ("เทศบาลตำบลแม่ทะ", "maetha"),
    "เมืองสุราษฎร์ธานี": ("เทศบาลนครสุราษฎร์ธานี", "suratcity"),
    "พุนพิน": ("เทศบาลเมืองท่าข้าม", "thakham"),
}

# The applicants: reporters, tenants, victims, villagers, witnesses, volunteers, patients.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุษบา", "ศรีสำราญ", "330010045128", date(1976, 6, 3), "0819734412", "busaba.ss@gmail.com",
      "118/4", "", "", "มิตรภาพ", "ในเมือง", "เมืองนครราชสีมา", NR, "30000"),
    P("นาย", "อำนาจ", "ทองสุข", "330210061374", date(1968, 2, 19), "0892217045", "amnat.ts@hotmail.com",
      "57", "6", "", "", "หนองสาหร่าย", "ปากช่อง", NR, "30130"),
    P("นางสาว", "วรรณิศา", "พิมพ์ทอง", "130990012846", date(1995, 9, 27), "0625584109", "wannisa.pt@gmail.com",
      "23/9", "", "ชุมพล 3", "ชุมพล", "ในเมือง", "เมืองนครราชสีมา", NR, "30000"),
    P("นาย", "สมศักดิ์", "แก่นจันทร์", "330120037752", date(1949, 11, 8), "0857741236", "",
      "204", "9", "", "", "สูงเนิน", "สูงเนิน", NR, "30170"),
    P("นาง", "พรทิพย์", "เย็นใจ", "324010052217", date(1971, 4, 14), "0861129934", "porntip.yj@yahoo.com",
      "66/2", "", "", "ศุภกิจ", "หน้าเมือง", "เมืองฉะเชิงเทรา", CC, "24000"),
    P("นาย", "ธีรวัฒน์", "บุญมาก", "324050041189", date(1983, 12, 30), "0948813367", "teerawat.bm@gmail.com",
      "19", "3", "", "", "ท่าสะอ้าน", "บางปะกง", CC, "24130"),
    P("นาง", "ละเอียด", "มีทรัพย์", "324030006621", date(1945, 7, 1), "0814476652", "",
      "88", "5", "", "", "เกาะขนุน", "พนมสารคาม", CC, "24120"),
    P("นาย", "ณัฐวุฒิ", "กันทะวงศ์", "152990023451", date(1990, 3, 17), "0637219904", "nattawut.kw@gmail.com",
      "41", "", "", "ทิพย์ช้าง", "สวนดอก", "เมืองลำปาง", LP, "52100"),
    P("นาง", "แสงเดือน", "ปัญญาวงค์", "352050047736", date(1962, 10, 5), "0898814520", "saengduan.pw@gmail.com",
      "132", "4", "", "", "เกาะคา", "เกาะคา", LP, "52130"),
    P("นาย", "บุญเรือน", "อินต๊ะ", "352110019964", date(1952, 1, 21), "0854429031", "",
      "7", "2", "", "", "แม่ทะ", "แม่ทะ", LP, "52150"),
    P("นางสาว", "ศิริลักษณ์", "ชูแก้ว", "184990031572", date(1998, 8, 11), "0617723408", "sirilak.ck@gmail.com",
      "99/12", "", "", "ตลาดใหม่", "ตลาด", "เมืองสุราษฎร์ธานี", ST, "84000"),
    P("นาย", "วิโรจน์", "ทองขาว", "384120054418", date(1974, 5, 26), "0819958213", "wiroj.tk@hotmail.com",
      "150/3", "1", "", "", "ท่าข้าม", "พุนพิน", ST, "84130"),
    P("นาง", "จันทร์เพ็ญ", "สุขสวัสดิ์", "384010028853", date(1966, 9, 9), "0873306621", "janpen.ss@gmail.com",
      "12", "7", "", "", "มะขามเตี้ย", "เมืองสุราษฎร์ธานี", ST, "84000"),
    P("นาย", "ประสิทธิ์", "ด้วงทอง", "384010007734", date(1958, 2, 2), "0892241187", "",
      "3/1", "5", "", "", "บางกุ้ง", "เมืองสุราษฎร์ธานี", ST, "84000"),
)  # fmt: skip

# Landlords of tenants: name, ID, mobile, own home (never the tenant's).
LANDLORDS: tuple[tuple[str, str, str, str], ...] = (
    ("นายเฉลิม วงศ์ไพศาล", with_check_digit("330010076612"), "0816624019",
     "300/18 ถนนสุรนารายณ์ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000"),
    ("นางสมพิศ จันทร์แดง", with_check_digit("310030044521"), "0897745120",
     "45/211 หมู่บ้านพฤกษาวิลล์ ซอยรามอินทรา 65 แขวงท่าแร้ง เขตบางเขน กรุงเทพมหานคร 10220"),
)  # fmt: skip

# Owners of the house next door (the bees' nest): name, age, son's mobile.
NEIGHBOURS: tuple[tuple[str, int, str], ...] = (
    ("นายเปลื้อง ศรีบุญ", 81, "0862214739"),
    ("นางบัวผัน คำแก้ว", 77, "0935527104"),
)

# Owners of a damaged house where the applicant lives: name, (relation as a woman says
# it, as a man says it), ID, mobile, own home.
HOUSE_OWNERS: tuple[tuple[str, tuple[str, str], str, str, str], ...] = (
    ("นายทองดี ปัญญาวงค์", ("พี่ชาย", "พี่เขย"), with_check_digit("352010011847"), "0817746203",
     "25/7 ถนนพหลโยธิน ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000"),
    ("นางประนอม ศรีเมือง", ("แม่สามี", "แม่ยาย"), with_check_digit("384150004468"), "0896617325",
     "71 หมู่ที่ 3 ตำบลท่าชนะ อำเภอท่าชนะ จังหวัดสุราษฎร์ธานี 84170"),
    ("นายสุวิทย์ เย็นใจ", ("บิดา", "พ่อตา"), with_check_digit("324010009935"), "0814420918",
     "9/4 หมู่ที่ 2 ตำบลบางพระ อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา 24000"),
    ("นางบุญเรือง พิมพ์ทอง", ("ป้า", "ป้า"), with_check_digit("330010008817"), "0856620431",
     "14 หมู่ที่ 8 ตำบลจอหอ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30310"),
    ("นายวีรพงษ์ มีทรัพย์", ("บุตรชาย", "บุตรชาย"), with_check_digit("324030041153"), "0816692240",
     "77/45 หมู่บ้านพฤกษา 12 ซอยลำลูกกา 36 ตำบลลาดสวาย อำเภอลำลูกกา จังหวัดปทุมธานี 12150"),
)  # fmt: skip


def house_owner(a: Party, k: int) -> tuple[str, str, str, str, str]:
    """The k-th owner with his relation to the applicant as she (or he) says it."""
    name, rels, nid, mob, where = HOUSE_OWNERS[k]
    return name, rels[a.p.title == "นาย"], nid, mob, where


# Village heads who certify, by province: name, mobile.
HEADMEN: dict[str, tuple[str, str]] = {
    NR: ("นายสมพงษ์ ชาติกระโทก", "0815549203"),
    CC: ("นายไพโรจน์ แสงอรุณ", "0892260417"),
    LP: ("นายจำรัส ใจมา", "0869924413"),
    ST: ("นายสุเทพ ชูช่วย", "0817786052"),
}

# Relatives who call the rescue van, by province: name, ID, mobile, box, display, own home.
HELPERS: dict[str, tuple[str, str, str, str, str, str]] = {
    NR: ("นางสาวกนกวรรณ ศรีนอก", with_check_digit("130010071236"), "0946627710", "kanokwan.sn@gmail.com", "Kanokwan Srinok",
         "88/45 หมู่บ้านเดอะวิลล์ ถนนมิตรภาพ ตำบลหนองระเวียง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000"),
    LP: ("นางสาวพัชราภา อินต๊ะ", with_check_digit("152110066247"), "0659941183", "patcharapa.it@hotmail.com", "พัชราภา อินต๊ะ",
         "17/3 ถนนพหลโยธิน ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000"),
    ST: ("นางวิไลวรรณ ด้วงทอง", with_check_digit("384150069925"), "0824416673", "wilaiwan.dt@gmail.com", "Wilaiwan D.",
         "55 หมู่ที่ 2 ตำบลท่าข้าม อำเภอพุนพิน จังหวัดสุราษฎร์ธานี 84130"),
    CC: ("นางสาวณิชา มีทรัพย์", with_check_digit("124030052284"), "0918830542", "nicha.mss@gmail.com", "Nicha Meesap",
         "120/8 ถนนมรุพงษ์ ตำบลหน้าเมือง อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา 24000"),
}  # fmt: skip

# Hospitals and the patient's HN there, by province.
HOSPITALS: dict[str, tuple[str, str]] = {
    NR: ("โรงพยาบาลมหาราชนครราชสีมา", "6403187"),
    LP: ("โรงพยาบาลลำปาง", "52-0041876"),
    ST: ("โรงพยาบาลสุราษฎร์ธานี", "0027315"),
    CC: ("โรงพยาบาลพุทธโสธร", "640018255"),
}

# The other driver (name, plate) and the injured (name, her relative's mobile).
DRIVERS: tuple[tuple[str, str], ...] = (
    ("นายชัยวัฒน์ เพิ่มพูล", "2กษ 7315 กรุงเทพมหานคร"),
    ("นายอนันต์ หอมจันทร์", "บพ 4418 สุราษฎร์ธานี"),
)
INJURED: tuple[tuple[str, str], ...] = (
    ("นางสาวปิยธิดา วงศ์คำ", "0924418830"),
    ("นายกิตติพงษ์ แสงแก้ว", "0652219047"),
)
SPOTS: dict[str, str] = {
    NR: "ถนนมิตรภาพ ขาเข้าเมือง หน้าห้างเดอะมอลล์",
    CC: "ถนนบางนา-ตราด กม. 48 ขาออก ใกล้สะพานข้ามแม่น้ำบางปะกง",
    LP: "ถนนพหลโยธิน แยกสวนดอก",
    ST: "ถนนเอเชีย 41 แยกท่าข้าม หน้าปั๊มน้ำมัน",
}

# Factories: the firm (registration number as nid), its director, its safety officer.
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "บางปะกงพลาสติกแพ็ค", "จำกัด", "024555700318", NONE, "038573410", "admin@bpk-plasticpack.example.co.th",
      "99/9", "2", "", "บางนา-ตราด", "ท่าสะอ้าน", "บางปะกง", CC, "24130", juristic=True),
    P("บริษัท ", "สุราษฎร์ปาล์มออยล์", "จำกัด", "084555900127", NONE, "077355812", "office@srt-palmoil.example.co.th",
      "88", "4", "", "", "ท่าข้าม", "พุนพิน", ST, "84130", juristic=True),
)  # fmt: skip
FIRM_DIRECTORS = ("นายวิทยา ตั้งเจริญชัย", "นางสาวรัตนา ลิ่มสกุล")
SAFETY_OFFICERS = (("นางสาวสุพัตรา ทองมี", "0863317725"), ("นายกฤษดา ชูศรี", "0895528841"))
FACTORY_LICENCES = ("จ3-64(1)-12/55ฉช", "3-47(2)-8/49สฎ")

# Schools: the place, line and box; its director; the coordinating teacher; its code.
SCHOOLS: tuple[Party, ...] = (
    P("", "โรงเรียนบ้านหนองสาหร่ายพัฒนา", "", "000000000011", NONE, "044756218", "nongsarai.school@gmail.com",
      "99", "6", "", "", "หนองสาหร่าย", "ปากช่อง", NR, "30130", juristic=True),
    P("", "โรงเรียนเกาะคาวิทยาคม", "", "000000000029", NONE, "054281377", "kokhawit.school@gmail.com",
      "45", "3", "", "", "เกาะคา", "เกาะคา", LP, "52130", juristic=True),
)  # fmt: skip
SCHOOL_DIRECTORS = ("นายชาญวิทย์ โพธิ์ศรี", "นางอรพิน วงศ์ใหญ่")
TEACHERS = (("นางสาวกาญจนา มั่นยืน", "0937742218"), ("นายเอกพล สุริยะ", "0624418805"))
SCHOOL_CODES = ("1030410215", "1052140377")


def office(a: Party) -> str:
    return OFFICES[a.p.amphoe][0]


def desk(a: Party) -> str:
    return f"disaster@{OFFICES[a.p.amphoe][1]}.example.go.th"


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), after: date | None = None) -> bytes:  # fmt: skip
    """The mail, sent a day or three `after` the event it tells of (early March if none)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    d = after + timedelta(days=1 + n % 3) if after else date(2027, 3, 2 + n % 5)
    msg["Date"] = format_datetime(
        datetime(d.year, d.month, d.day, 1 + n % 11, (13 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set67-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    assert p.email, a.name
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def age(a: Party) -> int:
    """Her age in years on 15 March 2570 (2027)."""
    b = a.p.born
    return 2027 - b.year - ((b.month, b.day) > (3, 15))


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant's own values; an elder without a box: email `()` (the one who mails
    her form is another)."""
    e = exp(a, keys)
    if "email" in e and not a.p.email:
        e["email"] = ()
    return e


def for_patient(a: Party, keys: str, *, own_phone: bool = False) -> dict[str, tuple[str, ...]]:
    """The patient, for whom the van is asked by a relative: his values, his phone only
    where the form gives it, his e-mail never given."""
    e = exp(a, keys)
    if not own_phone:
        e["phone"] = ()
    e["email"] = ()
    return e


def firm_exp(k: int, keys: str, *, director_signs: bool) -> dict[str, tuple[str, ...]]:
    f = FIRMS[k]
    e = exp(f, keys)
    e["full_name"] = (FIRM_DIRECTORS[k],) if director_signs else ()
    e["national_id"] = ()
    m = SAFETY_OFFICERS[k][1]
    e["phone"] += ("+66" + m[1:], m)
    return e


def school_exp(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(SCHOOLS[k], keys)
    e["full_name"] = (SCHOOL_DIRECTORS[k],)
    e["national_id"] = ()
    m = TEACHERS[k][1]
    e["phone"] += ("+66" + m[1:], m)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_ID = "full_name phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_tenant_snake_phone": "the tenant who reports; never the landlord (his phone, Bangkok or town home)",
    "plain_neighbour_bees_nest": "the neighbour who reports; never the nest's owner, his house number, his son's phone",
    "plain_niece_patient_van": "the bedridden patient; never the niece who writes (her phone, box); HN and appointment never",
    "plain_witness_accident": "the witness; never the other driver, his plate, the injured, her relative's phone",
    "plain_fire_victim_compensation": "the victim living in the house; never its owner (brother, mother-in-law), the headman",
    "plain_volunteer_training_opw": "the volunteer; never his card number, its dates, his emergency contact",
    "html_gmail_fallen_tree_wire": "the reporter; never the PEA reference, the other house, the GPS",
    "html_outlook_factory_inspection": "no one (the safety officer writes and signs); the factory's place, line, box, her mobile",
    "html_eservice_water_delivery": "the ผู้ยื่นคำร้อง rows; never the certifying headman, no-reply",
    "html_gmail_school_fire_drill": "the director who signs; the school's place, line, box, the teacher's mobile",
    "html_outlook_storm_damage_reply": "the victim who replies; never the house's owner (father), the quoted officer",
    "docx_kchpa1_form": "the ข้าพเจ้า (ผู้อาศัย); never the owner, the other victims' rows, the headman",
    "docx_patient_transfer_form": "the patient's section; never the relative's section",
    "docx_volunteer_training_form": "the volunteer; never his emergency contact, the centre's chief",
    "docx_factory_inspection_letter": "the managing director who signs; the company's place, line, box, the officer's mobile",
    "pdf_fillable_snake_bee_request": "the ผู้แจ้ง; never the place where the animal is, its owner",
    "pdf_typed_witness_statement": "the witness (block top right, ข้าพเจ้า); never the driver, plate, injured",
    "pdf_typed_fire_compensation_letter": "the victim who writes; never the owner (father), other victims, headman",
    "pdf_fillable_water_delivery": "the villager (req_*); never the headman's section",
    "xlsx_headman_water_list": "the headman who asks for his village; never a household in the rows",
    "xlsx_storm_damage_sheet": "the ผู้ประสบภัย's rows; never the owner's row, the members', the headman's",
}


# --- plain ---------------------------------------------------------------------------------


def plain_tenant_snake_phone(a: Party, i: int) -> Case:
    """A tenant reports from her iPhone a snake in the kitchen of the house she rents: the
    landlord named with his mobile and his own home; her lines, no ID."""
    landlord, _, l_mob, l_home = LANDLORDS[i % 2]
    snake = ("งูเห่า", "งูเขียวหางไหม้")[i % 2]
    text = (
        f"แจ้งด่วน{ending(a)} มี{snake}เข้ามาในครัวบ้านเช่าที่{me(a)}อยู่ ตอนนี้มุดอยู่หลังตู้เย็น ยาวประมาณ 1 เมตร "
        f"{me(a)}พาลูกออกมายืนรอหน้าบ้านแล้ว\n\n"
        f"บ้านเช่าเลขที่ {home(a, i)}\n"
        f"(เจ้าของบ้านคือ{landlord} โทร {mobile(l_mob, i)} บ้านเจ้าของอยู่ {l_home} แจ้งเจ้าของแล้ว)\n\n"
        f"ผู้แจ้ง {a.name}\nโทร {tel(a, i + 1)}\n\n"
        f"รบกวนส่งเจ้าหน้าที่มาจับด่วนเลย{ending(a)} 🙏\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, f"แจ้ง{snake}เข้าบ้าน ด่วน", own_box(a), desk(a), text=text)
    return Case("plain_tenant_snake_phone", raw, own(a, NO_ID))


def plain_neighbour_bees_nest(a: Party, i: int) -> Case:
    """A neighbour asks from webmail that a bees' nest be taken from the old man's tree
    next door: his name, age and house number, his son's mobile (v2), the day a child was
    stung; her own lines with her ID."""
    p = a.p
    nb, nb_age, nb_son = NEIGHBOURS[i % 2]
    nb_house = f"{int(p.house.split('/')[0]) + 2}"
    son = f" ติดต่อลูกชายเจ้าของบ้านได้ที่ {mobile(nb_son, i)}" if i % 2 else ""
    text = (
        f"เรียน งานป้องกันและบรรเทาสาธารณภัย {office(a)}\n\n"
        f"{me(a)}ขอแจ้งว่ามีรังผึ้งหลวงขนาดใหญ่ (กว้างประมาณ 80 ซม.) อยู่บนต้นมะม่วงในบ้านเลขที่ {nb_house} ของ{nb} "
        f"ซึ่งอยู่ติดกับบ้าน{me(a)} เจ้าของบ้านอายุ {nb_age} ปี อยู่คนเดียว จัดการเองไม่ได้ เมื่อวันที่ {thai_day(date(2027, 3, 8 + i % 9))} "
        f"ผึ้งต่อยหลานของ{me(a)} (อายุ 6 ขวบ) ต้องพาไปโรงพยาบาล ขอให้เจ้าหน้าที่มาช่วยรื้อรังผึ้งตอนกลางคืนด้วย{ending(a)} "
        f"เจ้าของบ้านยินยอมแล้ว{son}\n\n"
        f"ผู้แจ้ง: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i)}\nที่อยู่: {home(a, i + 1)}\nมือถือ: {tel(a, i)}\n\n"
        f"ขอบคุณ{ending(a)}\n"
    )
    raw = message(
        i, "ขอให้รื้อรังผึ้งบ้านข้างเคียง", own_box(a), desk(a), text=text, after=date(2027, 3, 8 + i % 9)
    )
    return Case("plain_neighbour_bees_nest", raw, own(a, NO_BIRTH))


def plain_niece_patient_van(a: Party, i: int) -> Case:
    """A niece asks from her Gmail the rescue van for her bedridden uncle (or aunt) to a
    doctor's appointment: his ID, birth date, home; the hospital's HN, the appointment
    date; her own mobile and name at the end."""
    p = a.p
    niece, _, n_mob, n_box, n_disp, _ = HELPERS[p.province]
    hosp, hn = HOSPITALS[p.province]
    kin = "ลุง" if p.title == "นาย" else "ป้า"
    appt = date(2027, 4, 6 + i % 20)
    text = (
        f"สวัสดีค่ะ ศูนย์กู้ชีพ {office(a)}\n\n"
        f"ดิฉัน{niece} เป็นหลานสาวของ{a.name} ขอใช้บริการรถรับส่งผู้ป่วยพา{kin}ไปตามนัดแพทย์ค่ะ "
        f"{kin}ป่วยติดเตียงหลังเป็นเส้นเลือดในสมองตีบ ต้องนอนเปลไปค่ะ\n\n"
        f"ข้อมูลผู้ป่วย\nชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ (จุดรับ) {home(a, i)}\n{hosp} HN {hn}\n"
        f"นัดพบแพทย์วันที่ {thai_day(appt)} เวลา 09.00 น. คลินิกอายุรกรรม (ใบนัดเลขที่ A{2314 + i})\n\n"
        f"ติดต่อดิฉันได้ที่ {mobile(n_mob, i)} ค่ะ ดิฉันจะนั่งรถไปด้วย\n\n{niece}\n"
    )
    raw = message(i, f"ขอใช้รถรับส่งผู้ป่วยติดเตียง วันที่ {appt.day}/{appt.month}/{appt.year + 543}",
                  f"{n_disp} <{n_box}>", desk(a), text=text)  # fmt: skip
    return Case("plain_niece_patient_van", raw, for_patient(a, ALL))


def plain_witness_accident(a: Party, i: int) -> Case:
    """A witness writes from his phone about a crash he saw: the pickup's plate, its
    driver, the injured rider, her relative's mobile, the rescue unit's incident number;
    he offers his statement and asks a copy of the unit's record."""
    p = a.p
    driver, plate = DRIVERS[i % 2]
    hurt, kin_mob = INJURED[i % 2]
    when = date(2027, 3, 12 + i % 10)
    text = (
        f"เรียน หัวหน้างานป้องกันและบรรเทาสาธารณภัย {office(a)}\n\n"
        f"{me(a)}{a.name} เป็นพยานเห็นเหตุรถชนที่{SPOTS[p.province]} เมื่อวันที่ {thai_day(when)} เวลาประมาณ 18.40 น. "
        f"รถกระบะสีขาว ทะเบียน {plate} ขับฝ่าไฟแดงชนรถจักรยานยนต์ของ{hurt} ล้มลง คนขับกระบะชื่อ{driver} "
        f"(ทราบจากที่ตำรวจสอบถาม) รถกู้ชีพของ{office(a)}มารับผู้บาดเจ็บไปโรงพยาบาล (เลขที่ออกเหตุ {p.postal[:2]}-2570-{318 + i:04d})\n"
        f"ญาติผู้บาดเจ็บขอให้{me(a)}ช่วยเป็นพยาน {me(a)}ยินดีให้ถ้อยคำ และขอสำเนาบันทึกการออกปฏิบัติการของรถกู้ชีพ "
        f"เพื่อยื่นประกอบกับบริษัทประกันภัย{ending(a)} (ญาติผู้บาดเจ็บ โทร {mobile(kin_mob, i)})\n\n"
        f"{a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nบ้านเลขที่ {home(a, i)}\nโทร. {tel(a, i + 2)}\n\n"
        "Sent from my Galaxy\n"
    )
    raw = message(
        i, "แจ้งเป็นพยานอุบัติเหตุ และขอสำเนาบันทึกออกเหตุ", own_box(a), desk(a), text=text, after=when
    )
    return Case("plain_witness_accident", raw, own(a, NO_BIRTH))


def plain_fire_victim_compensation(a: Party, i: int) -> Case:
    """A woman whose home burnt asks compensation from webmail: she lives in a house that
    belongs to another (her brother, her mother-in-law: his name, ID, own home); the
    household named; the headman who came and certified (his mobile)."""
    p = a.p
    owner, rel, o_id, o_mob, o_home = house_owner(a, i % 2)
    hm, hm_mob = HEADMEN[p.province]
    members = ("นายสมบูรณ์", "เด็กหญิงน้ำฝน", "นางบัวคำ")
    fire = date(2027, 3, 3 + i % 20)
    text = (
        f"เรียน นายก{office(a)}\n\nเรื่อง ขอรับความช่วยเหลือผู้ประสบอัคคีภัย\n\n"
        f"{me(a)} {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} อาศัยอยู่บ้านเลขที่ {home(a, i + 1)} "
        f"ซึ่งเป็นบ้านของ{owner} ({rel} เลขประจำตัวประชาชน {nid_w(o_id, i + 1)} ปัจจุบันอยู่ที่ {o_home} โทร {mobile(o_mob, i)}) "
        f"เมื่อวันที่ {thai_day(fire)} เวลาประมาณ 14.00 น. เกิดเพลิงไหม้จากไฟฟ้าลัดวงจรในห้องครัว ลามไปหลังคาและห้องนอน "
        f"บ้านเสียหายเกือบทั้งหลัง มีผู้อาศัย 4 คน คือ {me(a)}, {' '.join(m + ' ' + p.last + ',' for m in members)[:-1]} "
        f"ผู้ใหญ่บ้านหมู่ที่ {p.moo} ({hm} โทร {mobile(hm_mob, i)}) ได้มาตรวจสอบและรับรองแล้ว\n"
        f"จึงขอรับความช่วยเหลือค่าซ่อมแซมบ้านและเครื่องอุปโภคบริโภค{ending(a)}\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i)}\n{a.name}\n"
    )
    raw = message(i, "ขอรับความช่วยเหลือ บ้านถูกไฟไหม้", own_box(a), desk(a), text=text, after=fire)
    return Case("plain_fire_victim_compensation", raw, own(a, NO_BIRTH))


def opw_card(a: Party, i: int) -> str:
    return f"{a.p.postal[:2]}-{(i * 37 + 104) % 100:02d}-{(i * 4177 + 1031) % 100000:05d}"


def plain_volunteer_training_opw(a: Party, i: int) -> Case:
    """An อปพร. volunteer applies from Outlook for Android for the refresher course: his
    card's number, issue and expiry dates, the course's dates, his blood group, his
    wife's (husband's) name and mobile for emergencies."""
    p = a.p
    spouse = ("นางมาลัย ทองสุข", "0867740215") if i % 2 == 0 else ("นางสุดา ทองขาว", "0872290416")
    text = (
        f"เรียน งานป้องกันและบรรเทาสาธารณภัย {office(a)}\n\n"
        f"{me(a)}ขอสมัครเข้ารับการฝึกอบรมหลักสูตรทบทวน อปพร. ประจำปี 2570 รุ่นที่ 2 (วันที่ 21-25 เมษายน 2570){ending(a)}\n\n"
        f"ชื่อ-สกุล: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i + 2)}\nวันเดือนปีเกิด: {born_th(p.born, i + 1)}\n"
        f"เลขที่บัตรสมาชิก อปพร.: {opw_card(a, i)}\nบัตรออกเมื่อ: 12 มิถุนายน 2565  หมดอายุ: 11 มิถุนายน 2570\n"
        f"สังกัด: ศูนย์ อปพร.{office(a)}\nที่อยู่: {home(a, i + 2)}\nมือถือ: {tel(a, i + 1)}\nกรุ๊ปเลือด: B\n"
        f"ผู้ติดต่อกรณีฉุกเฉิน: {spouse[0]} (ภรรยา) โทร {mobile(spouse[1], i)}\n\n"
        "Get Outlook for Android\n"
    )
    raw = message(i, "สมัครอบรมทบทวน อปพร. 2570", own_box(a), desk(a), text=text)
    return Case("plain_volunteer_training_opw", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def gmail_divs(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


def html_gmail_fallen_tree_wire(a: Party, i: int) -> Case:
    """A Gmail about a tree fallen on the low-voltage line across the soi in front of
    another house: PEA's reference (10 digits opening 0 in v1), the GPS; her lines last."""
    p = a.p
    ref = ("0315270042", "6703150427")[i % 2]
    fell = date(2027, 4, 2 + i % 20)
    lat, lon = (
        (14.9799 + 0.0011 * i, 102.0977 + 0.0007 * i)
        if p.province == NR
        else (9.1312 + 0.001 * i, 99.3301)
    )
    lines = [f"เรียน ศูนย์ป้องกันและบรรเทาสาธารณภัย {office(a)}", "",
             f"เมื่อคืน (วันที่ {thai_day(fell)}) พายุฝนทำให้ต้นจามจุรีใหญ่หักโค่นทับสายไฟฟ้าแรงต่ำ "
             f"ขวางถนนทางเข้าซอย หน้าบ้านเลขที่ {40 + i} รถผ่านไม่ได้ มีสายไฟห้อยต่ำ อันตรายมาก{ending(a)}",
             f"แจ้งการไฟฟ้าส่วนภูมิภาค (1129) แล้ว ได้เลขที่รับแจ้ง {ref} แต่การไฟฟ้าแจ้งว่าต้องให้เทศบาลตัดต้นไม้ออกก่อน",
             f"พิกัด {lat:.4f}, {lon:.4f}", "", "ขอบคุณ" + ending(a), "", a.name, home(a, i), f"โทร {tel(a, i)}"]  # fmt: skip
    raw = message(
        i, "ต้นไม้ล้มทับสายไฟ ขวางถนน", own_box(a), desk(a), html=gmail_divs(lines), after=fell
    )
    return Case("html_gmail_fallen_tree_wire", raw, own(a, NO_ID))


def html_outlook_factory_inspection(a: Party, i: int) -> Case:
    """A factory's safety officer asks from the company's Outlook (its general box) an
    inspection of its fire-safety system and a drill: the company's registration number,
    its factory licence, its place; her signature (position, company, line with extension,
    fax, her mobile)."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    officer, o_mob = SAFETY_OFFICERS[k]
    paras = [f"เรียน หัวหน้าฝ่ายป้องกันและบรรเทาสาธารณภัย {office(f)}", "",
             f"ด้วย{f.name} ทะเบียนนิติบุคคลเลขที่ {fp.nid} ทะเบียนโรงงานเลขที่ {FACTORY_LICENCES[k]} ตั้งอยู่เลขที่ {home(f, i)} "
             "ประสงค์ขอให้เจ้าหน้าที่เข้าตรวจสอบระบบป้องกันและระงับอัคคีภัยของโรงงาน (ถังดับเพลิง 64 ถัง ระบบสัญญาณแจ้งเหตุเพลิงไหม้ "
             "ทางหนีไฟ และหัวรับน้ำดับเพลิง) ประจำปี 2570 เพื่อประกอบการต่ออายุใบอนุญาตประกอบกิจการโรงงาน",
             f"และขอเชิญเจ้าหน้าที่พร้อมรถดับเพลิงร่วมการฝึกซ้อมดับเพลิงและอพยพหนีไฟประจำปี ในวันที่ {thai_day(date(2027, 4, 20 + k))} เวลา 13.30 น. "
             "พนักงานเข้าร่วมประมาณ 230 คน", "", "จึงเรียนมาเพื่อโปรดพิจารณา", "", "ขอแสดงความนับถือ"]  # fmt: skip
    n = fp.mobile
    line = f"{n[:3]}-{n[3:6]}-{n[6:]}"
    fax = f"{n[:3]}-{n[3:6]}-{int(n[6:]) + 1:03d}"
    sig = (f'<p class="MsoNormal"><b>{officer}</b><br>เจ้าหน้าที่ความปลอดภัยในการทำงานระดับวิชาชีพ (จป.วิชาชีพ)<br>{f.name}<br>'
           f"{home(f, i + 1)}<br>Tel. {line} ext. {210 + i} | Fax {fax} | Mobile {mobile(o_mob, i)}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    raw = message(i, "ขอตรวจระบบป้องกันอัคคีภัยและเชิญร่วมซ้อมดับเพลิง", f"{officer.split()[0][6 if officer.startswith('นางสาว') else 3:]} ({f.p.first}) <{fp.email}>",
                  desk(f), html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_factory_inspection", raw, firm_exp(k, NO_BIRTH, director_signs=False))


def html_eservice_water_delivery(a: Party, i: int) -> Case:
    """The local body's e-service mails, from no-reply, a request for water by the fire
    truck as a table: the requester's rows (ID, birth date, home, phone, e-mail), the
    household, the tanks, the headman named to certify with his mobile."""
    p = a.p
    hm, hm_mob = HEADMEN[p.province]
    no = f"DW-2570-{(i * 53 + 207) % 1000:04d}"
    rows = [("เลขที่คำร้อง", no), ("วันที่ยื่น", f"{10 + i % 15} มี.ค. 2570 08:4{i % 10}"),
            ("ประเภทคำร้อง", "ขอรับการสนับสนุนน้ำอุปโภคบริโภค (รถบรรทุกน้ำ/รถดับเพลิง)"),
            ("ชื่อ-นามสกุล ผู้ยื่นคำร้อง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่", home(a, i)), ("โทรศัพท์มือถือ", tel(a, i + 1)), ("อีเมล", p.email),
            ("จำนวนสมาชิกในครัวเรือน", f"{4 + i % 3} คน"), ("ภาชนะรองรับน้ำ", "โอ่งมังกร 4 ใบ ถังพลาสติก 2,000 ลิตร 1 ถัง"),
            ("สาเหตุ", "บ่อน้ำตื้นแห้ง ประปาหมู่บ้านหยุดจ่ายน้ำตั้งแต่ 2 มีนาคม 2570"),
            ("ผู้ใหญ่บ้านผู้รับรอง", f"{hm} โทร {mobile(hm_mob, i)}")]  # fmt: skip
    tr = "".join(
        f"<tr><td style='background:#f2f2f2;width:35%'>{x}</td><td>{y}</td></tr>" for x, y in rows
    )
    html = (f"<html><body><p>ระบบรับคำร้องออนไลน์ {office(a)}</p><p>มีคำร้องใหม่ เลขที่ <b>{no}</b></p>"
            f"<table border='1' cellspacing='0' cellpadding='4'>{tr}</table>"
            "<p style='color:#888;font-size:11px'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ "
            f"สอบถามงานป้องกันฯ โทร 1784 หรือ {AREA[p.province]}-311-199</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[คำร้องออนไลน์] ขอรับน้ำอุปโภคบริโภค {no}",
                  f"e-Service {office(a)} <no-reply@{OFFICES[p.amphoe][1]}.example.go.th>", desk(a), html=html,
                  after=date(2027, 3, 9 + i % 15))  # fmt: skip
    return Case("html_eservice_water_delivery", raw, own(a, ALL))


def html_gmail_school_fire_drill(a: Party, i: int) -> Case:
    """A school's letter typed into its Gmail by a teacher: ที่ line with the school's
    place, the director's signature, the teacher named to coordinate with her mobile, the
    school's 10-digit code and line, the drill's date and the pupils' number."""
    k = i % 2
    s = SCHOOLS[k]
    sp = s.p
    director = SCHOOL_DIRECTORS[k]
    teacher, t_mob = TEACHERS[k]
    lines = [f"ที่ ศธ 04{(k * 7 + 142):03d}.{118 + i}/2570", f"{s.name} (รหัสสถานศึกษา {SCHOOL_CODES[k]})", home(s, i), "",
             f"{thai_day(date(2027, 3, 1 + i % 27))}", "", "เรื่อง ขอความอนุเคราะห์วิทยากรและรถดับเพลิงฝึกซ้อมอพยพหนีไฟ",
             f"เรียน นายก{office(s)}", "",
             f"ด้วย{s.name} จะจัดกิจกรรมฝึกซ้อมการป้องกันและระงับอัคคีภัยและการอพยพหนีไฟ ให้แก่นักเรียน {380 + 11 * i} คน "
             f"และครู {26 + i} คน ในวันที่ {thai_day(date(2027, 5, 19 + k))} เวลา 09.00-12.00 น. "
             "จึงขอความอนุเคราะห์วิทยากรจากงานป้องกันและบรรเทาสาธารณภัย พร้อมรถดับเพลิง 1 คัน มาสาธิตการใช้ถังดับเพลิงและการฉีดน้ำดับไฟ",
             f"ทั้งนี้ ได้มอบหมายให้{teacher} ครูผู้รับผิดชอบ โทร {mobile(t_mob, i)} เป็นผู้ประสานงาน", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา", "", "ขอแสดงความนับถือ", "", f"({director})", f"ผู้อำนวยการ{s.name}",
             f"โทร {tel(s, i)}"]  # fmt: skip
    raw = message(
        i,
        "ขอความอนุเคราะห์ฝึกซ้อมอพยพหนีไฟ",
        f"{s.name} <{sp.email}>",
        desk(s),
        html=gmail_divs(lines),
        after=date(2027, 3, 1 + i % 27),
    )
    return Case("html_gmail_school_fire_drill", raw, school_exp(k, NO_BIRTH))


def html_outlook_storm_damage_reply(a: Party, i: int) -> Case:
    """A victim replies from Outlook.com above the officer's quoted question: her numbered
    answers (ID, birth date, the damaged house where she lives, her father's who owns it
    and lives elsewhere, the storm's date, the damage); the officer's name and desk line
    quoted below."""
    p = a.p
    owner, rel, o_id, o_mob, o_home = house_owner(a, 2)
    storm = date(2027, 4, 3 + i % 20)
    officer = "นางสาวอรุณี พลอยงาม"
    answers = ["เรียน คุณอรุณี", "", f"ตามที่สอบถามข้อมูลเพิ่มเติม {me(a)}ขอแจ้งดังนี้{ending(a)}",
               f"1. ชื่อผู้ขอรับความช่วยเหลือ {a.name}", f"2. เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
               f"3. วันเกิด {born_th(p.born, i)}", f"4. ที่อยู่บ้านที่เสียหาย (ที่{me(a)}อาศัยอยู่) {home(a, i + 1)}",
               f"5. บ้านเป็นของ{owner} ({rel}) เลขประจำตัวประชาชน {nid_w(o_id, i)} ปัจจุบัน{rel}ได้ย้ายไปอยู่ที่ {o_home} โทร {mobile(o_mob, i)}",
               f"6. ความเสียหาย: พายุฤดูร้อนเมื่อวันที่ {thai_day(storm)} หลังคาสังกะสีปลิว 18 แผ่น ฝ้าพัง ต้นมะพร้าวล้มทับห้องน้ำ",
               f"7. เบอร์ติดต่อ {tel(a, i + 1)}", "", "ขอบคุณ" + ending(a), a.name]  # fmt: skip
    body = "".join(
        f'<div style="font-family:Calibri,Helvetica,sans-serif;font-size:12pt">{x or "<br>"}</div>'
        for x in answers
    )
    quoted = (f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f"<b>จาก:</b> งานป้องกันและบรรเทาสาธารณภัย {office(a)} &lt;{desk(a)}&gt;<br>"
              f"<b>ส่ง:</b> {thai_day(storm + timedelta(days=3))} 10:12<br><b>ถึง:</b> {p.email}<br>"
              "<b>เรื่อง:</b> ขอข้อมูลเพิ่มเติม กรณีบ้านเสียหายจากวาตภัย</font><div>&nbsp;</div></div>"
              f"<div>เรียน คุณ{p.first}<br>ตามที่แจ้งขอรับความช่วยเหลือกรณีบ้านเสียหายจากวาตภัย ขอข้อมูลเพิ่มเติมดังนี้<br>"
              "1. ชื่อ-สกุล 2. เลขประจำตัวประชาชน 3. วันเกิด 4. ที่อยู่บ้านที่เสียหาย 5. ชื่อเจ้าของบ้าน (กรณีไม่ใช่เจ้าของ) "
              "6. ความเสียหาย 7. เบอร์โทรศัพท์<br><br>"
              f"{officer}<br>นักป้องกันและบรรเทาสาธารณภัย {office(a)}<br>โทร 038-{530 + i}-114 ต่อ 14</div>")  # fmt: skip
    html = f'<html><head><meta charset="utf-8"></head><body dir="ltr">{body}<br>{quoted}</body></html>\n'
    raw = message(
        i,
        "RE: ขอข้อมูลเพิ่มเติม กรณีบ้านเสียหายจากวาตภัย",
        own_box(a),
        desk(a),
        html=html,
        after=storm + timedelta(days=3),
    )
    return Case("html_outlook_storm_damage_reply", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_kchpa1_form(a: Party, i: int) -> Case:
    """The แบบคำร้องขอรับการช่วยเหลือผู้ประสบภัย (กชภ.อ.1 style) typed over dotted lines:
    ข้าพเจ้า the one who lives there, ID, birth date, phone, home in parts; ☑ ผู้อาศัย with
    the owner's name and ID; the hazard and its date; a table of the household's victims
    (names, IDs, birth dates); the headman's certification with his mobile."""
    p = a.p
    owner, rel, o_id, _, _ = house_owner(a, 4 if age(a) > 70 else 0)
    hm, hm_mob = HEADMEN[p.province]
    fire = p.province == LP
    when = date(2027, 3 if fire else 4, 9 + i % 15)
    members = [(a.name, p.nid, born_th(p.born, i), "ผู้ยื่นคำร้อง"),
               (f"นาย{('สมชาย', 'ประยูร')[i % 2]} {p.last}", with_check_digit(f"3{p.nid[1:6]}0{71 + i}4{i % 10}1"), born_th(date(1969 - i, 2, 14), i), "สามี" if p.title != "นาย" else "บิดา"),
               (f"เด็กหญิง{('ปริยา', 'ธนพร')[i % 2]} {p.last}", with_check_digit(f"1{p.nid[1:5]}0{i % 10}1{i % 10}33{i % 10}"), born_th(date(2015, 8, 1 + i), i + 1), "หลาน")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบ กชภ.อ.1\nแบบคำร้องขอรับการช่วยเหลือผู้ประสบภัย")
        d.add_paragraph(
            f"เขียนที่.....{office(a)}.....วันที่.....{when.day + 2}.....เดือน.....{MONTHS[when.month - 1]}.....พ.ศ......2570....."
        )
        d.add_paragraph(
            f"ข้าพเจ้า (ผู้ประสบภัย).....{a.name}.....เลขประจำตัวประชาชน.....{nid_w(p.nid, i)}....."
        )
        d.add_paragraph(
            f"เกิดวันที่.....{born_th(p.born, i + 1)}.....อายุ.....{age(a)}.....ปี  โทรศัพท์.....{tel(a, i)}....."
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}.....ตรอก/ซอย.....{p.soi or '-'}.....ถนน.....{p.road or '-'}....."
        )
        d.add_paragraph(
            f"ตำบล.....{p.tambon}.....อำเภอ.....{p.amphoe}.....จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}....."
        )
        d.add_paragraph(
            f"สถานะในบ้านที่ประสบภัย  ☐ เจ้าของบ้าน  ☑ ผู้อาศัย  (เจ้าของบ้านชื่อ.....{owner}.....เกี่ยวข้องเป็น.....{rel}....."
            f"เลขประจำตัวประชาชน.....{nid_w(o_id, i + 1)}.....)"
        )
        d.add_paragraph(
            f"ประสบภัย  {'☑' if fire else '☐'} อัคคีภัย  {'☐' if fire else '☑'} วาตภัย  ☐ อุทกภัย   เมื่อวันที่.....{thai_day(when)}....."
        )
        d.add_paragraph(
            "ความเสียหาย....."
            + (
                "บ้านไม้สองชั้นไฟไหม้ทั้งหลัง เครื่องใช้ในบ้านเสียหายทั้งหมด"
                if fire
                else "หลังคาบ้านเปิด กระเบื้องแตก 120 แผ่น ผนังห้องครัวพัง"
            )
            + "....."
        )
        d.add_paragraph("รายชื่อผู้ประสบภัยในครัวเรือน")
        t = d.add_table(rows=len(members) + 1, cols=5)
        t.style = "Table Grid"
        for c, head in enumerate(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ความเกี่ยวพัน")):
            t.cell(0, c).text = head
        for r, (n, nid, b, rl) in enumerate(members, start=1):
            for c, v in enumerate((str(r), n, nid, b, rl)):
                t.cell(r, c).text = v
        d.add_paragraph(f"ลงชื่อ.....................ผู้ยื่นคำร้อง\n({a.name})")
        d.add_paragraph(
            f"คำรับรอง\nข้าพเจ้า.....{hm}.....{f'ผู้ใหญ่บ้านหมู่ที่ {p.moo}' if p.moo else 'ประธานชุมชน'}.....ตำบล{p.tambon} "
            f"ขอรับรองว่าผู้ยื่นคำร้องประสบภัยจริง  โทร.....{mobile(hm_mob, i)}.....\nลงชื่อ.....................ผู้รับรอง\n({hm})"
        )

    if p.email:
        sender, body = own_box(a), f"เรียน งานป้องกันฯ\nส่งแบบ กชภ.อ.1 ที่กรอกแล้ว{ending(a)}\n{a.name}\n"
    else:
        sender = f"Ton Meesap <ton.meesap{i}@gmail.com>"
        body = f"เรียน งานป้องกันฯ\nส่งแบบคำร้องของยาย{p.first}ครับ ยายไม่มีอีเมล ผมเป็นหลานช่วยส่งให้ครับ\n"
    raw = message(i, "แบบ กชภ.อ.1 ขอรับความช่วยเหลือผู้ประสบภัย", sender, desk(a), text=body, after=when,
                  files=(("กชภอ1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_kchpa1_form", raw, own(a, ALL))


def docx_patient_transfer_form(a: Party, i: int) -> Case:
    """The rescue centre's แบบคำขอใช้บริการรถรับ-ส่งผู้ป่วย as a Word table in two parts:
    the patient (ID, birth date, age, home, his own phone "-" in v1 and given in v2, his
    state, hospital, HN, appointment), then the relative who asks (niece: relation, ID,
    mobile, e-mail, own home)."""
    p = a.p
    niece, n_id, n_mob, n_box, n_disp, n_home = HELPERS[p.province]
    hosp, hn = HOSPITALS[p.province]
    appt = date(2027, 4, 8 + i % 18)
    phone_given = i % 2 == 1
    rows = [("ส่วนที่ 1 ข้อมูลผู้ป่วย", ""), ("ชื่อ-สกุลผู้ป่วย", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
            ("วันเดือนปีเกิด", born_th(p.born, i)), ("อายุ", f"{age(a)} ปี"), ("ที่อยู่ (จุดรับผู้ป่วย)", home(a, i)),
            ("โทรศัพท์ผู้ป่วย", tel(a, i) if phone_given else "-"), ("สภาพผู้ป่วย", "ติดเตียง ใส่สายให้อาหาร ต้องใช้เปลนอน"),
            ("โรงพยาบาลปลายทาง", hosp), ("HN", hn), ("วันนัด", f"{thai_day(appt)} เวลา 08.30 น."),
            ("ส่วนที่ 2 ผู้ขอใช้บริการ (ญาติ)", ""), ("ชื่อ-สกุล", niece), ("เกี่ยวข้องเป็น", "หลาน"),
            ("เลขประจำตัวประชาชน", nid_w(n_id, i)), ("โทรศัพท์", mobile(n_mob, i)), ("อีเมล", n_box), ("ที่อยู่ผู้ขอ", n_home)]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอใช้บริการรถรับ-ส่งผู้ป่วย (กรณีไม่ฉุกเฉิน)\nศูนย์กู้ชีพ {office(a)}")
        table_doc(d, rows)
        d.add_paragraph(
            f"ลงชื่อ.....................ผู้ขอใช้บริการ\n({niece})\nวันที่ {thai_day(appt - timedelta(days=9))}"
        )

    raw = message(i, "ขอใช้บริการรถรับส่งผู้ป่วย (แบบฟอร์ม)", f"{n_disp} <{n_box}>", desk(a), after=appt - timedelta(days=9),
                  text="เรียน ศูนย์กู้ชีพ\nแนบแบบคำขอใช้รถรับส่งผู้ป่วยค่ะ\n",
                  files=(("ขอใช้รถรับส่งผู้ป่วย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_patient_transfer_form", raw, for_patient(a, ALL, own_phone=phone_given))


def docx_volunteer_training_form(a: Party, i: int) -> Case:
    """The ใบสมัครเข้ารับการฝึกอบรมทบทวน อปพร. typed over dotted lines: name, ID, birth
    date, card number with issue and expiry dates, home, mobile, e-mail, occupation, the
    emergency contact; the centre chief's signature below."""
    p = a.p
    spouse = (
        ("นายสมหมาย ศรีสำราญ", "0815520973") if p.title != "นาย" else ("นางวันดี บุญมาก", "0894407716")
    )
    word = "สามี" if p.title != "นาย" else "ภรรยา"

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ใบสมัครเข้ารับการฝึกอบรมหลักสูตรทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)\nประจำปีงบประมาณ 2570\n{office(a)}"
        )
        d.add_paragraph(f"1. ชื่อ-สกุล.....{a.name}.....")
        d.add_paragraph(
            f"2. เลขประจำตัวประชาชน.....{nid_w(p.nid, i)}.....วันเดือนปีเกิด.....{born_th(p.born, i + 2)}.....อายุ.....{age(a)}.....ปี"
        )
        d.add_paragraph(
            f"3. เลขที่บัตรประจำตัวสมาชิก อปพร......{opw_card(a, i)}.....ออกให้เมื่อ.....3 กุมภาพันธ์ 2566.....บัตรหมดอายุ.....2 กุมภาพันธ์ 2571....."
        )
        d.add_paragraph(f"4. ที่อยู่ปัจจุบัน.....{home(a, i + 1)}.....")
        d.add_paragraph(f"5. โทรศัพท์มือถือ.....{tel(a, i)}.....อีเมล.....{p.email}.....")
        d.add_paragraph("6. อาชีพ.....ค้าขาย.....  กรุ๊ปเลือด.....O.....  ขนาดเสื้อ.....XL.....")
        d.add_paragraph(
            f"7. บุคคลที่ติดต่อได้กรณีฉุกเฉิน.....{spouse[0]}.....เกี่ยวข้องเป็น.....{word}.....โทร.....{mobile(spouse[1], i + 1)}....."
        )
        d.add_paragraph(f"ลงชื่อ.....................ผู้สมัคร\n({a.name})\nวันที่ {5 + i % 20} มีนาคม 2570")
        d.add_paragraph(
            "ความเห็นของผู้อำนวยการศูนย์ อปพร.\n☑ เห็นควรอนุมัติ\nลงชื่อ.....................\n(นายพงศกร ศักดิ์สิทธิ์)\nปลัด/ผู้อำนวยการศูนย์ อปพร."
        )

    raw = message(i, "ส่งใบสมัครอบรมทบทวน อปพร.", own_box(a), desk(a), after=date(2027, 3, 5 + i % 20), text=f"เรียน งานป้องกันฯ\nส่งใบสมัครตามไฟล์แนบ{ending(a)}\n",
                  files=(("ใบสมัคร อปพร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_volunteer_training_form", raw, own(a, ALL))


def docx_factory_inspection_letter(a: Party, i: int) -> Case:
    """A factory's letter on its letterhead (name, registration number, place, line,
    fax, box), ที่ number, asking the fire-safety inspection and the drill; the safety
    officer named as contact with her mobile; signed by the managing director."""
    k = (i + 1) % 2
    f = FIRMS[k]
    fp = f.p
    officer, o_mob = SAFETY_OFFICERS[k]
    n = fp.mobile
    line = f"{n[:3]}-{n[3:6]}-{n[6:]}"
    fax = f"{n[:3]}-{n[3:6]}-{int(n[6:]) + 1:03d}"

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{f.name}\nทะเบียนนิติบุคคลเลขที่ {fp.nid}\n{home(f, i)}\nโทร {line}  โทรสาร {fax}  อีเมล {fp.email}"
        )
        d.add_paragraph(f"ที่ SHE {14 + i}/2570\t\t\t\t{thai_day(date(2027, 3, 4 + i % 20))}")
        d.add_paragraph(f"เรื่อง ขอให้ตรวจสอบระบบป้องกันและระงับอัคคีภัยประจำปี\nเรียน นายก{office(f)}")
        d.add_paragraph(
            f"ด้วยบริษัทฯ ประกอบกิจการโรงงาน ทะเบียนโรงงานเลขที่ {FACTORY_LICENCES[k]} มีอาคารผลิต 2 หลัง คลังสินค้า 1 หลัง "
            "จึงขอให้เจ้าหน้าที่งานป้องกันและบรรเทาสาธารณภัยเข้าตรวจสอบระบบป้องกันและระงับอัคคีภัย และให้คำแนะนำแผนป้องกันและระงับอัคคีภัยของโรงงาน "
            f"ในวันที่ {thai_day(date(2027, 4, 7 + k))} หรือวันที่สะดวก"
        )
        d.add_paragraph(f"ทั้งนี้ ได้มอบหมายให้ {officer} จป.วิชาชีพ โทร {mobile(o_mob, i)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({FIRM_DIRECTORS[k]})\nกรรมการผู้จัดการ")

    raw = message(i, "หนังสือขอให้ตรวจสอบระบบป้องกันอัคคีภัย", f"{f.name} <{fp.email}>", desk(f), after=date(2027, 3, 4 + i % 20),
                  text="เรียน งานป้องกันและบรรเทาสาธารณภัย\nบริษัทฯ ขอส่งหนังสือตามแนบ\n",
                  files=(("หนังสือขอตรวจระบบดับเพลิง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_factory_inspection_letter", raw, firm_exp(k, NO_BIRTH, director_signs=True))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_snake_bee_request(a: Party, i: int) -> Case:
    """The rescue centre's fillable แบบแจ้งขอความช่วยเหลือ (สัตว์มีพิษ/แมลง) with Thai field
    names: the ผู้แจ้ง's name, ID, home, phone; what and where (another house: its number
    and owner), when."""
    p = a.p
    what = ("รังต่อหัวเสือ บนต้นมะขาม", "งูจงอาง ยาวประมาณ 3 เมตร ในกองไม้")[i % 2]
    where = (
        f"บ้านร้างเลขที่ {int(p.house.split('/')[0]) + 5} ของ{NEIGHBOURS[(i + 1) % 2][0]} ติดกับบ้านผู้แจ้ง"
    )
    labels = [(40, 18, "แบบแจ้งขอความช่วยเหลือ (สัตว์มีพิษ/แมลงมีพิษ)"), (70, 26, f"ศูนย์กู้ภัย {office(a)}"),
              (20, 40, "ชื่อผู้แจ้ง"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่ผู้แจ้ง"), (20, 70, "โทรศัพท์"),
              (20, 84, "สิ่งที่พบ"), (20, 94, "สถานที่พบ"), (20, 104, "วันเวลาที่พบ")]  # fmt: skip
    fields = [Field("ชื่อผู้แจ้ง", a.name, 45, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("ที่อยู่ผู้แจ้ง", home(a, i), 50, 60, 145), Field("โทรศัพท์", tel(a, i + 1), 45, 70, 55),
              Field("สิ่งที่พบ", what, 45, 84, 140), Field("สถานที่พบ", where, 45, 94, 145),
              Field("วันเวลาที่พบ", f"{thai_day(date(2027, 3, 20 + i % 8))} 17.30 น.", 50, 104, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบแจ้งขอความช่วยเหลือ", own_box(a), desk(a), after=date(2027, 3, 20 + i % 8), text=f"ส่งแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("แบบแจ้งเหตุ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_snake_bee_request", raw, own(a, NO_BIRTH))


def pdf_typed_witness_statement(a: Party, i: int) -> Case:
    """A witness's typed letter (Word to PDF): his home top right, the date; ข้าพเจ้า with
    his ID and age; the crash (plate, driver, injured), the unit's incident number; asking
    to give his statement and a copy of the unit's record; his mobile; signature."""
    p = a.p
    driver, plate = DRIVERS[(i + 1) % 2]
    hurt, _ = INJURED[(i + 1) % 2]
    when = date(2027, 3, 5 + i % 20)
    paras: list[tuple[float, str]] = [(115, home(a, i)), (0, ""), (115, thai_day(when.replace(day=when.day + 2))), (0, ""),
             (20, "เรื่อง ขอให้ถ้อยคำในฐานะพยานและขอสำเนาบันทึกการออกปฏิบัติการ"), (20, f"เรียน นายก{office(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อายุ {age(a)} ปี ได้เห็นเหตุการณ์เมื่อวันที่ {thai_day(when)} "
                  f"เวลาประมาณ 07.15 น. ที่{SPOTS[p.province]} รถยนต์กระบะ หมายเลขทะเบียน {plate} ซึ่งมี{driver} เป็นผู้ขับขี่ "
                  f"ได้เปลี่ยนช่องทางกระทันหันและชนรถจักรยานยนต์ของ{hurt} ผู้บาดเจ็บ หน่วยกู้ชีพของเทศบาลได้ออกเหตุ "
                  f"(เลขที่ออกเหตุ {318 + 7 * i}/2570) นำผู้บาดเจ็บส่งโรงพยาบาล"),
             (30, "ข้าพเจ้ายินดีให้ถ้อยคำเป็นพยาน และขอสำเนาบันทึกการออกปฏิบัติการและภาพจากกล้องหน้ารถกู้ชีพ เพื่อประกอบการให้ถ้อยคำต่อพนักงานสอบสวน"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือขอให้ถ้อยคำเป็นพยาน", own_box(a), desk(a), after=when + timedelta(days=2), text=f"เรียน งานป้องกันฯ\nแนบหนังสือ{ending(a)}\n",
                  files=(("หนังสือพยาน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_witness_statement", raw, own(a, NO_BIRTH))


def pdf_typed_fire_compensation_letter(a: Party, i: int) -> Case:
    """A fire victim's typed letter (Word to PDF): her home top right; ข้าพเจ้า with ID and
    birth date, living in a house of her father (his or her mother-in-law's: name, ID, own home elsewhere); the fire,
    the household's victims with their IDs; the headman's certification; her mobile."""
    p = a.p
    owner, rel, o_id, _, o_home = house_owner(a, 2 if p.province == CC else 1)
    hm, hm_mob = HEADMEN[p.province]
    fire = date(2027, 3, 11 + i % 15)
    kid_id = with_check_digit(f"1{p.nid[1:6]}0{i % 10}22{i % 10}4")
    paras: list[tuple[float, str]] = [(115, home(a, i + 1)), (0, ""), (115, thai_day(fire.replace(day=fire.day + 3))), (0, ""),
             (20, "เรื่อง ขอรับความช่วยเหลือผู้ประสบอัคคีภัย"), (20, f"เรียน นายก{office(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  f"เป็นผู้อาศัยในบ้านของ{owner} ({rel}) เลขประจำตัวประชาชน {nid_w(o_id, i + 2)} ซึ่งปัจจุบันพักอยู่ที่ {o_home} "
                  f"เมื่อวันที่ {thai_day(fire)} เวลาประมาณ 02.30 น. เกิดเพลิงไหม้บ้านที่ข้าพเจ้าอาศัยอยู่ เสียหายทั้งหลัง"),
             (30, f"ผู้ประสบภัยในบ้าน 3 คน ได้แก่ ข้าพเจ้า, เด็กชายภูมิ {p.last} เลขประจำตัวประชาชน {kid_id} และนางสาวฝน {p.last}"),
             (30, f"ทั้งนี้ {hm} {'ผู้ใหญ่บ้าน' if p.moo else 'ประธานชุมชน'} (โทร {mobile(hm_mob, i)}) ได้รับรองเหตุแล้ว จึงขอรับความช่วยเหลือตามระเบียบ"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 2)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือขอรับความช่วยเหลือผู้ประสบอัคคีภัย", own_box(a), desk(a), after=fire + timedelta(days=3),
                  text=f"เรียน นายก\nแนบหนังสือขอรับความช่วยเหลือ{ending(a)}\n", files=(("ขอรับความช่วยเหลือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_fire_compensation_letter", raw, own(a, ALL))


def pdf_fillable_water_delivery(a: Party, i: int) -> Case:
    """A fillable คำร้องขอรับน้ำอุปโภคบริโภค whose fields are named in English (req_*,
    headman_*): the villager's lines, the household, the tanks; the headman's certifying
    section (his name, mobile)."""
    p = a.p
    hm, hm_mob = HEADMEN[p.province]
    labels = [(50, 18, "คำร้องขอรับการสนับสนุนน้ำอุปโภคบริโภค"), (80, 26, office(a)),
              (20, 40, "ชื่อ-สกุลผู้ร้อง"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (20, 84, "จำนวนสมาชิก"), (100, 84, "ภาชนะรองรับน้ำ"), (20, 100, "ผู้ใหญ่บ้านผู้รับรอง"), (20, 110, "โทรศัพท์ผู้ใหญ่บ้าน"),
              (20, 120, "ความเห็นผู้ใหญ่บ้าน")]  # fmt: skip
    fields = [Field("req_name", a.name, 55, 40, 100), Field("req_id", nid_w(p.nid, i), 60, 50, 60),
              Field("req_addr", home(a, i), 35, 60, 160), Field("req_tel", tel(a, i), 45, 70, 55),
              Field("hh_members", f"{3 + i % 4} คน", 50, 84, 30), Field("tank", "ถัง 1,000 ลิตร 2 ถัง", 135, 84, 55),
              Field("headman_name", hm, 70, 100, 80), Field("headman_tel", mobile(hm_mob, i + 1), 70, 110, 55),
              Field("headman_cert", "ขาดแคลนน้ำจริง", 70, 120, 80)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำร้องขอรับน้ำอุปโภคบริโภค", own_box(a), desk(a), text=f"แนบคำร้องขอน้ำ{ending(a)}\n{a.name}\n",
                  files=(("request_water.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_water_delivery", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_headman_water_list(a: Party, i: int) -> Case:
    """A headman's list of households needing water by the fire truck: his block on top
    (name, post, ID, home, mobile), then a row per household (head's name, house number,
    members, mobile, litres)."""
    p = a.p
    homes = [("นางสมจิต ทองดี", f"{12 + i}", 4, "0815527736", 2000), ("นายบุญมี แก้วกล้า", f"{31 + i}/1", 6, "0892248813", 3000),
             ("นางทองใบ สีดา", f"{47 + i}", 2, "-", 1000), ("นายสวัสดิ์ มีสุข", f"{58 + i}", 5, "0639912240", 2000)]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอน้ำ"
        ws.append(
            (
                f"บัญชีครัวเรือนขาดแคลนน้ำอุปโภคบริโภค หมู่ที่ {p.moo} ตำบล{p.tambon} (สำรวจ {10 + i % 15} มี.ค. 2570)",
            )
        )
        ws.append(("ผู้ขอ", a.name, "ตำแหน่ง", f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "หัวหน้าครัวเรือน", "บ้านเลขที่", "สมาชิก (คน)", "โทร", "ปริมาณน้ำ (ลิตร)"))
        for n, (name, house, members, mob, litres) in enumerate(homes, start=1):
            ws.append((n, name, house, members, mobile(mob, i + n) if mob != "-" else "-", litres))
        ws.append(("", "รวม", "", sum(h[2] for h in homes), "", sum(h[4] for h in homes)))

    raw = message(i, f"ขอน้ำอุปโภคบริโภค หมู่ {p.moo}", own_box(a), desk(a), after=date(2027, 3, 10 + i % 15),
                  text=f"เรียน งานป้องกันฯ\nส่งรายชื่อครัวเรือนที่ขาดแคลนน้ำตามไฟล์แนบ{ending(a)}\n{a.name}\nผู้ใหญ่บ้าน\n",
                  files=(("ครัวเรือนขอน้ำ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_headman_water_list", raw, own(a, NO_BIRTH))


def xlsx_storm_damage_sheet(a: Party, i: int) -> Case:
    """A storm-damage survey sheet filled by the victim: her rows (name, ID, birth date,
    phone, home, ผู้อาศัย), the owner's row (name, ID, phone), the household's members
    (names, IDs, birth dates), the damage with sums, the headman's row."""
    p = a.p
    owner, rel, o_id, o_mob, _ = house_owner(a, 3 if p.province == NR else 0)
    hm, hm_mob = HEADMEN[p.province]
    member_id = with_check_digit(f"3{p.nid[1:5]}0{i % 10}44{i % 10}18")

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สำรวจความเสียหาย"
        ws.append((f"แบบสำรวจความเสียหายจากวาตภัย {office(a)} (เหตุวันที่ {4 + i % 20} เม.ย. 2570)",))
        ws.append(("ผู้ประสบภัย", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("โทรศัพท์", tel(a, i + 2)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("สถานะ", "ผู้อาศัย"))
        ws.append(("เจ้าของบ้าน", owner, nid_w(o_id, i), mobile(o_mob, i), rel))
        ws.append(())
        ws.append(("สมาชิกในบ้าน", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด"))
        ws.append((1, f"นายวีระ {p.last}", member_id, born_th(date(1965, 12, 3), i + 1)))
        ws.append((2, f"เด็กชายต้นกล้า {p.last}", "-", born_th(date(2016, 6, 21), i)))
        ws.append(())
        ws.append(("รายการความเสียหาย", "จำนวน", "ประมาณการ (บาท)"))
        ws.append(("หลังคากระเบื้อง", "90 แผ่น", 6300))
        ws.append(("ประตูหน้าต่าง", "3 บาน", 4500))
        ws.append((("ผู้ใหญ่บ้าน" if p.moo else "ประธานชุมชน") + "ผู้รับรอง", hm, mobile(hm_mob, i)))

    raw = message(i, "ส่งแบบสำรวจความเสียหายวาตภัย", own_box(a), desk(a), after=date(2027, 4, 4 + i % 20), text=f"ส่งแบบสำรวจ{ending(a)}\n",
                  files=(("สำรวจวาตภัย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_storm_damage_sheet", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the indexes into PEOPLE of its two variants (firm and school styles pick
# theirs by the variant).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_tenant_snake_phone, (2, 10)),
    (plain_neighbour_bees_nest, (4, 7)),
    (plain_niece_patient_van, (3, 9)),
    (plain_witness_accident, (5, 11)),
    (plain_fire_victim_compensation, (8, 12)),
    (plain_volunteer_training_opw, (1, 11)),
    (html_gmail_fallen_tree_wire, (0, 12)),
    (html_outlook_factory_inspection, (0, 0)),
    (html_eservice_water_delivery, (1, 8)),
    (html_gmail_school_fire_drill, (0, 0)),
    (html_outlook_storm_damage_reply, (5, 4)),
    (docx_kchpa1_form, (6, 7)),
    (docx_patient_transfer_form, (13, 6)),
    (docx_volunteer_training_form, (0, 5)),
    (docx_factory_inspection_letter, (0, 0)),
    (pdf_fillable_snake_bee_request, (10, 1)),
    (pdf_typed_witness_statement, (2, 12)),
    (pdf_typed_fire_compensation_letter, (4, 11)),
    (pdf_fillable_water_delivery, (8, 5)),
    (xlsx_headman_water_list, (1, 11)),
    (xlsx_storm_damage_sheet, (12, 2)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "html", "docx": "word", "pdf": "pdf", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
