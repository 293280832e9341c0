"""A fifty-eighth set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A MUNICIPALITY'S PUBLIC HEALTH AND ENVIRONMENT DESK (กองสาธารณสุขและ
สิ่งแวดล้อม of เทศบาลเมืองบ้านโป่ง, Ratchaburi): nuisance complaints (เหตุเดือดร้อนรำคาญ:
smoke, smell, noise, a pig farm, a karaoke bar) where the COMPLAINANT is the applicant and
the place complained of has its own address, owner's name and phone; anonymous
complainants who give only a phone; garbage-collection fees and bins; septic-tank pumping
(ขอรับบริการสูบสิ่งปฏิกูล) booked for a house that is not the applicant's home, with the
tenant's name and phone there; dog and cat registration and sterilisation (the pet's age,
birth date and 15-digit microchip beside the owner's details); mosquito fogging asked by a
community chairman (ประธานชุมชน) for his community; food-shop licences and notices
(ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร, หนังสือรับรองการแจ้ง) and food handlers' health
certificates where an employer writes for employees. Receipt, permit and booking numbers,
dates of incidents and bookings everywhere. Kinds: plain (phone mail apps, webmail, a LINE
chat's export pasted into mail), HTML (Gmail, Outlook, the town's e-service, an iPhone's
HTML mail), Word (the desk's forms filled in, a chairman's letter), PDF (fillable forms, a
typed letter, a villagers' petition scanned with the scanner's text layer), xlsx (lists).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the tests
and builders of sets 55 and 56, the helpers they import, and the earlier sets' first
docstrings). Conventions: the test's docstring; WHO below says, per style, whose request
it is. Everyone and every number is invented (13-digit IDs made with with_check_digit);
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
from unseen_requests_56 import (
    P,
    Party,
    exp,
    heads,
    provinces,
    scanned_pdf,
    table_doc,
    tel,
)

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "health@banpong.example.go.th"
TOWN = "เทศบาลเมืองบ้านโป่ง"
MAYOR = "นายกเทศมนตรีเมืองบ้านโป่ง"
DIV = "กองสาธารณสุขและสิ่งแวดล้อม"
RB = "ราชบุรี"
BKK = "กรุงเทพมหานคร"

PEOPLE: tuple[Party, ...] = (
    P("นาง", "สมศรี", "พึ่งทอง", "370010044215", date(1961, 5, 14), "0815523407", "somsri.pt@gmail.com",
      "17", "4", "", "", "ท่าผา", "บ้านโป่ง", RB, "70110"),
    P("นาย", "ประเสริฐ", "แก้วมณี", "370010071832", date(1968, 10, 2), "0896617253", "prasert.km@hotmail.com",
      "88/3", "", "", "แสงชูโต", "บ้านโป่ง", "บ้านโป่ง", RB, "70110"),
    P("นางสาว", "ณัฐกานต์", "อุดมสุข", "370990028764", date(1993, 2, 21), "0638842197", "nattakan.ud@gmail.com",
      "45/12", "2", "", "", "นครชุมน์", "บ้านโป่ง", RB, "70110"),
    P("นาย", "บุญเลิศ", "ศรีสมบูรณ์", "370020055196", date(1955, 12, 9), "0819934418", "",
      "9", "6", "", "", "ลาดบัวขาว", "บ้านโป่ง", RB, "70110"),
    P("นาง", "จันทร์เพ็ญ", "รุ่งโรจน์", "310120067734", date(1972, 7, 30), "0868812250", "janpen.rr@yahoo.com",
      "222/48", "", "ลาดพร้าว 101", "ลาดพร้าว", "คลองจั่น", "บางกะปิ", BKK, "10240"),
    P("นาย", "ธีรวัฒน์", "ชูเกียรติ", "370050013377", date(1984, 3, 17), "0924471608", "teerawat.ck@gmail.com",
      "61", "8", "", "", "กรับใหญ่", "บ้านโป่ง", RB, "70110"),
    P("นางสาว", "ศิริพร", "ทองสุข", "370990061423", date(1997, 9, 5), "0641179325", "siriporn.ts97@gmail.com",
      "5/7", "", "", "ทรงพล", "บ้านโป่ง", "บ้านโป่ง", RB, "70110"),
    P("นาย", "สุวิทย์", "เพชรประดับ", "370010092541", date(1966, 1, 28), "0817706382", "suwit.pp@gmail.com",
      "130", "1", "", "", "สวนกล้วย", "บ้านโป่ง", RB, "70110"),
    P("นาง", "อำไพ", "บุญมาก", "370040038810", date(1958, 8, 11), "0892250674", "",
      "33", "3", "", "", "คุ้งพยอม", "บ้านโป่ง", RB, "70110"),
    P("นาย", "กฤษดา", "วัฒนากร", "373010027465", date(1979, 4, 3), "0853361924", "kritsada.wk@gmail.com",
      "102/9", "", "", "ทรงพล", "พระปฐมเจดีย์", "เมืองนครปฐม", "นครปฐม", "73000"),
    P("นาง", "ลำดวน", "สีนวล", "370070050126", date(1964, 11, 19), "0874435019", "lamduan.sn@hotmail.com",
      "7/1", "5", "", "", "คลองตาคต", "โพธาราม", RB, "70120"),
    P("นาย", "อนุชา", "ดีประเสริฐ", "310050081944", date(1987, 6, 25), "0956623481", "anucha.dp@gmail.com",
      "59/201", "", "รามคำแหง 24", "รามคำแหง", "หัวหมาก", "บางกะปิ", BKK, "10240"),
)  # fmt: skip

# The places complained of, each with its owner's name and phone (never the applicant's).
NUISANCES: tuple[tuple[str, str, str, str], ...] = (
    ("ร้านคาราโอเกะ ลำดวนบาร์", "128/4 ถนนแสงชูโต ต.บ้านโป่ง", "นายวีระ ศรีเจริญ", "0829914476"),
    ("ฟาร์มหมูของนายสมพงษ์", "หมู่ 6 ต.ลาดบัวขาว (ท้ายซอยวัดลาดบัว)", "นายสมพงษ์ ทองแท้", "0815568243"),
    ("โรงเผาถ่าน", "41 หมู่ 4 ต.ท่าผา", "นางบุญชู มีทรัพย์", "0897723361"),
    ("อู่ซ่อมรถ ช.การช่าง", "77/2 ถนนทรงพล ต.บ้านโป่ง", "นายชาญ พึ่งบุญ", "0861125579"),
)
COMPLAINED_ID = with_check_digit("370010099871")  # an owner's ID quoted in a form
TENANTS = (("นายสมชาย ใจกว้าง", "0837712045"), ("นางสาวพรทิพย์ แสนดี", "0819925532"))
HEADMAN = ("ผู้ใหญ่ประยูร", "นายประยูร ทองคำ", "0816690142")
MANAGER = ("นางสาววิไลวรรณ ศักดิ์ศรี", "0865531207", "wilaiwan.kitchen@gmail.com")
EMPLOYEES: tuple[tuple[str, str, date], ...] = (
    ("นางสาวมณีรัตน์ จันทร์ดี", with_check_digit("370990070315"), date(1999, 3, 8)),
    ("นายเอกชัย บุญส่ง", with_check_digit("370990081126"), date(2001, 11, 23)),
    ("นางพิมพา คงคา", with_check_digit("370060012947"), date(1980, 6, 2)),
)
VET = ("สพ.ญ.กนกพร วงศ์ใหญ่", "ใบอนุญาตเลขที่ 6812")


WEEKDAYS = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")  # as a LINE export heads each day


def microchip(k: int) -> str:
    """A 15-digit ISO microchip number, Thailand's 764 first."""
    return f"7640981{(20044517 + 7919 * k) % 100_000_000:08d}"


def chip_w(m: str, k: int) -> str:
    return (m, f"{m[:3]} {m[3:7]} {m[7:11]} {m[11:]}", f"{m[:3]}-{m[3:9]}-{m[9:]}")[k % 3]


# --- what a clerk keeps -------------------------------------------------------------------

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"
NO_MAIL_BIRTH = "full_name national_id birth_date phone address postal_code province"


def ex(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """`exp` of set 56, the e-mail left out for one who has no box of his own (his mail
    comes from a grandchild's box, which is not his)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def none_of(keys: str) -> dict[str, tuple[str, ...]]:
    """Fields the request does not give for its applicant: only no value (or a flagged
    one) is right, since another person's value stands there."""
    return {k: () for k in keys.split()}


# Whose request each style is. Written before any run.
WHO: dict[str, str] = {
    "plain_smoke_complaint": "the complainant who signs; never the charcoal kiln's owner (name, phone, address)",
    "plain_anonymous_karaoke": "an anonymous complainant: her phone and her own box only; the bar's owner never",
    "plain_line_chat_pig_farm": "the complainant whose details close the mail; never the headman in the chat, never the farm's owner",
    "plain_septic_owner_bkk": "the owner in Bangkok; her home, never the house to be pumped nor its tenant's phone",
    "plain_dog_sterilisation": "the dogs' owner (birth date given); microchips never an ID or a phone",
    "plain_bin_fee_shop": "the shop's owner; her home, never the shop's stall; receipt numbers never",
    "html_gmail_fogging_chairman": "the community chairman who writes; never the dengue patient he names",
    "html_outlook_restaurant_health_cert": "the restaurant's owner (licensee) named in the body; never the manager who sends, never the employees",
    "html_gmail_construction_noise": "the complainant; never the site's contractor or foreman",
    "html_eservice_nuisance": "the complainant (ผู้ร้องเรียน rows); never the ผู้ก่อเหตุ rows",
    "html_iphone_cat_registration": "the cat's owner; the cat's birth date never hers (hers not given)",
    "docx_nuisance_form": "the complainant on the ข้าพเจ้า lines; never the workshop's owner and his ID",
    "docx_septic_booking_form": "the ผู้ขอรับบริการ; never the place to be pumped nor its contact",
    "docx_pet_registration_form": "the owner's block; never the pet's or the vet's",
    "docx_chairman_fogging_letter": "the chairman who signs; never the committee member or patient",
    "pdf_fillable_food_permit": "the applicant (fields text1..); never the shop's place",
    "pdf_employer_health_letter": "the employer who signs; never the employees listed with IDs",
    "pdf_scanned_pig_petition": "the villagers' representative (ข้าพเจ้า ... ผู้แทน); never the other signers or the farm's owner",
    "pdf_fillable_bin_request": "the applicant in the boxes; never the place to collect from",
    "xlsx_dog_list_community": "the chairman at the head; never the owners in the rows",
    "xlsx_employer_staff_list": "the employer at the head; never the staff in the rows",
}


# --- how people write ----------------------------------------------------------------------


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def home(a: Party, k: int) -> str:
    p = a.p
    h = heads(a)[k % len(heads(a))]
    return f"{h} {provinces(p)[k % len(provinces(p))]} {p.postal}"


def message(a: Party, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.p
    # One without a box of his own sends from a grandchild's.
    msg["From"] = from_ or (
        f"{p.first} {p.last} <{p.email}>" if p.email else f"Film Sukjai <film.sj{n}@gmail.com>"
    )
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 1 + n % 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set58-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def gmail_html(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


# --- plain text -----------------------------------------------------------------------------


def plain_smoke_complaint(a: Party, i: int) -> Case:
    """A neighbour complains of a charcoal kiln's smoke: the kiln's place, its owner's name
    and phone, the nights it burned; her own lines at the end."""
    p = a.p
    place, where, owner, ophone = NUISANCES[2]
    text = (
        f"เรียน {DIV} {TOWN}\n\n{me(a)}ขอร้องเรียนเหตุเดือดร้อนรำคาญจากควันไฟ {place} ที่บ้านเลขที่ {where} "
        f"ของ{owner} (โทร {mobile(ophone, i)}) เผาถ่านทุกคืน ควันเข้าบ้านจนเด็กเล็กไอ ตั้งแต่วันที่ {1 + i % 5} ธันวาคม 2569 "
        f"เมื่อคืนวันที่ {6 + i % 2} ธันวาคม เวลาประมาณ 22.00 น. ควันหนักที่สุด เคยบอกเจ้าของแล้วแต่ไม่แก้ไข{ending(a)}\n\n"
        f"ขอให้เจ้าหน้าที่มาตรวจสอบด้วย{ending(a)}\n\n"
        f"ผู้ร้องเรียน {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n"
    )
    return Case(
        "plain_smoke_complaint", message(a, i, "ร้องเรียนควันจากการเผาถ่าน", text=text), ex(a, NO_BIRTH)
    )


def plain_anonymous_karaoke(a: Party, i: int) -> Case:
    """An anonymous neighbour writes from her phone about a karaoke bar's noise after
    midnight: the bar's name and address, its owner's name and phone; only her own phone
    to call back, no name ("ไม่ประสงค์ออกนาม")."""
    p = a.p
    place, where, owner, ophone = NUISANCES[0]
    text = (
        f"เรียนเจ้าหน้าที่เทศบาล\n{place} เลขที่ {where} เปิดเพลงเสียงดังถึงตี 2 ทุกคืน คืนวันเสาร์ที่ {5 + i % 2} ธ.ค. "
        f"ถึงตี 3 ชาวบ้านนอนไม่ได้ เจ้าของร้านชื่อ{owner} เบอร์ {ophone} โทรไปบอกแล้วไม่สนใจ\n"
        f"{me(a)}ไม่ประสงค์ออกนามนะ{ending(a)} กลัวมีปัญหากับร้าน ถ้าจะสอบถามเพิ่มโทรกลับได้ที่ {tel(a, i)}\n\n"
        "ส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    e = none_of("full_name national_id address")
    e.update(ex(a, "phone email"))
    return Case("plain_anonymous_karaoke", message(a, i, "ร้องเรียนเสียงดังร้านคาราโอเกะ", text=text,
                                                   from_=p.email), e)  # fmt: skip


def plain_line_chat_pig_farm(a: Party, i: int) -> Case:
    """A villager pastes her LINE chat with the headman (who told her to write to the town)
    into a mail about a pig farm's smell; the farm's owner and phone in the chat; her own
    details after it."""
    p = a.p
    place, where, owner, ophone = NUISANCES[1]
    nick, _, hphone = HEADMAN
    day = 3 + i % 3
    text = (
        f"เรียน {DIV}\n{me(a)}ขอร้องเรียนเรื่องกลิ่นเหม็นจาก{place} ตามที่คุยกับผู้ใหญ่บ้านไว้ในไลน์ (แปะไว้ด้านล่าง){ending(a)}\n\n"
        f"[LINE] ประวัติการแชทกับ {nick}\nบันทึกเมื่อ: 2026/12/{day + 1:02d} 08:12\n\n"
        f"2026/12/{day:02d}({WEEKDAYS[date(2026, 12, day).weekday()]})\n"
        f"19:04\t{p.first}\tผู้ใหญ่{'ครับ' if p.title == 'นาย' else 'คะ'} กลิ่นขี้หมูจากฟาร์มเข้ามาถึงบ้านอีกแล้ว แมลงวันเต็มบ้านเลย\n"
        f"19:10\t{nick}\tฟาร์ม{owner}ใช่ไหม ผมโทรไปบอกแล้ว เขาว่าจะล้างบ่อ\n"
        f"19:11\t{nick}\tเบอร์เขา {mobile(ophone, i)} ลองโทรเองด้วยก็ได้\n"
        f"19:15\t{p.first}\tโทรแล้ว{ending(a)} ไม่รับสาย\n"
        f"19:20\t{nick}\tงั้นทำหนังสือร้องเรียนไปที่เทศบาลเลย ส่งอีเมลได้ ถ้ามีอะไรโทรหาผม {mobile(hphone, i + 1)}\n"
        f"19:21\t{p.first}\t[สติกเกอร์]\n\n"
        f"ฟาร์มอยู่ {where}\n\n"
        f"ชื่อผู้ร้อง {a.name}\nบัตรประชาชน {nid_w(p.nid, i + 1)}\nบ้านเลขที่ {home(a, i + 1)}\nเบอร์ {tel(a, i)}\n"
    )
    return Case(
        "plain_line_chat_pig_farm", message(a, i, "ร้องเรียนกลิ่นฟาร์มหมู", text=text), ex(a, NO_BIRTH)
    )


def plain_septic_owner_bkk(a: Party, i: int) -> Case:
    """An owner living in Bangkok books septic-tank pumping for the house she lets in the
    town: the house's address, the tenant's name and phone for the day, the day wanted,
    the tank's size; her own home in Bangkok, her mobile."""
    p = a.p
    tname, tphone = TENANTS[i % 2]
    text = (
        f"เรียน งานสูบสิ่งปฏิกูล {TOWN}\n\n{me(a)}ขอรับบริการสูบสิ่งปฏิกูล (ส้วมเต็ม) ที่บ้านเช่าของ{me(a)} "
        f"บ้านเลขที่ {20 + i}/3 หมู่ 2 ต.ท่าผา อ.บ้านโป่ง ขนาดบ่อประมาณ 1.5 ลบ.ม. "
        f"ขอเป็นวันพฤหัสบดีที่ {10 + i % 4} ธันวาคม 2569 ช่วงเช้า{ending(a)}\n"
        f"ผู้เช่าชื่อ {tname} โทร {mobile(tphone, i)} จะอยู่บ้านรอเจ้าหน้าที่\n"
        f"ค่าบริการ{me(a)}จะโอนให้ก่อน ขอเลขบัญชีด้วย{ending(a)} ใบเสร็จส่งตามที่อยู่ด้านล่าง\n\n"
        f"{a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i + 2)}\nโทร {tel(a, i + 1)}\n"
    )
    return Case(
        "plain_septic_owner_bkk", message(a, i, "ขอรับบริการสูบส้วม", text=text), ex(a, NO_BIRTH)
    )


def plain_dog_sterilisation(a: Party, i: int) -> Case:
    """An owner signs up two dogs for the free sterilisation and registration day: each
    dog's name, sex, age, colour and microchip; her birth date and lines."""
    p = a.p
    text = (
        f"สวัสดี{ending(a)} ขอลงทะเบียนสุนัขทำหมันฟรี โครงการวันที่ {15 + i % 3} ธันวาคม 2569 ที่ศาลาเอนกประสงค์{ending(a)}\n\n"
        f"1. เจ้าดำ เพศเมีย อายุ 2 ปี สีดำ ไมโครชิป {chip_w(microchip(i), i)}\n"
        f"2. มะลิ เพศเมีย อายุ 8 เดือน สีขาว ยังไม่ฝังชิป ฉีดวัคซีนพิษสุนัขบ้าแล้ววันที่ {2 + i} พฤศจิกายน 2569\n\n"
        f"ข้อมูลเจ้าของ\nชื่อ-สกุล {a.name}\nวันเกิด {born_th(p.born, i)}\nเลขบัตร {nid_w(p.nid, i + 2)}\n"
        f"ที่อยู่ {home(a, i)}\nมือถือ {tel(a, i + 2)}\nอีเมล {p.email}\n"
    )
    return Case("plain_dog_sterilisation", message(a, i, "ลงทะเบียนทำหมันสุนัข", text=text), ex(a, ALL))


def plain_bin_fee_shop(a: Party, i: int) -> Case:
    """A market stallholder asks for a bigger bin and whether the monthly fee changes: the
    stall's number and place, the last receipt's book and number; her home."""
    p = a.p
    text = (
        f"เรียน งานรักษาความสะอาด {TOWN}\n"
        f"{me(a)}ขายผักผลไม้ที่ตลาดสดเทศบาล แผงที่ B-{12 + i} ขยะเยอะขึ้นมาก ถังเดิม 120 ลิตรไม่พอ "
        f"ขอถังขยะ 240 ลิตรเพิ่ม 1 ใบ และขอทราบว่าค่าธรรมเนียมเก็บขยะจะขึ้นจากเดือนละ 150 บาทไหม{ending(a)}\n"
        f"ชำระครั้งล่าสุดวันที่ {3 + i % 5} ธ.ค. 2569 ใบเสร็จเล่มที่ {14 + i} เลขที่ {627 + i * 3}\n\n"
        f"{a.name}\nบัตร {nid_w(p.nid, i)}\nบ้าน {home(a, i + 1)}\nโทร {tel(a, i)}\n\nSent from my iPhone\n"
    )
    return Case("plain_bin_fee_shop", message(a, i, "ขอถังขยะเพิ่ม", text=text), ex(a, NO_BIRTH))


# --- HTML ------------------------------------------------------------------------------


def html_gmail_fogging_chairman(a: Party, i: int) -> Case:
    """A community chairman asks from Gmail for fogging: the community, its houses, two
    dengue patients with their house numbers and dates; his own lines and title."""
    p = a.p
    comm = ("ชุมชนวัดโพธิ์", "ชุมชนตลาดเก่า")[i % 2]
    lines = [f"เรียน {DIV} {TOWN}", "",
             f"ผม{a.name} ประธาน{comm} ขอความอนุเคราะห์พ่นหมอกควันกำจัดยุงลายในพื้นที่{comm} (ประมาณ 140 หลังคาเรือน) ครับ",
             f"เนื่องจากมีผู้ป่วยไข้เลือดออก 2 ราย คือ ด.ช.ภูมิ สายทอง บ้านเลขที่ {40 + i}/1 ป่วยเมื่อวันที่ {1 + i % 3} ธ.ค. 2569 "
             f"และ นางสาวรัตนา สายทอง บ้านเลขที่ {40 + i}/2 ป่วยเมื่อวันที่ {3 + i % 3} ธ.ค. 2569 (รักษาที่ รพ.บ้านโป่ง)",
             "สะดวกวันเสาร์ที่ 12 หรืออาทิตย์ที่ 13 ธ.ค. ช่วงเย็นครับ ทางชุมชนจะประกาศเสียงตามสายให้", "",
             "ขอบคุณครับ", "--", a.name, f"ประธาน{comm}", f"บ้านเลขที่ {home(a, i)}",
             f"โทร. {tel(a, i)}", f"เลขบัตร {nid_w(p.nid, i + 1)}"]  # fmt: skip
    raw = message(a, i, f"ขอพ่นหมอกควันกำจัดยุง {comm}", html=gmail_html(lines))
    return Case("html_gmail_fogging_chairman", raw, ex(a, NO_BIRTH))


def html_outlook_restaurant_health_cert(a: Party, i: int) -> Case:
    """A restaurant's manager asks from Outlook, for its owner (the licensee, whose ID and
    home she gives), food-handler training and health certificates for three new
    employees (a table with their IDs and birth dates); her own signature and mobile."""
    p = a.p
    mname, mphone, mbox = MANAGER
    td = '<td style="padding:0cm 5.4pt;border:solid windowtext 1.0pt"><p class="MsoNormal">'
    rows = [("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด")] + [
        (str(n + 1), e[0], nid_w(e[1], i + n), born_th(e[2], i + n))
        for n, e in enumerate(EMPLOYEES)
    ]
    t = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
         + "".join("<tr>" + "".join(f"{td}{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</table>")  # fmt: skip
    paras = [f"เรียน งานสุขาภิบาลอาหาร {DIV}", "",
             f"ร้านอาหารครัวบ้านโป่ง (ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร เลขที่ {23 + i}/2569) โดย {a.name} ผู้รับใบอนุญาต "
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} ที่อยู่ {home(a, i)} โทร {tel(a, i + 1)} "
             "ขอส่งรายชื่อพนักงานสัมผัสอาหารเข้ารับการอบรมและขอหนังสือรับรองการตรวจสุขภาพ ดังนี้ค่ะ", "", t, "",
             f"อบรมรุ่นวันที่ {17 + i % 3} ธันวาคม 2569 ได้ไหมคะ", "", "ขอบคุณค่ะ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{mname}</b><br>ผู้จัดการร้าน ครัวบ้านโป่ง<br>'
           f'Mobile {mobile(mphone, i)} | <a href="mailto:{mbox}">{mbox}</a></p>')  # fmt: skip
    raw = message(a, i, "ส่งรายชื่อพนักงานอบรมผู้สัมผัสอาหาร", html=outlook_html(paras, sig),
                  from_=f"Wilaiwan S. <{mbox}>")  # fmt: skip
    return Case("html_outlook_restaurant_health_cert", raw, ex(a, NO_MAIL))


def html_gmail_construction_noise(a: Party, i: int) -> Case:
    """A complaint from Gmail (text and HTML) about a condominium site's pile-driving at
    night: the contractor company, the foreman's phone on the site's board, the nights;
    her lines."""
    lines = [f"เรียน {DIV}", "",
             f"{me(a)}อยู่ติดกับไซต์ก่อสร้างคอนโด ถนนแสงชูโต (ตรงข้ามธนาคาร) ผู้รับเหมาคือ บริษัท ราชบุรีคอนสตรัคชั่น จำกัด "
             f"ตอกเสาเข็มและเทปูนตอนกลางคืนถึงตี 1 วันที่ {2 + i % 4}, {4 + i % 4} และ {6 + i % 3} ธ.ค. 2569 "
             "ป้ายหน้าไซต์เขียนว่าผู้ควบคุมงาน นายไพโรจน์ ศรีสุข โทร 081-227-4409 ใบอนุญาตก่อสร้างเลขที่ 77/2569",
             "ขอให้ตรวจวัดเสียงและสั่งให้หยุดทำงานหลัง 22.00 น. ค่ะ", "",
             f"{a.name}", f"{home(a, i + 1)}", f"{tel(a, i + 2)}"]  # fmt: skip
    raw = message(a, i, "ร้องเรียนเสียงดังจากการก่อสร้างตอนกลางคืน", text="\n".join(lines) + "\n",
                  html=gmail_html(lines))  # fmt: skip
    return Case(
        "html_gmail_construction_noise",
        raw,
        ex(a, "full_name phone email address postal_code province"),
    )


def html_eservice_nuisance(a: Party, i: int) -> Case:
    """The town's e-service mails a complaint as a table from no-reply: the complainant's
    rows, then the one complained of (name, address, phone), when and what."""
    p = a.p
    place, where, owner, ophone = NUISANCES[3]
    rows = [("เลขที่เรื่อง", f"ENV-2569-{3301 + i * 13}"), ("ประเภทเรื่อง", "เหตุเดือดร้อนรำคาญ (กลิ่น/ควัน สีพ่นรถ)"),
            ("ชื่อผู้ร้องเรียน", a.name), ("เลขประจำตัวประชาชน", p.nid), ("ที่อยู่ผู้ร้องเรียน", home(a, i + 2)),
            ("โทรศัพท์ผู้ร้องเรียน", tel(a, i)), ("อีเมลผู้ร้องเรียน", p.email),
            ("ชื่อสถานที่/ผู้ก่อเหตุ", f"{place} ({owner})"), ("ที่ตั้งสถานที่ก่อเหตุ", where),
            ("โทรศัพท์ผู้ก่อเหตุ", mobile(ophone, i)), ("วันเวลาที่เกิดเหตุ", f"{4 + i % 3}/12/2569 เวลา 09.00-17.00 น. ทุกวัน"),
            ("รายละเอียด", "พ่นสีรถกลางแจ้ง กลิ่นทินเนอร์เข้าบ้าน ปวดหัว")]  # fmt: skip
    t = "".join(
        f"<tr><th align='left' style='background:#eaf4ea'>{x}</th><td>{y}</td></tr>"
        for x, y in rows
    )
    html = ('<html><head><meta charset="utf-8"></head><body><p>มีเรื่องร้องเรียนใหม่จากระบบ e-Service</p>'
            f"<table border='1' cellpadding='5' style='border-collapse:collapse'>{t}</table>"
            f"<p style='font-size:11px;color:#888'>ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ | {DIV} {TOWN} โทร 032-211-430</p>"
            "</body></html>\n")  # fmt: skip
    raw = message(a, i, f"[e-Service] เรื่องร้องเรียนใหม่ ENV-2569-{3301 + i * 13}", html=html,
                  from_=f"e-Service {TOWN} <no-reply@eservice.banpong.example.go.th>")  # fmt: skip
    return Case("html_eservice_nuisance", raw, ex(a, NO_BIRTH))


def html_iphone_cat_registration(a: Party, i: int) -> Case:
    """An iPhone's HTML mail registering a cat: the cat's name, birth date, microchip and
    sterilisation date, then the owner's lines (no birth date of hers)."""
    p = a.p
    cat_born = date(2024, 3 + i % 6, 10 + i % 15)
    body = (f"ขอขึ้นทะเบียนแมว{ending(a)}<br><br>ชื่อแมว: ส้มจี๊ด<br>พันธุ์: ไทย (สีส้ม) เพศผู้<br>"
            f"วันเกิด: {born_th(cat_born, i)}<br>ไมโครชิป: {chip_w(microchip(i + 40), i + 1)}<br>"
            f"ทำหมันแล้วที่คลินิก {VET[0]} ({VET[1]}) เมื่อ {born_th(date(2025, 1, 5 + i % 20), i + 1)}<br><br>"
            f"เจ้าของ: {a.name}<br>เลขบัตร: {nid_w(p.nid, i)}<br>ที่อยู่: {home(a, i)}<br>โทร: {tel(a, i + 3)}<br><br>"
            "ส่งจาก iPhone ของฉัน")  # fmt: skip
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto"><div dir="ltr">{body}</div></body></html>\n')  # fmt: skip
    e = ex(a, NO_BIRTH)
    e.update(none_of("birth_date"))
    return Case("html_iphone_cat_registration", message(a, i, "ขึ้นทะเบียนแมว", html=html), e)


# --- Word ------------------------------------------------------------------------------


def docx_nuisance_form(a: Party, i: int) -> Case:
    """The desk's แบบคำร้องเรียนเหตุเดือดร้อนรำคาญ over dotted lines: the complainant's
    ข้าพเจ้า lines, then the one complained of (name, ID as the complainant knows it from
    the shop's licence, place, phone), the kind ticked, the dates."""
    p = a.p
    place, where, owner, ophone = NUISANCES[3]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องเรียนเหตุเดือดร้อนรำคาญ")
        d.add_paragraph(f"เขียนที่ {TOWN}\tวันที่ {7 + i % 4} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า.....{a.name}.....อายุ.....{age}.....ปี เลขประจำตัวประชาชน.....{nid_w(p.nid, i)}....."
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}.....ถนน.....{p.road or '-'}....."
            f"ตำบล.....{p.tambon}.....อำเภอ.....{p.amphoe}.....จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}....."
        )
        d.add_paragraph(f"โทรศัพท์.....{tel(a, i)}.....")
        d.add_paragraph(
            f"ขอร้องเรียน (ชื่อผู้ก่อเหตุ/สถานประกอบการ).....{place} {owner}.....เลขประจำตัวประชาชน (ถ้าทราบ).....{nid_w(COMPLAINED_ID, i + 1)}....."
        )
        d.add_paragraph(f"ตั้งอยู่เลขที่.....{where}.....โทรศัพท์.....{ophone}.....")
        d.add_paragraph("ลักษณะเหตุ ☑ กลิ่น ☐ เสียง ☑ ควัน/ฝุ่น ☐ น้ำเสีย ☐ อื่น ๆ")
        d.add_paragraph(
            f"เกิดเหตุตั้งแต่วันที่.....{1 + i % 5} ธันวาคม 2569.....เวลา.....08.00-18.00 น....."
        )
        d.add_paragraph(f"(ลงชื่อ)....................ผู้ร้องเรียน\n({a.name})")

    raw = message(a, i, "ส่งแบบคำร้องเรียนเหตุเดือดร้อนรำคาญ", text=f"แนบแบบคำร้องเรียน{ending(a)}\n",
                  files=(("คำร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_nuisance_form", raw, ex(a, NO_BIRTH))


def docx_septic_booking_form(a: Party, i: int) -> Case:
    """The desk's คำขอรับบริการสูบสิ่งปฏิกูล as a Word table: the applicant's rows, then
    the place to be pumped (another house, its contact and phone), the day, the fee and
    the receipt's number."""
    p = a.p
    tname, tphone = TENANTS[(i + 1) % 2]
    rows = [("ชื่อผู้ขอรับบริการ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("ที่อยู่ผู้ขอ", home(a, i)),
            ("โทรศัพท์", tel(a, i + 2)), ("สถานที่ให้บริการ", f"บ้านเลขที่ {110 + i} หมู่ 3 ต.คุ้งพยอม อ.บ้านโป่ง (บ้านแม่)"),
            ("ผู้ติดต่อ ณ สถานที่", f"{tname} โทร {tphone}"), ("วันที่ขอรับบริการ", f"{14 + i % 4} ธันวาคม 2569"),
            ("ขนาดบ่อ", "2 ลบ.ม."), ("ค่าบริการ", "500 บาท (ใบเสร็จเลขที่ 0418/2569)")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"คำขอรับบริการสูบสิ่งปฏิกูล\n{DIV} {TOWN}")
        table_doc(d, rows)
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ขอรับบริการ\n({a.name})")

    raw = message(a, i, "คำขอรับบริการสูบสิ่งปฏิกูล", text=f"ส่งคำขอตามไฟล์แนบ{ending(a)}\n",
                  files=(("สูบสิ่งปฏิกูล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_septic_booking_form", raw, ex(a, NO_BIRTH))


def docx_pet_registration_form(a: Party, i: int) -> Case:
    """แบบคำขอขึ้นทะเบียนสัตว์ (dog) in Word: the owner's table (birth date, ID, home,
    phone), then the dog's (age, birth date, microchip, rabies vaccine, the vet's
    licence)."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอขึ้นทะเบียนสุนัขและแมว\n{TOWN}")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลเจ้าของ")
        table_doc(d, [("ชื่อ-สกุล", a.name), ("วัน/เดือน/ปีเกิด", born_th(p.born, i)), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                      ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email or "-")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ข้อมูลสัตว์")
        table_doc(d, [("ชนิด", "สุนัข"), ("ชื่อสัตว์", "บราวนี่"), ("เพศ", "ผู้"), ("อายุ", f"{1 + i % 4} ปี"),
                      ("วันเกิด (ถ้าทราบ)", born_th(date(2023, 6, 1 + i), i + 1)),
                      ("หมายเลขไมโครชิป", chip_w(microchip(i + 80), i)),
                      ("ฉีดวัคซีนพิษสุนัขบ้าล่าสุด", f"{10 + i} ตุลาคม 2569 โดย {VET[0]} {VET[1]}")])  # fmt: skip
        d.add_paragraph(f"ลงชื่อ ........................ เจ้าของสัตว์\n({a.name})")

    raw = message(a, i, "ขอขึ้นทะเบียนสุนัข", text=f"แนบแบบคำขอขึ้นทะเบียนสุนัข{ending(a)}\n",
                  files=(("ขึ้นทะเบียนสัตว์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    keys = ALL if p.email else NO_MAIL_BIRTH
    return Case("docx_pet_registration_form", raw, ex(a, keys))


def docx_chairman_fogging_letter(a: Party, i: int) -> Case:
    """A community's letter in Word signed by its chairman: the community's office (its
    hall) at the head, a committee member to call, the cases, his home and mobile after
    his signature."""
    p = a.p
    comm = ("ชุมชนหนองอ้อพัฒนา", "ชุมชนริมแม่น้ำ")[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"{comm}\nที่ทำการชุมชน ศาลาอเนกประสงค์ หมู่ 3 ต.คุ้งพยอม อ.บ้านโป่ง")
        d.add_paragraph(f"ที่ ชช. {5 + i}/2569\t\t\t\t{8 + i % 3} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์พ่นหมอกควันกำจัดยุงลาย")
        d.add_paragraph(f"เรียน {MAYOR}")
        d.add_paragraph(
            f"\tด้วยในพื้นที่{comm} มีผู้ป่วยสงสัยไข้เลือดออก จำนวน 3 ราย ในช่วงวันที่ 28 พฤศจิกายน - {4 + i % 3} ธันวาคม 2569 "
            "และพบลูกน้ำยุงลายในภาชนะรอบบ้านจำนวนมาก ชุมชนจึงขอความอนุเคราะห์พ่นหมอกควัน จำนวน 95 หลังคาเรือน"
        )
        d.add_paragraph(
            "\tทั้งนี้ สามารถประสานกรรมการชุมชน นางสาวพัชรี ทองอ่อน โทร 086-552-1930 ได้ในวันปฏิบัติงาน"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({a.name})\nประธาน{comm}\nบ้านเลขที่ {home(a, i)}\nโทร {tel(a, i + 1)}"
        )

    raw = message(a, i, f"หนังสือขอพ่นหมอกควัน {comm}", text=f"เรียน {DIV}\nแนบหนังสือชุมชน{ending(a)}\n",
                  files=(("หนังสือขอพ่นยุง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    keys = (
        "full_name phone email address postal_code province"
        if p.email
        else "full_name phone address postal_code province"
    )
    return Case("docx_chairman_fogging_letter", raw, ex(a, keys))


# --- PDF -------------------------------------------------------------------------------


def pdf_fillable_food_permit(a: Party, i: int) -> Case:
    """The desk's fillable คำขอรับใบอนุญาต/หนังสือรับรองการแจ้ง สถานที่จำหน่ายอาหาร with
    fields named text1..: the applicant's lines, the shop's name, place and area, the
    old certificate's number."""
    p = a.p
    labels = [(40, 18, "คำขอรับใบอนุญาต/หนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหาร"), (20, 28, f"เรียน {MAYOR}"),
              (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"), (110, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 84, "ชื่อสถานที่จำหน่ายอาหาร"), (20, 94, "ตั้งอยู่ที่"),
              (20, 104, "พื้นที่ (ตร.ม.)"), (110, 104, "เลขที่หนังสือรับรองเดิม"),
              (20, 150, "ลงชื่อ ...................................... ผู้ขอ")]  # fmt: skip
    vals = [(a.name, 45, 40, 80), (nid_w(p.nid, i), 58, 50, 50), (born_th(p.born, i), 125, 50, 45),
            (home(a, i), 35, 60, 160), (tel(a, i), 45, 70, 55), (p.email or "-", 125, 70, 70),
            (f"ร้านก๋วยเตี๋ยวเรือ{p.first}", 68, 84, 90), (f"{12 + i}/5 ถนนทรงพล ต.บ้านโป่ง อ.บ้านโป่ง จ.ราชบุรี 70110", 42, 94, 150),
            ("36", 50, 104, 20), (f"สร.{40 + i}/2568", 160, 104, 35)]  # fmt: skip
    fields = [Field(f"text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "คำขอหนังสือรับรองการแจ้ง (PDF)", text=f"แนบแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("food_permit.pdf", data, PDF),))  # fmt: skip
    keys = ALL if p.email else NO_MAIL_BIRTH
    return Case("pdf_fillable_food_permit", raw, ex(a, keys))


def pdf_employer_health_letter(a: Party, i: int) -> Case:
    """An employer's typed letter (Word to PDF) asking health certificates for his food
    handlers: his lines as ข้าพเจ้า, the employees listed with IDs and ages, his phone
    after the signature."""
    p = a.p
    emp = [(30, f"{n + 1}. {e[0]} เลขประจำตัวประชาชน {nid_w(e[1], i + n)} อายุ {2569 - (e[2].year + 543)} ปี")
           for n, e in enumerate(EMPLOYEES)]  # fmt: skip
    paras = [(120, f"{9 + i % 3} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอหนังสือรับรองสุขภาพผู้สัมผัสอาหาร"),
             (20, f"เรียน ผู้อำนวยการ{DIV}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i + 1)} "
                  f"เจ้าของร้านข้าวแกงป้าแดง (หนังสือรับรองการแจ้งเลขที่ {8 + i}/2569) ขอส่งลูกจ้างผู้สัมผัสอาหาร "
                  "ตรวจสุขภาพและรับหนังสือรับรอง จำนวน 3 คน ดังนี้"),
             *emp, (0, ""), (30, "จึงเรียนมาเพื่อโปรดพิจารณา"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (105, f"โทร {tel(a, i)}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "ขอหนังสือรับรองสุขภาพลูกจ้าง", text=f"แนบหนังสือ{ending(a)}\n",
                  files=(("หนังสือขอรับรองสุขภาพ.pdf", data, PDF),))  # fmt: skip
    keys = NO_BIRTH if p.email else NO_MAIL
    return Case("pdf_employer_health_letter", raw, ex(a, keys))


def pdf_scanned_pig_petition(a: Party, i: int) -> Case:
    """Villagers' petition against a pig farm, typed, signed by many and scanned: the
    representative's ข้าพเจ้า lines, the farm and its owner, then a list of other
    signers with house numbers; the representative sends it."""
    p = a.p
    place, where, owner, ophone = NUISANCES[1]
    signers = [("นายทองดี บุญมา", "12"), ("นางสาวอรุณี มีสุข", "15/1"), ("นายเฉลิม แสงทอง", "27")]
    paras = [(75, "หนังสือร้องเรียนของชาวบ้าน"), (120, f"{6 + i % 4} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอให้ตรวจสอบกลิ่นเหม็นและน้ำเสียจากฟาร์มสุกร"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} "
                  f"โทร {tel(a, i + 1)} ในฐานะผู้แทนชาวบ้าน ขอร้องเรียน{place} ตั้งอยู่ {where} "
                  f"เจ้าของคือ {owner} โทร {ophone} ปล่อยน้ำเสียลงคลองและมีกลิ่นเหม็นตลอดวัน ตั้งแต่เดือนพฤศจิกายน 2569"),
             (30, "ชาวบ้านที่ได้รับความเดือดร้อนลงชื่อไว้ท้ายหนังสือนี้"), (0, ""),
             (105, "ลงชื่อ ...................... ผู้แทนชาวบ้าน"), (110, f"({a.name})"), (0, ""),
             (20, "รายชื่อผู้ร่วมร้องเรียน"),
             *[(25, f"{n + 2}. {s} บ้านเลขที่ {h} หมู่ 6 ลงชื่อ ..............") for n, (s, h) in enumerate(signers)]]  # fmt: skip
    data = scanned_pdf(flow(paras, 14, "Norasi", step=8), 14, "Norasi")
    raw = message(a, i, "หนังสือร้องเรียนฟาร์มหมู (สแกน)", text=f"แนบหนังสือร้องเรียนที่ชาวบ้านลงชื่อ{ending(a)}\n",
                  files=(("petition_scan.pdf", data, PDF),))  # fmt: skip
    keys = NO_BIRTH if p.email else NO_MAIL
    return Case("pdf_scanned_pig_petition", raw, ex(a, keys))


def pdf_fillable_bin_request(a: Party, i: int) -> Case:
    """The desk's fillable คำขอรับบริการเก็บขนขยะมูลฝอย (fields fill_1..): the address in
    boxes, the place to collect from when it is not the home (a rented room), the fee."""
    p = a.p
    labels = [(50, 18, "คำขอรับบริการเก็บขนขยะมูลฝอย / ขอรับถังขยะ"),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "บ้านเลขที่"), (70, 60, "หมู่ที่"),
              (110, 60, "ถนน"), (20, 70, "ตำบล"), (100, 70, "อำเภอ"), (20, 80, "จังหวัด"), (100, 80, "รหัสไปรษณีย์"),
              (20, 90, "โทรศัพท์"), (20, 104, "สถานที่เก็บขน"), (20, 114, "ประเภท"), (100, 114, "ค่าธรรมเนียม/เดือน"),
              (20, 140, "ลงชื่อ ...................................... ผู้ขอ")]  # fmt: skip
    vals = [(a.name, 40, 40, 100), (nid_w(p.nid, i + 1), 58, 50, 60), (p.house, 40, 60, 25), (p.moo or "-", 82, 60, 20),
            (p.road or "-", 120, 60, 50), (p.tambon, 35, 70, 55), (p.amphoe, 115, 70, 55), (p.province, 38, 80, 55),
            (p.postal, 125, 80, 25), (tel(a, i + 2), 42, 90, 50),
            (f"ห้องเช่า {5 + i} ห้อง เลขที่ {91 + i} ถนนเพชรเกษม ต.ท่าผา", 50, 104, 140),
            ("ขอถัง 200 ลิตร 2 ใบ", 40, 114, 55), ("200", 140, 114, 25)]  # fmt: skip
    fields = [Field(f"fill_{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "ขอรับบริการเก็บขยะ", text=f"แนบคำขอที่กรอกในไฟล์ PDF{ending(a)}\n{a.name}\n",
                  files=(("ขอถังขยะ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_bin_request", raw, ex(a, NO_MAIL))


# --- sheets ----------------------------------------------------------------------------


def xlsx_dog_list_community(a: Party, i: int) -> Case:
    """A chairman's list of his community's dogs and cats for the sterilisation day: his
    block at the head (labels in A, values in B), then a row per animal with its owner,
    house number, phone, age and microchip."""
    p = a.p
    owners = [("นางสมใจ ทองดี", "4", "0813356210"), ("นายวิรัช บุญเกิด", "18/2", "0897731148"),
              ("นางสาวปวีณา ศรีทอง", "33/5", "0625519904")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อสัตว์"
        for r in (("ชุมชน", "ชุมชนบ้านม่วงร่วมใจ"), ("ผู้รวบรวม (ประธานชุมชน)", a.name),
                  ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("ที่อยู่", home(a, i)), ("โทรศัพท์", tel(a, i)), ()):  # fmt: skip
            ws.append(r)
        ws.append(("ลำดับ", "ชื่อเจ้าของ", "บ้านเลขที่", "โทร", "ชนิด", "อายุ", "เพศ", "ไมโครชิป"))
        for n, (o, h, ph) in enumerate(owners):
            ws.append((n + 1, o, h, ph, ("สุนัข", "แมว")[n % 2], f"{1 + n} ปี", ("เมีย", "ผู้")[n % 2],
                       microchip(i * 3 + n + 120) if n != 1 else "-"))  # fmt: skip

    raw = message(a, i, "รายชื่อสุนัขแมว ทำหมัน ชุมชนบ้านม่วงร่วมใจ",
                  text=f"เรียน {DIV}\nส่งรายชื่อสัตว์เลี้ยงในชุมชนที่จะทำหมัน{ending(a)}\n{a.name}\n",
                  files=(("dogs_cats.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_dog_list_community", raw, ex(a, NO_MAIL))


def xlsx_employer_staff_list(a: Party, i: int) -> Case:
    """A food shop owner's list of staff for health certificates: her block at the head,
    then a row per employee (ID, birth date, position)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "พนักงาน"
        for r in (("ชื่อผู้ประกอบการ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)), ("ชื่อร้าน", "ร้านโจ๊กบ้านโป่ง"),
                  ("ที่อยู่ผู้ประกอบการ", home(a, i)), ("โทร", tel(a, i + 1)), ()):  # fmt: skip
            ws.append(r)
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ตำแหน่ง"))
        for n, (name, nid, born) in enumerate(EMPLOYEES):
            ws.append((n + 1, name, nid, born_th(born, n), ("พ่อครัว", "เด็กเสิร์ฟ", "ล้างจาน")[n]))

    raw = message(a, i, "รายชื่อพนักงานขอใบรับรองแพทย์/อบรม", text=f"แนบรายชื่อพนักงาน{ending(a)}\n",
                  files=(("staff.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    keys = NO_BIRTH if p.email else NO_MAIL
    return Case("xlsx_employer_staff_list", raw, ex(a, keys))


Style = Callable[[Party, int], Case]

# Each style and the two people its variants are written for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_smoke_complaint, (0, 8)),
    (plain_anonymous_karaoke, (6, 1)),
    (plain_line_chat_pig_farm, (3, 0)),
    (plain_septic_owner_bkk, (4, 11)),
    (plain_dog_sterilisation, (2, 9)),
    (plain_bin_fee_shop, (10, 8)),
    (html_gmail_fogging_chairman, (7, 5)),
    (html_outlook_restaurant_health_cert, (1, 10)),
    (html_gmail_construction_noise, (6, 2)),
    (html_eservice_nuisance, (5, 9)),
    (html_iphone_cat_registration, (2, 4)),
    (docx_nuisance_form, (1, 7)),
    (docx_septic_booking_form, (9, 11)),
    (docx_pet_registration_form, (0, 3)),
    (docx_chairman_fogging_letter, (3, 7)),
    (pdf_fillable_food_permit, (10, 6)),
    (pdf_employer_health_letter, (1, 5)),
    (pdf_scanned_pig_petition, (3, 0)),
    (pdf_fillable_bin_request, (8, 2)),
    (xlsx_dog_list_community, (5, 7)),
    (xlsx_employer_staff_list, (10, 6)),
)

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}

# What each request is about, for the table by kind of request.
REQUEST: dict[str, str] = {
    s.__name__: next(
        r
        for words, r in (
            (("smoke", "karaoke", "pig", "noise", "nuisance"), "nuisance"),
            (("septic",), "septic"),
            (("bin",), "garbage"),
            (("dog", "cat", "pet"), "pets"),
            (("fogging",), "fogging"),
            (("health", "food", "staff"), "food"),
        )
        if any(w in s.__name__ for w in words)
    )
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), so everyone is written several ways."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
