"""A sixteenth set of requests written by someone who had not read the readers (issue 8):
MAIL BODIES only, in ways Thai citizens write to an agency that sets 1-15 do not hold.

Written before reading `extractors/` or `config/` or any earlier set's bodies (only the
harness, the first set's Case/with_check_digit/thai helpers and the earlier sets' style
names were read). It aims at:

- chat habits: a LINE-style mail with the values spread over chatty sentences; short
  bursts pasted from a messenger, one value per line with particles;
- mobile mail apps: Samsung's quoted-printable body with its Thai "original message"
  header and the agency's blank template quoted below; iOS format=flowed with a value
  wrapped mid-way; Yahoo's Thai "เมื่อ ... เขียนว่า:" quote header; Huawei's HTML divs;
- answers typed inline under a clerk's quoted numbered questions (plain and Gmail HTML),
  the questions carrying example shapes;
- Outlook HTML whose MsoNormal spans split a value in pieces; Gmail divs per line;
  coloured spans and <font>; bold labels without a colon; tel:/mailto:/maps links;
  plain text converted from HTML with "<mailto:...>" after values;
- a citizen correcting a value in the same mail, or by a reply quoting the old one;
- filing on behalf of a mother or a child (ยื่นแทน): the applicant is not the sender;
- mixed Thai/English labels; Buddhist-era dates in Thai digits, two-digit years, dots,
  English month names, the era spelt out; IDs in odd groups; addresses with soi before
  moo, a village name after moo, Bangkok abbreviations, indented continuation lines;
  phones with +66 (0), extensions, two numbers with carrier notes, dots and odd groups;
- mails where the citizen's data must not be confused with the agency's: the clerk's
  signature and the agency's footer quoted below, a friend's data added after one's own
  without any forward marker, a self-forward of a mail first sent to the wrong address.

Each case carries the normalised values a clerk would accept for the fields the request
really holds; an empty tuple means the only right answer is no value or a flagged one
(the value is only in the agency's quoted text). OUTCOMES holds a few mails that must
not open a case at all (auto-replies), checked by the classifier.
Nothing here is imported from the code under test. All people, numbers and addresses
are invented; the places and postal codes exist together.
"""

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element

from __future__ import annotations

import html as html_lib
import quopri
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit

AGENCY = "saraban@nongbua-sao.go.th"
CLERK = "นางสาวกานดา ศรีวงศ์"
CLERK_PHONE = "043-261-558"
AGENCY_ADDRESS = "99 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    house: str
    moo: str  # "" where there is none
    soi: str  # the bare name, without ซอย
    road: str  # the bare name, without ถนน
    tambon: str
    amphoe: str
    province: str
    postal: str
    village: str = ""  # the village's name after หมู่ (บ้าน...)

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str
    email: str
    place: Place

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def spaced(self) -> str:
        """As many type it: a space after the title."""
        return f"{self.title} {self.first} {self.last}"


def _nid(seed: str) -> str:
    return with_check_digit(seed)


PLACES = (
    Place("45/2", "4", "", "มิตรภาพ", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Place(
        "88/19",
        "",
        "ประชาราษฎร์บำเพ็ญ 8",
        "ประชาราษฎร์บำเพ็ญ",
        "ห้วยขวาง",
        "ห้วยขวาง",
        "กรุงเทพมหานคร",
        "10310",
    ),
    Place("112", "7", "", "", "สันผีเสื้อ", "เมืองเชียงใหม่", "เชียงใหม่", "50300", "บ้านป่าแงะ"),
    Place("9", "11", "", "", "โคกกรวด", "เมืองนครราชสีมา", "นครราชสีมา", "30280", "บ้านหนองไผ่ล้อม"),
    Place("301/5", "2", "ศรีสุข 3", "อุดรดุษฎี", "หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Place("1024/77", "", "ลาดพร้าว 101", "ลาดพร้าว", "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Place("27", "3", "", "กาญจนวนิช", "คอหงส์", "หาดใหญ่", "สงขลา", "90110"),
    Place("5/1", "6", "", "", "ท่าซัก", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000", "บ้านท่าซัก"),
    Place("66", "9", "", "", "ขามใหญ่", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000", "บ้านคำน้ำแซบ"),
    Place("143/8", "", "พระองค์ดำ 2", "พระองค์ดำ", "ในเมือง", "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
)

PEOPLE = (
    Person(
        "นางสาว",
        "พิมพ์ชนก",
        "แสงทอง",
        _nid("110370145236"),
        date(1992, 1, 12),
        "0812457736",
        "pimchanok.st@gmail.com",
        PLACES[0],
    ),
    Person(
        "นาย",
        "ธนากร",
        "บุญประเสริฐ",
        _nid("310060221874"),
        date(1985, 7, 3),
        "0896614032",
        "thanakorn.b@hotmail.com",
        PLACES[1],
    ),
    Person(
        "นาง",
        "สุดารัตน์",
        "วงศ์ใหญ่",
        _nid("350990034517"),
        date(1978, 11, 25),
        "0613378245",
        "sudarat.w78@yahoo.com",
        PLACES[2],
    ),
    Person(
        "นาย",
        "วีระพงษ์",
        "ศรีสุข",
        _nid("130010092263"),
        date(1990, 4, 8),
        "0954412078",
        "weerapong.ss@gmail.com",
        PLACES[3],
    ),
    Person(
        "นางสาว",
        "กัลยา",
        "ทองมา",
        _nid("141990087641"),
        date(1999, 9, 30),
        "0637781524",
        "kanlaya.tm@outlook.com",
        PLACES[4],
    ),
    Person(
        "นาย",
        "อนุชา",
        "พลอยงาม",
        _nid("110150066398"),
        date(1982, 2, 17),
        "0819903346",
        "anucha.ploy@gmail.com",
        PLACES[5],
    ),
    Person(
        "นาง",
        "มาลัย",
        "จันทร์หอม",
        _nid("390110045127"),
        date(1969, 6, 1),
        "0872256619",
        "malai.jh@hotmail.com",
        PLACES[6],
    ),
    Person(
        "นาย",
        "ปกรณ์",
        "เพชรรัตน์",
        _nid("380050033712"),
        date(1995, 12, 22),
        "0924471380",
        "pakorn.pr@gmail.com",
        PLACES[7],
    ),
    Person(
        "นางสาว",
        "ณัฐธิดา",
        "คำแก้ว",
        _nid("134990102556"),
        date(2001, 3, 14),
        "0658823107",
        "natthida.kk@gmail.com",
        PLACES[8],
    ),
    Person(
        "นาย",
        "สมพงษ์",
        "ดวงดี",
        _nid("365010028834"),
        date(1973, 8, 19),
        "0843390571",
        "sompong.dd@yahoo.co.th",
        PLACES[9],
    ),
)

# The applicants of the ยื่นแทน styles (a mother, a child) and a friend's data
MOTHER = Person(
    "นาง", "บัวผัน", "แสงทอง", _nid("340120045589"), date(1951, 5, 9), "0427711245", "", PLACES[0]
)
MOTHER_2 = Person(
    "นาง", "ทองใบ", "บุญประเสริฐ", _nid("310040012276"), date(1956, 10, 2), "", "", PLACES[1]
)
CHILD = Person(
    "เด็กชาย", "ภูมิพัฒน์", "ศรีสุข", _nid("130010245117"), date(2016, 6, 21), "", "", PLACES[3]
)
CHILD_2 = Person(
    "เด็กหญิง", "ปุณยาพร", "ดวงดี", _nid("165990213408"), date(2018, 2, 4), "", "", PLACES[9]
)
FRIEND = Person(
    "นางสาว",
    "วรรณา",
    "มีสุข",
    _nid("140990071235"),
    date(1993, 5, 5),
    "0891127734",
    "wanna.ms@gmail.com",
    PLACES[4],
)


# --- how the values are written --------------------------------------------------------


def iso(d: date) -> str:
    return d.isoformat()


def intl(number: str) -> str:
    return "+66" + number[1:]


def dashed_mobile(m: str) -> str:
    return f"{m[:3]}-{m[3:6]}-{m[6:]}"


def dashed_id(n: str) -> str:
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def thai_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def short_thai_date(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"


def long_addr(p: Place) -> str:
    parts = [p.house]
    if p.moo:
        parts.append(f"หมู่ที่ {p.moo}")
    if p.soi:
        parts.append(f"ซอย{p.soi}")
    if p.road:
        parts.append(f"ถนน{p.road}")
    if p.bangkok:
        parts += [f"แขวง{p.tambon}", f"เขต{p.amphoe}"]
    else:
        parts += [f"ตำบล{p.tambon}", f"อำเภอ{p.amphoe}"]
    return " ".join(parts)


def short_addr(p: Place) -> str:
    parts = [p.house]
    if p.moo:
        parts.append(f"ม.{p.moo}")
    if p.soi:
        parts.append(f"ซ.{p.soi}")
    if p.road:
        parts.append(f"ถ.{p.road}")
    if p.bangkok:
        parts += [f"แขวง{p.tambon}", f"เขต{p.amphoe}"]
    else:
        parts += [f"ต.{p.tambon}", f"อ.{p.amphoe}"]
    return " ".join(parts)


def long_province(p: Place) -> str:
    return "กรุงเทพมหานคร" if p.bangkok else f"จังหวัด{p.province}"


def short_province(p: Place) -> str:
    return "กทม." if p.bangkok else f"จ.{p.province}"


def accepted(line: str, province: str, postal: str) -> tuple[str, ...]:
    """An address typed whole is right with or without its tail (province and postal
    code, fields of their own)."""
    line = " ".join(line.split())
    return (line, f"{line} {province}", f"{line} {province} {postal}")


def addr_long_exp(p: Place) -> tuple[str, ...]:
    return accepted(long_addr(p), long_province(p), p.postal)


def addr_short_exp(p: Place) -> tuple[str, ...]:
    return accepted(short_addr(p), short_province(p), p.postal)


def exp(p: Person, keys: str, **over: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (iso(p.born),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": addr_long_exp(p.place),
        "postal_code": (p.place.postal,),
        "province": (p.place.province,),
    }
    out = {k: table[k] for k in keys.split()}
    out.update(over)
    return out


def esc(text: str) -> str:
    return html_lib.escape(text, quote=False)


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            n: int = 0, sender: str | None = None, headers: dict[str, str] | None = None,
            ) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 15, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen16-{n}-{p.email.split('@')[0] or 'x'}@example.com>"
    for key, value in (headers or {}).items():
        msg[key] = value
    set_body(msg, text, html)
    return msg


def raw(p: Person, subject: str, headers: str, body: bytes, n: int = 0) -> bytes:
    """A message put together byte by byte, as a phone's mail program leaves it."""
    who = f"{Header(f'{p.first} {p.last}', 'utf-8').encode()} <{p.email}>"
    head = f"From: {who}\r\nTo: {AGENCY}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\n"
    head += f"Date: {format_datetime(datetime(2026, 12, 3, 16, n % 60, tzinfo=UTC))}\r\n"
    head += f"Message-ID: <unseen16-raw-{n}-{p.email.split('@')[0]}@example.com>\r\n"
    head += "MIME-Version: 1.0\r\n" + headers.strip().replace("\n", "\r\n") + "\r\n\r\n"
    return head.encode("ascii") + body


def case(style: str, msg: EmailMessage | bytes, expected: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, bytes(msg), expected)


def clerk_quote_header(i: int) -> str:
    if i % 2 == 0:
        return f"เมื่อ อ. 1 ธ.ค. 2569 เวลา 10:42 น. งานทะเบียน อบต.หนองบัว <{AGENCY}> เขียนว่า:"
    return f"On Tue, Dec 1, 2026 at 10:42 AM งานทะเบียน อบต.หนองบัว <{AGENCY}> wrote:"


CLERK_SIGNATURE = (
    "ด้วยความนับถือ\n"
    f"{CLERK}\n"
    "เจ้าพนักงานธุรการ งานทะเบียน\n"
    "องค์การบริหารส่วนตำบลหนองบัว\n"
    f"{AGENCY_ADDRESS}\n"
    f"โทร. {CLERK_PHONE} ต่อ 12 | อีเมล {AGENCY}"
)


def quoted(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


# --- chat habits -----------------------------------------------------------------------


def chatty_sentences_line(p: Person, i: int) -> Case:
    """Typed like a LINE chat: the values inside sentences, particles and emoji."""
    particle = "ค่ะ" if p.title != "นาย" else "ครับ"
    me = "หนู" if p.title == "นางสาว" else ("ดิฉัน" if p.title == "นาง" else "ผม")
    text = (
        f"สวัสดี{particle} พี่ๆเจ้าหน้าที่ 🙏😊\n"
        f"{me}อยากขอคัดสำเนาทะเบียนบ้านหน่อย{particle} ต้องใช้ยื่นสมัครงานด่วนเลย😅 "
        f"{me}ชื่อ {p.spaced} นะ{particle} เลขบัตรประชาชน{me}คือ {dashed_id(p.nid) if i % 2 == 0 else p.nid} "
        f"เกิดวันที่ {thai_date(p.born)} {particle} "
        f"ตอนนี้อยู่บ้านเลขที่ {long_addr(p.place)} {long_province(p.place)} {p.place.postal} "
        f"ถ้าเอกสารไม่ครบโทรหา{me}ได้ที่ {dashed_mobile(p.mobile)} ตลอดเลย{particle} "
        f"หรือเมล {p.email} ก็ได้{particle} ขอบคุณมากๆนะคะ 🙏"
    )
    return case("chatty_sentences_line", message(p, "ขอสำเนาทะเบียนบ้านค่ะ", text, n=i),
                exp(p, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


def messenger_bursts(p: Person, i: int) -> Case:
    """Pasted from a messenger: one short message per line, no labels, particles."""
    ok = "ค่ะ" if p.title != "นาย" else "ครับ"
    text = (
        f"สวัสดี{ok}\n"
        f"จะขอหนังสือรับรองที่อยู่{ok}\n"
        f"ชื่อ {p.name} {ok}\n"
        f"บัตร ปชช. {dashed_id(p.nid)}\n"
        f"เกิด {short_thai_date(p.born)}\n"
        f"บ้านเลขที่ {short_addr(p.place)} {short_province(p.place)} {p.place.postal} {ok}\n"
        f"เบอร์ {p.mobile} {ok}\n"
        f"ขอบคุณ{ok} 🙏🙏\n"
    )
    return case("messenger_bursts", message(p, "ขอหนังสือรับรอง", text, n=10 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


# --- mobile mail apps ------------------------------------------------------------------

AGENCY_TEMPLATE = (
    "กรุณากรอกข้อมูลให้ครบถ้วนแล้วส่งกลับมาที่อีเมลนี้\n"
    "ชื่อ-นามสกุล:\n"
    "เลขประจำตัวประชาชน:\n"
    "วันเดือนปีเกิด:\n"
    "ที่อยู่:\n"
    "เบอร์โทรศัพท์:\n"
)


def samsung_qp_original_header(p: Person, i: int) -> Case:
    """Samsung Email: quoted-printable, its Thai 'original message' header, the agency's
    blank template quoted under it; the citizen's values typed above."""
    body = (
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเดือนปีเกิด: {thai_date(p.born)}\n"
        f"ที่อยู่: {long_addr(p.place)} {long_province(p.place)} {p.place.postal}\n"
        f"เบอร์โทรศัพท์: {dashed_mobile(p.mobile)}\n"
        "\n\n\n"
        "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน\n"
        "\n"
        "\n"
        "-------- ข้อความต้นฉบับ --------\n"
        f"จาก: งานทะเบียน อบต.หนองบัว <{AGENCY}>\n"
        "วันที่: 1/12/69 10:42 (GMT+07:00)\n"
        f"ถึง: {p.email}\n"
        "เรื่อง: แบบคำร้องขอหนังสือรับรอง\n"
        "\n"
        f"{AGENCY_TEMPLATE}\n{CLERK_SIGNATURE}\n"
    )
    data = quopri.encodestring(body.replace("\n", "\r\n").encode("utf-8"))
    headers = "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable"
    raw_ = raw(p, "RE: แบบคำร้องขอหนังสือรับรอง", headers, data, n=20 + i)
    return case("samsung_qp_original_header", raw_,
                exp(p, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def _flow(text: str, width: int) -> str:
    """RFC 3676 format=flowed: long lines cut at spaces, each cut line ending in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[: cut + 1])
            line = line[cut + 1 :]
        out.append(line)
    return "\r\n".join(out)


def ios_flowed_wrapped_value(p: Person, i: int) -> Case:
    """iOS Mail, format=flowed: a long address cut mid-value by the flowing."""
    text = (
        "เรียนเจ้าหน้าที่ค่ะ\n\n"
        "ขอยื่นคำร้องขอรับเบี้ยยังชีพผู้สูงอายุแทนตนเอง ข้อมูลตามนี้\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขบัตรประชาชน {p.nid}\n"
        f"วันเกิด {thai_date(p.born)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {long_addr(p.place)} {long_province(p.place)} รหัสไปรษณีย์ {p.place.postal}\n"
        f"โทร {dashed_mobile(p.mobile)}\n\n"
        "ส่งจาก iPhone ของฉัน"
    )
    body = _flow(text, 40 if i % 2 == 0 else 52).encode("utf-8")
    headers = ("Content-Type: text/plain; charset=utf-8; format=flowed\n"
               "Content-Transfer-Encoding: 8bit")  # fmt: skip
    return case("ios_flowed_wrapped_value", raw(p, "คำร้องเบี้ยยังชีพ", headers, body, n=30 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=(*addr_long_exp(p.place),
                             f"{long_addr(p.place)} {long_province(p.place)} รหัสไปรษณีย์ {p.place.postal}")))  # fmt: skip


def yahoo_thai_quote_header(p: Person, i: int) -> Case:
    """Yahoo Mail on Android: values above, 'ส่งจาก Yahoo Mail บน Android', the clerk's mail
    quoted under a Thai 'เมื่อ ... เขียนว่า:' header with the clerk's own contact lines."""
    text = (
        "สวัสดีค่ะ ส่งข้อมูลตามที่ขอนะคะ\n\n"
        f"ชื่อ {p.name}\n"
        f"เลขบัตร {dashed_id(p.nid)}\n"
        f"เบอร์ {dashed_mobile(p.mobile)}\n"
        f"ที่อยู่ {short_addr(p.place)} {short_province(p.place)} {p.place.postal}\n\n"
        "ส่งจาก Yahoo Mail บน Android\n\n"
        f"  เมื่อ อ., 1 ธ.ค. 2569 เวลา 10:42, งานทะเบียน อบต.หนองบัว<{AGENCY}> เขียนว่า:\n"
        "   เรียน คุณผู้ยื่นคำร้อง\n"
        "ทาง อบต. ได้รับเรื่องแล้ว แต่ข้อมูลยังไม่ครบ รบกวนแจ้งชื่อ เลขบัตรประชาชน เบอร์โทร และที่อยู่ด้วยค่ะ\n"
        f"ผู้ประสานงาน: {CLERK}\n"
        f"โทร: {CLERK_PHONE}\n"
        f"ที่อยู่: {AGENCY_ADDRESS}\n"
    )
    return case("yahoo_thai_quote_header", message(p, "Re: ข้อมูลไม่ครบ", text, n=40 + i),
                exp(p, "full_name national_id phone address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


def huawei_html_divs(p: Person, i: int) -> Case:
    """A phone's HTML mail: one <div dir="auto"> per line, its Thai signature, the clerk's
    quoted mail in a blockquote with the agency's address and phone."""
    lines = [
        "เรียน งานทะเบียน",
        "ขอแจ้งย้ายที่อยู่เข้าค่ะ",
        f"ชื่อ : {p.name}",
        f"เลขประจำตัวประชาชน : {dashed_id(p.nid)}",
        f"เกิดวันที่ : {short_thai_date(p.born)}",
        f"ที่อยู่ใหม่ : {long_addr(p.place)} {long_province(p.place)} {p.place.postal}",
        f"มือถือ : {p.mobile}",
    ]
    quote = "<br>".join(esc(x) for x in CLERK_SIGNATURE.split("\n"))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f'<div dir="auto">{esc(x)}</div>' for x in lines)
        + '<div dir="auto"><br></div><div dir="auto"><br></div>'
        + '<div id="signature">ส่งจาก HUAWEI ของฉัน</div>'
        + '<div class="quote"><div>-------- ข้อความต้นฉบับ --------</div>'
        + f"<div>จาก: งานทะเบียน &lt;{AGENCY}&gt;</div><div>ถึง: {p.email}</div>"
        + "<div>เรื่อง: แจ้งย้ายที่อยู่</div>"
        + f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">กรุณาส่งข้อมูลผู้ย้ายเข้า<br><br>{quote}</blockquote></div>'
        + "</body></html>"
    )
    return case("huawei_html_divs", message(p, "Re: แจ้งย้ายที่อยู่", html=html, n=50 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


# --- answers inline under a clerk's questions ------------------------------------------

QUESTIONS = (
    "1. ชื่อ-นามสกุลของผู้ยื่นคำร้อง",
    "2. เลขประจำตัวประชาชน 13 หลัก (เช่น x-xxxx-xxxxx-xx-x)",
    "3. วัน เดือน ปีเกิด",
    "4. ที่อยู่ที่ติดต่อได้",
    "5. หมายเลขโทรศัพท์ (เช่น 08x-xxx-xxxx)",
)


def clerk_questions_inline(p: Person, i: int) -> Case:
    """A reply answering the clerk's numbered questions inline, under each quoted one."""
    answers = (
        p.name,
        dashed_id(p.nid),
        thai_date(p.born),
        f"{long_addr(p.place)} {long_province(p.place)} {p.place.postal}",
        dashed_mobile(p.mobile),
    )
    parts = ["ตอบตามข้อด้านล่างนะครับ", "", clerk_quote_header(i), "> เรียน ผู้ยื่นคำร้อง", ">",
             "> เพื่อดำเนินการต่อ กรุณาตอบคำถามต่อไปนี้", ">"]  # fmt: skip
    for q, a in zip(QUESTIONS, answers, strict=True):
        parts += [f"> {q}", a, ">"]
    parts += [quoted(CLERK_SIGNATURE)]
    return case("clerk_questions_inline", message(p, "Re: ขอข้อมูลเพิ่มเติม", "\n".join(parts), n=60 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def clerk_questions_inline_html(p: Person, i: int) -> Case:
    """The same in Gmail HTML: blockquote pieces with the answers between them."""
    answers = (
        p.name,
        p.nid,
        short_thai_date(p.born),
        f"{short_addr(p.place)} {short_province(p.place)} {p.place.postal}",
        p.mobile,
    )
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    html = '<div dir="ltr">ตอบในเนื้อความด้านล่างค่ะ</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    html += esc(clerk_quote_header(i)) + "<br></div>"
    html += bq + "เรียน ผู้ยื่นคำร้อง<br>กรุณาตอบคำถามต่อไปนี้</blockquote>"
    for q, a in zip(QUESTIONS, answers, strict=True):
        html += f"{bq}{esc(q)}</blockquote><div><b>{esc(a)}</b></div><div><br></div>"
    html += bq + "<br>".join(esc(x) for x in CLERK_SIGNATURE.split("\n")) + "</blockquote></div>"
    return case("clerk_questions_inline_html", message(p, "Re: ขอข้อมูลเพิ่มเติม", html=html, n=70 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


# --- Outlook and Gmail HTML ------------------------------------------------------------


def msonormal_split_values(p: Person, i: int) -> Case:
    """Outlook's Word HTML: a value split over several spans (language changes, autocorrect
    runs) with no space between the pieces."""
    nid = dashed_id(p.nid)
    m = dashed_mobile(p.mobile)

    def para(label: str, *pieces: str) -> str:
        inner = "".join(
            f'<span lang="{"EN-US" if any(c.isdigit() for c in x) else "TH"}" style=\'font-size:16.0pt;font-family:"TH SarabunPSK",sans-serif\'>{esc(x)}</span>'
            for x in pieces
        )
        return f"<p class=MsoNormal><span lang=TH style='font-size:16.0pt'>{esc(label)}</span>{inner}<o:p></o:p></p>\n"

    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8></head>'
        '<body lang=EN-US link="#0563C1"><div class=WordSection1>\n'
        + para("เรียน เจ้าหน้าที่")
        + para("ชื่อ-นามสกุล ", p.title, p.first, " ", p.last[:2], p.last[2:])
        + para("เลขประจำตัวประชาชน ", nid[:6], nid[6:11], nid[11:])
        + para(
            "วันเกิด ",
            str(p.born.day),
            " ",
            MONTHS[p.born.month - 1],
            " ",
            str(p.born.year + 543)[:2],
            str(p.born.year + 543)[2:],
        )
        + para("โทรศัพท์ ", m[:4], m[4:])
        + para(
            "ที่อยู่ ",
            p.place.house,
            " ",
            long_addr(p.place)[len(p.place.house) + 1 :],
            " ",
            long_province(p.place),
            " ",
            p.place.postal,
        )
        + para("<o:p>&nbsp;</o:p>")
        + "</div></body></html>"
    ).replace(
        "<span lang=TH style='font-size:16.0pt'>&lt;o:p&gt;&amp;nbsp;&lt;/o:p&gt;</span>",
        "<o:p>&nbsp;</o:p>",
    )
    return case("msonormal_split_values", message(p, "คำร้องทั่วไป", html=html, n=80 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def gmail_div_per_line(p: Person, i: int) -> Case:
    """Gmail's editor: each line a <div>, blank lines <div><br></div>, a gmail_signature."""
    lines = [
        "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง", "", "ข้าพเจ้าขอแจ้งความประสงค์ขอใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ", "",
        f"ชื่อ-นามสกุล:&nbsp; {esc(p.name)}", f"เลขประจำตัวประชาชน:&nbsp; {dashed_id(p.nid)}",
        f"วันเดือนปีเกิด:&nbsp; {esc(thai_date(p.born))}", f"ที่อยู่:&nbsp; {esc(long_addr(p.place))}",
        f"จังหวัด:&nbsp; {esc(p.place.province)}", f"รหัสไปรษณีย์:&nbsp; {p.place.postal}",
        f"โทรศัพท์:&nbsp; {dashed_mobile(p.mobile)}", "", "ขอแสดงความนับถือ",
    ]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines)
    html += f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">{esc(p.first)}<div>{p.mobile}</div></div></div></div>'
    return case("gmail_div_per_line", message(p, "ขอใบอนุญาต", html=html, n=90 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=(long_addr(p.place),)))  # fmt: skip


def coloured_spans_and_font(p: Person, i: int) -> Case:
    """Values picked out in colour (<font color>, <span style="color">) and bold, labels
    plain; the values sometimes open before the colon."""
    html = (
        "<div>เรียน เจ้าหน้าที่</div><div>ขอยื่นคำร้องขอรับเงินอุดหนุนเด็กแรกเกิด</div><div><br></div>"
        f'<div>ชื่อผู้ยื่น: <font color="#0000ff"><b>{esc(p.name)}</b></font></div>'
        f'<div>เลขประจำตัวประชาชน<span style="color:rgb(255,0,0)">: {dashed_id(p.nid)}</span></div>'
        f'<div>วันเกิด: <span style="color:rgb(255,0,0);font-size:large">{esc(short_thai_date(p.born))}</span></div>'
        f'<div>ที่อยู่: <font color="#0000ff" face="tahoma, sans-serif">{esc(short_addr(p.place))} {esc(short_province(p.place))} {p.place.postal}</font></div>'
        f'<div>เบอร์โทร: <font color="#0000ff"><b><u>{dashed_mobile(p.mobile)}</u></b></font></div>'
        f'<div>อีเมล: <font color="#0000ff"><a href="mailto:{p.email}">{p.email}</a></font></div>'
    )
    return case("coloured_spans_and_font", message(p, "คำร้อง", html=html, n=100 + i),
                exp(p, "full_name national_id birth_date phone email address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


def html_bold_label_no_colon(p: Person, i: int) -> Case:
    """Bold labels with no colon, the value after a space, one <br> per line."""
    html = (
        "<p>เรียน นายก อบต.</p><p>"
        f"<b>ชื่อ-สกุล</b> {esc(p.name)}<br>"
        f"<b>เลขบัตรประชาชน</b> {p.nid}<br>"
        f"<b>วันเกิด</b> {esc(thai_date(p.born))}<br>"
        f"<b>ที่อยู่</b> {esc(long_addr(p.place))} {esc(long_province(p.place))} {p.place.postal}<br>"
        f"<b>โทร</b> {dashed_mobile(p.mobile)}<br>"
        f"<b>อีเมล</b> {p.email}</p><p>ขอบคุณครับ</p>"
    )
    return case("html_bold_label_no_colon", message(p, "ขอความอนุเคราะห์", html=html, n=110 + i),
                exp(p, "full_name national_id birth_date phone email address postal_code province"))  # fmt: skip


def gmail_links_tel_mailto_maps(p: Person, i: int) -> Case:
    """Values that Gmail and phones turned into links: tel:, mailto:, a maps link over the
    address (the href holds the address again, URL-encoded)."""
    from urllib.parse import quote

    a = f"{long_addr(p.place)} {long_province(p.place)} {p.place.postal}"
    html = (
        '<div dir="ltr"><div>ขอแจ้งซ่อมไฟฟ้าส่องสว่างหน้าบ้านครับ</div><div><br></div>'
        f"<div>ชื่อ: {esc(p.name)}</div>"
        f"<div>เลขบัตร: {dashed_id(p.nid)}</div>"
        f'<div>โทร: <a href="tel:+66{p.mobile[1:]}" target="_blank">{dashed_mobile(p.mobile)}</a></div>'
        f'<div>อีเมล: <a href="mailto:{p.email}" target="_blank">{p.email}</a></div>'
        f'<div>ที่อยู่: <a href="https://www.google.com/maps/search/{quote(a)}?entry=gmail&amp;source=g">{esc(a)}</a></div>'
        "</div>"
    )
    return case("gmail_links_tel_mailto_maps", message(p, "แจ้งซ่อมไฟ", html=html, n=120 + i),
                exp(p, "full_name national_id phone email address postal_code province"))  # fmt: skip


def mailto_after_values_plain(p: Person, i: int) -> Case:
    """The text part an HTML mail program wrote: links kept as 'value<mailto:value>' and
    'number<tel:number>' right after the value."""
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"โทรศัพท์: {dashed_mobile(p.mobile)}<tel:{p.mobile}>\n"
        f"อีเมล: {p.email}<mailto:{p.email}>\n"
        f"ที่อยู่: {long_addr(p.place)} {long_province(p.place)} {p.place.postal}\n"
    )
    html = (
        "<p>"
        + "<br>".join(
            esc(x)
            for x in text.replace(f"<tel:{p.mobile}>", "")
            .replace(f"<mailto:{p.email}>", "")
            .split("\n")
        )
        + "</p>"
    )
    msg = message(p, "คำร้อง", text=text, html=html if i % 2 else None, n=130 + i)
    return case("mailto_after_values_plain", msg,
                exp(p, "full_name national_id phone email address postal_code province"))  # fmt: skip


# --- corrections -----------------------------------------------------------------------


def correction_phone_same_mail(p: Person, i: int) -> Case:
    """A labelled phone, then further down the same mail: the first number was wrong."""
    wrong = p.mobile[:6] + p.mobile[7] + p.mobile[6] + p.mobile[8:]  # two digits swapped
    if wrong == p.mobile:
        wrong = p.mobile[:-1] + str((int(p.mobile[-1]) + 3) % 10)
    fix = (
        "ขออภัยค่ะ เบอร์เดิมผิด ที่ถูกคือ" if p.title != "นาย" else "แก้ไขครับ เบอร์โทรข้างบนพิมพ์ผิด เบอร์ที่ถูกต้องคือ"
    )
    text = (
        "เรียน เจ้าหน้าที่\n"
        "ขอยื่นคำร้องขอสำเนาทะเบียนบ้าน\n"
        f"ชื่อ: {p.name}\n"
        f"เลขบัตรประชาชน: {dashed_id(p.nid)}\n"
        f"โทรศัพท์: {dashed_mobile(wrong)}\n"
        f"ที่อยู่: {long_addr(p.place)} {long_province(p.place)} {p.place.postal}\n\n"
        f"{fix} {dashed_mobile(p.mobile) if i % 2 == 0 else p.mobile}\n"
    )
    return case("correction_phone_same_mail", message(p, "ขอสำเนาทะเบียนบ้าน", text, n=140 + i),
                exp(p, "full_name national_id phone address postal_code province"))  # fmt: skip


def correction_id_after_typo(p: Person, i: int) -> Case:
    """An ID with a digit typed wrong, and a line below giving the right one."""
    digits = list(p.nid)
    digits[7] = str((int(digits[7]) + 1) % 10)
    wrong = "".join(digits)
    text = (
        f"ชื่อ {p.name}\n"
        f"เลขบัตรประจำตัวประชาชน {dashed_id(wrong)}\n"
        f"วันเกิด {thai_date(p.born)}\n"
        f"เบอร์ติดต่อ {dashed_mobile(p.mobile)}\n\n"
        f"*แก้ไข เลขบัตรที่ถูกต้องคือ {dashed_id(p.nid)} นะครับ พิมพ์ผิดไปหนึ่งตัว\n"
    )
    return case("correction_id_after_typo", message(p, "ขอแก้ไขข้อมูลทะเบียน", text, n=150 + i),
                exp(p, "full_name national_id birth_date phone"))  # fmt: skip


def correction_by_reply_quoting_old(p: Person, i: int) -> Case:
    """The next day's reply: 'the address I sent was wrong, it is ...', the first mail
    (with the old address) quoted below."""
    old = Place("17", "2", "", "", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000")
    first = (
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขบัตรประชาชน: {dashed_id(p.nid)}\n"
        f"ที่อยู่: {long_addr(old)} {long_province(old)} {old.postal}\n"
        f"โทร: {dashed_mobile(p.mobile)}\n"
    )
    text = (
        "เรียน เจ้าหน้าที่\n"
        "ที่อยู่ที่แจ้งไปเมื่อวานผิดค่ะ เป็นที่อยู่เก่า ขอแก้เป็น\n"
        f"ที่อยู่: {long_addr(p.place)} {long_province(p.place)} {p.place.postal}\n"
        "ข้อมูลอื่นถูกต้องค่ะ\n\n"
        f"On Wed, 2 Dec 2026 at 19:05, {p.first} {p.last} <{p.email}> wrote:\n" + quoted(first)
    )
    return case("correction_by_reply_quoting_old", message(p, "Re: ขอหนังสือรับรองที่อยู่", text, n=160 + i),
                exp(p, "address postal_code province"))  # fmt: skip


# --- on behalf of another --------------------------------------------------------------


def on_behalf_of_mother(p: Person, i: int) -> Case:
    """A daughter or son files for a mother (ยื่นแทน): the applicant is the mother."""
    m = MOTHER if i % 2 == 0 else MOTHER_2
    me = "ดิฉัน" if p.title != "นาย" else "กระผม"
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\n"
        f"{me} {p.name} ขอยื่นคำร้องแทนมารดา ซึ่งอายุมากและเดินทางมาเองไม่สะดวก "
        "เพื่อขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ข้อมูลของมารดามีดังนี้\n\n"
        f"ชื่อผู้สูงอายุ: {m.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(m.nid)}\n"
        f"วันเดือนปีเกิด: {thai_date(m.born)}\n"
        f"ที่อยู่: {long_addr(m.place)} {long_province(m.place)} {m.place.postal}\n\n"
        f"ติดต่อ{me}ได้ที่ {dashed_mobile(p.mobile)} (ผู้ยื่นแทน)\n\n"
        f"ลงชื่อ {p.name} ผู้ยื่นแทน\n"
    )
    return case("on_behalf_of_mother", message(p, "ยื่นคำร้องแทนมารดา", text, n=170 + i),
                exp(m, "full_name national_id birth_date address postal_code province"))  # fmt: skip


def on_behalf_of_child(p: Person, i: int) -> Case:
    """A parent files for a child: the child is the applicant, the parent's phone is the
    way to reach them."""
    c = CHILD if i % 2 == 0 else CHILD_2
    text = (
        "เรียน เจ้าหน้าที่งานการศึกษา\n"
        f"ผม{p.name} ผู้ปกครอง ขอสมัครเรียนศูนย์พัฒนาเด็กเล็กให้บุตร ดังนี้\n"
        f"ชื่อเด็ก {c.name}\n"
        f"เลขประจำตัวประชาชนของเด็ก {dashed_id(c.nid)}\n"
        f"เกิดวันที่ {thai_date(c.born)}\n"
        f"ที่อยู่ {long_addr(c.place)} {long_province(c.place)} {c.place.postal}\n"
        f"เบอร์โทรผู้ปกครอง {dashed_mobile(p.mobile)}\n"
    )
    return case("on_behalf_of_child", message(p, "สมัครเรียน ศพด.", text, n=180 + i),
                exp(c, "full_name national_id birth_date address postal_code province",
                    phone=(intl(p.mobile),)))  # fmt: skip


# --- mixed Thai/English and dates ------------------------------------------------------


def thai_english_mixed_labels(p: Person, i: int) -> Case:
    """Labels in English, values Thai, a few English words among them (office workers)."""
    text = (
        "Dear เจ้าหน้าที่,\n\n"
        "ขอ request สำเนาทะเบียนบ้านค่ะ details ตามนี้\n"
        f"Name - {p.name}\n"
        f"ID no. - {dashed_id(p.nid)}\n"
        f"DOB - {p.born.day} {MONTHS_EN[p.born.month - 1][:3]} {p.born.year}\n"
        f"Mobile - {dashed_mobile(p.mobile)}\n"
        f"Address - {short_addr(p.place)} {short_province(p.place)} {p.place.postal}\n\n"
        "Thanks & Regards,\n"
        f"{p.first}\n"
    )
    return case("thai_english_mixed_labels", message(p, "Request: สำเนาทะเบียนบ้าน", text, n=190 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


def be_date_thai_digits_abbrev(p: Person, i: int) -> Case:
    """The whole request in Thai digits, the month abbreviated (๑๒ ม.ค. ๒๕๓๕)."""
    text = (
        "เรียน ปลัด อบต.\n"
        f"ข้าพเจ้า {p.name}\n"
        f"เลขประจำตัวประชาชน {thai(dashed_id(p.nid))}\n"
        f"เกิดเมื่อ {thai(short_thai_date(p.born))}\n"
        f"ที่อยู่ {thai(long_addr(p.place))} {long_province(p.place)} {thai(p.place.postal)}\n"
        f"โทร. {thai(dashed_mobile(p.mobile))}\n"
        "มีความประสงค์ขอรับการตรวจสอบสิทธิ์\n"
    )
    addr = accepted(thai(long_addr(p.place)), long_province(p.place), thai(p.place.postal))
    addr += accepted(long_addr(p.place), long_province(p.place), p.place.postal)
    return case("be_date_thai_digits_abbrev", message(p, "ขอตรวจสอบสิทธิ์", text, n=200 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=addr))  # fmt: skip


def be_date_two_digit_slash(p: Person, i: int) -> Case:
    """Dates as dd/mm/yy in the Buddhist era (12/01/35), as on many Thai forms."""
    d = p.born
    written = (
        f"{d.day:02d}/{d.month:02d}/{(d.year + 543) % 100:02d}"
        if i % 2 == 0
        else f"{d.day}/{d.month}/{(d.year + 543) % 100}"
    )
    text = (
        "เรียน จนท.\n"
        f"ชื่อ-สกุล : {p.name}\n"
        f"เลขบัตร : {p.nid}\n"
        f"ว/ด/ป เกิด : {written}\n"
        f"โทร : {dashed_mobile(p.mobile)}\n"
        "ขอนัดวันทำบัตรค่ะ\n"
    )
    return case("be_date_two_digit_slash", message(p, "ขอนัดทำบัตร", text, n=210 + i),
                exp(p, "full_name national_id birth_date phone"))  # fmt: skip


def date_english_month_words(p: Person, i: int) -> Case:
    """A Thai request with the birth date in English (12 January 1992, Jan 12, 1992)."""
    d = p.born
    written = (f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if i % 2 == 0
               else f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}")  # fmt: skip
    text = (
        "เรียน เจ้าหน้าที่\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเกิด: {written}\n"
        f"โทรศัพท์: {p.mobile}\n"
        f"อีเมล: {p.email}\n"
    )
    return case("date_english_month_words", message(p, "คำร้อง", text, n=220 + i),
                exp(p, "full_name national_id birth_date phone email"))  # fmt: skip


def be_era_spelt_out(p: Person, i: int) -> Case:
    """A formal letter: 'เกิดเมื่อวันอังคารที่ 12 มกราคม พุทธศักราช 2535 (อายุ 34 ปี)'."""
    days = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
    d = p.born
    year = f"พุทธศักราช {d.year + 543}" if i % 2 == 0 else f"พ.ศ. {d.year + 543}"
    text = (
        "เรื่อง ขอหนังสือรับรองการเกิด\n"
        "เรียน นายอำเภอ\n\n"
        f"        ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)} "
        f"เกิดเมื่อวัน{days[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {year} (อายุ {2026 - d.year} ปี) "
        f"ปัจจุบันอยู่บ้านเลขที่ {long_addr(p.place)} {long_province(p.place)} "
        f"โทรศัพท์ {dashed_mobile(p.mobile)} มีความประสงค์ขอหนังสือรับรองการเกิด\n\n"
        "        จึงเรียนมาเพื่อโปรดพิจารณา\n"
    )
    return case("be_era_spelt_out", message(p, "ขอหนังสือรับรองการเกิด", text, n=230 + i),
                exp(p, "full_name national_id birth_date phone address province"))  # fmt: skip


def dotted_and_dashed_be_dates(p: Person, i: int) -> Case:
    """Birth dates with dots (12.01.2535) or a dashed short month (12-ม.ค.-35)."""
    d = p.born
    written = (f"{d.day:02d}.{d.month:02d}.{d.year + 543}" if i % 2 == 0
               else f"{d.day}-{MONTHS_SHORT[d.month - 1]}-{(d.year + 543) % 100:02d}")  # fmt: skip
    text = (
        f"ชื่อ: {p.name}\n"
        f"เลขที่บัตร: {dashed_id(p.nid)}\n"
        f"เกิด: {written}\n"
        f"ติดต่อ: {dashed_mobile(p.mobile)}\n"
    )
    return case("dotted_and_dashed_be_dates", message(p, "ขอรับบริการ", text, n=240 + i),
                exp(p, "full_name national_id birth_date phone"))  # fmt: skip


# --- IDs, addresses, phones ------------------------------------------------------------


def id_odd_groupings(p: Person, i: int) -> Case:
    """IDs grouped as people read them off the card or as they like: dots, 4-4-5,
    3-3-3-4, spaces in odd places."""
    n = p.nid
    forms = (f"{n[0]}.{n[1:5]}.{n[5:10]}.{n[10:12]}.{n[12]}", f"{n[:4]} {n[4:8]} {n[8:]}",
             f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9:]}", f"{n[0]} {n[1:5]} {n[5:10]} {n[10:]}")  # fmt: skip
    text = (
        "เรียน เจ้าหน้าที่\n"
        f"ชื่อ-สกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {forms[i % 4]}\n"
        f"โทร: {dashed_mobile(p.mobile)}\n"
        "ขอตรวจสอบสถานะคำร้องที่ยื่นไว้ค่ะ\n"
    )
    return case("id_odd_groupings", message(p, "ตรวจสอบสถานะ", text, n=250 + i),
                exp(p, "full_name national_id phone"))  # fmt: skip


def address_soi_before_moo(p: Person, i: int) -> Case:
    """The address in the order the writer thinks of it: soi and road before moo, the
    abbreviations with and without a space."""
    pl = p.place
    parts = [f"เลขที่ {pl.house}"]
    if pl.soi:
        parts.append(f"ซ. {pl.soi}")
    if pl.road:
        parts.append(f"ถ. {pl.road}")
    if pl.moo:
        parts.append(f"ม. {pl.moo}")
    parts += (
        [f"ต. {pl.tambon}", f"อ. {pl.amphoe}"]
        if not pl.bangkok
        else [f"แขวง {pl.tambon}", f"เขต {pl.amphoe}"]
    )
    line = " ".join(parts)
    prov = "กรุงเทพฯ" if pl.bangkok else f"จ. {pl.province}"
    text = (
        f"ชื่อ {p.name}\n"
        f"ที่อยู่ {line} {prov} {pl.postal}\n"
        f"โทร {dashed_mobile(p.mobile)}\n"
        "แจ้งเหตุเสียงดังรบกวนจากร้านข้างบ้านครับ\n"
    )
    return case("address_soi_before_moo", message(p, "แจ้งเหตุเดือดร้อนรำคาญ", text, n=260 + i),
                exp(p, "full_name phone address postal_code province",
                    address=accepted(line, prov, pl.postal)
                    + accepted(line.removeprefix("เลขที่ "), prov, pl.postal)))  # fmt: skip


def bangkok_khet_abbrev(p: Person, i: int) -> Case:
    """A Bangkok address with แขวง/เขต abbreviated (ข./ขต.), กทม. and the postal code."""
    pl = PLACES[1] if i % 2 == 0 else PLACES[5]
    line = f"{pl.house} ซ.{pl.soi} ถ.{pl.road} แขวง{pl.tambon} เขต{pl.amphoe}"
    tail = "กทม." if i % 2 == 0 else "กรุงเทพฯ"
    text = (
        "เรียน สำนักงานเขต\n"
        f"ชื่อ-นามสกุล {p.name}\n"
        f"เลขบัตรประชาชน {dashed_id(p.nid)}\n"
        f"ที่อยู่ {line} {tail} {pl.postal}\n"
        f"โทรศัพท์ {dashed_mobile(p.mobile)}\n"
    )
    pp = Person(p.title, p.first, p.last, p.nid, p.born, p.mobile, p.email, pl)
    return case("bangkok_khet_abbrev", message(p, "คำร้องขอรับบริการ", text, n=270 + i),
                exp(pp, "full_name national_id phone address postal_code province",
                    address=accepted(line, tail, pl.postal)))  # fmt: skip


def moo_with_village_name(p: Person, i: int) -> Case:
    """In the countryside the village's name follows หมู่ (หมู่ 7 บ้านป่าแงะ)."""
    pl = PLACES[2] if i % 2 == 0 else PLACES[8]
    line = f"{pl.house} หมู่ {pl.moo} {pl.village} ต.{pl.tambon} อ.{pl.amphoe}"
    text = (
        "เรียน ผู้ใหญ่บ้านและเจ้าหน้าที่\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"ที่อยู่ {line} จ.{pl.province} {pl.postal}\n"
        f"เบอร์โทร {dashed_mobile(p.mobile)}\n"
        "ขอความช่วยเหลือเรื่องน้ำประปาหมู่บ้านไม่ไหลค่ะ\n"
    )
    pp = Person(p.title, p.first, p.last, p.nid, p.born, p.mobile, p.email, pl)
    return case("moo_with_village_name", message(p, "ประปาหมู่บ้าน", text, n=280 + i),
                exp(pp, "full_name national_id phone address postal_code province",
                    address=accepted(line, f"จ.{pl.province}", pl.postal)))  # fmt: skip


def address_indented_continuation(p: Person, i: int) -> Case:
    """A long address continued on indented lines under its label."""
    pl = p.place
    first = (
        f"{pl.house}"
        + (f" หมู่ที่ {pl.moo}" if pl.moo else "")
        + (f" ซอย{pl.soi}" if pl.soi else "")
        + (f" ถนน{pl.road}" if pl.road else "")
    )
    second = (
        f"แขวง{pl.tambon} เขต{pl.amphoe}" if pl.bangkok else f"ตำบล{pl.tambon} อำเภอ{pl.amphoe}"
    )
    pad = " " * 13 if i % 2 == 0 else "\t\t"
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-สกุล    : {p.name}\n"
        f"ที่อยู่        : {first}\n"
        f"{pad}{second}\n"
        f"{pad}{long_province(pl)} {pl.postal}\n"
        f"โทรศัพท์     : {dashed_mobile(p.mobile)}\n"
        f"อีเมล        : {p.email}\n"
    )
    return case("address_indented_continuation", message(p, "คำร้อง", text, n=290 + i),
                exp(p, "full_name phone email address postal_code province"))  # fmt: skip


def phone_plus66_paren_zero(p: Person, i: int) -> Case:
    """+66 (0)81 245 7736 as written by those who work with foreigners, or 66-81-..."""
    m = p.mobile
    written = (
        f"+66 (0){m[1:3]} {m[3:6]} {m[6:]}" if i % 2 == 0 else f"(+66) {m[1:3]}-{m[3:6]}-{m[6:]}"
    )
    text = (
        f"ชื่อ: {p.name}\n"
        f"เลขบัตรประชาชน: {dashed_id(p.nid)}\n"
        f"Tel: {written}\n"
        f"E-mail: {p.email}\n"
        "ขอสอบถามเรื่องภาษีป้ายครับ\n"
    )
    return case("phone_plus66_paren_zero", message(p, "สอบถามภาษีป้าย", text, n=300 + i),
                exp(p, "full_name national_id phone email"))  # fmt: skip


def landline_with_extension(p: Person, i: int) -> Case:
    """An office landline with its extension (ต่อ / ext. / #)."""
    land = "021234567" if i % 2 == 0 else "043246781"
    written = (
        f"{land[:2]}-{land[2:5]}-{land[5:]} ต่อ 1152"
        if i % 2 == 0
        else f"{land[:3]}-{land[3:]} ext. 21"
    )
    text = (
        "เรียน เจ้าหน้าที่\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"โทรศัพท์ (ที่ทำงาน): {written}\n"
        "ขอให้ติดต่อกลับในเวลาราชการครับ\n"
    )
    return case("landline_with_extension", message(p, "ขอให้ติดต่อกลับ", text, n=310 + i),
                exp(p, "full_name national_id", phone=(intl(land),)))  # fmt: skip


def two_phones_carrier_notes(p: Person, i: int) -> Case:
    """Two mobiles on one line with notes (AIS / ทรู, ถ้าไม่ติด...)."""
    other = "0" + str(int(p.mobile[1:]) + 1111).zfill(9)[-9:]
    line = (f"{dashed_mobile(p.mobile)} (AIS) หรือ {dashed_mobile(other)} (ทรู)" if i % 2 == 0
            else f"{p.mobile} / {other} (ถ้าเบอร์แรกไม่ติด)")  # fmt: skip
    text = (
        f"ชื่อ-สกุล: {p.name}\n"
        f"เลขบัตรประชาชน: {dashed_id(p.nid)}\n"
        f"เบอร์โทร: {line}\n"
        "ร้องเรียนถนนเป็นหลุมเป็นบ่อค่ะ\n"
    )
    return case("two_phones_carrier_notes", message(p, "ร้องเรียนถนน", text, n=320 + i),
                exp(p, "full_name national_id phone"))  # fmt: skip


def phone_dots_odd_groups(p: Person, i: int) -> Case:
    """Phones grouped with dots or odd spaces (081.245.7736, 08 1245 7736, 0-8124-57736)."""
    m = p.mobile
    forms = (
        f"{m[:3]}.{m[3:6]}.{m[6:]}",
        f"{m[:2]} {m[2:6]} {m[6:]}",
        f"{m[0]}-{m[1:5]}-{m[5:]}",
        f"{m[:3]} {m[3:7]} {m[7:]}",
    )
    text = (
        "เรียนเจ้าหน้าที่\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"หมายเลขโทรศัพท์ {forms[i % 4]}\n"
    )
    return case("phone_dots_odd_groups", message(p, "คำร้อง", text, n=330 + i),
                exp(p, "full_name national_id phone"))  # fmt: skip


def informal_label_abbrevs(p: Person, i: int) -> Case:
    """Everyday abbreviations of the labels: ชื่อ-สกุล, เลขบัตรฯ, ว/ด/ป เกิด, ที่อยู่ปัจจุบัน,
    มือถือ, E-mail."""
    text = (
        "ชื่อ-สกุล  " + p.name + "\n"
        f"เลขบัตรฯ  {dashed_id(p.nid)}\n"
        f"ว/ด/ป เกิด  {short_thai_date(p.born)}\n"
        f"ที่อยู่ปัจจุบัน  {short_addr(p.place)} {short_province(p.place)} {p.place.postal}\n"
        f"มือถือ  {dashed_mobile(p.mobile)}\n"
        f"E-mail  {p.email}\n"
    )
    return case("informal_label_abbrevs", message(p, "ขอรับเงินช่วยเหลือ", text, n=340 + i),
                exp(p, "full_name national_id birth_date phone email address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


# --- the citizen's data beside the agency's or a friend's ------------------------------


def gmail_quote_clerk_template(p: Person, i: int) -> Case:
    """The citizen's values typed above; the clerk's mail quoted in Gmail HTML below with
    the blank template and the clerk's signature (name, phone, the agency's address)."""
    mine = [
        f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}",
        f"วันเดือนปีเกิด: {thai_date(p.born)}", f"ที่อยู่: {short_addr(p.place)} {short_province(p.place)} {p.place.postal}",
        f"เบอร์โทรศัพท์: {p.mobile}",
    ]  # fmt: skip
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    html = '<div dir="ltr">' + "".join(f"<div>{esc(x)}</div>" for x in mine) + "</div><br>"
    html += f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(clerk_quote_header(i))}<br></div>{bq}'
    html += "<br>".join(esc(x) for x in (AGENCY_TEMPLATE + "\n" + CLERK_SIGNATURE).split("\n"))
    html += "</blockquote></div>"
    return case("gmail_quote_clerk_template", message(p, "Re: แบบคำร้อง", html=html, n=350 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


def clerk_signature_quoted_only(p: Person, i: int) -> Case:
    """A short answer giving the name and ID only; the clerk's signature, phone and the
    agency's address exist only in the quoted mail: no phone, no address for the case."""
    text = (
        f"เรียน คุณ{CLERK[6:]}\n\n"
        f"ข้อมูลผู้ยื่นค่ะ {p.name} เลขบัตรประชาชน {dashed_id(p.nid)}\n"
        "ส่วนเอกสารจะนำไปยื่นด้วยตัวเองวันจันทร์ค่ะ\n\n"
        f"{clerk_quote_header(i)}\n"
        + quoted(
            "เรียน ผู้ยื่นคำร้อง\n\nรบกวนแจ้งชื่อและเลขบัตรประชาชนของผู้ยื่นคำร้องด้วยค่ะ\n\n" + CLERK_SIGNATURE
        )
    )
    return case("clerk_signature_quoted_only", message(p, "Re: ขอข้อมูลผู้ยื่น", text, n=360 + i),
                exp(p, "full_name national_id", phone=(), address=(), email=()))  # fmt: skip


def agency_notice_quoted(p: Person, i: int) -> Case:
    """The citizen forwards the agency's own announcement with their question; the notice
    ends with the agency's address and hotline. The citizen gives a name and phone only."""
    notice = (
        "ประกาศองค์การบริหารส่วนตำบลหนองบัว\n"
        "เรื่อง การรับลงทะเบียนผู้สูงอายุ ประจำปีงบประมาณ 2570\n"
        "ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ให้มาลงทะเบียนระหว่างวันที่ 1-30 พฤศจิกายน 2569\n"
        f"สอบถามเพิ่มเติม โทร {CLERK_PHONE}\n"
        f"ที่อยู่ {AGENCY_ADDRESS}\n"
    )
    text = (
        "สวัสดีครับ แม่ผมอายุครบ 60 ปีเดือนมีนาคมปีหน้า ต้องลงทะเบียนรอบนี้เลยไหมครับ\n"
        f"{p.name}\n"
        f"โทร {dashed_mobile(p.mobile)}\n\n"
        "---------- Forwarded message ---------\n"
        f"From: อบต.หนองบัว <{AGENCY}>\n"
        "Date: Mon, Nov 2, 2026 at 9:00 AM\n"
        "Subject: ประกาศรับลงทะเบียนผู้สูงอายุ\n"
        f"To: <{p.email}>\n\n"
        f"{notice}"
    )
    return case("agency_notice_quoted", message(p, "Fwd: ประกาศรับลงทะเบียนผู้สูงอายุ", text, n=370 + i),
                exp(p, "full_name phone", address=(), national_id=()))  # fmt: skip


def friend_data_below_own(p: Person, i: int) -> Case:
    """Own request labelled, then 'ป.ล. ฝากยื่นให้เพื่อนด้วย' and the friend's values
    labelled the same way, with no forward marker."""
    f = FRIEND
    text = (
        "เรียน เจ้าหน้าที่\n"
        "ขอสมัครอบรมอาชีพ (ทำขนม) ค่ะ\n"
        f"ชื่อ-สกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"โทร: {dashed_mobile(p.mobile)}\n"
        f"ที่อยู่: {short_addr(p.place)} {short_province(p.place)} {p.place.postal}\n\n"
        "ป.ล. ฝากสมัครให้เพื่อนอีกคนด้วยนะคะ ข้อมูลเพื่อนตามนี้ค่ะ\n"
        f"ชื่อ-สกุล: {f.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(f.nid)}\n"
        f"โทร: {dashed_mobile(f.mobile)}\n"
        f"ที่อยู่: {short_addr(f.place)} {short_province(f.place)} {f.place.postal}\n"
    )
    return case("friend_data_below_own", message(p, "สมัครอบรมอาชีพ", text, n=380 + i),
                exp(p, "full_name national_id phone address postal_code province",
                    address=addr_short_exp(p.place)))  # fmt: skip


def hotmail_self_forward(p: Person, i: int) -> Case:
    """The citizen forwards their own mail first sent to a wrong address (Outlook.com's
    forward header), with a one-line note above."""
    inner = (
        "เรียน เจ้าหน้าที่\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเกิด: {thai_date(p.born)}\n"
        f"ที่อยู่: {long_addr(p.place)} {long_province(p.place)} {p.place.postal}\n"
        f"โทร: {dashed_mobile(p.mobile)}\n"
    )
    text = (
        "ส่งผิดที่อยู่ไปครับ ขอส่งใหม่\n\n"
        "________________________________\n"
        f"From: {p.first} {p.last} <{p.email}>\n"
        "Sent: Tuesday, December 1, 2026 8:15 PM\n"
        "To: sarabun@nongbua-sao.go.th <sarabun@nongbua-sao.go.th>\n"
        "Subject: ขอรับรองความประพฤติ\n\n"
        f"{inner}"
    )
    return case("hotmail_self_forward", message(p, "Fw: ขอรับรองความประพฤติ", text, n=390 + i),
                exp(p, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


BUILDERS: tuple[Callable[[Person, int], Case], ...] = (
    chatty_sentences_line, messenger_bursts, samsung_qp_original_header, ios_flowed_wrapped_value,
    yahoo_thai_quote_header, huawei_html_divs, clerk_questions_inline, clerk_questions_inline_html,
    msonormal_split_values, gmail_div_per_line, coloured_spans_and_font, html_bold_label_no_colon,
    gmail_links_tel_mailto_maps, mailto_after_values_plain, correction_phone_same_mail,
    correction_id_after_typo, correction_by_reply_quoting_old, on_behalf_of_mother,
    on_behalf_of_child, thai_english_mixed_labels, be_date_thai_digits_abbrev,
    be_date_two_digit_slash, date_english_month_words, be_era_spelt_out,
    dotted_and_dashed_be_dates, id_odd_groupings, address_soi_before_moo, bangkok_khet_abbrev,
    moo_with_village_name, address_indented_continuation, phone_plus66_paren_zero,
    landline_with_extension, two_phones_carrier_notes, phone_dots_odd_groups,
    informal_label_abbrevs, gmail_quote_clerk_template, clerk_signature_quoted_only,
    agency_notice_quoted, friend_data_below_own, hotmail_self_forward,
)  # fmt: skip


def build_set() -> list[Case]:
    cases: list[Case] = []
    for k, build in enumerate(BUILDERS):
        for i in range(2):
            cases.append(build(PEOPLE[(k + i * 3) % len(PEOPLE)], i))
    return cases


# --- outcomes: mails that must not open a case -----------------------------------------


def _auto(subject: str, body: str, headers: dict[str, str], sender: str, n: int) -> bytes:
    p = PEOPLE[n % len(PEOPLE)]
    return bytes(message(p, subject, body, n=400 + n, sender=sender, headers=headers))


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects). None holds a request:
    a case opened for any of them would file the citizen's auto-reply, with the citizen's
    signature read as a new request."""
    p = PEOPLE[0]
    ooo = (
        "ขณะนี้ดิฉันลาพักร้อนระหว่างวันที่ 1-7 ธันวาคม 2569 จะตอบกลับเมื่อกลับมาทำงาน\n"
        f"หากเรื่องด่วนกรุณาติดต่อ {dashed_mobile(p.mobile)}\n\n{p.name}\n"
    )
    return [
        (
            "gmail vacation responder in Thai",
            _auto(
                "Re: [รับเรื่องแล้ว] ขอสำเนาทะเบียนบ้าน",
                ooo,
                {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
                f"{p.first} {p.last} <{p.email}>",
                1,
            ),
            "auto_reply",
        ),
        (
            "outlook automatic reply",
            _auto(
                "Automatic reply: [รับเรื่องแล้ว] ขอสำเนาทะเบียนบ้าน",
                ooo,
                {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
                f"{p.first} {p.last} <{p.email}>",
                2,
            ),
            "auto_reply",
        ),
        (
            "thai out-of-office subject only",
            _auto(
                "ตอบกลับอัตโนมัติ: [รับเรื่องแล้ว] ขอสำเนาทะเบียนบ้าน",
                ooo,
                {},
                f"{p.first} {p.last} <{p.email}>",
                3,
            ),
            "auto_reply",
        ),
        (
            "yahoo vacation with X-Autoreply",
            _auto("Re: ขอสำเนาทะเบียนบ้าน", ooo, {"X-Autoreply": "yes"}, f"{p.first} <{p.email}>", 4),
            "auto_reply",
        ),
        (
            "a plain request mentioning an automatic system",
            _auto(
                "สอบถามการตัดบัญชีอัตโนมัติค่าขยะ",
                f"ชื่อ {p.name}\nโทร {dashed_mobile(p.mobile)}\n"
                "อยากสมัครตัดบัญชีอัตโนมัติค่าเก็บขยะ ต้องทำอย่างไรคะ\n",
                {},
                f"{p.first} <{p.email}>",
                5,
            ),
            "request",
        ),
    ]
