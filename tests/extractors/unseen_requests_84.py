"""An eighty-fourth set of requests written by someone who had not read the readers (issue 8):
BOOKING AND BORROWING THE MUNICIPALITY'S PLACES AND THINGS, at เทศบาลนครสุราษฎร์ธานี,
เทศบาลเมืองชุมพร, เทศบาลตำบลท่าชนะ, เทศบาลเมืองระนอง and the อบต. คันธุลี, วังไผ่ and หงาว
(Surat Thani, Chumphon, Ranong). The town hall (หอประชุม) or a community hall (ศาลา
อเนกประสงค์) for a wedding, a funeral or a merit-making; the stadium and its fields for
clubs' tournaments; the public swimming pool's season tickets for a family; library cards
for children; tents, chairs, a sound system and a water truck for a temple fair; the
municipal ambulance or van for a patient or a school's pupils. Booked by families, sports
clubs, schools, temples, community groups and a firm; with contact persons who are not the
applicant, coaches and teachers writing for teams and classes, lists of members, players,
pupils and family members with their own IDs, birth dates and phones, event dates and
times, booking numbers, deposit receipts and bank accounts.
Kinds: plain (iPhone and Android mail apps, webmail), HTML (Gmail, Outlook, a library's
web form notification, a Gmail reply over the clerk's quoted mail), Word (the city's hall
form on dotted lines, a school's official letter, a temple's letter, a community group's
letter with its members' table), PDF (fillable forms: a stadium booking, an ambulance
request; typed letters: a funeral host's, a mother's pool application), xlsx (a club's
roster under its head block, a community's list of things to borrow).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run; WHO below says them per style). The earlier
rulings followed: set 28 (the applicant is the person who asks; the natural person who
signs for a company), sets 31/63 (a service for one person asked by another: the one it
is for, not the relative who writes), set 37 (where only another's phone is given, phone
`()`: no value or a flagged one is right), sets 56/60 (a body: the natural person who
signs for it; where he gives no ID, national_id `()`).
- A BOOKING OR A LOAN asked by a person for herself or her family (a wedding, a funeral,
  a merit-making, a family's pool tickets, a community's things): the APPLICANT is the one
  who asks in her own name and signs as ผู้ขอใช้/ผู้ขอยืม/ผู้สมัคร (the bride's mother who
  books, the funeral's host, the father or mother who buys the family's season tickets,
  the community group's chair who borrows). The bride and groom, the deceased, the family
  members, the group's members and the contact person (ผู้ประสานงาน) named for the day are
  never the applicant: their names, IDs, birth dates and phones never hers.
- A BODY (a school, a sports club with a president, a temple, a firm): the natural person
  who signs its letter or form as the one asking (the school's director, the club's
  president as ผู้ขอใช้, the abbot, the firm's general manager): his name (the abbot's
  title name, with or without his own name and ฉายา in brackets), his ID where the request
  gives it, else `()`. Address the body's place (the school, the club's office, the
  temple, the firm's office); phone the body's line, or the signer's own mobile where he
  gives it (the club); e-mail the body's own box where it sends from one, else `()`. The
  contact person's (a teacher's, a coach's, the HR officer's, the temple committee's)
  name, ID, mobile and box are NEVER the body's or the signer's.
- A COACH OR TEACHER OR A LAYMAN WHO WRITES IN HIS OWN NAME for a team, a class or a
  temple fair and signs himself, with no head of the body signing: he asks, so he is the
  applicant (his name, ID where given, mobile, box); address his home where he gives it,
  else the place of the body he writes for (the teacher's school). The players, pupils
  and their parents never.
- A SERVICE FOR ONE PERSON asked by another (the ambulance for a patient, a library card
  for a child): the one it is for (the patient; the child, who is the card's member); the
  relative's or parent's name, ID, phone and box never: phone and e-mail `()` where only
  theirs appear; address where the patient or child lives (the parent's home, shared).
- A reply over the clerk's quoted mail: the citizen who replies; the clerk's name, line
  and the office's box never.
Fields: full_name as written with its title; national_id the applicant's 13 digits only
(a booking number, a receipt's number, a bank account, a hospital's HN, a firm's tax
number, a plate, members' and relatives' IDs never); birth_date ISO, the applicant's only,
`()` where only others' (the deceased's, children's, players', pupils') appear; phone
the applicant's own (national or +66); e-mail the applicant's own (the box she sends from
or gives); address where the applicant lives or the body's place, house number to the
อำเภอ, with or without เลขที่/บ้านเลขที่, with or without province and postal code; never
the venue (the hall, the stadium, the pool, the sala where a funeral is held), the
event's place nor where the things are to be delivered; province and postal code of that
address. Everyone, every body and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

SR = "สุราษฎร์ธานี"
CP = "ชุมพร"
RN = "ระนอง"
SURAT = "เทศบาลนครสุราษฎร์ธานี"
CHUMPHON = "เทศบาลเมืองชุมพร"
THACHANA = "เทศบาลตำบลท่าชนะ"
RANONG = "เทศบาลเมืองระนอง"
KHANTHULI = "องค์การบริหารส่วนตำบลคันธุลี"
WANGPHAI = "องค์การบริหารส่วนตำบลวังไผ่"
NGAO = "องค์การบริหารส่วนตำบลหงาว"
DESKS = ("saraban@suratcity.example.go.th", "saraban@chumphoncity.example.go.th",
         "thachana.tm@example.go.th", "ranongcity@example.go.th")  # fmt: skip
NONE = date(1900, 1, 1)  # a body has no birth date; never expected

# The people who ask, or for whom a service is asked.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "อรุณี", "ทองสุข", "384010025514", date(1968, 2, 19), "0817370241", "aroonee.ts@gmail.com",
      "128/4", "", "", "ดอนนก", "ตลาด", "เมืองสุราษฎร์ธานี", SR, "84000"),
    P("นาย", "สมชาย", "พรหมแก้ว", "384010061237", date(1975, 8, 3), "0895871362", "somchai.pk@hotmail.com",
      "45", "3", "", "", "มะขามเตี้ย", "เมืองสุราษฎร์ธานี", SR, "84000"),
    P("นางสาว", "วิไลวรรณ", "ศรีสุข", "384080033412", date(1990, 12, 7), "0623318870", "wilaiwan.ss@gmail.com",
      "9/2", "5", "", "", "คันธุลี", "ท่าชนะ", SR, "84170"),
    P("นาย", "ประเสริฐ", "แก้วมณี", "384080010275", date(1951, 5, 28), "0869913425", "",
      "77", "2", "", "", "ท่าชนะ", "ท่าชนะ", SR, "84170"),
    P("นาง", "จันทร์เพ็ญ", "รักษ์ทอง", "386010044196", date(1971, 10, 11), "0810476632", "chanpen.rt@yahoo.com",
      "31/7", "", "ปรมินทรมรรคา 5", "ปรมินทรมรรคา", "ท่าตะเภา", "เมืองชุมพร", CP, "86000"),
    P("นาย", "ธีรวัฒน์", "ชูช่วย", "386010072843", date(1983, 4, 25), "0937724518", "teerawat.cc@gmail.com",
      "112", "6", "", "", "วังไผ่", "เมืองชุมพร", CP, "86000"),
    P("นาย", "สุวิทย์", "ณ ระนอง", "385010005528", date(1962, 1, 16), "0817871904", "suwit.nr@gmail.com",
      "20", "", "", "เรืองราษฎร์", "เขานิเวศน์", "เมืองระนอง", RN, "85000"),
    P("นาง", "ละเอียด", "บุญช่วย", "385010038861", date(1946, 6, 9), "0846617235", "",
      "58", "4", "", "", "หงาว", "เมืองระนอง", RN, "85000"),
    P("นางสาว", "กนกพร", "เพชรรัตน์", "384010090026", date(1996, 3, 30), "0654402281", "kanokporn.pr@gmail.com",
      "201/3", "", "", "ชนเกษม", "มะขามเตี้ย", "เมืองสุราษฎร์ธานี", SR, "84000"),
    P("นาย", "อนันต์", "หนูเกื้อ", "386010015590", date(1966, 9, 2), "0898812074", "anan.nk@hotmail.com",
      "14", "1", "", "", "บางหมาก", "เมืองชุมพร", CP, "86000"),
)  # fmt: skip

# Other people in the requests: relatives, contact persons, members (name, ID, mobile).
OTHERS: tuple[tuple[str, str, str], ...] = (
    ("นายกิตติพงษ์ ทองสุข", with_check_digit("384010088410"), "0862205147"),
    ("นางสาวพัชรินทร์ แก้วมณี", with_check_digit("384080051162"), "0918826630"),
    ("นายวรวิทย์ ชูช่วย", with_check_digit("386010091175"), "0823317745"),
    ("นางสุดารัตน์ หนูเกื้อ", with_check_digit("386010027418"), "0857734106"),
    ("นายภานุพงศ์ เพชรรัตน์", with_check_digit("384010097723"), "0631184592"),
    ("นางสาวอัญชลี บุญช่วย", with_check_digit("385010062237"), "0896604471"),
)

# Children, pupils, players (name, ID, birth date).
KIDS: tuple[tuple[str, str, date], ...] = (
    ("เด็กชายธนกฤต ทองสุข", with_check_digit("184010155321"), date(2014, 7, 22)),
    ("เด็กหญิงพิชชาภา พรหมแก้ว", with_check_digit("184010167254"), date(2016, 1, 9)),
    ("เด็กชายภูริณัฐ ชูช่วย", with_check_digit("186010142287"), date(2012, 11, 30)),
    ("เด็กหญิงกชกร รักษ์ทอง", with_check_digit("186010159903"), date(2013, 4, 14)),
    ("เด็กชายณัฐวุฒิ หนูเกื้อ", with_check_digit("186010133418"), date(2011, 9, 5)),
    ("เด็กหญิงปุณยาพร ศรีสุข", with_check_digit("184080120652"), date(2015, 2, 27)),
)

# Bodies: schools, clubs, temples, a firm (the place, its line or the signer's mobile, box).
SCHOOLS: tuple[Party, ...] = (
    P("", "โรงเรียนเทศบาลบ้านดอนนก", "", "084000000011", NONE, "077272451", "admin@donnok-school.example.ac.th",
      "200", "", "", "ดอนนก", "ตลาด", "เมืองสุราษฎร์ธานี", SR, "84000", juristic=True),
    P("", "โรงเรียนบ้านคลองพา", "", "084000000029", NONE, "077381226", "",
      "15", "7", "", "", "คลองพา", "ท่าชนะ", SR, "84170", juristic=True),
)  # fmt: skip
DIRECTORS = ("นายวรพจน์ สุขเกษม", "นางพรรณี ทองเกิด")
TEACHERS: tuple[tuple[str, str, str, str], ...] = (
    ("นางสาวศิริพร มีแก้ว", with_check_digit("384010071159"), "0862214478", "siriporn.mk@gmail.com"),
    ("นายเอกชัย ด้วงทอง", with_check_digit("384080046631"), "0897735102", "ekkachai.dt@gmail.com"),
)
CLUBS: tuple[Party, ...] = (
    P("", "ชมรมฟุตบอลเยาวชนบางกุ้ง", "", "084000000037", NONE, "0819671123", "bangkung.fc@gmail.com",
      "88/2", "2", "", "", "บางกุ้ง", "เมืองสุราษฎร์ธานี", SR, "84000", juristic=True),
    P("", "สโมสรวอลเลย์บอลเมืองชุมพร", "", "086000000045", NONE, "0922460318", "cpvolley.club@gmail.com",
      "55", "", "", "กรมหลวงชุมพร", "ท่าตะเภา", "เมืองชุมพร", CP, "86000", juristic=True),
)  # fmt: skip
PRESIDENTS: tuple[tuple[str, str], ...] = (
    ("นายไพโรจน์ จันทร์ดี", with_check_digit("384010019982")),
    ("นางสาวรัชนี แสงจันทร์", with_check_digit("386010058324")),
)
COACHES: tuple[tuple[str, str], ...] = (
    ("นายสุรศักดิ์ ขาวผ่อง", "0847731290"),
    ("นายวีระ คงสม", "0614425587"),
)
TEMPLES: tuple[Party, ...] = (
    P("", "วัดสมอทอง", "", "084000000053", NONE, "077380415", "",
      "3", "4", "", "", "สมอทอง", "ท่าชนะ", SR, "84170", juristic=True),
    P("", "วัดหาดส้มแป้น", "", "085000000061", NONE, "077811276", "",
      "1", "1", "", "", "หาดส้มแป้น", "เมืองระนอง", RN, "85000", juristic=True),
)  # fmt: skip
ABBOTS: tuple[tuple[str, str], ...] = (
    ("พระครูปิยธรรมวิบูล", "สมศักดิ์ ปิยธมฺโม"),
    ("พระอธิการประยูร ฐานวโร", "ประยูร ฐานวโร"),
)
FIRM = P("บริษัท ", "สุราษฎร์ปาล์มออยล์", "จำกัด", "084555900174", NONE, "077355210", "hr@suratpalm.example.co.th",
         "99", "1", "", "", "ขุนทะเล", "เมืองสุราษฎร์ธานี", SR, "84100", juristic=True)  # fmt: skip
FIRM_TAX = "0845559001741"  # the firm's tax number (13 digits, as printed): never an ID
MANAGER = "นายชัยวัฒน์ ลิ้มประเสริฐ"
HR = ("นางสาวปิยะดา สุวรรณรัตน์", "0863391274")
CLERK = ("นางสาวสุภาวดี ชุมแสง", "077-272-014", "hall.booking@suratcity.example.go.th")


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), desk: int = 0, reply_to: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[desk]
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set84-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str, *, no_birth: bool = False) -> dict[str, tuple[str, ...]]:
    """The one who asks for herself; her e-mail only where she has one; birth_date `()`
    where only others' birth dates are in the request."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    if no_birth:
        e["birth_date"] = ()
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one a service is for, asked by another: her phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def body(
    b: Party, keys: str, signer: str, sid: str = "", *, box: bool = True
) -> dict[str, tuple[str, ...]]:
    """A body's request: the signer's name and ID (`()` where not given); the body's
    place, line (or the signer's mobile), and its own box where it sends from one."""
    e = exp(b, keys)
    e["full_name"] = (signer,)
    e["national_id"] = (sid,) if sid else ()
    if "email" in e and (not box or not b.p.email):
        e["email"] = ()
    return e


def abbot_names(k: int) -> tuple[str, ...]:
    title, own_name = ABBOTS[k]
    if title.endswith(own_name):
        return (title,)
    return (title, f"{title} ({own_name})")


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"

WHO: dict[str, str] = {
    "plain_wedding_hall_iphone": "the bride's mother who books; never the couple or the contact (her brother)",
    "plain_funeral_sala_host": "the host (son) who books; never the deceased (ID, birth, death) or the nephew",
    "plain_coach_stadium_own_name": "the coach who writes and signs himself; never the players (IDs, birth dates)",
    "plain_ambulance_daughter": "the patient (father); never the daughter who writes (her phone, box)",
    "plain_fair_chair_tents": "the fair's chair who asks in his own name (his home); never the temple as a place",
    "html_gmail_pool_family": "the father who buys the family's tickets; never the wife's or children's rows",
    "html_outlook_firm_hall": "the general manager who signs; the firm's office, line, box; never the HR officer",
    "html_library_form_child": "the child (the member); never the parent's section",
    "html_gmail_teacher_van": "the teacher who asks in her own name; the school's place; never the pupils",
    "html_reply_deposit": "the citizen who replies; never the clerk's quoted mail",
    "docx_hall_form_dotted": "the ผู้ขอใช้ on the dotted lines; never the ผู้ประสานงาน",
    "docx_school_director_letter": "the director who signs; the school's place, line, box; never the teacher",
    "docx_temple_abbot_fair": "the abbot who signs; the temple's place and line; never the committee's contact",
    "docx_elderly_club_members": "the group's chair who signs (her home); never the members' table",
    "pdf_fillable_stadium_club": "the club's president (ผู้ขอใช้); the club's office; never the coach",
    "pdf_fillable_ambulance": "the patient's section; never the ผู้ขอ (relative) section",
    "pdf_typed_funeral_host": "the host who writes (block top right); never the deceased",
    "pdf_typed_pool_mother": "the mother who applies (her birth date); never the family's lines",
    "xlsx_club_roster": "the president in the head block; never the coach or the players' rows",
    "xlsx_borrow_list_community": "the ผู้ขอยืม at the head; never the contact or the bank account",
}


# --- plain ---------------------------------------------------------------------------------


def plain_wedding_hall_iphone(a: Party, i: int) -> Case:
    """The bride's mother books the city's hall for the wedding from her iPhone: her ID,
    home and phone; the couple's names, the day and hours, her brother as the contact on
    the day with his mobile; the deposit she will pay."""
    p = a.p
    bro, _, bro_mob = OTHERS[(0, 4)[i % 2]]
    text = (
        f"เรียน เจ้าหน้าที่งานอาคารสถานที่ {SURAT}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} บ้านเลขที่ {home(a, i)} "
        f"ขอจองหอประชุมเทศบาล (ห้องประชุมใหญ่ ชั้น 2) เพื่อจัดงานมงคลสมรสของบุตรสาว "
        f"นางสาวศุภิสรา {p.last} กับ นายอัครพล ศรีเมือง ในวันเสาร์ที่ {16 + i % 7} มกราคม 2570 เวลา 07.00-15.00 น. "
        f"ผู้ร่วมงานประมาณ 300 คน\n\n"
        f"วันงานขอให้ติดต่อน้องชาย {bro} โทร {mobile(bro_mob, i + 1)} เป็นผู้ประสานงานหน้างาน\n"
        f"ส่วนเรื่องเอกสารและค่ามัดจำ 3,000 บาท ติดต่อ{me(a)}ได้ที่ {tel(a, i)} {ending(a)}\n\n"
        f"{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอจองหอประชุมจัดงานแต่งงาน", own_box(a), text=text)
    return Case("plain_wedding_hall_iphone", raw, own(a, NO_BIRTH))


def plain_funeral_sala_host(a: Party, i: int) -> Case:
    """The host books the อบต.'s community sala for his mother's funeral rites from
    Android Gmail: the deceased's name, ID, birth and death dates; his own ID and phone;
    a nephew who will open the sala with his mobile."""
    p = a.p
    neph, _, neph_mob = OTHERS[(2, 5)[i % 2]]
    dead_id = with_check_digit(f"38{4 + i % 2}0800{i % 10}5{3 + i % 5}41")
    text = (
        f"เรียน {'นายก' + KHANTHULI if p.tambon == 'คันธุลี' else 'นายกเทศมนตรีตำบลท่าชนะ'}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i + 1)} "
        f"ขอใช้ศาลาอเนกประสงค์หมู่ที่ 5 เพื่อตั้งศพและสวดพระอภิธรรมมารดา นางทองใบ {p.last} "
        f"(เลขประจำตัวประชาชน {nid_w(dead_id, i)} เกิดวันที่ {born_th(date(1938, 3, 4 + i), i)} "
        f"ถึงแก่กรรมเมื่อวันที่ {thai_day(date(2026, 12, 1 + i % 3))}) "
        f"ตั้งแต่วันที่ 4 ถึง 10 ธันวาคม 2569 และขอยืมเต็นท์ 4 หลัง เก้าอี้ 150 ตัว\n"
        f"หลานชาย {neph} โทร {mobile(neph_mob, i)} จะเป็นผู้รับกุญแจศาลา\n"
        f"ติดต่อ{me(a)} {tel(a, i + 2)}\n\nขอบคุณ{ending(a)}\n{a.name} (เจ้าภาพ)\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(i, "ขอใช้ศาลาอเนกประสงค์ตั้งศพ", own_box(a), text=text, desk=2)
    return Case("plain_funeral_sala_host", raw, own(a, ALL, no_birth=True))


def plain_coach_stadium_own_name(a: Party, i: int) -> Case:
    """A coach books the stadium's main field in his own name for his youth team's
    tournament: his ID, home and mobile; five players with IDs and birth dates."""
    p = a.p
    players = "\n".join(f"{n + 1}. {k[0]} เลขประจำตัว {nid_w(k[1], n)} เกิด {born_th(k[2], n + i)}"
                        for n, k in enumerate(KIDS[:5]))  # fmt: skip
    text = (
        f"เรียน ผู้อำนวยการกองการศึกษา {CHUMPHON}\n\n"
        f"{me(a)} {a.name} ผู้ฝึกสอนทีมฟุตบอลเยาวชน U15 บ้าน{p.tambon} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
        f"ที่อยู่ {home(a, i)} ขอจองใช้สนามฟุตบอลหลัก สนามกีฬาเทศบาลเมืองชุมพร "
        f"วันที่ {9 + i % 5}-{10 + i % 5} มกราคม 2570 เวลา 08.00-18.00 น. เพื่อจัดการแข่งขันฟุตบอลเยาวชนต้านยาเสพติด "
        "(ทีมเข้าร่วม 12 ทีม)\n\nรายชื่อนักกีฬาตัวแทนทีมที่ขอขึ้นทะเบียนใช้สนามซ้อม\n"
        f"{players}\n\nติดต่อ{me(a)} {tel(a, i + 1)} หรืออีเมลนี้{ending(a)}\n{a.name}\nผู้ฝึกสอน\n"
    )
    raw = message(i, "ขอจองสนามกีฬาจัดแข่งขันฟุตบอลเยาวชน", own_box(a), text=text, desk=1)
    return Case("plain_coach_stadium_own_name", raw, own(a, ALL, no_birth=True))


def plain_ambulance_daughter(a: Party, i: int) -> Case:
    """A daughter asks the municipal ambulance to take her father to his dialysis: the
    father's ID, birth date, home, his HN; her own ID, phone and box."""
    p = a.p
    dau, dau_id, dau_mob = OTHERS[(1, 5)[i % 2]]
    text = (
        f"เรียน หน่วยกู้ชีพ {THACHANA if p.amphoe == 'ท่าชนะ' else NGAO}\n\n"
        f"ดิฉัน {dau} (บุตรสาว) เลขประจำตัวประชาชน {nid_w(dau_id, i)} ขอใช้รถพยาบาลของเทศบาลรับส่งบิดาไปฟอกไตที่โรงพยาบาล "
        f"ทุกวันอังคารและศุกร์ เวลา 06.30 น. ตั้งแต่วันที่ 8 ธันวาคม 2569 เป็นต้นไป\n\n"
        f"ผู้ป่วย {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i)}\n"
        f"HN {6621874 + i}\nที่อยู่ {home(a, i + 2)}\nผู้ป่วยนั่งรถเองไม่ได้ ต้องใช้เปลนอน\n\n"
        f"ติดต่อดิฉันได้ที่ {mobile(dau_mob, i + 2)} ค่ะ\n{dau}\n\nSent from Outlook for Android\n"
    )
    raw = message(i, "ขอใช้รถพยาบาลรับส่งผู้ป่วยฟอกไต", f"{dau.split()[0][6:]} <{('patcharin.km', 'anchalee.bc')[i % 2]}@gmail.com>",
                  text=text, desk=2 if p.amphoe == "ท่าชนะ" else 3)  # fmt: skip
    return Case("plain_ambulance_daughter", raw, for_other(a, ALL))


def plain_fair_chair_tents(a: Party, i: int) -> Case:
    """The chair of a temple fair's committee, a layman, asks in his own name to borrow
    tents, chairs, the sound system and the water truck: his ID, home and mobile; the
    temple where they are to be delivered; the fair's days."""
    p = a.p
    t = TEMPLES[1] if p.province == RN else TEMPLES[0]
    text = (
        f"เรียน นายก{NGAO if t.p.province == RN else THACHANA}\n\n"
        f"{me(a)} {a.name} ประธานคณะกรรมการจัดงานประจำปี{t.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"บ้านเลขที่ {home(a, i + 1)} ขอยืมวัสดุอุปกรณ์เพื่อใช้ในงานประจำปี{t.name} "
        f"ระหว่างวันที่ {20 + i % 4}-{22 + i % 4} ธันวาคม 2569 ดังนี้\n"
        "- เต็นท์ขนาด 4x8 ม. 10 หลัง\n- เก้าอี้พลาสติก 300 ตัว\n- เครื่องขยายเสียงพร้อมลำโพง 1 ชุด\n"
        "- รถบรรทุกน้ำ 1 คัน (เติมน้ำโรงทาน)\n"
        f"ส่งของที่{t.name} เลขที่ {home(t, i)}\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i + 3)}\n{a.name}\n"
    )
    raw = message(i, "ขอยืมเต็นท์ เก้าอี้ เครื่องเสียง รถน้ำ งานวัด", own_box(a), text=text, desk=2)
    return Case("plain_fair_chair_tents", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_pool_family(a: Party, i: int) -> Case:
    """A father's Gmail buys the public pool's family season tickets: a table of the
    family (the wife's ID and birth date, two children's birth dates), his own block
    after it in v1 and before it in v2."""
    p = a.p
    wife, wife_id, _ = OTHERS[3]
    k1, k2 = KIDS[2 * (i % 2)], KIDS[2 * (i % 2) + 1]
    fam = [("ภรรยา", wife, nid_w(wife_id, i), born_th(date(1979, 5, 17), i)),
           ("บุตร", k1[0], nid_w(k1[1], i + 1), born_th(k1[2], i + 1)),
           ("บุตร", k2[0], nid_w(k2[1], i + 2), born_th(k2[2], i + 2))]  # fmt: skip
    ft = "".join(f"<tr><td>{r}</td><td>{n}</td><td>{d}</td><td>{b}</td></tr>" for r, n, d, b in fam)
    fam_t = ("<div><b>สมาชิกในครอบครัว</b></div><table border='1' cellpadding='4' style='border-collapse:collapse'>"
             "<tr><th>ความสัมพันธ์</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>วันเกิด</th></tr>"
             f"{ft}</table><br>")  # fmt: skip
    me_rows = [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 1)),
               ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email), ("ที่อยู่", home(a, i))]  # fmt: skip
    me_t = ("<div><b>ผู้สมัคร (หัวหน้าครอบครัว)</b></div><table>"
            + "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in me_rows) + "</table><br>")  # fmt: skip
    blocks = fam_t + me_t if i % 2 == 0 else me_t + fam_t
    html = (f'<div dir="ltr"><div>เรียน งานสระว่ายน้ำ {SURAT if p.province == SR else CHUMPHON}</div><br>'
            f"<div>{me(a)}ขอสมัครบัตรสมาชิกสระว่ายน้ำเทศบาลแบบรายปี (ครอบครัว 4 คน) ราคา 2,400 บาท ปี 2570 รายละเอียดดังนี้</div><br>"
            f"{blocks}<div>จะไปชำระเงินและถ่ายรูปทำบัตรวันเสาร์ที่ 12 ธันวาคม{ending(a)}</div><div>{a.name}</div></div>\n")  # fmt: skip
    raw = message(i, "สมัครบัตรสมาชิกสระว่ายน้ำแบบครอบครัว", own_box(a), html=html)
    return Case("html_gmail_pool_family", raw, own(a, ALL))


def html_outlook_firm_hall(a: Party, i: int) -> Case:
    """A firm's HR officer books the city's hall for a staff seminar from the firm's
    Outlook box: the letter signed by the general manager, the firm's tax number, office
    and line; her own signature with her mobile below."""
    f = FIRM.p
    paras = ["เรียน นายกเทศมนตรีนครสุราษฎร์ธานี", "",
             f"ด้วย {FIRM.name} เลขประจำตัวผู้เสียภาษี {FIRM_TAX} สำนักงานตั้งอยู่เลขที่ {home(FIRM, i)} "
             f"โทรศัพท์ {tel(FIRM, i)} มีความประสงค์ขอใช้หอประชุมเทศบาลนครสุราษฎร์ธานี จัดสัมมนาพนักงานประจำปี "
             f"ในวันที่ {14 + i % 6} มกราคม 2570 เวลา 08.30-16.30 น. จำนวนผู้เข้าร่วม 180 คน "
             "พร้อมขอใช้เครื่องเสียงและโปรเจกเตอร์ของหอประชุม โดยบริษัทฯ ยินดีชำระค่าบำรุงสถานที่ตามระเบียบ", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา", "", "ขอแสดงความนับถือ", "", f"({MANAGER})", "ผู้จัดการทั่วไป"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{HR[0]}</b><br>เจ้าหน้าที่ฝ่ายบุคคล (ผู้ประสานงาน)<br>{FIRM.name}<br>'
           f"มือถือ {mobile(HR[1], i)}<br>"
           f'<a href="mailto:{f.email}">{f.email}</a></p>')  # fmt: skip
    raw = message(
        i,
        "ขอใช้หอประชุมจัดสัมมนาพนักงาน",
        f"HR {FIRM.p.first} <{f.email}>",
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_firm_hall", raw, body(FIRM, NO_BIRTH, MANAGER))


def html_library_form_child(a: Party, i: int) -> Case:
    """The city library's web form mails its notification: the child's section (the
    member: name, ID, birth date, school), the parent's section (name, ID, phone, box,
    the home they share)."""
    p = a.p
    kid, kid_id, kid_born = KIDS[(1, 3)[i % 2]]
    child = a  # the child lives in the parent's home
    rows = [("ข้อมูลผู้สมัครสมาชิก (เด็ก)", ""), ("ชื่อ-นามสกุล", kid), ("เลขประจำตัวประชาชน", nid_w(kid_id, i)),
            ("วันเกิด", born_th(kid_born, i)), ("โรงเรียน", "โรงเรียนเทศบาลบ้านดอนนก ชั้น ป.4"),
            ("ข้อมูลผู้ปกครอง (ผู้รับรอง)", ""), ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
            ("เกี่ยวข้องเป็น", "มารดา" if p.title != "นาย" else "บิดา"), ("โทรศัพท์มือถือ", tel(a, i)),
            ("อีเมล", p.email), ("ที่อยู่", home(a, i + 1))]  # fmt: skip
    t = "".join(f"<tr><th colspan='2' style='background:#dbe5f1;text-align:left'>{x}</th></tr>" if not y
                else f"<tr><td style='width:40%'>{x}</td><td>{y}</td></tr>" for x, y in rows)  # fmt: skip
    html = (f'<html><body style="font-family:Tahoma"><h3>ห้องสมุดประชาชน{SURAT}</h3>'
            f"<p>มีผู้สมัครสมาชิกห้องสมุด (บัตรเด็ก) ผ่านแบบฟอร์มออนไลน์ เลขที่ใบสมัคร LIB-2569-{1520 + i}</p>"
            f"<table border='1' cellpadding='5' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:#888'>อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, f"[ห้องสมุด] ใบสมัครสมาชิกใหม่ LIB-2569-{1520 + i}", "Library Form <noreply@suratcity.example.go.th>",
                  html=html, reply_to=p.email)  # fmt: skip
    e = for_other(child, ALL)
    e["full_name"] = (kid,)
    e["national_id"] = (kid_id,)
    e["birth_date"] = (kid_born.isoformat(),)
    return Case("html_library_form_child", raw, e)


def html_gmail_teacher_van(a: Party, i: int) -> Case:
    """A teacher asks from her Gmail, in her own name, the municipal van to take ten
    pupils to a science contest: the school's place, her ID (v1 only), mobile; a list of
    the pupils with their birth dates."""
    k = i % 2
    s = SCHOOLS[k]
    name, tid, tmob, tbox = TEACHERS[k]
    pupils = "".join(f"<li>{n} (เกิด {born_th(b, j)})</li>" for j, (n, _, b) in enumerate(KIDS[1:5]))
    idline = f" เลขประจำตัวประชาชน {nid_w(tid, i)}" if k == 0 else ""
    lines = [f"เรียน ผู้อำนวยการกองสาธารณสุข {SURAT if k == 0 else THACHANA}", "",
             f"ดิฉัน {name}{idline} ครูประจำชั้น ป.5 {s.name} ตั้งอยู่เลขที่ {home(s, i)} "
             f"ขอใช้รถตู้ของเทศบาลรับส่งนักเรียน 10 คนและครู 2 คน ไปแข่งขันวิทยาศาสตร์ที่มหาวิทยาลัยราชภัฏสุราษฎร์ธานี "
             f"วันที่ {15 + i % 5} มกราคม 2570 ออกเดินทาง 06.00 น. กลับ 17.00 น.", "",
             "ตัวอย่างรายชื่อนักเรียน"]  # fmt: skip
    html = ('<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + f"<ol>{pupils}</ol>"
            + f"<div>ติดต่อดิฉัน {mobile(tmob, i)} ค่ะ</div><br><div>{name}</div><div>ครูผู้ควบคุม</div></div>\n")  # fmt: skip
    raw = message(i, "ขอใช้รถตู้รับส่งนักเรียนไปแข่งขัน", f"{name.split()[0][6 if name.startswith('นางสาว') else 3:]} <{tbox}>", html=html,
                  desk=0 if k == 0 else 2)  # fmt: skip
    e = exp(s, NO_BIRTH)
    e["full_name"] = (name,)
    e["national_id"] = (tid,) if k == 0 else ()
    e["phone"] = ("+66" + tmob[1:], tmob)
    e["email"] = (tbox,)
    return Case("html_gmail_teacher_van", raw, e)


def html_reply_deposit(a: Party, i: int) -> Case:
    """A citizen's Gmail reply: she has paid the deposit for the community hall (a
    merit-making), gives her name, ID for the receipt, home, phone; below, the clerk's
    quoted mail with the booking number, the amount, the city's account and her line."""
    p = a.p
    cl, cl_line, cl_box = CLERK
    book = f"HB-2569/{418 + i}"
    top = (f"<div>เรียน คุณ{cl.split()[0][6:]}</div><div>{me(a)}โอนเงินมัดจำ 2,000 บาท แล้วเมื่อ {thai_day(date(2026, 12, 3))} "
           f"เวลา 10.4{i % 10} น. แนบสลิปมาด้วย{ending(a)} ขอใบเสร็จในนาม {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
           f"ที่อยู่ {home(a, i)} โทร {tel(a, i + 1)}</div><br><div>{a.name}</div><br>")  # fmt: skip
    quote = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ พ. 2 ธ.ค. 2569 เวลา 14:05 {cl} &lt;{cl_box}&gt; เขียนว่า:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             f"<div>เรียน คุณ{p.first}</div><div>ยืนยันการจองศาลาอเนกประสงค์ชุมชนวัดประดู่ เพื่องานทำบุญอุทิศส่วนกุศล 100 วัน "
             f"วันที่ {10 + i % 9} มกราคม 2570 เลขที่การจอง {book} กรุณาโอนเงินมัดจำ 2,000 บาท "
             "เข้าบัญชีเทศบาลนครสุราษฎร์ธานี ธนาคารกรุงไทย เลขที่บัญชี 020-1-83345-6 ภายใน 3 วัน</div>"
             f"<div>{cl}</div><div>งานอาคารสถานที่ กองช่าง {SURAT} โทร {cl_line}</div></blockquote></div>")  # fmt: skip
    html = f'<div dir="ltr">{top}{quote}</div>\n'
    raw = message(i, f"Re: ยืนยันการจองศาลา {book}", own_box(a), html=html)
    return Case("html_reply_deposit", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_hall_form_dotted(a: Party, i: int) -> Case:
    """The city's แบบคำขอใช้สถานที่ typed in Word on its dotted lines: the ผู้ขอใช้'s
    lines, the hall, the event (a merit-making), the day and hours, the ผู้ประสานงาน's
    name and mobile, the deposit receipt's number; signed."""
    p = a.p
    co, _, co_mob = OTHERS[(4, 2)[i % 2]]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอใช้สถานที่ {CHUMPHON}")
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}\tวันที่ {3 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า....{a.name}....อายุ....{age}....ปี เลขประจำตัวประชาชน....{nid_w(p.nid, i)}...."
        )
        d.add_paragraph(f"อยู่บ้านเลขที่....{home(a, i + 1)}....โทรศัพท์....{tel(a, i)}....")
        d.add_paragraph(
            "ขอใช้สถานที่....หอประชุมเทศบาลเมืองชุมพร (ห้องประชุมเล็ก)....เพื่อ....ทำบุญเลี้ยงพระครบรอบวันเกิด 60 ปี...."
        )
        d.add_paragraph(
            f"ในวันที่....{7 + i % 10} กุมภาพันธ์ 2570....เวลา....07.00 - 13.00 น....จำนวนผู้ร่วมงาน....120....คน"
        )
        d.add_paragraph(f"ผู้ประสานงานในวันงาน....{co}....โทรศัพท์....{mobile(co_mob, i + 1)}....")
        d.add_paragraph(f"ชำระเงินประกันความเสียหาย 1,000 บาท ใบเสร็จรับเงินเล่มที่ {12 + i} เลขที่ {587 + i}")
        d.add_paragraph("ข้าพเจ้าจะดูแลรักษาความสะอาดและชดใช้ค่าเสียหายที่เกิดขึ้นทั้งหมด")
        d.add_paragraph(f"ลงชื่อ....................ผู้ขอใช้\n({a.name})")

    raw = message(i, "ส่งแบบคำขอใช้หอประชุม", own_box(a), text=f"เรียน กองการศึกษา\nส่งแบบคำขอใช้สถานที่ที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอใช้สถานที่.docx", docx_bytes(build), DOCX),), desk=1)  # fmt: skip
    return Case("docx_hall_form_dotted", raw, own(a, NO_BIRTH))


def docx_school_director_letter(a: Party, i: int) -> Case:
    """A school's official letter (ที่ ศธ ...) signed by its director: to borrow the
    stadium for its sports day and the ambulance on standby; the teacher named as the
    contact with her mobile. Sent from the school's box (v1) or the teacher's (v2)."""
    k = i % 2
    s = SCHOOLS[k]
    name, _, tmob, tbox = TEACHERS[k]

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ ศธ 04{152 + k}/{230 + i}\t\t\t{s.name}\n\t\t\t\t{home(s, i + 1)}")
        d.add_paragraph(f"\t\t\t\t{8 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอความอนุเคราะห์ใช้สนามกีฬาและรถพยาบาล\nเรียน {'นายกเทศมนตรีนครสุราษฎร์ธานี' if k == 0 else 'นายกเทศมนตรีตำบลท่าชนะ'}"
        )
        d.add_paragraph(
            f"ด้วย{s.name} กำหนดจัดการแข่งขันกีฬาสีภายใน ประจำปีการศึกษา 2569 ในวันที่ {21 + i % 6} มกราคม 2570 "
            "เวลา 07.30-16.30 น. นักเรียนเข้าร่วม 420 คน จึงขอความอนุเคราะห์ใช้สนามกีฬากลางพร้อมลู่วิ่ง "
            "และขอรถพยาบาลพร้อมเจ้าหน้าที่ประจำสนามตลอดการแข่งขัน"
        )
        d.add_paragraph(f"ทั้งนี้ได้มอบหมายให้ {name} โทร {mobile(tmob, i)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาอนุเคราะห์")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({DIRECTORS[k]})\nผู้อำนวยการ{s.name}")
        d.add_paragraph(f"โทร {tel(s, i)}")

    sender = f"{s.name} <{s.p.email}>" if k == 0 and s.p.email else f"{name} <{tbox}>"
    raw = message(i, f"หนังสือ{s.name} ขอใช้สนามกีฬา", sender, text="เรียน สำนักปลัด\nส่งหนังสือขอความอนุเคราะห์มาพร้อมนี้\n",
                  files=(("หนังสือขอใช้สนาม.docx", docx_bytes(build), DOCX),), desk=0 if k == 0 else 2)  # fmt: skip
    return Case("docx_school_director_letter", raw, body(s, NO_BIRTH, DIRECTORS[k], box=k == 0))


def docx_temple_abbot_fair(a: Party, i: int) -> Case:
    """A temple's letter signed by the abbot: to borrow tents, chairs, a sound system
    and the water truck for its yearly fair; a committee member as the contact with his
    mobile; the temple's line at the foot."""
    k = (i + 1) % 2
    t = TEMPLES[k]
    title, own_name = ABBOTS[k]
    co, _, co_mob = OTHERS[(0, 2)[k]]

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ {('วสท', 'วหส')[k]} {7 + i}/2569\t\t\t{t.name}\n\t\t\t\t{home(t, i)}")
        d.add_paragraph(f"\t\t\t\t{9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอยืมวัสดุอุปกรณ์\nเรียน {'นายกเทศมนตรีตำบลท่าชนะ' if k == 0 else 'นายก' + NGAO}"
        )
        d.add_paragraph(
            f"ด้วย{t.name} กำหนดจัดงานประจำปีและงานปิดทองฝังลูกนิมิต ระหว่างวันที่ 2-8 กุมภาพันธ์ 2570 "
            "จึงขอยืมเต็นท์ 12 หลัง เก้าอี้ 400 ตัว เครื่องขยายเสียง 1 ชุด และขอรถบรรทุกน้ำเติมน้ำให้วัดวันละ 1 เที่ยว"
        )
        d.add_paragraph(f"โดยมอบหมายให้ {co} กรรมการวัด โทร {mobile(co_mob, i)} เป็นผู้ติดต่อรับ-ส่งของ")
        d.add_paragraph("จึงเจริญพรมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอเจริญพร\n\n({title})\n{'(' + own_name + ')' if not title.endswith(own_name) else ''}\nเจ้าอาวาส{t.name}"
        )
        d.add_paragraph(f"โทร {tel(t, i + 1)}")

    raw = message(i, f"หนังสือ{t.name} ขอยืมเต็นท์ เก้าอี้", f"{co.split()[0][3:]} <temple.cm{k}@gmail.com>",
                  text=f"ส่งหนังสือของ{t.name}ครับ\n", files=(("หนังสือวัด.docx", docx_bytes(build), DOCX),),
                  desk=2 if k == 0 else 3)  # fmt: skip
    e = body(t, NO_MAIL, title)
    e["full_name"] = abbot_names(k)
    return Case("docx_temple_abbot_fair", raw, e)


def docx_elderly_club_members(a: Party, i: int) -> Case:
    """The chair of a community's elders' club asks in Word to use the community hall
    for a merit-making and to borrow chairs: her own lines, signed; a table of the club's
    committee (names, IDs, phones)."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"ชมรมผู้สูงอายุชุมชน{p.tambon}")
        d.add_paragraph(
            f"เรื่อง ขอใช้ศาลาอเนกประสงค์และยืมเก้าอี้\nเรียน {'นายกเทศมนตรีเมืองชุมพร' if p.province == CP else 'นายก' + NGAO}"
        )
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} ประธานชมรมผู้สูงอายุชุมชน{p.tambon} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i)} โทร {tel(a, i + 1)} ขอใช้ศาลาอเนกประสงค์ชุมชน เพื่อจัดงานทำบุญตักบาตรวันขึ้นปีใหม่ "
            f"วันที่ 1 มกราคม 2570 เวลา 06.00-12.00 น. และขอยืมเก้าอี้ 100 ตัว"
        )
        d.add_paragraph("คณะกรรมการชมรมผู้รับผิดชอบ")
        rows = [("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์")]
        rows += [
            (str(n + 1), o[0], nid_w(o[1], n), mobile(o[2], n)) for n, o in enumerate(OTHERS[2:5])
        ]
        t = d.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        d.add_paragraph(f"ลงชื่อ....................ผู้ขอ\n({a.name})\nประธานชมรมผู้สูงอายุชุมชน{p.tambon}")

    raw = message(i, "ขอใช้ศาลาอเนกประสงค์ทำบุญปีใหม่", own_box(a), text=f"เรียน งานอาคารสถานที่\nส่งหนังสือของชมรมผู้สูงอายุ{ending(a)}\n",
                  files=(("ขอใช้ศาลา.docx", docx_bytes(build), DOCX),), desk=3)  # fmt: skip
    return Case("docx_elderly_club_members", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_stadium_club(a: Party, i: int) -> Case:
    """The city's fillable แบบขอใช้สนามกีฬา: the club, its office, the ผู้ขอใช้ (the
    president: name, ID, mobile), the ผู้ประสานงาน (the coach, his mobile), the days, the
    fee's receipt number; the club's box."""
    k = i % 2
    c = CLUBS[k]
    pres, pid = PRESIDENTS[k]
    coach, cmob = COACHES[k]
    labels = [(50, 18, "แบบขอใช้สนามกีฬา" + (SURAT if k == 0 else CHUMPHON)), (20, 40, "ชื่อหน่วยงาน/ชมรม"),
              (20, 50, "ที่ตั้ง"), (20, 62, "ผู้ขอใช้ (ผู้มีอำนาจลงนาม)"), (20, 72, "เลขประจำตัวประชาชน"),
              (120, 72, "โทรศัพท์"), (20, 82, "อีเมล"), (20, 96, "สนามที่ขอใช้"), (20, 106, "วันที่ใช้"),
              (20, 120, "ผู้ประสานงาน"), (120, 120, "โทรศัพท์ผู้ประสานงาน"), (20, 132, "ใบเสร็จค่าธรรมเนียมเลขที่"),
              (20, 150, "ลงชื่อ ........................ ผู้ขอใช้")]  # fmt: skip
    fields = [Field("org_name", c.name, 60, 40, 110), Field("org_address", home(c, i), 35, 50, 160),
              Field("applicant_name", pres, 75, 62, 100), Field("applicant_id", pid, 60, 72, 55, comb=13),
              Field("applicant_phone", tel(c, i), 140, 72, 50), Field("email", c.p.email, 35, 82, 80),
              Field("venue", "สนามฟุตบอลหญ้าเทียม 2 สนาม" if k == 0 else "โรงยิมเนเซียม", 50, 96, 120),
              Field("dates", f"{11 + i % 5}-{12 + i % 5} มกราคม 2570 เวลา 08.00-20.00 น.", 45, 106, 120),
              Field("contact_name", coach, 50, 120, 65), Field("contact_phone", mobile(cmob, i), 165, 120, 35),
              Field("receipt_no", f"{2569}/{3305 + i}", 75, 132, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบขอใช้สนามกีฬา (PDF)", f"{c.name} <{c.p.email}>", text="ส่งแบบขอใช้สนามที่กรอกแล้วครับ/ค่ะ\n",
                  files=(("ขอใช้สนามกีฬา.pdf", data, PDF),), desk=k)  # fmt: skip
    return Case("pdf_fillable_stadium_club", raw, body(c, NO_BIRTH, pres, pid))


def pdf_fillable_ambulance(a: Party, i: int) -> Case:
    """The town's fillable แบบขอใช้รถพยาบาล: the patient's section (name, ID as a comb,
    birth date, home, HN), then the ผู้ขอ's (a relative: name, relation, ID, phone)."""
    p = a.p
    rel, rel_id, rel_mob = OTHERS[(3, 1)[i % 2]]
    labels = [(50, 18, "แบบขอใช้รถพยาบาล/รถรับส่งผู้ป่วย"), (70, 26, THACHANA if p.province == SR else CHUMPHON),
              (20, 40, "ชื่อ-สกุลผู้ป่วย"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่ผู้ป่วย"),
              (20, 70, "โรงพยาบาลปลายทาง"), (120, 70, "HN"), (20, 80, "วันที่/เวลา"),
              (20, 96, "ผู้ขอ (ญาติ)"), (120, 96, "เกี่ยวข้องเป็น"), (20, 106, "เลขประจำตัวประชาชนผู้ขอ"),
              (20, 116, "โทรศัพท์ผู้ขอ"), (20, 140, "ลงชื่อ ........................ ผู้ขอ")]  # fmt: skip
    fields = [Field("patient_name", a.name, 55, 40, 100), Field("patient_id", p.nid, 60, 50, 55, comb=13),
              Field("patient_dob", born_th(p.born, i), 135, 50, 45), Field("patient_address", home(a, i + 1), 50, 60, 145),
              Field("hospital", "โรงพยาบาลสุราษฎร์ธานี" if p.province == SR else "โรงพยาบาลชุมพรเขตรอุดมศักดิ์", 60, 70, 55),
              Field("hn", f"{58120 + i}", 130, 70, 30), Field("when", f"{9 + i % 10} ธ.ค. 2569 07.00 น.", 45, 80, 60),
              Field("requester_name", rel, 50, 96, 65), Field("requester_relation", "ภรรยา" if i % 2 == 0 else "บุตรสาว", 145, 96, 40),
              Field("requester_id", nid_w(rel_id, i), 75, 106, 55), Field("requester_phone", mobile(rel_mob, i), 55, 116, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบขอใช้รถพยาบาล", f"{rel.split()[0][3:]} <relative{i}@gmail.com>", text="ขอใช้รถพยาบาลตามแบบที่แนบค่ะ\n",
                  files=(("ขอใช้รถพยาบาล.pdf", data, PDF),), desk=2 if p.province == SR else 1)  # fmt: skip
    return Case("pdf_fillable_ambulance", raw, for_other(a, ALL))


def pdf_typed_funeral_host(a: Party, i: int) -> Case:
    """A host's typed letter (Word to PDF) to the อบต.: his block top right (his home),
    the deceased father's ID, birth and death dates; asks tents, chairs and the water
    truck for the rites at home; his own ID and phone in the body."""
    p = a.p
    dead_id = with_check_digit(f"3{86 if p.province == CP else 85}01000{4 + i % 5}2{i % 10}7")
    paras: list[tuple[float, str]] = [
        (115, f"บ้านเลขที่ {p.house} {p.rest()}"),
        (115, f"จังหวัด{p.province} {p.postal}"),
        (0, ""),
        (115, f"{4 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอความอนุเคราะห์เต็นท์ เก้าอี้ และรถบรรทุกน้ำ"), (20, f"เรียน {'นายก' + WANGPHAI if p.province == CP else 'นายกเทศมนตรีเมืองระนอง'}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นเจ้าภาพงานศพบิดา นายเพิ่ม {p.last} "
                  f"เลขประจำตัวประชาชน {nid_w(dead_id, i + 1)} เกิดวันที่ {born_th(date(1936, 11, 20 - i % 10), i + 1)} "
                  f"ถึงแก่กรรมวันที่ {thai_day(date(2026, 12, 2))} ตั้งศพบำเพ็ญกุศล ณ บ้านเลขที่ 9/1 หมู่ที่ 3 ตำบล{p.tambon} "
                  "ระหว่างวันที่ 5-11 ธันวาคม 2569 จึงขอความอนุเคราะห์เต็นท์ 6 หลัง เก้าอี้ 200 ตัว และรถบรรทุกน้ำ 2 เที่ยว"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {tel(a, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (112, "เจ้าภาพ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอความอนุเคราะห์เต็นท์ งานศพ", own_box(a), text="เรียน อบต.\nแนบหนังสือขอความอนุเคราะห์\n",
                  files=(("หนังสือขอเต็นท์.pdf", data, PDF),), desk=3)  # fmt: skip
    return Case("pdf_typed_funeral_host", raw, own(a, ALL, no_birth=True))


def pdf_typed_pool_mother(a: Party, i: int) -> Case:
    """A mother's typed application for the pool's family season tickets (PDF): her
    lines with her birth date, then the family's lines (husband's ID, children's birth
    dates), the receipt of last year's card."""
    p = a.p
    hus, hus_id, hus_mob = OTHERS[(0, 4)[i % 2]]
    k1, k2 = KIDS[(4, 0)[i % 2]], KIDS[(5, 3)[i % 2]]
    paras: list[tuple[float, str]] = [(70, "ใบสมัครบัตรสมาชิกสระว่ายน้ำ (ครอบครัว)"), (120, f"{5 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, f"เรียน ผู้อำนวยการกองการศึกษา {CHUMPHON if p.province == CP else SURAT}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เกิดวันที่ {born_th(p.born, i)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
                  f"ที่อยู่ {home(a, i)} โทร {tel(a, i)} อีเมล {p.email or '-'} "
                  "ขอสมัครบัตรสมาชิกสระว่ายน้ำรายปี ประเภทครอบครัว ปี 2570 สำหรับสมาชิกในครอบครัว ดังนี้"),
             (30, f"1. {hus} (สามี) เลขประจำตัวประชาชน {nid_w(hus_id, i)} โทร {mobile(hus_mob, i)}"),
             (30, f"2. {k1[0]} (บุตร) เกิดวันที่ {born_th(k1[2], i + 1)}"),
             (30, f"3. {k2[0]} (บุตร) เกิดวันที่ {born_th(k2[2], i + 2)}"),
             (30, f"บัตรเดิมเลขที่ SW-{2568}-{771 + i} ใบเสร็จเลขที่ {1044 + i}/2568"), (0, ""),
             (110, "ลงชื่อ .................. ผู้สมัคร"), (115, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ใบสมัครบัตรสระว่ายน้ำครอบครัว", own_box(a), text="ส่งใบสมัครค่ะ\n",
                  files=(("ใบสมัครสระว่ายน้ำ.pdf", data, PDF),), desk=1 if p.province == CP else 0)  # fmt: skip
    return Case("pdf_typed_pool_mother", raw, own(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_club_roster(a: Party, i: int) -> Case:
    """A club's roster for its stadium booking: the head block (the club, its office, the
    president as ผู้ขอใช้ with ID and mobile, the coach and his mobile), the players' rows
    (IDs, birth dates, a parent's phone)."""
    k = (i + 1) % 2
    c = CLUBS[k]
    pres, pid = PRESIDENTS[k]
    coach, cmob = COACHES[k]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนนักกีฬา"
        ws.append((f"ทะเบียนนักกีฬาประกอบการขอใช้สนาม {c.name}",))
        ws.append(("ที่ตั้งชมรม", home(c, i)))
        ws.append(
            ("ผู้ขอใช้สนาม (ประธาน)", pres, "เลขประจำตัวประชาชน", nid_w(pid, i), "โทร", tel(c, i))
        )
        ws.append(("ผู้ฝึกสอน", coach, "โทร", mobile(cmob, i + 1)))
        ws.append(("อีเมลชมรม", c.p.email))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "โทรผู้ปกครอง"))
        for n, (kn, kid, kb) in enumerate(KIDS):
            ws.append((n + 1, kn, nid_w(kid, n + i), born_th(kb, n), mobile(OTHERS[n][2], n)))

    raw = message(i, f"ทะเบียนนักกีฬา {c.name}", f"{c.name} <{c.p.email}>", text="แนบทะเบียนนักกีฬาประกอบการขอใช้สนามครับ\n",
                  files=(("roster.xlsx", xlsx_bytes(build), XLSX),), desk=k)  # fmt: skip
    e = body(c, ALL, pres, pid)
    e["birth_date"] = ()
    return Case("xlsx_club_roster", raw, e)


def xlsx_borrow_list_community(a: Party, i: int) -> Case:
    """A community's list of things to borrow for its yearly merit-making: the ผู้ขอยืม
    at the head (name, ID, phone, home), the contact on the day, the bank account for the
    deposit's refund, then the things' rows."""
    p = a.p
    co, _, co_mob = OTHERS[(5, 1)[i % 2]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการยืม"
        ws.append(("แบบขอยืมวัสดุอุปกรณ์ งานทำบุญประจำปีชุมชน",))
        ws.append(("ผู้ขอยืม", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(("ผู้ติดต่อวันงาน", co, mobile(co_mob, i + 1)))
        ws.append(("บัญชีคืนเงินประกัน", "ธ.ก.ส. 020-1-83345-6" if i % 2 == 0 else "กรุงไทย 0861429375"))
        ws.append(("สถานที่จัดงาน", f"ศาลาชุมชนบ้าน{p.tambon}"))
        ws.append(())
        ws.append(("ลำดับ", "รายการ", "จำนวน", "วันที่ยืม", "วันที่คืน"))
        for n, (what, q) in enumerate(
            [("เต็นท์ 4x8 ม.", 8), ("เก้าอี้พลาสติก", 250), ("ชุดเครื่องเสียง", 1), ("รถบรรทุกน้ำ", 1)]
        ):
            ws.append((n + 1, what, q, f"{13 + i % 5}/02/2570", f"{15 + i % 5}/02/2570"))

    raw = message(i, "แบบขอยืมวัสดุอุปกรณ์ (ชุมชน)", own_box(a), text=f"ส่งรายการขอยืมของ{ending(a)}\n",
                  files=(("ขอยืมของ.xlsx", xlsx_bytes(build), XLSX),), desk=(0, 1, 2, 3)[i % 4])  # fmt: skip
    return Case("xlsx_borrow_list_community", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (body styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_wedding_hall_iphone, (0, 8)),
    (plain_funeral_sala_host, (3, 2)),
    (plain_coach_stadium_own_name, (5, 9)),
    (plain_ambulance_daughter, (3, 7)),
    (plain_fair_chair_tents, (6, 1)),
    (html_gmail_pool_family, (1, 9)),
    (html_outlook_firm_hall, (0, 0)),
    (html_library_form_child, (0, 8)),
    (html_gmail_teacher_van, (0, 0)),
    (html_reply_deposit, (8, 4)),
    (docx_hall_form_dotted, (4, 5)),
    (docx_school_director_letter, (0, 0)),
    (docx_temple_abbot_fair, (0, 0)),
    (docx_elderly_club_members, (4, 7)),
    (pdf_fillable_stadium_club, (0, 0)),
    (pdf_fillable_ambulance, (3, 9)),
    (pdf_typed_funeral_host, (5, 6)),
    (pdf_typed_pool_mother, (4, 0)),
    (xlsx_club_roster, (0, 0)),
    (xlsx_borrow_list_community, (2, 6)),
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
