"""A forty-third set of requests written by someone who had not read the readers (issue 8):
TYPED ATTACHMENTS MADE BY TOOLS AND HABITS THE EARLIER ATTACHMENT SETS DID NOT USE.

Every mail says little ("ส่งคำร้องตามไฟล์แนบ"); the request is in a file as Thai citizens'
and agencies' everyday tools make it:
- Google Docs exports: a DOCX with Google's own styles (Title, headings, one two-column
  table per section, empty paragraphs between), a DOCX of "label:" runs in bold with the
  value in a plain run, a PDF "downloaded as PDF" (Google's renderer as producer, the
  font subset, section headings, a drawn table or label lines).
- WPS Office: a DOCX with two pairs on a line, the values in underlined runs padded by
  spaces, WPS's custom properties (KSOProductBuildVer).
- LibreOffice Writer: a DOCX saved by LibreOffice with tab-aligned ":" columns; an .odt
  with a label/value table whose values LibreOffice split into automatic-style spans and
  <text:s/>; an .odt letter with the address over <text:line-break/>; an .odt the agency
  made with form controls (text boxes), the citizen's values in form:current-value.
- Sheets the agency published: an .xlsx with merged title rows, a label column and a
  value column (yellow cells to fill), a second sheet of instructions holding an example
  person; an .xlsx of address parts row by row with the birth date a real date cell; the
  same form as .ods (merged title, covered cells, a date cell with its Buddhist display);
  a Microsoft Forms export (.xlsx: ID, Start time, Completion time, Email "anonymous",
  Name, then the questions).
- Fillable PDFs: made with LibreOffice ("Text Box 1".. names, the form's default text left
  in fields the citizen did not fill: "ระบุ", "กรอกอีเมล (ถ้ามี)"); made with Acrobat (Thai
  field names, the ID as a 13-box comb field, the title as three check boxes "Check Box1".."3"
  beside the printed words, the name field without its title, the province as a dropdown
  whose export values are the province codes, its display the name).
- A web form printed from Chrome to PDF: the header holds the print date and time
  ("7/12/69 09:15") and the page's title, the footer the URL and "1/1"; the labels beside
  or above their values.
- Text: a .txt saved by Notepad as "Unicode" (UTF-16 LE with BOM, CRLF; sent as
  text/plain without a charset) or "Unicode big endian" (sent as octet-stream); a CSV
  exported from a form service (UTF-8 BOM, Submission Date, Submission ID and IP columns,
  one response).
- An .eml attached inside the mail (message/rfc822): the citizen's own request, first sent
  to the wrong address, resent as an attachment; plain or HTML inside.
- Two attachments that disagree: an old form and a corrected one named so ("..._แก้ไข"),
  the body saying which to use, the old one attached first or last.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 40 and 41, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- The applicant's own values only: never the instruction sheet's example person, the
  form service's submission date or ID or IP, the print header's date or the footer's URL.
- full_name with its title: where the name field holds the given and family names only
  and the title is a ticked check box or its own question, the title joined to it (the name without its title is
  not accepted: the form asked the title and it was given).
- national_id: 13 digits, wherever typed (a comb field, a text cell).
- birth_date ISO (Buddhist years converted; an Excel/ODS date cell's date).
- phone: the applicant's mobile as 0... or +66....
- email lower case: the one typed in the file; where the file's e-mail field holds the
  form's default text ("กรอกอีเมล (ถ้ามี)"), the default is no value and the From address
  is the applicant's (a clerk answers to it), so it is the one expected.
- address from the house number to the district as set 5's `addresses` accepts it or as
  typed (the parts of a form joined with their words or short words); a default "ระบุ" in
  an unfilled ซอย/ถนน field is no part of it.
- province by its official name (the dropdown's display name, never its export code);
  postal_code five digits.
- Two versions of the form: the corrected one (named "แก้ไข"/"ฉบับแก้ไข" and named as such
  in the body) over the old one, whichever is attached first.
Everyone and every number is invented (every 13-digit number made with with_check_digit);
ตำบล/แขวง, อำเภอ/เขต, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Field,
    Person,
    acroform,
    addresses,
    docx_bytes,
    pdf_page,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Widget, add_override, add_rel, add_widgets, rezip

# ruff: noqa: E501 -- files as people fill them: long lines

AGENCY = "saraban@example.go.th"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Person, ...] = (
    P("นาง", "รัชนี", "ทองสุข", "310060021458", date(1972, 5, 17), "0817730245", "ratchanee.ts@gmail.com",
      "88/14", "6", "", "", "บางรักพัฒนา", "บางบัวทอง", "นนทบุรี", "11110"),
    P("นาย", "สมพงษ์", "แก้วประเสริฐ", "140990033871", date(1983, 10, 2), "0896624418", "sompong.kp@hotmail.com",
      "215", "3", "", "", "ลำลูกกา", "ลำลูกกา", "ปทุมธานี", "12150"),
    P("นางสาว", "ธนพร", "ศรีสวัสดิ์", "110370054129", date(1995, 2, 21), "0627718834", "thanaporn.ss@gmail.com",
      "41/9", "", "ประชาอุทิศ 33", "ประชาอุทิศ", "บางมด", "ทุ่งครุ", "กรุงเทพมหานคร", "10140"),
    P("นาย", "ประสิทธิ์", "วงศ์ใหญ่", "350120047763", date(1966, 7, 9), "0813304721", "prasit.wy@yahoo.com",
      "7", "2", "", "", "สันผีเสื้อ", "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    P("นาง", "จันทร์เพ็ญ", "บุญประคอง", "340100028846", date(1978, 12, 30), "0869915520", "janpen.bp@gmail.com",
      "132/6", "", "", "ศรีจันทร์", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    P("นาย", "ณรงค์ศักดิ์", "พรหมมา", "330080016625", date(1990, 3, 14), "0951127736", "narongsak.pm@gmail.com",
      "59", "8", "", "", "หนองจะบก", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    P("นางสาว", "กมลชนก", "เพชรสุวรรณ", "190070039912", date(1999, 9, 5), "0648813370", "kamonchanok.ps@outlook.com",
      "23/1", "", "", "กาญจนวนิช", "หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
    P("นาย", "วีระพงษ์", "สุขประเสริฐ", "320050062214", date(1975, 1, 26), "0819926603", "weerapong.sp@gmail.com",
      "301/45", "1", "", "", "หนองปรือ", "บางละมุง", "ชลบุรี", "20150"),
    P("นาง", "สายสุนีย์", "มั่นคง", "373020014487", date(1961, 6, 11), "0873318094", "saisunee.mk@gmail.com",
      "12", "4", "", "", "ศาลายา", "พุทธมณฑล", "นครปฐม", "73170"),
    P("นาย", "อภิสิทธิ์", "ชัยวงศ์", "110200061538", date(1987, 11, 19), "0982245516", "apisit.cw@gmail.com",
      "99/271", "", "ลาดพร้าว 87", "ลาดพร้าว", "คลองเจ้าคุณสิงห์", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    P("นางสาว", "ปิยะนุช", "แสงอรุณ", "311020058341", date(1993, 4, 8), "0634472219", "piyanuch.sa@hotmail.com",
      "56/3", "9", "", "", "บางเมือง", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270"),
    P("นาย", "บุญเลิศ", "คำภา", "341990027715", date(1958, 8, 23), "0857726630", "boonlert.kp@gmail.com",
      "144", "10", "", "", "ขามใหญ่", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
)  # fmt: skip

PROVINCE_CODES = {
    "กรุงเทพมหานคร": "10", "สมุทรปราการ": "11", "นนทบุรี": "12", "ปทุมธานี": "13",
    "ชลบุรี": "20", "นครราชสีมา": "30", "อุบลราชธานี": "34", "ขอนแก่น": "40",
    "เชียงใหม่": "50", "นครปฐม": "73", "สงขลา": "90",
}  # fmt: skip

Style = Callable[[Person, int], Case]
Attachment = tuple[str, bytes, str]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(p: Person, keys: str = "", *, typed: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": tuple(dict.fromkeys(" ".join(a.split()) for a in addresses(p, *typed))),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in (keys.split() or list(table))}


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (m, f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}-{m[3:]}")[k % 3]


def home(p: Person, k: int) -> str:
    """The home on one line (without the province and postal code)."""
    return p.line(short=k % 2 == 0)


def home_full(p: Person, k: int) -> str:
    prov = p.province_written if (k % 2 or p.bangkok) else f"จ.{p.province}"
    return f"{home(p, k)} {prov} {p.postal}"


def split_home(p: Person, short: bool) -> tuple[str, str]:
    """The home over two lines: the house to the road, then the ตำบล and อำเภอ."""
    words = p.line(short).split(" ")
    cut = next(n for n, w in enumerate(words) if w.startswith(("ต.", "ตำบล", "แขวง")))
    return " ".join(words[:cut]), " ".join(words[cut:])


def house_answer(p: Person) -> str:
    """What people type in a form's "บ้านเลขที่" box: the house, its หมู่, ซอย, ถนน short."""
    parts = [p.house, f"ม.{p.moo}" if p.moo else "", f"ซ.{p.soi}" if p.soi else "",
             f"ถ.{p.road}" if p.road else ""]  # fmt: skip
    return " ".join(x for x in parts if x)


def parts_typed(p: Person) -> tuple[str, ...]:
    """A form's parts joined with the written-out or the short words."""
    t, a = ("แขวง", "เขต") if p.bangkok else ("ตำบล", "อำเภอ")
    ts, as_ = ("แขวง", "เขต") if p.bangkok else ("ต.", "อ.")
    h = house_answer(p)
    return (f"{h} {t}{p.tambon} {a}{p.amphoe}", f"{h} {ts}{p.tambon} {as_}{p.amphoe}")


def pairs(p: Person, k: int) -> list[tuple[str, str]]:
    return [
        ("ชื่อ-นามสกุล", p.name),
        ("เลขประจำตัวประชาชน", (p.nid, dashed(p.nid))[k % 2]),
        ("วันเดือนปีเกิด", born_th(p.born, k)),
        ("ที่อยู่", home(p, k)),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
        ("โทรศัพท์มือถือ", mobile(p.mobile, k)),
        ("อีเมล", p.email),
    ]


REQUESTS = (
    "ขอรับการสนับสนุนน้ำอุปโภคบริโภค เนื่องจากบ่อน้ำตื้นแห้ง",
    "ขอให้ซ่อมไฟฟ้าส่องสว่างสาธารณะหน้าบ้าน ดับมา 2 สัปดาห์",
    "ขอคัดสำเนาทะเบียนบ้าน จำนวน 2 ฉบับ",
    "ขอให้ตัดแต่งกิ่งไม้ที่บังป้ายจราจรปากซอย",
    "ขอรับถังขยะเปียกสำหรับครัวเรือน",
    "ขอให้ลอกท่อระบายน้ำในซอย น้ำท่วมขังทุกครั้งที่ฝนตก",
)


def request(k: int) -> str:
    return REQUESTS[k % len(REQUESTS)]


SUBJECTS = ("ส่งคำร้องตามไฟล์แนบ", "ยื่นคำร้องทั่วไป", "แบบฟอร์มคำร้อง (แนบไฟล์)", "คำร้อง")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง\n\nกรอกแบบฟอร์มแล้ว ส่งมาตามไฟล์แนบครับ\n",
    "ตามไฟล์แนบครับ\n\nSent from my iPhone\n",
    "สวัสดีค่ะ แนบแบบคำร้องมาให้พิจารณาค่ะ\n",
)


def message(p: Person, n: int, *files: Attachment, body: str | None = None, html: str | None = None,
            subject: str | None = None, inner: EmailMessage | None = None,
            inner_name: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 7, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set43-{n}@example.net>"
    set_body(msg, body if body is not None or html is not None else BODIES[n % len(BODIES)], html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if inner is not None:
        msg.add_attachment(inner, filename=inner_name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment, *, typed: tuple[str, ...] = (),
        keys: str = "") -> Case:  # fmt: skip
    return Case(style, message(p, i, file), exp(p, keys, typed=typed))


# --- Google Docs ------------------------------------------------------------------------------


def google_docx(build: Callable[[Any], None]) -> bytes:
    """python-docx's document re-saved the way Google Docs' export names itself."""

    def edit(name: str, blob: bytes) -> bytes:
        if name == "docProps/app.xml":
            return blob.replace(b"python-docx", b"Google Docs")
        return blob

    return rezip(docx_bytes(build), edit, {})


def gdocs_docx_section_tables(p: Person, i: int) -> Case:
    """Google Docs' DOCX: a Title, then per section a Heading 2 and its own two-column
    table (label | value), empty paragraphs between as Google writes them."""
    sections = (
        ("ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง", [("ชื่อ - นามสกุล", p.name), ("เลขประจำตัวประชาชน 13 หลัก", dashed(p.nid)),
                                          ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1))]),
        ("ส่วนที่ 2 ที่อยู่ตามทะเบียนบ้าน", [("บ้านเลขที่/หมู่/ซอย/ถนน", house_answer(p)),
                                             ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe),
                                             ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)]),
        ("ส่วนที่ 3 ช่องทางติดต่อ", [("โทรศัพท์มือถือ", mobile(p.mobile, i)), ("อีเมล", p.email)]),
        ("ส่วนที่ 4 เรื่องที่ขอ", [("รายละเอียด", request(i))]),
    )  # fmt: skip

    def build(d: Any) -> None:
        d.add_heading("แบบคำร้องทั่วไป (ออนไลน์)", level=0)
        d.add_paragraph("องค์การบริหารส่วนตำบล — กรอกข้อมูลให้ครบทุกช่อง")
        for head, rows in sections:
            d.add_paragraph("")
            d.add_heading(head, level=2)
            t = d.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for n, (a, b) in enumerate(rows):
                t.cell(n, 0).text = a
                t.cell(n, 1).text = b
        d.add_paragraph("")

    return one("gdocs_docx_section_tables", p, i, ("แบบคำร้องทั่วไป (ออนไลน์).docx", google_docx(build), DOCX),
               typed=parts_typed(p))  # fmt: skip


def gdocs_docx_bold_labels(p: Person, i: int) -> Case:
    """Google Docs' DOCX of a letter-like form: each line a bold "label:" run and the value
    in a plain run; Google's empty paragraphs between blocks."""

    def build(d: Any) -> None:
        d.add_heading("คำร้องขอความอนุเคราะห์", level=1)
        d.add_paragraph("")
        for a, b in pairs(p, i):
            para = d.add_paragraph()
            para.add_run(f"{a}:").bold = True
            para.add_run(f" {b}")
        d.add_paragraph("")
        para = d.add_paragraph()
        para.add_run("เรื่องที่ขอ:").bold = True
        para.add_run(f" {request(i)}")
        d.add_paragraph("")
        d.add_paragraph(f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง")

    return one(
        "gdocs_docx_bold_labels", p, i, (f"คำร้อง - {p.first}.docx", google_docx(build), DOCX)
    )


def google_pdf(data: bytes) -> bytes:
    """Google Docs' renderer as producer, the document's title as Google sets it."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["pdf:Producer"] = "Skia/PDF m131 Google Docs Renderer"
        meta["dc:title"] = "แบบคำร้องทั่วไป"
    pdf.docinfo["/Producer"] = pikepdf.String("Skia/PDF m131 Google Docs Renderer")
    pdf.docinfo["/Title"] = pikepdf.String("แบบคำร้องทั่วไป")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def gdocs_pdf_sections(p: Person, i: int) -> Case:
    """Google Docs "Download as PDF": section headings; variant 0 a drawn two-column table
    per section, variant 1 "label: value" lines."""
    rows = pairs(p, i)
    texts: list[tuple[float, float, str]] = [
        (70, 22, "แบบคำร้องทั่วไป"),
        (25, 34, "ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง"),
    ]
    lines: list[tuple[float, float, float, float]] = []
    y = 44.0
    for n, (a, b) in enumerate(rows):
        if n == 3:
            y += 4
            texts.append((25, y, "ส่วนที่ 2 ที่อยู่และการติดต่อ"))
            y += 10
        if i % 2 == 0:
            texts += [(27, y, a), (82, y, b)]
            lines += [(25, y - 6, 185, y - 6), (25, y + 3, 185, y + 3), (25, y - 6, 25, y + 3),
                      (80, y - 6, 80, y + 3), (185, y - 6, 185, y + 3)]  # fmt: skip
        else:
            texts.append((25, y, f"{a}: {b}"))
        y += 10
    texts += [(25, y + 6, "ส่วนที่ 3 เรื่องที่ขอ"), (25, y + 16, request(i))]
    data = google_pdf(pdf_page(texts, size=12, face="Loma", lines=lines))
    return one("gdocs_pdf_sections", p, i, ("แบบคำร้องทั่วไป.pdf", data, PDF))


# --- WPS Office and LibreOffice DOCX ----------------------------------------------------------

CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
    "<vt:lpwstr>1054-12.2.0.13359</vt:lpwstr></property>"
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
    "<vt:lpwstr>6C1E0A2F4B3D4E5F8A9B0C1D2E3F4A5B_13</vt:lpwstr></property></Properties>"
)


def wps(data: bytes) -> bytes:
    """WPS Office's package: its custom properties part and its application name."""

    def edit(name: str, blob: bytes) -> bytes:
        if name == "_rels/.rels":
            return add_rel(
                blob,
                "rId99",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                "docProps/custom.xml",
            )
        if name == "[Content_Types].xml":
            return add_override(
                blob,
                "/docProps/custom.xml",
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            )
        if name == "docProps/app.xml":
            return blob.replace(
                b"python-docx", b"WPS Office_12.2.0.13359_F1E327BC-269C-435d-A152-05C5408002CA"
            )
        return blob

    return rezip(data, edit, {"docProps/custom.xml": CUSTOM.encode()})


def wps_docx_underlined_pairs(p: Person, i: int) -> Case:
    """A WPS Writer form: two pairs a line, each value in an underlined run padded with
    spaces, the labels in plain runs."""
    rows = pairs(p, i)
    lines = [rows[0:2], rows[2:3], [("ที่อยู่ปัจจุบัน บ้านเลขที่", house_answer(p)), ("ตำบล/แขวง", p.tambon)],
             [("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province)], [("รหัสไปรษณีย์", p.postal), rows[6]], rows[7:8]]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป").alignment = 1
        d.add_paragraph("เขียนที่ ............................................")
        for line in lines:
            para = d.add_paragraph()
            for a, b in line:
                para.add_run(f"{a} ")
                para.add_run(f"   {b}   ").underline = True
                para.add_run("  ")
        d.add_paragraph(f"มีความประสงค์ {request(i)}")
        d.add_paragraph(f"ลงชื่อ ............{p.name}............ ผู้ยื่นคำร้อง")

    return one("wps_docx_underlined_pairs", p, i, ("คำร้องทั่วไป.docx", wps(docx_bytes(build)), DOCX),
               typed=parts_typed(p))  # fmt: skip


def lo_docx(data: bytes) -> bytes:
    def edit(name: str, blob: bytes) -> bytes:
        if name == "docProps/app.xml":
            return blob.replace(
                b"python-docx",
                b"LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1",
            )
        return blob

    return rezip(data, edit, {})


def lo_docx_tab_colons(p: Person, i: int) -> Case:
    """A DOCX saved by LibreOffice Writer: label, tab, ":", tab, value, so the colons and
    values line up on tab stops; the address over two lines with a line break."""
    top, low = split_home(p, short=i % 2 == 0)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        d.add_paragraph("เรียน ปลัดเทศบาล")
        for a, b in pairs(p, i):
            if a == "ที่อยู่":
                para = d.add_paragraph(f"{a}\t:\t{top}")
                para.add_run().add_break()
                para.add_run(f"\t\t{low}")
                continue
            d.add_paragraph(f"{a}\t:\t{b}")
        d.add_paragraph(f"ความประสงค์\t:\t{request(i)}")

    return one("lo_docx_tab_colons", p, i, ("แบบคำขอ.docx", lo_docx(docx_bytes(build)), DOCX))


# --- ODF (LibreOffice Writer and Calc) ----------------------------------------------------------

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
)
AUTO_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties officeooo:rsid="0012a3f4" xmlns:officeooo="http://openoffice.org/2009/office"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties style:font-name-complex="TH SarabunPSK"/></style:style>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16cm"/></style:style>'
    "</office:automatic-styles>"
)


def odf(mime: str, kind: str, body: str, extra: str = "") -> bytes:
    """An ODF package as LibreOffice writes it: mimetype stored first, manifest, content,
    styles and meta (LibreOffice as generator)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}office:version="1.3">'
               f"{AUTO_STYLES}<office:body><office:{kind}>{extra}{body}</office:{kind}></office:body></office:document-content>")  # fmt: skip
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}office:version="1.3"><office:styles/></office:document-styles>'
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}office:version="1.3"><office:meta>'
            "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
            "</office:meta></office:document-meta>")  # fmt: skip
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime, compress_type=zipfile.ZIP_STORED)
        for name, blob in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):  # fmt: skip
            z.writestr(name, blob, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def spans(value: str) -> str:
    """A value as LibreOffice stores it after editing: cut into automatic-style spans where
    the citizen retyped part of it, runs of spaces as <text:s/>."""
    words = value.split(" ")
    half = max(1, len(words) // 2)
    first, rest = " ".join(words[:half]), " ".join(words[half:])
    out = escape(first)
    if rest:
        out += f'<text:span text:style-name="T1"><text:s/>{escape(rest)}</text:span>'
    return out


def odt_lo_table(p: Person, i: int) -> Case:
    """A LibreOffice Writer .odt: a label/value table; values split into spans by
    LibreOffice's change tracking of edits (rsid), spaces as <text:s/>."""
    rows = pairs(p, i)
    cells = "".join(
        f'<table:table-row><table:table-cell office:value-type="string"><text:p>{escape(a)}</text:p></table:table-cell>'
        f'<table:table-cell office:value-type="string"><text:p>{spans(b)}</text:p></table:table-cell></table:table-row>'
        for a, b in [*rows, ("เรื่อง", request(i))]
    )
    body = (
        '<text:p text:style-name="P1">แบบคำร้องทั่วไป</text:p><text:p>เรียน นายกองค์การบริหารส่วนตำบล</text:p>'
        '<table:table table:name="Table1" table:style-name="Table1"><table:table-column table:number-columns-repeated="2"/>'
        f"{cells}</table:table><text:p/>"
        f'<text:p>ลงชื่อ<text:s text:c="3"/>{escape(p.name)}<text:s text:c="3"/>ผู้ยื่นคำร้อง</text:p>'
    )
    return one("odt_lo_table", p, i, ("คำร้องทั่วไป.odt", odf(ODT, "text", body), ODT))


def odt_lo_letter_breaks(p: Person, i: int) -> Case:
    """A LibreOffice Writer letter: the values in sentences; the sender's block at the top
    right with the address over <text:line-break/>, tabs before values."""
    addr_top = escape(f"{p.house} {p.rest(short=True).rsplit(' ', 1)[0]}")
    addr_low = escape(
        f"{p.rest(short=True).rsplit(' ', 1)[1]} {'กรุงเทพฯ' if p.bangkok else 'จ.' + p.province} {p.postal}"
    )
    body = (
        f"<text:p>{addr_top}<text:line-break/>{addr_low}</text:p>"
        f"<text:p>7 ธันวาคม 2569</text:p>"
        f"<text:p>เรื่อง<text:tab/>{escape(request(i))}</text:p>"
        "<text:p>เรียน<text:tab/>นายกเทศมนตรี</text:p>"
        f'<text:p><text:tab/>ข้าพเจ้า <text:span text:style-name="T2">{escape(p.name)}</text:span> '
        f"เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {escape(home(p, i + 1))} {escape(p.province_written)} {p.postal} "
        f"มีความประสงค์{escape(request(i))} จึงเรียนมาเพื่อโปรดพิจารณา</text:p>"
        f"<text:p>ติดต่อกลับ<text:tab/>โทร {mobile(p.mobile, i)}<text:line-break/>อีเมล {escape(p.email)}</text:p>"
        "<text:p>ขอแสดงความนับถือ</text:p>"
        f"<text:p>({escape(p.name)})</text:p>"
    )
    return one("odt_lo_letter_breaks", p, i, ("หนังสือคำร้อง.odt", odf(ODT, "text", body), ODT))


def odt_form_controls(p: Person, i: int) -> Case:
    """An .odt form the agency made with LibreOffice's form controls (text boxes named
    txt1..), the citizen's values saved in form:current-value, each control drawn after
    its printed label."""
    rows = pairs(p, i)
    controls = "".join(
        f'<form:text form:name="txt{n + 1}" form:control-implementation="ooo:com.sun.star.form.component.TextField" '
        f'xml:id="control{n + 1}" form:id="control{n + 1}" form:current-value={quoteattr(b)}>'
        "<form:properties/></form:text>"
        for n, (_, b) in enumerate(rows)
    )
    forms = f'<office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form form:name="Form">{controls}</form:form></office:forms>'
    body = (
        '<text:p text:style-name="P1">แบบคำร้องทั่วไป (กรอกในช่อง)</text:p>'
        + "".join(
            f'<text:p>{escape(a)}<text:tab/><draw:control draw:control="control{n + 1}" text:anchor-type="as-char" '
            'svg:width="9cm" svg:height="0.7cm"/></text:p>'
            for n, (a, _) in enumerate(rows)
        )
        + f"<text:p>ความประสงค์ {escape(request(i))}</text:p>"
    )
    return one(
        "odt_form_controls", p, i, ("แบบคำร้อง_กรอกได้.odt", odf(ODT, "text", body, forms), ODT)
    )


# --- sheets -------------------------------------------------------------------------------------

EXAMPLE = P("นาย", "ตัวอย่าง", "ใจดี", "110010000001", date(1980, 1, 1), "0812345678", "example@mail.com",
            "99", "1", "", "", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000")  # fmt: skip


def xlsx_agency_label_value(p: Person, i: int) -> Case:
    """The agency's published sheet: merged title rows, labels in A, yellow value cells in
    B; a second sheet "คำชี้แจง" of instructions with an example person."""
    from openpyxl.styles import Font, PatternFill

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws.merge_cells("A1:B1")
        ws["A1"] = "แบบคำร้องทั่วไป"
        ws["A1"].font = Font(bold=True, size=16)
        ws.merge_cells("A2:B2")
        ws["A2"] = "เทศบาลตำบล (กรุณากรอกข้อมูลในช่องสีเหลือง)"
        yellow = PatternFill("solid", fgColor="FFFF00")
        rows = [*pairs(p, i), ("เรื่องที่ขอ", request(i))]
        for n, (a, b) in enumerate(rows, start=4):
            ws.cell(n, 1, a)
            ws.cell(n, 2, b).fill = yellow
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 50
        guide = book.create_sheet("คำชี้แจง")
        guide["A1"] = "วิธีกรอกแบบคำร้อง"
        guide["A2"] = "1. กรอกข้อมูลในช่องสีเหลืองของแผ่นงาน 'แบบคำร้อง' ให้ครบ"
        guide["A3"] = "2. เลขประจำตัวประชาชน 13 หลัก ไม่ต้องมีขีด"
        guide["A4"] = "3. บันทึกไฟล์แล้วส่งทางอีเมล saraban@example.go.th"
        guide["A6"] = "ตัวอย่างการกรอก"
        for n, (a, b) in enumerate(pairs(EXAMPLE, 0), start=7):
            guide.cell(n, 1, a)
            guide.cell(n, 2, b)

    return one("xlsx_agency_label_value", p, i, ("แบบคำร้องทั่วไป.xlsx", xlsx_bytes(build), XLSX))


def xlsx_address_rows(p: Person, i: int) -> Case:
    """The agency's sheet with the address in part rows (บ้านเลขที่, หมู่ที่, ซอย, ถนน,
    ตำบล, อำเภอ, จังหวัด, รหัสไปรษณีย์; "-" where none), the birth date a date cell shown
    dd/mm/yyyy, the ID typed as text."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws.merge_cells("A1:C1")
        ws["A1"] = "แบบขอรับการช่วยเหลือ"
        rows: list[tuple[str, Any]] = [
            ("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", p.born),
            ("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ซอย", p.soi or "-"), ("ถนน", p.road or "-"),
            ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe), ("จังหวัด", p.province),
            ("รหัสไปรษณีย์", p.postal), ("เบอร์โทรศัพท์", mobile(p.mobile, i + 1)), ("E-mail", p.email),
            ("ความเดือดร้อน", request(i)),
        ]  # fmt: skip
        for n, (a, b) in enumerate(rows, start=3):
            ws.cell(n, 1, a)
            c = ws.cell(n, 2, b)
            if isinstance(b, date):
                c.number_format = "dd/mm/yyyy"
            else:
                c.number_format = "@"

    return one("xlsx_address_rows", p, i, ("ขอรับการช่วยเหลือ.xlsx", xlsx_bytes(build), XLSX))


def ods_agency_sheet(p: Person, i: int) -> Case:
    """The same kind of form as LibreOffice Calc's .ods: the title merged over two columns
    (a covered cell after it), label and value cells, the birth date a date cell shown in
    the Buddhist year, a second sheet of instructions with an example."""

    def cell(v: str) -> str:
        return f'<table:table-cell office:value-type="string" calcext:value-type="string" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><text:p>{escape(v)}</text:p></table:table-cell>'

    def row(*cells: str) -> str:
        return f"<table:table-row>{''.join(cells)}</table:table-row>"

    shown = f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"
    rows = [
        row('<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>แบบคำร้องทั่วไป</text:p></table:table-cell>',
            "<table:covered-table-cell/>"),
        row("<table:table-cell/>", "<table:table-cell/>"),
        row(cell("ชื่อ - สกุล"), cell(p.name)),
        row(cell("เลขประจำตัวประชาชน"), cell(dashed(p.nid))),
        row(cell("วันเกิด"), f'<table:table-cell office:value-type="date" office:date-value="{p.born.isoformat()}"><text:p>{shown}</text:p></table:table-cell>'),
        row(cell("ที่อยู่"), cell(home(p, i))),
        row(cell("จังหวัด"), cell(p.province)),
        row(cell("รหัสไปรษณีย์"), f'<table:table-cell office:value-type="float" office:value="{int(p.postal)}"><text:p>{p.postal}</text:p></table:table-cell>'),
        row(cell("มือถือ"), cell(mobile(p.mobile, i))),
        row(cell("อีเมล"), cell(p.email)),
        row(cell("เรื่อง"), cell(request(i))),
    ]  # fmt: skip
    guide = [row(cell("คำชี้แจง: กรอกข้อมูลในคอลัมน์ B ของแผ่นงานแรก")), row(cell("ตัวอย่าง"))]
    guide += [row(cell(a), cell(b)) for a, b in pairs(EXAMPLE, 1)]
    body = (
        '<table:table table:name="คำร้อง"><table:table-column table:number-columns-repeated="2"/>'
        + "".join(rows)
        + '</table:table><table:table table:name="คำชี้แจง"><table:table-column table:number-columns-repeated="2"/>'
        + "".join(guide)
        + "</table:table>"
    )
    return one("ods_agency_sheet", p, i, ("แบบคำร้อง.ods", odf(ODS, "spreadsheet", body), ODS))


def xlsx_ms_forms_export(p: Person, i: int) -> Case:
    """Microsoft Forms' "Open in Excel": ID, Start time, Completion time, Email
    ("anonymous"), Name, then one column per question, one response row."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        head = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
                "คำนำหน้าชื่อ", "ชื่อ - นามสกุล (ไม่ต้องใส่คำนำหน้า)", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด (วว/ดด/ปปปป พ.ศ.)",
                "บ้านเลขที่ หมู่ ซอย ถนน", "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์",
                "เบอร์โทรศัพท์ที่ติดต่อได้", "อีเมล", "เรื่องที่ต้องการยื่น"]  # fmt: skip
        started = datetime(2026, 12, 6, 20, 11, 4)
        values: list[Any] = [
            3 + i, started, datetime(2026, 12, 6, 20, 16, 48), "anonymous", "", "",
            p.title, f"{p.first} {p.last}", p.nid, f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}",
            house_answer(p), p.tambon, p.amphoe, p.province, p.postal, mobile(p.mobile, i), p.email, request(i),
        ]  # fmt: skip
        ws.append(head)
        ws.append(values)
        ws["B2"].number_format = ws["C2"].number_format = "m/d/yy h:mm:ss"

    return one("xlsx_ms_forms_export", p, i, (f"คำร้องออนไลน์({2 + i % 3}).xlsx", xlsx_bytes(build), XLSX),
               typed=parts_typed(p))  # fmt: skip


# --- fillable PDFs -------------------------------------------------------------------------------

FORM_LABELS = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "บ้านเลขที่", "หมู่ที่", "ซอย", "ถนน",
               "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์มือถือ", "อีเมล (ถ้ามี)")  # fmt: skip


def acro_libreoffice_defaults(p: Person, i: int) -> Case:
    """A fillable PDF exported from LibreOffice: fields named "Text Box 1".. in page order,
    the optional ones with the form's default text (/DV); fields the citizen did not fill
    still hold it as their value ("ระบุ" in ซอย/ถนน where the home has none; variant 0 the e-mail
    field's "กรอกอีเมล (ถ้ามี)", the applicant's e-mail then only the From)."""
    vals = [p.name, p.nid, born_th(p.born, i + 1), p.house, p.moo or "ระบุ", p.soi or "ระบุ", p.road or "ระบุ",
            p.tambon, p.amphoe, p.province, p.postal, mobile(p.mobile, i), p.email if i % 2 else "กรอกอีเมล (ถ้ามี)"]  # fmt: skip
    defaults = ["", "", "", "", "ระบุ", "ระบุ", "ระบุ", "", "", "", "", "", "กรอกอีเมล (ถ้ามี)"]
    texts = [(75, 18, "แบบคำร้องทั่วไป"), (20, 30, "เรียน นายกเทศมนตรี")]
    texts += [(20, 44 + 11 * k, label) for k, label in enumerate(FORM_LABELS)]
    texts.append((20, 44 + 11 * len(FORM_LABELS) + 4, "ความประสงค์ " + request(i)))
    base = pdf_page(texts, size=12, face="Garuda")
    widgets = [Widget(f"Text Box {k + 1}", v, 70, 44 + 11 * k, w=110, default=d)
               for k, (v, d) in enumerate(zip(vals, defaults, strict=True))]  # fmt: skip
    data = add_widgets(base, widgets)
    return one("acro_libreoffice_defaults", p, i, ("แบบคำร้อง_fillable.pdf", data, PDF))


def acro_acrobat_comb_dropdown(p: Person, i: int) -> Case:
    """A fillable PDF made with Acrobat: Thai field names, the title as three check boxes
    "Check Box1".."3" beside the printed นาย/นาง/นางสาว, the name field holding the given
    and family names only, the ID a 13-box comb field, the birth date "dd/mm/yyyy" in the
    Buddhist year, the province a dropdown whose export values are province codes."""
    import pikepdf
    from pikepdf import Array, String

    titles = ("นาย", "นาง", "นางสาว")
    texts = [(75, 18, "แบบคำร้องทั่วไป"), (20, 34, "คำนำหน้า"),
             (52, 34, "นาย"), (74, 34, "นาง"), (96, 34, "นางสาว"),
             (20, 46, "ชื่อ - นามสกุล"), (20, 58, "เลขประจำตัวประชาชน"), (20, 70, "วันเดือนปีเกิด"),
             (20, 82, "ที่อยู่"), (20, 94, "จังหวัด"), (20, 106, "รหัสไปรษณีย์"),
             (20, 118, "โทรศัพท์มือถือ"), (20, 130, "อีเมล"), (20, 146, "ความประสงค์ " + request(i))]  # fmt: skip
    base = pdf_page(texts, size=12, face="Garuda")
    fields = [
        Field(f"Check Box{k + 1}", t == p.title, 46 + 22 * k, 34, kind="check")
        for k, t in enumerate(titles)
    ]
    fields += [
        Field("ชื่อ-สกุล", f"{p.first} {p.last}", 70, 46, 100),
        Field("เลขบัตรประชาชน", p.nid, 70, 58, 100, comb=13),
        Field("วันเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}", 70, 70, 60),
        Field("ที่อยู่", home(p, i), 70, 82, 120),
        Field("จังหวัด", p.province, 70, 94, 60, kind="choice", options=tuple(PROVINCE_CODES)),
        Field("รหัสไปรษณีย์", p.postal, 70, 106, 30),
        Field("โทรศัพท์", mobile(p.mobile, i + 1), 70, 118, 60),
        Field("อีเมล", p.email, 70, 130, 90),
    ]  # fmt: skip
    data = acroform(base, fields)
    pdf = pikepdf.open(io.BytesIO(data))
    for f in pdf.Root.AcroForm.Fields:
        if str(f.get("/T", "")) == "จังหวัด":
            f.Opt = Array(
                [Array([String(code), String(name)]) for name, code in PROVINCE_CODES.items()]
            )
            f.V = String(PROVINCE_CODES[p.province])
    out = io.BytesIO()
    pdf.save(out)
    return one("acro_acrobat_comb_dropdown", p, i, ("คำร้อง_กรอกแล้ว.pdf", out.getvalue(), PDF))


# --- printed from Chrome ---------------------------------------------------------------------------


def chrome_frame(i: int) -> list[tuple[float, float, str]]:
    """Chrome's print header (date, time, page title) and footer (URL, page count)."""
    return [(8, 7, f"{7 + i % 3}/12/69 {9 + i % 5:02d}:{15 + i:02d}"), (85, 7, "ระบบยื่นคำร้องออนไลน์ | e-Service"),
            (8, 291, f"https://eservice.example.go.th/petition/form?ref=RQ2569{120400 + i}&step=review"), (195, 291, "1/1")]  # fmt: skip


def pdf_chrome_webform(p: Person, i: int) -> Case:
    """A web form's review page printed from Chrome: labels left, the typed values in the
    inputs' places to the right, Chrome's header and footer."""
    texts = [*chrome_frame(i), (20, 25, "ยื่นคำร้องทั่วไป"), (20, 33, "ตรวจสอบข้อมูลก่อนกดส่ง")]
    for k, (a, b) in enumerate(pairs(p, i)):
        texts += [(20, 48 + 12 * k, a + " *"), (75, 48 + 12 * k, b)]
    texts += [(20, 150, "เรื่องที่ขอ"), (75, 150, request(i)), (27, 170, "ข้าพเจ้ายอมรับเงื่อนไขการใช้บริการ")]
    rects = [(73, 42 + 12 * k, 115, 8) for k in range(8)] + [(20, 166, 4, 4)]
    return one(
        "pdf_chrome_webform",
        p,
        i,
        (f"ยื่นคำร้องทั่วไป_{i}.pdf", pdf_page(texts, size=11, face="Loma", rects=rects), PDF),
    )


def pdf_chrome_label_above(p: Person, i: int) -> Case:
    """A mobile-width web form printed from Chrome: each label above its input box, the
    value inside the box; Chrome's header and footer."""
    texts = [*chrome_frame(i + 1), (20, 25, "แบบฟอร์มแจ้งเรื่องร้องเรียน/ร้องขอ")]
    rects = []
    y = 38.0
    rows = pairs(p, i + 1)
    for a, b in rows:
        texts += [(20, y, a), (23, y + 8, b)]
        rects.append((20, y + 2.5, 150, 8))
        y += 19
    texts += [(20, y, "รายละเอียด"), (23, y + 8, request(i))]
    return one(
        "pdf_chrome_label_above",
        p,
        i,
        ("แจ้งเรื่อง - e-Service.pdf", pdf_page(texts, size=11, face="Loma", rects=rects), PDF),
    )


# --- text files -------------------------------------------------------------------------------------


def txt_notepad_unicode(p: Person, i: int) -> Case:
    """A .txt saved by Windows Notepad as "Unicode" (UTF-16 LE, BOM, CRLF) sent as text/plain
    without a charset (variant 0), or as "Unicode big endian" sent as octet-stream (1)."""
    lines = (
        ["คำร้องทั่วไป", ""]
        + [f"{a} : {b}" for a, b in pairs(p, i)]
        + ["", f"เรื่อง : {request(i)}", ""]
    )
    text = "\r\n".join(lines)
    data = ("\ufeff" + text).encode("utf-16-le" if i % 2 == 0 else "utf-16-be")
    mime = "text/plain" if i % 2 == 0 else "application/octet-stream"
    return one("txt_notepad_unicode", p, i, ("คำร้อง.txt", data, mime))


def txt_notepad_tabs(p: Person, i: int) -> Case:
    """A .txt from Notepad in UTF-8 with BOM: labels and values aligned with tabs, the
    address over three lines under its label (house and road, ตำบล and อำเภอ, province
    and postal code)."""
    top, low = split_home(p, short=i % 2 == 1)
    lines = ["เรื่อง\t\t" + request(i), ""]
    for a, b in pairs(p, i):
        if a == "ที่อยู่":
            lines += [f"{a}\t\t{top}", f"\t\t{low}", f"\t\t{p.province_written} {p.postal}"]
        elif a not in ("จังหวัด", "รหัสไปรษณีย์"):
            lines.append(f"{a}\t{b}")
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    return one("txt_notepad_tabs", p, i, ("ข้อมูลผู้ร้อง.txt", data, "text/plain"))


def csv_form_service(p: Person, i: int) -> Case:
    """A CSV exported from a form service (UTF-8 with BOM): Submission Date, the questions,
    Submission ID and IP; the address in part columns; one response."""
    head = ["Submission Date", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่ (บ้านเลขที่ หมู่ ซอย ถนน)",
            "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์", "เบอร์โทรศัพท์", "อีเมล", "เรื่องที่ขอ",
            "Submission ID", "IP"]  # fmt: skip
    row = [f"Dec {5 + i % 2}, 2026", p.name, p.nid, born_th(p.born, i + 1), house_answer(p), p.tambon, p.amphoe,
           p.province, p.postal, mobile(p.mobile, i + 2), p.email, request(i),
           f"{5981234567890123 + 1000 * i}", f"171.{96 + i}.{12 + i}.{200 - i}"]  # fmt: skip
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(head)
    w.writerow(row)
    data = ("\ufeff" + out.getvalue()).encode("utf-8")
    return one("csv_form_service", p, i, (f"คำร้องทั่วไป-{20261206 + i % 2}.csv", data, "text/csv"),
               typed=parts_typed(p))  # fmt: skip


# --- an .eml inside the mail ---------------------------------------------------------------------------


def first_mail(p: Person, i: int, *, html: bool) -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = f"{p.first} {p.last} <{p.email}>"
    inner["To"] = "saraban@example.go.th.com"  # the typo that bounced
    inner["Subject"] = "ขอยื่นคำร้อง"
    inner["Date"] = format_datetime(datetime(2026, 12, 3, 19, 40 + i % 10, tzinfo=UTC))
    inner["Message-ID"] = f"<set43-first-{i}@example.net>"
    inner["MIME-Version"] = "1.0"
    lines = ["เรียน เจ้าหน้าที่", "", f"ขอยื่นคำร้อง {request(i)}", ""] + [
        f"{a}: {b}" for a, b in pairs(p, i)
    ]
    if html:
        inner.set_content("<html><body>" + "".join(f"<div>{escape(x) or '<br>'}</div>" for x in lines) + "</body></html>",
                          subtype="html", charset="utf-8", cte="base64")  # fmt: skip
    else:
        inner.set_content("\n".join(lines) + "\n", charset="utf-8")
    return inner


def eml_own_resend(p: Person, i: int) -> Case:
    """The citizen's own first mail (sent to a mistyped address, bounced) attached as an
    .eml (message/rfc822); the new mail says only that."""
    body = "เรียน เจ้าหน้าที่\n\nส่งไปเมื่อวันที่ 3 ธ.ค. แต่พิมพ์อีเมลผิด ขอส่งใหม่ตามไฟล์แนบค่ะ\n"
    raw = message(p, i, body=body, subject="ส่งใหม่: ขอยื่นคำร้อง", inner=first_mail(p, i, html=i % 2 == 1),
                  inner_name="ขอยื่นคำร้อง.eml")  # fmt: skip
    return Case("eml_own_resend", raw, exp(p))


# --- two versions -----------------------------------------------------------------------------------


def old_self(p: Person) -> Person:
    """The first version's slips: a wrong digit in the mobile, another house number."""
    from dataclasses import replace

    wrong = p.mobile[:-2] + p.mobile[-1] + p.mobile[-2]
    wrong = wrong if wrong != p.mobile else p.mobile[:-1] + str((int(p.mobile[-1]) + 1) % 10)
    return replace(
        p,
        mobile=wrong,
        house=p.house + "0"
        if "/" not in p.house
        else p.house.split("/")[0] + "/7" + p.house.split("/")[1],
    )


def form_docx(p: Person, i: int) -> bytes:
    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        t = d.add_table(rows=9, cols=2)
        for n, (a, b) in enumerate([*pairs(p, i), ("เรื่อง", request(i))]):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    return docx_bytes(build)


def two_versions_docx(p: Person, i: int) -> Case:
    """The form first sent with slips, then a corrected one named "_แก้ไข", in one mail:
    the old attached first, the corrected second; the body says to use the corrected one."""
    old = old_self(p)
    body = ("เรียน เจ้าหน้าที่\n\nแนบแบบคำร้อง 2 ไฟล์ ไฟล์แรกกรอกเบอร์โทรกับบ้านเลขที่ผิด "
            "ขอให้ใช้ไฟล์ที่ชื่อ แบบคำร้อง_แก้ไข.docx แทนนะคะ\n\nขอบคุณค่ะ\n")  # fmt: skip
    raw = message(
        p,
        i,
        ("แบบคำร้อง.docx", form_docx(old, i), DOCX),
        ("แบบคำร้อง_แก้ไข.docx", form_docx(p, i), DOCX),
        body=body,
    )
    return Case("two_versions_docx", raw, exp(p))


def form_pdf(p: Person, i: int, mark: str) -> bytes:
    texts = [(75, 18, "แบบคำร้องทั่วไป"), (150, 10, mark)]
    texts += [(20, 40 + 11 * k, f"{a} ........ {b}") for k, (a, b) in enumerate(pairs(p, i))]
    texts.append((20, 140, f"มีความประสงค์ {request(i)}"))
    return pdf_page(texts, size=12, face="Garuda")


def two_versions_pdf(p: Person, i: int) -> Case:
    """Two PDFs of the form, the corrected one ("ฉบับแก้ไข") attached FIRST and the old one
    after it, as the citizen picked them; the body names the corrected one."""
    old = old_self(p)
    body = ("เรียน เจ้าหน้าที่\n\nขอโทษครับ ไฟล์ที่ส่งก่อนหน้ามีข้อมูลผิด "
            "ไฟล์ที่ถูกต้องคือ คำร้อง_ฉบับแก้ไข.pdf ส่วนอีกไฟล์เป็นฉบับเดิมครับ\n")  # fmt: skip
    raw = message(p, i, ("คำร้อง_ฉบับแก้ไข.pdf", form_pdf(p, i, "ฉบับแก้ไข"), PDF),
                  ("คำร้อง.pdf", form_pdf(old, i, ""), PDF), body=body)  # fmt: skip
    return Case("two_versions_pdf", raw, exp(p))


STYLES: tuple[Style, ...] = (
    gdocs_docx_section_tables, gdocs_docx_bold_labels, gdocs_pdf_sections,
    wps_docx_underlined_pairs, lo_docx_tab_colons,
    odt_lo_table, odt_lo_letter_breaks, odt_form_controls,
    xlsx_agency_label_value, xlsx_address_rows, ods_agency_sheet, xlsx_ms_forms_export,
    acro_libreoffice_defaults, acro_acrobat_comb_dropdown,
    pdf_chrome_webform, pdf_chrome_label_above,
    txt_notepad_unicode, txt_notepad_tabs, csv_form_service,
    eml_own_resend, two_versions_docx, two_versions_pdf,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {
        "gdocs": "Google",
        "wps": "Word",
        "lo": "Word",
        "odt": "ODT",
        "xlsx": "sheet",
        "ods": "sheet",
        "acro": "fillable",
        "pdf": "PDF",
        "txt": "text",
        "csv": "text",
        "eml": "eml",
        "two": "two",
    }[s.__name__.split("_")[0]]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    return [
        ("an own request resent as an attached .eml", eml_own_resend(PEOPLE[1], 90).raw, "request"),
        ("a mail with an old and a corrected form", two_versions_pdf(PEOPLE[4], 91).raw, "request"),
    ]
