"""A sixty-fifth set of requests written by someone who had not read the readers (issue 8):
MARKETS, SHOPS AND EVENTS at เทศบาลนครขอนแก่น (Khon Kaen): renting a stall in the city's
market (แผงเลขที่, the zone), a street vendor's permit at a จุดผ่อนผัน, a loudspeaker
permit (ขออนุญาตใช้เครื่องขยายเสียง, the form ฆ.ษ.1) for an ordination party, a temple
fair or an election campaign, closing a road for a funeral tent or a wedding, a shop's
sign and a food-selling permit's renewal, a night market's organiser (a firm, a
community's committee) asking a space, an event agency writing for its client. Kinds:
plain (phone mail apps, webmail), HTML (Gmail, Outlook, an e-service's notification of a
LINE OA request), Word (the office's forms, an agency's letter on letterhead), PDF
(fillable forms whose fields have meaningless names, a typed letter), xlsx (a committee's
list of vendors, a vendor's own sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the tests and builders of sets 62 and 63, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run; WHO says them per style). The earlier rulings
followed: set 28 (the applicant is the person who asks; the natural person who signs for
a company), set 31/63 (the one the request is for, never who sends it for them: an
agency's client), set 37 (only another's phone given: phone `()`), set 56/60 (a firm: the
director who signs for it). So here:
- the APPLICANT is the one who asks the permit and holds it: the vendor who rents the
  stall (her guarantor, her helper, the former holder never); the host of the event (the
  father of the ordained son, the daughter who holds her mother's funeral, the bride's
  mother who holds the wedding at her house, the candidate whose car carries the
  loudspeaker); the shop's owner who asks the sign or food permit;
- an event AGENCY writing for its client: the client (the agency's coordinator, its
  office, line, box never; the client's phone and e-mail `()` where only the agency's
  appear);
- a night market's FIRM: the director who signs for it (his name and ID); the company's
  office, line and general box; its registration number is no ID;
- a community's COMMITTEE (no juristic number): the chair who signs and asks, a natural
  person: his name, ID, phone, home; the vendors on its list never;
- the ordained son, the deceased, the bride and groom, the driver, the vendors listed,
  the guarantor are never the applicant: their names, IDs and birth dates are never
  hers. Where the only birth date given is another's (the deceased's, the son's), the
  applicant's birth_date is `()` (no value, or a flagged one, is right).
Address: where the applicant lives, as in the earlier sets (house number to the อำเภอ,
with or without เลขที่, province, postal code); the stall's market, the event's place, the
shop's place (where she does not live there), the temple's, the agency's never. Stall
numbers (แผงเลขที่ B-17), permit and receipt numbers, vehicle plates, sound levels in
dB, watts, times (05.00-13.00 น.) and event dates are never an ID, a phone or a birth
date. Birth date ISO. Everyone, firm and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel
from unseen_requests_63 import ending, for_other, me, own, own_box, thai_day

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@khonkaencity.example.go.th"
CITY = "เทศบาลนครขอนแก่น"
MAYOR = "นายกเทศมนตรีนครขอนแก่น"
KK = "ขอนแก่น"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

# The applicants (vendors, hosts, shop owners, clients, chairs).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือน", "ศรีสุข", "340010045127", date(1966, 7, 14), "0819654420", "boonruean.ss@gmail.com",
      "88", "", "", "หน้าเมือง", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
    P("นาย", "สมคิด", "พลหาญ", "340010078231", date(1971, 2, 3), "0872214509", "somkid.ph@hotmail.com",
      "12/4", "5", "", "", "ศิลา", "เมืองขอนแก่น", KK, "40000"),
    P("นางสาว", "ปาริชาติ", "มูลมาตย์", "140010066452", date(1990, 9, 21), "0641187730", "parichat.mm@gmail.com",
      "234/18", "", "ศรีจันทร์ 5", "ศรีจันทร์", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
    P("นาย", "ทองใบ", "แสนโคตร", "340030021576", date(1955, 12, 9), "0857739012", "",
      "47", "9", "", "", "บ้านเป็ด", "เมืองขอนแก่น", KK, "40000"),
    P("นาง", "คำปุ่น", "ดวงจันทร์", "340050038819", date(1962, 4, 27), "0833390147", "kampun.dc@gmail.com",
      "5/2", "3", "", "", "ท่าพระ", "เมืองขอนแก่น", KK, "40260"),
    P("นาย", "วีระพงษ์", "ชัยศรี", "140990041236", date(1985, 6, 30), "0926614478", "weerapong.cs@gmail.com",
      "199", "", "กลางเมือง 3", "กลางเมือง", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
    P("นาง", "จันทร์เพ็ญ", "อุปถัมภ์", "340010093340", date(1958, 10, 2), "0818741165", "",
      "16", "11", "", "", "พระลับ", "เมืองขอนแก่น", KK, "40000"),
    P("นาย", "ประสิทธิ์", "โคตรพรม", "341010052278", date(1968, 1, 19), "0897725340", "prasit.kp@yahoo.com",
      "301", "", "", "เจริญราษฎร์", "ในเมือง", "บ้านไผ่", KK, "40110"),
    P("นางสาว", "ศิริพร", "ภูมิภักดิ์", "144010027735", date(1996, 3, 8), "0657702281", "siriporn.pp@gmail.com",
      "72/9", "7", "", "", "สำราญ", "เมืองขอนแก่น", KK, "40000"),
    P("นาย", "อำนาจ", "บุตรดี", "340060017781", date(1949, 8, 15), "0861140938", "",
      "9", "2", "", "", "แดงใหญ่", "เมืองขอนแก่น", KK, "40000"),
    P("นาง", "ละเอียด", "นามวงษ์", "344010033458", date(1960, 5, 5), "0846623391", "laiad.nw@gmail.com",
      "41", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม", "มหาสารคาม", "44000"),
    P("นาย", "ธีรวัฒน์", "ศรีวงศ์", "140010089914", date(1988, 11, 27), "0953318826", "teerawat.sw@gmail.com",
      "55/31", "", "มิตรภาพ 8", "มิตรภาพ", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
)  # fmt: skip

# The night market's organiser (registration number as `nid`), its director (name, ID).
FIRM = P("บริษัท ", "ขอนแก่นไนท์บาซาร์ อีเว้นท์", "จำกัด", "040555900318", NONE, "043224518",
         "contact@kk-nightbazaar.example.co.th", "77/5", "", "", "ประชาสโมสร", "ในเมือง", "เมืองขอนแก่น",
         KK, "40000", juristic=True)  # fmt: skip
FIRM_DIRECTOR = ("นายภานุพงศ์ เจริญสุข", with_check_digit("340010011528"))
FIRM_STAFF = ("นางสาวกนกวรรณ ทองดี", "0896652281")

# The event agency (its office, line, box) and its coordinator (name, mobile).
AGENCY = ("บริษัท ฮักแพง เวดดิ้ง แอนด์ อีเว้นท์ จำกัด",
          "159/3 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
          "043-241-776", "events@hakpaeng.example.co.th")  # fmt: skip
COORDINATORS = (("นายณัฐวุฒิ แก้วมณี", "0812254093"), ("นางสาวอรปรียา สีหาราช", "0934410762"))

# Others who are never the applicant: guarantors, helpers, drivers, the ordained, the
# deceased, the couple, vendors on a list (name, ID, birth date, phone).
OTHERS: tuple[tuple[str, str, date, str], ...] = (
    ("นายสุพจน์ ศรีสุข", with_check_digit("340010045631"), date(1964, 3, 2), "0872216604"),
    ("นางสาวมณีรัตน์ พลหาญ", with_check_digit("140010078564"), date(2003, 7, 9), "0641129087"),
    ("นายกิตติพงษ์ แสนโคตร", with_check_digit("140030021842"), date(2005, 1, 22), "0958834127"),
    ("นางทองม้วน ดวงจันทร์", with_check_digit("340050001149"), date(1939, 11, 5), "-"),
    ("นายชาญวิทย์ ชัยศรี", with_check_digit("140990077615"), date(1994, 2, 17), "0984451203"),
    ("นายบุญมา ภูผาใจ", with_check_digit("340070044282"), date(1977, 6, 1), "0817730942"),
)
VENDORS: tuple[tuple[str, str, str, str], ...] = (
    ("นางสมใจ ภูสมศรี", with_check_digit("340010062215"), "ลูกชิ้นปิ้ง", "0861127740"),
    ("นายอดุลย์ มะลิวัลย์", with_check_digit("340020013347"), "ไส้กรอกอีสาน", "0824419063"),
    ("นางสาวพิมพ์ชนก ไชยเดช", with_check_digit("140010090126"), "เสื้อผ้ามือสอง", "0637720455"),
    ("นางหนูเพียร บุญหล้า", with_check_digit("340010050871"), "ผ้าไหมมัดหมี่", "0895513078"),
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 4, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set65-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def no_birth(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Only another's birth date is given: none, or a flagged one, is right."""
    e["birth_date"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_stall_rent_phone": "the vendor who asks the stall; the market's place never her address",
    "plain_street_vendor_point": "the vendor at the จุดผ่อนผัน; his helper never; plate, permit no. never",
    "plain_ordination_loudspeaker": "the father who hosts; the ordained son (ID, birth date) never",
    "plain_funeral_road_daughter": "the daughter who holds the funeral; the deceased's dates never (birth `()`)",
    "plain_agency_for_client": "the client; the agency's coordinator, line, box never (phone, e-mail `()`)",
    "plain_campaign_car_loudspeaker": "the candidate; the driver (name, ID, phone) never",
    "plain_daughter_stall_for_mother": "the mother who will rent; the daughter's phone and box never (`()`)",
    "html_gmail_food_permit_renewal": "the shop's owner; the shop's place (not her home) never her address",
    "html_outlook_night_market_firm": "the director who signs; the company's office, line, box; staff never",
    "html_eservice_line_oa": "the ผู้ยื่นคำขอ of the notification; the office's desk never",
    "html_gmail_committee_chair": "the committee's chair who asks and signs; his home and mobile",
    "html_outlook_shop_sign": "the shop's owner (her mobile or the shop's line); the sign maker never",
    "docx_stall_rent_form": "the ผู้ขอเช่า; the ผู้ค้ำประกัน's rows never",
    "docx_kh_s1_loudspeaker_form": "the ผู้ขออนุญาต (host of a temple fair's stage); his age, no birth date",
    "docx_agency_letterhead_client": "the client (เจ้าภาพ); the agency's letterhead and coordinator never",
    "pdf_fillable_vendor_permit": "the vendor (Text fields); his helper's fields never",
    "pdf_fillable_road_close": "the son who holds the funeral; the deceased's fields never (birth `()`)",
    "pdf_typed_wedding_road_letter": "the bride's mother who hosts; the couple never (birth `()`)",
    "xlsx_committee_vendor_list": "the chair in the head block; the vendors' rows never",
    "xlsx_vendor_own_sheet": "the vendor herself; her stall's history rows (receipts) never an ID",
}


# --- plain ---------------------------------------------------------------------------------


def plain_stall_rent_phone(a: Party, i: int) -> Case:
    """A vendor asks from her phone to rent a stall left empty in the city's fresh market:
    the stall's number and zone, the hours, her own lines; she lives elsewhere."""
    p = a.p
    stall = ("B-17", "C-05")[i % 2]
    zone = ("โซนผักและผลไม้", "โซนอาหารแห้ง")[i % 2]
    text = (
        f"เรียน ผู้อำนวยการสถานธนานุบาลและตลาด {CITY}\n\n"
        f"{me(a)} {a.name} อายุ {2026 - p.born.year} ปี เลขบัตรประชาชน {nid_w(p.nid, i)} "
        f"เกิด {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i)}\n"
        f"ขอเช่าแผงเลขที่ {stall} {zone} ตลาดสดเทศบาล 1 (ถนนกลางเมือง) ที่ว่างอยู่ "
        f"เพื่อขาย{('ผักพื้นบ้านและผลไม้ตามฤดูกาล', 'ปลาร้าและของแห้ง')[i % 2]} เวลา 04.00-12.00 น. ทุกวัน "
        f"ตั้งแต่วันที่ 1 มกราคม 2570 เป็นต้นไป ยินดีชำระค่าเช่าเดือนละ {1200 + 300 * (i % 2)} บาท\n"
        f"เคยขายแผงลอยหน้าตลาดมา 6 ปี ใบเสร็จค่าธรรมเนียมเลขที่ {4021 + i}/2569\n\n"
        f"โทร {tel(a, i + 1)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, f"ขอเช่าแผงตลาดสดเทศบาล 1 แผงเลขที่ {stall}", own_box(a), text=text)
    return Case("plain_stall_rent_phone", raw, own(a, ALL))


def plain_street_vendor_point(a: Party, i: int) -> Case:
    """A street vendor renews his place at a จุดผ่อนผัน: the point's number and road, his
    cart's size, the hours, his pickup's plate, his permit's number; his helper's name
    and phone."""
    p = a.p
    helper, _, _, h_mob = OTHERS[4]
    text = (
        f"เรียน ฝ่ายเทศกิจ {CITY}\n\nผม {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
        f"ที่อยู่ {home(a, i + 1)} โทร {tel(a, i)}\n"
        f"ขอต่อใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ เลขที่ ผผ.{312 + i}/2569 (หมดอายุ 31 ธ.ค. 2569) "
        f"จุดผ่อนผันที่ {7 + i} ถนนศรีจันทร์ หน้าห้างเซ็นทรัล ขายข้าวเหนียวหมูปิ้ง ใช้รถเข็นขนาด 1.2 x 2 เมตร "
        f"ขายเวลา 05.30-10.00 น. รถกระบะที่ใช้ขนของ ทะเบียน {('2กข 4178', 'บฉ 9021')[i % 2]} ขอนแก่น\n"
        f"ผู้ช่วยจำหน่าย {helper} โทร {mobile(h_mob, i)}\n\nขอบคุณครับ\n{a.name}\n"
    )
    raw = message(i, "ขอต่อใบอนุญาตจุดผ่อนผันถนนศรีจันทร์", own_box(a), text=text)
    return Case("plain_street_vendor_point", raw, own(a, NO_BIRTH))


def plain_ordination_loudspeaker(a: Party, i: int) -> Case:
    """A father asks a loudspeaker permit for his son's ordination party at home: the
    son's name, ID and birth date (for the temple's record), the night's times, the
    watts and the dB the city allows; the father's own lines."""
    p = a.p
    son, son_id, son_born, _ = OTHERS[2]
    son = f"{son.split()[0]} {p.last}"  # his son carries his surname
    text = (
        f"เรียน {MAYOR}\nเรื่อง ขออนุญาตใช้เครื่องขยายเสียง\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
        f"บ้านเลขที่ {home(a, i)} โทร {tel(a, i + 2)}\n"
        f"จะจัดงานอุปสมบทบุตรชาย คือ {son} เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} เกิดวันที่ {born_th(son_born, i)} "
        f"ที่บ้านของ{me(a)} ในวันที่ {thai_day(date(2027, 1, 16 + i % 2))} "
        "ขออนุญาตใช้เครื่องขยายเสียงชนิดตู้ลำโพง 2 ตู้ กำลังขยาย 800 วัตต์ ตั้งแต่เวลา 18.00 น. ถึง 24.00 น. "
        "และวันรุ่งขึ้น 06.00-12.00 น. แห่นาคไปวัดศรีนวล จะควบคุมเสียงไม่ให้เกิน 70 เดซิเบล\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(i, "ขออนุญาตใช้เครื่องขยายเสียง งานบวช", own_box(a), text=text)
    return Case("plain_ordination_loudspeaker", raw, own(a, ALL))


def plain_funeral_road_daughter(a: Party, i: int) -> Case:
    """A daughter asks to close her soi for a funeral tent for her mother: the mother's
    name, ID, birth and death dates, the nights of prayer, the tent's size; the
    daughter's own ID and phone, no birth date of hers."""
    p = a.p
    mom, mom_id, mom_born, _ = OTHERS[3]
    mom = f"{mom.split()[0]} {p.last}"
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {CITY}\n\n"
        f"ดิฉัน {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} บ้านเลขที่ {home(a, i)} "
        f"ขออนุญาตปิดถนนหน้าบ้านบางส่วน เพื่อกางเต็นท์ตั้งศพมารดา {mom} (เลขประจำตัวประชาชน {nid_w(mom_id, i)} "
        f"เกิด {born_th(mom_born, i + 1)} ถึงแก่กรรมเมื่อวันที่ {thai_day(date(2026, 12, 1 + i % 2))} อายุ 87 ปี) "
        f"สวดอภิธรรม 3 คืน วันที่ {2 + i % 2}-{4 + i % 2} ธันวาคม 2569 เวลา 19.00-22.00 น. "
        "เต็นท์ขนาด 5x12 เมตร 2 หลัง กินพื้นผิวจราจร 1 ช่องทาง จะเว้นทางให้รถจักรยานยนต์ผ่านได้\n"
        f"ติดต่อดิฉันได้ที่ {tel(a, i + 1)} ค่ะ\n\n{a.name}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "ขออนุญาตปิดถนนตั้งเต็นท์งานศพ", own_box(a), text=text)
    return Case("plain_funeral_road_daughter", raw, no_birth(own(a, ALL)))


def plain_agency_for_client(a: Party, i: int) -> Case:
    """An event agency's coordinator asks, for a client's wedding at the client's house,
    a road's closing and a loudspeaker: the client's name, ID and home; the agency's
    coordinator, line and box only."""
    p = a.p
    ag, office, line, box = AGENCY
    co, co_mob = COORDINATORS[i % 2]
    text = (
        f"เรียน {MAYOR}\n\nด้วย{ag} ได้รับการว่าจ้างจากลูกค้า คือ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"ซึ่งอยู่บ้านเลขที่ {home(a, i + 2)} ให้จัดงานมงคลสมรสของบุตรที่บ้านของลูกค้า "
        f"ในวันที่ {thai_day(date(2027, 2, 13 + i % 2))} เวลา 07.00-23.00 น.\n"
        "จึงขออนุญาตในนามของลูกค้า ดังนี้\n1. ปิดถนนหน้าบ้านช่วงยาว 40 เมตร\n"
        "2. ใช้เครื่องขยายเสียง 1,200 วัตต์ ระดับเสียงไม่เกิน 75 เดซิเบล\n"
        "ได้แนบสำเนาบัตรประชาชนและหนังสือมอบอำนาจของลูกค้ามาด้วยแล้ว\n\n"
        f"{co}\nผู้ประสานงาน {ag}\n{office}\nโทร {line} มือถือ {mobile(co_mob, i)}\n"
    )
    raw = message(i, "ขออนุญาตปิดถนนและใช้เครื่องเสียง งานแต่งงาน (แทนลูกค้า)", f"{ag} <{box}>", text=text)
    return Case("plain_agency_for_client", raw, for_other(a, NO_BIRTH))


def plain_campaign_car_loudspeaker(a: Party, i: int) -> Case:
    """A candidate for the city council asks a permit for a loudspeaker on a pickup for
    the campaign: the car's plate, the days and hours, the routes; the driver's name,
    ID and phone; the candidate's number on the ballot."""
    p = a.p
    drv, drv_id, _, drv_mob = OTHERS[5]
    text = (
        f"เรียน {MAYOR}\n\n{me(a)} {a.name} ผู้สมัครรับเลือกตั้งสมาชิกสภาเทศบาลนครขอนแก่น เขต {1 + i % 4} หมายเลข {3 + i} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)}\n"
        "ขออนุญาตใช้เครื่องขยายเสียงติดรถยนต์เพื่อหาเสียงเลือกตั้ง "
        f"รถกระบะ ทะเบียน {('1ฒท 3321', 'ผจ 5047')[i % 2]} ขอนแก่น กำลังขยาย 300 วัตต์ "
        f"ระหว่างวันที่ 5-26 มกราคม 2570 เวลา 09.00-12.00 และ 15.00-20.00 น. ในเขตเลือกตั้งที่ {1 + i % 4}\n"
        f"ผู้ขับรถ {drv} เลขประจำตัวประชาชน {nid_w(drv_id, i)} โทร {mobile(drv_mob, i + 1)}\n\n"
        f"ติดต่อ {tel(a, i)}\n{a.name}\n"
    )
    raw = message(i, "ขออนุญาตใช้เครื่องขยายเสียงหาเสียงเลือกตั้ง", own_box(a), text=text)
    return Case("plain_campaign_car_loudspeaker", raw, own(a, ALL))


def plain_daughter_stall_for_mother(a: Party, i: int) -> Case:
    """A daughter asks from her webmail to rent a stall for her mother, who sells and will
    sign the lease: the mother's name, ID, birth date and home; the daughter's own name,
    mobile and box only (she works in Bangkok)."""
    p = a.p
    d_first = ("วราภรณ์", "สุดารัตน์")[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่งานตลาด {CITY}\n\n"
        f"หนูชื่อ นางสาว{d_first} {p.last} ขอสอบถามและขอจองแผงว่างที่ตลาดสดเทศบาล 4 (ตลาดหนองไผ่ล้อม) ให้คุณแม่ค่ะ "
        "คุณแม่ขายขนมไทยอยู่ริมถนนมาหลายปี อยากย้ายเข้ามาขายในตลาด แผงที่ว่างตามประกาศคือแผงเลขที่ "
        f"{('E-08', 'E-12')[i % 2]} และ E-14 ขอเป็นแผงใดแผงหนึ่งค่ะ\n\n"
        f"ข้อมูลคุณแม่ (ผู้เช่า)\nชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 2)}\n"
        f"วันเกิด {born_th(p.born, i)}\nที่อยู่ {home(a, i + 1)}\n\n"
        "คุณแม่ไม่มีมือถือและอีเมล รบกวนติดต่อหนูแทนที่ "
        f"{('091-774-2036', '0887013349')[i % 2]} หรืออีเมลนี้ หนูทำงานอยู่กรุงเทพฯ ค่ะ\n"
        f"วันทำสัญญาคุณแม่จะไปเซ็นเองค่ะ\n\nขอบคุณค่ะ\n{d_first}\n"
    )
    raw = message(
        i,
        "ขอจองแผงตลาดสดเทศบาล 4 ให้คุณแม่",
        f"{d_first} <{('waraporn', 'sudarat')[i % 2]}.{i}@hotmail.com>",
        text=text,
    )
    return Case("plain_daughter_stall_for_mother", raw, for_other(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_food_permit_renewal(a: Party, i: int) -> Case:
    """A shop's owner renews from Gmail her food-selling permit (ใบอนุญาตจัดตั้งสถานที่
    จำหน่ายอาหาร): the shop's name and place (not her home), its area in m2, the permit's
    number, her own lines; her Gmail signature holds the shop's name and line."""
    p = a.p
    shop = ("ร้านส้มตำยายเรือน", "ร้านก๋วยจั๊บญวนเจ๊หน่อย")[i % 2]
    lines = [f"เรียน หัวหน้าฝ่ายสุขาภิบาลอาหาร {CITY}", "",
             f"{me(a)}ขอต่ออายุใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร เลขที่ {88 + i}/2569 ของ{shop}",
             f"ร้านตั้งอยู่เลขที่ {410 + i} ถนนหน้าเมือง ตำบลในเมือง (ตรงข้ามโรงเรียนขอนแก่นวิทยายน) พื้นที่ {60 + 5 * i} ตารางเมตร",
             "", "ข้อมูลผู้ขอ (เจ้าของร้าน)",
             f"ชื่อ {a.name}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}", f"วันเกิด {born_th(p.born, i + 2)}",
             f"ที่อยู่ {home(a, i + 2)}", f"มือถือ {tel(a, i + 1)}", "",
             "แนบใบรับรองแพทย์ของผู้สัมผัสอาหาร 3 คน และใบเสร็จค่าธรรมเนียมปีที่แล้วมาด้วย",
             "", f"ขอบคุณ{ending(a)}", "--", shop, "โทรสั่งอาหาร 043-336-218"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, f"ต่อใบอนุญาตสถานที่จำหน่ายอาหาร {shop}", own_box(a), html=html)
    return Case("html_gmail_food_permit_renewal", raw, own(a, ALL))


def html_outlook_night_market_firm(a: Party, i: int) -> Case:
    """A night market's organiser (a company) asks from its Outlook the city's field for a
    winter fair: the company, its registration number, the director who signs (his ID),
    the stalls and hours; the staff's signature with her mobile and the company's line."""
    f = FIRM.p
    d_name, d_id = FIRM_DIRECTOR
    s_name, s_mob = FIRM_STAFF
    paras = [f"เรียน {MAYOR}", "",
             f"{FIRM.name} ทะเบียนนิติบุคคลเลขที่ {f.nid} สำนักงานเลขที่ {home(FIRM, i)} "
             f"โดย {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i)} กรรมการผู้มีอำนาจ",
             f"ขออนุญาตใช้พื้นที่ลานบึงแก่นนคร จัดงานตลาดนัดคนเดินฤดูหนาว ระหว่างวันที่ {20 + i % 4}-{27 + i % 4} ธันวาคม 2569 "
             "เวลา 16.00-23.00 น. จำนวน 180 แผง (แผงละ 2x2 เมตร) พร้อมเวทีดนตรีใช้เครื่องเสียงไม่เกิน 80 เดซิเบล",
             "บริษัทฯ จะจัดห้องน้ำเคลื่อนที่ 6 หลัง และ รปภ. 8 นาย", "",
             "จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต", "", "ขอแสดงความนับถือ", d_name, f"กรรมการผู้มีอำนาจ {FIRM.name}"]  # fmt: skip
    sig = (f'<p class="MsoNormal">{s_name} | ฝ่ายประสานงาน</p><p class="MsoNormal">{FIRM.name}</p>'
           f'<p class="MsoNormal">T. {tel(FIRM, i)} | M. {mobile(s_mob, i)}</p>'
           f'<p class="MsoNormal">{f.email}</p>')  # fmt: skip
    raw = message(i, "ขอใช้พื้นที่ลานบึงแก่นนคร จัดตลาดนัดฤดูหนาว", f"{FIRM.name} <{f.email}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    e = exp(FIRM, NO_BIRTH)
    e["full_name"] = (d_name,)
    e["national_id"] = (d_id,)
    return Case("html_outlook_night_market_firm", raw, e)


def html_eservice_line_oa(a: Party, i: int) -> Case:
    """The city's e-service mails the desk a request made in its LINE OA: a table of the
    request (its number, kind, the ผู้ยื่นคำขอ's name, ID, birth date, phone, e-mail,
    address, the LINE display name), then the event (a house-warming with a mor lam
    band, its place, date, hours, watts, dB)."""
    p = a.p
    rows = [("เลขที่คำขอ", f"KKC-SND-2569-{1040 + i:05d}"), ("ประเภทคำขอ", "ขออนุญาตใช้เครื่องขยายเสียง"),
            ("ช่องทาง", "LINE OA @khonkaencity"), ("ชื่อ LINE", ("Noi 🌸", "Tee KK")[i % 2]),
            ("ผู้ยื่นคำขอ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 1)),
            ("โทรศัพท์", tel(a, i + 3)), ("อีเมล", p.email or "-"), ("ที่อยู่", home(a, i + 1)),
            ("งาน", "ทำบุญขึ้นบ้านใหม่ มีหมอลำซิ่ง"), ("สถานที่จัดงาน", "บ้านเลขที่ 88/21 หมู่บ้านชวนชื่น ถนนเหล่านาดี"),
            ("วันที่", thai_day(date(2027, 1, 9 + i % 4))), ("เวลา", "17.00 - 23.30 น."),
            ("กำลังขยาย", "2,000 วัตต์"), ("ระดับเสียงสูงสุด", "85 dB(A)"), ("ยื่นเมื่อ", f"0{2 + i % 4}/12/2569 21:4{i % 10}")]  # fmt: skip
    table = "".join(f'<tr><td style="background:#f2f2f2;padding:4px">{k}</td><td style="padding:4px">{v}</td></tr>'
                    for k, v in rows)  # fmt: skip
    html = ('<html><body style="font-family:Tahoma"><div style="background:#06c755;color:#fff;padding:8px">'
            f"ระบบ e-Service {CITY}</div><p>มีคำขอใหม่จาก LINE OA รอเจ้าหน้าที่ตรวจสอบ</p>"
            f'<table border="1" cellspacing="0">{table}</table>'
            f'<p>เจ้าหน้าที่ผู้รับผิดชอบ: งานรักษาความสงบ โทร 043-221-186</p>'
            '<p style="color:#888;font-size:11px">อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n')  # fmt: skip
    raw = message(i, f"[e-Service] คำขอใหม่ KKC-SND-2569-{1040 + i:05d} ขออนุญาตใช้เครื่องขยายเสียง",
                  "e-Service เทศบาลนครขอนแก่น <noreply@khonkaencity.example.go.th>", html=html)  # fmt: skip
    return Case("html_eservice_line_oa", raw, own(a, ALL))


def html_gmail_committee_chair(a: Party, i: int) -> Case:
    """The chair of a community's committee asks space on a public soi for a Sunday
    market: the community, the market's days and hours, the number of stalls; he signs
    as ประธานกรรมการชุมชน with his ID, home and mobile; two committee members named."""
    p = a.p
    community = ("ชุมชนหนองวัด 2", "ชุมชนโนนทัน 5")[i % 2]
    lines = [f"เรียน {MAYOR}", "",
             f"ด้วยคณะกรรมการ{community} มีมติในการประชุมครั้งที่ {4 + i}/2569 ให้จัดตลาดนัดชุมชนทุกวันอาทิตย์ "
             "เวลา 15.00-21.00 น. บนถนนซอยภายในชุมชน ยาวประมาณ 120 เมตร จำนวนผู้ค้า 45 แผง เก็บค่าทำความสะอาดแผงละ 20 บาท",
             "จึงขอความอนุเคราะห์อนุญาตใช้พื้นที่และถังขยะ 10 ใบ",
             "กรรมการผู้ดูแลตลาด: นางสมใจ ภูสมศรี, นายอดุลย์ มะลิวัลย์", "",
             "ขอแสดงความนับถือ", "",
             a.name, f"ประธานกรรมการ{community}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}",
             f"บ้านเลขที่ {home(a, i)}", f"มือถือ {tel(a, i + 2)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, f"ขออนุญาตจัดตลาดนัด{community}", own_box(a), html=html)
    return Case("html_gmail_committee_chair", raw, own(a, NO_BIRTH))


def html_outlook_shop_sign(a: Party, i: int) -> Case:
    """A shop's owner asks from her shop's Outlook a permit for a signboard over the
    footpath: the sign's size, its words, the sign maker (a firm, its line); her own
    lines in the body, the shop's in the signature."""
    p = a.p
    shop = ("ร้านทองเยาวราชขอนแก่น", "ร้านยาหมอเภสัช")[i % 2]
    paras = [f"เรียน ผู้อำนวยการกองช่าง {CITY}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ที่อยู่ {home(a, i + 1)} เจ้าของ{shop}",
             f"ขออนุญาตติดตั้งป้ายกล่องไฟยื่นล้ำทางเท้า ขนาด 0.80 x 2.40 เมตร สูงจากพื้น 3.50 เมตร ข้อความ \"{shop}\" "
             f"ที่หน้าร้านเลขที่ {62 + i} ถนนกลางเมือง ผู้รับทำป้าย ร้านขอนแก่นป้ายโฆษณา โทร 043-237-449",
             f"ติดต่อ{me(a)}ได้ที่ {tel(a, i)}", "", "ขอแสดงความนับถือ", a.name]  # fmt: skip
    sig = f'<p class="MsoNormal"><b>{shop}</b></p><p class="MsoNormal">โทร 043-2{40 + i}-118</p>'
    raw = message(
        i, "ขออนุญาตติดตั้งป้ายหน้าร้าน", f"{shop} <shop{i}@gmail.com>", html=outlook_html(paras, sig)
    )
    e = own(a, NO_BIRTH)
    e.pop("email", None)  # the shop's box: hers or the shop's, not scored
    return Case("html_outlook_shop_sign", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_stall_rent_form(a: Party, i: int) -> Case:
    """The city's คำขอเช่าแผงในตลาด filled in Word: a table of the ผู้ขอเช่า (name, ID,
    birth date, address, phone), the stall wanted (number, zone, goods), then the
    ผู้ค้ำประกัน's table (name, ID, address, phone)."""
    p = a.p
    g_name, g_id, g_born, g_mob = OTHERS[0]
    g_name = f"{g_name.split()[0]} {p.last}"  # her elder brother

    def table(d: Any, rows: list[tuple[str, str]]) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for n, (x, y) in enumerate(rows):
            t.cell(n, 0).text = x
            t.cell(n, 1).text = y

    def build(d: Any) -> None:
        d.add_paragraph(f"คำขอเช่าแผงจำหน่ายสินค้าในตลาดสด{CITY}")
        d.add_paragraph(f"เขียนที่ ตลาดสดเทศบาล 3\t\tวันที่ {3 + i % 20} ธันวาคม 2569")
        d.add_paragraph("1. ผู้ขอเช่า")
        table(d, [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i)),
                  ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("โทรศัพท์", tel(a, i))])  # fmt: skip
        d.add_paragraph("2. แผงที่ขอเช่า")
        table(d, [("แผงเลขที่", f"ข-{21 + i}"), ("โซน", "อาหารปรุงสำเร็จ"), ("สินค้าที่จำหน่าย", "ไก่ย่าง ส้มตำ"),
                  ("ค่าเช่าต่อเดือน", "1,500 บาท")])  # fmt: skip
        d.add_paragraph("3. ผู้ค้ำประกัน")
        table(d, [("ชื่อ-สกุล", g_name), ("เลขประจำตัวประชาชน", nid_w(g_id, i + 1)), ("วันเดือนปีเกิด", born_th(g_born, i + 1)),
                  ("ที่อยู่", "14 หมู่ที่ 6 ตำบลบ้านทุ่ม อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
                  ("โทรศัพท์", mobile(g_mob, i)), ("เกี่ยวข้องเป็น", "พี่ชาย")])  # fmt: skip
        d.add_paragraph(
            "ลงชื่อ........................ผู้ขอเช่า\t\tลงชื่อ........................ผู้ค้ำประกัน"
        )

    raw = message(i, "ส่งคำขอเช่าแผงตลาดสดเทศบาล 3", own_box(a), text=f"เรียน งานตลาด\nส่งแบบคำขอเช่าแผงที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอเช่าแผง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_stall_rent_form", raw, own(a, ALL))


def docx_kh_s1_loudspeaker_form(a: Party, i: int) -> Case:
    """The form ฆ.ษ.1 (คำขออนุญาตใช้เครื่องขยายเสียง) typed into the office's Word file on
    its dotted lines: the asker's age (no birth date), nationality, address and ID, the
    temple fair's stage, the kind of sound, the watts, the place, the days and hours."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph("แบบ ฆ.ษ.1")
        d.add_paragraph("คำขออนุญาตใช้เครื่องขยายเสียง")
        d.add_paragraph(f"เขียนที่ {CITY}\t\tวันที่ {5 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า....{a.name}....อายุ....{2026 - p.born.year}....ปี สัญชาติ....ไทย....เลขประจำตัวประชาชน....{nid_w(p.nid, i + 1)}...."
        )
        d.add_paragraph(f"อยู่บ้านเลขที่....{home(a, i)}....โทรศัพท์....{tel(a, i + 1)}....")
        d.add_paragraph(
            "ขออนุญาตใช้เครื่องขยายเสียงชนิด....ตู้ลำโพงและเครื่องผสมเสียง....กำลังไฟฟ้า....1,500 วัตต์...."
            "เพื่อ....การแสดงหมอลำบนเวทีงานบุญผะเหวดประจำปีวัดหนองแวง...."
        )
        d.add_paragraph(
            f"ณ....ลานวัดหนองแวง ถนนกลางเมือง....ตั้งแต่วันที่....{thai_day(date(2027, 3, 6))}....ถึงวันที่....{thai_day(date(2027, 3, 7))}...."
            "ตั้งแต่เวลา....19.00....น. ถึงเวลา....02.00....น."
        )
        d.add_paragraph("ลงชื่อ....................ผู้ขออนุญาต")
        d.add_paragraph(f"({a.name})")

    raw = message(i, "แบบ ฆ.ษ.1 ขออนุญาตใช้เครื่องขยายเสียง งานบุญผะเหวด", own_box(a),
                  text="เรียน งานรักษาความสงบ\nแนบแบบ ฆ.ษ.1 ครับ/ค่ะ\n",
                  files=(("ฆษ1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_kh_s1_loudspeaker_form", raw, own(a, NO_BIRTH))


def docx_agency_letterhead_client(a: Party, i: int) -> Case:
    """An event agency's letter on its letterhead (name, address, line, box in the header
    block) asking for a client's funeral merit-making at the client's home: the client
    (เจ้าภาพ), her ID, home; the tent's size, road closing, days; the coordinator signs."""
    p = a.p
    ag, office, line, box = AGENCY
    co, co_mob = COORDINATORS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"{ag}\n{office}\nโทร {line}  อีเมล {box}")
        d.add_paragraph(f"ที่ ฮพ. {41 + i}/2569\t\t\t\t{8 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขออนุญาตปิดถนนชั่วคราว\nเรียน {MAYOR}")
        d.add_paragraph(
            f"ด้วยบริษัทฯ ได้รับมอบหมายจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"บ้านเลขที่ {home(a, i + 1)} (เจ้าภาพ) ให้จัดงานทำบุญครบรอบ 100 วันคุณแม่ของเจ้าภาพ "
            f"ในวันที่ {thai_day(date(2027, 1, 23 + i % 4))} ที่บ้านของเจ้าภาพ"
        )
        d.add_paragraph(
            "จึงขออนุญาตปิดถนนหน้าบ้านเจ้าภาพ ระยะ 30 เมตร ตั้งแต่เวลา 06.00-14.00 น. เพื่อตั้งเต็นท์ 4 หลัง "
            "และโต๊ะจีน 20 โต๊ะ ทั้งนี้บริษัทฯ จะจัดเจ้าหน้าที่อำนวยความสะดวกการจราจร 2 นาย"
        )
        d.add_paragraph(f"ผู้ประสานงาน {co} โทร {mobile(co_mob, i)}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({co})\nผู้จัดการโครงการ")

    raw = message(i, "ขออนุญาตปิดถนนชั่วคราว (แทนเจ้าภาพ)", f"{ag} <{box}>",
                  text="เรียน กองช่าง\nบริษัทฯ ขอส่งหนังสือขออนุญาตปิดถนนแทนเจ้าภาพ\n",
                  files=(("หนังสือขอปิดถนน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_agency_letterhead_client", raw, for_other(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_vendor_permit(a: Party, i: int) -> Case:
    """The city's fillable คำขอรับใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ whose fields
    are named Text1..Text14 by the form's maker: the vendor's lines, the goods, the point,
    the hours, then the helper's (ผู้ช่วยจำหน่าย) name, ID and phone."""
    p = a.p
    h_name, h_id, _, h_mob = OTHERS[1]
    labels = [(30, 18, "คำขอรับใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ (แบบ สน.1)"), (80, 26, CITY),
              (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 84, "สินค้าที่จำหน่าย"), (20, 94, "จุดที่ขอ"),
              (120, 94, "เวลา"), (20, 110, "ผู้ช่วยจำหน่าย"), (20, 120, "เลขประจำตัวประชาชน"), (120, 120, "โทร")]  # fmt: skip
    vals = [a.name, p.nid, born_th(p.born, i), home(a, i + 1), tel(a, i), p.email,
            ("น้ำอ้อยคั้นสด", "ผลไม้ตัดแต่ง")[i % 2], f"จุดผ่อนผันที่ {11 + i} ถนนมิตรภาพ หน้าตลาดต้นตาล", "16.00-22.00 น.",
            h_name, nid_w(h_id, i), mobile(h_mob, i)]  # fmt: skip
    spots = [(45, 40, 100), (60, 50, 55), (135, 50, 45), (35, 60, 160), (45, 70, 55), (125, 70, 70),
             (55, 84, 120), (45, 94, 70), (135, 94, 50), (55, 110, 90), (60, 120, 55), (135, 120, 50)]  # fmt: skip
    fields = [
        Field(f"Text{n + 1}", v, x, y, w, comb=13 if n == 1 else 0)
        for n, (v, (x, y, w)) in enumerate(zip(vals, spots, strict=True))
    ]
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ", own_box(a), text=f"ส่งแบบ สน.1 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("sn1_filled.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_vendor_permit", raw, own(a, ALL))


def pdf_fillable_road_close(a: Party, i: int) -> Case:
    """The city's fillable คำขอใช้ถนนเป็นการชั่วคราว (fields fill_1..fill_12): the asker
    (the son who holds the funeral), his ID, address, phone; then the deceased's name, ID,
    birth date and age; the road, the length, the days."""
    p = a.p
    dec_name, dec_id, dec_born, _ = OTHERS[3]
    dec_name = f"{dec_name.split()[0]} {p.last}"  # his mother
    labels = [(40, 18, "คำขออนุญาตใช้ถนนเป็นการชั่วคราว"), (80, 26, CITY),
              (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (20, 84, "วัตถุประสงค์"), (20, 94, "ชื่อผู้เสียชีวิต (กรณีงานศพ)"), (20, 104, "เลขประจำตัวประชาชนผู้เสียชีวิต"),
              (120, 104, "วันเกิด"), (20, 114, "ถนน/ซอย"), (120, 114, "ระยะ"), (20, 124, "วันที่ใช้"), (120, 124, "เวลา")]  # fmt: skip
    vals = [a.name, nid_w(p.nid, i), home(a, i), tel(a, i + 2), "ตั้งเต็นท์สวดอภิธรรมศพ 5 คืน",
            dec_name, dec_id, born_th(dec_born, i), ("ซอยศิลา 4", "ถนนเทพารักษ์")[i % 2], "35 เมตร",
            f"{5 + i % 4}-{9 + i % 4} ธันวาคม 2569", "17.00-23.00 น."]  # fmt: skip
    spots = [(45, 40, 100), (60, 50, 55), (35, 60, 160), (45, 70, 55), (55, 84, 120), (85, 94, 90),
             (85, 104, 35), (135, 104, 45), (45, 114, 60), (135, 114, 40), (45, 124, 60), (135, 124, 40)]  # fmt: skip
    fields = [
        Field(f"fill_{n + 1}", v, x, y, w)
        for n, (v, (x, y, w)) in enumerate(zip(vals, spots, strict=True))
    ]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขอใช้ถนนชั่วคราว งานศพ", own_box(a), text=f"เรียน กองช่าง\nแนบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("road_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_road_close", raw, no_birth(own(a, ALL)))


def pdf_typed_wedding_road_letter(a: Party, i: int) -> Case:
    """The bride's mother's typed letter (Word to PDF): her block top right (her home),
    the date; she asks to close her soi for the wedding at her house; the couple's names
    and the groom's ID (for the marriage's record), the tent, the hours, her ID and phone."""
    p = a.p
    groom, groom_id, groom_born, _ = OTHERS[4]
    bride = f"นางสาว{('ชลธิชา', 'วรรณวิสา')[i % 2]} {p.last}"
    h = home(a, 0)
    cut = h.rfind(" จังหวัด")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1:]), (0, ""), (115, f"{4 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขออนุญาตปิดถนนจัดงานมงคลสมรส"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} มารดาของ {bride} "
                  f"จะจัดงานมงคลสมรสระหว่าง {bride} กับ {groom} (เลขประจำตัวประชาชน {nid_w(groom_id, i + 2)} เกิด {born_th(groom_born, i)}) "
                  f"ที่บ้านของข้าพเจ้า ในวันที่ {thai_day(date(2027, 2, 20 + i % 4))} จึงขออนุญาตปิดถนนหน้าบ้านยาว 50 เมตร "
                  "ตั้งแต่เวลา 05.00 น. ถึง 24.00 น. เพื่อตั้งเต็นท์และเวที ใช้เครื่องเสียงไม่เกิน 1,000 วัตต์"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขออนุญาตปิดถนนงานแต่งงาน", own_box(a), text=f"เรียน {MAYOR}\nแนบหนังสือขออนุญาต{ending(a)}\n",
                  files=(("ขอปิดถนน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_wedding_road_letter", raw, no_birth(own(a, ALL)))


# --- sheets --------------------------------------------------------------------------------


def xlsx_committee_vendor_list(a: Party, i: int) -> Case:
    """A community committee's sheet for its Sunday market: the head block (the chair who
    asks: name, ID, mobile, home), then the vendors' rows (stall, name, ID, goods, phone)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อผู้ค้า"
        ws.append((f"ตลาดนัดชุมชน{('หนองวัด 2', 'โนนทัน 5')[i % 2]} ทุกวันอาทิตย์ 15.00-21.00 น.",))
        ws.append(("ผู้ขออนุญาต (ประธานกรรมการชุมชน)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(("แผงที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "สินค้า", "โทรศัพท์"))
        for n, (name, nid, goods, mob) in enumerate(VENDORS):
            ws.append((f"A{n + 1:02d}", name, nid_w(nid, n + i), goods, mobile(mob, n)))

    raw = message(i, "รายชื่อผู้ค้าตลาดนัดชุมชน", own_box(a), text=f"เรียน งานตลาด\nส่งรายชื่อผู้ค้าตามที่ขอ{ending(a)}\n",
                  files=(("ผู้ค้า.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_committee_vendor_list", raw, own(a, NO_BIRTH))


def xlsx_vendor_own_sheet(a: Party, i: int) -> Case:
    """A vendor's own sheet for renewing her stall: label/value rows (name, ID, birth
    date, address, phone, e-mail), then her stall's history (year, stall, receipt number,
    rent paid)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ต่อสัญญาเช่าแผง"
        ws.append(("ข้อมูลผู้เช่า",))
        ws.append(("ชื่อ-นามสกุล", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("มือถือ", tel(a, i + 1)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("ปี", "แผงเลขที่", "เลขที่ใบเสร็จ", "ค่าเช่า (บาท)"))
        for n, year in enumerate((2567, 2568, 2569)):
            ws.append((year, f"D-{33 + i}", f"{6600120 + 4411 * n + i}", 14400))

    raw = message(i, f"ขอต่อสัญญาเช่าแผง D-{33 + i}", own_box(a), text=f"เรียน งานตลาด\nแนบข้อมูลต่อสัญญา{ending(a)}\n",
                  files=(("ต่อสัญญา.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_vendor_own_sheet", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the firm's style uses FIRM).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_stall_rent_phone, (10, 0)),
    (plain_street_vendor_point, (1, 5)),
    (plain_ordination_loudspeaker, (3, 7)),
    (plain_funeral_road_daughter, (4, 8)),
    (plain_agency_for_client, (0, 11)),
    (plain_campaign_car_loudspeaker, (11, 1)),
    (plain_daughter_stall_for_mother, (6, 4)),
    (html_gmail_food_permit_renewal, (0, 2)),
    (html_outlook_night_market_firm, (0, 0)),
    (html_eservice_line_oa, (2, 9)),
    (html_gmail_committee_chair, (9, 7)),
    (html_outlook_shop_sign, (6, 4)),
    (docx_stall_rent_form, (8, 10)),
    (docx_kh_s1_loudspeaker_form, (5, 3)),
    (docx_agency_letterhead_client, (6, 2)),
    (pdf_fillable_vendor_permit, (11, 1)),
    (pdf_fillable_road_close, (5, 9)),
    (pdf_typed_wedding_road_letter, (0, 4)),
    (xlsx_committee_vendor_list, (7, 3)),
    (xlsx_vendor_own_sheet, (10, 8)),
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
