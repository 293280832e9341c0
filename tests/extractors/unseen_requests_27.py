"""A twenty-seventh set of requests written by someone who had not read the readers (issue
8): TYPED text only (mail bodies, HTML bodies, Word, PDF text layers, sheets), in shapes
sets 1-26 do not hold, written as Thai citizens mail an agency.

Written before reading `extractors/` or `config/` (only the harness, blind_sets.py, set
24's builder and test, the file makers of sets 5, 11, 13 and 17 and the earlier sets'
style names were read):

- plain bodies: a request typed on a phone in one long line, spaces only, no colons; a
  nickname in brackets after the name or between the first and the family name; an ID in
  1-4-5-2-1 groups split by spaces, or with its last digit apart; a phone with the country
  code in brackets, "(+66) 81 550 2291", "+66 (81) 550-2291"; a condo's room, floor and
  building before the road, แขวง and เขต; a village estate (หมู่บ้าน ... ซอย ...) before
  หมู่/ตำบล/อำเภอ; an older person's polite letter with the details scattered through its
  sentences (ID in one paragraph, the birth date in another, the phone in the last); a
  younger writer mixing Thai and English labels, CE dates with English months; the ID
  only in the Subject; a form typed twice in one mail, the second corrected.
- HTML bodies: a web-mail whose automatic signature holds a company colleague's phone and
  mobile; a <dl> of <dt>/<dd> pairs; a table whose address cell breaks with <br> between
  the condo's building line and its road line; the older person's letter as <p>s.
- Word: two Word files, a salary certificate from the employer (an HR officer's name and
  phone, the company's 13-digit juristic number) and the form; a paragraph form whose
  label says "(ชื่อเล่น)" and whose value carries the nickname in brackets.
- PDF: a form whose address is a condo or an estate and whose phone has the country code
  in brackets; two PDFs, a receipt from another office (the cashier's name, the office's
  phone, a 13-digit receipt number) and the form.
- Sheets: one row with title, first, family name and nickname in their own columns, the
  ID in spaced groups, the phone with the country code; a Google Forms response export
  (CSV) whose phone column lost its leading zero (815502291) in one variant.

Conventions: the applicant is the person the request is FOR and whose details the form
holds; the contact phone is the applicant's own, never a colleague's, an office's or a
cashier's. Names: the title joined to the first name, one space before the family name, the
nickname left out ("นายศุภชัย บุญมา", not "... (โอ๊ต)"); a name written without a title is
right without one. An address is right from its first element as typed (the house number,
or the room where the writer puts the room first) to the district, with or without the
province and postal code (fields of their own); a condo's building, floor and room and an
estate's name are part of it. A phone whose leading zero a sheet dropped is right only
as the full number (0815502291 or +66815502291). Where a form is typed twice in one mail,
the second (the writer's correction) is right. An older person who mails through a
grandchild gives no e-mail of their own in the letter: none is expected. Everyone and every number is
invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

import html as htmllib
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Person, expect, pdf_page, thai_date, xlsx_bytes
from unseen_requests_11 import PDF, Attachment, dashed_phone, t
from unseen_requests_13 import body_docx, dashed_id, para, slash_date
from unseen_requests_17 import cell, grid

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element

PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "ปวีณา", "ชัยมงคล", with_check_digit("110370045129"), date(1995, 3, 8),
           "0813307742", "paweena.cm@gmail.com", "333/128", "", "", "รัชดาภิเษก", "ห้วยขวาง",
           "ห้วยขวาง", "กรุงเทพมหานคร", "10310"),
    Person("นาย", "ศุภชัย", "บุญมา", with_check_digit("312050067384"), date(1982, 10, 21),
           "0869012457", "suppachai.bm@hotmail.com", "59/214", "5", "", "", "บางรักพัฒนา",
           "บางบัวทอง", "นนทบุรี", "11110"),
    Person("นาง", "ละเอียด", "สุขประเสริฐ", with_check_digit("372040019856"), date(1951, 2, 12),
           "0892274103", "laiad.sp2494@gmail.com", "47", "4", "", "", "สระแก้ว", "เมืองสุพรรณบุรี", "สุพรรณบุรี",
           "72000"),
    Person("นาย", "ภาณุพงศ์", "ศรีทอง", with_check_digit("110140098231"), date(1990, 7, 3),
           "0957714286", "panupong.st@outlook.com", "18", "", "สุขุมวิท 71", "สุขุมวิท",
           "พระโขนงเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110"),
    Person("นางสาว", "ธนพร", "แก้วมณี", with_check_digit("150990123472"), date(2002, 1, 17),
           "0631948825", "thanaporn.km@gmail.com", "9/407", "", "", "ห้วยแก้ว", "สุเทพ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
    Person("นาย", "สมศักดิ์", "ปานทอง", with_check_digit("330080041127"), date(1949, 8, 30),
           "0818846019", "somsak.pt49@hotmail.com", "112", "8", "", "", "หนองระเวียง", "เมืองนครราชสีมา",
           "นครราชสีมา", "30000"),
    Person("นาง", "จิราพร", "มีสุข", with_check_digit("313990027645"), date(1978, 5, 26),
           "0847720396", "jiraporn.ms@yahoo.com", "88/45", "2", "", "", "คลองสาม",
           "คลองหลวง", "ปทุมธานี", "12120"),
    Person("นาย", "ธนวัฒน์", "รัตนพันธ์", with_check_digit("110200154398"), date(1999, 11, 9),
           "0920058164", "thanawat.rp@icloud.com", "15", "", "สุขุมวิท 101/1", "", "บางจาก",
           "พระโขนง", "กรุงเทพมหานคร", "10260"),
)  # fmt: skip

# what each person's address carries between the house number and the rest (a condo's
# building, floor and room; an estate and its soi), as they type it
EXTRA = {
    "ปวีณา": "อาคารบี ชั้น 8 ห้อง 812 คอนโดลุมพินีวิลล์ รัชดา",
    "ศุภชัย": "หมู่บ้านพฤกษาวิลล์ 12 ซอย 7",
    "ธนพร": "อาคาร A ชั้น 4 ห้อง 407 ศุภาลัย มอนเต้",
    "จิราพร": "หมู่บ้านชัยพฤกษ์ ซอย 3/1",
}
NICK = {"ปวีณา": "แพรว", "ศุภชัย": "โอ๊ต", "ละเอียด": "ยายเอียด", "ภาณุพงศ์": "ปอนด์",
        "ธนพร": "ใบเตย", "สมศักดิ์": "ตาศักดิ์", "จิราพร": "จิ๋ว", "ธนวัฒน์": "ต้นกล้า"}  # fmt: skip
CONDOS = (PEOPLE[0], PEOPLE[4])
ESTATES = (PEOPLE[1], PEOPLE[6])
ELDERS = (PEOPLE[2], PEOPLE[5])
YOUNG = (PEOPLE[4], PEOPLE[7])

AGENCY = "สำนักงานเขตห้วยขวาง"
AGENCY_MAIL = "saraban@huaikhwang.go.th"
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip
SUBJECTS = ("ขอยื่นคำร้องค่ะ", "ยื่นคำร้องขอหนังสือรับรอง", "คำร้อง", "ส่งข้อมูลยื่นคำร้องครับ")
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 4, 20, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set27-{n}-{p.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = "เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามไฟล์แนบค่ะ\n"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def home(p: Person, short: bool = False) -> str:
    """The address as the person types it: house number, the condo's or estate's part,
    then หมู่/ซอย/ถนน and the district."""
    extra = EXTRA.get(p.first, "")
    return " ".join(x for x in (p.house, extra, p.rest(short)) if x)


def province_of(p: Person, short: bool = False) -> str:
    if p.bangkok:
        return "กทม." if short else "กรุงเทพมหานคร"
    return f"จ.{p.province}" if short else f"จังหวัด{p.province}"


def whole(p: Person, short: bool = False) -> str:
    return f"{home(p, short)} {province_of(p, short)} {p.postal}"


def exp_of(p: Person, keys: str = "") -> dict[str, tuple[str, ...]]:
    """What a clerk accepts, the address as typed (whole or short) among the forms."""
    # the province as the writer typed it ("กทม.", "จ.นนทบุรี"), with or without the postal
    # code (mended after the first run: the builder had left out the typed short forms)
    typed = [home(p), home(p, short=True)]
    typed += [f"{h} {province_of(p, s)}" for h in typed[:2] for s in (False, True)]
    typed += [f"{h} {p.postal}" for h in typed[2:]]
    return expect(p, keys, *typed)


def spaced_id(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def age(born: date) -> int:
    return 2026 - born.year - ((born.month, born.day) > (12, 4))


def case(style: str, raw: bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, raw, exp)


# --- plain bodies -------------------------------------------------------------------------


def phone_single_line_spaces_only(p: Person, i: int) -> Case:
    """Typed on a phone in one long line: spaces only, no colon, no line break, labels
    shortened as people type them; the ID unbroken or in groups."""
    b = p.born
    if i % 2 == 0:
        text = (
            f"สวัสดีค่ะ ขอยื่นคำร้องขอหนังสือรับรองการอยู่อาศัยค่ะ ชื่อ {p.name} "
            f"เลขบัตรประชาชน {p.nid} เกิดวันที่ {b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543} "
            f"ที่อยู่ {whole(p, short=True)} เบอร์ {p.mobile} อีเมล {p.email} ขอบคุณค่ะ"
        )
    else:
        text = (
            f"เรียนเจ้าหน้าที่ครับ ผม {p.name} บัตร ปชช {spaced_id(p.nid)} "
            f"วดป เกิด {slash_date(b)} บ้านเลขที่ {whole(p)} โทร {dashed_phone(p.mobile)} "
            f"เมล {p.email} รบกวนด้วยครับ"
        )
    return case("phone_single_line_spaces_only", message(p, i, text=text), exp_of(p))


def form_lines(p: Person, name: str, nid: str, phone: str, born: str, addr: str) -> str:
    return (
        f"ชื่อ-สกุล: {name}\n"
        f"เลขประจำตัวประชาชน: {nid}\n"
        f"วันเดือนปีเกิด: {born}\n"
        f"ที่อยู่: {addr}\n"
        f"จังหวัด: {p.province}\n"
        f"รหัสไปรษณีย์: {p.postal}\n"
        f"เบอร์โทรศัพท์: {phone}\n"
        f"อีเมล: {p.email}\n"
    )


def nickname_in_brackets(p: Person, i: int) -> Case:
    """The nickname (ชื่อเล่น) in brackets after the whole name, or between the first name
    and the family name, as friends and family know the writer."""
    nick = NICK[p.first]
    name = f"{p.name} ({nick})" if i % 2 == 0 else f"{p.title}{p.first} ({nick}) {p.last}"
    text = (
        "เรียน เจ้าหน้าที่\n\nขอยื่นคำร้องตามข้อมูลด้านล่างค่ะ\n\n"
        + form_lines(p, name, p.nid, dashed_phone(p.mobile), thai_date(p.born), home(p))
        + f"\nขอบคุณค่ะ\n{nick}\n"
    )
    return case("nickname_in_brackets", message(p, i, text=text), exp_of(p))


def id_spaced_groups_or_last_apart(p: Person, i: int) -> Case:
    """The ID copied off the card with spaces between its 1-4-5-2-1 groups, or its first
    twelve digits and then the check digit apart after a dash and spaces."""
    nid = spaced_id(p.nid) if i % 2 == 0 else f"{p.nid[:12]} - {p.nid[12]}"
    text = "เรียน งานทะเบียน\n\n" + form_lines(p, p.name, nid, p.mobile, slash_date(p.born), home(p))
    return case("id_spaced_groups_or_last_apart", message(p, i, text=text), exp_of(p))


def phone_country_code_brackets(p: Person, i: int) -> Case:
    """The mobile with the country code and brackets, as a phone's contact card shows
    it: "(+66) 81 550 2291" or "+66 (81) 550-2291"."""
    m = p.mobile
    phone = f"(+66) {m[1:3]} {m[3:6]} {m[6:]}" if i % 2 == 0 else f"+66 ({m[1:3]}) {m[3:6]}-{m[6:]}"
    text = "สวัสดีครับ\nขอยื่นเรื่องครับ\n\n" + form_lines(
        p, p.name, dashed_id(p.nid), phone, thai_date(p.born), home(p)
    )
    return case("phone_country_code_brackets", message(p, i, text=text), exp_of(p))


def condo_room_floor_building(p: Person, i: int) -> Case:
    """A condo dweller: the house number, then building, floor and room and the project's
    name, then the road, แขวง/เขต or ตำบล/อำเภอ; in one variant short (ถ., แขวง, อ.)."""
    p = CONDOS[i % 2]
    addr = home(p, short=i % 2 == 1)
    text = (
        "เรียน เจ้าหน้าที่\n\nขอแจ้งย้ายเข้าและขอหนังสือรับรองค่ะ\n\n"
        f"ชื่อ {p.name}\n"
        f"เลขบัตรประชาชน {dashed_id(p.nid)}\n"
        f"เกิด {thai_date(p.born, short=True)}\n"
        f"ที่อยู่ปัจจุบัน {addr} {province_of(p, short=True)} {p.postal}\n"
        f"มือถือ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return case("condo_room_floor_building", message(p, i, text=text), exp_of(p))


def village_estate_soi_moo(p: Person, i: int) -> Case:
    """A house in a village estate: the estate's name and its soi before หมู่, ตำบล and
    อำเภอ; the province and postal code on the same line."""
    p = ESTATES[i % 2]
    text = (
        "เรียน นายทะเบียน\n\n"
        f"ข้าพเจ้า {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเกิด {slash_date(p.born)}\n"
        f"ที่อยู่ {whole(p, short=i % 2 == 0)}\n"
        f"โทร. {p.mobile}\n"
        f"E-mail {p.email}\n\n"
        "มีความประสงค์ขอคัดสำเนาทะเบียนบ้าน\n"
    )
    return case("village_estate_soi_moo", message(p, i, text=text), exp_of(p))


def elder_letter_text(p: Person, i: int) -> list[str]:
    b = p.born
    i_word = "ดิฉัน" if p.title == "นาง" else "กระผม"
    ending = "ค่ะ" if p.title == "นาง" else "ครับ"
    born = f"{b.day} {MONTHS[b.month - 1]} พ.ศ. {b.year + 543}"
    if i % 2:
        born = thai(born)
    grand = "หลานสาว" if i % 2 == 0 else "หลานชาย"
    return [
        f"เรียน ท่านผู้อำนวยการ{AGENCY} ที่เคารพ",
        f"        {i_word} {p.name} ปัจจุบันอายุ {age(b)} ปีแล้ว เป็นผู้สูงอายุอาศัยอยู่กับ{grand}"
        f" ณ บ้านเลขที่ {home(p)} {province_of(p)} {p.postal} มาหลายปีแล้ว"
        f" มีความประสงค์จะขอรับเบี้ยยังชีพผู้สูงอายุ เนื่องจากย้ายทะเบียนบ้านมาใหม่{ending}",
        f"        {i_word}เกิดเมื่อวันที่ {born} ตามบัตรประจำตัวประชาชน"
        f" ซึ่ง{i_word}ได้ให้{grand}ถ่ายสำเนาแนบมากับจดหมายนี้ด้วย"
        f" บัตรของ{i_word}เลขที่ {dashed_id(p.nid)} {ending}",
        f"        {i_word}พิมพ์หนังสือเองไม่เป็น จึงให้{grand}ช่วยพิมพ์และส่งให้ทางอีเมลของ{grand}"
        f" หากท่านมีข้อสงสัยประการใด กรุณาโทรหา{i_word}ได้ที่หมายเลข {dashed_phone(p.mobile)}"
        f" {i_word}อยู่บ้านทุกวัน{ending}",
        f"        ขอขอบพระคุณเป็นอย่างสูง{ending}",
        "",
        "                    ด้วยความเคารพอย่างสูง",
        f"                    {p.name}",
    ]


def grandchild(p: Person, i: int) -> str:
    return f"{'มะลิ' if i % 2 == 0 else 'ต้นข้าว'} {p.last} <{'mali' if i % 2 == 0 else 'tonkhao'}.{i}@gmail.com>"


def elder_polite_letter_scattered(p: Person, i: int) -> Case:
    """An older person's polite letter, typed and sent by a grandchild from the
    grandchild's mail: the address in the first paragraph, the birth date (in Thai digits in
    one variant) and the ID in the second, the phone in the third; no e-mail of her own."""
    p = ELDERS[i % 2]
    text = "\n".join(elder_letter_text(p, i)) + "\n"
    raw = message(p, i, text=text, subject="ขอรับเบี้ยยังชีพผู้สูงอายุ", sender=grandchild(p, i))
    exp = exp_of(p)
    exp.pop("email")  # the letter gives none of the elder's own; the grandchild's is in From
    return case("elder_polite_letter_scattered", raw, exp)


def young_thai_english_mix(p: Person, i: int) -> Case:
    """A younger writer mixing Thai and English: English labels with Thai values, a CE
    birth date with an English month, emoji, "na ka" particles."""
    p = YOUNG[i % 2]
    b = p.born
    dob = (
        f"{b.day} {ENGLISH_MONTHS[b.month - 1][:3]} {b.year}"
        if i % 2 == 0
        else f"{b.day:02d}/{b.month:02d}/{b.year} (ค.ศ.)"
    )
    text = (
        "Hi ค่ะ 🙏 ขอ request หนังสือรับรองที่อยู่ไปยื่น visa นะคะ\n\n"
        f"Name : {p.name} ({NICK[p.first]})\n"
        f"ID card no. : {p.nid}\n"
        f"DOB : {dob}\n"
        f"Address : {home(p)}\n"
        f"Province : {p.province}\n"
        f"Zip : {p.postal}\n"
        f"Tel/Line : {p.mobile}\n"
        f"Email : {p.email}\n\n"
        "ถ้าต้องใช้ doc เพิ่ม แจ้งได้เลยนะคะ thx ค่ะ ✨\n"
    )
    return case(
        "young_thai_english_mix",
        message(p, i, text=text, subject="request หนังสือรับรองที่อยู่ค่ะ"),
        exp_of(p),
    )


def subject_carries_id(p: Person, i: int) -> Case:
    """The ID only in the Subject (as an office asked "put your ID in the subject"); the
    body gives the rest."""
    subject = (
        f"ขอคัดสำเนาทะเบียนบ้าน (เลขบัตร {p.nid})"
        if i % 2 == 0
        else f"คำร้อง_{dashed_id(p.nid)}_{p.first} {p.last}"
    )
    text = (
        "เรียน เจ้าหน้าที่\n\nตามที่แจ้งให้ใส่เลขบัตรในหัวเรื่อง ส่งข้อมูลเพิ่มเติมครับ\n\n"
        f"ชื่อ: {p.name}\n"
        f"วันเกิด: {thai_date(p.born)}\n"
        f"ที่อยู่: {whole(p)}\n"
        f"โทร: {dashed_phone(p.mobile)}\n"
        f"อีเมล: {p.email}\n"
    )
    return case("subject_carries_id", message(p, i, text=text, subject=subject), exp_of(p))


def form_sent_twice_second_corrected(p: Person, i: int) -> Case:
    """The form typed twice in one mail: the first with a slip (a phone digit wrong, or an
    ID whose check digit fails), then "แก้ไขใหม่ค่ะ" and the whole form again, right."""
    m = p.mobile
    wrong_phone = m[:7] + str((int(m[7]) + 4) % 10) + m[8:]
    wrong_id = p.nid[:12] + str((int(p.nid[12]) + 3) % 10)
    bad = (
        form_lines(p, p.name, p.nid, wrong_phone, thai_date(p.born), home(p))
        if i % 2 == 0
        else form_lines(p, p.name, wrong_id, m, thai_date(p.born), home(p))
    )
    good = form_lines(p, p.name, p.nid, m, thai_date(p.born), home(p))
    what = "เบอร์โทร" if i % 2 == 0 else "เลขบัตร"
    text = f"เรียน เจ้าหน้าที่\n\n{bad}\nขออภัยค่ะ พิมพ์{what}ผิด แก้ไขใหม่ตามนี้ค่ะ\n\n{good}\nขอบคุณค่ะ\n"
    return case("form_sent_twice_second_corrected", message(p, i, text=text), exp_of(p))


# --- HTML bodies --------------------------------------------------------------------------


def html_webmail_signature_colleague(p: Person, i: int) -> Case:
    """Sent from the writer's work web-mail: the request in <div>s, then the company's
    automatic signature holding a colleague's mobile and the office's phone and fax."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเกิด", thai_date(p.born)), ("ที่อยู่", whole(p)),
            ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมลส่วนตัว", p.email)]  # fmt: skip
    sig = (
        '<div style="color:#888;font-size:11px">--<br>'
        "บริษัท สยามโลจิสติกส์ เซอร์วิส จำกัด<br>"
        "ฝ่ายบุคคล ติดต่อ คุณวันดี ใจงาม มือถือ 089-114-2378<br>"
        "โทร. 02-274-5500 ต่อ 231 | แฟกซ์ 02-274-5501<br>"
        "www.siamlogis.example.co.th</div>"
    )
    html = ("<div>เรียน เจ้าหน้าที่</div><div><br></div><div>ขอยื่นคำร้องขอหนังสือรับรองการอยู่อาศัย รายละเอียดดังนี้</div>"
            + "".join(f"<div>{esc(k)} : {esc(v)}</div>" for k, v in rows)
            + "<div><br></div><div>ขอบคุณค่ะ</div><div><br></div>" + sig)  # fmt: skip
    work = f"{p.first} {p.last} <{p.email.split('@')[0]}@siamlogis.example.co.th>"
    return case(
        "html_webmail_signature_colleague", message(p, i, html=html, sender=work), exp_of(p)
    )


def html_dl_dt_dd_pairs(p: Person, i: int) -> Case:
    """A web form's confirmation copied into the mail: a definition list, each label a
    <dt> and each value a <dd> (own lines or run together)."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", slash_date(p.born)), ("ที่อยู่", home(p)),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เบอร์โทรศัพท์", p.mobile), ("อีเมล", p.email)]  # fmt: skip
    sep = "\n" if i % 2 == 0 else ""
    dl = (
        "<dl>"
        + sep
        + sep.join(f"<dt>{esc(k)}</dt>{sep}<dd>{esc(v)}</dd>" for k, v in rows)
        + sep
        + "</dl>"
    )
    html = f"<html><body><p>เรียน เจ้าหน้าที่</p><p>ข้อมูลที่กรอกในแบบฟอร์มออนไลน์ค่ะ</p>{dl}<p>ขอบคุณค่ะ</p></body></html>"
    return case("html_dl_dt_dd_pairs", message(p, i, html=html), exp_of(p))


def html_address_cell_br(p: Person, i: int) -> Case:
    """A table whose address cell breaks with <br> after the condo's (or estate's) part,
    the road and district on the second line, as an address label is written."""
    p = (CONDOS[0], ESTATES[0])[i % 2]
    extra = EXTRA[p.first]
    addr = f"{esc(p.house)} {esc(extra)}<br>{esc(p.rest())}<br>{esc(province_of(p))} {p.postal}"
    rows = [("ชื่อ-สกุล", esc(p.name)), ("เลขประจำตัวประชาชน", esc(dashed_id(p.nid))),
            ("วันเกิด", esc(thai_date(p.born))), ("ที่อยู่", addr),
            ("โทรศัพท์", esc(dashed_phone(p.mobile))), ("อีเมล", esc(p.email))]  # fmt: skip
    table = '<table border="1" cellpadding="5">' + "".join(
        f'<tr><td style="width:30%">{k}</td><td>{v}</td></tr>' for k, v in rows) + "</table>"  # fmt: skip
    html = f"<div>เรียน เจ้าหน้าที่</div><div>ขอยื่นคำร้องครับ</div>{table}<div>ขอบคุณครับ</div>"
    return case("html_address_cell_br", message(p, i, html=html), exp_of(p))


def html_elder_letter_paragraphs(p: Person, i: int) -> Case:
    """The older person's letter written by a grandchild in a web-mail's editor: one <p>
    per paragraph, indents as &nbsp;, the name under a centred closing."""
    p = ELDERS[(i + 1) % 2]
    parts = []
    for line in elder_letter_text(p, i):
        bare = line.strip()
        if not bare:
            parts.append("<p>&nbsp;</p>")
        elif line.startswith(" " * 20):
            parts.append(f'<p style="text-align:center">{esc(bare)}</p>')
        elif line.startswith(" " * 8):
            parts.append(f'<p style="text-align:justify">{"&nbsp;" * 10}{esc(bare)}</p>')
        else:
            parts.append(f"<p>{esc(bare)}</p>")
    raw = message(p, i, html="".join(parts), subject="ขอรับเบี้ยยังชีพ", sender=grandchild(p, i))
    exp = exp_of(p)
    exp.pop("email")  # the letter gives none of the elder's own; the grandchild's is in From
    return case("html_elder_letter_paragraphs", raw, exp)


# --- Word ---------------------------------------------------------------------------------


def row2(label: str, value: str) -> str:
    return "<w:tr>" + cell(para(t(label)), 3000) + cell(para(t(value)), 6000) + "</w:tr>"


def form_docx(p: Person, title: str = "แบบคำร้องทั่วไป") -> bytes:
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", home(p)),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    xml = para(t(title, "<w:b/>"), ppr='<w:jc w:val="center"/>') + grid(
        [row2(k, v) for k, v in rows], 2, 4500
    )
    return body_docx(xml)


def salary_certificate_docx(p: Person, i: int) -> bytes:
    """The employer's salary certificate: the company's juristic number, the HR officer's
    name and phone, the employee's name and pay (no ID)."""
    lines = [
        "บริษัท สยามโลจิสติกส์ เซอร์วิส จำกัด",
        f"เลขทะเบียนนิติบุคคล {with_check_digit('010555801234')}",
        "99 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310 โทร. 02-274-5500",
        "",
        "หนังสือรับรองเงินเดือน",
        f"        หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า {p.name} เป็นพนักงานของบริษัท ตำแหน่ง"
        f" เจ้าหน้าที่บัญชี เริ่มงานเมื่อวันที่ 1 มิถุนายน 25{60 + i % 5} ได้รับเงินเดือน 28,500 บาท",
        "        ออกให้ ณ วันที่ 1 ธันวาคม 2569",
        "",
        "ลงชื่อ นางวันดี ใจงาม ผู้จัดการฝ่ายบุคคล",
        "โทร. 089-114-2378 อีเมล wandee.j@siamlogis.example.co.th",
    ]
    return body_docx("".join(para(t(x)) for x in lines))


def docx_two_files_one_form(p: Person, i: int) -> Case:
    """Two Word files in one mail: the employer's salary certificate (the HR officer's name,
    mobile and e-mail, the company's juristic number) and the request form; the certificate
    first in one variant."""
    files = [("หนังสือรับรองเงินเดือน.docx", salary_certificate_docx(p, i), DOCX),
             ("แบบคำร้องขอรับสวัสดิการ.docx", form_docx(p, "แบบคำร้องขอรับสวัสดิการ"), DOCX)]  # fmt: skip
    if i % 2:
        files.reverse()
    text = "เรียน เจ้าหน้าที่\n\nแนบแบบคำร้องและหนังสือรับรองเงินเดือนค่ะ\n"
    return case("docx_two_files_one_form", message(p, i, text=text, files=tuple(files)), exp_of(p))


def docx_nickname_label_paragraphs(p: Person, i: int) -> Case:
    """A Word form of "label: value" paragraphs whose name label asks for the nickname too,
    "ชื่อ-นามสกุล (ชื่อเล่น)", and whose value carries it in brackets; the ID in spaced
    groups."""
    rows = [("ชื่อ-นามสกุล (ชื่อเล่น)", f"{p.name} ({NICK[p.first]})"),
            ("เลขประจำตัวประชาชน 13 หลัก", spaced_id(p.nid)),
            ("วัน/เดือน/ปีเกิด", slash_date(p.born)), ("ที่อยู่ปัจจุบัน", home(p)),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เบอร์มือถือ", p.mobile), ("อีเมล", p.email)]  # fmt: skip
    sep = " : " if i % 2 == 0 else "\t"
    xml = para(t("ใบสมัครอาสาสมัครชุมชน", "<w:b/>"), ppr='<w:jc w:val="center"/>') + "".join(
        para(t(k), t(sep) if sep != "\t" else "<w:r><w:tab/></w:r>", t(v)) for k, v in rows
    )
    raw = message(p, i, files=(("ใบสมัครอาสา.docx", body_docx(xml), DOCX),))
    return case("docx_nickname_label_paragraphs", raw, exp_of(p))


# --- PDF ----------------------------------------------------------------------------------


def pdf_condo_estate_form(p: Person, i: int) -> Case:
    """A printed form: the address of a condo (building, floor, room) or an estate (its
    name and soi), the phone with the country code in brackets."""
    p = (CONDOS[0], ESTATES[1])[i % 2]
    m = p.mobile
    labels = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
              ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", home(p)),
              ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
              ("โทรศัพท์", f"(+66) {m[1:3]}-{m[3:6]}-{m[6:]}"), ("อีเมล", p.email)]  # fmt: skip
    texts = [(70.0, 20.0, "แบบคำร้องทั่วไป")]
    texts += [(20.0, 40.0 + 10 * k, f"{a} : {v}") for k, (a, v) in enumerate(labels)]
    data = pdf_page(texts, size=13, face="Garuda")
    raw = message(p, i, files=(("คำร้อง.pdf", data, PDF),))
    return case("pdf_condo_estate_form", raw, exp_of(p))


def receipt_pdf(p: Person, i: int) -> bytes:
    """Another office's receipt: its own phone, the cashier's name, a 13-digit number."""
    texts = [
        (60.0, 20.0, "ใบเสร็จรับเงิน สำนักงานที่ดินจังหวัด"),
        (20.0, 35.0, f"เลขที่ใบเสร็จ {with_check_digit(f'2569120{i:03d}11')}"),
        (20.0, 45.0, f"ได้รับเงินจาก {p.name}"),
        (20.0, 55.0, "ค่าธรรมเนียมคัดสำเนาเอกสาร 50.00 บาท"),
        (20.0, 65.0, "ผู้รับเงิน นางสาวสุดารัตน์ ทองดี"),
        (20.0, 75.0, "โทรศัพท์ 02-143-8870 อีเมล land.cashier@dol.example.go.th"),
    ]
    return pdf_page(texts, size=12, face="Garuda")


def pdf_two_files_receipt_and_form(p: Person, i: int) -> Case:
    """Two PDFs in one mail: another office's receipt (the payer's name, the cashier's
    name, the office's phone and mail, a 13-digit receipt number) and the form."""
    labels = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
              ("วันเกิด", slash_date(p.born)), ("ที่อยู่", home(p)),
              ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
              ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    texts = [(75.0, 20.0, "แบบคำร้อง")]
    texts += [(20.0, 40.0 + 10 * k, f"{a}: {v}") for k, (a, v) in enumerate(labels)]
    files = [
        ("ใบเสร็จ.pdf", receipt_pdf(p, i), PDF),
        ("แบบคำร้อง.pdf", pdf_page(texts, size=13), PDF),
    ]
    if i % 2 == 0:
        files.reverse()
    return case("pdf_two_files_receipt_and_form", message(p, i, files=tuple(files)), exp_of(p))


# --- sheets -------------------------------------------------------------------------------


def xlsx_name_parts_nickname_column(p: Person, i: int) -> Case:
    """One row: title, first name, family name and nickname in their own columns, the ID
    in spaced groups (text), the birth date typed as text, the phone with the country
    code in brackets."""
    m = p.mobile
    heads = ["คำนำหน้า", "ชื่อ", "นามสกุล", "ชื่อเล่น", "เลขบัตรประชาชน", "วันเกิด", "ที่อยู่",
             "จังหวัด", "รหัสไปรษณีย์", "เบอร์โทร", "อีเมล"]  # fmt: skip
    b = p.born
    vals = [p.title, p.first, p.last, NICK[p.first], spaced_id(p.nid),
            f"{b.day}/{b.month}/{b.year + 543}", home(p), p.province, p.postal,
            f"(+66) {m[1:3]} {m[3:6]} {m[6:]}", p.email]  # fmt: skip

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "ข้อมูล"
        if i % 2:
            ws.append(["แบบฟอร์มลงทะเบียน"])
        ws.append(heads)
        ws.append(vals)

    raw = message(p, i, files=(("ลงทะเบียน.xlsx", xlsx_bytes(build), XLSX),))
    return case("xlsx_name_parts_nickname_column", raw, exp_of(p))


def csv_google_forms_lost_zero(p: Person, i: int) -> Case:
    """A Google Forms response sheet downloaded as CSV: a time stamp, the respondent's
    e-mail column, questions as headers, a CE birth date d/m/yyyy; in one variant the phone
    column lost its leading zero (a number cell)."""
    b = p.born
    heads = ["ประทับเวลา", "ที่อยู่อีเมล", "ชื่อ-นามสกุล", "เลขบัตรประชาชน 13 หลัก", "วันเดือนปีเกิด",
             "ที่อยู่ปัจจุบัน (บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ)", "จังหวัด", "รหัสไปรษณีย์",
             "เบอร์โทรศัพท์ที่ติดต่อได้", "เรื่องที่ต้องการยื่น"]  # fmt: skip
    phone = p.mobile[1:] if i % 2 == 0 else p.mobile
    vals = [f"4/12/2026, 19:{i:02d}:33", p.email, p.name, p.nid, f"{b.day}/{b.month}/{b.year}",
            home(p), p.province, p.postal, phone, "ขอหนังสือรับรองการอยู่อาศัย"]  # fmt: skip

    def q(v: str) -> str:
        return f'"{v}"' if ("," in v or " " in v) else v

    data = (",".join(q(h) for h in heads) + "\r\n" + ",".join(q(v) for v in vals) + "\r\n").encode()
    raw = message(
        p, i, files=(("แบบฟอร์มยื่นคำร้อง (การตอบกลับ) - การตอบกลับแบบฟอร์ม 1.csv", data, "text/csv"),)
    )
    return case("csv_google_forms_lost_zero", raw, exp_of(p))


STYLES: tuple[Style, ...] = (
    phone_single_line_spaces_only, nickname_in_brackets, id_spaced_groups_or_last_apart,
    phone_country_code_brackets, condo_room_floor_building, village_estate_soi_moo,
    elder_polite_letter_scattered, young_thai_english_mix, subject_carries_id,
    form_sent_twice_second_corrected,
    html_webmail_signature_colleague, html_dl_dt_dd_pairs, html_address_cell_br,
    html_elder_letter_paragraphs,
    docx_two_files_one_form, docx_nickname_label_paragraphs,
    pdf_condo_estate_form, pdf_two_files_receipt_and_form,
    xlsx_name_parts_nickname_column, csv_google_forms_lost_zero,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:10]},
    **{s.__name__: "HTML" for s in STYLES[10:14]},
    **{s.__name__: "Word" for s in STYLES[14:16]},
    **{s.__name__: "PDF" for s in STYLES[16:18]},
    **{s.__name__: "sheet" for s in STYLES[18:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[3]
    away = EmailMessage()
    away["From"] = f"{p.first} {p.last} <{p.email}>"
    away["To"] = AGENCY_MAIL
    away["Subject"] = "Automatic reply: แจ้งผลคำร้อง"
    away["Date"] = format_datetime(datetime(2026, 12, 4, 20, 30, tzinfo=UTC))
    away["Message-ID"] = "<set27-outcome-away@example.net>"
    away["Auto-Submitted"] = "auto-replied"
    away.set_content(
        "I am out of the office until 14 December. ลาพักร้อนถึงวันที่ 14 ธันวาคม ค่ะ\n", charset="utf-8"
    )
    return [
        ("a one-line phone request", phone_single_line_spaces_only(p, 0).raw, "request"),
        ("the ID only in the subject", subject_carries_id(p, 1).raw, "request"),
        (
            "a grandchild sending an elder's letter",
            elder_polite_letter_scattered(p, 0).raw,
            "request",
        ),
        ("an out-of-office reply", bytes(away), "auto_reply"),
    ]
