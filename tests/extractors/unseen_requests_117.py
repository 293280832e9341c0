"""A hundred-and-seventeenth set of requests written by someone who had not read the readers
(issue 8): LOCAL TAXES AND FEES at the revenue, water and cleansing desks of เทศบาลเมือง
ราชบุรี, เทศบาลเมืองกาญจนบุรี and เทศบาลเมืองเพชรบุรี, tax year 2570: land and building tax
(instalments under a notice ภ.ด.ส.6, objections to an assessment, a refund of tax paid
twice, a main house billed as another house, a certificate that no tax is owed before a
sale), signboard tax (ภ.ป.1 filed by an accountant or for a firm, a ภ.ป.3 questioned, a
receipt re-issued in a firm's name), refuse-collection fees (a vacant house, a dormitory's
rooms) and a water bill too high; written by owners, heirs (the dead owner's ID, birth and
death dates beside theirs), an estate's administrator through a nephew, accountants, a
firm's accounting staff, an agent; deeds (โฉนด, น.ส.3ก, เลขที่ดิน, หน้าสำรวจ), notices',
receipts' (เล่มที่/เลขที่), bank accounts', water users' and meters' numbers, house codes,
juristic numbers and amounts beside the applicant's own.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks; for a body the natural person who signs for it), sets 31/63 (a service for one
person asked by another is the one it is for), set 37 (where only another's phone is
given, phone `()`), sets 56/105 (a firm: the director who signs, his ID where given, the
firm's office, line and box; where its staff writes and signs, no name or ID (`()`); an
accountant never; an heir who asks in her own name is herself, the dead owner never):
- the OWNER who writes is the applicant (her own ID, home, phone, box);
- where an ACCOUNTANT or an accounting firm writes for a client (a person), the client;
  the accountant's name, registration, office, line, mobile and box never; the client's
  phone and e-mail `()` where only the accountant's are given;
- an HEIR asking in her own name (a refund, a list of heirs): herself; the dead owner's
  name, ID, birth date never (birth_date `()`: no value, or a flagged one, is right);
- an estate's ADMINISTRATOR (ผู้จัดการมรดก) who grants a power to a nephew: the
  administrator (ผู้มอบอำนาจ); the nephew's name, ID, home, mobile, box never; the dead
  owner never; phone and e-mail `()`;
- a FIRM: where its director signs a ภ.ป.1, the director (his ID); where its accounting
  staff writes and signs, full_name and national_id `()`; address, phone, e-mail the
  firm's office, line and box; the staff's mobile, the accountant's never;
- an agent's section of a form (ผู้รับมอบอำนาจ), a co-owner, a buyer, tenants, other heirs,
  the desk's officer in a quoted mail: never.
Address: where the applicant lives (a firm: its office), with or without เลขที่/บ้านเลขที่,
province and postal code; never the taxed plot, the vacant house, the dormitory, the shop
where a sign hangs, the firm's branch. Where the whole form is in Thai digits, the address
in Thai digits is accepted too. Deed, parcel, survey-page, notice, receipt, bank-account,
water-user, meter, house-code, juristic, reference and registration numbers and amounts
are never an ID or a phone; birth date only the applicant's (ISO).
Everyone, every firm and number is invented (13-digit IDs made with with_check_digit);
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

RB, KB, PB = "ราชบุรี", "กาญจนบุรี", "เพชรบุรี"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected
TOWNS = {
    RB: ("เทศบาลเมืองราชบุรี", "revenue@ratchaburicity.example.go.th", "032-337-150"),
    KB: ("เทศบาลเมืองกาญจนบุรี", "revenue@kanchanaburicity.example.go.th", "034-511-075"),
    PB: ("เทศบาลเมืองเพชรบุรี", "revenue@phetchaburicity.example.go.th", "032-425-300"),
}
# Where shops and branches stand (never an applicant's address).
SHOP = {RB: "ถนนเพชรเกษม ตำบลหน้าเมือง", KB: "ถนนแสงชูโต ตำบลบ้านเหนือ", PB: "ถนนพานิชเจริญ ตำบลท่าราบ"}

PEOPLE: tuple[Party, ...] = (
    P("นาย", "ประเสริฐ", "วงศ์ทองดี", "370010045218", date(1961, 4, 17), "0813457720", "prasert.wt@gmail.com",
      "45/2", "", "", "ศรีสุริยวงศ์", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาง", "บุษบา", "แซ่โค้ว", "370080023547", date(1969, 8, 3), "0896614237", "busaba.kw@hotmail.com",
      "118", "5", "", "", "โพธาราม", "โพธาราม", RB, "70120"),
    P("นางสาว", "ศิริพร", "มากมี", "170990041186", date(1990, 2, 22), "0628817454", "siriporn.mm@gmail.com",
      "9/7", "", "", "แสงชูโต", "บ้านเหนือ", "เมืองกาญจนบุรี", KB, "71000"),
    P("นาย", "สมชาย", "ทองคำ", "371020067219", date(1955, 11, 30), "0864470312", "",
      "77", "2", "", "", "ท่าม่วง", "ท่าม่วง", KB, "71110"),
    P("นาง", "วันเพ็ญ", "สุขประเสริฐ", "376010033452", date(1972, 6, 9), "0819935518", "wanpen.sp@gmail.com",
      "31", "", "", "ราชวิถี", "ท่าราบ", "เมืองเพชรบุรี", PB, "76000"),
    P("นาย", "ธีระ", "แก้วมณี", "376050012874", date(1958, 1, 25), "0865521903", "teera.km@yahoo.com",
      "204", "7", "", "", "ชะอำ", "ชะอำ", PB, "76120"),
    P("นางสาว", "กมลชนก", "พูลสวัสดิ์", "170040052236", date(1994, 10, 14), "0957728140", "kamonchanok.ps@gmail.com",
      "66/14", "", "", "เพชรเกษม", "บ้านโป่ง", "บ้านโป่ง", RB, "70110"),
    P("นาย", "วิโรจน์", "เอี่ยมสะอาด", "370030018842", date(1966, 3, 8), "0818862057", "wiroj.ea@gmail.com",
      "12", "3", "", "", "ดำเนินสะดวก", "ดำเนินสะดวก", RB, "70130"),
    P("นาง", "สายสุนีย์", "จันทร์หอม", "371010029953", date(1963, 12, 19), "0894408861", "saisunee.ch@hotmail.com",
      "150/3", "", "", "ปากแพรก", "ปากแพรก", "เมืองกาญจนบุรี", KB, "71000"),
    P("นาย", "อำนาจ", "ศรีสมบูรณ์", "371040044106", date(1975, 7, 2), "0871124596", "amnat.ss@gmail.com",
      "88", "4", "", "", "ท่าเรือ", "ท่ามะกา", KB, "71130"),
    P("นาง", "ลำดวน", "ปิ่นทอง", "376020019725", date(1950, 5, 27), "0812247793", "",
      "19", "1", "", "", "บ้านลาด", "บ้านลาด", PB, "76150"),
    P("นาย", "ชัยวัฒน์", "ศักดิ์สิทธิ์", "376040036518", date(1980, 9, 11), "0634417258", "chaiwat.ss@gmail.com",
      "3/21", "", "", "", "ท่ายาง", "ท่ายาง", PB, "76130"),
    P("นางสาว", "ปวีณ์ธิดา", "นาคสุข", "370050061383", date(1987, 4, 4), "0829913365", "paweethida.n@gmail.com",
      "101", "6", "", "", "ปากท่อ", "ปากท่อ", RB, "70140"),
    P("นาย", "บุญส่ง", "ฤทธิ์เดช", "370060027761", date(1957, 2, 14), "0861147720", "",
      "7", "9", "", "", "จอมบึง", "จอมบึง", RB, "70150"),
    P("นาง", "อรทัย", "ชูชื่น", "371070014480", date(1970, 11, 21), "0899015523", "orathai.cc@gmail.com",
      "55", "1", "", "", "ท่าขนุน", "ทองผาภูมิ", KB, "71180"),
    P("นาย", "ประยูร", "มีทรัพย์", "371020058834", date(1948, 8, 16), "0816632285", "",
      "240", "8", "", "", "วังขนาย", "ท่าม่วง", KB, "71110"),
    P("นาง", "จันทร์เพ็ญ", "เกตุแก้ว", "376030041197", date(1965, 3, 30), "0876654102", "chanpen.kk@gmail.com",
      "16/5", "2", "", "", "เขาย้อย", "เขาย้อย", PB, "76140"),
    P("นาย", "สุรชัย", "บุญมา", "376010058320", date(1983, 6, 6), "0918826734", "surachai.bm@hotmail.com",
      "72", "", "", "บันไดอิฐ", "คลองกระแชง", "เมืองเพชรบุรี", PB, "76000"),
    P("นางสาว", "เยาวลักษณ์", "ทองอ่อน", "370070039917", date(1992, 9, 18), "0647713389", "yaowalak.to@gmail.com",
      "28", "2", "", "", "บางแพ", "บางแพ", RB, "70160"),
    P("นาย", "ณรงค์ศักดิ์", "ดีเลิศ", "371030022615", date(1968, 12, 1), "0853319046", "narongsak.dl@gmail.com",
      "9", "5", "", "", "ท่ามะกา", "ท่ามะกา", KB, "71120"),
    P("นาง", "สมจิต", "อินทร์ทอง", "370090010452", date(1953, 10, 10), "0813305218", "",
      "61", "4", "", "", "วัดเพลง", "วัดเพลง", RB, "70170"),
    P("นาย", "เอกชัย", "ธนากร", "176010075506", date(1991, 1, 29), "0960057812", "ekkachai.tn@gmail.com",
      "5/88", "", "", "", "บ้านแหลม", "บ้านแหลม", PB, "76110"),
    P("นางสาว", "ณัฐกานต์", "โพธิ์ศรี", "170010083319", date(1996, 7, 24), "0614420937", "nattakan.ps@gmail.com",
      "140", "", "", "คฑาธร", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาย", "สุเมธ", "วงศ์ใหญ่", "371080011736", date(1960, 4, 12), "0896627714", "sumet.wy@gmail.com",
      "33", "1", "", "", "วังกะ", "สังขละบุรี", KB, "71240"),
)  # fmt: skip

# Firms (their office, line, box; the juristic number as `nid`).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "ราชบุรีโอ่งมังกร", "จำกัด", "070555900318", NONE, "032321445", "account@rb-jar.example.co.th",
      "210", "", "", "เพชรเกษม", "เจดีย์หัก", "เมืองราชบุรี", RB, "70000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "กาญจน์ริเวอร์รีสอร์ท", "", "071355800942", NONE, "034512887", "office@kanriver.example.com",
      "39", "", "", "แม่น้ำแคว", "ท่ามะขาม", "เมืองกาญจนบุรี", KB, "71000", juristic=True),
    P("บริษัท ", "เพชรบุรีขนมหวาน", "จำกัด", "076555700215", NONE, "032425118", "admin@pb-sweets.example.co.th",
      "17/3", "2", "", "", "ต้นมะม่วง", "เมืองเพชรบุรี", PB, "76000", juristic=True),
)  # fmt: skip
DIRECTORS: tuple[tuple[str, str], ...] = (
    ("นายวรพล ศรีสุวรรณ", with_check_digit("370010099817")),
    ("นางกาญจนา ริมแคว", with_check_digit("371010088265")),
    ("นายธนพล ตั้งเจริญ", with_check_digit("376010090043")),
)
STAFF: tuple[tuple[str, str], ...] = (
    ("นางสาวสุภาวดี แก้วใส", "0867712045"),
    ("นายกิตติพงษ์ ประสงค์ดี", "0983317426"),
    ("นางสาวอัญชลี มณีวงศ์", "0894416732"),
)

# Accountants: name, office, registration, mobile, box, office address, office line.
ACCOUNTANTS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("นางสาวรัตนา ใจมั่น", "สำนักงานบัญชีรัตนาการบัญชี", "ผู้ทำบัญชี เลขทะเบียน 104885", "0815527740", "rattana.acc@gmail.com",
     "99/4 ถนนเขางู ตำบลหน้าเมือง อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000", "032-310-778"),
    ("นายพงศกร ลีลาวัฒน์", "บริษัท พงศกร แอคเคาน์ติ้ง จำกัด", "ผู้สอบบัญชีรับอนุญาต เลขทะเบียน 8812", "0897746021",
     "pongsakorn@pk-acc.example.co.th", "12/6 ถนนแสงชูโต ตำบลบ้านเหนือ อำเภอเมืองกาญจนบุรี จังหวัดกาญจนบุรี 71000", "034-620-315"),
)  # fmt: skip

# Dead owners: title, first name (the heir's family name), 12 digits, birth, death.
DEAD: tuple[tuple[str, str, str, date, date], ...] = (
    ("นาย", "เฉลิม", "370010012457", date(1933, 5, 2), date(2025, 9, 14)),
    ("นาง", "ทองใบ", "376010008815", date(1938, 1, 20), date(2026, 3, 3)),
)

# Nephews and agents: name, ID, mobile, box, home elsewhere.
AGENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายภานุพงศ์ สายทอง", with_check_digit("173020044581"), "0922218456", "panupong.st@gmail.com",
     "59/12 หมู่ที่ 2 ตำบลสามพราน อำเภอสามพราน จังหวัดนครปฐม 73110"),
    ("นางสาวชลธิชา รุ่งเรือง", with_check_digit("110020067734"), "0851146629", "chonticha.rr@hotmail.com",
     "8/3 ซอยวิภาวดีรังสิต 60 แขวงตลาดบางเขน เขตหลักสี่ กรุงเทพมหานคร 10210"),
)  # fmt: skip


def town(a: Party) -> tuple[str, str, str]:
    return TOWNS[a.p.province]


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2027, 1, 4 + n % 20, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set117-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(a: Party) -> int:
    return 2027 - a.p.born.year


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one the request is for, written by another: phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def heir(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """An heir asking in her own name; the dead owner's birth date is written: `()`."""
    e = own(a, keys)
    e["birth_date"] = ()
    return e


def firm(k: int, keys: str, *, signs: bool) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    name, nid = DIRECTORS[k]
    e["full_name"] = (name,) if signs else ()
    e["national_id"] = (nid,) if signs else ()
    return e


def thai_too(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    e["address"] = e["address"] + tuple(thai(x) for x in e["address"])
    return e


def dead_of(a: Party, k: int) -> tuple[str, str, date, date]:
    title, first, nid12, born, died = DEAD[k % 2]
    return f"{title}{first} {a.p.last}", with_check_digit(str(int(nid12) + 31 * k)), born, died


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_instalments": "the owner who writes (v2 ID and mobile in Thai digits)",
    "plain_heir_refund_gmail": "the heir herself; never her dead father or mother (ID, birth date)",
    "plain_line_chat_garbage": "the owner who forwards her LINE chat; never the officer, never the vacant house",
    "plain_accountant_signboard": "the shop's owner (client); never the accountant; phone and e-mail ()",
    "plain_webform_water": "the ผู้ยื่นคำร้อง of the web form; never the water desk's line",
    "html_gmail_objection_list": "the owner who writes; never the co-owner brother, never the plots",
    "html_outlook_firm_staff_receipt": "no one (the accounting staff signs); the firm's office, line, box",
    "html_iphone_reply_quote": "the owner who replies; never the officer in the quoted mail",
    "html_eservice_table": "the ผู้ยื่นคำขอ rows; never the ผู้รับมอบอำนาจ rows (v2)",
    "docx_objection_dotted": "the ผู้ยื่นคำร้อง on the dotted lines (v2 all in Thai digits)",
    "docx_poa_estate_admin": "the administrator who grants (ผู้มอบอำนาจ); never the nephew or the dead owner",
    "docx_exemption_letter": "the owner who writes and signs (her block top right); never the rented house",
    "docx_firm_pp1_table": "the director who signs the ภ.ป.1 (his ID); the firm's office, line, box; never the accountant",
    "pdf_fillable_installment": "the owner (Text1..); never the co-owner (v2)",
    "pdf_fillable_refund_agent": "the owner (owner_*); never the agent_* section (v2)",
    "pdf_typed_certificate_request": "the owner who writes (block top right; v2 Thai digits); never the buyer",
    "pdf_typed_accountant_letter": "the client (shop owner); never the accounting firm's letterhead",
    "xlsx_accountant_parcels": "the client (owner) block; never the accountant's head",
    "xlsx_heirs_sheet": "the heir marked ผู้ยื่นคำขอ; never the dead owner or the other heirs",
    "xlsx_dorm_garbage": "the landlord's head block; never the dormitory's place or the tenants",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_instalments(a: Party, i: int) -> Case:
    """An owner asks from her iPhone to pay the year's land and building tax in three
    instalments: the notice's number and date, the deed, the amount, her ID and mobile
    (Thai digits in v2), her home."""
    p = a.p
    name_t, box, _ = town(a)
    nid = thai(nid_w(p.nid, i)) if i % 2 else nid_w(p.nid, i)
    tel_ = thai(mobile(p.mobile, i)) if i % 2 else mobile(p.mobile, i)
    amount = ("12,486.50", "7,932.00")[i % 2]
    text = (
        f"เรียน ผู้อำนวยการกองคลัง {name_t}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid} ได้รับหนังสือแจ้งการประเมินภาษี (ภ.ด.ส.6) เลขที่ {318 + i}/2570 "
        f"ลงวันที่ 14 กุมภาพันธ์ 2570 ภาษีที่ดินและสิ่งปลูกสร้างของที่ดินโฉนดเลขที่ {18425 + 37 * i} "
        f"จำนวนเงิน {amount} บาท {me(a)}ขอผ่อนชำระเป็น 3 งวด (เมษายน พฤษภาคม มิถุนายน) เนื่องจากรายได้จากการขายผลผลิตลดลง{ending(a)}\n\n"
        f"ที่อยู่ {home(a, i)}\nมือถือ {tel_}\n\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2570", own_box(a), box, text=text)
    return Case("plain_iphone_instalments", raw, own(a, NO_BIRTH))


def plain_heir_refund_gmail(a: Party, i: int) -> Case:
    """An heir asks back the tax paid twice on her dead parent's land: the parent's name,
    ID, birth and death dates; two receipts (เล่มที่/เลขที่), a bank account; her own ID,
    home and mobile in a Gmail signature."""
    p = a.p
    name_t, box, _ = town(a)
    dead, dead_id, born, died = dead_of(a, i)
    rel = "บิดา" if dead.startswith("นาย") else "มารดา"
    text = (
        f"เรียน กองคลัง {name_t}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เป็นบุตรและทายาทของ{dead} ({rel}) "
        f"เลขประจำตัวประชาชนผู้ตาย {nid_w(dead_id, i)} เกิดวันที่ {born_th(born, i)} ถึงแก่กรรมเมื่อวันที่ {thai_day(died)}\n\n"
        f"ภาษีที่ดินและสิ่งปลูกสร้างปี 2569 ของที่ดิน น.ส.3ก เลขที่ {2207 + i} ของ{rel} ได้ชำระซ้ำกัน 2 ครั้ง "
        f"คือ ใบเสร็จรับเงินเล่มที่ 0{412 + i} เลขที่ 20587 และเล่มที่ 0{413 + i} เลขที่ 20611 ครั้งละ 1,842.00 บาท "
        f"{me(a)}จึงขอรับเงินที่ชำระเกินคืน 1,842.00 บาท โดยโอนเข้าบัญชีธนาคารกสิกรไทย เลขที่ 020-3-{45817 + i}-6 "
        f"ชื่อบัญชี {a.name} แนบสำเนาใบมรณบัตรและใบเสร็จมาด้วย{ending(a)}\n\n"
        f"ขอบคุณ{ending(a)}\n\n-- \n{a.name}\n{home(a, i + 1)}\nโทร {mobile(p.mobile, i + 2)}\n"
    )
    raw = message(i, "ขอคืนเงินภาษีที่ดินที่ชำระซ้ำ (ทายาท)", own_box(a), box, text=text)
    return Case("plain_heir_refund_gmail", raw, heir(a, ALL))


def plain_line_chat_garbage(a: Party, i: int) -> Case:
    """An owner forwards her chat with the town's LINE account about the refuse fee of a
    house that stands empty: the chat's timestamps, the officer's line, the vacant house's
    number and code; her own home and mobile above the chat."""
    p = a.p
    name_t, box, line = town(a)
    nick = ("ป้าบุษ", "Chaiwat S.")[i % 2]
    vacant = f"{12 + i}/1 หมู่ที่ {3 + i % 4} ตำบล{p.tambon} อำเภอ{p.amphoe}"
    text = (
        f"ตามที่เจ้าหน้าที่แจ้งใน LINE ให้ส่งอีเมล ส่งรายละเอียดมา{ending(a)}\n"
        f"{a.name} ที่อยู่ปัจจุบัน {home(a, i)} โทร {mobile(p.mobile, i + 1)}\n\n"
        f"---------- ข้อความที่ส่งต่อ ----------\n"
        f"[LINE] ประวัติการแชทกับ {name_t}\nวันที่บันทึก: 2027/01/{10 + i % 9} 09:41\n\n"
        f"2027/01/{9 + i % 9}(จ.)\n"
        f"09:02\t{nick}\tสวัสดี{ending(a)} ขอสอบถามเรื่องค่าธรรมเนียมเก็บขนขยะ\n"
        f"09:05\t{name_t}\tสวัสดีครับ รบกวนแจ้งชื่อ เลขบัตร และบ้านที่ต้องการแจ้งครับ\n"
        f"09:11\t{nick}\t{a.name}\n"
        f"09:11\t{nick}\t{nid_w(p.nid, i + 2)}\n"
        f"09:12\t{nick}\tบ้านเลขที่ {vacant} รหัสประจำบ้าน {p.postal[:2]}0{4 + i % 3}-0{12345 + i}-6 ปิดไว้ไม่มีคนอยู่ตั้งแต่เดือนสิงหาคม 2569\n"
        f"09:13\t{nick}\tขอยกเว้นค่าขยะเดือนละ 40 บาทได้ไหม{ending(a)} ใบเสร็จเดือนล่าสุดเลขที่ ข.{5021 + i}/2569\n"
        f"09:20\t{name_t}\tได้ครับ รบกวนส่งอีเมลมาที่ {box} ระบุที่อยู่ปัจจุบันและเบอร์ติดต่อ "
        f"หรือโทรงานรักษาความสะอาด {line} ต่อ 214 ครับ\n"
        f"09:21\t{nick}\t[สติกเกอร์]\n"
    )
    raw = message(i, f"Fwd: แชท LINE กับ{name_t} เรื่องค่าขยะบ้านว่าง", own_box(a), box, text=text)
    return Case("plain_line_chat_garbage", raw, own(a, NO_BIRTH))


def plain_accountant_signboard(a: Party, i: int) -> Case:
    """An accountant files the ภ.ป.1 of a client's shop: the client's name, ID and home,
    the shop where the signs hang, the signs' sizes and the tax; her own office, line,
    mobile and registration under her name."""
    p = a.p
    name_t, box, _ = town(a)
    acc, office, reg, mob, abox, aaddr, aline = ACCOUNTANTS[i % 2]
    shop = ("ร้านเจริญพาณิชย์วัสดุ", "ร้านกาแฟริมน้ำ")[i % 2]
    text = (
        f"เรียน งานพัฒนาและจัดเก็บรายได้ กองคลัง {name_t}\n\n"
        f"{office} ในฐานะผู้ทำบัญชีของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"บ้านเลขที่ {home(a, i + 1)} เจ้าของ{shop} ซึ่งตั้งอยู่ที่ {30 + i}/5 {SHOP[p.province]} "
        f"ขอส่งแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2570 ป้ายจำนวน 2 ป้าย ขนาด 120 x 240 ซม. และ 80 x 300 ซม. "
        f"ภาษีตามที่คำนวณ 1,040.00 บาท ตามไฟล์ที่แนบ ขอทราบว่าสามารถชำระโดยโอนเข้าบัญชีเทศบาลได้หรือไม่\n\n"
        f"ขอบคุณ{'ครับ' if acc.startswith('นาย') else 'ค่ะ'}\n{acc}\n{reg}\n{office}\n{aaddr}\nโทร {aline} มือถือ {mobile(mob, i)}\n"
    )
    raw = message(
        i,
        f"ยื่นแบบ ภ.ป.1 ปี 2570 ({a.name})",
        f"{acc[6:] if acc.startswith('นางสาว') else acc[3:]} <{abox}>",
        box,
        text=text,
    )
    return Case("plain_accountant_signboard", raw, for_other(a, NO_BIRTH))


def plain_webform_water(a: Party, i: int) -> Case:
    """The town's e-Service notification of a water-bill complaint (no-reply): labelled
    lines, the request's number, the water user's ten-digit number and the meter's, the
    bill's number and amount, the sender's IP, the water desk's line in the footer."""
    p = a.p
    name_t, box, line = town(a)
    text = (
        f"เรียน เจ้าหน้าที่\n\nมีคำร้องใหม่จากระบบ e-Service {name_t}\n"
        f"เลขที่คำร้อง: EW-2570-{412 + i:05d}\nประเภท: ค่าน้ำประปาสูงผิดปกติ / ขอตรวจสอบมาตรวัดน้ำ\n"
        f"วันที่ยื่น: {5 + i % 20:02d}/01/2570 10:14 น.\n------------------------------\n"
        f"ชื่อ-นามสกุล: {a.name}\nเลขบัตรประจำตัวประชาชน: {nid_w(p.nid, i)}\nวัน/เดือน/ปีเกิด: {born_th(p.born, i + 1)}\n"
        f"เบอร์โทรศัพท์: {p.mobile}\nอีเมล: {p.email}\nที่อยู่: {home(a, i + 2)}\n"
        f"เลขที่ผู้ใช้น้ำ: 0{6 + i % 3}0{4125573 + 19 * i}\nเลขมาตรวัดน้ำ: WM{20193307 + i}\n"
        f"รายละเอียด: ใบแจ้งหนี้ค่าน้ำเดือนธันวาคม 2569 เลขที่ {8810042 + i} ยอด 1,284.00 บาท "
        "ปกติใช้น้ำเดือนละ 180-220 บาท คาดว่ามีท่อรั่วหรือมาตรเสีย ขอให้เจ้าหน้าที่ตรวจสอบ\n"
        "------------------------------\nIP: 171.100.23.45\n"
        f"อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\nงานผลิตและบริการน้ำประปา {name_t} โทร {line} ต่อ 301\n"
    )
    raw = message(
        i,
        f"[e-Service] คำร้องใหม่ EW-2570-{412 + i:05d}",
        f"e-Service <no-reply@{box.split('@')[1]}>",
        box,
        text=text,
    )
    return Case("plain_webform_water", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_objection_list(a: Party, i: int) -> Case:
    """An owner's Gmail objects to an assessment (มาตรา 73): the plots as a list (deeds,
    parcel numbers, survey pages, areas, the use), her brother as co-owner with his ID,
    her signature."""
    p = a.p
    name_t, box, _ = town(a)
    bro = f"นาย{('สมศักดิ์', 'วีระ')[i % 2]} {p.last}"
    bro_id = with_check_digit(("370030055214", "376010061127")[i % 2])
    items = [
        f"โฉนดเลขที่ {18425 + i} เลขที่ดิน {112 + i} หน้าสำรวจ {3381 + i} เนื้อที่ 4-2-37 ไร่ ประเมินเป็นที่รกร้างว่างเปล่า "
        "แต่ปลูกมะพร้าวน้ำหอมและมะนาวเต็มพื้นที่มาตั้งแต่ปี 2562",
        f"น.ส.3ก เลขที่ {2207 + i} เนื้อที่ 1-0-50 ไร่ เป็นที่ตั้งโรงเรือนเก็บผลผลิต ไม่ใช่ประเภทอื่น",
    ]
    html = (
        '<div dir="ltr"><div>เรียน นายกเทศมนตรี' + name_t[6:] + "</div><div><br></div>"
        f"<div>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ที่อยู่ {home(a, i)} "
        f"ถือกรรมสิทธิ์ร่วมกับ{bro} (พี่ชาย เลขประจำตัวประชาชน {nid_w(bro_id, i + 1)}) "
        f"ได้รับหนังสือแจ้งการประเมินภาษี เลขที่ ภดส.6/{5510 + i} ลงวันที่ 20 กุมภาพันธ์ 2570 "
        "ขอคัดค้านการประเมินตามมาตรา 73 สำหรับที่ดินดังต่อไปนี้</div>"
        "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"
        "<div>ขอให้ตรวจสอบและประเมินใหม่เป็นที่ดินประกอบเกษตรกรรม</div><div><br></div>"
        f"<div>ขอแสดงความนับถือ</div><div><br></div>"
        f'<div>-- <br><div dir="ltr">{a.name}<br>โทร. {mobile(p.mobile, i + 3)}</div></div></div>\n'
    )
    raw = message(i, "คัดค้านการประเมินภาษีที่ดิน มาตรา 73", own_box(a), box, html=html)
    return Case("html_gmail_objection_list", raw, own(a, NO_BIRTH))


def html_outlook_firm_staff_receipt(a: Party, i: int) -> Case:
    """A firm's accounting staff asks from its Outlook box that the signboard tax's
    receipt be issued again in the firm's name: the juristic number, the office, the old
    receipt's book and number; her signature with the firm's line (ต่อ) and her mobile."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    name_t, box, _ = TOWNS[fp.province]
    staff, smob = STAFF[k]
    paras = [f"เรียน กองคลัง {name_t}", "",
             f"{f.name} เลขทะเบียนนิติบุคคล {fp.nid} สำนักงานเลขที่ {home(f, i)} ได้ชำระภาษีป้ายประจำปี 2570 "
             f"จำนวน 3,600.00 บาท เมื่อวันที่ 28 มีนาคม 2570 ตามใบเสร็จรับเงินเล่มที่ {77 + i} เลขที่ {3815 + i} "
             "แต่ใบเสร็จออกในชื่อผู้จัดการสาขาซึ่งมาชำระแทน ทำให้บริษัทฯ ลงบัญชีค่าใช้จ่ายไม่ได้",
             "", "จึงขอให้ออกใบเสร็จรับเงินใหม่ (หรือใบแทน) ในนามนิติบุคคล พร้อมระบุเลขประจำตัวผู้เสียภาษีข้างต้น", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{staff}</b><br>ฝ่ายบัญชีและการเงิน<br>{f.name}<br>'
           f"โทร {tel(f, i)} ต่อ 10{5 + i % 3} | มือถือ {mobile(smob, i)}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    raw = message(
        i,
        "ขอออกใบเสร็จภาษีป้ายใหม่ในนามบริษัท",
        f"{f.name} <{fp.email}>",
        box,
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_firm_staff_receipt", raw, firm(k, NO_BIRTH, signs=False))


def html_iphone_reply_quote(a: Party, i: int) -> Case:
    """An owner replies from her iPhone above the revenue officer's quoted mail asking a
    certificate that no land tax is owed, for a sale at the land office: the officer's
    name, line and office address in the quote; her ID, deed and mobile in the reply."""
    p = a.p
    name_t, box, line = town(a)
    officer = ("นางสาวพิมพ์ลดา ศรีเพชร", "นายอนุสรณ์ แสงจันทร์")[i % 2]
    reply = (
        f'<div dir="auto">เรียน คุณ{officer.split()[0][6 if officer.startswith("นางสาว") else 3 :]}</div>'
        f'<div dir="auto"><br></div><div dir="auto">ชื่อ {a.name}<br>เลขบัตร {nid_w(p.nid, i + 2)}<br>'
        f"ที่ดินโฉนดเลขที่ {24410 + i} ที่จะขายวันที่ 30 มกราคม 2570 ที่สำนักงานที่ดินจังหวัด{p.province}<br>"
        f"ที่อยู่ {home(a, i + 1)}<br>เบอร์ {mobile(p.mobile, i + 1)}</div>"
        f'<div dir="auto"><br></div><div dir="auto">ขอบคุณ{ending(a)}</div><div dir="auto"><br>ส่งจาก iPhone ของฉัน</div>'
    )
    quote = (
        f'<div dir="ltr"><br><blockquote type="cite">เมื่อ 6 ม.ค. 2570 เวลา 14:20 {officer} &lt;{box}&gt; เขียนว่า:<br><br></blockquote></div>'
        '<blockquote type="cite"><div dir="ltr">'
        f"เรียน คุณ{p.first}<br><br>ตามที่ท่านสอบถามเรื่องหนังสือรับรองการชำระภาษีที่ดินและสิ่งปลูกสร้าง "
        "กรุณาแจ้งชื่อ-สกุล เลขประจำตัวประชาชน เลขโฉนด และที่อยู่ปัจจุบันของท่าน เจ้าหน้าที่จะตรวจสอบว่าไม่มีภาษีค้างชำระ "
        "แล้วออกหนังสือรับรองภายใน 3 วันทำการ<br><br>"
        f"{officer}<br>เจ้าพนักงานจัดเก็บรายได้ กองคลัง {name_t}<br>"
        f"{('1 ถนนดำเนินเกษม ตำบลคลองกระแชง อำเภอเมืองเพชรบุรี 76000', '2 ถนนอัฏฐกรประสิทธิ์ ตำบลหน้าเมือง อำเภอเมืองราชบุรี 70000')[i % 2]}<br>"
        f"โทร {line} ต่อ 12</div></blockquote>"
    )
    html = f"<html><body>{reply}{quote}</body></html>\n"
    raw = message(i, "Re: หนังสือรับรองการชำระภาษี", own_box(a), box, html=html)
    return Case("html_iphone_reply_quote", raw, own(a, NO_BIRTH))


def html_eservice_table(a: Party, i: int) -> Case:
    """The town's e-Service notification of a refund request as a two-column table: the
    ผู้ยื่นคำขอ's rows, the land, the amount, the bank account; the ผู้รับมอบอำนาจ's rows,
    '-' in v1, filled in v2."""
    p = a.p
    name_t, box, line = town(a)
    ag, ag_id, ag_mob, _, ag_home = AGENTS[i % 2] if i % 2 else ("-", "-", "-", "", "-")
    rows = [
        ("เลขที่รับเรื่อง", f"RF-2570-{88 + i:04d}"), ("ประเภทคำขอ", "ขอคืนเงินภาษีที่ดินและสิ่งปลูกสร้าง (ชำระเกิน)"),
        ("ชื่อผู้ยื่นคำขอ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 2)),
        ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 2)), ("โทรศัพท์มือถือ", mobile(p.mobile, i + 3)), ("อีเมล", p.email),
        ("ที่ดิน/สิ่งปลูกสร้าง", f"โฉนดเลขที่ {30117 + i} พร้อมบ้านเลขที่ {p.house}"),
        ("จำนวนเงินที่ขอคืน", "2,315.75 บาท"), ("บัญชีรับโอน", f"ธนาคารกรุงไทย เลขที่ 662-0-{18445 + i}-3"),
        ("ยื่นแทนโดย (ผู้รับมอบอำนาจ)", ag), ("เลขประจำตัวประชาชนผู้รับมอบอำนาจ", nid_w(ag_id, i) if ag_id != "-" else "-"),
        ("โทรศัพท์ผู้รับมอบอำนาจ", mobile(ag_mob, i) if ag_mob != "-" else "-"), ("ที่อยู่ผู้รับมอบอำนาจ", ag_home),
    ]  # fmt: skip
    table = "".join(
        f'<tr><td style="background:#eef3f8;padding:4px 8px;width:220px"><b>{k}</b></td><td style="padding:4px 8px">{v}</td></tr>'
        for k, v in rows
    )
    html = (
        f'<html><body style="font-family:Tahoma,sans-serif;font-size:13px"><h3>{name_t} - ระบบ e-Service</h3>'
        f"<p>มีคำขอใหม่ส่งเข้ามาในระบบ รายละเอียดดังนี้</p>"
        f'<table border="1" cellspacing="0" style="border-collapse:collapse">{table}</table>'
        f'<p style="color:#888">ข้อความนี้ส่งจากระบบอัตโนมัติ สอบถามกองคลัง โทร {line}</p></body></html>\n'
    )
    raw = message(
        i,
        f"[e-Service] คำขอคืนเงินภาษี RF-2570-{88 + i:04d}",
        f"e-Service <no-reply@{box.split('@')[1]}>",
        box,
        html=html,
    )
    return Case("html_eservice_table", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_objection_dotted(a: Party, i: int) -> Case:
    """The objection form on dotted lines (age, ID, the address in its parts with '-'
    where there is none, the notice's number, the reason); v2 typed wholly in Thai
    digits."""
    p = a.p
    name_t, box, _ = town(a)
    t: Callable[[str], str] = thai if i % 2 else str

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง")
        d.add_paragraph(
            t(
                f"เขียนที่ ......{name_t}......\nวันที่ ...{3 + i % 20}... เดือน ...มีนาคม... พ.ศ. ...2570..."
            )
        )
        d.add_paragraph(t(
            f"ข้าพเจ้า ....{a.name}.... อายุ ...{age(a)}... ปี เลขประจำตัวประชาชน ....{nid_w(p.nid, i)}....\n"
            f"อยู่บ้านเลขที่ ...{p.house}... หมู่ที่ ...{p.moo or '-'}... ตรอก/ซอย ...{p.soi or '-'}... ถนน ...{p.road or '-'}...\n"
            f"ตำบล/แขวง ...{p.tambon}... อำเภอ/เขต ...{p.amphoe}... จังหวัด ...{p.province}... รหัสไปรษณีย์ ...{p.postal}...\n"
            f"โทรศัพท์ ...{mobile(p.mobile, i)}..."
        ))  # fmt: skip
        d.add_paragraph(t(
            f"ได้รับแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ตามหนังสือแจ้งการประเมินเลขที่ ...{640 + i}/2570... "
            f"ลงวันที่ ...14 กุมภาพันธ์ 2570... สำหรับที่ดินโฉนดเลขที่ ...{9921 + i}... พร้อมสิ่งปลูกสร้าง "
            "ข้าพเจ้าไม่เห็นด้วยกับการประเมิน เนื่องจาก ...ประเมินสิ่งปลูกสร้างเป็นอาคารพาณิชย์ 2 ชั้น เนื้อที่ 240 ตร.ม. "
            "แต่ความจริงเป็นบ้านอยู่อาศัยชั้นเดียว 96 ตร.ม....\nจึงขอให้พิจารณาประเมินใหม่"
        ))  # fmt: skip
        d.add_paragraph(f"ลงชื่อ..........................ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, "คำร้องคัดค้านการประเมินภาษีที่ดิน", own_box(a), box,
                  text=f"เรียน กองคลัง\nแนบคำร้องคัดค้านการประเมินภาษีมาพร้อมนี้{ending(a)}\n{a.name}\n",
                  files=(("คำร้องคัดค้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, NO_BIRTH)
    return Case("docx_objection_dotted", raw, thai_too(e) if i % 2 else e)


def docx_poa_estate_admin(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ by an estate's administrator (the court's red case number, the
    dead owner's name and ID) to a nephew to pay the estate land's tax and take the
    receipts: the nephew's ID, home elsewhere; the nephew sends it from his box with his
    mobile."""
    p = a.p
    name_t, box, _ = town(a)
    dead, dead_id, _, died = dead_of(a, i + 1)
    ag, ag_id, ag_mob, ag_box, ag_home = AGENTS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ {home(a, i)}\nวันที่ {5 + i % 20} มกราคม พ.ศ. 2570")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ในฐานะผู้จัดการมรดกของ{dead} ผู้ตาย (เลขประจำตัวประชาชน {nid_w(dead_id, i)} "
            f"ถึงแก่กรรมเมื่อวันที่ {thai_day(died)}) ตามคำสั่งศาลจังหวัด{p.province} คดีหมายเลขแดงที่ พ.{1234 + i}/2569"
        )
        d.add_paragraph(
            f"ขอมอบอำนาจให้ {ag} เลขประจำตัวประชาชน {nid_w(ag_id, i + 2)} อยู่บ้านเลขที่ {ag_home} "
            f"เป็นผู้มีอำนาจยื่นแบบ ชำระภาษีที่ดินและสิ่งปลูกสร้างประจำปี 2570 ของที่ดินโฉนดเลขที่ {5132 + i} "
            f"และ {5133 + i} ซึ่งเป็นทรัพย์มรดก ต่อ{name_t} และรับใบเสร็จรับเงินแทนข้าพเจ้าจนเสร็จการ"
        )
        d.add_paragraph(
            f"ลงชื่อ.........................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ.........................ผู้รับมอบอำนาจ\n({ag})\n\n"
            f"ลงชื่อ.........................พยาน\n(นายสมหมาย ใจดี)\nลงชื่อ.........................พยาน\n(นางสาวมณีรัตน์ {p.last})"
        )

    text = (f"เรียน เจ้าหน้าที่กองคลัง\n\n{'ผม' if ag.startswith('นาย') else 'ดิฉัน'}เป็นหลานของ{a.name} ผู้จัดการมรดก "
            f"ขอส่งหนังสือมอบอำนาจล่วงหน้า จะนำต้นฉบับไปยื่นและชำระภาษีวันที่ 20 มกราคมนี้\n\n{ag}\nโทร {mobile(ag_mob, i)}\n")  # fmt: skip
    raw = message(i, "หนังสือมอบอำนาจชำระภาษีที่ดินมรดก", f"{ag.split()[0][3:] if ag.startswith('นาย') else ag.split()[0][6:]} <{ag_box}>", box,
                  text=text, files=(("หนังสือมอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_estate_admin", raw, for_other(a, NO_BIRTH))


def docx_exemption_letter(a: Party, i: int) -> Case:
    """An owner's letter in Word (her block top right) asking that her main house be
    taxed as the main house (มาตรา 40): the house code, the notice, the amount; in v2 a
    second house she lets; her phone and box under the signature."""
    p = a.p
    name_t, box, _ = town(a)
    h = home(a, i + 1)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{h[:cut]}\n\t\t\t\t\t{h[cut + 1 :]}")
        d.add_paragraph(f"\t\t\t\t\t{12 + i % 15} มกราคม 2570")
        d.add_paragraph(f"เรื่อง ขอให้ทบทวนการประเมินภาษีบ้านหลังหลัก\nเรียน นายกเทศมนตรี{name_t[6:]}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เป็นเจ้าของบ้านเลขที่ {p.house} "
            f"(รหัสประจำบ้าน {p.postal[:2]}0{1 + i % 5}-0{23456 + i}-{i % 10}) ซึ่งข้าพเจ้ามีชื่ออยู่ในทะเบียนบ้านและอยู่อาศัยจริง "
            f"แต่หนังสือแจ้งการประเมินเลขที่ {702 + i}/2570 ประเมินเป็นบ้านหลังอื่น ภาษี 3,450.00 บาท "
            "ทั้งที่มูลค่าไม่เกิน 50 ล้านบาท ซึ่งได้รับยกเว้นตามมาตรา 40 แห่งพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562"
        )
        if i % 2:
            d.add_paragraph(
                f"ส่วนบ้านเลขที่ {88 + i}/1 หมู่ที่ 4 ตำบล{p.tambon} ซึ่งข้าพเจ้าให้เช่า ข้าพเจ้ายินดีชำระภาษีตามประเภทอื่นตามที่แจ้ง"
            )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาทบทวน")
        d.add_paragraph(
            f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\nโทร {mobile(p.mobile, i)}\nอีเมล {p.email}"
        )

    raw = message(i, "ขอทบทวนการประเมินภาษีบ้านหลังหลัก", own_box(a), box,
                  text=f"เรียน กองคลัง\nส่งหนังสือขอทบทวนการประเมินภาษีตามไฟล์แนบ{ending(a)}\n",
                  files=(("หนังสือขอทบทวน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_exemption_letter", raw, own(a, NO_BIRTH))


def docx_firm_pp1_table(a: Party, i: int) -> Case:
    """A firm's ภ.ป.1 typed as Word tables: the owner-of-the-signs rows (the firm, its
    juristic number, office, line, box, the director who signs and his ID), the signs'
    table (sizes, kind, a branch's place), the accountant as coordinator with her
    mobile."""
    k = (2, 0)[i % 2]
    f = FIRMS[k]
    fp = f.p
    _name_t, box, _ = TOWNS[fp.province]
    d_name, d_id = DIRECTORS[k]
    acc, office, _, mob, _, _, _ = ACCOUNTANTS[k % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2570")
        t = d.add_table(rows=0, cols=2)
        for label, value in [("ชื่อเจ้าของป้าย", f.name), ("เลขทะเบียนนิติบุคคล", fp.nid),
                             ("สำนักงานตั้งอยู่เลขที่", home(f, i)), ("โทรศัพท์", tel(f, i)), ("อีเมล", fp.email),
                             ("ผู้มีอำนาจลงนาม", d_name), ("เลขประจำตัวประชาชน (ผู้มีอำนาจลงนาม)", nid_w(d_id, i))]:  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = label, value
        d.add_paragraph("รายการป้าย")
        s = d.add_table(rows=1, cols=5)
        for c, v in zip(
            s.rows[0].cells,
            ("ลำดับ", "ประเภทป้าย", "ขนาด (ซม.)", "สถานที่ติดตั้ง", "ภาษี (บาท)"),
            strict=True,
        ):
            c.text = v
        for n, row in enumerate([("1", "200 x 400", f"สาขา {5 + i}/9 {SHOP[fp.province]}", "4,000"),
                                 ("3", "150 x 300", "หน้าสำนักงานใหญ่", "22,500")]):  # fmt: skip
            c = s.add_row().cells
            c[0].text = str(n + 1)
            c[1].text, c[2].text, c[3].text, c[4].text = row
        d.add_paragraph(f"ผู้ประสานงาน: {acc} ({office}) มือถือ {mobile(mob, i)}")
        d.add_paragraph(
            f"ลงชื่อ..........................ผู้ยื่นแบบ\n({d_name})\nกรรมการผู้จัดการ\nประทับตราบริษัท"
        )

    raw = message(i, "ยื่นแบบ ภ.ป.1 ประจำปี 2570", f"{f.name} <{fp.email}>", box,
                  text="เรียน งานจัดเก็บรายได้\nแนบแบบ ภ.ป.1 ที่กรรมการลงนามแล้ว\n",
                  files=(("ภป1_2570.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_firm_pp1_table", raw, firm(k, NO_BIRTH, signs=True))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_installment(a: Party, i: int) -> Case:
    """A fillable instalment request whose fields are Text1..Text10 and a check box: the
    owner's lines, the notice and the amount; in v2 a co-owner's name and ID filled."""
    p = a.p
    name_t, box, _ = town(a)
    co = (
        (f"นาย{('ไพโรจน์', 'สมพงษ์')[i % 2]} {p.last}", with_check_digit("370080071126"))
        if i % 2
        else ("", "")
    )
    labels = [(40, 18, "คำร้องขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง"), (80, 26, name_t),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเดือนปีเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 80, "ผู้ถือกรรมสิทธิ์ร่วม (ถ้ามี)"), (120, 80, "เลขประจำตัว"),
              (20, 92, "หนังสือแจ้งประเมินเลขที่"), (110, 92, "จำนวนภาษี"), (20, 102, "ขอผ่อนชำระ 3 งวด"),
              (20, 130, "ลงชื่อ ........................ ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("Text1", a.name, 40, 40, 100), Field("Text2", p.nid, 60, 50, 55),
              Field("Text3", born_th(p.born, i), 145, 50, 45), Field("Text4", home(a, i + 2), 35, 60, 160),
              Field("Text5", mobile(p.mobile, i + 2), 40, 70, 55), Field("Text6", p.email, 125, 70, 70),
              Field("Text7", co[0], 65, 80, 50), Field("Text8", co[1], 140, 80, 55),
              Field("Text9", f"ภดส.6 {1207 + i}/2570", 65, 92, 40), Field("Text10", f"{9 + i},{115 + i}.00 บาท", 135, 92, 40),
              Field("CheckBox1", True, 70, 102, kind="check")]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำร้องขอผ่อนชำระภาษี (PDF)", own_box(a), box, text=f"ส่งคำร้องขอผ่อนชำระที่กรอกแล้ว{ending(a)}\n",
                  files=(("ผ่อนชำระ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_installment", raw, own(a, ALL))


def pdf_fillable_refund_agent(a: Party, i: int) -> Case:
    """A fillable refund request (owner_*, agent_*): the owner's lines, the receipt and
    the amount, the bank account; the agent's section empty in v1, filled in v2 and then
    the agent sends it from his box."""
    p = a.p
    name_t, box, _ = town(a)
    ag = AGENTS[1 - i % 2] if i % 2 else ("", "", "", "", "")
    labels = [(50, 18, "คำขอรับเงินภาษีคืน"), (80, 26, name_t),
              (20, 40, "ผู้เสียภาษี ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 82, "ใบเสร็จรับเงินเล่มที่/เลขที่"), (120, 82, "จำนวนเงิน"),
              (20, 92, "บัญชีธนาคาร"), (20, 106, "ผู้รับมอบอำนาจ (ถ้ามี)"), (20, 116, "เลขประจำตัวประชาชน"),
              (120, 116, "โทรศัพท์"), (20, 126, "ที่อยู่")]  # fmt: skip
    fields = [Field("owner_name", a.name, 60, 40, 100), Field("owner_id", nid_w(p.nid, i), 60, 50, 55),
              Field("owner_addr", home(a, i), 35, 60, 160), Field("owner_tel", mobile(p.mobile, i + 1), 40, 70, 55),
              Field("owner_email", p.email, 125, 70, 70), Field("receipt_no", f"{21 + i}/{4402 + i}", 80, 82, 35),
              Field("amount", "1,175.50", 140, 82, 35), Field("bank_acct", f"ธนาคารออมสิน 0201-{3358 + i}-{7712 + i}", 50, 92, 90),
              Field("agent_name", ag[0], 65, 106, 90), Field("agent_id", nid_w(ag[1], i) if ag[1] else "", 60, 116, 55),
              Field("agent_tel", mobile(ag[2], i) if ag[2] else "", 140, 116, 45), Field("agent_addr", ag[4], 35, 126, 160)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    sender = (
        own_box(a)
        if not i % 2
        else f"{ag[0].split()[0][6:] if ag[0].startswith('นางสาว') else ag[0].split()[0][3:]} <{ag[3]}>"
    )
    body = (
        f"ส่งคำขอรับเงินภาษีคืน{ending(a)}\n"
        if not i % 2
        else f"ส่งคำขอรับเงินคืนแทน{a.name} (ผู้รับมอบอำนาจ)\n"
    )
    raw = message(
        i, "คำขอรับเงินภาษีคืน", sender, box, text=body, files=(("คำขอคืนเงิน.pdf", data, PDF),)
    )
    return Case("pdf_fillable_refund_agent", raw, own(a, NO_BIRTH))


def pdf_typed_certificate_request(a: Party, i: int) -> Case:
    """An owner's typed letter (Word to PDF) asking a certificate that no land tax is
    owed before selling to a buyer (his name): her block top right; v2 in Thai digits."""
    p = a.p
    name_t, box, _ = town(a)
    t: Callable[[str], str] = thai if i % 2 else str
    h = home(a, i)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")
    buyer = ("นายธนกฤต เลิศวิริยะ", "นางพรรณี ศรีวงศ์")[i % 2]
    paras: list[tuple[float, str]] = [(115, t(h[:cut])), (115, t(h[cut + 1 :])), (0, ""), (115, t(f"{8 + i % 20} มกราคม 2570")), (0, ""),
             (20, "เรื่อง ขอหนังสือรับรองการชำระภาษีที่ดินและสิ่งปลูกสร้าง"), (20, f"เรียน นายกเทศมนตรี{name_t[6:]}"), (0, ""),
             (30, t(f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เจ้าของที่ดินโฉนดเลขที่ {40872 + i} เลขที่ดิน {57 + i} "
                    f"หน้าสำรวจ {1190 + i} จะขายที่ดินแปลงนี้ให้แก่{buyer} ในวันที่ 29 มกราคม 2570 ณ สำนักงานที่ดินจังหวัด{p.province} "
                    "จึงขอหนังสือรับรองว่าไม่มีภาษีที่ดินและสิ่งปลูกสร้างค้างชำระ ปีภาษี 2566-2570 เพื่อประกอบการจดทะเบียน")),
             (30, t(f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(p.mobile, i + 1)}")), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอหนังสือรับรองการชำระภาษี (ขายที่ดิน)", own_box(a), box, text="เรียน กองคลัง\nแนบหนังสือขอหนังสือรับรอง\n",
                  files=(("ขอหนังสือรับรอง.pdf", data, PDF),))  # fmt: skip
    e = own(a, NO_BIRTH)
    return Case("pdf_typed_certificate_request", raw, thai_too(e) if i % 2 else e)


def pdf_typed_accountant_letter(a: Party, i: int) -> Case:
    """An accounting firm's typed letter on its letterhead (name, office, line, its
    registration) questioning a client's ภ.ป.3: the client's name, ID and home, the
    shop's place, the sign's size and the tax; signed by the accountant as ผู้รับมอบอำนาจ."""
    p = a.p
    name_t, box, _ = town(a)
    acc, office, reg, mob, abox, aaddr, aline = ACCOUNTANTS[(i + 1) % 2]
    paras: list[tuple[float, str]] = [(20, office), (20, aaddr), (20, f"โทร {aline}  {reg}"), (0, ""),
             (120, f"{15 + i % 10} มกราคม 2570"), (0, ""), (20, "เรื่อง ขอให้ทบทวนการประเมินภาษีป้าย"), (20, f"เรียน นายกเทศมนตรี{name_t[6:]}"), (0, ""),
             (30, f"ตามที่{name_t}ได้แจ้งการประเมินภาษีป้าย (ภ.ป.3) เลขที่ {311 + i}/2570 ถึง {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
                  f"อยู่บ้านเลขที่ {home(a, i + 1)} เจ้าของร้านซึ่งตั้งอยู่ที่ {71 + i} {SHOP[p.province]} ป้ายขนาด 100 x 500 ซม. "
                  "ประเมินเป็นป้ายประเภท 3 ภาษี 5,000.00 บาท แต่ป้ายมีอักษรไทยอยู่เหนืออักษรต่างประเทศ จึงเป็นป้ายประเภท 2 ภาษี 2,600.00 บาท"),
             (30, f"สำนักงานฯ ในฐานะผู้รับมอบอำนาจของลูกค้า จึงขอให้ทบทวนการประเมิน ติดต่อกลับได้ที่ {mobile(mob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({acc})"), (108, "ผู้รับมอบอำนาจ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอทบทวนการประเมินภาษีป้าย (ลูกค้าสำนักงานบัญชี)", f"{office} <{abox}>", box,
                  text="เรียน กองคลัง\nแนบหนังสือขอทบทวนการประเมินภาษีป้ายของลูกค้า\n", files=(("letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_accountant_letter", raw, for_other(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_accountant_parcels(a: Party, i: int) -> Case:
    """An accountant's sheet of a client's parcels: her head block (office, mobile),
    the client's block (name, ID, home), the parcels (deeds, น.ส.3ก, areas, the tax)."""
    p = a.p
    _name_t, box, _ = town(a)
    acc, office, reg, mob, abox, _, aline = ACCOUNTANTS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ที่ดิน 2570"
        ws.append(("สรุปรายการที่ดินและสิ่งปลูกสร้าง ปีภาษี 2570",))
        ws.append(("จัดทำโดย", f"{acc} ({office})", reg, "โทร", aline, "มือถือ", mobile(mob, i)))
        ws.append(())
        ws.append(("ผู้เสียภาษี", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "เอกสารสิทธิ",
                "เลขที่",
                "เลขที่ดิน",
                "หน้าสำรวจ",
                "เนื้อที่ (ไร่-งาน-ตร.ว.)",
                "การใช้ประโยชน์",
                "ภาษี (บาท)",
            )
        )
        for n, row in enumerate([("โฉนด", 18801 + i, 204, 5521, "7-1-12", "เกษตรกรรม", 0.0),
                                 ("โฉนด", 18802 + i, 205, 5522, "0-1-50", "อยู่อาศัย (บ้านหลังหลัก)", 0.0),
                                 ("น.ส.3ก", 3106 + i, 17, 881, "2-0-00", "ว่างเปล่า", 1432.25)]):  # fmt: skip
            ws.append((n + 1, *row))
        ws.append(("", "", "", "", "", "", "รวม", 1432.25))

    raw = message(i, f"สรุปที่ดินของ{a.name} ปีภาษี 2570", f"{office} <{abox}>", box,
                  text=f"เรียน งานจัดเก็บรายได้\nแนบสรุปรายการที่ดินของลูกค้าเพื่อตรวจสอบยอดภาษี\n{acc}\n",
                  files=(("parcels_2570.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_accountant_parcels", raw, for_other(a, NO_BIRTH))


def xlsx_heirs_sheet(a: Party, i: int) -> Case:
    """A list of heirs to change the taxpayer of a dead owner's land: the dead owner's
    row (ID, birth and death dates), then the heirs (names, IDs, relation, homes,
    phones), the filer marked ผู้ยื่นคำขอ (second in v1, third in v2)."""
    p = a.p
    _name_t, box, _ = town(a)
    dead, dead_id, born, died = dead_of(a, i)
    others = [
        (f"นาย{('สมบูรณ์', 'ประวิทย์')[i % 2]} {p.last}", with_check_digit(str(370010077124 + 13 * i)), "บุตร", "19 หมู่ที่ 2 ตำบลเขาแร้ง อำเภอเมืองราชบุรี จังหวัดราชบุรี 70000", "0817762204"),
        (f"นาง{('สุดา', 'มาลี')[i % 2]} ทองสุข", with_check_digit(str(376010081459 + 17 * i)), "บุตร", "44/1 ถนนพานิชเจริญ ตำบลท่าราบ อำเภอเมืองเพชรบุรี จังหวัดเพชรบุรี 76000", "0894450771"),
    ]  # fmt: skip
    mine = (a.name, p.nid, "บุตร", home(a, i), mobile(p.mobile, i))

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทายาท"
        ws.append(("บัญชีเครือญาติผู้มีสิทธิรับมรดก (ประกอบคำขอเปลี่ยนชื่อผู้เสียภาษี)",))
        ws.append(
            ("ผู้ตาย", dead, nid_w(dead_id, i), f"เกิด {born_th(born, i)}", f"ตาย {thai_day(died)}")
        )
        ws.append(("ที่ดิน", f"โฉนดเลขที่ {7720 + i} ตำบล{p.tambon}"))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ความเกี่ยวพัน", "ที่อยู่", "โทรศัพท์", "หมายเหตุ"))
        rows = [others[0], mine, others[1]] if not i % 2 else [others[0], others[1], mine]
        for n, (nm, nid, rel, addr, ph) in enumerate(rows):
            ws.append((n + 1, nm, nid_w(nid, n), rel, addr, ph, "ผู้ยื่นคำขอ" if nm == a.name else ""))

    raw = message(i, "ส่งบัญชีเครือญาติ เปลี่ยนชื่อผู้เสียภาษีที่ดิน", own_box(a), box,
                  text=f"เรียน กองคลัง\nส่งบัญชีรายชื่อทายาทตามที่เจ้าหน้าที่ขอ{ending(a)} ผู้ยื่นคำขอคือ{me(a)}เอง\n",
                  files=(("ทายาท.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_heirs_sheet", raw, heir(a, ALL))


def xlsx_dorm_garbage(a: Party, i: int) -> Case:
    """A landlord's sheet for the dormitory's refuse fee: her head block (name, ID, home,
    mobile), the dormitory's name and place, the rooms with tenants and their phones."""
    p = a.p
    _name_t, box, _ = town(a)
    tenants = [("นายอภิชาติ ใจกล้า", "0812205581"), ("นางสาวน้ำฝน สีดา", "0935517720"), ("", ""),
               ("นายวุฒิชัย พรหมมา", "0863304418"), ("นางสาวแพรวา ชัยชนะ", "0619902247")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ห้องพัก"
        ws.append(("แบบแจ้งจำนวนห้องพักเพื่อคิดค่าธรรมเนียมเก็บขนขยะมูลฝอย",))
        ws.append(("ชื่อเจ้าของหอพัก", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่เจ้าของ", home(a, i + 1)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 2)))
        ws.append(("ชื่อหอพัก", f"{('บ้านสวน', 'ริมแคว')[i % 2]}แมนชั่น"))
        ws.append(("ที่ตั้งหอพัก", f"{201 + i} หมู่ที่ {2 + i % 5} ตำบล{p.tambon} อำเภอ{p.amphoe}"))
        ws.append(())
        ws.append(("ห้อง", "ผู้เช่า", "โทรผู้เช่า", "สถานะ"))
        for n, (nm, ph) in enumerate(tenants):
            ws.append((f"10{n + 1}", nm or "-", ph or "-", "มีผู้เช่า" if nm else "ว่าง"))
        ws.append(("รวมห้องที่มีผู้เช่า", 4, "ค่าธรรมเนียมต่อเดือน", "160.00"))

    raw = message(i, "แจ้งจำนวนห้องพัก ค่าขยะหอพัก", own_box(a), box,
                  text=f"เรียน งานรักษาความสะอาด\nแจ้งจำนวนห้องพักตามไฟล์แนบ{ending(a)}\n",
                  files=(("ห้องพัก.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_dorm_garbage", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the firm styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_instalments, (0, 16)),
    (plain_heir_refund_gmail, (2, 17)),
    (plain_line_chat_garbage, (1, 11)),
    (plain_accountant_signboard, (3, 22)),
    (plain_webform_water, (12, 19)),
    (html_gmail_objection_list, (7, 4)),
    (html_outlook_firm_staff_receipt, (0, 0)),
    (html_iphone_reply_quote, (5, 18)),
    (html_eservice_table, (8, 21)),
    (docx_objection_dotted, (9, 6)),
    (docx_poa_estate_admin, (10, 14)),
    (docx_exemption_letter, (23, 1)),
    (docx_firm_pp1_table, (0, 0)),
    (pdf_fillable_installment, (19, 0)),
    (pdf_fillable_refund_agent, (11, 7)),
    (pdf_typed_certificate_request, (4, 12)),
    (pdf_typed_accountant_letter, (13, 8)),
    (xlsx_accountant_parcels, (15, 20)),
    (xlsx_heirs_sheet, (6, 21)),
    (xlsx_dorm_garbage, (22, 9)),
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
