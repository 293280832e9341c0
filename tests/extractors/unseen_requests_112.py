"""A hundred-and-twelfth set of requests written by someone who had not read the readers
(issue 8): FOOD SHOP, STALL AND MARKET LICENCES AND FOOD HANDLERS' HEALTH CERTIFICATES at
the public health desks (กองสาธารณสุขและสิ่งแวดล้อม, งานสุขาภิบาลอาหาร) of เทศบาลนคร
เชียงราย, เทศบาลเมืองพะเยา, เทศบาลเมืองน่าน and town municipalities of Chiang Rai, Phayao
and Nan: a ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร renewed or changed, a หนังสือรับรองการแจ้ง
for a small shop with the landlord's consent (หนังสือยินยอมให้ใช้อาคาร), a แผงลอย permit
(ใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ) with helpers (ผู้ช่วยจำหน่าย) and their IDs, a
private or community market's licence (ใบอนุญาตจัดตั้งตลาด) asked by its committee's chair
(the committee's table, the vendors' list), food handlers' training and cards (บัตร
ประจำตัวผู้สัมผัสอาหาร) asked by an owner for her staff or by an employee for herself, a
company's restaurant and a hotel's kitchen, a landlord asking a former tenant's licence be
cancelled. Shop managers, employees, landlords, committee members, doctors' certificate
numbers, licence numbers, shops' places and lines beside the applicant's own values.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
and the earlier sets' first docstrings).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks; for a body the natural person who signs), sets 31/63 (a service for one person
asked by another is the one it is for), set 37 (where only another's phone is given,
phone `()`), sets 47/56/105 (the shop's, stall's, market's or building's place is never
the applicant's address; a shop's landline never her phone) and 56/60/101 (a firm: the
director who signs, his ID where given, the firm's office, line and box):
- a licence for a shop: the OWNER who holds or asks the licence (ผู้รับใบอนุญาต, ผู้ขอ,
  ผู้แจ้ง); where the shop's manager writes for the owner, the owner (the manager's name,
  ID, mobile and box never: phone and e-mail `()`); the manager or person in charge
  (ผู้ควบคุมกิจการ) named on the owner's form never;
- food handlers: the owner who asks for her staff (the staff's names, IDs, birth dates,
  phones never); an employee who asks for her own training or card is the applicant (her
  employer, the owner's name and phone, never);
- a stall: the vendor; her helpers (ผู้ช่วยจำหน่าย), a neighbouring vendor in a chat, the
  officer never;
- a market: the committee's chair who asks and signs, in her own name (her ID, home and
  mobile); the secretary as contact, the treasurer, the vendors never; the market's place
  never her address; the committee's shared box is not scored (no e-mail expected);
- a company: the director who signs for it (his ID where given, else `()`), the company's
  registered office, its line, and its box where it sends from it; the branch, its
  manager, the HR officer who sends never;
- a landlord: never the tenant's applicant; where the landlord himself asks (to cancel a
  former tenant's licence), he is the applicant and the tenant's values are never his.
Address: where the applicant lives (a firm: its registered office), house number to the
อำเภอ, with or without เลขที่/บ้านเลขที่, province and postal code; the shop, the stall's
spot, the market, the rented building and the branch never. Licence numbers (สอ., ผส.),
doctors' certificate numbers, receipt and e-service numbers, a firm's registration number,
areas, stall numbers and amounts are never an ID or a phone. Birth date ISO, the
applicant's only (not scored where only others' are given). Everyone and every
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
from unseen_requests import Case, date_written, mobile_written, nid_written, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

CR = "เชียงราย"
PY = "พะเยา"
NN = "น่าน"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected
DESKS = {CR: "health@chiangraicity.example.go.th", PY: "food@phayaocity.example.go.th",
         NN: "sukhaphiban@nanmunicipality.example.go.th"}  # fmt: skip
CITIES = {
    "เมืองเชียงราย": "เทศบาลนครเชียงราย",
    "เมืองพะเยา": "เทศบาลเมืองพะเยา",
    "เมืองน่าน": "เทศบาลเมืองน่าน",
    "เชียงของ": "เทศบาลตำบลเวียงเชียงของ",
}

# The applicants: owners, vendors, employees, chairs, a landlord.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุษบา", "ใจคำ", "357010023418", date(1972, 5, 9), "0817842261", "budsaba.jk@gmail.com",
      "118", "", "", "พหลโยธิน", "เวียง", "เมืองเชียงราย", CR, "57000"),
    P("นาย", "สมชาย", "ปัญญาวงค์", "357040011526", date(1966, 10, 21), "0895531740", "somchai.pw@hotmail.com",
      "45", "7", "", "", "แม่สาย", "แม่สาย", CR, "57130"),
    P("นางสาว", "ศิริพร", "อินต๊ะ", "356010045172", date(1990, 2, 14), "0623318895", "siriporn.inta@gmail.com",
      "23/1", "", "", "พหลโยธิน", "เวียง", "เมืองพะเยา", PY, "56000"),
    P("นาย", "ประเสริฐ", "ขัติยะ", "356050032281", date(1958, 7, 3), "0817065512", "",
      "99", "4", "", "", "หย่วน", "เชียงคำ", PY, "56110"),
    P("นาง", "จันทร์เพ็ญ", "สุริยะ", "355010019934", date(1979, 12, 30), "0862207734", "janpen.sr@gmail.com",
      "7", "", "", "สุมนเทวราช", "ในเวียง", "เมืองน่าน", NN, "55000"),
    P("นาย", "ธีรวัฒน์", "คำมูล", "355070028845", date(1985, 4, 17), "0931142786", "teerawat.km@gmail.com",
      "12", "2", "", "", "ปัว", "ปัว", NN, "55120"),
    P("นางสาว", "กาญจนา", "ศรีวิชัย", "357010066712", date(1996, 8, 25), "0958826104", "kanjana.sw@gmail.com",
      "301/5", "", "", "ธนาลัย", "เวียง", "เมืองเชียงราย", CR, "57000"),
    P("นาง", "อรุณี", "แสนคำ", "356010071148", date(1969, 1, 11), "0846612390", "arunee.sk@yahoo.com",
      "56", "3", "", "", "แม่ต๋ำ", "เมืองพะเยา", PY, "56000"),
    P("นาย", "วิรัตน์", "ทาอินทร์", "355020014563", date(1962, 9, 2), "0898817423", "",
      "8", "5", "", "", "กลางเวียง", "เวียงสา", NN, "55110"),
    P("นางสาว", "นภัสสร", "เตชะวงค์", "357020038897", date(1993, 3, 19), "0614479925", "napatsorn.tc@gmail.com",
      "77", "9", "", "", "บ้านดู่", "เมืองเชียงราย", CR, "57100"),
    P("นาง", "ลำดวน", "ไชยวงศ์", "355010052276", date(1975, 6, 6), "0821169043", "lamduan.cw@hotmail.com",
      "140", "", "", "มหาพรหม", "ในเวียง", "เมืองน่าน", NN, "55000"),
    P("นาย", "ณัฐวุฒิ", "ปิงเมือง", "356040017782", date(1988, 11, 27), "0972248816", "natthawut.pm@gmail.com",
      "19/2", "6", "", "", "ดอกคำใต้", "ดอกคำใต้", PY, "56120"),
    P("นาง", "พรรณี", "วงศ์ไชย", "357030027719", date(1970, 2, 8), "0813326679", "pannee.wc@gmail.com",
      "64", "1", "", "", "เวียง", "เชียงของ", CR, "57140"),
    P("นาย", "บุญเรือง", "ก๋าคำ", "355040036648", date(1955, 8, 15), "0857763120", "",
      "3", "8", "", "", "ท่าวังผา", "ท่าวังผา", NN, "55140"),
)  # fmt: skip

# Companies: a restaurant group in Chiang Rai, a hotel in Nan (registration number as nid).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "เชียงรายฟู้ดส์ แอนด์ เบฟเวอเรจ", "จำกัด", "057555800913", NONE, "053711426", "office@crfoods.example.co.th",
      "250", "", "", "พหลโยธิน", "รอบเวียง", "เมืองเชียงราย", CR, "57000", juristic=True),
    P("บริษัท ", "น่านริเวอร์ฟรอนท์ โฮเทล", "จำกัด", "055555600271", NONE, "054710552", "admin@nanriverfront.example.co.th",
      "88", "", "", "สุริยพงษ์", "ในเวียง", "เมืองน่าน", NN, "55000", juristic=True),
)  # fmt: skip
DIRECTORS: tuple[tuple[str, str], ...] = (
    ("นายพงศกร ลิ้มสกุล", with_check_digit("357010004412")),
    ("นางวรรณา ตั้งจิตต์", with_check_digit("355010008831")),
)
# Branch managers and HR officers (name, ID, mobile, box).
FIRM_STAFF: tuple[tuple[str, str, str, str], ...] = (
    (
        "นางสาวรัชนก บุญมา",
        with_check_digit("357010093316"),
        "0868842270",
        "ratchanok.b@crfoods.example.co.th",
    ),
    (
        "นายภูวดล สมบัติ",
        with_check_digit("355010087725"),
        "0917736651",
        "hr@nanriverfront.example.co.th",
    ),
)

# Shop managers (name, ID, mobile, box).
MANAGERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายอดิศักดิ์ มณีวงศ์", with_check_digit("357010088214"), "0816620493", "adisak.mgr@gmail.com"),
    (
        "นางสาวปวีณ์ธิดา คำแปง",
        with_check_digit("355010074425"),
        "0947723158",
        "paweethida.kp@gmail.com",
    ),
)
# Employees, helpers, vendors (name, ID, birth date, mobile).
STAFF: tuple[tuple[str, str, date, str], ...] = (
    ("นางสาวสุดารัตน์ ปันแก้ว", with_check_digit("357010091123"), date(1998, 4, 2), "0657781204"),
    ("นายจักรพันธ์ อินทะวงศ์", with_check_digit("356010082247"), date(2001, 9, 13), "0881204576"),
    ("นางบัวผัน ใจมา", with_check_digit("355010061138"), date(1964, 3, 30), "0897790125"),
    ("นางสาวมณีรัตน์ ยะปัญญา", with_check_digit("357020054419"), date(1995, 12, 1), "0623304418"),
    ("นายสุริยา คำปัน", with_check_digit("356030029954"), date(1990, 6, 22), "0935517760"),
)
# Owners an employee works for (name, mobile); landlords (name, ID, mobile, home).
OWNERS: tuple[tuple[str, str], ...] = (
    ("นางเกศินี วงค์ษา", "0816604172"),
    ("นายชัยวัฒน์ แซ่โค้ว", "0897714405"),
)
LANDLORDS: tuple[tuple[str, str, str, str], ...] = (
    ("นายเกียรติศักดิ์ ตั้งตระกูล", with_check_digit("357010012207"), "0818834126",
     "9/9 ถนนบรรพปราการ ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000"),
    ("นางศรีนวล ธนสาร", with_check_digit("355010033590"), "0869941207",
     "33 หมู่ที่ 2 ตำบลดู่ใต้ อำเภอเมืองน่าน จังหวัดน่าน 55000"),
)  # fmt: skip
# A market committee's secretary and treasurer (name, mobile).
COMMITTEE: tuple[tuple[str, str], ...] = (
    ("นางอำไพ สุวรรณ", "0894412077"),
    ("นางสาวเยาวลักษณ์ ดวงดี", "0625518843"),
)
SHOPS = ("ข้าวซอยป้าบุษ", "ก๋วยเตี๋ยวเรือริมกว๊าน", "ครัวน่านนคร", "ขนมจีนน้ำเงี้ยวแม่ศรี", "ส้มตำเจ๊หน่อย",
         "กาแฟดอยช้างคอร์เนอร์", "ข้าวมันไก่เฮียเส็ง", "หมูกระทะลุงหนวด", "น้ำเต้าหู้ปาท่องโก๋หน้าวัด", "ลาบคั่วเชียงของ")  # fmt: skip


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set112-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def desk(a: Party) -> str:
    return DESKS[a.p.province]


def agency(a: Party) -> str:
    return CITIES.get(a.p.amphoe, f"เทศบาลตำบล{a.p.tambon}")


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'noreply.user@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def shop(i: int) -> str:
    return SHOPS[i % len(SHOPS)]


def shop_place(a: Party, k: int) -> str:
    """The shop's, stall's or market's place: the applicant's own tambon, another house."""
    p = a.p
    if p.road:
        return f"{200 + 7 * k}/{1 + k % 5} ถนน{p.road} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}"
    return f"{300 + k} หมู่ที่ {int(p.moo) % 9 + 1} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}"


def shop_line(a: Party, k: int) -> str:
    prefix = "053" if a.p.province == CR else "054"
    return f"{prefix}-{700 + (13 * k) % 90:03d}-{(379 * k + 105) % 1000:03d}"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if "email" in e and not a.p.email:
        e.pop("email")
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def firm(k: int, keys: str, *, with_id: bool) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    name, nid = DIRECTORS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    return e


def gmail_html(lines: list[str], tail: str = "") -> str:
    return (
        '<div dir="ltr">'
        + "".join(f"<div>{x or '<br>'}</div>" for x in lines)
        + "</div>"
        + tail
        + "\n"
    )


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_food_shop_renewal": "the owner who holds the licence; the shop's place and line never",
    "plain_manager_for_owner": "the owner; never the manager who writes (his ID, mobile, box): phone, e-mail ()",
    "plain_line_forward_stall": "the vendor who forwards her chat; the other vendor and the officer never",
    "plain_employee_health_cert": "the employee for her own card; the owner (name, mobile) and shop never",
    "plain_webform_market_notice": "the market committee's chair in the form; the secretary, the market never",
    "html_gmail_owner_staff_table": "the owner in her signature; the staff table's rows never",
    "html_outlook_company_restaurant": "the director who signs (his ID); the firm's office, line, box; branch never",
    "html_reply_quoted_clerk": "the owner replying; her new mobile, never the old one or the clerk's quoted lines",
    "html_landlord_consent_gmail": "the tenant who asks; the landlord's section (name, ID, home, phone) never",
    "docx_sor_form": "the ผู้ขออนุญาต on the dotted form; the ผู้ควบคุมกิจการ and the shop's place never",
    "docx_market_committee_letter": "the chair who signs; the committee's table (secretary, treasurer) never",
    "docx_landlord_consent_attached": "the tenant's request; the landlord's consent page never",
    "docx_company_health_cert_list": "the managing director who signs (no ID: ()); firm's office, line; staff never",
    "pdf_fillable_food_licence": "the applicant_* fields; shop_* and manager_* never",
    "pdf_fillable_stall_permit": "the ผู้ขอ; the ผู้ช่วยจำหน่าย fields never",
    "pdf_typed_employee_letter": "the employee who writes (block top right); the owner never",
    "pdf_typed_landlord_letter": "the landlord who asks (block top right); the former tenant never",
    "xlsx_owner_staff_health": "the owner's head block; the staff rows never",
    "xlsx_market_vendor_list": "the chair's head block; the vendors' rows never",
    "xlsx_stall_ab_form": "the vendor's rows; the helper's rows never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_food_shop_renewal(a: Party, i: int) -> Case:
    """An owner renews her food shop's licence from her iPhone: the licence's number, the
    shop's place and line, its area and staff count, then her own lines."""
    p = a.p
    text = (
        f"เรียน หัวหน้างานสุขาภิบาลอาหาร กองสาธารณสุขและสิ่งแวดล้อม {agency(a)}\n\n"
        f"{me(a)} {a.name} ผู้รับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ใบอนุญาตเลขที่ สอ.{12 + i}/2569 "
        f"ร้าน{shop(i)} ตั้งอยู่เลขที่ {shop_place(a, i)} โทรร้าน {shop_line(a, i)}\n"
        "ขอต่ออายุใบอนุญาตประจำปี 2570 พื้นที่ประกอบการ 85 ตารางเมตร ผู้สัมผัสอาหาร 4 คน\n\n"
        f"เลขประจำตัวประชาชน {nid_written(p.nid, i)}\nวันเกิด {date_written(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\nมือถือ {mobile_written(p.mobile, i)}\n\n"
        f"จะไปชำระค่าธรรมเนียม 1,500 บาท วันที่ 15 ธ.ค. นี้{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, f"ต่ออายุใบอนุญาตร้าน{shop(i)}", own_box(a), desk(a), text=text)
    return Case("plain_iphone_food_shop_renewal", raw, own(a, ALL))


def plain_manager_for_owner(a: Party, i: int) -> Case:
    """A shop's manager asks from his own Gmail to change the owner's licence (a larger
    floor): the owner's name, ID and home in a block, the manager's mobile and name."""
    p = a.p
    mgr, mgr_id, mgr_mob, mgr_box = MANAGERS[i % 2]
    word = "ผม" if mgr.startswith("นาย") else "ดิฉัน"
    text = (
        f"เรียน เจ้าหน้าที่งานสุขาภิบาลอาหาร {agency(a)}\n\n"
        f"{word} {mgr} เลขประจำตัวประชาชน {nid_w(mgr_id, i)} ผู้จัดการร้าน{shop(i + 3)} "
        "ขอแจ้งเปลี่ยนแปลงรายการในใบอนุญาตแทนเจ้าของร้าน เนื่องจากเจ้าของร้านอยู่ระหว่างรักษาตัวที่โรงพยาบาล\n\n"
        f"ผู้รับใบอนุญาต\nชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i + 1)}\n\n"
        f"ขอเปลี่ยนแปลง: ขยายพื้นที่ประกอบการจาก 60 เป็น 110 ตารางเมตร เพิ่มโต๊ะ 8 ตัว\nใบอนุญาตเลขที่ สอ.{88 + i}/2568\n"
        f"ร้านตั้งอยู่ที่ {shop_place(a, i + 2)}\n\n"
        f"มีข้อสงสัยติดต่อ{word}ได้ที่ {mobile(mgr_mob, i)}\n{mgr}\nผู้จัดการร้าน{shop(i + 3)}\n\nSent from my Galaxy\n"
    )
    raw = message(i, "แจ้งเปลี่ยนแปลงรายการใบอนุญาตสถานที่จำหน่ายอาหาร", f"{mgr.split()[0][3:] if mgr.startswith('นาย') else mgr.split()[0][6:]} <{mgr_box}>", desk(a), text=text)  # fmt: skip
    return Case("plain_manager_for_owner", raw, for_other(a, NO_BIRTH))


def plain_line_forward_stall(a: Party, i: int) -> Case:
    """A vendor forwards a LINE group's chat with the city's officer, where she gave her
    details for a stall permit; another vendor gave his in the same chat."""
    p = a.p
    other, o_id, o_born, o_mob = STAFF[4 - i % 2]
    nick = p.first
    text = (
        f"ส่งประวัติแชทตามที่เจ้าหน้าที่แจ้งไว้{ending(a)}\n\n"
        '[LINE] ประวัติการแชทในกลุ่ม "ผู้ค้าถนนคนเดิน"\n'
        f"วันที่บันทึก: 0{2 + i % 6}/12/2569 20:14\n\n"
        f"วันพุธ, 0{1 + i % 6}/12/2569\n"
        "09:02\tจนท.เทศกิจ เทศบาล\tผู้ค้าที่จะขอใบอนุญาตแผงลอยรอบใหม่ ส่งชื่อ เลขบัตร วันเกิด ที่อยู่ เบอร์โทร ในกลุ่มนี้ได้เลยครับ\n"
        f"09:05\t{other.split()[0][3:] if other.startswith('นาย') else other.split()[0][6:]}\t{other} {nid_w(o_id, i)} เกิด {born_th(o_born, i)} โทร {mobile(o_mob, i)} แผงที่ 14 ขายน้ำปั่นครับ\n"
        f"09:11\t{nick}\tสวัสดี{ending(a)} ขอต่อใบอนุญาตแผงลอย ขายไส้อั่วกับแคบหมู แผงที่ {21 + i}\n"
        f"09:11\t{nick}\t{a.name}\n"
        f"09:12\t{nick}\t{nid_written(p.nid, i + 2)}\n"
        f"09:12\t{nick}\tเกิด {date_written(p.born, i + 1)}\n"
        f"09:13\t{nick}\tบ้านเลขที่ {home(a, i + 2)}\n"
        f"09:13\t{nick}\t{mobile_written(p.mobile, i + 3)}\n"
        "09:20\tจนท.เทศกิจ เทศบาล\tรับทราบครับ ขอให้ส่งแชทนี้เข้าอีเมลงานด้วยครับ\n"
    )
    raw = message(i, "Fwd: ประวัติแชท LINE ขอใบอนุญาตแผงลอย", own_box(a), desk(a), text=text)
    return Case("plain_line_forward_stall", raw, own(a, ALL))


def plain_employee_health_cert(a: Party, i: int) -> Case:
    """An employee asks for her own food handlers' training and card from Outlook for
    Android: her employer's shop and owner (his mobile), her doctor's certificate number."""
    p = a.p
    owner, o_mob = OWNERS[i % 2]
    text = (
        f"เรียน งานส่งเสริมสุขภาพ {agency(a)}\n\n"
        f"{me(a)} {a.name} เป็นพนักงานผู้สัมผัสอาหาร ร้าน{shop(i + 5)} (เจ้าของร้าน {owner} โทร {mobile(o_mob, i + 1)}) "
        f"ขอสมัครเข้ารับการอบรมผู้สัมผัสอาหาร รุ่นที่ {3 + i % 4}/2570 และขอรับบัตรประจำตัวผู้สัมผัสอาหาร\n\n"
        f"เลขประจำตัวประชาชน: {nid_written(p.nid, i + 3)}\nเกิดวันที่: {date_written(p.born, i + 2)}\n"
        f"ที่อยู่ปัจจุบัน: {home(a, i + 2)}\nเบอร์โทร: {mobile_written(p.mobile, i + 1)}\n"
        f"ใบรับรองแพทย์ โรงพยาบาลเชียงรายประชานุเคราะห์ เลขที่ 2569/{18843 + i} ลงวันที่ 28/11/2569\n\n"
        f"ขอบคุณ{ending(a)}\n{a.name}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "สมัครอบรมผู้สัมผัสอาหาร", own_box(a), desk(a), text=text)
    return Case("plain_employee_health_cert", raw, own(a, ALL))


def plain_webform_market_notice(a: Party, i: int) -> Case:
    """The city's e-service notification of a market licence's renewal: the chair's
    lines, the market's name and place, the secretary as the contact, the IP and time."""
    p = a.p
    sec, sec_mob = COMMITTEE[i % 2]
    text = (
        f"ระบบ e-Service {agency(a)}\nมีคำร้องใหม่ เลขที่รับ ES-2569-{4812 + i:06d}\n\n"
        "ประเภทคำร้อง: ขอต่ออายุใบอนุญาตจัดตั้งตลาด (ตลาดประเภทที่ 2)\n"
        f"ชื่อผู้ยื่นคำร้อง: {a.name}\nในนามของ: คณะกรรมการตลาดสดชุมชนบ้าน{p.tambon}\nตำแหน่ง: ประธานกรรมการ\n"
        f"เลขประจำตัวประชาชน: {p.nid}\nที่อยู่ผู้ยื่นคำร้อง: {home(a, i)}\n"
        f"โทรศัพท์มือถือ: {p.mobile}\nอีเมล: {p.email}\n"
        f"ชื่อตลาด: ตลาดสดชุมชนบ้าน{p.tambon}\nที่ตั้งตลาด: {shop_place(a, i + 4)}\nจำนวนแผง: {48 + i} แผง\n"
        f"ผู้ประสานงาน: {sec} (เลขานุการ) โทร {mobile(sec_mob, i)}\n"
        f"IP: 171.100.22.{10 + i}\nเวลาที่ส่ง: 0{3 + i % 5}/12/2569 19:4{i % 10}\n\n"
        "อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(
        i,
        f"[e-Service] คำร้องใหม่ ES-2569-{4812 + i:06d}",
        "e-Service <no-reply@eservice.example.go.th>",
        desk(a),
        text=text,
    )
    return Case("plain_webform_market_notice", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_owner_staff_table(a: Party, i: int) -> Case:
    """An owner's Gmail with a table of her kitchen staff (IDs, birth dates, check-up
    dates, mobiles) for food handlers' cards; her own lines in the signature."""
    p = a.p
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{s[0]}</td><td>{nid_w(s[1], i + n)}</td><td>{born_th(s[2], n)}</td>"
        f"<td>2{n}/11/2569</td><td>{mobile(s[3], n)}</td></tr>"
        for n, s in enumerate(STAFF[i % 2 : i % 2 + 3])
    )
    table = ('<table border="1" cellspacing="0" cellpadding="4"><tr><th>ลำดับ</th><th>ชื่อ-สกุล</th>'
             "<th>เลขบัตรประชาชน</th><th>วันเกิด</th><th>ตรวจสุขภาพ</th><th>เบอร์โทร</th></tr>" + rows + "</table>")  # fmt: skip
    lines = [f"เรียน กองสาธารณสุขและสิ่งแวดล้อม {agency(a)}", "",
             f"ร้าน{shop(i + 1)} ขอส่งรายชื่อพนักงานเข้ารับการอบรมและออกบัตรประจำตัวผู้สัมผัสอาหาร จำนวน 3 คน ตามตารางนี้"]  # fmt: skip
    sig = ["ขอบคุณ" + ending(a), "", "--", a.name, f"เจ้าของร้าน{shop(i + 1)}",
           f"เลขบัตร {nid_w(p.nid, i + 2)}", f"บ้าน {home(a, i + 3)}", f"โทร {mobile(p.mobile, i + 2)}",
           f"ร้าน: {shop_place(a, i + 1)} โทร {shop_line(a, i + 1)}"]  # fmt: skip
    html = gmail_html(lines) + table + gmail_html(sig)
    raw = message(i, "ส่งรายชื่อพนักงานอบรมผู้สัมผัสอาหาร", own_box(a), desk(a), html=html)
    return Case("html_gmail_owner_staff_table", raw, own(a, NO_BIRTH))


def html_outlook_company_restaurant(a: Party, i: int) -> Case:
    """A company asks from its Outlook box a licence for a new branch: its registration
    number and head office, the director who signs (his ID), the branch's manager (her
    ID, mobile) as the contact, the director's signature with the office's line."""
    k = i % 2
    f = FIRMS[k]
    d_name, d_id = DIRECTORS[k]
    m_name, m_id, m_mob, _ = FIRM_STAFF[k]
    city = agency(f)
    paras = [f"เรียน {city.replace('เทศบาล', 'นายกเทศมนตรี')}", "",
             "เรื่อง ขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (สาขาใหม่)", "",
             f"ด้วย{f.name} ทะเบียนนิติบุคคลเลขที่ {f.p.nid} สำนักงานใหญ่ตั้งอยู่เลขที่ {home(f, i)} "
             f"จะเปิดร้านอาหารสาขาที่ {3 + k} ณ {shop_place(f, i + 6)} พื้นที่ 240 ตารางเมตร",
             f"โดยมี {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i)} กรรมการผู้มีอำนาจ เป็นผู้ยื่นคำขอ "
             f"และมอบหมายให้ {m_name} เลขประจำตัวประชาชน {nid_w(m_id, i + 1)} ผู้จัดการสาขา โทร {mobile(m_mob, i)} เป็นผู้ประสานงาน",
             "จึงเรียนมาเพื่อโปรดพิจารณา", ""]  # fmt: skip
    sig = (f'<p class="MsoNormal">ขอแสดงความนับถือ</p><p class="MsoNormal">{d_name}</p>'
           f'<p class="MsoNormal">กรรมการผู้จัดการ</p><p class="MsoNormal"><b>{f.name}</b></p>'
           f'<p class="MsoNormal">โทร {tel(f, i)} | แฟกซ์ {tel(f, i + 1)[:-1]}9</p>'
           f'<p class="MsoNormal"><a href="mailto:{f.p.email}">{f.p.email}</a></p>')  # fmt: skip
    raw = message(i, "ขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร สาขาใหม่", f"{f.name} <{f.p.email}>", desk(f),
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_company_restaurant", raw, firm(k, NO_BIRTH, with_id=True))


def html_reply_quoted_clerk(a: Party, i: int) -> Case:
    """An owner's Gmail reply above the clerk's quoted mail asking missing papers: her
    ID, birth date, home and a new mobile (the old one cancelled) over the clerk's lines."""
    p = a.p
    old = f"08{(7 * i + 3) % 10}{(3_771_245 + 97 * i) % 10_000_000:07d}"
    clerk = ("นางสาววิภาวรรณ คำฟู", "นายธนพล จันทร์ต๊ะ")[i % 2]
    top = [f"เรียน คุณ{clerk.split()[0][6:] if clerk.startswith('นางสาว') else clerk.split()[0][3:]}", "",
           f"ส่งข้อมูลเพิ่มเติมตามที่แจ้ง{ending(a)}", f"เลขบัตร: {nid_written(p.nid, i)}",
           f"วันเกิด: {date_written(p.born, i + 3)}", f"ที่อยู่ตามบัตร: {home(a, i)}",
           f"เบอร์ใหม่ {mobile_written(p.mobile, i)} (เบอร์เดิมในคำขอ {mobile(old, i)} ยกเลิกแล้ว)", "", a.name]  # fmt: skip
    quote = (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ วันอังคารที่ 1 ธ.ค. 2569 เวลา 10:2{i % 10} '
        f'{clerk} &lt;{desk(a)}&gt; เขียนว่า:<br></div><blockquote class="gmail_quote" '
        'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"<div>เรียน คุณ{p.first}</div><div>ตามที่ท่านยื่นคำขอหนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหาร เลขรับ 2569/0{412 + i} "
        f"ร้าน{shop(i + 2)} ยังขาดสำเนาบัตรประชาชนและวันเกิดของผู้แจ้ง กรุณาส่งเพิ่มเติมภายใน 7 วัน</div><div><br></div>"
        f"<div>{clerk}</div><div>นักวิชาการสาธารณสุข {agency(a)}</div><div>โทร {shop_line(a, 40 + i)} ต่อ 112</div>"
        "</blockquote></div>"
    )
    raw = message(
        i, "Re: ขอเอกสารเพิ่มเติม หนังสือรับรองการแจ้ง", own_box(a), desk(a), html=gmail_html(top, quote)
    )
    return Case("html_reply_quoted_clerk", raw, own(a, ALL))


def html_landlord_consent_gmail(a: Party, i: int) -> Case:
    """A tenant's Gmail for a small shop's notification (not over 200 m²): her section and
    the landlord's section (his name, ID, home, phone) as bold heads and lists; the
    landlord's first in v2."""
    p = a.p
    ll, ll_id, ll_mob, ll_home = LANDLORDS[i % 2]
    mine = ["<b>ข้อมูลผู้แจ้ง</b>", f"ชื่อ-สกุล: {a.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}",
            f"วันเดือนปีเกิด: {born_th(p.born, i)}", f"ที่อยู่: {home(a, i + 1)}", f"โทรศัพท์: {mobile(p.mobile, i + 1)}", ""]  # fmt: skip
    his = ["<b>ข้อมูลเจ้าของอาคาร (ผู้ให้เช่า)</b>", f"ชื่อ-สกุล: {ll}", f"เลขประจำตัวประชาชน: {nid_w(ll_id, i + 1)}",
           f"ที่อยู่: {ll_home}", f"โทรศัพท์: {mobile(ll_mob, i)}", "ยินยอมให้ใช้อาคารตามหนังสือยินยอมที่แนบ", ""]  # fmt: skip
    lines = [f"เรียน กองสาธารณสุขและสิ่งแวดล้อม {agency(a)}", "",
             f"{me(a)}ขอแจ้งจัดตั้งสถานที่จำหน่ายอาหาร พื้นที่ไม่เกิน 200 ตารางเมตร ชื่อร้าน{shop(i + 4)} "
             f"ที่อาคารเช่าเลขที่ {shop_place(a, i + 3)} พื้นที่ 48 ตารางเมตร", ""]  # fmt: skip
    lines += (his + mine) if i % 2 else (mine + his)
    lines += [f"ขอบคุณ{ending(a)}", a.name]
    raw = message(
        i, "แจ้งจัดตั้งสถานที่จำหน่ายอาหาร (อาคารเช่า)", own_box(a), desk(a), html=gmail_html(lines)
    )
    return Case("html_landlord_consent_gmail", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def dots(v: str) -> str:
    return f"....{v}...."


def docx_sor_form(a: Party, i: int) -> Case:
    """The municipality's คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (แบบ สอ.1) filled on its
    dotted lines in Word: the address in parts, age, the ผู้ควบคุมกิจการ's name and ID,
    the shop's own place in parts; Thai digits in v2."""
    p = a.p
    mgr, mgr_id, _, _ = MANAGERS[(i + 1) % 2]
    t = thai if i % 2 else (lambda s: s)
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("แบบ สอ.1")
        d.add_paragraph("คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร")
        d.add_paragraph(
            f"เขียนที่{dots(agency(a))}\nวันที่{dots(t(str(3 + i % 20)))}เดือน{dots('ธันวาคม')}พ.ศ.{dots(t('2569'))}"
        )
        d.add_paragraph(
            f"ข้าพเจ้า{dots(a.name)}อายุ{dots(t(str(age)))}ปี สัญชาติ{dots('ไทย')}"
            f"เลขประจำตัวประชาชน{dots(t(p.nid))}เกิดวันที่{dots(t(born_th(p.born, i)))}"
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่{dots(t(p.house))}หมู่ที่{dots(t(p.moo) or '-')}ตรอก/ซอย{dots('-')}ถนน{dots(p.road or '-')}"
            f"ตำบล{dots(p.tambon)}อำเภอ{dots(p.amphoe)}จังหวัด{dots(p.province)}รหัสไปรษณีย์{dots(t(p.postal))}"
            f"โทรศัพท์{dots(t(mobile(p.mobile, i)))}"
        )
        d.add_paragraph(
            f"ขอยื่นคำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ประเภท ร้านอาหาร ชื่อสถานประกอบการ{dots(shop(i + 6))}"
            f"พื้นที่ประกอบการ{dots(t('120'))}ตารางเมตร ตั้งอยู่เลขที่{dots(t(shop_place(a, i + 5)))}"
            f"โทรศัพท์{dots(t(shop_line(a, i + 5)))}"
        )
        d.add_paragraph(f"ชื่อผู้ควบคุมกิจการ{dots(mgr)}เลขประจำตัวประชาชน{dots(t(mgr_id))}")
        d.add_paragraph(
            "พร้อมคำขอนี้ ข้าพเจ้าได้แนบหลักฐานมาด้วยแล้ว ดังนี้\n(1) สำเนาบัตรประจำตัวประชาชน\n(2) ใบรับรองแพทย์ของผู้สัมผัสอาหาร"
        )
        d.add_paragraph(f"(ลงชื่อ)....................ผู้ขออนุญาต\n({a.name})")

    raw = message(i, "ยื่นคำขอ สอ.1", own_box(a), desk(a), text=f"เรียน เจ้าหน้าที่\nแนบแบบ สอ.1 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("แบบ_สอ1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_sor_form", raw, own(a, ALL))


def docx_market_committee_letter(a: Party, i: int) -> Case:
    """A community market committee's letter in Word, signed by its chair: her ID and
    home in the body, the market's place at the head, the committee's table (names,
    posts, mobiles), her mobile under her signature. Sent from the committee's box."""
    p = a.p
    (sec, sec_mob), (tre, tre_mob) = COMMITTEE[i % 2], COMMITTEE[(i + 1) % 2]
    market = f"ตลาดสดชุมชนบ้าน{p.tambon}"

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ คตช. {5 + i}/2569\t\t\tคณะกรรมการ{market}\n\t\t\t\t{shop_place(a, i + 8)}"
        )
        d.add_paragraph(f"\t\t\t\t{9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอต่ออายุใบอนุญาตจัดตั้งตลาด ประเภทที่ 2\nเรียน {agency(a).replace('เทศบาล', 'นายกเทศมนตรี')}"
        )
        d.add_paragraph(
            f"ด้วยคณะกรรมการ{market} โดยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ในฐานะประธานคณะกรรมการ ขอต่ออายุใบอนุญาตจัดตั้งตลาดเลขที่ ต.{3 + i}/2569 "
            f"ซึ่งมีแผงจำหน่ายสินค้า {52 + i} แผง ทั้งนี้ได้ปรับปรุงรางระบายน้ำและที่พักขยะตามคำแนะนำของเจ้าหน้าที่แล้ว"
        )
        d.add_paragraph("รายชื่อคณะกรรมการตลาด")
        table = d.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for c, h in zip(table.rows[0].cells, ("ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์"), strict=True):
            c.text = h
        for row in ((a.name, "ประธาน", mobile(p.mobile, i)), (sec, "เลขานุการ", mobile(sec_mob, i + 1)),
                    (tre, "เหรัญญิก", mobile(tre_mob, i + 2))):  # fmt: skip
            cells = table.add_row().cells
            for c, v in zip(cells, row, strict=True):
                c.text = v
        d.add_paragraph(
            f"จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n({a.name})\nประธานคณะกรรมการ{market}\nโทร {mobile(p.mobile, i + 3)}"
        )

    raw = message(i, f"หนังสือ{market} ขอต่ออายุใบอนุญาตตลาด", f"ตลาดสด{p.tambon} <talad.{p.postal}.{i}@gmail.com>", desk(a),
                  text=f"เรียน กองสาธารณสุข\nส่งหนังสือขอต่ออายุใบอนุญาตจัดตั้งตลาด ({sec} เลขานุการ ผู้ส่ง)\n",
                  files=(("หนังสือขอต่ออายุตลาด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_market_committee_letter", raw, own(a, NO_MAIL))


def docx_landlord_consent_attached(a: Party, i: int) -> Case:
    """A tenant's Word file of two parts: her own letter notifying a small shop (her ID,
    home, mobile) and the landlord's หนังสือยินยอมให้ใช้อาคาร (his ID, age, home, phone,
    the building); the landlord's page first in v2."""
    p = a.p
    ll, ll_id, ll_mob, ll_home = LANDLORDS[(i + 1) % 2]
    place = shop_place(a, i + 7)
    mine = [f"เรื่อง แจ้งจัดตั้งสถานที่จำหน่ายอาหาร\nเรียน เจ้าพนักงานท้องถิ่น {agency(a)}",
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i + 2)} "
            f"โทรศัพท์ {mobile(p.mobile, i + 3)} ขอแจ้งจัดตั้งสถานที่จำหน่ายอาหาร ชื่อร้าน{shop(i + 7)} ณ อาคารเลขที่ {place} "
            "พื้นที่ 36 ตารางเมตร โดยเช่าอาคารจากเจ้าของอาคารตามหนังสือยินยอมที่แนบ",
            f"ลงชื่อ....................ผู้แจ้ง\n({a.name})"]  # fmt: skip
    his = ["หนังสือยินยอมให้ใช้อาคาร",
           f"ข้าพเจ้า {ll} อายุ {51 + i} ปี เลขประจำตัวประชาชน {nid_w(ll_id, i)} อยู่บ้านเลขที่ {ll_home} "
           f"โทรศัพท์ {mobile(ll_mob, i + 1)} เป็นเจ้าของอาคารเลขที่ {place} ยินยอมให้ {a.name} "
           "ใช้อาคารดังกล่าวเป็นสถานที่จำหน่ายอาหาร ตามสัญญาเช่าลงวันที่ 1 พฤศจิกายน 2569 มีกำหนด 3 ปี",
           f"ลงชื่อ....................ผู้ให้ความยินยอม\n({ll})\nลงชื่อ....................ผู้ได้รับความยินยอม\n({a.name})\n"
           "ลงชื่อ....................พยาน\n(นายสมควร ปันทะ)"]  # fmt: skip

    def build(d: Any) -> None:
        first, second = (his, mine) if i % 2 else (mine, his)
        for x in first:
            d.add_paragraph(x)
        d.add_page_break()
        for x in second:
            d.add_paragraph(x)

    raw = message(i, "แจ้งจัดตั้งสถานที่จำหน่ายอาหาร พร้อมหนังสือยินยอม", own_box(a), desk(a),
                  text=f"เรียน กองสาธารณสุข\nแนบหนังสือแจ้งและหนังสือยินยอมของเจ้าของอาคาร{ending(a)}\n",
                  files=(("แจ้งจัดตั้ง_ยินยอม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_landlord_consent_attached", raw, own(a, NO_BIRTH))


def docx_company_health_cert_list(a: Party, i: int) -> Case:
    """A hotel's or restaurant group's letterhead letter in Word sending its kitchen staff
    to food handlers' training: the letterhead (office, line, box, tax number), the staff
    table (IDs, birth dates), the HR officer as contact, signed by the managing director
    (no ID). Sent from the HR officer's box."""
    k = (i + 1) % 2
    f = FIRMS[k]
    d_name, _ = DIRECTORS[k]
    h_name, _, h_mob, h_box = FIRM_STAFF[k]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{f.name}\n{home(f, i)} โทร {tel(f, i)} อีเมล {f.p.email}\nเลขประจำตัวผู้เสียภาษี {f.p.nid}"
        )
        d.add_paragraph(f"ที่ HR {140 + i}/2569\t\t\t\t{4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอส่งพนักงานเข้ารับการอบรมผู้สัมผัสอาหาร\nเรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {agency(f)}"
        )
        d.add_paragraph(
            "ด้วยบริษัทฯ ประสงค์ส่งพนักงานฝ่ายครัวเข้ารับการอบรมผู้สัมผัสอาหาร และขอรับบัตรประจำตัวผู้สัมผัสอาหาร จำนวน 4 คน ตามรายชื่อดังนี้"
        )
        table = d.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for c, h in zip(
            table.rows[0].cells, ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด"), strict=True
        ):
            c.text = h
        for n, s in enumerate(STAFF[k : k + 4]):
            for c, v in zip(
                table.add_row().cells,
                (str(n + 1), s[0], nid_w(s[1], n), born_th(s[2], n + i)),
                strict=True,
            ):
                c.text = v
        d.add_paragraph(f"ผู้ประสานงาน {h_name} เจ้าหน้าที่ฝ่ายบุคคล โทร {mobile(h_mob, i)}")
        d.add_paragraph(f"จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n({d_name})\nกรรมการผู้จัดการ")

    raw = message(i, "ส่งพนักงานอบรมผู้สัมผัสอาหาร", f"{h_name.split()[0][3:] if h_name.startswith('นาย') else h_name.split()[0][6:]} HR <{h_box}>",
                  desk(f), text="เรียน กองสาธารณสุข\nแนบหนังสือบริษัทฯ ขอส่งพนักงานเข้ารับการอบรม\n",
                  files=(("หนังสือส่งอบรม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_company_health_cert_list", raw, firm(k, NO_MAIL, with_id=False))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_food_licence(a: Party, i: int) -> Case:
    """A fillable licence form with English field names: applicant_*, then shop_* (name,
    place, line) and manager_* (the person in charge, his ID and mobile)."""
    p = a.p
    mgr, mgr_id, mgr_mob, _ = MANAGERS[i % 2]
    labels = [(40, 18, "คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร"), (80, 26, agency(a)),
              (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 86, "ชื่อสถานประกอบการ"), (20, 96, "ที่ตั้ง"),
              (20, 106, "โทรศัพท์สถานประกอบการ"), (20, 122, "ผู้ควบคุมกิจการ"), (20, 132, "เลขประจำตัวประชาชน"),
              (120, 132, "โทรศัพท์"), (20, 160, "ลงชื่อ ........................ ผู้ขอ")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 45, 40, 100), Field("applicant_nid", p.nid, 60, 50, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i + 1), 135, 50, 45), Field("applicant_addr", home(a, i), 35, 60, 160),
              Field("applicant_tel", mobile(p.mobile, i), 45, 70, 55), Field("applicant_email", p.email, 125, 70, 70),
              Field("shop_name", f"ร้าน{shop(i + 8)}", 60, 86, 100), Field("shop_addr", shop_place(a, i + 9), 35, 96, 160),
              Field("shop_tel", shop_line(a, i + 9), 70, 106, 55), Field("manager_name", mgr, 55, 122, 90),
              Field("manager_nid", mgr_id, 60, 132, 55, comb=13), Field("manager_tel", mobile(mgr_mob, i + 1), 135, 132, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอใบอนุญาตสถานที่จำหน่ายอาหาร (PDF)", own_box(a), desk(a), text=f"แนบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("food_licence_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_food_licence", raw, own(a, ALL))


def pdf_fillable_stall_permit(a: Party, i: int) -> Case:
    """A fillable แผงลอย permit form with Thai field names: the vendor's lines, the
    goods and spot, two helpers with their IDs, the doctor's certificate number."""
    p = a.p
    h1, h2 = STAFF[i % 5], STAFF[(i + 2) % 5]
    labels = [(30, 18, "คำขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ (แผงลอย)"), (80, 26, agency(a)),
              (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขบัตร"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (20, 84, "สินค้าที่จำหน่าย"), (20, 94, "สถานที่ตั้งแผง"), (20, 108, "ผู้ช่วยจำหน่าย 1"), (120, 108, "เลขบัตร"),
              (20, 118, "ผู้ช่วยจำหน่าย 2"), (120, 118, "เลขบัตร"), (20, 132, "ใบรับรองแพทย์เลขที่")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", a.name, 45, 40, 100), Field("เลขบัตร", nid_w(p.nid, i), 40, 50, 60),
              Field("วันเกิด", born_th(p.born, i + 2), 135, 50, 45), Field("ที่อยู่", home(a, i + 1), 35, 60, 160),
              Field("โทรศัพท์", mobile(p.mobile, i + 1), 45, 70, 55), Field("สินค้าที่จำหน่าย", "ผลไม้ตามฤดูกาล", 55, 84, 100),
              Field("สถานที่ตั้งแผง", f"หน้าตลาดเทศบาล ถนน{p.road or 'สายหลัก'} แผงที่ {30 + i}", 55, 94, 130),
              Field("ผู้ช่วย1", h1[0], 55, 108, 60), Field("เลขบัตรผู้ช่วย1", h1[1], 135, 108, 55, comb=13),
              Field("ผู้ช่วย2", h2[0], 55, 118, 60), Field("เลขบัตรผู้ช่วย2", h2[1], 135, 118, 55, comb=13),
              Field("ใบรับรองแพทย์", f"รพ.{p.amphoe} {2569}/{7721 + i}", 65, 132, 80)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ขออนุญาตแผงลอย", own_box(a), desk(a), text=f"เรียน ฝ่ายเทศกิจ\nแนบแบบคำขอแผงลอย{ending(a)}\n",
                  files=(("แผงลอย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_stall_permit", raw, own(a, ALL))


def pdf_typed_employee_letter(a: Party, i: int) -> Case:
    """An employee's typed letter (Word to PDF) for a lost food handler's card: her home
    in the block top right, her ID and birth date in the body, her employer (the owner's
    name and mobile), the card's and police report's numbers, her mobile at the end."""
    p = a.p
    owner, o_mob = OWNERS[(i + 1) % 2]
    h = home(a, i)
    cut = h.find(" จ") if " จ" in h else h.rfind(" ")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1 :]), (0, ""), (115, f"{7 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอออกบัตรประจำตัวผู้สัมผัสอาหารแทนฉบับที่สูญหาย"), (20, f"เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {agency(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
                  f"เป็นพนักงานร้าน{shop(i + 9)} ซึ่งมี {owner} เป็นเจ้าของ (โทร {mobile(o_mob, i)}) ได้รับบัตรประจำตัวผู้สัมผัสอาหาร "
                  f"เลขที่ ผส.{610 + i}/2568 บัตรดังกล่าวสูญหาย ตามบันทึกประจำวันเลขที่ {22 + i} ลงวันที่ 2 ธันวาคม 2569 จึงขอออกบัตรใหม่"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(p.mobile, i + 2)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอออกบัตรผู้สัมผัสอาหารใหม่", own_box(a), desk(a), text="เรียน กองสาธารณสุข\nแนบหนังสือขอออกบัตรใหม่\n",
                  files=(("ขอบัตรใหม่.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_employee_letter", raw, own(a, ALL))


def pdf_typed_landlord_letter(a: Party, i: int) -> Case:
    """A landlord's typed letter (PDF) asking that a former tenant's food licence at his
    building be cancelled: his home top right, the tenant's name, ID, licence and old
    mobile in the body, his own mobile at the end."""
    p = a.p
    tenant, t_id, _, t_mob = STAFF[(i + 3) % 5]
    h = home(a, i + 1)
    cut = h.find(" จ") if " จ" in h else h.rfind(" ")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1 :]), (0, ""), (115, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอให้ตรวจสอบและยกเลิกใบอนุญาตสถานที่จำหน่ายอาหารของผู้เช่าเดิม"), (20, f"เรียน {agency(a).replace('เทศบาล', 'นายกเทศมนตรี')}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เจ้าของอาคารพาณิชย์เลขที่ {shop_place(a, i + 11)} "
                  f"ซึ่งเคยให้ {tenant} เลขประจำตัวประชาชน {nid_w(t_id, i + 1)} เช่าประกอบกิจการร้าน{shop(i)} ใบอนุญาตเลขที่ สอ.{231 + i}/2568 "
                  f"ผู้เช่าได้ย้ายออกตั้งแต่เดือนกันยายน 2569 และติดต่อไม่ได้ (เบอร์เดิม {mobile(t_mob, i)}) "
                  "จึงขอให้เทศบาลตรวจสอบและยกเลิกใบอนุญาตดังกล่าว เพื่อให้ข้าพเจ้าให้เช่าอาคารแก่ผู้ประกอบการรายใหม่ได้"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(p.mobile, i + 3)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8.5), size=14, face="Norasi")
    raw = message(i, "ขอยกเลิกใบอนุญาตผู้เช่าเดิม", own_box(a), desk(a), text="เรียน กองสาธารณสุข\nแนบหนังสือ\n",
                  files=(("หนังสือเจ้าของอาคาร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_landlord_letter", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_owner_staff_health(a: Party, i: int) -> Case:
    """An owner's sheet for her staff's yearly health check: her head block (shop, name,
    ID, home, mobile, the shop's place), then the staff rows (IDs, birth dates, mobiles,
    doctors' certificate numbers)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้สัมผัสอาหาร"
        ws.append(("ทะเบียนผู้สัมผัสอาหาร ประจำปี 2570",))
        ws.append(("ชื่อร้าน", f"ร้าน{shop(i + 2)}"))
        ws.append(("เจ้าของ/ผู้รับใบอนุญาต", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่เจ้าของ", home(a, i + 2)))
        ws.append(("โทร", mobile(p.mobile, i + 2)))
        ws.append(("ที่ตั้งร้าน", shop_place(a, i + 12), "โทรร้าน", shop_line(a, i + 12)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "โทร", "ใบรับรองแพทย์เลขที่"))
        for n, s in enumerate(STAFF[(i % 2) + 1 : (i % 2) + 4]):
            ws.append(
                (
                    n + 1,
                    s[0],
                    nid_w(s[1], n + i),
                    born_th(s[2], n),
                    mobile(s[3], n),
                    f"{2569}/{5512 + 31 * n}",
                )
            )

    raw = message(i, "ทะเบียนผู้สัมผัสอาหาร", own_box(a), desk(a), text=f"เรียน งานสุขาภิบาลอาหาร\nแนบทะเบียนผู้สัมผัสอาหารของร้าน{ending(a)}\n",
                  files=(("staff_health.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_owner_staff_health", raw, own(a, NO_BIRTH))


def xlsx_market_vendor_list(a: Party, i: int) -> Case:
    """A market committee's vendor list: the chair's head block (v1 label beside value,
    v2 labels in a row with values below), then the vendors' rows (stall, name, ID,
    goods, mobile). Sent from the committee's box."""
    p = a.p
    market = f"ตลาดสดชุมชนบ้าน{p.tambon}"

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้ค้า"
        ws.append((f"บัญชีรายชื่อผู้ค้า {market}",))
        head = (("ประธานคณะกรรมการตลาด", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                ("ที่อยู่ประธาน", home(a, i + 3)), ("โทร", mobile(p.mobile, i + 3)), ("ที่ตั้งตลาด", shop_place(a, i + 13)))  # fmt: skip
        if i % 2:
            ws.append(tuple(k for k, _ in head))
            ws.append(tuple(v for _, v in head))
        else:
            for row in head:
                ws.append(row)
        ws.append(())
        ws.append(("แผงที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "สินค้า", "โทร"))
        for n, s in enumerate(STAFF):
            ws.append(
                (
                    f"A{n + 1:02d}",
                    s[0],
                    nid_w(s[1], n),
                    ("ผัก", "หมู", "ปลา", "ขนม", "ผลไม้")[n],
                    mobile(s[3], n + i),
                )
            )

    raw = message(i, f"บัญชีผู้ค้า{market}", f"ตลาดสด{p.tambon} <talad.{p.postal}.{i}@gmail.com>", desk(a),
                  text="เรียน กองสาธารณสุข\nส่งบัญชีรายชื่อผู้ค้าประกอบคำขอต่ออายุใบอนุญาตตลาด\n",
                  files=(("vendors.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_market_vendor_list", raw, own(a, NO_MAIL))


def xlsx_stall_ab_form(a: Party, i: int) -> Case:
    """A vendor's stall renewal typed into a two-column sheet (label, value): her lines,
    the spot, the old permit's number, her helper's name, ID and mobile below hers."""
    p = a.p
    h = STAFF[(i + 1) % 5]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอต่ออายุ"
        for row in (("คำขอต่ออายุใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ", ""),
                    ("ชื่อผู้ขอ", a.name), ("เลขประจำตัวประชาชน", nid_written(p.nid, i + 4)),
                    ("วันเกิด", date_written(p.born, i + 4)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 4)),
                    ("โทรศัพท์", mobile_written(p.mobile, i + 4)), ("จุดจำหน่าย", f"ลานหน้าตลาด แผงที่ {60 + i}"),
                    ("เลขที่ใบอนุญาตเดิม", f"ผ.{77 + i}/2569"), ("ผู้ช่วยจำหน่าย", h[0]),
                    ("เลขบัตรผู้ช่วย", nid_w(h[1], i)), ("โทรผู้ช่วย", mobile(h[3], i)),
                    ("ใบรับรองแพทย์เลขที่", f"{2569}/{9034 + i}")):  # fmt: skip
            ws.append(row)

    raw = message(i, "ต่ออายุใบอนุญาตแผงลอย", own_box(a), desk(a), text=f"เรียน ฝ่ายเทศกิจ\nแนบคำขอต่ออายุ{ending(a)}\n",
                  files=(("ต่ออายุแผงลอย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_stall_ab_form", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (firm styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_food_shop_renewal, (0, 10)),
    (plain_manager_for_owner, (4, 1)),
    (plain_line_forward_stall, (2, 9)),
    (plain_employee_health_cert, (6, 11)),
    (plain_webform_market_notice, (7, 12)),
    (html_gmail_owner_staff_table, (12, 5)),
    (html_outlook_company_restaurant, (0, 0)),
    (html_reply_quoted_clerk, (9, 4)),
    (html_landlord_consent_gmail, (10, 6)),
    (docx_sor_form, (5, 0)),
    (docx_market_committee_letter, (3, 13)),
    (docx_landlord_consent_attached, (1, 7)),
    (docx_company_health_cert_list, (0, 0)),
    (pdf_fillable_food_licence, (11, 2)),
    (pdf_fillable_stall_permit, (9, 10)),
    (pdf_typed_employee_letter, (2, 6)),
    (pdf_typed_landlord_letter, (8, 1)),
    (xlsx_owner_staff_health, (7, 4)),
    (xlsx_market_vendor_list, (13, 3)),
    (xlsx_stall_ab_form, (0, 11)),
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
