"""A seventh set of requests written by someone who had not read the readers (issue 8):
requests whose values are in an ATTACHMENT, in shapes the earlier attachment sets left out.

Written before reading `extractors/` or `config/` (only the earlier sets' tests, to reuse
their mail and file makers and avoid repeating their styles). Every mail says little more
than "ส่งแบบคำร้องตามแนบ"; the request is in a file made the way real tools make it:

- PDFs: a landscape form stored as a portrait page turned by /Rotate 90; labels and
  values in different faces and sizes on one line; a label column far from its values;
  a page printed from a browser (each word its own text object, no space glyphs); the
  paragraph layout of a ทะเบียนราษฎร์ คำร้องทั่วไป (ข้าพเจ้า...อายุ...ปี สัญชาติ...,
  "-" in the parts that do not apply); a ภ.ง.ด.-like page of boxes with captions above
  each box and digits one to a box; a header row over a values row; printed examples
  and the agency's own phone beside the blanks; an address wrapped back to the left
  margin; an ID-card copy next to the form.
- AcroForms: values only in appearance streams (no /V); one field with widgets on two
  pages; a multiline address and formatted phone/date fields; a form encrypted with an
  owner password as agencies publish them.
- Word: numbered lists (Thai numerals, values typed in Thai digits); drop-down and date
  picker content controls; text boxes written twice (DrawingML and its VML fallback);
  Google Docs' run shapes; a label cell and a value cell of parallel soft-broken lines;
  titles struck out (ขีดฆ่าคำที่ไม่ใช้); empty neighbour fields (โทรศัพท์บ้าน empty,
  ที่อยู่ปัจจุบัน "ตามทะเบียนบ้าน"); a second person (ผู้รับมอบอำนาจ) on the same form;
  rows and cells wrapped in content controls; columns lined up with spaces.
- Excel/CSV/HTML/mail: formulas with cached values; a Google Sheets export of form
  responses; a paper-like grid form (one digit per cell); CSV in UTF-8 with BOM and in
  TIS-620; an HTML file; a forwarded mail (.eml) holding the PDF.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Field,
    Person,
    W,
    acroform,
    be,
    dashed_id,
    docx_bytes,
    expect,
    mm,
    raw_paragraph,
    run,
    thai_date,
    xlsx_bytes,
    xml_escape,
)

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "รัชนีกร", "มณีวงศ์", with_check_digit("341020077315"), date(1969, 8, 21),
           "0813350948", "ratchaneekorn.m@gmail.com", "112", "4", "", "", "หนองขอน",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "ธีรพงษ์", "คำภา", with_check_digit("140990018462"), date(1984, 2, 9),
           "0925518736", "teerapong.kp@hotmail.com", "88/17", "", "ลาดพร้าว 71",
           "ลาดพร้าว", "สะพานสอง", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    Person("นางสาว", "กมลชนก", "ศรีสุข", with_check_digit("157020043389"), date(1995, 10, 3),
           "0647729105", "kamonchanok.ss@gmail.com", "27", "6", "", "", "ป่าแดด",
           "เมืองเชียงราย", "เชียงราย", "57000"),
    Person("นาย", "สมเกียรติ", "วงศ์ใหญ่", with_check_digit("310060024517"), date(1962, 12, 30),
           "0851176643", "somkiat.wy@yahoo.co.th", "5/2", "", "", "ศรีนครินทร์", "บางเมือง",
           "เมืองสมุทรปราการ", "สมุทรปราการ", "10270"),
    Person("นาง", "วิไลวรรณ", "ทองสุข", with_check_digit("390030065128"), date(1976, 5, 17),
           "0898842261", "wilaiwan.ts@outlook.com", "63", "8", "", "", "นาเชือก",
           "นาเชือก", "มหาสารคาม", "44170"),
    Person("นาย", "อนุชา", "แก้วประเสริฐ", with_check_digit("110370029954"), date(1990, 7, 1),
           "0619945382", "anucha.kp@gmail.com", "402/9", "", "สุขุมวิท 101/1", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    Person("นางสาว", "ปิยะนุช", "บุญมี", with_check_digit("180050037741"), date(2001, 1, 25),
           "0954420817", "piyanuch.bm@hotmail.co.th", "19", "11", "", "", "ท่าไม้",
           "ท่าม่วง", "กาญจนบุรี", "71110"),
    Person("นาย", "ประเสริฐ", "จันทร์หอม", with_check_digit("350090051236"), date(1956, 4, 11),
           "0867721594", "prasert.jh@gmail.com", "7", "2", "", "มิตรภาพ", "ในเมือง",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
)  # fmt: skip

BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามแนบค่ะ\n",
    "ส่งแบบคำร้องตามแนบครับ ขอบคุณครับ\n",
    "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง\n\nรายละเอียดตามเอกสารแนบ\n\nSent from my iPhone\n",
    "สวัสดีค่ะ ส่งแบบฟอร์มที่กรอกแล้วตามแนบนะคะ\n",
)
SUBJECTS = ("ส่งแบบคำร้อง", "แบบคำร้องทั่วไป (แนบไฟล์)", "ยื่นคำร้องตามแนบ", "ส่งเอกสารคำร้อง")

Attachment = tuple[str, bytes, str]
Style = Callable[[Person, int], Case]
ALL_KEYS = "full_name national_id birth_date phone email address postal_code province"


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 2, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen7-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def pdf_case(style: str, p: Person, i: int, data: bytes, name: str = "คำร้อง.pdf",
             *typed: str) -> Case:  # fmt: skip
    return Case(style, message(p, i, (name, data, "application/pdf")), expect(p, "", *typed))


def docx_case(style: str, p: Person, i: int, build: Callable[[Any], None], *typed: str) -> Case:
    return Case(style, message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p, "", *typed))  # fmt: skip


def rows_of(p: Person) -> tuple[tuple[str, str], ...]:
    return (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip


def dashed_mobile(m: str) -> str:
    return f"{m[:3]}-{m[3:6]}-{m[6:]}"


# --- a PDF maker with faces and sizes per text, several pages ---------------------------

Item = (
    tuple[float, float, str]
    | tuple[float, float, str, float]
    | tuple[float, float, str, float, str]
)


def pdf_doc(pages: Iterable[Iterable[Item]], *, landscape: bool = False, size: float = 14,
            face: str = "Laksaman", rects: Iterable[tuple[float, float, float, float]] = (),
            lines: Iterable[tuple[float, float, float, float]] = ()) -> bytes:  # fmt: skip
    """Pages of shaped Thai text; an item may carry its own size and face."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    fonts: set[str] = set()
    rects, lines = list(rects), list(lines)
    for k, items in enumerate(pages):
        pdf.add_page()
        pdf.set_text_shaping(True)
        for item in items:
            x, y, text = item[0], item[1], item[2]
            s = item[3] if len(item) > 3 else size  # type: ignore[misc]
            f = item[4] if len(item) > 4 else face  # type: ignore[misc]
            if f not in fonts:
                pdf.add_font(f, "", str(FONTS / f"{f}.ttf"))
                fonts.add(f)
            pdf.set_font(f, size=s)
            pdf.text(x, y, text)
        if k == 0:
            for r in rects:
                pdf.rect(*r)
            for ln in lines:
                pdf.line(*ln)
    return bytes(pdf.output())


def saved(pdf: Any, **kwargs: Any) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **kwargs)
    return out.getvalue()


# --- the styles: text PDFs ---------------------------------------------------------------


def pdf_rotated_page(p: Person, i: int) -> Case:
    """A landscape form as scanners' and some printers' drivers store it: a portrait
    MediaBox, the content drawn turned by a quarter, and /Rotate 90 so a viewer shows it
    upright; two columns of label: value."""
    import pikepdf

    left, right = rows_of(p)[:4], rows_of(p)[4:]
    items: list[Item] = [(110, 18, "แบบคำร้องทั่วไป")]
    for k, ((ll, lv), (rl, rv)) in enumerate(zip(left, right, strict=True)):
        items += [(15, 40 + 12 * k, f"{ll}: {lv}", 12), (170, 40 + 12 * k, f"{rl}: {rv}", 12)]
    land = pikepdf.open(io.BytesIO(pdf_doc([items], landscape=True)))
    out = pikepdf.new()
    out.add_blank_page(page_size=(595.28, 841.89))
    page = out.pages[0]
    form = out.copy_foreign(land.pages[0].as_form_xobject())
    name = page.add_resource(form, pikepdf.Name.XObject, prefix="Fm")
    page.obj.Contents = out.make_stream(f"q 0 1 -1 0 595.28 0 cm {name} Do Q".encode())
    page.obj.Rotate = 90
    return pdf_case("pdf_rotated_page", p, i, saved(out), "scan_form.pdf")


def pdf_mixed_sizes(p: Person, i: int) -> Case:
    """Labels in a bold 16 pt face, values typed in 11 pt of another face on the same
    baseline (or 1 mm lower), as a form filled in a PDF editor's text tool and printed."""
    items: list[Item] = [(70, 20, "คำร้องขอรับบริการ", 20, "Laksaman-Bold")]
    for k, (label, value) in enumerate(rows_of(p)):
        y = 45 + 13 * k
        items.append((20, y, label, 16, "Laksaman-Bold"))
        items.append((75, y + (1 if i % 2 else 0), value, 11, "Garuda"))
    return pdf_case("pdf_mixed_sizes", p, i, pdf_doc([items]))


def pdf_far_columns(p: Person, i: int) -> Case:
    """A label column on the left margin and the value column starting at the middle of
    the page, a wide gap between (a form printed from a spreadsheet)."""
    items: list[Item] = [(75, 18, "แบบฟอร์มขอรับบริการ")]
    for k, (label, value) in enumerate(rows_of(p)):
        items += [(15, 40 + 9 * k, label, 11), (115, 40 + 9 * k, value, 11)]
    return pdf_case("pdf_far_columns", p, i, pdf_doc([items]))


def pdf_browser_words(p: Person, i: int) -> Case:
    """A web form's confirmation page printed from Chrome: every word is its own text
    object at its own place, and no space glyph is drawn between words."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Loma.ttf"))
    pdf.set_font("F", size=12)
    pdf.set_text_shaping(True)
    space = pdf.get_string_width(" ") * 1.4

    def words(x: float, y: float, text: str) -> None:
        for word in text.split(" "):
            pdf.text(x, y, word)
            x += pdf.get_string_width(word) + space

    words(20, 20, "ยืนยันการส่งคำร้องออนไลน์")
    for k, (label, value) in enumerate(rows_of(p)):
        words(20, 40 + 9 * k, label + " :")
        words(70, 40 + 9 * k, value)
    return pdf_case("pdf_browser_words", p, i, bytes(pdf.output()), "confirmation.pdf")


def pdf_tr_paragraph(p: Person, i: int) -> Case:
    """The paragraph layout of a registry office's คำร้องทั่วไป: pairs run on along dotted
    lines (ข้าพเจ้า ... อายุ ... ปี สัญชาติ ... ), the address part by part with "-"
    where a part does not apply; values typed into the dots, or drawn a little above a
    separate layer of dots (a form filled in a PDF editor)."""
    age = 2026 - p.born.year - ((p.born.month, p.born.day) > (12, 2))
    lines_ = [
        [("ข้าพเจ้า", p.name), ("อายุ", str(age)), ("ปี สัญชาติ", "ไทย")],
        [("เลขประจำตัวประชาชน", p.nid), ("เกิดวันที่", str(p.born.day)),
         ("เดือน", MONTHS[p.born.month - 1]), ("พ.ศ.", str(be(p.born)))],
        [("อยู่บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ตรอก/ซอย", p.soi or "-"),
         ("ถนน", p.road or "-")],
        [("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province)],
        [("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", p.mobile), ("อีเมล", p.email)],
    ]  # fmt: skip
    head: list[Item] = [(80, 18, "คำร้องทั่วไป", 18), (130, 30, "เขียนที่ สำนักทะเบียนอำเภอ", 12),
                        (20, 42, "เรื่อง  ขอคัดและรับรองสำเนาทะเบียนบ้าน", 13),
                        (20, 50, "เรียน  นายทะเบียนอำเภอ", 13)]  # fmt: skip
    if i % 2 == 0:
        items = list(head)
        for k, pairs in enumerate(lines_):
            text = "".join(f"{label}....{value}...." for label, value in pairs)
            items.append((20, 62 + 10 * k, text, 12))
        data = pdf_doc([items])
    else:
        import pikepdf
        from fpdf import FPDF

        probe = FPDF()
        probe.add_font("F", "", str(FONTS / "Laksaman.ttf"))
        probe.set_font("F", size=12)
        labels, values = list(head), []
        for k, pairs in enumerate(lines_):
            x, y = 20.0, 62.0 + 10 * k
            for label, value in pairs:
                labels.append((x, y, label, 12))
                x += probe.get_string_width(label) + 1
                width = max(18.0, probe.get_string_width(value) + 8)
                labels.append((x, y + 0.5, "." * int(width / 0.9), 12))
                values.append((x + 3, y - 1, value, 12, "Garuda"))
                x += width + 2
        base = pikepdf.open(io.BytesIO(pdf_doc([labels])))
        top = pikepdf.open(io.BytesIO(pdf_doc([values])))
        base.pages[0].add_overlay(base.copy_foreign(top.pages[0].as_form_xobject()))
        data = saved(base)
    return pdf_case("pdf_tr_paragraph", p, i, data, "คำร้องทั่วไป_ทร.pdf")


def pdf_tax_boxes(p: Person, i: int) -> Case:
    """A ภ.ง.ด.-like page: the ID one digit to a box (groups 1-4-5-2-1), the name in a
    ชื่อ box and a ชื่อสกุล box, the address in a grid of small boxes each captioned
    ABOVE in small type (อาคาร, ห้องเลขที่, ชั้นที่, หมู่บ้าน, เลขที่, หมู่ที่,
    ตรอก/ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต, จังหวัด), the postal code in five boxes; the
    boxes that do not apply are left empty."""
    items: list[Item] = [(60, 16, "แบบแจ้งข้อมูลผู้ยื่นคำขอ", 16), (20, 30, "เลขประจำตัวประชาชน", 11)]
    rects: list[tuple[float, float, float, float]] = []
    x = 60.0
    for k, d in enumerate(p.nid):
        if k in (1, 5, 10, 12):
            items.append((x + 0.5, 30, "-", 11))
            x += 3
        rects.append((x, 25, 6, 7))
        items.append((x + 1.8, 30.5, d, 12))
        x += 6
    items += [(20, 42, "ชื่อ", 11), (30, 42, f"{p.title}{p.first}", 13),
              (105, 42, "ชื่อสกุล", 11), (122, 42, p.last, 13)]  # fmt: skip
    rects += [(28, 37, 72, 7), (120, 37, 75, 7)]
    items.append((20, 52, "ที่อยู่", 11))
    grid = [("อาคาร", ""), ("ห้องเลขที่", ""), ("ชั้นที่", ""), ("หมู่บ้าน", ""),
            ("เลขที่", p.house), ("หมู่ที่", p.moo), ("ตรอก/ซอย", p.soi), ("ถนน", p.road),
            ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province)]  # fmt: skip
    for k, (caption, value) in enumerate(grid):
        col, row = k % 4, k // 4
        bx, by = 20 + 45 * col, 58 + 16 * row
        items.append((bx, by, caption, 8))
        rects.append((bx, by + 1.5, 43, 7))
        if value:
            items.append((bx + 1.5, by + 7, value, 12))
    items.append((20, 112, "รหัสไปรษณีย์", 11))
    for k, d in enumerate(p.postal):
        rects.append((50 + 6 * k, 107, 6, 7))
        items.append((51.8 + 6 * k, 112.5, d, 12))
    items += [(20, 124, "วันเดือนปีเกิด", 11), (50, 124, thai_date(p.born, short=True), 13),
              (20, 136, "โทรศัพท์", 11), (50, 136, p.mobile, 13),
              (110, 136, "อีเมล", 11), (125, 136, p.email, 13)]  # fmt: skip
    return pdf_case("pdf_tax_boxes", p, i, pdf_doc([items], rects=rects), "แบบแจ้งข้อมูล.pdf")


def pdf_header_row_table(p: Person, i: int) -> Case:
    """A ruled table whose labels are a header row and the values the row under it,
    twice (who: name, ID, birth date, phone; where: address, province, postal, e-mail)."""
    items: list[Item] = [(70, 18, "ข้อมูลผู้ยื่นคำร้อง", 16)]
    lines: list[tuple[float, float, float, float]] = []
    cols = (12, 62, 102, 140, 198)
    groups = (rows_of(p)[:3] + rows_of(p)[6:7], rows_of(p)[3:6] + rows_of(p)[7:])
    widths_addr = (12, 95, 125, 148, 198)
    for g, group in enumerate(groups):
        top = 30 + 30 * g
        xs = cols if g == 0 else widths_addr
        for r in range(3):
            lines.append((12, top + 9 * r, 198, top + 9 * r))
        for x in xs:
            lines.append((x, top, x, top + 18))
        for c, (label, value) in enumerate(group):
            items += [(xs[c] + 2, top + 6, label, 10), (xs[c] + 2, top + 15, value, 9)]
    return pdf_case("pdf_header_row_table", p, i, pdf_doc([items], lines=lines))


def pdf_examples_printed(p: Person, i: int) -> Case:
    """An agency form that prints its own instructions with example values above the
    blanks (เช่น 1-2345-67890-12-3, 081-234-5678, name@example.com) and its own phone
    and e-mail in the footer; the citizen's values typed on the lines."""
    example_id = "1-1001-00001-00-1"
    items: list[Item] = [
        (70, 16, "แบบคำร้องขอรับเงินสงเคราะห์", 16),
        (15, 26, "คำแนะนำ: กรอกเลขประจำตัวประชาชน 13 หลัก เช่น " + example_id, 10),
        (15, 31, "หมายเลขโทรศัพท์มือถือ เช่น 081-234-5678  อีเมล เช่น somchai@example.com", 10),
        (15, 36, "วันเกิด เช่น 1 มกราคม 2500  ชื่อ เช่น นายสมชาย ใจดี", 10),
    ]
    for k, (label, value) in enumerate(rows_of(p)):
        items += [(20, 50 + 11 * k, label, 13), (70, 50 + 11 * k, value, 13)]
        items.append((68, 51 + 11 * k, "." * 95, 10))
    items += [(15, 280, "สอบถามเพิ่มเติม กองสวัสดิการสังคม โทร 0-4524-5678 "
                        "อีเมล welfare@example.go.th", 9)]  # fmt: skip
    return pdf_case("pdf_examples_printed", p, i, pdf_doc([items]))


def pdf_address_wraps_left(p: Person, i: int) -> Case:
    """'label: value' lines where the long address runs on to a second line starting at
    the left margin (a word processor's wrap), the next label on the line after."""
    first, *rest = p.segments()
    items: list[Item] = [(75, 18, "คำร้อง", 16)]
    body = [f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {p.nid}",
            f"วันเดือนปีเกิด: {thai_date(p.born)}",
            f"ที่อยู่ที่ติดต่อได้: บ้านเลขที่ {p.house} {first} {rest[0]}",
            " ".join(rest[1:]) + f" {p.province_written} {p.postal}",
            f"หมายเลขโทรศัพท์: {p.mobile}", f"อีเมล: {p.email}"]  # fmt: skip
    items += [(20, 40 + 9 * k, line, 13) for k, line in enumerate(body)]
    return pdf_case("pdf_address_wraps_left", p, i, pdf_doc([items]))


def id_card_copy_pdf(p: Person, i: int) -> Case:
    """Two attachments: the form (Word, without the ID and birth date, which the form
    says are 'ตามสำเนาบัตรที่แนบ') and a certified ID-card copy as a PDF whose text
    carries the card's own dates (issue, expiry) beside the birth date."""
    issued = date(2021, p.born.month, min(p.born.day, 28))

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        d.add_paragraph(f"ชื่อ-นามสกุล: {p.name}")
        d.add_paragraph("เลขประจำตัวประชาชน: ตามสำเนาบัตรประชาชนที่แนบ")
        d.add_paragraph(f"ที่อยู่: {p.line()} {p.province_written} {p.postal}")
        d.add_paragraph(f"โทรศัพท์: {p.mobile}")
        d.add_paragraph(f"อีเมล: {p.email}")

    en_month = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.",
                "Nov.", "Dec.")[p.born.month - 1]  # fmt: skip
    card: list[Item] = [
        (30, 30, "บัตรประจำตัวประชาชน  Thai National ID Card", 12),
        (30, 40, f"เลขประจำตัวประชาชน  {p.nid[0]} {p.nid[1:5]} {p.nid[5:10]} {p.nid[10:12]} "
                 f"{p.nid[12]}", 12),
        (30, 48, f"ชื่อตัวและชื่อสกุล  {p.title} {p.first} {p.last}", 12),
        (30, 56, f"เกิดวันที่ {thai_date(p.born, short=True)}", 12),
        (30, 62, f"Date of Birth {p.born.day} {en_month} {p.born.year}", 10),
        (30, 70, f"ที่อยู่ {p.house} {p.rest(short=True)} จ.{p.province}", 11),
        (30, 80, f"{thai_date(issued, short=True)}   วันออกบัตร", 10),
        (90, 80, f"{thai_date(date(issued.year + 8, p.born.month, min(p.born.day, 28)), True)}"
                 "   วันบัตรหมดอายุ", 10),
        (40, 110, "สำเนาถูกต้อง", 14),
        (40, 120, f"({p.name})", 12),
    ]  # fmt: skip
    mail = message(p, i, ("แบบคำร้อง.docx", docx_bytes(build), DOCX),
                   ("สำเนาบัตรประชาชน.pdf", pdf_doc([card]), "application/pdf"))  # fmt: skip
    return Case("id_card_copy_pdf", mail, expect(p, "", p.line(short=True)))


# --- the styles: fillable PDFs ----------------------------------------------------------


def acro_appearance_only(p: Person, i: int) -> Case:
    """Filled by a tool that draws each value into the widget's appearance stream and
    writes no /V (a form 'printed' to PDF with fields kept, some mobile fillers); the
    field names say what each is, the page prints the labels."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    rows = rows_of(p)
    labels = [(20, 55 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    pdf = pikepdf.open(io.BytesIO(pdf_doc([[(70, 18, "แบบคำร้องทั่วไป"), *labels]])))
    values = pikepdf.open(io.BytesIO(pdf_doc([[(1, 5, value, 12)] for _, value in rows])))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    annots, fields = Array(), Array()
    names = ("fullname", "pid", "birthdate", "address", "province", "zipcode", "phone", "email")
    for k, (name, vpage) in enumerate(zip(names, values.pages, strict=True)):
        w = 125
        form = pdf.copy_foreign(vpage.as_form_xobject())
        form.BBox = Array([0, height - mm(7), mm(w), height])
        x1, y1 = mm(65), height - mm(55 + 12 * k) - 3
        widget = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), F=4, P=page.obj,
            Rect=Array([x1, y1, x1 + mm(w), y1 + mm(7)]), DA=String("/Helv 12 Tf 0 g"),
            AP=Dictionary(N=form),
        ))  # fmt: skip
        annots.append(widget)
        fields.append(widget)
    page.obj.Annots = annots
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=fields, DA=String("/Helv 0 Tf 0 g")))
    return pdf_case("acro_appearance_only", p, i, saved(pdf), "form_filled.pdf")


def acro_kids_two_pages(p: Person, i: int) -> Case:
    """A two-page fillable form: the applicant's name is one field whose widgets sit on
    page 1 (ชื่อ-นามสกุล) and on page 2 under the signature line ((......) ผู้ยื่นคำร้อง),
    the value in the parent only; the ID likewise on both pages; the date the form was
    signed (today) on page 2."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    page1 = [(70, 18, "แบบคำร้อง (หน้า 1/2)"), (20, 55, "ชื่อ-นามสกุล"),
             (20, 67, "เลขประจำตัวประชาชน"), (20, 79, "วันเดือนปีเกิด"), (20, 91, "ที่อยู่"),
             (20, 103, "จังหวัด"), (105, 103, "รหัสไปรษณีย์"), (20, 115, "โทรศัพท์"),
             (105, 115, "อีเมล")]  # fmt: skip
    page2 = [(70, 18, "แบบคำร้อง (หน้า 2/2)"), (20, 40, "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง"),
             (100, 80, "ลงชื่อ...................................ผู้ยื่นคำร้อง"),
             (100, 100, "เลขประจำตัวประชาชน"), (100, 112, "วันที่")]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(pdf_doc([page1, page2])))
    height = float(pdf.pages[0].mediabox[3])
    annots: list[Array] = [Array(), Array()]
    top = Array()

    def widget(page: int, x: float, y: float, w: float, **extra: Any) -> Dictionary:
        d = Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=4, P=pdf.pages[page].obj,
                       Rect=Array([mm(x), height - mm(y) - 3, mm(x + w), height - mm(y) + mm(4)]),
                       DA=String("/Helv 0 Tf 0 g"), **extra)  # fmt: skip
        return d

    def shared(name: str, value: str, places: list[tuple[int, float, float, float]]) -> None:
        parent = pdf.make_indirect(Dictionary(FT=Name.Tx, T=String(name), V=String(value),
                                              Kids=Array()))  # fmt: skip
        for page, x, y, w in places:
            kid = pdf.make_indirect(widget(page, x, y, w, Parent=parent))
            parent.Kids.append(kid)
            annots[page].append(kid)
        top.append(parent)

    def single(name: str, value: str, page: int, x: float, y: float, w: float) -> None:
        d = pdf.make_indirect(widget(page, x, y, w, FT=Name.Tx, T=String(name), V=String(value)))
        annots[page].append(d)
        top.append(d)

    shared("applicant", p.name, [(0, 50, 55, 130), (1, 105, 88, 80)])
    shared("id13", p.nid, [(0, 60, 67, 80), (1, 135, 100, 60)])
    single("dob", thai_date(p.born), 0, 50, 79, 80)
    single("addr", p.line(), 0, 35, 91, 150)
    single("prov", p.province, 0, 35, 103, 60)
    single("zip", p.postal, 0, 130, 103, 40)
    single("tel", p.mobile, 0, 40, 115, 60)
    single("mail", p.email, 0, 120, 115, 70)
    single("signdate", "1 ธันวาคม 2569" if i % 2 else "01/12/2569", 1, 115, 112, 50)
    for k in range(2):
        pdf.pages[k].obj.Annots = pdf.make_indirect(annots[k])
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=top, NeedAppearances=True,
                                                     DA=String("/Helv 0 Tf 0 g")))  # fmt: skip
    return pdf_case("acro_kids_two_pages", p, i, saved(pdf), "แบบคำร้อง_2หน้า.pdf")


def acro_multiline_formatted(p: Person, i: int) -> Case:
    """A fillable form with a multiline address box (the value over two lines, CR
    between), the phone kept as digits under Acrobat's phone format and the birth date
    under a date format (AFDate_FormatEx dd/mm/yyyy, typed in the Buddhist era), fields
    named by the designer's habit (txtName, txtID...) and the human label in /TU."""
    import pikepdf
    from pikepdf import Dictionary, Name, String

    first, *rest = p.segments()
    labels = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด (วว/ดด/ปปปป)", "ที่อยู่",
              "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์มือถือ", "อีเมล")  # fmt: skip
    ys = (55, 67, 79, 91, 115, 127, 139, 151)
    texts = [(70.0, 18.0, "แบบคำร้อง")] + [
        (20.0, float(y), lb) for y, lb in zip(ys, labels, strict=True)
    ]
    address = f"{p.house} {first}\r{' '.join(rest)}"
    born = f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}"
    fields = [Field("txtName", p.name, 65, 55, 120), Field("txtID", p.nid, 65, 67, 80),
              Field("dtBirth", born, 65, 79, 50), Field("txtAddr", address, 65, 91, 120),
              Field("txtProv", p.province, 65, 115, 60), Field("txtZip", p.postal, 65, 127, 30),
              Field("txtMobile", p.mobile, 65, 139, 60),
              Field("txtEmail", p.email, 65, 151, 90)]  # fmt: skip
    data = acroform(pdf_doc([texts]), fields)
    pdf = pikepdf.open(io.BytesIO(data))
    for annot in pdf.pages[0].Annots:
        name = str(annot.T)
        annot.TU = String(labels[[f.name for f in fields].index(name)])
        if name == "txtAddr":
            annot.Ff = 1 << 12
            annot.Rect[1] = float(annot.Rect[1]) - mm(10)
        js = {"txtMobile": "AFSpecial_Format(2);", "dtBirth": 'AFDate_FormatEx("dd/mm/yyyy");'}
        if name in js:
            action = Dictionary(S=Name.JavaScript, JS=String(js[name]))
            annot.AA = Dictionary(F=action, K=action)
    typed = f"{p.house} {first} {' '.join(rest)}"
    return pdf_case("acro_multiline_formatted", p, i, saved(pdf), "form.pdf", typed)


def acro_owner_password(p: Person, i: int) -> Case:
    """The agency publishes its fillable form encrypted with an owner password (no
    password to open; editing the form itself not allowed), AES-256 or AES-128: the
    filled values sit in encrypted strings."""
    import pikepdf

    labels = [lb for lb, _ in rows_of(p)]
    texts = [(70.0, 18.0, "แบบคำร้องทั่วไป")] + [
        (20.0, 55.0 + 12 * k, lb) for k, lb in enumerate(labels)
    ]
    fields = [Field(f"Text{k + 1}" if i % 2 else lb, v, 65, 55 + 12 * k, 120)
              for k, (lb, v) in enumerate(rows_of(p))]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(acroform(pdf_doc([texts]), fields)))
    allow = pikepdf.Permissions(modify_form=True, modify_other=False, extract=False)
    enc = pikepdf.Encryption(owner="agency-2569", user="", R=6 if i % 2 == 0 else 4, allow=allow)
    return pdf_case("acro_owner_password", p, i, saved(pdf, encryption=enc), "คำร้อง_ล็อก.pdf")


# --- the styles: Word -------------------------------------------------------------------


def docx_thai_numbering(p: Person, i: int) -> Case:
    """Items numbered as Thai documents number them: Word's own list numbering (the
    number not in the text), or ๑. ๒. ๓. typed, with the values typed in Thai digits
    (the ID, the dates, the phone, the house number, the postal code)."""
    digits = thai if i % 2 else (lambda t: t)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for k, (label, value) in enumerate(rows_of(p), start=1):
            if i % 2:
                d.add_paragraph(f"{thai(str(k))}. {label}: {digits(value)}")
            else:
                d.add_paragraph(f"{label}: {value}", style="List Number")

    typed = [digits(p.line())]
    return Case("docx_thai_numbering", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p, "", *typed))  # fmt: skip


def sdt(tag: str, shown: str, extra: str = "") -> str:
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{extra}'
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>"


def docx_sdt_pickers(p: Person, i: int) -> Case:
    """Word content controls of the kinds agency templates use: the title in a drop-down
    list, the birth date in a date picker showing dd/MM/yyyy in the Thai calendar, the
    province in a combo box whose items' values are codes."""
    titles = "".join(f'<w:listItem w:displayText="{t}" w:value="{t}"/>'
                     for t in ("นาย", "นาง", "นางสาว"))  # fmt: skip
    provs = ((p.province, "P01"), ("กรุงเทพมหานคร", "P00"), ("ลำปาง", "P02"))
    combo = "".join(f'<w:listItem w:displayText="{n}" w:value="{c}"/>' for n, c in provs)
    date_pr = (
        f'<w:date w:fullDate="{p.born.isoformat()}T00:00:00Z"><w:dateFormat '
        'w:val="dd/MM/yyyy"/><w:lid w:val="th-TH"/><w:calendar w:val="thai"/></w:date>'
    )
    shown_date = f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}"

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        raw_paragraph(d, run("คำนำหน้า: ") + sdt("title", p.title, f"<w:dropDownList>{titles}"
                      "</w:dropDownList>") + run("  ชื่อ: ") + sdt("first", p.first)
                      + run("  นามสกุล: ") + sdt("last", p.last))  # fmt: skip
        raw_paragraph(d, run("เลขประจำตัวประชาชน: ") + sdt("pid", p.nid))
        raw_paragraph(d, run("วันเกิด: ") + sdt("dob", shown_date, date_pr))
        raw_paragraph(d, run("ที่อยู่: ") + sdt("addr", p.line()))
        raw_paragraph(d, run("จังหวัด: ") + sdt("prov", p.province, f"<w:comboBox>{combo}"
                                              "</w:comboBox>"))  # fmt: skip
        raw_paragraph(d, run("รหัสไปรษณีย์: ") + sdt("zip", p.postal))
        raw_paragraph(d, run("โทรศัพท์: ") + sdt("tel", p.mobile))
        raw_paragraph(d, run("อีเมล: ") + sdt("mail", p.email))

    return docx_case("docx_sdt_pickers", p, i, build)


NS_SHAPES = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def shape(value: str, k: int) -> str:
    """A floating text box as Word 2010+ writes it: DrawingML inside mc:Choice and the
    same text again in the VML fallback."""
    inner = f"<w:p>{run(value)}</w:p>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{k + 2}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>1800000'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="3600000" cy="300000"/><wp:wrapNone/>'
        f'<wp:docPr id="{k + 10}" name="Text Box {k + 10}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" '
        'y="0"/><a:ext cx="3600000" cy="300000"/></a:xfrm><a:prstGeom prst="rect"/></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        '<w:pict><v:shape style="position:absolute;width:283pt;height:24pt" type="#_x0000_t202">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def docx_shape_values(p: Person, i: int) -> Case:
    """A Word form where the citizen placed a floating text box over each dotted line:
    the label and dots in the paragraph, the value in a text box anchored to it (written
    twice in the file, DrawingML and the VML fallback, as Word does)."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for k, (label, value) in enumerate(rows_of(p)):
            xml = run(f"{label} ") + shape(value, k) + run("." * 60)
            para = parse_xml(f'<w:p xmlns:w="{W}" {NS_SHAPES}>{xml}</w:p>')
            d.element.body.insert(len(d.element.body) - 1, para)

    return docx_case("docx_shape_values", p, i, build)


def docx_google_docs(p: Person, i: int) -> Case:
    """A form filled in Google Docs and downloaded as .docx: every run carries its own
    fonts and rtl off, the label bold in one run, the colon in another, the value in a
    third that begins with a non-breaking space; a kix bookmark on each line; two
    labels per line separated by a tab."""

    def grun(text: str, bold: bool = False) -> str:
        b = "<w:b/><w:bCs/>" if bold else ""
        return (f'<w:r><w:rPr><w:rFonts w:ascii="Sarabun" w:cs="Sarabun" w:eastAsia="Sarabun" '
                f'w:hAnsi="Sarabun"/>{b}<w:sz w:val="28"/><w:szCs w:val="28"/><w:rtl w:val="0"/>'
                f'</w:rPr><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>')  # fmt: skip

    pairs = (
        ((rows_of(p)[0]),),
        (rows_of(p)[1], rows_of(p)[2]),
        (rows_of(p)[3],),
        (rows_of(p)[4], rows_of(p)[5]),
        (rows_of(p)[6], rows_of(p)[7]),
    )

    def build(d: Any) -> None:
        raw_paragraph(d, grun("แบบคำร้องทั่วไป", bold=True))
        for k, line in enumerate(pairs):
            xml = f'<w:bookmarkStart w:id="{k}" w:name="kix.{k}x9q2"/><w:bookmarkEnd w:id="{k}"/>'
            for n, (label, value) in enumerate(line):
                if n:
                    xml += "<w:r><w:tab/></w:r>"
                xml += grun(label, bold=True) + grun(":") + grun("\u00a0" + value)
            raw_paragraph(d, '<w:pPr><w:spacing w:after="0" w:before="0" w:line="276" '
                             'w:lineRule="auto"/></w:pPr>' + xml)  # fmt: skip

    return docx_case("docx_google_docs", p, i, build)


def docx_parallel_cell_lines(p: Person, i: int) -> Case:
    """A two-cell table: the left cell holds all the labels, one per line (soft breaks or
    paragraphs), the right cell all the values in the same order, lined up by eye."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง")
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        left, right = t.cell(0, 0), t.cell(0, 1)
        if i % 2 == 0:
            left.text = "\n".join(f"{label} :" for label, _ in rows_of(p))
            right.text = "\n".join(value for _, value in rows_of(p))
        else:
            left.text = rows_of(p)[0][0]
            right.text = rows_of(p)[0][1]
            for label, value in rows_of(p)[1:]:
                left.add_paragraph(label)
                right.add_paragraph(value)

    return docx_case("docx_parallel_cell_lines", p, i, build)


def docx_struck_titles(p: Person, i: int) -> Case:
    """'ข้าพเจ้า (นาย/นาง/นางสาว)' with the titles that do not apply struck out
    (ขีดฆ่าคำที่ไม่ใช้), single or double strike, then the given name and family name."""
    strike = "strike" if i % 2 == 0 else "dstrike"
    titles = "".join(
        (run(t, **{strike: ""}) if t != p.title else run(t)) + run("/" if t != "นางสาว" else "")
        for t in ("นาย", "นาง", "นางสาว")
    )

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        raw_paragraph(d, run("ข้าพเจ้า (") + titles + run(f") ชื่อ {p.first}  นามสกุล {p.last}"))
        for label, value in rows_of(p)[1:]:
            d.add_paragraph(f"{label} {value}")

    return docx_case("docx_struck_titles", p, i, build)


def docx_empty_neighbours(p: Person, i: int) -> Case:
    """A four-column table form with fields left empty or marked '-' beside the filled
    ones (โทรศัพท์บ้าน empty, โทรสาร '-', มือถือ filled), and the current address given
    as 'ตามทะเบียนบ้าน' under the registered one."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องขอรับบริการ")
        cells = [("ชื่อ-นามสกุล", p.name, "อายุ", f"{2026 - p.born.year} ปี"),
                 ("เลขประจำตัวประชาชน", p.nid, "สัญชาติ", "ไทย"),
                 ("วันเดือนปีเกิด", thai_date(p.born), "อาชีพ", ""),
                 ("ที่อยู่ตามทะเบียนบ้าน", f"{p.line()} {p.province_written} {p.postal}", "", ""),
                 ("ที่อยู่ปัจจุบัน", "ตามทะเบียนบ้าน" if i % 2 == 0 else "เหมือนข้างต้น", "", ""),
                 ("โทรศัพท์บ้าน", "", "โทรสาร", "-"),
                 ("โทรศัพท์มือถือ", p.mobile, "อีเมล", p.email)]  # fmt: skip
        t = d.add_table(rows=len(cells), cols=4)
        t.style = "Table Grid"
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
        for r in (3, 4):
            t.cell(r, 1).merge(t.cell(r, 3))

    return docx_case("docx_empty_neighbours", p, i, build)


def docx_second_person(p: Person, i: int) -> Case:
    """A request made through a representative: the applicant's part first, then a
    ผู้รับมอบอำนาจ (or บุคคลที่ติดต่อได้กรณีฉุกเฉิน) part with its own name, ID, phone
    and address. The case is the applicant's."""
    other = PEOPLE[(PEOPLE.index(p) + 3) % len(PEOPLE)]
    part2 = "ผู้รับมอบอำนาจ" if i % 2 == 0 else "บุคคลที่ติดต่อได้กรณีฉุกเฉิน"

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง")
        for label, value in rows_of(p):
            d.add_paragraph(f"{label}: {value}")
        d.add_paragraph(f"ส่วนที่ 2 {part2}")
        for label, value in (("ชื่อ-นามสกุล", other.name), ("เลขประจำตัวประชาชน", other.nid),
                             ("ความเกี่ยวข้อง", "บุตร"), ("ที่อยู่", other.line()),
                             ("โทรศัพท์", other.mobile)):  # fmt: skip
            d.add_paragraph(f"{label}: {value}")

    return docx_case("docx_second_person", p, i, build)


def docx_row_controls(p: Person, i: int) -> Case:
    """A Word table form whose rows (a repeating-section content control) or whose value
    cells (a cell-level content control) are wrapped in w:sdt, as Word's Developer tab
    builds them: the w:tr or w:tc sits inside w:sdtContent."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง")
        t = d.add_table(rows=len(rows_of(p)), cols=2)
        t.style = "Table Grid"
        for r, (label, value) in enumerate(rows_of(p)):
            t.cell(r, 0).text = label
            t.cell(r, 1).text = value
        for k, tr in enumerate(list(t._tbl.tr_lst)):
            target = tr if i % 2 == 0 else tr.tc_lst[1]
            wrapper = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:id w:val="{100 + k}"/>'
                                "</w:sdtPr><w:sdtContent/></w:sdt>")  # fmt: skip
            target.addprevious(wrapper)
            wrapper[1].append(target)

    return docx_case("docx_row_controls", p, i, build)


def docx_spaces_aligned(p: Person, i: int) -> Case:
    """Columns lined up with runs of spaces (no tabs, no colons), two pairs on some
    lines, the paragraph Thai-distributed."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        lines = ((rows_of(p)[0], rows_of(p)[6]), (rows_of(p)[1],), (rows_of(p)[2], rows_of(p)[7]),
                 (rows_of(p)[3],), (rows_of(p)[4], rows_of(p)[5]))  # fmt: skip
        for pairs in lines:
            text = "        ".join(f"{label}      {value}" for label, value in pairs)
            raw_paragraph(d, '<w:pPr><w:jc w:val="thaiDistribute"/></w:pPr>' + run(text))

    return docx_case("docx_spaces_aligned", p, i, build)


# --- the styles: spreadsheets, CSV, HTML, mail ------------------------------------------


def xlsx_formula_values(p: Person, i: int) -> Case:
    """An Excel form whose printed sheet is made of formulas over a hidden data sheet:
    the name joined from title, given and family name, the birth date from DATE(), the
    address from its parts; the file keeps Excel's cached results."""

    def build(book: Any) -> None:
        data = book.active
        data.title = "data"
        parts = (p.title, p.first, p.last, p.nid, p.house, " ".join(p.segments()),
                 p.province, p.postal, p.mobile, p.email)  # fmt: skip
        for r, v in enumerate(parts, start=1):
            data.cell(r, 1, v)
        data.sheet_state = "hidden"
        form = book.create_sheet("แบบฟอร์ม", 0)
        book.active = 0
        form["A1"] = "แบบคำร้องทั่วไป"
        labels = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "จังหวัด",
                  "รหัสไปรษณีย์", "โทรศัพท์", "อีเมล")  # fmt: skip
        formulas = (
            '=data!A1&data!A2&" "&data!A3',
            "=data!A4",
            f"=DATE({p.born.year},{p.born.month},{p.born.day})",
            '=data!A5&" "&data!A6',
            "=data!A7",
            "=data!A8",
            "=data!A9",
            "=data!A10",
        )
        for r, (label, f) in enumerate(zip(labels, formulas, strict=True), start=3):
            form.cell(r, 1, label)
            form.cell(r, 2, f)
            if r == 5:
                form.cell(r, 2).number_format = "d mmmm yyyy"

    serial = (date(p.born.year, p.born.month, p.born.day) - date(1899, 12, 30)).days
    cached = {"B3": p.name, "B4": p.nid, "B5": serial, "B6": p.line(), "B7": p.province,
              "B8": p.postal, "B9": p.mobile, "B10": p.email}  # fmt: skip
    return Case("xlsx_formula_values",
                message(p, i, ("คำร้อง.xlsx", with_cached(xlsx_bytes(build), cached), XLSX)),
                expect(p))  # fmt: skip


def with_cached(data: bytes, cached: dict[str, str | int]) -> bytes:
    """Writes the results Excel would have cached after each formula (openpyxl writes
    formulas without them)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/") and b"<f>" in body:
                text = body.decode()
                for ref, value in cached.items():
                    kind = "" if isinstance(value, int) else ' t="str"'
                    text = re.sub(
                        rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>|<c r="{ref}"([^>]*)><f>(.*?)</f>'
                        r"(?:<v></v>)?</c>",
                        lambda m, ref=ref, kind=kind, value=value: (
                            f'<c r="{ref}"{_no_t(m.group(1) or m.group(3))}{kind}>'
                            f"<f>{m.group(2) or m.group(4)}</f><v>{xml_escape(str(value))}</v></c>"
                        ),
                        text,
                    )
                body = text.encode()
            z.writestr(info, body)
    return out.getvalue()


def _no_t(attrs: str) -> str:
    return re.sub(r'\s+t="[^"]*"', "", attrs or "")


def xlsx_google_sheets(p: Person, i: int) -> Case:
    """Responses of a Google Form downloaded from Google Sheets as .xlsx: a Timestamp
    column, long questions with hints as the header row, one response row; Sheets made
    numbers of the ID and of the phone (which lost its leading 0)."""
    heads = ("Timestamp", "Email address", "ชื่อ-นามสกุล (ระบุคำนำหน้า)",
             "เลขประจำตัวประชาชน 13 หลัก (ไม่ต้องเว้นวรรค)", "วัน/เดือน/ปีเกิด (พ.ศ.)",
             "ที่อยู่ที่ติดต่อได้ (บ้านเลขที่ หมู่ ตำบล อำเภอ)", "จังหวัด", "รหัสไปรษณีย์",
             "เบอร์โทรศัพท์มือถือ", "เรื่องที่ต้องการติดต่อ")  # fmt: skip
    values: tuple[Any, ...] = (
        datetime(2026, 12, 1, 9, 14, 22), p.email, p.name, int(p.nid),
        f"{p.born.day}/{p.born.month}/{be(p.born)}", p.line(), p.province, int(p.postal),
        int(p.mobile), "ขอคัดสำเนาทะเบียนบ้าน",
    )  # fmt: skip

    def build(book: Any) -> None:
        sheet = book.active
        sheet.title = "Form Responses 1"
        for c, (h, v) in enumerate(zip(heads, values, strict=True), start=1):
            sheet.cell(1, c, h)
            cell = sheet.cell(2 + (i % 2), c, v)  # one variant with an empty row between
            if c == 1:
                cell.number_format = "yyyy/mm/dd h:mm:ss"

    return Case(
        "xlsx_google_sheets",
        message(p, i, ("คำร้อง (Responses).xlsx", xlsx_bytes(build), XLSX)),
        expect(p),
    )


def xlsx_paper_grid(p: Person, i: int) -> Case:
    """A paper form drawn in Excel (narrow columns, everything merged): the ID one digit
    per cell after its label, the birth date as วันที่ [] เดือน [] พ.ศ. [] cells, labels
    merged over several columns and values merged over the rest of the row."""
    from openpyxl.utils import get_column_letter as col

    def build(book: Any) -> None:
        s = book.active
        s.title = "แบบคำร้อง"
        for c in range(1, 31):
            s.column_dimensions[col(c)].width = 3.2
        s["H1"] = "แบบคำร้องทั่วไป"
        s.merge_cells("H1:W1")

        def row(r: int, label: str, value: str, label_to: int = 8) -> None:
            s.cell(r, 1, label)
            s.merge_cells(f"A{r}:{col(label_to)}{r}")
            s.cell(r, label_to + 1, value)
            s.merge_cells(f"{col(label_to + 1)}{r}:AD{r}")

        row(3, "ชื่อ-นามสกุล", p.name)
        s.cell(4, 1, "เลขประจำตัวประชาชน")
        s.merge_cells("A4:H4")
        for k, d in enumerate(p.nid):
            s.cell(4, 9 + k, d)
        s.cell(5, 1, "เกิดวันที่")
        s.merge_cells("A5:D5")
        s.cell(5, 5, p.born.day)
        s.cell(5, 7, "เดือน")
        s.merge_cells("G5:H5")
        s.cell(5, 9, MONTHS[p.born.month - 1])
        s.merge_cells("I5:N5")
        s.cell(5, 15, "พ.ศ.")
        s.cell(5, 17, be(p.born))
        s.merge_cells("Q5:S5")
        row(6, "ที่อยู่", p.line(), 4)
        row(7, "จังหวัด", p.province, 4)
        s.cell(8, 1, "รหัสไปรษณีย์")
        s.merge_cells("A8:F8")
        for k, d in enumerate(p.postal):
            s.cell(8, 7 + k, d)
        row(9, "โทรศัพท์", p.mobile, 5)
        row(10, "อีเมล", p.email, 5)

    return Case("xlsx_paper_grid", message(p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX)),
                expect(p))  # fmt: skip


def csv_attachment(p: Person, i: int) -> Case:
    """A CSV export: label,value rows saved by Excel as 'CSV UTF-8' (with a BOM), or a
    header row and a values row saved as plain 'CSV' on a Thai Windows (TIS-620 bytes,
    declared text/csv without a charset)."""
    out = io.StringIO()
    writer = csv.writer(out)
    rows = [(label, value) for label, value in rows_of(p)]
    if i % 2 == 0:
        writer.writerow(("หัวข้อ", "ข้อมูล"))
        writer.writerows(rows)
        data = out.getvalue().encode("utf-8-sig")
    else:
        writer.writerow([label for label, _ in rows])
        writer.writerow([value for _, value in rows])
        data = out.getvalue().encode("cp874")
    return Case("csv_attachment", message(p, i, ("คำร้อง.csv", data, "text/csv")), expect(p))


def html_attachment(p: Person, i: int) -> Case:
    """The request as an HTML file a web form's 'download a copy' produced: a table with
    th/td, or div rows of span labels, TIS-620 declared only in its <meta>."""
    if i % 2 == 0:
        rows = "".join(f"<tr><th>{lb}</th><td>{v}</td></tr>" for lb, v in rows_of(p))
        page = (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>คำร้อง</title>'
            f"<style>th{{text-align:left}}</style></head><body><h2>สำเนาคำร้องออนไลน์"
            f"</h2><table border=1>{rows}</table><p>เลขที่รับ 2569/0012</p></body></html>"
        )
        data = page.encode("utf-8")
    else:
        rows = "".join(f'<div class="row"><span class="lbl">{lb}</span>'
                       f'<span class="val">{v}</span></div>\n' for lb, v in rows_of(p))  # fmt: skip
        page = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-874"></head><body><h3>แบบคำร้อง</h3>' + rows + "</body></html>"
        )
        data = page.encode("cp874")
    return Case("html_attachment", message(p, i, ("คำร้อง.html", data, "text/html")), expect(p))


def forwarded_eml_with_pdf(p: Person, i: int) -> Case:
    """The citizen forwards, as an attachment (.eml, message/rfc822), the mail she first
    sent to the wrong address; the form PDF is inside the forwarded mail."""
    rows = rows_of(p)
    form = pdf_doc([[(70, 18, "แบบคำร้อง")] + [(20, 40 + 10 * k, f"{lb}: {v}", 13)
                                              for k, (lb, v) in enumerate(rows)]])  # fmt: skip
    inner = message_from_bytes(message(p, i + 1, ("แบบคำร้อง.pdf", form, "application/pdf")),
                               policy=email_policy.default)  # fmt: skip
    outer = EmailMessage()
    outer["From"] = f"{p.first} {p.last} <{p.email}>"
    outer["To"] = "saraban@example.go.th"
    outer["Subject"] = "Fwd: ส่งแบบคำร้อง"
    outer["Date"] = format_datetime(datetime(2026, 12, 2, 10, i % 60, tzinfo=UTC))
    outer["Message-ID"] = f"<unseen7-fwd-{i}@example.com>"
    outer.set_content("ส่งผิดที่อยู่ ขอส่งใหม่ตามแนบค่ะ\n", charset="utf-8")
    outer.add_attachment(inner)
    return Case("forwarded_eml_with_pdf", bytes(outer), expect(p))


STYLES: tuple[Style, ...] = (
    pdf_rotated_page, pdf_mixed_sizes, pdf_far_columns, pdf_browser_words, pdf_tr_paragraph,
    pdf_tax_boxes, pdf_header_row_table, pdf_examples_printed, pdf_address_wraps_left,
    id_card_copy_pdf,
    acro_appearance_only, acro_kids_two_pages, acro_multiline_formatted, acro_owner_password,
    docx_thai_numbering, docx_sdt_pickers, docx_shape_values, docx_google_docs,
    docx_parallel_cell_lines, docx_struck_titles, docx_empty_neighbours, docx_second_person,
    docx_row_controls, docx_spaces_aligned,
    xlsx_formula_values, xlsx_google_sheets, xlsx_paper_grid, csv_attachment,
    html_attachment, forwarded_eml_with_pdf,
)  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


__all__ = ["MONTHS_SHORT", "build_set"]


# --- a second batch, written after the readers were read and fixed -----------------------
# To see whether the fixes hold on shapes they were not made for (measured before any
# further change; see test_unseen_styles_7.py).


def docx_struck_in_cells(p: Person, i: int) -> Case:
    """A table form whose title cell prints 'นาย / นาง / นางสาว' with the two that do
    not apply struck out, then the given name and family name in cells of their own."""

    def build(d: Any) -> None:
        from docx.oxml import parse_xml

        d.add_paragraph("แบบคำร้อง")
        t = d.add_table(rows=7, cols=4)
        t.style = "Table Grid"
        t.cell(0, 0).text = "คำนำหน้าชื่อ"
        cell = t.cell(0, 1)
        xml = "".join(
            (run(title, strike="") if title != p.title else run(title))
            + (run(" / ") if k < 2 else "")
            for k, title in enumerate(("นาย", "นาง", "นางสาว"))
        )
        para = parse_xml(f'<w:p xmlns:w="{W}">{xml}</w:p>')
        cell._tc.remove(cell._tc.p_lst[0])
        cell._tc.append(para)
        t.cell(0, 2).text = "ชื่อ"
        t.cell(0, 3).text = p.first
        rows = (("นามสกุล", p.last, "เลขประจำตัวประชาชน", p.nid),
                ("วันเกิด", thai_date(p.born), "โทรศัพท์", p.mobile),
                ("ที่อยู่", p.line(), "", ""), ("จังหวัด", p.province, "รหัสไปรษณีย์", p.postal),
                ("อีเมล", p.email, "", ""))  # fmt: skip
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                if text:
                    t.cell(r, c).text = text

    return docx_case("docx_struck_in_cells", p, i, build)


def pdf_centered_captions(p: Person, i: int) -> Case:
    """A ruled table printed from Word whose header cells are centred over their
    columns and the values left-aligned in the cells below; one header wraps over two
    lines ('เลขประจำตัว' / 'ประชาชน') in the variant with narrow cells."""
    from fpdf import FPDF

    probe = FPDF()
    probe.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    probe.set_font("F", size=10)
    groups = ((rows_of(p)[0], rows_of(p)[1], rows_of(p)[2], rows_of(p)[6]),
              (rows_of(p)[3], rows_of(p)[4], rows_of(p)[5], rows_of(p)[7]))  # fmt: skip
    items: list[Item] = [(70, 18, "ข้อมูลผู้ยื่นคำร้อง", 16)]
    lines: list[tuple[float, float, float, float]] = []
    for g, group in enumerate(groups):
        # each column as wide as its widest text (Word's autofit), the rest shared out
        probe.set_font("F", size=9)
        widths = [max(probe.get_string_width(v) + 4, 24.0) for _, v in group]
        spare = max(186 - sum(widths), 0) / len(widths)
        cols = [12.0]
        for w in widths:
            cols.append(cols[-1] + w + spare)
        probe.set_font("F", size=10)
        top = 30 + 32 * g
        for r in (0, 12, 22):
            lines.append((12, top + r, 198, top + r))
        for x in cols:
            lines.append((x, top, x, top + 22))
        for c, (label, value) in enumerate(group):
            left, right = cols[c], cols[c + 1]
            heads = [label]
            if i % 2 and label == "เลขประจำตัวประชาชน":
                heads = ["เลขประจำตัว", "ประชาชน"]
            for k, head in enumerate(heads):
                w = probe.get_string_width(head)
                items.append((left + (right - left - w) / 2, top + 5 + 4.5 * k, head, 10))
            items.append((left + 2, top + 18, value, 9))
    return pdf_case("pdf_centered_captions", p, i, pdf_doc([items], lines=lines))


def csv_other_exports(p: Person, i: int) -> Case:
    """Excel's other text exports: 'Unicode Text' (UTF-16 with its mark, tab-separated,
    saved as .txt or .csv) and CSV with semicolons (a comma-decimal locale)."""
    rows = [(label, value) for label, value in rows_of(p)]
    if i % 2 == 0:
        text = "".join(f"{a}\t{b}\r\n" for a, b in rows)
        data, name, mime = text.encode("utf-16"), "คำร้อง.txt", "text/plain"
    else:
        text = ";".join(a for a, _ in rows) + "\r\n" + ";".join(b for _, b in rows) + "\r\n"
        data, name, mime = text.encode("utf-8-sig"), "export.csv", "application/octet-stream"
    return Case("csv_other_exports", message(p, i, (name, data, mime)), expect(p))


def acro_appearance_mixed(p: Person, i: int) -> Case:
    """Values only in appearance streams as a simple filler writes them: Latin values
    (ID, phone, postal code, e-mail, the date in digits) drawn in Helvetica by hand
    ('BT /Helv 10 Tf 2 6 Td (...) Tj ET' inside /Tx BMC), Thai ones in an embedded face;
    the address box's appearance holds two lines."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    first, *rest = p.segments()
    born = f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}"
    rows = (("ชื่อ-นามสกุล", p.name, True), ("เลขประจำตัวประชาชน", p.nid, False),
            ("วันเกิด", born, False), ("ที่อยู่", f"{p.house} {first}\n{' '.join(rest)}", True),
            ("จังหวัด", p.province, True), ("รหัสไปรษณีย์", p.postal, False),
            ("โทรศัพท์", p.mobile, False), ("อีเมล", p.email, False))  # fmt: skip
    ys = [55 + 12 * k + (8 if k > 3 else 0) for k in range(len(rows))]
    pdf = pikepdf.open(io.BytesIO(pdf_doc([[(70, 18, "แบบคำร้อง")] + [
        (20, y, label) for y, (label, _, _) in zip(ys, rows, strict=True)]])))  # fmt: skip
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    annots = Array()
    for k, ((_, value, thai_text), y) in enumerate(zip(rows, ys, strict=True)):
        lines_ = value.split("\n")
        h = 7 + 6 * (len(lines_) - 1)
        x1, y1 = mm(65), height - mm(y) - 3 - mm(6 * (len(lines_) - 1))
        if thai_text:
            drawn: list[Item] = [(1, 5 + 6 * n, line, 12) for n, line in enumerate(lines_)]
            vpdf = pikepdf.open(io.BytesIO(pdf_doc([drawn])))
            form = pdf.copy_foreign(vpdf.pages[0].as_form_xobject())
            form.BBox = Array([0, height - mm(h), mm(120), height])
        else:
            body = f"/Tx BMC q BT /Helv 10 Tf 0 g 2 6 Td ({value}) Tj ET Q EMC".encode()
            form = pdf.make_stream(body)
            form.Type, form.Subtype = Name.XObject, Name.Form
            form.BBox = Array([0, 0, mm(120), mm(h)])
            form.Resources = Dictionary(Font=Dictionary(Helv=helv))
        annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(f"Text{k + 1}"), F=4,
            P=page.obj, Rect=Array([x1, y1, x1 + mm(120), y1 + mm(h)]),
            DA=String("/Helv 10 Tf 0 g"), AP=Dictionary(N=form),
        )))  # fmt: skip
    page.obj.Annots = annots
    pdf.Root.AcroForm = pdf.make_indirect(
        Dictionary(
            Fields=annots, DA=String("/Helv 0 Tf 0 g"), DR=Dictionary(Font=Dictionary(Helv=helv))
        )
    )
    typed = f"{p.house} {first} {' '.join(rest)}"
    return pdf_case("acro_appearance_mixed", p, i, saved(pdf), "form.pdf", typed)


def pdf_registry_bangkok(p: Person, i: int) -> Case:
    """The registry paragraph again, the pairs' words in the other order (แขวง/ตำบล,
    เขต/อำเภอ, ซอย/ตรอก) and every part filled or '-', typed in Word over the dots and
    printed to PDF; the province on the next line."""
    parts = [("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ซอย/ตรอก", p.soi or "-"),
             ("ถนน", p.road or "-"), ("แขวง/ตำบล", p.tambon), ("เขต/อำเภอ", p.amphoe)]  # fmt: skip
    text1 = "ข้าพเจ้า......" + p.name + "......เลขประจำตัวประชาชน......" + p.nid + "......"
    text2 = "ที่อยู่ " + "".join(f"{a}.....{b}....." for a, b in parts[:4])
    text3 = "".join(f"{a}.....{b}....." for a, b in parts[4:])
    text4 = f"จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}....."
    text5 = f"เกิดวันที่.....{thai_date(p.born)}.....โทรศัพท์.....{p.mobile}....."
    text6 = f"อีเมล.....{p.email}....."
    items: list[Item] = [(80, 18, "คำร้องทั่วไป", 18)]
    items += [(20, 40 + 10 * k, t, 12) for k, t in enumerate((text1, text2, text3, text4, text5,
                                                              text6))]  # fmt: skip
    return pdf_case("pdf_registry_bangkok", p, i, pdf_doc([items]), "คำร้อง.pdf")


def docx_refers_to_card(p: Person, i: int) -> Case:
    """The form points to the attached card copy for the ID and birth date ('ตามสำเนา
    บัตรประชาชน', 'ดูสำเนาบัตร'); the copy is a Word file with the card's text in a
    table (the card's issue and expiry dates beside the birth date)."""

    def form(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", "ตามสำเนาบัตรประชาชน"),
                             ("วันเดือนปีเกิด", "ดูสำเนาบัตร"), ("ที่อยู่", p.line()),
                             ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                             ("โทรศัพท์", p.mobile), ("อีเมล", p.email)):  # fmt: skip
            d.add_paragraph(f"{label}: {value}")

    def card(d: Any) -> None:
        d.add_paragraph("สำเนาบัตรประจำตัวประชาชน")
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        issued, expiry = date(2022, 3, 1), date(2030, 3, 1)
        rows = (("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("ชื่อตัวและชื่อสกุล", p.name),
                ("เกิดวันที่", thai_date(p.born, short=True)),
                ("วันออกบัตร", thai_date(issued, short=True)),
                ("วันบัตรหมดอายุ", thai_date(expiry, short=True)))  # fmt: skip
        for r, (a, b) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = a, b

    mail = message(p, i, ("แบบคำร้อง.docx", docx_bytes(form), DOCX),
                   ("สำเนาบัตร.docx", docx_bytes(card), DOCX))  # fmt: skip
    return Case("docx_refers_to_card", mail, expect(p))


SECOND_BATCH: tuple[Style, ...] = (
    docx_struck_in_cells, pdf_centered_captions, csv_other_exports, acro_appearance_mixed,
    pdf_registry_bangkok, docx_refers_to_card,
)  # fmt: skip


def build_second_batch() -> list[Case]:
    return two_each(SECOND_BATCH, PEOPLE, batch=1)


# --- a third batch, written after the second batch's fixes -------------------------------
# To probe those fixes themselves: a wrong value struck and the right one typed after it,
# the registry paragraph typed in Word, short values under wide centred captions, and a
# title ticked in check boxes whose state is only in their appearance (/AS, no /V).


def docx_struck_correction(p: Person, i: int) -> Case:
    """A citizen corrects a typed form the paper way: the wrong phone (or ID) struck
    through and the right one typed after it on the same line."""
    wrong_phone = p.mobile[:-4] + "0000"
    wrong_nid = with_check_digit(p.nid[:11] + str((int(p.nid[11]) + 3) % 10))

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in rows_of(p):
            if label == "โทรศัพท์":
                raw_paragraph(d, run("โทรศัพท์: ") + run(wrong_phone, strike="") + run(" " + value))
            elif label == "เลขประจำตัวประชาชน" and i % 2:
                raw_paragraph(d, run(f"{label}: ") + run(wrong_nid, dstrike="") + run(" " + value))
            else:
                d.add_paragraph(f"{label}: {value}")

    return docx_case("docx_struck_correction", p, i, build)


def docx_registry_paragraph(p: Person, i: int) -> Case:
    """The registry office's คำร้องทั่วไป retyped in Word: pairs along dotted lines in
    paragraphs, the address part by part with '-' where a part does not apply."""

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph(f"ข้าพเจ้า.......{p.name}.......เลขประจำตัวประชาชน.......{p.nid}.......")
        d.add_paragraph(f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}....."
                        f"ตรอก/ซอย.....{p.soi or '-'}....."
                        f"ถนน.....{p.road or '-'}.....")  # fmt: skip
        d.add_paragraph(f"ตำบล/แขวง.....{p.tambon}.....อำเภอ/เขต.....{p.amphoe}.....")
        d.add_paragraph(f"จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}.....")
        d.add_paragraph(f"เกิดวันที่.....{thai_date(p.born)}.....โทรศัพท์.....{p.mobile}.....")
        d.add_paragraph(f"อีเมล.....{p.email}.....")

    return docx_case("docx_registry_paragraph", p, i, build)


def pdf_short_values_wide_columns(p: Person, i: int) -> Case:
    """Captions centred over wide ruled columns, the values short and set at each
    column's left, so a value may not stand under any of its caption's letters."""
    items: list[Item] = [(70, 18, "ข้อมูลผู้ยื่นคำร้อง", 16)]
    lines: list[tuple[float, float, float, float]] = []
    groups = ((("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", p.mobile)),
              (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
               ("วันเดือนปีเกิด", thai_date(p.born, short=True))),
              (("ที่อยู่", p.line(short=True)), ("อีเมล", p.email)))  # fmt: skip
    from fpdf import FPDF

    probe = FPDF()
    probe.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    probe.set_font("F", size=10)
    for g, group in enumerate(groups):
        top = 30 + 26 * g
        width = 186 / len(group)
        for r in (0, 9, 18):
            lines.append((12, top + r, 198, top + r))
        for c, (label, value) in enumerate(group):
            left = 12 + width * c
            lines.append((left, top, left, top + 18))
            w = probe.get_string_width(label)
            items += [(left + (width - w) / 2, top + 6, label, 10), (left + 2, top + 15, value, 9)]
        lines.append((198, top, 198, top + 18))
    return pdf_case("pdf_short_values_wide_columns", p, i, pdf_doc([items], lines=lines),
                    "คำร้อง.pdf", p.line(short=True))  # fmt: skip


def acro_title_state_only(p: Person, i: int) -> Case:
    """Title check boxes whose state is only in each widget's /AS (the filler set the
    appearance state and no /V), the given and family names in fields of their own."""
    import pikepdf
    from pikepdf import Name

    titles = ("นาย", "นาง", "นางสาว")
    texts = [(20.0, 55.0, "คำนำหน้า"), (45.0, 55.0, "นาย"), (70.0, 55.0, "นาง"),
             (95.0, 55.0, "นางสาว"), (20.0, 67.0, "ชื่อ"), (105.0, 67.0, "นามสกุล"),
             (20.0, 79.0, "เลขประจำตัวประชาชน"), (20.0, 91.0, "วันเกิด"), (20.0, 103.0, "ที่อยู่"),
             (20.0, 115.0, "จังหวัด"), (105.0, 115.0, "รหัสไปรษณีย์"), (20.0, 127.0, "โทรศัพท์"),
             (105.0, 127.0, "อีเมล")]  # fmt: skip
    fields = [Field(f"Check Box{k + 1}", p.title == t, 39 + 25 * k, 55, kind="check")
              for k, t in enumerate(titles)]  # fmt: skip
    fields += [
        Field("Text1", p.first, 30, 67, 70), Field("Text2", p.last, 122, 67, 70),
        Field("Text3", p.nid, 62, 79, 80), Field("Text4", thai_date(p.born), 40, 91, 80),
        Field("Text5", p.line(), 35, 103, 150), Field("Text6", p.province, 35, 115, 60),
        Field("Text7", p.postal, 130, 115, 40), Field("Text8", p.mobile, 40, 127, 60),
        Field("Text9", p.email, 120, 127, 70),
    ]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(acroform(pdf_doc([[(70.0, 18.0, "คำร้อง"), *texts]]), fields)))
    for annot in pdf.pages[0].Annots:
        if str(annot.get("/T", "")).startswith("Check"):
            del annot["/V"]  # the state only in /AS
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T", "")).startswith("Check") and "/V" in field:
            del field["/V"]
    _ = Name
    return pdf_case("acro_title_state_only", p, i, saved(pdf), "คำร้อง.pdf")


THIRD_BATCH: tuple[Style, ...] = (
    docx_struck_correction, docx_registry_paragraph, pdf_short_values_wide_columns,
    acro_title_state_only,
)  # fmt: skip


def build_third_batch() -> list[Case]:
    return two_each(THIRD_BATCH, PEOPLE, batch=2)


# --- a fourth batch, written after the third batch's fixes --------------------------------
# To probe them: a radio group whose choice is only in its buttons' /AS, boxes printed
# after their words with a note after the last, a header row with an unanswered column.


def acro_radio_state_only(p: Person, i: int) -> Case:
    """The title as a radio group whose parent holds no /V: only the chosen button's
    /AS names the choice (Choice1/2/3 or the Thai titles), the words printed after the
    buttons, the question before them."""
    import pikepdf
    from pikepdf import Name

    titles = ("นาย", "นาง", "นางสาว")
    options = titles if i % 2 == 0 else ("Choice1", "Choice2", "Choice3")
    texts = [(20.0, 55.0, "คำนำหน้าชื่อ"), (51.0, 55.0, "นาย"), (73.0, 55.0, "นาง"),
             (95.0, 55.0, "นางสาว"), (20.0, 67.0, "ชื่อ"), (105.0, 67.0, "นามสกุล"),
             (20.0, 79.0, "เลขประจำตัวประชาชน"), (20.0, 91.0, "วันเดือนปีเกิด"),
             (20.0, 103.0, "ที่อยู่"), (20.0, 115.0, "จังหวัด"), (105.0, 115.0, "รหัสไปรษณีย์"),
             (20.0, 127.0, "โทรศัพท์"), (105.0, 127.0, "อีเมล")]  # fmt: skip
    fields = [
        Field("Group1", options[titles.index(p.title)], 45, 55, kind="radio", options=options),
        Field("ชื่อ", p.first, 30, 67, 70), Field("นามสกุล", p.last, 122, 67, 70),
        Field("เลขประจำตัวประชาชน", p.nid, 60, 79, 80),
        Field("วันเกิด", thai_date(p.born), 50, 91, 60), Field("ที่อยู่", p.line(), 35, 103, 150),
        Field("จังหวัด", p.province, 35, 115, 60), Field("รหัสไปรษณีย์", p.postal, 130, 115, 40),
        Field("โทรศัพท์", p.mobile, 40, 127, 50), Field("อีเมล", p.email, 120, 127, 70),
    ]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(acroform(pdf_doc([[(70.0, 18.0, "คำร้อง"), *texts]]), fields)))
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T", "")) == "Group1":
            del field["/V"]
    _ = Name
    return pdf_case("acro_radio_state_only", p, i, saved(pdf), "คำร้อง.pdf")


def pdf_boxes_after_words(p: Person, i: int) -> Case:
    """A printed form with the title boxes after their words ('นาย ☐ นาง ☒ นางสาว ☐'),
    a note after the last box, the ticked box drawn as ☒ in the page text (a form filled
    in a word processor and printed to PDF; the box glyphs from a fallback symbol face,
    as Word substitutes one)."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("G", "", str(FONTS / "Garuda.ttf"))
    pdf.add_font("S", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_text_shaping(True)
    pdf.set_font("G", size=16)
    pdf.text(70, 18, "แบบคำร้อง")
    pdf.set_font("G", size=13)
    pieces = ["คำนำหน้าชื่อ  "]
    for t in ("นาย", "นาง", "นางสาว"):
        pieces += [f"{t} ", "☒" if t == p.title else "☐", "   "]
    pieces.append("(โปรดเลือก)")
    x = 20.0
    for piece in pieces:  # the boxes in the symbol face, the words in the Thai one
        pdf.set_font("S" if piece in ("☐", "☒") else "G", size=13)
        pdf.text(x, 40, piece)
        x += pdf.get_string_width(piece)
    pdf.set_font("G", size=13)
    pdf.text(20, 52, f"ชื่อ  {p.first}    นามสกุล  {p.last}")
    for k, (label, value) in enumerate(rows_of(p)[1:]):
        pdf.text(20, 64 + 11 * k, f"{label}: {value}")
    return pdf_case("pdf_boxes_after_words", p, i, bytes(pdf.output()), "คำร้อง.pdf")


def pdf_header_unanswered_column(p: Person, i: int) -> Case:
    """A header row over a values row with a column left unanswered (โทรสาร) and a
    หมายเหตุ column answered '-'."""
    items: list[Item] = [(70, 18, "ข้อมูลผู้ยื่นคำร้อง", 16)]
    heads = (("ชื่อ-นามสกุล", p.name), ("โทรศัพท์", p.mobile), ("โทรสาร", ""),
             ("อีเมล", p.email), ("หมายเหตุ", "-"))  # fmt: skip
    xs = (14, 64, 94, 118, 175)
    for x, (label, value) in zip(xs, heads, strict=True):
        items.append((x, 36, label, 10))
        if value:
            items.append((x, 45, value, 9))
    rest = (
        ("เลขประจำตัวประชาชน", p.nid),
        ("วันเดือนปีเกิด", thai_date(p.born)),
        ("ที่อยู่", p.line()),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
    )
    items += [(14, 60 + 9 * k, f"{label}: {value}", 11) for k, (label, value) in enumerate(rest)]
    return pdf_case("pdf_header_unanswered_column", p, i, pdf_doc([items]), "คำร้อง.pdf")


FOURTH_BATCH: tuple[Style, ...] = (
    acro_radio_state_only, pdf_boxes_after_words, pdf_header_unanswered_column,
)  # fmt: skip


def build_fourth_batch() -> list[Case]:
    return two_each(FOURTH_BATCH, PEOPLE, batch=3)
