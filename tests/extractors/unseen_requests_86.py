"""An eighty-sixth set of requests written by someone who had not read the readers (issue 8):
CITIZENS CORRECTING AND CHANGING THEIR OWN DETAILS, to เทศบาลนครอุดรธานี, อบต.โนนสูง
(Udon Thani), เทศบาลเมืองลำพูน and อบต.อุโมงค์ (Lamphun): a woman who married and changed
her family name (ชื่อสกุลเดิม / ชื่อสกุลใหม่, the marriage's ทะเบียนสมรส and the หนังสือสำคัญ
การเปลี่ยนชื่อสกุล numbers, the husband's name and ID); a man who changed his given name
(หนังสือสำคัญการเปลี่ยนชื่อตัว, ช.3, the registrar who signed it); people who moved house
(ที่อยู่เดิม / ที่อยู่ใหม่, ย้ายเข้า / ย้ายออก, the ท.ร.6's number, the landlord or the son who is
เจ้าบ้าน); a new phone replacing the old one (เบอร์เดิม ... เปลี่ยนเป็น ...), pasted with a LINE
chat; a clerk's typo in an earlier case ("ในคำร้องเดิมพิมพ์เลขบัตรผิดเป็น ... ที่ถูกต้องคือ
..."); a follow-up mail quoting the earlier, wrong one with the correction on top; an
elderly welfare recipient changing her bank account (old and new account numbers, the son
who used to receive for her); a household head correcting his child's birth date in the
child-support register; forms with strike-through and "แก้ไขเป็น", and old/new columns.
Kinds: plain (iPhone, Gmail, webmail, a LINE chat pasted, a reply quoting the earlier
mail), HTML (Gmail reply over the clerk's quoted mail, Outlook, an e-service notification,
a father's Gmail table), Word (a licence change form as a table, a form with struck-out
values, a move-in letter for the elderly allowance, a water user's old/new table), PDF
(fillable change request, fillable bank change, typed letters), xlsx (old/new columns,
struck cells, a household's contact sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks; a body's natural person who signs), sets 31/63 (a service for one person
asked by another is the one it is for: the child, not the father who writes), set 37
(where only another's phone is given, phone `()`).
- The applicant is the citizen whose own details are being corrected or changed, who
  writes and signs; in html_gmail_child_birthdate the record corrected is the CHILD's
  (her entry in the child-support register): the child is the applicant (her name, ID,
  corrected birth date, the home she lives in), the father's name, ID, phone and box
  never hers (phone and e-mail `()`).
- The value expected is always the CURRENT, CORRECT one: the new family or given name
  (with her new title นาง where she married), the new address (ที่อยู่ใหม่ / ปัจจุบัน, where
  she moved to), the new phone (the number after "เปลี่ยนเป็น" / "ใหม่"), the corrected ID
  and birth date (after "ที่ถูกต้องคือ", "แก้ไขเป็น", in the "ข้อมูลที่ถูกต้อง" column).
  OLD AND WRONG VALUES ARE NEVER THE APPLICANT'S NOW: the old name (ชื่อเดิม, ชื่อสกุลเดิม),
  the old address (ที่อยู่เดิม, ย้ายออกจาก), the old phone (เบอร์เดิม), the ID and the birth
  date typed wrong (in the earlier request, in the quoted mail, struck through) are
  never expected; an unflagged one read is silent.
- Other people's values are never the applicant's: the husband (คู่สมรส), the wife, the
  child (but in the one style that is for the child), the son who was เจ้าบ้าน or the payee,
  the landlord, the registrar who signed the หนังสือสำคัญ, the clerk who replied (her
  name, the office's line).
- Numbers that are not IDs or phones: ทะเบียนสมรส, หนังสือสำคัญ (ช.3, ช.5), ท.ร.6, licence,
  case (เลขรับ), water-user, meter, taxpayer, e-service reference and bank account numbers.
Address: where the applicant lives now, house number to the อำเภอ/เขต, with or without
เลขที่/บ้านเลขที่, with or without province and postal code; province and postal code of
that address. Birth date ISO, only the applicant's (corrected where corrected).
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
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Field,
    acroform,
    docx_bytes,
    pdf_page,
    raw_paragraph,
    run,
    xlsx_bytes,
)
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

UD = "อุดรธานี"
LP = "ลำพูน"

# The applicants, as they are NOW (new name, new home, new phone, correct ID and birth).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "กมลชนก", "ศรีสุข", "410990034512", date(1994, 2, 14), "0918825346", "kamonchanok.s@gmail.com",
      "88/2", "", "", "โพศรี", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นาง", "วรรณิศา", "ทองดี", "510990021547", date(1990, 7, 3), "0897461230", "wannisa.td@hotmail.com",
      "145", "4", "", "", "อุโมงค์", "เมืองลำพูน", LP, "51150"),
    P("นาย", "ธนภัทร", "พรหมวงศ์", "410100056318", date(1982, 11, 21), "0863317704", "thanaphat.pw@gmail.com",
      "23", "7", "", "", "โนนสูง", "เมืองอุดรธานี", UD, "41330"),
    P("นาย", "ปุณณวิช", "อินทะวงศ์", "510100033470", date(1975, 4, 9), "0817724518", "punnawit.i@gmail.com",
      "9/1", "", "", "จามเทวี", "ในเมือง", "เมืองลำพูน", LP, "51000"),
    P("นางสาว", "ศิริพร", "คำภา", "410990077125", date(1998, 9, 27), "0954418823", "siriporn.kp@gmail.com",
      "301/15", "", "", "ประจักษ์ศิลปาคม", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นาย", "วีรยุทธ", "ชัยมงคล", "510990045862", date(1987, 1, 30), "0649921735", "weerayut.cm@outlook.com",
      "57", "2", "", "", "ต้นธง", "เมืองลำพูน", LP, "51000"),
    P("นาง", "บัวผัน", "ศรีวิไล", "411000012263", date(1951, 6, 12), "0872246619", "buaphan2494@gmail.com",
      "12", "5", "", "", "หนองบัว", "เมืองอุดรธานี", UD, "41000"),
    P("นาง", "จันทร์เพ็ญ", "อุตมะ", "510100017734", date(1949, 12, 5), "0861195524", "janpen.utm@gmail.com",
      "40", "3", "", "", "เหมืองง่า", "เมืองลำพูน", LP, "51000"),
    P("นาย", "ณัฐวุฒิ", "บุญเรือง", "411990062341", date(1985, 3, 18), "0932247816", "natthawut.br@gmail.com",
      "77/4", "9", "", "", "บ้านเลื่อม", "เมืองอุดรธานี", UD, "41000"),
    P("นางสาว", "พิมพ์ลดา", "ใจหาญ", "510990088214", date(1996, 8, 8), "0825561943", "pimlada.jh@gmail.com",
      "18", "", "", "อินทยงยศ", "ในเมือง", "เมืองลำพูน", LP, "51000"),
    P("นาง", "สุดารัตน์", "มณีวงศ์", "410990049836", date(1979, 10, 22), "0846623107", "sudarat.mw@yahoo.com",
      "5/3", "6", "", "", "นาดี", "เมืองอุดรธานี", UD, "41000"),
    P("นาย", "อำนาจ", "ปัญญาดี", "510100070152", date(1968, 5, 17), "0819930246", "amnat.pd@gmail.com",
      "134", "1", "", "", "อุโมงค์", "เมืองลำพูน", LP, "51150"),
)  # fmt: skip

# The names they had before (never theirs now): a married woman's maiden name, a man's old
# given name; "" where the name did not change.
OLD_NAME: tuple[str, ...] = (
    "นางสาวกมลชนก บุญมาก", "นางสาววรรณิศา แสนคำ", "นายสมหมาย พรหมวงศ์", "นายบุญเลิศ อินทะวงศ์",
    "", "", "", "", "", "", "นางสาวสุดารัตน์ ภูผาทอง", "",
)  # fmt: skip

# Spouses (name, ID) of the married women, by person index.
SPOUSE: dict[int, tuple[str, str]] = {
    0: ("นายอนุวัฒน์ ศรีสุข", with_check_digit("410990021187")),
    1: ("นายกิตติพงษ์ ทองดี", with_check_digit("510990013362")),
    10: ("นายประเสริฐ มณีวงศ์", with_check_digit("410990066413")),
    2: ("นางรัชนี พรหมวงศ์", with_check_digit("410100078845")),
    3: ("นางอรวรรณ อินทะวงศ์", with_check_digit("510100041296")),
}

# Registrars who signed the หนังสือสำคัญ (never the applicant).
REGISTRARS = ("นายไพโรจน์ สุวรรณศรี", "นางสาวเบญจวรรณ ดวงแก้ว")

# Where they lived before (never theirs now).
OLD_HOME: tuple[str, ...] = (
    "99 หมู่ที่ 2 ตำบลกุมภวาปี อำเภอกุมภวาปี จังหวัดอุดรธานี 41110",
    "15/7 ถนนช้างคลาน ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100",
    "221/8 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร 10240",
    "46 หมู่ที่ 4 ตำบลป่าซาง อำเภอป่าซาง จังหวัดลำพูน 51120",
    "7 หมู่ที่ 8 ตำบลหนองหาน อำเภอหนองหาน จังหวัดอุดรธานี 41130",
    "63 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
)
# Numbers they had before (never theirs now).
OLD_PHONE: tuple[str, ...] = (
    "0815547720",
    "0897702318",
    "0624419955",
    "0841186602",
    "0956632081",
    "0862270419",
)

# A father's children: name, ID, the correct birth date, the one typed wrong.
CHILDREN: dict[int, tuple[str, str, date, date]] = {
    2: (
        "เด็กหญิงปภาวรินทร์ พรหมวงศ์",
        with_check_digit("141990045217"),
        date(2021, 3, 8),
        date(2021, 8, 3),
    ),
    8: (
        "เด็กชายภูมิพัฒน์ บุญเรือง",
        with_check_digit("141010067721"),
        date(2022, 11, 2),
        date(2022, 12, 2),
    ),
}


def office(a: Party) -> tuple[str, str, str]:
    """The office the applicant writes to: its name, its head's title, its box."""
    t = a.p.tambon
    if t == "โนนสูง":
        return (
            "องค์การบริหารส่วนตำบลโนนสูง",
            "นายกองค์การบริหารส่วนตำบลโนนสูง",
            "saraban@nonsung-udon.example.go.th",
        )
    if t == "อุโมงค์":
        return (
            "องค์การบริหารส่วนตำบลอุโมงค์",
            "นายกองค์การบริหารส่วนตำบลอุโมงค์",
            "umong.lamphun@example.go.th",
        )
    if a.p.province == UD:
        return "เทศบาลนครอุดรธานี", "นายกเทศมนตรีนครอุดรธานี", "saraban@udoncity.example.go.th"
    return "เทศบาลเมืองลำพูน", "นายกเทศมนตรีเมืองลำพูน", "saraban@lamphuncity.example.go.th"


def area(a: Party) -> str:
    """The office's and neighbours' landline area code (Udon Thani 042, Lamphun 053)."""
    return "042" if a.p.province == UD else "053"


def wrong_id(nid: str, k: int) -> str:
    """The ID as it was typed wrong: two digits swapped or one slipped, its check digit
    still valid (so only the words around it tell it is wrong)."""
    d = list(nid[:12])
    j = 5 + k % 5
    if d[j] != d[j + 1]:
        d[j], d[j + 1] = d[j + 1], d[j]
    else:
        d[j] = str((int(d[j]) + 1) % 10)
    return with_check_digit("".join(d))


def message(n: int, to: str, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), extra: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set86-{n}@example.net>"
    for k, v in (extra or {}).items():
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_child(a: Party, k: int) -> dict[str, tuple[str, ...]]:
    """The child whose birth date the father corrects: her name, ID, corrected birth
    date, the family's home; the father's phone and box never hers (`()`)."""
    name, nid, born, _ = CHILDREN[k]
    e = exp(a, ALL)
    e["full_name"] = (name,)
    e["national_id"] = (nid,)
    e["birth_date"] = (born.isoformat(),)
    e["phone"] = ()
    e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_married_surname": "the wife by her new family name (นาง...); her maiden name, the husband never",
    "plain_gmail_given_name": "the man by his new given name; the old name, the registrar, his wife never",
    "plain_webmail_moved_house": "the sender at her new home (ที่อยู่ใหม่); the old home, the landlord never",
    "plain_line_chat_new_phone": "the sender with her new number (เปลี่ยนเป็น); the old number, the office's line never",
    "plain_reply_quoting_wrong_id": "the sender; the corrected ID and birth date on top, never the quoted wrong ones",
    "html_gmail_clerk_typo": "the sender; the correct ID (ที่ถูกต้องคือ), never the clerk's typo or the clerk",
    "html_outlook_welfare_bank": "the elderly recipient; bank accounts never, the son who received never",
    "html_eservice_change_notice": "the user in the notice; the ข้อมูลใหม่ column, never ข้อมูลเดิม",
    "html_gmail_child_birthdate": "the CHILD (her corrected birth date, the home); the father's values never",
    "docx_licence_name_change_table": "the licensee by her new name; the maiden name, husband, registrar never",
    "docx_strikethrough_form": "the applicant; the values after แก้ไขเป็น, never the struck ones",
    "docx_move_in_elderly_letter": "the elder at her new home (ย้ายเข้า); the old home, the son (เจ้าบ้าน) never",
    "docx_water_user_old_new": "the water user; the ข้อมูลที่ถูกต้อง column, never ข้อมูลเดิม",
    "pdf_fillable_change_request": "the applicant; the *_new fields, never *_old (name_old where name_new is empty: unchanged)",
    "pdf_fillable_welfare_bank": "the elder; the payee (v2) and the accounts never",
    "pdf_typed_given_name_letter": "the man by his new given name; his block's new home; the old name never",
    "pdf_typed_correction_letter": "the writer; the ข้อมูลที่ถูกต้อง lines, never the wrong ones",
    "xlsx_old_new_columns": "the applicant; the ข้อมูลใหม่ column, never ข้อมูลเดิม",
    "xlsx_struck_cells": "the applicant; the แก้ไขเป็น cells, never the struck ones",
    "xlsx_household_contacts": "the ผู้แจ้ง (the household's head row); spouse and children's rows never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_married_surname(a: Party, i: int) -> Case:
    """A woman who married asks from her iPhone to change her family name in the land and
    building tax register: ชื่อสกุลเดิม / ชื่อสกุลใหม่, the ทะเบียนสมรส number, the husband's
    name and ID, her taxpayer code."""
    p = a.p
    k = PEOPLE.index(a)
    org, _, desk = office(a)
    husband, h_id = SPOUSE[k]
    text = (
        f"เรียน เจ้าหน้าที่กองคลัง {org}\n\n"
        f"ดิฉันขอแจ้งเปลี่ยนชื่อสกุลในทะเบียนผู้เสียภาษีที่ดินและสิ่งปลูกสร้างค่ะ เนื่องจากได้จดทะเบียนสมรสแล้ว\n\n"
        f"ชื่อสกุลเดิม : {OLD_NAME[k]}\n"
        f"ชื่อสกุลใหม่ : {a.name}\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} (เลขเดิม ไม่เปลี่ยนแปลง)\n"
        f"ทะเบียนสมรสเลขที่ {412 + i}/2569 จดทะเบียนเมื่อ {thai_day(date(2026, 2, 14))} "
        f"คู่สมรส {husband} เลขประจำตัวประชาชน {nid_w(h_id, i + 1)}\n"
        f"รหัสผู้เสียภาษี 01-{4120 + i:05d}\n"
        f"ที่อยู่ปัจจุบัน {home(a, i)}\n"
        f"เบอร์ติดต่อ {tel(a, i)}\n\n"
        f"แนบสำเนาทะเบียนสมรสและบัตรประชาชนใหม่มาด้วยค่ะ\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, desk, "ขอเปลี่ยนชื่อสกุลผู้เสียภาษี (สมรส)", box(a), text=text)
    return Case("plain_iphone_married_surname", raw, own(a, NO_BIRTH))


def plain_gmail_given_name(a: Party, i: int) -> Case:
    """A man who changed his given name asks from Gmail to change the name on his food
    shop's licence: ชื่อเดิม ... เปลี่ยนเป็น ..., the ช.3's number and the registrar who
    signed it, his wife as the shop's co-worker, his Gmail signature."""
    p = a.p
    k = PEOPLE.index(a)
    _org, head, desk = office(a)
    wife, _ = SPOUSE[k]
    reg = REGISTRARS[i % 2]
    text = (
        f"เรียน {head}\n\n"
        f"{me(a)}เป็นผู้รับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ใบอนุญาตเลขที่ {38 + i}/2569 "
        f"ได้เปลี่ยนชื่อตัวแล้ว จึงขอแก้ไขชื่อในใบอนุญาตให้ตรงกับบัตรประชาชนใหม่ครับ\n\n"
        f"ชื่อเดิม {OLD_NAME[k]} เปลี่ยนเป็น {a.name}\n"
        f"ตามหนังสือสำคัญการเปลี่ยนชื่อตัว (ช.3) เลขที่ ก {48213 + i:07d} ลงวันที่ {thai_day(date(2026, 9, 10 + i % 15))} "
        f"ออกโดยนายทะเบียนอำเภอเมือง{p.province} ({reg})\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\n"
        f"วันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i + 1)}\n\n"
        f"ผู้ช่วยประกอบการ {wife} (ภรรยา) ไม่เปลี่ยนแปลงครับ\n\n"
        f"ขอบคุณครับ\n\n--\n{a.name}\nโทร {mobile(p.mobile, i)}\n"
    )
    raw = message(i, desk, "ขอแก้ไขชื่อในใบอนุญาต (เปลี่ยนชื่อตัว)", box(a), text=text)
    return Case("plain_gmail_given_name", raw, own(a, ALL))


def plain_webmail_moved_house(a: Party, i: int) -> Case:
    """A tenant who moved into town asks from webmail to send the garbage fee bills to her
    new home: ที่อยู่เดิม (ย้ายออก), ที่อยู่ใหม่ (ย้ายเข้า, the ท.ร.6's number), the landlord
    and his line, her customer number."""
    p = a.p
    org, _, desk = office(a)
    old = OLD_HOME[i % len(OLD_HOME)]
    text = (
        f"เรียน งานจัดเก็บค่าธรรมเนียมขยะ {org}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ขอแจ้งเปลี่ยนที่อยู่สำหรับส่งใบแจ้งหนี้ค่าเก็บขยะ "
        f"เลขที่ผู้ใช้บริการ ขย.{410 + i}-{872 + i:05d}\n\n"
        f"ที่อยู่เดิม (ย้ายออกแล้ว)\n{old}\n\n"
        f"ที่อยู่ใหม่ (ย้ายเข้าเมื่อ {thai_day(date(2026, 11, 3 + i % 20))} ใบแจ้งการย้ายที่อยู่ ท.ร.6 เลขที่ {2216 + i}/2569)\n{home(a, i)}\n\n"
        f"บ้านหลังนี้เช่าจาก นายประสิทธิ์ แสงทอง เจ้าบ้าน โทร {area(a)}-{241 + i}-{330 + i}\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i + 1)}{ending(a)}\n\n{a.name}\n"
    )
    raw = message(i, desk, "แจ้งเปลี่ยนที่อยู่ (ย้ายเข้า)", box(a), text=text)
    return Case("plain_webmail_moved_house", raw, own(a, NO_BIRTH))


def plain_line_chat_new_phone(a: Party, i: int) -> Case:
    """A citizen sends the new number as the office's LINE account asked, with the LINE
    chat pasted below (its header, times, the old number in the chat, the office's line)."""
    p = a.p
    org, _, desk = office(a)
    old = OLD_PHONE[i % len(OLD_PHONE)]
    short = (
        org.replace("องค์การบริหารส่วนตำบล", "อบต.")
        .replace("เทศบาลนคร", "ทน.")
        .replace("เทศบาลเมือง", "ทม.")
    )
    text = (
        f"ส่งข้อมูลตามที่เจ้าหน้าที่แจ้งในไลน์{ending(a)}\n\n"
        f"ชื่อ {a.name}\nเลขบัตร {nid_w(p.nid, i)}\nที่อยู่ {home(a, i + 1)}\n"
        f"เบอร์เดิม {mobile(old, i)} เปลี่ยนเป็น {mobile(p.mobile, i + 1)}\n\n"
        f"[LINE] ประวัติการแชทกับ {short}\nวันที่บันทึก: 0{2 + i % 6}/12/2569 09:{14 + i:02d}\n\n"
        f"จ., 0{1 + i % 6}/12/2569\n"
        f"10:02\t{p.first}\tสวัสดี{ending(a)} เบอร์ {old} ที่ให้ไว้ตอนยื่นขออนุญาตต่อเติมบ้าน ยกเลิกแล้ว{ending(a)}\n"
        f"10:05\t{short}\tรบกวนส่งชื่อ เลขบัตร ที่อยู่ และเบอร์เดิม-เบอร์ใหม่ ทางอีเมล {desk} ค่ะ หรือโทร {area(a)}-{205 + i}-{118 + i} ในเวลาราชการ\n"
        f"10:06\t{p.first}\tได้{ending(a)}\n"
    )
    raw = message(i, desk, "แจ้งเปลี่ยนเบอร์โทรศัพท์", box(a), text=text)
    return Case("plain_line_chat_new_phone", raw, own(a, NO_BIRTH))


def plain_reply_quoting_wrong_id(a: Party, i: int) -> Case:
    """A follow-up: she replies to her own earlier mail with the correction on top (ID and
    birth date typed wrong), the earlier mail quoted below with '>' (wrong ID, wrong birth
    date, her name, home and phone)."""
    p = a.p
    org, head, desk = office(a)
    bad = wrong_id(p.nid, i)
    bad_born = date(p.born.year + (1 if i % 2 else -1), p.born.month, p.born.day)
    quoted = (
        f"เรียน {head}\n\n{me(a)} {a.name} เลขประจำตัวประชาชน {bad} เกิดวันที่ {born_th(bad_born, i)} "
        f"ที่อยู่ {home(a, i)} ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนาในเขต{org} เพื่อใช้สมัครงาน{ending(a)}\n"
        f"โทร {tel(a, i)}\n\n{a.name}\n"
    )
    text = (
        f"ขออภัย{ending(a)} เมลก่อนหน้าพิมพ์ข้อมูลผิด ขอแก้ไขดังนี้\n"
        f"เลขประจำตัวประชาชนที่ถูกต้อง {nid_w(p.nid, i + 1)}\n"
        f"วันเกิดที่ถูกต้อง {born_th(p.born, i + 1)}\n"
        f"ข้อมูลอื่นถูกต้องตามเดิม{ending(a)}\n\n{p.first}\n\n"
        f"On {2 + i % 6} Dec 2026, at 08:{10 + i:02d}, {p.first} {p.last} <{p.email}> wrote:\n\n"
        + "".join(f"> {x}\n" if x else ">\n" for x in quoted.splitlines())
    )
    raw = message(i, desk, "Re: ขอหนังสือรับรองภูมิลำเนา (แก้ไขเลขบัตร)", box(a), text=text,
                  extra={"In-Reply-To": f"<set86-earlier-{i}@example.net>"})  # fmt: skip
    return Case("plain_reply_quoting_wrong_id", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_clerk_typo(a: Party, i: int) -> Case:
    """A Gmail reply over the clerk's quoted mail: the clerk typed her ID wrong in the
    earlier case ("ในคำร้องเดิมพิมพ์เลขบัตรผิดเป็น ... ที่ถูกต้องคือ ..."); the quoted mail
    has the case number, the wrong ID, the clerk's name and the office's line."""
    p = a.p
    org, _, desk = office(a)
    bad = wrong_id(p.nid, i + 2)
    clerk = ("นางสาวอรุณี แก้วกันหา", "นางพัชรา ศรีบุญเรือง")[i % 2]
    top = [f"เรียน คุณ{clerk.split()[0][6:] if clerk.startswith('นางสาว') else clerk.split()[0][3:]}", "",
           f"ขอบคุณที่แจ้ง{ending(a)} ตรวจดูแล้ว ในคำร้องเดิมพิมพ์เลขบัตรผิดเป็น {bad} ที่ถูกต้องคือ {nid_w(p.nid, i)} {ending(a)}",
           f"ส่วนวันเกิด {born_th(p.born, i + 2)} ถูกต้องแล้ว รบกวนแก้ไขในระบบด้วย{ending(a)}", "",
           a.name, home(a, i + 1), f"โทร. {tel(a, i + 2)}"]  # fmt: skip
    quote = [f"เรียน คุณ{a.name[len(p.title):]}", "",
             f"ตามคำร้องขอหนังสือรับรองที่อยู่ เลขรับที่ {2569}/{841 + i:04d} เจ้าหน้าที่ได้บันทึกข้อมูลแล้ว ดังนี้",
             f"ชื่อ-สกุล {a.name}", f"เลขประจำตัวประชาชน {bad}", "กรุณาตรวจสอบความถูกต้องภายใน 7 วัน", "",
             clerk, f"งานพัฒนาชุมชน {org}", f"โทร {area(a)}-{325 + i}-{176 + i} ต่อ 112"]  # fmt: skip
    html = (
        '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in top) + "</div><br>"
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {thai_day(date(2026, 12, 1))} 14:{20 + i} {clerk} &lt;{desk}&gt; เขียนว่า:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "".join(f"<div>{x or '<br>'}</div>" for x in quote)
        + "</blockquote></div>\n"
    )
    raw = message(i, desk, f"Re: ตรวจสอบข้อมูลคำร้อง เลขรับที่ 2569/{841 + i:04d}", box(a), html=html)
    return Case("html_gmail_clerk_typo", raw, own(a, ALL))


def html_outlook_welfare_bank(a: Party, i: int) -> Case:
    """An elderly recipient of the old-age allowance asks from Outlook to move it to her
    own new account: the old account (her son's, who received for her), the new one (10
    digits each), her ID, birth date, home and phone in her Outlook signature."""
    p = a.p
    _org, head, desk = office(a)
    son = ("นายสมพงษ์ ", "นายวิทยา ")[i % 2] + p.last
    paras = [f"เรียน {head}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {thai_day(p.born)} "
             f"ผู้ได้รับเงินเบี้ยยังชีพผู้สูงอายุ ขอเปลี่ยนบัญชีรับเงินตั้งแต่เดือนมกราคม 2570 เป็นต้นไป ดังนี้",
             f"บัญชีเดิม: ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร เลขที่บัญชี 0201{45871 + i:05d}3 ชื่อบัญชี {son} (บุตรชาย ผู้รับเงินแทน)",
             f"บัญชีใหม่: ธนาคารกรุงไทย สาขาเซ็นทรัล เลขที่บัญชี 512-0-{39847 + i}-1 ชื่อบัญชี {a.name}",
             "เนื่องจากบุตรชายย้ายไปทำงานต่างจังหวัด จะขอรับเงินเข้าบัญชีของตนเอง", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา"]  # fmt: skip
    sig = (f'<p class="MsoNormal">{a.name}</p><p class="MsoNormal">{home(a, i)}</p>'
           f'<p class="MsoNormal">โทร {tel(a, i + 1)}</p>')  # fmt: skip
    raw = message(i, desk, "ขอเปลี่ยนบัญชีรับเงินเบี้ยยังชีพผู้สูงอายุ", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_welfare_bank", raw, own(a, ALL))


def html_eservice_change_notice(a: Party, i: int) -> Case:
    """The office's e-service notification "แจ้งเปลี่ยนแปลงข้อมูลผู้ใช้บริการ": a table of
    หัวข้อ | ข้อมูลเดิม | ข้อมูลใหม่ (name, address, phone), the ID once, a reference number,
    the notice's own box as the sender."""
    p = a.p
    k = PEOPLE.index(a)
    org, _, desk = office(a)
    old_name = OLD_NAME[k] or "-"
    new_name = a.name if OLD_NAME[k] else "-"
    old_home = OLD_HOME[(i + 2) % len(OLD_HOME)]
    old_phone = OLD_PHONE[(i + 1) % len(OLD_PHONE)]
    rows = [("ชื่อ-สกุล", old_name if OLD_NAME[k] else a.name, new_name),
            ("เลขประจำตัวประชาชน", p.nid, "-"),
            ("ที่อยู่", old_home, home(a, i)),
            ("หมายเลขโทรศัพท์", old_phone, mobile(p.mobile, i)),
            ("อีเมล", p.email, "-")]  # fmt: skip
    cells = "".join(
        f"<tr><td style='border:1px solid #ccc;padding:4px'>{h}</td><td style='border:1px solid #ccc;padding:4px'>{o}</td>"
        f"<td style='border:1px solid #ccc;padding:4px'>{n}</td></tr>"
        for h, o, n in rows
    )
    html = (
        f"<html><body style='font-family:Tahoma'><h3>{org} : บริการ e-Service</h3>"
        f"<p>มีผู้ยื่นคำขอ <b>แจ้งเปลี่ยนแปลงข้อมูลผู้ใช้บริการ</b> เลขที่อ้างอิง EF-2569-{4127 + i:06d}</p>"
        f"<p>วันที่ยื่น {2 + i % 6}/12/2569 เวลา {9 + i % 8}:{12 + i:02d} น.</p>"
        "<table style='border-collapse:collapse'><tr><th>หัวข้อ</th><th>ข้อมูลเดิม</th><th>ข้อมูลใหม่</th></tr>"
        f"{cells}</table>"
        "<p>หมายเหตุ: ช่องข้อมูลใหม่ที่เป็น - หมายถึงไม่เปลี่ยนแปลง</p>"
        "<p style='color:#888'>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n"
    )
    raw = message(i, desk, f"[e-Service] แจ้งเปลี่ยนแปลงข้อมูลผู้ใช้บริการ EF-2569-{4127 + i:06d}",
                  "e-Service <noreply@eservice.example.go.th>", html=html,
                  extra={"Reply-To": box(a)})  # fmt: skip
    return Case("html_eservice_change_notice", raw, own(a, NO_BIRTH))


def html_gmail_child_birthdate(a: Party, i: int) -> Case:
    """A father (the household head) asks from Gmail to correct his daughter's or son's
    birth date in the child-support register: a table of the child's lines (the date
    recorded wrong, the correct one per the birth certificate), his own block below."""
    p = a.p
    k = PEOPLE.index(a)
    _org, head, desk = office(a)
    c_name, c_id, c_born, c_bad = CHILDREN[k]
    rows = [("ชื่อเด็ก", c_name), ("เลขประจำตัวประชาชนเด็ก", nid_w(c_id, i)),
            ("วันเกิดที่บันทึกไว้ (ผิด)", born_th(c_bad, i)),
            ("วันเกิดที่ถูกต้อง ตามสูติบัตร", born_th(c_born, i)),
            ("ที่อยู่เด็ก", home(a, i + 1)),
            ("สูติบัตรเลขที่", f"{1412 + i}/{c_born.year + 543}")]  # fmt: skip
    table = "".join(f"<tr><td>{h}</td><td>{v}</td></tr>" for h, v in rows)
    html = (
        f'<div dir="ltr"><div>เรียน {head}</div><div><br></div>'
        f"<div>{me(a)} {a.name} เจ้าบ้านและบิดาของเด็ก ขอแก้ไขวันเดือนปีเกิดของบุตรในทะเบียนผู้มีสิทธิรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด "
        f"ซึ่งบันทึกสลับวันกับเดือน ดังนี้</div><div><br></div>"
        f'<table border="1" cellpadding="4" style="border-collapse:collapse">{table}</table><div><br></div>'
        f"<div>ข้อมูลผู้ปกครอง: {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} โทร {tel(a, i)}</div>"
        f"<div><br></div><div>ขอบคุณ{ending(a)}</div><div>{a.name}</div></div>\n"
    )
    raw = message(i, desk, "ขอแก้ไขวันเกิดบุตร (เงินอุดหนุนเด็กแรกเกิด)", box(a), html=html)
    return Case("html_gmail_child_birthdate", raw, for_child(a, k))


# --- Word ----------------------------------------------------------------------------------


def table_rows(d: Any, rows: list[tuple[str, ...]]) -> None:
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v


def docx_licence_name_change_table(a: Party, i: int) -> Case:
    """The office's คำร้องขอเปลี่ยนแปลงรายการในใบอนุญาต as a Word table: ชื่อ-สกุลเดิม,
    ชื่อ-สกุลใหม่, the reason (married, the husband), the หนังสือสำคัญการเปลี่ยนชื่อสกุล's
    number and the registrar, her ID, birth date, home, phone; signed at the foot."""
    p = a.p
    k = PEOPLE.index(a)
    org, head, desk = office(a)
    husband, h_id = SPOUSE[k]
    reg = REGISTRARS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องขอเปลี่ยนแปลงรายการในใบอนุญาต\n{org}")
        d.add_paragraph(f"วันที่ {3 + i % 20} ธันวาคม 2569\nเรียน {head}")
        table_rows(d, [("ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ เลขที่", f"{14 + i}/2569"),
                       ("ชื่อ-สกุลเดิม", OLD_NAME[k]),
                       ("ชื่อ-สกุลใหม่", a.name),
                       ("เหตุที่เปลี่ยน", f"สมรสกับ {husband} (เลขประจำตัวประชาชน {nid_w(h_id, i)})"),
                       ("หลักฐาน", f"หนังสือสำคัญการเปลี่ยนชื่อสกุล เลขที่ {2207 + i}/2569 ออกโดย {reg} นายทะเบียนอำเภอ"),
                       ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
                       ("วัน เดือน ปีเกิด", born_th(p.born, i + 1)),
                       ("ที่อยู่ปัจจุบัน", home(a, i)),
                       ("โทรศัพท์", tel(a, i)),
                       ("อีเมล", p.email)])  # fmt: skip
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง")
        d.add_paragraph(f"ลงชื่อ.............................ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, desk, "คำร้องเปลี่ยนชื่อในใบอนุญาต", box(a), text=f"เรียน เจ้าหน้าที่\nส่งคำร้องเปลี่ยนชื่อในใบอนุญาตตามไฟล์แนบ{ending(a)}\n",
                  files=(("คำร้องเปลี่ยนแปลงรายการ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_licence_name_change_table", raw, own(a, ALL))


def docx_strikethrough_form(a: Party, i: int) -> Case:
    """A general request form (คำร้องทั่วไป) the applicant corrected in Word: the old ID
    digit slip, old address and old phone struck through (w:strike), each followed by
    "แก้ไขเป็น" and the value now; the request to update her records."""
    p = a.p
    org, head, desk = office(a)
    bad = wrong_id(p.nid, i + 1)
    old_home = OLD_HOME[(i + 3) % len(OLD_HOME)]
    old_phone = OLD_PHONE[(i + 2) % len(OLD_PHONE)]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องทั่วไป\n{org}")
        d.add_paragraph(f"เรียน {head}")
        d.add_paragraph(f"ข้าพเจ้า {a.name}")
        raw_paragraph(
            d, run("เลขประจำตัวประชาชน ") + run(bad, strike="") + run(f" แก้ไขเป็น {nid_w(p.nid, i)}")
        )
        raw_paragraph(d, run(f"เกิดวันที่ {born_th(p.born, i)}"))
        raw_paragraph(d, run("ที่อยู่ ") + run(old_home, strike="") + run(f" แก้ไขเป็น {home(a, i + 1)}"))
        raw_paragraph(
            d, run("โทรศัพท์ ") + run(mobile(old_phone, i), strike="") + run(f" แก้ไขเป็น {tel(a, i)}")
        )
        raw_paragraph(d, run(f"อีเมล {p.email}"))
        d.add_paragraph("มีความประสงค์ ขอปรับปรุงข้อมูลผู้ชำระค่าธรรมเนียมให้เป็นปัจจุบัน ตามที่แก้ไขไว้ข้างต้น "
                        "(ข้อความที่ขีดฆ่าเป็นข้อมูลเดิม ผู้ยื่นลงชื่อกำกับแล้ว)")  # fmt: skip
        d.add_paragraph(f"ลงชื่อ.............................ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, desk, "คำร้องทั่วไป (แก้ไขข้อมูล)", box(a), text=f"ส่งคำร้องที่แก้ไขแล้ว{ending(a)}\n",
                  files=(("คำร้องทั่วไป_แก้ไข.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_strikethrough_form", raw, own(a, ALL))


def docx_move_in_elderly_letter(a: Party, i: int) -> Case:
    """An elder who moved in with her son writes in Word to register for the old-age
    allowance at her new home: ย้ายออกจาก her old home (the old อบต. stopped paying), ย้าย
    เข้า the son's house (he is เจ้าบ้าน: his name, ID, phone), the ท.ร.6's number."""
    p = a.p
    org, head, desk = office(a)
    old = OLD_HOME[(i + 4) % len(OLD_HOME)]
    son = (
        f"นายธีรพงษ์ {p.last}",
        with_check_digit(f"{p.nid[:4]}9900{71 + i:02d}21"),
        f"08{9 - i % 3}{5512230 + 17 * i}",
    )

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{home(a, i)}")
        d.add_paragraph(f"\t\t\t\t\t{5 + i % 20} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ (กรณีย้ายภูมิลำเนา)")
        d.add_paragraph(f"เรียน {head}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {thai_day(p.born)} "
            f"เดิมมีภูมิลำเนาและรับเงินเบี้ยยังชีพอยู่ที่ {old} ได้ย้ายออกและย้ายเข้ามาอยู่บ้านเลขที่ {home(a, i + 1)} "
            f"ตั้งแต่วันที่ {thai_day(date(2026, 10, 20 + i % 8))} ตามใบแจ้งการย้ายที่อยู่ (ท.ร.6) เลขที่ {5531 + i}/2569 "
            f"โดยมี {son[0]} (บุตรชาย) เลขประจำตัวประชาชน {nid_w(son[1], i + 1)} เป็นเจ้าบ้าน"
        )
        d.add_paragraph(f"จึงขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุที่{org} ติดต่อข้าพเจ้าได้ที่ {tel(a, i)} "
                        f"หรือบุตรชาย {mobile(son[2], i)}")  # fmt: skip
        d.add_paragraph(f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})")

    raw = message(i, desk, "ขอลงทะเบียนเบี้ยยังชีพ (ย้ายเข้า)", box(a), text="เรียน เจ้าหน้าที่\nแนบหนังสือขอลงทะเบียนเบี้ยยังชีพค่ะ\n",
                  files=(("หนังสือย้ายเข้า.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_move_in_elderly_letter", raw, own(a, ALL))


def docx_water_user_old_new(a: Party, i: int) -> Case:
    """The waterworks' แบบคำขอแก้ไขข้อมูลผู้ใช้น้ำ in Word: a table รายการ | ข้อมูลเดิม |
    ข้อมูลที่ถูกต้อง (a changed given name, the billing address, the phone; the ID the same
    in both), the water user's and the meter's numbers."""
    p = a.p
    k = PEOPLE.index(a)
    org, _head, desk = office(a)
    old_home = OLD_HOME[(i + 1) % len(OLD_HOME)]
    old_phone = OLD_PHONE[(i + 4) % len(OLD_PHONE)]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอแก้ไขข้อมูลผู้ใช้น้ำ\nงานประปา {org}")
        d.add_paragraph(f"เลขที่ผู้ใช้น้ำ {41 + i:02d}-{27815 + i:07d}    มาตรวัดน้ำเลขที่ WM{660124 + i}")
        table_rows(d, [("รายการ", "ข้อมูลเดิม", "ข้อมูลที่ถูกต้อง"),
                       ("ชื่อ-สกุล", OLD_NAME[k], a.name),
                       ("เลขประจำตัวประชาชน", nid_w(p.nid, i), nid_w(p.nid, i)),
                       ("ที่อยู่ส่งใบแจ้งหนี้", old_home, home(a, i)),
                       ("โทรศัพท์", mobile(old_phone, i), tel(a, i + 1))])  # fmt: skip
        d.add_paragraph(f"หลักฐาน: สำเนาหนังสือสำคัญการเปลี่ยนชื่อตัว เลขที่ ก {53007 + i:07d}")
        d.add_paragraph(
            f"ลงชื่อ.............................ผู้ใช้น้ำ\n({a.name})\nวันที่ {7 + i % 20}/12/2569"
        )

    raw = message(i, desk, "ขอแก้ไขข้อมูลผู้ใช้น้ำ", box(a), text=f"แนบแบบคำขอแก้ไขข้อมูลผู้ใช้น้ำ{ending(a)}\n",
                  files=(("แก้ไขข้อมูลผู้ใช้น้ำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_water_user_old_new", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_change_request(a: Party, i: int) -> Case:
    """The office's fillable แบบคำขอแก้ไขเปลี่ยนแปลงข้อมูล: fields name_old / name_new,
    addr_old / addr_new, tel_old / tel_new beside their Thai labels; the ID as a comb;
    the birth date; a reference number."""
    p = a.p
    k = PEOPLE.index(a)
    org, _, desk = office(a)
    old_home = OLD_HOME[(i + 5) % len(OLD_HOME)]
    old_phone = OLD_PHONE[(i + 3) % len(OLD_PHONE)]
    labels = [(45, 18, "แบบคำขอแก้ไขเปลี่ยนแปลงข้อมูลผู้รับบริการ"), (80, 26, org),
              (20, 40, "ชื่อ-สกุล (เดิม)"), (20, 50, "ชื่อ-สกุล (ใหม่)"), (20, 60, "เลขประจำตัวประชาชน"), (130, 60, "วันเกิด"),
              (20, 72, "ที่อยู่เดิม"), (20, 82, "ที่อยู่ใหม่"), (20, 94, "โทรศัพท์เดิม"), (110, 94, "โทรศัพท์ใหม่"),
              (20, 104, "อีเมล"), (20, 116, "เลขที่อ้างอิง"), (20, 150, "ลงชื่อ ........................ ผู้ขอ")]  # fmt: skip
    fields = [Field("name_old", OLD_NAME[k] or a.name, 55, 40, 100), Field("name_new", a.name if OLD_NAME[k] else "", 55, 50, 100),
              Field("id_card", p.nid, 60, 60, 55, comb=13), Field("dob", born_th(p.born, i), 145, 60, 45),
              Field("addr_old", old_home, 45, 72, 150), Field("addr_new", home(a, i), 45, 82, 150),
              Field("tel_old", mobile(old_phone, i), 50, 94, 50), Field("tel_new", tel(a, i), 140, 94, 50),
              Field("email", p.email, 40, 104, 80), Field("ref_no", f"CR-{2569}-{3380 + i}", 50, 116, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, desk, "แบบคำขอแก้ไขข้อมูล (PDF)", box(a), text=f"ส่งแบบคำขอแก้ไขข้อมูลที่กรอกแล้ว{ending(a)}\n",
                  files=(("แบบคำขอแก้ไขข้อมูล.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_change_request", raw, own(a, ALL))


def pdf_fillable_welfare_bank(a: Party, i: int) -> Case:
    """The fillable แบบแจ้งเปลี่ยนแปลงบัญชีรับเงินเบี้ยยังชีพ: the elder's lines (ID comb,
    birth date, home, phone), the old and new bank and account; in v2 a payee (ผู้รับเงิน
    แทน) with her own ID and phone."""
    p = a.p
    org, _, desk = office(a)
    payee = (
        (f"นางสาวสุภาพร {p.last}", with_check_digit(f"{p.nid[:4]}9901{35 + i:02d}48"), "0918834472")
        if i % 2
        else ("", "", "")
    )
    labels = [(40, 18, "แบบแจ้งเปลี่ยนแปลงบัญชีรับเงินเบี้ยยังชีพผู้สูงอายุ"), (80, 26, org),
              (20, 40, "ชื่อ-สกุล ผู้สูงอายุ"), (20, 50, "เลขประจำตัวประชาชน"), (130, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (20, 84, "บัญชีเดิม ธนาคาร"), (110, 84, "เลขที่บัญชี"),
              (20, 94, "บัญชีใหม่ ธนาคาร"), (110, 94, "เลขที่บัญชี"),
              (20, 110, "กรณีมอบให้ผู้อื่นรับเงินแทน ชื่อผู้รับเงินแทน"), (20, 120, "เลขประจำตัวประชาชนผู้รับเงินแทน"),
              (20, 130, "โทรศัพท์ผู้รับเงินแทน"), (20, 155, "ลงชื่อ ........................ ผู้สูงอายุ")]  # fmt: skip
    fields = [Field("elder_name", a.name, 60, 40, 100), Field("elder_id", p.nid, 60, 50, 55, comb=13),
              Field("elder_dob", born_th(p.born, i + 1), 145, 50, 45), Field("elder_address", home(a, i + 1), 35, 60, 160),
              Field("elder_phone", tel(a, i), 45, 70, 55),
              Field("bank_old", "ออมสิน", 55, 84, 50), Field("acct_old", f"020{31247 + i}{i % 10}{(i + 3) % 10}", 135, 84, 55),
              Field("bank_new", "กรุงไทย", 55, 94, 50), Field("acct_new", f"51{(i + 2) % 10}0{48822 + i}{i % 10}", 135, 94, 55),
              Field("payee_name", payee[0], 100, 110, 90), Field("payee_id", payee[1], 85, 120, 55, comb=13),
              Field("payee_phone", payee[2], 70, 130, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, desk, "แจ้งเปลี่ยนบัญชีรับเบี้ยยังชีพ", box(a), text="ส่งแบบแจ้งเปลี่ยนบัญชีค่ะ\n",
                  files=(("เปลี่ยนบัญชีเบี้ยยังชีพ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_welfare_bank", raw, own(a, ALL))


def pdf_typed_given_name_letter(a: Party, i: int) -> Case:
    """A man's typed letter (Word to PDF): his block top right (his home), the date; in the
    body his new name with the old one in brackets, the ช.3's number, date and the
    registrar who signed it, his ID and birth date, his wife's name; signed by the new
    name."""
    p = a.p
    k = PEOPLE.index(a)
    _org, head, desk = office(a)
    wife, w_id = SPOUSE[k]
    reg = REGISTRARS[i % 2]
    h = home(a, i)
    cut = h.find(" ตำบล") if " ตำบล" in h else h.find(" ต.")
    paras: list[tuple[float, str]] = [(120, h[:cut]), (120, h[cut + 1:]), (0, ""), (120, f"{9 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอแก้ไขชื่อในทะเบียนผู้ประกอบการ"), (20, f"เรียน {head}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} (ชื่อเดิม {OLD_NAME[k]}) เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
                  f"ได้เปลี่ยนชื่อตัวตามหนังสือสำคัญการเปลี่ยนชื่อตัว (ช.3) เลขที่ ก {61150 + i:07d} ลงวันที่ {thai_day(date(2026, 8, 4 + i % 20))} "
                  f"ซึ่ง{reg} นายทะเบียนอำเภอเมือง{p.province} เป็นผู้ลงนาม จึงขอแก้ไขชื่อในทะเบียนผู้ประกอบการค้าและใบเสร็จค่าธรรมเนียม "
                  f"(ทะเบียนผู้ประกอบการเลขที่ {120 + i}/2569) ให้เป็นชื่อใหม่"),
             (30, f"ทั้งนี้ ร้านค้ามี {wife} (ภรรยา เลขประจำตัวประชาชน {nid_w(w_id, i)}) เป็นผู้ช่วยขาย ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)}"),
             (0, ""), (115, "ขอแสดงความนับถือ"), (0, ""), (110, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, desk, "ขอแก้ไขชื่อ (เปลี่ยนชื่อตัว)", box(a), text="เรียน เจ้าหน้าที่\nแนบหนังสือขอแก้ไขชื่อครับ\n",
                  files=(("หนังสือแก้ไขชื่อ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_given_name_letter", raw, own(a, ALL))


def pdf_typed_correction_letter(a: Party, i: int) -> Case:
    """A typed letter asking to correct an earlier request: the case's number, the lines
    "ข้อมูลที่แจ้งไว้เดิม (ผิด)" (ID, birth date) then "ข้อมูลที่ถูกต้อง"; her home and phone;
    Thai digits in v2."""
    p = a.p
    _org, head, desk = office(a)
    bad = wrong_id(p.nid, i + 3)
    bad_born = date(p.born.year, p.born.month, p.born.day % 27 + 1)
    tx = thai if i % 2 else (lambda s: s)
    paras: list[tuple[float, str]] = [(120, f"{11 + i % 15} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอแก้ไขข้อมูลในคำร้องเดิม"), (20, f"เรียน {head}"),
             (20, f"อ้างถึง คำร้องขอหนังสือรับรองการประกอบอาชีพ เลขรับที่ {1290 + i}/2569"), (0, ""),
             (30, f"ตามที่ข้าพเจ้า {a.name} ได้ยื่นคำร้องตามที่อ้างถึง ปรากฏว่ากรอกข้อมูลผิดพลาด จึงขอแก้ไขดังนี้"),
             (30, f"ข้อมูลที่แจ้งไว้เดิม (ผิด) : เลขประจำตัวประชาชน {tx(bad)} วันเกิด {tx(born_th(bad_born, i))}"),
             (30, f"ข้อมูลที่ถูกต้อง : เลขประจำตัวประชาชน {tx(nid_w(p.nid, i))} วันเกิด {tx(born_th(p.born, i))}"),
             (30, f"ที่อยู่ {tx(home(a, i + 1))} โทรศัพท์ {tx(tel(a, i))}"), (0, ""),
             (115, "ขอแสดงความนับถือ"), (0, ""), (110, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(i, desk, "ขอแก้ไขข้อมูลในคำร้องเดิม", box(a), text=f"เรียน เจ้าหน้าที่\nแนบหนังสือขอแก้ไขข้อมูล{ending(a)}\n",
                  files=(("ขอแก้ไขข้อมูล.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_correction_letter", raw, own(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_old_new_columns(a: Party, i: int) -> Case:
    """A sheet the applicant filled: รายการ | ข้อมูลเดิม | ข้อมูลใหม่ (name where it changed,
    address, phone), the ID with "ไม่เปลี่ยนแปลง" in the new column."""
    p = a.p
    k = PEOPLE.index(a)
    org, _, desk = office(a)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งเปลี่ยนแปลง"
        ws.append((f"แบบแจ้งเปลี่ยนแปลงข้อมูล {org}",))
        ws.append(("รายการ", "ข้อมูลเดิม", "ข้อมูลใหม่"))
        ws.append(("ชื่อ-สกุล", OLD_NAME[k] or a.name, a.name if OLD_NAME[k] else "ไม่เปลี่ยนแปลง"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i), "ไม่เปลี่ยนแปลง"))
        ws.append(("ที่อยู่", OLD_HOME[i % len(OLD_HOME)], home(a, i + 1)))
        ws.append(("โทรศัพท์", mobile(OLD_PHONE[(i + 5) % len(OLD_PHONE)], i), tel(a, i)))
        ws.append(("อีเมล", p.email, ""))
        ws.append(())
        ws.append(("วันที่แจ้ง", f"{4 + i % 20}/12/2569"))

    raw = message(i, desk, "แจ้งเปลี่ยนแปลงข้อมูล", box(a), text=f"แนบไฟล์แจ้งเปลี่ยนแปลงข้อมูล{ending(a)}\n",
                  files=(("แจ้งเปลี่ยนแปลงข้อมูล.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_old_new_columns", raw, own(a, NO_BIRTH))


def xlsx_struck_cells(a: Party, i: int) -> Case:
    """A sheet corrected in place: the wrong birth date and the old phone struck through
    (the font's strike), "แก้ไขเป็น" in the next cell and the value now beside it."""
    from openpyxl.styles import Font

    p = a.p
    org, _, desk = office(a)
    bad_born = date(p.born.year - 1, p.born.month, p.born.day)
    old_phone = OLD_PHONE[i % len(OLD_PHONE)]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลผู้ยื่น"
        ws.append((f"ข้อมูลผู้ยื่นคำขอ {org}",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(bad_born, i), "แก้ไขเป็น", born_th(p.born, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(old_phone, i + 1), "แก้ไขเป็น", tel(a, i + 1)))
        ws.append(("อีเมล", p.email))
        ws["B4"].font = Font(strike=True)
        ws["B6"].font = Font(strike=True)
        ws.append(())
        ws.append(("หมายเหตุ", "ข้อความที่ขีดฆ่าคือข้อมูลเดิมที่กรอกผิด"))

    raw = message(i, desk, "ส่งข้อมูลผู้ยื่นคำขอ (แก้ไขแล้ว)", box(a), text="แก้ไขข้อมูลในไฟล์แล้ว ส่งมาใหม่อีกครั้ง\n",
                  files=(("ข้อมูลผู้ยื่น_แก้ไข.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_struck_cells", raw, own(a, ALL))


def xlsx_household_contacts(a: Party, i: int) -> Case:
    """A household's contact sheet for the อบต.'s survey: the head (ผู้แจ้ง) first with her
    new phone and the old one marked ยกเลิก, then the spouse's and children's rows with
    their own IDs, birth dates and phones."""
    p = a.p
    org, _, desk = office(a)
    old_phone = OLD_PHONE[(i + 2) % len(OLD_PHONE)]
    k = PEOPLE.index(a)
    spouse = (
        SPOUSE[k][0]
        if k in SPOUSE
        else f"นายสมศักดิ์ {p.last}"
        if p.title != "นาย"
        else f"นางลำดวน {p.last}",
        with_check_digit(f"{p.nid[:4]}9902{50 + i:02d}37"),
        date(p.born.year - 2, 3, 9),
        "0897745120",
    )
    kid = (
        f"นางสาวอภิญญา {p.last}",
        with_check_digit(f"1{p.nid[1:4]}9903{60 + i:02d}15"),
        date(p.born.year + 26, 6, 21),
        "0623398174",
    )

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ครัวเรือน"
        ws.append((f"แบบปรับปรุงข้อมูลครัวเรือน {org}",))
        ws.append(("บ้านเลขที่", home(a, i)))
        ws.append(())
        ws.append(("สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "โทรศัพท์ (ใหม่)", "โทรศัพท์เดิม"))
        ws.append(
            (
                "ผู้แจ้ง/หัวหน้าครัวเรือน",
                a.name,
                nid_w(p.nid, i),
                born_th(p.born, i),
                tel(a, i),
                f"{mobile(old_phone, i)} (ยกเลิก)",
            )
        )
        ws.append(
            (
                "คู่สมรส",
                spouse[0],
                nid_w(spouse[1], i + 1),
                born_th(spouse[2], i),
                mobile(spouse[3], i),
                "",
            )
        )
        ws.append(
            ("บุตร", kid[0], nid_w(kid[1], i + 2), born_th(kid[2], i), mobile(kid[3], i + 1), "")
        )
        ws.append(())
        ws.append(("อีเมลผู้แจ้ง", p.email))

    raw = message(i, desk, "ปรับปรุงข้อมูลครัวเรือน", box(a), text=f"ส่งข้อมูลครัวเรือน เบอร์โทรเปลี่ยนใหม่{ending(a)}\n",
                  files=(("ข้อมูลครัวเรือน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_household_contacts", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_married_surname, (0, 1)),
    (plain_gmail_given_name, (2, 3)),
    (plain_webmail_moved_house, (4, 9)),
    (plain_line_chat_new_phone, (10, 5)),
    (plain_reply_quoting_wrong_id, (9, 8)),
    (html_gmail_clerk_typo, (4, 11)),
    (html_outlook_welfare_bank, (6, 7)),
    (html_eservice_change_notice, (10, 3)),
    (html_gmail_child_birthdate, (2, 8)),
    (docx_licence_name_change_table, (1, 10)),
    (docx_strikethrough_form, (5, 4)),
    (docx_move_in_elderly_letter, (7, 6)),
    (docx_water_user_old_new, (3, 2)),
    (pdf_fillable_change_request, (0, 11)),
    (pdf_fillable_welfare_bank, (6, 7)),
    (pdf_typed_given_name_letter, (3, 2)),
    (pdf_typed_correction_letter, (9, 5)),
    (xlsx_old_new_columns, (10, 1)),
    (xlsx_struck_cells, (8, 4)),
    (xlsx_household_contacts, (11, 10)),
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
