"""A hundred-and-nineteenth set of requests written by someone who had not read the readers
(issue 8): CONSUMER PROTECTION AND LEGAL AID at the provincial centres of อุดรธานี, หนองคาย
and เลย (ศูนย์ดำรงธรรมจังหวัด, สำนักงานยุติธรรมจังหวัด and its กองทุนยุติธรรม, the
provincial consumer protection desk, a ศูนย์ไกล่เกลี่ยข้อพิพาทภาคประชาชน): reports of online
shopping fraud (the seller's name, bank account, PromptPay phone, the order and tracking
numbers, the police report's daily-log number), debt mediation (ไกล่เกลี่ยหนี้: contract
numbers, a masked card number, a collection agency's line, a student-loan guarantor and
his ID), legal aid requests (ขอความช่วยเหลือทางกฎหมาย: a case's black number, a lawyer's
licence, a bail fund), complaints about faulty goods or services (an air conditioner, a
solar installer, its juristic number), loan-shark complaints (the lender's name and
phone, his collector's). Victims write for themselves; daughters, sons, lawyers and
village volunteers write for others. Kinds: plain (Gmail from a phone, iPhone mail, a
volunteer's Yahoo, an Outlook forward of a bank's notice, a web form's notification),
HTML (a daughter's Gmail list, a lawyer's Outlook with signature, a Google Forms response
table, an iPhone reply over the officer's quoted request), Word (a legal aid form in a
table, a dotted-leader mediation request, a complaint letter, a volunteer's intake
record), PDF (fillable with English and Thai field names, typed letters), xlsx (a
victim's transfer list, a debtor's list of debts, a son's loan-shark sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, sets 62 and 63's builders and tests, the helpers they import, and the earlier sets'
first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body the natural person who signs), sets 31/63 (a
service for one person asked by another is the one it is for: the client, not the
lawyer; the father, not the daughter; the villager, not the volunteer; the mother, not the
son), set 37 (where only another's phone is given, phone `()`: no value, or a flagged one,
is right). So:
- the APPLICANT is the victim, the debtor, the complainant, the one legal aid is for. The
  OTHER SIDE (the seller, the shop, the lender, his collector, the finance company, the
  bank's collection agency, the installer) is never the applicant: their names, IDs,
  phones, PromptPay numbers, accounts and addresses never the applicant's values.
- a relative (daughter, son), a lawyer or a village volunteer (อาสาสมัครยุติธรรมชุมชน,
  ผู้ใหญ่บ้าน) who writes for another is never the applicant: their names, IDs, phones,
  boxes, addresses never hers; where only the writer's phone or box appears, phone and
  e-mail are `()`.
- a volunteer's intake record (ผู้รับเรื่อง above, ผู้ร้อง below): the ผู้ร้อง; her phone
  as recorded; e-mail `()` (only the volunteer's box).
- a student loan's guarantor (ผู้ค้ำประกัน) and an officer quoted in a reply never.
Address: where the applicant lives, house number to the อำเภอ, with or without
เลขที่/บ้านเลขที่, with or without province and postal code; province and postal code of
that address. A bank account (10 digits, dashed or not), a PromptPay number (the seller's
phone), an order number (13 digits, no valid ID), a tracking number, a contract number, a
masked card number, a juristic number (13 digits with a valid check digit), a case's black
number, a police report's log number, a licence number, an amount, a car's plate is never
the applicant's ID or phone. Birth date ISO, only the applicant's; never a transfer's, a
report's, a contract's or a letter's date. Everyone, every shop, firm and number is
invented (13-digit IDs made with with_check_digit); ตำบล, อำเภอ, provinces and postal codes
are real and belong together.
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
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "damrongdhama@udonthani.example.go.th"
UD, NK, LOEI = "อุดรธานี", "หนองคาย", "เลย"

# The applicants (victims, debtors, complainants, those legal aid is for).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือง", "ศรีสุข", "410100523318", date(1967, 4, 9), "0817396624", "boonruang.ss@gmail.com",
      "112", "5", "", "", "บ้านจั่น", "เมืองอุดรธานี", UD, "41000"),
    P("นาย", "สมพงษ์", "ภูผาทอง", "410600211457", date(1980, 10, 22), "0895512036", "sompong.pt@hotmail.com",
      "48/2", "", "", "ประจักษ์ศิลปาคม", "หมากแข้ง", "เมืองอุดรธานี", UD, "41000"),
    P("นางสาว", "ปิยะนุช", "แสนโคตร", "410700334129", date(1996, 2, 14), "0623318857", "piyanuch.sk@gmail.com",
      "77", "9", "", "", "กุมภวาปี", "กุมภวาปี", UD, "41110"),
    P("นาย", "ทองใบ", "คำภูแก้ว", "411100045562", date(1951, 7, 30), "0864407129", "",
      "23", "4", "", "", "บ้านดุง", "บ้านดุง", UD, "41190"),
    P("นาง", "ละเอียด", "พรมมา", "430100177205", date(1962, 12, 3), "0932271468", "laiad.pm@gmail.com",
      "9", "2", "", "", "ค่ายบกหวาน", "เมืองหนองคาย", NK, "43100"),
    P("นาย", "ชัยวัฒน์", "บุญมาก", "430300289914", date(1988, 5, 17), "0815539402", "chaiwat.bm@gmail.com",
      "156", "7", "", "", "ท่าบ่อ", "ท่าบ่อ", NK, "43110"),
    P("นางสาว", "สุดารัตน์", "วงศ์ไชย", "430400411238", date(1999, 9, 1), "0986614275", "sudarat.wc@gmail.com",
      "3/1", "", "", "มีชัย", "ในเมือง", "เมืองหนองคาย", NK, "43000"),
    P("นาย", "คำพันธ์", "ศรีโคตร", "430500066315", date(1948, 1, 25), "0857713942", "",
      "41", "3", "", "", "โพนพิสัย", "โพนพิสัย", NK, "43120"),
    P("นาง", "อำไพ", "ทองสุข", "420100238817", date(1970, 6, 11), "0872216043", "ampai.ts@yahoo.com",
      "18", "6", "", "", "นาอาน", "เมืองเลย", LOEI, "42000"),
    P("นาย", "ธีรวัฒน์", "ไชยมงคล", "420600155724", date(1991, 3, 28), "0946623180", "teerawat.cm@gmail.com",
      "205", "1", "", "", "วังสะพุง", "วังสะพุง", LOEI, "42130"),
    P("นางสาว", "วันเพ็ญ", "จันทร์หอม", "420300412356", date(1985, 11, 19), "0617724498", "wanpen.jh@gmail.com",
      "66", "2", "", "", "เชียงคาน", "เชียงคาน", LOEI, "42110"),
    P("นาย", "บุญส่ง", "แก้วมณี", "420500098863", date(1956, 8, 8), "0839914726", "",
      "12", "8", "", "", "ด่านซ้าย", "ด่านซ้าย", LOEI, "42120"),
    P("นาง", "จันทร์เพ็ญ", "ภูมิสุข", "410900367741", date(1975, 2, 2), "0804417733", "janpen.ps@gmail.com",
      "301", "10", "", "", "เพ็ญ", "เพ็ญ", UD, "41150"),
    P("นาย", "อนุวัฒน์", "ศรีบุญเรือง", "420100521196", date(1994, 12, 30), "0657729104", "anuwat.sb@outlook.com",
      "7/9", "", "", "มะลิวัลย์", "กุดป่อง", "เมืองเลย", LOEI, "42000"),
)  # fmt: skip

# The other side: online sellers (name, phone = PromptPay, bank, account, shop page).
SELLERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายกิตติพงษ์ แสงอรุณ", "0962218845", "ธนาคารกสิกรไทย", "1358842097", "Mobile Shop ราคาส่ง by Kit"),
    ("นางสาวเบญจมาศ ทองดี", "0637781204", "ธนาคารไทยพาณิชย์", "4071263558", "เสื้อผ้ามือสอง Benja Outlet"),
)
# Lenders (name, phone, collector's phone, where he lives).
LENDERS: tuple[tuple[str, str, str, str], ...] = (
    (
        "นายวีระ ตั้งเจริญ",
        "0891176620",
        "0925518843",
        "88/3 ถนนทหาร ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
    ),
    (
        "นางสาวรัชนี แก้วประเสริฐ",
        "0814470392",
        "0970326615",
        "14 หมู่ที่ 2 ตำบลวังสะพุง อำเภอวังสะพุง จังหวัดเลย 42130",
    ),
)
# Lawyers: name, licence, office, office line, mobile, box.
LAWYERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นายปกรณ์ ศรีประเสริฐ", "8821/2553", "สำนักงานปกรณ์ทนายความ 219/4 ถนนโพศรี ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
     "042-241-558", "081-872-4415", "pakorn.law@gmail.com"),
    ("นางสาวศิริพร บุญช่วย", "11205/2560", "สำนักงานกฎหมายศิริพรและเพื่อน 88 ถนนประจักษ์ศิลปาคม ตำบลในเมือง อำเภอเมืองหนองคาย จังหวัดหนองคาย 43000",
     "042-412-337", "089-640-1128", "siriporn@sp-law.example.co.th"),
)  # fmt: skip
# Village volunteers: name, ID, mobile, box, role.
VOLUNTEERS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "นายสมัย ดวงมณี",
        with_check_digit("411100078213"),
        "0883317250",
        "samai.dm@yahoo.com",
        "อาสาสมัครยุติธรรมชุมชน",
    ),
    (
        "นางประนอม สีหาราช",
        with_check_digit("420500113347"),
        "0862290517",
        "pranom.sh@gmail.com",
        "ผู้ใหญ่บ้าน",
    ),
)
# Relatives who write (first names; the surname is the applicant's): daughters, sons.
DAUGHTERS = ("นางสาวอรทัย", "นางกนกวรรณ")
SONS = ("นายณัฐวุฒิ", "นายพีระพงษ์")
REL_IDS = (with_check_digit("110370091145"), with_check_digit("410100664412"))
REL_PHONES = ("0917732264", "0825513390")
REL_HOMES = (
    "99/41 หมู่บ้านพฤกษา ซอยลำลูกกา 3 ตำบลลาดสวาย อำเภอลำลูกกา จังหวัดปทุมธานี 12150",
    "5/12 ถนนศรีสุข ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
)
# Firms complained of (name, juristic number, line, place).
FIRMS: tuple[tuple[str, str, str, str], ...] = (
    ("บริษัท โซลาร์พลัส อีสาน จำกัด", with_check_digit("041556100447"), "042-930-118",
     "400 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
    ("ห้างหุ้นส่วนจำกัด แอร์เย็นฉ่ำ เซอร์วิส", with_check_digit("043354800219"), "042-465-772",
     "27 ถนนประจักษ์ศิลปาคม ตำบลในเมือง อำเภอเมืองหนองคาย จังหวัดหนองคาย 43000"),
)  # fmt: skip
ORDER_NOS = ("2612034471885", "2611287730412")  # thirteen digits, no valid check digit


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 3 + n % 20, 1 + n % 11, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set119-{n}@example.net>"
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


def age(a: Party) -> int:
    b = a.p.born
    return 2026 - b.year - ((b.month, b.day) > (11, 15))


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant writes herself: her values; e-mail hers where she has a box."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def no_mail(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """Her own phone as written, but the box is another's: e-mail `()`."""
    e = exp(a, keys)
    e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_gmail_online_fraud": "the victim who writes; never the seller (name, PromptPay phone, account)",
    "plain_iphone_loan_shark": "the debtor who writes; never the lender or his collector",
    "plain_volunteer_for_villager": "the villager; never the volunteer who writes (ID, phone, box)",
    "plain_outlook_forward_debt": "the debtor who forwards; never the bank's collection agency",
    "plain_webform_notification": "the ผู้ร้อง of the form; never the ผู้ถูกร้อง shop",
    "html_gmail_daughter_for_father": "the father; never the daughter (ID, home, phone, box) or the mule account",
    "html_outlook_lawyer_bail_fund": "the client; never the lawyer's signature",
    "html_google_forms_complaint": "the ผู้ร้องเรียน's rows; never the shop's rows",
    "html_iphone_reply_quoted": "the borrower who replies; never the guarantor or the quoted officer",
    "docx_legal_aid_form": "the ผู้ขอรับความช่วยเหลือ section; never the คู่กรณี section",
    "docx_dotted_mediation_request": "the ผู้ร้อง on the dots; never the คู่กรณี lender",
    "docx_complaint_letter_firm": "the writer (her block top right); never the firm (juristic number, line)",
    "docx_volunteer_intake_record": "the ผู้ร้อง; never the ผู้รับเรื่อง volunteer (his phone, box)",
    "pdf_fillable_legal_aid_en": "applicant_* fields; never opponent_*",
    "pdf_fillable_complaint_th": "ผู้ร้อง fields; never ผู้ถูกร้อง fields",
    "pdf_typed_fraud_letter": "the victim who writes and signs; never the seller",
    "pdf_typed_lawyer_mediation": "the client; never the lawyer's block or the finance company",
    "xlsx_fraud_transfer_list": "the victim's head block; never the transfers' account holders",
    "xlsx_debt_list_mediation": "the debtor's block; never the creditors' rows",
    "xlsx_son_loan_shark_sheet": "the mother (ผู้เสียหาย row); never the son (ผู้แจ้ง) or the lender",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gmail_online_fraud(a: Party, i: int) -> Case:
    """A victim's Gmail from her phone: she paid a Facebook seller for a phone that never
    came; the seller's name, PromptPay (his phone), bank account, the order and tracking
    numbers, the police report's log number."""
    p = a.p
    s_name, s_phone, bank, acct, shop = SELLERS[i % 2]
    acct_w = acct if i % 2 else f"{acct[:3]}-{acct[3]}-{acct[4:9]}-{acct[9]}"
    text = (
        f"เรียน เจ้าหน้าที่ศูนย์ดำรงธรรมจังหวัด{p.province}\n\n"
        f"{me(a)}ชื่อ {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\n\n"
        f'ขอร้องเรียนว่าถูกหลอกซื้อสินค้าออนไลน์ค่ะ เมื่อวันที่ {thai_day(date(2026, 10, 12 + i % 9))} ได้สั่งซื้อโทรศัพท์มือถือจากเพจ "{shop}" '
        f"ราคา 8,900 บาท เลขที่คำสั่งซื้อ {ORDER_NOS[i % 2]} โอนเงินเข้าบัญชี{bank} เลขที่ {acct_w} ชื่อบัญชี {s_name} "
        f"(ผู้ขายให้โอนผ่านพร้อมเพย์ {mobile(s_phone, i + 1)} ด้วย) ผู้ขายส่งเลขพัสดุ TH0394552177{60 + i} มาให้ แต่ตรวจแล้วไม่มีจริง "
        "ตอนนี้ผู้ขายบล็อกเฟซบุ๊กและไลน์ไปแล้ว\n"
        f"ได้แจ้งความที่ สภ.เมือง{p.province} แล้ว ตามรายงานประจำวัน ข้อ {14 + i} เวลา 10.30 น.\n\n"
        f"ขอให้ช่วยประสานธนาคารอายัดบัญชีด้วยค่ะ ติดต่อกลับได้ที่ {tel(a, i)}\n\n{a.name}\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(i, "ร้องเรียน ถูกหลอกซื้อของออนไลน์ ขอให้ช่วยอายัดบัญชี", box(a), text=text)
    return Case("plain_gmail_online_fraud", raw, own(a, ALL))


def plain_iphone_loan_shark(a: Party, i: int) -> Case:
    """A debtor's iPhone mail about a loan shark: borrowed 20,000 at 20% a month, the
    lender's and his collector's phones, threats; his ID in Thai digits (v2), his age."""
    p = a.p
    l_name, l_phone, c_phone, _ = LENDERS[i % 2]
    nid = thai(p.nid) if i % 2 else nid_w(p.nid, i)
    text = (
        f"เรียน ศูนย์ดำรงธรรม\n\n{me(a)} {a.name} อายุ {age(a)} ปี\nบัตรประชาชน {nid}\n"
        f"บ้านเลขที่ {home(a, i + 1)}\nเบอร์{me(a)} {tel(a, i + 1)}\n\n"
        f"ขอแจ้งเรื่องหนี้นอกระบบ{ending(a)} {me(a)}กู้เงิน {l_name} (เฮีย) จำนวน 20,000 บาท เมื่อเดือน มิ.ย. 69 "
        "ดอกร้อยละ 20 ต่อเดือน ส่งวันละ 800 บาท ส่งมาแล้ว 96,000 บาท ยังบอกว่าเงินต้นไม่ลด\n"
        f"ตอนนี้มีคนมาทวงที่บ้าน ขู่จะทำร้าย เบอร์ที่โทรมาขู่ {mobile(c_phone, i)} เบอร์เจ้าหนี้ {mobile(l_phone, i + 2)}\n"
        f"อยากให้ช่วยไกล่เกลี่ยและดำเนินคดี{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "แจ้งหนี้นอกระบบ ถูกข่มขู่", box(a), text=text)
    return Case("plain_iphone_loan_shark", raw, own(a, NO_BIRTH))


def plain_volunteer_for_villager(a: Party, i: int) -> Case:
    """A village volunteer writes from her Yahoo box for an old villager who signed a
    land-backed loan he cannot read: the villager's lines under their labels, values on
    the next line; her own ID, phone and box."""
    p = a.p
    v_name, v_id, v_phone, v_box, role = VOLUNTEERS[i % 2]
    text = (
        f"เรียน ผู้อำนวยการสำนักงานยุติธรรมจังหวัด{p.province}\n\n"
        f"ข้าพเจ้า {v_name} {role} เลขประจำตัวประชาชน {nid_w(v_id, i + 1)} "
        f"ขอส่งเรื่องขอความช่วยเหลือทางกฎหมายแทนชาวบ้านในหมู่บ้าน ซึ่งอายุมากและไม่มีโทรศัพท์ ดังนี้\n\n"
        f"ชื่อผู้ขอรับความช่วยเหลือ\n{a.name}\nเลขประจำตัวประชาชน\n{nid_w(p.nid, i)}\n"
        f"วันเดือนปีเกิด\n{born_th(p.born, i + 1)}\nที่อยู่\n{home(a, i)}\n\n"
        "เรื่อง ลุงถูกนายทุนให้ลงชื่อในสัญญาขายฝากที่ดิน น.ส.3ก. เลขที่ 2247 แทนสัญญากู้เงิน 150,000 บาท "
        "ครบกำหนดไถ่ 30 ธ.ค. 2569 ต้องการปรึกษาทนายความและขอให้กองทุนยุติธรรมช่วยเหลือ\n\n"
        f"หากต้องการข้อมูลเพิ่มติดต่อข้าพเจ้า {mobile(v_phone, i)}\n\n{v_name}\n{role}\n"
    )
    raw = message(
        i, "ขอความช่วยเหลือทางกฎหมาย (อาสาสมัครส่งแทนชาวบ้าน)", f"{v_name[3:]} <{v_box}>", text=text
    )
    return Case("plain_volunteer_for_villager", raw, for_other(a, ALL))


def plain_outlook_forward_debt(a: Party, i: int) -> Case:
    """A debtor forwards from Outlook a collection agency's notice and asks debt
    mediation: her own lines above; the agency's notice below (its Bangkok office, line,
    the card contract number, a masked card number, the amount)."""
    p = a.p
    text = (
        f"เรียน ศูนย์ไกล่เกลี่ยข้อพิพาท สำนักงานยุติธรรมจังหวัด{p.province}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i + 2)} "
        f"อยู่ที่ {home(a, i + 2)} โทร {tel(a, i + 2)}\n"
        f"ขอเข้าร่วมโครงการไกล่เกลี่ยหนี้บัตรเครดิต เนื่องจากตกงานและไม่สามารถชำระตามยอดที่บริษัทติดตามหนี้เรียกได้ "
        f"ขอผ่อนเดือนละ 1,500 บาท{ending(a)} ส่งต่อหนังสือทวงหนี้มาด้านล่าง\n\n"
        "________________________________\n"
        "From: ฝ่ายติดตามหนี้ บริษัท เอเชียคอลเลคชั่น จำกัด <notice@asiacollect.example.co.th>\n"
        f"Sent: {2 + i % 20} November 2026 09:14\nTo: {p.email or 'no-mail@example.net'}\n"
        "Subject: หนังสือแจ้งเตือนการชำระหนี้ครั้งสุดท้าย\n\n"
        f"เรียน คุณ{p.first} {p.last}\n"
        f"ตามที่ท่านเป็นหนี้บัตรเครดิต หมายเลขบัตร 4512-XXXX-XXXX-{8841 + i} เลขที่สัญญา 6021883411{90 + i} "
        f"ยอดหนี้คงค้าง 87,45{i} บาท ขอให้ติดต่อชำระภายใน 15 วัน มิฉะนั้นจะดำเนินคดีตามกฎหมาย\n"
        "ติดต่อ 02-118-4400 ต่อ 31 หรือ 081-559-2041 (คุณธนพล)\n"
        "บริษัท เอเชียคอลเลคชั่น จำกัด 989 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310\n"
    )
    raw = message(i, "FW: หนังสือแจ้งเตือนการชำระหนี้ครั้งสุดท้าย / ขอไกล่เกลี่ยหนี้", box(a), text=text)
    return Case("plain_outlook_forward_debt", raw, own(a, ALL))


def plain_webform_notification(a: Party, i: int) -> Case:
    """The provincial consumer desk's web form notifies by mail (from no-reply): the
    ผู้ร้อง's lines, then the ผู้ถูกร้อง (an air-conditioner shop: its name, place, line),
    the receipt's number and the faulty unit's serial."""
    p = a.p
    f_name, _f_no, f_line, f_place = FIRMS[1]
    text = (
        f"[ระบบรับเรื่องร้องเรียนออนไลน์] มีเรื่องร้องเรียนใหม่ เลขรับ CP-{p.postal}-{2690 + i}\n"
        "==================================================\n"
        "ประเภทเรื่อง: สินค้าชำรุดบกพร่อง / ไม่ได้รับบริการหลังการขาย\n\n"
        f"ชื่อ-นามสกุลผู้ร้อง: {a.name}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"วัน/เดือน/ปีเกิด: {born_th(p.born, 1)}\n"
        f"ที่อยู่ที่ติดต่อได้: {home(a, i)}\n"
        f"โทรศัพท์มือถือ: {tel(a, i)}\n"
        f"อีเมล: {p.email}\n\n"
        f"ชื่อผู้ถูกร้อง/ร้านค้า: {f_name}\n"
        f"ที่อยู่ผู้ถูกร้อง: {f_place}\n"
        f"โทรศัพท์ผู้ถูกร้อง: {f_line}\n"
        f"เลขที่ใบเสร็จ/ใบกำกับภาษี: IV{2609}-{10472 + i}\n"
        f"หมายเลขเครื่อง (Serial): 4C1B{7720 + i}KX\n\n"
        "รายละเอียด: ซื้อเครื่องปรับอากาศ 18,000 BTU ราคา 21,900 บาท ติดตั้ง 2 เดือนน้ำหยดและไม่เย็น "
        "แจ้งร้านแล้ว 3 ครั้งไม่มาซ่อม อยู่ในระยะประกัน\n"
        "ความประสงค์: ให้ร้านซ่อมหรือเปลี่ยนเครื่องใหม่\n"
        "==================================================\n"
        "อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(i, f"[เรื่องร้องเรียนใหม่] CP-{p.postal}-{2690 + i} สินค้าชำรุดบกพร่อง",
                  "ระบบรับเรื่องร้องเรียน <no-reply@ocpb-udon.example.go.th>", text=text)  # fmt: skip
    return Case("plain_webform_notification", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_daughter_for_father(a: Party, i: int) -> Case:
    """A daughter in Pathum Thani writes from Gmail for her father whom a call-centre gang
    talked into transferring his savings: his lines as a list, the mule account, her own
    ID, home, phone and box below."""
    p = a.p
    d_name = f"{DAUGHTERS[i % 2]} {p.last}"
    who = "บิดา" if p.title == "นาย" else "มารดา"
    lines = [f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}", "",
             f"ดิฉัน {d_name} เป็นบุตรสาวของผู้เสียหาย ขอร้องเรียนแทน{who}ซึ่งถูกแก๊งคอลเซ็นเตอร์หลอกให้โอนเงิน ดังนี้", "",
             "<b>ข้อมูลผู้เสียหาย</b>",
             f"• ชื่อ-สกุล: {a.name}", f"• เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}", f"• วันเกิด: {born_th(p.born, i)}",
             f"• ที่อยู่: {home(a, i + 1)}", "",
             "<b>เหตุการณ์</b>",
             f"มีคนโทรจากเบอร์ 02-{104 + i}-7731 อ้างเป็นเจ้าหน้าที่กรมที่ดิน ให้โอนเงิน 186,000 บาท เข้าบัญชีธนาคารกรุงไทย "
             f"เลขที่ 98{i}-0-44712-6 ชื่อบัญชี นายอภิสิทธิ์ มาลัยทอง เมื่อวันที่ {thai_day(date(2026, 11, 1 + i))}", "",
             f"ตอนนี้{who}อยู่บ้านคนเดียว ไม่มีโทรศัพท์มือถือ ขอให้ติดต่อดิฉันแทน", "", "--",
             d_name, f"เลขประจำตัวประชาชน {nid_w(REL_IDS[0], i)}", REL_HOMES[0], f"โทร {mobile(REL_PHONES[0], i)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, f"ร้องเรียนแทน{who} ถูกแก๊งคอลเซ็นเตอร์หลอกโอนเงิน",
                  f"{DAUGHTERS[i % 2][6 if i % 2 == 0 else 3:]} {p.last} <ortai.{i}@gmail.com>", html=html)  # fmt: skip
    return Case("html_gmail_daughter_for_father", raw, for_other(a, ALL))


def html_outlook_lawyer_bail_fund(a: Party, i: int) -> Case:
    """A lawyer's Outlook asks the กองทุนยุติธรรม for bail money for a client held in a
    fraud case he denies: the client's name, ID, home in prose, the case's black number;
    the lawyer's signature (licence, office, line, mobile)."""
    p = a.p
    law, lic, office, line, mob, lbox = LAWYERS[i % 2]
    paras = [f"เรียน ผู้อำนวยการสำนักงานยุติธรรมจังหวัด{p.province}", "",
             f"ข้าพเจ้าในฐานะทนายความของ {a.name} (เลขประจำตัวประชาชน {nid_w(p.nid, i)}) "
             f"ภูมิลำเนาอยู่บ้านเลขที่ {home(a, i + 1)} ผู้ต้องหาในคดีอาญาหมายเลขดำที่ อ.{1123 + i}/2569 ของศาลจังหวัด{p.province} "
             "ซึ่งลูกความถูกกล่าวหาว่าเป็นเจ้าของบัญชีม้า ทั้งที่บัตรประชาชนของลูกความสูญหายและได้แจ้งความไว้ก่อนแล้ว",
             "ลูกความมีรายได้น้อย ไม่สามารถหาหลักประกันได้ จึงขอรับการสนับสนุนเงินกองทุนยุติธรรมเพื่อใช้ในการปล่อยตัวชั่วคราว "
             "จำนวน 90,000 บาท", "",
             "ได้แนบคำร้อง สำเนาบัตรของลูกความ และใบแจ้งความบัตรหาย มาพร้อมนี้", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{law}</b><br>ทนายความ ใบอนุญาตเลขที่ {lic}<br>{office}<br>'
           f'โทร {line} | มือถือ {mob}<br><a href="mailto:{lbox}">{lbox}</a></p>')  # fmt: skip
    raw = message(i, "ขอรับการสนับสนุนเงินกองทุนยุติธรรม (ประกันตัว)", f"{law} <{lbox}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_lawyer_bail_fund", raw, for_other(a, NO_BIRTH))


def html_google_forms_complaint(a: Party, i: int) -> Case:
    """A Google Forms response mailed to the desk as a table: the ผู้ร้องเรียน's rows
    (labels with qualifiers), then the shop's rows (name, phone, PromptPay), order no."""
    p = a.p
    s_name, s_phone, bank, acct, shop = SELLERS[(i + 1) % 2]
    rows = [("ประทับเวลา", f"{3 + i % 20}/11/2026 {9 + i % 9}:41:0{i % 10}"),
            ("ชื่อ-นามสกุล (ผู้ร้องเรียน)", a.name), ("เลขบัตรประจำตัวประชาชน 13 หลัก", nid_w(p.nid, i + 2)),
            ("วันเดือนปีเกิด (พ.ศ.)", born_th(p.born, i + 1)), ("ที่อยู่ปัจจุบัน (ที่ติดต่อได้)", home(a, i + 2)),
            ("เบอร์โทรศัพท์ (ที่ติดต่อได้)", tel(a, i + 3)), ("อีเมล", p.email),
            ("ชื่อร้านค้า / เพจ", shop), ("ชื่อผู้ขาย (ตามบัญชีที่โอน)", s_name),
            ("เบอร์โทรศัพท์ผู้ขาย", mobile(s_phone, i)), ("ธนาคาร / เลขที่บัญชี", f"{bank} {acct}"),
            ("เลขที่คำสั่งซื้อ", ORDER_NOS[(i + 1) % 2]), ("ยอดเงินที่เสียหาย (บาท)", f"{3450 + 100 * i:,}"),
            ("รายละเอียด", "สั่งเสื้อผ้า 12 ตัว ได้รับของไม่ตรงปก ผ้าขาด ขอคืนเงินแล้วร้านไม่ตอบ")]  # fmt: skip
    t = "".join(f'<tr><td style="padding:6px;background:#f1f3f4;width:40%">{x}</td><td style="padding:6px">{y}</td></tr>'
                for x, y in rows)  # fmt: skip
    html = ('<html><body style="font-family:Roboto,Arial">'
            '<div style="font-size:20px">แบบฟอร์มร้องเรียนสินค้าและบริการออนไลน์</div>'
            '<div style="color:#5f6368">มีการตอบกลับแบบฟอร์มใหม่</div><br>'
            f'<table style="border-collapse:collapse" border="1">{t}</table>'
            '<br><div style="color:#5f6368;font-size:11px">Google Forms: สร้างและวิเคราะห์แบบสำรวจ</div></body></html>\n')  # fmt: skip
    raw = message(i, "มีการตอบกลับแบบฟอร์มใหม่: แบบฟอร์มร้องเรียนสินค้าและบริการออนไลน์",
                  "Google Forms <forms-receipts-noreply@google.com>", html=html)  # fmt: skip
    return Case("html_google_forms_complaint", raw, own(a, ALL))


def html_iphone_reply_quoted(a: Party, i: int) -> Case:
    """A borrower replies from her iPhone to the centre's officer, who asked more details
    for a student-loan (กยศ.) mediation: her lines above; her guarantor (his ID); the
    officer's quoted mail with his name and line below."""
    p = a.p
    g_name, g_id = (("นายสุพจน์ แสงสว่าง", with_check_digit("410100339871")),
                    ("นางมาลัย บุญเต็ม", with_check_digit("420100274415")))[i % 2]  # fmt: skip
    top = (f"<div dir=\"auto\">สวัสดี{ending(a)} ส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}</div><div dir=\"auto\"><br></div>"
           f"<div dir=\"auto\">ชื่อ {a.name}</div><div dir=\"auto\">เลขบัตร {nid_w(p.nid, i + 1)}</div>"
           f"<div dir=\"auto\">เกิด {born_th(p.born, i + 2)}</div><div dir=\"auto\">ที่อยู่ {home(a, i + 1)}</div>"
           f"<div dir=\"auto\">เบอร์ {tel(a, i + 1)}</div><div dir=\"auto\"><br></div>"
           f"<div dir=\"auto\">ผู้ค้ำประกัน {g_name} เลขบัตร {nid_w(g_id, i)} (ถูกฟ้องร่วมด้วย)</div>"
           f"<div dir=\"auto\">สัญญากู้ยืม กยศ. เลขที่ 1-4102-{55871 + i} ยอดค้าง 64,210 บาท</div>"
           "<div dir=\"auto\"><br></div><div dir=\"auto\">ส่งจาก iPhone ของฉัน</div>")  # fmt: skip
    quoted = ('<div dir="ltr"><br><blockquote type="cite">'
              f"เมื่อ {4 + i % 20} พ.ย. 2569 เวลา 10:12 ศูนย์ไกล่เกลี่ยข้อพิพาท &lt;mediation@moj-udon.example.go.th&gt; เขียนว่า:<br><br>"
              f"เรียน คุณ{p.first}<br>ตามที่ท่านขอไกล่เกลี่ยหนี้ กยศ. กรุณาส่ง ชื่อ เลขบัตร วันเกิด ที่อยู่ เบอร์โทร "
              "และชื่อผู้ค้ำประกัน เพื่อนัดวันไกล่เกลี่ย<br><br>นายวิทยา คำแสน<br>นักวิชาการยุติธรรมชำนาญการ<br>"
              "โทร 042-221-406 ต่อ 12</blockquote></div>")  # fmt: skip
    html = f"<html><body>{top}{quoted}</body></html>\n"
    raw = message(i, "Re: ขอข้อมูลเพิ่มเติม ไกล่เกลี่ยหนี้ กยศ.", box(a), html=html,
                  to="mediation@moj-udon.example.go.th")  # fmt: skip
    return Case("html_iphone_reply_quoted", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def table_rows(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for x, y in rows:
        cells = t.add_row().cells
        cells[0].text = x
        cells[1].text = y
        if not y:
            cells[0].merge(cells[1])


def docx_legal_aid_form(a: Party, i: int) -> Case:
    """The justice office's คำขอรับความช่วยเหลือทางกฎหมาย typed in Word as a table: part 1
    the applicant, part 2 the other side (a landlord keeping a deposit), part 3 the one
    who fills it in for another (empty)."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอรับความช่วยเหลือทางกฎหมาย\nสำนักงานยุติธรรมจังหวัด" + p.province)
        table_rows(d, [
            ("ส่วนที่ 1 ข้อมูลผู้ขอรับความช่วยเหลือ", ""),
            ("ชื่อ - นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วัน เดือน ปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
            ("โทรศัพท์", tel(a, i + 2)), ("E-mail", p.email or "-"),
            ("ส่วนที่ 2 ข้อมูลคู่กรณี", ""),
            ("ชื่อ - นามสกุล คู่กรณี", "นายประเสริฐ วงศ์สวัสดิ์ (เจ้าของหอพักสุขใจแมนชั่น)"),
            ("ที่อยู่คู่กรณี", "199 ถนนอุดรดุษฎี ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
            ("โทรศัพท์คู่กรณี", "081-954-2270"),
            ("ส่วนที่ 3 ผู้กรอกแบบแทน (ถ้ามี)", ""), ("ชื่อ - นามสกุล", ""), ("เกี่ยวข้องเป็น", ""),
        ])  # fmt: skip
        d.add_paragraph(
            "เรื่องที่ขอรับความช่วยเหลือ: ผู้ให้เช่าไม่คืนเงินประกันห้องพัก 7,000 บาท หลังย้ายออกครบสัญญาเช่าเลขที่ 44/2568 "
            "ขอคำปรึกษาและให้ช่วยร่างหนังสือบอกกล่าวทวงถาม"
        )
        d.add_paragraph(
            f"ลงชื่อ...................................ผู้ขอ\n({a.name})\nวันที่ {5 + i % 20} พฤศจิกายน 2569"
        )

    raw = message(i, "ส่งแบบคำขอรับความช่วยเหลือทางกฎหมาย", box(a), text=f"เรียน เจ้าหน้าที่\nส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอรับความช่วยเหลือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_legal_aid_form", raw, own(a, ALL))


def docx_dotted_mediation_request(a: Party, i: int) -> Case:
    """A คำร้องขอให้ไกล่เกลี่ยข้อพิพาท typed over its dotted lines (the dots kept around
    the values): the ผู้ร้อง (the debtor), then the คู่กรณี lender with his home and
    phone, the debt."""
    p = a.p
    l_name, l_phone, _, l_home = LENDERS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอให้ไกล่เกลี่ยข้อพิพาท\nศูนย์ไกล่เกลี่ยข้อพิพาทภาคประชาชน")
        d.add_paragraph(
            f"เขียนที่....บ้านเลขที่ {p.house}....\nวันที่....{9 + i % 19}....เดือน....พฤศจิกายน....พ.ศ....2569...."
        )
        d.add_paragraph(
            f"ข้าพเจ้า (ผู้ร้อง)....{a.name}....อายุ....{age(a)}....ปี เลขประจำตัวประชาชน....{nid_w(p.nid, i + 1)}....\n"
            f"อยู่บ้านเลขที่....{home(a, i)}....\nโทรศัพท์....{tel(a, i)}...."
        )
        d.add_paragraph(
            f"มีความประสงค์ขอให้ไกล่เกลี่ยข้อพิพาทกับ (คู่กรณี)....{l_name}....\nอยู่บ้านเลขที่....{l_home}....\n"
            f"โทรศัพท์....{mobile(l_phone, i)}...."
        )
        d.add_paragraph(
            "เรื่อง....หนี้เงินกู้ 50,000 บาท ตามสัญญากู้ยืมลงวันที่ 3 มีนาคม 2568 ผู้ร้องชำระแล้ว 41,000 บาท "
            "คู่กรณีคิดดอกเบี้ยเกินอัตราและยึดสมุดบัญชีธนาคารกับบัตร ATM ของผู้ร้องไว้...."
        )
        d.add_paragraph(f"ลงชื่อ........................ผู้ร้อง\n(....{a.name}....)")

    raw = message(i, "คำร้องขอไกล่เกลี่ยข้อพิพาท", box(a), text=f"เรียน ศูนย์ไกล่เกลี่ยฯ\nแนบคำร้อง{ending(a)}\n",
                  files=(("คำร้องไกล่เกลี่ย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_dotted_mediation_request", raw, own(a, NO_BIRTH))


def docx_complaint_letter_firm(a: Party, i: int) -> Case:
    """A complaint letter in Word against a solar-roof installer: the writer's address
    top right (hers), the firm with its juristic number, line and its salesman's mobile,
    the contract number; her signature with her phone."""
    p = a.p
    f_name, f_no, f_line, f_place = FIRMS[0]

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\t{home(a, i + 1)}")
        d.add_paragraph(f"\t\t\t\t\t{12 + i % 15} พฤศจิกายน 2569")
        d.add_paragraph(
            f"เรื่อง ร้องเรียนบริษัทติดตั้งโซลาร์เซลล์ไม่ปฏิบัติตามสัญญา\nเรียน ผู้ว่าราชการจังหวัด{p.province}"
        )
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ได้ทำสัญญาจ้าง{f_name} "
            f"ทะเบียนนิติบุคคลเลขที่ {f_no} สำนักงานตั้งอยู่ {f_place} โทร {f_line} "
            f"ติดตั้งระบบโซลาร์เซลล์ 5 kW ตามสัญญาเลขที่ SP-69/{318 + i} ราคา 165,000 บาท ชำระแล้ว 120,000 บาท "
            "แต่บริษัทติดตั้งไม่แล้วเสร็จ ตัวแทนขาย (นายจักรพงษ์ ศรีเมือง โทร 092-447-1835) ไม่รับสาย"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดสั่งการให้หน่วยงานที่เกี่ยวข้องไกล่เกลี่ยให้บริษัทติดตั้งให้แล้วเสร็จหรือคืนเงิน")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nผู้ร้องเรียน\nโทร {tel(a, i + 1)}")

    raw = message(i, "หนังสือร้องเรียนบริษัทติดตั้งโซลาร์เซลล์", box(a), text="เรียน ศูนย์ดำรงธรรม\nแนบหนังสือร้องเรียน\n",
                  files=(("ร้องเรียนโซลาร์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_complaint_letter_firm", raw, own(a, NO_BIRTH))


def docx_volunteer_intake_record(a: Party, i: int) -> Case:
    """A community justice volunteer's intake record (แบบบันทึกรับเรื่องราวร้องทุกข์) in
    Word: the ผู้รับเรื่อง (him, his phone) first, then the ผู้ร้อง's lines, the matter
    (a motorbike dealer's hire-purchase repossession); sent from his box."""
    p = a.p
    v_name, _v_id, v_phone, v_box, role = VOLUNTEERS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบบันทึกรับเรื่องราวร้องทุกข์\nศูนย์ยุติธรรมชุมชน")
        d.add_paragraph(
            f"ผู้รับเรื่อง {v_name} ตำแหน่ง {role} โทร {mobile(v_phone, i)}\nวันที่รับเรื่อง {thai_day(date(2026, 11, 2 + i % 20))}"
        )
        table_rows(d, [
            ("ข้อมูลผู้ร้อง", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home(a, i + 2)), ("เบอร์โทรศัพท์", tel(a, i + 3)),
        ])  # fmt: skip
        d.add_paragraph(
            "สาระสำคัญของเรื่อง: ร้านจำหน่ายรถจักรยานยนต์ยึดรถตามสัญญาเช่าซื้อเลขที่ HP6904-2217 ทั้งที่ผู้ร้องค้างชำระเพียง 1 งวด "
            "และไม่มีหนังสือบอกกล่าว ผู้ร้องต้องการให้ไกล่เกลี่ยขอรับรถคืน"
        )
        d.add_paragraph(
            f"ลงชื่อ.................ผู้ร้อง\n({a.name})\n\nลงชื่อ.................ผู้รับเรื่อง\n({v_name})"
        )

    raw = message(i, "ส่งบันทึกรับเรื่องร้องทุกข์", f"{v_name[3:]} <{v_box}>",
                  text="เรียน สำนักงานยุติธรรมจังหวัด\nส่งบันทึกรับเรื่องของชาวบ้านมาเพื่อพิจารณา\n",
                  files=(("บันทึกรับเรื่อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_volunteer_intake_record", raw, no_mail(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_legal_aid_en(a: Party, i: int) -> Case:
    """The justice fund's fillable request (fields named applicant_* and opponent_*): the
    applicant's lines, the opponent (an employer who did not pay wages), the matter."""
    p = a.p
    labels = [(45, 18, "คำขอรับการช่วยเหลือจากกองทุนยุติธรรม"), (20, 40, "ชื่อผู้ยื่นคำขอ"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 90, "คู่กรณี"), (20, 100, "ที่อยู่คู่กรณี"),
              (20, 110, "โทรศัพท์คู่กรณี"), (20, 125, "เรื่อง"), (20, 150, "ลงชื่อ ........................ ผู้ยื่นคำขอ")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 50, 40, 100), Field("applicant_id", p.nid, 60, 50, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i), 135, 50, 45), Field("applicant_address", home(a, i), 35, 60, 160),
              Field("applicant_phone", tel(a, i), 45, 70, 55), Field("applicant_email", p.email, 125, 70, 70),
              Field("opponent_name", "หจก. ดอนหายโศกการก่อสร้าง (นายสุรชัย มีทรัพย์)", 40, 90, 140),
              Field("opponent_address", "58 หมู่ที่ 6 ตำบลหนองไผ่ อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000", 50, 100, 140),
              Field("opponent_phone", "086-223-9104", 55, 110, 50),
              Field("matter", "นายจ้างค้างค่าจ้าง 3 เดือน รวม 27,600 บาท ขอค่าธรรมเนียมศาลและทนายความ", 35, 125, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอรับการช่วยเหลือกองทุนยุติธรรม", box(a), text=f"ส่งคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("justice_fund_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_legal_aid_en", raw, own(a, ALL))


def pdf_fillable_complaint_th(a: Party, i: int) -> Case:
    """The consumer desk's fillable complaint form (Thai field names): the ผู้ร้อง (comb
    ID), the ผู้ถูกร้อง seller (name, phone, account), the order number."""
    p = a.p
    s_name, s_phone, bank, acct, shop = SELLERS[i % 2]
    labels = [(40, 18, "แบบคำร้องเรียนด้านการคุ้มครองผู้บริโภค"), (20, 40, "ผู้ร้อง ชื่อ-สกุล"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "เกิดวันที่"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 90, "ผู้ถูกร้อง ชื่อ-สกุล/ร้าน"),
              (20, 100, "โทรศัพท์ผู้ถูกร้อง"), (20, 110, "บัญชีที่โอนเงิน"), (20, 120, "เลขที่คำสั่งซื้อ")]  # fmt: skip
    fields = [Field("ผู้ร้อง_ชื่อ", a.name, 55, 40, 100), Field("ผู้ร้อง_เลขบัตร", p.nid, 60, 50, 55, comb=13),
              Field("ผู้ร้อง_วันเกิด", born_th(p.born, i + 1), 140, 50, 45), Field("ผู้ร้อง_ที่อยู่", home(a, i + 1), 35, 60, 160),
              Field("ผู้ร้อง_โทร", tel(a, i + 1), 45, 70, 55), Field("ผู้ร้อง_อีเมล", p.email, 125, 70, 70),
              Field("ผู้ถูกร้อง_ชื่อ", f"{s_name} ({shop})", 70, 90, 120), Field("ผู้ถูกร้อง_โทร", mobile(s_phone, i), 60, 100, 55),
              Field("บัญชี", f"{bank} {acct}", 55, 110, 100), Field("คำสั่งซื้อ", ORDER_NOS[i % 2], 55, 120, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบคำร้องเรียน สคบ. (PDF)", box(a), text=f"เรียน เจ้าหน้าที่คุ้มครองผู้บริโภค\nแนบแบบคำร้อง{ending(a)}\n",
                  files=(("คำร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_complaint_th", raw, own(a, ALL))


def pdf_typed_fraud_letter(a: Party, i: int) -> Case:
    """A victim's typed letter (Word to PDF): her address block top right, an investment
    app's fraud, the account she transferred to, the scammer's LINE phone, the police
    report; her signature and phone."""
    p = a.p
    h = home(a, i)
    paras: list[tuple[float, str]] = [(115, h[: h.rfind(" ", 0, h.rfind(" "))]), (115, h[h.rfind(" ", 0, h.rfind(" ")) + 1:]),
             (0, ""), (115, f"{10 + i % 18} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ขอความช่วยเหลือกรณีถูกหลอกลงทุนออนไลน์"), (20, f"เรียน ผู้อำนวยการศูนย์ดำรงธรรมจังหวัด{p.province}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิดวันที่ {born_th(p.born, i)} "
                  "ถูกชักชวนทางไลน์ให้ลงทุนเทรดทองคำผ่านแอปพลิเคชัน โดยผู้ใช้ไลน์ชื่อ \"พี่แนน ที่ปรึกษา\" เบอร์ 095-561-2738 "
                  f"ข้าพเจ้าโอนเงินรวม 3 ครั้ง 245,000 บาท เข้าบัญชีธนาคารออมสิน เลขที่ 0204{i}5581372 ชื่อบัญชี นายธนากร พึ่งทอง "
                  "แล้วไม่สามารถถอนเงินได้"),
             (30, f"ข้าพเจ้าได้แจ้งความร้องทุกข์ทางออนไลน์แล้ว เลขรับแจ้งความ 6911{i:02d}00812345 จึงขอให้ช่วยติดตามและประสานการคืนเงิน"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, f"โทร {tel(a, i + 2)}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอความช่วยเหลือ ถูกหลอกลงทุนออนไลน์", box(a), text="เรียน ศูนย์ดำรงธรรม\nแนบหนังสือ\n",
                  files=(("หนังสือขอความช่วยเหลือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_fraud_letter", raw, own(a, ALL))


def pdf_typed_lawyer_mediation(a: Party, i: int) -> Case:
    """A lawyer's typed letter (his block top left) asking mediation for a client with a
    car-leasing firm that repossessed her pickup: the client's lines, the contract, the
    plate; the lawyer's lines for the call back."""
    p = a.p
    law, lic, office, line, mob, lbox = LAWYERS[(i + 1) % 2]
    paras: list[tuple[float, str]] = [(20, office), (20, f"โทร {line}  ใบอนุญาตเลขที่ {lic}"), (0, ""),
             (120, f"{6 + i % 20} พฤศจิกายน 2569"), (0, ""), (20, "เรื่อง ขอให้ไกล่เกลี่ยข้อพิพาทสัญญาเช่าซื้อรถยนต์"),
             (20, f"เรียน ผู้อำนวยการสำนักงานยุติธรรมจังหวัด{p.province}"), (0, ""),
             (30, f"ข้าพเจ้า {law} ทนายความผู้รับมอบอำนาจจาก {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                  f"อยู่บ้านเลขที่ {home(a, i + 1)} (ผู้เช่าซื้อ) ขอให้ไกล่เกลี่ยกับบริษัท อีสานลีสซิ่ง จำกัด "
                  f"ตามสัญญาเช่าซื้อเลขที่ UDL-2566-0{4471 + i} รถกระบะทะเบียน บต {4471 + i} {p.province} ซึ่งถูกยึดโดยไม่บอกกล่าว "
                  "ลูกความพร้อมชำระค่างวดค้าง 2 งวดพร้อมค่าติดตาม"),
             (30, f"โปรดติดต่อกลับที่ข้าพเจ้า โทร {mob} หรืออีเมล {lbox}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({law})"), (108, "ทนายความผู้รับมอบอำนาจ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอไกล่เกลี่ยข้อพิพาทสัญญาเช่าซื้อ (ทนายความ)", f"{law} <{lbox}>", text="เรียน สำนักงานยุติธรรมจังหวัด\nแนบหนังสือ\n",
                  files=(("letter_mediation.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_lawyer_mediation", raw, for_other(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_fraud_transfer_list(a: Party, i: int) -> Case:
    """A victim's sheet for the bank freeze: her head block (label, value), then the
    transfers (date, amount, bank, account, holder, the holder's phone)."""
    p = a.p
    s_name, s_phone, bank, acct, _ = SELLERS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการโอน"
        ws.append(("รายการโอนเงินของผู้เสียหาย (ประกอบการขออายัดบัญชี)",))
        ws.append(("ผู้เสียหาย", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("โทร", tel(a, i)))
        ws.append(("อีเมล", p.email))
        ws.append(())
        ws.append(("ครั้งที่", "วันที่โอน", "จำนวนเงิน", "ธนาคารปลายทาง", "เลขที่บัญชี", "ชื่อบัญชี", "เบอร์ผู้รับ"))
        for n, (d, amt) in enumerate(
            [("21/10/2569", 1500), ("22/10/2569", 12000), ("24/10/2569", 30500)]
        ):
            ws.append((n + 1, d, amt, bank, acct, s_name, s_phone))

    raw = message(i, "รายการโอนเงิน ขออายัดบัญชีคนร้าย", box(a), text=f"แนบรายการโอน{ending(a)}\n",
                  files=(("รายการโอน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_fraud_transfer_list", raw, own(a, ALL))


def xlsx_debt_list_mediation(a: Party, i: int) -> Case:
    """A debtor's list of debts for a mediation day: her block (labels with qualifiers),
    then each creditor (name, line, contract number, balance)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "หนี้สิน"
        ws.append(("แบบสำรวจหนี้สิน ลูกหนี้ที่ขอเข้าร่วมไกล่เกลี่ย",))
        ws.append(("ชื่อ-สกุล (ลูกหนี้)", a.name))
        ws.append(("เลขบัตรประชาชน (13 หลัก)", p.nid))
        ws.append(("ที่อยู่ (ตามบัตร)", home(a, i + 1)))
        ws.append(("เบอร์โทร (มือถือ)", tel(a, i + 1)))
        ws.append(("อาชีพ / รายได้ต่อเดือน", "รับจ้างทั่วไป / 9,000"))
        ws.append(())
        ws.append(("เจ้าหนี้", "เบอร์ติดต่อเจ้าหนี้", "เลขที่สัญญา", "ยอดคงค้าง", "ค่างวด"))
        ws.append(("ธนาคารออมสิน", "1115", f"02041{i}7738", 48200, 1800))
        ws.append(("บริษัท เงินติดล้อ จำกัด (มหาชน)", "02-257-7000", f"NTL-{6602130 + i}", 35900, 2100))
        ws.append(
            (
                "สหกรณ์ออมทรัพย์ครูเลย (ผู้ค้ำ: นายบุญมี คำดี)",
                "042-811-406",
                f"สอ.{1187 + i}/2567",
                120000,
                4300,
            )
        )

    raw = message(i, "แบบสำรวจหนี้สิน ไกล่เกลี่ยหนี้", box(a), text=f"เรียน เจ้าหน้าที่ไกล่เกลี่ย\nส่งรายการหนี้{ending(a)}\n",
                  files=(("หนี้สิน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_debt_list_mediation", raw, own(a, NO_BIRTH))


def xlsx_son_loan_shark_sheet(a: Party, i: int) -> Case:
    """A son's sheet for his mother's loan-shark complaint: a header row, then the
    ผู้เสียหาย (his mother; no phone), the ผู้แจ้ง (him: ID, Udon home, mobile), the
    ผู้ถูกร้อง (the lender, his phone)."""
    p = a.p
    s_name = f"{SONS[i % 2]} {p.last}"
    l_name, l_phone, _, l_home = LENDERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งหนี้นอกระบบ"
        ws.append(("แบบแจ้งข้อมูลหนี้นอกระบบ",))
        ws.append(("สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์"))
        ws.append(("ผู้เสียหาย", a.name, nid_w(p.nid, i + 2), born_th(p.born, i), home(a, i), "-"))
        ws.append(
            ("ผู้แจ้ง (บุตร)", s_name, nid_w(REL_IDS[1], i), "", REL_HOMES[1], mobile(REL_PHONES[1], i))
        )
        ws.append(("ผู้ถูกร้อง (เจ้าหนี้)", l_name, "", "", l_home, mobile(l_phone, i + 1)))
        ws.append(())
        ws.append(("ยอดกู้", "30,000 บาท ดอกเบี้ยร้อยละ 10 ต่อวัน (ส่งรายวัน)"))

    raw = message(i, "แจ้งหนี้นอกระบบแทนแม่", f"{s_name[3:]} <peera.{i}@gmail.com>",
                  text="เรียน ศูนย์ดำรงธรรม\nผมขอแจ้งเรื่องหนี้นอกระบบแทนแม่ รายละเอียดตามไฟล์แนบครับ\n",
                  files=(("หนี้นอกระบบ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_son_loan_shark_sheet", raw, for_other(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gmail_online_fraud, (2, 6)),
    (plain_iphone_loan_shark, (1, 11)),
    (plain_volunteer_for_villager, (3, 7)),
    (plain_outlook_forward_debt, (0, 8)),
    (plain_webform_notification, (5, 12)),
    (html_gmail_daughter_for_father, (11, 4)),
    (html_outlook_lawyer_bail_fund, (9, 13)),
    (html_google_forms_complaint, (10, 1)),
    (html_iphone_reply_quoted, (6, 2)),
    (docx_legal_aid_form, (13, 3)),
    (docx_dotted_mediation_request, (4, 9)),
    (docx_complaint_letter_firm, (12, 0)),
    (docx_volunteer_intake_record, (7, 10)),
    (pdf_fillable_legal_aid_en, (8, 5)),
    (pdf_fillable_complaint_th, (1, 6)),
    (pdf_typed_fraud_letter, (10, 12)),
    (pdf_typed_lawyer_mediation, (0, 5)),
    (xlsx_fraud_transfer_list, (9, 2)),
    (xlsx_debt_list_mediation, (8, 4)),
    (xlsx_son_loan_shark_sheet, (4, 0)),
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
