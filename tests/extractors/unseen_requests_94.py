"""A ninety-fourth set of requests written by someone who had not read the readers (issue 8):
A CITIZEN'S REQUEST THAT REACHES THE AGENCY THROUGH ANOTHER AGENCY. The สำนักงานท้องถิ่น
จังหวัดแพร่ and จังหวัดน่าน receive citizens' petitions forwarded by e-mail from the
ศูนย์ดำรงธรรมจังหวัด, a ที่ว่าการอำเภอ (ร้องกวาง, ปัว), an MP's office (ส.ส. แพร่ เขต 1), the
1111 government call centre (ศูนย์บริการข้อมูลภาครัฐเพื่อประชาชน) and a Traffy Fondue
export: official letters (หนังสือราชการ: ที่ พร ๐๐๑๗.๓/ว ๑๒๓๔, เรื่อง, เรียน, อ้างถึง,
สิ่งที่ส่งมาด้วย, signed by an official with position, the office's phone and box) with the
citizen's petition inside or attached (Word, PDF, a summary table of the case: เลขที่เรื่อง,
ชื่อผู้ร้อง, เลขบัตร, ที่อยู่, โทร, รายละเอียด). Kinds: plain (Outlook, Gmail forward, the
1111 notice, an MP's assistant pasting a LINE chat, a Traffy Fondue notice), HTML (Outlook
with a case table, Gmail from an MP's office, a 1111 web notification, Outlook with the
citizen's quoted mail), Word (an official letter, the citizen's petition form, a case
summary table, an MP's letterhead letter), PDF (a typed letter with the petition as page
2, fillable forms of the ศูนย์ดำรงธรรม and the 1111, a landscape case table), xlsx (a
case list, a Traffy Fondue export, a district's register).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import and the earlier
sets' first docstrings).

Conventions (written down before any run). Earlier rulings followed: set 28 (the applicant
is the person who asks), set 31 (the villager, not the headman who files for him), set 37
(where only another's phone is given, phone `()`), sets 31/63 (the one the request is for,
never who sends it). So here THE APPLICANT IS THE CITIZEN WHO PETITIONS (ผู้ร้อง, ผู้แจ้ง,
ผู้ยื่นคำร้อง), NEVER THE FORWARDING OFFICIAL OR OFFICE:
- the official who signs or sends (his name, position, the office's phone, fax, hotline
  1567/1111, box, the ศาลากลาง's or district office's or MP office's address) is never the
  applicant's; where the citizen's own phone or box is not written, phone or e-mail `()`
  (the office's unflagged is silent).
- the MP, his assistant (her mobile) never the applicant.
- the one complained about (ผู้ถูกร้อง: a neighbour, a shop, a contractor, with name,
  address, phone) is never the applicant; the place of the problem (a road, a culvert, a
  Traffy Fondue pin's address) is never the applicant's address. Where only the problem's
  place is given (a Traffy Fondue report), address and postal code and province `()`.
- a masked ID (3-5501-xxxxx-xx-1) is no ID: national_id `()`.
- document numbers (ที่ พร ๐๐๑๗.๓/ว ๑๒๓๔), case numbers (เลขที่เรื่อง), Traffy tickets, the
  letter's and the receipt's dates are never an ID, phone or birth date; birth date only
  where the citizen's own is written (ISO), never an age.
Address: the citizen's home, house number to the อำเภอ, with or without เลขที่/บ้านเลขที่,
with or without province and postal code (Thai digits read as Arabic); province and postal
code of that home. Everyone and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, thai
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF, pdf_pages
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@localphrae-nan.example.go.th"
AGENCY = {"แพร่": "ท้องถิ่นจังหวัดแพร่", "น่าน": "ท้องถิ่นจังหวัดน่าน"}
PR, NN = "แพร่", "น่าน"

# The citizens who petition.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุษบา", "ใจคำ", "354010045127", date(1964, 5, 9), "0891549832", "budsaba.jk@gmail.com",
      "45", "3", "", "", "ป่าแดง", "เมืองแพร่", PR, "54000"),
    P("นาย", "สมศักดิ์", "อินต๊ะวงศ์", "354050021844", date(1958, 11, 22), "0817849210", "",
      "112", "5", "", "", "ร้องกวาง", "ร้องกวาง", PR, "54140"),
    P("นางสาว", "ปิยะนุช", "คำแสน", "154990028746", date(1992, 2, 14), "0935847721", "piyanuch.ks@hotmail.com",
      "8/2", "", "", "เจริญเมือง", "ในเวียง", "เมืองแพร่", PR, "54000"),
    P("นาย", "ประเสริฐ", "วงศ์ไชย", "355010033691", date(1961, 7, 3), "0861873245", "prasert.wc@gmail.com",
      "77", "2", "", "", "ดู่ใต้", "เมืองน่าน", NN, "55000"),
    P("นาง", "จันทร์เพ็ญ", "ปัญญาวงศ์", "355070014528", date(1970, 1, 28), "0847326619", "",
      "19", "8", "", "", "ปัว", "ปัว", NN, "55120"),
    P("นาย", "ณัฐวุฒิ", "สุริยะ", "155060041237", date(1988, 9, 16), "0623419870", "nattawut.sr@gmail.com",
      "201", "4", "", "", "ท่าวังผา", "ท่าวังผา", NN, "55140"),
    P("นาง", "ศรีนวล", "ทาแกง", "355040019365", date(1955, 3, 11), "0893546217", "",
      "56", "1", "", "", "กลางเวียง", "เวียงสา", NN, "55110"),
    P("นาย", "ธีระพงษ์", "มณีวรรณ", "354020057812", date(1972, 12, 5), "0818836405", "teerapong.mw@yahoo.com",
      "9/1", "6", "", "", "สูงเม่น", "สูงเม่น", PR, "54130"),
    P("นางสาว", "อรวรรณ", "เขื่อนแก้ว", "155010066324", date(1995, 6, 20), "0958214763", "orawan.kk@gmail.com",
      "133", "", "", "สุมนเทวราช", "ในเวียง", "เมืองน่าน", NN, "55000"),
    P("นาย", "บุญเรือน", "ชัยลังกา", "354030028459", date(1949, 8, 30), "0852217948", "",
      "64", "7", "", "", "เด่นชัย", "เด่นชัย", PR, "54110"),
)  # fmt: skip


@dataclass(frozen=True)
class Office:
    name: str
    code: str  # the หนังสือ's ที่, Thai digits
    official: str
    position: str
    phone: str
    email: str
    address: str


DD = {
    PR: Office("ศูนย์ดำรงธรรมจังหวัดแพร่", "พร ๐๐๑๗.๓", "นายอภิชาติ ศรีสุข", "ปลัดจังหวัดแพร่ หัวหน้าศูนย์ดำรงธรรมจังหวัดแพร่",
               "0 5451 1032", "damrongdham.phrae@example.go.th",
               "ศาลากลางจังหวัดแพร่ ถนนไชยบูรณ์ ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000"),
    NN: Office("ศูนย์ดำรงธรรมจังหวัดน่าน", "นน ๐๐๑๗.๓", "นางสาววิไลพร ธนากร", "เจ้าพนักงานปกครองชำนาญงาน ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดน่าน",
               "0 5471 6101", "damrongdham.nan@example.go.th",
               "ศาลากลางจังหวัดน่าน ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000"),
}  # fmt: skip
AMPHOE = {
    PR: Office("ที่ว่าการอำเภอร้องกวาง", "พร ๐๕๑๘", "นายวีระ คำปัน", "ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการ)",
               "0 5459 7045", "rongkwang.district@example.go.th",
               "ที่ว่าการอำเภอร้องกวาง ตำบลร้องกวาง อำเภอร้องกวาง จังหวัดแพร่ 54140"),
    NN: Office("ที่ว่าการอำเภอปัว", "นน ๐๖๑๘", "นายสุรชัย ปินตา", "ปลัดอำเภอ หัวหน้ากลุ่มงานบริหารงานปกครอง",
               "0 5479 1236", "pua.district@example.go.th",
               "ที่ว่าการอำเภอปัว ตำบลปัว อำเภอปัว จังหวัดน่าน 55120"),
}  # fmt: skip
MP = Office("สำนักงานสมาชิกสภาผู้แทนราษฎร จังหวัดแพร่ เขต 1", "สส.พร ๑", "นายกฤษดา วงศ์ปัญญา",
            "สมาชิกสภาผู้แทนราษฎร จังหวัดแพร่ เขต 1", "0 5452 3318", "mp.phrae1@example.com",
            "123/4 ถนนยันตรกิจโกศล ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000")  # fmt: skip
MP_AIDE = (
    "นางสาวพัชราภรณ์ ใจดี",
    "ผู้ช่วยดำเนินงานของสมาชิกสภาผู้แทนราษฎร",
    "0867214593",
    "patcharaporn.mpaide@gmail.com",
)
GCC = Office("ศูนย์บริการข้อมูลภาครัฐเพื่อประชาชน สำนักงานปลัดสำนักนายกรัฐมนตรี", "นร ๐๑๐๕.๑๔", "นางรัชนี พรหมวงศ์",
             "ผู้อำนวยการกลุ่มจัดการเรื่องราวร้องทุกข์", "0 2283 4130", "gcc1111@example.go.th",
             "ทำเนียบรัฐบาล ถนนพิษณุโลก แขวงดุสิต เขตดุสิต กรุงเทพมหานคร 10300")  # fmt: skip

# Those complained about: name, address, phone.
RESPONDENTS: tuple[tuple[str, str, str], ...] = (
    ("นายสมบูรณ์ ปัญญาดี", "88 หมู่ที่ 3 ตำบลป่าแดง อำเภอเมืองแพร่ จังหวัดแพร่ 54000", "0813627450"),
    (
        "ห้างหุ้นส่วนจำกัด น่านรุ่งเรืองก่อสร้าง",
        "250 หมู่ที่ 2 ตำบลฝายแก้ว อำเภอภูเพียง จังหวัดน่าน 55000",
        "054-774-218",
    ),
    ("นางทองใบ สุขเกษม", "17 หมู่ที่ 4 ตำบลทุ่งโฮ้ง อำเภอเมืองแพร่ จังหวัดแพร่ 54000", "0897146632"),
)

# What the citizens complain of: (subject, details, the problem's place).
TOPICS: tuple[tuple[str, str, str], ...] = (
    (
        "ขอให้ซ่อมแซมถนนลูกรังในหมู่บ้าน",
        "ถนนลูกรังสายกลางหมู่บ้านชำรุดเป็นหลุมบ่อ ฤดูฝนรถจักรยานยนต์ล้มบ่อยครั้ง",
        "ถนนสายบ้านนาคูหา-บ้านนาจักร",
    ),
    (
        "ร้องเรียนกลิ่นเหม็นจากฟาร์มสุกร",
        "ฟาร์มสุกรข้างบ้านปล่อยน้ำเสียลงลำเหมือง ส่งกลิ่นเหม็นรบกวนทั้งกลางวันและกลางคืน",
        "ลำเหมืองสาธารณะท้ายหมู่บ้าน",
    ),
    (
        "ขอให้ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ",
        "ทางเข้าหมู่บ้านมืด เกิดอุบัติเหตุและมีการลักขโมย",
        "ทางแยกเข้าหมู่บ้านริมทางหลวง 101",
    ),
    ("ท่อระบายน้ำอุดตัน น้ำท่วมขัง", "ท่อระบายน้ำหน้าบ้านอุดตัน ฝนตกน้ำท่วมขังเข้าบ้านเรือน", "ซอยข้างตลาดสด"),
    (
        "ผู้รับเหมาก่อสร้างรางระบายน้ำไม่แล้วเสร็จ",
        "ผู้รับเหมาขุดรางระบายน้ำทิ้งไว้เกิน 4 เดือน ไม่มีป้ายเตือน",
        "ถนนในหมู่บ้าน หมู่ที่ 2",
    ),
)


def day(n: int) -> str:
    return f"{thai(str(1 + n % 27))} ธันวาคม {thai('2569')}"


def case_no(n: int) -> str:
    return (
        f"{6912 + n % 3}-{thai(str(40213 + 37 * n))}"
        if n % 2
        else f"ดธ.{thai(str(1180 + n))}/{thai('2569')}"
    )


def doc_no(o: Office, n: int) -> str:
    return f"ที่ {o.code}/{'ว ' if n % 2 else ''}{thai(str(1234 + 11 * n))}"


def thai_phone(o: Office) -> str:
    return thai(o.phone)


def masked(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-xxxxx-xx-{nid[12]}"


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 8, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set94-{n}@example.go.th>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def office_box(o: Office) -> str:
    return f"{o.name} <{o.email}>"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def citizen(a: Party, keys: str = NO_BIRTH, *, email: bool = True, phone: bool = True, nid: bool = True,
            place: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The petitioner's values; `()` for those the mail does not give as hers."""
    e = exp(a, keys)
    if "email" in e and not (email and a.p.email):
        e["email"] = ()
    if not phone:
        e["phone"] = ()
    if not nid:
        e["national_id"] = ()
    if not place:
        e["address"], e["postal_code"], e["province"] = (), (), ()
    return e


def sig(o: Office) -> str:
    return f"({o.official})\n{o.position}\n{o.name}\nโทร. {thai_phone(o)}\nE-mail: {o.email}"


# --- plain ----------------------------------------------------------------------------------


def plain_damrongdham_outlook(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรม's Outlook plain text: the whole หนังสือ typed into the mail (ที่,
    เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย), the petitioner's lines in the body, the
    official's signature with the office's line and box."""
    p = a.p
    o = DD[p.province]
    subj, det, where = TOPICS[i % 5]
    text = (
        f"{doc_no(o, i)}\t\t\t\t{o.name}\n\t\t\t\t\t{o.address}\n\n\t\t\t\t{day(i)}\n\n"
        f"เรื่อง  ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ ({subj})\n"
        f"เรียน  ท้องถิ่นจังหวัด{p.province}\n"
        f"อ้างถึง  หนังสือ{o.name} {doc_no(o, i + 3)} ลงวันที่ {day(i + 5)}\n"
        f"สิ่งที่ส่งมาด้วย  สำเนาคำร้อง จำนวน {thai('1')} ชุด\n\n"
        f"\tด้วย{o.name} ได้รับเรื่องร้องเรียนจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)} หมายเลขโทรศัพท์ {mobile(p.mobile, i)} "
        f"เรื่องเลขที่ {case_no(i)} ความว่า {det} บริเวณ{where}\n\n"
        f"\tจังหวัดพิจารณาแล้ว เห็นว่าเรื่องดังกล่าวอยู่ในอำนาจหน้าที่ของท่าน จึงขอให้ตรวจสอบข้อเท็จจริงและแจ้งผล"
        f"ให้ผู้ร้องทราบโดยตรง และแจ้งศูนย์ดำรงธรรมจังหวัดทราบภายใน {thai('15')} วัน\n\n"
        f"\t\t\tขอแสดงความนับถือ\n\n{sig(o)}\nโทรสาร {thai_phone(o)} ต่อ {thai('2')}\nสายด่วน ๑๕๖๗\n"
    )
    raw = message(i, f"ส่งเรื่องร้องเรียน {case_no(i)}", office_box(o), text=text)
    return Case("plain_damrongdham_outlook", raw, citizen(a, email=False))


def plain_amphoe_gmail_forward(a: Party, i: int) -> Case:
    """A district clerk forwards the citizen's own Gmail: her note with his signature on
    top, then Gmail's "Forwarded message" head and the citizen's mail (her lines, her
    box)."""
    p = a.p
    o = AMPHOE[p.province]
    subj, det, where = TOPICS[(i + 1) % 5]
    box = p.email  # this style's citizens all have a box
    text = (
        f"เรียน ท้องถิ่นจังหวัด{p.province}\n\nอำเภอขอส่งต่อคำร้องของราษฎรตามอีเมลด้านล่าง เพื่อโปรดพิจารณา "
        f"(อ้างถึงหนังสืออำเภอ {doc_no(o, i)} ลงวันที่ {day(i)})\n\n{o.official}\n{o.position}\n{o.name}\n"
        f"โทร {o.phone} / มือถือราชการ 08 1765 4402\n\n"
        f"---------- Forwarded message ---------\nจาก: {p.first} {p.last} <{box}>\n"
        f"Date: วันพฤหัสที่ {1 + i % 20} ธ.ค. 2569 เวลา 08:{10 + i:02d}\nSubject: {subj}\nTo: <{o.email}>\n\n"
        f"เรียน นายอำเภอ\n\n{'ดิฉัน' if p.title != 'นาย' else 'กระผม'}{a.name} อายุ {2569 - p.born.year - 543} ปี "
        f"เลขบัตรประชาชน {nid_w(p.nid, i + 1)}\nบ้านเลขที่ {home(a, i + 1)}\n{det} ({where})\n"
        f"ขอความอนุเคราะห์ช่วยประสานหน่วยงานที่เกี่ยวข้องด้วย\n\nติดต่อกลับ {mobile(p.mobile, i + 1)}\n{a.name}\n"
    )
    raw = message(i, f"Fwd: {subj}", office_box(o), text=text)
    return Case("plain_amphoe_gmail_forward", raw, citizen(a))


def plain_1111_notice(a: Party, i: int) -> Case:
    """The 1111 centre's system notice in plain text: the case number, the channel, the
    petitioner's lines (her ID masked in v2), the centre's officer and line."""
    p = a.p
    subj, det, where = TOPICS[(i + 2) % 5]
    nid_text = nid_w(p.nid, i) if i % 2 == 0 else masked(p.nid)
    text = (
        f"ระบบจัดการเรื่องราวร้องทุกข์ (ศูนย์บริการประชาชน 1111)\n"
        f"แจ้งส่งต่อเรื่องให้หน่วยงาน : ท้องถิ่นจังหวัด{p.province}\n"
        f"เลขที่เรื่อง : 1111-{2569}{1200450 + 97 * i}\nวันที่รับเรื่อง : {1 + i % 25}/12/2569 10:{i + 12:02d} น.\n"
        f"ช่องทาง : สายด่วน 1111 กด 1\nเรื่อง : {subj}\n\n"
        f"ข้อมูลผู้ร้อง\nชื่อ-นามสกุล : {a.name}\nเลขประจำตัวประชาชน : {nid_text}\n"
        f"ที่อยู่ : {home(a, i + 2)}\nโทรศัพท์ติดต่อ : {mobile(p.mobile, i + 2)}\n\n"
        f"รายละเอียด :\n{det} บริเวณ{where}\n\n"
        f"เจ้าหน้าที่ผู้บันทึก : {GCC.official} ({GCC.position})\nโทร {GCC.phone}\n"
        f"กรุณารายงานผลผ่านระบบภายใน 15 วัน หากมีข้อสงสัยติดต่อ {GCC.email}\n"
    )
    raw = message(
        i,
        f"[1111] ส่งต่อเรื่องร้องเรียน เลขที่ 1111-{2569}{1200450 + 97 * i}",
        f"ระบบ 1111 <noreply.{GCC.email}>",
        text=text,
    )
    return Case("plain_1111_notice", raw, citizen(a, nid=i % 2 == 0, email=False))


def plain_mp_office_line_paste(a: Party, i: int) -> Case:
    """An MP's assistant mails from her Gmail, pasting the citizen's LINE chat (LINE's
    export: date lines, time, name, text): the citizen's name, birth date, home and
    phone in the chat, the assistant's and the office's below."""
    p = a.p
    aide, role, mob, box = MP_AIDE
    subj, det, where = TOPICS[(i + 3) % 5]
    text = (
        f"เรียน ท้องถิ่นจังหวัด{p.province}\n\nสำนักงาน ส.ส.{MP.official[3:]} ขอส่งเรื่องที่ราษฎรร้องขอผ่านไลน์สำนักงาน "
        f"ตามที่คัดลอกมาด้านล่าง เพื่อโปรดพิจารณาให้ความช่วยเหลือด้วยค่ะ\n\n"
        f"[LINE] ประวัติการแชทกับ {p.first} {p.last}\nบันทึกเมื่อ: {1 + i % 20}/12/2569 21:{i + 3:02d}\n\n"
        f"วันจันทร์, {1 + i % 20}/12/2569\n"
        f"09:{i + 11:02d}\t{p.first} {p.last}\t{'สวัสดีครับ' if p.title == 'นาย' else 'สวัสดีค่ะ'} ขอรบกวนท่าน ส.ส. เรื่อง{subj}\n"
        f"09:{i + 12:02d}\t{p.first} {p.last}\t{det} ที่{where}\n"
        f"09:{i + 20:02d}\tสำนักงาน สส.แพร่ เขต1\tรบกวนขอชื่อ ที่อยู่ เบอร์โทร ด้วยค่ะ\n"
        f"09:{i + 25:02d}\t{p.first} {p.last}\t{a.name} เกิด {born_th(p.born, i)}\n"
        f"09:{i + 26:02d}\t{p.first} {p.last}\tบ้านเลขที่ {home(a, i + 3)}\n"
        f"09:{i + 26:02d}\t{p.first} {p.last}\tเบอร์ {mobile(p.mobile, i + 3)}\n"
        f"09:{i + 27:02d}\t{p.first} {p.last}\tเลขบัตร {nid_w(p.nid, i + 2)}\n\n"
        f"ขอบคุณค่ะ\n{aide}\n{role}\n{MP.official} {MP.position}\n{MP.address}\nโทร {MP.phone} มือถือ {mobile(mob, i)}\n"
    )
    raw = message(i, f"ส่งเรื่องราษฎร: {subj}", f"{aide[6:]} <{box}>", text=text)
    return Case("plain_mp_office_line_paste", raw, citizen(a, ALL, email=False))


def plain_traffy_notice(a: Party, i: int) -> Case:
    """A Traffy Fondue notice forwarded by the city: the ticket, the pin's place (the
    problem's, never her home), the reporter's name and phone; no home, no ID."""
    p = a.p
    subj, det, where = TOPICS[(i + 4) % 5]
    text = (
        f"Traffy Fondue แจ้งเรื่องใหม่ถึงหน่วยงานของท่าน\n\nรหัสเรื่อง: 2026-{'FDK7' if i % 2 else 'HQ3M'}{21 + i}\n"
        f"ประเภท: {'ถนน' if i % 2 else 'ไฟฟ้า'}\nรายละเอียด: {subj} {det}\n"
        f"สถานที่: {where} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province}\n"
        f"พิกัด: {18.1 + i / 100:.5f}, {100.1 + i / 100:.5f}\n"
        f"ผู้แจ้ง: {a.name}\nเบอร์ติดต่อผู้แจ้ง: {mobile(p.mobile, i)}\n"
        f"เวลาแจ้ง: {1 + i % 20}/12/2569 07:{i:02d}\n\n"
        f"ดูรายละเอียด https://traffy.example.in.th/ticket/2026-{'FDK7' if i % 2 else 'HQ3M'}{21 + i}\n"
        f"-- \nส่งต่อโดย {AMPHOE[p.province].official} {AMPHOE[p.province].name} โทร {AMPHOE[p.province].phone}\n"
    )
    raw = message(
        i, "Traffy Fondue: เรื่องใหม่", "Traffy Fondue <noreply@traffy.example.in.th>", text=text
    )
    keys = "full_name national_id phone email address postal_code province"
    return Case("plain_traffy_notice", raw, citizen(a, keys, email=False, nid=False, place=False))


# --- HTML -----------------------------------------------------------------------------------


def html_outlook_damrongdham_table(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรม's Outlook HTML: the letter's paragraphs, then the case table
    (เลขที่เรื่อง, ชื่อผู้ร้อง, เลขบัตร, ที่อยู่, โทร, ผู้ถูกร้อง with his address, รายละเอียด)."""
    p = a.p
    o = DD[p.province]
    rn, raddr, rphone = RESPONDENTS[i % 3]
    subj, det, _ = TOPICS[i % 5]
    cells = (
        "ลำดับ",
        "เลขที่เรื่อง",
        "ชื่อผู้ร้อง",
        "เลขบัตรประชาชน",
        "ที่อยู่ผู้ร้อง",
        "โทรศัพท์",
        "ผู้ถูกร้อง",
        "รายละเอียด",
    )
    row = (thai("1"), case_no(i), a.name, nid_w(p.nid, i), home(a, i), mobile(p.mobile, i),
           f"{rn}<br>{raddr}<br>โทร {rphone}", f"{subj}: {det}")  # fmt: skip
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             "<tr>" + "".join(f'<td style="background:#D9E2F3"><p class="MsoNormal"><b>{c}</b></p></td>' for c in cells) + "</tr>"
             "<tr>" + "".join(f'<td><p class="MsoNormal">{c}</p></td>' for c in row) + "</tr></table>")  # fmt: skip
    paras = [f"{doc_no(o, i)}", "เรื่อง ส่งเรื่องร้องเรียนร้องทุกข์", f"เรียน ท้องถิ่นจังหวัด{p.province}",
             f"สิ่งที่ส่งมาด้วย ตารางสรุปเรื่องร้องเรียน จำนวน {thai('1')} ฉบับ", "",
             f"ด้วย{o.name}ได้รับเรื่องร้องเรียนตามรายละเอียดในตารางด้านล่าง จึงส่งให้พิจารณาดำเนินการตามอำนาจหน้าที่", table]  # fmt: skip
    sig_html = (f'<p class="MsoNormal">{o.official}<br>{o.position}<br>{o.name}<br>'
                f'โทร. {thai_phone(o)} | <a href="mailto:{o.email}">{o.email}</a><br>{o.address}</p>')  # fmt: skip
    raw = message(
        i, f"ส่งเรื่องร้องเรียน เลขที่ {case_no(i)}", office_box(o), html=outlook_html(paras, sig_html)
    )
    return Case("html_outlook_damrongdham_table", raw, citizen(a, email=False))


def html_gmail_mp_office(a: Party, i: int) -> Case:
    """An MP's assistant's Gmail: the citizen came to the office; his lines as a list;
    Gmail's signature block (the assistant, the MP, the office's line and address)."""
    p = a.p
    aide, role, mob, box = MP_AIDE
    subj, det, where = TOPICS[(i + 1) % 5]
    html = (
        f'<div dir="ltr"><div>เรียน ท้องถิ่นจังหวัด{p.province}</div><div><br></div>'
        f"<div>ตามที่ {a.name} ได้เดินทางมาร้องเรียนที่{MP.name} เมื่อวันที่ {day(i)} เรื่อง{subj} "
        f"สำนักงานฯ จึงขอส่งเรื่องเพื่อพิจารณา รายละเอียดผู้ร้องดังนี้</div>"
        f"<ul><li>ชื่อ-สกุล: {a.name}</li><li>เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}</li>"
        f"<li>วันเดือนปีเกิด: {born_th(p.born, i + 1)}</li><li>ที่อยู่: {home(a, i + 1)}</li>"
        f"<li>เบอร์โทร: {mobile(p.mobile, i + 1)}</li><li>ปัญหา: {det} ({where})</li></ul>"
        f"<div>จึงเรียนมาเพื่อโปรดพิจารณา</div><div><br></div>"
        f'<div>-- <br><div dir="ltr" class="gmail_signature"><div><b>{aide}</b></div><div>{role}</div>'
        f"<div>{MP.official} {MP.position}</div><div>{MP.address}</div>"
        f"<div>โทร {MP.phone} | มือถือ {mobile(mob, i + 2)}</div><div>{box}</div></div></div></div>"
    )
    raw = message(i, f"ส่งเรื่องร้องเรียนจากสำนักงาน ส.ส. ({p.first})", f"{aide} <{box}>", html=html)
    return Case("html_gmail_mp_office", raw, citizen(a, ALL, email=False))


def html_eservice_1111_notice(a: Party, i: int) -> Case:
    """The 1111 web system's HTML notification: a two-column table of the case (the
    petitioner's lines, her birth date and box), the agency's own contact and the
    officer's below."""
    p = a.p
    subj, det, where = TOPICS[(i + 2) % 5]
    rows = [("เลขที่เรื่อง", f"1111-{2569}{3300120 + 13 * i}"), ("วันที่รับเรื่อง", f"{1 + i % 25} ธ.ค. 2569"),
            ("หน่วยงานที่รับผิดชอบ", f"ท้องถิ่นจังหวัด{p.province} โทร 0 54{'51 1788' if p.province == PR else '71 0325'}"),
            ("ผู้ร้อง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่ที่ติดต่อได้", home(a, i + 3)), ("หมายเลขโทรศัพท์", mobile(p.mobile, i)),
            ("อีเมล", p.email or "-"), ("เรื่อง", subj), ("รายละเอียด", f"{det} บริเวณ{where}"),
            ("เจ้าหน้าที่", f"{GCC.official} โทร {GCC.phone}")]  # fmt: skip
    html = (
        '<html><body style="font-family:Tahoma"><h3>ศูนย์บริการประชาชน 1111 : แจ้งเรื่องร้องเรียนใหม่</h3>'
        '<table width="640" cellpadding="6" style="border:1px solid #999">'
        + "".join(
            f'<tr><td width="200" bgcolor="#eeeeee">{k}</td><td>{v}</td></tr>' for k, v in rows
        )
        + '</table><p style="color:#777">อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>'
    )
    raw = message(
        i,
        f"แจ้งเรื่องร้องเรียนใหม่ 1111-{2569}{3300120 + 13 * i}",
        f"1111 <noreply.{GCC.email}>",
        html=html,
    )
    return Case("html_eservice_1111_notice", raw, citizen(a, ALL))


def html_outlook_amphoe_quoted(a: Party, i: int) -> Case:
    """The district officer forwards from Outlook: his note and signature on top, then
    Outlook's head block (From/Sent/To/Subject) and the citizen's quoted mail."""
    p = a.p
    o = AMPHOE[p.province]
    subj, det, where = TOPICS[(i + 3) % 5]
    box = p.email  # this style's citizens all have a box
    quoted = (
        f"<p>เรียน นายอำเภอ{o.name.removeprefix('ที่ว่าการอำเภอ')}</p><p>{'ผม' if p.title == 'นาย' else 'ดิฉัน'}ชื่อ {a.name}<br>"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}<br>ที่อยู่ {home(a, i + 2)}<br>"
        f"โทรศัพท์ {mobile(p.mobile, i + 3)}</p><p>{det} ที่{where} ขอให้ช่วยประสานงานด้วย</p><p>ขอบคุณครับ/ค่ะ</p>"
    )
    sig_html = f'<p class="MsoNormal">{o.official}<br>{o.position}<br>{o.name}<br>{o.address}<br>โทร {o.phone}</p>'
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
            f"<b>From:</b> {p.first} {p.last} &lt;{box}&gt;<br><b>Sent:</b> Tuesday, {1 + i % 20} December 2026 9:{i + 10:02d} AM<br>"
            f"<b>To:</b> {o.email}<br><b>Subject:</b> {subj}</p></div>{quoted}")  # fmt: skip
    paras = [f"เรียน ท้องถิ่นจังหวัด{p.province}", "",
             f"อำเภอขอส่งต่อเรื่องของราษฎรรายนี้ (อ้างถึง {doc_no(o, i)}) เพื่อพิจารณาตามอำนาจหน้าที่ครับ"]  # fmt: skip
    html = outlook_html(paras, sig_html + head)
    raw = message(i, f"FW: {subj}", office_box(o), html=html)
    return Case("html_outlook_amphoe_quoted", raw, citizen(a))


# --- Word -----------------------------------------------------------------------------------


def docx_official_letter(a: Party, i: int) -> Case:
    """A หนังสือราชการภายนอก in Word (ที่, the office's address, date, เรื่อง, เรียน, อ้างถึง,
    สิ่งที่ส่งมาด้วย): the petitioner named in the body with ID, home, phone; the
    official's signature block, the ส่วนราชการ line, โทร, โทรสาร, e-mail."""
    p = a.p
    o = DD[p.province] if i % 2 else AMPHOE[p.province]
    subj, det, where = TOPICS[i % 5]

    def build(d: Any) -> None:
        d.add_paragraph(f"{doc_no(o, i)}\t\t\t\t\t{o.name}")
        d.add_paragraph(f"\t\t\t\t\t\t{o.address}")
        d.add_paragraph(f"\t\t\t\t\t{day(i)}")
        d.add_paragraph(f"เรื่อง\tส่งเรื่องร้องเรียนของราษฎร ({subj})")
        d.add_paragraph(f"เรียน\tท้องถิ่นจังหวัด{p.province}")
        d.add_paragraph(
            f"อ้างถึง\tหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๐.๔/ว {thai(str(4410 + i))} ลงวันที่ {day(i + 3)}"
        )
        d.add_paragraph(f"สิ่งที่ส่งมาด้วย\tสำเนาคำร้อง พร้อมสำเนาบัตรประจำตัวประชาชน จำนวน {thai('1')} ชุด")
        d.add_paragraph(
            f"\tด้วย {a.name} อายุ {thai(str(2569 - p.born.year - 543))} ปี เลขประจำตัวประชาชน {thai(nid_w(p.nid, i))} "
            f"อยู่บ้านเลขที่ {thai(home(a, i))} โทรศัพท์ {thai(mobile(p.mobile, i))} ได้ยื่นคำร้องต่อ{o.name} "
            f"ความว่า {det} บริเวณ{where} ขอให้หน่วยงานที่เกี่ยวข้องดำเนินการแก้ไข"
        )
        d.add_paragraph(
            "\tพิจารณาแล้วเห็นว่าเป็นเรื่องที่อยู่ในอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่น จึงส่งเรื่องให้ท่านพิจารณา"
        )
        d.add_paragraph("\t\t\t\tขอแสดงความนับถือ\n\n")
        d.add_paragraph(f"\t\t\t\t({o.official})\n\t\t\t\t{o.position}")
        d.add_paragraph(
            f"{o.name}\nโทร. {thai_phone(o)}\nโทรสาร {thai_phone(o)}\nไปรษณีย์อิเล็กทรอนิกส์ {o.email}"
        )

    raw = message(i, f"ส่งเรื่องร้องเรียน {doc_no(o, i)}", office_box(o), text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nส่งหนังสือตามไฟล์แนบ\n{o.official}\n",
                  files=(("หนังสือส่งเรื่อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_official_letter", raw, citizen(a, email=False))


def docx_petition_form(a: Party, i: int) -> Case:
    """The citizen's คำร้องทุกข์ form typed on dotted lines (ข้าพเจ้า, อายุ, เกิดวันที่,
    เลขประจำตัวประชาชน, อยู่บ้านเลขที่, หมู่ที่, ตำบล, อำเภอ, จังหวัด, โทรศัพท์), the
    respondent's line, the official's receipt at the foot; the district's covering mail."""
    p = a.p
    o = AMPHOE[p.province]
    rn, raddr, rphone = RESPONDENTS[(i + 1) % 3]
    subj, det, _ = TOPICS[(i + 1) % 5]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องทุกข์/ร้องเรียน\t\t\tเขียนที่ {o.name}\n\t\t\t\tวันที่ {day(i)}")
        d.add_paragraph(f"เรื่อง {subj}\nเรียน นายอำเภอ")
        d.add_paragraph(
            f"ข้าพเจ้า ....{a.name}.... อายุ ...{2569 - p.born.year - 543}... ปี เกิดวันที่ ...{born_th(p.born, i)}..."
        )
        d.add_paragraph(f"เลขประจำตัวประชาชน ....{nid_w(p.nid, i + 1)}....")
        d.add_paragraph(
            f"อยู่บ้านเลขที่ ...{p.house}... หมู่ที่ ...{p.moo or '-'}... ถนน ...{p.road or '-'}... ตำบล ...{p.tambon}... "
            f"อำเภอ ...{p.amphoe}... จังหวัด ...{p.province}... รหัสไปรษณีย์ ...{p.postal}..."
        )
        d.add_paragraph(f"โทรศัพท์ ....{mobile(p.mobile, i)}....")
        d.add_paragraph(f"มีความประสงค์ร้องเรียน ....{rn}.... ที่อยู่ ....{raddr}.... โทร ....{rphone}....")
        d.add_paragraph(f"รายละเอียด ....{det}....")
        d.add_paragraph(f"ลงชื่อ ....{p.first} {p.last}.... ผู้ร้อง\n      ({a.name})")
        d.add_paragraph(f"สำหรับเจ้าหน้าที่: รับเรื่องเลขที่ {case_no(i)} ผู้รับเรื่อง {o.official} โทร {o.phone}")

    raw = message(i, f"ส่งคำร้องของ {a.name}", office_box(o),
                  text=f"เรียน ท้องถิ่นจังหวัด{p.province}\n\nอำเภอส่งสำเนาคำร้องตามไฟล์แนบ {doc_no(o, i)}\n\n{sig(o)}\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_petition_form", raw, citizen(a, ALL, email=False))


def docx_case_summary_table(a: Party, i: int) -> Case:
    """A Word แบบสรุปเรื่องร้องเรียน: a two-column table (เลขที่เรื่อง, ช่องทาง, ชื่อผู้ร้อง,
    เลขบัตร, ที่อยู่, โทร, ผู้ถูกร้องเรียน and his place, รายละเอียด, เจ้าหน้าที่ผู้รับเรื่อง)."""
    p = a.p
    o = DD[p.province]
    rn, raddr, rphone = RESPONDENTS[(i + 2) % 3]
    subj, det, where = TOPICS[(i + 2) % 5]
    rows = [("เลขที่เรื่อง", case_no(i)), ("วันที่รับเรื่อง", day(i)), ("ช่องทาง", "ร้องเรียนด้วยตนเอง"),
            ("ชื่อผู้ร้อง", a.name), ("เลขประจำตัวประชาชน", thai(nid_w(p.nid, i + 2))),
            ("ที่อยู่ผู้ร้อง", thai(home(a, i + 1))), ("โทรศัพท์", thai(mobile(p.mobile, i + 1))),
            ("อีเมล", p.email or "-"), ("ผู้ถูกร้องเรียน", f"{rn} ที่อยู่ {raddr} โทร {rphone}"),
            ("เรื่อง", subj), ("รายละเอียด", f"{det} ({where})"),
            ("เจ้าหน้าที่ผู้รับเรื่อง", f"{o.official} {o.position} โทร {o.phone}")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบสรุปเรื่องร้องเรียน {o.name}")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v

    raw = message(i, f"สรุปเรื่องร้องเรียน {case_no(i)}", office_box(o),
                  text=f"{doc_no(o, i)}\nเรียน ท้องถิ่นจังหวัด{p.province}\nส่งแบบสรุปเรื่องร้องเรียนตามแนบ\n\n{sig(o)}\n",
                  files=(("แบบสรุปเรื่อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_case_summary_table", raw, citizen(a))


def docx_mp_letterhead(a: Party, i: int) -> Case:
    """An MP's letter on letterhead (the office's address, line, box on top): "ตามที่
    <citizen> ... ได้ร้องขอ ..." with the citizen's ID and home; the MP signs; the
    assistant named as the contact with her mobile."""
    p = a.p
    aide, _, mob, box = MP_AIDE
    subj, det, where = TOPICS[(i + 3) % 5]

    def build(d: Any) -> None:
        d.add_paragraph(f"{MP.name}\n{MP.address}\nโทร {MP.phone} อีเมล {MP.email}")
        d.add_paragraph(f"{doc_no(MP, i)}\t\t\t\t\t{day(i)}")
        d.add_paragraph(f"เรื่อง  ขอความอนุเคราะห์{subj}\nเรียน  ท้องถิ่นจังหวัด{p.province}")
        d.add_paragraph(
            f"\tตามที่ {a.name} ผู้ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(p.nid, i)} ราษฎรบ้านเลขที่ {home(a, i + 2)} "
            f"ได้ร้องขอต่อกระผมว่า {det} บริเวณ{where}"
        )
        d.add_paragraph(
            f"\tกระผมจึงขอความอนุเคราะห์ท่านพิจารณาช่วยเหลือ และแจ้งผลให้ผู้ร้องทราบที่หมายเลข {mobile(p.mobile, i + 1)}"
        )
        d.add_paragraph("\t\t\tขอแสดงความนับถือ\n\n")
        d.add_paragraph(f"\t\t\t({MP.official})\n\t\t\t{MP.position}")
        d.add_paragraph(f"ผู้ประสานงาน {aide} โทร {mobile(mob, i)}")

    raw = message(i, f"หนังสือ ส.ส. เรื่อง{subj}", f"{aide} <{box}>",
                  text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nส่งหนังสือของท่าน ส.ส. ตามแนบค่ะ\n{aide}\n{mobile(mob, i + 1)}\n",
                  files=(("หนังสือ สส.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_mp_letterhead", raw, citizen(a, email=False))


# --- PDF ------------------------------------------------------------------------------------


def pdf_letter_with_petition(a: Party, i: int) -> Case:
    """A typed official letter (page 1: ที่, the office, เรื่อง, เรียน, สิ่งที่ส่งมาด้วย, the
    official's block) and the citizen's own typed letter as page 2 (her block top right:
    home, phone; her ID and birth date in the body)."""
    p = a.p
    o = AMPHOE[p.province]
    subj, det, where = TOPICS[(i + 4) % 5]
    page1 = flow([(20, f"{doc_no(o, i)}"), (120, o.name), (120, o.address), (0, ""), (110, day(i)), (0, ""),
                  (20, "เรื่อง ส่งคำร้องของราษฎร"), (20, f"เรียน ท้องถิ่นจังหวัด{p.province}"),
                  (20, f"สิ่งที่ส่งมาด้วย คำร้องของ {a.name} จำนวน ๑ ฉบับ"), (0, ""),
                  (35, f"ด้วยอำเภอได้รับคำร้องของ {a.name} เรื่อง{subj} จึงขอส่งให้ท่านพิจารณา"), (0, ""),
                  (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({o.official})"), (100, o.position),
                  (20, o.name), (20, f"โทร {thai_phone(o)}"), (20, o.email)], 13, "Laksaman")  # fmt: skip
    page2 = flow([(120, f"บ้านเลขที่ {home(a, i)}"), (120, f"โทร {mobile(p.mobile, i)}"), (0, ""),
                  (110, day(i + 2)), (20, f"เรื่อง {subj}"), (20, f"เรียน นายอำเภอ{p.amphoe}"), (0, ""),
                  (35, f"ข้าพเจ้า {a.name} เกิดวันที่ {born_th(p.born, i + 1)} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                       f"{det} บริเวณ{where} จึงเรียนมาเพื่อโปรดพิจารณา"), (0, ""),
                  (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")], 13, "Laksaman")  # fmt: skip
    data = pdf_pages([page1, page2], 13)
    raw = message(i, f"ส่งคำร้อง ({doc_no(o, i)})", office_box(o), text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nส่งหนังสือและคำร้องตามแนบ\n{o.official}\n{o.phone}\n",
                  files=(("ส่งคำร้อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_letter_with_petition", raw, citizen(a, ALL, email=False))


def pdf_fillable_damrongdham(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรม's fillable receipt form: the petitioner's fields (ผู้ร้อง_*),
    the respondent's (ผู้ถูกร้อง_*) and the receiving officer's (เจ้าหน้าที่_*)."""
    p = a.p
    o = DD[p.province]
    rn, raddr, rphone = RESPONDENTS[i % 3]
    subj, det, _ = TOPICS[i % 5]
    labels = [(40, 18, f"แบบรับเรื่องราวร้องทุกข์ {o.name}"), (20, 30, "เลขที่เรื่อง"), (20, 42, "ชื่อ-สกุลผู้ร้อง"),
              (20, 52, "เลขประจำตัวประชาชน"), (20, 62, "ที่อยู่"), (20, 72, "โทรศัพท์"), (110, 72, "อีเมล"),
              (20, 86, "ผู้ถูกร้องเรียน"), (20, 96, "ที่อยู่ผู้ถูกร้อง"), (20, 106, "โทรศัพท์ผู้ถูกร้อง"),
              (20, 120, "เรื่อง"), (20, 130, "รายละเอียด"), (20, 160, "เจ้าหน้าที่ผู้รับเรื่อง"), (20, 170, "โทรศัพท์เจ้าหน้าที่")]  # fmt: skip
    fields = [Field("เลขที่เรื่อง", case_no(i), 50, 30, 60), Field("ผู้ร้อง_ชื่อ", a.name, 55, 42, 100),
              Field("ผู้ร้อง_เลขบัตร", p.nid, 60, 52, 55, comb=13), Field("ผู้ร้อง_ที่อยู่", home(a, i + 1), 35, 62, 160),
              Field("ผู้ร้อง_โทร", mobile(p.mobile, i), 45, 72, 55), Field("ผู้ร้อง_อีเมล", p.email, 125, 72, 70),
              Field("ผู้ถูกร้อง_ชื่อ", rn, 55, 86, 100), Field("ผู้ถูกร้อง_ที่อยู่", raddr, 60, 96, 130),
              Field("ผู้ถูกร้อง_โทร", rphone, 65, 106, 50), Field("เรื่อง", subj, 40, 120, 150),
              Field("รายละเอียด", det, 45, 130, 150), Field("เจ้าหน้าที่_ชื่อ", o.official, 70, 160, 80),
              Field("เจ้าหน้าที่_โทร", o.phone, 70, 170, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, f"แบบรับเรื่อง {case_no(i)}", office_box(o), text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nส่งแบบรับเรื่องราวร้องทุกข์ (PDF)\n\n{sig(o)}\n",
                  files=(("แบบรับเรื่อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_damrongdham", raw, citizen(a))


def pdf_landscape_case_table(a: Party, i: int) -> Case:
    """A landscape PDF table of forwarded cases (Excel printed to PDF): columns ลำดับ,
    เลขที่เรื่อง, ชื่อผู้ร้อง, เลขบัตร, ที่อยู่ (wrapped in its narrow cell), โทร, รายละเอียด;
    the office's head above, the official's line below."""
    p = a.p
    o = DD[p.province]
    subj, _, where = TOPICS[(i + 1) % 5]
    xs = (10, 22, 58, 100, 140, 200, 232)
    heads = ("ลำดับ", "เลขที่เรื่อง", "ชื่อผู้ร้อง", "เลขบัตรประชาชน", "ที่อยู่", "โทร", "รายละเอียด")
    addr = home(a, i + 2)
    cut = addr.find(" ต") if " ต" in addr else len(addr) // 2
    texts: list[tuple[float, float, str]] = [(60, 15, f"บัญชีส่งต่อเรื่องร้องเรียน {o.name} ประจำเดือนธันวาคม ๒๕๖๙"),
                                              (10, 25, f"{doc_no(o, i)}  ลงวันที่ {day(i)}")]  # fmt: skip
    texts += [(x, 38, h) for x, h in zip(xs, heads, strict=True)]
    row = (
        thai("1"),
        case_no(i),
        a.name,
        nid_w(p.nid, i),
        addr[:cut],
        mobile(p.mobile, i + 2),
        subj[:22],
    )
    texts += [(x, 48, v) for x, v in zip(xs, row, strict=True)]
    texts += [
        (140, 54, addr[cut:].strip()[:34]),
        (140, 60, addr[cut:].strip()[34:]),
        (232, 54, subj[22:]),
        (232, 60, where[:20]),
    ]
    texts += [(10, 80, f"ผู้จัดทำ {o.official} {o.position[:30]} โทร {o.phone}")]
    data = pdf_pages([texts], 11, landscape=True)
    raw = message(i, "บัญชีส่งต่อเรื่องร้องเรียน", office_box(o), text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nส่งบัญชีเรื่องร้องเรียนตามแนบ\n",
                  files=(("บัญชีเรื่อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_landscape_case_table", raw, citizen(a, email=False))


def pdf_fillable_1111_form(a: Party, i: int) -> Case:
    """The 1111 centre's fillable แบบส่งต่อเรื่อง with English field names
    (complainant_*, officer_*, agency_*): the complainant's birth date and box."""
    p = a.p
    subj, det, _ = TOPICS[(i + 2) % 5]
    labels = [(40, 18, "แบบส่งต่อเรื่องร้องเรียน ศูนย์บริการประชาชน 1111"), (20, 30, "เลขที่เรื่อง"),
              (20, 42, "ผู้ร้องเรียน"), (20, 52, "เลขประจำตัวประชาชน"), (120, 52, "วันเกิด"), (20, 62, "ที่อยู่"),
              (20, 72, "โทรศัพท์"), (110, 72, "อีเมล"), (20, 86, "ประเด็น"), (20, 110, "หน่วยงานที่ส่งต่อ"),
              (20, 120, "โทรศัพท์หน่วยงาน"), (20, 140, "เจ้าหน้าที่ผู้ส่ง"), (20, 150, "โทรศัพท์เจ้าหน้าที่")]  # fmt: skip
    fields = [Field("case_no", f"1111-{2569}{5500310 + 7 * i}", 50, 30, 60),
              Field("complainant_name", a.name, 50, 42, 100), Field("complainant_id", nid_w(p.nid, i), 60, 52, 55),
              Field("complainant_dob", born_th(p.born, i), 135, 52, 45), Field("complainant_address", home(a, i), 35, 62, 160),
              Field("complainant_tel", mobile(p.mobile, i + 1), 45, 72, 55), Field("complainant_email", p.email, 125, 72, 70),
              Field("issue", f"{subj}: {det}", 40, 86, 150), Field("agency_name", f"ท้องถิ่นจังหวัด{p.province}", 60, 110, 100),
              Field("agency_tel", "0 5451 1788" if p.province == PR else "0 5471 0325", 60, 120, 50),
              Field("officer_name", GCC.official, 60, 140, 80), Field("officer_tel", GCC.phone, 60, 150, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, "แบบส่งต่อเรื่องร้องเรียน 1111", office_box(GCC), text=f"{doc_no(GCC, i)}\nส่งต่อเรื่องร้องเรียนตามแบบที่แนบ\n\n{sig(GCC)}\n",
                  files=(("forward_1111.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_1111_form", raw, citizen(a, ALL))


# --- sheets ---------------------------------------------------------------------------------


def xlsx_damrongdham_case_list(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรม's case sheet: a head block (the office, the official, line, box),
    column heads, the case row (the respondent's name and place beside the petitioner's)."""
    p = a.p
    o = DD[p.province]
    rn, raddr, rphone = RESPONDENTS[(i + 1) % 3]
    subj, det, _ = TOPICS[(i + 3) % 5]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เรื่องส่งต่อ"
        ws.append((f"บัญชีเรื่องร้องเรียนส่งต่อ {o.name}",))
        ws.append(("ผู้รายงาน", o.official, "ตำแหน่ง", o.position))
        ws.append(("โทร", o.phone, "อีเมล", o.email))
        ws.append(())
        ws.append(("ลำดับ", "เลขที่เรื่อง", "วันที่รับ", "ชื่อผู้ร้อง", "เลขบัตรประชาชน", "ที่อยู่ผู้ร้อง", "เบอร์โทร",
                   "ผู้ถูกร้อง", "ที่อยู่ผู้ถูกร้อง", "โทรผู้ถูกร้อง", "เรื่อง", "รายละเอียด"))  # fmt: skip
        ws.append(
            (
                1,
                case_no(i),
                day(i),
                a.name,
                nid_w(p.nid, i),
                home(a, i),
                mobile(p.mobile, i),
                rn,
                raddr,
                rphone,
                subj,
                det,
            )
        )

    raw = message(i, "บัญชีเรื่องร้องเรียนส่งต่อ", office_box(o), text=f"{doc_no(o, i)}\nเรียน ท้องถิ่นจังหวัด{p.province}\nส่งบัญชีเรื่องตามแนบ\n",
                  files=(("เรื่องส่งต่อ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_damrongdham_case_list", raw, citizen(a, email=False))


def xlsx_traffy_export(a: Party, i: int) -> Case:
    """A Traffy Fondue export forwarded by the district: English column heads (ticket_id,
    type, comment, coords, address = the pin's place, reporter, phone); no home, no ID."""
    p = a.p
    o = AMPHOE[p.province]
    subj, det, where = TOPICS[i % 5]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "export"
        ws.append(
            (
                "ticket_id",
                "type",
                "organization",
                "comment",
                "coords",
                "address",
                "timestamp",
                "state",
                "reporter_name",
                "reporter_phone",
            )
        )
        ws.append((f"2026-{'K8PW' if i % 2 else 'B2ZN'}{30 + i}", "ถนน", f"ท้องถิ่นจังหวัด{p.province}", f"{subj} {det}",
                   f"{100.2 + i / 100:.5f},{18.2 + i / 100:.5f}", f"{where} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
                   f"2026-12-{1 + i % 20:02d} 07:{i:02d}:11", "รอรับเรื่อง", a.name, p.mobile))  # fmt: skip

    raw = message(i, "ส่งต่อเรื่องจาก Traffy Fondue", office_box(o),
                  text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nอำเภอส่งข้อมูลจากระบบ Traffy Fondue ตามไฟล์แนบ\n{o.official}\n{o.position}\nโทร {o.phone}\n",
                  files=(("traffy_export.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    keys = "full_name national_id phone email address postal_code province"
    return Case("xlsx_traffy_export", raw, citizen(a, keys, email=False, nid=False, place=False))


def xlsx_amphoe_register(a: Party, i: int) -> Case:
    """A district's ทะเบียนคุมเรื่องร้องเรียน (Thai digits, B.E. dates, a birth date
    column), the register's keeper and the district's line in its head rows."""
    p = a.p
    o = AMPHOE[p.province]
    subj, _, _ = TOPICS[(i + 4) % 5]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนคุม"
        ws.append((f"ทะเบียนคุมเรื่องร้องเรียน {o.name} ปีงบประมาณ ๒๕๗๐",))
        ws.append((f"ผู้จัดทำ {o.official} {o.position} โทร {thai_phone(o)}",))
        ws.append(("ที่", "วันที่รับ", "เลขรับ", "ชื่อ-สกุลผู้ร้อง", "วันเดือนปีเกิด", "เลขประจำตัวประชาชน", "ที่อยู่",
                   "โทรศัพท์", "เรื่อง", "ส่งหน่วยงาน", "หนังสือส่งที่"))  # fmt: skip
        ws.append((thai(str(1 + i)), day(i), thai(str(512 + i)), a.name, thai(born_th(p.born, i + 1)), thai(nid_w(p.nid, i)),
                   thai(home(a, i + 1)), thai(mobile(p.mobile, i)), subj, f"ท้องถิ่นจังหวัด{p.province}", doc_no(o, i)))  # fmt: skip

    raw = message(i, "ทะเบียนคุมเรื่องร้องเรียน (ส่งต่อ)", office_box(o), text=f"เรียน ท้องถิ่นจังหวัด{p.province}\nส่งทะเบียนคุมเรื่องตามแนบ\n{sig(o)}\n",
                  files=(("ทะเบียนคุม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_amphoe_register", raw, citizen(a, ALL, email=False))


# Whose request each style is: written before any run.
WHO: dict[str, str] = {
    "plain_damrongdham_outlook": "the petitioner in the letter's body; never the ศูนย์ดำรงธรรม's official, line, box, ศาลากลาง",
    "plain_amphoe_gmail_forward": "the citizen of the forwarded Gmail (her box where she has one); never the district clerk",
    "plain_1111_notice": "the ผู้ร้อง (masked ID in v2: `()`); never the 1111 officer or line",
    "plain_mp_office_line_paste": "the citizen of the LINE chat (birth date); never the MP's assistant, her mobile, the MP's office",
    "plain_traffy_notice": "the ผู้แจ้ง: name and phone only; the pin's place never her address (`()`)",
    "html_outlook_damrongdham_table": "the ชื่อผู้ร้อง row; never the ผู้ถูกร้อง column, nor the official",
    "html_gmail_mp_office": "the citizen in the list (birth date); never the assistant or the MP's office",
    "html_eservice_1111_notice": "the ผู้ร้อง rows (birth date, box); never the agency's line, the officer",
    "html_outlook_amphoe_quoted": "the citizen of the quoted mail (her box); never the district officer above",
    "docx_official_letter": "the petitioner in the letter's body (Thai digits); never the signer, office, line, box",
    "docx_petition_form": "the ข้าพเจ้า of the form (birth date); never the respondent nor the receiving official",
    "docx_case_summary_table": "the ชื่อผู้ร้อง row (Thai digits); never the ผู้ถูกร้องเรียน row nor the officer",
    "docx_mp_letterhead": "the citizen the MP writes for; never the MP, the letterhead, the assistant",
    "pdf_letter_with_petition": "the citizen of page 2 (birth date); never the district official of page 1",
    "pdf_fillable_damrongdham": "the ผู้ร้อง_* fields; never ผู้ถูกร้อง_* nor เจ้าหน้าที่_*",
    "pdf_landscape_case_table": "the ชื่อผู้ร้อง column (address wrapped); never the compiler's line",
    "pdf_fillable_1111_form": "the complainant_* fields (birth date, box); never agency_* nor officer_*",
    "xlsx_damrongdham_case_list": "the ชื่อผู้ร้อง columns; never the ผู้ถูกร้อง columns nor the head block",
    "xlsx_traffy_export": "the reporter: name and phone only; the pin's address never hers (`()`)",
    "xlsx_amphoe_register": "the ผู้ร้อง columns (Thai digits, birth date); never the keeper in the head",
}

Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_damrongdham_outlook, (0, 3)),
    (plain_amphoe_gmail_forward, (2, 5)),
    (plain_1111_notice, (1, 8)),
    (plain_mp_office_line_paste, (7, 9)),
    (plain_traffy_notice, (2, 6)),
    (html_outlook_damrongdham_table, (4, 7)),
    (html_gmail_mp_office, (0, 1)),
    (html_eservice_1111_notice, (3, 2)),
    (html_outlook_amphoe_quoted, (8, 7)),
    (docx_official_letter, (9, 5)),
    (docx_petition_form, (6, 1)),
    (docx_case_summary_table, (5, 0)),
    (docx_mp_letterhead, (9, 2)),
    (pdf_letter_with_petition, (1, 4)),
    (pdf_fillable_damrongdham, (3, 7)),
    (pdf_landscape_case_table, (6, 0)),
    (pdf_fillable_1111_form, (8, 9)),
    (xlsx_damrongdham_case_list, (1, 3)),
    (xlsx_traffy_export, (4, 7)),
    (xlsx_amphoe_register, (5, 9)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
