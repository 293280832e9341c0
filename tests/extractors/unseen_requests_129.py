"""A hundred-and-twenty-ninth set of requests written by someone who had not read the readers
(issue 8): INFORMAL WORKERS AND SMALL EMPLOYERS at the municipal counters of
เทศบาลนครพระนครศรีอยุธยา, เทศบาลเมืองสระบุรี, เทศบาลเมืองแก่งคอย and เทศบาลเมืองอ่างทอง
(Ayutthaya, Saraburi, Ang Thong): applying for social security under มาตรา 40 through the
municipality (แบบ สปส. 1-40, its ทางเลือก and monthly contribution, a beneficiary with his
own ID and phone); a motorcycle-taxi rider's registration (his vest number, plate, public
driving licence, the วิน's head who vouches for him); street vendors' permits (stall
numbers, a helper with her own ID); a small employer registering his Thai and Myanmar
workers (their IDs, passports, pink-card numbers, daily wages, the employer's social
security account number); a home-workers' group asking training (its head, members and
their phones, the group's registration); a gig rider's accident claim written by his wife;
a foreman's letter for his crew; a vendor's complaint about a fine (the ticket's number,
the amount, the officer's name). Kinds: plain (a LINE chat pasted into mail, iPhone,
Android Gmail, webmail), HTML (a web form's notification, Gmail, Outlook), Word (dotted
forms, letters with tables), PDF (fillable with meaningless and with named fields, typed
letters), xlsx (an employer's list, a วิน's roster, a group's members).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following sets 28 (the applicant is the one
who asks; for a body, the natural person who signs for it), 31/63 (a service for one
person asked by another is the one it is for), 37 (where only another's phone is given,
phone `()`):
- a worker who applies for มาตรา 40, a permit or a registration in her own name is the
  applicant; a beneficiary (ผู้รับผลประโยชน์), a helper (ผู้ช่วยจำหน่าย), the วิน's head
  who vouches (ผู้รับรอง), a staffer who answers, an officer who fined never are;
- a gig rider's accident claim written by his wife, a mother's มาตรา 40 applied for by her
  son: the one the claim or membership is FOR (the rider, the mother): his or her name, ID,
  birth date, home; the wife's or son's phone and box never (`()`);
- a small employer (a natural person) registering his workers: the employer; the workers'
  names, IDs, passports, pink-card numbers and phones never; his home, never the shop or
  the site; his social security account number (เลขที่บัญชีนายจ้าง, 10 digits) never an ID
  or a phone;
- a foreman asking for his crew, a วิน's head sending his riders' roster, a home-workers'
  group's head (ประธานกลุ่ม, who signs for the group): the one who asks and signs, with his
  or her own ID, phone and home; the crew's, riders' and members' never; a group's
  registration number never an ID;
- a vendor's complaint about a fine: the vendor; the officer's name never; the ticket's,
  receipt's and stall's numbers and the amounts never an ID or a phone.
Address: where the applicant lives (house number to the อำเภอ, with or without
เลขที่/บ้านเลขที่, province and postal code), never a stall's, a shop's, a site's or a
วิน's place. Vest numbers, plates, licences, passports, pink cards (13 digits beginning
00, valid check digits: never the applicant's ID), social security account numbers,
wages, contributions, fines, order and HN numbers are never an ID or a phone. Birth date
ISO, only the applicant's. Everyone is invented (13-digit numbers made with
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

AYU = "เทศบาลนครพระนครศรีอยุธยา"
SBR = "เทศบาลเมืองสระบุรี"
KKY = "เทศบาลเมืองแก่งคอย"
ATG = "เทศบาลเมืองอ่างทอง"
DESKS = {
    AYU: "saraban@ayutthayacity.example.go.th",
    SBR: "info@saraburicity.example.go.th",
    KKY: "kaengkhoicity@example.go.th",
    ATG: "angthongcity@example.go.th",
}
AY = "พระนครศรีอยุธยา"
SB = "สระบุรี"
AT = "อ่างทอง"

# The applicants (workers, vendors, riders, employers, foremen, heads, mothers, riders
# claimed for).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือน", "ศรีสุข", "314010045627", date(1971, 5, 14), "0816543920", "",
      "45/2", "", "", "อู่ทอง", "ประตูชัย", "พระนครศรีอยุธยา", AY, "13000"),
    P("นาย", "สมพงษ์", "ทองมา", "314050031842", date(1979, 9, 2), "0894412576", "somphong.tm@gmail.com",
      "112", "4", "", "", "บ้านเลน", "บางปะอิน", AY, "13160"),
    P("นางสาว", "วาสนา", "แก้วมณี", "114990023451", date(1996, 2, 19), "0628817403", "wasana.km@gmail.com",
      "9/77", "2", "", "", "ลำตาเสา", "วังน้อย", AY, "13170"),
    P("นาย", "ประเสริฐ", "ใจกล้า", "319010057213", date(1968, 12, 11), "0857730418", "",
      "23", "5", "", "", "ตะกุด", "เมืองสระบุรี", SB, "18000"),
    P("นาง", "ลำดวน", "พึ่งบุญ", "319050022386", date(1962, 7, 30), "0872214965", "",
      "78", "", "", "พหลโยธิน", "ทับกวาง", "แก่งคอย", SB, "18260"),
    P("นาย", "ณรงค์ชัย", "มีแสง", "119070004518", date(1988, 3, 25), "0931158024", "narongchai.ms@gmail.com",
      "56/3", "1", "", "", "หนองแค", "หนองแค", SB, "18140"),
    P("นางสาว", "อรุณี", "ชื่นจิต", "115010036749", date(1990, 10, 8), "0654473190", "arunee.cj@hotmail.com",
      "14", "3", "", "", "โพสะ", "เมืองอ่างทอง", AT, "14000"),
    P("นาย", "สุรเชษฐ์", "บุญประคอง", "315030018452", date(1975, 4, 17), "0819925736", "",
      "201", "6", "", "", "ไผ่จำศีล", "วิเศษชัยชาญ", AT, "14110"),
    P("นาง", "จันทร์เพ็ญ", "อ่อนละมัย", "314020047719", date(1966, 1, 23), "0896620174", "janpen.ol@gmail.com",
      "88", "7", "", "", "ธนู", "อุทัย", AY, "13210"),
    P("นาย", "วีระพงษ์", "สายทอง", "119010042267", date(1985, 8, 6), "0925518376", "weerapong.st@gmail.com",
      "31/8", "", "", "สุดบรรทัด", "ปากเพรียว", "เมืองสระบุรี", SB, "18000"),
    P("นางสาว", "ปาริชาติ", "เรืองฤทธิ์", "115990011384", date(1999, 11, 30), "0617729054", "parichat.rr@gmail.com",
      "5/1", "2", "", "", "ตลาดหลวง", "เมืองอ่างทอง", AT, "14000"),
    P("นาย", "ชาญวิทย์", "คงเจริญ", "314010089921", date(1958, 6, 12), "0813349907", "",
      "7", "", "", "โรจนะ", "ไผ่ลิง", "พระนครศรีอยุธยา", AY, "13000"),
    P("นาง", "ทองใบ", "สีดาคำ", "319040026675", date(1963, 2, 28), "0868841152", "",
      "99", "8", "", "", "หน้าพระลาน", "เฉลิมพระเกียรติ", SB, "18240"),
    P("นาย", "อนันต์", "ศักดิ์สูง", "115020013398", date(1992, 9, 14), "0948826713", "anan.ss@gmail.com",
      "62", "4", "", "", "ป่าโมก", "ป่าโมก", AT, "14130"),
)  # fmt: skip

# Others who write beside them: (name, ID, mobile, box).
WIVES: tuple[tuple[str, str, str, str], ...] = (
    ("นางสุดารัตน์ ทองมา", with_check_digit("314050031877"), "0862297731", "sudarat.tm@gmail.com"),
    ("นางกาญจนา ศักดิ์สูง", with_check_digit("115020044126"), "0987731526", "kanjana.kan@hotmail.com"),
)
SONS: tuple[tuple[str, str, str, str], ...] = (
    ("นายธีรวัฒน์ พึ่งบุญ", with_check_digit("119050014453"), "0843310298", "teerawat.pb@gmail.com"),
    ("นายภูมิพัฒน์ สีดาคำ", with_check_digit("119040008837"), "0956624187", "poompat.sd@gmail.com"),
)
# Beneficiaries (ผู้รับผลประโยชน์) by the applicant's surname: (name, ID, mobile, relation).
BENEFICIARIES: dict[str, tuple[str, str, str, str]] = {
    "ศรีสุข": ("นายสมศักดิ์ ศรีสุข", with_check_digit("314010045619"), "0891174403", "สามี"),
    "แก้วมณี": ("นางสาวพิมพ์ชนก แก้วมณี", with_check_digit("114990047715"), "0640018826", "น้องสาว"),
    "ชื่นจิต": ("เด็กหญิงณิชา ชื่นจิต", with_check_digit("115010098837"), "", "บุตร"),
    "อ่อนละมัย": ("นายบุญมา อ่อนละมัย", with_check_digit("314020047727"), "0813306649", "สามี"),
    "สีดาคำ": ("นายสมาน สีดาคำ", with_check_digit("319040026683"), "0872203157", "สามี"),
}
MARKET = {
    AYU: "ตลาดหัวรอ",
    SBR: "ตลาดเทศบาลเมืองสระบุรี",
    KKY: "ตลาดเทศบาลแก่งคอย",
    ATG: "ตลาดเทศบาลเมืองอ่างทอง",
}
HELPERS: tuple[tuple[str, str, str], ...] = (
    ("นางสาวมะลิ ศรีสุข", with_check_digit("114010092234"), "0617743305"),
    ("นางสมจิต แก้วดี", with_check_digit("315010027743"), "0879921460"),
)
WIN_HEADS: tuple[tuple[str, str, str, str], ...] = (
    ("นายไพโรจน์ ดีมาก", with_check_digit("314010066234"), "0817706542", "วินหน้าตลาดเจ้าพรหม"),
    ("นายเอกพล ขันทอง", with_check_digit("319010075526"), "0898834017", "วินหน้าสถานีรถไฟสระบุรี"),
)
OFFICERS = ("นายสุวิทย์ ทองคำ", "นายกิตติพงษ์ ศรีวงศ์")
STAFF = (
    ("นางสาวศิริพร (งานสวัสดิการสังคม)", "035-241-776"),
    ("นายปกรณ์ (ศูนย์ประสานประกันสังคม)", "036-211-094"),
)
SECRETARIES: tuple[tuple[str, str], ...] = (
    ("นางสาวเพ็ญนภา อ่อนละมัย", "0823316670"),
    ("นางละเอียด บุญประคอง", "0652210984"),
)
THAI_WORKERS: tuple[tuple[str, str, str], ...] = (
    ("นายสายัณห์ ปานทอง", with_check_digit("345020019981"), "0963318874"),
    ("นางสาวกนกวรรณ มีชัย", with_check_digit("141990006257"), "0620047719"),
    ("นายบุญเลิศ ใจดี", with_check_digit("319060031122"), "0856610983"),
)
# Myanmar workers: Thai spelling, passport spelling, passport, pink card (13 digits, 00...).
MYANMAR: tuple[tuple[str, str, str, str], ...] = (
    ("นายจ่อ อู", "MR. KYAW OO", "MD118462", with_check_digit("001491000452")),
    ("นางสาวมะ ซู ซาน", "MS. MA SU SAN", "MC735204", with_check_digit("001491000871")),
    ("นายโซ วิน", "MR. SOE WIN", "ME402917", with_check_digit("001991001236")),
)
CREW: tuple[tuple[str, str, str], ...] = (
    ("นายสมหมาย พรมมา", with_check_digit("340080012234"), "0934417760"),
    ("นายวิเชียร แสงทอง", with_check_digit("345990002113"), "0817730026"),
    ("นายอำนาจ ศรีสวัสดิ์", with_check_digit("331020044561"), "0962208813"),
    ("นายเสกสรร บุญมี", with_check_digit("141020008874"), "0884419352"),
)
MEMBERS: tuple[tuple[str, str, str], ...] = (
    ("นางสมใจ ทองดี", with_check_digit("315030022451"), "0894417253"),
    ("นางบัวผัน มั่นคง", with_check_digit("315030019904"), "0816672038"),
    ("นางสาวจิราภรณ์ ใจงาม", with_check_digit("115030007718"), "0637719024"),
    ("นางประนอม สุขเกษม", with_check_digit("315030031167"), "0857742219"),
)
RIDERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายจักรพันธ์ แสงสุข", with_check_digit("314010071152"), "0639914478", "07"),
    ("นายสมบัติ ขำคม", with_check_digit("314010033618"), "0847712390", "12"),
    ("นายวิทยา พึ่งทอง", with_check_digit("114010041126"), "0921136685", "21"),
)


def message(n: int, desk: str, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[desk]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set129-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def desk_of(a: Party) -> str:
    p = a.p
    if p.province == AY:
        return AYU
    if p.province == AT:
        return ATG
    return KKY if p.amphoe == "แก่งคอย" else SBR


def box(a: Party, alias: str = "") -> str:
    p = a.p
    return f"{alias or p.first + ' ' + p.last} <{p.email or 'no-reply@example.net'}>"


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


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one the request is for, written by another: phone and e-mail `()` (only the
    writer's appear)."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def age(d: date) -> int:
    return 2026 - d.year - ((d.month, d.day) > (12, 5))


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_line_chat_s40": "the vendor who applies; never the staffer's name or line",
    "plain_wife_rider_claim": "the rider (husband) the claim is for; never the wife (her ID, phone, box: phone and e-mail `()`)",
    "plain_win_rider_iphone": "the rider who registers; never the วิน's head (his phone), vest or plate",
    "plain_vendor_fine_complaint": "the vendor who complains; never the officer; ticket, receipt, amount no ID or phone",
    "plain_son_s40_mother": "the mother who becomes the insured; never the son (his ID, phone, box: `()`)",
    "html_webform_s40_notice": "the applicant's rows; never the beneficiary's rows",
    "html_gmail_employer_workers": "the employer; never the workers' rows (IDs, passports, pink cards, phones)",
    "html_outlook_homeworker_training": "the group's head who signs; never the secretary (coordinator) or members",
    "html_gmail_vendor_permit": "the vendor; never her helper (ID, phone); the stall never the address",
    "docx_vendor_permit_form": "the ข้าพเจ้า on the dotted lines; never the ผู้ช่วยจำหน่าย",
    "docx_foreman_crew_letter": "the foreman who asks and signs; never the crew's table",
    "docx_win_rider_form": "the rider; never the ผู้รับรอง (the วิน's head)",
    "docx_employer_register_form": "the employer's block; never the workers' table; account number no ID",
    "pdf_fillable_s40_form": "the ผู้สมัคร (Text fields); never the ผู้รับผลประโยชน์",
    "pdf_typed_wife_claim": "the rider (husband) the claim is for; never the wife who writes and signs",
    "pdf_fillable_fine_appeal": "the vendor; never the officer; ticket and amount no ID or phone",
    "pdf_typed_employer_letter": "the employer who signs; never his Myanmar worker (passport, pink card)",
    "xlsx_employer_worker_sheet": "the employer's head block; never the workers' rows",
    "xlsx_win_roster": "the วิน's head who sends and signs; never the riders' rows",
    "xlsx_homeworker_members": "the group's head (ประธานกลุ่ม); never the members' rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_line_chat_s40(a: Party, i: int) -> Case:
    """A vendor pastes her LINE chat with the municipality's welfare desk into a mail
    (LINE's "ส่งประวัติแชท"): the staffer's questions and phone, her answers with her
    ID, birth date, home and phone; the option and contribution she picks."""
    p = a.p
    staff, line = STAFF[i % 2]
    d = desk_of(a)
    ph = tel(a, i) if i % 2 == 0 else thai(tel(a, i))
    text = (
        f"[LINE] ประวัติการแชทกับ {d} (งานสวัสดิการ)\nบันทึกเมื่อ: 2026/12/0{1 + i % 5} 10:2{i % 9}\n\n"
        f"2026/12/0{1 + i % 5}(จ.)\n"
        f"09:14\t{staff}\tสวัสดีค่ะ สมัครประกันสังคมมาตรา 40 ผ่านเทศบาล ขอชื่อ เลขบัตร วันเกิด ที่อยู่ และเบอร์โทรค่ะ\n"
        f"09:16\t{p.first}\t{a.name}\n"
        f"09:16\t{p.first}\tเลขบัตร {nid_w(p.nid, i)}\n"
        f"09:17\t{p.first}\tเกิด {born_th(p.born, i)}\n"
        f"09:18\t{p.first}\tบ้านเลขที่ {home(a, i)}\n"
        f"09:18\t{p.first}\tเบอร์ {ph}\n"
        f"09:20\t{staff}\tอาชีพอะไรคะ เลือกทางเลือกไหนคะ (1 = 70 บาท, 2 = 100 บาท, 3 = 300 บาท ต่อเดือน)\n"
        f"09:22\t{p.first}\tขายกล้วยทอดแผงที่ {14 + i} {MARKET[d]} เลือกทางเลือก 2 เดือนละ 100 บาท{ending(a)}\n"
        f"09:23\t{staff}\tรับเรื่องแล้วค่ะ ถ้าติดขัดโทร {line} ในเวลาราชการนะคะ\n\n"
        f"ส่งเรื่องตามแชทนี้{ending(a)} {a.name}\n"
    )
    raw = message(i, d, "สมัครประกันสังคม ม.40 (ประวัติแชท LINE)", box(a, p.first), text=text)
    return Case("plain_line_chat_s40", raw, own(a, ALL))


def plain_wife_rider_claim(a: Party, i: int) -> Case:
    """A gig rider's wife writes from her phone to claim his sickness benefit under
    มาตรา 40 after a crash on a delivery: his name, ID, birth date, rider code, the
    order's number, the hospital's HN and bill; her own ID and phone."""
    p = a.p
    w_name, w_id, w_mob, w_box = WIVES[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่ศูนย์ประสานงานประกันสังคม {desk_of(a)}\n\n"
        f"ดิฉัน {w_name} เลขบัตรประชาชน {nid_w(w_id, i + 1)} เป็นภรรยาของ {a.name} "
        f"ผู้ประกันตนมาตรา 40 ทางเลือกที่ 2 เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)}\n"
        f"สามีขับรถจักรยานยนต์ส่งอาหาร (รหัสไรเดอร์ LM{2291845 + i * 7}) ประสบอุบัติเหตุเมื่อวันที่ 22 พฤศจิกายน 2569 "
        f"ระหว่างส่งออเดอร์เลขที่ {60012874 + i} ขาซ้ายหัก นอนโรงพยาบาล 5 วัน (HN 67-{48213 + i}) ค่ารักษา 18,450 บาท "
        "แพทย์ให้หยุดงาน 30 วัน\n"
        "สามียังเดินไม่ได้ จึงขอยื่นขอรับเงินทดแทนการขาดรายได้แทน ที่อยู่ของสามี "
        f"{home(a, i + 1)}\n\nติดต่อดิฉันได้ที่ {mobile(w_mob, i)} ค่ะ\n{w_name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(
        i,
        desk_of(a),
        "ขอรับเงินทดแทนขาดรายได้ ม.40 (ภรรยายื่นแทน)",
        f"{w_name[3:]} <{w_box}>",
        text=text,
    )
    return Case("plain_wife_rider_claim", raw, for_other(a, ALL))


def plain_win_rider_iphone(a: Party, i: int) -> Case:
    """A motorcycle-taxi rider asks from his iPhone to register with the municipality's
    list of วิน riders: his vest number, plate, public driving licence, the วิน's head's
    name and phone."""
    p = a.p
    h_name, _, h_mob, win = WIN_HEADS[i % 2]
    text = (
        f"เรียน {desk_of(a)}\n\n{me(a)}ชื่อ {a.name} ขับวินมอเตอร์ไซค์รับจ้าง {win} เสื้อวินเบอร์ {17 + i} "
        f"ทะเบียนรถ {2 + i}กข {4521 + i * 3} {p.province} ใบขับขี่รถจักรยานยนต์สาธารณะเลขที่ {62004517 + i}\n"
        f"ขอขึ้นทะเบียนผู้ขับขี่รถจักรยานยนต์รับจ้างกับเทศบาล และขอสมัครประกันสังคม ม.40 ไปด้วยเลย{ending(a)}\n\n"
        f"เลขบัตร: {nid_w(p.nid, i + 2)}\nวันเกิด: {born_th(p.born, i + 2)}\nที่อยู่: {home(a, i)}\n"
        f"โทร: {thai(tel(a, i + 1)) if i % 2 else tel(a, i + 1)}\n\n"
        f"หัวหน้าวิน {h_name} โทร {mobile(h_mob, i)} รับรองให้ได้{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, desk_of(a), "ขึ้นทะเบียนวินมอเตอร์ไซค์", box(a), text=text)
    return Case("plain_win_rider_iphone", raw, own(a, ALL))


def plain_vendor_fine_complaint(a: Party, i: int) -> Case:
    """A vendor complains from Android Gmail about a fine for setting her stall past the
    line: the officer's name, the ticket's number, the amount, the receipt; her own ID,
    home and phone at the end."""
    p = a.p
    officer = OFFICERS[i % 2]
    text = (
        f"เรียน นายกเทศมนตรี ({desk_of(a)})\nเรื่อง ร้องเรียนการเปรียบเทียบปรับผู้ค้า\n\n"
        f"เมื่อวันที่ {28 - i % 5} พฤศจิกายน 2569 เวลาประมาณ 17.30 น. เจ้าหน้าที่เทศกิจชื่อ {officer} "
        f"ได้เปรียบเทียบปรับ{me(a)} 2,000 บาท (ใบเปรียบเทียบปรับเลขที่ {1205 + i}/2569 ใบเสร็จเลขที่ {451278 + i}) "
        f"ว่าวางแผงเกินเส้น ทั้งที่แผงเลขที่ ข-{24 + i} ของ{me(a)}อยู่ในเส้นที่เทศบาลตีไว้ "
        "และผู้ค้าแผงข้างเคียงที่วางเกินมากกว่าไม่ถูกปรับ ขอให้ตรวจสอบและคืนค่าปรับด้วย"
        f"{ending(a)}\n\n"
        f"ผู้ร้อง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i + 2)}\n"
        f"โทร {tel(a, i + 2)}\n\nSent from my Android phone\n"
    )
    raw = message(i, desk_of(a), "ร้องเรียนเจ้าหน้าที่เทศกิจปรับผู้ค้า", box(a), text=text)
    return Case("plain_vendor_fine_complaint", raw, own(a, NO_BIRTH))


def plain_son_s40_mother(a: Party, i: int) -> Case:
    """A son working away applies from webmail for his mother, who sells vegetables, to
    join มาตรา 40: her name, ID, birth date and home; his own ID, phone and box."""
    p = a.p
    s_name, s_id, s_mob, s_box = SONS[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่{desk_of(a)}\n\nผม {s_name} (เลขบัตร {nid_w(s_id, i)}) "
        "ขอสมัครผู้ประกันตนมาตรา 40 ให้แม่ ซึ่งขายผักอยู่ที่ตลาดสดเทศบาล ไม่มีประกันอะไรเลยครับ\n\n"
        f"ชื่อแม่ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nวันเดือนปีเกิด {born_th(p.born, i)}\n"
        f"อายุ {age(p.born)} ปี\nที่อยู่ {home(a, i + 1)}\n"
        "เลือกทางเลือกที่ 1 (จ่าย 70 บาท/เดือน) หักจากบัญชีธนาคารของผมได้ครับ\n\n"
        f"แม่ไม่มีโทรศัพท์ ติดต่อผม {mobile(s_mob, i + 1)} ครับ\n{s_name}\n"
    )
    raw = message(i, desk_of(a), "สมัครประกันสังคม ม.40 ให้แม่", f"{s_name[3:]} <{s_box}>", text=text)
    return Case("plain_son_s40_mother", raw, for_other(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_webform_s40_notice(a: Party, i: int) -> Case:
    """The municipality's web form mails its notification: a table of the applicant's
    rows, then the beneficiary's (name, ID, relation, phone); the form's number, the
    option, the sender's IP."""
    p = a.p
    b_name, b_id, b_mob, rel = BENEFICIARIES[p.last]
    rows = [("หมายเลขคำขอ", f"S40-2569-{1042 + i:05d}"), ("ชื่อ-นามสกุล ผู้สมัคร", a.name),
            ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i + 1)),
            ("อาชีพ", ("ค้าขายหาบเร่", "รับจ้างทั่วไป", "ช่างเสริมสวย", "ขับรถรับจ้าง")[i % 4]),
            ("ที่อยู่ปัจจุบัน", home(a, i)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email or "-"),
            ("ทางเลือกการจ่ายเงินสมทบ", ("ทางเลือกที่ 3 (300 บาท/เดือน)", "ทางเลือกที่ 2 (100 บาท/เดือน)")[i % 2]),
            ("ชื่อผู้รับผลประโยชน์", b_name), ("เลขประจำตัวประชาชนผู้รับผลประโยชน์", nid_w(b_id, i + 1)),
            ("ความสัมพันธ์", rel), ("โทรศัพท์ผู้รับผลประโยชน์", mobile(b_mob, i) if b_mob else "-"),
            ("IP ผู้ส่ง", f"171.96.{12 + i}.{200 + i}"), ("วันที่ส่ง", f"0{2 + i % 7}/12/2026 08:{10 + i}")]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f2f2f2;width:40%'>{x}</td><td>{y}</td></tr>" for x, y in rows
    )
    html = (f"<html><body style='font-family:Tahoma'><p>มีผู้ส่งแบบฟอร์ม <b>สมัครผู้ประกันตนมาตรา 40 (ผ่านเทศบาล)</b> ใหม่</p>"
            f"<table border='1' cellspacing='0' cellpadding='4'>{t}</table>"
            "<p style='color:#888'>อีเมลนี้ส่งอัตโนมัติจากระบบ e-Service กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(i, desk_of(a), f"[e-Service] แบบฟอร์มใหม่: สมัคร ม.40 #{1042 + i}",
                  "e-Service <no-reply@eservice.example.go.th>", html=html)  # fmt: skip
    return Case("html_webform_s40_notice", raw, own(a, ALL))


def html_gmail_employer_workers(a: Party, i: int) -> Case:
    """A small employer (a noodle shop, a car wash) tells the municipality from Gmail of
    the workers he employs, for its labour survey and the health check: his own lines,
    then a table of two Thai and two Myanmar workers (IDs, passports, pink cards, wages,
    phones); his account number with the social security office."""
    p = a.p
    shop = ("ร้านก๋วยเตี๋ยวเรือ", "ร้านคาร์แคร์")[i % 2]
    t1, t2 = THAI_WORKERS[i % 3], THAI_WORKERS[(i + 1) % 3]
    m1, m2 = MYANMAR[i % 3], MYANMAR[(i + 2) % 3]
    rows = [(t1[0], "ไทย", nid_w(t1[1], i), mobile(t1[2], i), "372"),
            (t2[0], "ไทย", nid_w(t2[1], i + 1), mobile(t2[2], i + 1), "372"),
            (f"{m1[0]} ({m1[1]})", "เมียนมา", f"พาสปอร์ต {m1[2]} / บัตรชมพู {m1[3]}", "-", "360"),
            (f"{m2[0]} ({m2[1]})", "เมียนมา", f"พาสปอร์ต {m2[2]} / บัตรชมพู {m2[3]}", "-", "360")]  # fmt: skip
    t = "".join(
        f"<tr><td>{n + 1}</td>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
        for n, r in enumerate(rows)
    )
    html = (
        f'<div dir="ltr"><div>เรียน กองสวัสดิการสังคม {desk_of(a)}</div><br>'
        f"<div>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เจ้าของ{shop} "
        f"(เลขที่บัญชีนายจ้างประกันสังคม {1400012345 + i * 1111}) อยู่บ้านเลขที่ {home(a, i)} "
        f"ขอแจ้งรายชื่อลูกจ้างตามที่เทศบาลสำรวจ ดังนี้{ending(a)}</div><br>"
        "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>ลำดับ</th><th>ชื่อ-สกุล</th>"
        f"<th>สัญชาติ</th><th>เลขบัตร/เอกสาร</th><th>โทร</th><th>ค่าจ้าง/วัน (บาท)</th></tr>{t}</table><br>"
        f"<div>ร้านตั้งอยู่ที่ตลาดเทศบาล แผงที่ {31 + i} ไม่ใช่ที่บ้าน{ending(a)}</div><br>"
        f"<div>--</div><div>{a.name}</div><div>โทร {tel(a, i + 1)}</div></div>\n"
    )
    raw = message(i, desk_of(a), "แจ้งรายชื่อลูกจ้าง (ไทย/เมียนมา)", box(a), html=html)
    return Case("html_gmail_employer_workers", raw, own(a, NO_BIRTH))


def html_outlook_homeworker_training(a: Party, i: int) -> Case:
    """A home-workers' group's head asks from Outlook a training (sewing, packaging):
    the group's registration, ten members, the secretary who coordinates with her own
    phone, the head's own ID and home in the body and her signature."""
    p = a.p
    sec, sec_mob = SECRETARIES[i % 2]
    group = ("กลุ่มแม่บ้านเย็บผ้าโหล", "กลุ่มจักสานผักตบชวา")[i % 2]
    paras = [f"เรียน นายกเทศมนตรี {desk_of(a)}", "",
             f"ด้วย{group} (ทะเบียนวิสาหกิจชุมชนเลขที่ {('1-14-01-01/1-0027', '1-15-01-03/1-0112')[i % 2]}) "
             f"มีสมาชิกผู้รับงานไปทำที่บ้าน {10 + i} คน ขอรับการอบรม "
             f"{('การตัดเย็บเสื้อผ้าสำเร็จรูปและการคิดต้นทุน', 'การออกแบบบรรจุภัณฑ์และการขายออนไลน์')[i % 2]} "
             "พร้อมขอให้เจ้าหน้าที่แนะนำการสมัครประกันสังคมมาตรา 40 ให้สมาชิก",
             "",
             f"โดยดิฉัน {a.name} ประธานกลุ่ม เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
             f"เป็นผู้ยื่นคำขอ และมอบหมายให้ {sec} เลขานุการกลุ่ม โทร {mobile(sec_mob, i)} เป็นผู้ประสานงานเรื่องวันเวลา",
             "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>ประธาน{group}<br>'
           f"มือถือ {tel(a, i)}<br>{p.email}</p>")  # fmt: skip
    raw = message(i, desk_of(a), f"ขอรับการอบรม {group}", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_homeworker_training", raw, own(a, NO_BIRTH))


def html_gmail_vendor_permit(a: Party, i: int) -> Case:
    """A vendor asks from Gmail the permit to sell on the footpath: the point and stall
    size, the fee; her helper's ID and phone; her own lines in a short list."""
    p = a.p
    h_name, h_id, h_mob = HELPERS[i % 2]
    lines = [f"เรียน เจ้าพนักงานท้องถิ่น {desk_of(a)}", "",
             f"{me(a)}ขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ (ขายลูกชิ้นทอด) บริเวณจุดผ่อนผันที่ {12 + i} "
             f"หน้า{MARKET[desk_of(a)]} ขนาดแผง 1.5 x 2 เมตร เวลา 16.00-22.00 น. ยินดีชำระค่าธรรมเนียม 300 บาท/เดือน", "",
             f"ชื่อผู้ขอ: {a.name}", f"เลขบัตรประชาชน: {nid_w(p.nid, i + 1)}", f"วันเกิด: {born_th(p.born, i + 2)}",
             f"ที่อยู่: {home(a, i + 2)}", f"มือถือ: {tel(a, i)}", "",
             f"ผู้ช่วยจำหน่าย: {h_name} เลขบัตร {nid_w(h_id, i)} โทร {mobile(h_mob, i + 1)}", "",
             f"ขอบคุณ{ending(a)}", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, desk_of(a), "ขออนุญาตขายของบนทางเท้า", box(a), html=html)
    return Case("html_gmail_vendor_permit", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_vendor_permit_form(a: Party, i: int) -> Case:
    """The municipality's form (คำขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ) typed on its
    dotted lines: the vendor, her ID, age, home, phone; the ผู้ช่วยจำหน่าย's name, ID and
    home; the stall's place."""
    p = a.p
    h_name, h_id, h_mob = HELPERS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph("คำขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ")
        d.add_paragraph(f"เขียนที่ {desk_of(a)}\nวันที่ {3 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า.....{a.name}.....อายุ.....{age(p.born)}.....ปี สัญชาติ.....ไทย.....\n"
            f"เลขประจำตัวประชาชน.....{nid_w(p.nid, i)}.....\n"
            f"อยู่บ้านเลขที่.....{home(a, i + 1)}.....\n"
            f"โทรศัพท์.....{thai(tel(a, i)) if i % 2 else tel(a, i)}....."
        )
        d.add_paragraph(
            f"ขอยื่นคำขออนุญาตจำหน่ายสินค้า ประเภท.....{('ผลไม้ตัด', 'น้ำปั่น')[i % 2]}..... "
            f"โดยวิธี.....ตั้งแผงลอย..... ณ บริเวณ.....หน้า{MARKET[desk_of(a)]} จุดที่ {7 + i}..... "
            "ขนาดแผง.....1.2 x 2.0.....เมตร ตั้งแต่เวลา.....06.00.....น. ถึงเวลา.....14.00.....น."
        )
        d.add_paragraph(
            f"ผู้ช่วยจำหน่ายสินค้า ชื่อ.....{h_name}..... เลขประจำตัวประชาชน.....{nid_w(h_id, i + 1)}.....\n"
            f"โทรศัพท์.....{mobile(h_mob, i)}....."
        )
        d.add_paragraph(
            "พร้อมนี้ได้แนบเอกสาร 1. สำเนาบัตรประจำตัวประชาชน 2. สำเนาทะเบียนบ้าน 3. รูปถ่าย 1 นิ้ว 2 รูป"
        )
        d.add_paragraph(
            f"(ลงชื่อ).......................ผู้ขออนุญาต\n({a.name})\n\n(ลงชื่อ).......................ผู้ช่วยจำหน่าย\n({h_name})"
        )

    raw = message(i, desk_of(a), "ส่งคำขออนุญาตจำหน่ายสินค้าในที่สาธารณะ", box(a),
                  text=f"เรียน งานเทศกิจ\nแนบแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอจำหน่ายสินค้า.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_vendor_permit_form", raw, own(a, NO_BIRTH))


def docx_foreman_crew_letter(a: Party, i: int) -> Case:
    """A foreman's letter asking the municipality's mobile unit to sign his crew up for
    มาตรา 40 at the site: his own ID, home and phone in the body; a table of four crew
    members (IDs, phones); the site's place; he signs as หัวหน้าคนงาน."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"{3 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอให้หน่วยบริการเคลื่อนที่รับสมัครประกันสังคมมาตรา 40 ให้คนงาน\nเรียน นายกเทศมนตรี{desk_of(a)[6:]}"
        )
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ที่อยู่ {home(a, i)} "
            f"โทรศัพท์ {tel(a, i + 1)} เป็นหัวหน้าคนงานก่อสร้าง (รับเหมาค่าแรง) ทำงานที่ไซต์ก่อสร้างอาคารพาณิชย์ "
            f"ถนน{('สุดบรรทัด', 'โรจนะ')[i % 2]} มีคนงานรายวัน ค่าแรงวันละ 400 บาท ยังไม่มีประกันสังคม "
            "จึงขอให้เจ้าหน้าที่ไปรับสมัครที่ไซต์ในวันเสาร์ รายชื่อดังนี้"
        )
        t = d.add_table(rows=1, cols=4)
        for c, h in zip(t.rows[0].cells, ("ที่", "ชื่อ-สกุล", "เลขบัตรประชาชน", "โทรศัพท์"), strict=True):
            c.text = h
        for n, (name, nid, mob) in enumerate(CREW):
            for c, v in zip(
                t.add_row().cells, (str(n + 1), name, nid_w(nid, n), mobile(mob, n)), strict=True
            ):
                c.text = v
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n{a.name}\nหัวหน้าคนงาน")

    raw = message(i, desk_of(a), "ขอรับสมัคร ม.40 ให้คนงานก่อสร้าง", box(a, "โฟร์แมน " + p.first),
                  text="เรียนเจ้าหน้าที่\nส่งหนังสือตามแนบครับ\n",
                  files=(("หนังสือขอรับสมัคร ม40.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_foreman_crew_letter", raw, own(a, NO_BIRTH))


def docx_win_rider_form(a: Party, i: int) -> Case:
    """A form typed in Word to register a motorcycle-taxi rider: his block (name, ID,
    birth date, home, phone), his vehicle (plate, vest, licence), then the ผู้รับรอง
    block of the วิน's head (name, ID, phone)."""
    p = a.p
    h_name, h_id, h_mob, win = WIN_HEADS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอขึ้นทะเบียนผู้ขับขี่รถจักรยานยนต์รับจ้าง")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้ขับขี่")
        d.add_paragraph(
            f"ชื่อ-สกุล: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}\nวันเดือนปีเกิด: {born_th(p.born, i)}\n"
            f"ที่อยู่ตามทะเบียนบ้าน: {home(a, i + 1)}\nโทรศัพท์: {tel(a, i + 2)}"
        )
        d.add_paragraph("ส่วนที่ 2 ข้อมูลรถและวิน")
        d.add_paragraph(
            f"ทะเบียนรถ (ป้ายเหลือง): {1 + i}ขข {2837 + i} {p.province}\nชื่อวิน: {win}\nหมายเลขเสื้อ: {31 + i}\n"
            f"ใบอนุญาตขับรถจักรยานยนต์สาธารณะเลขที่: {63001288 + i * 13}"
        )
        d.add_paragraph("ส่วนที่ 3 ผู้รับรอง (หัวหน้าวิน)")
        d.add_paragraph(
            f"ชื่อ-สกุล: {h_name}\nเลขประจำตัวประชาชน: {nid_w(h_id, i)}\nโทรศัพท์: {mobile(h_mob, i + 1)}"
        )
        d.add_paragraph(
            f"ลงชื่อ..................ผู้ขอ\n({a.name})\n\nลงชื่อ..................ผู้รับรอง\n({h_name})"
        )

    raw = message(i, desk_of(a), "แบบขึ้นทะเบียนวินจักรยานยนต์รับจ้าง", box(a),
                  text=f"ส่งแบบขึ้นทะเบียน{ending(a)}\n", files=(("ขึ้นทะเบียนวิน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_win_rider_form", raw, own(a, ALL))


def docx_employer_register_form(a: Party, i: int) -> Case:
    """A form in Word (แบบแจ้งข้อมูลนายจ้างและลูกจ้าง): the employer's block (name, ID,
    account number, home, phone), then a table of his workers: a Thai worker with her
    ID, two Myanmar workers with passports, pink cards and wages."""
    p = a.p
    t1 = THAI_WORKERS[(i + 2) % 3]
    ms = (MYANMAR[(i + 1) % 3], MYANMAR[i % 3])

    def build(d: Any) -> None:
        d.add_paragraph("แบบแจ้งข้อมูลนายจ้างและลูกจ้าง (สำหรับสถานประกอบการขนาดเล็ก)")
        d.add_paragraph("1. ข้อมูลนายจ้าง")
        t = d.add_table(rows=0, cols=2)
        for k, v in (("ชื่อนายจ้าง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                     ("ประเภทกิจการ", ("โรงงานทำขนมเปี๊ยะ", "อู่ซ่อมรถ")[i % 2]),
                     ("เลขที่บัญชีนายจ้าง (สปส.)", f"{1300045678 + i * 2222}"),
                     ("ที่อยู่นายจ้าง", home(a, i + 2)), ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email or "-")):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("2. ข้อมูลลูกจ้าง")
        w = d.add_table(rows=1, cols=5)
        for c, h in zip(
            w.rows[0].cells,
            ("ชื่อ-สกุล", "สัญชาติ", "เลขบัตร/หนังสือเดินทาง", "เลขบัตรชมพู", "ค่าจ้าง/วัน"),
            strict=True,
        ):
            c.text = h
        rows = [(t1[0], "ไทย", nid_w(t1[1], i + 1), "-", "380")] + [
            (f"{m[1]}", "เมียนมา", m[2], m[3], "360") for m in ms
        ]
        for r in rows:
            for c, v in zip(w.add_row().cells, r, strict=True):
                c.text = v
        d.add_paragraph(
            f"ข้าพเจ้าขอรับรองว่าข้อมูลข้างต้นเป็นความจริง\n\nลงชื่อ...................นายจ้าง\n({a.name})"
        )

    raw = message(i, desk_of(a), "แบบแจ้งข้อมูลนายจ้างและลูกจ้าง", box(a),
                  text="เรียน กองสวัสดิการสังคม\nแนบแบบแจ้งข้อมูลลูกจ้างครับ/ค่ะ\n",
                  files=(("แจ้งลูกจ้าง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_employer_register_form", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_s40_form(a: Party, i: int) -> Case:
    """A fillable สปส. 1-40 whose fields keep Acrobat's names (Text1 ... Text12): the
    applicant's lines, the option, then the ผู้รับผลประโยชน์ (name, ID, phone)."""
    p = a.p
    b_name, b_id, b_mob, rel = BENEFICIARIES[p.last]
    labels = [(40, 18, "แบบคำขอสมัครเป็นผู้ประกันตนตามมาตรา 40 (สปส. 1-40)"), (20, 30, f"ยื่นผ่าน {desk_of(a)}"),
              (20, 42, "ชื่อ-นามสกุล"), (20, 52, "เลขประจำตัวประชาชน"), (120, 52, "วันเดือนปีเกิด"),
              (20, 62, "ที่อยู่ที่ติดต่อได้"), (20, 72, "โทรศัพท์มือถือ"), (110, 72, "อีเมล"),
              (20, 82, "อาชีพ"), (110, 82, "ทางเลือก"),
              (20, 100, "ผู้รับผลประโยชน์ ชื่อ-นามสกุล"), (20, 110, "เลขประจำตัวประชาชน"), (120, 110, "ความสัมพันธ์"),
              (20, 120, "โทรศัพท์")]  # fmt: skip
    fields = [Field("Text1", a.name, 45, 42, 100), Field("Text2", p.nid, 60, 52, 55, comb=13),
              Field("Text3", born_th(p.born, i), 145, 52, 45), Field("Text4", home(a, i), 55, 62, 140),
              Field("Text5", tel(a, i + 1), 50, 72, 50), Field("Text6", p.email, 122, 72, 70),
              Field("Text7", ("ขายอาหารตามสั่ง", "ช่างตัดผม")[i % 2], 35, 82, 60), Field("Text8", ("2", "3")[i % 2], 130, 82, 20),
              Field("Text9", b_name, 75, 100, 90), Field("Text10", b_id, 60, 110, 55, comb=13),
              Field("Text11", rel, 145, 110, 40), Field("Text12", mobile(b_mob, i) if b_mob else "", 40, 120, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, desk_of(a), "สปส. 1-40 กรอกแล้ว", box(a), text="แนบแบบ สปส.1-40 ค่ะ/ครับ\n",
                  files=(("sps1-40.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_s40_form", raw, own(a, ALL))


def pdf_typed_wife_claim(a: Party, i: int) -> Case:
    """The wife's typed letter (her block top right) asking the benefit for her husband,
    a rider hurt on a delivery: his name, ID, birth date, home; her ID and phone; the
    bill, the days off, his rider code."""
    p = a.p
    w_name, w_id, w_mob, w_box = WIVES[(i + 1) % 2]
    paras = [(120, f"บ้านเลขที่ {home(a, i)}"), (120, f"{4 + i % 20} ธันวาคม 2569"), (20, ""),
             (20, "เรื่อง ขอรับประโยชน์ทดแทนกรณีประสบอันตราย ผู้ประกันตนมาตรา 40"),
             (20, f"เรียน นายกเทศมนตรี{desk_of(a)[6:]}"), (20, ""),
             (30, f"ข้าพเจ้า {w_name} เลขประจำตัวประชาชน {nid_w(w_id, i)} โทรศัพท์ {mobile(w_mob, i + 2)} "
                  f"ภรรยาของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
                  f"ซึ่งเป็นผู้ประกันตนมาตรา 40 และเป็นไรเดอร์ส่งอาหาร (รหัส GR-{730914 + i}) "
                  f"สามีประสบอุบัติเหตุรถล้มขณะส่งอาหารเมื่อวันที่ {15 + i % 10} พฤศจิกายน 2569 "
                  f"เข้ารับการรักษาที่โรงพยาบาล ค่ารักษา {12780 + i * 35:,} บาท แพทย์ให้หยุดพัก 21 วัน"),
             (30, "เนื่องจากสามียังไม่สามารถเดินทางมาได้ ข้าพเจ้าจึงขอยื่นเรื่องแทน พร้อมใบรับรองแพทย์และสำเนาบัตรของสามี"),
             (20, ""), (110, "ขอแสดงความนับถือ"), (110, ""), (110, f"({w_name})"), (115, "ภรรยาผู้ประกันตน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, desk_of(a), "ยื่นขอประโยชน์ทดแทน ม.40 แทนสามี", f"{w_name[3:]} <{w_box}>",
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือขอรับประโยชน์ทดแทนของสามีค่ะ\n",
                  files=(("หนังสือขอรับประโยชน์ทดแทน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_wife_claim", raw, for_other(a, ALL))


def pdf_fillable_fine_appeal(a: Party, i: int) -> Case:
    """A fillable คำร้องขอทบทวนค่าปรับ with named fields (vendor_*, ticket_*, officer):
    the vendor's lines, the ticket's number, date and amount, the stall, the officer."""
    p = a.p
    labels = [(50, 18, f"คำร้องขอทบทวนการเปรียบเทียบปรับ {desk_of(a)}"), (20, 40, "ชื่อผู้ร้อง"),
              (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (20, 84, "ใบเปรียบเทียบปรับเลขที่"), (110, 84, "จำนวนเงิน (บาท)"), (20, 94, "แผงเลขที่"),
              (90, 94, "เจ้าหน้าที่ผู้ปรับ"), (20, 108, "เหตุผล")]  # fmt: skip
    fields = [Field("vendor_name", a.name, 50, 40, 100), Field("vendor_id", nid_w(p.nid, i), 60, 50, 55),
              Field("vendor_address", home(a, i + 1), 35, 60, 160), Field("vendor_phone", tel(a, i), 45, 70, 55),
              Field("ticket_no", f"ปร.{3108 + i}/2569", 65, 84, 40), Field("ticket_amount", ("1,000", "2,000")[i % 2], 145, 84, 30),
              Field("stall_no", f"ค-{18 + i}", 45, 94, 30), Field("officer", OFFICERS[(i + 1) % 2], 125, 94, 60),
              Field("reason", "วันที่ถูกปรับฝนตก จึงกางร่มเกินแผงเพียงชั่วคราว ขอให้ลดค่าปรับ", 40, 108, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, desk_of(a), "คำร้องขอทบทวนค่าปรับ", box(a), text=f"ส่งคำร้องตามไฟล์แนบ{ending(a)}\n",
                  files=(("คำร้องทบทวนค่าปรับ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_fine_appeal", raw, own(a, NO_BIRTH))


def pdf_typed_employer_letter(a: Party, i: int) -> Case:
    """An employer's typed letter (his block top left) asking a certificate that his
    Myanmar worker lives in the room behind his shop, for her pink card's renewal: her
    names, passport, pink card, wage; his ID, home and phone; the shop elsewhere."""
    p = a.p
    th, en, passport, pink = MYANMAR[(i + 2) % 3]
    paras = [(20, a.name), (20, f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}"), (20, home(a, i + 1)),
             (20, f"โทร {tel(a, i + 2)}"), (20, ""), (120, f"{9 + i % 15} ธันวาคม 2569"), (20, ""),
             (20, "เรื่อง ขอหนังสือรับรองที่พักของแรงงานต่างด้าว"), (20, f"เรียน นายกเทศมนตรี{desk_of(a)[6:]}"), (20, ""),
             (30, f"ข้าพเจ้าเป็นนายจ้างของ {th} ({en}) สัญชาติเมียนมา หนังสือเดินทางเลขที่ {passport} "
                  f"บัตรสีชมพูเลขที่ {nid_w(pink, i)} ทำงานเป็นลูกจ้างร้าน{('ขายวัสดุก่อสร้าง', 'ซ่อมรถจักรยานยนต์')[i % 2]}ของข้าพเจ้า "
                  f"ค่าจ้างวันละ 360 บาท ซึ่งพักอาศัยในห้องพักด้านหลังร้านเลขที่ {140 + i}/3 ตลาดเทศบาล "
                  "จึงขอหนังสือรับรองที่พักเพื่อใช้ต่ออายุบัตรสีชมพู"),
             (20, ""), (110, "ขอแสดงความนับถือ"), (110, ""), (110, f"({a.name})"), (120, "นายจ้าง")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, desk_of(a), "ขอหนังสือรับรองที่พักแรงงานต่างด้าว", box(a), text="แนบหนังสือครับ/ค่ะ\n",
                  files=(("รับรองที่พัก.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_employer_letter", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_employer_worker_sheet(a: Party, i: int) -> Case:
    """An employer's sheet for the labour survey: his head block (name, ID, account
    number, home, phone), then his workers' rows (Thai with IDs and phones, Myanmar
    with passports and pink cards), wages per day."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ลูกจ้าง"
        ws.append(("แบบสำรวจลูกจ้างในสถานประกอบการ",))
        ws.append(("ชื่อนายจ้าง", a.name))
        ws.append(("เลขประจำตัวประชาชนนายจ้าง", nid_w(p.nid, i)))
        ws.append(("เลขที่บัญชีนายจ้าง", str(1900023456 + i * 3131)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", tel(a, i + 1)))
        ws.append(())
        ws.append(
            ("ลำดับ", "ชื่อ-สกุล", "สัญชาติ", "เลขบัตรประชาชน/บัตรชมพู", "หนังสือเดินทาง", "โทร", "ค่าจ้าง/วัน")
        )
        t = THAI_WORKERS[i % 3]
        ws.append((1, t[0], "ไทย", nid_w(t[1], i), "", mobile(t[2], i), 372))
        for n, m in enumerate(MYANMAR[:2]):
            ws.append((n + 2, m[1], "เมียนมา", m[3], m[2], "", 360))

    raw = message(i, desk_of(a), "ส่งแบบสำรวจลูกจ้าง", box(a), text="ส่งแบบสำรวจตามแนบ\n",
                  files=(("สำรวจลูกจ้าง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_employer_worker_sheet", raw, own(a, NO_BIRTH))


def xlsx_win_roster(a: Party, i: int) -> Case:
    """A วิน's head sends the roster of his riders for the municipality's registration:
    his own block on top (name, ID, phone, home), then the riders' rows (IDs, vest
    numbers, phones, plates)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อวิน"
        ws.append((f"รายชื่อผู้ขับขี่รถจักรยานยนต์รับจ้าง {('วินตลาดหัวรอ', 'วินหน้าโรงพยาบาล')[i % 2]}",))
        ws.append(("หัวหน้าวิน (ผู้ยื่น)", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(())
        ws.append(("เบอร์เสื้อ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "โทรศัพท์", "ทะเบียนรถ"))
        for n, (name, nid, mob, vest) in enumerate(RIDERS):
            ws.append((vest, name, nid_w(nid, n), mobile(mob, n + i), f"{n + 1}กจ {3310 + n * 7}"))

    raw = message(i, desk_of(a), "รายชื่อวินขอขึ้นทะเบียน", box(a), text=f"ส่งรายชื่อลูกวิน{ending(a)}\n",
                  files=(("รายชื่อวิน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_win_roster", raw, own(a, NO_BIRTH))


def xlsx_homeworker_members(a: Party, i: int) -> Case:
    """A home-workers' group's list for the training: the head's block (name, ID, birth
    date, home, phone) under the group's registration, then members' rows."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สมาชิก"
        ws.append(
            (
                f"{('กลุ่มสตรีทำดอกไม้จันทน์', 'กลุ่มทอผ้าบ้านโพสะ')[i % 2]} ทะเบียนเลขที่ 1-15-01-0{i % 9}/1-00{41 + i}",
            )
        )
        ws.append(("ประธานกลุ่ม", a.name, "เลขบัตร", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1), "โทร", tel(a, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(())
        ws.append(("ที่", "ชื่อ-สกุล", "เลขบัตรประชาชน", "โทร", "รายได้เฉลี่ย/เดือน"))
        for n, (name, nid, mob) in enumerate(MEMBERS):
            ws.append((n + 1, name, nid_w(nid, n + i), mobile(mob, n), 4500 + n * 500))

    raw = message(i, desk_of(a), "รายชื่อสมาชิกกลุ่มขอรับการอบรม", box(a), text="ส่งรายชื่อสมาชิกค่ะ\n",
                  files=(("สมาชิกกลุ่ม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_homeworker_members", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_line_chat_s40, (0, 6)),
    (plain_wife_rider_claim, (1, 13)),
    (plain_win_rider_iphone, (11, 9)),
    (plain_vendor_fine_complaint, (0, 10)),
    (plain_son_s40_mother, (4, 12)),
    (html_webform_s40_notice, (2, 8)),
    (html_gmail_employer_workers, (5, 1)),
    (html_outlook_homeworker_training, (8, 6)),
    (html_gmail_vendor_permit, (10, 2)),
    (docx_vendor_permit_form, (6, 0)),
    (docx_foreman_crew_letter, (3, 11)),
    (docx_win_rider_form, (9, 7)),
    (docx_employer_register_form, (13, 5)),
    (pdf_fillable_s40_form, (12, 6)),
    (pdf_typed_wife_claim, (13, 1)),
    (pdf_fillable_fine_appeal, (4, 10)),
    (pdf_typed_employer_letter, (3, 7)),
    (xlsx_employer_worker_sheet, (1, 9)),
    (xlsx_win_roster, (11, 3)),
    (xlsx_homeworker_members, (0, 6)),
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
