"""A twenty-ninth set of requests written by someone who had not read the readers (issue
8): requests that reach the agency's inbox through MACHINES and OFFICE TOOLS, in shapes
sets 1-28 do not hold.

Written before reading `extractors/` or `config/` (only the harness, blind_sets.py, set
27's builder and test, the file makers of sets 5, 11, 13 and 17 and the earlier sets'
style names were read):

- web-form services' notification mails: WordPress Contact Form 7 in plain text with the
  webmaster's English slugs ("your-name", or the generic "text-231", "tel-504",
  "textarea-645") and the site's footer holding the agency's own phone; CF7 in HTML with
  the citizen's e-mail only in Reply-To; WPForms' label row / value row table with the
  title in a field of its own and the address field's lines and "province, postal";
  Elementor's plain mail with its metadata block (Date, Time, Page URL, User Agent,
  Remote IP) and a "No Label field_..." phone; Jotform's table with a prefix split from
  the name by a space, the (###) ###-#### phone mask, the MM-DD-YYYY date and the address
  field's sub-labels; the agency's Apps Script mail of a Google Sheet row whose question
  headers carry examples ("ตัวอย่าง 01/01/2530"), the row as pairs or as a header row and
  a value row; a form mail whose citizen's name and e-mail are only in Reply-To; a form
  service whose footer carries the respondent's name and e-mail beside the service's own
  company address, postal code and phone.
- chats and office forwards: a clerk forwarding a LINE OA chat (the clerk's signature
  with her phone and mobile above it, the account's own replies with the office phone);
  a clerk forwarding a Facebook page message (the page's automatic reply listing the
  labels without values, Meta's footer with a US address and ZIP code); an e-Saraban
  notice with a receipt number, its own date and a minute with a clerk's extension above
  the original mail; a LINE chatbot's summary with the LINE display name (a nickname) and
  the userId.
- Outlook HTML: the form twice, once inside <!--[if mso]> and once inside <!--[if !mso]>,
  with VML shapes and <o:p>; the VML button holding the office's phone.
- scanner "searchable PDFs" (a picture of the typed form with an invisible text layer):
  the layer with O for 0 and l for 1 in numbers, or Thai digits mixed in; the layer with
  broken vowels and extra spaces inside words and numbers; the layer with dot leaders, a
  scanner's header line and the agency's receipt stamp.
- a web-form service's PDF summary of the submission (submission date and ID at the top).
- Word: an agency template of content controls (a date picker whose stored date and shown
  text agree, a province drop-down, an e-mail control left showing its placeholder); the
  template returned with a clerk's comment quoting the old phone and the new value as a
  tracked change (or the ID's check digit corrected so, with the citizen's reply).
- sheets: a PDF printed from Excel with gridlines, the file name, sheet name, page number
  and print date in header and footer; an XLSX form of merged cells with the ID one digit
  per cell and the birth date in three cells; an ODS whose address label spans two rows
  and whose "for officials" block holds the clerk's name and phone.

Conventions: the applicant is the person who filled the form or wrote in the chat, never
the clerk who forwards it, the service that mailed it or the agency itself; the phone is
the applicant's own, never the agency's (footer, stamp, automatic reply, VML button), a
clerk's extension or mobile, or the form service's company phone. The e-mail is the one
the applicant typed; where the form's mail carries it only in Reply-To (or only in the
service's footer), that one; where the applicant gave none (a LINE chat forwarded by a
clerk), none is expected. Names: the title joined to the first name, one space before the
family name; where the title is in its own form field, the name field's value alone is
right too; where the only name anywhere is a display name without a title (Reply-To), it
is right without one. A LINE display name (a nickname) is never the name. Dates: a form
service's submission time, a print date, a scanner's or receipt stamp's date are never the
birth date; Jotform's MM-DD-YYYY is read month first (every birth day here is after the
12th, so the order is never in doubt). A scanner's text layer: the value on the paper (the
picture) is right; a value read with the layer's slip is wrong. Addresses: from the house
number to the district, with or without the province and postal code, as in set 5's
`addresses`; WPForms' "district, province postal" with its comma is right as typed.
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

import html as htmllib
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Person,
    W,
    expect,
    thai_date,
    xlsx_bytes,
    xml_escape,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone, t
from unseen_requests_13 import body_docx, dashed_id, para, slash_date
from unseen_requests_17 import ODS, cell, grid, zipped

# ruff: noqa: E501 -- HTML and mail text as the machines write them: one long line each

PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "กัญญารัตน์", "ทองสุข", with_check_digit("140010057316"), date(1996, 9, 14),
           "0823361478", "kanyarat.ts@gmail.com", "88/12", "6", "", "", "บ้านเป็ด",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "อภิชาติ", "วงศ์ใหญ่", with_check_digit("350120034872"), date(1984, 11, 27),
           "0894412058", "apichart.wy@hotmail.com", "215", "3", "", "", "หนองหาร",
           "สันทราย", "เชียงใหม่", "50290"),
    Person("นาง", "บุญเรือน", "ศรีสวัสดิ์", with_check_digit("322010049561"), date(1962, 4, 18),
           "0815529364", "boonruen62@gmail.com", "19", "11", "", "", "ท่าช้าง",
           "เมืองจันทบุรี", "จันทบุรี", "22000"),
    Person("นาย", "ณัฐวุฒิ", "แสงอรุณ", with_check_digit("110180067245"), date(1991, 12, 20),
           "0961175320", "natthawut.sa@outlook.com", "44/7", "", "ลาดพร้าว 87", "ลาดพร้าว",
           "คลองเจ้าคุณสิงห์", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    Person("นางสาว", "ศิริลักษณ์", "พรหมมา", with_check_digit("130990074638"), date(2000, 6, 25),
           "0637740912", "siriluk.pm@gmail.com", "7", "9", "", "", "หนองไผ่ล้อม",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาย", "ประเสริฐ", "คำดี", with_check_digit("356040012879"), date(1955, 3, 17),
           "0872260489", "prasert.kd@yahoo.com", "102", "2", "", "", "บ้านเหล่า",
           "แม่ใจ", "พะเยา", "56130"),
    Person("นาง", "วิไลวรรณ", "จันทร์เพ็ญ", with_check_digit("312020058417"), date(1976, 10, 29),
           "0849918273", "wilaiwan.jp@gmail.com", "56/3", "5", "", "", "บางพูด",
           "ปากเกร็ด", "นนทบุรี", "11120"),
    Person("นาย", "ธีรพงษ์", "อินทรสุวรรณ", with_check_digit("110070093356"), date(1988, 1, 23),
           "0928834107", "teerapong.in@icloud.com", "1200/45", "", "", "พระราม 4", "คลองเตย",
           "คลองเตย", "กรุงเทพมหานคร", "10110"),
)  # fmt: skip

NICK = {"กัญญารัตน์": "แพรว", "อภิชาติ": "ชาติ", "บุญเรือน": "แม่เรือน", "ณัฐวุฒิ": "บอส",
        "ศิริลักษณ์": "ฝ้าย", "ประเสริฐ": "ลุงเสริฐ", "วิไลวรรณ": "ไหม", "ธีรพงษ์": "ต้น"}  # fmt: skip
AGENCY = "องค์การบริหารส่วนตำบลบ้านเป็ด"
AGENCY_SHORT = "อบต.บ้านเป็ด"
AGENCY_MAIL = "saraban@banped.go.th"
SITE = "https://www.banped.go.th"
OFFICE_PHONE = "043-202-118"
CLERK = "สุภาพร ใจเย็น"
CLERK_MAIL = "supaporn.j@banped.go.th"
CLERK_MOBILE = "089-556-2140"
SUBJECTS = ("คำร้องออนไลน์", "แบบฟอร์มยื่นคำร้อง", "มีคำร้องใหม่", "แจ้งเตือนคำร้อง")
Style = Callable[[Person, int], Case]
ALL = "full_name national_id birth_date phone email address postal_code province"


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: str | None = None, reply_to: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 4, 20, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set29-{n}-{p.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = "เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามไฟล์แนบ\n"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def exp_of(
    p: Person, keys: str = "", *typed: str, names: tuple[str, ...] = ()
) -> dict[str, tuple[str, ...]]:
    """What a clerk accepts: set 5's address forms (and the typed ones), and the name
    with any other form the convention allows."""
    # the province as typed "จังหวัด..." even for Bangkok (mended after the first run: set
    # 5's forms hold "จ.กรุงเทพมหานคร" but not "จังหวัดกรุงเทพมหานคร", typed in the e-Saraban
    # notice's original mail)
    typed += (f"{p.line()} จังหวัด{p.province}", f"{p.line()} จังหวัด{p.province} {p.postal}")
    exp = expect(p, keys or ALL, *typed)
    if names and "full_name" in exp:
        exp["full_name"] = (*exp["full_name"], *names)
    return exp


def bare_name(p: Person) -> str:
    return f"{p.first} {p.last}"


def ce_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def parts3(p: Person) -> tuple[str, str, str]:
    """The address as a form's address field splits it: the house with its หมู่, ซอย and
    ถนน; the ตำบล/แขวง; the อำเภอ/เขต (joined with spaces they make `p.line()`)."""
    seg = p.segments()
    return " ".join([p.house, *seg[:-2]]), seg[-2], seg[-1]


def case(style: str, raw: bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, raw, exp)


def site_sender(site: str = "wordpress") -> str:
    return f"{AGENCY_SHORT} <{site}@banped.go.th>"


# --- web-form notification mails ------------------------------------------------------------


def cf7_plain_slug_labels(p: Person, i: int) -> Case:
    """WordPress Contact Form 7's plain mail as the webmaster left it: the form's own
    slugs as labels ("your-name", or CF7's generic "text-231", "tel-504"), the date field
    in ISO form, From the site's address with Reply-To the citizen, and the site's footer
    with the agency's phone and fax."""
    if i % 2 == 0:
        slugs = ("your-name", "your-email", "your-tel", "your-idcard", "your-birthday",
                 "your-address", "your-province", "your-zipcode", "your-message")  # fmt: skip
    else:
        slugs = ("text-231", "email-876", "tel-504", "text-112", "date-998", "textarea-645",
                 "menu-120", "text-377", "textarea-981")  # fmt: skip
    values = (p.name, p.email, dashed_phone(p.mobile), p.nid, p.born.isoformat(), p.line(),
              p.province, p.postal, "ขอหนังสือรับรองการอยู่อาศัย เพื่อใช้ประกอบการสมัครงาน")  # fmt: skip
    text = (
        "".join(f"{k}: {v}\n" for k, v in zip(slugs, values, strict=True))
        + f"\n-- \nอีเมลนี้ถูกส่งจากแบบฟอร์มติดต่อบนเว็บไซต์ {AGENCY} ({SITE})\n"
        f"โทร. {OFFICE_PHONE} แฟกซ์ 043-202-119\n"
    )
    raw = message(p, i, text=text, sender=site_sender(), reply_to=f"{p.name} <{p.email}>",
                  subject=f"[{AGENCY_SHORT}] คำร้องออนไลน์ \"ขอหนังสือรับรอง\"")  # fmt: skip
    return case("cf7_plain_slug_labels", raw, exp_of(p))


def cf7_html_email_in_reply_to_only(p: Person, i: int) -> Case:
    """Contact Form 7 in HTML: Thai labels in <b>, no e-mail line in the body (the
    webmaster put [your-email] into Reply-To only), the footer with the agency's phone and
    the site admin's address."""
    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line(short=i % 2 == 1)),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", p.mobile), ("เรื่อง", "ขอคัดสำเนาทะเบียนบ้าน")]  # fmt: skip
    html = (
        f"<p>มีผู้ส่งคำร้องผ่านเว็บไซต์ {esc(AGENCY)}</p>"
        + "".join(f"<p><b>{esc(k)}</b>: {esc(v)}</p>" for k, v in rows)
        + f'<hr><p style="font-size:11px;color:#777">อีเมลนี้ส่งจากแบบฟอร์มบนเว็บไซต์ <a href="{SITE}">{SITE}</a>'
        f"<br>สอบถามโทร {OFFICE_PHONE} | ผู้ดูแลระบบ admin@banped.go.th</p>"
    )
    raw = message(p, i, html=html, sender=site_sender(), reply_to=f"{p.name} <{p.email}>")
    return case("cf7_html_email_in_reply_to_only", raw, exp_of(p))


def wpforms_label_row_value_row(p: Person, i: int) -> Case:
    """WPForms' {all_fields} HTML: a row with the label in <strong>, the value in the row
    below; the title a drop-down field of its own, the name field "first last", the
    address field's lines split by <br> ending "district, province postal"."""
    head, tambon, amphoe = parts3(p)
    addr = f"{esc(head)}<br>{esc(tambon)}<br>{esc(amphoe)}, {esc(p.province)} {p.postal}"
    rows = [("คำนำหน้าชื่อ", esc(p.title)), ("ชื่อ - นามสกุล", esc(bare_name(p))),
            ("อีเมล", esc(p.email)), ("เบอร์โทรศัพท์มือถือ", esc(p.mobile)),
            ("เลขบัตรประจำตัวประชาชน", esc(p.nid)), ("วันเกิด", esc(slash_date(p.born))),
            ("ที่อยู่", addr), ("รายละเอียดคำร้อง", "ขอรับการสนับสนุนถังขยะ")]  # fmt: skip
    line = '<tr><td style="border-top:1px solid #dddddd;padding:0"></td></tr>'
    body = "".join(
        f'<tr><td style="padding:10px 0 5px"><strong>{k}</strong></td></tr>'
        f'<tr><td style="padding:0 0 10px">{v}</td></tr>{line}'
        for k, v in rows
    )
    foot = f'<p style="font-size:12px;color:#999">Sent from <a href="{SITE}">{esc(AGENCY)}</a></p>'
    if i % 2:
        foot += '<p style="font-size:11px;color:#bbb">Powered by WPForms</p>'
    html = (f'<table class="body" width="100%"><tr><td align="center"><table class="container" width="600">'
            f"{body}</table></td></tr></table>{foot}")  # fmt: skip
    raw = message(p, i, html=html, sender=site_sender(), subject="New Entry: แบบคำร้องทั่วไป")
    typed = (f"{p.line()}, {p.province}", f"{p.line()}, {p.province} {p.postal}")
    return case("wpforms_label_row_value_row", raw, exp_of(p, "", *typed, names=(bare_name(p),)))


def elementor_plain_metadata_footer(p: Person, i: int) -> Case:
    """Elementor Pro's form mail: "label: value" lines, then "---" and the form's own
    metadata (Date, Time, Page URL, User Agent, Remote IP, Powered by); in one variant the
    phone field has no label ("No Label field_a3c91e2")."""
    phone_label = "เบอร์โทรศัพท์" if i % 2 == 0 else "No Label field_a3c91e2"
    text = (
        f"ชื่อ - นามสกุล: {p.name}\n"
        f"เลขบัตร ปชช. (13 หลัก): {p.nid}\n"
        f"วันเกิด: {slash_date(p.born)}\n"
        f"{phone_label}: {p.mobile}\n"
        f"อีเมล: {p.email}\n"
        f"ที่อยู่ตามทะเบียนบ้าน: {p.line()}\n"
        f"จังหวัด: {p.province}\n"
        f"รหัสไปรษณีย์: {p.postal}\n"
        "เรื่องที่ต้องการติดต่อ: ขอรับเบี้ยความพิการ\n"
        "\n---\n\n"
        "Date: ธันวาคม 4, 2026\n"
        "Time: 8:15 pm\n"
        f"Page URL: {SITE}/e-service/form-01/\n"
        "User Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1\n"
        "Remote IP: 171.96.143.22\n"
        "Powered by: Elementor\n"
    )
    raw = message(p, i, text=text, sender=site_sender("noreply"),
                  subject=f"New message from \"{AGENCY_SHORT}\"")  # fmt: skip
    return case("elementor_plain_metadata_footer", raw, exp_of(p))


def jotform_table_month_first(p: Person, i: int) -> Case:
    """Jotform's notification table: the full-name field "prefix first last" with spaces,
    the phone with its (###) ###-#### mask, the date field MM-DD-YYYY, the address field
    with its sub-labels (Street Address, Line 2, City, State / Province, Postal / Zip
    Code); the submission ID and IP above; English labels in one variant."""
    m = p.mobile
    head, tambon, amphoe = parts3(p)
    addr = (f"Street Address: {esc(head)}<br>Street Address Line 2: {esc(tambon)}"
            f"<br>City: {esc(amphoe)}<br>State / Province: {esc(p.province)}<br>Postal / Zip Code: {p.postal}")  # fmt: skip
    b = p.born
    th = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "เบอร์โทรศัพท์", "อีเมล", "ที่อยู่")
    en = ("Full Name", "National ID", "Date of Birth", "Phone Number", "E-mail", "Address")
    labels = th if i % 2 == 0 else en
    values = (esc(f"{p.title} {p.first} {p.last}"), p.nid, f"{b.month:02d}-{b.day:02d}-{b.year}",
              f"({m[:3]}) {m[3:6]}-{m[6:]}", esc(p.email), addr)  # fmt: skip
    rows = "".join(
        f'<tr><td class="questionColumn" style="padding:8px;color:#57647e;width:180px">{esc(k)}</td>'
        f'<td class="valueColumn" style="padding:8px;color:#2c3345">{v}</td></tr>'
        for k, v in zip(labels, values, strict=True)
    )
    html = (
        '<table width="600" style="font-family:Arial"><tr><td style="font-size:18px;padding:12px">'
        "แบบคำร้องขอรับเบี้ยยังชีพผู้สูงอายุ</td></tr>"
        f'<tr><td style="color:#8894ab">Submission ID: 58299144231176{50 + i}432 &middot; IP: 1.46.{i}.77</td></tr>'
        f"<tr><td><table>{rows}</table></td></tr>"
        '<tr><td style="font-size:11px;color:#aaa">You can edit this submission and view all your submissions easily.</td></tr></table>'
    )
    raw = message(p, i, html=html, sender="Jotform <noreply@jotform.com>",
                  subject="Re: แบบคำร้องขอรับเบี้ยยังชีพผู้สูงอายุ - " + p.first)  # fmt: skip
    return case("jotform_table_month_first", raw, exp_of(p))


def apps_script_sheet_row_html(p: Person, i: int) -> Case:
    """The agency's Apps Script mails each new Google Sheet row: the questions as headers
    carrying examples ("ตัวอย่าง 01/01/2530", "เช่น 081-234-5678"), the row as label/value
    pairs, or as a header row and one value row; From the agency's own Gmail."""
    heads = ["ประทับเวลา", "ชื่อ-นามสกุล (พร้อมคำนำหน้า)",
             "เลขประจำตัวประชาชน 13 หลัก (ตัวอย่าง 1-2345-67890-12-1)",
             "วันเดือนปีเกิด (ตัวอย่าง 01/01/2530)", "เบอร์โทรศัพท์ (เช่น 081-234-5678)",
             "อีเมล (ถ้ามี)", "ที่อยู่ตามทะเบียนบ้าน (บ้านเลขที่ หมู่ ตำบล อำเภอ)", "จังหวัด",
             "รหัสไปรษณีย์", "ยินยอมให้เก็บข้อมูลส่วนบุคคล"]  # fmt: skip
    vals = [f"4/12/2026, 20:{(10 + i) % 60:02d}:55", p.name, dashed_id(p.nid), slash_date(p.born),
            dashed_phone(p.mobile), p.email, p.line(), p.province, p.postal, "ยินยอม"]  # fmt: skip
    td = '<td style="border:1px solid #ccc;padding:4px">'
    if i % 2 == 0:
        table = "".join(
            f"<tr>{td}<b>{esc(h)}</b></td>{td}{esc(v)}</td></tr>"
            for h, v in zip(heads, vals, strict=True)
        )
    else:
        table = ("<tr>" + "".join(f"{td}<b>{esc(h)}</b></td>" for h in heads) + "</tr><tr>"
                 + "".join(f"{td}{esc(v)}</td>" for v in vals) + "</tr>")  # fmt: skip
    html = (
        f"<p>มีผู้ส่งคำร้องผ่าน Google Form (แถวที่ {57 + i})</p>"
        f'<table style="border-collapse:collapse">{table}</table>'
        "<p>ดูทั้งหมดใน Google Sheets: https://docs.google.com/spreadsheets/d/1AbCdEf0123456789xyz/edit#gid=0</p>"
    )
    raw = message(p, i, html=html, sender=f"{AGENCY_SHORT} <abt.banped@gmail.com>",
                  subject=f"[แจ้งเตือน] คำร้องใหม่ แถวที่ {57 + i}")  # fmt: skip
    return case("apps_script_sheet_row_html", raw, exp_of(p))


def reply_to_only_contact(p: Person, i: int) -> Case:
    """A form mailer that never puts the name or e-mail into the body: the citizen's
    display name (no title) and address are only in Reply-To; the body holds the rest and
    "reply to this mail to reach the applicant"; HTML in one variant."""
    rows = [("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born, short=True)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("เรื่อง", "ขอความอนุเคราะห์ซ่อมไฟฟ้าส่องสว่าง")]  # fmt: skip
    head = "มีคำร้องใหม่จากแบบฟอร์มออนไลน์"
    tail = "ตอบกลับอีเมลนี้เพื่อติดต่อผู้ยื่นคำร้องโดยตรง"
    if i % 2 == 0:
        text: str | None = f"{head}\n\n" + "".join(f"{k}: {v}\n" for k, v in rows) + f"\n{tail}\n"
        html = None
    else:
        text = None
        html = (f"<p>{head}</p><ul>" + "".join(f"<li>{esc(k)}: {esc(v)}</li>" for k, v in rows)
                + f"</ul><p><i>{tail}</i></p>")  # fmt: skip
    raw = message(p, i, text=text, html=html,
                  sender="แบบฟอร์มออนไลน์ <noreply@forms.banped.go.th>",
                  reply_to=f"{bare_name(p)} <{p.email}>")  # fmt: skip
    return case("reply_to_only_contact", raw, exp_of(p, names=(bare_name(p),)))


def form_service_footer_respondent(p: Person, i: int) -> Case:
    """A form service's notification: the answers without name or e-mail, then the
    service's footer with the respondent's name and e-mail beside the service's own
    company address, postal code and phone, and an unsubscribe link."""
    text = (
        'คำตอบใหม่สำหรับแบบฟอร์ม "ยื่นคำร้องทั่วไป"\n\n'
        f"เลขประจำตัวประชาชน\n{p.nid}\n\n"
        f"วันเกิด\n{thai_date(p.born)}\n\n"
        f"ที่อยู่ปัจจุบัน\n{p.line()}\n\n"
        f"จังหวัด\n{p.province}\n\n"
        f"รหัสไปรษณีย์\n{p.postal}\n\n"
        f"เบอร์โทรศัพท์\n{p.mobile}\n\n"
        "เรื่องที่ขอ\nขอหนังสือรับรองการอยู่อาศัย\n\n"
        "—\n"
        + (
            f"ผู้ตอบ: {p.name} <{p.email}>\nส่งเมื่อ 4 ธ.ค. 2569 20:16 น.\n"
            if i % 2 == 0
            else f"Respondent: {p.name}\nSubmitted by {p.email} on 4 Dec 2026, 20:16\n"
        )
        + "FormFlow Co., Ltd. 989 อาคารสยามพิวรรธน์ ชั้น 12 ถนนพระราม 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330 โทร 02-658-0000\n"
        "ยกเลิกการรับอีเมลแจ้งเตือน: https://formflow.example.com/unsubscribe/8f2a91\n"
    )
    raw = message(p, i, text=text, sender="FormFlow <notify@formflow.example.com>",
                  subject="คำตอบใหม่: ยื่นคำร้องทั่วไป")  # fmt: skip
    return case("form_service_footer_respondent", raw, exp_of(p))


# --- chats and office forwards -------------------------------------------------------------


def clerk_signature() -> str:
    return f"{CLERK}\nเจ้าหน้าที่ธุรการ {AGENCY_SHORT}\nโทร {OFFICE_PHONE} ต่อ 12 มือถือ {CLERK_MOBILE}\n"


def line_oa_chat_clerk_forward(p: Person, i: int) -> Case:
    """A clerk forwards a LINE Official Account chat in her mail: her note and signature
    (office phone, her mobile) first, then the chat with the citizen's LINE name (a
    nickname with an emoji) and the account's replies (the office phone); the citizen
    gives an e-mail only in one variant."""
    who = f"{NICK[p.first]}🌷"
    oa = AGENCY_SHORT
    lines = [
        "2026.12.04 วันศุกร์",
        f"20:02\t{who}\tสวัสดีค่ะ ขอยื่นคำร้องขอหนังสือรับรองค่ะ",
        f"20:03\t{oa}\tสวัสดีค่ะ รบกวนแจ้ง ชื่อ-นามสกุล เลขบัตรประชาชน วันเกิด ที่อยู่ และเบอร์โทรค่ะ",
    ]
    if i % 2 == 0:
        lines += [
            f"20:05\t{who}\t{p.name}",
            f"20:05\t{who}\t{p.nid}",
            f"20:06\t{who}\tเกิด {thai_date(p.born, short=True)}",
            f"20:06\t{who}\t{p.line(short=True)} จ.{p.province} {p.postal}",
            f"20:07\t{who}\t{p.mobile}",
            f"20:07\t{who}\t[สติกเกอร์]",
        ]
    else:
        lines += [
            f"20:05\t{who}\tชื่อ {p.name}",
            f"20:05\t{who}\tเลขบัตร {dashed_id(p.nid)}",
            f"20:06\t{who}\tวันเกิด {slash_date(p.born)}",
            f"20:06\t{who}\tที่อยู่ {p.line()} จังหวัด{p.province} {p.postal}",
            f"20:07\t{who}\tเบอร์ {dashed_phone(p.mobile)} อีเมล {p.email}",
        ]
    lines.append(f"20:08\t{oa}\tได้รับข้อมูลแล้วค่ะ เจ้าหน้าที่จะติดต่อกลับในวันทำการ สอบถามโทร {OFFICE_PHONE}")
    text = (
        "เรียน หัวหน้าสำนักปลัด\n\n"
        "ส่งต่อคำร้องที่ประชาชนแจ้งผ่าน LINE Official Account ของ อบต. เมื่อคืนนี้ค่ะ รายละเอียดตามแชทด้านล่าง\n\n"
        + clerk_signature()
        + "\n----- แชท LINE OA -----\n"
        + "\n".join(lines)
        + "\n"
    )
    raw = message(p, i, text=text, sender=f"{CLERK} <{CLERK_MAIL}>",
                  subject="Fwd: คำร้องจาก LINE OA")  # fmt: skip
    exp = exp_of(p)
    if i % 2 == 0:
        exp["email"] = ()  # none given: the clerk's own address is not the applicant's
    return case("line_oa_chat_clerk_forward", raw, exp)


def fb_page_message_forward(p: Person, i: int) -> Case:
    """A clerk forwards Facebook's "new message to your page" mail: the page's automatic
    reply listing the labels it wants (no values) and its office hours and phone, the
    citizen's answer, then Meta's footer with a US address and ZIP code."""
    auto = (
        f"ขอบคุณที่ติดต่อ {AGENCY_SHORT} กรุณาแจ้ง ชื่อ-นามสกุล / เลขบัตรประชาชน / วันเกิด / ที่อยู่ / เบอร์โทรศัพท์ "
        f"เจ้าหน้าที่จะตอบกลับในเวลาทำการ 08.30-16.30 น. โทร {OFFICE_PHONE}"
    )
    if i % 2 == 0:
        answer = (
            f"ชื่อ-นามสกุล {p.name}\nเลขบัตรประชาชน {p.nid}\nวันเกิด {thai_date(p.born)}\n"
            f"ที่อยู่ {p.line()} จ.{p.province} {p.postal}\nเบอร์โทรศัพท์ {dashed_phone(p.mobile)}\n"
            f"อีเมล {p.email}"
        )
    else:
        answer = (
            f"{p.name} / {p.nid} / {slash_date(p.born)} / {p.line(short=True)} จ.{p.province} {p.postal} / "
            f"{p.mobile} / {p.email}"
        )
    text = (
        "ส่งต่อข้อความจากเพจ อบต. ค่ะ\n\n"
        + clerk_signature()
        + "\n---------- Forwarded message ---------\n"
        "From: Facebook <notification@facebookmail.com>\n"
        "Date: Fri, Dec 4, 2026 at 8:20 PM\n"
        f"Subject: {bare_name(p)} ส่งข้อความถึง {AGENCY_SHORT}\n"
        f"To: <{CLERK_MAIL}>\n\n"
        f"{AGENCY_SHORT} (ข้อความตอบกลับอัตโนมัติ)\n{auto}\n\n"
        f"{bare_name(p)}\n{answer}\n\n"
        "ตอบกลับใน Messenger · ดูใน Meta Business Suite\n"
        "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\n"
    )
    raw = message(p, i, text=text, sender=f"{CLERK} <{CLERK_MAIL}>",
                  subject=f"Fwd: {bare_name(p)} ส่งข้อความถึง {AGENCY_SHORT}")  # fmt: skip
    return case("fb_page_message_forward", raw, exp_of(p))


def e_saraban_cover_note(p: Person, i: int) -> Case:
    """The e-Saraban system's notice of an incoming letter: the receipt number, its own
    date and time, the desk it came from, a minute naming a clerk with her extension, then
    the citizen's original mail (quoted with ">" in one variant)."""
    original = (
        f"จาก: {p.name} <{p.email}>\n"
        "วันที่: 3 ธันวาคม 2569 19:40\n"
        f"ถึง: {AGENCY_MAIL}\n"
        "เรื่อง: ขอรับเบี้ยยังชีพผู้สูงอายุ\n\n"
        f"เรียน นายก{AGENCY_SHORT}\n"
        f"    ข้าพเจ้า {p.name} ขอยื่นคำร้องขอรับเบี้ยยังชีพผู้สูงอายุ รายละเอียดดังนี้\n"
        f"ชื่อ-สกุล: {p.name}\n"
        f"เลขบัตรประจำตัวประชาชน: {dashed_id(p.nid)}\n"
        f"วันเกิด: {thai_date(p.born)}\n"
        f"ที่อยู่: {p.line()} จังหวัด{p.province} {p.postal}\n"
        f"โทร: {dashed_phone(p.mobile)}\n"
        "ขอแสดงความนับถือ\n"
    )
    if i % 2:
        original = "".join(f"> {line}\n" for line in original.splitlines())
    text = (
        "เรียน ผู้อำนวยการกองสวัสดิการสังคม\n\n"
        "ระบบสารบรรณอิเล็กทรอนิกส์ แจ้งหนังสือเข้าใหม่\n"
        f"เลขทะเบียนรับ: {4521 + i}\n"
        "ลงวันที่: 4 ธันวาคม 2569 เวลา 09:12 น.\n"
        "จาก: งานธุรการ สำนักปลัด\n"
        "เรื่อง: ขอรับเบี้ยยังชีพผู้สูงอายุ\n"
        "การปฏิบัติ: เพื่อโปรดพิจารณา\n"
        f"บันทึกเสนอ: เห็นควรมอบงานพัฒนาชุมชนดำเนินการ ({CLERK} โทร 3012)\n\n"
        "-------- ข้อความต้นฉบับ --------\n" + original
    )
    raw = message(p, i, text=text, sender="ระบบสารบรรณอิเล็กทรอนิกส์ <e-saraban@banped.go.th>",
                  subject=f"หนังสือเข้า เลขรับ {4521 + i}/2569 เรื่อง ขอรับเบี้ยยังชีพผู้สูงอายุ")  # fmt: skip
    return case("e_saraban_cover_note", raw, exp_of(p))


def line_chatbot_summary(p: Person, i: int) -> Case:
    """A LINE chatbot mails each finished conversation: the LINE display name (a
    nickname and an emoji), the userId, the time, then the answers numbered, or each after
    the bot's arrow."""
    answers = [("ชื่อ-นามสกุล", p.name), ("เลขบัตรประชาชน", p.nid),
               ("วันเกิด", thai_date(p.born, short=True)), ("เบอร์ติดต่อ", p.mobile),
               ("อีเมล", p.email), ("ที่อยู่", f"{p.line()} จ.{p.province} {p.postal}")]  # fmt: skip
    if i % 2 == 0:
        body = "".join(f"{k + 1}) {a}: {v}\n" for k, (a, v) in enumerate(answers))
    else:
        body = "".join(f"{a} ▸ {v}\n" for a, v in answers)
    text = (
        "📩 คำร้องใหม่จาก LINE OA\n"
        f"ชื่อที่แสดงใน LINE: {NICK[p.first]} 🌸\n"
        f"LINE userId: U4af4980629e5cbd1f1b4d6e1a47c29c{i}\n"
        f"เวลา: 04/12/2026 20:{(20 + i) % 60:02d}:07\n\n"
        "คำตอบ\n" + body
    )
    raw = message(p, i, text=text, sender=f"LINE Chatbot {AGENCY_SHORT} <bot@banped.go.th>",
                  subject="คำร้องใหม่จาก LINE OA")  # fmt: skip
    return case("line_chatbot_summary", raw, exp_of(p))


# --- Outlook HTML --------------------------------------------------------------------------


def outlook_mso_twice_vml(p: Person, i: int) -> Case:
    """An e-mail template made in Outlook: <xml> settings and a VML header shape, the form
    once in a table inside <!--[if mso]> and once in <div>s inside <!--[if !mso]><!-->,
    <o:p> in every paragraph; a VML button holding the office's phone."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเกิด", thai_date(p.born)), ("ที่อยู่", p.line()), ("จังหวัด", p.province),
            ("รหัสไปรษณีย์", p.postal), ("มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    mso_rows = "".join(
        f"<tr><td width=200 style='padding:4pt'><p class=MsoNormal><b>{esc(k)}<o:p></o:p></b></p></td>"
        f"<td style='padding:4pt'><p class=MsoNormal>{esc(v)}<o:p></o:p></p></td></tr>"
        for k, v in rows
    )
    divs = "".join(f'<div style="padding:4px"><b>{esc(k)}</b> : {esc(v)}</div>' for k, v in rows)
    button = (
        "<!--[if mso]><v:roundrect xmlns:v=\"urn:schemas-microsoft-com:vml\" style='height:40px;width:260px' arcsize='10%' fillcolor='#1a73e8'>"
        f"<v:textbox><center style='color:#fff'>ติดต่อเจ้าหน้าที่ โทร {OFFICE_PHONE}</center></v:textbox></v:roundrect><![endif]-->"
    )
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        "<head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch>"
        "</o:OfficeDocumentSettings></xml><![endif]--></head><body>"
        "<!--[if gte mso 9]><v:rect style='width:600px;height:80px' fill='true' stroke='false'><v:fill type='tile' color='#e8f0fe'/>"
        "<v:textbox inset='0,0,0,0'><div>แบบคำร้องออนไลน์</div></v:textbox></v:rect><![endif]-->"
        "<p class=MsoNormal>เรียน เจ้าหน้าที่<o:p></o:p></p>"
        f"<!--[if mso]><table border=1 cellspacing=0 cellpadding=0>{mso_rows}</table><![endif]-->"
        f"<!--[if !mso]><!--><div>{divs}</div><!--<![endif]-->"
        + (button if i % 2 else "")
        + "<p class=MsoNormal>ขอบคุณครับ<o:p></o:p></p></body></html>"
    )
    return case("outlook_mso_twice_vml", message(p, i, html=html), exp_of(p))


# --- scanner searchable PDFs -------------------------------------------------------------


def scan_picture(lines: list[str]) -> bytes:
    """The scanned page: the typed form as a grey picture, the true text."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1240, 1754), 246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 30)
    for k, line in enumerate(lines):
        draw.text((110, 160 + 95 * k), line, font=font, fill=20)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def searchable_pdf(picture_lines: list[str], layer_lines: list[str]) -> bytes:
    """The scanner's searchable PDF: the picture, and over it an invisible text layer
    (render mode 3) holding what the scanner's OCR read, line for line."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creator("RICOH IM C3000")
    pdf.set_producer("ABBYY FineReader Engine 12")
    pdf.add_page()
    pdf.image(io.BytesIO(scan_picture(picture_lines)), 0, 0, 210, 297)
    pdf.add_font("F", "", str(FONTS / "Garuda.ttf"))
    pdf.set_font("F", size=11)
    pdf.text_mode = 3
    for k, line in enumerate(layer_lines):
        pdf.text(18.6, (160 + 95 * k) / 1754 * 297 + 4.5, line)
    return bytes(pdf.output())


def form_lines(p: Person, nid: str, born: str, phone: str, postal: str) -> list[str]:
    return [
        "แบบคำร้องทั่วไป",
        f"ชื่อ-นามสกุล {p.name}",
        f"เลขประจำตัวประชาชน {nid}",
        f"วันเดือนปีเกิด {born}",
        f"ที่อยู่ {p.line()}",
        f"จังหวัด {p.province}",
        f"รหัสไปรษณีย์ {postal}",
        f"โทรศัพท์ {phone}",
        f"อีเมล {p.email}",
    ]


def slipped(text: str, i: int) -> str:
    """The scanner's digit slips: O for 0 and l for 1 (i even), or some digits read as
    Thai digits (i odd)."""
    if i % 2 == 0:
        return text.replace("0", "O").replace("1", "l")
    return "".join(thai(c) if k % 3 == 1 and c.isdigit() else c for k, c in enumerate(text))


def scan_pdf_digit_slips(p: Person, i: int) -> Case:
    """A searchable PDF whose OCR layer reads O for 0 and l for 1 inside the ID, the
    phone, the birth date and the postal code, or mixes Thai digits into them."""
    nid, born, phone = dashed_id(p.nid), thai_date(p.born), dashed_phone(p.mobile)
    truth = form_lines(p, nid, born, phone, p.postal)
    layer = form_lines(
        p, slipped(nid, i), slipped(born, i), slipped(phone, i), slipped(p.postal, i)
    )
    raw = message(p, i, files=(("scan0001.pdf", searchable_pdf(truth, layer), PDF),),
                  subject="ส่งแบบคำร้อง (สแกน)")  # fmt: skip
    return case("scan_pdf_digit_slips", raw, exp_of(p))


def broken(text: str) -> str:
    """The OCR layer's Thai slips: a space before each upper vowel or tone mark that
    follows ี or ิ, SARA AM as NIKHAHIT and SARA AA."""
    out = text.replace("ำ", "\u0e4d\u0e32")
    for mark in ("ี่", "ิ์", "ื่"):
        out = out.replace(mark, mark[0] + " " + mark[1])
    return out


def scan_pdf_broken_vowels_spaces(p: Person, i: int) -> Case:
    """A searchable PDF whose OCR layer breaks Thai words (a space before a tone mark,
    SARA AM decomposed, a space inside the first name) and spaces the numbers in odd
    groups."""
    nid, phone = p.nid, p.mobile
    truth = form_lines(p, dashed_id(nid), thai_date(p.born), dashed_phone(phone), p.postal)
    half = len(p.first) // 2
    name = f"{p.title}{p.first[:half]} {p.first[half:]} {p.last}"
    layer = [broken(x) for x in truth]
    layer[1] = broken(f"ชื่อ-นามสกุล {name}") if i % 2 == 0 else layer[1]
    layer[2] = broken(f"เลขประจำตัวประชาชน {nid[:3]} {nid[3:8]} {nid[8:]}")
    layer[7] = broken(f"โทรศัพท์ {phone[:2]} {phone[2:6]} {phone[6:]}")
    raw = message(p, i, files=(("doc_20261204_2015.pdf", searchable_pdf(truth, layer), PDF),))
    return case("scan_pdf_broken_vowels_spaces", raw, exp_of(p))


def scan_pdf_leaders_and_stamps(p: Person, i: int) -> Case:
    """A searchable PDF of the official form typed over dot leaders: the layer holds the
    leaders (runs of dots, spaced dots or ellipses), the scanner's header line with its
    date and page number, and the agency's receipt stamp with its number and date."""
    dots = "." * 12 if i % 2 == 0 else "……"
    truth = [f"{label}{dots}{value}{dots}" for label, value in (
        ("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
        ("วันเดือนปีเกิด", thai_date(p.born, short=True)), ("ที่อยู่", p.line()),
        ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
        ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email))]  # fmt: skip
    stamp = [f"RICOH IM C3000 2026/12/04 20:{(10 + i) % 60:02d} หน้า 001",
             f"{AGENCY_SHORT} รับที่ {4521 + i} วันที่ 4 ธ.ค. 69 เวลา 09.12 น."]  # fmt: skip
    lines = [*stamp, "แบบคำร้องทั่วไป", *truth]
    raw = message(p, i, files=(("SCAN_20261204_201512.pdf", searchable_pdf(lines, lines), PDF),))
    return case("scan_pdf_leaders_and_stamps", raw, exp_of(p))


# --- a form service's PDF summary -----------------------------------------------------------


def webform_pdf_summary(p: Person, i: int) -> Case:
    """A form service attaches its PDF of the submission: the form's title, the
    submission date and ID at the top, then label/value rows in two columns."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Loma.ttf"))
    pdf.set_font("F", size=11)
    pdf.set_text_shaping(True)
    pdf.text(20, 20, "แบบคำร้องขอรับการสนับสนุน")
    pdf.text(20, 28, f"Submission Date: 04/12/2026 20:{(15 + i) % 60:02d}")
    pdf.text(120, 28, f"Submission ID: 58301{i}7742195")
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", ce_slash(p.born) if i % 2 else thai_date(p.born)),
            ("เบอร์โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)]  # fmt: skip
    for k, (label, value) in enumerate(rows):
        y = 42 + 10 * k
        pdf.line(20, y - 6, 190, y - 6)
        pdf.text(22, y, label)
        pdf.text(80, y, value)
    pdf.line(20, 42 + 10 * len(rows) - 6, 190, 42 + 10 * len(rows) - 6)
    raw = message(p, i, files=(("submission_5830117742195.pdf", bytes(pdf.output()), PDF),),
                  sender="Jotform <noreply@jotform.com>", subject="แบบคำร้องขอรับการสนับสนุน - PDF")  # fmt: skip
    return case("webform_pdf_summary", raw, exp_of(p))


# --- Word -----------------------------------------------------------------------------------

PLACEHOLDER = "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ"


def control(tag: str, inner_pr: str, shown: str, placeholder: bool = False) -> str:
    ident = 2000 + sum(map(ord, tag))
    style = '<w:rStyle w:val="PlaceholderText"/>' if placeholder else ""
    mark = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{ident}"/>'
            f"{mark}{inner_pr}</w:sdtPr><w:sdtContent>{t(shown, style)}</w:sdtContent></w:sdt>")  # fmt: skip


def row_of(label: str, inner: str) -> str:
    return "<w:tr>" + cell(para(t(label)), 3000) + cell(para(inner), 6000) + "</w:tr>"


def docx_template_controls_date_picker(p: Person, i: int) -> Case:
    """The agency's Word template of content controls: a date picker (Thai calendar and
    "d MMMM yyyy", or Gregorian dd/MM/yyyy) whose stored date agrees with its text, the
    province a drop-down list, the e-mail control left showing Word's placeholder (the
    citizen mails from that address)."""
    b = p.born
    if i % 2 == 0:
        date_pr = (f'<w:date w:fullDate="{b.isoformat()}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
                   '<w:lid w:val="th-TH"/><w:calendar w:val="thai"/></w:date>')  # fmt: skip
        shown = thai_date(b)
    else:
        date_pr = (f'<w:date w:fullDate="{b.isoformat()}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
                   '<w:lid w:val="en-US"/><w:calendar w:val="gregorian"/></w:date>')  # fmt: skip
        shown = ce_slash(b)
    provinces = ("กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", p.province)
    items = "".join(
        f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in dict.fromkeys(provinces)
    )
    rows = [
        row_of("ชื่อ-นามสกุล", control("ชื่อ", "<w:text/>", p.name)),
        row_of("เลขประจำตัวประชาชน", control("เลขบัตร", "<w:text/>", p.nid)),
        row_of("วันเดือนปีเกิด", control("วันเกิด", date_pr, shown)),
        row_of("ที่อยู่", control("ที่อยู่", '<w:text w:multiLine="1"/>', p.line())),
        row_of("จังหวัด", control("จังหวัด", f"<w:dropDownList>{items}</w:dropDownList>", p.province)),
        row_of("รหัสไปรษณีย์", control("รหัสไปรษณีย์", "<w:text/>", p.postal)),
        row_of("โทรศัพท์มือถือ", control("โทรศัพท์", "<w:text/>", dashed_phone(p.mobile))),
        row_of("อีเมล (ถ้ามี)", control("อีเมล", "<w:text/>", PLACEHOLDER, placeholder=True)),
    ]
    xml = (para(t("แบบคำร้องทั่วไป (แบบ ทบ.01)", "<w:b/>"), ppr='<w:jc w:val="center"/>')
           + para(t(f"เรียน นายก{AGENCY_SHORT}")) + grid(rows, 2, 4500)
           + para(t("ลงชื่อ ................................ ผู้ยื่นคำร้อง")))  # fmt: skip
    raw = message(p, i, files=(("แบบ ทบ.01.docx", body_docx(xml), DOCX),))
    return case("docx_template_controls_date_picker", raw, exp_of(p))


def docx_comment_old_value_tracked_new(p: Person, i: int) -> Case:
    """The template returned to the citizen with a clerk's comment quoting the old value
    (the phone that could not be reached, with the clerk's own phone; or the ID whose last
    digit was wrong) and the citizen's correction as a tracked change; the citizen's reply
    to the comment kept."""
    from docx import Document

    m = p.mobile
    old_phone = m[:6] + str((int(m[6]) + 3) % 10) + m[7:]
    old_id = p.nid[:12] + str((int(p.nid[12]) + 4) % 10)
    doc = Document()
    doc.add_paragraph("แบบคำร้องทั่วไป")
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(m)), ("อีเมล", p.email)]  # fmt: skip
    table = doc.add_table(rows=len(rows), cols=2)
    target = 6 if i % 2 == 0 else 1
    old = dashed_phone(old_phone) if i % 2 == 0 else old_id
    for r, (label, value) in enumerate(rows):
        table.cell(r, 0).text = label
        cell_para = table.cell(r, 1).paragraphs[0]
        if r != target:
            cell_para.add_run(value)
            continue
        run = cell_para.add_run("")
        gone = f'<w:r><w:delText xml:space="preserve">{xml_escape(old)}</w:delText></w:r>'
        run._r.addprevious(wxml(f'<w:del w:id="71" {WHO}>{gone}</w:del>'))
        new = cell_para.add_run(value)
        ins = wxml(f'<w:ins w:id="72" {WHO}/>')
        new._r.addprevious(ins)
        ins.append(new._r)
        note = (f"เบอร์ {dashed_phone(old_phone)} ติดต่อไม่ได้ กรุณาแก้ไข ({CLERK} โทร {OFFICE_PHONE})"
                if i % 2 == 0 else f"เลขบัตร {old} หลักสุดท้ายไม่ถูกต้อง กรุณาตรวจสอบ")  # fmt: skip
        anchor = table.cell(r, 0).paragraphs[0].runs[0]
        doc.add_comment(anchor, text=note, author="งานทะเบียน", initials="งท")
        doc.add_comment(anchor, text="แก้ไขแล้วค่ะ", author=p.first, initials="ผย")
    out = io.BytesIO()
    doc.save(out)
    raw = message(p, i, files=(("คำร้อง_แก้ไขแล้ว.docx", out.getvalue(), DOCX),),
                  text="เรียน เจ้าหน้าที่\n\nแก้ไขตามที่แจ้งแล้วค่ะ ส่งไฟล์กลับมาค่ะ\n")  # fmt: skip
    return case("docx_comment_old_value_tracked_new", raw, exp_of(p))


WHO = 'w:author="ผู้ยื่น" w:date="2026-12-03T10:00:00Z"'


def wxml(xml: str) -> Any:
    """One WordprocessingML element, its namespace declared on it."""
    from docx.oxml import parse_xml

    name = xml.split()[0]
    return parse_xml(xml.replace(name, f'{name} xmlns:w="{W}"', 1))


# --- sheets ---------------------------------------------------------------------------------


def pdf_excel_print_gridlines(p: Person, i: int) -> Case:
    """A sheet printed to PDF from Excel with gridlines: the page header with the file and
    sheet name, the footer "หน้า 1 จาก 1" and the print date; label/value columns, or one
    header row and one value row (landscape)."""
    from fpdf import FPDF

    heads = ["ชื่อ-นามสกุล", "เลขบัตรประชาชน", "วันเกิด", "โทรศัพท์", "อีเมล", "ที่อยู่",
             "จังหวัด", "รหัสไปรษณีย์"]  # fmt: skip
    vals = [p.name, p.nid, ce_slash(p.born), dashed_phone(p.mobile), p.email, p.line(),
            p.province, p.postal]  # fmt: skip
    landscape = i % 2 == 1
    pdf = FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Garuda.ttf"))
    pdf.set_font("F", size=9)
    pdf.set_text_shaping(True)
    pdf.text(15, 10, f"คำร้อง_{p.first}.xlsx")
    pdf.text(130, 10, "Sheet1")
    pdf.set_draw_color(190, 190, 190)
    if not landscape:
        for k, (h, v) in enumerate(zip(heads, vals, strict=True)):
            y = 25 + 8 * k
            pdf.rect(15, y, 45, 8)
            pdf.rect(60, y, 120, 8)
            pdf.text(16.5, y + 5.5, h)
            pdf.text(61.5, y + 5.5, v)
    else:
        widths = [38, 26, 20, 24, 42, 62, 22, 20]
        x = 10.0
        for h, v, w in zip(heads, vals, widths, strict=True):
            pdf.rect(x, 25, w, 8)
            pdf.rect(x, 33, w, 8)
            pdf.text(x + 1, 30.5, h)
            pdf.text(x + 1, 38.5, v)
            x += w
    bottom = 200 if landscape else 287
    pdf.text(15, bottom, "หน้า 1 จาก 1")
    pdf.text(150, bottom, f"พิมพ์เมื่อ 04/12/2026 20:{(10 + i) % 60:02d}")
    raw = message(p, i, files=(("คำร้อง.pdf", bytes(pdf.output()), PDF),))
    return case("pdf_excel_print_gridlines", raw, exp_of(p))


def xlsx_merged_digit_cells(p: Person, i: int) -> Case:
    """An agency form laid out in Excel with merged cells: the title across the sheet,
    labels merged over three columns, the ID one digit per cell (dashes in cells of their
    own in one variant), the birth date in วัน / เดือน / ปี cells under captions."""
    from openpyxl.utils import get_column_letter as col

    b = p.born

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws["A1"] = "แบบคำร้องขอรับความช่วยเหลือ"
        ws.merge_cells("A1:T1")
        labels = {3: "ชื่อ-นามสกุล", 4: "เลขประจำตัวประชาชน", 6: "วันเดือนปีเกิด", 7: "ที่อยู่",
                  8: "จังหวัด", 9: "รหัสไปรษณีย์", 10: "โทรศัพท์", 11: "อีเมล"}  # fmt: skip
        for r, label in labels.items():
            ws.cell(r, 1, label)
            ws.merge_cells(f"A{r}:C{r}")
        for r, v in ((3, p.name), (7, p.line()), (8, p.province), (9, p.postal),
                     (10, dashed_phone(p.mobile)), (11, p.email)):  # fmt: skip
            ws.cell(r, 4, v)
            ws.merge_cells(f"D{r}:T{r}")
        digits: list[str] = list(p.nid)
        if i % 2:
            digits = list(dashed_id(p.nid))
        for k, d in enumerate(digits):
            ws.cell(4, 4 + k, d)
        ws.cell(5, 4, "วัน")
        ws.cell(5, 6, "เดือน")
        ws.merge_cells("F5:H5")
        ws.cell(5, 9, "ปี พ.ศ.")
        ws.cell(6, 4, b.day)
        ws.cell(6, 6, MONTHS[b.month - 1])
        ws.merge_cells("F6:H6")
        ws.cell(6, 9, b.year + 543)
        for k in range(1, 21):
            ws.column_dimensions[col(k)].width = 4

    raw = message(p, i, files=(("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX),))
    return case("xlsx_merged_digit_cells", raw, exp_of(p))


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"'
)


def oc(value: str = "", cols: int = 1, rows: int = 1) -> str:
    span = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + (
        f' table:number-rows-spanned="{rows}"' if rows > 1 else "")  # fmt: skip
    if not value:
        return f"<table:table-cell{span}/>"
    return (f'<table:table-cell office:value-type="string"{span}><text:p>{xml_escape(value)}'
            "</text:p></table:table-cell>")  # fmt: skip


def covered(n: int = 1) -> str:
    return "<table:covered-table-cell/>" * n


def ods_row_span_label_officials(p: Person, i: int) -> Case:
    """An ODS form: labels merged over two columns, the address label spanning two rows
    (house and หมู่ on the first, ตำบล and อำเภอ on the second), then a "for officials"
    block with the clerk who took it and her phone."""
    head, tambon, amphoe = parts3(p)
    line1, line2 = head, f"{tambon} {amphoe}"
    rows = [
        [oc("แบบคำร้องทั่วไป", cols=4), covered(3)],
        [oc("ชื่อ-นามสกุล", cols=2), covered(), oc(p.name, cols=2), covered()],
        [oc("เลขประจำตัวประชาชน", cols=2), covered(), oc(dashed_id(p.nid), cols=2), covered()],
        [oc("วันเกิด", cols=2), covered(), oc(thai_date(p.born), cols=2), covered()],
        [oc("ที่อยู่", cols=2, rows=2), covered(), oc(line1, cols=2), covered()],
        [covered(2), oc(line2, cols=2), covered()],
        [oc("จังหวัด", cols=2), covered(), oc(p.province, cols=2), covered()],
        [oc("รหัสไปรษณีย์", cols=2), covered(), oc(p.postal, cols=2), covered()],
        [oc("โทรศัพท์", cols=2), covered(), oc(p.mobile, cols=2), covered()],
        [oc("อีเมล", cols=2), covered(), oc(p.email, cols=2), covered()],
        [oc()],
        [oc("สำหรับเจ้าหน้าที่", cols=4), covered(3)],
        [oc("ผู้รับเรื่อง"), oc(f"นางสาว{CLERK}"), oc("โทร"), oc(OFFICE_PHONE)],
        [oc("วันที่รับ"), oc("4 ธันวาคม 2569"), oc("เลขรับ"), oc(str(4521 + i))],
    ]
    body = "".join(f"<table:table-row>{''.join(r)}</table:table-row>" for r in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               '<office:body><office:spreadsheet><table:table table:name="คำร้อง">'
               '<table:table-column table:number-columns-repeated="4"/>'
               f"{body}</table:table></office:spreadsheet></office:body></office:document-content>")  # fmt: skip
    raw = message(p, i, files=(("คำร้อง.ods", zipped(ODS, {"content.xml": content}), ODS),))
    return case("ods_row_span_label_officials", raw, exp_of(p))


STYLES: tuple[Style, ...] = (
    cf7_plain_slug_labels, cf7_html_email_in_reply_to_only, wpforms_label_row_value_row,
    elementor_plain_metadata_footer, jotform_table_month_first, apps_script_sheet_row_html,
    reply_to_only_contact, form_service_footer_respondent,
    line_oa_chat_clerk_forward, fb_page_message_forward, e_saraban_cover_note,
    line_chatbot_summary,
    outlook_mso_twice_vml,
    scan_pdf_digit_slips, scan_pdf_broken_vowels_spaces, scan_pdf_leaders_and_stamps,
    webform_pdf_summary,
    docx_template_controls_date_picker, docx_comment_old_value_tracked_new,
    pdf_excel_print_gridlines, xlsx_merged_digit_cells, ods_row_span_label_officials,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "webform" for s in STYLES[:8]},
    **{s.__name__: "chat/fwd" for s in STYLES[8:12]},
    **{s.__name__: "HTML" for s in STYLES[12:13]},
    **{s.__name__: "scanPDF" for s in STYLES[13:16]},
    **{s.__name__: "PDF" for s in STYLES[16:17]},
    **{s.__name__: "Word" for s in STYLES[17:19]},
    **{s.__name__: "sheet" for s in STYLES[19:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[2]
    return [
        (
            "a CF7 notification from the agency's own site",
            cf7_plain_slug_labels(p, 0).raw,
            "request",
        ),
        ("an e-Saraban notice of a citizen's mail", e_saraban_cover_note(p, 1).raw, "request"),
        ("a Jotform notification", jotform_table_month_first(p, 0).raw, "request"),
        ("a LINE chatbot summary", line_chatbot_summary(p, 1).raw, "request"),
    ]
