"""A fourth held-out set of mail whose final state (case, reply, ignored, duplicate) is known.

Written blind like the first three (tests/intake/outcome_mail.py, outcome_mail_2.py,
outcome_mail_3.py), before reading any product code (extractors/, intake/, config/,
review/, storage/): only the harness (tests/intake/test_outcomes_held_out.py), sets 2
and 3, set 1's docstring and kind names, README.md (What it does; Acknowledgements and
replies; Sender authenticity; Message states) and /work/shared/DESIGN.md (Capture,
Parse) were read. Set 2's byte-level building blocks and set 3's request/answer writers
are reused, not their mail.

Kinds the first three sets do not hold, as Thai agency inboxes get them:
- the citizen's second mail "ลืมแนบไฟล์" carrying the forgotten file: threaded on her own
  request (Gmail Reply to a sent mail), a Gmail forward of the sent request, a fresh mail
  under the same subject with a line of text, and with no text at all;
- the same mail delivered twice by two routes: Bcc to the saraban and To the agency's own
  Google group (each order), and an outside list's copy before the direct Bcc copy;
- households: one mail holding two people's requests, a son's two mails for his father
  and his mother under the same subject within minutes;
- forwards: another agency's clerk forwarding a citizen's mail as an attached .eml
  (หนังสือส่งต่อ), the agency's own staff forwarding from a personal Gmail, the district
  forwarding (Outlook FW:, no threading) a request the citizen had also sent us;
- requests carried by their subject only (empty body, "ส่งจาก iPhone", no body at all) and
  by an Outlook meeting request whose only text is the invitation's description;
- Thai spam: a lottery mail the filter flagged, with a zip; a loan offer it did not flag;
  Thai marketing mail with List-Unsubscribe (one-click, and SES-style);
- automatic answers to our acknowledgement: Gmail and Outlook.com vacation replies in
  Thai that say "ดิฉัน", a bounce of the acknowledgement a citizen's own server forwarded to
  a mistyped address (the whole acknowledgement, receipt PDF and all, returned), a
  postmaster's "Undeliverable:" naming the receipt, sent without a null Return-Path;
- citizens answering: "Unsubscribe" and "STOP" to the acknowledgement, a follow-up
  (ทวงถาม) three weeks on, the acknowledgement forwarded back asking "did you get it",
  an Outlook chain whose In-Reply-To is the citizen's own earlier mail and whose
  References name the acknowledgement, a threaded reply sent to the second mailbox;
- a mail without Message-ID: its mail program's outbox retrying it the next day unchanged
  (same Date, another Received chain), re-sent the next morning (new Date), and another
  citizen's re-sent two days later.

Expected outcomes, decided before measuring (README's promises; what a clerk expects; a
request must never be lost, so where a kind is unclear "case" is picked over "ignored"):
- "ลืมแนบไฟล์" threaded on the citizen's own request (In-Reply-To/References of the
  request's Message-ID) is a reply: README joins by In-Reply-To/References, whatever they
  name of the case's mail. A Gmail forward of the sent request keeps that thread (Gmail
  writes In-Reply-To/References on a forward): reply. The same file sent fresh under
  the same subject, with no threading and no receipt number, is a case: the README names
  no way for it to join (as set 3 decided for corrections), and it is no resend (the
  text and the files differ); the clerk links it by hand.
- A mail reaching us twice (Bcc and via the agency's own group, which README treats as
  direct mail) is one mail: the second copy, whichever comes second, is a duplicate
  (README: "its Message-ID over the same mail ... whatever carried it"). An outside
  list's copy (Bcc'd to us directly as well) is list mail: ignored; the direct copy
  that follows must then be a case, never a "duplicate" of an ignored mail, or the
  request is lost.
- A household's mail with two requests is one case (the clerk splits it). The son's
  second mail, same subject within minutes but another parent's details and file, is a
  case: README's resend rule needs the same text and files.
- Every forward by a clerk or staff member is a case: another agency's หนังสือส่งต่อ is an
  incoming letter of its own, and a forward from a personal mailbox carries a request
  that reached the agency no other way. The district's Outlook forward of a request we
  already hold is a case too: no In-Reply-To or References, no receipt number, other
  sender, Date and text, so neither a duplicate nor a reply by README's rules.
- A request in the subject only, or in a meeting invitation (README: "an invitation
  stays a request"), is a case; not_mail is for empty or header-less bytes only.
- Spam the filter flagged (X-Spam-Flag: YES) is ignored; spam it did not flag is a case
  (README ignores spam "as the filter in front of the mailbox flagged it"; the clerk
  throws it away: debatable, picked as the README reads and as the safer side).
  Marketing with List-Unsubscribe / Precedence: bulk is ignored (README: list, bulk).
- Vacation replies with Auto-Submitted, and bounces, are ignored even when they say
  "ดิฉัน" or name the receipt number in the subject (README: auto-reply, bounce).
- A person answering our acknowledgement is a reply whatever she asks, "unsubscribe" and
  "STOP" included (a clerk must see a citizen who wants no more mail, or withdraws);
  a follow-up weeks later threaded on the acknowledgement, or naming it in References
  only, is a reply; the acknowledgement forwarded back from the request's address with
  its receipt in the subject is a reply; a reply arriving in the second mailbox is a
  reply.
- Without a Message-ID: the same bytes (same Date) re-sent by an outbox the next day
  are a duplicate (README: "the same mail without a Message-ID is recognised however it
  was carried"); the same subject and text re-sent with a new Date within 24 hours are a
  duplicate (README's resend rule); re-sent 50 hours later, a case (outside the rule's
  24 hours: the citizen thinks the first was lost; the clerk finds both by national ID).
  The set's only time is in the mails' Date and Received lines (the harness captures all
  within seconds), which is what this last expectation reads.

All personal data here is made up (names, addresses, national IDs with a valid check
digit, telephone numbers); it is safe to print.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from tests.intake.outcome_mail import AGENCY, AGENCY_DOMAIN, Build, Delivery, World
from tests.intake.outcome_mail_2 import (
    JPEG,
    ack_id,
    ack_subject,
    ack_text,
    addr,
    file_part,
    h,
    header_block,
    html_of,
    mail,
    multi,
    national_id,
    quote,
    raw_part,
    request_id,
    text_part,
)
from tests.intake.outcome_mail_3 import Person, alt, form, pdf_with

__all__ = ["AGENCY", "AGENCY_DOMAIN", "SET"]

AGENCY_TH = "องค์การบริหารส่วนตำบลทุ่งทราย"
GROUP = f"info@{AGENCY_DOMAIN}"  # the agency's own Google Workspace group (into saraban)
CONTACT = f"contact@{AGENCY_DOMAIN}"  # the second polled mailbox
ICT = timezone(timedelta(hours=7))
START = datetime(2026, 12, 4, 8, 0, tzinfo=ICT)
HOUR = 60
DAY = 24 * HOUR


def when(minute: int) -> str:
    return format_datetime(START + timedelta(minutes=minute))


def to_agency() -> tuple[str, str]:
    return ("To", addr(AGENCY_TH, AGENCY))


def home(no: str, moo: int) -> str:
    return f"{no} หมู่ {moo} ตำบลทุ่งทราย อำเภอเมือง จังหวัดนครราชสีมา 30000"


def received(by_host: str, from_host: str, minute: int, queue_id: str) -> str:
    return (
        f"Received: from {from_host} ({from_host} [203.0.113.{len(queue_id) * 7 % 250}])\r\n"
        f"\tby {by_host} (Postfix) with ESMTPS id {queue_id}\r\n"
        f"\tfor <{AGENCY}>; {when(minute)}\r\n"
    )


# --- the citizens ----------------------------------------------------------------------------


def person(name: str, address: str, first12: str, phone: str, no: str, moo: int) -> Person:
    return Person(name, address, national_id(first12), phone, home(no, moo))


R1 = person(
    "นางสาวพิมพ์ชนก วงศ์ทอง", "pimchanok.wt@gmail.com", "110400012341", "081-220-4571", "14", 1
)
R2 = person("นายอนุชา แสงทอง", "anucha_st@hotmail.com", "340400023452", "089-330-5682", "27", 2)
R3 = person("นางบุษบา เรืองศรี", "budsaba.rs@yahoo.co.th", "150400034563", "086-440-6793", "5", 3)
R4 = person("นางสาวกนกวรรณ ทองดี", "kanokwan.td@gmail.com", "330400045674", "092-550-7814", "81", 4)
R5 = person("นายสุรชัย ปานทอง", "surachai.pt@gmail.com", "341400056785", "080-660-8925", "33", 5)
R5_MOTHER = person("นางทองม้วน ปานทอง", "", "340400067896", "080-660-8925", "33", 5)
R6_FATHER = person("นายบุญช่วย ศรีสุข", "", "310400078907", "087-770-9036", "66", 6)
R6_MOTHER = person("นางสมจิตร ศรีสุข", "", "310400089018", "087-770-9036", "66", 6)
R6_SON = ("นายกิตติพงษ์ ศรีสุข", "kittipong.ss@gmail.com")
R7 = person("นางวิไลวรรณ ใจกว้าง", "wilaiwan.jk@outlook.com", "360400090129", "095-880-1147", "9", 7)
R8 = person("นางสาวนภัสสร พรหมมา", "napatsorn.pm@gmail.com", "110410012345", "083-990-2258", "2", 8)
R9 = person("นายเกรียงไกร บุญมา", "kriangkrai.bm@icloud.com", "340410023456", "084-101-3369", "71", 9)
R10 = person(
    "ดร.ปิยะพงษ์ ศรีวงศ์", "piyapong.s@kku-demo.ac.th", "150410034567", "091-212-4470", "8", 10
)
R11 = person("นางอรุณี มาลัย", "arunee.ml@3bb-demo.co.th", "330410045678", "062-323-5581", "19", 11)
R12 = person("นางสาวศิริพร ขำคม", "siriporn.kk@gmail.com", "341410056789", "097-434-6692", "40", 12)
R13 = person(
    "นายประเสริฐ อุดมผล", "prasert.u@korat-steel-demo.co.th", "360410067890", "044-545-703", "3", 1
)
R14 = person("นางสาวจันทร์เพ็ญ สุขใจ", "janpen.sj@gmail.com", "310410078901", "081-656-8814", "12", 2)
R15 = person("นายวรวุฒิ คงมั่น", "worawut.km@gmail.com", "110420089012", "089-767-9925", "50", 3)
R16 = person("นางพรทิพย์ แก้วมณี", "porntip.km@gmail.com", "150420090123", "086-878-1036", "22", 4)
R17 = person("นายสมบูรณ์ ทองคำ", "somboon.tk@gmail.com", "330420012346", "092-989-2147", "7", 5)
R18 = person("นางละเอียด ชื่นใจ", "laiad.cj@tot-demo.co.th", "340420023457", "044-313-258", "18", 6)
R19 = person("นายทวีศักดิ์ มีสุข", "taweesak.ms@sanook-demo.com", "360420034568", "088-424-3369", "4", 7)
DISTRICT = ("งานสารบรรณ ที่ว่าการอำเภอเมืองนครราชสีมา", "saraban@amphoe-muang-demo.go.th")
STAFF_PERSONAL = ("Wanida Staff", "wanida.abt.staff@gmail.com")  # the agency's clerk, at home


# --- writers ---------------------------------------------------------------------------------


def request(
    p: Person,
    subject: str,
    details: str,
    msgid: str | None,
    minute: int,
    *,
    sender: tuple[str, str] | None = None,
    text: str | None = None,
    to: tuple[str, str] | None = None,
    extra: Sequence[tuple[str, str]] = (),
    files: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    """A citizen's request after the agency's template: text and HTML, perhaps files."""
    body_text = text if text is not None else form(p, subject, details)
    b = "b4_" + hashlib.sha1(f"{subject}|{body_text}".encode()).hexdigest()[:16]
    body = alt(body_text, b + "a")
    if files:
        body = multi("mixed", b + "m", [body, *(file_part(c, n, d) for c, n, d in files)])
    headers = [
        ("From", addr(*(sender or (p.name, p.address)))),
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
    files: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    """A plain mail (a reply, an auto-reply, a notice): text, or text and HTML, files."""
    tag = msgid.strip("<>").replace("@", "_").replace("=", "_")[:24]
    if html:
        body = multi(
            "alternative",
            "alt_" + tag,
            [
                text_part(text, cte="quoted-printable"),
                text_part(html_of(text), "text/html", cte="quoted-printable"),
            ],
        )
    else:
        body = text_part(text, cte="quoted-printable")
    if files:
        body = multi("mixed", "mix_" + tag, [body, *(file_part(c, n, d) for c, n, d in files)])
    return mail(
        [
            ("From", addr(*frm)),
            ("To", addr(*to) if to else addr(AGENCY_TH, AGENCY)),
            *extra,
            ("Subject", h(subject)),
            ("Date", when(minute)),
            ("Message-ID", msgid),
        ],
        body,
    )


def on_ack(w: World, name: str) -> list[tuple[str, str]]:
    return [
        ("In-Reply-To", ack_id(w, name)),
        ("References", f"{request_id(w, name)} {ack_id(w, name)}"),
    ]


def who(p: Person) -> tuple[str, str]:
    return (p.name, p.address)


ID_CARD = "สำเนาบัตรประชาชน.pdf"

# --- requests later mail answers or refers to ------------------------------------------------

S1 = "ขอรับรองสำเนาทะเบียนบ้านเพื่อสมัครงาน"
D1 = "ขอหนังสือรับรองที่อยู่ตามทะเบียนบ้าน ได้แนบสำเนาบัตรประชาชนมาด้วยแล้วค่ะ"
S2 = "ขอให้ซ่อมไฟกิ่งหน้าบ้านที่ดับ"
S3 = "ขออนุญาตต่อเติมอาคาร (ห้องครัว)"
S4 = "ขอรับเงินอุดหนุนเด็กแรกเกิด"
S12 = "ขอรับการช่วยเหลือผู้ประสบอุทกภัย"
S13 = "ขอทราบผลการพิจารณาใบอนุญาตประกอบกิจการโรงงาน"
S17 = "ร้องเรียน น้ำเสียจากฟาร์มสุกรไหลลงลำห้วย"


def r1(_: World) -> bytes:
    """Gmail: says the ID card copy is attached; it is not."""
    return request(R1, S1, D1, "<CAF4r1Pk=Ww1@mail.gmail.com>", 0)


def r2(_: World) -> bytes:
    return request(
        R2,
        S2,
        "ไฟกิ่งหน้าบ้านเลขที่ 27 หมู่ 2 ดับมา 1 สัปดาห์ ถ่ายรูปมาให้ดูครับ",
        "<SEYPR04MB6612R2AA11@SEYPR04MB6612.apcprd04.prod.outlook.com>",
        2,
    )


def r3(_: World) -> bytes:
    return request(
        R3,
        S3,
        "ขออนุญาตต่อเติมห้องครัวด้านหลังบ้าน ขนาด 3x4 เมตร แบบแปลนจะส่งตามมา",
        "<1733273000.r3.yahoo@mail.yahoo.co.th>",
        4,
    )


def r4(_: World) -> bytes:
    return request(
        R4,
        S4,
        "บุตรเกิดวันที่ 20 พฤศจิกายน 2569 ขอรับเงินอุดหนุน จะแนบสูติบัตรมาค่ะ",
        "<CAG4r4Kn=Ty4@mail.gmail.com>",
        6,
    )


def r5_household(_: World) -> bytes:
    """One mail, two requests: the son's own and his mother's, each with its ID."""
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบลทุ่งทราย\n\n"
        "ผมขอส่งคำร้อง 2 เรื่องในอีเมลนี้ครับ\n\n"
        "เรื่องที่ 1 (ของผมเอง)\n"
        + form(R5, "ขอให้ซ่อมถนนคอนกรีตหน้าบ้านที่แตก", "ถนนคอนกรีตหน้าบ้านเลขที่ 33 แตกเป็นแนวยาว")
        + "\nเรื่องที่ 2 (ของมารดา ซึ่งไม่มีอีเมล)\n"
        + form(R5_MOTHER, "ขอรับเบี้ยความพิการ", "มารดาได้รับบัตรคนพิการแล้ว ขอลงทะเบียนรับเบี้ยความพิการ")
    )
    return request(
        R5,
        "ขอส่งคำร้อง 2 เรื่อง (ของผมและของมารดา)",
        "",
        "<CAH5r5Dd=Uu5@mail.gmail.com>",
        8,
        text=text,
        files=[("application/pdf", "บัตรคนพิการ_มารดา.pdf", pdf_with("disability card R5 mother"))],
    )


S6 = "ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ"


def r6(parent: Person, msgid: str, minute: int) -> bytes:
    """The son writes for a parent from his own Gmail; the same subject for each."""
    return request(
        parent,
        S6,
        f"ขอลงทะเบียนให้{parent.name} ซึ่งจะอายุครบ 60 ปีในปีงบประมาณ 2570",
        msgid,
        minute,
        sender=R6_SON,
        files=[("application/pdf", ID_CARD, pdf_with(f"id card {parent.nid}"))],
    )


def r6_father(_: World) -> bytes:
    return r6(R6_FATHER, "<CAJ6r6Fa=Ss6@mail.gmail.com>", 10)


def r6_mother(_: World) -> bytes:
    return r6(R6_MOTHER, "<CAJ6r6Mo=Ss7@mail.gmail.com>", 16)


def r7(_: World) -> bytes:
    return request(
        R7,
        "ขอให้ขุดลอกคูระบายน้ำหมู่ 7",
        "คูระบายน้ำตื้นเขิน น้ำท่วมขังถนนทุกครั้งที่ฝนตก",
        "<PUZPR01MB5577R7CC@PUZPR01MB5577.apcprd01.prod.outlook.com>",
        18,
    )


def r8(_: World) -> bytes:
    return request(
        R8,
        "ขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร",
        "ขอเปิดร้านก๋วยเตี๋ยวหน้าบ้านเลขที่ 2 หมู่ 8",
        "<CAK8r8Nn=Pp8@mail.gmail.com>",
        20,
    )


def r9(_: World) -> bytes:
    """iPhone Mail, iCloud address."""
    return request(
        R9,
        "ขอให้ตัดหญ้าริมทางหมู่ 9",
        "หญ้าริมทางสูงบังทางโค้ง อันตรายต่อรถที่สัญจร",
        "<3B1E77A0-9C4D-4E2B-8F1A-R9R9R9R9R9R9@icloud.com>",
        22,
        extra=[("X-Mailer", "iPhone Mail (21B101)")],
    )


def r10(_: World) -> bytes:
    return request(
        R10,
        "ขอความร่วมมือให้นักศึกษาฝึกงานที่ อบต.",
        "มหาวิทยาลัยขอส่งนักศึกษาฝึกงาน 2 คน ระหว่างเดือนมกราคม-มีนาคม 2570",
        "<a71c0e22-r10@kku-demo.ac.th>",
        24,
        extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.5.0")],
    )


def r11(_: World) -> bytes:
    return request(
        R11,
        "ขอรับถุงยังชีพ",
        "ครอบครัวมีผู้ป่วยติดเตียง รายได้ไม่พอ ขอรับถุงยังชีพ",
        "<7c21e9aa.r11@webmail.3bb-demo.co.th>",
        26,
    )


def r12(_: World) -> bytes:
    return request(
        R12,
        S12,
        "บ้านเลขที่ 40 หมู่ 12 ถูกน้ำท่วมเมื่อวันที่ 1 ธันวาคม 2569 ขอรับการช่วยเหลือ",
        "<CAL12r=Qq12@mail.gmail.com>",
        28,
    )


R13_ID = "<000001db46c2$r13a$@korat-steel-demo.co.th>"


def r13(_: World) -> bytes:
    return request(
        R13,
        S13,
        "บริษัทยื่นคำขอใบอนุญาตประกอบกิจการโรงงานเมื่อเดือนตุลาคม ขอทราบผลการพิจารณา",
        R13_ID,
        30,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtGwr13")],
    )


R17_DETAILS = "ฟาร์มสุกรปล่อยน้ำเสียลงลำห้วยหมู่ 5 ส่งกลิ่นเหม็น ปลาตาย ได้ส่งเรื่องถึงอำเภอด้วย"


def r17(_: World) -> bytes:
    return request(R17, S17, R17_DETAILS, "<CAM17r=Hh17@mail.gmail.com>", 32)


# --- one mail, two routes ---------------------------------------------------------------------


def r14_mail() -> bytes:
    """To the agency's own group, Bcc the saraban: one mail, two copies."""
    return request(
        R14,
        "ขอให้ติดตั้งกระจกโค้งทางแยกหมู่ 2",
        "ทางแยกหน้าวัดมองไม่เห็นรถที่มา เกิดอุบัติเหตุบ่อย",
        "<CAN14r=Gg14@mail.gmail.com>",
        34,
        to=("To", addr("ติดต่อ อบต.ทุ่งทราย", GROUP)),
    )


def r15_mail() -> bytes:
    return request(
        R15,
        "ขอความอนุเคราะห์รถน้ำดื่มหมู่ 3",
        "น้ำประปาหมู่ 3 ขุ่นดื่มไม่ได้ ขอรถน้ำดื่ม 1 คัน",
        "<CAP15r=Ff15@mail.gmail.com>",
        36,
        to=("To", addr("ติดต่อ อบต.ทุ่งทราย", GROUP)),
    )


def direct_copy(raw: bytes, minute: int, queue_id: str) -> bytes:
    """The Bcc copy as Gmail hands it to the agency's MX: its own trace only."""
    top = (
        f"Delivered-To: {AGENCY}\r\n"
        + received(f"mx.{AGENCY_DOMAIN}", "mail-sor-f41.google.com", minute, queue_id)
        + "X-Received: by 2002:a05:6a20:9f43 with SMTP id gc3; "
        + when(minute)
        + "\r\n"
    )
    return top.encode() + raw


def group_copy(raw: bytes, minute: int, queue_id: str, sender: str) -> bytes:
    """The copy the agency's own Google group hands on: another trace, List headers."""
    top = (
        f"Delivered-To: {AGENCY}\r\n"
        + received(f"mx.{AGENCY_DOMAIN}", "mail-sor-f69.google.com", minute, queue_id)
        + received("mx.google.com", "mail-sor-f41.google.com", minute, queue_id + "g")
        + f"X-BeenThere: {GROUP}\r\n"
        f"X-Original-Sender: {sender}\r\n"
        "Precedence: list\r\n"
        "Mailing-list: list info@abt-thungsai.go.th; contact info+owners@abt-thungsai.go.th\r\n"
        "List-ID: <info.abt-thungsai.go.th>\r\n"
        "X-Google-Group-Id: 558812340771\r\n"
        "List-Post: <https://groups.google.com/a/abt-thungsai.go.th/group/info/post>, "
        "<mailto:info@abt-thungsai.go.th>\r\n"
        "List-Help: <https://support.google.com/a/abt-thungsai.go.th/bin/topic.py?topic=25838>, "
        "<mailto:info+help@abt-thungsai.go.th>\r\n"
        "List-Archive: <https://groups.google.com/a/abt-thungsai.go.th/group/info/>\r\n"
        "List-Unsubscribe: <mailto:googlegroups-manage+558812340771+unsubscribe@googlegroups.com>,"
        " <https://groups.google.com/a/abt-thungsai.go.th/group/info/subscribe>\r\n"
    )
    return top.encode() + raw


def r14_bcc(_: World) -> bytes:
    return direct_copy(r14_mail(), 35, "4Q1r14B")


def r14_group(_: World) -> bytes:
    return group_copy(r14_mail(), 36, "4Q1r14G", R14.address)


def r15_group(_: World) -> bytes:
    return group_copy(r15_mail(), 37, "4Q1r15G", R15.address)


def r15_bcc(_: World) -> bytes:
    return direct_copy(r15_mail(), 38, "4Q1r15B")


def r16_mail() -> bytes:
    """To an outside community leaders' group, Bcc the saraban."""
    return request(
        R16,
        "ขอให้แก้ไขปัญหาสุนัขจรจัดในหมู่ 4",
        "สุนัขจรจัดกว่า 20 ตัวไล่กัดเด็กนักเรียน ขอให้ อบต. ช่วยจับไปทำหมันและฉีดวัคซีน",
        "<CAQ16r=Ee16@mail.gmail.com>",
        40,
        to=("To", addr("เครือข่ายผู้นำชุมชนอำเภอเมือง", "leaders-muang@googlegroups.com")),
    )


def r16_outside_list(_: World) -> bytes:
    top = (
        f"Delivered-To: {AGENCY}\r\n"
        + received(f"mx.{AGENCY_DOMAIN}", "mail-sor-f73.google.com", 41, "4Q1r16L")
        + "X-BeenThere: leaders-muang@googlegroups.com\r\n"
        "Precedence: list\r\n"
        "Mailing-list: list leaders-muang@googlegroups.com;"
        " contact leaders-muang+owners@googlegroups.com\r\n"
        "List-ID: <leaders-muang.googlegroups.com>\r\n"
        "List-Post: <https://groups.google.com/group/leaders-muang/post>, "
        "<mailto:leaders-muang@googlegroups.com>\r\n"
        "List-Unsubscribe: <mailto:googlegroups-manage+77123+unsubscribe@googlegroups.com>\r\n"
    )
    return top.encode() + r16_mail()


def r16_direct(_: World) -> bytes:
    return direct_copy(r16_mail(), 42, "4Q1r16B")


# --- no Message-ID -----------------------------------------------------------------------------

S18 = "ขอให้กำจัดผักตบชวาในหนองน้ำสาธารณะหมู่ 6"
D18 = "ผักตบชวาเต็มหนองน้ำ ชาวบ้านใช้น้ำไม่ได้ ขอให้ อบต. ส่งเรือมากำจัด"


def r18_mail(minute: int) -> bytes:
    """An old desktop mail program that writes no Message-ID."""
    return request(R18, S18, D18, None, minute, extra=[("X-Mailer", "Foxmail 6.5 [cn]")])


def r18(_: World) -> bytes:
    top = received(f"mx.{AGENCY_DOMAIN}", "smtp.tot-demo.co.th", 45, "4Q1r18A")
    return top.encode() + r18_mail(44)


def r18_outbox_retry(_: World) -> bytes:
    """The program's outbox sends the same bytes again the next day (it never saw the
    server's answer): same Date, another relay, another trace."""
    top = received(f"mx.{AGENCY_DOMAIN}", "smtp2.tot-demo.co.th", DAY + 60, "4Q2r18R")
    top += received("smtp2.tot-demo.co.th", "[10.20.1.7]", DAY + 59, "x9r18R")
    return top.encode() + r18_mail(44)


def r18_resent_next_morning(_: World) -> bytes:
    """The citizen presses Send again the next morning: new Date, same everything else."""
    top = received(f"mx.{AGENCY_DOMAIN}", "smtp.tot-demo.co.th", 22 * HOUR + 1, "4Q2r18N")
    return top.encode() + r18_mail(22 * HOUR)


S19 = "ขอให้ซ่อมท่อประปาแตกหน้าโรงเรียน"
D19 = "ท่อประปาแตกหน้าโรงเรียนบ้านโคกสูง น้ำไหลทิ้งตลอดวัน"


def r19(_: World) -> bytes:
    top = received(f"mx.{AGENCY_DOMAIN}", "smtp.sanook-demo.com", 47, "4Q1r19A")
    return top.encode() + request(R19, S19, D19, None, 46)


def r19_after_two_days(_: World) -> bytes:
    """The same subject and text sent again 50 hours on: no answer came, he thinks."""
    top = received(f"mx.{AGENCY_DOMAIN}", "smtp.sanook-demo.com", 50 * HOUR + 47, "4Q3r19B")
    return top.encode() + request(R19, S19, D19, None, 50 * HOUR + 46)


# --- "ลืมแนบไฟล์" ------------------------------------------------------------------------------


def r1_forgot_file_threaded(w: World) -> bytes:
    """Gmail: Reply on her own sent request, "ลืมแนบไฟล์ค่ะ", the PDF attached."""
    original = form(R1, S1, D1)
    text = (
        "ขออภัยค่ะ ลืมแนบไฟล์ ส่งสำเนาบัตรประชาชนมาเพิ่มค่ะ\n\n"
        f"On Fri, Dec 4, 2026 at 8:00 AM {R1.name} <{R1.address}> wrote:\n" + quote(original)
    )
    return answer(
        who(R1),
        f"Re: {S1}",
        text,
        50,
        "<CAF4r1Pk=Ww2@mail.gmail.com>",
        html=True,
        extra=[("In-Reply-To", request_id(w, "r1")), ("References", request_id(w, "r1"))],
        files=[("application/pdf", ID_CARD, pdf_with("id card R1"))],
    )


def r2_forgot_file_fresh(_: World) -> bytes:
    """Hotmail: a new mail under the same subject, one line and the photo."""
    return answer(
        who(R2),
        S2,
        "ลืมแนบรูปครับ\n",
        52,
        "<SEYPR04MB6612R2BB22@SEYPR04MB6612.apcprd04.prod.outlook.com>",
        html=True,
        files=[("image/jpeg", "IMG_4471.jpg", JPEG)],
    )


def r3_forgot_file_empty_body(_: World) -> bytes:
    """Yahoo: the same subject, no text at all, the plan attached."""
    body = multi(
        "mixed",
        "yahoo_r3_plan",
        [
            text_part("", cte="7bit"),
            file_part("application/pdf", "แบบแปลนห้องครัว.pdf", pdf_with("kitchen plan R3")),
        ],
    )
    return mail(
        [
            ("From", addr(*who(R3))),
            to_agency(),
            ("Subject", h(S3)),
            ("Date", when(54)),
            ("Message-ID", "<1733276240.r3b.yahoo@mail.yahoo.co.th>"),
        ],
        body,
    )


def r4_forgot_file_forward(w: World) -> bytes:
    """Gmail: Forward of her own sent request to the same address, file added (Gmail
    keeps the thread: In-Reply-To and References name the forwarded mail)."""
    text = (
        "แนบสูติบัตรเพิ่มเติมค่ะ\n\n---------- Forwarded message ---------\n"
        f"From: {R4.name} <{R4.address}>\nDate: Fri, Dec 4, 2026 at 8:06 AM\n"
        f"Subject: {S4}\nTo: {AGENCY_TH} <{AGENCY}>\n\n"
        + form(R4, S4, "บุตรเกิดวันที่ 20 พฤศจิกายน 2569 ขอรับเงินอุดหนุน จะแนบสูติบัตรมาค่ะ")
    )
    return answer(
        who(R4),
        f"Fwd: {S4}",
        text,
        56,
        "<CAG4r4Kn=Ty5@mail.gmail.com>",
        html=True,
        extra=[("In-Reply-To", request_id(w, "r4")), ("References", request_id(w, "r4"))],
        files=[("application/pdf", "สูติบัตร.pdf", pdf_with("birth certificate R4"))],
    )


# --- forwards ----------------------------------------------------------------------------------


def district_forwards_eml(_: World) -> bytes:
    """The district clerk forwards a citizen's mail as an attached .eml (Outlook
    "Forward as Attachment"), with a covering note (หนังสือส่งต่อ)."""
    citizen = person(
        "นางสาวดวงใจ รักษ์ดี", "duangjai.rd@gmail.com", "150430045679", "081-535-4470", "61", 8
    )
    inner = request(
        citizen,
        "ร้องเรียน ร้านค้าตั้งแผงบนทางเท้าหน้าตลาด",
        "ร้านค้าตั้งแผงบนทางเท้าหน้าตลาดทุ่งทราย คนเดินต้องลงไปเดินบนถนน",
        "<CAR20d=Dd20@mail.gmail.com>",
        -DAY,
        to=("To", addr(*DISTRICT)),
    )
    cover = (
        "เรียน นายกองค์การบริหารส่วนตำบลทุ่งทราย\n\n"
        "อำเภอได้รับเรื่องร้องเรียนตามไฟล์แนบ ซึ่งอยู่ในอำนาจหน้าที่ของ อบต. "
        "จึงส่งเรื่องมาเพื่อโปรดพิจารณาดำเนินการ และแจ้งผลให้ผู้ร้องทราบโดยตรง\n\n"
        "งานสารบรรณ ที่ว่าการอำเภอเมืองนครราชสีมา\nโทร 044-242-118\n"
    )
    eml = (
        header_block(
            [
                ("Content-Type", 'message/rfc822; name="complaint.eml"'),
                ("Content-Disposition", 'attachment; filename="complaint.eml"'),
            ]
        )
        + b"\r\n"
        + inner
    )
    body = multi("mixed", "_fwd_eml_district_", [alt(cover, "_fwd_eml_alt_"), eml])
    return mail(
        [
            ("From", addr(*DISTRICT)),
            to_agency(),
            ("Subject", h("ส่งเรื่องร้องเรียน (ส่งต่อ) กรณีแผงค้าบนทางเท้า")),
            ("Date", when(60)),
            ("Message-ID", "<TYZPR06MB5521DIST0412@TYZPR06MB5521.apcprd06.prod.outlook.com>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtG20dist"),
        ],
        body,
    )


def staff_personal_gmail_forward(_: World) -> bytes:
    """The agency's clerk forwards from her personal Gmail a request a villager sent
    her privately (he had her address from a village meeting)."""
    villager = person(
        "นายจำเนียร พูลผล", "chamnian.pp@gmail.com", "340430056780", "089-646-5581", "30", 9
    )
    text = (
        "ฝากลงรับด้วยค่ะ ชาวบ้านส่งมาที่เมลส่วนตัวของพี่\n\nวนิดา\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {villager.name} <{villager.address}>\nDate: Thu, Dec 3, 2026 at 7:41 PM\n"
        f"Subject: ขอให้ซ่อมท่อประปารั่วหน้าบ้าน\nTo: <{STAFF_PERSONAL[1]}>\n\n"
        + form(villager, "ขอให้ซ่อมท่อประปารั่วหน้าบ้าน", "ท่อประปาหมู่บ้านรั่วหน้าบ้านเลขที่ 30 หมู่ 9")
    )
    return answer(
        STAFF_PERSONAL,
        "Fwd: ขอให้ซ่อมท่อประปารั่วหน้าบ้าน",
        text,
        62,
        "<CAS21fw=Cc21@mail.gmail.com>",
        html=True,
    )


def district_forwards_request_we_have(_: World) -> bytes:
    """The district forwards (Outlook FW:, no threading headers) the complaint the
    citizen had also mailed us directly (r17)."""
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบลทุ่งทราย\n\n"
        "ส่งเรื่องร้องเรียนตามข้างล่างมาเพื่อโปรดพิจารณาดำเนินการตามอำนาจหน้าที่\n\n"
        "งานสารบรรณ ที่ว่าการอำเภอเมืองนครราชสีมา\n\n"
        "________________________________\n"
        f"From: {R17.name} <{R17.address}>\nSent: Friday, December 4, 2026 8:32 AM\n"
        f"To: {DISTRICT[1]}\nSubject: {S17}\n\n" + form(R17, S17, R17_DETAILS)
    )
    return answer(
        DISTRICT,
        f"FW: {S17}",
        text,
        64,
        "<TYZPR06MB5521DIST0413@TYZPR06MB5521.apcprd06.prod.outlook.com>",
        html=True,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtG21dist")],
    )


# --- requests in the subject only, or in an invitation ----------------------------------------


def subject_only_empty_body(_: World) -> bytes:
    return mail(
        [
            ("From", addr("นายชัยวัฒน์ ดอนไพร", "chaiwat.dp@gmail.com")),
            to_agency(),
            ("Subject", h("ขอแบบฟอร์มคำร้องขออนุญาตก่อสร้างอาคาร ส่งกลับทางอีเมลนี้")),
            ("Date", when(66)),
            ("Message-ID", "<CAT22so=Bb22@mail.gmail.com>"),
        ],
        alt("", "so_empty_alt"),
    )


def subject_only_iphone_signature(_: World) -> bytes:
    return answer(
        ("สุดารัตน์", "sudarat.np@icloud.com"),
        "แจ้งต้นไม้ล้มขวางถนนหมู่ 10 ใกล้ศาลาประชาคม รถผ่านไม่ได้",
        "\n\nส่งจาก iPhone ของฉัน\n",
        68,
        "<9D2A11F0-7E3B-4C5D-8A6F-SO23SO23SO23@icloud.com>",
        extra=[("X-Mailer", "iPhone Mail (21B101)")],
    )


def headers_only_no_body(_: World) -> bytes:
    """A feature phone's mail client: headers, a blank line, nothing after."""
    return (
        header_block(
            [
                ("From", addr("นายเสถียร ใจดี", "sathian.jd@sanook-demo.com")),
                to_agency(),
                ("Subject", h("แจ้งไฟฟ้าดับทั้งหมู่ 11 ตั้งแต่เมื่อคืน")),
                ("Date", when(70)),
                ("Message-ID", "<20261204091000.so24@mobile.sanook-demo.com>"),
            ]
        )
        + b"\r\n"
    )


def invitation_ics() -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:040000008200E00074C5B7101A82E00800000000R25invite\r\n"
        "DTSTART:20261211T070000Z\r\nDTEND:20261211T090000Z\r\n"
        "SUMMARY:ประชุมประชาคมหมู่ 12 เรื่องขอขุดลอกคลองส่งน้ำ\r\n"
        "DESCRIPTION:เรียน อบต.ทุ่งทราย ชาวบ้านหมู่ 12 ขอให้ อบต. ขุดลอกคลองส่งน้ำที่ตื้นเขิน "
        "และขอเชิญเจ้าหน้าที่ร่วมประชุมประชาคมเพื่อรับฟังปัญหา ผู้ใหญ่บ้านหมู่ 12 โทร 081-757-6692\r\n"
        "LOCATION:ศาลาประชาคมหมู่ 12\r\n"
        "ORGANIZER;CN=ผู้ใหญ่บ้านหมู่ 12:mailto:phuyai.moo12@hotmail.com\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{AGENCY}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def outlook_meeting_request(_: World) -> bytes:
    """A village headman's Outlook meeting request: the request is in the description."""
    body = multi(
        "alternative",
        "_000_mtg_r25_",
        [
            text_part("", cte="quoted-printable"),
            raw_part('text/calendar; charset="utf-8"; method=REQUEST', invitation_ics()),
        ],
    )
    return mail(
        [
            ("From", addr("ผู้ใหญ่บ้านหมู่ 12", "phuyai.moo12@hotmail.com")),
            to_agency(),
            ("Subject", h("ประชุมประชาคมหมู่ 12 เรื่องขอขุดลอกคลองส่งน้ำ")),
            ("Date", when(72)),
            ("Message-ID", "<SI2PR02MB4411MTG25@SI2PR02MB4411.apcprd02.prod.outlook.com>"),
            ("Thread-Topic", h("ประชุมประชาคมหมู่ 12 เรื่องขอขุดลอกคลองส่งน้ำ")),
            ("X-MS-TNEF-Correlator", ""),
        ],
        body,
    )


# --- spam and marketing ------------------------------------------------------------------------


def lottery_flagged(_: World) -> bytes:
    top = (
        "X-Spam-Flag: YES\r\nX-Spam-Score: 14.2\r\n"
        "X-Spam-Status: Yes, score=14.2 required=5.0\r\n"
        "\ttests=FREEMAIL_FROM,LOTTO_AGENT,MONEY_FRAUD_5\r\n"
    )
    return top.encode() + answer(
        ("กองสลากออนไลน์", "lotto.prize.th2569@outlook-demo.xyz"),
        "ยินดีด้วย! ท่านถูกรางวัลสลากออนไลน์ 6,000,000 บาท",
        "ท่านได้รับรางวัลที่ 1 กรุณากรอกเอกสารในไฟล์แนบ และโอนค่าธรรมเนียม 3,500 บาท ภายใน 24 ชั่วโมง\n",
        74,
        "<lotto.2569.998@outlook-demo.xyz>",
        html=True,
        files=[("application/zip", "ใบแจ้งรางวัล.zip", b"PK\x05\x06" + bytes(18))],
    )


def loan_unflagged(_: World) -> bytes:
    top = "X-Spam-Flag: NO\r\nX-Spam-Status: No, score=3.1 required=5.0 tests=HTML_MESSAGE\r\n"
    return top.encode() + answer(
        ("สินเชื่อทันใจ", "promo@loan-tanjai-demo.com"),
        "สินเชื่อด่วน อนุมัติใน 5 นาที ไม่เช็คเครดิตบูโร",
        "วงเงินสูงสุด 200,000 บาท ดอกเบี้ยต่ำ แอดไลน์ @tanjai-demo สมัครเลย\n",
        76,
        "<promo.8812@loan-tanjai-demo.com>",
        html=True,
        files=[("application/pdf", "โปรโมชั่น.pdf", pdf_with("loan promo"))],
    )


def shop_newsletter_one_click(_: World) -> bytes:
    top = (
        "Precedence: bulk\r\n"
        "List-Unsubscribe: <https://mail.shopdee-demo.co.th/u/8Kq1>, "
        "<mailto:unsub-8Kq1@mail.shopdee-demo.co.th>\r\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        "Feedback-ID: 8Kq1:promo:shopdee\r\n"
    )
    return top.encode() + answer(
        ("ShopDee ช้อปดี", "no-reply@mail.shopdee-demo.co.th"),
        "12.12 ลดสูงสุด 90% 🔥 โค้ดส่งฟรีสำหรับคุณ",
        "ช้อปดีลเด็ด 12.12 โค้ดส่งฟรี ไม่มีขั้นต่ำ\nหากไม่ต้องการรับอีเมลนี้ ยกเลิกการรับข่าวสาร\n",
        78,
        "<0100019a2b.shopdee.1212@email.amazonses.com>",
        html=True,
    )


def bank_promo_ses(_: World) -> bytes:
    top = (
        "List-Unsubscribe: <https://promo.bank-demo.co.th/unsubscribe?id=55aa>\r\n"
        "Feedback-ID: 1.ap-southeast-1.bankdemo=:AmazonSES\r\n"
        "X-SES-Outgoing: 2026.12.04-54.240.0.1\r\n"
    )
    return top.encode() + answer(
        ("ธนาคารตัวอย่าง", "news@promo.bank-demo.co.th"),
        "บัตรเครดิตใหม่ รับเครดิตเงินคืน 10% ตลอดเดือนธันวาคม",
        "เรียน ลูกค้าผู้มีอุปการคุณ\nสมัครบัตรเครดิตวันนี้ รับเครดิตเงินคืนสูงสุด 2,000 บาท\n",
        80,
        "<0100019a2c.bankdemo.dec@email.amazonses.com>",
        html=True,
    )


# --- automatic answers to our acknowledgement ---------------------------------------------------


def vacation_gmail_thai(w: World) -> bytes:
    """Gmail's vacation responder with Thai text in the first person."""
    return answer(
        who(R8),
        f"Re: {ack_subject(w, 'r8')}",
        "ดิฉันลาพักร้อนระหว่างวันที่ 4-13 ธันวาคม 2569 จะตอบอีเมลเมื่อกลับมาค่ะ\nหากเรื่องด่วน โทร 083-990-2258\n",
        82,
        "<CAK8r8vac=Pp9@mail.gmail.com>",
        extra=[("In-Reply-To", ack_id(w, "r8")), ("Auto-Submitted", "auto-replied")],
    )


def vacation_outlook_com_thai(w: World) -> bytes:
    """Outlook.com's automatic reply (Thai UI), first person, a phone number."""
    return answer(
        who(R7),
        f"ตอบกลับอัตโนมัติ: {ack_subject(w, 'r7')}",
        "ขอบคุณสำหรับอีเมลค่ะ ดิฉันเดินทางไปต่างประเทศถึงวันที่ 20 ธันวาคม 2569 จะติดต่อกลับเมื่อกลับมา\n",
        84,
        "<PUZPR01MB5577OOF7@PUZPR01MB5577.apcprd01.prod.outlook.com>",
        html=True,
        extra=[
            ("In-Reply-To", ack_id(w, "r7")),
            ("Thread-Topic", h(ack_subject(w, "r7"))),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", R7.address),
            ("Content-Language", "th-TH"),
        ],
    )


def bounce_forwarded_ack_typo(w: World) -> bytes:
    """The university forwards the citizen's mail to a mistyped private address; its
    MTA returns our acknowledgement whole (receipt PDF and all)."""
    text = (
        "This is the mail system at host mail.kku-demo.ac.th.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<piyapong.s@gmial.com> (expanded from <piyapong.s@kku-demo.ac.th>): Host or domain\n"
        "    name not found. Name service error for name=gmial.com type=MX: Host not found\n"
    )
    status = (
        b"Reporting-MTA: dns; mail.kku-demo.ac.th\r\n\r\n"
        b"Final-Recipient: rfc822; piyapong.s@gmial.com\r\n"
        b"Original-Recipient: rfc822;piyapong.s@kku-demo.ac.th\r\n"
        b"Action: failed\r\nStatus: 5.4.4\r\n"
        b"Diagnostic-Code: X-Postfix; Host or domain name not found\r\n"
    )
    body = multi(
        "report",
        "bounce_r10_kku",
        [
            text_part(text, charset="us-ascii", cte="7bit"),
            raw_part("message/delivery-status", status),
            raw_part("message/rfc822", w.ack("r10").as_bytes()),
        ],
        params="; report-type=delivery-status",
    )
    return b"Return-Path: <>\r\n" + mail(
        [
            ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.kku-demo.ac.th")),
            to_agency(),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", when(86)),
            ("Message-ID", "<20261204092600.B7R10@mail.kku-demo.ac.th>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        body,
    )


def bounce_postmaster_plain(w: World) -> bytes:
    """An ISP gateway's plain-text bounce sent as ordinary mail from postmaster@ (no
    null Return-Path, no report), its subject naming our acknowledgement's receipt."""
    text = (
        "Your message did not reach some or all of the intended recipients.\n\n"
        f"      Subject:  {ack_subject(w, 'r11')}\n      Sent:     4/12/2569 8:27\n\n"
        "The following recipient(s) cannot be reached:\n\n"
        f"      {R11.address} on 4/12/2569 8:28\n"
        "            The recipient's mailbox is full and can't accept messages now.\n"
        "            <mx.3bb-demo.co.th #5.2.2 smtp;552 5.2.2 Mailbox full>\n"
    )
    return b"Return-Path: <postmaster@3bb-demo.co.th>\r\n" + answer(
        ("System Administrator", "postmaster@3bb-demo.co.th"),
        f"Undeliverable: {ack_subject(w, 'r11')}",
        text,
        88,
        "<gw.undeliv.r11.0001@mx.3bb-demo.co.th>",
    )


# --- citizens answering --------------------------------------------------------------------------


def r8_unsubscribe(w: World) -> bytes:
    """Back from leave, she answers the acknowledgement as if it were a newsletter."""
    return answer(
        who(R8),
        "Unsubscribe",
        "ยกเลิกการรับอีเมล ไม่ต้องส่งมาอีกค่ะ\n\n" + quote(ack_text(w, "r8")),
        90,
        "<CAK8r8uns=Pp10@mail.gmail.com>",
        extra=on_ack(w, "r8"),
    )


def r9_stop_subject_only(w: World) -> bytes:
    """iPhone: Reply, the subject replaced by STOP, no text of his own."""
    return answer(
        who(R9),
        "STOP",
        "\n\nส่งจาก iPhone ของฉัน\n\n" + quote(ack_text(w, "r9")),
        92,
        "<5C0F9E12-1A2B-4C3D-9E8F-R9STOP000001@icloud.com>",
        extra=on_ack(w, "r9"),
    )


def r7_follow_up_weeks_later(w: World) -> bytes:
    """Outlook.com, three weeks on: "ทวงถาม", threaded on the acknowledgement."""
    text = (
        "เรียน เจ้าหน้าที่\n\nดิฉันยื่นคำร้องขอให้ขุดลอกคูระบายน้ำไว้ตั้งแต่ต้นเดือน "
        "ผ่านมาสามสัปดาห์แล้วยังไม่มีเจ้าหน้าที่มาดู ขอทวงถามความคืบหน้าค่ะ\n\nวิไลวรรณ\n\n"
        "________________________________\n"
        f"From: {AGENCY_TH} <{AGENCY}>\nSent: Friday, December 4, 2026 8:19 AM\n"
        f"Subject: {ack_subject(w, 'r7')}\n\n" + ack_text(w, "r7")
    )
    return answer(
        who(R7),
        f"RE: {ack_subject(w, 'r7')}",
        text,
        21 * DAY + 60,
        "<PUZPR01MB5577R7FU@PUZPR01MB5577.apcprd01.prod.outlook.com>",
        html=True,
        extra=[*on_ack(w, "r7"), ("Thread-Topic", h(ack_subject(w, "r7")))],
    )


def r12_forwards_ack_back(w: World) -> bytes:
    """Gmail: she forwards our acknowledgement back to us, asking if it is real."""
    text = (
        "ได้รับอีเมลนี้ อยากทราบว่าเรื่องของดิฉันได้รับแล้วจริงใช่ไหมคะ ต้องไปยื่นเอกสารที่ อบต. อีกหรือไม่\n\n"
        f"---------- Forwarded message ---------\nFrom: {AGENCY_TH} <{AGENCY}>\n"
        f"Subject: {ack_subject(w, 'r12')}\nTo: <{R12.address}>\n\n" + ack_text(w, "r12")
    )
    return answer(
        who(R12),
        f"Fwd: {ack_subject(w, 'r12')}",
        text,
        94,
        "<CAL12r=Qq13@mail.gmail.com>",
        html=True,
        extra=on_ack(w, "r12"),
    )


def r13_references_only(w: World) -> bytes:
    """Outlook: the citizen answers his own earlier mail (sent to a colleague, not us)
    in the thread; In-Reply-To names that mail, References still name our ack."""
    own_earlier = "<000001db46d9$r13c$@korat-steel-demo.co.th>"
    text = "เรียน อบต.ทุ่งทราย\n\nขอติดตามความคืบหน้าเรื่องใบอนุญาตครับ ฝ่ายบัญชีต้องใช้ผลภายในสิ้นเดือน\n\nประเสริฐ\n"
    return answer(
        who(R13),
        "ติดตามความคืบหน้า",
        text,
        96,
        "<000001db46e1$r13d$@korat-steel-demo.co.th>",
        html=True,
        extra=[
            ("In-Reply-To", own_earlier),
            ("References", f"{R13_ID} {ack_id(w, 'r13')} {own_earlier}"),
            ("Thread-Index", "AdtGwr13AAAB"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )


def r10_reply_to_contact(w: World) -> bytes:
    """Thunderbird: Reply to the acknowledgement, but addressed to the agency's contact@
    (printed on its letterhead), the second polled mailbox."""
    return answer(
        who(R10),
        f"Re: {ack_subject(w, 'r10')}",
        "ขอแจ้งรายชื่อนักศึกษาฝึกงานเพิ่มเติม: นายภานุ ศรีดี และนางสาวมุกดา ใจงาม\n\n"
        + quote(ack_text(w, "r10")),
        98,
        "<d0a1c3e4-r10b@kku-demo.ac.th>",
        to=("ติดต่อ อบต.ทุ่งทราย", CONTACT),
        extra=[*on_ack(w, "r10"), ("User-Agent", "Mozilla/5.0 Thunderbird/128.5.0")],
    )


# --- the set, in delivery order ------------------------------------------------------------------


def D(kind: str, expect: str, build: Build, after: timedelta | None = None, **kw: str) -> Delivery:
    return Delivery(kind, expect, build, arrives_after=after, **kw)


SET: tuple[Delivery, ...] = (
    # Requests later mail refers to: each a case (the Act: a request may not be refused).
    D("request_gmail_says_file_attached", "case", r1, name="r1"),
    D("request_hotmail", "case", r2, name="r2"),
    D("request_yahoo_th", "case", r3, name="r3"),
    D("request_gmail_says_file_to_follow", "case", r4, name="r4"),
    # One mail, two people's requests: one case, the clerk splits it.
    D("request_household_two_people_one_mail", "case", r5_household, name="r5"),
    # A son's two mails for his two parents, same subject, other text and file: two cases.
    D("request_son_for_father", "case", r6_father, name="r6f"),
    D("trap_son_same_subject_for_mother", "case", r6_mother, name="r6m"),
    D("request_outlook_com", "case", r7, name="r7"),
    D("request_gmail", "case", r8, name="r8"),
    D("request_iphone_icloud", "case", r9, name="r9"),
    D("request_university_thunderbird", "case", r10, name="r10"),
    D("request_isp_webmail", "case", r11, name="r11"),
    D("request_gmail", "case", r12, name="r12"),
    D("request_company_outlook", "case", r13, name="r13"),
    D("request_gmail_also_sent_to_district", "case", r17, name="r17"),
    # One mail, two routes (README: a Message-ID over the same mail, whatever carried it).
    D("request_bcc_copy_before_own_group_copy", "case", r14_bcc, name="r14"),
    D("dup_own_group_copy_after_bcc_copy", "duplicate", r14_group),
    D("request_own_group_copy_before_bcc_copy", "case", r15_group, name="r15"),
    D("dup_bcc_copy_after_own_group_copy", "duplicate", r15_bcc),
    # An outside list's copy is list mail; the direct Bcc copy after it must be a case.
    D("list_outside_group_copy_of_request", "ignored", r16_outside_list),
    D("trap_direct_copy_after_outside_list_copy", "case", r16_direct, name="r16"),
    # No Message-ID.
    D("request_no_message_id_old_client", "case", r18, name="r18"),
    D("dup_no_message_id_outbox_retry_next_day", "duplicate", r18_outbox_retry),
    D("dup_no_message_id_resent_next_morning", "duplicate", r18_resent_next_morning),
    D("request_no_message_id", "case", r19, name="r19"),
    # Outside README's 24 hours: a case (the clerk finds both by national ID).
    D("trap_no_message_id_resent_after_two_days", "case", r19_after_two_days, timedelta(hours=50)),
    # "ลืมแนบไฟล์": threaded on the request, a reply; fresh, a case linked by hand.
    D("reply_forgot_file_threaded_on_own_request", "reply", r1_forgot_file_threaded, joins="r1"),
    D("trap_forgot_file_fresh_mail_same_subject", "case", r2_forgot_file_fresh),
    D("trap_forgot_file_empty_body_same_subject", "case", r3_forgot_file_empty_body),
    D("reply_forgot_file_gmail_forward_own_request", "reply", r4_forgot_file_forward, joins="r4"),
    # Forwards by clerks and staff: each a case.
    D("trap_other_agency_forward_eml_attached", "case", district_forwards_eml),
    D("trap_staff_forward_from_personal_gmail", "case", staff_personal_gmail_forward),
    D("trap_district_forwards_request_we_hold", "case", district_forwards_request_we_have),
    # Requests in the subject only, or in an invitation.
    D("trap_subject_only_empty_body", "case", subject_only_empty_body),
    D("trap_subject_only_iphone_signature", "case", subject_only_iphone_signature),
    D("trap_subject_only_no_body_at_all", "case", headers_only_no_body),
    D("trap_outlook_meeting_request_description_only", "case", outlook_meeting_request),
    # Spam and marketing.
    D("spam_thai_lottery_flagged_zip", "ignored", lottery_flagged),
    # Not flagged: README ignores only what the filter flagged; a clerk throws it away.
    D("trap_spam_thai_loan_not_flagged", "case", loan_unflagged),
    D("newsletter_thai_shop_one_click_unsubscribe", "ignored", shop_newsletter_one_click),
    D("newsletter_thai_bank_ses_list_unsubscribe", "ignored", bank_promo_ses),
    # Automatic answers to our acknowledgement.
    D("vacation_gmail_thai_first_person", "ignored", vacation_gmail_thai),
    D("vacation_outlook_com_thai_first_person", "ignored", vacation_outlook_com_thai),
    D("bounce_ack_forwarded_to_mistyped_address", "ignored", bounce_forwarded_ack_typo),
    D("bounce_postmaster_plain_receipt_in_subject", "ignored", bounce_postmaster_plain),
    # Citizens answering: each joins the case of the request it names.
    D("reply_unsubscribe_to_ack", "reply", r8_unsubscribe, joins="r8"),
    D("reply_stop_subject_only_to_ack", "reply", r9_stop_subject_only, joins="r9"),
    D("reply_follow_up_three_weeks_on", "reply", r7_follow_up_weeks_later, joins="r7"),
    D("reply_ack_forwarded_back_asking", "reply", r12_forwards_ack_back, joins="r12"),
    D("reply_references_only_own_thread", "reply", r13_references_only, joins="r13"),
    D(
        "reply_to_ack_in_second_mailbox",
        "reply",
        r10_reply_to_contact,
        joins="r10",
        route="contact",
    ),
)
