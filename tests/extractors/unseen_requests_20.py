"""A twentieth set of requests written by others (issue 8): MAIL BODIES, plain text and
HTML, forwarded mail and replies, in shapes the earlier sets hold less of: requests made
through a power of attorney (ผู้มอบอำนาจ / ผู้รับมอบอำนาจ in blocks or in table columns), two
or more people in one mail (co-applicants, a petition's list of neighbours, a complainant
beside the one complained of, a bank slip's payer), Outlook HTML with <o:p> sent
quoted-printable with soft breaks inside Thai letters, Gmail's forward of an Outlook
mail, new Outlook's elementToProof divs, Thunderbird's bottom post, Outlook's unquoted
plain reply, replies above the agency's auto-reply, charsets declared wrongly
(ISO-8859-1 over windows-874 bytes, US-ASCII over UTF-8, an HTML meta that lies),
Thai digits spaced one by one, two-digit Buddhist years after a short month, dates with
the other era in brackets, a month and year without a day, village and condominium
addresses in abbreviations over several lines, a highway's kilometre in an address, a
name with its English spelling in brackets, English name-part labels, an ID partly
masked, struck-out old values in HTML, labels after '=', '=>', in brackets, markdown
headings, emoji bullets, <dl> lists, labels broken by <br> in narrow cells, sample
values in HTML comments, text copied out of a PDF with its broken สระอำ, a P.S. that
changes the phone, mobile mail footers.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, the
tests and builders of sets 18 and 19 as models, and the earlier sets' style names). All
people, numbers, places and agencies are invented; every ID is made with
with_check_digit.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element

SIG = "-- "  # the signature delimiter, its trailing space kept

ENGLISH_MONTHS_SHORT = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str  # 10 digits, national
    email: str
    addr: str  # house to district, in full words
    short: str  # the same address in the abbreviations people type (ม. ต. อ. ถ. ซ.)
    province: str
    postal: str
    en_title: str
    en_first: str
    en_last: str

    @property
    def typed(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.typed, f"{self.title} {self.first} {self.last}")

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"

    def province_written(self, short: bool = False) -> str:
        if self.bangkok:
            return "กทม." if short else "กรุงเทพมหานคร"
        return f"จ.{self.province}" if short else f"จังหวัด{self.province}"

    def full_address(self, short: bool = False) -> str:
        return (
            f"{self.addr if not short else self.short} {self.province_written(short)} {self.postal}"
        )


PEOPLE: tuple[Person, ...] = (
    Person(
        "นาย", "ชยพล", "วงศ์สุวรรณ", with_check_digit("140990032145"), date(1990, 3, 5),
        "0815502291", "chayaphon.w@gmail.com",
        "128/4 หมู่ 6 ตำบลศิลา อำเภอเมืองขอนแก่น", "128/4 ม.6 ต.ศิลา อ.เมืองขอนแก่น",
        "ขอนแก่น", "40000", "Mr.", "Chayaphon", "Wongsuwan",
    ),
    Person(
        "นางสาว", "ณัฐธิดา", "คำแสน", with_check_digit("110140077310"), date(1996, 9, 21),
        "0923318847", "natthida.ks@hotmail.com",
        "คอนโดศุภาลัย ซิตี้ อาคาร A ชั้น 8 ห้อง 812 เลขที่ 99/123 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร",
        "คอนโดศุภาลัย ซิตี้ อาคาร A ชั้น 8 ห้อง 812 เลขที่ 99/123 ถ.พหลโยธิน แขวงลาดยาว เขตจตุจักร",
        "กรุงเทพมหานคร", "10900", "Miss", "Natthida", "Khamsaen",
    ),
    Person(
        "นาง", "บุญมี", "ศรีจันทร์", with_check_digit("341020015872"), date(1958, 12, 5),
        "0871192035", "bunmee.sc@yahoo.com",
        "45 หมู่ 3 บ้านหนองแวง ตำบลหนองบัว อำเภอเมืองอุดรธานี",
        "45 ม.3 บ.หนองแวง ต.หนองบัว อ.เมืองอุดรธานี",
        "อุดรธานี", "41000", "Mrs.", "Bunmee", "Srichan",
    ),
    Person(
        "นาย", "ธีรวัฒน์", "แก้วประเสริฐ", with_check_digit("310060048823"), date(1985, 7, 14),
        "0896637120", "teerawat.kp@outlook.com",
        "77/9 ซอยรามคำแหง 24 ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ",
        "77/9 ซ.รามคำแหง 24 ถ.รามคำแหง แขวงหัวหมาก เขตบางกะปิ",
        "กรุงเทพมหานคร", "10240", "Mr.", "Teerawat", "Kaewprasert",
    ),
    Person(
        "นางสาว", "ปิยะนุช", "ทองดี", with_check_digit("151010063390"), date(2001, 1, 30),
        "0632204518", "piyanut.td@gmail.com",
        "9/1 หมู่ 2 ตำบลบ้านกลาง อำเภอเมืองลำพูน", "9/1 ม.2 ต.บ้านกลาง อ.เมืองลำพูน",
        "ลำพูน", "51000", "Miss", "Piyanut", "Thongdee",
    ),
    Person(
        "นาย", "สำราญ", "ใจงาม", with_check_digit("350110027764"), date(1972, 4, 18),
        "0819945203", "samran.jn@gmail.com",
        "256 หมู่ 11 ตำบลหนองหาร อำเภอสันทราย", "256 ม.11 ต.หนองหาร อ.สันทราย",
        "เชียงใหม่", "50290", "Mr.", "Samran", "Jai-ngam",
    ),
    Person(
        "นาง", "จำเนียร", "ทองคำ", with_check_digit("340990018456"), date(1965, 11, 2),
        "0844417726", "chamnian.tk@gmail.com",
        "31 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น", "31 ถ.ศรีจันทร์ ต.ในเมือง อ.เมืองขอนแก่น",
        "ขอนแก่น", "40000", "Mrs.", "Chamnian", "Thongkham",
    ),
    Person(
        "นาย", "กิตติศักดิ์", "บุญมา", with_check_digit("113020041157"), date(1993, 6, 9),
        "0950082614", "kittisak.bm@icloud.com",
        "18/2 หมู่ 5 ตำบลคลองหนึ่ง อำเภอคลองหลวง", "18/2 ม.5 ต.คลองหนึ่ง อ.คลองหลวง",
        "ปทุมธานี", "12120", "Mr.", "Kittisak", "Boonma",
    ),
    Person(
        "นางสาว", "วรรณภา", "สุขเจริญ", with_check_digit("312050066108"), date(1988, 2, 28),
        "0618830247", "wannapa.sc@gmail.com",
        "5/77 หมู่บ้านพฤกษา 12 หมู่ 4 ถนนบางกรวย-ไทรน้อย ตำบลบางรักพัฒนา อำเภอบางบัวทอง",
        "5/77 มบ.พฤกษา 12 ม.4 ถ.บางกรวย-ไทรน้อย ต.บางรักพัฒนา อ.บางบัวทอง",
        "นนทบุรี", "11110", "Miss", "Wannapa", "Sukcharoen",
    ),
    Person(
        "นาย", "อำนาจ", "ศรีสมบูรณ์", with_check_digit("390010052287"), date(1979, 10, 11),
        "0827719304", "amnat.ss@gmail.com",
        "402 หมู่ 8 ตำบลท่าช้าง อำเภอบางกล่ำ", "402 ม.8 ต.ท่าช้าง อ.บางกล่ำ",
        "สงขลา", "90110", "Mr.", "Amnat", "Srisomboon",
    ),
)  # fmt: skip

SUBJECTS = (
    "ขอคัดสำเนาทะเบียนบ้าน",
    "ร้องเรียนเสียงดังจากร้านคาราโอเกะ",
    "ขอรับเบี้ยยังชีพผู้สูงอายุ",
    "แจ้งซ่อมไฟฟ้าส่องสว่างในซอย",
    "ขอหนังสือรับรองการประกอบอาชีพ",
    "ขอความช่วยเหลือผู้ประสบอุทกภัย",
    "ขอข้อมูลงบประมาณโครงการถนนลาดยาง",
    "ขอต่อใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ",
)


# --- how the values are written -------------------------------------------------------


def iso(d: date) -> str:
    return d.isoformat()


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def dashed(mobile: str) -> str:
    return f"{mobile[:3]}-{mobile[3:6]}-{mobile[6:]}"


def nid_groups(nid: str, sep: str = "-") -> str:
    return sep.join((nid[0], nid[1:5], nid[5:10], nid[10:12], nid[12]))


def be_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def be_short(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def address_expected(p: Person, short: bool = False, typed: str | None = None) -> tuple[str, ...]:
    line = typed if typed is not None else (p.short if short else p.addr)
    return (
        line,
        f"{line} {p.province_written(short)}",
        f"{line} {p.province_written(short)} {p.postal}",
    )


def expect(p: Person, keys: str, *, subject: str = "", details: str = "",
           short: bool = False) -> dict[str, tuple[str, ...]]:  # fmt: skip
    table: dict[str, tuple[str, ...]] = {
        "full_name": p.names,
        "national_id": (p.nid,),
        "birth_date": (iso(p.born),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": address_expected(p, short),
        "postal_code": (p.postal,),
        "province": (p.province,),
        "subject": (subject,),
        "details": (" ".join(details.split()),),
    }
    return {k: table[k] for k in keys.split()}


def message(p: Person, subject: str, n: int, *, text: str | None = None,
            html: str | None = None, sender: str | None = None,
            charset: str = "utf-8") -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example20.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set20-{n}@example.net>"
    set_body(msg, text, html, charset)
    return msg


def raw_mail(p: Person, subject: str, n: int, content_type: str, body: bytes,
             cte: str = "8bit", sender: str | None = None) -> bytes:  # fmt: skip
    """A one-part mail built by hand, so its declared charset and its bytes can differ."""
    head = EmailMessage()
    head["From"] = sender or f"{p.en_first} <{p.email}>"
    head["To"] = "saraban@example20.go.th"
    head["Subject"] = subject
    head["Date"] = format_datetime(datetime(2026, 12, 1, 9, n % 60, tzinfo=UTC))
    head["Message-ID"] = f"<set20-raw-{n}@example.net>"
    top = bytes(head).rstrip(b"\r\n").replace(b"\r\n", b"\n")
    extra = f"MIME-Version: 1.0\nContent-Type: {content_type}\nContent-Transfer-Encoding: {cte}\n"
    return top + b"\n" + extra.encode("ascii") + b"\n" + body


def qp_hard(data: bytes, width: int = 76) -> bytes:
    """Quoted-printable as Outlook writes it: every byte outside ASCII as =XX, lines
    cut at `width` with a soft break wherever the width falls, even inside one Thai
    letter's three bytes."""
    out: list[bytes] = []
    for line in data.split(b"\n"):
        tokens = [
            bytes([b]) if 32 <= b < 127 and b != 61 else f"={b:02X}".encode("ascii") for b in line
        ]
        cur = b""
        for t in tokens:
            if len(cur) + len(t) > width - 1:
                out.append(cur + b"=")
                cur = b""
            cur += t
        out.append(cur)
    return b"\n".join(out)


def case(style: str, msg: EmailMessage | bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, bytes(msg), exp)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def other(p: Person, step: int = 3) -> Person:
    return PEOPLE[(PEOPLE.index(p) + step) % len(PEOPLE)]


# --- two people in one mail ----------------------------------------------------------


def poa_grantor_grantee_blocks(p: Person, i: int) -> Case:
    """A son or a neighbour files for someone under a power of attorney, in two labelled
    blocks with the same labels: the grantor (ผู้มอบอำนาจ, whose request it is) and the
    grantee (ผู้รับมอบอำนาจ, who writes and is the one to call). The grantee's block comes
    first when he writes it in the order he fills it."""
    g = other(p)
    s = SUBJECTS[i % 8]
    grantor = f"""ผู้มอบอำนาจ (เจ้าของเรื่อง)
ชื่อ-สกุล: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
วันเดือนปีเกิด: {be_long(p.born)}
ที่อยู่: {p.full_address()}
"""
    grantee = f"""ผู้รับมอบอำนาจ
ชื่อ-สกุล: {g.typed}
เลขประจำตัวประชาชน: {nid_groups(g.nid)}
โทรศัพท์: {dashed(g.mobile)}
เกี่ยวข้องเป็น: {("บุตร", "เพื่อนบ้าน")[i % 2]}
"""
    blocks = (grantor, grantee) if i % 2 == 0 else (grantee, grantor)
    body = (
        f"เรียน นายทะเบียนอำเภอ\n\nข้าพเจ้าขอยื่นเรื่อง{s}แทนผู้มอบอำนาจ "
        "ตามหนังสือมอบอำนาจที่แนบมา รายละเอียดดังนี้\n\n" + "\n".join(blocks) + "\nขอบคุณครับ\n"
    )
    exp = expect(p, "full_name national_id birth_date address province postal_code")
    exp["phone"] = (intl(g.mobile),)  # the grantee's: the only number, the one to call
    return case("poa_grantor_grantee_blocks", message(g, s, 1 + i, text=body), exp)


def html_two_person_columns(p: Person, i: int) -> Case:
    """The power of attorney as an HTML table with one column per person: the header row
    names them (ผู้มอบอำนาจ / ผู้รับมอบอำนาจ), the rows are the labels."""
    g = other(p, 4)
    s = SUBJECTS[(i + 1) % 8]
    rows = [
        ("ชื่อ-นามสกุล", p.typed, g.typed),
        ("เลขประจำตัวประชาชน", nid_groups(p.nid), nid_groups(g.nid)),
        ("โทรศัพท์", dashed(p.mobile), dashed(g.mobile)),
        ("ที่อยู่", p.full_address(), g.full_address()),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    html = f"""<html><body><p>เรียน เจ้าหน้าที่</p>
<p>เรื่อง: {s}</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>รายการ</th><th>ผู้มอบอำนาจ</th><th>ผู้รับมอบอำนาจ</th></tr>
{trs}</table>
<p>ผู้รับมอบอำนาจจะไปยื่นเอกสารตัวจริงที่สำนักงานครับ</p></body></html>"""
    exp = expect(p, "full_name national_id address province postal_code subject", subject=s)
    exp["phone"] = (intl(p.mobile), intl(g.mobile))
    return case("html_two_person_columns", message(g, s, 3 + i, html=html), exp)


def co_applicants_numbered(p: Person, i: int) -> Case:
    """Husband and wife (or two siblings) file one request: ผู้ร้องที่ 1 and ผู้ร้องที่ 2,
    each with the same labels; the first named is the applicant."""
    q = other(p, 5)
    s = SUBJECTS[(i + 2) % 8]
    n1, n2 = ("1", "2") if i % 2 == 0 else ("๑", "๒")
    body = f"""เรื่อง {s}
เรียน นายกเทศมนตรี

ผู้ร้องที่ {n1}
    ชื่อ {p.typed}
    เลขบัตรประชาชน {nid_groups(p.nid, " ")}
    โทร {dashed(p.mobile)}
ผู้ร้องที่ {n2}
    ชื่อ {q.typed}
    เลขบัตรประชาชน {nid_groups(q.nid, " ")}
    โทร {dashed(q.mobile)}

ทั้งสองคนอาศัยอยู่บ้านเดียวกัน ขอให้ติดต่อผู้ร้องที่ {n1} เป็นหลัก
"""
    exp = expect(p, "full_name national_id phone")
    return case("co_applicants_numbered", message(p, s, 5 + i, text=body), exp)


def neighbours_petition_coordinator(p: Person, i: int) -> Case:
    """A complaint signed by several neighbours: the coordinator (ผู้ประสานงาน) named at
    the top with a phone, the list of signers below with house numbers and IDs, the
    coordinator third in the list."""
    a, b = other(p, 2), other(p, 6)
    s = "ร้องเรียนเสียงดังจากร้านคาราโอเกะ"
    body = f"""เรียน นายกองค์การบริหารส่วนตำบล

ผู้ประสานงาน: {p.typed} โทร {dashed(p.mobile)}

พวกเราชาวบ้านหมู่ {3 + i} ขอร้องเรียนร้านคาราโอเกะริมถนนสายหลัก เปิดเพลงเสียงดังถึงตี 2 ทุกคืน
มาเกือบ 3 เดือนแล้ว เด็กนักเรียนและผู้สูงอายุนอนไม่หลับ

รายชื่อผู้ร่วมร้องเรียน
1. {a.typed} บ้านเลขที่ 1{i}/2 เลขบัตร {a.nid}
2. {b.typed} บ้านเลขที่ 2{i}/7 เลขบัตร {b.nid}
3. {p.typed} บ้านเลขที่ 3{i} เลขบัตร {p.nid}
"""
    exp = expect(p, "full_name phone national_id")
    return case("neighbours_petition_coordinator", message(p, s, 7 + i, text=body), exp)


def plain_side_by_side_two_people(p: Person, i: int) -> Case:
    """A complaint copied from a two-column Word table: the complainant (ผู้ร้องเรียน) on
    the left, the one complained of (ผู้ถูกร้องเรียน) on the right, tab-separated."""
    q = other(p, 7)
    s = "ร้องเรียนเสียงดังจากร้านคาราโอเกะ" if i % 2 == 0 else "ร้องเรียนการต่อเติมอาคารรุกล้ำทางสาธารณะ"
    body = (
        f"เรื่อง {s}\n\n"
        f"\tผู้ร้องเรียน\tผู้ถูกร้องเรียน\n"
        f"ชื่อ\t{p.typed}\t{q.typed}\n"
        f"เลขบัตรประชาชน\t{nid_groups(p.nid)}\t-\n"
        f"ที่อยู่\t{p.addr}\t{q.addr}\n"
        f"โทร\t{dashed(p.mobile)}\tไม่ทราบ\n"
        "\nรายละเอียดตามที่แจ้งทางโทรศัพท์แล้วครับ\n"
    )
    exp = expect(p, "full_name national_id phone")
    return case("plain_side_by_side_two_people", message(p, s, 9 + i, text=body), exp)


def transfer_slip_text_pasted(p: Person, i: int) -> Case:
    """The fee paid by bank transfer: the applicant's data, then the bank app's slip
    copied as text, paid from another person's account (a son's, a daughter's), with
    masked account numbers, the amount and the transaction number."""
    payer = other(p, 7)
    s = SUBJECTS[0] if i % 2 == 0 else SUBJECTS[4]
    body = f"""เรียน งานการเงิน
ชำระค่าธรรมเนียม{s.removeprefix("ขอ")}แล้วค่ะ ตามสลิปด้านล่าง
ชื่อผู้ขอ: {p.typed}
เลขบัตรประชาชน: {p.nid}
โทร: {dashed(p.mobile)}

โอนเงินสำเร็จ
1 ธ.ค. 69 10:2{i} น.
จาก {payer.title} {payer.first} {payer.last}
ธ.กสิกรไทย xxx-x-x{payer.mobile[-4:]}-x
ไปยัง องค์การบริหารส่วนตำบลตัวอย่าง
ธ.กรุงไทย xxx-x-x553{i}-x
จำนวน 30.00 บาท
ค่าธรรมเนียม 0.00 บาท
เลขที่รายการ: 0163{payer.nid[1:9]}BTF0{i}788
"""
    exp = expect(p, "full_name national_id phone")
    return case("transfer_slip_text_pasted", message(p, s, 11 + i, text=body), exp)


# --- mail clients' HTML, forwards and replies -------------------------------------------


def outlook_qp_op_tags(p: Person, i: int) -> Case:
    """Outlook desktop HTML: WordSection1, MsoNormal paragraphs with lang=TH spans in
    Cordia New, <o:p> closers and empty <o:p>&nbsp;</o:p> lines, label and value in
    separate spans, sent quoted-printable with soft breaks wherever column 76 falls,
    inside a Thai letter's bytes too."""
    s = SUBJECTS[(i + 3) % 8]
    span = "<span lang=TH style='font-size:16.0pt;font-family:\"Cordia New\",sans-serif'>"
    rows = [("ชื่อ-นามสกุล", p.typed), ("เลขประจำตัวประชาชน", nid_groups(p.nid)),
            ("โทรศัพท์มือถือ", dashed(p.mobile)), ("อีเมล", p.email),
            ("ที่อยู่", p.full_address()), ("เรื่อง", s)]  # fmt: skip
    paras = "\n".join(
        f"<p class=MsoNormal>{span}{a}</span><span style='font-size:16.0pt'>: </span>"
        f"{span}{esc(b)}<o:p></o:p></span></p>"
        for a, b in rows
    )
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>{span}เรียน เจ้าหน้าที่<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{paras}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>{span}ขอบคุณครับ<o:p></o:p></span></p>
</div></body></html>"""
    body = qp_hard(html.encode("utf-8"))
    raw = raw_mail(p, s, 13 + i, 'text/html; charset="utf-8"', body, cte="quoted-printable")
    exp = expect(p, "full_name national_id phone email address province postal_code subject",
                 subject=s)  # fmt: skip
    return case("outlook_qp_op_tags", raw, exp)


def gmail_fwd_wraps_outlook_html(p: Person, i: int) -> Case:
    """A son forwards his mother's Outlook mail from Gmail: Gmail's forward block
    (gmail_attr, gmail_sendername) around Outlook's HTML as Gmail rewrites it (classes
    prefixed m_-digits, <o:p> turned into <u></u>), his own note and number on top."""
    son = other(p, 1)
    s = SUBJECTS[(i + 4) % 8]
    rows = [("ชื่อ-นามสกุล", p.typed), ("เลขประจำตัวประชาชน", nid_groups(p.nid)),
            ("โทรศัพท์", dashed(p.mobile)), ("อีเมล", p.email), ("เรื่อง", s)]  # fmt: skip
    inner = "".join(
        f'<p class="MsoNormal"><span lang="TH">{a}: {esc(b)}</span><u></u><u></u></p>'
        for a, b in rows
    )
    html = f"""<div dir="ltr">ส่งต่อเรื่องของคุณแม่ครับ ติดต่อผมได้ที่ {dashed(son.mobile)}<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <strong class="gmail_sendername" dir="auto">{p.first} {p.last}</strong> <span dir="auto">&lt;{p.email}&gt;</span><br>
Date: Mon, Nov 30, 2026 at 7:41 PM<br>Subject: {s}<br>To: {son.en_first} &lt;{son.email}&gt;<br></div><br><br>
<div lang="EN-US"><div class="m_-4402918373511029WordSection1">{inner}
<p class="MsoNormal"><u></u>&nbsp;<u></u></p></div></div></div></div>"""
    sender = f"{son.en_first} {son.en_last} <{son.email}>"
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    return case("gmail_fwd_wraps_outlook_html",
                message(son, f"Fwd: {s}", 15 + i, html=html, sender=sender), exp)  # fmt: skip


AGENCY_SAMPLE_ID = with_check_digit("110170000001")  # an agency's example, check digit valid


def reply_above_autoreply_html_quote(p: Person, i: int) -> Case:
    """The citizen answers the agency's auto-reply in Gmail: the data on top, the
    auto-reply quoted below with its receipt number, its phone and an example filled in
    (a name, an ID with a valid check digit, a birth date)."""
    html = f"""<div dir="ltr"><div>ชื่อ-สกุล {p.typed}</div><div>เลขบัตรประชาชน {nid_groups(p.nid)}</div>
<div>โทร {dashed(p.mobile)}</div><div>ที่อยู่ {esc(p.full_address())}</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ วันจันทร์ที่ 30 พ.ย. 2569 เวลา 16:02 น.
สารบรรณ อบต.ตัวอย่าง &lt;saraban@example20.go.th&gt; เขียนว่า:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
ระบบได้รับอีเมลของท่านแล้ว เลขที่รับ 2569/0{i}871<br>
กรุณาส่งข้อมูลผู้ร้องให้ครบถ้วน ตามตัวอย่าง<br>
ชื่อ-สกุล: นายสมมติ ใจดี<br>เลขประจำตัวประชาชน: {nid_groups(AGENCY_SAMPLE_ID)}<br>
วันเกิด: 1 มกราคม 2500<br>โทร: 08x-xxx-xxxx<br>
สอบถาม โทร 043-24{i}-118 ในวันและเวลาราชการ</blockquote></div>"""
    exp = expect(p, "full_name national_id phone address province postal_code")
    exp["birth_date"] = ()  # only the agency's example has one
    subj = "Re: ตอบกลับอัตโนมัติ: ได้รับอีเมลของท่านแล้ว"
    return case("reply_above_autoreply_html_quote", message(p, subj, 17 + i, html=html), exp)


def thunderbird_bottom_post_html(p: Person, i: int) -> Case:
    """Thunderbird, bottom-posting: the agency's question quoted first (moz-cite-prefix,
    blockquote type=cite, the officer's signature with her phone and a sample), the
    answers under it, a moz-signature with the name."""
    html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body><div class="moz-cite-prefix">On 30/11/2569 10:12, กองช่าง เทศบาลตัวอย่าง wrote:<br></div>
<blockquote type="cite" cite="mid:notice-{i}@example20.go.th">
<p>เรียน ผู้ร้อง<br>กรุณาแจ้งชื่อ เลขประจำตัวประชาชน และเบอร์โทรศัพท์ เช่น<br>
ชื่อ: นางตัวอย่าง สมมุติ<br>โทร: 081-000-000{i}</p>
<pre class="moz-signature" cols="72">{SIG}
นางสาวพนักงาน ตัวอย่าง
กองช่าง โทร 042-31{i}-223</pre></blockquote>
<p>ชื่อ: {p.typed}<br>เลขประจำตัวประชาชน: {nid_groups(p.nid)}<br>โทร: {dashed(p.mobile)}</p>
<pre class="moz-signature" cols="72">{SIG}
{p.first}</pre></body></html>"""
    exp = expect(p, "full_name national_id phone")
    return case("thunderbird_bottom_post_html", message(p, "Re: ขอข้อมูลผู้ร้องเพิ่มเติม", 19 + i,
                                                        html=html), exp)  # fmt: skip


def outlook_plain_reply_unquoted_header(p: Person, i: int) -> Case:
    """Outlook's plain reply: the answers on top, then a line of underscores and the
    Thai header block (จาก/ส่ง/ถึง/เรื่อง) with the agency's mail below it NOT quoted
    with '>', that mail holding a form's example (a birth date, an address)."""
    body = f"""ตามที่ขอมาครับ
ชื่อ {p.typed}
เลขบัตร {p.nid}
โทร {dashed(p.mobile)}

________________________________
จาก: งานป้องกันและบรรเทาสาธารณภัย <ppo@example20.go.th>
ส่ง: 30 พฤศจิกายน 2569 10:12
ถึง: {p.email}
เรื่อง: ขอข้อมูลเพิ่มเติม เรื่องขอความช่วยเหลือผู้ประสบอุทกภัย

เรียน ผู้ร้อง
กรุณาส่งข้อมูลตามแบบด้านล่าง
ชื่อ-สกุล: ........
วันเกิด: 01/01/2500 (ตัวอย่าง)
ที่อยู่: 99 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง (ตัวอย่าง)
งานป้องกันฯ โทร 043-000-12{i}
"""
    exp = expect(p, "full_name national_id phone")
    exp["birth_date"] = ()
    exp["address"] = ()
    return case("outlook_plain_reply_unquoted_header",
                message(p, "RE: ขอข้อมูลเพิ่มเติม เรื่องขอความช่วยเหลือผู้ประสบอุทกภัย", 21 + i,
                        text=body), exp)  # fmt: skip


def owa_element_to_proof_divs(p: Person, i: int) -> Case:
    """New Outlook / Outlook on the web: one <div class="elementToProof"> per line with
    its Aptos font style, the label and the value in separate spans, an empty
    appendonsend div and a Signature div with the writer's name."""
    s = SUBJECTS[(i + 5) % 8]
    style = ('style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
             'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"')  # fmt: skip
    rows = [("ชื่อ-นามสกุล", p.typed), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", be_slash(p.born)), ("โทรศัพท์", dashed(p.mobile)),
            ("อีเมล", p.email), ("เรื่อง", s)]  # fmt: skip
    divs = "\n".join(
        f'<div class="elementToProof" {style}><span>{a} :</span><span> {esc(b)}</span></div>'
        for a, b in rows
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div class="elementToProof" {style}>เรียน เจ้าหน้าที่</div>
<div class="elementToProof" {style}><br></div>
{divs}
<div class="elementToProof" {style}><br></div>
<div id="Signature"><p>ขอบคุณครับ<br>{p.first}</p></div><div id="appendonsend"></div></body></html>"""
    exp = expect(p, "full_name national_id birth_date phone email subject", subject=s)
    return case("owa_element_to_proof_divs", message(p, s, 23 + i, html=html), exp)


def sent_from_mobile_signatures(p: Person, i: int) -> Case:
    """A short request from a phone with the mail apps' footers stacked under it
    (Samsung's Thai one, "Get Outlook for Android" with its link; or "Sent from my
    iPhone" and Yahoo's), the phone number inside a sentence."""
    s = SUBJECTS[(i + 6) % 8]
    foot = (
        "ส่งจาก Samsung Galaxy smartphone ของฉัน\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>",
        "Sent from my iPhone\n\nส่งจาก Yahoo Mail บน Android",
    )[i % 2]
    body = f"""เรียนเจ้าหน้าที่ค่ะ ขอ{s.removeprefix("ขอ")}ค่ะ
ชื่อ {p.typed}
บัตร ปชช. {nid_groups(p.nid)}
ติดต่อกลับเบอร์ {dashed(p.mobile)} ได้ทุกวันค่ะ

{foot}
"""
    exp = expect(p, "full_name national_id phone")
    return case("sent_from_mobile_signatures", message(p, s, 25 + i, text=body), exp)


def html_strike_old_value(p: Person, i: int) -> Case:
    """A correction made in the HTML editor: the old value struck through (<s>, or a
    span with text-decoration:line-through) and the new one after it."""
    s = SUBJECTS[(i + 7) % 8]
    old_phone = p.mobile[:3] + p.mobile[6:] + p.mobile[3:6]
    old_id = with_check_digit(p.nid[:11] + str((int(p.nid[11]) + 3) % 10))
    if i % 2 == 0:
        phone = f"<s>{dashed(old_phone)}</s> {dashed(p.mobile)} (เบอร์ใหม่)"
        nid = nid_groups(p.nid)
    else:
        phone = dashed(p.mobile)
        nid = (f'<span style="text-decoration:line-through">{nid_groups(old_id)}</span> '
               f"{nid_groups(p.nid)}")  # fmt: skip
    html = f"""<div>เรียน เจ้าหน้าที่ (ส่งใหม่ แก้ไขข้อมูลให้ถูกต้องแล้วค่ะ)</div>
<div>ชื่อ-สกุล: {p.typed}</div><div>เลขประจำตัวประชาชน: {nid}</div>
<div>โทรศัพท์: {phone}</div><div>อีเมล: {p.email}</div><div>เรื่อง: {s}</div>"""
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    return case("html_strike_old_value", message(p, s, 27 + i, html=html), exp)


def label_wrapped_in_html_cell(p: Person, i: int) -> Case:
    """A table pasted from a Word form with a narrow label column: each long label is
    broken by a <br> (เลขประจำตัว<br>ประชาชน, วัน/เดือน/ปี<br>เกิด, ชื่อ-<br>นามสกุล)."""
    rows = [("ชื่อ-<br>นามสกุล", p.typed), ("เลขประจำตัว<br>ประชาชน", nid_groups(p.nid)),
            ("วัน/เดือน/ปี<br>เกิด", be_slash(p.born)), ("หมายเลข<br>โทรศัพท์", dashed(p.mobile)),
            ("ที่อยู่ที่<br>ติดต่อได้", p.full_address())]  # fmt: skip
    trs = "".join(f'<tr><td width="90">{a}</td><td width="400">{esc(b)}</td></tr>' for a, b in rows)
    html = f"""<html><body><p>แบบคำร้องทั่วไป</p><table border="1" cellspacing="0">{trs}</table>
<p>ขอแสดงความนับถือ</p></body></html>"""
    exp = expect(p, "full_name national_id birth_date phone address province postal_code")
    return case("label_wrapped_in_html_cell",
                message(p, SUBJECTS[i % 8], 29 + i, html=html), exp)  # fmt: skip


def html_comment_sample_values(p: Person, i: int) -> Case:
    """An HTML template the writer filled in, its example values left in an HTML comment
    and in the <title>: only the filled values are the request."""
    s = SUBJECTS[(i + 1) % 8]
    html = f"""<!DOCTYPE html><html><head><title>แบบฟอร์มคำร้อง ชื่อ: นายตัวอย่าง ทดสอบ</title>
<!-- ตัวอย่างการกรอก
ชื่อ-สกุล: นายตัวอย่าง ทดสอบ
เลขประจำตัวประชาชน: {nid_groups(AGENCY_SAMPLE_ID)}
โทรศัพท์: 089-999-999{i}
อีเมล: sample@example20.go.th
--></head><body>
<p><b>ชื่อ-สกุล:</b> {p.typed}<br><b>เลขประจำตัวประชาชน:</b> {nid_groups(p.nid)}<br>
<b>โทรศัพท์:</b> {dashed(p.mobile)}<br><b>อีเมล:</b> {p.email}<br><b>เรื่อง:</b> {s}</p>
</body></html>"""
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    return case("html_comment_sample_values", message(p, s, 31 + i, html=html), exp)


def html_dl_dt_dd(p: Person, i: int) -> Case:
    """A definition list in HTML (<dl><dt>label</dt><dd>value</dd>), as a site's
    "copy as HTML" or a markdown converter writes it."""
    s = SUBJECTS[(i + 2) % 8]
    rows = [("ชื่อ-นามสกุล", p.typed), ("เลขประจำตัวประชาชน", nid_groups(p.nid)),
            ("วันเกิด", be_long(p.born)), ("โทรศัพท์", dashed(p.mobile)), ("อีเมล", p.email),
            ("ที่อยู่", p.addr), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เรื่อง", s)]  # fmt: skip
    dl = "".join(f"<dt>{a}</dt><dd>{esc(b)}</dd>" for a, b in rows)
    html = f"<html><body><p>ข้อมูลผู้ยื่นคำร้อง</p><dl>{dl}</dl></body></html>"
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=s)
    exp["address"] = (p.addr,)
    return case("html_dl_dt_dd", message(p, s, 33 + i, html=html), exp)


# --- charsets declared wrongly --------------------------------------------------------


def _plain_form(p: Person, s: str, *, short: bool = False) -> str:
    return f"""เรียน เจ้าหน้าที่
ชื่อ-นามสกุล: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
ที่อยู่: {p.full_address(short)}
โทรศัพท์: {dashed(p.mobile)}
เรื่อง: {s}
"""


def latin1_declared_cp874(p: Person, i: int) -> Case:
    """An old desktop client (or a web form's mailer) sends windows-874 bytes under a
    header declaring ISO-8859-1 (its default)."""
    s = SUBJECTS[(i + 3) % 8]
    body = _plain_form(p, s).encode("cp874")
    ct = (
        "text/plain; charset=iso-8859-1"
        if i % 2 == 0
        else 'text/plain; charset="ISO-8859-1"; format=flowed'
    )
    raw = raw_mail(p, "Request", 35 + i, ct, body)
    exp = expect(p, "full_name national_id address province postal_code phone subject", subject=s)
    return case("latin1_declared_cp874", raw, exp)


def ascii_declared_utf8_8bit(p: Person, i: int) -> Case:
    """A script's mailer declares US-ASCII and sends UTF-8 Thai as 8bit."""
    s = SUBJECTS[(i + 4) % 8]
    body = _plain_form(p, s, short=True).encode("utf-8")
    raw = raw_mail(p, "คำร้อง", 37 + i, "text/plain; charset=us-ascii", body)
    exp = expect(p, "full_name national_id address province postal_code phone subject",
                 subject=s, short=True)  # fmt: skip
    return case("ascii_declared_utf8_8bit", raw, exp)


def html_meta_lies_utf8_header(p: Person, i: int) -> Case:
    """The header declares UTF-8, rightly; the HTML's meta, copied from an old template,
    says windows-874 (or TIS-620)."""
    s = SUBJECTS[(i + 5) % 8]
    meta = ("windows-874", "tis-620")[i % 2]
    lines = "<br>\n".join(esc(line) for line in _plain_form(p, s).splitlines())
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta}"></head>
<body><font face="Tahoma">{lines}</font></body></html>"""
    raw = raw_mail(p, s, 39 + i, 'text/html; charset="utf-8"', html.encode("utf-8"))
    exp = expect(p, "full_name national_id address province postal_code phone subject", subject=s)
    return case("html_meta_lies_utf8_header", raw, exp)


# --- digits and dates -------------------------------------------------------------------


def thai_digits_spaced_each(p: Person, i: int) -> Case:
    """Thai digits typed one by one with a space after each (as read off a card), the
    house number and the date in Thai digits too."""
    sp = " ".join(thai(p.nid))
    phone = (
        " ".join(thai(p.mobile))
        if i % 2 == 0
        else thai(f"{p.mobile[:3]} {p.mobile[3:6]} {p.mobile[6:]}")
    )
    b = p.born
    addr = thai(p.addr)
    body = f"""เรียน ปลัดอำเภอ
ข้าพเจ้า {p.typed}
เลขประจำตัวประชาชน {sp}
เกิดวันที่ {thai(str(b.day))} {MONTHS[b.month - 1]} {thai(str(b.year + 543))}
อยู่บ้านเลขที่ {addr} {p.province_written()} {thai(p.postal)}
โทรศัพท์ {phone}
มีความประสงค์{SUBJECTS[i % 8]}
"""
    exp = expect(p, "full_name national_id birth_date phone province postal_code")
    typed = f"{addr} {p.province_written()}"
    exp["address"] = (*address_expected(p), addr, typed, f"{typed} {thai(p.postal)}",
                      f"{typed} {p.postal}")  # fmt: skip
    return case("thai_digits_spaced_each", message(p, SUBJECTS[i % 8], 41 + i, text=body), exp)


def short_month_two_digit_be(p: Person, i: int) -> Case:
    """A birth date with the short month and a two-digit Buddhist year, as on forms with
    little room: ๕ มี.ค. ๓๓ in Thai digits, or 5 มี.ค.33 glued."""
    b = p.born
    yy = str(b.year + 543)[2:]
    born = thai(f"{b.day} {MONTHS_SHORT[b.month - 1]} {yy}") if i % 2 == 0 else (
        f"{b.day} {MONTHS_SHORT[b.month - 1]}{yy}")  # fmt: skip
    body = f"""ชื่อ-สกุล : {p.typed}
เลขบัตรประชาชน : {nid_groups(p.nid)}
ว/ด/ป เกิด : {born}
มือถือ : {dashed(p.mobile)}
"""
    exp = expect(p, "full_name national_id birth_date phone")
    return case("short_month_two_digit_be", message(p, SUBJECTS[(i + 6) % 8], 43 + i, text=body),
                exp)  # fmt: skip


def birth_be_with_ce_in_brackets(p: Person, i: int) -> Case:
    """A date written in one era with the other in brackets: '5 มีนาคม 2533 (ค.ศ. 1990)'
    or '05/03/1990 (พ.ศ. 2533)'."""
    b = p.born
    if i % 2 == 0:
        born = f"{be_long(b)} (ค.ศ. {b.year})"
    else:
        born = f"{b.day:02d}/{b.month:02d}/{b.year} (พ.ศ. {b.year + 543})"
    body = f"""ชื่อ: {p.typed}
เลขประจำตัวประชาชน: {p.nid}
วันเกิด: {born}
โทร: {dashed(p.mobile)}
อีเมล: {p.email}
"""
    exp = expect(p, "full_name national_id birth_date phone email")
    return case("birth_be_with_ce_in_brackets", message(p, SUBJECTS[(i + 7) % 8], 45 + i, text=body),
                exp)  # fmt: skip


def birth_month_year_only(p: Person, i: int) -> Case:
    """An elderly applicant's birth date without the day (the register has none, or she
    does not remember it): 'เกิด มี.ค. 2533', 'เกิดเดือนมีนาคม พ.ศ. 2533 (จำวันที่ไม่ได้)'.
    No full date is right; a date made up from it is wrong."""
    b = p.born
    born = (
        f"เกิด {MONTHS_SHORT[b.month - 1]} {b.year + 543}"
        if i % 2 == 0
        else f"เกิดเดือน{MONTHS[b.month - 1]} พ.ศ. {b.year + 543} (จำวันที่ไม่ได้)"
    )
    body = f"""เรียน เจ้าหน้าที่
ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ
ชื่อ {p.typed}
เลขบัตรประชาชน {nid_groups(p.nid)}
{born}
โทร {dashed(p.mobile)}
"""
    exp = expect(p, "full_name national_id phone")
    exp["birth_date"] = ()
    return case("birth_month_year_only", message(p, "ขอรับเบี้ยยังชีพผู้สูงอายุ", 47 + i, text=body),
                exp)  # fmt: skip


def english_month_abbrev_dash_dates(p: Person, i: int) -> Case:
    """A date of birth in the English shapes of passports and bank forms: 05-Mar-1990,
    'Mar 5, 1990'; the other labels Thai."""
    b = p.born
    m = ENGLISH_MONTHS_SHORT[b.month - 1]
    born = f"{b.day:02d}-{m}-{b.year}" if i % 2 == 0 else f"{m} {b.day}, {b.year}"
    body = f"""ชื่อ-นามสกุล: {p.typed}
เลขบัตรประชาชน: {nid_groups(p.nid)}
Date of birth: {born}
เบอร์โทร: {dashed(p.mobile)}
"""
    exp = expect(p, "full_name national_id birth_date phone")
    return case("english_month_abbrev_dash_dates", message(p, SUBJECTS[i % 8], 49 + i, text=body),
                exp)  # fmt: skip


def id_partly_masked(p: Person, i: int) -> Case:
    """The writer hides part of the ID for safety ('1-4099-xxxxx-45-1', or all but the
    last four): no 13-digit value is right; the clerk must see it is incomplete."""
    n = p.nid
    masked = f"{n[0]}-{n[1:5]}-xxxxx-{n[10:12]}-{n[12]}" if i % 2 == 0 else "X" * 9 + n[9:]
    body = f"""ชื่อ-สกุล: {p.typed}
เลขบัตรประชาชน: {masked} (ขอปิดบางส่วนไว้ จะนำบัตรตัวจริงไปแสดงตอนรับเอกสารค่ะ)
โทร: {dashed(p.mobile)}
เรื่อง: {SUBJECTS[(i + 1) % 8]}
"""
    exp = expect(p, "full_name phone subject", subject=SUBJECTS[(i + 1) % 8])
    exp["national_id"] = ()
    return case("id_partly_masked", message(p, SUBJECTS[(i + 1) % 8], 51 + i, text=body), exp)


def ps_addendum_corrects_phone(p: Person, i: int) -> Case:
    """A letter signed off, then a ป.ล. (P.S.) under the signature saying the number
    given above is no longer used and giving the new one."""
    old = p.mobile[:2] + p.mobile[5:] + p.mobile[2:5]
    new = p.mobile
    ps = ("ป.ล.", "ปล.")[i % 2]
    body = f"""เรียน นายกเทศมนตรี

    ข้าพเจ้า {p.typed} เลขประจำตัวประชาชน {nid_groups(p.nid)} ขอ{SUBJECTS[(i + 2) % 8].removeprefix("ขอ")}
ติดต่อข้าพเจ้าได้ที่ {dashed(old)}

ขอแสดงความนับถือ
{p.typed}

{ps} เบอร์ข้างบนเลิกใช้แล้วครับ กรุณาติดต่อเบอร์ใหม่ {dashed(new)} แทน
"""
    exp = expect(p, "full_name national_id phone")
    return case("ps_addendum_corrects_phone", message(p, SUBJECTS[(i + 2) % 8], 53 + i, text=body),
                exp)  # fmt: skip


# --- addresses ------------------------------------------------------------------------


def address_bor_village_abbrev(p: Person, i: int) -> Case:
    """The address in the abbreviations of the house register's short form (ม. ต. อ. จ.
    ถ. ซ., บ. for the village, กทม.) on one line, the postal code glued to the province
    for some."""
    tail = f"{p.province_written(True)}{'' if i % 2 else ' '}{p.postal}"
    body = f"""ชื่อ {p.typed}
เลขบัตร ปชช. {p.nid}
ที่อยู่ {p.short} {tail}
ทร. {dashed(p.mobile)}
เรื่อง {SUBJECTS[(i + 3) % 8]}
"""
    exp = expect(p, "full_name national_id province postal_code subject",
                 subject=SUBJECTS[(i + 3) % 8])  # fmt: skip
    exp["address"] = (*address_expected(p, short=True), f"{p.short} {tail}")
    exp["phone"] = (intl(p.mobile),)
    return case("address_bor_village_abbrev", message(p, SUBJECTS[(i + 3) % 8], 55 + i, text=body),
                exp)  # fmt: skip


def multiline_address_condo_abbrev(p: Person, i: int) -> Case:
    """The address under its label over four lines as on an envelope: building, floor
    and room; the plot number and the road (ถ.); แขวง and เขต or ต. and อ.; the
    province abbreviated with the postal code."""
    words = p.short.split()
    k = next(j for j, w in enumerate(words) if w.startswith(("ถ.", "ซ.", "ม.")) and j > 0)
    m = next(j for j, w in enumerate(words) if w.startswith(("แขวง", "ต.")))
    lines = [" ".join(words[:k]), " ".join(words[k:m]), " ".join(words[m:])]
    body = (
        f"ชื่อ-สกุล: {p.typed}\nเลขประจำตัวประชาชน: {nid_groups(p.nid)}\nที่อยู่:\n"
        + "\n".join(lines)
        + f"\n{p.province_written(True)} {p.postal}\nโทร: {dashed(p.mobile)}\n"
    )
    exp = expect(p, "full_name national_id province postal_code phone", short=True)
    exp["address"] = address_expected(p, short=True)
    return case("multiline_address_condo_abbrev", message(p, SUBJECTS[(i + 4) % 8], 57 + i,
                                                          text=body), exp)  # fmt: skip


def address_highway_km_marker(p: Person, i: int) -> Case:
    """A roadside house located by the highway's number and kilometre (ริมทางหลวงหมายเลข
    1001 กม. 14+500), numbers that look like a postal code or a house number."""
    words = p.addr.split()
    cut = next(j for j, w in enumerate(words) if w.startswith(("ตำบล", "แขวง")))
    hw = f"ริมทางหลวงหมายเลข 10{i}1 กม. 1{i}+500"
    typed = " ".join([*words[:cut], hw, *words[cut:]])
    body = f"""ชื่อ-นามสกุล: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
ที่อยู่: {typed} {p.province_written()} {p.postal}
โทรศัพท์: {dashed(p.mobile)}
"""
    exp = expect(p, "full_name national_id province postal_code phone")
    exp["address"] = address_expected(p, typed=typed)
    return case("address_highway_km_marker", message(p, SUBJECTS[(i + 5) % 8], 59 + i, text=body),
                exp)  # fmt: skip


# --- names ----------------------------------------------------------------------------


def thai_name_english_in_brackets(p: Person, i: int) -> Case:
    """The Thai name with its passport spelling in brackets after it: 'นายชยพล
    วงศ์สุวรรณ (Mr. Chayaphon Wongsuwan)' or '(CHAYAPHON WONGSUWAN)'."""
    en = (
        f"{p.en_title} {p.en_first} {p.en_last}"
        if i % 2 == 0
        else f"{p.en_first} {p.en_last}".upper()
    )
    body = f"""ชื่อ-สกุล: {p.typed} ({en})
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
โทรศัพท์: {dashed(p.mobile)}
อีเมล: {p.email}
"""
    exp = expect(p, "full_name national_id phone email")
    return case("thai_name_english_in_brackets", message(p, SUBJECTS[(i + 6) % 8], 61 + i,
                                                         text=body), exp)  # fmt: skip


def english_name_part_labels(p: Person, i: int) -> Case:
    """English labels for the name's parts (Title / First name / Last name, or Prefix /
    Name / Surname) with Thai values, as in an online form's plain-text receipt."""
    labels = ("Title", "First name", "Last name") if i % 2 == 0 else ("Prefix", "Name", "Surname")
    body = f"""{labels[0]}: {p.title}
{labels[1]}: {p.first}
{labels[2]}: {p.last}
ID card No.: {nid_groups(p.nid)}
Tel.: {dashed(p.mobile)}
Subject: {SUBJECTS[(i + 7) % 8]}
"""
    exp = expect(p, "full_name national_id phone subject", subject=SUBJECTS[(i + 7) % 8])
    return case("english_name_part_labels", message(p, SUBJECTS[(i + 7) % 8], 63 + i, text=body),
                exp)  # fmt: skip


def khun_instead_of_title(p: Person, i: int) -> Case:
    """คุณ in place of the legal title (นาย/นาง/นางสาว): 'ชื่อ: คุณชยพล วงศ์สุวรรณ' or
    'ผู้ร้อง คุณ ชยพล วงศ์สุวรรณ'. The name as typed, with or without คุณ, is right; no
    title is to be made up."""
    name = f"คุณ{p.first} {p.last}" if i % 2 == 0 else f"คุณ {p.first} {p.last}"
    label = "ชื่อ:" if i % 2 == 0 else "ผู้ร้อง"
    body = f"""{label} {name}
เลขบัตรประชาชน: {p.nid}
เบอร์ติดต่อ: {dashed(p.mobile)}
"""
    exp = expect(p, "national_id phone")
    exp["full_name"] = (f"{p.first} {p.last}", f"คุณ{p.first} {p.last}", f"คุณ {p.first} {p.last}")
    return case("khun_instead_of_title", message(p, SUBJECTS[i % 8], 65 + i, text=body), exp)


def pdf_copy_paste_broken_sara_am(p: Person, i: int) -> Case:
    """A form's text copied out of a PDF viewer: สระอำ comes out as a space and สระอา
    (เลขประจ าตัว, ต าบล, อ าเภอ, and in the names: ส าราญ, จ าเนียร, ทองค า); the clerk
    reads the words they are."""
    broken = p.typed.replace("ำ", " า")
    addr = p.full_address().replace("ำ", " า")
    body = f"""แบบค าร้องทั่วไป
ชื่อ-นามสกุล {broken}
เลขประจ าตัวประชาชน {nid_groups(p.nid)}
ที่อยู่ปัจจุบัน {addr}
หมายเลขโทรศัพท์ {dashed(p.mobile)}
"""
    exp = expect(p, "national_id phone province postal_code")
    exp["full_name"] = p.names
    b_addr = p.addr.replace("ำ", " า")
    exp["address"] = (*address_expected(p), *address_expected(p, typed=b_addr))
    return case("pdf_copy_paste_broken_sara_am", message(p, SUBJECTS[(i + 1) % 8], 67 + i,
                                                         text=body), exp)  # fmt: skip


def email_value_with_display_name(p: Person, i: int) -> Case:
    """The e-mail value copied from the address book with its display name
    ('ชยพล วงศ์สุวรรณ <chayaphon.w@gmail.com>'), or in angle brackets alone."""
    em = f"{p.first} {p.last} <{p.email}>" if i % 2 == 0 else f"<{p.email}>"
    body = f"""ชื่อ-นามสกุล: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
โทรศัพท์: {dashed(p.mobile)}
อีเมล: {em}
"""
    exp = expect(p, "full_name national_id phone email")
    return case("email_value_with_display_name", message(p, SUBJECTS[(i + 2) % 8], 69 + i,
                                                         text=body, sender=f"<{p.email}>"),
                exp)  # fmt: skip


# --- separators and list shapes -----------------------------------------------------------


def equals_and_arrow_separators(p: Person, i: int) -> Case:
    """Label and value joined by '=' (a programmer's habit) or '=>' / '->'."""
    sep = (" = ", " => ")[i % 2]
    s = SUBJECTS[(i + 3) % 8]
    rows = [("ชื่อ", p.typed), ("เลขบัตรประชาชน", nid_groups(p.nid)), ("วันเกิด", be_short(p.born)),
            ("โทร", dashed(p.mobile)), ("อีเมล", p.email), ("เรื่อง", s)]  # fmt: skip
    body = "ข้อมูลผู้ร้อง\n" + "\n".join(f"{a}{sep}{b}" for a, b in rows) + "\n"
    exp = expect(p, "full_name national_id birth_date phone email subject", subject=s)
    return case("equals_and_arrow_separators", message(p, s, 71 + i, text=body), exp)


def bracket_labels(p: Person, i: int) -> Case:
    """Labels in brackets with the value after them: '[ชื่อ-สกุล] value' or the CJK
    lenticular brackets a Thai keyboard's symbol page offers ('【ชื่อ-สกุล】value')."""
    o, c = ("[", "] ") if i % 2 == 0 else ("【", "】")
    s = SUBJECTS[(i + 4) % 8]
    rows = [("ชื่อ-สกุล", p.typed), ("เลขบัตรประชาชน", nid_groups(p.nid)),
            ("ที่อยู่", p.full_address()), ("เบอร์โทร", dashed(p.mobile)), ("เรื่อง", s)]  # fmt: skip
    body = "\n".join(f"{o}{a}{c}{b}" for a, b in rows) + "\n"
    exp = expect(p, "full_name national_id address province postal_code phone subject", subject=s)
    return case("bracket_labels", message(p, s, 73 + i, text=body), exp)


def markdown_headings_nested_lists(p: Person, i: int) -> Case:
    """Markdown as a chat assistant or a notes app writes it: ## headings, bold labels in
    bullets, a nested list for the contacts, the ID in backticks, the subject as the
    text under its own heading."""
    s = SUBJECTS[(i + 5) % 8]
    body = f"""## ข้อมูลผู้ยื่นคำร้อง
- **ชื่อ-นามสกุล:** {p.typed}
- **เลขประจำตัวประชาชน:** `{p.nid}`
- **ช่องทางติดต่อ**
  - มือถือ: {dashed(p.mobile)}
  - อีเมล: {p.email}

## ที่อยู่ตามทะเบียนบ้าน
- **ที่อยู่:** {p.addr}
- **จังหวัด:** {p.province}
- **รหัสไปรษณีย์:** {p.postal}

## เรื่อง
{s}
"""
    keys = "full_name national_id phone email address province postal_code subject"
    exp = expect(p, keys, subject=s)
    exp["address"] = (p.addr,)
    return case("markdown_headings_nested_lists", message(p, s, 75 + i, text=body), exp)


def emoji_bullets_thai_digits(p: Person, i: int) -> Case:
    """Emoji bullets before the labels (👤 🪪 🎂 📱 🏠) with every number in Thai digits,
    as a phone's Thai keyboard writes them."""
    b = p.born
    rows = [("👤", "ชื่อ", p.typed), ("🪪", "เลขบัตร", thai(nid_groups(p.nid))),
            ("🎂", "วันเกิด", thai(be_short(b))), ("📱", "โทร", thai(dashed(p.mobile))),
            ("🏠", "ที่อยู่", thai(p.full_address()))]  # fmt: skip
    body = "ส่งข้อมูลค่ะ 🙏\n" + "\n".join(f"{e} {a}: {v}" for e, a, v in rows) + "\n"
    exp = expect(p, "full_name national_id birth_date phone province postal_code")
    typed = f"{thai(p.addr)} {p.province_written()}"
    exp["address"] = (*address_expected(p), thai(p.addr), typed, f"{typed} {thai(p.postal)}")
    return case("emoji_bullets_thai_digits", message(p, SUBJECTS[(i + 6) % 8], 77 + i, text=body),
                exp)  # fmt: skip


def bare_values_one_line_no_labels(p: Person, i: int) -> Case:
    """No labels at all: the request, then the name, the ID and the phone one after the
    other on one line, as typed on a phone (the name without a title for some)."""
    s = SUBJECTS[(i + 7) % 8]
    name = p.typed if i % 2 else f"{p.first} {p.last}"
    sep = " " if i % 2 == 0 else ", "
    body = f"{s}ครับ{sep}{name}{sep}{p.nid}{sep}{p.mobile}\n"
    exp = expect(p, "national_id phone")
    exp["full_name"] = (*p.names, f"{p.first} {p.last}")
    return case("bare_values_one_line_no_labels", message(p, s, 79 + i, text=body), exp)


STYLES = (
    # plain text
    poa_grantor_grantee_blocks, co_applicants_numbered, neighbours_petition_coordinator,
    plain_side_by_side_two_people, transfer_slip_text_pasted, sent_from_mobile_signatures,
    thai_digits_spaced_each, short_month_two_digit_be, birth_be_with_ce_in_brackets,
    birth_month_year_only, english_month_abbrev_dash_dates, id_partly_masked,
    ps_addendum_corrects_phone, address_bor_village_abbrev, multiline_address_condo_abbrev,
    address_highway_km_marker, thai_name_english_in_brackets, english_name_part_labels,
    khun_instead_of_title, pdf_copy_paste_broken_sara_am, email_value_with_display_name,
    equals_and_arrow_separators, bracket_labels, markdown_headings_nested_lists,
    emoji_bullets_thai_digits, bare_values_one_line_no_labels,
    # HTML
    html_two_person_columns, outlook_qp_op_tags, owa_element_to_proof_divs,
    html_strike_old_value, label_wrapped_in_html_cell, html_comment_sample_values,
    html_dl_dt_dd,
    # forwards and replies
    gmail_fwd_wraps_outlook_html, reply_above_autoreply_html_quote,
    thunderbird_bottom_post_html, outlook_plain_reply_unquoted_header,
    # charsets declared wrongly
    latin1_declared_cp874, ascii_declared_utf8_8bit, html_meta_lies_utf8_header,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:26]},
    **{s.__name__: "HTML" for s in STYLES[26:33]},
    **{s.__name__: "thread" for s in STYLES[33:37]},
    **{s.__name__: "charset" for s in STYLES[37:]},
}

# Styles about particular people: names with สระอำ, addresses with a condominium or a
# village, an elderly applicant.
CHOSEN: dict[str, tuple[int, int]] = {
    "pdf_copy_paste_broken_sara_am": (5, 6),
    "multiline_address_condo_abbrev": (1, 8),
    "address_bor_village_abbrev": (2, 8),
    "birth_month_year_only": (2, 6),
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    cases: list[Case] = []
    for s, style in enumerate(STYLES):
        chosen = CHOSEN.get(style.__name__, ((3 * s) % 10, (3 * s + 5) % 10))
        for k, who in enumerate(chosen):
            cases.append(style(PEOPLE[who], k))
    return cases


# --- outcomes: mails that must not open a case, and ones that must ---------------------


def _outcome(subject: str, body: str, sender: str, n: int, headers: dict[str, str] | None = None,
             html: bool = False) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example20.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 11, n, tzinfo=UTC))
    msg["Message-ID"] = f"<set20-outcome-{n}@example.net>"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body, subtype="html" if html else "plain", charset="utf-8")
    return bytes(msg)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _read_receipt_thai(p: Person) -> bytes:
    """Outlook's read receipt in Thai (multipart/report, disposition-notification)."""
    subject = _b64("อ่านแล้ว: แจ้งผลการพิจารณาคำร้อง")
    text = _b64(f"ข้อความของคุณ\r\nถึง: {p.email}\r\nได้รับการอ่านเมื่อ 1/12/2569 18:20\r\n")
    return (
        f"From: {p.en_first} <{p.email}>\r\nTo: saraban@example20.go.th\r\n"
        f"Subject: =?utf-8?b?{subject}?=\r\n"
        "Date: Tue, 01 Dec 2026 11:20:00 +0000\r\nMessage-ID: <set20-mdn@example.net>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="m20"\r\n'
        "\r\n--m20\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{text}\r\n"
        "--m20\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Final-Recipient: rfc822;{p.email}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--m20--\r\n"
    ).encode("ascii")


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[4]
    req = reply_above_autoreply_html_quote(p, 0).raw
    vacation = (
        "เรียน ผู้ติดต่อ\n\nขณะนี้ดิฉันลาพักผ่อนระหว่างวันที่ 1-7 ธันวาคม 2569 จะตอบกลับเมื่อกลับมา"
        "\nหากเร่งด่วนโทร 02-000-1234\n"
    )
    news = (
        "<html><body><h1>จดหมายข่าวเทศบาล ฉบับเดือนธันวาคม 2569</h1>"
        "<p>ขอเชิญร่วมงานกาชาด ... เลิกรับข่าวสาร คลิกที่นี่</p></body></html>"
    )
    spam = "ด่วน! รับเงินกู้ 50,000 บาท ไม่ต้องค้ำ โทร 09x-xxx-xxxx ชื่อ นายสมมติ ใจดี\n"
    return [
        ("a request answering the agency's auto-reply, in HTML", req, "request"),
        (
            "a Gmail vacation responder in Thai, auto-replied",
            _outcome(
                "ตอบกลับอัตโนมัติ: ขอหนังสือรับรองการประกอบอาชีพ",
                vacation,
                f"{p.first} <{p.email}>",
                2,
                {"Auto-Submitted": "auto-replied"},
            ),
            "auto_reply",
        ),
        (
            "an Outlook out-of-office in Thai with no marking header",
            _outcome("ตอบกลับอัตโนมัติ: แจ้งผลการพิจารณาคำร้อง", vacation, f"{p.first} <{p.email}>", 3),
            "auto_reply",
        ),
        ("a Thai read receipt", _read_receipt_thai(p), "auto_reply"),
        (
            "a municipal newsletter list",
            _outcome(
                "จดหมายข่าวเทศบาล ธันวาคม 2569",
                news,
                "ข่าวสาร <news@city-example.go.th>",
                5,
                {"List-Unsubscribe": "<mailto:leave@city-example.go.th>", "Precedence": "bulk"},
                html=True,
            ),
            "mailing_list",
        ),
        (
            "a loan advert the filter marked as spam",
            _outcome(
                "รับเงินกู้ด่วน",
                spam,
                "loan <loan@cheap-example.biz>",
                6,
                {"X-Spam-Flag": "YES", "X-Spam-Status": "Yes, score=9.1"},
            ),
            "spam",
        ),
    ]
