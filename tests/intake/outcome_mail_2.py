"""A second held-out set of mail whose final state (case, reply, ignored, duplicate) is known.

Written blind like the first (tests/intake/outcome_mail.py), without reading the
classifier (extractors/, intake/, config/) and without the first set's builders: only
its kind names, so these are other kinds. What was read: README.md and docs/ (what the
product promises about states and acknowledgements), /work/shared/DESIGN.md, and one
acknowledgement the agency really sends (its Subject carries the receipt number, e.g.
``ได้รับคำร้องของท่านแล้ว เลขรับ REQ-2569-000001``; its text says it was sent by an
automatic system), since citizens and their mail systems quote it.

Mail is written as the named systems and people write it in Thailand: Thai Outlook and
Exchange, Gmail, Yahoo and Hotmail, MailGoThai (Zimbra), shared hosting (cPanel, Exim),
university Sendmail, ticket systems, Google Groups, Mailman, ESPs, spam filters.
Each expected state has a comment saying why a clerk would expect it; where the product's
docs promise something, the pick follows them and says so.

Decisions worth stating:
- A citizen who hits Reply on an old acknowledgement, replaces the subject with a new
  type of work and writes a new request is a new case: under the correspondence rules
  each request gets its own receipt number and its own deadline, and joining it to an old
  (perhaps closed) case hides it from the queue with no receipt. A reply whose subject the
  citizen edited but which sends more for the same matter ("ส่งเอกสารเพิ่มเติม") joins.
- The same request sent twice a minute apart with two Message-IDs is a duplicate: the
  README promises `duplicate` for "same Message-ID or content as an earlier mail" and
  that a request never becomes two cases.
- A receipt number quoted only in the body joins a case only from the address the case
  was acknowledged to (README, Message states); from another address it is a new case.
- A phishing mail from a lookalike of the agency's domain is a case: the README promises
  such a sender is flagged on the case page (so it is a case); one forging the agency's
  own inbox address is ignored (the agency's own mail never gets an acknowledgement).
- A calendar invitation sent by an officer of another office is a case: an invitation to
  a meeting is official correspondence the saraban registers, written by a person.

All personal data here is made up (names, addresses, national IDs with a valid check
digit, telephone numbers); it is safe to print.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import quopri
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from tests.intake.outcome_mail import AGENCY, AGENCY_DOMAIN, Build, Delivery, World

__all__ = ["AGENCY", "AGENCY_DOMAIN", "SET"]

CONTACT = f"contact@{AGENCY_DOMAIN}"
AGENCY_TH = "องค์การบริหารส่วนตำบลทุ่งทราย"
ICT = timezone(timedelta(hours=7))
START = datetime(2026, 12, 2, 8, 30, tzinfo=ICT)

# --- building blocks (written for this set) --------------------------------------------


def national_id(first12: str) -> str:
    """A 13-digit national ID with a valid mod-11 check digit (made up)."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def when(minute: int, tz: timezone = ICT) -> str:
    return format_datetime((START + timedelta(minutes=minute)).astimezone(tz))


# Labels mail programs write that Python's codecs do not know by that name.
CODECS = {"windows-874": "cp874"}


def h874(text: str) -> str:
    """A header as Thai Windows Outlook writes it: windows-874 encoded words."""
    if text.isascii():
        return text
    return f"=?windows-874?B?{base64.b64encode(text.encode('cp874')).decode()}?="


def h(text: str) -> str:
    """A header value as mail programs write it: encoded words when not ASCII."""
    return text if text.isascii() else Header(text, "utf-8").encode(maxlinelen=76)


def addr(name: str, address: str) -> str:
    return formataddr((name, address), charset="utf-8")


def header_block(headers: Sequence[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8")


def body_bytes(text: str, charset: str, cte: str) -> bytes:
    lf = text.replace("\r\n", "\n")
    data = lf.encode(CODECS.get(charset, charset))
    if cte == "base64":  # mail programs encode the text's CRLF line ends too
        crlf = data.replace(b"\n", b"\r\n")
        return base64.encodebytes(crlf).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\n", b"\r\n") + b"\r\n"
    return data.replace(b"\n", b"\r\n") + (b"" if lf.endswith("\n") else b"\r\n")


def text_part(
    text: str,
    ctype: str = "text/plain",
    *,
    charset: str = "utf-8",
    cte: str = "base64",
    params: str = "",
) -> bytes:
    head = [
        ("Content-Type", f'{ctype}; charset="{charset}"{params}'),
        ("Content-Transfer-Encoding", cte),
    ]
    return header_block(head) + b"\r\n" + body_bytes(text, charset, cte)


def file_part(ctype: str, filename: str, data: bytes, *, inline: bool = False) -> bytes:
    name = h(filename)
    head = [
        ("Content-Type", f'{ctype}; name="{name}"'),
        ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{name}"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return header_block(head) + b"\r\n" + base64.encodebytes(data).replace(b"\n", b"\r\n")


def raw_part(ctype: str, data: bytes) -> bytes:
    """A part whose body is written as is (delivery-status, rfc822 headers, calendars)."""
    return header_block([("Content-Type", ctype)]) + b"\r\n" + data


def multi(subtype: str, boundary: str, parts: Sequence[bytes], params: str = "") -> bytes:
    head = header_block([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')])
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
    return head + b"\r\n" + body + b"--" + boundary.encode() + b"--\r\n"


def mail(headers: Sequence[tuple[str, str]], content: bytes) -> bytes:
    return header_block([*headers, ("MIME-Version", "1.0")]) + content


def html_of(text: str) -> str:
    paras = "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\n"))
    return f'<html><head><meta charset="utf-8"></head><body>{paras}</body></html>'


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb0043") + bytes(64) + b"\xff\xd9"


# --- what earlier mail left behind -------------------------------------------------------


def ack_subject(w: World, name: str) -> str:
    return str(w.ack(name)["Subject"])


def ack_id(w: World, name: str) -> str:
    return str(w.ack(name)["Message-ID"])


def receipt(w: World, name: str) -> str:
    found = re.search(r"[A-Z]{2,}-\d{4}-\d+", ack_subject(w, name))
    assert found, "the acknowledgement's subject names its receipt number"
    return found.group(0)


def ack_text(w: World, name: str) -> str:
    for part in w.ack(name).walk():
        if part.get_content_type() == "text/plain" and not part.is_attachment():
            assert isinstance(part, EmailMessage)
            return str(part.get_content())
    return ""


def ack_headers(w: World, name: str) -> bytes:
    """The acknowledgement's header block, as bounces and receipts return it."""
    raw = w.ack(name).as_bytes(policy=email.policy.SMTP)
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def ack_as_sent(w: World, name: str) -> bytes:
    return w.ack(name).as_bytes(policy=email.policy.SMTP)


def quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def request_id(w: World, name: str) -> str:
    mail_ = email.message_from_bytes(w.raw(name), policy=email.policy.default)
    return str(mail_["Message-ID"])


# --- the citizens ------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    address: str
    nid: str
    phone: str
    home: str


P1 = Person(
    "นางสาวกนกวรรณ ศรีสุข",
    "kanokwan.srisuk@gmail.com",
    national_id("310050123456"),
    "081-234-5670",
    "45/2 หมู่ 3 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P2 = Person(
    "นายธนากร บุญมา",
    "thanakorn_b@hotmail.com",
    national_id("150990034567"),
    "089-456-1203",
    "12 หมู่ 7 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P3 = Person(
    "นายประเสริฐ วงศ์ไทย",
    "prasert.w@thairubber-demo.co.th",
    national_id("330120045678"),
    "02-555-0143",
    "88/9 หมู่ 1 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P4 = Person(
    "นางจันทร์เพ็ญ แก้วมณี",
    "chanpen.k@icloud.com",
    national_id("360040078912"),
    "086-777-2314",
    "5 หมู่ 2 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P5 = Person(
    "นายวรวุฒิ ทองดี",
    "worawut.t@ku-demo.ac.th",
    national_id("110370056789"),
    "094-120-3344",
    "101 หมู่ 4 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P6 = Person(
    "นางสาวพิมพ์ชนก ใจงาม",
    "pimchanok_j@yahoo.co.th",
    national_id("341010067890"),
    "062-908-1177",
    "23/1 หมู่ 5 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P7 = Person(
    "นายสุริยา คงมั่น",
    "info@tsconstruction-demo.co.th",
    national_id("330990012345"),
    "044-211-099",
    "99 หมู่ 6 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P8 = Person(
    "นายบุญเลิศ พรหมมา",
    "boonlert.p@bannongsai-demo.ac.th",
    national_id("340880023456"),
    "087-330-4521",
    "7 หมู่ 8 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P9 = Person(
    "นางสมศรี มีสุข",
    "somsri.meesuk2508@gmail.com",
    national_id("330050098765"),
    "081-990-2468",
    "14 หมู่ 9 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P10 = Person(
    "นางณัฐญา สุวรรณ",
    "nattaya.s@pao-demo.go.th",
    national_id("310100045612"),
    "044-250-771",
    "3/5 หมู่ 1 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P11 = Person(
    "นายณรงค์ เพชรดี",
    "narong.p@3bb-demo.net",
    national_id("341990076543"),
    "088-601-2290",
    "61 หมู่ 10 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P12 = Person(
    "นายกิตติพงษ์ แสงทอง",
    "kittipong_2530@hotmail.com",
    national_id("150060034561"),
    "095-441-2378",
    "2 หมู่ 11 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P13 = Person(
    "นางสาวอรอุมา ทองคำ",
    "onuma.tk@yahoo.com",
    national_id("360990045670"),
    "083-210-5566",
    "77 หมู่ 12 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P14 = Person(
    "นายชัยวัฒน์ รักไทย",
    "sales@baanrakthai-demo.com",
    national_id("330400056781"),
    "044-300-123",
    "150 หมู่ 3 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P15 = Person(
    "นายปิยะ ศรีวงศ์",
    "piya.s@ubu-demo.ac.th",
    national_id("134990012348"),
    "091-223-4455",
    "9 หมู่ 2 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P16 = Person(
    "นางวิไลวรรณ ใจดี",
    "wilaiwan.j@sakon-demo.go.th",
    national_id("347010023459"),
    "042-711-555",
    "40 หมู่ 6 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P17 = Person(
    "นายอำนาจ ดวงดี",
    "amnat.dd@gmail.com",
    national_id("330880067893"),
    "080-112-9988",
    "8 หมู่ 4 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
P18 = Person(
    "นางบัวผัน ศรีนวล",
    "buaphan.sn@gmail.com",
    national_id("340010089016"),
    "089-720-6611",
    "31 หมู่ 7 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
)


def form(p: Person, subject: str, details: str) -> str:
    """A request as citizens write it after the agency's published template."""
    return (
        f"เรียน นายกองค์การบริหารส่วนตำบลทุ่งทราย\n\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"ที่อยู่: {p.home}\n"
        f"โทรศัพท์: {p.phone}\n"
        f"อีเมล: {p.address}\n"
        f"เรื่อง: {subject}\n"
        f"รายละเอียด: {details}\n\n"
        f"ขอแสดงความนับถือ\n{p.name}\n"
    )


def to_agency() -> tuple[str, str]:
    return ("To", addr(AGENCY_TH, AGENCY))


# --- requests: each opens a case (a clerk registers every citizen's request) -------------


def gmail_request(p: Person, subject: str, details: str, msgid: str, minute: int) -> bytes:
    text = form(p, subject, details)
    body = multi(
        "alternative",
        "000000000000" + hashlib.sha1(msgid.encode()).hexdigest()[:16],
        [text_part(text), text_part(html_of(text), "text/html")],
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            ("Date", when(minute)),
            ("Message-ID", f"<{msgid}@mail.gmail.com>"),
            ("Subject", h(subject)),
            to_agency(),
        ],
        body,
    )


R1_SUBJECT = "ร้องเรียน ไฟฟ้าส่องสว่างในซอยดับทั้งซอย"
R1_DETAILS = "ไฟฟ้าส่องสว่างในซอยร่วมใจ หมู่ 3 ดับมาตั้งแต่วันที่ 25 พฤศจิกายน 2569 กลางคืนมืดมาก อันตราย"


def req_1(w: World) -> bytes:
    """Gmail: multipart/alternative, base64 Thai, as Gmail sends it."""
    return gmail_request(P1, R1_SUBJECT, R1_DETAILS, "CAJx7Yk1mR0s9QnV2pLz+uA8fE3kWqB1=Hg5xTd", 0)


def req_1_reencoded(w: World) -> bytes:
    """The same Gmail mail after a 7-bit relay re-encoded its body as quoted-printable
    and added its Received line: same Message-ID, other bytes."""
    text = form(P1, R1_SUBJECT, R1_DETAILS)
    body = multi(
        "alternative",
        "000000000000CAJx7Yk1mR0s",
        [
            text_part(text, cte="quoted-printable"),
            text_part(html_of(text), "text/html", cte="quoted-printable"),
        ],
    )
    received = (
        "Received: from relay.nakhonratchasima-demo.go.th (relay [203.113.20.5])\r\n"
        f"\tby mail.{AGENCY_DOMAIN} (Postfix) with ESMTP id 4QzT1; {when(75)}\r\n"
    )
    return received.encode() + mail(
        [
            ("From", addr(P1.name, P1.address)),
            ("Date", when(0)),
            ("Message-ID", "<CAJx7Yk1mR0s9QnV2pLz+uA8fE3kWqB1=Hg5xTd@mail.gmail.com>"),
            ("Subject", h(R1_SUBJECT)),
            to_agency(),
        ],
        body,
    )


def req_2(_: World) -> bytes:
    """Hotmail (Outlook.com web): HTML with a plain alternative, quoted-printable."""
    p = P2
    subject = "ขอข้อมูลข่าวสาร งบประมาณโครงการซ่อมถนนลูกรัง หมู่ 7"
    text = form(
        p,
        subject,
        "ขอสำเนาสัญญาจ้างและรายงานการตรวจรับงานโครงการซ่อมถนนลูกรังสายบ้านหนองไผ่ ปีงบประมาณ 2569",
    )
    body = multi(
        "alternative",
        "_000_SEZPR06MB6734A1B2C3D4E5F6A7B8C9D0SEZPR06MB6734apcp_",
        [
            text_part(text, cte="quoted-printable"),
            text_part(html_of(text), "text/html", cte="quoted-printable"),
        ],
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Thread-Topic", h(subject)),
            ("Thread-Index", "AQHbZ3x1c2V9aGVsbG8gd29ybGQ="),
            ("Date", when(3, UTC)),
            (
                "Message-ID",
                "<SEZPR06MB6734A1B2C3D4E5F6A7B8C9D0@SEZPR06MB6734.apcprd06.prod.outlook.com>",
            ),
            ("Accept-Language", "th-TH, en-US"),
            ("Content-Language", "th-TH"),
            ("X-MS-Has-Attach", ""),
        ],
        body,
    )


def outlook_874(
    p: Person, subject: str, text: str, msgid: str, minute: int, extra: Sequence[tuple[str, str]]
) -> bytes:
    """Outlook 2016 on a Thai Windows: windows-874, quoted-printable, RE:/FW: prefixes."""
    body = multi(
        "alternative",
        f"----=_NextPart_000_0012_01DB{msgid[:8]}",
        [
            text_part(text, charset="windows-874", cte="quoted-printable"),
            text_part(html_of(text), "text/html", charset="windows-874", cte="quoted-printable"),
        ],
    )
    return mail(
        [
            ("From", f"{h874(p.name)} <{p.address}>"),
            to_agency(),
            ("Subject", h874(subject)),
            ("Date", when(minute)),
            ("Message-ID", f"<{msgid}@thairubber-demo.co.th>"),
            *extra,
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtE3k9sQ2V4aWxsYQ=="),
            ("Content-Language", "th"),
        ],
        body,
    )


R3_SUBJECT = "ขอสำเนาเอกสาร ใบอนุญาตประกอบกิจการโรงงาน"


def req_3(_: World) -> bytes:
    text = form(
        P3,
        R3_SUBJECT,
        "ขอสำเนาใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ ของบริษัท จำนวน 2 ชุด เพื่อใช้ประกอบการยื่นธนาคาร",
    )
    return outlook_874(P3, R3_SUBJECT, text, "000001db4e3a$5c2f1b20$148d5160$", 6, [])


def req_4(_: World) -> bytes:
    """Apple Mail on an iPhone: format=flowed plain text, quoted-printable."""
    subject = "ขอใบอนุญาต ก่อสร้างอาคาร (บ้านพักอาศัยชั้นเดียว)"
    text = form(P4, subject, "ขออนุญาตก่อสร้างบ้านพักอาศัยชั้นเดียว ขนาด 8x12 เมตร บนที่ดินโฉนดเลขที่ 4521")
    return _apple(P4, subject, text + "\nส่งจาก iPhone ของฉัน\n")


def _apple(p: Person, subject: str, text: str) -> bytes:
    headers = [
        ("Content-Type", 'text/plain; charset="utf-8"; format=flowed'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("From", addr(p.name, p.address)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", h(subject)),
        ("Date", when(9)),
        ("Message-Id", "<8E1C2D3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F@icloud.com>"),
        to_agency(),
        ("X-Mailer", "iPhone Mail (21G93)"),
    ]
    return header_block(headers) + b"\r\n" + body_bytes(text, "utf-8", "quoted-printable")


def thunderbird(
    p: Person, subject: str, text: str, msgid: str, minute: int, extra: Sequence[tuple[str, str]]
) -> bytes:
    return mail(
        [
            ("Message-ID", f"<{msgid}@ku-demo.ac.th>"),
            ("Date", when(minute)),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "th"),
            to_agency(),
            ("From", addr(p.name, p.address)),
            ("Subject", h(subject)),
            *extra,
        ],
        text_part(text, cte="8bit", params="; format=flowed"),
    )


R5_SUBJECT = "คำร้องทั่วไป ขอให้ตัดกิ่งไม้ที่พาดสายไฟ"


def req_5(_: World) -> bytes:
    """Thunderbird asking for a read receipt (Disposition-Notification-To): a request
    that mentions receipts in its headers is still a request."""
    text = form(
        P5,
        R5_SUBJECT,
        "ต้นมะขามหน้าบ้านเลขที่ 101 หมู่ 4 มีกิ่งพาดสายไฟฟ้า เกรงว่าจะเกิดไฟช็อต ขอให้ส่งเจ้าหน้าที่มาตัด",
    )
    extra = [
        ("Disposition-Notification-To", addr(P5.name, P5.address)),
        ("Return-Receipt-To", P5.address),
    ]
    return thunderbird(P5, R5_SUBJECT, text, "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", 12, extra)


def req_5_redelivered(w: World) -> bytes:
    """The same bytes again after the agency's filter re-queued it: a Received line and
    a spam verdict added on top."""
    top = (
        f"Received: from mx2.{AGENCY_DOMAIN} (mx2 [10.0.0.12])\r\n"
        f"\tby mail.{AGENCY_DOMAIN} (Postfix) with ESMTPS id 7B2C1A; {when(140)}\r\n"
        "X-Spam-Status: No, score=-1.2 required=5.0 tests=DKIM_SIGNED,DKIM_VALID\r\n"
    )
    return top.encode() + w.raw("r5")


def yahoo_request(p: Person, subject: str, details: str, msgid: str, minute: int) -> bytes:
    text = form(p, subject, details)
    body = multi(
        "alternative",
        f"----=_Part_{msgid}",
        [
            text_part(text, cte="quoted-printable"),
            text_part(html_of(text), "text/html", cte="quoted-printable"),
        ],
    )
    return mail(
        [
            ("Date", when(minute, UTC)),
            ("From", addr(p.name, p.address)),
            ("Reply-To", addr(p.name, p.address)),
            to_agency(),
            ("Cc", CONTACT) if p is P6 else ("X-Yahoo-Newman-Property", "ymail-5"),
            ("Message-ID", f"<{msgid}@mail.yahoo.com>"),
            ("Subject", h(subject)),
            ("X-Mailer", "WebService/1.1.21952 YMailNorrin"),
        ],
        body,
    )


def req_6(_: World) -> bytes:
    """Yahoo Mail, copied to the agency's second address too (Cc: contact@)."""
    return yahoo_request(
        P6,
        "ขอนัดหมาย ยื่นเอกสารขอรับเบี้ยยังชีพผู้พิการ",
        "ขอนัดหมายเข้าพบเจ้าหน้าที่เพื่อยื่นเอกสารขอรับเบี้ยยังชีพผู้พิการให้มารดา วันที่ 9 ธันวาคม 2569 ช่วงเช้า",
        "1486234095.2210455.1764660000123",
        15,
    )


def req_6_on_contact(w: World) -> bytes:
    """The Cc copy as the second mailbox receives it (its own Delivered-To)."""
    return f"Delivered-To: {CONTACT}\r\n".encode() + w.raw("r6")


def req_7(_: World) -> bytes:
    """A small company writing from its shared info@ address (a ticket system runs it)."""
    p = P7
    subject = "ต่ออายุใบอนุญาต ประกอบกิจการสถานที่เก็บวัสดุก่อสร้าง"
    text = form(p, subject, "บริษัท ทุ่งทรายก่อสร้าง จำกัด ขอต่ออายุใบอนุญาตสถานที่เก็บวัสดุ ปี 2570")
    return mail(
        [
            ("From", addr("บริษัท ทุ่งทรายก่อสร้าง จำกัด", p.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Date", when(18)),
            ("Message-ID", "<20261202012345.9F2A1B@tsconstruction-demo.co.th>"),
            ("X-Mailer", "Roundcube Webmail/1.6.6"),
        ],
        text_part(text, cte="quoted-printable"),
    )


def zimbra_request(p: Person, subject: str, text: str, msgid: str, minute: int, host: str) -> bytes:
    """MailGoThai (Zimbra) as Thai schools and offices use it."""
    body = multi(
        "alternative",
        f"=_{msgid[:20]}",
        [
            text_part(text, cte="quoted-printable"),
            text_part(html_of(text), "text/html", cte="quoted-printable"),
        ],
    )
    return mail(
        [
            ("Date", when(minute)),
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Message-ID", f"<{msgid}@{host}>"),
            ("Subject", h(subject)),
            ("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC119 (Win)/8.8.15_GA_4581)"),
            ("Thread-Index", "7k2mX1aB9zQ0"),
            ("Thread-Topic", h(subject)),
        ],
        body,
    )


def req_8(_: World) -> bytes:
    subject = "คำร้องทั่วไป ขอใช้สนามกีฬา อบต. จัดกีฬาสีโรงเรียน"
    text = form(P8, subject, "โรงเรียนบ้านหนองทราย ขอใช้สนามกีฬาวันที่ 18-19 ธันวาคม 2569")
    return zimbra_request(
        P8, subject, text, "1043567812.99210.1764640000000.JavaMail.zimbra", 21, "mail.go.th"
    )


R9_SUBJECT = "คำร้องทั่วไป ขอรับถังขยะประจำบ้าน"
R9_DETAILS = "บ้านเลขที่ 14 หมู่ 9 ยังไม่มีถังขยะ ขอรับถังขยะ 1 ใบ"


def req_9(_: World) -> bytes:
    return gmail_request(P9, R9_SUBJECT, R9_DETAILS, "CAMq9sZ8Lw2dPz7XbT6oY1nN4eH0uV5kR3jQ", 24)


def req_9_again(_: World) -> bytes:
    """The citizen pressed Send again a minute later (the app seemed stuck): a new
    Message-ID and Date, the same request."""
    return gmail_request(P9, R9_SUBJECT, R9_DETAILS, "CAMq9sZ8Lw2dPz7XbT6oY1nN4eH0uV5kR3jR", 25)


def exchange_request(
    p: Person, subject: str, text: str, msgid: str, minute: int, host: str
) -> bytes:
    body = multi(
        "alternative",
        f"_000_{msgid[:24]}_",
        [
            text_part(text, cte="base64"),
            text_part(html_of(text), "text/html", cte="base64"),
        ],
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Thread-Topic", h(subject)),
            ("Thread-Index", "AdtE4aBcDeFgHiJkLmNoPqRsTuVwXy=="),
            ("Date", when(minute)),
            ("Message-ID", f"<{msgid}@{host}>"),
            ("Accept-Language", "th-TH, en-US"),
            ("Content-Language", "th-TH"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ],
        body,
    )


def req_10(_: World) -> bytes:
    """An official of the provincial administration writing for her own family, from her
    office Exchange."""
    subject = "ขอสำเนาเอกสาร ทะเบียนบ้านและใบรับรองการเสียภาษีบำรุงท้องที่"
    text = form(P10, subject, "ขอสำเนาใบเสร็จภาษีที่ดินและสิ่งปลูกสร้าง ปี 2568 ของบิดา จำนวน 1 ชุด")
    return exchange_request(
        P10, subject, text, "PAOEX01.4f2a9c1b7d3e4a5b8c6d", 27, "EX01.pao-demo.go.th"
    )


def req_11(_: World) -> bytes:
    subject = "ร้องเรียน เสียงดังจากร้านคาราโอเกะยามวิกาล"
    text = form(P11, subject, "ร้านคาราโอเกะริมถนนสายหลัก หมู่ 10 เปิดเพลงเสียงดังถึงตีสองทุกคืน")
    return mail(
        [
            ("From", addr(P11.name, P11.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Date", when(30)),
            ("Message-ID", "<a1b2c3d4e5f60718293a4b5c6d7e8f90@webmail.3bb-demo.net>"),
            ("User-Agent", "SquirrelMail/1.4.22"),
        ],
        text_part(text, cte="8bit"),
    )


def hotmail_plain(p: Person, subject: str, text: str, msgid: str, minute: int) -> bytes:
    return mail(
        [
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Date", when(minute, UTC)),
            ("Message-ID", f"<{msgid}@{msgid[:14]}.apcprd03.prod.outlook.com>"),
            ("Content-Language", "th-TH"),
        ],
        multi(
            "alternative",
            f"_000_{msgid}_",
            [
                text_part(text, cte="quoted-printable"),
                text_part(html_of(text), "text/html", cte="quoted-printable"),
            ],
        ),
    )


def req_12(_: World) -> bytes:
    subject = "คำร้องทั่วไป ขอให้ซ่อมท่อประปาแตก"
    text = form(P12, subject, "ท่อประปาหมู่บ้านแตกหน้าบ้านเลขที่ 2 หมู่ 11 น้ำไหลนองถนนสองวันแล้ว")
    return hotmail_plain(P12, subject, text, "TYZPR03MB7012B4E0F9A8C7D6E5F4A3B2", 33)


def req_13(_: World) -> bytes:
    return yahoo_request(
        P13,
        "ขอข้อมูลข่าวสาร ผลการจัดซื้อจัดจ้างปี 2569",
        "ขอสรุปผลการจัดซื้อจัดจ้างประจำปีงบประมาณ 2569 (แบบ สขร.1) เป็นไฟล์ PDF",
        "1977234561.3310021.1764661111456",
        36,
    )


def req_14(_: World) -> bytes:
    subject = "ขอใบอนุญาต จำหน่ายสินค้าในที่หรือทางสาธารณะ"
    text = form(P14, subject, "ขออนุญาตตั้งแผงจำหน่ายสินค้าพื้นเมืองหน้าตลาดนัดทุกวันเสาร์")
    return mail(
        [
            ("From", addr(P14.name, P14.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Date", when(39)),
            ("Message-ID", "<5b7e2f0c9a1d4e3f@baanrakthai-demo.com>"),
            ("User-Agent", "Roundcube Webmail/1.4.15"),
        ],
        text_part(text, cte="quoted-printable"),
    )


def req_15(_: World) -> bytes:
    subject = "คำร้องทั่วไป ขอหนังสือรับรองการอยู่อาศัย"
    text = form(P15, subject, "ขอหนังสือรับรองว่าพักอาศัยอยู่จริงในตำบลทุ่งทราย เพื่อใช้สมัครงาน")
    return thunderbird(P15, subject, text, "7c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f", 42, [])


def req_16(_: World) -> bytes:
    subject = "ร้องเรียน กลิ่นเหม็นจากฟาร์มสุกร"
    text = form(P16, subject, "ฟาร์มสุกรหมู่ 6 ปล่อยน้ำเสียลงลำห้วย กลิ่นเหม็นรบกวนทั้งหมู่บ้าน")
    return exchange_request(
        P16, subject, text, "SKNEX02.9a8b7c6d5e4f3a2b1c0d", 45, "EX02.sakon-demo.go.th"
    )


# --- requests that look like something else (traps): each is a case ---------------------


def blank_with_scan(_: World) -> bytes:
    """A citizen who photographed the filled paper form and sent only the photo and the
    PDF from a phone: no subject, no text. A clerk registers a scanned request."""
    return mail(
        [
            ("From", addr(P17.name, P17.address)),
            to_agency(),
            ("Date", when(48)),
            ("Message-ID", "<CAHv5tQ2bX9wPp0fL3mN8sK1dR7yU4oE6iA@mail.gmail.com>"),
            ("Subject", ""),
        ],
        multi(
            "mixed",
            "000000000000b1c2d3e4f5a6",
            [
                multi(
                    "alternative",
                    "000000000000a6f5e4d3c2b1",
                    [
                        text_part("\n", cte="7bit"),
                        text_part('<div dir="auto"></div>\n', "text/html", cte="7bit"),
                    ],
                ),
                file_part("image/jpeg", "IMG_20261202_095512.jpg", JPEG),
                file_part("application/pdf", "คำร้อง.pdf", PDF),
            ],
        ),
    )


def re_first_request(_: World) -> bytes:
    """'Re:' typed by habit (or kept from a template a neighbour sent): no thread at all."""
    p = P18
    subject = "Re: ขอรับเบี้ยยังชีพผู้สูงอายุ"
    text = form(p, subject, "ดิฉันอายุครบ 60 ปีในเดือนมกราคม 2570 ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ")
    return mail(
        [
            ("From", addr(p.name, p.address)),
            ("Date", when(51)),
            ("Message-ID", "<CAK1xYq7Pz3cLm9Vt2BwQn8dR4sF0gH6jE@mail.gmail.com>"),
            ("Subject", h(subject)),
            to_agency(),
        ],
        text_part(text),
    )


def re_fw_chain_from_elsewhere(_: World) -> bytes:
    """A village headman's mail thread the citizen answers with the agency added: it
    replies to a mail the agency never saw (RE: FW:), so it starts a case here."""
    p = Person(
        "นายสมบูรณ์ นาคสวัสดิ์",
        "somboon.nk@outlook.co.th",
        national_id("341020056787"),
        "085-909-3131",
        "19 หมู่ 5 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
    )
    subject = "RE: FW: แจ้งปัญหาน้ำท่วมขังถนนหมู่ 5"
    text = (
        "เรียน อบต.ทุ่งทราย\n\nผู้ใหญ่บ้านแนะนำให้ส่งเรื่องมาที่อีเมลนี้ครับ "
        "ขอให้ช่วยขุดลอกทางระบายน้ำ\n\n"
        + form(p, "ร้องเรียน น้ำท่วมขังถนนหมู่ 5", "ฝนตกทีไรน้ำท่วมขังถนนหน้าวัด สูงราว 30 ซม. รถเล็กผ่านไม่ได้")
        + "\n________________________________\nFrom: ผู้ใหญ่บ้านหมู่ 5 <phuyai.moo5@gmail.com>\n"
        "Sent: Monday, November 30, 2026 6:12 PM\nTo: สมบูรณ์ นาคสวัสดิ์\n"
        "Subject: FW: แจ้งปัญหาน้ำท่วมขังถนนหมู่ 5\n\nส่งเรื่องไปที่ saraban ของ อบต. ได้เลยครับ\n"
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Thread-Topic", h("แจ้งปัญหาน้ำท่วมขังถนนหมู่ 5")),
            ("Date", when(54, UTC)),
            ("Message-ID", "<KL1PR01MB5561C0FFEE1234@KL1PR01MB5561.apcprd01.prod.outlook.com>"),
            ("In-Reply-To", "<CAPhuyaiMoo5xq2W@mail.gmail.com>"),
            ("References", "<CAPhuyaiMoo5xq1V@mail.gmail.com> <CAPhuyaiMoo5xq2W@mail.gmail.com>"),
            ("Content-Language", "th-TH"),
        ],
        text_part(text, cte="quoted-printable"),
    )


def staff_forward(_: World) -> bytes:
    """An officer of the agency got a citizen's request in his own work mailbox and
    forwards it to the saraban inbox to be registered (Gmail-style inline forward)."""
    p = Person(
        "นางประนอม บุญเรือง",
        "pranom.br@gmail.com",
        national_id("330110034569"),
        "084-661-2020",
        "56 หมู่ 3 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
    )
    original = form(p, "ขอให้ซ่อมท่อประปา หมู่ 3", "ท่อประปาหน้าศาลาหมู่บ้านรั่ว น้ำไม่ไหลถึงท้ายซอย")
    text = (
        "ส่งต่อคำร้องที่ประชาชนส่งมาที่อีเมลของผม "
        "ฝากงานสารบรรณลงรับด้วยครับ\n\nสมบัติ (กองช่าง)\n\n"
        "---------- Forwarded message ---------\n"
        f"จาก: {p.name} <{p.address}>\n"
        "Date: อ. 1 ธ.ค. 2026 เวลา 20:14\n"
        "Subject: ขอให้ซ่อมท่อประปา หมู่ 3\n"
        f"To: <sombat.c@{AGENCY_DOMAIN}>\n\n" + original
    )
    return mail(
        [
            ("From", addr("สมบัติ ชาญช่าง", f"sombat.c@{AGENCY_DOMAIN}")),
            ("Date", when(57)),
            ("Message-ID", f"<CAFwdSombat7q1Lm@{AGENCY_DOMAIN}>"),
            ("Subject", h("Fwd: ขอให้ซ่อมท่อประปา หมู่ 3")),
            to_agency(),
        ],
        multi(
            "alternative",
            "0000000000fwd0001",
            [text_part(text), text_part(html_of(text), "text/html")],
        ),
    )


def complaint_about_auto_reply(_: World) -> bytes:
    """A citizen complaining (in Thai) that another office answered only with an
    automatic reply: the words are about auto-replies, the mail is a request."""
    p = Person(
        "นายเกรียงไกร อินทร์แก้ว",
        "kriangkrai.in@gmail.com",
        national_id("130010078904"),
        "082-441-7788",
        "4 หมู่ 1 ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000",
    )
    subject = "ร้องเรียน ส่งอีเมลถึงกองคลังแล้วได้แค่ข้อความตอบกลับอัตโนมัติ"
    details = (
        "ผมส่งอีเมลสอบถามเรื่องภาษีป้ายถึงกองคลังสามครั้ง ได้รับแต่ข้อความตอบกลับอัตโนมัติว่า "
        "'ไม่อยู่ที่สำนักงาน' ไม่มีเจ้าหน้าที่ติดต่อกลับเลย "
        "ขอให้ตรวจสอบและตอบเรื่องภาษีป้ายร้านของผม"
    )
    return gmail_request(p, subject, details, "CAGripe7Kx2Qz9Lm4Nb8Vc1Xd5Sf3Ag6Hj", 60)


def calendar_invitation(_: World) -> bytes:
    """An officer of the district office invites the agency to a meeting from Outlook."""
    sender = ("นางสาวศิริพร คงสวัสดิ์", "siriporn.k@amphoe-demo.go.th")
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบลทุ่งทราย\n\n"
        "อำเภอขอเชิญเข้าร่วมประชุมคณะกรรมการพัฒนาตำบล ครั้งที่ 4/2569 "
        "ในวันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 09.30 น. ณ ห้องประชุมที่ว่าการอำเภอ\n\n"
        "ศิริพร คงสวัสดิ์\nงานปกครอง ที่ว่าการอำเภอ\n"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2016\r\n"
        "VERSION:2.0\r\nBEGIN:VEVENT\r\n"
        f"ORGANIZER;CN=Siriporn K:mailto:{sender[1]}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={AGENCY}:mailto:{AGENCY}\r\n"
        f""
        "SUMMARY;LANGUAGE=th-TH:ประชุมคณะกรรมการพัฒนาตำบล ครั้งที่ 4/2569\r\n"
        "DTSTART;TZID=SE Asia Standard Time:20261210T093000\r\n"
        "DTEND;TZID=SE Asia Standard Time:20261210T120000\r\n"
        "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6\r\n"
        "DTSTAMP:20261202T031500Z\r\nLOCATION;LANGUAGE=th-TH:ห้องประชุมที่ว่าการอำเภอ\r\n"
        "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    cal = (
        header_block(
            [
                ("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64"),
            ]
        )
        + b"\r\n"
        + base64.encodebytes(ics.encode()).replace(b"\n", b"\r\n")
    )
    return mail(
        [
            ("From", addr(*sender)),
            to_agency(),
            ("Subject", h("เชิญประชุมคณะกรรมการพัฒนาตำบล ครั้งที่ 4/2569")),
            ("Thread-Topic", h("เชิญประชุมคณะกรรมการพัฒนาตำบล ครั้งที่ 4/2569")),
            ("Date", when(63)),
            ("Message-ID", "<AMPEX01.7e6d5c4b3a29@EX01.amphoe-demo.go.th>"),
            ("Content-Language", "th-TH"),
            ("X-MS-Has-Attach", ""),
        ],
        multi(
            "alternative",
            "_000_AMPEX017e6d5c4b3a29_",
            [text_part(text), text_part(html_of(text), "text/html"), cal],
        ),
    )


def phishing_lookalike(_: World) -> bytes:
    """A phishing mail from a lookalike of the agency's domain. The README promises such
    a sender is flagged on the case page, so it is a case (for a clerk to throw out)."""
    text = (
        "เรียน เจ้าหน้าที่\n\nระบบอีเมลของ อบต.ทุ่งทราย จะปิดปรับปรุงในวันที่ 5 ธันวาคม 2569 "
        "กรุณายืนยันบัญชีและรหัสผ่านของท่านที่ลิงก์ด้านล่างภายใน "
        "24 ชั่วโมง มิฉะนั้นบัญชีจะถูกระงับ\n\n"
        "https://abt-thungsai-go.com/owa/verify\n\nฝ่ายเทคโนโลยีสารสนเทศ\n"
    )
    return mail(
        [
            ("From", addr(AGENCY_TH, "it-support@abt-thungsai-go.com")),
            to_agency(),
            ("Subject", h("แจ้งเตือนด่วน: ยืนยันบัญชีอีเมลภายใน 24 ชั่วโมง")),
            ("Date", when(66)),
            ("Message-ID", "<20261202101500.4411@abt-thungsai-go.com>"),
        ],
        multi(
            "alternative", "b1_phish_0001", [text_part(text), text_part(html_of(text), "text/html")]
        ),
    )


# --- automatic answers to the acknowledgement: ignored (an ack back would loop) ---------


def exchange_oof_th(
    w: World, name: str, p: Person, host: str, headers: Sequence[tuple[str, str]], minute: int
) -> bytes:
    text = (
        "ขณะนี้ไม่อยู่ที่สำนักงาน "
        "ระหว่างวันที่ 2 - 6 ธันวาคม 2569 จะกลับมาปฏิบัติงานวันที่ 7 ธันวาคม 2569\n"
        "หากมีเรื่องเร่งด่วน กรุณาติดต่อ คุณมานี โทร 02-555-0100\n\nขอบคุณครับ/ค่ะ\n"
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            ("To", addr(AGENCY_TH, AGENCY)),
            ("Subject", h("ตอบกลับอัตโนมัติ: " + ack_subject(w, name))),
            ("Thread-Topic", h(ack_subject(w, name))),
            ("Thread-Index", "AQHbZ5x1OOFreplyAAA="),
            ("Date", when(minute)),
            ("Message-ID", f"<{host.split('.')[0]}OOF{minute:04d}a1b2c3d4@{host}>"),
            ("In-Reply-To", ack_id(w, name)),
            ("References", ack_id(w, name)),
            *headers,
            ("Content-Language", "th-TH"),
            ("X-MS-Has-Attach", ""),
        ],
        multi(
            "alternative",
            f"_000_{host.split('.')[0]}OOF{minute:04d}_",
            [text_part(text), text_part(html_of(text), "text/html")],
        ),
    )


def ooo_exchange_th_full(w: World) -> bytes:
    """Exchange's Thai out-of-office with every header it sets."""
    return exchange_oof_th(
        w,
        "r3",
        P3,
        "TRSEX01.thairubber-demo.co.th",
        [
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", P3.address),
        ],
        70,
    )


def ooo_exchange_th_suppress_only(w: World) -> bytes:
    """The same from a government Exchange behind a gateway that drops Auto-Submitted:
    only X-Auto-Response-Suppress is left."""
    return exchange_oof_th(
        w, "r10", P10, "EX01.pao-demo.go.th", [("X-Auto-Response-Suppress", "All")], 72
    )


def ooo_outlook_rule_no_headers(w: World) -> bytes:
    """Outlook desktop's 'reply using a specific template' rule on a Hotmail account: a
    new mail with the template's subject, no threading, no automatic-mail header. Only
    its words say what it is."""
    text = (
        "ขอบคุณสำหรับอีเมลของท่าน\n\nขณะนี้ผมไม่อยู่ที่สำนักงาน และเดินทางไปต่างจังหวัด "
        "จนถึงวันที่ 10 ธันวาคม 2569 จะติดต่อกลับโดยเร็วที่สุดเมื่อกลับมา\n\nธนากร\n"
    )
    return hotmail_plain(P2, "ไม่อยู่ที่สำนักงาน", text, "SEZPR06MB6734OOFRULE0001A2B3C4D5", 74)


def vacation_gmail_custom_subject(w: World) -> bytes:
    """Gmail's vacation responder with the subject the citizen typed (no Re:, no 'auto')."""
    text = (
        "สวัสดีค่ะ\n\nดิฉันลาพักร้อนถึงวันที่ 8 ธันวาคม 2569 ระหว่างนี้อาจตอบอีเมลล่าช้า "
        "จะรีบตอบกลับเมื่อกลับมาค่ะ\n\nกนกวรรณ\n"
    )
    return mail(
        [
            ("From", addr(P1.name, P1.address)),
            ("To", AGENCY),
            ("Subject", h("ลาพักร้อนถึงวันที่ 8 ธ.ค. 2569")),
            ("Date", when(76)),
            ("Message-ID", "<CAJx7Yk1vacation0R8sLm2Qw9@mail.gmail.com>"),
            ("In-Reply-To", ack_id(w, "r1")),
            ("References", ack_id(w, "r1")),
            ("Auto-Submitted", "auto-replied"),
        ],
        multi(
            "alternative",
            "000000000000vac0001",
            [text_part(text), text_part(html_of(text), "text/html")],
        ),
    )


def helpdesk_quotes_ack(w: World) -> bytes:
    """The company's ticket system (OTRS/Znuny style) acknowledges our acknowledgement,
    quoting it in full, receipt number and all: two automatic acknowledgers must not
    loop, and quoting our receipt number does not make it a citizen's reply."""
    text = (
        "เรียน ลูกค้า\n\nบริษัทได้รับอีเมลของท่านเรียบร้อยแล้ว หมายเลขเรื่องของท่านคือ "
        "[Ticket#2026120210000042] เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ\n\n"
        "ข้อความของท่าน:\n\n" + quote(ack_text(w, "r7"))
    )
    return mail(
        [
            ("From", addr("ฝ่ายบริการลูกค้า บริษัท ทุ่งทรายก่อสร้าง", P7.address)),
            ("To", AGENCY),
            ("Subject", h("[Ticket#2026120210000042] " + ack_subject(w, "r7"))),
            ("Date", when(78)),
            ("Message-ID", "<1764661234.71021.0@tsconstruction-demo.co.th>"),
            ("In-Reply-To", ack_id(w, "r7")),
            ("References", ack_id(w, "r7")),
            ("Auto-Submitted", "auto-replied"),
            ("X-Loop", "yes"),
            ("X-Mailer", "Znuny Mail Service"),
        ],
        text_part(text, cte="quoted-printable"),
    )


def auto_reply_quotes_ack_no_headers(w: World) -> bytes:
    """An ISP webmail's autoresponder that sets no header at all and quotes the whole
    acknowledgement under '-----Original Message-----'. Threaded to our ack; only its
    subject prefix and its own first lines say it is automatic."""
    ack = w.ack("r11")
    text = (
        "ข้อความนี้เป็นการตอบกลับอัตโนมัติ\n\nได้รับอีเมลของท่านแล้ว จะตอบกลับภายใน 3 วันทำการ\n\n"
        "-----Original Message-----\n"
        f"From: {ack['From']}\nSent: {ack['Date']}\nTo: {P11.address}\n"
        f"Subject: {ack['Subject']}\n\n" + ack_text(w, "r11")
    )
    return mail(
        [
            ("From", addr(P11.name, P11.address)),
            ("To", AGENCY),
            ("Subject", h("ตอบกลับอัตโนมัติ: " + ack_subject(w, "r11"))),
            ("Date", when(80)),
            ("Message-ID", "<autoreply.7f3e2d1c@webmail.3bb-demo.net>"),
            ("In-Reply-To", ack_id(w, "r11")),
            ("References", ack_id(w, "r11")),
            ("User-Agent", "SquirrelMail/1.4.22"),
        ],
        text_part(text, cte="8bit"),
    )


def vacation_zimbra_thai(w: World) -> bytes:
    """MailGoThai (Zimbra) vacation: Auto-Submitted with Zimbra's comment after it."""
    text = "ขณะนี้ข้าพเจ้าไปราชการต่างจังหวัด จะกลับวันที่ 7 ธันวาคม 2569 ขออภัยในความไม่สะดวก\n"
    return mail(
        [
            ("Date", when(82)),
            ("From", addr(P8.name, P8.address)),
            ("To", AGENCY),
            ("Message-ID", "<vacation.1043567899.99300@mail.go.th>"),
            ("In-Reply-To", ack_id(w, "r8")),
            ("References", ack_id(w, "r8")),
            ("Subject", h("Re: " + ack_subject(w, "r8"))),
            ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
        ],
        text_part(text, cte="quoted-printable"),
    )


# --- bounces, delays, read receipts: ignored -------------------------------------------


def yahoo_failure_notice(w: World) -> bytes:
    """Yahoo's own bounce: plain text, qmail style, the message copied below a line."""
    text = (
        "Sorry, we were unable to deliver your message to the following address.\n\n"
        f"<{P13.address}>:\n"
        "554: delivery error: dd Not a valid recipient - atlas117.free.mail.ne1.yahoo.com\n\n"
        "--- Below this line is a copy of the message.\n\n"
    )
    body = text.encode().replace(b"\n", b"\r\n") + ack_as_sent(w, "r13")
    return b"Return-Path: <>\r\n" + mail(
        [
            ("From", "MAILER-DAEMON@yahoo.com"),
            ("To", AGENCY),
            ("Subject", "Failure Notice"),
            ("Date", when(84, UTC)),
            ("Message-ID", "<1764664000.0.yahoo.failure@mta1017.mail.sg3.yahoo.com>"),
        ],
        header_block(
            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")]
        )
        + b"\r\n"
        + body,
    )


def dsn_fields(reporting: str, recipient: str, action: str, status: str, diag: str) -> bytes:
    return (
        f"Reporting-MTA: dns; {reporting}\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        f"Action: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {diag}\r\n"
    ).encode()


def hotmail_ndr(w: World) -> bytes:
    """Outlook.com's NDR: multipart/report with the whole message returned."""
    html = (
        "<html><body><p><b>Your message to " + P12.address + " couldn't be delivered.</b></p>"
        "<p>kittipong_2530 wasn't found at hotmail.com.</p></body></html>"
    )
    return mail(
        [
            ("From", "postmaster@outlook.com"),
            ("To", AGENCY),
            ("Date", when(86, UTC)),
            ("Subject", h("Undeliverable: " + ack_subject(w, "r12"))),
            ("Content-Language", "en-US"),
            (
                "Message-ID",
                "<3a1f9b8c-7d6e-4f5a-9b8c-ndr0001@TYZPR03MB7012.apcprd03.prod.outlook.com>",
            ),
            ("In-Reply-To", ack_id(w, "r12")),
            ("References", ack_id(w, "r12")),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
        ],
        multi(
            "report",
            "97a3b2c1-ndr-hotmail",
            [
                multi(
                    "alternative",
                    "97a3b2c1-ndr-hotmail-alt",
                    [text_part(html, "text/html", cte="quoted-printable")],
                ),
                raw_part(
                    "message/delivery-status",
                    dsn_fields(
                        "TYZPR03MB7012.apcprd03.prod.outlook.com",
                        P12.address,
                        "failed",
                        "5.1.10",
                        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                        "Recipient not found by SMTP address lookup",
                    ),
                ),
                raw_part("message/rfc822", ack_as_sent(w, "r12")),
            ],
            "; report-type=delivery-status",
        ),
    )


def exchange_ndr_thai_headers_only(w: World) -> bytes:
    """A Thai government Exchange's NDR in Thai, returning only the headers of the
    message (text/rfc822-headers), from the Exchange system mailbox, no Return-Path."""
    text = (
        "ไม่สามารถส่งข้อความของคุณถึง " + P16.address + " ได้\n\n"
        "กล่องจดหมายของผู้รับเต็ม และไม่สามารถรับข้อความได้ในขณะนี้ "
        "โปรดลองส่งข้อความอีกครั้งในภายหลัง หรือติดต่อผู้รับโดยตรง\n\n"
        "ข้อมูลการวินิจฉัยสำหรับผู้ดูแลระบบ:\nเซิร์ฟเวอร์ที่สร้าง: EX02.sakon-demo.go.th\n"
        f"{P16.address}\nRemote Server returned '554 5.2.2 mailbox "
        f"full; STOREDRV.Deliver.Exception:QuotaExceededException'\n"
    )
    return mail(
        [
            (
                "From",
                addr(
                    "Microsoft Outlook",
                    "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sakon-demo.go.th",
                ),
            ),
            ("To", AGENCY),
            ("Date", when(88)),
            ("Subject", h("ไม่สามารถส่งได้: " + ack_subject(w, "r16"))),
            ("Message-ID", "<9c0d1e2f-ndr-th@EX02.sakon-demo.go.th>"),
            ("In-Reply-To", ack_id(w, "r16")),
            ("References", ack_id(w, "r16")),
            ("Content-Language", "th-TH"),
            ("X-MS-Exchange-Organization-SCL", "-1"),
        ],
        multi(
            "report",
            "_ndr_sakon_0001_",
            [
                text_part(text),
                raw_part(
                    "message/delivery-status",
                    dsn_fields(
                        "EX02.sakon-demo.go.th",
                        P16.address,
                        "failed",
                        "5.2.2",
                        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                    ),
                ),
                raw_part("text/rfc822-headers", ack_headers(w, "r16")),
            ],
            "; report-type=delivery-status",
        ),
    )


def own_postfix_rfc822_headers(w: World) -> bytes:
    """The agency's own Postfix bouncing the ack (Gmail said the citizen's box is full),
    returning the headers only (text/rfc822-headers)."""
    text = (
        f"This is the mail system at host mail.{AGENCY_DOMAIN}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{P9.address}>: host gmail-smtp-in.l.google.com[142.250.4.27] said:\n"
        "    552-5.2.2 The recipient's inbox is out of storage space.\n"
    )
    return b"Return-Path: <>\r\n" + mail(
        [
            ("Date", when(90)),
            ("From", f"MAILER-DAEMON@mail.{AGENCY_DOMAIN} (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", AGENCY),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<20261202043000.8F1A2C0B@mail.{AGENCY_DOMAIN}>"),
        ],
        multi(
            "report",
            "8F1A2C0B.1764650000/mail.abt-thungsai.go.th",
            [
                header_block([("Content-Description", "Notification")])
                + text_part(text, cte="8bit", charset="us-ascii"),
                header_block([("Content-Description", "Delivery report")])
                + raw_part(
                    "message/delivery-status",
                    dsn_fields(
                        f"mail.{AGENCY_DOMAIN}",
                        P9.address,
                        "failed",
                        "5.2.2",
                        "552-5.2.2 The recipient's inbox is out of storage space.",
                    ),
                ),
                header_block([("Content-Description", "Undelivered Message Headers")])
                + raw_part("text/rfc822-headers", ack_headers(w, "r9")),
            ],
            "; report-type=delivery-status",
        ),
    )


def exim_delay_then(w: World) -> bytes:
    """Exim's delay warning from the agency's relay: 'will retry', nothing failed yet."""
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on relay.nakhonratchasima-demo.go.th.\n\n"
        "The message identifier is:     1wQx2A-0004Xy-3B\n"
        f"The subject of the message is: {ack_subject(w, 'r14')}\n"
        f"The date of the message is:    {w.ack('r14')['Date']}\n\n"
        f"The address to which the message has not yet been delivered is:\n\n  {P14.address}\n"
        "    host mail.baanrakthai-demo.com [203.0.113.44]\n    Delay "
        "reason: SMTP error from remote mail server after RCPT TO:\n"
        "    451 4.7.1 Greylisted, please retry\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    return b"Return-Path: <>\r\n" + mail(
        [
            ("X-Failed-Recipients", P14.address),
            ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@relay.nakhonratchasima-demo.go.th>"),
            ("To", AGENCY),
            ("References", ack_id(w, "r14")),
            ("Subject", "Warning: message 1wQx2A-0004Xy-3B delayed 24 hours"),
            ("Message-Id", "<E1wQzZZ-0001aB-Qc@relay.nakhonratchasima-demo.go.th>"),
            ("Date", when(92)),
        ],
        text_part(text, cte="8bit"),
    )


def cpanel_exim_quota(w: World) -> bytes:
    """cPanel's Exim on shared hosting: the classic 'Mail delivery failed', plain text,
    the message copied after a dashed line."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {P14.address}\n    Mailbox quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
    )
    return b"Return-path: <>\r\n" + mail(
        [
            ("X-Failed-Recipients", P14.address),
            ("Auto-Submitted", "auto-replied"),
            (
                "From",
                "Mail Delivery System "
                "<Mailer-Daemon@sg2plcpnl0123.prod.sin2.secureserver-demo.net>",
            ),
            ("To", AGENCY),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E1wRaaB-0007Zz-Kd@sg2plcpnl0123.prod.sin2.secureserver-demo.net>"),
            ("Date", when(94)),
        ],
        header_block(
            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")]
        )
        + b"\r\n"
        + text.encode().replace(b"\n", b"\r\n")
        + ack_as_sent(w, "r14"),
    )


def gmail_delay(w: World) -> bytes:
    """The agency relays through Google Workspace; Google warns of a delay ('will retry')."""
    text = (
        "** Delivery delayed **\n\nThere was a temporary problem delivering your message to "
        f"{P11.address}. Gmail will retry for 46 more hours. You'll be notified if the "
        "delivery fails permanently.\n\nThe response from the remote server was:\n"
        "421 4.4.2 webmail.3bb-demo.net Connection timed out\n"
    )
    return mail(
        [
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", AGENCY),
            ("Auto-Submitted", "auto-replied"),
            ("Subject", "Delivery Status Notification (Delay)"),
            ("References", ack_id(w, "r11")),
            ("In-Reply-To", ack_id(w, "r11")),
            ("X-Failed-Recipients", P11.address),
            ("Message-ID", "<6650a1b2.050a0220.delay.0001.GMR@mx.google.com>"),
            ("Date", when(79, UTC)),
        ],
        multi(
            "report",
            "00000000000036d0a0060a1b2c3d",
            [
                multi(
                    "related",
                    "00000000000036d0a0060a1b2c3e",
                    [
                        multi(
                            "alternative",
                            "00000000000036d0a0060a1b2c3f",
                            [
                                text_part(text, cte="quoted-printable"),
                                text_part(html_of(text), "text/html", cte="quoted-printable"),
                            ],
                        )
                    ],
                ),
                raw_part(
                    "message/delivery-status",
                    dsn_fields(
                        "dns; googlemail.com",
                        P11.address,
                        "delayed",
                        "4.4.2",
                        "421 4.4.2 Connection timed out",
                    )
                    + b"Will-Retry-Until: Fri, 04 Dec 2026 06:00:00 -0800 (PST)\r\n",
                ),
                raw_part("text/rfc822-headers", ack_headers(w, "r11")),
            ],
            "; report-type=delivery-status",
        ),
    )


def sendmail_transcript(w: World) -> bytes:
    """A university's Sendmail: 'Returned mail: see transcript for details'."""
    text = (
        "The original message was received at Wed, 2 Dec 2026 11:40:02 +0700\n"
        "from mail.abt-thungsai.go.th [203.113.99.10]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{P15.address}>\n    (reason: 550 5.1.1 <{P15.address}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mailstore.ubu-demo.ac.th.:\n>>> RCPT To:<{P15.address}>\n"
        f"<<< 550 5.1.1 <{P15.address}>... User unknown\n"
        f"550 5.1.1 <{P15.address}>... User unknown\n"
    )
    return b"Return-Path: <>\r\n" + mail(
        [
            ("Date", when(96)),
            ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.ubu-demo.ac.th>"),
            ("Message-Id", "<202612020440.5B24e2Ax012345@mx.ubu-demo.ac.th>"),
            ("To", AGENCY),
            ("Subject", "Returned mail: see transcript for details"),
            ("Auto-Submitted", "auto-generated (failure)"),
        ],
        multi(
            "report",
            "5B24e2Ax012345.1764650402/mx.ubu-demo.ac.th",
            [
                text_part(text, cte="7bit", charset="us-ascii"),
                raw_part(
                    "message/delivery-status",
                    dsn_fields(
                        "mx.ubu-demo.ac.th",
                        P15.address,
                        "failed",
                        "5.1.1",
                        "550 5.1.1 User unknown",
                    ),
                ),
                raw_part("message/rfc822", ack_as_sent(w, "r15")),
            ],
            "; report-type=delivery-status",
        ),
    )


def mdn_thunderbird(w: World) -> bytes:
    """Thunderbird's read receipt (it was asked for one, it answers): a
    disposition-notification report with the original's headers."""
    text = (
        f"This is a Return Receipt for the mail that you sent to {P5.address}.\n\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the "
        "recipient's computer. There is no guarantee that the recipient has read or "
        "understood the message contents.\n"
    )
    mdn = (
        "Reporting-UA: ku-demo.ac.th; Thunderbird 115.5.0\r\n"
        f"Final-Recipient: rfc822;{P5.address}\r\n"
        f"Original-Message-ID: {ack_id(w, 'r5')}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    return mail(
        [
            ("Message-ID", "<mdn-3c4d5e6f-7a8b@ku-demo.ac.th>"),
            ("Date", when(98)),
            ("From", addr(P5.name, P5.address)),
            ("To", AGENCY),
            ("Subject", h("Return Receipt (displayed) - " + ack_subject(w, "r5"))),
            ("References", ack_id(w, "r5")),
        ],
        multi(
            "report",
            "------------mdn0001",
            [
                text_part(text, cte="7bit", charset="us-ascii"),
                raw_part("message/disposition-notification", mdn),
                raw_part("text/rfc822-headers", ack_headers(w, "r5")),
            ],
            "; report-type=disposition-notification",
        ),
    )


def mdn_outlook_deleted_thai(w: World) -> bytes:
    """Thai Outlook's 'not read' notice: the ack was deleted unread."""
    text = (
        f"ข้อความของคุณ\n\n    ถึง: {P10.name}\n    เรื่อง: {ack_subject(w, 'r10')}\n\n"
        "ถูกลบโดยไม่ได้อ่านเมื่อ 2/12/2569 14:02\n"
    )
    mdn = (
        "Reporting-UA: EX01.pao-demo.go.th; Microsoft Exchange Server 2016\r\n"
        f"Final-Recipient: rfc822;{P10.address}\r\n"
        f"Original-Message-ID: {ack_id(w, 'r10')}\r\n"
        "Disposition: automatic-action/MDN-sent-automatically; deleted\r\n"
    ).encode()
    return mail(
        [
            ("From", addr(P10.name, P10.address)),
            ("To", AGENCY),
            ("Subject", h("ไม่ได้อ่าน: " + ack_subject(w, "r10"))),
            ("Thread-Topic", h(ack_subject(w, "r10"))),
            ("Date", when(100)),
            ("Message-ID", "<PAOEX01.notread.0001@EX01.pao-demo.go.th>"),
            ("Content-Language", "th-TH"),
        ],
        multi(
            "report",
            "_002_PAOEX01notread_",
            [text_part(text), raw_part("message/disposition-notification", mdn)],
            "; report-type=disposition-notification",
        ),
    )


# --- lists, newsletters, spam: ignored ----------------------------------------------------


def google_group_external(_: World) -> bytes:
    """A post to an outside Google Group the agency's address is subscribed to. It asks
    a question an agency could answer, but it was written to the list."""
    text = (
        "สวัสดีครับสมาชิกทุกท่าน\n\n"
        "ใครทราบบ้างครับว่าการยื่นขอรับเบี้ยยังชีพผู้พิการ ต้องใช้เอกสารอะไรบ้าง "
        "แต่ละ อบต. ใช้เหมือนกันไหมครับ\n\nสมพร\n\n--\nYou received this message because you are "
        'subscribed to the Google Groups "กำนันผู้ใหญ่บ้านไทย" group.\n'
        "To unsubscribe from this group and stop receiving emails from it, send an email to "
        "kamnan-thai+unsubscribe@googlegroups.com.\n"
    )
    return mail(
        [
            ("From", addr("สมพร ศรีบุญ", "somporn.sb@gmail.com")),
            ("To", addr("กำนันผู้ใหญ่บ้านไทย", "kamnan-thai@googlegroups.com")),
            ("Subject", h("[kamnan-thai] สอบถามเอกสารขอรับเบี้ยยังชีพผู้พิการ")),
            ("Date", when(102)),
            ("Message-ID", "<CAKamnanQ7w2Xr9Lp4Mb@mail.gmail.com>"),
            ("Sender", "kamnan-thai@googlegroups.com"),
            ("Reply-To", "kamnan-thai@googlegroups.com"),
            ("Precedence", "list"),
            (
                "Mailing-list",
                "list kamnan-thai@googlegroups.com; contact kamnan-thai+owners@googlegroups.com",
            ),
            ("List-ID", h("กำนันผู้ใหญ่บ้านไทย") + " <kamnan-thai.googlegroups.com>"),
            ("X-Spam-Checked-In-Group", "somporn.sb@gmail.com"),
            ("X-Google-Group-Id", "734120987654"),
            (
                "List-Post",
                "<https://groups.google.com/group/kamnan-thai/post>, "
                "<mailto:kamnan-thai@googlegroups.com>",
            ),
            (
                "List-Help",
                "<https://support.google.com/a/users/answer/9308783>, "
                "<mailto:kamnan-thai+help@googlegroups.com>",
            ),
            ("List-Archive", "<https://groups.google.com/group/kamnan-thai/>"),
            (
                "List-Unsubscribe",
                "<mailto:googlegroups-manage+734120987654+unsubscribe@googlegroups.com>, "
                "<https://groups.google.com/group/kamnan-thai/subscribe>",
            ),
        ],
        multi(
            "alternative",
            "0000000000003a2b1c",
            [text_part(text), text_part(html_of(text), "text/html")],
        ),
    )


def mailman3_academic(_: World) -> bytes:
    """A Mailman 3 list at a university, with the poster's From rewritten for DMARC
    ('via' the list): the list's domain is not the agency's."""
    text = (
        "เรียนสมาชิก\n\nขอเชิญส่งบทความเข้าร่วมการประชุมวิชาการการปกครองท้องถิ่น ครั้งที่ 12 "
        "ภายในวันที่ 31 มกราคม 2570\n\n_______________________________________________\n"
        "localgov-research mailing list -- localgov-research@lists.tu-demo.ac.th\n"
        "To unsubscribe send an email to localgov-research-leave@lists.tu-demo.ac.th\n"
    )
    return mail(
        [
            (
                "From",
                addr(
                    "รศ.ดร.วิภา ทองสุข via localgov-research", "localgov-research@lists.tu-demo.ac.th"
                ),
            ),
            ("Reply-To", addr("รศ.ดร.วิภา ทองสุข", "wipa.t@tu-demo.ac.th")),
            ("To", "localgov-research@lists.tu-demo.ac.th"),
            ("Subject", h("[localgov-research] ขอเชิญส่งบทความ การประชุมวิชาการครั้งที่ 12")),
            ("Date", when(104)),
            ("Message-ID", "<wipa.cfp.2026@tu-demo.ac.th>"),
            ("Message-ID-Hash", "Q7W2XR9LP4MBQ7W2XR9LP4MBQ7W2XR9L"),
            ("X-Message-ID-Hash", "Q7W2XR9LP4MBQ7W2XR9LP4MBQ7W2XR9L"),
            ("X-Mailman-Version", "3.3.8"),
            ("Precedence", "list"),
            ("List-Id", "<localgov-research.lists.tu-demo.ac.th>"),
            (
                "Archived-At",
                "<https://lists.tu-demo.ac.th/archives/list/localg"
                "ov-research@lists.tu-demo.ac.th/message/Q7W2XR9L/>",
            ),
            (
                "List-Archive",
                "<https://lists.tu-demo.ac.th/archives/lis"
                "t/localgov-research@lists.tu-demo.ac.th/>",
            ),
            ("List-Help", "<mailto:localgov-research-request@lists.tu-demo.ac.th?subject=help>"),
            ("List-Owner", "<mailto:localgov-research-owner@lists.tu-demo.ac.th>"),
            ("List-Post", "<mailto:localgov-research@lists.tu-demo.ac.th>"),
            ("List-Subscribe", "<mailto:localgov-research-join@lists.tu-demo.ac.th>"),
            ("List-Unsubscribe", "<mailto:localgov-research-leave@lists.tu-demo.ac.th>"),
        ],
        text_part(text, cte="8bit"),
    )


def esp_promo_list_unsubscribe_only(_: World) -> bytes:
    """A shop's 12.12 promotion through an ESP (SendGrid): List-Unsubscribe and the
    one-click header, but no Precedence and no List-Id."""
    html = (
        "<html><body><h1>12.12 ลดใหญ่ส่งท้ายปี</h1><p>โค้ดส่งฟรีทุกออเดอร์ "
        "เฉพาะวันนี้ถึงเที่ยงคืน</p>"
        '<a href="https://u4412.ct.sendgrid.net/ls/click?upn=abc">ช้อปเลย</a>'
        '<p><a href="https://u4412.ct.sendgrid.net/asm/unsubscribe/?user_id=4412">ยกเลิกการรับข่าวสาร</a></p>'
        "</body></html>"
    )
    return mail(
        [
            ("From", addr("ShopDee Thailand", "promo@news.shopdee-demo.co.th")),
            ("To", AGENCY),
            ("Subject", h("🔥 12.12 ลดใหญ่ส่งท้ายปี โค้ดส่งฟรีทุกออเดอร์!")),
            ("Date", when(106, UTC)),
            ("Message-ID", "<Zx9a8b7c6d5e4f3a2b1c0d@geopod-ismtpd-12>"),
            (
                "List-Unsubscribe",
                "<https://u4412.ct.sendgrid.net/lu/unsubscribe?oc=abc>, "
                "<mailto:unsub-4412@em.shopdee-demo.co.th>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("X-SG-EID", "u001.Qx7s2aB9cD=="),
            ("X-Entity-ID", "u001.abcdEFGH=="),
            ("Feedback-ID", "4412:SG"),
        ],
        text_part(html, "text/html", cte="quoted-printable"),
    )


def mailchimp_gov_newsletter(_: World) -> bytes:
    """A department's e-newsletter to every local office through Mailchimp."""
    text = (
        "จดหมายข่าวกรมส่งเสริมการปกครองท้องถิ่น ฉบับเดือนธันวาคม 2569\n\n"
        "- แนวทางการจัดทำแผนพัฒนาท้องถิ่น\n- ปฏิทินการประเมินประสิทธิภาพ LPA\n\n"
        "ยกเลิกการรับข่าวสาร: https://dla-demo.us21.list-manage.com/unsubscribe?u=abc&id=def\n"
    )
    return mail(
        [
            ("From", addr("กรมส่งเสริมการปกครองท้องถิ่น (จดหมายข่าว)", "news@dla-demo.go.th")),
            ("Reply-To", "news@dla-demo.go.th"),
            ("To", addr(AGENCY_TH, AGENCY)),
            ("Subject", h("จดหมายข่าว อปท. ฉบับเดือนธันวาคม 2569")),
            ("Date", when(108)),
            ("Message-ID", "<1a2b3c4d5e6f7a8b9c0d1e2f3a.20261202030000@mail201.atl121.mcsv.net>"),
            ("Sender", "news@dla-demo.go.th"),
            (
                "List-ID",
                "1a2b3c4d5e6f7a8b9c0d1e2f3mc list "
                "<1a2b3c4d5e6f7a8b9c0d1e2f3.701234.list-id.mcsv.net>",
            ),
            (
                "List-Unsubscribe",
                "<https://dla-demo.us21.list-manage.com/unsubscribe?u=abc&id=def>, "
                "<mailto:unsubscribe-mc.us21_abc.def-701234@unsubscribe.mailchimpapp.net>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("X-Mailer", "Mailchimp Mailer - **CID1a2b3c4d5e**"),
            ("Precedence", "bulk"),
            ("Feedback-ID", "701234:701234.123456:us21:mc"),
        ],
        multi(
            "alternative",
            "_----------=_MCPart_1234567890",
            [
                text_part(text, cte="quoted-printable"),
                text_part(html_of(text), "text/html", cte="quoted-printable"),
            ],
        ),
    )


LOAN_AD = (
    "สินเชื่อด่วน อนุมัติไวใน 5 นาที ไม่เช็คบูโร ไม่ต้องมีคนค้ำ\n"
    "วงเงินสูงสุด 500,000 บาท ดอกเบี้ยต่ำ ผ่อนสบาย\n"
    "ข้าราชการ พนักงานราชการ ลูกจ้าง อบต. สมัครได้ทันที\n"
    "แอดไลน์ @loan-fast99 หรือโทร 09x-xxx-xxxx\n"
)


def spam_spamassassin_status_only(_: World) -> bytes:
    """A Thai loan advertisement the agency's SpamAssassin scored as spam: X-Spam-Status
    says Yes, but no X-Spam-Flag and no rewritten subject."""
    return mail(
        [
            ("X-Spam-Checker-Version", f"SpamAssassin 3.4.6 (2021-04-09) on mail.{AGENCY_DOMAIN}"),
            ("X-Spam-Level", "**************"),
            (
                "X-Spam-Status",
                "Yes, score=14.2 required=5.0 tests=BAYES_99,BAYES_999,\r\n\t"
                "FREEMAIL_FROM,HTML_MESSAGE,RCVD_IN_SBL,URIBL_BLACK autolearn=disabled\r\n\t"
                "version=3.4.6",
            ),
            ("From", addr("สินเชื่อทันใจ", "approve.now8812@gmail.com")),
            ("To", AGENCY),
            ("Subject", h("สินเชื่อด่วนสำหรับข้าราชการ อนุมัติใน 5 นาที")),
            ("Date", when(110)),
            ("Message-ID", "<CALoanSpam88aZq1@mail.gmail.com>"),
        ],
        text_part(LOAN_AD),
    )


def spam_rspamd(_: World) -> bytes:
    """The same kind of advertisement marked by rspamd (X-Spam: Yes, a tagged subject)."""
    return mail(
        [
            (
                "X-Spamd-Result",
                "default: False [16.40 / 15.00]; BAYES_SPAM(5.10)[99.99%]; "
                "ABUSE_SURBL(5.50)[loan-fast99.xyz:url]",
            ),
            ("X-Rspamd-Server", "mx1"),
            ("X-Rspamd-Queue-Id", "4QzT9W1Xb2z1Q"),
            ("X-Rspamd-Action", "add header"),
            ("X-Spam", "Yes"),
            ("From", addr("เงินด่วน", "info@cash-th-demo.xyz")),
            ("To", AGENCY),
            ("Subject", h("[SPAM] เงินด่วนทันใจ ไม่เช็คบูโร โอนไวใน 1 ชม.")),
            ("Date", when(112)),
            ("Message-ID", "<20261202112233.55AA@cash-th-demo.xyz>"),
        ],
        text_part(LOAN_AD, cte="8bit"),
    )


def spam_microsoft_scl(_: World) -> bytes:
    """Exchange Online Protection's verdict in front of the agency's mailbox: spam
    confidence level 9 (SFV:SPM), delivered to the inbox by a transport rule."""
    return mail(
        [
            (
                "X-Forefront-Antispam-Report",
                "CIP:103.77.1.20;CTRY:VN;LANG:th;SCL:9;SRV:;IPV:NLI;SFV:SPM"
                ";H:mail.lucky-demo.vn;PTR:;CAT:SPM;SFS:(13230040);DIR:INB;",
            ),
            ("X-MS-Exchange-Organization-SCL", "9"),
            ("From", addr("ลุ้นรางวัล", "prize@lucky-demo.vn")),
            ("To", AGENCY),
            ("Subject", h("ยินดีด้วย! ท่านได้รับสิทธิ์สินเชื่อพิเศษ 300,000 บาท")),
            ("Date", when(114)),
            ("Message-ID", "<abc998877@mail.lucky-demo.vn>"),
        ],
        text_part(LOAN_AD, cte="base64"),
    )


def phishing_own_address(_: World) -> bytes:
    """Phishing forging the agency's own inbox address in From, from an outside host:
    the agency's own mail never gets an acknowledgement (it would be sent to itself)."""
    text = (
        "เรียน ผู้ใช้งาน\n\nกล่องจดหมายของท่านใช้พื้นที่เกิน 98% กรุณาเข้าสู่ระบบเพื่อเพิ่มพื้นที่ "
        "ภายใน 24 ชั่วโมง: https://mailbox-verify-demo.xyz/abt-thungsai\n\nผู้ดูแลระบบอีเมล\n"
    )
    return (
        b"Return-Path: <bounce@mailbox-verify-demo.xyz>\r\n"
        b"Received: from mailbox-verify-demo.xyz (unknown [185.220.101.7])\r\n"
        + f"\tby mail.{AGENCY_DOMAIN} (Postfix) with ESMTP id 11AA22; {when(116)}\r\n".encode()
        + mail(
            [
                ("From", addr("ผู้ดูแลระบบอีเมล " + AGENCY_TH, AGENCY)),
                ("To", AGENCY),
                ("Subject", h("แจ้งเตือน: พื้นที่กล่องจดหมายของท่านใกล้เต็ม")),
                ("Date", when(116)),
                ("Message-ID", "<20261202.phish.0001@mailbox-verify-demo.xyz>"),
            ],
            multi(
                "alternative",
                "phish_own_0001",
                [text_part(text), text_part(html_of(text), "text/html")],
            ),
        )
    )


# --- citizens answering: replies ----------------------------------------------------------


def gmail_quote_head(w: World, name: str) -> str:
    return f"เมื่อ พ. 2 ธ.ค. 2026 เวลา 10:15 {AGENCY_TH} <{AGENCY}> เขียนว่า:"


def reply_adds_document(w: World) -> bytes:
    """Gmail reply to the ack sending what was missing, PDF and photo attached."""
    text = (
        "ส่งเอกสารเพิ่มเติมค่ะ แนบสำเนาบัตรประชาชนและรูปถ่ายเสาไฟที่ดับมาให้แล้วค่ะ\n\nกนกวรรณ\n\n"
        + gmail_quote_head(w, "r1")
        + "\n\n"
        + quote(ack_text(w, "r1"))
    )
    return mail(
        [
            ("From", addr(P1.name, P1.address)),
            ("Date", when(130)),
            ("Message-ID", "<CAJx7Yk1moredocs3Lm8Qw2Zx@mail.gmail.com>"),
            ("Subject", h("Re: " + ack_subject(w, "r1"))),
            ("To", addr(AGENCY_TH, AGENCY)),
            ("In-Reply-To", ack_id(w, "r1")),
            ("References", f"{request_id(w, 'r1')} {ack_id(w, 'r1')}"),
        ],
        multi(
            "mixed",
            "000000000000docs0001",
            [
                multi(
                    "alternative",
                    "000000000000docs0002",
                    [text_part(text), text_part(html_of(text), "text/html")],
                ),
                file_part("application/pdf", "สำเนาบัตรประชาชน.pdf", PDF),
                file_part("image/jpeg", "เสาไฟ.jpg", JPEG),
            ],
        ),
    )


def reply_edited_subject_adds_document(w: World) -> bytes:
    """Apple Mail reply whose subject the citizen replaced with what she is sending;
    the threading headers remain, the matter is the same."""
    text = (
        "ตามที่ได้ยื่นขออนุญาตก่อสร้างไว้ ขอส่งแบบแปลนบ้านและสำเนาโฉนดเพิ่มเติมค่ะ\n\n"
        "ส่งจาก iPhone ของฉัน\n\n"
        f"> เมื่อ 2 ธ.ค. 2569 เวลา 10:20 {AGENCY_TH} <{AGENCY}> เขียนว่า:\n>\n"
        + quote(ack_text(w, "r4"))
    )
    return mail(
        [
            ("From", addr(P4.name, P4.address)),
            ("Subject", h("ส่งเอกสารเพิ่มเติม")),
            ("Date", when(133)),
            ("Message-Id", "<0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0@icloud.com>"),
            ("In-Reply-To", ack_id(w, "r4")),
            ("References", ack_id(w, "r4")),
            ("To", addr(AGENCY_TH, AGENCY)),
            ("X-Mailer", "iPhone Mail (21G93)"),
        ],
        multi(
            "mixed",
            "Apple-Mail-7A1B2C3D-4E5F",
            [
                text_part(text, cte="quoted-printable"),
                file_part("application/pdf", "แบบแปลน.pdf", PDF),
                file_part("application/pdf", "โฉนด.pdf", PDF + b"%2\n"),
            ],
        ),
    )


def reply_iphone_thanks(w: World) -> bytes:
    text = (
        "ขอบคุณค่ะ จะรอผลการพิจารณานะคะ\n\nส่งจาก iPhone ของฉัน\n\n"
        f"> เมื่อ 2 ธ.ค. 2569 เวลา 10:20 {AGENCY_TH} <{AGENCY}> เขียนว่า:\n>\n"
        + quote(ack_text(w, "r4"))
    )
    return (
        header_block(
            [
                ("Content-Type", 'text/plain; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
                ("From", addr(P4.name, P4.address)),
                ("Mime-Version", "1.0 (1.0)"),
                ("Subject", h("Re: " + ack_subject(w, "r4"))),
                ("Date", when(136)),
                ("Message-Id", "<1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9@icloud.com>"),
                ("References", ack_id(w, "r4")),
                ("In-Reply-To", ack_id(w, "r4")),
                ("To", addr(AGENCY_TH, AGENCY)),
                ("X-Mailer", "iPhone Mail (21G93)"),
            ]
        )
        + b"\r\n"
        + body_bytes(text, "utf-8", "quoted-printable")
    )


def reply_thai_prefix_no_threading(w: World) -> bytes:
    """Yahoo basic webmail lost In-Reply-To; the Thai 'ตอบกลับ:' prefix and the receipt
    number in the subject remain."""
    text = "ขอเลื่อนวันนัดเป็นวันที่ 11 ธันวาคม 2569 ช่วงบ่ายได้ไหมคะ\n\nพิมพ์ชนก\n"
    return mail(
        [
            ("Date", when(139, UTC)),
            ("From", addr(P6.name, P6.address)),
            ("To", AGENCY),
            ("Message-ID", "<1486234095.2299001.1764670000999@mail.yahoo.com>"),
            ("Subject", h("ตอบกลับ: " + ack_subject(w, "r6"))),
            ("X-Mailer", "WebService/1.1.21952 YMailNorrin"),
        ],
        text_part(text, cte="quoted-printable"),
    )


def status_inquiry_new_mail(w: World) -> bytes:
    """A new mail (no threading) asking how the request is going, the receipt number
    in the subject as the acknowledgement tells citizens to do."""
    text = "เรียน เจ้าหน้าที่\n\nขอสอบถามความคืบหน้าเรื่องตัดกิ่งไม้ครับ ตอนนี้กิ่งไม้เริ่มหักลงมาแล้ว\n\nวรวุฒิ\n"
    return thunderbird(
        P5,
        f"สอบถามความคืบหน้า คำร้องเลขรับ {receipt(w, 'r5')}",
        text,
        "9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a",
        142,
        [],
    )


def receipt_lowercase_in_body(w: World) -> bytes:
    """From the acknowledged address, a new mail whose only tie is the receipt number
    typed on a phone in lower case in the text."""
    text = (
        f"สวัสดีค่ะ\n\nตามที่ยื่นขอนัดหมายไว้ เลขรับ {receipt(w, 'r6').lower()} "
        "ขอเพิ่มเติมว่ามารดาใช้รถเข็น ขอที่จอดรถใกล้อาคารด้วยค่ะ\n\nพิมพ์ชนก\n"
    )
    return mail(
        [
            ("Date", when(145, UTC)),
            ("From", addr(P6.name, P6.address)),
            ("To", AGENCY),
            ("Message-ID", "<1486234095.2300777.1764670999888@mail.yahoo.com>"),
            ("Subject", h("เพิ่มเติมเรื่องนัดหมาย")),
            ("X-Mailer", "WebService/1.1.21952 YMailNorrin"),
        ],
        text_part(text, cte="quoted-printable"),
    )


def other_address_receipt_in_subject(w: World) -> bytes:
    """The citizen writes from her work address with the receipt number in the subject
    (README: a receipt number in the subject joins the case, whoever writes)."""
    text = "เรียน เจ้าหน้าที่\n\nขอแจ้งเบอร์โทรศัพท์ใหม่สำหรับติดต่อเรื่องนี้ค่ะ 081-555-0199\n\nกนกวรรณ ศรีสุข\n"
    return exchange_request(
        Person(P1.name, "kanokwan.s@korat-hospital-demo.go.th", P1.nid, P1.phone, P1.home),
        f"แจ้งเบอร์โทรศัพท์ใหม่ (เลขรับ {receipt(w, 'r1')})",
        text,
        "KHEX01.5e6f7a8b9c0d1e2f3a4b",
        148,
        "EX01.korat-hospital-demo.go.th",
    )


def other_address_receipt_in_body_only(w: World) -> bytes:
    """The same citizen as r3 from his personal Gmail; the receipt number only in the
    text. README: text matching is for the address the case was acknowledged to, so
    this is a new case (anyone could cite a receipt number)."""
    text = (
        f"เรียน เจ้าหน้าที่\n\nผมเป็นผู้ยื่นคำร้องเลขรับ {receipt(w, 'r3')} "
        "ขอเปลี่ยนอีเมลติดต่อเป็นอีเมลนี้ครับ\n\nประเสริฐ\n"
    )
    return mail(
        [
            ("From", addr(P3.name, "prasert.wongthai@gmail.com")),
            ("Date", when(151)),
            ("Message-ID", "<CAPrasertPersonal9xLm2@mail.gmail.com>"),
            ("Subject", h("ขอเปลี่ยนอีเมลติดต่อ")),
            ("To", AGENCY),
        ],
        text_part(text),
    )


def blank_reply_with_photo(w: World) -> bytes:
    """Zimbra reply with nothing typed, only a photo of the stadium booking form."""
    return mail(
        [
            ("Date", when(154)),
            ("From", addr(P8.name, P8.address)),
            ("To", AGENCY),
            ("Message-ID", "<1043567900.99555.1764650000111.JavaMail.zimbra@mail.go.th>"),
            ("In-Reply-To", ack_id(w, "r8")),
            ("References", ack_id(w, "r8")),
            ("Subject", h("Re: " + ack_subject(w, "r8"))),
            ("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC119 (Win)/8.8.15_GA_4581)"),
        ],
        multi(
            "mixed",
            "=_blankphoto0001",
            [text_part("\n", cte="7bit"), file_part("image/jpeg", "แบบฟอร์มขอใช้สนาม.jpg", JPEG)],
        ),
    )


def outlook_reply_after_leave(w: World) -> bytes:
    """Back from leave, the Exchange user answers the ack from Outlook (RE:, windows-874)."""
    ack = w.ack("r3")
    text = (
        "เรียน เจ้าหน้าที่\n\nขออภัยที่ตอบช้าครับ "
        "ขอเพิ่มจำนวนสำเนาเป็น 3 ชุดได้ไหมครับ\n\nประเสริฐ\n\n"
        f"From: {AGENCY_TH} <{AGENCY}>\nSent: Wednesday, December 2, 2026 10:25 AM\n"
        f"To: {P3.name} <{P3.address}>\nSubject: {ack['Subject']}\n\n" + ack_text(w, "r3")
    )
    return outlook_874(
        P3,
        "RE: " + ack_subject(w, "r3"),
        text,
        "000001db4f01$aa11bb22$cc33dd44$",
        157,
        [("In-Reply-To", ack_id(w, "r3")), ("References", ack_id(w, "r3"))],
    )


def new_request_by_replying_old_ack(w: World) -> bytes:
    """The citizen hit Reply on his old acknowledgement to find the address, replaced
    the subject with a new type of work and wrote a new request. A new case: it needs
    its own receipt number and deadline (see the module's docstring)."""
    subject = "ร้องเรียน ท่อระบายน้ำอุดตันหน้าบ้าน"
    text = (
        form(P2, subject, "ท่อระบายน้ำหน้าบ้านเลขที่ 12 หมู่ 7 อุดตัน น้ำเน่าส่งกลิ่นเหม็น ยุงชุม ขอให้มาลอกท่อ")
        + "\n________________________________\n"
        f"จาก: {AGENCY_TH} <{AGENCY}>\nส่ง: 2 ธันวาคม 2569 10:05\n"
        f"ถึง: {P2.address}\nเรื่อง: {ack_subject(w, 'r2')}\n\n" + ack_text(w, "r2")
    )
    return mail(
        [
            ("From", addr(P2.name, P2.address)),
            to_agency(),
            ("Subject", h(subject)),
            ("Thread-Topic", h(subject)),
            ("Date", when(160, UTC)),
            (
                "Message-ID",
                "<SEZPR06MB6734NEWREQ9F8E7D6C5B4A@SEZPR06MB6734.apcprd06.prod.outlook.com>",
            ),
            ("In-Reply-To", ack_id(w, "r2")),
            ("References", f"{request_id(w, 'r2')} {ack_id(w, 'r2')}"),
            ("Content-Language", "th-TH"),
        ],
        multi(
            "alternative",
            "_000_SEZPR06MB6734NEWREQ_",
            [
                text_part(text, cte="quoted-printable"),
                text_part(html_of(text), "text/html", cte="quoted-printable"),
            ],
        ),
    )


# --- the set, in delivery order --------------------------------------------------------------


def D(kind: str, expect: str, build: Build, **kw: str) -> Delivery:
    return Delivery(kind, expect, build, **kw)


SET: tuple[Delivery, ...] = (
    # Requests from the mail programs Thai citizens use: each a new case with an ack.
    D("request_gmail", "case", req_1, name="r1"),
    D("request_hotmail_html", "case", req_2, name="r2"),
    D("request_outlook_windows874", "case", req_3, name="r3"),
    D("request_iphone_flowed", "case", req_4, name="r4"),
    D("request_asks_read_receipt", "case", req_5, name="r5"),
    D("request_yahoo_cc_contact", "case", req_6, name="r6"),
    D("request_company_ticket_address", "case", req_7, name="r7"),
    D("request_mailgothai", "case", req_8, name="r8"),
    D("request_gmail", "case", req_9, name="r9"),
    # Pressed Send twice: README promises `duplicate` for the same content.
    D("dup_sent_twice_new_message_id", "duplicate", req_9_again),
    D("request_exchange_gov", "case", req_10, name="r10"),
    D("request_squirrelmail", "case", req_11, name="r11"),
    D("request_hotmail_html", "case", req_12, name="r12"),
    D("request_yahoo", "case", req_13, name="r13"),
    D("request_roundcube_shared_hosting", "case", req_14, name="r14"),
    D("request_thunderbird", "case", req_15, name="r15"),
    D("request_exchange_gov", "case", req_16, name="r16"),
    # Requests that look like something else: a clerk registers each.
    D("trap_blank_with_only_attachments", "case", blank_with_scan),
    D("trap_re_subject_first_request", "case", re_first_request),
    D("trap_re_fw_thread_from_elsewhere", "case", re_fw_chain_from_elsewhere),
    D("trap_staff_forward_same_domain", "case", staff_forward),
    D("trap_thai_complaint_about_auto_reply", "case", complaint_about_auto_reply),
    D("trap_calendar_invitation", "case", calendar_invitation),
    D("trap_phishing_lookalike_domain", "case", phishing_lookalike),
    # Automatic answers to our acknowledgement: never a reply, never acknowledged.
    D("ooo_exchange_thai_full_headers", "ignored", ooo_exchange_th_full),
    D("ooo_exchange_thai_suppress_only", "ignored", ooo_exchange_th_suppress_only),
    D("ooo_outlook_rule_thai_no_headers", "ignored", ooo_outlook_rule_no_headers),
    D("vacation_gmail_custom_thai_subject", "ignored", vacation_gmail_custom_subject),
    D("autoreply_ticket_system_quotes_ack", "ignored", helpdesk_quotes_ack),
    D("gmail_delay_will_retry", "ignored", gmail_delay),
    D("autoreply_no_headers_quotes_ack", "ignored", auto_reply_quotes_ack_no_headers),
    D("vacation_zimbra_auto_submitted_comment", "ignored", vacation_zimbra_thai),
    # Bounces and delays of our acknowledgement.
    D("bounce_yahoo_failure_notice", "ignored", yahoo_failure_notice),
    D("bounce_hotmail_ndr", "ignored", hotmail_ndr),
    D("bounce_exchange_thai_rfc822_headers", "ignored", exchange_ndr_thai_headers_only),
    D("bounce_own_postfix_rfc822_headers", "ignored", own_postfix_rfc822_headers),
    D("delay_exim_will_retry", "ignored", exim_delay_then),
    D("bounce_cpanel_exim_quota", "ignored", cpanel_exim_quota),
    D("bounce_sendmail_transcript", "ignored", sendmail_transcript),
    # Read receipts.
    D("mdn_thunderbird_displayed", "ignored", mdn_thunderbird),
    D("mdn_outlook_thai_deleted_unread", "ignored", mdn_outlook_deleted_thai),
    # Lists, newsletters, spam, phishing forging our own address.
    D("list_google_group_external", "ignored", google_group_external),
    D("list_mailman3_via_rewrite", "ignored", mailman3_academic),
    D("newsletter_esp_list_unsubscribe_only", "ignored", esp_promo_list_unsubscribe_only),
    D("newsletter_mailchimp_gov", "ignored", mailchimp_gov_newsletter),
    D("spam_thai_loan_spamassassin_status", "ignored", spam_spamassassin_status_only),
    D("spam_thai_loan_rspamd", "ignored", spam_rspamd),
    D("spam_thai_loan_microsoft_scl", "ignored", spam_microsoft_scl),
    D("phishing_forges_own_address", "ignored", phishing_own_address),
    # Citizens answering: each joins the case of the request it names.
    D("reply_adds_document", "reply", reply_adds_document, joins="r1"),
    D(
        "reply_edited_subject_adds_document",
        "reply",
        reply_edited_subject_adds_document,
        joins="r4",
    ),
    D("reply_iphone_thanks", "reply", reply_iphone_thanks, joins="r4"),
    D("reply_thai_prefix_no_in_reply_to", "reply", reply_thai_prefix_no_threading, joins="r6"),
    D("reply_status_inquiry_receipt_in_subject", "reply", status_inquiry_new_mail, joins="r5"),
    D("reply_receipt_lowercase_in_body", "reply", receipt_lowercase_in_body, joins="r6"),
    D(
        "reply_other_address_receipt_in_subject",
        "reply",
        other_address_receipt_in_subject,
        joins="r1",
    ),
    D("reply_blank_with_photo", "reply", blank_reply_with_photo, joins="r8"),
    D("reply_outlook_windows874_after_leave", "reply", outlook_reply_after_leave, joins="r3"),
    # The README's line between a reply and a new case.
    D("trap_other_address_receipt_in_body_only", "case", other_address_receipt_in_body_only),
    D("trap_new_request_by_replying_old_ack", "case", new_request_by_replying_old_ack),
    # The same mail again.
    D("dup_redelivered_received_and_spam_status", "duplicate", req_5_redelivered),
    D("dup_cc_copy_in_second_mailbox", "duplicate", req_6_on_contact, route="contact"),
    D("dup_relay_reencoded_quoted_printable", "duplicate", req_1_reencoded),
)
