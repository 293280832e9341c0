"""A thirtieth set of requests written by someone who had not read the readers (issue 8):
VALUES THAT LOOK LIKE THE FIELDS BUT BELONG TO SOMETHING ELSE, as real Thai requests carry
them beside the applicant's own, typed into mail bodies and HTML or attached as Word, PDF
text layers and an xlsx sheet.

Written before reading `extractors/` or `config/` (only the harness, blind_sets.py, set
28's test and builder, the helpers of sets 5, 11, 13 and 26 it imports, and the earlier
sets' style names were read). What sits beside the fields:

- dates: the date in a Thai letter's own heading (ที่ ... / วันที่ ... เดือน ... พ.ศ. ...),
  a quoted letter's date (อ้างถึง หนังสือ ... ลงวันที่ ...), an ID card's issue and expiry
  dates (วันออกบัตร, วันบัตรหมดอายุ), the date a previous request was filed, a court
  order's date, a marriage registration's date, an age given instead of a birth date;
- numbers: the 11-digit house code (รหัสประจำบ้าน), a land deed (โฉนดที่ดินเลขที่,
  เลขที่ดิน, หน้าสำรวจ), a passport number, a migrant worker's 13-digit pink card number
  (beginning 00, its check digit passing), a previous receipt's number, an agency letter's
  number in Thai digits (ที่ มท ๐๘๐๘.๒/ว ๑๒๓๔), a bank account beginning 0, the
  applicant's own ID typed in Thai digits;
- phones: an office number with ต่อ, a fax, a relative's number for emergencies, the
  agency's own number quoted back, a LINE ID of ten digits;
- e-mails: a lawyer copied in, the agency's own address quoted, an example address in a
  signature;
- addresses: where the event happened (สถานที่เกิดเหตุ), a workplace, an address to send
  documents to (ส่งเอกสารที่), the ID card's address beside the current one.

Conventions (written down before any run):
- the applicant is the person who writes and signs; an employer who files for a worker is
  the applicant, the worker is not;
- the birth date is the applicant's; a form that gives the applicant's age and no birth
  date wants none (or a flagged one); no heading date, letter date, card issue or expiry
  date, court order, marriage, event or filing date is a birth date;
- the national ID is the applicant's 13 digits (Thai digits read as the same number);
  a house code, deed, passport, pink card, receipt, account or letter number is none;
- the phone is the applicant's own mobile; an office line (with or without ต่อ), a fax,
  a relative's, the agency's own and a LINE ID are not;
- the e-mail is the applicant's own; a lawyer's, the agency's own and an example are not;
- the address is the applicant's own home: where a form asks the ID card's (ตามบัตร/
  ตามทะเบียนบ้าน) and the current address, either (set 10's rule); never where the event
  happened, a workplace, or a mailing address that is a workplace; the postal code and
  province follow it.
Everyone and every number is invented; every ID and pink card is made with
with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
    addresses,
    docx_bytes,
    expect,
    pdf_page,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_26 import (
    _doc_title,
    _right,
    _set,
    age,
    be_parts,
    dotted_line,
    esc,
    no_birth,
)

# ruff: noqa: E501 -- forms and letters as people type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "สุภาพร", "แก้วมณี", with_check_digit("342010071583"), date(1979, 5, 22),
           "0815524760", "supaporn.km@gmail.com", "117", "6", "", "", "บ้านเป้า",
           "เมืองลำปาง", "ลำปาง", "52100"),
    Person("นาย", "ชัยวัฒน์", "ศรีอ่อน", with_check_digit("110270046128"), date(1986, 2, 9),
           "0869043317", "chaiwat.sa@hotmail.com", "45/102", "", "เพชรเกษม 69", "เพชรเกษม",
           "หนองค้างพลู", "หนองแขม", "กรุงเทพมหานคร", "10160"),
    Person("นางสาว", "ปิยะนุช", "บุญมา", with_check_digit("147020033654"), date(1998, 11, 30),
           "0624418095", "piyanut.bm@gmail.com", "23", "11", "", "", "โพธิ์ชัย",
           "เมืองหนองคาย", "หนองคาย", "43000"),
    Person("นาย", "สุรชัย", "พรหมวงศ์", with_check_digit("365040012397"), date(1971, 8, 3),
           "0892276513", "surachai.pw@yahoo.com", "8", "2", "", "", "บ้านกร่าง",
           "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    Person("นาง", "อัมพร", "ทองดี", with_check_digit("384010027745"), date(1966, 4, 12),
           "0817730642", "amporn.td@gmail.com", "52/7", "", "", "ศรีสุริยวงศ์", "หน้าเมือง",
           "เมืองราชบุรี", "ราชบุรี", "70000"),
    Person("นาย", "ธนากร", "มีชัย", with_check_digit("170990061282"), date(1992, 7, 18),
           "0958837124", "thanakorn.mc@outlook.com", "301", "4", "", "", "ห้วยจรเข้",
           "เมืองนครปฐม", "นครปฐม", "73000"),
    Person("นางสาว", "วรรณภา", "สายทอง", with_check_digit("110360058816"), date(1990, 1, 26),
           "0637782251", "wannapa.st@gmail.com", "19", "", "ลาดพร้าว 64", "ลาดพร้าว",
           "วังทองหลาง", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    Person("นาย", "บุญส่ง", "คงคา", with_check_digit("392030014476"), date(1959, 10, 7),
           "0872219954", "boonsong.kk@gmail.com", "66", "8", "", "", "นาทวี",
           "นาทวี", "สงขลา", "90160"),
)  # fmt: skip

AGENCY_MAIL = "saraban@banpao.go.th"
AGENCY_PHONE = ("054-222-871", "02-141-7720")
SUBJECTS = ("ยื่นคำร้อง", "ส่งคำร้องตามที่เจ้าหน้าที่แนะนำ", "ขอยื่นแบบฟอร์มตามไฟล์แนบ", "คำขอ")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำขอที่กรอกแล้วตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "ตามไฟล์แนบครับ\n\nSent from my iPhone\n",
    "เรียน งานทะเบียน\nแนบเอกสารมาเพื่อโปรดพิจารณาครับ\n",
    "สวัสดีค่ะ\nแนบแบบฟอร์มที่ดาวน์โหลดจากเว็บไซต์มาค่ะ\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            cc: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 8, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set30-{n}-{p.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- what a clerk accepts ------------------------------------------------------------------


def full(q: Person) -> str:
    """An address as one typed line with its province and postal code."""
    return f"{q.line()} {q.province_written} {q.postal}"


def moved(p: Person) -> Person:
    """Where the applicant lives now, not where the ID card says."""
    if p.bangkok:
        return replace(p, house="14/3", moo="2", soi="", road="", tambon="บางกรวย",
                       amphoe="บางกรวย", province="นนทบุรี", postal="11130")  # fmt: skip
    return replace(p, house="250/18", moo="", soi="รามอินทรา 40", road="รามอินทรา",
                   tambon="นวลจันทร์", amphoe="บึงกุ่ม", province="กรุงเทพมหานคร", postal="10230")  # fmt: skip


def either_address(exp: dict[str, tuple[str, ...]], other: Person) -> dict[str, tuple[str, ...]]:
    """The form asks the card's and the current address: either of the applicant's own."""
    more = expect(other, "address postal_code province")
    for k, v in more.items():
        exp[k] = (*exp[k], *v)
    return exp


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def card_dates(p: Person, i: int) -> tuple[date, date]:
    """An ID card issued some years ago and expiring on the holder's birthday, as cards do."""
    issued = date(2019 + i % 4, p.born.month, max(1, min(p.born.day, 28) - 3) + i % 2)
    return issued, date(issued.year + 8, p.born.month, p.born.day)


def pink_card(i: int) -> str:
    """A migrant worker's 13-digit number (00 first); its check digit passes."""
    return with_check_digit(f"00{57 + i % 3}{i % 10}1{40 + i:02d}8830"[:12])


WORKPLACES = (
    "บริษัท ลำปางเซรามิก จำกัด 88 หมู่ที่ 1 ตำบลพิชัย อำเภอเมืองลำปาง จังหวัดลำปาง 52000",
    "ธนาคารออมสิน สาขาสีลม 195 ถนนสีลม แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500",
)
EVENT_PLACES = (
    "หน้าร้านสะดวกซื้อ เลขที่ 210 หมู่ที่ 3 ตำบลชมพู อำเภอเมืองลำปาง จังหวัดลำปาง 52100",
    "ปากซอยรามคำแหง 39 ถนนรามคำแหง แขวงพลับพลา เขตวังทองหลาง กรุงเทพมหานคร 10310",
)


# --- plain bodies ---------------------------------------------------------------------------


def letter_heading_ref_dates_body(p: Person, i: int) -> Case:
    """A formal letter as typed in Word and pasted: ที่ (own number) and the date at the
    top right, อ้างถึง an agency letter in Thai digits with its date, สิ่งที่ส่งมาด้วย;
    the birth date follows in the body's own paragraph."""
    d, m, y = be_parts(p.born)
    text = (
        "                                              เขียนที่ บ้านเลขที่ " + p.house + "\n"
        f"                                              วันที่ {3 + i % 4} เดือน ธันวาคม พ.ศ. 2569\n\n"
        "เรื่อง  ขอรับเงินช่วยเหลือผู้ประสบอัคคีภัย\n"
        "เรียน  นายกองค์การบริหารส่วนตำบล\n"
        f"อ้างถึง  หนังสือ ที่ มท ๐๘๐๘.๒/ว ๑{2 + i}๓๔ ลงวันที่ ๑๘ พฤศจิกายน ๒๕๖๙\n"
        "สิ่งที่ส่งมาด้วย  สำเนาบัตรประจำตัวประชาชน จำนวน 1 ฉบับ\n\n"
        f"          ตามหนังสือที่อ้างถึง ข้าพเจ้า {p.name} เกิดวันที่ {d} {m} {y}"
        f" เลขประจำตัวประชาชน {p.nid} อยู่บ้านเลขที่ {p.line()} {p.province_written}"
        f" รหัสไปรษณีย์ {p.postal} ได้รับความเสียหายจากเหตุไฟไหม้เมื่อวันที่ {20 + i % 7} พฤศจิกายน 2569"
        " จึงขอรับการช่วยเหลือตามระเบียบ\n\n"
        "          จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        "                                       ขอแสดงความนับถือ\n\n"
        f"                                       ({p.name})\n"
        f"โทร. {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("letter_heading_ref_dates_body",
                message(p, i, text=text, subject="ขอรับเงินช่วยเหลือผู้ประสบอัคคีภัย"), expect(p))  # fmt: skip


def id_card_issue_expiry_body(p: Person, i: int) -> Case:
    """The ID card copied line by line from the card: issue and expiry dates, then (i even)
    or before them (i odd) the birth date; all in Thai words of the month."""
    issued, expires = card_dates(p, i)
    d, m, y = be_parts(p.born)
    birth = f"เกิดวันที่ {d} {m} {y}\n"
    card = f"วันออกบัตร {' '.join(be_parts(issued))}\nวันบัตรหมดอายุ {' '.join(be_parts(expires))}\n"
    text = (
        "เรียน เจ้าหน้าที่งานทะเบียนราษฎร\n\n"
        "ขอแจ้งข้อมูลเพื่อขอคัดสำเนาทะเบียนบ้าน ตามบัตรประชาชนดังนี้ค่ะ\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        + (card + birth if i % 2 == 0 else birth + card)
        + f"ที่อยู่ {full(p)}\n"
        f"เบอร์โทร {p.mobile}\n"
        f"อีเมล {p.email}\n\n"
        "ขอบคุณค่ะ\n"
    )
    return Case("id_card_issue_expiry_body", message(p, i, text=text), expect(p))


def age_court_marriage_dates_body(p: Person, i: int) -> Case:
    """A request to record a change of family name after marriage: the age and no birth
    date, the marriage registration date, a court order's date (i odd), the date the
    previous request was filed."""
    court = (
        f"ตามคำสั่งศาลจังหวัด{p.province} คดีหมายเลขแดงที่ พ.{310 + i}/2569 ลงวันที่ 2 กันยายน 2569\n"
        if i % 2
        else ""
    )
    text = (
        "คำร้องขอเปลี่ยนแปลงรายการในทะเบียนบ้าน (เปลี่ยนชื่อสกุล)\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี สัญชาติ ไทย\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"ที่อยู่ {p.line()} {p.province_written} {p.postal}\n"
        f"จดทะเบียนสมรสเมื่อวันที่ {14 - i % 3} กุมภาพันธ์ 2568 ณ สำนักทะเบียนอำเภอ{p.amphoe}\n"
        f"{court}"
        "เคยยื่นคำร้องไว้แล้วเมื่อวันที่ 3 ตุลาคม 2569 แต่เอกสารไม่ครบ\n"
        f"มือถือ {dashed_phone(p.mobile)}  อีเมล {p.email}\n"
    )
    return Case("age_court_marriage_dates_body", message(p, i, text=text), no_birth(expect(p)))


def house_code_land_deed_body(p: Person, i: int) -> Case:
    """A land and buildings tax objection: the 11-digit house code typed before the ID, the
    deed's number, land number and survey page, a previous receipt's number."""
    code = f"{p.postal[:2]}{i % 10}{p.nid[5:12]}{i % 7}"
    text = (
        "เรื่อง ขอคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ปี 2569\n"
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า {p.name}\n"
        f"รหัสประจำบ้าน {code}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"เกิดวันที่ {be_slash(p.born)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"เป็นเจ้าของที่ดินโฉนดที่ดินเลขที่ {48213 + i} เลขที่ดิน {112 + i} หน้าสำรวจ {3907 + i}\n"
        f"ได้ชำระภาษีปีก่อนแล้ว ตามใบเสร็จรับเงินเล่มที่ 14 เลขที่ {2569000123 + i}\n"
        "เห็นว่าการประเมินสูงเกินจริง เนื่องจากที่ดินใช้ทำเกษตรกรรม\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("house_code_land_deed_body", message(p, i, text=text), expect(p))


def employer_pink_card_worker_body(p: Person, i: int) -> Case:
    """An employer's request about a migrant worker: the employer's lines, then the
    worker's passport, pink card (13 digits, 00 first, check digit passing) and the
    worker's own phone. The employer is the applicant."""
    card = pink_card(i)
    worker = (
        "ข้อมูลแรงงานต่างด้าว\n"
        f"ชื่อ MR. AUNG KYAW {'MIN' if i % 2 else 'HTET'} สัญชาติ เมียนมา\n"
        f"หนังสือเดินทางเลขที่ MH{741205 + i}\n"
        f"เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย {card if i % 2 else dashed_id(card)}\n"
        f"โทรศัพท์ลูกจ้าง 09{i % 10}-55{i % 10}-7718\n"
    )
    employer = (
        "ข้อมูลนายจ้าง\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"วันเดือนปีเกิด {be_slash(p.born)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    text = (
        "คำร้องขอหนังสือรับรองการทำงานของแรงงานต่างด้าว\n\n"
        + (employer + "\n" + worker if i % 2 == 0 else worker + "\n" + employer)
        + "\nลงชื่อ ...................... นายจ้าง/ผู้ยื่นคำร้อง\n"
    )
    return Case("employer_pink_card_worker_body", message(p, i, text=text), expect(p))


def office_fax_emergency_phones_body(p: Person, i: int) -> Case:
    """Contact lines as a civil servant types them: the office number with ต่อ and the fax
    first, the mobile after, then a relative to call in an emergency."""
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        "ขอยื่นคำร้องขอรับเบี้ยความพิการแทนบุตร (บุตรอายุ 8 ปี) ตามรายละเอียดดังนี้\n"
        f"ชื่อผู้ยื่น {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเกิด {be_slash(p.born)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ที่ทำงาน 0-{5422 + i}-{1350 + i} ต่อ {120 + i}  โทรสาร 0-{5422 + i}-1399\n"
        f"โทรศัพท์มือถือ {dashed_phone(p.mobile)}\n"
        f"ติดต่อฉุกเฉิน นางบัวเรียน {p.last} (มารดา) โทร 08{1 + i % 8}-44{i % 10}-9021\n"
        f"E-mail: {p.email}\n"
    )
    return Case("office_fax_emergency_phones_body", message(p, i, text=text), expect(p))


def agency_phone_quoted_line_id_body(p: Person, i: int) -> Case:
    """A follow-up that quotes the agency's own number first ("ตามที่ได้โทรมาที่ ..."),
    then the citizen's details; a LINE ID of ten digits after the mobile."""
    text = (
        f"เรียน เจ้าหน้าที่\n\nตามที่ได้โทรมาที่ {AGENCY_PHONE[i % 2]} เมื่อวันที่ 4 ธันวาคม 2569"
        " เจ้าหน้าที่แนะนำให้ส่งรายละเอียดทางอีเมลนี้ ขอแจ้งข้อมูลดังนี้ครับ\n\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขบัตรประชาชน: {p.nid}\n"
        f"วันเกิด: {p.born.day} {('ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.')[p.born.month - 1]} {p.born.year + 543}\n"
        f"ที่อยู่: {full(p)}\n"
        f"มือถือ: {p.mobile}\n"
        f"ไลน์ไอดี: 06{i % 10}{40 + i % 50}19{83 + i % 10}{i % 10}\n"
        f"อีเมล: {p.email}\n\n"
        "เรื่อง ขอให้ซ่อมท่อประปาแตกหน้าบ้าน น้ำไหลทิ้งมา 3 วันแล้วครับ\n"
    )
    return Case("agency_phone_quoted_line_id_body", message(p, i, text=text), expect(p))


def cc_lawyer_agency_email_body(p: Person, i: int) -> Case:
    """A complaint copied to a lawyer (Cc and a line naming him with his address), quoting
    the agency's own address as where it was told to write, and a signature with an
    example address left in it."""
    lawyer = f"somsak.law{i}@lawfirm.co.th"
    text = (
        f"เรียน ผู้อำนวยการ\n\nตามประกาศให้ส่งเรื่องร้องเรียนมาที่ {AGENCY_MAIL} ข้าพเจ้าขอร้องเรียนดังนี้\n"
        f"สำเนาถึง ทนายความผู้รับมอบอำนาจ นายสมศักดิ์ ยุติธรรม อีเมล {lawyer}\n\n"
        f"ผู้ร้องเรียน {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"เกิดวันที่ {p.born.day} {be_parts(p.born)[1]} {p.born.year + 543}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมลติดต่อกลับ {p.email}\n\n"
        "รายละเอียด ผู้รับเหมาก่อสร้างถนนทิ้งงานค้างไว้ 2 เดือน ฝุ่นและดินโคลนเข้าบ้าน\n\n"
        "--\n"
        f"{p.first} {p.last}\n"
        "(กรุณาตอบกลับที่อีเมลในรูปแบบ name@example.com)\n"
    )
    raw = message(p, i, text=text, cc=f"Somsak <{lawyer}>", subject="ร้องเรียนผู้รับเหมา")
    return Case("cc_lawyer_agency_email_body", raw, expect(p))


def event_place_workplace_body(p: Person, i: int) -> Case:
    """A report of a fallen tree that damaged the applicant's car: the place where it
    happened (a full address with postal code) first, then the applicant's workplace,
    then (last) the applicant's home address."""
    text = (
        "แบบแจ้งเหตุและขอรับค่าเสียหาย\n"
        f"วันที่เกิดเหตุ {10 + i % 9} พฤศจิกายน 2569 เวลา 16.40 น.\n"
        f"สถานที่เกิดเหตุ {EVENT_PLACES[i % 2]}\n"
        "ลักษณะเหตุ ต้นไม้ริมทางล้มทับรถยนต์ระหว่างจอด\n\n"
        "ผู้แจ้ง\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"เกิดวันที่ {be_slash(p.born)}\n"
        f"สถานที่ทำงาน {WORKPLACES[i % 2]}\n"
        f"ที่อยู่ที่บ้าน {full(p)}\n"
        f"มือถือ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("event_place_workplace_body", message(p, i, text=text, subject="แจ้งต้นไม้ล้มทับรถ"), expect(p))  # fmt: skip


def card_current_mailing_address_body(p: Person, i: int) -> Case:
    """A general request form asking three addresses: ตามบัตรประชาชน, ปัจจุบัน, and where
    to send documents (the workplace, marked as such)."""
    now = moved(p)
    text = (
        "แบบคำร้องทั่วไป\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}  วันเกิด {be_slash(p.born)}\n"
        f"ที่อยู่ตามบัตรประชาชน {full(p)}\n"
        f"ที่อยู่ปัจจุบัน {full(now)}\n"
        f"ส่งเอกสารที่ (ที่ทำงาน) {WORKPLACES[(i + 1) % 2]}\n"
        f"โทร {dashed_phone(p.mobile)}  อีเมล {p.email}\n"
        "ความประสงค์ ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนาในเขตเทศบาล\n"
    )
    return Case("card_current_mailing_address_body", message(p, i, text=text),
                either_address(expect(p), now))  # fmt: skip


def thai_digit_id_receipt_account_body(p: Person, i: int) -> Case:
    """A refund request typed in Thai digits throughout: the ID dashed in Thai digits, the
    previous receipt's number, the bank account (0 first, ten digits) for the refund and
    the date the fee was paid; the mobile in Thai digits too."""
    text = (
        "เรื่อง ขอคืนเงินค่าธรรมเนียมที่ชำระซ้ำ\n"
        "เรียน ผู้อำนวยการกองคลัง\n\n"
        f"ข้าพเจ้า {p.name}\n"
        f"เลขประจำตัวประชาชน {thai(dashed_id(p.nid))}\n"
        f"เกิดวันที่ {thai(str(p.born.day))} {be_parts(p.born)[1]} {thai(str(p.born.year + 543))}\n"
        f"ที่อยู่ {thai(p.line())} {p.province_written} {thai(p.postal)}\n"
        f"ได้ชำระค่าธรรมเนียมเมื่อวันที่ ๒๕ พฤศจิกายน ๒๕๖๙ ใบเสร็จเลขที่ {thai(str(6900412 + i))} ซ้ำสองครั้ง\n"
        f"ขอให้โอนคืนเข้าบัญชีธนาคารกรุงไทย เลขที่บัญชี {thai(f'0{i % 3}2-1-{45678 + i}-{i % 10}')}\n"
        f"โทรศัพท์ {thai(dashed_phone(p.mobile))}\n"
        f"อีเมล {p.email}\n"
    )
    exp = expect(p)
    exp["address"] = (*exp["address"], *addresses(p, thai(p.line())),
                      f"{thai(p.line())} {p.province_written} {thai(p.postal)}")  # fmt: skip
    return Case("thai_digit_id_receipt_account_body", message(p, i, text=text), exp)


# --- HTML bodies ----------------------------------------------------------------------------


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in pairs)


def html_letter_heading_table(p: Person, i: int) -> Case:
    """A letter in HTML: the heading's ที่ and date right-aligned, a quoted letter with its
    date, then a table of the applicant's details with the birth date in it."""
    html = (
        "<html><body>"
        f"<p style='text-align:right'>ที่ ลป {thai(str(52 + i))}/๒๕๖๙<br>"
        f"วันที่ {5 + i % 3} ธันวาคม 2569</p>"
        "<p>เรื่อง ขอรับการสงเคราะห์ผู้ป่วยเอดส์</p>"
        "<p>อ้างถึง หนังสือสำนักงานพัฒนาสังคมฯ ที่ ลป ๐๐๑๗.๓/ว ๔๔๑ ลงวันที่ ๑๑ ตุลาคม ๒๕๖๙</p>"
        "<table border='1'>"
        + _rows(
            [
                ("ชื่อ-สกุล", p.name),
                ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                ("วัน/เดือน/ปีเกิด", be_slash(p.born)),
                ("ที่อยู่", full(p)),
                ("โทรศัพท์", dashed_phone(p.mobile)),
                ("อีเมล", p.email),
            ]
        )
        + "</table><p>จึงเรียนมาเพื่อโปรดพิจารณา</p></body></html>"
    )
    return Case("html_letter_heading_table", message(p, i, html=html), expect(p))


def html_contacts_table_many_phones(p: Person, i: int) -> Case:
    """A form's contact block as an HTML table: work phone with extension and fax rows
    first, the mobile, an emergency contact's row, then the e-mail."""
    html = (
        "<html><body><h3>แบบคำขอรับบริการ</h3><table border='1'>"
        + _rows(
            [
                ("ชื่อ-นามสกุล", p.name),
                ("เลขประจำตัวประชาชน", p.nid),
                ("วันเกิด", f"{p.born.day} {be_parts(p.born)[1]} {p.born.year + 543}"),
                ("ที่อยู่", full(p)),
                ("โทรศัพท์ (ที่ทำงาน)", f"02-{590 + i}-{4100 + i} ต่อ {2200 + i}"),
                ("โทรสาร", f"02-{590 + i}-4199"),
                ("โทรศัพท์มือถือ", dashed_phone(p.mobile)),
                ("ผู้ติดต่อกรณีฉุกเฉิน", f"นายเอกชัย {p.last} (สามี) 09{2 + i % 7}-318-55{40 + i % 50}"),
                ("อีเมล", p.email),
            ]
        )
        + "</table></body></html>"
    )
    return Case("html_contacts_table_many_phones", message(p, i, html=html), expect(p))


def html_name_change_dates(p: Person, i: int) -> Case:
    """A request to update records after a name change, in HTML paragraphs: the ID card's
    issue and expiry dates, the marriage registration's date, then the birth date."""
    issued, expires = card_dates(p, i + 1)
    html = (
        "<html><body><p>เรียน นายทะเบียน</p>"
        f"<p>ข้าพเจ้า <b>{esc(p.name)}</b> เลขประจำตัวประชาชน <b>{p.nid}</b></p>"
        f"<p>บัตรออกให้เมื่อ {be_slash(issued)} บัตรหมดอายุ {be_slash(expires)}</p>"
        f"<p>จดทะเบียนสมรสเมื่อ {be_slash(date(2024, 6, 15 + i % 10))} ได้เปลี่ยนชื่อสกุลแล้ว</p>"
        f"<p>เกิดวันที่ {be_slash(p.born)}</p>"
        f"<p>ที่อยู่ {esc(full(p))}</p>"
        f"<p>ติดต่อ {dashed_phone(p.mobile)} / {esc(p.email)}</p>"
        "<p>ขอแก้ไขชื่อสกุลในทะเบียนผู้รับเบี้ยยังชีพ</p></body></html>"
    )
    return Case("html_name_change_dates", message(p, i, html=html), expect(p))


def html_employer_workers_table(p: Person, i: int) -> Case:
    """An employer's request in HTML: a table of two workers (passport, pink card,
    nationality) ABOVE the employer's own details in paragraphs."""
    rows = "".join(
        f"<tr><td>{k + 1}</td><td>MR. ZAW {('LIN', 'OO', 'NAING')[k]}</td>"
        f"<td>MA{602310 + 7 * k + i}</td><td>{dashed_id(pink_card(i + k))}</td><td>เมียนมา</td></tr>"
        for k in range(2)
    )
    html = (
        "<html><body><p>เรียน เจ้าหน้าที่</p><p>ขอยื่นบัญชีรายชื่อแรงงานต่างด้าว ดังนี้</p>"
        "<table border='1'><tr><th>ลำดับ</th><th>ชื่อ</th><th>หนังสือเดินทาง</th>"
        f"<th>เลขประจำตัว 13 หลัก</th><th>สัญชาติ</th></tr>{rows}</table>"
        "<p><b>นายจ้าง</b></p>"
        f"<p>ชื่อ {esc(p.name)}<br>เลขประจำตัวประชาชน {dashed_id(p.nid)}<br>"
        f"เกิดวันที่ {be_slash(p.born)}<br>ที่อยู่ {esc(full(p))}<br>"
        f"โทร {dashed_phone(p.mobile)}<br>อีเมล {esc(p.email)}</p></body></html>"
    )
    return Case("html_employer_workers_table", message(p, i, html=html), expect(p))


# --- Word -----------------------------------------------------------------------------------


def docx_house_code_deed_table(p: Person, i: int) -> Case:
    """A building-tax request as a Word table: house code and deed rows around the ID, a
    previous letter's number and date, the applicant's age (no birth date asked)."""

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องขอยื่นแบบแสดงรายการที่ดินและสิ่งปลูกสร้าง")
        _right(d, f"วันที่ {7 + i % 2} ธันวาคม 2569")
        rows = [
            ("รหัสประจำบ้าน", f"{p.postal[:4]}-{p.nid[6:12]}-{i % 9 + 1}"),
            ("ชื่อ-สกุล", p.name),
            ("อายุ", f"{age(p.born)} ปี"),
            ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("โฉนดที่ดินเลขที่", f"{77120 + i}  เลขที่ดิน {35 + i}  หน้าสำรวจ {2210 + i}"),
            ("ที่อยู่", full(p)),
            ("โทรศัพท์", dashed_phone(p.mobile)),
            ("อีเมล", p.email),
            ("อ้างถึงหนังสือแจ้งการประเมิน", f"ที่ ลป ๗๑๐๐๑/{thai(str(880 + i))} ลงวันที่ ๑ พฤศจิกายน ๒๕๖๙"),
        ]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k)
            _set(t.cell(r, 1), v)

    raw = message(p, i, files=(("คำร้องภาษีที่ดิน.docx", docx_bytes(build), DOCX),))
    return Case("docx_house_code_deed_table", raw, no_birth(expect(p)))


def docx_three_addresses(p: Person, i: int) -> Case:
    """A Word form with paragraphs: the workplace address first (with its own phone),
    then the house-register address and the current one, the mobile last."""
    now = moved(p)

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอรับหนังสือรับรอง")
        for line in (
            f"ชื่อผู้ขอ {p.name}",
            f"เลขประจำตัวประชาชน {p.nid}",
            f"เกิดวันที่ {be_slash(p.born)}",
            f"สถานที่ทำงาน {WORKPLACES[i % 2]} โทร 0-{2234 + i}-5{i % 10}00",
            f"ที่อยู่ตามทะเบียนบ้าน {full(p)}",
            f"ที่อยู่ปัจจุบัน {full(now)}",
            f"โทรศัพท์มือถือ {dashed_phone(p.mobile)}",
            f"อีเมล {p.email}",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("คำขอหนังสือรับรอง.docx", docx_bytes(build), DOCX),))
    return Case("docx_three_addresses", raw, either_address(expect(p), now))


def docx_emails_cc_signature(p: Person, i: int) -> Case:
    """A Word complaint: the agency's address quoted in the opening, a lawyer's address
    on a สำเนาเรียน line before the applicant's, an example address in the footer note."""
    lawyer = f"kanokwan.advocate{i}@gmail.com"

    def build(d: Any) -> None:
        _doc_title(d, "หนังสือร้องเรียน")
        _right(d, f"วันที่ {6 + i % 2} ธันวาคม พ.ศ. 2569")
        for line in (
            f"เรียน ผู้อำนวยการ (ส่งทาง {AGENCY_MAIL} ตามที่ประกาศไว้)",
            f"สำเนาเรียน ทนายความ นางสาวกนกวรรณ เที่ยงธรรม ({lawyer})",
            f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid}",
            f"เกิดวันที่ {be_parts(p.born)[0]} เดือน {be_parts(p.born)[1]} พ.ศ. {be_parts(p.born)[2]}",
            f"อยู่บ้านเลขที่ {full(p)}",
            f"โทรศัพท์ {dashed_phone(p.mobile)} อีเมล {p.email}",
            "ขอร้องเรียนเรื่องเจ้าหน้าที่เรียกเก็บค่าธรรมเนียมเกินอัตรา",
            "หมายเหตุ: กรอกอีเมลให้ถูกรูปแบบ เช่น somchai@example.com",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("ร้องเรียน.docx", docx_bytes(build), DOCX),), cc=lawyer)
    return Case("docx_emails_cc_signature", raw, expect(p))


# --- PDF ------------------------------------------------------------------------------------


def pdf_id_card_dates_over_dots(p: Person, i: int) -> Case:
    """A printed form with values typed over the dots: the ID, then the card's issue and
    expiry dates on one line, then the birth date; the date of the request at the top."""
    size = 11
    issued, expires = card_dates(p, i + 2)
    printed: list[tuple[float, float, str]] = [
        (70, 16, "คำขอมีบัตรผู้สูงอายุ/บัตรสวัสดิการ"),
        (120, 26, f"วันที่ {9 + i % 2} ธันวาคม 2569"),
    ]
    typed: list[tuple[float, float, str]] = []
    lines = [
        [("ชื่อ-สกุล", 60, p.name)],
        [("เลขประจำตัวประชาชน", 40, dashed_id(p.nid))],
        [("วันออกบัตร", 12, be_slash(issued)), ("วันหมดอายุ", 12, be_slash(expires))],
        [("วันเดือนปีเกิด", 14, be_slash(p.born))],
        [("ที่อยู่", 100, full(p))],
        [("โทรศัพท์", 25, dashed_phone(p.mobile)), ("อีเมล", 40, p.email)],
    ]
    for k, blanks in enumerate(lines):
        more, values = dotted_line(38.0 + 9 * k, blanks, size)
        printed += more
        typed += values
    data = pdf_page(printed + typed, size=size, face="Garuda")
    raw = message(p, i, files=(("คำขอ.pdf", data, PDF),))
    return Case("pdf_id_card_dates_over_dots", raw, expect(p))


def pdf_event_place_agency_phone(p: Person, i: int) -> Case:
    """A PDF complaint: the agency's hotline printed in its header, the place of the event
    with its own address, then the complainant's lines with age, no birth date."""
    texts: list[tuple[float, float, str]] = [
        (40, 14, f"ศูนย์รับเรื่องร้องเรียน โทร {AGENCY_PHONE[i % 2]} โทรสาร {AGENCY_PHONE[i % 2][:-1]}9"),
        (65, 24, "แบบรับเรื่องร้องเรียน/ร้องทุกข์"),
        (20, 36, f"สถานที่เกิดเหตุ {EVENT_PLACES[(i + 1) % 2]}"),
        (20, 46, f"ชื่อผู้ร้อง {p.name}  อายุ {age(p.born)} ปี"),
        (20, 54, f"เลขประจำตัวประชาชน {p.nid}"),
        (20, 62, f"ที่อยู่ {p.line()}"),
        (20, 70, f"จังหวัด {p.province}  รหัสไปรษณีย์ {p.postal}"),
        (20, 78, f"โทรศัพท์ {dashed_phone(p.mobile)}  อีเมล {p.email}"),
        (20, 90, "เรื่องที่ร้องเรียน ไฟฟ้าส่องสว่างดับทั้งซอยมา 2 สัปดาห์"),
    ]
    data = pdf_page(texts, size=11, face="Garuda")
    raw = message(p, i, files=(("ร้องเรียน.pdf", data, PDF),), subject="ร้องเรียนไฟดับ")
    return Case("pdf_event_place_agency_phone", raw, no_birth(expect(p)))


# --- sheet ----------------------------------------------------------------------------------


def xlsx_card_dates_house_code(p: Person, i: int) -> Case:
    """A sheet of label-value pairs: date cells for the request, the card's issue and
    expiry and the birth date; the house code and an account number as number cells."""
    issued, expires = card_dates(p, i + 1)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอ"
        ws.append(["แบบคำขอรับเงินสงเคราะห์"])
        ws.append(["วันที่ยื่นคำขอ", datetime(2026, 12, 8)])
        ws.append(["ชื่อ-สกุล", p.name])
        ws.append(["รหัสประจำบ้าน", int(f"{p.postal[:2]}{i % 10}{p.nid[4:12]}")])
        ws.append(["เลขประจำตัวประชาชน", int(p.nid)])
        ws.append(["วันออกบัตร", datetime(issued.year, issued.month, issued.day)])
        ws.append(["วันหมดอายุ", datetime(expires.year, expires.month, expires.day)])
        ws.append(["วันเกิด", datetime(p.born.year, p.born.month, p.born.day)])
        ws.append(["ที่อยู่", full(p)])
        ws.append(["โทรศัพท์", dashed_phone(p.mobile)])
        ws.append(["อีเมล", p.email])
        ws.append(["เลขที่บัญชีธนาคาร", f"0{i % 3}8-2-{61540 + i}-{i % 10}"])
        for r in range(1, ws.max_row + 1):
            c = ws.cell(r, 2)
            if isinstance(c.value, datetime):
                c.number_format = "d mmmm yyyy"
            elif isinstance(c.value, int):
                c.number_format = "0"

    raw = message(p, i, files=(("คำขอรับเงินสงเคราะห์.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_card_dates_house_code", raw, expect(p))


# --- a second batch, written after the first run and still before reading any reader:
# the same theme with the other thing's LABEL carrying the field's own word (วันเกิดเหตุ
# holds วันเกิด, ที่อยู่สถานที่เกิดเหตุ holds ที่อยู่, โทรศัพท์ญาติ holds โทรศัพท์), and a
# request with no ID of the applicant's beside a pink card whose check digit passes.


def event_date_label_holds_birth_body(p: Person, i: int) -> Case:
    """A damage report with the age only: "วันเกิดเหตุ" (the day of the event) and
    "ที่อยู่สถานที่เกิดเหตุ" typed BEFORE the reporter's own lines."""
    text = (
        "แบบรายงานความเสียหายจากวาตภัย\n"
        f"วันเกิดเหตุ {be_slash(date(2026, 11, 2 + i % 20))}\n"
        f"ที่อยู่สถานที่เกิดเหตุ {EVENT_PLACES[i % 2]}\n"
        "ความเสียหาย หลังคาบ้านพัง 20 ตารางเมตร\n\n"
        f"ชื่อผู้รายงาน {p.name}  อายุ {age(p.born)} ปี\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("event_date_label_holds_birth_body",
                message(p, i, text=text, subject="รายงานความเสียหายวาตภัย"), no_birth(expect(p)))  # fmt: skip


def relative_phone_lawyer_mail_first_body(p: Person, i: int) -> Case:
    """Contact lines where another's come first under labels holding the field's word:
    โทรศัพท์ญาติ, then อีเมลทนายความ, then the applicant's own โทรศัพท์ and อีเมล."""
    text = (
        "เรียน เจ้าหน้าที่\n\nขอยื่นคำร้องขอรับเงินสงเคราะห์ครอบครัว ดังนี้\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"วันเกิด {be_slash(p.born)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ญาติ (บุตรสาว) 08{5 + i % 4}-210-{3300 + i}\n"
        f"อีเมลทนายความ lawyer.kittipat{i}@gmail.com\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("relative_phone_lawyer_mail_first_body", message(p, i, text=text), expect(p))


def employer_no_id_pink_card_body(p: Person, i: int) -> Case:
    """An employer's short mail asking about a worker's permit: the employer gives no ID
    of her own, only the worker's pink card (check digit passing) and the house code.
    No national ID of the applicant's is right; a number taken must be flagged."""
    card = pink_card(i + 3)
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        "ขอสอบถามการต่ออายุใบอนุญาตทำงานของลูกจ้างค่ะ\n"
        f"ลูกจ้าง MISS NANDAR {'AYE' if i % 2 else 'WIN'} เลขประจำตัว {dashed_id(card)}\n"
        f"รหัสประจำบ้านที่ลูกจ้างพักอาศัย {p.postal[:2]}{i % 10}{p.nid[4:12]}\n\n"
        f"นายจ้าง {p.name}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทร {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    exp = expect(p, "full_name phone email address postal_code province")
    exp["national_id"] = ()
    return Case("employer_no_id_pink_card_body", message(p, i, text=text), exp)


def html_workplace_rows_first(p: Person, i: int) -> Case:
    """An HTML table whose workplace rows (ที่อยู่ที่ทำงาน, โทรศัพท์ที่ทำงาน) come before
    the home address and the mobile."""
    html = (
        "<html><body><h3>แบบคำขอสมัครสมาชิกกองทุนสวัสดิการชุมชน</h3><table border='1'>"
        + _rows(
            [
                ("ชื่อ-สกุล", p.name),
                ("เลขประจำตัวประชาชน", p.nid),
                ("วันเดือนปีเกิด", be_slash(p.born)),
                ("ที่อยู่ที่ทำงาน", WORKPLACES[(i + 1) % 2]),
                ("โทรศัพท์ที่ทำงาน", f"0-{5431 + i}-{2090 + i}"),
                ("ที่อยู่ตามทะเบียนบ้าน", full(p)),
                ("โทรศัพท์มือถือ", dashed_phone(p.mobile)),
                ("อีเมล", p.email),
            ]
        )
        + "</table></body></html>"
    )
    return Case("html_workplace_rows_first", message(p, i, html=html), expect(p))


def docx_card_dates_one_row(p: Person, i: int) -> Case:
    """A Word table copying the card: one row of three dates (issue, birth, expiry) under
    a header row, then the other details as label-value rows."""
    issued, expires = card_dates(p, i + 3)

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอรับบัตรสวัสดิการ")
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for c, (k, v) in enumerate((("วันออกบัตร", be_slash(issued)), ("วันเกิด", be_slash(p.born)),
                                     ("วันบัตรหมดอายุ", be_slash(expires)))):  # fmt: skip
            _set(t.cell(0, c), k)
            _set(t.cell(1, c), v)
        d.add_paragraph("")
        rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                ("ที่อยู่", full(p)), ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
        t2 = d.add_table(rows=len(rows), cols=2)
        t2.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t2.cell(r, 0), k)
            _set(t2.cell(r, 1), v)

    raw = message(p, i, files=(("คำขอบัตรสวัสดิการ.docx", docx_bytes(build), DOCX),))
    return Case("docx_card_dates_one_row", raw, expect(p))


def agency_contacts_labelled_body(p: Person, i: int) -> Case:
    """The agency's own phone and e-mail quoted under labels (เบอร์โทรหน่วยงาน,
    อีเมลหน่วยงาน) above the citizen's own, as a reply quoting the agency's page."""
    text = (
        "เรียน เจ้าหน้าที่\n\nตามข้อมูลบนเว็บไซต์\n"
        f"เบอร์โทรหน่วยงาน {AGENCY_PHONE[i % 2]}\n"
        f"อีเมลหน่วยงาน {AGENCY_MAIL}\n"
        "ขอแจ้งขอรับถังขยะเพิ่ม 1 ใบ ข้อมูลผู้ขอดังนี้\n\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเกิด {p.born.day} {be_parts(p.born)[1]} {p.born.year + 543}\n"
        f"ที่อยู่ {full(p)}\n"
        f"เบอร์โทร {p.mobile}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("agency_contacts_labelled_body", message(p, i, text=text), expect(p))


SECOND: tuple[Style, ...] = (
    event_date_label_holds_birth_body, relative_phone_lawyer_mail_first_body,
    employer_no_id_pink_card_body, html_workplace_rows_first, docx_card_dates_one_row,
    agency_contacts_labelled_body,
)  # fmt: skip

STYLES: tuple[Style, ...] = (
    letter_heading_ref_dates_body, id_card_issue_expiry_body, age_court_marriage_dates_body,
    house_code_land_deed_body, employer_pink_card_worker_body, office_fax_emergency_phones_body,
    agency_phone_quoted_line_id_body, cc_lawyer_agency_email_body, event_place_workplace_body,
    card_current_mailing_address_body, thai_digit_id_receipt_account_body,
    html_letter_heading_table, html_contacts_table_many_phones, html_name_change_dates,
    html_employer_workers_table,
    docx_house_code_deed_table, docx_three_addresses, docx_emails_cc_signature,
    pdf_id_card_dates_over_dots, pdf_event_place_agency_phone,
    xlsx_card_dates_house_code,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:11]},
    **{s.__name__: "HTML" for s in STYLES[11:15]},
    **{s.__name__: "Word" for s in STYLES[15:18]},
    **{s.__name__: "PDF" for s in STYLES[18:20]},
    **{s.__name__: "sheet" for s in STYLES[20:]},
    **{
        s.__name__: k
        for s, k in zip(SECOND, ("plain", "plain", "plain", "HTML", "Word", "plain"), strict=True)
    },
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style; the
    second batch's styles after the first's."""
    return two_each(STYLES, PEOPLE) + two_each(SECOND, PEOPLE, batch=1)
