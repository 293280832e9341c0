"""An eighty-first set of requests written by someone who had not read the readers (issue 8):
REQUESTS THAT CARRY MEDICAL PAPERS, to เทศบาลนครลำปาง, เทศบาลตำบลห้างฉัตร (Lampang) and
อบต.แม่หล่าย / อบต.ช่อแฮ (อำเภอเมืองแพร่, Phrae): registering for the disability allowance
and the disability card, home care for a bedridden patient (ผู้ป่วยติดเตียง), assistive
devices (a wheelchair, a hospital bed on loan), the elderly day-care centre, sick leave and
medical-expense claims of the municipality's own staff, a health volunteer (อสม.) reporting
for a villager, a referral from the sub-district health promoting hospital (รพ.สต.). The
papers' shapes: a medical certificate (ใบรับรองแพทย์: the doctor's name and licence
ว.12345, the hospital's letterhead, address, line and 13-digit tax ID), hospital numbers
(HN, AN), the patient's birth date beside the visit, admit and discharge dates, diagnoses
with ICD-10 codes, a caregiver (child, spouse, niece, อสม.) who writes and gives her own ID
and phone, the nurse's direct line in a forwarded referral's signature. Kinds: plain (phone
mail apps, webmail, a forwarded mail), HTML (Gmail, Outlook, the city's e-service web form),
Word (a medical certificate, the device-loan form, a staff memo, a รพ.สต.'s letter), PDF
(fillable forms, a typed certificate and a typed leave form), xlsx (an อสม.'s visit sheet, a
staff claim sheet, a รพ.สต.'s device referral).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following set 63's rule (the applicant is the
one the request is FOR, never the one who sends it) and sets 31/37:
- A disability card, allowance, home care, device, day care, an อสม.'s report, a รพ.สต.'s
  referral: the APPLICANT IS THE PATIENT (the person with a disability, the bedridden, the
  elder). The caregiver's, อสม.'s, nurse's, social worker's, doctor's name, ID, phone, box and
  address are never hers.
- The disability card's number (เลขประจำตัวคนพิการ / เลขที่บัตรประจำตัวคนพิการ) IS the
  holder's 13-digit national ID (Thailand has used the ID number on the card since 2552):
  where it is written under that label it is her national_id.
- Phone: the patient's own number where one is given as hers (โทรศัพท์ผู้ป่วย,
  เบอร์ผู้สูงอายุ, her own field); where only the caregiver's, อสม.'s, hospital's or nurse's
  appear, phone `()` (no value, or a flagged one, is right; theirs unflagged is silent).
  E-mail: the patient's own where she writes or her box is named; else `()` (the box the
  mail comes from is the caregiver's, the hospital's, the รพ.สต.'s).
- Address, postal code, province: where the patient lives (her home, from the house number
  to the อำเภอ, with or without province and postal code), never the hospital's, the
  รพ.สต.'s, the caregiver's home elsewhere, the borrower's.
- Birth date: the patient's only; never the visit, admit, discharge, certificate, leave or
  receipt date, never the caregiver's.
- A STAFF MEMBER's own sick leave or medical-expense claim is HERS (she asks): her name,
  ID, her mobile and her box (the municipality's address is no one's home: where she gives
  her address during leave, that is her address). Her spouse's, child's or father's name,
  ID and birth date (the one treated) are never hers; where she gives no birth date of her
  own, birth_date `()`.
- Never an ID or a phone: the doctor's licence (ว.), HN and AN, ICD-10 codes, the
  hospital's tax ID (13 digits, check digit valid), a receipt's or referral's number, an
  อสม.'s card number, the hospital's and รพ.สต.'s lines, the nurse's direct line.
Everyone, every hospital and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
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

DESK = "saraban@lampangcity.example.go.th"
CITY = "เทศบาลนครลำปาง"
HC = "เทศบาลตำบลห้างฉัตร"
ML = "องค์การบริหารส่วนตำบลแม่หล่าย"
CH = "องค์การบริหารส่วนตำบลช่อแฮ"
LP = "ลำปาง"
PR = "แพร่"

# The patients, elders and people with a disability (0-3 Lampang city, 4-6 Hang Chat,
# 7-9 Phrae), and the staff (10-11 the city's, 12 Hang Chat's, 13 Mae Lai's).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บัวคำ", "แสนเมือง", "352010044127", date(1947, 5, 14), "0814452063", "",
      "118", "", "", "บุญวาทย์", "เวียงเหนือ", "เมืองลำปาง", LP, "52000"),
    P("นาย", "สมพงษ์", "ปัญญาวงค์", "352010061185", date(1956, 10, 2), "0897761240", "sompong.pw@gmail.com",
      "42/7", "", "ทิพย์ช้าง 3", "ทิพย์ช้าง", "หัวเวียง", "เมืองลำปาง", LP, "52000"),
    P("นาง", "ศรีนวล", "ใจมา", "352010023368", date(1939, 1, 20), "0862204518", "",
      "9", "", "", "ประสานไมตรี", "สบตุ๋ย", "เมืองลำปาง", LP, "52100"),
    P("นาย", "ประเสริฐ", "ขัติยะ", "352010077514", date(1968, 7, 9), "0935528871", "prasert.kt@hotmail.com",
      "305", "", "", "พหลโยธิน", "พระบาท", "เมืองลำปาง", LP, "52000"),
    P("นาง", "จันทร์ตา", "ยาวิชัย", "352080015573", date(1944, 3, 3), "0818859204", "",
      "77", "3", "", "", "ห้างฉัตร", "ห้างฉัตร", LP, "52190"),
    P("นาย", "บุญส่ง", "คำแปง", "352080036621", date(1951, 12, 25), "0847712358", "",
      "14/2", "6", "", "", "หนองหล่ม", "ห้างฉัตร", LP, "52190"),
    P("นางสาว", "พิมพ์ชนก", "วงศ์ไชย", "352080052218", date(1990, 8, 17), "0624417736", "pimchanok.wc@gmail.com",
      "201", "2", "", "", "เมืองยาว", "ห้างฉัตร", LP, "52190"),
    P("นาง", "แก้ว", "อินต๊ะ", "354010028835", date(1942, 6, 11), "0869901427", "",
      "55", "4", "", "", "แม่หล่าย", "เมืองแพร่", PR, "54000"),
    P("นาย", "สุรินทร์", "เทพวงค์", "354010047712", date(1959, 2, 28), "0812238406", "",
      "31/1", "7", "", "", "ช่อแฮ", "เมืองแพร่", PR, "54000"),
    P("นาง", "ละเอียด", "ศรีบุญเรือง", "354010011924", date(1936, 11, 8), "0896624015", "",
      "163", "1", "", "", "แม่หล่าย", "เมืองแพร่", PR, "54000"),
    P("นางสาว", "วราภรณ์", "ธนะขว้าง", "352019903347", date(1988, 4, 22), "0863357120", "waraporn.tk@lampangcity.example.go.th",
      "61/3", "", "ป่าขาม 2", "ป่าขาม", "หัวเวียง", "เมืองลำปาง", LP, "52000"),
    P("นาย", "ณัฐวุฒิ", "กันทะวงค์", "352010088406", date(1983, 9, 5), "0918806245", "nattawut.kt@lampangcity.example.go.th",
      "12", "5", "", "", "บ่อแฮ้ว", "เมืองลำปาง", LP, "52100"),
    P("นาง", "สุดารัตน์", "มูลเมือง", "352080071196", date(1979, 1, 30), "0857794318", "sudarat.mm@hangchat.example.go.th",
      "88", "1", "", "", "ห้างฉัตร", "ห้างฉัตร", LP, "52190"),
    P("นางสาว", "อรุณี", "เรือนคำ", "354019902215", date(1992, 12, 12), "0647720593", "arunee.rk@maelai.example.go.th",
      "19", "2", "", "", "ร่องฟอง", "เมืองแพร่", PR, "54000"),
)  # fmt: skip

# Hospitals: name, address, line, tax ID (13 digits, check digit valid).
HOSPITALS: tuple[tuple[str, str, str, str], ...] = (
    ("โรงพยาบาลลำปางเวชการุณย์", "248 ถนนพหลโยธิน ตำบลหัวเวียง อำเภอเมืองลำปาง จังหวัดลำปาง 52000",
     "054-226-318", with_check_digit("099400041127")),
    ("โรงพยาบาลนครแพร่การแพทย์", "17 ถนนยันตรกิจโกศล ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000",
     "054-511-904", with_check_digit("054553800216")),
)  # fmt: skip

# Doctors: name, licence.
DOCTORS: tuple[tuple[str, str], ...] = (
    ("นายแพทย์ธีรวัฒน์ ชัยมงคล", "ว.38412"),
    ("แพทย์หญิงกนกวรรณ สิทธิวงศ์", "ว.52217"),
)

# รพ.สต.: name, address, line; its nurse and her direct line.
RPST: tuple[tuple[str, str, str, str, str], ...] = (
    ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านแม่หล่าย", "99 หมู่ที่ 2 ตำบลแม่หล่าย อำเภอเมืองแพร่ จังหวัดแพร่ 54000",
     "054-646-210", "นางรัชนี ปันต๊ะ พยาบาลวิชาชีพชำนาญการ", "081-882-4107"),
    ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองหล่ม", "150 หมู่ที่ 5 ตำบลหนองหล่ม อำเภอห้างฉัตร จังหวัดลำปาง 52190",
     "054-269-331", "นางสาวปรียานุช ใจดี พยาบาลวิชาชีพปฏิบัติการ", "089-553-0716"),
)  # fmt: skip

# Caregivers: name, ID, mobile, box, home elsewhere, relation.
CARERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นางสาวพัชรี แสนเมือง", with_check_digit("352010099231"), "0817764520", "patcharee.sm@gmail.com",
     "7/12 หมู่ที่ 9 ตำบลพิชัย อำเภอเมืองลำปาง จังหวัดลำปาง 52000", "บุตรสาว"),
    ("นายอนุวัฒน์ ยาวิชัย", with_check_digit("101030045518"), "0952218843", "anuwat.yw@hotmail.com",
     "120/45 หมู่บ้านเดอะคอนเนค ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพมหานคร 10230", "บุตรชาย"),
    ("นางมาลี ปัญญาวงค์", with_check_digit("352010061509"), "0846601372", "malee.pw@gmail.com",
     "42/7 ซอยทิพย์ช้าง 3 ถนนทิพย์ช้าง ตำบลหัวเวียง อำเภอเมืองลำปาง จังหวัดลำปาง 52000", "ภรรยา"),
    ("นางสาวสายทอง อินต๊ะ", with_check_digit("354010099416"), "0637781254", "saithong.it@gmail.com",
     "8 หมู่ที่ 3 ตำบลสวนเขื่อน อำเภอเมืองแพร่ จังหวัดแพร่ 54000", "หลานสาว"),
)  # fmt: skip

# อสม.: name, ID, card number, mobile.
OSM: tuple[tuple[str, str, str, str], ...] = (
    ("นางบุษบา คำมูล", with_check_digit("354010066218"), "อสม. 54-0107-00412", "0883327619"),
    ("นายจำรัส ไชยลังกา", with_check_digit("352080044135"), "อสม. 52-0804-00927", "0807719342"),
)

ICD = (("I63.9", "โรคหลอดเลือดสมองตีบ (Cerebral infarction)"), ("G20", "โรคพาร์กินสัน (Parkinson's disease)"),
       ("E11.9", "เบาหวานชนิดที่ 2"), ("H90.3", "หูหนวกทั้งสองข้าง (Sensorineural hearing loss, bilateral)"),
       ("M17.0", "ข้อเข่าเสื่อมทั้งสองข้าง"), ("S72.0", "กระดูกสะโพกหัก (Fracture of neck of femur)"))  # fmt: skip


def message(n: int, subject: str, sender: str, *, to: str = DESK, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set81-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(name: str, addr: str) -> str:
    return (
        f"{name.split()[0].removeprefix('นางสาว').removeprefix('นาง').removeprefix('นาย')} <{addr}>"
    )


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(a: Party) -> int:
    b = a.p.born
    return 2026 - b.year - ((b.month, b.day) > (12, 6))


def hn(i: int) -> str:
    return f"HN {6501000 + 317 * i}"


def patient(a: Party, keys: str, *, own_phone: bool = False) -> dict[str, tuple[str, ...]]:
    """The patient, sent by another: her phone only where given as hers; no box of hers."""
    e = exp(a, keys)
    if not own_phone and "phone" in e:
        e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def staff(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """A staff member's own claim: hers, her birth date `()` (only the treated one's is given)."""
    e = exp(a, keys)
    if "birth_date" in e:
        e["birth_date"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_daughter_disability_register": "the mother with a disability; never the daughter (ID, phone, box, home)",
    "plain_osm_bedridden_report": "the bedridden villager (her own phone in v2); never the อสม.",
    "plain_staff_sick_leave": "the staff member herself; never the doctor, hospital, AN",
    "plain_wife_wheelchair_loan": "the husband who uses the wheelchair and bed; never the wife",
    "plain_forwarded_rpst_referral": "the patient; never the nurse (direct line) nor the son who forwards",
    "html_gmail_staff_claim_father": "the staff member; never her father (his ID, birth date) nor the hospital's tax ID",
    "html_outlook_social_worker": "the discharged patient; never the social worker's signature",
    "html_webform_daycare": "the elder (his own phone in v1); never the one who fills the form",
    "html_gmail_deaf_card_renewal": "the deaf man himself (his own request)",
    "docx_medical_certificate": "the patient in the certificate; never the doctor, hospital, son",
    "docx_device_loan_form": "the patient who uses the bed; never the borrower (caregiver)",
    "docx_staff_claim_memo": "the staff member; never her spouse (ID, birth date)",
    "docx_rpst_referral_letter": "the patient referred; never the รพ.สต. nor its nurse",
    "pdf_fillable_disability_register": "the person with a disability (her phone field in v1); never the carer",
    "pdf_typed_certificate_own": "the patient herself asking a walker; never the hospital, doctor",
    "pdf_typed_sick_leave_form": "the staff member; never her supervisor",
    "pdf_fillable_home_care": "the patient; never caregiver_* nor osm_*",
    "xlsx_osm_visit_sheet": "the villager; never the อสม.'s head block",
    "xlsx_staff_claim_sheet": "the staff member; never her child (ID, birth date), the hospital's tax ID",
    "xlsx_rpst_device_referral": "the patient; never the รพ.สต.'s head block, the nurse",
}


def certificate_lines(a: Party, k: int, i: int, visit: date) -> list[str]:
    hname, haddr, hline, htax = HOSPITALS[k]
    doc, lic = DOCTORS[k]
    code, dx = ICD[i % len(ICD)]
    return [hname, haddr, f"โทร {hline}  เลขประจำตัวผู้เสียภาษี {htax}", "ใบรับรองแพทย์",
            f"ข้าพเจ้า {doc} ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ {lic}",
            f"ได้ตรวจร่างกาย {a.name} {hn(i)} เกิดวันที่ {born_th(a.p.born, i)} เมื่อวันที่ {thai_day(visit)}",
            f"ผลการตรวจ/การวินิจฉัย {dx} (ICD-10 {code})",
            "สรุปความเห็น ผู้ป่วยมีความพิการทางการเคลื่อนไหว ไม่สามารถช่วยเหลือตนเองได้ สมควรได้รับการดูแลต่อเนื่อง"]  # fmt: skip


# --- plain ---------------------------------------------------------------------------------


def plain_daughter_disability_register(a: Party, i: int) -> Case:
    """A daughter asks from her phone to register her mother for the disability card and
    allowance; she types the certificate's lines (doctor, ว., hospital line, HN, visit
    date); her own ID, phone and home elsewhere."""
    p = a.p
    cn, cid, cm, cbox, chome, _ = CARERS[0]
    visit = date(2026, 11, 3 + i % 20)
    cert = certificate_lines(a, 0, i, visit)
    text = (
        f"เรียน นายกเทศมนตรีนครลำปาง\n\nดิฉัน {cn} เลขบัตรประชาชน {nid_w(cid, i + 1)} บ้านอยู่ {chome} "
        f"ขอยื่นเรื่องแทนแม่ค่ะ แม่ป่วยเป็นอัมพาตครึ่งซีกหลังเส้นเลือดสมองตีบ ขอลงทะเบียนทำบัตรคนพิการและขอรับเบี้ยความพิการ\n\n"
        f"ชื่อแม่ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i + 1)} (อายุ {age(a)} ปี)\n"
        f"ที่อยู่แม่ {home(a, i)}\n\n"
        f"ใบรับรองแพทย์จาก{cert[0]} ({cert[2]}) ตรวจวันที่ {thai_day(visit)} {hn(i)} "
        f"แพทย์ผู้ตรวจ {DOCTORS[0][0]} {DOCTORS[0][1]} ดิฉันถ่ายรูปแนบมาแล้วค่ะ\n\n"
        f"ติดต่อดิฉันได้ที่ {mobile(cm, i)} ค่ะ\n{cn}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอลงทะเบียนคนพิการให้แม่", box(cn, cbox), text=text)
    return Case("plain_daughter_disability_register", raw, patient(a, ALL))


def plain_osm_bedridden_report(a: Party, i: int) -> Case:
    """An อสม. reports a bedridden villager for the อบต.'s home-care and diaper support:
    her own ID, card number and mobile; the villager's ID, birth date, home; in v2 the
    villager's own number too."""
    p = a.p
    on, oid, ocard, om = OSM[0]
    own_line = f"เบอร์โทรผู้ป่วย {tel(a, i)}\n" if i % 2 else ""
    text = (
        f"เรียน นายก{ML}\n\nดิฉัน {on} {ocard} เลขประจำตัวประชาชน {nid_w(oid, i)} ประจำหมู่ที่ {p.moo} "
        f"ขอรายงานผู้ป่วยติดเตียงในเขตรับผิดชอบ เพื่อขอรับการดูแลระยะยาว (LTC) และผ้าอ้อมผู้ใหญ่\n\n"
        f"ชื่อผู้ป่วย {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 2)}\nเกิด {born_th(p.born, i + 2)}\n"
        f"ที่อยู่ {home(a, i + 1)}\n{own_line}"
        f"อาการ นอนติดเตียงมา 6 เดือน หลังหกล้มสะโพกหัก (ICD-10 S72.0) ADL = 3 คะแนน วัดความดันวันที่ {slash(date(2026, 11, 20 + i % 8))} ได้ 150/90\n\n"
        f"ติดต่อ อสม. {om[:3]}-{om[3:6]}-{om[6:]}\n{on}\nอสม.หมู่ {p.moo}\n"
    )
    raw = message(
        i,
        "รายงานผู้ป่วยติดเตียง ขอรับการดูแล",
        box(on, "budsaba.km@gmail.com"),
        to="saraban@maelai.example.go.th",
        text=text,
    )
    return Case(
        "plain_osm_bedridden_report",
        raw,
        patient(a, NO_BIRTH + " birth_date", own_phone=bool(i % 2)),
    )


def plain_staff_sick_leave(a: Party, i: int) -> Case:
    """A staff member sends her sick leave by mail from the city's box: the certificate
    (doctor, ว., AN, admit and discharge dates), her mobile and where she stays."""
    p = a.p
    doc, lic = DOCTORS[i % 2]
    hname, _, hline, _ = HOSPITALS[0]
    text = (
        f"เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม\n\n{me(a)} {a.name} ตำแหน่งนักวิชาการสาธารณสุขปฏิบัติการ "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขอลาป่วยตั้งแต่วันที่ {thai_day(date(2026, 11, 24))} ถึงวันที่ {thai_day(date(2026, 12, 4))} "
        f"รวม 9 วันทำการ เนื่องจากเข้ารับการผ่าตัดไส้ติ่ง (ICD-10 K35.8) ที่{hname} AN {6912000 + 41 * i} "
        f"แพทย์ผู้รักษา {doc} ({lic}) โทรโรงพยาบาล {hline}\n\n"
        f"ระหว่างลาติดต่อ{me(a)}ได้ที่ {home(a, i + 1)} โทร {tel(a, i)}\n"
        f"แนบใบรับรองแพทย์ลงวันที่ {thai_day(date(2026, 12, 4))}\n\n{a.name}\n"
    )
    raw = message(i, "ส่งใบลาป่วยและใบรับรองแพทย์", own_box(a), text=text)
    return Case("plain_staff_sick_leave", raw, own(a, NO_BIRTH))


def plain_wife_wheelchair_loan(a: Party, i: int) -> Case:
    """A wife asks from webmail to borrow a wheelchair and a hospital bed for her husband
    discharged after a stroke: his ID, birth date, home; the discharge date and AN; her
    own ID and mobile; the mail is hers."""
    p = a.p
    wn, wid, wm, wbox, _, _ = CARERS[2]
    text = (
        f"เรียน นายกเทศมนตรีนครลำปาง\n\nดิฉัน {wn} (ภรรยา) เลขประจำตัวประชาชน {nid_w(wid, i + 2)} "
        f"ขอยืมรถเข็นผู้ป่วย 1 คัน และเตียงผู้ป่วยแบบปรับระดับ 1 เตียง ให้สามี {a.name} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
        f"ซึ่งออกจาก{HOSPITALS[0][0]}เมื่อวันที่ {thai_day(date(2026, 11, 28))} (AN {6912500 + i}) "
        "หลังเป็นโรคหลอดเลือดสมอง (I63.9) ขาซ้ายอ่อนแรง เดินไม่ได้\n"
        f"บ้านเลขที่ {home(a, i)}\n\nเบอร์ดิฉัน {mobile(wm, i + 1)} ค่ะ\nขอบคุณค่ะ\n{wn}\n"
    )
    raw = message(i, "ขอยืมรถเข็นและเตียงผู้ป่วย", box(wn, wbox), text=text)
    return Case("plain_wife_wheelchair_loan", raw, patient(a, ALL))


def plain_forwarded_rpst_referral(a: Party, i: int) -> Case:
    """A son forwards the รพ.สต. nurse's referral mail (home care after discharge) with one
    line and his phone; the nurse's signature holds her direct line and the รพ.สต.'s."""
    p = a.p
    rn, raddr, rline, nurse, direct = RPST[1]
    sn, _, sm, sbox, _, _ = CARERS[1]
    text = (
        f"ส่งต่อเรื่องของ{'พ่อ' if p.title == 'นาย' else 'แม่'}ครับ รบกวนเจ้าหน้าที่ช่วยดูให้ด้วย ผมอยู่กรุงเทพ ติดต่อ {mobile(sm, i)}\n{sn}\n\n"
        "---------- Forwarded message ---------\n"
        f"From: รพ.สต.บ้านหนองหล่ม <rpst.nonglom@example.go.th>\nDate: {2 + i % 5} ธ.ค. 2569 09:14\n"
        f"Subject: แบบส่งต่อผู้ป่วยเพื่อดูแลต่อเนื่องที่บ้าน\nTo: <{sbox}>\n\n"
        f"เรียน {HC}\n\n{rn} ขอส่งต่อผู้ป่วยเพื่อรับการดูแลต่อเนื่องที่บ้าน ดังนี้\n"
        f"ชื่อ-สกุล {a.name}  เลขบัตรประชาชน {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i)}  {hn(i)}\n"
        f"ที่อยู่ {home(a, i + 2)}\nการวินิจฉัย G20 Parkinson's disease, E11.9 DM type 2\n"
        "สิ่งที่ขอรับการสนับสนุน: ผ้าอ้อมผู้ใหญ่ ที่นอนลม และนักบริบาลเยี่ยมบ้านสัปดาห์ละ 2 ครั้ง\n\n"
        f"ด้วยความนับถือ\n{nurse}\n{rn}\n{raddr}\nโทร {rline} สายตรง {direct}\n"
    )
    raw = message(
        i,
        "Fwd: แบบส่งต่อผู้ป่วยเพื่อดูแลต่อเนื่องที่บ้าน",
        box(sn, sbox),
        to="saraban@hangchat.example.go.th",
        text=text,
    )
    return Case("plain_forwarded_rpst_referral", raw, patient(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_staff_claim_father(a: Party, i: int) -> Case:
    """A staff member's Gmail claims her father's hospital bill (เบิกค่ารักษาพยาบาลบิดา):
    her ID, mobile and box; the father's ID and birth date; the receipt's number and the
    hospital's tax ID."""
    p = a.p
    hname, _haddr, _hline, htax = HOSPITALS[1 if a.p.province == PR else 0]
    father = f"นาย{('ทองดี', 'มานพ', 'สิงห์คำ', 'อ้าย')[i % 4]} {p.last}"
    lines = ["เรียน ผู้อำนวยการกองคลัง", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขอเบิกเงินสวัสดิการค่ารักษาพยาบาลของบิดา", "",
             f"<b>ผู้ป่วย</b>: {father} (บิดา) เลขประจำตัวประชาชน {nid_w(with_check_digit('352010012' + str(400 + i)), i + 1)} "
             f"เกิดวันที่ {thai_day(date(1950 + i, 4, 9))}",
             f"<b>สถานพยาบาล</b>: {hname} เลขประจำตัวผู้เสียภาษี {htax}",
             f"<b>ใบเสร็จรับเงิน</b> เล่มที่ {12 + i} เลขที่ {40127 + i} ลงวันที่ {thai_day(date(2026, 11, 17))} จำนวน {3480 + 10 * i:,} บาท",
             f"<b>การวินิจฉัย</b>: {ICD[2][1]} ({ICD[2][0]})", "",
             "แนบแบบ 7131 ใบเสร็จ และใบรับรองแพทย์มาพร้อมนี้", "", "--", a.name,
             "เจ้าพนักงานธุรการ", f"มือถือ {tel(a, i + 1)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ขอเบิกค่ารักษาพยาบาลบิดา", own_box(a), html=html)
    return Case(
        "html_gmail_staff_claim_father",
        raw,
        staff(a, "full_name national_id birth_date phone email"),
    )


def html_outlook_social_worker(a: Party, i: int) -> Case:
    """A hospital's social worker asks from Outlook home care for a discharged bedridden
    patient: the patient's lines; the relative's phone; her signature (hospital's
    address, line, extension, her own mobile)."""
    p = a.p
    hname, haddr, hline, _ = HOSPITALS[0]
    kin = CARERS[(0, 2)[i % 2]]
    paras = ["เรียน นายกเทศมนตรีนครลำปาง", "",
             f"ด้วย{hname} จะจำหน่ายผู้ป่วย {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
             f"{hn(i)} ผู้ป่วยติดเตียง ใส่สายให้อาหารทางจมูก ที่อยู่ {home(a, i + 1)}", "",
             f"จึงขอส่งต่อข้อมูลเพื่อให้ศูนย์ดูแลผู้สูงอายุของเทศบาลเข้าเยี่ยมบ้านและพิจารณาให้ยืมเตียงผู้ป่วยและที่นอนลม "
             f"ญาติผู้ดูแลคือ {kin[0]} ({kin[5]}) โทร {mobile(kin[2], i)}", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>นางสาวกมลพร ศรีวิชัย</b><br>นักสังคมสงเคราะห์ปฏิบัติการ<br>{hname}<br>{haddr}<br>'
           f"โทร {hline} ต่อ 2214 | มือถือ 086-220-7413</p>")  # fmt: skip
    raw = message(i, f"ส่งต่อผู้ป่วยติดเตียงเพื่อดูแลต่อเนื่อง {hn(i)}", "Kamonporn S. <socialwork@lpvejkarun.example.co.th>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_social_worker", raw, patient(a, NO_BIRTH))


def html_webform_daycare(a: Party, i: int) -> Case:
    """The town's e-service notification of an elderly day-care application: a table of
    the elder's lines (his own phone in v1, "-" in v2), diseases with ICD codes, the
    emergency contact and the one who filled the form (relation, phone, box)."""
    p = a.p
    cn, _, cm, cbox, _, rel = CARERS[1]
    rows = [("เลขที่คำขอ", f"EC-DC-2569-{1180 + i:05d}"), ("ชื่อ-นามสกุลผู้สูงอายุ", a.name),
            ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", slash(p.born)),
            ("ที่อยู่", home(a, i)), ("โทรศัพท์ผู้สูงอายุ", tel(a, i) if i % 2 == 0 else "-"),
            ("โรคประจำตัว", f"{ICD[4][1]} ({ICD[4][0]}), ความดันโลหิตสูง (I10)"),
            ("ผู้ติดต่อกรณีฉุกเฉิน", f"{cn} ({rel}) {mobile(cm, i + 1)}"),
            ("ผู้กรอกแบบฟอร์ม", cn), ("อีเมลผู้กรอก", cbox), ("วันที่ยื่น", slash(date(2026, 12, 2 + i % 4)))]  # fmt: skip
    trs = "".join(
        f'<tr><td style="background:#eef3f8;padding:4px 8px">{k}</td><td style="padding:4px 8px">{v}</td></tr>'
        for k, v in rows
    )
    html = (f'<html><body style="font-family:Tahoma;font-size:13px"><p>ระบบ e-Service {HC}</p>'
            "<p>มีผู้ยื่นคำขอเข้ารับบริการศูนย์ดูแลผู้สูงอายุกลางวัน (Day Care) รายละเอียดดังนี้</p>"
            f'<table border="1" cellspacing="0" style="border-collapse:collapse">{trs}</table>'
            "<p>อีเมลฉบับนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[e-Service] คำขอเข้ารับบริการ Day Care EC-DC-2569-{1180 + i:05d}",
                  "e-Service <noreply@hangchat.example.go.th>", to="saraban@hangchat.example.go.th", html=html)  # fmt: skip
    return Case("html_webform_daycare", raw, patient(a, ALL, own_phone=i % 2 == 0))


def html_gmail_deaf_card_renewal(a: Party, i: int) -> Case:
    """A deaf man asks himself (SMS or LINE only) to renew his disability card: the card's
    number (his ID), its expiry, his birth date, the audiologist's certificate."""
    p = a.p
    doc, lic = DOCTORS[1]
    html = (
        f'<div dir="ltr"><div>เรียน เจ้าหน้าที่งานพัฒนาชุมชน {CITY}</div><br>'
        f"<div>{me(a)} {a.name} เป็นคนพิการทางการได้ยิน ขอต่ออายุบัตรประจำตัวคนพิการ</div>"
        f"<ul><li>เลขที่บัตรประจำตัวคนพิการ {nid_w(p.nid, i)}</li><li>บัตรหมดอายุ {thai_day(date(2027, 1, 15))}</li>"
        f"<li>วันเกิด {born_th(p.born, i + 1)}</li><li>ที่อยู่ {home(a, i)}</li></ul>"
        f"<div>แนบใบรับรองความพิการจาก{HOSPITALS[0][0]} ลงวันที่ {thai_day(date(2026, 11, 9 + i))} "
        f"โดย {doc} ({lic}) ผลการตรวจการได้ยิน {ICD[3][1]} {ICD[3][0]}</div><br>"
        f"<div>{me(a)}พูดและฟังไม่ได้ กรุณาติดต่อทาง SMS หรือ LINE ที่เบอร์ {tel(a, i + 2)} หรืออีเมลนี้{ending(a)}</div>"
        f"<div>{a.name}</div></div>\n"
    )
    raw = message(i, "ขอต่ออายุบัตรคนพิการ", own_box(a), html=html)
    return Case("html_gmail_deaf_card_renewal", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_medical_certificate(a: Party, i: int) -> Case:
    """A son's short mail with the hospital's medical certificate in Word: the letterhead
    (address, line, tax ID), the patient's name, ID, birth date, HN, visit date, the
    diagnosis, the doctor and his licence; the patient's home as ที่อยู่ที่ติดต่อได้."""
    p = a.p
    k = 1 if p.province == PR else 0
    hname, haddr, hline, htax = HOSPITALS[k]
    doc, lic = DOCTORS[k]
    code, dx = ICD[(0, 5)[i % 2]]
    sn, _, sm, sbox, _, _ = CARERS[1]

    def build(d: Any) -> None:
        d.add_paragraph(f"{hname}\n{haddr}\nโทรศัพท์ {hline}  เลขประจำตัวผู้เสียภาษี {htax}")
        d.add_paragraph("ใบรับรองแพทย์ (สำหรับประกอบการขอมีบัตรประจำตัวคนพิการ)")
        t = d.add_table(rows=0, cols=2)
        for k_, v in [("ชื่อ-สกุลผู้ป่วย", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                      ("วันเดือนปีเกิด", born_th(p.born, i + 2)), ("HN", hn(i)[3:]),
                      ("ที่อยู่ที่ติดต่อได้", home(a, i + 1)), ("วันที่ตรวจ", thai_day(date(2026, 11, 12 + i % 10))),
                      ("การวินิจฉัย", f"{dx} ICD-10: {code}"), ("ประเภทความพิการ", "ทางการเคลื่อนไหวหรือทางร่างกาย")]:  # fmt: skip
            row = t.add_row().cells
            row[0].text, row[1].text = k_, v
        d.add_paragraph(
            f"ลงชื่อ ........................ แพทย์ผู้ตรวจ\n({doc})\nเลขที่ใบอนุญาตประกอบวิชาชีพเวชกรรม {lic}"
        )

    raw = message(i, "ส่งใบรับรองแพทย์ประกอบการทำบัตรคนพิการ", box(sn, sbox),
                  to="saraban@maelai.example.go.th" if k else DESK,
                  text=f"เรียน เจ้าหน้าที่\nส่งใบรับรองแพทย์ของ{a.name}ครับ ผมเป็นลูกชาย โทร {mobile(sm, i + 1)}\n",
                  files=(("ใบรับรองแพทย์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_medical_certificate", raw, patient(a, ALL))


def docx_device_loan_form(a: Party, i: int) -> Case:
    """The อบต.'s form to borrow a hospital bed, filled in Word: the user's section (name,
    ID, birth date, home, condition), then the borrower's (caregiver: ID, home, phone),
    the device's asset number."""
    p = a.p
    cn, cid, cm, _, chome, rel = CARERS[3]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอยืมอุปกรณ์ช่วยเหลือผู้ป่วย\n{CH}")
        d.add_paragraph("ส่วนที่ 1 ผู้ใช้อุปกรณ์")
        d.add_paragraph(f"ชื่อ-สกุล {a.name}   เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}")
        d.add_paragraph(f"วันเกิด {born_th(p.born, i)}   ที่อยู่ {home(a, i)}")
        d.add_paragraph(
            f"อาการ/โรค ข้อเข่าเสื่อมทั้งสองข้าง (M17.0) ลุกนั่งเองไม่ได้   อุปกรณ์ที่ขอยืม เตียงผู้ป่วยชนิดมือหมุน 3 ไก เลขครุภัณฑ์ 6530-{i + 7:03d}-0012"
        )
        d.add_paragraph("ส่วนที่ 2 ผู้ยืม/ผู้รับผิดชอบอุปกรณ์")
        d.add_paragraph(f"ชื่อ-สกุล {cn}   เกี่ยวข้องเป็น {rel}   เลขประจำตัวประชาชน {nid_w(cid, i)}")
        d.add_paragraph(f"ที่อยู่ {chome}   โทรศัพท์ {mobile(cm, i + 2)}")
        d.add_paragraph(
            f"ลงชื่อ ........................ ผู้ยืม\n({cn})\nวันที่ {thai_day(date(2026, 12, 3 + i % 3))}"
        )

    raw = message(i, "ขอยืมเตียงผู้ป่วย", box(cn, CARERS[3][3]), to="saraban@chohae.example.go.th",
                  text="เรียน อบต.ช่อแฮ\nส่งแบบคำขอยืมเตียงผู้ป่วยค่ะ\n",
                  files=(("แบบยืมอุปกรณ์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_device_loan_form", raw, patient(a, ALL))


def docx_staff_claim_memo(a: Party, i: int) -> Case:
    """A staff member's บันทึกข้อความ asking reimbursement for her spouse's operation: her
    name, position, ID, mobile; the spouse's name, ID, birth date; the hospital's tax ID;
    the admit and discharge dates."""
    p = a.p
    hname, _, _hline, htax = HOSPITALS[0]
    spouse = (
        ("นาย" if p.title != "นาย" else "นาง") + ("สมชาย", "วิไลวรรณ", "ประยูร")[i % 3] + f" {p.last}"
    )

    def build(d: Any) -> None:
        d.add_paragraph("บันทึกข้อความ")
        d.add_paragraph(
            f"ส่วนราชการ กองการศึกษา {CITY} โทร. 054-237-{120 + i}\nที่ ลป 52001/{880 + i}   วันที่ {thai_day(date(2026, 12, 1 + i % 4))}"
        )
        d.add_paragraph("เรื่อง ขอเบิกเงินค่ารักษาพยาบาล\nเรียน นายกเทศมนตรีนครลำปาง")
        d.add_paragraph(
            f"ด้วย{me(a)} {a.name} ตำแหน่ง{'นักวิชาการศึกษา' if i % 2 else 'ครูผู้ดูแลเด็ก'} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"ขอเบิกค่ารักษาพยาบาลของคู่สมรส {spouse} เลขประจำตัวประชาชน {nid_w(with_check_digit('35201005' + str(7100 + i)), i)} "
            f"เกิดวันที่ {born_th(date(1977 + i, 2, 14), i + 1)} ซึ่งเข้ารับการรักษาแบบผู้ป่วยใน ณ {hname} (เลขประจำตัวผู้เสียภาษี {htax}) "
            f"ตั้งแต่วันที่ {thai_day(date(2026, 11, 2))} ถึงวันที่ {thai_day(date(2026, 11, 9))} ด้วยโรค{ICD[5][1]} ({ICD[5][0]}) "
            f"เป็นเงิน {48250 + 100 * i:,} บาท ตามใบเสร็จรับเงินเลขที่ IP{690000 + i}"
        )
        d.add_paragraph(f"จึงเรียนมาเพื่อโปรดพิจารณา\n\n({a.name})\nโทร {tel(a, i)}")

    raw = message(i, "บันทึกขอเบิกค่ารักษาพยาบาลคู่สมรส", own_box(a), text="เรียน กองคลัง\nส่งบันทึกขอเบิกค่ารักษาพยาบาล\n",
                  files=(("บันทึกขอเบิก.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_staff_claim_memo", raw, staff(a, "full_name national_id birth_date phone email")
    )


def docx_rpst_referral_letter(a: Party, i: int) -> Case:
    """A รพ.สต.'s letter in Word (ที่ พร 0033.../...) on its letterhead asking the อบต. to
    support a patient at home: the patient's lines; the director signs; the nurse and her
    direct line as the contact."""
    p = a.p
    rn, raddr, rline, nurse, direct = RPST[0]

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ พร 0033.301/{410 + i}\t\t\t{rn}\n\t\t\t\t{raddr}")
        d.add_paragraph(f"\t\t\t\t{thai_day(date(2026, 12, 1 + i % 5))}")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์ช่วยเหลือผู้ป่วยติดเตียง\nเรียน นายก{ML}")
        d.add_paragraph(
            f"ด้วย{rn} ได้ออกเยี่ยมบ้านพบ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} ป่วยด้วย{ICD[0][1]} (ICD-10 {ICD[0][0]}) นอนติดเตียง มีแผลกดทับระดับ 2 "
            "จึงขอความอนุเคราะห์ที่นอนลม ผ้าอ้อมผู้ใหญ่ และบรรจุเข้าแผนการดูแลรายบุคคล (Care Plan) ของกองทุน LTC"
        )
        d.add_paragraph(f"ทั้งนี้ ประสานรายละเอียดได้ที่ {nurse} โทร {direct}")
        d.add_paragraph(
            "ขอแสดงความนับถือ\n\n(นายวีระพงษ์ สุขเกษม)\nผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านแม่หล่าย"
        )
        d.add_paragraph(f"โทร {rline}")

    raw = message(i, "หนังสือขอความอนุเคราะห์ช่วยเหลือผู้ป่วยติดเตียง", "รพ.สต.บ้านแม่หล่าย <rpst.maelai@example.go.th>",
                  to="saraban@maelai.example.go.th", text=f"เรียน {ML}\nส่งหนังสือราชการตามแนบ\n",
                  files=(("หนังสือ รพสต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_rpst_referral_letter", raw, patient(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_disability_register(a: Party, i: int) -> Case:
    """The city's fillable disability registration (Thai field names): the person's
    section (card number as a comb, her phone filled in v1, empty in v2), the carer's, and
    the doctor's certification (name, ว., hospital, its line)."""
    p = a.p
    cn, cid, cm, _, chome, rel = CARERS[0]
    doc, lic = DOCTORS[0]
    labels = [(40, 18, f"แบบคำขอลงทะเบียนคนพิการ {CITY}"), (20, 40, "ชื่อ-สกุลคนพิการ"), (20, 50, "เลขประจำตัวคนพิการ"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์คนพิการ"), (20, 90, "ผู้ดูแล"),
              (20, 100, "เลขประจำตัวประชาชนผู้ดูแล"), (20, 110, "ที่อยู่ผู้ดูแล"), (20, 120, "โทรศัพท์ผู้ดูแล"),
              (20, 140, "แพทย์ผู้รับรอง"), (20, 150, "เลขที่ใบอนุญาต"), (20, 160, "สถานพยาบาล")]  # fmt: skip
    fields = [Field("ชื่อคนพิการ", a.name, 55, 40, 100), Field("เลขประจำตัวคนพิการ", p.nid, 60, 50, 55, comb=13),
              Field("วันเกิดคนพิการ", born_th(p.born, i), 135, 50, 45), Field("ที่อยู่คนพิการ", home(a, i + 1), 35, 60, 160),
              Field("โทรศัพท์คนพิการ", tel(a, i) if i % 2 == 0 else "", 55, 70, 55),
              Field("ชื่อผู้ดูแล", f"{cn} ({rel})", 40, 90, 100), Field("เลขประจำตัวผู้ดูแล", nid_w(cid, i), 75, 100, 55),
              Field("ที่อยู่ผู้ดูแล", chome, 50, 110, 150), Field("โทรศัพท์ผู้ดูแล", mobile(cm, i), 55, 120, 55),
              Field("แพทย์", doc, 50, 140, 80), Field("ใบอนุญาต", lic, 50, 150, 40),
              Field("สถานพยาบาล", f"{HOSPITALS[0][0]} โทร {HOSPITALS[0][2]}", 45, 160, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบคำขอลงทะเบียนคนพิการ (PDF)", box(cn, CARERS[0][3]), text=f"ส่งแบบคำขอของ{a.name}ค่ะ\n",
                  files=(("ลงทะเบียนคนพิการ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_disability_register", raw, patient(a, ALL, own_phone=i % 2 == 0))


def pdf_typed_certificate_own(a: Party, i: int) -> Case:
    """A woman asks herself for a walker (ไม้เท้า 4 ขา) and attaches the hospital's typed
    certificate as a PDF (letterhead, tax ID, HN, her birth date, the visit date, the
    doctor); her phone and box in the mail."""
    p = a.p
    k = 1 if p.province == PR else 0
    cert = certificate_lines(a, k, i + 4, date(2026, 11, 16 + i % 10))
    paras: list[tuple[float, str]] = [(60, cert[0]), (30, cert[1]), (45, cert[2]), (0, ""), (85, cert[3]), (0, ""),
             (25, cert[4]), (20, cert[5]), (20, cert[6]), (20, cert[7]), (0, ""),
             (110, "ลงชื่อ ........................"), (110, f"({DOCTORS[k][0]})"), (110, f"แพทย์ผู้ตรวจ {DOCTORS[k][1]}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    text = (
        f"เรียน {HC if p.amphoe == 'ห้างฉัตร' else CITY}\n\n{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
        f"อยู่บ้านเลขที่ {home(a, i)} ขอรับไม้เท้า 4 ขา (Walker) เนื่องจากข้อเข่าเสื่อม เดินลำบาก แนบใบรับรองแพทย์มาด้วย{ending(a)}\n"
        f"โทร {tel(a, i + 3)}\n{a.name}\n"
    )
    raw = message(
        i, "ขอรับอุปกรณ์ช่วยเดิน", own_box(a), text=text, files=(("medical_certificate.pdf", data, PDF),)
    )
    return Case("pdf_typed_certificate_own", raw, own(a, ALL))


def pdf_typed_sick_leave_form(a: Party, i: int) -> Case:
    """The official แบบใบลาป่วย typed and saved as PDF: the date, her name and position,
    the leave's dates, the certificate's date, where she can be reached; her supervisor's
    name below."""
    p = a.p
    k = 1 if p.province == PR else 0
    paras: list[tuple[float, str]] = [(85, "แบบใบลาป่วย"), (120, f"เขียนที่ {HC if p.amphoe == 'ห้างฉัตร' else ML}"),
             (120, f"วันที่ {thai_day(date(2026, 12, 3 + i % 3))}"), (20, "เรื่อง ขอลาป่วย"),
             (20, f"เรียน ปลัด{'เทศบาล' if p.amphoe == 'ห้างฉัตร' else 'องค์การบริหารส่วนตำบล'}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} ตำแหน่ง นักวิชาการเงินและบัญชี สังกัด กองคลัง ขอลาป่วย เนื่องจากไข้เลือดออก (A91) "
                  f"ตั้งแต่วันที่ {thai_day(date(2026, 11, 25))} ถึงวันที่ {thai_day(date(2026, 11, 30))} มีกำหนด 4 วัน "
                  f"ข้าพเจ้าได้ลาป่วยครั้งสุดท้ายตั้งแต่วันที่ {thai_day(date(2026, 6, 8 + i % 15))} ถึงวันที่ {thai_day(date(2026, 6, 9 + i % 15))}"),
             (30, f"ในระหว่างลาจะติดต่อข้าพเจ้าได้ที่ {home(a, i)} โทร {tel(a, i + 1)}"),
             (30, f"แนบใบรับรองแพทย์ {HOSPITALS[k][0]} ลงวันที่ {thai_day(date(2026, 11, 25))} {DOCTORS[k][1]}"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (105, f"({a.name})"), (0, ""),
             (20, "ความเห็นผู้บังคับบัญชา ........................ (นางนงลักษณ์ วงศ์คำ) ผู้อำนวยการกองคลัง โทร 054-269-" + f"{200 + i}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ใบลาป่วย", own_box(a), text="เรียน งานการเจ้าหน้าที่\nแนบใบลาป่วยและใบรับรองแพทย์\n",
                  files=(("ใบลาป่วย.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_typed_sick_leave_form",
        raw,
        own(a, "full_name phone email address postal_code province"),
    )


def pdf_fillable_home_care(a: Party, i: int) -> Case:
    """The อบต.'s fillable home-care request (English field names patient_*, caregiver_*,
    osm_*, hn, icd10): the patient's lines, the caregiver's (ID, phone), the อสม.'s (phone)."""
    p = a.p
    cn, cid, cm, _, _chome, rel = CARERS[3]
    on, _, ocard, om = OSM[0]
    labels = [(40, 18, f"แบบขอรับบริการดูแลผู้ป่วยติดเตียงที่บ้าน {ML}"), (20, 40, "ชื่อผู้ป่วย"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "HN"), (100, 70, "รหัสโรค ICD-10"),
              (20, 90, "ผู้ดูแลหลัก"), (20, 100, "เลขประจำตัวประชาชนผู้ดูแล"), (20, 110, "โทรศัพท์ผู้ดูแล"),
              (20, 130, "อสม.ผู้รับผิดชอบ"), (20, 140, "โทรศัพท์ อสม.")]  # fmt: skip
    fields = [Field("patient_name", a.name, 45, 40, 100), Field("patient_id", nid_w(p.nid, i), 60, 50, 55),
              Field("patient_dob", slash(p.born), 135, 50, 45), Field("patient_address", home(a, i + 2), 35, 60, 160),
              Field("hn", hn(i)[3:], 30, 70, 40), Field("icd10", "I63.9, E11.9", 130, 70, 40),
              Field("caregiver_name", f"{cn} ({rel})", 45, 90, 100), Field("caregiver_id", cid, 75, 100, 55, comb=13),
              Field("caregiver_phone", mobile(cm, i + 1), 55, 110, 55),
              Field("osm_name", f"{on} ({ocard})", 50, 130, 100), Field("osm_phone", mobile(om, i), 50, 140, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบขอรับบริการดูแลผู้ป่วยติดเตียง", box(cn, CARERS[3][3]), to="saraban@maelai.example.go.th",
                  text=f"เรียน {ML}\nแนบแบบขอรับบริการของ{a.name}ค่ะ\n", files=(("homecare.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_home_care", raw, patient(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_osm_visit_sheet(a: Party, i: int) -> Case:
    """An อสม.'s visit sheet: her head block (name, card, ID, mobile, village), the
    villager's block (ID, birth date, home), the visits' rows (dates, pressure, sugar)."""
    p = a.p
    on, oid, ocard, om = OSM[1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เยี่ยมบ้าน"
        ws.append(("แบบรายงานการเยี่ยมบ้านผู้ป่วยติดเตียง / ขอรับความช่วยเหลือ",))
        ws.append(("อสม.", on, ocard, "เลขบัตร", nid_w(oid, i), "โทร", mobile(om, i)))
        ws.append(("หมู่บ้าน", f"หมู่ {p.moo} ต.{p.tambon}"))
        ws.append(())
        ws.append(("ผู้ป่วย", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("สิ่งที่ขอ", "เตียงผู้ป่วย ที่นอนลม"))
        ws.append(())
        ws.append(("ครั้งที่", "วันที่เยี่ยม", "ความดัน", "น้ำตาล", "หมายเหตุ"))
        for n in range(3):
            ws.append(
                (
                    n + 1,
                    slash(date(2026, 10 + n, 5 + i % 20)),
                    f"{140 + 5 * n}/{85 + n}",
                    120 + 9 * n,
                    "แผลกดทับที่ก้นกบ",
                )
            )

    raw = message(i, "รายงานเยี่ยมบ้านผู้ป่วยติดเตียง", box(on, "jamrat.osm@gmail.com"), to="saraban@hangchat.example.go.th",
                  text=f"เรียน {HC}\nส่งรายงานเยี่ยมบ้านครับ\n", files=(("เยี่ยมบ้าน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_osm_visit_sheet", raw, patient(a, ALL))


def xlsx_staff_claim_sheet(a: Party, i: int) -> Case:
    """A staff member's claim sheet for her child's outpatient bills: her rows (name, ID,
    position, phone), the child's (name, ID, birth date), the receipts (hospital, its
    tax ID, number, date, amount)."""
    p = a.p
    k = 1 if p.province == PR else 0
    child = f"{'เด็กหญิง' if i % 2 else 'เด็กชาย'}{('ปัณณวัฒน์', 'ณิชาภัทร')[i % 2]} {p.last}"

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอเบิก"
        ws.append(("ใบขอเบิกค่ารักษาพยาบาล (ผู้ป่วยนอก)",))
        ws.append(("ผู้ขอเบิก", a.name, "ตำแหน่ง", "ผู้ช่วยเจ้าพนักงานธุรการ"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(())
        ws.append(
            (
                "ผู้ป่วย (บุตร)",
                child,
                "เลขประจำตัวประชาชน",
                nid_w(with_check_digit("12199" + str(1234500 + i)), i + 1),
                "วันเกิด",
                slash(date(2016 + i % 3, 7, 21)),
            )
        )
        ws.append(())
        ws.append(("สถานพยาบาล", "เลขประจำตัวผู้เสียภาษี", "ใบเสร็จเลขที่", "วันที่", "จำนวนเงิน"))
        for n in range(2):
            ws.append(
                (
                    HOSPITALS[k][0],
                    HOSPITALS[k][3],
                    f"OP{77120 + 13 * n + i}",
                    slash(date(2026, 11, 3 + 7 * n)),
                    650 + 120 * n,
                )
            )

    raw = message(i, "ขอเบิกค่ารักษาพยาบาลบุตร", own_box(a), text="เรียน กองคลัง\nแนบใบขอเบิกและใบเสร็จ\n",
                  files=(("ขอเบิก.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_staff_claim_sheet", raw, staff(a, "full_name national_id birth_date phone email")
    )


def xlsx_rpst_device_referral(a: Party, i: int) -> Case:
    """A รพ.สต.'s sheet asking devices for a patient: its head block (name, address, line,
    the nurse's direct line), the patient's rows (ID, birth date, home, HN, ICD), the
    devices' rows."""
    p = a.p
    rn, raddr, rline, nurse, direct = RPST[1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ส่งต่อ"
        ws.append(("แบบส่งต่อขอรับอุปกรณ์ช่วยเหลือคนพิการ/ผู้ป่วย",))
        ws.append(("หน่วยบริการ", rn))
        ws.append(("ที่ตั้ง", raddr))
        ws.append(("โทร", rline, "ผู้ประสาน", nurse, "สายตรง", direct))
        ws.append(())
        ws.append(("ชื่อ-สกุลผู้ป่วย", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "HN", "ICD-10"))
        ws.append(
            (a.name, nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i + 1), hn(i)[3:], "G20")
        )
        ws.append(())
        ws.append(("ลำดับ", "อุปกรณ์", "จำนวน"))
        ws.append((1, "รถเข็นนั่ง (wheelchair)", 1))
        ws.append((2, "เก้าอี้นั่งถ่าย", 1))

    raw = message(i, "ส่งต่อขอรับอุปกรณ์ช่วยเหลือผู้ป่วย", "รพ.สต.บ้านหนองหล่ม <rpst.nonglom@example.go.th>",
                  to="saraban@hangchat.example.go.th", text=f"เรียน {HC}\nส่งแบบส่งต่อตามแนบค่ะ\n",
                  files=(("ส่งต่ออุปกรณ์.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_rpst_device_referral", raw, patient(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_daughter_disability_register, (0, 2)),
    (plain_osm_bedridden_report, (7, 9)),
    (plain_staff_sick_leave, (10, 11)),
    (plain_wife_wheelchair_loan, (1, 3)),
    (plain_forwarded_rpst_referral, (4, 5)),
    (html_gmail_staff_claim_father, (11, 13)),
    (html_outlook_social_worker, (2, 1)),
    (html_webform_daycare, (5, 4)),
    (html_gmail_deaf_card_renewal, (3, 1)),
    (docx_medical_certificate, (0, 8)),
    (docx_device_loan_form, (8, 7)),
    (docx_staff_claim_memo, (10, 11)),
    (docx_rpst_referral_letter, (9, 7)),
    (pdf_fillable_disability_register, (2, 0)),
    (pdf_typed_certificate_own, (6, 3)),
    (pdf_typed_sick_leave_form, (12, 13)),
    (pdf_fillable_home_care, (7, 9)),
    (xlsx_osm_visit_sheet, (4, 5)),
    (xlsx_staff_claim_sheet, (12, 10)),
    (xlsx_rpst_device_referral, (5, 6)),
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
