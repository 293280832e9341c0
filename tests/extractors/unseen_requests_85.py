"""An eighty-fifth set of requests written by someone who had not read the readers (issue 8):
REQUESTS UNDER THE OFFICIAL INFORMATION ACT B.E. 2540 (ขอข้อมูลข่าวสารของราชการ) AND THEIR
APPEALS, to เทศบาลนครอุดรธานี, อบต.โนนสูง (Udon Thani), เทศบาลตำบลบ้านดุง, เทศบาลนคร
สกลนคร and อบต.เชียงเครือ (Sakon Nakhon): a local journalist asking for a road contract's
documents; a university researcher (and her students) asking for budget figures; an NGO's
officer; a lawyer asking for a client's documents; a losing bidder's authorised director
asking for the procurement committee's report; a villager asking for a copy of the
meeting's minutes about her land; a citizen asking for her own file and her dead father's
file as his heir; appeals to the คณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร against refusals.
Kinds: plain (iPhone, Gmail typed for a mother, webmail, a LINE chat forwarded, Outlook for
Android), HTML (Gmail with a table, a company's Outlook, the city's web-form notification,
a Gmail reply over the clerk's quoted refusal), Word (the dotted แบบคำขอข้อมูลข่าวสาร, a
lawyer's letter, a foundation's letter, a bidder's appeal), PDF (a fillable request whose
fields are named Text1.., a fillable appeal form, a faculty's typed letter, a villager's
typed letter), xlsx (a researcher's list of figures with her students' rows, a
foundation's list of documents, a bidder's list of documents).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following the earlier rulings: set 28 (the
applicant is the person who asks; for a body the natural person who signs), sets 31/63 (a
service for one person asked by another is the one it is for: a lawyer's client), set 37
(where only another's phone is given, phone `()`), sets 56/60 (a firm: the director who
signs for it, his ID where given).
- The JOURNALIST, the RESEARCHER writing in her own name, the VILLAGER, the HEIR asks in her
  own name: her name, ID, birth date, home, mobile, box as she gives them. The
  researcher's academic title (ผศ.ดร.) is accepted with or without it. Where a daughter
  types her mother's request from her own Gmail, the mother is the applicant: the
  daughter's name, mobile and box never (email `()`; phone the mother's own where she
  gives it).
- A LAWYER's client (the client is the applicant where the lawyer writes for him, set
  63/77): the client's name, ID, home; the lawyer's name, licence, office, line, mobile
  and box never (client's phone and e-mail `()` where only the lawyer's appear).
- A BODY (a foundation, an association, a faculty, a company): the natural person who signs
  for it (the NGO's officer who signs its letter, the researcher who signs her faculty's
  letter, the company's authorised director), her own ID where the mail gives it, else
  national_id `()`; address, postal code and province the body's place; phone the body's
  line (her own mobile also accepted where she gives it); e-mail her box or the body's.
  A company's 13-digit juristic ID (it starts with 0) is never the national_id; the
  director's is.
- Never the applicant's: the people named in the documents asked for (contractors, their
  engineers and directors, the mayor, the procurement committee, the clerk who refused,
  neighbours whose land the minutes are about, the dead father, the students, the winning
  bidder), their IDs, phones and places; the agency's own address and line (quoted or
  in the refusal); letter numbers (ที่ อด 52001/...), contract, project, e-GP, deed,
  death-certificate, student and budget numbers, amounts and dates.
Address: where the applicant lives (the body's place for a body), house number to the
อำเภอ/เขต, with or without เลขที่/บ้านเลขที่, with or without province and postal code.
Birth date ISO, only the applicant's (never the father's, the dates of letters, contracts,
meetings or death). Everyone, every firm and number is invented (13-digit numbers made
with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong
together.
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
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

UD = "อุดรธานี"
SN = "สกลนคร"
KK = "ขอนแก่น"
NONE = date(1900, 1, 1)  # a body has no birth date; never expected

UDON = ("เทศบาลนครอุดรธานี", "infocenter@udoncity.example.go.th", "ที่ อด 52001")
NONSUNG = ("องค์การบริหารส่วนตำบลโนนสูง", "saraban@nonsung.example.go.th", "ที่ อด 76503")
BANDUNG = ("เทศบาลตำบลบ้านดุง", "saraban@bandung.example.go.th", "ที่ อด 52505")
SAKON = ("เทศบาลนครสกลนคร", "info@sakoncity.example.go.th", "ที่ สน 52001")
CHIANGKRUA = ("องค์การบริหารส่วนตำบลเชียงเครือ", "saraban@chiangkrua.example.go.th", "ที่ สน 73402")

# The applicants in their own names (two of each role, by index pairs).
PEOPLE: tuple[Party, ...] = (
    # 0, 1 journalists
    P("นาย", "ธีรวัฒน์", "พรหมสุวรรณ", "341010052318", date(1984, 7, 19), "0817395502", "teerawat.news@gmail.com",
      "88/4", "", "", "โพศรี", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นางสาว", "กมลชนก", "ศรีสะอาด", "347990031562", date(1992, 2, 3), "0862214739", "kamonchanok.s@hotmail.com",
      "19", "7", "", "", "เชียงเครือ", "เมืองสกลนคร", SN, "47000"),
    # 2, 3 researchers
    P("นาง", "วรรณภา", "ชัยมงคล", "340010047729", date(1979, 5, 11), "0898846120", "wannapa.ch@gmail.com",
      "255/12", "14", "", "", "ศิลา", "เมืองขอนแก่น", KK, "40000"),
    P("นางสาว", "ปิยนุช", "แสงอรุณ", "341990018844", date(1988, 9, 27), "0954471863", "piyanut.sa@gmail.com",
      "41/3", "", "", "ศรีสุข", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    # 4, 5 NGO officers
    P("นางสาว", "อรทัย", "บุญเรือง", "341010068835", date(1990, 12, 8), "0931187245", "orathai.br@gmail.com",
      "12", "4", "", "", "นาดี", "เมืองอุดรธานี", UD, "41000"),
    P("นาย", "สุริยา", "คำภูแก้ว", "347010029916", date(1986, 3, 15), "0869903152", "suriya.kp@gmail.com",
      "5/7", "", "", "รัฐพัฒนา", "ธาตุเชิงชุม", "เมืองสกลนคร", SN, "47000"),
    # 6, 7 lawyers' clients
    P("นาย", "บุญชู", "ทองมา", "341010013367", date(1958, 10, 2), "0815546782", "",
      "102", "5", "", "", "บ้านจั่น", "เมืองอุดรธานี", UD, "41000"),
    P("นาง", "ละเอียด", "สีหาราช", "341060022451", date(1963, 6, 21), "0878123406", "",
      "9/2", "11", "", "", "กุมภวาปี", "กุมภวาปี", UD, "41110"),
    # 8, 9 losing bidders' directors (their own IDs; the company's office in FIRMS)
    P("นาย", "ชาญวิทย์", "ตั้งเจริญกิจ", "341010074412", date(1971, 1, 25), "0818721436", "chanwit@udonrr.example.co.th",
      "199/5", "", "", "อุดรดุษฎี", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นางสาว", "จันทร์เพ็ญ", "วงศ์ไพศาล", "347010051183", date(1976, 8, 30), "0892267915", "chanpen@sakoneng.example.co.th",
      "56", "2", "", "", "งิ้วด่อน", "เมืองสกลนคร", SN, "47000"),
    # 10, 11 villagers
    P("นาง", "คำปุ่น", "ศรีภูมิ", "341010005526", date(1955, 1, 30), "0857261394", "",
      "45", "6", "", "", "โนนสูง", "เมืองอุดรธานี", UD, "41330"),
    P("นาง", "บัวผัน", "ดวงมาลา", "347010008937", date(1961, 8, 14), "0897403318", "",
      "131", "9", "", "", "เชียงเครือ", "เมืองสกลนคร", SN, "47000"),
    # 12, 13 heirs (own file and a dead father's)
    P("นางสาว", "ณัฐธิดา", "พลราชม", "141990027738", date(1994, 4, 22), "0626613480", "natthida.pr@gmail.com",
      "33/18", "", "", "ประจักษ์ศิลปาคม", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นาง", "สุภาพร", "ไชยวงศ์", "341080019265", date(1971, 11, 9), "0819052274", "supaporn.cw@yahoo.com",
      "7", "1", "", "", "ศรีสุทโธ", "บ้านดุง", UD, "41190"),
)  # fmt: skip

# Bodies: the bidders' companies (their juristic IDs as `nid`, starting with 0), the
# foundations, the faculties. Their office, line and box.
FIRMS: tuple[Party, ...] = (
    P("ห้างหุ้นส่วนจำกัด ", "อุดรรุ่งเรืองก่อสร้าง", "", "041355700123", NONE, "042243719", "office@udonrr.example.co.th",
      "199/5", "", "", "อุดรดุษฎี", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000", juristic=True),
    P("บริษัท ", "สกลวิศวกรรม", "จำกัด", "047556100048", NONE, "042970318", "contact@sakoneng.example.co.th",
      "56", "2", "", "", "งิ้วด่อน", "เมืองสกลนคร", SN, "47000", juristic=True),
)  # fmt: skip
NGOS: tuple[Party, ...] = (
    P("", "มูลนิธิพัฒนาชุมชนอีสานตอนบน", "", "099900000011", NONE, "042221584", "info@isanup.example.or.th",
      "77", "3", "", "", "นาดี", "เมืองอุดรธานี", UD, "41000", juristic=True),
    P("", "สมาคมเครือข่ายผู้บริโภคสกลนคร", "", "099900000029", NONE, "042713266", "sakon.consumer@gmail.com",
      "215/6", "", "", "สุขเกษม", "ธาตุเชิงชุม", "เมืองสกลนคร", SN, "47000", juristic=True),
)  # fmt: skip
FACULTIES: tuple[Party, ...] = (
    P("", "คณะรัฐศาสตร์และรัฐประศาสนศาสตร์ มหาวิทยาลัยขอนแก่น", "", "099900000037", NONE, "043202566", "copas.kku@example.ac.th",
      "123", "", "", "มิตรภาพ", "ในเมือง", "เมืองขอนแก่น", KK, "40002", juristic=True),
    P("", "คณะมนุษยศาสตร์และสังคมศาสตร์ มหาวิทยาลัยราชภัฏอุดรธานี", "", "099900000045", NONE, "042211040", "huso@udru.example.ac.th",
      "64", "", "", "ทหาร", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000", juristic=True),
)  # fmt: skip
ACADEMIC = ("ผศ.ดร.", "ดร.")

# Never the applicant: contractors, engineers, officials, committees, the clerk, students.
CONTRACTORS: tuple[tuple[str, str, str, str], ...] = (
    (
        "ห้างหุ้นส่วนจำกัด ธนพลการโยธา",
        with_check_digit("041355800217"),
        "นายธนพล ศักดิ์ศรีสุข",
        "042-246-880",
    ),
    (
        "บริษัท สกลนครคอนสตรัคชั่น จำกัด",
        with_check_digit("047556200391"),
        "นายวีระ เหล่าสมบัติ",
        "042-712-054",
    ),
)
ENGINEERS = ("นายประเสริฐ มูลสาร", "นางสาวศศิธร ภูมิพันธ์")
CLERKS = (("นางสาวรัตนา โพธิ์ศรี", "042-325-176 ต่อ 1204"), ("นายอดิเรก สุวรรณไตรย์", "042-711-037"))
CHAIRS = ("นายสมหมาย แก้วกาหลง", "นางพิมพ์ใจ ศรีวิเศษ")
STUDENTS: tuple[tuple[str, str, str], ...] = (
    ("นายภานุวัฒน์ ศรีบุญเรือง", "6530102214", "0967784215"),
    ("นางสาวสุธาสินี วงศ์คำ", "6530102457", "0843390621"),
    ("นายกิตติพงษ์ ผาสุข", "6530102631", "0628845107"),
)
LAWYERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นายเอกราช มณีวงศ์", "8861/2552", "สำนักงานเอกราชทนายความ 14/9 ถนนนิตโย ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
     "042-247-315", "089-622-4170", "ekkarat.law@gmail.com"),
    ("นางสาวศิริลักษณ์ ทองดี", "20415/2560", "ศิริลักษณ์ลอว์ออฟฟิศ 88 หมู่ 3 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
     "042-120-448", "086-441-9230", "siriluk@sl-law.example.co.th"),
)  # fmt: skip
FATHERS: tuple[tuple[str, str, date, date, str], ...] = (
    (
        "นายสมพงษ์ พลราชม",
        with_check_digit("341010009914"),
        date(1951, 3, 4),
        date(2025, 9, 17),
        "มรณบัตรเลขที่ 0417/2568",
    ),
    (
        "นายทองใบ ศรีวงษา",
        with_check_digit("341080004420"),
        date(1939, 12, 1),
        date(2024, 2, 6),
        "มรณบัตรเลขที่ ท.ร.4 ก 112/2567",
    ),
)
DAUGHTERS: tuple[tuple[str, str, str], ...] = (
    ("นางสาวพรทิพย์ ศรีภูมิ", "0864407128", "pornthip.sp@gmail.com"),
    ("นางสาววิไลพร ดวงมาลา", "0917725386", "wilaiporn.dm@gmail.com"),
)
NEIGHBOURS: tuple[tuple[str, str], ...] = (
    ("นายบุญมา ทองสุข", "โฉนดเลขที่ 21874"),
    ("นางจันทร์ดี สายสุด", "น.ส.3ก. เลขที่ 1552"),
)


def message(agency: tuple[str, str, str], n: int, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = agency[1]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set85-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def contract(k: int) -> tuple[str, str, str, str]:
    """Contract number, e-GP project number, amount, the road."""
    return (f"{45 + k}/2569", f"6907{k}0{31452 + 7 * k}", f"{4_850_000 + 137_500 * k:,}",
            f"ถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล {3 + k} กว้าง 5 เมตร ยาว {620 + 40 * k} เมตร")  # fmt: skip


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"


def own(a: Party, keys: str = ALL) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def researcher(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = own(a, keys)
    p = a.p
    e["full_name"] = (a.name, *(f"{t}{p.first} {p.last}" for t in ACADEMIC))
    return e


def client(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The lawyer's client: only the lawyer's phone and box appear."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def body(org: Party, signer: Party, keys: str, *, with_id: bool, names: tuple[str, ...] = (),
         mobile_given: bool = True, own_box: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """A body's request signed by `signer`: her name and (where given) ID, the body's place
    and line (her mobile too where given), her box or the body's."""
    e = exp(org, keys)
    s = signer.p
    e["full_name"] = (signer.name, *names)
    if "national_id" in e:
        e["national_id"] = (s.nid,) if with_id else ()
    if "phone" in e and mobile_given:
        e["phone"] += ("+66" + s.mobile[1:], s.mobile)
    if "email" in e and own_box:
        e["email"] += (s.email.lower(),)
    return e


WHO: dict[str, str] = {
    "plain_iphone_journalist_contract": "the journalist; never the contractor, its manager, the engineer",
    "plain_gmail_daughter_for_villager": "the villager (mother); never the daughter who types (her mobile, box), the neighbours",
    "plain_webmail_heir_own_and_father": "the heir herself; never the dead father (his ID, birth date, home)",
    "plain_line_forward_ngo_appeal": "the NGO's officer who signs; the foundation's place and line",
    "plain_outlook_android_lawyer": "the lawyer's client; never the lawyer (licence, office, line, mobile, box)",
    "html_gmail_researcher_table": "the researcher (her home, mobile, box); never her students (IDs, phones)",
    "html_outlook_bidder_director": "the company's authorised director (his ID); the company's office, line; never the winner",
    "html_webform_own_file": "the ผู้ขอ of the city's web form; never the clerk or officials",
    "html_gmail_journalist_reply_appeal": "the journalist; never the clerk of the quoted refusal, the agency's lines",
    "html_gmail_lawyer_client_list": "the lawyer's client; never the lawyer's signature",
    "docx_dotted_request_villager": "the ผู้ขอ on the dotted form; never the neighbours or the kamnan",
    "docx_lawyer_letter_client": "the client (ผู้มอบอำนาจ); never the lawyer on the letterhead",
    "docx_foundation_letter_officer": "the officer who signs the foundation's letter; the foundation's place and line",
    "docx_bidder_appeal": "the director who signs for the company (his ID); never the company's juristic ID, the winner",
    "pdf_fillable_text_fields_heir": "the ผู้ขอ (Text1..); never the dead father's section",
    "pdf_fillable_appeal_form": "the ผู้อุทธรณ์; never the agency or the official who refused",
    "pdf_typed_faculty_letter": "the researcher who signs her faculty's letter; the faculty's place and line",
    "pdf_typed_villager_letter": "the villager; never the neighbours or the meeting's members",
    "xlsx_researcher_figures": "the researcher's head rows; never her students' rows",
    "xlsx_bidder_document_list": "the director who signs (his ID); the company's office, line, box; never its staff",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_journalist_contract(a: Party, i: int) -> Case:
    """A journalist's iPhone mail: the road contract, its e-GP number, amount and
    contractor (juristic ID, manager, line), the supervising engineer; his own lines."""
    p = a.p
    k = i % 2
    no, proj, amount, road = contract(k)
    firm, firm_id, manager, firm_line = CONTRACTORS[k]
    agency = (UDON, SAKON)[k]
    text = (
        f"เรียน ศูนย์ข้อมูลข่าวสาร {agency[0]}\n\n"
        f"{me(a)} {a.name} ผู้สื่อข่าวหนังสือพิมพ์ท้องถิ่น{'อุดรโพสต์' if k == 0 else 'สกลนครนิวส์'} "
        f"ขอใช้สิทธิตามมาตรา 11 แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540 ขอสำเนาเอกสารดังนี้\n"
        f"1. สัญญาจ้างเลขที่ {no} ลงวันที่ {thai_day(date(2026, 3, 12 + k))} โครงการ{road} "
        f"เลขที่โครงการ (e-GP) {proj} วงเงิน {amount} บาท\n"
        f"2. ใบแจ้งปริมาณงานและราคา (BOQ) และบันทึกการตรวจรับงานงวดที่ 1-3\n"
        f"3. หนังสือขอขยายเวลาของผู้รับจ้าง {firm} (ทะเบียนนิติบุคคลเลขที่ {firm_id}) ลงนามโดย {manager} "
        f"โทร {firm_line} และความเห็นของผู้ควบคุมงาน {ENGINEERS[k]}\n\n"
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}\n"
        f"ที่อยู่ {home(a, i)}\n"
        f"มือถือ {mobile(p.mobile, i)}\n"
        "ขอรับเป็นไฟล์ PDF ทางอีเมลนี้ได้เลย ยินดีชำระค่าธรรมเนียมตามระเบียบ\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(agency, i, "ขอข้อมูลข่าวสาร สัญญาจ้างก่อสร้างถนน", box(a), text=text)
    return Case("plain_iphone_journalist_contract", raw, own(a, NO_BIRTH))


def plain_gmail_daughter_for_villager(a: Party, i: int) -> Case:
    """A daughter types her mother's request from her own Gmail: the mother's lines,
    the minutes about her land (neighbours, deed numbers), the daughter's signature."""
    p = a.p
    k = i % 2
    d_name, d_mob, d_box = DAUGHTERS[k]
    n_name, n_deed = NEIGHBOURS[k]
    agency = (NONSUNG, CHIANGKRUA)[k]
    text = (
        f"เรียน นายก{agency[0]}\n\n"
        f"ลูกพิมพ์แทนแม่นะคะ แม่ชื่อ {a.name} อายุ {2026 - p.born.year} ปี\n"
        f"เลขบัตรประชาชนแม่ {nid_w(p.nid, i + 1)} เกิด {born_th(p.born, i)}\n"
        f"บ้านแม่อยู่ {home(a, i + 1)}\n"
        f"เบอร์แม่ {mobile(p.mobile, i + 2)}\n\n"
        f"แม่ขอสำเนารายงานการประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ครั้งที่ {2 + k}/2569 "
        f"วันที่ {thai_day(date(2026, 8, 20 + k))} วาระที่ 4 เรื่องขยายถนนผ่านที่ดินแม่ "
        f"(น.ส.3ก. เลขที่ {1480 + 13 * k}) และที่ดินของ{n_name} ({n_deed}) "
        f"ซึ่งแม่ไม่ได้รับแจ้งเลยค่ะ ขอสำเนาแผนที่แนวเขตที่แนบท้ายรายงานด้วย\n\n"
        f"แม่จะไปรับเองที่ อบต. หรือให้ลูกไปรับแทนก็ได้ค่ะ\n\n"
        f"--\n{d_name} (ลูกสาว ผู้พิมพ์แทน)\nโทร {mobile(d_mob, i)}\n"
    )
    raw = message(agency, i, "ขอสำเนารายงานการประชุมสภา อบต. (เรื่องที่ดินของแม่)",
                  f"{d_name.split()[0][6:]} {d_name.split()[1]} <{d_box}>", text=text)  # fmt: skip
    e = own(a, ALL)
    e["email"] = ()
    return Case("plain_gmail_daughter_for_villager", raw, e)


def plain_webmail_heir_own_and_father(a: Party, i: int) -> Case:
    """A citizen's webmail: her own file (ทะเบียนประวัติลูกจ้าง) and her dead father's file
    as his heir (his ID, birth and death dates, death certificate, old home)."""
    p = a.p
    k = i % 2
    f_name, f_id, f_born, f_died, f_cert = FATHERS[k]
    agency = (UDON, BANDUNG)[k]
    text = (
        f"เรียน เจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร{agency[0]}\n\n"
        f"ข้าพเจ้า {a.name}\n"
        f"เลขประจำตัวประชาชน {thai(nid_w(p.nid, i))}\n"
        f"วันเดือนปีเกิด {thai(born_th(p.born, i + 1))}\n"
        f"ที่อยู่ที่ติดต่อได้\n{home(a, i)}\n"
        f"โทรศัพท์ {thai(mobile(p.mobile, i))}\n\n"
        "มีความประสงค์ขอข้อมูลข่าวสารส่วนบุคคล ตามมาตรา 25 ดังนี้\n"
        f"1) ทะเบียนประวัติของข้าพเจ้าเอง (เคยเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการเงินและบัญชี "
        f"คำสั่งที่ {812 + k}/2563)\n"
        f"2) ทะเบียนประวัติและเอกสารการรับเบี้ยยังชีพผู้สูงอายุของบิดา {f_name} "
        f"เลขประจำตัวประชาชน {nid_w(f_id, i + 1)} เกิด {thai_day(f_born)} "
        f"ถึงแก่กรรมเมื่อ {thai_day(f_died)} ({f_cert}) "
        f"ซึ่งเคยอยู่บ้านเลขที่ {17 + k} หมู่ที่ {2 + k} ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "ข้าพเจ้าเป็นทายาทโดยธรรม (บุตร) ตามมาตรา 25 วรรคท้าย แนบสำเนามรณบัตรและทะเบียนบ้านมาด้วย\n\n"
        "วิธีการรับ: ขอรับสำเนาที่มีคำรับรองถูกต้อง ทางไปรษณีย์ตามที่อยู่ข้างต้น\n\n"
        f"ขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(agency, i, "ขอข้อมูลข่าวสารส่วนบุคคล (ของตนเองและของบิดาผู้ถึงแก่กรรม)", box(a), text=text)
    return Case("plain_webmail_heir_own_and_father", raw, own(a, ALL))


def plain_line_forward_ngo_appeal(a: Party, i: int) -> Case:
    """A LINE chat exported and mailed: the NGO officer's messages to a colleague, then
    the appeal she wrote in the chat (the refusal's number, the budget figures wanted)."""
    p = a.p
    k = i % 2
    org = NGOS[k]
    agency = (UDON, SAKON)[k]
    colleague = ("ประภาพร", "เอกชัย")[k]
    kha = ("คะ", "ครับ")[k]
    first = p.first
    refusal = f"{agency[2]}/{3107 + 29 * k}"
    text = (
        f"[LINE] ประวัติการแชทใน{('ทีมงานมูลนิธิ', 'ทีมงานสมาคม')[k]}\n"
        "วันที่บันทึก: 2026/12/02 09:41\n\n"
        "2026/12/01(อ.)\n"
        f"16:02\t{colleague}\tพี่{first}{kha} หนังสือตอบปฏิเสธมาแล้ว เลขที่ {refusal} ลงวันที่ 20 พ.ย. 2569\n"
        f"16:05\t{colleague}\tคนเซ็นคือ {('นายวีระพงษ์ สุขประเสริฐ', 'นายอนันต์ ภูมิสายดร')[k]} รองนายกฯ โทร {('042-325-176', '042-711-037')[k]}\n"
        f"16:20\t{first}\tโอเค เดี๋ยวพี่ร่างอุทธรณ์ส่งในกลุ่มนะ\n"
        "2026/12/02(พ.)\n"
        f"09:12\t{first}\tเรียน คณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร ผ่าน{agency[0]}\n"
        f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เจ้าหน้าที่โครงการ {org.name} "
        f"สำนักงานตั้งอยู่ที่ {home(org, i)} โทร {tel(org, i)} "
        f"ขออุทธรณ์คำสั่งไม่เปิดเผยข้อมูลข่าวสารตามหนังสือที่ {refusal} "
        f"ซึ่งปฏิเสธคำขอสำเนาข้อบัญญัติงบประมาณรายจ่ายประจำปี 2569 รายละเอียดโครงการจัดซื้อรถบรรทุกขยะ "
        f"วงเงิน {12_400_000 + 350_000 * k:,} บาท และรายงานผลการพิจารณาของคณะกรรมการ\n"
        f"ติดต่อกลับ {first} {mobile(p.mobile, i)}\n"
        f"09:13\t{first}\tช่วยส่งเมลให้พี่หน่อยนะ {colleague}\n"
        f"09:30\t{colleague}\tส่งแล้ว{('ค่ะ', 'ครับ')[k]}\n"
    )
    raw = message(agency, i, "Fw: [LINE] อุทธรณ์คำสั่งไม่เปิดเผยข้อมูลข่าวสาร", f"{org.name} <{org.p.email}>",
                  text=f"ส่งต่อข้อความอุทธรณ์จากแชทไลน์ของ{first}{('ค่ะ', 'ครับ')[k]}\n\n{text}")  # fmt: skip
    return Case("plain_line_forward_ngo_appeal", raw,
                body(org, a, NO_BIRTH, with_id=True, own_box=False))  # fmt: skip


def plain_outlook_android_lawyer(a: Party, i: int) -> Case:
    """A lawyer's mail from Outlook for Android: the client's name, ID and home, the
    documents wanted (a land's survey, a building permit), his licence and contacts."""
    p = a.p
    k = i % 2
    law, lic, office, line, mob, lbox = LAWYERS[k]
    agency = (UDON, NONSUNG)[k]
    text = (
        f"เรียน {agency[0]}\n\n"
        f"{'ดิฉัน' if law.startswith('นาง') else 'ผม'}ในฐานะทนายความผู้รับมอบอำนาจของ {a.name} (ลูกความ) เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
        f"อยู่บ้านเลขที่ {home(a, i + 2)} ขอคัดสำเนาเอกสารต่อไปนี้ "
        f"เพื่อใช้ประกอบคดีหมายเลขดำที่ พ.{1284 + k}/2569 ของศาลจังหวัดอุดรธานี\n"
        f"- ใบอนุญาตก่อสร้างอาคาร (อ.1) เลขที่ {77 + k}/2567 ของบ้านข้างเคียง\n"
        f"- ผลการตรวจสอบเรื่องร้องเรียนเลขรับที่ {4412 + k} ลงวันที่ {thai_day(date(2026, 6, 3 + k))}\n"
        "ได้แนบหนังสือมอบอำนาจและสำเนาบัตรของลูกความมาด้วยแล้ว\n\n"
        f"{law}\nทนายความ ใบอนุญาตเลขที่ {lic}\n{office}\nโทร {line} มือถือ {mob}\n\n"
        "Get Outlook for Android\n"
    )
    raw = message(agency, i, "ขอคัดสำเนาเอกสาร (ทนายความ)", f"{law} <{lbox}>", text=text)
    return Case("plain_outlook_android_lawyer", raw, client(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def gmail(inner: str) -> str:
    return f'<div dir="ltr">{inner}</div>'


def html_gmail_researcher_table(a: Party, i: int) -> Case:
    """A researcher's Gmail: her lines as paragraphs, the budget figures wanted as a table
    (years, codes, amounts), her students as a second table (names, student numbers,
    phones), her signature with the faculty's line."""
    p = a.p
    k = i % 2
    fac = FACULTIES[k]
    agency = (UDON, SAKON)[k]
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{what}</td><td>{year}</td><td>{code}</td><td>{amount}</td></tr>"
        for n, (what, year, code, amount) in enumerate([
            ("แผนงานเคหะและชุมชน งานไฟฟ้าถนน", 2567, f"00241{k}", "18,450,000"),
            ("แผนงานสาธารณสุข งานบริการสาธารณสุข", 2568, f"00222{k}", "9,871,500"),
            ("แผนงานการศึกษา อาหารกลางวัน", 2569, f"00212{k}", "26,004,000"),
        ])
    )  # fmt: skip
    students = "".join(
        f"<tr><td>{n}</td><td>{sid}</td><td>{mobile(m, i + j)}</td></tr>"
        for j, (n, sid, m) in enumerate(STUDENTS)
    )
    html = gmail(
        f"<div>เรียน ผู้อำนวยการกองคลัง {agency[0]}</div><br>"
        f"<div>{me(a)} {a.name} อาจารย์ประจำ{fac.name} กำลังทำวิจัยเรื่องการจัดสรรงบประมาณของเทศบาลขนาดใหญ่ในภาคอีสาน "
        "ขอข้อมูลข่าวสารตามมาตรา 9 ดังตารางนี้</div>"
        '<table border="1" cellspacing="0"><tr><th>ลำดับ</th><th>รายการ</th><th>ปีงบประมาณ</th><th>รหัสบัญชี</th><th>งบประมาณ (บาท)</th></tr>'
        f"{rows}</table><br>"
        "<div>นักศึกษาผู้ช่วยวิจัยที่อาจไปติดต่อรับเอกสาร</div>"
        f'<table border="1" cellspacing="0"><tr><th>ชื่อ</th><th>รหัสนักศึกษา</th><th>โทร</th></tr>{students}</table><br>'
        f"<div>ข้อมูลผู้ขอ</div><div>เลขบัตรประชาชน: {nid_w(p.nid, i)}</div>"
        f"<div>ที่อยู่ (บ้าน): {home(a, i + 1)}</div><div>มือถือ: {mobile(p.mobile, i + 1)}</div><br>"
        f'<div>ขอบคุณ{ending(a)}</div><div>-- </div><div dir="ltr">{ACADEMIC[k]}{p.first} {p.last}<br>{fac.name}<br>'
        f"{home(fac, 0)}<br>โทร {tel(fac, i)}</div>"
    )
    raw = message(agency, i, "ขอข้อมูลงบประมาณเพื่อการวิจัย", box(a), html=html)
    return Case("html_gmail_researcher_table", raw, researcher(a, NO_BIRTH))


def html_outlook_bidder_director(a: Party, i: int) -> Case:
    """A losing bidder's Outlook from its general box: the director asks for the
    procurement committee's report (the project, the winner and its juristic ID, the
    committee's chair), the company's juristic ID and his own ID, the Outlook signature."""
    p = a.p
    k = i % 2
    f = FIRMS[k]
    _no, proj, amount, road = contract(k + 2)
    win, win_id, _win_mgr, _ = CONTRACTORS[1 - k]
    agency = (UDON, SAKON)[k]
    paras = [
        f"เรียน นายกเทศมนตรี{agency[0][6:]}",
        "",
        f"ด้วย {f.name} ทะเบียนนิติบุคคลเลขที่ {f.p.nid} โดย {a.name} หุ้นส่วนผู้จัดการ/กรรมการผู้มีอำนาจ "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} ได้ยื่นข้อเสนอในการประกวดราคาอิเล็กทรอนิกส์ (e-bidding) "
        f"โครงการ{road} เลขที่โครงการ {proj} ราคากลาง {amount} บาท",
        f"ผลการพิจารณาประกาศให้ {win} (เลขทะเบียน {win_id}) เป็นผู้ชนะ บริษัทฯ จึงขอสำเนารายงานผลการพิจารณา"
        f"ของคณะกรรมการพิจารณาผลการประกวดราคา ซึ่งมี{CHAIRS[k]} เป็นประธาน พร้อมตารางการให้คะแนน",
        "",
        "ขอแสดงความนับถือ",
    ]
    body_html = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in paras)
    post = "หุ้นส่วนผู้จัดการ" if f.name.startswith("ห้าง") else "กรรมการผู้จัดการ"
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>{post}<br>{f.name}<br>{home(f, i)}<br>'
           f"Tel. {tel(f, i)} | Mobile {mobile(p.mobile, i + 1)}<br>{f.p.email}</p>")  # fmt: skip
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-family:"Tahoma"}</style></head>'
            f'<body lang="TH"><div class="WordSection1">{body_html}<p class="MsoNormal">&nbsp;</p>{sig}</div></body></html>')  # fmt: skip
    raw = message(
        agency, i, "ขอสำเนารายงานผลการพิจารณาประกวดราคา", f"{f.name} <{f.p.email}>", html=html
    )
    return Case("html_outlook_bidder_director", raw, body(f, a, NO_BIRTH, with_id=True))


def html_webform_own_file(a: Party, i: int) -> Case:
    """The city's e-service notification of a web form sent: a table of label cells and
    values (ชื่อผู้ขอ, เลขบัตรประจำตัวประชาชน, วันเดือนปีเกิด, ที่อยู่ที่ติดต่อได้, ...),
    the reference number, the system's footer with the city's line."""
    p = a.p
    k = i % 2
    agency = (UDON, SAKON)[k]
    rows = [
        ("เลขที่คำขอ", f"INFO-2569-{0o417 + 61 * i:05d}"),
        ("ชื่อผู้ขอ", a.name),
        ("เลขบัตรประจำตัวประชาชน", p.nid),
        ("วันเดือนปีเกิด", born_th(p.born, i)),
        ("ที่อยู่ที่ติดต่อได้", home(a, i)),
        ("โทรศัพท์", mobile(p.mobile, i)),
        ("อีเมล", p.email or "-"),
        (
            "ข้อมูลข่าวสารที่ต้องการ",
            f"สำเนาผลการประเมินการปฏิบัติงานของข้าพเจ้า ปี 2567-2568 และคำสั่งเลื่อนขั้นค่าตอบแทน ที่ {1520 + k}/2568",
        ),
        ("วิธีการรับ", "รับทางอีเมล (ไฟล์ PDF)"),
        ("วันที่ยื่น", f"{3 + i % 20}/12/2569 10:{12 + i:02d}"),
    ]
    table = "".join(
        f'<tr><td style="background:#eef;width:35%">{lab}</td><td>{val}</td></tr>'
        for lab, val in rows
    )
    html = (
        f"<html><body><h3>แจ้งเตือน: มีคำขอข้อมูลข่าวสารใหม่จากเว็บไซต์ {agency[0]}</h3>"
        f'<table border="1" cellpadding="4">{table}</table>'
        f"<p>ผู้รับผิดชอบ: {CLERKS[k][0]} ศูนย์ข้อมูลข่าวสาร โทร {CLERKS[k][1]}</p>"
        f"<p style='color:#888'>อีเมลนี้ส่งโดยระบบอัตโนมัติ e-Service {agency[0]} กรุณาอย่าตอบกลับ</p></body></html>"
    )
    raw = message(
        agency,
        i,
        f"[e-Service] คำขอข้อมูลข่าวสาร จาก {a.name}",
        f"e-Service <noreply@{agency[1].split('@')[1]}>",
        html=html,
    )
    return Case("html_webform_own_file", raw, own(a, ALL))


def html_gmail_journalist_reply_appeal(a: Party, i: int) -> Case:
    """A journalist's Gmail reply over the clerk's quoted refusal (the clerk's name and
    line, the agency's address): his appeal on top, his home and ID, his signature."""
    p = a.p
    k = i % 2
    agency = (SAKON, UDON)[k]
    clerk, cline = CLERKS[1 - k]
    no, proj, amount, _road = contract(k)
    quoted = (
        f"<div>เรียน คุณ{p.first}</div><div>ตามที่ท่านขอสำเนาสัญญาจ้างเลขที่ {no} นั้น {agency[0]} พิจารณาแล้ว "
        "เห็นว่าเป็นข้อมูลที่อยู่ระหว่างการตรวจสอบของ สตง. จึงไม่อาจเปิดเผยได้ตามมาตรา 15</div>"
        f"<div>{clerk}<br>ศูนย์ข้อมูลข่าวสาร {agency[0]}<br>"
        f"{('1 ถนนสุขเกษม ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000', '7 ถนนเทศา ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000')[k]}"
        f"<br>โทร {cline}</div>"
    )
    html = gmail(
        "<div>เรียน ประธานคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร (ผ่านศูนย์ข้อมูลข่าวสาร)</div><br>"
        f"<div>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i)} "
        f"ขออุทธรณ์คำสั่งไม่เปิดเผยสัญญาจ้างเลขที่ {no} (โครงการเลขที่ {proj} วงเงิน {amount} บาท) "
        "ภายใน 15 วันตามมาตรา 18 เนื่องจากสัญญาจ้างเป็นข้อมูลที่ต้องเปิดเผยตามมาตรา 9 (8)</div><br>"
        f"<div>ขอบคุณ{ending(a)}</div><div>{a.name}<br>ผู้สื่อข่าว โทร {mobile(p.mobile, i + 3)}</div><br>"
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ พ. 25 พ.ย. 2569 เวลา 14:10 {clerk} &lt;{agency[1]}&gt; เขียนว่า:<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{quoted}</blockquote></div>'
    )
    raw = message(agency, i, f"Re: ผลการพิจารณาคำขอข้อมูลข่าวสาร สัญญาจ้างเลขที่ {no}", box(a), html=html)
    return Case("html_gmail_journalist_reply_appeal", raw, own(a, NO_BIRTH))


def html_gmail_lawyer_client_list(a: Party, i: int) -> Case:
    """A lawyer's Gmail: the client's lines as a bulleted list, the documents wanted,
    the lawyer's signature (licence, office, line, mobile)."""
    p = a.p
    k = (i + 1) % 2
    law, lic, office, line, mob, lbox = LAWYERS[k]
    agency = (BANDUNG, UDON)[k]
    html = gmail(
        f"<div>เรียน ปลัด{agency[0]}</div><br>"
        f"<div>ดิฉัน/ผม ในนามทนายความผู้รับมอบอำนาจ ขอยื่นคำขอข้อมูลข่าวสารแทนลูกความ รายละเอียดลูกความดังนี้</div>"
        f"<ul><li>ชื่อ-สกุล: {a.name}</li><li>เลขประจำตัวประชาชน: {nid_w(p.nid, i + 2)}</li>"
        f"<li>วันเกิด: {born_th(p.born, i)}</li><li>ที่อยู่: {home(a, i + 1)}</li></ul>"
        f"<div>ข้อมูลที่ขอ: สำเนาบันทึกการสอบข้อเท็จจริงกรณีน้ำท่วมขังที่ดินของลูกความ เลขรับที่ {2231 + k}/2569 "
        f"และคำสั่งแต่งตั้งคณะกรรมการสอบข้อเท็จจริง ที่ {302 + k}/2569</div><br>"
        f"<div>--</div><div>{law}<br>ทนายความ (ใบอนุญาตเลขที่ {lic})<br>{office}<br>โทร. {line} / {mob}<br>{lbox}</div>"
    )
    raw = message(agency, i, "คำขอข้อมูลข่าวสาร (ทนายความยื่นแทนลูกความ)", f"{law} <{lbox}>", html=html)
    return Case("html_gmail_lawyer_client_list", raw, client(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_dotted_request_villager(a: Party, i: int) -> Case:
    """The อบต.'s แบบคำขอข้อมูลข่าวสาร filled on dotted lines in Word: ชื่อผู้ขอ, อายุ,
    เลขบัตร, the address in its slots, the phone, the minutes wanted, the ways to receive;
    the kamnan named as a witness."""
    p = a.p
    k = i % 2
    agency = (NONSUNG, CHIANGKRUA)[k]
    n_name, n_deed = NEIGHBOURS[1 - k]
    d = "........"
    moo = f"หมู่ที่{d}{p.moo}{d}" if p.moo else ""

    def build(doc: Any) -> None:
        doc.add_paragraph("แบบคำขอข้อมูลข่าวสารของราชการ")
        doc.add_paragraph(f"เขียนที่{d}{agency[0]}{d}")
        doc.add_paragraph(f"วันที่{d}{4 + i % 20}{d}เดือน{d}ธันวาคม{d}พ.ศ.{d}2569")
        doc.add_paragraph(f"ข้าพเจ้า (ชื่อผู้ขอ){d}{a.name}{d}อายุ{d}{2026 - p.born.year}{d}ปี")
        doc.add_paragraph(f"เลขบัตรประจำตัวประชาชน{d}{nid_w(p.nid, i)}{d}")
        doc.add_paragraph(
            f"ที่อยู่ที่ติดต่อได้ บ้านเลขที่{d}{p.house}{d}{moo}ตำบล{d}{p.tambon}{d}อำเภอ{d}{p.amphoe}{d}"
        )
        doc.add_paragraph(
            f"จังหวัด{d}{p.province}{d}รหัสไปรษณีย์{d}{p.postal}{d}โทรศัพท์{d}{mobile(p.mobile, i)}{d}"
        )
        doc.add_paragraph(
            f"ข้อมูลข่าวสารที่ต้องการ{d}สำเนารายงานการประชุมคณะกรรมการกำหนดแนวเขตทางสาธารณะ ครั้งที่ {4 + k}/2569 "
            f"เรื่องที่ดินของข้าพเจ้า (โฉนดเลขที่ {30117 + 211 * k}) และที่ดินของ{n_name} ({n_deed}){d}"
        )
        doc.add_paragraph(
            "วิธีการรับ  [✓] ขอสำเนา  [✓] ขอสำเนาที่มีคำรับรองถูกต้อง  [ ] ขอตรวจดู  [ ] ส่งทางไปรษณีย์"
        )
        doc.add_paragraph(f"ลงชื่อ{d}{d}ผู้ขอ\n({a.name})")
        doc.add_paragraph(
            f"ลงชื่อ{d}{d}พยาน\n({('นายสมบัติ คำมูล', 'นายไพโรจน์ ศรีหาวงศ์')[k]})\nกำนันตำบล{p.tambon}"
        )

    raw = message(agency, i, "แบบคำขอข้อมูลข่าวสาร", f"{p.first} {p.last} <{p.email or f'village.{i}@gmail.com'}>",
                  text=f"เรียน {agency[0]}\nส่งแบบคำขอข้อมูลข่าวสาร{ending(a)}\n",
                  files=(("คำขอข้อมูลข่าวสาร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, "full_name national_id phone address postal_code province")
    return Case("docx_dotted_request_villager", raw, e)


def docx_lawyer_letter_client(a: Party, i: int) -> Case:
    """A lawyer's letter on letterhead in Word (ที่ ทอ. .../2569): the office's block, the
    client as ผู้มอบอำนาจ with ID, birth date and home, the documents wanted."""
    p = a.p
    k = i % 2
    law, lic, office, line, mob, lbox = LAWYERS[k]
    agency = (UDON, BANDUNG)[k]

    def build(doc: Any) -> None:
        doc.add_paragraph(
            f"{office.split(' ', 1)[0]}\n{office.split(' ', 1)[1]}\nโทร {line} อีเมล {lbox}"
        )
        doc.add_paragraph(f"ที่ ทอ. {118 + i}/2569\t\t\t\t{5 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(f"เรื่อง ขอข้อมูลข่าวสารของราชการ\nเรียน นายก{agency[0]}")
        doc.add_paragraph("สิ่งที่ส่งมาด้วย 1. หนังสือมอบอำนาจ  2. สำเนาบัตรประจำตัวประชาชนผู้มอบอำนาจ")
        doc.add_paragraph(
            f"ข้าพเจ้า {law} ทนายความ ใบอนุญาตเลขที่ {lic} ได้รับมอบอำนาจจาก {a.name} "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ให้ขอสำเนาเอกสารเกี่ยวกับการรื้อถอนอาคารของผู้มอบอำนาจ ได้แก่ "
            f"คำสั่งเจ้าพนักงานท้องถิ่นที่ {219 + k}/2569 ลงวันที่ {thai_day(date(2026, 7, 8 + k))} "
            "และบันทึกการตรวจสอบอาคารของนายช่างโยธา"
        )
        doc.add_paragraph(f"ทั้งนี้ โปรดติดต่อกลับที่สำนักงานของข้าพเจ้า โทร {line} หรือ {mob}")
        doc.add_paragraph(f"ขอแสดงความนับถือ\n\n({law})\nทนายความผู้รับมอบอำนาจ")

    raw = message(agency, i, "ขอข้อมูลข่าวสารของราชการ (ทนายความ)", f"{law} <{lbox}>", text="เรียน เจ้าหน้าที่\nแนบหนังสือครับ\n",
                  files=(("หนังสือขอข้อมูล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lawyer_letter_client", raw, client(a, ALL))


def docx_foundation_letter_officer(a: Party, i: int) -> Case:
    """A foundation's official letter in Word (ที่ มพอ. .../2569), the body's place and
    line at the head, signed by its project officer: the budget figures and reports
    wanted, the foundation's chair named in the text."""
    k = i % 2
    org = NGOS[k]
    agency = (UDON, SAKON)[k]
    chair = ("นายประยูร ศรีสุข", "นางเยาวลักษณ์ พิมพ์ทอง")[k]

    def build(doc: Any) -> None:
        doc.add_paragraph(
            f"ที่ {('มพอ.', 'สคบส.')[k]} {45 + i}/2569\t\t\t{org.name}\n\t\t\t\t{home(org, i + 1)}"
        )
        doc.add_paragraph(f"\t\t\t\t{7 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(f"เรื่อง ขอข้อมูลข่าวสารของราชการ\nเรียน นายกเทศมนตรี{agency[0][6:]}")
        doc.add_paragraph(
            f"ด้วย{org.name} โดยมติคณะกรรมการซึ่งมี{chair} เป็นประธาน ได้ดำเนินโครงการติดตามการใช้งบประมาณท้องถิ่น "
            "จึงขอสำเนาเอกสารดังนี้ 1) รายงานผลการดำเนินงานกองทุนหลักประกันสุขภาพ ปีงบประมาณ 2568 "
            f"(งบประมาณ {3_215_400 + 10_000 * k:,} บาท) 2) รายงานการประชุมคณะกรรมการกองทุน ครั้งที่ {3 + k}/2568"
        )
        doc.add_paragraph(
            f"ทั้งนี้ได้มอบหมายให้ข้าพเจ้าเป็นผู้ประสานงาน โทร {mobile(a.p.mobile, i)} อีเมล {a.p.email}"
        )
        doc.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({a.name})\nเจ้าหน้าที่โครงการ ปฏิบัติการแทนประธาน{org.name}"
        )
        doc.add_paragraph(f"โทร {tel(org, i)}\n{org.p.email}")

    raw = message(agency, i, "หนังสือขอข้อมูลข่าวสาร", box(a), text=f"เรียน ศูนย์ข้อมูลข่าวสาร\nส่งหนังสือของ{org.name}{ending(a)}\n",
                  files=(("หนังสือขอข้อมูล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_foundation_letter_officer", raw, body(org, a, NO_BIRTH, with_id=False))


def docx_bidder_appeal(a: Party, i: int) -> Case:
    """A losing bidder's appeal in Word to the information board (through the city): the
    refusal's number, the company's juristic ID, the director's ID, the winner."""
    p = a.p
    k = i % 2
    f = FIRMS[k]
    agency = (UDON, SAKON)[k]
    _no, proj, amount, road = contract(k + 4)
    win, win_id, _, _ = CONTRACTORS[k]

    def build(doc: Any) -> None:
        doc.add_paragraph(f"{f.name}\n{home(f, i + 2)}\nโทร {tel(f, i)}")
        doc.add_paragraph(f"{9 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(
            "เรื่อง อุทธรณ์คำสั่งมิให้เปิดเผยข้อมูลข่าวสาร\n"
            f"เรียน ประธานกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร สาขาเศรษฐกิจและการคลัง (ผ่าน{agency[0]})"
        )
        doc.add_paragraph(
            f"อ้างถึง หนังสือ{agency[0]} {agency[2]}/{2874 + 51 * k} ลงวันที่ {thai_day(date(2026, 11, 24 + k))}"
        )
        doc.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} กรรมการผู้มีอำนาจกระทำการแทน {f.name} "
            f"เลขทะเบียนนิติบุคคล {f.p.nid} ผู้ยื่นข้อเสนอโครงการ{road} (เลขที่โครงการ {proj}) "
            f"ได้ขอสำเนารายงานผลการพิจารณาของคณะกรรมการ ซึ่งประกาศให้ {win} (เลขทะเบียนนิติบุคคล {win_id}) "
            f"เป็นผู้ชนะในราคา {amount} บาท แต่ได้รับแจ้งว่าไม่อาจเปิดเผยได้ตามมาตรา 15 (1)"
        )
        doc.add_paragraph("บริษัทฯ เห็นว่าการพิจารณาผลเสร็จสิ้นแล้ว จึงขออุทธรณ์ตามมาตรา 18 ภายในกำหนด 15 วัน")
        doc.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({a.name})\nกรรมการผู้มีอำนาจ\nมือถือ {mobile(p.mobile, i + 1)}"
        )

    raw = message(agency, i, "อุทธรณ์คำสั่งมิให้เปิดเผยข้อมูลข่าวสาร", f"{f.name} <{f.p.email}>",
                  text="เรียน ศูนย์ข้อมูลข่าวสาร\nบริษัทฯ ขอยื่นหนังสืออุทธรณ์ตามไฟล์แนบ\n",
                  files=(("อุทธรณ์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = body(f, a, NO_BIRTH, with_id=True, own_box=False)
    return Case("docx_bidder_appeal", raw, e)


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_text_fields_heir(a: Party, i: int) -> Case:
    """A fillable request made in Acrobat whose fields kept their default names (Text1,
    Text2, ...): the ผู้ขอ's lines, then the section for another's data (the dead father:
    name, ID, death date), the way to receive."""
    p = a.p
    k = i % 2
    f_name, f_id, _f_born, f_died, f_cert = FATHERS[k]
    agency = (UDON, BANDUNG)[k]
    labels = [(40, 18, f"แบบคำขอข้อมูลข่าวสาร {agency[0]}"),
              (20, 36, "ชื่อผู้ขอ"), (20, 46, "เลขบัตรประจำตัวประชาชน"), (120, 46, "วันเกิด"),
              (20, 56, "ที่อยู่ที่ติดต่อได้"), (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"),
              (20, 80, "ข้อมูลข่าวสารที่ต้องการ"),
              (20, 96, "กรณีขอข้อมูลของผู้ถึงแก่กรรม ชื่อเจ้าของข้อมูล"), (20, 106, "เลขบัตรของเจ้าของข้อมูล"),
              (120, 106, "วันที่ถึงแก่กรรม"), (20, 116, "ความเกี่ยวพัน"),
              (20, 130, "วิธีการรับ"), (20, 150, "ลงชื่อ ........................ ผู้ขอ")]  # fmt: skip
    fields = [Field("Text1", a.name, 40, 36, 100), Field("Text2", nid_w(p.nid, i), 65, 46, 50),
              Field("Text3", born_th(p.born, i + 1), 135, 46, 45), Field("Text4", home(a, i), 52, 56, 145),
              Field("Text5", mobile(p.mobile, i), 40, 66, 55), Field("Text6", p.email, 122, 66, 70),
              Field("Text7", f"ทะเบียนประวัติของข้าพเจ้า และของบิดา (ใบสำคัญการจ่ายเงินบำเหน็จ เลขที่ {771 + k}/2567)", 62, 80, 130),
              Field("Text8", f_name, 100, 96, 80), Field("Text9", nid_w(f_id, i + 1), 68, 106, 50),
              Field("Text10", thai_day(f_died), 148, 106, 42), Field("Text11", f"บุตร (ทายาทโดยธรรม) {f_cert}", 50, 116, 120),
              Field("Check1", True, 45, 130, 5, kind="check"), Field("Text12", "สำเนารับรองถูกต้อง รับด้วยตนเอง", 52, 130, 100)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(agency, i, "ส่งแบบคำขอข้อมูลข่าวสาร (PDF)", box(a), text=f"แนบแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("request_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_text_fields_heir", raw, own(a, ALL))


def pdf_fillable_appeal_form(a: Party, i: int) -> Case:
    """A fillable คำอุทธรณ์ (Thai field names): the ผู้อุทธรณ์'s lines, the agency that
    refused and its letter, the official who signed the refusal."""
    p = a.p
    k = i % 2
    agency = (NONSUNG, CHIANGKRUA)[k]
    official = ("นายวิชิต ทองแสง ปลัด อบต.", "นางสาวอัมพร ภูผาใจ ปลัด อบต.")[k]
    labels = [(30, 18, "คำอุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร"),
              (20, 36, "ผู้อุทธรณ์"), (20, 46, "เลขประจำตัวประชาชน"), (20, 56, "ที่อยู่"),
              (20, 66, "โทรศัพท์"), (110, 66, "อีเมล"), (20, 80, "หน่วยงานที่มีคำสั่ง"),
              (20, 90, "หนังสือเลขที่"), (110, 90, "ลงวันที่"), (20, 100, "ผู้ลงนามในคำสั่ง"),
              (20, 114, "ข้อมูลข่าวสารที่ขอ"), (20, 140, "ลงชื่อ ........................ ผู้อุทธรณ์")]  # fmt: skip
    fields = [Field("ผู้อุทธรณ์", a.name, 40, 36, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 46, 55, comb=13),
              Field("ที่อยู่", home(a, i + 1), 35, 56, 160), Field("โทรศัพท์", mobile(p.mobile, i + 2), 45, 66, 55),
              Field("อีเมล", p.email or "-", 125, 66, 70), Field("หน่วยงาน", agency[0], 62, 80, 120),
              Field("เลขที่หนังสือ", f"{agency[2]}/{611 + 7 * k}", 50, 90, 55), Field("ลงวันที่", thai_day(date(2026, 11, 18 + k)), 125, 90, 55),
              Field("ผู้ลงนาม", official, 62, 100, 110),
              Field("ข้อมูลที่ขอ", f"สำเนารายงานการประชุมสภา อบต. ครั้งที่ {5 + k}/2569 เรื่องที่ดินสาธารณประโยชน์ติดที่ดินของข้าพเจ้า", 55, 114, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    sender = box(a) if p.email else f"{DAUGHTERS[k][0][6:]} <{DAUGHTERS[k][2]}>"
    raw = message(agency, i, "คำอุทธรณ์ (แบบฟอร์ม)", sender, text="ส่งคำอุทธรณ์ตามแบบฟอร์มแนบ\n",
                  files=(("appeal.pdf", data, PDF),))  # fmt: skip
    e = own(a, NO_BIRTH)
    if not p.email:
        e["email"] = ()
    return Case("pdf_fillable_appeal_form", raw, e)


def pdf_typed_faculty_letter(a: Party, i: int) -> Case:
    """A faculty's typed letter (Word to PDF, ที่ อว ...): the faculty's place at the head,
    the researcher who signs as head of the project, her students by name and number,
    the budget figures wanted."""
    k = i % 2
    fac = FACULTIES[k]
    agency = (UDON, SAKON)[k]
    p = a.p
    paras: list[tuple[float, str]] = [
        (20, f"ที่ อว {('660301.9', '0622.05')[k]}/{1204 + i}"), (115, fac.name), (115, home(fac, i)),
        (0, ""), (115, f"{2 + i % 20} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ขอความอนุเคราะห์ข้อมูลงบประมาณเพื่อการวิจัย"), (20, f"เรียน นายกเทศมนตรี{agency[0][6:]}"), (0, ""),
        (30, f"ด้วย {ACADEMIC[k]}{p.first} {p.last} หัวหน้าโครงการวิจัย \"ความโปร่งใสของงบประมาณท้องถิ่น\" "
             f"(ทุนวิจัยเลขที่ RDG{6902 + k}0{117 + i}) พร้อมด้วยนักศึกษา {STUDENTS[0][0]} รหัส {STUDENTS[0][1]} "
             f"และ {STUDENTS[1][0]} รหัส {STUDENTS[1][1]} ขอข้อมูลงบประมาณรายจ่ายจริง ปีงบประมาณ 2565-2568 "
             f"จำนวนรวมประมาณ {412_750_000 + 1_000_000 * k:,} บาท แยกตามแผนงาน"),
        (30, f"ติดต่อผู้ประสานงานได้ที่ โทร {tel(fac, i)} หรือ {mobile(p.mobile, i)} อีเมล {p.email}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({ACADEMIC[k]}{p.first} {p.last})"), (108, "หัวหน้าโครงการวิจัย"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(agency, i, "ขอความอนุเคราะห์ข้อมูลงบประมาณเพื่อการวิจัย", box(a),
                  text=f"เรียน ศูนย์ข้อมูลข่าวสาร\nแนบหนังสือจาก{fac.name}{ending(a)}\n",
                  files=(("letter_budget.pdf", data, PDF),))  # fmt: skip
    e = body(fac, a, NO_BIRTH, with_id=False)
    e["full_name"] += tuple(f"{t}{p.first} {p.last}" for t in ACADEMIC)
    e["email"] = (p.email,)
    return Case("pdf_typed_faculty_letter", raw, e)


def pdf_typed_villager_letter(a: Party, i: int) -> Case:
    """A villager's typed letter (her grandson types it, PDF): her block top right, the
    minutes wanted, the neighbours and the headman named with their deeds."""
    p = a.p
    k = i % 2
    agency = (CHIANGKRUA, NONSUNG)[k]
    n_name, n_deed = NEIGHBOURS[k]
    addr = home(a, i + 2)
    cut = addr.find(" จ") if " จ" in addr else addr.rfind(" ")
    paras: list[tuple[float, str]] = [
        (115, addr[:cut]), (115, addr[cut + 1:]), (0, ""), (115, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ขอสำเนารายงานการประชุม"), (20, f"เรียน นายก{agency[0]}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อายุ {2026 - p.born.year} ปี "
             f"ขอสำเนารายงานการประชุมประชาคมหมู่บ้าน หมู่ที่ {p.moo} ครั้งที่ {2 + k}/2569 วันที่ {thai_day(date(2026, 9, 9 + k))} "
             f"ที่มีมติให้ใช้ที่ดินของข้าพเจ้า (โฉนดเลขที่ {30556 + 17 * k}) และที่ดินของ{n_name} ({n_deed}) "
             f"ทำทางระบายน้ำ โดยมี{('นายสมบัติ คำมูล', 'นายไพโรจน์ ศรีหาวงศ์')[k]} ผู้ใหญ่บ้าน เป็นประธานที่ประชุม"),
        (30, f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(agency, i, "ขอสำเนารายงานการประชุมประชาคม", f"ภูมิ หลานยาย <grandson.{i}@gmail.com>",
                  text=f"เรียน {agency[0]}\nหลานพิมพ์หนังสือให้ยาย{p.first}ครับ ตามไฟล์แนบ\n",
                  files=(("หนังสือยาย.pdf", data, PDF),))  # fmt: skip
    e = own(a, "full_name national_id phone address postal_code province")
    return Case("pdf_typed_villager_letter", raw, e)


# --- sheets --------------------------------------------------------------------------------


def xlsx_researcher_figures(a: Party, i: int) -> Case:
    """A researcher's sheet: her head rows (name, ID, home, mobile, box), then her
    students' rows (name, student number, mobile), then the figures wanted."""
    p = a.p
    k = i % 2
    agency = (SAKON, UDON)[k]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอข้อมูล"
        ws.append(("รายการข้อมูลข่าวสารที่ขอ (เพื่อการวิจัย)",))
        ws.append(("ผู้ขอ", f"{ACADEMIC[k]}{p.first} {p.last}"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 2)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("ผู้ช่วยวิจัย", "รหัสนักศึกษา", "โทร"))
        for n, sid, m in STUDENTS:
            ws.append((n, sid, mobile(m, i)))
        ws.append(())
        ws.append(("ลำดับ", "ข้อมูล", "ปีงบประมาณ", "หน่วย"))
        for n, (what, year) in enumerate([("รายรับจริงจำแนกตามหมวด", 2566), ("รายจ่ายจริงจำแนกตามแผนงาน", 2567),
                                          ("เงินสะสมคงเหลือ ณ 30 ก.ย.", 2568)]):  # fmt: skip
            ws.append((n + 1, what, year, "บาท"))

    raw = message(agency, i, "ขอข้อมูลงบประมาณ (ไฟล์ Excel)", box(a), text=f"เรียน กองคลัง\nแนบรายการข้อมูลที่ขอ{ending(a)}\n",
                  files=(("budget_request.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_researcher_figures", raw, researcher(a, NO_BIRTH))


def xlsx_bidder_document_list(a: Party, i: int) -> Case:
    """A bidder's list of documents wanted: the company's head block (juristic ID, office,
    line, box), the director's row (his ID), the staff contact's row (her mobile), then
    the documents with their numbers."""
    p = a.p
    k = (i + 1) % 2
    f = FIRMS[k]
    agency = (UDON, SAKON)[k]
    _no, proj, amount, _road = contract(k + 6)
    staff = ("นางสาวเบญจวรรณ ศรีทอง", "0645518237")

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เอกสารที่ขอ"
        ws.append(("ผู้ยื่นคำขอ", f.name))
        ws.append(("เลขทะเบียนนิติบุคคล", f.p.nid))
        ws.append(("ที่ตั้งสำนักงาน", home(f, i)))
        ws.append(("โทรศัพท์", tel(f, i), "อีเมล", f.p.email))
        ws.append(("ผู้มีอำนาจลงนาม", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ผู้ประสานงาน (ฝ่ายจัดซื้อ)", staff[0], "มือถือ", mobile(staff[1], i)))
        ws.append(())
        ws.append(("ลำดับ", "เอกสาร", "เลขที่อ้างอิง", "วันที่"))
        ws.append((1, "รายงานผลการพิจารณาของคณะกรรมการพิจารณาผล", proj, "20/11/2569"))
        ws.append((2, "ตารางแสดงวงเงินงบประมาณ (ราคากลาง)", f"ปร.{4 + k} {amount}", "05/10/2569"))
        ws.append((3, "ประกาศผู้ชนะการเสนอราคา", f"{188 + k}/2569", "24/11/2569"))

    raw = message(agency, i, "รายการเอกสารที่ขอ (ผู้เสนอราคา)", f"{staff[0][6:]} <purchase@{f.p.email.split('@')[1]}>",
                  text="เรียน ศูนย์ข้อมูลข่าวสาร\nแนบรายการเอกสารที่บริษัทขอสำเนาค่ะ\n",
                  files=(("documents.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = body(f, a, NO_BIRTH, with_id=True, mobile_given=False, own_box=False)
    e["email"] += (f"purchase@{f.p.email.split('@')[1]}",)  # the company's purchasing box
    return Case("xlsx_bidder_document_list", raw, e)


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_journalist_contract, (0, 1)),
    (plain_gmail_daughter_for_villager, (10, 11)),
    (plain_webmail_heir_own_and_father, (12, 13)),
    (plain_line_forward_ngo_appeal, (4, 5)),
    (plain_outlook_android_lawyer, (6, 7)),
    (html_gmail_researcher_table, (2, 3)),
    (html_outlook_bidder_director, (8, 9)),
    (html_webform_own_file, (12, 3)),
    (html_gmail_journalist_reply_appeal, (1, 0)),
    (html_gmail_lawyer_client_list, (7, 6)),
    (docx_dotted_request_villager, (10, 11)),
    (docx_lawyer_letter_client, (6, 7)),
    (docx_foundation_letter_officer, (4, 5)),
    (docx_bidder_appeal, (8, 9)),
    (pdf_fillable_text_fields_heir, (12, 13)),
    (pdf_fillable_appeal_form, (10, 1)),
    (pdf_typed_faculty_letter, (2, 3)),
    (pdf_typed_villager_letter, (11, 10)),
    (xlsx_researcher_figures, (3, 2)),
    (xlsx_bidder_document_list, (9, 8)),
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
