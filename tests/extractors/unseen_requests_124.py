"""A hundred-and-twenty-fourth set of requests written by someone who had not read the
readers (issue 8): RETIRED LOCAL OFFICIALS, PENSIONERS AND THEIR HEIRS in the south, to
เทศบาลนครสงขลา, เทศบาลเมืองพัทลุง and เทศบาลนครตรัง (the local pension fund, ก.บ.ท., is
paid through the municipality that employed them): a retired municipal official's
pension (บำนาญ) and the yearly หนังสือรับรองการมีชีวิต; a widow claiming the death grant
(บำเหน็จตกทอด) for her husband; children's education allowance (เงินช่วยการศึกษาบุตร)
with the children's names, IDs and birth dates; medical fee reimbursement
(เบิกค่ารักษาพยาบาล) for a spouse or a parent with the patient's ID and the hospital's
receipts; a change of the bank account the pension is paid into; a veteran's widow; a
son (or daughter) writing for a bedridden parent. Kinds: plain (iPhone mail, Gmail, a LINE
chat forwarded as text, Outlook, a web form's notification), HTML (Gmail, Outlook tables,
an e-service notification), Word (แบบ 7223, แบบ 7131, a หนังสือรับรองการมีชีวิต, a
หนังสือมอบอำนาจ), PDF (fillable and typed), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks), sets 31/63 (a service for one person asked by another is the one it is
for: the bedridden father, not the son who writes), set 37 (where only another's phone is
given, phone `()`). So here:
- the PENSIONER for his pension, his proof of life and his bank account, also where his
  son or daughter writes or holds his power of attorney (the son's name, ID, address,
  phone and box never his: phone and e-mail `()` where only the son's appear);
- the WIDOW who claims the บำเหน็จตกทอด: she asks and the grant is hers (an heir's own
  right). The dead husband's name, ID, pension number, death date and the children's
  (co-heirs') names and IDs are never hers;
- the CLAIMANT (ผู้มีสิทธิ, the official or pensioner) of an education allowance or a
  medical reimbursement: the right and the money are his, though the child or the patient
  is another. The child's, spouse's or parent's name, ID and birth date are never his;
- a veteran's widow asking for herself: hers (the veteran's card number and his ID never);
  where her daughter writes for her, still the widow's (the daughter's values never).
Address: where the applicant lives, house number to the อำเภอ, with or without
เลขที่/บ้านเลขที่, province and postal code; province and postal code of that address.
Pension numbers (เลขที่บำนาญ / ทะเบียนผู้รับบำนาญ), position numbers (ตำแหน่งเลขที่),
receipt numbers, HN numbers, bank account numbers, amounts, a veteran's card number and
the death certificate's number are never an ID or a phone. Birth date ISO, only the
applicant's and only where written; never a child's, a patient's, the dead husband's, a
letter's or a death's date. Everyone and every number is invented (13-digit numbers made
with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong
together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

SK, PL, TR = "สงขลา", "พัทลุง", "ตรัง"
DESKS = {SK: "saraban@songkhlacity.example.go.th", PL: "saraban@phatthalungcity.example.go.th",
         TR: "saraban@trangcity.example.go.th"}  # fmt: skip
CITIES = {SK: "เทศบาลนครสงขลา", PL: "เทศบาลเมืองพัทลุง", TR: "เทศบาลนครตรัง"}

# The applicants: pensioners, widows, claimants.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมพงษ์", "ชูแก้ว", "393010012345", date(1958, 4, 12), "0816781234", "sompong.ck@gmail.com",
      "45", "3", "", "", "ลำปำ", "เมืองพัทลุง", PL, "93000"),
    P("นาง", "อารีย์", "หนูนวล", "392010045678", date(1956, 9, 3), "0897231456", "aree.nn@hotmail.com",
      "128", "", "", "ราชดำเนิน", "ทับเที่ยง", "เมืองตรัง", TR, "92000"),
    P("นาย", "ประเสริฐ", "ทองขาว", "390010023417", date(1949, 1, 20), "0862234519", "",
      "17/2", "", "", "นครใน", "บ่อยาง", "เมืองสงขลา", SK, "90000"),
    P("นาง", "จำเนียร", "ศรีสุข", "392040033218", date(1954, 7, 7), "0819987123", "jamnian.ss@gmail.com",
      "9", "5", "", "", "ห้วยยอด", "ห้วยยอด", TR, "92130"),
    P("นาย", "วีระ", "เพชรรัตน์", "393030018872", date(1957, 11, 29), "0935567812", "weera.pr@gmail.com",
      "201", "2", "", "", "ควนขนุน", "ควนขนุน", PL, "93110"),
    P("นาง", "สุจิตรา", "รักษ์ทอง", "390110061125", date(1964, 2, 14), "0845512376", "sujitra.rt@yahoo.com",
      "33", "", "ราษฎร์อุทิศ 2", "ราษฎร์อุทิศ", "หาดใหญ่", "หาดใหญ่", SK, "90110"),
    P("นาย", "บุญเลิศ", "แก้วมณี", "392020041196", date(1951, 5, 5), "0817719023", "",
      "77", "", "", "ตรังคภูมิ", "กันตัง", "กันตัง", TR, "92110"),
    P("นาง", "ละเอียด", "จันทร์หอม", "393050027734", date(1955, 12, 1), "0872219864", "laiad.ch@gmail.com",
      "14/1", "6", "", "", "เขาชัยสน", "เขาชัยสน", PL, "93130"),
    P("นาย", "อดุลย์", "หมาดทิ้ง", "390050019928", date(1963, 8, 18), "0899013372", "adul.md@gmail.com",
      "56", "", "", "กาญจนวนิช", "สะเดา", "สะเดา", SK, "90120"),
    P("นาง", "กาญจนา", "นาคสุวรรณ", "392060030047", date(1962, 3, 30), "0861157720", "kanchana.nk@gmail.com",
      "88", "1", "", "", "ย่านตาขาว", "ย่านตาขาว", TR, "92140"),
)  # fmt: skip

# Sons and daughters who write (name, ID, mobile, box, their own home elsewhere).
CHILDREN_WRITING: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายธีรวัฒน์ ชูแก้ว", with_check_digit("110140056723"), "0918852241", "teerawat.ck@gmail.com",
     "55/102 หมู่บ้านพฤกษาวิลล์ ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพมหานคร 10230"),
    ("นางสาวปิยะนุช ทองขาว", with_check_digit("390110078812"), "0824471139", "piyanut.tk@hotmail.com",
     "12/7 ถนนเพชรเกษม ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา 90110"),
    ("นายณรงค์ศักดิ์ แก้วมณี", with_check_digit("110270044519"), "0863390127", "narongsak.km@gmail.com",
     "300/45 ซอยพหลโยธิน 48 แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร 10220"),
    ("นางวรรณา จันทร์หอม", with_check_digit("393010066281"), "0956612470", "wanna.ch@gmail.com",
     "7 หมู่ที่ 4 ตำบลโคกหล่อ อำเภอเมืองตรัง จังหวัดตรัง 92000"),
)  # fmt: skip

# The dead husbands (name, ID, pension number, death date, last position).
DECEASED: tuple[tuple[str, str, str, date, str], ...] = (
    ("นายสุรชัย หนูนวล", with_check_digit("392010011420"), "ทบ.0451/2560", date(2026, 9, 14), "นักวิชาการสุขาภิบาลชำนาญการ"),
    ("นายเฉลิม ศรีสุข", with_check_digit("392040012207"), "ทบ.0388/2558", date(2026, 10, 2), "หัวหน้าฝ่ายแผนที่ภาษี"),
    ("นายสมนึก จันทร์หอม", with_check_digit("393050010051"), "ทบ.0127/2555", date(2026, 8, 27), "พนักงานขับรถยนต์"),
    ("นายประยูร นาคสุวรรณ", with_check_digit("392060011136"), "ทบ.0502/2561", date(2026, 11, 5), "นายช่างโยธาอาวุโส"),
)  # fmt: skip

# Children at school (name, ID, birth date, school, level, fee).
PUPILS: tuple[tuple[str, str, date, str, str, str], ...] = (
    ("นางสาวพิมพ์ชนก รักษ์ทอง", with_check_digit("190110098812"), date(2006, 6, 21), "มหาวิทยาลัยสงขลานครินทร์", "ปริญญาตรี ปีที่ 2", "9,500.00"),
    ("เด็กชายภูริภัทร รักษ์ทอง", with_check_digit("190110155423"), date(2013, 1, 9), "โรงเรียนแสงทองวิทยา", "ประถมศึกษาปีที่ 6", "4,650.00"),
    ("นายกฤษดา หมาดทิ้ง", with_check_digit("190050088126"), date(2005, 10, 30), "มหาวิทยาลัยทักษิณ", "ปริญญาตรี ปีที่ 3", "8,200.00"),
    ("เด็กหญิงอัญชลี หมาดทิ้ง", with_check_digit("190050143370"), date(2012, 4, 4), "โรงเรียนสะเดาขรรค์ชัยกัมพลานนท์", "มัธยมศึกษาปีที่ 2", "3,900.00"),
    ("นางสาวศิริพร นาคสุวรรณ", with_check_digit("192060077349"), date(2007, 2, 17), "มหาวิทยาลัยราชภัฏสงขลา", "ปริญญาตรี ปีที่ 1", "7,800.00"),
)  # fmt: skip

# Patients: spouses and parents (name, ID, birth date, relation).
PATIENTS: tuple[tuple[str, str, date, str], ...] = (
    ("นางสายสุนีย์ ชูแก้ว", with_check_digit("393010034512"), date(1960, 8, 2), "คู่สมรส"),
    ("นางเขียว เพชรรัตน์", with_check_digit("393030001187"), date(1932, 3, 15), "มารดา"),
    ("นายเจือ หมาดทิ้ง", with_check_digit("390050002248"), date(1936, 12, 24), "บิดา"),
    ("นายไพโรจน์ รักษ์ทอง", with_check_digit("390110040231"), date(1961, 7, 19), "คู่สมรส"),
)  # fmt: skip

# Veterans by their widow's surname: (name, ID, card, the family card's number).
VETERANS: dict[str, tuple[str, str, str, str]] = {
    "จันทร์หอม": (
        DECEASED[2][0],
        DECEASED[2][1],
        "บัตรประจำตัวทหารผ่านศึก ประเภท ข เลขที่ 0842157",
        "ทผศ. 2/31542",
    ),
    "ศรีสุข": (
        DECEASED[1][0],
        DECEASED[1][1],
        "บัตรประจำตัวทหารผ่านศึก ประเภท ค เลขที่ 1107734",
        "ทผศ. 3/08816",
    ),
}


def message(n: int, subject: str, sender: str, province: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[province]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set124-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email or 'no-reply@example.net'}>"


def be(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def city(a: Party) -> str:
    return CITIES[a.p.province]


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant writes herself: her box is her e-mail where she has one."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """Written by another for the applicant: only the writer's phone and box appear."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def pension_no(a: Party, i: int) -> str:
    return f"ทบ.{(int(a.p.nid[5:9]) + 31 * i) % 900 + 100:04d}/25{55 + i % 8}"


def position_no(a: Party) -> str:
    return f"{a.p.nid[3]}-{a.p.nid[6:8]}-0{a.p.nid[9:11]}-2-00{a.p.nid[11]}"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_proof_of_life": "the pensioner himself",
    "plain_gmail_son_bedridden_father": "the father; never the son (his ID, Bangkok home, phone, box)",
    "plain_line_forward_widow_grant": "the widow who claims; never the dead husband or the children",
    "plain_outlook_education_allowance": "the claimant; never the children (names, IDs, births)",
    "plain_webform_bank_change": "the pensioner who fills the form; never the account number",
    "html_gmail_medical_spouse": "the claimant; never the spouse treated (her ID, birth)",
    "html_outlook_widow_table": "the widow's rows (ผู้ขอรับ); never the dead husband's rows",
    "html_gmail_veteran_widow": "the veteran's widow herself; never the veteran's card or ID",
    "html_eservice_proof_of_life": "the pensioner of the e-service form",
    "docx_education_form_7223": "the claimant (ผู้ขอเบิก); never the spouse or the children",
    "docx_medical_form_7131": "the claimant; never the parent treated",
    "docx_proof_of_life_certificate": "the pensioner certified; never the certifying official",
    "docx_poa_father_bank_change": "the ผู้มอบอำนาจ father; never the son who receives the power",
    "pdf_fillable_widow_grant": "the widow (claimant_*); never deceased_* nor the heirs' rows",
    "pdf_fillable_bank_change": "the pensioner; never the account or the bank branch",
    "pdf_typed_medical_parent": "the claimant who writes; never the mother treated",
    "pdf_typed_daughter_for_widow": "the veteran's widow; never the daughter who writes and signs",
    "xlsx_education_claim_sheet": "the claimant's head block; never the children's rows",
    "xlsx_medical_receipts_sheet": "the claimant's head block; never the patient's row",
    "xlsx_heirs_death_grant": "the widow's row; never the dead husband's row nor the children",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_proof_of_life(a: Party, i: int) -> Case:
    """A pensioner's own short iPhone mail: his pension number, his old position number, a
    Buddhist-era birth date; the proof of life attached as a photo he says he will bring."""
    p = a.p
    text = (
        f"เรียน กองคลัง {city(a)}\n\n"
        f"{me(a)} {a.name} ข้าราชการบำนาญ (อดีตตำแหน่งเจ้าพนักงานธุรการอาวุโส ตำแหน่งเลขที่ {position_no(a)})\n"
        f"เลขที่บำนาญ {pension_no(a, i)}\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\n"
        f"เกิด {born_th(p.born, i)}\n"
        f"บ้านเลขที่ {home(a, i)}\n"
        f"ขอส่งหนังสือรับรองการมีชีวิตประจำปี 2570 ล่วงหน้า ตัวจริงจะนำไปส่งภายในวันที่ 15 มกราคม 2570 {ending(a)}\n"
        f"เงินบำนาญเดือนละ 18,640 บาท เข้าบัญชีเดิม\n\n"
        f"{a.name}\nโทร {mobile(p.mobile, i)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ส่งหนังสือรับรองการมีชีวิต ปี 2570", box(a), p.province, text=text)
    return Case("plain_iphone_proof_of_life", raw, own(a, ALL))


def plain_gmail_son_bedridden_father(a: Party, i: int) -> Case:
    """A son in Bangkok writes from Gmail for his bedridden father: the father's ID,
    pension number and home; the son's own ID, condo, mobile and box under his name."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = CHILDREN_WRITING[(0, 2)[i % 2]]
    text = (
        f"เรียน หัวหน้างานบำเหน็จบำนาญ {city(a)}\n\n"
        f"กระผม {son} เป็นบุตรของ {a.name} ผู้รับบำนาญของเทศบาล เลขที่บำนาญ {pension_no(a, i)}\n"
        f"เลขประจำตัวประชาชนของบิดา {nid_w(p.nid, i + 1)} เกิดวันที่ {be(p.born)}\n"
        f"บิดาพักอยู่ที่บ้านเลขที่ {home(a, i + 1)}\n\n"
        "ปัจจุบันบิดาป่วยเป็นอัมพาตติดเตียง ไม่สามารถเดินทางไปแสดงตนเพื่อรับรองการมีชีวิตได้ "
        "จึงขอความกรุณาให้เจ้าหน้าที่ไปตรวจที่บ้าน หรือแจ้งวิธีรับรองทางวิดีโอคอลด้วยครับ\n\n"
        "ขอบคุณครับ\n"
        f"{son}\nเลขประจำตัวประชาชน {nid_w(son_id, i)}\n{son_home}\nมือถือ {mobile(son_mob, i + 2)}\n"
    )
    raw = message(i, f"ขอรับรองการมีชีวิตที่บ้าน ({a.name})", f"{son.split()[0][3:]} {son.split()[1]} <{son_box}>",
                  p.province, text=text)  # fmt: skip
    return Case("plain_gmail_son_bedridden_father", raw, for_other(a, ALL))


def plain_line_forward_widow_grant(a: Party, i: int) -> Case:
    """A LINE chat exported and pasted: the widow's lines to the clerk, her husband's
    death, his ID and pension number, the death certificate's number, her own ID and
    phone; the clerk's replies between."""
    p = a.p
    dn, did, dpen, ddate, _ = DECEASED[(0, 1)[i % 2]]
    stamp = f"{ddate.day + 20 if ddate.day < 10 else 28}/11/2569"
    text = (
        f"[LINE] ประวัติการแชทกับ งานบำเหน็จบำนาญ {city(a)}\nวันที่บันทึก: 02/12/2569 09:14\n\n"
        f"{stamp}(พฤ.)\n"
        f"09:02\t{p.first}\tสวัสดีค่ะ ดิฉัน{a.name} ภรรยาของ{dn} ผู้รับบำนาญ\n"
        f"09:03\t{p.first}\tสามีเสียชีวิตเมื่อวันที่ {be(ddate)} ค่ะ ใบมรณบัตรเลขที่ 9201/{1450 + i}\n"
        f"09:10\tงานบำเหน็จบำนาญ\tเสียใจด้วยครับ ขอเลขบำนาญและเลขบัตรของผู้ตาย และของผู้ขอรับครับ\n"
        f"09:12\t{p.first}\tของสามี เลขบำนาญ {dpen} เลขบัตร {did}\n"
        f"09:13\t{p.first}\tของดิฉัน เลขบัตร {nid_w(p.nid, i)} เกิด {born_th(p.born, i + 1)}\n"
        f"09:13\t{p.first}\tที่อยู่ {home(a, i)}\n"
        f"09:14\t{p.first}\tเบอร์ {mobile(p.mobile, i)} ค่ะ ลูกสองคนจะเซ็นยินยอมให้ดิฉันรับบำเหน็จตกทอดค่ะ\n"
        "09:20\tงานบำเหน็จบำนาญ\tรับทราบครับ กรุณาส่งทางอีเมลให้ด้วยครับ\n"
    )
    raw = message(i, "Fwd: แชท LINE ขอรับบำเหน็จตกทอด", box(a), p.province,
                  text=f"ส่งข้อความที่คุยทางไลน์มาให้ค่ะ\n\n{text}")  # fmt: skip
    return Case("plain_line_forward_widow_grant", raw, own(a, ALL))


def plain_outlook_education_allowance(a: Party, i: int) -> Case:
    """An Outlook plain mail claiming the education allowance: the claimant's lines,
    then each child with ID, birth date, school, receipt number and amount."""
    p = a.p
    kids = (PUPILS[0], PUPILS[1]) if i % 2 == 0 else (PUPILS[2], PUPILS[3])
    rows = "".join(
        f"{n + 1}. {k[0]} เลขประจำตัวประชาชน {nid_w(k[1], i + n)} เกิด {born_th(k[2], n)}\n"
        f"   {k[3]} {k[4]} ใบเสร็จเลขที่ {4410 + 37 * n + i}/2569 จำนวนเงิน {k[5]} บาท\n"
        for n, k in enumerate(kids)
    )
    text = (
        f"เรียน ผู้อำนวยการกองคลัง\n\n"
        f"ข้าพเจ้า {a.name} ผู้รับบำนาญ เลขที่ {pension_no(a, i)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n"
        f"ที่อยู่ {home(a, i + 2)}\n"
        "ขอเบิกเงินช่วยการศึกษาบุตร ภาคเรียนที่ 2/2569 ดังนี้\n"
        f"{rows}\n"
        f"ติดต่อกลับ {tel(a, i + 1)}\n\nด้วยความเคารพ\n{a.name}\n\n"
        f"________________________________\nFrom: {p.email}\nSent: Tuesday, December 1, 2026 10:05 AM\n"
    )
    raw = message(i, "ขอเบิกเงินช่วยการศึกษาบุตร 2/2569", box(a), p.province, text=text)
    return Case("plain_outlook_education_allowance", raw, own(a, NO_BIRTH))


def plain_webform_bank_change(a: Party, i: int) -> Case:
    """A web form's notification as plain text ("มีผู้ส่งแบบฟอร์ม"): label, colon, value;
    the old and the new account number, the branch, a pension number."""
    p = a.p
    text = (
        f'มีผู้ส่งแบบฟอร์ม "แจ้งเปลี่ยนบัญชีรับเงินบำนาญ" ผ่านเว็บไซต์{city(a)}\n'
        "--------------------------------------------\n"
        f"คำนำหน้า: {p.title}\nชื่อ: {p.first}\nนามสกุล: {p.last}\n"
        f"เลขบัตรประจำตัวประชาชน: {p.nid}\n"
        f"วัน/เดือน/ปีเกิด (พ.ศ.): {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        f"เลขทะเบียนผู้รับบำนาญ: {pension_no(a, i)}\n"
        f"ที่อยู่ปัจจุบัน: {home(a, i)}\n"
        f"โทรศัพท์มือถือ: {p.mobile}\n"
        f"อีเมล: {p.email or '-'}\n"
        f"บัญชีเดิม: ธนาคารกรุงไทย เลขที่ 9{p.nid[4:7]}-{p.nid[7]}-{p.nid[8:13]}-0\n"
        f"บัญชีใหม่: ธนาคารออมสิน สาขา{p.amphoe} เลขที่ 0{p.nid[2:7]}{p.nid[9:13]}{i % 10}{(i + 3) % 10}\n"
        "เหตุผล: บัญชีเดิมถูกปิดเนื่องจากไม่มีการเคลื่อนไหว\n"
        "--------------------------------------------\n"
        "ส่งเมื่อ: 03/12/2569 20:41 น.  IP: 49.230.xx.xx\n"
    )
    raw = message(i, "[แบบฟอร์มออนไลน์] แจ้งเปลี่ยนบัญชีรับเงินบำนาญ", "เว็บไซต์เทศบาล <noreply@forms.example.go.th>",
                  p.province, text=text)  # fmt: skip
    e = own(a, ALL)
    e["full_name"] = (a.name, f"{p.first} {p.last}")  # the form's three boxes put together
    return Case("plain_webform_bank_change", raw, e)


# --- HTML ----------------------------------------------------------------------------------


def gmail(paras: list[str]) -> str:
    body = "".join(f"<div>{x or '<br>'}</div>" for x in paras)
    return f'<div dir="ltr"><div style="font-family:tahoma,sans-serif">{body}</div></div>\n'


def html_gmail_medical_spouse(a: Party, i: int) -> Case:
    """A pensioner's Gmail claiming the reimbursement of his wife's hospital fees: the
    wife's name, ID and birth date, the hospital's HN, two receipts with numbers and
    amounts; his own block at the end."""
    p = a.p
    sn, sid, sborn, rel = PATIENTS[(0, 3)[i % 2]]
    paras = [
        f"เรียน งานสวัสดิการ {escape(city(a))}",
        "",
        f"{me(a)} {a.name} ข้าราชการบำนาญ ขอเบิกค่ารักษาพยาบาลของ{rel} คือ <b>{sn}</b>",
        f"เลขประจำตัวประชาชน{rel} {nid_w(sid, i)} เกิดวันที่ {be(sborn)} HN 64-0{1172 + i}",
        f"เข้ารับการรักษาที่โรงพยาบาลหาดใหญ่ ใบเสร็จเลขที่ บ.{6901 + i}/004512 จำนวน 12,450.00 บาท",
        f"และ ใบเสร็จเลขที่ บ.{6901 + i}/004530 จำนวน 3,275.50 บาท รวม 15,725.50 บาท",
        "",
        "แนบสำเนาใบเสร็จและใบรับรองแพทย์มาด้วย",
        "",
        "--",
        f"<b>{a.name}</b>",
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}",
        f"ที่อยู่ {home(a, i + 1)}",
        f"โทร {mobile(p.mobile, i + 1)}",
    ]
    raw = message(i, "ขอเบิกค่ารักษาพยาบาล (คู่สมรส)", box(a), p.province, html=gmail(paras))
    return Case("html_gmail_medical_spouse", raw, own(a, NO_BIRTH))


def html_outlook_widow_table(a: Party, i: int) -> Case:
    """An Outlook mail with a two-part table: ข้อมูลผู้ตาย (the husband's name, ID, pension
    number, death date, last position), then ข้อมูลผู้ขอรับบำเหน็จตกทอด (hers)."""
    p = a.p
    dn, did, dpen, ddate, dpos = DECEASED[(1, 2)[i % 2]]
    cell = 'style="border:1px solid #999;padding:2px 6px"'
    rows = [("ข้อมูลผู้ตาย", ""), ("ชื่อ-สกุล", dn), ("เลขประจำตัวประชาชน", did), ("เลขที่บำนาญ", dpen),
            ("ตำแหน่งสุดท้าย", dpos), ("วันที่ถึงแก่กรรม", be(ddate)),
            ("ข้อมูลผู้ขอรับบำเหน็จตกทอด", ""), ("ชื่อ-สกุล", a.name), ("เกี่ยวข้องเป็น", "คู่สมรส"),
            ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i)),
            ("ที่อยู่", home(a, i + 2)), ("โทรศัพท์", tel(a, i))]  # fmt: skip
    table = "".join(
        f"<tr><td {cell} colspan=2><b>{k}</b></td></tr>"
        if not v
        else f"<tr><td {cell}>{k}</td><td {cell}>{v}</td></tr>"
        for k, v in rows
    )
    html = outlook_html(
        [f"เรียน นายก{city(a)}", "", "ขอยื่นคำขอรับบำเหน็จตกทอด รายละเอียดตามตารางค่ะ",
         f'</p><table style="border-collapse:collapse">{table}</table><p class="MsoNormal">', "", "ขอแสดงความนับถือ"],
        f'<p class="MsoNormal">{a.name}</p>',
    )  # fmt: skip
    raw = message(i, "คำขอรับบำเหน็จตกทอด", box(a), p.province, html=html)
    return Case("html_outlook_widow_table", raw, own(a, ALL))


def html_gmail_veteran_widow(a: Party, i: int) -> Case:
    """A veteran's widow, herself a retired city official, asks her own survivor's
    pension and the veteran family's card be noted: the veteran's name, card number and
    ID; her own ID, pension number, home and phone; a quoted earlier reply."""
    p = a.p
    vn, vid, vcard, vfam = VETERANS[p.last]
    paras = [
        "เรียน เจ้าหน้าที่งานบำเหน็จบำนาญ",
        "",
        f"ดิฉัน {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ผู้รับบำนาญ เลขที่ {pension_no(a, i)}",
        f"เป็นภริยาของ {vn} ทหารผ่านศึก ({vcard}, เลขประจำตัวประชาชน {vid})",
        f"ถือบัตรครอบครัวทหารผ่านศึก เลขที่ {vfam} ขอแจ้งเพื่อบันทึกสิทธิ และขอรับเงินช่วยพิเศษกรณีสามีถึงแก่กรรม",
        f"ที่อยู่ {home(a, i)}",
        f"โทรศัพท์ {mobile(p.mobile, i + 3)}",
        "",
        "ขอบคุณค่ะ",
        a.name,
        "",
        '<div class="gmail_quote">เมื่อ จ. 30 พ.ย. 2569 เวลา 14:02 งานบำเหน็จบำนาญ &lt;pension@example.go.th&gt; เขียนว่า:'
        "<blockquote>กรุณาแจ้งเลขบัตรทหารผ่านศึกของสามี และเลขที่บำนาญของท่านด้วยครับ โทร 074-612-118</blockquote></div>",
    ]
    raw = message(i, "Re: สิทธิครอบครัวทหารผ่านศึก", box(a), p.province, html=gmail(paras))
    return Case("html_gmail_veteran_widow", raw, own(a, NO_BIRTH))


def html_eservice_proof_of_life(a: Party, i: int) -> Case:
    """An e-service's HTML notification: a table of the form's fields (ผู้รับบำนาญ's
    name, ID, birth date, pension number, former position and its number, home, phone,
    e-mail), a reference number and the office's line."""
    p = a.p
    rows = [("เลขที่อ้างอิง", f"EL-2569-{i + 1:05d}"), ("ชื่อผู้รับบำนาญ", a.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", born_th(p.born, i + 2)), ("เลขที่บำนาญ", pension_no(a, i)),
            ("ตำแหน่งก่อนเกษียณ", f"นักจัดการงานทั่วไปชำนาญงาน (ตำแหน่งเลขที่ {position_no(a)})"),
            ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("โทรศัพท์", p.mobile), ("อีเมล", p.email or "-"),
            ("วิธีรับรอง", "แสดงตนผ่านวิดีโอคอล")]  # fmt: skip
    table = "".join(f"<tr><th align=left>{k}</th><td>{v}</td></tr>" for k, v in rows)
    html = (
        f"<html><body><h3>ระบบ e-Service {city(a)}</h3><p>แจ้งเตือน: มีคำขอใหม่ - รับรองการมีชีวิตผู้รับบำนาญ</p>"
        f"<table border=1 cellpadding=4>{table}</table>"
        "<p>ติดต่อสอบถาม กองคลัง โทร 075-218-066 ต่อ 1203</p></body></html>\n"
    )
    raw = message(i, f"[e-Service] คำขอรับรองการมีชีวิต EL-2569-{i + 1:05d}", "e-Service <noreply@eservice.example.go.th>",
                  p.province, html=html)  # fmt: skip
    return Case("html_eservice_proof_of_life", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_education_form_7223(a: Party, i: int) -> Case:
    """แบบ 7223 in Word: ข้าพเจ้า, ตำแหน่ง, สังกัด; the spouse's name and ID; a table of
    children (name, ID, birth date, school, level); the receipts' total; signature."""
    p = a.p
    kids = (PUPILS[4],) if i % 2 else (PUPILS[0], PUPILS[1])
    spouse = (DECEASED[3][0] + " (ถึงแก่กรรมแล้ว)", DECEASED[3][1]) if i % 2 else PATIENTS[3][:2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบ 7223\nแบบขอเบิกเงินสวัสดิการเกี่ยวกับการศึกษาของบุตร")
        d.add_paragraph(
            f"1. ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ตำแหน่ง ข้าราชการบำนาญ "
            f"สังกัด {city(a)} เลขที่บำนาญ {pension_no(a, i)}\nที่อยู่ {home(a, i + 1)} โทร {tel(a, i)}"
        )
        d.add_paragraph(
            f"2. คู่สมรสของข้าพเจ้าชื่อ {spouse[0]} เลขประจำตัวประชาชน {spouse[1]} ไม่ได้รับสวัสดิการซ้ำซ้อน"
        )
        d.add_paragraph("3. ข้าพเจ้ามีบุตรซึ่งมีสิทธิได้รับเงินช่วยการศึกษาบุตร ดังนี้")
        t = d.add_table(rows=1, cols=5)
        for c, h in zip(
            t.rows[0].cells, ("ชื่อบุตร", "เลขประจำตัวประชาชน", "เกิดเมื่อ", "สถานศึกษา", "ชั้น"), strict=True
        ):
            c.text = h
        for k in kids:
            for c, v in zip(
                t.add_row().cells, (k[0], k[1], born_th(k[2], i), k[3], k[4]), strict=True
            ):
                c.text = v
        d.add_paragraph(
            f"4. ขอเบิกเงินตามใบเสร็จรับเงิน เลขที่ {7100 + i}/2569 เป็นเงินทั้งสิ้น {kids[0][5]} บาท"
        )
        d.add_paragraph(
            f"ลงชื่อ ....................... ผู้ขอรับเงินสวัสดิการ\n({a.name})\nวันที่ {8 + i % 10} ธันวาคม 2569"
        )

    raw = message(i, "แบบ 7223 ขอเบิกเงินการศึกษาบุตร", box(a), p.province,
                  text=f"เรียน กองคลัง\nแนบแบบ 7223 {ending(a)}\n", files=(("แบบ7223.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_education_form_7223", raw, own(a, NO_BIRTH))


def docx_medical_form_7131(a: Party, i: int) -> Case:
    """แบบ 7131 in Word: the claimant's lines, then the parent treated (ชื่อผู้ป่วย, ID,
    birth date, เกี่ยวข้องเป็น), the hospital, the receipts and amounts in a table."""
    p = a.p
    pn, pid, pborn, rel = PATIENTS[(1, 2)[i % 2]]

    def build(d: Any) -> None:
        d.add_paragraph("แบบ 7131\nใบเบิกเงินสวัสดิการเกี่ยวกับการรักษาพยาบาล")
        d.add_paragraph(f"เขียนที่ {city(a)}\nวันที่ {4 + i % 12} ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"1. ข้าพเจ้า {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nตำแหน่ง ผู้รับบำนาญ (อดีตตำแหน่งเลขที่ {position_no(a)})"
            f"\nสังกัด {city(a)}\nที่อยู่ {home(a, i)}\nโทรศัพท์ {tel(a, i + 1)}"
        )
        d.add_paragraph(
            f"2. ขอเบิกเงินค่ารักษาพยาบาลของ {rel} ชื่อ {pn}\nเลขประจำตัวประชาชน {nid_w(pid, i)}\nเกิดวันที่ {be(pborn)}"
        )
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(
            t.rows[0].cells, ("ใบเสร็จรับเงินเลขที่", "ลงวันที่", "จำนวนเงิน (บาท)"), strict=True
        ):
            c.text = h
        for n, (no, amt) in enumerate(
            ((f"{thai('2569')}/{8812 + i}", "2,340.00"), (f"2569/{8871 + i}", "18,905.00"))
        ):
            for c, v in zip(
                t.add_row().cells, (no, f"{10 + n * 7} พฤศจิกายน 2569", amt), strict=True
            ):
                c.text = v
        d.add_paragraph("สถานพยาบาล โรงพยาบาลพัทลุง (ผู้ป่วยใน)")
        d.add_paragraph(f"ลงชื่อ ................... ผู้ขอเบิก\n({a.name})")

    raw = message(i, f"ส่งแบบ 7131 ค่ารักษา{rel}", box(a), p.province,
                  text=f"เรียน งานสวัสดิการ\nแนบแบบ 7131 และใบเสร็จ{ending(a)}\n", files=(("7131.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_medical_form_7131", raw, own(a, NO_BIRTH))


def docx_proof_of_life_certificate(a: Party, i: int) -> Case:
    """The หนังสือรับรองการมีชีวิต in Word, filled and certified: the certifier's name,
    position and his ID first (ข้าพเจ้า ... ปลัดเทศบาล), then the pensioner certified
    (ขอรับรองว่า ...) with ID, birth date, pension number and home."""
    p = a.p
    cert = (("นายชัยวัฒน์ อินทรสุวรรณ", with_check_digit("393010077105"), "ปลัดเทศบาลเมืองพัทลุง"),
            ("นายอนันต์ ทองรักษ์", with_check_digit("392010099863"), "กำนันตำบลทับเที่ยง"))[i % 2]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือรับรองการมีชีวิต")
        d.add_paragraph(f"เขียนที่ {city(a)}\nวันที่ {2 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(f"ข้าพเจ้า {cert[0]} เลขประจำตัวประชาชน {nid_w(cert[1], i)} ตำแหน่ง {cert[2]}")
        d.add_paragraph(
            f"ขอรับรองว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
            f"ผู้รับบำนาญ เลขที่ {pension_no(a, i)} อยู่บ้านเลขที่ {home(a, i + 2)} "
            "ยังมีชีวิตอยู่จริง ได้มาแสดงตนต่อหน้าข้าพเจ้า"
        )
        d.add_paragraph(f"ลงชื่อ ...................... ผู้รับรอง\n({cert[0]})\nตำแหน่ง {cert[2]}")
        d.add_paragraph(f"ลงชื่อ ...................... ผู้รับบำนาญ\n({a.name})\nโทร {tel(a, i)}")

    raw = message(i, "หนังสือรับรองการมีชีวิต", box(a), p.province,
                  text=f"เรียน งานบำเหน็จบำนาญ\nส่งหนังสือรับรองการมีชีวิตที่ผู้รับรองลงนามแล้ว{ending(a)}\n",
                  files=(("รับรองการมีชีวิต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_proof_of_life_certificate", raw, own(a, ALL))


def docx_poa_father_bank_change(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the bedridden father grants his son (or daughter) the
    power to change the pension's bank account; both IDs and homes; the new account
    number; mailed from the son's box."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = CHILDREN_WRITING[(1, 2)[i % 2]]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"ทำที่ บ้านเลขที่ {p.house}\nวันที่ {9 + i % 10} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"เกิดวันที่ {be(p.born)} อยู่บ้านเลขที่ {home(a, i)} ผู้รับบำนาญ เลขที่ {pension_no(a, i)}"
        )
        d.add_paragraph(
            f"ขอมอบอำนาจให้ {son} เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} อยู่บ้านเลขที่ {son_home} "
            f"โทร {mobile(son_mob, i)} เป็นผู้มีอำนาจยื่นคำขอเปลี่ยนบัญชีรับเงินบำนาญ เป็นบัญชีธนาคารกรุงไทย "
            f"เลขที่ 4{p.nid[5:8]}-{p.nid[8]}-{p.nid[9:13]}{i}-{i % 7} แทนข้าพเจ้า เนื่องจากข้าพเจ้าป่วยติดเตียง"
        )
        d.add_paragraph(
            f"ลงชื่อ (พิมพ์ลายนิ้วมือ) ...................... ผู้มอบอำนาจ\n({a.name})\n"
            f"ลงชื่อ ...................... ผู้รับมอบอำนาจ\n({son})\n"
            "ลงชื่อ ...................... พยาน\n(นางประไพ สุขเกษม)"
        )

    raw = message(i, "หนังสือมอบอำนาจเปลี่ยนบัญชีบำนาญของบิดา", f"{son.split()[1]} <{son_box}>", p.province,
                  text="เรียน กองคลัง\nแนบหนังสือมอบอำนาจของพ่อครับ/ค่ะ\n",
                  files=(("มอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_father_bank_change", raw, for_other(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_widow_grant(a: Party, i: int) -> Case:
    """The fund's fillable คำขอรับบำเหน็จตกทอด (fields deceased_*, claimant_*, heir*): the
    husband's section first, then hers, then two children who consent."""
    p = a.p
    dn, did, dpen, ddate, dpos = DECEASED[(3, 0)[i % 2]]
    heirs = (
        ("นางสาวศิริพร " + p.last, PUPILS[4][1]),
        ("นายชยพล " + p.last, with_check_digit("192060044217")),
    )
    labels = [(40, 18, "คำขอรับบำเหน็จตกทอด (ข้าราชการส่วนท้องถิ่น)"), (20, 34, "ผู้ตาย ชื่อ-สกุล"),
              (20, 42, "เลขประจำตัวประชาชน"), (120, 42, "เลขที่บำนาญ"), (20, 50, "วันที่ถึงแก่กรรม"), (110, 50, "ตำแหน่ง"),
              (20, 64, "ผู้ขอรับ ชื่อ-สกุล"), (20, 72, "เลขประจำตัวประชาชน"), (120, 72, "วันเกิด"),
              (20, 80, "ที่อยู่"), (20, 88, "โทรศัพท์"), (110, 88, "เกี่ยวข้องเป็น"),
              (20, 102, "ทายาทผู้ยินยอม 1"), (20, 110, "ทายาทผู้ยินยอม 2")]  # fmt: skip
    fields = [Field("deceased_name", dn, 55, 34, 90), Field("deceased_id", did, 60, 42, 55, comb=13),
              Field("deceased_pension_no", dpen, 145, 42, 40), Field("deceased_date", be(ddate), 55, 50, 50),
              Field("deceased_position", dpos, 125, 50, 70),
              Field("claimant_name", a.name, 55, 64, 90), Field("claimant_id", p.nid, 60, 72, 55, comb=13),
              Field("claimant_dob", born_th(p.born, i), 135, 72, 45), Field("claimant_address", home(a, i + 1), 35, 80, 160),
              Field("claimant_phone", mobile(p.mobile, i), 45, 88, 55), Field("claimant_relation", "คู่สมรส", 140, 88, 40),
              Field("heir1", f"{heirs[0][0]} {heirs[0][1]}", 60, 102, 120),
              Field("heir2", f"{heirs[1][0]} {heirs[1][1]}", 60, 110, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอรับบำเหน็จตกทอด (PDF กรอกแล้ว)", box(a), p.province,
                  text=f"ส่งแบบคำขอรับบำเหน็จตกทอดที่กรอกแล้ว{ending(a)}\n", files=(("บำเหน็จตกทอด.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_widow_grant", raw, own(a, ALL))


def pdf_fillable_bank_change(a: Party, i: int) -> Case:
    """A fillable แบบแจ้งเปลี่ยนแปลงบัญชีเงินฝากเพื่อรับบำนาญ (Thai field names): the
    pensioner's lines, the bank, branch and account number, the pension number."""
    p = a.p
    acct = f"{p.nid[1:4]}-{p.nid[4]}-{p.nid[5:10]}-{i % 10}"
    labels = [(30, 18, f"แบบแจ้งเปลี่ยนแปลงบัญชีเงินฝากเพื่อรับบำนาญ {city(a)}"), (20, 36, "ชื่อ-นามสกุล"),
              (20, 44, "เลขประจำตัวประชาชน"), (120, 44, "เลขที่บำนาญ"), (20, 52, "วันเดือนปีเกิด"), (20, 60, "ที่อยู่ปัจจุบัน"),
              (20, 68, "หมายเลขโทรศัพท์"), (110, 68, "อีเมล"), (20, 82, "ธนาคาร"), (100, 82, "สาขา"),
              (20, 90, "เลขที่บัญชี")]  # fmt: skip
    fields = [Field("ชื่อ-นามสกุล", a.name, 50, 36, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1), 60, 44, 55),
              Field("เลขที่บำนาญ", pension_no(a, i), 145, 44, 40), Field("วันเดือนปีเกิด", born_th(p.born, i + 1), 50, 52, 50),
              Field("ที่อยู่ปัจจุบัน", home(a, i), 50, 60, 150), Field("หมายเลขโทรศัพท์", tel(a, i), 55, 68, 50),
              Field("อีเมล", p.email, 125, 68, 70), Field("ธนาคาร", "กรุงไทย", 40, 82, 50),
              Field("สาขา", p.amphoe, 115, 82, 50), Field("เลขที่บัญชี", acct, 45, 90, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, "แจ้งเปลี่ยนบัญชีรับบำนาญ", box(a), p.province, text=f"แนบแบบแจ้งเปลี่ยนบัญชี{ending(a)}\n",
                  files=(("เปลี่ยนบัญชี.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_bank_change", raw, own(a, ALL))


def pdf_typed_medical_parent(a: Party, i: int) -> Case:
    """A claimant's typed letter (Word to PDF) to the mayor: his block top right, his
    mother's (or father's) ID and birth date in the body, receipts and amounts; Thai
    digits in the date and the amounts."""
    p = a.p
    pn, pid, pborn, rel = PATIENTS[(1, 2)[i % 2]]
    paras: list[tuple[float, str]] = [(115, f"{p.house} {p.rest()}"), (115, f"จังหวัด{p.province} {p.postal}"), (0, ""),
             (115, thai(f"{7 + i % 15} ธันวาคม 2569")), (0, ""), (20, f"เรื่อง ขอเบิกค่ารักษาพยาบาล{rel}"),
             (20, f"เรียน นายก{city(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ผู้รับบำนาญ เลขที่ {pension_no(a, i)} "
                  f"ขอเบิกค่ารักษาพยาบาลของ{rel} คือ {pn} เลขประจำตัวประชาชน {nid_w(pid, i + 1)} เกิดวันที่ {be(pborn)} "
                  f"ซึ่งเข้ารับการรักษาที่โรงพยาบาลตรัง ตามใบเสร็จรับเงินเลขที่ {thai(f'{5521 + i}')}/2569 จำนวน {thai('6,480')} บาท"),
             (30, f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ {tel(a, i + 2)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"ขอเบิกค่ารักษาพยาบาล{rel}", box(a), p.province, text=f"เรียน กองคลัง\nแนบหนังสือขอเบิก{ending(a)}\n",
                  files=(("ขอเบิกค่ารักษา.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_medical_parent", raw, own(a, NO_BIRTH))


def pdf_typed_daughter_for_widow(a: Party, i: int) -> Case:
    """A daughter's typed letter for her mother, a veteran's widow and a pensioner who
    cannot walk: the daughter's block top right, her ID in the body, the mother's ID,
    birth date, home and pension number; the daughter signs."""
    p = a.p
    dau, dau_id, dau_mob, dau_box, dau_home = CHILDREN_WRITING[(3, 1)[i % 2]]
    paras: list[tuple[float, str]] = [(115, dau_home[: dau_home.rfind(" จังหวัด")]), (115, dau_home[dau_home.rfind("จังหวัด"):]),
             (0, ""), (115, f"{5 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอรับรองการมีชีวิตและแจ้งสิทธิครอบครัวทหารผ่านศึกของมารดา"), (20, f"เรียน นายก{city(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {dau} เลขประจำตัวประชาชน {nid_w(dau_id, i)} บุตรสาวของ {a.name} เลขประจำตัวประชาชน "
                  f"{nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} ผู้รับบำนาญ เลขที่ {pension_no(a, i)} "
                  f"ภริยาของ{VETERANS[p.last][0]} ทหารผ่านศึก อยู่บ้านเลขที่ {home(a, i + 1)} มารดาเดินไม่ได้ "
                  "ขอให้เจ้าหน้าที่ออกไปรับรองการมีชีวิตที่บ้าน"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(dau_mob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({dau})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอรับรองการมีชีวิตของมารดา", f"{dau.split()[1]} <{dau_box}>", p.province,
                  text="เรียน งานบำเหน็จบำนาญ\nแนบหนังสือของข้าพเจ้าค่ะ\n", files=(("หนังสือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_daughter_for_widow", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_education_claim_sheet(a: Party, i: int) -> Case:
    """A claimant's sheet: his head block (label in column A, value in B), then a table of
    children with IDs, birth dates, schools, receipts and amounts."""
    p = a.p
    kids = (PUPILS[2], PUPILS[3]) if i % 2 else (PUPILS[0], PUPILS[1])

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เงินช่วยการศึกษาบุตร"
        ws.append(("รายละเอียดขอเบิกเงินช่วยการศึกษาบุตร ภาคเรียนที่ 2/2569",))
        ws.append(("ผู้มีสิทธิ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("เลขที่บำนาญ", pension_no(a, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(())
        ws.append(
            ("ลำดับ", "ชื่อบุตร", "เลขประจำตัวประชาชน", "วันเกิด", "สถานศึกษา", "ใบเสร็จเลขที่", "จำนวนเงิน")
        )
        for n, k in enumerate(kids):
            ws.append(
                (n + 1, k[0], k[1], born_th(k[2], n), k[3], f"{3301 + n * 12 + i}/2569", k[5])
            )

    raw = message(i, "ตารางขอเบิกการศึกษาบุตร", box(a), p.province, text="เรียน กองคลัง\nแนบตาราง\n",
                  files=(("การศึกษาบุตร.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_education_claim_sheet", raw, own(a, NO_BIRTH))


def xlsx_medical_receipts_sheet(a: Party, i: int) -> Case:
    """A sheet of receipts for a spouse's dialysis: the claimant's block, the patient's
    row (name, ID, birth date, relation), then receipt numbers, dates and amounts."""
    p = a.p
    pn, pid, pborn, rel = PATIENTS[(0, 2)[i % 2]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่ารักษา"
        ws.append(("ผู้ขอเบิก", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 1), "โทร", tel(a, i)))
        ws.append(
            ("ผู้ป่วย", pn, "เลขประจำตัวประชาชน", pid, "เกิด", born_th(pborn, i), "เกี่ยวข้องเป็น", rel)
        )
        ws.append(())
        ws.append(("ใบเสร็จเลขที่", "วันที่", "รายการ", "จำนวนเงิน"))
        for n in range(3):
            ws.append(
                (f"RC69-{10472 + n * 9 + i}", f"{3 + n * 7}/11/2569", "ฟอกไต", 1500 + n * 250)
            )
        ws.append(("", "", "รวม", 5250))

    raw = message(i, "ขอเบิกค่ารักษา (ตาราง)", box(a), p.province, text="เรียน งานสวัสดิการ\nตามไฟล์แนบ\n",
                  files=(("ค่ารักษา.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_medical_receipts_sheet", raw, own(a, NO_BIRTH))


def xlsx_heirs_death_grant(a: Party, i: int) -> Case:
    """The heirs' sheet for a death grant: the dead husband's row first, then the heirs'
    rows (the widow, two children), each with ID, birth date, relation, share."""
    p = a.p
    dn, did, dpen, ddate, _ = DECEASED[(2, 3)[i % 2]]
    kids = (("นายกิตติพงษ์ " + p.last, with_check_digit("193050062114"), date(1983, 5, 2)),
            ("นางสาวอรุณี " + p.last, with_check_digit("193050071148"), date(1987, 9, 25)))  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทายาท"
        ws.append(("บัญชีรายชื่อทายาทผู้มีสิทธิรับบำเหน็จตกทอด",))
        ws.append(("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "สัดส่วน"))
        ws.append(("ผู้ตาย", dn, did, "", f"เลขที่บำนาญ {dpen} ถึงแก่กรรม {be(ddate)}", "", ""))
        ws.append(
            (
                "คู่สมรส (ผู้ยื่น)",
                a.name,
                nid_w(p.nid, i),
                born_th(p.born, i + 1),
                home(a, i),
                mobile(p.mobile, i),
                "1/3",
            )
        )
        for k in kids:
            ws.append(("บุตร", k[0], k[1], born_th(k[2], i), "", "", "1/3"))

    raw = message(i, "บัญชีทายาท บำเหน็จตกทอด", box(a), p.province, text="เรียน งานบำเหน็จบำนาญ\nส่งบัญชีทายาทค่ะ\n",
                  files=(("ทายาท.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_heirs_death_grant", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_proof_of_life, (0, 6)),
    (plain_gmail_son_bedridden_father, (0, 6)),
    (plain_line_forward_widow_grant, (1, 3)),
    (plain_outlook_education_allowance, (5, 8)),
    (plain_webform_bank_change, (4, 9)),
    (html_gmail_medical_spouse, (0, 5)),
    (html_outlook_widow_table, (3, 7)),
    (html_gmail_veteran_widow, (7, 3)),
    (html_eservice_proof_of_life, (2, 4)),
    (docx_education_form_7223, (5, 9)),
    (docx_medical_form_7131, (4, 8)),
    (docx_proof_of_life_certificate, (0, 1)),
    (docx_poa_father_bank_change, (2, 6)),
    (pdf_fillable_widow_grant, (9, 1)),
    (pdf_fillable_bank_change, (3, 8)),
    (pdf_typed_medical_parent, (4, 8)),
    (pdf_typed_daughter_for_widow, (7, 3)),
    (xlsx_education_claim_sheet, (5, 8)),
    (xlsx_medical_receipts_sheet, (0, 8)),
    (xlsx_heirs_death_grant, (7, 9)),
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
