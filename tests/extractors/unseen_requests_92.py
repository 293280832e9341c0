"""A ninety-second set of requests written by someone who had not read the readers (issue 8):
FARMERS AND FISHERS ASKING FOR DISASTER AID AND REGISTRATION, to the สำนักงานเกษตรอำเภอ,
the สำนักงานประมงอำเภอ and the อบต. of ชัยนาท and อ่างทอง (farmers: สรรพยา, มโนรมย์, หันคา,
ป่าโมก, วิเศษชัยชาญ, โพธิ์ทอง) and of สตูล and ตรัง (small-boat fishers: ละงู, เมืองสตูล,
ทุ่งหว้า, กันตัง, สิเกา). Flood, drought and storm relief (ขอรับความช่วยเหลือผู้ประสบภัย,
กษ.01 lines, a กษ.02 list), the farmer register (ทะเบียนเกษตรกร, its household register
number), small boats (ทะเบียนเรือ, ใบอนุญาตทำการประมงพื้นบ้าน numbers), land papers
(โฉนด, น.ส.3ก, ส.ป.ก.4-01 numbers, rai-ngan-wa areas), ธ.ก.ส. accounts, livestock counts and
ear-tag numbers, a village headman's sheet listing several affected households where one
household head asks, a son or daughter in Bangkok writing for old parents, a spouse's and a
landlord's details beside the farmer's. Kinds: plain (Gmail, a LINE chat forwarded, an
iPhone mail, a web form's notification), HTML (Gmail, Outlook, a reply over an officer's
quoted mail, an iPhone mail), Word (a กษ.01-like form on dotted lines, a renter's request
with the landlord's consent, a fisher's letter, a request with the headman's certificate),
PDF (fillable and typed), xlsx (a headman's กษ.02 list, a fisher's boat sheet, a livestock
vaccination sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test and
the earlier sets' first docstrings).

Conventions (written down before any run). Earlier rulings followed: set 28 (the applicant
is the person who asks; for a body the natural person who signs), sets 31/63 (a service for
one person asked by another is the one it is for: the old parent, not the son who writes;
the villager, not the headman who files), set 37 (where only another's phone is given,
phone `()`: the other's only with a flag). So:
- The APPLICANT is the farmer or fisher the aid or registration is for: the household head
  who asks (in a headman's list, the one the headman's mail or the list's note says asks;
  the other households, the headman never); the old father or mother a son or daughter in
  Bangkok writes for (the child's name, ID, Bangkok home, phone and box never: phone and
  e-mail `()` where only the child's appear); the renter who farms, never the landowner
  (ผู้ให้เช่า, เจ้าของที่ดิน); the spouse (คู่สมรส), household members, crew, the
  officer quoted, the livestock volunteer, the กำนัน who certifies never.
- phone: the applicant's own mobile where given; email: the applicant's own box where she
  sends from it or gives it; `()` where only another's box appears (the child's, the
  headman's, a web form's no-reply, the tambon's copy shop that types and sends for
  villagers with no box of their own).
- address: where the applicant lives (house number to อำเภอ, with or without
  เลขที่/บ้านเลขที่, province and postal code); the plot's, the field's, the pier's, the
  landlord's, the child's never. province and postal code of that address.
- birth_date ISO, only the applicant's; a disaster's, a vaccination's, a letter's date never.
- A farmer register or household number (ทะเบียนเกษตรกร, รหัสประจำบ้าน), a deed's, an
  น.ส.3ก's, a ส.ป.ก.4-01's number, a parcel number, a ระวาง, a boat's register, a fishing
  licence, an engine's serial, a ธ.ก.ส. account, an ear tag, a เลขที่หนังสือ, an amount and
  rai-ngan-wa areas are never an ID or a phone.
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
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@agri-fish.example.go.th"
CN = "ชัยนาท"
AT = "อ่างทอง"
ST = "สตูล"
TR = "ตรัง"

# Farmers (0-5) and small-boat fishers (6-11): the ones the requests are for.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมหมาย", "ปานทอง", "318040004153", date(1958, 5, 14), "0816547720", "sommai.pt@gmail.com",
      "54", "3", "", "", "โพนางดำออก", "สรรพยา", CN, "17150"),
    P("นาง", "บุญเรือน", "แจ่มใส", "318020002781", date(1962, 9, 2), "0897301446", "",
      "112", "5", "", "", "คุ้งสำเภา", "มโนรมย์", CN, "17110"),
    P("นาย", "ประยูร", "ศรีสุข", "315030001884", date(1949, 1, 20), "0869915032", "",
      "7/1", "2", "", "", "โผงเผง", "ป่าโมก", AT, "14130"),
    P("นาย", "วีระ", "ทองมา", "315060006441", date(1975, 7, 7), "0924418856", "weera.tm@hotmail.com",
      "89", "6", "", "", "ไผ่จำศีล", "วิเศษชัยชาญ", AT, "14110"),
    P("นางสาว", "สุดารัตน์", "คงเจริญ", "118060007122", date(1988, 3, 30), "0635529814", "sudarat.kj@gmail.com",
      "23", "8", "", "", "บ้านเชี่ยน", "หันคา", CN, "17130"),
    P("นาง", "ลำดวน", "อินทร์ประเสริฐ", "315040003310", date(1944, 11, 11), "0813356042", "",
      "31", "4", "", "", "อินทประมูล", "โพธิ์ทอง", AT, "14120"),
    P("นาย", "หมาดหลี", "บินสอาด", "391050004456", date(1966, 2, 18), "0817479923", "",
      "45", "3", "", "", "ปากน้ำ", "ละงู", ST, "91110"),
    P("นาย", "ยูโสบ", "หลีเส็น", "391010008773", date(1971, 10, 5), "0895971244", "yusob.ls@gmail.com",
      "102", "1", "", "", "ตำมะลัง", "เมืองสตูล", ST, "91000"),
    P("นาง", "ฝาตีเม๊าะ", "สันหมาน", "391060002551", date(1979, 6, 26), "0846631907", "fatimoh.sm@gmail.com",
      "18/2", "7", "", "", "ทุ่งหว้า", "ทุ่งหว้า", ST, "91120"),
    P("นาย", "สมพงษ์", "ทะเลลึก", "392020005621", date(1969, 4, 9), "0819978615", "",
      "66", "2", "", "", "เกาะลิบง", "กันตัง", TR, "92110"),
    P("นาย", "ร่าเหม", "สัญญา", "392050001294", date(1957, 12, 31), "0872246618", "",
      "9", "5", "", "", "บ่อหิน", "สิเกา", TR, "92150"),
    P("นาย", "อนันต์", "แซ่ลิ่ม", "392020007183", date(1983, 8, 16), "0932284410", "anan.sl83@gmail.com",
      "140/3", "4", "", "", "บางสัก", "กันตัง", TR, "92110"),
)  # fmt: skip

# Sons and daughters working in Bangkok: name, ID, mobile, box, home.
CHILDREN: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายธีรวัฒน์ ปานทอง", with_check_digit("118040112345"), "0953316742", "teerawat.pt@gmail.com",
     "88/241 คอนโดเดอะทรี ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900"),
    ("นางสาวกนกวรรณ ศรีสุข", with_check_digit("115030900441"), "0618827340", "kanokwan.ss@outlook.com",
     "1/55 ซอยสุขุมวิท 95 แขวงบางจาก เขตพระโขนง กรุงเทพมหานคร 10260"),
    ("นายอดุลย์ อินทร์ประเสริฐ", with_check_digit("115040901772"), "0824415097", "adul.ip@gmail.com",
     "302/9 หมู่บ้านพฤกษาวิลล์ ถนนรามอินทรา แขวงท่าแร้ง เขตบางเขน กรุงเทพมหานคร 10220"),
)  # fmt: skip

# Landowners who rent out the field: name, ID, mobile, home.
LANDLORDS: tuple[tuple[str, str, str, str], ...] = (
    ("นายเฉลิม วงศ์สวัสดิ์", with_check_digit("318040000991"), "0814402261",
     "19 หมู่ที่ 1 ตำบลโพนางดำตก อำเภอสรรพยา จังหวัดชัยนาท 17150"),
    ("นางสมจิตร ภู่ระหงษ์", with_check_digit("315010005228"), "0898825513",
     "5/7 ถนนเทศบาล 1 ตำบลบางแก้ว อำเภอเมืองอ่างทอง จังหวัดอ่างทอง 14000"),
)  # fmt: skip

# Village headmen: name, post, mobile, box.
HEADMEN: tuple[tuple[str, str, str, str], ...] = (
    ("นายสุรินทร์ ชูเชิด", "ผู้ใหญ่บ้าน", "0861197724", "surin.pyb@gmail.com"),
    ("นายดอเลาะ หมีนเส็น", "กำนัน", "0897754301", "dolah.kamnan@gmail.com"),
)

# Officers quoted: name, post, desk line, box.
FISH_OFFICERS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "นางสาวอรวรรณ หมัดเจริญ",
        "นักวิชาการประมงปฏิบัติการ สำนักงานประมงจังหวัดสตูล",
        "074-711-120",
        "fish.satun@example.go.th",
        "ศาลากลางจังหวัดสตูล ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000",
    ),
    (
        "นายชยพล ศรีสมุทร",
        "เจ้าพนักงานประมงชำนาญงาน สำนักงานประมงจังหวัดตรัง",
        "075-218-604",
        "fish.trang@example.go.th",
        "ศาลากลางจังหวัดตรัง ถนนพระราม 6 ตำบลทับเที่ยง อำเภอเมืองตรัง จังหวัดตรัง 92000",
    ),
)
KASET_OFFICER = "นายภัทรพล แก้วมณี"

WIVES = ("นางมาลัย", "นางสมศรี", "นางรอฮีหม๊ะ", "นางจันทร์เพ็ญ", "นางแอเสาะ", "นางวันดี")
HUSBANDS = ("นายบุญส่ง", "นายสมาน", "นายอุสมาน", "นายประเสริฐ", "นายหมัด", "นายเสถียร")


def spouse(a: Party, k: int) -> tuple[str, str]:
    """The applicant's spouse: a name with his or her last name, an ID of the same area."""
    p = a.p
    first = (HUSBANDS if p.title != "นาย" else WIVES)[k % 6]
    return f"{first} {p.last}", with_check_digit(
        p.nid[:5] + f"{(int(p.nid[5:12]) + 7311 * (k + 1)) % 10**7:07d}"
    )


def others(a: Party, k: int) -> list[tuple[str, str, str, str]]:
    """Three other households of the applicant's village: name, ID, house, mobile."""
    p = a.p
    names = (("นายสำราญ", "ดีมาก"), ("นางเยาวลักษณ์", "ชมภู"), ("นายบุญมา", "แก้วกล้า"),
             ("นายหมัดสอิ", "หลีหาด"), ("นางสุภา", "เกตุแก้ว"), ("นายชาญ", "ทองดี"))  # fmt: skip
    out = []
    for j in range(3):
        f, last = names[(k + j) % 6]
        nid = with_check_digit(p.nid[:5] + f"{(int(p.nid[5:12]) + 40013 * (j + 2)) % 10**7:07d}")
        out.append(
            (
                f"{f} {last}",
                nid,
                f"{10 + 17 * j + k}",
                f"08{(61234507 + 7919 * (j + k)) % 10**8:08d}",
            )
        )
    return out


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 3 + n % 20, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set92-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    if p.email:
        return f"{p.first} {p.last} <{p.email}>"
    # no box of her own: the tambon's copy shop types and sends for villagers
    return f"ร้านถ่ายเอกสาร{p.tambon} <copyshop.{p.postal}.{p.moo}@gmail.com>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant who sends from her own box (e-mail not scored where she has none)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def no_box(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant writes from a box that is not hers, or a form's no-reply: email `()`."""
    e = exp(a, keys)
    if "email" in e:
        e["email"] = ()
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """Sent by another for her: phone and e-mail `()` (only the sender's appear)."""
    e = exp(a, keys)
    e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def farm_no(a: Party, k: int) -> str:
    """The farmer register's household number (รหัสทะเบียนเกษตรกร), 12 digits."""
    return f"{a.p.nid[:4]}{(int(a.p.nid[4:12]) * 7 + k) % 10**8:08d}"


def baac(a: Party, k: int) -> str:
    n = f"{(int(a.p.nid[1:12]) * 3 + 17 * k) % 10**12:012d}"
    return f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9:]}"


def boat(a: Party, k: int) -> tuple[str, str, str]:
    """ทะเบียนเรือ, ใบอนุญาตทำการประมงพื้นบ้าน, an engine's serial."""
    code = "สต" if a.p.province == ST else "ตง"
    return (f"{code} {40 + k}{a.p.nid[8:12]}", f"{code}.พบ. {(int(a.p.nid[6:11]) % 9000) + 100}/2568",
            f"YMR-RT{140 + k}-{a.p.nid[4:11]}")  # fmt: skip


def landlord(a: Party) -> tuple[str, str, str, str]:
    """The landowner who rents out the applicant's field (one in each farming province)."""
    return LANDLORDS[a.p.province == AT]


def officer(a: Party) -> tuple[str, str, str, str, str]:
    """The fisheries officer of the applicant's province, her office's place."""
    return FISH_OFFICERS[a.p.province == TR]


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_flood_kasor01": "the farmer who writes from his own Gmail; never the plot's place or the register's numbers",
    "plain_line_forward_fisher_storm": "the fisher whose LINE chat is forwarded; never the officer in the chat (a copy shop's box never his: email `()`)",
    "plain_son_bangkok_father_drought": "the old father; never the son (his ID, condo, phone, box) nor the mother",
    "plain_iphone_renter_landlord": "the renter who farms and asks; never the landlord (ID, phone, home)",
    "plain_webform_livestock_loss": "the livestock owner in the form's fields; the no-reply box never (email `()`)",
    "html_gmail_headman_households": "the household head the headman's mail says asks; never the headman or the other rows",
    "html_outlook_wife_spouse_table": "the wife who asks (ผู้ยื่นคำร้อง rows); never the husband's rows",
    "html_gmail_reply_over_officer": "the fisher who replies; never the officer's quoted signature",
    "html_iphone_daughter_register_update": "the old father; never the daughter who writes (her ID, Bangkok home, phone, box)",
    "docx_kasor01_dotted_form": "the ผู้ขอรับความช่วยเหลือ on the dotted lines; never the headman and officer who certify",
    "docx_renter_with_landlord_consent": "the renter (ผู้เช่า) who asks; never the landlord who consents",
    "docx_fisher_boat_letter": "the fisher who writes and signs; never his wife or the crew",
    "docx_request_headman_certifies": "the farmer who asks; never the ผู้ใหญ่บ้าน's certificate below",
    "pdf_fillable_kasor01_english_names": "farmer_* fields; never landlord_* or spouse_*",
    "pdf_fillable_fishing_licence": "the ผู้ขอ fields; never the boat's, the crew's or the witness's",
    "pdf_typed_son_for_mother": "the old mother; never the son whose block is top right",
    "pdf_typed_register_update": "the farmer who writes and signs; never the spouse in the household rows",
    "xlsx_headman_kasor02_list": "the household head marked ผู้ยื่นคำร้อง; never the headman, never other rows",
    "xlsx_fisher_boat_sheet": "the owner's block; never the crew rows",
    "xlsx_livestock_vaccination": "the owner's block; never the volunteer (อสป.) and ear tags",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_flood_kasor01(a: Party, i: int) -> Case:
    """A farmer asks from his Gmail for flood aid in the lines of a กษ.01: his register
    number, the flooded plot's deed and rai-ngan-wa, the ธ.ก.ส. account."""
    p = a.p
    text = (
        f"เรียน เกษตรอำเภอ{p.amphoe}\n\n"
        f"{me(a)} {a.name} ขอรับความช่วยเหลือผู้ประสบภัยพิบัติด้านพืช (น้ำท่วม) ตามแบบ กษ.01 ดังนี้{ending(a)}\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}\n"
        f"วันเดือนปีเกิด: {born_th(p.born, i)}\n"
        f"ที่อยู่: {home(a, i)}\n"
        f"เลขทะเบียนเกษตรกร (รหัสประจำบ้าน): {farm_no(a, i)}\n"
        f"ที่ดินที่เสียหาย: โฉนดเลขที่ {21450 + i} เลขที่ดิน {118 + i} ต.{p.tambon} พื้นที่ 12-2-40 ไร่ (ข้าวนาปี อายุ 60 วัน) เสียหายทั้งหมด\n"
        f"วันที่เกิดภัย: {thai_day(date(2026, 10, 2 + i % 20))}\n"
        f"บัญชี ธ.ก.ส. สาขา{p.amphoe} เลขที่ {baac(a, i)}\n"
        f"โทรศัพท์มือถือ: {mobile(p.mobile, i)}\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(i, "ขอรับความช่วยเหลือผู้ประสบภัยน้ำท่วม (กษ.01)", own_box(a), text=text)
    return Case("plain_gmail_flood_kasor01", raw, own(a, ALL))


def plain_line_forward_fisher_storm(a: Party, i: int) -> Case:
    """A fisher forwards his LINE chat with the district fisheries officer about his boat
    sunk in a storm: the officer's lines (her name, desk phone), his own lines with his
    ID, home, boat register, licence and mobile; times of day."""
    p = a.p
    o_name, o_post, o_line, _, _ = officer(a)
    reg, lic, engine = boat(a, i)
    nick = p.first
    text = (
        f"[LINE] ประวัติการแชทกับ {o_name.split()[0][6:]} ประมงอำเภอ\nบันทึกเมื่อ: 2569/11/0{3 + i % 5} 10:22\n\n"
        f"2569/11/0{3 + i % 5}(อ.)\n"
        f"08:41\t{o_name.split()[0][6:]} ประมงอำเภอ\tสวัสดีค่ะ ส่งรายละเอียดเรือที่เสียหายมาที่อีเมลสำนักงานนะคะ ใส่ชื่อ เลขบัตร ที่อยู่ เบอร์โทร ทะเบียนเรือ\n"
        f"08:43\t{o_name.split()[0][6:]} ประมงอำเภอ\tมีข้อสงสัยโทร {o_line} ค่ะ ({o_name} {o_post})\n"
        f"09:15\t{nick}\tชื่อ {a.name}\n"
        f"09:15\t{nick}\tบัตรประชาชน {thai(nid_w(p.nid, i)) if i % 2 else nid_w(p.nid, i)}\n"
        f"09:16\t{nick}\tบ้านเลขที่ {home(a, i + 1)}\n"
        f"09:17\t{nick}\tเรือหางยาว ทะเบียนเรือ {reg} ใบอนุญาตทำการประมงพื้นบ้าน {lic}\n"
        f"09:17\t{nick}\tเครื่องยนต์ {engine} จมตอนพายุเข้าวันที่ {2 + i % 20} ตุลา ยังกู้ไม่ได้\n"
        f"09:18\t{nick}\tโทร {mobile(p.mobile, i + 1)}\n"
        f"09:20\t{o_name.split()[0][6:]} ประมงอำเภอ\t[สติกเกอร์]\n"
    )
    body = f"ส่งต่อแชทไลน์ขอรับความช่วยเหลือเรือจมครับ\n\n{text}"
    raw = message(i, f"Fwd: แชท LINE เรือประมงเสียหาย {a.name}", own_box(a), text=body)
    return Case(
        "plain_line_forward_fisher_storm", raw, own(a, NO_BIRTH) if p.email else no_box(a, NO_BIRTH)
    )


def plain_son_bangkok_father_drought(a: Party, i: int) -> Case:
    """A son working in Bangkok writes for his old father's drought aid: the father's ID,
    birth date, home, register number; the mother (spouse) named with her ID; the son's
    own ID, condo and phone as the call-back."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = CHILDREN[(0, 2)[i % 2]]
    sp_name, sp_id = spouse(a, i)
    parent = "พ่อ" if p.title == "นาย" else "แม่"
    text = (
        f"เรียน นายก อบต.{p.tambon}\n\n"
        f"ผม {son} เลขบัตรประชาชน {nid_w(son_id, i + 1)} ทำงานอยู่กรุงเทพฯ ขอส่งเรื่องแทน{parent}ซึ่งอายุมากแล้ว ใช้อีเมลไม่เป็นครับ\n"
        f"ปีนี้ฝนทิ้งช่วง นาข้าวของ{parent}แห้งตายหมด จึงขอรับความช่วยเหลือผู้ประสบภัยแล้งครับ\n\n"
        f"ชื่อ{parent} {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านเลขที่ {home(a, i)}\n"
        f"คู่สมรส {sp_name} ({nid_w(sp_id, i)})\n"
        f"ทะเบียนเกษตรกรเลขที่ {farm_no(a, i)} พื้นที่นา น.ส.3ก เลขที่ {3312 + i} จำนวน 8 ไร่ 1 งาน 20 ตารางวา\n\n"
        f"{parent}ไม่มีโทรศัพท์ครับ ติดต่อผมได้ที่ {mobile(son_mob, i)}\n"
        f"ที่อยู่ผม {son_home}\n\nขอบคุณครับ\n{son}\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(
        i, f"ขอรับความช่วยเหลือภัยแล้ง (ส่งแทน{parent})", f"{son.split()[0][3:]} <{son_box}>", text=text
    )
    return Case("plain_son_bangkok_father_drought", raw, for_other(a, ALL))


def plain_iphone_renter_landlord(a: Party, i: int) -> Case:
    """A renter who farms another's land asks flood aid from her iPhone: the landlord's
    name, ID, phone and home beside hers (the rent agreement), the ส.ป.ก.4-01 number."""
    p = a.p
    l_name, l_id, l_mob, l_home = landlord(a)
    text = (
        f"เรียน เจ้าหน้าที่เกษตรตำบล{p.tambon}\n\n"
        f"{me(a)}ชื่อ {a.name} เลขบัตร {nid_w(p.nid, i + 2)}\n"
        f"อยู่ {home(a, i + 1)} โทร {mobile(p.mobile, i + 2)}\n"
        f"{me(a)}เช่าที่นาของ {l_name} (เลขบัตร {nid_w(l_id, i)} โทร {mobile(l_mob, i)} ที่อยู่ {l_home}) "
        f"ที่ดิน ส.ป.ก.4-01 เลขที่ {10233 + i} เนื้อที่ 15 ไร่ 0 งาน 62 ตารางวา ปลูกข้าวนาปรัง น้ำท่วมเสียหายทั้งแปลง\n"
        f"ขอยื่นขอรับเงินช่วยเหลือในฐานะผู้เช่า แนบสัญญาเช่านา (อายุสัญญา 6 ปี ทำเมื่อ {thai_day(date(2023, 4, 9 + i))}) และหนังสือยินยอมของเจ้าของที่ดินมาด้วย{ending(a)}\n\n"
        f"{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ผู้เช่านาขอรับความช่วยเหลือน้ำท่วม", own_box(a), text=text)
    return Case("plain_iphone_renter_landlord", raw, own(a, NO_BIRTH))


def plain_webform_livestock_loss(a: Party, i: int) -> Case:
    """The livestock office's web form's notification from a no-reply box: the owner's
    fields, the cattle drowned, ear tags, the volunteer's phone; a case number."""
    p = a.p
    tags = [f"{p.nid[1:5]}{(int(p.nid[6:12]) + 37 * j) % 10**6:06d}" for j in range(3)]
    text = (
        "มีผู้ยื่นแบบรายงานความเสียหายด้านปศุสัตว์ผ่านระบบ e-Service\n"
        f"หมายเลขคำขอ: DLD-{2569}{11:02d}{1000 + 37 * i}\n"
        "------------------------------------------\n"
        f"ชื่อ-นามสกุล : {a.name}\n"
        f"เลขประจำตัวประชาชน : {p.nid}\n"
        f"วันเกิด : {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        f"ที่อยู่ : {home(a, i + 2)}\n"
        f"โทรศัพท์ : {p.mobile}\n"
        f"ชนิดสัตว์ : โคเนื้อ {3 + i % 4} ตัว (ตาย {1 + i % 2} ตัว) กระบือ 2 ตัว\n"
        f"หมายเลขเบอร์หู : {', '.join(tags)}\n"
        f"อาสาปศุสัตว์ผู้รับรอง : นายเกรียงไกร สุขเกษม โทร 086-502-3318\n"
        "------------------------------------------\n"
        "อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(
        i,
        f"[e-Service] แบบรายงานความเสียหายด้านปศุสัตว์ #{1000 + 37 * i}",
        "ระบบ e-Service <no-reply@dld-eservice.example.go.th>",
        text=text,
    )
    return Case("plain_webform_livestock_loss", raw, no_box(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_headman_households(a: Party, i: int) -> Case:
    """A village headman's Gmail sends, at one household head's request, a table of four
    affected households (names, IDs, houses, phones); the mail says which one asks."""
    p = a.p
    h_name, h_post, h_mob, h_box = HEADMEN[i % 2]
    rows = others(a, i)
    rows.insert(1 + i % 2, (a.name, p.nid, p.house, p.mobile))
    order = [r[0] for r in rows].index(a.name) + 1
    t = "".join(f"<tr><td>{n + 1}</td><td>{r[0]}</td><td>{nid_w(r[1], i + n)}</td><td>{r[2]}</td><td>{mobile(r[3], n)}</td></tr>"
                for n, r in enumerate(rows))  # fmt: skip
    html = (
        f'<div dir="ltr"><div>เรียน ปลัด อบต.{p.tambon}</div><br>'
        f"<div>ตามที่เกิดอุทกภัยในหมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} "
        f"{a.name} (ลำดับที่ {order}) หัวหน้าครัวเรือน ได้มาขอให้กระผมส่งคำร้องขอรับความช่วยเหลือผู้ประสบภัยแทน "
        "พร้อมรายชื่อครัวเรือนที่ได้รับผลกระทบในละแวกเดียวกัน ดังนี้</div><br>"
        "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>ลำดับ</th><th>ชื่อ-สกุล หัวหน้าครัวเรือน</th>"
        f"<th>เลขประจำตัวประชาชน</th><th>บ้านเลขที่ (หมู่ {p.moo})</th><th>โทรศัพท์</th></tr>{t}</table><br>"
        f"<div>ขอแสดงความนับถือ</div><div>{h_name}</div><div>{h_post}หมู่ที่ {p.moo} ตำบล{p.tambon}</div><div>โทร {mobile(h_mob, i)}</div></div>\n"
    )
    raw = message(i, f"ส่งคำร้องผู้ประสบอุทกภัย หมู่ {p.moo}", f"{h_name} <{h_box}>", html=html)
    e = exp(a, "full_name national_id phone email province")
    e["email"] = ()
    return Case("html_gmail_headman_households", raw, e)


def html_outlook_wife_spouse_table(a: Party, i: int) -> Case:
    """A wife (or husband) asks storm relief from Outlook, a two-column table: the ผู้ยื่น
    คำร้อง's rows, then the คู่สมรส's rows (name, ID, birth date, phone)."""
    p = a.p
    sp_name, sp_id = spouse(a, i + 3)
    sp_born = date(p.born.year - 3, 1 + (p.born.month + 4) % 12, 10)
    rows = [("ข้อมูลผู้ยื่นคำร้อง", ""), ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
            ("โทรศัพท์", tel(a, i)), ("ข้อมูลคู่สมรส", ""), ("ชื่อ-นามสกุล", sp_name),
            ("เลขประจำตัวประชาชน", nid_w(sp_id, i)), ("วัน/เดือน/ปีเกิด", born_th(sp_born, i)),
            ("โทรศัพท์", mobile(f"09{(int(sp_id[4:12]) % 10**8):08d}", i))]  # fmt: skip
    t = "".join(
        f'<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">{x}</p></td>'
        f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">{y}</p></td></tr>'
        if y else f'<tr><td colspan="2" style="background:#D9E2F3;padding:0 5.4pt"><p class="MsoNormal"><b>{x}</b></p></td></tr>'
        for x, y in rows
    )  # fmt: skip
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="TH"><div class="WordSection1">'
        f'<p class="MsoNormal">เรียน ปลัด อบต.{p.tambon}</p><p class="MsoNormal">&nbsp;</p>'
        f'<p class="MsoNormal">{me(a)}ขอรับความช่วยเหลือผู้ประสบวาตภัย หลังคาบ้านและเล้าไก่ถูกพายุพัดเสียหาย เมื่อวันที่ {thai_day(date(2026, 9, 20 + i % 9))} รายละเอียดดังนี้</p>'
        f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">{t}</table>'
        f'<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">ขอแสดงความนับถือ<br>{a.name}</p></div></body></html>\n'
    )
    raw = message(i, "ขอรับความช่วยเหลือผู้ประสบวาตภัย", own_box(a), html=html)
    return Case("html_outlook_wife_spouse_table", raw, own(a, ALL))


def html_gmail_reply_over_officer(a: Party, i: int) -> Case:
    """A fisher replies in Gmail to the provincial fisheries officer's mail asking what
    was missing: his answers on top; the officer's mail quoted below with her
    signature (name, post, desk line, office address in the province's town)."""
    p = a.p
    o_name, o_post, o_line, o_box, o_place = officer(a)
    reg, lic, _ = boat(a, i + 1)
    top = (
        f'<div dir="ltr"><div>เรียน คุณ{o_name.split()[0][6:]}</div><div><br></div>'
        f"<div>ส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}</div>"
        f"<div>ชื่อผู้ขอ: {a.name}</div><div>เลขบัตรประชาชน: {nid_w(p.nid, i + 2)}</div>"
        f"<div>เกิดวันที่: {born_th(p.born, i)}</div><div>ที่อยู่: {home(a, i + 1)}</div>"
        f"<div>มือถือ: {mobile(p.mobile, i + 3)}</div>"
        f"<div>ทะเบียนเรือ {reg} / ใบอนุญาต {lic}</div><div><br></div><div>{a.name}</div></div><br>"
    )
    quoted = (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ จ. {3 + i % 20} พ.ย. 2569 เวลา 14:05 {o_name} &lt;{o_box}&gt; เขียนว่า:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"<div>เรียน {a.name}</div><div>คำขอรับความช่วยเหลือเครื่องมือประมงของท่านยังขาด เลขบัตรประชาชน วันเกิด และที่อยู่ตามทะเบียนบ้าน "
        "กรุณาส่งเพิ่มเติมภายใน 7 วัน</div><div>--</div>"
        f"<div>{o_name}</div><div>{o_post}</div><div>{o_place}</div>"
        f"<div>โทร {o_line}</div></blockquote></div>\n"
    )
    raw = message(
        i, "Re: ขอเอกสารเพิ่มเติม คำขอรับความช่วยเหลือเครื่องมือประมง", own_box(a), html=top + quoted
    )
    return Case("html_gmail_reply_over_officer", raw, own(a, ALL) if p.email else no_box(a, ALL))


def html_iphone_daughter_register_update(a: Party, i: int) -> Case:
    """A daughter in Bangkok mails from her iPhone (HTML) to update her old father's
    farmer register (ทบก.01): his lines, the plots (โฉนด, น.ส.3ก, areas); her own ID,
    home, mobile in her signature."""
    p = a.p
    d_name, d_id, d_mob, d_box, d_home = CHILDREN[1]
    parent = "คุณพ่อ" if p.title == "นาย" else "คุณแม่"
    html = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        f"<div>เรียน เจ้าหน้าที่สำนักงานเกษตรอำเภอ{p.amphoe}</div><div><br></div>"
        f"<div>ดิฉัน {d_name} (บุตรสาว) ขอแจ้งปรับปรุงทะเบียนเกษตรกรแทน{parent} ซึ่งอายุ {2569 - p.born.year - 543} ปีแล้ว ค่ะ</div><div><br></div>"
        f"<div>{parent}ชื่อ {a.name}</div><div>เลขประจำตัวประชาชน {nid_w(p.nid, i)}</div>"
        f"<div>วันเกิด {born_th(p.born, i + 2)}</div><div>ที่อยู่ {home(a, i + 2)}</div>"
        f"<div>ทะเบียนเกษตรกรเลขที่ {farm_no(a, i + 1)}</div><div><br></div>"
        f"<div>แปลงที่ 1 โฉนดเลขที่ {7712 + i} เนื้อที่ 6-3-15 ไร่ ปลูกข้าว</div>"
        f"<div>แปลงที่ 2 น.ส.3ก เลขที่ {402 + i} เนื้อที่ 2-0-88 ไร่ ปลูกมะม่วง (เพิ่มใหม่)</div><div><br></div>"
        f"<div>{parent}ไม่ได้ใช้มือถือค่ะ ติดต่อดิฉันแทนได้</div><div><br></div>"
        f"<div>{d_name}</div><div>เลขบัตร {nid_w(d_id, i + 1)}</div><div>{d_home}</div><div>โทร {mobile(d_mob, i)}</div>"
        '<div><br></div><div id="AppleMailSignature">ส่งจาก iPhone ของฉัน</div></body></html>\n'
    )
    raw = message(
        i, f"ขอปรับปรุงทะเบียนเกษตรกรของ{parent}", f"{d_name.split()[0][6:]} <{d_box}>", html=html
    )
    return Case("html_iphone_daughter_register_update", raw, for_other(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_kasor01_dotted_form(a: Party, i: int) -> Case:
    """A กษ.01-like form typed over dotted lines: the address in its parts, the register
    number, the plot (own or rented), damage in rai-ngan-wa, the ธ.ก.ส. account; below,
    the headman's and the officer's certifications with their names."""
    p = a.p
    h_name, h_post, h_mob, _ = HEADMEN[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบ กษ. 01\nแบบขอรับการช่วยเหลือเกษตรกรผู้ประสบภัยพิบัติ")
        d.add_paragraph(f"วันที่ {5 + i % 20} เดือน พฤศจิกายน พ.ศ. 2569")
        d.add_paragraph(
            f"1. ชื่อ-สกุล ......{a.name}...... เลขประจำตัวประชาชน ......{nid_w(p.nid, i + 1)}......\n"
            f"   วันเดือนปีเกิด ......{born_th(p.born, i + 2)}......\n"
            f"2. ที่อยู่ บ้านเลขที่ ....{p.house}.... หมู่ที่ ....{p.moo}.... ตำบล ....{p.tambon}.... อำเภอ ....{p.amphoe}.... "
            f"จังหวัด ....{p.province}.... รหัสไปรษณีย์ ....{p.postal}....\n"
            f"   โทรศัพท์ ......{mobile(p.mobile, i + 3)}......\n"
            f"3. เลขทะเบียนเกษตรกร ......{farm_no(a, i)}......\n"
            f"4. ที่ดินที่ประสบภัย ( ) ของตนเอง (/) เช่า ชื่อเจ้าของที่ดิน ......{landlord(a)[0]}......\n"
            f"   เอกสารสิทธิ์ โฉนดเลขที่ ....{5530 + i}.... ระวาง ....5138 IV 6416-04.... เนื้อที่ ....9-1-27.... ไร่-งาน-ตร.ว.\n"
            f"5. ชนิดพืช ข้าวนาปี  ภัย อุทกภัย  พื้นที่เสียหาย ....9.... ไร่ ....1.... งาน ....27.... ตารางวา\n"
            f"6. บัญชีเงินฝาก ธ.ก.ส. สาขา ....{p.amphoe}.... เลขที่บัญชี ....{baac(a, i + 1)}...."
        )
        d.add_paragraph(f"ลงชื่อ ......................... ผู้ขอรับการช่วยเหลือ\n({a.name})")
        d.add_paragraph(
            f"ข้าพเจ้า {h_name} ตำแหน่ง {h_post}หมู่ที่ {p.moo} ขอรับรองว่าผู้ขอรับการช่วยเหลือเป็นผู้ประสบภัยจริง\n"
            f"ลงชื่อ ......................... {h_post}\n({h_name}) โทร {mobile(h_mob, i)}"
        )
        d.add_paragraph(f"ลงชื่อ ......................... เจ้าหน้าที่ผู้ตรวจสอบ\n({KASET_OFFICER})")

    raw = message(i, "ส่งแบบ กษ.01 ขอรับความช่วยเหลือ", own_box(a), text=f"เรียน สำนักงานเกษตรอำเภอ\nส่งแบบ กษ.01 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("กษ01.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_kasor01_dotted_form", raw, own(a, ALL) if p.email else no_box(a, ALL))


def docx_renter_with_landlord_consent(a: Party, i: int) -> Case:
    """A renter's Word request for registering a rented plot in the farmer register, the
    landlord's หนังสือยินยอม on the same page (his ข้าพเจ้า, ID, home, phone)."""
    p = a.p
    l_name, l_id, l_mob, l_home = landlord(a)

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอขึ้นทะเบียนเกษตรกร (กรณีเช่าที่ดิน)")
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {9 + i % 15} พฤศจิกายน 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} โทรศัพท์ {mobile(p.mobile, i)} "
            f"ขอขึ้นทะเบียนแปลงที่ดินที่เช่าทำนา โฉนดเลขที่ {16604 + i} เนื้อที่ 11 ไร่ 2 งาน 0 ตารางวา ในทะเบียนเกษตรกร"
        )
        d.add_paragraph(f"ลงชื่อ.......................ผู้ร้อง (ผู้เช่า)\n({a.name})")
        d.add_paragraph("หนังสือยินยอมของเจ้าของที่ดิน")
        d.add_paragraph(
            f"ข้าพเจ้า {l_name} เลขประจำตัวประชาชน {nid_w(l_id, i + 1)} อยู่บ้านเลขที่ {l_home} โทรศัพท์ {mobile(l_mob, i + 1)} "
            f"เป็นเจ้าของที่ดินโฉนดเลขที่ {16604 + i} ยินยอมให้ {a.name} ใช้ที่ดินดังกล่าวทำการเกษตร และขึ้นทะเบียนเกษตรกรได้"
        )
        d.add_paragraph(f"ลงชื่อ.......................ผู้ให้เช่า (เจ้าของที่ดิน)\n({l_name})")

    raw = message(i, "คำร้องขึ้นทะเบียนเกษตรกร กรณีเช่าที่ดิน", own_box(a), text="เรียน เกษตรอำเภอ\nแนบคำร้องและหนังสือยินยอมเจ้าของที่ดิน\n",
                  files=(("คำร้องขึ้นทะเบียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_renter_with_landlord_consent", raw, own(a, ALL) if p.email else no_box(a, ALL)
    )


def docx_fisher_boat_letter(a: Party, i: int) -> Case:
    """A fisher's letter in Word asking a new engine after a storm: his block, the boat's
    register, licence and engine's serial, his wife named with her ID, two crew."""
    p = a.p
    reg, lic, engine = boat(a, i + 2)
    sp_name, sp_id = spouse(a, i + 1)
    crew = others(a, i + 3)[:2]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"\t\t\t\tบ้านเลขที่ {p.house} หมู่ที่ {p.moo}\n\t\t\t\tตำบล{p.tambon} อำเภอ{p.amphoe}\n\t\t\t\tจังหวัด{p.province} {p.postal}"
        )
        d.add_paragraph(f"\t\t\t\t{12 + i % 15} พฤศจิกายน 2569")
        d.add_paragraph(f"เรื่อง ขอรับการสนับสนุนเครื่องยนต์เรือประมงพื้นบ้าน\nเรียน ประมงจังหวัด{p.province}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ชาวประมงพื้นบ้าน เป็นเจ้าของเรือหางยาว ทะเบียนเรือ {reg} "
            f"ใบอนุญาตทำการประมงพื้นบ้านเลขที่ {lic} เครื่องยนต์หมายเลข {engine} ได้รับความเสียหายจากคลื่นลมแรงเมื่อวันที่ "
            f"{thai_day(date(2026, 10, 8 + i % 20))} เรือล่มและเครื่องยนต์จมน้ำใช้การไม่ได้"
        )
        d.add_paragraph(
            f"ครัวเรือนของข้าพเจ้ามีภรรยา/สามี คือ {sp_name} เลขประจำตัวประชาชน {nid_w(sp_id, i)} "
            f"และลูกเรือ {crew[0][0]} ({crew[0][1]}) กับ {crew[1][0]} ({crew[1][1]}) ซึ่งขาดรายได้ทั้งหมด"
        )
        d.add_paragraph(f"จึงเรียนมาเพื่อโปรดพิจารณา ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}")
        d.add_paragraph(f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})")

    raw = message(i, "ขอรับการสนับสนุนเครื่องยนต์เรือ", own_box(a), text="เรียน สำนักงานประมงจังหวัด\nแนบหนังสือขอรับการสนับสนุน\n",
                  files=(("หนังสือขอเครื่องยนต์เรือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_fisher_boat_letter", raw, own(a, NO_BIRTH) if p.email else no_box(a, NO_BIRTH)
    )


def docx_request_headman_certifies(a: Party, i: int) -> Case:
    """A farmer's คำร้อง in a Word table (label cells, value cells) for drought water aid,
    then the ผู้ใหญ่บ้าน's certificate with his name, ID and mobile; sent by the farmer."""
    p = a.p
    h_name, h_post, h_mob, _ = HEADMEN[(i + 1) % 2]
    h_id = with_check_digit(p.nid[:4] + "00" + p.nid[6:12])

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอรับการช่วยเหลือผู้ประสบภัยแล้ง")
        rows = [("ชื่อ-สกุลผู้ร้อง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
                ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", home(a, i + 2)), ("โทรศัพท์", tel(a, i + 1)),
                ("ความเดือดร้อน", f"ขาดน้ำอุปโภคบริโภคและน้ำรดสวนส้มโอ เนื้อที่ 4-2-00 ไร่ (น.ส.3ก เลขที่ {905 + i})"),
                ("ความช่วยเหลือที่ขอ", "รถบรรทุกน้ำ 2 เที่ยว และถังเก็บน้ำ 2,000 ลิตร")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (x, y) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = x, y
        d.add_paragraph(f"ลงชื่อ ............................ ผู้ร้อง\n({a.name})")
        d.add_paragraph("ความเห็นของผู้นำชุมชน")
        d.add_paragraph(
            f"ข้าพเจ้า {h_name} {h_post} เลขประจำตัวประชาชน {nid_w(h_id, i)} ได้ตรวจสอบแล้ว ผู้ร้องได้รับความเดือดร้อนจริง "
            f"ลงชื่อ ............................ ({h_name}) โทร {mobile(h_mob, i + 1)}"
        )

    raw = message(i, "คำร้องขอรับการช่วยเหลือภัยแล้ง", own_box(a), text=f"เรียน อบต.{p.tambon}\nแนบคำร้องที่ผู้ใหญ่บ้านรับรองแล้ว{ending(a)}\n",
                  files=(("คำร้องภัยแล้ง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_request_headman_certifies", raw, own(a, ALL) if p.email else no_box(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_kasor01_english_names(a: Party, i: int) -> Case:
    """A fillable aid form whose fields are named in English (farmer_*, spouse_*,
    landlord_*): the farmer's, the spouse's and the landlord's values."""
    p = a.p
    sp_name, sp_id = spouse(a, i + 2)
    l_name, l_id, l_mob, l_home = landlord(a)
    labels = [(40, 18, "แบบขอรับการช่วยเหลือเกษตรกรผู้ประสบภัยพิบัติ (กษ.01)"),
              (20, 34, "ชื่อ-สกุลเกษตรกร"), (20, 44, "เลขประจำตัวประชาชน"), (120, 44, "วันเกิด"), (20, 54, "ที่อยู่"),
              (20, 64, "โทรศัพท์"), (110, 64, "เลขทะเบียนเกษตรกร"), (20, 78, "คู่สมรส"), (120, 78, "เลขประจำตัวประชาชนคู่สมรส"),
              (20, 92, "เจ้าของที่ดิน (กรณีเช่า)"), (20, 102, "เลขประจำตัวประชาชนเจ้าของที่ดิน"), (20, 112, "ที่อยู่เจ้าของที่ดิน"),
              (20, 122, "โทรศัพท์เจ้าของที่ดิน"), (20, 136, "พื้นที่เสียหาย (ไร่-งาน-ตร.ว.)"), (20, 146, "บัญชี ธ.ก.ส.")]  # fmt: skip
    fields = [Field("farmer_name", a.name, 55, 34, 90), Field("farmer_id", p.nid, 60, 44, 55, comb=13),
              Field("farmer_dob", born_th(p.born, i), 135, 44, 45), Field("farmer_address", home(a, i), 35, 54, 160),
              Field("farmer_phone", mobile(p.mobile, i), 40, 64, 55), Field("farmer_reg_no", farm_no(a, i), 140, 64, 50),
              Field("spouse_name", sp_name, 40, 78, 70), Field("spouse_id", sp_id, 160, 78, 40),
              Field("landlord_name", l_name, 65, 92, 90), Field("landlord_id", l_id, 85, 102, 55),
              Field("landlord_address", l_home, 55, 112, 140), Field("landlord_phone", mobile(l_mob, i + 1), 65, 122, 50),
              Field("damaged_area", "7-3-50", 75, 136, 40), Field("baac_account", baac(a, i), 50, 146, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบ กษ.01 (PDF กรอกแล้ว)", own_box(a), text=f"ส่งแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("kasor01_filled.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_fillable_kasor01_english_names", raw, own(a, ALL) if p.email else no_box(a, ALL)
    )


def pdf_fillable_fishing_licence(a: Party, i: int) -> Case:
    """A fillable คำขอรับใบอนุญาตทำการประมงพื้นบ้าน (Thai field names): the ผู้ขอ's
    lines, the boat's register, size and engine, a witness's name and phone."""
    p = a.p
    reg, lic, engine = boat(a, i + 3)
    labels = [(40, 18, "คำขอรับใบอนุญาตทำการประมงพื้นบ้าน"), (20, 34, "ชื่อผู้ขอ"), (20, 44, "เลขประจำตัวประชาชน"),
              (120, 44, "วันเดือนปีเกิด"), (20, 54, "ที่อยู่"), (20, 64, "โทรศัพท์"), (110, 64, "อีเมล"),
              (20, 78, "ทะเบียนเรือ"), (110, 78, "ขนาดเรือ (ตันกรอส)"), (20, 88, "หมายเลขเครื่องยนต์"),
              (20, 98, "ใบอนุญาตเดิมเลขที่"), (20, 112, "พยาน"), (110, 112, "โทรศัพท์พยาน")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", a.name, 40, 34, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1), 60, 44, 55),
              Field("วันเดือนปีเกิด", born_th(p.born, i + 1), 145, 44, 45), Field("ที่อยู่", home(a, i + 1), 35, 54, 160),
              Field("โทรศัพท์", mobile(p.mobile, i + 2), 45, 64, 55), Field("อีเมล", p.email, 125, 64, 70),
              Field("ทะเบียนเรือ", reg, 45, 78, 55), Field("ขนาดเรือ", "2.85", 150, 78, 30),
              Field("หมายเลขเครื่องยนต์", engine, 60, 88, 60), Field("ใบอนุญาตเดิม", lic, 60, 98, 60),
              Field("พยาน", "นายสะอาด หมาดเระ", 35, 112, 60), Field("โทรศัพท์พยาน", "0874419025", 140, 112, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, "คำขอรับใบอนุญาตทำการประมงพื้นบ้าน", own_box(a), text="เรียน สำนักงานประมงอำเภอ\nส่งคำขอต่อใบอนุญาต\n",
                  files=(("คำขอใบอนุญาตประมง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_fishing_licence", raw, own(a, ALL) if p.email else no_box(a, ALL))


def pdf_typed_son_for_mother(a: Party, i: int) -> Case:
    """A son's typed letter (Word to PDF) for his old mother's (or father's) flood aid:
    his Bangkok block top right, her lines in the body, his ID and mobile."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = CHILDREN[(2, 0)[i % 2]]
    parent = "มารดา" if p.title != "นาย" else "บิดา"
    cut = son_home.rfind(" แขวง")
    paras: list[tuple[float, str]] = [(115, son_home[:cut]), (115, son_home[cut + 1:]), (0, ""),
             (115, f"{14 + i % 10} พฤศจิกายน 2569"), (0, ""),
             (20, f"เรื่อง ขอรับความช่วยเหลือผู้ประสบอุทกภัยของ{parent}"), (20, f"เรียน นายอำเภอ{p.amphoe}"), (0, ""),
             (30, f"ข้าพเจ้า {son} เลขประจำตัวประชาชน {nid_w(son_id, i)} เป็นบุตรของ {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} อยู่บ้านเลขที่ {home(a, i + 1)} "
                  f"{parent}อายุมากและอยู่ลำพัง บ้านถูกน้ำท่วมสูง 1.20 เมตร เป็นเวลา {9 + i} วัน ขอรับเงินช่วยเหลือผู้ประสบภัย "
                  f"โดยโอนเข้าบัญชี ธ.ก.ส. ของ{parent} เลขที่ {baac(a, i + 2)}"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(son_mob, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({son})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"ขอรับความช่วยเหลือน้ำท่วมของ{parent}", f"{son.split()[0][3:]} <{son_box}>",
                  text=f"เรียน ที่ว่าการอำเภอ{p.amphoe}\nแนบหนังสือครับ\n", files=(("หนังสือขอความช่วยเหลือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_son_for_mother", raw, for_other(a, ALL))


def pdf_typed_register_update(a: Party, i: int) -> Case:
    """A farmer's typed letter (Google Docs to PDF) asking to update her register:
    her lines, the household members (the spouse, a child with IDs), the plots with
    their papers and rai-ngan-wa; the date in Thai digits."""
    p = a.p
    sp_name, sp_id = spouse(a, i + 4)
    paras: list[tuple[float, str]] = [(120, thai(f"{20 + i % 8} พฤศจิกายน 2569")), (0, ""),
             (20, "เรื่อง ขอปรับปรุงข้อมูลทะเบียนเกษตรกร"), (20, f"เรียน เกษตรอำเภอ{p.amphoe}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {thai(nid_w(p.nid, i)) if i % 2 else nid_w(p.nid, i)} "
                  f"เกิดวันที่ {born_th(p.born, i + 2)} ที่อยู่ {home(a, i)} โทร {mobile(p.mobile, i + 2)} "
                  f"ทะเบียนเกษตรกรเลขที่ {farm_no(a, i + 2)} ขอปรับปรุงข้อมูลดังนี้"),
             (30, f"1. สมาชิกครัวเรือน: {sp_name} (คู่สมรส) เลขประจำตัวประชาชน {nid_w(sp_id, i + 1)}"),
             (30, f"2. แปลงที่ดิน ส.ป.ก.4-01 เลขที่ {20871 + i} แปลงเลขที่ {55 + i} เนื้อที่ 14-1-76 ไร่ เปลี่ยนจากข้าวเป็นอ้อย"),
             (30, f"3. แปลงที่ดิน น.ส.3ก เลขที่ {1146 + i} เนื้อที่ 3-0-40 ไร่ เลิกทำนา"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(i, "ขอปรับปรุงทะเบียนเกษตรกร", own_box(a), text="เรียน สำนักงานเกษตรอำเภอ\nแนบหนังสือขอปรับปรุงข้อมูล\n",
                  files=(("ปรับปรุงทะเบียนเกษตรกร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_register_update", raw, own(a, ALL) if p.email else no_box(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_headman_kasor02_list(a: Party, i: int) -> Case:
    """A headman's กษ.02-like list as a sheet: his head rows (name, post, mobile), four
    households' rows (name, ID, house, crop, area, phone), the asker marked ผู้ยื่นคำร้อง
    in the note column; his mail says which one asks."""
    p = a.p
    h_name, h_post, h_mob, h_box = HEADMEN[(i + 1) % 2]
    rows = others(a, i + 1)
    rows.insert(2 - i % 2, (a.name, p.nid, p.house, p.mobile))

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "กษ02"
        ws.append(
            (
                f"บัญชีรายชื่อเกษตรกรผู้ประสบภัย หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province}",
            )
        )
        ws.append(("ผู้รวบรวม", h_name, h_post, "โทร", mobile(h_mob, i)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "บ้านเลขที่",
                "พืช",
                "พื้นที่เสียหาย (ไร่-งาน-ตร.ว.)",
                "โทรศัพท์",
                "หมายเหตุ",
            )
        )
        for n, r in enumerate(rows):
            note = "ผู้ยื่นคำร้อง" if r[0] == a.name else ""
            ws.append(
                (
                    n + 1,
                    r[0],
                    nid_w(r[1], n),
                    r[2],
                    ("ข้าว", "ข้าวโพด", "อ้อย")[n % 3],
                    f"{5 + n}-{n % 4}-{10 * n:02d}",
                    mobile(r[3], n + 1),
                    note,
                )
            )

    raw = message(i, f"ส่งบัญชีรายชื่อผู้ประสบภัย หมู่ {p.moo}", f"{h_name} <{h_box}>",
                  text=f"เรียน เกษตรอำเภอ{p.amphoe}\nส่งบัญชีรายชื่อ ตามคำร้องของ {a.name} ซึ่งเป็นผู้ยื่นคำร้อง (ดูหมายเหตุ) ครับ\n{h_name}\n",
                  files=(("กษ02_หมู่" + p.moo + ".xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = exp(a, "full_name national_id phone email")
    e["email"] = ()
    return Case("xlsx_headman_kasor02_list", raw, e)


def xlsx_fisher_boat_sheet(a: Party, i: int) -> Case:
    """A fisher's own sheet for the boat register check: his block (label, value), the
    boat's rows, the crew's rows with their IDs and phones."""
    p = a.p
    reg, lic, engine = boat(a, i + 4)
    crew = others(a, i + 2)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลเรือ"
        ws.append(("แบบสำรวจเรือประมงพื้นบ้านที่ได้รับผลกระทบจากพายุ",))
        ws.append(("ชื่อเจ้าของเรือ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("ทะเบียนเรือ", "ใบอนุญาต", "หมายเลขเครื่องยนต์", "ความยาว (ม.)", "ความเสียหาย"))
        ws.append((reg, lic, engine, 9.5, "ตัวเรือแตก"))
        ws.append(())
        ws.append(("ลูกเรือ", "เลขประจำตัวประชาชน", "โทรศัพท์"))
        for c in crew:
            ws.append((c[0], c[1], c[3]))

    raw = message(i, "แบบสำรวจเรือประมงเสียหาย", own_box(a), text="เรียน ประมงอำเภอ\nส่งแบบสำรวจเรือครับ\n",
                  files=(("สำรวจเรือ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_fisher_boat_sheet", raw, own(a, ALL) if p.email else no_box(a, ALL))


def xlsx_livestock_vaccination(a: Party, i: int) -> Case:
    """A livestock owner's sheet after a flood: his block, each animal's ear tag, sex,
    age and vaccination date (FMD, HS), the volunteer (อสป.) who vaccinated and his phone."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนสัตว์"
        ws.append(("ทะเบียนสัตว์และการฉีดวัคซีน (ขอรับเสบียงสัตว์ช่วงน้ำท่วม)",))
        ws.append(("เจ้าของสัตว์", a.name, "", "เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 1), "", "เกิด", born_th(p.born, i + 2)))
        ws.append(())
        ws.append(("ลำดับ", "ชนิด", "เบอร์หู", "เพศ", "อายุ (ปี)", "วัคซีน FMD", "วัคซีน HS"))
        for n in range(4):
            tag = f"{p.nid[1:5]}{(int(p.nid[5:12]) * 3 + 1013 * n) % 10**6:06d}"
            ws.append(
                (
                    n + 1,
                    ("โคเนื้อ", "กระบือ")[n % 2],
                    tag,
                    ("เมีย", "ผู้")[n % 2],
                    2 + n,
                    f"{10 + n}/0{6 + n % 3}/2569",
                    f"0{2 + n}/08/2569",
                )
            )
        ws.append(())
        ws.append(("ผู้ฉีดวัคซีน (อสป.)", "นายทองใบ พรมสุข", "โทร", "089-447-2163"))

    raw = message(i, "ขอรับเสบียงอาหารสัตว์ (น้ำท่วม)", own_box(a), text="เรียน ปศุสัตว์อำเภอ\nแนบทะเบียนสัตว์\n",
                  files=(("ทะเบียนสัตว์.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_livestock_vaccination", raw, own(a, ALL) if p.email else no_box(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (farmers 0-5, fishers 6-11).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gmail_flood_kasor01, (0, 3)),
    (plain_line_forward_fisher_storm, (6, 9)),
    (plain_son_bangkok_father_drought, (0, 5)),
    (plain_iphone_renter_landlord, (4, 3)),
    (plain_webform_livestock_loss, (1, 2)),
    (html_gmail_headman_households, (2, 10)),
    (html_outlook_wife_spouse_table, (8, 4)),
    (html_gmail_reply_over_officer, (7, 11)),
    (html_iphone_daughter_register_update, (2, 1)),
    (docx_kasor01_dotted_form, (3, 1)),
    (docx_renter_with_landlord_consent, (4, 0)),
    (docx_fisher_boat_letter, (11, 10)),
    (docx_request_headman_certifies, (5, 4)),
    (pdf_fillable_kasor01_english_names, (0, 2)),
    (pdf_fillable_fishing_licence, (8, 9)),
    (pdf_typed_son_for_mother, (5, 0)),
    (pdf_typed_register_update, (1, 3)),
    (xlsx_headman_kasor02_list, (4, 6)),
    (xlsx_fisher_boat_sheet, (7, 10)),
    (xlsx_livestock_vaccination, (3, 5)),
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
