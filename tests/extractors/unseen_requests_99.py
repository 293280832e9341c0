"""A ninety-ninth set of requests written by someone who had not read the readers (issue 8):
ELECTIONS AND CIVIC PARTICIPATION, to เทศบาลเมืองชัยภูมิ, เทศบาลเมืองเพชรบูรณ์, อบต.นาฝาย,
the ที่ว่าการอำเภอหล่มสัก and the สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชัยภูมิ (Chaiyaphum,
Phetchabun): checking and correcting one's entry in the voter list (บัญชีรายชื่อผู้มีสิทธิ
เลือกตั้ง, its unit หน่วยเลือกตั้งที่ and order ลำดับที่); notices of not voting (แจ้งเหตุที่
ไม่อาจไปใช้สิทธิเลือกตั้ง) from work far away, from a hospital bed (a son writing for his
father); asking to speak at a public hearing (ประชาคม, รับฟังความคิดเห็น) and at the council's
meeting (สภาเทศบาล สมัยสามัญ); petitions (เข้าชื่อ) with their signers' names, IDs and homes;
a candidate's papers (a certificate of residence for the candidacy, copies of the voter list
of his ward) asked by him or by his campaign's staff; complaints about canvassing and vote
buying (หัวคะแนน, ซื้อเสียง) naming the canvasser, the candidate, witnesses, amounts and
times. Kinds: plain (iPhone, Gmail, a LINE chat forwarded, Outlook, webmail), HTML (Gmail
with a signers' table, Outlook of a campaign's staff, a web form's notification, a reply
over the clerk's quoted mail), Word (a voter-list form on dotted lines, a community's letter
with its committee, a petition letter with its signers' table, a formal complaint), PDF
(fillable: a notice of not voting, a request to speak; typed: a candidate's letter, a
daughter's letter for her mother), xlsx (a petition's signers, a household's check of the
list, a complainant's log of canvassing).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks; for a body, the natural person who signs), sets 31/63 (a service for one person
asked by another is the one it is for) and set 37 (where only another's phone is given,
phone `()`):
- a voter who checks or corrects her own entry, notifies her own absence, asks to speak
  or complains in her own name is the applicant; her workplace, the polling unit, the
  place of the hearing, a former address she moved from are never her address;
- a notice of not voting sent by a son for his father in hospital, an entry in the list
  asked by a daughter for her mother who moved in with her: the father, the mother (the
  son's and daughter's name, ID, phone and box never; phone and e-mail `()`; the mother's
  address the home she now lives in);
- a petition: the one who leads and signs it (ผู้แทนผู้เข้าชื่อ, ผู้ยื่น); the other
  signers never;
- a community's letter asking to speak: its chair who signs (her own home, her mobile);
  the committee members never;
- a candidate's papers: the candidate, also where his campaign's staff mails for him (the
  staff's name, mobile and box never: phone and e-mail `()`);
- a complaint about canvassing: the complainant; the canvasser, the candidate, the
  witnesses never, nor their phones and homes.
Voter-list order numbers, polling units, ward numbers (เขตเลือกตั้งที่), ballot numbers
(หมายเลข), amounts in baht, HN, petition and form numbers, a web form's reference number
are never an ID or a phone. Birth date only the applicant's, where written (never the
election's, the meeting's or the letter's date); left out of the expected where no birth
date of the applicant is written. Address: the applicant's house to อำเภอ with or without
province and postal code. Everyone and every number is invented (13-digit IDs made with
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

DESK = "saraban@chaiyaphum.example.go.th"
CPM_TOWN = "เทศบาลเมืองชัยภูมิ"
PCB_TOWN = "เทศบาลเมืองเพชรบูรณ์"
NAFAI = "องค์การบริหารส่วนตำบลนาฝาย"
LOMSAK = "ที่ว่าการอำเภอหล่มสัก"
ECT = "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชัยภูมิ"
CP = "ชัยภูมิ"
PB = "เพชรบูรณ์"

PEOPLE: tuple[Party, ...] = (
    P("นาง", "สุภาพร", "ศรีชัยภูมิ", "136010045521", date(1979, 4, 17), "0816614203", "supaporn.sc@gmail.com",
      "45/2", "", "", "บรรณาการ", "ในเมือง", "เมืองชัยภูมิ", CP, "36000"),
    P("นาย", "ธีระพงษ์", "แก้วพิลา", "136010067319", date(1984, 9, 2), "0894417725", "teerapong.kp@hotmail.com",
      "118", "6", "", "", "นาฝาย", "เมืองชัยภูมิ", CP, "36000"),
    P("นาย", "บุญเลิศ", "ชาญสูงเนิน", "136010011288", date(1949, 1, 23), "0862290145", "",
      "23", "3", "", "", "โพนทอง", "เมืองชัยภูมิ", CP, "36000"),
    P("นางสาว", "กนกวรรณ", "ภูมิโคกรักษ์", "136050032457", date(1996, 7, 8), "0628831074", "kanokwan.pk@gmail.com",
      "7", "11", "", "", "ผักปัง", "ภูเขียว", CP, "36110"),
    P("นาย", "สมชาย", "หาญณรงค์", "167010024577", date(1971, 12, 14), "0818836642", "somchai.hn@yahoo.com",
      "201/5", "", "", "สระบุรี-หล่มสัก", "ในเมือง", "เมืองเพชรบูรณ์", PB, "67000"),
    P("นาง", "ลำดวน", "มีแสง", "167010052213", date(1958, 3, 30), "0896614438", "lamduan.ms@gmail.com",
      "66", "4", "", "", "สะเดียง", "เมืองเพชรบูรณ์", PB, "67000"),
    P("นาย", "อนุสรณ์", "ทองมา", "167030038809", date(1988, 10, 11), "0935512460", "anusorn.tm@gmail.com",
      "19/1", "", "", "พินิจ", "หล่มสัก", "หล่มสัก", PB, "67110"),
    P("นาง", "วิไลวรรณ", "บุญประคอง", "167040046632", date(1966, 5, 5), "0847701312", "wilaiwan.bp@gmail.com",
      "5", "2", "", "", "หล่มเก่า", "หล่มเก่า", PB, "67120"),
    P("นางสาว", "ปิยะนุช", "โคตรชัย", "136010073341", date(2003, 2, 19), "0654428827", "piyanut.kc@gmail.com",
      "3/9", "", "", "นอนเมือง", "ในเมือง", "เมืองชัยภูมิ", CP, "36000"),
    P("นาย", "ประสิทธิ์", "ดวงจันทร์", "136080003376", date(1953, 8, 27), "0812290485", "",
      "77", "1", "", "", "จัตุรัส", "จัตุรัส", CP, "36130"),
    P("นาย", "วีรยุทธ", "สิงห์ทอง", "167010061129", date(1977, 6, 3), "0869912304", "weerayut.st@gmail.com",
      "88", "9", "", "", "วังชมภู", "เมืองเพชรบูรณ์", PB, "67210"),
    P("นาง", "ทองใบ", "พรมสุวรรณ", "136120084450", date(1945, 11, 9), "0801124476", "",
      "14", "7", "", "", "ช่องสามหมอ", "แก้งคร้อ", CP, "36150"),
)  # fmt: skip

# Others named beside the applicant: (name, ID, mobile, box, home elsewhere).
OTHERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายณัฐวุฒิ ศรีชัยภูมิ", with_check_digit("110370082216"), "0918824537", "nattawut.sc@gmail.com",
     "99/318 คอนโดลุมพินีวิลล์ ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร 10240"),
    ("นางสาวจิราภรณ์ แก้วพิลา", with_check_digit("136010095512"), "0806612941", "jiraporn.kp@hotmail.com",
     "14 หมู่ที่ 5 ตำบลรอบเมือง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000"),
    ("นายเอกชัย ทองมา", with_check_digit("101050036613"), "0863350914", "ekkachai.tm@gmail.com",
     "45/88 หมู่บ้านพฤกษา ซอยบางใหญ่ 9 ตำบลบางแม่นาง อำเภอบางใหญ่ จังหวัดนนทบุรี 11140"),
    ("นางพรรณี มีแสง", with_check_digit("167010099027"), "0921184472", "pannee.ms@gmail.com",
     "210 หมู่ที่ 8 ตำบลซับสมอทอด อำเภอบึงสามพัน จังหวัดเพชรบูรณ์ 67160"),
)  # fmt: skip

# Canvassers and candidates named in complaints: (name, mobile, home).
CANVASSERS: tuple[tuple[str, str, str], ...] = (
    ("นายสมหมาย ปัดถาวะโร", "0857741203", "บ้านเลขที่ 31 หมู่ 6 ตำบลนาฝาย"),
    ("นางบัวผัน ชัยศรี", "0899012775", "บ้านเลขที่ 102 หมู่ 4 ตำบลสะเดียง"),
)
CANDIDATES = ("นายไพโรจน์ วงศ์ชัยภูมิ", "นางสาวอรทัย เพชรรัตน์")

# Signers of petitions: (name, ID, home).
SIGNERS: tuple[tuple[str, str, str], ...] = (
    ("นายบุญมา ศรีสุข", with_check_digit("136010040011"), "12 หมู่ 6 ตำบลนาฝาย อำเภอเมืองชัยภูมิ"),
    ("นางสมพร ใจกล้า", with_check_digit("136010040022"), "31/1 หมู่ 6 ตำบลนาฝาย อำเภอเมืองชัยภูมิ"),
    ("นายทองสุข เชิดชู", with_check_digit("136010040033"), "8 หมู่ 2 ตำบลโพนทอง อำเภอเมืองชัยภูมิ"),
    ("นางสาวมยุรี คำภา", with_check_digit("167010040044"), "55 หมู่ 4 ตำบลสะเดียง อำเภอเมืองเพชรบูรณ์"),
    ("นายสุริยา พลเยี่ยม", with_check_digit("167010040055"), "9/2 ถนนพินิจ ตำบลหล่มสัก อำเภอหล่มสัก"),
)

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"
NO_MAIL_BIRTH = "full_name national_id phone address postal_code province"


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set99-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply.' + p.first + '@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant who writes from her own box (no box of her own: no e-mail scored)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one it is for, sent by another: phone and e-mail `()` (only the sender's)."""
    e = exp(a, keys)
    e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


WHO: dict[str, str] = {
    "plain_iphone_voter_list_check": "the voter herself; her former address and the polling unit never",
    "plain_gmail_not_voting_work": "the voter; his workplace in Bangkok and the unit never",
    "plain_line_forward_canvassing": "the complainant who forwards and signs; the canvasser, candidate never",
    "plain_outlook_son_for_father": "the father in hospital; the son (ID, Bangkok home, phone, box) never",
    "plain_webmail_speak_council": "the resident who asks to speak; the council's chair never",
    "html_gmail_petition_signers": "the petition's leader above the table; the signers' rows never",
    "html_outlook_candidate_staff": "the candidate; the staff who mails (name, mobile, box) never",
    "html_webform_hearing": "the registrant in the form; the reference number and IP never",
    "html_gmail_reply_correction": "the voter who replies; the clerk's quoted mail never",
    "docx_voter_list_form": "the ผู้ยื่นคำร้อง on the dotted lines; the witness never",
    "docx_community_hearing_letter": "the community's chair who signs; the committee's table never",
    "docx_petition_letter_table": "the ผู้แทนผู้เข้าชื่อ who signs; the signers' table never",
    "docx_canvassing_complaint": "the ผู้ร้องเรียน; the canvasser, the candidate, the witness never",
    "pdf_fillable_not_voting": "the voter in voter_* fields; the notifier_* section (v2) never",
    "pdf_fillable_speak_request": "the ผู้ขอแสดงความคิดเห็น; the contact person's section never",
    "pdf_typed_candidate_letter": "the candidate who writes and signs; his block top right",
    "pdf_typed_daughter_for_mother": "the mother moved in; the daughter who writes and signs never",
    "xlsx_petition_signers": "the ผู้แทนผู้เข้าชื่อ in the head block; the signers' rows never",
    "xlsx_household_list_check": "the head of the household who files (row ผู้ยื่น); the members never",
    "xlsx_canvassing_log": "the complainant in the head block; the canvassers in the rows never",
}

# --- plain ---------------------------------------------------------------------------------


def plain_iphone_voter_list_check(a: Party, i: int) -> Case:
    """A voter who moved house asks from her iPhone whether her name is on the list at
    the new unit: her ID, birth date, new home; her former address, the unit and order."""
    p = a.p
    text = (
        f"เรียน เจ้าหน้าที่งานทะเบียนราษฎร {CPM_TOWN}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} "
        f"ได้ย้ายทะเบียนบ้านจากบ้านเลขที่ 9 หมู่ 2 ตำบลบ้านเขว้า อำเภอบ้านเขว้า จังหวัดชัยภูมิ 36170 "
        f"มาอยู่ที่ใหม่ {home(a, i)} ตั้งแต่วันที่ {thai_day(date(2026, 9, 14 + i % 10))}\n"
        f"อยากทราบว่าชื่อ{me(a)}อยู่ในบัญชีรายชื่อผู้มีสิทธิเลือกตั้งหน่วยเลือกตั้งที่ {4 + i % 6} แล้วหรือยัง "
        f"เพราะในประกาศที่ปิดไว้หน้าชุมชนยังเห็นชื่ออยู่หน่วยเดิม ลำดับที่ {212 + i}{ending(a)}\n\n"
        f"รบกวนแจ้งกลับเบอร์ {tel(a, i)}\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "สอบถามรายชื่อผู้มีสิทธิเลือกตั้ง (ย้ายบ้าน)", own_box(a), text=text)
    return Case("plain_iphone_voter_list_check", raw, own(a, ALL))


def plain_gmail_not_voting_work(a: Party, i: int) -> Case:
    """A voter working in Bangkok notifies he cannot vote (แจ้งเหตุไม่ไปใช้สิทธิ): his
    ID, home, the unit and order; his workplace's address and line."""
    p = a.p
    text = (
        f"เรียน นายทะเบียนอำเภอ / ผู้อำนวยการการเลือกตั้ง\n\nเรื่อง แจ้งเหตุที่ไม่อาจไปใช้สิทธิเลือกตั้ง\n\n"
        f"{me(a)}ชื่อ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {home(a, i)}\n"
        f"มีชื่ออยู่ในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง หน่วยเลือกตั้งที่ {7 + i % 3} ลำดับที่ {381 + i}\n\n"
        "ไม่สามารถไปใช้สิทธิเลือกตั้งนายกองค์การบริหารส่วนตำบลและสมาชิกสภาฯ ในวันอาทิตย์ที่ 20 ธันวาคม 2569 ได้ "
        "เนื่องจากต้องปฏิบัติงานที่บริษัท สยามฟู้ดส์ โลจิสติกส์ จำกัด 1550 ถนนเทพรัตน ตำบลบางพลีใหญ่ อำเภอบางพลี "
        "จังหวัดสมุทรปราการ 10540 โทร 02-315-4477 ซึ่งเป็นวันทำงานตามตารางกะ แนบหนังสือรับรองจากนายจ้างมาด้วย\n\n"
        f"ติดต่อ {tel(a, i + 1)}\n\nขอบคุณ{ending(a)}\n{a.name}\n"
    )
    raw = message(i, "แจ้งเหตุไม่ไปใช้สิทธิเลือกตั้ง 20 ธ.ค. 69", own_box(a), text=text)
    return Case("plain_gmail_not_voting_work", raw, own(a, NO_BIRTH))


def plain_line_forward_canvassing(a: Party, i: int) -> Case:
    """A LINE chat exported as text and forwarded: a canvasser's messages offering money
    (his name, his mobile, amounts, the candidate's ballot number), then the
    complainant's own lines under it with her ID and home."""
    p = a.p
    cv, cv_mob, cv_home = CANVASSERS[i % 2]
    cand = CANDIDATES[i % 2]
    text = (
        "ขอส่งหลักฐานแชทไลน์ร้องเรียนการซื้อเสียงค่ะ/ครับ\n\n"
        f"[LINE] ประวัติการแชทกับ {cv.split()[0][3:]}\nบันทึกเมื่อ: 2026/12/0{3 + i % 5} 21:14\n\n"
        f"2026/12/0{1 + i % 5}(อ.)\n19:02\t{cv.split()[0][3:]}\tพรุ่งนี้มารับซองที่บ้านนะ เบอร์ 3 {cand} หัวละ 500\n"
        f"19:03\t{cv.split()[0][3:]}\tบ้านเรามีสิทธิ 4 คน รวม 2000 บาท โทรมาที่ {cv_mob} ก่อนมา\n"
        f"19:10\t{p.first}\tไม่เอาค่ะ\n\n"
        f"เรียน {ECT}\n"
        f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)} "
        f"ขอร้องเรียนว่า {cv} ({cv_home}) เป็นหัวคะแนนของผู้สมัครหมายเลข 3 เสนอเงินเพื่อจูงใจให้ลงคะแนน "
        "ตามแชทข้างต้น ขอให้ปกปิดชื่อผู้ร้องด้วย\n"
        f"โทร {tel(a, i + 2)}\n\n{a.name}\n"
    )
    raw = message(i, "Fwd: แชทไลน์ หัวคะแนนซื้อเสียง", own_box(a), text=text)
    return Case("plain_line_forward_canvassing", raw, own(a, NO_BIRTH))


def plain_outlook_son_for_father(a: Party, i: int) -> Case:
    """A son in Bangkok notifies, from Outlook for Android, that his father in hospital
    cannot vote: the father's ID, birth date, home; the hospital's HN; the son's own ID,
    phone and condo."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = OTHERS[(0, 2)[i % 2]]
    text = (
        f"เรียน นายทะเบียนอำเภอ ({LOMSAK if p.province == PB else 'อำเภอเมืองชัยภูมิ'})\n\n"
        f"ผม {son} เลขประจำตัวประชาชน {nid_w(son_id, i)} ขอแจ้งเหตุที่ไม่อาจไปใช้สิทธิเลือกตั้งแทนบิดา\n\n"
        f"ชื่อผู้มีสิทธิเลือกตั้ง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\n"
        f"วันเดือนปีเกิด {born_th(p.born, i + 1)}\nที่อยู่ {home(a, i + 2)}\n"
        f"เหตุ: นอนรักษาตัวที่โรงพยาบาลชัยภูมิ HN {4471203 + i} ตั้งแต่ 28 พฤศจิกายน 2569 แพทย์ยังไม่ให้กลับบ้าน\n\n"
        f"ผมอยู่ที่ {son_home} ติดต่อผมได้ที่ {mobile(son_mob, i)} ครับ\n\n{son}\n\nรับ Outlook สำหรับ Android\n"
    )
    raw = message(i, "แจ้งเหตุไม่ไปใช้สิทธิแทนบิดา (ป่วย)", f"{son.split()[0][3:]} <{son_box}>", text=text)
    return Case("plain_outlook_son_for_father", raw, for_other(a, ALL))


def plain_webmail_speak_council(a: Party, i: int) -> Case:
    """A resident asks to speak at the council's ordinary meeting on an agenda item: the
    council's chair named, the meeting's date and session; her own lines."""
    p = a.p
    town = CPM_TOWN if p.province == CP else PCB_TOWN
    text = (
        f"เรียน ประธานสภา{town} (นายสุเทพ ชัยมงคล)\n\n"
        f"{me(a)} {a.name} ประชาชนในเขตเทศบาล ขออนุญาตเข้าร่วมรับฟังและขอแสดงความคิดเห็นในการประชุมสภา{town} "
        f"สมัยสามัญ สมัยที่ 4 ประจำปี 2569 วันที่ 15 ธันวาคม 2569 เวลา 09.30 น. วาระที่ 5 "
        "ร่างเทศบัญญัติการจัดการสิ่งปฏิกูลและมูลฝอย เรื่องอัตราค่าเก็บขยะ ขอเวลาไม่เกิน 5 นาที\n\n"
        f"ชื่อ-สกุล: {a.name}\nเลขบัตรประจำตัวประชาชน: {nid_w(p.nid, i)}\n"
        f"ที่อยู่: {home(a, i + 1)}\nโทรศัพท์มือถือ: {tel(a, i)}\n\n"
        f"ด้วยความเคารพ\n{a.name}\n"
    )
    raw = message(i, "ขอแสดงความคิดเห็นในการประชุมสภาเทศบาล", own_box(a), text=text)
    return Case("plain_webmail_speak_council", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_petition_signers(a: Party, i: int) -> Case:
    """A petition's leader asks the อบต. for a road's repair, from Gmail: his block as
    ผู้แทนผู้เข้าชื่อ, then a table of five signers (names, IDs, homes)."""
    p = a.p
    rows = "".join(
        f"<tr><td>{n + 2}</td><td>{s}</td><td>{nid_w(sid, i + n)}</td><td>{sh}</td><td>(ลงชื่อแล้ว)</td></tr>"
        for n, (s, sid, sh) in enumerate(SIGNERS)
    )
    html = (
        '<div dir="ltr"><div>เรียน นายกองค์การบริหารส่วนตำบลนาฝาย</div><br>'
        "<div>เรื่อง เข้าชื่อขอให้ซ่อมแซมถนนลูกรังสายบ้านนาฝาย-บ้านหนองไผ่</div><br>"
        f"<div>ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} "
        f"โทร {tel(a, i)} ในฐานะผู้แทนผู้เข้าชื่อ พร้อมด้วยราษฎรผู้มีสิทธิเลือกตั้งตามรายชื่อข้างล่าง</div><br>"
        "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
        "<tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>ที่อยู่</th><th>ลายมือชื่อ</th></tr>"
        f"<tr><td>1</td><td>{a.name}</td><td>{nid_w(p.nid, i)}</td><td>{home(a, i)}</td><td>(ผู้แทน)</td></tr>{rows}</table><br>"
        f"<div>จึงเรียนมาเพื่อโปรดพิจารณา</div><div>{a.name}</div><div>ผู้แทนผู้เข้าชื่อ</div></div>\n"
    )
    raw = message(i, "เข้าชื่อขอซ่อมถนน (มีรายชื่อผู้เข้าชื่อ)", own_box(a), html=html)
    return Case("html_gmail_petition_signers", raw, own(a, NO_BIRTH))


def html_outlook_candidate_staff(a: Party, i: int) -> Case:
    """A campaign's staff mails from Outlook, for a candidate, asking a certificate of
    residence for his candidacy: the candidate's ID, birth date, home; her signature
    with her own mobile and the campaign's box."""
    p = a.p
    staff, _, s_mob, s_box, _ = OTHERS[(1, 3)[i % 2]]
    paras = [
        f"เรียน นายทะเบียนท้องถิ่น{CPM_TOWN if p.province == CP else PCB_TOWN}", "",
        f"ด้วย {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i + 1)} ประสงค์จะสมัครรับเลือกตั้งเป็นสมาชิกสภาเทศบาล เขตเลือกตั้งที่ {1 + i % 3} "
        "จึงขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้านไม่น้อยกว่าหนึ่งปี เพื่อใช้ประกอบใบสมัคร (ส.ถ./ผ.ถ. 4/1)", "",
        f"ทั้งนี้ผู้สมัครได้มอบให้ดิฉันเป็นผู้ประสานงาน จะเข้าไปรับเอกสารวันที่ {3 + i % 5} ธันวาคม 2569", "",
        "ขอแสดงความนับถือ",
    ]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{staff}</b><br>ทีมงานผู้สมัคร {a.name}<br>'
           f"มือถือ {mobile(s_mob, i)}<br>"
           f'<a href="mailto:{s_box}">{s_box}</a></p>')  # fmt: skip
    raw = message(i, "ขอหนังสือรับรองการมีชื่อในทะเบียนบ้าน (ผู้สมัคร)", f"{staff[6:] if staff.startswith('นางสาว') else staff[3:]} <{s_box}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_candidate_staff", raw, for_other(a, ALL))


def html_webform_hearing(a: Party, i: int) -> Case:
    """A web form's notification: registration to speak at a public hearing on a landfill
    project; reference number, IP, time; the registrant's fields in a table."""
    p = a.p
    rows = [("เลขที่อ้างอิง", f"HR-2569-{10452 + i}"), ("ชื่อ - นามสกุล", a.name),
            ("เลขประจำตัวประชาชน (13 หลัก)", p.nid), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่ที่ติดต่อได้", home(a, i + 2)), ("หมายเลขโทรศัพท์", tel(a, i + 1)),
            ("อีเมล", p.email), ("ประเด็นที่ขอแสดงความคิดเห็น", "ผลกระทบต่อแหล่งน้ำของหมู่บ้าน"),
            ("ส่งเมื่อ", f"{4 + i % 5}/12/2569 10:{10 + i}"), ("IP", f"1.46.{120 + i}.{33 + i}")]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f2f2f2;width:40%'>{x}</td><td>{y}</td></tr>" for x, y in rows
    )
    html = (
        "<html><body style='font-family:Tahoma'>"
        "<p>มีผู้ลงทะเบียนขอแสดงความคิดเห็นในการประชุมรับฟังความคิดเห็นสาธารณะ "
        "โครงการก่อสร้างศูนย์กำจัดขยะมูลฝอยรวม ณ หอประชุมอำเภอหล่มสัก ใหม่ 1 รายการ</p>"
        f"<table border='1' cellpadding='5' style='border-collapse:collapse'>{t}</table>"
        "<p style='color:#888'>อีเมลนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n"
    )
    raw = message(i, f"[แบบฟอร์มออนไลน์] ลงทะเบียนแสดงความคิดเห็น #{10452 + i}",
                  "ระบบแบบฟอร์มออนไลน์ <noreply@forms.lomsak.example.go.th>", html=html)  # fmt: skip
    return Case("html_webform_hearing", raw, exp(a, ALL))


def html_gmail_reply_correction(a: Party, i: int) -> Case:
    """A voter replies over the clerk's quoted mail (the clerk's name, office line) with
    what is asked to correct the spelling of her name in the list."""
    p = a.p
    clerk = "นางสาวศิริพร จันทร์หอม นักวิชาการการเลือกตั้ง โทร 044-811-245"
    quoted = (
        f"<div>เรียน คุณ{p.first}</div><div>กรุณาแจ้งชื่อ-สกุลที่ถูกต้อง เลขประจำตัวประชาชน วันเกิด และที่อยู่ "
        "ตามทะเบียนบ้าน เพื่อตรวจสอบกับทะเบียนราษฎร</div><div>ขอบคุณค่ะ</div><div>--</div>"
        f"<div>{clerk}</div><div>{ECT}</div><div>1 ถนนบรรณาการ ตำบลในเมือง อำเภอเมืองชัยภูมิ 36000</div>"
    )
    html = (
        f'<div dir="ltr"><div>ชื่อ-สกุลที่ถูกต้อง: {a.name}</div>'
        f"<div>(ในบัญชีพิมพ์ผิดเป็น {p.title}{p.first[:-1]} {p.last})</div>"
        f"<div>เลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}</div><div>เกิด: {born_th(p.born, i)}</div>"
        f"<div>ที่อยู่: {home(a, i + 3)}</div><div>มือถือ: {tel(a, i + 3)}</div><br>"
        f"<div>ขอบคุณ{ending(a)}</div></div><br>"
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ วันพุธที่ 2 ธ.ค. 2569 เวลา 14:05 '
        f"กกต.ชัยภูมิ &lt;ect.chaiyaphum@example.go.th&gt; เขียนว่า:<br></div>"
        f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{quoted}</blockquote></div>\n'
    )
    raw = message(i, "Re: ขอแก้ไขชื่อในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง", own_box(a), html=html)
    return Case("html_gmail_reply_correction", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_voter_list_form(a: Party, i: int) -> Case:
    """A คำร้องขอเพิ่มชื่อในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง typed over dotted lines, with
    Thai digits in the ID; a witness's name and ID under the signature."""
    p = a.p
    nid = thai(p.nid) if i % 2 else nid_w(p.nid, i)

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอเพิ่มชื่อ/ถอนชื่อ ในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง")
        d.add_paragraph(f"เขียนที่ {CPM_TOWN}\nวันที่ {2 + i % 20} เดือน ธันวาคม พ.ศ. ๒๕๖๙")
        d.add_paragraph(f"เรียน นายทะเบียนอำเภอเมือง{p.province}")
        d.add_paragraph(f"ข้าพเจ้า....{a.name}....เลขประจำตัวประชาชน....{nid}....")
        d.add_paragraph(f"เกิดวันที่....{born_th(p.born, i + 1)}....อยู่บ้านเลขที่....{home(a, i)}....")
        d.add_paragraph(f"โทรศัพท์....{tel(a, i + 2)}....")
        d.add_paragraph(
            f"มีสิทธิเลือกตั้งแต่ไม่มีชื่อในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง หน่วยเลือกตั้งที่ ....{3 + i % 4}.... "
            "จึงขอเพิ่มชื่อ ( / )  ขอถอนชื่อ (   )"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ยื่นคำร้อง\n({a.name})\n\n"
            f"ลงชื่อ....................พยาน\n(นายบุญมา ศรีสุข) เลขประจำตัวประชาชน {SIGNERS[0][1]}"
        )

    raw = message(i, "คำร้องขอเพิ่มชื่อในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง", own_box(a),
                  text=f"เรียน นายทะเบียนอำเภอ\nแนบคำร้องขอเพิ่มชื่อ{ending(a)}\n",
                  files=(("คำร้องเพิ่มชื่อ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_voter_list_form", raw, own(a, ALL))


def docx_community_hearing_letter(a: Party, i: int) -> Case:
    """A community group's letter asking to speak at the public hearing on a quarry: the
    chair signs (her home and mobile in the body), the committee in a table with their
    mobiles."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"กลุ่มอนุรักษ์ป่าชุมชนบ้าน{p.tambon}\n{thai_day(date(2026, 12, 1 + i % 9))}")
        d.add_paragraph("เรื่อง ขอแสดงความคิดเห็นในเวทีรับฟังความคิดเห็นโครงการเหมืองหิน\nเรียน นายอำเภอ")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} ประธานกลุ่มอนุรักษ์ป่าชุมชน เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} โทร {tel(a, i + 1)} ขอส่งผู้แทนกลุ่มเข้าแสดงความคิดเห็น "
            "ในเวทีรับฟังความคิดเห็นโครงการขอประทานบัตรเหมืองหินปูน วันที่ 18 ธันวาคม 2569 ณ ศาลาประชาคมอำเภอ"
        )
        t = d.add_table(rows=1, cols=3)
        for c, x in zip(t.rows[0].cells, ("ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์"), strict=True):
            c.text = x
        for name, post, ph in (
            ("นายทองสุข เชิดชู", "รองประธาน", "0872214409"),
            ("นางสมพร ใจกล้า", "เลขานุการ", "0837710256"),
        ):
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text = name, post, mobile(ph, i)
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nประธานกลุ่มอนุรักษ์ป่าชุมชน")

    raw = message(i, "หนังสือขอแสดงความคิดเห็นเวทีประชาคม", own_box(a),
                  text="เรียน อำเภอ\nส่งหนังสือของกลุ่มมาพร้อมนี้\n",
                  files=(("หนังสือกลุ่ม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_community_hearing_letter", raw, own(a, NO_BIRTH))


def docx_petition_letter_table(a: Party, i: int) -> Case:
    """A petition for a local ordinance (เข้าชื่อเสนอข้อบัญญัติ) in Word: the ผู้แทน's
    paragraph, then the signers' table with IDs and homes, the ผู้แทน signs."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือเข้าชื่อเสนอข้อบัญญัติท้องถิ่น")
        d.add_paragraph(f"เรียน ประธานสภา{NAFAI}")
        d.add_paragraph(
            "ด้วยผู้มีสิทธิเลือกตั้งในเขตองค์การบริหารส่วนตำบลนาฝาย ตามรายชื่อท้ายหนังสือนี้ ขอเข้าชื่อเสนอร่างข้อบัญญัติ "
            "เรื่อง การควบคุมการเลี้ยงสัตว์ พ.ศ. .... โดยมอบให้"
        )
        d.add_paragraph(
            f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"ที่อยู่ {home(a, i + 2)} โทรศัพท์ {tel(a, i)} เป็นผู้แทนผู้เข้าชื่อ"
        )
        t = d.add_table(rows=1, cols=4)
        for c, x in zip(t.rows[0].cells, ("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่"), strict=True):
            c.text = x
        for n, (s, sid, sh) in enumerate(SIGNERS[:4]):
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text = str(n + 1), s, nid_w(sid, n), sh
        d.add_paragraph(f"ลงชื่อ....................ผู้แทนผู้เข้าชื่อ\n({a.name})")

    raw = message(i, "เข้าชื่อเสนอข้อบัญญัติ", own_box(a),
                  text=f"เรียน สภา อบต.นาฝาย\nส่งหนังสือเข้าชื่อพร้อมรายชื่อ{ending(a)}\n",
                  files=(("เข้าชื่อเสนอข้อบัญญัติ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_petition_letter_table", raw, own(a, ALL))


def docx_canvassing_complaint(a: Party, i: int) -> Case:
    """A formal complaint to the provincial election office: the complainant's lines,
    the canvasser's name, home and mobile, the candidate, a witness with her ID."""
    p = a.p
    cv, cv_mob, cv_home = CANVASSERS[(i + 1) % 2]
    w_name, w_id, _ = SIGNERS[3]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"หนังสือร้องเรียน\n\t\t\t\tเขียนที่ บ้านเลขที่ {p.house}\n\t\t\t\t{thai_day(date(2026, 12, 2 + i % 7))}"
        )
        d.add_paragraph(f"เรื่อง ร้องเรียนการกระทำอันเป็นการซื้อสิทธิขายเสียง\nเรียน ผู้อำนวยการ{ECT}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} หมายเลขโทรศัพท์ {tel(a, i + 1)}"
        )
        d.add_paragraph(
            f"ขอร้องเรียน {cv} อยู่{cv_home} โทร {mobile(cv_mob, i)} ซึ่งเป็นหัวคะแนนของ {CANDIDATES[(i + 1) % 2]} "
            f"ผู้สมัครหมายเลข 2 ได้นำเงินจำนวน 300 บาท มาแจกให้ผู้มีสิทธิเลือกตั้งในหมู่บ้าน เมื่อวันที่ 29 พฤศจิกายน 2569 "
            f"เวลาประมาณ 20.00 น. โดยมี {w_name} เลขประจำตัวประชาชน {w_id} เป็นพยานรู้เห็น"
        )
        d.add_paragraph(f"จึงเรียนมาเพื่อโปรดตรวจสอบ\n\nลงชื่อ....................ผู้ร้องเรียน\n({a.name})")

    raw = message(i, "ร้องเรียนการซื้อเสียง", own_box(a), text="เรียน กกต.จังหวัด\nแนบหนังสือร้องเรียน\n",
                  files=(("ร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_canvassing_complaint", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_not_voting(a: Party, i: int) -> Case:
    """A fillable หนังสือแจ้งเหตุที่ไม่อาจไปใช้สิทธิเลือกตั้ง (English field names): the
    voter_* fields; v2 fills the notifier_* section (his wife notifies)."""
    p = a.p
    wife = OTHERS[3] if i % 2 else ("", "", "", "", "")
    labels = [(40, 18, "หนังสือแจ้งเหตุที่ไม่อาจไปใช้สิทธิเลือกตั้ง"), (20, 40, "ชื่อผู้มีสิทธิเลือกตั้ง"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (110, 70, "อีเมล"), (20, 80, "หน่วยเลือกตั้งที่"), (100, 80, "ลำดับที่"), (20, 90, "เหตุ"),
              (20, 110, "ผู้แจ้งแทน (ถ้ามี)"), (20, 120, "เลขประจำตัวประชาชนผู้แจ้ง"), (20, 130, "โทรศัพท์ผู้แจ้ง")]  # fmt: skip
    fields = [Field("voter_name", a.name, 60, 40, 100), Field("voter_id", p.nid, 60, 50, 55, comb=13),
              Field("voter_dob", born_th(p.born, i), 135, 50, 45), Field("voter_address", home(a, i), 35, 60, 160),
              Field("voter_phone", tel(a, i), 45, 70, 55), Field("voter_email", p.email, 125, 70, 70),
              Field("unit_no", str(5 + i % 4), 55, 80, 20), Field("list_no", str(147 + i), 120, 80, 20),
              Field("reason", "เดินทางไปต่างประเทศเพื่อรักษาพยาบาล", 35, 90, 150),
              Field("notifier_name", wife[0], 60, 110, 90), Field("notifier_id", wife[1], 80, 120, 55, comb=13),
              Field("notifier_phone", wife[2], 60, 130, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบแจ้งเหตุไม่ไปใช้สิทธิ (PDF)", own_box(a), text=f"ส่งแบบที่กรอกแล้ว{ending(a)}\n",
                  files=(("แจ้งเหตุ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_not_voting", raw, own(a, ALL))


def pdf_fillable_speak_request(a: Party, i: int) -> Case:
    """The council's fillable คำขอแสดงความคิดเห็นต่อสภา (Thai field names): the ผู้ขอ's
    lines, the agenda; a contact person's section filled (her name and mobile)."""
    p = a.p
    c_name, _, c_mob, _, _ = OTHERS[1]
    labels = [(40, 18, f"คำขอแสดงความคิดเห็นต่อสภา{PCB_TOWN}"), (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 84, "เรื่องที่ขอแสดงความคิดเห็น"),
              (20, 104, "ผู้ประสานงาน"), (120, 104, "โทร")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", a.name, 45, 40, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i), 60, 50, 55),
              Field("ที่อยู่", home(a, i + 1), 35, 60, 160), Field("โทรศัพท์", tel(a, i + 2), 45, 70, 55),
              Field("อีเมล", p.email, 125, 70, 70),
              Field("เรื่อง", "งบประมาณซ่อมแซมรางระบายน้ำ ถนนสระบุรี-หล่มสัก (ญัตติที่ 3/2569)", 70, 84, 120),
              Field("ผู้ประสานงาน", c_name, 50, 104, 65), Field("โทรผู้ประสานงาน", mobile(c_mob, i), 130, 104, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขอแสดงความคิดเห็นต่อสภาเทศบาล", own_box(a), text=f"แนบคำขอ{ending(a)}\n",
                  files=(("คำขอพูดในสภา.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_speak_request", raw, own(a, NO_BIRTH))


def pdf_typed_candidate_letter(a: Party, i: int) -> Case:
    """A candidate's typed letter (Word to PDF) asking copies of the voter list of his
    ward: his block top right, his ID and birth date in the body, the ward and units."""
    p = a.p
    paras: list[tuple[float, str]] = [(115, home(a, i)[: home(a, i).rfind(" ")]), (115, p.postal), (0, ""),
             (115, f"{5 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอสำเนาบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง"), (20, "เรียน นายทะเบียนอำเภอ"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  f"ผู้สมัครรับเลือกตั้งสมาชิกสภาเทศบาล เขตเลือกตั้งที่ {2 + i % 2} หมายเลข {4 + i % 5} "
                  f"ขอสำเนาบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง หน่วยเลือกตั้งที่ 11 ถึง 14 จำนวน 1 ชุด พร้อมชำระค่าธรรมเนียม"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, "ผู้สมัครรับเลือกตั้ง")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอสำเนาบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง (ผู้สมัคร)", own_box(a),
                  text="เรียน อำเภอ\nแนบหนังสือขอสำเนาบัญชีรายชื่อ\n", files=(("ขอสำเนาบัญชี.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_candidate_letter", raw, own(a, ALL))


def pdf_typed_daughter_for_mother(a: Party, i: int) -> Case:
    """A daughter's typed letter asking the mother's name be added to the list at the
    daughter's house where the mother now lives: the daughter's block top right, the
    mother's ID and birth date in the body."""
    p = a.p
    dn, did, dm, dbox, _ = OTHERS[(1, 3)[i % 2]]
    paras: list[tuple[float, str]] = [(115, f"{9 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอเพิ่มชื่อมารดาในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง"), (20, "เรียน นายทะเบียนอำเภอ"), (0, ""),
             (30, f"ข้าพเจ้า {dn} เลขประจำตัวประชาชน {nid_w(did, i)} เป็นบุตรสาวของ {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
                  f"ซึ่งได้ย้ายมาอยู่กับข้าพเจ้าที่บ้านเลขที่ {home(a, i)} ตั้งแต่เดือนสิงหาคม 2569 "
                  "แต่ยังไม่มีชื่อในบัญชีรายชื่อผู้มีสิทธิเลือกตั้งของหน่วยเลือกตั้งที่ 2 มารดาอายุมากเดินทางไม่สะดวก จึงยื่นแทน"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(dm, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({dn})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอเพิ่มชื่อมารดาในบัญชีผู้มีสิทธิเลือกตั้ง", f"{dn.split()[0]} <{dbox}>",
                  text="เรียน อำเภอ\nแนบหนังสือขอเพิ่มชื่อของแม่ค่ะ\n", files=(("หนังสือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_daughter_for_mother", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_petition_signers(a: Party, i: int) -> Case:
    """A petition's sheet: the head block (ผู้แทนผู้เข้าชื่อ: name, ID, home, phone), then
    the signers' rows with IDs and homes."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อผู้เข้าชื่อ"
        ws.append(("บัญชีรายชื่อผู้เข้าชื่อ ขอให้ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ",))
        ws.append(("ผู้แทนผู้เข้าชื่อ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "ลายมือชื่อ"))
        for n, (s, sid, sh) in enumerate(SIGNERS):
            ws.append((n + 1, s, sid, sh, "ลงชื่อแล้ว"))

    raw = message(i, "รายชื่อผู้เข้าชื่อขอไฟส่องสว่าง", own_box(a), text=f"แนบรายชื่อผู้เข้าชื่อ{ending(a)}\n",
                  files=(("รายชื่อ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_petition_signers", raw, own(a, NO_BIRTH))


def xlsx_household_list_check(a: Party, i: int) -> Case:
    """A household's check of the voter list: rows of members (name, ID, birth date,
    unit, order), the one who files first (ผู้ยื่น) with her phone and home above."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ตรวจสอบรายชื่อ"
        ws.append(("ขอตรวจสอบรายชื่อผู้มีสิทธิเลือกตั้ง (ทั้งครัวเรือน)",))
        ws.append(("บ้านเลขที่", home(a, i + 1), "โทรผู้ยื่น", tel(a, i)))
        ws.append(("สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "หน่วยที่", "ลำดับที่"))
        ws.append(("ผู้ยื่น", a.name, nid_w(p.nid, i), born_th(p.born, i), 6, 101 + i))
        for n, (s, sid, _) in enumerate(SIGNERS[1:3]):
            ws.append(
                ("สมาชิก", s, nid_w(sid, n), f"0{3 + n}/0{5 + n}/25{20 + 7 * n}", 6, 102 + i + n)
            )

    raw = message(i, "ตรวจสอบรายชื่อผู้มีสิทธิเลือกตั้งในบ้าน", own_box(a), text="รบกวนตรวจสอบตามไฟล์แนบ\n",
                  files=(("household.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_household_list_check", raw, own(a, ALL))


def xlsx_canvassing_log(a: Party, i: int) -> Case:
    """A complainant's log of canvassing: her head block, then dated rows naming
    canvassers, their mobiles, amounts and places."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บันทึกเหตุการณ์"
        ws.append(("ผู้ร้องเรียน", a.name, "เลขบัตร", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่ผู้ร้อง", home(a, i + 1)))
        ws.append(("เบอร์ติดต่อ", tel(a, i + 1)))
        ws.append(())
        ws.append(("วันที่", "ผู้กระทำ", "เบอร์โทร", "จำนวนเงิน (บาท)", "สถานที่"))
        for n, (cv, cm, ch) in enumerate(CANVASSERS):
            ws.append((f"{28 + n}/11/2569", cv, cm, 500 * (n + 1), ch))

    raw = message(i, "บันทึกการซื้อเสียง (ไฟล์ Excel)", own_box(a), text="เรียน กกต.\nแนบบันทึกเหตุการณ์\n",
                  files=(("log.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_canvassing_log", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_voter_list_check, (0, 7)),
    (plain_gmail_not_voting_work, (1, 6)),
    (plain_line_forward_canvassing, (3, 5)),
    (plain_outlook_son_for_father, (2, 9)),
    (plain_webmail_speak_council, (8, 4)),
    (html_gmail_petition_signers, (1, 10)),
    (html_outlook_candidate_staff, (4, 0)),
    (html_webform_hearing, (6, 3)),
    (html_gmail_reply_correction, (5, 8)),
    (docx_voter_list_form, (0, 3)),
    (docx_community_hearing_letter, (7, 5)),
    (docx_petition_letter_table, (1, 4)),
    (docx_canvassing_complaint, (6, 8)),
    (pdf_fillable_not_voting, (10, 0)),
    (pdf_fillable_speak_request, (4, 6)),
    (pdf_typed_candidate_letter, (10, 1)),
    (pdf_typed_daughter_for_mother, (11, 2)),
    (xlsx_petition_signers, (3, 10)),
    (xlsx_household_list_check, (5, 7)),
    (xlsx_canvassing_log, (8, 1)),
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
