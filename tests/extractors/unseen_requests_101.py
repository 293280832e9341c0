"""A hundred-and-first set of requests written by someone who had not read the readers
(issue 8): CONTRACTORS AND SUPPLIERS WRITING TO THE AGENCY, to เทศบาลนครนครสวรรค์, the
องค์การบริหารส่วนตำบลหนองไผ่แบน (อุทัยธานี) and the องค์การบริหารส่วนจังหวัดอุทัยธานี:
quotations (ใบเสนอราคา), asking payment of an invoice (ใบแจ้งหนี้, วางบิล, เบิกเงินงวด),
the refund of a bid security (หลักประกันการเสนอราคา) or a performance guarantee
(หลักประกันสัญญา, หนังสือค้ำประกันของธนาคาร), an extension of a contract's time, complaints
about a procurement (ร้องเรียน / อุทธรณ์ under พ.ร.บ.การจัดซื้อจัดจ้างฯ พ.ศ. 2560). Beside the
applicant's values: the company's juristic person number (เลขทะเบียนนิติบุคคล, 13 digits
starting 0) and tax ID, bank accounts, contract, e-GP project, invoice and guarantee numbers,
amounts in baht, site engineers (their กว./ภย. licence and mobile), coordinators and proxies
(their IDs and mobiles), the agency's own officer and address (quoted or as the invoice's
customer), a winning bidder named in a complaint.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, set 63's test and builder, the helpers they import, and the earlier sets' first
docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body, the natural person who signs for it), sets
31/63 (a service for one person asked by another is for that one), set 37 (where only
another's phone is given, phone `()`), sets 56/60 (a firm's juristic number is never a
person's ID).
- A NATURAL PERSON contracting in her own name (a shop, ร้าน..., a builder ช่าง...): she is
  the applicant; her national ID is right, also where it is written as her เลขประจำตัว
  ผู้เสียภาษี (a natural person's tax ID is her national ID); her home or shop address as
  she gives it as her own (the same place here); her phone, box.
- A BODY (บริษัท ... จำกัด, ห้างหุ้นส่วนจำกัด): the natural person who SIGNS the request for
  it (กรรมการผู้จัดการ, หุ้นส่วนผู้จัดการ, or the employee who signs the letter in its name):
  his or her name; the signer's own 13-digit ID where the request gives it, else
  national_id `()`; the juristic person number and the tax ID (the same 13 digits) are NEVER
  a national_id; address, postal code, province the body's office (สำนักงานใหญ่), never a
  construction site, a bank's branch or the agency's address; phone the body's line or the
  signer's own mobile (both accepted); e-mail the body's box or the signer's own box.
  Where a clerk only forwards the signed letter with a one-line cover, the letter's signer
  is the applicant, not the clerk.
- Never the applicant's: a site engineer's name, licence (กว. / ภย.) and mobile; a
  coordinator's, proxy's or witness's name, ID and mobile; the agency officer's name and
  line in a quoted mail; a winning bidder's name, number or director in a complaint.
- Never an ID or a phone: bank account numbers (xxx-x-xxxxx-x), contract numbers, e-GP
  project numbers (11 digits), invoice and guarantee numbers, amounts.
No birth date is scored for a body; for a natural person only where she writes it.
Everyone, every firm and number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@nakhonsawancity.example.go.th"
CITY = "เทศบาลนครนครสวรรค์"
TAO = "องค์การบริหารส่วนตำบลหนองไผ่แบน"
PAO = "องค์การบริหารส่วนจังหวัดอุทัยธานี"
CITY_ADDR = "เลขที่ 999 ถนนพหลโยธิน ตำบลนครสวรรค์ตก อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000"
NS = "นครสวรรค์"
UT = "อุทัยธานี"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a body has no birth date; never expected

# Natural persons contracting in their own name (shops, builders).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "สุดารัตน์", "พึ่งบุญ", "360010045517", date(1976, 5, 14), "0817854412", "sudarat.pb@gmail.com",
      "89/2", "", "", "มาตุลี", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000"),
    P("นาย", "ประยูร", "แจ่มใส", "361100023384", date(1969, 10, 2), "0892275104", "prayoon.jaem@hotmail.com",
      "112", "5", "", "", "น้ำซึม", "เมืองอุทัยธานี", UT, "61000"),
    P("นางสาว", "วรางคณา", "ศรีทอง", "360990031128", date(1990, 3, 27), "0639918245", "warangkana.st@gmail.com",
      "45/7", "", "", "โกสีย์", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000"),
    P("นาย", "ธีรวัฒน์", "คงเจริญ", "361010056642", date(1981, 7, 19), "0865531907", "teerawat.kc@gmail.com",
      "7", "3", "", "", "ทัพทัน", "ทัพทัน", UT, "61120"),
    P("นาง", "บุญเรือน", "อ่อนศรี", "360050012273", date(1964, 12, 8), "0819624430", "",
      "201", "8", "", "", "ตาคลี", "ตาคลี", NS, "60140"),
    P("นาย", "สมพงษ์", "เนียมหอม", "361030040019", date(1973, 2, 25), "0957702318", "sompong.nh@gmail.com",
      "33/1", "2", "", "", "หนองฉาง", "หนองฉาง", UT, "61110"),
)  # fmt: skip
SHOPS = ("ร้านสุดารัตน์วัสดุภัณฑ์", "ช่างประยูรการช่าง", "ร้านวรางคณาเครื่องเขียน", "ธีรวัฒน์การไฟฟ้า",
         "ร้านบุญเรือนพาณิชย์", "สมพงษ์รับเหมาก่อสร้าง")  # fmt: skip

# Bodies: the juristic person number as `nid`, the office, its line and box.
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "ปากน้ำโพก่อสร้าง", "จำกัด", "060555900318", NONE, "056221784", "info@pnpconstruction.example.co.th",
      "155/9", "", "", "สวรรค์วิถี", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "อุทัยรุ่งเรืองการโยธา", "", "061355600127", NONE, "056512338", "uthai.rrk@example.co.th",
      "88", "4", "", "", "หนองไผ่แบน", "เมืองอุทัยธานี", UT, "61000", juristic=True),
    P("บริษัท ", "สยามเมดิคอลซัพพลาย", "จำกัด", "010555710442", NONE, "025137760", "sales@siammedsupply.example.co.th",
      "1049", "", "", "พหลโยธิน", "จอมพล", "จตุจักร", BKK, "10900", juristic=True),
    P("ห้างหุ้นส่วนจำกัด ", "ชุมแสงวิศวกรรม", "", "060355700584", NONE, "056282119", "chumsaeng.eng@gmail.com",
      "41/3", "1", "", "", "ชุมแสง", "ชุมแสง", NS, "60120", juristic=True),
    P("บริษัท ", "นครสวรรค์คอมพิวเตอร์", "จำกัด", "060555800671", NONE, "056313920", "office@nsc-computer.example.co.th",
      "302", "", "", "โกสีย์", "ปากน้ำโพ", "เมืองนครสวรรค์", NS, "60000", juristic=True),
    P("บริษัท ", "ลานสักทรัพย์ทวี", "จำกัด", "061555900236", NONE, "056537241", "lansak.st@example.co.th",
      "19", "6", "", "", "ลานสัก", "ลานสัก", UT, "61160", juristic=True),
)  # fmt: skip

# Each body's director or managing partner: name, own ID, own mobile, title.
DIRECTORS: tuple[tuple[str, str, str, str], ...] = (
    ("นายชัยวัฒน์ ตั้งศิริกุล", with_check_digit("360010077214"), "0818873320", "กรรมการผู้จัดการ"),
    ("นายสุรพล อินทร์จันทร์", with_check_digit("361010033457"), "0894416627", "หุ้นส่วนผู้จัดการ"),
    ("นางสาวภัทรา วงศ์สกุลชัย", with_check_digit("310050066218"), "0869913475", "กรรมการผู้จัดการ"),
    ("นายวีระพงษ์ บุญมา", with_check_digit("360040021196"), "0813367042", "หุ้นส่วนผู้จัดการ"),
    ("นางจันทร์เพ็ญ ลิ้มประเสริฐ", with_check_digit("360010088351"), "0827714309", "กรรมการผู้จัดการ"),
    ("นายอำนาจ ทองดี", with_check_digit("361060014482"), "0898205561", "กรรมการ"),
)

# Never the applicant: site engineers (name, licence, mobile); coordinators and proxies
# (name, ID, mobile); the agency's officer (name, line).
ENGINEERS: tuple[tuple[str, str, str], ...] = (
    ("นายกฤษดา แสงทอง", "ภย. 41287", "0847730162"),
    ("นายปิยะพงษ์ ขำดี", "สย. 53314", "0931147826"),
)
STAFF: tuple[tuple[str, str, str], ...] = (
    ("นางสาวศิริพร มีทรัพย์", with_check_digit("360010099124"), "0924418830"),
    ("นายเอกชัย พลายงาม", with_check_digit("361010077316"), "0617728495"),
)
OFFICER = ("นางสาวกาญจนา เรือนทอง", "056-219-555 ต่อ 204")
ACCOUNTS = ("020-1-38457-6", "672-2-19803-5", "410-0-66218-9", "985-7-04431-2")
BANKS = ("ธนาคารกรุงไทย สาขานครสวรรค์", "ธนาคารกสิกรไทย สาขาอุทัยธานี", "ธนาคารออมสิน สาขาตาคลี",
         "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาทัพทัน")  # fmt: skip
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s: str) -> str:
    """Thai digits, as a Word letter set in TH Sarabun types them."""
    return s.translate(THAI)


def project(k: int) -> str:
    """An e-GP project number (11 digits): never an ID or a phone."""
    return f"{69019 + k:05d}{203311 + 97 * k:06d}"


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set101-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def bare(name: str) -> str:
    """A name without its title, as a mail program shows the sender."""
    for t in ("นางสาว", "นาย", "นาง"):
        if name.startswith(t):
            return name[len(t) :]
    return name


def fname(k: int) -> str:
    return FIRMS[k].name.replace("  ", " ").strip()


def person(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if "email" in e and not a.p.email:
        e.pop("email")
    return e


def body(
    k: int, keys: str, *, with_id: bool, signer: tuple[str, str, str] | None = None
) -> dict[str, tuple[str, ...]]:
    """A body's request: the one who signs (the director unless `signer` names another),
    the signer's ID where given, the body's office, line and box (the signer's mobile
    also accepted)."""
    e = exp(FIRMS[k], keys)
    name, nid, mob = signer or DIRECTORS[k][:3]
    e["full_name"] = (name,)
    if "national_id" in e:
        e["national_id"] = (nid,) if with_id and nid else ()
    if "phone" in e and mob:
        e["phone"] += ("+66" + mob[1:], mob)
    return e


NO_BIRTH = "full_name national_id phone email address postal_code province"
ALL = "full_name national_id birth_date phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_invoice_followup": "the managing partner who signs (no ID given); the หจก.'s office; never the juristic number or the account",
    "plain_iphone_bid_security_refund": "the shop's owner herself (her ID as tax ID); never the account or e-GP number",
    "plain_line_forward_complaint": "the director whose LINE messages are forwarded; never the agency's officer who forwards",
    "plain_outlook_guarantee_accounts": "the accountant who signs for the company (no ID); the company's office; never the guarantee's numbers",
    "plain_webform_quotation": "the builder who fills the web form (his ID as tax ID); never the engineer he names",
    "html_gmail_instalment_engineer": "the director who signs; never the site engineer (licence, mobile)",
    "html_outlook_quotation_signature": "the sales manager who signs (no ID); the company's office in the signature table",
    "html_gmail_quoted_officer_reply": "the contractor who replies (his ID); never the quoted officer",
    "html_invoice_table_mail": "the director who signs under the invoice table; never the customer (the agency) rows",
    "docx_letterhead_payment_request": "the director who signs (no ID); the letterhead's office; never the contract's numbers",
    "docx_guarantee_refund_form": "the managing partner (his ID); never the proxy who collects",
    "docx_procurement_complaint": "the shop's owner who complains (her ID); never the winning bidder or its director",
    "docx_quotation_table": "the shop's owner who quotes (her tax ID = her ID); never the agency as customer",
    "pdf_fillable_vendor_bank_form": "the payee who signs (v1 a person; v2 the body's signer, no ID)",
    "pdf_typed_billing_note": "the director who signs as ผู้มีอำนาจลงนาม; never the customer block or the ผู้วางบิล",
    "pdf_typed_extension_request": "the managing partner (his ID in the body); never the engineer",
    "pdf_fillable_bid_security_return": "the ผู้ยื่นคำร้อง (director, his ID); never the ผู้รับมอบ",
    "xlsx_vendor_master_sheet": "the director named as ผู้มีอำนาจลงนาม who sends (his ID); never the coordinator",
    "xlsx_quotation_sheet": "the shop's owner who quotes (her tax ID = her ID)",
    "xlsx_billing_statement": "the managing partner who signs the cover mail and the sheet (no ID); never the engineer",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_invoice_followup(k: int, i: int) -> Case:
    """A หจก.'s managing partner follows up an unpaid invoice from Gmail: the contract's
    number, the invoice's, the amount, the bank account, the juristic number; his name,
    title and mobile, the office's line in the signature."""
    f = FIRMS[k]
    name, _, mob, title = DIRECTORS[k]
    text = (
        f"เรียน ผู้อำนวยการกองคลัง {CITY}\n\n"
        f"ตามที่ {fname(k)} ได้รับจ้างซ่อมแซมผิวจราจรถนนสายบ้านหนองปลิง ตามสัญญาจ้างเลขที่ {23 + i}/2569 "
        f"ลงวันที่ 14 สิงหาคม 2569 และได้ส่งมอบงานงวดสุดท้ายแล้วเมื่อวันที่ 30 ตุลาคม 2569 "
        f"พร้อมวางใบแจ้งหนี้เลขที่ INV69-{1040 + i} จำนวนเงิน 1,284,500.00 บาท\n"
        "จนถึงวันนี้ห้างฯ ยังไม่ได้รับการโอนเงิน จึงขอสอบถามความคืบหน้าการเบิกจ่าย "
        f"โดยขอให้โอนเข้าบัญชี {BANKS[i % 4]} เลขที่บัญชี {ACCOUNTS[i % 4]} ชื่อบัญชี {fname(k)}\n"
        f"เลขทะเบียนนิติบุคคล / เลขประจำตัวผู้เสียภาษี {f.p.nid}\n\n"
        f"ขอบคุณครับ\n\n{name}\n{title}\n{fname(k)}\n{home(f, i)}\n"
        f"โทร {tel(f, i)} มือถือ {mobile(mob, i)}\n"
    )
    raw = message(
        i, f"ติดตามการเบิกจ่ายเงินค่าจ้าง สัญญาเลขที่ {23 + i}/2569", f"{fname(k)} <{f.p.email}>", text=text
    )
    return Case("plain_gmail_invoice_followup", raw, body(k, NO_BIRTH, with_id=False))


def plain_iphone_bid_security_refund(a: Party, i: int) -> Case:
    """A shop's owner asks from her iPhone the refund of her cash bid security: the e-GP
    project number, the amount, her account; her ID given as her tax ID."""
    p = a.p
    shop = SHOPS[PEOPLE.index(a)]
    text = (
        f"เรียน เจ้าหน้าที่พัสดุ {TAO}\n\n"
        f"{me(a)} {a.name} เจ้าของ{shop} ได้ยื่นเสนอราคาโครงการจัดซื้อวัสดุก่อสร้าง เลขที่โครงการ {project(i)} "
        f"และวางหลักประกันการเสนอราคาเป็นเงินสด จำนวน 12,750 บาท ใบเสร็จเล่มที่ {18 + i} เลขที่ {402 + i}\n"
        f"บัดนี้ได้ประกาศผู้ชนะแล้ว {me(a)}ไม่ได้เป็นผู้ชนะ จึงขอรับหลักประกันคืน "
        f"โอนเข้าบัญชี {BANKS[(i + 1) % 4]} เลขที่ {ACCOUNTS[(i + 1) % 4]} ชื่อบัญชี {a.name}\n\n"
        f"เลขประจำตัวผู้เสียภาษี {nid_w(p.nid, i)}\n"
        f"ที่อยู่ {home(a, i)}\nโทร. {tel(a, i)}\n\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอคืนหลักประกันการเสนอราคา", f"{p.first} {p.last} <{p.email}>", text=text)
    return Case("plain_iphone_bid_security_refund", raw, person(a, NO_BIRTH))


def plain_line_forward_complaint(k: int, i: int) -> Case:
    """The agency's officer forwards to the central box a LINE chat in which a director
    complains that a tender's specification favours one brand: the chat's timestamps,
    her own name and line in the forward, his name, mobile, office in his messages."""
    f = FIRMS[k]
    name, _, mob, title = DIRECTORS[k]
    off, line = OFFICER
    text = (
        f"ส่งต่อเรื่องร้องเรียนจากไลน์ทางการของ{CITY} เพื่อเสนอผู้บริหารค่ะ\n{off}\nเจ้าหน้าที่พัสดุ โทร {line}\n\n"
        f"[LINE] ประวัติการแชทกับ {bare(name).split()[0]} {fname(k)}\n"
        f"บันทึกเมื่อ: {2 + i % 20}/12/2569 16:{10 + i:02d}\n\n"
        f"{2 + i % 20}/12/2569(พ.)\n"
        f"09:41\t{bare(name).split()[0]} {fname(k)}\tสวัสดีครับ ผม{name} {title} {fname(k)}\n"
        f"09:42\t{bare(name).split()[0]} {fname(k)}\tขอร้องเรียนการกำหนดคุณลักษณะเฉพาะ โครงการจัดซื้อเครื่องคอมพิวเตอร์ เลขที่โครงการ {project(i + 3)} "
        "ร่างสเปกระบุรุ่นที่มีขายยี่ห้อเดียว ผู้ค้ารายอื่นเสนอไม่ได้ครับ\n"
        f"09:44\t{off}\tรับเรื่องไว้ค่ะ รบกวนขอที่อยู่และเบอร์ติดต่อกลับค่ะ\n"
        f"09:47\t{bare(name).split()[0]} {fname(k)}\tสำนักงานอยู่ {home(f, i + 1)}\n"
        f"09:47\t{bare(name).split()[0]} {fname(k)}\tติดต่อผม {mobile(mob, i)} หรือออฟฟิศ {tel(f, i + 1)} ครับ\n"
        f"09:48\t{off}\t[สติกเกอร์]\n"
    )
    raw = message(
        i,
        f"Fw: ร้องเรียนสเปกโครงการ {project(i + 3)} (จากไลน์)",
        f"{bare(off)} <kanchana.r@nakhonsawancity.example.go.th>",
        text=text,
    )
    e = body(k, NO_BIRTH, with_id=False)
    e["email"] = ()  # no box of his given; the officer's never
    return Case("plain_line_forward_complaint", raw, e)


def plain_outlook_guarantee_accounts(k: int, i: int) -> Case:
    """A company's accountant asks, from Outlook in plain text, the return of the bank's
    guarantee held as the contract's security after the warranty ended: its number, the
    bank, the amount; she signs for the company with her extension and mobile."""
    f = FIRMS[k]
    staff, _, smob = STAFF[i % 2]
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {PAO}\n\n"
        f"ตามที่{fname(k)} ได้วางหนังสือค้ำประกันของ{BANKS[i % 4]} เลขที่ LG{6604821 + 37 * i} "
        f"จำนวนเงิน 245,000.00 บาท เป็นหลักประกันสัญญาจ้างเลขที่ {7 + i}/2567 ไว้กับ{PAO} "
        "บัดนี้ครบกำหนดระยะเวลารับประกันความชำรุดบกพร่อง 2 ปีแล้ว และไม่พบความชำรุดบกพร่อง\n"
        "บริษัทฯ จึงขอรับหนังสือค้ำประกันดังกล่าวคืน เพื่อนำไปยกเลิกกับธนาคาร\n\n"
        f"ขอแสดงความนับถือ\n{staff}\nฝ่ายบัญชีและการเงิน {fname(k)}\n{home(f, i)}\n"
        f"โทร {tel(f, i)} ต่อ 112 / {mobile(smob, i)}\n{f.p.email}\n"
    )
    raw = message(
        i,
        "ขอคืนหลักประกันสัญญา (หนังสือค้ำประกันธนาคาร)",
        f"{bare(staff)} <{f.p.email}>",
        text=text,
        to="saraban@uthaipao.example.go.th",
    )
    return Case(
        "plain_outlook_guarantee_accounts",
        raw,
        body(k, NO_BIRTH, with_id=False, signer=(staff, "", smob)),
    )


def plain_webform_quotation(a: Party, i: int) -> Case:
    """The city's web form's notification: a builder sends a quotation for a small job;
    the form's labelled lines (his tax ID, his engineer's name and licence in the
    message), the site's place."""
    p = a.p
    eng, lic, emob = ENGINEERS[i % 2]
    text = (
        'มีผู้ส่งข้อมูลผ่านแบบฟอร์ม "ติดต่อหน่วยงาน / เสนอราคา" บนเว็บไซต์\n'
        "----------------------------------------\n"
        f"ชื่อ-นามสกุลผู้ติดต่อ:\n{a.name}\n"
        f"ชื่อกิจการ:\n{SHOPS[PEOPLE.index(a)]}\n"
        f"เลขประจำตัวผู้เสียภาษีอากร (13 หลัก):\n{p.nid}\n"
        f"ที่อยู่ผู้ติดต่อ:\n{home(a, i)}\n"
        f"เบอร์โทรศัพท์:\n{tel(a, i + 1)}\n"
        f"อีเมล:\n{p.email}\n"
        "เรื่อง:\nเสนอราคางานปรับปรุงห้องน้ำศูนย์พัฒนาเด็กเล็ก\n"
        f"ข้อความ:\nเสนอราคารวมวัสดุและค่าแรง 186,400 บาท (รวมภาษีมูลค่าเพิ่ม) ยืนราคา 60 วัน ระยะเวลาทำงาน 45 วัน "
        f"ผู้ควบคุมงาน {eng} ใบอนุญาต {lic} โทร {mobile(emob, i)} ทำงานที่ศูนย์พัฒนาเด็กเล็กบ้านกลางแดด ต.กลางแดด\n"
        "----------------------------------------\n"
        f"ส่งเมื่อ: {3 + i % 20}/12/2569 14:{5 + i:02d} น. | IP: 171.6.{40 + i}.12\n"
        "อีเมลนี้ส่งอัตโนมัติจากระบบ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(
        i,
        "[เว็บไซต์] แบบฟอร์มติดต่อ/เสนอราคา ใหม่",
        "เว็บไซต์เทศบาล <no-reply@nakhonsawancity.example.go.th>",
        text=text,
    )
    return Case("plain_webform_quotation", raw, person(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_instalment_engineer(k: int, i: int) -> Case:
    """A director's Gmail asks to inspect and pay the third instalment: the site engineer
    to call for the inspection (licence, mobile), the site's own place; his Gmail
    signature with his ID in the request's line."""
    f = FIRMS[k]
    name, nid, mob, title = DIRECTORS[k]
    eng, lic, emob = ENGINEERS[(i + 1) % 2]
    lines = [f"เรียน ประธานคณะกรรมการตรวจรับพัสดุ {TAO}", "",
             f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i)} {title} {fname(k)} ผู้รับจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก "
             f"หมู่ที่ 7 บ้านหนองไผ่แบน ตามสัญญาจ้างเลขที่ {4 + i}/2569 ขอส่งมอบงานงวดที่ 3 (ร้อยละ 40 ของวงเงิน 2,460,000 บาท)",
             f"ขอให้นัดตรวจรับงาน ณ สถานที่ก่อสร้าง หมู่ที่ 7 ตำบลหนองไผ่แบน โดยติดต่อวิศวกรควบคุมงาน {eng} ({lic}) โทร {mobile(emob, i)}",
             "เมื่อตรวจรับแล้ว ขอเบิกเงินค่าจ้างงวดที่ 3 ตามสัญญาด้วย", "", "ขอแสดงความนับถือ", "", "--",
             f"<b>{name}</b>", f"{title} | {fname(k)}", home(f, i + 1), f"Tel. {tel(f, i)} | Mobile {mobile(mob, i + 1)}",
             f'<a href="mailto:{f.p.email}">{f.p.email}</a>']  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(
        i,
        f"ส่งมอบงานงวดที่ 3 สัญญาเลขที่ {4 + i}/2569",
        f"{bare(name)} <{f.p.email}>",
        html=html,
        to="saraban@nongphaiban.example.go.th",
    )
    return Case("html_gmail_instalment_engineer", raw, body(k, NO_BIRTH, with_id=True))


def html_outlook_quotation_signature(k: int, i: int) -> Case:
    """A Bangkok supplier's sales manager quotes medical supplies from Outlook: the body
    in MsoNormal paragraphs, her signature a table (name, title, company, office, line,
    mobile, tax ID)."""
    f = FIRMS[k]
    staff, _, smob = STAFF[(i + 1) % 2]
    paras = [f"เรียน หัวหน้าเจ้าหน้าที่ {PAO}", "",
             f"{fname(k)} ขอเสนอราคาวัสดุการแพทย์สำหรับโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด ตามหนังสือที่ อท 51001/ว {1402 + i}",
             "1. ถุงมือยางทางการแพทย์ 200 กล่อง กล่องละ 185 บาท", "2. ชุดทำแผลปลอดเชื้อ 500 ชุด ชุดละ 42 บาท",
             "รวมเป็นเงิน 58,000 บาท (รวมภาษีมูลค่าเพิ่มแล้ว) ยืนราคา 90 วัน ส่งของภายใน 15 วันนับจากวันที่ได้รับใบสั่งซื้อ",
             "รายละเอียดตามใบเสนอราคาแนบ", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = ('<table style="border-top:2px solid #0b5394"><tr><td style="padding-right:12px"><img src="cid:logo" alt="SMS"></td><td>'
           f'<p class="MsoNormal"><b>{staff}</b></p><p class="MsoNormal">ผู้จัดการฝ่ายขายภาครัฐ (Government Sales Manager)</p>'
           f'<p class="MsoNormal">{fname(k)}</p><p class="MsoNormal">{home(f, i)}</p>'
           f'<p class="MsoNormal">T: {tel(f, i)} | M: {mobile(smob, i)}</p>'
           f'<p class="MsoNormal">เลขประจำตัวผู้เสียภาษี {f.p.nid} (สำนักงานใหญ่)</p></td></tr></table>')  # fmt: skip
    raw = message(
        i,
        "ใบเสนอราคาวัสดุการแพทย์",
        f"{bare(staff)} <{f.p.email}>",
        html=outlook_html(paras, sig),
        to="saraban@uthaipao.example.go.th",
    )
    return Case(
        "html_outlook_quotation_signature",
        raw,
        body(k, NO_BIRTH, with_id=False, signer=(staff, "", smob)),
    )


def html_gmail_quoted_officer_reply(a: Party, i: int) -> Case:
    """A builder replies in Gmail to the officer's request for his documents: his reply on
    top (ID, account, home, mobile), her mail quoted below with her name and the
    agency's line."""
    p = a.p
    off, line = OFFICER
    reply = (f"<div>เรียน คุณ{bare(off)}</div><div><br></div>"
             f"<div>{me(a)}ขอส่งข้อมูลเพิ่มเติมสำหรับการทำสัญญาจ้างซ่อมแซมรางระบายน้ำ{ending(a)}</div>"
             f"<div>ชื่อผู้รับจ้าง: {a.name}</div><div>เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}</div>"
             f"<div>วันเกิด: {born_th(p.born, i)}</div>"
             f"<div>ที่อยู่ตามบัตร: {home(a, i + 1)}</div><div>มือถือ: {tel(a, i)}</div>"
             f"<div>บัญชีรับเงิน: {BANKS[i % 4]} {ACCOUNTS[(i + 2) % 4]}</div><div><br></div>"
             f"<div>{a.name}</div>")  # fmt: skip
    quote = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ วันพุธที่ {2 + i % 20} ธ.ค. 2569 เวลา 10:15 '
             f"{off} &lt;kanchana.r@nakhonsawancity.example.go.th&gt; เขียนว่า:<br></div>"
             '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             "<div>เรียน ผู้รับจ้าง</div><div>ขอให้ส่งสำเนาบัตรประชาชน ที่อยู่ และเลขบัญชี ก่อนวันลงนามสัญญาค่ะ</div>"
             f"<div>{off}</div><div>งานพัสดุ กองคลัง {CITY}</div><div>โทร {line}</div><div>{CITY_ADDR}</div></blockquote></div>")  # fmt: skip
    html = f'<div dir="ltr">{reply}</div><br>{quote}\n'
    raw = message(i, "Re: ขอเอกสารประกอบการทำสัญญา", f"{p.first} {p.last} <{p.email}>", html=html)
    return Case("html_gmail_quoted_officer_reply", raw, person(a, ALL))


def html_invoice_table_mail(k: int, i: int) -> Case:
    """A company sends its invoice as an HTML table in the mail: its own rows (name, tax
    ID, office, line), the customer's rows (the agency's address), the items; the
    director signs under it."""
    f = FIRMS[k]
    name, _, mob, title = DIRECTORS[k]
    rows = [("ผู้ขาย", fname(k)), ("เลขประจำตัวผู้เสียภาษี", f"{f.p.nid} สำนักงานใหญ่"), ("ที่อยู่ผู้ขาย", home(f, i)),
            ("โทรศัพท์", tel(f, i + 2)), ("ลูกค้า", CITY), ("ที่อยู่ลูกค้า", CITY_ADDR),
            ("เลขที่ใบแจ้งหนี้", f"IV2569/{1207 + i}"), ("ใบสั่งซื้อเลขที่", f"{311 + i}/2569"),
            ("รายการ", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก 12 เครื่อง, เครื่องพิมพ์เลเซอร์ 4 เครื่อง"),
            ("รวมเงิน (รวม VAT)", "389,920.00 บาท"), ("ชำระโดยโอน", f"{BANKS[0]} เลขที่ {ACCOUNTS[i % 4]}")]  # fmt: skip
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Tahoma">'
             + "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows) + "</table>")  # fmt: skip
    html = (f"<p>เรียน ผู้อำนวยการกองคลัง {CITY}</p><p>บริษัทฯ ขอส่งใบแจ้งหนี้ค่าครุภัณฑ์คอมพิวเตอร์ที่ส่งมอบและตรวจรับแล้ว "
            f"เพื่อดำเนินการเบิกจ่าย รายละเอียดดังนี้</p>{table}<p>ขอแสดงความนับถือ</p>"
            f"<p>{name}<br>{title}<br>มือถือ {mobile(mob, i)}</p>\n")  # fmt: skip
    raw = message(i, f"ใบแจ้งหนี้เลขที่ IV2569/{1207 + i}", f"{fname(k)} <{f.p.email}>", html=html)
    return Case("html_invoice_table_mail", raw, body(k, NO_BIRTH, with_id=False))


# --- Word ----------------------------------------------------------------------------------


def docx_letterhead_payment_request(k: int, i: int) -> Case:
    """A company's letter on letterhead (its name, office, line, tax ID at the top; Thai
    digits) asks to be paid the final instalment: ที่, วันที่, เรื่อง, อ้างถึง, สิ่งที่ส่งมาด้วย;
    the director signs in brackets with his title."""
    f = FIRMS[k]
    name, _, _, title = DIRECTORS[k]

    def build(d: Any) -> None:
        d.add_paragraph(fname(k))
        d.add_paragraph(f"สำนักงานใหญ่ {th(home(f, i))}")
        d.add_paragraph(f"โทร. {th(tel(f, i))}  เลขประจำตัวผู้เสียภาษี {th(f.p.nid)}")
        d.add_paragraph(f"ที่ ปก.{th(str(88 + i))}/{th('2569')}")
        d.add_paragraph(f"{th(str(4 + i % 20))} ธันวาคม {th('2569')}")
        d.add_paragraph("เรื่อง ขอเบิกเงินค่าจ้างงวดสุดท้ายและขอคืนเงินประกันผลงาน")
        d.add_paragraph(f"เรียน นายกเทศมนตรีนคร{NS}")
        d.add_paragraph(
            f"อ้างถึง สัญญาจ้างเลขที่ {th(str(61 + i))}/{th('2568')} ลงวันที่ {th('20')} พฤศจิกายน {th('2568')}"
        )
        d.add_paragraph("สิ่งที่ส่งมาด้วย ๑. ใบส่งมอบงาน ๒. ใบแจ้งหนี้ ๓. สำเนาหนังสือรับรองการจดทะเบียนนิติบุคคล")
        d.add_paragraph(
            f"ตามสัญญาที่อ้างถึง {fname(k)} ได้รับจ้างก่อสร้างอาคารอเนกประสงค์ชุมชนวัดไทรย์ วงเงิน {th('4,380,000')} บาท "
            f"บัดนี้บริษัทฯ ได้ดำเนินการแล้วเสร็จและคณะกรรมการตรวจรับได้ตรวจรับงานงวดที่ {th('5')} แล้ว "
            f"จึงขอเบิกเงินค่าจ้างงวดสุดท้ายจำนวน {th('876,000')} บาท และขอคืนเงินประกันผลงานที่หักไว้ร้อยละ {th('5')} "
            f"โดยโอนเข้าบัญชี {BANKS[0]} เลขที่ {th(ACCOUNTS[(i + 3) % 4])}"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph("ขอแสดงความนับถือ\n\n\n" + f"({name})\n{title}")

    raw = message(i, "ขอเบิกเงินค่าจ้างงวดสุดท้าย", f"ธุรการ {fname(k)} <{f.p.email}>",
                  text=f"เรียน กองคลัง\nส่งหนังสือขอเบิกเงินตามแนบค่ะ\nธุรการ {fname(k)}\n",
                  files=(("ขอเบิกเงินงวดสุดท้าย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_letterhead_payment_request", raw, body(k, NO_BIRTH, with_id=False))


def docx_guarantee_refund_form(k: int, i: int) -> Case:
    """A คำขอคืนหลักประกันสัญญา typed as a Word table: the managing partner (his ID), the
    หจก. and its number, its office and line; the guarantee; a proxy named to collect it
    (his ID, mobile)."""
    f = FIRMS[k]
    name, nid, _, title = DIRECTORS[k]
    proxy, pid, pmob = STAFF[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอคืนหลักประกันสัญญา")
        d.add_paragraph(f"เรียน นายก{TAO}")
        rows = [("ข้าพเจ้า (ผู้ขอ)", name), ("เลขประจำตัวประชาชน", nid_w(nid, i)), ("ตำแหน่ง", f"{title} (ผู้มีอำนาจลงนาม)"),
                ("ในนาม", fname(k)), ("เลขทะเบียนนิติบุคคล", f.p.nid), ("สำนักงานตั้งอยู่เลขที่", home(f, i + 1)),
                ("โทรศัพท์", tel(f, i)), ("อีเมล", f.p.email), ("สัญญาเลขที่", f"{9 + i}/2567"),
                ("หลักประกัน", f"หนังสือค้ำประกัน {BANKS[(i + 1) % 4]} เลขที่ KTB-LG-{550201 + i}"),
                ("จำนวนเงิน", "131,500.00 บาท"), ("ครบกำหนดรับประกันความชำรุดบกพร่อง", "30 พฤศจิกายน 2569"),
                ("ผู้รับมอบอำนาจให้มารับหลักประกัน", f"{proxy} เลขประจำตัวประชาชน {nid_w(pid, i + 1)} โทร {mobile(pmob, i)}")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            t.cell(r, 0).text = label
            t.cell(r, 1).text = value
        d.add_paragraph(
            f"ลงชื่อ ...................................... ผู้ขอ\n({name})\n\nลงชื่อ ...................................... ผู้รับมอบอำนาจ\n({proxy})"
        )

    raw = message(i, "คำขอคืนหลักประกันสัญญา", f"{fname(k)} <{f.p.email}>", text="เรียน งานพัสดุ\nแนบคำขอคืนหลักประกันสัญญาครับ\n",
                  files=(("คำขอคืนหลักประกัน.docx", docx_bytes(build), DOCX),), to="saraban@nongphaiban.example.go.th")  # fmt: skip
    return Case("docx_guarantee_refund_form", raw, body(k, NO_BIRTH, with_id=True))


def docx_procurement_complaint(a: Party, i: int) -> Case:
    """A shop's owner appeals (อุทธรณ์) the result of a price-e-bidding: her name, ID, age
    and home; the winner's company, its juristic number and director named in the
    complaint; Thai digits in the dates."""
    p = a.p
    win = FIRMS[(i + 3) % 6]
    wname = DIRECTORS[(i + 3) % 6][0]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสืออุทธรณ์ผลการพิจารณา")
        d.add_paragraph(
            f"เขียนที่ {SHOPS[PEOPLE.index(a)]}\nวันที่ {th(str(5 + i % 20))} ธันวาคม {th('2569')}"
        )
        d.add_paragraph(
            "เรื่อง อุทธรณ์ผลการพิจารณาการจัดซื้อวัสดุก่อสร้าง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
        )
        d.add_paragraph(f"เรียน นายกเทศมนตรีนคร{NS}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {th(str(age))} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} ในฐานะผู้ยื่นข้อเสนอโครงการเลขที่ {project(i + 7)} "
            f"ขออุทธรณ์ผลการพิจารณาตามมาตรา ๑๑๗ แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ "
            f"เนื่องจากคณะกรรมการพิจารณาให้ {win.name} เลขทะเบียนนิติบุคคล {win.p.nid} ซึ่งมี {wname} เป็นกรรมการผู้มีอำนาจ "
            "เป็นผู้ชนะ ทั้งที่เอกสารแสดงผลงานไม่ครบตามเงื่อนไขในเอกสารประกวดราคา"
        )
        d.add_paragraph(f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่หมายเลข {tel(a, i)}")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\nลงชื่อ ................................ ผู้อุทธรณ์\n({a.name})"
        )

    raw = message(i, "อุทธรณ์ผลการพิจารณา e-bidding", f"{p.first} {p.last} <{p.email or 'boonruen.shop@gmail.com'}>",
                  text=f"เรียน นายกเทศมนตรี\nขอยื่นหนังสืออุทธรณ์ตามไฟล์แนบ{ending(a)}\n",
                  files=(("อุทธรณ์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = person(a, NO_BIRTH)
    if not p.email:
        e["email"] = ("boonruen.shop@gmail.com",)
    return Case("docx_procurement_complaint", raw, e)


def docx_quotation_table(a: Party, i: int) -> Case:
    """A shop's ใบเสนอราคา in Word: the shop's head (owner, tax ID, address, phone), the
    customer (the agency and its address), an items table, the total, ผู้เสนอราคา."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(SHOPS[PEOPLE.index(a)])
        d.add_paragraph(f"{home(a, i)}  โทร {tel(a, i + 1)}")
        d.add_paragraph(f"เลขประจำตัวผู้เสียภาษี {nid_w(p.nid, i + 1)}")
        d.add_paragraph("ใบเสนอราคา / QUOTATION")
        d.add_paragraph(f"เลขที่ QT{6912 + i:05d}   วันที่ {6 + i % 20}/12/2569")
        d.add_paragraph(f"เสนอราคาต่อ {CITY}\n{CITY_ADDR}")
        t = d.add_table(rows=4, cols=5)
        for r, row in enumerate([("ลำดับ", "รายการ", "จำนวน", "ราคา/หน่วย", "จำนวนเงิน"),
                                 ("1", "กระดาษ A4 80 แกรม", "120 รีม", "115.00", "13,800.00"),
                                 ("2", "หมึกพิมพ์เลเซอร์ 85A", "10 กล่อง", "1,450.00", "14,500.00"),
                                 ("", "รวมทั้งสิ้น", "", "", "28,300.00")]):  # fmt: skip
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        d.add_paragraph("ยืนราคา 30 วัน  ส่งของภายใน 7 วัน")
        d.add_paragraph(f"ผู้เสนอราคา ............................\n({a.name})\nเจ้าของกิจการ")

    raw = message(i, "ใบเสนอราคาวัสดุสำนักงาน", f"{p.first} {p.last} <{p.email or 'boonruen.shop@gmail.com'}>",
                  text="เรียน งานพัสดุ\nส่งใบเสนอราคาตามที่ขอไว้\n", files=(("ใบเสนอราคา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = person(a, NO_BIRTH)
    if not p.email:
        e["email"] = ("boonruen.shop@gmail.com",)
    return Case("docx_quotation_table", raw, e)


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_vendor_bank_form(x: int, i: int) -> Case:
    """The agency's fillable แบบขอรับเงินผ่านธนาคาร (vendor's payment by transfer): ชื่อ
    ผู้ขาย, tax ID, address, phone, bank, account; v1 a shop's owner (her ID as tax ID), v2
    a company (its number) signed by its director, whose name fills ผู้มีอำนาจลงนาม."""
    if i % 2 == 0:
        a = PEOPLE[x]
        p = a.p
        vendor, tax, addr, phone, box, signer = (
            a.name,
            p.nid,
            home(a, i),
            tel(a, i),
            p.email,
            a.name,
        )
        e = person(a, NO_BIRTH)
    else:
        f = FIRMS[x]
        vendor, tax, addr, phone, box, signer = (
            fname(x),
            f.p.nid,
            home(f, i),
            tel(f, i),
            f.p.email,
            DIRECTORS[x][0],
        )
        e = body(x, NO_BIRTH, with_id=False)
    labels = [(40, 18, "แบบขอรับเงินผ่านธนาคาร (สำหรับเจ้าหนี้/ผู้ขาย)"), (55, 26, CITY),
              (20, 40, "ชื่อผู้ขาย/ผู้รับจ้าง"), (20, 50, "เลขประจำตัวผู้เสียภาษี"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "E-mail"), (20, 84, "ธนาคาร"), (110, 84, "สาขา"),
              (20, 94, "เลขที่บัญชี"), (110, 94, "ประเภทบัญชี"), (20, 114, "ลงชื่อ"), (20, 124, "ผู้มีอำนาจลงนาม")]  # fmt: skip
    bank, branch = BANKS[i % 4].split(" สาขา")
    fields = [Field("vendor_name", vendor, 62, 40, 120), Field("tax_id", tax, 62, 50, 60, comb=13),
              Field("vendor_address", addr, 35, 60, 160), Field("vendor_tel", phone, 45, 70, 55),
              Field("vendor_email", box, 125, 70, 70), Field("bank_name", bank, 40, 84, 65),
              Field("bank_branch", branch, 122, 84, 60), Field("account_no", ACCOUNTS[(i + 1) % 4], 45, 94, 50),
              Field("account_type", "ออมทรัพย์", 135, 94, 40), Field("signer_name", signer, 60, 124, 80)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "ส่งแบบขอรับเงินผ่านธนาคาร", f"{vendor} <{box}>", text="ส่งแบบฟอร์มที่กรอกแล้วพร้อมสำเนาหน้าสมุดบัญชี\n",
                  files=(("แบบขอรับเงินผ่านธนาคาร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_vendor_bank_form", raw, e)


def pdf_typed_billing_note(k: int, i: int) -> Case:
    """A ใบวางบิล typed and saved as PDF: the company's block top left (office, line, tax
    ID), the customer block (the PAO and its address), the invoices billed, then two
    signatures: the ผู้วางบิล (an employee) and the ผู้มีอำนาจลงนาม (the director)."""
    f = FIRMS[k]
    name, _, _, title = DIRECTORS[k]
    staff = STAFF[i % 2][0]
    paras: list[tuple[float, str]] = [
        (20, fname(k)), (20, home(f, i + 2)), (20, f"โทร {tel(f, i)}   เลขประจำตัวผู้เสียภาษี {f.p.nid}"), (0, ""),
        (80, "ใบวางบิล / ใบแจ้งหนี้"), (120, f"เลขที่ BN-{2569}{i + 31:03d}   วันที่ {7 + i % 20}/12/2569"), (0, ""),
        (20, f"ลูกค้า {PAO}"), (20, "ที่อยู่ ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000"), (0, ""),
        (20, f"1. ใบแจ้งหนี้ IV-{4410 + i} ค่าวัสดุก่อสร้างตามใบสั่งซื้อเลขที่ {122 + i}/2569   214,300.00 บาท"),
        (20, f"2. ใบแจ้งหนี้ IV-{4418 + i} ค่าขนส่ง   6,500.00 บาท"), (20, "รวมทั้งสิ้น 220,800.00 บาท (สองแสนสองหมื่นแปดร้อยบาทถ้วน)"),
        (20, f"กำหนดชำระ 30 วัน โอนเข้าบัญชี {BANKS[(i + 2) % 4]} เลขที่ {ACCOUNTS[(i + 2) % 4]}"), (0, ""),
        (25, "ผู้วางบิล ...................."), (115, "ผู้มีอำนาจลงนาม ...................."),
        (30, f"({staff})"), (120, f"({name})"), (120, title),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 13, "Loma", step=8), size=13, face="Loma")
    raw = message(i, f"วางบิล {fname(k)}", f"{fname(k)} <{f.p.email}>", text=f"เรียน กองคลัง {PAO}\nขอวางบิลตามเอกสารแนบ\n",
                  files=(("billing_note.pdf", data, PDF),), to="saraban@uthaipao.example.go.th")  # fmt: skip
    return Case("pdf_typed_billing_note", raw, body(k, NO_BIRTH, with_id=False))


def pdf_typed_extension_request(k: int, i: int) -> Case:
    """A managing partner's typed letter asks to extend a contract's time (rain, a flood):
    his ID and the หจก.'s number in the body, the engineer's log quoted, his block top
    right."""
    f = FIRMS[k]
    name, nid, mob, title = DIRECTORS[k]
    eng, lic, emob = ENGINEERS[i % 2]
    paras: list[tuple[float, str]] = [
        (110, fname(k)), (110, home(f, i)), (110, f"โทร {tel(f, i + 1)}"), (0, ""),
        (110, f"{8 + i % 20} ธันวาคม 2569"), (20, "เรื่อง ขอขยายระยะเวลาทำการตามสัญญาและของดหรือลดค่าปรับ"),
        (20, f"เรียน นายก{TAO}"), (0, ""),
        (30, f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i + 2)} ในฐานะ{title} {fname(k)} "
             f"ทะเบียนนิติบุคคลเลขที่ {f.p.nid} คู่สัญญาตามสัญญาจ้างเลขที่ {12 + i}/2569 ก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 3 "
             "ขอขยายระยะเวลาทำการออกไป 25 วัน เนื่องจากฝนตกหนักและน้ำท่วมขังพื้นที่ก่อสร้างระหว่างวันที่ 2-26 ตุลาคม 2569 "
             f"ตามบันทึกประจำวันของวิศวกรควบคุมงาน {eng} ใบอนุญาต {lic} โทร {mobile(emob, i)}"),
        (30, f"ทั้งนี้ ข้าพเจ้าขอให้ติดต่อกลับที่หมายเลข {mobile(mob, i + 1)}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({name})"), (110, title),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอขยายระยะเวลาตามสัญญา", f"{fname(k)} <{f.p.email}>", text="เรียน นายก อบต.\nแนบหนังสือขอขยายเวลาครับ\n",
                  files=(("ขอขยายเวลา.pdf", data, PDF),), to="saraban@nongphaiban.example.go.th")  # fmt: skip
    return Case("pdf_typed_extension_request", raw, body(k, NO_BIRTH, with_id=True))


def pdf_fillable_bid_security_return(k: int, i: int) -> Case:
    """The PAO's fillable คำร้องขอคืนหลักประกันการเสนอราคา (Thai field names): the ผู้ยื่น
    คำร้อง (the director, his ID), the body and its number, the office, line; the project's
    e-GP number, the amount, the account; a ผู้รับมอบ section, filled in v2."""
    f = FIRMS[k]
    name, nid, _, title = DIRECTORS[k]
    proxy = STAFF[i % 2] if i % 2 else ("", "", "")
    labels = [(40, 18, f"คำร้องขอคืนหลักประกันการเสนอราคา {PAO}"), (20, 36, "ผู้ยื่นคำร้อง"), (120, 36, "ตำแหน่ง"),
              (20, 46, "เลขประจำตัวประชาชน"), (20, 56, "ในนาม"), (20, 66, "เลขทะเบียนนิติบุคคล"), (20, 76, "ที่ตั้งสำนักงาน"),
              (20, 86, "โทรศัพท์"), (20, 96, "เลขที่โครงการ"), (110, 96, "จำนวนเงินหลักประกัน"), (20, 106, "เลขที่บัญชี"),
              (20, 124, "ผู้รับมอบอำนาจ (ถ้ามี)"), (20, 134, "เลขประจำตัวประชาชนผู้รับมอบ"), (20, 144, "โทรศัพท์ผู้รับมอบ")]  # fmt: skip
    fields = [Field("ผู้ยื่นคำร้อง", name, 45, 36, 70), Field("ตำแหน่ง", title, 135, 36, 50),
              Field("เลขประจำตัวประชาชน", nid, 62, 46, 60, comb=13), Field("ในนาม", fname(k), 35, 56, 120),
              Field("เลขทะเบียนนิติบุคคล", f.p.nid, 62, 66, 60, comb=13), Field("ที่ตั้งสำนักงาน", home(f, i), 48, 76, 150),
              Field("โทรศัพท์", tel(f, i), 40, 86, 50), Field("เลขที่โครงการ", project(i + 11), 45, 96, 50),
              Field("จำนวนเงินหลักประกัน", "48,000", 150, 96, 40), Field("เลขที่บัญชี", ACCOUNTS[i % 4], 45, 106, 50),
              Field("ผู้รับมอบอำนาจ", proxy[0], 60, 124, 80), Field("เลขประจำตัวประชาชนผู้รับมอบ", proxy[1], 80, 134, 60, comb=13),
              Field("โทรศัพท์ผู้รับมอบ", proxy[2], 65, 144, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำร้องขอคืนหลักประกันการเสนอราคา", f"{fname(k)} <{f.p.email}>", text="ส่งคำร้องที่กรอกแล้วครับ\n",
                  files=(("คำร้องคืนหลักประกัน.pdf", data, PDF),), to="saraban@uthaipao.example.go.th")  # fmt: skip
    return Case("pdf_fillable_bid_security_return", raw, body(k, NO_BIRTH, with_id=True))


# --- sheets --------------------------------------------------------------------------------


def xlsx_vendor_master_sheet(k: int, i: int) -> Case:
    """A company's vendor-registration sheet (ข้อมูลผู้ค้า), label and value: its number and
    tax ID, office, line, box, the director as ผู้มีอำนาจลงนาม (his ID), a coordinator (her
    name, mobile); the director sends it and signs the cover mail."""
    f = FIRMS[k]
    name, nid, _, title = DIRECTORS[k]
    coord, _, cmob = STAFF[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลผู้ค้า"
        for row in [("แบบข้อมูลผู้ค้า (Vendor Registration)",), (),
                    ("ชื่อนิติบุคคล", fname(k)), ("เลขทะเบียนนิติบุคคล/เลขประจำตัวผู้เสียภาษี", f.p.nid),
                    ("ที่ตั้งสำนักงานใหญ่", home(f, i)), ("โทรศัพท์", tel(f, i)), ("อีเมล", f.p.email),
                    ("ผู้มีอำนาจลงนาม", name), ("ตำแหน่ง", title), ("เลขประจำตัวประชาชนผู้มีอำนาจลงนาม", nid_w(nid, i)),
                    ("ผู้ประสานงาน", coord), ("มือถือผู้ประสานงาน", mobile(cmob, i)),
                    ("ธนาคาร", BANKS[i % 4]), ("เลขที่บัญชี", ACCOUNTS[(i + 1) % 4]), ("ทุนจดทะเบียน", "5,000,000")]:  # fmt: skip
            ws.append(row)

    raw = message(i, "ขอขึ้นทะเบียนผู้ค้า", f"{fname(k)} <{f.p.email}>",
                  text=f"เรียน งานพัสดุ {CITY}\nบริษัทฯ ขอส่งข้อมูลผู้ค้าเพื่อขึ้นทะเบียน ตามไฟล์แนบ\n\n{name}\n{title}\n",
                  files=(("vendor_master.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_vendor_master_sheet", raw, body(k, NO_BIRTH, with_id=True))


def xlsx_quotation_sheet(a: Party, i: int) -> Case:
    """A shop's quotation as a sheet: its head rows (shop, owner, tax ID, address, phone in
    one cell each after a label), the customer (the TAO), items with quantities, total."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ใบเสนอราคา"
        for row in [(SHOPS[PEOPLE.index(a)],), ("เจ้าของ", a.name), ("เลขประจำตัวผู้เสียภาษี", nid_w(p.nid, i)),
                    ("ที่อยู่", home(a, i + 1)), ("โทร", tel(a, i)), (),
                    ("เสนอราคาต่อ", TAO), ("วันที่", f"{9 + i % 20}/12/2569"), (),
                    ("ลำดับ", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "รวม"),
                    (1, "ท่อ PVC 4 นิ้ว ชั้น 8.5", 60, "ท่อน", 385, 23100),
                    (2, "ปูนซีเมนต์ปอร์ตแลนด์", 120, "ถุง", 148, 17760),
                    (3, "ทรายหยาบ", 8, "คิว", 620, 4960), ("", "รวมทั้งสิ้น", "", "", "", 45820),
                    (), ("ผู้เสนอราคา", a.name)]:  # fmt: skip
            ws.append(row)

    raw = message(i, "ใบเสนอราคาวัสดุก่อสร้าง", f"{p.first} {p.last} <{p.email}>", text="เรียน เจ้าหน้าที่พัสดุ\nแนบใบเสนอราคา\n",
                  files=(("quotation.xlsx", xlsx_bytes(build), XLSX),), to="saraban@nongphaiban.example.go.th")  # fmt: skip
    return Case("xlsx_quotation_sheet", raw, person(a, NO_BIRTH))


def xlsx_billing_statement(k: int, i: int) -> Case:
    """A หจก.'s statement of instalments billed and paid (งวด, invoice, amount, paid, date),
    its head block (the หจก., its number, office, line), the engineer's row of
    inspections, the managing partner's name at the foot; he signs the cover mail."""
    f = FIRMS[k]
    name, _, mob, title = DIRECTORS[k]
    eng, lic, emob = ENGINEERS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สรุปการเบิกจ่าย"
        for row in [("สรุปการเบิกเงินค่าจ้างตามสัญญา", f"{30 + i}/2568"), ("ผู้รับจ้าง", fname(k)),
                    ("เลขทะเบียนนิติบุคคล", f.p.nid), ("สำนักงาน", home(f, i)), ("โทรศัพท์", tel(f, i + 1)), (),
                    ("งวดที่", "เลขที่ใบแจ้งหนี้", "จำนวนเงิน", "ได้รับแล้ว", "วันที่รับเงิน"),
                    (1, f"IV68-{301 + i}", 540000, 540000, "15/03/2569"), (2, f"IV68-{355 + i}", 720000, 720000, "02/06/2569"),
                    (3, f"IV69-{118 + i}", 690000, 0, "ค้างจ่าย"), (),
                    ("วิศวกรควบคุมงาน", eng, lic, mobile(emob, i)), ("จัดทำโดย", name, title)]:  # fmt: skip
            ws.append(row)

    raw = message(i, "ติดตามเงินค่าจ้างงวดที่ 3 (ค้างจ่าย)", f"{fname(k)} <{f.p.email}>",
                  text=f"เรียน กองคลัง {CITY}\nห้างฯ ขอติดตามเงินงวดที่ 3 ที่ยังค้างจ่าย รายละเอียดตามไฟล์แนบครับ\n\n{name}\n{title}\nโทร {mobile(mob, i)}\n",
                  files=(("สรุปเบิกจ่าย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_billing_statement", raw, body(k, NO_BIRTH, with_id=False))


# Each style and the two it is for: ("p", n) a person of PEOPLE, ("f", n) a body of FIRMS,
# ("x", n) pdf_fillable_vendor_bank_form's index (a person in v1, a body in v2).
Style = Callable[[Any, int], Case]
STYLES: tuple[tuple[Style, str, tuple[int, int]], ...] = (
    (plain_gmail_invoice_followup, "f", (1, 3)),
    (plain_iphone_bid_security_refund, "p", (0, 2)),
    (plain_line_forward_complaint, "f", (4, 0)),
    (plain_outlook_guarantee_accounts, "f", (5, 2)),
    (plain_webform_quotation, "p", (1, 3)),
    (html_gmail_instalment_engineer, "f", (0, 3)),
    (html_outlook_quotation_signature, "f", (2, 4)),
    (html_gmail_quoted_officer_reply, "p", (3, 5)),
    (html_invoice_table_mail, "f", (4, 2)),
    (docx_letterhead_payment_request, "f", (0, 5)),
    (docx_guarantee_refund_form, "f", (1, 3)),
    (docx_procurement_complaint, "p", (4, 2)),
    (docx_quotation_table, "p", (2, 4)),
    (pdf_fillable_vendor_bank_form, "x", (5, 4)),
    (pdf_typed_billing_note, "f", (5, 2)),
    (pdf_typed_extension_request, "f", (3, 1)),
    (pdf_fillable_bid_security_return, "f", (0, 4)),
    (xlsx_vendor_master_sheet, "f", (2, 0)),
    (xlsx_quotation_sheet, "p", (0, 5)),
    (xlsx_billing_statement, "f", (3, 1)),
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
    for s, (style, who, pair) in enumerate(STYLES):
        for v, n in enumerate(pair):
            arg = PEOPLE[n] if who == "p" else n
            cases.append(style(arg, 2 * s + v))
    return cases
