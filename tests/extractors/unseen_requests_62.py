"""A sixty-second set of requests written by someone who had not read the readers (issue 8):
A MUNICIPALITY'S PUBLIC WORKS AND UTILITIES DESK (กองช่าง and งานประปา of เทศบาลเมือง
บ้านโป่ง, Ratchaburi): a broken street light (its pole's number, a GPS position, a plus
code), a pothole in front of a neighbour's house (the neighbour's house number and name),
a new water meter asked by a tenant (the house's owner named, with his ID), a tree leaning
over power lines (PEA's customer number, the land's owner and deed), a blocked drain, a
village headman or an อสม. writing for a villager, a complaint about road works with the
contractor's foreman's phone, photos' EXIF-like captions, a dormitory owner's sub-meters,
a headman's list of dead lights. Numbers like fields everywhere: pole numbers, meter
numbers (10-12 digits, some opening 0), user numbers (เลขที่ผู้ใช้น้ำ), PEA's CA numbers,
coordinates, deed numbers (โฉนด, เลขที่ดิน, หน้าสำรวจ), dates of the damage beside birth
dates. Kinds: plain (phone mail apps, webmail), HTML (Gmail, Outlook, a Traffy-like
notification, the town's e-service table), Word (the office's แบบคำร้องขอติดตั้งมาตรวัดน้ำ,
a headman's letter, a table), PDF (fillable with meaningless field names, a typed letter,
a water bill), xlsx (a headman's list of lights, a dormitory's sub-meters).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 59 and 60, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the desk's clerk keeps. WHO says it per
style.
- The APPLICANT is the one the request is FOR, whose street, house, meter or roof it is
  and who is answered: the resident who reports the light, the pothole, the drain, the
  tree; the tenant who asks the meter (not the house's owner who consents); the dormitory
  owner who asks sub-meters (never a tenant in her rows).
- A HEADMAN or an อสม. WRITING FOR ONE VILLAGER ("ขอความอนุเคราะห์ให้นาง..."): the villager
  is the applicant (her name, ID, address; her phone only where hers is given); the
  headman's or อสม.'s name, phone, box and home never hers. A HEADMAN ASKING FOR THE
  VILLAGE (a list of lights, the village road's drain): he is the applicant (his home, his
  mobile); the houses in the rows never his.
- Another person named (a neighbour in front of whose house the pothole is, the land's
  owner, the house's owner, the contractor's foreman, a tenant) is never her name; that
  person's phone, ID, house number never hers.
- A pole number, a meter number (even of 10 digits opening 0), a user number, PEA's CA
  number, a deed or land number, a coordinate, a plus code, a complaint's ticket number
  is never a phone or an ID.
- address: where the applicant lives, with or without เลขที่/บ้านเลขที่, province and
  postal code; the light's, pothole's or tree's place never (where that is all a
  notification gives, address `()`: only no value or a flagged one is right).
  province and postal code of her address.
- phone, email: hers where given and only then; a foreman's, a headman's, an office's
  line, a no-reply box never. birth_date ISO, only hers; the damage's, the report's,
  the photo's date never.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
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

DESK = "kongchang@banpong.example.go.th"
TOWN = "เทศบาลเมืองบ้านโป่ง"
MAYOR = "นายกเทศมนตรีเมืองบ้านโป่ง"
RB = "ราชบุรี"
BKK = "กรุงเทพมหานคร"

PEOPLE: tuple[Party, ...] = (
    P("นาง", "ศิริพร", "แสงทอง", "370020013458", date(1968, 3, 4), "0817764412", "siriporn.st@gmail.com",
      "52/7", "", "", "แสงชูโต", "บ้านโป่ง", "บ้านโป่ง", RB, "70110"),
    P("นาย", "สมบัติ", "เรืองศรี", "370020047731", date(1959, 11, 20), "0894471205", "sombat.rs59@hotmail.com",
      "118", "4", "", "", "ท่าผา", "บ้านโป่ง", RB, "70110"),
    P("นางสาว", "ปวีณา", "อินทร์แก้ว", "170990052216", date(1993, 7, 16), "0625513987", "paweena.ik@gmail.com",
      "31", "", "บ้านโป่ง 5", "ทรงพล", "บ้านโป่ง", "บ้านโป่ง", RB, "70110"),
    P("นาย", "ชาญชัย", "พูลผล", "370020061190", date(1975, 1, 8), "0836629140", "chanchai.pp@gmail.com",
      "9/3", "2", "", "", "สวนกล้วย", "บ้านโป่ง", RB, "70110"),
    P("นาง", "บุญมา", "ทองอยู่", "370020002615", date(1944, 9, 27), "0867715523", "",
      "77", "6", "", "", "ปากแรต", "บ้านโป่ง", RB, "70110"),
    P("นาย", "ณัฐพล", "ศรีสวัสดิ์", "370020078842", date(1986, 5, 30), "0958812364", "nattapon.ss86@gmail.com",
      "203/11", "", "", "เพชรเกษม", "ท่าผา", "บ้านโป่ง", RB, "70110"),
    P("นาง", "วันเพ็ญ", "คงสมบูรณ์", "370020036659", date(1971, 12, 12), "0819946631", "wanpen.ks@yahoo.com",
      "14", "1", "", "", "หนองอ้อ", "บ้านโป่ง", RB, "70110"),
    P("นาย", "ธนวัฒน์", "ลิ้มประเสริฐ", "310190044275", date(1980, 4, 22), "0816643307", "thanawat.lim@gmail.com",
      "66/18", "", "รามอินทรา 40", "รามอินทรา", "นวลจันทร์", "บึงกุ่ม", BKK, "10230"),
    P("นางสาว", "จิราภรณ์", "มีสุข", "170990068812", date(1997, 2, 3), "0647728815", "jiraporn.ms97@gmail.com",
      "5", "3", "", "", "ลาดบัวขาว", "บ้านโป่ง", RB, "70110"),
    P("นาย", "ประยูร", "แก้วประเสริฐ", "370020009976", date(1952, 6, 14), "0897732068", "",
      "41/1", "8", "", "", "เขาขลุง", "บ้านโป่ง", RB, "70110"),
    P("นาง", "สุนีย์", "ชัยมงคล", "370080025143", date(1965, 8, 1), "0814452296", "sunee.cm@gmail.com",
      "128", "5", "", "", "ดอนกระเบื้อง", "บ้านโป่ง", RB, "70110"),
    P("นาย", "เอกชัย", "วงศ์ทอง", "370060031827", date(1978, 10, 19), "0924418650", "ekkachai.wt@gmail.com",
      "88/2", "", "", "ราษฎร์บำรุง", "โพธาราม", "โพธาราม", RB, "70120"),
)  # fmt: skip

# Others named in the requests: (name, ID, mobile). Never an applicant's.
NEIGHBOURS = (("นายสมหมาย จันทร์ดี", "52/3"), ("นางลำดวน ศรีนวล", "120"), ("นายวิรัช บุญรอด", "9/8"))
OWNERS = (
    ("นายสุรศักดิ์ เจริญผล", with_check_digit("370020055318"), "0815527790",
     "17 ถนนทรงพล ตำบลบ้านโป่ง อำเภอบ้านโป่ง จังหวัดราชบุรี 70110"),
    ("นางอัมพร ทองมา", with_check_digit("310060022947"), "0869931742",
     "250/4 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร 10240"),
)  # fmt: skip
HEADMEN = (("นายบุญส่ง ปานทอง", "0819927734", "3 หมู่ 6 ตำบลปากแรต อำเภอบ้านโป่ง จังหวัดราชบุรี 70110"),
           ("นายสุชาติ มั่นคง", "0897715046", "56 หมู่ 8 ตำบลเขาขลุง อำเภอบ้านโป่ง จังหวัดราชบุรี 70110"))  # fmt: skip
OSM = ("นางสาวรัชนี ดวงแก้ว", "0638821904", "ratchanee.osm@gmail.com")
FOREMAN = ("นายเอกรัฐ (โฟร์แมน)", "0892256613")
CONTRACTOR = "ห้างหุ้นส่วนจำกัด ราชบุรีรุ่งเรืองการโยธา"


def pole(k: int) -> str:
    """A street light pole's number as the town paints it."""
    return ("บป.", "ทผ-", "P")[k % 3] + f"{(k * 37 + 104) % 1000:03d}"


def gps(k: int) -> str:
    lat = 13.8145 + 0.0013 * (k % 7)
    lon = 99.8731 + 0.0021 * (k % 5)
    return (f"{lat:.4f}, {lon:.4f}", f"{lat:.6f},{lon:.6f}", f"N{lat:.5f} E{lon:.5f}")[k % 3]


def plus_code(k: int) -> str:
    a = "23456789CFGHJMPQRVWX"
    return f"RVM{a[k % 20]}+{a[(k * 7) % 20]}{a[(k * 3 + 5) % 20]} บ้านโป่ง"


def meter_no(k: int, digits: int = 10) -> str:
    """A water meter's number: 10 or 12 digits, one in three opening 0 like a mobile."""
    first = "0" if k % 3 == 0 else str(1 + k % 9)
    return (first + f"{(k * 7919 + 20261) % 10**9:09d}" + "57")[:digits]


def user_no(k: int) -> str:
    """เลขที่ผู้ใช้น้ำ: a zone and a sequence, 10 digits, opening 0."""
    return f"0{k % 9 + 1}{(k * 4391 + 120007) % 10**8:08d}"


def pea_ca(k: int) -> str:
    """PEA's customer account (CA) number, 12 digits."""
    return f"0200{(k * 52711 + 41180023) % 10**8:08d}"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def message(a: Party, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.p
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 3 + n % 7, 1 + n % 9, (7 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set62-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def expect(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """What a clerk keeps of the applicant; no e-mail where she has none."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_ID = "full_name phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"

WHO: dict[str, str] = {
    "plain_streetlight_phone": "the resident who reports; never the pole, GPS or plus code",
    "plain_pothole_neighbour": "the resident who reports; never the neighbour in front of whose house",
    "plain_meter_tenant_owner": "the tenant who asks the meter; never the house's owner (his ID, phone, home)",
    "plain_headman_for_villager": "the villager the headman writes for; never the headman",
    "plain_works_foreman": "the resident who complains; never the foreman's phone",
    "plain_tree_pea_landowner": "the resident who reports; never the land's owner, the CA number, the deed",
    "html_gmail_photo_captions": "the sender; never the photos' dates or positions",
    "html_outlook_office_drain": "the employee about her own home; never the company's office or line",
    "html_traffy_notification": "the ผู้แจ้ง; address () (only the problem's place given)",
    "html_eservice_meter_table": "the ผู้ยื่นคำร้อง rows; never the neighbour's meter, no-reply",
    "html_gmail_osm_for_villager": "the villager; never the อสม. who sends (her phone, box)",
    "docx_meter_install_form": "the ข้าพเจ้า (tenant); never the owner who consents",
    "docx_headman_drain_letter": "the headman asking for the village road; his home and mobile",
    "docx_tree_cut_table": "the ผู้ร้อง rows; never the land's owner row",
    "pdf_fillable_meter_untitled": "the applicant in untitled fields; never the neighbour's user number",
    "pdf_typed_works_complaint": "the resident writing (block top right); never the contractor or foreman",
    "pdf_water_bill_tenant": "the tenant writing in the mail; never the owner on the bill",
    "pdf_fillable_light_thai": "the ผู้แจ้ง; never the pole's place",
    "xlsx_headman_light_list": "the headman who reports; never a house in the rows",
    "xlsx_dorm_submeters": "the dormitory owner; never a tenant in the rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_streetlight_phone(a: Party, i: int) -> Case:
    """A resident reports from her phone a dead street light: the pole's number, the
    position from her map app, a plus code, since when; her own lines."""
    text = (
        f"เรียน กองช่าง {TOWN}\n\nไฟกิ่งหน้าปากซอยบ้าน{me(a)}ดับมาตั้งแต่วันที่ {20 + i % 9} พฤศจิกายน 2569 "
        f"กลางคืนมืดมาก มีเด็กนักเรียนเดินผ่าน เสาไฟฟ้าหมายเลข {pole(i)} "
        f"พิกัด {gps(i)} (Plus code {plus_code(i)})\nรบกวนส่งช่างมาเปลี่ยนหลอดด้วย{ending(a)}\n\n"
        f"{a.name}\nบ้านเลขที่ {home(a, i)}\nโทร {tel(a, i)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    return Case("plain_streetlight_phone", message(a, i, f"แจ้งไฟฟ้าส่องสว่างดับ เสา {pole(i)}", text=text),
                expect(a, NO_ID))  # fmt: skip


def plain_pothole_neighbour(a: Party, i: int) -> Case:
    """A resident reports a pothole in front of her neighbour's house (his name and house
    number), the size, a motorbike fell; her own ID and lines below."""
    p = a.p
    nb, nb_house = NEIGHBOURS[i % 3]
    road = p.road or f"ซอยในหมู่ที่ {p.moo or '1'}"
    text = (
        f"เรียน ผู้อำนวยการกองช่าง\n\n{me(a)}ขอแจ้งถนน{road} ชำรุดเป็นหลุมลึกประมาณ 20 ซม. กว้าง 1 เมตร "
        f"อยู่หน้าบ้านเลขที่ {nb_house} ของ{nb} เมื่อวันที่ {thai_day(date(2026, 11, 25 + i % 5))} มีรถจักรยานยนต์ล้ม "
        f"ขอให้เทศบาลมาซ่อมโดยเร็ว{ending(a)}\n\nผู้แจ้ง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\n"
        f"ที่อยู่ {home(a, i + 1)}\nมือถือ {tel(a, i + 1)}\n"
    )
    return Case("plain_pothole_neighbour", message(a, i, "แจ้งถนนเป็นหลุม", text=text),
                expect(a, NO_BIRTH))  # fmt: skip


def plain_meter_tenant_owner(a: Party, i: int) -> Case:
    """A tenant asks a new water meter for the house she rents: the house's owner named
    with his ID, phone and own home (he consents), the nearby meter's number; her lines."""
    p = a.p
    own, own_id, own_mob, own_home = OWNERS[i % 2]
    text = (
        f"สวัสดี{ending(a)} งานประปา\n{me(a)}{a.name} เช่าบ้านเลขที่ {home(a, i)} อยู่ "
        f"ขอยื่นคำร้องขอติดตั้งมาตรวัดน้ำใหม่ ขนาด 1/2 นิ้ว เพราะตอนนี้ต่อน้ำจากบ้านข้าง ๆ (มาตรเลขที่ {meter_no(i)}) อยู่{ending(a)}\n"
        f"เจ้าของบ้านคือ {own} เลขบัตรประชาชน {nid_w(own_id, i + 1)} โทร {mobile(own_mob, i)} "
        f"บ้านเจ้าของอยู่ {own_home} ยินยอมให้ติดตั้งแล้ว\n\n"
        f"ข้อมูลผู้ขอ\nชื่อ {a.name}\nบัตรประชาชน {nid_w(p.nid, i + 2)}\nเกิด {born_th(p.born, i)}\nโทร {tel(a, i + 2)}\n"
    )
    return Case("plain_meter_tenant_owner", message(a, i, "ขอติดตั้งมาตรวัดน้ำ (ผู้เช่า)", text=text),
                expect(a, ALL))  # fmt: skip


def plain_headman_for_villager(a: Party, i: int) -> Case:
    """A village headman writes from his Hotmail for an old villager whose house's drain
    floods: her name, ID, house, her phone; his name, post, mobile and home below."""
    p = a.p
    hm, hm_mob, hm_home = HEADMEN[i % 2]
    text = (
        f"เรียน นายกเทศมนตรี\n\nผมผู้ใหญ่บ้านหมู่ที่ {p.moo or '-'} ขอความอนุเคราะห์ให้ {a.name} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} อายุ {2569 - p.born.year - 543} ปี บ้านเลขที่ {home(a, i)} "
        f"ท่อระบายน้ำหน้าบ้านอุดตัน น้ำท่วมขังเข้าบ้านทุกครั้งที่ฝนตกตั้งแต่วันที่ 15 พฤศจิกายน 2569 "
        f"ผู้ร้องอยู่คนเดียว ติดต่อได้ที่ {tel(a, i + 1)}\n\nขอบคุณครับ\n{hm}\nผู้ใหญ่บ้านหมู่ที่ {p.moo or '-'}\n"
        f"โทร {mobile(hm_mob, i)}\nบ้าน {hm_home}\n"
    )
    box = ("boonsong.pt", "suchat.mk")[i % 2] + "@hotmail.com"
    raw = message(a, i, "ขอความอนุเคราะห์ลอกท่อระบายน้ำ", text=text, from_=f"{hm} <{box}>")
    return Case("plain_headman_for_villager", raw, expect(a, NO_MAIL))


def plain_works_foreman(a: Party, i: int) -> Case:
    """A resident complains from webmail about road works in front of her house: the
    contractor, the contract's sign board, the foreman's phone who does not answer."""
    p = a.p
    text = (
        f"เรียน กองช่าง {TOWN}\n\nโครงการก่อสร้างถนน คสล. ที่หน้าบ้าน{me(a)} (ป้ายโครงการ สัญญาเลขที่ {17 + i}/2569 "
        f"ผู้รับจ้าง {CONTRACTOR}) ขุดถนนทิ้งไว้ตั้งแต่วันที่ {thai_day(date(2026, 11, 10 + i % 9))} "
        f"รถเข้าออกบ้านไม่ได้ ฝุ่นมาก โทรหาโฟร์แมน {FOREMAN[0]} เบอร์ {mobile(FOREMAN[1], i)} ก็ไม่รับสาย "
        f"ขอให้เทศบาลช่วยตามงานด้วย{ending(a)}\n\n--\n{a.name}\n{home(a, i + 2)}\nTel. {tel(a, i)}\n{p.email}\n"
    )
    return Case("plain_works_foreman", message(a, i, "ร้องเรียนงานก่อสร้างถนนหน้าบ้าน", text=text),
                expect(a, NO_ID))  # fmt: skip


def plain_tree_pea_landowner(a: Party, i: int) -> Case:
    """A resident asks a leaning tree cut before it falls on the power line: PEA's CA
    number on her bill, the pole, the land's owner and deed; her lines."""
    p = a.p
    own, _, own_mob, _ = OWNERS[(i + 1) % 2]
    text = (
        f"เรียน {MAYOR}\n{me(a)}ขอแจ้งต้นมะขามใหญ่ในที่ดินว่างข้างบ้าน (โฉนดเลขที่ {41827 + i * 13} เลขที่ดิน {215 + i} "
        f"หน้าสำรวจ {3344 + i} ของ{own} โทร {mobile(own_mob, i + 1)}) เอนทับสายไฟฟ้าแรงต่ำ ใกล้เสาหมายเลข {pole(i + 5)} "
        f"แจ้ง กฟภ. แล้ว (หมายเลขผู้ใช้ไฟฟ้า CA {pea_ca(i)} เรื่องเลขที่ 6912{i:04d}) ให้ติดต่อเทศบาลเรื่องตัดกิ่ง\n"
        f"ชื่อ {a.name} เลขบัตร {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i)} โทร {tel(a, i + 3)}\n"
    )
    return Case("plain_tree_pea_landowner", message(a, i, "ต้นไม้เอนทับสายไฟ", text=text),
                expect(a, NO_BIRTH))  # fmt: skip


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_photo_captions(a: Party, i: int) -> Case:
    """A Gmail about a blocked drain with the photos' captions pasted as the phone shows
    them (file, date and time, position, device); her lines at the end."""
    shot = date(2026, 12, 1 + i % 5)
    caps = [f"IMG_{shot:%Y%m%d}_07{15 + n}{22 + n * 7}.jpg — {shot.day} ธ.ค. 2569 07:{15 + n} — {gps(i + n)} — Samsung SM-A546E"
            for n in range(2)]  # fmt: skip
    lines = [f"เรียน งานสาธารณสุข/กองช่าง {TOWN}", "",
             f"รางระบายน้ำหน้าบ้าน{me(a)}ตัน มีขยะและดินอุด น้ำเน่าส่งกลิ่น แนบรูป 2 รูป{ending(a)}", "",
             *caps, "", f"{a.name}", f"บ้าน {home(a, i)}", f"โทร {tel(a, i + 1)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    return Case("html_gmail_photo_captions", message(a, i, "รางระบายน้ำอุดตัน (มีรูป)", html=html),
                expect(a, NO_ID))  # fmt: skip


def html_outlook_office_drain(a: Party, i: int) -> Case:
    """An employee writes from her company's Outlook about the flooded soi at her own
    home: the company's signature (its address, line, her extension) below."""
    p = a.p
    paras = [f"เรียน กองช่าง {TOWN}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อาศัยอยู่บ้านเลขที่ {home(a, i)} "
             f"ขอแจ้งว่าท่อระบายน้ำในซอยอุดตัน ฝนตกเมื่อวันที่ 2 ธันวาคม 2569 น้ำท่วมสูง 30 ซม. ขอให้ส่งรถดูดเลน{ending(a)}",
             f"ติดต่อ{me(a)}ได้ที่มือถือ {tel(a, i)}", "", "Best regards,"]  # fmt: skip
    sig = ('<p class="MsoNormal"><b>' + a.name + "</b><br>Accounting Officer<br>บริษัท สยามเซรามิกส์ราชบุรี จำกัด<br>"
           "99 หมู่ 2 ถนนเพชรเกษม ตำบลนครชุมน์ อำเภอบ้านโป่ง จังหวัดราชบุรี 70110<br>"
           f"Tel. 032-211-450 ext. {105 + i} | Fax 032-211-451<br>"
           f'<a href="mailto:{p.email}">{p.email}</a></p>')  # fmt: skip
    return Case("html_outlook_office_drain", message(a, i, "แจ้งท่อระบายน้ำอุดตัน", html=outlook_html(paras, sig)),
                expect(a, NO_BIRTH))  # fmt: skip


def html_traffy_notification(a: Party, i: int) -> Case:
    """A Traffy-like platform forwards a citizen's report from no-reply: ticket, type,
    the problem's place (near a house number), coordinates, the reporter's name and
    phone; no home of hers."""
    t = f"2026-{'RTBP' if i % 2 else 'BP62'}{(i * 131 + 4401) % 10000:04d}"
    rows = [("เลขที่เรื่อง", t), ("ประเภท", ("ไฟฟ้าส่องสว่าง", "ถนน")[i % 2]),
            ("รายละเอียด", ("ไฟถนนดับ 3 ต้นติดกัน เสา " + pole(i)) if i % 2 == 0 else "หลุมบ่อกลางถนน รถตกหลุมบ่อย"),
            ("ตำแหน่ง", f"หน้าบ้านเลขที่ {70 + i} ถนนทรงพล ตำบลบ้านโป่ง อำเภอบ้านโป่ง ราชบุรี 70110"),
            ("พิกัด", gps(i + 1)), ("วันที่แจ้ง", f"{3 + i % 6}/12/2569 18:4{i % 10}"),
            ("ผู้แจ้ง", a.name), ("เบอร์ติดต่อ", tel(a, i)), ("อีเมลผู้แจ้ง", a.p.email)]  # fmt: skip
    tr = "".join(f"<tr><td style='color:#555'>{x}</td><td><b>{y}</b></td></tr>" for x, y in rows)
    html = ("<html><body><h3>มีเรื่องแจ้งใหม่ถึงหน่วยงานของท่าน</h3>"
            f"<table cellpadding='6'>{tr}</table>"
            "<p><a href='https://fondue.example.org/t/" + t + "'>ดูเรื่องบนแผนที่</a></p>"
            "<p style='font-size:10px;color:#999'>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ support 02-000-0000</p></body></html>\n")  # fmt: skip
    e = expect(a, "full_name phone email")
    e["address"] = ()
    raw = message(
        a, i, f"[แจ้งเรื่องใหม่] {t}", html=html, from_="Fondue Notify <no-reply@fondue.example.org>"
    )
    return Case("html_traffy_notification", raw, e)


def html_eservice_meter_table(a: Party, i: int) -> Case:
    """The town's e-service mails a meter request as a table from no-reply: the
    applicant's rows (ID, birth date, address in one row, phone, e-mail), the meter's
    size, the neighbour's user number for the pipe, the land's deed."""
    p = a.p
    rows = [("เลขที่คำร้อง", f"WS-2569-{512 + 7 * i:05d}"), ("ประเภทคำร้อง", "ขอติดตั้งมาตรวัดน้ำประปาใหม่"),
            ("ชื่อ-นามสกุล", a.name), ("เลขบัตรประจำตัวประชาชน", p.nid), ("วันเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 1)), ("หมายเลขโทรศัพท์", tel(a, i)), ("อีเมล", p.email),
            ("ขนาดมาตร", "1/2 นิ้ว"), ("โฉนดที่ดินเลขที่", f"{30511 + i}"),
            ("เลขที่ผู้ใช้น้ำบ้านใกล้เคียง", user_no(i)), ("วันที่ยื่น", f"{4 + i % 5} ธ.ค. 2569")]  # fmt: skip
    tr = "".join(
        f"<tr><th align='left' style='background:#eef'>{x}</th><td>{y}</td></tr>" for x, y in rows
    )
    html = (f"<html><body><p>ระบบ e-Service {TOWN}: มีคำร้องใหม่</p><table border='1'>{tr}</table>"
            "<p style='color:#888'>ติดต่องานประปา โทร 032-211-911 | อีเมลนี้ส่งจากระบบ ไม่ต้องตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(a, i, f"[e-Service] คำร้องขอติดตั้งมาตรวัดน้ำ WS-2569-{512 + 7 * i:05d}", html=html,
                  from_="e-Service เทศบาลเมืองบ้านโป่ง <no-reply@banpong.example.go.th>")  # fmt: skip
    return Case("html_eservice_meter_table", raw, expect(a, ALL))


def html_gmail_osm_for_villager(a: Party, i: int) -> Case:
    """An อสม. (village health volunteer) sends from her Gmail for a bedridden villager
    who has no water pipe: the villager's lines, her own name, phone and post below."""
    p = a.p
    name, mob, box = OSM
    lines = ["เรียน งานประปา เทศบาลค่ะ", "",
             f"ดิฉันเป็น อสม. หมู่ {p.moo or '-'} ขอส่งเรื่องแทนผู้ป่วยติดเตียงในความดูแลค่ะ บ้านยังไม่มีน้ำประปา ขอขยายเขตท่อประปาค่ะ", "",
             f"ผู้ขอ: {a.name}", f"เลขบัตร: {nid_w(p.nid, i + 2)}", f"วันเกิด: {born_th(p.born, i)}",
             f"ที่อยู่: {home(a, i)}", f"เบอร์ลูกสาวผู้ขอ (ติดต่อแทน): 08{3 + i % 5}-41{i % 10}-7720", "",
             f"{name} (อสม.)", f"โทร {mobile(mob, i)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(a, i, "ขอขยายเขตประปา (ส่งแทนผู้ป่วย)", html=html, from_=f"Ratchanee D. <{box}>")
    return Case("html_gmail_osm_for_villager", raw,
                expect(a, "full_name national_id birth_date address postal_code province"))  # fmt: skip


# --- Word ----------------------------------------------------------------------------------


def docx_meter_install_form(a: Party, i: int) -> Case:
    """The office's แบบคำร้องขอติดตั้งมาตรวัดน้ำ over dotted lines: ข้าพเจ้า (the tenant),
    ID, birth date, home in parts, phone; the owner's consent part (his name, ID, home),
    the deed."""
    p = a.p
    own, own_id, own_mob, own_home = OWNERS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องขอติดตั้งมาตรวัดน้ำ\nงานกิจการประปา {TOWN}")
        d.add_paragraph(
            f"เขียนที่.....บ้าน.....วันที่.....{2 + i % 20}.....เดือน.....ธันวาคม.....พ.ศ......2569....."
        )
        d.add_paragraph(f"ข้าพเจ้า.....{a.name}.....เลขประจำตัวประชาชน.....{nid_w(p.nid, i)}.....")
        d.add_paragraph(f"เกิดวันที่.....{born_th(p.born, i + 1)}.....โทรศัพท์.....{tel(a, i)}.....")
        d.add_paragraph(
            f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}.....ตรอก/ซอย.....{p.soi or '-'}.....ถนน.....{p.road or '-'}....."
        )
        d.add_paragraph(
            f"ตำบล.....{p.tambon}.....อำเภอ.....{p.amphoe}.....จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}....."
        )
        d.add_paragraph(
            "ในฐานะ  ☐ เจ้าของบ้าน  ☑ ผู้เช่า   ขอติดตั้งมาตรวัดน้ำขนาด.....1/2.....นิ้ว  จำนวน.....1.....เครื่อง"
        )
        d.add_paragraph(f"ที่ดินโฉนดเลขที่.....{22718 + i}.....เลขที่ดิน.....{87 + i}.....")
        d.add_paragraph("ความยินยอมของเจ้าของบ้าน")
        d.add_paragraph(
            f"ข้าพเจ้า.....{own}.....เลขประจำตัวประชาชน.....{nid_w(own_id, i + 1)}.....ที่อยู่.....{own_home}.....โทร.....{mobile(own_mob, i)}....."
        )
        d.add_paragraph("เจ้าของบ้าน ยินยอมให้ผู้เช่าติดตั้งมาตรวัดน้ำได้")
        d.add_paragraph(
            f"ลงชื่อ.....................ผู้ยื่นคำร้อง\n({a.name})\nลงชื่อ.....................เจ้าของบ้าน\n({own})"
        )

    raw = message(a, i, "คำร้องขอติดตั้งมาตรวัดน้ำ", text=f"เรียน งานประปา\nแนบคำร้องขอติดตั้งมาตร{ending(a)}\n{a.name}\n",
                  files=(("คำร้องขอติดตั้งมาตรวัดน้ำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_meter_install_form", raw, expect(a, ALL))


def docx_headman_drain_letter(a: Party, i: int) -> Case:
    """A headman's typed letter for his village: the village road's drain and three dead
    lights; his post, his home and mobile in the body and below."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ ผญบ. {p.moo or '1'}/{40 + i}\t\t\tที่ทำการผู้ใหญ่บ้านหมู่ที่ {p.moo or '1'}")
        d.add_paragraph(f"\t\t\t\t{5 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์ลอกท่อระบายน้ำและซ่อมไฟฟ้าส่องสว่าง\nเรียน {MAYOR}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} ผู้ใหญ่บ้านหมู่ที่ {p.moo or '1'} ตำบล{p.tambon} อยู่บ้านเลขที่ {home(a, i)} "
            f"ขอแจ้งว่าท่อระบายน้ำสายกลางหมู่บ้าน ยาวประมาณ 350 เมตร อุดตัน และไฟฟ้าส่องสว่างเสาหมายเลข {pole(i)}, {pole(i + 1)}, {pole(i + 2)} "
            "ดับ ราษฎรได้รับความเดือดร้อน จึงเรียนมาเพื่อโปรดพิจารณา"
        )
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({a.name})\nผู้ใหญ่บ้านหมู่ที่ {p.moo or '1'}\nโทร {tel(a, i + 1)}"
        )

    raw = message(a, i, "หนังสือขอความอนุเคราะห์จากผู้ใหญ่บ้าน", text=f"เรียน กองช่าง\nส่งหนังสือตามแนบ{ending(a)}\n",
                  files=(("หนังสือ ผญบ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = expect(a, NO_ID)
    return Case("docx_headman_drain_letter", raw, e)


def docx_tree_cut_table(a: Party, i: int) -> Case:
    """A คำร้องขอตัดต้นไม้ typed as a Word table: the ผู้ร้อง rows, the tree's place, the
    land's owner row (name, phone), the PEA pole and CA numbers."""
    p = a.p
    own, _, own_mob, _ = OWNERS[i % 2]
    rows = [("ชื่อผู้ร้อง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("ที่อยู่", home(a, i + 2)),
            ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email or "-"), ("ต้นไม้", "ต้นยางนา สูงประมาณ 15 เมตร เอนเข้าหาสายไฟฟ้า"),
            ("สถานที่", f"ริมถนนสาธารณะ หน้าบ้านเลขที่ {60 + i} ใกล้เสาไฟฟ้าหมายเลข {pole(i + 2)}"),
            ("เจ้าของที่ดิน", f"{own} โทร {mobile(own_mob, i + 2)}"),
            ("หมายเลขผู้ใช้ไฟฟ้า (CA)", pea_ca(i + 3)), ("วันที่พบ", thai_day(date(2026, 11, 28)))]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องขอตัดต้นไม้/ตัดกิ่งไม้\n{TOWN}")
        table_doc(d, rows)
        d.add_paragraph(f"ลงชื่อ ..................... ผู้ร้อง\n({a.name})")

    raw = message(a, i, "คำร้องขอตัดต้นไม้", text=f"เรียน กองช่าง\nแนบคำร้อง{ending(a)}\n",
                  files=(("ขอตัดต้นไม้.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_tree_cut_table", raw, expect(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_meter_untitled(a: Party, i: int) -> Case:
    """A fillable meter request whose fields are named untitled1.. by the form tool:
    name, ID, birth date, house, tambon, amphoe, province, postal code, phone, the meter's
    size, the neighbour's user number."""
    p = a.p
    labels = [(50, 18, "คำร้องขอใช้น้ำประปา"), (80, 26, TOWN), (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเดือนปีเกิด"), (20, 60, "ที่อยู่ เลขที่"), (80, 60, "ตำบล"), (20, 70, "อำเภอ"),
              (90, 70, "จังหวัด"), (150, 70, "รหัสไปรษณีย์"), (20, 80, "โทรศัพท์"), (20, 94, "ขนาดมาตร"),
              (20, 104, "เลขผู้ใช้น้ำบ้านใกล้เคียง")]  # fmt: skip
    house = (
        p.house
        + (f" หมู่ {p.moo}" if p.moo else "")
        + (f" ซ.{p.soi}" if p.soi else "")
        + (f" ถ.{p.road}" if p.road else "")
    )
    vals = [(a.name, 40, 40, 100), (nid_w(p.nid, i), 55, 50, 60), (born_th(p.born, i + 2), 145, 50, 40),
            (house, 45, 60, 35), (p.tambon, 92, 60, 50), (p.amphoe, 35, 70, 50), (p.province, 105, 70, 40),
            (p.postal, 175, 70, 20), (tel(a, i + 1), 42, 80, 50), ("1/2 นิ้ว", 42, 94, 40),
            (user_no(i + 4), 70, 104, 45)]  # fmt: skip
    fields = [Field(f"untitled{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "ขอใช้น้ำประปา", text=f"แนบแบบฟอร์ม{ending(a)}\n{a.name}\n",
                  files=(("form1.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_meter_untitled", raw, expect(a, ALL))


def pdf_typed_works_complaint(a: Party, i: int) -> Case:
    """A resident's typed letter (Word to PDF) complaining of a drain job left open: her
    block top right, the contract, the contractor, the foreman's phone; her ID in the
    body, her mobile at the end."""
    p = a.p
    paras: list[tuple[float, str]] = [(115, home(a, i)), (0, ""), (115, f"{6 + i % 10} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ร้องเรียนงานวางท่อระบายน้ำค้างไว้"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ขอร้องเรียนว่า {CONTRACTOR} ผู้รับจ้างงานวางท่อระบายน้ำ "
                  f"ตามสัญญาเลขที่ {23 + i}/2569 ได้ขุดร่องหน้าบ้านทิ้งไว้ตั้งแต่วันที่ {thai_day(date(2026, 11, 3 + i % 20))} โดยไม่มีป้ายเตือน "
                  f"ข้าพเจ้าโทรติดต่อผู้ควบคุมงาน {FOREMAN[0]} หมายเลข {mobile(FOREMAN[1], i + 1)} หลายครั้งแต่ไม่ได้รับการแก้ไข"),
             (30, f"จึงเรียนมาเพื่อโปรดสั่งการ หากต้องการข้อมูลเพิ่มเติม ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 2)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "หนังสือร้องเรียนงานวางท่อ", text=f"แนบหนังสือร้องเรียน{ending(a)}\n",
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_works_complaint", raw, expect(a, NO_BIRTH))


def pdf_water_bill_tenant(a: Party, i: int) -> Case:
    """A tenant sends the house's water bill (a text PDF in the OWNER's name: user
    number, meter number, readings, the office's line) asking the meter checked for a
    leak; her own lines in the mail."""
    p = a.p
    own, _, _, _ = OWNERS[(i + 1) % 2]
    page = [(20, 22, f"งานกิจการประปา {TOWN}  โทร 032-211-911"), (20, 34, "ใบแจ้งค่าน้ำประปา ประจำเดือน พฤศจิกายน 2569"),
            (20, 46, f"ชื่อผู้ใช้น้ำ  {own}"), (20, 56, f"ที่อยู่ที่ใช้น้ำ  {p.house} {p.rest(short=True)}"),
            (20, 66, f"เลขที่ผู้ใช้น้ำ  {user_no(i + 7)}"), (20, 76, f"เลขมาตรวัดน้ำ  {meter_no(i + 3, 12)}"),
            (20, 86, f"จดครั้งก่อน  {1032 + i}   จดครั้งนี้  {1121 + i}   ใช้น้ำ  89 ลบ.ม."),
            (20, 96, "ค่าน้ำ 801.00 บาท  ภาษีมูลค่าเพิ่ม 56.07 บาท  รวม 857.07 บาท"),
            (20, 106, f"วันที่จดมาตร  {25 + i % 4}/11/2569   ชำระภายใน 15/12/2569")]  # fmt: skip
    data = pdf_page(page, size=13, face="Kinnari")
    text = (
        f"เรียน งานประปา\n\nบิลค่าน้ำเดือนนี้สูงผิดปกติ (ปกติ 15-20 หน่วย) สงสัยท่อรั่วหรือมาตรเสีย "
        f"ขอให้เจ้าหน้าที่มาตรวจ{ending(a)} บิลเป็นชื่อเจ้าของบ้าน {me(a)}เป็นผู้เช่า\n\n"
        f"{a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i + 1)}\nโทร {tel(a, i + 1)}\n"
    )
    raw = message(a, i, "ค่าน้ำสูงผิดปกติ ขอตรวจมาตร", text=text, files=(("บิลค่าน้ำ.pdf", data, PDF),))
    return Case("pdf_water_bill_tenant", raw, expect(a, NO_BIRTH))


def pdf_fillable_light_thai(a: Party, i: int) -> Case:
    """The town's fillable แบบแจ้งซ่อมไฟฟ้าสาธารณะ (Thai field names): the ผู้แจ้ง's
    name, address, phone; the pole's number and place, the GPS, since when."""
    labels = [(50, 18, "แบบแจ้งซ่อมไฟฟ้าสาธารณะ"), (20, 40, "ชื่อผู้แจ้ง"), (20, 50, "ที่อยู่ผู้แจ้ง"), (20, 60, "โทรศัพท์"),
              (20, 74, "หมายเลขเสา"), (100, 74, "พิกัด"), (20, 84, "สถานที่"), (20, 94, "ดับตั้งแต่วันที่")]  # fmt: skip
    fields = [Field("ชื่อผู้แจ้ง", a.name, 45, 40, 100), Field("ที่อยู่ผู้แจ้ง", home(a, i), 50, 50, 140),
              Field("โทรศัพท์", tel(a, i + 2), 45, 60, 60), Field("หมายเลขเสา", pole(i + 4), 45, 74, 40),
              Field("พิกัด", gps(i + 2), 112, 74, 70),
              Field("สถานที่", f"ปากซอยข้างบ้านเลขที่ {11 + i} ถนนแสงชูโต ต.บ้านโป่ง อ.บ้านโป่ง จ.ราชบุรี 70110", 40, 84, 150),
              Field("ดับตั้งแต่วันที่", thai_day(date(2026, 11, 29 - i % 5)), 55, 94, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "แบบแจ้งซ่อมไฟฟ้า", text=f"ส่งแบบแจ้งซ่อม{ending(a)}\n",
                  files=(("แจ้งซ่อมไฟ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_light_thai", raw, expect(a, NO_ID))


# --- sheets --------------------------------------------------------------------------------


def xlsx_headman_light_list(a: Party, i: int) -> Case:
    """A headman's list of dead street lights in his village: his block on top (name,
    post, home, mobile), then a row per pole (number, in front of whose house, the
    house's number, GPS, since when)."""
    p = a.p
    rows = [(pole(i + n), f"หน้าบ้าน{nb}", house, gps(i + n), f"{20 + n}/11/2569")
            for n, (nb, house) in enumerate(NEIGHBOURS)]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ไฟดับ"
        ws.append(
            (
                f"รายการไฟฟ้าส่องสว่างชำรุด หมู่ที่ {p.moo or '-'} ตำบล{p.tambon} (สำรวจ {1 + i % 5} ธ.ค. 2569)",
            )
        )
        ws.append(("ผู้สำรวจ", a.name, "ตำแหน่ง", "ผู้ใหญ่บ้าน"))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "หมายเลขเสา", "จุดที่ตั้ง", "บ้านเลขที่", "พิกัด", "ดับตั้งแต่"))
        for n, r in enumerate(rows):
            ws.append((n + 1, *r))

    raw = message(a, i, f"ส่งรายการไฟดับ หมู่ {p.moo or '-'}", text=f"เรียน กองช่าง\nส่งรายการไฟฟ้าชำรุดตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("ไฟดับ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_headman_light_list", raw, expect(a, NO_ID))


def xlsx_dorm_submeters(a: Party, i: int) -> Case:
    """A dormitory's owner asks sub-meters for her rooms: her block on top (name, ID,
    home, mobile), then a row per room (tenant, tenant's phone, the present meter)."""
    p = a.p
    tenants = [
        ("นายกิตติ ใจซื่อ", "0871124409"),
        ("นางสาวพรทิพย์ แก้วใส", "0612287731"),
        ("นายอนุชา ศรีเมือง", "0953376612"),
    ]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอมาตรย่อย"
        ws.append((f"คำขอติดตั้งมาตรวัดน้ำย่อย หอพัก{p.last}",))
        ws.append(("ผู้ขอ (เจ้าของหอพัก)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("มือถือ", tel(a, i + 2)))
        ws.append(("มาตรหลักเลขที่", meter_no(i + 9, 12)))
        ws.append(())
        ws.append(("ห้อง", "ผู้เช่า", "โทรผู้เช่า", "มาตรเดิม (ถ้ามี)"))
        for n, (t, m) in enumerate(tenants):
            ws.append((f"{101 + n}", t, mobile(m, i + n), meter_no(i + n + 20) if n != 1 else "-"))

    raw = message(a, i, "ขอติดตั้งมาตรน้ำย่อยหอพัก", text=f"เรียน งานประปา\nแนบรายการห้อง{ending(a)}\n{a.name}\n",
                  files=(("มาตรย่อย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_dorm_submeters", raw, expect(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the indexes into PEOPLE of its two variants.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_streetlight_phone, (0, 5)),
    (plain_pothole_neighbour, (2, 9)),
    (plain_meter_tenant_owner, (8, 3)),
    (plain_headman_for_villager, (4, 9)),
    (plain_works_foreman, (6, 11)),
    (plain_tree_pea_landowner, (1, 10)),
    (html_gmail_photo_captions, (3, 7)),
    (html_outlook_office_drain, (2, 10)),
    (html_traffy_notification, (5, 0)),
    (html_eservice_meter_table, (11, 6)),
    (html_gmail_osm_for_villager, (4, 1)),
    (docx_meter_install_form, (8, 2)),
    (docx_headman_drain_letter, (1, 9)),
    (docx_tree_cut_table, (6, 4)),
    (pdf_fillable_meter_untitled, (3, 11)),
    (pdf_typed_works_complaint, (0, 7)),
    (pdf_water_bill_tenant, (2, 5)),
    (pdf_fillable_light_thai, (9, 8)),
    (xlsx_headman_light_list, (9, 1)),
    (xlsx_dorm_submeters, (10, 6)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
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
