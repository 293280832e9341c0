"""An eighty-third set of requests written by someone who had not read the readers (issue 8):
CCTV FOOTAGE, ROAD ACCIDENTS AND POLICE REPORTS, to เทศบาลนครนครราชสีมา, เทศบาลเมือง
สุพรรณบุรี, เทศบาลตำบลบ้านฉาง (Rayong) and the อบต. of Ayutthaya (อบต.บ้านใหม่, อบต.บ้านโพ).
Citizens ask for CCTV footage of a crash, a theft, a hit-and-run (the date, a time window,
the camera's place); they report a broken street light, a pothole, a fallen tree that
caused an accident; they claim against the municipality when its garbage truck or its tree
hit a car; police officers (พนักงานสอบสวน) and an insurer's surveyor ask footage for a case
or a claim; a wife, a son and a lawyer write for a victim in hospital. Around the
applicant's values stand others that look like them: the other driver's name, ID and
phone, a police daily-report number (ประจำวันเลขที่ / ข้อ), case numbers, plates ("กข 1234
นครราชสีมา"), claim and policy numbers, the event's date and time beside a birth date, the
hospital's and the police station's lines.
Kinds: plain (phone mail apps, webmail, a forward), HTML (Gmail, Outlook, an e-service
notification, a reply over a quoted clerk's mail), Word (the city's footage form as tables,
a police station's letter, a lawyer's letter, a claim letter), PDF (a fillable form, typed
letters), xlsx (a police station's list of cameras, an insurer's claim sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run). The earlier rulings followed: set 63 (the
applicant is the one the request is FOR, never the one who sends it for her), set 56 (a
body through the natural person who signs for it: his name; the body's place, line and box,
and his own where given), set 77 (an insurer asking in a claim: the insured citizen).
Per situation:
- A citizen asking footage of her own crash, theft or hit-and-run, reporting a light, a
  pothole or a tree, claiming for her own car: SHE (the one who asks).
- A wife writing for her husband in hospital, a son for his mother in hospital: the VICTIM
  (the one the footage is for); the writer's name, ID, phone, box and home elsewhere never:
  the victim's phone and e-mail `()` where only the writer's appear.
- A lawyer for a victim in hospital: the victim (client); lawyer's licence, office, line,
  mobile, box never (phone and e-mail `()`).
- A POLICE OFFICER asking footage for a case (the พนักงานสอบสวน who signs the request, by
  law the one who asks): the OFFICER, not the station and never the victim or suspect of
  the case. full_name his name as he signs (rank abbreviated or written out, or without
  rank); national_id `()` (none given; the victim's and suspect's IDs in the mail never);
  no birth date scored; address the STATION's place (where the mail writes it out: a
  slip mended after first sight, see officer()); phone the station's line or his own
  mobile (both accepted); e-mail the box he sends from (his own or the station's).
- An INSURER's surveyor asking footage for a claim (set 77): the INSURED citizen
  (ผู้เอาประกันภัย): her name, her ID where written, her home where written; her phone
  only where her own is written, else `()`; e-mail `()`; the surveyor's name, mobile, box,
  the company's line, head office, claim and policy numbers never.
- A request FORWARDED by a community leader: the citizen who wrote the original (her box
  in the forwarded header is her e-mail); the leader's name, phone, box never.
Fields: full_name (title and name, as written); national_id 13 digits, only the
applicant's; birth_date ISO, only the applicant's (never the event's date, a report's or
a letter's date, another person's birth date); phone the applicant's own (national form or
+66); email the applicant's own box; address where the applicant lives (the station for an
officer), house number to the อำเภอ, with or without เลขที่/บ้านเลขที่, with or without
province and postal code, never the crash's place, the camera's place, the hospital;
province and postal code of that address. The other driver's or the suspect's name, ID and
phone, a daily-report number (ประจำวันเลขที่ / ข้อ), a case number (คดีอาญาที่), a plate,
a claim or policy number, a street light's pole number, the hospital's and the station's
lines (but for the officer) are never the applicant's.
Everyone, every firm and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
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
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

NR = "นครราชสีมา"
SP = "สุพรรณบุรี"
RY = "ระยอง"
AY = "พระนครศรีอยุธยา"
NONE = date(1900, 1, 1)  # a station has no birth date; never expected

# The ones the requests are FOR (drivers, owners, victims, reporters, the insured).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "อนุวัฒน์", "ศรีสุวรรณ", "130010045127", date(1985, 6, 14), "0817254430", "anuwat.ss@gmail.com",
      "128/4", "", "", "มิตรภาพ", "ในเมือง", "เมืองนครราชสีมา", NR, "30000"),
    P("นางสาว", "ชลธิชา", "พรหมมา", "130990022618", date(1996, 2, 3), "0623381547", "chonthicha.pm@hotmail.com",
      "55", "9", "", "", "หนองจะบก", "เมืองนครราชสีมา", NR, "30000"),
    P("นาง", "บุญเรือน", "ประจักษ์", "130010011843", date(1958, 10, 27), "0869923184", "",
      "17", "", "จอมสุรางค์ยาตร 8", "จอมสุรางค์ยาตร", "ในเมือง", "เมืองนครราชสีมา", NR, "30000"),
    P("นาย", "ธีรวัฒน์", "มั่นคง", "172010034406", date(1979, 12, 1), "0898870215", "theerawat.mk@gmail.com",
      "9/27", "3", "", "", "ท่าระหัด", "เมืองสุพรรณบุรี", SP, "72000"),
    P("นางสาว", "ศิริพร", "ทองอ่อน", "172990051273", date(1990, 7, 19), "0956627741", "siriporn.to@gmail.com",
      "301", "", "", "มาลัยแมน", "ท่าพี่เลี้ยง", "เมืองสุพรรณบุรี", SP, "72000"),
    P("นาย", "สำราญ", "เพชรดี", "172010008865", date(1949, 4, 8), "0815503369", "",
      "44", "6", "", "", "สนามชัย", "เมืองสุพรรณบุรี", SP, "72000"),
    P("นาย", "ณัฐวุฒิ", "แสงทอง", "121030047712", date(1988, 9, 22), "0863319054", "nattawut.st@outlook.com",
      "77/12", "2", "", "", "บ้านฉาง", "บ้านฉาง", RY, "21130"),
    P("นาง", "จันทร์เพ็ญ", "วงษ์สวัสดิ์", "121030019958", date(1971, 1, 30), "0814476302", "janpen.ws@yahoo.com",
      "212", "4", "", "", "พลา", "บ้านฉาง", RY, "21130"),
    P("นาย", "วรพล", "อินทร์ประเสริฐ", "114010063381", date(1993, 5, 11), "0925518836", "worapon.ip@gmail.com",
      "63/1", "5", "", "", "บ้านใหม่", "พระนครศรีอยุธยา", AY, "13000"),
    P("นางสาว", "ปาริชาติ", "สุขเจริญ", "114030028849", date(1999, 11, 16), "0638842207", "parichat.sj@gmail.com",
      "18", "3", "", "", "บ้านโพ", "บางปะอิน", AY, "13160"),
)  # fmt: skip

# The agency each province's requests go to: name, its head's title, desk box.
AGENCY: dict[str, tuple[str, str, str]] = {
    NR: ("เทศบาลนครนครราชสีมา", "นายกเทศมนตรีนครนครราชสีมา", "saraban@koratcity.example.go.th"),
    SP: ("เทศบาลเมืองสุพรรณบุรี", "นายกเทศมนตรีเมืองสุพรรณบุรี", "saraban@suphancity.example.go.th"),
    RY: ("เทศบาลตำบลบ้านฉาง", "นายกเทศมนตรีตำบลบ้านฉาง", "info@banchang.example.go.th"),
    AY: (
        "องค์การบริหารส่วนตำบลบ้านใหม่",
        "นายกองค์การบริหารส่วนตำบลบ้านใหม่",
        "saraban@banmai-ayutthaya.example.go.th",
    ),
}

# Police stations (their place, line, box) and the investigator of each (rank, written-out
# rank, name, position, own mobile, own box).
STATIONS: dict[str, Party] = {
    NR: P("", "สถานีตำรวจภูธรเมืองนครราชสีมา", "", "000000000001", NONE, "044242010", "korat.police@example.go.th",
          "1", "", "", "สรรพสิทธิ์", "ในเมือง", "เมืองนครราชสีมา", NR, "30000", juristic=True),
    SP: P("", "สถานีตำรวจภูธรเมืองสุพรรณบุรี", "", "000000000002", NONE, "035522350", "suphan.police@example.go.th",
          "99", "", "", "มาลัยแมน", "ท่าพี่เลี้ยง", "เมืองสุพรรณบุรี", SP, "72000", juristic=True),
    RY: P("", "สถานีตำรวจภูธรบ้านฉาง", "", "000000000003", NONE, "038601191", "banchang.police@example.go.th",
          "5", "1", "", "สุขุมวิท", "บ้านฉาง", "บ้านฉาง", RY, "21130", juristic=True),
    AY: P("", "สถานีตำรวจภูธรบางปะอิน", "", "000000000004", NONE, "035261100", "bangpain.police@example.go.th",
          "88", "2", "", "", "บ้านเลน", "บางปะอิน", AY, "13160", juristic=True),
}  # fmt: skip
OFFICERS: dict[str, tuple[str, str, str, str, str, str]] = {
    NR: (
        "พ.ต.ท.",
        "พันตำรวจโท",
        "ประสิทธิ์ กล้าหาญ",
        "สารวัตร (สอบสวน)",
        "0815542218",
        "prasit.kl@gmail.com",
    ),
    SP: (
        "ร.ต.อ.",
        "ร้อยตำรวจเอก",
        "วสันต์ ทองมา",
        "รองสารวัตร (สอบสวน)",
        "0897703345",
        "wasan.tm@gmail.com",
    ),
    RY: (
        "พ.ต.ต.",
        "พันตำรวจตรี",
        "เอกชัย บุญรอด",
        "สารวัตร (สอบสวน)",
        "0861190472",
        "ekkachai.br@gmail.com",
    ),
    AY: (
        "ร.ต.อ.หญิง",
        "ร้อยตำรวจเอกหญิง",
        "กนกวรรณ ศรีอ่อน",
        "รองสารวัตร (สอบสวน)",
        "0925504418",
        "kanokwan.so@gmail.com",
    ),
}

# Other drivers and suspects: name, ID, mobile, plate.
OTHERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายสมพงษ์ ดีเลิศ", with_check_digit("130020077164"), "0894412290", "กข 1234 นครราชสีมา"),
    ("นางสาวอรอนงค์ แก้วใส", with_check_digit("172020048835"), "0817790026", "2กง 5521 สุพรรณบุรี"),
    ("นายไพโรจน์ ศักดิ์สิทธิ์", with_check_digit("121010066402"), "0957718843", "1ขร 882 ระยอง"),
    ("นายสุเมธ พันธุ์ดี", with_check_digit("114020039917"), "0639945512", "ฌฉ 7710 พระนครศรีอยุธยา"),
)

# Relatives who write for a victim: name, ID, mobile, box, home elsewhere.
RELATIVES: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายภาคภูมิ ประจักษ์", with_check_digit("110050062238"), "0918854301", "phakphum.pj@gmail.com",
     "88/214 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร 10240"),
    ("นายธนกฤต วงษ์สวัสดิ์", with_check_digit("121990033571"), "0837716624", "thanakrit.ws@gmail.com",
     "5/33 หมู่ที่ 7 ตำบลห้วยโป่ง อำเภอเมืองระยอง จังหวัดระยอง 21150"),
)  # fmt: skip

# Hospitals near each place: name, line.
HOSPITALS: dict[str, tuple[str, str]] = {
    NR: ("โรงพยาบาลมหาราชนครราชสีมา", "044-235-000"),
    SP: ("โรงพยาบาลเจ้าพระยายมราช", "035-511-077"),
    RY: ("โรงพยาบาลบ้านฉาง", "038-603-135"),
    AY: ("โรงพยาบาลพระนครศรีอยุธยา", "035-211-888"),
}

LAWYER = ("นายเกรียงไกร ชัยศิริ", "8842/2551", "สำนักงานกฎหมายเกรียงไกร 402/9 ถนนสุรนารายณ์ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000",
          "044-256-318", "081-725-6640", "kriangkrai.law@gmail.com")  # fmt: skip
INSURERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("บริษัท สยามคุ้มภัย ประกันภัย จำกัด (มหาชน)", "นายชยพล รุ่งเรืองศรี", "0862247719", "chayaphon.r@siamkumphai.example.co.th", "02-118-8800"),
    ("บริษัท ไทยพิทักษ์ประกันภัย จำกัด", "นางสาวสุดารัตน์ มีชัย", "0894418275", "sudarat.m@thaipitak.example.co.th", "1790"),
)  # fmt: skip


def agency(a: Party) -> tuple[str, str, str]:
    if a.p.amphoe == "บางปะอิน":
        return (
            "องค์การบริหารส่วนตำบลบ้านโพ",
            "นายกองค์การบริหารส่วนตำบลบ้านโพ",
            "saraban@banpho-ayutthaya.example.go.th",
        )
    return AGENCY[a.p.province]


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def event_day(i: int) -> date:
    return date(2026, 11, 3 + (5 * i) % 25)


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or f'{p.first}.noreply@example.net'}>"


def message(n: int, to: str, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set83-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- expected values -----------------------------------------------------------------------

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The citizen who asks for herself; no e-mail expected where she has none."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The victim, written for by another: only the writer's phone and box appear."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def officer(a: Party, *, box: str, place: bool) -> dict[str, tuple[str, ...]]:
    """The investigator who asks: his name as signed, the station's place, the station's
    line or his own mobile, the box he sends from; no ID given. `place`: the station's
    address is written out (mended after first sight: where the mail names the station
    without its address, no address, postal code or province is expected, the request
    does not carry them)."""
    prov = a.p.province
    rank, rank_long, name, _, mob, _ = OFFICERS[prov]
    e = exp(STATIONS[prov], "address postal_code province phone" if place else "phone")
    e["full_name"] = (
        f"{rank}{name}",
        f"{rank} {name}",
        f"{rank_long} {name}",
        f"{rank_long}{name}",
        name,
    )
    e["national_id"] = ()
    e["phone"] += ("+66" + mob[1:], mob)
    e["email"] = (box,)
    return e


def insured(a: Party, keys: str, *, phone: bool) -> dict[str, tuple[str, ...]]:
    """Set 77's ruling: the insured citizen; her phone only where her own is written."""
    e = exp(a, keys)
    if not phone:
        e["phone"] = ()
    e["email"] = ()
    return e


WHO: dict[str, str] = {
    "plain_iphone_crash_footage": "the driver who asks; never the other driver (name, ID, phone, plate)",
    "plain_gmail_theft_footage": "the owner of the stolen motorbike who asks; never the report's numbers",
    "plain_wife_for_husband_icu": "the husband in hospital; never the wife who writes (ID, phone, box)",
    "plain_police_investigator": "the investigator (his name, the station's place, line or his mobile, his box)",
    "plain_forwarded_by_leader": "the citizen who wrote the original; never the community leader",
    "html_gmail_hit_run_table": "the victim who asks (her rows); never the fleeing car's plate or witness",
    "html_outlook_insurer_surveyor": "the insured citizen; never the surveyor or the company",
    "html_eservice_pothole_notice": "the one who filed the e-service form",
    "html_gmail_garbage_truck_claim": "the car's owner who claims; never the truck's driver",
    "html_reply_over_clerk": "the citizen who replies; never the quoted clerk",
    "docx_cctv_form_tables": "the ผู้ยื่นคำขอ; never the คู่กรณี rows",
    "docx_police_station_letter": "the investigator who signs; the station's place and box",
    "docx_lawyer_for_victim": "the victim in hospital (client); never the lawyer",
    "docx_tree_fell_claim": "the car's owner who claims",
    "pdf_fillable_cctv_request": "the applicant_* fields; never other_party_*",
    "pdf_typed_streetlight_fall": "the writer (her block top right)",
    "pdf_typed_son_for_mother": "the mother in hospital; never the son who writes",
    "pdf_typed_pothole_signature": "the writer who signs at the foot (his block under the signature)",
    "xlsx_police_camera_list": "the investigator in the head block; never the victim's rows",
    "xlsx_insurer_claim_sheet": "the insured's rows; never the surveyor's or the third party's",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_crash_footage(a: Party, i: int) -> Case:
    """A driver asks from her iPhone footage of a crash at a junction: the date and time
    window, the camera's pole; the other driver's name, phone and plate; the daily-report
    number; her own ID and phone below."""
    p = a.p
    _org, head, desk = agency(a)
    o_name, _, o_mob, o_plate = OTHERS[i % 4]
    d = event_day(i)
    text = (
        f"เรียน {head}\n\n{me(a)}ขอดูและขอสำเนาภาพจากกล้องวงจรปิด (CCTV) บริเวณสี่แยกหน้าตลาด กล้องที่ติดบนเสาไฟหน้าร้านทอง "
        f"วันที่ {thai_day(d)} ช่วงเวลา 17.30-18.15 น. เนื่องจากรถยนต์ของ{me(a)} ทะเบียน {1 + i}กษ {4410 + i} {p.province} "
        f"ถูกรถกระบะทะเบียน {o_plate} ชนท้าย คู่กรณีคือ {o_name} โทร {mobile(o_mob, i)} ปฏิเสธว่าไม่ได้ชน\n"
        f"ได้แจ้งความไว้แล้ว ประจำวันเลขที่ {7 + i} ข้อ {12 + i} ลงวันที่ {thai_day(d)} เวลา 19.40 น.\n\n"
        f"{a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nโทร {tel(a, i)}\nบ้านเลขที่ {home(a, i)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, desk, "ขอภาพกล้องวงจรปิด อุบัติเหตุรถชน", own_box(a), text=text)
    return Case("plain_iphone_crash_footage", raw, own(a, NO_BIRTH))


def plain_gmail_theft_footage(a: Party, i: int) -> Case:
    """An owner asks from Gmail footage of his motorbike stolen outside his home: the
    police report's number and the station's line, the bike's plate, engine number; his
    own lines in a signature with his birth date."""
    p = a.p
    org, _head, desk = agency(a)
    st = STATIONS[p.province]
    d = event_day(i + 3)
    text = (
        f"เรียน เจ้าหน้าที่ศูนย์ควบคุมกล้อง CCTV {org}\n\n"
        f"รถจักรยานยนต์ฮอนด้า เวฟ 110i สีแดง ทะเบียน {1 + i % 8}กฉ {312 + 7 * i} {p.province} "
        f"(เลขเครื่อง JA39E-{2231045 + i}) ของ{me(a)} ถูกขโมยไปจากหน้าบ้านเมื่อคืนวันที่ {thai_day(d)} "
        f"ระหว่างเวลา 01.00-04.30 น. ได้แจ้งความที่{st.name}แล้ว (ปจว. ข้อ {20 + i} เวลา 08.15 น. "
        f"โทรสถานี {tel(st, i)})\nขอความอนุเคราะห์ตรวจภาพกล้องที่ปากซอยและหน้าวัด เพื่อให้ตำรวจติดตามคนร้าย{ending(a)}\n\n"
        f"--\n{a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i + 1)}\nมือถือ {tel(a, i + 1)}\n"
    )
    raw = message(i, desk, "ขอตรวจภาพกล้องวงจรปิด รถจักรยานยนต์หาย", own_box(a), text=text)
    return Case("plain_gmail_theft_footage", raw, own(a, ALL))


def plain_wife_for_husband_icu(a: Party, i: int) -> Case:
    """A wife writes from her phone for her husband hit by a car and in intensive care:
    his ID, birth date and home; the hospital and its line; her own ID and mobile."""
    p = a.p
    _org, head, desk = agency(a)
    hosp, hline = HOSPITALS[p.province]
    wife = ("นางสุกัญญา", "นางวิไลวรรณ")[i % 2] + f" {p.last}"
    w_id = with_check_digit(("130990071144", "114990058832")[i % 2])
    w_mob = ("0846613392", "0657712408")[i % 2]
    d = event_day(i + 1)
    text = (
        f"เรียน {head}\n\nดิฉัน {wife} เลขบัตร {nid_w(w_id, i)} เป็นภรรยาของ {a.name} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 1)} อยู่บ้านเลขที่ {home(a, i + 2)}\n"
        f"สามีถูกรถชนแล้วหนีขณะขี่จักรยานยนต์กลับบ้าน เมื่อวันที่ {thai_day(d)} ประมาณ 21.00-21.30 น. "
        f"ตอนนี้ยังไม่ได้สติ นอนอยู่ห้อง ICU {hosp} (โทร {hline})\n"
        "ดิฉันขอสำเนาภาพจากกล้องวงจรปิดถนนเส้นหน้าปั๊มน้ำมันถึงสามแยก เพื่อส่งให้ตำรวจตามหาคนชนค่ะ\n"
        f"ติดต่อดิฉัน {mobile(w_mob, i)}\n\nส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    raw = message(
        i,
        desk,
        "ขอภาพกล้อง สามีถูกชนแล้วหนี",
        f"{wife.split()[0][3:]} <wife.{p.nid[-4:]}@gmail.com>",
        text=text,
    )
    return Case("plain_wife_for_husband_icu", raw, for_other(a, ALL))


def plain_police_investigator(a: Party, i: int) -> Case:
    """An investigator asks from his own Gmail footage for a criminal case: the case's
    number, the victim (the person in PEOPLE: name, ID, age) and the suspect's plate; his
    rank, name, position, the station's line and his mobile below."""
    p = a.p
    _org, head, desk = agency(a)
    st = STATIONS[p.province]
    rank, _, name, pos, mob, box = OFFICERS[p.province]
    o_name, o_id, _, o_plate = OTHERS[(i + 1) % 4]
    d = event_day(i + 2)
    text = (
        f"เรียน {head}\n\nด้วย{st.name} ได้รับคำร้องทุกข์จาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"อายุ {2569 - p.born.year - 543} ปี ผู้เสียหาย ว่าถูกรถยนต์ทะเบียน {o_plate} เฉี่ยวชนแล้วหลบหนี "
        f"เมื่อวันที่ {thai_day(d)} เวลาประมาณ 06.45 น. ตามคดีอาญาที่ {145 + i}/2569 "
        f"ผู้ต้องสงสัยคือ {o_name} เลขประจำตัวประชาชน {nid_w(o_id, i + 1)}\n"
        f"เพื่อประโยชน์แห่งการสอบสวน จึงขอความอนุเคราะห์สำเนาภาพจากกล้องวงจรปิดบริเวณทางแยกและถนนหน้าโรงเรียน "
        f"ช่วงเวลา 06.30-07.15 น. ของวันดังกล่าว\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        f"{rank}{name}\n{pos} {st.name}\nโทร {tel(st, i)} มือถือ {mobile(mob, i + 1)}\n"
    )
    raw = message(
        i, desk, f"ขอความอนุเคราะห์ภาพกล้องวงจรปิด คดีอาญาที่ {145 + i}/2569", f"{name} <{box}>", text=text
    )
    return Case("plain_police_investigator", raw, officer(a, box=box, place=False))


def plain_forwarded_by_leader(a: Party, i: int) -> Case:
    """A community leader forwards a villager's mail about a fallen tree that threw her
    off her motorbike: the leader's short note and signature above, the villager's
    original (her box in the forwarded header, her lines) below."""
    p = a.p
    org, _head, desk = agency(a)
    leader, l_mob, l_box = ("นายชาญชัย ดวงแก้ว", "0817726650", "chanchai.dk@gmail.com")
    d = event_day(i + 4)
    text = (
        f"เรียน {org}\nส่งต่อเรื่องของลูกบ้านครับ ต้นไม้ล้มขวางถนนทำให้เกิดอุบัติเหตุ ฝากช่วยดำเนินการด้วยครับ\n\n"
        f"{leader}\nประธานชุมชน โทร {mobile(l_mob, i)}\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {p.first} {p.last} <{p.email or 'no-mail@example.net'}>\n"
        f"Date: {thai_day(d + timedelta(days=1))}\nSubject: ต้นไม้ล้มขวางถนน\nTo: {leader.split()[0][3:]} <{l_box}>\n\n"
        f"เรียนประธานชุมชน\n{me(a)} {a.name} บ้านเลขที่ {home(a, i)} "
        f"เมื่อคืนวันที่ {thai_day(d)} เวลาประมาณ 20.10 น. ต้นจามจุรีริมถนนล้มขวางทาง ไม่มีไฟส่องสว่าง "
        f"{me(a)}ขี่รถจักรยานยนต์ชนกิ่งไม้ล้ม แขนหัก ขอให้ช่วยแจ้งเทศบาลให้ตัดต้นไม้ออก "
        f"และขอดูภาพกล้องวงจรปิดหน้าศาลาชุมชนช่วงเวลา 19.30-20.30 น. ไว้ใช้เคลมประกัน{ending(a)}\n"
        f"เลขบัตร {nid_w(p.nid, i)} โทร {tel(a, i)}\n"
    )
    raw = message(i, desk, "Fwd: ต้นไม้ล้มขวางถนน", f"{leader.split()[0][3:]} <{l_box}>", text=text)
    return Case("plain_forwarded_by_leader", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_hit_run_table(a: Party, i: int) -> Case:
    """A victim's Gmail with a table: the event's rows (date, time window, place, camera,
    the fleeing car's partial plate, a witness and his phone), then her own rows."""
    p = a.p
    _org, head, desk = agency(a)
    d = event_day(i + 5)
    rows = [("วันที่เกิดเหตุ", thai_day(d)), ("ช่วงเวลา", "22.10 - 22.40 น."), ("สถานที่", "ถนนหน้าตลาดสด ฝั่งขาเข้าเมือง"),
            ("กล้องที่ขอ", f"กล้องหมายเลข CAM-{31 + i} (หน้าธนาคาร)"), ("รถคู่กรณี", "รถเก๋งสีขาว ทะเบียนขึ้นต้น 7กก"),
            ("พยาน", "นายบุญมา สีดา โทร 089-332-7710"), ("ผู้ขอ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเดือนปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i)), ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email)]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f3f3f3'><b>{x}</b></td><td>{y}</td></tr>" for x, y in rows
    )
    html = (f'<div dir="ltr"><div>เรียน {head}</div><br><div>{me(a)}ถูกรถชนแล้วหนี ขอสำเนาภาพกล้องวงจรปิด รายละเอียดตามตาราง{ending(a)}</div><br>'
            f"<table border='1' cellspacing='0' cellpadding='4'>{t}</table><br><div>ขอบคุณ{ending(a)}</div>"
            f'<div>-- <br><div dir="ltr" class="gmail_signature">{p.first} {p.last}</div></div></div>\n')  # fmt: skip
    raw = message(i, desk, "ขอภาพกล้องวงจรปิด เหตุชนแล้วหนี", own_box(a), html=html)
    return Case("html_gmail_hit_run_table", raw, own(a, ALL))


def html_outlook_insurer_surveyor(a: Party, i: int) -> Case:
    """An insurer's surveyor asks in Outlook footage for a claim: the claim and policy
    numbers, the insured (name, ID, home), the third party's plate; her signature with
    the company, her mobile and the call centre."""
    p = a.p
    _org, head, desk = agency(a)
    comp, sv, sv_mob, sv_box, centre = INSURERS[i % 2]
    o_name, _, o_mob, o_plate = OTHERS[(i + 2) % 4]
    d = event_day(i + 6)
    paras = [f"เรียน {head}", "",
             f"ด้วย{comp} ในฐานะผู้รับประกันภัยรถยนต์ของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
             f"อยู่บ้านเลขที่ {home(a, i + 1)} (ผู้เอาประกันภัย) กรมธรรม์เลขที่ {'V' if i % 2 else 'MT'}{26004417 + i}",
             f"รถยนต์ของผู้เอาประกันภัยเกิดเหตุเฉี่ยวชนกับรถทะเบียน {o_plate} ({o_name} โทร {mobile(o_mob, i)}) "
             f"เมื่อวันที่ {thai_day(d)} เวลา 14.05 น. เลขที่เคลม CL-69-{118230 + i}",
             "บริษัทฯ ขอความอนุเคราะห์ภาพจากกล้องวงจรปิดบริเวณวงเวียน ช่วงเวลา 13.50-14.20 น. เพื่อประกอบการพิจารณาค่าสินไหมทดแทน", ""]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{sv}</b><br>เจ้าหน้าที่สำรวจภัย<br>{comp}<br>มือถือ {mobile(sv_mob, i)} | '
           f"Call Center {centre}<br>{sv_box}</p>"
           '<p class="MsoNormal" style="color:gray;font-size:8pt">This e-mail is confidential and intended solely for the addressee.</p>')  # fmt: skip
    raw = message(
        i,
        desk,
        f"ขอภาพกล้องวงจรปิด เคลม CL-69-{118230 + i}",
        f"{sv.split()[0][3:]} <{sv_box}>",
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_insurer_surveyor", raw, insured(a, NO_BIRTH, phone=False))


def html_eservice_pothole_notice(a: Party, i: int) -> Case:
    """The city's e-service notification of a web form: a pothole that threw him off his
    motorbike; the form's field table (ticket number, filer's lines, event's place and
    date) from a no-reply box."""
    p = a.p
    org, _head, desk = agency(a)
    d = event_day(i + 7)
    rows = [("เลขที่เรื่อง", f"ES-2569-{4410 + 13 * i:05d}"), ("ประเภท", "ถนนชำรุด/หลุมบ่อ เกิดอุบัติเหตุ"),
            ("ชื่อ-นามสกุลผู้แจ้ง", a.name), ("เลขบัตรประจำตัวประชาชน", p.nid), ("วันเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
            ("ที่อยู่ผู้แจ้ง", home(a, i + 2)), ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email or "-"),
            ("สถานที่เกิดเหตุ", "ถนนเลียบคลองชลประทาน ใกล้สะพานไม้ (พิกัด 14.3521, 100.5874)"),
            ("วันเวลาเกิดเหตุ", f"{d.day:02d}/{d.month:02d}/{d.year + 543} 19:20"),
            ("รายละเอียด", "หลุมลึกประมาณ 30 ซม. ไม่มีป้ายเตือน รถจักรยานยนต์ตกหลุมล้ม ขอให้ซ่อมและขอภาพกล้องช่วงเวลา 19:00-19:40")]  # fmt: skip
    t = "".join(f"<tr><th align='left' width='35%'>{x}</th><td>{y}</td></tr>" for x, y in rows)
    html = (f"<html><body><h3>{org} - ระบบรับเรื่องร้องเรียนออนไลน์</h3><p>มีผู้แจ้งเรื่องใหม่ผ่านเว็บไซต์</p>"
            f"<table border='1' cellpadding='6'>{t}</table><p style='font-size:11px'>อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        desk,
        f"[e-Service] เรื่องใหม่ ES-2569-{4410 + 13 * i:05d}",
        "e-Service <no-reply@eservice.example.go.th>",
        html=html,
    )
    return Case("html_eservice_pothole_notice", raw, own(a, ALL))


def html_gmail_garbage_truck_claim(a: Party, i: int) -> Case:
    """An owner's Gmail claims for his parked car hit by the city's garbage truck: the
    truck's plate and its driver, his own plate, the garage's estimate and line, the
    police report; his lines at the end."""
    p = a.p
    org, head, desk = agency(a)
    d = event_day(i + 8)
    lines = [f"เรียน {head}", "",
             f"เมื่อวันที่ {thai_day(d)} เวลาประมาณ 05.40 น. รถเก็บขยะของ{org} ทะเบียน 83-{4120 + i} {p.province} "
             f"(พนักงานขับรถคือ นายสมหมาย ทองดี) ถอยชนรถยนต์ของ{me(a)} ทะเบียน {2 + i}ขน {6650 + i} {p.province} ซึ่งจอดอยู่หน้าบ้าน",
             f"ประตูหลังและกันชนเสียหาย อู่สมชายการช่าง (โทร 035-445-129) ประเมินค่าซ่อม 38,500 บาท "
             f"ได้ลงบันทึกประจำวันไว้ที่สถานีตำรวจ ประจำวันเลขที่ {14 + i} ข้อ {3 + i}",
             f"{me(a)}ขอเรียกร้องค่าเสียหาย และขอภาพกล้องวงจรปิดหน้าบ้านเลขที่ใกล้เคียงของเทศบาล ช่วง 05.30-06.00 น. เป็นหลักฐาน", "",
             f"{a.name}", f"บัตรประชาชน {nid_w(p.nid, i + 2)}", f"ที่อยู่ {home(a, i)}", f"โทร. {tel(a, i + 2)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, desk, "ร้องเรียนรถขยะเทศบาลชนรถยนต์ ขอค่าเสียหาย", own_box(a), html=html)
    return Case("html_gmail_garbage_truck_claim", raw, own(a, NO_BIRTH))


def html_reply_over_clerk(a: Party, i: int) -> Case:
    """A citizen's Gmail reply to the clerk who asked for more details: her answers on
    top, the clerk's quoted mail (his name, the office's line, the desk) below."""
    p = a.p
    org, _head, desk = agency(a)
    d = event_day(i + 9)
    top = (f'<div dir="ltr"><div>เรียน คุณปรีชา</div><div>ขอส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}</div>'
           f"<div>ชื่อ {a.name}</div><div>เลขประจำตัวประชาชน {nid_w(p.nid, i)}</div><div>ที่อยู่ {home(a, i + 1)}</div>"
           f"<div>เบอร์โทร {tel(a, i)}</div><div>วันเวลาที่เกิดเหตุ {thai_day(d)} 16.00-16.30 น. กล้องหน้าโรงเรียนเทศบาล 1</div>"
           f"<div>{a.name}</div></div><br>")  # fmt: skip
    quoted = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {thai_day(d)} {desk} เขียนว่า:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
              "เรียน ผู้ร้อง<br>เพื่อดำเนินการตามคำขอดูภาพกล้องวงจรปิด กรุณาแจ้งชื่อ เลขประจำตัวประชาชน ที่อยู่ เบอร์โทร "
              "และวันเวลาที่เกิดเหตุ<br><br>นายปรีชา ขำวิลัย<br>เจ้าหน้าที่ศูนย์ CCTV "
              f"{org}<br>โทร 0-4424-3121 ต่อ 225<br></blockquote></div>\n")  # fmt: skip
    raw = message(i, desk, "Re: คำขอดูภาพกล้องวงจรปิด", own_box(a), html=top + quoted)
    return Case("html_reply_over_clerk", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def table_rows(d: Any, title: str, rows: list[tuple[str, str]]) -> None:
    d.add_paragraph(title)
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (x, y) in enumerate(rows):
        t.cell(r, 0).text = x
        t.cell(r, 1).text = y


def docx_cctv_form_tables(a: Party, i: int) -> Case:
    """The city's คำขอดูภาพกล้องวงจรปิด filled in Word: three tables (the ผู้ยื่นคำขอ,
    the event, the คู่กรณี with his name, ID, phone and plate)."""
    p = a.p
    org, _head, desk = agency(a)
    o_name, o_id, o_mob, o_plate = OTHERS[(i + 3) % 4]
    d = event_day(i + 10)

    def build(doc: Any) -> None:
        doc.add_paragraph(f"แบบคำขอตรวจดู/สำเนาภาพจากกล้องโทรทัศน์วงจรปิด (CCTV)\n{org}")
        table_rows(doc, "ส่วนที่ 1 ผู้ยื่นคำขอ", [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                   ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("ที่อยู่", home(a, i + 2)), ("โทรศัพท์", tel(a, i + 1)),
                   ("อีเมล", p.email or "-")])  # fmt: skip
        table_rows(doc, "ส่วนที่ 2 เหตุการณ์", [("ประเภท", "อุบัติเหตุจราจร"), ("วันที่", thai_day(d)), ("ช่วงเวลา", "07.00 - 07.45 น."),
                   ("จุดติดตั้งกล้อง", "สามแยกไฟแดงหน้าศาลากลาง"), ("รายงานประจำวัน", f"ข้อ {9 + i} ลงวันที่ {thai_day(d)}")])  # fmt: skip
        table_rows(doc, "ส่วนที่ 3 คู่กรณี", [("ชื่อ-สกุล", o_name), ("เลขประจำตัวประชาชน", nid_w(o_id, i)),
                   ("โทรศัพท์", mobile(o_mob, i + 2)), ("ทะเบียนรถ", o_plate)])  # fmt: skip
        doc.add_paragraph(
            "ข้าพเจ้าขอรับรองว่าจะใช้ภาพเพื่อประกอบการดำเนินคดีเท่านั้น\n\nลงชื่อ....................ผู้ยื่นคำขอ"
        )

    raw = message(i, desk, "แบบคำขอภาพกล้องวงจรปิด", own_box(a), text=f"เรียน เจ้าหน้าที่\nแนบแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอCCTV.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cctv_form_tables", raw, own(a, ALL))


def docx_police_station_letter(a: Party, i: int) -> Case:
    """A police station's letter in Word (ที่ ตช 0019.xx/...): the station's place top
    right, the case, the victim (a person in PEOPLE with ID and birth date), the
    suspect's plate; the investigator signs (rank written out above his name) and gives
    his mobile; sent from the station's box."""
    p = a.p
    org, head, desk = agency(a)
    st = STATIONS[p.province]
    _rank, rank_long, name, pos, mob, _ = OFFICERS[p.province]
    o_name, _, _, o_plate = OTHERS[i % 4]
    d = event_day(i + 11)

    def build(doc: Any) -> None:
        doc.add_paragraph(
            f"ที่ ตช 0019.{30 + i}(สอบสวน)/{812 + i}\t\t\t{st.name}\n\t\t\t\t{home(st, i)}"
        )
        doc.add_paragraph(f"\t\t\t\t{2 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(f"เรื่อง ขอความอนุเคราะห์ภาพจากกล้องวงจรปิด\nเรียน {head}")
        doc.add_paragraph(
            f"ด้วยพนักงานสอบสวน{st.name} ได้รับแจ้งเหตุรถจักรยานยนต์ชนคนเดินเท้าได้รับบาดเจ็บสาหัส ผู้เสียหายคือ {a.name} "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} ที่อยู่ {home(a, i + 1)} "
            f"เหตุเกิดเมื่อวันที่ {thai_day(d)} เวลาประมาณ 18.30 น. ผู้ขับขี่ {o_name} รถทะเบียน {o_plate} "
            f"ตามคดีอาญาที่ {302 + i}/2569"
        )
        doc.add_paragraph(
            "จึงขอความอนุเคราะห์สำเนาภาพจากกล้องวงจรปิดในพื้นที่ ช่วงเวลา 18.00-19.00 น. ของวันดังกล่าว"
        )
        doc.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
        doc.add_paragraph(f"ขอแสดงความนับถือ\n\n{rank_long}\n({name})\n{pos} {st.name}")
        doc.add_paragraph(
            f"งานสอบสวน โทร {tel(st, i + 1)}\nพนักงานสอบสวนผู้รับผิดชอบ โทร {mobile(mob, i)}"
        )

    raw = message(i, desk, f"หนังสือขอภาพกล้องวงจรปิด คดีอาญาที่ {302 + i}/2569", f"{st.name} <{st.p.email}>",
                  text=f"เรียน {org}\nส่งหนังสือขอความอนุเคราะห์ตามไฟล์แนบ\n",
                  files=(("หนังสือขอภาพCCTV.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_police_station_letter", raw, officer(a, box=st.p.email, place=True))


def docx_lawyer_for_victim(a: Party, i: int) -> Case:
    """A lawyer's letter in Word for a victim still in hospital: the letterhead (office,
    line, box), the client with ID, birth date and home, the hospital and its line, the
    other driver's name and plate."""
    p = a.p
    _org, head, desk = agency(a)
    law, lic, office, line, mob, box = LAWYER
    hosp, hline = HOSPITALS[p.province]
    o_name, _, _, o_plate = OTHERS[(i + 1) % 4]
    d = event_day(i + 12)

    def build(doc: Any) -> None:
        doc.add_paragraph(f"{office}\nโทร {line}  อีเมล {box}")
        doc.add_paragraph(f"ที่ กก.{52 + i}/2569\t\t\t{4 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(f"เรื่อง ขอสำเนาภาพจากกล้องวงจรปิด\nเรียน {head}")
        doc.add_paragraph(
            f"ข้าพเจ้า {law} ทนายความ ใบอนุญาตเลขที่ {lic} ในฐานะทนายความผู้รับมอบอำนาจของ {a.name} "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i)} "
            f"ซึ่งถูกรถของ {o_name} ทะเบียน {o_plate} ชน เมื่อวันที่ {thai_day(d)} เวลา 12.20 น. "
            f"ปัจจุบันยังรักษาตัวอยู่ที่{hosp} (โทร {hline})"
        )
        doc.add_paragraph(
            "ขอสำเนาภาพจากกล้องวงจรปิดบริเวณจุดเกิดเหตุ ช่วงเวลา 12.00-12.40 น. เพื่อใช้ประกอบการฟ้องคดีแพ่ง"
        )
        doc.add_paragraph(f"ขอแสดงความนับถือ\n\n({law})\nทนายความ\nมือถือ {mob}")

    raw = message(i, desk, "ขอสำเนาภาพกล้องวงจรปิด (ทนายความ)", f"{law} <{box}>",
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือขอภาพกล้องวงจรปิดในนามลูกความครับ\n",
                  files=(("หนังสือทนายความ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lawyer_for_victim", raw, for_other(a, ALL))


def docx_tree_fell_claim(a: Party, i: int) -> Case:
    """A citizen's claim letter in Word: the city's roadside tree fell on her car; her
    lines in the opening paragraph; her insurer's policy number, the car's plate, the
    police report and the garage's line."""
    p = a.p
    org, head, desk = agency(a)
    d = event_day(i + 13)

    def build(doc: Any) -> None:
        doc.add_paragraph(f"\t\t\t\tเขียนที่ บ้านเลขที่ {p.house}\n\t\t\t\tวันที่ {7 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(f"เรื่อง ขอให้ชดใช้ค่าเสียหายจากต้นไม้ล้มทับรถยนต์\nเรียน {head}")
        doc.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} โทรศัพท์ {tel(a, i + 2)}"
        )
        doc.add_paragraph(
            f"เมื่อวันที่ {thai_day(d)} เวลาประมาณ 15.30 น. ขณะฝนตกหนัก ต้นมะขามริมถนนในความดูแลของ{org} ล้มทับรถยนต์ของข้าพเจ้า "
            f"ทะเบียน {3 + i}กค {1029 + i} {p.province} ซึ่งจอดอยู่ริมถนน หลังคาและกระจกหน้าแตก "
            f"บริษัทประกันภัยไม่คุ้มครอง (กรมธรรม์ประเภท 3 เลขที่ P3-{55102877 + i}) "
            f"ได้แจ้งความไว้ ประจำวันเลขที่ {5 + i} ข้อ {17 + i} อู่ประเมินค่าซ่อม 62,000 บาท (อู่เจริญยนต์ โทร 038-611-245)"
        )
        doc.add_paragraph(
            "ข้าพเจ้าจึงขอให้เทศบาลพิจารณาชดใช้ค่าเสียหาย และขอภาพกล้องวงจรปิดบริเวณดังกล่าวประกอบการพิจารณา"
        )
        doc.add_paragraph(f"ขอแสดงความนับถือ\n\nลงชื่อ....................\n({a.name})")

    raw = message(i, desk, "ขอให้ชดใช้ค่าเสียหาย ต้นไม้ล้มทับรถ", own_box(a), text=f"เรียน {org}\nแนบหนังสือร้องขอค่าเสียหาย{ending(a)}\n",
                  files=(("ต้นไม้ล้มทับรถ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_tree_fell_claim", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_cctv_request(a: Party, i: int) -> Case:
    """The city's fillable footage request (English field names: applicant_*,
    incident_*, other_party_*): the applicant's lines, the event, the other party's name,
    ID, phone and plate."""
    p = a.p
    org, _head, desk = agency(a)
    o_name, o_id, o_mob, o_plate = OTHERS[(i + 2) % 4]
    d = event_day(i + 14)
    labels = [(40, 18, "คำขอตรวจดูภาพจากกล้องวงจรปิด"), (80, 26, org), (20, 40, "ชื่อ-สกุลผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 86, "วันที่เกิดเหตุ"), (110, 86, "ช่วงเวลา"), (20, 96, "จุดกล้อง"), (20, 106, "เลขที่รายงานประจำวัน"),
              (20, 122, "คู่กรณี ชื่อ-สกุล"), (20, 132, "เลขประจำตัวประชาชนคู่กรณี"), (20, 142, "โทรศัพท์คู่กรณี"), (110, 142, "ทะเบียนรถ")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 50, 40, 100), Field("applicant_id", p.nid, 60, 50, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i + 1), 135, 50, 45), Field("applicant_address", home(a, i), 35, 60, 160),
              Field("applicant_phone", tel(a, i), 45, 70, 55), Field("applicant_email", p.email, 125, 70, 70),
              Field("incident_date", thai_day(d), 50, 86, 55), Field("incident_time", "10.00-11.30 น.", 130, 86, 50),
              Field("incident_camera", "หน้าสถานีขนส่งผู้โดยสาร เสา C12", 45, 96, 120),
              Field("incident_report_no", f"ปจว. ข้อ {21 + i} / {thai_day(d)}", 65, 106, 100),
              Field("other_party_name", o_name, 60, 122, 90), Field("other_party_id", o_id, 75, 132, 55, comb=13),
              Field("other_party_phone", mobile(o_mob, i), 55, 142, 50), Field("other_party_plate", o_plate, 130, 142, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, desk, "คำขอภาพกล้องวงจรปิด (PDF)", own_box(a), text=f"ส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("cctv_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_cctv_request", raw, own(a, ALL))


def pdf_typed_streetlight_fall(a: Party, i: int) -> Case:
    """A typed letter as a PDF: the writer's block top right (her home, date), a broken
    street light (pole number) that made her fall; her ID and birth date in the body;
    the hospital's line."""
    p = a.p
    _org, head, desk = agency(a)
    hosp, hline = HOSPITALS[p.province]
    h = home(a, i)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")
    d = event_day(i + 15)
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1:]), (0, ""), (115, f"{9 + i % 15} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง แจ้งไฟฟ้าส่องสว่างชำรุดเป็นเหตุให้เกิดอุบัติเหตุ และขอภาพกล้องวงจรปิด"), (20, f"เรียน {head}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
                  f"ขอแจ้งว่าไฟฟ้าส่องสว่างเสาหมายเลข {'NM' if i % 2 else 'SP'}-{1170 + i} ดับมาเกือบเดือน เมื่อคืนวันที่ {thai_day(d)} "
                  f"เวลาประมาณ 21.15 น. ข้าพเจ้าขี่รถจักรยานยนต์ตกท่อระบายน้ำที่ไม่มีฝาปิดเพราะมองไม่เห็น ต้องรักษาตัวที่{hosp} (โทร {hline})"),
             (30, f"จึงขอให้ซ่อมไฟฟ้าส่องสว่าง และขอภาพกล้องวงจรปิดช่วงเวลา 21.00-21.30 น. ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 3)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, desk, "แจ้งไฟถนนดับ เกิดอุบัติเหตุ", own_box(a), text="เรียน เจ้าหน้าที่\nแนบหนังสือแจ้งเรื่อง\n",
                  files=(("แจ้งไฟฟ้าดับ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_streetlight_fall", raw, own(a, ALL))


def pdf_typed_son_for_mother(a: Party, i: int) -> Case:
    """A son's typed letter as a PDF for his mother hit at a crossing, in hospital: his
    block top right (his home elsewhere), her ID, birth date and home in the body, the
    hospital's line, his own ID and mobile."""
    p = a.p
    _org, head, desk = agency(a)
    son, son_id, son_mob, son_box, son_home = RELATIVES[i % 2]
    hosp, hline = HOSPITALS[p.province]
    d = event_day(i + 16)
    cut = son_home.rfind(" จังหวัด") if " จังหวัด" in son_home else son_home.rfind(" กรุงเทพ")
    paras: list[tuple[float, str]] = [(115, son_home[:cut]), (115, son_home[cut + 1:]), (0, ""), (115, f"{5 + i % 20} ธันวาคม 2569"),
             (0, ""), (20, "เรื่อง ขอสำเนาภาพจากกล้องวงจรปิด กรณีมารดาถูกรถชน"), (20, f"เรียน {head}"), (0, ""),
             (30, f"ข้าพเจ้า {son} เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} เป็นบุตรของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                  f"เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)} มารดาถูกรถจักรยานยนต์ชนขณะข้ามทางม้าลาย "
                  f"เมื่อวันที่ {thai_day(d)} เวลาประมาณ 09.10 น. ขณะนี้พักรักษาตัวที่{hosp} (โทร {hline})"),
             (30, f"ข้าพเจ้าขอสำเนาภาพจากกล้องวงจรปิดบริเวณทางม้าลาย ช่วงเวลา 09.00-09.30 น. ติดต่อข้าพเจ้าได้ที่ {mobile(son_mob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({son})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, desk, "ขอภาพกล้องวงจรปิด มารดาถูกรถชน", f"{son.split()[0][3:]} <{son_box}>",
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือขอภาพกล้องครับ\n", files=(("ขอภาพกล้อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_son_for_mother", raw, for_other(a, ALL))


def pdf_typed_pothole_signature(a: Party, i: int) -> Case:
    """A typed complaint as a PDF with no block at the top: the pothole, the crash, the
    other car's plate and its driver's phone; the writer's lines under his signature at
    the foot (name, ID, home, phone, box)."""
    p = a.p
    _org, head, desk = agency(a)
    o_name, _, o_mob, o_plate = OTHERS[(i + 3) % 4]
    d = event_day(i + 17)
    paras: list[tuple[float, str]] = [(20, "เรื่อง ร้องเรียนหลุมบนถนนเป็นเหตุให้รถชนกัน"), (20, f"เรียน {head}"), (0, ""),
             (30, f"เมื่อวันที่ {thai_day(d)} เวลา 18.50 น. บนถนนสายหลักหน้าตลาด มีหลุมขนาดใหญ่ไม่มีป้ายเตือน รถคันหน้าทะเบียน {o_plate} "
                  f"(ผู้ขับ {o_name} โทร {mobile(o_mob, i + 1)}) เบรกกะทันหันหลบหลุม รถของข้าพเจ้าชนท้าย"),
             (30, "ขอให้ซ่อมถนนโดยด่วน และขอภาพกล้องวงจรปิดช่วง 18.30-19.10 น. เพื่อใช้ยืนยันกับบริษัทประกัน"), (0, ""),
             (110, "ลงชื่อ ............................"), (105, f"({a.name})"),
             (20, f"ผู้ร้องเรียน: {a.name}  เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}"), (20, f"ที่อยู่: {home(a, i + 2)}"),
             (20, f"โทร: {tel(a, i)}" + (f"  อีเมล: {p.email}" if p.email else ""))]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, desk, "ร้องเรียนถนนเป็นหลุม เกิดอุบัติเหตุ", own_box(a), text="แนบหนังสือร้องเรียน\n",
                  files=(("complaint.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_pothole_signature", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_police_camera_list(a: Party, i: int) -> Case:
    """A police station's sheet of cameras wanted for a case: the head block (station,
    investigator, his mobile, the station's line), the victim's rows (name, ID, birth
    date), then the cameras with their time windows."""
    p = a.p
    _org, _head, desk = agency(a)
    st = STATIONS[p.province]
    rank, _, name, pos, mob, box = OFFICERS[p.province]
    d = event_day(i + 18)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการกล้อง"
        ws.append((f"รายการกล้องวงจรปิดที่ขอความอนุเคราะห์ คดีอาญาที่ {77 + i}/2569",))
        ws.append(("หน่วยงาน", st.name, "โทร", tel(st, i)))
        ws.append(("พนักงานสอบสวน", f"{rank}{name}", "ตำแหน่ง", pos))
        ws.append(("มือถือ", mobile(mob, i + 1), "อีเมล", box))
        ws.append(())
        ws.append(
            ("ผู้เสียหาย", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i), "วันเกิด", born_th(p.born, i))
        )
        ws.append(())
        ws.append(("ลำดับ", "จุดติดตั้งกล้อง", "วันที่", "เวลาเริ่ม", "เวลาสิ้นสุด"))
        for n, place in enumerate(("หน้าร้านสะดวกซื้อ", "สี่แยกไฟแดง", "ทางเข้าหมู่บ้าน")):
            ws.append(
                (n + 1, place, f"{d.day}/{d.month}/{d.year + 543}", f"0{2 + n}:00", f"0{3 + n}:30")
            )

    raw = message(i, desk, f"รายการกล้องวงจรปิด คดีอาญาที่ {77 + i}/2569", f"{name} <{box}>",
                  text="เรียน ศูนย์ CCTV\nแนบรายการกล้องที่ขอความอนุเคราะห์ครับ\n",
                  files=(("cameras.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_police_camera_list", raw, officer(a, box=box, place=False))


def xlsx_insurer_claim_sheet(a: Party, i: int) -> Case:
    """An insurer's claim sheet: claim and policy numbers, the insured's rows (name, ID,
    home, her own mobile), the surveyor's row, the third party's row (name, ID, phone,
    plate), the footage wanted."""
    p = a.p
    org, _head, desk = agency(a)
    comp, sv, sv_mob, sv_box, _centre = INSURERS[(i + 1) % 2]
    o_name, o_id, o_mob, o_plate = OTHERS[(i + 1) % 4]
    d = event_day(i + 19)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "claim"
        ws.append((comp,))
        ws.append(
            (
                "เลขที่เคลม",
                f"CL-69-{220410 + i}",
                "กรมธรรม์เลขที่",
                f"{'V' if i % 2 else 'MT'}{31007752 + i}",
            )
        )
        ws.append(())
        ws.append(("", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์", "ทะเบียนรถ"))
        ws.append(
            (
                "ผู้เอาประกันภัย",
                a.name,
                nid_w(p.nid, i),
                home(a, i),
                tel(a, i),
                f"{4 + i}กร {5810 + i} {p.province}",
            )
        )
        ws.append(("คู่กรณี", o_name, nid_w(o_id, i + 1), "", mobile(o_mob, i), o_plate))
        ws.append(("พนักงานสำรวจภัย", sv, "", "", mobile(sv_mob, i + 1), ""))
        ws.append(())
        ws.append(("วันเวลาเกิดเหตุ", f"{d.day:02d}/{d.month:02d}/{d.year + 543} 11:40"))
        ws.append(("ภาพกล้องที่ขอ", "กล้องหน้าตลาด ช่วง 11:20-12:00"))

    raw = message(i, desk, f"ขอภาพกล้องประกอบเคลม CL-69-{220410 + i}", f"{sv.split()[0][3:]} <{sv_box}>",
                  text=f"เรียน {org}\nบริษัทฯ ขอความอนุเคราะห์ภาพกล้องตามรายละเอียดในไฟล์แนบ\n{sv}\n{comp}\n",
                  files=(("claim.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_insurer_claim_sheet", raw, insured(a, NO_BIRTH, phone=True))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_crash_footage, (1, 6)),
    (plain_gmail_theft_footage, (3, 8)),
    (plain_wife_for_husband_icu, (0, 8)),
    (plain_police_investigator, (4, 9)),
    (plain_forwarded_by_leader, (7, 2)),
    (html_gmail_hit_run_table, (9, 4)),
    (html_outlook_insurer_surveyor, (2, 6)),
    (html_eservice_pothole_notice, (5, 1)),
    (html_gmail_garbage_truck_claim, (3, 0)),
    (html_reply_over_clerk, (4, 7)),
    (docx_cctv_form_tables, (6, 1)),
    (docx_police_station_letter, (0, 7)),
    (docx_lawyer_for_victim, (2, 5)),
    (docx_tree_fell_claim, (9, 3)),
    (pdf_fillable_cctv_request, (8, 4)),
    (pdf_typed_streetlight_fall, (1, 7)),
    (pdf_typed_son_for_mother, (2, 7)),
    (pdf_typed_pothole_signature, (6, 5)),
    (xlsx_police_camera_list, (3, 6)),
    (xlsx_insurer_claim_sheet, (9, 0)),
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
