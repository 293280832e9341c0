"""A seventieth set of requests written by someone who had not read the readers (issue 8):
RESIDENTS WHO ARE NOT (YET) THAI CITIZENS, AND THOSE WHO WRITE FOR THEM, at the agencies
of the border provinces: เทศบาลนครแม่สอด and the ที่ว่าการอำเภอแม่สอด (Tak), เทศบาลตำบล
แม่สาย and the ที่ว่าการอำเภอแม่ฟ้าหลวง (Chiang Rai), เทศบาลเมืองระนอง (Ranong), เทศบาลเมือง
อรัญญประเทศ (Sa Kaeo), เทศบาลนครสมุทรสาคร (Samut Sakhon). Migrant workers from Myanmar,
Cambodia and Laos with the pink card's 13-digit number beginning 00, their passports
(MH.., N0.., P...) and work permits (ใบอนุญาตทำงานเลขที่ WP...); stateless and hill-tribe
residents with 13-digit numbers beginning 0 (ท.ร.38ก), 6 or 7; their names in Burmese,
Khmer, Lao or Shan romanisation and in Thai script, with or without a surname; birth dates
in Christian years, or only a year; homes in workers' dormitories and factory camps;
employers and their HR staff, NGO staff and volunteer translators who write for them; a
company's own requests (its dormitory, its camp, its list of workers); a worker's child
(birth date, number) and a deceased husband.
Kinds: plain (phone mail apps, webmail, a reply with the quoted desk's mail), HTML
(Gmail, Outlook, a web form's notification), Word (an employer's letter on letterhead, a
translator's certified letter, a company's request, a typed form on dotted lines), PDF
(fillable forms with English and Thai field names, typed letters), xlsx (a company's
list of workers, an NGO's intake sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following the rulings of sets 28, 31/63, 37,
56/60 and 65: the APPLICANT is the one the request is for, never the one who sends it.
- A WORKER's own matter (a residence certificate, a child's birth, a copy of his record,
  a correction of his name, a death certificate of her husband, a complaint about his
  dormitory): the worker, whoever writes (himself, his employer, the HR staff, an NGO's
  staff, a volunteer translator). The employer's, HR's, NGO's and translator's names,
  IDs, addresses, phones and boxes are never the worker's: where only theirs appear,
  phone and e-mail are `()` (no value, or a flagged one, is right).
- A FIRM's own matter (a dormitory's house number or licence, a workers' camp, the
  list of where its workers live): the natural person who signs for it (set 56/60: the
  director or managing partner, his name, his ID where given else `()`); address, phone
  and e-mail the firm's office, line and general box; the workers on its list, the HR
  staff's mobile, the camp's or dormitory's site never. A sole proprietor (a shop's
  owner) who employs a worker and writes for the worker's matter is the worker's writer,
  never the applicant.
- national_id: the person's own 13-digit number whatever its first digit (00 on a pink
  card, 0 on a ท.ร.38ก card, 6 or 7 for those waiting for status): expected as the ID.
  A passport or a work permit is never the ID: where no 13-digit number of the
  applicant's is given, national_id is `()`. A child's, a husband's, a headman's, an
  employer's, a director's (for a worker's matter) or a translator's number never.
- full_name: the name as written in Thai script, or as romanised (as written, upper case
  or without its title), or both (Thai, then the romanised in brackets); a name without
  a surname as it stands.
- birth_date ISO, only the applicant's and only a whole date (Christian or Buddhist
  year); where only a year of birth is given, `()`. A child's birth date, an arrival,
  a permit's expiry, a death's date never.
- address: where the applicant lives (the dormitory, the factory camp, the village),
  house number to the อำเภอ, with or without เลขที่, province and postal code; for a
  firm its office. Never the employer's office or home (for a worker's matter), the
  NGO's office, the translator's, the headman's.
- phone: the applicant's own mobile where given; the employer's, HR's, NGO's,
  translator's, desk's never (`()` where only theirs appear). email: the applicant's own
  box where she sends from it or gives it; a firm's general box for its own matter.
Everyone, every firm and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

TAK, CR, RN, SK, SS = "ตาก", "เชียงราย", "ระนอง", "สระแก้ว", "สมุทรสาคร"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

DESKS = {
    TAK: ("saraban@maesotcity.example.go.th", "เทศบาลนครแม่สอด"),
    CR: ("saraban@maesai.example.go.th", "เทศบาลตำบลแม่สาย"),
    RN: ("saraban@ranongcity.example.go.th", "เทศบาลเมืองระนอง"),
    SK: ("saraban@aranyaprathet.example.go.th", "เทศบาลเมืองอรัญญประเทศ"),
    SS: ("saraban@sakhoncity.example.go.th", "เทศบาลนครสมุทรสาคร"),
}

DESK_LINES = {
    TAK: "055-531-150",
    CR: "053-731-009",
    RN: "077-811-202",
    SK: "037-231-118",
    SS: "034-412-550",
}


@dataclass(frozen=True)
class Worker:
    """A migrant worker or a stateless resident: `a` holds the Thai-script name, the
    13-digit number, the birth date, the mobile, the box and the home."""

    a: Party
    en: str  # romanised name with its title, "" where none is written
    nat: str
    passport: str
    permit: str

    @property
    def bare(self) -> str:
        return self.en.split(" ", 1)[1] if self.en else ""


def W(title: str, first: str, last: str, nid12: str, born: date, phone: str, email: str,
      house: str, moo: str, road: str, tambon: str, amphoe: str, province: str, postal: str,
      en: str = "", nat: str = "", passport: str = "", permit: str = "") -> Worker:  # fmt: skip
    return Worker(P(title, first, last, nid12, born, phone, email, house, moo, "", road,
                    tambon, amphoe, province, postal), en, nat, passport, permit)  # fmt: skip


# Migrant workers (pink card numbers beginning 00) and stateless residents (0, 6, 7).
WORKERS: tuple[Worker, ...] = (
    W("นาย", "อ่อง", "โก โก", "006399104528", date(1994, 3, 12), "0957713824", "aungkoko.mst@gmail.com",
      "88/12", "2", "", "ท่าสายลวด", "แม่สอด", TAK, "63110", "Mr. Aung Ko Ko", "เมียนมา", "MH482913", "WP.6301/004127"),
    W("นางสาว", "เอ เอ", "ขิ่น", "004574201163", date(1998, 7, 25), "0638824107", "",
      "59/3", "6", "", "ท่าทราย", "เมืองสมุทรสาคร", SS, "74000", "Miss Aye Aye Khin", "เมียนมา", "MF771204", "WP.7401/018842"),
    W("นางสาว", "สรีมม", "จัน", "002710388456", date(1996, 11, 2), "0829914376", "",
      "140", "7", "", "ป่าไร่", "อรัญประเทศ", SK, "27120", "Miss Sreymom Chan", "กัมพูชา", "N01842267", "WP.2701/002215"),
    W("นาย", "ซอ มิน", "ทุน", "008501947720", date(1989, 1, 1), "0987126643", "",
      "25/7", "1", "", "ปากน้ำ", "เมืองระนอง", RN, "85000", "Mr. Zaw Min Tun", "เมียนมา", "MD205518", "WP.8501/007731"),
    W("นาย", "สุลิยา", "วงสา", "007412650394", date(1992, 5, 19), "0614478025", "souliya.vs92@gmail.com",
      "12/45", "4", "", "อ้อมน้อย", "กระทุ่มแบน", SS, "74130", "Mr. Souliya Vongsa", "ลาว", "P2281945", "WP.7402/011563"),
    W("นาย", "จาย", "แสง", "005713072289", date(2000, 9, 14), "0803316729", "saihseng2000@gmail.com",
      "201/4", "1", "", "เวียงพางคำ", "แม่สาย", CR, "57130", "Mr. Sai Hseng", "เมียนมา", "MJ903371", "WP.5701/003390"),
    W("นาย", "โสภา", "เมียะ", "002711954406", date(1985, 4, 8), "0856620193", "",
      "33", "4", "", "ท่าข้าม", "อรัญประเทศ", SK, "27120", "Mr. Sophea Meas", "กัมพูชา", "N00928451", "WP.2701/004488"),
    W("นาง", "ทิน ทิน", "เอ", "006307215518", date(1991, 12, 30), "0924415586", "",
      "7/2", "9", "", "แม่ปะ", "แม่สอด", TAK, "63110", "Mrs. Tin Tin Aye", "เมียนมา", "MC118046", "WP.6301/009902"),
    # stateless and hill-tribe residents
    W("นางสาว", "อาหมี่", "เชอมือ", "057098904612", date(2003, 6, 21), "0652218047", "amee.chermue@gmail.com",
      "88", "12", "", "แม่ฟ้าหลวง", "แม่ฟ้าหลวง", CR, "57240"),
    W("นาย", "จะหะ", "จะอื่อ", "657010047713", date(1978, 2, 15), "0897743126", "",
      "45", "8", "", "เทอดไทย", "แม่ฟ้าหลวง", CR, "57240"),
    W("นางสาว", "นาหวา", "แสงคำ", "757130022458", date(2006, 10, 3), "0998812547", "nawa.saengkham@gmail.com",
      "9/1", "3", "", "โป่งผา", "แม่สาย", CR, "57130"),
    W("นาย", "พอ", "แฮ", "063069812457", date(1982, 1, 1), "0867712904", "",
      "112", "5", "", "พระธาตุผาแดง", "แม่สอด", TAK, "63110", "Mr. Paw Hae", "ไม่มีสัญชาติ"),
    W("นาง", "ซู ซู", "วิน", "008503226617", date(1990, 6, 17), "0935528104", "",
      "48/2", "2", "", "บางริ้น", "เมืองระนอง", RN, "85000", "Mrs. Su Su Win", "เมียนมา", "MG640217", "WP.8501/010254"),
)  # fmt: skip

# Firms: office, line, general box; the registration number as `nid`. Their signer
# (director or managing partner, his ID) and HR staff (name, mobile, box).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "มหาชัยซีฟู้ดแปรรูป", "จำกัด", "074555800123", NONE, "034411268", "admin@mahachai-seafood.example.co.th",
      "99/9", "2", "", "", "ท่าจีน", "เมืองสมุทรสาคร", SS, "74000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "อรัญก่อสร้าง", "", "027355900431", NONE, "037231445", "aran.construct@example.co.th",
      "301", "", "", "ธนะวิถี", "อรัญประเทศ", "อรัญประเทศ", SK, "27120", juristic=True),
    P("บริษัท ", "แม่สอดการ์เมนท์", "จำกัด", "063555700218", NONE, "055532471", "office@maesot-garment.example.co.th",
      "555", "3", "", "", "ท่าสายลวด", "แม่สอด", TAK, "63110", juristic=True),
)  # fmt: skip
SIGNERS: tuple[tuple[str, str], ...] = (
    ("นายวีระ ตั้งเจริญกิจ", with_check_digit("374990012457")),
    ("นายสมชาย พรหมวงศ์", with_check_digit("327010045512")),
    ("นางสุภาพร ลิ้มวัฒนา", with_check_digit("363010028814")),
)
HR: tuple[tuple[str, str, str], ...] = (
    ("นางสาวปิยะนุช ทองดี", "0891127743", "hr@mahachai-seafood.example.co.th"),
    ("นายธีรพงษ์ ศรีสุข", "0816624035", "teerapong.site@gmail.com"),
    ("นายวินัย ใจดี", "0817740213", "hr@maesot-garment.example.co.th"),
)

# A sole proprietor who employs workers in Mae Sai (his ID, line, home).
SHOP = ("นายประเสริฐ มั่นคง", with_check_digit("357130011245"), "0812234456", "ร้านประเสริฐการค้า",
        "77 ถนนพหลโยธิน ตำบลแม่สาย อำเภอแม่สาย จังหวัดเชียงราย 57130", "prasert.shop@gmail.com")  # fmt: skip

# NGOs and volunteer translators: name, office, line, box, translator, her mobile.
NGOS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("มูลนิธิรักษ์แรงงานข้ามชาติ", "9/9 ถนนอินทรคีรี ตำบลแม่สอด อำเภอแม่สอด จังหวัดตาก 63110", "055-534-118",
     "help@rakmigrant.example.org", "นางสาวนันดา วิน", "0834471290"),
    ("ศูนย์ช่วยเหลือแรงงานประมงระนอง", "12/3 ถนนเรืองราษฎร์ ตำบลเขานิเวศน์ อำเภอเมืองระนอง จังหวัดระนอง 85000", "077-811-426",
     "contact@ranongfishers.example.org", "นายเนียน ลิน", "0861139045"),
)  # fmt: skip

# Children born in Thailand (number, birth date) and a deceased husband (number).
CHILD = (with_check_digit("074018900421"), date(2026, 10, 28))
CHILD2 = (with_check_digit("027018900137"), date(2026, 11, 9))
HUSBAND = (with_check_digit("008502113369"), date(1986, 8, 3))
# Each province's employer as a sheet names it (name, line).
EMPLOYERS: dict[str, tuple[str, str]] = {
    SS: ("บริษัท มหาชัยซีฟู้ดแปรรูป จำกัด", "034-411-268"),
    TAK: ("บริษัท แม่สอดการ์เมนท์ จำกัด", "055-532-471"),
    RN: ("เรือประมง ส.ทะเลทอง 9 (นายสมศักดิ์ ทะเลทอง)", "081-891-4402"),
    SK: ("ห้างหุ้นส่วนจำกัด อรัญก่อสร้าง", "037-231-445"),
    CR: ("ร้านประเสริฐการค้า", "081-223-4456"),
}
HEADMAN = ("นายอาเจ๊ะ มาเยอ", with_check_digit("357100052281"), "0819923041")


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set70-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def desk(w: Worker | Party) -> tuple[str, str]:
    a = w.a if isinstance(w, Worker) else w
    return DESKS[a.p.province]


def born_ce(d: date, k: int) -> str:
    """A birth date as on a passport or a pink card: Christian years."""
    en = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
    th = (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    )
    return (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d} {en[d.month - 1]} {d.year}",
            f"{d.day} {th[d.month - 1]} ค.ศ. {d.year}", d.isoformat())[k % 4]  # fmt: skip


def names(w: Worker, *, th: bool = True, en: bool = True) -> tuple[str, ...]:
    out: list[str] = []
    if th:
        out.append(w.a.name)
    if en and w.en:
        out += [w.en, w.en.upper(), w.bare, w.bare.upper()]
    if th and en and w.en:
        out.append(f"{w.a.name} ({w.en})")
    return tuple(out)


def worker(w: Worker, keys: str, *, th: bool = True, en: bool = True, nid: bool = True,
           born: bool = True, phone: bool = True, email: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The worker or resident: her names as written; her 13-digit number unless none is
    given (`()`); a whole birth date unless only a year (`()`); her own phone and box
    unless only another's appear (`()`)."""
    e = exp(w.a, keys)
    e["full_name"] = names(w, th=th, en=en)
    if not nid:
        e["national_id"] = ()
    if "birth_date" in e and not born:
        e["birth_date"] = ()
    if "phone" in e and not phone:
        e["phone"] = ()
    if "email" in e and not (email and w.a.p.email):
        e["email"] = ()
    return e


def firm(k: int, keys: str, *, with_id: bool = True) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    name, nid = SIGNERS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_worker_own_phone": "the worker himself (his pink card number, dorm, own phone)",
    "plain_hr_for_worker_child": "the worker (parent who notifies); never HR nor the child",
    "plain_ngo_translator_fisher": "the fisherman; never the NGO or the translator",
    "plain_stateless_record_copy": "the hill-tribe resident herself (ท.ร.38ก number)",
    "plain_reply_with_quote": "the worker; the quoted desk mail's values never",
    "html_gmail_hr_table": "the worker's rows; never the HR coordinator's rows",
    "html_outlook_firm_dorm_licence": "the director who signs; the firm's office, line, box",
    "html_webform_volunteer": "the ผู้ร้อง (worker); never the ผู้กรอกแทน",
    "html_gmail_stateless_student": "the student herself; never her teacher's signature",
    "html_outlook_shop_owner_for_worker": "the worker; never the shop owner who writes",
    "docx_employer_letterhead_name_fix": "the worker; never the employer's letterhead",
    "docx_translator_death_cert": "the widow; never the deceased or the translator",
    "docx_firm_house_number": "the director who signs; the firm's office, never the dorm site",
    "docx_typed_status_form": "the resident; never the headman who certifies",
    "pdf_fillable_residence_cert": "the worker; never the employer section",
    "pdf_typed_ngo_letter": "the worker; never the NGO's block or staff",
    "pdf_fillable_birth_notice": "the mother (ผู้แจ้ง); never the child or the father",
    "pdf_typed_camp_letter": "the managing partner who signs; the firm's office, never the camp",
    "xlsx_firm_worker_list": "the director in the head block; the workers' rows never",
    "xlsx_ngo_intake_sheet": "the worker's label rows; never the employer's or translator's",
}


# --- plain ---------------------------------------------------------------------------------


def plain_worker_own_phone(w: Worker, i: int) -> Case:
    """A worker writes from his phone, in simple Thai, for a residence certificate his
    bank asks: his names, pink card number, birth date in Christian years, his dorm, his
    own mobile; the factory's name."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    text = (
        f"เรียน {office}\n\nผมชื่อ {a.name} ({w.en}) สัญชาติ{w.nat} ทำงานอยู่โรงงาน ผมขอหนังสือรับรองที่อยู่ "
        f"เพื่อไปเปิดบัญชีธนาคารครับ\n\nเลขบัตรชมพู {nid_w(p.nid, i)}\nพาสปอร์ต {w.passport}\n"
        f"วันเกิด {born_ce(p.born, i)}\nอยู่หอพักคนงาน บ้านเลขที่ {home(a, i)}\n"
        f"เบอร์ผม {mobile(p.mobile, i)}\n\nขอบคุณครับ\n{w.bare}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอหนังสือรับรองที่อยู่", f"{w.bare} <{p.email}>", to, text=text)
    return Case("plain_worker_own_phone", raw, worker(w, ALL))


def plain_hr_for_worker_child(w: Worker, i: int) -> Case:
    """The HR staff of a seafood factory mails for a worker the notification of her baby's
    birth (ท.ร.1/1): the mother's pink card number (v1) or only her passport and work
    permit (v2), her dorm; the baby's birth date and hospital; HR's mobile and box."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    hr, hr_mob, hr_box = HR[0]
    idline = (
        f"เลขประจำตัว 13 หลัก {nid_w(p.nid, i)}"
        if i % 2 == 0
        else f"หนังสือเดินทาง {w.passport} ใบอนุญาตทำงานเลขที่ {w.permit}"
    )
    text = (
        f"เรียน งานทะเบียนราษฎร {office}\n\nดิฉัน {hr} ฝ่ายบุคคล {FIRMS[0].name} ขอส่งเรื่องแทนลูกจ้างของบริษัทฯ "
        f"คือ {a.name} ({w.en}) สัญชาติ{w.nat} {idline} เกิดวันที่ {born_ce(p.born, i + 1)} "
        f"พักอยู่ที่หอพักคนงานของบริษัท เลขที่ {home(a, i)}\n\n"
        f"ลูกจ้างมีบุตรเกิดเมื่อวันที่ {CHILD[1].day} ตุลาคม 2569 ที่โรงพยาบาลสมุทรสาคร (บุตรหญิง น้ำหนัก 3,050 กรัม) "
        "ขอแจ้งเกิดและขอรับหนังสือรับรองการเกิด (ท.ร.1/1) ตัวลูกจ้างจะเดินทางไปพร้อมล่ามของบริษัทค่ะ\n\n"
        f"ติดต่อประสานงาน {hr} โทร {mobile(hr_mob, i)}\n{FIRMS[0].name}\n\nส่งจาก Outlook สำหรับ iOS\n"
    )
    raw = message(
        i, f"แจ้งเกิดบุตรลูกจ้างต่างด้าว ({w.bare})", f"HR Mahachai Seafood <{hr_box}>", to, text=text
    )
    return Case(
        "plain_hr_for_worker_child", raw, worker(w, ALL, nid=i % 2 == 0, phone=False, email=False)
    )


def plain_ngo_translator_fisher(w: Worker, i: int) -> Case:
    """A volunteer translator of a fishers' aid centre in Ranong asks, for a fisherman, a
    copy of the municipality's report of the fire at his camp (for his claim): his name,
    pink card number, a year of birth only, his camp; his own mobile in v1 only; the
    translator's and the centre's lines."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    ngo, n_off, n_line, n_box, tr, tr_mob = NGOS[1]
    own = (
        f"ติดต่อเจ้าตัวได้ที่ {mobile(p.mobile, i)} (พูดไทยได้เล็กน้อย) หรือ"
        if i % 2 == 0
        else "เจ้าตัวไม่มีโทรศัพท์ กรุณาติดต่อ"
    )
    text = (
        f"เรียน ปลัด{office}\n\nผม {tr} ล่ามอาสาสมัคร {ngo} ขอเขียนแทน{a.name} ({w.en}) แรงงานประมงสัญชาติ{w.nat} "
        f"เลขประจำตัว {nid_w(p.nid, i + 1)} เกิดปี ค.ศ. {p.born.year} อาศัยอยู่ในแคมป์คนงาน บ้านเลขที่ {home(a, i + 1)} "
        f"ซึ่งบ้านพักถูกไฟไหม้เมื่อวันที่ 19 พฤศจิกายน 2569 ขอสำเนาบันทึกการเกิดเหตุอัคคีภัยของงานป้องกันฯ เพื่อยื่นขอรับความช่วยเหลือ\n\n"
        f"{own}ผม {mobile(tr_mob, i)} ครับ\n\n{tr}\nล่ามอาสา {ngo}\n{n_off}\nโทร {n_line}\n"
    )
    raw = message(
        i, "ขอสำเนาบันทึกเหตุไฟไหม้ แคมป์คนงาน (ล่ามเขียนแทน)", f"Nyein Lin <{n_box}>", to, text=text
    )
    return Case(
        "plain_ngo_translator_fisher",
        raw,
        worker(w, ALL, born=False, phone=i % 2 == 0, email=False),
    )


def plain_stateless_record_copy(w: Worker, i: int) -> Case:
    """A hill-tribe resident (ท.ร.38ก, a number beginning 0, or 6 for one waiting) asks
    the district for a copy of her record to apply for status: her number, her birth
    date (v1) or only a Buddhist year (v2), her village, her own phone; the headman's
    name and phone as the one who can confirm."""
    a, p = w.a, w.a.p
    hm, _, hm_mob = HEADMAN
    born = (
        f"เกิดวันที่ {p.born.day}/{p.born.month}/{p.born.year + 543}"
        if i % 2 == 0
        else f"เกิด พ.ศ. {p.born.year + 543}"
    )
    text = (
        "เรียน นายอำเภอแม่ฟ้าหลวง\n\n"
        f"{'ดิฉัน' if a.p.title != 'นาย' else 'ผม'} {a.name} บุคคลบนพื้นที่สูง ถือบัตรประจำตัวบุคคลที่ไม่มีสัญชาติไทย "
        f"เลขประจำตัว {nid_w(p.nid, i)} {born} อยู่บ้านเลขที่ {home(a, i)} "
        "ขอคัดสำเนาทะเบียนประวัติ (ท.ร.38ก) ของตนเอง เพื่อใช้ประกอบคำขอลงรายการสัญชาติไทยตามมาตรา 23\n"
        f"ผู้ใหญ่บ้าน ({hm} โทร {mobile(hm_mob, i)}) รับรองได้ว่าอยู่ในหมู่บ้านจริงตั้งแต่เกิด\n\n"
        f"ติดต่อกลับ {mobile(p.mobile, i + 1)}\n{a.name}\n"
        + ("" if p.email else "(ส่งอีเมลผ่านหลานชาย)\n")
    )
    sender = (
        f"{p.first} {p.last} <{p.email}>" if p.email else "Somchai N. <somchai.nephew@gmail.com>"
    )
    raw = message(
        i, "ขอคัดสำเนาทะเบียนประวัติ ท.ร.38ก", sender, "saraban@maefahluang.example.go.th", text=text
    )
    return Case("plain_stateless_record_copy", raw,
                worker(w, ALL, born=i % 2 == 0, email=bool(p.email)))  # fmt: skip


def plain_reply_with_quote(w: Worker, i: int) -> Case:
    """A worker's reply from webmail to the desk's mail asking what was missing: his new
    lines on top (his pink card number, his birth date, his dorm, his mobile), the desk's
    mail quoted below (its officer, its line, a request number)."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    text = (
        f"สวัสดีครับ\n\nส่งข้อมูลเพิ่มตามที่ขอครับ\nชื่อ {a.name}\nName {w.en}\nเลขบัตร {nid_w(p.nid, i + 2)}\n"
        f"เกิด {born_ce(p.born, i + 2)}\nที่อยู่ {home(a, i)}\nโทร {mobile(p.mobile, i + 2)}\n\n{w.bare}\n\n"
        f"On Mon, 30 Nov 2026 at 10:12, งานทะเบียน {office} <{to}> wrote:\n"
        f"> เรียน คุณ{p.first}\n> ตามคำร้องเลขที่ ทบ.{2210 + i}/2569 เรื่องขอหนังสือรับรองที่อยู่ ขอให้ส่งเลขประจำตัว วันเกิด "
        "และที่อยู่ปัจจุบันเพิ่มเติม\n"
        f"> นางสาวกมลชนก ใจงาม เจ้าหน้าที่ทะเบียน โทร {DESK_LINES[p.province]} ต่อ 14\n"
    )
    raw = message(i, "Re: คำร้องขอหนังสือรับรองที่อยู่", f"{w.bare} <{p.email}>", to, text=text)
    return Case("plain_reply_with_quote", raw, worker(w, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_hr_table(w: Worker, i: int) -> Case:
    """The HR officer of a garment firm mails from Gmail a table for a worker's residence
    certificate (for her visa's extension): the worker's rows (names, nationality, pink
    card number, passport, work permit, birth date, dorm), then the coordinator's rows
    (HR's name, mobile, box)."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    hr, hr_mob, hr_box = HR[2]
    rows = [("ข้อมูลลูกจ้าง (ผู้ขอ)", ""), ("ชื่อ-สกุล (ไทย)", a.name), ("Name", w.en), ("สัญชาติ", w.nat),
            ("เลขประจำตัว (บัตรชมพู)", nid_w(p.nid, i)), ("หนังสือเดินทาง", w.passport), ("ใบอนุญาตทำงาน", w.permit),
            ("วันเกิด", born_ce(p.born, i + 1)), ("ที่พัก", home(a, i + 1)),
            ("ผู้ประสานงาน (นายจ้าง)", ""), ("ชื่อ", hr), ("โทร", mobile(hr_mob, i)), ("อีเมล", hr_box)]  # fmt: skip
    t = "".join(f"<tr><td><b>{x}</b></td><td>{y}</td></tr>" if y else f"<tr><td colspan='2' style='background:#eee'><b>{x}</b></td></tr>"
                for x, y in rows)  # fmt: skip
    html = (f'<div dir="ltr"><div>เรียน {office}</div><br><div>บริษัทฯ ขอหนังสือรับรองถิ่นที่อยู่ให้ลูกจ้าง เพื่อใช้ต่ออายุการอยู่ในราชอาณาจักร รายละเอียดดังนี้ครับ</div><br>'
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ขอบคุณครับ</div><div>{hr}</div><div>{FIRMS[2].name}</div></div>\n")  # fmt: skip
    raw = message(i, f"ขอหนังสือรับรองถิ่นที่อยู่ลูกจ้าง {w.en}", f"{hr} <{hr_box}>", to, html=html)
    return Case("html_gmail_hr_table", raw, worker(w, ALL, phone=False, email=False))


def html_outlook_firm_dorm_licence(f: Party, i: int) -> Case:
    """A seafood firm asks from its Outlook box the licence for its workers' dormitory
    (กิจการหอพัก, 120 rooms at another site): the director's name and ID in the body, the
    HR officer's signature (her mobile beside the office line)."""
    k = 0
    fp = f.p
    d_name, d_id = SIGNERS[k]
    hr, hr_mob, _ = HR[k]
    paras = [f"เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม {DESKS[SS][1]}", "",
             f"{f.name} ทะเบียนนิติบุคคลเลขที่ {nid_w(fp.nid, i)} สำนักงานเลขที่ {home(f, i)} โดย {d_name} "
             f"กรรมการผู้จัดการ เลขประจำตัวประชาชน {nid_w(d_id, i + 1)} ขอยื่นขอรับใบอนุญาตประกอบกิจการที่พักคนงาน (หอพักลูกจ้าง 120 ห้อง) "
             f"ตั้งอยู่เลขที่ {41 + i}/2 หมู่ที่ 5 ตำบลพันท้ายนรสิงห์ อำเภอเมืองสมุทรสาคร สำหรับแรงงานเมียนมาและกัมพูชา {310 + i} คน", "",
             "แนบสำเนาหนังสือรับรองบริษัท แผนผังอาคาร และบัญชีรายชื่อลูกจ้างที่พักอาศัยมาพร้อมนี้", "", "ขอแสดงความนับถือ",
             f"({d_name})", "กรรมการผู้จัดการ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{hr}</b><br>ฝ่ายทรัพยากรบุคคล<br>{f.name}<br>'
           f"โทร {tel(f, i)} | มือถือ {mobile(hr_mob, i + 1)}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    raw = message(i, "ขออนุญาตประกอบกิจการที่พักคนงาน", f"{f.name} <{fp.email}>", DESKS[SS][0],
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_firm_dorm_licence", raw, firm(k, NO_BIRTH))


def html_webform_volunteer(w: Worker, i: int) -> Case:
    """The municipality's online complaint form, sent on by its web system: the ผู้ร้อง's
    section (a worker whose dorm floods with the drain's water: names, number, dorm,
    phone), then the ผู้กรอกแทน's section (a volunteer of the Mae Sot foundation)."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    ngo, _, _, n_box, tr, tr_mob = NGOS[0]
    rows = [("เลขที่เรื่อง", f"CMP-2569-{4410 + i:05d}"), ("วันที่แจ้ง", f"{3 + i % 20}/12/2569 09:{10 + i:02d}"),
            ("ข้อมูลผู้ร้อง", ""), ("ชื่อ-นามสกุล", f"{a.name} ({w.en})"), ("เลขประจำตัว 13 หลัก", nid_w(p.nid, i + 2)),
            ("สัญชาติ", w.nat), ("ที่อยู่", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i)),
            ("ผู้กรอกแทน", ""), ("ชื่อ", f"{tr} ({ngo})"), ("โทรศัพท์ผู้กรอก", mobile(tr_mob, i + 1)), ("อีเมลผู้กรอก", n_box),
            ("เรื่องร้องเรียน", "น้ำจากท่อระบายน้ำล้นเข้าห้องพักคนงานทุกครั้งที่ฝนตก มีกลิ่นเหม็น เด็กในห้องพักป่วยบ่อย")]  # fmt: skip
    t = "".join(f"<tr><th align='left'>{x}</th><td>{y}</td></tr>" if y else f"<tr><td colspan='2' style='background:#dfe8f5'><b>{x}</b></td></tr>"
                for x, y in rows)  # fmt: skip
    html = (f"<html><body style='font-family:Tahoma'><h3>แจ้งเรื่องร้องเรียนใหม่ จากระบบ e-Service {office}</h3>"
            f"<table cellpadding='4' border='1' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:#888'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] เรื่องร้องเรียนใหม่ CMP-2569-{4410 + i:05d}",
        f"e-Service <no-reply@{to.split('@')[1]}>",
        to,
        html=html,
    )
    return Case("html_webform_volunteer", raw, worker(w, NO_BIRTH, email=False))


def html_gmail_stateless_student(w: Worker, i: int) -> Case:
    """A stateless student (a number beginning 7 or 0) asks from her Gmail leave to travel
    out of the district for a university's interview: her number, birth date (Buddhist
    year), village, phone; her teacher named with the school's line in a quoted note."""
    a, p = w.a, w.a.p
    to = f"saraban@{'maesai' if p.amphoe == 'แม่สาย' else 'maefahluang'}-district.example.go.th"
    lines = [f"เรียน นายอำเภอ{p.amphoe}", "",
             f"หนูชื่อ {a.name} เลขประจำตัว {nid_w(p.nid, i + 1)} เกิดวันที่ {p.born.day} {('มกราคม','กุมภาพันธ์','มีนาคม','เมษายน','พฤษภาคม','มิถุนายน','กรกฎาคม','สิงหาคม','กันยายน','ตุลาคม','พฤศจิกายน','ธันวาคม')[p.born.month - 1]} {p.born.year + 543}",
             f"อยู่บ้านเลขที่ {home(a, i + 1)}",
             "ขออนุญาตเดินทางออกนอกเขตอำเภอ ไปสอบสัมภาษณ์ที่มหาวิทยาลัยเชียงใหม่ วันที่ 14-16 ธันวาคม 2569 ค่ะ", "",
             "ครูที่ปรึกษา: นางวราภรณ์ คำแสน โรงเรียนแม่สายประสิทธิ์ศาสตร์ โทร 053-731-225", "",
             f"โทร {mobile(p.mobile, i)}", f"{a.name}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ขออนุญาตออกนอกเขตพื้นที่ (ไปสอบสัมภาษณ์)", f"{p.first} {p.last} <{p.email}>",
                  to, html=html)  # fmt: skip
    return Case("html_gmail_stateless_student", raw, worker(w, ALL))


def html_outlook_shop_owner_for_worker(w: Worker, i: int) -> Case:
    """A shop owner in Mae Sai (a sole proprietor) writes from his Outlook for his Shan
    worker, asking a copy of the worker's ท.ร.38/1 record: the worker's lines in the body
    (pink card number, dorm behind the shop), the owner's own ID, shop and line in his
    signature."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    o_name, o_id, o_mob, shop, o_home, o_box = SHOP
    paras = [f"เรียน งานทะเบียนราษฎร {office}", "",
             f"ผม {o_name} เจ้าของ{shop} (นายจ้าง) ขอคัดสำเนาทะเบียนประวัติ (ท.ร.38/1) ของลูกจ้าง คือ {a.name} "
             f"เลขประจำตัว {nid_w(p.nid, i)} ซึ่งพักอยู่ห้องพักคนงานหลังร้าน เลขที่ {home(a, i)} "
             "เพื่อใช้ต่อใบอนุญาตทำงาน ลูกจ้างจะมาลงชื่อรับเอกสารเองครับ", "", "ขอบคุณครับ"]  # fmt: skip
    sig = (
        f'<p class="MsoNormal"><b>{o_name}</b><br>{shop}<br>{o_home}<br>เลขประจำตัวผู้เสียภาษี {o_id}<br>'
        f"โทร {mobile(o_mob, i)}</p>"
    )
    raw = message(i, f"ขอคัดสำเนา ท.ร.38/1 ลูกจ้าง ({w.en})", f"{o_name} <{o_box}>", to,
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_shop_owner_for_worker", raw,
                worker(w, NO_BIRTH, phone=False, email=False))  # fmt: skip


# --- Word ----------------------------------------------------------------------------------


def docx_employer_letterhead_name_fix(w: Worker, i: int) -> Case:
    """A garment firm's letter on its letterhead (name, office, line) asks the district to
    correct a worker's name in his record to the passport's spelling: the worker's
    lines (both spellings, pink card number, passport, birth date), signed by HR."""
    a, p = w.a, w.a.p
    f = FIRMS[2]
    hr, hr_mob, hr_box = HR[2]

    def build(d: Any) -> None:
        d.add_paragraph(f"{f.name}\n{home(f, 0)}\nโทร {tel(f, i)}  อีเมล {f.p.email}")
        d.add_paragraph(f"ที่ มก.{41 + i}/2569\t\t\t{4 + i % 20} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอแก้ไขชื่อลูกจ้างในทะเบียนประวัติให้ตรงกับหนังสือเดินทาง\nเรียน นายอำเภอแม่สอด")
        d.add_paragraph(
            f"ด้วยบริษัทฯ มีลูกจ้างสัญชาติ{w.nat} ชื่อ {a.name} เลขประจำตัว {nid_w(p.nid, i + 1)} เกิดวันที่ {born_ce(p.born, i)} "
            f"พักอาศัยอยู่ที่ {home(a, i)} ชื่อในทะเบียนประวัติสะกดเป็นภาษาอังกฤษไม่ตรงกับหนังสือเดินทางเลขที่ {w.passport} "
            f"ซึ่งสะกดว่า {w.en.upper()} จึงขอให้แก้ไขให้ตรงกัน เพื่อใช้ยื่นต่ออายุใบอนุญาตทำงานเลขที่ {w.permit}"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({hr})\nผู้จัดการฝ่ายบุคคล\nมือถือ {mobile(hr_mob, i)}")

    raw = message(i, f"หนังสือขอแก้ไขชื่อลูกจ้าง {w.en}", f"{hr} <{hr_box}>", "saraban@maesot-district.example.go.th",
                  text="เรียน ที่ว่าการอำเภอแม่สอด\nแนบหนังสือของบริษัทฯ มาพร้อมนี้ครับ\n",
                  files=(("หนังสือขอแก้ไขชื่อ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_employer_letterhead_name_fix", raw, worker(w, NO_MAIL, phone=False))


def docx_translator_death_cert(w: Worker, i: int) -> Case:
    """A translator's letter in Word (with her certificate as a sworn translator) asks for
    a widow a certified copy of her husband's death certificate: the widow's lines (number,
    birth date, camp), the husband's number, birth and death dates; the translator's
    office, mobile and box."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    ngo, n_off, n_line, n_box, tr, tr_mob = NGOS[1]
    hid, hborn = HUSBAND

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือขอคัดสำเนามรณบัตร")
        d.add_paragraph(f"เขียนที่ {ngo} {n_off}\nวันที่ {7 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรียน นายทะเบียนท้องถิ่น{office}")
        d.add_paragraph(
            f"ข้าพเจ้า {tr} ล่ามแปลภาษาเมียนมา-ไทย (ผ่านการรับรองของ{ngo} เลขที่ ล.{118 + i}/2566) "
            f"ขอทำหนังสือนี้แทน {a.name} ({w.en}) ภรรยาของผู้ตาย ผู้ถือบัตรเลขประจำตัว {nid_w(p.nid, i)} "
            f"เกิดวันที่ {born_ce(p.born, i + 1)} อยู่บ้านเลขที่ {home(a, i)}"
        )
        d.add_paragraph(
            f"สามีชื่อ นายมิน ออง (Mr. Min Aung) เลขประจำตัว {nid_w(hid, i + 1)} เกิดวันที่ {born_ce(hborn, i)} "
            "ถึงแก่กรรมเมื่อวันที่ 2 พฤศจิกายน 2569 ที่โรงพยาบาลระนอง ขอคัดสำเนามรณบัตรฉบับรับรอง 2 ฉบับ "
            "เพื่อขอรับเงินทดแทนจากกองทุนเงินทดแทน"
        )
        d.add_paragraph(f"ติดต่อล่าม {mobile(tr_mob, i)} / {n_line}  {n_box}")
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ขอ\n({a.name})\n\nลงชื่อ....................ล่าม/ผู้เขียน\n({tr})"
        )

    raw = message(i, "ขอคัดสำเนามรณบัตร (ล่ามทำแทน)", f"{ngo} <{n_box}>", to,
                  text=f"เรียน {office}\nส่งหนังสือขอคัดสำเนามรณบัตรแทนภรรยาผู้ตายครับ\n",
                  files=(("ขอสำเนามรณบัตร.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_translator_death_cert", raw, worker(w, NO_MAIL, phone=False))


def docx_firm_house_number(f: Party, i: int) -> Case:
    """A garment firm's request in Word for a house number for its new dormitory block (at
    another site): the firm, its registration number, its office, the director who signs
    with her ID, the site, the HR contact's mobile."""
    k = 2
    fp = f.p
    d_name, d_id = SIGNERS[k]
    hr, hr_mob, _ = HR[k]

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอเลขที่บ้าน")
        d.add_paragraph(f"เขียนที่ {f.name}\nวันที่ {9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรียน นายทะเบียนท้องถิ่น{DESKS[TAK][1]}")
        d.add_paragraph(
            f"ข้าพเจ้า {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i)} กรรมการผู้มีอำนาจ {f.name} "
            f"ทะเบียนนิติบุคคลเลขที่ {fp.nid} สำนักงานตั้งอยู่เลขที่ {home(f, i)} โทรศัพท์ {tel(f, i)} "
            f"ขอเลขที่บ้านสำหรับอาคารหอพักคนงาน 3 ชั้น ซึ่งปลูกสร้างเสร็จแล้ว ณ หมู่ที่ 6 ตำบลแม่ตาว อำเภอแม่สอด "
            f"ใบอนุญาตก่อสร้างเลขที่ {58 + i}/2568 สำหรับลูกจ้างชาวเมียนมา {220 + i} คน"
        )
        d.add_paragraph(f"ผู้ประสานงาน {hr} มือถือ {mobile(hr_mob, i + 1)}")
        d.add_paragraph(f"ลงชื่อ....................ผู้ยื่นคำร้อง\n({d_name})\nกรรมการผู้มีอำนาจ")

    raw = message(i, "คำร้องขอเลขที่บ้าน หอพักคนงาน", f"{f.name} <{fp.email}>", DESKS[TAK][0],
                  text="เรียน งานทะเบียนราษฎร\nบริษัทฯ ขอส่งคำร้องขอเลขที่บ้านค่ะ\n",
                  files=(("คำร้องขอเลขที่บ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_firm_house_number", raw, firm(k, NO_BIRTH))


def docx_typed_status_form(w: Worker, i: int) -> Case:
    """The district's คำร้อง typed in Word on its dotted lines for a stateless resident
    (a number beginning 0 or 6): her lines, a birth date or only a year, her village,
    her phone; the headman's certificate below (his ID, his phone)."""
    a, p = w.a, w.a.p
    hm, hm_id, hm_mob = HEADMAN
    born = (
        f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"
        if i % 2 == 0
        else f"พ.ศ. {p.born.year + 543} (ไม่ทราบวันเดือน)"
    )

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง (ทั่วไป)\t\t\tที่ว่าการอำเภอแม่ฟ้าหลวง")
        d.add_paragraph(
            f"ข้าพเจ้า.....{a.name}.....เลขประจำตัว.....{nid_w(p.nid, i + 2)}.....\n"
            f"วันเดือนปีเกิด.....{born}.....สัญชาติ.....ไม่มีสัญชาติ.....\n"
            f"ที่อยู่.....{home(a, i)}.....\nโทรศัพท์.....{mobile(p.mobile, i)}....."
        )
        d.add_paragraph("มีความประสงค์.....ขอรับรองสถานะบุคคลและขอหนังสือรับรองการอาศัยอยู่ในประเทศไทย.....")
        d.add_paragraph(f"ลงชื่อ..........ผู้ยื่นคำร้อง\n({a.name})")
        d.add_paragraph(
            f"ข้าพเจ้า {hm} ผู้ใหญ่บ้านหมู่ที่ {p.moo} เลขประจำตัวประชาชน {nid_w(hm_id, i)} โทร {mobile(hm_mob, i + 1)} "
            "ขอรับรองว่าผู้ยื่นคำร้องอาศัยอยู่ในหมู่บ้านนี้จริง"
        )

    sender = (
        f"{p.first} {p.last} <{p.email}>"
        if p.email
        else f"ผญบ.{hm.split()[0][3:]} <ajeh.my@gmail.com>"
    )
    raw = message(i, "ส่งแบบคำร้องขอรับรองสถานะบุคคล", sender, "saraban@maefahluang.example.go.th",
                  text="เรียน อำเภอแม่ฟ้าหลวง\nแนบแบบคำร้องที่พิมพ์แล้ว\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_typed_status_form", raw,
                worker(w, ALL, born=i % 2 == 0, email=bool(p.email)))  # fmt: skip


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_residence_cert(w: Worker, i: int) -> Case:
    """The municipality's fillable residence certificate request for foreigners (English
    field names): the worker's name in both scripts, his 13-digit number, passport and
    work permit, birth date (Christian year), dorm; his own phone (blank in v2); the
    employer's section (name, phone, address)."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    f = FIRMS[0] if p.province == SS else FIRMS[2]
    labels = [(40, 18, f"คำขอหนังสือรับรองถิ่นที่อยู่ (คนต่างด้าว) {office}"), (20, 40, "ชื่อ (ไทย)"), (110, 40, "Name"),
              (20, 50, "เลขประจำตัว 13 หลัก"), (20, 60, "Passport No."), (110, 60, "Work permit No."),
              (20, 70, "วันเกิด / Date of birth"), (20, 80, "ที่อยู่ปัจจุบัน"), (20, 90, "โทรศัพท์ผู้ขอ"),
              (20, 110, "นายจ้าง"), (20, 120, "โทรศัพท์นายจ้าง"), (20, 130, "ที่อยู่นายจ้าง")]  # fmt: skip
    fields = [Field("applicant_name_th", a.name, 45, 40, 60), Field("applicant_name_en", w.en, 125, 40, 60),
              Field("id_no", p.nid, 60, 50, 55, comb=13), Field("passport_no", w.passport, 50, 60, 50),
              Field("workpermit_no", w.permit, 140, 60, 50), Field("dob", born_ce(p.born, i), 70, 70, 45),
              Field("address", home(a, i), 50, 80, 140), Field("applicant_phone", mobile(p.mobile, i) if i % 2 == 0 else "", 55, 90, 55),
              Field("employer_name", f.name, 45, 110, 100), Field("employer_phone", tel(f, i), 55, 120, 55),
              Field("employer_address", home(f, i + 1), 55, 130, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอหนังสือรับรองถิ่นที่อยู่ (PDF)", f"{w.bare} <{p.email or 'wk' + str(i) + '@example.net'}>", to,
                  text="ส่งแบบฟอร์มครับ\n", files=(("residence_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_residence_cert", raw, worker(w, NO_MAIL, phone=i % 2 == 0))


def pdf_typed_ngo_letter(w: Worker, i: int) -> Case:
    """The Mae Sot foundation's typed letter (its block top left: name, office, line, box)
    for a worker whose employer kept her pink card: her names, number, birth date, dorm;
    the staff who signs (name, mobile)."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    ngo, n_off, n_line, n_box, tr, tr_mob = NGOS[0]
    paras: list[tuple[float, str]] = [(20, ngo), (20, n_off), (20, f"โทร {n_line}  อีเมล {n_box}"), (0, ""),
             (120, f"{5 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอหนังสือรับรองแทนบัตรที่สูญหาย"), (20, f"เรียน นายกเทศมนตรี{office[6:]}"), (0, ""),
             (30, f"ด้วย{ngo} ได้รับการร้องขอจาก {a.name} ({w.en}) แรงงานสัญชาติ{w.nat} เลขประจำตัว {nid_w(p.nid, i)} "
                  f"เกิดวันที่ {born_ce(p.born, i + 2)} พักอยู่ที่หอพักคนงานเลขที่ {home(a, i + 1)} ว่านายจ้างเดิมยึดบัตรประจำตัวไว้ "
                  "จึงขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนเพื่อใช้แสดงตนแทนชั่วคราว"),
             (30, f"ติดต่อประสานงาน {tr} โทร {mobile(tr_mob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({tr})"), (108, "เจ้าหน้าที่ภาคสนาม")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือจากมูลนิธิ ขอหนังสือรับรองแทนบัตรที่สูญหาย", f"{ngo} <{n_box}>", to,
                  text="เรียน งานทะเบียน\nแนบหนังสือของมูลนิธิค่ะ\n", files=(("letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_ngo_letter", raw, worker(w, ALL, phone=False, email=False))


def pdf_fillable_birth_notice(w: Worker, i: int) -> Case:
    """A fillable birth notice (Thai field names) sent by the mother, a Cambodian worker:
    the child's section (name, birth date, number given by the hospital), the mother's
    (ผู้แจ้ง: names, 13-digit number, passport, birth date, camp, phone), the father's
    (name, passport only)."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    cid, cborn = CHILD2
    labels = [(50, 18, f"แบบแจ้งการเกิด (บุตรคนต่างด้าว) {office}"), (20, 36, "ข้อมูลเด็ก"), (20, 44, "ชื่อเด็ก"), (110, 44, "วันเกิดเด็ก"),
              (20, 52, "เลขประจำตัวเด็ก"), (20, 66, "ข้อมูลมารดา (ผู้แจ้ง)"), (20, 74, "ชื่อมารดา"), (20, 82, "เลขประจำตัวมารดา"),
              (110, 82, "หนังสือเดินทางมารดา"), (20, 90, "วันเกิดมารดา"), (20, 98, "ที่อยู่"), (20, 106, "โทรศัพท์"),
              (20, 120, "ข้อมูลบิดา"), (20, 128, "ชื่อบิดา"), (110, 128, "หนังสือเดินทางบิดา")]  # fmt: skip
    fields = [Field("ชื่อเด็ก", "เด็กหญิงสรีนาง", 40, 44, 60), Field("วันเกิดเด็ก", born_ce(cborn, i), 135, 44, 45),
              Field("เลขประจำตัวเด็ก", cid, 55, 52, 55, comb=13),
              Field("ชื่อมารดา", f"{a.name} ({w.en})", 45, 74, 120), Field("เลขประจำตัวมารดา", nid_w(p.nid, i), 60, 82, 45),
              Field("หนังสือเดินทางมารดา", w.passport, 150, 82, 40), Field("วันเกิดมารดา", born_ce(p.born, i + 1), 50, 90, 45),
              Field("ที่อยู่", home(a, i), 35, 98, 150), Field("โทรศัพท์", mobile(p.mobile, i + 1), 45, 106, 55),
              Field("ชื่อบิดา", "นายโสภา เมียะ (Mr. Sophea Meas)" if i % 2 == 0 else "นายวันนา ซก (Mr. Vanna Sok)", 40, 128, 65),
              Field("หนังสือเดินทางบิดา", "N00928451" if i % 2 == 0 else "N03317720", 150, 128, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แจ้งเกิดบุตร (แบบฟอร์ม)", f"Sreymom <sreymom.{i}@example.net>", to,
                  text="ส่งแบบแจ้งเกิดค่ะ\n", files=(("แจ้งเกิด.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_birth_notice", raw, worker(w, NO_MAIL))


def pdf_typed_camp_letter(f: Party, i: int) -> Case:
    """A builders' partnership's typed letter (PDF) asks leave to set up a temporary camp
    for Cambodian workers at a site: its office top right, the managing partner who signs
    (his ID in v1 only), the site engineer's mobile, the camp's site."""
    k = 1
    fp = f.p
    d_name, d_id = SIGNERS[k]
    eng, eng_mob, _ = HR[k]
    idtxt = f" เลขประจำตัวประชาชน {nid_w(d_id, i)}" if i % 2 == 0 else ""
    head, prov, postal = home(f, i).rsplit(" ", 2)
    paras: list[tuple[float, str]] = [(115, f.name), (115, head), (115, f"{prov} {postal}"),
             (115, f"โทร {tel(f, i)}"), (0, ""), (115, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขออนุญาตตั้งที่พักคนงานชั่วคราว"), (20, f"เรียน นายกเทศมนตรี{DESKS[SK][1][6:]}"), (0, ""),
             (30, f"ด้วย{f.name} โดย {d_name}{idtxt} หุ้นส่วนผู้จัดการ รับจ้างก่อสร้างอาคารตลาดโรงเกลือ ระยะที่ 2 "
                  f"ขออนุญาตตั้งที่พักคนงานชั่วคราวสำหรับแรงงานกัมพูชา {64 + i} คน ที่ริมถนนสุวรรณศร บ้านคลองลึก หมู่ที่ 9 "
                  "ตำบลท่าข้าม อำเภออรัญประเทศ ระยะเวลา 10 เดือน พร้อมห้องน้ำ 8 ห้องและบ่อบำบัดน้ำเสีย"),
             (30, f"ผู้ควบคุมงาน {eng} โทร {mobile(eng_mob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({d_name})"), (108, "หุ้นส่วนผู้จัดการ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขออนุญาตตั้งที่พักคนงานชั่วคราว", f"{f.name} <{fp.email}>", DESKS[SK][0],
                  text="เรียน กองช่าง\nแนบหนังสือขออนุญาตครับ\n", files=(("camp.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_camp_letter", raw, firm(k, NO_BIRTH, with_id=i % 2 == 0))


# --- sheets --------------------------------------------------------------------------------


def xlsx_firm_worker_list(f: Party, i: int) -> Case:
    """A seafood firm's sheet notifying where its workers live: the head block (the firm,
    its number, office, line, box; the director who signs, his ID), then the workers' rows
    (names, 13-digit numbers, passports, birth dates, dorm rooms)."""
    k = 0
    fp = f.p
    d_name, d_id = SIGNERS[k]
    ws_rows = [WORKERS[1], WORKERS[4], WORKERS[3]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งที่พักลูกจ้าง"
        ws.append(("แบบแจ้งที่พักอาศัยของลูกจ้างต่างด้าว",))
        ws.append(("นายจ้าง", f.name, "ทะเบียนนิติบุคคล", fp.nid))
        ws.append(("ที่ตั้งสำนักงาน", home(f, i)))
        ws.append(("โทรศัพท์", tel(f, i), "อีเมล", fp.email))
        ws.append(("ผู้มีอำนาจลงนาม", d_name, "เลขประจำตัวประชาชน", nid_w(d_id, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "Name", "เลขประจำตัว", "หนังสือเดินทาง", "วันเกิด", "ห้องพัก"))
        for n, x in enumerate(ws_rows):
            ws.append(
                (
                    n + 1,
                    x.a.name,
                    x.en,
                    x.a.p.nid,
                    x.passport,
                    born_ce(x.a.p.born, n),
                    f"หอพัก B ห้อง {201 + n + i}",
                )
            )

    raw = message(i, "แจ้งที่พักอาศัยลูกจ้างต่างด้าว", f"{f.name} <{fp.email}>", DESKS[SS][0],
                  text="เรียน งานทะเบียนราษฎร\nบริษัทฯ แจ้งที่พักลูกจ้างตามแนบค่ะ\n",
                  files=(("workers.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_firm_worker_list", raw, firm(k, NO_BIRTH))


def xlsx_ngo_intake_sheet(w: Worker, i: int) -> Case:
    """An NGO's intake sheet for one worker (label rows): Thai and English names, the
    13-digit number (v1) or only the passport and work permit (v2), birth date, dorm,
    the worker's phone, the employer's name and line, the translator."""
    a, p = w.a, w.a.p
    to, office = desk(w)
    ngo, _, _, n_box, tr, tr_mob = NGOS[1 if p.province == RN else 0]
    boss, boss_line = EMPLOYERS[p.province]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "intake"
        ws.append((f"แบบบันทึกคำขอ ({ngo})",))
        ws.append(("ชื่อ (ไทย)", a.name))
        ws.append(("Name (EN)", w.en))
        ws.append(("สัญชาติ", w.nat))
        ws.append(("เลขประจำตัว 13 หลัก", nid_w(p.nid, i) if i % 2 == 0 else "-"))
        ws.append(("Passport", w.passport))
        ws.append(("Work permit", w.permit))
        ws.append(("วันเกิด", born_ce(p.born, i + 3)))
        ws.append(("ที่อยู่ (หอพัก)", home(a, i)))
        ws.append(("โทรผู้ร้อง", mobile(p.mobile, i)))
        ws.append(("นายจ้าง", boss, "โทรนายจ้าง", boss_line))
        ws.append(("ล่าม", tr, "โทรล่าม", mobile(tr_mob, i)))
        ws.append(("เรื่อง", "ขอหนังสือรับรองที่อยู่เพื่อยื่นต่ออายุวีซ่า"))

    raw = message(i, f"คำขอของแรงงาน {w.en} (แบบบันทึก)", f"{ngo} <{n_box}>", to,
                  text=f"เรียน {office}\nส่งแบบบันทึกคำขอของแรงงานมาพร้อมนี้\n",
                  files=(("intake.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_ngo_intake_sheet", raw, worker(w, NO_MAIL, nid=i % 2 == 0))


Style = Callable[[Any, int], Case]

# Each style and its two (WORKERS' indices, or FIRMS' for the firm's own matters).
STYLES: tuple[tuple[Style, tuple[int, int], bool], ...] = (
    (plain_worker_own_phone, (0, 5), False),
    (plain_hr_for_worker_child, (1, 4), False),
    (plain_ngo_translator_fisher, (3, 3), False),
    (plain_stateless_record_copy, (8, 9), False),
    (plain_reply_with_quote, (4, 0), False),
    (html_gmail_hr_table, (7, 0), False),
    (html_outlook_firm_dorm_licence, (0, 0), True),
    (html_webform_volunteer, (7, 11), False),
    (html_gmail_stateless_student, (10, 8), False),
    (html_outlook_shop_owner_for_worker, (5, 5), False),
    (docx_employer_letterhead_name_fix, (0, 7), False),
    (docx_translator_death_cert, (12, 12), False),
    (docx_firm_house_number, (2, 2), True),
    (docx_typed_status_form, (9, 8), False),
    (pdf_fillable_residence_cert, (1, 0), False),
    (pdf_typed_ngo_letter, (7, 11), False),
    (pdf_fillable_birth_notice, (2, 2), False),
    (pdf_typed_camp_letter, (1, 1), True),
    (xlsx_firm_worker_list, (0, 0), True),
    (xlsx_ngo_intake_sheet, (7, 3), False),
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
    for s, (style, pair, is_firm) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(FIRMS[n] if is_firm else WORKERS[n], 2 * s + k))
    return cases
