"""A fifty-fourth set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK OF AN EASTERN INDUSTRIAL TOWN's agency (เทศบาล in Rayong, Chonburi and
Chachoengsao: Map Ta Phut, Sriracha, Bo Win, Pluak Daeng, Amata Nakorn, Ban Chang, Bang
Pakong). Factory workers and their families, REGISTERED at a home in Isan or the north
(ทะเบียนบ้าน) but LIVING here in a dormitory, an apartment or a rented room ("หอพักสุขใจ ห้อง
305 ชั้น 3"), so two addresses in one request; shift workers writing from the company's
mailbox (the factory's address and switchboard in the signature); requests typed by an HR
officer for an employee; migrant workers from Myanmar, Cambodia and Laos with a pink card's
13-digit number (00..., valid check digit) and their names in English and in Thai letters;
landlords of dormitories; factory smell and noise, dormitory rubbish, flooding, ขอหนังสือ
รับรองที่อยู่ (for a child's school, a bank), แจ้งย้ายเข้า, ขอรับเงินชดเชยน้ำท่วม. Kinds: plain,
HTML (Outlook/Exchange, Outlook for Android, Gmail, the town's e-service), Word, PDF, xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 51 and 52, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the town's clerk keeps.
- Everything is the APPLICANT's own: the worker the request is for (also when an HR officer
  or a friend types and sends it), the landlord in a landlord's request. Never the HR
  officer's, the factory's, the house owner's who consents to a move-in, a tenant's in a
  landlord's list, a co-worker's, a bank's.
- address: read as the town's clerk reads the form's own captions. Where a request gives
  both, the applicant's address is the one where she lives in the town: ที่อยู่ปัจจุบัน /
  ที่อยู่ที่ติดต่อได้ / ที่พัก / "มาอยู่ที่" of a move-in / the flooded room; the ที่อยู่ตาม
  ทะเบียนบ้าน / ภูมิลำเนา in Isan or the north is NEVER accepted (it is not where the town
  reaches her, nor what her request is about). A landlord's address is his own home, never
  the dormitory he owns (given apart, as the place of the complaint). A migrant's home town
  abroad is never it. Accepted: from the house number (or the dwelling's name) to the
  อำเภอ, the dwelling's name and room part of it (before or after the house number), with or
  without เลขที่, with or without the province (as typed or official) and postal code.
  ADDRESS_RULE below says per style which caption holds it.
- province and postal_code: of that same current address.
- full_name with its title as typed; a migrant's name in Thai letters with its title, or in
  English as on the pink card (with or without MR./MS./MISS), each is right where typed.
- national_id: the 13 digits of her ID card or pink card; a pink card's number (0 0...)
  whose check digit passes is an ID. An employee number, a bank account, a passport, a work
  permit number is never it.
- phone: her own mobile, expected only where she gives one; the factory's switchboard, an
  HR officer's, a house owner's, a landlord's in a tenant's request never.
- email: hers, expected only where she gives it or sends from her own box (her work mailbox
  that sends the mail is hers); an HR officer's box sending for her, a no-reply form's never.
- birth_date ISO, only where she gives it (Thai or Christian era as typed).
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together; dormitories, companies and
factories are made up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Person, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html

# ruff: noqa: E501 -- messages as people type them: long lines

TOWN = "saraban@town.example.go.th"


@dataclass(frozen=True)
class Worker:
    """The applicant (`p`: her current address in the town), her dwelling, her registered
    home far away (typed as one line, never hers for the town), her work."""

    p: Person
    dwelling: str  # "หอพักสุขใจ ห้อง 305 ชั้น 3", or "" for one in a house
    reg: str  # ทะเบียนบ้าน / ภูมิลำเนา as typed (a migrant's home abroad); "" for a landlord
    company: str
    factory: str  # the factory's own address, with its postal code
    switchboard: str
    work_email: str
    en: str = ""  # a migrant's name as on the pink card, "" for a Thai


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


RY_PETRO = (
    "บริษัท ระยองปิโตรเคมีคอล จำกัด",
    "9/1 ถนนไอ-แปด นิคมอุตสาหกรรมมาบตาพุด ต.มาบตาพุด อ.เมืองระยอง จ.ระยอง 21150",
    "038-683-200",
)
EW_AUTO = (
    "บริษัท อีสเทิร์นออโต้พาร์ท จำกัด",
    "500/41 หมู่ 2 นิคมอุตสาหกรรมอีสเทิร์นซีบอร์ด ต.ตาสิทธิ์ อ.ปลวกแดง จ.ระยอง 21140",
    "038-954-100",
)
AMATA = (
    "บริษัท ชลบุรีอิเล็กทรอนิกส์ จำกัด",
    "700/188 หมู่ 1 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี ต.ดอนหัวฬ่อ อ.เมืองชลบุรี จ.ชลบุรี 20000",
    "038-214-555",
)
BOWIN = ("บริษัท บ่อวินแพคเกจจิ้ง จำกัด", "88 หมู่ 7 ต.บึง อ.ศรีราชา จ.ชลบุรี 20230", "038-345-900")
WELLGROW = (
    "บริษัท บางปะกงฟู้ดส์ จำกัด",
    "101/5 หมู่ 5 นิคมอุตสาหกรรมเวลโกรว์ ต.บางวัว อ.บางปะกง จ.ฉะเชิงเทรา 24180",
    "038-522-300",
)


def W(
    p: Person, dwelling: str, reg: str, works: tuple[str, str, str], work_email: str, en: str = ""
) -> Worker:
    return Worker(p, dwelling, reg, works[0], works[1], works[2], work_email, en)


PEOPLE: tuple[Worker, ...] = (
    W(P("นางสาว", "สุดารัตน์", "พลสิงห์", "140110062317", date(1997, 2, 14), "0891245576", "sudarat.ps@gmail.com",
        "88/12", "5", "", "สุขุมวิท", "มาบตาพุด", "เมืองระยอง", "ระยอง", "21150"),
      "หอพักสุขใจ ห้อง 305 ชั้น 3", "123 หมู่ 8 ต.บ้านเป็ด อ.เมืองขอนแก่น จ.ขอนแก่น 40000", RY_PETRO, "sudarat.p@rayongpetro.example.co.th"),
    W(P("นาย", "สมพงษ์", "ศรีสุข", "132990041286", date(1989, 10, 3), "0816632094", "sompong.ss@hotmail.com",
        "199/7", "3", "", "", "บ่อวิน", "ศรีราชา", "ชลบุรี", "20230"),
      "บ่อวินเพลส อพาร์ทเมนท์ ห้อง 214", "56 หมู่ 4 ต.ท่าตูม อ.ท่าตูม จ.สุรินทร์ 32120", BOWIN, "sompong.s@bowinpack.example.co.th"),
    W(P("นาง", "บุญเรือน", "แก้วมณี", "331020057714", date(1979, 6, 21), "0867701452", "boonruean.km@gmail.com",
        "45/3", "2", "", "", "ปลวกแดง", "ปลวกแดง", "ระยอง", "21140"),
      "ห้องเช่านิดา ห้อง 12", "9 หมู่ 11 ต.กระสัง อ.กระสัง จ.บุรีรัมย์ 31160", EW_AUTO, "boonruean.k@eastauto.example.co.th"),
    W(P("นาย", "อ่อง", "เมียว ทู", "002199034417", date(1995, 3, 15), "0952214870", "aungmyothu95@gmail.com",
        "77/9", "4", "", "", "มาบยางพร", "ปลวกแดง", "ระยอง", "21140"),
      "หอพักเจริญสุข ห้อง 108 ชั้น 1", "เมืองเมาะลำเลิง รัฐมอญ ประเทศเมียนมา", EW_AUTO, "", en="MR. AUNG MYO THU"),
    W(P("นาย", "ธีรพงษ์", "บุญมา", "351050028836", date(1993, 11, 30), "0634418275", "teerapong.bm@gmail.com",
        "150/22", "6", "", "", "ดอนหัวฬ่อ", "เมืองชลบุรี", "ชลบุรี", "20000"),
      "ดอนหัวฬ่อแมนชั่น ห้อง 409 ชั้น 4", "34 หมู่ 2 ต.บ้านธิ อ.บ้านธิ จ.ลำพูน 51180", AMATA, "teerapong.b@chonelec.example.co.th"),
    W(P("นางสาว", "สก", "สรีมม", "002470061183", date(1998, 8, 2), "0987731526", "sreymom.sok98@gmail.com",
        "59/1", "1", "", "สุขุมวิท", "ท่าสะอ้าน", "บางปะกง", "ฉะเชิงเทรา", "24130"),
      "หอพักบางปะกงแมนชั่น ห้อง 20", "ภูมิ 3 ตำบลสวายจรุม อำเภอสวายจรุม จังหวัดสวายเรียง ประเทศกัมพูชา", WELLGROW, "", en="MISS SOK SREYMOM"),
    W(P("นางสาว", "จันทร์เพ็ญ", "ทองดี", "145990013627", date(2000, 12, 9), "0826615340", "janpen.td@gmail.com",
        "33/120", "7", "", "สุขุมวิท", "พลา", "บ้านฉาง", "ระยอง", "21130"),
      "หอพักพลาเรสซิเดนซ์ ตึก 2 ห้อง 215", "71 หมู่ 6 ต.เสลภูมิ อ.เสลภูมิ จ.ร้อยเอ็ด 45120", RY_PETRO, "janpen.t@rayongpetro.example.co.th"),
    W(P("นางสาว", "คำพอน", "สีสุวัน", "002399045521", date(1996, 5, 27), "0619987204", "khamphone.ss@gmail.com",
        "12/45", "9", "", "สุขุมวิท", "สุรศักดิ์", "ศรีราชา", "ชลบุรี", "20110"),
      "ศรีราชาอพาร์ทเมนท์ ห้อง 506 ชั้น 5", "บ้านนาทราย เมืองไชยธานี นครหลวงเวียงจันทน์ สปป.ลาว", AMATA, "", en="MISS KHAMPHONE SISOUVANH"),
    W(P("นาย", "วีระชัย", "ภูผาทอง", "341990036645", date(1985, 4, 18), "0857724419", "weerachai.pt@hotmail.com",
        "5/88", "2", "", "สุขุมวิท", "ทุ่งสุขลา", "ศรีราชา", "ชลบุรี", "20230"),
      "หอพักแหลมฉบังคอร์ท ห้อง 317", "18 หมู่ 3 ต.หนองบัว อ.เมืองอุดรธานี จ.อุดรธานี 41000", BOWIN, "weerachai.p@bowinpack.example.co.th"),
    W(P("นาย", "ทุน", "ลิน", "002510072294", date(1991, 9, 12), "0948826153", "tunlin.mm91@gmail.com",
        "101/4", "8", "", "", "มาบตาพุด", "เมืองระยอง", "ระยอง", "21150"),
      "หอพักมาบตาพุดวิลล์ ห้อง 221 ชั้น 2", "เมืองพะอัน รัฐกะเหรี่ยง ประเทศเมียนมา", RY_PETRO, "", en="MR. TUN LIN"),
    W(P("นาง", "ลำใย", "สุขประเสริฐ", "370040018852", date(1983, 1, 6), "0896612738", "lamyai.sp@gmail.com",
        "27/5", "5", "", "", "บางวัว", "บางปะกง", "ฉะเชิงเทรา", "24180"),
      "", "40 หมู่ 1 ต.เวียง อ.เทิง จ.เชียงราย 57160", WELLGROW, "lamyai.s@bpkfoods.example.co.th"),
)  # fmt: skip

# Landlords: a local owner of a dormitory, living in his own house in the town.
LANDLORDS: tuple[tuple[Person, str, str], ...] = (
    (P("นาย", "ประเสริฐ", "วงษ์ทอง", "321990007714", date(1962, 7, 1), "0814452209", "prasert.wt@gmail.com",
       "21", "3", "", "", "มะขามคู่", "นิคมพัฒนา", "ระยอง", "21180"),
     "หอพักวงษ์ทองเพลส", "55/8 หมู่ 4 ต.มาบข่า อ.นิคมพัฒนา จ.ระยอง 21180"),
    (P("นาง", "สมศรี", "แซ่ลิ้ม", "320990012238", date(1966, 3, 22), "0819934407", "somsri.lim@yahoo.com",
       "9/2", "", "", "สุขุมวิท", "ศรีราชา", "ศรีราชา", "ชลบุรี", "20110"),
     "สมศรีอพาร์ทเมนท์", "199/3 หมู่ 3 ต.บ่อวิน อ.ศรีราชา จ.ชลบุรี 20230"),
)  # fmt: skip

HR = ("นางสาวพรทิพย์ ใจดี", "0813306622")
OWNER = (
    "นายสุเทพ ศรีอ่อน",
    with_check_digit("321000044172"),
    "0819045517",
    "12 หมู่ 1 ต.เนินพระ อ.เมืองระยอง จ.ระยอง 21000",
)
ACCOUNT = "020-1-84455-7"


# --- what a clerk keeps ----------------------------------------------------------------------


def addresses(w: Worker) -> tuple[str, ...]:
    """Her current address as the clerk accepts it: the dwelling before or after the house
    number (with or without เลขที่), หมู่ written out, as หมู่ or ม., with or without a
    province (as typed) and the postal code."""
    p = w.p
    rests = [p.rest(), p.rest(moo_word="หมู่"), p.rest(short=True)]
    d = w.dwelling
    heads: list[str] = []
    for rest, word in product(rests, ("", "เลขที่ ", "บ้านเลขที่ ")):
        if d:
            heads += [f"{word}{p.house} {d} {rest}", f"{d} {word}{p.house} {rest}"]
        else:
            heads.append(f"{word}{p.house} {rest}")
    provs = (f"จังหวัด{p.province}", f"จ.{p.province}", p.province)
    out: list[str] = []
    for h in heads:
        out.append(h)
        for prov in provs:
            out += [f"{h} {prov}", f"{h} {prov} {p.postal}"]
    return tuple(dict.fromkeys(out))


def exp(w: Worker, keys: str, *, work: bool = False) -> dict[str, tuple[str, ...]]:
    p = w.p
    names = [p.name]
    if w.en:
        bare = w.en.split(" ", 1)[1]
        # both spellings as one value, as typed side by side: the same person's name
        names += [
            w.en,
            bare,
            w.en.title(),
            bare.title(),
            f"{w.en} ({p.name})",
            f"{p.name} ({w.en})",
        ]
    table = {
        "full_name": tuple(dict.fromkeys(names)),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": ((w.work_email if work else p.email).lower(),),
        "address": addresses(w),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


def landlord_exp(p: Person, keys: str) -> dict[str, tuple[str, ...]]:
    return exp(Worker(p, "", "", "", "", "", ""), keys)


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

# Which caption holds the applicant's address, per style (written before any run).
ADDRESS_RULE: dict[str, str] = {
    "plain_hr_for_worker": "ที่อยู่ปัจจุบัน (หอพัก); never ภูมิลำเนา/ทะเบียนบ้าน",
    "plain_night_shift_smell": "ที่อยู่ที่ติดต่อได้ (the dormitory); never ทะเบียนบ้าน",
    "plain_move_in": "มาอยู่ที่ (the house moved into); never ย้ายออกจาก, never the owner's home",
    "plain_landlord_rubbish": "his own home (ที่อยู่ผู้ร้อง); never the dormitory's",
    "plain_migrant_friend": "ที่พัก (the dormitory); a home town in Myanmar never",
    "plain_flood_claim": "the flooded room (ที่อยู่ปัจจุบัน); never ทะเบียนบ้าน",
    "html_outlook_hr_table": "ที่อยู่ปัจจุบัน row; never ที่อยู่ตามทะเบียนบ้าน row, never the factory's",
    "html_outlook_worker_noise": "ที่พัก in the body; never the factory's in the signature",
    "html_gmail_move_in": "ที่อยู่ใหม่; never ที่อยู่เดิม",
    "html_eservice_certificate": "ที่อยู่ปัจจุบัน (ที่ขอรับรอง) row; never ที่อยู่ตามทะเบียนบ้าน row",
    "html_outlook_android_lao": "the dormitory she lives in; the only address",
    "html_gmail_landlord_flood": "his own home (ที่อยู่ติดต่อ); never the apartment's or a tenant's room",
    "docx_certificate_form": "ที่อยู่ปัจจุบัน block; never ที่อยู่ตามทะเบียนบ้าน block",
    "docx_hr_letterhead": "ที่พักปัจจุบัน; never ภูมิลำเนา, never the company's letterhead",
    "docx_move_in_consent": "the house moved into; never the owner's home or ทะเบียนบ้านเดิม",
    "docx_migrant_flood": "the flooded room; the only address in Thailand",
    "pdf_flood_form": "ที่อยู่ปัจจุบัน (ที่ประสบภัย); never ที่อยู่ตามทะเบียนบ้าน",
    "pdf_landlord_letter": "the sender's block (his home); never the dormitory in the body",
    "pdf_certificate_letter": "ที่อยู่ปัจจุบัน in the body; never ทะเบียนบ้าน",
    "xlsx_hr_row": "ที่อยู่ปัจจุบัน column; never ที่อยู่ตามทะเบียนบ้าน column",
    "xlsx_flood_claim": "ที่อยู่ปัจจุบัน row; never ที่อยู่ตามทะเบียนบ้าน row",
}


# --- how people write the values ------------------------------------------------------------


def cur(w: Worker, k: int) -> str:
    """Her current address as typed: the dwelling first or after the number, written out
    or short, the province three ways, with the postal code."""
    p = w.p
    d = w.dwelling
    prov = (f"จังหวัด{p.province}", f"จ.{p.province}", p.province)[k % 3]
    if not d:
        rest = (p.rest(), p.rest(short=True), p.rest(moo_word="หมู่"))[k % 3]
        return f"{p.house} {rest} {prov} {p.postal}"
    return (
        f"{d} เลขที่ {p.house} {p.rest()} {prov} {p.postal}",
        f"{p.house} {d} {p.rest(short=True)} {prov} {p.postal}",
        f"{d} {p.house} {p.rest(moo_word='หมู่')} {prov} {p.postal}",
    )[k % 3]


def me(p: Person) -> str:
    return "ผม" if p.title == "นาย" else "ดิฉัน"


def ending(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


def town(p: Person) -> str:
    return (
        f"เทศบาลตำบล{p.tambon}"
        if p.tambon not in ("ศรีราชา", "ปลวกแดง")
        else f"เทศบาลเมือง{p.tambon}"
    )


def mayor(p: Person) -> str:
    return f"นายก{town(p)}"


def message(p: Person, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"
    msg["To"] = TOWN
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 6 + n % 14, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set54-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


DOMAINS = {RY_PETRO[0]: "rayongpetro.example.co.th", EW_AUTO[0]: "eastauto.example.co.th",
           AMATA[0]: "chonelec.example.co.th", BOWIN[0]: "bowinpack.example.co.th",
           WELLGROW[0]: "bpkfoods.example.co.th"}  # fmt: skip


def hr_box(w: Worker) -> str:
    return f"HR Service <hr.service@{DOMAINS[w.company]}>"


def hr_signature_text(w: Worker, i: int) -> str:
    return (
        f"--\n{HR[0]}\nเจ้าหน้าที่ฝ่ายทรัพยากรบุคคล (HR Officer)\n{w.company}\n{w.factory}\n"
        f"โทร {w.switchboard} ต่อ {1200 + i} | มือถือ {HR[1][:3]}-{HR[1][3:6]}-{HR[1][6:]}\n"
    )


def born_en(d: date, k: int) -> str:
    return (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {d.strftime('%b')} {d.year}")[k % 2]


# --- plain text ----------------------------------------------------------------------------


def plain_hr_for_worker(w: Worker, i: int) -> Case:
    """An HR officer types a request for a production worker from the HR mailbox: the
    worker's lines (current dormitory, registered home as ภูมิลำเนา), the HR officer's
    signature with the factory's address, switchboard and her own mobile."""
    p = w.p
    text = (
        f"เรียน เจ้าหน้าที่{town(p)}\n\nฝ่ายบุคคลขอส่งคำร้องแทนพนักงาน ซึ่งทำงานกะและไม่สามารถมาติดต่อในเวลาราชการได้ "
        "พนักงานขอหนังสือรับรองที่อยู่ เพื่อใช้ประกอบการย้ายโรงเรียนของบุตร รายละเอียดดังนี้\n\n"
        f"ชื่อพนักงาน: {p.name} (รหัสพนักงาน EMP{20417 + i})\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}\nวันเกิด: {born_th(p.born, i)}\n"
        f"ที่อยู่ปัจจุบัน (หอพัก): {cur(w, i)}\n"
        f"ภูมิลำเนา (ตามทะเบียนบ้าน): {w.reg}\n"
        f"เบอร์โทรพนักงาน: {mobile(p.mobile, i)}\n\n"
        "หากต้องการเอกสารเพิ่มเติม กรุณาติดต่อพนักงานโดยตรงหรือติดต่อฝ่ายบุคคล\n\nขอบคุณค่ะ\n\n"
        + hr_signature_text(w, i)
    )
    return Case("plain_hr_for_worker", message(p, i, f"ขอหนังสือรับรองที่อยู่ ({p.first} {p.last})", text=text, from_=hr_box(w)),
                exp(w, NO_MAIL))  # fmt: skip


def plain_night_shift_smell(w: Worker, i: int) -> Case:
    """A night-shift worker complains of a chemical smell at night from his phone after
    the shift: the hours, the wind, then who he is, his registered home first."""
    p = w.p
    text = (
        f"เรียน {mayor(p)}\n\n{me(p)}ทำงานกะดึก เลิกงาน 6 โมงเช้า กลับมานอนที่หอตอนกลางวัน แต่ช่วง 2-3 สัปดาห์นี้ "
        "ตอนตี 2 ถึงตี 5 ที่กลับมาช่วงวันหยุด มีกลิ่นเหมือนสารเคมี/กลิ่นยางไหม้ลอยมาจากโรงงานฝั่งตรงข้ามคลอง "
        f"แสบจมูก ลูกห้องข้างๆ ก็ไอกันทั้งหอ{ending(p)} อยากให้มาตรวจวัดคุณภาพอากาศตอนกลางคืน{ending(p)}\n\n"
        f"{p.name}\nบัตรประชาชน {nid_w(p.nid, i + 1)}\n"
        f"ทะเบียนบ้าน: {w.reg}\nที่อยู่ที่ติดต่อได้: {cur(w, i + 1)}\n"
        f"โทร {mobile(p.mobile, i + 1)} (กลางวันนอน โทรหลัง 4 โมงเย็น{ending(p)})\n\nส่งจาก Android\n"
    )
    return Case("plain_night_shift_smell", message(p, i, "กลิ่นเหม็นสารเคมีตอนกลางคืน", text=text),
                exp(w, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_move_in(w: Worker, i: int) -> Case:
    """แจ้งย้ายเข้า into a rented house in the town: where she moves from (her registered
    home), where to, the house owner who consents (his name, ID, phone, his own home)."""
    p = w.p
    text = (
        f"เรียน นายทะเบียนท้องถิ่น {town(p)}\n\n{me(p)} {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
        f"เกิดวันที่ {born_th(p.born, i + 2)} ขอสอบถามเรื่องการแจ้งย้ายเข้า{ending(p)}\n"
        f"ย้ายออกจาก: {w.reg}\nมาอยู่ที่: {cur(w, i + 2)}\n"
        f"เจ้าบ้าน: {OWNER[0]} เลขบัตร {OWNER[1]} โทร {OWNER[2]} (เจ้าบ้านอาศัยอยู่ที่ {OWNER[3]}) ยินยอมให้ย้ายเข้าแล้ว\n\n"
        f"{me(p)}ทำงานที่{w.company} เข้ากะเช้า ไม่ทราบว่าแจ้งย้ายปลายทางได้เลยไหม และเจ้าบ้านต้องมาด้วยหรือไม่{ending(p)}\n"
        f"ติดต่อ {mobile(p.mobile, i)}\n"
    )
    return Case("plain_move_in", message(p, i, "สอบถามแจ้งย้ายเข้า", text=text), exp(w, ALL))


def plain_landlord_rubbish(lord: tuple[Person, str, str], i: int) -> Case:
    """A dormitory's owner asks for more rubbish collections: the dormitory's name and
    address (70 rooms of factory workers) given apart from his own home."""
    p, dorm, dorm_addr = lord
    w = Worker(p, "", "", "", "", "", "")
    text = (
        f"เรียน กองสาธารณสุขและสิ่งแวดล้อม {town(p)}\n\n"
        f"{me(p)}เป็นเจ้าของ{dorm} ตั้งอยู่เลขที่ {dorm_addr} มีผู้เช่า 70 ห้อง ส่วนใหญ่เป็นพนักงานโรงงาน "
        "รถเก็บขยะมาสัปดาห์ละ 2 ครั้ง ไม่พอ ขยะล้นถังหน้าหอทุกวันอาทิตย์ สุนัขมาคุ้ย ส่งกลิ่นถึงร้านค้าข้างๆ "
        f"จึงขอเพิ่มรอบเก็บขยะเป็นวันเว้นวัน และขอถังขยะเพิ่ม 4 ใบ ยินดีชำระค่าธรรมเนียมเพิ่ม{ending(p)}\n\n"
        f"ผู้ร้อง {p.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nที่อยู่ผู้ร้อง {cur(w, i)}\n"
        f"โทร {mobile(p.mobile, i + 1)}\n"
    )
    return Case("plain_landlord_rubbish", message(p, i, f"ขอเพิ่มรอบเก็บขยะ {dorm}", text=text),
                landlord_exp(p, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_migrant_friend(w: Worker, i: int) -> Case:
    """A migrant worker's Thai co-worker types his report of a flooded dormitory yard for
    him from her own Gmail: his name in English and Thai letters, his pink card, his home
    town abroad, his dormitory; her name and phone only as the one who typed."""
    p = w.p
    text = (
        f"เรียน {town(p)}\n\nดิฉันพิมพ์แทนเพื่อนร่วมงานชาวเมียนมา เขาพูดไทยได้แต่เขียนไม่ได้ค่ะ\n\n"
        f"ชื่อ: {w.en} ({p.name})\nเลขบัตรชมพู: {nid_w(p.nid, i)}\n"
        f"บ้านเกิด: {w.reg}\nที่พัก: {cur(w, i + 2)}\n"
        f"เบอร์โทร (ของเขาเอง): {mobile(p.mobile, i + 2)}\n\n"
        "เรื่อง: ฝนตกหนักทุกวัน น้ำท่วมลานหอพักสูงถึงเข่า ท่อระบายน้ำหน้าหอตัน น้ำไม่ไหล "
        "คนในหอต้องเดินลุยน้ำไปขึ้นรถรับส่งพนักงานตอนตี 5 ขอให้มาลอกท่อค่ะ\n\n"
        "ผู้พิมพ์แทน น.ส.รัตนา ดีมาก โทร 087-552-1934\n"
    )
    return Case("plain_migrant_friend", message(p, i, "แจ้งน้ำท่วมหอพัก (พิมพ์แทนแรงงานเมียนมา)", text=text,
                                                from_="Rattana Deemak <rattana.dm@gmail.com>"),
                exp(w, "full_name national_id phone address postal_code province"))  # fmt: skip


def plain_flood_claim(w: Worker, i: int) -> Case:
    """ขอรับเงินชดเชยน้ำท่วม: the night of the flood, the damaged things with prices, her
    bank account for the payment, the registered home and the flooded room."""
    p = w.p
    text = (
        f"เรียน {mayor(p)}\n\nเรื่อง ขอรับเงินช่วยเหลือผู้ประสบอุทกภัย\n\n"
        f"ข้าพเจ้า {p.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {w.reg}\nที่อยู่ปัจจุบัน (ห้องที่น้ำท่วม) {cur(w, i)}\n"
        f"โทรศัพท์ {mobile(p.mobile, i + 3)}\n\n"
        f"เมื่อคืนวันที่ {28 + i % 3} พฤศจิกายน 2569 น้ำท่วมเข้าห้องพักสูงประมาณ 50 ซม. ทรัพย์สินเสียหายดังนี้\n"
        "1. ที่นอน 1 หลัง 3,500 บาท\n2. ตู้เย็น 1 เครื่อง 6,900 บาท\n3. พัดลม 2 ตัว 1,200 บาท\n"
        "รวม 11,600 บาท\n\n"
        f"ขอให้โอนเงินเข้าบัญชีธนาคารกรุงไทย ชื่อบัญชี {p.name} เลขที่บัญชี {ACCOUNT}\n\nขอแสดงความนับถือ\n{p.name}\n"
    )
    return Case("plain_flood_claim", message(p, i, "ขอรับเงินช่วยเหลือน้ำท่วม", text=text),
                exp(w, "full_name national_id phone email address postal_code province"))  # fmt: skip


# --- HTML ----------------------------------------------------------------------------------


def hr_signature_html(w: Worker, i: int) -> str:
    return (
        f'<p class="MsoNormal"><b><span style="color:#1F3864">{HR[0]}</span></b><br>HR Officer | ฝ่ายทรัพยากรบุคคล<br>'
        f"{w.company}<br>{w.factory}<br>Tel. {w.switchboard} ext. {1200 + i} | Mobile {HR[1]}<br>"
        f'<a href="mailto:{hr_box(w).split("<")[1][:-1]}">{hr_box(w).split("<")[1][:-1]}</a></p>'
        '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail may '
        "contain confidential information. If you are not the intended recipient, please delete it.</span></p>"
    )


def html_outlook_hr_table(w: Worker, i: int) -> Case:
    """HR sends from Exchange/Outlook a request for an employee (ขอหนังสือรับรองที่อยู่ for
    a bank loan) as a two-column table: both her addresses as rows, her employee number."""
    p = w.p
    rows = [("ชื่อ-สกุล", p.name), ("รหัสพนักงาน", f"{6100200 + i * 13}"), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
            ("วันเดือนปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่ตามทะเบียนบ้าน", w.reg),
            ("ที่อยู่ปัจจุบัน", cur(w, i + 1)), ("โทรศัพท์มือถือ", mobile(p.mobile, i + 1)),
            ("ตำแหน่ง/แผนก", "พนักงานฝ่ายผลิต / Line 3 (กะ B)")]  # fmt: skip
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
             + "".join(f'<tr><td width="180" style="padding:0cm 5.4pt"><p class="MsoNormal">{a}</p></td>'
                       f'<td width="420" style="padding:0cm 5.4pt"><p class="MsoNormal">{b}</p></td></tr>' for a, b in rows)
             + "</table>")  # fmt: skip
    paras = [f"เรียน งานทะเบียนราษฎร {town(p)}", "",
             "ฝ่ายทรัพยากรบุคคลขอส่งข้อมูลพนักงานเพื่อขอหนังสือรับรองที่อยู่ (ใช้ประกอบการขอสินเชื่อที่อยู่อาศัยกับธนาคาร) ตามตารางด้านล่าง",
             table, "", "พนักงานจะมารับเอกสารด้วยตนเองในวันเสาร์ รบกวนแจ้งกลับทางอีเมลนี้ค่ะ", "", "Best regards,"]  # fmt: skip
    raw = message(p, i, f"ขอหนังสือรับรองที่อยู่ - พนักงาน {p.first}", html=outlook_html(paras, hr_signature_html(w, i)),
                  from_=hr_box(w))  # fmt: skip
    return Case("html_outlook_hr_table", raw, exp(w, NO_MAIL))


def html_outlook_worker_noise(w: Worker, i: int) -> Case:
    """A technician writes from the company's Outlook about a neighbouring plant's night
    noise at his dormitory: his dormitory in the body, the factory's address, switchboard
    and his mobile in the signature."""
    p = w.p
    paras = [f"เรียน {mayor(p)}", "",
             f"{me(p)}พักอยู่ที่ {cur(w, i)} ตั้งแต่ต้นเดือนพฤศจิกายน โรงงานหลังหอพักเดินเครื่องจักร (เสียงคล้ายคอมเพรสเซอร์) "
             f"ดังตลอดคืน ตั้งแต่ 22.00-05.00 น. คนทำงานกะดึกกลับมานอนไม่ได้{ending(p)}",
             f"ขอให้เทศบาลตรวจวัดระดับเสียงด้วย{ending(p)} {me(p)}ยินดีให้ข้อมูลเพิ่มเติม",
             "", f"ชื่อ {p.name}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}", "", f"ขอบคุณ{ending(p)}"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{p.first} {p.last}</b><br>Maintenance Technician<br>{w.company}<br>{w.factory}<br>'
           f"Tel. {w.switchboard} ext. {3300 + i} | Mobile {mobile(p.mobile, i + 2)}<br>"
           f'<a href="mailto:{w.work_email}">{w.work_email}</a></p>')  # fmt: skip
    raw = message(p, i, "ร้องเรียนเสียงเครื่องจักรดังตอนกลางคืน", html=outlook_html(paras, sig),
                  from_=f"{p.first} {p.last} <{w.work_email}>")  # fmt: skip
    return Case("html_outlook_worker_noise", raw,
                exp(w, "full_name national_id phone email address postal_code province", work=True))  # fmt: skip


def html_gmail_move_in(w: Worker, i: int) -> Case:
    """Gmail, div per line: a move-in with the old (registered) address and the new one,
    her birth date, a question on the documents."""
    p = w.p
    lines = [f"สวัสดี{ending(p)}", f"{me(p)}จะแจ้งย้ายชื่อเข้ามาอยู่ที่{town(p)}{ending(p)} เพราะมาทำงานที่นี่หลายปีแล้ว", "",
             f"ชื่อ-สกุล : {p.name}", f"เลขบัตรประชาชน : {nid_w(p.nid, i + 1)}", f"วันเกิด : {born_th(p.born, i + 2)}",
             f"ที่อยู่เดิม : {w.reg}", f"ที่อยู่ใหม่ : {cur(w, i + 2)}", f"เบอร์ : {mobile(p.mobile, i + 3)}", "",
             f"ต้องใช้เอกสารอะไรบ้าง{ending(p)} ห้องเช่ามีเลขที่บ้านแต่ไม่มีทะเบียนบ้านแยก ย้ายเข้าได้ไหม{ending(p)}", "",
             "ขอบคุณ" + ending(p)]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    text = "\n".join(lines) + "\n"
    return Case("html_gmail_move_in", message(p, i, "แจ้งย้ายเข้า", text=text, html=html), exp(w, ALL))


def html_eservice_certificate(w: Worker, i: int) -> Case:
    """The town's e-service mails a request for a หนังสือรับรองที่อยู่ as a table from a
    no-reply sender: both addresses as rows, the purpose, a reference number."""
    p = w.p
    rows = [("เลขที่คำขอ", f"ES-2569-{3310 + i * 9}"), ("ประเภทคำขอ", "ขอหนังสือรับรองที่อยู่ (ผู้ไม่มีชื่อในทะเบียนบ้านในเขตเทศบาล)"),
            ("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่ตามทะเบียนบ้าน", w.reg), ("ที่อยู่ปัจจุบัน (ที่ขอรับรอง)", cur(w, i + 1)),
            ("ระยะเวลาที่อาศัย", f"{2 + i % 4} ปี"), ("โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("วัตถุประสงค์", "ใช้ประกอบการสมัครเรียนของบุตร")]  # fmt: skip
    t = "".join(
        f"<tr><td style='background:#f2f2f2;width:35%'>{a}</td><td>{b}</td></tr>" for a, b in rows
    )
    html = ('<html><head><meta charset="utf-8"></head><body><p>เรียน เจ้าหน้าที่</p><p>มีคำขอใหม่จากระบบ e-Service</p>'
            f"<table border='1' cellspacing='0' cellpadding='6' style='border-collapse:collapse'>{t}</table>"
            "<p style='color:#888;font-size:11px'>อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ | ศูนย์บริการประชาชน โทร 038-000-111</p>"
            "</body></html>\n")  # fmt: skip
    raw = message(p, i, f"[e-Service] คำขอ ES-2569-{3310 + i * 9}", html=html,
                  from_="e-Service เทศบาล <no-reply@eservice.example.go.th>")  # fmt: skip
    return Case("html_eservice_certificate", raw, exp(w, ALL))


def html_outlook_android_lao(w: Worker, i: int) -> Case:
    """A Lao or Cambodian worker writes in simple Thai from Outlook for Android: a rubbish pile beside
    her dormitory, her name in Thai letters and as on the pink card, Outlook's footer."""
    p = w.p
    lines = ["สวัสดีค่ะ", "ขยะข้างหอพักกองสูงมาก 2 อาทิตย์ไม่มีรถมาเก็บ มีหนูกับแมลงสาบเข้าห้อง ลูกเล็กไม่สบาย",
             "ขอรถมาเก็บด้วยค่ะ", "", f"{p.name} ({w.en})", f"บัตรชมพู {nid_w(p.nid, i + 1)}",
             f"อยู่ {cur(w, i)}", f"โทร {mobile(p.mobile, i)}", "", "ขอบคุณค่ะ"]  # fmt: skip
    body = "".join(f"<div>{x or '<br>'}</div>" for x in lines)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div dir="auto">{body}</div><div dir="auto"><br></div>'
            '<div id="ms-outlook-mobile-signature"><div>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></div>'
            "</body></html>\n")  # fmt: skip
    return Case("html_outlook_android_lao", message(p, i, "ขยะข้างหอพัก", html=html),
                exp(w, "full_name national_id phone email address postal_code province"))  # fmt: skip


def html_gmail_landlord_flood(lord: tuple[Person, str, str], i: int) -> Case:
    """A landlord reports from Gmail that his apartment flooded, listing the flooded rooms'
    tenants (names, rooms, phones) in a table; his own home and phone at the end."""
    p, dorm, dorm_addr = lord
    w = Worker(p, "", "", "", "", "", "")
    tenants = [("101", "นายสมชาย ทองแท้", "081-224-5561"), ("102", "MR. KYAW ZIN (นายจ่อ ซิน)", "095-118-2046"),
               ("105", "นางสาวอรอุมา ศรีทอง", "086-771-3390")]  # fmt: skip
    t = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in tenants)
    html = ('<div dir="ltr"><div>เรียน เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัย</div><div><br></div>'
            f"<div>{me(p)}เป็นเจ้าของ{dorm} เลขที่ {dorm_addr} เมื่อคืนน้ำท่วมชั้นล่างทั้งชั้น ห้องที่ได้รับความเสียหายมีดังนี้</div>"
            f'<table border="1" cellpadding="4"><tr><th>ห้อง</th><th>ผู้เช่า</th><th>โทร</th></tr>{t}</table>'
            f"<div><br></div><div>ขอให้เจ้าหน้าที่มาสำรวจความเสียหายเพื่อให้ผู้เช่าได้รับเงินช่วยเหลือ{ending(p)}</div><div><br></div>"
            f"<div>{p.name}</div><div>เลขบัตรประชาชน {nid_w(p.nid, i + 2)}</div>"
            f"<div>ที่อยู่ติดต่อ {cur(w, i + 1)}</div><div>{mobile(p.mobile, i + 3)}</div></div>\n")  # fmt: skip
    return Case("html_gmail_landlord_flood", message(p, i, f"น้ำท่วม{dorm} ขอให้มาสำรวจ", html=html),
                landlord_exp(p, "full_name national_id phone email address postal_code province"))  # fmt: skip


# --- Word ---------------------------------------------------------------------------------


def table_doc(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for n, (a, b) in enumerate(rows):
        t.cell(n, 0).text = a
        t.cell(n, 1).text = b


def docx_certificate_form(w: Worker, i: int) -> Case:
    """The town's คำขอหนังสือรับรองที่อยู่ filled in Word: a table with two address blocks
    in parts (ตามทะเบียนบ้าน: one cell; ปัจจุบัน: ชื่ออาคาร/หอพัก, เลขที่, หมู่ที่, ซอย, ถนน,
    ตำบล, อำเภอ, จังหวัด, รหัสไปรษณีย์)."""
    p = w.p
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน เดือน ปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่ตามทะเบียนบ้าน", w.reg), ("ที่อยู่ปัจจุบัน", ""), ("ชื่ออาคาร/หอพัก/ห้อง", w.dwelling or "-"),
            ("เลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ตรอก/ซอย", p.soi or "-"), ("ถนน", p.road or "-"),
            ("ตำบล", p.tambon), ("อำเภอ", p.amphoe), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", mobile(p.mobile, i + 1)), ("อีเมล", p.email), ("วัตถุประสงค์", "ใช้ประกอบการเปิดบัญชีธนาคาร")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"คำขอหนังสือรับรองที่อยู่\n{town(p)}")
        d.add_paragraph(f"วันที่ {8 + i % 3} ธันวาคม 2569")
        table_doc(d, rows)
        d.add_paragraph(f"ลงชื่อ......................ผู้ขอ\n({p.name})")

    raw = message(p, i, "ขอหนังสือรับรองที่อยู่", text=f"แนบแบบคำขอ{ending(p)}\n",
                  files=(("คำขอหนังสือรับรองที่อยู่.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_certificate_form", raw, exp(w, ALL))


def docx_hr_letterhead(w: Worker, i: int) -> Case:
    """The company's letter on its letterhead (name, factory address, switchboard, fax)
    certifying an employee and asking the town to issue her a residence certificate: her
    ID, birth date, dormitory and ภูมิลำเนา in prose; signed by the HR manager."""
    p = w.p

    def build(d: Any) -> None:
        d.add_paragraph(w.company)
        d.add_paragraph(f"{w.factory}  โทร {w.switchboard}  โทรสาร {w.switchboard[:-3]}201")
        d.add_paragraph(f"ที่ HR {640 + i}/2569\t\t\t\t{7 + i % 3} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์ออกหนังสือรับรองที่อยู่ให้พนักงาน")
        d.add_paragraph(f"เรียน {mayor(p)}")
        d.add_paragraph(
            f"\tด้วย {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
            f"เป็นพนักงานประจำของบริษัทฯ ตั้งแต่ปี 25{62 + i % 5} ภูมิลำเนาตามทะเบียนบ้าน {w.reg} "
            f"ปัจจุบันพักอาศัยอยู่ที่ {cur(w, i + 2)} โทรศัพท์ {mobile(p.mobile, i)} "
            "มีความจำเป็นต้องใช้หนังสือรับรองที่อยู่เพื่อประกอบการขอใช้ไฟฟ้าและประปา"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ด้วย จะขอบคุณยิ่ง")
        d.add_paragraph(
            "ขอแสดงความนับถือ\n\n(นายอนุชา เกียรติศักดิ์)\nผู้จัดการฝ่ายทรัพยากรบุคคล\nโทร 081-337-4120"
        )

    raw = message(p, i, "หนังสือขอความอนุเคราะห์ออกหนังสือรับรองที่อยู่", text="เรียน เจ้าหน้าที่\nแนบหนังสือบริษัทค่ะ\n",
                  files=(("หนังสือบริษัท_รับรองที่อยู่.docx", docx_bytes(build), DOCX),), from_=hr_box(w))  # fmt: skip
    return Case("docx_hr_letterhead", raw, exp(w, NO_MAIL))


def docx_move_in_consent(w: Worker, i: int) -> Case:
    """แจ้งย้ายเข้า in Word: the mover's paragraph (from her registered home, to the house),
    then the house owner's หนังสือยินยอม with his own name, ID, home and phone."""
    p = w.p

    def build(d: Any) -> None:
        d.add_paragraph("เรื่อง แจ้งย้ายเข้า (ย้ายปลายทาง)")
        d.add_paragraph(f"เรียน นายทะเบียนท้องถิ่น{town(p)}")
        d.add_paragraph(
            f"\tข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"มีชื่ออยู่ในทะเบียนบ้านเลขที่ {w.reg} ขอแจ้งย้ายเข้ามาอยู่ที่ {cur(w, i + 1)} "
            f"ติดต่อได้ที่ {mobile(p.mobile, i + 1)} อีเมล {p.email}"
        )
        d.add_paragraph(f"ลงชื่อ ........................ ผู้แจ้ง\n({p.name})")
        d.add_paragraph("หนังสือยินยอมให้ย้ายเข้า")
        d.add_paragraph(
            f"\tข้าพเจ้า {OWNER[0]} เลขประจำตัวประชาชน {OWNER[1]} อยู่บ้านเลขที่ {OWNER[3]} "
            f"โทร {OWNER[2]} เป็นเจ้าบ้านของบ้านหลังดังกล่าว ยินยอมให้ {p.name} ย้ายเข้า"
        )
        d.add_paragraph(f"ลงชื่อ ........................ เจ้าบ้าน\n({OWNER[0]})")

    raw = message(p, i, "แจ้งย้ายเข้า + หนังสือยินยอมเจ้าบ้าน", text=f"แนบเอกสารแจ้งย้ายเข้า{ending(p)}\n",
                  files=(("แจ้งย้ายเข้า.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_move_in_consent", raw, exp(w, ALL))


def docx_migrant_flood(w: Worker, i: int) -> Case:
    """A Cambodian or Myanmar worker's flood claim typed in Word by the dormitory's office:
    the name in English and in Thai letters, the pink card, the birth date in the Christian
    era, the room, the employer."""
    p = w.p
    rows = [("ชื่อ-สกุล (ภาษาอังกฤษ)", w.en), ("ชื่อ-สกุล (ภาษาไทย)", p.name), ("สัญชาติ", "กัมพูชา" if "SOK" in w.en else "เมียนมา"),
            ("เลขประจำตัว (บัตรชมพู)", nid_w(p.nid, i + 1)), ("วันเกิด", born_en(p.born, i)),
            ("ที่พักปัจจุบัน", cur(w, i + 2)), ("นายจ้าง", f"{w.company} โทร {w.switchboard}"),
            ("โทรศัพท์", mobile(p.mobile, i)), ("ความเสียหาย", "ที่นอน เสื้อผ้า หม้อหุงข้าว เสียหายจากน้ำท่วม")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบขอรับเงินช่วยเหลือผู้ประสบอุทกภัย (แรงงานต่างด้าว)")
        d.add_paragraph(f"เรียน {mayor(p)}")
        table_doc(d, rows)
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ขอ ({w.en})")

    raw = message(p, i, f"ขอรับเงินช่วยเหลือน้ำท่วม - {w.en}", text="ส่งแบบฟอร์มของผู้เช่าตามไฟล์แนบ\n",
                  files=(("flood_form.docx", docx_bytes(build), DOCX),),
                  from_="สำนักงานหอพัก <dorm.office@example.net>")  # fmt: skip
    return Case(
        "docx_migrant_flood",
        raw,
        exp(w, "full_name national_id birth_date phone address postal_code province"),
    )


# --- PDF ----------------------------------------------------------------------------------


def pdf_flood_form(w: Worker, i: int) -> Case:
    """แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย from Word to PDF: both addresses on their
    own captioned lines, the household's members, the bank account."""
    p = w.p
    lines = ["แบบคำร้องขอรับการช่วยเหลือผู้ประสบภัย (อุทกภัย)", f"เขียนที่ {town(p)} วันที่ {9 + i % 3} ธันวาคม 2569",
             f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}",
             f"วันเดือนปีเกิด {born_th(p.born, i + 2)} โทรศัพท์ {mobile(p.mobile, i + 2)}",
             f"ที่อยู่ตามทะเบียนบ้าน {w.reg}",
             f"ที่อยู่ปัจจุบัน (ที่ประสบภัย) {cur(w, i + 2)}",
             "สมาชิกในครัวเรือน 3 คน (ตนเอง สามี/ภรรยา และบุตรอายุ 6 ปี)",
             "ความเสียหาย: เครื่องใช้ไฟฟ้าและเครื่องนอนเสียหาย ประมาณ 9,800 บาท",
             f"ขอรับเงินผ่านบัญชีธนาคารออมสิน เลขที่ {ACCOUNT}",
             f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง"]  # fmt: skip
    data = pdf_page(flow([(18, t) for t in lines], 13, "Norasi"), size=13, face="Norasi")
    raw = message(p, i, "ยื่นแบบคำร้องผู้ประสบภัย", text=f"แนบแบบคำร้อง{ending(p)}\n",
                  files=(("คำร้องผู้ประสบภัย.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_flood_form", raw, exp(w, ALL))


def pdf_landlord_letter(lord: tuple[Person, str, str], i: int) -> Case:
    """A landlord's letter from Word to PDF about the factory's wastewater smell reaching
    his dormitory: his home in the sender's block at the top right, the dormitory's address
    in the body."""
    p, dorm, dorm_addr = lord
    w = Worker(p, "", "", "", "", "", "")
    paras = [(115, cur(w, i)), (0, ""), (115, f"{10 + i % 3} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ร้องเรียนกลิ่นน้ำเสียจากโรงงาน"), (20, f"เรียน {mayor(p)}"), (0, ""),
             (30, f"ด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นเจ้าของ{dorm} "
                  f"ตั้งอยู่เลขที่ {dorm_addr} ตั้งแต่เดือนตุลาคมมีกลิ่นน้ำเสียจากรางระบายของโรงงานข้างหอพัก "
                  "ผู้เช่าย้ายออกแล้ว 9 ห้อง ขอให้ตรวจสอบการระบายน้ำเสียของโรงงานดังกล่าว"),
             (30, f"จึงเรียนมาเพื่อโปรดพิจารณา ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)} หรือ {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({p.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=9), size=14, face="Loma")
    raw = message(p, i, "ร้องเรียนกลิ่นน้ำเสียโรงงาน", text="ส่งหนังสือร้องเรียนตามไฟล์แนบ\n",
                  files=(("ร้องเรียนน้ำเสีย.pdf", data, PDF),))  # fmt: skip
    return Case(
        "pdf_landlord_letter",
        raw,
        landlord_exp(p, "full_name national_id phone email address postal_code province"),
    )


def pdf_certificate_letter(w: Worker, i: int) -> Case:
    """A worker's own letter from Google Docs to PDF for a residence certificate: the
    registered home and the dormitory both in the body's prose."""
    p = w.p
    paras = [(20, "เรื่อง ขอหนังสือรับรองที่อยู่"), (20, f"เรียน {mayor(p)}"), (0, ""),
             (30, f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} วันเกิด {born_th(p.born, i + 1)} "
                  f"มีชื่ออยู่ในทะเบียนบ้านเลขที่ {w.reg} แต่ปัจจุบันพักอาศัยอยู่ที่ {cur(w, i)} "
                  f"เนื่องจากทำงานที่{w.company} มีความประสงค์ขอหนังสือรับรองที่อยู่ เพื่อใช้ยื่นขอสมัครบัตรประกันสังคม"),
             (30, f"จึงเรียนมาเพื่อโปรดพิจารณา โทร {mobile(p.mobile, i + 1)} อีเมล {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({p.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=9), size=14, face="Garuda")
    raw = message(p, i, "ขอหนังสือรับรองที่อยู่", text=f"ส่งคำขอตามไฟล์แนบ{ending(p)}\n",
                  files=(("ขอหนังสือรับรองที่อยู่.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_certificate_letter", raw, exp(w, ALL))


# --- sheets ---------------------------------------------------------------------------------


def xlsx_hr_row(w: Worker, i: int) -> Case:
    """HR's sheet for the town (residence certificates for employees): a header row and one
    employee's row, employee number, both addresses in their own columns, shift."""
    p = w.p
    head = ("ลำดับ", "รหัสพนักงาน", "ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "ที่อยู่ตามทะเบียนบ้าน",
            "ที่อยู่ปัจจุบัน", "เบอร์มือถือ", "แผนก", "กะ")  # fmt: skip
    row = (1, f"EMP{30551 + i}", p.name, nid_w(p.nid, i), born_th(p.born, i + 1), w.reg, cur(w, i + 1),
           mobile(p.mobile, i), "Production", "B (20.00-08.00)")  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อ"
        ws.append(head)
        ws.append(row)

    raw = message(p, i, "ขอหนังสือรับรองที่อยู่ให้พนักงาน (ไฟล์ Excel)",
                  text=f"เรียน เจ้าหน้าที่\nส่งข้อมูลพนักงานตามไฟล์แนบค่ะ\n\n{hr_signature_text(w, i)}",
                  files=(("employee_address.xlsx", xlsx_bytes(build), XLSX),), from_=hr_box(w))  # fmt: skip
    return Case("xlsx_hr_row", raw, exp(w, NO_MAIL))


def xlsx_flood_claim(w: Worker, i: int) -> Case:
    """The flood claim as an Excel form (labels in A, values in B): both addresses, the
    account, the damage's sum, the date of the flood."""
    p = w.p
    rows = [("แบบขอรับเงินชดเชยน้ำท่วม", ""), ("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
            ("วันเกิด", born_th(p.born, i)), ("ที่อยู่ตามทะเบียนบ้าน", w.reg), ("ที่อยู่ปัจจุบัน", cur(w, i)),
            ("เบอร์โทร", mobile(p.mobile, i + 1)), ("อีเมล", p.email), ("วันที่น้ำท่วม", f"{27 + i % 3} พ.ย. 2569"),
            ("มูลค่าความเสียหาย", "7,450"), ("เลขที่บัญชี", ACCOUNT)]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบขอรับเงิน"
        for n, (a, b) in enumerate(rows, 1):
            ws.cell(n, 1, a)
            ws.cell(n, 2, b)

    raw = message(p, i, "ขอรับเงินชดเชยน้ำท่วม", text=f"แนบไฟล์ Excel{ending(p)}\n",
                  files=(("ขอรับเงินชดเชย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_flood_claim", raw, exp(w, ALL))


WorkerStyle = Callable[[Worker, int], Case]
LordStyle = Callable[[tuple[Person, str, str], int], Case]

STYLES: tuple[tuple[WorkerStyle | LordStyle, str, tuple[int, int]], ...] = (
    (plain_hr_for_worker, "w", (0, 5)),
    (plain_night_shift_smell, "w", (1, 8)),
    (plain_move_in, "w", (10, 2)),
    (plain_landlord_rubbish, "l", (0, 1)),
    (plain_migrant_friend, "w", (3, 9)),
    (plain_flood_claim, "w", (6, 4)),
    (html_outlook_hr_table, "w", (2, 6)),
    (html_outlook_worker_noise, "w", (8, 4)),
    (html_gmail_move_in, "w", (0, 10)),
    (html_eservice_certificate, "w", (4, 1)),
    (html_outlook_android_lao, "w", (7, 5)),
    (html_gmail_landlord_flood, "l", (1, 0)),
    (docx_certificate_form, "w", (6, 0)),
    (docx_hr_letterhead, "w", (1, 7)),
    (docx_move_in_consent, "w", (8, 2)),
    (docx_migrant_flood, "w", (5, 3)),
    (pdf_flood_form, "w", (10, 9)),
    (pdf_landlord_letter, "l", (0, 1)),
    (pdf_certificate_letter, "w", (2, 4)),
    (xlsx_hr_row, "w", (9, 6)),
    (xlsx_flood_claim, "w", (1, 7)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), chosen per style so that every
    worker, migrant and landlord is written several ways."""
    cases: list[Case] = []
    for s, (style, who, pair) in enumerate(STYLES):
        for k, person in enumerate(pair):
            n = 2 * s + k
            if who == "l":
                cases.append(style(LANDLORDS[person], n))  # type: ignore[arg-type]
            else:
                cases.append(style(PEOPLE[person], n))  # type: ignore[arg-type]
    return cases
