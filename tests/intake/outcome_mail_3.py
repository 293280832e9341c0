"""A third held-out set of mail whose final state (case, reply, ignored, duplicate) is known.

Written blind like the first two (tests/intake/outcome_mail.py, outcome_mail_2.py),
before reading the classifier (extractors/classify.py, intake/, config/): only the two
sets' kind names were read, so these are other kinds, and set 2's byte-level building
blocks are reused (header_block, text_part, multi, ...), not its builders. What was read
besides: README.md (Message states; Acknowledgements and replies), docs/en/guide.md
(sections 2 and "Follow-ups from another address") and /work/shared/DESIGN.md (Capture).

Mail is written as Thai government and Thai ISP systems, and citizens, write it:
MailGoThai (Zimbra), e-Saraban systems, Exchange with Thai out-of-office text and no
Auto-Submitted, Thai hosting bounces in their own formats, challenge-response spam
checks, list digests, Facebook and LINE notifications, delivery and read receipts,
calendar answers, copy-shop scanners, and broken mail programs.

Decisions worth stating:
- A correction ("ขอแก้ไขเบอร์โทรศัพท์") is a reply when it is threaded on the
  acknowledgement or names the receipt number in its text from the request's address
  (README, Message states: those are the ways a mail joins a case). Sent as a fresh mail
  naming neither, the README promises no join, so it is a case the clerk links by hand.
- The same request resent from another address of the same citizen is a case: the
  README's resend rule is "the same sender's same subject, text and files"; the clerk
  finds both by the national ID (`intake cases find`).
- Two different requests that a broken client sent under one Message-ID are two cases,
  although the README says "same Message-ID ... as an earlier mail" is a duplicate:
  DESIGN.md's promise is that "the same mail arriving twice" is a duplicate, and a
  clerk who loses a request because its program reused an id has lost a request, which
  the Act forbids. Likewise two different requests without any Message-ID.
- The same text and subject with another file (a copy-shop scanner's fixed wording) is
  not a resend: the README's resend rule needs the same files.
- Calendar answers (accepted, declined) and "delivered" receipts carry no request and no
  follow-up: ignored, like read receipts (README: "other mail-system report").
- Another agency's e-Saraban acknowledging our acknowledgement is an auto-reply, even
  threaded on our mail and without Auto-Submitted: the guide promises no acknowledgement
  loop, and a clerk files nothing from it.

All personal data here is made up (names, addresses, national IDs with a valid check
digit, telephone numbers); it is safe to print.
"""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from tests.intake.outcome_mail import AGENCY, AGENCY_DOMAIN, Build, Delivery, World
from tests.intake.outcome_mail_2 import (
    JPEG,
    ack_headers,
    ack_id,
    ack_subject,
    ack_text,
    addr,
    file_part,
    h,
    h874,
    header_block,
    html_of,
    mail,
    multi,
    national_id,
    quote,
    raw_part,
    receipt,
    request_id,
    text_part,
)

__all__ = ["AGENCY", "AGENCY_DOMAIN", "SET"]

AGENCY_TH = "องค์การบริหารส่วนตำบลทุ่งทราย"
ICT = timezone(timedelta(hours=7))
START = datetime(2026, 12, 3, 8, 15, tzinfo=ICT)


def when(minute: int, tz: timezone = ICT) -> str:
    return format_datetime((START + timedelta(minutes=minute)).astimezone(tz))


def to_agency() -> tuple[str, str]:
    return ("To", addr(AGENCY_TH, AGENCY))


def pdf_with(text: str) -> bytes:
    """A one-page PDF whose content differs by `text` (so two files differ)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length " + str(len(stream)).encode() + b">>stream\n" + stream + b"\n"
        b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def docx_with(lines: Sequence[str]) -> bytes:
    """A minimal Word document holding `lines` as paragraphs (the request form typed
    into the agency's .docx template)."""
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paras}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
    return out.getvalue()


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# --- the citizens --------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    address: str
    nid: str
    phone: str
    home: str


def _home(no: str, moo: int) -> str:
    return f"{no} หมู่ {moo} ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000"


Q1 = Person(
    "นางสาวรัตนา พูลสวัสดิ์",
    "rattana.poon@gmail.com",
    national_id("310220011223"),
    "081-456-7712",
    _home("17", 2),
)
Q2 = Person(
    "นายเอกชัย มั่นคง",
    "ekkachai_m@hotmail.com",
    national_id("150330022334"),
    "089-102-3344",
    _home("8/1", 5),
)
Q3 = Person(
    "นางสายสุนีย์ ทองประเสริฐ",
    "saisunee.t@3bb-demo.co.th",
    national_id("340440033445"),
    "086-552-1190",
    _home("120", 7),
)
Q4 = Person(  # a clerk of the district office writing from its central e-Saraban mailbox
    "งานสารบรรณ ที่ว่าการอำเภอเมือง",
    "saraban@amphoe-muang-demo.go.th",
    national_id("330550044556"),
    "044-242-118",
    "ที่ว่าการอำเภอเมือง ถนนมหาดไทย ตำบลในเมือง อำเภอเมือง จังหวัดนครราชสีมา 30000",
)
Q5 = Person(
    "นายสมพงษ์ จันทร์หอม",
    "sompong.jh@gmail.com",
    national_id("360660055667"),
    "087-661-2208",
    _home("44", 1),
)
Q6 = Person(
    "นางลำดวน ศรีเมือง",
    "lamduan.s@yahoo.co.th",
    national_id("341770066778"),
    "062-330-8891",
    _home("3", 9),
)
Q7 = Person(
    "นายไพโรจน์ แก้วกล้า",
    "pairoj.k@outlook.co.th",
    national_id("110880077889"),
    "095-778-1023",
    _home("56/3", 4),
)
Q8 = Person(
    "นางสาวจิราพร สีทอง",
    "jiraporn.st@gmail.com",
    national_id("150990088990"),
    "083-901-4456",
    _home("71", 6),
)
Q9 = Person(
    "นายธีรพงษ์ ใจเย็น",
    "theerapong.jy@gmail.com",
    national_id("330110099001"),
    "080-441-7765",
    _home("9/9", 8),
)
Q10 = Person(
    "นางประไพ บุญช่วย",
    "prapai.bc@mailgothai-demo.go.th",
    national_id("340220010112"),
    "044-255-310",
    _home("25", 3),
)
Q11 = Person(
    "นายวีระพล ศักดิ์ดี",
    "weerapol.sd@gmail.com",
    national_id("360330021223"),
    "081-882-0147",
    _home("88", 10),
)
Q12 = Person(
    "นางสาวอัมพร นาคสุข",
    "amporn.nk@hotmail.com",
    national_id("310440032334"),
    "092-115-6630",
    _home("2/7", 11),
)
Q13 = Person(
    "นายชาญวิทย์ ปัญญาดี",
    "chanwit.p@kku-demo.ac.th",
    national_id("110550043445"),
    "091-300-2217",
    _home("140", 12),
)
Q14 = Person(
    "นางมณีรัตน์ พึ่งบุญ",
    "maneerat.pb@tot-demo.co.th",
    national_id("341660054556"),
    "044-311-908",
    _home("33", 3),
)
Q15 = Person(
    "นายศุภชัย อินทร์แก้ว",
    "supachai.ik@gmail.com",
    national_id("330770065667"),
    "084-227-9910",
    _home("5/5", 2),
)
Q15_WORK = "supachai.i@sakhon-farm-demo.co.th"  # the same citizen at work
Q16 = Person(
    "นายบุญมี สายทอง",
    "boonmee.st@sanook-demo.com",
    national_id("340880076778"),
    "088-019-5532",
    _home("61", 7),
)
Q17 = Person(
    "นางสาวสุภาวดี คำแก้ว",
    "supawadee.kk@gmail.com",
    national_id("150110087889"),
    "097-660-1184",
    _home("12", 8),
)
WALKIN = Person(
    "นางทองใบ ดีมาก",
    "",  # came to the counter; no email address
    national_id("340990098990"),
    "089-556-0021",
    _home("90", 5),
)
STAFF = ("นางสมหญิง ขยันงาน", f"somying.k@{AGENCY_DOMAIN}")
DISTRICT = ("ที่ว่าการอำเภอเมืองนครราชสีมา", "saraban@amphoe-muang-demo.go.th")
PAO = ("องค์การบริหารส่วนจังหวัดนครราชสีมา", "saraban@pao-korat-demo.go.th")


def form(p: Person, subject: str, details: str) -> str:
    """A request after the agency's published template."""
    return (
        f"เรียน นายกองค์การบริหารส่วนตำบลทุ่งทราย\n\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"ที่อยู่: {p.home}\n"
        f"โทรศัพท์: {p.phone}\n"
        + (f"อีเมล: {p.address}\n" if p.address else "")
        + f"เรื่อง: {subject}\n"
        f"รายละเอียด: {details}\n\n"
        f"ขอแสดงความนับถือ\n{p.name}\n"
    )


def alt(text: str, boundary: str) -> bytes:
    return multi("alternative", boundary, [text_part(text), text_part(html_of(text), "text/html")])


def request(
    p: Person,
    subject: str,
    details: str,
    msgid: str | None,
    minute: int,
    *,
    sender: str | None = None,
    extra: Sequence[tuple[str, str]] = (),
    files: Sequence[tuple[str, str, bytes]] = (),
    to: tuple[str, str] | None = None,
) -> bytes:
    """A citizen's request: text and HTML, perhaps with files."""
    text = form(p, subject, details)
    b = "b1_" + base64.b32encode((msgid or subject).encode()).decode()[:20]
    body = alt(text, b + "a")
    if files:
        body = multi("mixed", b + "m", [body, *(file_part(c, n, d) for c, n, d in files)])
    headers = [
        ("From", addr(p.name, sender or p.address)),
        to or to_agency(),
        *extra,
        ("Subject", h(subject)),
        ("Date", when(minute)),
    ]
    if msgid is not None:
        headers.append(("Message-ID", msgid))
    return mail(headers, body)


def answer(
    frm: tuple[str, str],
    subject: str,
    text: str,
    minute: int,
    msgid: str,
    *,
    to: tuple[str, str] | None = None,
    extra: Sequence[tuple[str, str]] = (),
    html: bool = False,
    charset: str = "utf-8",
) -> bytes:
    """A plain mail (auto-replies, notices, replies): text or text and HTML."""
    if html:
        body = multi(
            "alternative",
            "alt_" + msgid.strip("<>")[:12],
            [
                text_part(text, charset=charset, cte="quoted-printable"),
                text_part(html_of(text), "text/html", charset=charset, cte="quoted-printable"),
            ],
        )
    else:
        body = text_part(text, charset=charset, cte="quoted-printable")
    subj = h874(subject) if charset == "windows-874" else h(subject)
    return mail(
        [
            ("From", addr(*frm)),
            ("To", addr(*to) if to else addr(AGENCY_TH, AGENCY)),
            *extra,
            ("Subject", subj),
            ("Date", when(minute)),
            ("Message-ID", msgid),
        ],
        body,
    )


def threaded(w: World, name: str) -> list[tuple[str, str]]:
    return [
        ("In-Reply-To", ack_id(w, name)),
        ("References", f"{request_id(w, name)} {ack_id(w, name)}"),
    ]


# --- requests: each opens a case -----------------------------------------------------------

S1 = "ขอให้ซ่อมถนนลูกรังหมู่ 2 ที่เป็นหลุมบ่อ"
S2 = "ขอความอนุเคราะห์ตัดกิ่งไม้ที่พาดสายไฟ"
S3 = "ร้องเรียน เสียงดังจากโรงงานบดมันสำปะหลังยามวิกาล"
S4 = "ขอส่งตัวผู้ร้องเรียนเรื่องน้ำประปาหมู่บ้านไม่ไหล เพื่อพิจารณาดำเนินการ"
S5 = "ขอรับการสนับสนุนถังขยะสำหรับหมู่บ้าน"
S6 = "ขอสำเนาใบอนุญาตก่อสร้างอาคาร"
S7 = "ขอให้ตรวจสอบท่อระบายน้ำอุดตันหน้าบ้าน"
S8 = "ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ"
S9 = "ขอข้อมูลข่าวสารราชการ งบประมาณโครงการซ่อมสะพาน"
S10 = "ขอให้พ่นยากันยุงในหมู่บ้าน"
S11 = "ร้องเรียน การเผาขยะในที่โล่งทำให้เกิดควัน"
S12 = "ขอให้ติดตั้งไฟกระพริบทางแยกหน้าโรงเรียน"
S13 = "ขอสำเนาทะเบียนพาณิชย์"
S14 = "ขออนุญาตใช้อาคารอเนกประสงค์จัดงานบุญ"
S15 = "ขอให้ซ่อมประตูระบายน้ำคลองหมู่ 2"


def q1(_: World) -> bytes:
    return request(Q1, S1, "ถนนลูกรังเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย", "<CAF3q1xYz8=Rk2@mail.gmail.com>", 0)


def q2(_: World) -> bytes:
    return request(
        Q2,
        S2,
        "กิ่งมะขามใหญ่พาดสายไฟหน้าบ้านเลขที่ 8/1 หมู่ 5 เกรงจะเกิดไฟไหม้",
        "<TYZPR03MB7012A1B2C3D4E5F6@TYZPR03MB7012.apcprd03.prod.outlook.com>",
        2,
    )


def q3(_: World) -> bytes:
    return request(
        Q3,
        S3,
        "โรงงานบดมันเปิดเครื่องจักรตั้งแต่ 22.00 น. ถึงเช้า รบกวนการพักผ่อน",
        "<5f1c2a90.3bbq3@webmail.3bb-demo.co.th>",
        4,
    )


def q4(_: World) -> bytes:
    """A district clerk sends on a citizen's complaint from the district's e-Saraban."""
    return request(
        Q4,
        S4,
        "ตามที่นายสมหมาย ใจดี ร้องเรียนว่าน้ำประปาหมู่บ้านไม่ไหลมา 5 วัน จึงส่งเรื่องมาเพื่อพิจารณา",
        "<esaraban.2569.88412@amphoe-muang-demo.go.th>",
        6,
        extra=[("X-Mailer", "e-Saraban 4.2")],
    )


def q5(_: World) -> bytes:
    return request(Q5, S5, "หมู่ 1 มีถังขยะไม่พอ ขอถังขยะ 10 ใบ", "<CAB5q5Hh3mQ=pp@mail.gmail.com>", 8)


def q6(_: World) -> bytes:
    return request(
        Q6,
        S6,
        "ขอสำเนาใบอนุญาตก่อสร้างอาคารเลขที่ 3 หมู่ 9 เพื่อใช้ประกอบการขอสินเชื่อ",
        "<1733190000.q6.yahoo@mail.yahoo.co.th>",
        10,
    )


def q7(_: World) -> bytes:
    return request(
        Q7,
        S7,
        "ท่อระบายน้ำหน้าบ้านเลขที่ 56/3 อุดตัน น้ำท่วมขังเวลาฝนตก",
        "<PS2PR01MB1188Q7AABBCC@PS2PR01MB1188.apcprd01.prod.outlook.com>",
        12,
    )


def q8(_: World) -> bytes:
    return request(
        Q8, S8, "มารดาอายุครบ 60 ปี ขอลงทะเบียนรับเบี้ยยังชีพ", "<CAH8q8Qw=Zt1@mail.gmail.com>", 14
    )


def q9(_: World) -> bytes:
    return request(
        Q9, S9, "ขอทราบงบประมาณโครงการซ่อมสะพานข้ามคลอง ปี 2569", "<CAJ9q9Lp=Vv4@mail.gmail.com>", 16
    )


def q10(_: World) -> bytes:
    return request(
        Q10,
        S10,
        "มียุงลายชุกชุม มีผู้ป่วยไข้เลือดออก 2 ราย",
        "<1623388199.7741.1733192040011.JavaMail.zimbra@mailgothai-demo.go.th>",
        18,
        extra=[
            ("X-Mailer", "Zimbra 8.8.15_GA_4508 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4508)")
        ],
    )


def q11(_: World) -> bytes:
    """To the agency, Cc the district office: one copy reaches us."""
    return request(
        Q11,
        S11,
        "มีการเผาขยะทุกเย็นที่ที่ดินว่างหมู่ 10 ควันเข้าบ้าน เด็กมีอาการไอ",
        "<CAK11q=Rr5s@mail.gmail.com>",
        20,
        extra=[("Cc", addr(*DISTRICT))],
    )


def q12(_: World) -> bytes:
    """To the district office, Cc the agency: the citizen was not sure who does it."""
    return request(
        Q12,
        S12,
        "ทางแยกหน้าโรงเรียนบ้านหนองบัวรถวิ่งเร็ว ขอไฟกระพริบ",
        "<SG2PR06MB12Q12DDEEFF@SG2PR06MB12.apcprd06.prod.outlook.com>",
        22,
        to=("To", addr(*DISTRICT)),
        extra=[("Cc", addr(AGENCY_TH, AGENCY))],
    )


Q13_FILE = ("application/pdf", "สำเนาบัตรประชาชน.pdf", pdf_with("copy of ID card Q13"))


def q13(_: World) -> bytes:
    return request(
        Q13,
        S13,
        "ขอสำเนาทะเบียนพาณิชย์ร้านชาญวิทย์การค้า 1 ชุด",
        "<8a1f3c2e-q13@kku-demo.ac.th>",
        24,
        extra=[("User-Agent", "Mozilla/5.0 Thunderbird/115.5.0")],
        files=[Q13_FILE],
    )


def q13_edit_as_new(_: World) -> bytes:
    """Thunderbird "Edit as New Message": the same subject, text and file, a new
    Message-ID and boundary, sent again 6 minutes later because no answer came yet."""
    return request(
        Q13,
        S13,
        "ขอสำเนาทะเบียนพาณิชย์ร้านชาญวิทย์การค้า 1 ชุด",
        "<c47d90aa-q13b@kku-demo.ac.th>",
        30,
        extra=[("User-Agent", "Mozilla/5.0 Thunderbird/115.5.0")],
        files=[Q13_FILE],
    )


Q14_FILE = ("image/jpeg", "แผนผังงาน.jpg", JPEG)


def q14(_: World) -> bytes:
    return request(
        Q14,
        S14,
        "ขอใช้อาคารอเนกประสงค์วันที่ 20 ธันวาคม 2569 จัดงานทำบุญหมู่บ้าน",
        "<000001db44a1$q14$@tot-demo.co.th>",
        26,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtEoQ14")],
        files=[Q14_FILE],
    )


def q14_resend(_: World) -> bytes:
    """Outlook's "Resend This Message": new Message-ID, same subject, text and file."""
    return request(
        Q14,
        S14,
        "ขอใช้อาคารอเนกประสงค์วันที่ 20 ธันวาคม 2569 จัดงานทำบุญหมู่บ้าน",
        "<000001db44a7$q14r$@tot-demo.co.th>",
        41,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtEoQ14r")],
        files=[Q14_FILE],
    )


Q15_DETAILS = "ประตูระบายน้ำคลองหมู่ 2 ปิดไม่สนิท น้ำไหลเข้านาข้าว"


def q15(_: World) -> bytes:
    return request(Q15, S15, Q15_DETAILS, "<CAM15q=Ww9@mail.gmail.com>", 28)


def q15_from_work(_: World) -> bytes:
    """The same request again from the citizen's work address, 20 minutes on."""
    return request(
        Q15, S15, Q15_DETAILS, "<9e2b77f1-q15w@sakhon-farm-demo.co.th>", 48, sender=Q15_WORK
    )


def walk_in_by_counter_staff(_: World) -> bytes:
    """A counter clerk (her own mailbox on the agency's domain) sends the saraban a
    paper request a citizen handed in, with its scan."""
    text = (
        "เรียน งานสารบรรณ\n\nส่งคำร้องที่ประชาชนยื่นด้วยตนเองที่เคาน์เตอร์ เพื่อโปรดลงรับ\n\n"
        + form(WALKIN, "ขอรับรองสำเนาทะเบียนบ้าน", "ขอรับรองสำเนาทะเบียนบ้านเพื่อใช้สมัครงาน")
        + "\nสมหญิง\nงานบริการประชาชน\n"
    )
    body = multi(
        "mixed",
        "walkin_m",
        [
            alt(text, "walkin_a"),
            file_part("application/pdf", "scan_walkin.pdf", pdf_with("walk-in form")),
        ],
    )
    return mail(
        [
            ("From", addr(*STAFF)),
            to_agency(),
            ("Subject", h("ส่งคำร้อง (ยื่นด้วยตนเอง) ขอรับรองสำเนาทะเบียนบ้าน")),
            ("Date", when(32)),
            ("Message-ID", f"<walkin.20261203.0847@{AGENCY_DOMAIN}>"),
        ],
        body,
    )


def docx_only_empty_body(_: World) -> bytes:
    """Outlook: no subject, an empty text part, the agency's form filled in Word."""
    p = Person(
        "นายสำรวย ทองมา",
        "samruay.tm@hotmail.com",
        national_id("341100011224"),
        "086-100-2233",
        _home("7", 4),
    )
    doc = docx_with(form(p, "ขอหนังสือรับรองการอยู่อาศัย", "ขอหนังสือรับรองว่าพักอาศัยอยู่จริง").split("\n"))
    body = multi(
        "mixed",
        "_004_docxonly_",
        [
            text_part("", cte="quoted-printable"),
            file_part(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "แบบคำร้องทั่วไป.docx",
                doc,
            ),
        ],
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Subject", ""),
            ("Date", when(34)),
            ("Message-ID", "<KL1PR0401MB55DOCX@KL1PR0401MB55.apcprd04.prod.outlook.com>"),
        ],
        body,
    )


def single_part_pdf(_: World) -> bytes:
    """A phone's "share as mail" app: the whole message is one application/pdf part."""
    data = base64.encodebytes(pdf_with("request form scanned")).replace(b"\n", b"\r\n")
    return (
        header_block(
            [
                ("From", addr("นางบุญเรือน คงทน", "boonruen.kt@gmail.com")),
                to_agency(),
                ("Subject", h("คำร้อง.pdf")),
                ("Date", when(36)),
                ("Message-ID", "<20261203084612.pdfonly@android-share-demo>"),
                ("MIME-Version", "1.0"),
                ("Content-Type", 'application/pdf; name="kamrong.pdf"'),
                ("Content-Disposition", 'attachment; filename="kamrong.pdf"'),
                ("Content-Transfer-Encoding", "base64"),
            ]
        )
        + b"\r\n"
        + data
    )


SCANNER = ("Sharp MX-M315N", "scan@copyshop-thungsai-demo.com")
SCAN_TEXT = (
    "Reply to: scan@copyshop-thungsai-demo.com <scan@copyshop-thungsai-demo.com>\n"
    "Device Name: MX-M315N\nDevice Model: MX-M315N\nLocation: ร้านถ่ายเอกสารทุ่งทราย\n\n"
    "File Format: PDF MMR(G4)\nResolution: 200dpi x 200dpi\n\n"
    "Attached file is scanned image in PDF format.\n"
)


def scan(label: str, msgid: str, minute: int) -> bytes:
    body = multi(
        "mixed",
        f"scan_{label}",
        [
            text_part(SCAN_TEXT, charset="utf-8", cte="7bit"),
            file_part("application/pdf", "img-1203.pdf", pdf_with(f"request form {label}")),
        ],
    )
    return mail(
        [
            ("From", addr(*SCANNER)),
            to_agency(),
            ("Subject", "Scanned image from MX-M315N"),
            ("Date", when(minute)),
            ("Message-ID", msgid),
        ],
        body,
    )


def scan_1(_: World) -> bytes:
    """A copy shop scans a citizen's handwritten request to the agency."""
    return scan("A", "<20261203085001.scanA@copyshop-thungsai-demo.com>", 38)


def scan_2(_: World) -> bytes:
    """The same shop, the same fixed subject and text, another citizen's form."""
    return scan("B", "<20261203085544.scanB@copyshop-thungsai-demo.com>", 44)


BROKEN_ID = "<1@localhost>"  # an old webmail that writes the same id on every mail


def broken_id_1(_: World) -> bytes:
    return request(Q16, "ขอซ่อมไฟฟ้าส่องสว่างหน้าวัด", "ไฟหน้าวัดบ้านโนนดับ 3 ดวง", BROKEN_ID, 40)


def broken_id_2(_: World) -> bytes:
    """The same program, the same id, a different request an hour on."""
    return request(
        Q16, "ขอรับรองการเป็นผู้มีรายได้น้อย", "ขอหนังสือรับรองเพื่อยื่นขอทุนการศึกษาบุตร", BROKEN_ID, 100
    )


def no_id_1(_: World) -> bytes:
    return request(Q17, "ขอให้กำจัดรังต่อบนต้นไม้สาธารณะ", "รังต่อขนาดใหญ่บนต้นมะม่วงริมถนนหมู่ 8", None, 42)


def no_id_2(_: World) -> bytes:
    """The same sender's program (no Message-ID), a different request."""
    return request(Q17, "ขอใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ", "ขอตั้งแผงขายผลไม้หน้าตลาด", None, 46)


def complaint_subject_undelivered(_: World) -> bytes:
    """A citizen complains that official post never arrived; words like a bounce's."""
    p = Person(
        "นายอุดม เกษมสุข",
        "udom.ks@gmail.com",
        national_id("330200012335"),
        "081-700-3321",
        _home("19", 6),
    )
    subject = "เอกสารส่งไม่ถึง (Undelivered) ขอให้ตรวจสอบ"
    return request(
        p,
        subject,
        "หนังสือแจ้งภาษีที่ดินที่ อบต. ส่งมาทางไปรษณีย์ไม่ถึงบ้าน ไปรษณีย์แจ้ง Delivery failed ขอให้ส่งใหม่",
        "<CAQ2und=Xx1@mail.gmail.com>",
        50,
    )


def citizen_forwards_facebook_notice(_: World) -> bytes:
    """A citizen forwards a Facebook notification as evidence of a complaint."""
    p = Person(
        "นางสาววันเพ็ญ ชัยมงคล",
        "wanpen.cm@gmail.com",
        national_id("150300023446"),
        "089-400-1278",
        _home("62", 9),
    )
    text = (
        form(
            p,
            "ร้องเรียน มีผู้โพสต์ขายที่ดินสาธารณะประโยชน์",
            "มีผู้โพสต์ขายที่ดินสาธารณะหนองน้ำหมู่ 9 ในเฟซบุ๊ก ตามข้อความที่ส่งต่อมา",
        )
        + "\n---------- Forwarded message ---------\n"
        "From: Facebook <notification@facebookmail.com>\nDate: Tue, Dec 1, 2026 at 9:12 PM\n"
        "Subject: มีโพสต์ใหม่ในกลุ่ม ซื้อขายที่ดินโคราช\n\n"
        "มีโพสต์ใหม่ในกลุ่ม ซื้อขายที่ดินโคราช: ขายที่ดินติดหนองน้ำ 5 ไร่ ราคาถูก\n"
        "ดูโพสต์: https://www.facebook.com/groups/demo/posts/1\n"
    )
    return mail(
        [
            ("From", addr(p.name, p.address)),
            to_agency(),
            ("Subject", h("Fwd: มีโพสต์ใหม่ในกลุ่ม ซื้อขายที่ดินโคราช")),
            ("Date", when(52)),
            ("Message-ID", "<CAR3fwdfb=Yy2@mail.gmail.com>"),
        ],
        alt(text, "fwdfb"),
    )


def q7_correction_new_mail(_: World) -> bytes:
    """A second mail correcting the phone number: new subject, no threading, no
    receipt number (the citizen wrote it fresh)."""
    text = (
        "เรียน อบต.ทุ่งทราย\n\nเมื่อเช้าผมส่งคำร้องเรื่องท่อระบายน้ำอุดตันหน้าบ้าน "
        "แต่พิมพ์เบอร์โทรผิด ขอแก้ไขเบอร์โทรศัพท์เป็น 095-778-1032\n\nไพโรจน์ แก้วกล้า\n"
    )
    return answer(
        (Q7.name, Q7.address),
        "ขอแก้ไขเบอร์โทร",
        text,
        54,
        "<PS2PR01MB1188Q7CORR@PS2PR01MB1188.apcprd01.prod.outlook.com>",
        html=True,
    )


# --- automatic answers to our acknowledgement ----------------------------------------------


def ooo_mailgothai_x_autoreply(w: World) -> bytes:
    """MailGoThai (Zimbra) out-of-office: X-Autoreply only, Thai subject prefix."""
    return answer(
        (Q10.name, Q10.address),
        f"ตอบกลับอัตโนมัติ: {ack_subject(w, 'q10')}",
        "ขณะนี้ข้าพเจ้าไปราชการต่างจังหวัด ระหว่างวันที่ 3-7 ธันวาคม 2569\nหากมีเรื่องด่วนกรุณาติดต่อ 044-255-311\n",
        60,
        "<1623388199.7801.q10ooo.JavaMail.zimbra@mailgothai-demo.go.th>",
        extra=[
            ("In-Reply-To", ack_id(w, "q10")),
            ("X-Autoreply", "yes"),
            ("X-Mailer", "Zimbra 8.8.15_GA_4508"),
        ],
    )


def ooo_exchange_thai_no_auto_submitted(w: World) -> bytes:
    """Exchange OOF as Outlook's Thai UI labels it, threaded, without Auto-Submitted or
    X-Auto-Response-Suppress (an old on-premises server behind a relay that strips them)."""
    return answer(
        (Q2.name, Q2.address),
        f"การตอบกลับอัตโนมัติ: {ack_subject(w, 'q2')}",
        "เรียน ผู้ติดต่อ\n\nข้าพเจ้าไม่อยู่ที่สำนักงานตั้งแต่วันที่ 3 ถึง 10 ธันวาคม 2569 "
        "จะไม่สามารถตอบอีเมลได้ในช่วงเวลาดังกล่าว\n\nขอบคุณค่ะ\n",
        62,
        "<TYZPR03MB7012OOF000111@TYZPR03MB7012.apcprd03.prod.outlook.com>",
        extra=[
            ("In-Reply-To", ack_id(w, "q2")),
            ("Thread-Topic", h(ack_subject(w, "q2"))),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", "th-TH"),
        ],
        html=True,
    )


def esaraban_auto_ack_no_headers(w: World) -> bytes:
    """The district's e-Saraban registers our acknowledgement as incoming mail and
    answers it with its own receipt: threaded, no Auto-Submitted, from the address
    that wrote the request."""
    return answer(
        DISTRICT,
        f"ระบบได้รับหนังสือของท่านแล้ว: {ack_subject(w, 'q4')}",
        "ระบบสารบรรณอิเล็กทรอนิกส์ ที่ว่าการอำเภอเมืองนครราชสีมา\n\n"
        "ได้ลงทะเบียนรับหนังสือของท่านแล้ว เลขทะเบียนรับ 8841/2569 วันที่ 3 ธ.ค. 2569 เวลา 09:31 น.\n"
        "อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n",
        64,
        "<esaraban.2569.88413.ack@amphoe-muang-demo.go.th>",
        extra=[("In-Reply-To", ack_id(w, "q4")), ("X-Mailer", "e-Saraban 4.2")],
    )


def pao_request(_: World) -> bytes:
    """The provincial administration sends a letter by its own saraban mailbox."""
    p = Person(
        PAO[0],
        PAO[1],
        national_id("330300034557"),
        "044-212-030",
        "ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดนครราชสีมา 30000",
    )
    return request(
        p,
        "ขอความร่วมมือสำรวจข้อมูลถนนในเขตพื้นที่",
        "ขอให้ อบต. ส่งข้อมูลถนนที่ชำรุดภายในวันที่ 15 ธันวาคม 2569",
        "<pao.korat.2569.5521@pao-korat-demo.go.th>",
        66,
    )


def pao_auto_ack_with_headers(w: World) -> bytes:
    """The provincial office's system acknowledges our acknowledgement, RFC 3834 style."""
    return answer(
        PAO,
        f"ได้รับอีเมลของท่านแล้ว Re: {ack_subject(w, 'pao')}",
        "ระบบได้รับอีเมลของท่านแล้ว เจ้าหน้าที่จะดำเนินการภายใน 3 วันทำการ\n(ข้อความนี้ส่งโดยอัตโนมัติ)\n",
        68,
        "<pao.korat.autoack.5522@pao-korat-demo.go.th>",
        extra=[
            ("In-Reply-To", ack_id(w, "pao")),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "auto_reply"),
        ],
    )


def challenge_thai_isp(w: World) -> bytes:
    """The citizen's ISP holds our acknowledgement and asks us to prove we are human:
    no RFC 3834 headers, from the filter's own address."""
    return answer(
        ("ระบบป้องกันอีเมลขยะ 3BB", "antispam-verify@3bb-demo.co.th"),
        f"[ยืนยันผู้ส่ง] {ack_subject(w, 'q3')}",
        f"อีเมลที่ท่านส่งถึง {Q3.address} ถูกกักไว้ชั่วคราว\n"
        "เพื่อป้องกันอีเมลขยะ กรุณาคลิกลิงก์ด้านล่างเพื่อยืนยันว่าท่านเป็นผู้ส่งจริง\n"
        "https://antispam.3bb-demo.co.th/verify?id=8c1f0e\n"
        "หากไม่ยืนยันภายใน 3 วัน อีเมลจะถูกลบ\n",
        70,
        "<verify.8c1f0e@antispam.3bb-demo.co.th>",
        extra=[("In-Reply-To", ack_id(w, "q3"))],
    )


def challenge_boxbe_style(w: World) -> bytes:
    """A challenge-response service in English (Boxbe/SpamArrest style), with
    Auto-Submitted and its own sender."""
    return answer(
        ("Rattana Poon via Boxbe", "notification@boxbe-demo.com"),
        f"Request to approve your email: {ack_subject(w, 'q1')}",
        f"Hello,\n\nYour message to {Q1.address} is waiting because you are not on the "
        "recipient's Guest List. Click to request approval:\n"
        "https://www.boxbe-demo.com/anno?tc=77812\n",
        72,
        "<77812.approval@boxbe-demo.com>",
        extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", ack_id(w, "q1"))],
    )


def bounce_thai_hosting_thai_text(w: World) -> bytes:
    """A Thai shared host's own bounce: plain text in Thai, From a named sender, the
    null Return-Path, the original headers pasted in the body."""
    text = (
        "เรียน ผู้ส่ง\n\nระบบไม่สามารถส่งอีเมลของท่านถึงผู้รับต่อไปนี้ได้:\n\n"
        f"    {Q6.address}\n    เหตุผล: กล่องจดหมายของผู้รับเต็ม (552 Mailbox quota exceeded)\n\n"
        "------ ส่วนหัวของอีเมลต้นฉบับ ------\n" + ack_headers(w, "q6").decode("utf-8", "replace")
    )
    return b"Return-Path: <>\r\n" + answer(
        ("ระบบส่งอีเมล HostingThai", "mailer@smtp01.hostingthai-demo.net"),
        "แจ้งส่งอีเมลไม่สำเร็จ",
        text,
        74,
        "<bounce.20261203.0929.552@smtp01.hostingthai-demo.net>",
    )


def bounce_isp_odd_english(w: World) -> bytes:
    """An ISP relay's home-made bounce: no multipart/report, no MAILER-DAEMON, the
    subject naming our acknowledgement."""
    text = (
        "This is an automatically generated message from cat-demo.net.th mail gateway.\n\n"
        f"Your message to <{Q5.address}> could not be delivered after 3 attempts.\n"
        "Reason: Remote host said: 421 Service not available\n\n"
        f"Original subject: {ack_subject(w, 'q5')}\n"
    )
    return b"Return-Path: <>\r\n" + answer(
        ("CAT Mail Gateway", "gateway-notify@cat-demo.net.th"),
        f"Message not delivered: {ack_subject(w, 'q5')}",
        text,
        76,
        "<gw.notify.99120@cat-demo.net.th>",
    )


def bounce_thai_webmail_rfc822(w: World) -> bytes:
    """A Thai webmail host returns our acknowledgement whole, multipart/mixed, Thai
    text, postmaster as sender."""
    text = (
        "ขออภัย อีเมลของท่านไม่สามารถส่งถึงผู้รับได้ เนื่องจากไม่พบผู้ใช้นี้ในระบบ\n"
        "(550 5.1.1 User unknown)\nอีเมลต้นฉบับแนบมาพร้อมนี้\n"
    )
    original = w.ack("q8").as_bytes()
    body = multi(
        "mixed",
        "pm_rfc822",
        [text_part(text, cte="quoted-printable"), raw_part("message/rfc822", original)],
    )
    return b"Return-Path: <>\r\n" + mail(
        [
            ("From", addr("Postmaster", "postmaster@webmail-thai-demo.com")),
            to_agency(),
            ("Subject", h("ส่งไม่ถึงผู้รับ")),
            ("Date", when(78)),
            ("Message-ID", "<pm.550.q8@webmail-thai-demo.com>"),
        ],
        body,
    )


def dsn_success(w: World) -> bytes:
    """A success DSN (Action: delivered), as Postfix sends on NOTIFY=SUCCESS."""
    text = (
        f"This is the mail system at host mx.mailgothai-demo.go.th.\n\nYour message was "
        "successfully delivered to the destination(s)\nlisted below.\n\n"
        f"<{Q10.address}>: delivery via local: delivered to mailbox\n"
    )
    status = (
        "Reporting-MTA: dns; mx.mailgothai-demo.go.th\r\n\r\n"
        f"Final-Recipient: rfc822; {Q10.address}\r\nAction: delivered\r\n"
        "Status: 2.0.0\r\n"
    ).encode()
    body = multi(
        "report",
        "dsn_ok",
        [
            text_part(text, charset="us-ascii", cte="7bit"),
            raw_part("message/delivery-status", status),
            raw_part("text/rfc822-headers", ack_headers(w, "q10")),
        ],
        params="; report-type=delivery-status",
    )
    return b"Return-Path: <>\r\n" + mail(
        [
            ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx.mailgothai-demo.go.th")),
            to_agency(),
            ("Subject", "Successful Mail Delivery Report"),
            ("Date", when(80)),
            ("Message-ID", "<20261203093500.DSNOK@mx.mailgothai-demo.go.th>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        body,
    )


def exchange_delivered_thai(w: World) -> bytes:
    """Exchange's delivery report as Thai Outlook shows it: "ส่งถึงแล้ว:"."""
    text = (
        "ข้อความของคุณได้ถูกส่งถึงผู้รับต่อไปนี้แล้ว:\n\n"
        f"{Q2.name} ({Q2.address})\n\nเรื่อง: {ack_subject(w, 'q2')}\n"
    )
    status = (
        "Reporting-MTA: dns;TYZPR03MB7012.apcprd03.prod.outlook.com\r\n\r\n"
        f"Final-recipient: RFC822; {Q2.address}\r\nAction: delivered\r\nStatus: 2.0.0\r\n"
    ).encode()
    body = multi(
        "report",
        "exch_delivered",
        [
            text_part(text, cte="quoted-printable"),
            raw_part("message/delivery-status", status),
            raw_part("text/rfc822-headers", ack_headers(w, "q2")),
        ],
        params="; report-type=delivery-status",
    )
    return mail(
        [
            ("From", addr("Microsoft Outlook", "postmaster@outlook-demo.com")),
            to_agency(),
            ("Subject", h(f"ส่งถึงแล้ว: {ack_subject(w, 'q2')}")),
            ("Date", when(82)),
            ("Message-ID", "<delivered.q2.0001@TYZPR03MB7012.apcprd03.prod.outlook.com>"),
            ("In-Reply-To", ack_id(w, "q2")),
        ],
        body,
    )


def mdn(
    w: World, name: str, who: tuple[str, str], subject: str, text: str, msgid: str, minute: int
) -> bytes:
    report = (
        f"Reporting-UA: {who[1].split('@')[1]}\r\nFinal-Recipient: rfc822;{who[1]}\r\n"
        f"Original-Message-ID: {ack_id(w, name)}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    body = multi(
        "report",
        "mdn_" + name,
        [
            text_part(text, cte="quoted-printable"),
            raw_part("message/disposition-notification", report),
        ],
        params="; report-type=disposition-notification",
    )
    return mail(
        [
            ("From", addr(*who)),
            to_agency(),
            ("Subject", h(subject)),
            ("Date", when(minute)),
            ("Message-ID", msgid),
            ("In-Reply-To", ack_id(w, name)),
        ],
        body,
    )


def mdn_zimbra_thai(w: World) -> bytes:
    return mdn(
        w,
        "q10",
        (Q10.name, Q10.address),
        f"ใบตอบรับการอ่าน: {ack_subject(w, 'q10')}",
        f"ข้อความที่ส่งถึง {Q10.address} ได้ถูกเปิดอ่านแล้ว เมื่อ 3 ธ.ค. 2569 09:40\n",
        "<1623388199.7900.mdn.JavaMail.zimbra@mailgothai-demo.go.th>",
        84,
    )


def mdn_owa_thai(w: World) -> bytes:
    return mdn(
        w,
        "q9",
        (Q9.name, Q9.address),
        f"อ่านแล้ว: {ack_subject(w, 'q9')}",
        f"ข้อความของคุณ\n\nถึง: {Q9.address}\nเรื่อง: {ack_subject(w, 'q9')}\n\n"
        "ถูกอ่านเมื่อ 3/12/2569 9:42\n",
        "<CAJ9mdn=Vv5@mail.gmail.com>",
        86,
    )


def ics(method: str, partstat: str, attendee: str, uid: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//demo//calendar//TH\r\nVERSION:2.0\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
        "DTSTART:20261210T020000Z\r\nDTEND:20261210T040000Z\r\n"
        "SUMMARY:ประชุมประจำเดือนผู้ใหญ่บ้าน\r\n"
        f"ATTENDEE;PARTSTAT={partstat}:mailto:{attendee}\r\n"
        f"ORGANIZER:mailto:{AGENCY}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def calendar_reply_outlook_thai(_: World) -> bytes:
    """A village headman accepts the monthly meeting the saraban sent from Outlook."""
    headman = ("นายประยูร ผู้ใหญ่บ้าน", "prayoon.pyb@gmail.com")
    body = multi(
        "alternative",
        "cal_acc",
        [
            text_part("", cte="quoted-printable"),
            raw_part(
                'text/calendar; charset="utf-8"; method=REPLY',
                ics("REPLY", "ACCEPTED", headman[1], "mtg-2569-12@abt"),
            ),
        ],
    )
    return mail(
        [
            ("From", addr(*headman)),
            to_agency(),
            ("Subject", h("ยอมรับ: ประชุมประจำเดือนผู้ใหญ่บ้าน")),
            ("Date", when(88)),
            ("Message-ID", "<CAcal=acc1@mail.gmail.com>"),
            ("Thread-Topic", h("ประชุมประจำเดือนผู้ใหญ่บ้าน")),
        ],
        body,
    )


def calendar_reply_google_declined(_: World) -> bytes:
    """Google Calendar's "Declined" answer, written by the calendar, not the person."""
    who = ("Kamnan Sombat", "sombat.kamnan@gmail.com")
    text = (
        f"{who[0]} has declined this invitation.\n\nประชุมประจำเดือนผู้ใหญ่บ้าน\n"
        "Thursday Dec 10, 2026 9am - 11am (ICT)\n"
    )
    body = multi(
        "mixed",
        "gcal_dec",
        [
            multi(
                "alternative",
                "gcal_dec_a",
                [
                    text_part(text),
                    raw_part(
                        'text/calendar; charset="UTF-8"; method=REPLY',
                        ics("REPLY", "DECLINED", who[1], "mtg-2569-12@abt"),
                    ),
                ],
            ),
            file_part(
                "application/ics", "invite.ics", ics("REPLY", "DECLINED", who[1], "mtg-2569-12@abt")
            ),
        ],
    )
    return mail(
        [
            ("From", addr(*who)),
            to_agency(),
            ("Subject", h("Declined: ประชุมประจำเดือนผู้ใหญ่บ้าน @ Thu Dec 10, 2026 9am - 11am (ICT)")),
            ("Date", when(90)),
            ("Message-ID", "<calendar-decl-7d1e@google.com>"),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ],
        body,
    )


def digest_mailman_thai(_: World) -> bytes:
    """Mailman 2 digest of a Thai local-government officers' list the saraban joined."""
    text = (
        "ส่งข้อความถึงรายชื่อ thai-lgo@lists.lgo-demo.or.th\n\nหัวข้อวันนี้:\n"
        "   1. ระเบียบงานสารบรรณฉบับใหม่ (สมชาย)\n   2. Re: การรับเรื่องทางอีเมล (วิภา)\n\n"
        "----------------------------------------------------------------------\n\n"
        "Message: 1\nDate: Wed, 2 Dec 2026 14:01:12 +0700\nFrom: สมชาย\n"
        "Subject: ระเบียบงานสารบรรณฉบับใหม่\n\nแจ้งให้ทราบว่ามีระเบียบใหม่...\n"
    )
    return answer(
        ("thai-lgo-request", "thai-lgo-request@lists.lgo-demo.or.th"),
        "thai-lgo Digest, Vol 41, Issue 7",
        text,
        92,
        "<mailman.77.1733202000.2041.thai-lgo@lists.lgo-demo.or.th>",
        extra=[
            ("Precedence", "list"),
            ("List-Id", "<thai-lgo.lists.lgo-demo.or.th>"),
            ("List-Post", "<mailto:thai-lgo@lists.lgo-demo.or.th>"),
            ("X-BeenThere", "thai-lgo@lists.lgo-demo.or.th"),
        ],
    )


def digest_google_groups(_: World) -> bytes:
    """Google Groups' daily digest ("สรุป") of an outside group."""
    text = (
        "กลุ่ม ชมรมนักพัฒนาชุมชนโคราช: 3 หัวข้อใหม่\n\n"
        "- อบรมการเขียนโครงการ 2570\n- แลกเปลี่ยนแบบฟอร์มคำร้อง\n- Re: เบี้ยยังชีพ\n"
    )
    return answer(
        ("ชมรมนักพัฒนาชุมชนโคราช", "korat-cd@googlegroups.com"),
        "สรุปสำหรับ korat-cd@googlegroups.com - 3 อัปเดตใน 3 หัวข้อ",
        text,
        94,
        "<000000000000d1g3st@google.com>",
        html=True,
        extra=[
            ("List-ID", "<korat-cd.googlegroups.com>"),
            ("List-Unsubscribe", "<mailto:korat-cd+unsubscribe@googlegroups.com>"),
            (
                "Mailing-list",
                "list korat-cd@googlegroups.com; contact korat-cd+owners@googlegroups.com",
            ),
        ],
    )


def facebook_notification(_: World) -> bytes:
    """Facebook tells the page's admin (the saraban address) about a comment."""
    return answer(
        ("Facebook", "notification@facebookmail.com"),
        "นายใจดี แสดงความคิดเห็นเกี่ยวกับโพสต์ของ อบต.ทุ่งทราย",
        'นายใจดี แสดงความคิดเห็น: "ถนนหมู่ 2 ซ่อมเมื่อไหร่ครับ"\n\nดูความคิดเห็น: https://www.facebook.com/demo\n'
        "ข้อความนี้ส่งถึง saraban@abt-thungsai.go.th หากไม่ต้องการรับอีเมลเหล่านี้ในอนาคต โปรดยกเลิกการรับ\n",
        96,
        "<7a1b2c3d4e5f.fbnotify@facebookmail.com>",
        html=True,
        extra=[
            ("X-Facebook-Notify", "feed_comment; mailid=5e8a"),
            ("List-Unsubscribe", "<https://www.facebook.com/o.php?k=demo>"),
            ("Feedback-ID", "0:feed_comment:Facebook"),
            ("Reply-to", "noreply <noreply@facebookmail.com>"),
        ],
    )


def line_login_notice(_: World) -> bytes:
    """LINE's security notice for the agency's LINE Official Account: no list headers."""
    return answer(
        ("LINE", "no-reply@line.me"),
        "[LINE] มีการเข้าสู่ระบบบัญชี LINE Official Account ของคุณ",
        "มีการเข้าสู่ระบบบัญชีของคุณจากอุปกรณ์ใหม่\nวันที่: 3 ธ.ค. 2569 09:55\nอุปกรณ์: Chrome (Windows)\n"
        "หากไม่ใช่คุณ กรุณาเปลี่ยนรหัสผ่านทันที\n",
        98,
        "<line.notice.88123@line.me>",
    )


# --- citizens answering ----------------------------------------------------------------------


def q5_correction_threaded(w: World) -> bytes:
    """Gmail Reply on the acknowledgement: "ขอแก้ไขเบอร์โทร"."""
    text = (
        "ขอแก้ไขเบอร์โทรศัพท์ในคำร้อง เป็น 087-661-2280 ครับ (เดิมพิมพ์ผิด)\n\nสมพงษ์\n\n"
        f"On Thu, Dec 3, 2026 at 8:24 AM {AGENCY_TH} <{AGENCY}> wrote:\n" + quote(ack_text(w, "q5"))
    )
    return answer(
        (Q5.name, Q5.address),
        f"Re: {ack_subject(w, 'q5')}",
        text,
        102,
        "<CAB5q5corr=pp2@mail.gmail.com>",
        extra=threaded(w, "q5"),
        html=True,
    )


def q6_correction_receipt_in_body(w: World) -> bytes:
    """Yahoo, a fresh mail from the request's address naming the receipt in its text."""
    text = (
        f"เรียน เจ้าหน้าที่\n\nดิฉันยื่นคำร้องไว้ เลขรับ {receipt(w, 'q6')} "
        "ขอแก้ไขเบอร์โทรศัพท์เป็น 062-330-8819 ค่ะ\n\nลำดวน\n"
    )
    return answer(
        (Q6.name, Q6.address),
        "ขอแก้ไขเบอร์โทร",
        text,
        104,
        "<1733200000.q6corr.yahoo@mail.yahoo.co.th>",
    )


def q8_thanks_html_only(w: World) -> bytes:
    """Gmail for Android: HTML only, "ขอบคุณค่ะ" and the quoted acknowledgement."""
    html = (
        '<div dir="auto">ขอบคุณค่ะ 🙏</div><br><div class="gmail_quote">'
        f"<blockquote>{ack_text(w, 'q8').replace(chr(10), '<br>')}</blockquote></div>"
    )
    return mail(
        [
            ("From", addr(Q8.name, Q8.address)),
            to_agency(),
            ("Subject", h(f"Re: {ack_subject(w, 'q8')}")),
            ("Date", when(106)),
            ("Message-ID", "<CAH8q8thx=Zt2@mail.gmail.com>"),
            *threaded(w, "q8"),
        ],
        text_part(html, "text/html", cte="base64"),
    )


def q9_reply_from_work_fw_ack(w: World) -> bytes:
    """The citizen forwarded the acknowledgement to his work Outlook and answers from
    there: "RE: FW:", References to the acknowledgement, another address."""
    subject = f"RE: FW: {ack_subject(w, 'q9')}"
    text = (
        "เพิ่มเติมครับ ขอทราบรายละเอียดค่าจ้างผู้รับเหมาด้วย\n\nธีรพงษ์\n\n"
        f"From: {Q9.address}\nSent: Thursday, December 3, 2026 8:40 AM\n"
        f"Subject: FW: {ack_subject(w, 'q9')}\n\n" + ack_text(w, "q9")
    )
    return answer(
        (Q9.name, "theerapong@korat-logistics-demo.co.th"),
        subject,
        text,
        108,
        "<SI2PR04MB9912Q9WORK@SI2PR04MB9912.apcprd04.prod.outlook.com>",
        extra=[
            ("In-Reply-To", "<CAJ9q9fw=Vv6@mail.gmail.com>"),
            ("References", f"{ack_id(w, 'q9')} <CAJ9q9fw=Vv6@mail.gmail.com>"),
            ("Thread-Topic", h(f"FW: {ack_subject(w, 'q9')}")),
        ],
        html=True,
    )


def q10_thai_numerals_in_subject(w: World) -> bytes:
    """A government officer types the receipt number in Thai digits in a fresh mail."""
    thai = receipt(w, "q10").translate(THAI_DIGITS)
    return answer(
        (Q10.name, Q10.address),
        f"สอบถามความคืบหน้า คำร้องเลขรับ {thai}",
        "เรียน อบต.ทุ่งทราย\n\nขอสอบถามความคืบหน้าการพ่นยากันยุง\n\nประไพ\n",
        110,
        "<1623388199.8100.q10ask.JavaMail.zimbra@mailgothai-demo.go.th>",
    )


def q11_reply_cc_headman(w: World) -> bytes:
    """Reply-all style answer with the village headman in Cc, more photos attached."""
    text = "ส่งภาพถ่ายการเผาขยะเมื่อเย็นวานเพิ่มเติมครับ\n\n" + quote(ack_text(w, "q11"))
    body = multi(
        "mixed",
        "q11_more",
        [text_part(text), file_part("image/jpeg", "IMG_20261202_181200.jpg", JPEG)],
    )
    return mail(
        [
            ("From", addr(Q11.name, Q11.address)),
            to_agency(),
            ("Cc", addr("ผู้ใหญ่บ้านหมู่ 10", "phuyai.moo10@gmail.com")),
            ("Subject", h(f"Re: {ack_subject(w, 'q11')}")),
            ("Date", when(112)),
            ("Message-ID", "<CAK11more=Rr6@mail.gmail.com>"),
            *threaded(w, "q11"),
        ],
        body,
    )


# --- the set, in delivery order --------------------------------------------------------------


def D(kind: str, expect: str, build: Build, **kw: str) -> Delivery:
    return Delivery(kind, expect, build, **kw)


SET: tuple[Delivery, ...] = (
    # Requests: a clerk registers each (the Act: a request may not be refused).
    D("request_gmail", "case", q1, name="q1"),
    D("request_hotmail", "case", q2, name="q2"),
    D("request_isp_webmail", "case", q3, name="q3"),
    D("request_district_esaraban_office", "case", q4, name="q4"),
    D("request_gmail", "case", q5, name="q5"),
    D("request_yahoo_th", "case", q6, name="q6"),
    D("request_outlook_com", "case", q7, name="q7"),
    D("request_gmail", "case", q8, name="q8"),
    D("request_gmail", "case", q9, name="q9"),
    D("request_mailgothai_officer", "case", q10, name="q10"),
    # Arrives once whatever else it was addressed to: a case.
    D("request_to_agency_cc_district", "case", q11, name="q11"),
    D("request_to_district_cc_agency", "case", q12, name="q12"),
    D("request_thunderbird_with_pdf", "case", q13, name="q13"),
    D("request_outlook_with_photo", "case", q14, name="q14"),
    D("request_gmail", "case", q15, name="q15"),
    # README: "the same sender's same subject, text and files within 24 hours" is a
    # duplicate; a clerk would not give one request two receipt numbers.
    D("dup_thunderbird_edit_as_new", "duplicate", q13_edit_as_new),
    D("dup_outlook_resend_this_message", "duplicate", q14_resend),
    # Another address is another sender for the README's resend rule: a case, which
    # the clerk finds beside the first by national ID.
    D("trap_resend_from_other_address", "case", q15_from_work),
    # Requests that look like something else.
    D("trap_walk_in_forwarded_by_counter_staff", "case", walk_in_by_counter_staff),
    D("trap_empty_body_docx_only_no_subject", "case", docx_only_empty_body),
    D("trap_single_part_pdf_message", "case", single_part_pdf),
    D("trap_copy_shop_scanner", "case", scan_1),
    # Same subject and text, another file: not the README's resend (needs same files).
    D("trap_same_body_other_attachment", "case", scan_2),
    # Two different requests under one Message-ID (broken client), or none: two cases.
    D("trap_broken_client_message_id", "case", broken_id_1),
    D("trap_no_message_id_same_sender", "case", no_id_1),
    D("trap_no_message_id_same_sender", "case", no_id_2),
    D("trap_complaint_subject_says_undelivered", "case", complaint_subject_undelivered),
    D("trap_citizen_forwards_facebook_notice", "case", citizen_forwards_facebook_notice),
    # A correction with no threading and no receipt number: the README names no way for
    # it to join, so it is a case (the clerk links it to the first by hand).
    D("trap_correction_fresh_mail_no_receipt", "case", q7_correction_new_mail),
    D("request_provincial_office", "case", pao_request, name="pao"),
    # Automatic answers to our acknowledgement: ignored (README: auto-reply, bounce,
    # read receipt or other mail-system report), never a reply, never acknowledged.
    D("ooo_mailgothai_x_autoreply_only", "ignored", ooo_mailgothai_x_autoreply),
    D("ooo_exchange_thai_oof_threaded_no_headers", "ignored", ooo_exchange_thai_no_auto_submitted),
    # Guide: "two auto-responders cannot loop"; a clerk files nothing from a receipt.
    D("ack_loop_esaraban_receipt_no_headers", "ignored", esaraban_auto_ack_no_headers),
    D("ack_loop_provincial_auto_replied", "ignored", pao_auto_ack_with_headers),
    D("challenge_response_thai_isp", "ignored", challenge_thai_isp),
    D("challenge_response_boxbe", "ignored", challenge_boxbe_style),
    D("bounce_thai_hosting_thai_text", "ignored", bounce_thai_hosting_thai_text),
    D("bounce_isp_gateway_homemade", "ignored", bounce_isp_odd_english),
    D("bounce_thai_webmail_rfc822_whole", "ignored", bounce_thai_webmail_rfc822),
    D("dsn_success_delivered", "ignored", dsn_success),
    D("dsn_exchange_delivered_thai", "ignored", exchange_delivered_thai),
    D("mdn_zimbra_thai", "ignored", mdn_zimbra_thai),
    D("mdn_read_thai_gmail", "ignored", mdn_owa_thai),
    # Calendar answers: no request, no follow-up of a case.
    D("calendar_reply_outlook_thai_accepted", "ignored", calendar_reply_outlook_thai),
    D("calendar_reply_google_declined", "ignored", calendar_reply_google_declined),
    # Lists and notifications: README ignores list and bulk mail.
    D("digest_mailman_thai", "ignored", digest_mailman_thai),
    D("digest_google_groups_thai", "ignored", digest_google_groups),
    D("notification_facebook", "ignored", facebook_notification),
    D("notification_line_no_reply", "ignored", line_login_notice),
    # Two different requests again: the second reuses the broken client's id.
    D("trap_broken_client_message_id", "case", broken_id_2),
    # Citizens answering: each joins the case of the request it names.
    D("reply_correction_threaded_on_ack", "reply", q5_correction_threaded, joins="q5"),
    # README: the receipt number "in the text of a mail from the address the case's
    # request came from".
    D("reply_correction_receipt_in_body", "reply", q6_correction_receipt_in_body, joins="q6"),
    D("reply_thanks_only_html_android", "reply", q8_thanks_html_only, joins="q8"),
    # README: receipt number in the subject joins "whoever writes".
    D("reply_from_work_mailbox_re_fw_ack", "reply", q9_reply_from_work_fw_ack, joins="q9"),
    D("reply_receipt_thai_numerals_subject", "reply", q10_thai_numerals_in_subject, joins="q10"),
    D("reply_cc_headman_with_photo", "reply", q11_reply_cc_headman, joins="q11"),
)
