"""A hundred-and-eleventh set of requests written by someone who had not read the readers
(issue 8): THE DISABILITY ALLOWANCE AND THE DISABILITY CARD (เบี้ยความพิการ,
บัตรประจำตัวคนพิการ) in the South, to the อบต.ท่ามิหรำ and เทศบาลเมืองพัทลุง (Phatthalung),
เทศบาลนครนครศรีธรรมราช and the อบต.ปากแพรก side of ทุ่งสง (Nakhon Si Thammarat), and the
สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสงขลา (พมจ.สงขลา). Registering for the
allowance and the card, renewing a card, changing the payee, asking why months were not
paid, a caregiver's own loan from the disability fund; written by daughters, sons and
wives who care (ผู้ดูแลคนพิการ), a court's ผู้อนุบาล and ผู้พิทักษ์ (the court's red
case number), village health volunteers (อสม.: their card numbers), a hospital's social
worker and a รพ.สต.'s nurse (HN, the doctor's ว. licence, the hospital's lines), and by
people with a disability themselves (a deaf man's short Thai, a blind woman's thumbprint).
Kinds: plain (iPhone, Outlook for Android, Gmail on Android, a LINE chat pasted), HTML
(a Gmail reply over the officer's quoted mail, an e-service notice, an Outlook mail with a
รพ.สต.'s signature, a Gmail list), Word (the allowance form over dotted lines, a guardian's
table letter, a thumbprint power of attorney, a รพ.สต.'s official letter), PDF (a fillable
card form named Text1.., a fillable allowance form with split names and pwd_*/cg_*
fields, a hospital's typed certificate, an อสม.'s typed visit report), sheets (an อสม.'s
survey sheet, a workbook with a sheet per person, a hospital's referral row).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks; for a body the natural person who signs), sets 31/63/81/102 (a service
for one person asked by another is the one it is FOR: the person with a disability, never
the caregiver, child, spouse, guardian, อสม., nurse, social worker or doctor who writes),
set 37 (where only another's phone is given, phone `()`). So:
- the APPLICANT IS THE PERSON WITH A DISABILITY whose allowance or card it is, also where
  a court's ผู้อนุบาล or ผู้พิทักษ์ asks (the ward, not the guardian) and where a parent
  asks for a disabled child;
- but a CAREGIVER'S OWN LOAN from the กองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ (as
  ผู้ดูแลคนพิการ) is hers: she is the applicant there, the disabled son's name and card
  number are never hers (html_gmail_caregiver_own_loan);
- the number on a บัตรประจำตัวคนพิการ is its holder's 13-digit national ID;
- phone: the applicant's own mobile where one is given as hers (a deaf man's for SMS/LINE
  is his); else `()`: the caregiver's, guardian's, อสม.'s, nurse's, hospital's, the
  officer's never (no value, or a flagged one, is right);
- e-mail: only where the applicant sends from her own box; else `()`;
- address, postal code, province: where the applicant lives (house number to the
  อำเภอ, with or without หมู่/ม., with or without province and postal code); never the
  caregiver's, guardian's, hospital's, รพ.สต.'s, the agency's or the officer's; where a
  mail gives the registered home (ที่อยู่ตามทะเบียนบ้าน, where the allowance is paid) and
  a stay with a child while treated, the registered home (html_gmail_reply_missing_months);
- birth date ISO, only the applicant's; never a card's issue or expiry date, a court
  order's, a visit's, an admission's or a letter's date;
- never an ID or a phone: the อสม.'s card number, HN and AN, a doctor's ว. licence, a
  court's case number (พ.1187/2568), a bank account (some ten digits opening 0), a
  letter's number (ที่ พท 0033.301/...), the disability fund's file number.
Everyone, every number is invented (13-digit numbers made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together.
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
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

PT = "พัทลุง"
NS = "นครศรีธรรมราช"
SK = "สงขลา"
TAO = "องค์การบริหารส่วนตำบลท่ามิหรำ"
TOWN = "เทศบาลเมืองพัทลุง"
CITY = "เทศบาลนครนครศรีธรรมราช"
PMJ = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสงขลา"
DESKS = (
    "saraban@thamihram.example.go.th",
    "welfare@phatthalungcity.example.go.th",
    "social@nakhoncity.example.go.th",
    "pwd.songkhla@m-society.example.go.th",
)

# The people with a disability (the applicants, but in the caregiver's own loan).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "สมจิต", "ชูแก้ว", "393010045127", date(1956, 4, 9), "0897341256", "",
      "12", "3", "", "", "ท่ามิหรำ", "เมืองพัทลุง", PT, "93000"),
    P("นาย", "ประเสริฐ", "สุวรรณรัตน์", "380010062214", date(1949, 10, 27), "0810824417", "",
      "88/2", "", "", "ราชดำเนิน", "ในเมือง", "เมืองนครศรีธรรมราช", NS, "80000"),
    P("นางสาว", "อรวรรณ", "ทองคำ", "180110031845", date(1990, 2, 14), "0956612083", "orawan.tk@gmail.com",
      "5", "7", "", "", "ปากแพรก", "ทุ่งสง", NS, "80110"),
    P("นาย", "สุรศักดิ์", "แก้วมณี", "390110055318", date(1978, 7, 3), "0862204791", "surasak.km@hotmail.com",
      "140", "2", "", "", "ควนขนุน", "ควนขนุน", PT, "93110"),
    P("นาง", "บุญเรือน", "พรหมทอง", "390010018842", date(1962, 12, 1), "0819935502", "",
      "23/1", "4", "", "", "เขาชัยสน", "เขาชัยสน", PT, "93130"),
    P("นาย", "ธนากร", "หนูเอียด", "190110024476", date(1995, 5, 22), "0637718452", "thanakorn.ne@gmail.com",
      "7", "", "เพชรเกษม 12", "เพชรเกษม", "หาดใหญ่", "หาดใหญ่", SK, "90110"),
    P("นาง", "ละม่อม", "ศรีสุข", "380090037751", date(1944, 3, 18), "0828810934", "",
      "61", "5", "", "", "ท่าศาลา", "ท่าศาลา", NS, "80160"),
    P("นาย", "เอกชัย", "รัตนพันธ์", "190020014459", date(1983, 9, 9), "0614452870", "",
      "9/4", "6", "", "", "ระโนด", "ระโนด", SK, "90140"),
    P("นางสาว", "ปิยะนุช", "ขาวสะอาด", "190010082236", date(1998, 11, 30), "0945517726", "piyanut.ks@gmail.com",
      "102", "8", "", "", "พะวง", "เมืองสงขลา", SK, "90100"),
    P("นาย", "สมพงษ์", "เพชรสุวรรณ", "380060021983", date(1959, 1, 16), "0873316045", "",
      "44", "2", "", "", "ร่อนพิบูลย์", "ร่อนพิบูลย์", NS, "80130"),
    P("เด็กชาย", "ภูมิพัฒน์", "อินทร์ทอง", "193010087724", date(2015, 8, 4), "0932214478", "",
      "17", "", "", "อภัยบริรักษ์", "คูหาสวรรค์", "เมืองพัทลุง", PT, "93000"),
    P("นาง", "สายใจ", "หมาดหลี", "390050041163", date(1967, 6, 25), "0892231174", "saijai.ml@gmail.com",
      "3", "9", "", "", "บ้านนา", "จะนะ", SK, "90130"),
    P("นาย", "วิชิต", "บุญช่วย", "380120033597", date(1952, 2, 2), "0846613320", "",
      "250", "3", "", "", "ลานสกา", "ลานสกา", NS, "80230"),
    P("เด็กหญิง", "ณิชาภัทร", "ทองขาว", "193990045012", date(2016, 3, 12), "0907712265", "",
      "76", "10", "", "", "ปากพะยูน", "ปากพะยูน", PT, "93120"),
)  # fmt: skip

# Caregivers (ผู้ดูแลคนพิการ): name, ID, mobile, box, home elsewhere, relation.
CARERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นางสาวรัชนี ชูแก้ว", with_check_digit("193010066312"), "0897115643", "ratchanee.ck@gmail.com",
     "99/14 หมู่ 2 ตำบลควนมะพร้าว อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000", "บุตรสาว"),
    ("นายธีระ สุวรรณรัตน์", with_check_digit("180010047781"), "0623318847", "theera.sw@hotmail.com",
     "45/7 ซอยวัดพระนคร ถนนราชดำเนิน ตำบลคลัง อำเภอเมืองนครศรีธรรมราช จังหวัดนครศรีธรรมราช 80000", "บุตรชาย"),
    ("นางจุฑามาศ แก้วมณี", with_check_digit("390110071245"), "0815594420", "juthamas.km@gmail.com",
     "12/3 หมู่ 4 ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110", "ภรรยา"),
)  # fmt: skip

# Court-appointed guardians: name, ID, mobile, box, home, role, the court's red case number.
GUARDIANS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("นายวิโรจน์ ศรีสุข", with_check_digit("380090052218"), "0869920134", "wiroj.ss@gmail.com",
     "31 ถนนไทรบุรี ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000", "ผู้อนุบาล", "พ.1187/2568"),
    ("นางเยาวลักษณ์ รัตนพันธ์", with_check_digit("390020036604"), "0817264409", "yaowalak.rp@yahoo.com",
     "210 หมู่ 1 ตำบลสะเดา อำเภอสะเดา จังหวัดสงขลา 90120", "ผู้พิทักษ์", "พ.642/2567"),
)  # fmt: skip

# Village health volunteers: name, ID, mobile, อสม. card number, village.
OSM: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสุดา คงแก้ว", with_check_digit("393010058829"), "0928814403", "93-0101-0045", "หมู่ 3 บ้านท่ามิหรำ"),
    ("นางละเอียด ทองขาว", with_check_digit("380120049916"), "0631127794", "80-1207-0218", "หมู่ 3 บ้านลานสกา"),
)  # fmt: skip

# Hospital staff: name, post, hospital, line, box, hospital's address.
HOSPITAL: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นางสาวกนกวรรณ เพชรสุวรรณ", "นักสังคมสงเคราะห์ปฏิบัติการ", "โรงพยาบาลพัทลุง", "074-613-400 ต่อ 1125",
     "kanokwan.p@ptlhosp.example.go.th", "ถนนอภัยบริรักษ์ ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000"),
    ("นางจันทร์เพ็ญ อินทร์ทอง", "พยาบาลวิชาชีพชำนาญการ", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านควนขนุน", "074-682-115",
     "rpst.khuankhanun@example.go.th", "หมู่ 5 ตำบลควนขนุน อำเภอควนขนุน จังหวัดพัทลุง 93110"),
)  # fmt: skip
DOCTORS = (("นายแพทย์สุรเชษฐ์ รักษ์ธรรม", "ว.41236"), ("แพทย์หญิงศิริพร ณ นคร", "ว.52817"))


def carer_for(a: Party, k: int) -> tuple[str, str, str, str, str, str]:
    """The caregiver who writes: a child's mother (LOANERS, who lives with the child: her
    home is the child's), else one of CARERS."""
    if a.p.title.startswith("เด็ก"):
        m = next(x for x in LOANERS if x.p.last == a.p.last)
        return (m.name, m.p.nid, m.p.mobile, m.p.email, home(m, k), "มารดา")
    return CARERS[k % len(CARERS)]


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), desk: int = 0) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[desk % len(DESKS)]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set111-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def first_name(name: str) -> str:
    """A name's first word without its title, as a mail program shows the sender."""
    first = name.split()[0]
    for t in ("นางสาว", "นาง", "นาย"):
        if first.startswith(t):
            return first[len(t) :]
    return first


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def for_other(a: Party, keys: str, *, phone: bool = False) -> dict[str, tuple[str, ...]]:
    """The person with a disability, asked for by another: her e-mail `()` (only the
    writer's box appears); her phone hers where given as hers, else `()`."""
    e = exp(a, keys)
    if not phone and "phone" in e:
        e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def parts_name(a: Party) -> tuple[str, ...]:
    """A name from a form's split fields: with its title, or without where none is typed."""
    return (a.name, f"{a.p.first} {a.p.last}")


WHO: dict[str, str] = {
    "plain_iphone_daughter_new_card": "the mother with a disability; never the daughter (her ID, home, mobile, box)",
    "plain_line_chat_osm_forward": "the bedridden man in the chat; never the อสม. (card, ID, mobile) or his son",
    "plain_deaf_man_own_renewal": "the deaf man himself (his mobile for SMS); his mother the caregiver never",
    "plain_guardian_payee_change": "the ward (คนไร้ความสามารถ); never the ผู้อนุบาล (his ID, home, phone, box)",
    "plain_outlook_hospital_social_worker": "the patient; never the social worker, doctor, hospital or the wife's phone",
    "html_gmail_reply_missing_months": "the person with a disability; never the caregiver or the quoted officer",
    "html_eservice_notice_table": "the คนพิการ rows; never the ผู้ยื่นแทน rows",
    "html_outlook_rpst_nurse_referral": "the patient (his own mobile given as his); never the nurse or รพ.สต.",
    "html_gmail_caregiver_own_loan": "the caregiver HERSELF (her loan); the disabled son's name and card never",
    "docx_allowance_form_dotted": "the คนพิการ section; never the ผู้ยื่นคำขอแทน block or the bank account",
    "docx_guardian_table_letter": "the ward (คนเสมือนไร้ความสามารถ) rows; never the ผู้พิทักษ์ rows",
    "docx_thumbprint_poa": "the blind ผู้มอบอำนาจ; never the grandson ผู้รับมอบอำนาจ or witnesses",
    "docx_rpst_official_letter": "the patient named in the body; never the director who signs or the nurse",
    "pdf_fillable_card_form_textn": "the คนพิการ fields; never the ผู้ดูแล or the doctor's fields",
    "pdf_fillable_split_names": "the pwd_* fields; never the cg_* fields",
    "pdf_typed_hospital_certificate": "the patient; never the doctor, hospital, or the son who sends it",
    "pdf_typed_osm_visit_report": "the man visited; never the อสม.'s block top",
    "xlsx_osm_survey_sheet": "the person's block; never the อสม.'s head rows",
    "xlsx_sheet_per_person": "the sheet คนพิการ; never the sheet ผู้ดูแล",
    "xlsx_hospital_referral_row": "the patient's row; never the hospital's head, the doctor, the relative's phone",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_daughter_new_card(a: Party, i: int) -> Case:
    """A daughter asks from her iPhone how to register her mother, weak on one side after a
    stroke, for the card and the allowance: the mother's ID, birth date, home; her own
    ID, home elsewhere, mobile; the hospital's HN."""
    p = a.p
    cn, cid, cm, cbox, chome, _rel = CARERS[0]
    text = (
        f"เรียน เจ้าหน้าที่{TAO}\n\n"
        f"ดิฉัน{cn} เป็นบุตรสาวของ{a.name} แม่เป็นอัมพฤกษ์ซีกซ้ายหลังเส้นเลือดในสมองตีบเมื่อเดือนสิงหาคม "
        f"หมอที่โรงพยาบาลพัทลุงออกใบรับรองความพิการให้แล้ว (HN 65-0{18844 + i}) อยากขอทำบัตรคนพิการและลงทะเบียนรับเบี้ยความพิการให้แม่ค่ะ\n\n"
        f"ข้อมูลแม่\nชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\n\n"
        f"ข้อมูลดิฉัน (ผู้ดูแล)\nเลขบัตร {nid_w(cid, i + 1)}\nที่อยู่ {chome}\nโทร {mobile(cm, i)}\n\n"
        "ต้องใช้เอกสารอะไรบ้าง และแม่ต้องไปเองไหมคะ แม่นั่งรถนานไม่ได้ค่ะ\n\n"
        f"{cn}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "สอบถามการทำบัตรคนพิการให้แม่", f"{cn.split()[0][6:]} <{cbox}>", text=text)
    return Case("plain_iphone_daughter_new_card", raw, for_other(a, ALL))


def plain_line_chat_osm_forward(a: Party, i: int) -> Case:
    """An อสม. pastes a LINE chat with a bedridden man's son into a mail to the office: the
    man's ID in Thai digits, his birth date, home; the son's mobile; her own card number,
    ID and mobile under her name."""
    p = a.p
    on, oid, om, ocard, village = OSM[i % 2]
    son = f"นายสมศักดิ์ {p.last}"
    text = (
        f"เรียน งานพัฒนาชุมชน {TAO if i % 2 == 0 else 'อบต.ลานสกา'}\n\n"
        f"ดิฉัน{on} อสม.{village} ขอส่งข้อมูลผู้ป่วยติดเตียงในความดูแล ที่ยังไม่ได้ลงทะเบียนเบี้ยความพิการ "
        "ตามที่คุยกับลูกชายในไลน์ค่ะ\n\n"
        "---------- ประวัติการแชท LINE ----------\n"
        f"[LINE] ประวัติการแชทกับ {son.replace('นาย', '')}\n"
        f"วันที่บันทึก: {thai(f'{3 + i % 20}/12/2569')} 19:42\n\n"
        f"2569.12.0{1 + i % 5} วันอังคาร\n"
        f"18:05\t{on.replace('นาง', '')}\tขอเลขบัตรประชาชนพ่อหน่อยค่ะ จะส่งให้ อบต.\n"
        f"18:11\t{son.replace('นาย', '')}\t{thai(nid_w(p.nid, i + 1))}\n"
        f"18:11\t{son.replace('นาย', '')}\tพ่อชื่อ {a.name} เกิด {thai(born_th(p.born, 1))}\n"
        f"18:12\t{son.replace('นาย', '')}\tบ้านเลขที่ {home(a, i)}\n"
        f"18:14\t{son.replace('นาย', '')}\tโทรหาผมได้เลยครับ {mobile('0836627154', i)} พ่อไม่มีโทรศัพท์\n"
        f"18:15\t{on.replace('นาง', '')}\tได้ค่ะ\n"
        "----------------------------------------\n\n"
        f"{on}\nอสม. เลขที่บัตร {ocard}\nเลขประจำตัวประชาชน {nid_w(oid, i)}\nโทร {mobile(om, i + 1)}\n"
    )
    raw = message(
        i,
        "ส่งข้อมูลผู้ป่วยติดเตียง ขอลงทะเบียนเบี้ยความพิการ",
        f"{on[3:]} <osm.{ocard[-4:]}@gmail.com>",
        text=text,
    )
    return Case("plain_line_chat_osm_forward", raw, for_other(a, ALL))


def plain_deaf_man_own_renewal(a: Party, i: int) -> Case:
    """A deaf man renews his own card from Gmail on Android, in a signer's short Thai: his
    ID, the card's expiry, his mobile for SMS only; his mother (the caregiver on file)
    and her phone."""
    p = a.p
    mom = f"นางจำเนียร {p.last}"
    text = (
        f"สวัสดี ครับ\n{me_(a)} {a.name} หูหนวก ครับ บัตรคนพิการ {me_(a)} หมด อายุ {thai_day(date(2027, 1, 20 + i % 5))}\n"
        f"ต่อ บัตร ทำ อย่างไร ครับ\n"
        f"เลข บัตร {nid_w(p.nid, i + 2)}\nเกิด {born_th(p.born, i)}\nบ้าน {home(a, i + 1)}\n"
        f"โทร ไม่ได้ ส่ง SMS หรือ LINE {mobile(p.mobile, i)} ครับ\n"
        f"แม่ {mom} ผู้ดูแล เบอร์แม่ {mobile('0819024476', i + 1)} (แม่ ได้ยิน)\n\n"
        f"ขอบคุณ ครับ\n{a.p.first}\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(i, "ต่อบัตรคนพิการ", own_box(a), text=text, desk=3)
    e = own(a, ALL)
    return Case("plain_deaf_man_own_renewal", raw, e)


def me_(a: Party) -> str:
    return "ผม" if a.p.title in ("นาย", "เด็กชาย") else "ดิฉัน"


def plain_guardian_payee_change(a: Party, i: int) -> Case:
    """A court's ผู้อนุบาล asks to have his ward's allowance paid into his account after
    the court's order: the order's red case number and date, his ID, home, mobile, the
    account (ten digits opening 0); the ward's ID, birth date, home."""
    p = a.p
    gn, gid, gm, gbox, ghome, role, case = GUARDIANS[0]
    text = (
        f"เรียน นายก{CITY if p.province == NS else TOWN}\n\n"
        f"ข้าพเจ้า {gn} เลขประจำตัวประชาชน {nid_w(gid, i)} อยู่บ้านเลขที่ {ghome} "
        f"เป็น{role}ของ{a.name} ตามคำสั่งศาลจังหวัดสงขลา คดีหมายเลขแดงที่ {case} ลงวันที่ {thai_day(date(2025, 9, 15))} "
        f"ซึ่งศาลสั่งให้{a.name}เป็นคนไร้ความสามารถ\n\n"
        f"คนพิการ: {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nวันเดือนปีเกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {home(a, i + 2)}\n\n"
        "ขอเปลี่ยนบัญชีรับเงินเบี้ยความพิการ จากบัญชีเดิมของคนพิการซึ่งไม่สามารถทำธุรกรรมเองได้ "
        f"เป็นบัญชีธนาคารกรุงไทย เลขที่ {('0632184457', '065-1-84457-2')[i % 2]} ชื่อบัญชี {gn} (เพื่อ{a.name}) "
        "ตั้งแต่งวดเดือนมกราคม 2570 เป็นต้นไป แนบสำเนาคำสั่งศาลมาด้วยแล้ว\n\n"
        f"ติดต่อข้าพเจ้า {mobile(gm, i)}\n\nขอแสดงความนับถือ\n{gn}\n{role}\n"
    )
    raw = message(
        i, f"ขอเปลี่ยนบัญชีรับเบี้ยความพิการ ({role}ตามคำสั่งศาล)", f"Wiroj S. <{gbox}>", text=text, desk=2
    )
    return Case("plain_guardian_payee_change", raw, for_other(a, ALL))


def plain_outlook_hospital_social_worker(a: Party, i: int) -> Case:
    """A hospital's social worker refers a paraplegic patient from Outlook for Android:
    HN, AN, the admission and discharge dates, the doctor's ว. licence, the patient's ID,
    birth date and home; the wife's mobile as contact; the hospital's signature."""
    p = a.p
    sn, post, hosp, line, box, haddr = HOSPITAL[0]
    doc, lic = DOCTORS[i % 2]
    text = (
        f"เรียน ผู้อำนวยการกองสวัสดิการสังคม {TOWN}\n\n"
        f"{hosp}ขอส่งต่อข้อมูลผู้ป่วยเพื่อขอรับการสงเคราะห์และลงทะเบียนคนพิการ ดังนี้\n"
        f"ผู้ป่วย {a.name} อายุ {2569 - (p.born.year + 543)} ปี HN {thai('66-0' + str(24471 + i))} AN {67011208 + i}\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} วันเกิด {born_th(p.born, i + 2)}\n"
        f"ที่อยู่ {home(a, i + 1)}\n"
        f"รับไว้รักษา {thai_day(date(2026, 9, 2 + i))} จำหน่าย {thai_day(date(2026, 11, 20 + i))} "
        f"วินิจฉัย Spinal cord injury T10 (ICD-10 S24.1) อัมพาตครึ่งล่าง แพทย์ผู้รับรองความพิการ {doc} ({lic})\n"
        f"ผู้ดูแลหลักคือภรรยา นางวาสนา {p.last} โทร {mobile('0894471206', i)} (ผู้ป่วยไม่มีโทรศัพท์)\n\n"
        "รบกวนประสานการเยี่ยมบ้านและการปรับสภาพบ้านด้วยค่ะ\n\n"
        f"{sn}\n{post}\nกลุ่มงานสังคมสงเคราะห์ {hosp}\n{haddr}\nโทร {line}\n\n"
        "รับจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, f"ส่งต่อผู้ป่วยเพื่อลงทะเบียนคนพิการ ({hosp})", f"{sn[6:]} <{box}>", text=text, desk=1)
    return Case("plain_outlook_hospital_social_worker", raw, for_other(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_reply_missing_months(a: Party, i: int) -> Case:
    """A son answers from Gmail the officer's mail about his father's two months not paid:
    his lines over the quoted mail (the officer's name, desk line, the office's address);
    the father's ID in Thai digits and home in the reply."""
    p = a.p
    _cn, _cid, cm, cbox, chome, _rel = CARERS[1]
    officer = "นางสาวอุไรวรรณ ชูช่วย"
    quoted = (
        f"<div>เรียน คุณธีระ</div><div>ตามที่สอบถามเรื่องเบี้ยความพิการของบิดาที่ไม่ได้รับเดือนตุลาคมและพฤศจิกายน "
        "รบกวนแจ้งเลขประจำตัวประชาชนและที่อยู่ตามทะเบียนบ้านของบิดา เพื่อตรวจสอบในระบบ e-Social Welfare ค่ะ</div><br>"
        f"<div>{officer}</div><div>นักพัฒนาชุมชนปฏิบัติการ กองสวัสดิการสังคม</div>"
        f"<div>{CITY} 1 ถนนราชดำเนิน ตำบลคลัง อำเภอเมืองนครศรีธรรมราช จังหวัดนครศรีธรรมราช 80000</div>"
        "<div>โทร 075-342-880 ต่อ 214</div>"
    )
    reply = (
        '<div dir="ltr"><div>เรียน คุณอุไรวรรณ</div><br>'
        f"<div>ข้อมูลบิดาครับ</div><div>ชื่อ {a.name}</div>"
        f"<div>เลขประจำตัวประชาชน {thai(nid_w(p.nid, i))}</div>"
        f"<div>ที่อยู่ตามทะเบียนบ้าน {home(a, i + 2)}</div>"
        f"<div>บิดาย้ายมาอยู่กับผมที่ {chome} ช่วงรักษาตัว แต่ทะเบียนบ้านยังอยู่ที่เดิมครับ</div><br>"
        f"<div>ขอบคุณครับ</div><div>ธีระ</div><div>{mobile(cm, i)}</div></div><br>"
    )
    html = (
        f'<html><body>{reply}<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {thai_day(date(2026, 12, 1))} เวลา 10:14 '
        f"{officer} &lt;social@nakhoncity.example.go.th&gt; เขียนว่า:<br></div>"
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div></body></html>\n'
    )
    raw = message(
        i, "Re: สอบถามเบี้ยความพิการค้างจ่าย", f"Theera Suwannarat <{cbox}>", html=html, desk=2
    )
    # The father's home is his registered one (ทะเบียนบ้าน), where the allowance is; the
    # son's where he stays a while is never his address.
    return Case("html_gmail_reply_missing_months", raw, for_other(a, NO_BIRTH))


def html_eservice_notice_table(a: Party, i: int) -> Case:
    """The office's e-service notice of a new registration: a table with the คนพิการ rows
    (name, ID, birth date, disability type, home, phone "-"), then the ผู้ยื่นแทน rows
    (a wife: her ID, relation, mobile, e-mail), the reference number and time."""
    p = a.p
    cn, cid, cm, cbox, _chome, rel = carer_for(a, 2)
    rows = [
        ("เลขที่คำขอ", f"DIS-2569-{thai(str(31874 + i))}" if i % 2 else f"DIS-2569-{31874 + i}"),
        ("วันที่ยื่น", f"{4 + i % 3}/12/2569 09:{10 + i}"),
        ("<b>ข้อมูลคนพิการ</b>", ""),
        ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
        ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("ประเภทความพิการ", "ทางการเห็น"),
        ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("โทรศัพท์คนพิการ", "-"),
        ("<b>ข้อมูลผู้ยื่นคำขอแทน</b>", ""),
        ("ชื่อ-นามสกุล", cn), ("เลขประจำตัวประชาชน", nid_w(cid, i + 1)), ("ความเกี่ยวข้อง", rel),
        ("โทรศัพท์มือถือ", mobile(cm, i)), ("อีเมล", cbox),
    ]  # fmt: skip
    trs = "".join(
        f'<tr><td colspan="2" style="background:#e8f0fe">{k}</td></tr>' if not v else
        f'<tr><td style="width:35%;padding:4px;border:1px solid #ccc">{k}</td><td style="padding:4px;border:1px solid #ccc">{v}</td></tr>'
        for k, v in rows
    )  # fmt: skip
    html = (
        '<html><body style="font-family:Tahoma,sans-serif;font-size:13px">'
        f"<p>ระบบบริการอิเล็กทรอนิกส์ (e-Service) {TOWN}</p><p>มีผู้ยื่นคำขอลงทะเบียนรับเงินเบี้ยความพิการใหม่ รายละเอียดดังนี้</p>"
        f'<table style="border-collapse:collapse">{trs}</table>'
        '<p style="color:#888">อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n'
    )
    raw = message(
        i,
        f"[e-Service] คำขอลงทะเบียนเบี้ยความพิการ DIS-2569-{31874 + i}",
        f"e-Service {TOWN} <noreply@phatthalungcity.example.go.th>",
        html=html,
        desk=1,
    )
    return Case("html_eservice_notice_table", raw, for_other(a, ALL))


def html_outlook_rpst_nurse_referral(a: Party, i: int) -> Case:
    """A รพ.สต.'s nurse refers from Outlook a man who lost a leg: his ID, birth date, home
    and his own mobile (he answers it); the doctor's ว. licence; her signature with the
    รพ.สต.'s address and line."""
    p = a.p
    nn, post, place, line, box, paddr = HOSPITAL[1]
    doc, lic = DOCTORS[(i + 1) % 2]
    paras = [
        "เรียน หัวหน้าสำนักปลัด อบต.ควนขนุน", "",
        f"รพ.สต.ขอส่งรายชื่อผู้ป่วยที่แพทย์ได้ออกเอกสารรับรองความพิการแล้ว เพื่อลงทะเบียนรับเบี้ยความพิการ ได้แก่ {a.name} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i + 1)}",
        f"ผู้ป่วยถูกตัดขาขวาใต้เข่าเนื่องจากเบาหวาน (แพทย์ผู้รับรอง {doc} {lic}) ใช้ขาเทียมแล้ว ติดต่อผู้ป่วยได้โดยตรงที่เบอร์ {mobile(p.mobile, i + 2)}",
        "", "จึงเรียนมาเพื่อโปรดพิจารณา",
    ]  # fmt: skip
    sig = (
        f'<p class="MsoNormal"><b>{nn}</b><br>{post}<br>{place}<br>{paddr}<br>โทร {line} | มือถือ {mobile("0817730946", i)}<br>'
        f'<a href="mailto:{box}">{box}</a></p>'
    )
    raw = message(i, "ส่งรายชื่อผู้ป่วยลงทะเบียนคนพิการ", f"{place} <{box}>", html=outlook_html(paras, sig))
    return Case("html_outlook_rpst_nurse_referral", raw, for_other(a, ALL, phone=True))


def html_gmail_caregiver_own_loan(a: Party, i: int) -> Case:
    """A mother who cares for her disabled son asks from Gmail, for HERSELF, a loan from the
    disability fund as his caregiver (ผู้ดูแลคนพิการ): her ID, birth date, home, mobile;
    the son's name and card number; the fund's earlier file number."""
    son = PEOPLE[(10, 13)[i % 2]]
    me = a.p
    lines = [
        f"เรียน {PMJ}", "",
        f"ดิฉัน {a.name} ขอกู้ยืมเงินทุนประกอบอาชีพจากกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ ในฐานะผู้ดูแลคนพิการ "
        "จำนวน 40,000 บาท เพื่อเปิดร้านขายของชำหน้าบ้าน จะได้ดูแลลูกไปด้วยค่ะ", "",
        "<b>ข้อมูลผู้กู้ (ผู้ดูแลคนพิการ)</b>",
        "<ul>" + "".join(f"<li>{x}</li>" for x in (
            f"ชื่อ-สกุล {a.name}", f"เลขประจำตัวประชาชน {nid_w(me.nid, i)}", f"วันเกิด {born_th(me.born, i + 2)}",
            f"ที่อยู่ {home(a, i + 1)}", f"มือถือ {mobile(me.mobile, i + 1)}")) + "</ul>",
        "<b>คนพิการในความดูแล (บุตร)</b>",
        "<ul>" + "".join(f"<li>{x}</li>" for x in (
            f"{son.name}", f"เลขบัตรประจำตัวคนพิการ {nid_w(son.p.nid, i + 1)}", "ประเภทความพิการ ทางสติปัญญา",
            f"เกิด {born_th(son.p.born, i)}")) + "</ul>",
        f"ดิฉันเคยยื่นคำขอไว้เมื่อปี 2568 (เลขที่คำขอ กท.สข. {thai('118/2568')}) แต่เอกสารไม่ครบค่ะ", "",
        "ขอบคุณค่ะ", a.name,
    ]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ขอกู้ยืมเงินกองทุนคนพิการ (ผู้ดูแลคนพิการ)", own_box(a), html=html, desk=3)
    return Case("html_gmail_caregiver_own_loan", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------

DOTS = "................"


def docx_allowance_form_dotted(a: Party, i: int) -> Case:
    """The อบต.'s แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ typed over its dotted lines in Word:
    the คนพิการ's lines (ID in Thai digits in v2), the bank account for the transfer, then
    the ผู้ยื่นคำขอแทน block (the daughter: her ID, home, phone) and the officer's part."""
    p = a.p
    cn, cid, cm, _, chome, rel = CARERS[0]
    nid = nid_w(p.nid, i) if i % 2 == 0 else thai(nid_w(p.nid, i))

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ")
        d.add_paragraph(f"ปีงบประมาณ พ.ศ. 2570\tเขียนที่ {TAO}\tวันที่ {5 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph("ข้อมูลคนพิการ")
        d.add_paragraph(f"ชื่อ-นามสกุล (ผู้ขอลงทะเบียน) {a.name}{DOTS}")
        d.add_paragraph(
            f"เกิดวันที่ {p.born.day} เดือน {MONTHS[p.born.month - 1]} พ.ศ. {p.born.year + 543} อายุ {2569 - (p.born.year + 543)} ปี สัญชาติ ไทย"
        )
        d.add_paragraph(f"เลขประจำตัวประชาชน {nid}{DOTS}")
        d.add_paragraph(f"ที่อยู่ตามทะเบียนบ้าน {home(a, i + 1)}{DOTS}")
        d.add_paragraph(f"โทรศัพท์{DOTS}-{DOTS}")
        d.add_paragraph("ประเภทความพิการ ☐ ทางการเห็น ☐ ทางการได้ยิน ☑ ทางการเคลื่อนไหวหรือทางร่างกาย")
        d.add_paragraph("ความประสงค์รับเงิน ☐ รับเงินสดด้วยตนเอง ☑ โอนเข้าบัญชีเงินฝากธนาคารในนามผู้ยื่นคำขอแทน")
        d.add_paragraph(
            f"ธนาคาร ธ.ก.ส. สาขาพัทลุง เลขที่บัญชี {('020-1-84457-2', '0201844572')[i % 2]} ชื่อบัญชี {cn}"
        )
        d.add_paragraph("กรณีผู้ยื่นคำขอแทน (ผู้ดูแลคนพิการ ผู้แทนโดยชอบธรรม ผู้พิทักษ์ ผู้อนุบาล)")
        d.add_paragraph(f"ชื่อ-นามสกุล {cn} เกี่ยวข้องกับคนพิการเป็น {rel}")
        d.add_paragraph(f"เลขประจำตัวประชาชน {nid_w(cid, i + 1)} ที่อยู่ {chome}")
        d.add_paragraph(f"โทรศัพท์ {mobile(cm, i)}")
        d.add_paragraph(
            f"ลงชื่อ{DOTS}ผู้ยื่นคำขอแทน\n({cn})\n\nลงชื่อ{DOTS}เจ้าหน้าที่ผู้รับลงทะเบียน\n(นายอนุวัฒน์ ขุนทอง)"
        )

    raw = message(i, "ส่งแบบคำขอลงทะเบียนเบี้ยความพิการ", f"Ratchanee C. <{CARERS[0][3]}>",
                  text="เรียน อบต.ท่ามิหรำ\nส่งแบบคำขอที่กรอกแล้วของแม่ค่ะ ต้นฉบับจะนำไปยื่นวันจันทร์\n",
                  files=(("แบบคำขอเบี้ยความพิการ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_allowance_form_dotted", raw, for_other(a, ALL))


def table_rows(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v


def docx_guardian_table_letter(a: Party, i: int) -> Case:
    """A court's ผู้พิทักษ์ (the ward's mother) asks the พมจ. in a Word letter to renew her
    grown son's card: a table of the ward's rows, then her own rows; the court's red case
    number; she signs."""
    p = a.p
    gn, gid, gm, gbox, ghome, role, case = GUARDIANS[1]

    def build(d: Any) -> None:
        d.add_paragraph(f"{5 + i % 20} ธันวาคม 2569", style=None).alignment = 2
        d.add_paragraph("เรื่อง ขอต่ออายุบัตรประจำตัวคนพิการ\nเรียน พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสงขลา")
        d.add_paragraph(
            f"ด้วยข้าพเจ้าเป็น{role}ของคนเสมือนไร้ความสามารถ ตามคำสั่งศาลจังหวัดนาทวี คดีหมายเลขแดงที่ {case} "
            "ขอยื่นคำขอต่ออายุบัตรประจำตัวคนพิการแทน ซึ่งบัตรจะหมดอายุในวันที่ "
            f"{thai_day(date(2027, 2, 10 + i % 9))} รายละเอียดดังนี้"
        )
        table_rows(d, [("ข้อมูลคนพิการ", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                       ("วันเกิด", born_th(p.born, i + 1)), ("ประเภทความพิการ", "ทางจิตใจหรือพฤติกรรม"),
                       ("ที่อยู่", home(a, i)),
                       (f"ข้อมูล{role}", ""), ("ชื่อ-สกุล", gn), ("เลขประจำตัวประชาชน", nid_w(gid, i)),
                       ("ที่อยู่", ghome), ("โทรศัพท์", mobile(gm, i + 1)), ("อีเมล", gbox)])  # fmt: skip
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({gn})\n{role}")

    raw = message(i, "ขอต่ออายุบัตรคนพิการ (ผู้พิทักษ์ยื่นแทน)", f"Yaowalak R. <{gbox}>",
                  text="เรียน พมจ.สงขลา\nแนบหนังสือขอต่ออายุบัตรคนพิการของลูกค่ะ\n",
                  files=(("ขอต่อบัตรคนพิการ.docx", docx_bytes(build), DOCX),), desk=3)  # fmt: skip
    return Case("docx_guardian_table_letter", raw, for_other(a, ALL))


def docx_thumbprint_poa(a: Party, i: int) -> Case:
    """A blind woman's หนังสือมอบอำนาจ in Word, signed by her thumbprint, lets her grandson
    take her allowance in cash: both IDs, ages, homes; two witnesses (one an อสม. with her
    card number); sent by the grandson."""
    p = a.p
    gs, gs_id, gs_m = (
        f"นายอนุชา {p.last}",
        with_check_digit(("180090071128", "193010092245")[i % 2]),
        "0657738120",
    )
    on, _oid, _om, ocard, _ = OSM[(i + 1) % 2]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(
            f"ทำที่ บ้านเลขที่ {p.house}\nวันที่ {thai(str(2 + i % 20))} เดือน ธันวาคม พ.ศ. {thai('2569')}"
        )
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} เป็นคนพิการทางการเห็น ขอมอบอำนาจให้ {gs} อายุ 24 ปี "
            f"เลขประจำตัวประชาชน {nid_w(gs_id, i + 1)} อยู่บ้านเลขที่ {p.house} {a.p.rest()} โทร {mobile(gs_m, i)} (หลาน) "
            "เป็นผู้รับเงินเบี้ยความพิการแทนข้าพเจ้า ประจำปีงบประมาณ 2570"
        )
        d.add_paragraph(
            f"ลงชื่อ (ลายพิมพ์นิ้วหัวแม่มือซ้าย) ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ{DOTS}ผู้รับมอบอำนาจ\n({gs})\n\n"
            f"ลงชื่อ{DOTS}พยาน\n({on}) อสม. บัตรเลขที่ {ocard}\nลงชื่อ{DOTS}พยาน/ผู้เขียน\n(นายสมชาย ดำแก้ว)"
        )

    raw = message(i, "หนังสือมอบอำนาจรับเบี้ยความพิการแทนยาย", f"Anucha <anucha.{('ss', 'bc')[i % 2]}{i}@gmail.com>",
                  text="สวัสดีครับ ส่งหนังสือมอบอำนาจของยายครับ ยายตาบอดพิมพ์ลายนิ้วมือแทนลายเซ็น\n",
                  files=(("มอบอำนาจ_ยาย.docx", docx_bytes(build), DOCX),), desk=2)  # fmt: skip
    return Case("docx_thumbprint_poa", raw, for_other(a, NO_BIRTH))


def docx_rpst_official_letter(a: Party, i: int) -> Case:
    """A รพ.สต.'s official letter in Word (ที่ พท 0033.301/..., the director signs): the
    patient named in the body with ID, birth date and home; the nurse named to contact
    with her mobile; the รพ.สต.'s address and line in the letterhead."""
    p = a.p
    nn, post, place, line, box, paddr = HOSPITAL[1]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ พท {thai('0033.301')}/{thai(str(418 + i))}\t\t\t{place}\n\t\t\t\t{paddr}"
        )
        d.add_paragraph(f"\t\t\t\t{8 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            "เรื่อง ขอความอนุเคราะห์ลงทะเบียนคนพิการรายใหม่\nเรียน นายกองค์การบริหารส่วนตำบลควนขนุน"
        )
        d.add_paragraph(
            f"ด้วย{place} ได้ตรวจเยี่ยมบ้าน{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i + 2)} ซึ่งมีภาวะพิการทางการได้ยินและสื่อความหมาย "
            "และได้รับเอกสารรับรองความพิการจากโรงพยาบาลควนขนุนแล้ว จึงขอความอนุเคราะห์ลงทะเบียนรับเงินเบี้ยความพิการ"
        )
        d.add_paragraph(
            f"ทั้งนี้ ได้มอบหมายให้ {nn} {post} โทร {mobile('0817730946', i + 1)} เป็นผู้ประสานงาน"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n(นายไพโรจน์ หนูชูสุข)\nผู้อำนวยการ{place}")
        d.add_paragraph(f"โทร {line}")

    raw = message(i, "หนังสือ รพ.สต. ขอลงทะเบียนคนพิการรายใหม่", f"{place} <{box}>",
                  text="เรียน อบต.ควนขนุน\nส่งหนังสือราชการตามแนบค่ะ\n",
                  files=(("หนังสือ_ลงทะเบียนคนพิการ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_rpst_official_letter", raw, for_other(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_card_form_textn(a: Party, i: int) -> Case:
    """The พมจ.'s fillable คำขอมีบัตรประจำตัวคนพิการ, its fields named Text1..Text14 as a
    form designer leaves them: the คนพิการ's lines, the ผู้ดูแล's (name, ID, relation,
    phone), the certifying doctor's (name, ว. licence, hospital)."""
    p = a.p
    cn, cid, cm, box, _chome, rel = carer_for(a, i % 2)
    doc, lic = DOCTORS[i % 2]
    labels = [(45, 18, "คำขอมีบัตรประจำตัวคนพิการ"), (60, 26, PMJ if i % 2 == 0 else "ศูนย์บริการคนพิการจังหวัดนครศรีธรรมราช"),
              (20, 40, "ชื่อ-นามสกุล"), (20, 50, "เลขประจำตัวประชาชน"), (125, 50, "วันเดือนปีเกิด"),
              (20, 60, "ที่อยู่ตามทะเบียนบ้าน"), (20, 70, "โทรศัพท์"), (20, 84, "ผู้ดูแลคนพิการ"),
              (20, 94, "เลขประจำตัวประชาชน"), (125, 94, "ความเกี่ยวข้อง"), (20, 104, "โทรศัพท์"),
              (20, 118, "แพทย์ผู้ออกเอกสารรับรองความพิการ"), (20, 128, "เลขที่ใบอนุญาต"), (100, 128, "สถานพยาบาล")]  # fmt: skip
    fields = [Field("Text1", a.name, 45, 40, 110), Field("Text2", p.nid, 60, 50, 55, comb=13),
              Field("Text3", born_th(p.born, i + 1), 150, 50, 45), Field("Text4", home(a, i + 2), 60, 60, 140),
              Field("Text5", "-", 45, 70, 50), Field("Text6", cn, 50, 84, 100),
              Field("Text7", cid, 60, 94, 55, comb=13), Field("Text8", rel, 150, 94, 40),
              Field("Text9", mobile(cm, i + 2), 45, 104, 50), Field("Text10", doc, 85, 118, 100),
              Field("Text11", lic, 55, 128, 40), Field("Text12", ("โรงพยาบาลสงขลา", "โรงพยาบาลมหาราชนครศรีธรรมราช")[i % 2], 125, 128, 70)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอมีบัตรประจำตัวคนพิการ (PDF)", f"{first_name(cn)} <{box}>",
                  text=f"เรียน เจ้าหน้าที่\nแนบคำขอมีบัตรคนพิการของ{a.name}\n",
                  files=(("คำขอมีบัตรคนพิการ.pdf", data, PDF),), desk=3)  # fmt: skip
    return Case("pdf_fillable_card_form_textn", raw, for_other(a, ALL))


def pdf_fillable_split_names(a: Party, i: int) -> Case:
    """A fillable allowance form with the name in parts (pwd_title as a combo box,
    pwd_fname, pwd_lname), the birth date in three boxes (B.E.), the home in parts
    (house, moo, tambon, amphoe, province, zip), then the caregiver's cg_* fields."""
    p = a.p
    cn, cid, cm, cbox, chome, _rel = carer_for(a, i + 1)
    labels = [(40, 18, "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ (กรอกได้)"), (20, 40, "คำนำหน้า"), (60, 40, "ชื่อ"),
              (125, 40, "นามสกุล"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "เกิดวันที่"), (70, 60, "เดือน"),
              (125, 60, "พ.ศ."), (20, 70, "บ้านเลขที่"), (70, 70, "หมู่ที่"), (110, 70, "ถนน"), (20, 80, "ตำบล"), (110, 80, "อำเภอ"),
              (20, 88, "จังหวัด"), (110, 88, "รหัสไปรษณีย์"), (20, 96, "ผู้ดูแล/ผู้ยื่นแทน"), (20, 106, "เลขประจำตัวประชาชนผู้ดูแล"),
              (20, 116, "ที่อยู่ผู้ดูแล"), (20, 126, "โทรศัพท์ผู้ดูแล")]  # fmt: skip
    titles = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")
    fields = [Field("pwd_title", p.title, 38, 40, 20, kind="choice", options=titles),
              Field("pwd_fname", p.first, 68, 40, 50), Field("pwd_lname", p.last, 140, 40, 50),
              Field("pwd_id", nid_w(p.nid, i), 60, 50, 60), Field("pwd_bd_d", str(p.born.day), 40, 60, 20),
              Field("pwd_bd_m", MONTHS[p.born.month - 1], 82, 60, 35), Field("pwd_bd_y", str(p.born.year + 543), 135, 60, 20),
              Field("pwd_house", p.house, 40, 70, 25), Field("pwd_moo", p.moo or "-", 85, 70, 15),
              Field("pwd_road", p.road or "-", 122, 70, 50), Field("pwd_tambon", p.tambon, 35, 80, 60),
              Field("pwd_amphoe", p.amphoe, 122, 80, 60), Field("pwd_province", p.province, 40, 88, 50),
              Field("pwd_zip", p.postal, 135, 88, 20),
              Field("cg_name", cn, 60, 96, 100), Field("cg_id", nid_w(cid, i + 1), 75, 106, 60),
              Field("cg_addr", chome, 50, 116, 150), Field("cg_tel", mobile(cm, i), 55, 126, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบฟอร์มเบี้ยความพิการ", f"{first_name(cn)} <{cbox}>",
                  text="กรอกแบบฟอร์มส่งมาตามที่แนะนำค่ะ/ครับ\n", files=(("form_pwd.pdf", data, PDF),), desk=1)  # fmt: skip
    e = for_other(a, ALL)
    e["full_name"] = parts_name(a)
    return Case("pdf_fillable_split_names", raw, e)


def pdf_typed_hospital_certificate(a: Party, i: int) -> Case:
    """A hospital's typed เอกสารรับรองความพิการ (Word to PDF), sent by the patient's son:
    the hospital's head (address, line), the patient's ID, birth date, home, HN; the
    doctor's name and ว. licence; the date of the examination."""
    p = a.p
    doc, lic = DOCTORS[(i + 1) % 2]
    hosp = ("โรงพยาบาลทุ่งสง", "โรงพยาบาลระโนด")[i % 2]
    haddr = ("ตำบลปากแพรก อำเภอทุ่งสง จังหวัดนครศรีธรรมราช 80110 โทร 075-411-280",
             "ตำบลระโนด อำเภอระโนด จังหวัดสงขลา 90140 โทร 074-391-115")[i % 2]  # fmt: skip
    paras: list[tuple[float, str]] = [
        (75, "เอกสารรับรองความพิการ"), (70, hosp), (40, haddr), (0, ""),
        (130, f"วันที่ตรวจ {thai_day(date(2026, 11, 12 + i % 15))}"), (0, ""),
        (20, f"ข้าพเจ้า {doc} ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ {lic} ได้ตรวจร่างกาย"),
        (20, f"ชื่อ {a.name} HN {57 + i}-00{4412 + i}"),
        (20, f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}"),
        (20, f"เกิดวันที่ {born_th(p.born, i + 1)}"),
        (20, f"ที่อยู่ {home(a, i + 2)}"),
        (20, "ขอรับรองว่าเป็นคนพิการ ประเภท ความพิการทางการเคลื่อนไหวหรือทางร่างกาย ระดับ ถาวร"),
        (20, "สาเหตุ อุบัติเหตุจราจร ได้รับบาดเจ็บไขสันหลัง"), (0, ""),
        (110, f"({doc})"), (112, "แพทย์ผู้ตรวจ"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    son = f"Kittipong {('Thongkham', 'Rattanaphan')[i % 2]}"
    raw = message(i, "ส่งเอกสารรับรองความพิการ", f"{son} <kittipong.{i}@gmail.com>",
                  text=f"เรียน เจ้าหน้าที่\nแนบใบรับรองความพิการจาก{hosp}ของ{a.name}ครับ จะขอทำบัตรคนพิการ\nกิตติพงษ์ (ญาติ) โทร {mobile('0882217405', i)}\n",
                  files=(("ใบรับรองความพิการ.pdf", data, PDF),), desk=i % 2 * 3)  # fmt: skip
    return Case("pdf_typed_hospital_certificate", raw, for_other(a, ALL))


def pdf_typed_osm_visit_report(a: Party, i: int) -> Case:
    """An อสม.'s typed home-visit report (Google Docs to PDF): her block at the top (name,
    card number, ID, mobile, village), the man visited (ID, birth date, home), what he
    needs; she signs at the foot."""
    p = a.p
    on, oid, om, ocard, village = OSM[i % 2]
    paras: list[tuple[float, str]] = [
        (60, "แบบรายงานการเยี่ยมบ้านคนพิการ/ผู้ป่วยติดเตียง"), (0, ""),
        (20, f"ผู้รายงาน {on} อสม.{village}"), (20, f"เลขที่บัตร อสม. {ocard}  เลขประจำตัวประชาชน {nid_w(oid, i + 1)}"),
        (20, f"โทร {mobile(om, i)}"), (0, ""),
        (20, f"วันที่เยี่ยม {thai_day(date(2026, 11, 25 + i % 5))}"),
        (20, f"ผู้ได้รับการเยี่ยม {a.name}"), (20, f"เลขประจำตัวประชาชน {thai(nid_w(p.nid, i))}"),
        (20, f"วันเกิด {born_th(p.born, i + 2)}"), (20, f"ที่อยู่ {home(a, i + 1)}"),
        (20, "สภาพ ติดเตียง ช่วยเหลือตัวเองไม่ได้ มีแผลกดทับที่ก้นกบ ยังไม่มีบัตรคนพิการ"),
        (20, "ความต้องการ ที่นอนลม แพมเพิส ลงทะเบียนเบี้ยความพิการ"), (0, ""),
        (110, f"ลงชื่อ {on}"), (115, "อสม. ผู้รายงาน"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(i, "รายงานเยี่ยมบ้านคนพิการ", f"{on[3:]} <osm.{ocard[-4:]}@gmail.com>",
                  text="เรียน งานสวัสดิการสังคม\nส่งรายงานเยี่ยมบ้านตามแนบค่ะ\n", files=(("รายงานเยี่ยมบ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_osm_visit_report", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_osm_survey_sheet(a: Party, i: int) -> Case:
    """An อสม.'s survey sheet: the head rows (her name, card number, ID, mobile, village),
    then the person's block as label/value rows (his mobile given as his in v2)."""
    p = a.p
    on, oid, om, ocard, village = OSM[(i + 1) % 2]
    own_phone = i % 2 == 1

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สำรวจคนพิการ"
        ws.append(("แบบสำรวจคนพิการในชุมชน ปี 2570",))
        ws.append(("ผู้สำรวจ (อสม.)", on, "เลขที่บัตร อสม.", ocard))
        ws.append(("เลขประจำตัวประชาชนผู้สำรวจ", nid_w(oid, i), "โทร", mobile(om, i)))
        ws.append(("หมู่บ้าน", village))
        ws.append(())
        ws.append(("ชื่อ-สกุลคนพิการ", a.name))
        ws.append(("เลขประจำตัวประชาชน", int(p.nid) if i % 2 == 0 else nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i) if own_phone else "ไม่มี"))
        ws.append(("ประเภทความพิการ", "ทางการเคลื่อนไหวหรือทางร่างกาย"))
        ws.append(("มีบัตรคนพิการ", "ยังไม่มี"))
        ws.append(("ได้รับเบี้ยความพิการ", "ยังไม่ได้รับ"))

    raw = message(i, "แบบสำรวจคนพิการ", f"{on[3:]} <osm.{ocard[-4:]}@gmail.com>",
                  text="เรียน อบต.\nส่งแบบสำรวจคนพิการรายใหม่ค่ะ\n", files=(("สำรวจคนพิการ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_osm_survey_sheet", raw, for_other(a, ALL, phone=own_phone))


def xlsx_sheet_per_person(a: Party, i: int) -> Case:
    """A caregiver's workbook: a sheet "ผู้ดูแล" first (her ID, home, mobile, account), then
    a sheet "คนพิการ" (the person's rows)."""
    p = a.p
    cn, cid, cm, cbox, chome, rel = carer_for(a, i + 2)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้ดูแล"
        for row in (("ชื่อ-สกุล", cn), ("เลขประจำตัวประชาชน", nid_w(cid, i)), ("ความเกี่ยวข้อง", rel),
                    ("ที่อยู่", chome), ("มือถือ", mobile(cm, i + 1)), ("บัญชีธนาคาร", "กรุงไทย 0981245563")):  # fmt: skip
            ws.append(row)
        ws2 = book.create_sheet("คนพิการ")
        for row in (("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)), ("วันเกิด", born_th(p.born, i + 2)),
                    ("ที่อยู่", home(a, i)), ("ประเภทความพิการ", "ทางการได้ยินหรือสื่อความหมาย"),
                    ("บัตรออกวันที่", "14/02/2565"), ("บัตรหมดอายุ", "13/02/2573")):  # fmt: skip
            ws2.append(row)

    raw = message(i, "ข้อมูลขอรับเบี้ยความพิการ", f"{first_name(cn)} <{cbox}>",
                  text="เรียน เจ้าหน้าที่\nส่งข้อมูลเป็นไฟล์ excel นะคะ/ครับ\n", files=(("ข้อมูลคนพิการ.xlsx", xlsx_bytes(build), XLSX),), desk=i)  # fmt: skip
    return Case("xlsx_sheet_per_person", raw, for_other(a, ALL))


def xlsx_hospital_referral_row(a: Party, i: int) -> Case:
    """A hospital's referral sheet: its head (hospital, address, line, social worker), one
    header row and the patient's row (HN, name, ID, birth date, home, a relative's phone,
    the doctor and licence)."""
    p = a.p
    sn, post, hosp, line, box, haddr = HOSPITAL[0]
    doc, lic = DOCTORS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ส่งต่อ"
        ws.append((f"รายชื่อผู้ป่วยส่งต่อเพื่อลงทะเบียนคนพิการ {hosp}",))
        ws.append(("ที่อยู่", haddr, "", "โทร", line))
        ws.append(("ผู้ประสาน", f"{sn} {post}"))
        ws.append(())
        ws.append(
            ("ลำดับ", "HN", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "เบอร์ญาติ", "แพทย์ผู้รับรอง")
        )
        ws.append((1, f"66-0{31120 + i}", a.name, nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i + 1),
                   mobile("0857714429", i), f"{doc} {lic}"))  # fmt: skip

    raw = message(i, f"ส่งต่อผู้ป่วยลงทะเบียนคนพิการ ({hosp})", f"{sn[6:]} <{box}>",
                  text="เรียน กองสวัสดิการสังคม\nแนบรายชื่อผู้ป่วยส่งต่อค่ะ\n", files=(("referral.xlsx", xlsx_bytes(build), XLSX),), desk=1)  # fmt: skip
    return Case("xlsx_hospital_referral_row", raw, for_other(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two people it is for (indices into PEOPLE). The caregiver's own loan
# is the mother's (CARER-like applicants made as Parties below).
LOANERS: tuple[Party, ...] = (
    P("นาง", "สุภาพร", "อินทร์ทอง", "393010039915", date(1984, 10, 6), "0819947731", "supaporn.it@gmail.com",
      "17", "", "", "อภัยบริรักษ์", "คูหาสวรรค์", "เมืองพัทลุง", PT, "93000"),
    P("นาง", "จารุณี", "ทองขาว", "393990028804", date(1988, 1, 19), "0928847713", "jarunee.tk@hotmail.com",
      "76", "10", "", "", "ปากพะยูน", "ปากพะยูน", PT, "93120"),
)  # fmt: skip

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_daughter_new_card, (0, 4)),
    (plain_line_chat_osm_forward, (9, 12)),
    (plain_deaf_man_own_renewal, (5, 3)),
    (plain_guardian_payee_change, (6, 1)),
    (plain_outlook_hospital_social_worker, (3, 9)),
    (html_gmail_reply_missing_months, (1, 9)),
    (html_eservice_notice_table, (4, 10)),
    (html_outlook_rpst_nurse_referral, (3, 7)),
    (html_gmail_caregiver_own_loan, (-1, -2)),
    (docx_allowance_form_dotted, (0, 4)),
    (docx_guardian_table_letter, (7, 11)),
    (docx_thumbprint_poa, (6, 12)),
    (docx_rpst_official_letter, (3, 13)),
    (pdf_fillable_card_form_textn, (8, 1)),
    (pdf_fillable_split_names, (10, 11)),
    (pdf_typed_hospital_certificate, (2, 7)),
    (pdf_typed_osm_visit_report, (0, 12)),
    (xlsx_osm_survey_sheet, (9, 2)),
    (xlsx_sheet_per_person, (13, 8)),
    (xlsx_hospital_referral_row, (4, 0)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants); negative indices are the caregivers who ask
    their own loan (LOANERS)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            who = LOANERS[-n - 1] if n < 0 else PEOPLE[n]
            cases.append(style(who, 2 * s + k))
    return cases
