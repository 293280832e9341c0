"""A fifty-seventh set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF A MUNICIPALITY'S CIVIL REGISTRATION DESK (งานทะเบียนราษฎรและบัตร of
เทศบาลนครพิษณุโลก): moves out and in (แจ้งย้ายออก, ย้ายปลายทาง) with the old address and the new,
certified copies of a house registration (ท.ร.14, its 11-digit house code), birth and death
notifications (the informant beside the newborn, the mother, the deceased), name changes
(the old name and the new), a house number for a new house (deed, permit), a householder's
(เจ้าบ้าน) consent for someone moving into her house, a child's first ID card at seven, a lost
ID card (the police report's number, the card's laser code, its issue and expiry dates).
Kinds: plain, HTML (Gmail, Outlook, the town's e-queue), Word (the desk's own forms, a
ท.ร.6-like move form, a consent letter), PDF (fillable forms, a typed letter), xlsx (a
housing estate office's list of a household moving in).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 55 and 56, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the desk's clerk keeps. WHO says them per
style.
- The APPLICANT is the one whose request it is: the person who moves (and asks), whose
  house registration is copied for her, whose name changes, whose card is lost, who asks
  a house number for her house. For a birth or a death the INFORMANT (ผู้แจ้ง) is the
  applicant (the law puts the duty on him): never the newborn, the mother where the father
  informs, the deceased. For a child's first card at seven the CHILD is the applicant (the
  card and the request, บ.ป.1, are hers): the parent or guardian who writes or books never; the child
  has no phone or e-mail, so none is expected there. A เจ้าบ้าน who only consents for a
  mover is never the applicant; a เจ้าบ้าน who herself notifies a move into her house (the
  law's duty is hers) is.
- NAME CHANGES: before the change is registered (she asks for it, ท.ช.1) full_name is the
  name she bears now (the OLD one), the new one never; after it is registered (she holds
  the ท.ช.3 and asks the house registration and card be updated) full_name is the NEW one,
  the old never.
- ADDRESS: where the applicant lives when she writes. A move out: the house she leaves
  (she lives there until she moves; the destination never). A move in at the destination
  (ย้ายปลายทาง): the house she already lives in and moves into (her old registered address
  never). A house number: her present home, never the new house that has none yet. A
  death: the informant's own home, never the deceased's where they differ. Accepted:
  house number to the อำเภอ/เขต, written out or short, with or without เลขที่/บ้านเลขที่,
  with or without the province and postal code; province and postal code of that address.
- phone and email: the applicant's own, expected only where given; the e-queue's no-reply
  box, the เจ้าบ้าน's, the parent's or guardian's (for a child), the estate office's never.
- birth_date ISO, only where the applicant's own is given; a newborn's, a deceased's, a
  card's issue or expiry, a report's, an appointment's, a move's date never.
- A house code (รหัสประจำบ้าน, 11 digits), a police report's number, a card's laser code
  or request number, a deed's or permit's number is never an ID or a phone; another
  person's 13-digit ID (the mother, the deceased, the เจ้าบ้าน, the child's parent or guardian) is never
  the applicant's.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, addresses, ending, heads, home, me, provinces, tel
from unseen_requests_56 import exp as exp56

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "tabien@phitsanulokcity.example.go.th"
TOWN = "เทศบาลนครพิษณุโลก"
PL = "พิษณุโลก"
BKK = "กรุงเทพมหานคร"

# Applicants: people living in the town (some born elsewhere).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "สมพร", "แก้วมณี", "365010023115", date(1968, 5, 14), "0817854213", "somporn.km@gmail.com",
      "112/3", "", "", "พระองค์ดำ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "ธีรวัฒน์", "ศรีสุข", "165990012348", date(1990, 2, 3), "0891245678", "teerawat.ss@gmail.com",
      "45/12", "", "ร่วมใจ 2", "บรมไตรโลกนารถ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นางสาว", "ชุติมา", "พงษ์ทอง", "165010034571", date(1995, 8, 21), "0623398714", "chutima.pt@hotmail.com",
      "88", "6", "", "", "อรัญญิก", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "ประเสริฐ", "บุญมา", "365050041229", date(1962, 11, 30), "0852217634", "",
      "23", "4", "", "", "บ้านคลอง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาง", "รัชนี", "อินทร์แก้ว", "365990052164", date(1975, 1, 9), "0869912345", "ratchanee.ik@yahoo.com",
      "7/1", "2", "", "สิงหวัฒน์", "ท่าทอง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "อนุชา", "วงศ์สวัสดิ์", "110070061187", date(1987, 6, 17), "0958812340", "anucha.ws@gmail.com",
      "301/44", "9", "", "", "พลายชุมพล", "เมืองพิษณุโลก", PL, "65000"),
    P("นางสาว", "กัญญารัตน์", "เรืองศรี", "165990071295", date(1998, 12, 2), "0647712093", "kanyarat.rs@gmail.com",
      "55/8", "", "", "เอกาทศรถ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "สมศักดิ์", "จันทร์ดี", "365010081336", date(1955, 3, 25), "0813348856", "somsak.jd@hotmail.com",
      "19", "3", "", "", "หัวรอ", "เมืองพิษณุโลก", PL, "65000"),
    P("นาง", "วิไลวรรณ", "ทองสุข", "365080092417", date(1971, 9, 12), "0897745521", "wilaiwan.ts@gmail.com",
      "140/2", "5", "", "", "สมอแข", "เมืองพิษณุโลก", PL, "65000"),
    P("นาย", "ภูมิพัฒน์", "แสงจันทร์", "165010103449", date(1992, 4, 28), "0926654187", "phumiphat.sc@gmail.com",
      "62", "1", "", "", "ดอนทอง", "เมืองพิษณุโลก", PL, "65000"),
    P("นางสาว", "ณัฐนิชา", "มั่นคง", "165990114558", date(2000, 7, 7), "0631124598", "natnicha.mk@gmail.com",
      "9/99", "", "สีหราชเดโชชัย 5", "สีหราชเดโชชัย", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("นาง", "ศิริพร", "ปานทอง", "365990125662", date(1980, 10, 15), "0814456672", "siriporn.pt@gmail.com",
      "271", "8", "", "", "บ้านคลอง", "เมืองพิษณุโลก", PL, "65000"),
)  # fmt: skip

# Children turning seven (first ID card): no phone or box of their own.
CHILDREN: tuple[Party, ...] = (
    P("เด็กหญิง", "ปุณยาพร", "แก้วมณี", "165990301128", date(2019, 12, 20), "", "",
      "112/3", "", "", "พระองค์ดำ", "ในเมือง", "เมืองพิษณุโลก", PL, "65000"),
    P("เด็กชาย", "ธนกฤต", "ทองสุข", "165990302234", date(2019, 12, 29), "", "",
      "140/2", "5", "", "", "สมอแข", "เมืองพิษณุโลก", PL, "65000"),
)  # fmt: skip


# Others in the requests (never the applicant): (name, ID).
def other(name: str, nid12: str) -> tuple[str, str]:
    return name, with_check_digit(nid12)


HOUSEHOLDERS = (other("นางบุญเรือน ศรีอ่อน", "365010004417"), other("นายเฉลิม พรหมมา", "365030007782"))
MOTHERS = (other("นางสาวปวีณา ใจดี", "165990088145"), other("นางกนกวรรณ ศรีสุข", "165010077321"))
DECEASED = (other("นายทองดี จันทร์ดี", "365010000181"), other("นางบัวผัน ปานทอง", "365990000292"))
NEWBORNS = ("เด็กชายภูริ", "เด็กหญิงพิชญาภา")

# Old or new addresses elsewhere (never the applicant's where the convention says so).
ELSEWHERE = (
    "58/7 หมู่ 3 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130",
    "1204/55 ซอยอุดมสุข 42 ถนนสุขุมวิท 103 แขวงบางนาใต้ เขตบางนา กรุงเทพมหานคร 10260",
    "33 หมู่ 10 ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000",
    "9/14 หมู่ 2 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120",
    "101 ถนนนิกรเกษม ตำบลในเมือง อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์ 67000",
)


def house_code(k: int) -> str:
    """A house's code (รหัสประจำบ้าน): 11 digits, 4-6-1."""
    return f"6599-0{21340 + 97 * k}-{k % 9 + 1}"


def message(a: Party, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.p
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 1 + n % 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set57-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def exp(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """Set 56's expectations, without an e-mail for one who has none."""
    return exp56(a, " ".join(k for k in keys.split() if k != "email" or a.p.email))


def th_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"
NO_MAIL_BIRTH = "full_name national_id birth_date phone address postal_code province"
CHILD = "full_name national_id birth_date address postal_code province"

WHO: dict[str, str] = {
    "plain_moveout_to_bangkok": "the mover; the house she leaves (here), never the Bangkok destination",
    "plain_destination_move_in": "the mover (ย้ายปลายทาง); the house here she lives in, never her old registered one",
    "plain_birth_father": "the father (ผู้แจ้ง); never the newborn's date, never the mother's ID",
    "plain_death_daughter": "the daughter (ผู้แจ้ง); her own home, never the deceased's ID, birth date or house",
    "plain_tr14_copy": "the one asking the copy; the house code never an ID",
    "plain_lost_card_phone": "the card's owner; laser code, report number, card dates never",
    "html_gmail_name_change_before": "the applicant under her OLD name (change not yet registered)",
    "html_outlook_after_name_change": "the applicant under her NEW name (ท.ช.3 issued); the old never",
    "html_gmail_house_number": "the owner asking a number; her present home, never the new house",
    "html_outlook_birth_mother": "the mother who informs (ผู้แจ้ง row); the newborn's row never",
    "html_equeue_child_card": "the CHILD (ผู้ขอมีบัตร); the grandmother who booked never; no phone or e-mail expected",
    "docx_tr6_move_out": "the ผู้ย้าย who informs; the ย้ายจาก house; the เจ้าบ้าน never; the destination never",
    "docx_consent_letter": "the mover who sends; the house she moves into; the เจ้าบ้าน who consents never",
    "docx_name_change_form": "the applicant under her OLD name (ท.ช.1, change asked)",
    "docx_death_form": "the informant block; the deceased block never",
    "pdf_fillable_copy_request": "the ผู้ยื่นคำร้อง; the person whose record is copied never",
    "pdf_fillable_house_number": "the ผู้ขอ; her present home, never the new house's place",
    "pdf_letter_lost_card": "the card's owner; laser code, report number, card dates never",
    "pdf_letter_child_card": "the CHILD (ผู้ขอมีบัตร); the grandmother (guardian) who writes never; no phone expected",
    "xlsx_estate_move_in": "the เจ้าบ้าน who notifies the household's move into her house (her house = the estate house); members never",
    "plain_householder_moves_in": "the เจ้าบ้าน who notifies her nephew's move in; the nephew never",
}


# --- plain text ------------------------------------------------------------------------------


def plain_moveout_to_bangkok(a: Party, i: int) -> Case:
    """From a phone's mail app: she takes a job in Bangkok and asks what to bring to move
    out; her house here, the flat in Bangkok she moves to, her ID and birth date."""
    p = a.p
    text = (
        f"สวัสดี{ending(a)} {me(a)}จะย้ายไปทำงานที่กรุงเทพฯ ต้นเดือนมกราคม 2570 อยากแจ้งย้ายออกจากบ้านเลขที่ "
        f"{home(a, i)} ไปอยู่ที่ {ELSEWHERE[1]} (คอนโดที่เช่าไว้) {ending(a)}\n"
        f"ต้องเตรียมเอกสารอะไรบ้าง และเจ้าบ้านต้องมาด้วยไหม{ending(a)} ขอจองคิววันที่ 28 ธันวาคม 2569 ช่วงเช้า\n\n"
        f"{a.name}\nเลขบัตร {nid_w(p.nid, i)}\nเกิด {born_th(p.born, i)}\nโทร {tel(a, i)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    return Case(
        "plain_moveout_to_bangkok", message(a, i, "สอบถามการแจ้งย้ายออก", text=text), exp(a, ALL)
    )


def plain_destination_move_in(a: Party, i: int) -> Case:
    """Webmail: she has lived here a year, renting from an aunt, and asks to move her
    registration in at the destination; her old registered address in Uttaradit."""
    p = a.p
    hh, hh_id = HOUSEHOLDERS[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่งานทะเบียนราษฎร {TOWN}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ปัจจุบันพักอาศัยอยู่ที่บ้านเลขที่ {home(a, i + 1)} "
        f"ซึ่งมี {hh} เป็นเจ้าบ้าน มีชื่ออยู่ในทะเบียนบ้านเดิมที่ {ELSEWHERE[2]} "
        f"ประสงค์จะขอแจ้งย้ายปลายทางเข้าบ้านหลังนี้{ending(a)} เจ้าบ้านยินยอมและจะมาด้วยตนเองพร้อมทะเบียนบ้านตัวจริง "
        f"(บัตรเจ้าบ้าน {nid_w(hh_id, i)})\n\n"
        f"สะดวกวันพุธที่ 16 ธันวาคม 2569 {ending(a)}\nติดต่อ {tel(a, i + 2)} / {p.email}\n\n{a.name}\n"
    )
    return Case(
        "plain_destination_move_in", message(a, i, "ขอแจ้งย้ายปลายทาง", text=text), exp(a, NO_BIRTH)
    )


def plain_birth_father(a: Party, i: int) -> Case:
    """The father books the birth notification: the newborn's name, date and hospital,
    the mother's name and ID, his own at the end."""
    p = a.p
    mom, mom_id = MOTHERS[i % 2]
    born = date(2026, 12, 1 + i % 5)
    text = (
        f"เรียน งานทะเบียนราษฎร\n\nผมขอนัดแจ้งเกิดบุตรครับ\n"
        f"ชื่อเด็ก {NEWBORNS[i % 2]} {p.last}\nเกิดวันที่ {born_th(born, i)} เวลา 04.35 น. ที่โรงพยาบาลพุทธชินราช พิษณุโลก\n"
        f"(มีหนังสือรับรองการเกิด ท.ร.1/1 จากโรงพยาบาลแล้ว)\n"
        f"มารดา {mom} เลขประจำตัวประชาชน {nid_w(mom_id, i + 1)}\n"
        f"บิดา/ผู้แจ้ง {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)}\n"
        f"ให้เพิ่มชื่อเด็กเข้าทะเบียนบ้านเลขที่ {home(a, i)} (บ้านของผมเอง)\n"
        f"เบอร์ติดต่อ {tel(a, i + 1)}\n\nขอบคุณครับ\n{a.name}\n"
    )
    return Case("plain_birth_father", message(a, i, "นัดแจ้งเกิด", text=text), exp(a, NO_BIRTH))


def plain_death_daughter(a: Party, i: int) -> Case:
    """A daughter notifies her father's death at home: his ID, birth date, house; hers
    after. Her own home is elsewhere in town."""
    p = a.p
    dead, dead_id = DECEASED[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่ทะเบียน{TOWN}\n\n{me(a)}ขอแจ้งการตายของ{dead} เลขประจำตัวประชาชน {nid_w(dead_id, i)} "
        f"เกิดวันที่ {born_th(date(1931, 6, 2 + i), i)} ถึงแก่กรรมด้วยโรคชราที่บ้านเลขที่ 5 หมู่ 2 ตำบลหัวรอ อำเภอเมืองพิษณุโลก "
        f"เมื่อวันที่ {th_date(date(2026, 12, 4 + i % 3))} เวลาประมาณ 22.10 น. ประธานชุมชนมาเป็นพยานแล้ว "
        f"จะขอไปแจ้งตายและรับมรณบัตรพรุ่งนี้เช้า{ending(a)} เพื่อนำไปฌาปนกิจที่วัดจันทร์ตะวันตก\n\n"
        f"ผู้แจ้ง {a.name} (บุตร)\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nที่อยู่ {home(a, i + 2)}\nโทร {tel(a, i)}\n"
    )
    return Case(
        "plain_death_daughter", message(a, i, f"แจ้งตาย {dead}", text=text), exp(a, NO_BIRTH)
    )


def plain_tr14_copy(a: Party, i: int) -> Case:
    """He asks for two certified copies of his house registration for a bank loan: the
    house code, the people in the house, his details."""
    p = a.p
    text = (
        f"เรียน งานทะเบียนราษฎร{TOWN}\n\nขอคัดสำเนาทะเบียนบ้าน (ท.ร.14) ฉบับรับรอง 2 ชุด{ending(a)} เพื่อใช้ยื่นกู้ธนาคาร\n"
        f"รหัสประจำบ้าน {house_code(i)}\nบ้านเลขที่ {home(a, i + 1)}\n"
        f"ในทะเบียนบ้านมี 3 คน คือ {a.name} (เจ้าบ้าน), {HOUSEHOLDERS[i % 2][0]} และ {NEWBORNS[(i + 1) % 2]} {p.last}\n\n"
        f"ผู้ขอ {a.name}\nบัตรประชาชน {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i + 1)}\nมือถือ {tel(a, i + 3)}\n"
        "จะไปรับเองวันศุกร์นี้\n"
    )
    return Case(
        "plain_tr14_copy", message(a, i, "ขอคัดสำเนาทะเบียนบ้าน ท.ร.14", text=text), exp(a, ALL)
    )


def plain_lost_card_phone(a: Party, i: int) -> Case:
    """From a phone: her ID card was lost at the market; the police report's number, the
    card's laser code, issue and expiry dates; a new card booked."""
    p = a.p
    text = (
        f"บัตรประชาชนหาย{ending(a)} ทำหายที่ตลาดเทศบาล 3 เมื่อวันที่ 5 ธ.ค. 69 ลงบันทึกประจำวันแล้วที่ สภ.เมืองพิษณุโลก "
        f"เลขที่ใบแจ้งความ {1180 + i}/2569 ลงวันที่ 6 ธันวาคม 2569\n"
        f"บัตรเดิม เลขประจำตัวประชาชน {nid_w(p.nid, i)} เลขหลังบัตร ME{i % 10}-{4417208 + i}-{21 + i} "
        f"วันออกบัตร 14 ม.ค. 2563 วันบัตรหมดอายุ {p.born.day} {MONTHS[p.born.month - 1]} 2571\n"
        f"ชื่อ {a.name} เกิด {born_th(p.born, i + 2)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n"
        f"ขอทำบัตรใหม่วันจันทร์ได้ไหม{ending(a)}\n"
    )
    return Case("plain_lost_card_phone", message(a, i, "บัตรหาย ขอทำใหม่", text=text), exp(a, ALL))


def plain_householder_moves_in(a: Party, i: int) -> Case:
    """The เจ้าบ้าน notifies her nephew's move into her house (the law's duty is hers):
    his name, ID, birth date and the house he moved from; her own lines."""
    p = a.p
    nephew, nephew_id = other(f"นายกิตติพงษ์ {('สายทอง', 'คำมูล')[i % 2]}", f"16599020{1234 + i}")
    text = (
        f"เรียน นายทะเบียนท้องถิ่น{TOWN}\n\n{me(a)} {a.name} เจ้าบ้านของบ้านเลขที่ {home(a, i)} "
        f"ขอแจ้งย้ายเข้าผู้อาศัย 1 คน คือ {nephew} เลขประจำตัวประชาชน {nid_w(nephew_id, i + 1)} "
        f"เกิด {born_th(date(2003, 2, 11), i)} (หลาน) ย้ายมาจาก {ELSEWHERE[4]} มาเรียนมหาวิทยาลัยนเรศวร "
        f"ย้ายเข้ามาอยู่ตั้งแต่วันที่ 1 ธันวาคม 2569\n\n"
        f"เจ้าบ้าน {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nโทรศัพท์ {tel(a, i + 2)}\n"
    )
    return Case(
        "plain_householder_moves_in",
        message(a, i, "แจ้งย้ายเข้า (เจ้าบ้านแจ้ง)", text=text),
        exp(a, NO_BIRTH),
    )


# --- HTML ------------------------------------------------------------------------------------


def gmail_html(paras: list[str]) -> str:
    body = "".join(f"<div>{x or '<br>'}</div>" for x in paras)
    return f'<div dir="ltr">{body}</div>\n'


def html_gmail_name_change_before(a: Party, i: int) -> Case:
    """Gmail: she asks to change her given name (ท.ช.1); the name now, the new one chosen
    by a monk; she signs with the name she bears now."""
    p = a.p
    new = (
        ("ธนัชชา", "ปุณณภัสสร", "ภัทรานิษฐ์")[i % 3]
        if p.title != "นาย"
        else ("ธนภัทร", "ณัฐกฤตย์", "ภูริณัฐ")[i % 3]
    )
    paras = [
        "เรียน เจ้าหน้าที่งานทะเบียน",
        "",
        f"{me(a)}ต้องการขอเปลี่ยนชื่อตัว{ending(a)} ชื่อปัจจุบัน <b>{a.name}</b> ขอเปลี่ยนเป็น <b>{p.title}{new} {p.last}</b> "
        "(ชื่อสกุลเดิม) ได้ชื่อมาจากพระอาจารย์ที่วัดใหญ่",
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} &nbsp;วันเกิด {born_th(p.born, i + 1)}",
        f"ที่อยู่ตามทะเบียนบ้าน {home(a, i + 2)}",
        "ต้องใช้เอกสารอะไรบ้าง และใช้เวลากี่วันจึงจะได้หนังสือสำคัญ ท.ช.3",
        "",
        "ขอบคุณมาก" + ending(a),
        f"{a.name}",
        f"{tel(a, i)}",
    ]
    raw = message(a, i, "ขอเปลี่ยนชื่อตัว", html=gmail_html(paras))
    return Case("html_gmail_name_change_before", raw, exp(a, ALL))


def html_outlook_after_name_change(a: Party, i: int) -> Case:
    """Outlook: the name change is registered (ท.ช.3 issued); he asks the house
    registration be amended and a new card made. Old name, new name; the new signs."""
    p = a.p
    old = (
        ("สมชาย", "ประยุทธ", "บุญส่ง")[i % 3] if p.title == "นาย" else ("สมใจ", "บุญมี", "ทองใบ")[i % 3]
    )
    paras = [
        "เรียน เจ้าหน้าที่งานทะเบียนราษฎรและบัตร",
        "",
        f"ตามที่{me(a)}ได้เปลี่ยนชื่อตัวจาก {p.title}{old} {p.last} เป็น {a.name} "
        f"ตามหนังสือสำคัญการเปลี่ยนชื่อ (ท.ช.3) เลขที่ {412 + i}/2569 ลงวันที่ 3 ธันวาคม 2569 แล้ว",
        f"จึงขอแก้ไขรายการชื่อในทะเบียนบ้านเลขที่ {home(a, i)} และขอทำบัตรประจำตัวประชาชนใหม่{ending(a)}",
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} (เลขเดิม ไม่เปลี่ยน)",
        "",
        "ขอแสดงความนับถือ",
    ]
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>Mobile {mobile(p.mobile, i)}<br>'
           f'<a href="mailto:{p.email}">{p.email}</a></p>')  # fmt: skip
    raw = message(a, i, "แก้ไขชื่อในทะเบียนบ้านหลังเปลี่ยนชื่อ", html=outlook_html(paras, sig))
    return Case("html_outlook_after_name_change", raw, exp(a, NO_BIRTH))


def html_gmail_house_number(a: Party, i: int) -> Case:
    """Gmail: the house she built on her plot is done; she asks a house number. The
    plot's deed and place, the permit's number, her present home."""
    p = a.p
    paras = [
        "เรียน งานทะเบียนราษฎร เทศบาลนครพิษณุโลก",
        "",
        f"{me(a)}ปลูกสร้างบ้านพักอาศัยหลังใหม่เสร็จแล้ว ตั้งอยู่ในที่ดินโฉนดเลขที่ {24310 + 13 * i} "
        f"หมู่ 7 ตำบลอรัญญิก อำเภอเมืองพิษณุโลก (ติดซอยประชาร่วมใจ) ได้รับใบอนุญาตก่อสร้าง (อ.1) เลขที่ {88 + i}/2568",
        f"ขอยื่นคำร้องขอเลขที่บ้าน{ending(a)}",
        "",
        f"ผู้ขอ: {a.name}",
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}",
        f"ที่อยู่ปัจจุบัน: {home(a, i + 1)}",
        f"โทร: {tel(a, i + 2)}",
        f"อีเมล: {p.email}",
    ]
    raw = message(a, i, "ขอเลขที่บ้านใหม่", html=gmail_html(paras))
    return Case("html_gmail_house_number", raw, exp(a, NO_BIRTH))


def html_outlook_birth_mother(a: Party, i: int) -> Case:
    """Outlook: the mother informs her baby's birth, a table of ทารก / มารดา (ผู้แจ้ง) /
    บิดา rows with name, ID, birth date; the baby born at home with a midwife."""
    p = a.p
    father, father_id = other(f"นาย{('วีระพงษ์', 'ชนะชัย')[i % 2]} {p.last}", f"36501009{4512 + i}")
    baby_born = date(2026, 11, 28 + i % 3)
    rows = [
        ("ทารก", f"{NEWBORNS[(i + 1) % 2]} {p.last}", "-", born_th(baby_born, i)),
        ("มารดา (ผู้แจ้ง)", a.name, nid_w(p.nid, i), born_th(p.born, i + 1)),
        ("บิดา", father, nid_w(father_id, i + 1), born_th(date(1978, 2, 14), i)),
    ]
    table = ('<table border="1" cellspacing="0" cellpadding="4"><tr><th>ฐานะ</th><th>ชื่อ-สกุล</th>'
             "<th>เลขประจำตัวประชาชน</th><th>วันเกิด</th></tr>"
             + "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in rows) + "</table>")  # fmt: skip
    paras = [
        "เรียน นายทะเบียนท้องถิ่น",
        "",
        f"ดิฉันขอนัดแจ้งเกิดบุตรซึ่งคลอดฉุกเฉินที่บ้านของดิฉันเอง บ้านเลขที่ {home(a, i + 1)} ก่อนรถกู้ชีพมาถึง มีประธานชุมชนเป็นพยาน รายละเอียดดังนี้",
        table,
        f"ติดต่อดิฉันได้ที่ {tel(a, i)}",
    ]
    sig = f'<p class="MsoNormal">{a.name}</p>'
    raw = message(a, i, "ขอนัดแจ้งเกิด (คลอดที่บ้าน)", html=outlook_html(paras, sig))
    return Case("html_outlook_birth_mother", raw, exp(a, ALL))


def html_equeue_child_card(a: Party, i: int) -> Case:
    """The town's e-queue confirms a booking, from no-reply: the booker (the grandmother, her guardian) with
    phone and box, then the child who will have her first card, her ID, birth date,
    house."""
    c = a.p
    parent = PEOPLE[0] if c.last == PEOPLE[0].p.last else PEOPLE[8]
    rows = [
        ("เลขที่การจอง", f"Q-2569-12-{310 + i:04d}"),
        ("บริการ", "ทำบัตรประจำตัวประชาชนครั้งแรก (อายุครบ 7 ปี)"),
        ("วันเวลานัด", f"{th_date(date(2026, 12, 21 + i % 3))} 09:30 น."),
        ("ผู้จอง", parent.name),
        ("โทรศัพท์ผู้จอง", tel(parent, i)),
        ("อีเมลผู้จอง", parent.p.email),
        ("ชื่อผู้ขอมีบัตร", a.name),
        ("เลขประจำตัวประชาชนผู้ขอมีบัตร", nid_w(c.nid, i)),
        ("วันเกิดผู้ขอมีบัตร", born_th(c.born, i)),
        ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 1)),
        ("ความสัมพันธ์กับผู้จอง", "หลาน (ผู้จองเป็นยาย ผู้ปกครอง)"),
    ]
    table = "".join(f'<tr><td style="background:#eef">{k}</td><td>{v}</td></tr>' for k, v in rows)
    html = ('<html><body><h3>ระบบจองคิวออนไลน์ งานทะเบียนราษฎรและบัตร เทศบาลนครพิษณุโลก</h3>'
            f'<p>ยืนยันการจองคิวของท่าน</p><table border="1">{table}</table>'
            "<p>กรุณานำสูติบัตรและทะเบียนบ้านตัวจริงมาด้วย ผู้ปกครองต้องมาพร้อมเด็ก</p>"
            '<p style="color:gray">อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>')  # fmt: skip
    raw = message(a, i, f"ยืนยันการจองคิว Q-2569-12-{310 + i:04d}", html=html,
                  from_="ระบบจองคิว <no-reply@phitsanulokcity.example.go.th>")  # fmt: skip
    return Case("html_equeue_child_card", raw, exp(a, CHILD))


# --- Word ------------------------------------------------------------------------------------


def docx_tr6_move_out(a: Party, i: int) -> Case:
    """The desk's move form, ท.ร.6-like, as a Word table: ผู้ย้าย (name, ID, birth date,
    sex, nationality), ย้ายจาก (her house here), ย้ายไป (Nonthaburi or Wang Thong), เจ้าบ้าน
    (name, ID), ผู้แจ้ง (ผู้ย้ายเอง)."""
    p = a.p
    hh, hh_id = HOUSEHOLDERS[(i + 1) % 2]
    dest = ELSEWHERE[(0, 3)[i % 2]]

    def build(doc: Any) -> None:
        doc.add_paragraph("ใบแจ้งการย้ายที่อยู่ (แบบคำขอ ท.ร.6)")
        doc.add_paragraph(f"สำนักทะเบียนท้องถิ่น{TOWN}")
        rows = [
            ("ผู้ย้าย ชื่อ-ชื่อสกุล", a.name),
            ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("เกิดวันที่", born_th(p.born, i)),
            ("เพศ / สัญชาติ", f"{'ชาย' if p.title == 'นาย' else 'หญิง'} / ไทย"),
            ("ย้ายจากบ้านเลขที่", home(a, i)),
            ("รหัสประจำบ้าน (บ้านที่ย้ายออก)", house_code(i + 3)),
            ("ย้ายไปบ้านเลขที่", dest),
            ("เหตุที่ย้าย", "ย้ายที่ทำงาน"),
            ("ชื่อเจ้าบ้าน (บ้านที่ย้ายออก)", hh),
            ("เลขประจำตัวประชาชนเจ้าบ้าน", nid_w(hh_id, i + 1)),
            ("ผู้แจ้ง", "ผู้ย้ายแจ้งเอง"),
            ("โทรศัพท์ผู้แจ้ง", tel(a, i + 1)),
        ]
        t = doc.add_table(rows=0, cols=2)
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v
        doc.add_paragraph("")
        doc.add_paragraph(f"ลงชื่อ ............................ ผู้แจ้ง ({a.name})")

    raw = message(a, i, "ส่งแบบแจ้งย้ายออก ท.ร.6", text=f"เรียน เจ้าหน้าที่\nส่งแบบแจ้งย้ายที่กรอกแล้ว{ending(a)}\n",
                  files=(("ทร6_แจ้งย้ายออก.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_tr6_move_out", raw, exp(a, ALL))


def docx_consent_letter(a: Party, i: int) -> Case:
    """The mover sends the เจ้าบ้าน's consent letter (Word): the เจ้าบ้าน's name, ID and
    house, her consent to the mover (named with ID and the house he leaves); his own
    details in the mail."""
    p = a.p
    hh, hh_id = HOUSEHOLDERS[i % 2]

    def build(doc: Any) -> None:
        doc.add_paragraph("หนังสือให้ความยินยอมของเจ้าบ้าน")
        doc.add_paragraph(f"เขียนที่ {heads(a)[0]}")
        doc.add_paragraph(f"วันที่ {th_date(date(2026, 12, 1 + i % 5))}")
        doc.add_paragraph(
            f"ข้าพเจ้า {hh} เลขประจำตัวประชาชน {nid_w(hh_id, i)} เป็นเจ้าบ้านของบ้านเลขที่ {home(a, i)} "
            f"ยินยอมให้ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ซึ่งพักอาศัยอยู่ในบ้านหลังนี้จริง "
            f"ย้ายชื่อเข้ามาในทะเบียนบ้านหลังนี้ได้ โดยย้ายมาจากบ้านเลขที่ {ELSEWHERE[(i + 4) % 5]}"
        )
        doc.add_paragraph(f"ลงชื่อ .......................... เจ้าบ้าน ({hh})")
        doc.add_paragraph("ลงชื่อ .......................... พยาน (นางสาวจันทร์เพ็ญ ดีมาก)")

    text = (
        f"เรียน งานทะเบียนราษฎร\n\n{me(a)}ขอแจ้งย้ายปลายทางเข้าบ้านที่พักอยู่ปัจจุบัน แนบหนังสือยินยอมของเจ้าบ้านมาด้วย{ending(a)}\n"
        f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} โทร {tel(a, i)}\n"
    )
    raw = message(a, i, "หนังสือยินยอมเจ้าบ้าน (ย้ายปลายทาง)", text=text,
                  files=(("หนังสือยินยอมเจ้าบ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_consent_letter", raw, exp(a, NO_BIRTH))


def docx_name_change_form(a: Party, i: int) -> Case:
    """The desk's ท.ช.1 over dotted lines: ข้าพเจ้า (the name now), age, ID, birth date,
    house; ชื่อตัวเดิม and ชื่อตัวใหม่ lines; the reason."""
    p = a.p
    new = ("ธีรดนย์", "กฤตภาส")[i % 2] if p.title == "นาย" else ("ณัฐชยา", "พิมพ์ลภัส")[i % 2]
    age = 2569 - (p.born.year + 543)

    def build(doc: Any) -> None:
        doc.add_paragraph("คำขอเปลี่ยนชื่อตัว ชื่อรอง (ท.ช.1)")
        doc.add_paragraph(f"เขียนที่ สำนักทะเบียนท้องถิ่น{TOWN}")
        doc.add_paragraph(f"ข้าพเจ้า.......{a.name}.......อายุ.....{age}.....ปี")
        doc.add_paragraph(
            f"เลขประจำตัวประชาชน.......{nid_w(p.nid, i)}.......เกิดวันที่.......{born_th(p.born, i + 2)}......."
        )
        doc.add_paragraph(f"อยู่บ้านเลขที่.......{home(a, i)}.......")
        doc.add_paragraph(f"โทรศัพท์.......{tel(a, i)}.......")
        doc.add_paragraph(
            f"ขอเปลี่ยนชื่อตัว จากชื่อตัวเดิมว่า.......{p.first}.......เป็นชื่อตัวใหม่ว่า.......{new}......."
        )
        doc.add_paragraph("เหตุผล.......ชื่อเดิมซ้ำกับญาติ และเพื่อความเป็นสิริมงคล.......")
        doc.add_paragraph(f"ลงชื่อ.............................ผู้ยื่นคำขอ ({a.name})")

    raw = message(a, i, "ส่งคำขอเปลี่ยนชื่อตัว ท.ช.1", text=f"แนบแบบคำขอเปลี่ยนชื่อที่กรอกแล้ว{ending(a)}\n{a.name}\n",
                  files=(("ทช1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_name_change_form", raw, exp(a, ALL))


def docx_death_form(a: Party, i: int) -> Case:
    """The desk's death-notification form (Word): the deceased's block first (name, ID,
    birth date, house, date and cause of death), then the informant's (name, ID, relation,
    home, phone)."""
    p = a.p
    dead, dead_id = DECEASED[(i + 1) % 2]

    def build(doc: Any) -> None:
        doc.add_paragraph("แบบบันทึกการแจ้งการตาย")
        doc.add_paragraph("ส่วนที่ 1 ผู้ตาย")
        t = doc.add_table(rows=0, cols=2)
        for k, v in (("ชื่อ-สกุล", dead), ("เลขประจำตัวประชาชน", nid_w(dead_id, i)),
                     ("วันเกิด", born_th(date(1928, 1, 18), i)), ("ที่อยู่", "5 หมู่ 2 ตำบลหัวรอ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000"),
                     ("วันที่ตาย", th_date(date(2026, 12, 3))), ("สาเหตุ", "ติดเชื้อในกระแสเลือด (โรงพยาบาลพุทธชินราช)")):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        doc.add_paragraph("ส่วนที่ 2 ผู้แจ้ง")
        t2 = doc.add_table(rows=0, cols=2)
        for k, v in (("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("เกี่ยวข้องเป็น", "บุตร"),
                     ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i + 2))):  # fmt: skip
            c = t2.add_row().cells
            c[0].text, c[1].text = k, v

    raw = message(a, i, f"แบบแจ้งการตาย {dead}", text=f"เรียน งานทะเบียนราษฎร\nส่งแบบแจ้งการตายล่วงหน้า{ending(a)}\n",
                  files=(("แจ้งตาย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_death_form", raw, exp(a, NO_BIRTH))


# --- PDF -------------------------------------------------------------------------------------


def pdf_fillable_copy_request(a: Party, i: int) -> Case:
    """A fillable คำร้องขอคัดและรับรองเอกสารทะเบียนราษฎร: the ผู้ยื่นคำร้อง's lines (birth date
    in three boxes), the record asked (her late mother's ท.ร.14 history, the mother's ID),
    the purpose."""
    p = a.p
    dead, dead_id = DECEASED[1]
    labels = [(50, 18, "คำร้องขอคัดและรับรองเอกสารทะเบียนราษฎร"), (20, 34, "ชื่อผู้ยื่นคำร้อง"),
              (20, 44, "เลขประจำตัวประชาชน"), (20, 54, "วันเกิด (วัน/เดือน/ปี พ.ศ.)"), (20, 64, "ที่อยู่"),
              (20, 74, "โทรศัพท์"), (20, 84, "อีเมล"), (20, 98, "ขอคัดเอกสารของ"), (20, 108, "เลขประจำตัวประชาชน (ผู้ถูกคัด)"),
              (20, 118, "เอกสารที่ขอคัด"), (20, 128, "เพื่อใช้"), (20, 150, "ลงชื่อ ...................... ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("ชื่อผู้ยื่นคำร้อง", a.name, 55, 34, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 44, 60, comb=13),
              Field("วันเกิด_วัน", str(p.born.day), 70, 54, 10), Field("วันเกิด_เดือน", MONTHS[p.born.month - 1], 82, 54, 25),
              Field("วันเกิด_ปี", str(p.born.year + 543), 110, 54, 15), Field("ที่อยู่", home(a, i), 35, 64, 160),
              Field("โทรศัพท์", tel(a, i), 40, 74, 50), Field("อีเมล", p.email, 40, 84, 80),
              Field("ชื่อผู้ถูกคัด", f"{dead} (มารดา ถึงแก่กรรม)", 55, 98, 100), Field("เลขผู้ถูกคัด", dead_id, 85, 108, 60),
              Field("เอกสาร", f"ท.ร.14 รายการประวัติบ้านเลขที่ 271 รหัสประจำบ้าน {house_code(i + 7)}", 50, 118, 140),
              Field("เพื่อใช้", "ประกอบการขอรับมรดก (ศาลจังหวัดพิษณุโลก)", 40, 128, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "คำร้องขอคัดเอกสารทะเบียนราษฎร", text=f"แนบคำร้อง (PDF กรอกแล้ว){ending(a)}\n",
                  files=(("คำร้องขอคัด.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_copy_request", raw, exp(a, ALL))


def pdf_fillable_house_number(a: Party, i: int) -> Case:
    """A fillable ขอเลขที่บ้าน form, fields named text1..: the ผู้ขอ (name, ID, home in
    parts), the new house's place and deed, the permit."""
    p = a.p
    labels = [(60, 18, "คำร้องขอเลขที่บ้าน"), (20, 34, "ชื่อผู้ขอ"), (20, 44, "เลขประจำตัวประชาชน"),
              (20, 54, "ที่อยู่ปัจจุบัน บ้านเลขที่"), (90, 54, "หมู่ที่"), (130, 54, "ถนน"), (20, 64, "ตำบล"),
              (100, 64, "อำเภอ"), (20, 74, "จังหวัด"), (100, 74, "รหัสไปรษณีย์"), (20, 84, "โทรศัพท์"),
              (20, 100, "บ้านที่ขอเลขที่ ตั้งอยู่"), (20, 110, "โฉนดที่ดินเลขที่"), (100, 110, "ใบอนุญาตก่อสร้างเลขที่"),
              (20, 140, "ลงชื่อ ...................... ผู้ขอ")]  # fmt: skip
    vals = [(a.name, 45, 34, 100), (nid_w(p.nid, i), 60, 44, 60), (p.house, 62, 54, 25), (p.moo or "-", 102, 54, 20),
            (p.road or "-", 140, 54, 45), (p.tambon, 35, 64, 55), (p.amphoe, 115, 64, 55), (p.province, 40, 74, 50),
            (p.postal, 125, 74, 25), (tel(a, i + 1), 45, 84, 50),
            ("หมู่ 4 ตำบลดอนทอง อำเภอเมืองพิษณุโลก (ริมถนนพิษณุโลก-หล่มสัก)", 65, 100, 125),
            (f"{30155 + 7 * i}", 55, 110, 40), (f"{51 + i}/2569", 145, 110, 35)]  # fmt: skip
    fields = [Field(f"text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "ขอเลขที่บ้าน (แบบฟอร์ม PDF)", text=f"เรียน งานทะเบียนราษฎร\nแนบคำร้องขอเลขที่บ้าน{ending(a)}\n",
                  files=(("ขอเลขที่บ้าน.pdf", data, PDF),))  # fmt: skip
    # The form has no ซอย box: the address as its boxes give it (no soi) is accepted too.
    e = exp(a, NO_MAIL)
    boxes = addresses(Party(replace(p, soi=""), a.dwelling, a.juristic))
    e["address"] = tuple(dict.fromkeys(e["address"] + boxes))
    return Case("pdf_fillable_house_number", raw, e)


def pdf_letter_lost_card(a: Party, i: int) -> Case:
    """A typed letter saved from Word as PDF: the card lost, the police report, the
    card's laser code and request number, issue and expiry dates; her block top right."""
    p = a.p
    paras = [(115, heads(a)[i % 3]), (115, f"{provinces(p)[0]} {p.postal}"), (0, ""), (115, th_date(date(2026, 12, 7 + i % 4))), (0, ""),
             (20, "เรื่อง ขอมีบัตรประจำตัวประชาชนใหม่ กรณีบัตรหาย"), (20, f"เรียน นายทะเบียนอำเภอ ณ {TOWN}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เกิดวันที่ {born_th(p.born, i)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
                  f"บัตรประจำตัวประชาชนของข้าพเจ้า (คำขอที่ 6599-0{3312 + i}-{10 + i} ออกให้วันที่ 20 สิงหาคม 2564 "
                  f"หมดอายุวันที่ {p.born.day} {MONTHS[p.born.month - 1]} 2572 เลขหลังบัตร JT{i % 10}-{6620417 + i}-0{i % 9}) "
                  f"ได้สูญหายไประหว่างเดินทาง ได้แจ้งความไว้ที่สถานีตำรวจภูธรเมืองพิษณุโลก ตามใบแจ้งความเลขที่ {2210 + i}/2569 แล้ว"),
             (30, f"จึงขอมีบัตรใหม่ ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)} หรือ {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "ขอทำบัตรใหม่ (บัตรหาย)", text=f"แนบหนังสือ{ending(a)}\n",
                  files=(("บัตรหาย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_letter_lost_card", raw, exp(a, ALL))


def pdf_letter_child_card(a: Party, i: int) -> Case:
    """A grandmother's (the guardian's) typed letter (PDF) asking a first card for the
    grandchild turning seven: the child's name, ID, birth date; her own name, ID, phone;
    the family house."""
    c = a.p
    parent = PEOPLE[0] if c.last == PEOPLE[0].p.last else PEOPLE[8]
    pp = parent.p
    paras = [(20, "เรื่อง ขอนัดทำบัตรประจำตัวประชาชนครั้งแรกให้หลาน"), (20, "เรียน เจ้าหน้าที่งานบัตรประจำตัวประชาชน"), (0, ""),
             (30, f"ข้าพเจ้า {parent.name} เลขประจำตัวประชาชน {nid_w(pp.nid, i)} ผู้ปกครอง (ยาย) ของ {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(c.nid, i + 1)} เกิดวันที่ {born_th(c.born, i + 1)} ซึ่งจะมีอายุครบ 7 ปี "
                  f"ในเดือนธันวาคม 2569 มีชื่ออยู่ในทะเบียนบ้านเลขที่ {home(a, i)}"),
             (30, f"ขอนัดทำบัตรประจำตัวประชาชนให้หลานในวันเสาร์ที่ 26 ธันวาคม 2569 (บริการวันหยุด) โทรติดต่อ {tel(parent, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (105, f"({parent.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8.5), size=14, face="Norasi")
    raw = message(parent, i, f"ขอนัดทำบัตรให้ {a.name}", text="แนบหนังสือขอนัดทำบัตรให้หลานค่ะ\n",
                  files=(("นัดทำบัตรหลาน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_letter_child_card", raw, exp(a, CHILD))


# --- sheets ----------------------------------------------------------------------------------


def xlsx_estate_move_in(a: Party, i: int) -> Case:
    """The housing estate's office fills its sheet for a household moving in and sends it
    from its own box: the house (the estate house, whose เจ้าบ้าน she already is), the
    เจ้าบ้าน who notifies (name, ID, phone), then one row per member moving in (name, ID,
    birth date, the house each moves from)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งย้ายเข้า"
        ws.append(("หมู่บ้านพฤกษาวิลล์ พิษณุโลก - แบบแจ้งรายชื่อผู้ย้ายเข้า",))
        ws.append(("บ้านเลขที่", home(a, i)))
        ws.append(("รหัสประจำบ้าน", house_code(i + 11)))
        ws.append(("เจ้าบ้าน (ผู้แจ้ง)", a.name))
        ws.append(("เลขประจำตัวประชาชนเจ้าบ้าน", nid_w(p.nid, i)))
        ws.append(("โทรศัพท์เจ้าบ้าน", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ความสัมพันธ์", "ย้ายมาจาก"))
        members = (("นาย" + ("ไพโรจน์", "สุเมธ")[i % 2] + f" {p.last}", "36599013" + f"{3344 + i}", date(1966, 8, 3), "คู่สมรส", ELSEWHERE[1]),
                   (f"นางสาว{('ฟ้าใส', 'น้ำฝน')[i % 2]} {p.last}", "16599014" + f"{4455 + i}", date(2001, 5, 19), "บุตร", ELSEWHERE[1]),
                   ("นางทองม้วน " + ("สุขใจ", "ยิ้มแย้ม")[i % 2], "36599015" + f"{5566 + i}", date(1944, 11, 1), "มารดา", ELSEWHERE[(2, 4)[i % 2]]))  # fmt: skip
        for n, (name, nid12, born, rel, frm) in enumerate(members):
            ws.append((n + 1, name, with_check_digit(nid12), born_th(born, n), rel, frm))
        ws.append(())
        ws.append(("จัดทำโดย สำนักงานนิติบุคคลหมู่บ้านพฤกษาวิลล์ โทร 055-212-448",))

    raw = message(a, i, f"แจ้งรายชื่อผู้ย้ายเข้า บ้านเลขที่ {p.house}",
                  text="เรียน งานทะเบียนราษฎร\nสำนักงานนิติบุคคลฯ ส่งรายชื่อผู้ย้ายเข้าของลูกบ้านตามไฟล์แนบ เจ้าบ้านจะไปยื่นเอกสารด้วยตนเองค่ะ\n",
                  files=(("ผู้ย้ายเข้า.xlsx", xlsx_bytes(build), XLSX),),
                  from_="Pruksa Ville Office <office@pruksaville-pl.example.co.th>")  # fmt: skip
    return Case("xlsx_estate_move_in", raw, exp(a, NO_MAIL))


Style = Callable[[Party, int], Case]

# Each style: "p" people or "c" children; the two indexes of its variants.
STYLES: tuple[tuple[Style, str, tuple[int, int]], ...] = (
    (plain_moveout_to_bangkok, "p", (2, 9)),
    (plain_destination_move_in, "p", (10, 5)),
    (plain_birth_father, "p", (1, 9)),
    (plain_death_daughter, "p", (11, 4)),
    (plain_tr14_copy, "p", (7, 0)),
    (plain_lost_card_phone, "p", (6, 3)),
    (plain_householder_moves_in, "p", (8, 0)),
    (html_gmail_name_change_before, "p", (4, 10)),
    (html_outlook_after_name_change, "p", (5, 2)),
    (html_gmail_house_number, "p", (11, 7)),
    (html_outlook_birth_mother, "p", (0, 6)),
    (html_equeue_child_card, "c", (0, 1)),
    (docx_tr6_move_out, "p", (3, 6)),
    (docx_consent_letter, "p", (9, 1)),
    (docx_name_change_form, "p", (2, 5)),
    (docx_death_form, "p", (7, 11)),
    (pdf_fillable_copy_request, "p", (11, 8)),
    (pdf_fillable_house_number, "p", (3, 10)),
    (pdf_letter_lost_card, "p", (4, 1)),
    (pdf_letter_child_card, "c", (1, 0)),
    (xlsx_estate_move_in, "p", (8, 11)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), so that every person is written
    several ways."""
    cases: list[Case] = []
    for s, (style, who, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            party = CHILDREN[n] if who == "c" else PEOPLE[n]
            cases.append(style(party, 2 * s + k))
    return cases
