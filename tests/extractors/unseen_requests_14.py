"""A fourteenth set of requests written by someone who had not read the readers (issue 8):
MAIL BODIES only (text/plain, text/html, multipart/alternative and an Apple Mail
text-image-text mix; no form attachments).

Written before reading `extractors/` or `config/` (only the harness, the first set's
Case/with_check_digit/thai helpers, README.md, DESIGN.md, docs/ and the earlier sets'
style names and docstrings, to avoid repeating them). It aims at what the earlier sets
left out:

- transport and charsets: Windows-874 bytes declared UTF-8; charset names as some
  programs spell them (tis620, x-windows-874); quoted-printable whose soft breaks a relay
  padded with a space; quoted-printable declared over raw UTF-8 bytes; a UTF-16 body; a
  body whose lines end in bare CR; Apple Mail's text part, inline image, text part; an
  HTML body whose header charset lies while its <meta> tells the truth.
- HTML: Word's tab-count spans between label and value; Word paragraphs with the label
  above the value; Outlook's mso-hide examples and a <style> class hiding the agency's
  hints; iOS Mail's one div per line with labels above; Apple Notes' dash list; a saved
  form's <select> and <textarea>; a bottom-posted answer below the agency's quoted
  request with example values.
- text layout: a header row over a value row aligned with spaces; label-value pairs in
  one paragraph hard-wrapped at 72 columns; values separated by slashes; bare numbered
  answers with no labels; square-bracket placeholders filled in; polite particles after
  values; a signature with one-letter labels; a friend's filled request forwarded below
  one's own; a form put through machine translation (English labels, Buddhist year);
  labels underlined with ===; hashtags as labels; Thai forms' "( / )" tick.
- values: a former name or surname in brackets; ว่าที่ร้อยตรี; a monk's Pali name;
  อ.เมือง with nothing after it; provinces by their everyday names (โคราช, นครศรีฯ);
  an address with commas and the postal code before the province; mathematical-bold and
  keycap digits; Unicode minus signs, non-breaking hyphens and narrow spaces in numbers;
  numbers broken across lines; dotted dates and phones.
- people: a village headman forwarding a villager's request with his own phone first;
  a typing shop sending for its customer.

Each case carries the normalised values a clerk would accept for the fields the request
really holds; an empty tuple means the only right answer is no value or a flagged one.
Nothing here is imported from the code under test. All people, numbers and addresses
are invented; the places and postal codes exist together.
"""

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element
from __future__ import annotations

import base64
import html as html_lib
import quopri
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit

AGENCY = "saraban@example.go.th"


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
    moo: str  # "" in Bangkok and town streets
    soi: str
    road: str
    tambon: str  # the bare name
    amphoe: str  # the bare name
    province: str
    postal: str

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"


PEOPLE: tuple[Person, ...] = (
    Person("นาย", "กิตติศักดิ์", "วงศ์ใหญ่", with_check_digit("150990041237"), date(1988, 3, 12),
           "0812345678", "kittisak.wy@gmail.com", "99", "7", "", "", "หนองหาร", "สันทราย",
           "เชียงใหม่", "50290"),
    Person("นางสาว", "วรรณิภา", "ชัยมงคล", with_check_digit("110140083316"), date(1996, 10, 4),
           "0897761234", "wannipa.chai@hotmail.com", "1/23", "", "ซอยประชาอุทิศ 33",
           "ถนนประชาอุทิศ", "บางมด", "ทุ่งครุ", "กรุงเทพมหานคร", "10140"),
    Person("นาง", "บุษบา", "ทองดี", with_check_digit("340050022179"), date(1966, 7, 25),
           "0864402219", "budsaba66@yahoo.com", "15", "2", "", "", "บ้านเป็ด", "เมืองขอนแก่น",
           "ขอนแก่น", "40000"),
    Person("นาย", "อนุชา", "แสงทอง", with_check_digit("350110067042"), date(1990, 1, 30),
           "0923318870", "anucha.st@outlook.com", "250/8", "", "", "ถนนนิมมานเหมินท์", "สุเทพ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
    Person("นางสาว", "ศิริพร", "มีสุข", with_check_digit("113020045561"), date(1999, 12, 1),
           "0658894410", "siriporn.mee@gmail.com", "8", "4", "", "", "คลองหนึ่ง", "คลองหลวง",
           "ปทุมธานี", "12120"),
    Person("นาย", "ชาญชัย", "บุญมา", with_check_digit("380160015528"), date(1975, 5, 17),
           "0817043356", "chanchai.bm@gmail.com", "47", "1", "", "", "ท่าศาลา", "ท่าศาลา",
           "นครศรีธรรมราช", "80160"),
    Person("นาง", "ลำดวน", "ศรีสุข", with_check_digit("341010028843"), date(1958, 2, 9),
           "0842216093", "lamduan.ss@gmail.com", "120", "9", "", "", "หนองบัว", "เมืองอุดรธานี",
           "อุดรธานี", "41000"),
    Person("นาย", "ธีรวัฒน์", "จันทร์เพ็ญ", with_check_digit("110060129934"), date(1983, 8, 21),
           "0958812047", "teerawat.j@icloud.com", "55", "", "ซอยรามคำแหง 24", "ถนนรามคำแหง",
           "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "ปวีณา", "รัตนพันธ์", with_check_digit("120990057712"), date(2001, 6, 15),
           "0631197725", "paweena.rp@gmail.com", "3/1", "5", "", "", "บ่อวิน", "ศรีราชา",
           "ชลบุรี", "20230"),
    Person("นาย", "สมพงษ์", "ดวงแก้ว", with_check_digit("330990043386"), date(1970, 11, 28),
           "0898120457", "sompong.dk@gmail.com", "77", "6", "", "", "หัวทะเล",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
)  # fmt: skip

# Names as machine translation writes them (for the translated form only)
LATIN = {
    "กิตติศักดิ์": ("Kittisak", "Wongyai"),
    "วรรณิภา": ("Wannipa", "Chaimongkol"),
    "บุษบา": ("Budsaba", "Thongdee"),
    "อนุชา": ("Anucha", "Saengthong"),
    "ศิริพร": ("Siriporn", "Meesuk"),
    "ชาญชัย": ("Chanchai", "Boonma"),
    "ลำดวน": ("Lamduan", "Srisuk"),
    "ธีรวัฒน์": ("Teerawat", "Chanpen"),
    "ปวีณา": ("Paweena", "Rattanapan"),
    "สมพงษ์": ("Sompong", "Duangkaew"),
}
LATIN_PLACE = {
    "หนองหาร": "Nong Han", "สันทราย": "San Sai", "เชียงใหม่": "Chiang Mai",
    "บางมด": "Bang Mot", "ทุ่งครุ": "Thung Khru", "กรุงเทพมหานคร": "Bangkok",
    "บ้านเป็ด": "Ban Pet", "เมืองขอนแก่น": "Mueang Khon Kaen", "ขอนแก่น": "Khon Kaen",
    "สุเทพ": "Suthep", "เมืองเชียงใหม่": "Mueang Chiang Mai", "คลองหนึ่ง": "Khlong Nueng",
    "คลองหลวง": "Khlong Luang", "ปทุมธานี": "Pathum Thani", "ท่าศาลา": "Tha Sala",
    "นครศรีธรรมราช": "Nakhon Si Thammarat", "หนองบัว": "Nong Bua",
    "เมืองอุดรธานี": "Mueang Udon Thani", "อุดรธานี": "Udon Thani", "หัวหมาก": "Hua Mak",
    "บางกะปิ": "Bang Kapi", "บ่อวิน": "Bo Win", "ศรีราชา": "Si Racha", "ชลบุรี": "Chon Buri",
    "หัวทะเล": "Hua Thale", "เมืองนครราชสีมา": "Mueang Nakhon Ratchasima",
    "นครราชสีมา": "Nakhon Ratchasima",
}  # fmt: skip
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")  # fmt: skip


# --- how people write the values -------------------------------------------------------


def be(born: date) -> int:
    return born.year + 543


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def dashed_id(nid: str, sep: str = "-") -> str:
    return sep.join((nid[0], nid[1:5], nid[5:10], nid[10:12], nid[12]))


def dashed_mobile(mobile: str, sep: str = "-") -> str:
    return sep.join((mobile[:3], mobile[3:6], mobile[6:]))


def thai_date(born: date) -> str:
    return f"{born.day} {MONTHS[born.month - 1]} {be(born)}"


def short_date(born: date) -> str:
    return f"{born.day} {MONTHS_SHORT[born.month - 1]} {be(born)}"


def slash_date(born: date) -> str:
    return f"{born.day:02d}/{born.month:02d}/{be(born)}"


def line(p: Person, short: bool = False) -> str:
    """House to district, as typed on one line."""
    parts = [p.house]
    if p.moo:
        parts.append(f"ม.{p.moo}" if short else f"หมู่ {p.moo}")
    if p.soi:
        parts.append(p.soi.replace("ซอย", "ซ.") if short else p.soi)
    if p.road:
        parts.append(p.road.replace("ถนน", "ถ.") if short else p.road)
    if p.bangkok:
        parts += [f"แขวง{p.tambon}", f"เขต{p.amphoe}"]
    elif short:
        parts += [f"ต.{p.tambon}", f"อ.{p.amphoe}"]
    else:
        parts += [f"ตำบล{p.tambon}", f"อำเภอ{p.amphoe}"]
    return " ".join(parts)


def province_written(p: Person, short: bool = False) -> str:
    if p.bangkok:
        return "กทม." if short else "กรุงเทพมหานคร"
    return f"จ.{p.province}" if short else f"จังหวัด{p.province}"


def whole(p: Person, short: bool = False) -> str:
    return f"{line(p, short)} {province_written(p, short)} {p.postal}"


def addresses(typed: str, *tails: str) -> tuple[str, ...]:
    """The line as typed, alone or with each growing piece of its tail."""
    out = [typed]
    for tail in tails:
        out.append(f"{out[-1]} {tail}")
    return tuple(out)


def expect(p: Person, keys: str, address: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": address,
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


def standard(p: Person, short: bool = False) -> tuple[str, ...]:
    return addresses(line(p, short), province_written(p, short), p.postal)


ALL = "full_name national_id birth_date phone email address postal_code province"


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            n: int = 0, sender: str | None = None) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 13, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen14-{n}-{p.email.split('@')[0]}@example.com>"
    set_body(msg, text, html)
    return msg


def raw(p: Person, subject: str, headers: str, body: bytes, n: int = 0,
        sender: str | None = None) -> bytes:  # fmt: skip
    """A message put together byte by byte, as some programs and relays leave it."""
    who = sender or f"{Header(f'{p.first} {p.last}', 'utf-8').encode()} <{p.email}>"
    head = f"From: {who}\r\nTo: {AGENCY}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\n"
    head += f"Date: {format_datetime(datetime(2026, 12, 3, 14, n % 60, tzinfo=UTC))}\r\n"
    head += f"Message-ID: <unseen14-raw-{n}-{p.email.split('@')[0]}@example.com>\r\n"
    head += "MIME-Version: 1.0\r\n" + headers.strip().replace("\n", "\r\n") + "\r\n\r\n"
    return head.encode("ascii") + body


def case(style: str, msg: EmailMessage | bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, bytes(msg), exp)


def esc(text: str) -> str:
    return html_lib.escape(text, quote=False)


def plain_form(p: Person, i: int) -> str:
    """A plain labelled request, the body most of the transport styles carry."""
    date_ = thai_date(p.born) if i % 2 == 0 else slash_date(p.born)
    return (
        "เรียน เจ้าหน้าที่\n\n"
        "ข้าพเจ้าขอยื่นคำร้องขอสำเนาทะเบียนบ้าน รายละเอียดดังนี้\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเดือนปีเกิด: {date_}\n"
        f"โทรศัพท์มือถือ: {dashed_mobile(p.mobile)}\n"
        f"อีเมล: {p.email}\n"
        f"ที่อยู่: {whole(p)}\n\n"
        "ขอบคุณค่ะ\n"
    )


# --- transport and charsets ------------------------------------------------------------


def cp874_declared_utf8(p: Person, i: int) -> Case:
    """A Thai Windows program writes Windows-874 bytes but the relay (or the program's
    own template) labels the part UTF-8: 8bit as it came, or base64."""
    body = plain_form(p, i).replace("\n", "\r\n").encode("cp874")
    if i % 2 == 0:
        headers = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit"
    else:
        headers = 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: base64'
        body = base64.encodebytes(body).replace(b"\n", b"\r\n")
    return case(
        "cp874_declared_utf8", raw(p, "คำร้อง", headers, body, i), expect(p, ALL, standard(p))
    )


def charset_alias_names(p: Person, i: int) -> Case:
    """Windows-874 bytes under the names old Thai webmail and Outlook Express give them:
    "tis620" without its dash, "x-windows-874"."""
    name = "tis620" if i % 2 == 0 else "x-windows-874"
    body = quopri.encodestring(plain_form(p, i).encode("cp874")).replace(b"\n", b"\r\n")
    headers = (
        f"Content-Type: text/plain; charset={name}\nContent-Transfer-Encoding: quoted-printable"
    )
    return case("charset_alias_names", raw(p, "ขอสำเนาทะเบียนบ้าน", headers, body, i),
                expect(p, ALL, standard(p)))  # fmt: skip


def qp_soft_break_trailing_space(p: Person, i: int) -> Case:
    """Quoted-printable whose soft line breaks a relay padded: "= " or "=\\t" before the
    line end (RFC 2045 says such trailing white space is to be dropped)."""
    encoded = quopri.encodestring(plain_form(p, i).encode("utf-8"))
    pad = b"= \r\n" if i % 2 == 0 else b"=\t \r\n"
    body = encoded.replace(b"=\n", pad).replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
    headers = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable"
    return case("qp_soft_break_trailing_space", raw(p, "คำร้อง", headers, body, i),
                expect(p, ALL, standard(p)))  # fmt: skip


def qp_declared_raw_utf8(p: Person, i: int) -> Case:
    """A gateway labels the part quoted-printable but passes the UTF-8 bytes through
    unencoded (long lines, no soft breaks); one body also has a literal "=" in prose."""
    text = plain_form(p, i)
    if i % 2:
        text = text.replace("ขอบคุณค่ะ", "หมายเหตุ: ค่าธรรมเนียม = 20 บาท\nขอบคุณค่ะ")
    body = text.replace("\n", "\r\n").encode("utf-8")
    headers = "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable"
    return case(
        "qp_declared_raw_utf8", raw(p, "คำร้อง", headers, body, i), expect(p, ALL, standard(p))
    )


def utf16_base64_body(p: Person, i: int) -> Case:
    """A Windows program that saves text as "Unicode" sends the body as UTF-16 (with its
    byte-order mark, or little-endian declared without one)."""
    text = plain_form(p, i).replace("\n", "\r\n")
    data, name = (
        (text.encode("utf-16"), "utf-16") if i % 2 == 0 else (text.encode("utf-16-le"), "utf-16le")
    )
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    headers = f"Content-Type: text/plain; charset={name}\nContent-Transfer-Encoding: base64"
    return case("utf16_base64_body", raw(p, "คำร้อง", headers, body, i), expect(p, ALL, standard(p)))


def bare_cr_line_ends(p: Person, i: int) -> Case:
    """An old Mac-era mailer or a broken gateway: the body's lines end in CR alone."""
    data = plain_form(p, i).replace("\n", "\r").encode("utf-8")
    if i % 2:
        headers = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64"
        data = base64.encodebytes(data).replace(b"\n", b"\r\n")
    else:
        headers = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit"
    return case("bare_cr_line_ends", raw(p, "คำร้อง", headers, data, i), expect(p, ALL, standard(p)))


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def apple_text_image_text(p: Person, i: int) -> Case:
    """Apple Mail puts a photo pasted mid-letter between two text/plain parts of a
    multipart/mixed: the name and ID before the photo, the rest after it."""
    first = (
        f"เรียน เจ้าหน้าที่\n\nขอแจ้งไฟฟ้าส่องสว่างดับหน้าบ้าน ตามรูปค่ะ\nชื่อ {p.name}\nเลขบัตรประชาชน {p.nid}\n"
    )
    second = (
        f"\nวันเกิด {short_date(p.born)}\nเบอร์ติดต่อ {p.mobile}\n"
        f"ที่อยู่ {whole(p, True)}\n\nส่งจาก iPad ของฉัน\n"
    )
    msg = message(p, "ไฟดับหน้าบ้าน", n=i)
    msg.set_content(first, charset="utf-8")
    msg.add_attachment(PNG_1PX, maintype="image", subtype="png", filename="IMG_2231.png",
                       disposition="inline")  # fmt: skip
    tail = EmailMessage()
    tail.set_content(second, charset="utf-8")
    msg.attach(tail)
    return case("apple_text_image_text", msg,
                expect(p, "full_name national_id birth_date phone address postal_code province",
                       standard(p, True)))  # fmt: skip


def html_meta_truer_than_header(p: Person, i: int) -> Case:
    """The part's header says windows-874 (the webmail's default) while the bytes are
    UTF-8 and the HTML's own <meta> says so."""
    rows = plain_form(p, i).strip().split("\n")
    body_html = "".join(f"<div>{esc(r) or '<br>'}</div>" for r in rows)
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' if i % 2 == 0
            else '<meta charset="UTF-8">')  # fmt: skip
    doc = f"<html><head>{meta}</head><body>{body_html}</body></html>"
    headers = "Content-Type: text/html; charset=windows-874\nContent-Transfer-Encoding: 8bit"
    return case("html_meta_truer_than_header", raw(p, "คำร้อง", headers, doc.encode("utf-8"), i),
                expect(p, ALL, standard(p)))  # fmt: skip


# --- HTML ------------------------------------------------------------------------------

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
    '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
    "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Tahoma;}\n"
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
    "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>"
    '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
    '<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
    "</o:shapelayout></xml><![endif]--></head>"
    '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>'
)
WORD_TAIL = "</div></body></html>"


def word_p(inner: str) -> str:
    return f"<p class=MsoNormal><span lang=TH style='font-family:\"Tahoma\",sans-serif'>{inner}<o:p></o:p></span></p>"


def word_html_tab_count(p: Person, i: int) -> Case:
    """Outlook (Word as editor) lines the values up with tab stops: the label, a span of
    mso-tab-count non-breaking spaces, then the value; no colon."""
    pairs = (("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", dashed_id(p.nid)),
             ("วันเกิด", thai_date(p.born)), ("มือถือ", dashed_mobile(p.mobile)),
             ("อีเมล", p.email), ("ที่อยู่", whole(p)))  # fmt: skip
    tab = "<span style='mso-tab-count:{n}'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    rows = [word_p("เรียน หัวหน้าสำนักปลัด"), word_p("<o:p>&nbsp;</o:p>"),
            word_p("ขอยื่นคำร้องขอข้อมูลข่าวสาร ดังนี้")]  # fmt: skip
    for k, (label, value) in enumerate(pairs):
        rows.append(word_p(f"{esc(label)}{tab.format(n=1 + (k + i) % 3)}{esc(value)}"))
    rows += [word_p("<o:p>&nbsp;</o:p>"), word_p("ขอแสดงความนับถือ")]
    text = "\n".join(f"{label}\t{value}" for label, value in pairs)
    msg = message(p, "ขอข้อมูลข่าวสาร", text=text if i % 2 else None,
                  html=WORD_HEAD + "".join(rows) + WORD_TAIL, n=i)  # fmt: skip
    return case("word_html_tab_count", msg, expect(p, ALL, standard(p)))


def word_html_label_para_above(p: Person, i: int) -> Case:
    """Word paragraphs: each label bold in a paragraph of its own, its value in the next,
    empty <o:p>&nbsp;</o:p> paragraphs between the pairs."""
    pairs = (("ชื่อและนามสกุล", p.name), ("หมายเลขบัตรประจำตัวประชาชน", p.nid),
             ("วัน/เดือน/ปี เกิด", slash_date(p.born)), ("หมายเลขโทรศัพท์", p.mobile),
             ("ที่อยู่ปัจจุบัน", whole(p, True)))  # fmt: skip
    rows = [word_p("เรียน นายกองค์การบริหารส่วนตำบล"), word_p("<o:p>&nbsp;</o:p>")]
    for label, value in pairs:
        rows += [word_p(f"<b>{esc(label)}</b>"), word_p(esc(value)), word_p("<o:p>&nbsp;</o:p>")]
    msg = message(p, "คำร้องทั่วไป", html=WORD_HEAD + "".join(rows) + WORD_TAIL, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("word_html_label_para_above", msg, expect(p, keys, standard(p, True)))


def mso_hide_all_example(p: Person, i: int) -> Case:
    """The agency's HTML template carried example values in spans Outlook hides
    (mso-hide:all; display:none); the citizen typed the real value after them."""
    example = PEOPLE[(PEOPLE.index(p) + 5) % len(PEOPLE)]
    hide = "<span style='mso-hide:all;display:none;max-height:0;overflow:hidden'>{}</span>"
    pairs = (("ชื่อ-นามสกุล", example.name, p.name), ("เลขประจำตัวประชาชน", dashed_id(example.nid), dashed_id(p.nid)),
             ("วันเกิด", short_date(example.born), short_date(p.born)),
             ("โทรศัพท์", dashed_mobile(example.mobile), dashed_mobile(p.mobile)),
             ("ที่อยู่", whole(example), whole(p)))  # fmt: skip
    rows = [word_p("เรียน เจ้าหน้าที่"), word_p("กรอกข้อมูลตามแบบครับ")]
    for label, ex, value in pairs:
        rows.append(word_p(f"{esc(label)}: {hide.format('ตัวอย่าง ' + esc(ex))}{esc(value)}"))
    msg = message(p, "RE: แบบคำร้องออนไลน์", html=WORD_HEAD + "".join(rows) + WORD_TAIL, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("mso_hide_all_example", msg, expect(p, keys, standard(p)))


def css_class_hidden_example(p: Person, i: int) -> Case:
    """An e-service's mail template hides its hints with a class in <style> (shown only
    on hover in the web page); the copy in the mail keeps the hint after each label."""
    example = PEOPLE[(PEOPLE.index(p) + 3) % len(PEOPLE)]
    style = '<style type="text/css">.hint{display:none !important}.lbl{font-weight:bold}</style>'
    pairs = (("ชื่อผู้ยื่นคำขอ", f"เช่น {example.name}", p.name),
             ("เลขบัตรประชาชน", f"เช่น {example.nid}", p.nid),
             ("วันเกิด", f"เช่น {slash_date(example.born)}", slash_date(p.born)),
             ("เบอร์มือถือ", f"เช่น {example.mobile}", p.mobile),
             ("อีเมล", f"เช่น {example.email}", p.email))  # fmt: skip
    rows = "".join(
        f'<tr><td class="lbl">{esc(lab)}<div class="hint">{esc(hint)}</div></td><td>{esc(val)}</td></tr>'
        for lab, hint, val in pairs
    )
    doc = f"<html><head>{style}</head><body><p>มีผู้ยื่นคำขอใหม่ผ่านระบบ</p><table>{rows}</table></body></html>"
    msg = message(p, "คำขอใหม่ #E-2569-0" + str(140 + i), html=doc, n=i,
                  sender="e-Service <noreply@eservice.example.go.th>")  # fmt: skip
    return case(
        "css_class_hidden_example", msg, expect(p, "full_name national_id birth_date phone email")
    )


def ios_div_per_line_label_above(p: Person, i: int) -> Case:
    """iOS Mail's HTML: every line a <div>, empty lines <div><br></div>, each label on
    its own line with the value on the next; the plain part follows the same lines."""
    lines = ["สวัสดีค่ะ", "", "ขอยื่นคำร้องเรื่องน้ำประปาไม่ไหลค่ะ", "",
             "ชื่อ - นามสกุล", p.name, "", "เลขบัตรประชาชน", dashed_id(p.nid, " "), "",
             "วันเกิด", short_date(p.born), "", "เบอร์โทร", dashed_mobile(p.mobile), "",
             "ที่อยู่", line(p, True), f"{province_written(p, True)} {p.postal}", "",
             "ส่งจาก iPhone ของฉัน"]  # fmt: skip
    divs = "".join(f"<div>{esc(x)}</div>" if x else "<div><br></div>" for x in lines)
    doc = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr"></div>{divs}</body></html>'
    msg = message(p, "น้ำไม่ไหล", text="\n".join(lines) + "\n", html=doc, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("ios_div_per_line_label_above", msg, expect(p, keys, standard(p, True)))


def apple_notes_dash_list(p: Person, i: int) -> Case:
    """A note shared from Apple Notes by mail: an Apple-dash-list whose items are a
    label and its value with no colon."""
    items = (f"ชื่อ {p.name}", f"บัตร ปชช. {p.nid}", f"เกิด {short_date(p.born)}",
             f"โทร {dashed_mobile(p.mobile)}", f"อีเมล {p.email}", f"ที่อยู่ {whole(p, True)}")  # fmt: skip
    lis = "".join(f"<li>{esc(x)}</li>" for x in items)
    doc = (
        '<html><head><meta charset="utf-8"></head><body style="word-wrap: break-word;">'
        '<div><b><span style="font-size: 24px;">ข้อมูลยื่นคำร้อง</span></b></div><div><br></div>'
        f'<ul class="Apple-dash-list">{lis}</ul><div><br></div></body></html>'
    )
    msg = message(p, "ข้อมูลยื่นคำร้อง", html=doc, n=i)
    return case("apple_notes_dash_list", msg, expect(p, ALL, standard(p, True)))


def html_select_textarea(p: Person, i: int) -> Case:
    """A form page saved and mailed: the title a <select> with the chosen <option
    selected>, given and family names in two inputs, the address in a <textarea>."""
    titles = ("นาย", "นาง", "นางสาว")
    options = "".join(f"<option{' selected' if t == p.title else ''}>{t}</option>" for t in titles)
    doc = (
        "<html><body><form><h3>แบบคำร้องทั่วไป</h3><table>"
        f'<tr><td>คำนำหน้า</td><td><select name="title">{options}</select></td></tr>'
        f'<tr><td>ชื่อ</td><td><input type="text" name="fname" value="{esc(p.first)}"></td></tr>'
        f'<tr><td>นามสกุล</td><td><input type="text" name="lname" value="{esc(p.last)}"></td></tr>'
        f'<tr><td>เลขประจำตัวประชาชน</td><td><input type="text" name="cid" value="{p.nid}"></td></tr>'
        f'<tr><td>โทรศัพท์</td><td><input type="tel" name="tel" value="{p.mobile}"></td></tr>'
        f'<tr><td>ที่อยู่</td><td><textarea name="addr" rows="3">{esc(line(p))}\n{esc(province_written(p))} {p.postal}</textarea></td></tr>'
        "</table></form></body></html>"
    )
    msg = message(p, "แบบคำร้อง", html=doc, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("html_select_textarea", msg, expect(p, keys, standard(p)))


def bottom_posted_below_quote(p: Person, i: int) -> Case:
    """The agency asked for the data with an example filled in; the citizen answers
    BELOW the quote (bottom-posting), in plain text with '>' quoting."""
    ex = PEOPLE[(PEOPLE.index(p) + 4) % len(PEOPLE)]
    quote = (
        f"เมื่อ พ. 2 ธ.ค. 2569 เวลา 16:20 สำนักปลัด <{AGENCY}> เขียนว่า:\n"
        "> เรียน ผู้ยื่นคำร้อง\n>\n> กรุณาส่งข้อมูลเพิ่มเติมตามตัวอย่างนี้\n"
        f"> ชื่อ-สกุล: {ex.name}\n> เลขประจำตัวประชาชน: {dashed_id(ex.nid)}\n"
        f"> วันเกิด: {thai_date(ex.born)}\n> โทร: {dashed_mobile(ex.mobile)}\n"
        f"> ที่อยู่: {whole(ex)}\n>\n> สำนักปลัด\n"
    )
    answer = (
        f"\nส่งข้อมูลค่ะ\nชื่อ-สกุล: {p.name}\nเลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเกิด: {thai_date(p.born)}\nโทร: {dashed_mobile(p.mobile)}\nที่อยู่: {whole(p)}\n"
    )
    msg = message(p, "Re: ขอข้อมูลเพิ่มเติม", text=quote + answer, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("bottom_posted_below_quote", msg, expect(p, keys, standard(p)))


# --- text layout -----------------------------------------------------------------------


def space_header_row_plain(p: Person, i: int) -> Case:
    """A header row of labels over a row of values, lined up with spaces as the writer
    saw them in a proportional font; the address on lines of its own."""
    heads = ("ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "เบอร์โทร")
    vals = (p.name, p.nid, slash_date(p.born), dashed_mobile(p.mobile))
    widths = [max(len(h), len(v)) + 4 for h, v in zip(heads, vals, strict=True)]
    head = "".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()
    row = "".join(v.ljust(w) for v, w in zip(vals, widths, strict=True)).rstrip()
    text = (f"เรียน เจ้าหน้าที่\n\nข้อมูลผู้ร้องครับ\n\n{head}\n{row}\n\n"
            f"ที่อยู่ {whole(p)}\n\nขอบคุณครับ\n")  # fmt: skip
    msg = message(p, "ข้อมูลผู้ร้อง", text=text, n=i)
    return case("space_header_row_plain", msg,
                expect(p, "full_name national_id birth_date phone address postal_code province",
                       standard(p)))  # fmt: skip


def pairs_wrapped_at_72(p: Person, i: int) -> Case:
    """Every pair in one paragraph, hard-wrapped at 72 columns by the mail program, so a
    label can end one line and its value begin the next."""
    para = (f"ชื่อ {p.name} เลขบัตรประชาชน {dashed_id(p.nid)} วันเกิด {short_date(p.born)} "
            f"โทร {dashed_mobile(p.mobile)} อีเมล {p.email} ที่อยู่ {whole(p, True)}")  # fmt: skip
    width = 72 if i % 2 == 0 else 60
    text = "เรียน เจ้าหน้าที่\n\n" + textwrap.fill(para, width, break_on_hyphens=False,
                                                  break_long_words=False) + "\n\nขอบคุณครับ\n"  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    return case("pairs_wrapped_at_72", msg, expect(p, ALL, standard(p, True)))


def slash_separated_line(p: Person, i: int) -> Case:
    """All of it on one line, values separated by ' / ' (the house number and a dated
    birth date hold slashes of their own)."""
    date_ = short_date(p.born) if i % 2 == 0 else slash_date(p.born)
    text = (f"ข้อมูลผู้ร้อง: {p.name} / {p.nid} / {date_} / {p.mobile} / {whole(p, True)}\n\n"
            "ขอรับเบี้ยยังชีพครับ\n")  # fmt: skip
    msg = message(p, "ขอรับเบี้ยยังชีพ", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("slash_separated_line", msg, expect(p, keys, standard(p, True)))


def bare_values_by_number(p: Person, i: int) -> Case:
    """The answer to the agency's numbered questions (asked on the phone, not quoted):
    the values alone, numbered, with no labels."""
    text = (f"ตอบตามที่เจ้าหน้าที่ขอไว้ทางโทรศัพท์ครับ\n\n1. {p.name}\n2. {dashed_id(p.nid)}\n"
            f"3. {thai_date(p.born)}\n4. {dashed_mobile(p.mobile)}\n5. {whole(p)}\n\nขอบคุณครับ\n")  # fmt: skip
    msg = message(p, "ข้อมูลตามที่ขอ", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("bare_values_by_number", msg, expect(p, keys, standard(p)))


def bracket_placeholders_filled(p: Person, i: int) -> Case:
    """The agency's template pasted back: some values typed inside its [ ] brackets,
    one placeholder left as it was with the value typed after it."""
    text = (
        "แบบคำร้อง (กรุณากรอกในวงเล็บ)\n"
        f"ชื่อ-นามสกุล: [{p.name}]\n"
        f"เลขประจำตัวประชาชน: [ {p.nid} ]\n"
        f"วันเดือนปีเกิด: [วว/ดด/ปปปป] {slash_date(p.born)}\n"
        f"เบอร์โทรศัพท์: [{dashed_mobile(p.mobile)}]\n"
        f"อีเมล: [{p.email}]\n"
        f"ที่อยู่: [{line(p)}]\n"
        f"จังหวัด: [{p.province}]\n"
        f"รหัสไปรษณีย์: [{p.postal}]\n"
    )
    msg = message(p, "แบบคำร้อง", text=text, n=i)
    return case("bracket_placeholders_filled", msg, expect(p, ALL, standard(p)))


def polite_particles_after_values(p: Person, i: int) -> Case:
    """Spoken politeness typed after each value: ค่ะ, นะคะ, ครับ, ครับผม, and a 🙏."""
    a, b = ("ค่ะ", "นะคะ") if p.title != "นาย" else ("ครับ", "ครับผม")
    text = (
        f"สวัสดี{a}\nชื่อ {p.name} {a}\nเลขบัตร {p.nid} {a}\nเกิด {short_date(p.born)} {b}\n"
        f"เบอร์ {dashed_mobile(p.mobile)} {a} 🙏\nอีเมล {p.email} {a}\n"
        f"บ้านเลขที่ {whole(p, True)} {b}\nรบกวนด้วย{a} ขอบคุณมาก{a}\n"
    )
    msg = message(p, "สอบถามเรื่องเบี้ยยังชีพ", text=text, n=i)
    return case("polite_particles_after_values", msg,
                expect(p, ALL, addresses(line(p, True), province_written(p, True), p.postal)))  # fmt: skip


def signature_letter_labels(p: Person, i: int) -> Case:
    """The request in two lines, the data only in a signature with one-letter labels
    (M:, E:, A:) the way business cards and e-mail signatures write them."""
    text = (
        "เรียน เจ้าหน้าที่\n\nขอสำเนาเอกสารสัญญาจ้าง ปี 2568 ครับ ข้อมูลตามลายเซ็นด้านล่าง\n\n"
        f"--\n{p.first} {p.last} ({p.title})\nID: {dashed_id(p.nid, ' ')}\n"
        f"M: {dashed_mobile(p.mobile, '.')}\nE: {p.email}\nA: {whole(p, True)}\n"
    )
    msg = message(p, "ขอสำเนาสัญญาจ้าง", text=text, n=i)
    keys = "full_name national_id phone email address postal_code province"
    return case("signature_letter_labels", msg, expect(p, keys, standard(p, True)))


def copied_friends_mail_below(p: Person, i: int) -> Case:
    """A citizen reuses a friend's sent request as the model: her own values on top, the
    friend's whole forwarded request left below."""
    f = PEOPLE[(PEOPLE.index(p) + 2) % len(PEOPLE)]
    own = (f"ขอยื่นคำร้องแบบเดียวกับเพื่อนค่ะ\n\nชื่อ-สกุล: {p.name}\nเลขบัตรประชาชน: {p.nid}\n"
           f"วันเกิด: {short_date(p.born)}\nโทร: {p.mobile}\nที่อยู่: {whole(p)}\n\n")  # fmt: skip
    fwd = (
        "---------- Forwarded message ---------\n"
        f"From: {f.first} {f.last} <{f.email}>\nDate: Mon, 30 Nov 2026 at 09:12\n"
        f"Subject: ขอสำเนาทะเบียนบ้าน\nTo: <{AGENCY}>\n\n"
        f"ชื่อ-สกุล: {f.name}\nเลขบัตรประชาชน: {f.nid}\nวันเกิด: {short_date(f.born)}\n"
        f"โทร: {f.mobile}\nที่อยู่: {whole(f)}\n"
    )
    msg = message(p, "Fwd: ขอสำเนาทะเบียนบ้าน", text=own + fwd, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("copied_friends_mail_below", msg, expect(p, keys, standard(p)))


def translated_labels_english_be_year(p: Person, i: int) -> Case:
    """A Thai form put through machine translation into English: the labels translated
    word for word, names romanised, the Buddhist year left as it was."""
    first, last = LATIN[p.first]
    title = {"นาย": "Mr.", "นาง": "Mrs.", "นางสาว": "Miss"}[p.title]
    born = p.born
    date_ = (f"{born.day} {ENGLISH_MONTHS[born.month - 1]} {be(born)}" if i % 2 == 0
             else f"{ENGLISH_MONTHS[born.month - 1]} {born.day}, {be(born)}")  # fmt: skip
    moo = f"Village No. {p.moo}, " if p.moo else ""
    text = (
        "Dear officer\n\nI would like to request a copy of the house registration.\n\n"
        f"Name - surname: {title} {first} {last}\nID card number: {dashed_id(p.nid)}\n"
        f"Date of birth: {date_}\nMobile phone number: {dashed_mobile(p.mobile)}\n"
        f"E-mail: {p.email}\n"
        f"Address: {p.house} {moo}{LATIN_PLACE[p.tambon]} Subdistrict, {LATIN_PLACE[p.amphoe]} "
        f"District, {LATIN_PLACE[p.province]} Province {p.postal}\n\nThank you\n"
    )
    msg = message(p, "Request a copy of house registration", text=text, n=i)
    exp = expect(p, "national_id birth_date phone email postal_code province")
    exp["full_name"] = (f"{title} {first} {last}", f"{first} {last}", f"{title}{first} {last}")
    return case("translated_labels_english_be_year", msg, exp)


def underlined_labels(p: Person, i: int) -> Case:
    """Labels on their own line underlined with === or ---, the value under the rule."""
    rule = "=" if i % 2 == 0 else "-"
    pairs = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
             ("วันเกิด", thai_date(p.born)), ("โทรศัพท์", dashed_mobile(p.mobile)),
             ("อีเมล", p.email), ("ที่อยู่", whole(p)))  # fmt: skip
    text = "ข้อมูลผู้ยื่นคำร้อง\n\n" + "\n\n".join(f"{a}\n{rule * 16}\n{b}" for a, b in pairs) + "\n"
    msg = message(p, "คำร้อง", text=text, n=i)
    return case("underlined_labels", msg, expect(p, ALL, standard(p)))


def hashtag_labels(p: Person, i: int) -> Case:
    """A post first written for the agency's Facebook page, sent by mail: hashtags as
    labels, and topic hashtags at the end."""
    text = (
        "แจ้งถนนเป็นหลุมเป็นบ่อค่ะ 😢\n"
        f"#ชื่อ {p.name}\n#เลขบัตรประชาชน {p.nid}\n#วันเกิด {short_date(p.born)}\n"
        f"#เบอร์โทร {dashed_mobile(p.mobile)}\n#ที่อยู่ {whole(p, True)}\n\n"
        "#ร้องเรียน #ถนนชำรุด #อบต\n"
    )
    msg = message(p, "แจ้งถนนชำรุด", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("hashtag_labels", msg, expect(p, keys, standard(p, True)))


def slash_in_brackets_tick(p: Person, i: int) -> Case:
    """The paper form's title choice typed as ( / ) beside the chosen one and ( ) beside
    the others; given and family names on their own labels."""
    titles = ("นาย", "นาง", "นางสาว")
    mark = "( / )" if i % 2 == 0 else "(/)"
    choice = " ".join(f"{mark if t == p.title else '(  )'} {t}" for t in titles)
    text = (
        f"คำนำหน้าชื่อ {choice}\nชื่อ {p.first}   นามสกุล {p.last}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\nวันเดือนปีเกิด {slash_date(p.born)}\n"
        f"โทรศัพท์ {p.mobile}\nที่อยู่ {whole(p)}\n"
    )
    msg = message(p, "แบบคำร้อง", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("slash_in_brackets_tick", msg, expect(p, keys, standard(p)))


# --- values ----------------------------------------------------------------------------


def former_name_in_brackets(p: Person, i: int) -> Case:
    """A married woman's former surname, or a changed given name, in brackets after the
    name in use."""
    if p.title == "นาย":
        name = f"{p.name} (ชื่อเดิม {p.title}ชาญณรงค์ {p.last})"
    else:
        name = f"{p.name} (นามสกุลเดิม ศรีเมือง)"
    text = (f"ชื่อ-สกุล: {name}\nเลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
            f"วันเกิด: {thai_date(p.born)}\nโทร: {dashed_mobile(p.mobile)}\nที่อยู่: {whole(p)}\n")  # fmt: skip
    msg = message(p, "ขอหนังสือรับรอง", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("former_name_in_brackets", msg, expect(p, keys, standard(p)))


def acting_rank_wathi(p: Person, i: int) -> Case:
    """ว่าที่ร้อยตรี (acting sub-lieutenant), common among graduates and officials:
    written out whole, or abbreviated with its own space (ว่าที่ ร.ต.หญิง)."""
    if i % 2 == 0:
        title, typed = "ว่าที่ร้อยตรี", f"ว่าที่ร้อยตรี{p.first} {p.last}"
    else:
        title, typed = "ว่าที่ ร.ต.หญิง", f"ว่าที่ ร.ต.หญิง {p.first} {p.last}"
    q = replace(p, title=title)
    text = (f"ข้าพเจ้า {typed}\nเลขประจำตัวประชาชน {p.nid}\nเกิดวันที่ {thai_date(p.born)}\n"
            f"โทรศัพท์ {dashed_mobile(p.mobile)}\nอีเมล {p.email}\nที่อยู่ {whole(p)}\n"
            "ขอยื่นคำร้องขอใช้สถานที่\n")  # fmt: skip
    msg = message(p, "ขอใช้สถานที่", text=text, n=i)
    exp = expect(q, ALL, standard(p))
    squeezed = title.replace(" ", "")
    exp["full_name"] = (typed, f"{squeezed}{p.first} {p.last}", f"{squeezed} {p.first} {p.last}",
                        f"{title}{p.first} {p.last}")  # fmt: skip
    return case("acting_rank_wathi", msg, exp)


def monk_pali_chaya(p: Person, i: int) -> Case:
    """A monk writes with his rank, monastic name and Pali chaya (with phinthu marks),
    his lay surname in brackets, living at a temple."""
    name = "พระมหาสมพงษ์ ฐิตธมฺโม" if i % 2 == 0 else "พระครูสมุห์ชาญชัย ธมฺมวโร"
    lay = p.last
    temple = f"วัด{p.tambon}"
    typed_line = f"{temple} {line(p)}"
    text = (
        "เจริญพร เจ้าหน้าที่\n\nอาตมาขอยื่นคำร้องขอใช้ศาลาวัดจัดงานบุญ\n"
        f"ชื่อ: {name} (นามสกุลเดิม {lay})\nเลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"เกิด: {short_date(p.born)}\nโทร: {dashed_mobile(p.mobile)}\n"
        f"ที่อยู่: {typed_line} {province_written(p)} {p.postal}\n\nเจริญพร\n"
    )
    msg = message(p, "ขอใช้ศาลา", text=text, n=i)
    exp = expect(p, "national_id birth_date phone address postal_code province",
                 addresses(typed_line, province_written(p), p.postal))  # fmt: skip
    exp["full_name"] = (name, f"{name} ({lay})", f"{name} (นามสกุลเดิม {lay})")
    return case("monk_pali_chaya", msg, exp)


def amphoe_mueang_bare(p: Person, i: int) -> Case:
    """อ.เมือง alone for a province's capital district (its province named after it), or
    the province after the postal code without จ."""
    if not p.amphoe.startswith("เมือง"):
        p = PEOPLE[2]  # the style needs a capital district
    district = "อ.เมือง"
    moo = f" ม.{p.moo}" if p.moo else ""
    typed = f"{p.house}{moo} ต.{p.tambon} {district}"
    tail = f"จ.{p.province} {p.postal}" if i % 2 == 0 else f"{p.province} {p.postal}"
    text = (f"ชื่อ {p.name}\nบัตรประชาชน {p.nid}\nเกิด {short_date(p.born)}\nโทร {p.mobile}\n"
            f"ที่อยู่ {typed} {tail}\n")  # fmt: skip
    msg = message(p, "แจ้งไฟฟ้าดับ", text=text, n=i)
    prov = tail.rsplit(" ", 1)[0]
    return case("amphoe_mueang_bare", msg,
                expect(p, "full_name national_id birth_date phone address postal_code province",
                       addresses(typed, prov, p.postal)))  # fmt: skip


COLLOQUIAL = {"นครราชสีมา": "โคราช", "นครศรีธรรมราช": "นครศรีฯ", "อุดรธานี": "อุดรฯ",
              "ปทุมธานี": "ปทุมฯ", "กรุงเทพมหานคร": "กทม", "เชียงใหม่": "เชียงใหม่",
              "ขอนแก่น": "ขอนแก่น", "ชลบุรี": "ชลบุรี"}  # fmt: skip


def province_colloquial_names(p: Person, i: int) -> Case:
    """Provinces by the names people say: โคราช, นครศรีฯ, อุดรฯ, ปทุมฯ, กทม."""
    prov = COLLOQUIAL[p.province]
    where = "" if p.bangkok else "จ."
    typed = line(p, True)
    text = (f"ชื่อ: {p.name}\nเลขบัตร: {p.nid}\nโทร: {dashed_mobile(p.mobile)}\n"
            f"ที่อยู่: {typed} {where}{prov} {p.postal}\n")  # fmt: skip
    msg = message(p, "ร้องเรียนเสียงดัง", text=text, n=i)
    return case("province_colloquial_names", msg,
                expect(p, "full_name national_id phone address postal_code province",
                       addresses(typed, f"{where}{prov}", p.postal)))  # fmt: skip


def address_commas_postal_first(p: Person, i: int) -> Case:
    """An address written the way parcel labels and English forms order it: commas
    between the parts, the postal code before the province."""
    parts = [p.house] + ([f"หมู่ {p.moo}"] if p.moo else []) + ([p.soi] if p.soi else [])
    parts += [p.road] if p.road else []
    parts += (
        [f"แขวง{p.tambon}", f"เขต{p.amphoe}"] if p.bangkok else [f"ต.{p.tambon}", f"อ.{p.amphoe}"]
    )
    typed = ", ".join(parts)
    prov = "กรุงเทพฯ" if p.bangkok else p.province
    text = (f"เรียน เจ้าหน้าที่\nชื่อ {p.name}\nเลขบัตรประชาชน {dashed_id(p.nid)}\n"
            f"โทร {dashed_mobile(p.mobile)}\nที่อยู่ {typed}, {p.postal} {prov}\n")  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    spaced = " ".join(parts)
    accepted = (*addresses(typed), f"{typed},", *addresses(spaced), f"{typed}, {p.postal} {prov}",
                f"{spaced} {p.postal} {prov}", f"{spaced} {prov} {p.postal}")  # fmt: skip
    return case("address_commas_postal_first", msg,
                expect(p, "full_name national_id phone address postal_code province", accepted))  # fmt: skip


MATH_BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")


def keycaps(digits: str) -> str:
    return "".join(f"{d}\ufe0f\u20e3" if d.isdigit() else d for d in digits)


def fancy_unicode_digits(p: Person, i: int) -> Case:
    """Digits from a "fancy text" keyboard (mathematical bold) or keycap emoji, as
    people decorate posts and chats."""
    if i % 2 == 0:
        nid, phone = p.nid.translate(MATH_BOLD), dashed_mobile(p.mobile).translate(MATH_BOLD)
    else:
        nid, phone = dashed_id(p.nid), keycaps(p.mobile)
    text = (f"📌 ชื่อ: {p.name}\n📌 เลขบัตร: {nid}\n📌 วันเกิด: {short_date(p.born)}\n"
            f"📌 เบอร์: {phone}\n📌 อีเมล: {p.email}\n📌 ที่อยู่: {whole(p, True)}\n")  # fmt: skip
    msg = message(p, "คำร้องค่ะ", text=text, n=i)
    return case("fancy_unicode_digits", msg, expect(p, ALL, standard(p, True)))


def unicode_dashes_spaces_in_numbers(p: Person, i: int) -> Case:
    """Numbers typed in a word processor or on a Mac: minus signs (U+2212), non-breaking
    hyphens (U+2011), narrow and figure spaces (U+202F, U+2007) between the groups."""
    if i % 2 == 0:
        nid, phone = dashed_id(p.nid, "\u2212"), dashed_mobile(p.mobile, "\u2011")
    else:
        nid, phone = dashed_id(p.nid, "\u202f"), dashed_mobile(p.mobile, "\u2007")
    text = (f"ชื่อ-สกุล : {p.name}\nเลขประจำตัวประชาชน : {nid}\nวันเกิด : {thai_date(p.born)}\n"
            f"โทรศัพท์ : {phone}\nที่อยู่ : {whole(p)}\n")  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("unicode_dashes_spaces_in_numbers", msg, expect(p, keys, standard(p)))


def id_broken_across_lines(p: Person, i: int) -> Case:
    """A narrow phone screen's hard wrap splits the ID and the phone number between two
    lines at a dash or space."""
    if i % 2 == 0:
        nid = f"{p.nid[0]}-{p.nid[1:5]}-\n{p.nid[5:10]}-{p.nid[10:12]}-{p.nid[12]}"
        phone = f"{p.mobile[:3]}-{p.mobile[3:6]}-\n{p.mobile[6:]}"
    else:
        nid = f"{p.nid[0]} {p.nid[1:5]} {p.nid[5:10]}\n{p.nid[10:12]} {p.nid[12]}"
        phone = f"{p.mobile[:3]}\n{p.mobile[3:]}"
    text = (f"ชื่อ {p.name} เลขประจำตัวประชาชน {nid} วันเกิด {thai_date(p.born)}\n"
            f"เบอร์โทรศัพท์มือถือ {phone}\nที่อยู่ {whole(p)}\n")  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("id_broken_across_lines", msg, expect(p, keys, standard(p)))


def dotted_numbers(p: Person, i: int) -> Case:
    """Dots as the separator in every number: birth date, phone and ID."""
    b = p.born
    date_ = (
        f"{b.day:02d}.{b.month:02d}.{be(b)}" if i % 2 == 0 else thai(f"{b.day}.{b.month}.{be(b)}")
    )
    text = (f"ชื่อ {p.name}\nเลขบัตร {dashed_id(p.nid, '.')}\nวันเกิด {date_}\n"
            f"โทร {dashed_mobile(p.mobile, '.')}\nอีเมล {p.email}\nที่อยู่ {whole(p, True)}\n")  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    return case("dotted_numbers", msg, expect(p, ALL, standard(p, True)))


# --- people ----------------------------------------------------------------------------


def headman_forwards_villager(p: Person, i: int) -> Case:
    """A village headman sends a villager's request from his own mail, his name and
    phone first, the villager's data (no e-mail of her own) below."""
    text = (
        "เรียน ปลัด อบต.\n\nผมผู้ใหญ่บ้านหมู่ "
        f"{p.moo or '1'} ขอส่งคำร้องของลูกบ้านที่ไม่มีอีเมลครับ\n"
        "ผู้ใหญ่ทองใบ ใจกว้าง โทร 089-440-1276\n\n"
        "--- ข้อมูลผู้ร้อง ---\n"
        f"ชื่อ-สกุล: {p.name}\nเลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเกิด: {thai_date(p.born)}\nเบอร์โทร: {dashed_mobile(p.mobile)}\nที่อยู่: {whole(p)}\n"
        "เรื่อง: ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนา\n\nผู้ใหญ่ทองใบ\n"
    )
    msg = message(p, "ส่งคำร้องลูกบ้าน", text=text, n=i,
                  sender="ผู้ใหญ่ทองใบ <thongbai.headman@gmail.com>")  # fmt: skip
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("headman_forwards_villager", msg, expect(p, keys, standard(p)))


def typing_shop_sends(p: Person, i: int) -> Case:
    """A typing and photocopy shop sends the request for a customer: the shop's footer
    with its own phone, LINE and address, the customer's data in the letter."""
    text = (
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {thai_date(p.born)} "
        f"อยู่บ้านเลขที่ {whole(p)} โทรศัพท์ {dashed_mobile(p.mobile)} "
        "มีความประสงค์ขออนุญาตตั้งวางแผงลอยหน้าตลาด\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        f"({p.name})\nผู้ยื่นคำร้อง\n\n"
        "----\nส่งโดย ร้านเจริญการพิมพ์ ถ่ายเอกสาร-พิมพ์งาน\n"
        "12/4 ถนนโพศรี ต.หมากแข้ง อ.เมือง จ.อุดรธานี 41000\n"
        "โทร 042-241-556, 081-960-3321 LINE: @charoenprint\n"
    )
    msg = message(p, "คำร้อง (ส่งแทนลูกค้า)", text=text, n=i,
                  sender="ร้านเจริญการพิมพ์ <charoenprint.shop@gmail.com>")  # fmt: skip
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("typing_shop_sends", msg, expect(p, keys, standard(p)))


Style = Callable[[Person, int], Case]
STYLES: tuple[Style, ...] = (
    cp874_declared_utf8, charset_alias_names, qp_soft_break_trailing_space,
    qp_declared_raw_utf8, utf16_base64_body, bare_cr_line_ends, apple_text_image_text,
    html_meta_truer_than_header, word_html_tab_count, word_html_label_para_above,
    mso_hide_all_example, css_class_hidden_example, ios_div_per_line_label_above,
    apple_notes_dash_list, html_select_textarea, bottom_posted_below_quote,
    space_header_row_plain, pairs_wrapped_at_72, slash_separated_line, bare_values_by_number,
    bracket_placeholders_filled, polite_particles_after_values, signature_letter_labels,
    copied_friends_mail_below, translated_labels_english_be_year, underlined_labels,
    hashtag_labels, slash_in_brackets_tick, former_name_in_brackets, acting_rank_wathi,
    monk_pali_chaya, amphoe_mueang_bare, province_colloquial_names,
    address_commas_postal_first, fancy_unicode_digits, unicode_dashes_spaces_in_numbers,
    id_broken_across_lines, dotted_numbers, headman_forwards_villager, typing_shop_sends,
)  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return [
        style(PEOPLE[(3 * s + i) % len(PEOPLE)], i)
        for s, style in enumerate(STYLES)
        for i in range(2)
    ]


# --- the second batch: written after the first fixes, to probe their neighbours ---------


def tiny_font_example(p: Person, i: int) -> Case:
    """A template's example hidden the way newsletters hide a preheader, without
    display:none: font-size 0, zero height, overflow hidden, or white on white."""
    ex = PEOPLE[(PEOPLE.index(p) + 6) % len(PEOPLE)]
    hide = ("<span style='font-size:0px;line-height:0;max-height:0;overflow:hidden'>{}</span>"
            if i % 2 == 0 else "<span style='color:#ffffff;font-size:1px'>{}</span>")  # fmt: skip
    pairs = (("ชื่อ-นามสกุล", ex.name, p.name), ("เลขประจำตัวประชาชน", ex.nid, p.nid),
             ("โทรศัพท์", ex.mobile, dashed_mobile(p.mobile)))  # fmt: skip
    rows = "".join(
        f"<p>{esc(a)}: {hide.format('ตัวอย่าง ' + esc(b))}{esc(c)}</p>" for a, b, c in pairs
    )
    msg = message(p, "แบบคำร้อง", html=f"<html><body>{rows}</body></html>", n=i)
    return case("tiny_font_example", msg, expect(p, "full_name national_id phone"))


def officer_forward_with_own_block(p: Person, i: int) -> Case:
    """An officer forwards a citizen's mail into the intake box, her own contact block
    (name, phone, e-mail with labels) typed above the forward."""
    text = (
        "ส่งต่อคำร้องที่ส่งมาที่อีเมลส่วนตัวค่ะ\n\n"
        "ผู้ส่งต่อ: นางสาวมาลัย ใจงาม (เจ้าหน้าที่ธุรการ)\nโทร: 044-123-456 ต่อ 12\n"
        "อีเมล: malai.j@example.go.th\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {p.first} {p.last} <{p.email}>\nDate: Tue, 1 Dec 2026 at 08:40\n"
        f"Subject: คำร้อง\nTo: malai.j@example.go.th\n\n"
        f"ชื่อ-สกุล: {p.name}\nเลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเกิด: {thai_date(p.born)}\nโทร: {dashed_mobile(p.mobile)}\nอีเมล: {p.email}\n"
        f"ที่อยู่: {whole(p)}\n"
    )
    msg = message(p, "Fwd: คำร้อง", text=text, n=i, sender="มาลัย <malai.j@example.go.th>")
    return case("officer_forward_with_own_block", msg, expect(p, ALL, standard(p)))


def qp_lowercase_hex_lf(p: Person, i: int) -> Case:
    """A home-made mailer's quoted-printable: lower-case hex, bare LF line ends, soft
    breaks with trailing spaces on some lines only."""
    encoded = quopri.encodestring(plain_form(p, i).encode("utf-8"))
    body = encoded.decode("ascii")
    body = "".join(
        piece.lower() if piece.startswith("=") and len(piece) == 3 else piece
        for piece in re.split(r"(=[0-9A-F]{2})", body)
    )
    if i % 2:
        body = body.replace("=\n", "=  \n", 3)
    headers = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable"
    return case("qp_lowercase_hex_lf", raw(p, "คำร้อง", headers, body.encode("ascii"), i),
                expect(p, ALL, standard(p)))  # fmt: skip


def postal_labelled_before_province(p: Person, i: int) -> Case:
    """The postal code with its own word before the province: "รหัสไปรษณีย์ 40000
    จังหวัดขอนแก่น", or "ปณ. 40000 จ.ขอนแก่น"."""
    word = "รหัสไปรษณีย์" if i % 2 == 0 else "ปณ."
    prov = province_written(p, i % 2 == 1)
    typed = line(p, i % 2 == 1)
    text = (f"ชื่อ: {p.name}\nเลขบัตรประชาชน: {p.nid}\nโทร: {p.mobile}\n"
            f"ที่อยู่: {typed} {word} {p.postal} {prov}\n")  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    accepted = (*addresses(typed), f"{typed} {word} {p.postal} {prov}")
    return case("postal_labelled_before_province", msg,
                expect(p, "full_name national_id phone address postal_code province", accepted))  # fmt: skip


def semicolon_values(p: Person, i: int) -> Case:
    """The values alone on one line parted by semicolons (or commas), no labels."""
    sep = "; " if i % 2 == 0 else ", "
    text = (f"ส่งข้อมูลค่ะ\n{p.name}{sep}{dashed_id(p.nid)}{sep}{dashed_mobile(p.mobile)}{sep}"
            f"{whole(p, True)}\n")  # fmt: skip
    msg = message(p, "ข้อมูลผู้ร้อง", text=text, n=i)
    return case("semicolon_values", msg,
                expect(p, "full_name national_id phone address postal_code province",
                       standard(p, True)))  # fmt: skip


def particles_glued_to_values(p: Person, i: int) -> Case:
    """The politeness typed on without a space: "ใจดีค่ะ", "0812345670ครับ"."""
    a = "ค่ะ" if p.title != "นาย" else "ครับ"
    text = (f"ชื่อ {p.name}{a}\nเลขบัตร {p.nid}{a}\nเบอร์ {p.mobile}{a}\n"
            f"ที่อยู่ {whole(p, True)}{a}\n")  # fmt: skip
    msg = message(p, "คำร้อง", text=text, n=i)
    return case("particles_glued_to_values", msg,
                expect(p, "full_name national_id phone address postal_code province",
                       standard(p, True)))  # fmt: skip


def card_signature_icons(p: Person, i: int) -> Case:
    """A signature with icons or lower-case letters for labels (☎, ✉, 🏠; m:, e:), the
    request above it in one sentence with no data."""
    if i % 2 == 0:
        sig = (f"{p.name}\n☎ {dashed_mobile(p.mobile)}\n✉ {p.email}\n🏠 {whole(p, True)}\n"
               f"🆔 {p.nid}\n")  # fmt: skip
    else:
        sig = f"{p.name}\nm: {p.mobile}\ne: {p.email}\na: {whole(p, True)}\nid: {p.nid}\n"
    text = f"เรียน เจ้าหน้าที่\n\nขอแบบฟอร์มขออนุญาตตั้งแผงลอยค่ะ\n\n-- \n{sig}"
    msg = message(p, "ขอแบบฟอร์ม", text=text, n=i)
    keys = "full_name national_id phone email address postal_code province"
    return case("card_signature_icons", msg, expect(p, keys, standard(p, True)))


def space_header_row_empty_cell(p: Person, i: int) -> Case:
    """A space-aligned header row whose value row leaves a column empty (no e-mail), so
    the value row has fewer cells than the header."""
    heads = ("ชื่อ-สกุล", "เลขบัตรประชาชน", "อีเมล", "เบอร์โทร")
    vals = (p.name, p.nid, "", dashed_mobile(p.mobile))
    widths = [max(len(h), len(v)) + 4 for h, v in zip(heads, vals, strict=True)]
    head = "".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()
    row = "".join(v.ljust(w) for v, w in zip(vals, widths, strict=True)).rstrip()
    text = f"ข้อมูลผู้ร้อง\n\n{head}\n{row}\n\nที่อยู่ {whole(p)}\n"
    msg = message(p, "ข้อมูลผู้ร้อง", text=text, n=i)
    return case("space_header_row_empty_cell", msg,
                expect(p, "full_name national_id phone address postal_code province",
                       standard(p)))  # fmt: skip


SECOND_BATCH: tuple[Style, ...] = (
    tiny_font_example, officer_forward_with_own_block, qp_lowercase_hex_lf,
    postal_labelled_before_province, semicolon_values, particles_glued_to_values,
    card_signature_icons, space_header_row_empty_cell,
)  # fmt: skip


def build_second_batch() -> list[Case]:
    return [
        style(PEOPLE[(3 * s + i + 1) % len(PEOPLE)], i)
        for s, style in enumerate(SECOND_BATCH)
        for i in range(2)
    ]
