"""A hundred-and-twentieth set of requests written by someone who had not read the readers
(issue 8): VOLUNTEERS AND COMMUNITY WORKERS writing to a municipality or an SAO in the north
(เทศบาลเมืองน่าน, อบต.ท่าเสา in อุตรดิตถ์, เทศบาลเมืองแพร่): civil defence volunteers
(อปพร.) registering and renewing their cards, village health volunteers (อสม.) claiming
their monthly ค่าป่วยการ or changing the bank account it is paid to, จิตอาสา training
sign-ups, a volunteer's accident claim, a group leader (ประธาน อสม., หัวหน้าชุด อปพร.)
sending a list of members, a volunteer writing for a sick colleague. Kinds: plain (phone
mail, LINE-forwarded chat, webmail), HTML (Gmail with a members' table, Outlook, a web-form
notification, an iPhone reply over the office's quoted mail), Word (an application form, a
leader's letter, a certificate request, a bank-change form), PDF (fillable and typed), xlsx
(a roster of many members, a one-person sign-up sheet, a monthly claim sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the builders and tests of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body, the natural person who signs), sets 31/63 (a
service for one person asked by another is the one it is for), set 37 (where only
another's phone is given, phone `()`). So:
- a volunteer writing for HIMSELF (registering, renewing, claiming, changing his account,
  signing up, claiming for his own accident): he is the applicant; a colleague named as
  witness, an emergency contact, a village head who certifies (ผู้รับรอง), an officer in a
  quoted mail, a hospital's or a ร.พ.สต.'s line are never his.
- a volunteer writing FOR A SICK COLLEAGUE (the colleague's allowance, the colleague's
  accident claim): the colleague is the applicant (sets 31/63); the writer's name, ID, phone,
  box and home never; the colleague's phone and e-mail `()` where only the writer's appear.
- a GROUP LEADER sending a LIST of many members (to register them, to renew them, to claim
  for them all): no single member is the one it is for, so the leader who asks and signs
  for the group is the applicant (set 28's natural person who signs for a body): his name,
  his ID where given, his phone, his home where given; no member's row is ever his.
Address: where the applicant lives, house number to the อำเภอ, with or without เลขที่ /
บ้านเลขที่, with or without province and postal code; province and postal code of that
address. A bank account number (ธ.ก.ส., กรุงไทย, ออมสิน: 10 or 12 digits, dashed or not),
an อปพร. card or member number, a training certificate's number, a course's number and its
dates, an HN, an insurance policy or claim number, a ร.พ.สต.'s line, an amount, a house
count, a month's allowance are never an ID, a phone or a birth date. Birth date ISO, only
the applicant's; never a training's, a card's, an accident's or a letter's date.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, THAI_DIGITS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@nan-city.example.go.th"
NAN_CITY = "เทศบาลเมืองน่าน"
PHRAE_CITY = "เทศบาลเมืองแพร่"
THASAO = "องค์การบริหารส่วนตำบลท่าเสา"
NAN, PHRAE, UTT = "น่าน", "แพร่", "อุตรดิตถ์"

# Volunteers (the applicants in their own requests, the sick colleagues, the leaders).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "บุญเรือง", "ใจคำ", "355010024417", date(1971, 5, 14), "0817843120", "boonruang.jk@gmail.com",
      "112", "", "", "สุมนเทวราช", "ในเวียง", "เมืองน่าน", NAN, "55000"),
    P("นาง", "จันทร์เพ็ญ", "อินต๊ะ", "355010037752", date(1968, 10, 2), "0893317546", "",
      "45", "7", "", "", "ดู่ใต้", "เมืองน่าน", NAN, "55000"),
    P("นาย", "สมศักดิ์", "ปัญญาวงค์", "354010016630", date(1975, 1, 29), "0862208914", "somsak.pw@hotmail.com",
      "18/3", "", "", "ยันตรกิจโกศล", "ในเวียง", "เมืองแพร่", PHRAE, "54000"),
    P("นางสาว", "ศิริพร", "คำมา", "353010048821", date(1990, 7, 8), "0956614273", "siriporn.km@gmail.com",
      "77", "4", "", "", "ท่าเสา", "เมืองอุตรดิตถ์", UTT, "53000"),
    P("นาง", "บัวผัน", "สุริยะ", "355020011946", date(1963, 3, 21), "0871126405", "",
      "9", "2", "", "", "กลางเวียง", "เวียงสา", NAN, "55110"),
    P("นาย", "ประเสริฐ", "วงศ์ไชย", "354010052278", date(1966, 12, 5), "0819934682", "prasert.wc@gmail.com",
      "201", "6", "", "", "ทุ่งโฮ้ง", "เมืองแพร่", PHRAE, "54000"),
    P("นาง", "สุพัตรา", "ทาแก้ว", "353010029304", date(1979, 8, 17), "0894467021", "supattra.tk@yahoo.com",
      "33/1", "8", "", "", "ท่าเสา", "เมืองอุตรดิตถ์", UTT, "53000"),
    P("นาย", "อุดม", "ธิวงค์", "355010061185", date(1958, 2, 11), "0846671239", "",
      "5", "", "", "มหาวงศ์", "ในเวียง", "เมืองน่าน", NAN, "55000"),
    P("นางสาว", "กาญจนา", "ปินตา", "354030020417", date(1994, 11, 30), "0628845170", "kanjana.pt@gmail.com",
      "88", "3", "", "", "เด่นชัย", "เด่นชัย", PHRAE, "54110"),
    P("นาย", "ณัฐวุฒิ", "มูลเมือง", "353060013568", date(1986, 6, 3), "0931175842", "nattawut.mm@gmail.com",
      "140", "1", "", "", "พิชัย", "พิชัย", UTT, "53120"),
    P("นาง", "ลำดวน", "ศรีบุญเรือง", "355040008872", date(1961, 9, 9), "0880215634", "",
      "61", "5", "", "", "ปัว", "ปัว", NAN, "55120"),
    P("นาย", "ธีรพงษ์", "เขื่อนเพชร", "354050031290", date(1982, 4, 26), "0917730458", "teerapong.kp@hotmail.com",
      "27/4", "9", "", "", "สูงเม่น", "สูงเม่น", PHRAE, "54130"),
)  # fmt: skip

# Other volunteers who appear beside the applicant (name, ID, mobile, short home).
OTHERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายสมาน ไชยวงค์", with_check_digit("355010071246"), "0864428817", "14 หมู่ 7 ต.ดู่ใต้ อ.เมืองน่าน จ.น่าน 55000"),
    ("นางแสงเดือน กันทะวงศ์", with_check_digit("355010083310"), "0897125564", "3/2 ถ.ผากอง ต.ในเวียง อ.เมืองน่าน จ.น่าน 55000"),
    ("นายเกียรติศักดิ์ อินทรวงศ์", with_check_digit("354010090137"), "0815526093", "56 หมู่ 2 ต.ทุ่งโฮ้ง อ.เมืองแพร่ จ.แพร่ 54000"),
    ("นางสาวพิมพ์ใจ ทองมา", with_check_digit("353010066725"), "0952204418", "101 หมู่ 8 ต.ท่าเสา อ.เมืองอุตรดิตถ์ จ.อุตรดิตถ์ 53000"),
    ("นายวิเชียร ปันทะ", with_check_digit("355020047731"), "0836610257", "22 หมู่ 4 ต.กลางเวียง อ.เวียงสา จ.น่าน 55110"),
    ("นางทองใบ แก้วมูล", with_check_digit("354030058810"), "0874413396", "9/9 หมู่ 5 ต.เด่นชัย อ.เด่นชัย จ.แพร่ 54110"),
    ("นายสุรินทร์ ใจยา", with_check_digit("353060072295"), "0928816440", "73 หมู่ 3 ต.พิชัย อ.พิชัย จ.อุตรดิตถ์ 53120"),
)  # fmt: skip

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_aporpor_renewal_phone": "the อปพร. who renews; his card number, course dates never an ID or date",
    "plain_osm_bank_change_webmail": "the อสม. herself; old and new account numbers never an ID or phone",
    "plain_for_sick_colleague": "the sick colleague; never the writer (her ID, phone, box)",
    "plain_line_forwarded_jitarsa": "the one who signs up in the chat; the group admin's lines never",
    "plain_accident_claim_own": "the injured volunteer himself; the witness, HN, policy never his",
    "html_gmail_leader_members_table": "the leader who sends and signs; no member's row",
    "html_outlook_osm_allowance": "the อสม. who claims; the ร.พ.สต.'s line, account number never hers",
    "html_webform_jitarsa_signup": "the registrant; the emergency contact never",
    "html_iphone_reply_over_quoted": "the volunteer who replies; the officer's quoted signature never",
    "docx_aporpor_application_form": "the ผู้สมัคร; the ผู้รับรอง (village head) never",
    "docx_leader_letter_for_sick_member": "the sick member the letter is for; never the leader who signs",
    "docx_certificate_copy_request": "the volunteer asking his certificate; its number never an ID",
    "docx_osm_bank_change_form": "the อสม. in the form; the account numbers never",
    "pdf_fillable_aporpor_renewal": "the อปพร. in the member_* fields; the ref_* (ผู้รับรอง) never",
    "pdf_fillable_accident_claim": "the injured volunteer (injured_*); the witness_* never",
    "pdf_typed_osm_letter": "the อสม. who writes and signs; the ร.พ.สต. and its head never",
    "pdf_typed_leader_cover_list": "the leader who signs; the members listed below never",
    "xlsx_osm_roster_leader": "the ประธาน อสม. in the head block; no member's row",
    "xlsx_jitarsa_single_signup": "the registrant's rows; the emergency contact's rows never",
    "xlsx_allowance_months_claim": "the claimant in the head; month rows, account never",
}


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set120-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def office(a: Party) -> str:
    return {NAN: NAN_CITY, PHRAE: PHRAE_CITY, UTT: THASAO}[a.p.province]


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def account(k: int) -> str:
    """A bank account as typed: ธ.ก.ส. 12 digits, กรุงไทย 10 dashed, ออมสิน 12 plain."""
    return (f"0{k % 10}{2 + k % 7}-2-{41170 + 13 * k:05d}-{k % 9}",
            f"{980 + k}-0-{16624 + 7 * k}-{(k * 3) % 10}",
            f"02{k % 10}{8 + k % 2}{5510 + k}{2300 + 11 * k}")[k % 3]  # fmt: skip


def member_no(a: Party, k: int) -> str:
    code = {NAN: "นน", PHRAE: "พร", UTT: "อต"}[a.p.province]
    return f"{code} {412 + 37 * k:04d}/25{65 + k % 3}"


# --- plain ---------------------------------------------------------------------------------


def plain_aporpor_renewal_phone(a: Party, i: int) -> Case:
    """An อปพร. renews his card from his phone: his member number, the course he passed
    (its dates), the card's expiry, his ID, birth date, home and mobile."""
    p = a.p
    text = (
        f"เรียน หัวหน้าฝ่ายป้องกันและบรรเทาสาธารณภัย {office(a)}\n\n"
        f"{me(a)} {a.name} สมาชิก อปพร. เลขที่ {member_no(a, i)} บัตรประจำตัว อปพร. หมดอายุวันที่ 30 กันยายน 2569 "
        f"ขอต่ออายุบัตร{ending(a)}\n"
        f"ผ่านหลักสูตรจัดตั้ง อปพร. รุ่นที่ {14 + i} ระหว่างวันที่ 3-7 มีนาคม 2565 และหลักสูตรทบทวน 12-13 สิงหาคม 2568\n\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i)}\nที่อยู่ {home(a, i)}\n"
        f"มือถือ {mobile(p.mobile, i)}\nอีเมล {p.email or '-'}\n\n"
        f"รูปถ่าย 1 นิ้ว 2 รูป จะนำไปส่งที่สำนักงานวันจันทร์{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอต่ออายุบัตร อปพร.", box(a), text=text)
    return Case("plain_aporpor_renewal_phone", raw, own(a, ALL))


def plain_osm_bank_change_webmail(a: Party, i: int) -> Case:
    """An อสม. asks to have her ค่าป่วยการ paid into a new account (the old ธ.ก.ส. one
    closed): both account numbers, her ID, the ร.พ.สต.'s line, her own mobile last."""
    p = a.p
    text = (
        f"เรียน เจ้าหน้าที่กองสาธารณสุขฯ {office(a)}\n\n"
        f"{me(a)} {a.name} อสม. หมู่ที่ {p.moo or '1'} สังกัด รพ.สต.บ้าน{p.tambon} (โทร 054-{710 + i}-{2240 + i}) "
        f"ขอเปลี่ยนบัญชีรับเงินค่าป่วยการ อสม. เนื่องจากบัญชีเดิมปิดไปแล้ว\n\n"
        f"บัญชีเดิม ธ.ก.ส. เลขที่ {account(i)}\nบัญชีใหม่ ธนาคารกรุงไทย สาขา{p.amphoe} เลขที่ {account(i + 1)}\n"
        f"ชื่อบัญชี {a.name}\n\n"
        f"เลขประจำตัวประชาชน\n{nid_w(p.nid, i + 1)}\nที่อยู่\n{home(a, i + 1)}\n\n"
        f"แนบสำเนาหน้าสมุดบัญชีมาด้วย{ending(a)}\nโทร {mobile(p.mobile, i + 2)}\n{a.name}\n"
    )
    raw = message(i, "ขอเปลี่ยนบัญชีรับเงินค่าป่วยการ อสม.", box(a), text=text)
    return Case("plain_osm_bank_change_webmail", raw, own(a, NO_BIRTH))


def plain_for_sick_colleague(a: Party, i: int) -> Case:
    """A volunteer writes for a colleague in hospital to claim the colleague's allowance:
    her own name, ID and phone first, then the colleague's ID, birth date and home."""
    p = a.p
    wn, wid, wm, whome = OTHERS[i % len(OTHERS)]
    wi, we = ("ผม", "ครับ") if wn.startswith("นาย") else ("ดิฉัน", "ค่ะ")
    text = (
        f"เรียน {office(a)}\n\n"
        f"{wi} {wn} เลขประจำตัวประชาชน {nid_w(wid, i)} อสม. บ้านเดียวกัน ขอส่งเรื่องแทน{a.name} "
        "ซึ่งนอนโรงพยาบาลน่าน (ผ่าตัดไส้ติ่ง) ตั้งแต่วันที่ 24 พฤศจิกายน 2569 ยังมาเซ็นรับเงินค่าป่วยการเดือนพฤศจิกายนไม่ได้\n\n"
        f"ข้อมูลผู้ป่วย\nชื่อ {a.name}\nเลขบัตร {nid_w(p.nid, i + 2)}\nเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านเลขที่ {home(a, i)}\n\n"
        f"ขอให้โอนเข้าบัญชีเดิมของ{a.name}ได้เลย หากมีเอกสารให้เซ็น ติดต่อ{wi} {mobile(wm, i)} {we}\n"
        f"ที่อยู่{wi} {whome}\n\n{wn}\n"
    )
    raw = message(
        i, f"ส่งเรื่องแทน {a.name} (ป่วย)", f"{wn.split()[0][3:]} <osm.{i}@gmail.com>", text=text
    )
    return Case("plain_for_sick_colleague", raw, for_other(a, NO_MAIL))


def plain_line_forwarded_jitarsa(a: Party, i: int) -> Case:
    """A LINE chat exported and mailed: the group's admin posts the training (its date and
    course number), the volunteer answers with her lines; another member signs up too."""
    p = a.p
    on, oid, om, _ = OTHERS[(i + 3) % len(OTHERS)]
    first = a.p.first
    text = (
        f"[LINE] ประวัติการแชทใน จิตอาสา 904 {p.tambon}\nวันที่บันทึก: 2569/12/0{1 + i % 5} 20:14\n\n"
        f"2569/11/28(ศ.)\n"
        f"09:02\tแอดมิน อบรมจิตอาสา\tรับสมัครจิตอาสาพระราชทาน 904 หลักสูตรที่ {3 + i}/2570 อบรมวันที่ 14-15 มกราคม 2570 แจ้งชื่อ เลขบัตร วันเกิด ที่อยู่ เบอร์โทร ในกลุ่มนี้เลยนะครับ สอบถามแอดมิน 054-611-{300 + i}\n"
        f"09:15\t{on.split()[0][3:]}\tขอสมัคร{on} {oid} โทร {om}\n"
        f"09:31\t{first}\tสมัคร{ending(a)}\n"
        f"09:31\t{first}\t{a.name}\n"
        f"09:32\t{first}\t{nid_w(p.nid, i)}\n"
        f"09:32\t{first}\tเกิด {born_th(p.born, i + 2)}\n"
        f"09:33\t{first}\t{home(a, i + 1)}\n"
        f"09:33\t{first}\t{mobile(p.mobile, i + 1)}\n"
        f"09:40\tแอดมิน อบรมจิตอาสา\tรับทราบครับ รหัสผู้สมัคร J{2570}-{118 + i}\n"
    )
    raw = message(i, "Fw: ประวัติแชท LINE สมัครจิตอาสา", box(a),
                  text=f"ส่งข้อมูลสมัครอบรมจิตอาสาตามที่แจ้งในไลน์{ending(a)}\n\n{text}")  # fmt: skip
    return Case("plain_line_forwarded_jitarsa", raw, own(a, ALL))


def plain_accident_claim_own(a: Party, i: int) -> Case:
    """An อปพร. hurt on duty claims compensation: the date and place, the HN, the
    insurance policy, a colleague who saw it (his name, phone), then his own lines."""
    p = a.p
    on, _, om, _ = OTHERS[(i + 1) % len(OTHERS)]
    text = (
        f"เรียน นายก{office(a)}\n\nเรื่อง ขอรับเงินค่าชดเชยกรณีได้รับบาดเจ็บจากการปฏิบัติหน้าที่ อปพร.\n\n"
        f"เมื่อวันที่ {thai_day(date(2026, 11, 3 + i % 20))} เวลาประมาณ 21.30 น. {me(a)}ปฏิบัติหน้าที่ตั้งจุดบริการประชาชนช่วงลอยกระทง "
        f"ถูกรถจักรยานยนต์เฉี่ยวขาซ้ายหัก รักษาที่โรงพยาบาล{p.amphoe} HN {6610000 + 4417 * i} "
        f"กรมธรรม์ประกันอุบัติเหตุกลุ่มเลขที่ PA-{2569}-0{3310 + i} ผู้เห็นเหตุการณ์ {on} โทร {om}\n\n"
        f"ผู้ขอ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 1)}\nวัน/เดือน/ปีเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\nโทร. {mobile(p.mobile, i + 3)}\n\nขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(i, "ขอรับค่าชดเชย อปพร. บาดเจ็บขณะปฏิบัติหน้าที่", box(a), text=text)
    return Case("plain_accident_claim_own", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_leader_members_table(a: Party, i: int) -> Case:
    """A leader (หัวหน้าชุด อปพร.) sends from Gmail a table of four members to register
    (names, IDs, phones), then his own lines in his Gmail signature."""
    p = a.p
    rows = "".join(
        f"<tr><td>{k + 1}</td><td>{n}</td><td>{nid_w(nid, i + k)}</td><td>{mobile(m, k)}</td></tr>"
        for k, (n, nid, m, _) in enumerate(OTHERS[i % 3 : i % 3 + 4])
    )
    html = (
        '<div dir="ltr"><div>เรียน ฝ่ายป้องกันฯ ' + office(a) + "</div><div><br></div>"
        "<div>ขอส่งรายชื่อสมาชิก อปพร. ชุดบ้าน"
        + p.tambon
        + " ที่ผ่านการอบรมแล้ว เพื่อขอขึ้นทะเบียนและออกบัตร ดังนี้</div><br>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>ที่</th><th>ชื่อ-สกุล</th>'
        "<th>เลขประจำตัวประชาชน</th><th>เบอร์โทร</th></tr>" + rows + "</table><br>"
        f"<div>อบรมวันที่ 20-24 ตุลาคม 2569 ใบประกาศนียบัตรเลขที่ {118 + i}-{121 + i}/2569</div><div><br></div>"
        '<div>ขอบคุณครับ</div><div><br></div>-- <br><div dir="ltr">'
        f"{a.name}<br>หัวหน้าชุด อปพร. บ้าน{p.tambon}<br>เลขประจำตัวประชาชน {nid_w(p.nid, i)}<br>"
        f"{home(a, i)}<br>โทร {mobile(p.mobile, i)}</div></div>\n"
    )
    raw = message(i, "ส่งรายชื่อ อปพร. ขอขึ้นทะเบียน", box(a), html=html)
    return Case("html_gmail_leader_members_table", raw, own(a, NO_BIRTH))


def html_outlook_osm_allowance(a: Party, i: int) -> Case:
    """An อสม. claims three months of ค่าป่วยการ from Outlook: the months and amounts in a
    table, the account, the ร.พ.สต.'s line; her own lines in the body and signature."""
    p = a.p
    paras = [
        f"เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {office(a)}", "",
        f"{me(a)} {a.name} อสม. ประจำหมู่ที่ {p.moo or '2'} ขอเบิกค่าป่วยการ อสม. ที่ยังค้างรับ ดังนี้",
        "<table border=1><tr><td>เดือน</td><td>จำนวนเงิน (บาท)</td></tr><tr><td>กันยายน 2569</td><td>1,000</td></tr>"
        "<tr><td>ตุลาคม 2569</td><td>1,000</td></tr><tr><td>พฤศจิกายน 2569</td><td>1,000</td></tr></table>",
        f"โอนเข้าบัญชีออมสิน เลขที่ {account(i + 2)}",
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}", f"ที่อยู่: {home(a, i + 2)}",
        f"ผู้รับรอง: ผอ.รพ.สต.บ้าน{p.tambon} โทร 05{4 + i % 2}-{681 + i}-{5520 + i}", "",
    ]  # fmt: skip
    sig = (
        f'<p class="MsoNormal"><b>{a.name}</b></p><p class="MsoNormal">อสม. หมู่ {p.moo or "2"} ต.{p.tambon}</p>'
        f'<p class="MsoNormal">มือถือ {mobile(p.mobile, i + 1)}</p>'
    )
    raw = message(i, "เบิกค่าป่วยการ อสม. ค้างรับ 3 เดือน", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_osm_allowance", raw, own(a, NO_BIRTH))


def html_webform_jitarsa_signup(a: Party, i: int) -> Case:
    """A web form's notification (the city's site): label/value rows for the registrant,
    then an emergency contact's name, relation and phone, the course and its date."""
    p = a.p
    on, _, om, _ = OTHERS[(i + 5) % len(OTHERS)]
    rows = [
        ("หลักสูตร", f"จิตอาสาภัยพิบัติ รุ่นที่ {7 + i}/2570 (อบรม 21 ม.ค. 2570)"),
        ("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
        ("เลขบัตรประจำตัวประชาชน (13 หลัก)", p.nid), ("วันเกิด (วว/ดด/ปปปป พ.ศ.)", born_th(p.born, 1)),
        ("ที่อยู่ปัจจุบัน", home(a, i)), ("เบอร์โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email or "-"),
        ("ผู้ติดต่อกรณีฉุกเฉิน", f"{on} (ญาติ)"), ("เบอร์โทรผู้ติดต่อฉุกเฉิน", om),
        ("ขนาดเสื้อ", "XL" if i % 2 else "L"), ("เลขที่อ้างอิง", f"FRM-2569{1204 + i:05d}"),
    ]  # fmt: skip
    body = "".join(
        f'<tr><td style="background:#f3f3f3;padding:6px"><strong>{escape(k)}</strong></td>'
        f'<td style="padding:6px">{escape(v)}</td></tr>'
        for k, v in rows
    )
    html = (
        '<html><body style="font-family:Tahoma"><h3>มีผู้ส่งแบบฟอร์ม: ลงทะเบียนอบรมจิตอาสา</h3>'
        f'<table cellspacing="0" style="border:1px solid #ddd">{body}</table>'
        '<p style="color:#888">ส่งจากแบบฟอร์มบนเว็บไซต์ nan-city.example.go.th (WordPress Contact Form 7)</p></body></html>\n'
    )
    raw = message(
        i,
        "[เว็บไซต์เทศบาล] ลงทะเบียนอบรมจิตอาสา",
        "WordPress <wordpress@nan-city.example.go.th>",
        html=html,
    )
    return Case("html_webform_jitarsa_signup", raw, own(a, ALL))


def html_iphone_reply_over_quoted(a: Party, i: int) -> Case:
    """A volunteer replies from his iPhone to the office's mail asking what is missing in
    his อปพร. registration: his lines on top, the officer's mail quoted below (her name,
    the office's line, her signature)."""
    p = a.p
    html = (
        '<html><body dir="auto"><div dir="ltr"></div>'
        f"<div>ส่งข้อมูลเพิ่มเติม{ending(a)}</div><div>ชื่อ {a.name}</div>"
        f"<div>เลขบัตร {nid_w(p.nid, i + 1)}</div><div>เกิด {born_th(p.born, i)}</div>"
        f"<div>ที่อยู่ {home(a, i + 2)}</div><div>โทร {mobile(p.mobile, i + 2)}</div>"
        '<div><br></div><div dir="ltr">ส่งจาก iPhone ของฉัน</div><div dir="ltr"><br>'
        f'<blockquote type="cite">เมื่อ {2 + i % 5} ธ.ค. 2569 เวลา 10:1{i % 10} งานป้องกันฯ &lt;{DESK}&gt; เขียนว่า:<br><br>'
        f"เรียน คุณ{p.first}<br>ใบสมัคร อปพร. เลขที่รับ {2569}/{441 + i} ยังขาดเลขบัตรประชาชน วันเกิด และที่อยู่ "
        "กรุณาส่งเพิ่มภายในวันที่ 15 ธันวาคม 2569<br><br>นางสาวอรอนงค์ ศรีวิชัย<br>นักป้องกันและบรรเทาสาธารณภัยปฏิบัติการ<br>"
        f"โทร 054-710-{118 + i} ต่อ 21 / 081-762-{3300 + i}</blockquote></div></body></html>\n"
    )
    raw = message(i, "Re: ข้อมูลใบสมัคร อปพร. ไม่ครบ", box(a), html=html)
    return Case("html_iphone_reply_over_quoted", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_aporpor_application_form(a: Party, i: int) -> Case:
    """The ใบสมัครสมาชิก อปพร. in Word: a two-column table of labels and values, then the
    ผู้รับรอง (the village head) with his name, position and phone."""
    p = a.p
    on, _, om, _ = OTHERS[(i + 2) % len(OTHERS)]

    def build(d: Any) -> None:
        d.add_paragraph(f"ใบสมัครสมาชิกอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)\nศูนย์ อปพร.{office(a)}")
        t = d.add_table(rows=0, cols=2)
        for k, v in (("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                     ("วัน เดือน ปี เกิด", born_th(p.born, i + 1)), ("อาชีพ", "เกษตรกร"),
                     ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i)),
                     ("อีเมล", p.email or "-"), ("หมู่โลหิต", "O")):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph(
            "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง\nลงชื่อ.............................ผู้สมัคร"
        )
        d.add_paragraph(
            f"ผู้รับรอง\nลงชื่อ.............................\n({on})\nผู้ใหญ่บ้านหมู่ที่ {p.moo or '3'} โทร {mobile(om, i + 1)}"
        )

    raw = message(i, "ใบสมัคร อปพร.", box(a), text=f"ส่งใบสมัคร อปพร. {ending(a)}\n",
                  files=(("ใบสมัคร_อปพร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_aporpor_application_form", raw, own(a, ALL))


def docx_leader_letter_for_sick_member(a: Party, i: int) -> Case:
    """A ประธาน อสม.'s letter in Word, written and signed by her, asking the accident
    allowance for a member hurt on a dengue survey: the member's ID, birth date, home."""
    p = a.p
    ln, lid, lm, lhome = OTHERS[(i + 4) % len(OTHERS)]

    def build(d: Any) -> None:
        d.add_paragraph(f"ชมรม อสม. ตำบล{p.tambon}\n{lhome}")
        d.add_paragraph(f"{4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอรับเงินช่วยเหลือ อสม. ประสบอุบัติเหตุขณะปฏิบัติงาน\nเรียน นายก{office(a)}")
        d.add_paragraph(
            f"ด้วย {a.name} อสม. หมู่ที่ {p.moo or '1'} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} ได้ประสบอุบัติเหตุตกบันไดขณะออกสำรวจลูกน้ำยุงลายเมื่อวันที่ {thai_day(date(2026, 11, 10 + i % 15))} "
            "ปัจจุบันยังพักรักษาตัวอยู่ จึงขอรับเงินช่วยเหลือตามระเบียบ"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({ln})\nประธานชมรม อสม. เลขประจำตัวประชาชน {nid_w(lid, i)}\nโทร {mobile(lm, i)}"
        )

    raw = message(i, "หนังสือขอรับเงินช่วยเหลือ อสม.", f"{ln.split()[0][3:]} <chomrom.osm{i}@gmail.com>",
                  text="เรียน กองสาธารณสุข\nแนบหนังสือของชมรม อสม. ค่ะ\n",
                  files=(("หนังสือชมรม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_leader_letter_for_sick_member", raw, for_other(a, NO_MAIL))


def docx_certificate_copy_request(a: Party, i: int) -> Case:
    """A volunteer's letter in Word asking a copy of a lost training certificate: its
    number, the course, the training dates; his own lines in the body and signature."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"เขียนที่ {home(a, i + 1)}")
        d.add_paragraph(f"วันที่ {1 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(f"เรื่อง ขอสำเนาวุฒิบัตรผ่านการอบรม\nเรียน นายก{office(a)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2026 - p.born.year} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"เกิดวันที่ {born_th(p.born, i)} โทรศัพท์ {mobile(p.mobile, i + 1)} "
            f"ได้ผ่านการฝึกอบรมหลักสูตรจิตอาสาพระราชทาน 904 รุ่นที่ {21 + i} ระหว่างวันที่ 8-10 กรกฎาคม 2568 "
            f"ได้รับวุฒิบัตรเลขที่ จอส.{5500 + 17 * i}/2568 แต่วุฒิบัตรสูญหาย ขอสำเนาวุฒิบัตรเพื่อใช้ประกอบการสมัครงาน"
        )
        d.add_paragraph(f"ลงชื่อ..............................ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, "ขอสำเนาวุฒิบัตรจิตอาสา", box(a), text="แนบคำร้องขอสำเนาวุฒิบัตร\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_certificate_copy_request", raw, own(a, ALL))


def docx_osm_bank_change_form(a: Party, i: int) -> Case:
    """The แบบแจ้งเปลี่ยนแปลงบัญชีเงินฝาก in Word, dotted-line labels: the อสม.'s lines, old and
    new accounts, the ร.พ.สต.'s head who certifies (his name, his office line)."""
    p = a.p
    d_ = "." * 6

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบแจ้งเปลี่ยนแปลงบัญชีเงินฝากรับค่าป่วยการ อสม.\n{office(a)}")
        d.add_paragraph(f"ข้าพเจ้า{d_}{a.name}{d_}เลขประจำตัวประชาชน{d_}{nid_w(p.nid, i)}{d_}")
        d.add_paragraph(f"ที่อยู่{d_}{home(a, i + 3)}{d_}")
        d.add_paragraph(f"หมายเลขโทรศัพท์{d_}{mobile(p.mobile, i + 3)}{d_}")
        d.add_paragraph(f"บัญชีเดิม ธนาคาร ธ.ก.ส. เลขที่บัญชี{d_}{account(i + 4)}{d_}")
        d.add_paragraph(f"บัญชีใหม่ ธนาคารกรุงไทย สาขา{p.amphoe} เลขที่บัญชี{d_}{account(i + 5)}{d_}")
        d.add_paragraph(f"ลงชื่อ{d_}ผู้แจ้ง\n({a.name})")
        d.add_paragraph(
            f"ผู้รับรอง ลงชื่อ{d_}\n(นายไพโรจน์ คำปัน)\nผอ.รพ.สต.บ้าน{p.tambon} โทร 055-{440 + i}-{7710 + i}"
        )

    raw = message(i, "แบบแจ้งเปลี่ยนบัญชี อสม.", box(a), text=f"ส่งแบบแจ้งเปลี่ยนบัญชี{ending(a)}\n",
                  files=(("เปลี่ยนบัญชี.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_osm_bank_change_form", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_aporpor_renewal(a: Party, i: int) -> Case:
    """The ศูนย์ อปพร.'s fillable renewal form (English field names): member_*, the card's
    number and expiry, and a ref_* section for the one who certifies."""
    p = a.p
    on, oid, om, _ = OTHERS[(i + 6) % len(OTHERS)]
    labels = [(40, 18, f"แบบคำขอต่ออายุบัตรประจำตัวสมาชิก อปพร. {office(a)}"), (20, 40, "ชื่อ-สกุล"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (110, 70, "อีเมล"), (20, 82, "เลขที่บัตรเดิม"), (110, 82, "วันหมดอายุ"),
              (20, 100, "ผู้รับรอง ชื่อ"), (20, 110, "เลขประจำตัวประชาชนผู้รับรอง"), (20, 120, "โทรศัพท์ผู้รับรอง")]  # fmt: skip
    fields = [Field("member_name", a.name, 45, 40, 100), Field("member_id", p.nid, 60, 50, 55, comb=13),
              Field("member_dob", born_th(p.born, i + 1), 135, 50, 45), Field("member_addr", home(a, i), 35, 60, 160),
              Field("member_tel", mobile(p.mobile, i), 45, 70, 55), Field("member_email", p.email, 125, 70, 70),
              Field("card_no", member_no(a, i + 1), 50, 82, 50), Field("card_exp", "30/09/2569", 135, 82, 40),
              Field("ref_name", on, 50, 100, 90), Field("ref_id", oid, 80, 110, 55, comb=13),
              Field("ref_tel", om, 70, 120, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบต่ออายุบัตร อปพร. (PDF)", box(a), text=f"ส่งแบบต่ออายุบัตรที่กรอกแล้ว{ending(a)}\n",
                  files=(("renew_aporpor.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_aporpor_renewal", raw, own(a, ALL))


def pdf_fillable_accident_claim(a: Party, i: int) -> Case:
    """A fillable claim form for a volunteer hurt on duty (Thai labels, field names
    injured_* and witness_*), the accident's date, the hospital's HN."""
    p = a.p
    on, oid, om, ohome = OTHERS[(i + 2) % len(OTHERS)]
    labels = [(40, 18, "แบบคำขอรับเงินชดเชย กรณีอาสาสมัครได้รับอันตรายจากการปฏิบัติหน้าที่"),
              (20, 36, "ผู้ได้รับบาดเจ็บ"), (20, 46, "เลขประจำตัวประชาชน"), (120, 46, "เกิดวันที่"),
              (20, 56, "ที่อยู่"), (20, 66, "โทรศัพท์"), (20, 78, "วันที่เกิดเหตุ"), (110, 78, "HN"),
              (20, 96, "พยาน ชื่อ"), (20, 106, "เลขประจำตัวประชาชนพยาน"), (20, 116, "ที่อยู่พยาน"), (20, 126, "โทรศัพท์พยาน")]  # fmt: skip
    fields = [Field("injured_name", a.name, 50, 36, 100), Field("injured_pid", nid_w(p.nid, i), 60, 46, 55),
              Field("injured_birth", born_th(p.born, i + 2), 140, 46, 45), Field("injured_address", home(a, i + 1), 35, 56, 160),
              Field("injured_phone", mobile(p.mobile, i + 1), 45, 66, 55),
              Field("accident_date", thai_day(date(2026, 10, 20 + i % 8)), 50, 78, 50), Field("hn", f"{5823000 + 911 * i}", 120, 78, 40),
              Field("witness_name", on, 45, 96, 90), Field("witness_pid", oid, 75, 106, 55),
              Field("witness_address", ohome, 45, 116, 150), Field("witness_phone", om, 60, 126, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอรับเงินชดเชย อาสาสมัคร", box(a), text=f"แนบแบบคำขอรับเงินชดเชย{ending(a)}\n",
                  files=(("claim.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_accident_claim", raw, own(a, ALL))


def pdf_typed_osm_letter(a: Party, i: int) -> Case:
    """An อสม.'s typed letter (Word to PDF) asking to be moved to another village's list
    after moving house: her new home in the body, the ร.พ.สต. and its line, Thai digits."""
    p = a.p
    paras: list[tuple[float, str]] = [
        (115, f"{(3 + i % 20)} ธันวาคม ๒๕๖๙".translate(THAI_DIGITS)), (0, ""),
        (20, "เรื่อง ขอย้ายสังกัด อสม."), (20, f"เรียน นายก{office(a)}"), (0, ""),
        (30, f"ด้วย{me(a)} {a.name} เป็น อสม. มาตั้งแต่ปี ๒๕๕๘ บัตร อสม. เลขที่ {p.tambon[:2]}{2210 + i} ปัจจุบันได้ย้ายมาอยู่บ้านเลขที่ "
             f"{home(a, i + 2)} จึงขอย้ายสังกัดมาอยู่ในความรับผิดชอบของ รพ.สต.บ้าน{p.tambon} (โทร ๐๕๕-๔๑๗-{200 + i})"),
        (30, f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)}".translate(THAI_DIGITS)),
        (30, f"ติดต่อ{me(a)}ได้ที่ {mobile(p.mobile, i)}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอย้ายสังกัด อสม.", box(a), text=f"แนบหนังสือขอย้ายสังกัด{ending(a)}\n",
                  files=(("letter_osm.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_osm_letter", raw, own(a, ALL))


def pdf_typed_leader_cover_list(a: Party, i: int) -> Case:
    """A group leader's typed letter (PDF) sending five members for the renewal course:
    his block and signature, then a list with each member's ID and phone."""
    p = a.p
    members = [
        f"{k + 1}. {n}  {nid_w(nid, k)}  โทร {mobile(m, k + 1)}"
        for k, (n, nid, m, _) in enumerate(OTHERS[i % 2 : i % 2 + 5])
    ]
    paras: list[tuple[float, str]] = [
        (115, f"{6 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ส่งรายชื่อ อปพร. เข้ารับการอบรมทบทวน"),
        (20, f"เรียน ผู้อำนวยการศูนย์ อปพร.{office(a)}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} หัวหน้าหน่วย อปพร. ตำบล{p.tambon} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
             f"อยู่บ้านเลขที่ {home(a, i)} ขอส่งรายชื่อสมาชิกเข้ารับการอบรมทบทวน รุ่นวันที่ 19-20 มกราคม 2570 จำนวน 5 คน ดังนี้"),
        *((30, m) for m in members), (0, ""),
        (30, f"ติดต่อประสานงาน {mobile(p.mobile, i + 2)}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, f"หัวหน้าหน่วย อปพร.ตำบล{p.tambon}"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ส่งรายชื่อ อปพร. อบรมทบทวน", box(a), text="แนบหนังสือและรายชื่อ\n",
                  files=(("รายชื่อ_อปพร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_leader_cover_list", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_osm_roster_leader(a: Party, i: int) -> Case:
    """A ประธาน อสม.'s roster of six members for the year's allowance: the head block with
    her name, ID, phone and home; the members' rows (name, ID, account, phone)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียน อสม."
        ws.append((f"ทะเบียน อสม. หมู่ที่ {p.moo or '1'} ตำบล{p.tambon} ปีงบประมาณ 2570",))
        ws.append(("ผู้ส่ง (ประธาน อสม.)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "เลขที่บัญชี ธ.ก.ส.",
                "โทรศัพท์",
                "จำนวนหลังคาเรือนที่รับผิดชอบ",
            )
        )
        for k, (n, nid, m, _) in enumerate(OTHERS[i % 2 : i % 2 + 6]):
            ws.append((k + 1, n, nid_w(nid, k), account(3 * k), mobile(m, k), 12 + k))

    raw = message(i, "ส่งทะเบียน อสม. ปี 2570", box(a), text=f"ส่งทะเบียน อสม. หมู่บ้าน{ending(a)}\n",
                  files=(("ทะเบียน_อสม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_osm_roster_leader", raw, own(a, NO_BIRTH))


def xlsx_jitarsa_single_signup(a: Party, i: int) -> Case:
    """A one-person sign-up sheet for a จิตอาสา course: label/value rows, the course and
    its dates, an emergency contact's name and phone below."""
    p = a.p
    on, _, om, _ = OTHERS[(i + 1) % len(OTHERS)]

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("ใบสมัครอบรมจิตอาสา",))
        for row in (("หลักสูตร", f"จิตอาสาพัฒนา รุ่น {11 + i}"), ("วันที่อบรม", "9-10 มกราคม 2570"),
                    ("ชื่อ-สกุล", a.name), ("เลขบัตรประชาชน", nid_w(p.nid, i + 1)),
                    ("วันเดือนปีเกิด", born_th(p.born, i)), ("ที่อยู่", home(a, i + 1)),
                    ("เบอร์โทร", mobile(p.mobile, i + 2)), ("อีเมล", p.email or "-"), (),
                    ("ผู้ติดต่อฉุกเฉิน", on), ("เบอร์ผู้ติดต่อฉุกเฉิน", mobile(om, i))):  # fmt: skip
            ws.append(row)

    raw = message(i, "สมัครอบรมจิตอาสา", box(a), text=f"แนบใบสมัคร{ending(a)}\n",
                  files=(("สมัครจิตอาสา.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_jitarsa_single_signup", raw, own(a, ALL))


def xlsx_allowance_months_claim(a: Party, i: int) -> Case:
    """An อปพร.'s claim for duty allowances: the head with his name, ID, phone, home; rows
    of duty dates, hours and amounts; the account at the bottom."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("แบบขอเบิกค่าตอบแทน อปพร. ปฏิบัติหน้าที่",))
        ws.append(("ชื่อ", a.name, "เลขบัตร", nid_w(p.nid, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 2), "โทร", mobile(p.mobile, i + 3)))
        ws.append(())
        ws.append(("วันที่", "ภารกิจ", "ชั่วโมง", "จำนวนเงิน"))
        for k in range(5):
            ws.append((f"{3 + 4 * k}/11/2569", "ตั้งจุดตรวจ/อำนวยความสะดวกจราจร", 8, 300))
        ws.append(("", "รวม", 40, 1500))
        ws.append(("โอนเข้าบัญชี", f"กรุงไทย {account(i + 7)}"))

    raw = message(i, "เบิกค่าตอบแทน อปพร. พ.ย. 69", box(a), text=f"ส่งแบบเบิกค่าตอบแทน{ending(a)}\n",
                  files=(("เบิก_อปพร.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_allowance_months_claim", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_aporpor_renewal_phone, (0, 9)),
    (plain_osm_bank_change_webmail, (1, 6)),
    (plain_for_sick_colleague, (4, 10)),
    (plain_line_forwarded_jitarsa, (3, 8)),
    (plain_accident_claim_own, (5, 11)),
    (html_gmail_leader_members_table, (2, 9)),
    (html_outlook_osm_allowance, (6, 1)),
    (html_webform_jitarsa_signup, (8, 0)),
    (html_iphone_reply_over_quoted, (11, 7)),
    (docx_aporpor_application_form, (7, 3)),
    (docx_leader_letter_for_sick_member, (10, 1)),
    (docx_certificate_copy_request, (9, 2)),
    (docx_osm_bank_change_form, (4, 6)),
    (pdf_fillable_aporpor_renewal, (5, 0)),
    (pdf_fillable_accident_claim, (3, 11)),
    (pdf_typed_osm_letter, (10, 4)),
    (pdf_typed_leader_cover_list, (7, 5)),
    (xlsx_osm_roster_leader, (1, 3)),
    (xlsx_jitarsa_single_signup, (2, 8)),
    (xlsx_allowance_months_claim, (0, 9)),
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
