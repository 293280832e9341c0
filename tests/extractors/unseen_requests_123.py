"""A hundred-and-twenty-third set of requests written by someone who had not read the
readers (issue 8): SPORTS, CULTURE AND YOUTH in the east (ชลบุรี, ระยอง, จันทบุรี), to
เทศบาลเมืองแสนสุข, เทศบาลนครระยอง, เทศบาลเมืองจันทบุรี and the อบจ.ชลบุรี's stadium:
booking a stadium, a sports hall or a futsal court (booking numbers, times, amounts); a
team's registration for the city's football or takraw cup (team sheets: players' names,
IDs, birth dates and jersey numbers beside the manager's and the coach's); an athlete's
grant (ทุนนักกีฬา, the bank account, the coach who certifies); a cultural troupe asking a
stage at a festival (its members); the สภาเด็กและเยาวชน's sign-up; parents and teachers
registering under-age players and members. Kinds: plain (iPhone mail, a LINE chat
forwarded as text, Outlook for Android, a reply above a quoted mail), HTML (Gmail, Outlook
with a signature table, a web form's notification, Gmail with a table), Word (a team
sheet as a table, a guardian's consent, a school's booking letter, a grant form), PDF
(fillable booking and youth forms, typed letters), xlsx (team rosters, a booking sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body, the natural person who signs), sets 31/63
(a service for one person asked by another is the one it is for), set 37 (where only
another's phone is given, phone `()`: no value, or a flagged one, is right).
- A TEAM's registration (a team is no person): the one who asks and signs for it, the
  ผู้จัดการทีม (or, where he alone writes and signs, the coach or the teacher): his name,
  ID, birth date where given, phone, box, home. The players' names, IDs, birth dates and
  jersey numbers are never the applicant's; nor the coach's where the manager asks.
- An UNDER-AGE PLAYER or member registered by a parent or a teacher: the service is for
  the child, so the child is the applicant: the child's name, ID, birth date; address the
  child's home (the parent's where they live together, as written for the child). The
  parent's or teacher's name, ID, phone, box never; where only theirs appear, phone and
  e-mail `()`. Where the child's own mobile is written (a web form's field), that one.
- A BOOKING of a stadium, hall or court for a club, a company's staff or a group: the
  person who asks and signs; the club's or group's name is not a person. A booking
  number, a receipt number, an amount, a time, a court's number is never an ID or phone.
- A SCHOOL's letter (a body): the director who signs it (his name; no ID given: `()`),
  address and phone the school's place and line, e-mail the school's box.
- An ATHLETE's grant: the athlete (his own request); where a parent asks for an
  under-age athlete, the athlete (the rule above). The coach who certifies never. A bank
  account number is never an ID or a phone.
- A CULTURAL TROUPE (คณะ): its leader (หัวหน้าคณะ) who asks and signs; the members never.
- The สภาเด็กและเยาวชน's sign-up by the youth herself: hers; her guardian's never.
Address: where the applicant lives, house number to the อำเภอ, with or without
เลขที่/บ้านเลขที่, with or without province and postal code (never the stadium's, the
school's where a person asks, the club's field). Birth date ISO, only the applicant's.
Everyone, every club, school and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "sport@saensuk.example.go.th"
SAENSUK = "เทศบาลเมืองแสนสุข"
RAYONG = "เทศบาลนครระยอง"
CHAN = "เทศบาลเมืองจันทบุรี"
PAO = "องค์การบริหารส่วนจังหวัดชลบุรี"
CB = "ชลบุรี"
RY = "ระยอง"
CT = "จันทบุรี"
NONE = date(1900, 1, 1)

# Adults who ask: managers, coaches who write, bookers, troupe leaders, athletes, teachers.
ADULTS: tuple[Party, ...] = (
    P("นาย", "ธีรวัฒน์", "ศรีสมุทร", "320010045718", date(1981, 5, 14), "0817624359", "teerawat.ss@gmail.com",
      "52/7", "3", "", "", "แสนสุข", "เมืองชลบุรี", CB, "20130"),
    P("นาง", "กาญจนา", "พึ่งทอง", "320110062284", date(1979, 9, 2), "0896145023", "kanjana.pt@hotmail.com",
      "118", "5", "", "", "บ้านสวน", "เมืองชลบุรี", CB, "20000"),
    P("นาย", "วีระพงษ์", "แสงจันทร์", "321010038841", date(1986, 1, 27), "0862239170", "weerapong.sj@gmail.com",
      "9/21", "", "", "สุขุมวิท", "เนินพระ", "เมืองระยอง", RY, "21000"),
    P("นางสาว", "ชนิดา", "ทองมา", "321990054417", date(1995, 7, 8), "0624471938", "chanida.tm@gmail.com",
      "44/3", "2", "", "", "ทับมา", "เมืองระยอง", RY, "21000"),
    P("นาย", "สุรศักดิ์", "วงษ์ทอง", "322010027735", date(1972, 11, 19), "0819963042", "surasak.wt@yahoo.com",
      "301", "", "", "ท่าแฉลบ", "ตลาด", "เมืองจันทบุรี", CT, "22000"),
    P("นาง", "อรวรรณ", "จันทร์เพ็ญ", "322020041163", date(1984, 3, 30), "0853317726", "orawan.jp@gmail.com",
      "17", "8", "", "", "พลับพลา", "เมืองจันทบุรี", CT, "22000"),
    P("นาย", "ณรงค์ชัย", "บุญประเสริฐ", "320070033509", date(1977, 6, 11), "0814408257", "narongchai.bp@gmail.com",
      "88/12", "6", "", "", "บางพระ", "ศรีราชา", CB, "20110"),
    P("นางสาว", "ศิริพร", "เกตุแก้ว", "321040018862", date(1990, 12, 5), "0957721486", "siriporn.kk@gmail.com",
      "7/5", "1", "", "", "มาบตาพุด", "เมืองระยอง", RY, "21150"),
    P("นาย", "ภานุพงศ์", "อินทร์สุข", "320050072216", date(1999, 2, 17), "0638812490", "panupong.is@gmail.com",
      "240/3", "9", "", "", "หนองปรือ", "บางละมุง", CB, "20150"),
    P("นาง", "สมหญิง", "รักษ์ทะเล", "322040055319", date(1968, 8, 23), "0892264715", "somying.rt@hotmail.com",
      "66", "4", "", "", "ขลุง", "ขลุง", CT, "22110"),
    P("นาย", "อนุรักษ์", "แก้วมณี", "321030066478", date(1983, 10, 9), "0826674031", "anurak.km@gmail.com",
      "12/4", "2", "", "", "บ้านฉาง", "บ้านฉาง", RY, "21130"),
    P("นางสาว", "ปิยมาศ", "ศักดิ์ดา", "320080049921", date(1993, 4, 21), "0918850347", "piyamas.sd@gmail.com",
      "5/88", "", "", "พระยาสัจจา", "บ้านสวน", "เมืองชลบุรี", CB, "20000"),
)  # fmt: skip

# Under-age players and members (their own mobile where they have one) and their homes.
MINORS: tuple[Party, ...] = (
    P("เด็กชาย", "ภูมิพัฒน์", "ศรีสมุทร", "120990081245", date(2014, 3, 9), "0971124588", "",
      "52/7", "3", "", "", "แสนสุข", "เมืองชลบุรี", CB, "20130"),
    P("เด็กหญิง", "ณัฐณิชา", "พึ่งทอง", "120990112378", date(2013, 10, 22), "0982246613", "",
      "118", "5", "", "", "บ้านสวน", "เมืองชลบุรี", CB, "20000"),
    P("นาย", "กฤษดา", "แสงจันทร์", "121990041526", date(2010, 6, 15), "0933571204", "kritsada.sj@gmail.com",
      "9/21", "", "", "สุขุมวิท", "เนินพระ", "เมืองระยอง", RY, "21000"),
    P("นางสาว", "พิมพ์ชนก", "จันทร์เพ็ญ", "122990063317", date(2009, 11, 2), "0944418276", "pimchanok.jp@gmail.com",
      "17", "8", "", "", "พลับพลา", "เมืองจันทบุรี", CT, "22000"),
    P("เด็กชาย", "ธนกฤต", "รักษ์ทะเล", "122990090813", date(2015, 1, 30), "0925563380", "",
      "66", "4", "", "", "ขลุง", "ขลุง", CT, "22110"),
    P("เด็กหญิง", "กชกร", "แก้วมณี", "121990077654", date(2012, 8, 4), "0967734451", "",
      "12/4", "2", "", "", "บ้านฉาง", "บ้านฉาง", RY, "21130"),
)  # fmt: skip

# Schools (a body: the director who signs; the school's place and line).
SCHOOLS: tuple[tuple[Party, str], ...] = (
    (P("", "โรงเรียนแสนสุขวิทยา", "", "000000000000", NONE, "038193412", "admin@saensukwit.example.ac.th",
       "99", "2", "", "", "แสนสุข", "เมืองชลบุรี", CB, "20130", juristic=True), "นายประเสริฐ ชลธาร"),
    (P("", "โรงเรียนวัดทับมา", "", "000000000000", NONE, "038617245", "tabma.school@example.ac.th",
       "1", "3", "", "", "ทับมา", "เมืองระยอง", RY, "21000", juristic=True), "นางวาสนา ระยองวงศ์"),
)  # fmt: skip

# Coaches (name, ID, mobile), teachers (name, mobile, school line), parents not in ADULTS.
COACHES: tuple[tuple[str, str, str], ...] = (
    ("นายเอกชัย ทะเลงาม", with_check_digit("320010099412"), "0861195027"),
    ("นายสมพงษ์ ใจกล้า", with_check_digit("321010087733"), "0894420615"),
)
TEACHERS: tuple[tuple[str, str, str], ...] = (
    ("นางสาวรัชนี ประจำวงศ์", "0815572264", "038-193-412"),
    ("นายชัยวัฒน์ พลอยงาม", "0875530129", "039-311-508"),
)

FIRSTS = ("ธนวัฒน์", "ศุภชัย", "อภิสิทธิ์", "จิรายุ", "วรเมธ", "ปิยะพงษ์", "กิตติพัฒน์", "ชยพล", "ณัฐวุฒิ", "ภาคิน")
LASTS = ("สุขเจริญ", "ทองดี", "มีชัย", "บุญมา", "ศรีทอง", "แซ่ลี้", "วงศ์สวัสดิ์", "เพชรรัตน์", "นาคสุข", "ใจดี")


def players(
    seed: int, n: int, year: int, *, title: str = "นาย"
) -> list[tuple[int, str, str, date]]:
    """A team's players: jersey number, name, ID (valid check digit), birth date."""
    out = []
    for k in range(n):
        nid = with_check_digit(
            f"1{2001 + seed * 37 + k * 11:04d}{(seed * 7919 + k * 104729) % 10**7:07d}"
        )
        born = date(year + k % 3, 1 + (seed + 5 * k) % 12, 1 + (3 * seed + 7 * k) % 28)
        name = f"{title}{FIRSTS[(seed + k) % 10]} {LASTS[(seed * 3 + k) % 10]}"
        out.append(((1, 4, 5, 7, 8, 9, 10, 11, 14, 17, 19, 23)[k], name, nid, born))
    return out


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set123-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_child(c: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """An under-age player or member registered by a parent or teacher: the child's
    name, ID, birth date, home; phone and e-mail `()` (only the adult's appear)."""
    e = exp(c, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def school(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    s, director = SCHOOLS[k]
    e = exp(s, keys)
    e["full_name"] = (director,)
    e["national_id"] = ()
    return e


def parent_of(c: Party) -> Party:
    """The parent in ADULTS who shares the child's surname."""
    return next(a for a in ADULTS if a.p.last == c.p.last)


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_team_manager": "the team manager who asks; never the players' rows or the coach",
    "plain_parent_u12_takraw": "the under-age player; never the parent (his ID, phone, box)",
    "plain_line_forward_stadium_booking": "the booker in the chat; never the officer, the booking number or the amount",
    "plain_teacher_youth_council": "the student; never the teacher (her mobile, the school's line)",
    "plain_athlete_grant_reply": "the athlete herself; never the officer in the quoted mail",
    "html_gmail_troupe_stage": "the troupe's leader who signs; never the members",
    "html_outlook_club_hall_booking": "the club's secretary who books and signs; never the chairman",
    "html_webform_youth_council": "the youth who signs up (her own mobile); never the guardian's fields",
    "html_gmail_parent_athlete_grant": "the under-age athlete; never the parent or the coach",
    "docx_takraw_team_sheet": "the ผู้จัดการทีม (his row under the table); never players or coach",
    "docx_guardian_consent_minor": "the under-age player; never the guardian who consents",
    "docx_school_stadium_letter": "the school's director who signs; the school's place, line, box",
    "docx_athlete_grant_form": "the athlete; never the coach who certifies",
    "pdf_fillable_stadium_booking": "the ผู้ขอใช้ who signs; never the stadium, booking, fee",
    "pdf_fillable_minor_membership": "the child; never the parent's section",
    "pdf_typed_troupe_letter": "the troupe's leader (block top right, signs); never the members",
    "pdf_typed_coach_team_letter": "the coach who writes and signs for the team; never the players",
    "xlsx_football_roster": "the manager in the head block; never the players or the coach",
    "xlsx_school_minors_roster": "the teacher who registers and signs; never the pupils",
    "xlsx_hall_booking_sheet": "the booker in the head block; never booking numbers or amounts",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_team_manager(a: Party, i: int) -> Case:
    """A manager registers his football team for the city's cup from his iPhone: the
    players one a line (jersey, name, ID, birth date), the coach with his mobile, then
    the manager's own lines and signature."""
    p = a.p
    coach, coach_id, coach_m = COACHES[i % 2]
    team = players(i, 7, 1996)
    rows = "\n".join(
        f"{no}. {name} {nid_w(nid, k)} เกิด {born_th(b, k)}"
        for k, (no, name, nid, b) in enumerate(team)
    )
    text = (
        f'เรียน กองการศึกษา {SAENSUK}\n\nขอสมัครทีม "แสนสุข ยูไนเต็ด {i}" เข้าร่วมการแข่งขันฟุตบอล '
        f"นายกเทศมนตรีเมืองแสนสุขคัพ ครั้งที่ 14 ประจำปี 2569 รุ่นประชาชนทั่วไป ค่าสมัคร 1,500 บาท โอนแล้วเมื่อ "
        f"{thai_day(date(2026, 12, 1 + i % 5))} เวลา 14.32 น.\n\nรายชื่อนักกีฬา (เบอร์เสื้อ ชื่อ เลขบัตร วันเกิด)\n{rows}\n\n"
        f"ผู้ฝึกสอน {coach} เลขประจำตัวประชาชน {nid_w(coach_id, i)} โทร {mobile(coach_m, i)}\n\n"
        f"ผู้จัดการทีม {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n\n{a.name}\nผู้จัดการทีม\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, f"สมัครทีมฟุตบอลนายกฯ คัพ 2569 - แสนสุข ยูไนเต็ด {i}", box(a), text=text)
    return Case("plain_iphone_team_manager", raw, own(a, ALL))


def plain_parent_u12_takraw(c: Party, i: int) -> Case:
    """A father registers his under-age son for the U12 takraw cup: the child's name,
    ID, birth date, school; the father's own ID, phone and box; the team's coach."""
    p = c.p
    par = parent_of(c)
    coach, _, coach_m = COACHES[(i + 1) % 2]
    text = (
        f"เรียน เจ้าหน้าที่งานกีฬา {SAENSUK if p.province == CB else (RAYONG if p.province == RY else CHAN)}\n\n"
        f"{me(par)} {par.name} ผู้ปกครอง ขอสมัครให้บุตรเข้าแข่งขันเซปักตะกร้อเยาวชน รุ่นอายุไม่เกิน 12 ปี{ending(par)}\n\n"
        f"ชื่อนักกีฬา {c.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวัน/เดือน/ปีเกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ {home(c, i)}\nตำแหน่ง หน้าซ้าย เบอร์เสื้อ {7 + i % 5}\n\n"
        f"ข้อมูลผู้ปกครอง\nชื่อ {par.name} (บิดา/มารดา)\nเลขบัตรประชาชน {nid_w(par.p.nid, i + 1)}\n"
        f"โทร {tel(par, i)}\n\nน้องฝึกกับครู{coach.removeprefix('นาย')} ({mobile(coach_m, i)}) ที่สนามโรงเรียนทุกเย็น\n\n"
        f"ขอบคุณ{ending(par)}\n{par.name}\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "สมัครตะกร้อ U12 ให้ลูก", box(par), text=text)
    return Case("plain_parent_u12_takraw", raw, for_child(c, ALL))


def plain_line_forward_stadium_booking(a: Party, i: int) -> Case:
    """A LINE chat with the stadium's officer forwarded as text: times, the booker's
    name, ID and phone as she typed them in the chat, a booking number, the fee, the
    officer's own line."""
    p = a.p
    day = date(2026, 12, 12 + i % 10)
    text = (
        "[LINE] ประวัติการแชทกับ งานสนามกีฬา อบจ.ชลบุรี\nบันทึกเมื่อ: 2026/12/0"
        + str(1 + i % 5)
        + " 09:14\n\n"
        f"2026/12/0{1 + i % 5}\n"
        f"08:41\t{p.first}\tสวัสดีค่ะ ขอจองสนามฟุตบอลหญ้าเทียม สนาม 2 วันที่ {thai_day(day)} 17.00-19.00 น. ค่ะ\n"
        "08:43\tงานสนามกีฬา อบจ.ชลบุรี\tได้ครับ ขอชื่อ เลขบัตร เบอร์โทร และที่อยู่ผู้จอง\n"
        f"08:47\t{p.first}\t{a.name}\n08:47\t{p.first}\t{nid_w(p.nid, i)}\n08:48\t{p.first}\t{tel(a, i)}\n"
        f"08:48\t{p.first}\t{home(a, i + 1)}\n"
        f"08:52\tงานสนามกีฬา อบจ.ชลบุรี\tเลขที่จอง SB-2569-{1204 + i:05d} ค่าบริการ 2 ชม. x 600 = 1,200 บาท "
        "ชำระที่ช่องบริการภายใน 3 วัน สอบถาม 038-274-100 ต่อ 215\n"
        f"08:53\t{p.first}\tรับทราบค่ะ ขอบคุณค่ะ\n"
    )
    fwd = f"ส่งต่อแชทไลน์เพื่อยืนยันการจองค่ะ\n\n{text}"
    raw = message(i, f"ยืนยันจองสนาม SB-2569-{1204 + i:05d}", box(a), text=fwd)
    return Case("plain_line_forward_stadium_booking", raw, own(a, NO_BIRTH))


def plain_teacher_youth_council(c: Party, i: int) -> Case:
    """A teacher signs up a pupil for the city's สภาเด็กและเยาวชน: the pupil's name, ID,
    birth date, home; the teacher's name, mobile and the school's line."""
    p = c.p
    t_name, t_m, s_line = TEACHERS[i % 2]
    text = (
        f"เรียน ประธานสภาเด็กและเยาวชน{RAYONG if p.province == RY else CHAN}\n\n"
        f"ดิฉัน {t_name} ครูที่ปรึกษากิจกรรมนักเรียน ขอส่งรายชื่อนักเรียนสมัครเป็นสมาชิกสภาเด็กและเยาวชน ดังนี้\n\n"
        f"ชื่อ-สกุล: {c.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}\nเกิดวันที่: {born_th(p.born, i)}\n"
        f"อายุ: {2569 - p.born.year - 543} ปี ชั้น ม.{3 + i % 3}\nที่อยู่ตามทะเบียนบ้าน:\n{home(c, i + 2)}\n\n"
        "ผู้ปกครองลงนามยินยอมในใบสมัครแล้ว (แนบสำเนา)\n"
        f"ติดต่อครูผู้ประสานงาน {t_name} โทร {mobile(t_m, i)} หรือโรงเรียน {s_line}\n\n"
        f"ด้วยความเคารพ\n{t_name}\n"
    )
    raw = message(
        i,
        "ส่งใบสมัครสมาชิกสภาเด็กและเยาวชน",
        f"ครู{t_name.split()[0][-5:]} <teacher{i}@school.example.ac.th>",
        text=text,
    )
    return Case("plain_teacher_youth_council", raw, for_child(c, ALL))


def plain_athlete_grant_reply(a: Party, i: int) -> Case:
    """An athlete replies above the city's mail asking her documents for the yearly
    athlete's grant: her lines, a bank account, her medal; the officer's quoted mail
    (his name, line, mobile) below."""
    p = a.p
    text = (
        f"สวัสดี{ending(a)} ส่งข้อมูลตามที่ขอ{ending(a)}\n\n"
        f"ชื่อ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nเกิด {born_th(p.born, i + 2)}\n"
        f"ที่อยู่ปัจจุบัน {home(a, i)}\nมือถือ {tel(a, i + 2)}\n"
        f"ผลงาน เหรียญทองวอลเลย์บอลชายหาด กีฬาแห่งชาติ ครั้งที่ 49\n"
        f"บัญชีธนาคารกรุงไทย สาขาชลบุรี เลขที่ 6{i}8-0-4172{i}-3\n\n{a.name}\n\n"
        f"เมื่อ {1 + i % 5} ธ.ค. 2569 เวลา 10:12 งานกีฬาและนันทนาการ <sport@saensuk.example.go.th> เขียนว่า:\n"
        "> เรียน นักกีฬาผู้ขอรับทุน\n> กรุณาส่งชื่อ เลขบัตร วันเกิด ที่อยู่ และเลขบัญชี ภายในวันที่ 15 ธันวาคม 2569\n"
        "> นายวิโรจน์ ชายทะเล นักวิชาการการกีฬา โทร 038-386-220 ต่อ 14 มือถือ 081-337-5402\n"
    )
    raw = message(i, "Re: เอกสารขอรับทุนนักกีฬาดีเด่น ประจำปี 2570", box(a), text=text)
    return Case("plain_athlete_grant_reply", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_troupe_stage(a: Party, i: int) -> Case:
    """A troupe's leader asks from Gmail a stage at the fruit festival: the troupe, the
    show's times, the members as a list (names, ages), then her own lines and signature."""
    p = a.p
    members = players(i + 20, 4, 2004, title="นางสาว")
    lis = "".join(f"<li>{name} อายุ {2026 - b.year} ปี</li>" for _, name, _, b in members)
    html = (
        f'<div dir="ltr"><div>เรียน นายกเทศมนตรีเมืองจันทบุรี</div><br>'
        f'<div>{me(a)} {a.name} หัวหน้าคณะรำวงย้อนยุค "ศรีจันท์" ขออนุญาตใช้เวทีกลาง งานเทศกาลผลไม้และของดีเมืองจันท์ '
        f"วันที่ {thai_day(date(2027, 5, 20 + i % 5))} เวลา 19.30-20.15 น. (ชุดการแสดง 3 ชุด 45 นาที)</div><br>"
        f"<div>สมาชิกคณะที่ขึ้นแสดง</div><ul>{lis}</ul>"
        f"<div>ข้อมูลผู้ขอ</div><div>เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}</div>"
        f"<div>ที่อยู่ {home(a, i + 2)}</div><div>โทร {tel(a, i)}</div><br>"
        f'<div>ขอบคุณ{ending(a)}</div><div>--</div><div dir="ltr">{a.name}<br>หัวหน้าคณะศรีจันท์ นาฏศิลป์พื้นบ้าน</div></div>\n'
    )
    raw = message(i, "ขอใช้เวทีงานเทศกาลผลไม้ คณะศรีจันท์", box(a), html=html)
    return Case("html_gmail_troupe_stage", raw, own(a, NO_BIRTH))


def html_outlook_club_hall_booking(a: Party, i: int) -> Case:
    """A badminton club's secretary books the city's hall from Outlook: the club, its
    chairman, the dates and courts; her signature with ID and mobile."""
    p = a.p
    paras = [f"เรียน ผู้อำนวยการกองการศึกษา {RAYONG}", "",
             "ชมรมแบดมินตันมาบตาพุด โดยนายวิทยา รุ่งเรือง ประธานชมรม (โทร 081-446-9023) ขอจองใช้อาคารโรงยิมเนเซียม "
             "เทศบาลนครระยอง สนามที่ 1-4 ทุกวันเสาร์ เดือนมกราคม 2570 เวลา 13.00-17.00 น. รวม 4 ครั้ง 16 ชั่วโมง "
             "ค่าบริการชั่วโมงละ 200 บาท ต่อสนาม รวม 12,800 บาท", "",
             f"ผู้ยื่นจอง {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ที่อยู่ {home(a, i + 1)}", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>เลขานุการชมรมแบดมินตันมาบตาพุด<br>'
           f"มือถือ {tel(a, i + 1)}<br>"
           f'<a href="mailto:{p.email}">{p.email}</a></p>')  # fmt: skip
    raw = message(i, "ขอจองโรงยิม ม.ค. 2570 ชมรมแบดมินตัน", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_club_hall_booking", raw, own(a, NO_BIRTH))


def html_webform_youth_council(c: Party, i: int) -> Case:
    """A web form's notification (the city's sign-up to the สภาเด็กและเยาวชน): the youth's
    own fields, her own mobile and box, then the guardian's name and mobile."""
    p = c.p
    par = parent_of(c)
    rows = [("ชื่อ-นามสกุล", c.name), ("เลขประจำตัวประชาชน 13 หลัก", p.nid), ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่ที่ติดต่อได้", home(c, i)), ("เบอร์โทรศัพท์มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("สถานศึกษา", "โรงเรียนระยองวิทยาคม" if p.province == RY else "โรงเรียนศรียานุสรณ์"),
            ("ชื่อผู้ปกครอง", par.name), ("เบอร์โทรผู้ปกครอง", tel(par, i + 1)),
            ("เลขที่ใบสมัคร", f"YC-{2569}-{318 + i:04d}")]  # fmt: skip
    t = "".join(f"<tr><th align='left'>{x}</th><td>{y}</td></tr>" for x, y in rows)
    html = (f"<html><body><p>มีผู้สมัครใหม่จากแบบฟอร์ม <b>สมัครสมาชิกสภาเด็กและเยาวชน</b></p>"
            f"<table border='1' cellpadding='4'>{t}</table>"
            "<p style='color:#888'>อีเมลนี้ส่งอัตโนมัติจากระบบรับสมัครออนไลน์ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i, f"[แบบฟอร์ม] ผู้สมัครใหม่: {c.name}", "ระบบรับสมัคร <no-reply@forms.example.go.th>", html=html
    )
    return Case("html_webform_youth_council", raw, own(c, ALL))


def html_gmail_parent_athlete_grant(c: Party, i: int) -> Case:
    """A parent asks a grant for an under-age daughter (or son), a swimmer: a Gmail
    table with the athlete's rows, then the parent's (ID, phone, account), and the
    coach who certifies."""
    p = c.p
    par = parent_of(c)
    coach, _, coach_m = COACHES[i % 2]
    rows = [("ข้อมูลนักกีฬา", ""), ("ชื่อ-สกุล", c.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
            ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", home(c, i + 1)), ("ผลงาน", "เหรียญเงิน ว่ายน้ำ 100 ม. ฟรีสไตล์ กีฬาเยาวชนแห่งชาติ"),
            ("ผู้ปกครอง (ผู้ยื่นแทน)", ""), ("ชื่อ-สกุล", par.name), ("เลขประจำตัวประชาชน", nid_w(par.p.nid, i)),
            ("โทรศัพท์", tel(par, i + 2)), ("บัญชีรับทุน", f"ธ.กสิกรไทย 0{i}4-8-5521{i}-7 ชื่อบัญชี {par.name}"),
            ("ผู้ฝึกสอนรับรอง", f"{coach} โทร {mobile(coach_m, i + 1)}")]  # fmt: skip
    t = "".join(f"<tr><td><b>{x}</b></td><td>{y}</td></tr>" if y else f"<tr><td colspan='2' style='background:#eee'><b>{x}</b></td></tr>"
                for x, y in rows)  # fmt: skip
    html = (f'<div dir="ltr"><div>เรียน กองการศึกษา {CHAN if p.province == CT else RAYONG}</div><br>'
            f"<div>ขอยื่นขอรับทุนส่งเสริมนักกีฬาเยาวชน ให้บุตร รายละเอียดดังนี้{ending(par)}</div><br>"
            f"<table border='1' cellpadding='5' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ขอบคุณ{ending(par)}</div><div>{par.name}</div></div>\n")  # fmt: skip
    raw = message(i, "ขอรับทุนนักกีฬาเยาวชน (ผู้ปกครองยื่นแทน)", box(par), html=html)
    return Case("html_gmail_parent_athlete_grant", raw, for_child(c, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_takraw_team_sheet(a: Party, i: int) -> Case:
    """A takraw team's ใบสมัคร in Word: the team, a table of players (no., name, ID,
    birth date, jersey), then the coach's and the manager's rows and the manager's
    signature."""
    p = a.p
    coach, coach_id, coach_m = COACHES[(i + 1) % 2]
    team = players(i + 40, 6, 1998)

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ใบสมัครเข้าร่วมการแข่งขันเซปักตะกร้อ {RAYONG if p.province == RY else SAENSUK} ประจำปี 2569"
        )
        d.add_paragraph(f"ชื่อทีม สโมสรตะกร้อ{p.tambon}  ประเภท ทีมชุด ชาย")
        t = d.add_table(rows=1, cols=5)
        for cell, x in zip(
            t.rows[0].cells,
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "เบอร์เสื้อ"),
            strict=True,
        ):
            cell.text = x
        for k, (no, name, nid, b) in enumerate(team):
            for cell, x in zip(
                t.add_row().cells, (str(k + 1), name, nid, born_th(b, k), str(no)), strict=True
            ):
                cell.text = x
        d.add_paragraph(f"ผู้ฝึกสอน {coach} เลขประจำตัวประชาชน {coach_id} โทร {mobile(coach_m, i)}")
        d.add_paragraph(
            f"ผู้จัดการทีม {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} วันเกิด {born_th(p.born, i + 1)} "
            f"ที่อยู่ {home(a, i)} โทร {tel(a, i)} อีเมล {p.email}"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้จัดการทีม\n({a.name})\nวันที่ {3 + i % 20} ธันวาคม 2569"
        )

    raw = message(i, "ใบสมัครทีมตะกร้อ", box(a), text=f"แนบใบสมัครทีมตะกร้อ{ending(a)}\n",
                  files=(("ใบสมัครทีมตะกร้อ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_takraw_team_sheet", raw, own(a, ALL))


def docx_guardian_consent_minor(c: Party, i: int) -> Case:
    """A หนังสือยินยอมของผู้ปกครอง in Word (Thai digits): the guardian's lines first
    (name, ID, phone), then the under-age player's (name, ID, birth date, home), the
    football academy's camp."""
    p = c.p
    par = parent_of(c)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือยินยอมของผู้ปกครอง")
        d.add_paragraph(thai(f"เขียนที่ {home(par, i)}\nวันที่ {4 + i % 20} ธันวาคม 2569"))
        d.add_paragraph(
            thai(
                f"ข้าพเจ้า {par.name} เลขประจำตัวประชาชน {nid_w(par.p.nid, i)} โทรศัพท์ {tel(par, i)} "
                f"เป็นผู้ปกครองของ {c.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
                f"อยู่บ้านเลขที่ {home(c, i + 1)}"
            )
        )
        d.add_paragraph(
            "ยินยอมให้บุตรสมัครเข้าร่วมโครงการฝึกฟุตบอลเยาวชนภาคฤดูร้อน ณ สนามกีฬาเทศบาล "
            "ระหว่างวันที่ ๕-๒๕ เมษายน ๒๕๗๐ และรับทราบระเบียบการฝึกทุกประการ"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ปกครอง\n({par.name})\n\nลงชื่อ....................ผู้สมัคร\n({c.name})"
        )

    raw = message(i, "หนังสือยินยอมผู้ปกครอง โครงการฟุตบอลเยาวชน", box(par),
                  text=f"ส่งหนังสือยินยอมของลูก{ending(par)}\n{par.name}\n",
                  files=(("ยินยอมผู้ปกครอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_guardian_consent_minor", raw, for_child(c, ALL))


def docx_school_stadium_letter(a: Party, i: int) -> Case:
    """A school's letter in Word (ที่ ศธ ...), signed by the director: it books the
    city's stadium for the school's sports day; the teacher in charge and his mobile."""
    k = i % 2
    s, director = SCHOOLS[k]
    t_name, t_m, _ = TEACHERS[k]

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ ศธ 04{k + 2}89.{10 + i}/{412 + i}\t\t\t{s.name}\n\t\t\t\t{home(s, i)}")
        d.add_paragraph(f"\t\t\t\t{7 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอใช้สนามกีฬา\nเรียน นายกเทศมนตรี{'เมืองแสนสุข' if k == 0 else 'นครระยอง'}"
        )
        d.add_paragraph(
            f"ด้วย{s.name} จะจัดการแข่งขันกีฬาสีภายใน ประจำปีการศึกษา 2569 ในวันที่ 15-16 มกราคม 2570 "
            "เวลา 07.30-16.30 น. นักเรียนและบุคลากร 1,240 คน จึงขออนุญาตใช้สนามกีฬาเทศบาลและอัฒจันทร์ทิศตะวันออก"
        )
        d.add_paragraph(f"ทั้งนี้ ได้มอบหมายให้ {t_name} ครูผู้รับผิดชอบ โทร {mobile(t_m, i)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({director})\nผู้อำนวยการ{s.name}")
        d.add_paragraph(f"โทร {tel(s, i)}\nอีเมล {s.p.email}")

    raw = message(i, f"หนังสือ{s.name} ขอใช้สนามกีฬา", f"{s.name} <{s.p.email}>",
                  text="เรียน กองการศึกษา\nส่งหนังสือขอใช้สนามกีฬามาพร้อมนี้\n",
                  files=(("หนังสือขอใช้สนาม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_school_stadium_letter", raw, school(k, NO_BIRTH))


def docx_athlete_grant_form(a: Party, i: int) -> Case:
    """The city's แบบคำขอรับทุนนักกีฬา typed in Word (ข้อ 1 ... ข้อ 4): the athlete's own
    lines, her results, a bank account; the coach's certification with his ID and
    mobile at the end."""
    p = a.p
    coach, coach_id, coach_m = COACHES[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอรับทุนส่งเสริมนักกีฬา {CHAN if p.province == CT else SAENSUK}")
        d.add_paragraph(f"ข้อ 1 ชื่อผู้ขอรับทุน {a.name}")
        d.add_paragraph(
            f"ข้อ 2 เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}  วันเดือนปีเกิด {born_th(p.born, i)}"
        )
        d.add_paragraph(
            f"ข้อ 3 ที่อยู่ {home(a, i + 1)}\n       โทรศัพท์ {tel(a, i)}  อีเมล {p.email or '-'}"
        )
        d.add_paragraph(
            f"ข้อ 4 ผลงาน มวยไทยสมัครเล่น รุ่น 57 กก. เหรียญทอง ชิงแชมป์ภาคตะวันออก 2569 "
            f"บัญชีรับทุน ธ.ออมสิน เลขที่ 02{i}0-1{i}84-77{i}9"
        )
        d.add_paragraph(f"ลงชื่อ....................ผู้ขอรับทุน\n({a.name})")
        d.add_paragraph(
            f"คำรับรองของผู้ฝึกสอน ข้าพเจ้า {coach} เลขประจำตัวประชาชน {nid_w(coach_id, i)} โทร {mobile(coach_m, i + 1)} "
            "ขอรับรองว่าผู้ขอรับทุนฝึกซ้อมสม่ำเสมอจริง"
        )

    raw = message(i, "ส่งแบบคำขอรับทุนนักกีฬา", box(a), text=f"แนบแบบคำขอรับทุน{ending(a)}\n",
                  files=(("คำขอรับทุนนักกีฬา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_athlete_grant_form", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_stadium_booking(a: Party, i: int) -> Case:
    """The อบจ.'s fillable คำขอใช้สนามกีฬา (English field names): the ผู้ขอใช้'s lines,
    the group's name, the date, the times, the fee; the officer's booking number."""
    p = a.p
    labels = [(50, 18, f"คำขอใช้สถานที่ สนามกีฬา {PAO}"), (20, 40, "ชื่อผู้ขอใช้"), (20, 50, "เลขประจำตัวประชาชน"),
              (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 84, "ในนาม (หน่วยงาน/กลุ่ม)"),
              (20, 94, "วันที่ใช้"), (110, 94, "เวลา"), (20, 104, "ค่าธรรมเนียม"), (110, 104, "เลขที่รับจอง (เจ้าหน้าที่)"),
              (20, 150, "ลงชื่อ ........................ ผู้ขอใช้")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 50, 40, 100), Field("applicant_id", p.nid, 60, 50, 55, comb=13),
              Field("applicant_addr", home(a, i), 35, 60, 160), Field("applicant_tel", tel(a, i + 1), 45, 70, 55),
              Field("applicant_email", p.email, 125, 70, 70), Field("org", f"กลุ่มพนักงานนิคมอมตะซิตี้ ทีม {i}", 70, 84, 120),
              Field("use_date", thai_day(date(2027, 1, 9 + i % 10)), 45, 94, 55), Field("use_time", "08.00-12.00 น.", 125, 94, 45),
              Field("fee", "3,500.00", 50, 104, 40), Field("booking_no", f"CBS 0{i}771/2569", 160, 104, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอใช้สนามกีฬา (PDF)", box(a), text=f"ส่งแบบคำขอใช้สนามที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอใช้สนาม.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_stadium_booking", raw, own(a, NO_BIRTH))


def pdf_fillable_minor_membership(c: Party, i: int) -> Case:
    """The city's fillable youth sports centre membership for under-age members (Thai
    field names): the child's section (no phone of his own), the parent's section (name,
    ID, mobile, box)."""
    p = c.p
    par = parent_of(c)
    labels = [(40, 18, "ใบสมัครสมาชิกศูนย์เยาวชน (ผู้สมัครอายุต่ำกว่า 18 ปี)"), (20, 40, "ชื่อ-สกุลผู้สมัคร"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "ชนิดกีฬา"),
              (20, 90, "ผู้ปกครอง ชื่อ-สกุล"), (20, 100, "เลขประจำตัวประชาชนผู้ปกครอง"), (20, 110, "โทรศัพท์ผู้ปกครอง"),
              (110, 110, "อีเมลผู้ปกครอง")]  # fmt: skip
    fields = [Field("ชื่อผู้สมัคร", c.name, 60, 40, 100), Field("เลขบัตรผู้สมัคร", p.nid, 60, 50, 55, comb=13),
              Field("วันเกิดผู้สมัคร", born_th(p.born, i + 1), 135, 50, 45), Field("ที่อยู่ผู้สมัคร", home(c, i + 1), 35, 60, 160),
              Field("ชนิดกีฬา", "ว่ายน้ำ / บาสเกตบอล", 45, 70, 100),
              Field("ชื่อผู้ปกครอง", par.name, 70, 90, 90), Field("เลขบัตรผู้ปกครอง", nid_w(par.p.nid, i), 85, 100, 55),
              Field("โทรผู้ปกครอง", tel(par, i), 65, 110, 40), Field("อีเมลผู้ปกครอง", par.p.email, 135, 110, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ใบสมัครสมาชิกศูนย์เยาวชน ของลูก", box(par), text=f"แนบใบสมัครของลูก{ending(par)}\n",
                  files=(("ใบสมัครเยาวชน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_minor_membership", raw, for_child(c, ALL))


def pdf_typed_troupe_letter(a: Party, i: int) -> Case:
    """A troupe's typed letter (Word to PDF): the leader's block top right, the ลิเก
    troupe asking the stage at the New Year fair, the members' names and phones, her
    signature."""
    p = a.p
    members = players(i + 60, 3, 1985, title="นาย")
    paras: list[tuple[float, str]] = [(115, f"คณะลิเก ศ.{p.first}"), (115, home(a, i)), (0, ""),
             (115, f"{9 + i % 15} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอใช้เวทีการแสดง งานประจำปีและกาชาด"),
             (20, f"เรียน นายกเทศมนตรี{'นครระยอง' if p.province == RY else 'เมืองจันทบุรี'}"), (0, ""),
             (30, f"ด้วยคณะลิเก ศ.{p.first} โดย{me(a)} {a.name} หัวหน้าคณะ เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
                  f"มีความประสงค์ขอใช้เวทีกลางแสดงลิเกเรื่อง \"ขุนแผนแสนสะท้าน\" ในวันที่ 31 ธันวาคม 2569 เวลา 20.00-23.00 น. "
                  f"นักแสดงและนักดนตรี 18 คน ผู้ประสานงานเพิ่มเติม {members[0][1]} โทร 089-31{i}-5520"),
             (30, f"สมาชิกหลัก {members[1][1]}, {members[2][1]}"),
             (30, f"ติดต่อ{me(a)}ได้ที่โทร {tel(a, i + 2)} หรืออีเมล {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, f"หัวหน้าคณะลิเก ศ.{p.first}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอใช้เวทีการแสดงงานปีใหม่", box(a), text="เรียน กองการศึกษา\nแนบหนังสือขอใช้เวที\n",
                  files=(("หนังสือขอใช้เวที.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_troupe_letter", raw, own(a, NO_BIRTH))


def pdf_typed_coach_team_letter(a: Party, i: int) -> Case:
    """A coach's typed letter (PDF) registering his futsal team: his own lines in the
    body, the players one a line (jersey, name, ID, birth date), his signature."""
    p = a.p
    team = players(i + 80, 5, 2001)
    paras: list[tuple[float, str]] = [
        (115, f"{3 + i % 20} ธันวาคม 2569"),
        (0, ""),
        (20, "เรื่อง สมัครทีมฟุตซอล เทศบาลคัพ 2570"),
        (20, f"เรียน ประธานจัดการแข่งขัน {RAYONG if p.province == RY else SAENSUK}"),
        (0, ""),
        (
            30,
            f'ข้าพเจ้า {a.name} ผู้ฝึกสอนทีม "{p.tambon} เอฟซี" เลขประจำตัวประชาชน {nid_w(p.nid, i)} '
            f"เกิดวันที่ {born_th(p.born, i + 1)} อยู่บ้านเลขที่ {home(a, i + 2)} ขอส่งทีมเข้าแข่งขัน ดังรายชื่อ",
        ),
    ]
    paras += [
        (35, f"เบอร์ {no}  {name}  {nid}  เกิด {born_th(b, k + 1)}")
        for k, (no, name, nid, b) in enumerate(team)
    ]
    paras += [(30, f"ติดต่อข้าพเจ้าได้ที่โทร {tel(a, i)}"), (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""),
              (105, f"({a.name})"), (108, "ผู้ฝึกสอน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "สมัครทีมฟุตซอล", box(a), text="แนบหนังสือสมัครทีม\n",
                  files=(("สมัครทีมฟุตซอล.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_coach_team_letter", raw, own(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_football_roster(a: Party, i: int) -> Case:
    """A football team's roster sheet: the head block (team, manager's name, ID, birth
    date, phone, box, home), the coach's row, then the players' rows."""
    p = a.p
    coach, coach_id, coach_m = COACHES[i % 2]
    team = players(i + 100, 8, 1997)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อทีม"
        ws.append(("ใบส่งรายชื่อนักกีฬา ฟุตบอลนายกฯ คัพ 2569",))
        ws.append(("ชื่อทีม", f"{p.amphoe} เอฟซี"))
        ws.append(("ผู้จัดการทีม", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิดผู้จัดการทีม", born_th(p.born, i + 2), "โทรศัพท์", tel(a, i)))
        ws.append(("ที่อยู่ผู้จัดการทีม", home(a, i), "อีเมล", p.email))
        ws.append(("ผู้ฝึกสอน", coach, "เลขประจำตัวประชาชน", coach_id, "โทร", mobile(coach_m, i)))
        ws.append(())
        ws.append(("เบอร์เสื้อ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ตำแหน่ง"))
        for k, (no, name, nid, b) in enumerate(team):
            ws.append(
                (
                    no,
                    name,
                    nid,
                    b.strftime("%d/%m/") + str(b.year + 543),
                    ("GK", "DF", "MF", "FW")[k % 4],
                )
            )

    raw = message(i, "ส่งรายชื่อนักกีฬาฟุตบอล", box(a), text=f"แนบไฟล์รายชื่อทีม{ending(a)}\n",
                  files=(("roster.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_football_roster", raw, own(a, ALL))


def xlsx_school_minors_roster(a: Party, i: int) -> Case:
    """A teacher's sheet registering her school's under-14 takraw team of pupils: her
    own head block (name, ID, phone, home), then the pupils' rows with IDs, birth dates
    and parents' phones."""
    p = a.p
    team = players(i + 120, 5, 2012, title="เด็กชาย")

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทีมตะกร้อ U14"
        ws.append(("ใบสมัครทีมโรงเรียน ตะกร้อเยาวชน U14",))
        ws.append(("ครูผู้ควบคุมทีม (ผู้สมัคร)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", tel(a, i), "อีเมล", p.email))
        ws.append(())
        ws.append(("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "เบอร์โทรผู้ปกครอง"))
        for k, (_, name, nid, b) in enumerate(team):
            ws.append((k + 1, name, nid, born_th(b, k), f"08{k + 1}-{440 + i}-{1200 + 37 * k}"))

    raw = message(i, "สมัครทีมตะกร้อโรงเรียน U14", box(a), text="แนบรายชื่อนักเรียนค่ะ/ครับ\n",
                  files=(("ทีมตะกร้อU14.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_school_minors_roster", raw, own(a, NO_BIRTH))


def xlsx_hall_booking_sheet(a: Party, i: int) -> Case:
    """A club's booking sheet for a sports hall over several dates: the booker's head
    block (name, ID, phone, home), then rows of booking numbers, dates, times, courts and
    amounts, a total."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ตารางจอง"
        ws.append(("ตารางขอจองอาคารกีฬาอเนกประสงค์",))
        ws.append(("ผู้จอง", a.name, "บัตรประชาชน", nid_w(p.nid, i + 2)))
        ws.append(("ที่อยู่ผู้จอง", home(a, i + 2)))
        ws.append(("มือถือ", tel(a, i + 1), "Email", p.email))
        ws.append(())
        ws.append(("เลขที่จอง", "วันที่", "เวลา", "คอร์ท", "จำนวนเงิน (บาท)"))
        for k in range(4):
            ws.append(
                (
                    f"HB{2570}{i:02d}{k + 1:03d}",
                    f"{3 + 7 * k}/01/2570",
                    "18:00-21:00",
                    f"{1 + k % 2}",
                    900,
                )
            )
        ws.append(("รวม", "", "", "", 3600))

    raw = message(i, "ขอจองอาคารกีฬา ม.ค. 70", box(a), text="แนบตารางขอจองอาคาร\n",
                  files=(("booking.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_hall_booking_sheet", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two parties it is for (minor styles index MINORS, others ADULTS).
STYLES: tuple[tuple[Style, tuple[int, int], tuple[Party, ...]], ...] = (
    (plain_iphone_team_manager, (0, 8), ADULTS),
    (plain_parent_u12_takraw, (0, 4), MINORS),
    (plain_line_forward_stadium_booking, (11, 1), ADULTS),
    (plain_teacher_youth_council, (2, 3), MINORS),
    (plain_athlete_grant_reply, (3, 7), ADULTS),
    (html_gmail_troupe_stage, (5, 9), ADULTS),
    (html_outlook_club_hall_booking, (7, 2), ADULTS),
    (html_webform_youth_council, (3, 2), MINORS),
    (html_gmail_parent_athlete_grant, (5, 1), MINORS),
    (docx_takraw_team_sheet, (10, 6), ADULTS),
    (docx_guardian_consent_minor, (1, 5), MINORS),
    (docx_school_stadium_letter, (0, 0), ADULTS),
    (docx_athlete_grant_form, (8, 4), ADULTS),
    (pdf_fillable_stadium_booking, (6, 0), ADULTS),
    (pdf_fillable_minor_membership, (4, 0), MINORS),
    (pdf_typed_troupe_letter, (9, 3), ADULTS),
    (pdf_typed_coach_team_letter, (2, 8), ADULTS),
    (xlsx_football_roster, (4, 10), ADULTS),
    (xlsx_school_minors_roster, (11, 5), ADULTS),
    (xlsx_hall_booking_sheet, (1, 6), ADULTS),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair, pool) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(pool[n], 2 * s + k))
    return cases
