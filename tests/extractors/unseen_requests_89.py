"""An eighty-ninth set of requests written by someone who had not read the readers (issue 8):
PUBLIC HEALTH AT A MUNICIPALITY OR SUB-DISTRICT, to เทศบาลเมืองนครพนม (กองสาธารณสุขและ
สิ่งแวดล้อม), อบต.นาราชควาย, เทศบาลเมืองมุกดาหาร and the รพ.สต.บ้านโคก (Nakhon Phanom and
Mukdahan): dengue fogging (พ่นหมอกควันไข้เลือดออก) after a case in the house (the sick
child's HN, the hospital); long-term care for a bedridden elder (ผู้ป่วยติดเตียง, the LTC
care plan, the caregiver CG, the care manager CM) asked by a daughter or a neighbour; food
handlers' health certificates and a food stall's licence (ใบอนุญาตจำหน่ายอาหาร, the stall
in a market); a village health volunteer (อสม.) writing for villagers; hospital beds and
wheelchairs on loan (ยืมกายอุปกรณ์); a discharge summary or a doctor's letter with HN/AN,
the doctor's licence (ว.12345), the hospital's line and address; relatives' names, IDs and
phones beside the patient's. Kinds: plain (iPhone, Android Gmail, webmail, a LINE chat
forwarded as text, Outlook for Android), HTML (a Gmail reply over the clerk's quoted mail,
a teacher's Outlook, a web form's notification, a Gmail table), Word (the รพ.สต.'s LTC form,
a food licence form on dotted lines, a niece's letter quoting the doctor, a community chair's
letter), PDF (fillable loan and health-certificate forms, a typed discharge summary, an
อสม.'s typed letter), xlsx (an อสม.'s home-visit sheet, a stall's renewal sheet, a CG's
schedule).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body the natural person who signs), sets 31/63 (a
service for one person asked by another is the one it is for: the elder, the patient, the
villager, not the daughter, the neighbour or the อสม. who files), set 37 (where only
another's phone is given, phone `()`: no value, or a flagged one, is right). So:
- FOGGING for a house: the householder who asks in her own name (her home, phone, box);
  the sick child (his name, age, HN, the hospital) is never the applicant; a community's
  request signed by its chair (ประธานชุมชน) in his own name: the chair, his home.
- LONG-TERM CARE, a BED or a WHEELCHAIR on loan for a bedridden elder or a patient: the
  elder/patient. The daughter's, neighbour's, niece's, son's or อสม.'s name, ID, phone,
  box and home are never the applicant's (phone and e-mail `()` where only theirs appear);
  the caregiver's (CG), care manager's (CM) and doctor's never either.
- A FOOD STALL's licence or a food handler's health certificate: the stall owner or the
  handler who asks; the stall's place (แผงเลขที่, a market) is never her address; her
  helpers' and staff's IDs never hers.
Address: where the applicant lives (the patient's home, not the hospital's or the
relative's), house number to the อำเภอ, with or without เลขที่/บ้านเลขที่, province and
postal code. HN, AN, a doctor's licence (ว.12345), an อสม.'s card number, a licence's or
receipt's number, a stall's number, a bed's asset number are never an ID or a phone; the
hospital's, the รพ.สต.'s and the clerk's lines are never the applicant's phone. Birth date
ISO, only the applicant's (an age alone gives none: the key is left out). Everyone is
invented (13-digit numbers made with with_check_digit); ตำบล, อำเภอ, provinces and postal
codes are real and belong together; hospital lines are made up in the real shape.
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

NP = "นครพนม"
MD = "มุกดาหาร"
NPM = "เทศบาลเมืองนครพนม"
MDM = "เทศบาลเมืองมุกดาหาร"
NRK = "องค์การบริหารส่วนตำบลนาราชควาย"
RPS = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก"
DESKS = ("health@nakhonphanom-city.example.go.th", "saraban@mukcity.example.go.th",
         "narachkwai.sao@example.go.th", "rpst.bankhok@example.go.th")  # fmt: skip

# Applicants: householders, elders, patients, stall owners, villagers.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือง", "ศรีมหาพรหม", "348010052217", date(1979, 5, 14), "0817094426", "boonruang.sm@gmail.com",
      "118", "", "", "อภิบาลบัญชา", "ในเมือง", "เมืองนครพนม", NP, "48000"),
    P("นาย", "ทองใบ", "พิมพ์สวัสดิ์", "348010017739", date(1940, 1, 22), "0862217045", "",
      "54", "7", "", "", "นาราชควาย", "เมืองนครพนม", NP, "48000"),
    P("นาง", "คำปุน", "วงศ์กระโซ่", "349010026614", date(1937, 8, 3), "0933147726", "",
      "23", "4", "", "", "บ้านโคก", "เมืองมุกดาหาร", MD, "49000"),
    P("นางสาว", "ศิริพร", "ไชยวงศ์", "349010071126", date(1988, 11, 29), "0647730912", "siriporn.chw@hotmail.com",
      "41/2", "", "", "สำราญชายโขง", "มุกดาหาร", "เมืองมุกดาหาร", MD, "49000"),
    P("นาย", "สมพงษ์", "โคตรพันธ์", "348010039958", date(1972, 2, 8), "0898826531", "sompong.kp@gmail.com",
      "7", "11", "", "", "หนองญาติ", "เมืองนครพนม", NP, "48000"),
    P("นาง", "จันทร์เพ็ญ", "แสนมณี", "348050044102", date(1945, 12, 17), "0817729640", "",
      "99", "3", "", "", "ธาตุพนม", "ธาตุพนม", NP, "48110"),
    P("นาย", "บุญมา", "ไกรยะราช", "349010008845", date(1934, 4, 1), "0849926130", "",
      "16", "5", "", "", "คำป่าหลาย", "เมืองมุกดาหาร", MD, "49000"),
    P("นาง", "วิไลวรรณ", "ภูมิพันธ์", "349010060473", date(1981, 7, 6), "0826614490", "wilaiwan.pp@gmail.com",
      "205", "", "", "พิทักษ์พนมเขต", "มุกดาหาร", "เมืองมุกดาหาร", MD, "49000"),
    P("นาย", "ประสิทธิ์", "ศรีวะรมย์", "348010082231", date(1966, 10, 19), "0856603318", "prasit.swr@yahoo.com",
      "62/1", "", "", "นิตโย", "ในเมือง", "เมืองนครพนม", NP, "48000"),
    P("นาง", "สุดใจ", "จันทร์หอม", "349030012597", date(1950, 3, 26), "0878813054", "",
      "31", "2", "", "", "คำชะอี", "คำชะอี", MD, "49110"),
    P("นาย", "คำสิงห์", "ธาตุนาคู", "348060023364", date(1943, 6, 11), "0829917433", "",
      "150", "8", "", "", "เรณู", "เรณูนคร", NP, "48170"),
    P("นางสาว", "อรอนงค์", "พรหมสาขา", "349990041188", date(1996, 9, 2), "0617728459", "onanong.ps@gmail.com",
      "12", "9", "", "", "ศรีบุญเรือง", "เมืองมุกดาหาร", MD, "49000"),
    P("นาง", "ละเอียด", "ทองมูล", "348010064426", date(1958, 1, 30), "0931146027", "laiad.tm@gmail.com",
      "8", "6", "", "", "อาจสามารถ", "เมืองนครพนม", NP, "48000"),
    P("นาย", "เสถียร", "ชาวนา", "349040019912", date(1947, 11, 5), "0867740281", "",
      "44", "1", "", "", "ดอนตาล", "ดอนตาล", MD, "49120"),
)  # fmt: skip

# Relatives, neighbours and volunteers who write for the applicants (name, ID, mobile,
# box, their own home: never the applicant's).
HELPERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสาวรัชนี พิมพ์สวัสดิ์", with_check_digit("348010090125"), "0918826647", "ratchanee.pims@gmail.com",
     "88/12 หมู่บ้านพฤกษา ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    ("นางมะลิวัลย์ บุญประคม", with_check_digit("349010077431"), "0894415082", "maliwan.bpk@hotmail.com",
     "25 หมู่ที่ 5 ตำบลบ้านโคก อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000"),
    ("นายวีระพงษ์ แสนมณี", with_check_digit("110370055187"), "0863318740", "weerapong.sm@gmail.com",
     "159/44 ซอยรามอินทรา 40 แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพมหานคร 10230"),
    ("นางสาวปนัดดา ไกรยะราช", with_check_digit("349010093316"), "0957724408", "panadda.kyr@gmail.com",
     "3/7 ถนนชยางกูร ตำบลมุกดาหาร อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000"),
)  # fmt: skip

# อสม. (village health volunteers): name, ID, mobile, box, their อสม. card number, หมู่.
OSM: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นางประนอม ศรีสุข", with_check_digit("348010048826"), "0874412093", "pranom.osm@gmail.com", "อสม. 48-0107-1123", "7"),
    ("นางทองม้วน แก้วกัณหา", with_check_digit("349010035518"), "0813327596", "thongmuan.kk@gmail.com", "อสม. 49-0103-0462", "5"),
)  # fmt: skip

# Hospitals: name, address, line; doctors: name, licence.
HOSPITALS: tuple[tuple[str, str, str], ...] = (
    (
        "โรงพยาบาลนครพนม",
        "270 ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000",
        "042-511-422",
    ),
    (
        "โรงพยาบาลมุกดาหาร",
        "5 ถนนพิทักษ์พนมเขต ตำบลมุกดาหาร อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000",
        "042-611-286",
    ),
)
DOCTORS: tuple[tuple[str, str], ...] = (
    ("นพ.ณัฐวุฒิ อินทรประเสริฐ", "ว.41826"),
    ("พญ.กนกวรรณ สุวรรณไตรย์", "ว.38174"),
)
CGS: tuple[tuple[str, str, str], ...] = (
    ("นางสาวสุภาวดี คำมุงคุณ", with_check_digit("349010082257"), "0985513207"),
    ("นางบัวลอง ศรีทน", with_check_digit("348010071149"), "0802217734"),
)
CM = ("นางสาวจิราภรณ์ วงศ์ชัยภูมิ", "พยาบาลวิชาชีพชำนาญการ (Care Manager)", "042-631-077")

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai(s: str) -> str:
    return s.translate(THAI_DIGITS)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[n % 4]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 23 + n % 7, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set89-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email or 'no-mail@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def parent(a: Party) -> str:
    return "พ่อ" if a.p.title == "นาย" else "แม่"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one the request is for, written by another: phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
# The fogging mails give no ID (mended after the first sight: 306 -> 302 fields).
NO_ID = "full_name phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_fogging_iphone": "the householder who asks; her sick son (HN, hospital) never",
    "plain_ltc_daughter_android": "the bedridden mother; never the daughter (ID, Khon Kaen home, phone, box)",
    "plain_osm_wheelchair_villager": "the villager; never the อสม. (her card number, ID, phone, box)",
    "plain_food_handler_webmail": "the stall owner; the stall's place and her helper never",
    "plain_line_bed_loan_neighbour": "the bedridden elder; never the neighbour in the LINE chat",
    "html_gmail_fogging_reply": "the householder who replies; the clerk's quoted name and line never",
    "html_outlook_teacher_neighbour_ltc": "the elder living alone; never the teacher-neighbour or her school",
    "html_webform_food_licence": "the owner (ผู้ขอ); the shop's place and line never",
    "html_gmail_wheelchair_discharge": "the father; never the son, the hospital, the doctor",
    "docx_rpst_ltc_form": "the elder (ผู้สูงอายุ); never the CG's, the relative's, the CM's rows",
    "docx_food_licence_dotted": "the owner who signs the คำขอ; the place of sale never her home",
    "docx_niece_bed_letter_doctor": "the uncle (patient); never the niece, the doctor, the hospital",
    "docx_community_chair_fogging": "the community chair who signs in his own name; the patients never",
    "pdf_fillable_equipment_loan": "the patient (ผู้ใช้อุปกรณ์); never the borrowing relative (ผู้ยืม)",
    "pdf_typed_discharge_summary": "the patient; never the relative, doctor, hospital in the summary",
    "pdf_fillable_food_handler_cert": "the handler (applicant_*); the employer's stall never",
    "pdf_typed_osm_letter": "the villager; never the อสม. whose block is top right",
    "xlsx_osm_home_visit": "the elder's row; never the อสม.'s head rows or the CG's row",
    "xlsx_food_stall_renewal": "the owner's rows; the staff rows never",
    "xlsx_cg_schedule_daughter": "the elder; never the CGs' or the daughter's rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_fogging_iphone(a: Party, i: int) -> Case:
    """A mother asks from her iPhone for fogging after her son's dengue: his name, age,
    HN at the hospital; her own name, home, phone; the neighbours' house numbers."""
    p = a.p
    hos, _, _hline = HOSPITALS[i % 2]
    text = (
        f"เรียน กองสาธารณสุขและสิ่งแวดล้อม {NPM if p.province == NP else MDM}\n\n"
        f"{me(a)} {a.name} บ้านเลขที่ {home(a, i)} ขอแจ้งว่าลูกชาย ด.ช.ธนกร {p.last} อายุ 9 ปี "
        f"ป่วยเป็นไข้เลือดออก นอนรักษาตัวที่{hos} (HN {660000 + 1234 * (i + 1)}) ตั้งแต่วันที่ {thai_day(date(2026, 11, 20 + i % 5))}\n"
        f"จึงขอให้เจ้าหน้าที่มาพ่นหมอกควันกำจัดยุงลายที่บ้านและบ้านใกล้เคียง (บ้านเลขที่ {int(p.house.split('/')[0]) + 2} และ {int(p.house.split('/')[0]) + 4}) "
        f"ด้วย{ending(a)} เพราะแถวบ้านมียุงเยอะมาก\n\n"
        f"เบอร์ติดต่อ {tel(a, i)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอพ่นหมอกควันไข้เลือดออก", own_box(a), text=text)
    return Case("plain_fogging_iphone", raw, own(a, NO_ID))


def plain_ltc_daughter_android(a: Party, i: int) -> Case:
    """A daughter working in Khon Kaen asks from Android Gmail for her bedridden mother to
    be taken into the LTC scheme: the mother's ID, birth date, home; the daughter's ID,
    home, phone."""
    p = a.p
    dn, did, dm, dbox, dhome = HELPERS[0]
    text = (
        f"เรียน นายก{NRK}\n\nดิฉัน {dn} เลขบัตรประชาชน {nid_w(did, i)} ที่อยู่ปัจจุบัน {dhome} "
        f"เป็นบุตรสาวของ {a.name} ขอยื่นเรื่องขอให้{parent(a)}ได้รับการดูแลระยะยาว (LTC) และจัดทำแผนการดูแล (Care Plan) ค่ะ\n\n"
        f"ข้อมูล{parent(a)}\nชื่อ {a.name}\nเลขประจำตัวประชาชน\n{nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i + 1)}\n"
        f"{parent(a)}เป็นผู้ป่วยติดเตียงหลังเส้นเลือดในสมองแตก (ADL 3 คะแนน) ตอนนี้มีหลานสาวดูแลอยู่ที่บ้าน\n\n"
        f"ดิฉันทำงานที่ขอนแก่น กลับบ้านได้เดือนละครั้ง ติดต่อดิฉันได้ที่ {mobile(dm, i)} ค่ะ\n"
        f"{dn}\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(
        i,
        f"ขอรับบริการดูแลระยะยาว LTC ให้{parent(a)} (ผู้ป่วยติดเตียง)",
        f"Ratchanee P. <{dbox}>",
        text=text,
    )
    return Case("plain_ltc_daughter_android", raw, for_other(a, ALL))


def plain_osm_wheelchair_villager(a: Party, i: int) -> Case:
    """An อสม. writes from webmail for a villager of her หมู่ who needs a wheelchair: her
    อสม. card number, her own ID and phone; the villager's ID, age, home."""
    p = a.p
    on, oid, om, obox, ocard, omoo = OSM[i % 2]
    text = (
        f"เรียน ผอ.{RPS if p.province == MD else 'รพ.สต.นาราชควาย'}\n\n"
        f"ดิฉัน {on} อาสาสมัครสาธารณสุขประจำหมู่บ้าน (บัตร {ocard}) หมู่ที่ {omoo} เลขประจำตัวประชาชน {nid_w(oid, i + 2)} "
        f"ขอยืมรถเข็นนั่ง (Wheelchair) 1 คัน ให้ {a.name} อายุ {age(a)} ปี "
        f"เลขบัตรประชาชน {nid_w(p.nid, i)} บ้านเลขที่ {home(a, i + 2)} "
        "ซึ่งขาอ่อนแรงหลังหกล้ม เดินเองไม่ได้ ญาติไม่มีรถเข็นใช้พาไปหาหมอตามนัดค่ะ\n\n"
        f"หากต้องการข้อมูลเพิ่มเติมโทรหาดิฉัน {mobile(om, i + 1)} ได้ตลอดค่ะ\n{on}\nอสม.หมู่ {omoo}\n"
    )
    raw = message(i, f"ยืมรถเข็นให้{a.name}", f"{on[3:]} <{obox}>", text=text)
    return Case("plain_osm_wheelchair_villager", raw, for_other(a, NO_BIRTH))


def plain_food_handler_webmail(a: Party, i: int) -> Case:
    """A stall owner asks from webmail for the food handlers' training and a health
    certificate for herself and her helper: her ID, birth date, home; the stall's number
    at the market; the helper's ID."""
    p = a.p
    text = (
        f"เรียน หัวหน้าฝ่ายสุขาภิบาลอาหาร {MDM if p.province == MD else NPM}\n"
        "เรื่อง ขออบรมผู้สัมผัสอาหารและขอใบรับรองแพทย์\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {home(a, i)}\n"
        f"ขายข้าวเปียกเส้นที่ตลาดอินโดจีน แผงเลขที่ B-{17 + i} (ใบอนุญาตเดิมเลขที่ {thai(str(31 + i))}/2568 หมดอายุ 31 ธ.ค. 2569)\n"
        f"ขอสมัครอบรมหลักสูตรผู้สัมผัสอาหาร รุ่นเดือนมกราคม 2570 สำหรับ{me(a)}และผู้ช่วย "
        f"คือ นางสาวเอื้อมพร ทองศรี เลขประจำตัวประชาชน {with_check_digit('349010066318')}\n\n"
        f"โทร. {tel(a, i + 2)}\nขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, "ขออบรมผู้สัมผัสอาหาร / ต่อใบอนุญาตแผงลอย", own_box(a), text=text)
    return Case("plain_food_handler_webmail", raw, own(a, ALL))


def plain_line_bed_loan_neighbour(a: Party, i: int) -> Case:
    """A LINE chat exported as text and forwarded: a neighbour asks the รพ.สต. for a
    hospital bed and an air mattress for a bedridden elder next door; the clerk's answers
    in the chat; the neighbour's phone; the elder's ID, birth date, home."""
    p = a.p
    nn, _, nm, nbox, _ = HELPERS[1]
    day = f"2026.11.{24 + i % 5}"
    text = (
        f"[LINE] ประวัติการแชทกับ รพ.สต.บ้านโคก\nบันทึกเมื่อ: {day} 10:42\n\n"
        f"{day} วันอังคาร\n"
        f"09:14\t{nn[3:]}\tสวัสดีค่ะ ขอยืมเตียงผู้ป่วยกับที่นอนลมให้ยายข้างบ้านได้ไหมคะ\n"
        f"09:16\tรพ.สต.บ้านโคก\tได้ครับ ขอชื่อ เลขบัตร วันเกิด ที่อยู่ผู้ป่วยครับ\n"
        f"09:21\t{nn[3:]}\tชื่อ {a.name}\n"
        f"09:21\t{nn[3:]}\tเลขบัตร {nid_w(p.nid, i)}\n"
        f"09:22\t{nn[3:]}\tเกิด {born_th(p.born, i + 2)}\n"
        f"09:22\t{nn[3:]}\tบ้านเลขที่ {home(a, i)}\n"
        f"09:24\tรพ.สต.บ้านโคก\tเตียงว่างเลขครุภัณฑ์ 6530-001-{i + 4:04d} ครับ เบอร์ผู้ติดต่อ?\n"
        f"09:25\t{nn[3:]}\t{nm} ค่ะ ดิฉันเป็นเพื่อนบ้าน ยายอยู่คนเดียว ไม่มีโทรศัพท์\n"
        f"09:26\tรพ.สต.บ้านโคก\tรับทราบครับ ส่งเมลมาที่ {DESKS[3]} ด้วยนะครับ โทร 042-633-118\n"
    )
    body = f"ส่งต่อแชทไลน์ตามที่เจ้าหน้าที่บอกค่ะ\n\n{text}"
    raw = message(i, "Fwd: แชท LINE ขอยืมเตียงผู้ป่วย", f"Maliwan B. <{nbox}>", text=body)
    return Case("plain_line_bed_loan_neighbour", raw, for_other(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_fogging_reply(a: Party, i: int) -> Case:
    """A householder replies in Gmail over the clerk's quoted answer (the clerk's name,
    desk line, the case's number), giving her name, home and phone for the fogging."""
    p = a.p
    clerk = ("นายอนุสรณ์ บุตรดี", "042-512-037") if i % 2 else ("นางสาวเยาวลักษณ์ พรมมา", "042-611-540")
    quoted = (
        f"<div>เรียน คุณ{p.first}</div><div>ได้รับแจ้งกรณีผู้ป่วยไข้เลือดออกแล้ว เลขรับเรื่อง สธ.{1180 + i}/2569 "
        "ขอชื่อ-สกุลผู้แจ้ง ที่อยู่ และเบอร์โทรเพื่อนัดวันพ่นหมอกควันครับ</div>"
        f"<div>{clerk[0]}</div><div>นักวิชาการสาธารณสุข โทร {clerk[1]}</div>"
    )
    html = (
        f'<div dir="ltr"><div>ชื่อ {a.name}</div><div>ที่อยู่ {home(a, i + 1)}</div>'
        f"<div>โทร {tel(a, i)}</div><div>หลานสาวอายุ 12 ปีเป็นไข้เลือดออก แอดมิทวันที่ {thai_day(date(2026, 11, 21 + i % 6))}</div>"
        f"<div><br></div><div>ขอบคุณ{ending(a)}</div></div><br>"
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {25 + i % 4} พ.ย. 2569 10:{10 + i:02d} {clerk[0]} &lt;health@example.go.th&gt; เขียนว่า:<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n'
    )
    raw = message(i, f"Re: แจ้งผู้ป่วยไข้เลือดออก เลขรับ สธ.{1180 + i}/2569", own_box(a), html=html)
    return Case("html_gmail_fogging_reply", raw, own(a, NO_ID))


def html_outlook_teacher_neighbour_ltc(a: Party, i: int) -> Case:
    """A teacher who lives next door asks from her school's Outlook for an LTC assessment
    of an elder living alone: the elder's ID, birth date, home; the teacher's signature
    (school, line, her mobile)."""
    p = a.p
    paras = [f"เรียน ผู้อำนวยการ{RPS}", "",
             f"ดิฉันเป็นเพื่อนบ้านของ {a.name} อายุ {age(a)} ปี (เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 1)}) "
             f"อาศัยอยู่คนเดียวที่บ้านเลขที่ {home(a, i)} ปัจจุบันลุกจากที่นอนไม่ได้ มีแผลกดทับที่ก้นกบ",
             "จึงขอให้ Care Manager ลงประเมิน ADL และจัดผู้ดูแล (Caregiver) เข้าเยี่ยมบ้านด้วยค่ะ", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = ('<p class="MsoNormal"><b>นางวาสนา คำภูแสน</b><br>ครูชำนาญการพิเศษ โรงเรียนมุกดาหาร<br>'
           "ถนนพิทักษ์พนมเขต ตำบลมุกดาหาร อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000<br>"
           f'โทร 042-611-{i + 300} | มือถือ 089-552-{7140 + i}<br><a href="mailto:wassana.k@mukschool.example.ac.th">wassana.k@mukschool.example.ac.th</a></p>')  # fmt: skip
    raw = message(i, "ขอให้ประเมินผู้สูงอายุติดเตียง (อยู่คนเดียว)", "Wassana Khamphusaen <wassana.k@mukschool.example.ac.th>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_teacher_neighbour_ltc", raw, for_other(a, ALL))


def html_webform_food_licence(a: Party, i: int) -> Case:
    """The city's web form's notification of an online request for a food shop's licence:
    a table of the applicant's fields, then the shop's (its name, place and line)."""
    p = a.p
    rows = [("หมายเลขคำขอ", f"FD-2569-{i + 411:05d}"), ("ประเภทคำขอ", "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (พื้นที่ไม่เกิน 200 ตร.ม.)"),
            ("ชื่อ-นามสกุล ผู้ขอ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่ผู้ขอ", home(a, i)), ("โทรศัพท์มือถือ", tel(a, i + 1)), ("อีเมล", p.email),
            ("ชื่อสถานประกอบการ", f"ร้านส้มตำ{p.first}"), ("ที่ตั้งสถานประกอบการ", "ห้องเลขที่ 9 ตลาดสดเทศบาล ถนนสุนทรวิจิตร ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000"),
            ("โทรศัพท์ร้าน", f"042-513-{640 + i}"), ("จำนวนผู้สัมผัสอาหาร", "3 คน"), ("วันที่ส่งคำขอ", f"{26 + i % 3}/11/2569 14:{i + 5:02d}")]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f2f2f2;width:35%'>{k}</td><td>{v}</td></tr>" for k, v in rows
    )
    html = (f"<html><body style='font-family:Tahoma'><p>มีคำขอใหม่จากระบบบริการออนไลน์ {NPM}</p>"
            f"<table border='1' cellpadding='6' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:#888;font-size:11px'>อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ | e-Service เทศบาลเมืองนครพนม โทร 042-511-031</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[e-Service] คำขอใบอนุญาตจำหน่ายอาหาร FD-2569-{i + 411:05d}", "e-Service <no-reply@nakhonphanom-city.example.go.th>", html=html)  # fmt: skip
    return Case("html_webform_food_licence", raw, own(a, ALL))


def html_gmail_wheelchair_discharge(a: Party, i: int) -> Case:
    """A son's Gmail asks to borrow a wheelchair and a walker for his father just
    discharged: a table with the discharge's facts (HN, AN, the doctor and his licence,
    the hospital's line), the father's ID, birth date, home; the son's own lines under."""
    p = a.p
    sn, _sid, sm, sbox, shome = HELPERS[2]
    hos, _haddr, hline = HOSPITALS[(i + 1) % 2]
    doc, lic = DOCTORS[i % 2]
    rows = [("ผู้ป่วย", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่", home(a, i + 2)), ("HN / AN", f"{5201133 + 17 * i} / {6901884 + 23 * i}"),
            ("จำหน่ายจาก", f"{hos} ({hline}) เมื่อ {thai_day(date(2026, 11, 22 + i % 5))}"),
            ("แพทย์เจ้าของไข้", f"{doc} ({lic})"), ("อุปกรณ์ที่ขอยืม", "รถเข็นนั่ง 1 คัน, Walker 1 อัน")]  # fmt: skip
    t = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    html = (f'<div dir="ltr"><div>เรียน กองสาธารณสุข {MDM if p.province == MD else NPM}</div><br>'
            "<div>ผมขอยืมกายอุปกรณ์ให้คุณพ่อซึ่งเพิ่งออกจากโรงพยาบาลหลังผ่าตัดสะโพกครับ</div><br>"
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ผู้ติดต่อ (บุตรชาย): {sn} โทร {mobile(sm, i)}</div><div>ผมอยู่กรุงเทพฯ ({shome}) จะกลับไปรับอุปกรณ์วันเสาร์ครับ</div>"
            f"<div><br></div><div>-- </div><div>{sn}</div></div>\n")  # fmt: skip
    raw = message(i, "ขอยืมรถเข็นให้คุณพ่อ (เพิ่งออกจาก รพ.)", f"Weerapong Saenmanee <{sbox}>", html=html)
    return Case("html_gmail_wheelchair_discharge", raw, for_other(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def table_doc(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v


def docx_rpst_ltc_form(a: Party, i: int) -> Case:
    """The รพ.สต.'s LTC form filled in Word by the daughter: the elder's rows, the CG's
    rows (her ID, phone), the relative's rows (the daughter's ID, phone), the CM."""
    p = a.p
    dn, did, dm, dbox, dhome = HELPERS[3]
    cg, cgid, cgm = CGS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"แบบขอรับบริการดูแลระยะยาวด้านสาธารณสุขสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง (LTC)\n{RPS} อำเภอเมืองมุกดาหาร"
        )
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้สูงอายุ/ผู้มีภาวะพึ่งพิง")
        table_doc(d, [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", thai(p.nid) if i % 2 else nid_w(p.nid, i)),
                      ("วัน เดือน ปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i + 1)),
                      ("คะแนน ADL", "4/20 (กลุ่มติดเตียง)"), ("สิทธิการรักษา", "บัตรทอง (UC)")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ผู้ดูแล (Caregiver) ที่ขอให้จัด")
        table_doc(d, [("ชื่อ CG", cg), ("เลขประจำตัวประชาชน CG", cgid), ("โทรศัพท์ CG", mobile(cgm, i))])
        d.add_paragraph("ส่วนที่ 3 ญาติผู้ติดต่อ")
        table_doc(d, [("ชื่อ-สกุล", dn), ("ความเกี่ยวข้อง", "บุตรสาว"), ("เลขประจำตัวประชาชน", did),
                      ("ที่อยู่", dhome), ("โทรศัพท์", mobile(dm, i + 1))])  # fmt: skip
        d.add_paragraph(f"ผู้จัดการการดูแล (CM): {CM[0]} {CM[1]} โทร {CM[2]}")
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ยื่นแทน\n({dn})\nวันที่ {thai(str(27 + i % 3))} พฤศจิกายน {thai('2569')}"
        )

    raw = message(i, f"ส่งแบบขอรับบริการ LTC ของ{parent(a)}", f"Panadda K. <{dbox}>",
                  text="เรียน รพ.สต.บ้านโคก\nส่งแบบฟอร์ม LTC ที่กรอกแล้วค่ะ\n",
                  files=(("แบบขอรับบริการ_LTC.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_rpst_ltc_form", raw, for_other(a, ALL))


def docx_food_licence_dotted(a: Party, i: int) -> Case:
    """The city's คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร typed on its dotted lines: the
    owner's age, ID, home, phone; the place of sale (another address); sent from her box."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(
            "แบบ สอ.๑\nคำขอรับใบอนุญาต/หนังสือรับรองการแจ้ง\nจัดตั้งสถานที่จำหน่ายอาหารหรือสถานที่สะสมอาหาร"
        )
        d.add_paragraph(
            f"เขียนที่ {MDM if p.province == MD else NPM}\nวันที่ {thai(str(24 + i % 5))} เดือน พฤศจิกายน พ.ศ. {thai('2569')}"
        )
        d.add_paragraph(
            f"ข้าพเจ้า....{a.name}....อายุ....{thai(str(age(a)))}....ปี สัญชาติ....ไทย....\n"
            f"เลขประจำตัวประชาชน....{nid_w(p.nid, i)}....\n"
            f"อยู่บ้านเลขที่....{p.house}....หมู่ที่....{p.moo or '-'}....ตรอก/ซอย....-....ถนน....{p.road or '-'}....\n"
            f"ตำบล/แขวง....{p.tambon}....อำเภอ/เขต....{p.amphoe}....จังหวัด....{p.province}....\n"
            f"โทรศัพท์....{tel(a, i)}...."
        )
        d.add_paragraph(
            "ขอยื่นคำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ประเภท ร้านอาหาร ชื่อสถานที่....ครัวริมโขง....\n"
            "พื้นที่ประกอบการ....48....ตารางเมตร ตั้งอยู่เลขที่....77/3....ถนน....สำราญชายโขง....ตำบล....มุกดาหาร....\n"
            "อำเภอ....เมืองมุกดาหาร....จังหวัด....มุกดาหาร....โทรศัพท์....042-614-228...."
        )
        d.add_paragraph(
            "พร้อมคำขอนี้ได้แนบเอกสารหลักฐานมาด้วยดังนี้\n(/) สำเนาบัตรประจำตัวประชาชน\n(/) ใบรับรองแพทย์ผู้สัมผัสอาหาร ๒ ฉบับ"
        )
        d.add_paragraph(f"(ลงชื่อ)....................ผู้ขอรับใบอนุญาต\n({a.name})")

    raw = message(i, "ยื่นคำขอใบอนุญาตจำหน่ายอาหาร (แบบ สอ.1)", own_box(a),
                  text=f"เรียน งานสุขาภิบาลอาหาร\nแนบแบบ สอ.1 ที่กรอกแล้ว{ending(a)}\n{a.name}\n",
                  files=(("สอ1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, NO_BIRTH)
    del e["postal_code"]  # the form's lines have no postal code
    return Case("docx_food_licence_dotted", raw, e)


def docx_niece_bed_letter_doctor(a: Party, i: int) -> Case:
    """A niece's letter in Word asks the อบต. to lend a hospital bed and an oxygen
    concentrator for her uncle: it quotes the doctor's certificate (his licence, the
    hospital's HN, address and line); the uncle's ID, birth date, home; her own lines."""
    p = a.p
    nn, nid_, nm, nbox, nhome = HELPERS[0]
    doc, lic = DOCTORS[(i + 1) % 2]
    hos, haddr, hline = HOSPITALS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"\t\t\t\t\t\t{nhome}\n\t\t\t\t\t\t{thai(str(25 + i % 4))} พฤศจิกายน {thai('2569')}"
        )
        d.add_paragraph(f"เรื่อง ขอยืมเตียงผู้ป่วยและเครื่องผลิตออกซิเจน\nเรียน นายก{NRK}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {nn} เลขประจำตัวประชาชน {nid_w(nid_, i + 2)} เป็นหลานของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"เกิดวันที่ {born_th(p.born, i + 1)} อยู่บ้านเลขที่ {home(a, i)} ซึ่งป่วยด้วยโรคปอดอุดกั้นเรื้อรัง (COPD) "
            "นอนติดเตียงและต้องใช้ออกซิเจนตลอดเวลา"
        )
        d.add_paragraph(
            f"ตามใบรับรองแพทย์ของ{hos} {haddr} โทร {hline} ลงวันที่ {thai_day(date(2026, 11, 18 + i % 5))} "
            f"ออกโดย {doc} ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ {lic} (HN {thai(str(4410270 + 31 * i))}) ระบุว่าผู้ป่วยควรได้รับออกซิเจนที่บ้าน"
        )
        d.add_paragraph("จึงเรียนมาเพื่อขอยืมเตียงผู้ป่วยแบบปรับระดับ 1 เตียง และเครื่องผลิตออกซิเจน 1 เครื่อง")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({nn})\nหลาน ผู้ยื่นแทน โทร {mobile(nm, i + 2)}")

    raw = message(i, f"ขอยืมเตียงผู้ป่วย/เครื่องออกซิเจนให้{'ลุง' if a.p.title == 'นาย' else 'ป้า'}", f"Ratchanee P. <{nbox}>",
                  text="เรียน อบต.นาราชควาย\nแนบหนังสือขอยืมอุปกรณ์ค่ะ ใบรับรองแพทย์จะนำไปยื่นวันรับของ\n",
                  files=(("ขอยืมเตียง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_niece_bed_letter_doctor", raw, for_other(a, ALL))


def docx_community_chair_fogging(a: Party, i: int) -> Case:
    """A community's chair writes in Word for fogging after three dengue cases: the
    patients' names, ages and house numbers in a table; he signs as ประธานชุมชน with his
    own home and mobile."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"ชุมชน{p.tambon} หมู่ที่ {p.moo or '-'}\n{home(a, i)}")
        d.add_paragraph(
            f"เรื่อง ขอให้พ่นหมอกควันป้องกันไข้เลือดออก\nเรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {NPM}"
        )
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} ประธานชุมชน เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขอแจ้งว่าในชุมชนมีผู้ป่วยไข้เลือดออก "
            "3 ราย ในรอบสองสัปดาห์ ดังนี้"
        )
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for k, v in enumerate(("ที่", "ชื่อผู้ป่วย", "อายุ", "บ้านเลขที่")):
            t.rows[0].cells[k].text = v
        for n, (nm, ag, hs) in enumerate([("ด.ญ.พิมพ์ชนก แสนสุข", "8", "12/4"), ("นายอำนาจ ศรีภักดี", "34", "27"),
                                          ("ด.ช.ภูมิรพี วงศ์ศรี", "11", "45/1")]):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = str(n + 1), nm, ag, hs
        d.add_paragraph("จึงขอให้พ่นหมอกควันทั้งชุมชนและแจกทรายอะเบท พร้อมนี้ชุมชนจะจัดอาสาสมัครนำทาง")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nประธานชุมชน\nโทร {tel(a, i + 1)}")

    raw = message(i, "ขอพ่นหมอกควันทั้งชุมชน (ผู้ป่วยไข้เลือดออก 3 ราย)", own_box(a),
                  text=f"เรียน กองสาธารณสุขฯ\nส่งหนังสือของชุมชน{ending(a)}\n",
                  files=(("หนังสือชุมชน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_community_chair_fogging", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_equipment_loan(a: Party, i: int) -> Case:
    """The อบต.'s fillable แบบคำขอยืมกายอุปกรณ์ (Thai field names): the user's section
    (ผู้ใช้อุปกรณ์: name, ID, birth date, home), the borrower's section (the relative:
    name, ID, phone), the equipment and its asset number."""
    p = a.p
    rn, rid, rm, rbox, _rhome = HELPERS[1 + i % 2]
    labels = [(45, 18, f"แบบคำขอยืมกายอุปกรณ์ {NRK}"), (20, 40, "ชื่อผู้ใช้อุปกรณ์ (ผู้ป่วย)"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่ผู้ป่วย"), (20, 76, "ชื่อผู้ยืม"), (20, 86, "เลขประจำตัวประชาชนผู้ยืม"),
              (20, 96, "โทรศัพท์ผู้ยืม"), (120, 96, "เกี่ยวข้องเป็น"), (20, 112, "อุปกรณ์"), (20, 122, "เลขครุภัณฑ์")]  # fmt: skip
    fields = [Field("ชื่อผู้ป่วย", a.name, 70, 40, 100), Field("เลขบัตรผู้ป่วย", p.nid, 60, 50, 55, comb=13),
              Field("วันเกิดผู้ป่วย", born_th(p.born, i), 135, 50, 45), Field("ที่อยู่ผู้ป่วย", home(a, i + 1), 50, 60, 150),
              Field("ชื่อผู้ยืม", rn, 45, 76, 100), Field("เลขบัตรผู้ยืม", nid_w(rid, i), 75, 86, 55),
              Field("โทรผู้ยืม", mobile(rm, i), 55, 96, 50), Field("ความเกี่ยวข้อง", ("เพื่อนบ้าน", "บุตร")[i % 2], 150, 96, 35),
              Field("อุปกรณ์", "เตียงผู้ป่วย 3 ไก + ที่นอนลม", 40, 112, 100), Field("เลขครุภัณฑ์", f"7110-006-{i + 20:04d}/69", 50, 122, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบคำขอยืมกายอุปกรณ์ (PDF)", f"{rn.split()[0][3:]} <{rbox}>", text="ส่งแบบคำขอยืมเตียงที่กรอกแล้ว\n",
                  files=(("ขอยืมกายอุปกรณ์.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_equipment_loan", raw, for_other(a, ALL))


def pdf_typed_discharge_summary(a: Party, i: int) -> Case:
    """A daughter forwards her father's discharge summary (the hospital's typed page: the
    hospital's address and line, HN, AN, the patient's ID, birth date, address, the
    relative with her phone, the doctor and his ว. number) asking for LTC at home."""
    p = a.p
    dn, _did, dm, dbox, _ = HELPERS[3]
    hos, haddr, hline = HOSPITALS[1]
    doc, lic = DOCTORS[i % 2]
    paras: list[tuple[float, str]] = [(60, hos), (40, haddr), (70, f"โทร {hline} แฟกซ์ 042-611-287"), (0, ""),
             (60, "สรุปการจำหน่ายผู้ป่วย (DISCHARGE SUMMARY)"), (0, ""),
             (20, f"HN: {thai(str(490112 + 7 * i)) if i % 2 else 490112 + 7 * i}    AN: {69008821 + 13 * i}    หอผู้ป่วยอายุรกรรมชาย 2"),
             (20, f"ชื่อผู้ป่วย: {a.name}    เพศ: {'ชาย' if p.title == 'นาย' else 'หญิง'}    อายุ: {age(a)} ปี"),
             (20, f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}    วันเกิด: {born_th(p.born, i + 1)}"),
             (20, f"ที่อยู่: {home(a, i)}"),
             (20, f"ญาติ/ผู้ติดต่อ: {dn} (บุตรสาว) โทร {mobile(dm, i + 2)}"),
             (20, f"วันที่รับไว้: {thai_day(date(2026, 11, 2 + i % 5))}    วันที่จำหน่าย: {thai_day(date(2026, 11, 19 + i % 5))}"),
             (20, "การวินิจฉัยหลัก: Cerebral infarction (I63.9)  โรคร่วม: Hypertension, DM type 2"),
             (20, "สภาพเมื่อจำหน่าย: ติดเตียง ADL 2/20 ใส่สายให้อาหารทางจมูก (NG tube) ต้องพลิกตะแคงตัวทุก 2 ชั่วโมง"),
             (20, "แผนการดูแลต่อเนื่อง: ส่งต่อ รพ.สต.บ้านโคก เพื่อเยี่ยมบ้านและเข้าระบบ LTC นัดติดตาม 3 สัปดาห์"), (0, ""),
             (110, f"แพทย์ผู้จำหน่าย {doc}"), (110, f"เลขที่ใบอนุญาต {lic}")]  # fmt: skip
    data = pdf_page(flow(paras, 13, "Loma", step=8), size=13, face="Loma")
    text = (f"เรียน {RPS}\n\nดิฉัน {dn} ขอให้คุณ{parent(a)}เข้าระบบดูแลระยะยาว (LTC) ที่บ้าน "
            f"ตามที่โรงพยาบาลส่งต่อมา แนบสรุปการจำหน่ายผู้ป่วยมาด้วยค่ะ\nโทร {mobile(dm, i)}\n{dn}\n")  # fmt: skip
    raw = message(i, "ขอเข้าระบบ LTC (แนบ Discharge Summary)", f"Panadda K. <{dbox}>", text=text,
                  files=(("discharge_summary.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_discharge_summary", raw, for_other(a, ALL))


def pdf_fillable_food_handler_cert(a: Party, i: int) -> Case:
    """The city's fillable คำขอตรวจสุขภาพผู้สัมผัสอาหาร (fields named applicant_* and
    workplace_*): the handler's name, ID, birth date, home, mobile; the stall she works
    at (its owner's name, place, line)."""
    p = a.p
    labels = [(40, 18, "แบบคำขอตรวจสุขภาพและรับรองผู้สัมผัสอาหาร"), (80, 26, MDM),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์มือถือ"), (120, 70, "อีเมล"), (20, 88, "สถานที่ทำงาน"), (20, 98, "ที่ตั้ง"),
              (20, 108, "เจ้าของร้าน"), (120, 108, "โทรร้าน")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 45, 40, 100), Field("applicant_id", nid_w(p.nid, i + 1), 60, 50, 55),
              Field("applicant_dob", born_th(p.born, i + 2), 135, 50, 45), Field("applicant_address", home(a, i + 2), 35, 60, 160),
              Field("applicant_mobile", tel(a, i), 55, 70, 55), Field("applicant_email", p.email, 135, 70, 60),
              Field("workplace_name", "ร้านเฝอเวียดนามป้าหวาน", 50, 88, 100),
              Field("workplace_address", "แผงเลขที่ 31 ตลาดอินโดจีน ถนนสำราญชายโขง ตำบลมุกดาหาร อำเภอเมืองมุกดาหาร", 35, 98, 160),
              Field("workplace_owner", "นางหวาน เหงียนวัน", 50, 108, 60), Field("workplace_phone", "042-632-519", 140, 108, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขอตรวจสุขภาพผู้สัมผัสอาหาร", own_box(a), text=f"ส่งแบบคำขอ{ending(a)}\n",
                  files=(("health_cert_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_food_handler_cert", raw, own(a, ALL))


def pdf_typed_osm_letter(a: Party, i: int) -> Case:
    """An อสม.'s typed letter (Word to PDF) to the อบต.: her block top right (her home,
    her อสม. card), the villager's lines in the body (ID, birth date, home), asking an LTC
    assessment and adult diapers; her mobile at the foot."""
    p = a.p
    on, oid, om, obox, ocard, omoo = OSM[i % 2]
    paras: list[tuple[float, str]] = [(120, f"{ocard}"), (120, f"บ้านเลขที่ {30 + i} หมู่ที่ {omoo}"),
             (120, f"ตำบล{p.tambon} อำเภอ{p.amphoe}"), (0, ""), (120, f"{24 + i % 5} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ขอให้ประเมินและช่วยเหลือผู้สูงอายุติดเตียง"), (20, f"เรียน นายก{NRK}"), (0, ""),
             (30, f"ด้วยข้าพเจ้า {on} เลขประจำตัวประชาชน {nid_w(oid, i + 1)} อาสาสมัครสาธารณสุขประจำหมู่บ้าน ได้ออกเยี่ยมบ้านพบว่า {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
                  "เป็นผู้สูงอายุติดเตียง ไม่มีญาติดูแลในเวลากลางวัน จึงขอให้จัด Care Manager ลงประเมิน และขอรับผ้าอ้อมผู้ใหญ่"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(om, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({on})"), (108, f"อสม. หมู่ที่ {omoo}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือ อสม. ขอประเมินผู้สูงอายุติดเตียง", f"{on[3:]} <{obox}>", text="เรียน อบต.\nแนบหนังสือค่ะ\n",
                  files=(("หนังสือ_อสม.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_osm_letter", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_osm_home_visit(a: Party, i: int) -> Case:
    """An อสม.'s home-visit sheet: head rows (the อสม., her card, phone), the elder's row
    (ID, birth date, home, ADL), the caregiver's row (her ID, phone)."""
    p = a.p
    on, oid, om, obox, ocard, omoo = OSM[i % 2]
    cg, cgid, cgm = CGS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เยี่ยมบ้าน"
        ws.append(("แบบบันทึกการเยี่ยมบ้านผู้สูงอายุติดเตียง",))
        ws.append(("อสม.ผู้เยี่ยม", on, "เลขบัตร อสม.", ocard, "โทร", mobile(om, i)))
        ws.append(("หมู่ที่รับผิดชอบ", omoo, "เลขประจำตัวประชาชน อสม.", oid))
        ws.append(("วันที่เยี่ยม", f"{20 + i % 8}/11/2569"))
        ws.append(())
        ws.append(("", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "ADL", "โทรศัพท์"))
        ws.append(("ผู้สูงอายุ", a.name, nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i), "3", "-"))
        ws.append(("ผู้ดูแล (CG)", cg, cgid, "", "", "", mobile(cgm, i + 1)))
        ws.append(())
        ws.append(("ความต้องการ", "ขอเข้าระบบ LTC, ขอยืมเตียงและที่นอนลม"))

    raw = message(i, "ส่งแบบเยี่ยมบ้านผู้ติดเตียง", f"{on[3:]} <{obox}>", text="เรียน รพ.สต.\nส่งข้อมูลเยี่ยมบ้านค่ะ ขอให้เข้าระบบ LTC\n",
                  files=(("เยี่ยมบ้าน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_osm_home_visit", raw, for_other(a, ALL))


def xlsx_food_stall_renewal(a: Party, i: int) -> Case:
    """A stall owner's renewal sheet: her rows (name, ID, home, mobile), the stall's rows
    (number, market, licence number), the staff rows with their own IDs and health
    certificates' dates."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ต่อใบอนุญาต"
        ws.append(("คำขอต่ออายุใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ ปี 2570",))
        ws.append(("ชื่อผู้ขอ", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("มือถือ", tel(a, i)))
        ws.append(())
        ws.append(
            (
                "แผงเลขที่",
                f"A-{5 + i}",
                "จุดผ่อนผัน",
                "ถนนสุนทรวิจิตร หน้าตลาดสดเทศบาล",
                "ใบอนุญาตเดิม",
                f"สธ.นพ. {88 + i}/2569",
            )
        )
        ws.append(())
        ws.append(("ลำดับ", "ผู้ช่วยจำหน่าย", "เลขบัตรประชาชน", "ใบรับรองแพทย์ลงวันที่"))
        ws.append((1, "นายสุริยา คำแสน", with_check_digit("348010097713"), "14/10/2569"))
        ws.append((2, "นางสาวมยุรี ปัททุม", with_check_digit("348990022046"), "02/11/2569"))

    raw = message(i, "ต่อใบอนุญาตแผงลอยจำหน่ายอาหาร ปี 2570", own_box(a), text=f"แนบแบบต่อใบอนุญาต{ending(a)}\n",
                  files=(("ต่อใบอนุญาต.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_food_stall_renewal", raw, own(a, NO_BIRTH))


def xlsx_cg_schedule_daughter(a: Party, i: int) -> Case:
    """A daughter sends the CGs' visiting schedule to renew her father's care plan: the
    elder's block (ID, birth date, home), the CGs' rows (IDs, phones), her own row."""
    p = a.p
    dn, did, dm, dbox, dhome = HELPERS[3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Care Plan"
        ws.append(("ขอต่อแผนการดูแลรายบุคคล (Care Plan) ปี 2570",))
        ws.append(("ผู้รับบริการ", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)))
        ws.append(("วันเกิด", born_th(p.born, i + 2), "ที่อยู่", home(a, i + 2)))
        ws.append(())
        ws.append(("วัน", "CG ผู้เยี่ยม", "เลขบัตร CG", "โทร CG", "กิจกรรม"))
        for day, (cg, cgid, cgm) in zip(
            ("จันทร์", "พุธ", "ศุกร์"), (CGS[0], CGS[1], CGS[0]), strict=True
        ):
            ws.append((day, cg, cgid, mobile(cgm, i), "เช็ดตัว พลิกตะแคง ทำแผล"))
        ws.append(())
        ws.append(("ญาติผู้ติดต่อ", dn, did, mobile(dm, i + 3), dhome))

    raw = message(i, "ขอต่อ Care Plan ของพ่อ", f"Panadda K. <{dbox}>", text="เรียน CM รพ.สต.บ้านโคก\nส่งตารางเยี่ยมของ CG และขอต่อแผนค่ะ\n",
                  files=(("careplan.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_cg_schedule_daughter", raw, for_other(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_fogging_iphone, (0, 7)),
    (plain_ltc_daughter_android, (1, 5)),
    (plain_osm_wheelchair_villager, (10, 6)),
    (plain_food_handler_webmail, (3, 7)),
    (plain_line_bed_loan_neighbour, (2, 9)),
    (html_gmail_fogging_reply, (8, 11)),
    (html_outlook_teacher_neighbour_ltc, (6, 2)),
    (html_webform_food_licence, (12, 0)),
    (html_gmail_wheelchair_discharge, (13, 10)),
    (docx_rpst_ltc_form, (9, 6)),
    (docx_food_licence_dotted, (7, 11)),
    (docx_niece_bed_letter_doctor, (5, 1)),
    (docx_community_chair_fogging, (4, 8)),
    (pdf_fillable_equipment_loan, (1, 13)),
    (pdf_typed_discharge_summary, (6, 9)),
    (pdf_fillable_food_handler_cert, (11, 3)),
    (pdf_typed_osm_letter, (10, 9)),
    (xlsx_osm_home_visit, (1, 2)),
    (xlsx_food_stall_renewal, (0, 8)),
    (xlsx_cg_schedule_daughter, (6, 13)),
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
