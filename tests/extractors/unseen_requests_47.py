"""A forty-seventh set of requests written by someone who had not read the readers (issue 8):
PEOPLE AND SITUATIONS. Foreign residents writing in English or in Thai and English mixed
(romanised names, an alien's 13-digit ID starting 6 or 8 with a valid check digit, the
Thai address copied from the yellow house book); shop owners filing for themselves with
their shop's 13-digit juristic tax ID (from 0) and the shop's landline in the signature
or on the letterhead; monks (พระมหา..., พระอธิการ... with their ฉายา, อาตมา/เจริญพร, the
temple as their address, the ใบสุทธิ number) and novices (สามเณร, the abbot as guardian);
a village headman's and a kamnan's notes for a villager; teachers filing for their
school (the school's 10-digit code, its landline and address beside hers); ranks
(ร.ต.อ., จ.ส.อ. written short and written out, ว่าที่ ร.ต.) and academic titles
(ผศ.ดร.); a two-word family name (ณ ลำปาง) and a married name with the maiden name
after it; mail typed on a phone with emoji and LINE sticker text; zero-width spaces,
soft hyphens and no-break spaces; a line typed in the wrong keyboard layout and typed
again; a label with a typo; replies thanking the agency that carry the request again
above the agency's quoted answer. Plain bodies, HTML, Word and PDF text layers.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the tests and builders of sets 45 and 46, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own: the foreigner, the shop's owner as a person, the monk or novice,
  the villager a headman or kamnan writes for, the teacher who files (not the school),
  the ranked officer, the person who replies.
- full_name: her title (or rank, academic title, พระ.../สามเณร) with her name as she
  writes it; a rank or title with or without a space after it; a written-out rank or
  its abbreviation; a monk by his monastic name and ฉายา; a foreigner's romanised name
  with or without Mr./Ms. (or the Thai-script name he gives beside it).
- national_id: her own 13 digits (an alien's ID is hers); a shop's juristic tax ID, a
  school's code, a ใบสุทธิ number, an officer's card number, a headman's or an abbot's
  ID are never hers.
- phone: her own mobile as +66... or 0...; a shop's, a school's, a temple office's,
  a police station's or the agency's landline is never hers; the headman's, kamnan's
  or abbot's mobile is never hers; no phone expected where she gives none.
- birth_date ISO (a foreigner's in the Christian era); address: her home (the temple for
  a monk or novice) as set 5's `addresses` accepts it, with the temple's name before it
  accepted too; never the shop's, the school's or the police station's.
Everyone and every number is invented (13-digit IDs and tax IDs made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@example.go.th"
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Who:
    """The applicant (`p`, her title as she writes it), the names a clerk accepts, and
    what surrounds her: a place (temple, shop, school) and its numbers."""

    p: Person
    names: tuple[str, ...]
    female: bool
    place: str = ""  # the temple, shop or school
    place_id: str = ""  # juristic tax ID, school code
    place_phone: str = ""  # the place's landline
    place_line: str = ""  # the place's address when it is not her home
    other: str = ""  # the Thai-script name, the maiden name, the ฉายา's lay surname


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


def spaced(title: str, first: str, last: str, *more: str) -> tuple[str, ...]:
    """A titled name with and without a space after the title (and other titles for it)."""
    return tuple(
        dict.fromkeys(
            x for t in (title, *more) for x in (f"{t}{first} {last}", f"{t} {first} {last}")
        )
    )


THOMAS = Who(P("Mr. ", "Thomas", "Whitfield", "677010002318", date(1961, 3, 14), "0815530927", "t.whitfield@btinternet.com",
               "55/12", "5", "", "", "หนองแก", "หัวหิน", "ประจวบคีรีขันธ์", "77110"),
             ("Mr. Thomas Whitfield", "Mr Thomas Whitfield", "Thomas Whitfield", "นายโทมัส วิทฟิลด์"), False,
             other="โทมัส วิทฟิลด์")  # fmt: skip
KENJI = Who(P("Mr. ", "Kenji", "Tanaka", "810990012457", date(1975, 11, 2), "0924417385", "kenji.tanaka@outlook.jp",
              "88/45", "", "สุขุมวิท 39", "สุขุมวิท", "คลองตันเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110"),
            ("Mr. Kenji Tanaka", "Mr Kenji Tanaka", "Kenji Tanaka", "นายเคนจิ ทานากะ"), False,
            other="เคนจิ ทานากะ")  # fmt: skip
ANNA = Who(P("Ms. ", "Anna", "Keller", "677020004413", date(1983, 6, 27), "0638812245", "anna.keller@gmx.de",
             "12/7", "2", "", "", "ป่าแดด", "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
           ("Ms. Anna Keller", "Ms Anna Keller", "Anna Keller", "Miss Anna Keller", "นางสาวแอนนา เคลเลอร์"), True,
           other="แอนนา เคลเลอร์")  # fmt: skip
WANPEN = Who(P("นาง", "วันเพ็ญ", "ศรีประเสริฐ", "341990021157", date(1972, 8, 9), "0819027745", "wanpen.sps@gmail.com",
               "112", "1", "", "", "วารินชำราบ", "วารินชำราบ", "อุบลราชธานี", "34190"),
             ("นางวันเพ็ญ ศรีประเสริฐ",), True, place="ห้างหุ้นส่วนจำกัด ศรีประเสริฐวัสดุภัณฑ์",
             place_id=with_check_digit("034355100182"), place_phone="045-321884",
             place_line="299 ถนนสถิตย์นิมานกาล ตำบลวารินชำราบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34190")  # fmt: skip
PRASIT = Who(P("นาย", "ประสิทธิ์", "แซ่ตั้ง", "360010044218", date(1966, 1, 23), "0863319024", "",
               "45", "", "", "โกสีย์", "ปากน้ำโพ", "เมืองนครสวรรค์", "นครสวรรค์", "60000"),
             ("นายประสิทธิ์ แซ่ตั้ง",), False, place="ร้านตั้งฮวดพานิช",
             place_id=with_check_digit("360010044350"), place_phone="056-222417",
             place_line="17 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000")  # fmt: skip
SURACHAI = Who(P("พระมหา", "สุรชัย", "ปญฺญาวโร", "340990015536", date(1975, 5, 5), "0897714236", "",
                 "99", "3", "", "", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
               spaced("พระมหา", "สุรชัย", "ปญฺญาวโร"), False, place="วัดโพธิ์ศรี", place_phone="043-246118",
               other="บุญมา")  # fmt: skip
SOMSAK_MONK = Who(P("พระอธิการ", "สมศักดิ์", "ฐิตปญฺโญ", "341010033184", date(1968, 10, 30), "0812207791", "",
                    "1", "6", "", "", "นาดี", "เมืองอุดรธานี", "อุดรธานี", "41000"),
                  spaced("พระอธิการ", "สมศักดิ์", "ฐิตปญฺโญ"), False, place="วัดหนองบัว", place_phone="042-931045",
                  other="ศรีจันทร์")  # fmt: skip
THANAWAT = Who(P("สามเณร", "ธนวัฒน์", "แก้วมณี", "156990041123", date(2011, 8, 14), "0649915372", "",
                 "2", "1", "", "", "เวียง", "เมืองพะเยา", "พะเยา", "56000"),
               spaced("สามเณร", "ธนวัฒน์", "แก้วมณี", "ส.ณ."), False, place="วัดศรีโคมคำ", place_phone="054-431205",
               other="พระครูวิมลธรรมาภรณ์ (เจ้าอาวาส) โทร 0817642209")  # fmt: skip
APISIT = Who(P("สามเณร", "อภิสิทธิ์", "ศรีทอง", "172990036645", date(2010, 3, 3), "", "",
               "33", "2", "", "", "รั้วใหญ่", "เมืองสุพรรณบุรี", "สุพรรณบุรี", "72000"),
             spaced("สามเณร", "อภิสิทธิ์", "ศรีทอง", "ส.ณ."), False, place="วัดป่าเลไลยก์", place_phone="035-521377",
             other="พระครูสุวรรณสุตาภรณ์ (เจ้าอาวาส) โทร 0863349910")  # fmt: skip
BUAPHAN = Who(P("นาง", "บัวผัน", "ดวงดี", "340120008871", date(1947, 2, 2), "", "",
                "17", "7", "", "", "หัวหนอง", "บ้านไผ่", "ขอนแก่น", "40110"),
              ("นางบัวผัน ดวงดี",), True, other="นายสมหมาย ศรีวงศ์ ผู้ใหญ่บ้านหมู่ที่ 7 โทร 0872219054")  # fmt: skip
KAMPAN = Who(P("นาย", "คำปั่น", "ศรีบุญ", "354050011426", date(1952, 12, 19), "0936618420", "",
               "64", "4", "", "", "บ้านกาศ", "สูงเม่น", "แพร่", "54130"),
             ("นายคำปั่น ศรีบุญ",), False, other="นายทองดี มาเยอะ ผู้ใหญ่บ้านหมู่ที่ 4 โทร 0819921436")  # fmt: skip
JIRAPORN = Who(P("นางสาว", "จิราพร", "ใจเย็น", "136990027742", date(1990, 4, 21), "0957718826", "jiraporn.jy@obec.go.th",
                 "19/2", "", "", "บรรณาการ", "ในเมือง", "เมืองชัยภูมิ", "ชัยภูมิ", "36000"),
               ("นางสาวจิราพร ใจเย็น", "ครูจิราพร ใจเย็น"), True, place="โรงเรียนบ้านโนนสำราญ", place_id="1036210145",
               place_phone="044-056231", place_line="88 หมู่ 9 ตำบลนาฝาย อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000")  # fmt: skip
SUNISA = Who(P("นาง", "สุนิสา", "พรมวัง", "353990019083", date(1979, 9, 9), "0899104473", "sunisa.pw@gmail.com",
               "41", "3", "", "", "ท่าอิฐ", "เมืองอุตรดิตถ์", "อุตรดิตถ์", "53000"),
             ("นางสุนิสา พรมวัง", "ครูสุนิสา พรมวัง"), True, place="โรงเรียนวัดท่าถนน", place_id="1053380112",
             place_phone="055-411906", place_line="5 ถนนเจษฎาบดินทร์ ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000")  # fmt: skip
SOMSAK_POL = Who(P("ร.ต.อ.", "สมศักดิ์", "มั่นคง", "380010027716", date(1984, 7, 7), "0817754239", "somsak.mk@police.go.th",
                   "7/3", "", "", "ราชดำเนิน", "ในเมือง", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000"),
                 spaced("ร.ต.อ.", "สมศักดิ์", "มั่นคง", "ร้อยตำรวจเอก"), False, place="สถานีตำรวจภูธรเมืองนครศรีธรรมราช",
                 place_id="0022-11-04721", place_phone="075-356470")  # fmt: skip
BOONSONG = Who(P("จ.ส.อ.", "บุญส่ง", "ทองแท้", "316990008824", date(1977, 1, 31), "0864429915", "",
                 "21", "5", "", "", "เขาสามยอด", "เมืองลพบุรี", "ลพบุรี", "15000"),
               spaced("จ.ส.อ.", "บุญส่ง", "ทองแท้", "จ่าสิบเอก"), False, place="ศูนย์การทหารปืนใหญ่",
               place_id="ทบ 5099-00417", place_phone="036-486112")  # fmt: skip
NATTHAWUT = Who(P("ว่าที่ ร.ต.", "ณัฐวุฒิ", "พรหมมา", "154990030217", date(1993, 5, 16), "0627719034", "natthawut.pm@hotmail.com",
                  "5", "8", "", "", "แม่หล่าย", "เมืองแพร่", "แพร่", "54000"),
                spaced("ว่าที่ ร.ต.", "ณัฐวุฒิ", "พรหมมา", "ว่าที่ร.ต.", "ว่าที่ร้อยตรี", "ว่าที่ ร้อยตรี"), False)  # fmt: skip
WIPAWAN = Who(P("ผศ.ดร.", "วิภาวรรณ", "เลิศวิไล", "350990011862", date(1980, 2, 29), "0816671028", "wipawan.l@cmu.ac.th",
                "239/8", "", "", "ห้วยแก้ว", "สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
              spaced("ผศ.ดร.", "วิภาวรรณ", "เลิศวิไล", "ผศ. ดร.", "ผู้ช่วยศาสตราจารย์ ดร."), True)  # fmt: skip
PANUPONG = Who(P("นาย", "ภาณุพงศ์", "ณ ลำปาง", "152990024419", date(1988, 12, 1), "0984412207", "panupong.nl@gmail.com",
                 "14", "", "", "ทิพย์วรรณ", "เวียงเหนือ", "เมืองลำปาง", "ลำปาง", "52000"),
               ("นายภาณุพงศ์ ณ ลำปาง",), False)  # fmt: skip
SUPATTRA = Who(P("นาง", "สุพัตรา", "ชมิดท์", "320990017351", date(1981, 10, 12), "0952217364", "supattra.schmidt@gmail.com",
                 "77/1", "4", "", "", "นาเกลือ", "บางละมุง", "ชลบุรี", "20150"),
               ("นางสุพัตรา ชมิดท์",), True, other="ทองดี")  # fmt: skip
PIYATIDA = Who(P("นางสาว", "ปิยะธิดา", "คำแก้ว", "157990040238", date(2001, 7, 25), "0631249987", "piyatida.kk@gmail.com",
                 "9", "3", "", "", "บ้านดู่", "เมืองเชียงราย", "เชียงราย", "57100"),
               ("นางสาวปิยะธิดา คำแก้ว",), True)  # fmt: skip
THEERAWAT = Who(P("นาย", "ธีรวัฒน์", "สุขสวัสดิ์", "110030095512", date(1995, 11, 11), "0918826604", "theerawat.ss@gmail.com",
                  "1/88", "", "ลาดพร้าว 101", "ลาดพร้าว", "คลองเจ้าคุณสิงห์", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
                ("นายธีรวัฒน์ สุขสวัสดิ์",), False)  # fmt: skip

Style = Callable[[Who, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(w: Who, *typed: str) -> dict[str, tuple[str, ...]]:
    """Her values: no phone or e-mail when she has none (a headman's or abbot's are not hers)."""
    p = w.p
    table = {
        "full_name": w.names,
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(p, *typed),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: v for k, v in table.items() if not (k == "phone" and not p.mobile)
            and not (k == "email" and not p.email)}  # fmt: skip


def temple_exp(w: Who) -> dict[str, tuple[str, ...]]:
    """A monk's or novice's home is his temple: its name before the address accepted too."""
    p = w.p
    heads = (p.line(), f"{p.house} {p.rest(moo_word='หมู่')}", p.line(short=True))
    return exp(w, *(f"{w.place} {h}" for h in heads), *(f"{w.place} เลขที่ {h}" for h in heads))


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def spaced_id(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def born_en(d: date, k: int) -> str:
    return (f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (m, f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}-{m[3:]}", f"{m[:3]} {m[3:6]} {m[6:]}")[k % 4]


def home(p: Person, k: int) -> str:
    prov = p.province_written if (k % 2 or p.bangkok) else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def message(w: Who, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    p = w.p
    msg = EmailMessage()
    msg["From"] = from_ or (
        f"{p.first} {p.last} <{p.email}>" if p.email else f"<user{n}.47@gmail.com>"
    )
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set47-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def me(w: Who) -> str:
    return "ดิฉัน" if w.female else "ผม"


def ending(w: Who) -> str:
    return "ค่ะ" if w.female else "ครับ"


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">{body}</body></html>\n'


def ident(w: Who, k: int) -> list[str]:
    p = w.p
    out = [
        f"ชื่อ-นามสกุล: {p.name}",
        f"เลขประจำตัวประชาชน: {(p.nid, dashed(p.nid))[k % 2]}",
        f"วันเดือนปีเกิด: {born_th(p.born, k)}",
        f"ที่อยู่: {home(p, k)}",
    ]
    out += [f"โทร: {mobile(p.mobile, k)}"] if p.mobile else []
    return out + ([f"อีเมล: {p.email}"] if p.email else [])


# --- foreign residents ---------------------------------------------------------------------------


def plain_foreigner_english(w: Who, i: int) -> Case:
    """All in English: the alien's 13-digit ID from his pink ID card for foreigners, his
    birth date in the Christian era, the Thai address copied from the yellow house book."""
    p = w.p
    text = (
        "Dear Sir/Madam,\n\nI would like to report that the street light in front of my house has not "
        "worked for two weeks and the soi is completely dark at night. Could you please send someone to fix it?\n\n"
        "My details:\n"
        f"Name: {p.name}\nNationality: {'British' if p.first == 'Thomas' else 'Swiss'}\n"
        f"Thai ID No. (pink card): {(p.nid, dashed(p.nid))[i % 2]}\n"
        f"Date of birth: {born_en(p.born, i)}\n"
        f"Address (in Thai, as in my house book): {home(p, i)}\n"
        f"Mobile: {mobile(p.mobile, i + 1)}\nEmail: {p.email}\n\nKind regards,\n{p.first} {p.last}\n"
    )
    return Case(
        "plain_foreigner_english", message(w, i, "Street light not working", text=text), exp(w)
    )


def plain_foreigner_mixed(w: Who, i: int) -> Case:
    """Thai and English in one mail: greetings and labels in Thai, his name in both scripts,
    the rest in English, the alien ID written with spaces as on the card."""
    p = w.p
    text = (
        f"สวัสดีครับ\n\nMy name is {p.first} {p.last} ({w.other}). I am a permanent resident "
        "and I want to ask for a copy of my house registration (ขอคัดสำเนาทะเบียนบ้าน ท.ร.14) please.\n\n"
        f"ชื่อ / Name: {p.name}\n"
        f"เลขประจำตัว / ID No.: {spaced_id(p.nid)}\n"
        f"วันเกิด / Birthday: {born_en(p.born, i + 1)}\n"
        f"ที่อยู่ / Address: {home(p, i + 1)}\n"
        f"โทร / Tel: {mobile(p.mobile, i)}\n"
        f"Email: {p.email}\n\nขอบคุณครับ Thank you\n"
    )
    return Case("plain_foreigner_mixed", message(w, i, "ขอคัดสำเนาทะเบียนบ้าน / house registration copy",
                text=text), exp(w))  # fmt: skip


def pdf_foreigner_bilingual_form(w: Who, i: int) -> Case:
    """The office's bilingual general request form, filled in and printed to PDF."""
    p = w.p
    lines = [
        "คำร้องทั่วไป / GENERAL REQUEST FORM",
        f"ชื่อ-สกุล (Name-Surname)  {p.name}",
        f"เลขประจำตัว 13 หลัก (13-digit ID No.)  {dashed(p.nid)}",
        f"วันเกิด (Date of Birth)  {born_en(p.born, i + 2)}   สัญชาติ (Nationality)  {'Japanese' if p.first == 'Kenji' else 'British'}",
        f"ที่อยู่ (Address)  {home(p, i)}",
        f"โทรศัพท์ (Tel.)  {mobile(p.mobile, i + 1)}   อีเมล (E-mail)  {p.email}",
        "เรื่อง (Subject)  ขอหนังสือรับรองถิ่นที่อยู่ / Certificate of Residence",
        f"ลงชื่อ (Signature) ............ ({p.first} {p.last})",
    ]
    texts = [(15, 25 + 10 * n, line) for n, line in enumerate(lines)]
    raw = message(w, i, "Request form (PDF)", text="Please find my request form attached.\n",
                  files=(("request_form.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_foreigner_bilingual_form", raw, exp(w))


# --- shop owners ---------------------------------------------------------------------------------


def plain_shop_owner_signature(w: Who, i: int) -> Case:
    """She asks for herself (a tree over her house), her details in the body and her shop's
    signature block below: shop name, juristic tax ID, shop landline and shop address."""
    p = w.p
    text = (
        f"เรียน นายกเทศมนตรี\n\n{me(w)}ขอให้ตัดแต่งกิ่งไม้ที่ยื่นเข้ามาพาดสายไฟหน้าบ้าน เกรงว่าจะหักลงมาช่วงมีพายุ{ending(w)}\n\n"
        + "\n".join(ident(w, i))
        + f"\n\nขอบคุณ{ending(w)}\n\n--\n{p.name}\n{w.place}\n"
        f"เลขประจำตัวผู้เสียภาษี {(w.place_id, dashed(w.place_id))[i % 2]}\n"
        f"{w.place_line}\nโทร {w.place_phone} แฟกซ์ {w.place_phone[:-1]}5\n"
    )
    return Case("plain_shop_owner_signature", message(w, i, "ขอตัดกิ่งไม้พาดสายไฟ", text=text), exp(w))


def docx_shop_letterhead(w: Who, i: int) -> Case:
    """A letter on the shop's letterhead (name, tax ID, address, landline at the top), in
    which the owner asks as a person: her own ID, birth date and home below."""
    p = w.p

    def build(d: Any) -> None:
        d.add_paragraph(w.place)
        d.add_paragraph(f"{w.place_line}  โทร. {w.place_phone}")
        d.add_paragraph(f"เลขประจำตัวผู้เสียภาษีอากร {w.place_id}")
        d.add_paragraph("9 ธันวาคม 2569")
        d.add_paragraph("เรื่อง  ขอรับการสงเคราะห์ผู้ประสบอุทกภัย")
        d.add_paragraph("เรียน  นายอำเภอ")
        d.add_paragraph(
            f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(p, i + 1)} โทรศัพท์มือถือ {mobile(p.mobile, i)} "
            "บ้านพักของข้าพเจ้าถูกน้ำท่วมเสียหาย จึงขอรับการช่วยเหลือตามระเบียบ"
        )
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({p.name})")
        d.add_paragraph(f"เจ้าของ{w.place}")

    raw = message(w, i, "ขอรับการสงเคราะห์", text="เรียน เจ้าหน้าที่ แนบหนังสือมาตามไฟล์\n",
                  files=(("หนังสือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_shop_letterhead", raw, exp(w))


def html_shop_owner_phone(w: Who, i: int) -> Case:
    """An HTML mail from the shop's phone: the LINE OA, the shop's tax ID and landline in a
    coloured signature; her own ID and mobile in the body."""
    p = w.p
    body = [f"{me(w)}{p.name} เจ้าของ{w.place}", f"เลขบัตรประชาชน {p.nid}", f"เกิด {born_th(p.born, i + 1)}",
            f"บ้านเลขที่ {home(p, i)}", f"มือถือ {mobile(p.mobile, i + 2)}",
            "ขอแจ้งว่าท่อระบายน้ำหน้าบ้านอุดตัน น้ำเอ่อล้นเข้าบ้านทุกครั้งที่ฝนตก"]  # fmt: skip
    html = html_doc(
        "".join(f"<div>{b}</div>" for b in body)
        + f"<br><div style='color:#1a5276'><b>{w.place}</b><br>Tax ID {w.place_id}<br>"
        f"Tel. {w.place_phone} | LINE OA @shop{p.postal}<br>{w.place_line}</div>"
    )
    return Case("html_shop_owner_phone", message(w, i, "ท่อระบายน้ำอุดตัน", html=html), exp(w))


# --- monks and novices ---------------------------------------------------------------------------


def plain_monk_request(w: Who, i: int) -> Case:
    """A monk writes (อาตมา ... เจริญพร): his monastic name and ฉายา, his lay surname, the
    temple as his address, the ใบสุทธิ number, the temple office's landline."""
    p = w.p
    text = (
        "เจริญพร นายกองค์การบริหารส่วนตำบล\n\n"
        f"อาตมา {p.name} (นามสกุลเดิม {w.other}) เจ้าอาวาส{w.place} ขออนุญาตใช้รถน้ำของ อบต. "
        "ล้างลานวัดก่อนงานทอดกฐินวันที่ 20 ธันวาคม 2569\n\n"
        f"เลขประจำตัวประชาชน {(dashed(p.nid), p.nid)[i % 2]}\n"
        f"ใบสุทธิเลขที่ {118 + i}/25{40 + i}\n"
        f"เกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {w.place} เลขที่ {home(p, i)}\n"
        f"โทรศัพท์ {mobile(p.mobile, i)} (สำนักงานวัด {w.place_phone})\n\nเจริญพร\n"
    )
    return Case("plain_monk_request", message(w, i, "ขอใช้รถน้ำ", text=text), temple_exp(w))


def docx_monk_form(w: Who, i: int) -> Case:
    """The office's Word form filled for a monk: คำนำหน้า left as the monk's title, the
    ฉายา field, the temple's address, his ใบสุทธิ and the temple office's landline."""
    p = w.p
    rows = [("คำนำหน้า", p.title), ("ชื่อ", p.first), ("ฉายา/นามสกุล", p.last),
            ("เลขประจำตัวประชาชน", dashed(p.nid)), ("ใบสุทธิเลขที่", f"{331 + i}/25{38 + i}"),
            ("วันเดือนปีเกิด", born_th(p.born, i + 1)), ("สังกัดวัด", w.place),
            ("ที่อยู่", home(p, i)), ("โทรศัพท์มือถือ", mobile(p.mobile, i + 1)),
            ("โทรศัพท์วัด", w.place_phone)]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องขอรับการสนับสนุน (สำหรับพระภิกษุสามเณร)")
        t = d.add_table(rows=len(rows), cols=2)
        for n, (x, y) in enumerate(rows):
            t.cell(n, 0).text = x
            t.cell(n, 1).text = y
        d.add_paragraph("เรื่อง ขอรับการสนับสนุนเต็นท์และเก้าอี้งานบุญประจำปี")

    raw = message(w, i, "คำร้องของวัด", text="เจริญพร ส่งแบบคำร้องตามไฟล์แนบ\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_monk_form", raw, temple_exp(w))


def html_novice_scholarship(w: Who, i: int) -> Case:
    """A novice asks for a study grant: his details, then the abbot's as guardian with the
    abbot's mobile, the temple office's landline below."""
    p = w.p
    rows = [f"ชื่อ {p.name}", f"เลขประจำตัวประชาชน {dashed(p.nid)}", f"เกิดวันที่ {born_th(p.born, i)}",
            f"ที่อยู่ {w.place} {home(p, i)}"]  # fmt: skip
    rows += [f"โทร {mobile(p.mobile, i)}"] if p.mobile else []
    html = html_doc(
        "<p>นมัสการ/เรียน หัวหน้ากองการศึกษา</p>"
        "<p>กระผมขอสมัครรับทุนการศึกษาสำหรับสามเณรที่เรียนดี ชั้นมัธยมศึกษาปีที่ 3 โรงเรียนพระปริยัติธรรม</p>"
        f"<p>{'<br>'.join(rows)}</p>"
        f"<p>ผู้ปกครอง: {w.other}<br>สำนักงาน{w.place} โทร {w.place_phone}</p>"
    )
    return Case(
        "html_novice_scholarship", message(w, i, "สมัครทุนการศึกษาสามเณร", html=html), temple_exp(w)
    )


# --- headmen, kamnan, teachers ------------------------------------------------------------------------


def plain_headman_note(w: Who, i: int) -> Case:
    """The village headman writes for an old villager from his own mail: his name, post and
    mobile first, then the villager's details; the applicant is the villager."""
    p = w.p
    headman = w.other
    text = (
        f"เรียน ปลัดอำเภอ\n\nกระผม {headman} ขอส่งเรื่องแทนลูกบ้าน ซึ่ง{'ไม่มีโทรศัพท์และ' if not p.mobile else 'อายุมากและ'}ไม่สะดวกเดินทาง "
        "ขอรับความช่วยเหลือซ่อมแซมหลังคาบ้านที่ถูกพายุพัดเสียหาย กระผมได้ตรวจสอบแล้วว่าเสียหายจริง\n\n"
        "ผู้ขอรับความช่วยเหลือ\n" + "\n".join(ident(w, i)) + "\n\nขอแสดงความนับถือ\nผู้ใหญ่บ้าน\n"
    )
    return Case("plain_headman_note", message(w, i, "ขอความช่วยเหลือซ่อมหลังคา (ลูกบ้าน)", text=text,
                from_=f"Headman Moo {p.moo} <puyai.moo{p.moo}@gmail.com>"), exp(w))  # fmt: skip


def pdf_kamnan_certificate(w: Who, i: int) -> Case:
    """A kamnan's certificate (หนังสือรับรอง) printed to PDF: the kamnan's own name, ID and
    mobile in the first and last lines, the villager certified in between."""
    p = w.p
    kamnan_id = with_check_digit(f"3{p.nid[1:5]}0099{17 + i:03d}")
    lines = [
        "หนังสือรับรอง",
        f"ข้าพเจ้า นายสุวิทย์ ทองประเสริฐ ตำแหน่ง กำนันตำบล{p.tambon} เลขประจำตัวประชาชน {kamnan_id}",
        f"ขอรับรองว่า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)}",
        f"เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(p, i)}",
        "เป็นผู้มีรายได้น้อย อาศัยอยู่ในพื้นที่จริง ประกอบอาชีพเกษตรกรรม",
        (f"โทรศัพท์ผู้ขอ {mobile(p.mobile, i)}" if p.mobile else "ผู้ขอไม่มีโทรศัพท์"),
        "ลงชื่อ ........................ กำนัน",
        f"(นายสุวิทย์ ทองประเสริฐ) โทร 08{i + 1}-774-2391",
    ]
    texts = [(15, 25 + 10 * n, line) for n, line in enumerate(lines)]
    raw = message(w, i, "หนังสือรับรองจากกำนัน (PDF)", text="ส่งหนังสือรับรองของกำนันประกอบคำขอครับ\n",
                  files=(("รับรอง.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_kamnan_certificate", raw, exp(w))


def plain_teacher_for_school(w: Who, i: int) -> Case:
    """A teacher files for her school (a water truck for the school's tank): the school's
    code (10 digits), landline and address, then her own details."""
    p = w.p
    text = (
        f"เรียน นายก อบต.\n\n{me(w)}ในนามของ{w.place} รหัสโรงเรียน {w.place_id} ตั้งอยู่ที่ {w.place_line} "
        f"(โทร {w.place_phone}) ขอความอนุเคราะห์รถบรรทุกน้ำ 2 เที่ยว เนื่องจากน้ำประปาหมู่บ้านไม่ไหล นักเรียน 214 คนไม่มีน้ำใช้\n\n"
        "ผู้ประสานงาน (ครูผู้รับผิดชอบ)\n"
        + "\n".join(ident(w, i + 1))
        + f"\n\nด้วยความเคารพ\nครู{p.first} {p.last}\n"
    )
    return Case("plain_teacher_for_school", message(w, i, f"ขอรถน้ำ {w.place}", text=text), exp(w))


def html_teacher_signature(w: Who, i: int) -> Case:
    """A teacher's mail from the school's Zimbra-like webmail: her details in a table, the
    school's signature (code, landline, address) below."""
    p = w.p
    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่ปัจจุบัน", home(p, i)), ("มือถือ", mobile(p.mobile, i + 3)), ("อีเมล", p.email)]  # fmt: skip
    cells = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in rows)
    html = html_doc(
        "<p>เรียน ผู้อำนวยการกองช่าง</p><p>ขอแจ้งว่าถนนหน้าบ้านพักครูเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย</p>"
        f"<table>{cells}</table><hr><p><i>{w.place} รหัส {w.place_id}<br>{w.place_line}<br>โทร {w.place_phone}</i></p>"
    )
    return Case("html_teacher_signature", message(w, i, "ถนนเป็นหลุม", html=html), exp(w))


# --- ranks, titles, names ------------------------------------------------------------------------------


def plain_rank_officer(w: Who, i: int) -> Case:
    """An officer files about his own home: the rank short, his unit, its landline and his
    officer's card number beside his own ID."""
    p = w.p
    text = (
        f"เรียน เจ้าหน้าที่\n\n{me(w)} {p.name} สังกัด{w.place} (โทร {w.place_phone}) "
        "ขอแจ้งว่ามีการเผาขยะในที่ดินว่างข้างบ้านทุกเย็น ควันเข้าบ้าน ลูกเล็กไอทั้งคืน\n\n"
        f"บัตรประจำตัวเจ้าหน้าที่ของรัฐ เลขที่ {w.place_id}\n" + "\n".join(ident(w, i)[1:]) + "\n"
    )
    return Case("plain_rank_officer", message(w, i, "แจ้งเผาขยะ", text=text), exp(w))


def docx_rank_written_out(w: Who, i: int) -> Case:
    """A Word letter with the rank written out in full in the body and short under the
    signature."""
    p = w.p
    full = {"ร.ต.อ.": "ร้อยตำรวจเอก", "จ.ส.อ.": "จ่าสิบเอก"}.get(p.title, p.title)

    def build(d: Any) -> None:
        d.add_paragraph("เรื่อง ขอรับรองการอยู่อาศัย")
        d.add_paragraph(
            f"ข้าพเจ้า {full} {p.first} {p.last} เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(p, i)} โทร {mobile(p.mobile, i)}"
            + (f" อีเมล {p.email}" if p.email else "")
        )
        d.add_paragraph(
            f"ขอหนังสือรับรองการอยู่อาศัยเพื่อใช้ประกอบการย้ายบุตรเข้าเรียน สังกัด{w.place} โทร {w.place_phone}"
        )
        d.add_paragraph(f"ลงชื่อ {p.name}")

    raw = message(w, i, "ขอหนังสือรับรองการอยู่อาศัย", text="แนบคำร้องครับ\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_rank_written_out", raw, exp(w))


def plain_acting_academic_title(w: Who, i: int) -> Case:
    """ว่าที่ ร.ต. or ผศ.ดร. before the name, in the greeting line and in the labels."""
    p = w.p
    text = (
        f"เรียน ผู้อำนวยการกองสาธารณสุข\n\n{me(w)}ขอร้องเรียนเรื่องเสียงดังจากร้านคาราโอเกะหลังหมู่บ้านถึงตีสองทุกคืน\n\n"
        f"ผู้ร้องเรียน {p.name}\n"
        f"เลขบัตรประชาชน {dashed(p.nid)}\n"
        f"ว/ด/ป เกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ {home(p, i + 1)}\n"
        f"โทรศัพท์ {mobile(p.mobile, i + 2)}\nE-mail {p.email}\n\nด้วยความนับถือ\n{p.name}\n"
    )
    return Case("plain_acting_academic_title", message(w, i, "ร้องเรียนเสียงดัง", text=text), exp(w))


def plain_two_word_family_name(w: Who, i: int) -> Case:
    """A family name of two words (ณ ลำปาง), or a married name with the maiden name in
    brackets after it."""
    p = w.p
    name = p.name + (f" (นามสกุลเดิม {w.other})" if w.other else "")
    text = (
        f"เรียน เจ้าหน้าที่ทะเบียน\n\nขอนัดหมายทำบัตรประชาชนใหม่ เนื่องจากบัตรเดิมชำรุด{ending(w)}\n\n"
        f"ชื่อ {name}\nเลขประจำตัวประชาชน {p.nid}\nเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {home(p, i)}\nเบอร์โทร {mobile(p.mobile, i)}\nอีเมล {p.email}\n"
    )
    return Case("plain_two_word_family_name", message(w, i, "นัดทำบัตรประชาชน", text=text), exp(w))


# --- how it was typed -----------------------------------------------------------------------------------


def plain_phone_emoji_sticker(w: Who, i: int) -> Case:
    """Typed on a phone like a LINE chat: emoji after the lines, a sticker's text, short
    labels, everything on its own line."""
    p = w.p
    text = (
        "สวัสดีค่าาา 🙏🙏\nขอแจ้งสุนัขจรจัดกัดเด็กในซอยค่ะ 😭🐕 อยากให้มาจับไปฉีดยา\n[สติกเกอร์]\n\n"
        f"ชื่อ {p.name} 😊\nเลขบัตร {p.nid} 🪪\nเกิด {born_th(p.born, i + 2)} 🎂\n"
        f"บ้าน {home(p, i)} 🏠\nเบอร์ {mobile(p.mobile, i)} 📱\nเมล {p.email} ✉️\n\n"
        "ขอบคุณค่ะ 🙏💕\n[Sticker] \n\nส่งจาก Android ของฉัน\n"
    )
    return Case("plain_phone_emoji_sticker", message(w, i, "หมากัดเด็ก 😭", text=text), exp(w))


def plain_invisible_marks(w: Who, i: int) -> Case:
    """Copied from a phone's notes: zero-width spaces between Thai words and inside the ID,
    soft hyphens in the name, no-break spaces after the labels and in the phone."""
    p = w.p
    zw, sh, nb = "\u200b", "\u00ad", "\u00a0"
    nid = p.nid[:4] + zw + p.nid[4:9] + zw + p.nid[9:]
    m = p.mobile
    text = (
        f"ขอ{zw}ร้อง{zw}เรียน{zw}เรื่อง{zw}ไฟ{zw}ถนน{zw}ดับ{zw}ทั้ง{zw}ซอย\n\n"
        f"ชื่อ:{nb}{p.title}{p.first[:2]}{sh}{p.first[2:]} {p.last}\n"
        f"เลขบัตรประชาชน:{nb}{nid}\n"
        f"วันเกิด:{nb}{born_th(p.born, i)}\n"
        f"ที่อยู่:{nb}{home(p, i).replace(' ', nb, 1)}\n"
        f"โทร:{nb}{m[:3]}{nb}{m[3:6]}{nb}{m[6:]}\n"
        f"อีเมล:{nb}{p.email}\n"
    )
    return Case("plain_invisible_marks", message(w, i, "ไฟถนนดับ", text=text), exp(w))


KEDMANEE = dict(zip("1234567890-=qwertyuiop[]asdfghjkl;'zxcvbnm,./",
                    "ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฟหกดเ้่าสวงผปแอิืทมใฝ", strict=True))  # fmt: skip
TO_EN = {v: k for k, v in KEDMANEE.items()}


def wrong_layout_th(text: str) -> str:
    """What English keys give when the Thai layout was on."""
    return "".join(KEDMANEE.get(c, c) for c in text)


def wrong_layout_en(text: str) -> str:
    """What Thai keys give when the English layout was on."""
    return "".join(TO_EN.get(c, c) for c in text)


def plain_wrong_keyboard(w: Who, i: int) -> Case:
    """A label typed with the English layout on ("=njv" for ชื่อ) and her e-mail typed with
    the Thai layout on, each typed again right after."""
    p = w.p
    local = p.email.split("@")[0]
    text = (
        f"เรียน เจ้าหน้าที่\nขอแจ้งท่อประปาแตกหน้าบ้าน น้ำไหลทิ้งมา 2 วันแล้ว{ending(w)}\n\n"
        f"{wrong_layout_en('ชื่อ')} \nชื่อ {p.name}\n"
        f"เลขบัตร {dashed(p.nid)}\nเกิด {born_th(p.born, i)}\nที่อยู่ {home(p, i + 1)}\n"
        f"โทร {mobile(p.mobile, i)}\n"
        f"อีเมล {wrong_layout_th(local)}\nอีเมล {p.email} (ขอโทษ{ending(w)} เมื่อกี้ลืมเปลี่ยนภาษา)\n"
    )
    return Case("plain_wrong_keyboard", message(w, i, "ท่อประปาแตก", text=text), exp(w))


def plain_label_typo(w: Who, i: int) -> Case:
    """One label misspelt as it was typed in haste (เลขประจำตัวประชาขน, ที่อญู่, วันเกืด)."""
    p = w.p
    labels = (("ชื่อ-สกุล", "เลขประจำตัวประชาขน", "วันเกิด", "ที่อยู่"),
              ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกืด", "ที่อญู่"))[i % 2]  # fmt: skip
    text = (
        f"เรียน เจ้าหน้าที่\n\nขอยื่นคำร้องขอติดตั้งกระจกโค้งที่ปากซอย เพราะรถชนกันบ่อย{ending(w)}\n\n"
        f"{labels[0]}: {p.name}\n{labels[1]}: {p.nid}\n{labels[2]}: {born_th(p.born, i + 1)}\n"
        f"{labels[3]}: {home(p, i)}\nโทรศัพท์: {mobile(p.mobile, i + 1)}\nอีเมล: {p.email}\n"
    )
    return Case("plain_label_typo", message(w, i, "ขอติดกระจกโค้ง", text=text), exp(w))


# --- replies thanking the agency -----------------------------------------------------------------------


def agency_answer(w: Who, i: int) -> str:
    return (
        f"เรียน คุณ{w.p.first}\n\nได้รับเรื่องแล้ว เลขรับที่ สบ 0{1120 + i}/2569 "
        "รบกวนส่งชื่อ เลขบัตร วันเกิด ที่อยู่ และเบอร์โทรอีกครั้งในอีเมลฉบับเดียว เพื่อบันทึกในระบบ\n\n"
        "นางสาวกมลชนก ใจดี\nนักจัดการงานทั่วไป งานสารบรรณ\nโทร 0-2143-8870 ต่อ 112\nsaraban@example.go.th"
    )


def plain_thanks_reply(w: Who, i: int) -> Case:
    """A reply that thanks the agency and gives her details again above the agency's
    quoted answer (officer's name, desk phone, the receipt number)."""
    p = w.p
    quoted = "\n".join("> " + line if line else ">" for line in agency_answer(w, i).splitlines())
    text = (
        f"ขอบคุณมากเลย{ending(w)} ที่ติดต่อกลับมาอย่างรวดเร็ว ส่งข้อมูลตามที่ขอนะ{'คะ' if w.female else 'ครับ'}\n\n"
        + "\n".join(ident(w, i))
        + f"\n\nขอบคุณอีกครั้ง{ending(w)}\n{p.first}\n\n"
        f"เมื่อ อ. 8 ธ.ค. 2569 เวลา 14:{10 + i} งานสารบรรณ <{AGENCY}> เขียนว่า:\n{quoted}\n"
    )
    return Case("plain_thanks_reply", message(w, i, "Re: แจ้งน้ำท่วมขังในซอย", text=text), exp(w))


def html_thanks_reply(w: Who, i: int) -> Case:
    """The same in Outlook's HTML: thanks, the request told again in a sentence with her
    details, and the agency's answer in a quoted block with its officer's phone."""
    p = w.p
    answer = agency_answer(w, i).replace("\n", "<br>")
    html = html_doc(
        f"<div>เรียน เจ้าหน้าที่งานสารบรรณ</div><div>ขอบพระคุณที่ตอบกลับ{ending(w)} ขอยืนยันคำร้องเดิม "
        "คือขอให้ลอกท่อระบายน้ำในซอย เพราะน้ำท่วมขังทุกครั้งที่ฝนตก</div>"
        f"<div>{'<br>'.join(ident(w, i + 1))}</div><div>{p.name}</div>"
        "<hr><div><b>From:</b> งานสารบรรณ &lt;saraban@example.go.th&gt;<br><b>Sent:</b> Tuesday, December 8, 2026 2:10 PM"
        f"<br><b>Subject:</b> RE: แจ้งน้ำท่วมขังในซอย</div><blockquote>{answer}</blockquote>"
    )
    return Case("html_thanks_reply", message(w, i, "RE: แจ้งน้ำท่วมขังในซอย", html=html), exp(w))


# --- the set -----------------------------------------------------------------------------------------


PLAN: tuple[tuple[Style, Who, Who], ...] = (
    (plain_foreigner_english, THOMAS, ANNA),
    (plain_foreigner_mixed, KENJI, THOMAS),
    (pdf_foreigner_bilingual_form, KENJI, THOMAS),
    (plain_shop_owner_signature, WANPEN, PRASIT),
    (docx_shop_letterhead, PRASIT, WANPEN),
    (html_shop_owner_phone, WANPEN, PRASIT),
    (plain_monk_request, SURACHAI, SOMSAK_MONK),
    (docx_monk_form, SOMSAK_MONK, SURACHAI),
    (html_novice_scholarship, THANAWAT, APISIT),
    (plain_headman_note, BUAPHAN, KAMPAN),
    (pdf_kamnan_certificate, KAMPAN, BUAPHAN),
    (plain_teacher_for_school, JIRAPORN, SUNISA),
    (html_teacher_signature, SUNISA, JIRAPORN),
    (plain_rank_officer, SOMSAK_POL, BOONSONG),
    (docx_rank_written_out, BOONSONG, SOMSAK_POL),
    (plain_acting_academic_title, NATTHAWUT, WIPAWAN),
    (plain_two_word_family_name, PANUPONG, SUPATTRA),
    (plain_phone_emoji_sticker, PIYATIDA, SUPATTRA),
    (plain_invisible_marks, THEERAWAT, WIPAWAN),
    (plain_wrong_keyboard, PIYATIDA, THEERAWAT),
    (plain_label_typo, THEERAWAT, PANUPONG),
    (plain_thanks_reply, ANNA, NATTHAWUT),
    (html_thanks_reply, PANUPONG, JIRAPORN),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in PLAN
}


def build_set() -> list[Case]:
    """Each style for the two people it was written for, numbered 2s and 2s+1."""
    return [
        style(w, 2 * s + k) for s, (style, *pair) in enumerate(PLAN) for k, w in enumerate(pair)
    ]
