"""An eighty-eighth set of requests written by someone who had not read the readers (issue
8): COMMERCE REGISTRATION (ทะเบียนพาณิชย์, พ.ร.บ.ทะเบียนพาณิชย์ พ.ศ. 2499) at เทศบาลนครเชียงราย
and เทศบาลเมืองพะเยา, by online sellers and small traders: registering a new shop (แบบ
ทพ.), changing its details (a new shop name, a new place, a new channel), closing it
(เลิกประกอบพาณิชยกิจ). Online sellers with shop names, Facebook pages, LINE IDs
(@shopname), Shopee and Lazada links, a website; PromptPay numbers (a phone or a 13-digit
ID) and bank accounts; an ordinary partnership (ห้างหุ้นส่วนสามัญ) with its partners' IDs;
a registered partnership's 13-digit juristic number (it starts with 0); the shop's place
(สถานที่ตั้งสำนักงานใหญ่) beside the owner's home; an accountant or a relative filing for
the owner. Kinds: plain (iPhone, Android Gmail, webmail, a LINE chat forwarded), HTML
(Gmail, Outlook, the town's e-service notification, a reply over the clerk's quoted mail),
Word (the ทพ. on dotted lines, a partnership's form as a table, a power of attorney, a
change form), PDF (fillable and typed), xlsx (an accountant's list of clients, a seller's
own sheet, a partnership's list of partners).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body the natural person who signs), sets 31/63 (a
service for one person asked by another is the one it is for), set 37 (where only
another's phone is given, phone `()`), sets 65 and 75 (a shop's owner or licensee is the
applicant; the address is WHERE THE OWNER LIVES, never the shop's place). So here:
- the APPLICANT is the owner of the shop (ผู้ประกอบพาณิชยกิจ) who registers, changes or closes
  it: her name, ID, birth date, mobile, own box, her HOME (ที่อยู่ตามทะเบียนบ้าน / ที่อยู่
  ปัจจุบัน of the owner), its province and postal code. The shop's place (สถานที่ตั้ง
  สำนักงานใหญ่, the old and new places) is never the address, even when it is in town and
  the home is not;
- an ORDINARY PARTNERSHIP (ห้างหุ้นส่วนสามัญ, registered or not): the managing partner
  (หุ้นส่วนผู้จัดการ) who signs the form; the other partners' names, IDs and phones never;
  the partnership's 13-digit juristic number (starting with 0) never a national_id;
  address the managing partner's own home as written, never the partnership's office;
- filed by AN ACCOUNTANT or A RELATIVE for the owner: the owner (the filer's name, ID,
  office, line, mobile, box never; phone and e-mail `()` where only the filer's appear);
- PromptPay: where it is the owner's own mobile (said so) it is her phone too; where it
  is her 13-digit ID it is her ID; a spouse's or a partner's PromptPay is never hers. Bank
  account numbers, commerce registration numbers (ทะเบียนพาณิชย์เลขที่), e-service
  reference numbers, capital in baht, tax numbers, Shopee/Lazada shop IDs and the clerk's
  line are never an ID or a phone;
- birth date only the owner's; the date the business began, the form's date, a closing
  date never.
Everyone, every shop and number is invented (13-digit numbers made with
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
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

CR = "เชียงราย"
PY = "พะเยา"
CITY = ("เทศบาลนครเชียงราย", "เทศบาลเมืองพะเยา")
DESK = ("commerce@chiangraicity.example.go.th", "saraban@phayaocity.example.go.th")

# The owners (who register, change or close a shop), each with a home.
PEOPLE: tuple[Party, ...] = (
    P("นางสาว", "พิมพ์ชนก", "วงศ์คำ", "357010041125", date(1995, 3, 14), "0891236645", "pimchanok.wk@gmail.com",
      "88/3", "5", "", "", "ริมกก", "เมืองเชียงราย", CR, "57100"),
    P("นาย", "ณัฐวุฒิ", "แก้วมูล", "357010062213", date(1988, 7, 2), "0817725416", "nattawut.km@hotmail.com",
      "142", "", "", "สิงหไคล", "เวียง", "เมืองเชียงราย", CR, "57000"),
    P("นาง", "บัวผัน", "ใจคำ", "357010013347", date(1962, 11, 20), "0857716230", "",
      "31", "2", "", "", "บ้านดู่", "เมืองเชียงราย", CR, "57100"),
    P("นาย", "ธีรภัทร", "สุริยวงศ์", "357990028814", date(1991, 1, 9), "0629914471", "teerapat.sw@gmail.com",
      "9/21", "", "", "บรรพปราการ", "เวียง", "เมืองเชียงราย", CR, "57000"),
    P("นางสาว", "อรอนงค์", "ปัญญาดี", "356010035528", date(1993, 6, 25), "0954418273", "onanong.pd@gmail.com",
      "55", "7", "", "", "แม่ต๋ำ", "เมืองพะเยา", PY, "56000"),
    P("นาย", "สมชาย", "อินต๊ะวงศ์", "356010011463", date(1970, 4, 17), "0819923547", "somchai.iw@yahoo.com",
      "204", "", "", "พหลโยธิน", "เวียง", "เมืองพะเยา", PY, "56000"),
    P("นาง", "จันทร์เพ็ญ", "ศรีวิชัย", "357010077231", date(1979, 9, 30), "0894471526", "janpen.sw@gmail.com",
      "17/4", "11", "", "", "รอบเวียง", "เมืองเชียงราย", CR, "57000"),
    P("นางสาว", "กนกวรรณ", "มูลเมือง", "357990044652", date(1998, 12, 5), "0638825149", "kanokwan.shop@gmail.com",
      "66/1", "3", "", "", "สันทราย", "เมืองเชียงราย", CR, "57000"),
    P("นาย", "วีรยุทธ", "ขันแก้ว", "350990023317", date(1985, 2, 28), "0867734120", "weerayut.kk@gmail.com",
      "12/7", "", "", "ห้วยแก้ว", "สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
    P("นาง", "สุดารัตน์", "ทาวงศ์", "356010058841", date(1983, 8, 11), "0928816734", "sudarat.tw@hotmail.com",
      "8", "4", "", "", "บ้านต๋อม", "เมืองพะเยา", PY, "56000"),
    P("นาย", "ปิยะพงษ์", "เตชะวงศ์", "357010090052", date(1976, 5, 19), "0815562918", "piyapong.tc@gmail.com",
      "301", "", "", "ธนาลัย", "เวียง", "เมืองเชียงราย", CR, "57000"),
    P("นางสาว", "ศิริพร", "คำแสน", "357010048896", date(2000, 10, 3), "0989912457", "siriporn.ks@gmail.com",
      "45", "9", "", "", "ท่าสุด", "เมืองเชียงราย", CR, "57100"),
)  # fmt: skip

# Each owner's shop: its name, its place (never the owner's address), its online channels.
SHOPS: tuple[tuple[str, str, str], ...] = (
    (
        "ร้านพิมพ์ชนกเบเกอรี่",
        "15/2 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
        "pimbakery",
    ),
    (
        "ณัฐ โมบาย",
        "510/3 ถนนบรรพปราการ ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
        "natmobile.cr",
    ),
    ("ร้านก๋วยเตี๋ยวป้าบัวผัน", "7 หมู่ที่ 1 ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100", "paabuaphan"),
    (
        "Teera Coffee Roaster",
        "22 ถนนธนาลัย ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
        "teeracoffee",
    ),
    ("อรอนงค์ ผ้าทอ", "3/1 ถนนท่ากว๊าน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000", "onanong.phathor"),
    ("ร้านสมชายการเกษตร", "99 หมู่ที่ 2 ตำบลแม่ต๋ำ อำเภอเมืองพะเยา จังหวัดพะเยา 56000", "somchai.kaset"),
    ("เพ็ญ ความงาม", "128/9 ถนนสิงหไคล ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000", "penbeauty"),
    ("KanokWan Closet", "41 หมู่ที่ 6 ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100", "kanokwancloset"),
    ("ดอยดีชาออร์แกนิก", "77 ถนนอุตรกิจ ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000", "doydeetea"),
    (
        "ร้านสุดารัตน์ของฝากพะเยา",
        "18 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000",
        "sudarat.souvenir",
    ),
    (
        "ปิยะพงษ์ อะไหล่ยนต์",
        "305 ถนนธนาลัย ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
        "piyapong.parts",
    ),
    ("Siri Handmade", "45 หมู่ที่ 9 ตำบลท่าสุด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100", "sirihandmade"),
)

# Accountants who file for clients: name, office, office address, line, mobile, box, licence.
ACCOUNTANTS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("นางสาวรัชนี โพธิ์ทอง", "สำนักงานบัญชีรัชนีการบัญชี", "99/5 ถนนอุตรกิจ ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
     "053-711-246", "081-884-2719", "ratchanee.acc@gmail.com", "ผู้ทำบัญชี เลขทะเบียน 7312"),
    ("นายอภิชาติ ไชยมงคล", "เอ.ซี. แอคเคาน์ติ้ง", "212 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000",
     "054-482-315", "089-552-7310", "apichat@ac-account.example.co.th", "ผู้สอบบัญชีรับอนุญาต เลขทะเบียน 10428"),
)  # fmt: skip
ACC_IDS = (with_check_digit("357010099127"), with_check_digit("356010087714"))

# Relatives who file for an owner: name, ID, mobile, box, home elsewhere.
RELATIVES: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสาวปวีณ์ธิดา ใจคำ", with_check_digit("110370054418"), "0917735520", "paweetida.jk@gmail.com",
     "88/120 หมู่บ้านพฤกษาวิลล์ ถนนรังสิต-นครนายก ตำบลประชาธิปัตย์ อำเภอธัญบุรี จังหวัดปทุมธานี 12130"),
    ("นายธนากร มูลเมือง", with_check_digit("357990051143"), "0862247193", "thanakorn.mm@gmail.com",
     "102 หมู่ที่ 8 ตำบลนางแล อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100"),
)  # fmt: skip

# Partners (not managing) of an ordinary partnership: name, ID, mobile.
PARTNERS: tuple[tuple[str, str, str], ...] = (
    ("นายอนุวัฒน์ ศรีสุข", with_check_digit("357010066319"), "0814420986"),
    ("นางสาวมยุรี ปันแก้ว", with_check_digit("356010027745"), "0935518824"),
    ("นายเอกชัย วงศ์ใหญ่", with_check_digit("357990012268"), "0897710345"),
)
# Registered partnerships' juristic numbers (start with 0).
JURISTIC = (with_check_digit("057356000412"), with_check_digit("056356100087"))
SPOUSES = (("นายประเสริฐ วงศ์คำ", "0846612907"), ("นายวิทยา ศรีวิชัย", "0823317705"))
CLERK = ("นางสาวเยาวลักษณ์ ศรีบุญเรือง", "053-711-333 ต่อ 128")


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), town: int = 0) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK[town]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set88-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def town(a: Party) -> int:
    return 1 if a.p.province == PY else 0


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543) - (1 if a.p.born.month == 12 else 0)


def shop(a: Party) -> tuple[str, str, str]:
    return SHOPS[PEOPLE.index(a)]


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The owner, filed by another: her phone and e-mail `()` (only the filer's appear)."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_new_online_shop": "the seller herself (her home, not the shop's place); PromptPay her own mobile",
    "plain_android_close_shop": "the owner who closes; the registration number never an ID",
    "plain_gmail_daughter_for_mother": "the mother (owner); the daughter's ID, home, phone, box never: phone, e-mail ()",
    "plain_line_chat_forwarded": "the seller who chats and forwards; the clerk's LINE OA lines never",
    "plain_webmail_partnership": "the managing partner who signs; the other partners, the juristic number never",
    "html_gmail_shop_table": "the owner's rows; the shop's rows (place, PromptPay of the husband) never",
    "html_outlook_accountant_change": "the client (owner); the accountant's signature never: phone, e-mail ()",
    "html_eservice_notification": "the ผู้ยื่นคำขอ section; the shop section and reference numbers never",
    "html_gmail_reply_over_clerk": "the owner who replies; the clerk's quoted mail never",
    "docx_thp_dotted_form": "the ผู้ขอจดทะเบียน on the dotted lines; the shop's place never the address",
    "docx_partnership_table": "the managing partner's row; the other partners' rows never",
    "docx_poa_owner_to_relative": "the ผู้มอบอำนาจ (owner); the ผู้รับมอบอำนาจ brother never: phone, e-mail ()",
    "docx_change_form_table": "the owner; old and new shop places never the address",
    "pdf_fillable_thp_named": "owner_* fields; shop_* and filer_* fields never",
    "pdf_fillable_close_textn": "the owner in Text fields; the closing date and registration number never",
    "pdf_typed_thp_form": "the ผู้ขอจดทะเบียน of the typed ทพ.; the shop's lines never",
    "pdf_typed_accountant_letter": "the client (owner); the accountant's letterhead never: phone, e-mail ()",
    "xlsx_accountant_clients": "the client the mail names (ลำดับที่ 2); other clients' rows and the office never: phone, e-mail ()",
    "xlsx_seller_own_sheet": "the seller's label rows; bank, PromptPay of the spouse, shop place never",
    "xlsx_partnership_partners": "the row marked หุ้นส่วนผู้จัดการ (not the first); other partners never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_new_online_shop(a: Party, i: int) -> Case:
    """A seller registers her online shop from her iPhone: FB page, LINE @, Shopee link,
    PromptPay (her own mobile), a bank account; her home beside the shop's place."""
    p = a.p
    name, place, handle = shop(a)
    text = (
        f"เรียน เจ้าหน้าที่งานทะเบียนพาณิชย์ {CITY[town(a)]}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)} ขอจดทะเบียนพาณิชย์ (ตั้งใหม่) ร้านขายของออนไลน์{ending(a)}\n\n"
        f"ชื่อร้าน: {name}\nสถานที่ตั้งสำนักงานใหญ่: {place}\n"
        f"Facebook Page: facebook.com/{handle}\nLINE: @{handle}\nShopee: https://shopee.co.th/{handle}?shopid={38120457 + i}\n"
        f"ชำระเงิน: พร้อมเพย์ {mobile(p.mobile, i + 1)} (เบอร์{me(a)}เอง) หรือ ธ.กสิกรไทย {'0' + str(231 + i)}-{3 + i % 5}-{41872 + i}-{i % 10}\n"
        f"เริ่มประกอบกิจการ 1 พฤศจิกายน 2569 เงินทุน 50,000 บาท\n\n"
        f"ติดต่อกลับ {mobile(p.mobile, i)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอจดทะเบียนพาณิชย์ร้านออนไลน์", own_box(a), text=text, town=town(a))
    return Case("plain_iphone_new_online_shop", raw, own(a, ALL))


def plain_android_close_shop(a: Party, i: int) -> Case:
    """An owner closes his shop from Android Gmail: the registration number (13 digits,
    starts with 0), the closing date, the shop's place; his ID and home below."""
    p = a.p
    name, place, _ = shop(a)
    reg = JURISTIC[i % 2]
    text = (
        f"เรียน {CITY[town(a)]}\n\nขอแจ้งเลิกประกอบพาณิชยกิจ {name} ทะเบียนพาณิชย์เลขที่ {reg} "
        f"ตั้งอยู่ที่ {place} เลิกกิจการตั้งแต่วันที่ {thai_day(date(2026, 11, 30))} เนื่องจากขาดทุนครับ\n\n"
        f"ผู้ประกอบการ {a.name}\nเลขประจำตัวประชาชน\n{nid_w(p.nid, i + 1)}\nที่อยู่ (ตามทะเบียนบ้าน) {home(a, i + 1)}\n"
        f"มือถือ {mobile(p.mobile, i + 2)}\n\nรบกวนแจ้งค่าธรรมเนียมด้วยครับ\n\nSent from my Galaxy\n"
    )
    raw = message(i, "แจ้งเลิกประกอบพาณิชยกิจ", own_box(a), text=text, town=town(a))
    return Case("plain_android_close_shop", raw, own(a, NO_BIRTH))


def plain_gmail_daughter_for_mother(a: Party, i: int) -> Case:
    """A daughter in Pathum Thani registers her mother's noodle shop (sold on LINE MAN):
    the mother's ID, birth date and home; the daughter's ID, home, phone and box."""
    p = a.p
    name, place, _ = shop(a)
    d, d_id, d_mob, d_box, d_home = RELATIVES[0]
    text = (
        f"เรียน งานทะเบียนพาณิชย์ {CITY[town(a)]}\n\n"
        f"ดิฉัน {d} เลขประจำตัวประชาชน {nid_w(d_id, i)} เป็นลูกสาวของ {a.name} ขอยื่นจดทะเบียนพาณิชย์แทนแม่ค่ะ "
        "แม่อายุมากใช้อีเมลไม่เป็น\n\n"
        f"ข้อมูลแม่ (เจ้าของร้าน)\nชื่อ {a.name}\nเลขบัตร {nid_w(p.nid, i + 2)}\nวันเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านเลขที่ {home(a, i + 2)}\n\nร้าน {name} ขายหน้าร้านที่ {place} และขายผ่าน LINE MAN / Grab ชื่อร้านเดียวกัน\n\n"
        f"ดิฉันอยู่ที่ {d_home} ถ้าต้องการเอกสารเพิ่มโทรหาดิฉันได้ที่ {mobile(d_mob, i)} ค่ะ\n\n{d}\n"
    )
    raw = message(
        i, "จดทะเบียนพาณิชย์ร้านก๋วยเตี๋ยวของแม่", f"Paweetida J. <{d_box}>", text=text, town=town(a)
    )
    return Case("plain_gmail_daughter_for_mother", raw, for_other(a, ALL))


def plain_line_chat_forwarded(a: Party, i: int) -> Case:
    """A seller forwards her LINE chat with the town's LINE OA (changing the shop's place
    and adding a website), the clerk's lines in it; her details in her turns."""
    p = a.p
    name, place, handle = shop(a)
    n = a.p.first
    oa = f"ทะเบียนพาณิชย์ {CITY[town(a)]}"
    text = (
        f"ส่งประวัติแชทที่คุยกับไลน์ของเทศบาลมาให้ตามที่เจ้าหน้าที่แจ้ง{ending(a)}\n\n"
        f"[LINE] ประวัติการแชทกับ {oa}\nวันที่บันทึก: 2026/12/0{1 + i % 5} 20:41\n\n"
        f"2026/11/2{i % 8} (พ.)\n"
        f"10:02\t{n}\tสวัสดี{ending(a)} จะขอเปลี่ยนแปลงทะเบียนพาณิชย์ ร้าน {name} ย้ายที่ตั้งร้าน และเพิ่มเว็บไซต์{ending(a)}\n"
        f"10:05\t{oa}\tสวัสดีค่ะ รบกวนแจ้งชื่อ-สกุล เลขบัตร วันเกิด ที่อยู่ตามทะเบียนบ้าน และเบอร์โทรของเจ้าของร้านค่ะ ติดต่อเจ้าหน้าที่ {CLERK[1]}\n"
        f"10:11\t{n}\t{a.name}\n10:11\t{n}\t{nid_w(p.nid, i)}\n10:12\t{n}\tเกิด {born_th(p.born, i + 2)}\n"
        f"10:13\t{n}\tบ้าน {home(a, i)}\n10:13\t{n}\t{mobile(p.mobile, i + 3)}\n"
        f"10:15\t{n}\tที่ตั้งร้านใหม่ {place}\n10:16\t{n}\twww.{handle}.com\n"
        f"10:20\t{oa}\tรับเรื่องค่ะ เลขที่รับ ทพ.{5120 + i}/2569 รบกวนส่งอีเมลสรุปมาอีกครั้งค่ะ\n"
    )
    raw = message(i, "Fwd: แชท LINE เรื่องเปลี่ยนแปลงทะเบียนพาณิชย์", own_box(a), text=text, town=town(a))
    return Case("plain_line_chat_forwarded", raw, own(a, ALL))


def plain_webmail_partnership(a: Party, i: int) -> Case:
    """A managing partner registers an ordinary partnership from webmail: the three
    partners with their IDs and mobiles (his not first), the partnership's office."""
    p = a.p
    name, place, _ = shop(a)
    p1, p2 = PARTNERS[i % 3], PARTNERS[(i + 1) % 3]
    text = (
        f"เรียน นายทะเบียนพาณิชย์ {CITY[town(a)]}\n\n"
        f"ขอจดทะเบียนพาณิชย์ ห้างหุ้นส่วนสามัญ {name} สำนักงานตั้งอยู่ {place} ประกอบพาณิชยกิจขายสินค้าออนไลน์ "
        "ทุน 300,000 บาท ผู้เป็นหุ้นส่วน 3 คน ดังนี้\n"
        f"1) {p1[0]} เลขประจำตัวประชาชน {nid_w(p1[1], i)} โทร {mobile(p1[2], i)} ลงหุ้น 100,000 บาท\n"
        f"2) {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} โทร {mobile(p.mobile, i + 1)} ลงหุ้น 100,000 บาท (หุ้นส่วนผู้จัดการ)\n"
        f"3) {p2[0]} เลขประจำตัวประชาชน {nid_w(p2[1], i + 2)} โทร {mobile(p2[2], i + 2)} ลงหุ้น 100,000 บาท\n\n"
        f"ที่อยู่หุ้นส่วนผู้จัดการ {home(a, i + 1)}\n\n"
        f"ลงชื่อ {a.name} หุ้นส่วนผู้จัดการ\n"
    )
    raw = message(i, "ขอจดทะเบียนห้างหุ้นส่วนสามัญ", own_box(a), text=text, town=town(a))
    return Case("plain_webmail_partnership", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_shop_table(a: Party, i: int) -> Case:
    """A Gmail with a table: the owner's rows, then the shop's rows (its place, its
    PromptPay: her husband's mobile, a Lazada link)."""
    p = a.p
    name, place, handle = shop(a)
    sp, sp_mob = SPOUSES[i % 2]
    rows = [("ข้อมูลผู้ประกอบพาณิชยกิจ", ""), ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 1)),
            ("โทรศัพท์มือถือ", mobile(p.mobile, i)), ("ข้อมูลร้าน", ""), ("ชื่อที่ใช้ในการประกอบพาณิชยกิจ", name),
            ("ที่ตั้งสำนักงานใหญ่", place), ("ร้านบน Lazada", f"https://www.lazada.co.th/shop/{handle}"),
            ("พร้อมเพย์ร้าน", f"{mobile(sp_mob, i + 1)} ({sp} สามี)")]  # fmt: skip
    t = "".join(
        f"<tr><td>{x}</td><td>{y}</td></tr>"
        if y
        else f"<tr><td colspan='2' style='background:#f3f3f3'><b>{x}</b></td></tr>"
        for x, y in rows
    )
    html = (f'<div dir="ltr"><div>เรียน งานทะเบียนพาณิชย์</div><br><div>{me(a)}ขอจดทะเบียนพาณิชย์ร้านค้าออนไลน์ รายละเอียดตามตาราง{ending(a)}</div><br>'
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ขอบคุณ{ending(a)}</div><div>{a.name}</div></div>\n")  # fmt: skip
    raw = message(i, "จดทะเบียนพาณิชย์ (ร้านค้าออนไลน์)", own_box(a), html=html, town=town(a))
    return Case("html_gmail_shop_table", raw, own(a, ALL))


def html_outlook_accountant_change(a: Party, i: int) -> Case:
    """An accountant's Outlook files a change (a new shop name, a new website) for a
    client: the client's lines in the body, her own block in the signature."""
    p = a.p
    name, _, handle = shop(a)
    acc, office, oaddr, line, mob, box, lic = ACCOUNTANTS[i % 2]
    paras = [f"เรียน นายทะเบียนพาณิชย์ {CITY[town(a)]}", "",
             f"ตามที่สำนักงานฯ ได้รับมอบหมายจาก {a.name} (เลขประจำตัวประชาชน {nid_w(p.nid, i)}) "
             f"ผู้ประกอบพาณิชยกิจ อยู่บ้านเลขที่ {home(a, i)} ให้ยื่นคำขอจดทะเบียนเปลี่ยนแปลงรายการ (แบบ ทพ.) "
             f"เปลี่ยนชื่อที่ใช้ในการประกอบพาณิชยกิจเป็น “{name}” และเพิ่มเว็บไซต์ https://{handle}.example.com", "",
             "แนบหนังสือมอบอำนาจ สำเนาบัตร และใบทะเบียนพาณิชย์ฉบับเดิมมาพร้อมนี้", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{acc}</b><br>{lic}<br>{office}<br>{oaddr}<br>'
           f'โทร {line} | มือถือ {mob}<br><a href="mailto:{box}">{box}</a></p>')  # fmt: skip
    raw = message(
        i,
        f"ยื่นเปลี่ยนแปลงทะเบียนพาณิชย์ ({a.name})",
        f"{acc} <{box}>",
        html=outlook_html(paras, sig),
        town=town(a),
    )
    return Case("html_outlook_accountant_change", raw, for_other(a, NO_BIRTH))


def html_eservice_notification(a: Party, i: int) -> Case:
    """The town's e-service notification of a ทพ. filed online: a reference number, the
    ผู้ยื่นคำขอ's section, then the shop's section (its place, PromptPay as the ID)."""
    p = a.p
    name, place, handle = shop(a)
    ref = f"EC{2569}{120045 + i:07d}"
    sec = lambda title, rows: (f"<h3 style='color:#00539b'>{title}</h3><table cellpadding='4'>"  # noqa: E731
                               + "".join(f"<tr><td style='color:#666;width:40%'>{x}</td><td>{y}</td></tr>" for x, y in rows) + "</table>")  # fmt: skip
    html = (f"<html><body style='font-family:Tahoma'><p>ระบบบริการอิเล็กทรอนิกส์ (e-Service) {CITY[town(a)]}</p>"
            f"<p>มีคำขอใหม่: จดทะเบียนพาณิชย์ (ตั้งใหม่) เลขที่อ้างอิง {ref} ยื่นเมื่อ 0{1 + i % 5}/12/2569 14:2{i % 10}</p>"
            + sec("ข้อมูลผู้ยื่นคำขอ", [("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last), ("เลขประจำตัวประชาชน", p.nid),
                                       ("วันเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
                                       ("ที่อยู่", home(a, i)), ("โทรศัพท์", p.mobile), ("อีเมล", p.email)])
            + sec("ข้อมูลสถานประกอบการ", [("ชื่อร้าน", name), ("ที่ตั้ง", place), ("ช่องทางออนไลน์", f"facebook.com/{handle}, LINE @{handle}"),
                                          ("พร้อมเพย์", p.nid), ("ทุน", "20,000 บาท")])
            + "<p style='color:#999;font-size:11px'>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำขอใหม่ {ref} จดทะเบียนพาณิชย์",
        "e-Service <no-reply@eservice.example.go.th>",
        html=html,
        town=town(a),
    )
    return Case("html_eservice_notification", raw, own(a, ALL))


def html_gmail_reply_over_clerk(a: Party, i: int) -> Case:
    """An owner replies in Gmail to the clerk's mail asking what was missing: her ID,
    birth date and home on top; the clerk's signature and line in the quoted mail."""
    p = a.p
    name, place, _ = shop(a)
    clerk, cline = CLERK
    top = (f"<div dir='ltr'><div>เรียน คุณเยาวลักษณ์</div><div>ส่งข้อมูลที่ขาดตามที่แจ้ง{ending(a)}</div>"
           f"<div>เลขบัตรประชาชน {nid_w(p.nid, i + 1)}</div><div>วันเกิด {born_th(p.born, i + 2)}</div>"
           f"<div>ที่อยู่ตามทะเบียนบ้าน {home(a, i + 2)}</div><div>เบอร์ติดต่อ {mobile(p.mobile, i + 1)}</div>"
           f"<div><br></div><div>{a.name}</div></div>")  # fmt: skip
    quote = (f"<div class='gmail_quote'><div dir='ltr' class='gmail_attr'>เมื่อ วันพุธที่ 2 ธ.ค. 2569 เวลา 10:1{i % 10} {clerk} &lt;{DESK[town(a)]}&gt; เขียนว่า:<br></div>"
             "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
             f"<div>เรียน คุณ{p.first}</div><div>คำขอจดทะเบียนพาณิชย์ {name} ยังขาดเลขประจำตัวประชาชน วันเกิด และที่อยู่ตามทะเบียนบ้านของผู้ประกอบการ "
             f"(ที่ตั้งร้าน {place} ได้รับแล้ว)</div><div>{clerk}</div><div>นักวิชาการพาณิชย์ กองคลัง โทร {cline}</div></blockquote></div>")  # fmt: skip
    raw = message(
        i, "Re: ข้อมูลเพิ่มเติม คำขอจดทะเบียนพาณิชย์", own_box(a), html=top + quote + "\n", town=town(a)
    )
    return Case("html_gmail_reply_over_clerk", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_thp_dotted_form(a: Party, i: int) -> Case:
    """The ทพ. (จดทะเบียนตั้งใหม่) typed on its dotted lines in Word, the shop's place
    in item 5; sent from the owner's box."""
    p = a.p
    name, place, handle = shop(a)

    def build(d: Any) -> None:
        d.add_paragraph(
            "แบบ ทพ.\nคำขอจดทะเบียนพาณิชย์\n(  ✓ ) ตั้งใหม่   (   ) เปลี่ยนแปลงรายการ   (   ) เลิกประกอบพาณิชยกิจ"
        )
        d.add_paragraph(f"เขียนที่ {CITY[town(a)]}   วันที่ {3 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"1. ข้าพเจ้า..........{a.name}..........อายุ.....{age(a)}.....ปี สัญชาติ.....ไทย....."
        )
        d.add_paragraph(
            f"เลขประจำตัวประชาชน........{nid_w(p.nid, i)}........ วันเกิด......{born_th(p.born, i)}......"
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่..........{home(a, i)}..........โทรศัพท์.....{mobile(p.mobile, i)}....."
        )
        d.add_paragraph(f"2. ชื่อที่ใช้ในการประกอบพาณิชยกิจ........{name}........")
        d.add_paragraph("3. ชนิดแห่งพาณิชยกิจ ....ขายปลีกสินค้าทางอินเทอร์เน็ต (พาณิชย์อิเล็กทรอนิกส์)....")
        d.add_paragraph(f"4. จำนวนเงินทุนที่นำมาใช้เป็นประจำ .....{30000 + 1000 * i:,}..... บาท")
        d.add_paragraph(f"5. ที่ตั้งสำนักงานแห่งใหญ่ ........{place}........")
        d.add_paragraph(
            f"6. ชื่อเว็บไซต์/ช่องทาง ....https://www.facebook.com/{handle} , LINE ID @{handle}...."
        )
        d.add_paragraph(f"7. วันเริ่มประกอบพาณิชยกิจ .....{thai_day(date(2026, 11, 15))}.....")
        d.add_paragraph(f"ลงลายมือชื่อ.............................ผู้ขอจดทะเบียน\n({a.name})")

    raw = message(i, "แบบ ทพ. ขอจดทะเบียนพาณิชย์ตั้งใหม่", own_box(a), text=f"ส่งแบบ ทพ. ที่กรอกแล้ว{ending(a)}\n",
                  files=(("แบบ_ทพ.docx", docx_bytes(build), DOCX),), town=town(a))  # fmt: skip
    return Case("docx_thp_dotted_form", raw, own(a, ALL))


def docx_partnership_table(a: Party, i: int) -> Case:
    """A registered ordinary partnership's change form in a Word table: its juristic
    number (starts with 0), its office, the partners' rows (the managing partner's in
    the middle) with IDs, homes, mobiles."""
    p = a.p
    name, place, _ = shop(a)
    p1, p2 = PARTNERS[(i + 1) % 3], PARTNERS[(i + 2) % 3]

    def build(d: Any) -> None:
        d.add_paragraph("คำขอจดทะเบียนพาณิชย์ (เปลี่ยนแปลงรายการ) — ห้างหุ้นส่วนสามัญนิติบุคคล")
        d.add_paragraph(
            f"ชื่อห้าง: ห้างหุ้นส่วนสามัญ {name}\nทะเบียนนิติบุคคลเลขที่ {JURISTIC[i % 2]}\nสำนักงานแห่งใหญ่: {place}"
        )
        d.add_paragraph("รายการที่เปลี่ยนแปลง: เพิ่มการขายสินค้าผ่าน Shopee และ TikTok Shop")
        t = d.add_table(rows=1, cols=5)
        for c, h in zip(
            t.rows[0].cells, ("ลำดับ", "ชื่อหุ้นส่วน", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"), strict=True
        ):
            c.text = h
        rows = [(p1[0], p1[1], "บ้านเลขที่ 4 หมู่ที่ 1 ตำบลนางแล อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100", p1[2]),
                (f"{a.name} (หุ้นส่วนผู้จัดการ)", p.nid, home(a, i), p.mobile),
                (p2[0], p2[1], "บ้านเลขที่ 61 ถนนท่ากว๊าน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000", p2[2])]  # fmt: skip
        for n, (nm, nid, addr, ph) in enumerate(rows):
            cells = t.add_row().cells
            for c, v in zip(
                cells, (str(n + 1), nm, nid_w(nid, i + n), addr, mobile(ph, i + n)), strict=True
            ):
                c.text = v
        d.add_paragraph(f"\nลงชื่อ..........................หุ้นส่วนผู้จัดการ\n({a.name})")

    raw = message(i, "เปลี่ยนแปลงทะเบียนพาณิชย์ ห้างหุ้นส่วนสามัญ", own_box(a), text=f"เรียน นายทะเบียนพาณิชย์\nแนบคำขอเปลี่ยนแปลงรายการ{ending(a)}\n",
                  files=(("คำขอเปลี่ยนแปลง_หจส.docx", docx_bytes(build), DOCX),), town=town(a))  # fmt: skip
    return Case("docx_partnership_table", raw, own(a, NO_BIRTH))


def docx_poa_owner_to_relative(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the owner lets her brother file the registration; both
    IDs and homes, his mobile; sent from his box."""
    p = a.p
    name, place, _ = shop(a)
    b, b_id, b_mob, b_box, b_home = RELATIVES[1]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"ทำที่ {home(a, 0).split(' ตำบล')[0]}\nวันที่ {4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
            f"ขอมอบอำนาจให้ {b} เลขประจำตัวประชาชน {nid_w(b_id, i + 1)} อยู่บ้านเลขที่ {b_home} โทร {mobile(b_mob, i)} "
            f"เป็นผู้มีอำนาจยื่นคำขอจดทะเบียนพาณิชย์ {name} ซึ่งตั้งอยู่ที่ {place} และลงลายมือชื่อแทนข้าพเจ้าจนเสร็จการ"
        )
        d.add_paragraph(f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({b})\n\n"
                        "ลงชื่อ....................พยาน\n(นางบุษบา คำมูล)")  # fmt: skip

    raw = message(i, "หนังสือมอบอำนาจ จดทะเบียนพาณิชย์", f"Thanakorn M. <{b_box}>",
                  text=f"เรียน งานทะเบียนพาณิชย์\nผมยื่นแทนน้องสาว/พี่สาวครับ แนบหนังสือมอบอำนาจ\n{b}\n",
                  files=(("มอบอำนาจ.docx", docx_bytes(build), DOCX),), town=town(a))  # fmt: skip
    return Case("docx_poa_owner_to_relative", raw, for_other(a, NO_BIRTH))


def docx_change_form_table(a: Party, i: int) -> Case:
    """A change of place in a Word table: label rows for the owner, then the old and new
    places of the shop (neither her home)."""
    p = a.p
    name, place, _ = shop(a)
    old = "250 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000"

    def build(d: Any) -> None:
        d.add_paragraph("คำขอจดทะเบียนเปลี่ยนแปลงรายการ (แบบ ทพ.)")
        rows = [("ผู้ขอจดทะเบียน", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                ("วันเดือนปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่ผู้ขอ", home(a, i)),
                ("โทรศัพท์", mobile(p.mobile, i + 3)), ("อีเมล", p.email or "-"), ("ชื่อร้าน", name),
                ("ที่ตั้งสำนักงานใหญ่ (เดิม)", old), ("ที่ตั้งสำนักงานใหญ่ (ใหม่)", place),
                ("ทะเบียนพาณิชย์เลขที่", f"ชร {1400 + i}/2565")]  # fmt: skip
        t = d.add_table(rows=0, cols=2)
        for x, y in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = x, y
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ขอจดทะเบียน\n( {a.name} )")

    raw = message(i, "ขอเปลี่ยนแปลงที่ตั้งร้าน", own_box(a), text="แนบแบบคำขอเปลี่ยนแปลงรายการ\n",
                  files=(("ทพ_เปลี่ยนแปลง.docx", docx_bytes(build), DOCX),), town=town(a))  # fmt: skip
    return Case("docx_change_form_table", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_thp_named(a: Party, i: int) -> Case:
    """A fillable ทพ. whose fields are owner_*, shop_* and filer_* (an accountant's
    staff filed it in v2; empty in v1)."""
    p = a.p
    name, place, handle = shop(a)
    acc = ACCOUNTANTS[i % 2]
    filer = (acc[0], acc[4], acc[5]) if i % 2 else ("", "", "")
    labels = [(60, 18, "แบบ ทพ. คำขอจดทะเบียนพาณิชย์"), (20, 36, "ชื่อผู้ขอจดทะเบียน"), (20, 46, "เลขประจำตัวประชาชน"),
              (120, 46, "วันเกิด"), (20, 56, "ที่อยู่"), (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"),
              (20, 80, "ชื่อร้าน"), (20, 90, "ที่ตั้งสำนักงานแห่งใหญ่"), (20, 100, "เว็บไซต์ / ช่องทางออนไลน์"),
              (20, 116, "ผู้ยื่นแทน (ถ้ามี)"), (20, 126, "โทรศัพท์ผู้ยื่นแทน"), (110, 126, "อีเมลผู้ยื่นแทน")]  # fmt: skip
    fields = [Field("owner_name", a.name, 55, 36, 100), Field("owner_id", p.nid, 60, 46, 55, comb=13),
              Field("owner_dob", born_th(p.born, i), 135, 46, 45), Field("owner_address", home(a, i), 35, 56, 160),
              Field("owner_phone", mobile(p.mobile, i), 45, 66, 55), Field("owner_email", p.email, 125, 66, 70),
              Field("shop_name", name, 45, 80, 120), Field("shop_address", place, 65, 90, 130),
              Field("shop_web", f"https://shopee.co.th/{handle}", 75, 100, 110),
              Field("filer_name", filer[0], 60, 116, 90), Field("filer_phone", filer[1], 60, 126, 45),
              Field("filer_email", filer[2], 135, 126, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    sender = f"{filer[0]} <{filer[2]}>" if i % 2 else own_box(a)
    raw = message(
        i,
        "แบบ ทพ. (PDF กรอกได้)",
        sender,
        text="แนบแบบ ทพ. ที่กรอกแล้ว\n",
        files=(("thp.pdf", data, PDF),),
        town=town(a),
    )
    return Case("pdf_fillable_thp_named", raw, own(a, ALL))


def pdf_fillable_close_textn(a: Party, i: int) -> Case:
    """A fillable closing form whose fields are Text1..Text9: the owner, the shop, the
    registration number (13 digits, starts with 0), the closing date."""
    p = a.p
    name, place, _ = shop(a)
    labels = [(50, 18, "คำขอจดทะเบียนพาณิชย์ (เลิกประกอบพาณิชยกิจ)"), (20, 36, "ข้าพเจ้า"), (20, 46, "เลขประจำตัวประชาชน"),
              (20, 56, "อยู่บ้านเลขที่"), (20, 66, "โทรศัพท์"), (20, 80, "ชื่อที่ใช้ในการประกอบพาณิชยกิจ"),
              (20, 90, "ทะเบียนเลขที่"), (20, 100, "ที่ตั้งสำนักงานแห่งใหญ่"), (20, 110, "เลิกประกอบพาณิชยกิจตั้งแต่วันที่"),
              (20, 120, "เหตุที่เลิก")]  # fmt: skip
    fields = [Field("Text1", a.name, 40, 36, 100), Field("Text2", nid_w(p.nid, i), 60, 46, 60),
              Field("Text3", home(a, i + 2), 45, 56, 150), Field("Text4", mobile(p.mobile, i + 1), 45, 66, 55),
              Field("Text5", name, 80, 80, 100), Field("Text6", JURISTIC[(i + 1) % 2], 45, 90, 60),
              Field("Text7", place, 65, 100, 130), Field("Text8", thai_day(date(2026, 12, 31)), 85, 110, 60),
              Field("Text9", "ย้ายไปขายออนไลน์อย่างเดียว ไม่มีหน้าร้าน", 45, 120, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ขอเลิกประกอบพาณิชยกิจ", own_box(a), text=f"เรียน เจ้าหน้าที่\nแนบคำขอเลิกประกอบพาณิชยกิจ{ending(a)}\n",
                  files=(("เลิกกิจการ.pdf", data, PDF),), town=town(a))  # fmt: skip
    return Case("pdf_fillable_close_textn", raw, own(a, NO_BIRTH))


def pdf_typed_thp_form(a: Party, i: int) -> Case:
    """A ทพ. typed in Word and printed to PDF: numbered items, the owner's age and birth
    date, her home, the shop's place and channels, PromptPay her ID (v2) or bank (v1)."""
    p = a.p
    name, place, handle = shop(a)
    pay = (
        f"พร้อมเพย์ {nid_w(p.nid, i + 1)}"
        if i % 2
        else f"บัญชีธนาคารกรุงไทย {980 + i}-{1 + i % 9}-{55231 + i}-{i % 10}"
    )
    paras: list[tuple[float, str]] = [(75, "แบบ ทพ."), (60, "คำขอจดทะเบียนพาณิชย์ (ตั้งใหม่)"), (120, f"เขียนที่ {CITY[town(a)]}"),
             (120, f"วันที่ {5 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, f"1. ข้าพเจ้า {a.name} อายุ {age(a)} ปี เกิดวันที่ {born_th(p.born, i + 2)} เลขประจำตัวประชาชน {nid_w(p.nid, i)}"),
             (20, f"   อยู่บ้านเลขที่ {home(a, i + 1)} โทรศัพท์ {mobile(p.mobile, i + 2)} อีเมล {p.email or '-'}"),
             (20, f"2. ชื่อที่ใช้ในการประกอบพาณิชยกิจ {name}"),
             (20, "3. ชนิดแห่งพาณิชยกิจ ขายสินค้าผ่านสื่ออิเล็กทรอนิกส์"),
             (20, f"4. ที่ตั้งสำนักงานแห่งใหญ่ {place}"),
             (20, f"5. ช่องทาง Facebook: {handle}  LINE: @{handle}  เว็บไซต์: www.{handle}.co"),
             (20, f"6. การชำระเงิน {pay}"), (0, ""),
             (110, "ลงชื่อ ......................... ผู้ขอจดทะเบียน"), (118, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(
        i,
        "คำขอจดทะเบียนพาณิชย์",
        own_box(a),
        text="แนบแบบ ทพ.\n",
        files=(("ทพ.pdf", data, PDF),),
        town=town(a),
    )
    return Case("pdf_typed_thp_form", raw, own(a, ALL))


def pdf_typed_accountant_letter(a: Party, i: int) -> Case:
    """An accountant's typed letter on letterhead (top left: office, line, licence)
    filing a client's new registration: the client's lines in the body."""
    p = a.p
    name, place, _ = shop(a)
    acc, office, oaddr, line, mob, box, lic = ACCOUNTANTS[(i + 1) % 2]
    paras: list[tuple[float, str]] = [(20, office), (20, oaddr), (20, f"โทร {line}  {lic}"), (0, ""),
             (120, f"{7 + i % 20} ธันวาคม 2569"), (20, "เรื่อง ยื่นคำขอจดทะเบียนพาณิชย์แทนผู้ประกอบการ"),
             (20, f"เรียน นายทะเบียนพาณิชย์ {CITY[town(a)]}"), (0, ""),
             (30, f"ด้วยสำนักงานฯ ได้รับมอบอำนาจจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
                  f"อยู่บ้านเลขที่ {home(a, i + 2)} ให้ยื่นคำขอจดทะเบียนพาณิชย์ (ตั้งใหม่) ชื่อ {name} ตั้งอยู่ที่ {place}"),
             (30, f"หากมีข้อสงสัยโปรดติดต่อ {acc} โทร {mob} อีเมล {box}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({acc})"), (108, "ผู้รับมอบอำนาจ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"ยื่นจดทะเบียนพาณิชย์ลูกค้า {a.p.first}", f"{acc} <{box}>", text="เรียน งานทะเบียนพาณิชย์\nแนบหนังสือนำส่ง\n",
                  files=(("letter.pdf", data, PDF),), town=town(a))  # fmt: skip
    return Case("pdf_typed_accountant_letter", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_accountant_clients(a: Party, i: int) -> Case:
    """An accountant's sheet of clients' shops (head block: her office), three clients'
    rows; the mail says this filing is for ลำดับที่ 2 (the applicant)."""
    acc, office, oaddr, line, mob, box, lic = ACCOUNTANTS[i % 2]
    others = [PEOPLE[(PEOPLE.index(a) + 3) % 12], PEOPLE[(PEOPLE.index(a) + 5) % 12]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ลูกค้า ทพ."
        ws.append((office,))
        ws.append(("ที่ตั้งสำนักงาน", oaddr))
        ws.append(("ผู้จัดทำ", acc, lic))
        ws.append(("โทร", line, "มือถือ", mob, "อีเมล", box))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อผู้ประกอบการ",
                "เลขประจำตัวประชาชน",
                "ที่อยู่ผู้ประกอบการ",
                "ชื่อร้าน",
                "ที่ตั้งร้าน",
                "สถานะ",
            )
        )
        for n, x in enumerate((others[0], a, others[1])):
            s = shop(x)
            ws.append(
                (
                    n + 1,
                    x.name,
                    nid_w(x.p.nid, i + n),
                    home(x, i + n),
                    s[0],
                    s[1],
                    "ยื่นครั้งนี้" if x is a else "รอเอกสาร",
                )
            )

    raw = message(i, "ยื่นจดทะเบียนพาณิชย์ ลูกค้าลำดับที่ 2", f"{acc} <{box}>",
                  text=f"เรียน งานทะเบียนพาณิชย์\nครั้งนี้ขอยื่นของลำดับที่ 2 ({a.name}) ก่อน รายอื่นรอเอกสาร\n{acc}\n",
                  files=(("clients_thp.xlsx", xlsx_bytes(build), XLSX),), town=town(a))  # fmt: skip
    return Case("xlsx_accountant_clients", raw, for_other(a, NO_BIRTH))


def xlsx_seller_own_sheet(a: Party, i: int) -> Case:
    """A seller's own sheet of label rows: her values, then the shop's place, bank
    account and PromptPay (her husband's mobile)."""
    p = a.p
    name, place, handle = shop(a)
    sp, sp_mob = SPOUSES[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลจดทะเบียน"
        for row in (("ข้อมูลขอจดทะเบียนพาณิชย์",), ("ชื่อ-สกุล", a.name), ("เลขบัตรประชาชน", nid_w(p.nid, i)),
                    ("วันเกิด", born_th(p.born, i + 1)), ("ที่อยู่ปัจจุบัน", home(a, i + 2)), ("เบอร์โทร", mobile(p.mobile, i)),
                    ("อีเมล", p.email or "-"), (), ("ชื่อร้าน", name), ("ที่ตั้งร้าน", place), ("LINE", f"@{handle}"),
                    ("Shopee", f"shopee.co.th/{handle}"), ("บัญชีธนาคาร", f"ไทยพาณิชย์ {401 + i}-{2 + i % 7}{37190 + i}-{i % 10}"),
                    ("พร้อมเพย์", f"{sp_mob} ({sp})")):  # fmt: skip
            ws.append(row)

    raw = message(i, "ข้อมูลจดทะเบียนพาณิชย์", own_box(a), text=f"ส่งข้อมูลเป็นไฟล์ Excel {ending(a)}\n",
                  files=(("ข้อมูลร้าน.xlsx", xlsx_bytes(build), XLSX),), town=town(a))  # fmt: skip
    return Case("xlsx_seller_own_sheet", raw, own(a, ALL))


def xlsx_partnership_partners(a: Party, i: int) -> Case:
    """A partnership's list of partners: the partnership's head rows (juristic number,
    office), the partners' rows with a role column; the managing partner second."""
    p = a.p
    name, place, _ = shop(a)
    p1, p2 = PARTNERS[(i + 2) % 3], PARTNERS[i % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "หุ้นส่วน"
        ws.append(("ห้างหุ้นส่วนสามัญ", name))
        ws.append(("เลขทะเบียนนิติบุคคล", JURISTIC[(i + 1) % 2]))
        ws.append(("ที่ตั้งสำนักงานใหญ่", place))
        ws.append(())
        ws.append(("ชื่อ-สกุล", "ฐานะ", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "เงินลงหุ้น"))
        ws.append(
            (
                p1[0],
                "หุ้นส่วน",
                nid_w(p1[1], i),
                "12/03/2521",
                "4 หมู่ที่ 1 ตำบลนางแล อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100",
                mobile(p1[2], i),
                150000,
            )
        )
        ws.append(
            (
                a.name,
                "หุ้นส่วนผู้จัดการ",
                nid_w(p.nid, i + 1),
                born_th(p.born, i + 1),
                home(a, i),
                mobile(p.mobile, i + 1),
                200000,
            )
        )
        ws.append(
            (
                p2[0],
                "หุ้นส่วน",
                nid_w(p2[1], i + 2),
                "30/09/2530",
                "61 ถนนท่ากว๊าน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000",
                mobile(p2[2], i + 2),
                100000,
            )
        )

    raw = message(i, "รายชื่อหุ้นส่วน ประกอบคำขอจดทะเบียนพาณิชย์", own_box(a),
                  text=f"เรียน นายทะเบียนพาณิชย์\nแนบรายชื่อหุ้นส่วน {me(a)}เป็นหุ้นส่วนผู้จัดการ\n{a.name}\n",
                  files=(("partners.xlsx", xlsx_bytes(build), XLSX),), town=town(a))  # fmt: skip
    return Case("xlsx_partnership_partners", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_new_online_shop, (0, 7)),
    (plain_android_close_shop, (1, 5)),
    (plain_gmail_daughter_for_mother, (2, 9)),
    (plain_line_chat_forwarded, (7, 4)),
    (plain_webmail_partnership, (3, 10)),
    (html_gmail_shop_table, (6, 0)),
    (html_outlook_accountant_change, (9, 11)),
    (html_eservice_notification, (11, 8)),
    (html_gmail_reply_over_clerk, (4, 1)),
    (docx_thp_dotted_form, (10, 6)),
    (docx_partnership_table, (5, 3)),
    (docx_poa_owner_to_relative, (7, 2)),
    (docx_change_form_table, (8, 0)),
    (pdf_fillable_thp_named, (1, 4)),
    (pdf_fillable_close_textn, (9, 10)),
    (pdf_typed_thp_form, (11, 6)),
    (pdf_typed_accountant_letter, (3, 5)),
    (xlsx_accountant_clients, (2, 8)),
    (xlsx_seller_own_sheet, (4, 9)),
    (xlsx_partnership_partners, (10, 1)),
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
