"""A seventy-second set of requests written by someone who had not read the readers (issue 8):
PEOPLE WHOSE NAMES CARRY RANKS, MONASTIC, ACADEMIC AND HONORARY TITLES, writing ordinary
requests to เทศบาลเมืองลพบุรี (a garrison town), เทศบาลนครเชียงใหม่ and the อบต. around it
(อบต.ดอนแก้ว, แม่ริม; อบต.ออนใต้, สันกำแพง). Soldiers and police (จ.ส.อ., ส.อ., ส.ต.ท.หญิง,
ร.ต.อ., พล.ต., ว่าที่ร้อยตรี) and their wives signing with the husband's rank beside their
own name; monks and novices (พระมหา..., พระ + ฉายา, the lay surname in brackets, สามเณร,
แม่ชี) writing for themselves, an abbot (พระครู..., พระอธิการ...) writing or certifying for
a monk or a novice of his temple; academics and health professionals (ผศ.ดร., รศ.ดร.,
ภก., ทพญ.) with their faculty's or shop's lines and licence numbers (ภ.12345, ท.8812);
royal and honorary titles (ม.ร.ว., ม.ล., คุณหญิง, ท่านผู้หญิง); English-titled foreigners
married to Thais (Mr., Dr.: a passport, the Thai spouse's ID and phone); plain citizens
whose mail names such people (a commanding officer's endorsement, an abbot's
certificate, a doctor's letter with his licence ว.23817 and the hospital's line). Kinds:
plain (phone mail apps, webmail), HTML (Gmail, Outlook, the city's web form), Word
(letters, a unit's official letter, a filled คำร้อง), PDF (fillable forms, typed letters),
xlsx (a unit's sheet, a professor's sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run).

Who the applicant is. The one the request is FOR (sets 28, 31, 63): the soldier, not the
commanding officer who endorses, forwards or signs the unit's letter for him; the monk or
novice, not the abbot who certifies or writes for him; the patient who asks, not the
doctor whose certificate she quotes; the wife who writes for her own matter, not the
ranked husband she names in her signature ("ภรรยา จ.ส.อ. ..."); the foreigner, not his
Thai wife whose ID and phone he gives. The officer's, abbot's, doctor's, husband's or
wife's name, ID, phone, box and address are never the applicant's; where only theirs
appear, phone and e-mail are `()` (no value, or a flagged one, is right).

How the expected full_name is written, per kind of title (a clerk's record as Thai
official documents write it):
- RANKS of soldiers and police (จ.ส.อ., ส.อ., ส.ต.ท.หญิง, ร.ต.อ., พล.ต.) are the person's
  คำนำหน้านาม by law (the ID card carries them): KEPT before the name, as written
  ("จ.ส.อ.สมศักดิ์ ทองอินทร์"); a space after the abbreviated rank also accepted; the name
  without its rank, or with นาย, is not. "ว่าที่ร้อยตรี" / "ว่าที่ ร.ต." is used before the
  name in official documents: kept as the applicant writes it (either spelling accepted
  for him, with or without the space).
- ROYAL and HONORARY titles (ม.ร.ว., ม.ล., คุณหญิง, ท่านผู้หญิง) are also used in place of
  นาย/นาง/นางสาว in official documents: KEPT, as written, a space after an abbreviated one
  accepted.
- ACADEMIC and PROFESSIONAL prefixes (ผศ.ดร., รศ.ดร., ภก., ทพญ.) are not a legal title:
  accepted as written (with them) or the bare name (first and last name, no prefix).
- MONKS: "พระ"/"พระมหา"/"พระอธิการ" + his name + his ฉายา, with or without his lay surname
  in brackets; the name with the lay surname instead of the ฉายา, with or without the
  ฉายา in brackets, also accepted (a clerk meets all four). A พระครู with a ราชทินนาม
  (never an applicant here) signs with his title name and (own name ฉายา) in brackets.
  NOVICES (สามเณร, no ฉายา) and แม่ชี: title and name as written ("สามเณรภานุพงศ์ อ่อนศรี").
- FOREIGNERS: the name as in the passport with its English title (Mr., Dr.), with or
  without the full stop, or the bare name, in capitals or not; his passport is no ID:
  national_id `()`.
Address: where the applicant lives (a monk, novice or แม่ชี: the temple or สำนักชี where he
or she is registered and lives); the faculty, the police station, the unit, the hospital,
the pharmacy, the officer's or the abbot's place never. With or without เลขที่/บ้านเลขที่,
written out or short, with or without province and postal code. Phone: the applicant's own
line; a station's, a unit's, a faculty's, a hospital's, a secretary's or a spouse's never.
E-mail: the applicant's own box (the one she sends from, her work box included where she
writes from it); a spouse's, a commander's, a clerk's, a web form's no-reply never.
Birth date ISO, only the applicant's. A licence number (ว.23817, ภ.12345, ท.8812), a
military or police service number (หมายเลขประจำตัวทหาร), a case number, a unit's letter
number (ที่ กห 0483/...), a passport or a monk's หนังสือสุทธิ number is never an ID or a
phone. Everyone, every temple, unit and number is invented (13-digit numbers made with
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

LOP_DESK = "saraban@lopburicity.example.go.th"
CM_DESK = "contact@cmcity.example.go.th"
LOP = "เทศบาลเมืองลพบุรี"
CMC = "เทศบาลนครเชียงใหม่"
LB = "ลพบุรี"
CM = "เชียงใหม่"

# Applicants. Monks: `last` is the ฉายา (the lay surname in SURNAME).
SOLDIER = P(
    "จ.ส.อ.",
    "สมศักดิ์",
    "ทองอินทร์",
    "160990021457",
    date(1982, 5, 14),
    "0814462071",
    "somsak.ti@gmail.com",
    "219/4",
    "",
    "",
    "นารายณ์มหาราช",
    "ทะเลชุบศร",
    "เมืองลพบุรี",
    LB,
    "15000",
)
WIFE = P(
    "นาง",
    "สุดารัตน์",
    "ทองอินทร์",
    "160990034418",
    date(1986, 9, 2),
    "0892217436",
    "sudarat.ti@gmail.com",
    "219/4",
    "",
    "",
    "นารายณ์มหาราช",
    "ทะเลชุบศร",
    "เมืองลพบุรี",
    LB,
    "15000",
)
POLICE = P(
    "ร.ต.อ.",
    "ณัฐวุฒิ",
    "แสงจันทร์",
    "160010045523",
    date(1988, 1, 27),
    "0863318802",
    "nattawut.sc@hotmail.com",
    "45/12",
    "3",
    "",
    "",
    "ท่าศาลา",
    "เมืองลพบุรี",
    LB,
    "15000",
)
POLICEWOMAN = P(
    "ส.ต.ท.หญิง",
    "กมลวรรณ",
    "ศรีสวัสดิ์",
    "160990052206",
    date(1996, 11, 8),
    "0627710945",
    "kamonwan.ss@gmail.com",
    "88",
    "5",
    "",
    "",
    "ป่าตาล",
    "เมืองลพบุรี",
    LB,
    "15000",
)
WATI = P(
    "ว่าที่ร้อยตรี",
    "ธีรพงษ์",
    "มั่นคง",
    "160990061147",
    date(1993, 3, 19),
    "0958821164",
    "teerapong.mk@gmail.com",
    "12/7",
    "",
    "",
    "พหลโยธิน",
    "ท่าหิน",
    "เมืองลพบุรี",
    LB,
    "15000",
)
GENERAL = P(
    "พล.ต.",
    "วิรัช",
    "เกียรติก้อง",
    "160010003391",
    date(1958, 7, 30),
    "0818804417",
    "wirach.kk@yahoo.com",
    "7",
    "",
    "",
    "สุระสงคราม",
    "ท่าหิน",
    "เมืองลพบุรี",
    LB,
    "15000",
)
CORPORAL = P(
    "ส.อ.",
    "อนุชา",
    "พรหมมา",
    "350990047712",
    date(1997, 12, 3),
    "0836642915",
    "anucha.pm@gmail.com",
    "154",
    "2",
    "",
    "",
    "โพธิ์เก้าต้น",
    "เมืองลพบุรี",
    LB,
    "15000",
)
MAHA = P(
    "พระมหา",
    "สมบัติ",
    "ฐิตวํโส",
    "160010072265",
    date(1979, 2, 11),
    "0869914402",
    "phramaha.sombat@gmail.com",
    "9",
    "4",
    "",
    "",
    "กกโก",
    "เมืองลพบุรี",
    LB,
    "15000",
)
NOVICE = P(
    "สามเณร",
    "ภานุพงศ์",
    "อ่อนศรี",
    "160990110024",
    date(2011, 6, 21),
    "",
    "",
    "9",
    "4",
    "",
    "",
    "กกโก",
    "เมืองลพบุรี",
    LB,
    "15000",
)
MONK_CM = P(
    "พระ",
    "สุริยา",
    "ปภสฺสโร",
    "350100033816",
    date(1990, 10, 4),
    "0904418827",
    "",
    "55",
    "7",
    "",
    "",
    "ดอนแก้ว",
    "แม่ริม",
    CM,
    "50180",
)
MAECHI = P(
    "แม่ชี",
    "ศรีนวล",
    "คำมูล",
    "350100014429",
    date(1952, 4, 16),
    "0852217703",
    "",
    "55",
    "7",
    "",
    "",
    "ดอนแก้ว",
    "แม่ริม",
    CM,
    "50180",
)
ABBOT_SELF = P(
    "พระอธิการ",
    "อินสอน",
    "ปญฺญาวโร",
    "350400027713",
    date(1961, 8, 9),
    "0817046628",
    "watpasakngam@gmail.com",
    "101",
    "3",
    "",
    "",
    "ออนใต้",
    "สันกำแพง",
    CM,
    "50130",
)
ASST_PROF = P(
    "ผศ.ดร.",
    "วรรณวิไล",
    "เชื้อเมืองพาน",
    "350100058824",
    date(1977, 12, 12),
    "0819937215",
    "wanwilai.c@cmu.example.ac.th",
    "33/1",
    "",
    "",
    "ห้วยแก้ว",
    "สุเทพ",
    "เมืองเชียงใหม่",
    CM,
    "50200",
)
ASSOC_PROF = P(
    "รศ.ดร.",
    "ธวัชชัย",
    "ศรีวิชัย",
    "350100041126",
    date(1969, 6, 5),
    "0896632108",
    "thawatchai.s@cmu.example.ac.th",
    "120",
    "",
    "",
    "ช้างเผือก",
    "ช้างเผือก",
    "เมืองเชียงใหม่",
    CM,
    "50300",
)
MRW = P(
    "ม.ร.ว.",
    "พัชรินทร์",
    "นวรัตน",
    "100500012214",
    date(1955, 1, 23),
    "0814420096",
    "patcharin.nv@gmail.com",
    "18",
    "",
    "",
    "ราชวงศ์",
    "ช้างม่อย",
    "เมืองเชียงใหม่",
    CM,
    "50300",
)
ML = P(
    "ม.ล.",
    "ธีรวัฒน์",
    "ศรีธวัช",
    "100400027751",
    date(1964, 9, 14),
    "0897726640",
    "teerawat.st@hotmail.com",
    "5/2",
    "",
    "",
    "เจริญราษฎร์",
    "วัดเกต",
    "เมืองเชียงใหม่",
    CM,
    "50000",
)
KHUNYING = P(
    "คุณหญิง",
    "จันทร์เพ็ญ",
    "วงศ์ลานนา",
    "350100004418",
    date(1948, 3, 3),
    "053241187",
    "",
    "44",
    "",
    "",
    "เจริญประเทศ",
    "ช้างคลาน",
    "เมืองเชียงใหม่",
    CM,
    "50100",
)
THANPHUYING = P(
    "ท่านผู้หญิง",
    "สุนันทา",
    "เจ็ดตนสกุล",
    "100100008825",
    date(1944, 11, 27),
    "0818813302",
    "sunanta.j@gmail.com",
    "2",
    "",
    "",
    "นิมมานเหมินท์",
    "สุเทพ",
    "เมืองเชียงใหม่",
    CM,
    "50200",
)
PHARMACIST = P(
    "ภก.",
    "ปิยะพงษ์",
    "ชัยมงคล",
    "350990031152",
    date(1985, 8, 18),
    "0846612379",
    "piyapong.cm@gmail.com",
    "71/3",
    "",
    "",
    "โชตนา",
    "ป่าตัน",
    "เมืองเชียงใหม่",
    CM,
    "50300",
)
DENTIST = P(
    "ทพญ.",
    "ณัฐกานต์",
    "อินต๊ะ",
    "350990047715",
    date(1991, 4, 29),
    "0927734416",
    "nattakan.in@gmail.com",
    "8/15",
    "",
    "",
    "สิริมังคลาจารย์",
    "สุเทพ",
    "เมืองเชียงใหม่",
    CM,
    "50200",
)
CITIZEN = P(
    "นาง",
    "บัวคำ",
    "ปัญญาดี",
    "350100066713",
    date(1950, 5, 5),
    "0895540716",
    "buakham.pd@gmail.com",
    "61",
    "",
    "",
    "หนองหอย",
    "หนองหอย",
    "เมืองเชียงใหม่",
    CM,
    "50000",
)
CITIZEN_LB = P(
    "นางสาว",
    "อรอุมา",
    "บุญเกิด",
    "160990081125",
    date(1999, 2, 8),
    "0641128875",
    "onuma.bk@gmail.com",
    "33",
    "6",
    "",
    "",
    "ถนนใหญ่",
    "เมืองลพบุรี",
    LB,
    "15000",
)
MR = P(
    "Mr. ",
    "David",
    "Wilson",
    "000000000001",
    date(1968, 4, 17),
    "0918834420",
    "david.wilson.uk@gmail.com",
    "99/9",
    "4",
    "",
    "",
    "ออนใต้",
    "สันกำแพง",
    CM,
    "50130",
)
DR = P("Dr. ", "Katrin", "Bauer", "000000000002", date(1979, 12, 1), "0633317890", "katrin.bauer@posteo.example.de",
       "14/2", "", "", "ท่าแพ", "ช้างคลาน", "เมืองเชียงใหม่", CM, "50100")  # fmt: skip

MONKS = {
    MAHA.p.first: "ใจบุญ",
    MONK_CM.p.first: "บุญเรือง",
    ABBOT_SELF.p.first: "คำปัน",
}  # lay surnames
FOREIGN = {
    MR.p.first: ("523318804", "อังกฤษ"),
    DR.p.first: ("C7KX29F41", "เยอรมัน"),
}  # passport, nationality
SPOUSES = {MR.p.first: ("นางอำไพ วิลสัน", with_check_digit("350400019927"), "0867714520"),
           DR.p.first: ("นายประเสริฐ คำแสน", with_check_digit("350100088142"), "0815529034")}  # fmt: skip
ACADEMIC = ("ผศ.ดร.", "รศ.ดร.", "ภก.", "ทพญ.")

# Others (never the applicant): the husband, commanders, abbots, doctors.
HUSBAND = ("จ.ส.อ.สมศักดิ์ ทองอินทร์", "ร้อย.บก. ร.31 พัน.1 รอ.", "0814462071")
COMMANDERS = (("ร.อ.ประเสริฐ ดวงแก้ว", "ผบ.ร้อย.อวบ.", "036-411-287", "0817725530", "prasert.dk@rta.example.mi.th"),
              ("พ.อ.ชาญชัย รุ่งเรืองศรี", "ผบ.ม.พัน.4 รอ.", "036-486-114", "0818860913", "chanchai.rr@rta.example.mi.th"))  # fmt: skip
ABBOTS = (("พระครูสิริธรรมวิมล", "เสาร์ สิริธมฺโม", "วัดโพธิ์ทองนิมิต", "0866617702"),
          ("พระครูปัญญาวชิรคุณ", "ดวงดี วชิรญาโณ", "วัดสันต้นแหน", "0819927456"))  # fmt: skip
DOCTORS = (("นพ.กฤษดา ศรีวิชัย", "ว.23817", "โรงพยาบาลนครพิงค์", "053-999-200"),
           ("พญ.ลลิตา ธนากร", "ว.41190", "โรงพยาบาลลพบุรี", "036-621-537"))  # fmt: skip


def names(a: Party) -> tuple[str, ...]:
    """Every way a clerk accepts the applicant's name (the module's conventions)."""
    p = a.p
    t, f, last = p.title, p.first, p.last
    if f in MONKS:
        s = MONKS[f]
        return (f"{t}{f} {last}", f"{t}{f} {last} ({s})", f"{t}{f} {s}", f"{t}{f} {s} ({last})")
    if f in FOREIGN:
        out = [f"{t}{f} {last}", f"{t.replace('.', '')}{f} {last}", f"{f} {last}"]
        return tuple(dict.fromkeys(out + [x.upper() for x in out]))
    out = [f"{t}{f} {last}"]
    if t.endswith(".") or t.endswith("หญิง"):
        out.append(f"{t} {f} {last}")
    if t == "ว่าที่ร้อยตรี":
        out += [
            f"ว่าที่ ร.ต.{f} {last}",
            f"ว่าที่ ร.ต. {f} {last}",
            f"ว่าที่ร.ต.{f} {last}",
            f"ว่าที่ ร้อยตรี{f} {last}",
        ]
    if t in ACADEMIC:
        out.append(f"{f} {last}")
    return tuple(dict.fromkeys(out))


def expect(
    a: Party, keys: str, *, phone: bool = True, email: bool = True
) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    e["full_name"] = names(a)
    if a.p.first in FOREIGN:
        e["national_id"] = ()
    if "phone" in e and (not phone or not a.p.mobile):
        e["phone"] = ()
    if "email" in e:
        if not email:
            e["email"] = ()
        elif not a.p.email:
            e.pop("email")
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_soldier_wife_phone": "the wife who writes for her own matter; never the ranked husband in her signature",
    "plain_police_own_mutation": "the police officer himself (rank kept); the station's line and case number never",
    "plain_monk_own_certificate": "the monk himself (พระมหา + ฉายา); the temple his address",
    "plain_abbot_for_monk": "the monk; never the abbot who writes (his mobile, his title name)",
    "plain_foreigner_residence": "the foreigner (Mr./Dr.); never the Thai spouse (her ID, phone)",
    "html_gmail_commander_forward": "the soldier in the forwarded part; never the commander who forwards",
    "html_outlook_academic_noise": "the academic; her home, never the faculty's address or line",
    "html_webform_royal_title": "the one who fills the city's form (ม.ร.ว./ท่านผู้หญิง)",
    "html_gmail_doctor_letter": "the patient who asks; never the doctor (licence, hospital line)",
    "html_gmail_maechi_allowance": "the แม่ชี (v1; the vouching abbot never) or the พระอธิการ writing for himself (v2)",
    "docx_temple_letter_novice": "the novice the abbot's letter is for; never the abbot",
    "docx_unit_letter_subordinate": "the subordinate; never the commander who signs the unit's letter",
    "docx_general_kor_form": "the one on the คำร้อง's lines (a general, a ว่าที่ร้อยตรี)",
    "docx_honorary_letter": "the คุณหญิง / ม.ล. who signs; never the secretary",
    "pdf_fillable_rank_split": "the applicant of the form's rank/name boxes",
    "pdf_typed_pharmacist_sign": "the pharmacist/dentist herself; never her licence or shop line",
    "pdf_typed_abbot_certificate": "the monk in the abbot's certificate; never the abbot",
    "pdf_fillable_foreign_spouse": "the foreigner in the applicant part; never the spouse part",
    "xlsx_unit_sheet_subordinate": "the soldier's row; never the unit's head block",
    "xlsx_professor_field_trip": "the professor at the head; never the students' or the faculty's lines",
}


def message(n: int, desk: str, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desk
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set72-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party, fallback: str = "") -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or fallback}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def monk_sign(a: Party, k: int) -> str:
    """How a monk writes his own name: with his ฉายา, his lay surname in brackets, or the
    surname first and the ฉายา in brackets."""
    p = a.p
    s = MONKS[p.first]
    return (
        f"{p.title}{p.first} {p.last}",
        f"{p.title}{p.first} {p.last} ({s})",
        f"{p.title}{p.first} {s} ({p.last})",
    )[k % 3]


def rank_sp(a: Party, k: int) -> str:
    """A rank or title written close to the name, or with a space after it."""
    p = a.p
    return a.name if k % 2 == 0 or not p.title.endswith(".") else f"{p.title} {p.first} {p.last}"


# --- plain ---------------------------------------------------------------------------------


def plain_soldier_wife_phone(a: Party, i: int) -> Case:
    """A soldier's wife asks from her phone to put a bin and fix the light in front of
    their house (she is home alone); she signs with her husband's rank and unit under her
    name, his mobile given "for emergencies"."""
    p = a.p
    hn, unit, hm = HUSBAND
    text = (
        f"เรียน {LOP}\n\nดิฉัน{a.name} อายุ {2569 - p.born.year - 543} ปี เลขบัตรประชาชน {nid_w(p.nid, i)} "
        f"บ้านเลขที่ {home(a, i)} ขอแจ้งว่าไฟส่องสว่างหน้าบ้านดับมา 2 สัปดาห์แล้ว และขอถังขยะเพิ่ม 1 ใบค่ะ "
        "เนื่องจากสามีไปราชการชายแดนใต้ ดิฉันอยู่บ้านกับลูกเล็กตามลำพังตอนกลางคืนมืดมาก\n\n"
        f"ติดต่อดิฉัน {mobile(p.mobile, i)}\nกรณีฉุกเฉินติดต่อสามี {hn} {unit} โทร {mobile(hm, i + 1)}\n\n"
        f"{a.name}\nภรรยา {hn}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, LOP_DESK, "ไฟหน้าบ้านดับ ขอถังขยะเพิ่ม", box(a), text=text)
    return Case("plain_soldier_wife_phone", raw, expect(a, NO_BIRTH))


def plain_police_own_mutation(a: Party, i: int) -> Case:
    """A police officer asks, for himself, a certificate that his land's tax is paid
    (he is moving station); he signs with rank, position, station and its line; a case
    number in passing."""
    p = a.p
    text = (
        f"เรียน นายกเทศมนตรีเมืองลพบุรี\n\n{('กระผม', 'ดิฉัน')['หญิง' in p.title]} {rank_sp(a, i)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
        f"เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
        f"ขอหนังสือรับรองการชำระภาษีที่ดินและสิ่งปลูกสร้างปี 2567-2569 ของบ้านหลังนี้ เพื่อใช้ประกอบการย้ายสถานี{('ครับ', 'ค่ะ')['หญิง' in p.title]} "
        f"(ช่วงนี้ติดงานสอบสวนคดีอาญาที่ {412 + i}/2569 ไม่สามารถมาด้วยตนเองในเวลาราชการ)\n\n"
        f"มือถือ {mobile(p.mobile, i + 2)}\n\nด้วยความเคารพ\n{rank_sp(a, i + 1)}\n"
        f"{'รอง สว.(สอบสวน)' if i % 2 == 0 else 'ผบ.หมู่ งานป้องกันปราบปราม'} สภ.เมืองลพบุรี\nโทร สภ. 036-411-{110 + i}\n"
    )
    raw = message(i, LOP_DESK, "ขอหนังสือรับรองการชำระภาษี", box(a), text=text)
    return Case("plain_police_own_mutation", raw, expect(a, ALL))


def plain_monk_own_certificate(a: Party, i: int) -> Case:
    """A monk asks, from his Gmail, a certificate of residence (he is enrolling at a
    Buddhist university); he writes his name his own way, his หนังสือสุทธิ number."""
    p = a.p
    text = (
        f"เจริญพร {('นายกเทศมนตรีเมืองลพบุรี', 'นายก อบต.ดอนแก้ว')[p.province == CM]}\n\n"
        f"อาตมา {monk_sign(a, i)} หนังสือสุทธิเลขที่ {2210 + i}/2552 เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"เกิด {born_th(p.born, i + 1)} สังกัด{ABBOTS[p.province == CM][2]} ที่อยู่ {home(a, i)} "
        "มีความประสงค์ขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้านของวัด เพื่อใช้สมัครเรียนที่มหาวิทยาลัยมหาจุฬาลงกรณราชวิทยาลัย\n\n"
        f"ติดต่ออาตมาได้ที่ {mobile(p.mobile, i + 1)}\n\nขอเจริญพร\n{monk_sign(a, i + 1)}\n"
    )
    raw = message(
        i,
        (LOP_DESK, CM_DESK)[p.province == CM],
        "ขอหนังสือรับรองการมีชื่อในทะเบียนบ้าน",
        box(a, "phra.suriya@gmail.com"),
        text=text,
    )
    e = expect(a, ALL)
    if not p.email:
        e["email"] = ("phra.suriya@gmail.com",)
    return Case("plain_monk_own_certificate", raw, e)


def plain_abbot_for_monk(a: Party, i: int) -> Case:
    """An abbot (พระครู, his title name and (own name ฉายา)) writes from his phone for a
    monk of his temple who is ill in hospital: the monk's ID, birth date; only the
    abbot's mobile."""
    p = a.p
    title, own, wat, am = ABBOTS[i % 2]
    text = (
        f"เจริญพร เจ้าหน้าที่งานทะเบียนราษฎร\n\nอาตมา{title} ({own}) เจ้าอาวาส{wat} "
        f"ขอแจ้งแทน{monk_sign(a, i)} พระลูกวัด เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิด {born_th(p.born, i + 2)} "
        f"ซึ่งอยู่ที่วัด เลขที่ {home(a, i + 1)} ว่าบัตรประจำตัวประชาชนหายระหว่างเดินทางธุดงค์ "
        "ขณะนี้ท่านอาพาธพักรักษาตัวที่โรงพยาบาล จึงขอทราบขั้นตอนการทำบัตรใหม่ และขอนัดวันที่ท่านจะไปทำบัตรได้\n\n"
        f"ติดต่ออาตมา {mobile(am, i)}\nขอเจริญพร\n{title}\n"
    )
    raw = message(
        i,
        (LOP_DESK, CM_DESK)[p.province == CM],
        "บัตรประชาชนพระลูกวัดหาย",
        f"{wat} <wat.{i}@gmail.com>",
        text=text,
    )
    return Case("plain_abbot_for_monk", raw, expect(a, ALL, phone=False, email=False))


def plain_foreigner_residence(a: Party, i: int) -> Case:
    """A foreigner married to a Thai asks in English and Thai for a residence
    certificate for his visa: his passport, birth date in English, his Thai spouse's ID
    and phone."""
    p = a.p
    passport, nat = FOREIGN[p.first]
    sn, sid, sm = SPOUSES[p.first]
    text = (
        f"Dear Sir/Madam,\nเรียน {('นายก อบต.ออนใต้', CMC)[p.amphoe != 'สันกำแพง']}\n\n"
        f"I, {a.name}, {nat} passport no. {passport}, born {p.born.strftime('%d %B %Y')}, "
        f"would like to request a residence certificate (หนังสือรับรองถิ่นที่อยู่) for my visa extension.\n"
        f"Address: {home(a, i)}\n\n"
        f"My Thai {'wife' if sn.startswith('นาง') else 'husband'} is {sn}, ID {nid_w(sid, i)}, "
        f"mobile {mobile(sm, i)} (she/he speaks Thai if you need to call).\n"
        f"My own mobile: {intl(p.mobile) if i % 2 else mobile(p.mobile, i + 1)}\n\nBest regards,\n{a.name}\n"
    )
    raw = message(
        i, CM_DESK, "Request residence certificate / ขอหนังสือรับรองถิ่นที่อยู่", box(a), text=text
    )
    return Case("plain_foreigner_residence", raw, expect(a, ALL))


def intl(m: str) -> str:
    return f"+66 {m[1:3]} {m[3:6]} {m[6:]}"


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_commander_forward(a: Party, i: int) -> Case:
    """A company commander forwards from Gmail, with a line of endorsement above, the
    request a soldier of his company mailed him (a house number for his new house); the
    commander's rank, position, unit line and mobile in his signature."""
    p = a.p
    cn, pos, line, cm, cbox = COMMANDERS[i % 2]
    fwd = [f"ลงชื่อ {rank_sp(a, i)}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}", f"วันเกิด {born_th(p.born, i + 1)}",
           "บ้านที่สร้างใหม่อยู่ถัดจากบ้านหลังเดิมในที่ดินแปลงเดียวกัน ยังไม่มีเลขที่บ้าน", f"ที่อยู่ปัจจุบัน {home(a, i)}", f"มือถือ {mobile(p.mobile, i)}", f"อีเมล {p.email}"]  # fmt: skip
    html = (
        f'<div dir="ltr"><div>เรียน {LOP}</div><div>ขอส่งคำขอของกำลังพลในบังคับบัญชา ซึ่งกระผมรับรองว่าเป็นกำลังพลของหน่วยจริง '
        f"กรุณาพิจารณาด้วยครับ</div><br><div>{cn}</div><div>{pos}</div><div>โทร {line} / {mobile(cm, i + 1)}</div><br>"
        '<div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>'
        f"From: {p.first} {p.last} &lt;{p.email}&gt;<br>Date: {thai_day(date(2026, 11, 20 + i % 8))}<br>Subject: ขอเลขที่บ้าน<br>To: {cn} &lt;{cbox}&gt;</div><br>"
        "<div>เรียน ผบ.ร้อย ครับ กระผมสร้างบ้านเสร็จแล้ว ขอความกรุณาส่งเรื่องขอเลขที่บ้านต่อให้เทศบาลด้วยครับ</div><br>"
        + "".join(f"<div>{x}</div>" for x in fwd)
        + "</div></div>\n"
    )
    raw = message(i, LOP_DESK, "Fwd: ขอเลขที่บ้าน", f"{cn[4:]} <{cbox}>", html=html)
    return Case("html_gmail_commander_forward", raw, expect(a, ALL))


def html_outlook_academic_noise(a: Party, i: int) -> Case:
    """An academic complains from her university's Outlook of night construction near her
    home; her signature carries the faculty's address and line, her mobile."""
    p = a.p
    paras = [f"เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {CMC}", "",
             f"ดิฉัน{a.name} พักอาศัยอยู่บ้านเลขที่ {home(a, i)} ขอร้องเรียนเสียงดังจากการก่อสร้างอาคารพักอาศัยรวมข้างบ้าน "
             "ซึ่งทำงานถึงเวลา 02.00 น. เกือบทุกคืนตั้งแต่ต้นเดือนพฤศจิกายน ขอให้เจ้าหน้าที่ตรวจวัดระดับเสียงด้วยค่ะ",
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{rank_sp(a, i)}</b><br>{("ผู้ช่วยศาสตราจารย์", "รองศาสตราจารย์")[p.title == "รศ.ดร."]} ภาควิชาวิศวกรรมสิ่งแวดล้อม<br>'
           "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเชียงใหม่ 239 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200<br>"
           f"โทร 053-944-{180 + i} | มือถือ {mobile(p.mobile, i)}<br><a href=\"mailto:{p.email}\">{p.email}</a></p>")  # fmt: skip
    raw = message(i, CM_DESK, "ร้องเรียนเสียงก่อสร้างยามวิกาล", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_academic_noise", raw, expect(a, NO_BIRTH))


def html_webform_royal_title(a: Party, i: int) -> Case:
    """The city's web form (a no-reply sender), rows of label and value: the title chosen
    from a list (ม.ร.ว., ท่านผู้หญิง) in its own row, the name in another."""
    p = a.p
    rows = [("เลขที่คำร้อง", f"CMC-E{26120 + i:06d}"), ("ประเภทคำร้อง", "ขอตัดแต่งกิ่งไม้ในที่สาธารณะ"),
            ("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home(a, i)), ("โทรศัพท์", p.mobile),
            ("อีเมล", p.email), ("รายละเอียด", "ต้นจามจุรีริมถนนหน้าบ้านกิ่งใหญ่พาดสายไฟ เกรงจะหักลงมาช่วงมีลมพายุ"),
            ("วันที่ยื่น", f"{2 + i}/12/2569 09:{10 + i}")]  # fmt: skip
    t = "".join(
        f"<tr><th align='left' style='background:#f2f2f2'>{k}</th><td>{v}</td></tr>"
        for k, v in rows
    )
    html = (f"<html><body><h3>{CMC} - ระบบรับคำร้องออนไลน์</h3><p>มีคำร้องใหม่จากประชาชน</p>"
            f"<table border='1' cellpadding='4'>{t}</table><p>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        CM_DESK,
        f"[คำร้องออนไลน์] CMC-E{26120 + i:06d}",
        "CMC e-Service <no-reply@cmcity.example.go.th>",
        html=html,
    )
    return Case("html_webform_royal_title", raw, expect(a, ALL))


def html_gmail_doctor_letter(a: Party, i: int) -> Case:
    """A citizen asks a home visit for her elder-care allowance renewal, quoting her
    doctor's certificate (his name, licence ว., hospital and its line)."""
    p = a.p
    dn, lic, hosp, hline = DOCTORS[i % 2]
    lines = [f"เรียน {(CMC, LOP)[p.province == LB]}", "",
             f"{('ดิฉัน', 'ผม')[p.title == 'นาย']} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)}",
             f"ที่อยู่ {home(a, i + 1)}",
             ("ขอให้เจ้าหน้าที่มาตรวจสอบที่บ้านเพื่อต่อสิทธิเบี้ยยังชีพ เพราะเดินทางไม่สะดวกหลังผ่าตัดเข่า" if p.born.year < 1965 else "ขอลงทะเบียนรับเบี้ยความพิการ เพราะเดินไม่ได้หลังอุบัติเหตุ ขอให้เจ้าหน้าที่มาตรวจที่บ้าน"),
             f"แนบใบรับรองแพทย์ของ {dn} เลขที่ใบอนุญาตประกอบวิชาชีพเวชกรรม {lic} {hosp} ลงวันที่ {thai_day(date(2026, 11, 3 + i))}",
             f"(สอบถามแพทย์ได้ที่ {hline} ต่อ {2200 + i})", "",
             f"เบอร์ติดต่อ {mobile(p.mobile, i + 1)}", "ขอบคุณค่ะ", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(
        i,
        (CM_DESK, LOP_DESK)[p.province == LB],
        "ขอให้เจ้าหน้าที่ตรวจสอบที่บ้าน (ต่อเบี้ยยังชีพ)",
        box(a),
        html=html,
    )
    return Case("html_gmail_doctor_letter", raw, expect(a, ALL))


def html_gmail_maechi_allowance(a: Party, i: int) -> Case:
    """A แม่ชี of a temple near Chiang Mai writes from the Gmail box the temple's boy set
    up, registering for the elder allowance, the abbot named as the one who vouches (his
    mobile); or an abbot (พระอธิการ) asks, from his temple's own box, a copy of his
    temple's house registration with his name in it."""
    p = a.p
    monk = p.first in MONKS
    title, own, wat, am = ABBOTS[1]
    who = monk_sign(a, i + 2) if monk else a.name
    if monk:
        lines = ["เรียน นายกองค์การบริหารส่วนตำบลออนใต้", "",
                 f"อาตมา {who} เจ้าอาวาสวัดป่าสักงาม ที่อยู่ {home(a, i)}",
                 f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 1)}",
                 "ขอคัดสำเนาทะเบียนบ้านของวัด (ท.ร.14) ที่มีชื่ออาตมา เพื่อใช้ยื่นต่อสำนักงานพระพุทธศาสนาจังหวัด", "",
                 f"โทร {mobile(p.mobile, i + 3)}", "ขอเจริญพร", who]  # fmt: skip
        sender = box(a)
    else:
        lines = ["เรียน นายกองค์การบริหารส่วนตำบลดอนแก้ว", "",
                 f"ดิฉัน {who} พำนักอยู่ที่สำนักชี{wat} เลขที่ {home(a, i)}",
                 f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 1)}",
                 "ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2570",
                 f"ผู้รับรอง {title} ({own}) เจ้าอาวาส{wat} โทร {mobile(am, i)}", "",
                 f"โทร {mobile(p.mobile, i + 3)}", who]  # fmt: skip
        sender = f"Wat San Ton Haen <watsantonhaen.{i}@gmail.com>"
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(
        i, CM_DESK, "ขอคัดสำเนาทะเบียนบ้านวัด" if monk else "ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", sender, html=html
    )
    return Case("html_gmail_maechi_allowance", raw, expect(a, ALL, email=monk))


# --- Word ----------------------------------------------------------------------------------


def docx_temple_letter_novice(a: Party, i: int) -> Case:
    """The temple's letter in Word, signed by the abbot, asking the first ID card of a
    novice of the temple (his birth date, his 13 digits from his birth certificate)."""
    p = a.p
    title, own, wat, am = ABBOTS[0]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ วพท {40 + i}/2569\t\t\t{wat}\n\t\t\t\t9 หมู่ที่ 4 ตำบลกกโก อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000"
        )
        d.add_paragraph(f"\t\t\t\t{4 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอทำบัตรประจำตัวประชาชนให้สามเณร\nเรียน นายกเทศมนตรีเมืองลพบุรี")
        d.add_paragraph(
            f"ด้วย{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
            f"บรรพชาและพำนักอยู่ที่{wat} มีชื่ออยู่ในทะเบียนบ้านของวัด เลขที่ {home(a, i + 1)} "
            "มีอายุครบต้องทำบัตรประจำตัวประชาชน แต่บิดามารดาไปทำงานต่างจังหวัด "
            f"จึงขอให้{'อาตมา' if i % 2 == 0 else 'เจ้าอาวาส'}เป็นผู้รับรองบุคคลในการทำบัตรครั้งแรก"
        )
        d.add_paragraph("จึงเจริญพรมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอเจริญพร\n\n({title})\n({own})\nเจ้าอาวาส{wat}\nโทร {mobile(am, i)}")

    raw = message(i, LOP_DESK, "หนังสือวัด ขอทำบัตรประชาชนให้สามเณร", f"{wat} <watphothong.{i}@gmail.com>",
                  text="เจริญพร ส่งหนังสือของวัดมาตามแนบ\n", files=(("หนังสือวัด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_temple_letter_novice", raw, expect(a, ALL, phone=False))


def docx_unit_letter_subordinate(a: Party, i: int) -> Case:
    """A unit's official letter (ที่ กห ...) signed by its commander, asking the city to
    certify a soldier's residence for his housing loan: the soldier's rank and name, his
    service number, ID, birth date and home; the unit's place and line."""
    p = a.p
    cn, pos, line, _, cbox = COMMANDERS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ กห 0483.{12 + i}/{1580 + i}\t\t\t{pos.replace('ผบ.', '')}\n\t\t\t\tค่ายสมเด็จพระนารายณ์มหาราช จังหวัดลพบุรี"
        )
        d.add_paragraph(f"\t\t\t\t{7 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอหนังสือรับรองที่อยู่ของกำลังพล\nเรียน นายกเทศมนตรีเมืองลพบุรี")
        d.add_paragraph(
            f"ด้วย {rank_sp(a, i)} หมายเลขประจำตัวทหาร {(1140 + i):04d}{351276 + i} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"เกิดวันที่ {born_th(p.born, i + 2)} กำลังพลในสังกัด มีภูมิลำเนาอยู่บ้านเลขที่ {home(a, i)} "
            "ประสงค์ขอหนังสือรับรองที่อยู่เพื่อประกอบการขอสินเชื่อเพื่อที่อยู่อาศัยของกำลังพล "
            f"จึงขอความอนุเคราะห์ออกหนังสือรับรองให้แก่กำลังพลดังกล่าว ทั้งนี้สามารถติดต่อกำลังพลได้ที่ {mobile(p.mobile, i)}"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n{cn}\n{pos}\nฝ่ายกำลังพล โทร {line}")

    raw = message(i, LOP_DESK, "ขอหนังสือรับรองที่อยู่ของกำลังพล", f"กองร้อยกำลังพล <{cbox}>",
                  text="เรียน งานทะเบียน\nหน่วยส่งหนังสือราชการตามไฟล์แนบครับ\n", files=(("หนังสือหน่วย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_unit_letter_subordinate", raw, expect(a, ALL, email=False))


def docx_general_kor_form(a: Party, i: int) -> Case:
    """The city's คำร้องทั่วไป as a Word table filled in: ชื่อ-สกุล with the rank written
    out or short, then his lines; the retired general (or a ว่าที่ร้อยตรี) asks to connect
    his house to the city's drain."""
    p = a.p
    if p.title == "พล.ต.":
        nm = (a.name, f"พลตรี {p.first} {p.last}")[i % 2]
    else:
        nm = (a.name, f"ว่าที่ ร.ต.{p.first} {p.last}")[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องทั่วไป\n{LOP}")
        tb = d.add_table(rows=0, cols=2)
        for k, v in (("ชื่อ-สกุล", nm), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
                     ("ที่อยู่", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i + 1)), ("อีเมล", p.email),
                     ("เรื่อง", "ขอเชื่อมท่อระบายน้ำจากบ้านเข้ารางระบายน้ำสาธารณะ"), ("ผู้รับคำร้อง", "")):  # fmt: skip
            row = tb.add_row().cells
            row[0].text, row[1].text = k, v
        d.add_paragraph(f"ลงชื่อ........................ผู้ยื่นคำร้อง\n({nm})")

    raw = message(i, LOP_DESK, "คำร้องทั่วไป ขอเชื่อมท่อระบายน้ำ", box(a), text="เรียน กองช่าง\nแนบคำร้องครับ\n",
                  files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = expect(a, ALL)
    if p.title == "พล.ต.":
        e["full_name"] += (f"พลตรี {p.first} {p.last}", f"พลตรี{p.first} {p.last}")
    return Case("docx_general_kor_form", raw, e)


def docx_honorary_letter(a: Party, i: int) -> Case:
    """A letter in Word from a คุณหญิง or a ม.ล., asking to use the city's park for a
    charity fair; her home's line, her secretary's mobile as the contact."""
    p = a.p
    sec = ("นางสาวปวีณา คำดี", "0863321409")

    def build(d: Any) -> None:
        d.add_paragraph(f"{a.name}\n{home(a, i)}\nโทร {tel(a, i)}")
        d.add_paragraph(f"{9 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขออนุญาตใช้สวนสาธารณะหนองบวกหาดจัดงานการกุศล\nเรียน นายกเทศมนตรีนครเชียงใหม่")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {rank_sp(a, i + 1)} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ประธานชมรมผู้สูงอายุวัดเกต "
            "มีความประสงค์ขออนุญาตใช้พื้นที่สวนสาธารณะหนองบวกหาด จัดงานออกร้านการกุศลหารายได้สมทบทุนมูลนิธิ "
            "ในวันที่ 24 มกราคม 2570 เวลา 08.00-17.00 น."
        )
        d.add_paragraph(f"ทั้งนี้ สามารถประสานรายละเอียดได้ที่เลขานุการ {sec[0]} โทร {mobile(sec[1], i)}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})")

    raw = message(i, CM_DESK, "ขออนุญาตใช้สวนสาธารณะจัดงานการกุศล", f"{sec[0][6:]} <paweena.kd@gmail.com>",
                  text=f"เรียน {CMC}\nส่งหนังสือของ{a.name}ค่ะ ต้นฉบับจะนำส่งที่สำนักงาน\n",
                  files=(("หนังสือขออนุญาต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_honorary_letter", raw, expect(a, NO_BIRTH, email=False))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_rank_split(a: Party, i: int) -> Case:
    """The city's fillable คำร้อง with the title in its own box (ยศ/คำนำหน้า: "ส.ต.ท.หญิง",
    "ร.ต.อ."), first and last names apart, then the usual lines."""
    p = a.p
    labels = [(60, 18, f"แบบคำร้อง {LOP}"), (20, 40, "ยศ/คำนำหน้า"), (70, 40, "ชื่อ"), (130, 40, "นามสกุล"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (110, 70, "อีเมล"), (20, 84, "เรื่องที่ขอ"), (20, 100, "สังกัด/หน่วยงาน")]  # fmt: skip
    fields = [Field("title", p.title, 45, 40, 22), Field("first_name", p.first, 80, 40, 45), Field("last_name", p.last, 145, 40, 45),
              Field("id_card", p.nid, 60, 50, 55, comb=13), Field("birth", born_th(p.born, i), 135, 50, 45),
              Field("address", home(a, i + 1), 35, 60, 160), Field("phone", mobile(p.mobile, i), 45, 70, 55),
              Field("email", p.email, 125, 70, 70), Field("subject", "ขอรับถังขยะและขอติดตั้งมาตรวัดน้ำใหม่", 45, 84, 150),
              Field("agency", f"สภ.เมืองลพบุรี โทร 036-411-{120 + i}", 55, 100, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, LOP_DESK, "คำร้อง (แบบฟอร์ม PDF)", box(a), text="ส่งแบบคำร้องที่กรอกแล้วครับ/ค่ะ\n",
                  files=(("คำร้อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_rank_split", raw, expect(a, ALL))


def pdf_typed_pharmacist_sign(a: Party, i: int) -> Case:
    """A pharmacist's (or dentist's) typed letter as a PDF asking to hang a sign over the
    footpath for her shop or clinic: her licence number, the shop's place and line beside
    her own home and mobile."""
    p = a.p
    lic = ("ภ.", "ท.")[p.title == "ทพญ."] + f"{12345 + 97 * i}"
    shop = ("ร้านยาปิยะเภสัช", "คลินิกทันตกรรมณัฐกานต์")[p.title == "ทพญ."]
    paras: list[tuple[float, str]] = [(115, f"{11 + i} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขออนุญาตติดตั้งป้ายยื่นล้ำทางเท้า"), (20, "เรียน นายกเทศมนตรีนครเชียงใหม่"), (0, ""),
             (30, f"ข้าพเจ้า {rank_sp(a, i)} ใบอนุญาตประกอบวิชาชีพเลขที่ {lic} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
                  f"อยู่บ้านเลขที่ {home(a, i)} ผู้ดำเนินการ{shop} ตั้งอยู่เลขที่ {140 + i} ถนนมณีนพรัตน์ ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่ "
                  f"โทร 053-218-{440 + i} ขออนุญาตติดตั้งป้ายชื่อสถานประกอบการขนาด 0.60 x 2.40 เมตร ยื่นล้ำทางเท้า 0.80 เมตร"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)} หรือ {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({rank_sp(a, i + 1)})"), (108, f"ผู้ดำเนินการ{shop}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, CM_DESK, "ขออนุญาตติดตั้งป้าย", box(a), text="เรียน กองช่าง\nแนบหนังสือขออนุญาตค่ะ\n",
                  files=(("หนังสือขออนุญาตป้าย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_pharmacist_sign", raw, expect(a, NO_BIRTH))


def pdf_typed_abbot_certificate(a: Party, i: int) -> Case:
    """An abbot's typed หนังสือรับรอง (PDF): he certifies that a monk lives at his temple,
    for the monk's request to move his registration in; the monk's ID and birth date;
    the abbot's title, own name, mobile."""
    p = a.p
    title, own, wat, am = ABBOTS[(i + 1) % 2]
    paras: list[tuple[float, str]] = [(80, "หนังสือรับรอง"), (115, wat), (115, f"{14 + i} ธันวาคม 2569"), (0, ""),
             (30, f"ข้าพเจ้า {title} ({own}) เจ้าอาวาส{wat} ขอรับรองว่า {monk_sign(a, i + 1)} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
                  f"เป็นพระภิกษุในวัดนี้ พำนักอยู่จริง ณ {home(a, i + 2)} มีความประสงค์ย้ายชื่อเข้าทะเบียนบ้านของวัด"),
             (30, f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ {mobile(am, i + 1)}"), (0, ""),
             (110, "ขอเจริญพร"), (0, ""), (100, f"({title})"), (100, f"เจ้าอาวาส{wat}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Laksaman", step=8.5), size=14, face="Laksaman")
    raw = message(i, (LOP_DESK, CM_DESK)[p.province == CM], "หนังสือรับรองพระภิกษุ (ขอย้ายเข้า)", box(a, "phra.suriya@gmail.com"),
                  text=f"เจริญพร\nอาตมาขอย้ายชื่อเข้าทะเบียนบ้านวัด แนบหนังสือรับรองของเจ้าอาวาสมาด้วย\n{monk_sign(a, i)}\n",
                  files=(("หนังสือรับรอง.pdf", data, PDF),))  # fmt: skip
    e = expect(a, ALL, phone=False)
    if not p.email:
        e["email"] = ("phra.suriya@gmail.com",)
    return Case("pdf_typed_abbot_certificate", raw, e)


def pdf_fillable_foreign_spouse(a: Party, i: int) -> Case:
    """A bilingual fillable form (Applicant / Spouse parts, English field names) for a
    foreigner's residence certificate: his title, names, passport, birth date, home,
    phone, e-mail; the Thai spouse's name, ID and phone below."""
    p = a.p
    passport, nat = FOREIGN[p.first]
    sn, sid, sm = SPOUSES[p.first]
    labels = [(40, 18, "คำขอหนังสือรับรองถิ่นที่อยู่ / Residence Certificate Request"), (20, 34, "ผู้ขอ / Applicant"),
              (20, 42, "Title"), (60, 42, "Name"), (20, 50, "Passport No."), (110, 50, "Nationality"),
              (20, 58, "Date of birth"), (20, 66, "Address in Thailand"), (20, 74, "Mobile"), (110, 74, "E-mail"),
              (20, 90, "คู่สมรส / Spouse"), (20, 98, "ชื่อ-สกุล"), (20, 106, "เลขประจำตัวประชาชน"), (120, 106, "โทรศัพท์")]  # fmt: skip
    fields = [Field("applicant_title", p.title.strip(), 35, 42, 20), Field("applicant_name", f"{p.first} {p.last}", 75, 42, 90),
              Field("passport_no", passport, 50, 50, 50), Field("nationality", nat, 135, 50, 40),
              Field("applicant_dob", p.born.strftime("%d/%m/%Y"), 50, 58, 45), Field("applicant_address", home(a, i), 60, 66, 135),
              Field("applicant_mobile", mobile(p.mobile, i), 40, 74, 55), Field("applicant_email", p.email, 130, 74, 65),
              Field("spouse_name", sn, 45, 98, 90), Field("spouse_id", nid_w(sid, i), 70, 106, 45),
              Field("spouse_phone", mobile(sm, i + 1), 140, 106, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Garuda"), fields)
    raw = message(i, CM_DESK, "Residence certificate form", box(a), text="Dear officer,\nPlease find my filled form attached.\nThank you\n",
                  files=(("residence_form.pdf", data, PDF),))  # fmt: skip
    e = expect(a, ALL)
    e["full_name"] += (f"{p.first} {p.last}",)
    return Case("pdf_fillable_foreign_spouse", raw, e)


# --- sheets --------------------------------------------------------------------------------


def xlsx_unit_sheet_subordinate(a: Party, i: int) -> Case:
    """A unit's clerk sends a sheet asking the city to register a soldier's pickup stall
    at the camp's market day: the unit's head block (commander, line), then the soldier's
    rows (rank, name, ID, birth date, home, mobile)."""
    p = a.p
    cn, pos, line, _, cbox = COMMANDERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลกำลังพล"
        ws.append(("แบบขอลงทะเบียนผู้ค้า ตลาดนัดวันพุธ",))
        ws.append(("หน่วยต้นสังกัด", pos.replace("ผบ.", ""), "ผู้บังคับบัญชา", cn, "โทร", line))
        ws.append(())
        ws.append(("ยศ", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "มือถือ", "สินค้า"))
        ws.append(
            (
                p.title,
                p.first,
                p.last,
                nid_w(p.nid, i),
                born_th(p.born, i + 2),
                home(a, i),
                mobile(p.mobile, i + 2),
                "ผลไม้ตามฤดูกาล",
            )
        )
        ws.append(())
        ws.append(("ผู้จัดทำ", "นางสาวจิราภรณ์ มีสุข (เสมียน)", "โทร", "0897734120"))

    raw = message(i, LOP_DESK, "ขอลงทะเบียนผู้ค้าตลาดนัด (กำลังพล)", f"ธุรการกองพัน <{cbox}>",
                  text="เรียน งานตลาด\nส่งข้อมูลกำลังพลตามไฟล์แนบค่ะ\n", files=(("กำลังพล.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_unit_sheet_subordinate", raw, expect(a, ALL, email=False))


def xlsx_professor_field_trip(a: Party, i: int) -> Case:
    """A professor's sheet asking to bring students to the city's wastewater plant: his
    head block (name with ผศ.ดร./รศ.ดร., ID, home, mobile, box), the faculty's line, then
    the students (their student numbers and mobiles)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอเข้าศึกษาดูงาน"
        ws.append(("แบบขอเข้าศึกษาดูงานระบบบำบัดน้ำเสีย", CMC))
        ws.append(("ผู้ขอ", rank_sp(a, i)))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่ติดต่อ", home(a, i)))
        ws.append(("โทรศัพท์มือถือ", mobile(p.mobile, i)))
        ws.append(("อีเมล", p.email))
        ws.append(("หน่วยงาน", "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเชียงใหม่", "โทร", f"053-944-{190 + i}"))
        ws.append(("วันที่ขอเข้าดูงาน", f"{20 + i}/01/2570"))
        ws.append(())
        ws.append(("ลำดับ", "รหัสนักศึกษา", "ชื่อ-สกุล", "มือถือ"))
        for n, (nm, m) in enumerate(
            (
                ("นายกฤติน บุญมา", "0951127734"),
                ("นางสาวชนิดา แก้วใส", "0629915548"),
                ("นายภูมิ ทาคำ", "0884410276"),
            )
        ):
            ws.append((n + 1, f"6606310{20 + n + i}", nm, m))

    raw = message(i, CM_DESK, "ขอเข้าศึกษาดูงานระบบบำบัดน้ำเสีย", box(a), text="เรียน กองช่างสุขาภิบาล\nแนบแบบขอเข้าศึกษาดูงานครับ\n",
                  files=(("ศึกษาดูงาน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_professor_field_trip", raw, expect(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[Party, Party]], ...] = (
    (plain_soldier_wife_phone, (WIFE, WIFE)),
    (plain_police_own_mutation, (POLICE, POLICEWOMAN)),
    (plain_monk_own_certificate, (MAHA, MONK_CM)),
    (plain_abbot_for_monk, (MAHA, MONK_CM)),
    (plain_foreigner_residence, (MR, DR)),
    (html_gmail_commander_forward, (CORPORAL, SOLDIER)),
    (html_outlook_academic_noise, (ASST_PROF, ASSOC_PROF)),
    (html_webform_royal_title, (MRW, THANPHUYING)),
    (html_gmail_doctor_letter, (CITIZEN, CITIZEN_LB)),
    (html_gmail_maechi_allowance, (MAECHI, ABBOT_SELF)),
    (docx_temple_letter_novice, (NOVICE, NOVICE)),
    (docx_unit_letter_subordinate, (CORPORAL, WATI)),
    (docx_general_kor_form, (GENERAL, WATI)),
    (docx_honorary_letter, (KHUNYING, ML)),
    (pdf_fillable_rank_split, (POLICEWOMAN, POLICE)),
    (pdf_typed_pharmacist_sign, (PHARMACIST, DENTIST)),
    (pdf_typed_abbot_certificate, (MONK_CM, MAHA)),
    (pdf_fillable_foreign_spouse, (DR, MR)),
    (xlsx_unit_sheet_subordinate, (SOLDIER, CORPORAL)),
    (xlsx_professor_field_trip, (ASSOC_PROF, ASST_PROF)),
)

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
        for k, a in enumerate(pair):
            cases.append(style(a, 2 * s + k))
    return cases
