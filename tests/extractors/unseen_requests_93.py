"""A ninety-third set of requests written by someone who had not read the readers (issue 8):
VEHICLES AND TRANSPORT at a municipality, เทศบาลเมืองกาฬสินธุ์ (with residents of
กาฬสินธุ์ and ร้อยเอ็ด): a motorcycle-taxi driver's registration (วินจักรยานยนต์รับจ้าง,
the vest's number, the public driving licence), parking permits, a request to remove an
abandoned car, a road-accident damage claim against the city's garbage truck (the police
report's ปจว. entry, the truck's driver, an insurer's claim number, a garage's quote with
its own address, tax number and line), a songthaew/tuk-tuk route permit, a school van's
request. Full of numbers that are neither IDs nor phones: licence plates (กข 1234
กาฬสินธุ์, 1กก 5678), driving licences (8 digits), chassis and engine numbers, policy and
claim numbers, times and dates. Kinds: plain (iPhone, Outlook for Android, a LINE chat
forwarded as text, webmail), HTML (Gmail, Outlook, a web form's notification), Word (the
city's คำร้องทั่วไป on dotted lines, a route permit form as a table, a school's letter, a
claim letter), PDF (fillable and typed), xlsx (a win's roster, a claim's list of damages,
a van's list of pupils).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

Conventions (written down before any run), following sets 28 (the applicant is the person
who asks; for a body the natural person who signs), 31/63 (a service for one person asked
by another is the one it is for), 37 (where only another's phone is given, phone `()`),
56/60/84 (a body: the one who signs for it, his ID where given, else `()`; the body's
place, line and own box):
- the APPLICANT is the one who asks in his own name and signs: the driver who registers
  himself, the resident who asks a parking permit or reports an abandoned car, the owner
  of the damaged car who claims, the songthaew's or tuk-tuk's owner who asks the route
  permit, the van operator who asks for his school van, the win's head (หัวหน้าวิน) who
  registers his win's members and signs the list;
- the vehicle's registered owner (ผู้ถือกรรมสิทธิ์/ผู้ครอบครองตามทะเบียน) where it is
  another person (a husband, a finance company, a father), another driver (the hired
  driver, the co-driver, the city truck's driver, the other party), the win's members,
  pupils and their parents, the garage, the insurer and its officer, the police officer,
  witnesses: never the applicant; their names, IDs, phones, addresses never his;
- a school (a body) asking for its vans: the director who signs (his ID where given, else
  `()`), the school's place, line and own box; the van's driver never;
- where the sender writes for her father who is the registered driver (v2 of one style),
  the service is the father's (set 31/63): the father's values, the daughter's phone and
  box never (`()`).
Address: where the applicant lives (the school's place for a school), with or without
เลขที่/บ้านเลขที่, with or without province and postal code; never where the accident
happened, where the car is abandoned (unless it is in front of his house and he writes
only that: then it is not written as his address and the address is his home as given),
the win's stand, the garage's, the owner's. Plates, driving licences, chassis and engine
numbers, policy, claim, report, receipt, vest, route and tax numbers (a garage's 13-digit
เลขประจำตัวผู้เสียภาษี included) are never an ID or a phone. Birth date ISO, only the
applicant's; never the accident's, the report's or a licence's date.
Everyone, every plate and number is invented (13-digit numbers made with
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
from unseen_requests_56 import P, Party, exp, home, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@kalasincity.example.go.th"
CITY = "เทศบาลเมืองกาฬสินธุ์"
MAYOR = "นายกเทศมนตรีเมืองกาฬสินธุ์"
KS = "กาฬสินธุ์"
RE = "ร้อยเอ็ด"
NONE = date(1900, 1, 1)  # a school has no birth date; never expected

PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมพงษ์", "ภูผาทอง", "346010045127", date(1979, 5, 14), "0817694420", "sompong.pt@gmail.com",
      "58", "", "", "ภิรมย์", "กาฬสินธุ์", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นาง", "บุญเรือน", "ศรีหาราช", "346010067238", date(1968, 10, 2), "0869901537", "boonruen.sh@hotmail.com",
      "112", "7", "", "", "เชียงเครือ", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นาย", "อนันต์", "พลซา", "345010033914", date(1985, 1, 27), "0934417208", "anan.ponsa@gmail.com",
      "21/4", "", "", "ผดุงพานิช", "ในเมือง", "เมืองร้อยเอ็ด", RE, "45000"),
    P("นางสาว", "ชลธิชา", "นามวงศ์", "346990028453", date(1996, 8, 9), "0628817340", "chonticha.nw@gmail.com",
      "9", "3", "", "", "ลำพาน", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นาย", "ทองใบ", "แสนสุข", "346030011802", date(1961, 12, 5), "0857726194", "",
      "77", "5", "", "", "ยางตลาด", "ยางตลาด", KS, "46120"),
    P("นาง", "พิกุล", "ไชยคำ", "345170042265", date(1974, 3, 30), "0891146672", "pikul.ck@yahoo.com",
      "130", "9", "", "", "ธวัชบุรี", "ธวัชบุรี", RE, "45170"),
    P("นาย", "วีระพงษ์", "โคตรสมบัติ", "346010079546", date(1990, 6, 18), "0952238817", "weerapong.ks@gmail.com",
      "44/1", "", "", "ถีนานนท์", "กาฬสินธุ์", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นางสาว", "ศิริพร", "บุตรดี", "345120056771", date(1988, 11, 23), "0814472950", "siriporn.bd@gmail.com",
      "6", "2", "", "", "เกาะแก้ว", "เสลภูมิ", RE, "45120"),
    P("นาย", "ประยูร", "คำภูแสน", "346050020398", date(1957, 2, 11), "0862275104", "",
      "201", "4", "", "", "กมลาไสย", "กมลาไสย", KS, "46130"),
    P("นาย", "กิตติพัฒน์", "วงศ์ละคร", "346010088114", date(1983, 7, 7), "0897314458", "kittipat.wl@outlook.com",
      "15/8", "", "", "อนรรฆนาค", "กาฬสินธุ์", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นาง", "สุดารัตน์", "ทองมา", "345010061459", date(1981, 4, 16), "0883160729", "sudarat.tm@gmail.com",
      "88", "11", "", "", "เหนือเมือง", "เมืองร้อยเอ็ด", RE, "45000"),
    P("นาย", "ณรงค์ศักดิ์", "ภูกองไชย", "346010052287", date(1972, 9, 1), "0816620473", "narongsak.pk@gmail.com",
      "3", "8", "", "", "หลุบ", "เมืองกาฬสินธุ์", KS, "46000"),
)  # fmt: skip

# A school asking for its vans (the director signs).
SCHOOLS: tuple[Party, ...] = (
    P("", "โรงเรียนอนุบาลกาฬสินธุ์", "", "046000000011", NONE, "043811275", "anuban.ks@example.ac.th",
      "219", "", "", "กาฬสินธุ์", "กาฬสินธุ์", "เมืองกาฬสินธุ์", KS, "46000", juristic=True),
    P("", "โรงเรียนบ้านธวัชบุรี", "", "045000000027", NONE, "043569120", "bantawat.school@example.ac.th",
      "99", "1", "", "", "ธวัชบุรี", "ธวัชบุรี", RE, "45170", juristic=True),
)  # fmt: skip
DIRECTORS: tuple[tuple[str, str], ...] = (
    ("นายเสกสรร ศรีบุญเรือง", with_check_digit("346010003418")),
    ("นางวาสนา พรหมสุวรรณ", with_check_digit("345170025519")),
)

# Others beside the applicant: (name, ID, mobile, address).
OTHERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายสุริยา ภูผาทอง", with_check_digit("346010091225"), "0895520316",
     "58 ถนนภิรมย์ ตำบลกาฬสินธุ์ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000"),
    ("นายบุญมา ศรีโยธา", with_check_digit("346010040771"), "0873319026",
     "17 หมู่ที่ 2 ตำบลไผ่ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000"),
    ("นางสาวอรอุมา พลซา", with_check_digit("345010072236"), "0926614853",
     "21/4 ถนนผดุงพานิช ตำบลในเมือง อำเภอเมืองร้อยเอ็ด จังหวัดร้อยเอ็ด 45000"),
    ("นายเฉลิมชัย ดวงดี", with_check_digit("346020018840"), "0846672291",
     "42 หมู่ที่ 6 ตำบลหัวงัว อำเภอยางตลาด จังหวัดกาฬสินธุ์ 46120"),
)  # fmt: skip

# The city's garbage truck and its driver (a city employee).
TRUCK = ("82-4517 กาฬสินธุ์", "นายสมชาย ขันทะวงศ์", "0813347920")

# Garages: name, address, line, tax number (13 digits, a juristic one: never an ID).
GARAGES: tuple[tuple[str, str, str, str], ...] = (
    ("อู่ช่างเปี๊ยกการช่าง", "99/9 ถนนกาฬสินธุ์-สมเด็จ ตำบลหลุบ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000",
     "043-813-554", with_check_digit("046355900218")),
    ("ห้างหุ้นส่วนจำกัด ร้อยเอ็ดออโต้เซอร์วิส", "311 ถนนรณชัยชาญยุทธ ตำบลในเมือง อำเภอเมืองร้อยเอ็ด จังหวัดร้อยเอ็ด 45000",
     "043-512-087", with_check_digit("045355800661")),
)  # fmt: skip

# Vehicles: plate, make, chassis, engine.
CARS: tuple[tuple[str, str, str, str], ...] = (
    ("กข 1234 กาฬสินธุ์", "TOYOTA VIOS", "MR2B29F30K1045123", "2NR-F782154"),
    ("1กก 5678 ร้อยเอ็ด", "HONDA CITY", "MRHGM6540KP012345", "L15Z1-1234567"),
    ("ขอ 4471 กาฬสินธุ์", "ISUZU D-MAX", "MP1TFR86JKT004512", "4JK1-TX8812"),
    ("2กต 9013 กาฬสินธุ์", "MITSUBISHI TRITON", "MMTJNKB40LH006218", "4N15-UAM5531"),
)  # fmt: skip
BIKES: tuple[tuple[str, str], ...] = (
    ("1กษ 2254 กาฬสินธุ์", "HONDA WAVE 110i"),
    ("กรต 815 ร้อยเอ็ด", "YAMAHA FINN"),
    ("1ขฉ 7306 กาฬสินธุ์", "HONDA CLICK 125"),
)
LICENCES = ("59001234", "62004518", "61107736", "58012290")  # ใบอนุญาตขับขี่: 8 digits


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set93-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def school(k: int, keys: str, *, with_id: bool) -> dict[str, tuple[str, ...]]:
    e = exp(SCHOOLS[k], keys)
    e["full_name"] = (DIRECTORS[k][0],)
    e["national_id"] = (DIRECTORS[k][1],) if with_id else ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_win_driver": "the driver who registers himself; the win's head and the bike's owner never",
    "plain_abandoned_car_resident": "the resident who reports; the car's owner on the registration never",
    "plain_line_forward_accident": "the car's owner who claims; the truck's driver, the garage, the insurer never",
    "plain_school_van_operator": "the van operator who asks; the van's owner (his wife) and the hired driver never",
    "plain_outlook_android_parking": "the resident who asks the sticker; the car's owner (her husband / a finance company) never",
    "html_gmail_songthaew_route": "the songthaew's owner who asks; the co-driver never",
    "html_webform_parking_permit": "the web form's ผู้ยื่นคำขอ; the vehicle's owner section never",
    "html_outlook_accident_garage_table": "the claimant; the garage's table and the truck's driver never",
    "html_gmail_win_head_members": "the win's head who signs; the members' rows never",
    "docx_general_petition_abandoned_car": "the petitioner (ข้าพเจ้า); the car's last owner never",
    "docx_route_permit_table": "the tuk-tuk's owner (ผู้ขออนุญาต); the hired driver's rows never",
    "docx_school_van_letter": "the director who signs for the school (no ID), the school's place, line, box; the vans' drivers never",
    "docx_accident_claim_letter": "the claimant who signs; the other driver, witness, garage never",
    "pdf_fillable_parking_sticker": "applicant_* fields; owner_* (the car's owner) never",
    "pdf_fillable_win_registration": "the driver (ผู้ขอขึ้นทะเบียน); v2 asked by his daughter: still the father, her phone and box never",
    "pdf_typed_accident_claim": "the writer (her block top right); the truck's driver, the garage never",
    "pdf_typed_tuktuk_renewal": "the owner who writes (block top left); the hired driver never",
    "xlsx_win_roster": "the win's head in the head block; the members' rows never",
    "xlsx_accident_damage_items": "the claimant in the head block; the garage's rows never",
    "xlsx_school_van_pupils": "the van operator at the top; the pupils' parents never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_win_driver(a: Party, i: int) -> Case:
    """A driver registers with a win from his iPhone: his ID, birth date, home; the public
    driving licence (8 digits), the bike's plate, the vest's number; the win's head and
    his phone; the bike is his brother's."""
    p = a.p
    plate, make = BIKES[i % 3]
    head, _, head_mob, _ = OTHERS[1]
    owner, owner_id, _, _ = OTHERS[0]
    text = (
        f"เรียน {MAYOR}\n\n{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\n"
        f"ขอขึ้นทะเบียนเป็นผู้ขับขี่รถจักรยานยนต์รับจ้าง วินหน้าตลาดโต้รุ่ง ถนนกาฬสินธุ์ (เสื้อวินเบอร์ {17 + i})\n"
        f"ใบอนุญาตขับขี่รถจักรยานยนต์สาธารณะเลขที่ {LICENCES[i % 4]} หมดอายุ 14 ก.ย. 2571\n"
        f"รถ {make} ทะเบียน {plate} (ป้ายเหลือง) เป็นชื่อของ{owner} พี่ชาย เลขบัตร {nid_w(owner_id, i + 1)}\n"
        f"หัวหน้าวิน {head} โทร {mobile(head_mob, i)} รับรองให้แล้ว{ending(a)}\n\n"
        f"เบอร์{me(a)} {mobile(p.mobile, i + 1)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอขึ้นทะเบียนวินมอเตอร์ไซค์รับจ้าง", box(a), text=text)
    return Case("plain_iphone_win_driver", raw, own(a, ALL))


def plain_abandoned_car_resident(a: Party, i: int) -> Case:
    """A resident reports a car left in front of her house for two months: its plate,
    chassis seen through the windscreen, the owner the land transport office named (his
    name, his phone from a neighbour); her own lines under her name."""
    p = a.p
    plate, make, chassis, _ = CARS[(i + 2) % 4]
    owner, _, owner_mob, _ = OTHERS[3]
    text = (
        f"เรียน งานป้องกันและบรรเทาสาธารณภัย {CITY}\n\n"
        f"มีรถยนต์ {make} สีเทา ทะเบียน {plate} จอดทิ้งไว้ริมถนนหน้าบ้าน{me(a)}มาตั้งแต่ 2 ต.ค. 2569 "
        f"ยางแบน ฝุ่นเต็ม เลขตัวถังที่มองเห็นหน้ากระจก {chassis}\n"
        f"สอบถามขนส่งจังหวัดแล้วแจ้งว่าผู้ถือกรรมสิทธิ์คือ {owner} เพื่อนบ้านให้เบอร์มาว่า {mobile(owner_mob, i)} แต่โทรไม่ติด\n"
        "ขอให้เทศบาลดำเนินการเคลื่อนย้ายรถตาม พ.ร.บ.รักษาความสะอาดฯ ด้วย"
        f"{ending(a)}\n\nผู้แจ้ง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n"
        f"บ้านเลขที่ {home(a, i + 1)}\nโทร. {tel(a, i)}\n"
    )
    raw = message(i, f"แจ้งรถยนต์จอดทิ้ง ทะเบียน {plate}", box(a), text=text)
    return Case("plain_abandoned_car_resident", raw, own(a, NO_BIRTH))


def plain_line_forward_accident(a: Party, i: int) -> Case:
    """A LINE chat exported as text and mailed on: the owner of a car hit by the city's
    garbage truck writes to the city's officer in turns; the truck's plate, its driver's
    name and phone, the ปจว. entry, the insurer's claim number, the garage's quote."""
    p = a.p
    plate, make, _, _ = CARS[i % 4]
    g_name, g_addr, g_line, _ = GARAGES[i % 2]
    day = f"2569.12.0{2 + i % 5}"
    text = (
        f"[LINE] ประวัติการแชทกับ งานนิติการ เทศบาลเมืองกาฬสินธุ์\nบันทึกเมื่อ: {day} 10:4{i % 10}\n\n"
        f"{day} จ.\n"
        f"09:12\t{p.first}\tสวัสดี{ending(a)} {me(a)}{a.name} เจ้าของรถ {make} ทะเบียน {plate} ที่ถูกรถขยะเทศบาลชนท้ายเมื่อ 28 พ.ย. 69 เวลา 07.40 น. ที่สี่แยกถนนอนรรฆนาค\n"
        f"09:13\t{p.first}\tรถขยะทะเบียน {TRUCK[0]} คนขับชื่อ {TRUCK[1]} เบอร์ {TRUCK[2]}\n"
        f"09:15\tงานนิติการ\tรบกวนขอเลขบัตรประชาชน ที่อยู่ และเลขแจ้งความค่ะ\n"
        f"09:20\t{p.first}\tเลขบัตร {nid_w(p.nid, i)}\n"
        f"09:20\t{p.first}\tที่อยู่ {home(a, i + 2)}\n"
        f"09:21\t{p.first}\tแจ้งความ สภ.เมืองกาฬสินธุ์ ปจว.ข้อ {31 + i} ลว. 28/11/2569 เวลา 09.05 น.\n"
        f"09:22\t{p.first}\tประกันชั้น 1 กรมธรรม์เลขที่ 6911-0{4471 + i}-2 เลขเคลม CL69-0{812 + i}554\n"
        f"09:24\t{p.first}\tใบเสนอราคา {g_name} {g_addr} โทร {g_line} ยอด {18400 + 350 * i:,} บาท\n"
        f"09:25\t{p.first}\tติดต่อกลับเบอร์นี้ {mobile(p.mobile, i + 3)} {ending(a)}\n"
        "09:30\tงานนิติการ\tรับเรื่องแล้วค่ะ ให้ส่งทางอีเมลสารบรรณอีกทางนะคะ\n"
    )
    raw = message(i, "ส่งต่อ: ประวัติแชท LINE เรื่องรถขยะชนรถ", box(a),
                  text="ส่งประวัติแชทตามที่เจ้าหน้าที่แนะนำ\n\n" + text)  # fmt: skip
    return Case("plain_line_forward_accident", raw, own(a, NO_BIRTH))


def plain_school_van_operator(a: Party, i: int) -> Case:
    """A van operator asks a stopping place in front of a school for his pupils' van: the
    van's plate, its owner (his wife, her ID and phone), the hired second driver (his
    licence, phone); his own lines in Thai digits in v2."""
    p = a.p
    plate, make, _, _ = CARS[(i + 1) % 4]
    wife, wife_id, wife_mob, _ = OTHERS[2]
    drv, _, drv_mob, _ = OTHERS[3]
    own_lines = f"ชื่อ {a.name}\nเลขบัตร {nid_w(p.nid, i)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i)}\n"
    if i % 2:
        own_lines = thai(own_lines)
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {CITY}\n\n"
        f"{me(a)}ประกอบการรถตู้รับส่งนักเรียนโรงเรียนอนุบาลกาฬสินธุ์ ขออนุญาตใช้พื้นที่จอดรับส่งนักเรียนบริเวณหน้าโรงเรียน "
        "เวลา 06.45-07.30 น. และ 15.30-16.15 น.\n\n"
        f"ผู้ขออนุญาต\n{own_lines}\n"
        f"รถตู้ {make} ทะเบียน {plate} ผู้ถือกรรมสิทธิ์ {wife} (ภรรยา) เลขบัตร {nid_w(wife_id, i + 1)} โทร {mobile(wife_mob, i)}\n"
        f"คนขับสำรอง {drv} ใบขับขี่ ท.2 เลขที่ {LICENCES[(i + 1) % 4]} โทร {mobile(drv_mob, i + 2)}\n\n"
        f"ขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, "ขออนุญาตจอดรถตู้รับส่งนักเรียน", box(a), text=text)
    return Case("plain_school_van_operator", raw, own(a, NO_BIRTH))


def plain_outlook_android_parking(a: Party, i: int) -> Case:
    """A resident of a market street asks a resident's parking sticker from Outlook for
    Android: the car is in her husband's name (v1) or a leasing company's (v2); his name,
    ID, phone; the sticker's old number."""
    p = a.p
    plate, make, _, _ = CARS[(i + 3) % 4]
    owner = (f"ผู้ถือกรรมสิทธิ์ {OTHERS[0][0]} (สามี) เลขบัตร {nid_w(OTHERS[0][1], i)} โทร {mobile(OTHERS[0][2], i)}"
             if i % 2 == 0 else "ผู้ถือกรรมสิทธิ์ บริษัท โตโยต้า ลีสซิ่ง (ประเทศไทย) จำกัด ผู้ครอบครอง ดิฉันเอง")  # fmt: skip
    text = (
        f"เรียน เจ้าหน้าที่จราจร {CITY}\n\n"
        f"ขอต่อบัตรอนุญาตจอดรถสำหรับผู้พักอาศัย (สติ๊กเกอร์เดิมเลขที่ พจ.{1040 + i}/2569) ถนนภิรมย์ช่วงตลาดเช้า\n"
        f"รถ {make} ทะเบียน {plate}\n{owner}\n\n"
        f"ผู้ขอ: {a.name}\nเลขประจำตัวประชาชน:\n{nid_w(p.nid, i + 1)}\nที่อยู่:\n{home(a, i)}\n"
        f"มือถือ: {tel(a, i + 1)}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "ขอต่อบัตรอนุญาตจอดรถผู้พักอาศัย", box(a), text=text)
    return Case("plain_outlook_android_parking", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_songthaew_route(a: Party, i: int) -> Case:
    """A songthaew owner's Gmail asks a permit for route สาย 3 (bus terminal to the
    hospital): his lines as a list, the truck's plate, chassis and engine, the co-driver
    (his ID, licence, phone); his Gmail signature."""
    p = a.p
    plate, make, chassis, engine = CARS[(i + 2) % 4]
    co, co_id, co_mob, _ = OTHERS[(i + 1) % 4]
    lines = [f"เรียน {MAYOR}", "", f"{me(a)}ขออนุญาตเดินรถสองแถวรับจ้าง สาย {3 + i % 2} (บขส.กาฬสินธุ์ - โรงพยาบาลกาฬสินธุ์)", "",
             "<b>ผู้ขออนุญาต</b>", f"- ชื่อ-สกุล {a.name}", f"- เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}",
             f"- วันเกิด {born_th(p.born, i)}", f"- ที่อยู่ {home(a, i + 2)}", "",
             "<b>รถ</b>", f"- {make} ทะเบียน {plate}", f"- เลขตัวรถ {chassis} เลขเครื่องยนต์ {engine}", "",
             "<b>ผู้ขับขี่ร่วม</b>", f"- {co} เลขบัตร {nid_w(co_id, i)} ใบขับขี่ ท.2 เลขที่ {LICENCES[i % 4]} โทร {mobile(co_mob, i + 1)}",
             "", f"ขอบคุณ{ending(a)}", "--", a.name, f"โทร {mobile(p.mobile, i)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, f"ขออนุญาตเดินรถสองแถว สาย {3 + i % 2}", box(a), html=html)
    return Case("html_gmail_songthaew_route", raw, own(a, ALL))


def html_webform_parking_permit(a: Party, i: int) -> Case:
    """The city's web form's notification (noreply): a table of the applicant's fields,
    then the vehicle and its registered owner (his father: name, ID, phone, address)."""
    p = a.p
    plate, make, chassis, _ = CARS[i % 4]
    own_n, own_id, own_mob, own_addr = OTHERS[(i + 3) % 4]
    rows = [("หัวข้อ", "ขอใบอนุญาตจอดรถในเขตควบคุม"), ("เลขที่คำขอ", f"EF-2569-{1204 + i:05d}"),
            ("ชื่อ-นามสกุล ผู้ยื่นคำขอ", a.name), ("เลขประจำตัวประชาชน", p.nid), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่ที่ติดต่อได้", home(a, i)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email or "-"),
            ("ทะเบียนรถ", plate), ("ยี่ห้อ/รุ่น", make), ("เลขตัวถัง", chassis),
            ("ชื่อเจ้าของรถตามทะเบียน", own_n), ("เลขประจำตัวประชาชนเจ้าของรถ", own_id),
            ("โทรศัพท์เจ้าของรถ", own_mob), ("ที่อยู่เจ้าของรถ", own_addr), ("ส่งเมื่อ", f"0{1 + i % 6}/12/2569 08:{10 + i}")]  # fmt: skip
    t = "".join(f"<tr><td style='background:#f2f2f2'>{x}</td><td>{y}</td></tr>" for x, y in rows)
    html = ("<html><body><p>มีคำขอใหม่จากระบบ e-Service เทศบาลเมืองกาฬสินธุ์</p>"
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:#888'>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[e-Service] คำขอใหม่ EF-2569-{1204 + i:05d}",
                  "e-Service <noreply@kalasincity.example.go.th>", html=html)  # fmt: skip
    return Case("html_webform_parking_permit", raw, own(a, ALL))


def html_outlook_accident_garage_table(a: Party, i: int) -> Case:
    """A claimant's Outlook mail against the city for its truck: the accident in prose,
    the garage's quote as a table (its address, line, tax number), her own signature."""
    p = a.p
    plate, make, _, _ = CARS[(i + 1) % 4]
    g_name, g_addr, g_line, g_tax = GARAGES[(i + 1) % 2]
    paras = [f"เรียน {MAYOR}", "",
             f"ตามที่รถบรรทุกขยะของเทศบาล ทะเบียน {TRUCK[0]} ขับโดย{TRUCK[1]} ได้เฉี่ยวชนรถยนต์ {make} ทะเบียน {plate} ของ{me(a)} "
             f"เมื่อวันที่ {thai_day(date(2026, 11, 20 + i % 8))} เวลาประมาณ 06.15 น. บริเวณถนนเกษตรสมบูรณ์ "
             f"และได้แจ้งความไว้ที่ สภ.เมืองกาฬสินธุ์ ตามรายงานประจำวัน ข้อ {12 + i} ลงวันที่เดียวกัน "
             f"{me(a)}จึงขอเรียกค่าเสียหายตามใบเสนอราคาของอู่ด้านล่าง", ""]  # fmt: skip
    quote = ("<table border='1' cellpadding='4' style='border-collapse:collapse;font-family:Tahoma'>"
             f"<tr><td colspan='3'><b>{g_name}</b><br>{g_addr}<br>โทร {g_line} เลขประจำตัวผู้เสียภาษี {g_tax}</td></tr>"
             "<tr><th>รายการ</th><th>จำนวน</th><th>ราคา (บาท)</th></tr>"
             "<tr><td>กันชนหลัง</td><td>1</td><td>6,800</td></tr><tr><td>ไฟท้ายขวา</td><td>1</td><td>3,250</td></tr>"
             f"<tr><td>ค่าแรงเคาะพ่นสี</td><td>1</td><td>{7500 + 100 * i:,}</td></tr></table>")  # fmt: skip
    sig = (f'<p class="MsoNormal">ขอแสดงความนับถือ<br><br><b>{a.name}</b><br>เลขประจำตัวประชาชน {nid_w(p.nid, i)}<br>'
           f"{home(a, i + 1)}<br>โทร {tel(a, i + 2)}</p>")  # fmt: skip
    html = outlook_html(paras, quote + "<p class='MsoNormal'>&nbsp;</p>" + sig)
    raw = message(i, "ขอเรียกค่าเสียหายกรณีรถขยะเทศบาลเฉี่ยวชน", box(a), html=html)
    return Case("html_outlook_accident_garage_table", raw, own(a, NO_BIRTH))


def html_gmail_win_head_members(a: Party, i: int) -> Case:
    """A win's head asks from his Gmail to register two new members: a table of members
    (names, IDs, vest numbers, plates, phones), his own lines above his name."""
    p = a.p
    rows = [(OTHERS[k][0], nid_w(OTHERS[k][1], i + k), f"{21 + k + i:03d}", BIKES[k % 3][0], mobile(OTHERS[k][2], k))
            for k in ((i + 1) % 4, (i + 2) % 4)]  # fmt: skip
    t = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in rows)
    html = (f'<div dir="ltr"><div>เรียน งานจราจร {CITY}</div><br>'
            f"<div>{me(a)} {a.name} หัวหน้าวินรถจักรยานยนต์รับจ้างหน้าโรงพยาบาลกาฬสินธุ์ (วินเลขที่ {40 + i}) "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ที่อยู่ {home(a, i + 1)} "
            "ขอแจ้งรายชื่อสมาชิกใหม่ของวินเพื่อขึ้นทะเบียนและรับเสื้อวิน ดังนี้</div><br>"
            "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
            "<tr><th>ชื่อ-สกุล</th><th>เลขบัตรประชาชน</th><th>เบอร์เสื้อ</th><th>ทะเบียนรถ</th><th>โทร</th></tr>"
            f"{t}</table><br><div>ติดต่อหัวหน้าวิน {tel(a, i + 1)}</div><div>{a.name}</div></div>\n")  # fmt: skip
    raw = message(i, "แจ้งรายชื่อสมาชิกวินใหม่", box(a), html=html)
    return Case("html_gmail_win_head_members", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_general_petition_abandoned_car(a: Party, i: int) -> Case:
    """The city's คำร้องทั่วไป typed over dotted lines: the petitioner's age, ID, home;
    the car left on a public road (plate, chassis), its last owner's name and address."""
    p = a.p
    plate, make, chassis, _ = CARS[(i + 3) % 4]
    o_name, _, _, o_addr = OTHERS[(i + 2) % 4]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph(f"เขียนที่ {CITY}\nวันที่ {3 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(f"เรื่อง ขอให้เคลื่อนย้ายรถยนต์ที่จอดทิ้งไว้ในที่สาธารณะ\nเรียน {MAYOR}")
        d.add_paragraph(
            f"ข้าพเจ้า....{a.name}....อายุ....{age}....ปี เลขประจำตัวประชาชน....{nid_w(p.nid, i)}....\n"
            f"อยู่บ้านเลขที่....{home(a, i)}....\nโทรศัพท์....{tel(a, i + 1)}...."
        )
        d.add_paragraph(
            f"มีความประสงค์ ขอให้เทศบาลเคลื่อนย้ายรถยนต์ {make} ทะเบียน {plate} เลขตัวรถ {chassis} ซึ่งจอดทิ้งไว้ในซอยข้างตลาดโต้รุ่ง "
            f"เกินกว่า 60 วัน ผู้ครอบครองเดิมคือ {o_name} อยู่บ้านเลขที่ {o_addr} ซึ่งย้ายออกไปแล้ว"
        )
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง")
        d.add_paragraph(f"ลงชื่อ....................ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, "คำร้องทั่วไป เรื่องรถจอดทิ้ง", box(a), text=f"ส่งคำร้องมาพร้อมนี้{ending(a)}\n",
                  files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_general_petition_abandoned_car", raw, own(a, NO_BIRTH))


def docx_route_permit_table(a: Party, i: int) -> Case:
    """A tuk-tuk route permit form as a Word table: the owner's rows (name, ID, birth
    date, home, phone), the vehicle's rows, then the hired driver's rows (name, ID,
    licence, phone, his own address)."""
    p = a.p
    plate, make = (
        ("1กท 3329 กาฬสินธุ์", "สามล้อเครื่อง (ตุ๊กตุ๊ก) DAIHATSU")
        if i % 2
        else ("3กษ 7710 กาฬสินธุ์", "สามล้อเครื่อง TUKTUK HYBRID")
    )
    drv, drv_id, drv_mob, drv_addr = OTHERS[(i + 3) % 4]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขออนุญาตนำรถสามล้อรับจ้างเข้าเดินรถในเส้นทาง\n{CITY}")
        table_doc(d, [("ผู้ขออนุญาต (เจ้าของรถ)", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                      ("วันเดือนปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i)),
                      ("อีเมล", p.email or "-"), ("รถ", ""), ("ยี่ห้อ", make), ("หมายเลขทะเบียน", plate),
                      ("เส้นทางที่ขอ", f"สาย {7 + i} ตลาดโต้รุ่ง - สถานีขนส่ง - มหาวิทยาลัยกาฬสินธุ์"),
                      ("ผู้ขับขี่ที่ได้รับมอบหมาย", ""), ("ชื่อ-สกุล", drv), ("เลขประจำตัวประชาชน", nid_w(drv_id, i + 1)),
                      ("ใบอนุญาตขับขี่เลขที่", LICENCES[(i + 2) % 4]), ("ที่อยู่", drv_addr), ("โทรศัพท์", mobile(drv_mob, i))])  # fmt: skip
        d.add_paragraph(f"\nลงชื่อ....................ผู้ขออนุญาต\n({a.name})")

    raw = message(i, "ยื่นคำขออนุญาตเดินรถสามล้อรับจ้าง", box(a), text=f"แนบแบบคำขอ{ending(a)}\n",
                  files=(("คำขอเดินรถ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_route_permit_table", raw, own(a, ALL))


def docx_school_van_letter(a: Party, i: int) -> Case:
    """A school's letter (ที่ ศธ ...) signed by its director: asks a no-parking zone and a
    stopping bay for its three vans; the vans' plates and drivers (names, phones); the
    school's place and line in the head. The director's ID is not given."""
    k0 = i % 2
    sch, director = SCHOOLS[k0], DIRECTORS[k0]
    to = (MAYOR, "นายกเทศมนตรีตำบลธวัชบุรี")[k0]
    vans = [(CARS[k][0], OTHERS[k][0], mobile(OTHERS[k][2], k)) for k in (i % 4, (i + 1) % 4)]

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ ศธ 04103.{i + 1}/{580 + i}\t\t\t{sch.name}\n\t\t\t\t{home(sch, i)}")
        d.add_paragraph(f"\t\t\t\t{8 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์จัดพื้นที่จอดรถรับส่งนักเรียน\nเรียน {to}")
        d.add_paragraph(
            f"ด้วย{sch.name} มีรถตู้รับส่งนักเรียนที่ขึ้นทะเบียนกับโรงเรียน จำนวน 2 คัน ได้แก่ "
            + "; ".join(f"ทะเบียน {pl} ผู้ขับ {n} โทร {m}" for pl, n, m in vans)
            + " ประสบปัญหาไม่มีที่จอดรับส่งนักเรียนบริเวณหน้าโรงเรียน จึงขอความอนุเคราะห์ทาสีขอบทางและติดป้ายจุดจอดรับส่ง"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({director[0]})\nผู้อำนวยการ{sch.name}")
        d.add_paragraph(f"งานกิจการนักเรียน\nโทร {tel(sch, i)}\nอีเมล {sch.p.email}")

    raw = message(i, "หนังสือโรงเรียน ขอพื้นที่จอดรถรับส่งนักเรียน", f"{sch.name} <{sch.p.email}>",
                  text=f"เรียน {to}\nโรงเรียนขอส่งหนังสือตามแนบ\n",
                  files=(("หนังสือโรงเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_school_van_letter", raw, school(k0, NO_BIRTH, with_id=False))


def docx_accident_claim_letter(a: Party, i: int) -> Case:
    """A claim letter in Word: the claimant, the accident with the city's truck (time,
    place, ปจว.), a witness (name, phone), the garage's quote (its address, line, tax
    number), the insurer's claim number; signed under her name with her phone."""
    p = a.p
    plate, make, chassis, _ = CARS[(i + 2) % 4]
    g_name, g_addr, g_line, g_tax = GARAGES[i % 2]
    w_name, _, w_mob, _ = OTHERS[(i + 1) % 4]

    def build(d: Any) -> None:
        d.add_paragraph(f"{3 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอให้ชดใช้ค่าเสียหาย\nเรียน {MAYOR}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} เป็นเจ้าของรถยนต์ {make} ทะเบียน {plate} หมายเลขตัวถัง {chassis}"
        )
        d.add_paragraph(
            f"เมื่อวันที่ 25 พฤศจิกายน 2569 เวลา 17.20 น. รถบรรทุกขยะของเทศบาล หมายเลขทะเบียน {TRUCK[0]} ซึ่งมี{TRUCK[1]} "
            f"เป็นผู้ขับ ได้ถอยหลังชนรถของข้าพเจ้าที่จอดอยู่หน้าร้านค้า โดยมี {w_name} โทร {mobile(w_mob, i)} เป็นพยาน "
            f"ได้แจ้งความไว้ที่ สภ.เมืองกาฬสินธุ์ ปจว. ข้อ {7 + i} และแจ้งบริษัทประกันภัย เลขรับแจ้ง 6911-{20455 + i}"
        )
        d.add_paragraph(
            f"{g_name} ตั้งอยู่ที่ {g_addr} โทร {g_line} (เลขประจำตัวผู้เสียภาษี {g_tax}) ได้เสนอราคาซ่อมเป็นเงิน {24650 + i * 500:,} บาท"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาชดใช้ค่าเสียหายดังกล่าว")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nผู้เสียหาย\nโทร {tel(a, i + 1)}")

    raw = message(i, "หนังสือขอให้ชดใช้ค่าเสียหาย (รถขยะเทศบาล)", box(a), text="แนบหนังสือและใบเสนอราคา\n",
                  files=(("หนังสือเรียกค่าเสียหาย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_accident_claim_letter", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_parking_sticker(a: Party, i: int) -> Case:
    """The city's fillable parking sticker form, fields named applicant_* and owner_*:
    the car is the owner's (another person: his name, ID, phone)."""
    p = a.p
    plate, make, _, _ = CARS[(i + 1) % 4]
    o_name, o_id, o_mob, _ = OTHERS[i % 4]
    labels = [(40, 18, f"คำขอบัตรอนุญาตจอดรถ {CITY}"), (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 84, "ทะเบียนรถ"), (110, 84, "ยี่ห้อ"), (20, 98, "เจ้าของรถ (กรณีไม่ใช่ผู้ขอ)"),
              (20, 108, "เลขประจำตัวประชาชนเจ้าของรถ"), (20, 118, "โทรศัพท์เจ้าของรถ")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 45, 40, 100), Field("applicant_id", p.nid, 60, 50, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i), 135, 50, 45), Field("applicant_address", home(a, i), 35, 60, 160),
              Field("applicant_phone", tel(a, i), 45, 70, 55), Field("applicant_email", p.email, 125, 70, 70),
              Field("vehicle_plate", plate, 45, 84, 55), Field("vehicle_make", make, 125, 84, 60),
              Field("owner_name", o_name, 80, 98, 90), Field("owner_id", o_id, 85, 108, 55, comb=13),
              Field("owner_phone", o_mob, 70, 118, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอบัตรจอดรถ (PDF)", box(a), text=f"ส่งแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("parking_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_parking_sticker", raw, own(a, ALL))


def pdf_fillable_win_registration(a: Party, i: int) -> Case:
    """The fillable คำขอขึ้นทะเบียนผู้ขับขี่รถจักรยานยนต์รับจ้าง (Thai field names): the
    driver's fields, his licence, plate and vest; v1 sent by the driver, v2 by his
    daughter from her box (her phone in the mail)."""
    p = a.p
    plate, make = BIKES[(i + 1) % 3]
    labels = [(30, 18, "คำขอขึ้นทะเบียนผู้ขับขี่รถจักรยานยนต์รับจ้าง"), (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (20, 84, "ใบอนุญาตขับขี่เลขที่"),
              (110, 84, "ทะเบียนรถ"), (20, 94, "วินที่สังกัด"), (110, 94, "หมายเลขเสื้อ")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", a.name, 45, 40, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i), 60, 50, 55),
              Field("วันเกิด", born_th(p.born, i + 1), 135, 50, 45), Field("ที่อยู่", home(a, i + 2), 35, 60, 160),
              Field("โทรศัพท์", tel(a, i) if i % 2 == 0 else "", 45, 70, 55),
              Field("ใบอนุญาตขับขี่", LICENCES[(i + 3) % 4], 60, 84, 45), Field("ทะเบียนรถ", f"{plate} ({make})", 130, 84, 60),
              Field("วิน", "วินหน้าห้างโรบินสัน", 50, 94, 55), Field("เสื้อ", f"{i + 5:03d}", 140, 94, 20)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    if i % 2 == 0:
        raw = message(i, "คำขอขึ้นทะเบียนวินรับจ้าง", box(a), text=f"แนบคำขอ{ending(a)}\n",
                      files=(("ขึ้นทะเบียนวิน.pdf", data, PDF),))  # fmt: skip
        return Case("pdf_fillable_win_registration", raw, own(a, ALL))
    d_name, _, d_mob, _ = OTHERS[2]
    raw = message(i, "ส่งคำขอขึ้นทะเบียนวินแทนพ่อ", "Ora-uma P. <ora.ps@gmail.com>",
                  text=f"เรียน เจ้าหน้าที่\nหนูส่งแบบคำขอของพ่อ ({a.name}) ค่ะ พ่อไม่มีอีเมล ติดต่อหนูได้ที่ {mobile(d_mob, i)}\n{d_name}\n",
                  files=(("ขึ้นทะเบียนวิน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_win_registration", raw, for_other(a, ALL))


def pdf_typed_accident_claim(a: Party, i: int) -> Case:
    """A typed claim letter (Word to PDF): the writer's own block top right (her home),
    the accident with the city's truck, its driver, the garage's address and line, the
    policy number, her phone at the end."""
    p = a.p
    plate, make, _, _ = CARS[i % 4]
    g_name, g_addr, g_line, _ = GARAGES[(i + 1) % 2]
    addr = home(a, i)
    cut = addr.find(" อำเภอ") if " อำเภอ" in addr else addr.find(" อ.")
    paras: list[tuple[float, str]] = [(115, addr[:cut]), (115, addr[cut + 1 :]),
             (0, ""), (115, f"{4 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอรับค่าสินไหมทดแทนจากอุบัติเหตุรถของเทศบาล"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เจ้าของรถยนต์ {make} ทะเบียน {plate} "
                  f"ขอแจ้งว่าเมื่อวันที่ 30 พฤศจิกายน 2569 เวลา 08.10 น. รถบรรทุกขยะทะเบียน {TRUCK[0]} ขับโดย{TRUCK[1]} "
                  "ได้เปลี่ยนช่องทางกะทันหันชนรถของข้าพเจ้าที่ถนนถีนานนท์ เจ้าหน้าที่ตำรวจได้ลงบันทึก ปจว. ข้อ "
                  f"{44 + i} เวลา 09.30 น. กรมธรรม์ประกันภัยเลขที่ V-0{6912 + i}-77431"),
             (30, f"รถอยู่ระหว่างซ่อมที่ {g_name} {g_addr} โทร {g_line} ประเมินค่าซ่อม {31200 + 800 * i:,} บาท"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอรับค่าสินไหมทดแทน อุบัติเหตุรถขยะ", box(a), text="แนบหนังสือ (PDF)\n",
                  files=(("claim.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_accident_claim", raw, own(a, NO_BIRTH))


def pdf_typed_tuktuk_renewal(a: Party, i: int) -> Case:
    """A tuk-tuk owner's typed letter to renew his route permit: his block top left (name,
    home, phone), the permit's number, the vehicle (plate, engine), his hired driver (ID,
    licence, phone)."""
    p = a.p
    drv, drv_id, drv_mob, _ = OTHERS[(i + 1) % 4]
    paras: list[tuple[float, str]] = [(20, a.name), (20, home(a, i + 1)), (20, f"โทร {tel(a, i + 2)}"), (0, ""),
             (120, f"{9 + i % 15} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอต่ออายุใบอนุญาตเดินรถสามล้อรับจ้าง"),
             (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ตามที่ข้าพเจ้า เลขประจำตัวประชาชน {nid_w(p.nid, i)} ได้รับใบอนุญาตเดินรถสามล้อรับจ้าง เลขที่ สร.{118 + i}/2568 "
                  f"สำหรับรถทะเบียน {'1กท 3329' if i % 2 else '3กษ 7710'} กาฬสินธุ์ เลขเครื่องยนต์ 1KR-{4481207 + i} ซึ่งจะหมดอายุวันที่ 31 ธันวาคม 2569 จึงขอต่ออายุ"),
             (30, f"ผู้ขับขี่ประจำรถ {drv} เลขประจำตัวประชาชน {nid_w(drv_id, i + 1)} ใบอนุญาตขับขี่เลขที่ {LICENCES[i % 4]} โทร {mobile(drv_mob, i + 1)}"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอต่ออายุใบอนุญาตเดินรถสามล้อ", box(a), text="แนบหนังสือขอต่ออายุ\n",
                  files=(("ต่ออายุ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_tuktuk_renewal", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_win_roster(a: Party, i: int) -> Case:
    """A win's roster as a sheet: the head block (the head's name, ID, birth date, home,
    phone), the members' rows (names, IDs, vests, plates, licences, phones)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนวิน"
        ws.append((f"ทะเบียนสมาชิกวินรถจักรยานยนต์รับจ้าง หน้าตลาดแม่บ้าน เลขที่วิน {60 + i}",))
        ws.append(("หัวหน้าวิน", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "เสื้อเบอร์", "ทะเบียนรถ", "ใบขับขี่สาธารณะ", "โทร"))
        for n, k in enumerate(((i + 1) % 4, (i + 2) % 4, (i + 3) % 4), 1):
            o = OTHERS[k]
            ws.append(
                (n, o[0], o[1], f"{n + 1:03d}", BIKES[k % 3][0], LICENCES[k], mobile(o[2], n))
            )

    raw = message(i, "ส่งทะเบียนสมาชิกวิน", box(a), text=f"แนบไฟล์รายชื่อสมาชิกวิน{ending(a)}\n{a.name} หัวหน้าวิน\n",
                  files=(("ทะเบียนวิน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_win_roster", raw, own(a, ALL))


def xlsx_accident_damage_items(a: Party, i: int) -> Case:
    """A claimant's list of damages: her head block (name, ID, home, phone), the accident
    (truck's plate, report number), the garage's rows (name, address, line), items."""
    p = a.p
    g_name, g_addr, g_line, g_tax = GARAGES[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าเสียหาย"
        ws.append(("รายการค่าเสียหาย กรณีรถบรรทุกขยะเทศบาลเมืองกาฬสินธุ์เฉี่ยวชน",))
        ws.append(("ผู้เสียหาย", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i + 1)))
        ws.append(("รถคู่กรณี", TRUCK[0], "ผู้ขับ", TRUCK[1], "โทร", TRUCK[2]))
        ws.append(("ปจว.", f"ข้อ {19 + i} ลว. 1 ธ.ค. 2569 เวลา 10.15 น."))
        ws.append(())
        ws.append(("อู่ที่ซ่อม", g_name))
        ws.append(("ที่อยู่อู่", g_addr))
        ws.append(("โทรอู่", g_line, "เลขผู้เสียภาษี", g_tax))
        ws.append(())
        ws.append(("รายการ", "จำนวนเงิน"))
        for what, amount in (
            ("ประตูหน้าซ้าย", 9800),
            ("กระจกมองข้าง", 2450),
            ("ค่าแรง", 6000 + 250 * i),
            ("ค่ารถรับจ้างระหว่างซ่อม 7 วัน", 2100),
        ):
            ws.append((what, amount))

    raw = message(i, "ส่งรายการค่าเสียหาย", box(a), text="แนบรายการค่าเสียหายตามที่เจ้าหน้าที่ขอ\n",
                  files=(("ค่าเสียหาย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_accident_damage_items", raw, own(a, NO_BIRTH))


def xlsx_school_van_pupils(a: Party, i: int) -> Case:
    """A van operator's sheet for the city's school-van check: his rows at the top (name,
    ID, home, phone, the van's plate, his licence), then pupils and their parents'
    names and phones."""
    p = a.p
    plate = CARS[(i + 3) % 4][0]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รถตู้นักเรียน"
        ws.append(("แบบแจ้งข้อมูลรถรับส่งนักเรียน ปีการศึกษา 2569",))
        ws.append(("ผู้ประกอบการ", a.name, "เลขบัตร", nid_w(p.nid, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", tel(a, i + 2), "ทะเบียนรถ", plate, "ใบขับขี่", LICENCES[(i + 1) % 4]))
        ws.append(())
        ws.append(("ที่", "ชื่อนักเรียน", "ชั้น", "ผู้ปกครอง", "โทรผู้ปกครอง"))
        for n, k in enumerate(((i + 2) % 4, (i + 3) % 4), 1):
            o = OTHERS[k]
            ws.append(
                (
                    n,
                    f"เด็กชาย{('ภูมิ', 'ก้อง', 'ต้นกล้า', 'ธีร์')[k]} {o[0].split()[1]}",
                    "ป.2",
                    o[0],
                    mobile(o[2], k),
                )
            )

    raw = message(i, "ส่งข้อมูลรถรับส่งนักเรียน", box(a), text=f"แนบไฟล์ข้อมูลรถตู้{ending(a)}\n",
                  files=(("รถตู้.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_school_van_pupils", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_win_driver, (0, 2)),
    (plain_abandoned_car_resident, (1, 7)),
    (plain_line_forward_accident, (3, 9)),
    (plain_school_van_operator, (6, 11)),
    (plain_outlook_android_parking, (5, 10)),
    (html_gmail_songthaew_route, (4, 11)),
    (html_webform_parking_permit, (7, 9)),
    (html_outlook_accident_garage_table, (10, 1)),
    (html_gmail_win_head_members, (8, 2)),
    (docx_general_petition_abandoned_car, (5, 0)),
    (docx_route_permit_table, (9, 6)),
    (docx_school_van_letter, (0, 0)),
    (docx_accident_claim_letter, (3, 11)),
    (pdf_fillable_parking_sticker, (1, 6)),
    (pdf_fillable_win_registration, (2, 8)),
    (pdf_typed_accident_claim, (10, 7)),
    (pdf_typed_tuktuk_renewal, (4, 0)),
    (xlsx_win_roster, (11, 3)),
    (xlsx_accident_damage_items, (5, 1)),
    (xlsx_school_van_pupils, (6, 9)),
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
