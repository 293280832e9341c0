"""A sixtieth set of requests written by someone who had not read the readers (issue 8):
MONEY GOING OUT OF A MUNICIPALITY (เทศบาลตำบลท่าศาลา and อบต.กลาย, Nakhon Si Thammarat):
requests to be PAID. Refunds of deposits and fees (เงินประกันการเช่าแผง, ค่าธรรมเนียม paid
twice, a water meter's deposit, a bidder's เงินประกันซอง, a contractor's หลักประกันสัญญา),
storm compensation (ค่าชดเชยบ้านเสียหายจากพายุ), an elderly allowance moved to a new
account, funeral aid (ค่าจัดการศพ) asked by an heir, contractors asking to be paid for a
stage of a job. Full of numbers that look like fields: bank account numbers (10 or 12
digits, dashed or not, some opening 0 like a phone), PromptPay IDs (a mobile or a
13-digit ID), account holders who are not the applicant (a spouse's, a son's account),
bank branches and their places, amounts in figures and in Thai words, receipt, contract
and meter numbers, juristic tax IDs, a dead father's ID and birth date, dates of payment
and of death beside birth dates. Kinds: plain (phone mail apps, webmail), HTML (Gmail,
Outlook, the town's e-service), Word (the office's แบบขอรับเงิน filled in, letters), PDF
(fillable forms, typed letters, a bank book's first page as text, a scanned form), xlsx
(a village head's list of damaged houses and accounts, a contractor's bill).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 55 and 56, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what the office's clerk keeps.
- The APPLICANT is the one who asks to be paid, whose deposit, fee, house, allowance or
  bill it is; for funeral aid the heir who asks (the dead person never); for a village's
  list the village head who reports and signs (the households in its rows never: no
  national_id is his there, `()`).
- A company or partnership asking to be paid: under the project's convention (set 56's
  ruling) full_name and national_id are a natural person's: the managing partner or
  director who signs is the applicant (his name; his ID where given, else `()` since a
  juristic number stands there); no one signs as director (a procurement officer
  writes): both `()`. Address, phone, e-mail: the firm's office, line and own box, and
  the signer's own mobile where given. FIRM_SIGNER says which, per style.
- The ACCOUNT HOLDER (ชื่อบัญชี) who is not the applicant (a wife, a son, a daughter) is
  never her full_name; that holder's phone, ID or PromptPay never hers.
- PROMPTPAY: a PromptPay number that IS her own mobile leaves that mobile her phone (right
  either way); a PromptPay that is her own 13-digit ID leaves that ID her national_id. A
  PromptPay of another person (a husband's mobile, a son's ID) is never her phone nor her
  ID.
- A bank account number (10 or 12 digits, even one of 10 opening 0 like a mobile), a
  meter number, a user number, a receipt's, a contract's, a bank guarantee's number, an
  amount, a juristic tax ID is never a phone or an ID.
- address: where the applicant lives (the firm's office); a bank branch's place, a stall,
  a damaged second building, the job's site, the dead father's last address (where it
  differs) never. Accepted: house number to the อำเภอ/เขต, written out or short, with or
  without เลขที่/บ้านเลขที่, with or without the province and postal code; province and
  postal code of that address.
- phone, email: hers where given and only then; a grandson's box or phone, the office's
  line, a no-reply box never.
- birth_date ISO, only where hers is given; a payment, death, contract or opening date,
  the dead father's birth date never.
Everyone, every firm and every number is invented (13-digit numbers made with
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
from unseen_requests_56 import P, Party, exp, home, scanned_pdf, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@thasala.example.go.th"
TOWN = "เทศบาลตำบลท่าศาลา"
TAO = "องค์การบริหารส่วนตำบลกลาย"
MAYOR = "นายกเทศมนตรีตำบลท่าศาลา"
NST = "นครศรีธรรมราช"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

PEOPLE: tuple[Party, ...] = (
    P("นาง", "สมศรี", "แก้วมณี", "380060012347", date(1961, 5, 14), "0819783342", "somsri.km@gmail.com",
      "45/1", "3", "", "", "ท่าศาลา", "ท่าศาลา", NST, "80160"),
    P("นาย", "ประเสริฐ", "ทองสุข", "380060044125", date(1966, 10, 2), "0897241156", "prasert.ts66@hotmail.com",
      "118", "5", "", "", "กลาย", "ท่าศาลา", NST, "80160"),
    P("นางสาว", "อรวรรณ", "ศรีสุข", "180990031562", date(1990, 3, 27), "0623318407", "orawan.ss@gmail.com",
      "112", "", "", "ราชดำเนิน", "ในเมือง", "เมืองนครศรีธรรมราช", NST, "80000"),
    P("นาย", "บุญเลิศ", "ชูแก้ว", "380060027718", date(1958, 1, 9), "0815527064", "",
      "7", "2", "", "", "โมคลาน", "ท่าศาลา", NST, "80160"),
    P("นาง", "จันทร์เพ็ญ", "รักษ์ทอง", "380060005934", date(1948, 8, 19), "0872246619", "",
      "23/2", "7", "", "", "ไทยบุรี", "ท่าศาลา", NST, "80160"),
    P("นาย", "วีระพงษ์", "หนูเอียด", "380060061288", date(1979, 12, 30), "0846651903", "weerapong.ne@gmail.com",
      "54", "1", "", "", "หัวตะพาน", "ท่าศาลา", NST, "80160"),
    P("นาง", "สุดารัตน์", "พรหมแก้ว", "380060038851", date(1983, 6, 6), "0936620418", "sudarat.pk83@gmail.com",
      "201/4", "4", "", "", "ท่าขึ้น", "ท่าศาลา", NST, "80160"),
    P("นาย", "ธีรวัฒน์", "จันทร์ขาว", "310220054416", date(1975, 2, 21), "0818852730", "teerawat.jk@yahoo.com",
      "88/12", "", "ลาดพร้าว 71", "ลาดพร้าว", "สะพานสอง", "วังทองหลาง", BKK, "10310"),
    P("นางสาว", "กาญจนา", "ขุนทอง", "180060071449", date(1995, 9, 11), "0658813276", "kanjana.kt95@gmail.com",
      "9", "6", "", "", "สระแก้ว", "ท่าศาลา", NST, "80160"),
    P("นาย", "อำนาจ", "ศรีทองคำ", "384010022963", date(1970, 4, 3), "0892210587", "amnat.stk@gmail.com",
      "23", "", "", "ตลาดใหม่", "ตลาด", "เมืองสุราษฎร์ธานี", "สุราษฎร์ธานี", "84000"),
    P("นาง", "ละเอียด", "ชูช่วย", "380060001173", date(1940, 11, 25), "0862274481", "",
      "61", "8", "", "", "ดอนตะโก", "ท่าศาลา", NST, "80160"),
    P("นาย", "กิตติพงษ์", "ด้วงทอง", "380120036604", date(1987, 7, 17), "0961147725", "kittipong.dt@gmail.com",
      "17/5", "3", "", "", "สิชล", "สิชล", NST, "80120"),
)  # fmt: skip

FIRMS: tuple[Party, ...] = (
    P("ห้างหุ้นส่วนจำกัด ", "ท่าศาลาก่อสร้าง", "", "080355900214", NONE, "075521447", "thasala.const@example.co.th",
      "99", "2", "", "", "ท่าศาลา", "ท่าศาลา", NST, "80160", juristic=True),
    P("บริษัท ", "นครรุ่งเรืองวิศวกรรม", "จำกัด", "080555700381", NONE, "075345126", "account@nkrr-eng.example.co.th",
      "150/3", "", "", "พัฒนาการคูขวาง", "ในเมือง", "เมืองนครศรีธรรมราช", NST, "80000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "สิชลการโยธา", "", "080355600127", NONE, "075536218", "sichon.yotha@example.co.th",
      "45", "4", "", "", "สิชล", "สิชล", NST, "80120", juristic=True),
)  # fmt: skip

# Who signs for each firm: (name, ID, mobile).
PARTNERS: tuple[tuple[str, str, str], ...] = (
    ("นายสุเมธ เพชรสุวรรณ", with_check_digit("380060049920"), "0817870234"),
    ("นายวรพจน์ ตั้งจิตนุสรณ์", with_check_digit("310100066781"), "0894406612"),
    ("นางวิไลวรรณ ศักดิ์แก้ว", with_check_digit("380120018847"), "0819604475"),
)

BANKS = (
    ("ธนาคารกรุงไทย", "สาขาท่าศาลา"),
    ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.)", "สาขาท่าศาลา"),
    ("ธนาคารออมสิน", "สาขานครศรีธรรมราช"),
    ("ธนาคารกสิกรไทย", "สาขาถนนพัฒนาการคูขวาง"),
)


# Where each branch is and its line, as a bank book prints it: never the applicant's.
BRANCH_AT = (
    "99/1 ถนนท่าศาลา-นครศรีธรรมราช ต.ท่าศาลา อ.ท่าศาลา จ.นครศรีธรรมราช 80160 โทร 075-521-031",
    "141 หมู่ 3 ต.ท่าศาลา อ.ท่าศาลา จ.นครศรีธรรมราช 80160 โทร 075-521-290",
    "1/9 ถนนราชดำเนิน ต.ในเมือง อ.เมืองนครศรีธรรมราช จ.นครศรีธรรมราช 80000 โทร 075-356-200",
    "33 ถนนพัฒนาการคูขวาง ต.ในเมือง อ.เมืองนครศรีธรรมราช จ.นครศรีธรรมราช 80000 โทร 075-317-450",
)


def bank_account(b: int, k: int) -> str:
    """An account at BANKS[b % 4]: ธ.ก.ส. and ออมสิน print 12 digits, the others 10."""
    return account(k, 12 if b % 4 in (1, 2) else 10)


def account(k: int, digits: int = 10) -> str:
    """A bank account number as printed in a bank book: 10 digits (xxx-x-xxxxx-x) or 12
    (ธ.ก.ส., ออมสิน); one in three opens with 0 as a mobile does."""
    base = f"{(k * 245519 + 4812337) % 10**9:09d}"
    first = "0" if k % 3 == 0 else str(1 + k % 8)
    n = (first + base + "418")[:digits]
    if digits == 12:
        return (f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9:]}", n, f"{n[:4]} {n[4:8]} {n[8:]}")[k % 3]
    return (f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", n, f"{n[:3]}-{n[3:]}")[k % 3]


_DIGIT = ("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACE = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")


def baht_words(n: int) -> str:
    """An amount under ten million in Thai words, as a form's (ตัวอักษร) line wants it."""

    def under_million(m: int) -> str:
        out = ""
        s = str(m)
        for pos, ch in enumerate(s):
            d, place = int(ch), len(s) - pos - 1
            if d == 0:
                continue
            if place == 1 and d == 1:
                out += "สิบ"
            elif place == 1 and d == 2:
                out += "ยี่สิบ"
            elif place == 0 and d == 1 and m > 9:
                out += "เอ็ด"
            else:
                out += _DIGIT[d] + _PLACE[place]
        return out

    millions, rest = divmod(n, 1_000_000)
    words = (under_million(millions) + "ล้าน" if millions else "") + (
        under_million(rest) if rest else ""
    )
    return words + "บาทถ้วน"


def kin(a: Party, k: int) -> tuple[str, str, str]:
    """Her spouse or child who holds the account: name, ID, mobile (invented)."""
    p = a.p
    wife = p.title == "นาย"
    first = ("สายใจ", "มาลี", "ปราณี")[k % 3] if wife else ("สมพงษ์", "ชัยวัฒน์", "ธนากร")[k % 3]
    title = "นาง" if wife else "นาย"
    nid = with_check_digit(f"3800600{(k * 3571 + 10007) % 100000:05d}")
    mob = f"08{(k * 7 + 1) % 10}{(k * 1234567 + 7654321) % 10**7:07d}"
    return f"{title}{first} {p.last}", nid, mob


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def message(a: Party, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    p = a.p
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (3 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set60-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def expect(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """What a clerk keeps of a person applicant; no e-mail where she has none."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"
NO_MAIL_BIRTH = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_stall_deposit_refund": "the stall's tenant; her own account; never the market's place",
    "plain_promptpay_fee_refund": "the payer; PromptPay her own mobile (v1) or her own ID (v2)",
    "plain_storm_wife_account": "the house's owner (husband); never his wife who holds the account",
    "plain_funeral_aid_heir": "the heir (child) who asks; never the dead parent (ID, birth date)",
    "plain_contractor_payment": "the managing partner who signs; the partnership's office, line, box",
    "html_gmail_allowance_new_account": "the elderly recipient; never the grandson who sends",
    "html_outlook_bond_refund": "no one (a procurement officer writes); the company's office, line, box",
    "html_eservice_storm_claim": "the applicant rows; never the no-reply box or the office",
    "html_outlook_meter_deposit": "the user who moves away; never her husband (account holder)",
    "html_gmail_reply_bank_details": "the applicant replying; never the office's quoted lines",
    "docx_money_request_form": "the ข้าพเจ้า of the office's form; her own account",
    "docx_proxy_receive_money": "the ผู้มอบฉันทะ (elderly); never the son who receives",
    "docx_contractor_invoice_letter": "the managing partner who signs, his ID in the body",
    "docx_fee_refund_table": "the applicant rows; never the husband's PromptPay",
    "pdf_fillable_refund_form": "the ผู้ขอรับเงิน; her own account",
    "pdf_fillable_storm_textn": "the owner; an account opening 0 never a phone",
    "pdf_typed_bid_bond_letter": "the bidder writing; never the market's place",
    "pdf_bankbook_first_page": "the recipient; the bank book her own",
    "pdf_scanned_funeral_form": "the ผู้ขอรับเงิน (heir); never the ผู้ตาย",
    "xlsx_village_storm_list": "the village head who reports; never a household in the rows",
    "xlsx_contractor_bill": "the managing partner who signs; the partnership's office, line",
}

_SIGNED = {f.p.first: s for f, s in zip(FIRMS, PARTNERS, strict=True)}


def firm_exp(a: Party, keys: str, *, signs: bool, with_id: bool = False,
             with_mobile: bool = False) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The firm's office values; the name and ID of the partner who signs, else `()`."""
    e = exp(a, keys)
    if not signs:
        e["full_name"], e["national_id"] = (), ()
        return e
    name, nid, mob = _SIGNED[a.p.first]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    if with_mobile and "phone" in e:
        e["phone"] += ("+66" + mob[1:], mob)
    return e


# --- plain ---------------------------------------------------------------------------------


def plain_stall_deposit_refund(a: Party, i: int) -> Case:
    """A tenant who gave back her stall asks the deposit back from her phone: the stall,
    the receipt, the amount in figures and words, her own account at a branch."""
    p = a.p
    bank, branch = BANKS[i % 4]
    amount = 3_000 + 500 * (i % 3)
    text = (
        f"เรียน งานตลาด {TOWN}\n\n{me(a)}เช่าแผงที่ {12 + i} ตลาดสดเทศบาลตำบลท่าศาลา ถนนท่าศาลา-นคร "
        f"ได้คืนแผงแล้วตั้งแต่วันที่ 30 พฤศจิกายน 2569 ขอรับเงินประกันการเช่าแผงคืน จำนวน {amount:,} บาท "
        f"({baht_words(amount)}) ตามใบเสร็จรับเงินเล่มที่ 7 เลขที่ {340 + i} ลงวันที่ 3 มกราคม 2568\n"
        f"โอนเข้าบัญชี{bank} {branch} เลขที่บัญชี {bank_account(i, i)} ชื่อบัญชี {a.name}\n\n"
        f"{a.name}\nบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n\n"
        "ส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    return Case(
        "plain_stall_deposit_refund",
        message(a, i, "ขอคืนเงินประกันแผง", text=text),
        expect(a, NO_BIRTH),
    )


def plain_promptpay_fee_refund(a: Party, i: int) -> Case:
    """A payer charged twice for the building-permit fee through the QR asks the second
    payment back by PromptPay: her own mobile (even variants) or her own ID (odd)."""
    p = a.p
    pp = mobile(p.mobile, i + 2) if i % 2 == 0 else nid_w(p.nid, i + 1)
    what = "เบอร์มือถือ" if i % 2 == 0 else "เลขบัตรประชาชน"
    text = (
        f"สวัสดี{ending(a)}\n{me(a)}ชำระค่าธรรมเนียมใบอนุญาตก่อสร้าง 120 บาท ผ่าน QR Code ของเทศบาล "
        f"เมื่อวันที่ {4 + i % 20} พฤศจิกายน 2569 เวลา 10.4{i % 10} น. แอปเด้งออกเลยกดจ่ายซ้ำ ถูกตัดเงินไป 2 ครั้ง "
        f"(เลขอ้างอิง 2569110{4 + i % 20}{50917 + i}) ขอคืน 120 บาทที่จ่ายเกิน{ending(a)}\n"
        f"คืนทางพร้อมเพย์ได้เลย{ending(a)} พร้อมเพย์ {pp} ({what}{me(a)}เอง)\n\n"
        f"{a.name}\nเลขบัตร {nid_w(p.nid, i)}\nบ้านเลขที่ {home(a, i + 1)}\nมือถือ {tel(a, i)}\n"
    )
    return Case("plain_promptpay_fee_refund", message(a, i, "จ่ายค่าธรรมเนียมซ้ำ ขอคืนเงิน", text=text),
                expect(a, NO_BIRTH))  # fmt: skip


def plain_storm_wife_account(a: Party, i: int) -> Case:
    """A house owner asks the storm compensation be paid into his wife's account: her
    name as account holder, her PromptPay mobile, his own lines."""
    p = a.p
    wife, wife_id, wife_mob = kin(a, i)
    bank, branch = BANKS[(i + 1) % 4]
    amount = 12_600 + 1_150 * (i % 4)
    text = (
        f"เรียน ปลัด{TAO}\n\n{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i)} "
        f"บ้านถูกพายุพัดหลังคาเสียหายเมื่อคืนวันที่ 26 พฤศจิกายน 2569 เจ้าหน้าที่มาสำรวจแล้วประเมินค่าเสียหาย {amount:,} บาท "
        f"ขอให้โอนค่าชดเชยเข้าบัญชีภรรยา{ending(a)} เพราะบัญชี{me(a)}ถูกปิดไปแล้ว\n"
        f"{bank} {branch}\nชื่อบัญชี {wife} (เลขบัตรประชาชน {nid_w(wife_id, i + 1)})\nเลขที่บัญชี {account(i + 5, 12 if 'ก.ส.' in bank or 'ออมสิน' in bank else 10)}\n"
        f"หรือพร้อมเพย์ของภรรยา {mobile(wife_mob, i)}\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i + 3)}\n{a.name}\n"
    )
    return Case("plain_storm_wife_account", message(a, i, "ขอรับค่าชดเชยบ้านเสียหายจากพายุ", text=text),
                expect(a, NO_BIRTH))  # fmt: skip


def plain_funeral_aid_heir(a: Party, i: int) -> Case:
    """A son or daughter asks for the funeral aid of a parent who drew the elderly
    allowance: the parent's name, ID, birth and death dates, the death certificate's
    number; the heir's own lines and birth date, the heir's account."""
    p = a.p
    parent = ("นายเจริญ", "นางเอื้อน")[i % 2] + f" {p.last}"
    parent_id = with_check_digit(f"38006000{(i * 4111 + 2203) % 10000:04d}")
    born_parent = date(1931 + i % 7, 1 + i % 12, 3 + i % 25)
    text = (
        f"เรียน {MAYOR}\n{me(a)}ขอยื่นเรื่องขอรับเงินค่าจัดการศพผู้สูงอายุ{ending(a)}\n"
        f"ผู้ตาย {parent} เลขประจำตัวประชาชน {nid_w(parent_id, i + 1)} เกิด {born_th(born_parent, i)} "
        f"ถึงแก่กรรมวันที่ {10 + i % 15} พฤศจิกายน 2569 (มรณบัตรเลขที่ {8016 + i}/2569) เป็นผู้รับเบี้ยยังชีพของเทศบาล\n"
        f"ผู้ขอรับเงิน {a.name} (บุตร) เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ {home(a, i + 2)} โทร {tel(a, i)}\n"
        f"ขอรับเงินโดยโอนเข้าบัญชี{BANKS[i % 4][0]} เลขที่ {bank_account(i, i + 9)} ชื่อบัญชี {a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    return Case(
        "plain_funeral_aid_heir", message(a, i, "ขอรับเงินค่าจัดการศพ", text=text), expect(a, ALL)
    )


def plain_contractor_payment(a: Party, i: int) -> Case:
    """A partnership's managing partner asks from the firm's webmail to be paid for the
    second stage of a road: contract, amounts in figures and words, the firm's tax ID and
    account, his name and mobile."""
    p = a.p
    name, _, mob = _SIGNED[p.first]
    amount = 487_500 + 12_300 * i
    text = (
        f"เรียน ผู้อำนวยการกองคลัง {TOWN}\n\nตามสัญญาจ้างเลขที่ {12 + i}/2569 ลงวันที่ 15 มิถุนายน 2569 "
        f"งานก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านสระแก้ว หมู่ที่ 6 ซึ่งคณะกรรมการตรวจรับงานงวดที่ 2 "
        f"แล้วเมื่อวันที่ {20 + i % 8} พฤศจิกายน 2569 ขอเบิกเงินค่าจ้างงวดที่ 2 จำนวน {amount:,}.00 บาท ({baht_words(amount)})\n"
        f"โอนเข้าบัญชี {a.name} {BANKS[0][0]} {BANKS[0][1]} เลขที่ {account(i + 11)}\n\n"
        f"{a.name}\nเลขประจำตัวผู้เสียภาษี {nid_w(p.nid, i)}\nสำนักงาน {home(a, i)}\nโทร {tel(a, i)}\n"
        f"{name} หุ้นส่วนผู้จัดการ มือถือ {mobile(mob, i)}\n"
    )
    raw = message(
        a, i, f"ขอเบิกเงินค่าจ้างงวดที่ 2 สัญญา {12 + i}/2569", text=text, from_=f"{a.name} <{p.email}>"
    )
    return Case(
        "plain_contractor_payment", raw, firm_exp(a, NO_BIRTH, signs=True, with_mobile=True)
    )


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_allowance_new_account(a: Party, i: int) -> Case:
    """A grandson sends from his Gmail his grandmother's request to move her elderly
    allowance to a new ธ.ก.ส. account (the old one closed): her lines, the old and new
    account numbers, his own phone."""
    p = a.p
    lines = ["เรียน งานพัฒนาชุมชน ครับ", "", "ผมส่งเรื่องแทนยายครับ ยายขอเปลี่ยนบัญชีรับเงินเบี้ยยังชีพผู้สูงอายุ เริ่มเดือนมกราคม 2570", "",
             f"ชื่อผู้สูงอายุ: {a.name}", f"เลขบัตรประชาชน: {nid_w(p.nid, i)}", f"วันเกิด: {born_th(p.born, i)}",
             f"ที่อยู่: {home(a, i + 1)}", f"เบอร์โทรยาย: {tel(a, i)}",
             f"บัญชีเดิม: ธนาคารกรุงไทย เลขที่ {account(i + 20)} (ปิดบัญชีแล้ว)",
             f"บัญชีใหม่: {BANKS[1][0]} {BANKS[1][1]} เลขที่ {account(i + 21, 12)} ชื่อบัญชี {a.name}", "",
             "ถ้าต้องการเอกสารเพิ่ม โทรหาผมได้ที่ 0984417206 ครับ (ภาคิน หลานชาย)", "", "ขอบคุณครับ"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(a, i, "ขอเปลี่ยนบัญชีรับเบี้ยยังชีพ (ส่งแทนยาย)", html=html,
                  from_="Pakin R. <pakin.rt2004@gmail.com>")  # fmt: skip
    return Case("html_gmail_allowance_new_account", raw, expect(a, NO_MAIL_BIRTH))


def html_outlook_bond_refund(a: Party, i: int) -> Case:
    """A company's procurement officer asks from Outlook the performance bond back after
    the warranty: a table of the contract, the bond (a bank guarantee or cash), the
    company's tax ID and account; her signature with the company's line and her mobile."""
    p = a.p
    bond = 24_375 + 810 * i
    rows = [("ชื่อผู้รับจ้าง", a.name), ("เลขประจำตัวผู้เสียภาษี", nid_w(p.nid, i)), ("ที่อยู่", home(a, i)),
            ("สัญญาเลขที่", f"{31 + i}/2567 ลงวันที่ 8 สิงหาคม 2567"), ("งาน", "ปรับปรุงระบบประปาหมู่บ้าน หมู่ที่ 4"),
            ("สิ้นสุดระยะเวลารับประกัน", "7 พฤศจิกายน 2569"),
            ("หลักประกันสัญญา", f"เงินสด {bond:,}.00 บาท (ใบเสร็จเลขที่ 2567/0{1180 + i})"),
            ("บัญชีรับเงินคืน", f"{BANKS[3][0]} {BANKS[3][1]} เลขที่ {account(i + 30)} ชื่อบัญชี {a.name}")]  # fmt: skip
    td = '<td style="padding:0cm 5.4pt;border:solid windowtext 1.0pt"><p class="MsoNormal">'
    t = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
         + "".join(f"<tr>{td}{x}</p></td>{td}{y}</p></td></tr>" for x, y in rows) + "</table>")  # fmt: skip
    paras = [f"เรียน ผู้อำนวยการกองคลัง {TOWN}", "",
             f"{a.name} ขอรับหลักประกันสัญญาคืน เนื่องจากพ้นระยะเวลารับประกันความชำรุดบกพร่องแล้ว ตามรายละเอียดดังนี้ค่ะ", "",
             t, "", "Best regards,"]  # fmt: skip
    sig = (
        '<p class="MsoNormal"><b>นางสาวปิยธิดา มากบุญ</b><br>เจ้าหน้าที่จัดซื้อ<br>'
        f"{a.name}<br>Tel. {tel(a, i + 1)} ext. {21 + i} | Mobile 086-270-{4410 + i}<br>"
        f'<a href="mailto:{p.email}">{p.email}</a></p>'
    )
    raw = message(a, i, f"ขอคืนหลักประกันสัญญา {31 + i}/2567", html=outlook_html(paras, sig),
                  from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("html_outlook_bond_refund", raw, firm_exp(a, NO_BIRTH, signs=False))


def html_eservice_storm_claim(a: Party, i: int) -> Case:
    """The อบต.'s e-service mails a storm claim as a table from no-reply: the applicant's
    rows, the damage, the account rows (bank, branch, number, holder: her own)."""
    p = a.p
    amount = 8_400 + 375 * i
    rows = [("เลขที่คำร้อง", f"DM-2569-{311 + i * 3:04d}"), ("ประเภท", "ขอรับความช่วยเหลือผู้ประสบภัยวาตภัย"),
            ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i + 2)), ("อีเมล", p.email),
            ("วันที่เกิดเหตุ", "26 พฤศจิกายน 2569"), ("ความเสียหาย", "หลังคาสังกะสีปลิว 40 แผ่น ฝ้าพัง"),
            ("ค่าเสียหายโดยประมาณ", f"{amount:,} บาท"), ("ธนาคาร", BANKS[i % 4][0]), ("สาขา", BANKS[i % 4][1]),
            ("เลขที่บัญชี", bank_account(i, i + 40)), ("ชื่อบัญชี", a.name)]  # fmt: skip
    t = "".join(f"<tr><td style='background:#f2f2f2'>{x}</td><td>{y}</td></tr>" for x, y in rows)
    html = ('<html><head><meta charset="utf-8"></head><body><p>มีคำร้องใหม่จากระบบ e-Service</p>'
            f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table>"
            f"<p style='color:#888;font-size:11px'>อีเมลอัตโนมัติ โปรดอย่าตอบกลับ | {TAO} โทร 075-770-128</p></body></html>\n")  # fmt: skip
    raw = message(a, i, f"[e-Service] คำร้องขอรับความช่วยเหลือ DM-2569-{311 + i * 3:04d}", html=html,
                  from_="e-Service อบต.กลาย <no-reply@klai.example.go.th>")  # fmt: skip
    return Case("html_eservice_storm_claim", raw, expect(a, ALL))


def html_outlook_meter_deposit(a: Party, i: int) -> Case:
    """A teacher moving away asks from Outlook the water meter's deposit back into her
    husband's account: the meter and user numbers, the final reading, her school's
    signature (its line) and her mobile."""
    p = a.p
    hus, _, hus_mob = kin(a, i + 1)
    paras = [f"เรียน งานกิจการประปา {TOWN}", "",
             f"{me(a)} {a.name} ผู้ใช้น้ำเลขที่ 04-{1520 + i} มาตรวัดน้ำเลขที่ WM{880412 + i} ที่บ้านเลขที่ {home(a, i)} "
             f"จะย้ายไปรับราชการที่จังหวัดตรัง ขอยกเลิกการใช้น้ำตั้งแต่วันที่ 31 ธันวาคม 2569 (จดเลขมาตรครั้งสุดท้าย {1184 + i} หน่วย) "
             "และขอรับเงินประกันการใช้น้ำคืน 500 บาท", "",
             f"ขอให้โอนเข้าบัญชีสามี {BANKS[2][0]} {BANKS[2][1]} เลขที่ {account(i + 50, 12)} ชื่อบัญชี {hus} (โทร {mobile(hus_mob, i)})",
             f"เลขประจำตัวประชาชนของ{me(a)} {nid_w(p.nid, i)} มือถือ {tel(a, i + 1)}", "", "ขอบคุณค่ะ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>ครูชำนาญการ<br>โรงเรียนท่าศาลาประสิทธิ์ศึกษา<br>'
           f'โทร 075-521-0{30 + i}<br><a href="mailto:{p.email}">{p.email}</a></p>')  # fmt: skip
    raw = message(a, i, "ขอยกเลิกการใช้น้ำและขอคืนเงินประกันมาตร", html=outlook_html(paras, sig))
    return Case("html_outlook_meter_deposit", raw, expect(a, NO_BIRTH))


def html_gmail_reply_bank_details(a: Party, i: int) -> Case:
    """A bidder replies in Gmail to the office's mail asking her bank details for the bid
    bond's refund: her lines on top, the office's message quoted below with its officer,
    its line and the town's own account."""
    p = a.p
    mine = [f"เรียน คุณวนิดา{ending(a)}", "", f"ส่งรายละเอียดตามที่ขอ{ending(a)}",
            f"ชื่อ {a.name}", f"เลขบัตรประชาชน {nid_w(p.nid, i + 1)}", f"ที่อยู่ {home(a, i)}", f"โทร {tel(a, i)}",
            f"บัญชี {BANKS[(i + 2) % 4][0]} {bank_account(i + 2, i + 60)} ชื่อบัญชี {a.name}", "", "ขอบคุณ" + ending(a)]  # fmt: skip
    quoted = ["เรียน ผู้เสนอราคา", "",
              f"งานพัสดุขอคืนเงินประกันซองประกวดราคาเช่าแผงตลาด (ประกาศเลขที่ {8 + i}/2569) จำนวน 2,000 บาท "
              "กรุณาส่งชื่อ เลขบัตร ที่อยู่ และบัญชีธนาคารของท่าน", "",
              "นางวนิดา ศรีเมือง เจ้าพนักงานพัสดุ", f"{TOWN} โทร 075-521-118 ต่อ 14",
              "บัญชีเทศบาล: ธนาคารกรุงไทย สาขาท่าศาลา เลขที่ 811-6-00214-7"]  # fmt: skip
    html = ('<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in mine) + "</div><br>"
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ {1 + i % 5} ธ.ค. 2569 เวลา 09:12 '
            f"งานพัสดุ {TOWN} &lt;{DESK}&gt; เขียนว่า:<br></div>"
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + "".join(f"<div>{x or '<br>'}</div>" for x in quoted) + "</blockquote></div>\n")  # fmt: skip
    raw = message(a, i, "Re: ขอรายละเอียดบัญชีเพื่อคืนเงินประกันซอง", html=html)
    return Case("html_gmail_reply_bank_details", raw, expect(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_money_request_form(a: Party, i: int) -> Case:
    """The office's แบบขอรับเงิน filled over dotted lines in Word: ข้าพเจ้า, ID, home in
    parts, what for, the amount in figures and words, her own account, the branch."""
    p = a.p
    amount = 5_250 + 1_000 * i
    bank, branch = BANKS[(i + 3) % 4]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบขอรับเงิน\n{TOWN}")
        d.add_paragraph(
            f"เขียนที่.....บ้าน.....วันที่.....{1 + i % 20}.....เดือน.....ธันวาคม.....พ.ศ......2569....."
        )
        d.add_paragraph(f"ข้าพเจ้า.....{a.name}.....เลขประจำตัวประชาชน.....{nid_w(p.nid, i)}.....")
        d.add_paragraph(
            f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}.....ถนน.....{p.road or '-'}.....ตำบล.....{p.tambon}....."
        )
        d.add_paragraph(
            f"อำเภอ.....{p.amphoe}.....จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}.....โทรศัพท์.....{tel(a, i)}....."
        )
        d.add_paragraph("ขอรับเงิน.....ค่าชดเชยความเสียหายบ้านเรือนจากวาตภัย (26 พ.ย. 2569).....")
        d.add_paragraph(f"จำนวนเงิน.....{amount:,}.....บาท (.....{baht_words(amount)}.....)")
        d.add_paragraph(f"โดยโอนเข้าบัญชีเงินฝากธนาคาร.....{bank}.....{branch}.....")
        d.add_paragraph(f"เลขที่บัญชี.....{bank_account(i + 3, i + 70)}.....ชื่อบัญชี.....{a.name}.....")
        d.add_paragraph(f"ลงชื่อ.....................ผู้ขอรับเงิน\n({a.name})")

    raw = message(a, i, "แบบขอรับเงินค่าชดเชย", text=f"เรียน เจ้าหน้าที่\nแนบแบบขอรับเงินที่กรอกแล้ว{ending(a)}\n",
                  files=(("แบบขอรับเงิน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_money_request_form", raw, expect(a, NO_BIRTH))


def docx_proxy_receive_money(a: Party, i: int) -> Case:
    """A หนังสือมอบฉันทะ typed in Word: the elderly recipient lets her son receive her
    allowance into his account; both parties' ID, age, home; sent by the son."""
    p = a.p
    son, son_id, son_mob = kin(a, i + 2)
    son = son.replace("นาง", "นาย") if son.startswith("นาง") else son
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบฉันทะ")
        d.add_paragraph(f"เขียนที่ {TOWN}\nวันที่ {3 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} "
            f"โทรศัพท์ {tel(a, i + 1)} เป็นผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ"
        )
        d.add_paragraph(
            f"ขอมอบฉันทะให้ {son} ซึ่งเป็นบุตร อายุ {40 + i % 9} ปี เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} "
            f"อยู่บ้านเลขที่ 14/2 หมู่ที่ 1 ตำบลท่าศาลา อำเภอท่าศาลา จังหวัดนครศรีธรรมราช 80160 โทรศัพท์ {mobile(son_mob, i)}"
        )
        d.add_paragraph(
            f"เป็นผู้รับเงินแทน โดยโอนเข้าบัญชี{BANKS[i % 4][0]} เลขที่บัญชี {bank_account(i, i + 80)} ชื่อบัญชี {son} "
            "ตั้งแต่เดือนมกราคม 2570 เป็นต้นไป เนื่องจากข้าพเจ้าป่วยติดเตียง ไม่สามารถเดินทางไปธนาคารได้"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบฉันทะ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบฉันทะ\n({son})"
        )

    first = son.split()[0].removeprefix("นาย")
    box = ("sompong", "chaiwat", "thanakorn")[(i + 2) % 3] + ".r@gmail.com"
    raw = message(a, i, "หนังสือมอบฉันทะรับเงินเบี้ยยังชีพแทน", text="เรียน เจ้าหน้าที่ครับ\nผมส่งหนังสือมอบฉันทะของแม่มาครับ\n",
                  files=(("มอบฉันทะ.docx", docx_bytes(build), DOCX),), from_=f"{first} <{box}>")  # fmt: skip
    return Case("docx_proxy_receive_money", raw, expect(a, NO_MAIL))


def docx_contractor_invoice_letter(a: Party, i: int) -> Case:
    """A firm's letter in Word asking payment for a stage: letterhead (name, tax ID,
    office, line), the partner's ข้าพเจ้า with his own ID, a table of the amounts (VAT,
    1% withheld, net), the account."""
    p = a.p
    name, nid, mob = _SIGNED[p.first]
    gross = 214_000 + 10_700 * i
    vat = round(gross * 7 / 107, 2)
    net = round(gross - (gross - vat) * 0.01, 2)

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{a.name}\n{home(a, i + 1)}\nโทร {tel(a, i)}  เลขประจำตัวผู้เสียภาษี {nid_w(p.nid, i)}"
        )
        d.add_paragraph(f"ที่ พิเศษ {5 + i}/2569\t\t{4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอเบิกเงินค่าจ้าง งวดที่ 1\nเรียน {MAYOR}")
        d.add_paragraph(
            f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i + 1)} ในฐานะหุ้นส่วนผู้จัดการ/กรรมการผู้มีอำนาจของ{a.name} "
            f"ผู้รับจ้างตามสัญญาเลขที่ {40 + i}/2569 งานซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็ก ได้ส่งมอบงานงวดที่ 1 แล้ว จึงขอเบิกเงินดังนี้"
        )
        table_doc(d, [("ค่าจ้างงวดที่ 1 (รวมภาษีมูลค่าเพิ่ม)", f"{gross:,.2f}"), ("ภาษีมูลค่าเพิ่ม 7%", f"{vat:,.2f}"),
                      ("หักภาษี ณ ที่จ่าย 1%", f"{(gross - vat) * 0.01:,.2f}"), ("คงเหลือรับจริง", f"{net:,.2f}")])  # fmt: skip
        d.add_paragraph(f"โอนเข้าบัญชี {a.name} {BANKS[0][0]} {BANKS[0][1]} เลขที่ {account(i + 90)}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({name})\nหุ้นส่วนผู้จัดการ\nโทร {mobile(mob, i + 1)}")

    raw = message(a, i, f"ขอเบิกเงินงวดที่ 1 สัญญา {40 + i}/2569", text="เรียน กองคลัง\nแนบหนังสือขอเบิกเงินครับ\n",
                  files=(("ขอเบิกเงินงวด1.docx", docx_bytes(build), DOCX),), from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("docx_contractor_invoice_letter", raw,
                firm_exp(a, NO_BIRTH, signs=True, with_id=True, with_mobile=True))  # fmt: skip


def docx_fee_refund_table(a: Party, i: int) -> Case:
    """The office's คำร้องขอคืนเงินค่าธรรมเนียม as a Word table: her rows (address in
    parts), the receipt, the amount, PromptPay of her husband for the refund."""
    p = a.p
    hus, hus_id, hus_mob = kin(a, i + 3)
    pp = mobile(hus_mob, i) if i % 2 == 0 else nid_w(hus_id, i)
    rows = [("ชื่อ-สกุล ผู้ยื่นคำร้อง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
            ("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ถนน", p.road or "-"), ("ตำบล/แขวง", p.tambon),
            ("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", tel(a, i)),
            ("ค่าธรรมเนียมที่ขอคืน", "ค่าธรรมเนียมเก็บขนขยะมูลฝอย ปี 2569 (ชำระซ้ำ)"),
            ("ใบเสร็จรับเงิน", f"เล่มที่ 22 เลขที่ {1031 + i} ลงวันที่ 5 ตุลาคม 2569"), ("จำนวนเงิน", "240 บาท (สองร้อยสี่สิบบาทถ้วน)"),
            ("รับเงินคืนทางพร้อมเพย์", f"{pp} (ของสามี {hus})")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องขอคืนเงินค่าธรรมเนียม\n{TOWN}")
        table_doc(d, rows)
        d.add_paragraph(f"ลงชื่อ ..................... ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(a, i, "คำร้องขอคืนเงินค่าขยะ", text=f"เรียน กองคลัง\nแนบคำร้องขอคืนเงิน{ending(a)}\n{a.name}\n",
                  files=(("คำร้องขอคืนเงิน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_fee_refund_table", raw, expect(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_refund_form(a: Party, i: int) -> Case:
    """The office's fillable คำขอรับเงินคืน (Thai field names): her lines, the ID and the
    account as combs, the holder, the amount and its words."""
    p = a.p
    acct = bank_account(i, i + 100).replace("-", "").replace(" ", "")
    amount = 1_500 + 250 * i
    labels = [(60, 18, f"คำขอรับเงินคืน {TOWN}"), (20, 40, "ชื่อผู้ขอรับเงิน"), (20, 50, "เลขประจำตัวประชาชน"),
              (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (20, 80, "อีเมล"), (20, 94, "รายการ"),
              (20, 104, "จำนวนเงิน (บาท)"), (100, 104, "ตัวอักษร"), (20, 118, "ธนาคาร"), (110, 118, "สาขา"),
              (20, 128, "เลขที่บัญชี"), (20, 138, "ชื่อบัญชี"), (20, 160, "ลงชื่อ .......................... ผู้ขอรับเงิน")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอรับเงิน", a.name, 55, 40, 110), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 60, comb=13),
              Field("ที่อยู่", home(a, i), 35, 60, 160), Field("โทรศัพท์", tel(a, i + 1), 45, 70, 60),
              Field("อีเมล", p.email, 40, 80, 90), Field("รายการ", "คืนเงินประกันการเช่าอาคารพาณิชย์ของเทศบาล", 40, 94, 140),
              Field("จำนวนเงิน", f"{amount:,}.00", 55, 104, 35), Field("ตัวอักษร", baht_words(amount), 118, 104, 70),
              Field("ธนาคาร", BANKS[i % 4][0], 40, 118, 65), Field("สาขา", BANKS[i % 4][1], 122, 118, 60),
              Field("เลขที่บัญชี", acct, 45, 128, 55, comb=len(acct)), Field("ชื่อบัญชี", a.name, 45, 138, 100)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "คำขอรับเงินคืน (PDF)", text=f"ส่งแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอรับเงินคืน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_refund_form", raw, expect(a, NO_BIRTH))


def pdf_fillable_storm_textn(a: Party, i: int) -> Case:
    """The อบต.'s fillable storm claim whose fields are Text1..Text14: name, ID, birth
    date, address in parts, phone, the damage, an account of 10 digits opening 0."""
    p = a.p
    acct = "0" + f"{(i * 86243 + 271000001) % 10**9:09d}"
    labels = [(50, 18, "แบบคำร้องขอรับความช่วยเหลือผู้ประสบวาตภัย"), (80, 26, TAO),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"),
              (20, 60, "บ้านเลขที่"), (70, 60, "หมู่ที่"), (110, 60, "ตำบล"), (20, 70, "อำเภอ"), (90, 70, "จังหวัด"),
              (150, 70, "รหัสไปรษณีย์"), (20, 80, "โทรศัพท์"), (20, 94, "ความเสียหาย"), (20, 104, "ค่าเสียหาย (บาท)"),
              (20, 118, "ธนาคาร"), (110, 118, "เลขที่บัญชี")]  # fmt: skip
    vals = [(a.name, 40, 40, 100), (nid_w(p.nid, i), 55, 50, 60), (born_th(p.born, i), 135, 50, 45),
            (p.house, 42, 60, 25), (p.moo or "-", 85, 60, 20), (p.tambon, 122, 60, 50), (p.amphoe, 35, 70, 50),
            (p.province, 105, 70, 40), (p.postal, 175, 70, 20), (tel(a, i + 1), 42, 80, 50),
            ("ต้นไม้ล้มทับครัว หลังคาพังบางส่วน", 45, 94, 140), (f"{6_800 + 400 * i:,}", 55, 104, 35),
            (BANKS[(i % 2) * 3][0], 40, 118, 65), (acct, 135, 118, 45)]  # fmt: skip
    fields = [Field(f"Text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(vals)]
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "แบบคำร้องวาตภัย", text=f"แนบแบบคำร้อง{ending(a)}\n{a.name}\n",
                  files=(("form_storm.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_storm_textn", raw, expect(a, ALL))


def pdf_typed_bid_bond_letter(a: Party, i: int) -> Case:
    """A bidder's typed letter (Word to PDF) asking the bid bond back after losing the
    stall auction: her sender's block top right, the notice, the receipt, her account."""
    p = a.p
    h = home(a, i).rsplit(" ", 1)[0]
    paras: list[tuple[float, str]] = [(115, h), (115, p.postal), (0, ""), (115, f"{5 + i % 10} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอคืนเงินประกันซอง"), (20, f"เรียน {MAYOR}"), (0, ""),
             (30, f"ตามที่ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ได้ยื่นซองประมูลเช่าแผงค้าตลาดสดเทศบาล "
                  f"ตามประกาศเลขที่ {8 + i}/2569 และวางเงินประกันซอง 2,000 บาท (สองพันบาทถ้วน) ตามใบเสร็จเลขที่ 2569/{2215 + i} "
                  "บัดนี้ผลการประมูลปรากฏว่าข้าพเจ้าไม่ได้รับการคัดเลือก"),
             (30, f"จึงขอรับเงินประกันซองคืน โดยโอนเข้าบัญชี{BANKS[(i + 1) % 4][0]} เลขที่ {bank_account(i + 1, i + 110)} ชื่อบัญชี {a.name} "
                  f"ติดต่อข้าพเจ้าได้ที่โทร {tel(a, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "ขอคืนเงินประกันซอง", text=f"แนบหนังสือ{ending(a)}\n",
                  files=(("ขอคืนเงินประกันซอง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_bid_bond_letter", raw, expect(a, NO_BIRTH))


def pdf_bankbook_first_page(a: Party, i: int) -> Case:
    """An allowance recipient's new bank book's first page as a text PDF (the bank's
    name, the branch and its address, the account, the holder, the CIF, the opening
    date), with her lines in the mail's body."""
    p = a.p
    bank, branch = BANKS[(i + 2) % 4]
    page = [(20, 25, bank), (20, 35, f"{branch} {BRANCH_AT[(i + 2) % 4]}"),
            (20, 50, "สมุดคู่ฝากเงินฝากออมทรัพย์"), (20, 62, f"ชื่อบัญชี  {a.name}"),
            (20, 72, f"เลขที่บัญชี  {bank_account(i + 2, i + 120)}"), (20, 82, f"รหัสลูกค้า (CIF)  {(i * 31337 + 4400112233) % 10**10:010d}"),
            (20, 92, f"วันที่เปิดบัญชี  {2 + i % 20}/11/2569"), (20, 102, "ผู้มีอำนาจลงนาม .........................")]  # fmt: skip
    data = pdf_page(page, size=13, face="Kinnari")
    text = (
        f"เรียน งานสวัสดิการสังคม {TOWN}\n\n{me(a)}ขอเปลี่ยนบัญชีรับเบี้ยยังชีพผู้สูงอายุเป็นบัญชีใหม่ตามสำเนาหน้าสมุดบัญชีที่แนบ{ending(a)}\n"
        f"ชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nเกิด {born_th(p.born, i + 2)}\nที่อยู่ {home(a, i + 1)}\n"
        f"โทร {tel(a, i + 2)}\n"
    )
    raw = message(a, i, "เปลี่ยนบัญชีรับเบี้ยยังชีพ", text=text, files=(("หน้าสมุดบัญชี.pdf", data, PDF),))
    return Case("pdf_bankbook_first_page", raw, expect(a, ALL))


def pdf_scanned_funeral_form(a: Party, i: int) -> Case:
    """The office's คำขอรับเงินค่าจัดการศพ printed, filled by hand-typed lines, signed and
    scanned with the copier's text layer: the dead parent's block first (ID, birth
    date, last address), then the heir's, then the account."""
    p = a.p
    parent = ("นางผ่อง", "นายเพิ่ม")[i % 2] + f" {p.last}"
    parent_id = with_check_digit(f"38006000{(i * 5303 + 911) % 10000:04d}")
    born_parent = date(1929 + i % 9, 12 - i % 12, 28 - i % 20)
    paras: list[tuple[float, str]] = [(70, "คำขอรับเงินค่าจัดการศพผู้สูงอายุ"), (120, f"วันที่ {7 + i % 15} ธันวาคม 2569"), (0, ""),
             (20, f"ผู้ถึงแก่กรรม {parent} เลขประจำตัวประชาชน {nid_w(parent_id, i)} เกิดวันที่ {born_th(born_parent, i + 1)}"),
             (20, f"ที่อยู่ 3 หมู่ที่ 9 ตำบลตลิ่งชัน อำเภอท่าศาลา จังหวัดนครศรีธรรมราช ถึงแก่กรรมวันที่ {thai_day(date(2026, 11, 2 + i % 20))}"),
             (0, ""),
             (20, f"ผู้ขอรับเงิน {a.name} เกี่ยวข้องเป็น บุตร เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}"),
             (20, f"เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i)}"), (20, f"โทรศัพท์ {tel(a, i + 2)}"),
             (0, ""), (20, f"ขอรับเงินค่าจัดการศพ จำนวน 3,000 บาท (สามพันบาทถ้วน) โอนเข้าบัญชี{BANKS[i % 4][0]} เลขที่ {bank_account(i, i + 130)}"),
             (0, ""), (100, "ลงชื่อ .................... ผู้ขอรับเงิน"), (110, f"({a.name})")]  # fmt: skip
    data = scanned_pdf(flow(paras, 14, "Norasi", step=8.5), 14, "Norasi")
    raw = message(a, i, "ส่งคำขอรับเงินค่าจัดการศพ (สแกน)", text=f"แนบคำขอที่สแกน{ending(a)}\n",
                  files=(("scan_funeral.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_scanned_funeral_form", raw, expect(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_village_storm_list(a: Party, i: int) -> Case:
    """A village head's list of the houses the storm damaged: his block at the head
    (name, post, home, mobile), then a row per household (name, ID, house, damage,
    amount, bank, account)."""
    p = a.p
    households = [("นายสมนึก ทองดี", "7/1", "หลังคาปลิว", 9_500, "ธ.ก.ส."), ("นางสายสุนีย์ แสงจันทร์", "12", "ต้นไม้ล้มทับ", 15_200, "กรุงไทย"),
                  ("นายไพโรจน์ ขำคม", "31/3", "ผนังพัง", 6_700, "ออมสิน")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บ้านเสียหาย"
        ws.append((f"บัญชีรายชื่อผู้ประสบวาตภัย หมู่ที่ {p.moo or '-'} ตำบล{p.tambon} (26 พ.ย. 2569)",))
        ws.append(("ผู้รายงาน", f"{a.name} ผู้ใหญ่บ้าน"))
        ws.append(("ที่อยู่ผู้รายงาน", home(a, i)))
        ws.append(("โทร", tel(a, i)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "บ้านเลขที่",
                "ความเสียหาย",
                "ค่าเสียหาย (บาท)",
                "ธนาคาร",
                "เลขที่บัญชี",
            )
        )
        for n, (name, house, dmg, amt, bank) in enumerate(households):
            nid = with_check_digit(
                f"38006{(n * 7 + i) % 10}0{(n * 1237 + i * 71 + 30001) % 100000:05d}"
            )
            ws.append(
                (
                    n + 1,
                    name,
                    nid,
                    house,
                    dmg,
                    amt,
                    bank,
                    account(i * 3 + n + 140, 12 if bank != "กรุงไทย" else 10),
                )
            )

    e = expect(a, "full_name national_id phone email address postal_code province")
    e["national_id"] = ()
    raw = message(a, i, f"ส่งรายชื่อบ้านเสียหายจากพายุ หมู่ {p.moo or '-'}", text=f"เรียน ปลัด อบต.\nส่งบัญชีรายชื่อตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("รายชื่อผู้ประสบภัย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_village_storm_list", raw, e)


def xlsx_contractor_bill(a: Party, i: int) -> Case:
    """A partnership's ใบแจ้งหนี้/ใบวางบิล as a sheet: its block (name, tax ID, office,
    line), bill to the town, the items, the total in words, its account, the managing
    partner who signs."""
    p = a.p
    name, _, _ = _SIGNED[p.first]
    role = "กรรมการผู้จัดการ" if a.name.startswith("บริษัท") else "หุ้นส่วนผู้จัดการ"
    items = [("ค่าวัสดุซ่อมแซมรางระบายน้ำ", 38_500), ("ค่าแรงงาน", 12_000 + 500 * i)]
    total = sum(v for _, v in items)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ใบแจ้งหนี้"
        ws.append((a.name,))
        ws.append(("เลขประจำตัวผู้เสียภาษี", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", tel(a, i + 2)))
        ws.append(())
        ws.append(("ใบแจ้งหนี้/ใบวางบิล", f"เลขที่ INV-2569-{120 + i}", "วันที่", f"{10 + i % 15}/12/2569"))
        ws.append(("ลูกค้า", TOWN, "ใบสั่งจ้างเลขที่", f"{77 + i}/2569"))
        ws.append(("ลำดับ", "รายการ", "จำนวนเงิน (บาท)"))
        for n, (what, v) in enumerate(items):
            ws.append((n + 1, what, v))
        ws.append(("", "รวมทั้งสิ้น", total))
        ws.append(("", f"({baht_words(total)})"))
        ws.append(())
        ws.append(
            ("โอนเข้าบัญชี", f"{BANKS[0][0]} {BANKS[0][1]} เลขที่ {account(i + 150)} ชื่อบัญชี {a.name}")
        )
        ws.append(("ผู้วางบิล", f"{name} ({role})"))

    raw = message(a, i, f"วางบิล INV-2569-{120 + i}", text="เรียน กองคลัง\nแนบใบแจ้งหนี้ครับ\n",
                  files=(("INV.xlsx", xlsx_bytes(build), XLSX),), from_=f"{a.name} <{p.email}>")  # fmt: skip
    return Case("xlsx_contractor_bill", raw, firm_exp(a, NO_BIRTH, signs=True))


Style = Callable[[Party, int], Case]

# Each style, "p" people or "f" firms, and the two indexes of its variants.
STYLES: tuple[tuple[Style, str, tuple[int, int]], ...] = (
    (plain_stall_deposit_refund, "p", (0, 6)),
    (plain_promptpay_fee_refund, "p", (2, 9)),
    (plain_storm_wife_account, "p", (1, 5)),
    (plain_funeral_aid_heir, "p", (8, 3)),
    (plain_contractor_payment, "f", (0, 2)),
    (html_gmail_allowance_new_account, "p", (4, 10)),
    (html_outlook_bond_refund, "f", (1, 0)),
    (html_eservice_storm_claim, "p", (11, 6)),
    (html_outlook_meter_deposit, "p", (0, 8)),
    (html_gmail_reply_bank_details, "p", (7, 2)),
    (docx_money_request_form, "p", (5, 1)),
    (docx_proxy_receive_money, "p", (10, 4)),
    (docx_contractor_invoice_letter, "f", (2, 0)),
    (docx_fee_refund_table, "p", (6, 9)),
    (pdf_fillable_refund_form, "p", (9, 11)),
    (pdf_fillable_storm_textn, "p", (3, 1)),
    (pdf_typed_bid_bond_letter, "p", (8, 7)),
    (pdf_bankbook_first_page, "p", (10, 4)),
    (pdf_scanned_funeral_form, "p", (5, 11)),
    (xlsx_village_storm_list, "p", (1, 3)),
    (xlsx_contractor_bill, "f", (1, 2)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants)."""
    cases: list[Case] = []
    for s, (style, who, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            party = FIRMS[n % len(FIRMS)] if who == "f" else PEOPLE[n]
            cases.append(style(party, 2 * s + k))
    return cases
