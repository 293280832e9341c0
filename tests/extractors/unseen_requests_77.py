"""A seventy-seventh set of requests written by someone who had not read the readers (issue 8):
DAMAGE CLAIMS, AND LETTERS WRITTEN BY PROFESSIONALS FOR CITIZENS, to เทศบาลนครเชียงใหม่,
เทศบาลเมืองลำพูน and อบต.สันผักหวาน (อำเภอหางดง). Citizens claim compensation from the
local government: a car damaged by a pothole or by a falling roadside tree, a motorbike fall
on an unlit road, a house flooded by a blocked municipal drain, a shop front damaged by the
city's roadworks. And the people who write for them: a lawyer (ทนายความ, his licence
ใบอนุญาตเลขที่, his office's letterhead, line, mobile, box, "ในฐานะทนายความผู้รับมอบอำนาจ
ของ..."), an insurance company claiming back what it paid (รับช่วงสิทธิ์: its claim and
policy numbers, its juristic ID, its head office, a claims officer's name, direct line and
box), a garage's repair estimate (its own tax ID, phone, address), a police daily-report
extract (ลงบันทึกประจำวัน ข้อ/เลขที่, the officer's rank and name), witnesses (names,
phones, one ID), vehicle plates (กข 1234 เชียงใหม่), engine and chassis numbers, amounts in
baht, the event's date beside the birth date.
Kinds: plain (phone mail apps, webmail, a reply to the city's mail), HTML (Gmail, Outlook
with an insurer's disclaimer, a law firm's signature table, the city's e-service
notification), Word (a lawyer's letter on letterhead, the claim form as a table, an
insurer's formal letter, a หนังสือมอบอำนาจ to the lawyer), PDF (fillable claim forms,
typed letters, a letter with the garage's estimate), xlsx (an itemised damage sheet, an
insurer's claim sheet, a lawyer's claim summary).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the builders and tests of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks), set 37 (where only another's phone is given for the
call-back, phone `()`), set 63 (the applicant is the one the request is FOR, never the one
who sends it for them). So here THE APPLICANT IS ALWAYS THE INJURED CITIZEN whose car,
motorbike, body, house or shop was damaged:
- she writes herself: her name, ID, birth date, mobile, box, home (all hers);
- a LAWYER writes for her: the client (ลูกความ, ผู้เสียหาย, ผู้มอบอำนาจ). The lawyer's name,
  licence number, office address, office line, mobile and box are never hers; her phone
  and e-mail `()` where only the lawyer's appear (no value, or a flagged one, is right);
  where the lawyer gives the client's own mobile ("ติดต่อลูกความได้ที่"), that is her phone;
- an INSURER claims back in its own name what it paid (รับช่วงสิทธิ์ under ป.พ.พ. มาตรา
  880). RULING: the applicant is still the insured citizen (ผู้เอาประกันภัย) whose car was
  damaged, never the company and never its officer: her name as the insurer writes it;
  her ID where the insurer writes it, else `()`; her home where written; her phone and
  e-mail `()` unless her own are written (the claims officer's direct line, the company's
  call centre, its box, its head office, its 13-digit juristic ID are never hers);
- a form with a ผู้เสียหาย section and a ผู้ยื่นแทน section: the ผู้เสียหาย's.
Address: where the applicant lives (house number to the อำเภอ, with or without
เลขที่/บ้านเลขที่, with or without province and postal code); never the place of the event
(the road, the pothole, the tree, the soi), never the shop where it stands apart from her
home, never the garage's, the lawyer's office, the insurer's head office, the police
station. Province and postal code of that home.
Lookalikes that must NOT be taken: the company's juristic ID and the garage's tax ID (13
digits with a valid check digit), a witness's ID, the lawyer's licence number, claim and
policy numbers, the daily-report number, plates, engine and chassis numbers, amounts; the
witnesses', the garage's, the officer's, the lawyer's and the insurer's phones; the event's
date, the report's date, a witness's birth date are never the applicant's birth date.
Birth date ISO, only where the applicant's own is given (keys without it otherwise).
Everyone, every firm and number is invented (13-digit numbers made with with_check_digit);
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
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

CM = "เชียงใหม่"
LP = "ลำพูน"

# The injured citizens (the applicants).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "จันทร์เพ็ญ", "อินต๊ะวงศ์", "350010042718", date(1971, 5, 14), "0817061523", "janpen.in@gmail.com",
      "112", "", "", "ช้างคลาน", "ช้างคลาน", "เมืองเชียงใหม่", CM, "50100"),
    P("นาย", "ณรงค์ฤทธิ์", "ปัญญาดี", "350990017345", date(1985, 9, 2), "0896331740", "narongrit.pd@hotmail.com",
      "45/3", "", "", "มูลเมือง", "ศรีภูมิ", "เมืองเชียงใหม่", CM, "50200"),
    P("นางสาว", "ศิริลักษณ์", "กาวิละ", "350020066129", date(1996, 2, 21), "0624517836", "sirilak.kw@gmail.com",
      "9/1", "", "นิมมานเหมินท์ 13", "นิมมานเหมินท์", "สุเทพ", "เมืองเชียงใหม่", CM, "50200"),
    P("นาย", "บุญเรือง", "ใจคำ", "351010023564", date(1962, 11, 8), "0851224697", "",
      "77", "4", "", "", "ต้นธง", "เมืองลำพูน", LP, "51000"),
    P("นาง", "ทองใบ", "สุริยะ", "351010058831", date(1958, 3, 27), "0869045512", "thongbai.s@yahoo.com",
      "15", "", "", "อินทยงยศ", "ในเมือง", "เมืองลำพูน", LP, "51000"),
    P("นาย", "ธีรวัฒน์", "คำมูล", "350150031276", date(1990, 7, 19), "0938862014", "teerawat.km@gmail.com",
      "128/4", "6", "", "", "สันผักหวาน", "หางดง", CM, "50230"),
    P("นางสาว", "ปวีณ์ธิดา", "ศรีวิชัย", "350150074402", date(1999, 12, 3), "0657719024", "paweetida.sw@gmail.com",
      "33", "2", "", "", "สันผักหวาน", "หางดง", CM, "50230"),
    P("นาย", "สมศักดิ์", "วงศ์ษา", "350010088517", date(1968, 1, 30), "0814457208", "somsak.ws@gmail.com",
      "204", "", "", "วัวลาย", "หายยา", "เมืองเชียงใหม่", CM, "50100"),
    P("นาง", "อรุณี", "ตาคำ", "351010040953", date(1975, 8, 11), "0847712369", "arunee.tk@hotmail.com",
      "56/2", "3", "", "", "เหมืองง่า", "เมืองลำพูน", LP, "51000"),
    P("นาย", "ประเสริฐ", "มณีวรรณ", "350010012684", date(1955, 4, 5), "0812098854", "prasert.mw@gmail.com",
      "18", "", "", "ช้างเผือก", "ช้างเผือก", "เมืองเชียงใหม่", CM, "50300"),
)  # fmt: skip

# Lawyers: name, licence, office (letterhead), office line, mobile, box.
LAWYERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นายวรพจน์ ชัยมงคล", "8812/2549",
     "สำนักงานวรพจน์ทนายความ 59/8 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200",
     "053-221-784", "081-883-2047", "worapot.law@gmail.com"),
    ("นางสาวกนกวรรณ ธนสาร", "4419/2558",
     "กนกวรรณ ลอว์ ออฟฟิศ 210/3 ถนนเชียงใหม่-ลำพูน ตำบลหนองหอย อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000",
     "053-112-609", "089-554-1183", "kanokwan@kw-law.example.co.th"),
)  # fmt: skip

# Insurers: name, juristic ID, head office, call centre, claims officer, direct line, box, web.
INSURERS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("บริษัท ล้านนาประกันภัย จำกัด (มหาชน)", with_check_digit("010753700128"),
     "999 อาคารล้านนาทาวเวอร์ ชั้น 12 ถนนรัชดาภิเษก แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400",
     "1726", "นายชัยวัฒน์ พรหมมา", "02-641-5538", "chaiwat.p@lannains.example.co.th"),
    ("บริษัท สยามเซฟตี้ประกันภัย จำกัด", with_check_digit("010553600419"),
     "88/12 ถนนซุปเปอร์ไฮเวย์เชียงใหม่-ลำปาง ตำบลวัดเกต อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000",
     "053-240-100", "นางสาวพัชราภรณ์ แก้วเรือน", "053-240-187", "patcharaporn.k@siamsafety.example.co.th"),
)  # fmt: skip

# Garages: name, tax ID, phone, address.
GARAGES: tuple[tuple[str, str, str, str], ...] = (
    ("อู่ช่างเอกเซอร์วิส", with_check_digit("350556100237"), "053-850-441",
     "88 หมู่ที่ 5 ตำบลหนองหอย อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000"),
    ("ห้างหุ้นส่วนจำกัด ลำพูนการช่างยนต์", with_check_digit("051355900184"), "053-511-276",
     "140 ถนนจามเทวี ตำบลเวียงยอง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"),
)  # fmt: skip

# Witnesses: name, mobile, ID, birth date.
WITNESSES: tuple[tuple[str, str, str, date], ...] = (
    ("นายเอกชัย ดวงแก้ว", "0863347125", with_check_digit("350010097761"), date(1980, 6, 9)),
    ("นางสาวสุดารัตน์ บุญมา", "0951184730", with_check_digit("351010061147"), date(1993, 10, 17)),
)


def agency(a: Party) -> tuple[str, str, str, str]:
    """The local government where she claims: its name, its head's title, its box, its
    police station."""
    p = a.p
    if p.province == LP:
        return ("เทศบาลเมืองลำพูน", "นายกเทศมนตรีเมืองลำพูน", "saraban@lamphuncity.example.go.th",
                "สถานีตำรวจภูธรเมืองลำพูน")  # fmt: skip
    if p.amphoe == "หางดง":
        return ("องค์การบริหารส่วนตำบลสันผักหวาน", "นายกองค์การบริหารส่วนตำบลสันผักหวาน",
                "saraban@sanphakwan.example.go.th", "สถานีตำรวจภูธรหางดง")  # fmt: skip
    return ("เทศบาลนครเชียงใหม่", "นายกเทศมนตรีนครเชียงใหม่", "saraban@cmcity.example.go.th",
            "สถานีตำรวจภูธรเมืองเชียงใหม่")  # fmt: skip


OFFICERS = ("ร.ต.อ.สุรพล ทาแก้ว", "ด.ต.อนันต์ ปัญญาวงค์", "ร.ต.ท.วิทยา สิทธิกัน")


def plate(a: Party, i: int, bike: bool = False) -> str:
    prov = a.p.province
    if bike:
        return f"{('1กข', '2ขค', 'กฉ')[i % 3]} {183 + 41 * i} {prov}"
    return f"{('กข', '1กท', 'ขจ', '2ฒพ')[i % 4]} {1234 + 97 * i} {prov}"


def engine(i: int) -> str:
    return f"2GD-C{5128840 + 313 * i}"


def chassis(i: int) -> str:
    return f"MR0HA3CD{100712 + 29 * i:06d}"


def event(i: int) -> date:
    return date(2026, 10, 2 + i % 26)


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def report_no(i: int) -> str:
    return f"ข้อ {11 + i} ลงวันที่ {thai_day(event(i))} (ประจำวัน เลขที่ {1420 + 7 * i}/2569)"


def baht(n: int) -> str:
    return f"{n:,}"


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 3 + n % 20, 1 + n % 11, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set77-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply-user@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


# --- what a clerk keeps ----------------------------------------------------------------------

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """She writes herself: all hers (no e-mail scored where she has none)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_client(a: Party, keys: str, *, her_phone: bool = False) -> dict[str, tuple[str, ...]]:
    """A lawyer writes for her: hers, but phone and e-mail `()` (only the lawyer's appear),
    her phone where the lawyer gives it."""
    e = exp(a, keys)
    if not her_phone:
        e["phone"] = ()
    e["email"] = ()
    return e


def insured(
    a: Party, keys: str, *, with_id: bool, her_phone: bool = False
) -> dict[str, tuple[str, ...]]:
    """An insurer claims back (the RULING): the insured citizen; her ID only where written;
    phone and e-mail `()` unless her own are written."""
    e = for_client(a, keys, her_phone=her_phone)
    if not with_id:
        e["national_id"] = ()
    return e


WHO: dict[str, str] = {
    "plain_pothole_car_phone": "the car's owner who writes; never the witness, garage, officer",
    "plain_lawyer_motorbike_unlit": "the client (rider); never the lawyer (licence, office, line, box)",
    "plain_insurer_subrogation_tree": "the insured (ruling); never the company, its ID, its officer",
    "plain_reply_flood_drain": "the house owner who replies; never the city's engineer quoted",
    "html_gmail_shopfront_roadworks": "the shop's owner; her home, never the shop's place or the contractor",
    "html_outlook_insurer_claim": "the insured (ruling), her ID written; never the officer, head office",
    "html_lawfirm_signature_client": "the client, her mobile given; never the firm's signature table",
    "html_eservice_claim_notice": "the claimant in the e-service's rows; never the witness rows",
    "docx_lawyer_letterhead_claim": "the client (ลูกความ); never the letterhead or the lawyer",
    "docx_claim_form_table": "the ผู้ยื่นคำร้อง rows; never the vehicle, witness or police rows",
    "docx_insurer_subrogation_letter": "the insured (ruling), her ID written; never the company's letter head",
    "docx_poa_to_lawyer": "the ผู้มอบอำนาจ; never the lawyer (ผู้รับมอบอำนาจ)",
    "pdf_fillable_claim_form": "the ผู้ร้อง's fields; never the witness or vehicle fields",
    "pdf_fillable_victim_and_agent": "the victim_* section; never the agent_* (insurer) section",
    "pdf_typed_citizen_letter": "the writer (the rider); never the police extract's officer or witness",
    "pdf_typed_lawyer_letter": "the client; never the lawyer's letterhead",
    "pdf_typed_letter_garage_estimate": "the car's owner; never the garage's estimate head",
    "xlsx_damage_itemised": "the claimant's head block; never the items, garage or witness rows",
    "xlsx_insurer_claim_sheet": "the insured's row (ruling), ID written; never the company's head block",
    "xlsx_lawyer_claim_summary": "the client's rows, her mobile given; never the lawyer or witness rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_pothole_car_phone(a: Party, i: int) -> Case:
    """She writes from her phone: her car fell into a pothole; plate, garage estimate,
    a witness's name and phone, the police daily report and officer."""
    p = a.p
    ag, head, desk, police = agency(a)
    g = GARAGES[i % 2]
    w = WITNESSES[i % 2]
    text = (
        f"เรียน {head}\n\n{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} "
        f"ที่อยู่ {home(a, i)} โทร {tel(a, i)}\n\n"
        f"เมื่อวันที่ {thai_day(event(i))} เวลาประมาณ 19.30 น. {me(a)}ขับรถยนต์ทะเบียน {plate(a, i)} "
        f"ตกหลุมบนถนนสายรอบคูเมือง หน้าร้านสะดวกซื้อ ซึ่งไม่มีป้ายเตือน ทำให้ล้อแม็กและยางหน้าซ้ายเสียหาย ช่วงล่างคด\n"
        f"ได้แจ้งความไว้ที่{police} ลงบันทึกประจำวัน{report_no(i)} ร้อยเวรคือ {OFFICERS[i % 3]}\n"
        f"พยานที่เห็นเหตุการณ์ {w[0]} โทร {mobile(w[1], i + 1)}\n"
        f"{g[0]} ประเมินค่าซ่อม {baht(18450 + 310 * i)} บาท (เลขประจำตัวผู้เสียภาษีของอู่ {g[1]} โทร {g[2]})\n\n"
        f"จึงขอให้{ag}พิจารณาชดใช้ค่าเสียหายด้วย{ending(a)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอค่าเสียหาย รถตกหลุมถนน", own_box(a), desk, text=text)
    return Case("plain_pothole_car_phone", raw, own(a, ALL))


def plain_lawyer_motorbike_unlit(a: Party, i: int) -> Case:
    """A lawyer's mail body: his client fell off her motorbike on an unlit road; the
    client's ID, birth date and home; hospital bills; his licence, office, line, mobile."""
    p = a.p
    ag, head, desk, police = agency(a)
    law, lic, office, line, mob, box = LAWYERS[i % 2]
    text = (
        f"เรียน {head}\n\nข้าพเจ้า {law} ทนายความ ใบอนุญาตเลขที่ {lic} ในฐานะทนายความผู้รับมอบอำนาจของ "
        f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} "
        f"อยู่บ้านเลขที่ {home(a, i + 1)} (ผู้เสียหาย)\n\n"
        f"เมื่อวันที่ {thai_day(event(i))} เวลา 21.10 น. ผู้เสียหายขับรถจักรยานยนต์ทะเบียน {plate(a, i, bike=True)} "
        f"บนถนนในเขตความรับผิดชอบของ{ag} ซึ่งไฟฟ้าส่องสว่างดับทั้งช่วงมากว่าหนึ่งเดือน แม้มีผู้ร้องเรียนแล้ว "
        f"ทำให้ผู้เสียหายล้มลงกระดูกข้อมือหัก ต้องรักษาตัวที่โรงพยาบาลนครพิงค์ 5 วัน "
        f"ได้ลงบันทึกประจำวันไว้ที่{police} {report_no(i)}\n\n"
        f"ค่ารักษาพยาบาล {baht(42730 + 150 * i)} บาท ค่าซ่อมรถ {baht(6800 + 50 * i)} บาท ขาดรายได้ {baht(15000)} บาท "
        "รวม " + baht(42730 + 150 * i + 6800 + 50 * i + 15000) + " บาท จึงขอให้ชดใช้ภายใน 30 วัน\n\n"
        f"ขอแสดงความนับถือ\n{law}\nทนายความ ใบอนุญาตเลขที่ {lic}\n{office}\nโทร {line} มือถือ {mob}\n{box}\n"
    )
    raw = message(i, f"ขอให้ชดใช้ค่าเสียหาย ({a.name})", f"{law} <{box}>", desk, text=text)
    return Case("plain_lawyer_motorbike_unlit", raw, for_client(a, ALL))


def plain_insurer_subrogation_tree(a: Party, i: int) -> Case:
    """A claims officer's plain mail: a roadside tree fell on the insured's car; the
    company paid and claims back in its own name; the insured's name and home, claim
    and policy numbers, the company's juristic ID, the officer's direct line."""
    ag, head, desk, _ = agency(a)
    co, jid, hq, cc, off, direct, obox = INSURERS[i % 2]
    paid = 64500 + 1250 * i
    text = (
        f"เรียน {head}\n\n"
        f"{co} (ทะเบียนนิติบุคคลเลขที่ {jid}) ผู้รับประกันภัยรถยนต์ทะเบียน {plate(a, i)} "
        f"ตามกรมธรรม์เลขที่ VMI-{2569}-{418830 + i} ของผู้เอาประกันภัย คือ {a.name} "
        f"ที่อยู่ {home(a, i + 2)}\n\n"
        f"เมื่อวันที่ {thai_day(event(i))} ต้นไม้ริมถนนในความดูแลของ{ag}หักโค่นทับรถคันดังกล่าวขณะจอดอยู่ "
        f"บริษัทฯ ได้ชดใช้ค่าซ่อมแก่ผู้เอาประกันภัยไปแล้ว {baht(paid)} บาท (เคลมเลขที่ CL{690 + i:04d}-{77120 + i}) "
        "จึงเข้ารับช่วงสิทธิ์ตาม ป.พ.พ. มาตรา 880 และขอให้ท่านชดใช้เงินจำนวนดังกล่าวแก่บริษัทฯ\n\n"
        f"รายละเอียดเพิ่มเติม ติดต่อ {off} เจ้าหน้าที่สินไหมรับช่วง โทรสายตรง {direct} อีเมล {obox} "
        f"หรือศูนย์บริการลูกค้า {cc}\n\n{off}\nฝ่ายสินไหมทดแทน (รับช่วงสิทธิ์)\n{co}\n{hq}\n"
    )
    raw = message(i, f"ขอให้ชดใช้ค่าสินไหมทดแทน (รับช่วงสิทธิ์) เคลมเลขที่ CL{690 + i:04d}-{77120 + i}",
                  f"{off} <{obox}>", desk, text=text)  # fmt: skip
    return Case("plain_insurer_subrogation_tree", raw, insured(a, NO_BIRTH, with_id=False))


def plain_reply_flood_drain(a: Party, i: int) -> Case:
    """She replies to the city's engineer, who asked for more details of her claim for a
    house flooded by a blocked drain: his quoted mail (his name, line and extension)
    below her answers (ID, birth date, home, phone), a neighbour as witness."""
    p = a.p
    ag, _, desk, _ = agency(a)
    w = WITNESSES[(i + 1) % 2]
    text = (
        f"เรียน คุณวิโรจน์\n\nส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}\n"
        f"ชื่อผู้ร้อง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nวันเดือนปีเกิด {born_th(p.born, i + 2)}\n"
        f"บ้านที่ถูกน้ำท่วม (บ้านที่อยู่อาศัย) {home(a, i)}\nโทรศัพท์ {tel(a, i + 1)}\n"
        f"ความเสียหาย: ตู้เย็น เครื่องซักผ้า โซฟา พื้นไม้ลามิเนต รวม {baht(37900 + 400 * i)} บาท (แนบรูปและใบเสร็จ)\n"
        f"เพื่อนบ้านที่เห็นท่อระบายน้ำหน้าบ้านอุดตันมาตั้งแต่เดือนกันยายน {w[0]} โทร {mobile(w[1], i)}\n\n"
        f"ขอบคุณ{ending(a)}\n{a.p.first}\n\n"
        f"On {3 + i % 20} Nov 2026, at 10:15, กองช่าง {ag} <{desk}> wrote:\n"
        f"> เรียน คุณ{p.first}\n>\n> ตามที่ท่านยื่นคำร้องขอค่าเสียหายจากน้ำท่วมบ้าน เมื่อวันที่ {thai_day(event(i))} "
        "กรุณาส่งสำเนาบัตรประชาชน วันเดือนปีเกิด ที่อยู่ และรายการทรัพย์สินที่เสียหาย\n>\n"
        f"> นายวิโรจน์ ปัญญาคำ\n> นายช่างโยธาชำนาญงาน กองช่าง\n> โทร 053-259-0{10 + i} ต่อ 214\n"
    )
    raw = message(i, "Re: คำร้องขอค่าเสียหายน้ำท่วมบ้าน ท่อระบายน้ำอุดตัน", own_box(a), desk, text=text)
    return Case("plain_reply_flood_drain", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_shopfront_roadworks(a: Party, i: int) -> Case:
    """A shop's owner's Gmail: the city's contractor broke her shop's glass front and sign;
    a table of damages; the shop stands on another road than her home; the
    contractor's name and tax ID."""
    p = a.p
    ag, head, desk, _ = agency(a)
    shop = ("ร้านกาแฟบ้านปิง 7 ถนนราชดำเนิน ตำบลศรีภูมิ", "ร้านผ้าฝ้ายทองใบ 31 ถนนรอบเมืองใน ตำบลในเมือง")[
        i % 2
    ]
    rows = [("กระจกบานหน้าร้าน", 24500 + 100 * i), ("ป้ายชื่อร้าน", 8900), ("ขาดรายได้ 5 วัน", 12500)]
    t = "".join(
        f"<tr><td>{x}</td><td style='text-align:right'>{baht(y)}</td></tr>" for x, y in rows
    )
    html = (
        f'<div dir="ltr"><div>เรียน {head}</div><br>'
        f"<div>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ที่อยู่ {home(a, i + 1)} "
        f"เป็นเจ้าของ{shop} ขอยื่นคำร้องขอค่าเสียหาย</div><br>"
        f"<div>เมื่อวันที่ {thai_day(event(i))} รถแบ็คโฮของผู้รับจ้างงานปรับปรุงท่อระบายน้ำของ{ag} "
        f"(ห้างหุ้นส่วนจำกัด ภูพิงค์โยธา เลขประจำตัวผู้เสียภาษี {with_check_digit('050355800' + str(612 + i))}) "
        "เหวี่ยงชนหน้าร้านจนกระจกแตกและป้ายหลุด ความเสียหายดังนี้</div>"
        f"<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>รายการ</th><th>บาท</th></tr>{t}</table><br>"
        f"<div>ติดต่อ{me(a)}ได้ที่ {tel(a, i + 2)}{ending(a)}</div><br>"
        f"<div>ขอแสดงความนับถือ</div><div>{a.name}</div></div>\n"
    )
    raw = message(i, "ขอค่าเสียหาย หน้าร้านเสียหายจากงานก่อสร้างท่อระบายน้ำ", own_box(a), desk, html=html)
    return Case("html_gmail_shopfront_roadworks", raw, own(a, NO_BIRTH))


def html_outlook_insurer_claim(a: Party, i: int) -> Case:
    """An insurer's Outlook mail claiming back (รับช่วงสิทธิ์) the repair of the insured's
    car hit by the city's refuse truck: the insured's name, ID and home; the company's
    juristic ID, head office, officer's direct line; a disclaimer."""
    p = a.p
    ag, head, desk, _ = agency(a)
    co, jid, hq, cc, off, direct, obox = INSURERS[(i + 1) % 2]
    paras = [f"เรียน {head}", "",
             f"ตามที่รถยนต์ของ{ag} (รถบรรทุกขยะ ทะเบียน 81-{4410 + i} {p.province}) ได้ชนท้ายรถยนต์ทะเบียน {plate(a, i + 1)} "
             f"เมื่อวันที่ {thai_day(event(i))} ซึ่งเอาประกันภัยไว้กับบริษัทฯ ตามกรมธรรม์เลขที่ 2569-{i + 1:02d}-5521{i}",
             f"ผู้เอาประกันภัย: {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ที่อยู่ {home(a, i)}",
             f"เลขที่เคลม: SS-CL-{20261100 + i} / ค่าซ่อมที่บริษัทฯ จ่ายแล้ว {baht(88240 + 500 * i)} บาท", "",
             "บริษัทฯ ในฐานะผู้รับช่วงสิทธิ์ จึงขอให้ท่านชดใช้ค่าเสียหายดังกล่าว รายละเอียดตามเอกสารแนบ", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{off}</b><br>เจ้าหน้าที่สินไหมรับช่วงสิทธิ์<br>{co}<br>'
           f"ทะเบียนนิติบุคคลเลขที่ {jid}<br>{hq}<br>Direct: {direct} | Call Center {cc}<br>"
           f'<a href="mailto:{obox}">{obox}</a></p>'
           '<p class="MsoNormal"><span style="font-size:8pt;color:gray">ข้อความนี้อาจมีข้อมูลที่เป็นความลับ '
           "หากท่านไม่ใช่ผู้รับที่ถูกต้อง โปรดแจ้งผู้ส่งและลบข้อความนี้ทันที</span></p>")  # fmt: skip
    raw = message(i, f"ขอให้ชดใช้ค่าสินไหมทดแทน (รับช่วงสิทธิ์) ผู้เอาประกันภัย {a.name}", f"{off} <{obox}>", desk,
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_insurer_claim", raw, insured(a, NO_BIRTH, with_id=True))


def html_lawfirm_signature_client(a: Party, i: int) -> Case:
    """A law firm's mail for a client whose car was crushed by a falling tree: the client's
    details in paragraphs, her own mobile for the inspection; the firm's signature table."""
    p = a.p
    ag, head, desk, _ = agency(a)
    law, lic, office, line, mob, box = LAWYERS[(i + 1) % 2]
    w = WITNESSES[i % 2]
    body = (
        f"<p>เรียน {head}</p><p>สำนักงานฯ ในฐานะทนายความผู้รับมอบอำนาจของ {a.name} "
        f"(เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}) อยู่บ้านเลขที่ {home(a, i + 1)} "
        f"ขอแจ้งว่าเมื่อวันที่ {thai_day(event(i))} ต้นจามจุรีในที่สาธารณะของ{ag}หักโค่นทับรถยนต์ทะเบียน {plate(a, i)} "
        f"(เลขเครื่องยนต์ {engine(i)} เลขตัวถัง {chassis(i)}) เสียหายทั้งคัน ทั้งที่ลูกความเคยร้องเรียนให้ตัดแต่งแล้ว</p>"
        f"<p>พยาน: {w[0]} โทร {mobile(w[1], i)}</p>"
        f"<p>หากเจ้าหน้าที่ประสงค์จะตรวจสภาพรถ ติดต่อลูกความได้โดยตรงที่ {tel(a, i)}</p>"
        "<p>จึงขอให้ชดใช้ค่าเสียหายตามใบเสนอราคาที่แนบ</p>"
    )
    sig = (
        '<table cellpadding="0" cellspacing="0" style="font-family:Tahoma;font-size:12px"><tr>'
        '<td style="padding-right:12px;border-right:2px solid #7a1f1f"><img src="cid:logo@law" width="70" alt="LAW"></td>'
        f'<td style="padding-left:12px"><b>{law}</b><br>ทนายความ ใบอนุญาตเลขที่ {lic}<br>{office}<br>'
        f'T: {line} &nbsp; M: {mob}<br><a href="mailto:{box}">{box}</a></td></tr></table>'
    )
    html = f'<html><body style="font-family:Tahoma">{body}<br>{sig}</body></html>\n'
    raw = message(i, "ขอให้ชดใช้ค่าเสียหาย ต้นไม้ล้มทับรถ (ทนายความ)", f"{law} <{box}>", desk, html=html)
    return Case("html_lawfirm_signature_client", raw, for_client(a, NO_BIRTH, her_phone=True))


def html_eservice_claim_notice(a: Party, i: int) -> Case:
    """The city's e-service mails the desk what a citizen typed in its claim form: her
    rows, then the event's rows (date, place, plate), then a witness's rows."""
    p = a.p
    ag, _, desk, police = agency(a)
    w = WITNESSES[(i + 1) % 2]
    rows = [("ข้อมูลผู้ยื่นคำร้อง", ""), ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเกิด", born_th(p.born, i)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email or "-"),
            ("ที่อยู่", home(a, i + 2)),
            ("ข้อมูลเหตุการณ์", ""), ("ประเภท", "ทรัพย์สินเสียหายจากถนนชำรุด"), ("วันที่เกิดเหตุ", f"{event(i):%d/%m}/{event(i).year + 543}"),
            ("สถานที่เกิดเหตุ", "ถนนสายหลังมหาวิทยาลัย ใกล้สะพาน"), ("ทะเบียนรถ", plate(a, i + 2)),
            ("เลขที่ประจำวัน", f"{1420 + 7 * i}/2569 ({police})"), ("จำนวนเงินที่ขอ", f"{baht(12600 + 90 * i)} บาท"),
            ("พยาน", ""), ("ชื่อพยาน", w[0]), ("เบอร์โทรพยาน", mobile(w[1], i + 1)), ("วันเกิดพยาน", born_th(w[3], i))]  # fmt: skip
    t = "".join(f"<tr><td style='width:180px'>{x}</td><td>{y}</td></tr>" if y
                else f"<tr><td colspan='2' style='background:#d9e2f3'><b>{x}</b></td></tr>" for x, y in rows)  # fmt: skip
    html = (f"<html><body><h3>{ag} - ระบบรับคำร้องออนไลน์</h3><p>มีคำร้องขอรับค่าเสียหายใหม่ เลขที่รับ EC{2569}{i + 301:05d}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4'>{t}</table>"
            "<p style='color:#888'>อีเมลฉบับนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[e-Service] คำร้องขอรับค่าเสียหาย EC{2569}{i + 301:05d}", f"e-Service <noreply@{desk.split('@')[1]}>",
                  desk, html=html)  # fmt: skip
    e = own(a, ALL)
    if not p.email:
        e["email"] = ()
    return Case("html_eservice_claim_notice", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_lawyer_letterhead_claim(a: Party, i: int) -> Case:
    """A lawyer's letter on letterhead (the page header: office, line, box, licence): a
    demand for a flooded house; the client (ลูกความ) with ID, birth date, home."""
    p = a.p
    ag, head, desk, _ = agency(a)
    law, lic, office, line, mob, box = LAWYERS[i % 2]

    def build(d: Any) -> None:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = f"{office}\nโทร {line}  อีเมล {box}"
        d.add_paragraph(f"ที่ วพ.{41 + i}/2569\t\t\t{9 + i % 18} พฤศจิกายน 2569")
        d.add_paragraph(
            f"เรื่อง ขอให้ชดใช้ค่าเสียหาย\nเรียน {head}\nสิ่งที่ส่งมาด้วย 1. หนังสือมอบอำนาจ 2. ภาพถ่าย 3. ใบเสร็จ"
        )
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {law} ทนายความ ใบอนุญาตให้เป็นทนายความเลขที่ {lic} ในฐานะทนายความผู้รับมอบอำนาจของ "
            f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} (ลูกความ)"
        )
        d.add_paragraph(
            f"เมื่อวันที่ {thai_day(event(i))} เกิดฝนตกหนัก ท่อระบายน้ำสาธารณะหน้าบ้านลูกความซึ่งอยู่ในความดูแลของ{ag} "
            "อุดตันเพราะไม่ได้รับการลอกมาเป็นเวลานาน น้ำจึงไหลท่วมเข้าบ้านลูกความสูงประมาณ 60 เซนติเมตร "
            f"ทรัพย์สินเสียหายรวม {baht(96300 + 700 * i)} บาท"
        )
        d.add_paragraph(
            "จึงขอให้ท่านชดใช้ค่าเสียหายภายใน 30 วัน นับแต่ได้รับหนังสือฉบับนี้ มิฉะนั้นลูกความจำเป็นต้องดำเนินคดีต่อไป"
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({law})\nทนายความผู้รับมอบอำนาจ\nมือถือ {mob}")

    raw = message(i, "หนังสือขอให้ชดใช้ค่าเสียหาย (น้ำท่วมบ้าน)", f"{law} <{box}>", desk,
                  text=f"เรียน {ag}\nแนบหนังสือขอให้ชดใช้ค่าเสียหายมาพร้อมนี้\n",
                  files=(("หนังสือทวงถาม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lawyer_letterhead_claim", raw, for_client(a, ALL))


def table_rows(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for x, y in rows:
        cells = t.add_row().cells
        cells[0].text = x
        cells[1].text = y


def docx_claim_form_table(a: Party, i: int) -> Case:
    """The city's คำร้องขอรับค่าสินไหมทดแทน filled in Word: a two-column table with the
    ผู้ยื่นคำร้อง's rows, the vehicle's (plate, engine, chassis), the police's and the
    witness's (his ID and phone)."""
    p = a.p
    ag, _, desk, police = agency(a)
    w = WITNESSES[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องขอรับค่าสินไหมทดแทน\n{ag}")
        d.add_paragraph("ส่วนที่ 1 ผู้ยื่นคำร้อง")
        table_rows(d, [("ชื่อ - สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
                       ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("ที่อยู่", home(a, i)),
                       ("โทรศัพท์", tel(a, i + 1)), ("อีเมล", p.email or "-")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ทรัพย์สินที่เสียหาย")
        table_rows(d, [("ทะเบียนรถ", plate(a, i + 3)), ("ยี่ห้อ/รุ่น", "TOYOTA HILUX REVO"),
                       ("เลขเครื่องยนต์", engine(i)), ("เลขตัวถัง", chassis(i)),
                       ("วันที่เกิดเหตุ", thai_day(event(i))), ("สาเหตุ", "ฝาท่อระบายน้ำชำรุดยุบตัว ล้อหน้าตกลงไป"),
                       ("ค่าเสียหาย", f"{baht(23150 + 120 * i)} บาท")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 3 การแจ้งความและพยาน")
        table_rows(d, [("สถานีตำรวจ", police), ("บันทึกประจำวัน", report_no(i)), ("พนักงานสอบสวน", OFFICERS[(i + 1) % 3]),
                       ("ชื่อพยาน", w[0]), ("เลขประจำตัวประชาชนพยาน", nid_w(w[2], i)), ("โทรศัพท์พยาน", mobile(w[1], i))])  # fmt: skip
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ยื่นคำร้อง\n({a.name})\nวันที่ {5 + i % 20} พฤศจิกายน 2569"
        )

    raw = message(i, "ส่งแบบคำร้องขอรับค่าสินไหมทดแทน", own_box(a), desk,
                  text=f"เรียน {ag}\nส่งแบบคำร้องที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำร้องค่าสินไหม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, ALL)
    return Case("docx_claim_form_table", raw, e)


def docx_insurer_subrogation_letter(a: Party, i: int) -> Case:
    """An insurer's formal letter (ที่ ..., เรื่อง ขอให้ชดใช้ค่าสินไหมทดแทน): its head with
    juristic ID and office, the insured's name, ID and home, the policy and claim, signed
    by the claims manager with his direct line and box."""
    p = a.p
    ag, head, desk, _ = agency(a)
    co, jid, hq, cc, off, direct, obox = INSURERS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"{co}\n{hq}\nทะเบียนเลขที่ {jid}  โทร {cc}")
        d.add_paragraph(f"ที่ สร.{7700 + i}/2569\t\t\t{12 + i % 15} พฤศจิกายน 2569")
        d.add_paragraph(f"เรื่อง ขอให้ชดใช้ค่าสินไหมทดแทน (รับช่วงสิทธิ์)\nเรียน {head}")
        d.add_paragraph(
            f"ด้วยบริษัทฯ เป็นผู้รับประกันภัยรถยนต์ทะเบียน {plate(a, i)} เลขตัวถัง {chassis(i)} "
            f"ตามกรมธรรม์ประกันภัยเลขที่ {880120 + i}/2569 ซึ่งมี {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} เป็นผู้เอาประกันภัย"
        )
        d.add_paragraph(
            f"เมื่อวันที่ {thai_day(event(i))} รถยนต์คันดังกล่าวแล่นตกหลุมบ่อบนถนนในความรับผิดชอบของ{ag} "
            "ซึ่งไม่มีป้ายหรือสัญญาณเตือน ทำให้รถได้รับความเสียหาย บริษัทฯ ได้ชดใช้ค่าสินไหมทดแทนแก่ผู้เอาประกันภัยแล้ว "
            f"เป็นเงิน {baht(31780 + 260 * i)} บาท ตามเคลมเลขที่ {('LN', 'SS')[i % 2]}-{69110 + i}"
        )
        d.add_paragraph("บริษัทฯ จึงเข้ารับช่วงสิทธิ์ของผู้เอาประกันภัย และขอให้ท่านชดใช้เงินจำนวนดังกล่าวภายใน 15 วัน")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({off})\nผู้จัดการแผนกสินไหมรับช่วงสิทธิ์\nโทร {direct}  อีเมล {obox}"
        )

    raw = message(i, "หนังสือขอให้ชดใช้ค่าสินไหมทดแทน (รับช่วงสิทธิ์)", f"{off} <{obox}>", desk,
                  text=f"เรียน {ag}\nบริษัทฯ ขอส่งหนังสือฉบับจริงทางไปรษณีย์ลงทะเบียน และสำเนาตามไฟล์แนบ\n",
                  files=(("subrogation_letter.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_insurer_subrogation_letter", raw, insured(a, NO_BIRTH, with_id=True))


def docx_poa_to_lawyer(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the citizen (ผู้มอบอำนาจ, her age, ID, home) gives her
    lawyer (ผู้รับมอบอำนาจ, his licence and office) the power to claim from the city for
    her motorbike fall; sent by the lawyer."""
    p = a.p
    ag, _, desk, _ = agency(a)
    law, lic, office, line, mob, box = LAWYERS[(i + 1) % 2]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ {office.split(' ', 1)[0]}\nวันที่ {4 + i % 20} พฤศจิกายน พ.ศ. 2569")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ขอมอบอำนาจให้ {law} ทนายความ ใบอนุญาตเลขที่ {lic} "
            f"สำนักงานตั้งอยู่ที่ {office.split(' ', 1)[1]} โทร {line}"
        )
        d.add_paragraph(
            f"เป็นผู้มีอำนาจยื่นคำร้อง เจรจา และรับเงินค่าเสียหายจาก{ag} กรณีข้าพเจ้าขับรถจักรยานยนต์ทะเบียน "
            f"{plate(a, i, bike=True)} ล้มบนถนนที่ไม่มีไฟส่องสว่าง เมื่อวันที่ {thai_day(event(i))} แทนข้าพเจ้าจนเสร็จการ"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({law})\n\n"
            f"ลงชื่อ....................พยาน\n({WITNESSES[i % 2][0]})"
        )

    raw = message(i, f"หนังสือมอบอำนาจ {a.name} (เรียกค่าเสียหาย)", f"{law} <{box}>", desk,
                  text=f"เรียน งานนิติการ {ag}\nแนบหนังสือมอบอำนาจของลูกความ เพื่อประกอบคำร้องขอค่าเสียหายที่ยื่นไว้\n{law}\nโทร {mob}\n",
                  files=(("หนังสือมอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_to_lawyer", raw, for_client(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_claim_form(a: Party, i: int) -> Case:
    """The agency's fillable คำร้องขอค่าเสียหาย (Thai field names): the ผู้ร้อง's fields,
    the event's, the vehicle's and a witness's (name, phone, birth date)."""
    p = a.p
    ag, _, desk, police = agency(a)
    w = WITNESSES[(i + 1) % 2]
    labels = [(45, 18, f"คำร้องขอรับค่าเสียหาย {ag}"), (20, 36, "ชื่อผู้ร้อง"), (20, 46, "เลขประจำตัวประชาชน"),
              (120, 46, "วันเกิด"), (20, 56, "ที่อยู่"), (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"),
              (20, 82, "วันที่เกิดเหตุ"), (110, 82, "ทะเบียนรถ"), (20, 92, "เลขที่บันทึกประจำวัน"),
              (20, 102, "จำนวนเงินที่ขอ (บาท)"), (20, 118, "พยาน ชื่อ"), (20, 128, "โทรศัพท์พยาน"),
              (110, 128, "วันเกิดพยาน"), (20, 150, "ลงชื่อ ........................ ผู้ร้อง")]  # fmt: skip
    fields = [Field("ชื่อผู้ร้อง", a.name, 45, 36, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 46, 55, comb=13),
              Field("วันเกิด", born_th(p.born, i + 1), 135, 46, 45), Field("ที่อยู่", home(a, i + 1), 35, 56, 160),
              Field("โทรศัพท์", tel(a, i + 2), 45, 66, 55), Field("อีเมล", p.email, 125, 66, 70),
              Field("วันที่เกิดเหตุ", f"{event(i):%d/%m}/{event(i).year + 543}", 50, 82, 50),
              Field("ทะเบียนรถ", plate(a, i, bike=True), 130, 82, 60),
              Field("เลขที่บันทึกประจำวัน", f"{1420 + 7 * i}/2569 {police}", 65, 92, 120),
              Field("จำนวนเงิน", baht(9850 + 75 * i), 65, 102, 50),
              Field("ชื่อพยาน", w[0], 45, 118, 100), Field("โทรศัพท์พยาน", mobile(w[1], i), 50, 128, 55),
              Field("วันเกิดพยาน", born_th(w[3], i), 135, 128, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำร้องขอค่าเสียหาย (แบบฟอร์ม PDF)", own_box(a), desk, text=f"ส่งคำร้องที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำร้องค่าเสียหาย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_claim_form", raw, own(a, ALL))


def pdf_fillable_victim_and_agent(a: Party, i: int) -> Case:
    """A fillable claim form with a victim_* section (the insured: name, ID, birth date,
    home, her mobile) and an agent_* section the insurer's officer filled (company,
    juristic ID, officer, direct line, box); sent by the officer."""
    p = a.p
    ag, _, desk, _ = agency(a)
    co, jid, _hq, _cc, off, direct, obox = INSURERS[(i + 1) % 2]
    labels = [(40, 18, f"แบบคำขอรับชดใช้ค่าเสียหาย {ag}"), (20, 34, "ส่วนที่ 1 ผู้เสียหาย"),
              (20, 42, "ชื่อ-สกุล"), (20, 52, "เลขประจำตัวประชาชน"), (120, 52, "วันเกิด"), (20, 62, "ที่อยู่"),
              (20, 72, "โทรศัพท์"), (20, 88, "ส่วนที่ 2 ผู้ยื่นแทน (บริษัทประกันภัย/ทนายความ)"),
              (20, 96, "ชื่อบริษัท/สำนักงาน"), (20, 106, "เลขทะเบียนนิติบุคคล"), (20, 116, "ผู้ติดต่อ"),
              (110, 116, "โทร"), (20, 126, "อีเมล"), (20, 142, "เลขที่เคลม"), (110, 142, "ทะเบียนรถ")]  # fmt: skip
    fields = [Field("victim_name", a.name, 45, 42, 100), Field("victim_id", nid_w(p.nid, i), 60, 52, 55),
              Field("victim_dob", born_th(p.born, i + 2), 135, 52, 45), Field("victim_address", home(a, i + 2), 35, 62, 160),
              Field("victim_phone", tel(a, i), 45, 72, 55),
              Field("agent_company", co, 60, 96, 120), Field("agent_taxid", jid, 60, 106, 55),
              Field("agent_contact", off, 45, 116, 60), Field("agent_phone", direct, 120, 116, 50),
              Field("agent_email", obox, 40, 126, 100), Field("claim_no", f"CL-{48810 + i}", 45, 142, 50),
              Field("plate", plate(a, i + 1), 130, 142, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, f"แบบคำขอรับชดใช้ค่าเสียหาย (ผู้เอาประกันภัย {a.name})", f"{off} <{obox}>", desk,
                  text=f"เรียน {ag}\nบริษัทฯ ส่งแบบคำขอที่กรอกแล้วในนามผู้เอาประกันภัย\n{off}\n{direct}\n",
                  files=(("claim_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_victim_and_agent", raw, insured(a, ALL, with_id=True, her_phone=True))


def pdf_typed_citizen_letter(a: Party, i: int) -> Case:
    """Her own typed letter (Word to PDF): her block top right, the motorbike fall on an
    unlit road, an extract of the police daily report (the officer's rank and name), a
    witness; signed with her name and phone."""
    p = a.p
    ag, head, desk, police = agency(a)
    w = WITNESSES[i % 2]
    paras: list[tuple[float, str]] = [
        (115, home(a, i)), (115, f"{12 + i % 15} พฤศจิกายน 2569"), (0, ""),
        (20, "เรื่อง ขอรับค่าเสียหายจากอุบัติเหตุถนนไม่มีไฟส่องสว่าง"), (20, f"เรียน {head}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
             f"ขอเรียนว่าเมื่อวันที่ {thai_day(event(i))} เวลา 20.40 น. ข้าพเจ้าขับรถจักรยานยนต์ทะเบียน {plate(a, i + 1, bike=True)} "
             "บนถนนซึ่งเสาไฟฟ้าส่องสว่างดับทั้งแนว ไม่เห็นกองดินที่ผู้รับจ้างทิ้งไว้กลางถนน จึงล้มได้รับบาดเจ็บ"),
        (30, f"คัดจากรายงานประจำวันเกี่ยวกับคดี {police} {report_no(i)} ผู้รับแจ้ง {OFFICERS[i % 3]} "
             f"พยานผู้เห็นเหตุ {w[0]} โทร {mobile(w[1], i + 2)}"),
        (30, f"ค่ารักษาพยาบาลและค่าซ่อมรถรวม {baht(27640 + 180 * i)} บาท จึงขอให้{ag}พิจารณาชดใช้"),
        (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (105, f"โทร {tel(a, i + 1)}"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอรับค่าเสียหาย อุบัติเหตุรถจักรยานยนต์", own_box(a), desk, text=f"เรียน {ag}\nแนบหนังสือขอรับค่าเสียหาย{ending(a)}\n",
                  files=(("หนังสือขอค่าเสียหาย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_citizen_letter", raw, own(a, ALL))


def pdf_typed_lawyer_letter(a: Party, i: int) -> Case:
    """A lawyer's typed letter (PDF): his letterhead centred at the top (office, line, box,
    licence), the client's lines in the body (ID, birth date, home), the pothole claim;
    the garage's estimate named with its tax ID."""
    p = a.p
    _, head, desk, _ = agency(a)
    law, lic, office, line, mob, box = LAWYERS[(i + 1) % 2]
    g = GARAGES[(i + 1) % 2]
    paras: list[tuple[float, str]] = [
        (40, office), (55, f"โทร {line}  อีเมล {box}"), (0, ""), (120, f"{14 + i % 14} พฤศจิกายน 2569"),
        (20, "เรื่อง ขอให้ชดใช้ค่าเสียหาย"), (20, f"เรียน {head}"), (0, ""),
        (30, f"ข้าพเจ้า {law} ทนายความ ใบอนุญาตเลขที่ {lic} ได้รับมอบอำนาจจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
             f"เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i + 2)} ให้เรียกร้องค่าเสียหาย กรณีรถยนต์ทะเบียน "
             f"{plate(a, i)} ตกหลุมบนถนนเมื่อวันที่ {thai_day(event(i))}"),
        (30, f"ตามใบประเมินราคาของ {g[0]} เลขประจำตัวผู้เสียภาษี {g[1]} ค่าซ่อมเป็นเงิน {baht(21900 + 330 * i)} บาท"),
        (30, f"กรุณาติดต่อกลับที่สำนักงานของข้าพเจ้า โทร {mob}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({law})"), (108, "ทนายความผู้รับมอบอำนาจ"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Kinnari", step=8.5), size=14, face="Kinnari")
    raw = message(i, "หนังสือขอให้ชดใช้ค่าเสียหาย (ทนายความ)", f"{law} <{box}>", desk, text="เรียน งานนิติการ\nแนบหนังสือมาพร้อมนี้\n",
                  files=(("demand_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_lawyer_letter", raw, for_client(a, ALL))


def pdf_typed_letter_garage_estimate(a: Party, i: int) -> Case:
    """Her typed claim (PDF) and the garage's estimate (a second PDF: its name, tax ID,
    phone, address, the customer's name and plate, the lines and the total)."""
    p = a.p
    ag, head, desk, _ = agency(a)
    g = GARAGES[i % 2]
    total = 15230 + 410 * i
    letter = [
        (20, "เรื่อง ขอค่าเสียหายรถยนต์จากต้นไม้ล้มทับ"), (20, f"เรียน {head}"), (0, ""),
        (30, f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ที่อยู่ {home(a, i + 1)} "
             f"โทร {tel(a, i)} ขอแจ้งว่าเมื่อวันที่ {thai_day(event(i))} กิ่งต้นไม้ใหญ่ริมถนนหักทับรถยนต์ทะเบียน {plate(a, i)} "
             f"ที่จอดอยู่หน้าบ้าน ขอค่าเสียหายตามใบเสนอราคาของอู่ที่แนบ {baht(total)} บาท"),
        (0, ""), (110, "ขอแสดงความนับถือ"), (105, f"({a.name})"),
    ]  # fmt: skip
    estimate = [
        (20, 20, g[0]), (20, 28, g[3]), (20, 36, f"เลขประจำตัวผู้เสียภาษี {g[1]}  โทร {g[2]}"),
        (80, 50, "ใบเสนอราคาค่าซ่อม"), (20, 62, f"ชื่อลูกค้า {a.name}"), (120, 62, f"ทะเบียน {plate(a, i)}"),
        (20, 70, f"เลขตัวถัง {chassis(i)}"), (20, 84, "1. หลังคาและเสาเก๋ง"), (150, 84, baht(total - 4230)),
        (20, 92, "2. กระจกบังลมหน้า"), (150, 92, baht(4230)), (20, 104, "รวมเป็นเงิน"), (150, 104, baht(total)),
        (120, 124, "ผู้ประเมิน นายสมชาย ช่างเหล็ก"),
    ]  # fmt: skip
    raw = message(i, "ขอค่าเสียหาย ต้นไม้ล้มทับรถ (พร้อมใบเสนอราคาอู่)", own_box(a), desk,
                  text=f"เรียน {ag}\nแนบหนังสือและใบเสนอราคา{ending(a)}\n",
                  files=(("หนังสือ.pdf", pdf_page(flow(letter, 14, "Norasi"), size=14, face="Norasi"), PDF),
                         ("ใบเสนอราคา.pdf", pdf_page(estimate, size=12, face="Garuda"), PDF)))  # fmt: skip
    return Case("pdf_typed_letter_garage_estimate", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_damage_itemised(a: Party, i: int) -> Case:
    """Her itemised damage sheet: a head block (her name, ID, birth date, phone, e-mail,
    home), the items, the garage's row (its tax ID, phone), a witness's row."""
    p = a.p
    ag, _, desk, _ = agency(a)
    g = GARAGES[(i + 1) % 2]
    w = WITNESSES[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าเสียหาย"
        ws.append((f"รายการค่าเสียหาย ยื่นต่อ{ag}",))
        ws.append(("ชื่อผู้เสียหาย", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("เบอร์โทร", tel(a, i)))
        ws.append(("อีเมล", p.email or "-"))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("วันที่เกิดเหตุ", thai_day(event(i))))
        ws.append(())
        ws.append(("ลำดับ", "รายการ", "จำนวนเงิน (บาท)"))
        for n, (what, amt) in enumerate([("ซ่อมรถตามใบเสนอราคาอู่", 17400 + 90 * i), ("ค่ารถรับจ้างระหว่างซ่อม", 2100),
                                         ("ค่ายกรถ", 1500)]):  # fmt: skip
            ws.append((n + 1, what, amt))
        ws.append(())
        ws.append(("อู่ที่ประเมิน", g[0], "เลขผู้เสียภาษี", g[1], "โทร", g[2]))
        ws.append(("พยาน", w[0], "โทร", mobile(w[1], i)))

    raw = message(i, "รายการค่าเสียหาย (ไฟล์ Excel)", own_box(a), desk, text=f"เรียน {ag}\nแนบรายการค่าเสียหาย{ending(a)}\n",
                  files=(("ค่าเสียหาย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = own(a, ALL)
    if not p.email:
        e["email"] = ()
    return Case("xlsx_damage_itemised", raw, e)


def xlsx_insurer_claim_sheet(a: Party, i: int) -> Case:
    """An insurer's claim sheet: its head block (company, juristic ID, officer, direct
    line, box), the claim's row with the insured's name, ID and home, plate, policy,
    claim number and the amount paid."""
    p = a.p
    ag, _, desk, _ = agency(a)
    co, jid, _hq, _cc, off, direct, obox = INSURERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รับช่วงสิทธิ์"
        ws.append(("บริษัท", co))
        ws.append(("เลขทะเบียนนิติบุคคล", jid))
        ws.append(("ผู้ติดต่อ", off, "โทร", direct, "อีเมล", obox))
        ws.append(())
        ws.append(("เลขที่เคลม", "กรมธรรม์", "ผู้เอาประกันภัย", "เลขประจำตัวประชาชน", "ที่อยู่ผู้เอาประกันภัย",
                   "ทะเบียนรถ", "วันที่เกิดเหตุ", "สาเหตุ", "ค่าสินไหมที่จ่าย"))  # fmt: skip
        ws.append((f"CL{69}-{30410 + i}", f"P-{551207 + i}", a.name, nid_w(p.nid, i + 1), home(a, i), plate(a, i + 2),
                   f"{event(i):%d/%m}/{event(i).year + 543}", "ตกท่อระบายน้ำที่ฝาท่อชำรุด", 29870 + 140 * i))  # fmt: skip

    raw = message(i, f"เรียกร้องค่าสินไหมรับช่วงสิทธิ์ ({ag})", f"{off} <{obox}>", desk,
                  text=f"เรียน {ag}\nรายละเอียดเคลมตามไฟล์แนบ\n{off}\n",
                  files=(("subrogation.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_insurer_claim_sheet", raw, insured(a, NO_BIRTH, with_id=True))


def xlsx_lawyer_claim_summary(a: Party, i: int) -> Case:
    """A lawyer's claim summary sheet: the lawyer's rows first (name, licence, office,
    line, box), then the client's (name, ID, birth date, home, her mobile), the
    witnesses' rows (names, phones, one's ID), the amounts."""
    p = a.p
    ag, _, desk, _ = agency(a)
    law, lic, office, line, _mob, box = LAWYERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สรุปคำขอ"
        ws.append(("ทนายความ", law))
        ws.append(("ใบอนุญาตเลขที่", lic))
        ws.append(("สำนักงาน", office))
        ws.append(("โทรสำนักงาน", line, "อีเมล", box))
        ws.append(())
        ws.append(("ลูกความ (ผู้เสียหาย)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทรลูกความ", tel(a, i + 1)))
        ws.append(())
        ws.append(("พยาน", "โทร", "เลขประจำตัวประชาชน"))
        for n, (wn, wm, wid, _) in enumerate(WITNESSES):
            ws.append((wn, mobile(wm, i + n), nid_w(wid, i) if n == 0 else ""))
        ws.append(())
        ws.append(("รายการ", "บาท"))
        ws.append(("ค่ารักษาพยาบาล", 38200 + 100 * i))
        ws.append(("ค่าซ่อมรถจักรยานยนต์", 7450))

    raw = message(i, f"สรุปคำขอค่าเสียหายของลูกความ ({ag})", f"{law} <{box}>", desk,
                  text="เรียน งานนิติการ\nแนบสรุปคำขอค่าเสียหายของลูกความ\n",
                  files=(("claim_summary.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_lawyer_claim_summary", raw, for_client(a, ALL, her_phone=True))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_pothole_car_phone, (0, 5)),
    (plain_lawyer_motorbike_unlit, (1, 6)),
    (plain_insurer_subrogation_tree, (2, 3)),
    (plain_reply_flood_drain, (4, 9)),
    (html_gmail_shopfront_roadworks, (1, 4)),
    (html_outlook_insurer_claim, (7, 8)),
    (html_lawfirm_signature_client, (9, 5)),
    (html_eservice_claim_notice, (6, 3)),
    (docx_lawyer_letterhead_claim, (3, 7)),
    (docx_claim_form_table, (2, 8)),
    (docx_insurer_subrogation_letter, (5, 0)),
    (docx_poa_to_lawyer, (8, 1)),
    (pdf_fillable_claim_form, (6, 9)),
    (pdf_fillable_victim_and_agent, (0, 4)),
    (pdf_typed_citizen_letter, (7, 2)),
    (pdf_typed_lawyer_letter, (4, 6)),
    (pdf_typed_letter_garage_estimate, (9, 3)),
    (xlsx_damage_itemised, (5, 8)),
    (xlsx_insurer_claim_sheet, (1, 9)),
    (xlsx_lawyer_claim_summary, (0, 2)),
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
