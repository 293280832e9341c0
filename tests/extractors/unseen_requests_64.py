"""A sixty-fourth set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A CENTRAL PLAINS เทศบาลตำบล AND อบต. (เทศบาลตำบลบางปลาม้า, Suphan
Buri; องค์การบริหารส่วนตำบลบางหลวงโดด, Bang Ban, Ayutthaya), in flood season: rice farmers
and river villages, with people from Ang Thong, Sing Buri and Chai Nat. Each kind of request
in its usual shape: copies of the house registration, a complaint of a neighbour's burning
straw, a sand barge's landing, a fish pond draining into the canal, flood aid (for oneself,
for a mother), the elderly allowance (registering, moving it), a building permit on one's
land elsewhere, water meters, a street light through the town's e-service, a job
application (mail and CV), a child's place at the ศูนย์พัฒนาเด็กเล็ก, firms (a rice mill,
a builder, a developer). Kinds: plain (phone mail apps, webmail), HTML (Gmail, Outlook, the
town's e-service), Word (the town's คำร้องทั่วไป form, letters), PDF (a fillable form with
Acrobat's own field names, typed letters, a CV's text export), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run; WHO says them per style). Earlier rulings
followed: set 28 (the person who asks), 31 (the elder, not the payee or helper; the
villager, not the headman), 37 (a parent whose request gives only her child's phone
expects no phone), 56/60 (a firm: the director or managing partner who signs for it, his
name, his ID only where given; the firm's office, line and box), 63 (the applicant is the
one the request is FOR, never who sends it).
- Most write for themselves: their own name, ID, birth date, home, phone, box.
- A daughter writing for her mother's flood aid: the mother; her phone where the mail gives
  it, else `()` (the daughter's never); e-mail `()`.
- A child's place at the ศูนย์พัฒนาเด็กเล็ก: the child (name with เด็กหญิง/เด็กชาย, ID,
  birth date, home); phone and e-mail `()` (the parent's only, flagged, are right).
- An elder's allowance form filled by her son in its proxy section: the elder.
- A villagers' letter for a water main: the one who writes and signs as ผู้ยื่น; the
  neighbours listed never.
- A complaint: the one who complains; the neighbour, the pond's owner, the landing's firm
  and their places and numbers never.
- Address: where the applicant lives, never the land to be built on, the meter's house,
  the lamp post's spot, the flooded field, the former home, the employer's address.
  House number to the อำเภอ, with or without เลขที่/บ้านเลขที่, province, postal code.
- A house code (รหัสประจำบ้าน, 11 digits), a deed, a bank account, a licence, a
  registration or a complaint number is never an ID or a phone.
- Birth date ISO, only the applicant's.
Everyone, firm and number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
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

# ruff: noqa: E501 -- messages as people type them: long lines

SB = "สุพรรณบุรี"
AY = "พระนครศรีอยุธยา"
TOWN = "เทศบาลตำบลบางปลาม้า"
TAO = "องค์การบริหารส่วนตำบลบางหลวงโดด"
DESKS = {SB: "saraban@bangplama.example.go.th", AY: "saraban@bangluangdod.example.go.th"}
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือน", "มีสุข", "372040011223", date(1956, 5, 14), "0815572204", "",
      "45", "3", "", "", "บางปลาม้า", "บางปลาม้า", SB, "72150"),
    P("นาย", "สมหมาย", "ทองดี", "372040023145", date(1971, 2, 8), "0897764312", "sommai.td@gmail.com",
      "112/1", "5", "", "", "โคกคราม", "บางปลาม้า", SB, "72150"),
    P("นางสาว", "กาญจนา", "อ่อนละมัย", "172040018736", date(1996, 7, 22), "0634481927", "kanjana.onl@gmail.com",
      "8", "2", "", "", "ไผ่กองดิน", "บางปลาม้า", SB, "72150"),
    P("นาย", "ประเสริฐ", "ศรีสุข", "314060009875", date(1963, 11, 30), "0869910342", "prasert.ss63@hotmail.com",
      "27", "4", "", "", "บางหลวงโดด", "บางบาล", AY, "13250"),
    P("นาง", "ลำดวน", "ปานทอง", "314060014560", date(1950, 9, 3), "0812270065", "",
      "90", "1", "", "", "บางหลวง", "บางบาล", AY, "13250"),
    P("นาย", "วีระ", "เกตุแก้ว", "372010045678", date(1966, 1, 19), "0818842276", "weera.kk@yahoo.com",
      "19/3", "", "", "มาลัยแมน", "รั้วใหญ่", "เมืองสุพรรณบุรี", SB, "72000"),
    P("นางสาว", "ธนพร", "แสงจันทร์", "118010023451", date(1999, 3, 27), "0926614580", "thanaporn.sj99@gmail.com",
      "54", "6", "", "", "บ้านกล้วย", "เมืองชัยนาท", "ชัยนาท", "17000"),
    P("นาง", "สมศรี", "พึ่งบุญ", "315020007643", date(1961, 12, 12), "0857719024", "somsri.pb@gmail.com",
      "33", "7", "", "", "บางเจ้าฉ่า", "โพธิ์ทอง", "อ่างทอง", "14120"),
    P("นาย", "ชาญ", "วงษ์ทอง", "372040033412", date(1967, 1, 5), "0891120487", "chan.wt2510@yahoo.com",
      "71", "8", "", "", "วัดโบสถ์", "บางปลาม้า", SB, "72150"),
    P("นาง", "มาลัย", "จันทร์หอม", "317010005521", date(1958, 8, 17), "0878812430", "malai.ch@hotmail.com",
      "5/2", "3", "", "", "บางพุทรา", "เมืองสิงห์บุรี", "สิงห์บุรี", "16000"),
    P("นาย", "อำนาจ", "บุญมา", "314060017729", date(1975, 4, 25), "0953318264", "amnat.bm@gmail.com",
      "140", "2", "", "", "บ้านกุ่ม", "บางบาล", AY, "13250"),
    P("นางสาว", "วรรณิศา", "ทับทิมทอง", "172040026348", date(2002, 10, 9), "0617729045", "wannisa.tt@gmail.com",
      "66/4", "9", "", "", "บางใหญ่", "บางปลาม้า", SB, "72150"),
    P("นาย", "สุรพล", "อินทร์ประสิทธิ์", "372040041298", date(1954, 3, 11), "0815508832", "surapol.in@yahoo.com",
      "12", "4", "", "", "จรเข้ใหญ่", "บางปลาม้า", SB, "72150"),
)  # fmt: skip

# Children for the ศูนย์พัฒนาเด็กเล็ก (no phone, no box of their own) and the parent who writes.
CHILDREN: tuple[tuple[Party, str, str, str, str], ...] = (
    (P("เด็กหญิง", "ณัฐธิดา", "บุญมา", "114060129876", date(2023, 5, 6), "", "",
       "140", "2", "", "", "บ้านกุ่ม", "บางบาล", AY, "13250"),
     "นางอรวรรณ บุญมา", with_check_digit("314060044127"), "0864452190", "orawan.bm@gmail.com"),
    (P("เด็กชาย", "ภูริ", "วงษ์ทอง", "172040131547", date(2023, 9, 14), "", "",
       "31", "4", "", "", "บางหลวงโดด", "บางบาล", AY, "13250"),
     "นายธนากร วงษ์ทอง", with_check_digit("314060052276"), "0918830264", "thanakorn.wt@gmail.com"),
)  # fmt: skip

# Firms: a rice mill, a builder (managing partner signs), a developer.
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "โรงสีข้าวเจริญผล", "จำกัด", "072555800123", NONE, "035587214", "office@charoenphon-rice.example.co.th",
      "199", "5", "", "", "บางปลาม้า", "บางปลาม้า", SB, "72150", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "อ่างทองก่อสร้าง", "", "015356000112", NONE, "035611408", "angthong.kosang@example.co.th",
      "88", "2", "", "", "ป่างิ้ว", "เมืองอ่างทอง", "อ่างทอง", "14000", juristic=True),
    P("บริษัท ", "บ้านสวนริมน้ำ พร็อพเพอร์ตี้", "จำกัด", "014556100447", NONE, "035289530", "sales@baansuan.example.co.th",
      "45/9", "1", "", "", "บางหลวงโดด", "บางบาล", AY, "13250", juristic=True),
)  # fmt: skip
SIGNERS: tuple[tuple[str, str], ...] = (
    ("นายวิโรจน์ เจริญผล", "กรรมการผู้จัดการ"),
    ("นางจันทร์เพ็ญ รุ่งเรือง", "หุ้นส่วนผู้จัดการ"),
    ("นายธีระ อยู่เย็น", "กรรมการผู้มีอำนาจ"),
)

# Sons and daughters who write for a parent: name, ID, mobile, box, own home.
HELPERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสาวปิยะพร ปานทอง", with_check_digit("317010066213"), "0862251749", "piyaporn.pt@gmail.com",
     "12/5 หมู่ 3 ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000"),
    ("นายสมชาย มีสุข", with_check_digit("372040055190"), "0894417725", "somchai.ms@hotmail.com",
     "7/21 หมู่ 1 ตำบลป่างิ้ว อำเภอเมืองอ่างทอง จังหวัดอ่างทอง 14000"),
    ("นายวิทยา วงษ์ทอง", with_check_digit("372040061184"), "0817726451", "",
     "71 หมู่ 8 ตำบลวัดโบสถ์ อำเภอบางปลาม้า จังหวัดสุพรรณบุรี 72150"),
)  # fmt: skip


def desk(a: Party) -> str:
    return DESKS.get(a.p.province, DESKS[SB])


def office(a: Party) -> str:
    return TAO if a.p.province == AY else TOWN


def chief(a: Party) -> str:
    return f"นายก{TAO}" if a.p.province == AY else "นายกเทศมนตรีตำบลบางปลาม้า"


def message(to: str, n: int, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    # an ordinary week: Monday 9 to Friday 13 November 2026, office hours (UTC+7)
    msg["Date"] = format_datetime(
        datetime(2026, 11, 9 + n % 5, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set64-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"


def bare(name: str) -> str:
    """A name as a mail app shows it: without its title."""
    for title in ("นางสาว", "นาย", "นาง"):
        if name.startswith(title):
            return name[len(title) :]
    return name


def field_place(a: Party, moo: int) -> str:
    """A rice field of the applicant's, in another tambon of her district: never her address."""
    if a.p.province == AY:
        return f"หมู่ {moo} ตำบลบางหัก อำเภอบางบาล"
    return f"หมู่ {moo} ตำบลวัดดาว อำเภอบางปลาม้า"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def house_code(a: Party, k: int) -> str:
    """รหัสประจำบ้าน: 11 digits, 4-6-1, never an ID or a phone."""
    return f"{'1406' if a.p.province == AY else '7204'}-{30125 + 97 * k:06d}-{k % 10}"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str, *, own_phone: bool) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: e-mail `()`, phone hers only where given."""
    e = exp(a, keys)
    e["email"] = ()
    if not own_phone:
        e["phone"] = ()
    return e


def firm(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """The firm's office, line, box; the one who signs for it (no ID given)."""
    e = exp(FIRMS[k], keys)
    e["full_name"] = (SIGNERS[k][0],)
    e["national_id"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_ID = "full_name phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_house_copy": "the sender herself; her house code never an ID or phone",
    "plain_straw_burning_complaint": "the complainant; the neighbour who burns and his field never",
    "plain_daughter_flood_aid_mother": "the mother; never the daughter (her ID, home, phone, box)",
    "plain_elderly_allowance_self": "the elder himself; his bank account and former home never",
    "plain_job_application": "the job seeker; her referee never",
    "plain_water_meter_new_house": "the owner who asks; the new house's number never his address",
    "html_gmail_boat_landing_complaint": "the complainant; the landing's firm, its line never",
    "html_eservice_streetlight": "the ผู้แจ้ง; the lamp post's spot never",
    "html_outlook_firm_permit": "the director/partner who signs; the firm's office, line, box; never the engineer",
    "html_gmail_flood_damage_table": "the farmer himself; his fields' places never",
    "html_gmail_child_enrolment": "the child; the parent's name, ID, phone, box never (phone, e-mail `()`)",
    "docx_general_request_form": "ข้าพเจ้า of the town's คำร้องทั่วไป",
    "docx_building_permit_landowner": "the ผู้ขออนุญาต at her home; the land (and its owner) never",
    "docx_villagers_water_main": "the one who writes and signs as ผู้ยื่น; the neighbours never",
    "docx_firm_work_certificate": "the one who signs for the firm; its office, line, box",
    "pdf_fillable_elderly_form": "the elder (Text1..); the son's proxy section (v2) never",
    "pdf_typed_flood_letter": "the writer (block top right, her home)",
    "pdf_cv_text_export": "the job seeker; the former employer and referee never",
    "pdf_typed_fishpond_complaint": "the complainant; the pond's owner never",
    "xlsx_flood_damage_farmer": "the farmer at the head; the plots' places never",
    "xlsx_firm_water_meters": "the one who signs for the firm; the office; never the contact officer or the units",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_house_copy(a: Party, i: int) -> Case:
    """From her phone: a certified copy of the house registration for a ธ.ก.ส. loan,
    the house code beside her ID; short, as typed on a phone."""
    p = a.p
    text = (
        f"เรียน งานทะเบียนราษฎร {office(a)}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} "
        f"(รหัสประจำบ้าน {house_code(a, i)}) ขอสำเนาทะเบียนบ้านฉบับรับรอง 2 ชุด เอาไปยื่นกู้ ธ.ก.ส. {ending(a)} "
        f"ขอไปรับวันพุธบ่ายได้ไหม{'ครับ' if p.title == 'นาย' else 'คะ'}\n\nโทร {tel(a, i + 1)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(desk(a), i, "ขอสำเนาทะเบียนบ้าน", box(a), text=text)
    return Case("plain_iphone_house_copy", raw, own(a, NO_BIRTH))


def plain_straw_burning_complaint(a: Party, i: int) -> Case:
    """A complaint from the Gmail app: the neighbour burns rice straw in the field next to
    the house every evening; the neighbour's name and house named, the field's spot;
    the complainant's own lines at the end (no ID in v2)."""
    p = a.p
    nid = f"เลขบัตร {nid_w(p.nid, i)}\n" if i % 2 == 0 else ""
    text = (
        f"เรียน {chief(a)}\n\n"
        f"{me(a)}ขอร้องเรียนเรื่องการเผาฟางข้าวในนาข้างบ้าน ของนายเสถียร ดอกไม้ บ้านเลขที่ {int(p.house.split('/')[0]) + 2} หมู่ {p.moo} "
        "ซึ่งเผาตอซังและฟางข้าวทุกเย็นตั้งแต่เกี่ยวข้าวเสร็จเมื่อสัปดาห์ก่อน ควันและเขม่าเข้าบ้านตลอด "
        f"หลาน{me(a)}อายุ 4 ขวบเป็นหอบหืด ต้องพาไปโรงพยาบาลบางปลาม้าแล้ว 2 ครั้ง เคยไปพูดกับเขาแล้วแต่ไม่ฟัง\n"
        "นาแปลงนี้อยู่ติดถนนสายบางปลาม้า-สองพี่น้อง ตรงข้ามศาลาท่าน้ำ\n"
        f"ขอให้เจ้าหน้าที่ช่วยไปตักเตือนด้วย{ending(a)}\n\n"
        f"{a.name}\n{nid}บ้านเลขที่ {home(a, i + 1)}\nโทร {tel(a, i)}\n\nส่งจาก Gmail สำหรับ Android\n"
    )
    raw = message(desk(a), i, "ร้องเรียนเผาฟางข้าว ควันเข้าบ้าน", box(a), text=text)
    e = own(a, NO_BIRTH)
    if not nid:
        e.pop("national_id")
    return Case("plain_straw_burning_complaint", raw, e)


def plain_daughter_flood_aid_mother(a: Party, i: int) -> Case:
    """A daughter (in Sing Buri, or a son in Ang Thong) asks flood aid for her mother whose
    house by the river was flooded: the mother's ID, home, her phone in v1 only; the
    writer's own ID, home and phone."""
    p = a.p
    d_name, d_id, d_mob, d_box, d_home = HELPERS[i % 2]
    i_am = "หนู" if d_name.startswith("นางสาว") else "ผม"
    mum_phone = f"เบอร์แม่ {tel(a, i)} " if i % 2 == 0 else "แม่ไม่มีโทรศัพท์ "
    text = (
        f"เรียน {chief(a)}\n\n"
        f"{i_am}ชื่อ {d_name} เลขบัตรประชาชน {nid_w(d_id, i + 1)} อยู่ {d_home} "
        f"เขียนมาแทนแม่ {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} อายุ {age(a)} ปี บ้านเลขที่ {home(a, i + 1)} "
        "บ้านอยู่ริมแม่น้ำ น้ำท่วมเข้าบ้านสูงประมาณ 1 เมตรตั้งแต่วันที่ 3 พฤศจิกายน ของใช้เสียหายหมด "
        "ขอรับความช่วยเหลือผู้ประสบอุทกภัย (ถุงยังชีพ และเงินช่วยเหลือค่าซ่อมแซมบ้าน) ให้แม่ด้วย\n"
        f"{mum_phone}ติดต่อ{i_am}ได้ที่ {mobile(d_mob, i)} {'ค่ะ' if i_am == 'หนู' else 'ครับ'}\n\n{d_name}\n\nส่งจาก Outlook for iOS\n"
    )
    raw = message(
        desk(a), i, "ขอความช่วยเหลือน้ำท่วม ให้แม่", f"{bare(d_name.split()[0])} <{d_box}>", text=text
    )
    return Case(
        "plain_daughter_flood_aid_mother", raw, for_other(a, NO_BIRTH, own_phone=i % 2 == 0)
    )


def plain_elderly_allowance_self(a: Party, i: int) -> Case:
    """From Yahoo webmail: an elder registers for the เบี้ยยังชีพผู้สูงอายุ of the next
    fiscal year (v1, turning 60) or moves it from Ang Thong (v2, his former home); his
    birth date, his ธ.ก.ส. account."""
    p = a.p
    moved = (
        "ผมเพิ่งย้ายทะเบียนบ้านมาจาก 4 หมู่ 6 ตำบลไชโย อำเภอไชโย จังหวัดอ่างทอง 14140 เมื่อเดือนกันยายน "
        "เคยรับเบี้ยยังชีพที่ อบต.ไชโย ขอย้ายมารับที่นี่ครับ\n"
        if i % 2
        else "ผมจะอายุครบ 60 ปีในปีงบประมาณ 2570 ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุครับ\n"
    )
    text = (
        f"เรียน {chief(a)}\n\n"
        f"ผม {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)}\n{moved}"
        f"ขอให้โอนเข้าบัญชี ธ.ก.ส. สาขาบางปลาม้า เลขที่บัญชี {20184415527 + 1111 * i:012d}\n"
        f"เบอร์โทร {tel(a, i + 2)}\n\nขอบคุณครับ\n{a.name}\n"
    )
    raw = message(desk(a), i, "ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", box(a), text=text)
    return Case("plain_elderly_allowance_self", raw, own(a, ALL))


def plain_job_application(a: Party, i: int) -> Case:
    """A job application from webmail for a พนักงานจ้าง post: her lines, education, a
    referee (her former head, his phone)."""
    p = a.p
    text = (
        f"เรียน ปลัด{TOWN}\nเรื่อง สมัครงานตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ (พนักงานจ้างตามภารกิจ)\n\n"
        f"ตามที่{TOWN}ประกาศรับสมัครพนักงานจ้าง ลงวันที่ 2 พฤศจิกายน 2569 ดิฉันขอสมัครในตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ "
        "โดยแนบใบสมัคร สำเนาวุฒิการศึกษา และรูปถ่ายมาพร้อมนี้\n\n"
        f"ชื่อ-สกุล: {a.name}\nวันเดือนปีเกิด: {born_th(p.born, i + 1)} (อายุ {age(a)} ปี)\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}\nที่อยู่ตามทะเบียนบ้าน: {home(a, i)}\n"
        f"โทรศัพท์: {tel(a, i)}\nอีเมล: {p.email}\n"
        "วุฒิการศึกษา: ปวส. สาขาการบัญชี วิทยาลัยเทคนิคสุพรรณบุรี เกรดเฉลี่ย 3.42\n"
        "บุคคลอ้างอิง: นางวิไล ศรีทอง หัวหน้าฝ่ายบัญชี ร้านวัสดุก่อสร้างสุพรรณค้าวัสดุ โทร 035-522-417\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(DESKS[SB], i, "สมัครงาน ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ", box(a), text=text)
    return Case("plain_job_application", raw, own(a, ALL))


def plain_water_meter_new_house(a: Party, i: int) -> Case:
    """From the phone: a new water meter for the house he built for his son on his land,
    the new house's own number (his address stays his home)."""
    p = a.p
    base = p.house.split("/")[0]
    text = (
        f"เรียน งานประปา {office(a)}\n"
        f"{me(a)} {a.name} บ้านเลขที่ {home(a, i + 1)} ขอติดตั้งมิเตอร์น้ำประปาใหม่ 1 จุด "
        f"ที่บ้านหลังใหม่ที่สร้างให้ลูกชายในที่ดินของ{me(a)} บ้านเลขที่ {base}/7 หมู่ {p.moo} (เพิ่งได้เลขที่บ้านเดือนที่แล้ว) "
        f"มิเตอร์ของบ้าน{me(a)}เลขที่ WM-{48120 + i} ใช้อยู่แล้ว\n"
        f"บัตรประชาชน {nid_w(p.nid, i + 2)}\nโทร {tel(a, i)}\nต้องจ่ายค่าติดตั้งเท่าไหร่{ending(a)}\n\nSent from my Galaxy\n"
    )
    raw = message(desk(a), i, "ขอติดมิเตอร์น้ำบ้านหลังใหม่", box(a), text=text)
    return Case("plain_water_meter_new_house", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def gmail_lines(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


def html_gmail_boat_landing_complaint(a: Party, i: int) -> Case:
    """A river villager's Gmail: a sand barge landing by the Noi river loads trucks all
    night, the bank falls in; the landing's firm and its line (from its sign) named; the
    complainant's lines under his name."""
    p = a.p
    lines = [f"เรียน {chief(a)}", "",
             f"{me(a)}ขอร้องเรียนท่าเรือขนทรายของบริษัท ทรายทองบางบาล จำกัด ริมแม่น้ำน้อย หมู่ {int(p.moo) + 1} ตำบล{p.tambon} "
             "ซึ่งเปิดขนทรายขึ้นรถบรรทุกตั้งแต่ 4 ทุ่มถึงตี 4 ทุกคืน เสียงดังมาก รถบรรทุกวิ่งผ่านหน้าบ้านทำถนนพัง "
             "และเรือลากจูงวิ่งเร็วทำให้ตลิ่งหน้าบ้านพังลงไปแล้วประมาณ 2 เมตร",
             "ป้ายหน้าท่าเขียนเบอร์ 035-741-228 โทรไปแล้วไม่มีคนรับ", "",
             f"ขอให้ตรวจสอบว่าท่าเรือนี้ได้รับอนุญาตหรือไม่ และช่วยแก้ไขด้วย{ending(a)}", "",
             a.name, f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}", f"{home(a, i)}", f"โทร {tel(a, i + 1)}"]  # fmt: skip
    raw = message(
        desk(a), i, "ร้องเรียนท่าเรือขนทราย เสียงดังกลางคืน ตลิ่งพัง", box(a), html=gmail_lines(lines)
    )
    return Case("html_gmail_boat_landing_complaint", raw, own(a, NO_BIRTH))


def html_eservice_streetlight(a: Party, i: int) -> Case:
    """The town's e-service mails each report it takes: a table (report number, kind, the
    ผู้แจ้ง's lines, the spot where the lamp is out, its GPS), from the system's box."""
    p = a.p
    rows = [("เลขที่รับแจ้ง", f"E{2569}-{1104 + i:05d}"), ("วันที่แจ้ง", f"{9 + i % 5}/11/2569 19:{10 + i:02d} น."),
            ("ประเภทเรื่อง", "ไฟฟ้าสาธารณะชำรุด"), ("ชื่อ-นามสกุล ผู้แจ้ง", a.name),
            ("เลขประจำตัวประชาชน", p.nid), ("หมายเลขโทรศัพท์", p.mobile), ("อีเมล", p.email),
            ("ที่อยู่ผู้แจ้ง", home(a, i)),
            ("สถานที่เกิดเหตุ", f"เสาไฟต้นที่ {12 + i} ถนนเลียบคลองท่าคอย หมู่ 6 ตำบลโคกคราม อำเภอบางปลาม้า"),
            ("พิกัด", f"14.{3921 + i}, 100.{1357 + i}"),
            ("รายละเอียด", "ไฟดับ 3 ต้นติดกัน มืดมาก เด็กนักเรียนขี่จักรยานกลับบ้านตอนค่ำ อันตราย")]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f2f2f2;width:35%'>{k}</td><td>{v}</td></tr>" for k, v in rows
    )
    html = (f"<html><body style='font-family:Sarabun,Tahoma'><h3>ระบบรับเรื่องร้องเรียนออนไลน์ {TOWN}</h3>"
            "<p>มีผู้แจ้งเรื่องใหม่ผ่านระบบ e-Service รายละเอียดดังนี้</p>"
            f"<table border='1' cellpadding='6' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:#888'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(DESKS[SB], i, f"[e-Service] เรื่องใหม่: ไฟฟ้าสาธารณะชำรุด ({a.name})",
                  f"e-Service {TOWN} <noreply@bangplama.example.go.th>", html=html)  # fmt: skip
    return Case("html_eservice_streetlight", raw, own(a, NO_BIRTH))


def html_outlook_firm_permit(a: Party, i: int) -> Case:
    """A firm's Outlook asks about a permit to build a paddy warehouse (the rice mill) or a
    show house (the developer) on a plot: the deed, the engineer and his licence and
    mobile; the director signs with the firm's lines."""
    k = (0, 2)[i % 2]
    f = FIRMS[k]
    fp = f.p
    s_name, s_role = SIGNERS[k]
    what = "โกดังเก็บข้าวเปลือก ขนาด 20 x 40 เมตร" if k == 0 else "บ้านตัวอย่าง 2 ชั้น จำนวน 2 หลัง"
    paras = [f"เรียน ผู้อำนวยการกองช่าง {office(f)}", "",
             f"{f.name} มีความประสงค์ขออนุญาตก่อสร้าง{what} บนที่ดินโฉนดเลขที่ {27415 + i} "
             f"หมู่ {int(fp.moo) + 2} ตำบล{fp.tambon} ของบริษัทฯ",
             "ผู้ออกแบบและควบคุมงาน นายกฤษดา พลอยงาม ใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม สย.24518 โทร 089-114-2307",
             "บริษัทฯ ขอทราบรายการเอกสารที่ต้องยื่นประกอบคำขอ (แบบ ข.1) และค่าธรรมเนียม", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{s_name}</b><br>{s_role}<br>{f.name}<br>'
           f"{home(f, i)}<br>โทร {tel(f, i)}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    raw = message(
        desk(f),
        i,
        "สอบถามการขออนุญาตก่อสร้าง",
        f"{f.name} <{fp.email}>",
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_firm_permit", raw, firm(k, NO_BIRTH))


def html_gmail_flood_damage_table(a: Party, i: int) -> Case:
    """A farmer's Gmail asking flood aid with a table he made: his lines (house code too),
    then the damage (house, the rice fields in another tambon)."""
    p = a.p
    rows = [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("รหัสประจำบ้าน", house_code(a, i + 3)),
            ("ที่อยู่", home(a, i + 2)), ("โทรศัพท์", tel(a, i)),
            ("ความเสียหายบ้าน", "น้ำท่วมสูง 1.20 ม. ตั้งแต่ 1 พ.ย. 69 ยังไม่ลด"),
            ("นาข้าว", f"{12 + i % 7} ไร่ ที่ {field_place(a, 3)} (ข้าวกำลังออกรวง เสียหายทั้งหมด)")]  # fmt: skip
    t = "".join(f"<tr><td><b>{x}</b></td><td>{y}</td></tr>" for x, y in rows)
    html = (f'<div dir="ltr"><div>เรียน {chief(a)}</div><br>'
            f"<div>{me(a)}ขอยื่นขอรับความช่วยเหลือผู้ประสบภัยน้ำท่วม รายละเอียดตามตาราง{ending(a)}</div><br>"
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ขอบคุณ{ending(a)}</div></div>\n")  # fmt: skip
    raw = message(desk(a), i, "ขอรับความช่วยเหลือน้ำท่วม บ้านและนาข้าว", box(a), html=html)
    return Case("html_gmail_flood_damage_table", raw, own(a, NO_BIRTH))


def html_gmail_child_enrolment(a: Party, i: int) -> Case:
    """A parent's Gmail asks a place at the อบต.'s ศูนย์พัฒนาเด็กเล็ก for a child of three
    next term: the child's rows (name, ID, birth date, home), then the parent's."""
    child, parent, parent_id, parent_mob, parent_box = CHILDREN[i % 2]
    cp = child.p
    rows = [("ข้อมูลเด็ก", ""), ("ชื่อ-สกุล", child.name), ("เลขประจำตัวประชาชน", nid_w(cp.nid, i)),
            ("วันเกิด", born_th(cp.born, i)), ("ที่อยู่", home(child, i)),
            ("ข้อมูลผู้ปกครอง", ""), ("ชื่อ-สกุล", parent), ("เลขประจำตัวประชาชน", nid_w(parent_id, i + 1)),
            ("เกี่ยวข้องเป็น", "มารดา" if parent.startswith("นาง") else "บิดา"), ("โทรศัพท์", mobile(parent_mob, i)),
            ("อีเมล", parent_box)]  # fmt: skip
    t = "".join(
        f"<tr><td>{x}</td><td>{y}</td></tr>" if y else f"<tr><td colspan='2'><b>{x}</b></td></tr>"
        for x, y in rows
    )
    html = (f'<div dir="ltr"><div>เรียน หัวหน้าศูนย์พัฒนาเด็กเล็ก {TAO}</div><br>'
            "<div>ขอสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก ภาคเรียนที่ 2/2569 ให้ลูก รายละเอียดดังนี้</div><br>"
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ขอบคุณค่ะ/ครับ</div><div>{parent}</div></div>\n")  # fmt: skip
    raw = message(
        DESKS[AY],
        i,
        f"สมัครเรียนศูนย์พัฒนาเด็กเล็ก {child.name}",
        f"{bare(parent.split()[0])} <{parent_box}>",
        html=html,
    )
    e = for_other(child, ALL, own_phone=False)
    return Case("html_gmail_child_enrolment", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_general_request_form(a: Party, i: int) -> Case:
    """The town's คำร้องทั่วไป (its Word form, dotted lines typed over): the address in its
    slots (ซอย and ถนน "-" where there are none), asking soil for a lane the flood cut
    (v1) or a dead tree cut down (v2)."""
    p = a.p
    want = ("ขอความอนุเคราะห์ดินถมถนนในซอยหน้าบ้านซึ่งถูกน้ำท่วมกัดเซาะเป็นหลุมลึก รถจักรยานยนต์ล้มแล้วหลายคัน",
            "ขอให้ตัดต้นจามจุรีที่ยืนต้นตายริมถนนหน้าบ้าน กิ่งหักลงมาเกือบโดนสายไฟ")[i % 2]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph(f"เขียนที่ {office(a)}\nวันที่ {9 + i % 5} เดือน พฤศจิกายน พ.ศ. 2569")
        d.add_paragraph(f"เรื่อง {'ขอดินถมถนน' if i % 2 == 0 else 'ขอให้ตัดต้นไม้'}\nเรียน {chief(a)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {p.nid}\n"
            f"อยู่บ้านเลขที่ {p.house} หมู่ที่ {p.moo or '-'} ตรอก/ซอย {p.soi or '-'} ถนน {p.road or '-'} "
            f"ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} รหัสไปรษณีย์ {p.postal}\n"
            f"โทรศัพท์ {tel(a, i)}"
        )
        d.add_paragraph(f"มีความประสงค์ {want}")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ลงชื่อ.............................ผู้ยื่นคำร้อง\n({a.name})")
        d.add_paragraph("ความเห็นของเจ้าหน้าที่ ...................................................")

    raw = message(desk(a), i, "ส่งคำร้องทั่วไป", box(a), text=f"ส่งคำร้องตามไฟล์แนบ{ending(a)}\n",
                  files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_general_request_form", raw, own(a, NO_BIRTH))


def docx_building_permit_landowner(a: Party, i: int) -> Case:
    """A letter in Word asking a permit to build a house on her land in the town: she
    lives in Ang Thong (v1), or the land is her father's (v2); the deed, the land's
    place, the designer's licence."""
    p = a.p
    land_owner = (
        "ของข้าพเจ้าเอง"
        if i % 2 == 0
        else f"ของนายสมจิต {p.last} (บิดา) ซึ่งยินยอมให้ปลูกสร้างตามหนังสือยินยอมที่แนบ"
    )

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{home(a, i)}")
        d.add_paragraph(f"\t\t\t\t\t{10 + i % 5} พฤศจิกายน 2569")
        d.add_paragraph(f"เรื่อง ขออนุญาตก่อสร้างอาคาร\nเรียน {chief(PEOPLE[1])}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"มีความประสงค์ขออนุญาตก่อสร้างบ้านพักอาศัยชั้นเดียว (ยกใต้ถุนสูง 2.50 เมตร) บนที่ดินโฉนดเลขที่ {18822 + i} "
            f"หมู่ 5 ตำบลบางใหญ่ อำเภอบางปลาม้า จังหวัดสุพรรณบุรี {land_owner}"
        )
        d.add_paragraph("แบบแปลนออกแบบโดย นายกฤษดา พลอยงาม วิศวกรโยธา ใบอนุญาต สย.24518")
        d.add_paragraph(f"ติดต่อข้าพเจ้าได้ที่ โทร {tel(a, i + 1)} อีเมล {p.email}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nผู้ขออนุญาต")

    raw = message(DESKS[SB], i, "ขออนุญาตก่อสร้างบ้าน", box(a), text=f"เรียน กองช่าง\nแนบหนังสือขออนุญาตก่อสร้าง{ending(a)}\n",
                  files=(("ขออนุญาตก่อสร้าง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_building_permit_landowner", raw, own(a, ALL))


def docx_villagers_water_main(a: Party, i: int) -> Case:
    """A letter in Word from the households of a lane asking the water main and power
    poles extended: the writer (ผู้ยื่น) in the body, a table of the households
    (names, house numbers), the writer signs first."""
    p = a.p
    base = int(p.house.split("/")[0])
    others = [
        ("นายเฉลิม ทองคำ", f"{base + 3}"),
        ("นางประนอม สีนวล", f"{base + 5}/1"),
        ("นายบุญชู แก้วมณี", f"{base + 8}"),
    ]

    def build(d: Any) -> None:
        d.add_paragraph(f"เรื่อง ขอขยายเขตท่อประปาและไฟฟ้า\nเรียน {chief(a)}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
            f"โทร {tel(a, i)} พร้อมด้วยชาวบ้านในซอยเดียวกันรวม 4 ครัวเรือน ยังไม่มีน้ำประปาและไฟฟ้าใช้ "
            "ต้องใช้น้ำจากคลองชลประทานและพ่วงไฟจากบ้านอื่น จึงขอให้ขยายเขตท่อประปาและปักเสาไฟฟ้าเข้าซอย ระยะทางประมาณ 350 เมตร"
        )
        t = d.add_table(rows=1, cols=3)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = (
            "ชื่อ-สกุล",
            "บ้านเลขที่",
            "ลายมือชื่อ",
        )
        for name, house in [(a.name, p.house), *others]:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = name, f"{house} หมู่ {p.moo}", ""
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ลงชื่อ.............................ผู้ยื่น\n({a.name})\nผู้แทนครัวเรือน")

    raw = message(desk(a), i, "ขอขยายเขตประปาและไฟฟ้าเข้าซอย", box(a), text=f"เรียน นายก\nส่งหนังสือของชาวบ้าน{ending(a)}\n",
                  files=(("ขอขยายเขตประปา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_villagers_water_main", raw, own(a, NO_BIRTH))


def docx_firm_work_certificate(a: Party, i: int) -> Case:
    """A firm's letter in Word (its letterhead: name, office, line, box) asking a
    certificate of work done (หนังสือรับรองผลงาน) for a road it built, or a copy of a
    purchase order (the rice mill); the one who signs for it."""
    k = (1, 0)[i % 2]
    f = FIRMS[k]
    fp = f.p
    s_name, s_role = SIGNERS[k]
    ask = (f"ขอหนังสือรับรองผลงาน โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 3 ตำบลบางหลวงโดด ตามสัญญาจ้างเลขที่ {14 + i}/2568 "
           "เพื่อใช้ประกอบการเสนอราคางานของหน่วยงานอื่น") if k == 1 else (
           f"ขอสำเนาใบสั่งซื้อข้าวสารเพื่อใช้ในศูนย์พัฒนาเด็กเล็ก เลขที่ {211 + i}/2569 เพื่อใช้ประกอบการขอสินเชื่อ")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"{f.name}\n{home(f, i)}\nโทร {tel(f, i)}  อีเมล {fp.email}")
        d.add_paragraph(f"ที่ {('จผ', 'อทก')[k]} {40 + i}/2569\t\t\t\t{11 + i % 5} พฤศจิกายน 2569")
        d.add_paragraph(
            f"เรื่อง {'ขอหนังสือรับรองผลงาน' if k == 1 else 'ขอสำเนาใบสั่งซื้อ'}\nเรียน นายก{TAO if k == 1 else 'เทศมนตรีตำบลบางปลาม้า'}"
        )
        d.add_paragraph(f"ด้วย{f.name} {ask}")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({s_name})\n{s_role}")

    raw = message(DESKS[AY] if k == 1 else DESKS[SB], i, "ขอหนังสือรับรอง/สำเนาเอกสาร", f"{f.name} <{fp.email}>",
                  text="เรียน เจ้าหน้าที่\nส่งหนังสือตามแนบ\n", files=(("หนังสือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_firm_work_certificate", raw, firm(k, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_elderly_form(a: Party, i: int) -> Case:
    """The อบต.'s แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ made fillable by Acrobat's
    auto-detection (fields Text1, Text2...): the elder's lines, her bank account, the
    section for who files for her (empty in v1; her son in v2)."""
    p = a.p
    son = HELPERS[2] if i % 2 else ("", "", "", "", "")
    labels = [(35, 18, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2570"), (80, 26, office(a)),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วัน/เดือน/ปีเกิด"),
              (20, 60, "ที่อยู่ตามทะเบียนบ้าน"), (20, 70, "โทรศัพท์"),
              (20, 80, "ธนาคาร"), (100, 80, "เลขที่บัญชี"),
              (20, 100, "กรณีผู้ยื่นคำขอแทน ชื่อ-สกุล"), (20, 110, "เลขประจำตัวประชาชน"), (120, 110, "เกี่ยวข้องเป็น"),
              (20, 120, "โทรศัพท์"), (20, 150, "ลงชื่อ ........................ ผู้ยื่นคำขอ")]  # fmt: skip
    fields = [Field("Text1", a.name, 40, 40, 100), Field("Text2", p.nid, 60, 50, 55, comb=13),
              Field("Text3", born_th(p.born, i), 145, 50, 45), Field("Text4", home(a, i), 60, 60, 130),
              Field("Text5", tel(a, i), 40, 70, 55), Field("Text6", f"ธ.ก.ส. สาขา{a.p.amphoe}", 35, 80, 60),
              Field("Text7", f"{20277610593 + 7 * i:012d}", 120, 80, 55),
              Field("Text8", son[0], 75, 100, 90), Field("Text9", son[1], 60, 110, 55),
              Field("Text10", "บุตร" if son[0] else "", 145, 110, 30), Field("Text11", son[2], 40, 120, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    sender = "Wittaya W. <wittaya.wt@gmail.com>" if i % 2 else box(a)
    raw = message(desk(a), i, "แบบคำขอเบี้ยยังชีพผู้สูงอายุ", sender, text="เรียน เจ้าหน้าที่\nส่งแบบคำขอที่กรอกแล้ว\n",
                  files=(("เบี้ยยังชีพ.pdf", data, PDF),))  # fmt: skip
    e = exp(a, ALL)
    e.pop("email")  # the form has no e-mail; the son's box (v2) never hers
    return Case("pdf_fillable_elderly_form", raw, e)


def pdf_typed_flood_letter(a: Party, i: int) -> Case:
    """A typed letter (Word to PDF) asking flood aid: her address block top right, the
    date, the body (her ID, the house under water, the field elsewhere), her phone."""
    p = a.p
    h = home(a, i)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")
    paras: list[tuple[float, str]] = [(120, h[:cut]), (120, h[cut + 1:]), (0, ""), (120, f"{9 + i % 5} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ขอรับการช่วยเหลือผู้ประสบอุทกภัย"), (20, f"เรียน {chief(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อายุ {age(a)} ปี อาชีพทำนา "
                  "บ้านของข้าพเจ้าถูกน้ำท่วมขังตั้งแต่วันที่ 28 ตุลาคม 2569 ระดับน้ำสูงประมาณ 80 เซนติเมตร "
                  f"และนาข้าว {9 + i % 7} ไร่ ที่{field_place(a, 6)} เสียหายทั้งหมด จึงขอรับการช่วยเหลือตามระเบียบ"),
             (30, f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ โทร {tel(a, i + 2)}"), (0, ""),
             (115, "ขอแสดงความนับถือ"), (0, ""), (112, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(desk(a), i, "ขอรับความช่วยเหลือผู้ประสบอุทกภัย", box(a), text="เรียน นายก\nแนบหนังสือขอความช่วยเหลือ\n",
                  files=(("หนังสือขอความช่วยเหลือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_flood_letter", raw, own(a, NO_BIRTH))


def pdf_cv_text_export(a: Party, i: int) -> Case:
    """A CV made in Canva/Google Docs and exported as PDF, sent with the job application:
    her name large, personal lines, education, the former employer (its address, line),
    a referee."""
    p = a.p
    texts = [(20, 25, a.name), (20, 34, "ตำแหน่งที่สมัคร: ผู้ช่วยเจ้าพนักงานธุรการ"),
             (20, 50, "ข้อมูลส่วนตัว"), (20, 58, f"วันเกิด {born_th(p.born, i + 2)}   อายุ {age(a)} ปี   สัญชาติ ไทย"),
             (20, 66, f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}"), (20, 74, f"ที่อยู่ {home(a, i + 1)}"),
             (20, 82, f"โทร {tel(a, i)}   อีเมล {p.email}"),
             (20, 98, "การศึกษา"), (20, 106, "2561-2563 ปวส. การบัญชี วิทยาลัยเทคนิคชัยนาท"),
             (20, 122, "ประสบการณ์ทำงาน"),
             (20, 130, "2564-2569 พนักงานบัญชี บริษัท ชัยนาทการเกษตร จำกัด"),
             (20, 138, "89 หมู่ 1 ตำบลบ้านกล้วย อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000 โทร 056-411-320"),
             (20, 154, "บุคคลอ้างอิง"), (20, 162, "นายอนันต์ รักษ์ไทย ผู้จัดการฝ่ายบัญชี โทร 081-772-4105")]  # fmt: skip
    data = pdf_page(texts, size=13, face="Garuda")
    raw = message(DESKS[SB], i, "ส่งใบสมัครและประวัติย่อ (Resume)", box(a),
                  text=f"เรียน งานการเจ้าหน้าที่\nดิฉันขอส่งประวัติย่อประกอบการสมัครงานค่ะ\n{a.name}\n",
                  files=(("Resume.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_cv_text_export", raw, own(a, ALL))


def pdf_typed_fishpond_complaint(a: Party, i: int) -> Case:
    """A farmer's typed complaint (PDF): the neighbour drains his fish pond into the
    irrigation canal, the water turns bad for the rice; the pond's owner and place
    named; the writer's block top right."""
    p = a.p
    h = home(a, i + 1)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")
    paras: list[tuple[float, str]] = [(120, h[:cut]), (120, h[cut + 1:]), (0, ""), (120, f"{10 + i % 5} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ร้องเรียนการปล่อยน้ำเสียจากบ่อเลี้ยงปลาลงคลองส่งน้ำ"), (20, f"เรียน {chief(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขอร้องเรียนว่า นายบุญส่ง ใจกล้า "
                  f"เจ้าของบ่อเลี้ยงปลาดุก หมู่ {int(p.moo) + 1} ตำบล{p.tambon} ได้สูบน้ำเสียจากบ่อลงคลองส่งน้ำสาย 2 ซ้าย "
                  "น้ำในคลองเน่าเหม็น ปลาตาย และข้าพเจ้าใช้น้ำนี้ทำนาไม่ได้"),
             (30, f"จึงขอให้เจ้าหน้าที่ตรวจสอบ โทรติดต่อข้าพเจ้า {tel(a, i)}"), (0, ""),
             (115, "ขอแสดงความนับถือ"), (0, ""), (112, f"({a.name})"), (118, "ผู้ร้องเรียน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Kinnari", step=8.5), size=14, face="Kinnari")
    raw = message(desk(a), i, "ร้องเรียนบ่อปลาปล่อยน้ำเสีย", box(a), text="เรียน นายก\nแนบหนังสือร้องเรียน\n",
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_fishpond_complaint", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_flood_damage_farmer(a: Party, i: int) -> Case:
    """A farmer's own damage sheet (the agriculture office's layout): his lines at the
    head, then his plots (their tambon, rai, crop, date flooded)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แปลงเสียหาย"
        ws.append(("แบบแจ้งความเสียหายด้านพืช อุทกภัย ปี 2569",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i + 1)))
        ws.append(())
        ws.append(("แปลงที่", "ที่ตั้งแปลง", "เนื้อที่ (ไร่)", "ชนิดพืช", "วันที่น้ำท่วม"))
        ws.append((1, f"หมู่ {int(p.moo) + 2} ตำบล{p.tambon}", 8, "ข้าวนาปี", "2/11/2569"))
        ws.append((2, field_place(a, 3), 6.5, "ข้าวนาปี", "4/11/2569"))

    raw = message(desk(a), i, "แบบแจ้งความเสียหายน้ำท่วมนาข้าว", box(a), text=f"ส่งแบบแจ้งความเสียหาย{ending(a)}\n",
                  files=(("ความเสียหาย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_flood_damage_farmer", raw, own(a, NO_BIRTH))


def xlsx_firm_water_meters(a: Party, i: int) -> Case:
    """A firm's sheet asking water meters: the firm's head block, the units (house numbers
    of its project or its workers' houses), the one who signs and a contact officer's mobile."""
    k = (2, 0)[i % 2]
    f = FIRMS[k]
    fp = f.p
    s_name, s_role = SIGNERS[k]
    base = fp.house.split("/")[0]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอติดตั้งมิเตอร์"
        ws.append(("คำขอติดตั้งมาตรวัดน้ำประปา",))
        ws.append(("ผู้ขอ", f.name))
        ws.append(("ที่ตั้งสำนักงาน", home(f, i)))
        ws.append(("โทรศัพท์", tel(f, i), "อีเมล", fp.email))
        ws.append(())
        ws.append(("ลำดับ", "บ้านเลขที่", "ขนาดมาตร"))
        for n in range(4):
            ws.append((n + 1, f"{base}/{21 + n} หมู่ {fp.moo}", '1/2"'))
        ws.append(())
        ws.append(("ผู้ยื่นคำขอ", s_name, s_role))
        ws.append(("ผู้ประสานงาน", "นางสาวสุดารัตน์ พันธ์ดี", "มือถือ", "086-519-0273"))

    raw = message(desk(f), i, "ขอติดตั้งมิเตอร์น้ำ 4 หลัง", f"{f.name} <{fp.email}>", text="เรียน งานประปา\nแนบรายการขอติดตั้งมาตรวัดน้ำ\n",
                  files=(("มิเตอร์น้ำ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_firm_water_meters", raw, firm(k, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (firm and child styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_house_copy, (2, 4)),
    (plain_straw_burning_complaint, (0, 8)),
    (plain_daughter_flood_aid_mother, (4, 0)),
    (plain_elderly_allowance_self, (8, 12)),
    (plain_job_application, (6, 11)),
    (plain_water_meter_new_house, (10, 1)),
    (html_gmail_boat_landing_complaint, (3, 10)),
    (html_eservice_streetlight, (1, 11)),
    (html_outlook_firm_permit, (0, 0)),
    (html_gmail_flood_damage_table, (12, 3)),
    (html_gmail_child_enrolment, (0, 0)),
    (docx_general_request_form, (0, 5)),
    (docx_building_permit_landowner, (7, 2)),
    (docx_villagers_water_main, (12, 10)),
    (docx_firm_work_certificate, (0, 0)),
    (pdf_fillable_elderly_form, (4, 8)),
    (pdf_typed_flood_letter, (10, 0)),
    (pdf_cv_text_export, (2, 6)),
    (pdf_typed_fishpond_complaint, (1, 12)),
    (xlsx_flood_damage_farmer, (3, 0)),
    (xlsx_firm_water_meters, (0, 0)),
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
