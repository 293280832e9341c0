"""A forty-first set of requests written by someone who had not read the readers (issue 8):
WHAT SURROUNDS THE REQUEST IN REAL MAIL. The requests are ordinary; around them is what
real mail carries: a citizen writing from work under a corporate signature (position,
company, office phone with its extension, fax, the company's address, website, LINE OA,
the company's 13-digit tax number, a banner image's alt text); a bank's and a hospital's
legal disclaimer in Thai and English with their head office's address and call centre;
a vCard (.vcf) attached by Outlook (vCard 2.1, quoted-printable) or shared from an
iPhone (vCard 3.0) with the sender's own work and home details; a secretary sending for
her boss (Outlook's "sent on behalf of": From the boss, Sender the secretary, her own
name, desk line and mobile in the signature); a reply above the agency officer's quoted
mail asking for more details (the officer's name, position, desk phone, the agency's
address in her signature); relatives CC'd and named with their phones in the greeting; a
webmail's "unsubscribe" footer with its company's address; a mobile carrier's ad footer
with short codes and a hotline; the request only in the subject and a one-word body;
emoji signatures; a Word letter and a PDF letter on company letterhead whose header and
footer hold the company's address, phones and tax number. Plain and HTML bodies, Word,
PDF text layers and vCards.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 39 and 40, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name: the applicant's (the person the request is for and who signs it), with his
  title, one space before the family name. Never the secretary's, the agency officer's,
  a CC'd relative's, the company's or a director's named in a disclaimer.
- national_id: the applicant's 13 digits; the company's 13-digit tax number (เลขประจำตัว
  ผู้เสียภาษี, a juristic number starting 0 with a valid check digit) and a bank's
  registration number in a disclaimer are never it.
- birth_date: ISO; the dates of the quoted officer's mail, of the letter, of a disclaimer
  (พ.ร.บ. ... พ.ศ. 2562) are not it.
- phone: the applicant's OWN MOBILE as +66... or 0..., wherever it is written (a body's
  label, the corporate signature's "Mobile"/"มือถือ", a vCard's CELL); never the office
  line, its extension, the fax, a call centre or hotline, the carrier's short codes, the
  secretary's desk line or mobile, the officer's desk phone, a relative's mobile.
- email: the applicant's, lower case: the personal address he gives, or his own work
  address (the From, a signature's, a vCard's WORK e-mail): both are his and an answer
  reaches him at either, so both are accepted where both are given. Never the
  secretary's (the Sender), the officer's, the webmail's or the company's info@.
- address: the applicant's HOME (from the house number to the district, as set 5's
  `addresses` accepts it, or as typed) over the company's address wherever both are
  given; the company's address in a signature, letterhead, disclaimer or vCard WORK ADR
  is never taken over the home. When the ONLY address the applicant gives is his work
  place (the person answerable for his firm's sign tax asking about the sign at the
  office, "ที่อยู่ตามลายเซ็นด้านล่าง"), that address is kept: it is the place the
  request is about and where he asks to be answered (province and postal code then the
  office's). The agency's own address and a webmail's or bank's never.
- province (official name) and postal_code (five digits): those of the kept address.
- A field the mail does not give is not expected (the subject-only mail carries only
  what its subject and signature give).
Outcomes: a request sent on behalf of the boss and a reply to the officer's question are
both requests.
Everyone, every company and every number is invented (every 13-digit number made with
with_check_digit); ตำบล/แขวง, อำเภอ/เขต, provinces and postal codes are real and belong
together; companies, hospitals, banks, carriers and webmails are invented names.
"""

from __future__ import annotations

import quopri
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@example.go.th"
VCARD = "text/vcard"


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


def place(house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
          postal: str) -> Person:  # fmt: skip
    """A company's address as set 5's Person (no one's name), so `addresses` reads it."""
    return Person("", "", "", "", date(2000, 1, 1), "", "", house, moo, soi, road, tambon,
                  amphoe, province, postal)  # fmt: skip


@dataclass(frozen=True)
class Worker:
    """One applicant writing from work: `p` holds his own details and his HOME; the rest
    is his employer's, as his signature prints it."""

    p: Person
    position: str
    company: str
    work_email: str
    office: str  # the switchboard or desk line
    ext: str
    fax: str
    work: Person  # the company's address (a place)
    web: str
    line_oa: str
    tax_id: str

    @property
    def work_line(self) -> str:
        w = self.work
        return f"{w.line()} {w.province_written} {w.postal}"


COMPANIES = (
    ("บริษัท สยามโลจิสติกส์ เอ็กซ์เพรส จำกัด", place("191 อาคารรัตนโกสินทร์ทาวเวอร์ ชั้น 15", "", "", "สีลม", "สีลม", "บางรัก", "กรุงเทพมหานคร", "10500"), "siamlx.example.co.th", "@siamlx"),
    ("บริษัท ไทยพัฒนาอาหาร จำกัด (มหาชน)", place("700/12", "1", "", "", "แพรกษา", "เมืองสมุทรปราการ", "สมุทรปราการ", "10280"), "thaifood.example.com", "@thaifoodpcl"),
    ("บริษัท อีสเทิร์นออโต้พาร์ท จำกัด", place("99", "4", "", "", "บ่อวิน", "ศรีราชา", "ชลบุรี", "20230"), "easternauto.example.co.th", "@easternauto"),
    ("ห้างหุ้นส่วนจำกัด เจริญวัสดุก่อสร้าง", place("388", "", "", "พหลโยธิน", "สามเสนใน", "พญาไท", "กรุงเทพมหานคร", "10400"), "charoen-wassadu.example.com", "@charoenwd"),
)  # fmt: skip


def W(
    p: Person, position: str, c: int, user: str, office: str, ext: str, fax: str, tax12: str
) -> Worker:
    company, work, web, line_oa = COMPANIES[c]
    return Worker(p, position, company, f"{user}@{web}", office, ext, fax, work, f"www.{web}",
                  line_oa, with_check_digit(tax12))  # fmt: skip


WORKERS: tuple[Worker, ...] = (
    W(P("นาย", "ธีรวัฒน์", "สุขเจริญ", "120990031457", date(1985, 4, 12), "0816214470", "teerawat.sj@gmail.com",
        "45/8", "5", "", "", "บางพูด", "ปากเกร็ด", "นนทบุรี", "11120"),
      "ผู้จัดการฝ่ายขนส่ง", 0, "teerawat.s", "02-233-0145", "2215", "02-233-0146", "010555601234"),
    W(P("นางสาว", "พรทิพย์", "วงศ์สวัสดิ์", "110180062931", date(1992, 8, 27), "0894471206", "porntip.ws@hotmail.com",
        "12/34", "", "พหลโยธิน 48", "พหลโยธิน", "อนุสาวรีย์", "บางเขน", "กรุงเทพมหานคร", "10220"),
      "เจ้าหน้าที่บัญชีอาวุโส", 1, "porntip.w", "02-709-3300", "118", "02-709-3301", "010753700456"),
    W(P("นาย", "อนุชา", "ศรีบุญเรือง", "320990014562", date(1979, 11, 3), "0863350917", "anucha.sb@gmail.com",
        "129", "7", "", "", "บ้านสวน", "เมืองชลบุรี", "ชลบุรี", "20000"),
      "วิศวกรซ่อมบำรุง", 2, "anucha.s", "038-110-245", "31", "038-110-246", "020555800731"),
    W(P("นาง", "สุดารัตน์", "มีสุข", "313990027784", date(1974, 2, 9), "0819930452", "sudarat.ms@yahoo.com",
        "56/102", "3", "", "", "คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"),
      "ผู้ช่วยผู้อำนวยการฝ่ายบุคคล", 0, "sudarat.m", "02-233-0145", "3104", "02-233-0146", "010555601234"),
    W(P("นาย", "กฤษดา", "ทองประเสริฐ", "110140051239", date(1988, 6, 30), "0957712384", "kritsada.tp@gmail.com",
        "77/5", "", "ลาดพร้าว 101", "ลาดพร้าว", "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
      "เจ้าของกิจการ", 3, "kritsada", "02-279-4411", "", "02-279-4412", "010353900812"),
    W(P("นางสาว", "วรรณิศา", "แก้วมณี", "340190036618", date(1996, 1, 18), "0634418852", "wannisa.km@gmail.com",
        "210/4", "", "", "มิตรภาพ", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
      "นักวิเคราะห์ข้อมูล", 1, "wannisa.k", "02-709-3300", "245", "02-709-3301", "010753700456"),
    W(P("นาย", "ปกรณ์", "ชัยมงคล", "350990048825", date(1982, 9, 14), "0897745130", "pakorn.cm@outlook.com",
        "33", "2", "", "", "ช้างเผือก", "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
      "ผู้จัดการสาขาภาคเหนือ", 2, "pakorn.c", "038-110-245", "52", "038-110-246", "020555800731"),
    W(P("นาง", "อัญชลี", "บุญมา", "312170039901", date(1969, 12, 5), "0861128843", "anchalee.bm@gmail.com",
        "8/19", "4", "", "", "ท่าทราย", "เมืองนนทบุรี", "นนทบุรี", "11000"),
      "ผู้อำนวยการฝ่ายการเงิน", 1, "anchalee.b", "02-709-3300", "101", "02-709-3301", "010753700456"),
    W(P("นาย", "ชยพล", "เรืองศรี", "390990052274", date(1990, 3, 22), "0925516638", "chayapol.rs@gmail.com",
        "64/7", "", "", "นิพัทธ์อุทิศ 3", "หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
      "ผู้แทนขาย", 0, "chayapol.r", "02-233-0145", "4410", "02-233-0146", "010555601234"),
    W(P("นางสาว", "ศศิธร", "พูลสวัสดิ์", "110280071146", date(1998, 7, 7), "0649927315", "sasithorn.ps@gmail.com",
        "19", "", "สุขุมวิท 71", "สุขุมวิท", "คลองตันเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110"),
      "เลขานุการ", 3, "sasithorn", "02-279-4411", "12", "02-279-4412", "010353900812"),
    W(P("นาย", "วิทยา", "จันทร์หอม", "330190043375", date(1976, 10, 19), "0872290641", "wittaya.jh@gmail.com",
        "155", "11", "", "", "สุรนารี", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
      "หัวหน้างานคลังสินค้า", 2, "wittaya.j", "038-110-245", "77", "038-110-246", "020555800731"),
    W(P("นาง", "ปราณี", "สายทอง", "373010028810", date(1963, 5, 28), "0819045527", "pranee.st@gmail.com",
        "99/3", "6", "", "", "ศาลายา", "พุทธมณฑล", "นครปฐม", "73170"),
      "ที่ปรึกษาบริษัท", 0, "pranee.s", "02-233-0145", "1001", "02-233-0146", "010555601234"),
)  # fmt: skip

Style = Callable[[Worker, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(w: Worker, keys: str = "", *, typed: tuple[str, ...] = (), at_work: bool = False,
        work_email: bool = True, also: str = "", untitled: bool = False) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The values a clerk keeps (see the conventions above), for `keys` (all by default);
    `at_work`: the work place is the only address given; `work_email`: his work address
    is in the mail too (the From, a signature, a vCard) and accepted; `also`: another
    work address of his own (a bank's, a hospital's From); `untitled`: the mail gives his
    name only without its title (a signature), so that form is right too."""
    p = w.p
    where = w.work if at_work else p
    emails = (p.email.lower(), w.work_email.lower()) if work_email else (p.email.lower(),)
    emails += (also.lower(),) if also else ()
    table = {
        "full_name": (p.name, f"{p.first} {p.last}") if untitled else (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": emails,
        "address": tuple(dict.fromkeys(" ".join(a.split()) for a in addresses(where, *typed))),
        "postal_code": (where.postal,),
        "province": (where.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names}


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (m, f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}-{m[3:]}")[k % 3]


def home(p: Person, k: int) -> str:
    """The home on one line, short or written out."""
    prov = p.province_written if (k % 2 or p.bangkok) else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def labelled(w: Worker, k: int, *, addr: bool = True) -> list[str]:
    p = w.p
    lines = [
        f"ชื่อ-นามสกุล: {p.name}",
        f"เลขประจำตัวประชาชน: {(p.nid, dashed(p.nid))[k % 2]}",
        f"วันเกิด: {born_th(p.born, k)}",
    ]
    if addr:
        lines.append(f"ที่อยู่: {home(p, k)}")
    lines += [f"โทร: {mobile(p.mobile, k)}", f"อีเมล: {p.email}"]
    return lines


def corp_sig(w: Worker, k: int, *, own_mobile: bool = True) -> list[str]:
    """A corporate signature as an office's mail program appends it."""
    p = w.p
    ext = f" ต่อ {w.ext}" if w.ext else ""
    lines = [
        "--",
        f"{p.name}" if k % 2 else f"{p.first} {p.last}",
        w.position,
        w.company,
        w.work_line,
        f"โทร. {w.office}{ext}  แฟกซ์ {w.fax}"
        if k % 2
        else f"Tel: {w.office}{' Ext. ' + w.ext if w.ext else ''} | Fax: {w.fax}",
    ]
    if own_mobile:
        lines.append(
            f"มือถือ {mobile(p.mobile, k)}" if k % 2 else f"Mobile: {mobile(p.mobile, k + 1)}"
        )
    lines += [
        f"E-mail: {w.work_email}",
        f"{w.web} | LINE OA: {w.line_oa}",
        f"เลขประจำตัวผู้เสียภาษี {w.tax_id}",
    ]
    return lines


def message(w: Worker, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), sender: str = "",
            from_: str = "", cc: str = "") -> bytes:  # fmt: skip
    p = w.p
    msg = EmailMessage()
    msg["From"] = from_ or f"{p.first} {p.last} <{w.work_email}>"
    if sender:
        msg["Sender"] = sender
    msg["To"] = AGENCY
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set41-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        if main == "text":  # a vCard: text with its charset, as mail programs attach it
            msg.add_attachment(data.decode(), subtype=sub, charset="utf-8", filename=name)
        else:
            msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">{body}</body></html>\n'


BANK = ("ธนาคารไทยรุ่งเรือง จำกัด (มหาชน) สำนักงานใหญ่ 1222 ถนนพระรามที่ 3 แขวงบางโพงพาง "
        "เขตยานนาวา กรุงเทพมหานคร 10120 ทะเบียนเลขที่ " + with_check_digit("010753600988")
        + " Call Center 02-888-8888")  # fmt: skip
BANK_DISCLAIMER = (
    "ข้อความสงวนสิทธิ์: อีเมลฉบับนี้และเอกสารแนบอาจมีข้อมูลที่เป็นความลับ หากท่านมิใช่ผู้รับที่ระบุไว้ "
    "โปรดแจ้งผู้ส่งและลบอีเมลนี้ทันที ห้ามมิให้เปิดเผย คัดลอก หรือใช้ข้อมูลนี้ ทั้งนี้ความเห็นในอีเมลเป็นของผู้ส่ง "
    "มิใช่ของธนาคาร\n" + BANK + "\n"
    "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you have received it in error, please notify the sender and delete it. "
    "Thai Rungruang Bank PCL, 1222 Rama III Road, Bang Phong Phang, Yan Nawa, Bangkok 10120."
)
HOSPITAL_DISCLAIMER = (
    "ประกาศ: ข้อมูลในอีเมลนี้อาจมีข้อมูลส่วนบุคคลและข้อมูลสุขภาพซึ่งได้รับความคุ้มครองตามพระราชบัญญัติ"
    "คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 หากท่านได้รับโดยมิได้ตั้งใจ กรุณาแจ้งกลับและลบทิ้ง\n"
    "โรงพยาบาลเวชการุณย์ 2 ถนนวังหลัง แขวงศิริราช เขตบางกอกน้อย กรุงเทพมหานคร 10700 "
    "โทร 02-419-7000 สายด่วน 1719\n"
    "CONFIDENTIALITY NOTICE: This message may contain protected health information under "
    "the Personal Data Protection Act B.E. 2562 (2019). Vejkarun Hospital, 2 Wang Lang Road, "
    "Siriraj, Bangkok Noi, Bangkok 10700. Tel. +66 2419 7000."
)
OFFICER = ("นางสาวกาญจนา ทองดี", "นักจัดการงานทั่วไปชำนาญการ", "0-2589-0500 ต่อ 1203",
           "สำนักงานเทศบาลนครนนทบุรี 59 ถนนรัตนาธิเบศร์ ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี 11000",
           "kanjana.t@nonthaburi.example.go.th")  # fmt: skip


# --- plain text -------------------------------------------------------------------------------


def plain_corporate_signature(w: Worker, i: int) -> Case:
    """Labelled values, then the office's signature: position, company and its address,
    office line with extension, fax, mobile, website, LINE OA, tax number."""
    text = (
        "เรียน เจ้าหน้าที่\n\nขอแจ้งไฟฟ้าส่องสว่างในซอยหน้าบ้านดับหลายดวงครับ\n\n"
        + "\n".join(labelled(w, i))
        + "\n\nขอบคุณครับ\n\n"
        + "\n".join(corp_sig(w, i))
        + "\n"
    )
    return Case("plain_corporate_signature", message(w, i, "แจ้งไฟฟ้าดับ", text=text), exp(w))


def plain_mobile_only_in_signature(w: Worker, i: int) -> Case:
    """The request in prose with name, ID, birth date and home; the only phone of his own
    is the signature's mobile, beside the office line, extension and fax."""
    p = w.p
    text = (
        "เรียน เจ้าหน้าที่กองสาธารณสุข\n\n"
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(p, i)} ขอร้องเรียนกลิ่นเหม็นจากฟาร์มสุกรใกล้บ้าน "
        f"ติดต่อกลับทางอีเมล {p.email} หรือเบอร์มือถือในลายเซ็นด้านล่าง\n\n" + "\n".join(corp_sig(w, i)) + "\n"
    )
    return Case(
        "plain_mobile_only_in_signature", message(w, i, "ร้องเรียนกลิ่นเหม็น", text=text), exp(w)
    )


def plain_bank_disclaimer(w: Worker, i: int) -> Case:
    """Sent from a bank's mail: the request, a short signature, then the bank's legal
    disclaimer in Thai and English with its head office, registration number and call
    centre."""
    p = w.p
    text = (
        "เรียน เจ้าหน้าที่งานทะเบียนราษฎร\n\nขอนัดหมายทำบัตรประจำตัวประชาชนนอกเวลาราชการค่ะ\n\n"
        + "\n".join(labelled(w, i))
        + f"\n\n{p.name}\nเจ้าหน้าที่อาวุโส ฝ่ายสินเชื่อ\n\n"
        + "_" * 40
        + "\n"
        + BANK_DISCLAIMER
        + "\n"
    )
    own = f"staff{i}@thairungruang.example.co.th"
    return Case("plain_bank_disclaimer", message(w, i, "ขอนัดทำบัตรประชาชน", text=text,
                from_=f"{p.first} {p.last} <{own}>"), exp(w, work_email=False, also=own))  # fmt: skip


def plain_hospital_disclaimer(w: Worker, i: int) -> Case:
    """A nurse writing from the hospital's mail about her own home: the hospital's PDPA
    disclaimer (Thai and English, the hospital's address, phone and hotline) below."""
    p = w.p
    text = (
        "เรียน เจ้าหน้าที่\n\nขอแจ้งต้นไม้ใหญ่หน้าบ้านเอนจะล้มทับสายไฟ ขอให้มาตัดแต่งกิ่งด่วนค่ะ\n\n"
        + "\n".join(labelled(w, i + 1))
        + f"\n\nด้วยความเคารพ\n{p.name}\nพยาบาลวิชาชีพ หอผู้ป่วยอายุรกรรม\n"
        "โทรภายใน 7215\n\n" + HOSPITAL_DISCLAIMER + "\n"
    )
    own = f"nurse{i}@vejkarun.example.or.th"
    return Case("plain_hospital_disclaimer", message(w, i, "ขอตัดกิ่งไม้", text=text,
                from_=f"{p.first} {p.last} <{own}>"), exp(w, work_email=False, also=own))  # fmt: skip


SECRETARIES = (("นางสาวจิราภรณ์ ศรีทอง", "0843317260", "jiraporn.s"),
               ("นางมาลัย อินทร์แก้ว", "0815539904", "malai.i"))  # fmt: skip


def plain_on_behalf(w: Worker, i: int) -> Case:
    """Outlook's "sent on behalf of": From the boss, Sender his secretary; the secretary
    writes for him and signs with her own name, desk line and mobile."""
    p = w.p
    sec, sec_mobile, sec_user = SECRETARIES[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่\n\nดิฉัน{sec} เลขานุการของ{p.name} ขอส่งคำร้องขออนุญาตต่อเติมอาคาร (บ้านพักอาศัย) "
        "แทนท่าน โดยมีรายละเอียดผู้ยื่นคำร้องดังนี้\n\n"
        + "\n".join(labelled(w, i))
        + "\n\nหากต้องการเอกสารเพิ่มเติม ติดต่อดิฉันได้ที่เบอร์ด้านล่าง\n\nขอแสดงความนับถือ\n"
        f"{sec}\nเลขานุการผู้บริหาร {w.company}\nโทร. {w.office} ต่อ 100{i % 10}\n"
        f"มือถือ {mobile(sec_mobile, i)}\n{sec_user}@{w.web.removeprefix('www.')}\n"
    )
    raw = message(w, i, "คำร้องขออนุญาตต่อเติมอาคาร", text=text,
                  sender=f"{sec} <{sec_user}@{w.web.removeprefix('www.')}>")  # fmt: skip
    return Case("plain_on_behalf", raw, exp(w))


def officer_quote(k: int) -> list[str]:
    name, pos, desk, office, mail = OFFICER
    return [
        "เรียน คุณผู้ร้อง",
        "",
        "ตามที่ท่านแจ้งเรื่องน้ำประปาไม่ไหลเมื่อวันที่ 2 ธันวาคม 2569 เจ้าหน้าที่ขอทราบข้อมูลเพิ่มเติม ได้แก่",
        "ชื่อ-นามสกุล เลขประจำตัวประชาชน วันเดือนปีเกิด ที่อยู่ และเบอร์โทรศัพท์ที่ติดต่อได้",
        "",
        "ขอแสดงความนับถือ",
        name,
        pos,
        office,
        f"โทร {desk} แฟกซ์ 0-2589-0501",
        mail,
    ]


def plain_officer_thread(w: Worker, i: int) -> Case:
    """The answer typed above the officer's quoted mail asking for more details; her
    name, position, desk phone and the agency's address are in the quote."""
    p = w.p
    name, _, _, _, mail = OFFICER
    answer = (
        f"เรียน คุณ{name.removeprefix('นางสาว')}\n\nขอส่งข้อมูลเพิ่มเติมตามที่ขอครับ\n\n"
        + "\n".join(labelled(w, i))
        + f"\n\nขอบคุณครับ\n{p.name}\n\n"
    )
    quote = officer_quote(i)
    if i % 2 == 0:
        tail = f"On Fri, Dec 4, 2026 at 2:15 PM {name} <{mail}> wrote:\n" + "\n".join(
            f"> {x}" if x else ">" for x in quote
        )
    else:
        tail = (f"________________________________\nจาก: {name} <{mail}>\nส่ง: 4 ธันวาคม 2569 14:15\n"
                f"ถึง: {p.first} {p.last}\nเรื่อง: ขอข้อมูลเพิ่มเติม เรื่องน้ำประปาไม่ไหล\n\n" + "\n".join(quote))  # fmt: skip
    return Case("plain_officer_thread", message(w, i, "Re: ขอข้อมูลเพิ่มเติม เรื่องน้ำประปาไม่ไหล",
                text=answer + tail + "\n", from_=f"{p.first} {p.last} <{p.email}>"),
                exp(w, work_email=False))  # fmt: skip


RELATIVES = (("นางสมหญิง", "สุขใจ", "0812207734", "somying.sj@gmail.com"),
             ("นายสมชาย", "รักดี", "0897730021", "somchai.rd@gmail.com"))  # fmt: skip


def plain_cc_relatives(w: Worker, i: int) -> Case:
    """Two relatives CC'd and named in the greeting, one with his mobile; the applicant's
    values labelled below."""
    p = w.p
    (t1, f1, m1, e1), (t2, f2, m2, e2) = RELATIVES
    text = (
        f"เรียน เจ้าหน้าที่ และสำเนาถึง พี่{t1.removeprefix('นาง')} ({t1} {f1} โทร {m1}) กับน้อง{t2.removeprefix('นาย')} (มือถือ {mobile(m2, 1)})\n\n"
        "ขอยื่นคำร้องขอรับเบี้ยยังชีพผู้พิการของตัวเองค่ะ พี่น้องในสำเนาช่วยดูแลเรื่องเอกสาร\n\n"
        + "\n".join(labelled(w, i))
        + f"\n\nขอบคุณค่ะ\n{p.name}\n"
    )
    cc = f"{t1} {f1} <{e1}>, {t2} {f2} <{e2}>"
    return Case("plain_cc_relatives", message(w, i, "ขอรับเบี้ยความพิการ", text=text, cc=cc,
                from_=f"{p.first} {p.last} <{p.email}>"), exp(w, work_email=False))  # fmt: skip


WEBMAIL_FOOTER = (
    "------------------------------------------------------------\n"
    "ส่งจาก ThaiMail อีเมลฟรีของคนไทย www.thaimail.example.com\n"
    "หากไม่ต้องการรับข่าวสารจากเรา คลิก unsubscribe: https://thaimail.example.com/unsubscribe?u=88213\n"
    "บริษัท ไทยเมล ดิจิทัล จำกัด 1768 ถนนเพชรบุรีตัดใหม่ แขวงบางกะปิ เขตห้วยขวาง กรุงเทพมหานคร 10310 "
    "โทร 02-016-5555\n"
)


def plain_webmail_unsubscribe(w: Worker, i: int) -> Case:
    """A free webmail's footer: its unsubscribe link, its company's address and phone."""
    p = w.p
    text = ("เรียน เจ้าหน้าที่\n\nขอรับแบบฟอร์มขออนุญาตติดตั้งป้ายโฆษณาหน้าบ้านค่ะ\n\n"
            + "\n".join(labelled(w, i)) + "\n\n" + WEBMAIL_FOOTER)  # fmt: skip
    return Case("plain_webmail_unsubscribe", message(w, i, "ขอแบบฟอร์มติดตั้งป้าย", text=text,
                from_=f"{p.first} {p.last} <{p.email}>"), exp(w, work_email=False))  # fmt: skip


CARRIER_AD = (
    "\n\n--\nส่งจากมือถือ ไทยโมบาย 5G\n"
    "โปรเน็ตไม่อั้น 299 บาท/เดือน กด *900*299# โทรออก ฟรี! สอบถามโทร 1678 หรือ 0-2029-1678\n"
)


def plain_carrier_ad(w: Worker, i: int) -> Case:
    """Typed on a phone; the carrier's ad footer with a short code and hotlines."""
    p = w.p
    text = (f"แจ้งหลุมบนถนนในหมู่บ้าน รถจักรยานยนต์ล้มหลายคันแล้วครับ\n"
            f"{p.name}\nบัตร {p.nid}\nเกิด {born_th(p.born, i + 2)}\nบ้าน {home(p, i)}\n"
            f"โทร {mobile(p.mobile, i)}\n{p.email}" + CARRIER_AD)  # fmt: skip
    return Case("plain_carrier_ad", message(w, i, "หลุมบนถนน", text=text,
                from_=f"{p.first} {p.last} <{p.email}>"), exp(w, work_email=False))  # fmt: skip


def plain_subject_only(w: Worker, i: int) -> Case:
    """The request and its values only in the subject; a one-word body ("ตามหัวเรื่อง" /
    "ด่วน") and the phone's line."""
    p = w.p
    subject = (f"ขอคัดสำเนาทะเบียนบ้าน {p.name} เลขบัตร {p.nid} โทร {mobile(p.mobile, i)}",
               f"แจ้งสุนัขจรจัดกัดเด็ก - {p.name} {mobile(p.mobile, i)} บัตร {dashed(p.nid)}")[i % 2]  # fmt: skip
    body = ("ตามหัวเรื่อง\n\nส่งจาก iPhone ของฉัน\n", "ด่วน\n\nSent from my Galaxy\n")[i % 2]
    return Case("plain_subject_only", message(w, i, subject, text=body, from_=f"{p.first} {p.last} <{p.email}>"),
                exp(w, "full_name national_id phone email", work_email=False))  # fmt: skip


def plain_emoji_signature(w: Worker, i: int) -> Case:
    """The values only in an emoji signature: 🌸 name 🌸, 📱, 📧, 🏠 home, 💼 the company
    with its office line."""
    p = w.p
    text = (
        "สวัสดีค่ะ 🙏\nขอแจ้งขยะไม่มีคนมาเก็บหน้าบ้านมา 2 สัปดาห์แล้วค่ะ ส่งกลิ่นเหม็นมาก 😢\n"
        f"เลขบัตร {dashed(p.nid)} เกิด {born_th(p.born, i)} ค่ะ\n\n"
        f"🌸 {p.name} 🌸\n📱 {mobile(p.mobile, i)}\n📧 {p.email}\n🏠 {home(p, i)}\n"
        f"💼 {w.position} {w.company} ☎️ {w.office}{' #' + w.ext if w.ext else ''}\n✨ ขอบคุณค่ะ ✨\n"
    )
    return Case("plain_emoji_signature", message(w, i, "ขยะไม่มีคนเก็บ 🗑️", text=text,
                from_=f"{p.first} {p.last} <{p.email}>"), exp(w, work_email=False))  # fmt: skip


def plain_work_address_only(w: Worker, i: int) -> Case:
    """A shop owner about his own shop's sign tax: the only address he gives is the
    shop's, in his signature (kept, see the conventions)."""
    p = w.p
    text = (
        "เรียน เจ้าหน้าที่งานจัดเก็บรายได้\n\nขอรับแบบแสดงรายการภาษีป้าย (ภ.ป.1) สำหรับป้ายชื่อกิจการหน้าสำนักงาน "
        "(ที่อยู่ตามลายเซ็นด้านล่าง ข้าพเจ้าเป็นผู้รับผิดชอบยื่นแบบ) "
        f"และขอทราบยอดภาษีปี 2570 ครับ\nเลขบัตรประชาชนผู้ยื่น {p.nid} วันเกิด {born_th(p.born, i)}\n\n"
        + "\n".join(corp_sig(w, i))
        + "\n"
    )
    return Case("plain_work_address_only", message(w, i, "ขอแบบ ภ.ป.1", text=text),
                exp(w, at_work=True, untitled=i % 2 == 0))  # fmt: skip


# --- HTML -------------------------------------------------------------------------------------


def html_outlook_signature_table(w: Worker, i: int) -> Case:
    """Outlook HTML: labelled values in divs, then a signature table with the company's
    logo (alt text with its address), office line, fax, mobile, website, LINE OA, and a
    banner image whose alt text advertises a hotline."""
    p = w.p
    vals = "".join(f"<div>{x}</div>" for x in labelled(w, i))
    sig = (
        "<table cellpadding='0' style='border-top:2px solid #0a5'><tr>"
        f"<td><img src='cid:logo' alt='{w.company} {w.work_line}' width='90'></td>"
        f"<td><b>{p.name}</b><br>{w.position}<br>{w.company}<br>{w.work_line}<br>"
        f"T: {w.office}{' ext. ' + w.ext if w.ext else ''} &nbsp;F: {w.fax}<br>M: {mobile(p.mobile, i)}<br>"
        f"<a href='https://{w.web}'>{w.web}</a> | LINE OA {w.line_oa}</td></tr></table>"
        f"<p><img src='cid:banner' alt='โปรโมชั่นปลายปี ลดสูงสุด 50% สั่งซื้อโทร 02-233-9999'></p>"
    )
    html = html_doc(f"<div>เรียน เจ้าหน้าที่</div><div><br></div><div>ขอให้ตรวจสอบเสียงดังจากร้านคาราโอเกะใกล้บ้าน</div>"
                    f"<div><br></div>{vals}<div><br></div>{sig}")  # fmt: skip
    return Case("html_outlook_signature_table", message(w, i, "ร้องเรียนเสียงดัง", html=html), exp(w))


def html_disclaimer_grey(w: Worker, i: int) -> Case:
    """An HTML mail with the values in a two-column table and the bank's disclaimer in
    small grey type below."""
    p = w.p
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
        ("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed(p.nid)), ("วันเกิด", born_th(p.born, i + 1)),
        ("ที่อยู่", home(p, i + 1)), ("มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email)))  # fmt: skip
    disc = BANK_DISCLAIMER.replace("\n", "<br>")
    html = html_doc(
        f"<p>เรียน เจ้าหน้าที่</p><p>ขอยื่นคำร้องขอใช้ศาลาประชาคมจัดงานบุญ</p><table border='1'>{rows}</table>"
        f"<p>{p.name}</p><p style='font-size:8pt;color:#888'>{disc}</p>"
    )
    return Case("html_disclaimer_grey", message(w, i, "ขอใช้ศาลาประชาคม", html=html,
                from_=f"{p.first} {p.last} <{p.email}>"), exp(w, work_email=False))  # fmt: skip


def html_officer_thread(w: Worker, i: int) -> Case:
    """Gmail HTML: the answer above a blockquote of the officer's mail with her signature
    (name, position, agency address, desk phone)."""
    p = w.p
    name, _, _, _, mail = OFFICER
    vals = "<br>".join(labelled(w, i + 1))
    quote = "<br>".join(officer_quote(i))
    html = html_doc(
        f"<div dir='ltr'>เรียน คุณ{name.removeprefix('นางสาว')}<br><br>ข้อมูลตามที่ขอค่ะ<br>{vals}<br><br>ขอบคุณค่ะ</div><br>"
        f"<div class='gmail_quote'><div class='gmail_attr'>เมื่อ ศ. 4 ธ.ค. 2569 เวลา 14:15 {name} &lt;{mail}&gt; เขียนว่า:<br></div>"
        f"<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>{quote}</blockquote></div>"
    )
    return Case("html_officer_thread", message(w, i, "Re: ขอข้อมูลเพิ่มเติม เรื่องน้ำประปาไม่ไหล", html=html,
                from_=f"{p.first} {p.last} <{p.email}>"), exp(w, work_email=False))  # fmt: skip


def html_emoji_banner(w: Worker, i: int) -> Case:
    """An HTML mail from a small company: the request and the values in prose, an emoji
    signature with the company's LINE OA and a banner's alt text with its hotline."""
    p = w.p
    html = html_doc(
        f"<p>เรียน เจ้าหน้าที่ 🙏</p><p>ดิฉัน {p.name} เลขบัตรประชาชน {p.nid} เกิด {born_th(p.born, i)} "
        f"บ้านอยู่ {home(p, i)} ขอแจ้งน้ำท่วมขังในซอยเป็นเวลา 3 วันแล้วค่ะ</p>"
        f"<p>😊 {p.first} {p.last}<br>📱 {mobile(p.mobile, i + 1)}<br>✉️ {p.email}<br>"
        f"🏢 {w.company} ☎️ {w.office} 📠 {w.fax}<br>💬 LINE: {w.line_oa}</p>"
        "<p><img src='https://example.com/banner.png' alt='สายด่วนลูกค้า 1800-222-333 บริการ 24 ชั่วโมง'></p>"
    )
    return Case("html_emoji_banner", message(w, i, "น้ำท่วมขังในซอย", html=html), exp(w))


# --- Word -------------------------------------------------------------------------------------


def docx_company_letterhead(w: Worker, i: int) -> Case:
    """A Word letter typed on the company's letterhead template: the header holds the
    company's name, address, phones and tax number, the footer its website; the body is
    the employee's own request with his home."""
    p = w.p

    def build(d: Any) -> None:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = w.company
        sec.header.add_paragraph(w.work_line)
        sec.header.add_paragraph(f"โทร {w.office} โทรสาร {w.fax} เลขประจำตัวผู้เสียภาษี {w.tax_id}")
        sec.footer.paragraphs[
            0
        ].text = f"{w.web} | LINE OA {w.line_oa} | info@{w.web.removeprefix('www.')}"
        d.add_paragraph("7 ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอหนังสือรับรองการอยู่อาศัย")
        d.add_paragraph("เรียน นายกเทศมนตรี")
        d.add_paragraph(
            f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
            f"อยู่บ้านเลขที่ {home(p, i)} มีความประสงค์ขอหนังสือรับรองการอยู่อาศัยเพื่อใช้ประกอบการยื่นกู้ซื้อบ้าน"
        )
        d.add_paragraph(f"ติดต่อ มือถือ {mobile(p.mobile, i)} อีเมล {p.email}")
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({p.name})")

    raw = message(w, i, "ขอหนังสือรับรองการอยู่อาศัย", text="เรียน เจ้าหน้าที่ แนบหนังสือมาครับ\n\n" + "\n".join(corp_sig(w, i, own_mobile=False)) + "\n",
                  files=(("หนังสือรับรอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_company_letterhead", raw, exp(w))


def docx_form_disclaimer_mail(w: Worker, i: int) -> Case:
    """A Word form table attached; the mail body is only a line, the corporate signature
    and the hospital's disclaimer."""
    p = w.p
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่", home(p, i)), ("โทรศัพท์มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("เรื่อง", "ขอรับการสนับสนุนรถบรรทุกน้ำ")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        t = d.add_table(rows=len(rows), cols=2)
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    body = (
        "ส่งแบบคำร้องตามไฟล์แนบค่ะ\n\n"
        + "\n".join(corp_sig(w, i, own_mobile=False))
        + "\n\n"
        + HOSPITAL_DISCLAIMER
        + "\n"
    )
    raw = message(w, i, "แบบคำร้อง", text=body, files=(("คำร้อง.docx", docx_bytes(build), DOCX),))
    return Case("docx_form_disclaimer_mail", raw, exp(w))


# --- PDF --------------------------------------------------------------------------------------


def pdf_letterhead(w: Worker, i: int) -> Case:
    """A letter printed to PDF from the company's template: the company's name, address
    and phones in the page header, its website and tax number in the footer; the
    employee's own request and home in the body."""
    p = w.p
    head = [(20, 12, w.company), (20, 18, w.work_line), (20, 24, f"โทร {w.office} แฟกซ์ {w.fax}")]
    body = [
        "7 ธันวาคม 2569",
        "เรื่อง ขออนุญาตตัดคันหินทางเท้าหน้าบ้านเพื่อทำทางเข้าออก",
        "เรียน ผู้อำนวยการกองช่าง",
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid}",
        f"เกิดวันที่ {born_th(p.born, i)} ที่อยู่ {home(p, i)}",
        f"โทร {mobile(p.mobile, i)} อีเมล {p.email}",
        "ขอแสดงความนับถือ",
        f"({p.name})",
    ]
    foot = [(20, 285, f"{w.web}  LINE OA {w.line_oa}  เลขประจำตัวผู้เสียภาษี {w.tax_id}")]
    texts = head + [(20, 45 + 9 * n, line) for n, line in enumerate(body)] + foot
    raw = message(w, i, "ขออนุญาตตัดคันหิน (PDF)", text="แนบหนังสือขออนุญาตครับ\n",
                  files=(("letter.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_letterhead", raw, exp(w))


def pdf_form_signature_mail(w: Worker, i: int) -> Case:
    """A printed form's text layer attached (labels and values); the mail body a line and
    the corporate signature with the company's address and phones."""
    p = w.p
    lines = [
        "แบบคำร้องขอรับความช่วยเหลือ",
        f"ชื่อ-สกุล {p.name}   เลขประจำตัวประชาชน {dashed(p.nid)}",
        f"วันเกิด {born_th(p.born, i + 1)}   โทรศัพท์ {mobile(p.mobile, i)}",
        "ที่อยู่ " + home(p, i),
        f"อีเมล {p.email}",
        "ความประสงค์ ขอรับถุงยังชีพผู้ประสบอุทกภัย",
    ]
    texts = [(15, 25 + 10 * n, line) for n, line in enumerate(lines)]
    body = "ส่งแบบคำร้องครับ\n\n" + "\n".join(corp_sig(w, i, own_mobile=False)) + "\n"
    raw = message(w, i, "แบบคำร้อง PDF", text=body,
                  files=(("คำร้อง.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_form_signature_mail", raw, exp(w))


# --- vCard ------------------------------------------------------------------------------------


def qp(text: str) -> str:
    return quopri.encodestring(text.encode()).decode().replace("=\n", "")


def vcf_outlook_21(w: Worker, i: int) -> Case:
    """Outlook's business card, vCard 2.1 with quoted-printable UTF-8: the work phone,
    fax, cell, the work and home addresses; the body has the name, ID, birth date and
    request only."""
    p = w.p
    wk, hm = w.work, p
    wk_street = f"{wk.house} {' '.join(wk.segments()[:-2])}".strip()
    hm_street = f"{hm.house} {' '.join(hm.segments()[:-2])}".strip()
    hm_tambon, hm_amphoe = hm.segments()[-2:]
    card = "\r\n".join([
        "BEGIN:VCARD", "VERSION:2.1",
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(p.last)};{qp(p.title + p.first)}",
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(p.name)}",
        f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(w.company)}",
        f"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(w.position)}",
        f"TEL;WORK;VOICE:{w.office}", f"TEL;WORK;FAX:{w.fax}", f"TEL;CELL;VOICE:{mobile(p.mobile, i)}",
        f"ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;{qp(wk_street)};{qp(wk.tambon + ' ' + wk.amphoe)};{qp(wk.province)};{wk.postal};{qp('ประเทศไทย')}",
        f"ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;{qp(hm_street)};{qp(hm_tambon + ' ' + hm_amphoe)};{qp(hm.province)};{hm.postal};{qp('ประเทศไทย')}",
        f"URL;WORK:https://{w.web}", f"EMAIL;PREF;INTERNET:{w.work_email}", "REV:20261207T020000Z", "END:VCARD", "",
    ])  # fmt: skip
    text = (f"เรียน เจ้าหน้าที่\n\nขอแจ้งย้ายที่อยู่เข้าทะเบียนบ้านหลังใหม่ ขอทราบเอกสารที่ต้องเตรียมครับ\n"
            f"ชื่อ {p.name}\nเลขบัตรประชาชน {p.nid}\nเกิด {born_th(p.born, i)}\n"
            "รายละเอียดการติดต่อตามนามบัตรที่แนบครับ\n\n" + p.name + "\n")  # fmt: skip
    raw = message(w, i, "สอบถามการแจ้งย้ายเข้า", text=text,
                  files=((f"{p.first} {p.last}.vcf", card.encode(), "text/x-vcard"),))  # fmt: skip
    street = f"{hm_street} {hm_tambon} {hm_amphoe}"
    return Case("vcf_outlook_21", raw, exp(w, typed=(street, f"{street} {hm.province}")))


def vcf_iphone_30(w: Worker, i: int) -> Case:
    """A contact shared from an iPhone (vCard 3.0, item1.ADR with an X-ABLabel): the cell
    and the iPhone's work number, home and work addresses, both e-mails, the birthday."""
    p = w.p
    wk, hm = w.work, p
    hm_street = f"{hm.house} {' '.join(hm.segments()[:-2])}".strip()
    card = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
        f"N:{p.last};{p.first};;{p.title};", f"FN:{p.name}", f"ORG:{w.company};", f"TITLE:{w.position}",
        f"EMAIL;type=INTERNET;type=HOME;type=pref:{p.email}", f"EMAIL;type=INTERNET;type=WORK:{w.work_email}",
        f"TEL;type=CELL;type=VOICE;type=pref:{mobile(p.mobile, i + 1)}",
        f"TEL;type=WORK;type=VOICE:{w.office}{',' + w.ext if w.ext else ''}",
        f"item1.ADR;type=HOME;type=pref:;;{hm_street};{hm.segments()[-2]};{hm.segments()[-1]} {hm.province};{hm.postal};ประเทศไทย",
        "item1.X-ABADR:th",
        f"item2.ADR;type=WORK:;;{wk.house} {' '.join(wk.segments()[:-2])};{wk.segments()[-2]};{wk.segments()[-1]} {wk.province};{wk.postal};ประเทศไทย",
        "item2.X-ABADR:th",
        f"BDAY:{p.born.isoformat()}", f"item3.URL;type=pref:{w.web}", "item3.X-ABLabel:_$!<HomePage>!$_",
        "END:VCARD", "",
    ])  # fmt: skip
    text = (f"ขอแจ้งเรื่องท่อประปาแตกหน้าบ้าน น้ำไหลทิ้งทั้งวันครับ\nเลขบัตร {dashed(p.nid)}\n"
            "ที่อยู่และเบอร์ติดต่อตามรายชื่อที่แนบครับ\n\nส่งจาก iPhone ของฉัน\n")  # fmt: skip
    raw = message(w, i, "ท่อประปาแตก", text=text, from_=f"{p.first} {p.last} <{p.email}>",
                  files=((f"{p.first} {p.last}.vcf", card.encode(), VCARD),))  # fmt: skip
    seg = hm.segments()
    street = f"{hm_street} {seg[-2]} {seg[-1]}"
    return Case("vcf_iphone_30", raw, exp(w, typed=(street, f"{street} {hm.province}")))


STYLES: tuple[Style, ...] = (
    plain_corporate_signature, plain_mobile_only_in_signature, plain_bank_disclaimer,
    plain_hospital_disclaimer, plain_on_behalf, plain_officer_thread, plain_cc_relatives,
    plain_webmail_unsubscribe, plain_carrier_ad, plain_subject_only, plain_emoji_signature,
    plain_work_address_only,
    html_outlook_signature_table, html_disclaimer_grey, html_officer_thread, html_emoji_banner,
    docx_company_letterhead, docx_form_disclaimer_mail,
    pdf_letterhead, pdf_form_signature_mail,
    vcf_outlook_21, vcf_iphone_30,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "vcf": "vCard"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two workers (its two variants), a different pair per style."""
    return two_each(STYLES, WORKERS)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    return [
        ("a request sent on behalf of the boss", plain_on_behalf(WORKERS[2], 90).raw, "request"),
        ("a reply to the officer's question", plain_officer_thread(WORKERS[5], 91).raw, "request"),
    ]
