"""A hundredth set of requests written by someone who had not read the readers (issue 8):
FILMING, EVENTS AND TOURISM, to เทศบาลเมืองชะอำ (เพชรบุรี) and เทศบาลเมืองหัวหิน
(ประจวบคีรีขันธ์): production companies asking to film on the beach, at the station or in
the market; event organisers (a charity run, a beach wedding, a kite festival); tour
operators (their TAT licence, ใบอนุญาตประกอบธุรกิจนำเที่ยว เลขที่ 14/0xxxx) and guides (their
บัตรมัคคุเทศก์ number, 11-xxxxx); drone pilots (the CAAT registration, the NBTC number,
the drone's serial, the insurance policy); foreign companies with a Thai coordinator; call
sheets with many staff names and mobiles. Kinds: plain (iPhone, Gmail, a LINE chat
forwarded, a web form's notification, an Outlook reply over a quoted mail), HTML (a
production house's Gmail, a foreign producer's Outlook with the coordinator's signature,
a tour operator's web form, an iPhone mail), Word (the town's filming form, a cover letter
over a call sheet, a guide's letter, a drone company's letter), PDF (fillable event and
drone forms, typed letters of a Thai coordinator and a tour operator), xlsx (a call sheet,
a tour group's manifest, an event's staff roster).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, sets 62/63's builders and tests, the helpers they import, and the earlier sets'
first docstrings).

Conventions (written down before any run). Set 28: the applicant is the person who asks
and signs; for a body (a company, a club) the natural person who signs for it. Sets 31/63:
a service for one person asked by another is the one it is for. Set 37: where only
another's phone is given, phone `()` (no value, or a flagged one, is right).
- A PERSON who asks for herself (a guide, a drone pilot, a bride, a student, a run's
  organiser): her own name, ID, birth date, mobile, box, home. The others beside her
  (a tour company, its driver, a wedding planner, an assistant or observer, an advisor,
  a sound contractor, the town's officer in a quoted mail, the tourists in a manifest,
  the volunteers in a roster) never.
- A THAI COMPANY (a production house, an event organiser, a tour operator, a drone firm, a
  Thai coordinator asking in its own name as ผู้ขออนุญาต): the natural person who signs
  for it (its กรรมการผู้จัดการ / กรรมการผู้มีอำนาจ / ผู้อำนวยการสร้าง as the letter says):
  his name; his ID where given, else `()` (the company's registration number is never
  it); address, postal code, province the company's office; phone the company's line or
  the signer's own mobile; e-mail the company's box or the signer's own. The crew on a
  call sheet, the pilots, the guides, the drivers, the coordinator's staff never.
- A FOREIGN COMPANY whose producer signs the request and a Thai coordinator only forwards
  or is named as the local contact: the producer who signs (his name as written, in
  English or Thai); his passport is no ID (national_id `()`); his office is abroad
  (address, postal code, province `()`); his phone is foreign, so phone `()` (the
  coordinator's Thai mobile never his); e-mail his own box.
- A Thai coordinator company that writes in its own name for a foreign crew (the
  coordinator is the ผู้ขออนุญาต and its director signs): that director, by the company
  rule; the foreign crew (names, passports) never.
Address: where the applicant lives (or the company's office), house number to the
อำเภอ/เขต, with or without เลขที่/บ้านเลขที่, province and postal code. Numbers that are
never an ID or a phone: a guide's licence (11-12345), a tour operator's licence
(14/02581), a company's registration number, a CAAT drone registration (UAS-xxxxx), an
NBTC number, a serial, a policy number, a student number, a bus's plate, a passport, a
permit's or a letter's number, a call time. Birth date ISO, only the applicant's (never
a tourist's, a crew member's, the letter's, the event's). Everyone, every firm and
number is invented (13-digit numbers made with with_check_digit); ตำบล, อำเภอ, provinces
and postal codes are real and belong together.
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

CHAAM = "เทศบาลเมืองชะอำ"
HUAHIN = "เทศบาลเมืองหัวหิน"
DESKS = ("saraban@chaamcity.example.go.th", "saraban@huahin.example.go.th")
PB = "เพชรบุรี"
PK = "ประจวบคีรีขันธ์"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a company has no birth date; never expected

# The persons who ask for themselves (guides, pilots, organisers, a bride, students).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "ธีรวัฒน์", "ศรีสมบูรณ์", "377010045128", date(1986, 4, 9), "0815527413", "teerawat.guide@gmail.com",
      "77/5", "", "หัวหิน 51", "เพชรเกษม", "หัวหิน", "หัวหิน", PK, "77110"),
    P("นางสาว", "ปาริชาติ", "แสงทอง", "376050022361", date(1994, 10, 23), "0897741206", "parichat.st@hotmail.com",
      "12", "3", "", "", "บางเก่า", "ชะอำ", PB, "76120"),
    P("นาย", "อัครพล", "มีสุข", "376050031840", date(1990, 1, 30), "0628814570", "akkarapol.drone@gmail.com",
      "145/2", "", "", "ร่วมจิตต์", "ชะอำ", "ชะอำ", PB, "76120"),
    P("นาง", "รัชนี", "บุญเรือง", "377010067735", date(1979, 7, 14), "0861102394", "rachanee.br@yahoo.com",
      "9/1", "5", "", "", "หนองแก", "หัวหิน", PK, "77110"),
    P("นาย", "ณัฐวุฒิ", "จันทร์หอม", "377010058812", date(1998, 12, 2), "0954417728", "nattawut.jh@gmail.com",
      "201", "7", "", "", "หินเหล็กไฟ", "หัวหิน", PK, "77110"),
    P("นางสาว", "ศิริพร", "ทองดี", "110020144577", date(2002, 3, 17), "0826613049", "siriporn.td@gmail.com",
      "55/18", "", "ลาดพร้าว 64", "ลาดพร้าว", "วังทองหลาง", "วังทองหลาง", BKK, "10310"),
    P("นาย", "พงศกร", "วิเศษสุวรรณ", "377060013379", date(1983, 5, 28), "0819903362", "pongsakorn.ws@gmail.com",
      "38", "2", "", "", "ปากน้ำปราณ", "ปราณบุรี", PK, "77220"),
    P("นางสาว", "กมลชนก", "อินทร์สุวรรณ", "376010048206", date(1996, 8, 5), "0638827115", "kamonchanok.in@gmail.com",
      "4/7", "", "", "ราชวิถี", "ท่าราบ", "เมืองเพชรบุรี", PB, "76000"),
    P("นาย", "สุรเชษฐ์", "พรหมมา", "376040027754", date(1975, 11, 19), "0847726630", "",
      "88", "4", "", "", "ท่ายาง", "ท่ายาง", PB, "76130"),
    P("นาง", "วราภรณ์", "เกตุแก้ว", "377010081163", date(1969, 2, 25), "0891145027", "waraporn.kk@gmail.com",
      "16/3", "", "หัวหิน 94", "เพชรเกษม", "หัวหิน", "หัวหิน", PK, "77110"),
    P("นาย", "ภาคภูมิ", "ใจดี", "120990036628", date(1992, 6, 11), "0935510847", "pakpoom.jd@outlook.com",
      "300/12", "", "", "งามวงศ์วาน", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    P("นางสาว", "ธัญญารัตน์", "โพธิ์ศรี", "376050059921", date(2000, 9, 8), "0614428836", "thanyarat.ps@gmail.com",
      "7", "1", "", "", "หนองศาลา", "ชะอำ", PB, "76120"),
)  # fmt: skip

# Thai companies: their office, line, general box; the registration number as `nid`.
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "ทะเลสีคราม ฟิล์ม", "จำกัด", "010556012347", NONE, "022584190", "contact@talay-film.example.co.th",
      "99/9", "", "สุขุมวิท 39", "สุขุมวิท", "คลองตันเหนือ", "วัฒนา", BKK, "10110", juristic=True),
    P("บริษัท ", "หัวหิน อีเวนท์ แอนด์ ออแกไนซ์", "จำกัด", "077555901238", NONE, "032514776", "info@hh-event.example.co.th",
      "15/3", "", "", "เพชรเกษม", "หนองแก", "หัวหิน", PK, "77110", juristic=True),
    P("บริษัท ", "สยามโลเคชั่น เซอร์วิส", "จำกัด", "010556107723", NONE, "026417752", "coordinate@siamlocation.example.co.th",
      "120/45", "", "", "รัชดาภิเษก", "ห้วยขวาง", "ห้วยขวาง", BKK, "10310", juristic=True),
    P("บริษัท ", "ชะอำ ทราเวล แอนด์ ทัวร์", "จำกัด", "076555800561", NONE, "032471205", "booking@chaamtravel.example.co.th",
      "31/7", "", "", "เพชรเกษม", "ชะอำ", "ชะอำ", PB, "76120", juristic=True),
    P("บริษัท ", "สกายวิว โดรน เซอร์เวย์", "จำกัด", "077556200418", NONE, "032904418", "ops@skyview-drone.example.co.th",
      "58/2", "6", "", "", "หินเหล็กไฟ", "หัวหิน", PK, "77110", juristic=True),
)  # fmt: skip

# Each company's signer: name, role, ID (13 digits), own mobile, own box.
SIGNERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายปิยะพงษ์ เลิศวิริยะ", "กรรมการผู้จัดการ", with_check_digit("310040087216"), "0818825519", "piyapong@talay-film.example.co.th"),
    ("นางสาวอรวรรณ ชัยมงคล", "กรรมการผู้จัดการ", with_check_digit("377010090342"), "0896630418", "orawan@hh-event.example.co.th"),
    ("นายวรวุฒิ กิตติคุณ", "กรรมการผู้มีอำนาจ", with_check_digit("310170052284"), "0812276604", "worawut@siamlocation.example.co.th"),
    ("นายเกียรติศักดิ์ ปานทอง", "กรรมการผู้จัดการ", with_check_digit("376050011927"), "0861174420", "kiattisak@chaamtravel.example.co.th"),
    ("นางสาวมณีรัตน์ ศรีวงศ์", "กรรมการผู้จัดการ", with_check_digit("377010024456"), "0924418875", "maneerat@skyview-drone.example.co.th"),
)  # fmt: skip

# Foreign producers: name, Thai spelling, company, box, foreign phone, passport, city.
FOREIGN: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("Kenji Watanabe", "เคนจิ วาตานาเบะ", "Sakura Vision Co., Ltd.", "k.watanabe@sakuravision.example.jp",
     "+81 3-5412-7788", "TZ1184527", "2-14-6 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan"),
    ("Hannah Berger", "ฮันนา แบร์เกอร์", "Nordlicht Film GmbH", "h.berger@nordlicht-film.example.de",
     "+49 30 2847 1190", "C7L2K9R41", "Torstraße 118, 10119 Berlin, Germany"),
)  # fmt: skip

# Crew, staff, drivers, planners, assistants: never the applicant (name, role, mobile).
CREW: tuple[tuple[str, str, str], ...] = (
    ("นายธนากร พึ่งบุญ", "ผู้กำกับ", "0817724410"),
    ("นางสาวชลธิชา วงศ์ใหญ่", "ผู้ช่วยผู้กำกับ 1", "0894415520"),
    ("นายอนันต์ ศักดิ์สิทธิ์", "ผู้กำกับภาพ", "0863391827"),
    ("นางสาวพิมพ์ชนก รักษ์ไทย", "ผู้จัดการกองถ่าย", "0952286613"),
    ("นายสิทธิชัย บุญมา", "ผู้จัดการโลเคชั่น", "0625517704"),
    ("นางสาวเบญจวรรณ ทองคำ", "ฝ่ายศิลป์", "0809914528"),
    ("นายกฤษดา แก้วมณี", "ไฟและกริป", "0846620391"),
    ("นางสาวนภัสสร มั่นคง", "เสื้อผ้าและแต่งหน้า", "0917738842"),
    ("นายชยพล ศรีนวล", "เสียง", "0871146639"),
    ("นายวีระ ใจกล้า", "คนขับรถตู้", "0813320976"),
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), cc: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[n % 2]
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set100-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def bare(name: str) -> str:
    """A name without its title, as a mail program shows the sender."""
    for t in ("นางสาว", "นาย", "นาง"):
        if name.startswith(t):
            return name[len(t) :]
    return name


def town(i: int) -> str:
    return (CHAAM, HUAHIN)[i % 2]


def mayor(i: int) -> str:
    return ("นายกเทศมนตรีเมืองชะอำ", "นายกเทศมนตรีเมืองหัวหิน")[i % 2]


def beach(i: int) -> str:
    return ("ชายหาดชะอำ บริเวณหน้าศาลาเฉลิมพระเกียรติ", "ชายหาดหัวหิน บริเวณหน้าสถานีรถไฟถึงหาดสวนสน")[i % 2]


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def guide_licence(i: int) -> str:
    return f"11-{(40217 + 113 * i) % 100000:05d}"


def tat_licence(i: int) -> str:
    return f"14/0{2581 + 7 * i}"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def body(k: int, keys: str, *, with_id: bool = True) -> dict[str, tuple[str, ...]]:
    """A Thai company: the signer's name (and ID), the office, its line or his mobile,
    its box or his."""
    f = FIRMS[k]
    name, _, nid, mob, box = SIGNERS[k]
    e = exp(f, keys)
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    e["phone"] += ("+66" + mob[1:], mob)
    if "email" in e:
        e["email"] += (box,)
    return e


def foreign(k: int) -> dict[str, tuple[str, ...]]:
    """A foreign producer who signs: his names; no ID, no Thai address, no Thai phone."""
    en, th, _, box, _, _, _ = FOREIGN[k]
    title = "Mr." if k == 0 else "Ms."
    return {
        "full_name": (en, f"{title} {en}", en.upper(), th, f"{en} ({th})", f"{th} ({en})"),
        "national_id": (),
        "phone": (),
        "email": (box,),
        "address": (),
        "postal_code": (),
        "province": (),
    }


def crew_lines(i: int, n: int = 6) -> list[tuple[str, str, str]]:
    return [CREW[(i + j) % len(CREW)] for j in range(n)]


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_guide_group_iphone": "the guide who asks; never the tour company (TAT licence), the driver, the bus",
    "plain_drone_pilot_gmail": "the pilot who asks; never his observer; CAAT/NBTC/serial/policy numbers never",
    "plain_line_forward_beach_wedding": "the bride who forwards and asks; never the planner in the chat",
    "plain_webform_student_film": "the student (ผู้ยื่นคำร้อง); never the advisor; the student number never",
    "plain_outlook_run_reply_quoted": "the run's organiser who replies; never the town's officer in the quote",
    "html_gmail_production_house": "the กรรมการผู้จัดการ who signs; the company's office, line, box; crew never",
    "html_outlook_foreign_producer": "the foreign producer who signs; no ID/address/phone; the coordinator never",
    "html_webform_tour_operator": "the director named as ผู้ยื่นคำขอ; the guides listed never",
    "html_iphone_kite_festival": "the organiser who asks; the sound contractor and the security firm never",
    "docx_town_filming_form": "the signer who fills the form for the company (his ID); the location manager never",
    "docx_call_sheet_cover_letter": "the กรรมการ who signs the cover letter (no ID); the call sheet's crew never",
    "docx_guide_night_market_letter": "the guide who writes and signs; his licence never an ID",
    "docx_drone_company_letter": "the managing director who signs; the pilots and their licences never",
    "pdf_fillable_event_permit": "the ผู้ขออนุญาต; the ผู้ประสานงาน section never",
    "pdf_fillable_drone_form": "the pilot (pilot_*); the observer_* fields never",
    "pdf_typed_coordinator_letter": "the Thai coordinator's director who signs; the foreign crew never",
    "pdf_typed_tour_operator_letter": "the managing director who signs; the guides and boat never",
    "xlsx_call_sheet": "the ผู้ขออนุญาต block's signer; the crew rows never",
    "xlsx_tour_manifest": "the guide (head rows); the tourists' rows never",
    "xlsx_event_staff_roster": "the organiser's row (ผู้ขออนุญาต) below the volunteers'; they never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_guide_group_iphone(a: Party, i: int) -> Case:
    """A licensed guide asks from her iPhone to bring a group of 38 tourists through the
    old market by bus: her guide's licence, the tour company's TAT licence, the bus's plate
    and the driver's name and mobile, then her own lines."""
    p = a.p
    text = (
        f"เรียน {mayor(i)}\n\n"
        f"{me(a)} {a.name} มัคคุเทศก์ (บัตรมัคคุเทศก์ทั่วไป ต่างประเทศ เลขที่ {guide_licence(i)} หมดอายุ 30 ก.ย. 2571) "
        f"ขออนุญาตนำนักท่องเที่ยวชาวจีน 38 คน เดินชมตลาดเก่าและจอดรถบัสชั่วคราว วันที่ {12 + i % 9} ธ.ค. 69 เวลา 16.00-18.30 น.\n"
        f"บริษัทนำเที่ยว: ไชน่าเกต ทราเวล ใบอนุญาตประกอบธุรกิจนำเที่ยวเลขที่ {tat_licence(i)}\n"
        f"รถบัสทะเบียน 30-{4417 + i} กรุงเทพมหานคร คนขับ นายสมปอง ยิ้มแย้ม โทร 081-336-{2290 + i}\n\n"
        f"ข้อมูลผู้ขอ\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\nมือถือ {mobile(p.mobile, i)}\n\n{ending(a)}\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขออนุญาตนำกรุ๊ปทัวร์เดินชมตลาด", own_box(a), text=text)
    return Case("plain_guide_group_iphone", raw, own(a, ALL))


def plain_drone_pilot_gmail(a: Party, i: int) -> Case:
    """A freelance drone pilot asks to fly over the beach for a hotel's promotion video:
    his CAAT registration, NBTC number, the drone's serial, the insurance policy, the
    observer's name and mobile, then his own lines."""
    p = a.p
    text = (
        f"เรียน {mayor(i)}\nเรื่อง ขออนุญาตบินโดรนถ่ายภาพ{beach(i)}\n\n"
        f"{me(a)} {a.name} ผู้บังคับอากาศยานไร้คนขับ ขออนุญาตบินโดรนถ่ายวิดีโอประชาสัมพันธ์ให้โรงแรม "
        f"ในวันที่ {15 + i % 10} ธันวาคม 2569 ช่วงเวลา 06.00-08.00 น. ความสูงไม่เกิน 90 เมตร\n\n"
        f"รายละเอียดโดรน: DJI Mavic 3 Pro หมายเลขเครื่อง 1581F5FHD23{4400 + i}\n"
        f"ขึ้นทะเบียน กพท. เลขที่ UAS-{62140 + i}/2568  ขึ้นทะเบียน กสทช. เลขที่ {2568000431 + i}\n"
        f"ประกันภัยบุคคลที่สาม กรมธรรม์เลขที่ 25{7741902 + i} วงเงิน 1,000,000 บาท\n"
        f"ผู้ช่วยสังเกตการณ์: นายจักรพันธ์ สายทอง โทร {mobile('0874410' + str(325 + i), i + 1)}\n\n"
        f"ข้อมูลผู้ขออนุญาต\nชื่อ-สกุล: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\n"
        f"เกิด: {born_th(p.born, i + 1)}\nที่อยู่: {home(a, i + 1)}\nโทร: {tel(a, i)}\n\n"
        f"ขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, "ขออนุญาตบินโดรน (Drone) ถ่ายภาพชายหาด", own_box(a), text=text)
    return Case("plain_drone_pilot_gmail", raw, own(a, ALL))


def plain_line_forward_beach_wedding(a: Party, i: int) -> Case:
    """A bride forwards her LINE chat with the wedding planner (the planner's mobile and
    the resort's line in it), then asks to use the beach for the ceremony."""
    p = a.p
    d = 20 + i % 8
    chat = (
        "[LINE] ประวัติการแชทกับ Wedding by Nok 💍\n"
        f"บันทึกเมื่อ: 2026/12/0{1 + i % 5} 21:14\n\n"
        "2026.11.28 วันเสาร์\n"
        "19:02\tWedding by Nok\tน้องขา พี่เช็คแล้วนะคะ หาดสาธารณะต้องขออนุญาตเทศบาลก่อนค่ะ\n"
        "19:03\tWedding by Nok\tส่งเมลไปที่สารบรรณได้เลย ใส่ชื่อ เลขบัตร ที่อยู่ เบอร์เจ้าสาวนะคะ\n"
        "19:05\tWedding by Nok\tถ้าเขาโทรถามเรื่องเต็นท์ ให้โทรหาพี่ได้ 086-552-7031 (นก)\n"
        f"19:07\t{p.first}\tโอเคค่ะพี่ เดี๋ยวหนูส่งเอง\n"
        "19:09\tWedding by Nok\tรีสอร์ทเบอร์ 032-508-114 ต่อ 7 นะคะ เผื่อเทศบาลถาม\n"
    )
    text = (
        f"เรียน เจ้าหน้าที่{town(i)}\n\n"
        f"ดิฉัน {a.name} ขออนุญาตใช้พื้นที่{beach(i)} จัดพิธีแต่งงานแบบเรียบง่าย วันที่ {d} ธ.ค. 2569 เวลา 16.30-18.30 น. "
        "แขกประมาณ 60 คน มีซุ้มดอกไม้ 1 ซุ้ม เก้าอี้ 60 ตัว ไม่มีเครื่องเสียงขนาดใหญ่ เก็บขยะคืนพื้นที่ทั้งหมดค่ะ\n\n"
        f"ชื่อเจ้าสาว (ผู้ขอ) {a.name}\nเจ้าบ่าว นายกิตติพัฒน์ รุ่งเรืองศรี\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i + 2)}\nที่อยู่ {home(a, i + 2)}\nเบอร์ {mobile(p.mobile, i + 2)}\n\n"
        "แนบแชทกับแพลนเนอร์มาให้ดูรายละเอียดค่ะ\n\n---------- ข้อความที่ส่งต่อ ----------\n" + chat
    )
    raw = message(i, "Fwd: ขอใช้ชายหาดจัดงานแต่ง", own_box(a), text=text)
    return Case("plain_line_forward_beach_wedding", raw, own(a, NO_BIRTH))


def plain_webform_student_film(a: Party, i: int) -> Case:
    """The town's web form's notification of a student's short-film request: label: value
    lines, the student number (10 digits), the advisor's name and mobile, the film's
    crew of five."""
    p = a.p
    text = (
        f"มีคำร้องใหม่จากเว็บไซต์{town(i)} (e-Service)\n"
        f"หมายเลขคำร้อง: ES-2569-{10427 + i}\nประเภท: ขออนุญาตถ่ายทำภาพยนตร์/วิดีโอ\n"
        "=============================\n"
        f"ผู้ยื่นคำร้อง: {a.name}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"วัน/เดือน/ปีเกิด: {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        "สถานะ: นักศึกษา คณะนิเทศศาสตร์ ชั้นปีที่ 4\n"
        f"รหัสนักศึกษา: 64{10230 + i:05d}{17 + i}\n"
        f"ที่อยู่ที่ติดต่อได้: {home(a, i)}\n"
        f"โทรศัพท์มือถือ: {p.mobile}\n"
        f"อีเมล: {p.email}\n"
        f"สถานที่ถ่ายทำ: {beach(i)} และสะพานปลา\n"
        f"วันเวลา: {18 + i % 6}-{19 + i % 6} ธันวาคม 2569 06.00-17.00 น.\n"
        "จำนวนทีมงาน: 5 คน (ไม่มีการปิดถนน)\n"
        f"อาจารย์ที่ปรึกษา: อ.ดร.สุภาวดี กลิ่นหอม โทร 08 9114 {6620 + i}\n"
        "=============================\n"
        "ข้อความนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(
        i,
        f"[e-Service] คำร้องใหม่ ES-2569-{10427 + i}",
        f"e-Service <noreply@{DESKS[i % 2].split('@')[1]}>",
        text=text,
    )
    return Case("plain_webform_student_film", raw, own(a, ALL))


def plain_outlook_run_reply_quoted(a: Party, i: int) -> Case:
    """A run's organiser replies from Outlook with the lines the town's officer asked for;
    the officer's mail quoted below (her name, office line, extension, her mobile)."""
    p = a.p
    text = (
        f"เรียน คุณจันทร์เพ็ญ\n\nส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}\n\n"
        f"ผู้จัดงาน: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i + 2)}\n"
        f"ที่อยู่:\n{home(a, i + 2)}\nโทร:\n{mobile(p.mobile, i + 3)}\n\n"
        f'งานเดิน-วิ่งการกุศล "Run for Sea {2027 + 0}" วันอาทิตย์ที่ {10 + i % 7} มกราคม 2570 เวลา 05.00-09.00 น. '
        "ผู้สมัคร 1,200 คน เส้นทาง 10 กม. ขอปิดถนนเลียบชายหาดช่วง 05.30-07.30 น.\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first} {p.last}\n\n"
        "________________________________\n"
        f"จาก: งานท่องเที่ยว {town(i)} <tourism@{DESKS[i % 2].split('@')[1]}>\n"
        f"ส่ง: วันอังคารที่ 1 ธันวาคม 2569 10:42\nถึง: {p.email}\n"
        "เรื่อง: RE: ขออนุญาตจัดงานวิ่ง\n\n"
        f"เรียน คุณ{p.first}\n\nกรุณาส่งชื่อ เลขบัตร ที่อยู่ และเบอร์โทรของผู้จัดงานเพิ่มเติมด้วยค่ะ\n\n"
        f"นางจันทร์เพ็ญ สุขประเสริฐ\nนักวิชาการส่งเสริมการท่องเที่ยว\nโทร 032-{471 + i}-100 ต่อ 215 / 089-224-{5170 + i}\n"
    )
    raw = message(i, "RE: ขออนุญาตจัดงานวิ่ง", own_box(a), text=text)
    return Case("plain_outlook_run_reply_quoted", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_production_house(a: Party, i: int) -> Case:
    """A Bangkok production house asks from its Gmail to film a TV commercial on the
    beach: the company, its registration number, its managing director who signs (his
    ID), the key crew as a list with their mobiles."""
    k = (0, 2)[i % 2]
    f = FIRMS[k]
    fp = f.p
    s_name, s_role, s_id, s_mob, s_box = SIGNERS[k]
    crew = "".join(
        f"<li>{n} ({r}) {mobile(m, j)}</li>" for j, (n, r, m) in enumerate(crew_lines(i, 5))
    )
    html = (
        '<div dir="ltr"><div>เรียน ' + mayor(i) + "</div><div><br></div>"
        f"<div>{f.name} ทะเบียนนิติบุคคลเลขที่ {fp.nid} สำนักงานตั้งอยู่ {home(f, i)} "
        f"โดย {s_name} {s_role} เลขประจำตัวประชาชน {nid_w(s_id, i)} "
        f"ขออนุญาตใช้พื้นที่{beach(i)} ถ่ายทำภาพยนตร์โฆษณา วันที่ {8 + i % 5}-{9 + i % 5} มกราคม 2570 เวลา 05.00-19.00 น. "
        "ทีมงานประมาณ 45 คน รถ 6 คัน ไม่ปิดกั้นทางเดินของนักท่องเที่ยว</div><div><br></div>"
        f"<div>ทีมงานหลัก</div><ul>{crew}</ul>"
        "<div>ทั้งนี้บริษัทฯ ได้ทำประกันภัยความรับผิดต่อบุคคลภายนอกไว้แล้ว</div><div><br></div>"
        "<div>ขอแสดงความนับถือ</div><div><br></div>"
        f'<div>-- <br><div dir="ltr"><b>{s_name}</b><br>{s_role}<br>{f.name}<br>'
        f"โทร {tel(f, i)} | มือถือ {mobile(s_mob, i)}<br>{s_box}</div></div></div>\n"
    )
    raw = message(i, "ขออนุญาตถ่ายทำภาพยนตร์โฆษณา บริเวณชายหาด", f"{bare(s_name)} <{s_box}>", html=html)
    return Case("html_gmail_production_house", raw, body(k, NO_BIRTH))


def html_outlook_foreign_producer(a: Party, i: int) -> Case:
    """A foreign producer writes from Outlook, in English with a Thai paragraph, to film a
    travel documentary; he signs; the Thai coordinator (copied) is the local contact with
    her mobile, her company's Bangkok office in her signature block below his."""
    k = i % 2
    en, _th, company, box, phone, passport, office = FOREIGN[k]
    co = FIRMS[2]
    c_name, c_mob = "นางสาวสุนิสา แก้วกาญจนา", "0816670348"
    paras = [
        f"Dear {mayor(i)},",
        "",
        f"{company} ({office}) is producing a travel documentary for broadcast in {'Japan' if k == 0 else 'Germany'}. "
        f"We kindly ask permission to film at {('Cha-am beach and the fishing pier' if i % 2 == 0 else 'Hua Hin railway station and the night market')} "
        f"on {14 + i % 9}-{15 + i % 9} January 2027, crew of 7, handheld cameras only, no road closure.",
        "",
        f"ทางบริษัทขออนุญาตถ่ายทำสารคดีท่องเที่ยว ทีมงาน 7 คน โดยมี {c_name} จาก{co.name} เป็นผู้ประสานงานในประเทศไทย "
        f"โทร {mobile(c_mob, i)}",
        "",
        f"Passport of the producer: {passport}. The crew list with passports is attached to the Thailand Film Office application.",
        "",
        "Best regards,",
        "",
    ]
    sig = (
        f'<p class="MsoNormal"><b>{en}</b><br>Producer, {company}<br>{office}<br>Tel {phone}<br>'
        f'<a href="mailto:{box}">{box}</a></p><p class="MsoNormal">&nbsp;</p>'
        f'<p class="MsoNormal">Local coordinator: {c_name}<br>{co.name}<br>{home(co, i)}<br>'
        f"Tel {tel(co, i)} / {mobile(c_mob, i + 1)}</p>"
    )
    raw = message(i, "Filming permission request / ขออนุญาตถ่ายทำสารคดี", f"{en} <{box}>",
                  html=outlook_html(paras, sig), cc=f"{c_name} <{co.p.email}>")  # fmt: skip
    return Case("html_outlook_foreign_producer", raw, foreign(k))


def html_webform_tour_operator(a: Party, i: int) -> Case:
    """A tour operator's request through the town's web form, its notification as an
    HTML table: the company, its TAT licence, the ผู้ยื่นคำขอ (its director) with his ID
    and mobile; the guides with their licence numbers and mobiles in a second table."""
    k = (3, 1)[i % 2]
    f = FIRMS[k]
    fp = f.p
    s_name, s_role, s_id, s_mob, _s_box = SIGNERS[k]
    rows = [("ชื่อนิติบุคคล", f.name), ("เลขทะเบียนนิติบุคคล", fp.nid), ("ใบอนุญาตประกอบธุรกิจนำเที่ยว", tat_licence(i)),
            ("ที่ตั้งสำนักงาน", home(f, i)), ("โทรศัพท์สำนักงาน", tel(f, i)), ("อีเมล", fp.email),
            ("ชื่อผู้ยื่นคำขอ", s_name), ("ตำแหน่ง", s_role), ("เลขประจำตัวประชาชนผู้ยื่นคำขอ", nid_w(s_id, i)),
            ("โทรศัพท์มือถือผู้ยื่นคำขอ", mobile(s_mob, i)),
            ("เรื่องที่ขอ", f"ขอใช้ท่าเทียบเรือสาธารณะรับส่งนักท่องเที่ยวทัวร์เกาะ วันที่ {3 + i % 20} ม.ค. - 28 ก.พ. 2570")]  # fmt: skip
    guides = [
        ("นายชาตรี ดวงแก้ว", "11-38204", "0897723310"),
        ("นางสาวอัญชลี เพชรรัตน์", "11-52917", "0613380427"),
    ]
    t1 = "".join(
        f'<tr><td style="background:#f2f2f2;width:35%">{a_}</td><td>{b_}</td></tr>'
        for a_, b_ in rows
    )
    t2 = "".join(
        f"<tr><td>{n}</td><td>{lic}</td><td>{mobile(m, i)}</td></tr>" for n, lic, m in guides
    )
    html = (
        f'<html><body style="font-family:sans-serif"><h3>คำร้องออนไลน์ใหม่ #{7712 + i}</h3>'
        f'<table border="1" cellpadding="4" style="border-collapse:collapse">{t1}</table>'
        "<p>มัคคุเทศก์ประจำเรือ</p>"
        f'<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>ชื่อ</th><th>เลขที่บัตรมัคคุเทศก์</th><th>โทร</th></tr>{t2}</table>'
        '<p style="color:#888">ส่งจากระบบรับคำร้องออนไลน์ อย่าตอบกลับอีเมลนี้</p></body></html>\n'
    )
    raw = message(
        i,
        f"คำร้องออนไลน์ใหม่ #{7712 + i} ขอใช้ท่าเทียบเรือ",
        f"ระบบคำร้องออนไลน์ <noreply@{DESKS[i % 2].split('@')[1]}>",
        html=html,
    )
    return Case("html_webform_tour_operator", raw, body(k, NO_BIRTH))


def html_iphone_kite_festival(a: Party, i: int) -> Case:
    """An organiser asks from her iPhone (HTML, lines broken by <br>) to hold a kite
    festival on the beach: the sound contractor's and the security firm's names and
    lines, the attendance; her own lines at the end."""
    p = a.p
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto"><div dir="ltr"></div><div dir="ltr">'
        f"เรียน {mayor(i)}<br><br>{me(a)}ขออนุญาตจัดงานเทศกาลว่าวชายหาด ครั้งที่ {3 + i} "
        f"วันที่ {23 + i % 5}-{24 + i % 5} มกราคม 2570 เวลา 09.00-18.00 น. ที่{beach(i)} คาดว่ามีผู้ร่วมงาน 2,000 คน<br><br>"
        "ผู้ให้เช่าเครื่องเสียง: ร้านบิ๊กซาวด์ หัวหิน คุณเอกชัย โทร 081-942-7716<br>"
        "รักษาความปลอดภัย: บริษัท การ์ดไทย ซีเคียวริตี้ จำกัด โทร 032-515-880<br>"
        "รถพยาบาล: มูลนิธิสว่างเมตตา 1669<br><br>"
        f"ผู้จัดงาน<br>{a.name}<br>บัตรปชช. {nid_w(p.nid, i)}<br>เกิด {born_th(p.born, i + 2)}<br>"
        f"{home(a, i + 1)}<br>{mobile(p.mobile, i)}<br><br>ส่งจาก iPhone ของฉัน</div></body></html>\n"
    )
    raw = message(i, "ขออนุญาตจัดงานเทศกาลว่าว", own_box(a), html=html)
    return Case("html_iphone_kite_festival", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_town_filming_form(a: Party, i: int) -> Case:
    """The town's คำขออนุญาตใช้สถานที่เพื่อถ่ายทำภาพยนตร์ filled in Word as a table: the
    signer who fills it for the company (ข้าพเจ้า, ตำแหน่ง, ในนามของ), his ID; the
    company's office and line; the location manager's name and mobile as the contact on
    the day."""
    k = (0, 4)[i % 2]
    f = FIRMS[k]
    s_name, s_role, s_id, _s_mob, _ = SIGNERS[k]
    lm_name, _, lm_mob = CREW[4]

    def build(d: Any) -> None:
        d.add_paragraph(f"คำขออนุญาตใช้สถานที่เพื่อถ่ายทำภาพยนตร์\n{town(i)}")
        d.add_paragraph(f"เขียนที่ {f.name}\nวันที่ {2 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        t = d.add_table(rows=0, cols=2)
        for x, y in [("ข้าพเจ้า (ชื่อ-สกุล)", s_name), ("ตำแหน่ง", s_role), ("ในนามของ (นิติบุคคล)", f.name),
                     ("เลขประจำตัวประชาชน", nid_w(s_id, i + 1)), ("เลขทะเบียนนิติบุคคล", f.p.nid),
                     ("สำนักงานตั้งอยู่เลขที่", home(f, i + 1)), ("โทรศัพท์", tel(f, i + 1)), ("อีเมล", f.p.email),
                     ("สถานที่ขอใช้", beach(i)), ("วัน เวลา", f"{5 + i % 20} ก.พ. 2570 05.00-18.00 น."),
                     ("ผู้ประสานงานในวันถ่ายทำ", f"{lm_name} (ผู้จัดการโลเคชั่น) {mobile(lm_mob, i)}")]:  # fmt: skip
            row = t.add_row().cells
            row[0].text, row[1].text = x, y
        d.add_paragraph(
            f"ลงชื่อ ........................................ ผู้ขออนุญาต\n({s_name})\n{s_role}"
        )

    raw = message(i, "ส่งแบบคำขออนุญาตใช้สถานที่ถ่ายทำ", f"{f.name} <{f.p.email}>",
                  text=f"เรียน {town(i)}\nแนบแบบคำขออนุญาตใช้สถานที่ถ่ายทำภาพยนตร์ครับ\n",
                  files=(("คำขอใช้สถานที่ถ่ายทำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_town_filming_form", raw, body(k, NO_BIRTH))


def docx_call_sheet_cover_letter(a: Party, i: int) -> Case:
    """A cover letter over a call sheet in one Word file: the company's letter (ที่ ...)
    signed by its director (no ID), then the call sheet: call times, ten crew with roles
    and mobiles, the hospital's and the police's lines."""
    k = (0, 1)[i % 2]
    f = FIRMS[k]
    s_name, s_role, _, s_mob, _ = SIGNERS[k]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ {('TSK', 'HHE')[k]} {thai(str(41 + i))}/๒๕๖๙\t\t\t{f.name}\n\t\t\t{home(f, i)}\n\t\t\tโทร {tel(f, i)}"
        )
        d.add_paragraph(f"เรื่อง ขออนุญาตถ่ายทำมิวสิควิดีโอ\nเรียน {mayor(i)}")
        d.add_paragraph(
            f"ด้วย{f.name} จะถ่ายทำมิวสิควิดีโอ ณ {beach(i)} ในวันที่ {thai(str(9 + i % 15))} มกราคม ๒๕๗๐ "
            "จึงขออนุญาตใช้พื้นที่ ตามรายละเอียดใบเรียกกองถ่าย (Call Sheet) ที่แนบท้ายนี้"
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({s_name})\n{s_role}\nมือถือ {mobile(s_mob, i + 1)}")
        d.add_paragraph(
            "CALL SHEET  วันถ่ายทำที่ 1\nCrew call 04:30  |  Shooting call 05:45  |  Wrap 18:00"
        )
        t = d.add_table(rows=1, cols=3)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = (
            "ตำแหน่ง",
            "ชื่อ",
            "โทร",
        )
        for n, r, m in CREW:
            row = t.add_row().cells
            row[0].text, row[1].text, row[2].text = r, n, mobile(m, i)
        d.add_paragraph(
            "โรงพยาบาลใกล้กองถ่าย: โรงพยาบาลหัวหิน 032-523-000\nสถานีตำรวจภูธรชะอำ 032-471-321"
        )

    raw = message(i, "ขออนุญาตถ่ายทำ MV + Call sheet", f"Production {f.p.first} <{f.p.email}>",
                  text="เรียน งานท่องเที่ยว\nแนบหนังสือและ call sheet ค่ะ\n",
                  files=(("Letter_CallSheet.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_call_sheet_cover_letter", raw, body(k, NO_BIRTH, with_id=False))


def docx_guide_night_market_letter(a: Party, i: int) -> Case:
    """A freelance guide's letter typed in Word asking to lead night walking tours in the
    market: his licence (number, kind, expiry), his ID and birth date in Thai digits in v1,
    his home; the tour company he works for with its line."""
    p = a.p
    dig = thai if i % 2 == 0 else (lambda s: s)

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t\tเขียนที่ {home(a, i)}")
        d.add_paragraph(f"\t\t\t\t\t\tวันที่ {dig(str(4 + i % 20))} ธันวาคม {dig('2569')}")
        d.add_paragraph(f"เรื่อง ขออนุญาตนำนักท่องเที่ยวเดินชมตลาดโต้รุ่ง\nเรียน {mayor(i)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {dig(str(2026 - p.born.year))} ปี เกิดวันที่ {dig(born_th(p.born, 0))} "
            f"เลขประจำตัวประชาชน {dig(nid_w(p.nid, i))} "
            f"ผู้ถือบัตรมัคคุเทศก์ทั่วไป (ต่างประเทศ) บัตรสีบรอนซ์เงิน เลขที่ {dig(guide_licence(i + 3))} "
            f"ใช้ได้ถึงวันที่ {dig('31')} มีนาคม {dig('2571')} ปฏิบัติงานให้กับบริษัท ฮอลิเดย์ พลัส ทัวร์ จำกัด "
            f"ใบอนุญาตเลขที่ {dig(tat_licence(i + 5))} โทร 02-{dig('118')}-{dig(str(4470 + i))}"
        )
        d.add_paragraph(
            "มีความประสงค์ขออนุญาตนำนักท่องเที่ยวกลุ่มละไม่เกิน 15 คน เดินชมตลาดโต้รุ่งทุกวันศุกร์-อาทิตย์ "
            "เวลา 19.00-21.00 น. ตั้งแต่เดือนมกราคม 2570"
        )
        d.add_paragraph(f"ติดต่อข้าพเจ้าได้ที่ {dig(mobile(p.mobile, i))}")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\nลงชื่อ ..............................\n({a.name})\nมัคคุเทศก์"
        )

    raw = message(i, "ขออนุญาตนำเที่ยวตลาดโต้รุ่ง", own_box(a), text=f"เรียน {town(i)}\nแนบหนังสือขออนุญาต{ending(a)}\n",
                  files=(("ขออนุญาตนำเที่ยว.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_guide_night_market_letter", raw, own(a, ALL))


def docx_drone_company_letter(a: Party, i: int) -> Case:
    """A drone survey company's letter in Word, signed by its managing director (her ID in
    the body): three pilots with their CAAT pilot licences and mobiles, the drones'
    registrations, the flight area's coordinates."""
    k = 4 if i % 2 == 0 else 0
    f = FIRMS[k]
    s_name, s_role, s_id, _s_mob, s_box = SIGNERS[k]
    pilots = [("นายศุภชัย แสงอรุณ", "RPL-0148/66", "0859921074"), ("นายอดิศร ทองมา", "RPL-0772/67", "0948813305"),
              ("นางสาวปิยะนุช ดีเลิศ", "RPL-1036/68", "0827746651")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"{f.name}\n{home(f, i)}\nโทร {tel(f, i)}  อีเมล {f.p.email}")
        d.add_paragraph(f"ที่ SV {118 + i}/2569\t\t\t\t{7 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขออนุญาตบินอากาศยานไร้คนขับสำรวจและถ่ายภาพมุมสูง\nเรียน {mayor(i)}")
        d.add_paragraph(
            f"ด้วย{f.name} โดย {s_name} {s_role} เลขประจำตัวประชาชน {nid_w(s_id, i + 2)} "
            f"ได้รับว่าจ้างให้สำรวจและถ่ายภาพมุมสูงแนวชายหาดเพื่อจัดทำแผนที่การกัดเซาะ พิกัด 12.5684 N 99.9577 E ถึง 12.7412 N 99.9660 E "
            f"ระหว่างวันที่ {10 + i % 10}-{12 + i % 10} มกราคม 2570 จึงขออนุญาตบินโดยมีนักบินดังนี้"
        )
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ("นักบิน", "ใบอนุญาตนักบิน กพท.", "โทร"), strict=True):
            c.text = h
        for n, lic, m in pilots:
            row = t.add_row().cells
            row[0].text, row[1].text, row[2].text = n, lic, mobile(m, i + 1)
        d.add_paragraph(f"โดรนที่ใช้ขึ้นทะเบียน กพท. เลขที่ UAS-{71208 + i}/2568 และ UAS-{71209 + i}/2568")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({s_name})\n{s_role}\n{s_box}")

    raw = message(i, "หนังสือขออนุญาตบินโดรนสำรวจชายหาด", f"{bare(s_name)} <{s_box}>",
                  text="เรียน สำนักปลัด\nแนบหนังสือขออนุญาตค่ะ/ครับ\n",
                  files=(("SV_letter.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_drone_company_letter", raw, body(k, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_event_permit(a: Party, i: int) -> Case:
    """The town's fillable คำขออนุญาตจัดกิจกรรมในที่สาธารณะ (Thai field names): the
    ผู้ขออนุญาต's lines, the event, then a ผู้ประสานงาน section (name, mobile)."""
    p = a.p
    labels = [(40, 18, f"คำขออนุญาตจัดกิจกรรมในที่สาธารณะ {town(i)}"), (20, 40, "ชื่อผู้ขออนุญาต"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเดือนปีเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 84, "ชื่องาน/กิจกรรม"), (20, 94, "สถานที่"), (20, 110, "ผู้ประสานงาน"), (120, 110, "โทร"),
              (20, 150, "ลงชื่อ ........................ ผู้ขออนุญาต")]  # fmt: skip
    fields = [Field("ชื่อผู้ขออนุญาต", a.name, 50, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("วันเดือนปีเกิด", born_th(p.born, i + 1), 145, 50, 45), Field("ที่อยู่", home(a, i), 35, 60, 160),
              Field("โทรศัพท์", tel(a, i), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("ชื่องาน", ("ตลาดนัดคนรักษ์ทะเล", "คอนเสิร์ตการกุศลริมหาด")[i % 2], 55, 84, 120),
              Field("สถานที่", beach(i), 45, 94, 140),
              Field("ผู้ประสานงาน", "นายสมศักดิ์ ใจเย็น", 50, 110, 60), Field("โทรผู้ประสานงาน", f"08{7 + i % 2}-4{41 + i}-2290", 130, 110, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขออนุญาตจัดกิจกรรม (PDF)", own_box(a), text=f"ส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอจัดกิจกรรม.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_event_permit", raw, own(a, ALL))


def pdf_fillable_drone_form(a: Party, i: int) -> Case:
    """A fillable drone flight request whose fields have English names: pilot_* (name,
    ID, birth date, address, phone, e-mail), the drone's registration and serial, then
    observer_* (the observer's name and mobile)."""
    p = a.p
    labels = [(30, 18, "แบบคำขออนุญาตทำการบินอากาศยานไร้คนขับในเขตเทศบาล"), (20, 40, "ชื่อผู้บังคับ"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 84, "ทะเบียน กพท."), (110, 84, "หมายเลขเครื่อง"), (20, 100, "ผู้สังเกตการณ์"), (120, 100, "โทร")]  # fmt: skip
    fields = [Field("pilot_name", a.name, 50, 40, 100), Field("pilot_id", nid_w(p.nid, i), 60, 50, 55),
              Field("pilot_dob", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}", 135, 50, 45),
              Field("pilot_address", home(a, i + 1), 35, 60, 160), Field("pilot_phone", mobile(p.mobile, i), 45, 70, 55),
              Field("pilot_email", p.email, 125, 70, 70), Field("uas_reg", f"UAS-{63550 + i}/2568", 45, 84, 55),
              Field("uas_serial", f"1581F6Q{8800331 + i}", 140, 84, 50),
              Field("observer_name", "นางสาวรุ่งทิพย์ ศรีสุข", 50, 100, 60), Field("observer_phone", mobile("0957743" + str(120 + i), i), 130, 100, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบคำขอบินโดรน", own_box(a), text=f"เรียน {town(i)}\nแนบแบบคำขอบินโดรนที่กรอกแล้ว{ending(a)}\n",
                  files=(("drone_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_drone_form", raw, own(a, ALL))


def pdf_typed_coordinator_letter(a: Party, i: int) -> Case:
    """The Thai coordinator company's typed letter (Word to PDF), in its own name as the
    ผู้ขออนุญาต, for a foreign crew: its block top left, the foreign company, the crew
    with their passports, signed by its director (his ID in the body)."""
    k = (2, 0)[i % 2]
    f = FIRMS[k]
    s_name, s_role, s_id, _s_mob, _ = SIGNERS[k]
    en, _th, company, _, phone, passport, _ = FOREIGN[i % 2]
    crew = [
        (en, passport),
        (
            "Yuki Sato" if i % 2 == 0 else "Lukas Hoffmann",
            "TR6627301" if i % 2 == 0 else "C9M4P1X77",
        ),
    ]
    paras: list[tuple[float, str]] = [(20, f.name), (20, home(f, i)), (20, f"โทร {tel(f, i)}"), (0, ""),
             (120, f"{9 + i % 15} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขออนุญาตใช้สถานที่ถ่ายทำสารคดี"), (20, f"เรียน {mayor(i)}"), (0, ""),
             (30, f"ด้วย{f.name} โดย {s_name} {s_role} เลขประจำตัวประชาชน {nid_w(s_id, i)} เป็นผู้ประสานงานการถ่ายทำในประเทศไทย "
                  f"(Thai Coordinator) ของ {company} ได้รับอนุญาตจากกองภาพยนตร์ต่างประเทศ เลขที่ FF {1180 + i}/2569 "
                  f"ขออนุญาตใช้{beach(i)} ถ่ายทำสารคดี วันที่ {14 + i % 9} มกราคม 2570 ทีมงานต่างชาติ ได้แก่ "
                  + ", ".join(f"{n} (หนังสือเดินทาง {pp})" for n, pp in crew)),
             (30, f"ติดต่อผู้ผลิตต่างประเทศ {phone}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({s_name})"), (108, s_role)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขออนุญาตใช้สถานที่ถ่ายทำ (Thai coordinator)", f"{f.name} <{f.p.email}>",
                  text="เรียน งานท่องเที่ยว\nแนบหนังสือขออนุญาตครับ\n", files=(("coordinator_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_coordinator_letter", raw, body(k, NO_BIRTH))


def pdf_typed_tour_operator_letter(a: Party, i: int) -> Case:
    """A tour operator's typed letter as a PDF: its letterhead (licence, line, box), the
    managing director who signs with his ID, two guides with licence numbers, the boat's
    registration and the boatman's mobile."""
    k = 3 if i % 2 == 0 else 1
    f = FIRMS[k]
    s_name, s_role, s_id, s_mob, _ = SIGNERS[k]
    paras: list[tuple[float, str]] = [(20, f"{f.name}  ใบอนุญาตประกอบธุรกิจนำเที่ยวเลขที่ {tat_licence(i + 2)}"), (20, home(f, i + 1)),
             (20, f"โทร {tel(f, i + 1)}  {f.p.email}"), (0, ""), (120, f"{11 + i % 15} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอใช้ลานจอดรถและท่าเรือเพื่อกิจกรรมนำเที่ยว"), (20, f"เรียน {mayor(i)}"), (0, ""),
             (30, f"ข้าพเจ้า {s_name} {s_role} เลขประจำตัวประชาชน {nid_w(s_id, i + 1)} ในนามของ{f.name} "
                  "ขออนุญาตใช้ลานจอดรถหน้าท่าเรือและท่าเทียบเรือ สำหรับรถตู้ 4 คันและเรือหางยาวทะเบียน 2/{}-0{} ".format(6618 + i, 3 + i)
                  + f"ทุกวันเสาร์ เดือนมกราคม-มีนาคม 2570 มัคคุเทศก์ประจำทริป นางสาวจิตรลดา ปัญญาดี บัตรเลขที่ 11-27{440 + i} "
                  f"และนายปกรณ์ ศรีเมือง บัตรเลขที่ 11-60{118 + i} คนเรือ นายบุญส่ง ทะเลงาม โทร 089-661-{3047 + i}"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(s_mob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({s_name})"), (108, s_role)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอใช้ท่าเรือ/ลานจอด (บริษัทนำเที่ยว)", f"{f.name} <{f.p.email}>",
                  text="เรียน เทศบาล\nแนบหนังสือขอใช้สถานที่\n", files=(("ขอใช้ท่าเรือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_tour_operator_letter", raw, body(k, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_call_sheet(a: Party, i: int) -> Case:
    """A production's call sheet as a sheet: a head block with the company and the
    ผู้ขออนุญาต (its director who signs, his ID and mobile), the location, call times,
    then ten crew rows with roles and mobiles."""
    k = (0, 4)[i % 2]
    f = FIRMS[k]
    s_name, s_role, s_id, s_mob, _ = SIGNERS[k]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "CALL SHEET"
        ws.append(("CALL SHEET", f"วันที่ {16 + i % 10}/01/2570"))
        ws.append(("บริษัท", f.name, "โทร", tel(f, i)))
        ws.append(("ที่อยู่บริษัท", home(f, i)))
        ws.append(("ผู้ขออนุญาต (ผู้ลงนาม)", s_name, s_role))
        ws.append(("เลขประจำตัวประชาชน", nid_w(s_id, i), "มือถือ", mobile(s_mob, i)))
        ws.append(("Location", beach(i)))
        ws.append(("Crew call", "04:30", "Shoot", "05:45", "Wrap", "18:00"))
        ws.append(())
        ws.append(("ตำแหน่ง", "ชื่อ-สกุล", "โทร", "Call"))
        for j, (n, r, m) in enumerate(CREW):
            ws.append((r, n, mobile(m, i + j), f"0{4 + j % 2}:{(15 * j) % 60:02d}"))

    raw = message(i, "Call sheet + ขออนุญาตถ่ายทำ", f"{f.name} <{f.p.email}>", text="เรียน งานท่องเที่ยว\nแนบ call sheet ประกอบคำขอครับ\n",
                  files=(("callsheet.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_call_sheet", raw, body(k, NO_BIRTH))


def xlsx_tour_manifest(a: Party, i: int) -> Case:
    """A guide's manifest of a tour group as a sheet: the guide's head rows (her licence,
    ID, birth date, home, mobile), then twelve tourists with passports, nationalities and
    birth dates."""
    p = a.p
    tourists = [("WANG LEI", "E8812{:04d}", "CHN", date(1971, 3, 4)), ("LIU MEI", "E7731{:04d}", "CHN", date(1975, 9, 21)),
                ("KIM MINJUN", "M4471{:04d}", "KOR", date(1988, 12, 30)), ("PARK SOYEON", "M5530{:04d}", "KOR", date(1990, 6, 6)),
                ("TANAKA HIROSHI", "TK880{:04d}", "JPN", date(1964, 1, 15)), ("NGUYEN VAN AN", "C2291{:04d}", "VNM", date(1983, 7, 9))]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Manifest"
        ws.append(("รายชื่อนักท่องเที่ยว (Group Manifest)", f"กรุ๊ป HH{2612 + i}"))
        ws.append(("มัคคุเทศก์ผู้ขอ", a.name))
        ws.append(("บัตรมัคคุเทศก์เลขที่", guide_licence(i + 7)))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", mobile(p.mobile, i + 2), "อีเมล", p.email))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ (ตามหนังสือเดินทาง)", "หนังสือเดินทาง", "สัญชาติ", "วันเกิด"))
        for n, (nm, pp, nat, born) in enumerate(tourists):
            ws.append((n + 1, nm, pp.format(1000 + 37 * n + i), nat, born.strftime("%d/%m/%Y")))

    raw = message(i, "ขออนุญาตนำกรุ๊ปเข้าชมพระราชนิเวศน์/ชายหาด (manifest)", own_box(a),
                  text=f"เรียน {town(i)}\nขออนุญาตนำกรุ๊ปเข้าพื้นที่ รายละเอียดตามไฟล์แนบ{ending(a)}\n",
                  files=(("manifest.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_tour_manifest", raw, own(a, ALL))


def xlsx_event_staff_roster(a: Party, i: int) -> Case:
    """An event's staff roster as a sheet: eight volunteers' rows (name, ID, mobile, duty)
    first, the organiser's row (ผู้ขออนุญาต) last, her home in its own column."""
    p = a.p
    vols = [("นายเอกรัฐ มั่นใจ", "376050077612", "0812204419"), ("นางสาวสุดารัตน์ ใจบุญ", "377010033418", "0896612250"),
            ("นายวิทยา ทองสุข", "376050046117", "0627718834"), ("นางสาวกัญญา ศรีทอง", "377010091275", "0945526603")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทีมงาน"
        ws.append((f"รายชื่อทีมงานจัดงาน {('ตลาดนัดริมหาด', 'เทศกาลดนตรีชายหาด')[i % 2]}", "", "", "", ""))
        ws.append(("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทร", "หน้าที่", "ที่อยู่"))
        for n, nid, m in vols:
            ws.append((n, with_check_digit(nid), mobile(m, i), "อาสาสมัคร", ""))
        ws.append(
            (a.name, nid_w(p.nid, i), mobile(p.mobile, i + 1), "ผู้จัดงาน (ผู้ขออนุญาต)", home(a, i))
        )

    raw = message(i, "รายชื่อทีมงาน ประกอบคำขอจัดงาน", own_box(a),
                  text=f"เรียน {town(i)}\nแนบรายชื่อทีมงานประกอบคำขอจัดงาน{ending(a)}\n{a.name}\n",
                  files=(("ทีมงาน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_event_staff_roster", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (company styles pick their firm by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_guide_group_iphone, (0, 3)),
    (plain_drone_pilot_gmail, (2, 6)),
    (plain_line_forward_beach_wedding, (1, 7)),
    (plain_webform_student_film, (5, 11)),
    (plain_outlook_run_reply_quoted, (10, 4)),
    (html_gmail_production_house, (0, 0)),
    (html_outlook_foreign_producer, (0, 0)),
    (html_webform_tour_operator, (0, 0)),
    (html_iphone_kite_festival, (9, 1)),
    (docx_town_filming_form, (0, 0)),
    (docx_call_sheet_cover_letter, (0, 0)),
    (docx_guide_night_market_letter, (8, 0)),
    (docx_drone_company_letter, (0, 0)),
    (pdf_fillable_event_permit, (3, 11)),
    (pdf_fillable_drone_form, (4, 2)),
    (pdf_typed_coordinator_letter, (0, 0)),
    (pdf_typed_tour_operator_letter, (0, 0)),
    (xlsx_call_sheet, (0, 0)),
    (xlsx_tour_manifest, (9, 6)),
    (xlsx_event_staff_roster, (7, 10)),
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
