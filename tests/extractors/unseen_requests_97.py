"""A ninety-seventh set of requests written by someone who had not read the readers (issue 8):
HOUSING, to เทศบาลเมืองราชบุรี (its แฟลตเทศบาล and กองสวัสดิการสังคม), เทศบาลเมือง
สมุทรสงคราม and the อบต. around them: renting a municipal flat (อาคารสงเคราะห์/แฟลตเทศบาล:
room numbers, rent, deposit, arrears, a guarantor), community housing (บ้านมั่นคง: the
community's cooperative, its registration number, a plot's loan contract), repairs to poor
households' homes (ซ่อมแซมบ้านผู้ยากไร้: a headman's letter, a health volunteer's web form, a
son writing for his mother), eviction and landlord/tenant quarrels (a landlord's notice
quoted, a LINE chat pasted, a landlord asking help over a tenant's arrears), rent receipts
and leases quoted with the landlord's name, ID, tax number, phone and address. Kinds: plain
(Gmail, iPhone, LINE-forwarded text, Outlook for Android, Yahoo), HTML (Gmail, Outlook, the
city's e-service notice, a reply over the clerk's quoted mail), Word (the flat's application
form with a guarantor, a lease, a headman's letter in Thai digits, a community's
certificate), PDF (fillable and typed), xlsx (a rent ledger, a บ้านมั่นคง household survey,
a repair sheet with the landowner's rows).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, set 63's builder and test, the helpers they import, set 84's test comments and the
earlier sets' first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks), sets 31/63 (a service for one person asked by another is the one it is
for: the elder or poor household, not the son, headman or volunteer who files), set 37
(where only another's phone is given, phone `()`: no value, or a flagged one, right).
- A TENANT who asks (a flat, a rent subsidy, help against eviction, a household move into
  the rented room): the tenant. The LANDLORD's (ผู้ให้เช่า) name, ID, tax number, phone,
  box and home, quoted in a receipt, a lease, a notice or a chat, are never hers.
- A LANDLORD who asks (help over a tenant's arrears): the landlord; the tenant's name, ID,
  phone and the rented room never his; his address his own home, not the rooms he lets.
- A GUARANTOR (ผู้ค้ำประกัน), a co-resident spouse or child, a daughter a lease is moved
  to, a cooperative's chairman, a community leader who certifies, a headman (ผู้ใหญ่บ้าน,
  กำนัน), a health volunteer (อสม.), the clerk in a quoted mail: never the applicant.
- A REPAIR for a poor household asked by another (son, headman, volunteer): the household's
  head it is for (her ID, birth date, home); the asker's phone and box never hers (`()`).
- address: where the applicant lives now (a tenant's rented room or flat where she lives;
  an applicant for a flat: her present home), house number (a flat's block and room after
  it where written so) to the อำเภอ, with or without เลขที่/บ้านเลขที่, province and postal
  code; province and postal code of that address.
- Room numbers, rent and deposit amounts, receipt, contract, notice and loan numbers, a
  cooperative's registration number, a landlord's tax number, bank accounts, electricity
  meter numbers: never an ID or a phone. Birth date ISO, the applicant's only.
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
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "housing@ratchaburicity.example.go.th"
CITY = "เทศบาลเมืองราชบุรี"
SSCITY = "เทศบาลเมืองสมุทรสงคราม"
RB = "ราชบุรี"
SS = "สมุทรสงคราม"

# The applicants (the ones who ask, or the households a repair is for).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "มาลัย", "ศรีสมบัติ", "370010045218", date(1969, 5, 14), "0815524173", "malai.ss@gmail.com",
      "12/4", "", "", "ศรีสุริยวงศ์", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาย", "สมศักดิ์", "ปั้นทอง", "750010023364", date(1958, 8, 2), "0869912046", "",
      "88", "5", "", "", "บางขันแตก", "เมืองสมุทรสงคราม", SS, "75000"),
    P("นางสาว", "ปิยะนุช", "แสงอรุณ", "370050061127", date(1990, 2, 19), "0924417830", "piyanuch.sa@hotmail.com",
      "145/2", "3", "", "", "โพธาราม", "โพธาราม", RB, "70120"),
    P("นาย", "ธีระ", "บุญประคอง", "750020034459", date(1975, 11, 30), "0897730218", "theera.bp@gmail.com",
      "31", "7", "", "", "แควอ้อม", "อัมพวา", SS, "75110"),
    P("นาง", "บุญเรือน", "มีสุข", "370010009835", date(1944, 3, 8), "0812276504", "",
      "9", "2", "", "", "ดอนตะโก", "เมืองราชบุรี", RB, "70000"),
    P("นาง", "จันทร์เพ็ญ", "ทองดี", "750010052281", date(1981, 7, 22), "0831145906", "janpen.td@gmail.com",
      "67/9", "", "", "เอกชัย", "แม่กลอง", "เมืองสมุทรสงคราม", SS, "75000"),
    P("นาย", "วีระพงษ์", "เกตุแก้ว", "370030027746", date(1986, 12, 5), "0956628113", "weerapong.kk@gmail.com",
      "203", "4", "", "", "ท่าผา", "บ้านโป่ง", RB, "70110"),
    P("นาง", "ละเอียด", "ช่างเหล็ก", "750030018812", date(1950, 1, 17), "0814409327", "",
      "44", "6", "", "", "กระดังงา", "บางคนที", SS, "75120"),
    P("นางสาว", "อรทัย", "พูลผล", "370060048853", date(1995, 9, 9), "0646632871", "orathai.pp@gmail.com",
      "18/1", "1", "", "", "ดำเนินสะดวก", "ดำเนินสะดวก", RB, "70130"),
    P("นาย", "ประเสริฐ", "ใจเย็น", "370010071120", date(1963, 4, 26), "0873398550", "prasert.jy@yahoo.com",
      "5/22", "", "", "เพชรเกษม", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาง", "สุดารัตน์", "คงเจริญ", "750020066604", date(1978, 10, 11), "0898814472", "sudarat.kc@gmail.com",
      "120", "8", "", "", "บางช้าง", "อัมพวา", SS, "75110"),
    P("นาย", "สุรชัย", "นาคสวัสดิ์", "370040039917", date(1971, 6, 3), "0815567702", "surachai.ns@hotmail.com",
      "76", "9", "", "", "คูบัว", "เมืองราชบุรี", RB, "70000"),
)  # fmt: skip

# Landlords: name, ID, tax number (a 13-digit number too), mobile, line, box, home.
LANDLORDS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("นายเกียรติศักดิ์ วงศ์พานิช", with_check_digit("370019900314"), with_check_digit("070355801126"), "0818821476", "032-321-884",
     "kiattisak.wp@gmail.com", "99 ถนนคฑาธร ตำบลหน้าเมือง อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000"),
    ("นางวรรณา ตั้งเจริญสุข", with_check_digit("750019800427"), with_check_digit("075355900218"), "0861452290", "034-711-562",
     "wanna.apartment@hotmail.com", "15/3 ถนนศรีจำปา ตำบลแม่กลอง อำเภอเมืองสมุทรสงคราม จังหวัดสมุทรสงคราม 75000"),
)  # fmt: skip

# Others beside the applicant: name, ID, mobile, box, home.
OTHERS: dict[str, tuple[str, str, str, str, str]] = {
    "headman": ("นายสำราญ ทองคำ", with_check_digit("370010088451"), "0897761243", "",
                "3 หมู่ที่ 2 ตำบลดอนตะโก อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000"),
    "volunteer": ("นางสาวสมใจ รักษ์บ้าน", with_check_digit("750030061149"), "0623318890", "somjai.osm@gmail.com",
                  "12 หมู่ที่ 6 ตำบลกระดังงา อำเภอบางคนที จังหวัดสมุทรสงคราม 75120"),
    "son": ("นายอภิชาติ มีสุข", with_check_digit("370010094417"), "0918826604", "apichat.ms@gmail.com",
            "55/120 หมู่บ้านพฤกษาวิลล์ ถนนบางกรวย-ไทรน้อย ตำบลบางรักพัฒนา อำเภอบางบัวทอง จังหวัดนนทบุรี 11110"),
    "guarantor": ("นายชัยวัฒน์ ศรีสมบัติ", with_check_digit("370010052236"), "0857714420", "",
                  "40 หมู่ที่ 3 ตำบลเจดีย์หัก อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000"),
    "chair": ("นายบุญชู แก้วมณี", with_check_digit("750010077315"), "0819973302", "",
              "2/1 หมู่ที่ 5 ตำบลบางขันแตก อำเภอเมืองสมุทรสงคราม จังหวัดสมุทรสงคราม 75000"),
    "tenant": ("นายณรงค์ ศักดิ์สิทธิ์", with_check_digit("370050033378"), "0963342718", "",
               "ห้อง 12 หอพักเพชรเกษมแมนชั่น ตำบลหน้าเมือง อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000"),
    "daughter": ("นางสาวกมลวรรณ ทองดี", with_check_digit("750010099142"), "0645528917", "kamonwan.td@gmail.com", ""),
}  # fmt: skip

CLERK = (
    "นางสาวศิริพร ใจงาม",
    "นักพัฒนาชุมชนชำนาญการ",
    "032-337-215 ต่อ 118",
    "siriporn.j@ratchaburicity.example.go.th",
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 20 + n % 9, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set97-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant who asks: her own values (no e-mail expected where she has none)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """A household asked for by another: her phone and e-mail `()` (only the asker's)."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_flat_application": "the applicant for a flat; her present landlord (a reference) never",
    "plain_line_forward_eviction": "the tenant who forwards; the landlord in the pasted LINE chat never",
    "plain_iphone_son_repair_mother": "the mother the repair is for; never the son (his ID, Nonthaburi home, phone, box)",
    "plain_landlord_tenant_arrears": "the landlord who asks (his own home); the tenant's name, ID, phone, room never",
    "plain_outlook_android_baan_mankong": "the member who asks; the cooperative's chairman, its registration and loan numbers never",
    "html_gmail_lease_transfer": "the flat's tenant who asks; the daughter the lease is moved to never",
    "html_outlook_receipt_quote": "the tenant; the landlord's receipt table (name, tax number, line, home) never",
    "html_eservice_repair_notice": "the elder the repair is for; the volunteer who files (ผู้แจ้ง) never; phone ()",
    "html_reply_over_clerk": "the applicant who replies; the clerk's quoted mail and signature never",
    "docx_flat_application_form": "the ผู้ขอเช่า; the ผู้ค้ำประกัน's section never",
    "docx_lease_move_in": "the ผู้เช่า who asks to move in; the ผู้ให้เช่า never",
    "docx_headman_repair_letter": "the household head it is for; the headman who writes and signs never; phone ()",
    "docx_community_certificate": "the member who sends it; the community chair who certifies never",
    "pdf_fillable_repair_form": "the ผู้ขอรับความช่วยเหลือ; the ผู้รับรอง (กำนัน) section never",
    "pdf_typed_eviction_appeal": "the flat's tenant who writes; notice, room and arrears numbers never",
    "pdf_fillable_lease_renewal": "the tenant_* fields; the spouse_* fields never",
    "pdf_receipt_with_mail": "the tenant of the mail's body; the receipt's landlord block never",
    "xlsx_rent_ledger": "the ผู้เช่า's rows; the ผู้ให้เช่า's rows above them never",
    "xlsx_baan_mankong_household": "the หัวหน้าครัวเรือน's row; the members' rows never",
    "xlsx_repair_sheet_landowner": "the ผู้ขอ's rows; the เจ้าของที่ดิน's rows never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_flat_application(a: Party, i: int) -> Case:
    """She asks from Gmail to rent a room in the city's flat: her ID, birth date, present
    home (a rented house), her present landlord named as a reference with his mobile; the
    rent she pays now and the family's size."""
    p = a.p
    lord = LANDLORDS[i % 2]
    text = (
        f"เรียน หัวหน้างานอาคารสงเคราะห์ {CITY}\n\n"
        f"{me(a)}ชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเดือนปีเกิด {born_th(p.born, i)}\n"
        f"ปัจจุบันเช่าบ้านอยู่ที่ {home(a, i)}\nเบอร์โทร {tel(a, i)}\n\n"
        f"มีความประสงค์ขอเช่าห้องพักแฟลตเทศบาล (อาคาร 2 หรืออาคาร 3) สมาชิกในครอบครัว 4 คน "
        f"ปัจจุบันจ่ายค่าเช่าเดือนละ 3,500 บาท ค่าน้ำค่าไฟประมาณ 1,200 บาท รายได้ครอบครัวเดือนละ 9,800 บาท\n"
        f"หากต้องการสอบถามประวัติการเช่า ติดต่อเจ้าของบ้านเช่าปัจจุบันได้ คือ {lord[0]} โทร {mobile(lord[3], i + 1)}\n\n"
        f"ขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, "ขอเช่าห้องแฟลตเทศบาล", box(a), text=text)
    return Case("plain_gmail_flat_application", raw, own(a, ALL))


def plain_line_forward_eviction(a: Party, i: int) -> Case:
    """A tenant pastes her LINE chat with her landlord (his messages with his name, phone
    and bank account, the eviction date) under her own plea to the city's legal desk."""
    p = a.p
    lord = LANDLORDS[(i + 1) % 2]
    chat = (
        f"[LINE] ประวัติการแชทกับ {lord[0].split()[0][3:]} (เจ้าของห้อง)\nวันที่บันทึก: 2026/11/{18 + i % 5} 21:04\n\n"
        f"2026/11/0{1 + i % 8}(อา.)\n09:12\t{lord[0].split()[0][3:]}\tค่าเช่าค้าง 3 เดือน รวม 10,500 บาท โอนเข้า กสิกร 043-8-{21157 + i}-6 ชื่อ {lord[0]}\n"
        f"09:15\t{lord[0].split()[0][3:]}\tถ้าไม่จ่ายภายในสิ้นเดือน ให้ขนของออกวันที่ 30 นะ จะเปลี่ยนกุญแจ\n"
        f"09:40\t{p.first}\tขอผ่อนได้ไหมคะ เดือนละ 2,000\n"
        f"10:02\t{lord[0].split()[0][3:]}\tไม่ได้ มีอะไรโทรมา {mobile(lord[3], i)}\n"
    )
    text = (
        "เรียน เจ้าหน้าที่ศูนย์ดำรงธรรม / งานนิติการ\n\n"
        f"ดิฉันถูกเจ้าของห้องเช่าขู่จะเปลี่ยนกุญแจและขนของออก ทั้งที่สัญญาเช่ายังไม่หมด อยากทราบว่าทำได้หรือไม่ และขอให้ช่วยไกล่เกลี่ย\n"
        f"ชื่อ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ (ห้องที่เช่าอยู่) {home(a, i + 1)}\n"
        f"โทร {tel(a, i + 1)}\n\nแนบแชทไลน์กับเจ้าของห้องด้านล่างค่ะ\n\n{chat}\n"
    )
    raw = message(i, "Fwd: แชทเจ้าของห้องเช่า ขอความช่วยเหลือเรื่องถูกไล่ออก", box(a), text=text)
    return Case("plain_line_forward_eviction", raw, own(a, NO_BIRTH))


def plain_iphone_son_repair_mother(a: Party, i: int) -> Case:
    """A son who works in Nonthaburi asks from his iPhone a repair of his old mother's
    house (roof, floor): her ID, birth date, home; his own ID, home, mobile, box."""
    p = a.p
    son, sid, smob, sbox, shome = OTHERS["son"]
    text = (
        "เรียน พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด\n\n"
        f"ผม {son} เลขบัตร {nid_w(sid, i)} ที่อยู่ {shome} ขอยื่นเรื่องแทนแม่ "
        "ขอรับการช่วยเหลือซ่อมแซมบ้านผู้ยากไร้ หลังคาสังกะสีรั่วหลายจุด พื้นไม้ผุ แม่อยู่คนเดียว อายุมากแล้ว\n\n"
        f"ชื่อแม่ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านแม่ {home(a, i)}\n\nแม่ไม่มีโทรศัพท์ ติดต่อผมได้ที่ {mobile(smob, i)} ครับ\n\n"
        f"{son}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอความช่วยเหลือซ่อมบ้านให้แม่", f"Apichat M. <{sbox}>", text=text)
    return Case("plain_iphone_son_repair_mother", raw, for_other(a, ALL))


def plain_landlord_tenant_arrears(a: Party, i: int) -> Case:
    """A landlord who lets rooms asks the city's help over a tenant who has not paid for
    four months: the tenant's name, ID, phone, room; the landlord's own home and phone."""
    p = a.p
    tn, tid, tmob, _, _troom = OTHERS["tenant"]
    text = (
        f"เรียน นายกเทศมนตรีเมืองราชบุรี\nเรื่อง ขอให้ไกล่เกลี่ยกรณีผู้เช่าค้างชำระค่าเช่า\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} โทร {tel(a, i)} "
        f"เป็นเจ้าของหอพักเพชรเกษมแมนชั่น มีผู้เช่าห้อง 12 ชื่อ {tn} เลขประจำตัวประชาชน {nid_w(tid, i + 1)} โทร {mobile(tmob, i)} "
        f"ค้างค่าเช่าเดือนละ 2,800 บาท ตั้งแต่เดือนกรกฎาคม 2569 รวม 11,200 บาท ค่าไฟมิเตอร์เลขที่ 70{4418820 + i} อีก 1,964 บาท "
        "ติดต่อแล้วไม่ยอมจ่ายและไม่ยอมออก จึงขอให้เทศบาลช่วยเรียกมาไกล่เกลี่ย\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\nเจ้าของหอพัก\n"
    )
    raw = message(i, "ขอไกล่เกลี่ยผู้เช่าค้างค่าเช่า", box(a), text=text)
    return Case("plain_landlord_tenant_arrears", raw, own(a, NO_BIRTH))


def plain_outlook_android_baan_mankong(a: Party, i: int) -> Case:
    """A member of a บ้านมั่นคง cooperative asks to delay her plot's loan payments: the
    cooperative's name and registration number, the loan contract, the chairman's mobile."""
    p = a.p
    ch, _, cmob, _, _ = OTHERS["chair"]
    text = (
        "เรียน เจ้าหน้าที่โครงการบ้านมั่นคง\n\n"
        f"{me(a)} {a.name} สมาชิกสหกรณ์เคหสถานบ้านมั่นคงชุมชนริมคลองแม่กลอง จำกัด ทะเบียนสหกรณ์เลขที่ สสค.{118 + i}/2562 "
        f"แปลงที่ {27 + i} สัญญาเงินกู้เลขที่ บมค.{6612 + i}/2563 ยอดผ่อนเดือนละ 2,150 บาท\n"
        f"ขอผ่อนผันการชำระ 6 เดือน เพราะตกงานตั้งแต่เดือนกันยายน\n\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i + 2)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i + 2)}\n\n"
        f"ได้แจ้งประธานสหกรณ์ ({ch} โทร {mobile(cmob, i + 1)}) แล้ว{ending(a)}\n\n{a.name}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "ขอผ่อนผันค่างวดบ้านมั่นคง", box(a), text=text)
    return Case("plain_outlook_android_baan_mankong", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_lease_transfer(a: Party, i: int) -> Case:
    """A flat's tenant asks in Gmail to move her lease to her daughter: her room, the
    contract number, the daughter's name, ID and mobile."""
    p = a.p
    dn, did, dmob, _, _ = OTHERS["daughter"]
    lines = [f"เรียน ผู้อำนวยการกองสวัสดิการสังคม {CITY}", "",
             f"{me(a)} {a.name} ผู้เช่าแฟลตเทศบาล อาคาร 1 ห้อง {104 + i} สัญญาเช่าเลขที่ ชส.{2211 + i}/2560",
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)}",
             f"ทะเบียนบ้านอยู่ที่ {home(a, i)}", "",
             f"ขอโอนสิทธิการเช่าให้บุตรสาว คือ {dn} เลขประจำตัวประชาชน {nid_w(did, i + 1)} โทร {mobile(dmob, i)}",
             "เนื่องจากดิฉันย้ายไปอยู่กับญาติที่ต่างจังหวัด", "",
             f"ติดต่อดิฉันได้ที่ {tel(a, i + 1)}", "", "ขอแสดงความนับถือ", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ขอโอนสิทธิการเช่าแฟลตเทศบาล", box(a), html=html)
    return Case("html_gmail_lease_transfer", raw, own(a, ALL))


def html_outlook_receipt_quote(a: Party, i: int) -> Case:
    """A tenant asks rent help from Outlook, the landlord's last receipt typed as a table
    (his name, tax number, line, home; her name as ผู้เช่า; the amount, receipt number)."""
    p = a.p
    ln, _lid, tax, _lmob, line, _lbox, lhome = LANDLORDS[i % 2]
    rows = [("ใบเสร็จรับเงินเลขที่", f"RC{6900 + i}-{41 + i}"), ("ผู้ให้เช่า", ln), ("เลขประจำตัวผู้เสียภาษี", tax),
            ("ที่อยู่ผู้ให้เช่า", lhome), ("โทร", line), ("ผู้เช่า", a.name), ("ค่าเช่าเดือนตุลาคม 2569", "3,000.00 บาท"),
            ("ค่าน้ำ/ค่าไฟ", "612.50 บาท")]  # fmt: skip
    table = '<table border="1" cellspacing="0" cellpadding="4">' + "".join(
        f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in rows) + "</table>"  # fmt: skip
    paras = [f"เรียน {CITY}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ขอรับเงินช่วยเหลือค่าเช่าบ้านสำหรับผู้มีรายได้น้อย",
             f"ปัจจุบันเช่าห้องอยู่ที่ {home(a, i)} (ห้องนี้เจ้าของเดียวกับใบเสร็จด้านล่าง)",
             f"วันเกิด {born_th(p.born, i + 1)} โทร {tel(a, i)}", "", "ใบเสร็จเดือนล่าสุด:", table]  # fmt: skip
    sig = f'<p class="MsoNormal">{a.name}<br>{tel(a, i + 1)}</p>'
    raw = message(i, "ขอรับเงินช่วยเหลือค่าเช่าบ้าน", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_receipt_quote", raw, own(a, ALL))


def html_eservice_repair_notice(a: Party, i: int) -> Case:
    """The city's e-service notice of a repair request filed by a health volunteer for a
    poor elder: the elder's fields, then the notifier's (ผู้แจ้ง) name, phone, box."""
    p = a.p
    vn, _, vmob, vbox, _ = OTHERS["volunteer"]
    rows = [("เลขที่คำร้อง", f"ES-2569-{10442 + i}"), ("ประเภทคำร้อง", "ขอรับการช่วยเหลือซ่อมแซมบ้านผู้ยากไร้"),
            ("ชื่อ-สกุล ผู้ขอรับความช่วยเหลือ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i + 1)), ("สภาพปัญหา", "ฝาบ้านผุ หลังคารั่ว อยู่ลำพัง"),
            ("ชื่อผู้แจ้ง", f"{vn} (อสม.)"), ("เบอร์โทรผู้แจ้ง", mobile(vmob, i)), ("อีเมลผู้แจ้ง", vbox),
            ("วันที่แจ้ง", f"{20 + i % 8}/11/2569 14:{10 + i:02d}")]  # fmt: skip
    html = ("<html><body><h3>แจ้งเตือนคำร้องใหม่จากระบบ e-Service</h3><table>"
            + "".join(f"<tr><th align='left'>{x}</th><td>{y}</td></tr>" for x, y in rows)
            + "</table><p>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำร้องใหม่ ES-2569-{10442 + i}",
        "e-Service <no-reply@ratchaburicity.example.go.th>",
        html=html,
    )
    return Case("html_eservice_repair_notice", raw, for_other(a, ALL))


def html_reply_over_clerk(a: Party, i: int) -> Case:
    """She replies with her values over the clerk's quoted mail asking them (the clerk's
    name, post, line and box in the quote)."""
    p = a.p
    cn, post, cline, cbox = CLERK
    mine = (f"<div>เรียน คุณ{cn.split()[0][6:]}</div><div><br></div><div>ส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}</div>"
            f"<div>ชื่อ-สกุล: {a.name}</div><div>เลขบัตร: {nid_w(p.nid, i + 1)}</div><div>เกิด: {born_th(p.born, i)}</div>"
            f"<div>ที่อยู่ปัจจุบัน: {home(a, i + 2)}</div><div>มือถือ: {tel(a, i + 2)}</div><div><br></div><div>{p.first}</div>")  # fmt: skip
    quote = (f'<div class="gmail_quote"><div class="gmail_attr">เมื่อ ศ. 20 พ.ย. 2569 10:{15 + i} {cn} &lt;{cbox}&gt; เขียนว่า:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             f"<div>เรียน คุณ{p.first}</div><div>คำขอเช่าอาคารสงเคราะห์ของท่าน (ลำดับที่ {58 + i}) ยังขาดเลขประจำตัวประชาชน วันเกิด และที่อยู่ปัจจุบัน</div>"
             f"<div>กรุณาส่งกลับภายใน 7 วัน</div><div>--</div><div>{cn}</div><div>{post}</div><div>กองสวัสดิการสังคม {CITY}</div>"
             f"<div>โทร {cline}</div></blockquote></div>")  # fmt: skip
    raw = message(
        i,
        "Re: ขอข้อมูลเพิ่มเติม คำขอเช่าอาคารสงเคราะห์",
        box(a),
        html=f'<div dir="ltr">{mine}</div><br>{quote}\n',
    )
    return Case("html_reply_over_clerk", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def table_doc(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for n, (x, y) in enumerate(rows):
        t.cell(n, 0).text = x
        t.cell(n, 1).text = y


def docx_flat_application_form(a: Party, i: int) -> Case:
    """The city's คำขอเช่าอาคารสงเคราะห์ filled in Word: the applicant's table, then the
    guarantor's (ผู้ค้ำประกัน) table with his ID, mobile and home."""
    p = a.p
    gn, gid, gmob, _, ghome = OTHERS["guarantor"]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอเช่าอาคารสงเคราะห์ (แฟลต) {CITY}")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้ขอเช่า")
        table_doc(d, [("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", born_th(p.born, i)),
                      ("ที่อยู่ปัจจุบัน", home(a, i)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email or "-"),
                      ("อาชีพ / รายได้ต่อเดือน", "รับจ้างทั่วไป / 8,500 บาท"), ("จำนวนผู้พักอาศัย", "3 คน")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ผู้ค้ำประกัน")
        table_doc(d, [("ชื่อ-นามสกุล", gn), ("เลขประจำตัวประชาชน", nid_w(gid, i + 1)), ("ที่อยู่", ghome),
                      ("โทรศัพท์", mobile(gmob, i)), ("ความเกี่ยวพันกับผู้ขอเช่า", "พี่ชาย")])  # fmt: skip
        d.add_paragraph(
            "ข้าพเจ้ายินยอมชำระเงินประกัน 2 เดือน (2,400 บาท) และค่าเช่าเดือนละ 1,200 บาท ภายในวันที่ 5 ของทุกเดือน"
        )
        d.add_paragraph(
            f"ลงชื่อ ............................ ผู้ขอเช่า\n({a.name})\n\nลงชื่อ ............................ ผู้ค้ำประกัน\n({gn})"
        )

    raw = message(i, "ส่งแบบคำขอเช่าแฟลต", box(a), text=f"ส่งแบบคำขอเช่าแฟลตที่กรอกแล้ว{ending(a)}\n{a.name}\n",
                  files=(("คำขอเช่าแฟลต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_flat_application_form", raw, own(a, ALL))


def docx_lease_move_in(a: Party, i: int) -> Case:
    """A tenant asks to move her name into the rented house's registration, the lease
    attached in Word: the ผู้ให้เช่า's paragraph first (his ID, home), then the ผู้เช่า's;
    the rented house is where she lives."""
    p = a.p
    ln, lid, _, lmob, _, _, lhome = LANDLORDS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph("สัญญาเช่าบ้าน")
        d.add_paragraph(f"ทำที่ {lhome}\nวันที่ 1 เดือน มิถุนายน พ.ศ. 2569")
        d.add_paragraph(f"สัญญาฉบับนี้ทำขึ้นระหว่าง {ln} เลขประจำตัวประชาชน {nid_w(lid, i)} อยู่บ้านเลขที่ {lhome} "
                        f"โทร {mobile(lmob, i + 1)} ซึ่งต่อไปในสัญญานี้เรียกว่า \"ผู้ให้เช่า\" ฝ่ายหนึ่ง กับ")  # fmt: skip
        d.add_paragraph(f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
                        f"ซึ่งต่อไปในสัญญานี้เรียกว่า \"ผู้เช่า\" อีกฝ่ายหนึ่ง")  # fmt: skip
        d.add_paragraph(f"ข้อ 1 ผู้ให้เช่าตกลงให้เช่าและผู้เช่าตกลงเช่าบ้านเลขที่ {home(a, i)} มีกำหนด 1 ปี ค่าเช่าเดือนละ 4,000 บาท "
                        "เงินประกัน 8,000 บาท")  # fmt: skip
        d.add_paragraph(
            f"ลงชื่อ .................... ผู้ให้เช่า\n({ln})\n\nลงชื่อ .................... ผู้เช่า\n({a.name})"
        )

    text = (f"เรียน นายทะเบียนท้องถิ่น{SSCITY if a.p.province == SS else CITY}\n\n{me(a)} {a.name} ขอย้ายชื่อเข้าทะเบียนบ้านหลังที่เช่าอยู่ "
            f"เจ้าบ้านยินยอมแล้ว แนบสัญญาเช่ามาด้วย{ending(a)}\nโทร {tel(a, i)}\n")  # fmt: skip
    raw = message(i, "ขอย้ายเข้าทะเบียนบ้าน (บ้านเช่า)", box(a), text=text,
                  files=(("สัญญาเช่า.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lease_move_in", raw, own(a, ALL))


def docx_headman_repair_letter(a: Party, i: int) -> Case:
    """A headman's letter (Thai digits, as offices type) asking a repair for a poor
    household in his village: the household head's ID, birth date, home; his own mobile
    and home; sent from the headman's box."""
    p = a.p
    hn, _, hmob, _, hhome = OTHERS["headman"]

    def build(d: Any) -> None:
        d.add_paragraph(thai(f"ที่ ผญบ.{2 + i}/๒๕๖๙") + f"\t\t\t\t{hhome.split(' ตำบล')[0]}")
        d.add_paragraph(thai(f"{10 + i % 15} พฤศจิกายน 2569"))
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์ซ่อมแซมบ้านผู้ยากไร้\nเรียน พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด")
        d.add_paragraph(
            thai(
                f"ด้วยในหมู่บ้านของกระผมมีครัวเรือนยากจน คือ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                f"เกิดวันที่ {born_th(p.born, 0)} อยู่บ้านเลขที่ {home(a, i)} สภาพบ้านทรุดโทรม หลังคารั่ว ฝาผนังผุพัง "
                "อาศัยอยู่กับหลาน 2 คน รายได้จากเบี้ยยังชีพผู้สูงอายุเดือนละ 700 บาท"
            )
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาให้ความช่วยเหลือ")
        d.add_paragraph(thai(f"ขอแสดงความนับถือ\n\n({hn})\nผู้ใหญ่บ้านหมู่ที่ 2\nโทร {mobile(hmob, i)}"))

    raw = message(i, "ขอความอนุเคราะห์ซ่อมแซมบ้านผู้ยากไร้", "ผญบ.สำราญ <samran.tk@gmail.com>",
                  text="เรียน พมจ.\nส่งหนังสือขอความอนุเคราะห์ครับ\n", files=(("หนังสือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_headman_repair_letter", raw, for_other(a, ALL))


def docx_community_certificate(a: Party, i: int) -> Case:
    """A member sends the community's หนังสือรับรอง for บ้านมั่นคง signed by its chair (his
    ID, mobile); her own mobile and box in the mail's body."""
    p = a.p
    cn, cid, cmob, _, _ = OTHERS["chair"]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือรับรองการเป็นสมาชิกและการอยู่อาศัยในชุมชน\nชุมชนริมคลองแม่กลอง")
        d.add_paragraph(
            f"ข้าพเจ้า {cn} เลขประจำตัวประชาชน {nid_w(cid, i)} ตำแหน่ง ประธานคณะกรรมการชุมชน โทร {mobile(cmob, i + 1)}"
        )
        d.add_paragraph(f"ขอรับรองว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} "
                        f"อาศัยอยู่จริงที่บ้านเลขที่ {home(a, i)} ตั้งแต่ปี 2551 และเป็นสมาชิกกลุ่มออมทรัพย์ เลขสมาชิก {301 + i} "
                        "มีความเดือดร้อนด้านที่อยู่อาศัย สมควรได้รับการพิจารณาเข้าร่วมโครงการบ้านมั่นคง")  # fmt: skip
        d.add_paragraph(f"ลงชื่อ ........................\n({cn})\nประธานคณะกรรมการชุมชน")

    text = (f"เรียน เจ้าหน้าที่โครงการบ้านมั่นคง {SSCITY}\n\nแนบหนังสือรับรองจากประธานชุมชน{ending(a)}\n"
            f"{a.name}\nโทร {tel(a, i)}\n")  # fmt: skip
    raw = message(i, "หนังสือรับรองสมาชิกชุมชน บ้านมั่นคง", box(a), text=text,
                  files=(("หนังสือรับรอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_community_certificate", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_repair_form(a: Party, i: int) -> Case:
    """The province's fillable คำร้องขอรับการสนับสนุนซ่อมแซมที่อยู่อาศัย (Thai field names):
    the ผู้ขอ's lines, then the ผู้รับรอง's (a กำนัน) name, post and phone."""
    p = a.p
    hn, _, hmob, _, _ = OTHERS["headman"]
    labels = [(35, 18, "คำร้องขอรับการสนับสนุนซ่อมแซมที่อยู่อาศัยผู้ยากไร้"), (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (20, 84, "สภาพที่อยู่อาศัย"),
              (20, 104, "ผู้รับรอง"), (120, 104, "ตำแหน่ง"), (20, 114, "โทรศัพท์ผู้รับรอง")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", a.name, 45, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("วันเกิด", born_th(p.born, i + 1), 135, 50, 45), Field("ที่อยู่", home(a, i + 2), 35, 60, 160),
              Field("โทรศัพท์", tel(a, i + 2), 45, 70, 55), Field("สภาพที่อยู่อาศัย", "หลังคารั่ว พื้นผุ ห้องน้ำชำรุด", 55, 84, 130),
              Field("ผู้รับรอง", hn, 45, 104, 70), Field("ตำแหน่ง", "กำนันตำบลดอนตะโก", 135, 104, 55),
              Field("โทรศัพท์ผู้รับรอง", mobile(hmob, i + 1), 60, 114, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำร้องขอซ่อมแซมที่อยู่อาศัย", box(a), text=f"ส่งคำร้องที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำร้องซ่อมบ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_repair_form", raw, own(a, ALL))


def pdf_typed_eviction_appeal(a: Party, i: int) -> Case:
    """A flat's tenant's typed letter (Word to PDF) appealing the city's notice to leave:
    the notice's number, the room, the arrears and a payment plan; her block at the end."""
    p = a.p
    paras: list[tuple[float, str]] = [(120, f"แฟลตเทศบาล อาคาร 3 ห้อง {210 + i}"), (120, f"{24 + i % 5} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ขออุทธรณ์หนังสือแจ้งให้ออกจากอาคารสงเคราะห์"), (20, "เรียน นายกเทศมนตรีเมืองราชบุรี"),
             (20, f"อ้างถึง หนังสือ{CITY} ที่ รบ 52001/{3318 + i} ลงวันที่ 10 พฤศจิกายน 2569"), (0, ""),
             (30, f"ตามที่{CITY}แจ้งให้ข้าพเจ้าออกจากห้องพักภายใน 30 วัน เนื่องจากค้างชำระค่าเช่า 5 เดือน เป็นเงิน 6,000 บาท "
                  "ข้าพเจ้าขออุทธรณ์และขอผ่อนชำระเดือนละ 1,500 บาท พร้อมค่าเช่าประจำเดือน เนื่องจากเจ็บป่วยต้องหยุดงาน"),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
                  f"ที่อยู่ {home(a, i)} โทร {tel(a, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (112, "ผู้เช่า")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "อุทธรณ์หนังสือแจ้งให้ออก", box(a), text="เรียน งานอาคารสงเคราะห์\nแนบหนังสืออุทธรณ์\n",
                  files=(("อุทธรณ์.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_eviction_appeal", raw, own(a, ALL))


def pdf_fillable_lease_renewal(a: Party, i: int) -> Case:
    """A fillable lease renewal form, fields named in English: tenant_*, then spouse_* of
    the co-resident spouse (his or her ID, birth date, mobile)."""
    p = a.p
    sp = (
        "นางสมพร " + p.last,
        with_check_digit(f"3700{i:02d}0045{i % 10}1"[:12]),
        date(1972, 2, 3),
        "0872214590",
    )
    if p.title != "นาย":
        sp = (
            "นายสมคิด " + p.last,
            with_check_digit(f"7500{i:02d}0061{i % 10}2"[:12]),
            date(1970, 9, 14),
            "0859931704",
        )
    labels = [(50, 18, "แบบคำขอต่อสัญญาเช่าอาคารสงเคราะห์"), (20, 40, "ชื่อผู้เช่า"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 90, "คู่สมรสผู้พักอาศัยร่วม"), (20, 100, "เลขประจำตัวประชาชน"), (120, 100, "วันเกิด"), (20, 110, "โทรศัพท์")]  # fmt: skip
    fields = [Field("tenant_name", a.name, 45, 40, 100), Field("tenant_id", nid_w(p.nid, i), 60, 50, 55),
              Field("tenant_dob", born_th(p.born, i + 2), 135, 50, 45), Field("tenant_address", home(a, i + 1), 35, 60, 160),
              Field("tenant_phone", tel(a, i + 1), 45, 70, 55), Field("tenant_email", p.email, 125, 70, 70),
              Field("spouse_name", sp[0], 70, 90, 90), Field("spouse_id", nid_w(sp[1], i + 1), 60, 100, 55),
              Field("spouse_dob", born_th(sp[2], i), 135, 100, 45), Field("spouse_phone", mobile(sp[3], i), 45, 110, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ต่อสัญญาเช่าแฟลต", box(a), text=f"แนบแบบคำขอต่อสัญญา{ending(a)}\n",
                  files=(("renewal.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_lease_renewal", raw, own(a, ALL))


def pdf_receipt_with_mail(a: Party, i: int) -> Case:
    """A tenant asks rent help in the mail's body (her lines); the attached PDF is the
    landlord's receipt: his block on top (name, tax number, home, line, mobile)."""
    p = a.p
    ln, _, tax, lmob, line, _, lhome = LANDLORDS[(i + 1) % 2]
    texts = [(80, 20, "ใบเสร็จรับเงิน"), (20, 32, ln), (20, 40, lhome), (20, 48, f"เลขประจำตัวผู้เสียภาษี {tax}"),
             (20, 56, f"โทร {line} มือถือ {mobile(lmob, i)}"), (140, 32, f"เลขที่ {2569}/{118 + i}"),
             (20, 70, f"ได้รับเงินจาก {a.name}"), (20, 80, "ค่าเช่าห้อง เดือน พฤศจิกายน 2569   3,200.00 บาท"),
             (20, 90, "ค่าไฟฟ้า 98 หน่วย   784.00 บาท"), (20, 100, "รวม 3,984.00 บาท (สามพันเก้าร้อยแปดสิบสี่บาทถ้วน)"),
             (120, 120, "ผู้รับเงิน ....................")]  # fmt: skip
    data = pdf_page(texts, size=13, face="Garuda")
    text = (f"เรียน กองสวัสดิการสังคม\n\nขอยื่นขอรับเงินอุดหนุนค่าเช่าบ้าน แนบใบเสร็จค่าเช่าเดือนล่าสุด\n\n"
            f"ผู้ขอ: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i + 2)}\nวันเกิด: {born_th(p.born, i + 1)}\n"
            f"ที่อยู่ (ห้องเช่า): {home(a, i + 2)}\nโทร: {tel(a, i + 2)}\n\nขอบคุณ{ending(a)}\n")  # fmt: skip
    raw = message(
        i, "ขอเงินอุดหนุนค่าเช่า แนบใบเสร็จ", box(a), text=text, files=(("receipt.pdf", data, PDF),)
    )
    return Case("pdf_receipt_with_mail", raw, own(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_rent_ledger(a: Party, i: int) -> Case:
    """A tenant's rent ledger as a sheet for a rent subsidy: the ผู้ให้เช่า's rows first
    (name, ID, mobile, home), then the ผู้เช่า's, then months, amounts, receipt numbers."""
    p = a.p
    ln, lid, _, lmob, _, _, lhome = LANDLORDS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าเช่า"
        ws.append(("บันทึกการชำระค่าเช่า ปี 2569",))
        ws.append(("ผู้ให้เช่า", ln))
        ws.append(("เลขประจำตัวประชาชนผู้ให้เช่า", nid_w(lid, i)))
        ws.append(("โทรผู้ให้เช่า", mobile(lmob, i)))
        ws.append(("ที่อยู่ผู้ให้เช่า", lhome))
        ws.append(())
        ws.append(("ผู้เช่า", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("ที่อยู่ (บ้านเช่า)", home(a, i)))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(("เดือน", "ค่าเช่า", "ค่าน้ำไฟ", "เลขที่ใบเสร็จ", "วันที่จ่าย"))
        for m in range(7, 11):
            ws.append(
                (MONTHS[m - 1], 3500, 640 + 13 * m, f"{2569}{m:02d}{40 + i}", f"{5}/{m}/2569")
            )

    raw = message(i, "ส่งบันทึกค่าเช่า", box(a), text=f"แนบไฟล์บันทึกค่าเช่า{ending(a)}\n",
                  files=(("ค่าเช่า.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_rent_ledger", raw, own(a, ALL))


def xlsx_baan_mankong_household(a: Party, i: int) -> Case:
    """A บ้านมั่นคง household survey sheet: the หัวหน้าครัวเรือน's row, then the spouse's
    and children's rows (IDs, birth dates), the household's income and debts."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สำรวจครัวเรือน"
        ws.append(("แบบสำรวจข้อมูลครัวเรือน โครงการบ้านมั่นคง ชุมชนริมคลองแม่กลอง",))
        ws.append(("ที่อยู่ครัวเรือน", home(a, i + 1)))
        ws.append(("โทรศัพท์ติดต่อ", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "อาชีพ", "รายได้/เดือน"))
        ws.append(
            (1, "หัวหน้าครัวเรือน", a.name, nid_w(p.nid, i), born_th(p.born, i + 1), "ค้าขาย", 7000)
        )
        ws.append((2, "คู่สมรส", f"{'นาง' if p.title == 'นาย' else 'นาย'}สมหมาย {p.last}", nid_w(with_check_digit(f"75001008{21 + i:02d}44"), i),
                   born_th(date(1969, 4, 1 + i % 28), i), "รับจ้าง", 6000))  # fmt: skip
        ws.append((3, "บุตร", f"เด็กชายภูมิ {p.last}", nid_w(with_check_digit(f"1102{i:02d}0033{i % 10}4"), i + 1),
                   born_th(date(2015, 8, 1 + i % 28), i), "นักเรียน", 0))  # fmt: skip
        ws.append(())
        ws.append(("หนี้สินรวม", 45000, "เงินออมกลุ่ม", 12300))

    raw = message(i, "แบบสำรวจครัวเรือน บ้านมั่นคง", box(a), text=f"ส่งแบบสำรวจครัวเรือน{ending(a)}\n",
                  files=(("สำรวจครัวเรือน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_baan_mankong_household", raw, own(a, ALL))


def xlsx_repair_sheet_landowner(a: Party, i: int) -> Case:
    """A repair request as a two-column sheet: the ผู้ขอ's rows, then the land's owner
    (เจ้าของที่ดิน, who lets the house stand there: name, ID, phone, home), the deed."""
    p = a.p
    ln, lid, _, lmob, _, _, lhome = LANDLORDS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอ"
        rows = [("คำขอรับการช่วยเหลือซ่อมแซมที่อยู่อาศัย", ""), ("ผู้ขอ", a.name), ("เลขบัตรประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                ("เกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i)), ("เบอร์โทร", tel(a, i)), ("", ""),
                ("บ้านปลูกบนที่ดินของผู้อื่น", ""), ("เจ้าของที่ดิน", ln), ("เลขบัตรเจ้าของที่ดิน", nid_w(lid, i)),
                ("โทรเจ้าของที่ดิน", mobile(lmob, i + 1)), ("ที่อยู่เจ้าของที่ดิน", lhome),
                ("โฉนดเลขที่", f"{18842 + i}"), ("หนังสือยินยอมให้ซ่อมแซม", "แนบแล้ว")]  # fmt: skip
        for r in rows:
            ws.append(r)

    raw = message(i, "ขอซ่อมแซมบ้าน (ไฟล์ excel)", box(a), text=f"แนบคำขอ{ending(a)}\n",
                  files=(("ซ่อมบ้าน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_repair_sheet_landowner", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and its two PEOPLE.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gmail_flat_application, (0, 8)),
    (plain_line_forward_eviction, (5, 2)),
    (plain_iphone_son_repair_mother, (4, 7)),
    (plain_landlord_tenant_arrears, (9, 11)),
    (plain_outlook_android_baan_mankong, (10, 1)),
    (html_gmail_lease_transfer, (5, 0)),
    (html_outlook_receipt_quote, (2, 3)),
    (html_eservice_repair_notice, (7, 4)),
    (html_reply_over_clerk, (6, 8)),
    (docx_flat_application_form, (0, 1)),
    (docx_lease_move_in, (3, 6)),
    (docx_headman_repair_letter, (4, 1)),
    (docx_community_certificate, (10, 5)),
    (pdf_fillable_repair_form, (7, 11)),
    (pdf_typed_eviction_appeal, (9, 2)),
    (pdf_fillable_lease_renewal, (6, 10)),
    (pdf_receipt_with_mail, (8, 3)),
    (xlsx_rent_ledger, (2, 5)),
    (xlsx_baan_mankong_household, (1, 10)),
    (xlsx_repair_sheet_landowner, (11, 4)),
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
