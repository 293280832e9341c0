"""A thirty-first set of requests written by someone who had not read the readers (issue 8):
REAL Thai agency forms carrying a SECOND (or third) PERSON beside the applicant, forms that
set 28 did not hold, typed into mail bodies and HTML or attached as Word, PDF text layers
and an xlsx sheet.

Written before reading `extractors/` or `config/` (only the harness, blind_sets.py, set
30's test and builder, the helpers of sets 5, 11, 13, 26 and 30 it imports, and the
earlier sets' docstrings and style names were read). Each style is modelled from memory on
a form an office prints:

- แจ้งการเกิด (ท.ร.1 ตอนหน้า as the registrar asks it): the child (name, birth date,
  where born), the mother and the father (each ชื่อ-สกุล, เลขประจำตัวประชาชน, อายุ), and
  the ผู้แจ้ง (a grandparent or the father) with ID, address and phone;
- แจ้งย้ายเข้า with the เจ้าบ้าน's consent (หนังสือยินยอมให้ย้ายเข้า): the owner's own name,
  ID, address (the house moved into) and phone;
- ใบสมัครเข้าศูนย์พัฒนาเด็กเล็ก: the child's block first, then the parent's (ผู้ปกครอง);
- เบี้ยยังชีพผู้สูงอายุ / เบี้ยความพิการ paid to a ผู้รับเงินแทน's bank account: the
  payee's name, ID, address, phone and account beside the elder's;
- คำขอมีบัตรประจำตัวคนพิการ with the ผู้ดูแลคนพิการ's section;
- หนังสือร้องเรียน naming the ผู้ถูกร้องเรียน with his address and phone;
- a tenant's request for a หนังสือรับรองการพักอาศัย with the ผู้ให้เช่า (landlord);
- a land and building tax request by one of the ผู้ถือกรรมสิทธิ์ร่วม (the co-owners listed
  with their IDs and addresses);
- คำร้องขอคัดสำเนาทะเบียนสมรส/ทะเบียนหย่า with the คู่สมรส's block;
- คำขอมีบัตรประจำตัวประชาชน for a child of 7-15 made by the ผู้แทนโดยชอบธรรม;
- a scholarship request (คำขอรับทุนการศึกษา) where the STUDENT is the ผู้ขอ and the
  parent signs as ผู้ปกครอง;
- คำร้องขอรับความช่วยเหลือ filed by a ผู้ใหญ่บ้าน for a villager (ผู้ยื่นแทน);
- an employer's request to enrol a Thai worker in a training course (ผู้สมัคร/ลูกจ้าง).

Conventions (written down before any run):
- the applicant is the person the form names as the one who asks: ผู้แจ้ง in a birth
  registration (not the child, the mother or, unless he reports, the father); the one who
  moves in (ผู้ย้ายเข้า), not the เจ้าบ้าน; the parent (ผู้ปกครอง/ผู้แทนโดยชอบธรรม) in a
  request made for a child, UNLESS the form names the child ผู้ขอ (the scholarship: the
  student); the elder or disabled person the money or card is for, not the ผู้รับเงินแทน
  or ผู้ดูแล who files it (set 26's rule); the villager (ผู้ขอรับความช่วยเหลือ), not the
  headman who files it; the complainant, not the ผู้ถูกร้องเรียน; the tenant, not the
  landlord; the co-owner who signs as ผู้ยื่นคำร้อง, not the others; the ผู้ร้อง, not the
  คู่สมรส; the employer who files, not the worker;
- the address is the applicant's own home: where a move-in gives the old and the new house,
  either; where a tenant gives the card's and the rented room, either; never the other
  person's (a landlord's, a payee's, a respondent's, a co-owner's) unless it is the same
  house; the postal code and province follow it;
- the birth date is the applicant's; a form that gives none of the applicant's (only the
  child's, the other person's or an age) wants none, or a flagged one;
- the phone and e-mail are the applicant's own when the form gives them; a mail sent by
  a proxy, caregiver or headman is not the applicant's e-mail, so no e-mail is expected
  there (an e-mail only in From is not expected, set 26's rule), and a form giving the
  applicant no phone is not asked for one here (every such form gives one);
- names: the title joined to the first name, one space before the family name; a child's
  ด.ช./ด.ญ. or เด็กชาย/เด็กหญิง both right.
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
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
from unseen_requests_30 import be_slash, either_address, full, moved

# ruff: noqa: E501 -- forms and letters as people type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "จันทร์เพ็ญ", "ศรีสุข", with_check_digit("341020081574"), date(1968, 3, 17),
           "0817265093", "janpen.ss@gmail.com", "72", "5", "", "", "ขามใหญ่",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "ประเสริฐ", "วงศ์ใหญ่", with_check_digit("110150032869"), date(1984, 9, 6),
           "0895531207", "prasert.wy@hotmail.com", "88/41", "", "บางนา-ตราด 23", "บางนา-ตราด",
           "บางนา", "บางนา", "กรุงเทพมหานคร", "10260"),
    Person("นางสาว", "กาญจนา", "อินทร์ทอง", with_check_digit("165010044138"), date(1996, 12, 14),
           "0643397812", "kanjana.it@gmail.com", "41", "9", "", "", "ท่าทอง",
           "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    Person("นาย", "สมบัติ", "พานทอง", with_check_digit("330050017725"), date(1963, 6, 29),
           "0862218840", "sombat.pt@yahoo.com", "15", "3", "", "", "หญ้าปล้อง",
           "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
    Person("นาง", "รัตนา", "เกตุแก้ว", with_check_digit("370080023451"), date(1975, 1, 8),
           "0819904462", "rattana.kk@outlook.com", "204/6", "", "", "กาญจนวนิช", "คอหงส์",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาย", "วีระพงษ์", "แสนคำ", with_check_digit("140990055307"), date(1990, 10, 21),
           "0958826630", "weerapong.sk@gmail.com", "9", "4", "", "", "บางกระสั้น",
           "บางปะอิน", "พระนครศรีอยุธยา", "13160"),
    Person("นางสาว", "ศิริพร", "ชัยมงคล", with_check_digit("110240069912"), date(1993, 4, 2),
           "0631185547", "siriporn.cm@gmail.com", "55/17", "", "พหลโยธิน 52", "พหลโยธิน",
           "คลองถนน", "สายไหม", "กรุงเทพมหานคร", "10220"),
    Person("นาย", "บุญเลิศ", "ดวงจันทร์", with_check_digit("357030012864"), date(1958, 8, 15),
           "0872206615", "boonlert.dc@gmail.com", "133", "7", "", "", "บ้านดู่",
           "เมืองเชียงราย", "เชียงราย", "57100"),
)  # fmt: skip

# The second persons: adults (a spouse, an owner, a payee, a headman...) and children, each
# with the same kinds of details as an applicant, so every label is theirs too.
OTHERS: tuple[Person, ...] = (
    Person("นาย", "สุริยา", "บุญมาก", with_check_digit("341990034526"), date(1970, 11, 3),
           "0824471936", "suriya.bm@gmail.com", "19", "2", "", "", "แจระแม",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาง", "มาลัย", "ทองประเสริฐ", with_check_digit("120080017483"), date(1961, 2, 25),
           "0897713358", "malai.tp@hotmail.com", "310", "", "สุขุมวิท 101", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    Person("นาย", "ชาตรี", "คำแก้ว", with_check_digit("365080039112"), date(1982, 7, 30),
           "0614452290", "chatree.kk@gmail.com", "7/2", "1", "", "", "วัดจันทร์",
           "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    Person("นาง", "บัวผัน", "ศรีจันทร์", with_check_digit("330990046187"), date(1966, 5, 11),
           "0866650241", "buaphan.sc@gmail.com", "101", "6", "", "", "โพธิ์",
           "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
    Person("นาย", "อนุชา", "มณีรัตน์", with_check_digit("390110028645"), date(1972, 9, 19),
           "0818842276", "anucha.mr@yahoo.com", "45", "", "", "เพชรเกษม", "หาดใหญ่",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาง", "สมจิตร", "แสนคำ", with_check_digit("140990061730"), date(1994, 3, 27),
           "0923376514", "somjit.sk@gmail.com", "88", "2", "", "", "เชียงรากน้อย",
           "บางปะอิน", "พระนครศรีอยุธยา", "13180"),
    Person("นาย", "ธีรวัฒน์", "พูลสวัสดิ์", with_check_digit("110070048213"), date(1980, 12, 1),
           "0859920731", "teerawat.ps@gmail.com", "12", "", "รามอินทรา 8", "รามอินทรา",
           "อนุสาวรีย์", "บางเขน", "กรุงเทพมหานคร", "10220"),
    Person("นาง", "คำปุน", "ดวงจันทร์", with_check_digit("357990027356"), date(1962, 4, 9),
           "0841198325", "kampun.dc@gmail.com", "60", "3", "", "", "ริมกก",
           "เมืองเชียงราย", "เชียงราย", "57100"),
)  # fmt: skip

CHILDREN: tuple[Person, ...] = (
    Person("เด็กหญิง", "ปุณณดา", "ศรีสุข", with_check_digit("134990071225"), date(2018, 6, 2),
           "", "", "72", "5", "", "", "ขามใหญ่", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("เด็กชาย", "ภูมิพัฒน์", "วงศ์ใหญ่", with_check_digit("110040213876"), date(2016, 2, 19),
           "", "", "88/41", "", "บางนา-ตราด 23", "บางนา-ตราด", "บางนา", "บางนา",
           "กรุงเทพมหานคร", "10260"),
    Person("เด็กหญิง", "ณิชา", "อินทร์ทอง", with_check_digit("165990234518"), date(2022, 9, 7),
           "", "", "41", "9", "", "", "ท่าทอง", "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    Person("เด็กชาย", "ธนภัทร", "พานทอง", with_check_digit("133990158042"), date(2013, 11, 23),
           "", "", "15", "3", "", "", "หญ้าปล้อง", "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
)  # fmt: skip

SHORT = {"เด็กชาย": "ด.ช.", "เด็กหญิง": "ด.ญ."}
AGENCY_MAIL = "saraban@khamyai.go.th"
SUBJECTS = ("ยื่นคำร้อง", "ส่งแบบคำขอ", "ขอยื่นแบบฟอร์มตามไฟล์แนบ", "คำขอ (แทน)")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำขอที่กรอกแล้วตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "ตามไฟล์แนบครับ\n",
    "เรียน งานทะเบียน\nแนบเอกสารมาเพื่อโปรดพิจารณาครับ\n",
    "สวัสดีค่ะ แนบแบบฟอร์มมาให้ค่ะ\n",
)
Style = Callable[[Person, int], Case]


def other(i: int, k: int = 0) -> Person:
    return OTHERS[(i + 3 * k) % len(OTHERS)]


def woman(i: int) -> Person:
    return OTHERS[2 * (i % 4) + 1]


def man(i: int) -> Person:
    return OTHERS[2 * (i % 4)]


def elder_kin(p: Person) -> str:
    """How a reporter is related to a newborn, by the reporter's age and sex."""
    if p.born.year < 1980:
        return "ยาย" if p.title != "นาย" else "ตา"
    return "น้า"


def child(i: int) -> Person:
    return CHILDREN[i % len(CHILDREN)]


def newborn(i: int) -> Person:
    """A child born this year (no ID yet on a birth report)."""
    c = child(i)
    return Person(c.title, c.first, c.last, "", date(2026, 10, 4 + i % 20), "", "", c.house,
                  c.moo, c.soi, c.road, c.tambon, c.amphoe, c.province, c.postal)  # fmt: skip


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: Person | None = None) -> bytes:  # fmt: skip
    """The mail, From the applicant or (sender) the one who files for him."""
    who = sender or p
    msg = EmailMessage()
    msg["From"] = f"{who.first} {who.last} <{who.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set31-{n}-{p.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def child_exp(c: Person, keys: str) -> dict[str, tuple[str, ...]]:
    """A child who is the applicant: เด็กชาย/เด็กหญิง or ด.ช./ด.ญ."""
    exp = expect(c, keys)
    exp["full_name"] = (c.name, f"{SHORT[c.title]}{c.first} {c.last}")
    return exp


def block(q: Person, *, birth: bool = True, phone: bool = True, mail: bool = False,
          addr: str = "ที่อยู่", name: str = "ชื่อ-สกุล") -> str:  # fmt: skip
    """A person's lines under the same labels whoever he is."""
    lines = [f"{name} {q.name}", f"เลขประจำตัวประชาชน {dashed_id(q.nid)}"]
    if birth:
        lines.append(f"วันเดือนปีเกิด {be_slash(q.born)}")
    lines.append(f"{addr} {full(q)}")
    if phone:
        lines.append(f"โทรศัพท์ {dashed_phone(q.mobile)}")
    if mail:
        lines.append(f"อีเมล {q.email}")
    return "\n".join(lines) + "\n"


# --- plain bodies ---------------------------------------------------------------------------


def birth_report_parents_reporter_body(p: Person, i: int) -> Case:
    """แจ้งการเกิด typed into a mail: the child, the mother and the father (each ชื่อ-สกุล
    and เลขประจำตัวประชาชน with an age), then the ผู้แจ้ง (a grandparent) with ID, address,
    phone and e-mail; i odd: the ผู้แจ้ง's block first. No birth date of the reporter."""
    c, mother, father = newborn(i), woman(i), man(i + 1)
    d, m, y = be_parts(c.born)
    kid = (
        "ข้อมูลเด็กที่เกิด\n"
        f"ชื่อ {c.name}  เพศ {'ชาย' if c.title == 'เด็กชาย' else 'หญิง'}\n"
        f"เกิดวันที่ {d} {m} {y} เวลา 04.{10 + i} น.\n"
        f"สถานที่เกิด โรงพยาบาล{p.amphoe} จังหวัด{p.province}\n\n"
        "มารดา\n"
        f"ชื่อ-สกุล {mother.name}  อายุ {age(mother.born)} ปี  สัญชาติ ไทย\n"
        f"เลขประจำตัวประชาชน {dashed_id(mother.nid)}\n\n"
        "บิดา\n"
        f"ชื่อ-สกุล {father.name}  อายุ {age(father.born)} ปี  สัญชาติ ไทย\n"
        f"เลขประจำตัวประชาชน {dashed_id(father.nid)}\n\n"
    )
    reporter = (
        "ผู้แจ้ง\n"
        f"ชื่อ-สกุล {p.name}  เกี่ยวข้องกับเด็กเป็น {elder_kin(p)}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n\n"
    )
    text = (
        "เรียน นายทะเบียนอำเภอ\n\nขอแจ้งการเกิด (แจ้งล่วงหน้าทางอีเมลก่อนนำเอกสารไปยื่น) ดังนี้\n\n"
        + (kid + reporter if i % 2 == 0 else reporter + kid)
        + "ขอบคุณค่ะ\n"
    )
    return Case("birth_report_parents_reporter_body",
                message(p, i, text=text, subject="แจ้งเกิด"), no_birth(expect(p)))  # fmt: skip


def move_in_owner_consent_body(p: Person, i: int) -> Case:
    """แจ้งย้ายเข้า with the เจ้าบ้าน's consent: the mover's lines (from where, to where),
    then (i odd: before) the owner's block under the same labels. Either of the mover's
    two houses is his address; the owner's is the new house too."""
    now = moved(p)
    owner = other(i + 2)
    owner_home = Person(owner.title, owner.first, owner.last, owner.nid, owner.born,
                        owner.mobile, owner.email, now.house, now.moo, now.soi, now.road,
                        now.tambon, now.amphoe, now.province, now.postal)  # fmt: skip
    mover = (
        "ผู้แจ้งย้ายเข้า\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเดือนปีเกิด {be_slash(p.born)}\n"
        f"ย้ายออกจากบ้านเลขที่ {full(p)}\n"
        f"ย้ายเข้าบ้านเลขที่ {full(now)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n\n"
    )
    consent = (
        "หนังสือยินยอมของเจ้าบ้าน\n"
        f"ข้าพเจ้า {owner.name} เจ้าบ้าน ยินยอมให้ {p.name} ย้ายเข้าในบ้านของข้าพเจ้า\n"
        + block(owner_home, birth=False)
        + "\n"
    )
    text = "เรื่อง แจ้งย้ายที่อยู่เข้า\nเรียน นายทะเบียน\n\n" + (
        mover + consent if i % 2 == 0 else consent + mover
    )
    return Case("move_in_owner_consent_body", message(p, i, text=text),
                either_address(expect(p), now))  # fmt: skip


def childcare_enrolment_child_first_body(p: Person, i: int) -> Case:
    """ใบสมัครเข้าศูนย์พัฒนาเด็กเล็ก: the child's block (ชื่อ-สกุล, เลขประจำตัวประชาชน,
    วันเดือนปีเกิด, ที่อยู่) first, then the parent's under the same labels; the parent
    gives a birth date when i is even, an age when odd."""
    c = child(i + 2)
    parent = (
        "ข้อมูลผู้ปกครอง (ผู้สมัคร)\n"
        f"ชื่อ-สกุล {p.name}  เกี่ยวข้องเป็น {'มารดา' if p.title != 'นาย' else 'บิดา'}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        + (f"วันเดือนปีเกิด {be_slash(p.born)}\n" if i % 2 == 0 else f"อายุ {age(p.born)} ปี\n")
        + "อาชีพ รับจ้าง\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    text = (
        "ใบสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2570\n\n"
        "ข้อมูลเด็ก\n"
        f"ชื่อ-สกุล {c.name}  ชื่อเล่น น้อง{('แพรว', 'ภูมิ', 'ใบเตย', 'ต้นกล้า')[i % 4]}\n"
        f"เลขประจำตัวประชาชน {dashed_id(c.nid)}\n"
        f"วันเดือนปีเกิด {be_slash(c.born)}\n"
        f"ที่อยู่ {full(c)}\n\n" + parent
    )
    exp = expect(p)
    return Case("childcare_enrolment_child_first_body", message(p, i, text=text),
                exp if i % 2 == 0 else no_birth(exp))  # fmt: skip


def elderly_allowance_payee_body(p: Person, i: int) -> Case:
    """เบี้ยยังชีพผู้สูงอายุ paid into a ผู้รับเงินแทน's account: the elder's block, then
    the payee's under the same labels with the account; sent from the payee's mailbox.
    i odd: the payee first ("ข้าพเจ้า ... ผู้รับเงินแทน")."""
    payee = other(i + 1)
    elder = "ผู้ขอรับเงินเบี้ยยังชีพ\n" + block(p) + "\n"
    proxy = (
        "ผู้รับเงินแทน\n"
        + block(payee, birth=i % 2 == 0, mail=True)
        + f"ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร เลขที่บัญชี 0{20 + i}-2-{41870 + i}-{i % 10}\n\n"
    )
    text = "เรียน นายก อบต.\n\nขอยื่นคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ โดยขอรับเงินผ่านบัญชีผู้รับเงินแทน\n\n" + (
        elder + proxy if i % 2 == 0 else proxy + elder
    )
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("elderly_allowance_payee_body", message(p, i, text=text, sender=payee), exp)


def disability_card_caregiver_body(p: Person, i: int) -> Case:
    """คำขอมีบัตรประจำตัวคนพิการ: the ผู้ดูแลคนพิการ writes; his section (i even) after or
    (i odd) before the disabled person's, the same labels, the caregiver's e-mail."""
    carer = other(i + 4)
    disabled = "ข้อมูลคนพิการ (ผู้ขอ)\n" + block(p) + "ประเภทความพิการ ทางการเคลื่อนไหวหรือทางร่างกาย\n\n"
    care = (
        "ข้อมูลผู้ดูแลคนพิการ\n"
        + block(carer, mail=True)
        + f"ความเกี่ยวข้อง {'บุตร' if i % 2 else 'หลาน'}\n\n"
    )
    text = (
        "เรื่อง ขอมีบัตรประจำตัวคนพิการ\n\n"
        + (disabled + care if i % 2 == 0 else care + disabled)
        + "ลงชื่อ ผู้ดูแลคนพิการ (ยื่นแทน)\n"
    )
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("disability_card_caregiver_body", message(p, i, text=text, sender=carer), exp)


def complaint_respondent_body(p: Person, i: int) -> Case:
    """หนังสือร้องเรียน: the ผู้ร้องเรียน and the ผู้ถูกร้องเรียน (name, address, phone);
    i odd: the respondent's lines first, as the complaint starts with whom it is about."""
    them = other(i + 5)
    me = (
        f"ผู้ร้องเรียน {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเกิด {be_slash(p.born)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทร {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n\n"
    )
    respondent = (
        f"ผู้ถูกร้องเรียน {them.name} (เจ้าของฟาร์มสุกร)\n"
        f"ที่อยู่ {full(them)}\n"
        f"โทร {dashed_phone(them.mobile)}\n\n"
    )
    text = (
        "เรียน นายอำเภอ\n\nขอร้องเรียนเรื่องกลิ่นเหม็นจากฟาร์มสุกรข้างบ้าน\n\n"
        + (me + respondent if i % 2 == 0 else respondent + me)
        + "ขอให้ตรวจสอบและแก้ไขด้วย\n"
    )
    return Case("complaint_respondent_body", message(p, i, text=text, subject="ร้องเรียนกลิ่นเหม็น"), expect(p))  # fmt: skip


def tenant_landlord_residence_body(p: Person, i: int) -> Case:
    """A tenant asks for a หนังสือรับรองการพักอาศัย: his card's address and the rented room
    (ที่พักปัจจุบัน), then the ผู้ให้เช่า's block with his own home, ID and phone."""
    now = moved(p)
    landlord = other(i + 6)
    text = (
        "คำร้องขอหนังสือรับรองการพักอาศัย\n\n"
        f"ข้าพเจ้า {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"วันเดือนปีเกิด {be_slash(p.born)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {full(p)}\n"
        f"ที่พักปัจจุบัน (เช่า) {full(now)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n\n"
        "ผู้ให้เช่า\n"
        f"ข้าพเจ้า {landlord.name} ขอรับรองว่าผู้ร้องเช่าพักอาศัยอยู่จริงตั้งแต่ปี 2567\n" + block(landlord)
    )
    return Case("tenant_landlord_residence_body", message(p, i, text=text),
                either_address(expect(p), now))  # fmt: skip


def land_tax_co_owners_body(p: Person, i: int) -> Case:
    """A land tax request signed by one co-owner: the ผู้ถือกรรมสิทธิ์ร่วม listed with ID
    and address (i even: after the ผู้ยื่นคำร้อง's block; odd: before, the applicant
    second in the list and again below)."""
    a, b = other(i + 7), other(i + 2, 1)
    owners = (
        "ผู้ถือกรรมสิทธิ์ร่วม\n"
        + "".join(
            f"{k}. {q.name} เลขประจำตัวประชาชน {q.nid} ที่อยู่ {full(q)}\n"
            for k, q in enumerate((a, b), 1)
        )
        + "\n"
    )
    me = "ผู้ยื่นคำร้อง\n" + block(p, mail=True) + "\n"
    text = (
        "เรื่อง ขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569\n"
        f"ที่ดินโฉนดเลขที่ {30512 + i} มีผู้ถือกรรมสิทธิ์ร่วม 3 คน\n\n"
        + (me + owners if i % 2 == 0 else owners + me)
    )
    return Case("land_tax_co_owners_body", message(p, i, text=text), expect(p))


def marriage_copy_spouse_body(p: Person, i: int) -> Case:
    """คำร้องขอคัดสำเนาทะเบียนสมรส (i even) or ทะเบียนหย่า (odd): the ผู้ร้อง and the
    คู่สมรส, each under ชื่อ-สกุล, เลขประจำตัวประชาชน, วันเดือนปีเกิด, ที่อยู่; the spouse
    first when i is odd, the marriage's date and place between."""
    spouse = other(i + 3)
    kind = "ทะเบียนสมรส" if i % 2 == 0 else "ทะเบียนหย่า"
    me = "ข้อมูลผู้ร้อง\n" + block(p, mail=True) + "\n"
    them = "ข้อมูลคู่สมรส" + (" (เดิม)" if i % 2 else "") + "\n" + block(spouse, phone=False) + "\n"
    text = (
        f"คำร้องขอคัดและรับรองสำเนา{kind}\n\n"
        + (me + them if i % 2 == 0 else them + me)
        + f"จดทะเบียนสมรสเมื่อ {be_slash(date(2015, 2, 14))} ณ สำนักทะเบียนอำเภอ{p.amphoe}\n"
        "ขอคัดสำเนาจำนวน 2 ฉบับ เพื่อใช้ประกอบการยื่นขอสวัสดิการ\n"
    )
    return Case("marriage_copy_spouse_body", message(p, i, text=text), expect(p))


def parent_for_minor_id_card_body(p: Person, i: int) -> Case:
    """คำขอมีบัตรประจำตัวประชาชน for a child of 7-15: the ผู้เยาว์'s lines first (name, ID,
    birth date, the house), then the ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ) with an age."""
    c = child(i + 1)
    text = (
        "เรียน นายทะเบียน\n\nขอยื่นคำขอมีบัตรประจำตัวประชาชนครั้งแรกให้บุตร\n\n"
        "ผู้เยาว์\n"
        f"ชื่อ-สกุล {c.name}\n"
        f"เลขประจำตัวประชาชน {c.nid}\n"
        f"เกิดวันที่ {' '.join(be_parts(c.born))}\n"
        f"ที่อยู่ {full(c)}\n\n"
        "ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ)\n"
        f"ชื่อ-สกุล {p.name}  อายุ {age(p.born)} ปี  เกี่ยวข้องเป็น{'มารดา' if p.title != 'นาย' else 'บิดา'}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์มือถือ {p.mobile}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("parent_for_minor_id_card_body", message(p, i, text=text), no_birth(expect(p)))


def headman_files_for_villager_body(p: Person, i: int) -> Case:
    """The ผู้ใหญ่บ้าน writes from his own mailbox: his letter ("ข้าพเจ้า ... ผู้ใหญ่บ้าน")
    with his ID and phone first, then the ผู้ขอรับความช่วยเหลือ (the villager) under the
    same labels; i odd: the villager's block first and the headman's as ผู้ยื่นแทน below."""
    head = other(i + 1, 1)
    headman = (
        f"ข้าพเจ้า {head.name} ตำแหน่ง ผู้ใหญ่บ้านหมู่ที่ {p.moo or '1'}\n"
        f"เลขประจำตัวประชาชน {head.nid}\n"
        f"โทรศัพท์ {dashed_phone(head.mobile)}\n"
        f"อีเมล {head.email}\n"
        "ขอยื่นคำร้องแทนราษฎรในหมู่บ้านซึ่งเดือดร้อน ดังนี้\n\n"
    )
    villager = "ผู้ขอรับความช่วยเหลือ\n" + block(p) + "ความเดือดร้อน บ้านถูกพายุพัดหลังคาเสียหายทั้งหลัง\n\n"
    below = (
        "ผู้ยื่นคำร้องแทน\n"
        f"ชื่อ-สกุล {head.name} (ผู้ใหญ่บ้าน)\n"
        f"เลขประจำตัวประชาชน {dashed_id(head.nid)}\n"
        f"โทรศัพท์ {dashed_phone(head.mobile)}\n"
    )
    text = "เรียน นายก อบต.\n\n" + (headman + villager if i % 2 == 0 else villager + below)
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("headman_files_for_villager_body", message(p, i, text=text, sender=head), exp)


def employer_enrols_worker_body(p: Person, i: int) -> Case:
    """An employer (a shop owner) enrols a Thai worker in the municipality's food-handler
    course: the worker's lines (ผู้สมัครเข้ารับการอบรม) first, the same labels, then the
    employer's (ผู้ยื่นคำขอ/นายจ้าง) with the shop."""
    w = other(i + 6, 1)
    text = (
        "แบบคำขอส่งลูกจ้างเข้ารับการอบรมผู้สัมผัสอาหาร\n\n"
        "ผู้เข้ารับการอบรม (ลูกจ้าง)\n" + block(w) + "\nผู้ยื่นคำขอ (นายจ้าง)\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"วันเดือนปีเกิด {be_slash(p.born)}\n"
        f"ชื่อสถานประกอบการ ร้าน{p.first}ข้าวแกง\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
    )
    return Case("employer_enrols_worker_body", message(p, i, text=text), expect(p))


# --- HTML bodies ----------------------------------------------------------------------------


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in pairs)


def _head(text: str, cols: int = 2) -> str:
    return f"<tr><td colspan='{cols}'><b>{esc(text)}</b></td></tr>"


def html_birth_report_sections_table(p: Person, i: int) -> Case:
    """The birth report as one HTML table: section rows (เด็ก, มารดา, บิดา, ผู้แจ้ง) over
    rows labelled alike; the ผู้แจ้ง is the father himself when i is odd (his own ID and
    address in the บิดา rows, only the relation and phone in the ผู้แจ้ง rows)."""
    c, mother = newborn(i + 1), woman(i + 2)
    father = p if i % 2 else man(i + 3)
    rows = (
        _head("ข้อมูลเด็ก")
        + _rows([("ชื่อ-สกุล", c.name), ("วันเดือนปีเกิด", be_slash(c.born)),
                 ("สถานที่เกิด", f"โรงพยาบาล{p.amphoe}")])
        + _head("มารดา")
        + _rows([("ชื่อ-สกุล", mother.name), ("เลขประจำตัวประชาชน", dashed_id(mother.nid)),
                 ("วันเดือนปีเกิด", be_slash(mother.born))])
        + _head("บิดา")
        + _rows([("ชื่อ-สกุล", father.name), ("เลขประจำตัวประชาชน", dashed_id(father.nid)),
                 ("วันเดือนปีเกิด", be_slash(father.born))])
        + _head("ผู้แจ้ง")
    )  # fmt: skip
    if i % 2:
        rows += _rows([("ผู้แจ้งเป็น", "บิดา (ตามข้อมูลข้างต้น)"), ("ที่อยู่", full(p)),
                       ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)])  # fmt: skip
        exp = expect(p)
    else:
        rows += _rows([("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                       ("ที่อยู่", full(p)), ("โทรศัพท์", dashed_phone(p.mobile)),
                       ("อีเมล", p.email)])  # fmt: skip
        exp = no_birth(expect(p))
    html = (
        "<html><body><p>เรียน นายทะเบียน</p><p>ขอแจ้งการเกิด ดังนี้</p>"
        f"<table border='1'>{rows}</table><p>ขอบคุณครับ</p></body></html>"
    )
    return Case("html_birth_report_sections_table", message(p, i, html=html, subject="แจ้งการเกิด"), exp)  # fmt: skip


def html_payee_paragraphs_br(p: Person, i: int) -> Case:
    """เบี้ยความพิการ to a ผู้รับเงินแทน, in <p> and <br>: the payee writes "ข้าพเจ้า"
    first with his own lines, then the disabled person's (the applicant) below."""
    payee = other(i + 3, 1)
    html = (
        "<html><body><p>เรียน นายกเทศมนตรี</p>"
        f"<p>ข้าพเจ้า {esc(payee.name)} ผู้รับเงินแทน<br>เลขประจำตัวประชาชน {dashed_id(payee.nid)}<br>"
        f"ที่อยู่ {esc(full(payee))}<br>โทรศัพท์ {dashed_phone(payee.mobile)}<br>"
        f"เลขที่บัญชี กรุงไทย 9{i % 10}8-0-{27104 + i}-3</p>"
        "<p>ขอยื่นคำขอรับเงินเบี้ยความพิการแทน</p>"
        f"<p><b>คนพิการ</b><br>ชื่อ-สกุล {esc(p.name)}<br>เลขประจำตัวประชาชน {dashed_id(p.nid)}<br>"
        f"วันเดือนปีเกิด {be_slash(p.born)}<br>ที่อยู่ {esc(full(p))}<br>"
        f"โทรศัพท์ {dashed_phone(p.mobile)}</p></body></html>"
    )
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("html_payee_paragraphs_br", message(p, i, html=html, sender=payee), exp)


def html_complaint_side_by_side(p: Person, i: int) -> Case:
    """A complaint as a three-column table: label, ผู้ร้องเรียน, ผู้ถูกร้องเรียน (i even)
    or the respondent's column first (i odd)."""
    them = other(i + 4, 1)
    rows = [
        ("ชื่อ-สกุล", p.name, them.name),
        ("เลขประจำตัวประชาชน", dashed_id(p.nid), "ไม่ทราบ"),
        ("วันเดือนปีเกิด", be_slash(p.born), "-"),
        ("ที่อยู่", full(p), full(them)),
        ("โทรศัพท์", dashed_phone(p.mobile), dashed_phone(them.mobile)),
        ("อีเมล", p.email, "-"),
    ]
    heads = ("ผู้ร้องเรียน", "ผู้ถูกร้องเรียน")
    flip = i % 2 == 1
    body = "".join(
        f"<tr><td>{esc(k)}</td><td>{esc(b if flip else a)}</td><td>{esc(a if flip else b)}</td></tr>"
        for k, a, b in rows
    )
    html = (
        "<html><body><p>เรียน ผู้อำนวยการเขต</p><p>ขอร้องเรียนร้านค้าวางของรุกล้ำทางเท้า</p>"
        f"<table border='1'><tr><th>รายการ</th><th>{heads[flip]}</th><th>{heads[not flip]}</th></tr>"
        f"{body}</table></body></html>"
    )
    return Case("html_complaint_side_by_side", message(p, i, html=html), expect(p))


def html_scholarship_student_guardian(p: Person, i: int) -> Case:
    """คำขอรับทุนการศึกษา where the STUDENT is the ผู้ขอ: the student's table, then the
    ผู้ปกครอง's table with the same labels. The mail comes from the parent (p), the
    applicant is the child."""
    c = child(i + 3)
    html = (
        "<html><body><h3>แบบคำขอรับทุนการศึกษา</h3><p><b>ส่วนที่ 1 ผู้ขอรับทุน</b></p><table border='1'>"
        + _rows([("ชื่อ-สกุล", c.name), ("เลขประจำตัวประชาชน", c.nid),
                 ("วันเดือนปีเกิด", be_slash(c.born)), ("ที่อยู่", full(c)),
                 ("โรงเรียน", f"โรงเรียนบ้าน{c.tambon}")])
        + "</table><p><b>ส่วนที่ 2 ผู้ปกครอง</b></p><table border='1'>"
        + _rows([("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                 ("วันเดือนปีเกิด", be_slash(p.born)), ("ที่อยู่", full(p)),
                 ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)])
        + "</table></body></html>"
    )  # fmt: skip
    exp = child_exp(c, "full_name national_id birth_date address postal_code province")
    return Case("html_scholarship_student_guardian", message(p, i, html=html), exp)


def html_move_in_consent_br(p: Person, i: int) -> Case:
    """แจ้งย้ายเข้า in one <p> with <br>: the เจ้าบ้าน's consent first (his ID, his phone),
    then the mover's own lines; the house moved into is the owner's."""
    now = moved(p)
    owner = other(i + 5, 1)
    html = (
        "<html><body><div>เรียน นายทะเบียนท้องถิ่น</div>"
        f"<p><b>เจ้าบ้าน</b><br>ชื่อ-สกุล {esc(owner.name)}<br>เลขประจำตัวประชาชน {owner.nid}<br>"
        f"ที่อยู่ {esc(full(now))}<br>โทร {dashed_phone(owner.mobile)}<br>"
        "ยินยอมให้บุคคลด้านล่างย้ายเข้า</p>"
        f"<p><b>ผู้ย้ายเข้า</b><br>ชื่อ-สกุล {esc(p.name)}<br>เลขประจำตัวประชาชน {p.nid}<br>"
        f"วันเดือนปีเกิด {be_slash(p.born)}<br>ที่อยู่เดิม {esc(full(p))}<br>"
        f"โทร {dashed_phone(p.mobile)}<br>อีเมล {esc(p.email)}</p></body></html>"
    )
    return Case("html_move_in_consent_br", message(p, i, html=html), either_address(expect(p), now))


# --- Word -----------------------------------------------------------------------------------


def _table(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(rows):
        _set(t.cell(r, 0), k, bold=not v)
        _set(t.cell(r, 1), v)


def docx_childcare_enrolment_table(p: Person, i: int) -> Case:
    """The child-care centre's Word form: one table, the child's rows and then the
    parent's rows under a section row, labels alike."""
    c = child(i)

    def build(d: Any) -> None:
        _doc_title(d, "ใบสมัครเข้ารับการเลี้ยงดูศูนย์พัฒนาเด็กเล็ก")
        _right(d, f"วันที่ {2 + i % 5} ธันวาคม 2569")
        _table(d, [
            ("ข้อมูลเด็ก", ""), ("ชื่อ-สกุล", c.name), ("เลขประจำตัวประชาชน", dashed_id(c.nid)),
            ("วันเดือนปีเกิด", be_slash(c.born)), ("ที่อยู่", full(c)),
            ("ข้อมูลบิดา/มารดา (ผู้สมัคร)", ""), ("ชื่อ-สกุล", p.name),
            ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("วันเดือนปีเกิด", be_slash(p.born)),
            ("ที่อยู่", full(p)), ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email),
        ])  # fmt: skip

    raw = message(p, i, files=(("ใบสมัครศูนย์เด็กเล็ก.docx", docx_bytes(build), DOCX),))
    return Case("docx_childcare_enrolment_table", raw, expect(p))


def docx_co_owners_grid(p: Person, i: int) -> Case:
    """A land tax request in Word: the co-owners as a grid (ลำดับ, ชื่อ-สกุล,
    เลขประจำตัวประชาชน, ที่อยู่) ABOVE the ผู้ยื่นคำร้อง's own paragraphs."""
    owners = (other(i + 1), other(i + 4, 1))

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องขอแก้ไขข้อมูลผู้เสียภาษีที่ดินและสิ่งปลูกสร้าง")
        d.add_paragraph("รายชื่อผู้ถือกรรมสิทธิ์ร่วม")
        t = d.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่")):
            _set(t.cell(0, c), h, bold=True)
        for r, q in enumerate(owners, 1):
            for c, v in enumerate((str(r), q.name, dashed_id(q.nid), full(q))):
                _set(t.cell(r, c), v)
        d.add_paragraph("")
        for line in (
            "ผู้ยื่นคำร้อง (ผู้ถือกรรมสิทธิ์ร่วม ลำดับที่ 3)",
            f"ชื่อ-สกุล {p.name}",
            f"เลขประจำตัวประชาชน {dashed_id(p.nid)}",
            f"วันเดือนปีเกิด {be_slash(p.born)}",
            f"ที่อยู่ {full(p)}",
            f"โทรศัพท์ {dashed_phone(p.mobile)}",
            f"อีเมล {p.email}",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("คำร้องภาษีที่ดิน.docx", docx_bytes(build), DOCX),))
    return Case("docx_co_owners_grid", raw, expect(p))


def docx_caregiver_then_disabled(p: Person, i: int) -> Case:
    """The disability card form in Word paragraphs: "ส่วนที่ 1 ผู้ดูแลคนพิการ (ผู้ยื่น)"
    first with his lines, "ส่วนที่ 2 คนพิการ" after; labels alike; sent by the caregiver."""
    carer = other(i + 2, 1)

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอมีบัตรประจำตัวคนพิการ")
        d.add_paragraph("ส่วนที่ 1 ผู้ดูแลคนพิการ (ผู้ยื่นแทน)")
        for line in block(carer, mail=True).splitlines():
            d.add_paragraph(line)
        d.add_paragraph("ส่วนที่ 2 คนพิการ")
        for line in block(p).splitlines():
            d.add_paragraph(line)
        d.add_paragraph("ประเภทความพิการ ทางการมองเห็น")

    raw = message(p, i, files=(("บัตรคนพิการ.docx", docx_bytes(build), DOCX),), sender=carer)
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("docx_caregiver_then_disabled", raw, exp)


def docx_tenant_landlord_table(p: Person, i: int) -> Case:
    """A tenant's request in a Word table with two columns of people: ผู้เช่า (ผู้ร้อง) and
    ผู้ให้เช่า, a label column first; the landlord's column first when i is odd."""
    now = moved(p)
    lord = other(i + 7, 1)
    rows = [
        ("ชื่อ-สกุล", p.name, lord.name),
        ("เลขประจำตัวประชาชน", dashed_id(p.nid), dashed_id(lord.nid)),
        ("วันเดือนปีเกิด", be_slash(p.born), be_slash(lord.born)),
        ("ที่อยู่", full(now), full(lord)),
        ("โทรศัพท์", dashed_phone(p.mobile), dashed_phone(lord.mobile)),
        ("อีเมล", p.email, lord.email),
    ]
    flip = i % 2 == 1

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องขอใช้ที่อยู่เช่าเพื่อขอรับบริการจัดเก็บขยะ")
        t = d.add_table(rows=len(rows) + 1, cols=3)
        t.style = "Table Grid"
        heads = ("ผู้เช่า (ผู้ร้อง)", "ผู้ให้เช่า")
        _set(t.cell(0, 0), "รายการ", bold=True)
        _set(t.cell(0, 1), heads[flip], bold=True)
        _set(t.cell(0, 2), heads[not flip], bold=True)
        for r, (k, a, b) in enumerate(rows, 1):
            _set(t.cell(r, 0), k)
            _set(t.cell(r, 1), b if flip else a)
            _set(t.cell(r, 2), a if flip else b)

    raw = message(p, i, files=(("คำร้องผู้เช่า.docx", docx_bytes(build), DOCX),))
    return Case("docx_tenant_landlord_table", raw, either_address(expect(p), now))


# --- PDF ------------------------------------------------------------------------------------


def pdf_birth_report_over_dots(p: Person, i: int) -> Case:
    """The birth report printed with dotted lines, values typed over them: the child, the
    mother, the father (each ชื่อ-สกุล ... เลขประจำตัวประชาชน ...), then the ผู้แจ้ง."""
    size = 11
    c, mother, father = newborn(i + 2), woman(i + 1), man(i + 2)
    printed: list[tuple[float, float, str]] = [(75, 16, "แบบแจ้งการเกิด")]
    typed: list[tuple[float, float, str]] = []
    lines = [
        [("ชื่อเด็ก", 50, c.name), ("เกิดวันที่", 20, be_slash(c.born))],
        [("มารดา ชื่อ-สกุล", 45, mother.name), ("เลขประจำตัวประชาชน", 30, dashed_id(mother.nid))],
        [("บิดา ชื่อ-สกุล", 45, father.name), ("เลขประจำตัวประชาชน", 30, dashed_id(father.nid))],
        [("ผู้แจ้ง ชื่อ-สกุล", 45, p.name), ("เลขประจำตัวประชาชน", 30, dashed_id(p.nid))],
        [("ที่อยู่", 100, full(p))],
        [("โทรศัพท์", 25, dashed_phone(p.mobile)), ("อีเมล", 40, p.email)],
    ]
    for k, blanks in enumerate(lines):
        more, values = dotted_line(32.0 + 9 * k, blanks, size)
        printed += more
        typed += values
    data = pdf_page(printed + typed, size=size, face="Garuda")
    raw = message(p, i, files=(("แจ้งเกิด.pdf", data, PDF),))
    return Case("pdf_birth_report_over_dots", raw, no_birth(expect(p)))


def pdf_parent_minor_two_blocks(p: Person, i: int) -> Case:
    """A PDF request for a certificate about a minor (หนังสือรับรองความเป็นผู้เยาว์): "ผู้เยาว์" block above,
    "ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ)" block below, labels alike, each with a birth date."""
    c = child(i + 1)
    texts: list[tuple[float, float, str]] = [
        (55, 16, "คำร้องขอหนังสือรับรองความเป็นผู้เยาว์"),
        (20, 30, "ผู้เยาว์"),
        (25, 38, f"ชื่อ-สกุล {c.name}"),
        (25, 46, f"เลขประจำตัวประชาชน {dashed_id(c.nid)}"),
        (25, 54, f"วันเดือนปีเกิด {be_slash(c.born)}"),
        (20, 66, "ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ)"),
        (25, 74, f"ชื่อ-สกุล {p.name}"),
        (25, 82, f"เลขประจำตัวประชาชน {dashed_id(p.nid)}"),
        (25, 90, f"วันเดือนปีเกิด {be_slash(p.born)}"),
        (25, 98, f"ที่อยู่ {full(p)}"),
        (25, 106, f"โทรศัพท์ {dashed_phone(p.mobile)}  อีเมล {p.email}"),
    ]
    data = pdf_page(texts, size=11, face="Garuda")
    raw = message(p, i, files=(("คำร้องผู้เยาว์.pdf", data, PDF),))
    return Case("pdf_parent_minor_two_blocks", raw, expect(p))


# --- sheet ----------------------------------------------------------------------------------


def xlsx_headman_villager_sheet(p: Person, i: int) -> Case:
    """A headman's sheet: the ผู้ยื่นแทน (headman) rows first, then the ผู้ขอรับความ
    ช่วยเหลือ rows with the same labels; sent from the headman's mailbox."""
    head = other(i + 3, 1)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำร้อง"
        ws.append(["แบบคำร้องขอรับการช่วยเหลือ (ยื่นผ่านผู้นำชุมชน)"])
        ws.append(["ผู้ยื่นแทน (ผู้ใหญ่บ้าน)"])
        ws.append(["ชื่อ-สกุล", head.name])
        ws.append(["เลขประจำตัวประชาชน", dashed_id(head.nid)])
        ws.append(["โทรศัพท์", dashed_phone(head.mobile)])
        ws.append(["อีเมล", head.email])
        ws.append([])
        ws.append(["ผู้ขอรับความช่วยเหลือ"])
        ws.append(["ชื่อ-สกุล", p.name])
        ws.append(["เลขประจำตัวประชาชน", dashed_id(p.nid)])
        ws.append(["วันเดือนปีเกิด", be_slash(p.born)])
        ws.append(["ที่อยู่", full(p)])
        ws.append(["โทรศัพท์", dashed_phone(p.mobile)])
        ws.append(["ความเดือดร้อน", "น้ำท่วมบ้าน ข้าวของเสียหาย"])

    raw = message(p, i, files=(("คำร้องช่วยเหลือ.xlsx", xlsx_bytes(build), XLSX),), sender=head)
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("xlsx_headman_villager_sheet", raw, exp)


STYLES: tuple[Style, ...] = (
    birth_report_parents_reporter_body, move_in_owner_consent_body,
    childcare_enrolment_child_first_body, elderly_allowance_payee_body,
    disability_card_caregiver_body, complaint_respondent_body, tenant_landlord_residence_body,
    land_tax_co_owners_body, marriage_copy_spouse_body, parent_for_minor_id_card_body,
    headman_files_for_villager_body, employer_enrols_worker_body,
    html_birth_report_sections_table, html_payee_paragraphs_br, html_complaint_side_by_side,
    html_scholarship_student_guardian, html_move_in_consent_br,
    docx_childcare_enrolment_table, docx_co_owners_grid, docx_caregiver_then_disabled,
    docx_tenant_landlord_table,
    pdf_birth_report_over_dots, pdf_parent_minor_two_blocks,
    xlsx_headman_villager_sheet,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:12]},
    **{s.__name__: "HTML" for s in STYLES[12:17]},
    **{s.__name__: "Word" for s in STYLES[17:21]},
    **{s.__name__: "PDF" for s in STYLES[21:23]},
    **{s.__name__: "sheet" for s in STYLES[23:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
