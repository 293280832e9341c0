"""A forty-ninth set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK'S INBOX of a northeastern อบต. (Isan). Not tricks: the mix an agency
really gets, each kind in its usual shape. Elders' requests typed by a grandchild on a
phone; a young man's Gmail with a Word form he typed from a phone scan; an office
worker's Outlook HTML with her signature; the agency's own forms (คำร้องทั่วไป,
เบี้ยยังชีพ, ขออนุญาตใช้สถานที่, แจ้งซ่อมไฟฟ้าสาธารณะ, ขอน้ำอุปโภค) exported from Word to
PDF; a LibreOffice ODT from a school; a reply filling the agency's quoted blank template;
a request forwarded by a relative. Isan place names and surnames; Isan/Lao-influenced
spellings in free text only (บ่มี, เด้อ, ข่อย), never in labels.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the builders and tests of sets 45 and 46, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own: the elder, not the grandchild who types or the relative who
  forwards; the school's director who signs the school's letter (its address is the
  school's). A grandchild's, a forwarder's, a headman's values are never hers.
- phone: her own mobile (+66... or 0...), expected only when she gives one; an office
  worker whose signature gives her office line and her mobile: either is right.
- email: her own only; a grandchild's or forwarder's From is not hers.
- birth_date ISO; a date of an event, of a lamp's failure or of a water delivery is
  never it. A pole number, a household count, a quantity of water is never a phone/ID.
- address: her home as set 5's `addresses` accepts it.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@nongkhon.go.th"
ODT = "application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class Villager:
    """The applicant (`p`) and the relative who types, forwards or helps (`kin`)."""

    p: Person
    kin: str  # titled name
    kin_mobile: str
    kin_email: str
    relation: str  # what the kin is to the applicant
    office_line: str  # a landline (office or school), 9 digits


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, tambon: str, amphoe: str, province: str, postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  "", "", tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Villager, ...] = (
    Villager(P("นาง", "บัวพันธ์", "ศรีภูธร", "340010045521", date(1956, 6, 2), "0857731204", "",
               "45", "7", "บ้านหว้า", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
             "นางสาวกิตติยา ศรีภูธร", "0912287734", "kittiya.sp@gmail.com", "หลานสาว", "043261145"),
    Villager(P("นาย", "คำพอง", "โคตรมณี", "340150023387", date(1988, 11, 20), "0824419062", "khampong.km@gmail.com",
               "112", "3", "ในเมือง", "บ้านไผ่", "ขอนแก่น", "40110"),
             "นางคำปุ่น โคตรมณี", "0872216650", "", "มารดา", "043272318"),
    Villager(P("นาง", "ทองม้วน", "ภูผาลา", "346010011904", date(1951, 3, 9), "", "",
               "8", "11", "กาฬสินธุ์", "เมืองกาฬสินธุ์", "กาฬสินธุ์", "46000"),
             "นายธนากร ภูผาลา", "0645518823", "thanakorn.pp@gmail.com", "หลานชาย", "043811226"),
    Villager(P("นางสาว", "ปวีณา", "พลราชม", "344010078812", date(1990, 8, 14), "0956612287", "paweena.p@outlook.com",
               "67/2", "", "ตลาด", "เมืองมหาสารคาม", "มหาสารคาม", "44000"),
             "นายสมศักดิ์ พลราชม", "0817740213", "", "บิดา", "043711520"),
    Villager(P("นาย", "บุญมี", "แก้วกันหา", "345010032276", date(1948, 12, 1), "0883301947", "",
               "201", "5", "เหนือเมือง", "เมืองร้อยเอ็ด", "ร้อยเอ็ด", "45000"),
             "นางสาวจุฑามาศ แก้วกันหา", "0619924105", "jutamas.kk@gmail.com", "หลานสาว", "043512207"),
    Villager(P("นาง", "หนูเพียร", "สุวรรณชาติ", "335010044410", date(1959, 4, 25), "0931185560", "",
               "19", "2", "ในเมือง", "เมืองยโสธร", "ยโสธร", "35000"),
             "นายอนุชา สุวรรณชาติ", "0862270391", "anucha.sw@hotmail.com", "บุตรชาย", "045711843"),
    Villager(P("นาย", "วีระพงษ์", "ศรีบุญเรือง", "339010052218", date(1979, 1, 30), "0897716354", "weerapong.sbr@gmail.com",
               "88", "9", "ลำภู", "เมืองหนองบัวลำภู", "หนองบัวลำภู", "39000"),
             "นางแสงเดือน ศรีบุญเรือง", "0626631408", "", "ภรรยา", "042312955"),
    Villager(P("นาง", "สมหวัง", "บุตรดีวงศ์", "337010066135", date(1962, 9, 17), "0848802216", "somwang.bd@yahoo.com",
               "5/1", "4", "บุ่ง", "เมืองอำนาจเจริญ", "อำนาจเจริญ", "37000"),
             "นางสาวนภาพร บุตรดีวงศ์", "0953378812", "naphaporn.b@gmail.com", "บุตรสาว", "045451190"),
    Villager(P("นางสาว", "อรอุมา", "จันทร์หอม", "338010019947", date(1985, 2, 6), "0807745529", "onuma.ch@gmail.com",
               "140", "6", "บึงกาฬ", "เมืองบึงกาฬ", "บึงกาฬ", "38000"),
             "นายประสิทธิ์ จันทร์หอม", "0899014467", "", "สามี", "042491178"),
    Villager(P("นาย", "ทองดี", "ไชยมาตย์", "340020087716", date(1953, 7, 11), "0866654120", "",
               "33", "12", "ศิลา", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
             "นายณัฐวุฒิ ไชยมาตย์", "0988812356", "nattawut.cm@gmail.com", "หลานชาย", "043202871"),
)  # fmt: skip

Style = Callable[[Villager, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(
    v: Villager, keys: str = "", *typed: str, office: bool = False
) -> dict[str, tuple[str, ...]]:
    """Her values for `keys` (all, by default): no phone or e-mail when she gives none."""
    p = v.p
    phones = ("+66" + p.mobile[1:], p.mobile) if p.mobile else ()
    if office:
        phones += ("+66" + v.office_line[1:], v.office_line)
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": phones,
        "email": (p.email.lower(),),
        "address": addresses(p, *typed),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names if not (k == "phone" and not phones)
            and not (k == "email" and not p.email)}  # fmt: skip


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def spaced(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (m, f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}-{m[3:]}")[k % 3]


def line(n: str) -> str:
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


def home(p: Person, k: int) -> str:
    prov = p.province_written if k % 2 else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def age(p: Person) -> int:
    return 2569 - (p.born.year + 543)


def me(p: Person) -> str:
    return "ผม" if p.title == "นาย" else "ดิฉัน"


def ending(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


def kin_me(v: Villager) -> str:
    return "ผม" if v.kin.startswith("นาย") else "ดิฉัน"


def kin_ending(v: Villager) -> str:
    return "ครับ" if v.kin.startswith("นาย") else "ค่ะ"


def untitled(name: str) -> str:
    for title in ("นางสาว", "นาง", "นาย"):
        if name.startswith(title):
            return name[len(title) :]
    return name


def message(v: Villager, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    p = v.p
    msg = EmailMessage()
    msg["From"] = from_ or (f"{p.first} {p.last} <{p.email}>" if p.email
                            else f"{untitled(v.kin)} <{v.kin_email or f'kin{n}@gmail.com'}>")  # fmt: skip
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 8 + n % 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set49-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def kin_from(v: Villager, n: int) -> str:
    return f"{untitled(v.kin)} <{v.kin_email or f'kin{n}@gmail.com'}>"


def odt_bytes(paragraphs: list[str], table: Sequence[tuple[str, str]] = ()) -> bytes:
    """A LibreOffice Writer file: paragraphs, then an optional two-column table."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')  # fmt: skip
    body = "".join(f'<text:p text:style-name="Standard">{escape(t)}</text:p>' for t in paragraphs)
    if table:
        rows = "".join(
            f'<table:table-row><table:table-cell office:value-type="string"><text:p>{escape(a)}</text:p></table:table-cell>'
            f'<table:table-cell office:value-type="string"><text:p>{escape(b)}</text:p></table:table-cell></table:table-row>'
            for a, b in table
        )
        body += f'<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>{rows}</table:table>'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_form(lines: list[str]) -> bytes:
    """The agency's form as Word exports it to PDF: one line of text per form line."""
    return pdf_page([(20, 25 + 8.5 * n, t) for n, t in enumerate(lines)], size=14, face="Laksaman")


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>\n'


# --- plain text ----------------------------------------------------------------------------


def plain_grandchild_phone(v: Villager, i: int) -> Case:
    """A grandchild types grandma's request on a phone from her own Gmail: short lines,
    the elder's details after a line saying so, the grandchild's mobile at the end too."""
    p = v.p
    lines = [f"ชื่อ {p.name}", f"บัตร ปชช {(p.nid, dashed(p.nid))[i % 2]}", f"เกิด {born_th(p.born, i)}",
             f"บ้านเลขที่ {home(p, i)}"]  # fmt: skip
    lines += [f"เบอร์ยาย {mobile(p.mobile, i)}"] if p.mobile else []
    text = (
        f"สวัสดีค่ะ หนูเป็น{v.relation}ของ{p.name} พิมพ์แทนยายเด้อค่ะ ยายอ่านหนังสือบ่ได้\n"
        "ยายอยากลงทะเบียนเบี้ยผู้สูงอายุค่ะ ข้อมูลยายตามนี้นะคะ\n\n"
        + "\n".join(lines)
        + f"\n\nถ้าติดต่อยายบ่ได้ โทรหาหนูได้ค่ะ {mobile(v.kin_mobile, i + 1)} ({untitled(v.kin)})\nขอบคุณค่ะ\n\nส่งจาก Android\n"
    )
    raw = message(v, i, "ลงทะเบียนเบี้ยผู้สูงอายุให้ยาย", text=text, from_=kin_from(v, i))
    return Case(
        "plain_grandchild_phone",
        raw,
        exp(v, "full_name national_id birth_date phone address postal_code province"),
    )


def plain_streetlight_isan(v: Villager, i: int) -> Case:
    """A short report of a dead street lamp in Isan-flavoured Thai: the pole's number and
    since when, then who reports."""
    p = v.p
    text = (
        f"เรียน อบต.\n\nไฟทางหน้าบ้าน{me(p)} บ่ติดมาได้ 2 อาทิตย์แล้ว{ending(p)} เสาไฟต้นที่ {14 + i} "
        f"ทางไปวัดป่า หมู่ {p.moo or '1'} กลางคืนมืดหลาย เด็กน้อยขี่รถถีบไปโรงเรียนบ่เห็นทาง "
        f"ฝากมาเบิ่งแนเด้อ{ending(p)} ดับตั้งแต่วันที่ {20 + i % 8} พ.ย. 69\n\n"
        f"ผู้แจ้ง {p.name}\nที่อยู่ {home(p, i)}\n" + (f"โทร {mobile(p.mobile, i)}\n" if p.mobile else "")
    )
    return Case("plain_streetlight_isan", message(v, i, "แจ้งไฟทางดับ", text=text),
                exp(v, "full_name phone email address postal_code province"))  # fmt: skip


def plain_template_reply(v: Villager, i: int) -> Case:
    """A reply that fills the agency's blank template above the quoted blank one."""
    p = v.p
    labels = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่", "โทรศัพท์", "เรื่องที่ขอ")
    values = (p.name, (dashed(p.nid), p.nid)[i % 2], born_th(p.born, i + 1), home(p, i),
              mobile(p.mobile, i) if p.mobile else "-", "ขอรับน้ำอุปโภค (น้ำใช้) บ่อบาดาลแห้ง")  # fmt: skip
    filled = "\n".join(f"{a}: {b}" for a, b in zip(labels, values, strict=True))
    quoted = "\n".join(f"> {a}: ........................................" for a in labels)
    text = (
        f"{filled}\n\nขอบคุณ{ending(p)}\n\n"
        f"เมื่อ ศ. 4 ธ.ค. 2569 เวลา 09:12 องค์การบริหารส่วนตำบล <{AGENCY}> เขียนว่า:\n"
        "> เรียน ผู้ยื่นคำร้อง\n> กรุณากรอกข้อมูลตามแบบด้านล่างแล้วตอบกลับอีเมลนี้\n>\n"
        f"{quoted}\n>\n> งานธุรการ อบต.\n"
    )
    from_ = "" if p.email else kin_from(v, i)
    return Case("plain_template_reply", message(v, i, "Re: แบบฟอร์มคำร้อง", text=text, from_=from_),
                exp(v, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


def plain_forwarded_relative(v: Villager, i: int) -> Case:
    """A son or daughter forwards the applicant's request (typed by her on LINE, pasted)
    with a line of their own on top."""
    p = v.p
    inner = (
        f"{me(p)}{p.name} อายุ {age(p)} ปี\nเลขบัตร {dashed(p.nid)}\n"
        f"อยู่บ้านเลขที่ {home(p, i)}\n"
        + (f"โทร {mobile(p.mobile, i)}\n" if p.mobile else "")
        + "ขออนุญาตใช้ศาลาประชาคมหมู่บ้าน จัดงานบุญขึ้นบ้านใหม่ วันที่ 20 ธ.ค. 2569 คนประมาณ 80 คน\n"
    )
    text = (
        f"ส่งต่อเรื่องของ{('แม่', 'พ่อ')[p.title == 'นาย']}{kin_ending(v)} {kin_me(v)}เป็น{v.relation} ({v.kin} โทร {v.kin_mobile})\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {p.first} {p.last}\nDate: จ. 7 ธ.ค. 2569 เวลา 19:40\nSubject: ขอใช้ศาลา\n\n{inner}"
    )
    return Case("plain_forwarded_relative", message(v, i, "Fwd: ขอใช้ศาลา", text=text, from_=kin_from(v, i)),
                exp(v, "full_name national_id phone address postal_code province"))  # fmt: skip


def plain_water_request(v: Villager, i: int) -> Case:
    """ขอน้ำอุปโภค in a drought: the household's size, the tank's litres, the date wanted."""
    p = v.p
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\nเรื่อง ขอรับการสนับสนุนน้ำอุปโภค\n\n"
        f"ด้วย{me(p)} {p.name} เลขประจำตัวประชาชน {p.nid} อยู่บ้านเลขที่ {home(p, i + 1)} "
        f"ปีนี้ฝนแล้ง น้ำในบ่อบ่มีแล้ว ในบ้านมีสมาชิก {3 + i % 4} คน ขอน้ำใช้ 2,000 ลิตร (ถังขนาด 2,000 ลิตร 1 ใบ) "
        f"ภายในวันที่ {10 + i % 5} ธันวาคม 2569\n\n"
        + (f"ติดต่อ {mobile(p.mobile, i)}\n" if p.mobile else "")
        + f"\nด้วยความเคารพ\n{p.name}\n"
    )
    from_ = "" if p.email else kin_from(v, i)
    return Case("plain_water_request", message(v, i, "ขอน้ำอุปโภค", text=text, from_=from_),
                exp(v, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_venue_permit(v: Villager, i: int) -> Case:
    """ขออนุญาตใช้สถานที่ for a merit-making or an ordination: the event's dates and
    times, the number of guests, tables and chairs, then her details."""
    p = v.p
    text = (
        "เรื่อง ขออนุญาตใช้สถานที่ (หอประชุม อบต.)\n\n"
        f"{me(p)}ขออนุญาตใช้หอประชุมจัดงานบวชลูกชาย วันที่ {12 + i % 10}-{13 + i % 10} มกราคม 2570 "
        "เวลา 06.00-21.00 น. แขกประมาณ 150 คน ขอยืมโต๊ะ 20 ตัว เก้าอี้ 150 ตัว เต็นท์ 2 หลัง\n\n"
        f"ชื่อผู้ขอ: {p.name}\nเลขบัตรประชาชน: {spaced(p.nid)}\nวันเกิด: {born_th(p.born, i + 2)}\n"
        f"ที่อยู่: {home(p, i)}\n" + (f"เบอร์โทร: {mobile(p.mobile, i + 2)}\n" if p.mobile else "")
    )
    from_ = "" if p.email else kin_from(v, i)
    return Case("plain_venue_permit", message(v, i, "ขอใช้หอประชุม", text=text, from_=from_),
                exp(v, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


def plain_gmail_signature(v: Villager, i: int) -> Case:
    """A young man's Gmail: a paragraph of the request, then a signature of name, mobile,
    LINE ID and e-mail; the ID typed in the paragraph."""
    p = v.p
    text = (
        f"สวัสดี{ending(p)}\n\n{me(p)}ขอคัดสำเนาทะเบียนบ้าน / ขอหนังสือรับรองที่อยู่ เพื่อใช้ยื่นสมัครงานที่บริษัท "
        f"เลขบัตรประชาชน {p.nid} เกิด {born_th(p.born, i)} อยู่ {home(p, i)} "
        f"จะเข้าไปรับเองวันศุกร์ที่ 11 ธ.ค. นี้{ending(p)}\n\n--\n{p.name}\nTel. {mobile(p.mobile, i + 1)}\n"
        f"Line ID: {p.first[:3]}{p.born.year % 100}\n{p.email}\n"
    )
    return Case("plain_gmail_signature", message(v, i, "ขอหนังสือรับรองที่อยู่", text=text), exp(v))


def plain_general_petition(v: Villager, i: int) -> Case:
    """A formal คำร้องทั่วไป typed into the body: เขียนที่, date, ข้าพเจ้า..., the road's
    potholes, ending with her signature line."""
    p = v.p
    text = (
        "คำร้องทั่วไป\n\n"
        f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {5 + i % 3} เดือน ธันวาคม พ.ศ. 2569\n\n"
        "เรื่อง ขอให้ซ่อมแซมถนนลูกรังในหมู่บ้าน\nเรียน นายกองค์การบริหารส่วนตำบล\n\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p)} ปี เลขประจำตัวประชาชน {dashed(p.nid)} "
        f"อยู่บ้านเลขที่ {home(p, i)} โทรศัพท์ {mobile(p.mobile, i) if p.mobile else '-'}\n"
        f"มีความประสงค์ ขอให้ซ่อมถนนลูกรังสายบ้านนา-หนองแวง ยาวประมาณ 800 เมตร เป็นหลุมเป็นบ่อ "
        "หน้าฝนรถจักรยานยนต์ล้มหลายคันแล้ว\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง\n"
    )
    from_ = "" if p.email else kin_from(v, i)
    return Case("plain_general_petition", message(v, i, "คำร้องทั่วไป ขอซ่อมถนน", text=text, from_=from_),
                exp(v, "full_name national_id phone email address postal_code province"))  # fmt: skip


# --- HTML ---------------------------------------------------------------------------------


def html_outlook_signature(v: Villager, i: int) -> Case:
    """An office's Outlook HTML (a community enterprise's chair): MsoNormal paragraphs,
    the request, then the signature with position, office line with extension, mobile and
    the office's mailbox, which sends it and is taken as hers."""
    p = v.p
    work = f"nonsung.silk{i}@outlook.co.th"
    paras = [
        "เรียน เจ้าหน้าที่ อบต.",
        "&nbsp;",
        f"{me(p)} {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
        f"มีทะเบียนบ้านอยู่ที่ {home(p, i)} ขอแจ้งซ่อมไฟฟ้าสาธารณะ ดวงโคมหน้าบ้านกระพริบทั้งคืน",
        "&nbsp;",
        f"ขอบคุณ{ending(p)}",
        "&nbsp;",
        f"<b>{p.name}</b>",
        "ประธานกลุ่มวิสาหกิจชุมชนทอผ้าไหมบ้านโนนสูง",
        f"โทร {line(v.office_line)} ต่อ {110 + i}"
        + (f" | มือถือ {mobile(p.mobile, i)}" if p.mobile else ""),
        f'<a href="mailto:{work}">{work}</a>',
    ]
    body = "".join(
        f'<p class="MsoNormal"><span lang="TH" style="font-family:\'Tahoma\',sans-serif">{x}</span></p>'
        for x in paras
        if x
    )
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head>'
            f'<body lang="EN-US"><div class="WordSection1">{body}</div></body></html>\n')  # fmt: skip
    e = exp(v, "full_name national_id birth_date phone address postal_code province", office=True)
    raw = message(v, i, "แจ้งซ่อมไฟฟ้าสาธารณะ", html=html, from_=f"{p.first} {p.last} <{work}>")
    return Case("html_outlook_signature", raw, e | {"email": (work,)})


def html_gmail_alternative(v: Villager, i: int) -> Case:
    """Gmail's multipart/alternative: the same request as text and as div-per-line HTML."""
    p = v.p
    lines = ["เรียน เจ้าหน้าที่กองสวัสดิการ", "", f"{me(p)}ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ{ending(p)}",
             f"ชื่อ {p.name}", f"เลขประจำตัวประชาชน {p.nid}", f"วันเกิด {born_th(p.born, i + 1)}",
             f"ที่อยู่ {home(p, i + 1)}"]  # fmt: skip
    lines += [f"โทร {mobile(p.mobile, i)}"] if p.mobile else []
    text = "\n".join(lines) + "\n"
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    from_ = "" if p.email else kin_from(v, i)
    return Case("html_gmail_alternative", message(v, i, "ลงทะเบียนเบี้ยยังชีพ", text=text, html=html, from_=from_),
                exp(v, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


def html_streetlight_table(v: Villager, i: int) -> Case:
    """The agency's web-form mail of a street-lamp report: a two-column HTML table."""
    p = v.p
    rows = [("ชื่อผู้แจ้ง", p.name), ("เลขบัตรประชาชน", p.nid), ("ที่อยู่", home(p, i)),
            ("เบอร์โทรศัพท์", mobile(p.mobile, i) if p.mobile else "-"), ("อีเมล", p.email or "-"),
            ("จุดที่ชำรุด", f"เสาไฟฟ้าต้นที่ {30 + i} หน้าโรงเรียนบ้านโนนสูง"),
            ("อาการ", "หลอดขาด ไฟบ่ติด"), ("วันที่พบ", f"{1 + i % 6} ธ.ค. 2569")]  # fmt: skip
    t = "".join(f"<tr><th align='left'>{a}</th><td>{b}</td></tr>" for a, b in rows)
    html = html_doc(
        f"<p>มีผู้แจ้งซ่อมไฟฟ้าสาธารณะผ่านเว็บไซต์</p><table border='1' cellpadding='4'>{t}</table>"
    )
    raw = message(
        v, i, "[แจ้งซ่อม] ไฟฟ้าสาธารณะ", html=html, from_="เว็บไซต์ อบต. <noreply@nongkhon.go.th>"
    )
    return Case(
        "html_streetlight_table",
        raw,
        exp(v, "full_name national_id phone email address postal_code province"),
    )


# --- Word ---------------------------------------------------------------------------------


def docx_typed_from_scan(v: Villager, i: int) -> Case:
    """A young man photographed the paper form with his phone and typed it into Word as it
    looked: dotted leaders around every value, two values on a line."""
    p = v.p

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph("เขียนที่....องค์การบริหารส่วนตำบล....")
        d.add_paragraph(f"วันที่....{7 + i % 4}....เดือน....ธันวาคม....พ.ศ....2569....")
        d.add_paragraph("เรื่อง....ขอรับการช่วยเหลือซ่อมแซมบ้านที่ถูกพายุ....")
        d.add_paragraph(f"ข้าพเจ้า....{p.name}....อายุ....{age(p)}....ปี")
        d.add_paragraph(
            f"เลขประจำตัวประชาชน....{dashed(p.nid)}....เกิดวันที่....{born_th(p.born, i)}...."
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่....{p.house}....หมู่ที่....{p.moo or '-'}....ตำบล....{p.tambon}...."
        )
        d.add_paragraph(
            f"อำเภอ....{p.amphoe}....จังหวัด....{p.province}....รหัสไปรษณีย์....{p.postal}...."
        )
        d.add_paragraph(f"โทรศัพท์....{mobile(p.mobile, i) if p.mobile else '-'}....")
        d.add_paragraph("มีความประสงค์....หลังคาสังกะสีปลิวไป 12 แผ่น เมื่อวันที่ 2 ธ.ค. 69....")
        d.add_paragraph(f"ลงชื่อ....{p.name}....ผู้ยื่นคำร้อง")

    from_ = "" if p.email else kin_from(v, i)
    raw = message(v, i, "คำร้องซ่อมบ้าน", text=f"ส่งคำร้องตามไฟล์แนบ{ending(p)}\n", from_=from_,
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_typed_from_scan", raw,
                exp(v, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


def docx_allowance_table(v: Villager, i: int) -> Case:
    """The elderly allowance form made as a Word table, filled by a grandchild, with the
    grandchild's row as ผู้กรอกแทน at the bottom."""
    p = v.p
    rows = [("ชื่อ-สกุลผู้สูงอายุ", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("อายุ", f"{age(p)} ปี"),
            ("ที่อยู่ตามทะเบียนบ้าน", home(p, i + 1)), ("โทรศัพท์", mobile(p.mobile, i) if p.mobile else "-"),
            ("ผู้กรอกแทน", f"{v.kin} ({v.relation}) โทร {mobile(v.kin_mobile, i)}")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2570")
        t = d.add_table(rows=len(rows), cols=2)
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    raw = message(v, i, "แบบคำขอเบี้ยยังชีพ", text="ส่งแบบคำขอของยายค่ะ\n", from_=kin_from(v, i),
                  files=(("เบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_allowance_table", raw,
                exp(v, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def docx_water_letter(v: Villager, i: int) -> Case:
    """A letter typed in Word asking for water for a household, the village headman named
    as the one who certifies it (his name only)."""
    p = v.p

    def build(d: Any) -> None:
        d.add_paragraph(f"บ้านเลขที่ {p.house} หมู่ {p.moo}")
        d.add_paragraph(f"{8 + i % 3} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอน้ำอุปโภคบริโภค")
        d.add_paragraph("เรียน นายกองค์การบริหารส่วนตำบล")
        d.add_paragraph(
            f"\tด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"อยู่บ้านเลขที่ {home(p, i)} โทร {mobile(p.mobile, i) if p.mobile else '-'} "
            "ได้รับความเดือดร้อนขาดแคลนน้ำ โอ่งน้ำฝนแห้งหมดแล้ว จึงขอความอนุเคราะห์น้ำ 1 เที่ยวรถ (6,000 ลิตร)"
        )
        d.add_paragraph("\tโดยมีผู้ใหญ่บ้าน นายสุรชัย พรมมา เป็นผู้รับรอง")
        d.add_paragraph(f"ขอแสดงความนับถือ\n({p.name})")

    from_ = "" if p.email else kin_from(v, i)
    raw = message(v, i, "หนังสือขอน้ำ", text="เรียน อบต. แนบหนังสือขอน้ำ\n", from_=from_,
                  files=(("ขอน้ำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_water_letter", raw,
                exp(v, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


# --- ODT ----------------------------------------------------------------------------------


def odt_school_letter(v: Villager, i: int) -> Case:
    """A school's letter in LibreOffice asking to use the อบต.'s hall for a sports day:
    the school's number and address at the top, signed by the director (the applicant,
    `p` stands for him and the school's address is his `home` here)."""
    p = v.p
    school = f"โรงเรียนบ้าน{p.tambon}"
    paras = [
        f"ที่ ศธ 04{10 + i} / {250 + i}",
        school,
        f"{p.house} หมู่ที่ {p.moo or '1'} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}",
        f"{9 + i % 3} ธันวาคม 2569",
        "เรื่อง ขออนุญาตใช้สนามกีฬาและหอประชุม",
        "เรียน นายกองค์การบริหารส่วนตำบล",
        f"\tด้วย{school} จะจัดการแข่งขันกีฬาสีประจำปี ในวันที่ 22-23 ธันวาคม 2569 นักเรียน 240 คน "
        "จึงขออนุญาตใช้สนามกีฬาและหอประชุมของ อบต. พร้อมเครื่องเสียง 1 ชุด",
        "ขอแสดงความนับถือ",
        f"({p.name})",
        f"ผู้อำนวยการ{school}",
        f"โทร {line(v.office_line)}" + (f" มือถือ {mobile(p.mobile, i)}" if p.mobile else ""),
    ]
    raw = message(v, i, f"หนังสือ{school} ขอใช้สถานที่", text="เรียน อบต. ส่งหนังสือขอใช้สถานที่ตามไฟล์แนบ\n",
                  from_=f"{school} <school{i}@obec.example.th>",
                  files=(("หนังสือขอใช้สถานที่.odt", odt_bytes(paras), ODT),))  # fmt: skip
    return Case(
        "odt_school_letter",
        raw,
        exp(v, "full_name phone address postal_code province", office=True),
    )


def odt_general_form(v: Villager, i: int) -> Case:
    """The agency's คำร้องทั่วไป kept as ODT by a school clerk and filled in as a table."""
    p = v.p
    table = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed(p.nid)),
             ("วันเดือนปีเกิด", born_th(p.born, i)), ("ที่อยู่", home(p, i)),
             ("โทรศัพท์", mobile(p.mobile, i) if p.mobile else "-"), ("อีเมล", p.email or "-"),
             ("เรื่อง", "ขอให้ตัดกิ่งไม้ที่พาดสายไฟหน้าบ้าน")]  # fmt: skip
    raw = message(v, i, "คำร้องทั่วไป", text=f"แนบคำร้อง{ending(p)}\n",
                  from_="" if p.email else kin_from(v, i),
                  files=(("คำร้องทั่วไป.odt", odt_bytes(["คำร้องทั่วไป", "เรียน นายก อบต."], table), ODT),))  # fmt: skip
    return Case("odt_general_form", raw, exp(v))


# --- PDF (the agency's forms exported from Word) --------------------------------------------


def pdf_general_form(v: Villager, i: int) -> Case:
    """คำร้องทั่วไป, the agency's Word form filled and exported to PDF."""
    p = v.p
    lines = ["คำร้องทั่วไป", "เขียนที่ องค์การบริหารส่วนตำบล", f"วันที่ {7 + i % 4} เดือน ธันวาคม พ.ศ. 2569",
             "เรื่อง ขอความอนุเคราะห์รถกู้ภัยตัดต้นไม้ล้ม", "เรียน นายกองค์การบริหารส่วนตำบล",
             f"ข้าพเจ้า {p.name} อายุ {age(p)} ปี", f"เลขประจำตัวประชาชน {dashed(p.nid)}",
             f"อยู่บ้านเลขที่ {p.house} หมู่ที่ {p.moo or '-'} ตำบล{p.tambon} อำเภอ{p.amphoe}",
             f"จังหวัด{p.province} รหัสไปรษณีย์ {p.postal} โทรศัพท์ {mobile(p.mobile, i) if p.mobile else '-'}",
             "ต้นมะขามล้มขวางทางเข้าหมู่บ้าน", f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง"]  # fmt: skip
    raw = message(v, i, "คำร้องทั่วไป (PDF)", text="แนบไฟล์คำร้อง\n", from_="" if p.email else kin_from(v, i),
                  files=(("คำร้องทั่วไป.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case(
        "pdf_general_form",
        raw,
        exp(v, "full_name national_id phone email address postal_code province"),
    )


def pdf_allowance_form(v: Villager, i: int) -> Case:
    """แบบคำขอเบี้ยยังชีพ exported to PDF: the elder's lines, then ผู้ยื่นแทน."""
    p = v.p
    lines = ["แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "ข้อมูลผู้สูงอายุ",
             f"ชื่อ-สกุล {p.name}", f"วัน/เดือน/ปีเกิด {born_th(p.born, i + 2)} อายุ {age(p)} ปี",
             f"เลขประจำตัวประชาชน {p.nid}", f"ที่อยู่ตามทะเบียนบ้าน {home(p, i)}",
             f"โทรศัพท์ {mobile(p.mobile, i) if p.mobile else '-'}",
             "กรณีผู้สูงอายุมอบอำนาจ", f"ผู้รับมอบอำนาจ {v.kin} โทรศัพท์ {mobile(v.kin_mobile, i + 1)}",
             f"ความเกี่ยวข้อง {v.relation}"]  # fmt: skip
    raw = message(v, i, "คำขอเบี้ยยังชีพ (PDF)", text="ส่งแบบคำขอค่ะ\n", from_=kin_from(v, i),
                  files=(("เบี้ยยังชีพ.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_allowance_form", raw,
                exp(v, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def pdf_venue_form(v: Villager, i: int) -> Case:
    """แบบขออนุญาตใช้สถานที่ exported to PDF: the event's date and time lines around hers."""
    p = v.p
    lines = ["แบบคำขออนุญาตใช้สถานที่ องค์การบริหารส่วนตำบล",
             f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {spaced(p.nid)}",
             f"ที่อยู่ {home(p, i + 1)}", f"โทร {mobile(p.mobile, i) if p.mobile else '-'}",
             "ขออนุญาตใช้ ศาลาอเนกประสงค์ เพื่อ จัดงานบุญบั้งไฟ",
             f"ตั้งแต่วันที่ {14 + i % 5} พฤษภาคม 2570 เวลา 08.00 น. ถึงวันที่ {15 + i % 5} พฤษภาคม 2570 เวลา 22.00 น.",
             "จำนวนผู้เข้าร่วม 300 คน", f"ลงชื่อ {p.name} ผู้ขออนุญาต"]  # fmt: skip
    raw = message(v, i, "ขออนุญาตใช้สถานที่ (PDF)", text="ส่งแบบคำขอ\n", from_="" if p.email else kin_from(v, i),
                  files=(("ขอใช้สถานที่.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case(
        "pdf_venue_form",
        raw,
        exp(v, "full_name national_id phone email address postal_code province"),
    )


def pdf_streetlight_form(v: Villager, i: int) -> Case:
    """แบบแจ้งซ่อมไฟฟ้าสาธารณะ exported to PDF: the pole, the village, the reporter."""
    p = v.p
    lines = ["แบบแจ้งซ่อมไฟฟ้าสาธารณะ", f"วันที่แจ้ง {6 + i % 4} ธันวาคม 2569",
             f"ชื่อผู้แจ้ง {p.name}", f"ที่อยู่ {home(p, i)}",
             f"เบอร์โทรศัพท์ {mobile(p.mobile, i) if p.mobile else '-'}",
             f"สถานที่ชำรุด บ้านโนนสูง หมู่ {p.moo or '1'} เสาไฟฟ้าต้นที่ {50 + i}",
             "อาการ ไฟดับทั้งแนว 5 ต้น", f"ลงชื่อ {p.name} ผู้แจ้ง"]  # fmt: skip
    raw = message(v, i, "แจ้งซ่อมไฟ (PDF)", text="แจ้งซ่อมไฟฟ้าสาธารณะตามแบบที่แนบ\n",
                  from_="" if p.email else kin_from(v, i), files=(("แจ้งซ่อม.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case(
        "pdf_streetlight_form", raw, exp(v, "full_name phone email address postal_code province")
    )


def pdf_water_form(v: Villager, i: int) -> Case:
    """แบบคำขอรับน้ำอุปโภคบริโภค exported to PDF: household members, litres, date."""
    p = v.p
    lines = ["แบบคำขอรับการสนับสนุนน้ำอุปโภคบริโภค", f"ชื่อ-สกุล {p.name}",
             f"เลขประจำตัวประชาชน {dashed(p.nid)} วันเกิด {born_th(p.born, i)}",
             f"บ้านเลขที่ {p.house} หมู่ที่ {p.moo or '-'} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}",
             f"โทร {mobile(p.mobile, i) if p.mobile else '-'}",
             f"จำนวนสมาชิกในครัวเรือน {2 + i % 5} คน ปริมาณน้ำที่ขอ 2,000 ลิตร",
             f"วันที่ต้องการ {15 + i % 7} ธันวาคม 2569", f"ลงชื่อ {p.name} ผู้ขอ"]  # fmt: skip
    raw = message(v, i, "ขอน้ำอุปโภค (PDF)", text="แนบแบบคำขอน้ำ\n", from_="" if p.email else kin_from(v, i),
                  files=(("ขอน้ำ.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_water_form", raw,
                exp(v, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


STYLES: tuple[Style, ...] = (
    plain_grandchild_phone, plain_streetlight_isan, plain_template_reply, plain_forwarded_relative,
    plain_water_request, plain_venue_permit, plain_gmail_signature, plain_general_petition,
    html_outlook_signature, html_gmail_alternative, html_streetlight_table,
    docx_typed_from_scan, docx_allowance_table, docx_water_letter,
    odt_school_letter, odt_general_form,
    pdf_general_form, pdf_allowance_form, pdf_venue_form, pdf_streetlight_form, pdf_water_form,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "odt": "ODT", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
