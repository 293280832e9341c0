"""A hundred-and-eighth set of requests written by someone who had not read the readers
(issue 8): COMPLAINTS ABOUT OFFICIALS AND SERVICE in นครพนม, มุกดาหาร and สกลนคร, to the
ศูนย์ดำรงธรรมจังหวัด of the three provinces, the ศูนย์ดำรงธรรมอำเภอธาตุพนม, เทศบาลเมือง
นครพนม, เทศบาลเมืองมุกดาหาร, เทศบาลนครสกลนคร and the อบต. around them. A clerk who shouted
at a woman at the registry counter (her queue ticket, the desk's line with its extension);
a land surveyor who asked "ค่าน้ำมันรถ" for a survey a year late (deed, parcel, survey page,
request and receipt numbers, a bank account of ten digits opening 0, the surveyor's
mobile); a building permit five months late (a LINE chat with the works clerk exported and
pasted, his mobile, the request's number); an elder's allowance cut because the register
had her dead, written by a legal-aid volunteer of the สภาทนายความ (the volunteer's line and
mobile, the headman's mobile); anonymous whistleblowers about a road contract and jobs sold
at a town hall (a throwaway box, a call-back number in one; the contractor's juristic
number and office, his wife's ID, contract and e-GP numbers, the road's place); the
ศูนย์ดำรงธรรมอำเภอ forwarding a case as a table (the officer's line, fax and box, the
respondent's office); a partnership and a company whose health-licence renewal was stalled
(the signer's Outlook signature, the staff contact's mobile); a reply over the clerk's
acknowledgement (her first mail quoted with an old mobile); a province's complaint web form
(address in parts, "ปกปิดชื่อ: ต้องการ"); the ศูนย์ดำรงธรรม's paper form typed over dotted
lines and sent by a nephew or a son; a lawyer's letterhead letter for a client; an
employee who names herself but asks to be kept secret (witnesses' mobiles); the ITA
complaint form as a Word table (Thai digits in v2); fillable PDFs (complainant_*/accused_*
fields; the centre's form with Thai names, the address in boxes and the officer's part); a
community-justice volunteer's typed letter (his block top left); a typed complaint with the
writer's block top right (Thai digits in v2); a complainant's log of calls, market vendors'
signers under their leader's block, the centre's register row.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, the earlier sets'
first docstrings and set 84's test comments).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks; for a body the natural person who signs), sets 31/63 (a service for one
person asked by another is the one it is for), set 37 (where only another's phone is
given, phone `()`), set 68 (the complainant, never the official complained of; an
anonymous whistleblower: name, ID, address, province, postal code `()`, her box her e-mail,
her phone only where she leaves one), set 90 (one who asks not to be named but gives her
name and contacts is the applicant: the office must reach her) and sets 56/60/101 (a body:
the natural person who signs, his ID where given, else `()`; the body's office, line or
his mobile, box). So:
- the APPLICANT IS THE COMPLAINANT (ผู้ร้อง, ผู้ร้องเรียน), also where a lawyer, a legal-aid
  or community-justice volunteer, a nephew, a son or the ศูนย์ดำรงธรรม writes or sends for
  her: her name, ID, home, her own phone where written as hers; the sender's name, ID,
  licence, office, line, mobile and box never (phone `()` where only theirs appear; e-mail
  `()` where another sends and she gives no box of her own).
- the OFFICIAL COMPLAINED OF (ผู้ถูกร้อง: name, post, unit, desk line with ต่อ, mobile, his
  office's address), the clerk who acknowledges, the centre's officer, witnesses,
  colleagues, the headman, vendors who co-sign, a contractor, its partner's ID and office
  are never the applicant's.
- address: where the complainant lives, from the house number to the อำเภอ (from the
  boxes where a form splits it), with or without เลขที่/บ้านเลขที่, province and postal
  code; Thai digits accepted as typed. The office where it happened, the road's place, a
  workplace, the volunteer's or lawyer's office never.
- birth_date ISO, only the complainant's; where only an age (อายุ ... ปี) is written,
  `()`; a visit's, a letter's, a chat's or a request's date never.
- deed, parcel, survey page, request, receipt, queue, case, contract, e-GP, bank account,
  juristic and licence numbers and amounts are never an ID or a phone.
Everyone, every firm and every number is invented (13-digit numbers with a valid check
digit, made by with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and
belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

NP = "นครพนม"
MD = "มุกดาหาร"
SN = "สกลนคร"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected
CENTRE_BOX = {
    NP: "damrongdham@nakhonphanom.example.go.th",
    MD: "damrongdham@mukdahan.example.go.th",
    SN: "damrongdham@sakonnakhon.example.go.th",
}
HALL_LINE = {NP: "042-511-424", MD: "042-611-385", SN: "042-711-870"}  # the centres' lines
AMPHOE_EN = {"สว่างแดนดิน": "sawangdaendin", "คำชะอี": "khamchai", "ธาตุพนม": "thatphanom"}

# The complainants.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือง", "ศรีสุราช", "348010023415", date(1963, 5, 14), "0817082451", "boonruang.ss@gmail.com",
      "112", "5", "", "", "หนองญาติ", "เมืองนครพนม", NP, "48000"),
    P("นาย", "สมพงษ์", "ไชยวงศ์", "348050012276", date(1958, 9, 2), "0869541238", "sompong.cw@hotmail.com",
      "45", "9", "", "", "ฝั่งแดง", "ธาตุพนม", NP, "48110"),
    P("นางสาว", "ปิยะนุช", "วงศ์กาฬสินธุ์", "148010005613", date(1990, 2, 27), "0935847126", "piyanuch.wk@gmail.com",
      "27/4", "", "", "อภิบาลบัญชา", "ในเมือง", "เมืองนครพนม", NP, "48000"),
    P("นาย", "วีระชัย", "ศรีวรขาน", "347010034581", date(1969, 12, 8), "0849031576", "weerachai.sw@gmail.com",
      "88", "", "", "สุขเกษม", "ธาตุเชิงชุม", "เมืองสกลนคร", SN, "47000"),
    P("นาง", "จันทร์เพ็ญ", "ภูผาวงศ์", "347120015528", date(1955, 7, 19), "0878823014", "",
      "156", "3", "", "", "บ้านต้าย", "สว่างแดนดิน", SN, "47110"),
    P("นาย", "ประสิทธิ์", "แสนสุภา", "349010027764", date(1961, 3, 30), "0815749302", "prasit.ss61@yahoo.com",
      "9", "7", "", "", "บางทรายใหญ่", "เมืองมุกดาหาร", MD, "49000"),
    P("นางสาว", "อรวรรณ", "คำมุงคุณ", "149990034417", date(1994, 11, 11), "0628175394", "orawan.km@gmail.com",
      "201/3", "", "", "พิทักษ์พนมเขต", "มุกดาหาร", "เมืองมุกดาหาร", MD, "49000"),
    P("นาย", "ทองใบ", "โคตรชมภู", "349050008832", date(1950, 1, 5), "0895126730", "",
      "34", "2", "", "", "คำชะอี", "คำชะอี", MD, "49110"),
    P("นาง", "สุภาวดี", "อุปพงษ์", "347090041167", date(1972, 6, 23), "0862290417", "supawadee.up@hotmail.com",
      "71", "11", "", "", "พังโคน", "พังโคน", SN, "47160"),
    P("นาย", "ณรงค์ฤทธิ์", "ศรีสุวอ", "147010052239", date(1987, 4, 17), "0917730568", "narongrit.ss@gmail.com",
      "5/12", "4", "", "", "งิ้วด่อน", "เมืองสกลนคร", SN, "47000"),
    P("นาง", "ละเอียด", "พิมพ์ศรี", "348060019945", date(1966, 10, 9), "0843372915", "laiad.ps@gmail.com",
      "63", "1", "", "", "เรณู", "เรณูนคร", NP, "48170"),
    P("นาย", "อนุสรณ์", "ไชยชมภู", "148050061128", date(1985, 8, 28), "0659814402", "anusorn.cc@outlook.com",
      "18", "6", "", "", "นาถ่อน", "ธาตุพนม", NP, "48110"),
    P("นาง", "ศศิธร", "บุตรดีวงศ์", "349030022471", date(1977, 2, 14), "0806634198", "sasithorn.bd@gmail.com",
      "102", "8", "", "", "ดอนตาล", "ดอนตาล", MD, "49120"),
    P("นาย", "พิทักษ์", "อินธิแสง", "347080036654", date(1974, 5, 3), "0824418357", "",
      "217", "10", "", "", "วานรนิวาส", "วานรนิวาส", SN, "47120"),
)  # fmt: skip

# A partnership and a company whose licence was stalled; each one's signer (name, ID or "",
# post, mobile) and a staff contact (name, mobile).
FIRMS: tuple[Party, ...] = (
    P("ห้างหุ้นส่วนจำกัด ", "มุกดาหารวัสดุภัณฑ์", "", "049355600071", NONE, "042611457", "office@mdh-material.example.co.th",
      "199", "", "", "ชยางกูร", "มุกดาหาร", "เมืองมุกดาหาร", MD, "49000", juristic=True),
    P("บริษัท ", "สกลเฟรชฟู้ด", "จำกัด", "047555800234", NONE, "042713884", "admin@sakonfresh.example.co.th",
      "77", "6", "", "", "ฮางโฮง", "เมืองสกลนคร", SN, "47000", juristic=True),
)  # fmt: skip
SIGNERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายธนกฤต วงศ์ไชยสุวรรณ", with_check_digit("349010066125"), "หุ้นส่วนผู้จัดการ", "0819547703", "thanakrit@mdh-material.example.co.th"),
    ("นางสาวพิมพ์ลดา อุดมศักดิ์", "", "กรรมการผู้จัดการ", "0897741620", "pimlada.u@sakonfresh.example.co.th"),
)  # fmt: skip
STAFF: tuple[tuple[str, str], ...] = (
    ("นางสาวเบญจวรรณ ศรีทา", "0952286417"),
    ("นายจักรพันธ์ พลราชม", "0634419058"),
)

# Lawyers (name, licence, office, line, mobile, box) by province.
LAWYERS: dict[str, tuple[str, str, str, str, str, str]] = {
    NP: ("นายธีรพงษ์ ศรีมงคล", "8842/2551", "219 ถนนนิตโย ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000",
         "042-514-337", "081-265-3390", "theerapong.law@gmail.com"),
    SN: ("นางวิมลรัตน์ จันทร์โสดา", "14027/2556", "45/3 ถนนสุขเกษม ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000",
         "042-733-918", "089-417-2265", "wimonrat.lawoffice@gmail.com"),
}  # fmt: skip

# Legal-aid volunteers of the Lawyers Council's provincial centre (name, post, line, mobile, box).
VOLUNTEERS: dict[str, tuple[str, str, str, str, str]] = {
    SN: ("นางสาวมยุรี คำภักดี", "อาสาสมัครช่วยเหลือทางกฎหมาย ศูนย์ช่วยเหลือทางกฎหมาย สภาทนายความจังหวัดสกลนคร",
         "042-716-402", "0957718046", "mayuree.kp@outlook.com"),
    MD: ("นายสุทธิพงษ์ แก้วมะไฟ", "อาสาสมัครช่วยเหลือทางกฎหมาย ศูนย์ช่วยเหลือทางกฎหมาย สภาทนายความจังหวัดมุกดาหาร",
         "042-612-418", "0867402291", "sutthipong.km@outlook.com"),
}  # fmt: skip


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), headers: tuple[tuple[str, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 16 + n % 12, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set108-{n}@example.net>"
    for k, v in headers:
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(d: date) -> int:
    return 2026 - d.year - ((d.month, d.day) > (11, 20))


def thai_day(d: date, short: bool = False) -> str:
    return f"{d.day} {(MONTHS_SHORT if short else MONTHS)[d.month - 1]} {d.year + 543}"


def dotted(value: str, n: int = 6) -> str:
    """A value typed over a form's dotted line, dots left on both sides."""
    return f"{'.' * n}{value}{'.' * n}"


# --- what a clerk accepts --------------------------------------------------------------------


def mine(
    a: Party, keys: str, *, box: bool = True, thai_digits: bool = False
) -> dict[str, tuple[str, ...]]:
    """The complainant's own values; e-mail `()` where another's box sends and she gives
    none; birth_date `()` where only her age is written (keys list it, the caller says)."""
    e = exp(a, keys)
    if "email" in e and (not box or not a.p.email):
        e["email"] = ()
    if thai_digits and "address" in e:
        e["address"] += tuple(thai(x) for x in e["address"])
    return e


def for_other(a: Party, keys: str, *, own_phone: bool = False) -> dict[str, tuple[str, ...]]:
    """Written and sent by another for her: her phone only where written as hers, e-mail `()`."""
    e = mine(a, keys, box=False)
    if not own_phone:
        e["phone"] = ()
    return e


def only_age(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    e["birth_date"] = ()
    return e


def anonymous(box: str, phone: str) -> dict[str, tuple[str, ...]]:
    return {
        "full_name": (),
        "national_id": (),
        "phone": ("+66" + phone[1:], phone) if phone else (),
        "email": (box,),
        "address": (),
        "postal_code": (),
        "province": (),
    }


def firm(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    f = FIRMS[k]
    name, nid, _, mob, box = SIGNERS[k]
    e = exp(f, keys)
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if nid else ()
    e["phone"] += ("+66" + mob[1:], mob)
    e["email"] = (box, f.p.email)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_rude_clerk": "the woman who was shouted at; never the registry clerk (her desk line)",
    "plain_gmail_bribe_land_office": "the owner who asks secrecy but signs (set 90); never the surveyor, his wife's account",
    "plain_line_chat_permit_delay": "the permit's applicant who forwards his LINE chat; never the works clerk (his mobile)",
    "plain_outlook_legal_aid_volunteer": "the elder the volunteer writes for; never the volunteer, the headman, the clerk",
    "plain_anonymous_whistleblower": "no one named: her box, her call-back number in v2; never the official, contractor, partner",
    "html_outlook_damrongdham_case_table": "the complainant in the centre's table; never the centre's officer or the respondent",
    "html_outlook_firm_licence_stalled": "the signer (his ID in v1); the firm's office, line, box or his; never the staff contact",
    "html_iphone_reply_over_clerk": "the complainant whose first mail is quoted; her new mobile; never the clerk who answered",
    "html_webform_complaint_notice": "the ผู้ร้อง of the web form (address from parts); never the accused official",
    "docx_damrongdham_dotted_form": "the ผู้ร้อง on the dotted lines; never the nephew or son who typed and sent it",
    "docx_lawyer_letterhead_client": "the client (ลูกความ); never the lawyer on the letterhead; client's phone in v2 only",
    "docx_whistleblower_named_secret": "the employee who names herself and asks secrecy; never the ปลัด or the witnesses",
    "docx_ita_complaint_table": "the ผู้ร้องเรียน rows of the ITA table; never the ผู้ถูกร้องเรียน rows",
    "pdf_fillable_complainant_accused": "the complainant_* fields; never the accused_* fields",
    "pdf_fillable_damrongdham_parts": "the ผู้ร้อง (address from boxes); never the ผู้ถูกร้อง or the centre's officer",
    "pdf_typed_community_justice_letter": "the villager the volunteer writes for; never the volunteer's block top left",
    "pdf_typed_complaint_block_right": "the writer who signs (block top right); never the ปลัดอำเภอ complained of",
    "xlsx_complaint_call_log": "the complainant of the head block; never the officials in the log's rows",
    "xlsx_vendors_signers_sheet": "the vendors' leader who files (head block); never the signers' rows or the inspector",
    "xlsx_damrongdham_register_row": "the ผู้ร้อง in the register's row; never the respondent or the officer who sends",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_rude_clerk(a: Party, i: int) -> Case:
    """A woman's iPhone mail to the province's ศูนย์ดำรงธรรม: the registry clerk at the
    district office shouted at her and threw back her papers; the queue ticket, the desk's
    line with its extension; v2 typed with Thai digits."""
    p = a.p
    clerk, post, desk = (("นางสาวกาญจนา ศรีบุญเรือง", "เจ้าพนักงานปกครองปฏิบัติงาน", "042-511-062 ต่อ 115"),
                         ("นางรัชนี วงศ์ละคร", "เจ้าพนักงานปกครองชำนาญงาน", "042-579-134 ต่อ 12"))[i % 2]  # fmt: skip
    text = (
        f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}\n\n"
        f"ดิฉันชื่อ {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)}\n"
        f"เมื่อวันที่ {thai_day(date(2026, 11, 3 + i % 5), short=True)} ดิฉันไปขอคัดสำเนาทะเบียนบ้าน (ท.ร.14) ที่งานทะเบียน ที่ว่าการอำเภอ{p.amphoe} "
        f"ได้บัตรคิวหมายเลข A0{47 + i} รอตั้งแต่ 08.30 น. จนเกือบ 11.00 น.\n"
        f"พอถึงคิว เจ้าหน้าที่ผู้หญิง ป้ายชื่อหน้าโต๊ะเขียนว่า {clerk} ตำแหน่ง {post} พูดจาไม่สุภาพ "
        'ตะคอกว่า "ป้าไม่รู้เรื่องก็กลับไปเอาเอกสารมาใหม่" แล้วโยนสำเนาบัตรคืนมาต่อหน้าคนอื่น ทั้งที่ดิฉันเอาเอกสารมาครบ\n'
        f"ดิฉันโทรไปถามที่เบอร์โต๊ะ {desk} ตามที่ติดไว้หน้าห้อง ก็ไม่มีคนรับสาย\n"
        f"ขอให้ตรวจสอบและตักเตือนเจ้าหน้าที่คนนี้ด้วยค่ะ ถ้าต้องการสอบถามเพิ่ม โทรหาดิฉันได้ที่ {mobile(p.mobile, i)}\n\n"
        f"{a.name}\n"
    )
    if i % 2:
        text = thai(text)
    text += "\nส่งจาก iPhone ของฉัน\n"
    raw = message(i, "ร้องเรียนเจ้าหน้าที่งานทะเบียนพูดจาไม่สุภาพ", own_box(a), CENTRE_BOX[p.province], text=text,
                  headers=(("X-Mailer", "iPhone Mail (22B91)"),))  # fmt: skip
    return Case("plain_iphone_rude_clerk", raw, mine(a, NO_BIRTH, thai_digits=bool(i % 2)))


def plain_gmail_bribe_land_office(a: Party, i: int) -> Case:
    """An owner's Gmail: a surveyor of the land office asked "ค่าน้ำมันรถ" to a bank account
    for a survey a year late; the deed, parcel, survey page, request and receipt numbers;
    the surveyor's mobile; "ขอให้ปกปิดชื่อ" but the writer's name, age, ID, home and phone."""
    p = a.p
    surveyor, smob, wife, account = (("นายสุรศักดิ์ มะลาศรี", "081-728-9534", "นางอุไร มะลาศรี", "043-8-61275-9"),
                                     ("นายวัชระ ทองปัญญา", "089-630-4172", "นางสาวกิตติยา ทองปัญญา", "020-1-73384-6"))[i % 2]  # fmt: skip
    text = (
        f"เรียน ผู้ว่าราชการจังหวัดมุกดาหาร\nผ่าน ศูนย์ดำรงธรรมจังหวัดมุกดาหาร\n\n"
        f"ข้าพเจ้า {a.name} อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
        f"อยู่บ้านเลขที่ {home(a, i + 1)} โทร {mobile(p.mobile, i + 1)}\n"
        f"ขอร้องเรียนเจ้าหน้าที่สำนักงานที่ดินจังหวัดมุกดาหาร คือ {surveyor} ตำแหน่ง นายช่างรังวัดชำนาญงาน\n\n"
        f"ข้าพเจ้ายื่นคำขอรังวัดสอบเขตที่ดิน โฉนดเลขที่ {28417 + 93 * i} เลขที่ดิน {156 + i} หน้าสำรวจ {3391 + 7 * i} "
        f"ตามคำขอที่ {1187 + i}/2568 ชำระค่าธรรมเนียมแล้วตามใบเสร็จเลขที่ 0045{219 + i} จำนวน 2,640 บาท "
        "เมื่อวันที่ 12 พฤศจิกายน 2568 จนบัดนี้ครบหนึ่งปียังไม่มีการนัดรังวัด\n"
        f"ต่อมาวันที่ 8 ตุลาคม 2569 {surveyor.split()[0]}ฯ โทรจากเบอร์ {smob} มาบอกว่าถ้าอยากให้เร็ว "
        f'ต้องจ่าย "ค่าน้ำมันรถ" 5,000 บาท โอนเข้าบัญชีธนาคารกสิกรไทย เลขที่ {account} ชื่อบัญชี {wife}\n'
        "ข้าพเจ้าไม่ได้โอนเพราะเห็นว่าไม่ถูกต้อง จึงขอร้องเรียนให้ตรวจสอบ "
        "และขอให้ปกปิดชื่อและที่อยู่ของข้าพเจ้า เนื่องจากเกรงว่าจะถูกกลั่นแกล้งเรื่องที่ดินในภายหลัง\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(
        i, "ร้องเรียนเจ้าหน้าที่เรียกรับเงิน (ขอปกปิดชื่อผู้ร้อง)", own_box(a), CENTRE_BOX[MD], text=text
    )
    return Case("plain_gmail_bribe_land_office", raw, only_age(mine(a, ALL)))


def line_day(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}({('จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.')[d.weekday()]})"


def plain_line_chat_permit_delay(a: Party, i: int) -> Case:
    """A house owner's Gmail: his building permit (ข.1) five months late; his lines, then
    the LINE chat with the works clerk exported and pasted (his ID typed in the chat, the
    clerk's mobile and "คุยกันที่ร้านกาแฟ")."""
    p = a.p
    office = "เทศบาลนครสกลนคร" if p.tambon == "ธาตุเชิงชุม" else f"องค์การบริหารส่วนตำบล{p.tambon}"
    clerk, cmob = (("ช่างเกรียงไกร กองช่าง", "085-331-6920"), ("Somkiat นายช่าง", "0873304196"))[i % 2]
    me_disp = (p.first, f"{p.first} {p.last[:2]}.")[i % 2]
    no = f"{457 + i}/2569"
    chat = [
        f"[LINE] ประวัติการแชทกับ {clerk}",
        "บันทึกเมื่อ: 2026/11/29 21:07",
        "",
        line_day(date(2026, 7, 2)),
        f"10:14\t{me_disp}\tสวัสดีครับ สอบถามคำขอ ข.1 เลขรับ {no} ครับ",
        f"10:41\t{clerk}\tขอชื่อกับเลขบัตรผู้ยื่นด้วยครับ",
        f"10:43\t{me_disp}\t{a.name} {p.nid}",
        f"10:52\t{clerk}\tอยู่ระหว่างตรวจแบบครับ รอวิศวกรเซ็นรับรอง",
        line_day(date(2026, 8, 18)),
        f"13:05\t{me_disp}\tวิศวกรเซ็นแล้วนะครับ ส่งแบบแก้ไขไปวันที่ 10",
        f"16:30\t{clerk}\tรับทราบครับ รอนายกลงนาม",
        line_day(date(2026, 10, 12)),
        f"15:20\t{me_disp}\tผ่านมาสี่เดือนแล้วครับ ผู้รับเหมารอเริ่มงาน",
        f"16:05\t{clerk}\tช่วงนี้งานเยอะครับ ถ้ารีบโทรหาผม {cmob} แล้วค่อยนัดคุยกันที่ร้านกาแฟหน้าสำนักงาน",
        line_day(date(2026, 11, 20)),
        f"09:02\t{me_disp}\t[รูปภาพ]",
        f"09:03\t{me_disp}\tใบเสร็จค่าธรรมเนียมเล่มที่ 12 เลขที่ {5518 + i} ครับ ยังไม่มีความคืบหน้าเลย",
    ]
    text = (
        f"เรียน นายก{office}\nสำเนาเรียน ศูนย์ดำรงธรรมจังหวัดสกลนคร\n\n"
        f"ผม {a.name} ยื่นคำขออนุญาตก่อสร้างอาคาร (แบบ ข.1) บ้านพักอาศัย 2 ชั้น ที่กองช่าง เมื่อวันที่ 4 มิถุนายน 2569 "
        f"เลขรับที่ {no} ผ่านมาเกือบ 6 เดือนยังไม่ได้ใบอนุญาต ทั้งที่กฎหมายควบคุมอาคารกำหนดให้พิจารณาภายใน 45 วัน "
        'ผมติดตามทาง LINE กับเจ้าหน้าที่หลายครั้ง ได้คำตอบแค่ให้รอ ล่าสุดให้ไป "คุยกันที่ร้านกาแฟ" '
        "ผมเห็นว่าไม่เหมาะสม จึงขอร้องเรียนครับ ส่งประวัติแชทมาเป็นหลักฐานด้านล่าง\n\n"
        f"ผู้ร้อง {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nที่อยู่ {home(a, i)}\n"
        f"โทร {mobile(p.mobile, i + 2)}\n\n"
        "-------- ประวัติแชท LINE (ส่งออกจากโทรศัพท์) --------\n" + "\n".join(chat) + "\n"
    )
    raw = message(
        i, f"ร้องเรียนความล่าช้าคำขออนุญาตก่อสร้าง เลขรับ {no}", own_box(a), CENTRE_BOX[SN], text=text
    )
    return Case("plain_line_chat_permit_delay", raw, mine(a, NO_BIRTH))


def plain_outlook_legal_aid_volunteer(a: Party, i: int) -> Case:
    """A legal-aid volunteer of the สภาทนายความ's centre writes from Outlook for Android for
    an elder whose allowance stopped (the register had her dead) and whom the clerk sent
    away: the elder's ID, birth date and home; a bank account; the volunteer's line and
    mobile; the headman's mobile as the way to reach the elder."""
    p = a.p
    vol, post, line, vmob, vbox = VOLUNTEERS[p.province]
    kin = "ยาย" if p.title != "นาย" else "ตา"
    clerk, cpost = (("นางสาวสุดารัตน์ พรมมา", "นักพัฒนาชุมชนปฏิบัติการ"), ("นายอำนาจ ศรีลาชัย", "เจ้าพนักงานธุรการชำนาญงาน"))[i % 2]  # fmt: skip
    headman, hmob = (("นายสมัย ภูผาวงศ์", "0887341120"), ("นายบุญหลาย โคตรชมภู", "0621873345"))[i % 2]
    text = (
        f"เรียน นายอำเภอ{p.amphoe}\nสำเนาเรียน นายกองค์การบริหารส่วนตำบล{p.tambon}\n\n"
        f"{'ดิฉัน' if vol.startswith('นางสาว') else 'ผม'} {vol} {post} ได้รับการร้องขอความช่วยเหลือจาก {a.name} "
        f"อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i + 2)}\n\n"
        "ข้อเท็จจริง: ผู้ร้องได้รับเงินเบี้ยยังชีพผู้สูงอายุมาตั้งแต่ปี 2558 แต่ตั้งแต่เดือนสิงหาคม 2569 "
        f"เงินไม่เข้าบัญชี ธ.ก.ส. เลขที่ 020-0-45{718 + i}-3 ผู้ร้องไปสอบถามที่ อบต. เจ้าหน้าที่ชื่อ {clerk} ({cpost}) "
        f'ตอบว่า "ในระบบ{kin}ตายแล้ว ไปแก้ที่อำเภอเอง" และไม่รับเรื่อง ทั้งที่ผู้ร้องยังมีชีวิตอยู่และไปแสดงตนด้วยตนเอง '
        "ผู้ร้องเดินทางไปมาสามครั้ง เสียค่ารถครั้งละ 200 บาท\n\n"
        "จึงขอความอนุเคราะห์ตรวจสอบสถานะบุคคลในทะเบียนราษฎร แก้ไขให้ถูกต้อง "
        "และให้ อบต. จ่ายเบี้ยยังชีพที่ค้างย้อนหลัง 4 เดือน เดือนละ 800 บาท\n"
        f"ผู้ร้องไม่มีโทรศัพท์ของตนเอง หากต้องการสอบถาม กรุณาติดต่อผู้เขียน หรือผู้ใหญ่บ้าน {headman} โทร {mobile(hmob, i)}\n\n"
        f"ขอแสดงความนับถือ\n{vol}\n{post}\nโทร {line} มือถือ {mobile(vmob, i + 1)}\n\n"
        "รับ Outlook สำหรับ Android\n"
    )
    raw = message(i, f"ขอความช่วยเหลือ กรณีเบี้ยยังชีพผู้สูงอายุถูกระงับ ({a.name})", f"{vol[len('นางสาว') if vol.startswith('นางสาว') else 3:]} <{vbox}>",
                  f"saraban.{AMPHOE_EN[p.amphoe]}@dopa.example.go.th", text=text)  # fmt: skip
    return Case("plain_outlook_legal_aid_volunteer", raw, for_other(a, ALL))


ANON: tuple[tuple[str, str, str], ...] = (
    ("ประชาชนตำบลนาสะเม็ง", "nasameng.people69@gmail.com", ""),
    ("ไม่ประสงค์ออกนาม", "wariches.watch@outlook.com", "0639152274"),
)


def plain_anonymous_whistleblower(a: Party, i: int) -> Case:
    """A whistleblower's webmail with no name: v1 a road contract (the contractor's
    juristic number, office and line, the partner's ID who is the works director's wife,
    his mobile, contract and e-GP numbers, the road's place); v2 jobs sold at a town hall
    (the official's mobile, a bank account, a call-back number for SMS only)."""
    disp, box, phone = ANON[i % 2]
    if i % 2 == 0:
        text = (
            "เรียน ผู้ว่าราชการจังหวัดมุกดาหาร\n\n"
            "ข้าพเจ้าเป็นประชาชนในพื้นที่ ขอไม่เปิดเผยชื่อเพราะเกรงจะได้รับอันตราย\n"
            "ขอแจ้งเบาะแสโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนาสะเม็ง-บ้านโนนสว่าง หมู่ที่ 4 ตำบลนาสะเม็ง อำเภอดอนตาล "
            "ขององค์การบริหารส่วนตำบลนาสะเม็ง งบประมาณ 1,480,000 บาท สัญญาจ้างเลขที่ 12/2569 เลขที่โครงการ e-GP 69037184520\n"
            f"ผู้รับจ้างคือ ห้างหุ้นส่วนจำกัด ดอนตาลรุ่งเรืองก่อสร้าง ทะเบียนนิติบุคคลเลขที่ {with_check_digit('049355400812')} "
            "ตั้งอยู่เลขที่ 88 หมู่ 1 ตำบลดอนตาล อำเภอดอนตาล จังหวัดมุกดาหาร 49120 โทร 042-689-214\n"
            f"หุ้นส่วนผู้จัดการคือ นางเยาวลักษณ์ พรหมวงศ์ เลขประจำตัวประชาชน {nid_w(with_check_digit('349030017764'), 1)} "
            "ซึ่งเป็นภรรยาของ นายประจักษ์ พรหมวงศ์ ผู้อำนวยการกองช่าง อบต.นาสะเม็ง (มือถือ 086-219-4473) "
            "ซึ่งเป็นผู้ควบคุมงานและกรรมการตรวจรับงานเอง\n"
            "ถนนสร้างเสร็จเดือนกันยายน 2569 ผ่านไปสองเดือนแตกร้าวหลายจุด ชาวบ้านวัดความหนาได้ 9-10 ซม. ไม่ถึง 15 ซม. ตามแบบ\n"
            "ขอให้ตรวจสอบด้วย ข้าพเจ้าจะติดตามผลทางอีเมลนี้\n\nประชาชนผู้หวังดี\n"
        )
        to = CENTRE_BOX[MD]
    else:
        text = (
            "เรียน ผู้ว่าราชการจังหวัดสกลนคร / ศูนย์ดำรงธรรมจังหวัดสกลนคร\n\n"
            "ขอแจ้งเบาะแสการเรียกรับเงินเพื่อบรรจุเป็นพนักงานจ้างทั่วไปของเทศบาลตำบลวาริชภูมิ อำเภอวาริชภูมิ "
            "โดย นายไพโรจน์ ศรีจันทร์แดง หัวหน้าสำนักปลัดเทศบาล เรียกเงินคนละ 30,000 บาท "
            "ให้โอนเข้าบัญชีธนาคารกรุงไทย เลขที่ 981-2-04463-7 ชื่อบัญชีเป็นหลานชาย มีคนจ่ายแล้วอย่างน้อย 6 คน "
            "ลูกของข้าพเจ้าเป็นหนึ่งในนั้น จ่ายเมื่อวันที่ 2 กันยายน 2569 แต่จนถึงวันนี้ยังไม่ได้บรรจุ "
            "เมื่อโทรไปทวงที่เบอร์ 089-662-1057 ก็ถูกขู่ว่าถ้าพูดออกไปจะไม่ได้ทำงานที่ไหนในอำเภอนี้\n"
            "ข้าพเจ้าไม่ประสงค์ออกนาม หากต้องการข้อมูลเพิ่มเติมให้ส่งข้อความ SMS มาที่ "
            f"{mobile(phone, 1)} เท่านั้น ไม่ต้องโทร และไม่ต้องถามชื่อ\n\nผู้แจ้ง\n"
        )
        to = CENTRE_BOX[SN]
    raw = message(i, "แจ้งเบาะแสการทุจริต (ไม่ประสงค์ออกนาม)", f"{disp} <{box}>", to, text=text)
    return Case("plain_anonymous_whistleblower", raw, anonymous(box, phone))


# --- HTML ----------------------------------------------------------------------------------


def html_outlook_damrongdham_case_table(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรมอำเภอธาตุพนม forwards a villager's complaint to the อบต. from Outlook:
    the case as a two-column table (number, date, the ผู้ร้อง's name, ID, age, home, phone;
    the ผู้ถูกร้อง's name, post, office and line), the officer's signature (line, fax, box)."""
    p = a.p
    case_no = f"ธพ {178 + i}/2569"
    who, post, where, wline, story = (
        ("นางสาวพรทิพย์ แสนโคตร", "เจ้าพนักงานธุรการปฏิบัติงาน", f"ที่ทำการองค์การบริหารส่วนตำบล{p.tambon} หมู่ที่ 3 ตำบล{p.tambon} อำเภอธาตุพนม",
         "042-540-217", "ขอเลขที่บ้านสำหรับบ้านที่ปลูกใหม่ตั้งแต่เดือนสิงหาคม 2569 เจ้าหน้าที่เรียกเก็บ \"ค่าป้ายบ้านเลขที่\" 500 บาทโดยไม่ออกใบเสร็จ และยังไม่ออกเลขที่บ้านให้จนถึงวันร้องเรียน"),
        ("นายชัยยศ บุตรวงศ์", "ปลัดองค์การบริหารส่วนตำบล", f"ที่ทำการองค์การบริหารส่วนตำบล{p.tambon} หมู่ที่ 1 ตำบล{p.tambon} อำเภอธาตุพนม",
         "042-541-883", "ไปแจ้งเรื่องน้ำท่วมขังถนนในหมู่บ้าน ปลัด อบต. ตะคอกใส่ว่า \"อย่ามายุ่ง เรื่องนี้ไม่ใช่หน้าที่ อบต.\" และไม่ลงรับหนังสือ"),
    )[i % 2]  # fmt: skip
    rows = [("เลขที่รับเรื่อง", case_no), ("วันที่รับเรื่อง", thai_day(date(2026, 11, 14 + i % 3))), ("ช่องทาง", "ร้องด้วยตนเอง"),
            ("ชื่อ-สกุล ผู้ร้อง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("อายุ", f"{age(p.born)} ปี"),
            ("ที่อยู่", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i)),
            ("ผู้ถูกร้อง", f"{who} ตำแหน่ง {post}"), ("ที่ทำงานผู้ถูกร้อง", f"{where} โทร {wline}"),
            ("เรื่อง", "ร้องเรียนการปฏิบัติหน้าที่ของเจ้าหน้าที่"), ("ข้อเท็จจริงโดยย่อ", story)]  # fmt: skip
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Tahoma;font-size:10pt">'
             + "".join(f'<tr><td width="170" valign="top"><b>{k}</b></td><td valign="top">{v}</td></tr>' for k, v in rows) + "</table>")  # fmt: skip
    paras = [f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}", "",
             "ด้วยศูนย์ดำรงธรรมอำเภอธาตุพนม ได้รับเรื่องร้องเรียนตามรายละเอียดในตารางด้านล่าง จึงส่งเรื่องให้ท่านพิจารณาตรวจสอบข้อเท็จจริง "
             "และแจ้งผลให้ผู้ร้องและศูนย์ฯ ทราบภายใน 15 วัน นับแต่วันที่ได้รับหนังสือนี้", "", table, "",
             "จึงเรียนมาเพื่อโปรดพิจารณา"]  # fmt: skip
    sig = ('<p class="MsoNormal"><b>นายอดิศักดิ์ มุงเมือง</b><br>เจ้าพนักงานปกครองชำนาญงาน<br>ศูนย์ดำรงธรรมอำเภอธาตุพนม ที่ว่าการอำเภอธาตุพนม<br>'
           'โทร 042-540-119 โทรสาร 042-540-120<br><a href="mailto:damrongdham.thatphanom@dopa.example.go.th">damrongdham.thatphanom@dopa.example.go.th</a></p>')  # fmt: skip
    raw = message(i, f"ส่งเรื่องร้องเรียน เลขที่ {case_no}", "ศูนย์ดำรงธรรมอำเภอธาตุพนม <damrongdham.thatphanom@dopa.example.go.th>",
                  f"saraban@{('fangdaeng', 'nathon')[i % 2]}.example.go.th", html=outlook_html(paras, sig),
                  headers=(("Thread-Index", "AdtY3kQ1c2Vy"),))  # fmt: skip
    return Case(
        "html_outlook_damrongdham_case_table", raw, only_age(for_other(a, ALL, own_phone=True))
    )


def html_outlook_firm_licence_stalled(a: Party, i: int) -> Case:
    """A partnership's managing partner (his ID, v1) or a company's managing director (no
    ID, v2) complains from Outlook that its health-hazard licence's renewal has waited 70
    days for an inspector who asked "ค่าเดินทาง": the firm, its juristic number, the fee's
    receipt, the inspector's post and mobile, a staff contact's mobile, his signature."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    name, nid, post, mob, box = SIGNERS[k]
    staff, smob = STAFF[k]
    office = ("เทศบาลเมืองมุกดาหาร", "องค์การบริหารส่วนตำบลฮางโฮง")[k]
    insp, ipost, imob = (("นายวิทยา แสงสว่าง", "นักวิชาการสุขาภิบาลชำนาญการ", "0847713025"), ("นายกฤษดา ภูศรีฐาน", "เจ้าพนักงานสาธารณสุขปฏิบัติงาน", "0935514428"))[k]  # fmt: skip
    who = f"ข้าพเจ้า {name}" + (f" เลขประจำตัวประชาชน {nid_w(nid, i)}" if nid else "")
    paras = [f"เรียน นายก{office}", "",
             f"{who} ในฐานะ{post} {f.name} ทะเบียนนิติบุคคลเลขที่ {fp.nid} สำนักงานตั้งอยู่เลขที่ {home(f, i)} "
             f"ขอร้องเรียนความล่าช้าในการต่ออายุใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ ใบอนุญาตเลขที่ {31 + i}/2568 "
             f"ซึ่งได้ยื่นคำขอและชำระค่าธรรมเนียมแล้วตามใบเสร็จรับเงินเล่มที่ 7 เลขที่ {4412 + i} ลงวันที่ 9 กันยายน 2569",
             "", f"จนถึงวันนี้ 70 วันแล้ว เจ้าหน้าที่ผู้รับผิดชอบคือ {insp} {ipost} ยังไม่ออกตรวจสถานประกอบการ "
             f"เมื่อเจ้าหน้าที่ของ{'ห้างฯ' if k == 0 else 'บริษัทฯ'}โทรติดตามที่เบอร์ {mobile(imob, i)} ได้รับคำตอบว่า \"ถ้าอยากได้เร็วต้องมีค่าเดินทางให้ทีมตรวจ\" "
             "ซึ่งไม่มีระเบียบใดกำหนดไว้ จึงขอให้ตรวจสอบการปฏิบัติหน้าที่ และเร่งออกใบอนุญาต",
             "", f"ผู้ประสานงาน: {staff} ฝ่ายธุรการ โทร {mobile(smob, i + 1)}", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b><span style="color:#1F3864">{name}</span></b><br>{post}<br>{f.name}<br>'
           f"{home(f, i + 1)}<br>โทร {tel(f, i)} | มือถือ {mobile(mob, i)}<br>"
           f'<a href="mailto:{box}">{box}</a></p>')  # fmt: skip
    raw = message(i, "ร้องเรียนความล่าช้าการต่ออายุใบอนุญาตประกอบกิจการ", f"{name[3:] if k == 0 else name[6:]} <{box}>",
                  f"saraban@{('mukdahancity', 'hanghong')[k]}.example.go.th", html=outlook_html(paras, sig),
                  headers=(("Thread-Index", "AdtZ9pQ2bGljZW5jZQ=="),))  # fmt: skip
    return Case("html_outlook_firm_licence_stalled", raw, firm(k, NO_BIRTH))


def html_iphone_reply_over_clerk(a: Party, i: int) -> Case:
    """She answers from her iPhone, above the clerk's acknowledgement (its number, the
    clerk's name, post, line and box) and her own first mail quoted under it (name, ID,
    home, an old mobile): nothing has happened, and her number has changed."""
    p = a.p
    city = {NP: "เทศบาลเมืองนครพนม", MD: "เทศบาลเมืองมุกดาหาร"}[p.province]
    clerk, cline, cbox = {NP: ("นางสาวสุนิสา วงศ์พระจันทร์", "042-511-062 ต่อ 210", "complaint@nakhonphanomcity.example.go.th"),
                          MD: ("นายศุภกิจ ไชยมาตย์", "042-611-225 ต่อ 31", "complaint@mukdahancity.example.go.th")}[p.province]  # fmt: skip
    old = ("0812045578", "0968830241")[i % 2]
    ref = f"รร.{412 + i}/2569"
    first = (f"เรียน {city}<br><br>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
             "ขอร้องเรียนพนักงานเก็บขยะของเทศบาลที่เรียกเก็บเงิน \"ค่าน้ำร้อนน้ำชา\" เดือนละ 100 บาทจากบ้านในซอย "
             "นอกเหนือจากค่าธรรมเนียมที่ชำระตามใบเสร็จอยู่แล้ว บ้านไหนไม่จ่ายจะไม่เก็บขยะให้ "
             f"รถเก็บขยะทะเบียน 82-{1140 + i} {p.province} มาทุกวันอังคารและศุกร์<br><br>"
             f"ติดต่อ{me(a)}ได้ที่ {mobile(old, i)}<br>{a.name}")  # fmt: skip
    ack = (f"เรียน คุณ{p.first}<br><br>{city}ได้รับเรื่องร้องเรียนของท่านแล้ว เลขที่รับ {ref} "
           "และได้ส่งเรื่องให้กองสาธารณสุขและสิ่งแวดล้อมตรวจสอบ จะแจ้งผลให้ทราบภายใน 15 วันทำการ<br><br>"
           f"{clerk}<br>เจ้าพนักงานธุรการ งานรับเรื่องร้องเรียน<br>{city}<br>โทร {cline}<br>{cbox}")  # fmt: skip
    top = (f"ผ่านมา 3 สัปดาห์แล้วยังไม่มีใครติดต่อกลับเลย{ending(a)} ขยะหน้าบ้านไม่ได้เก็บมาสองรอบแล้ว "
           f"ขอให้เร่งดำเนินการด้วย เบอร์{me(a)}เปลี่ยนเป็น {mobile(p.mobile, i + 1)} แล้วนะ{'คะ' if a.p.title != 'นาย' else 'ครับ'} เบอร์เก่าใช้ไม่ได้แล้ว")  # fmt: skip
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            f'<div dir="ltr">{top}</div><div dir="ltr"><br></div><div dir="ltr">ส่งจาก iPhone ของฉัน</div>'
            f'<div dir="ltr"><br><blockquote type="cite">เมื่อ {thai_day(date(2026, 10, 27 + i % 3), short=True)} เวลา 10:42 งานรับเรื่องร้องเรียน '
            f'&lt;{cbox}&gt; เขียนว่า:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{ack}'
            f'<br><br>----- ข้อความเดิม -----<br>จาก: {p.first} {p.last} &lt;{p.email}&gt;<br>{first}</div></blockquote></body></html>\n')  # fmt: skip
    raw = message(i, f"Re: ได้รับเรื่องร้องเรียนแล้ว เลขที่ {ref}", own_box(a), cbox, html=html,
                  headers=(("X-Mailer", "iPhone Mail (22A3354)"), ("In-Reply-To", f"<ack-{ref[3:6]}@example.go.th>")))  # fmt: skip
    return Case("html_iphone_reply_over_clerk", raw, mine(a, NO_BIRTH))


def html_webform_complaint_notice(a: Party, i: int) -> Case:
    """The province's online complaint system (no-reply) notifies a new complaint: the
    ผู้ร้อง's name, ID, birth date, address in its boxes, phone and e-mail, "ปกปิดชื่อ:
    ต้องการ", the accused official's name, post, unit and line, a reference and the IP."""
    p = a.p
    ref = f"CMP-{p.postal[:2]}-2569-00{318 + i}"
    acc, apost, aunit, aline = (("นายวีระพล คำแสน", "ผู้อำนวยการกองคลัง", "เทศบาลตำบลพังโคน", "042-771-322"),
                                ("นางสาวอัญชลี ศรีมุกดา", "นักวิชาการพัสดุ", "องค์การบริหารส่วนตำบลดอนตาล", "042-689-140"))[i % 2]  # fmt: skip
    rows = [("เลขที่เรื่อง", ref), ("วันที่แจ้ง", f"{20 + i % 5}/11/2569 14:{10 + i:02d} น."),
            ("ประเภทเรื่อง", "เจ้าหน้าที่ของรัฐประพฤติมิชอบ / เรียกรับผลประโยชน์"),
            ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", born_th(p.born, 1)),
            ("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ถนน/ซอย", "-"), ("ตำบล/แขวง", p.tambon),
            ("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email), ("ต้องการให้ปกปิดชื่อผู้ร้อง", "ต้องการ"),
            ("ชื่อผู้ถูกร้องเรียน", acc), ("ตำแหน่ง", apost), ("หน่วยงาน", aunit), ("เบอร์ติดต่อหน่วยงาน", aline),
            ("รายละเอียด", "ร้านของข้าพเจ้าส่งวัสดุสำนักงานให้หน่วยงานตามใบสั่งซื้อเลขที่ 118/2569 ครบแล้ว "
             "แต่ผู้ถูกร้องไม่ยอมเบิกจ่ายเงิน 48,500 บาท จนกว่าจะได้รับ \"ค่าดำเนินการ\" ร้อยละ 10"),
            ("ไฟล์แนบ", "ใบสั่งซื้อ.jpg, ใบส่งของ.jpg"), ("IP Address", f"171.100.{62 + i}.14")]  # fmt: skip
    body = "".join(
        f'<tr><th align="left" style="background:#eef3f8;padding:6px;width:35%">{k}</th><td style="padding:6px">{v}</td></tr>'
        for k, v in rows
    )
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Sarabun,Tahoma,sans-serif">'
            f'<h3>ระบบรับเรื่องราวร้องทุกข์ออนไลน์ ศูนย์ดำรงธรรมจังหวัด{p.province}</h3>'
            '<p>มีเรื่องร้องเรียนใหม่เข้าสู่ระบบ รายละเอียดดังนี้</p>'
            f'<table border="1" cellspacing="0" style="border-collapse:collapse">{body}</table>'
            '<p style="color:#888;font-size:11px">อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n')  # fmt: skip
    raw = message(i, f"[เรื่องร้องเรียนใหม่] {ref}", f"ระบบร้องเรียนออนไลน์ <noreply@{('sakonnakhon', 'mukdahan')[i % 2]}.example.go.th>",
                  CENTRE_BOX[p.province], html=html)  # fmt: skip
    return Case("html_webform_complaint_notice", raw, mine(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_damrongdham_dotted_form(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรม's แบบคำร้องทุกข์/ร้องเรียน in Word, typed over dotted lines (age,
    ID, address in its parts, phone; the ผู้ถูกร้อง's name, post, unit, phone), signed by the
    ผู้ร้อง and the nephew or son who typed it, sent from the typist's box."""
    p = a.p
    typist, tbox, tmob = (("นายกิตติพัฒน์ โคตรชมภู", "kittipat.kc@gmail.com", "0924418830"),
                          ("นายธนวัฒน์ อินธิแสง", "thanawat.inth@gmail.com", "0617702593"))[i % 2]  # fmt: skip
    rel = ("หลาน", "บุตร")[i % 2]
    acc, apost, aunit, aline = (("นายเสกสรร ไชยะโอชะ", "เจ้าพนักงานที่ดินชำนาญงาน", "สำนักงานที่ดินจังหวัดมุกดาหาร สาขาคำชะอี", "042-691-220"),
                                ("นางพรรณี ราชวงศ์", "นักวิชาการเงินและบัญชีชำนาญการ", f"เทศบาลตำบล{p.tambon}", "042-798-046"))[i % 2]  # fmt: skip
    story = ("ขอออกโฉนดที่ดินแทน น.ส.3ก. เลขที่ 1942 ยื่นคำขอตั้งแต่ปี 2567 เจ้าหน้าที่เลื่อนนัดมาแล้ว 5 ครั้ง โดยไม่แจ้งเหตุผล",
             "ขอรับเงินค่าจ้างเหมาทำความสะอาดตลาดที่ค้างจ่าย 3 เดือน เจ้าหน้าที่บอกว่าเอกสารหาย ให้ยื่นใหม่ทุกเดือน")[i % 2]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทุกข์/ร้องเรียน")
        d.add_paragraph(f"ศูนย์ดำรงธรรมจังหวัด{p.province}")
        d.add_paragraph(f"\t\t\t\t\tเขียนที่{dotted('บ้านเลขที่ ' + p.house)}")
        d.add_paragraph(
            f"\t\t\t\t\tวันที่{dotted(str(17 + i % 10))}เดือน{dotted('พฤศจิกายน')}พ.ศ.{dotted('2569')}"
        )
        d.add_paragraph("เรื่อง ร้องเรียนความล่าช้าและการปฏิบัติหน้าที่ของเจ้าหน้าที่")
        d.add_paragraph(f"เรียน ผู้ว่าราชการจังหวัด{p.province}")
        d.add_paragraph(
            f"\tข้าพเจ้า{dotted(a.name, 10)}อายุ{dotted(str(age(p.born)), 4)}ปี "
            f"เลขประจำตัวประชาชน{dotted(nid_w(p.nid, i + 1), 4)}"
        )
        d.add_paragraph(
            f"อยู่บ้านเลขที่{dotted(p.house, 4)}หมู่ที่{dotted(p.moo, 4)}ตำบล{dotted(p.tambon)}"
            f"อำเภอ{dotted(p.amphoe)}จังหวัด{dotted(p.province)}รหัสไปรษณีย์{dotted(p.postal, 3)}"
        )
        d.add_paragraph(f"โทรศัพท์{dotted(mobile(p.mobile, i + 2))}")
        d.add_paragraph(
            f"\tมีความประสงค์ขอร้องเรียน{dotted('เจ้าหน้าที่ปฏิบัติหน้าที่ล่าช้า', 4)} ผู้ถูกร้องเรียน ชื่อ{dotted(acc, 4)}"
            f"ตำแหน่ง{dotted(apost, 4)}สังกัด{dotted(aunit, 4)}โทรศัพท์{dotted(aline, 4)}"
        )
        d.add_paragraph(f"\tรายละเอียด{dotted(story, 4)}")
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาให้ความเป็นธรรมแก่ข้าพเจ้าด้วย")
        d.add_paragraph(
            f"\t\t\tลงชื่อ..................................ผู้ร้อง\n\t\t\t\t({a.name})\n\n"
            f"\t\t\tลงชื่อ..................................ผู้เขียน/พิมพ์\n\t\t\t\t({typist})"
        )

    text = (f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}\n\nส่งแบบคำร้องทุกข์ของ{'ลุง' if i % 2 == 0 else 'พ่อ'}{p.first} "
            f"ตามไฟล์แนบครับ ผมเป็น{rel} เป็นคนพิมพ์ให้ มีอะไรติดต่อผมได้ที่ {mobile(tmob, i)}\n\n{typist}\n")  # fmt: skip
    raw = message(i, f"คำร้องทุกข์ {a.name}", f"{typist[3:]} <{tbox}>", CENTRE_BOX[p.province], text=text,
                  files=(("คำร้องทุกข์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_damrongdham_dotted_form", raw, only_age(mine(a, ALL, box=False)))


def docx_lawyer_letterhead_client(a: Party, i: int) -> Case:
    """A lawyer's letter on his letterhead (the page header: his name, licence, office,
    line, mobile, box) to the mayor for a client whose shop's renovation a building
    inspector would pass only for money; the client's ID and home; v2 also the client's own
    mobile."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[p.province]
    city = {SN: "เทศบาลนครสกลนคร", NP: "เทศบาลเมืองนครพนม"}[p.province]
    insp = ("นายเกรียงศักดิ์ บุญประคม", "นายตรวจอาคาร")
    client_phone = f" ลูกความสามารถติดต่อได้โดยตรงที่หมายเลข {mobile(p.mobile, i)}" if i % 2 else ""

    def build(d: Any) -> None:
        head = d.sections[0].header.paragraphs[0]
        head.text = (f"สำนักงาน{law[3:]} ทนายความ\n{law} ทนายความ ใบอนุญาตเลขที่ {lic}\n{office}\n"
                     f"โทร {line}  มือถือ {mob}  อีเมล {box}")  # fmt: skip
        d.add_paragraph(f"ที่ ทค.{30 + i}/2569\t\t\t\t\t{21 + i % 5} พฤศจิกายน 2569")
        d.add_paragraph("เรื่อง ร้องเรียนเจ้าหน้าที่เรียกรับผลประโยชน์ในการตรวจอาคาร")
        d.add_paragraph(f"เรียน นายกเทศมนตรี{city[6:]}")
        d.add_paragraph(
            "สิ่งที่ส่งมาด้วย 1. หนังสือมอบอำนาจ  2. สำเนาบัตรประจำตัวประชาชนของลูกความ  3. ภาพถ่ายข้อความสนทนา"
        )
        d.add_paragraph(
            f"\tข้าพเจ้า {law} ทนายความผู้รับมอบอำนาจจาก {a.name} (ลูกความ) เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} ขอร้องเรียนการปฏิบัติหน้าที่ของ {insp[0]} ตำแหน่ง{insp[1]} กองช่าง{city}"
        )
        d.add_paragraph(
            f"\tลูกความได้รับใบอนุญาตดัดแปลงอาคารเลขที่ {88 + i}/2569 เพื่อปรับปรุงหน้าร้านค้า เมื่อวันที่ 2 ตุลาคม 2569 "
            f"ผู้ถูกร้องเรียนได้ออกตรวจและแจ้งว่าจะสั่งระงับการก่อสร้าง เว้นแต่ลูกความจะจ่ายเงิน 20,000 บาท "
            "โดยนัดรับเงินนอกสำนักงาน ลูกความปฏิเสธ ต่อมาวันที่ 16 ตุลาคม 2569 ได้รับคำสั่งระงับการก่อสร้างโดยไม่ระบุเหตุ"
        )
        d.add_paragraph(
            "\tจึงขอให้ท่านตรวจสอบข้อเท็จจริง ดำเนินการทางวินัยแก่ผู้ถูกร้องเรียน และเพิกถอนคำสั่งระงับการก่อสร้างดังกล่าว "
            f"การติดต่อใดๆ ขอให้ติดต่อผ่านสำนักงานของข้าพเจ้า{client_phone}"
        )
        d.add_paragraph(f"\t\t\t\tขอแสดงความนับถือ\n\n\n\t\t\t\t({law})\n\t\t\t\tทนายความผู้รับมอบอำนาจ")

    raw = message(i, "หนังสือร้องเรียน (ทนายความผู้รับมอบอำนาจ)", f"{law[3:]} <{box}>",
                  f"saraban@{('sakoncity', 'nakhonphanomcity')[p.province == NP]}.example.go.th",
                  text=f"เรียน สำนักปลัด{city}\n\nส่งหนังสือร้องเรียนในนามลูกความตามไฟล์แนบ ต้นฉบับจะส่งทางไปรษณีย์ลงทะเบียน\n\n{law}\n",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lawyer_letterhead_client", raw, for_other(a, NO_BIRTH, own_phone=bool(i % 2)))


def docx_whistleblower_named_secret(a: Party, i: int) -> Case:
    """An employee's letter headed "ลับ" asking her name be kept secret: the ปลัด makes the
    staff sign for overtime never worked; her name, ID, birth date, home, post and
    workplace; the witnesses' table (names, posts, mobiles); her mobile and box at the end."""
    p = a.p
    town = {NP: "เทศบาลเมืองนครพนม", SN: "เทศบาลตำบลพังโคน"}[p.province]
    boss, bmob = (("นายสมหมาย ชาวเหนือ", "0815437728"), ("นายประเสริฐ คำโสภา", "0872215069"))[i % 2]
    mypost = ("พนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ", "ลูกจ้างประจำ ตำแหน่งเจ้าหน้าที่การเงินและบัญชี")[i % 2]  # fmt: skip
    witnesses = (("นางสาวจิราภรณ์ โพธิ์ศรี", "ผู้ช่วยนักวิชาการเงินและบัญชี", "0639920147"),
                 ("นายอภิชาติ แก้วบุญเรือง", "พนักงานขับรถยนต์", "0894476612"),
                 ("นางนิตยา ศรีสุข", "คนงานทั่วไป", "0850037719"))  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("ลับ")
        d.add_paragraph("(ขอให้ปกปิดชื่อและข้อมูลของผู้ร้องเรียน)")
        d.add_paragraph(f"\t\t\t\t\tเขียนที่ บ้านเลขที่ {p.house}\n\t\t\t\t\t{24 + i % 4} พฤศจิกายน 2569")
        d.add_paragraph("เรื่อง ร้องเรียนผู้บังคับบัญชาบังคับให้ลงชื่อเบิกค่าตอบแทนนอกเวลาราชการเป็นเท็จ")
        d.add_paragraph(f"เรียน ผู้ว่าราชการจังหวัด{p.province}")
        d.add_paragraph(
            f"\tข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 1)} ปัจจุบันเป็น{mypost} สังกัดสำนักปลัด {town}"
        )
        d.add_paragraph(
            f"\tตั้งแต่เดือนมิถุนายน 2569 {boss} ปลัดเทศบาล ได้สั่งให้พนักงานในสำนักปลัดลงชื่อในหลักฐานการปฏิบัติงานนอกเวลาราชการ "
            "ในวันเสาร์-อาทิตย์ที่ไม่ได้มาปฏิบัติงานจริง แล้วให้นำเงินค่าตอบแทนที่ได้รับคืนให้ผู้ถูกร้องเรียนคนละ 1,200-2,400 บาทต่อเดือน "
            f"ผู้ใดไม่ยอมจะไม่ได้รับการต่อสัญญาจ้าง ผู้ถูกร้องเรียนใช้โทรศัพท์หมายเลข {mobile(bmob, i)} สั่งการทาง LINE"
        )
        d.add_paragraph("\tพยานบุคคลที่รู้เห็นเหตุการณ์ ดังนี้")
        t = d.add_table(rows=1 + len(witnesses), cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์")):
            t.cell(0, c).text = h
        for r, (n, post, m) in enumerate(witnesses, 1):
            for c, v in enumerate((str(r), n, post, mobile(m, r))):
                t.cell(r, c).text = v
        d.add_paragraph(
            "\tข้าพเจ้าเกรงว่าจะถูกกลั่นแกล้งไม่ต่อสัญญาจ้าง จึงขอให้ปกปิดชื่อของข้าพเจ้าและพยาน "
            f"หากต้องการข้อมูลเพิ่มเติม ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 3)} หรืออีเมล {p.email}"
        )
        d.add_paragraph(f"\t\t\t\tลงชื่อ ........................ ผู้ร้องเรียน\n\t\t\t\t\t({a.name})")

    raw = message(i, "เรื่องลับ ขอปกปิดชื่อผู้ร้องเรียน", own_box(a), CENTRE_BOX[p.province],
                  text=f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}\n\nขอส่งหนังสือร้องเรียนตามไฟล์แนบ ขอให้ปกปิดชื่อผู้ร้องด้วย{ending(a)}\n",
                  files=(("ร้องเรียน_ลับ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_whistleblower_named_secret", raw, mine(a, ALL))


def docx_ita_complaint_table(a: Party, i: int) -> Case:
    """The city's แบบฟอร์มการร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ as a Word
    table: ☑ เปิดเผยชื่อ; the ผู้ร้องเรียน's rows, then the ผู้ถูกร้องเรียน's rows (name, post,
    unit, phone); v2 typed with Thai digits."""
    p = a.p
    th = thai if i % 2 else (lambda s: s)
    agency = {SN: "เทศบาลนครสกลนคร", NP: "เทศบาลตำบลเรณูนคร"}[p.province]
    acc, apost, aline = (("นายบุญส่ง ศรีวงศ์ราช", "หัวหน้าฝ่ายแผนที่ภาษีและทะเบียนทรัพย์สิน", "042-711-561 ต่อ 214"),
                         ("นายสุริยา พิมพ์พันธ์", "นักวิชาการจัดเก็บรายได้", "042-579-088"))[i % 2]  # fmt: skip
    rows = [("ชื่อ-นามสกุล ผู้ร้องเรียน", a.name), ("เลขบัตรประจำตัวประชาชน", th(nid_w(p.nid, i + 1))),
            ("วัน/เดือน/ปีเกิด", th(born_th(p.born, i))), ("ที่อยู่ที่สามารถติดต่อได้", th(home(a, i))),
            ("หมายเลขโทรศัพท์", th(mobile(p.mobile, i))), ("E-mail", p.email),
            ("การเปิดเผยชื่อ", "☑ ยินยอมเปิดเผยชื่อ   ☐ ไม่ประสงค์เปิดเผยชื่อ"),
            ("ชื่อ-นามสกุล ผู้ถูกร้องเรียน", acc), ("ตำแหน่ง/หน่วยงาน", f"{apost} กองคลัง {agency}"),
            ("หมายเลขโทรศัพท์ผู้ถูกร้องเรียน", th(aline)),
            ("เรื่องที่ร้องเรียน", "ประเมินภาษีที่ดินและสิ่งปลูกสร้างสูงเกินจริง และเรียกเงินเพื่อแก้ไขการประเมิน"),
            ("วัน เวลา สถานที่เกิดเหตุ", th("15 ตุลาคม 2569 เวลาประมาณ 14.00 น. ที่ห้องกองคลัง ชั้น 1")),
            ("พยานหลักฐาน", th(f"หนังสือแจ้งการประเมินภาษี เลขที่ {2207 + i}/2569 ยอดภาษี 18,640 บาท (ปีก่อน 2,130 บาท)"))]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบฟอร์มการร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ")
        d.add_paragraph(agency)
        table_doc(d, rows)
        d.add_paragraph(th("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ\nลงชื่อ ........................ ผู้ร้องเรียน")
                        + f"\n({a.name})\n" + th(f"วันที่ {18 + i % 10} พฤศจิกายน 2569"))  # fmt: skip

    raw = message(i, "ส่งแบบฟอร์มร้องเรียนการทุจริตและประพฤติมิชอบ", own_box(a),
                  f"ita@{('sakoncity', 'renunakhon')[p.province == NP]}.example.go.th",
                  text="เรียน ศูนย์รับเรื่องร้องเรียนการทุจริต\n\nแนบแบบฟอร์มร้องเรียนที่กรอกแล้ว\n",
                  files=(("แบบฟอร์มร้องเรียนทุจริต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_ita_complaint_table", raw, mine(a, ALL, thai_digits=bool(i % 2)))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_complainant_accused(a: Party, i: int) -> Case:
    """The municipality's fillable complaint form, fields named complainant_* and
    accused_*: her name, ID (a comb), birth date, home, phone, box; the accused official's
    name, post, unit and phone; the incident's date and place."""
    p = a.p
    city = {MD: "เทศบาลเมืองมุกดาหาร", NP: "เทศบาลเมืองนครพนม"}[p.province]
    acc, apost, aline = (("นายอนันต์ ศรีบุรินทร์", "เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย", "0898821406"),
                         ("นางสาววิภาวรรณ แก้วกัลยา", "เจ้าพนักงานการเงินและบัญชี", "042-511-062 ต่อ 131"))[i % 2]  # fmt: skip
    labels = [(45, 18, f"แบบคำร้องเรียนการปฏิบัติหน้าที่ของเจ้าหน้าที่ {city}"), (20, 32, "ส่วนที่ 1 ผู้ร้องเรียน"),
              (20, 42, "ชื่อ-สกุล"), (20, 52, "เลขประจำตัวประชาชน"), (125, 52, "วันเกิด"), (20, 62, "ที่อยู่"),
              (20, 72, "โทรศัพท์"), (110, 72, "อีเมล"), (20, 88, "ส่วนที่ 2 เจ้าหน้าที่ผู้ถูกร้องเรียน"),
              (20, 98, "ชื่อ-สกุล"), (110, 98, "ตำแหน่ง"), (20, 108, "หน่วยงาน"), (110, 108, "โทรศัพท์"),
              (20, 124, "ส่วนที่ 3 ข้อเท็จจริง"), (20, 134, "วันที่เกิดเหตุ"), (110, 134, "สถานที่"), (20, 144, "รายละเอียด"),
              (110, 170, "ลงชื่อ ........................ ผู้ร้องเรียน")]  # fmt: skip
    story = ("เจ้าหน้าที่รถดับเพลิงมาถึงช้า 50 นาที และเรียกเงินค่าน้ำมัน 1,500 บาทหลังดับไฟที่ยุ้งฉาง",
             "ชำระค่าธรรมเนียมใบอนุญาตจำหน่ายสินค้าในที่สาธารณะแล้ว แต่เจ้าหน้าที่ไม่ออกใบเสร็จ บอกให้มารับวันหลังสามครั้ง")[i % 2]  # fmt: skip
    fields = [Field("complainant_name", a.name, 40, 42, 120), Field("complainant_idcard", p.nid, 60, 52, 55, comb=13),
              Field("complainant_dob", born_th(p.born, i + 1), 140, 52, 45), Field("complainant_address", home(a, i), 35, 62, 160),
              Field("complainant_tel", mobile(p.mobile, i + 3), 40, 72, 55), Field("complainant_email", p.email, 125, 72, 70),
              Field("accused_name", acc, 40, 98, 65), Field("accused_position", apost, 125, 98, 70),
              Field("accused_agency", city, 40, 108, 65), Field("accused_tel", aline, 128, 108, 60),
              Field("incident_date", f"{3 + i}/11/2569", 45, 134, 45), Field("incident_place", ("บ้านนาโสก", "ตลาดสดเทศบาล")[i % 2], 125, 134, 60),
              Field("detail", story, 45, 144, 150), Field("confidential", i % 2 == 1, 20, 160, kind="check")]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบคำร้องเรียนเจ้าหน้าที่ (PDF)", own_box(a), f"complaint@{('mukdahancity', 'nakhonphanomcity')[p.province == NP]}.example.go.th",
                  text=f"ส่งแบบคำร้องเรียนที่กรอกแล้ว{ending(a)}\n", files=(("complaint_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_complainant_accused", raw, mine(a, ALL))


def pdf_fillable_damrongdham_parts(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรม's fillable form with Thai field names: the ผู้ร้อง's name, age, ID
    (a comb), the address in its boxes, phone; the ผู้ถูกร้อง's part; the officer's part
    (filled and sent by the district's centre in v1, empty and sent by him in v2)."""
    p = a.p
    by_centre = i % 2 == 0
    officer = ("นายวัชรพล ศรีประเสริฐ", "042-721-335") if by_centre else ("", "")
    acc, apost, aunit, aline = (("นายณัฐวุฒิ สีหานาม", "ผู้ช่วยเจ้าหน้าที่ไฟฟ้า", "การไฟฟ้าส่วนภูมิภาคอำเภอสว่างแดนดิน", "042-721-090"),
                                ("นางสาวมาลัย ทองทิพย์", "เจ้าพนักงานประปา", "การประปาส่วนภูมิภาคสาขามุกดาหาร", "042-611-302"))[i % 2]  # fmt: skip
    labels = [(55, 18, f"แบบคำร้องทุกข์/ร้องเรียน ศูนย์ดำรงธรรมจังหวัด{p.province}"), (20, 34, "ชื่อผู้ร้อง"), (140, 34, "อายุ"),
              (20, 44, "เลขประจำตัวประชาชน"), (20, 54, "บ้านเลขที่"), (70, 54, "หมู่ที่"), (110, 54, "ตำบล"),
              (20, 64, "อำเภอ"), (80, 64, "จังหวัด"), (140, 64, "รหัสไปรษณีย์"), (20, 74, "โทรศัพท์"),
              (20, 90, "ผู้ถูกร้อง ชื่อ"), (110, 90, "ตำแหน่ง"), (20, 100, "สังกัด"), (120, 100, "โทรศัพท์"),
              (20, 114, "เรื่องที่ร้อง"), (20, 140, "สำหรับเจ้าหน้าที่ ผู้รับเรื่อง"), (110, 140, "โทรศัพท์")]  # fmt: skip
    fields = [Field("ชื่อผู้ร้อง", a.name, 40, 34, 95), Field("อายุ", str(age(p.born)), 150, 34, 20),
              Field("เลขประจำตัวประชาชน", p.nid, 60, 44, 55, comb=13), Field("บ้านเลขที่", p.house, 38, 54, 28),
              Field("หมู่ที่", p.moo, 82, 54, 20), Field("ตำบล", p.tambon, 122, 54, 60), Field("อำเภอ", p.amphoe, 33, 64, 42),
              Field("จังหวัด", p.province, 95, 64, 40), Field("รหัสไปรษณีย์", p.postal, 165, 64, 25),
              Field("โทรศัพท์", mobile(p.mobile, i), 38, 74, 50),
              Field("ชื่อผู้ถูกร้อง", acc, 45, 90, 60), Field("ตำแหน่งผู้ถูกร้อง", apost, 125, 90, 60),
              Field("สังกัดผู้ถูกร้อง", aunit, 35, 100, 80), Field("โทรศัพท์ผู้ถูกร้อง", aline, 135, 100, 45),
              Field("เรื่องที่ร้อง", ("ขอขยายเขตไฟฟ้ามา 2 ปี เจ้าหน้าที่บอกให้จ่ายค่าเสาเพิ่มนอกใบแจ้งหนี้ 4,000 บาท",
                                   "มิเตอร์น้ำรั่ว แจ้งแล้ว 4 ครั้ง เจ้าหน้าที่พูดจาไม่สุภาพและไม่มาซ่อม ค่าน้ำขึ้นเป็น 1,260 บาท")[i % 2], 45, 114, 145),
              Field("เจ้าหน้าที่ผู้รับเรื่อง", officer[0], 70, 140, 40), Field("โทรศัพท์เจ้าหน้าที่", officer[1], 125, 140, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Kinnari"), fields)
    if by_centre:
        sender = f"ศูนย์ดำรงธรรมอำเภอ{p.amphoe} <damrongdham.sawangdaendin@dopa.example.go.th>"
        text = f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}\n\nส่งแบบคำร้องที่รับไว้ ณ ที่ว่าการอำเภอ{p.amphoe} เพื่อดำเนินการต่อ\n\n{officer[0]}\nโทร {officer[1]}\n"
    else:
        sender = own_box(a)
        text = "ส่งคำร้องตามไฟล์แนบครับ กรอกเองที่บ้าน\n"
    raw = message(i, "แบบคำร้องทุกข์ ศูนย์ดำรงธรรม", sender, CENTRE_BOX[p.province], text=text,
                  files=(("แบบคำร้องทุกข์.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_damrongdham_parts", raw, only_age(mine(a, ALL, box=not by_centre)))


def pdf_typed_community_justice_letter(a: Party, i: int) -> Case:
    """A community-justice volunteer's typed letter (Word to PDF), his block top left (the
    centre at the อบต., his mobile): a villager's land survey waits eight months and the
    surveyor asked money; the villager's ID, birth date and home; her own phone in v2."""
    p = a.p
    vol, vmob = (("นายบุญมา แก้วดวงดี", "0866914402"), ("นายสุพจน์ ไชยสุระ", "0807748123"))[i % 2]
    centre = f"ศูนย์ยุติธรรมชุมชนตำบล{p.tambon}"
    place = f"ที่ทำการองค์การบริหารส่วนตำบล{p.tambon} หมู่ที่ 1 ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}"
    land = "สำนักงานที่ดินจังหวัดมุกดาหาร" if p.province == MD else "สำนักงานที่ดินจังหวัดนครพนม สาขาธาตุพนม"
    own = (
        f" ผู้ร้องติดต่อได้ที่หมายเลข {mobile(p.mobile, i)}"
        if i % 2
        else " ผู้ร้องไม่มีโทรศัพท์ กรุณาติดต่อผ่านข้าพเจ้า"
    )
    paras: list[tuple[float, str]] = [(20, centre), (20, place), (20, f"โทร {mobile(vmob, i + 1)}"), (0, ""),
             (120, f"{25 + i % 4} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ขอให้ตรวจสอบความล่าช้าในการรังวัดที่ดินและการเรียกรับเงินของเจ้าหน้าที่"),
             (20, f"เรียน ผู้ว่าราชการจังหวัด{p.province}"), (0, ""),
             (30, f"ข้าพเจ้า {vol} อาสาสมัครยุติธรรมชุมชน ประจำ{centre} ได้รับการร้องขอจาก {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} อยู่บ้านเลขที่ {home(a, i + 2)} "
                  f"ซึ่งได้ยื่นคำขอรังวัดแบ่งแยกที่ดิน น.ส.3ก. เลขที่ {2731 + i} ต่อ{land} เมื่อวันที่ 18 มีนาคม 2569 "
                  "จนถึงปัจจุบันเป็นเวลาแปดเดือนยังไม่มีการนัดรังวัด และช่างรังวัดได้แจ้งผู้ร้องว่าหากต้องการให้เร็วขึ้น "
                  "ต้องจ่ายเงิน 8,000 บาท โดยไม่ออกใบเสร็จ"),
             (30, "จึงเรียนมาเพื่อโปรดสั่งการให้ตรวจสอบข้อเท็จจริง และเร่งรัดการรังวัดให้แก่ผู้ร้องโดยเร็ว" + own), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({vol})"), (100, "อาสาสมัครยุติธรรมชุมชน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"หนังสือ{centre} ขอให้ตรวจสอบความล่าช้าการรังวัด", f"{vol[3:]} <{('boonma.kd', 'supot.cs')[i % 2]}@gmail.com>",
                  CENTRE_BOX[p.province], text=f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}\nแนบหนังสือขอความช่วยเหลือให้ชาวบ้านครับ\n",
                  files=(("หนังสือ_ยุติธรรมชุมชน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_community_justice_letter", raw, for_other(a, ALL, own_phone=bool(i % 2)))


def pdf_typed_complaint_block_right(a: Party, i: int) -> Case:
    """A complaint typed in Word and saved as PDF: the writer's address block top right,
    the date; in the body her name, ID and mobile; the ปลัดอำเภอ complained of with his desk
    line; v2 in Thai digits, typed and sent by the writer's grandson."""
    p = a.p
    th = thai if i % 2 else (lambda s: s)
    h = home(a, i)
    cut = h.find(" อำเภอ") if " อำเภอ" in h else h.find(" อ.")
    official, oline = (("นายภูมิพัฒน์ สุวรรณไตรย์", "042-541-050 ต่อ 21"), ("นายวรวิทย์ บุตรโคตร", "042-691-114"))[i % 2]  # fmt: skip
    matter, said = (("ขอหนังสือรับรองการเป็นผู้ดูแลผู้สูงอายุเพื่อยื่นต่อธนาคาร", "ถ้าไม่รู้ระเบียบก็อย่ามาเสียเวลาราชการ"),
                    ("ขอรับรองลายมือชื่อในหนังสือมอบอำนาจขายที่ดิน", "คนแก่ไม่ต้องมายุ่งเรื่องเอกสาร"))[i % 2]  # fmt: skip
    paras: list[tuple[float, str]] = [(118, th(h[:cut])), (118, th(h[cut + 1:])), (0, ""),
             (118, th(f"{26 + i % 3} พฤศจิกายน 2569")), (0, ""),
             (20, "เรื่อง ร้องเรียนการปฏิบัติหน้าที่ของปลัดอำเภอ"), (20, f"เรียน นายอำเภอ{p.amphoe}"), (0, ""),
             (30, th(f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ได้ไปติดต่อ{matter} "
                     f"ที่ที่ว่าการอำเภอ{p.amphoe} เมื่อวันที่ 11 พฤศจิกายน 2569 เวลา 10.30 น. "
                     f"{official} ปลัดอำเภอ (หมายเลขโทรศัพท์โต๊ะ {oline}) ไม่ยอมรับคำขอ โดยอ้างว่าต้องนำผู้ใหญ่บ้านมารับรองด้วย "
                     f"ทั้งที่ข้าพเจ้านำหนังสือรับรองของผู้ใหญ่บ้านไปแล้ว และพูดจาดูถูกว่า \"{said}\" ต่อหน้าประชาชนคนอื่น")),
             (30, th(f"จึงเรียนมาเพื่อโปรดพิจารณา หากต้องการข้อมูลเพิ่มเติม ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}")), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (108, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 15, "Norasi", step=8.5), size=15, face="Norasi")
    if i % 2:
        sender = "ณัฐพงษ์ โคตรชมภู <nattapong.kc2545@gmail.com>"
        text = "เรียน ที่ว่าการอำเภอคำชะอี\nผมพิมพ์หนังสือร้องเรียนให้คุณตา ส่งตามไฟล์แนบครับ\n"
    else:
        sender = own_box(a)
        text = f"เรียน นายอำเภอ{p.amphoe}\nแนบหนังสือร้องเรียนครับ\n"
    raw = message(i, "หนังสือร้องเรียนปลัดอำเภอ", sender, f"saraban.{AMPHOE_EN[p.amphoe]}@dopa.example.go.th", text=text,
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_typed_complaint_block_right",
        raw,
        mine(a, NO_BIRTH, box=not i % 2, thai_digits=bool(i % 2)),
    )


# --- sheets --------------------------------------------------------------------------------


def xlsx_complaint_call_log(a: Party, i: int) -> Case:
    """A complainant's own log of calls and visits as a sheet: her head block (name, ID,
    home, mobile, box), then the rows of whom she spoke to (names, posts, their lines and
    mobiles) and what they said."""
    p = a.p
    city, line = {
        SN: ("องค์การบริหารส่วนตำบลงิ้วด่อน", "042-970-233"),
        MD: ("องค์การบริหารส่วนตำบลบางทรายใหญ่", "042-633-118"),
    }[p.province]
    rows = [("3/9/2569", "09:20", "โทรศัพท์", "นางสาวศิริพร แก้วพิลา", "เจ้าพนักงานธุรการ", f"{line} ต่อ 101", "ให้รอเจ้าหน้าที่โทรกลับ"),
            ("10/9/2569", "14:05", "ไปด้วยตนเอง", "นายวิชิต ภูนาสี", "หัวหน้าสำนักปลัด", "0869204417", "บอกว่าเรื่องอยู่ที่กองช่าง"),
            ("2/10/2569", "10:40", "โทรศัพท์", "นายอุดม วงศ์ศรีชา", "นายช่างโยธา", "0853327419", "ไม่รับสาย"),
            ("21/10/2569", "11:15", "LINE", "นายอุดม วงศ์ศรีชา", "นายช่างโยธา", "0853327419", "อ่านแล้วไม่ตอบ"),
            ("14/11/2569", "09:00", "ไปด้วยตนเอง", "นายสมบูรณ์ ศรีละคร", "ผู้อำนวยการกองช่าง", f"{line} ต่อ 300", "สั่งให้ลูกน้องดูให้ ยังไม่มีผล")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บันทึกการติดตาม"
        ws.append(("บันทึกการติดตามเรื่องร้องเรียน: ท่อระบายน้ำหน้าบ้านอุดตัน แจ้งแล้วไม่มีการแก้ไข",))
        ws.append(("ชื่อผู้ร้อง", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 2)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("วันที่", "เวลา", "ช่องทาง", "ผู้ที่ติดต่อ", "ตำแหน่ง", "เบอร์ที่ติดต่อ", "ผล"))
        for r in rows:
            ws.append(r)

    raw = message(i, "ขอติดตามเรื่องร้องเรียนท่อระบายน้ำ (แนบบันทึกการติดต่อ)", own_box(a), CENTRE_BOX[p.province],
                  text=f"เรียน ศูนย์ดำรงธรรม\n\n{me(a)}แจ้ง{city}เรื่องท่อระบายน้ำอุดตันมา 3 เดือนแล้ว ติดต่อไปหลายครั้งไม่มีความคืบหน้า "
                       f"แนบบันทึกการติดต่อทั้งหมดมาให้{ending(a)}\n",
                  files=(("บันทึกการติดต่อ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_complaint_call_log", raw, mine(a, NO_BIRTH))


def xlsx_vendors_signers_sheet(a: Party, i: int) -> Case:
    """Market vendors' complaint about the market inspector who takes fees without
    receipts: the leader's head block (ผู้ยื่นเรื่อง: name, ID, home, phone), then the
    signers' rows (stall number, name, ID, phone)."""
    p = a.p
    market = {NP: "ตลาดสดเทศบาลตำบลเรณูนคร", MD: "ตลาดสดเทศบาลเมืองมุกดาหาร (ตลาดอินโดจีน)"}[p.province]
    pre = f"3{p.postal[:2]}06000"
    signers = [("A-04", "นางบัวผัน ศรีมันตะ", with_check_digit(pre + "4211"), "0872210934"),
               ("A-11", "นางสาวลำดวน พรมสาร", with_check_digit(pre + "3378"), "0618840215"),
               ("B-02", "นายคำพอง ไชยเสน", with_check_digit(pre + "5519"), "0934472108"),
               ("B-17", "นางทองม้วน แสนคำ", with_check_digit(pre + "1906"), "0801195527")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อผู้ร้อง"
        ws.append((f"หนังสือร้องเรียนของผู้ค้า{market}",))
        ws.append(
            ("เรื่อง", "นายตรวจตลาดเรียกเก็บเงินค่าแผงเพิ่มวันละ 20 บาท โดยไม่ออกใบเสร็จ ตั้งแต่เดือนกรกฎาคม 2569")
        )
        ws.append(("ผู้ถูกร้องเรียน", "นายสมศักดิ์ ทองดี (นายตรวจตลาด) โทร 085-446-1290"))
        ws.append(())
        ws.append(("ผู้ยื่นเรื่อง (ตัวแทนผู้ค้า)", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("เบอร์โทร", mobile(p.mobile, i + 3)))
        ws.append(())
        ws.append(("แผงเลขที่", "ชื่อ-สกุล", "เลขบัตรประชาชน", "โทรศัพท์", "ลายมือชื่อ"))
        ws.append(("A-09", a.name, p.nid, p.mobile, "(ลงชื่อแล้ว)"))
        for stall, n, nid, m in signers:
            ws.append((stall, n, nid, m, "(ลงชื่อแล้ว)"))

    raw = message(i, "ผู้ค้าตลาดร้องเรียนนายตรวจตลาด", own_box(a), CENTRE_BOX[p.province],
                  text=f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}\n\nตัวแทนผู้ค้าขอส่งรายชื่อผู้ร้องเรียนตามไฟล์แนบ{ending(a)}\n\n{a.name}\n",
                  files=(("รายชื่อผู้ค้า.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_vendors_signers_sheet", raw, mine(a, NO_BIRTH))


def xlsx_damrongdham_register_row(a: Party, i: int) -> Case:
    """The province's ศูนย์ดำรงธรรม sends one row of its case register to the agency: a
    header row of labels over one row of values (B.E. dates, age, the ผู้ร้อง's ID, home and
    phone, the ผู้ถูกร้อง's name, post and line, the officer who took it)."""
    p = a.p
    resp, rpost, rline = (("นายชาญวิทย์ ศรีโคตร", "ผู้ช่วยผู้ใหญ่บ้าน/ผู้จัดการกองทุนหมู่บ้าน", "0864473302"),
                          ("นางสาวกัลยา พงษ์สุวรรณ", "เจ้าพนักงานธุรการ สำนักงานเกษตรอำเภอเมืองสกลนคร", "042-711-046"))[i % 2]  # fmt: skip
    head = ("ลำดับ", "เลขที่เรื่อง", "วันที่รับ", "ช่องทาง", "ชื่อ-สกุลผู้ร้อง", "เลขประจำตัวประชาชน", "อายุ", "ที่อยู่ผู้ร้อง",
            "โทรศัพท์ผู้ร้อง", "ผู้ถูกร้อง", "ตำแหน่ง/หน่วยงานผู้ถูกร้อง", "โทรศัพท์ผู้ถูกร้อง", "สรุปเรื่อง", "ผู้รับเรื่อง", "สถานะ")  # fmt: skip
    row = (1, f"{('นพ', 'สน')[i % 2]} 0{2145 + i}/2569", f"{12 + i % 10}/11/2569", ("1567", "Walk-in")[i % 2], a.name, nid_w(p.nid, i),
           age(p.born), home(a, i + 2), mobile(p.mobile, i), resp, rpost, rline,
           ("กองทุนหมู่บ้านไม่อนุมัติเงินกู้และเรียกค่าทำสัญญา 1,000 บาท", "ขึ้นทะเบียนเกษตรกรล่าช้า เจ้าหน้าที่ให้มาใหม่หลายครั้ง")[i % 2],
           ("นางจินตนา พลไชย โทร 042-511-424", "นายพงศกร ศรีหาวงศ์ โทร 042-711-870")[i % 2], "ส่งหน่วยงานตรวจสอบ")  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนรับเรื่อง"
        ws.append(head)
        ws.append(row)

    box = (CENTRE_BOX[NP], CENTRE_BOX[SN])[i % 2]
    raw = message(i, "ส่งเรื่องร้องเรียนเพื่อตรวจสอบ (ทะเบียนรับเรื่อง)", f"ศูนย์ดำรงธรรมจังหวัด{p.province} <{box}>",
                  f"saraban@{('thatphanom', 'sakon-agri')[i % 2]}.example.go.th",
                  text=f"เรียน หัวหน้าส่วนราชการ\n\nศูนย์ดำรงธรรมจังหวัด{p.province}ขอส่งเรื่องร้องเรียนตามทะเบียนแนบ ขอให้ตรวจสอบและแจ้งผลภายใน 15 วัน\n\n"
                       f"งานรับเรื่องราวร้องทุกข์ โทร {HALL_LINE[p.province]}\n",
                  files=(("ทะเบียนรับเรื่อง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_damrongdham_register_row", raw, only_age(for_other(a, ALL, own_phone=True)))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the firm and anonymous styles ignore them).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_rude_clerk, (0, 10)),
    (plain_gmail_bribe_land_office, (5, 12)),
    (plain_line_chat_permit_delay, (3, 9)),
    (plain_outlook_legal_aid_volunteer, (4, 7)),
    (plain_anonymous_whistleblower, (0, 0)),
    (html_outlook_damrongdham_case_table, (1, 11)),
    (html_outlook_firm_licence_stalled, (0, 0)),
    (html_iphone_reply_over_clerk, (2, 6)),
    (html_webform_complaint_notice, (8, 12)),
    (docx_damrongdham_dotted_form, (7, 13)),
    (docx_lawyer_letterhead_client, (9, 0)),
    (docx_whistleblower_named_secret, (2, 8)),
    (docx_ita_complaint_table, (3, 10)),
    (pdf_fillable_complainant_accused, (6, 0)),
    (pdf_fillable_damrongdham_parts, (4, 5)),
    (pdf_typed_community_justice_letter, (12, 1)),
    (pdf_typed_complaint_block_right, (11, 7)),
    (xlsx_complaint_call_log, (9, 5)),
    (xlsx_vendors_signers_sheet, (10, 6)),
    (xlsx_damrongdham_register_row, (1, 3)),
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
