"""A sixty-ninth set of requests written by someone who had not read the readers (issue 8):
DEATHS, FUNERALS AND HEIRS at เทศบาลเมืองกระทุ่มแบน (Samut Sakhon, central) and เทศบาลเมือง
สตูล (Satun, south). A widow or a child asking the deceased's unpaid เบี้ยยังชีพผู้สูงอายุ or
the เงินสงเคราะห์ค่าจัดการศพ (the deceased's ID, birth date, old house, old phone, date of
death, มรณบัตร / ท.ร.4 number); booking the town's ฌาปนสถาน or a plot in its สุสาน/กุโบร์;
tents, chairs and the hearse at a mosque or a temple; heirs asking to transfer a market
stall (แผงเลขที่), a water meter (เลขผู้ใช้น้ำ, เลขมาตร) or a land-tax account (ภ.ด.ส.,
โฉนดเลขที่) from the deceased; an executor (ผู้จัดการมรดก) named by a court order (ศาล...
คดีหมายเลขดำ/แดง, the order's date) writing for the estate, the other heirs listed with
their own IDs; a funeral home writing for the family (its letterhead, line, LINE, box); a
village head (ผู้ใหญ่บ้าน) certifying a death. Kinds: plain (phone mail apps, webmail), HTML
(Gmail, Outlook, a web form's notification, a Gmail reply above the clerk's quoted mail),
Word (the office's funeral grant form, an executor's letter, a funeral home's letterhead, a
headman's certificate with the widow's request under it), PDF (fillable forms, typed
letters), xlsx (a funeral home's case sheet, an executor's list of heirs).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following sets 28 (the ผู้จัดการศพ who asks and
signs), 31/63 (the villager, not the headman who files for her; the one the request is
for, not who sends it), 57/60 (a death's informant or an heir who asks, never the
deceased), 56/60 (a firm or an estate: the natural person who signs for it):
THE APPLICANT IS THE LIVING PERSON WHO MAKES THE REQUEST:
- the widow, the son, the daughter who asks the unpaid allowance, the funeral grant, the
  crematorium, the plot, the tents, the stall, the meter, the tax account;
- an EXECUTOR (ผู้จัดการมรดก) named by a court: the executor himself (his name, ID, home,
  mobile); the estate has no ID; the other heirs on his list are never the applicant;
- a FUNERAL HOME writing for the family: the family member named as the one who asks (the
  ผู้จัดการศพ / ผู้ขอ); the funeral home's name, staff, address, line, LINE ID and box are
  never hers: phone and e-mail `()` where only the funeral home's appear;
- a VILLAGE HEAD certifying a death: where the headman sends it for the widow or the
  daughter, she is the applicant; his name, his ID, his phone never hers (phone, e-mail
  `()` where only his appear); where his certificate sits beside her own request, she.
The DECEASED's name, ID, birth date, old address, phone, date of death and the มรณบัตร
number are never the applicant's; where the only birth date given is the deceased's,
birth_date is `()` (none, or a flagged one, is right); same for phone. Court case numbers
(พ.1234/2569), order dates, stall, meter, water user, deed, tax account and receipt
numbers, a funeral home's registration, a mosque's or temple's line are never an ID, a
phone or a birth date.
Address: where the applicant lives (the son in Bangkok: his Bangkok home; the widow: the
house she lives in, which may be the deceased's last house where they lived together),
house number to the อำเภอ/เขต, with or without เลขที่/บ้านเลขที่, with or without province and
postal code; never the deceased's other house, the funeral home, the temple, the mosque,
the cemetery, the market, the court. Postal code and province of that address. Birth date
ISO, the applicant's only. E-mail: the applicant's own box where she sends from it.
Everyone, every firm and every number is invented (13-digit IDs made with
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

KB_DESK = "saraban@krathumbaen.example.go.th"
ST_DESK = "saraban@satuncity.example.go.th"
KB = "เทศบาลเมืองกระทุ่มแบน"
ST = "เทศบาลเมืองสตูล"
SS = "สมุทรสาคร"
SA = "สตูล"
BKK = "กรุงเทพมหานคร"

# The living applicants (widows, sons, daughters, executors).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือน", "สุขประเสริฐ", "374010034412", date(1955, 7, 14), "0897713420", "boonruan.sp@gmail.com",
      "45/2", "", "", "เศรษฐกิจ 1", "ตลาดกระทุ่มแบน", "กระทุ่มแบน", SS, "74110"),
    P("นาย", "ธีระพงษ์", "แซ่เฮง", "374010051286", date(1979, 2, 3), "0816604471", "theerapong.hg@gmail.com",
      "118/7", "", "วัดเทียนดัด", "", "ดอนไก่ดี", "กระทุ่มแบน", SS, "74110"),
    P("นางสาว", "สุดารัตน์", "มีทรัพย์", "374990027731", date(1988, 10, 21), "0628814052", "sudarat.mt@hotmail.com",
      "9", "5", "", "", "ท่าไม้", "กระทุ่มแบน", SS, "74110"),
    P("นาย", "วรวุฒิ", "ทองดี", "310150066218", date(1975, 5, 30), "0819925506", "worawut.td@gmail.com",
      "77/41", "", "ลาดพร้าว 87", "ลาดพร้าว", "คลองเจ้าคุณสิงห์", "วังทองหลาง", BKK, "10310"),
    P("นาง", "ฮาลีเมาะ", "หลังจิ", "391010042258", date(1960, 12, 5), "0846621937", "",
      "23", "", "", "สตูลธานี", "พิมาน", "เมืองสตูล", SA, "91000"),
    P("นาย", "อับดุลรอซัก", "เกปัน", "391010055367", date(1982, 4, 17), "0935517480", "abdulrosak.kp@gmail.com",
      "14/3", "4", "", "", "คลองขุด", "เมืองสตูล", SA, "91000"),
    P("นางสาว", "นูรียา", "สาและ", "391990018824", date(1993, 8, 9), "0654471293", "nuriya.sl@gmail.com",
      "61", "2", "", "", "ควนขัน", "เมืองสตูล", SA, "91000"),
    P("นาง", "ละเอียด", "จันทร์แก้ว", "374010008815", date(1949, 3, 26), "0863329014", "",
      "102", "3", "", "", "สวนหลวง", "กระทุ่มแบน", SS, "74110"),
    P("นาย", "สมชาย", "ลิ้มวัฒนา", "374010073904", date(1968, 11, 11), "0818842216", "somchai.lw@yahoo.com",
      "5/18", "", "", "สุคนธวิท", "ตลาดกระทุ่มแบน", "กระทุ่มแบน", SS, "74110"),
    P("นาง", "ซารีป๊ะ", "ดาหลัน", "391010029946", date(1966, 6, 2), "0891127735", "saripah.dl@gmail.com",
      "8", "6", "", "", "เกตรี", "เมืองสตูล", SA, "91000"),
)  # fmt: skip

# The deceased, one for each applicant (name, old home, old phone), with ID, birth date,
# date of death and the มรณบัตร's number.
DEAD: tuple[Party, ...] = (
    P("นาย", "ประเสริฐ", "สุขประเสริฐ", "374010012245", date(1948, 1, 9), "0811406628", "",
      "45/2", "", "", "เศรษฐกิจ 1", "ตลาดกระทุ่มแบน", "กระทุ่มแบน", SS, "74110"),
    P("นาง", "กิมเง็ก", "แซ่เฮง", "374010004418", date(1944, 9, 27), "0869904123", "",
      "31", "7", "", "", "บางยาง", "กระทุ่มแบน", SS, "74110"),
    P("นาย", "สมพงษ์", "มีทรัพย์", "374010019962", date(1951, 4, 4), "0897740215", "",
      "9", "5", "", "", "ท่าไม้", "กระทุ่มแบน", SS, "74110"),
    P("นาง", "ทองใบ", "ทองดี", "374010006637", date(1940, 12, 30), "0845529017", "",
      "12", "2", "", "", "แคราย", "กระทุ่มแบน", SS, "74110"),
    P("นาย", "หมาดสะอิ", "หลังจิ", "391010007714", date(1950, 5, 15), "0817786630", "",
      "23", "", "", "สตูลธานี", "พิมาน", "เมืองสตูล", SA, "91000"),
    P("นาย", "ยูโสบ", "เกปัน", "391010003382", date(1939, 7, 1), "0862207714", "",
      "88", "1", "", "", "บ้านควน", "เมืองสตูล", SA, "91000"),
    P("นาง", "ฮาวา", "สาและ", "391010011152", date(1946, 2, 20), "0937714426", "",
      "61", "2", "", "", "ควนขัน", "เมืองสตูล", SA, "91000"),
    P("นาย", "เฉลิม", "จันทร์แก้ว", "374010002291", date(1945, 10, 8), "0819071245", "",
      "102", "3", "", "", "สวนหลวง", "กระทุ่มแบน", SS, "74110"),
    P("นาง", "เง็กฮวย", "ลิ้มวัฒนา", "374010001155", date(1937, 8, 16), "0814426610", "",
      "203", "", "", "เจริญราษฎร์", "ตลาดกระทุ่มแบน", "กระทุ่มแบน", SS, "74110"),
    P("นาย", "อาหลี", "ดาหลัน", "391010004476", date(1958, 3, 3), "0897716602", "",
      "8", "6", "", "", "เกตรี", "เมืองสตูล", SA, "91000"),
)  # fmt: skip
DIED: tuple[date, ...] = tuple(date(2026, 10 + k % 2, 3 + 2 * k) for k in range(10))
CERTS: tuple[str, ...] = tuple(
    f"{('7410', '9101')[k in (4, 5, 6, 9)]}-{(2569 - 2500):02d}-{140 + 37 * k:06d}"
    for k in range(10)
)
RELATION: tuple[str, ...] = (
    "ภริยา",
    "บุตร",
    "บุตรสาว",
    "บุตร",
    "ภริยา",
    "บุตร",
    "บุตรสาว",
    "ภริยา",
    "บุตร",
    "ภริยา",
)

# Funeral homes: name, address, line, LINE ID, box, the staff who writes.
HOMES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("สถานรับจัดงานศพ เทียนดัดบริการ", "55/9 ถนนเศรษฐกิจ 1 ตำบลดอนไก่ดี อำเภอกระทุ่มแบน จังหวัดสมุทรสาคร 74110",
     "034-471-229", "@tiandatservice", "tiandat.funeral@gmail.com", "นายชาญชัย ศรีเมือง"),
    ("ร้านสตูลหีบศพและพวงหรีด", "210 ถนนบุรีวานิช ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000",
     "074-722-518", "@satunwreath", "satun.wreath@hotmail.com", "นางสาวกัลยา หมีนหวัง"),
)  # fmt: skip

# Village heads: name, his ID, หมู่, ตำบล, อำเภอ, his mobile.
HEADMEN: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นายบุญส่ง เพชรรัตน์", with_check_digit("374010044127"), "5", "ท่าไม้", "กระทุ่มแบน", "0817726304"),
    ("นายหมาดเอียด ละใบแด", with_check_digit("391010036615"), "6", "เกตรี", "เมืองสตูล", "0896632871"),
)

# Courts and case numbers for the executors.
COURTS: tuple[str, ...] = ("ศาลจังหวัดสมุทรสาคร", "ศาลจังหวัดสตูล")

# Other heirs on an executor's list (name, ID).
OTHER_HEIRS: tuple[tuple[str, str], ...] = (
    ("นางสาวพิมพ์ชนก ลิ้มวัฒนา", with_check_digit("374010088216")),
    ("นายอนันต์ ลิ้มวัฒนา", with_check_digit("374010090034")),
    ("นางฟาตีเมาะ เกปัน", with_check_digit("391010061143")),
    ("นายมะหมัด เกปัน", with_check_digit("391010064401")),
)


def satun(a: Party) -> bool:
    return a.p.province == SA


def town(a: Party) -> str:
    return ST if satun(a) else KB


def desk(a: Party) -> str:
    return ST_DESK if satun(a) else KB_DESK


def dead(k: int) -> Party:
    return DEAD[k]


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 5, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set69-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply.family@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant who writes for herself: her box scored where she has one."""
    e = exp(a, keys)
    if not a.p.email and "email" in e:
        e.pop("email")
    return e


def for_her(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant named by another who sends (a funeral home, a headman): her phone
    and e-mail `()`, only the sender's appear."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def no_birth(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Only the deceased's birth date is given: none is the applicant's."""
    e["birth_date"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_widow_unpaid_allowance": "the widow; the husband's ID, birth date, death date, มรณบัตร never",
    "plain_son_bangkok_funeral_grant": "the son, his Bangkok home; the mother's old house, phone, ID never",
    "plain_executor_land_tax": "the executor; court case numbers, the deceased's ID and birth date never",
    "plain_funeral_home_crematorium": "the widow/child named; the funeral home's line, box, address never",
    "plain_headman_certifies_death": "the widow/daughter named; the headman's ID and phone never",
    "html_gmail_water_meter_transfer": "the daughter/son; the father's ID, meter and user numbers never",
    "html_outlook_executor_work": "the executor; his office line and the firm's address never",
    "html_webform_cremation_booking": "the ผู้ขอ rows; the ผู้เสียชีวิต rows never",
    "html_gmail_reply_stall_transfer": "the heir who replies; the clerk's quoted mail and the stall never",
    "html_gmail_mosque_tents": "the son; the mosque, the imam's phone, the deceased never",
    "docx_funeral_grant_form": "ส่วนที่ 2 ผู้ยื่นคำขอ; ส่วนที่ 1 the deceased never",
    "docx_executor_letter_heirs": "the executor; the other heirs' IDs, the court's numbers never",
    "docx_funeral_home_letterhead": "the ผู้จัดการศพ named; the funeral home's letterhead never",
    "docx_headman_cert_and_request": "the widow's request below; the headman's certificate never",
    "pdf_fillable_stall_transfer": "the ผู้รับโอน section; the ผู้เช่าเดิม (deceased) never",
    "pdf_typed_widow_letter": "the widow (block top right); the husband's lines never",
    "pdf_fillable_water_account_text_n": "the new account holder; the old (deceased) never",
    "pdf_typed_executor_satun": "the executor; the deceased's phone, ID, court numbers never",
    "xlsx_funeral_home_case_sheet": "the family's row; the funeral home head block, the deceased rows never",
    "xlsx_executor_heirs_list": "the executor's rows; the heirs' and the deceased's rows never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_widow_unpaid_allowance(a: Party, k: int, i: int) -> Case:
    """A widow's phone mail: her husband died last month, the allowance for the month
    was not paid; his ID, birth date, date of death and มรณบัตร first, hers after."""
    p, d = a.p, dead(k).p
    text = (
        f"เรียน {town(a)} (งานสวัสดิการสังคม)\n\n"
        f"{me(a)}เป็นภรรยาของ {dead(k).name} ผู้รับเบี้ยยังชีพผู้สูงอายุ เลขประจำตัวประชาชน {nid_w(d.nid, i)} "
        f"เกิด {born_th(d.born, i)} ซึ่งเสียชีวิตเมื่อวันที่ {thai_day(DIED[k])} (มรณบัตรเลขที่ {CERTS[k]}) "
        f"เบี้ยยังชีพเดือนที่เสียชีวิตยังไม่ได้รับ ขอรับแทนในฐานะทายาท{ending(a)}\n\n"
        f"ชื่อผู้ขอ {a.name}\nเลขบัตร {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ {home(a, i)}\nโทร {mobile(p.mobile, i)}\n\n"
        f"ขอบคุณ{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอรับเบี้ยยังชีพค้างจ่ายของสามีที่เสียชีวิต", own_box(a), desk(a), text=text)
    return Case("plain_widow_unpaid_allowance", raw, own(a, ALL))


def plain_son_bangkok_funeral_grant(a: Party, k: int, i: int) -> Case:
    """A son in Bangkok writes from webmail for the funeral grant of his mother: her old
    house in the town, her old mobile, her ID and birth date; his Bangkok home, ID, phone."""
    p, dd = a.p, dead(k)
    d = dd.p
    text = (
        f"เรียน เจ้าหน้าที่{town(a)}\n\n"
        f"{me(a)} {a.name} เป็นบุตรของ {dd.name} (เลขประจำตัวประชาชน {nid_w(d.nid, i + 2)} เกิด {born_th(d.born, i)}) "
        f"ซึ่งมีทะเบียนบ้านอยู่ที่ {home(dd, i)} เบอร์เดิมของแม่ {mobile(d.mobile, i + 1)} "
        f"แม่ถึงแก่กรรมเมื่อ {thai_day(DIED[k])} ตามมรณบัตรเลขที่ {CERTS[k]} "
        f"{me(a)}เป็นผู้จัดการศพ ขอยื่นขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุตามระเบียบ{ending(a)}\n\n"
        f"ข้อมูลผู้ยื่น: เลขประจำตัวประชาชน {nid_w(p.nid, i)}, เกิดวันที่ {born_th(p.born, i + 2)}\n"
        f"ปัจจุบันพักอาศัยอยู่ที่ {home(a, i + 1)}\n"
        f"ติดต่อ {me(a)} ได้ที่ {mobile(p.mobile, i + 2)}\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(i, "ขอรับเงินสงเคราะห์ค่าจัดการศพ (มารดา)", own_box(a), desk(a), text=text)
    return Case("plain_son_bangkok_funeral_grant", raw, own(a, ALL))


def court_case(a: Party, i: int) -> tuple[str, str, str, str]:
    court = COURTS[satun(a)]
    black = f"พ.{1180 + 37 * i}/2569"
    red = f"พ.{2240 + 41 * i}/2569"
    ordered = thai_day(date(2026, 9, 2 + i % 25))
    return court, black, red, ordered


def plain_executor_land_tax(a: Party, k: int, i: int) -> Case:
    """An executor by court order from a phone app: the court, the black and red case
    numbers, the order's date; the deceased's ID and birth date; the deed and the tax
    account; his own ID, home and mobile; no birth date of his."""
    p, dd = a.p, dead(k)
    court, black, red, ordered = court_case(a, i)
    text = (
        f"เรียน กองคลัง {town(a)}\n"
        f"{me(a)} {a.name} ผู้จัดการมรดกของ {dd.name} ผู้ตาย ตามคำสั่ง{court} คดีหมายเลขดำที่ {black} "
        f"คดีหมายเลขแดงที่ {red} ลงวันที่ {ordered}\n"
        f"ผู้ตาย เลขประจำตัวประชาชน {nid_w(dd.p.nid, i)} เกิด {born_th(dd.p.born, i + 1)} ถึงแก่ความตายวันที่ {thai_day(DIED[k])}\n"
        f"ขอเปลี่ยนชื่อผู้เสียภาษีที่ดินและสิ่งปลูกสร้าง โฉนดเลขที่ {18442 + i} บัญชีผู้เสียภาษีเลขที่ ภดส.{3310 + 7 * i} "
        f"จากชื่อผู้ตายเป็นชื่อ{me(a)}ในฐานะผู้จัดการมรดก จนกว่าจะโอนให้ทายาท\n"
        f"เลขบัตรประชาชน{me(a)} {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i + 2)}\nมือถือ {mobile(p.mobile, i + 3)}\n"
        f"{ending(a)}\n\nSent from my Galaxy\n"
    )
    raw = message(i, "ผู้จัดการมรดก ขอเปลี่ยนชื่อผู้เสียภาษี", own_box(a), desk(a), text=text)
    return Case("plain_executor_land_tax", raw, no_birth(own(a, ALL)))


def plain_funeral_home_crematorium(a: Party, k: int, i: int) -> Case:
    """A funeral home books the town's ฌาปนสถาน for the family from its box: the
    deceased's lines, the family's ผู้จัดการศพ (her ID and home only), its own staff,
    line, LINE ID and address in the signature."""
    dd = dead(k)
    name, addr, line, lid, box, staff = HOMES[satun(a)]
    text = (
        f"เรียน ผู้ดูแลฌาปนสถาน{town(a)}\n\n"
        f"ทาง{name} ขอจองใช้ฌาปนสถานของเทศบาลเพื่อฌาปนกิจศพ {dd.name} อายุ {2026 - dd.p.born.year} ปี "
        f"เลขประจำตัวประชาชนผู้ตาย {nid_w(dd.p.nid, i)} มรณบัตรเลขที่ {CERTS[k]} "
        f"ในวันที่ {thai_day(date(2026, 12, 12 + i % 10))} เวลา 16.00 น.\n\n"
        f"ผู้จัดการศพ: {a.name} ({RELATION[k]}ผู้ตาย)\n"
        f"เลขประจำตัวประชาชน {nid_w(a.p.nid, i + 1)}\n"
        f"ที่อยู่ {home(a, i)}\n\n"
        f"หากมีข้อสงสัยติดต่อ {staff} โทร {line} หรือ LINE {lid}\n\n"
        f"--\n{name}\n{addr}\nโทร {line}\n"
    )
    raw = message(i, f"จองฌาปนสถาน ศพ{dd.name}", f"{name} <{box}>", desk(a), text=text)
    return Case(
        "plain_funeral_home_crematorium",
        raw,
        for_her(a, "full_name national_id phone email address postal_code province"),
    )


def plain_headman_certifies_death(a: Party, k: int, i: int) -> Case:
    """A village head certifies in his mail that the deceased of his หมู่ died at home
    and asks the funeral grant for the widow or daughter: her ID, her house; his ID and
    mobile; the deceased's ID and date of death."""
    dd = dead(k)
    h_name, h_id, h_moo, h_tam, h_amp, h_mob = HEADMEN[satun(a)]
    text = (
        f"เรียน นายก{town(a)}\n\n"
        f"ข้าพเจ้า {h_name} ผู้ใหญ่บ้านหมู่ที่ {h_moo} ตำบล{h_tam} อำเภอ{h_amp} เลขประจำตัวประชาชน {nid_w(h_id, i)} "
        f"ขอรับรองว่า {dd.name} เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 1)} ได้ถึงแก่กรรมที่บ้านเมื่อวันที่ {thai_day(DIED[k])} "
        "ด้วยโรคชรา จริง\n\n"
        f"และขอส่งคำขอรับเงินสงเคราะห์ค่าจัดการศพแทน {a.name} {RELATION[k]}ของผู้ตาย "
        f"เลขประจำตัวประชาชน {nid_w(a.p.nid, i + 2)} เกิดวันที่ {born_th(a.p.born, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
        "ซึ่งเป็นผู้จัดการศพ เนื่องจากผู้ขอไม่มีอีเมล\n\n"
        f"ติดต่อผู้ใหญ่บ้าน {mobile(h_mob, i)}\n\n{h_name}\nผู้ใหญ่บ้านหมู่ {h_moo}\n"
    )
    raw = message(
        i,
        "หนังสือรับรองการตายและคำขอเงินค่าจัดการศพ",
        f"ผญบ.หมู่{h_moo} <headman.moo{h_moo}.{('thamai', 'ketri')[satun(a)]}@gmail.com>",
        desk(a),
        text=text,
    )
    return Case("plain_headman_certifies_death", raw, for_her(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def gmail(body: str) -> str:
    return f'<div dir="ltr">{body}</div>\n'


def html_gmail_water_meter_transfer(a: Party, k: int, i: int) -> Case:
    """A child's Gmail to move the water account from the dead father: the user number,
    the meter number, his ID; her lines as a bulleted list."""
    p, dd = a.p, dead(k)
    lis = "".join(f"<li>{x}</li>" for x in (f"ชื่อ-สกุล: {a.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}",
          f"วันเดือนปีเกิด: {born_th(p.born, i)}", f"ที่อยู่: {home(a, i + 1)}", f"โทรศัพท์: {mobile(p.mobile, i + 1)}",
          f"อีเมล: {p.email}"))  # fmt: skip
    body = (
        f"<div>เรียน งานประปา {town(a)}</div><div><br></div>"
        f"<div>{me(a)}ขอโอนชื่อผู้ใช้น้ำประปา เลขที่ผู้ใช้น้ำ {74110 + i}{300 + k:03d} เลขมาตรวัดน้ำ WM-{62801 + 13 * i} "
        f"จากชื่อ {dd.name} (เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 1)} ถึงแก่กรรม {thai_day(DIED[k])}) "
        f"ซึ่งเป็น{('บิดา', 'มารดา')[dd.p.title != 'นาย']}ของ{me(a)} มาเป็นชื่อ{me(a)} รายละเอียดดังนี้</div>"
        f"<ul>{lis}</ul><div>แนบสำเนามรณบัตร เลขที่ {CERTS[k]} และสำเนาทะเบียนบ้าน{ending(a)}</div>"
        f'<div><br></div><div>--</div><div dir="ltr">{p.first} {p.last}</div>'
    )
    raw = message(i, "ขอโอนมาตรน้ำประปาจากผู้เสียชีวิต", own_box(a), desk(a), html=gmail(body))
    return Case("html_gmail_water_meter_transfer", raw, own(a, ALL))


def html_outlook_executor_work(a: Party, k: int, i: int) -> Case:
    """An executor writes from his company's Outlook: the court order in prose, his home
    and mobile in the body, the firm's address and line in the signature; no birth."""
    p, dd = a.p, dead(k)
    court, black, red, ordered = court_case(a, i)
    paras = [
        f"เรียน กองคลัง {town(a)}", "",
        f"ตามที่{court}มีคำสั่งตามคดีหมายเลขดำที่ {black} หมายเลขแดงที่ {red} ลงวันที่ {ordered} "
        f"ตั้งให้ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เป็นผู้จัดการมรดกของ {dd.name} "
        f"(เลขประจำตัวประชาชน {nid_w(dd.p.nid, i)}) นั้น",
        f"ข้าพเจ้าขอโอนสิทธิการเช่าแผงค้าในตลาดสดเทศบาล แผงเลขที่ C-{14 + i} ของผู้ตายให้แก่กองมรดก "
        "และขอทราบยอดค่าเช่าค้างชำระ (ถ้ามี)",
        f"ที่อยู่ติดต่อ (บ้าน): {home(a, i)}  มือถือ {mobile(p.mobile, i)}", "", "ขอแสดงความนับถือ",
    ]  # fmt: skip
    sig = (
        f'<p class="MsoNormal"><b>{p.first} {p.last}</b><br>ผู้จัดการฝ่ายจัดซื้อ<br>บริษัท สาครโพลีแพ็ค จำกัด<br>'
        "99/9 หมู่ 8 ถนนเศรษฐกิจ 1 ตำบลอ้อมน้อย อำเภอกระทุ่มแบน จังหวัดสมุทรสาคร 74130<br>"
        f"Tel. 034-849-{300 + i} ext. 21 | Fax 034-849-399</p>"
    )
    raw = message(i, "แจ้งคำสั่งศาลตั้งผู้จัดการมรดก/โอนสิทธิแผงค้า", f"{p.first} {p.last} <{p.email.split('@')[0]}@sakhonpoly.example.co.th>",
                  desk(a), html=outlook_html(paras, sig))  # fmt: skip
    return Case(
        "html_outlook_executor_work",
        raw,
        exp(a, "full_name national_id phone address postal_code province"),
    )


def html_webform_cremation_booking(a: Party, k: int, i: int) -> Case:
    """The town's e-service notification for a crematorium or cemetery booking: a table
    with the ผู้เสียชีวิต rows first (name, ID, birth date, date of death, มรณบัตร) and
    the ผู้ขอ rows after."""
    p, dd = a.p, dead(k)
    place = ("ฌาปนสถานเทศบาล", "สุสานสาธารณะ (กุโบร์) เทศบาล")[satun(a)]
    rows = [("เลขที่คำขอ", f"ES-2569-{4410 + i}"), ("บริการ", f"ขอใช้{place}"),
            ("ชื่อผู้เสียชีวิต", dd.name), ("เลขประจำตัวประชาชนผู้เสียชีวิต", dd.p.nid),
            ("วันเกิดผู้เสียชีวิต", born_th(dd.p.born, i)), ("วันที่เสียชีวิต", thai_day(DIED[k])),
            ("เลขที่มรณบัตร", CERTS[k]), ("ชื่อผู้ขอ", a.name), ("เลขประจำตัวประชาชนผู้ขอ", nid_w(p.nid, i)),
            ("วันเกิดผู้ขอ", born_th(p.born, i + 1)), ("ความเกี่ยวข้อง", RELATION[k]),
            ("ที่อยู่ผู้ขอ", home(a, i)), ("โทรศัพท์", p.mobile), ("อีเมล", p.email or "-"),
            ("วันที่ส่ง", f"{1 + i % 5}/12/2569 10:{10 + i}")]  # fmt: skip
    trs = "".join(f'<tr><td style="background:#eef">{x}</td><td>{y}</td></tr>' for x, y in rows)
    html = (f"<html><body><p>มีคำขอใหม่จากระบบ e-Service {town(a)}</p>"
            f'<table border="1" cellpadding="4">{trs}</table><p>ระบบส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>')  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำขอใช้{place} ES-2569-{4410 + i}",
        "e-Service <noreply@eservice.example.go.th>",
        desk(a),
        html=html,
    )
    return Case("html_webform_cremation_booking", raw, own(a, ALL))


def html_gmail_reply_stall_transfer(a: Party, k: int, i: int) -> Case:
    """The heir's Gmail reply above the clerk's quoted mail (the clerk's name, the market
    office's line and address): the stall, the dead mother's ID, his lines."""
    p, dd = a.p, dead(k)
    body = (
        f"<div>เรียน คุณจันทร์เพ็ญ</div><div>ตามที่แจ้งให้ส่งข้อมูลเพิ่มเติม {me(a)}ขอส่งดังนี้{ending(a)}</div>"
        f"<div>ผู้รับโอนแผง: {a.name}<br>เลขบัตรประชาชน {nid_w(p.nid, i + 1)}<br>เกิด {born_th(p.born, i)}<br>"
        f"บ้านเลขที่ {home(a, i + 2)}<br>โทร {mobile(p.mobile, i + 3)}</div>"
        f"<div>ผู้เช่าเดิม (ถึงแก่กรรม): {dd.name} เลขบัตร {nid_w(dd.p.nid, i)} แผงเลขที่ ข-{21 + i} โซนอาหารทะเล</div>"
        f'<div><br></div><div class="gmail_quote"><div class="gmail_attr">เมื่อ {2 + i % 5} ธ.ค. 2569 เวลา 09:15 '
        f"งานตลาด {town(a)} &lt;market@{('krathumbaen', 'satuncity')[satun(a)]}.example.go.th&gt; เขียนว่า:</div>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        f"เรียน คุณ{p.first}<br>กรณีขอโอนสิทธิการเช่าแผงของผู้เช่าที่ถึงแก่กรรม กรุณาส่งชื่อ เลขบัตร วันเกิด ที่อยู่ และเบอร์โทรของผู้รับโอน "
        f"พร้อมสำเนามรณบัตร<br>นางสาวจันทร์เพ็ญ รุ่งเรือง<br>งานตลาด กองสาธารณสุขฯ {town(a)}<br>"
        f"{('1 ถนนเศรษฐกิจ 1 ตำบลตลาดกระทุ่มแบน อำเภอกระทุ่มแบน จังหวัดสมุทรสาคร 74110', '2 ถนนบุรีวานิช ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000')[satun(a)]}"
        f"<br>โทร {('034-471-100', '074-711-064')[satun(a)]} ต่อ 215</blockquote></div>"
    )
    raw = message(i, "Re: ขอโอนสิทธิการเช่าแผง (ผู้เช่าถึงแก่กรรม)", own_box(a), desk(a), html=gmail(body))
    return Case("html_gmail_reply_stall_transfer", raw, own(a, ALL))


def html_gmail_mosque_tents(a: Party, k: int, i: int) -> Case:
    """A son's Gmail for tents, chairs and the town's hearse at a mosque (or a temple):
    the mosque's place, the imam's phone for the day, the deceased's ID and birth date;
    his own ID, home and mobile; no birth date of his."""
    p, dd = a.p, dead(k)
    if satun(a):
        place = "มัสยิดบ้านควน หมู่ที่ 2 ตำบลบ้านควน อำเภอเมืองสตูล"
        keeper = "อิหม่ามหมัดรอฟี ยาหยา โทร 089-466-1203"
    else:
        place = "วัดเทียนดัด ตำบลดอนไก่ดี อำเภอกระทุ่มแบน"
        keeper = "ไวยาวัจกร นายเสนาะ ศรีสุข โทร 089-466-1203"
    body = (
        f"<div>เรียน {town(a)}</div><div><br></div>"
        f"<div>{me(a)} {a.name} ขอยืมเต็นท์ 4 หลัง เก้าอี้ 100 ตัว และขอใช้รถรับส่งศพของเทศบาล "
        f"สำหรับงานศพ{('บิดา', 'มารดา')[dd.p.title != 'นาย']} {dd.name} (เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 1)} เกิด {born_th(dd.p.born, i + 2)}) "
        f"ที่{place} วันที่ {thai_day(date(2026, 12, 5 + i % 10))}</div>"
        f"<div>ผู้ประสานงานที่สถานที่: {keeper}</div><div><br></div>"
        f"<div><b>ข้อมูลผู้ยืม</b></div><div>เลขประจำตัวประชาชน {nid_w(p.nid, i)}</div>"
        f"<div>ที่อยู่ {home(a, i + 1)}</div><div>มือถือ {mobile(p.mobile, i + 2)}</div>"
        f"<div><br></div><div>ขอบคุณ{ending(a)}</div><div>{a.name}</div>"
    )
    raw = message(i, "ขอยืมเต็นท์และรถรับส่งศพ", own_box(a), desk(a), html=gmail(body))
    return Case("html_gmail_mosque_tents", raw, no_birth(own(a, ALL)))


# --- Word ----------------------------------------------------------------------------------


def docx_funeral_grant_form(a: Party, k: int, i: int) -> Case:
    """The town's คำขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุ typed in Word: a table whose
    ส่วนที่ 1 is the deceased (name, ID, birth date, old address, date of death, มรณบัตร)
    and ส่วนที่ 2 the ผู้ยื่นคำขอ (ผู้จัดการศพ)."""
    p, dd = a.p, dead(k)

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุ\n{town(a)}")
        rows = [("ส่วนที่ 1 ข้อมูลผู้สูงอายุที่เสียชีวิต", ""), ("ชื่อ-สกุล", dd.name),
                ("เลขประจำตัวประชาชน", nid_w(dd.p.nid, i)), ("วันเดือนปีเกิด", born_th(dd.p.born, i)),
                ("ที่อยู่ตามทะเบียนบ้าน", home(dd, i + 1)), ("วันที่เสียชีวิต", thai_day(DIED[k])),
                ("มรณบัตรเลขที่", CERTS[k]),
                ("ส่วนที่ 2 ข้อมูลผู้ยื่นคำขอ (ผู้จัดการศพ)", ""), ("ชื่อ-สกุล", a.name),
                ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("วันเดือนปีเกิด", born_th(p.born, i + 1)),
                ("ความเกี่ยวข้องกับผู้เสียชีวิต", RELATION[k]), ("ที่อยู่", home(a, i)),
                ("โทรศัพท์", mobile(p.mobile, i))]  # fmt: skip
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for x, y in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = x, y
        d.add_paragraph(f"ลงชื่อ......................ผู้ยื่นคำขอ\n({a.name})\nวันที่ {3 + i} ธันวาคม 2569")

    raw = message(i, "แบบคำขอเงินสงเคราะห์ค่าจัดการศพ", own_box(a), desk(a),
                  text=f"เรียน งานสวัสดิการสังคม\nส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอค่าจัดการศพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_funeral_grant_form", raw, own(a, ALL))


def docx_executor_letter_heirs(a: Party, k: int, i: int) -> Case:
    """An executor's letter in Word (his address top right): the court order, the other
    heirs listed with their own IDs, asking the water meter and the tax account moved to
    an heir; his ID and mobile; no birth date."""
    p, dd = a.p, dead(k)
    court, black, red, ordered = court_case(a, i)
    heirs = OTHER_HEIRS[2 * satun(a) : 2 * satun(a) + 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{home(a, i)}")
        d.add_paragraph(f"\t\t\t\t\t{9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอโอนมาตรวัดน้ำและบัญชีผู้เสียภาษีของผู้ตาย\nเรียน นายก{town(a)}")
        d.add_paragraph(
            f"ตามที่{court}ได้มีคำสั่งในคดีหมายเลขดำที่ {black} คดีหมายเลขแดงที่ {red} เมื่อวันที่ {ordered} "
            f"ตั้งข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เป็นผู้จัดการมรดกของ {dd.name} "
            f"ผู้ตาย เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 2)} ซึ่งถึงแก่ความตายเมื่อวันที่ {thai_day(DIED[k])}"
        )
        d.add_paragraph("ทายาทโดยธรรมของผู้ตายได้ตกลงแบ่งมรดกแล้ว ดังนี้")
        for n, (hn, hid) in enumerate(heirs):
            d.add_paragraph(f"{n + 1}. {hn} เลขประจำตัวประชาชน {nid_w(hid, i + n)}")
        d.add_paragraph(
            f"จึงขอโอนมาตรวัดน้ำ เลขที่ผู้ใช้น้ำ {9100 + i}-{k:02d}77 และบัญชีผู้เสียภาษีที่ดิน ภดส.{5120 + i} "
            f"ให้เป็นชื่อ {heirs[0][0]} ตามบันทึกข้อตกลง"
        )
        d.add_paragraph(f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nผู้จัดการมรดก")

    raw = message(i, "ขอโอนมาตรน้ำ/ภาษี (ผู้จัดการมรดก)", own_box(a), desk(a),
                  text="เรียน สำนักปลัด\nแนบหนังสือผู้จัดการมรดก พร้อมสำเนาคำสั่งศาลจะนำส่งตัวจริง\n",
                  files=(("หนังสือผู้จัดการมรดก.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_executor_letter_heirs",
        raw,
        own(a, "full_name national_id phone email address postal_code province"),
    )


def docx_funeral_home_letterhead(a: Party, k: int, i: int) -> Case:
    """A funeral home's letter on its letterhead (address, line, LINE, box) asking a plot
    in the town's cemetery for the family: the ผู้จัดการศพ with ID, birth date and home;
    the deceased with ID and old house; signed by its staff."""
    p, dd = a.p, dead(k)
    name, addr, line, lid, box, staff = HOMES[satun(a)]

    def build(d: Any) -> None:
        d.add_paragraph(f"{name}\n{addr}\nโทร {line}  LINE {lid}  อีเมล {box}")
        d.add_paragraph(f"ที่ ศพ.{40 + i}/2569\t\t\t\t{7 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอใช้พื้นที่ฝังศพในสุสานสาธารณะของเทศบาล\nเรียน นายก{town(a)}")
        d.add_paragraph(
            f"ด้วย{name} ได้รับมอบหมายจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} ซึ่งเป็นผู้จัดการศพของ {dd.name} (เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 1)} "
            f"ภูมิลำเนาเดิม {home(dd, i + 2)}) ผู้ถึงแก่กรรมเมื่อวันที่ {thai_day(DIED[k])} "
            "ให้ดำเนินการขอใช้พื้นที่ฝังศพในสุสานสาธารณะของเทศบาล 1 แปลง"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({staff})\nผู้จัดการ{name}\nโทร {line}")

    raw = message(i, "ขอใช้พื้นที่สุสานสาธารณะ", f"{name} <{box}>", desk(a),
                  text=f"เรียน {town(a)}\nแนบหนังสือขอใช้พื้นที่ฝังศพ\n{staff}\n{line}\n",
                  files=(("ขอใช้สุสาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_funeral_home_letterhead", raw, for_her(a, ALL))


def docx_headman_cert_and_request(a: Party, k: int, i: int) -> Case:
    """One Word file, sent from the widow's own box: the headman's หนังสือรับรองการตาย on
    top (his name, ID, หมู่, mobile; the deceased's ID and date of death), then the
    widow's own คำร้อง below (ข้าพเจ้า, her ID, birth date, home, phone)."""
    p, dd = a.p, dead(k)
    h_name, h_id, h_moo, h_tam, h_amp, h_mob = HEADMEN[satun(a)]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือรับรองการตาย")
        d.add_paragraph(
            f"ข้าพเจ้า {h_name} ตำแหน่งผู้ใหญ่บ้านหมู่ที่ {h_moo} ตำบล{h_tam} อำเภอ{h_amp} เลขประจำตัวประชาชน {nid_w(h_id, i + 1)} "
            f"โทร {mobile(h_mob, i)} ขอรับรองว่า {dd.name} เลขประจำตัวประชาชน {nid_w(dd.p.nid, i)} "
            f"ได้ถึงแก่กรรมเมื่อวันที่ {thai_day(DIED[k])} ที่บ้านเลขที่ {dd.p.house} หมู่ที่ {dd.p.moo or h_moo} จริง"
        )
        d.add_paragraph(f"ลงชื่อ.....................ผู้รับรอง\n({h_name})\nผู้ใหญ่บ้านหมู่ที่ {h_moo}")
        d.add_paragraph("")
        d.add_paragraph(f"คำร้อง\nเรียน นายก{town(a)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} โทรศัพท์ {mobile(p.mobile, i + 1)} เป็น{RELATION[k]}ของผู้ตาย "
            "ขอรับเงินสงเคราะห์ค่าจัดการศพ และเบี้ยยังชีพที่ค้างจ่ายของผู้ตาย"
        )
        d.add_paragraph(f"ลงชื่อ.....................ผู้ร้อง\n({a.name})")

    raw = message(i, "คำร้องขอเงินค่าจัดการศพ พร้อมหนังสือรับรอง ผญบ.", own_box(a), desk(a),
                  text=f"เรียน {town(a)}\nแนบคำร้องและหนังสือรับรองการตายจากผู้ใหญ่บ้าน{ending(a)}\n",
                  files=(("คำร้อง_รับรองการตาย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_headman_cert_and_request", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_stall_transfer(a: Party, k: int, i: int) -> Case:
    """The market office's fillable คำขอโอนสิทธิการเช่าแผง (fields named in English):
    the old tenant (the deceased: name, ID, phone) first, the ผู้รับโอน after."""
    p, dd = a.p, dead(k)
    labels = [(40, 18, f"คำขอโอนสิทธิการเช่าแผงค้า ตลาดสด{town(a)}"), (20, 32, "แผงเลขที่"),
              (20, 42, "ผู้เช่าเดิม (ถึงแก่กรรม)"), (20, 52, "เลขประจำตัวประชาชนผู้เช่าเดิม"), (120, 52, "โทรศัพท์ผู้เช่าเดิม"),
              (20, 62, "มรณบัตรเลขที่"), (20, 80, "ผู้รับโอน"), (20, 90, "เลขประจำตัวประชาชน"), (120, 90, "วันเกิด"),
              (20, 100, "ที่อยู่"), (20, 110, "โทรศัพท์"), (110, 110, "อีเมล"), (20, 120, "ความเกี่ยวข้อง")]  # fmt: skip
    fields = [Field("stall_no", f"ก-{30 + i}", 45, 32, 30),
              Field("old_tenant_name", dd.name, 65, 42, 90), Field("old_tenant_id", dd.p.nid, 75, 52, 45, comb=13),
              Field("old_tenant_phone", mobile(dd.p.mobile, i), 150, 52, 40), Field("death_cert_no", CERTS[k], 50, 62, 50),
              Field("new_tenant_name", a.name, 45, 80, 100), Field("new_tenant_id", p.nid, 60, 90, 55, comb=13),
              Field("new_tenant_dob", born_th(p.born, i), 135, 90, 45), Field("new_tenant_address", home(a, i), 35, 100, 160),
              Field("new_tenant_phone", tel(a, i), 45, 110, 55), Field("new_tenant_email", p.email, 125, 110, 70),
              Field("relation", RELATION[k], 55, 120, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอโอนแผง (แบบฟอร์ม PDF)", own_box(a), desk(a), text=f"ส่งแบบคำขอโอนแผงที่กรอกแล้ว{ending(a)}\n",
                  files=(("โอนแผง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_stall_transfer", raw, own(a, ALL))


def pdf_typed_widow_letter(a: Party, k: int, i: int) -> Case:
    """A widow's typed letter as a PDF: her block top right, then the husband's lines in
    the body (ID, birth date, old phone, date of death, มรณบัตร), her ID and phone."""
    p, dd = a.p, dead(k)
    h = home(a, i)
    cut = h.find(" จ") if " จ" in h else h.rfind(" ")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1 :]), (0, ""), (115, f"{4 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอรับเงินสงเคราะห์ค่าจัดการศพและเบี้ยยังชีพค้างจ่าย"), (20, f"เรียน นายก{town(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นภริยาของ {dd.name} "
                  f"เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 1)} เกิดวันที่ {born_th(dd.p.born, i + 1)} หมายเลขโทรศัพท์ของผู้ตาย {mobile(dd.p.mobile, i)} "
                  f"ซึ่งถึงแก่กรรมเมื่อวันที่ {thai_day(DIED[k])} มรณบัตรเลขที่ {CERTS[k]} "
                  "ข้าพเจ้าเป็นผู้จัดการศพ จึงขอรับเงินสงเคราะห์ค่าจัดการศพ และเบี้ยยังชีพผู้สูงอายุเดือนที่ค้างจ่าย"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือขอรับเงินค่าจัดการศพ", own_box(a), desk(a), text="เรียน เทศบาล\nแนบหนังสือ\n",
                  files=(("หนังสือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_widow_letter", raw, no_birth(own(a, ALL)))


def pdf_fillable_water_account_text_n(a: Party, k: int, i: int) -> Case:
    """The water works' fillable change-of-user form, fields named Text1..Text12: user
    number, meter number, the old user (deceased: name, ID), then the new user's name,
    ID, birth date, address, phone."""
    p, dd = a.p, dead(k)
    labels = [(40, 18, f"คำขอเปลี่ยนชื่อผู้ใช้น้ำ งานประปา{town(a)}"), (20, 32, "เลขที่ผู้ใช้น้ำ"), (110, 32, "เลขมาตร"),
              (20, 44, "ชื่อผู้ใช้น้ำเดิม"), (20, 54, "เลขประจำตัวประชาชน"), (120, 54, "เหตุ"),
              (20, 72, "ชื่อผู้ใช้น้ำใหม่"), (20, 82, "เลขประจำตัวประชาชน"), (120, 82, "วันเกิด"),
              (20, 92, "ที่อยู่"), (20, 102, "โทรศัพท์")]  # fmt: skip
    vals = [(f"{74110 + i}{500 + k}", 45, 32, 40), (f"M{880214 + i}", 130, 32, 40), (dd.name, 55, 44, 90),
            (nid_w(dd.p.nid, i), 60, 54, 55), (f"ถึงแก่กรรม {thai_day(DIED[k])}", 135, 54, 55),
            (a.name, 55, 72, 90), (nid_w(p.nid, i + 1), 60, 82, 55), (born_th(p.born, i + 2), 135, 82, 45),
            (home(a, i + 1), 35, 92, 160), (mobile(p.mobile, i + 2), 45, 102, 55)]  # fmt: skip
    fields = [Field(f"Text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ขอเปลี่ยนชื่อผู้ใช้น้ำ (ผู้ใช้น้ำเดิมเสียชีวิต)", own_box(a), desk(a), text=f"แนบแบบฟอร์ม{ending(a)}\n",
                  files=(("change_user.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_water_account_text_n", raw, own(a, ALL))


def pdf_typed_executor_satun(a: Party, k: int, i: int) -> Case:
    """An executor's typed letter (Word to PDF, no sender block): the court order, the
    deceased's ID and the phone on his old tax account, the refund of tax paid twice to
    the estate; the executor's ID, home and mobile in the body; no birth date."""
    p, dd = a.p, dead(k)
    court, _, red, ordered = court_case(a, i)
    paras: list[tuple[float, str]] = [(115, f"{5 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอรับเงินภาษีที่ชำระซ้ำคืนในฐานะผู้จัดการมรดก"), (20, f"เรียน ผู้อำนวยการกองคลัง {town(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i)} "
                  f"เป็นผู้จัดการมรดกของ {dd.name} ตามคำสั่ง{court} คดีหมายเลขแดงที่ {red} ลงวันที่ {ordered}"),
             (30, f"ผู้ตาย เลขประจำตัวประชาชน {nid_w(dd.p.nid, i + 2)} ได้ชำระภาษีที่ดินปี 2569 ซ้ำสองครั้ง "
                  f"(ใบเสร็จเลขที่ {6601 + i}/2569 และ {6702 + i}/2569) หมายเลขโทรศัพท์ในบัญชีผู้เสียภาษีเดิม {mobile(dd.p.mobile, i + 1)} "
                  "ขอให้คืนเงินเข้าบัญชีกองมรดก"),
             (30, f"โทรศัพท์ติดต่อผู้จัดการมรดก {mobile(p.mobile, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, "ผู้จัดการมรดก")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(i, "ขอคืนเงินภาษีชำระซ้ำ (ผู้จัดการมรดก)", own_box(a), desk(a), text="เรียน กองคลัง\nแนบหนังสือและคำสั่งศาล\n",
                  files=(("คืนภาษี.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_typed_executor_satun",
        raw,
        own(a, "full_name national_id phone email address postal_code province"),
    )


# --- sheets --------------------------------------------------------------------------------


def xlsx_funeral_home_case_sheet(a: Party, k: int, i: int) -> Case:
    """A funeral home's case sheet: its head block (name, address, line, box), the
    deceased's rows, then the family's contact row (name, ID, home, relation; no phone)."""
    dd = dead(k)
    name, addr, line, lid, box, staff = HOMES[satun(a)]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "งานศพ"
        ws.append((name,))
        ws.append(("ที่อยู่", addr))
        ws.append(("โทร", line, "LINE", lid, "อีเมล", box))
        ws.append(())
        ws.append(("ผู้ถึงแก่กรรม", dd.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(dd.p.nid, i)))
        ws.append(("วันเกิด", born_th(dd.p.born, i)))
        ws.append(("วันที่ถึงแก่กรรม", thai_day(DIED[k]), "มรณบัตรเลขที่", CERTS[k]))
        ws.append(())
        ws.append(("ผู้ขอ (เจ้าภาพ)", a.name))
        ws.append(("เลขประจำตัวประชาชนผู้ขอ", nid_w(a.p.nid, i + 1)))
        ws.append(("ที่อยู่ผู้ขอ", home(a, i + 2)))
        ws.append(("ความเกี่ยวข้อง", RELATION[k]))
        ws.append(())
        ws.append(("รายการขอ", "ฌาปนสถาน + เต็นท์ 3 หลัง", "วันที่", f"{14 + i % 10}/12/2569"))
        ws.append(("ผู้ประสานงาน", staff, "โทร", line))

    raw = message(i, f"ข้อมูลงานศพ {dd.name}", f"{name} <{box}>", desk(a), text="เรียน เทศบาล\nแนบข้อมูลงานศพเพื่อขอใช้สถานที่\n",
                  files=(("funeral_case.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_funeral_home_case_sheet",
        raw,
        for_her(a, "full_name national_id phone email address postal_code province"),
    )


def xlsx_executor_heirs_list(a: Party, k: int, i: int) -> Case:
    """An executor's sheet: label rows for him (name, ID, birth date, home, mobile), the
    deceased's row, then the heirs' table (names, IDs, shares)."""
    p, dd = a.p, dead(k)
    court, _, red, ordered = court_case(a, i)
    heirs = OTHER_HEIRS[2 * satun(a) : 2 * satun(a) + 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทายาท"
        ws.append(("บัญชีทายาท (ประกอบคำขอโอนสิทธิ)",))
        ws.append(("ผู้จัดการมรดก", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(("คำสั่งศาล", f"{court} คดีหมายเลขแดงที่ {red} ลงวันที่ {ordered}"))
        ws.append(())
        ws.append(
            ("ผู้ตาย", dd.name, nid_w(dd.p.nid, i + 1), born_th(dd.p.born, i), thai_day(DIED[k]))
        )
        ws.append(())
        ws.append(("ลำดับ", "ทายาท", "เลขประจำตัวประชาชน", "ส่วนแบ่ง"))
        for n, (hn, hid) in enumerate(heirs):
            ws.append((n + 1, hn, nid_w(hid, i + n + 1), "1/2"))

    raw = message(i, "บัญชีทายาท (ผู้จัดการมรดก)", own_box(a), desk(a), text="เรียน งานตลาด\nแนบบัญชีทายาทเพื่อโอนสิทธิแผง\n",
                  files=(("ทายาท.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_executor_heirs_list", raw, own(a, ALL))


Style = Callable[[Party, int, int], Case]

# Each style and its two applicants (an index into PEOPLE; the deceased is DEAD[same]).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_widow_unpaid_allowance, (0, 4)),
    (plain_son_bangkok_funeral_grant, (3, 1)),
    (plain_executor_land_tax, (8, 5)),
    (plain_funeral_home_crematorium, (7, 6)),
    (plain_headman_certifies_death, (2, 9)),
    (html_gmail_water_meter_transfer, (2, 5)),
    (html_outlook_executor_work, (8, 1)),
    (html_webform_cremation_booking, (9, 3)),
    (html_gmail_reply_stall_transfer, (1, 6)),
    (html_gmail_mosque_tents, (5, 3)),
    (docx_funeral_grant_form, (7, 4)),
    (docx_executor_letter_heirs, (8, 5)),
    (docx_funeral_home_letterhead, (1, 9)),
    (docx_headman_cert_and_request, (9, 2)),
    (pdf_fillable_stall_transfer, (6, 8)),
    (pdf_typed_widow_letter, (4, 0)),
    (pdf_fillable_water_account_text_n, (3, 6)),
    (pdf_typed_executor_satun, (5, 8)),
    (xlsx_funeral_home_case_sheet, (0, 4)),
    (xlsx_executor_heirs_list, (8, 5)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants); each applicant with her own deceased."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], n, 2 * s + k))
    return cases
