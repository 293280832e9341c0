"""A twenty-fifth set of requests written by someone who had not read the readers (issue 8):
TYPED text only (mail bodies, HTML bodies and typed attachments), in shapes sets 1-24 do
not hold.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, set
24's test and builder, the file makers of sets 5, 11, 13 and 17 and the earlier sets'
style names were read):

- plain bodies: a mail typed in a phone's mail app, signed "ส่งจาก iPhone ของฉัน" or "รับ
  Outlook สำหรับ iOS" under a company signature whose switchboard, extension and
  secretary's mobile are not the citizen's; a police officer's request whose spouse's
  details sit on lines labelled with the field word plus "คู่สมรส" (เลขประจำตัวประชาชน
  คู่สมรส), interleaved or after; an old-age allowance request beside a 16-digit state
  welfare card number, a PromptPay number and a bank account; a follow-up quoting a
  receipt number and an EMS tracking number, with the post's tracking status pasted;
  Thai and Arabic digits switched inside one number; a daughter forwarding her mother's
  mail in Gmail's Thai UI ("ข้อความที่ส่งต่อ") with her own phone in her note; a reply
  whose answers sit on top of the agency's question and the citizen's own first mail,
  quoted two levels deep (">" and ">>", or Outlook's Thai header blocks); WhatsApp's
  *bold* labels with an old phone or a misspelt name struck out with ~tildes~.
- HTML bodies: Outlook's Word HTML (<o:p>, MsoNormal, mso- styles, MsoTableGrid) from a
  soldier whose signature gives a military exchange number; Gmail's emoji turned into
  <img alt="📞"> as the only labels; a web form copied with dotted-underlined value
  spans, two pairs per paragraph, no colons; a Gmail reply that fills the agency's quoted
  template in blue after the agency's sample values in brackets.
- Word: "☒ อื่น ๆ (ระบุ) พ.ต.อ." for a rank or academic title, the name in parts; an
  applicant's section and a spouse's (suffix labels, or a three-column table "รายการ /
  ผู้ขอ / คู่สมรส"); a monk's form (name with ฉายา, the lay family name apart, a lay
  coordinator's phone); two witnesses' signature blocks with their IDs and phones.
- PDF: a Word form printed with underscore blanks, two pairs per line, the values drawn
  over the blanks; an e-service receipt with a 13-digit tracking code and the agency's
  contacts; an officer's form, "ยศ-ชื่อ-สกุล", an officer number and the commander's
  block; two pages, the second a spouse's consent in prose.
- Sheets: an xlsx with a merged group header row over its column headers; the title as a
  tick in one of three columns (นาย/นาง/นางสาว); a CSV written by pandas (IDs and phones
  as floats "3401200458715.0", "815502291.0", dates "1985-01-12 00:00:00").
- Text files: a Markdown note with YAML front matter; Google Lens's copy of an ID card
  (label lines after their values, issue and expiry dates, the name in two scripts).

Conventions: the applicant is the person the request is for and who signs it (never the
spouse, a witness, a forwarder, a commander or the agency); the contact phone and e-mail
are the applicant's own when the request gives them, else the one contact it gives for
them (the monk's coordinator). A phone that lost its leading zero is right with it put
back. Names: the title joined to the first name, one space before the family name; a
rank or academic title joined or followed by one space; a monk's name with his ฉายา as
the family name. An address is right written out or short, with or without its province
and postal code, and as typed from parts with spaces after the part words. An e-mail
given only in the From header is not expected. Everyone and every number is invented;
every ID is made with with_check_digit.
"""

from __future__ import annotations

import html as htmllib
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Person,
    Text,
    expect,
    intl,
    pdf_page,
    thai_date,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone, t
from unseen_requests_13 import body_docx, dashed_id, para, slash_date
from unseen_requests_17 import cell, grid

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "ไพโรจน์", "มณีวงศ์", with_check_digit("341020067124"), date(1985, 1, 12),
           "0815502918", "pairoj.mn@gmail.com", "45/2", "3", "", "", "หนองบัว",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นางสาว", "ศศิธร", "แก้วประเสริฐ", with_check_digit("110370041856"), date(1994, 7, 8),
           "0926643107", "sasithorn.kp@hotmail.com", "99/315", "", "นวมินทร์ 42", "นวมินทร์",
           "คลองกุ่ม", "บึงกุ่ม", "กรุงเทพมหานคร", "10240"),
    Person("นาง", "สายสุนีย์", "บุญมาก", with_check_digit("360050012379"), date(1968, 3, 5),
           "0873310462", "saisunee.bm@yahoo.com", "128", "9", "", "", "บ้านเขว้า",
           "บ้านเขว้า", "ชัยภูมิ", "36170"),
    Person("นาย", "เกียรติศักดิ์", "ทองประเสริฐ", with_check_digit("501990034786"), date(1990, 10, 21),
           "0637742195", "kiattisak.tp@outlook.com", "17/3", "6", "", "", "สันผีเสื้อ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    Person("นางสาว", "ปวีณา", "ศรีอ่อน", with_check_digit("840110058342"), date(1999, 2, 14),
           "0951187340", "paweena.so@gmail.com", "63", "2", "", "", "มะขามเตี้ย",
           "เมืองสุราษฎร์ธานี", "สุราษฎร์ธานี", "84000"),
    Person("นาย", "บุญชู", "พรหมมา", with_check_digit("310080026195"), date(1957, 12, 30),
           "0894420371", "boonchu.pm@gmail.com", "211", "11", "", "", "อิสาณ",
           "เมืองบุรีรัมย์", "บุรีรัมย์", "31000"),
    Person("นาง", "จันทร์เพ็ญ", "วงศ์ใหญ่", with_check_digit("101800047261"), date(1973, 6, 2),
           "0825519074", "chanpen.wy@gmail.com", "1024/7", "", "สุขุมวิท 101/1", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    Person("นางสาว", "อรพรรณ", "จิตรดี", with_check_digit("200150073418"), date(2002, 9, 17),
           "0618830245", "orapan.cd@icloud.com", "8/88", "4", "", "", "บ้านสวน",
           "เมืองชลบุรี", "ชลบุรี", "20000"),
)  # fmt: skip

# the English names a card carries (Google Lens's copy of an ID card)
ENGLISH = {
    "ไพโรจน์": ("Mr.", "Pairoj", "Maneewong"), "ศศิธร": ("Miss", "Sasithorn", "Kaewprasert"),
    "สายสุนีย์": ("Mrs.", "Saisunee", "Boonmak"), "เกียรติศักดิ์": ("Mr.", "Kiattisak", "Thongprasert"),
    "ปวีณา": ("Miss", "Paweena", "Sri-on"), "บุญชู": ("Mr.", "Boonchu", "Prommma"),
    "จันทร์เพ็ญ": ("Mrs.", "Chanpen", "Wongyai"), "อรพรรณ": ("Miss", "Orapan", "Jitdee"),
}  # fmt: skip

# police officers, soldiers and an academic: the rank or title kept
RANKED: tuple[Person, ...] = (
    Person("พ.ต.ท.หญิง", "วิมลรัตน์", "สุขประเสริฐ", with_check_digit("341990012583"), date(1980, 4, 26),
           "0812247359", "wimonrat.sp@gmail.com", "77", "8", "", "", "ขามใหญ่",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("พ.ต.อ.", "ธนพล", "ศักดิ์ศรี", with_check_digit("360990045127"), date(1972, 11, 9),
           "0869915423", "thanapon.sk@police.go.th", "5/1", "1", "", "", "ในเมือง",
           "เมืองชัยภูมิ", "ชัยภูมิ", "36000"),
    Person("ร.ท.", "ณัฐวุฒิ", "แสงอรุณ", with_check_digit("501200098431"), date(1991, 5, 3),
           "0943378812", "nattawut.sa@gmail.com", "33", "5", "", "", "ช้างเผือก",
           "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    Person("ว่าที่ ร.ต.", "สุรชัย", "พลอยงาม", with_check_digit("310150067829"), date(1996, 8, 28),
           "0804412760", "surachai.pn@hotmail.com", "142", "7", "", "", "สะแก",
           "สตึก", "บุรีรัมย์", "31150"),
    Person("ผศ.ดร.", "กนกวรรณ", "เลิศวิริยะ", with_check_digit("101990055416"), date(1977, 1, 19),
           "0897723016", "kanokwan.l@ku.ac.th", "59/12", "", "งามวงศ์วาน 23", "งามวงศ์วาน",
           "ลาดยาว", "จตุจักร", "กรุงเทพมหานคร", "10900"),
)  # fmt: skip

# monks: the name with its ฉายา, the lay family name, the temple's address
MONKS: tuple[tuple[Person, str], ...] = (
    (Person("พระมหา", "สมศักดิ์", "ฐิตปญฺโญ", with_check_digit("340170029364"), date(1979, 2, 11),
            "0857734120", "watnongbua.ubon@gmail.com", "99", "4", "", "", "หนองบัว",
            "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"), "ศรีสุวรรณ"),
    (Person("พระ", "ประยูร", "จนฺทสาโร", with_check_digit("310060018452"), date(1964, 9, 3),
            "0831146259", "watsakae.st@gmail.com", "1", "7", "", "", "สะแก",
            "สตึก", "บุรีรัมย์", "31150"), "ดวงดี"),
)  # fmt: skip

AGENCY = "เทศบาลตำบลหนองบัว"
AGENCY_SHORT = "ทต.หนองบัว"
AGENCY_PHONE = "045-311-208"
AGENCY_MAIL = "saraban@nongbua.go.th"
ENGLISH_SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.",
                 "Oct.", "Nov.", "Dec.")  # fmt: skip

SUBJECTS = ("ขอยื่นคำร้อง", "ยื่นคำร้องทางอีเมล", "ขอรับบริการ", "ส่งข้อมูลประกอบคำร้อง")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งไฟล์ตามแนบค่ะ\n",
    "ตามไฟล์แนบครับ\n\nส่งจาก iPhone ของฉัน\n",
    "สวัสดีค่ะ แนบเอกสารคำร้องมาค่ะ\n",
    "เรียน งานธุรการ\nขอส่งแบบฟอร์มตามไฟล์แนบ\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 6, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set25-{n}-{p.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def full(p: Person, short: bool = False) -> str:
    prov = (
        ("กทม." if short else "กรุงเทพมหานคร")
        if p.bangkok
        else (f"จ.{p.province}" if short else f"จังหวัด{p.province}")
    )
    return f"{p.line(short)} {prov} {p.postal}"


def names(p: Person) -> tuple[str, ...]:
    """The name as a clerk accepts it: a rank or academic title joined or spaced."""
    if p.title in ("นาย", "นาง", "นางสาว"):
        return (p.name,)
    return (p.name, f"{p.title} {p.first} {p.last}")


def parts_typed(p: Person) -> tuple[str, ...]:
    """The address as typed from its parts: the part words followed by a space."""
    words = [
        f"หมู่ที่ {p.moo}" if p.moo else "",
        f"ซอย {p.soi}" if p.soi else "",
        f"ถนน {p.road}" if p.road else "",
        f"{'แขวง' if p.bangkok else 'ตำบล'} {p.tambon}",
        f"{'เขต' if p.bangkok else 'อำเภอ'} {p.amphoe}",
    ]
    spaced = f"{p.house} " + " ".join(w for w in words if w)
    moo = spaced.replace("หมู่ที่ ", "หมู่ ")
    return (spaced, moo)


def exp(p: Person, keys: str = "", *typed: str) -> dict[str, tuple[str, ...]]:
    out = expect(p, keys, *typed, *parts_typed(p))
    if "full_name" in out:
        out["full_name"] = names(p)
    return out


def plus66(mobile: str) -> str:
    return f"+66 {mobile[1:3]}-{mobile[3:6]}-{mobile[6:]}"


def spaced_phone(mobile: str) -> str:
    return f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}"


def other(p: Person, step: int) -> Person:
    return PEOPLE[(PEOPLE.index(p) + step) % len(PEOPLE)] if p in PEOPLE else PEOPLE[step]


def spouse_of(p: Person) -> Person:
    """Someone of the other sex from PEOPLE, with the applicant's address."""
    woman = p.title in ("นาง", "นางสาว") or "หญิง" in p.title or p.first == "กนกวรรณ"
    pool = [q for q in PEOPLE if (q.title == "นาย") == woman]
    return pool[len(p.first) % len(pool)]


# --- plain bodies -------------------------------------------------------------------------


def iphone_thai_sig_secretary_phone(p: Person, i: int) -> Case:
    """Typed in a phone's mail app: the citizen's details, then a company signature whose
    switchboard with its extension and the secretary's mobile are not the citizen's, then
    the app's own line in Thai."""
    sec = other(p, 2)
    if i % 2 == 0:
        lines = [f"ชื่อ {p.name}", f"เลขบัตร {dashed_id(p.nid)}", f"วันเกิด {thai_date(p.born, short=True)}",
                 f"ที่อยู่ {full(p)}", f"มือถือ {plus66(p.mobile)}", f"อีเมล {p.email}"]  # fmt: skip
        sig = (f"--\n{p.name}\nกรรมการผู้จัดการ บริษัท รุ่งเรืองวัสดุก่อสร้าง จำกัด\n"
               f"โทร 02-{318 + i}-4470 ต่อ 12 (เลขาฯ คุณ{sec.first})\nแฟกซ์ 02-318-4471\n\n"
               "ส่งจาก iPhone ของฉัน\n")  # fmt: skip
    else:
        lines = [f"ชื่อ-สกุล {p.name}", f"เลขประจำตัวประชาชน {p.nid}",
                 f"เกิด {slash_date(p.born)}", f"ที่อยู่ {full(p, short=True)}",
                 f"โทร {spaced_phone(p.mobile)}", f"อีเมล {p.email}"]  # fmt: skip
        sig = (f"ด้วยความนับถือ\n{p.first}\n\nสำนักงาน: 02 {541 + i} 7780 ต่อ 108 | "
               f"มือถือเลขาฯ {dashed_phone(sec.mobile)}\n\nรับ Outlook สำหรับ iOS\n")  # fmt: skip
    text = ("เรียน เจ้าหน้าที่งานทะเบียน\n\nขอคัดสำเนาทะเบียนบ้านค่ะ ข้อมูลดังนี้\n"
            + "\n".join(lines) + "\n\n" + sig)  # fmt: skip
    return Case("iphone_thai_sig_secretary_phone", message(p, i, text=text), exp(p))


def spouse_suffix_labels_police_rank(p: Person, i: int) -> Case:
    """A police officer asks for a marital-status certificate; the spouse's details are on
    lines labelled with the field's own word plus "คู่สมรส", each under the officer's
    (interleaved) or all after them."""
    p = RANKED[i % 2]
    s = spouse_of(p)
    own = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
           ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", full(p)),
           ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    mate = [("ชื่อ-นามสกุลคู่สมรส", s.name), ("เลขประจำตัวประชาชนคู่สมรส", dashed_id(s.nid)),
            ("วันเดือนปีเกิดคู่สมรส", thai_date(s.born)), ("ที่อยู่คู่สมรส", "ที่อยู่เดียวกัน"),
            ("โทรศัพท์คู่สมรส", dashed_phone(s.mobile)), ("อีเมลคู่สมรส", s.email)]  # fmt: skip
    if i % 2 == 0:
        rows = [r for pair in zip(own, mate, strict=True) for r in pair]
    else:
        rows = [*own, ("", ""), *mate]
    body = "\n".join(f"{k}: {v}" if k else "" for k, v in rows)
    text = (f"เรียน นายทะเบียน{AGENCY}\n\nข้าพเจ้าขอหนังสือรับรองสถานภาพการสมรส "
            f"เพื่อใช้ประกอบการขอรับสวัสดิการ รายละเอียดดังนี้\n\n{body}\n\nขอแสดงความนับถือ\n{p.name}\n")  # fmt: skip
    return Case("spouse_suffix_labels_police_rank",
                message(p, i, text=text, subject="ขอหนังสือรับรองสถานภาพการสมรส"), exp(p))  # fmt: skip


def welfare_card(i: int) -> str:
    """A 16-digit state welfare card number; its first 13 digits pass the ID check in one
    variant."""
    head = with_check_digit(f"60{i:02d}31700482")
    if i % 2:
        head = head[:12] + str((int(head[12]) + 3) % 10)
    return head + f"{(i * 7) % 10}{(i * 3) % 10}{i % 10}"


def welfare_card_16_digits_promptpay(p: Person, i: int) -> Case:
    """An old-age allowance request to change the paying account: the state welfare card's
    16 digits in groups of four, PromptPay tied to the ID or the phone, a bank account."""
    card = welfare_card(i)
    grouped = " ".join(card[k : k + 4] for k in range(0, 16, 4))
    pp = (f"พร้อมเพย์ (ผูกกับเลขบัตรประชาชน) {p.nid}" if i % 2 == 0
          else f"พร้อมเพย์ผูกเบอร์ {dashed_phone(p.mobile)}")  # fmt: skip
    text = (
        "เรียน งานพัฒนาชุมชน\n\n"
        "ขอเปลี่ยนบัญชีรับเงินเบี้ยยังชีพผู้สูงอายุ เป็นพร้อมเพย์ค่ะ\n\n"
        f"ชื่อผู้สูงอายุ: {p.name}\n"
        f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"เกิดวันที่: {thai_date(p.born)}\n"
        f"ที่อยู่: {full(p)}\n"
        f"เลขบัตรสวัสดิการแห่งรัฐ: {grouped}\n"
        f"{pp}\n"
        f"บัญชีเดิม ธ.ก.ส. เลขที่ 0{20 + i}-2-{31458 + i}-{i % 10}\n"
        f"เบอร์โทร: {p.mobile}\n"
        f"อีเมล: {p.email}\n"
    )
    return Case("welfare_card_16_digits_promptpay",
                message(p, i, text=text, subject="ขอเปลี่ยนบัญชีรับเบี้ยยังชีพ"), exp(p))  # fmt: skip


def parcel_tracking_receipt_followup(p: Person, i: int) -> Case:
    """A follow-up: the earlier request's receipt number and date, the EMS tracking
    number the agency sent, the post's tracking status pasted (its post office's postal
    code in one variant), then the details to send again to."""
    track = f"EB{382105770 + 13 * i}TH"
    if i % 2 == 0:
        status = f"{track}\nสถานะ: นำจ่ายไม่สำเร็จ ผู้รับไม่อยู่\n28/11/2569 14:32 ปณ.{p.amphoe}\n"
    else:
        status = (f"หมายเลขสิ่งของ {track[:2]} {track[2:6]} {track[6:10]} {track[10:]}\n"
                  f"ต้นทาง: ปณ.หนองบัว 34001\nปลายทาง: ปณ.{p.amphoe} {p.postal[:4]}2\n"
                  "สถานะล่าสุด: ส่งคืนผู้ฝาก (ไม่มีผู้รับ)\n")  # fmt: skip
    text = (
        "เรียน งานสารบรรณ\n\n"
        f"อ้างถึงคำร้องเลขรับที่ {1500 + i}/2569 ลงวันที่ 20 พฤศจิกายน 2569 ซึ่งได้รับแจ้งว่า"
        f"ส่งหนังสือรับรองทางไปรษณีย์ EMS หมายเลข {track} แล้ว แต่ยังไม่ได้รับ "
        "ตรวจสอบสถานะได้ดังนี้\n\n"
        f"{status}\n"
        "จึงขอให้ส่งใหม่ตามที่อยู่ด้านล่างค่ะ\n\n"
        f"ผู้ยื่นคำร้อง {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเกิด {slash_date(p.born)}\n"
        f"ที่อยู่จัดส่ง {full(p)}\n"
        f"เบอร์ติดต่อ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("parcel_tracking_receipt_followup",
                message(p, i, text=text, subject=f"ติดตามเอกสาร EMS {track}"), exp(p))  # fmt: skip


def mixed(text: str, odd: int) -> str:
    """Thai digits at every other digit (from the first or the second): the keyboard's
    layout switched back and forth while typing."""
    out, k = [], 0
    for ch in text:
        if ch.isdigit():
            out.append(thai(ch) if k % 2 == odd else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def digits_switch_mid_number(p: Person, i: int) -> Case:
    """Thai and Arabic digits switched inside one number (the ID, the phone, the postal
    code, the house number); the birth date all in Thai digits with a short month, or
    written out with its era and a mixed year."""
    b = p.born
    if i % 2 == 0:
        born = thai(f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}")
    else:
        born = (
            f"วันที่ {thai(str(b.day))} เดือน{MONTHS[b.month - 1]} พ.ศ. {mixed(str(b.year + 543), 1)}"
        )
    house = mixed(p.house, i % 2)
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ : {p.name}\n"
        f"เลขประจำตัวประชาชน : {mixed(dashed_id(p.nid), i % 2)}\n"
        f"วันเกิด : {born}\n"
        f"ที่อยู่ : {house} {mixed(p.rest(), 0)} {p.province_written}\n"
        f"รหัสไปรษณีย์ : {mixed(p.postal, 1)}\n"
        f"โทร : {mixed(plus66(p.mobile), 1) if i % 2 == 0 else mixed(dashed_phone(p.mobile), 0)}\n"
        f"อีเมล : {p.email}\n"
    )
    typed = f"{house} {mixed(p.rest(), 0)}"
    return Case("digits_switch_mid_number", message(p, i, text=text), exp(p, "", typed))


def gmail_thai_forward_daughter_note_phone(p: Person, i: int) -> Case:
    """A daughter forwards her mother's mail in Gmail's Thai UI, her note above giving her
    own phone; the forwarded header's date is Thai; the mother's details below."""
    d = other(p, 3)
    head = ("---------- ข้อความที่ส่งต่อ ---------\n"
            f"จาก: {p.first} {p.last} <{p.email}>\n"
            + ("Date: ศ. 4 ธ.ค. 2569 เวลา 18:05\nSubject: ฝากส่งคำร้องให้แม่ด้วย\n"
               f"To: {d.first} <{d.email}>\n" if i % 2 == 0 else
               "วันที่: ศ. 4 ธ.ค. 2569 18:05\nหัวเรื่อง: ฝากส่งคำร้องให้แม่ด้วย\n"
               f"ถึง: {d.first} {d.last} <{d.email}>\n"))  # fmt: skip
    inner = (
        "ลูกส่งให้แม่หน่อยนะ\n\n"
        f"ชื่อ {p.name}\n"
        f"บัตรประชาชน {p.nid}\n"
        f"เกิด {thai_date(p.born)}\n"
        f"บ้านเลขที่ {p.line()} {p.province_written} {p.postal}\n"
        f"โทร {dashed_phone(p.mobile)}\n" + (f"อีเมล {p.email}\n" if i % 2 else "")
    )
    text = (f"เรียน เจ้าหน้าที่\nส่งคำร้องของคุณแม่ค่ะ ถ้าติดต่อคุณแม่ไม่ได้ โทรหาหนูได้ที่ "
            f"{dashed_phone(d.mobile)} ค่ะ\n\n{head}\n{inner}")  # fmt: skip
    e = exp(p)
    if i % 2 == 0:
        e.pop("email")  # the mother's address only in the forwarded header
    return Case("gmail_thai_forward_daughter_note_phone",
                message(p, i, text=text, subject="Fwd: ฝากส่งคำร้องให้แม่ด้วย",
                        sender=f"{d.first} {d.last} <{d.email}>"), e)  # fmt: skip


def reply_two_level_quote_agency_asked(p: Person, i: int) -> Case:
    """The agency asked for what was missing; the citizen answers on top, and her first
    mail is quoted under the agency's question, two levels deep (">"/">>" or Outlook's
    Thai header blocks). The agency's question holds a sample ID and its phone."""
    sample = "1-2345-67890-12-1" if i % 2 == 0 else "x-xxxx-xxxxx-xx-x"
    top = f"เลขบัตรประชาชน {p.nid}\nเกิดวันที่ {thai_date(p.born)}\nค่ะ\n\n{p.first}\n\n"
    ask = ["เรียน คุณ" + p.first, "", "งานทะเบียนได้รับคำร้องแล้ว แต่ยังขาดข้อมูล กรุณาแจ้ง",
           f"1. เลขประจำตัวประชาชน 13 หลัก (ตัวอย่าง {sample})", "2. วันเดือนปีเกิด",
           f"สอบถาม โทร {AGENCY_PHONE}", "", "งานทะเบียน", AGENCY]  # fmt: skip
    first = ["ขอหนังสือรับรองการอยู่อาศัยค่ะ", f"ชื่อ {p.name}", f"ที่อยู่ {full(p)}",
             f"โทร {dashed_phone(p.mobile)}"]  # fmt: skip
    if i % 2 == 0:
        quoted = (
            f"เมื่อ ศ. 4 ธ.ค. 2569 เวลา 10:12 งานทะเบียน {AGENCY_SHORT} <{AGENCY_MAIL}> เขียนว่า:\n\n"
            + "".join(f"> {x}\n".replace("> \n", ">\n") for x in ask)
            + f">\n> เมื่อ พ. 2 ธ.ค. 2569 เวลา 20:41 {p.first} {p.last} <{p.email}> เขียนว่า:\n>\n"
            + "".join(f">> {x}\n" for x in first)
        )
    else:
        quoted = (
            "________________________________\n"
            f"จาก: งานทะเบียน {AGENCY_SHORT} <{AGENCY_MAIL}>\nส่ง: 4 ธันวาคม 2569 10:12\n"
            f"ถึง: {p.first} {p.last} <{p.email}>\nเรื่อง: RE: ขอหนังสือรับรองการอยู่อาศัย\n\n"
            + "\n".join(ask)
            + "\n\n________________________________\n"
            f"จาก: {p.first} {p.last} <{p.email}>\nส่ง: 2 ธันวาคม 2569 20:41\n"
            f"ถึง: {AGENCY_MAIL}\nเรื่อง: ขอหนังสือรับรองการอยู่อาศัย\n\n" + "\n".join(first) + "\n"
        )
    e = exp(p)
    e.pop("email")  # only in the From header and the quote headers
    return Case("reply_two_level_quote_agency_asked",
                message(p, i, text=top + quoted, subject="Re: ขอหนังสือรับรองการอยู่อาศัย"), e)  # fmt: skip


def whatsapp_tilde_strike_old_phone(p: Person, i: int) -> Case:
    """Pasted from WhatsApp: *bold* labels, _italic_ thanks, an old phone struck out with
    ~tildes~ before the new one, or a misspelt name struck out before the right one."""
    old_phone = "08" + p.mobile[2:][::-1]
    wrong = f"{p.title}{p.first} {p.last[:-1]}ย์"
    name = f"~{wrong}~ {p.name}" if i % 2 else p.name
    phone = (f"~{dashed_phone(old_phone)}~ {dashed_phone(p.mobile)}" if i % 2 == 0
             else dashed_phone(p.mobile))  # fmt: skip
    text = (
        "สวัสดีค่ะ ขอส่งข้อมูลตามที่คุยกันในวอทส์แอปค่ะ\n\n"
        f"*ชื่อ* {name}\n*เลขบัตรประชาชน* {p.nid}\n*วันเกิด* {thai_date(p.born)}\n"
        f"*ที่อยู่* {full(p)}\n*เบอร์โทร* {phone}\n*อีเมล* {p.email}\n\n_ขอบคุณค่ะ_\n"
    )
    return Case("whatsapp_tilde_strike_old_phone", message(p, i, text=text), exp(p))


# --- HTML bodies --------------------------------------------------------------------------

MSO_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '@font-face {font-family:"TH SarabunPSK";}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n--></style></head>'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">')  # fmt: skip


def mso_p(text: str) -> str:
    inner = esc(text) if text else "&nbsp;"
    return ('<p class="MsoNormal"><span lang="TH" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif;'
            f'mso-bidi-font-family:&quot;TH SarabunPSK&quot;">{inner}<o:p></o:p></span></p>')  # fmt: skip


def outlook_mso_op_table_rank_name(p: Person, i: int) -> Case:
    """Outlook's Word HTML from a soldier: MsoNormal paragraphs with <o:p>, a MsoTableGrid
    of label and value cells, the birth date with a two-digit Buddhist year; his signature
    gives his unit and a military exchange number."""
    p = RANKED[2 + i % 2]
    b = p.born
    born = (
        f"{b.day} {MONTHS_SHORT[b.month - 1]} {(b.year + 543) % 100:02d}"
        if i % 2 == 0
        else slash_date(b)
    )
    rows = [("ยศ ชื่อ - สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("เกิด", born),
            ("ที่อยู่ตามทะเบียนบ้าน", full(p)), ("โทรศัพท์มือถือ", dashed_phone(p.mobile)),
            ("อีเมล", p.email)]  # fmt: skip
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">'
             + "".join(f'<tr style="mso-yfti-irow:{k}"><td width="189" valign="top" style="width:4.0cm;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">{mso_p(a)}</td>'
                       f'<td width="378" valign="top" style="width:10.0cm;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt">{mso_p(v)}</td></tr>'
                       for k, (a, v) in enumerate(rows))
             + "</table>")  # fmt: skip
    sig = [f"{p.title} {p.first} {p.last}", "ผบ.มว.ส. ร้อย.บก. กรม ทพ.33",
           f"โทร. (ทหาร) {24567 + i}", f"โทร. (สำนักงาน) 053-121-{300 + i:03d}"]  # fmt: skip
    html = (MSO_HEAD + mso_p("เรียน เจ้าหน้าที่") + mso_p("") + mso_p("กระผมขอคัดสำเนาทะเบียนบ้าน รายละเอียดดังนี้ครับ")
            + table + mso_p("") + mso_p("ด้วยความเคารพ") + "".join(mso_p(s) for s in sig) + "</div></body></html>")  # fmt: skip
    text = "เรียน เจ้าหน้าที่\n\nกระผมขอคัดสำเนาทะเบียนบ้าน รายละเอียดดังนี้ครับ\n\n" + "\n\n".join(
        f"{a}\n{v}" for a, v in rows) + "\n\nด้วยความเคารพ\n" + "\n".join(sig) + "\n"  # fmt: skip
    return Case("outlook_mso_op_table_rank_name", message(p, i, text=text, html=html), exp(p))


def emoji_img(ch: str) -> str:
    code = "_".join(f"{ord(c):x}" for c in ch if ord(c) != 0xFE0F)
    return (f'<img data-emoji="{ch}" class="an1" alt="{ch}" aria-label="{ch}" draggable="false" '
            f'src="https://fonts.gstatic.com/s/e/notoemoji/15.1/{code}/32.png" loading="lazy">')  # fmt: skip


def html_emoji_img_alt_labels(p: Person, i: int) -> Case:
    """Gmail's HTML with each emoji turned into an <img alt="📞">: the emoji are the only
    labels (or stand before a short Thai label in one variant)."""
    rows = [("👤", "ชื่อ", p.name), ("🪪", "เลขบัตร", dashed_id(p.nid)),
            ("🎂", "วันเกิด", thai_date(p.born)), ("🏠", "ที่อยู่", full(p)),
            ("📞", "เบอร์", dashed_phone(p.mobile)), ("📧", "อีเมล", p.email)]  # fmt: skip
    if i % 2 == 0:
        lines = "".join(f"<div>{emoji_img(e)}&nbsp;{esc(v)}</div>" for e, _, v in rows)
    else:
        lines = "".join(f"<div>{emoji_img(e)} {k}: {esc(v)}</div>" for e, k, v in rows)
    html = (f'<div dir="ltr"><div>สวัสดีค่ะ ขอยื่นคำร้องขอรับรองการอยู่อาศัยค่ะ {emoji_img("🙏")}</div><div><br></div>'
            f"{lines}<div><br></div><div>ขอบคุณค่ะ {emoji_img('😊')}</div></div>")  # fmt: skip
    return Case("html_emoji_img_alt_labels", message(p, i, html=html), exp(p))


def html_dotted_underline_spans(p: Person, i: int) -> Case:
    """A web form copied with its filled blanks: each value in a dotted-underlined span
    padded with &nbsp;, two pairs to a paragraph, no colons."""

    def blank(v: str) -> str:
        pad = "&nbsp;" * 4
        if i % 2 == 0:
            return f'<span style="border-bottom:1px dotted #000;padding:0 4px">{pad}{esc(v)}{pad}</span>'
        return f'<u style="text-decoration-style:dotted">{pad}{esc(v)}{pad}</u>'

    pairs = [
        [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid)],
        [("วันเดือนปีเกิด", thai_date(p.born)), ("โทรศัพท์", dashed_phone(p.mobile))],
        [("ที่อยู่", p.line())],
        [("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)],
        [("อีเมล", p.email)],
    ]
    paras = "".join("<p>" + "&nbsp;&nbsp;".join(f"{esc(k)}{blank(v)}" for k, v in row) + "</p>"
                    for row in pairs)  # fmt: skip
    html = f'<p style="text-align:center"><b>แบบคำร้องทั่วไป</b></p><p>เรียน นายก{AGENCY}</p>{paras}'
    return Case("html_dotted_underline_spans", message(p, i, html=html), exp(p))


def gmail_html_quote_answers_coloured_after_samples(p: Person, i: int) -> Case:
    """A Gmail reply filling the agency's quoted template: each answer in blue after the
    label and the agency's own sample value in brackets."""
    blue = ('<font color="#0000ff">{}</font>' if i % 2 == 0
            else '<span style="color:rgb(0,0,255)">{}</span>')  # fmt: skip
    rows = [("ชื่อ-สกุล (ตัวอย่าง: นายสมชาย ใจดี)", p.name),
            ("เลขประจำตัวประชาชน (ตัวอย่าง: 1-2345-67890-12-1)", dashed_id(p.nid)),
            ("วันเดือนปีเกิด (ตัวอย่าง: 1 มกราคม 2530)", thai_date(p.born)),
            ("ที่อยู่ (ตัวอย่าง: 12 หมู่ 3 ตำบลหนองบัว)", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ (ตัวอย่าง: 081-234-5678)", dashed_phone(p.mobile)),
            ("อีเมล (ตัวอย่าง: somchai@example.com)", p.email)]  # fmt: skip
    quoted = ("เรียน ผู้ยื่นคำร้อง<br>กรุณากรอกข้อมูลต่อไปนี้แล้วตอบกลับอีเมลนี้<br><br>"
              + "".join(f"{esc(k)} : {blue.format(esc(v))}<br>" for k, v in rows)
              + f"<br>งานธุรการ {AGENCY}<br>โทร {AGENCY_PHONE}")  # fmt: skip
    html = ('<div dir="ltr">กรอกแล้วค่ะ ตัวสีน้ำเงินค่ะ</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">เมื่อ ศ. 4 ธ.ค. 2569 เวลา 09:30 งานธุรการ &lt;{AGENCY_MAIL}&gt; เขียนว่า:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"{quoted}</blockquote></div>")  # fmt: skip
    return Case("gmail_html_quote_answers_coloured_after_samples",
                message(p, i, html=html, subject="Re: แบบฟอร์มข้อมูลผู้ยื่นคำร้อง"), exp(p))  # fmt: skip


# --- Word ---------------------------------------------------------------------------------


def row2(label: str, value: str) -> str:
    return "<w:tr>" + cell(para(t(label)), 3000) + cell(para(t(value)), 6000) + "</w:tr>"


def docx_title_other_specify_rank(p: Person, i: int) -> Case:
    """A Word form's title line of boxes, "อื่น ๆ (ระบุ)" ticked and the rank or academic
    title typed after it; the given name and family name in their own rows."""
    p = (RANKED[4], RANKED[1])[i % 2]
    if i % 2 == 0:
        title = f"☐ นาย   ☐ นาง   ☐ นางสาว   ☒ อื่น ๆ (ระบุ) {p.title}"
    else:
        title = f"( ) นาย  ( ) นาง  ( ) นางสาว  (/) อื่นๆ ระบุ {p.title}"
    rows = [("คำนำหน้าชื่อ", title), ("ชื่อ", p.first), ("นามสกุล", p.last),
            ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("วันเดือนปีเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    xml = para(t("แบบคำร้องทั่วไป", "<w:b/>"), ppr='<w:jc w:val="center"/>') + grid(
        [row2(k, v) for k, v in rows], 2, 4500
    )
    raw = message(p, i, files=(("แบบคำร้องทั่วไป.docx", body_docx(xml), DOCX),))
    return Case("docx_title_other_specify_rank", raw, exp(p))


def docx_spouse_section_suffix_labels(p: Person, i: int) -> Case:
    """A Word form with the applicant's section and the spouse's: labels with "คู่สมรส"
    after them, or one table of three columns, รายการ / ผู้ขอ / คู่สมรส."""
    s = spouse_of(p)
    own = [("ชื่อ-สกุล", p.name, s.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid), dashed_id(s.nid)),
           ("วันเกิด", thai_date(p.born), thai_date(s.born)), ("ที่อยู่", full(p), full(p)),
           ("โทรศัพท์", dashed_phone(p.mobile), dashed_phone(s.mobile)), ("อีเมล", p.email, s.email)]  # fmt: skip
    if i % 2 == 0:
        body = (para(t("ส่วนที่ 1 ข้อมูลผู้ขอ", "<w:b/>")) + grid([row2(k, a) for k, a, _ in own], 2, 4500)
                + para(t("ส่วนที่ 2 ข้อมูลคู่สมรส", "<w:b/>"))
                + grid([row2(f"{k}คู่สมรส", b) for k, _, b in own], 2, 4500))  # fmt: skip
    else:
        head = (
            "<w:tr>"
            + "".join(cell(para(t(h, "<w:b/>")), 3000) for h in ("รายการ", "ผู้ขอ", "คู่สมรส"))
            + "</w:tr>"
        )
        body = grid(
            [head]
            + ["<w:tr>" + "".join(cell(para(t(x)), 3000) for x in r) + "</w:tr>" for r in own],
            3,
            3000,
        )
    xml = para(t("คำขอหนังสือรับรองการสมรส", "<w:b/>"), ppr='<w:jc w:val="center"/>') + body
    raw = message(p, i, files=(("คำขอ.docx", body_docx(xml), DOCX),))
    return Case("docx_spouse_section_suffix_labels", raw, exp(p))


def docx_monk_form_layman_contact(p: Person, i: int) -> Case:
    """A monk's request in Word: his name with his ฉายา, his lay family name in a row of
    its own, the temple's address; a lay coordinator (ไวยาวัจกร) named with a phone, the
    monk's own phone in one variant only."""
    m, lay = MONKS[i % 2]
    coord = PEOPLE[(i + 5) % len(PEOPLE)]
    rows = [("ชื่อ (ฉายา)", m.name), ("นามสกุลเดิม", lay),
            ("เลขประจำตัวประชาชน", dashed_id(m.nid)), ("วันเดือนปีเกิด", thai_date(m.born)),
            ("สังกัดวัด / ที่อยู่", f"วัด{m.tambon} เลขที่ {m.line()}"), ("จังหวัด", m.province),
            ("รหัสไปรษณีย์", m.postal)]  # fmt: skip
    if i % 2 == 0:
        rows.append(("โทรศัพท์ (พระ)", dashed_phone(m.mobile)))
    rows += [("ผู้ประสานงาน (ไวยาวัจกร)", coord.name), ("โทรศัพท์ผู้ประสานงาน", dashed_phone(coord.mobile)),
             ("อีเมลวัด", m.email)]  # fmt: skip
    xml = para(t("แบบคำร้อง (สำหรับพระภิกษุ สามเณร)", "<w:b/>"), ppr='<w:jc w:val="center"/>') + grid(
        [row2(k, v) for k, v in rows], 2, 4500
    )
    raw = message(m, i, files=(("คำร้องวัด.docx", body_docx(xml), DOCX),),
                  sender=f"วัด{m.tambon} <{m.email}>")  # fmt: skip
    e = exp(m, "", f"วัด{m.tambon} เลขที่ {m.line()}", f"วัด{m.tambon} {m.line()}")
    e["full_name"] = (m.name, f"{m.title} {m.first} {m.last}")
    if i % 2:
        e["phone"] = (intl(coord.mobile), coord.mobile)  # the one contact it gives
    return Case("docx_monk_form_layman_contact", raw, e)


def docx_witness_signature_blocks(p: Person, i: int) -> Case:
    """A request typed as "label : value" paragraphs, then the signature blocks: the
    applicant's, and two witnesses' with their IDs and phones (a table of signatures, or
    paragraphs before the applicant's own signature)."""
    w1, w2 = other(p, 1), other(p, 4)
    lines = [("ชื่อผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
             ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", full(p)),
             ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    body = "".join(para(t(f"{k} : {v}")) for k, v in lines)
    body += para(t("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ"))

    def sign(who: Person, role: str) -> list[str]:
        out = ["ลงชื่อ..................................." + role, f"({who.name})"]
        if role.startswith("พยาน"):
            out += [f"เลขประจำตัวประชาชน {who.nid}", f"โทร {dashed_phone(who.mobile)}"]
        return out

    if i % 2 == 0:
        cells = [sign(p, "ผู้ยื่นคำร้อง"), sign(w1, "พยาน"), sign(w2, "พยาน")]
        row = (
            "<w:tr>"
            + "".join(
                cell("".join(para(t(x), ppr='<w:jc w:val="center"/>') for x in c), 3000)
                for c in cells
            )
            + "</w:tr>"
        )
        body += grid([row], 3, 3000)
    else:
        for who, role in ((w1, "พยานคนที่ 1"), (w2, "พยานคนที่ 2"), (p, "ผู้ยื่นคำร้อง")):
            body += "".join(para(t(x), ppr='<w:jc w:val="center"/>') for x in sign(who, role))
    xml = para(t("คำร้องขอหนังสือรับรองการอยู่อาศัย", "<w:b/>"), ppr='<w:jc w:val="center"/>') + body
    raw = message(p, i, files=(("คำร้องมีพยาน.docx", body_docx(xml), DOCX),))
    return Case("docx_witness_signature_blocks", raw, exp(p))


# --- PDF ----------------------------------------------------------------------------------


def width(text: str, size: float) -> float:
    """How wide the line prints in mm, measured by the PDF maker with the form's font."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("F", "", str(FONTS / "Garuda.ttf"))
    pdf.set_font("F", size=size)
    return float(pdf.get_string_width(text))


def pdf_underscore_blanks_two_per_line(p: Person, i: int) -> Case:
    """A Word form printed to PDF with underscore blanks, two or more to a line, the
    values drawn over the blanks (the name in ชื่อ and นามสกุล, the address in parts)."""
    size = 13.0
    lines: list[list[tuple[str, str, int]]] = [
        [("ชื่อ", p.title + p.first, 30), ("นามสกุล", p.last, 30)],
        [("เลขประจำตัวประชาชน", dashed_id(p.nid), 28), ("วันเดือนปีเกิด", thai_date(p.born), 24)],
        [("บ้านเลขที่", p.house, 10), ("หมู่ที่", p.moo or "-", 6), ("ซอย", p.soi or "-", 14),
         ("ถนน", p.road or "-", 14)],
        [("ตำบล/แขวง", p.tambon, 18), ("อำเภอ/เขต", p.amphoe, 20)],
        [("จังหวัด", p.province, 20), ("รหัสไปรษณีย์", p.postal, 10)],
        [("โทรศัพท์", dashed_phone(p.mobile), 18), ("อีเมล", p.email, 28)],
    ]  # fmt: skip
    texts: list[Text] = [(80.0, 20.0, "แบบคำร้องทั่วไป"), (20.0, 32.0, f"เรียน นายก{AGENCY}")]
    rules: list[tuple[float, float, float, float]] = []
    y = 45.0
    for row in lines:
        x = 20.0
        for label, value, blanks in row:
            texts.append((x, y, label))
            x += width(label, size) + 1.5
            span = blanks * 2.1
            if i % 2 == 0:
                texts.append((x, y + 0.8, "_" * blanks))
            else:
                rules.append((x, y + 1.0, x + span, y + 1.0))
            texts.append((x + 3, y - 0.6, value))
            x += span + 3
        y += 11
    texts += [(100.0, y + 15, "ลงชื่อ ______________________ ผู้ยื่นคำร้อง")]
    data = pdf_page(texts, size=size, face="Garuda", lines=rules)
    raw = message(p, i, files=(("คำร้อง.pdf", data, PDF),))
    return Case("pdf_underscore_blanks_two_per_line", raw, exp(p))


def pdf_eservice_receipt_reference_numbers(p: Person, i: int) -> Case:
    """An e-service's receipt printed to PDF: the request's number, a 13-digit tracking
    code (passing the ID check in one variant), the time sent, the applicant's details in
    two columns and the agency's contacts at the foot."""
    code = with_check_digit(f"2569120600{i:02d}") if i % 2 == 0 else f"2569120600{i:02d}7"
    head = [("เลขที่คำขอ", f"ES-2569-{12340 + i:07d}"), ("รหัสติดตาม", code),
            ("วันที่ยื่น", f"06/12/2569 10:{i % 60:02d} น."), ("ช่องทาง", "เว็บไซต์ e-Service")]  # fmt: skip
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", slash_date(p.born)), ("ที่อยู่", p.line()), ("จังหวัด", p.province),
            ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", p.mobile), ("อีเมล", p.email)]  # fmt: skip
    texts: list[Text] = [(70.0, 18.0, "ใบรับคำขอ (e-Service)"), (72.0, 26.0, AGENCY)]
    y = 40.0
    for k, v in head:
        texts += [(20.0, y, k), (70.0, y, v)]
        y += 8
    y += 6
    texts.append((20.0, y, "ข้อมูลผู้ยื่นคำขอ"))
    y += 10
    for k, v in rows:
        texts += [(20.0, y, k), (70.0, y, v)]
        y += 8
    texts += [(20.0, 270.0, f"{AGENCY} โทร {AGENCY_PHONE} อีเมล {AGENCY_MAIL}"),
              (20.0, 277.0, "ตรวจสอบสถานะได้ที่ https://eservice.nongbua.go.th/track")]  # fmt: skip
    data = pdf_page(texts, size=12, face="Garuda")
    raw = message(p, i, files=(("ใบรับคำขอ.pdf", data, PDF),), subject="ใบรับคำขอ e-Service")
    return Case("pdf_eservice_receipt_reference_numbers", raw, exp(p))


def pdf_rank_name_signature_position(p: Person, i: int) -> Case:
    """An officer's request printed to PDF: "ยศ-ชื่อ-สกุล", a 10-digit officer number
    beside the ID, and under his signature the commander's block with rank, name and an
    office phone."""
    p = RANKED[1 - i % 2]
    boss = RANKED[1] if p is RANKED[0] else RANKED[2]
    rows = [("ยศ-ชื่อ-สกุล", p.name), ("ตำแหน่ง", "สารวัตรงานป้องกันปราบปราม"),
            ("เลขประจำตัวข้าราชการ", f"{3401 + i}{213500 + 7 * i}"),
            ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("วัน เดือน ปี เกิด", thai_date(p.born)),
            ("ที่อยู่ปัจจุบัน", full(p)), ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    texts: list[Text] = [(75.0, 20.0, "แบบคำร้องทั่วไป")]
    y = 38.0
    for k, v in rows:
        texts += [(20.0, y, f"{k} :"), (68.0, y, v)]
        y += 9
    y += 10
    texts += [(95.0, y, "(ลงชื่อ) ...................................... ผู้ยื่นคำร้อง"),
              (110.0, y + 8, f"( {p.title} {p.first} {p.last} )"),
              (20.0, y + 24, "ความเห็นผู้บังคับบัญชา  เห็นควรอนุญาต"),
              (95.0, y + 34, "(ลงชื่อ) ......................................"),
              (110.0, y + 42, f"( {boss.name} )"),
              (100.0, y + 50, "ผู้กำกับการสถานีตำรวจภูธรเมือง"),
              (100.0, y + 58, f"โทร 0-4531-{1234 + i}")]  # fmt: skip
    data = pdf_page(texts, size=13, face="Garuda")
    raw = message(p, i, files=(("คำร้อง_ข้าราชการ.pdf", data, PDF),))
    return Case("pdf_rank_name_signature_position", raw, exp(p))


def pdf_pages(pages: list[list[Text]], size: float = 13, face: str = "Garuda") -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    for texts in pages:
        pdf.add_page()
        pdf.set_font("F", size=size)
        pdf.set_text_shaping(True)
        for x, y, text in texts:
            pdf.text(x, y, text)
    return bytes(pdf.output())


def pdf_two_pages_spouse_consent(p: Person, i: int) -> Case:
    """Two pages: the applicant's form, then the spouse's consent written as a Thai legal
    paragraph with the spouse's name, ID, address and phone."""
    s = spouse_of(p)
    rows = [("ชื่อผู้ขอ", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", full(p)),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    one: list[Text] = [(70.0, 20.0, "คำขออนุญาตต่อเติมอาคาร")]
    one += [(20.0, 38.0 + 10 * k, f"{a} : {v}") for k, (a, v) in enumerate(rows)]
    prose = (f"ข้าพเจ้า {s.name} เลขประจำตัวประชาชน {dashed_id(s.nid)} อยู่บ้านเลขที่ {full(p)} "
             f"โทรศัพท์ {dashed_phone(s.mobile)} เป็นคู่สมรสของ {p.name} ยินยอมให้คู่สมรสของข้าพเจ้า "
             "ยื่นคำขออนุญาตต่อเติมอาคารบนที่ดินซึ่งเป็นสินสมรส")  # fmt: skip
    two: list[Text] = [(65.0, 20.0, "หนังสือให้ความยินยอมของคู่สมรส"), (120.0, 32.0, "วันที่ 5 ธันวาคม 2569")]
    words, line, y = prose.split(" "), "", 46.0
    for word in words:
        if line and len(line) + len(word) > 70:
            two.append((20.0, y, line))
            y += 8
            line = word
        else:
            line = f"{line} {word}" if line else word
    two += [(20.0, y, line), (95.0, y + 20, "(ลงชื่อ) ............................ คู่สมรส"),
            (110.0, y + 28, f"({s.name})")]  # fmt: skip
    pages = (
        [one, two] if i % 2 == 0 else [[*one, (20.0, 120.0, "(มีหนังสือยินยอมของคู่สมรสแนบท้าย)")], two]
    )
    raw = message(p, i, files=(("คำขอและหนังสือยินยอม.pdf", pdf_pages(pages), PDF),))
    return Case("pdf_two_pages_spouse_consent", raw, exp(p))


# --- sheets -------------------------------------------------------------------------------


def xlsx_merged_header_groups_two_rows(p: Person, i: int) -> Case:
    """A sheet whose first row groups the columns under merged captions (ข้อมูลผู้ยื่น,
    ที่อยู่ตามทะเบียนบ้าน, การติดต่อ), the second row the column headers, then the values."""
    groups = [("ลำดับ", 1), ("ข้อมูลผู้ยื่นคำร้อง", 5), ("ที่อยู่ตามทะเบียนบ้าน", 7), ("การติดต่อ", 2)]
    heads = ["", "คำนำหน้า", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด",
             "บ้านเลขที่", "หมู่ที่", "ซอย/ถนน", "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์",
             "โทรศัพท์", "อีเมล"]  # fmt: skip
    b = p.born
    road = " ".join(
        x for x in (f"ซ.{p.soi}" if p.soi else "", f"ถ.{p.road}" if p.road else "") if x
    )
    vals: list[object] = [1, p.title, p.first, p.last, p.nid,
                          slash_date(b) if i % 2 == 0 else datetime(b.year, b.month, b.day),
                          p.house, p.moo or "-", road or "-", p.tambon, p.amphoe, p.province,
                          p.postal, p.mobile, p.email]  # fmt: skip

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "คำร้อง"
        col = 1
        for caption, span in groups:
            ws.cell(1, col, caption)
            if span > 1:
                ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + span - 1)
            else:
                ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
            col += span
        for c, h in enumerate(heads, 1):
            if h:
                ws.cell(2, c, h)
        for c, v in enumerate(vals, 1):
            ws.cell(3, c, v)
        ws.cell(3, 5).number_format = "@"
        ws.cell(3, 14).number_format = "@"
        if i % 2:
            ws.cell(3, 6).number_format = "d mmm yyyy"

    raw = message(p, i, files=(("แบบฟอร์มคำร้อง.xlsx", xlsx_bytes(build), XLSX),))
    typed = [f"{p.house} หมู่ที่ {p.moo}" if p.moo else p.house]
    if road:
        typed.append(road)
    typed += [
        f"ตำบล {p.tambon}" if not p.bangkok else f"แขวง {p.tambon}",
        f"อำเภอ {p.amphoe}" if not p.bangkok else f"เขต {p.amphoe}",
    ]
    return Case("xlsx_merged_header_groups_two_rows", raw,
                exp(p, "", " ".join(typed), f"{p.house} {p.line(short=True)[len(p.house) + 1:]}"))  # fmt: skip


PLAIN_TITLES = ("นาย", "นาง", "นางสาว")


def xlsx_title_tick_columns_name_parts(p: Person, i: int) -> Case:
    """The title as a tick in one of three columns (นาย / นาง / นางสาว) under a merged
    คำนำหน้า caption, the name in two columns, the rest in one each."""
    mark = "✓" if i % 2 == 0 else "/"
    heads = ["นาย", "นาง", "นางสาว", "ชื่อ", "นามสกุล", "เลขบัตรประชาชน", "วันเดือนปีเกิด",
             "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์", "เบอร์โทร", "E-mail"]  # fmt: skip
    ticks = [mark if p.title == x else "" for x in PLAIN_TITLES]
    vals = [*ticks, p.first, p.last, p.nid, thai_date(p.born), p.line(), p.province, p.postal,
            dashed_phone(p.mobile), p.email]  # fmt: skip

    def build(book: object) -> None:
        ws = book.active  # type: ignore[attr-defined]
        ws.title = "ข้อมูล"
        ws.cell(1, 1, "คำนำหน้า")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
        for c in range(4, len(heads) + 1):
            ws.cell(1, c, heads[c - 1])
            ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
        for c in range(1, 4):
            ws.cell(2, c, heads[c - 1])
        for c, v in enumerate(vals, 1):
            ws.cell(3, c, v or None)

    raw = message(p, i, files=(("ข้อมูลผู้ยื่น.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_title_tick_columns_name_parts", raw, exp(p))


def csv_pandas_float_artifacts(p: Person, i: int) -> Case:
    """A CSV written by pandas from a sheet read with the default types: the ID, the phone
    and the postal code as floats ("3410200671245.0", "815502918.0"), the birth date as a
    timestamp, an unnamed index column (in one variant), English or Thai headers."""
    b = p.born
    if i % 2 == 0:
        heads = ["national_id", "title", "first_name", "last_name", "birth_date", "address",
                 "province", "postcode", "phone", "email"]  # fmt: skip
        lead: list[str] = []
    else:
        heads = ["", "เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "วันเกิด", "ที่อยู่",
                 "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์", "อีเมล"]  # fmt: skip
        lead = ["0"]
    vals = [*lead, f"{p.nid}.0", p.title, p.first, p.last,
            f"{b.year:04d}-{b.month:02d}-{b.day:02d} 00:00:00", f'"{p.line()}"', p.province,
            f"{p.postal}.0", f"{p.mobile[1:]}.0", p.email]  # fmt: skip
    data = (",".join(heads) + "\n" + ",".join(vals) + "\n").encode()
    raw = message(p, i, files=(("applicants.csv", data, "text/csv"),))
    return Case("csv_pandas_float_artifacts", raw, exp(p))


# --- text files ---------------------------------------------------------------------------


def md_yaml_front_matter(p: Person, i: int) -> Case:
    """A Markdown note (Obsidian) attached: YAML front matter with the details, English
    keys and quoted numbers, or Thai keys; the request in the note's body."""
    if i % 2 == 0:
        front = (f"name: {p.name}\nnational_id: \"{p.nid}\"\nbirth_date: {p.born.isoformat()}\n"
                 f"address: {full(p)}\nphone: \"{p.mobile}\"\nemail: {p.email}\n"
                 "tags: [คำร้อง, อบต]\n")  # fmt: skip
    else:
        front = (f"ชื่อ: \"{p.name}\"\nเลขบัตรประชาชน: '{dashed_id(p.nid)}'\nวันเกิด: {thai_date(p.born)}\n"
                 f"ที่อยู่: >-\n  {p.line()}\n  {p.province_written} {p.postal}\n"
                 f"โทร: {dashed_phone(p.mobile)}\nอีเมล: {p.email}\n")  # fmt: skip
    data = (f"---\n{front}---\n\n# คำร้องขอหนังสือรับรองการอยู่อาศัย\n\n"
            "ขอหนังสือรับรองการอยู่อาศัยเพื่อใช้ประกอบการสมัครงาน\n\n- [x] สำเนาบัตรประชาชน\n"
            "- [ ] สำเนาทะเบียนบ้าน\n").encode()  # fmt: skip
    raw = message(p, i, files=(("คำร้อง.md", data, "text/markdown"),))
    return Case("md_yaml_front_matter", raw, exp(p))


def lens_card(p: Person) -> str:
    """What Google Lens copies from the front of an ID card: lines in the card's reading
    order, the labels under or after their values, both scripts."""
    et, ef, el = ENGLISH[p.first]
    b = p.born
    issue = date(2022, b.month, min(b.day, 28))
    expiry = date(2031, b.month, b.day if b.day < 29 else 28)
    place = (f"ที่อยู่ {p.house} หมู่ที่ {p.moo} ต.{p.tambon}\nอ.{p.amphoe} จ.{p.province}"
             if not p.bangkok else
             f"ที่อยู่ {p.house} {'ซ.' + p.soi + ' ' if p.soi else ''}แขวง{p.tambon}\nเขต{p.amphoe} กรุงเทพมหานคร")  # fmt: skip
    return (
        "บัตรประจำตัวประชาชน Thai National ID Card\n"
        f"{p.nid[0]} {p.nid[1:5]} {p.nid[5:10]} {p.nid[10:12]} {p.nid[12]}\n"
        "เลขประจำตัวประชาชน\nIdentification Number\n"
        f"ชื่อตัวและชื่อสกุล {p.title} {p.first} {p.last}\n"
        f"Name {et} {ef}\nLast name {el}\n"
        f"เกิดวันที่ {b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}\n"
        f"Date of Birth {b.day} {ENGLISH_SHORT[b.month - 1]} {b.year}\n"
        f"ศาสนา พุทธ\n{place}\n"
        f"{issue.day} {MONTHS_SHORT[issue.month - 1]} {issue.year + 543}\nวันออกบัตร\n"
        f"{issue.day} {ENGLISH_SHORT[issue.month - 1]} {issue.year}\nDate of Issue\n"
        f"{expiry.day} {MONTHS_SHORT[expiry.month - 1]} {expiry.year + 543}\nวันบัตรหมดอายุ\n"
        f"{expiry.day} {ENGLISH_SHORT[expiry.month - 1]} {expiry.year}\nDate of Expiry\n"
    )


def txt_lens_copy_of_id_card(p: Person, i: int) -> Case:
    """Google Lens's copy of the citizen's ID card: saved as a .txt (i even) or pasted
    into the body under the request; the phone and e-mail in the mail's own words."""
    card = lens_card(p)
    note = f"ขอหนังสือรับรองการอยู่อาศัยค่ะ\nเบอร์ติดต่อ {dashed_phone(p.mobile)}\nอีเมล {p.email}\n"
    if i % 2 == 0:
        raw = message(p, i, text=f"เรียน เจ้าหน้าที่\n\n{note}\nข้อมูลบัตรตามไฟล์แนบค่ะ\n",
                      files=(("บัตรประชาชน.txt", card.encode(), "text/plain"),))  # fmt: skip
    else:
        raw = message(
            p, i, text=f"เรียน เจ้าหน้าที่\n\n{note}\nข้อมูลบัตรค่ะ (ก๊อปจาก Google Lens)\n\n{card}"
        )
    short = (f"{p.house} หมู่ที่ {p.moo} ต.{p.tambon} อ.{p.amphoe}" if not p.bangkok
             else f"{p.house} {'ซ.' + p.soi + ' ' if p.soi else ''}แขวง{p.tambon} เขต{p.amphoe}")  # fmt: skip
    e = exp(p, "full_name national_id birth_date phone email address province", short)
    return Case("txt_lens_copy_of_id_card", raw, e)


STYLES: tuple[Style, ...] = (
    iphone_thai_sig_secretary_phone, spouse_suffix_labels_police_rank,
    welfare_card_16_digits_promptpay, parcel_tracking_receipt_followup,
    digits_switch_mid_number, gmail_thai_forward_daughter_note_phone,
    reply_two_level_quote_agency_asked, whatsapp_tilde_strike_old_phone,
    outlook_mso_op_table_rank_name, html_emoji_img_alt_labels, html_dotted_underline_spans,
    gmail_html_quote_answers_coloured_after_samples,
    docx_title_other_specify_rank, docx_spouse_section_suffix_labels,
    docx_monk_form_layman_contact, docx_witness_signature_blocks,
    pdf_underscore_blanks_two_per_line, pdf_eservice_receipt_reference_numbers,
    pdf_rank_name_signature_position, pdf_two_pages_spouse_consent,
    xlsx_merged_header_groups_two_rows, xlsx_title_tick_columns_name_parts,
    csv_pandas_float_artifacts,
    md_yaml_front_matter, txt_lens_copy_of_id_card,
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
    """Each style for two people (its two variants), a different pair per style (the
    styles about ranks, monks and officers write for their own people)."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[2]
    away = EmailMessage()
    away["From"] = f"{p.first} {p.last} <{p.email}>"
    away["To"] = AGENCY_MAIL
    away["Subject"] = "ตอบกลับอัตโนมัติ: แจ้งผลการพิจารณาคำร้อง"
    away["Date"] = format_datetime(datetime(2026, 12, 6, 11, 5, tzinfo=UTC))
    away["Message-ID"] = "<set25-outcome-away@example.net>"
    away["Auto-Submitted"] = "auto-generated"
    away["X-Auto-Response-Suppress"] = "All"
    away.set_content("ขณะนี้ไม่อยู่ที่สำนักงาน จะกลับวันที่ 15 ธันวาคม 2569\n", charset="utf-8")
    # a DSN as Postfix writes it: multipart/report, a human part in the server's words,
    # the machine part, the returned headers
    bounce = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.nongbua.go.th>\r\n"
        f"To: {AGENCY_MAIL}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(datetime(2026, 12, 6, 11, 9, tzinfo=UTC))}\r\n"
        "Message-ID: <set25-outcome-bounce@mx.nongbua.go.th>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B25"\r\n\r\n'
        "--B25\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.nongbua.go.th.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
        f"<{p.email}>: host mta7.am0.yahoodns.net said: 554 delivery error: dd This user\r\n"
        "    doesn't have a yahoo.com account\r\n\r\n"
        "--B25\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.nongbua.go.th\r\n\r\n"
        f"Final-Recipient: rfc822; {p.email}\r\nAction: failed\r\nStatus: 5.0.0\r\n\r\n"
        "--B25\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {AGENCY_MAIL}\r\nTo: {p.email}\r\nSubject: =?utf-8?b?4LmB4LiI4LmJ4LiH4Lic4Lil?=\r\n\r\n"
        "--B25--\r\n"
    ).encode()
    return [
        ("a welfare-card request", welfare_card_16_digits_promptpay(p, 0).raw, "request"),
        ("a reply answering the agency", reply_two_level_quote_agency_asked(p, 0).raw, "request"),
        ("Google Lens's copy of an ID card", txt_lens_copy_of_id_card(p, 1).raw, "request"),
        ("an out-of-office reply in Thai", bytes(away), "auto_reply"),
        ("a delivery failure report", bounce, "bounce"),
    ]
