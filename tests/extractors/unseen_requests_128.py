"""A hundred-and-twenty-eighth set of requests written by someone who had not read the
readers (issue 8): HEALTH CENTRES TRANSFERRED TO THE PROVINCE (รพ.สต. under the อบจ.) in
กาญจนบุรี, เพชรบุรี and ประจวบคีรีขันธ์, mail to the อบจ. and its รพ.สต.: a copy of one's
medical record (สำเนาเวชระเบียน), patient transport (รถรับส่งผู้ป่วย) for a bedridden parent
asked by a son or by a village health volunteer (อสม.), home visits (เยี่ยมบ้าน), a complaint
about a nurse's service, a clinic's referral letter (ใบส่งตัว), a caregiver's (CG) request
for a dependent elder, a medical certificate for work, an elder's one-line phone mail.
Kinds: plain (iPhone, Android Gmail, Outlook for Android, LINE-forwarded text), HTML (Gmail,
Outlook, a web form notification), Word (the อบจ.'s dotted form, letters, a table form), PDF
(fillable forms, typed letters), xlsx (a volunteer's sheet, a label/value sheet, a
caregiver's monthly sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, the earlier sets'
first docstrings and set 84's test comments).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks), sets 31/63 (a service for one person asked by another is the one it is for) and
set 37 (where only another's phone is given, phone `()`):
- a copy of one's own medical record, a medical certificate for one's work, an elder's
  own one-line mail, a complaint: the one who asks and signs (a complaint is the writer's;
  the nurse, the doctor, the centre's head complained of or named, and the writer's
  mother who was the patient, never);
- patient transport, a home visit, a clinic's referral, a caregiver's request: the
  PATIENT or elder the service is for, never the son, the อสม., the clinic's doctor or the
  caregiver who writes. Their names, IDs, phones and boxes are never the applicant's:
  phone and e-mail `()` where only the writer's appear (no value, or a flagged one, is
  right; the writer's unflagged is silent);
- address: where the applicant lives (the patient's home, not the son's condo, the
  clinic, the hospital, the employer, the health centre); postal code and province of it;
- HN numbers, appointment numbers (เลขนัด), ward and bed numbers, doctors' licences
  (ว.12345), nurses' licence numbers, อสม. and CG certificate numbers, blood pressure
  (150/90 mmHg), sugar levels, visit and appointment dates are never an ID, a phone or a
  birth date; birth date only the applicant's (`()` where only others' appear).
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
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, exp, home, provinces, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@pao-health.example.go.th"
KB = "กาญจนบุรี"
PB = "เพชรบุรี"
PK = "ประจวบคีรีขันธ์"
ALL = "full_name national_id birth_date phone email address postal_code province"

# The ones the requests are FOR (patients, elders) or who ask for themselves.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "บุญเลิศ", "ทองคำสุข", "371010045528", date(1947, 5, 9), "0819473520", "boonlert.tk@gmail.com",
      "45", "3", "", "", "ลาดหญ้า", "เมืองกาญจนบุรี", KB, "71190"),
    P("นาง", "สำเนียง", "พวงมาลัย", "371050012744", date(1952, 10, 21), "0867120934", "samniang.pm@hotmail.com",
      "112/1", "5", "", "", "ท่าม่วง", "ท่าม่วง", KB, "71110"),
    P("นางสาว", "ศิริพร", "แย้มกลีบ", "371040067315", date(1994, 2, 14), "0925514807", "siriporn.yk@gmail.com",
      "8", "2", "", "", "ท่าเรือ", "ท่ามะกา", KB, "71130"),
    P("นาย", "ประเสริฐ", "มั่นคง", "376010033471", date(1956, 7, 3), "0897734105", "prasert.mk@yahoo.com",
      "27", "", "", "ราชวิถี", "ท่าราบ", "เมืองเพชรบุรี", PB, "76000"),
    P("นาง", "ละเอียด", "สุขประเสริฐ", "376050021936", date(1943, 12, 30), "0814402276", "",
      "91", "6", "", "", "ท่ายาง", "ท่ายาง", PB, "76130"),
    P("นาย", "วีระพงษ์", "แก้วกาญจนา", "376040058842", date(1989, 4, 17), "0631187420", "weerapong.kk@gmail.com",
      "5/3", "1", "", "", "บ้านลาด", "บ้านลาด", PB, "76150"),
    P("นาง", "จำปี", "ศรีสมุทร", "377010044615", date(1950, 3, 2), "0849917203", "jampee.ss@gmail.com",
      "64", "", "", "สุขาภิบาล", "ประจวบคีรีขันธ์", "เมืองประจวบคีรีขันธ์", PK, "77000"),
    P("นาย", "สมหมาย", "เพชรน้อย", "377060019287", date(1941, 8, 25), "0862249815", "",
      "19", "4", "", "", "กำเนิดนพคุณ", "บางสะพาน", PK, "77140"),
    P("นางสาว", "กนกวรรณ", "บุญชู", "377030072210", date(1998, 11, 6), "0954418362", "kanokwan.bc@gmail.com",
      "33/7", "8", "", "", "ปราณบุรี", "ปราณบุรี", PK, "77120"),
    P("นาง", "ทองใบ", "อ่อนละมัย", "377050036659", date(1945, 1, 18), "0816624093", "",
      "102", "7", "", "", "ทับสะแก", "ทับสะแก", PK, "77130"),
    P("นาย", "เสน่ห์", "จันทร์หอม", "371070028803", date(1949, 6, 11), "0872206418", "saneh.jh@gmail.com",
      "3", "9", "", "", "บ่อพลอย", "บ่อพลอย", KB, "71160"),
    P("นาง", "พเยาว์", "นาคสวัสดิ์", "376030047712", date(1954, 9, 27), "0898820461", "payao.ns@hotmail.com",
      "58", "2", "", "", "เขาย้อย", "เขาย้อย", PB, "76140"),
)  # fmt: skip

# Others in the mail: (name, ID, mobile) of sons/daughters, volunteers, caregivers.
RELATIVES: tuple[tuple[str, str, str], ...] = (
    ("นายสุรชัย ทองคำสุข", with_check_digit("371010078815"), "0815573290"),
    ("นายอนุชา พวงมาลัย", with_check_digit("110040052231"), "0869914427"),
    ("นายธีรวัฒน์ มั่นคง", with_check_digit("376010091106"), "0952217734"),
    ("นายชัยวัฒน์ เพชรน้อย", with_check_digit("377060083342"), "0637718826"),
)
VOLUNTEERS: tuple[tuple[str, str, str, str], ...] = (  # name, ID, mobile, อสม. card
    ("นางมาลี ดวงแก้ว", with_check_digit("376050064428"), "0894412075", "76-0513-00482"),
    ("นางสาวอรุณี ปิ่นทอง", with_check_digit("377050025591"), "0618830254", "77-0702-01137"),
)
CAREGIVERS: tuple[tuple[str, str, str, str], ...] = (  # name, ID, mobile, CG certificate
    ("นางสาวปราณี ยิ้มแย้ม", with_check_digit("371070055614"), "0827719036", "CG-กจ 2565/0318"),
    ("นางวันเพ็ญ ขำทอง", with_check_digit("377010061127"), "0846630517", "CG-ปข 2566/0142"),
)
NURSES = ("นางสาวจิราภรณ์ ศรีเมือง", "นางปิยะนุช วงษ์สวัสดิ์")
DOCTORS = (("นพ.ธนากร ศิริวัฒน์", "ว.38814"), ("พญ.ณัฐชา ลิ้มประเสริฐ", "ว.41257"))
# Each province's health centres (name, line) and the hospital patients are taken to.
CENTRES = {
    KB: (("รพ.สต.บ้านลาดหญ้า", "034-540-118"), ("รพ.สต.บ่อพลอย", "034-581-362")),
    PB: (("รพ.สต.ท่ายาง", "032-461-257"), ("รพ.สต.บ้านเขาย้อย", "032-562-093")),
    PK: (("รพ.สต.บ้านหนองแก", "032-611-904"), ("รพ.สต.ทับสะแก", "032-671-238")),
}
HOSPITALS = {
    KB: "โรงพยาบาลพหลพลพยุหเสนา",
    PB: "โรงพยาบาลพระจอมเกล้า จังหวัดเพชรบุรี",
    PK: "โรงพยาบาลประจวบคีรีขันธ์",
}


def centre(a: Party, i: int) -> str:
    return CENTRES[a.p.province][i % 2][0]


def centre_line(a: Party, i: int) -> str:
    return CENTRES[a.p.province][i % 2][1]


def hospital(a: Party) -> str:
    return HOSPITALS[a.p.province]


def e(a: Party, keys: str = ALL, *, none: str = "") -> dict[str, tuple[str, ...]]:
    """`a`'s values for `keys`; those in `none` expect no value (`()`)."""
    out = exp(a, keys)
    for k in none.split():
        out[k] = ()
    if not a.p.email and "email" in out and "email" not in none:
        out["email"] = ()
    return out


def hn(i: int) -> str:
    return f"HN {64 + i % 3}-{10452 + 317 * i:06d}"


def visit(i: int) -> str:
    d = 3 + (7 * i) % 25
    m = (i % 11) + 1
    return (
        f"{d} {MONTHS_SHORT[m - 1]} 2569",
        f"{d:02d}/{m:02d}/2569",
        f"{d} {MONTHS[m - 1]} 2569",
    )[i % 3]


def bp(i: int) -> str:
    return f"{138 + i % 30}/{82 + i % 13}"


def name(a: Party) -> str:
    return a.name


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def end(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def msg(n: int, sender: str, subject: str, *, text: str | None = None, html: str | None = None,
        files: tuple[tuple[str, bytes, str], ...] = (), headers: dict[str, str] | None = None) -> bytes:  # fmt: skip
    m = EmailMessage()
    m["From"] = sender
    m["To"] = DESK
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 12, 7, 1 + n % 9, n % 60, tzinfo=UTC))
    m["Message-ID"] = f"<set128-{n}@example.net>"
    for k, v in (headers or {}).items():
        m[k] = v
    set_body(m, text, html)
    for fname, data, mime in files:
        main, sub = mime.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=fname)
    return bytes(m)


def own_from(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email or 'no-reply@example.net'}>"


Style = Callable[[Party, int], Case]

# Whose request each style is (written before any run).
WHO: dict[str, str] = {
    "plain_iphone_elder_oneline": "the elder who writes one line for a home visit from her own box (no ID, no birth date written)",
    "plain_son_transport_father": "the bedridden parent the transport is for; the son's name, ID, phone, box never: phone and email ()",
    "plain_osm_transport_patient": "the patient the อสม. asks transport for; the อสม.'s name, ID, card, mobile never; the patient's own mobile is written",
    "plain_outlook_medcert_work": "the worker who asks a certificate for herself; the employer's HR phone and address, the doctor's licence never",
    "plain_line_forward_record": "the one who asks a copy of her own record, forwarded from LINE; the HN and visit dates never",
    "html_gmail_nurse_complaint": "the writer who complains (her own values); her mother the patient, the nurse, the head never",
    "html_outlook_clinic_referral": "the patient referred; the clinic's doctor (ว.), its line, address and box never: email ()",
    "html_webform_home_visit": "the elder in the ผู้รับบริการ section; the ผู้แจ้ง (daughter) section never",
    "html_gmail_caregiver_supplies": "the dependent elder; the caregiver's name, ID, certificate, mobile and box never: phone and email ()",
    "docx_record_copy_form": "the one who asks her own record on the dotted form; the insurer's line, HN never",
    "docx_son_transport_letter": "the father the transport is for; the son's block and phone never: phone ()",
    "docx_medcert_table": "the worker in the table's ผู้ขอ rows; the employer's rows never",
    "docx_complaint_letter": "the complainant who signs; the nurse and the centre's head never",
    "pdf_fillable_transport": "the patient (pt_* fields); req_* (the son) never: phone from pt_phone",
    "pdf_fillable_home_visit": "the elder (meaningless field names, labels beside); the volunteer informant never",
    "pdf_typed_clinic_referral": "the patient (his own mobile written in the letter); the clinic's block top left, its line, the doctor (ว.) who signs never: email ()",
    "pdf_typed_medcert_letter": "the writer who asks for herself, block top right; the employer's values never",
    "xlsx_osm_transport_sheet": "the patient's row under the volunteer's head block: phone ()",
    "xlsx_record_copy_pairs": "the ผู้ขอ pairs; the ผู้รับแทน (one who collects) pairs never",
    "xlsx_caregiver_month": "the elder's row; the caregiver's row and BP readings never: phone ()",
}

# --- plain -------------------------------------------------------------------------------


def plain_iphone_elder_oneline(a: Party, i: int) -> Case:
    text = (
        f"ขอหมอมาเยี่ยมที่บ้านหน่อย ขาบวม เดินไม่ไหว ความดัน {bp(i)} {name(a)} {home(a, i)} โทร {thai(mobile(a.p.mobile, i)) if i % 2 else mobile(a.p.mobile, i)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    return Case(
        "plain_iphone_elder_oneline",
        msg(i, own_from(a), "เยี่ยมบ้าน", text=text),
        e(a, "full_name phone email address postal_code province"),
    )


def plain_son_transport_father(a: Party, i: int) -> Case:
    son, sid, sph = RELATIVES[i % len(RELATIVES)]
    son = f"{son.split()[0]} {a.p.last}"
    text = f"""เรียน หัวหน้า{centre(a, i)}

ผม{son} เลขบัตรประชาชน {nid_w(sid, i)} เป็นลูกชายของ{name(a)} ขอใช้รถรับส่งผู้ป่วยพาพ่อไปตามนัดที่{hospital(a)} วันที่ {visit(i)} เวลา 08.30 น. (เลขนัด AP-2569-{4410 + i}) {hn(i)}
พ่อป่วยติดเตียงมา 2 ปี ความดันล่าสุด {bp(i)} mmHg ลุกนั่งเองไม่ได้

ข้อมูลผู้ป่วย
ชื่อ {name(a)}
เลขประจำตัวประชาชน {nid_w(a.p.nid, i + 1)}
เกิดวันที่ {born_th(a.p.born, i)}
ที่อยู่ {home(a, i)}

ผมทำงานอยู่กรุงเทพฯ ห้องชุด 1208 อาคารลุมพินี ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310
ติดต่อผมได้ที่ {mobile(sph, i)} ครับ

ขอบคุณครับ
{son}

Sent from my Android
"""
    return Case(
        "plain_son_transport_father",
        msg(i, f"{son[3:]} <son.help{i}@gmail.com>", "ขอรถรับส่งผู้ป่วยติดเตียง", text=text),
        e(a, none="phone email"),
    )


def plain_osm_transport_patient(a: Party, i: int) -> Case:
    v, vid, vph, card = VOLUNTEERS[i % 2]
    text = f"""เรียน ผอ.กองสาธารณสุข อบจ.

ดิฉัน{v} อสม. หมู่ {a.p.moo or "1"} บัตร อสม. เลขที่ {card} (เลขบัตรประชาชน {vid}) ขอแจ้งขอรถรับส่งผู้ป่วยให้ผู้ป่วยในความดูแล

ผู้ป่วย: {name(a)}
เลขบัตร: {nid_w(a.p.nid, i)}
วันเกิด: {born_th(a.p.born, i + 1)}
บ้านเลขที่: {home(a, i + 1)}
เบอร์ผู้ป่วย: {mobile(a.p.mobile, i + 1)}
นัดล้างไต {visit(i)} {hn(i)} ความดันวันนี้ {bp(i)}

ติดต่อกลับ อสม. {mobile(vph, i)}
{v}
"""
    return Case(
        "plain_osm_transport_patient",
        msg(i, f"osm.volunteer{i}@gmail.com", "ขอรถรับส่งผู้ป่วย (แจ้งโดย อสม.)", text=text),
        e(a, "full_name national_id birth_date phone address postal_code province"),
    )


def plain_outlook_medcert_work(a: Party, i: int) -> Case:
    doc, lic = DOCTORS[i % 2]
    text = f"""สวัสดี{end(a)}

{me(a)}ขอใบรับรองแพทย์เพื่อใช้สมัครงาน (บริษัท สยามฟู้ดแพ็ค จำกัด นิคมอุตสาหกรรม ต.ท่าม่วง โทร HR 034-611-420 ต่อ 118)
ตรวจสุขภาพแล้วเมื่อ {visit(i)} กับ{doc} ({lic}) ความดัน {bp(i)} น้ำหนัก 58 กก.

ชื่อ-สกุล : {name(a)}
เลขที่บัตรประชาชน :
{nid_w(a.p.nid, i)}
วัน/เดือน/ปีเกิด : {born_th(a.p.born, i + 2)}
ที่อยู่ตามบัตร : {home(a, i)}
มือถือ : {mobile(a.p.mobile, i)}

ขอบคุณ{end(a)}
{name(a)}

Get Outlook for Android
"""
    return Case(
        "plain_outlook_medcert_work",
        msg(i, own_from(a), "ขอใบรับรองแพทย์ (สมัครงาน)", text=text),
        e(a),
    )


def plain_line_forward_record(a: Party, i: int) -> Case:
    doc, lic = DOCTORS[(i + 1) % 2]
    text = f"""---------- Forwarded message ---------
[LINE] ประวัติการแชทกับ {a.p.first}

2569.12.06 วันเสาร์
10:14\t{a.p.first}\tสวัสดี{end(a)} ขอสำเนาเวชระเบียนของตัวเองไปเคลมประกัน{end(a)}
10:15\t{a.p.first}\tเลข {hn(i)} รักษากับ{doc} {lic} วันที่ {visit(i)} และ {visit(i + 4)}
10:17\t{centre(a, i)}\tรบกวนแจ้งชื่อ เลขบัตร วันเกิด ที่อยู่ เบอร์ ทางอีเมลนะคะ โทรกลับ {centre_line(a, i)}
10:21\t{a.p.first}\tชื่อ {name(a)}
10:21\t{a.p.first}\tเลขบัตร {nid_w(a.p.nid, i + 2)}
10:22\t{a.p.first}\tเกิด {born_th(a.p.born, i)}
10:22\t{a.p.first}\tอยู่ {home(a, i + 2)}
10:23\t{a.p.first}\tเบอร์ {mobile(a.p.mobile, i + 2)}
"""
    return Case(
        "plain_line_forward_record", msg(i, own_from(a), "Fwd: ขอสำเนาเวชระเบียน", text=text), e(a)
    )


# --- HTML --------------------------------------------------------------------------------


def html_gmail_nurse_complaint(a: Party, i: int) -> Case:
    nurse = NURSES[i % 2]
    mother = "นางสายหยุด " + a.p.last
    html = f"""<div dir="ltr"><div>เรียน นายกองค์การบริหารส่วนจังหวัด</div><div><br></div>
<div>{me(a)}{name(a)} ขอร้องเรียนการให้บริการของพยาบาลวิชาชีพ {nurse} (เลขที่ใบอนุญาต 5611{20483 + i}) ที่{centre(a, i)}
เมื่อวันที่ {visit(i)} {me(a)}พามารดา {mother} (อายุ 81 ปี, {hn(i)}) ไปวัดความดันได้ {bp(i)} พยาบาลพูดจาไม่สุภาพและให้รอนานกว่า 3 ชั่วโมง</div>
<div><br></div>
<div><b>ข้อมูลผู้ร้องเรียน</b></div>
<div>เลขประจำตัวประชาชน {nid_w(a.p.nid, i)}</div>
<div>เกิด {born_th(a.p.born, i)}</div>
<div>ที่อยู่ {home(a, i)}</div>
<div>โทร. {tel(a, i)}</div><div><br></div>
<div>ขอแสดงความนับถือ</div><div>{name(a)}</div>
<div class="gmail_signature">--<br>ส่งจาก Gmail</div></div>"""
    return Case(
        "html_gmail_nurse_complaint",
        msg(i, own_from(a), "ร้องเรียนการบริการพยาบาล รพ.สต.", html=html),
        e(a),
    )


def html_outlook_clinic_referral(a: Party, i: int) -> Case:
    doc, lic = DOCTORS[i % 2]
    rows = [("ชื่อผู้ป่วย", name(a)), ("เลขประจำตัวประชาชน", nid_w(a.p.nid, i)),
            ("วันเกิด", born_th(a.p.born, i + 1)), ("ที่อยู่", home(a, i)),
            ("โทรศัพท์ผู้ป่วย", mobile(a.p.mobile, i)), ("HN คลินิก", hn(i)),
            ("การวินิจฉัย", f"ความดันโลหิตสูง BP {bp(i)} mmHg, DM"), ("นัดติดตาม", visit(i))]  # fmt: skip
    table = "".join(
        f"<tr><td style='border:1px solid #999'>{k}</td><td style='border:1px solid #999'>{v}</td></tr>"
        for k, v in rows
    )
    html = f"""<html><body><div class="WordSection1"><p class="MsoNormal">เรียน ผอ.{centre(a, i)}</p>
<p class="MsoNormal">คลินิกเวชกรรมขอส่งตัวผู้ป่วยเพื่อติดตามการรักษาต่อเนื่องใกล้บ้าน รายละเอียดดังนี้</p>
<table style="border-collapse:collapse">{table}</table>
<p class="MsoNormal">จึงเรียนมาเพื่อโปรดพิจารณา</p>
<p class="MsoNormal">{doc}<br>แพทย์ผู้ส่งต่อ ใบอนุญาตประกอบวิชาชีพเวชกรรม {lic}<br>
คลินิกเวชกรรมหมอธนากร 88/2 ถนนแสงชูโต ตำบลบ้านเหนือ อำเภอเมืองกาญจนบุรี จังหวัดกาญจนบุรี 71000<br>
โทร 034-514-227 | clinic.thanakorn@gmail.com</p></div></body></html>"""
    return Case(
        "html_outlook_clinic_referral",
        msg(
            i,
            "คลินิกเวชกรรมหมอธนากร <clinic.thanakorn@gmail.com>",
            "ใบส่งตัวผู้ป่วย (Refer)",
            html=html,
            headers={"X-Mailer": "Microsoft Outlook 16.0"},
        ),
        e(a, none="email"),
    )


def html_webform_home_visit(a: Party, i: int) -> Case:
    daughter = f"นางสาวสุภาวดี {a.p.last}"
    did = with_check_digit(f"1{a.p.nid[1:5]}0099{i:03d}"[:12])
    sec = [("ผู้แจ้ง", [("ชื่อ-นามสกุล", daughter), ("เลขบัตรประชาชน", did), ("เกี่ยวข้องเป็น", "บุตรสาว"),
                        ("เบอร์โทรผู้แจ้ง", "0891127" + f"{340 + i:03d}"), ("อีเมล", f"supawadee{i}@hotmail.com")]),
           ("ผู้รับบริการ", [("ชื่อ-นามสกุล", name(a)), ("เลขบัตรประชาชน", nid_w(a.p.nid, i)),
                             ("วันเกิด", born_th(a.p.born, i)), ("ที่อยู่", home(a, i)),
                             ("เบอร์โทร", tel(a, i + 1)), ("อาการ", f"ติดเตียง แผลกดทับ ความดัน {bp(i)}")])]  # fmt: skip
    body = "".join(
        f"<h3>{title}</h3><table>"
        + "".join(f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + "</table>"
        for title, rows in sec
    )
    html = f"""<html><body><p>มีคำขอใหม่จากแบบฟอร์ม <b>ขอรับบริการเยี่ยมบ้าน</b> (เลขที่คำขอ HV-2569-{1200 + i})</p>{body}
<p style="color:#888">ข้อความนี้ส่งอัตโนมัติจากระบบ e-Service อบจ. กรุณาอย่าตอบกลับ</p></body></html>"""
    return Case(
        "html_webform_home_visit",
        msg(
            i,
            "e-Service อบจ. <no-reply@pao-eservice.example.go.th>",
            f"[e-Service] คำขอเยี่ยมบ้าน HV-2569-{1200 + i}",
            html=html,
        ),
        e(a, "full_name national_id birth_date phone address postal_code province"),
    )


def html_gmail_caregiver_supplies(a: Party, i: int) -> Case:
    cg, cid, cph, cert = CAREGIVERS[i % 2]
    html = f"""<div dir="ltr">เรียน Care Manager {centre(a, i)}<br><br>
ดิฉัน{cg} ผู้ดูแลผู้สูงอายุ (Caregiver) เลขที่ใบรับรอง {cert} ขอรับผ้าอ้อมผู้ใหญ่และที่นอนลมสำหรับผู้สูงอายุที่อยู่ในความดูแล (LTC กลุ่ม 3) ดังนี้<br><br>
<table border="1" cellpadding="4"><tr><th>ชื่อผู้สูงอายุ</th><th>เลขบัตรประชาชน</th><th>วันเกิด</th><th>ที่อยู่</th><th>ADL</th></tr>
<tr><td>{name(a)}</td><td>{nid_w(a.p.nid, i)}</td><td>{born_th(a.p.born, i + 2)}</td><td>{home(a, i + 1)}</td><td>4/20</td></tr></table><br>
ความดันเมื่อ {visit(i)} = {bp(i)} , DTX 162<br><br>
ติดต่อ CG: {mobile(cph, i)}<br>เลขบัตร CG {nid_w(cid, i)}<br><br>ขอบคุณค่ะ<br>{cg}</div>"""
    return Case(
        "html_gmail_caregiver_supplies",
        msg(
            i,
            f"{cg[6:] if cg.startswith('นางสาว') else cg[3:]} <cg.care{i}@gmail.com>",
            "ขอรับผ้าอ้อมผู้ใหญ่ ผู้สูงอายุติดเตียง",
            html=html,
        ),
        e(a, none="phone email"),
    )


# --- Word --------------------------------------------------------------------------------


def docx_record_copy_form(a: Party, i: int) -> Case:
    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอสำเนาเวชระเบียน / ประวัติการรักษา")
        d.add_paragraph(f"เขียนที่ {centre(a, i)}    วันที่ {visit(i + 3)}")
        d.add_paragraph(f"ข้าพเจ้า (นาย/นาง/นางสาว) ......{name(a)}......")
        d.add_paragraph(
            f"เลขประจำตัวประชาชน ......{nid_w(a.p.nid, i)}......  เกิดวันที่ ......{born_th(a.p.born, i)}......"
        )
        d.add_paragraph(f"ที่อยู่ปัจจุบัน ......{home(a, i)}......")
        d.add_paragraph(
            f"โทรศัพท์มือถือ ......{tel(a, i)}......  E-mail ......{a.p.email or '-'}......"
        )
        d.add_paragraph(
            f"เลขประจำตัวผู้ป่วย (HN) ......{hn(i)}......  รับบริการวันที่ {visit(i)} ถึง {visit(i + 2)}"
        )
        d.add_paragraph(
            "มีความประสงค์ขอสำเนาเวชระเบียน เพื่อ  ☑ เบิกประกัน (บริษัท ไทยประกันชีวิต จำกัด โทร 1124)  ☐ อื่นๆ"
        )
        d.add_paragraph(f"ลงชื่อ ....................... ผู้ขอ\n      ( {name(a)} )")

    data = docx_bytes(build)
    return Case(
        "docx_record_copy_form",
        msg(
            i,
            own_from(a),
            "ส่งแบบคำขอสำเนาเวชระเบียน",
            text=f"แนบแบบคำขอสำเนาเวชระเบียน{end(a)}\n{a.p.first}",
            files=(("คำขอสำเนาเวชระเบียน.docx", data, DOCX),),
        ),
        e(a),
    )


def docx_son_transport_letter(a: Party, i: int) -> Case:
    son, sid, sph = RELATIVES[(i + 1) % len(RELATIVES)]
    son = f"{son.split()[0]} {a.p.last}"

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{son}\n99/15 หมู่บ้านพฤกษา ถนนบางกรวย-ไทรน้อย\nตำบลบางรักพัฒนา อำเภอบางบัวทอง\nจังหวัดนนทบุรี 11110\nโทร {mobile(sph, i)}"
        ).alignment = 2
        d.add_paragraph(f"{visit(i + 5)}").alignment = 2
        d.add_paragraph("เรื่อง  ขอความอนุเคราะห์รถรับส่งผู้ป่วยติดเตียง")
        d.add_paragraph(f"เรียน  ผู้อำนวยการ{centre(a, i)}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {son} เลขประจำตัวประชาชน {nid_w(sid, i + 1)} เป็นบุตรของ {name(a)} "
            f"เลขประจำตัวประชาชน {nid_w(a.p.nid, i)} เกิดวันที่ {born_th(a.p.born, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ซึ่งป่วยเป็นโรคหลอดเลือดสมอง ติดเตียง "
            f"มีนัดพบแพทย์ที่{hospital(a)} วันที่ {visit(i)} ({hn(i)} เลขนัด {7700 + 13 * i}) "
            "ข้าพเจ้าทำงานอยู่ต่างจังหวัด จึงขอความอนุเคราะห์รถรับส่งผู้ป่วยของ รพ.สต."
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({son})\nบุตรชายผู้ป่วย")

    data = docx_bytes(build)
    return Case(
        "docx_son_transport_letter",
        msg(
            i,
            f"son <theerawat{i}@hotmail.com>",
            "หนังสือขอรถรับส่งผู้ป่วย",
            text="เรียนเจ้าหน้าที่ ส่งหนังสือตามไฟล์แนบครับ",
            files=(("ขอรถรับส่ง.docx", data, DOCX),),
        ),
        e(a, none="phone email"),
    )


def docx_medcert_table(a: Party, i: int) -> Case:
    def build(d: Any) -> None:
        d.add_paragraph("คำขอใบรับรองแพทย์ (สำหรับสมัครงาน/ทำงาน)")
        rows = [("ส่วนที่ 1 ผู้ขอ", ""), ("ชื่อ - สกุล", name(a)), ("เลขประจำตัวประชาชน", nid_w(a.p.nid, i)),
                ("วันเดือนปีเกิด", born_th(a.p.born, i + 2)), ("ที่อยู่ที่ติดต่อได้", home(a, i + 1)),
                ("โทรศัพท์", tel(a, i + 1)), ("อีเมล", a.p.email or "-"),
                ("ส่วนที่ 2 สถานที่ทำงาน", ""), ("ชื่อนายจ้าง", "บริษัท ชะอำบีชรีสอร์ท จำกัด"),
                ("ที่ตั้ง", "222 ถนนเพชรเกษม ตำบลชะอำ อำเภอชะอำ จังหวัดเพชรบุรี 76120"),
                ("โทรศัพท์นายจ้าง", "032-471-500"), ("ผลตรวจ", f"BP {bp(i)} ชีพจร 78 ครั้ง/นาที")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = k, v
        d.add_paragraph(f"ตรวจเมื่อ {visit(i)}")

    data = docx_bytes(build)
    return Case(
        "docx_medcert_table",
        msg(
            i,
            own_from(a),
            "ขอใบรับรองแพทย์",
            text=f"เรียนเจ้าหน้าที่ {me(a)}ส่งคำขอใบรับรองแพทย์มาตามไฟล์แนบ{end(a)}",
            files=(("ใบรับรองแพทย์_คำขอ.docx", data, DOCX),),
        ),
        e(a),
    )


def docx_complaint_letter(a: Party, i: int) -> Case:
    nurse = NURSES[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {a.p.house}").alignment = 2
        d.add_paragraph(f"วันที่ {visit(i + 1)}").alignment = 2
        d.add_paragraph("เรื่อง ร้องเรียนพฤติกรรมการให้บริการของเจ้าหน้าที่")
        d.add_paragraph("เรียน นายกองค์การบริหารส่วนจังหวัด")
        d.add_paragraph(
            f"ข้าพเจ้า {name(a)} อายุ {thai(str(2026 - a.p.born.year))} ปี เลขประจำตัวประชาชน {thai(nid_w(a.p.nid, i))} "
            f"อยู่บ้านเลขที่ {home(a, i)} โทรศัพท์ {tel(a, i)} ขอร้องเรียน {nurse} พยาบาลวิชาชีพชำนาญการ "
            f"ประจำ{centre(a, i)} (หัวหน้า รพ.สต. นายสมชาย รุ่งเรืองศรี โทร {centre_line(a, i)}) "
            f"เมื่อวันที่ {visit(i)} ข้าพเจ้าไปฉีดอินซูลิน ({hn(i)}) ความดัน {bp(i)} "
            "เจ้าหน้าที่ไม่ยอมให้บริการ อ้างว่าหมดเวลา ทั้งที่ยังไม่ถึง 16.00 น."
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\nลงชื่อ ......................... ผู้ร้องเรียน\n({name(a)})")

    data = docx_bytes(build)
    return Case(
        "docx_complaint_letter",
        msg(
            i,
            own_from(a),
            "หนังสือร้องเรียน",
            text="ส่งหนังสือร้องเรียนตามแนบ",
            files=(("ร้องเรียน.docx", data, DOCX),),
        ),
        e(a, "full_name national_id phone email address postal_code province"),
    )


# --- PDF ---------------------------------------------------------------------------------


def pdf_fillable_transport(a: Party, i: int) -> Case:
    son, sid, sph = RELATIVES[(i + 2) % len(RELATIVES)]
    son = f"{son.split()[0]} {a.p.last}"
    labels = [(20, 20, "แบบขอใช้รถรับส่งผู้ป่วย องค์การบริหารส่วนจังหวัด"),
              (20, 35, "ข้อมูลผู้ป่วย"), (20, 45, "ชื่อ-สกุล"), (20, 55, "เลขบัตรประชาชน"), (20, 65, "วันเกิด"),
              (20, 75, "ที่อยู่"), (20, 85, "รหัสไปรษณีย์"), (110, 85, "จังหวัด"), (20, 95, "โทรศัพท์"),
              (20, 110, "ผู้ขอ (ญาติ)"), (20, 120, "ชื่อ-สกุล"), (20, 130, "เลขบัตรประชาชน"), (20, 140, "โทรศัพท์"),
              (20, 155, "ปลายทาง / วันนัด"), (20, 165, "HN / ความดัน")]  # fmt: skip
    p = a.p
    fields = [
        Field("pt_name", name(a), 60, 45, 90),
        Field("pt_id", p.nid, 60, 55, 60, comb=13),
        Field("pt_dob", born_th(p.born, i), 60, 65),
        Field("pt_addr", f"{p.house} {p.rest()}", 60, 75, 120),
        Field("pt_zip", p.postal, 60, 85, 25),
        Field("pt_prov", p.province, 130, 85, 50),
        Field("pt_phone", tel(a, i), 60, 95),
        Field("req_name", son, 60, 120, 90),
        Field("req_id", sid, 60, 130, 60, comb=13),
        Field("req_phone", mobile(sph, i), 60, 140),
        Field("dest", f"{hospital(a)} {visit(i)} 09.00 น.", 60, 155, 120),
        Field("hn_bp", f"{hn(i)} BP {bp(i)}", 60, 165, 120),
    ]
    data = acroform(pdf_page(labels), fields)
    return Case(
        "pdf_fillable_transport",
        msg(
            i,
            f"{son[3:]} <req{i}@gmail.com>",
            "แบบขอใช้รถรับส่งผู้ป่วย",
            text="ส่งแบบฟอร์มที่กรอกแล้วครับ",
            files=(("form_rot_rubsong.pdf", data, PDF),),
        ),
        e(a, none="email"),
    )


def pdf_fillable_home_visit(a: Party, i: int) -> Case:
    v, vid, vph, card = VOLUNTEERS[(i + 1) % 2]
    labels = [(20, 20, "แบบแจ้งขอรับการเยี่ยมบ้าน (ผู้สูงอายุ/ผู้ป่วยติดบ้านติดเตียง)"),
              (20, 35, "ผู้รับบริการ  ชื่อ"), (20, 45, "เลขประจำตัวประชาชน"), (20, 55, "วัน เดือน ปี เกิด"),
              (20, 65, "ที่อยู่"), (20, 75, "โทรศัพท์"),
              (20, 95, "ผู้แจ้ง (อสม.)  ชื่อ"), (20, 105, "เลขบัตร อสม."), (20, 115, "เลขประจำตัวประชาชน"), (20, 125, "โทรศัพท์"),
              (20, 140, "ความดันโลหิต / วันที่วัด")]  # fmt: skip
    fields = [
        Field("Text1", name(a), 75, 35, 90),
        Field("Text2", nid_w(a.p.nid, i), 75, 45, 60),
        Field("Text3", born_th(a.p.born, i + 1), 75, 55),
        Field("Text4", home(a, i), 75, 65, 120),
        Field("Text5", tel(a, i + 2), 75, 75),
        Field("Text6", v, 75, 95, 90),
        Field("Text7", card, 75, 105),
        Field("Text8", nid_w(vid, i), 75, 115, 60),
        Field("Text9", mobile(vph, i), 75, 125),
        Field("Text10", f"{bp(i)} mmHg / {visit(i)}", 75, 140, 90),
    ]
    data = acroform(pdf_page(labels), fields)
    return Case(
        "pdf_fillable_home_visit",
        msg(
            i,
            f"osm <osm{i}@hotmail.com>",
            "แจ้งขอเยี่ยมบ้าน",
            text="แนบแบบแจ้งเยี่ยมบ้านค่ะ",
            files=(("เยี่ยมบ้าน.pdf", data, PDF),),
        ),
        e(a, "full_name national_id birth_date phone address postal_code province"),
    )


def pdf_typed_clinic_referral(a: Party, i: int) -> Case:
    doc, lic = DOCTORS[(i + 1) % 2]
    paras = [
        (20, "คลินิกเวชกรรมหมอณัฐชา"),
        (20, "45/6 ถนนเพชรเกษม ตำบลหัวหิน อำเภอหัวหิน"),
        (20, "จังหวัดประจวบคีรีขันธ์ 77110 โทร 032-530-771"),
        (20, ""),
        (75, "ใบส่งตัวผู้ป่วย (Referral Letter)"),
        (20, ""),
        (20, f"เรียน ผู้อำนวยการ{centre(a, i)}"),
        (
            20,
            f"ขอส่งตัว {name(a)} เลขประจำตัวประชาชน {nid_w(a.p.nid, i)} เกิดวันที่ {born_th(a.p.born, i)} "
            f"ที่อยู่ {home(a, i)} โทร {mobile(a.p.mobile, i + 1)}",
        ),
        (20, f"การวินิจฉัย: Hypertension, BP {bp(i)} mmHg วันที่ตรวจ {visit(i)} {hn(i)}"),
        (20, "เพื่อรับยาและติดตามความดันต่อเนื่องที่ รพ.สต. ใกล้บ้าน"),
        (20, ""),
        (110, f"({doc})"),
        (110, f"แพทย์ผู้ส่งต่อ {lic}"),
    ]
    data = pdf_page(flow(paras, 14, "Laksaman"))
    return Case(
        "pdf_typed_clinic_referral",
        msg(
            i,
            f"คลินิกหมอณัฐชา <natcha.clinic{i}@gmail.com>",
            "ส่งตัวผู้ป่วย",
            text="เรียนเจ้าหน้าที่ ส่งใบส่งตัวตามแนบค่ะ",
            files=(("refer.pdf", data, PDF),),
        ),
        e(a, none="email"),
    )


def pdf_typed_medcert_letter(a: Party, i: int) -> Case:
    paras = [
        (120, f"{a.p.house} {a.p.rest(short=True)}"),
        (120, f"{provinces(a.p)[1]} {a.p.postal}"),
        (120, visit(i + 6)),
        (20, ""),
        (20, "เรื่อง ขอใบรับรองแพทย์เพื่อประกอบการทำงาน"),
        (20, f"เรียน ผู้อำนวยการ{centre(a, i)}"),
        (
            20,
            f"{me(a)} {name(a)} เลขประจำตัวประชาชน {nid_w(a.p.nid, i + 1)} เกิดวันที่ {born_th(a.p.born, i + 1)} "
            f"โทร {tel(a, i + 2)} อีเมล {a.p.email or '-'} ได้รับการคัดเลือกเข้าทำงานที่ โรงแรมปราณบุรีบีช "
            "เลขที่ 9 หมู่ 4 ตำบลปากน้ำปราณ อำเภอปราณบุรี จังหวัดประจวบคีรีขันธ์ 77220 (โทร 032-630-444) "
            f"จึงขอใบรับรองแพทย์ ตรวจแล้วเมื่อ {visit(i)} ความดัน {bp(i)}",
        ),
        (20, ""),
        (110, "ขอแสดงความนับถือ"),
        (110, f"({name(a)})"),
    ]
    data = pdf_page(flow(paras, 14, "Garuda" if i % 2 else "Laksaman"))
    return Case(
        "pdf_typed_medcert_letter",
        msg(
            i,
            own_from(a),
            "ขอใบรับรองแพทย์",
            text="ส่งหนังสือขอใบรับรองแพทย์ตามแนบ",
            files=(("letter.pdf", data, PDF),),
        ),
        e(a),
    )


# --- sheets ------------------------------------------------------------------------------


def xlsx_osm_transport_sheet(a: Party, i: int) -> Case:
    v, vid, vph, card = VOLUNTEERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอรถ"
        ws.append(["แบบแจ้งขอรถรับส่งผู้ป่วย (อสม.)"])
        ws.append(
            ["อสม. ผู้แจ้ง", v, "เลขบัตร อสม.", card, "เลขบัตรประชาชน", vid, "โทร", mobile(vph, i)]
        )
        ws.append([])
        ws.append(
            [
                "ชื่อผู้ป่วย",
                "เลขบัตรประชาชน",
                "วันเกิด",
                "บ้านเลขที่",
                "หมู่",
                "ตำบล",
                "อำเภอ",
                "จังหวัด",
                "รหัสไปรษณีย์",
                "HN",
                "วันนัด",
                "BP",
            ]
        )
        p = a.p
        ws.append(
            [
                name(a),
                p.nid,
                born_th(p.born, i),
                p.house,
                p.moo or "-",
                p.tambon,
                p.amphoe,
                p.province,
                p.postal,
                hn(i),
                visit(i),
                bp(i),
            ]
        )

    data = xlsx_bytes(build)
    out = e(a, "full_name national_id birth_date address postal_code province")
    p = a.p
    head = f"{p.house} {p.rest(moo_word='หมู่')}" if p.moo else f"{p.house} {p.rest()}"
    out["address"] += (
        head,
        f"{head} {p.province}",
        f"{head} จังหวัด{p.province}",
        f"{head} จังหวัด{p.province} {p.postal}",
    )
    if not p.moo:
        out["address"] += (f"{p.house} ตำบล{p.tambon} อำเภอ{p.amphoe}",)
    out["phone"] = ()
    return Case(
        "xlsx_osm_transport_sheet",
        msg(
            i,
            f"osm <osm.sheet{i}@gmail.com>",
            "ขอรถรับส่งผู้ป่วย",
            text="แนบไฟล์ค่ะ",
            files=(("ขอรถ.xlsx", data, XLSX),),
        ),
        out,
    )


def xlsx_record_copy_pairs(a: Party, i: int) -> Case:
    rel, rid, rph = RELATIVES[(i + 3) % len(RELATIVES)]

    def build(book: Any) -> None:
        ws = book.active
        for row in (["คำขอสำเนาเวชระเบียน"], ["ผู้ขอ (เจ้าของประวัติ)"], ["ชื่อ-สกุล", name(a)],
                    ["เลขบัตรประชาชน", nid_w(a.p.nid, i)], ["วันเกิด", born_th(a.p.born, i + 1)],
                    ["ที่อยู่", home(a, i)], ["โทร", tel(a, i)], ["อีเมล", a.p.email or "-"], [],
                    ["ผู้รับเอกสารแทน"], ["ชื่อ-สกุล", rel], ["เลขบัตรประชาชน", rid], ["โทร", mobile(rph, i)], [],
                    ["HN", hn(i)], ["ช่วงวันที่รับบริการ", f"{visit(i)} - {visit(i + 1)}"]):  # fmt: skip
            ws.append(row)

    data = xlsx_bytes(build)
    return Case(
        "xlsx_record_copy_pairs",
        msg(
            i,
            own_from(a),
            "คำขอสำเนาเวชระเบียน",
            text="ส่งข้อมูลตามไฟล์",
            files=(("record.xlsx", data, XLSX),),
        ),
        e(a),
    )


def xlsx_caregiver_month(a: Party, i: int) -> Case:
    cg, cid, cph, cert = CAREGIVERS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ธ.ค.69"
        ws.append(["บันทึกการดูแลผู้สูงอายุ (LTC) และขอรับบริการเยี่ยมบ้าน"])
        ws.append(["บทบาท", "ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "ที่อยู่", "โทร"])
        ws.append(["ผู้สูงอายุ", name(a), nid_w(a.p.nid, i), born_th(a.p.born, i), home(a, i + 2), "-"])
        ws.append(["Caregiver", cg, cid, "", f"ใบรับรอง {cert}", mobile(cph, i)])
        ws.append([])
        ws.append(["วันที่", "BP", "DTX", "หมายเหตุ"])
        for k in range(3):
            ws.append([visit(i + k), bp(i + k), 140 + 7 * k, "ขอพยาบาลเยี่ยมบ้าน" if k == 2 else ""])

    data = xlsx_bytes(build)
    return Case(
        "xlsx_caregiver_month",
        msg(
            i,
            f"CG <cg.month{i}@gmail.com>",
            "บันทึกการดูแล + ขอเยี่ยมบ้าน",
            text="แนบไฟล์บันทึกค่ะ",
            files=(("LTC.xlsx", data, XLSX),),
        ),
        e(a, "full_name national_id birth_date phone address postal_code province", none="phone"),
    )


STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_elder_oneline, (6, 0)),
    (plain_son_transport_father, (0, 7)),
    (plain_osm_transport_patient, (4, 9)),
    (plain_outlook_medcert_work, (2, 8)),
    (plain_line_forward_record, (5, 11)),
    (html_gmail_nurse_complaint, (3, 6)),
    (html_outlook_clinic_referral, (1, 10)),
    (html_webform_home_visit, (7, 11)),
    (html_gmail_caregiver_supplies, (1, 10)),
    (docx_record_copy_form, (8, 3)),
    (docx_son_transport_letter, (3, 0)),
    (docx_medcert_table, (5, 2)),
    (docx_complaint_letter, (6, 11)),
    (pdf_fillable_transport, (0, 7)),
    (pdf_fillable_home_visit, (9, 4)),
    (pdf_typed_clinic_referral, (6, 9)),
    (pdf_typed_medcert_letter, (8, 2)),
    (xlsx_osm_transport_sheet, (7, 4)),
    (xlsx_record_copy_pairs, (3, 5)),
    (xlsx_caregiver_month, (10, 1)),
)

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    assert set(WHO) == set(KIND)
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
