"""A sixty-eighth set of requests written by someone who had not read the readers (issue 8):
PERSONAL DATA RIGHTS AND COMPLAINTS ABOUT THE AGENCY ITSELF, to เทศบาลเมืองบางบัวทอง
(Nonthaburi), เทศบาลเมืองเพชรบุรี (Phetchaburi), องค์การบริหารส่วนตำบลริมกก (Chiang Rai) and
เทศบาลเมืองหนองสำโรง (Udon Thani). Requests under the พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562
(มาตรา 19, 30-35): to see and copy the data the agency holds (its DPO's name, line and box
quoted from its privacy notice), to correct it (a wrong ID in a tax notice beside the right
one, an old address beside the new one, a maiden name beside the married one, an old mobile
beside the new one), to delete an elder's full ID published on the town's website (her
daughter or son writes), to object to a photo on the town's Facebook page (the post's and
photo's long numeric ids in the links), to withdraw consent to the newsletter (the old box
and old SMS number on the list beside the ones to answer on); requests for official
information (พ.ร.บ.ข้อมูลข่าวสารของราชการ) about a road contract (the contractor's 13-digit
registration number, the contract's number and sum, the committee's chairman); complaints
about an official's conduct (his name, position, office line with its extension, his own
mobile, his LINE id); anonymous whistleblowers' mails about procurement; complaints
forwarded by the ศูนย์ดำรงธรรมจังหวัดเชียงราย (its letter number, a 13-digit case number, its
officer's signature with line, fax and box) and by the สำนักงานผู้ตรวจการแผ่นดิน (a typed
letter as PDF, its officer's block); a complaint sent again as a reply to the agency's
answer (the quoted answer with its document number, the clerk's name, line and box, and
the citizen's first mail quoted below it); a lawyer asking for his client's data (his
licence, office, line, mobile and box).
Kinds: plain (iPhone and Samsung mail, Gmail and Outlook replies), HTML (Gmail, a law
firm's Outlook, the ศูนย์ดำรงธรรม's HTML letter with a table, the town's web form's
notification from no-reply), Word (the อบต.'s PDPA request form as tables with ☑ and a
representative's part, a correction letter with an old/new table, the information request
typed over dotted lines, a complaint letter with its own address block), PDF (the town's
fillable PDPA form with a representative's fields, the Ombudsman's typed letter, a citizen's
typed withdrawal of consent with her block top right, a fillable complaint form with
fields Text1..Text15 and a part about the official), xlsx (a shop owner's list of records
to correct: old and right values in columns; a complainant's log of calls and visits).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following the earlier rulings: set 31 (the
complainant, not the one complained of), set 33 (a value the mail corrects is right as
corrected), set 58 (an anonymous complainant), set 63 (the one the request is for, never the
lawyer or relative who sends it). WHO says them per style.
- The APPLICANT is the DATA SUBJECT (เจ้าของข้อมูลส่วนบุคคล) whose rights are asked, or the
  COMPLAINANT (ผู้ร้องเรียน), or the one who asks the information. A lawyer, a daughter, a
  son or a granddaughter who writes, sends or signs as ผู้แทน / ผู้รับมอบอำนาจ for her is
  never the applicant: their name, ID, phone, box and address never hers; where only
  theirs appear, her phone and e-mail are `()` (no value, or a flagged one, is right).
- The OFFICIAL complained of, the clerk who signed the agency's answer, the DPO, the
  ศูนย์ดำรงธรรม's and the Ombudsman's officers, a PR officer who took a photo, a
  committee's chairman, a contractor and its owner: never the applicant (their names,
  positions, office lines, extensions, mobiles, LINE ids, boxes, offices).
- A FORWARDED complaint (ศูนย์ดำรงธรรม, ผู้ตรวจการแผ่นดิน): the complainant named in it is
  the applicant: her name, ID (where given), address, phone; e-mail hers only where the
  complaint gives one, else `()` (the centre's or the Office's box never). National ID not
  scored where the forward gives none.
- A REPLY to the agency's answer: the citizen who replies; her values anywhere in the thread
  (her new text, her first mail quoted at the bottom) are hers; the agency's quoted answer
  (document number, clerk, line, box, the agency's address) never.
- An ANONYMOUS whistleblower (ไม่ประสงค์ออกนาม): full_name, national_id, address, province
  and postal_code `()` (the project's place, the contractor's, the official's never); the
  box she sends from is her e-mail; her phone where she gives one to call back, else `()`.
- Where a mail CORRECTS a value (มาตรา 35) or names an OLD and a CURRENT one, the CURRENT
  (right) value is expected: the right ID, not the wrong one the agency printed (even where
  the wrong one has a valid check digit); the new address, not the one she left; the name
  she bears now (married surname, new given name), not the old; the new mobile and the box
  she answers on, not the old ones being removed from a list.
- address: where the applicant lives now, house number to อำเภอ, with or without
  เลขที่/บ้านเลขที่, with or without province (as typed) and postal code; province (its
  name) and postal code of that address. Never the agency's, the centre's, a project's
  place, the lawyer's office, the relative's home, the address she left.
- phone: her own mobile; email: her own box (the one she sends from or gives to answer
  on); a no-reply box, a DPO's, a clerk's, a lawyer's, a relative's never.
- birth_date ISO, only the applicant's; the dates of a post, a photo, a letter, a visit,
  an event, a contract never.
- Reference, complaint, case, document, contract, receipt, permit, tax-notice and water
  user numbers, Facebook ids (even of 13 digits), a company's registration number, a
  lawyer's licence are never an ID or a phone.
Everyone, every firm and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together
(the agencies' names and addresses are used as places, not vouched for).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines


@dataclass(frozen=True)
class Agency:
    name: str
    head: str  # whom a letter is addressed to
    desk: str
    place: str  # the agency's own address
    line: str
    prefix: str  # its document numbers' prefix
    dpo: tuple[str, str, str, str]  # name, position, line, box
    clerk: tuple[str, str, str, str]  # who signs its answers: name, position, line, box
    official: tuple[str, str, str, str, str]  # complained of: name, position, line, mobile, LINE id


BBT = Agency(
    "เทศบาลเมืองบางบัวทอง", "นายกเทศมนตรีเมืองบางบัวทอง", "saraban@bangbuathong.example.go.th",
    "99 หมู่ที่ 2 ตำบลโสนลอย อำเภอบางบัวทอง จังหวัดนนทบุรี 11110", "02-571-7215", "นบ 52102",
    ("นางสาวรัชนี วงศ์ใหญ่", "นิติกรชำนาญการ", "02-571-7215 ต่อ 112", "dpo@bangbuathong.example.go.th"),
    ("นายธนากร ปิ่นทอง", "เจ้าพนักงานธุรการชำนาญงาน", "02-571-7215 ต่อ 104", "saraban@bangbuathong.example.go.th"),
    ("นายอดิศักดิ์ เพ็งพันธ์", "เจ้าพนักงานทะเบียน สำนักทะเบียนท้องถิ่น", "02-571-7215 ต่อ 120", "0867419235", "adisak.pp"),
)  # fmt: skip
PBI = Agency(
    "เทศบาลเมืองเพชรบุรี", "นายกเทศมนตรีเมืองเพชรบุรี", "saraban@phetchaburicity.example.go.th",
    "1 ถนนดำเนินเกษม ตำบลท่าราบ อำเภอเมืองเพชรบุรี จังหวัดเพชรบุรี 76000", "032-425-114", "พบ 52001",
    ("นายชาตรี บุญประคอง", "หัวหน้าฝ่ายนิติการ", "032-425-114 ต่อ 118", "dpo@phetchaburicity.example.go.th"),
    ("นายเกียรติศักดิ์ มณีรัตน์", "นักประชาสัมพันธ์ปฏิบัติการ", "032-425-114 ต่อ 201", "pr@phetchaburicity.example.go.th"),
    ("นายวิโรจน์ แก้วกาญจนา", "เจ้าพนักงานธุรการ งานทะเบียนพาณิชย์ กองคลัง", "032-425-114 ต่อ 305", "0925518370", "wiroj.kk"),
)  # fmt: skip
RMK = Agency(
    "องค์การบริหารส่วนตำบลริมกก", "นายกองค์การบริหารส่วนตำบลริมกก", "saraban@rimkok.example.go.th",
    "123 หมู่ที่ 1 ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100", "053-150-227", "ชร 81001",
    ("นางสาวศศิธร อินทร์ชัย", "นิติกรปฏิบัติการ", "053-150-227 ต่อ 15", "dpo@rimkok.example.go.th"),
    ("นางพรรณี ขันแก้ว", "หัวหน้าสำนักปลัด", "053-150-227 ต่อ 11", "saraban@rimkok.example.go.th"),
    ("นายสุรศักดิ์ พรหมเมือง", "นายช่างโยธาชำนาญงาน กองช่าง", "053-150-227 ต่อ 21", "0897612354", "surasak.cr"),
)  # fmt: skip
NSR = Agency(
    "เทศบาลเมืองหนองสำโรง", "นายกเทศมนตรีเมืองหนองสำโรง", "saraban@nongsamrong.example.go.th",
    "88 หมู่ที่ 5 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000", "042-931-556", "อด 52101",
    ("นายพงศกร ศรีวงษา", "นิติกรชำนาญการ", "042-931-556 ต่อ 109", "dpo@nongsamrong.example.go.th"),
    ("นางสาวปิยะนุช ศรีบุญเรือง", "เจ้าพนักงานธุรการชำนาญงาน", "042-931-556 ต่อ 102", "saraban@nongsamrong.example.go.th"),
    ("นางจันทร์เพ็ญ โคตรสุวรรณ", "เจ้าพนักงานจัดเก็บรายได้ กองคลัง", "042-931-556 ต่อ 14", "0817054326", "janpen.ks"),
)  # fmt: skip

NB, PB, CR, UD = "นนทบุรี", "เพชรบุรี", "เชียงราย", "อุดรธานี"

# The applicants (data subjects, complainants, requesters).
PEOPLE: tuple[Party, ...] = (
    # 0-3 Nonthaburi (เทศบาลเมืองบางบัวทอง)
    P("นางสาว", "ศิริพร", "เอี่ยมสะอาด", "112990045317", date(1990, 6, 14), "0863412297", "siriporn.eam@gmail.com",
      "59/112", "5", "", "", "พิมลราช", "บางบัวทอง", NB, "11110"),
    P("นาย", "ชยพล", "ธีระวัฒน์", "312010066208", date(1981, 10, 3), "0819275536", "chayapon.tr@outlook.com",
      "88/41", "2", "", "บางกรวย-ไทรน้อย", "โสนลอย", "บางบัวทอง", NB, "11110"),
    P("นาง", "ละเอียด", "ปานทอง", "312020011573", date(1949, 2, 21), "0894410365", "",
      "12", "7", "", "", "บางรักพัฒนา", "บางบัวทอง", NB, "11110"),
    P("นาย", "บุญส่ง", "ศรีอ่อน", "312020004186", date(1947, 8, 9), "0815523904", "",
      "9/1", "4", "", "", "ละหาร", "บางบัวทอง", NB, "11110"),
    # 4-6 Phetchaburi (เทศบาลเมืองเพชรบุรี)
    P("นาย", "ธีรวัฒน์", "แสงจันทร์", "376010033817", date(1979, 5, 27), "0816627413", "teerawat.sj@gmail.com",
      "134", "", "", "ดำเนินเกษม", "ท่าราบ", "เมืองเพชรบุรี", PB, "76000"),
    P("นาง", "อัญชลี", "เรืองศรี", "176010054420", date(1992, 12, 8), "0927715408", "anchalee.rs@gmail.com",
      "45/3", "", "", "พานิชเจริญ", "คลองกระแชง", "เมืองเพชรบุรี", PB, "76000"),
    P("นาง", "สุดารัตน์", "ทองอยู่", "376990012509", date(1966, 4, 17), "0897360124", "sudarat.ty@hotmail.com",
      "22/1", "4", "", "", "ต้นมะม่วง", "เมืองเพชรบุรี", PB, "76000"),
    # 7-9 Chiang Rai (อบต.ริมกก)
    P("นาย", "อนันต์", "ใจคำ", "357010044125", date(1970, 1, 30), "0819924751", "anan.jaikham@gmail.com",
      "99", "3", "", "", "ริมกก", "เมืองเชียงราย", CR, "57100"),
    P("นางสาว", "พิมพ์ลดา", "อินต๊ะวงค์", "157990012637", date(1998, 9, 11), "0638824105", "pimlada.in@gmail.com",
      "158/2", "7", "", "", "ริมกก", "เมืองเชียงราย", CR, "57100"),
    P("นาย", "สมบูรณ์", "คำแสน", "357010021348", date(1953, 11, 5), "0862207713", "",
      "41", "10", "", "", "ริมกก", "เมืองเชียงราย", CR, "57100"),
    # 10-13 Udon Thani (เทศบาลเมืองหนองสำโรง)
    P("นาง", "วันเพ็ญ", "ศรีสุข", "341010052274", date(1968, 7, 19), "0871246630", "wanpen.ss@yahoo.com",
      "211/5", "", "", "ทหาร", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นาย", "ไพโรจน์", "บุญมา", "341990031158", date(1975, 3, 2), "0861407725", "phairoj.bm@gmail.com",
      "77", "9", "", "", "หนองบัว", "เมืองอุดรธานี", UD, "41000"),
    P("นางสาว", "กนกวรรณ", "ภูมิสาย", "141010078342", date(1996, 10, 25), "0957731862", "kanokwan.ps@gmail.com",
      "5/8", "", "", "โพศรี", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นาง", "ทองใบ", "ภูมิสาย", "341010008826", date(1948, 6, 1), "", "",
      "5/8", "", "", "โพศรี", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
)  # fmt: skip

# Addresses the applicants LEFT (never expected), per province.
OLD_HOMES: dict[str, tuple[str, str]] = {
    PB: ("8/1 หมู่ที่ 3 ตำบลท่าแร้ง อำเภอบ้านแหลม จังหวัดเพชรบุรี 76110",
         "42 ถนนเพชรเกษม ตำบลชะอำ อำเภอชะอำ จังหวัดเพชรบุรี 76120"),
    NB: ("45/7 หมู่ที่ 3 ตำบลบางแม่นาง อำเภอบางใหญ่ จังหวัดนนทบุรี 11140",
         "101/22 ซอยวัดบางพูด ถนนติวานนท์ ตำบลปากเกร็ด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120"),
}  # fmt: skip

# Old contacts being removed from a list (never expected).
OLD_BOX = {
    0: "siriporn_e@hotmail.com",
    1: "chayapon.t@yahoo.com",
    4: "teerawat_s@hotmail.com",
    5: "anchalee.pt@hotmail.com",
}
OLD_MOB = {0: "0814420967", 1: "0897745120", 4: "0851197346", 5: "0841207783"}
# Names borne before (a maiden name, a former given name).
OLD_NAME = {5: "นางสาวอัญชลี พึ่งทอง", 4: "นายสมศักดิ์ แสงจันทร์"}

# Relatives who write for an elder: name, ID, mobile, box, home elsewhere, kin word.
RELATIVES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นางสาววรรณิสา ปานทอง", with_check_digit("112990071536"), "0928814530", "wannisa.pt@gmail.com",
     "77/215 คอนโดศุภาลัย ซิตี้ ถนนแจ้งวัฒนะ ตำบลปากเกร็ด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120", "บุตรสาว"),
    ("นายประสิทธิ์ ศรีอ่อน", with_check_digit("312020049912"), "0836617240", "prasit.sron@hotmail.com",
     "19/4 หมู่ที่ 1 ตำบลบางคูรัด อำเภอบางบัวทอง จังหวัดนนทบุรี 11110", "บุตรชาย"),
    ("นายณัฐวุฒิ คำแสน", with_check_digit("157990043316"), "0857732916", "nattawut.ks@hotmail.com",
     "45/12 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร 10240", "บุตรชาย"),
)  # fmt: skip

# Lawyers: name, licence, office, line, mobile, box.
LAWYERS: dict[str, tuple[str, str, str, str, str, str]] = {
    CR: ("นายปกรณ์ ศรีวิชัย", "8821/2552", "สำนักงานปกรณ์ กฎหมายและธุรกิจ 219/4 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
         "053-711-482", "081-672-9034", "pakorn.law@gmail.com"),
    NB: ("นางสาวธนพร จันทร์หอม", "15502/2560", "ธนพร ลอว์ ออฟฟิศ 88/19 หมู่ที่ 6 ถนนรัตนาธิเบศร์ ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000",
         "02-526-3340", "089-552-1706", "tanaporn@tnp-law.example.co.th"),
}  # fmt: skip

# Contractors: name, registration number, owner, owner's mobile.
CONTRACTORS: dict[str, tuple[str, str, str, str]] = {
    UD: ("ห้างหุ้นส่วนจำกัด อุดรรุ่งเรืองก่อสร้าง", with_check_digit("041355800217"), "นายประยงค์ แสนสุข", "0816625409"),
    CR: ("บริษัท เชียงรายวิศวกรรม 2020 จำกัด", with_check_digit("057556300184"), "นายเอกชัย วงศ์ปัญญา", "0894417702"),
}  # fmt: skip

DAMRONG = ("นางสาวอรทัย ไชยวงศ์", "เจ้าพนักงานปกครองชำนาญงาน", "0 5315 0185", "0 5315 0186", "damrongdhama.cr@example.go.th",
           "ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100")  # fmt: skip
OMBUDSMAN = ("นายศุภกร เลิศวิริยะ", "ผู้อำนวยการกลุ่มงานรับเรื่องร้องเรียน", "0 2141 9124", "0 2143 8350", "supakorn.l@ombudsman.example.go.th",
             "ศูนย์ราชการเฉลิมพระเกียรติ 80 พรรษา อาคารรัฐประศาสนภักดี (อาคาร B) ชั้น 5 ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210")  # fmt: skip


def wrong_id(nid: str) -> str:
    """The ID as the agency mistyped it: two digits of the twelve swapped, a check digit
    that fits them (so the wrong one looks valid)."""
    d = list(nid[:12])
    for k in (5, 7, 9, 3):
        if d[k] != d[k + 1]:
            d[k], d[k + 1] = d[k + 1], d[k]
            break
    out = with_check_digit("".join(d))
    assert out != nid
    return out


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
            cc: str = "", reply: bool = False) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = ("Re: " if reply else "") + subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 16 + n % 10, 1 + n % 11, (13 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set68-{n}@example.net>"
    if reply:
        msg["In-Reply-To"] = f"<answer68-{n}@example.go.th>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(a: Party) -> int:
    b = a.p.born
    return 2026 - b.year - ((b.month, b.day) > (11, 20))


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_ID = "full_name phone email address postal_code province"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The data subject, sent for by another: her phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def anonymous(box: str, phone: str) -> dict[str, tuple[str, ...]]:
    e: dict[str, tuple[str, ...]] = {
        k: () for k in ["full_name", "national_id", "address", "postal_code", "province"]
    }
    e["email"] = (box,)
    e["phone"] = ("+66" + phone[1:], phone) if phone else ()
    return e


WHO: dict[str, str] = {
    "plain_pdpa_access_iphone": "the data subject who writes; never the DPO quoted, the loan company's number",
    "plain_correct_id_and_address": "the taxpayer; the RIGHT ID and the CURRENT address, never the wrong ID or the house she left",
    "plain_anonymous_procurement": "no one named (anonymous): her box; her call-back phone in v2 only; never the contractor, its owner, the official",
    "plain_official_conduct": "the complainant; never the official (name, line, extension, mobile, LINE id)",
    "plain_child_deletes_mother_data": "the elder mother/father whose ID was published; never the daughter/son who writes (phone, e-mail `()`)",
    "plain_reply_again": "the citizen who replies; never the clerk of the quoted answer, the agency's address",
    "html_gmail_facebook_photo": "the one in the photo who objects; never the PR officer, the post's ids",
    "html_outlook_lawyer_client_data": "the client (data subject); never the lawyer (phone, e-mail `()`)",
    "html_damrongtham_forward": "the complainant in the centre's table; never the centre's officer; e-mail hers only in v2",
    "html_webform_withdraw_consent": "the data subject; her contact box and mobile, never the old ones on the list, never no-reply",
    "docx_pdpa_form_rimkok": "the เจ้าของข้อมูล part; v2's ผู้แทน (the son) never; v2 e-mail `()`",
    "docx_correction_name_change": "the applicant as she is named now; the new address and mobile; never the old ones",
    "docx_info_act_contract": "the requester on the dotted lines; never the contractor, the chairman",
    "docx_complaint_letter_official": "the complainant (address block, signature); never the official or the witness",
    "pdf_fillable_pdpa_form": "the เจ้าของข้อมูล fields; the rep_* fields (the granddaughter) never; v2 phone, e-mail `()`",
    "pdf_typed_ombudsman_letter": "the complainant named by the Office; never its officer, its address; e-mail `()`",
    "pdf_typed_withdraw_consent": "the writer at her current address (block top right); never the address she left",
    "pdf_fillable_complaint_form": "the ผู้ร้องเรียน fields; never the ผู้ถูกร้องเรียน fields",
    "xlsx_correction_list": "the owner in the head rows; the right column, never the recorded (old, wrong) one",
    "xlsx_complaint_log": "the complainant in the head rows; never the officials and lines in the log",
}


# --- plain ---------------------------------------------------------------------------------


def plain_pdpa_access_iphone(a: Party, i: int) -> Case:
    """A data subject asks from her iPhone to see and copy all the data the town holds on
    her (มาตรา 30), copying the DPO named in the town's privacy notice (his line with its
    extension, his box); a loan company's number that keeps calling her."""
    p = a.p
    ag = NSR
    dname, dpos, dline, dbox = ag.dpo
    text = (
        f"เรียน {ag.head}\nเรื่อง ขอใช้สิทธิเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
        f"ที่อยู่ {home(a, i)} เคยยื่นคำขอรับเงินช่วยเหลือผู้ประสบวาตภัย (คำร้องเลขที่ ภย.{412 + i}/2569 "
        "ลงวันที่ 3 กันยายน 2569) และลงทะเบียนรับเบี้ยยังชีพไว้กับเทศบาล\n\n"
        f"{me(a)}ขอใช้สิทธิตามมาตรา 30 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ขอเข้าถึงและขอรับสำเนา"
        f"ข้อมูลส่วนบุคคลของ{me(a)}ทั้งหมดที่เทศบาลเก็บรวบรวมไว้ พร้อมแจ้งวัตถุประสงค์ ระยะเวลาการเก็บ "
        "และหน่วยงานหรือบุคคลที่เทศบาลได้เปิดเผยข้อมูลให้ เนื่องจากช่วงเดือนที่ผ่านมามีบริษัทสินเชื่อโทรมาจากเบอร์ "
        f"02-108-{4471 + i} เรียกชื่อและที่อยู่ของ{me(a)}ได้ถูกต้อง ทั้งที่{me(a)}ไม่เคยให้ข้อมูลกับบริษัทนี้\n\n"
        "ตามประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคลของเทศบาล ให้ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) "
        f"คือ {dname} {dpos} โทร {dline} อีเมล {dbox} {me(a)}จึงสำเนาอีเมลฉบับนี้ถึง DPO ด้วยแล้ว\n\n"
        f"ขอให้ส่งสำเนาข้อมูลมาทางอีเมลนี้ หรือโทรแจ้ง{me(a)}ที่ {mobile(p.mobile, i + 1)} {ending(a)}\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(
        i, "ขอใช้สิทธิเข้าถึงข้อมูลส่วนบุคคล (มาตรา 30 PDPA)", own_box(a), ag.desk, text=text, cc=dbox
    )
    return Case("plain_pdpa_access_iphone", raw, own(a, ALL))


def plain_correct_id_and_address(a: Party, i: int) -> Case:
    """A taxpayer asks the revenue desk to correct her record (มาตรา 35): the tax notice
    came to the house she left and printed a wrong ID (valid check digit); v1 lists
    'ที่บันทึกไว้ (ผิด)' before 'ที่ถูกต้อง', v2 the right value first, the wrong in
    brackets."""
    p = a.p
    ag = PBI
    wrong = wrong_id(p.nid)
    old = OLD_HOMES[PB][i % 2]
    if i % 2 == 0:
        body = (
            f"1. เลขประจำตัวประชาชน\n   ที่เทศบาลบันทึกไว้ (ผิด) : {nid_w(wrong, i)}\n   ที่ถูกต้อง : {nid_w(p.nid, i)}\n\n"
            f"2. ที่อยู่สำหรับจัดส่งหนังสือ\n   ที่อยู่เดิม (ย้ายออกแล้วตั้งแต่เดือนมีนาคม 2569) : {old}\n"
            f"   ที่อยู่ปัจจุบัน : {home(a, i)}\n"
        )
    else:
        body = (
            f"- เลขบัตรประชาชนที่ถูกต้องของ{me(a)} คือ {nid_w(p.nid, i)} (หนังสือของเทศบาลพิมพ์เป็น {nid_w(wrong, i + 1)} ซึ่งไม่ใช่เลขของ{me(a)})\n"
            f"- ที่อยู่ปัจจุบัน {home(a, i)} ขอให้เลิกส่งเอกสารไปที่ {old} เพราะขายบ้านหลังนั้นไปแล้ว\n"
        )
    text = (
        f"เรียน ผู้อำนวยการกองคลัง {ag.name}\n\n"
        f"{me(a)} {a.name} ได้รับหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569 (ภ.ด.ส.6 เลขที่ {1520 + i}/2569) "
        f"ล่าช้าไปเกือบเดือน เพราะเทศบาลส่งไปที่บ้านหลังเดิม และเลขประจำตัวประชาชนที่พิมพ์ในหนังสือก็ไม่ตรงกับบัตรของ{me(a)} "
        f"จึงขอใช้สิทธิตามมาตรา 35 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคลฯ ขอให้แก้ไขข้อมูลของ{me(a)}ในทะเบียนผู้เสียภาษีให้ถูกต้อง ดังนี้\n\n"
        f"{body}\nแนบสำเนาบัตรประชาชนและสำเนาทะเบียนบ้านหลังใหม่มาพร้อมนี้ มีข้อสงสัยโทรหา{me(a)}ได้ที่ {mobile(p.mobile, i)} {ending(a)}\n\n"
        f"{a.name}\n\nส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    raw = message(i, "ขอแก้ไขเลขบัตรประชาชนและที่อยู่ในทะเบียนผู้เสียภาษี", own_box(a), ag.desk, text=text)
    return Case("plain_correct_id_and_address", raw, own(a, NO_BIRTH))


def plain_anonymous_procurement(a: Party, i: int) -> Case:
    """An anonymous villager reports a rigged road contract from a throwaway Gmail: the
    contract's number, sum and dates, the contractor (its 13-digit registration number,
    its owner's mobile), the inspection committee's member (his mobile); v2 leaves a
    number to call back, asking that it be kept secret."""
    ag, prov = ((NSR, UD), (RMK, CR))[i % 2]
    firm, reg, owner, owner_mob = CONTRACTORS[prov]
    official, pos, _, omob, _ = ag.official
    if i % 2 == 0:
        box, phone = "nongbua.khonrakban@gmail.com", ""
        sender = f"คนรักบ้านหนองบัว <{box}>"
        place = "ถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัว หมู่ที่ 7 ตำบลหนองบัว"
        close = "ขอไม่เปิดเผยชื่อ เพราะกลัวจะมีปัญหากับคนในหมู่บ้าน ไม่ต้องติดต่อกลับ\n\nชาวบ้านหมู่ 7\n\nSent from my Galaxy\n"
    else:
        box, phone = "rimkok.watch2569@gmail.com", "0638817245"
        sender = f"ไม่ประสงค์ออกนาม <{box}>"
        place = "ถนนลาดยางสายบ้านป่างิ้ว หมู่ที่ 6 ตำบลริมกก"
        close = (f"ผู้แจ้งขอไม่ประสงค์ออกนาม หากเจ้าหน้าที่ต้องการข้อมูลเพิ่ม โทรหาได้ที่ {mobile(phone, i)} "
                 "(ขอให้ปกปิดชื่อและเบอร์นี้ด้วย)\n\nประชาชนผู้หวังดี\n")  # fmt: skip
    text = (
        f"เรียน {ag.head} และหน่วยตรวจสอบภายใน\n\nขอแจ้งเบาะแสการจัดซื้อจัดจ้างที่ไม่โปร่งใส\n\n"
        f"โครงการก่อสร้าง{place} สัญญาจ้างเลขที่ {45 + i}/2569 ลงวันที่ 12 มิถุนายน 2569 วงเงิน 1,486,000 บาท "
        f"ผู้รับจ้างคือ {firm} (เลขทะเบียนนิติบุคคล {reg}) ซึ่งเจ้าของคือ {owner} โทร {mobile(owner_mob, i)} "
        "เป็นญาติกับสมาชิกสภาท้องถิ่นในพื้นที่\n\n"
        "1. มีผู้ยื่นซองเพียง 2 ราย และอีกรายเป็นร้านของน้องภรรยาเจ้าของห้างฯ เดียวกัน\n"
        "2. ถนนหนาไม่ถึง 15 เซนติเมตรตามแบบ วัดได้ประมาณ 9-10 ซม. มีรูปถ่ายเก็บไว้\n"
        f"3. คณะกรรมการตรวจรับพัสดุ มี {official} ({pos}) เป็นกรรมการ ตรวจรับงานวันที่ 28 สิงหาคม 2569 "
        f"ทั้งที่ถนนยังทำไม่เสร็จ ชาวบ้านเห็นรถของผู้รับจ้างจอดหน้าบ้านกรรมการบ่อย ๆ เบอร์ของกรรมการคือ {mobile(omob, i + 1)}\n\n"
        f"ขอให้ตรวจสอบก่อนเบิกจ่ายงวดสุดท้าย\n{close}"
    )
    raw = message(i, "แจ้งเบาะแสการจัดซื้อจัดจ้าง (ไม่ประสงค์ออกนาม)", sender, ag.desk, text=text)
    return Case("plain_anonymous_procurement", raw, anonymous(box, phone))


def plain_official_conduct(a: Party, i: int) -> Case:
    """A villager complains of a building official who was rude and asked him to call his
    own mobile 'to make it quicker': the official's name, position, office line with its
    extension, mobile and LINE id; the permit request's number; the villager's lines."""
    p = a.p
    ag = RMK
    name, pos, line, omob, lid = ag.official
    text = (
        f"เรียน {ag.head}\nเรื่อง ร้องเรียนการปฏิบัติหน้าที่ของเจ้าหน้าที่\n\n"
        f"{me(a)} {a.name} อายุ {age(a)} ปี บ้านเลขที่ {home(a, i + 1)} เลขบัตรประชาชน {nid_w(p.nid, i + 1)} "
        f"ขอร้องเรียน {name} ตำแหน่ง{pos} เมื่อวันที่ 9 ตุลาคม 2569 เวลาประมาณ 10.30 น. {me(a)}ไปยื่นคำขออนุญาตต่อเติมอาคาร "
        f"(คำขอเลขที่ ข.1 {88 + i}/2569) เจ้าหน้าที่พูดจาไม่สุภาพต่อหน้าคนอื่น และบอกว่าถ้าอยากได้ใบอนุญาตเร็วให้โทรไปคุยที่เบอร์ส่วนตัว "
        f"{mobile(omob, i)} หรือแอดไลน์ {lid} ต่อมา{me(a)}โทรไปที่สำนักงาน {line} หลายครั้งก็ไม่มีผู้รับสาย "
        f"ผ่านมาเกือบสองเดือนแล้วคำขอของ{me(a)}ยังไม่ได้รับการพิจารณา\n\n"
        f"ขอให้ อบต. ตรวจสอบพฤติกรรมของเจ้าหน้าที่คนนี้ และแจ้งผลให้{me(a)}ทราบด้วย{ending(a)}\n"
        f"ติดต่อ{me(a)}ได้ที่ {mobile(p.mobile, i + 2)}\n\n{a.name}\n"
    )
    raw = message(i, "ร้องเรียนเจ้าหน้าที่กองช่าง", own_box(a), ag.desk, text=text)
    return Case("plain_official_conduct", raw, own(a, NO_BIRTH))


def plain_child_deletes_mother_data(a: Party, i: int) -> Case:
    """A daughter (v1) or son (v2) asks the town to delete the full ID and birth date of
    an elder published on its website in the list of allowance payees (มาตรา 33): the
    elder's ID, birth date and home; the writer's own ID, mobile, box and home elsewhere."""
    p = a.p
    ag = BBT
    rname, rid, rmob, rbox, rhome, kin = RELATIVES[i % 2]
    parent = "มารดา" if p.title == "นาง" else "บิดา"
    text = (
        f"เรียน {ag.head}\nเรื่อง ขอให้ลบข้อมูลส่วนบุคคลของ{parent}ที่เผยแพร่บนเว็บไซต์เทศบาล\n\n"
        f"{'ดิฉัน' if kin == 'บุตรสาว' else 'ผม'} {rname} เลขประจำตัวประชาชน {nid_w(rid, i)} เป็น{kin}ของ {a.name} "
        f"ได้รับมอบอำนาจจาก{parent}ให้ดำเนินการแทน (แนบหนังสือมอบอำนาจ)\n\n"
        "เว็บไซต์ของเทศบาล หน้า ข่าวประชาสัมพันธ์ > ประกาศรายชื่อผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2570 "
        f"(ประกาศ ณ วันที่ {thai_day(date(2026, 10, 1 + (5 + i) % 28))}) แสดงข้อมูลของ{parent}ครบทุกช่อง ได้แก่\n"
        f"ชื่อ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\n\n"
        f"ใครค้นชื่อ{parent}ใน Google ก็เจอ ตอนนี้มีคนโทรมาหลอกว่าเป็นเจ้าหน้าที่เทศบาลจะโอนเงินให้ "
        f"จึงขอใช้สิทธิตามมาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ขอให้ลบหรือปกปิดเลขประจำตัวประชาชน วันเกิด "
        f"และบ้านเลขที่ของ{parent}ออกจากประกาศโดยเร็ว\n\n"
        f"{parent}อายุ {age(a)} ปีแล้ว ไม่ได้ใช้อีเมลและโทรศัพท์ไม่ค่อยได้ยิน กรุณาติดต่อกลับที่ {mobile(rmob, i)}\n\n"
        f"{rname}\n{rhome}\n"
    )
    raw = message(
        i,
        f"ขอให้ลบเลขบัตรประชาชนของ{parent}ออกจากประกาศบนเว็บไซต์",
        f"{rname.split()[0][3 if rname.startswith('นาย') else 6 :]} <{rbox}>",
        ag.desk,
        text=text,
    )
    return Case("plain_child_deletes_mother_data", raw, for_other(a, ALL))


def plain_reply_again(a: Party, i: int) -> Case:
    """A citizen complains again by replying to the agency's answer: her new lines above;
    v1 Gmail's '>' quote of the answer (document number, the clerk's name, line and box,
    the agency's address) and of her first mail below it; v2 Outlook's unquoted reply
    with a 'From: / Sent:' head."""
    p = a.p
    ag = (NSR, PBI)[i % 2]
    cname, cpos, cline, cbox = ag.clerk
    topic = (
        "ท่อระบายน้ำหน้าบ้านอุดตัน น้ำท่วมขังทุกครั้งที่ฝนตก",
        "รถเก็บขยะของเทศบาลไม่มาเก็บขยะในซอย และพนักงานเก็บขยะขอเงินค่าเก็บเพิ่มเดือนละ 100 บาท",
    )[i % 2]
    first = (
        f"เรียน {ag.head}\nขอร้องเรียนเรื่อง{topic}\n"
        f"ผู้ร้อง {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i)}\nโทร {mobile(p.mobile, i)}\n"
    )
    answer = (
        f"ที่ {ag.prefix}/{1188 + i}\n{ag.name}\n{ag.place}\n\n{thai_day(date(2026, 11, 1 + (4 + i) % 28))}\n\n"
        f"เรียน {a.name}\n\nตามที่ท่านได้ร้องเรียนเรื่อง{topic} (เลขรับ {342 + i}/2569) นั้น "
        f"{ag.name}ได้มอบหมายให้เจ้าหน้าที่ตรวจสอบแล้ว และจะบรรจุไว้ในแผนการดำเนินงานปีงบประมาณ 2571 ต่อไป\n\n"
        f"หากมีข้อสงสัย ติดต่อ {cname} {cpos} โทร {cline} อีเมล {cbox}\n\nสำนักปลัดเทศบาล\n"
    )
    new = (
        f"เรียน เจ้าหน้าที่{ag.name}\n\nขอบคุณที่ตอบกลับ{ending(a)} แต่คำตอบไม่ตรงกับที่ร้องเรียนไป รอถึงปีงบประมาณหน้าไม่ไหว{ending(a)} "
        f"ปัญหายังอยู่เหมือนเดิม {me(a)}จึงขอร้องเรียนซ้ำอีกครั้ง และขอให้ส่งเจ้าหน้าที่มาดูที่บ้านจริง ๆ "
        f"ถ้ายังไม่มีความคืบหน้าภายในเดือนนี้ {me(a)}จะร้องเรียนไปที่ศูนย์ดำรงธรรมจังหวัด\n\n{a.name}\n"
    )
    if i % 2 == 0:
        q1 = "\n".join("> " + x if x else ">" for x in answer.splitlines())
        q2 = "\n".join(">> " + x if x else ">>" for x in first.splitlines())
        text = (
            f"{new}\n\nเมื่อ พ. {4 + i} พ.ย. 2569 เวลา 14:12 {ag.name} <{ag.desk}> เขียนว่า:\n{q1}\n>\n"
            f"> เมื่อ อ. 20 ต.ค. 2569 เวลา 09:41 {p.first} {p.last} <{p.email}> เขียนว่า:\n{q2}\n"
        )
    else:
        text = (
            f"{new}\n________________________________\nFrom: {ag.name} <{ag.desk}>\nSent: Wednesday, November {4 + i}, 2026 2:12 PM\n"
            f"To: {p.first} {p.last} <{p.email}>\nSubject: ตอบเรื่องร้องเรียน\n\n{answer}\n"
            f"________________________________\nFrom: {p.first} {p.last} <{p.email}>\nSent: Tuesday, October 20, 2026 9:41 AM\n"
            f"To: {ag.desk}\nSubject: ร้องเรียน\n\n{first}"
        )
    raw = message(i, f"ร้องเรียนเรื่อง{topic[:20]}", own_box(a), ag.desk, text=text, reply=True)
    return Case("plain_reply_again", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_facebook_photo(a: Party, i: int) -> Case:
    """She objects (มาตรา 32) to a photo of her and her child on the town's Facebook page:
    the post's link (a 16-digit post id, a photo's fbid of 13 digits with a valid check
    digit, an album id), the post's date, the PR officer who took it with his line; her
    lines as a list; a Gmail signature."""
    p = a.p
    ag = PBI
    pr, prpos, prline, _ = ag.clerk
    fbid = with_check_digit(f"88{1234567 + 1111 * i:07d}012")
    lines = [f"เรียน งานประชาสัมพันธ์ {ag.name}", "",
             f"เมื่อวันที่ {thai_day(date(2026, 11, 15))} เพจ Facebook ของ{ag.name} ได้โพสต์อัลบั้มภาพงานลอยกระทงริมแม่น้ำเพชรบุรี",
             f'ลิงก์โพสต์ <a href="https://www.facebook.com/phetchaburicity/posts/{1029384756123450 + i}">https://www.facebook.com/phetchaburicity/posts/{1029384756123450 + i}</a>',
             f'ภาพที่ 7 <a href="https://www.facebook.com/photo/?fbid={fbid}&amp;set=a.{445566778899 + i}">https://www.facebook.com/photo/?fbid={fbid}&amp;set=a.{445566778899 + i}</a>',
             f"เป็นภาพ{me(a)}กับ{'หลานสาว' if age(a) > 50 else 'ลูกสาว'}อายุ 6 ขวบ เห็นหน้าชัดเจน และคำบรรยายใต้ภาพระบุชื่อเล่นกับชื่อร้านของ{me(a)}ด้วย "
             f"ผู้ถ่ายภาพคือ {pr} {prpos} (โทร {prline}) ซึ่งไม่ได้ขออนุญาต{me(a)}ก่อน", "",
             f"{me(a)}ขอใช้สิทธิคัดค้านตามมาตรา 32 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 และขอให้ลบภาพที่ 7 และภาพอื่นที่เห็นหน้า{me(a)}และเด็กออกจากเพจภายใน 7 วัน", "",
             "ข้อมูลผู้ขอ",
             f"<ul><li>ชื่อ-สกุล: {a.name}</li><li>เลขประจำตัวประชาชน: {nid_w(p.nid, i)}</li>"
             f"<li>ที่อยู่: {home(a, i + 1)}</li><li>โทร: {mobile(p.mobile, i)}</li></ul>",
             f"ขอบคุณ{ending(a)}"]  # fmt: skip
    sig = f'<div dir="ltr">{p.first} {p.last}<br>{mobile(p.mobile, i + 1)}</div>'
    html = ('<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines)
            + f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">{sig}</div></div>\n')  # fmt: skip
    raw = message(i, "คัดค้านการเผยแพร่ภาพบนเพจ Facebook เทศบาล", own_box(a), ag.desk, html=html)
    return Case("html_gmail_facebook_photo", raw, own(a, NO_BIRTH))


def html_outlook_lawyer_client_data(a: Party, i: int) -> Case:
    """A lawyer asks in Outlook HTML, for a client, copies of the client's data (มาตรา
    30): the CCTV footage of the day the client fell in front of the office, the incident
    log, whom the data was given to; the client's ID and home in the body; his Outlook
    signature (licence, office, line, mobile) and a disclaimer."""
    p = a.p
    ag = (RMK, BBT)[i % 2]
    law, lic, office, line, mob, box = LAWYERS[p.province]
    paras = [f"เรียน {ag.head}", "",
             f"ข้าพเจ้า {law} ทนายความ ใบอนุญาตเลขที่ {lic} ได้รับมอบอำนาจจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
             f"อยู่บ้านเลขที่ {home(a, i)} (ลูกความ) ให้ใช้สิทธิของเจ้าของข้อมูลส่วนบุคคลตามมาตรา 30 "
             "แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 แทนลูกความ ดังนี้", "",
             f"1. สำเนาภาพจากกล้องวงจรปิดบริเวณหน้าอาคารสำนักงาน วันที่ {thai_day(date(2026, 9, 1 + (22 + i) % 28))} ระหว่างเวลา 08.00-10.00 น. "
             "ซึ่งลูกความลื่นล้มบนทางลาดที่ไม่มีราวจับ",
             f"2. สำเนาบันทึกรับแจ้งเหตุ เลขที่ {77 + i}/2569 และรายงานของเจ้าหน้าที่",
             "3. รายชื่อบุคคลหรือหน่วยงานที่ได้รับข้อมูลหรือภาพดังกล่าวจากหน่วยงาน", "",
             "ขอให้จัดส่งเอกสารมาที่สำนักงานของข้าพเจ้าตามที่อยู่ด้านล่าง ภายใน 30 วันตามที่กฎหมายกำหนด", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{law}</b><br>ทนายความ ใบอนุญาตเลขที่ {lic}<br>{office}<br>'
           f"โทร {line} | มือถือ {mob}<br>"
           f'<a href="mailto:{box}">{box}</a></p>'
           '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">ข้อความนี้อาจมีข้อมูลที่เป็นความลับระหว่างทนายความกับลูกความ '
           "หากท่านไม่ใช่ผู้รับที่ถูกต้อง โปรดแจ้งผู้ส่งและลบข้อความนี้</span></p>")  # fmt: skip
    raw = message(
        i,
        "ขอใช้สิทธิเข้าถึงข้อมูลส่วนบุคคลแทนลูกความ",
        f"{law} <{box}>",
        ag.desk,
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_lawyer_client_data", raw, for_other(a, NO_BIRTH))


def html_damrongtham_forward(a: Party, i: int) -> Case:
    """The ศูนย์ดำรงธรรมจังหวัดเชียงราย forwards a complaint against the อบต. as an HTML
    letter: its number, a 13-digit case number (valid check digit in v1), the complainant
    in a table (v2 with her box), the officer's signature (line, fax, box) and the centre's
    address."""
    p = a.p
    ag = RMK
    oname, opos, oline, ofax, obox, oplace = DAMRONG
    case_no = with_check_digit(f"57012569{3470 + i:04d}") if i % 2 == 0 else f"5701256900{348 + i}"
    topic = (
        "อบต.ริมกก นำชื่อ ที่อยู่ และเบอร์โทรศัพท์ของผู้ร้อง ซึ่งเคยร้องเรียนเรื่องฟาร์มหมู ไปเปิดเผยในกลุ่มไลน์หมู่บ้าน "
        "ทำให้ผู้ร้องถูกข่มขู่ ขอให้ตรวจสอบเจ้าหน้าที่ผู้เปิดเผยข้อมูล",
        "ผู้ร้องยื่นคำขอข้อมูลข่าวสารของราชการต่อ อบต.ริมกก เมื่อเดือนสิงหาคม 2569 แต่เจ้าหน้าที่ไม่ยอมรับคำขอ "
        "และแจ้งว่าต้องให้ผู้ใหญ่บ้านรับรองก่อน",
    )[i % 2]
    rows = [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("ที่อยู่", home(a, i)),
            ("โทรศัพท์", mobile(p.mobile, i))]  # fmt: skip
    if i % 2:
        rows.append(("อีเมล", p.email))
    table = "".join(f"<tr><td style='width:30%'>{x}</td><td>{y}</td></tr>" for x, y in rows)
    html = (
        '<html><body style="font-family:TH SarabunPSK,Tahoma;font-size:16px">'
        f"<p>ที่ ชร 0017.2/ว {2210 + i}</p><p style='text-align:right'>ศูนย์ดำรงธรรมจังหวัดเชียงราย<br>{oplace}</p>"
        f"<p style='text-align:center'>{thai_day(date(2026, 11, 1 + (10 + i) % 28))}</p>"
        f"<p>เรื่อง ส่งเรื่องร้องเรียนให้พิจารณาดำเนินการ<br>เรียน {ag.head}</p>"
        f"<p>ด้วยศูนย์ดำรงธรรมจังหวัดเชียงรายได้รับเรื่องร้องเรียนผ่านสายด่วน 1567 เลขที่เรื่อง {case_no} "
        f"ลงวันที่ {thai_day(date(2026, 11, 1 + (2 + i) % 28))} ความว่า {topic} รายละเอียดผู้ร้องปรากฏตามตาราง</p>"
        f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{table}</table>"
        "<p>จึงเรียนมาเพื่อโปรดพิจารณาตรวจสอบข้อเท็จจริง และแจ้งผลการดำเนินการให้ผู้ร้องและศูนย์ดำรงธรรมจังหวัดเชียงรายทราบภายใน 15 วัน "
        "ทั้งนี้ ขอให้ปกปิดข้อมูลของผู้ร้องตามระเบียบด้วย</p>"
        f"<p style='text-align:center'>ขอแสดงความนับถือ<br><br>({oname})<br>{opos}<br>ปฏิบัติหน้าที่แทนหัวหน้าศูนย์ดำรงธรรมจังหวัดเชียงราย</p>"
        f"<p>ศูนย์ดำรงธรรมจังหวัดเชียงราย<br>โทร {oline} โทรสาร {ofax}<br>อีเมล {obox}</p></body></html>\n"
    )
    raw = message(
        i, f"ส่งเรื่องร้องเรียน เลขที่ {case_no}", f"ศูนย์ดำรงธรรมจังหวัดเชียงราย <{obox}>", ag.desk, html=html
    )
    e = exp(a, NO_BIRTH)
    if i % 2 == 0:
        e["email"] = ()
    return Case("html_damrongtham_forward", raw, e)


def html_webform_withdraw_consent(a: Party, i: int) -> Case:
    """The town's web form's notification (from no-reply) of a PDPA request: withdraw
    consent (มาตรา 19) to the e-mail newsletter and SMS news, the box and number on the
    list (old ones she no longer uses) beside the box and mobile to answer on; the request's
    number; her ID and birth date."""
    p = a.p
    ag = BBT
    k = PEOPLE.index(a)
    rows = [("เลขที่คำร้อง", f"PDPA-2569-{i + 31:04d}"), ("วันที่ยื่น", f"{1 + (16 + i) % 28}/11/2569 {9 + i % 8}:{12 + i:02d} น."),
            ("ประเภทคำขอ", "ถอนความยินยอม (มาตรา 19) - การรับจดหมายข่าวทางอีเมลและข่าวสารทาง SMS"),
            ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
            ("ที่อยู่", home(a, i)),
            ("อีเมลที่ลงทะเบียนรับจดหมายข่าว", OLD_BOX[k]), ("หมายเลขที่รับ SMS", OLD_MOB[k]),
            ("อีเมลสำหรับติดต่อกลับ", p.email), ("โทรศัพท์สำหรับติดต่อกลับ", p.mobile),
            ("รายละเอียด", "อีเมลและเบอร์ที่ลงทะเบียนไว้เลิกใช้แล้ว ขอยกเลิกการรับข่าวสารทั้งหมดและลบข้อมูลออกจากรายชื่อผู้รับ")]  # fmt: skip
    table = "".join(
        f"<tr><th align='left' style='background:#f2f2f2'>{x}</th><td>{y}</td></tr>"
        for x, y in rows
    )
    html = (
        '<html><head><meta charset="utf-8"></head><body>'
        f"<h3>{ag.name} - ระบบรับคำร้องออนไลน์</h3><p>มีคำร้องใหม่ผ่านเว็บไซต์ (แบบคำร้องขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล)</p>"
        f"<table border='1' cellpadding='6' style='border-collapse:collapse'>{table}</table>"
        f"<p style='color:#888;font-size:12px'>อีเมลนี้ส่งอัตโนมัติจากระบบ กรุณาอย่าตอบกลับ | {ag.name} {ag.place} โทร {ag.line}</p></body></html>\n"
    )
    raw = message(
        i,
        f"[คำร้องออนไลน์] PDPA-2569-{i + 31:04d} ถอนความยินยอม",
        "ระบบรับคำร้องออนไลน์ <no-reply@bangbuathong.example.go.th>",
        ag.desk,
        html=html,
    )
    return Case("html_webform_withdraw_consent", raw, exp(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_pdpa_form_rimkok(a: Party, i: int) -> Case:
    """The อบต.'s แบบคำร้องขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล in Word: part 1 the data
    subject (a table), part 2 a representative (empty '-' in v1; filled by the son in v2,
    who sends it), part 3 the rights with ☑/☐, the details, the signatures."""
    p = a.p
    ag = RMK
    rep = i % 2 == 1
    rname, rid, rmob, rbox, rhome, kin = RELATIVES[2]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล\n{ag.name}")
        d.add_paragraph(
            f"เขียนที่ {'บ้านเลขที่ ' + p.house if not rep else 'กรุงเทพมหานคร'}\tวันที่ {1 + (12 + i) % 28} พฤศจิกายน 2569"
        )
        d.add_paragraph("ส่วนที่ 1 ข้อมูลเจ้าของข้อมูลส่วนบุคคล")
        t = d.add_table(rows=0, cols=2)
        for x, y in (("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
                     ("ที่อยู่", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email or "-")):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = x, y
        d.add_paragraph("ส่วนที่ 2 กรณียื่นคำร้องแทนเจ้าของข้อมูล (ผู้แทน/ผู้รับมอบอำนาจ)")
        t = d.add_table(rows=0, cols=2)
        for x, y in (("ชื่อ-นามสกุลผู้แทน", rname if rep else "-"), ("เลขประจำตัวประชาชนผู้แทน", nid_w(rid, i + 1) if rep else "-"),
                     ("ความเกี่ยวข้องกับเจ้าของข้อมูล", kin if rep else "-"), ("ที่อยู่ผู้แทน", rhome if rep else "-"),
                     ("โทรศัพท์ผู้แทน", mobile(rmob, i) if rep else "-"), ("อีเมลผู้แทน", rbox if rep else "-")):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text = x, y
        d.add_paragraph("ส่วนที่ 3 สิทธิที่ประสงค์จะใช้")
        ticks = (
            (False, True, False, False, False, False)
            if rep
            else (True, False, True, False, False, False)
        )
        for on, what in zip(ticks, ("ขอเข้าถึงและขอรับสำเนาข้อมูล (มาตรา 30)", "ขอให้ลบหรือทำลายข้อมูล (มาตรา 33)",
                                    "ขอแก้ไขข้อมูลให้ถูกต้อง (มาตรา 35)", "คัดค้านการเก็บ ใช้ เปิดเผย (มาตรา 32)",
                                    "ขอให้ระงับการใช้ข้อมูล (มาตรา 34)", "ถอนความยินยอม (มาตรา 19)"), strict=True):  # fmt: skip
            d.add_paragraph(f"{'☑' if on else '☐'} {what}")
        detail = (
            f'ขอให้ลบรูปถ่ายบัตรประชาชนและสมุดบัญชีเงินฝากของบิดาที่แนบไว้ในกลุ่มไลน์ "อสม.ริมกก หมู่ {p.moo}" เมื่อวันที่ 3 พฤศจิกายน 2569'
            if rep
            else "ขอสำเนาข้อมูลของข้าพเจ้าในทะเบียนผู้ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ยื่นเมื่อ 14 มีนาคม 2568) และขอแก้ไขชื่อบิดาของเด็กที่สะกดผิด"
        )
        d.add_paragraph(f"รายละเอียดคำร้อง: {detail}")
        d.add_paragraph(
            f"ลงชื่อ....................................เจ้าของข้อมูล\n({a.name})\n\n"
            + (
                f"ลงชื่อ....................................ผู้แทน/ผู้ยื่นคำร้อง\n({rname})\n\n"
                if rep
                else ""
            )
            + f"สำหรับเจ้าหน้าที่ เลขรับ ........ ผู้รับคำร้อง {ag.dpo[0]} {ag.dpo[1]}"
        )

    sender = f"Nattawut K. <{rbox}>" if rep else own_box(a)
    note = (f"เรียน อบต.ริมกก\nผมเป็นลูกชายของ{a.name} ส่งแบบคำร้องแทนพ่อครับ พ่อเซ็นแล้ว\n" if rep
            else f"เรียน เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล\nส่งแบบคำร้องที่กรอกแล้ว{ending(a)}\n")  # fmt: skip
    raw = message(i, "แบบคำร้องขอใช้สิทธิเจ้าของข้อมูลส่วนบุคคล", sender, ag.desk, text=note,
                  files=(("คำร้อง_PDPA.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = exp(a, ALL)
    if rep or not p.email:
        e["email"] = ()
    return Case("docx_pdpa_form_rimkok", raw, e)


def docx_correction_name_change(a: Party, i: int) -> Case:
    """A correction letter in Word (มาตรา 35): a table of ข้อมูลเดิม / ข้อมูลที่ถูกต้อง for
    her name (v1 a maiden surname before marriage, v2 a former given name), address and
    mobile; the ID and birth date unchanged in a sentence; the marriage or name-change
    certificate's number."""
    p = a.p
    ag = PBI
    k = PEOPLE.index(a)
    old_name, old_home, old_mob = OLD_NAME[k], OLD_HOMES[PB][(i + 1) % 2], OLD_MOB[k]
    why = ("จดทะเบียนสมรสและเปลี่ยนนามสกุลตามคู่สมรส (ทะเบียนสมรสเลขที่ 004512 ลงวันที่ 14 กุมภาพันธ์ 2569)"
           if p.title == "นาง" else "เปลี่ยนชื่อตัว (หนังสือสำคัญแสดงการเปลี่ยนชื่อตัว ช.3 เลขที่ 0187/2569)")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{home(a, i + 1)}")
        d.add_paragraph(f"\t\t\t\t\t{thai_day(date(2026, 11, 1 + (9 + i) % 28))}")
        d.add_paragraph(
            f"เรื่อง ขอแก้ไขข้อมูลส่วนบุคคลให้ถูกต้อง\nเรียน {ag.head}\nสิ่งที่ส่งมาด้วย 1. สำเนาบัตรประจำตัวประชาชน 2. สำเนาเอกสารการเปลี่ยนชื่อ"
        )
        d.add_paragraph(
            f"\tด้วย{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
            f"เป็นผู้ประกอบการค้าที่จดทะเบียนพาณิชย์ไว้กับ{ag.name} (ทะเบียนพาณิชย์เลขที่ 0765569{1234 + i:06d}) "
            f"ได้{why} และย้ายที่อยู่ จึงขอใช้สิทธิตามมาตรา 35 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
            "ขอให้แก้ไขข้อมูลในทะเบียนพาณิชย์และทะเบียนผู้เสียภาษีป้าย ดังนี้"
        )
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("รายการ", "ข้อมูลเดิม", "ข้อมูลที่ถูกต้อง"), strict=True):
            c.text = h
        for row in (("ชื่อ-สกุล", old_name, a.name), ("ที่อยู่", old_home, home(a, i + 1)),
                    ("โทรศัพท์มือถือ", mobile(old_mob, i), mobile(p.mobile, i))):  # fmt: skip
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = row
        d.add_paragraph("\tเลขประจำตัวประชาชนและวันเดือนปีเกิดไม่มีการเปลี่ยนแปลง")
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ")
        d.add_paragraph(f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\n\t\t\t\tอีเมล {p.email}")

    raw = message(i, "ขอแก้ไขข้อมูลส่วนบุคคล (เปลี่ยนชื่อ-สกุล และที่อยู่)", own_box(a), ag.desk,
                  text=f"เรียน {ag.name}\nแนบหนังสือขอแก้ไขข้อมูลส่วนบุคคล{ending(a)}\n{a.name}\n",
                  files=(("ขอแก้ไขข้อมูล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_correction_name_change", raw, own(a, ALL))


def docx_info_act_contract(a: Party, i: int) -> Case:
    """The คำขอข้อมูลข่าวสารของราชการ typed over its dotted lines in Word: the requester's
    lines (age, occupation, ID, address in parts), the documents of a road contract (its
    number and sum, the contractor's registration number, the committee's chairman), the
    ticks for copies."""
    p = a.p
    ag, prov = ((NSR, UD), (RMK, CR))[i % 2]
    firm, reg, _, _ = CONTRACTORS[prov]
    chair = ("นายสมหมาย พลราชม", "นายบุญเรือง ปัญญาดี")[i % 2]
    dots = "......"

    def build(d: Any) -> None:
        d.add_paragraph("คำขอข้อมูลข่าวสารของราชการ\n(ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540)")
        d.add_paragraph(
            f"\t\t\t\tเขียนที่{dots}บ้าน{dots}\n\t\t\t\tวันที่{dots}{1 + (17 + i) % 28}{dots}เดือน{dots}พฤศจิกายน{dots}พ.ศ.{dots}2569{dots}"
        )
        d.add_paragraph(f"เรียน {ag.head}")
        d.add_paragraph(
            f"\tข้าพเจ้า{dots}{a.name}{dots}อายุ{dots}{age(a)}{dots}ปี อาชีพ{dots}{('ค้าขาย', 'เกษตรกร')[i % 2]}{dots}\n"
            f"เลขประจำตัวประชาชน{dots}{nid_w(p.nid, i + 2)}{dots}\n"
            f"อยู่บ้านเลขที่{dots}{p.house}{dots}หมู่ที่{dots}{p.moo or '-'}{dots}ถนน{dots}{p.road or '-'}{dots}"
            f"ตำบล{dots}{p.tambon}{dots}อำเภอ{dots}{p.amphoe}{dots}\nจังหวัด{dots}{p.province}{dots}รหัสไปรษณีย์{dots}{p.postal}{dots}"
            f"โทรศัพท์{dots}{mobile(p.mobile, i)}{dots}"
        )
        d.add_paragraph(
            f"\tมีความประสงค์ขอข้อมูลข่าวสารของราชการ เกี่ยวกับโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 สัญญาจ้างเลขที่ {45 + i}/2569 "
            f"วงเงินสัญญา 1,486,000 บาท ผู้รับจ้าง {firm} เลขทะเบียนนิติบุคคล {reg} ได้แก่\n"
            "1. ร่างขอบเขตของงาน (TOR) และราคากลาง\n2. ใบเสนอราคาของผู้ยื่นข้อเสนอทุกราย\n3. สัญญาจ้างและแบบแปลน\n"
            f"4. บันทึกการตรวจรับพัสดุของคณะกรรมการ ซึ่งมี {chair} เป็นประธาน"
        )
        d.add_paragraph(
            "\t☐ ตรวจดู\t☑ ขอสำเนา\t☑ ขอสำเนาที่มีคำรับรองถูกต้อง\n\tโดยข้าพเจ้ายินดีชำระค่าธรรมเนียมตามระเบียบ"
        )
        d.add_paragraph(f"\t\t\t(ลงชื่อ){dots}{dots}{dots}ผู้ขอ\n\t\t\t({a.name})")

    raw = message(i, "คำขอข้อมูลข่าวสาร สัญญาจ้างก่อสร้างถนน", own_box(a), ag.desk,
                  text=f"เรียน เจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร\nยื่นคำขอข้อมูลข่าวสารตามไฟล์แนบ{ending(a)}\n",
                  files=(("คำขอข้อมูลข่าวสาร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_info_act_contract", raw, own(a, NO_BIRTH))


def docx_complaint_letter_official(a: Party, i: int) -> Case:
    """A formal complaint letter in Word: her address block top right, the date, the
    official who asked 500 baht 'to hurry' a commercial registration (his name, position,
    office line with extension, mobile, LINE id), a receipt's book and number, a witness;
    her signature with her phone below."""
    p = a.p
    ag = PBI
    name, pos, line, omob, lid = ag.official
    witness = ("นางสาวจิราภรณ์ สุขเกษม", "นายวัชระ ทองดี")[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\tบ้านเลขที่ {home(a, i)}")
        d.add_paragraph(f"\t\t\t\t\t{thai_day(date(2026, 11, 1 + (3 + i) % 28))}")
        d.add_paragraph(f"เรื่อง ร้องเรียนพฤติกรรมเจ้าหน้าที่เรียกรับเงิน\nเรียน {ag.head}\n"
                        f"อ้างถึง ใบเสร็จรับเงิน เล่มที่ {12 + i} เลขที่ {345 + i} ลงวันที่ 28 ตุลาคม 2569")  # fmt: skip
        d.add_paragraph(
            f"\tด้วย{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ได้ไปยื่นคำขอจดทะเบียนพาณิชย์ (แบบ ทพ.) ที่กองคลัง "
            f"เมื่อวันที่ 28 ตุลาคม 2569 {name} {pos} แจ้งว่าเอกสารไม่ครบ และบอกว่าถ้าจ่ายเพิ่ม 500 บาท จะดำเนินการให้เสร็จภายในวันเดียว "
            f"โดยให้โอนเงินผ่านพร้อมเพย์เบอร์ {mobile(omob, i)} หรือติดต่อทางไลน์ {lid} {me(a)}ไม่ได้จ่ายเงิน "
            f"แต่คำขอของ{me(a)}ถูกดึงไว้จนถึงวันนี้ ขณะเกิดเหตุมี {witness} อยู่ด้วย"
        )
        d.add_paragraph(
            f'\tเมื่อ{me(a)}โทรสอบถามที่กองคลัง โทร {line} เจ้าหน้าที่คนเดิมรับสายและตอบว่า "ก็บอกแล้วว่าเอกสารไม่ครบ"'
        )
        d.add_paragraph(f"\tจึงเรียนมาเพื่อโปรดตรวจสอบและดำเนินการทางวินัย และแจ้งผลให้{me(a)}ทราบ")
        d.add_paragraph(
            f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\n\t\t\t\tผู้ร้องเรียน\n\t\t\t\tโทร {mobile(p.mobile, i + 1)}"
        )

    raw = message(i, "หนังสือร้องเรียนเจ้าหน้าที่กองคลัง", own_box(a), ag.desk,
                  text="เรียน นายกเทศมนตรี\nแนบหนังสือร้องเรียน ขอให้ปกปิดชื่อผู้ร้องด้วย\n",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_complaint_letter_official", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_pdpa_form(a: Party, i: int) -> Case:
    """The town's fillable PDPA request (fields ds_* for the data subject, rep_* for a
    representative): v1 she files herself (rep_* empty), v2 her granddaughter files for
    her grandmother (the granddaughter's ID, mobile and box in rep_*, she sends it)."""
    p = a.p
    ag = NSR
    rep = PEOPLE[12] if i % 2 else None
    labels = [(45, 18, "แบบคำร้องขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล"), (80, 26, ag.name),
              (20, 40, "ชื่อ-สกุล เจ้าของข้อมูล"), (20, 50, "เลขประจำตัวประชาชน"), (125, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 82, "สิทธิที่ขอใช้"), (20, 94, "รายละเอียด"),
              (20, 110, "กรณีผู้แทนยื่นแทน ชื่อ-สกุลผู้แทน"), (20, 120, "เลขประจำตัวประชาชนผู้แทน"), (125, 120, "ความสัมพันธ์"),
              (20, 130, "โทรศัพท์ผู้แทน"), (110, 130, "อีเมลผู้แทน"), (20, 150, "ลงชื่อ ........................ ผู้ยื่นคำร้อง")]  # fmt: skip
    rp = rep.p if rep else None
    what = "ขอให้ลบข้อมูล (มาตรา 33)" if rep else "ขอเข้าถึงและรับสำเนา (มาตรา 30)"
    detail = ("ขอให้ลบภาพถ่ายและชื่อของยายที่ติดประกาศผู้ค้างชำระค่าขยะหน้าสำนักงาน" if rep
              else "ขอสำเนาบันทึกการออกตรวจเหตุเดือดร้อนรำคาญที่ดิฉันแจ้งไว้ และรายชื่อผู้ที่ได้รับสำเนาข้อมูลของดิฉัน")  # fmt: skip
    fields = [Field("ds_name", a.name, 75, 40, 100), Field("ds_id", p.nid, 60, 50, 55, comb=13),
              Field("ds_dob", born_th(p.born, i), 140, 50, 45), Field("ds_address", home(a, i), 35, 60, 160),
              Field("ds_phone", mobile(p.mobile, i) if p.mobile else "-", 45, 70, 55), Field("ds_email", p.email or "-", 125, 70, 70),
              Field("right", what, 55, 82, 120), Field("details", detail, 45, 94, 150),
              Field("rep_name", rep.name if rep else "", 95, 110, 90), Field("rep_id", nid_w(rp.nid, i) if rp else "", 75, 120, 45),
              Field("rep_relation", "หลานสาว" if rep else "", 150, 120, 35), Field("rep_phone", mobile(rp.mobile, i) if rp else "", 55, 130, 50),
              Field("rep_email", rp.email if rp else "", 130, 130, 65)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    sender = own_box(rep) if rep else own_box(a)
    note = f"ส่งแบบคำร้องแทนคุณยาย{a.name}ค่ะ คุณยายไม่มีอีเมล\n" if rep else "ส่งแบบคำร้อง PDPA ที่กรอกแล้วค่ะ\n"
    raw = message(i, "แบบคำร้องขอใช้สิทธิ PDPA (PDF)", sender, ag.desk, text=note,
                  files=(("pdpa_request.pdf", data, PDF),))  # fmt: skip
    e = exp(a, ALL)
    if rep:
        e["phone"], e["email"] = (), ()
    return Case("pdf_fillable_pdpa_form", raw, e)


def pdf_typed_ombudsman_letter(a: Party, i: int) -> Case:
    """The สำนักงานผู้ตรวจการแผ่นดิน's typed letter as a PDF asking the town to explain:
    its number, the complaint's number, the complainant named in prose with her home and
    phone, the officer's block with line, fax and box; sent from the Office's box."""
    p = a.p
    ag = (NSR, BBT)[i % 2]
    oname, opos, oline, ofax, obox, oplace = OMBUDSMAN
    topic = ("ไม่ตอบคำขอข้อมูลข่าวสารของราชการที่ผู้ร้องยื่นไว้ตั้งแต่เดือนกรกฎาคม 2569",
             "ไม่แก้ไขข้อมูลที่อยู่ของผู้ร้องในทะเบียนผู้เสียภาษี ทั้งที่ผู้ร้องได้ยื่นคำขอแก้ไขตามกฎหมายคุ้มครองข้อมูลส่วนบุคคลแล้ว")[i % 2]  # fmt: skip
    paras: list[tuple[float, str]] = [(20, f"ที่ ผผ 1204/{3310 + i}"), (115, "สำนักงานผู้ตรวจการแผ่นดิน"), (115, oplace), (0, ""),
             (100, thai_day(date(2026, 11, 1 + (12 + i) % 28))), (0, ""),
             (20, "เรื่อง ขอให้ชี้แจงข้อเท็จจริง"), (20, f"เรียน {ag.head}"),
             (20, f"อ้างถึง เรื่องร้องเรียนที่ {1270 + i}/2569"), (20, "สิ่งที่ส่งมาด้วย สำเนาหนังสือร้องเรียน จำนวน 1 ชุด"), (0, ""),
             (30, f"ด้วย {a.name} (ผู้ร้องเรียน) อยู่บ้านเลขที่ {home(a, i)} โทรศัพท์ {mobile(p.mobile, i)} "
                  f"ได้ร้องเรียนต่อผู้ตรวจการแผ่นดินว่า {ag.name}{topic} ทำให้ผู้ร้องได้รับความเดือดร้อน"),
             (30, "ผู้ตรวจการแผ่นดินพิจารณาแล้ว เพื่อประโยชน์ในการพิจารณา จึงขอให้ชี้แจงข้อเท็จจริงพร้อมส่งเอกสารหลักฐานที่เกี่ยวข้อง "
                  "ให้สำนักงานผู้ตรวจการแผ่นดินภายใน 30 วัน นับแต่วันที่ได้รับหนังสือนี้"), (0, ""),
             (105, "ขอแสดงความนับถือ"), (0, ""), (100, f"({oname})"), (95, opos), (90, "ปฏิบัติราชการแทนเลขาธิการสำนักงานผู้ตรวจการแผ่นดิน"), (0, ""),
             (20, "กลุ่มงานรับเรื่องร้องเรียน"), (20, f"โทร {oline} โทรสาร {ofax}"), (20, f"ไปรษณีย์อิเล็กทรอนิกส์ {obox}"),
             (20, "สายด่วน 1676")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8.2), size=14, face="Norasi")
    raw = message(i, f"ผผ 1204/{3310 + i} ขอให้ชี้แจงข้อเท็จจริง", "สารบรรณ สำนักงานผู้ตรวจการแผ่นดิน <saraban@ombudsman.example.go.th>", ag.desk,
                  text=f"เรียน {ag.head}\nสำนักงานผู้ตรวจการแผ่นดินขอส่งหนังสือตามไฟล์แนบ\nกลุ่มงานสารบรรณ โทร 0 2141 9000\n",
                  files=(("ผผ1204-" + str(3310 + i) + ".pdf", data, PDF),))  # fmt: skip
    e = exp(a, NO_ID)
    e["email"] = ()
    return Case("pdf_typed_ombudsman_letter", raw, e)


def pdf_typed_withdraw_consent(a: Party, i: int) -> Case:
    """A citizen's typed letter (Word to PDF): her current address in the block top right;
    she withdraws consent (มาตรา 19) to the newsletter posted to the house she left and to
    the use of her photo in it, asks the old address be removed from the mailing list; her
    phone and box under her name."""
    p = a.p
    ag = (PBI, BBT)[i % 2]
    old = OLD_HOMES[p.province][i % 2]
    block = home(a, i)
    cut = block.find(" ตำบล") if " ตำบล" in block else block.find(" ต.")
    paras: list[tuple[float, str]] = [(115, block[:cut]), (115, block[cut + 1:]), (0, ""), (115, thai_day(date(2026, 11, 1 + (6 + i) % 28))), (0, ""),
             (20, "เรื่อง ขอถอนความยินยอมในการรับจดหมายข่าวและการใช้ภาพถ่าย"), (20, f"เรียน {ag.head}"), (0, ""),
             (30, f"ตามที่{me(a)} {a.name} ได้ลงทะเบียนเป็นสมาชิกจดหมายข่าวของ{ag.name} และให้ความยินยอมให้ใช้ภาพถ่ายของ{me(a)} "
                  "ในการประชาสัมพันธ์กิจกรรมของเทศบาล เมื่อปี 2566 นั้น"),
             (30, f"บัดนี้ {me(a)}ขอถอนความยินยอมทั้งสองรายการตามมาตรา 19 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
                  f"เนื่องจากจดหมายข่าวยังส่งไปที่อยู่เดิม คือ {old} ซึ่ง{me(a)}ย้ายออกมาแล้ว และผู้อยู่อาศัยใหม่ได้เปิดอ่าน "
                  f"ขอให้ลบชื่อและที่อยู่เดิมออกจากรายชื่อผู้รับ และไม่ต้องส่งจดหมายข่าวมาที่อยู่ปัจจุบัน"),
             (30, "ทั้งนี้ ขอให้ลบภาพถ่ายของข้าพเจ้าออกจากจดหมายข่าวฉบับออนไลน์ ฉบับที่ 3/2569 ด้วย"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (100, f"โทร {mobile(p.mobile, i)}"), (100, p.email)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอถอนความยินยอม (จดหมายข่าว)", own_box(a), ag.desk, text=f"เรียน {ag.name}\nแนบหนังสือขอถอนความยินยอม{ending(a)}\n",
                  files=(("ถอนความยินยอม.pdf", data, PDF),))  # fmt: skip
    # Mended after first sight (a builder slip): the letter gives no ID, so none is scored
    # (it was NO_BIRTH, which expected the ID the letter never carries).
    return Case("pdf_typed_withdraw_consent", raw, own(a, NO_ID))


def pdf_fillable_complaint_form(a: Party, i: int) -> Case:
    """The town's fillable แบบฟอร์มร้องเรียน/ร้องทุกข์ whose fields are named Text1..Text15:
    the complainant's part, then the part about the one complained of (the official's
    name, position, office line, mobile), the matter, the date of the event."""
    p = a.p
    ag = NSR
    name, pos, line, omob, _ = ag.official
    labels = [(55, 18, "แบบฟอร์มการร้องเรียน/ร้องทุกข์"), (80, 26, ag.name),
              (20, 38, "ส่วนที่ 1 ผู้ร้องเรียน"), (20, 46, "ชื่อ-สกุล"), (20, 54, "เลขประจำตัวประชาชน"), (20, 62, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 84, "ส่วนที่ 2 ผู้ถูกร้องเรียน"), (20, 92, "ชื่อ-สกุล"), (20, 100, "ตำแหน่ง/สังกัด"), (20, 108, "โทรศัพท์"), (110, 108, "มือถือ"),
              (20, 122, "ส่วนที่ 3 เรื่องที่ร้องเรียน"), (20, 130, "วันที่เกิดเหตุ"), (20, 138, "รายละเอียด"),
              (20, 160, "ลงชื่อ ........................ ผู้ร้องเรียน")]  # fmt: skip
    fields = [Field("Text1", a.name, 45, 46, 100), Field("Text2", nid_w(p.nid, i), 60, 54, 60), Field("Text3", home(a, i + 2), 35, 62, 160),
              Field("Text4", mobile(p.mobile, i), 45, 70, 55), Field("Text5", p.email, 125, 70, 70),
              Field("Text6", name, 45, 92, 100), Field("Text7", pos, 55, 100, 130), Field("Text8", line, 45, 108, 55),
              Field("Text9", mobile(omob, i + 1), 125, 108, 55),
              Field("Text10", "เจ้าหน้าที่ประเมินภาษีป้ายสูงเกินจริงและไม่ออกใบเสร็จ", 75, 122, 110),
              Field("Text11", thai_day(date(2026, 10, 1 + (20 + i) % 28)), 55, 130, 60),
              Field("Text12", f"เจ้าหน้าที่มาวัดป้ายร้านแล้วเรียกเก็บเงินสด {1800 + 100 * (i % 5)} บาท โดยไม่ออกใบเสร็จ บอกว่าจะส่งให้ทีหลัง", 45, 138, 150),
              Field("Text13", "", 45, 146, 150), Field("Text14", a.name, 45, 168, 80), Field("Text15", "", 130, 168, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบฟอร์มร้องเรียนเจ้าหน้าที่ (กรอกใน PDF)", own_box(a), ag.desk, text=f"ส่งแบบฟอร์มร้องเรียน{ending(a)}\n",
                  files=(("แบบฟอร์มร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_complaint_form", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_correction_list(a: Party, i: int) -> Case:
    """A shop owner's sheet of records to correct across the town's registers: head rows
    with her current lines, then a table (register, its number, ข้อมูลที่บันทึกไว้,
    ข้อมูลที่ถูกต้อง): the wrong ID, the old address, the old mobile, a water user number
    of 10 digits from 0."""
    p = a.p
    ag = BBT
    k = PEOPLE.index(a)
    wrong = wrong_id(p.nid)
    old = OLD_HOMES[NB][i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอแก้ไขข้อมูล"
        ws.append(("รายการข้อมูลส่วนบุคคลที่ขอแก้ไข (มาตรา 35 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)",))
        ws.append(("ชื่อผู้ขอ", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่ปัจจุบัน", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("ลำดับ", "ทะเบียน/ระบบของเทศบาล", "เลขที่อ้างอิง", "ข้อมูลที่บันทึกไว้", "ข้อมูลที่ถูกต้อง"))
        ws.append(
            (
                1,
                "ทะเบียนพาณิชย์",
                f"0125569{4031 + i:06d}",
                f"เลขบัตร {nid_w(wrong, i + 1)}",
                f"เลขบัตร {nid_w(p.nid, i + 1)}",
            )
        )
        ws.append((2, "ผู้ใช้น้ำประปา", f"0{112045778 + 37 * i}", old, home(a, i + 1)))
        ws.append(
            (
                3,
                "ภาษีป้าย (ภ.ป.1)",
                f"ป.{214 + i}/2569",
                f"โทร {mobile(OLD_MOB[k], i)}",
                f"โทร {mobile(p.mobile, i + 1)}",
            )
        )
        ws.append((4, "จดหมายข่าวทางอีเมล", "-", OLD_BOX[k], p.email))

    raw = message(i, "ขอแก้ไขข้อมูลส่วนบุคคลหลายรายการ", own_box(a), ag.desk,
                  text=f"เรียน {ag.name}\nแนบรายการข้อมูลที่ขอแก้ไขเป็นไฟล์ Excel {ending(a)}\n",
                  files=(("แก้ไขข้อมูล.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_correction_list", raw, own(a, NO_BIRTH))


def xlsx_complaint_log(a: Party, i: int) -> Case:
    """A complainant's log of her dealings with the office as a sheet: her head rows, then
    rows of date, channel, the official or clerk she spoke to, the number she called, the
    reference given, what she was told."""
    p = a.p
    ag = (RMK, PBI)[i % 2]
    oname, opos, oline, omob, _ = ag.official
    cname, cpos, cline, cbox = ag.clerk
    dname, _, dline, dbox = ag.dpo

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บันทึกการติดต่อ"
        ws.append(("บันทึกการติดต่อเรื่องร้องเรียน",))
        ws.append(("ผู้ร้องเรียน", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("เบอร์โทร", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("วันที่", "ช่องทาง", "ผู้ที่ติดต่อ", "เบอร์/อีเมลที่ติดต่อ", "เลขที่อ้างอิง", "ผลการติดต่อ"))
        ws.append(
            (
                "2/9/2569",
                "ไปที่สำนักงาน",
                f"{oname} ({opos})",
                mobile(omob, i),
                f"คำขอเลขที่ {91 + i}/2569",
                "บอกให้รอ",
            )
        )
        ws.append(("16/9/2569", "โทรศัพท์", oname, oline, "-", "ไม่มีผู้รับสาย"))
        ws.append(
            (
                "1/10/2569",
                "อีเมล",
                f"{cname} ({cpos})",
                cbox,
                f"รับที่ {512 + i}/2569",
                "แจ้งว่าส่งเรื่องให้หน่วยงานที่เกี่ยวข้องแล้ว",
            )
        )
        ws.append(("20/10/2569", "โทรศัพท์", cname, cline, f"รับที่ {512 + i}/2569", "ยังไม่มีผล"))
        ws.append(
            ("3/11/2569", "อีเมล", f"{dname} (DPO)", dbox, "-", "ขอสำเนาเรื่องของตนเอง ยังไม่ได้รับ")
        )
        ws.append(())
        ws.append(
            ("หมายเหตุ", f"ขอให้ผู้บริหารตรวจสอบความล่าช้า เรื่องค้างมากกว่า 60 วัน (ติดต่อสำนักงาน {dline})")
        )

    raw = message(i, "ร้องเรียนความล่าช้า พร้อมบันทึกการติดต่อ", own_box(a), ag.desk,
                  text=f"เรียน {ag.head}\nขอร้องเรียนความล่าช้าในการพิจารณาคำขอของ{me(a)} แนบบันทึกการติดต่อทั้งหมด{ending(a)}\n{a.name}\n",
                  files=(("บันทึกการติดต่อ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_complaint_log", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the anonymous style's people are unused).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_pdpa_access_iphone, (10, 12)),
    (plain_correct_id_and_address, (4, 6)),
    (plain_anonymous_procurement, (11, 7)),
    (plain_official_conduct, (7, 8)),
    (plain_child_deletes_mother_data, (2, 3)),
    (plain_reply_again, (12, 6)),
    (html_gmail_facebook_photo, (5, 6)),
    (html_outlook_lawyer_client_data, (9, 1)),
    (html_damrongtham_forward, (7, 8)),
    (html_webform_withdraw_consent, (0, 1)),
    (docx_pdpa_form_rimkok, (8, 9)),
    (docx_correction_name_change, (5, 4)),
    (docx_info_act_contract, (11, 7)),
    (docx_complaint_letter_official, (4, 6)),
    (pdf_fillable_pdpa_form, (12, 13)),
    (pdf_typed_ombudsman_letter, (10, 0)),
    (pdf_typed_withdraw_consent, (6, 1)),
    (pdf_fillable_complaint_form, (11, 10)),
    (xlsx_correction_list, (0, 1)),
    (xlsx_complaint_log, (8, 5)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "html", "docx": "word", "pdf": "pdf", "xlsx": "sheet"}[
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
