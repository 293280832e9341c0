"""A twenty-fourth set of requests written by someone who had not read the readers (issue 8):
TYPED text only (mail bodies, HTML bodies and typed attachments), in shapes sets 1-23 do
not hold.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, set
23's test and builder, the file makers of sets 5, 11, 13 and 17 and the earlier sets'
style names were read):

- plain bodies: a formal Thai letter (เรื่อง / เรียน / อ้างถึง / สิ่งที่ส่งมาด้วย) whose
  writer is named only at its foot, "ขอแสดงความนับถือ (นาย... ...)", with the reference
  letter's number and date above; a curator (ผู้อนุบาล) writing for a person the court
  declared incompetent, with the court order's number; a web table copied from a phone,
  one cell per line (every header, then every value) or wrapped into two tab bands; a
  water-works request beside the user number, meter number and a 13-digit invoice number;
  a queue booking's confirmation pasted above the rest; zero-width spaces, soft hyphens
  and word joiners inside labels, names and numbers; a foreign resident in English (a
  13-digit ID beginning with 8, permanent residence, or 6, a foreigner in a ทร.13 house
  book) with the birth date in the American order or with an ordinal; Thai voice typing
  ("72 ทับ 4", "081 ขีด 550 ขีด 2291", "แอท", "จุด").
- HTML bodies: the formal letter again, centred signature in brackets; two stacked tables,
  the child's and the guardian's, with the same labels; a wide table in two header bands;
  &shy; &#8203; &zwnj; and &#8288; inside values.
- Word: a child's and a guardian's sections; a body and a Word form that give different
  phones; an English form from a foreign resident; Word's <w:softHyphen/> inside words.
- PDF: the formal letter printed; a body and a PDF form whose birth years differ; a wide
  table in two header bands; an English form from a foreign resident.
- Sheets: a child's row and a guardian's row; a government-system export with "|"
  between columns and the birth date as 25260914 (Buddhist year, compact); a wide table in
  two header bands.
- Text files: a villager's HTML mail (quoted-printable) forwarded as an attached .eml by
  the headman, whose own phone is in his note; a voice recorder's transcript; a Google
  Keep note shared as text with ☐/☑ before each line.

Conventions: the applicant is the person the request is FOR (the child, the person under
curatorship), as sets 16 and 20 decided; the contact phone and e-mail are the writer's
when the request gives no other. Where a body and an attachment disagree on a value, only
a flag (or no value) is right (the harness's empty tuple). Names: the title joined to the
first name, one space before the family name; a foreigner's as written, with or without
the dot after the title. Everyone and every number is invented; every ID is made with
with_check_digit.
"""

from __future__ import annotations

import html as htmllib
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import two_each
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Person, expect, intl, pdf_page, thai_date, xlsx_bytes
from unseen_requests_11 import PDF, Attachment, dashed_phone, t
from unseen_requests_13 import body_docx, dashed_id, para, slash_date
from unseen_requests_17 import cell, grid

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "อนุชา", "วงศ์สวัสดิ์", with_check_digit("340120045871"), date(1984, 9, 17),
           "0815502291", "anucha.ws@gmail.com", "72/4", "5", "", "", "บ้านเป็ด",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นางสาว", "กมลชนก", "ศรีสุข", with_check_digit("110060077243"), date(1996, 4, 23),
           "0928817364", "kamonchanok.ss@hotmail.com", "88/19", "", "ลาดพร้าว 101", "ลาดพร้าว",
           "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นาง", "บุญเรือน", "ทองคำ", with_check_digit("450070031968"), date(1961, 11, 28),
           "0871194620", "boonruen.tk@yahoo.com", "19", "7", "", "", "เหนือเมือง",
           "เมืองร้อยเอ็ด", "ร้อยเอ็ด", "45000"),
    Person("นาย", "ธีรวัฒน์", "แสนสุข", with_check_digit("570030066512"), date(1989, 6, 15),
           "0639920475", "teerawat.ss@outlook.com", "305", "12", "", "พหลโยธิน", "บ้านดู่",
           "เมืองเชียงราย", "เชียงราย", "57100"),
    Person("นางสาว", "ณัฐธิดา", "พูลสวัสดิ์", with_check_digit("190090012847"), date(2001, 1, 30),
           "0954418230", "natthida.ps@gmail.com", "41/7", "3", "", "", "คอหงส์",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาย", "สมบัติ", "เรืองศรี", with_check_digit("160050028834"), date(1955, 3, 19),
           "0897745013", "sombat.rs@gmail.com", "12", "2", "", "", "ท่าศาลา",
           "เมืองลพบุรี", "ลพบุรี", "15000"),
    Person("นาง", "วิไลวรรณ", "จันทร์เพ็ญ", with_check_digit("101500054379"), date(1975, 12, 14),
           "0826603147", "wilaiwan.jp@gmail.com", "555/88", "", "จรัญสนิทวงศ์ 13", "จรัญสนิทวงศ์",
           "วัดท่าพระ", "บางกอกใหญ่", "กรุงเทพมหานคร", "10600"),
    Person("นาย", "ชยพล", "อินทรสุวรรณ", with_check_digit("830020041196"), date(1992, 8, 26),
           "0612087754", "chayapon.in@icloud.com", "7", "4", "", "", "ฉลอง",
           "เมืองภูเก็ต", "ภูเก็ต", "83130"),
)  # fmt: skip

# the second person of a request made for someone else: a child, a curator
CHILDREN: tuple[Person, ...] = (
    Person("เด็กชาย", "ภูริ", "วงศ์สวัสดิ์", with_check_digit("140990102345"), date(2022, 5, 19),
           "", "", "72/4", "5", "", "", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("เด็กหญิง", "ปัณณิตา", "ศรีสุข", with_check_digit("110020156782"), date(2021, 10, 3),
           "", "", "88/19", "", "ลาดพร้าว 101", "ลาดพร้าว", "คลองจั่น", "บางกะปิ",
           "กรุงเทพมหานคร", "10240"),
)  # fmt: skip
SHORT_TITLE = {"เด็กชาย": "ด.ช.", "เด็กหญิง": "ด.ญ."}

AGENCY = "องค์การบริหารส่วนตำบลบ้านเป็ด"
AGENCY_SHORT = "อบต.บ้านเป็ด"
AGENCY_PHONE = "043-202-411"
AGENCY_MAIL = "saraban@banpet.go.th"
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip

SUBJECTS = ("ขอยื่นคำร้อง", "คำร้องทั่วไป", "ส่งคำร้องขอรับบริการ", "แจ้งความประสงค์")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งคำร้องตามไฟล์แนบครับ\n",
    "ตามไฟล์แนบค่ะ\n\nส่งจาก Yahoo Mail บน Android\n",
    "สวัสดีครับ แนบแบบฟอร์มมาครับ\n",
    "เรียน งานธุรการ\nรายละเอียดตามเอกสารแนบ\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set24-{n}-{p.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    if text is not None:
        msg.set_content(text, charset="utf-8")
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset="utf-8")
        else:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def full(p: Person, short: bool = False) -> str:
    prov = (
        ("กทม." if short else "กรุงเทพมหานคร")
        if p.bangkok
        else (f"จ.{p.province}" if short else f"จังหวัด{p.province}")
    )
    return f"{p.line(short)} {prov} {p.postal}"


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def age(born: date) -> int:
    return 2026 - born.year - ((born.month, born.day) > (12, 5))


def child_names(c: Person) -> tuple[str, ...]:
    return (c.name, f"{SHORT_TITLE[c.title]}{c.first} {c.last}")


def with_contact(exp: dict[str, tuple[str, ...]], writer: Person) -> dict[str, tuple[str, ...]]:
    """The writer's phone and e-mail: the only ones the request gives."""
    exp["phone"] = (intl(writer.mobile), writer.mobile)
    exp["email"] = (writer.email,)
    return exp


# --- plain bodies -------------------------------------------------------------------------


def letter_lines(p: Person, i: int) -> tuple[list[str], str]:
    """A formal Thai letter: the reference, the enclosures, prose, the name at the foot."""
    b = p.born
    born = (
        f"{b.day} {MONTHS[b.month - 1]} พ.ศ. {b.year + 543}"
        if i % 2 == 0
        else f"วันที่ {b.day} เดือน{MONTHS[b.month - 1]} พ.ศ. {b.year + 543}"
    )
    head = [
        f"เรื่อง ขอลงทะเบียนผู้ประสบอุทกภัย{'' if i % 2 == 0 else ' (ยื่นเพิ่มเติม)'}",
        f"เรียน นายก{AGENCY}",
        f"อ้างถึง หนังสือ{AGENCY_SHORT} ที่ ขก 71302/ว 1187 ลงวันที่ 5 พฤศจิกายน 2569",
        "สิ่งที่ส่งมาด้วย 1. สำเนาบัตรประจำตัวประชาชน จำนวน 1 ฉบับ",
        "                 2. สำเนาทะเบียนบ้าน จำนวน 1 ฉบับ",
        "                 3. สำเนาหน้าสมุดบัญชีเงินฝากธนาคาร จำนวน 1 ฉบับ",
    ]
    prose = [
        f"        ตามหนังสือที่อ้างถึง {AGENCY_SHORT} ได้ประชาสัมพันธ์ให้ผู้ประสบอุทกภัย"
        " เมื่อวันที่ 28 ตุลาคม 2569 มาลงทะเบียนขอรับเงินช่วยเหลือ นั้น",
        f"        ข้าพเจ้า อายุ {age(b)} ปี ถือบัตรประจำตัวประชาชนเลขที่ {dashed_id(p.nid)}"
        f" เกิดเมื่อ{born} อยู่บ้านเลขที่ {p.line()} {p.province_written} {p.postal}"
        f" หมายเลขโทรศัพท์ {dashed_phone(p.mobile)} อีเมล {p.email}"
        " บ้านได้รับความเสียหายจากน้ำท่วม มีความประสงค์ขอรับเงินช่วยเหลือ โดยขอรับเงินผ่านบัญชีธนาคาร"
        " ตามเอกสารที่ส่งมาด้วย",
        "        จึงเรียนมาเพื่อโปรดพิจารณา",
    ]
    name = f"({p.name})"
    foot = (
        ["", "ขอแสดงความนับถือ", "", "", f"                    {name}"]
        if i % 2 == 0
        else ["", "                    ขอแสดงความนับถือ", "",
              "             (ลงชื่อ) ................................",
              f"                    {name}", "                    ผู้ยื่นคำขอ"]
    )  # fmt: skip
    top = [f"                                        บ้านเลขที่ {p.house}",
           "                                        5 ธันวาคม 2569", ""]  # fmt: skip
    return top + head + [""] + prose + foot, name


def garuda_letter_name_at_foot(p: Person, i: int) -> Case:
    """A formal letter typed into the mail: the writer is named only at its foot, in
    brackets under ขอแสดงความนับถือ; the ID, birth date, address and phone in its prose; a
    reference letter's number and date, the enclosures, the writer's age."""
    lines, _ = letter_lines(p, i)
    text = "\n".join(lines) + "\n"
    return Case("garuda_letter_name_at_foot", message(p, i, text=text), expect(p))


def curator_for_incompetent_person(p: Person, i: int) -> Case:
    """A curator (ผู้อนุบาล, here the son) writes for his father whom the court declared
    incompetent; the court order's number, both IDs, the son's phone. The request is the
    father's: he is the applicant."""
    son = PEOPLE[(PEOPLE.index(p) + 3) % len(PEOPLE)]
    order = f"พ.{1187 + i}/2567"
    text = (
        "เรียน นายทะเบียน\n\n"
        f"ข้าพเจ้า {son.name} เลขประจำตัวประชาชน {dashed_id(son.nid)} ในฐานะผู้อนุบาล"
        f" ตามคำสั่งศาลจังหวัด{p.province} คดีหมายเลขแดงที่ {order} ลงวันที่ 14 มีนาคม 2567"
        " ขอยื่นคำร้องแทนคนไร้ความสามารถ ดังนี้\n\n"
        f"ชื่อคนไร้ความสามารถ : {p.name}\n"
        f"เลขประจำตัวประชาชน : {p.nid}\n"
        f"วันเดือนปีเกิด : {thai_date(p.born)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน : {full(p)}\n"
        f"เกี่ยวข้องกับผู้อนุบาลเป็น : {'บิดา' if p.title == 'นาย' else 'มารดา'}\n\n"
        f"ติดต่อผู้อนุบาล โทร {dashed_phone(son.mobile)}\n\n"
        f"ลงชื่อ {son.name} ผู้อนุบาล\n"
    )
    exp = with_contact(
        expect(p, "full_name national_id birth_date address postal_code province"), son
    )
    exp.pop("email")  # the son's mail address is only in From
    return Case("curator_for_incompetent_person",
                message(son, i, text=text, subject="ยื่นคำร้องแทนคนไร้ความสามารถ"), exp)  # fmt: skip


def wide_rows(p: Person) -> list[tuple[str, str]]:
    return [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", slash_date(p.born)), ("เบอร์โทรศัพท์", dashed_phone(p.mobile)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("อีเมล", p.email)]  # fmt: skip


def cells_one_per_line_header_then_values(p: Person, i: int) -> Case:
    """A web form's summary table copied on a phone and pasted into the mail: one cell per
    line, every header first and then every value (i even), or the wide table wrapped
    into two bands of four columns, tab between cells."""
    rows = wide_rows(p)
    if i % 2 == 0:
        table = "\n".join(k for k, _ in rows) + "\n" + "\n".join(v for _, v in rows)
    else:
        bands = (rows[:4], rows[4:])
        table = "\n".join(
            "\t".join(k for k, _ in b) + "\n" + "\t".join(v for _, v in b) for b in bands
        )
    text = f"เรียน เจ้าหน้าที่\nข้อมูลตามที่กรอกในระบบค่ะ\n\n{table}\n\nขอบคุณค่ะ\n"
    return Case("cells_one_per_line_header_then_values", message(p, i, text=text), expect(p))


def invoice_number(i: int) -> str:
    """A 13-digit invoice number; in one variant it happens to pass the ID check digit."""
    head = f"68120500{i:02d}12"
    return (
        with_check_digit(head[:12])
        if i % 2 == 0
        else head[:12] + str((int(with_check_digit(head[:12])[-1]) + 3) % 10)
    )


def utility_bill_numbers_beside(p: Person, i: int) -> Case:
    """A water-works request: the user number, the meter number and a 13-digit invoice
    number beside the citizen's own ID and phone."""
    text = (
        "เรียน งานกิจการประปา\n\n"
        "ขอให้ตรวจสอบมาตรวัดน้ำ เนื่องจากค่าน้ำเดือนพฤศจิกายน 2569 สูงผิดปกติ\n"
        f"เลขที่ผู้ใช้น้ำ : 05-0{127 + i}\n"
        f"หมายเลขมาตรวัดน้ำ : 21A04578{i:02d}\n"
        f"เลขที่ใบแจ้งหนี้ : {invoice_number(i)}\n"
        f"ยอดเงิน : 1,{240 + i}.00 บาท\n\n"
        "ข้อมูลผู้ใช้น้ำ\n"
        f"ชื่อ-สกุล : {p.name}\n"
        f"เลขประจำตัวประชาชน : {dashed_id(p.nid)}\n"
        f"วันเกิด : {slash_date(p.born)}\n"
        f"ที่อยู่ : {p.line()}\n"
        f"จังหวัด : {p.province}\n"
        f"รหัสไปรษณีย์ : {p.postal}\n"
        f"มือถือ : {p.mobile}\n"
        f"อีเมล : {p.email}\n"
    )
    return Case(
        "utility_bill_numbers_beside",
        message(p, i, text=text, subject="ค่าน้ำประปาสูงผิดปกติ"),
        expect(p),
    )


def queue_booking_pasted_above_details(p: Person, i: int) -> Case:
    """The agency's queue-booking confirmation pasted on top: booking number, the
    appointment's day and time, the office's phone; the citizen's details below."""
    booking = (
        "ยืนยันการจองคิวสำเร็จ\n"
        f"หมายเลขการจอง: Q25691205{i:05d}\n"
        "บริการ: ขอหนังสือรับรองการอยู่อาศัย\n"
        f"วันที่นัดหมาย: {('ศุกร์ 11', 'จันทร์ 14')[i % 2]} ธันวาคม 2569 เวลา 09:30 - 10:00 น.\n"
        "สถานที่: ที่ทำการ อบต. ชั้น 1 งานทะเบียน\n"
        f"ชื่อผู้จอง: {p.first} {p.last}\n"
        f"หากต้องการยกเลิกหรือเลื่อนนัด โทร {AGENCY_PHONE}\n"
    )
    b = p.born
    text = (
        f"{booking}\n-----\nเรียน เจ้าหน้าที่ จองคิวไว้แล้วค่ะ ส่งข้อมูลให้เตรียมเอกสารล่วงหน้าค่ะ\n"
        f"ชื่อ {p.name}\n"
        f"เลขบัตร {p.nid}\n"
        f"เกิด {b.day:02d}/{b.month:02d}/{b.year + 543}\n"
        f"ที่อยู่ {full(p, short=True)}\n"
        f"โทร {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("queue_booking_pasted_above_details",
                message(p, i, text=text, subject="จองคิวขอหนังสือรับรองการอยู่อาศัย"),
                expect(p, "", full(p, short=True)))  # fmt: skip


ZW, SHY, WJ, ZWNJ = "\u200b", "\u00ad", "\u2060", "\u200c"


def pieces(text: str, every: int) -> list[str]:
    """Cuts a word about every `every` letters where a break can fall: never before a
    combining mark or a following vowel, never after a leading vowel (as a real
    syllable breaker places soft hyphens)."""
    out, piece = [], ""
    for ch in text:
        breakable = (
            len(piece) >= every
            and unicodedata.category(ch) != "Mn"
            and ch not in "ะาำๅ"
            and piece[-1] not in "เแโใไ "
            and ch != " "
        )
        if breakable:
            out.append(piece)
            piece = ""
        piece += ch
    return [*out, piece] if piece else out


def cut(text: str, mark: str, every: int = 3) -> str:
    return mark.join(pieces(text, every))


def soft_hyphens_word_joiners_numbers(p: Person, i: int) -> Case:
    """Text copied from a web page or a Thai word-breaking app: zero-width spaces between
    the words of labels, soft hyphens inside the name and the address, word joiners
    between the groups of the ID and the phone."""
    name = f"{p.title}{cut(p.first, SHY)} {cut(p.last, SHY)}"
    nid = WJ.join((p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]))
    phone = WJ.join((p.mobile[:3], p.mobile[3:6], p.mobile[6:]))
    mail = p.email if i % 2 == 0 else p.email.replace("@", f"@{ZW}")
    text = (
        f"เรียน{ZW}เจ้า{ZW}หน้าที่\n\n"
        f"ชื่อ{ZW}-{ZW}นาม{ZW}สกุล: {name}\n"
        f"เลข{ZW}ประจำ{ZW}ตัว{ZW}ประชาชน: {nid}\n"
        f"วัน{ZW}เดือน{ZW}ปี{ZW}เกิด: {thai_date(p.born)}\n"
        f"ที่{ZW}อยู่: {p.house} {cut(p.rest(), SHY if i % 2 == 0 else ZWNJ, 5)}\n"
        f"จังหวัด: {p.province}\n"
        f"รหัส{ZW}ไปรษณีย์: {p.postal}\n"
        f"โทร{ZW}ศัพท์: {phone}\n"
        f"อีเมล: {mail}\n"
    )
    return Case("soft_hyphens_word_joiners_numbers", message(p, i, text=text), expect(p))


# foreign residents: (title, first, last, id, born, mobile, email, address, province, postal)
FOREIGNERS = (
    ("Mr.", "Daniel", "Whitaker", with_check_digit("810010004521"), date(1978, 9, 23),
     "0816620457", "dan.whitaker@gmail.com",
     "123/45 Moo 5, Tambon Ban Pet, Amphoe Mueang Khon Kaen", "ขอนแก่น", "Khon Kaen", "40000"),
    ("Ms.", "Hannah", "Schulze", with_check_digit("600080012763"), date(1990, 3, 16),
     "0924471385", "hannah.schulze@web.de",
     "88/12 Soi Ladprao 101, Khlong Chan, Bang Kapi", "กรุงเทพมหานคร", "Bangkok", "10240"),
)  # fmt: skip


def foreign_case(style: str, i: int, body_of: Callable[[tuple[str, ...]], bytes]) -> Case:
    title, first, last, nid, born, mobile, email, addr, prov_th, prov_en, postal = FOREIGNERS[i % 2]
    raw = body_of(FOREIGNERS[i % 2])  # type: ignore[arg-type]
    names = (f"{title} {first} {last}", f"{title}{first} {last}",
             f"{title.rstrip('.')} {first} {last}", f"{first} {last}")  # fmt: skip
    exp = {
        "full_name": names,
        "national_id": (nid,),
        "birth_date": (born.isoformat(),),
        "phone": (intl(mobile), mobile),
        "email": (email,),
        "address": (
            addr,
            f"{addr}, {prov_en}",
            f"{addr}, {prov_en} {postal}",
            f"{addr} {prov_en} {postal}",
        ),
        "province": (prov_th,),
        "postal_code": (postal,),
    }
    return Case(style, raw, exp)


def english_pr_resident_us_dates(p: Person, i: int) -> Case:
    """A foreign resident writes in English only: a 13-digit ID beginning with 8 (permanent
    residence) or 6 (a foreigner listed in a ทร.13 house book), a passport number beside
    it, the birth date in the American order or with an ordinal."""

    def body_of(f: tuple[str, ...]) -> bytes:
        title, first, last, nid, born, mobile, email, addr, _, prov_en, postal = f
        b: date = born  # type: ignore[assignment]
        dob = (
            f"{b.month:02d}/{b.day:02d}/{b.year} (MM/DD/YYYY)"
            if i % 2 == 0
            else f"{ENGLISH_MONTHS[b.month - 1]} {b.day}th, {b.year}"
        )
        idl = (
            "Thai ID (permanent resident)"
            if nid.startswith("8")
            else "13-digit ID no. (yellow house book Tor.Ror.13)"
        )
        text = (
            "Dear Sir/Madam,\n\n"
            "I would like to request a certificate of residence for my visa extension.\n"
            "My details are as follows:\n\n"
            f"Name: {title} {first} {last}\n"
            f"{idl}: {nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}\n"
            f"Passport no.: {'N' if i % 2 == 0 else 'C'}{7781203 + i}\n"
            f"Date of birth: {dob}\n"
            f"Address: {addr}, {prov_en} {postal}\n"
            f"Mobile: +66 {mobile[1:3]} {mobile[3:6]} {mobile[6:]}\n"
            f"Email: {email}\n\n"
            f"Kind regards,\n{first} {last}\n"
        )
        return message(p, i, text=text, subject="Request for certificate of residence",
                       sender=f"{first} {last} <{email}>")  # fmt: skip

    return foreign_case("english_pr_resident_us_dates", i, body_of)


SPOKEN_DIGITS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")


def voice_typed_thap_khid_words(p: Person, i: int) -> Case:
    """Thai voice typing on a phone: no punctuation, the separators spoken and written as
    words ("72 ทับ 4", "081 ขีด 550 ขีด 2291", "แอท", "จุด"), pauses become spaces."""
    b = p.born
    house = p.house.replace("/", " ทับ ")
    user, domain = p.email.split("@")
    mail = f"{user.replace('.', ' จุด ')} แอท {domain.replace('.', ' จุด ')}"
    phone = f"{p.mobile[:3]} ขีด {p.mobile[3:6]} ขีด {p.mobile[6:]}"
    if i % 2:
        phone = " ".join(SPOKEN_DIGITS[int(d)] for d in p.mobile)
    text = (
        f"สวัสดีครับ ขอยื่นคำร้องครับ ชื่อ {p.title} {p.first} {p.last} "
        f"เลขบัตรประชาชน {p.nid[0]} {p.nid[1:5]} {p.nid[5:10]} {p.nid[10:12]} {p.nid[12]} "
        f"เกิดวันที่ {b.day} {MONTHS[b.month - 1]} {b.year + 543} "
        f"บ้านเลขที่ {house} {p.rest()} {p.province_written} รหัสไปรษณีย์ {p.postal} "
        f"เบอร์โทร {phone} อีเมล {mail} ขอบคุณครับ\n\n"
        "ส่งจากโทรศัพท์ พิมพ์ด้วยเสียง\n"
    )
    exp = expect(p)
    return Case("voice_typed_thap_khid_words", message(p, i, text=text), exp)


# --- HTML bodies --------------------------------------------------------------------------


def html_garuda_letter_center_signature(p: Person, i: int) -> Case:
    """The formal letter written in a webmail's editor: the date right-aligned, the
    paragraphs indented with &nbsp;, the name only in the centred signature in brackets."""
    lines, name = letter_lines(p, i)
    parts = []
    for line in lines:
        bare = line.strip()
        if not bare:
            parts.append("<div><br></div>")
        elif bare == name or bare.startswith(("ขอแสดงความนับถือ", "(ลงชื่อ)", "ผู้ยื่นคำขอ")):
            parts.append(f'<div style="text-align:center">{esc(bare)}</div>')
        elif line.startswith("                                        "):
            parts.append(f'<div style="text-align:right">{esc(bare)}</div>')
        elif line.startswith("        "):
            parts.append(f"<div>{'&nbsp;' * 8}{esc(bare)}</div>")
        else:
            parts.append(f"<div>{esc(line).replace('  ', '&nbsp; ')}</div>")
    html = '<div dir="ltr">' + "".join(parts) + "</div>"
    return Case("html_garuda_letter_center_signature", message(p, i, html=html), expect(p))


def html_child_guardian_two_tables(p: Person, i: int) -> Case:
    """A parent applies for a child's place at the day-care centre: a table of the child's
    details and one of the guardian's, the same labels in both."""
    c = CHILDREN[i % 2]
    child = [("ชื่อ-นามสกุล", c.name), ("เลขประจำตัวประชาชน", c.nid),
             ("วันเดือนปีเกิด", thai_date(c.born)), ("ที่อยู่", c.line()),
             ("จังหวัด", c.province), ("รหัสไปรษณีย์", c.postal)]  # fmt: skip
    guardian = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                ("เกี่ยวข้องเป็น", "บิดา" if p.title == "นาย" else "มารดา"),
                ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip

    def tab(title: str, rows: list[tuple[str, str]]) -> str:
        return (f"<p><b>{esc(title)}</b></p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
                + "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>")  # fmt: skip

    blocks = [tab("ข้อมูลเด็ก (ผู้สมัคร)", child), tab("ข้อมูลผู้ปกครอง", guardian)]
    if i % 2:
        blocks.reverse()
    html = ("<div>เรียน หัวหน้าศูนย์พัฒนาเด็กเล็ก</div><div>ขอสมัครเรียนให้บุตร รายละเอียดดังนี้</div>"
            + "".join(blocks) + "<div>ขอบคุณค่ะ</div>")  # fmt: skip
    exp = {
        "full_name": child_names(c),
        **expect(c, "national_id birth_date address province postal_code"),
    }
    return Case("html_child_guardian_two_tables",
                message(p, i, html=html, subject="สมัครเรียนศูนย์พัฒนาเด็กเล็ก"), with_contact(exp, p))  # fmt: skip


def html_two_band_header_table(p: Person, i: int) -> Case:
    """A wide table in an HTML mail, wrapped into two bands: a header row of four labels,
    the values' row under it, then the next four."""
    rows = wide_rows(p)
    bands = (rows[:4], rows[4:])
    th = "th" if i % 2 == 0 else "td"
    body = "".join(
        "<tr>"
        + "".join(f'<{th} style="background:#ddd">{esc(k)}</{th}>' for k, _ in b)
        + "</tr>"
        + "<tr>"
        + "".join(f"<td>{esc(v)}</td>" for _, v in b)
        + "</tr>"
        for b in bands
    )
    html = f'<p>เรียน เจ้าหน้าที่</p><table border="1" cellspacing="0">{body}</table><p>ขอบคุณครับ</p>'
    return Case("html_two_band_header_table", message(p, i, html=html), expect(p))


def html_shy_zwsp_entities(p: Person, i: int) -> Case:
    """An HTML body whose values carry &shy;, &#8203;, &zwnj; and &#8288; (copied from a
    web page that marks where Thai words may break), labels bold."""

    def mark(text: str, ent: str, every: int = 3) -> str:
        return ent.join(esc(x) for x in pieces(text, every))

    ent = "&shy;" if i % 2 == 0 else "&#8203;"
    rows = [("ชื่อ-นามสกุล", f"{p.title}{mark(p.first, ent)} {mark(p.last, ent)}"),
            ("เลขประจำตัวประชาชน", mark(p.nid, "&#8288;", 4)),
            ("วันเกิด", mark(thai_date(p.born), "&zwnj;", 4)),
            ("ที่อยู่", f"{esc(p.house)} {mark(p.rest(), ent, 5)}"),
            ("จังหวัด", mark(p.province, ent)), ("รหัสไปรษณีย์", esc(p.postal)),
            ("โทรศัพท์", mark(p.mobile, "&#8203;", 3)), ("อีเมล", esc(p.email))]  # fmt: skip
    html = "<div>เรียน เจ้าหน้าที่</div>" + "".join(f"<div><b>{k}:</b> {v}</div>" for k, v in rows)
    return Case("html_shy_zwsp_entities", message(p, i, html=html), expect(p))


# --- Word ---------------------------------------------------------------------------------


def row2(label: str, value: str) -> str:
    return "<w:tr>" + cell(para(t(label)), 3000) + cell(para(t(value)), 6000) + "</w:tr>"


def docx_child_guardian_sections(p: Person, i: int) -> Case:
    """A day-care centre's application in Word: part 1 the child, part 2 the guardian, each
    a two-column table with the same labels; the guardian's part first in one variant."""
    c = CHILDREN[(i + 1) % 2]
    child = [("ชื่อ-สกุล", c.name), ("เลขประจำตัวประชาชน", dashed_id(c.nid)),
             ("เกิดวันที่", thai_date(c.born)), ("ที่อยู่ตามทะเบียนบ้าน", full(c))]  # fmt: skip
    guardian = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                ("อาชีพ", "ค้าขาย"), ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    parts = [
        para(t("ส่วนที่ 1 ข้อมูลเด็ก", "<w:b/>")) + grid([row2(k, v) for k, v in child], 2, 4500),
        para(t("ส่วนที่ 2 ข้อมูลผู้ปกครอง", "<w:b/>")) + grid([row2(k, v) for k, v in guardian], 2, 4500),
    ]
    if i % 2:
        parts.reverse()
    xml = para(t("ใบสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก", "<w:b/>"), ppr='<w:jc w:val="center"/>') + "".join(
        parts
    )
    raw = message(p, i, files=(("ใบสมัคร ศพด.docx", body_docx(xml), DOCX),))
    exp = {
        "full_name": child_names(c),
        **expect(c, "national_id birth_date address province postal_code", full(c)),
    }
    return Case("docx_child_guardian_sections", raw, with_contact(exp, p))


def docx_body_disagrees_phone(p: Person, i: int) -> Case:
    """The body gives a new phone; the Word form, filled last year, the old one (both
    valid mobiles): the phone must be flagged, the rest agrees."""
    old = "08" + p.mobile[2:][::-1]
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(old)), ("อีเมล", p.email)]  # fmt: skip
    xml = para(t("แบบคำร้องทั่วไป", "<w:b/>")) + grid([row2(k, v) for k, v in rows], 2, 4500)
    text = (
        f"เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบครับ\nเบอร์ติดต่อ {dashed_phone(p.mobile)}\n\n{p.first}\n"
    )
    raw = message(p, i, text=text, files=(("แบบคำร้อง.docx", body_docx(xml), DOCX),))
    exp = expect(p)
    exp["phone"] = ()  # two different numbers: only a flag is right
    return Case("docx_body_disagrees_phone", raw, exp)


def docx_english_foreign_resident(p: Person, i: int) -> Case:
    """An English request form in Word from a foreign resident: label and value cells,
    the ID beside a passport number and a nationality."""

    def body_of(f: tuple[str, ...]) -> bytes:
        title, first, last, nid, born, mobile, email, addr, _, prov_en, postal = f
        b: date = born  # type: ignore[assignment]
        rows = [("Full name (as in passport)", f"{title} {first} {last}"),
                ("Thai ID / Alien ID No.", nid), ("Passport No.", f"X{5512097 + i}"),
                ("Nationality", "British" if i % 2 == 0 else "German"),
                ("Date of birth (DD/MM/YYYY)", f"{b.day:02d}/{b.month:02d}/{b.year}"),
                ("Address in Thailand", addr), ("Province", prov_en), ("Postcode", postal),
                ("Mobile", mobile), ("E-mail", email)]  # fmt: skip
        xml = para(t("REQUEST FORM", "<w:b/>"), ppr='<w:jc w:val="center"/>') + grid(
            [row2(k, v) for k, v in rows], 2, 4500
        )
        return message(p, i, files=(("request_form.docx", body_docx(xml), DOCX),),
                       text="Dear officer,\n\nPlease find my request form attached.\n\nRegards\n",
                       subject="Request form", sender=f"{first} {last} <{email}>")  # fmt: skip

    return foreign_case("docx_english_foreign_resident", i, body_of)


def soft(text: str, every: int = 3) -> str:
    """Runs with Word's optional hyphen (<w:softHyphen/>) inside the word."""
    bits = pieces(text, every)
    return "<w:r><w:softHyphen/></w:r>".join(t(b) for b in bits)


def docx_soft_hyphen_elements(p: Person, i: int) -> Case:
    """A Word form whose Thai words carry optional hyphens (<w:softHyphen/>) between runs,
    as Word leaves them after hyphenation or a Thai word-break add-in."""
    rows = [("ชื่อ-นามสกุล", f"{t(p.title)}{soft(p.first)}{t(' ')}{soft(p.last)}"),
            ("เลขประจำตัวประชาชน", t(dashed_id(p.nid))),
            ("วันเดือนปีเกิด", soft(thai_date(p.born), 4)), ("ที่อยู่", soft(p.line(), 5)),
            ("จังหวัด", soft(p.province)), ("รหัสไปรษณีย์", t(p.postal)),
            ("โทรศัพท์", t(dashed_phone(p.mobile))), ("อีเมล", t(p.email))]  # fmt: skip
    if i % 2 == 0:
        body = "".join(para(soft(k), t(" : "), v) for k, v in rows)
    else:
        body = grid(
            [
                "<w:tr>" + cell(para(soft(k)), 3000) + cell(para(v), 6000) + "</w:tr>"
                for k, v in rows
            ],
            2,
            4500,
        )
    xml = para(t("แบบคำร้องทั่วไป", "<w:b/>"), ppr='<w:jc w:val="center"/>') + body
    raw = message(p, i, files=(("คำร้อง.docx", body_docx(xml), DOCX),))
    return Case("docx_soft_hyphen_elements", raw, expect(p))


# --- PDF ----------------------------------------------------------------------------------


def wrap(text: str, width: int) -> list[str]:
    """Cuts a Thai paragraph at spaces into lines of about `width` characters."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line]


def pdf_garuda_letter_name_at_foot(p: Person, i: int) -> Case:
    """The formal letter printed from Word to PDF: prose wrapped over lines, the writer's
    name only at the foot in brackets."""
    lines, _ = letter_lines(p, i)
    texts: list[tuple[float, float, str]] = []
    y = 20.0
    for line in lines:
        bare = line.strip()
        indent = 110 if line.startswith(" " * 40) else 80 if line.startswith(" " * 12) else 20
        if line.startswith("        ") and not line.startswith(" " * 12):
            for k, piece in enumerate(wrap(bare, 75)):
                texts.append((35 if k == 0 else 20, y, piece))
                y += 7
            continue
        if bare:
            texts.append((indent, y, bare))
        y += 7
    data = pdf_page(texts, size=12, face="Garuda")
    raw = message(p, i, files=(("หนังสือขอรับความช่วยเหลือ.pdf", data, PDF),))
    return Case("pdf_garuda_letter_name_at_foot", raw, expect(p))


def pdf_body_disagrees_birth_year(p: Person, i: int) -> Case:
    """The body gives the birth date; the PDF form a year later (a slip in one of them):
    the birth date must be flagged, the rest agrees."""
    b = p.born
    labels = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
              ("วันเดือนปีเกิด", f"{b.day} {MONTHS[b.month - 1]} {b.year + 544}"),
              ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
              ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    texts = [(75.0, 20.0, "แบบคำร้องทั่วไป")]
    texts += [(20.0, 40.0 + 10 * k, f"{a} : {v}") for k, (a, v) in enumerate(labels)]
    data = pdf_page(texts, size=13)
    text = f"เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามแนบค่ะ ดิฉันเกิดวันที่ {thai_date(b)} ค่ะ\n"
    raw = message(p, i, text=text, files=(("แบบฟอร์ม.pdf", data, PDF),))
    exp = expect(p)
    exp["birth_date"] = ()  # two different dates: only a flag is right
    return Case("pdf_body_disagrees_birth_year", raw, exp)


def pdf_two_band_header_table(p: Person, i: int) -> Case:
    """A wide table printed to PDF in two bands: four headers in ruled boxes, the values
    under them, then the next four."""
    rows = wide_rows(p)
    widths = (55.0, 40.0, 30.0, 45.0) if i % 2 == 0 else (60.0, 35.0, 30.0, 45.0)
    texts: list[tuple[float, float, str]] = [(70.0, 20.0, "สรุปข้อมูลผู้ยื่นคำร้อง")]
    rects: list[tuple[float, float, float, float]] = []
    y = 35.0
    for band in (rows[:4], rows[4:]):
        # a value wider than its box wraps inside it, the row as tall as its longest cell
        # (mended after the first run: the builder let it run over the next boxes)
        cells = [wrap(v, int(w / 1.9)) for (_, v), w in zip(band, widths, strict=True)]
        tall = 5.0 * max(len(c) for c in cells) + 5
        x = 15.0
        for (k, _), w, pieces in zip(band, widths, cells, strict=True):
            rects += [(x, y, w, 10), (x, y + 10, w, tall)]
            texts += [(x + 2, y + 7, k)]
            texts += [(x + 2, y + 16 + 5 * n, piece) for n, piece in enumerate(pieces)]
            x += w
        y += 10 + tall + 10
    data = pdf_page(texts, size=9, face="Garuda", rects=rects)
    raw = message(p, i, files=(("สรุปข้อมูล.pdf", data, PDF),))
    return Case("pdf_two_band_header_table", raw, expect(p))


def pdf_english_foreign_resident(p: Person, i: int) -> Case:
    """The foreign resident's English form printed to PDF, labels with colons in a column,
    values in another."""

    def body_of(f: tuple[str, ...]) -> bytes:
        title, first, last, nid, born, mobile, email, addr, _, prov_en, postal = f
        b: date = born  # type: ignore[assignment]
        rows = [("Name", f"{title} {first} {last}"), ("ID No.", dashed_id(nid)),
                ("Passport No.", f"K{1207731 + i}"),
                ("Date of birth", f"{b.day} {ENGLISH_MONTHS[b.month - 1]} {b.year}"),
                ("Address", f"{addr}, {prov_en} {postal}"),
                ("Mobile phone", f"+66 {mobile[1:3]} {mobile[3:6]} {mobile[6:]}"),
                ("E-mail", email)]  # fmt: skip
        texts = [(60.0, 20.0, "Application for a Certificate of Residence")]
        for k, (a, v) in enumerate(rows):
            texts += [(20.0, 40.0 + 10 * k, f"{a}:"), (65.0, 40.0 + 10 * k, v)]
        data = pdf_page(texts, size=11, face="Garuda")
        return message(p, i, files=(("application.pdf", data, PDF),),
                       text="Hello,\nMy application is attached.\nThank you\n",
                       subject="Certificate of residence", sender=f"{first} {last} <{email}>")  # fmt: skip

    return foreign_case("pdf_english_foreign_resident", i, body_of)


# --- sheets -------------------------------------------------------------------------------


def xlsx_child_guardian_rows(p: Person, i: int) -> Case:
    """A day-care centre's sheet: one row for the child (the applicant), one for the
    guardian, the same columns; the child's phone and e-mail cells empty."""
    c = CHILDREN[i % 2]
    heads = ["ประเภท", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "จังหวัด",
             "รหัสไปรษณีย์", "โทรศัพท์", "อีเมล"]  # fmt: skip
    kid = ["เด็ก (ผู้สมัคร)", c.name, c.nid, datetime(c.born.year, c.born.month, c.born.day),
           c.line(), c.province, c.postal, None, None]  # fmt: skip
    adult = ["ผู้ปกครอง", p.name, p.nid, datetime(p.born.year, p.born.month, p.born.day),
             p.line(), p.province, p.postal, p.mobile, p.email]  # fmt: skip

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "ใบสมัคร"
        ws.append(heads)
        for row in (kid, adult) if i % 2 == 0 else (adult, kid):
            ws.append(row)
        for r in (2, 3):
            ws.cell(r, 4).number_format = "dd/mm/yyyy"

    raw = message(p, i, files=(("ใบสมัคร ศพด.xlsx", xlsx_bytes(build), XLSX),))
    exp = {
        "full_name": child_names(c),
        **expect(c, "national_id birth_date address province postal_code"),
    }
    return Case("xlsx_child_guardian_rows", raw, with_contact(exp, p))


def csv_pipe_be_compact_dates(p: Person, i: int) -> Case:
    """A registration system's export with "|" between columns, the address in parts, the
    birth date as a compact Buddhist date (25260914), English column keys (i even) or
    Thai ones."""
    b = p.born
    if i % 2 == 0:
        heads = ["PID", "TITLE", "FNAME", "LNAME", "BIRTHDATE", "HOUSE_NO", "MOO", "SOI", "ROAD",
                 "TAMBON", "AMPHUR", "PROVINCE", "ZIPCODE", "MOBILE", "EMAIL"]  # fmt: skip
    else:
        heads = ["เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "วันเกิด", "บ้านเลขที่", "หมู่",
                 "ซอย", "ถนน", "ตำบล", "อำเภอ", "จังหวัด", "รหัสไปรษณีย์", "มือถือ", "อีเมล"]  # fmt: skip
    vals = [p.nid, p.title, p.first, p.last, f"{b.year + 543}{b.month:02d}{b.day:02d}", p.house,
            p.moo, p.soi, p.road, p.tambon, p.amphoe, p.province, p.postal, p.mobile, p.email]  # fmt: skip
    data = ("|".join(heads) + "\n" + "|".join(vals) + "\n").encode()
    raw = message(p, i, files=(("export_20261205.csv", data, "text/csv"),))
    return Case("csv_pipe_be_compact_dates", raw, expect(p))


def xlsx_two_band_header_rows(p: Person, i: int) -> Case:
    """A sheet laid out like a printed summary: four headers, their values, four more
    headers, their values."""
    rows = wide_rows(p)

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "Sheet1"
        for band in (rows[:4], rows[4:]):
            ws.append([k for k, _ in band])
            ws.append([v for _, v in band])
            if i % 2:
                ws.append([])

    raw = message(p, i, files=(("ข้อมูลผู้ยื่น.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_two_band_header_rows", raw, expect(p))


# --- text files ---------------------------------------------------------------------------


def eml_forwarded_inner_html_qp(p: Person, i: int) -> Case:
    """The village headman forwards a villager's mail as an attached .eml: the villager's
    mail is HTML only, quoted-printable; the headman's note above gives his own phone."""
    headman = PEOPLE[(PEOPLE.index(p) + 5) % len(PEOPLE)]
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = f"{p.first} {p.last} <{p.email}>"
    inner["To"] = f"{headman.first} <{headman.email}>"
    inner["Subject"] = "ฝากยื่นคำร้องด้วยครับ"
    inner["Date"] = format_datetime(datetime(2026, 12, 4, 18, i, tzinfo=UTC))
    inner["Message-ID"] = f"<set24-inner-{i}@example.net>"
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเกิด", thai_date(p.born, short=True)), ("ที่อยู่", full(p)),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    html = ("<div>ผู้ใหญ่ครับ ฝากส่งคำร้องให้ อบต. ด้วยครับ</div>"
            + "".join(f"<div>{esc(k)}: {esc(v)}</div>" for k, v in rows))  # fmt: skip
    inner.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    outer = EmailMessage()
    outer["From"] = f"{headman.name} <{headman.email}>"
    outer["To"] = AGENCY_MAIL
    outer["Subject"] = "ส่งต่อคำร้องของลูกบ้าน"
    outer["Date"] = format_datetime(datetime(2026, 12, 5, 8, i, tzinfo=UTC))
    outer["Message-ID"] = f"<set24-outer-{i}@example.net>"
    outer.set_content(
        f"เรียน {AGENCY_SHORT}\n\nส่งต่อคำร้องของลูกบ้านตามอีเมลที่แนบครับ\n\n"
        f"{headman.name}\nผู้ใหญ่บ้านหมู่ที่ {p.moo or '1'}\nโทร {dashed_phone(headman.mobile)}\n",
        charset="utf-8",
    )
    if i % 2 == 0:
        outer.add_attachment(inner, filename="ฝากยื่นคำร้องด้วยครับ.eml")
    else:
        outer.add_attachment(bytes(inner), maintype="application", subtype="octet-stream",
                             filename="ฝากยื่นคำร้องด้วยครับ.eml")  # fmt: skip
    return Case("eml_forwarded_inner_html_qp", bytes(outer), expect(p, "", full(p)))


def txt_voice_recorder_transcript(p: Person, i: int) -> Case:
    """A phone voice recorder's speech-to-text saved as .txt: a time stamp per utterance,
    the request spoken as sentences, numbers as the recogniser writes them."""
    b = p.born
    spoken = [
        "สวัสดีครับ ขอยื่นคำร้องขอหนังสือรับรองที่อยู่ครับ",
        f"ผมชื่อ{p.first} นามสกุล{p.last} ครับ" if i % 2 == 0 else f"ชื่อ {p.name} ค่ะ",
        f"เลขบัตรประชาชน {p.nid[0]} {p.nid[1:5]} {p.nid[5:10]} {p.nid[10:12]} {p.nid[12]}",
        f"เกิดวันที่ {b.day} {MONTHS[b.month - 1]} {b.year + 543}",
        f"อยู่บ้านเลขที่ {p.line()} {p.province_written} {p.postal}",
        f"เบอร์โทร {p.mobile[:3]} {p.mobile[3:6]} {p.mobile[6:]}",
        f"อีเมล {p.email}",
        "ขอบคุณครับ",
    ]
    lines = [f"ผู้พูด 1 ({k // 6:02d}:{(k * 9) % 60:02d})\n{s}\n" for k, s in enumerate(spoken)]
    data = ("บันทึกเสียง 005\n5 ธ.ค. 2569 08:41\n\n" + "\n".join(lines)).encode()
    raw = message(p, i, files=(("บันทึกเสียง 005.txt", data, "text/plain"),))
    exp = expect(p)
    if i % 2 == 0:  # "ผมชื่อธนากร นามสกุลศรีประเสริฐ": a man, "ผม", the title not said
        exp["full_name"] = (p.name, f"{p.first} {p.last}")
    return Case("txt_voice_recorder_transcript", raw, exp)


def txt_keep_checklist_export(p: Person, i: int) -> Case:
    """A Google Keep note shared as text: the note's title, then each line a checklist
    item, ☐ before it (or ☑ when ticked off)."""
    rows = [f"ชื่อ: {p.name}", f"เลขบัตรประชาชน: {p.nid}", f"วันเกิด: {thai_date(p.born)}",
            f"ที่อยู่: {full(p)}", f"เบอร์: {dashed_phone(p.mobile)}", f"เมล: {p.email}"]  # fmt: skip
    box = ("☐", "☑") if i % 2 == 0 else ("[ ]", "[x]")
    items = "\n".join(f"{box[k % 2]} {r}" for k, r in enumerate(rows))
    data = f"ข้อมูลยื่น อบต.\n\n{items}\n".encode()
    raw = message(p, i, files=(("ข้อมูลยื่น อบต..txt", data, "text/plain"),))
    return Case("txt_keep_checklist_export", raw, expect(p, "", full(p)))


STYLES: tuple[Style, ...] = (
    garuda_letter_name_at_foot, curator_for_incompetent_person,
    cells_one_per_line_header_then_values, utility_bill_numbers_beside,
    queue_booking_pasted_above_details, soft_hyphens_word_joiners_numbers,
    english_pr_resident_us_dates, voice_typed_thap_khid_words,
    html_garuda_letter_center_signature, html_child_guardian_two_tables,
    html_two_band_header_table, html_shy_zwsp_entities,
    docx_child_guardian_sections, docx_body_disagrees_phone, docx_english_foreign_resident,
    docx_soft_hyphen_elements,
    pdf_garuda_letter_name_at_foot, pdf_body_disagrees_birth_year, pdf_two_band_header_table,
    pdf_english_foreign_resident,
    xlsx_child_guardian_rows, csv_pipe_be_compact_dates, xlsx_two_band_header_rows,
    eml_forwarded_inner_html_qp, txt_voice_recorder_transcript, txt_keep_checklist_export,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:8]},
    **{s.__name__: "HTML" for s in STYLES[8:12]},
    **{s.__name__: "Word" for s in STYLES[12:16]},
    **{s.__name__: "PDF" for s in STYLES[16:20]},
    **{s.__name__: "sheet" for s in STYLES[20:23]},
    **{s.__name__: "text file" for s in STYLES[23:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[1]
    away = EmailMessage()
    away["From"] = f"{p.first} {p.last} <{p.email}>"
    away["To"] = AGENCY_MAIL
    away["Subject"] = "ตอบกลับอัตโนมัติ: แจ้งผลการพิจารณาคำร้อง"
    away["Date"] = format_datetime(datetime(2026, 12, 5, 11, 5, tzinfo=UTC))
    away["Message-ID"] = "<set24-outcome-away@example.net>"
    away["X-Autoreply"] = "yes"
    away["Auto-Submitted"] = "auto-replied"
    away.set_content("ขณะนี้ลาพักร้อน จะกลับมาทำงานวันที่ 14 ธันวาคม 2569\n", charset="utf-8")
    return [
        ("a formal letter, the name at its foot", garuda_letter_name_at_foot(p, 0).raw, "request"),
        ("a headman forwarding an attached .eml", eml_forwarded_inner_html_qp(p, 0).raw, "request"),
        ("a voice-typed request", voice_typed_thap_khid_words(p, 1).raw, "request"),
        ("an out-of-office reply", bytes(away), "auto_reply"),
    ]
