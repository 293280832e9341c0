"""A fourth set of requests written by someone who had not read the readers (issue 8).

Written before reading `extractors/`, `config/`, `tests/generator/` or the request bodies
of the first three sets (only their style names and docstrings were read, to avoid
repeating them). It aims at the shapes mail takes on its way from a citizen's phone or
an old office PC: a charset label that lies (TIS-620 bytes under iso-8859-1, us-ascii or
utf-8), base64 with no line breaks, an HTML body whose only charset is its <meta>, Thai
written as numeric character references by a form mailer, a request forwarded as an
attached .eml, Gmail's forward and reply headers in the Thai locale, Outlook's Thai reply
block above the agency's quoted mail, Google Forms receipts and form-builder tables with
the name and the address in boxes of their own, a Thai citizen writing only in English,
a foreigner with a passport and no Thai ID, what a smart-card reader prints (with its '#'
separators), abbreviated labels and addresses (ต./อ./จ./ถ./ซ./ม./กทม.), birth dates in
every shape and era, emoji, Thai marks typed in an odd order (นํ้า, ป่ิน), soft hyphens
and word joiners, Word's autocorrected dashes, a work signature with the office's phone
and a disclaimer, requests in a numbered list full of other numbers, a LINE ID beside
the phone. A second batch at the end (definition_list to outlook_html_list) was
written after the readers were read and fixed. Same shape as the other sets (a raw RFC
5322 message plus the values a clerk would accept per field), so the shared harness
measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import base64
import html as html_lib
import itertools
import quopri
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str  # 10 digits, national
    email: str
    house: str
    moo: str  # "" where there is none (cities)
    soi: str  # the name after ซอย, "" if none
    road: str  # the name after ถนน, "" if none
    tambon: str  # bare name
    amphoe: str  # bare name
    province: str
    postal: str
    en: tuple[str, str, str]  # title, first, last in English, as on the ID card

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"

    @property
    def province_written(self) -> str:
        return "กรุงเทพมหานคร" if self.bangkok else f"จังหวัด{self.province}"


PEOPLE: tuple[Person, ...] = (
    Person("นาย", "ณัฐวุฒิ", "แสงอรุณ", with_check_digit("150120034512"), date(1987, 1, 1),
           "0812345670", "nattawut.sa@gmail.com", "45", "3", "", "", "ท่าศาลา", "เมืองเชียงใหม่",
           "เชียงใหม่", "50000", ("Mr.", "Nattawut", "Saeng-arun")),
    Person("นางสาว", "พิมพ์ชนก", "รุ่งเรืองศรี", with_check_digit("110370056021"), date(1994, 11, 30),
           "0639127745", "pimchanok.r@hotmail.com", "99/12", "", "สุขุมวิท 101/1", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260", ("Miss", "Pimchanok", "Rungruangsri")),
    Person("นาง", "สายสุนีย์", "ภูมิพัฒน์", with_check_digit("340050021937"), date(1971, 6, 14),
           "0895531208", "saisunee.p@yahoo.com", "7/1", "9", "", "มิตรภาพ", "ในเมือง",
           "เมืองขอนแก่น", "ขอนแก่น", "40000", ("Mrs.", "Saisunee", "Phumiphat")),
    Person("นางสาว", "น้ำฝน", "ปิ่นทอง", with_check_digit("151020011846"), date(2000, 3, 8),
           "0924418836", "namfon.pt@gmail.com", "128", "5", "", "", "บ้านกลาง", "เมืองลำพูน",
           "ลำพูน", "51000", ("Miss", "Namfon", "Pinthong")),
    Person("นาย", "ก้องเกียรติ", "ศรีวิไล", with_check_digit("110140098134"), date(1980, 9, 22),
           "0867002914", "kongkiat.sw@outlook.co.th", "36/8", "", "รามคำแหง 24", "รามคำแหง",
           "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240", ("Mr.", "Kongkiat", "Sriwilai")),
    Person("นาย", "ประสิทธิ์", "บุญมา", with_check_digit("377010003582"), date(1958, 12, 5),
           "0815094423", "prasit.bm@gmail.com", "210", "2", "", "เพชรเกษม", "หัวหิน", "หัวหิน",
           "ประจวบคีรีขันธ์", "77110", ("Mr.", "Prasit", "Boonma")),
    Person("นาง", "จันทร์เพ็ญ", "เกษมสุข", with_check_digit("312090044765"), date(1966, 4, 27),
           "0972265810", "janpen.k@hotmail.com", "5/55", "7", "วัดโบสถ์", "", "บางรักพัฒนา",
           "บางบัวทอง", "นนทบุรี", "11110", ("Mrs.", "Janpen", "Kasemsuk")),
    Person("นาย", "วรวิทย์", "ทิพย์มณี", with_check_digit("380010067293"), date(1992, 7, 19),
           "0648813057", "worawit.tm@gmail.com", "64", "", "", "ราชดำเนิน", "ในเมือง",
           "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000", ("Mr.", "Worawit", "Thipmanee")),
)  # fmt: skip

AGENCY = "saraban@example.go.th"
AGENCY_PHONE = "02-141-7788"  # in the agency's own quoted mail: never the citizen's


# --- how the values are written ------------------------------------------------------


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def dashed_mobile(m: str) -> str:
    return f"{m[:3]}-{m[3:6]}-{m[6:]}"


def dashed_id(nid: str, dash: str = "-") -> str:
    return dash.join((nid[0], nid[1:5], nid[5:10], nid[10:12], nid[12]))


def be(born: date) -> int:
    return born.year + 543


def thai_date(born: date) -> str:
    return f"{born.day} {MONTHS[born.month - 1]} {be(born)}"


def short_thai_date(born: date) -> str:
    return f"{born.day} {MONTHS_SHORT[born.month - 1]} {be(born)}"


def long_parts(p: Person) -> list[str]:
    """House to district, every word written out."""
    parts = [p.house]
    if p.moo:
        parts.append(f"หมู่ที่ {p.moo}")
    if p.soi:
        parts.append(f"ซอย{p.soi}")
    if p.road:
        parts.append(f"ถนน{p.road}")
    parts.append(f"แขวง{p.tambon}" if p.bangkok else f"ตำบล{p.tambon}")
    parts.append(f"เขต{p.amphoe}" if p.bangkok else f"อำเภอ{p.amphoe}")
    return parts


def long_line(p: Person) -> str:
    return " ".join(long_parts(p))


def short_line(p: Person) -> str:
    """House to district the way it is typed on a phone: ม./ซ./ถ./ต./อ."""
    parts = [p.house]
    if p.moo:
        parts.append(f"ม.{p.moo}")
    if p.soi:
        parts.append(f"ซ.{p.soi}")
    if p.road:
        parts.append(f"ถ.{p.road}")
    parts.append(f"แขวง{p.tambon}" if p.bangkok else f"ต.{p.tambon}")
    parts.append(f"เขต{p.amphoe}" if p.bangkok else f"อ.{p.amphoe}")
    return " ".join(parts)


def short_province(p: Person) -> str:
    return "กทม." if p.bangkok else f"จ.{p.province}"


def _forms(p: Person) -> list[tuple[str, ...]]:
    """Each part of the address in every way a clerk reads as the same."""
    bkk = p.bangkok
    out: list[tuple[str, ...]] = [(p.house, f"เลขที่ {p.house}", f"บ้านเลขที่ {p.house}")]
    if p.moo:
        out.append(tuple(f"{w}{p.moo}" for w in ("หมู่ที่ ", "หมู่ ", "ม.", "ม. ", "หมู่ที่")))
    if p.soi:
        out.append(tuple(f"{w}{p.soi}" for w in ("ซอย", "ซอย ", "ซ.", "ซ. ")))
    if p.road:
        out.append(tuple(f"{w}{p.road}" for w in ("ถนน", "ถนน ", "ถ.", "ถ. ")))
    t = ("แขวง", "แขวง ") if bkk else ("ตำบล", "ตำบล ", "ต.", "ต. ")
    a = ("เขต", "เขต ") if bkk else ("อำเภอ", "อำเภอ ", "อ.", "อ. ")
    out.append(tuple(f"{w}{p.tambon}" for w in t))
    out.append(tuple(f"{w}{p.amphoe}" for w in a))
    return out


def tails(p: Person) -> tuple[str, ...]:
    provs = [p.province_written, short_province(p), f"จังหวัด {p.province}"]
    if p.bangkok:
        provs += ["กรุงเทพฯ", "กรุงเทพ", "กทม"]
    out = [""]
    for prov in provs:
        out += [f" {prov}", f" {prov} {p.postal}"]
    return tuple(out)


def addresses(p: Person, *typed: str) -> tuple[str, ...]:
    """What a clerk accepts for the address: as typed (house to district, or with its
    province and postal code, which are fields of their own), or any mix of the long and
    short forms of its parts."""
    heads = [" ".join(c) for c in itertools.product(*_forms(p))]
    heads += [" ".join(t.split()) for t in typed]
    return tuple(dict.fromkeys(h + t for h in heads for t in tails(p)))


def expect(p: Person, keys: str, *typed: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": addresses(p, *typed),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


ALL = "full_name national_id birth_date phone email address postal_code province"


def plain_form(p: Person, *, address: str | None = None) -> str:
    return f"""\
ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
โทรศัพท์: {dashed_mobile(p.mobile)}
อีเมล: {p.email}
ที่อยู่: {address or long_line(p)} {p.province_written} {p.postal}
"""


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            n: int = 0, sender: str | None = None) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 2, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen4-{n}-{p.email.split('@')[0]}@example.com>"
    set_body(msg, text, html)
    return msg


def raw(p: Person, subject: str, headers: str, body: bytes, n: int = 0) -> bytes:
    """A message put together byte by byte, as the old programs write it."""
    head = f"From: {Header(f'{p.first} {p.last}', 'utf-8').encode()} <{p.email}>\n"
    head += f"To: {AGENCY}\nSubject: {Header(subject, 'utf-8').encode()}\n"
    head += f"Date: {format_datetime(datetime(2026, 12, 2, 10, n % 60, tzinfo=UTC))}\n"
    head += f"Message-ID: <unseen4-raw-{n}-{p.email.split('@')[0]}@example.com>\n"
    head += "MIME-Version: 1.0\n" + headers.strip() + "\n\n"
    return head.encode("ascii") + body


Style = Callable[[Person, int], Case]


# --- charsets and transfer encodings ----------------------------------------------------


def lying_label(p: Person, i: int) -> Case:
    """TIS-620 bytes under a label that lies: iso-8859-1 (8bit), us-ascii
    (quoted-printable) or utf-8 (8bit), as old form mailers and misset clients send."""
    body = plain_form(p).encode("tis-620")
    label, cte = (("iso-8859-1", "8bit"), ("us-ascii", "quoted-printable"), ("utf-8", "8bit"))[
        i % 3
    ]
    if cte == "quoted-printable":
        body = quopri.encodestring(body)
    headers = f"Content-Type: text/plain; charset={label}\nContent-Transfer-Encoding: {cte}"
    raw_ = raw(p, "คำร้องขอสำเนาทะเบียนบ้าน", headers, body, i)
    return Case("lying_label", raw_, expect(p, ALL))


def base64_one_line(p: Person, i: int) -> Case:
    """UTF-8 in base64 with no line breaks at all (some web mailers and scripts), with no
    charset (i=0), with utf-8 (i=1), or an HTML body so (i=2)."""
    text = plain_form(p)
    if i % 3 == 2:
        rows = "".join(f"<p>{html_lib.escape(line)}</p>" for line in text.splitlines())
        data = f"<html><body>{rows}</body></html>".encode()
        ctype = "text/html; charset=utf-8"
    else:
        data = text.encode()
        ctype = "text/plain" if i % 3 == 0 else "text/plain; charset=UTF-8"
    body = base64.b64encode(data) + b"\n"
    headers = f"Content-Type: {ctype}\nContent-Transfer-Encoding: base64"
    return Case("base64_one_line", raw(p, "ขอรับบริการ", headers, body, i), expect(p, ALL))


def html_meta_charset(p: Person, i: int) -> Case:
    """Outlook Express and old webmails: an HTML body in windows-874 whose MIME header
    names no charset (or a wrong one) and whose only true label is the <meta> tag."""
    lines = plain_form(p).splitlines()
    meta = ("windows-874", "tis-620")[i % 2]
    rows = "".join(f"<DIV><FONT face=Tahoma size=2>{line}</FONT></DIV>\n" for line in lines)
    doc = (
        f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
        f'<META http-equiv=Content-Type content="text/html; charset={meta}">\n'
        f"</HEAD>\n<BODY bgColor=#ffffff>\n<DIV>เรียน เจ้าหน้าที่</DIV>\n{rows}</BODY></HTML>\n"
    )
    body = quopri.encodestring(doc.encode("cp874"))
    label = ("text/html", "text/html; charset=iso-8859-1")[i % 2]
    headers = f"Content-Type: {label}\nContent-Transfer-Encoding: quoted-printable"
    return Case("html_meta_charset", raw(p, "แจ้งความประสงค์", headers, body, i), expect(p, ALL))


def numeric_entities(p: Person, i: int) -> Case:
    """A form mailer (ASP/PHP) that writes every Thai letter as &#3594; in HTML, the
    labels in <b>, a <br> after each line."""

    def ent(text: str) -> str:
        return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in text)

    lines = plain_form(p).splitlines()
    rows = "".join(
        f"<b>{ent(a)}:</b> {ent(b.strip())}<br>\n" for a, b in (x.split(":", 1) for x in lines)
    )
    doc = f"<html><body><h3>{ent('แบบฟอร์มติดต่อหน่วยงาน')}</h3>\n{rows}</body></html>"
    msg = message(p, "Contact form", html=doc, n=i, sender="webmaster <noreply@example.go.th>")
    if i % 2:  # all ASCII now, so some mailers label it so
        msg.replace_header("Content-Type", 'text/html; charset="us-ascii"')
    return Case("numeric_entities", bytes(msg), expect(p, ALL))


# --- forwarded, attached and replied ----------------------------------------------------


def eml_attached(p: Person, i: int) -> Case:
    """A relative (or a village office) forwards the citizen's mail as an attachment
    (message/rfc822), as Outlook's 'Forward as attachment' and Thunderbird do; the outer
    note says only who it is from, sometimes with the forwarder's own signature."""
    inner = message(p, "คำร้องขอหนังสือรับรอง", text="เรียน เจ้าหน้าที่\n\n" + plain_form(p), n=i)
    note = "เรียน เจ้าหน้าที่\n\nส่งต่อคำร้องของญาติตามไฟล์แนบครับ\n"
    if i % 2:
        note += "\nสมพงษ์ ใจกว้าง\nผู้ใหญ่บ้าน หมู่ 4\nโทร 089-001-2233\n"
    outer = message(p, "Fwd: คำร้องขอหนังสือรับรอง", text=note, n=i + 20,
                    sender="Sompong <sompong.j@gmail.com>")  # fmt: skip
    outer.add_attachment(inner, filename="คำร้อง.eml")
    return Case("eml_attached", bytes(outer), expect(p, ALL))


def gmail_forward_thai(p: Person, i: int) -> Case:
    """Gmail in the Thai locale forwards: '---------- ข้อความที่ส่งต่อ ---------' and
    จาก:/Date:/Subject:/To: (or วันที่:/หัวเรื่อง:/ถึง:) above the citizen's form."""
    heads = (
        ("จาก", "Date", "Subject", "To"),
        ("จาก", "วันที่", "หัวเรื่อง", "ถึง"),
    )[i % 2]
    body = f"""ฝากส่งต่อให้ด้วยนะคะ ขอบคุณค่ะ

---------- ข้อความที่ส่งต่อ ---------
{heads[0]}: {p.first} {p.last} <{p.email}>
{heads[1]}: พ. 2 ธ.ค. 2569 เวลา 08:41
{heads[2]}: ขอคัดสำเนาเอกสาร
{heads[3]}: <helpdesk@example.go.th>


เรียน เจ้าหน้าที่

{plain_form(p)}
ขอบคุณค่ะ
"""
    msg = message(p, "Fwd: ขอคัดสำเนาเอกสาร", text=body, n=i, sender="Office <clerk@example.go.th>")
    return Case("gmail_forward_thai", bytes(msg), expect(p, ALL))


def agency_letter(quote: str) -> str:
    text = f"""เรียน คุณผู้ยื่นคำร้อง

ตามที่ท่านได้ยื่นคำร้องมา กรุณาส่ง ชื่อ-นามสกุล เลขประจำตัวประชาชน 13 หลัก
วันเดือนปีเกิด ที่อยู่ตามทะเบียนบ้าน และเบอร์โทรศัพท์ที่ติดต่อได้ กลับมาทางอีเมลนี้

งานสารบรรณ สำนักงานเขต
เลขที่ 1 ถนนราชดำริ แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330
โทร {AGENCY_PHONE} อีเมล {AGENCY}
"""
    return "\n".join(quote + line if line else quote.rstrip() for line in text.splitlines())


def top_reply_gmail_thai(p: Person, i: int) -> Case:
    """The citizen answers on top; Gmail in Thai writes 'เมื่อ ... เขียนว่า:' above the
    agency's quoted mail, which carries the agency's own phone and address."""
    body = f"""ส่งข้อมูลตามที่ขอค่ะ

ชื่อ {p.name}
เลขบัตรประชาชน {p.nid}
เกิด {short_thai_date(p.born)}
ที่อยู่ {long_line(p)} {p.province_written} {p.postal}
เบอร์ {p.mobile}

เมื่อ พ. 2 ธ.ค. 2569 เวลา 10:12 งานสารบรรณ <{AGENCY}> เขียนว่า:

{agency_letter("> ")}
"""
    msg = message(p, "Re: ขอข้อมูลเพิ่มเติม", text=body, n=i)
    return Case("top_reply_gmail_thai", bytes(msg), expect(p, ALL.replace(" email", "")))


def top_reply_outlook_thai(p: Person, i: int) -> Case:
    """Outlook in Thai: the answer on top, a rule, then จาก:/ส่ง:/ถึง:/เรื่อง: and the
    agency's mail unquoted."""
    body = f"""เรียน เจ้าหน้าที่

{plain_form(p)}
ด้วยความเคารพ
{p.name}

________________________________
จาก: งานสารบรรณ <{AGENCY}>
ส่ง: 2 ธันวาคม 2569 10:12
ถึง: {p.email}
เรื่อง: ขอข้อมูลเพิ่มเติม

{agency_letter("")}
"""
    msg = message(p, "ตอบกลับ: ขอข้อมูลเพิ่มเติม", text=body, n=i)
    return Case("top_reply_outlook_thai", bytes(msg), expect(p, ALL))


# --- notification mails from form services ---------------------------------------------


def google_forms_receipt(p: Person, i: int) -> Case:
    """The copy of a response Google Forms sends the respondent, forwarded to the
    agency: one block per question, the title with a required '*', the answer below;
    the date typed into a short-answer box; the address a paragraph with <br>."""
    qs = [
        ("ชื่อ - นามสกุล", p.name),
        ("เลขประจำตัวประชาชน (13 หลัก)", p.nid),
        ("วัน/เดือน/ปีเกิด", f"{p.born.day}/{p.born.month}/{be(p.born)}"),
        ("ที่อยู่ตามทะเบียนบ้าน", f"{long_line(p)}<br>{p.province_written} {p.postal}"),
        ("เบอร์โทรศัพท์มือถือ", p.mobile),
        ("อีเมลที่ติดต่อได้", p.email),
        ("ประเภทคำร้อง", "ขอสำเนาทะเบียนบ้าน"),
    ]
    blocks = "".join(
        f'<div style="margin-bottom:16px"><div style="font-weight:bold">{q}'
        f'<span aria-label="คำถามที่จำเป็น" style="color:#d93025"> *</span></div>'
        f'<div style="padding-top:8px"><span>{a}</span></div></div>\n'
        for q, a in qs
    )
    doc = f"""<html><body><div style="font-family:Roboto,Arial">
<div>ขอบคุณที่กรอก แบบฟอร์มคำร้องออนไลน์</div>
<div>นี่คือสิ่งที่ได้รับจากคุณ:</div>
<div style="font-size:24px">แบบฟอร์มคำร้องออนไลน์</div>
<div>อีเมล *</div><div>{p.email}</div>
{blocks}<div>สร้างบัญชี Google Forms ของคุณเอง</div></div></body></html>"""
    msg = message(p, "Fwd: แบบฟอร์มคำร้องออนไลน์", html=doc, n=i)
    return Case("google_forms_receipt", bytes(msg), expect(p, ALL))


def form_builder_table(p: Person, i: int) -> Case:
    """A form builder's notification (Jotform-like): a table of label and answer cells,
    the name and the address each in boxes of their own, labels bilingual."""
    rows = [
        ("คำนำหน้าชื่อ (Title)", p.title),
        ("ชื่อ (First name)", p.first),
        ("นามสกุล (Last name)", p.last),
        ("เลขประจำตัวประชาชน (ID card No.)", p.nid),
        ("วันเกิด (Date of birth)", f"{p.born.day:02d}-{p.born.month:02d}-{p.born.year}"),
        ("บ้านเลขที่ / ถนน (Street address)", " ".join(long_parts(p)[:-2])),
        ("ตำบล/แขวง (Sub-district)", p.tambon),
        ("อำเภอ/เขต (District)", p.amphoe),
        ("จังหวัด (Province)", p.province),
        ("รหัสไปรษณีย์ (Postal code)", p.postal),
        ("โทรศัพท์ (Phone)", dashed_mobile(p.mobile)),
        ("อีเมล (E-mail)", p.email),
    ]
    cells = "".join(
        f'<tr><td style="background:#f3f3fe;width:30%"><b>{a}</b></td><td>{b}</td></tr>\n'
        for a, b in rows
    )
    doc = f"""<html><body><table width="600" cellpadding="5" cellspacing="0" border="1">
<tr><td colspan="2"><h2>คำร้องทั่วไป</h2></td></tr>
{cells}</table></body></html>"""
    msg = message(p, f"คำร้องทั่วไป - {p.first} {p.last}", html=doc, n=i,
                  sender="Jotform <noreply@jotform.com>")  # fmt: skip
    msg["Reply-To"] = p.email
    typed = " ".join(long_parts(p))
    # the form's birth year is Christian (day-month-year, 4 digits over 1900)
    return Case("form_builder_table", bytes(msg), expect(p, ALL, typed))


def forms_numbered_rows(p: Person, i: int) -> Case:
    """A Microsoft Forms-style summary: each numbered question in a row of its own, the
    answer in the row below it."""
    qs = [
        ("1. ชื่อ-นามสกุล", p.name),
        ("2. เลขบัตรประจำตัวประชาชน", dashed_id(p.nid, " ")),
        ("3. วันเกิด", thai_date(p.born)),
        ("4. ที่อยู่ปัจจุบัน", f"{long_line(p)} {p.province_written} {p.postal}"),
        ("5. หมายเลขโทรศัพท์", p.mobile),
        ("6. อีเมล", p.email),
        ("7. เรื่องที่ต้องการติดต่อ", "ขอรับเงินช่วยเหลือผู้ประสบอุทกภัย ปี 2569"),
    ]
    rows = "".join(
        f'<tr><td style="color:#605e5c">{q}</td></tr><tr><td style="font-size:15px">{a}</td></tr>\n'
        for q, a in qs
    )
    doc = f"<html><body><p>มีผู้ตอบแบบฟอร์มใหม่</p><table>{rows}</table></body></html>"
    msg = message(p, "ผู้ตอบใหม่: คำร้องออนไลน์", html=doc, n=i,
                  sender="Microsoft Forms <noreply@forms.office.com>")  # fmt: skip
    return Case("forms_numbered_rows", bytes(msg), expect(p, ALL))


# --- language ---------------------------------------------------------------------------


def en_line(p: Person) -> str:
    parts = [p.house]
    if p.moo:
        parts.append(f"Moo {p.moo}")
    return ", ".join(parts)


EN_PLACES = {
    "ท่าศาลา": "Tha Sala", "เมืองเชียงใหม่": "Mueang Chiang Mai", "เชียงใหม่": "Chiang Mai",
    "บางจาก": "Bang Chak", "พระโขนง": "Phra Khanong", "กรุงเทพมหานคร": "Bangkok",
    "ในเมือง": "Nai Mueang", "เมืองขอนแก่น": "Mueang Khon Kaen", "ขอนแก่น": "Khon Kaen",
    "บ้านกลาง": "Ban Klang", "เมืองลำพูน": "Mueang Lamphun", "ลำพูน": "Lamphun",
    "หัวหมาก": "Hua Mak", "บางกะปิ": "Bang Kapi", "หัวหิน": "Hua Hin",
    "ประจวบคีรีขันธ์": "Prachuap Khiri Khan", "บางรักพัฒนา": "Bang Rak Phatthana",
    "บางบัวทอง": "Bang Bua Thong", "นนทบุรี": "Nonthaburi",
    "เมืองนครศรีธรรมราช": "Mueang Nakhon Si Thammarat", "นครศรีธรรมราช": "Nakhon Si Thammarat",
    "สุขุมวิท 101/1": "Sukhumvit 101/1", "สุขุมวิท": "Sukhumvit", "มิตรภาพ": "Mittraphap",
    "รามคำแหง 24": "Ramkhamhaeng 24", "รามคำแหง": "Ramkhamhaeng", "เพชรเกษม": "Phetkasem",
    "วัดโบสถ์": "Wat Bot", "ราชดำเนิน": "Ratchadamnoen",
}  # fmt: skip


def english_address(p: Person) -> str:
    parts = [p.house]
    if p.moo:
        parts.append(f"Moo {p.moo}")
    if p.soi:
        parts.append(f"Soi {EN_PLACES[p.soi]}")
    if p.road:
        parts.append(f"{EN_PLACES[p.road]} Road")
    sub, dis = ("Khwaeng", "Khet") if p.bangkok else ("Tambon", "Amphoe")
    parts += [f"{sub} {EN_PLACES[p.tambon]}", f"{dis} {EN_PLACES[p.amphoe]}"]
    return ", ".join(parts)


def english_expected(p: Person, keys: str, typed: str) -> dict[str, tuple[str, ...]]:
    """A Thai writing in English: the name as on the ID card in English (with or
    without the title's full stop), or in Thai if the reader knows it; the address as
    typed, with or without its province and postal code."""
    t, f, last = p.en
    out = expect(p, keys)
    if "full_name" in out:
        out["full_name"] = (f"{t} {f} {last}", f"{t}{f} {last}", f"{f} {last}", p.name)
    if "address" in out:
        prov = EN_PLACES[p.province]
        out["address"] = (typed, f"{typed}, {prov}", f"{typed}, {prov} {p.postal}",
                          f"{typed} {prov}", f"{typed} {prov} {p.postal}")  # fmt: skip
    if "province" in out:
        out["province"] = (EN_PLACES[p.province], p.province)
    return out


def thai_in_english(p: Person, i: int) -> Case:
    """A Thai citizen who writes only in English (a phone without a Thai keyboard, or a
    habit from work): the ID card's English name, a romanised address, a Christian
    date."""
    t, f, last = p.en
    addr = english_address(p)
    prov = EN_PLACES[p.province]
    born = f"{p.born.day} {MONTHS_EN[p.born.month - 1]} {p.born.year}"
    if i % 2 == 0:
        body = f"""Dear Sir/Madam,

I, {t} {f} {last}, Thai ID card no. {dashed_id(p.nid)}, born on {born}, would like to request
a copy of my house registration. My address is {addr}, {prov} {p.postal}.
You can reach me at {dashed_mobile(p.mobile)} or {p.email}.

Best regards,
{f} {last}
"""
    else:
        body = f"""Hello,

Please find my details for the request below.

Full name: {t} {f} {last}
ID card number: {p.nid}
Date of birth: {born}
Address: {addr}, {prov} {p.postal}
Mobile: {p.mobile}
Email: {p.email}

Thank you.
"""
    msg = message(p, "Request for a copy of house registration", text=body, n=i)
    return Case("thai_in_english", bytes(msg), english_expected(p, ALL, addr))


def passport_only(p: Person, i: int) -> Case:
    """A foreign resident (a migrant worker's employer writes for him, or he writes
    himself) with a passport and a work permit number, no Thai ID: nothing may be taken
    for a national ID."""
    passport = ("MB", "AA", "EF")[i % 3] + f"{4400731 + 97 * i}"
    permit = f"{1234500006789 + 1111 * i}"  # the 13-digit number of a work permit, not an ID
    body = f"""Dear Officer,

Name: {p.en[0]} {p.en[1]} {p.en[2]}
Nationality: Myanmar
Passport No.: {passport}
Work permit No.: {permit}
Date of birth: {p.born.day:02d}/{p.born.month:02d}/{p.born.year}
Phone: {dashed_mobile(p.mobile)}
Email: {p.email}

I would like to ask for a residence certificate.

Regards
"""
    msg = message(p, "Residence certificate", text=body, n=i)
    out = english_expected(p, "full_name birth_date phone email", "")
    out["national_id"] = ()
    return Case("passport_only", bytes(msg), out)


def bilingual_name(p: Person, i: int) -> Case:
    """The name typed in Thai with the English one in brackets after it (or the other
    way round), as on the ID card."""
    t, f, last = p.en
    written = f"{p.name} ({t} {f} {last})" if i % 2 == 0 else f"{t} {f} {last} / {p.name}"
    body = f"""ชื่อ-นามสกุล / Name: {written}
เลขประจำตัวประชาชน / ID No.: {dashed_id(p.nid, " ")}
โทร / Tel.: {p.mobile}
อีเมล / E-mail: {p.email}
"""
    msg = message(p, "คำร้อง / Request", text=body, n=i)
    return Case("bilingual_name", bytes(msg), expect(p, "full_name national_id phone email"))


# --- the ID card and its reader --------------------------------------------------------


def card_reader(p: Person, i: int) -> Case:
    """What a smart-card reader program shows, pasted: the card's own labels, the
    English name, issue and expiry dates, no postal code (the card has none). Every
    third one pasted from the raw record, its parts joined by '#'."""
    t, f, last = p.en
    issued = date(2022, 6, 12)
    if i % 3 == 2:
        addr = "#".join([p.house, f"หมู่ที่ {p.moo}" if p.moo else "", "", "",
                         f"ตำบล{p.tambon}" if not p.bangkok else f"แขวง{p.tambon}",
                         f"อำเภอ{p.amphoe}" if not p.bangkok else f"เขต{p.amphoe}",
                         p.province_written])  # fmt: skip
        body = f"""ข้อมูลจากบัตรประชาชนค่ะ
CID: {p.nid}
TH: {p.title}#{p.first}##{p.last}
EN: {t}#{f}##{last}
DOB: {be(p.born)}{p.born.month:02d}{p.born.day:02d}
ADDR: {addr}
มือถือ {p.mobile}
"""
    else:
        body = f"""แนบข้อมูลจากเครื่องอ่านบัตรครับ

เลขประจำตัวประชาชน : {dashed_id(p.nid, " ")}
ชื่อตัวและชื่อสกุล : {p.title} {p.first} {p.last}
Name : {t} {f}
Last name : {last}
เกิดวันที่ : {short_thai_date(p.born)}
Date of Birth : {p.born.day} {MONTHS_EN[p.born.month - 1][:3]}. {p.born.year}
ที่อยู่ : {long_line(p)} {p.province_written}
วันออกบัตร : {short_thai_date(issued)}
วันบัตรหมดอายุ : {short_thai_date(date(2030, p.born.month, p.born.day))}

เบอร์ติดต่อ {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ข้อมูลผู้ยื่นคำร้อง", text=body, n=i)
    return Case(
        "card_reader",
        bytes(msg),
        expect(p, "full_name national_id birth_date phone address province"),
    )


# --- labels and addresses typed short -------------------------------------------------


def short_labels(p: Person, i: int) -> Case:
    """Labels cut short the way clerks' own forms print them: ชื่อ-สกุล, เลขบัตร ปชช.,
    ว/ด/ป เกิด, มือถือ, เมล์, ที่อยู่ปัจจุบัน."""
    name_l = ("ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อ สกุล")[i % 3]
    id_l = ("เลขบัตร ปชช.", "บัตร ปชช.", "เลข ปชช.")[i % 3]
    mail_l = ("เมล์", "E-mail", "อีเมล์")[i % 3]
    born = f"{p.born.day:02d}/{p.born.month:02d}/{str(be(p.born))[2:]}"
    body = f"""{name_l} {p.name}
{id_l} {p.nid}
ว/ด/ป เกิด {born}
มือถือ {dashed_mobile(p.mobile)}
{mail_l} {p.email}
ที่อยู่ปัจจุบัน {short_line(p)} {short_province(p)} {p.postal}
"""
    msg = message(p, "ขอใบรับรอง", text=body, n=i)
    return Case("short_labels", bytes(msg), expect(p, ALL, short_line(p)))


def address_abbreviated(p: Person, i: int) -> Case:
    """The address on one line with every abbreviation (ม./ซ./ถ./ต./อ./จ./กทม.), the
    district's own name cut to 'อ.เมือง', 'Thailand' or ประเทศไทย after the code."""
    addr = short_line(p)
    cut = addr.replace(f"อ.เมือง{p.province}", "อ.เมือง")
    tail = ("", " ประเทศไทย", " Thailand")[i % 3]
    body = f"""เรียน จนท.
ผมขอแจ้งย้ายที่อยู่ใหม่ครับ
ชื่อ {p.name}
ที่อยู่ใหม่ {cut} {short_province(p)} {p.postal}{tail}
โทร {p.mobile}
"""
    msg = message(p, "แจ้งย้ายที่อยู่", text=body, n=i)
    out = expect(p, "full_name address postal_code province phone", cut)
    out["address"] += tuple(a + tail for a in out["address"] if a.endswith(p.postal))
    return Case("address_abbreviated", bytes(msg), out)


def address_pairs_one_line(p: Person, i: int) -> Case:
    """The address's boxes typed as label: value pairs on one line, two spaces apart (as
    copied from a paper form's row), the name in its boxes too."""
    pairs = [("บ้านเลขที่", p.house)]
    if p.moo:
        pairs.append(("หมู่", p.moo))
    if p.soi:
        pairs.append(("ซอย", p.soi))
    if p.road:
        pairs.append(("ถนน", p.road))
    pairs += [("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province),
              ("รหัสไปรษณีย์", p.postal)]  # fmt: skip
    sep = ("  ", "  ", " ")[i % 3]
    addr = sep.join(f"{a}: {b}" for a, b in pairs)
    body = f"""คำนำหน้า: {p.title}  ชื่อ: {p.first}  นามสกุล: {p.last}
เลขประจำตัวประชาชน: {p.nid}
{addr}
โทรศัพท์: {p.mobile}
"""
    msg = message(p, "ขอรับบริการ", text=body, n=i)
    return Case(
        "address_pairs_one_line",
        bytes(msg),
        expect(p, "full_name national_id address postal_code province phone"),
    )


# --- dates -----------------------------------------------------------------------------


def date_shapes(p: Person, i: int) -> Case:
    """Birth dates in the other shapes people type: '1 Jan 1987', ISO with ค.ศ.,
    'พ.ศ.2530' glued, '1 ม.ค. 30', 'ค.ศ. 1987' after a Thai month."""
    d = p.born
    shapes = (
        f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
        f"{d.isoformat()} (ค.ศ.)",
        f"{d.day} {MONTHS[d.month - 1]} พ.ศ.{be(d)}",
        f"{d.day} {MONTHS_SHORT[d.month - 1]} {str(be(d))[2:]}",
        f"{d.day} {MONTHS[d.month - 1]} ค.ศ. {d.year}",
    )
    label = ("วันเกิด", "วันเดือนปีเกิด", "เกิดวันที่", "วัน/เดือน/ปี เกิด", "Birth date")[i % 5]
    body = f"""ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {p.nid}
{label}: {shapes[i % 5]}
โทร: {p.mobile}
"""
    msg = message(p, "ขอรับเบี้ยยังชีพ", text=body, n=i)
    return Case("date_shapes", bytes(msg), expect(p, "full_name national_id birth_date phone"))


# --- phones and chat -------------------------------------------------------------------


def emoji_chat(p: Person, i: int) -> Case:
    """Typed on a phone in chat style: emoji between the values, ค่า/นะคะ, the
    keyboard's own signature."""
    me, end = ("ผม", "ครับ") if p.title == "นาย" else ("หนู", "ค่ะ")
    body = f"""สวัสดี{end} 🙏🙏
{me}ชื่อ {p.name} นะ{end} 😊
เลขบัตร {p.nid} {end}
เกิด {short_thai_date(p.born)} 🎂
บ้านอยู่ {short_line(p)} {short_province(p)} {p.postal} 🏠
เบอร์ {dashed_mobile(p.mobile)} 📞 โทรได้ตลอด{end}
ขอบคุณมาก{end} 🙏😊❤️

ส่งจาก iPhone ของฉัน
"""
    msg = message(p, "ขอสอบถามค่ะ 🙏", text=body, n=i)
    return Case("emoji_chat", bytes(msg), expect(p, ALL.replace(" email", ""), short_line(p)))


def line_id_beside(p: Person, i: int) -> Case:
    """The LINE ID beside the phone (or the phone given as the LINE ID), as people ask
    to be reached by LINE."""
    lid = p.email.split("@")[0]
    tail = (f"ไลน์: {lid}", f"Line ID: @{lid}", f"ไลน์ไอดี {p.mobile} (เบอร์เดียวกัน)")[i % 3]
    body = f"""ชื่อ {p.name}
เลขบัตรประชาชน {dashed_id(p.nid)}
โทร/ไลน์ {dashed_mobile(p.mobile)}
{tail}
อีเมล {p.email}
"""
    msg = message(p, "ติดต่อกลับทางไลน์ได้ครับ", text=body, n=i)
    return Case("line_id_beside", bytes(msg), expect(p, "full_name national_id phone email"))


# --- what copy and paste brings ---------------------------------------------------------


def reorder_marks(text: str) -> str:
    """Thai as typed on some keyboards: the tone mark before the upper vowel (ป่ิ for
    ปิ่) and sara am as nikhahit plus sara aa after the tone (นํ้า for น้ำ)."""
    out = text.replace("\u0e49\u0e33", "\u0e4d\u0e49\u0e32").replace("\u0e33", "\u0e4d\u0e32")
    for tone in "\u0e48\u0e49\u0e4a\u0e4b\u0e4c":
        for vowel in "\u0e34\u0e35\u0e36\u0e37":
            out = out.replace(vowel + tone, tone + vowel)
    return out


def marks_out_of_order(p: Person, i: int) -> Case:
    """Names and labels whose marks were typed in an order other than Unicode's (นํ้า,
    ป่ิน, ที่ with the tone first): they look the same on screen; a clerk stores the
    usual spelling, which is what a search finds."""
    p = PEOPLE[(3, 5)[i % 2]]  # names with marks to misorder: น้ำฝน ปิ่นทอง, ประสิทธิ์
    form = plain_form(p)
    body = reorder_marks(form) if i % 2 == 0 else form.replace(p.name, reorder_marks(p.name))
    msg = message(p, reorder_marks("ขอหนังสือรับรองที่อยู่"), text=body, n=i)
    return Case(
        "marks_out_of_order", bytes(msg), expect(p, "full_name national_id birth_date phone email")
    )


def format_characters(p: Person, i: int) -> Case:
    """Text pasted from a web page or a PDF viewer: soft hyphens inside Thai words,
    word joiners and zero-width non-joiners, thin and narrow no-break spaces between
    digit groups."""
    shy, wj, zwnj, thin, nnbsp = "\u00ad", "\u2060", "\u200c", "\u2009", "\u202f"
    sp = (thin, nnbsp, wj)[i % 3]
    name = p.first[:2] + shy + p.first[2:] + " " + p.last[:3] + zwnj + p.last[3:]
    body = f"""ชื่อ{shy}-นาม{shy}สกุล: {p.title}{name}
เลข{wj}ประจำตัว{shy}ประชาชน: {sp.join((p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]))}
โทร{shy}ศัพท์: {sp.join((p.mobile[:3], p.mobile[3:6], p.mobile[6:]))}
อี{shy}เมล: {p.email}
ที่{shy}อยู่: {long_line(p)} {p.province_written} {p.postal}
"""
    msg = message(p, "คำร้อง", text=body, n=i)
    return Case(
        "format_characters",
        bytes(msg),
        expect(p, "full_name national_id phone email address postal_code province"),
    )


def autocorrect_dashes(p: Person, i: int) -> Case:
    """Typed in Word or Outlook, whose autocorrect turns ' - ' into an en or em dash,
    hyphens into non-breaking hyphens or minus signs, '...' into an ellipsis."""
    dash = ("\u2013", "\u2014", "\u2011", "\u2212")[i % 4]
    body = f"""ชื่อ{dash}นามสกุล {dash} {p.name}
เลขบัตรประชาชน {dash} {dashed_id(p.nid, dash)}
โทรศัพท์ {dash} {dashed_mobile(p.mobile).replace("-", dash)}
อีเมล {dash} {p.email}
วันเกิด…{thai_date(p.born)}
"""
    msg = message(p, "ขอรับรองสำเนา", text=body, n=i)
    return Case(
        "autocorrect_dashes", bytes(msg), expect(p, "full_name national_id phone email birth_date")
    )


# --- the rest of a mail ------------------------------------------------------------------


def work_signature(p: Person, i: int) -> Case:
    """Sent from the office: the citizen's own values in the body, then a work signature
    with the company's phone, fax, address and a long bilingual disclaimer."""
    body = f"""เรียน เจ้าหน้าที่

ขอยื่นคำร้องขอคัดสำเนาทะเบียนบ้าน โดยมีรายละเอียดดังนี้
ชื่อ-นามสกุล {p.name}
เลขประจำตัวประชาชน {p.nid}
ที่อยู่ตามทะเบียนบ้าน {long_line(p)} {p.province_written} {p.postal}
เบอร์มือถือส่วนตัว {dashed_mobile(p.mobile)}

ขอบคุณครับ/ค่ะ

Best regards,
{p.en[1]} {p.en[2]}
Senior Accountant | Finance Department
บริษัท สยามรุ่งเรืองการค้า จำกัด
Siam Rungruang Trading Co., Ltd.
888 อาคารเอ็มไพร์ทาวเวอร์ ชั้น 21 ถนนสาทรใต้ แขวงยานนาวา เขตสาทร กรุงเทพฯ 10120
Tel: +66 2 670 1234 ext. 2{i}18 | Fax: 02-670-1299 | Mobile: 089-777-1{i}23
www.siamrungruang.co.th

ข้อความนี้อาจมีข้อมูลที่เป็นความลับ หากท่านไม่ใช่ผู้รับที่ระบุไว้ กรุณาแจ้งผู้ส่งและลบข้อความนี้
This e-mail and any attachments are confidential and may be privileged. If you are not the
intended recipient, please notify the sender and delete it. Tax ID 0105551234567.
"""
    work = f"{p.en[1]} {p.en[2]} <{p.en[1].lower()}@siamrungruang.co.th>"
    msg = message(p, "คำร้องขอคัดสำเนาทะเบียนบ้าน", text=body, n=i, sender=work)
    return Case(
        "work_signature",
        bytes(msg),
        expect(p, "full_name national_id address postal_code province phone"),
    )


def numbered_requests(p: Person, i: int) -> Case:
    """A letter in the petition's wording whose requests are a numbered list (ข้อ 1,
    ข้อ 2 ...) full of other numbers: a title deed, land plot and survey page, a date, a
    count of copies, a receipt number."""
    body = f"""เรียน นายอำเภอ

ข้าพเจ้า {p.name} เกิดวันที่ {thai_date(p.born)} เลขประจำตัวประชาชน {p.nid}
อยู่บ้านเลขที่ {long_line(p)} {p.province_written} {p.postal}
โทรศัพท์ {p.mobile} มีความประสงค์ดังนี้

ข้อ 1 ขอคัดสำเนาโฉนดที่ดินเลขที่ 45821 เลขที่ดิน 112 หน้าสำรวจ 3398 จำนวน 2 ฉบับ
ข้อ 2 ขอหนังสือรับรองการทำประโยชน์ (น.ส.3 ก.) เลขที่ 1107 ลงวันที่ 15 มีนาคม 2547
ข้อ 3 ขอสำเนาใบเสร็จรับเงินเล่มที่ 0{i}21 เลขที่ 08812345{i}9

จึงเรียนมาเพื่อโปรดพิจารณา
"""
    msg = message(p, "ขอคัดสำเนาเอกสารสิทธิ์ที่ดิน", text=body, n=i)
    return Case("numbered_requests", bytes(msg), expect(p, ALL.replace(" email", "")))


CID = "image001.png@01DB4A2F.5E6C1A10"


def related_inline_logo(p: Person, i: int) -> Case:
    """Outlook's HTML-only mail with the signature's logo inline: multipart/related of
    the HTML and a PNG referred to by cid, no plain text at all."""
    lines = plain_form(p).splitlines()
    paras = "".join(f'<p class="MsoNormal"><span lang="TH">{line}</span></p>\n' for line in lines)
    doc = f"""<html><head><style>p.MsoNormal{{margin:0cm;font-family:"Tahoma"}}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">เรียน เจ้าหน้าที่</p>
{paras}<p class="MsoNormal"><img width="120" height="40" src="cid:{CID}"></p>
</div></body></html>"""
    msg = message(p, "คำร้อง", html=doc, n=i)
    msg.add_related(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png",
                    cid=f"<{CID}>", filename="image001.png")  # fmt: skip
    return Case("related_inline_logo", bytes(msg), expect(p, ALL))


def odd_separators(p: Person, i: int) -> Case:
    """Label and value joined by '=', '=>', '::', '>>' or a full-width colon, as people
    type when a plain colon feels too plain."""
    sep = ("=", "=>", "::", ">>", "\uff1a")[i % 5]
    body = f"""ชื่อ-นามสกุล {sep} {p.name}
เลขประจำตัวประชาชน {sep} {p.nid}
เบอร์โทร {sep} {p.mobile}
อีเมล {sep} {p.email}
"""
    msg = message(p, "ขอใบรับรอง", text=body, n=i)
    return Case("odd_separators", bytes(msg), expect(p, "full_name national_id phone email"))


def title_abbreviated(p: Person, i: int) -> Case:
    """Titles cut short as Thai people write them: น.ส., นส., Mr./Mrs. before a Thai
    name; a clerk stores the title written out."""
    p = PEOPLE[(1, 3, 6)[i % 3]]  # two with นางสาว, one with นาง
    short = {"นาง": ("Mrs.", "นาง"), "นางสาว": ("น.ส.", "นส.")}[p.title]
    written = f"{short[i % 2]}{p.first} {p.last}"
    body = f"""ชื่อผู้ยื่นคำร้อง {written}
บัตรประชาชนเลขที่ {p.nid}
โทร {p.mobile}
"""
    msg = message(p, "ยื่นคำร้อง", text=body, n=i)
    out = expect(p, "full_name national_id phone")
    out["full_name"] = (p.name, written) if short[i % 2].startswith("น") else (p.name,)
    return Case("title_abbreviated", bytes(msg), out)


STYLES: tuple[tuple[Style, int], ...] = (
    (lying_label, 3),
    (base64_one_line, 3),
    (html_meta_charset, 2),
    (numeric_entities, 2),
    (eml_attached, 2),
    (gmail_forward_thai, 2),
    (top_reply_gmail_thai, 2),
    (top_reply_outlook_thai, 2),
    (google_forms_receipt, 2),
    (form_builder_table, 2),
    (forms_numbered_rows, 2),
    (thai_in_english, 2),
    (passport_only, 2),
    (bilingual_name, 2),
    (card_reader, 3),
    (short_labels, 3),
    (address_abbreviated, 3),
    (address_pairs_one_line, 3),
    (date_shapes, 5),
    (emoji_chat, 2),
    (line_id_beside, 3),
    (marks_out_of_order, 2),
    (format_characters, 3),
    (autocorrect_dashes, 4),
    (work_signature, 2),
    (numbered_requests, 2),
    (related_inline_logo, 2),
    (odd_separators, 5),
    (title_abbreviated, 3),
)


# --- a second batch, written after the readers were read and fixed (as sets 2 and 3 did),
# to see whether the fixes hold on shapes they were not made for -------------------------


def definition_list(p: Person, i: int) -> Case:
    """A form mailer that writes the answers as an HTML definition list (<dl><dt><dd>)."""
    rows = [
        ("ชื่อ-นามสกุล", p.name),
        ("เลขประจำตัวประชาชน", p.nid),
        ("วันเกิด", thai_date(p.born)),
        ("ที่อยู่", f"{long_line(p)} {p.province_written} {p.postal}"),
        ("โทรศัพท์", dashed_mobile(p.mobile)),
        ("อีเมล", p.email),
    ]
    items = "".join(f"<dt>{a}</dt><dd>{b}</dd>\n" for a, b in rows)
    doc = f"<html><body><h2>คำร้องออนไลน์</h2><dl>\n{items}</dl></body></html>"
    msg = message(p, "คำร้องออนไลน์", html=doc, n=i, sender="forms <noreply@example.go.th>")
    return Case("definition_list", bytes(msg), expect(p, ALL))


def month_first_english(p: Person, i: int) -> Case:
    """English with the month first ("November 30, 1994"), as American-trained writers and
    phones set to US English put it: in a label line or in a sentence."""
    t, f, last = p.en
    born = f"{MONTHS_EN[p.born.month - 1]} {p.born.day}, {p.born.year}"
    if i % 2 == 0:
        body = f"""Name: {t} {f} {last}
ID card No.: {p.nid}
Date of birth: {born}
Mobile: {p.mobile}
"""
    else:
        body = f"""Dear Sir/Madam,

My name is {t} {f} {last} (ID {dashed_id(p.nid)}). I was born on {born}.
Please call me at {dashed_mobile(p.mobile)}.
"""
    msg = message(p, "Request", text=body, n=i)
    return Case(
        "month_first_english",
        bytes(msg),
        english_expected(p, "full_name national_id birth_date phone", ""),
    )


def village_estate(p: Person, i: int) -> Case:
    """An address in a housing estate: the estate's name and its own street before the
    house number, as estates' residents write it."""
    estate = ("หมู่บ้านพฤกษาวิลล์ 12", "หมู่บ้านศุภาลัย ซอย 3")[i % 2]
    typed = f"{estate} {long_line(p)}"
    body = f"""ชื่อ-นามสกุล: {p.name}
ที่อยู่: {typed} {p.province_written} {p.postal}
โทร: {p.mobile}
"""
    msg = message(p, "แจ้งเหตุ", text=body, n=i)
    return Case(
        "village_estate",
        bytes(msg),
        expect(p, "full_name address postal_code province phone", typed),
    )


def question_labels(p: Person, i: int) -> Case:
    """A questionnaire's questions as labels, ending in a question mark or ครับ/คะ, the
    answer on the line below."""
    qs = [
        ("ชื่อ-นามสกุลของท่าน?", p.name),
        ("เลขประจำตัวประชาชนของท่าน?", p.nid),
        ("เบอร์โทรศัพท์ที่ติดต่อได้?", p.mobile),
        ("อีเมลของท่าน (ถ้ามี)?", p.email),
    ]
    body = "\n\n".join(f"{q}\n{a}" for q, a in qs) + "\n"
    msg = message(p, "ตอบแบบสอบถาม", text=body, n=i)
    return Case("question_labels", bytes(msg), expect(p, "full_name national_id phone email"))


def vcard_attached(p: Person, i: int) -> Case:
    """A phone's mail app sends the request with the sender's contact card (.vcf): the
    name and ID in the body, the phone and e-mail only in the card."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{p.last};{p.first};;{p.title};\r\nFN:{p.name}\r\n"
        f"TEL;TYPE=CELL:{dashed_mobile(p.mobile)}\r\nEMAIL;TYPE=INTERNET:{p.email}\r\n"
        "END:VCARD\r\n"
    )
    body = f"""เรียน เจ้าหน้าที่
ขอยื่นคำร้องขอสำเนาทะเบียนบ้าน
ชื่อ {p.name}
เลขบัตรประชาชน {p.nid}
ข้อมูลติดต่อตามไฟล์แนบครับ/ค่ะ
"""
    msg = message(p, "ขอสำเนาทะเบียนบ้าน", text=body, n=i)
    msg.add_attachment(card.encode(), maintype="text", subtype="vcard", filename=f"{p.first}.vcf")
    return Case("vcard_attached", bytes(msg), expect(p, "full_name national_id phone"))


def outlook_html_list(p: Person, i: int) -> Case:
    """Outlook's HTML for a numbered list typed in Word: MsoListParagraph paragraphs whose
    number sits in its own span behind mso-list:Ignore."""
    lines = plain_form(p).splitlines()
    items = "".join(
        f'<p class="MsoListParagraphCxSpMiddle" style="mso-list:l0 level1 lfo1">'
        f'<![if !supportLists]><span style="mso-list:Ignore">{n}.<span style="font:7.0pt">'
        f'&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang="TH">{line}</span></p>\n'
        for n, line in enumerate(lines, start=1)
    )
    doc = f"""<html><body><div class="WordSection1"><p class="MsoNormal">เรียน เจ้าหน้าที่</p>
{items}</div></body></html>"""
    msg = message(p, "คำร้อง", html=doc, n=i)
    return Case("outlook_html_list", bytes(msg), expect(p, ALL))


SECOND_BATCH: tuple[tuple[Style, int], ...] = (
    (definition_list, 2),
    (month_first_english, 2),
    (village_estate, 2),
    (question_labels, 2),
    (vcard_attached, 2),
    (outlook_html_list, 2),
)


# --- a third batch, written after the second batch's fixes, measured before fixing ----


def english_label_first(p: Person, i: int) -> Case:
    """English labels first with the Thai one in brackets after it, as bilingual forms
    from universities and embassies print them."""
    body = f"""Name (ชื่อ-นามสกุล): {p.name}
ID card No. (เลขประจำตัวประชาชน): {p.nid}
Date of birth (วันเกิด): {thai_date(p.born)}
Mobile (โทรศัพท์มือถือ): {dashed_mobile(p.mobile)}
E-mail (อีเมล): {p.email}
"""
    msg = message(p, "Application", text=body, n=i)
    return Case(
        "english_label_first", bytes(msg), expect(p, "full_name national_id birth_date phone email")
    )


def boxes(p: Person, digits: Callable[[str], str] = str) -> list[tuple[str, str]]:
    """The address boxes of a paper form as the person fills them in."""
    pairs = [("บ้านเลขที่", digits(p.house))]
    if p.moo:
        pairs.append(("หมู่ที่", digits(p.moo)))
    if p.soi:
        pairs.append(("ซอย", digits(p.soi)))
    if p.road:
        pairs.append(("ถนน", p.road))
    sub, dis = ("แขวง", "เขต") if p.bangkok else ("ตำบล", "อำเภอ")
    pairs += [(sub, p.tambon), (dis, p.amphoe), ("จังหวัด", p.province),
              ("รหัสไปรษณีย์", digits(p.postal))]  # fmt: skip
    return pairs


def thai_digit_boxes(p: Person, i: int) -> Case:
    """The address boxes filled with Thai digits, as an older citizen types them."""
    lines = "\n".join(f"{a}: {b}" for a, b in boxes(p, thai))
    body = f"ชื่อ-นามสกุล: {p.name}\nเลขประจำตัวประชาชน: {thai(p.nid)}\n{lines}\n"
    msg = message(p, "คำร้อง", text=body, n=i)
    out = expect(p, "full_name national_id address postal_code province")
    out["address"] += tuple(thai(a) for a in out["address"])  # kept in Thai digits, as typed
    return Case("thai_digit_boxes", bytes(msg), out)


def three_column_table(p: Person, i: int) -> Case:
    """An HTML table with a number column before label and value (ลำดับ | รายการ |
    ข้อมูล), as agencies' Word forms are pasted into Outlook."""
    rows = [
        ("ชื่อ-นามสกุล", p.name),
        ("เลขประจำตัวประชาชน", p.nid),
        ("วันเกิด", short_thai_date(p.born)),
        ("ที่อยู่", f"{long_line(p)} {p.province_written} {p.postal}"),
        ("โทรศัพท์", p.mobile),
    ]
    cells = "".join(
        f"<tr><td>{n}</td><td>{a}</td><td>{b}</td></tr>" for n, (a, b) in enumerate(rows, 1)
    )
    doc = f"""<html><body><table border="1"><tr><th>ลำดับ</th><th>รายการ</th><th>ข้อมูล</th></tr>
{cells}</table></body></html>"""
    msg = message(p, "แบบคำขอ", html=doc, n=i)
    return Case("three_column_table", bytes(msg), expect(p, ALL.replace(" email", "")))


def tab_boxes(p: Person, i: int) -> Case:
    """The address boxes copied out of a Word table: label TAB value TAB label TAB value
    on one line, no colons."""
    row = "\t".join(f"{a}\t{b}" for a, b in boxes(p))
    body = f"ชื่อ-นามสกุล\t{p.name}\nเลขประจำตัวประชาชน\t{p.nid}\n{row}\n"
    msg = message(p, "คำร้อง", text=body, n=i)
    return Case(
        "tab_boxes", bytes(msg), expect(p, "full_name national_id address postal_code province")
    )


def english_address_boxes(p: Person, i: int) -> Case:
    """A form service in English: the address as Street / City / State-Province /
    Postal-Zip boxes, filled with a romanised Thai address."""
    t, f, last = p.en
    street = ", ".join(english_address(p).split(", ")[:-2])
    rows = [
        ("First Name", f), ("Last Name", last), ("Street Address", street),
        ("City", EN_PLACES[p.amphoe]), ("State / Province", EN_PLACES[p.province]),
        ("Postal / Zip Code", p.postal), ("Phone Number", p.mobile),
    ]  # fmt: skip
    body = "\n".join(f"{a}: {b}" for a, b in rows) + "\n"
    msg = message(p, "New submission", text=body, n=i, sender="Forms <noreply@example.com>")
    out = english_expected(p, "full_name phone postal_code province", "")
    out["full_name"] = (f"{f} {last}", p.name, f"{t} {f} {last}")
    return Case("english_address_boxes", bytes(msg), out)


THIRD_BATCH: tuple[tuple[Style, int], ...] = (
    (english_label_first, 2),
    (thai_digit_boxes, 2),
    (three_column_table, 2),
    (tab_boxes, 2),
    (english_address_boxes, 2),
)


def build_set() -> list[Case]:
    """Each style for a different run of the eight people."""
    cases = []
    for s, (style, count) in enumerate(STYLES + SECOND_BATCH + THIRD_BATCH):
        for i in range(count):
            cases.append(style(PEOPLE[(3 * s + i) % len(PEOPLE)], i))
    return cases
