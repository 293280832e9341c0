"""A twenty-first set of requests written by someone who had not read the readers (issue 8):
the request is in an ATTACHMENT, in shapes real Thai offices' and citizens' files take and
sets 1-19 do not hold.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, the
test and builder of set 19, the file makers of sets 5, 11, 13 and 17 and the earlier sets'
style names and a few docstrings were read). Every mail says little more than "ตามไฟล์แนบ":

- Word: label paragraphs whose paragraph marks were deleted with tracks on (accepted, the
  value joins its label); label, tab, colon, tab and the value in another colour, two
  pairs on one line; the values only in an embedded Excel worksheet (an OLE object with
  a picture preview); the address continued in rows whose label cell is empty; the title
  in a legacy drop-down form field (no text of its own); a Flat OPC "Word XML document";
  the contact address ticked "same as the house register"; lines parted by w:cr.
- ODT: values in draw:frame text boxes over dotted lines; a flat .fodt file.
- Text PDF: an Excel sheet printed to PDF with the ID in E notation (the digits are lost)
  and the phone without its leading zero; a diagonal "สำเนาถูกต้อง" watermark across the
  lines; glyphs without ToUnicode whose text is only in /ActualText spans (MS Word's
  "Save as PDF"); a table whose address row breaks across two pages under a repeated
  header; the office's sticky note holding a sample person.
- PDF form: an incremental update that changed the phone and e-mail (the old values still
  in the file's first revision); fields over a scanned picture of the labels (no text
  layer); captions printed below each field in brackets; a tear-off receipt stub.
- Excel/ODS/CSV: a birth date as a serial number in a General cell; the office's phone and
  tax number in the print header and footer; the applicant's and the proxy's columns side
  by side; ODS cells spanned over covered cells; a CSV from Excel with the ID in E
  notation; a Google Forms CSV whose question headers hold examples; an "xls" that is
  Excel's HTML.
- Images: a PNG with a transparent background (black text on transparent black); a
  two-page 1-bit fax TIFF; a WebP; a phone JPEG stored sideways with an EXIF orientation;
  a Word file that holds only a picture of the typed form.
- Other: Outlook's winmail.dat (TNEF) around the Word form; the form beside a map PDF (a
  shop's phone, another address) and a photo of the ID card; an e-service XML export;
  a Word RTF (\\uN escapes) saved as .doc.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented;
the ID check digits are computed with `with_check_digit`.
"""

from __future__ import annotations

import csv
import io
import re
import struct
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Field,
    Person,
    acroform,
    expect,
    pdf_page,
    thai_date,
    xlsx_bytes,
    xml_escape,
)
from unseen_requests_11 import PDF, Attachment, add_override, add_rel, dashed_phone, rezip, t
from unseen_requests_13 import HEADING, body_docx, dashed_id, para, slash_date
from unseen_requests_17 import ODS, ODT, fpdf, grid, jpeg, ods, png, span, tp, zipped

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "ปิยะพงษ์", "สุขสวัสดิ์", with_check_digit("140050027318"), date(1983, 9, 14),
           "0861274935", "piyapong.ss@gmail.com", "72/4", "5", "", "", "บางปลาม้า",
           "บางปลาม้า", "สุพรรณบุรี", "72150"),
    Person("นางสาว", "ธิดารัตน์", "คงเจริญ", with_check_digit("110300061542"), date(1999, 1, 7),
           "0917352648", "thidarat.kc@hotmail.com", "1187", "", "สุขุมวิท 93", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    Person("นาง", "บุษบา", "แสนสุข", with_check_digit("360040012857"), date(1968, 4, 26),
           "0824619053", "butsaba.ss@yahoo.com", "33", "8", "", "", "บ้านค่าย",
           "เมืองชัยภูมิ", "ชัยภูมิ", "36000"),
    Person("นาย", "อนุชา", "พรหมวงศ์", with_check_digit("501030045629"), date(1991, 11, 19),
           "0639182746", "anucha.pw@gmail.com", "248/1", "2", "", "เชียงใหม่-ลำปาง", "ป่าแดด",
           "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    Person("นาง", "วิไลวรรณ", "ศรีสมบูรณ์", with_check_digit("840010078364"), date(1975, 6, 2),
           "0897413562", "wilaiwan.ss@outlook.com", "15", "4", "", "", "มะขามเตี้ย",
           "เมืองสุราษฎร์ธานี", "สุราษฎร์ธานี", "84000"),
    Person("นาย", "ชยพล", "ทองสุข", with_check_digit("103500092461"), date(2002, 2, 23),
           "0652039481", "chayapon.ts@gmail.com", "9/215", "", "นวมินทร์ 74", "นวมินทร์",
           "รามอินทรา", "คันนายาว", "กรุงเทพมหานคร", "10230"),
    Person("นางสาว", "กมลชนก", "อินทรสุวรรณ", with_check_digit("341020036185"), date(1987, 8, 30),
           "0985126374", "kamonchanok.in@gmail.com", "101", "12", "", "", "แจระแม",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "สุเมธ", "ภูมิใจ", with_check_digit("730090058412"), date(1960, 12, 11),
           "0813946275", "sumet.pj@hotmail.co.th", "56", "1", "", "", "สนามจันทร์",
           "เมืองนครปฐม", "นครปฐม", "73000"),
)  # fmt: skip

# Other people whose numbers sit near the citizen's in the files: the office's sample, a
# proxy, the officer. A value of theirs read as the citizen's is a silent wrong.
SAMPLE = Person("นาย", "สมชาย", "ใจดี", with_check_digit("310100099887"), date(1980, 1, 1),
                "0812345678", "somchai.sample@example.com", "99", "1", "", "", "ในเมือง",
                "เมืองขอนแก่น", "ขอนแก่น", "40000")  # fmt: skip
PROXY = Person("นาย", "ประยุทธ", "มีสุข", with_check_digit("310200076541"), date(1970, 5, 5),
               "0867771234", "prayut.ms@gmail.com", "8", "3", "", "", "ท่าช้าง",
               "บางกล่ำ", "สงขลา", "90110")  # fmt: skip
OLD_MOBILE, OLD_MAIL = "0899990001", "old.mail.2562@hotmail.com"
OFFICE_PHONE, OFFICE_TAX_ID = "035-551-204", with_check_digit("099400071235")
SHOP_PHONE = "081-778-2290"

SUBJECTS = ("ส่งคำร้อง", "แบบคำร้องทั่วไป (แนบไฟล์)", "ยื่นเรื่องตามไฟล์แนบ", "คำร้องขอรับบริการ")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nรายละเอียดตามไฟล์แนบค่ะ\n",
    "ตามไฟล์แนบครับ\n\nขอบคุณครับ\n",
    "เรียน งานธุรการ\n\nดูไฟล์แนบนะคะ\n\nส่งจาก iPhone ของฉัน\n",
    "สวัสดีครับ ส่งแบบฟอร์มที่กรอกแล้วมาตามไฟล์แนบครับ\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 4, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen21-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment, *typed: str) -> Case:
    return Case(style, message(p, i, file), expect(p, "", *typed))


def pairs(p: Person, i: int = 0) -> list[tuple[str, str]]:
    """The eight label-value pairs, in one of two wordings offices print."""
    if i % 2 == 0:
        return [("ชื่อ-สกุล", p.name), ("เลขบัตรประจำตัวประชาชน", dashed_id(p.nid)),
                ("วัน เดือน ปี เกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
                ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                ("เบอร์โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
    return [("ชื่อ - นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("เกิดวันที่", slash_date(p.born)), ("ที่อยู่ปัจจุบัน", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", p.mobile), ("E-mail", p.email)]  # fmt: skip


def spaced_line(p: Person) -> str:
    """The address as typed part by part, each part's word then a space."""
    parts = [p.house, f"หมู่ที่ {p.moo}" if p.moo else "", f"ซอย {p.soi}" if p.soi else "",
             f"ถนน {p.road}" if p.road else "",
             f"{'แขวง' if p.bangkok else 'ตำบล'} {p.tambon}",
             f"{'เขต' if p.bangkok else 'อำเภอ'} {p.amphoe}"]  # fmt: skip
    return " ".join(x for x in parts if x)


def head_of_line(p: Person) -> tuple[str, str]:
    """The address cut where a clerk's form wraps it: house to road, then the rest."""
    first = [p.house, f"หมู่ที่ {p.moo}" if p.moo else "", f"ซอย{p.soi}" if p.soi else "",
             f"ถนน{p.road}" if p.road else ""]  # fmt: skip
    rest = (
        f"{'แขวง' if p.bangkok else 'ตำบล'}{p.tambon} {'เขต' if p.bangkok else 'อำเภอ'}{p.amphoe}"
    )
    return " ".join(x for x in first if x), rest


# --- Word --------------------------------------------------------------------------------

TRACK = 'w:author="{who}" w:date="2026-12-03T20:15:00Z"'


def docx_deleted_paragraph_marks(p: Person, i: int) -> Case:
    """The office's template put each answer on the line below its label; the citizen,
    tracking changes, joined them by deleting the label paragraph's mark (a w:del in the
    mark's run properties), and in the second variant also replaced the dotted line with
    the value (w:del of the dots, w:ins of the value). Accepted, each pair is one line."""
    lines = []
    for k, (label, value) in enumerate(pairs(p, i)):
        gone = f'<w:rPr><w:del w:id="{100 + k}" {TRACK.format(who="ผู้ยื่น")}/></w:rPr>'
        lines.append(para(t(f"{label} :"), ppr=gone))
        if i % 2:
            dots = f'<w:r><w:delText xml:space="preserve">{"." * 40}</w:delText></w:r>'
            lines.append(para(
                f'<w:del w:id="{200 + k}" {TRACK.format(who="ผู้ยื่น")}>{dots}</w:del>',
                f'<w:ins w:id="{300 + k}" {TRACK.format(who="ผู้ยื่น")}>{t(" " + value)}</w:ins>',
            ))  # fmt: skip
        else:
            lines.append(para(t(" " + value)))
    xml = HEADING + "".join(lines) + para()
    return one("docx_deleted_paragraph_marks", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def docx_colon_tab_column_coloured(p: Person, i: int) -> Case:
    """An official layout: label, a tab, a colon in its own column, a tab, the value in
    dark blue; the province and postal code share one line by two more tab stops."""
    tabs = ('<w:tabs><w:tab w:val="left" w:pos="2600"/><w:tab w:val="left" w:pos="2900"/>'
            '<w:tab w:val="left" w:pos="5800"/><w:tab w:val="left" w:pos="7600"/>'
            '<w:tab w:val="left" w:pos="7900"/></w:tabs>')  # fmt: skip
    blue = '<w:color w:val="1F4E79"/><w:rFonts w:cs="TH SarabunPSK"/>'
    tab = "<w:r><w:tab/></w:r>"

    def pair(label: str, value: str) -> list[str]:
        return [t(label), tab, t(":"), tab, t(value, blue)]

    prs = pairs(p, i)
    lines = [para(*pair(*prs[k]), ppr=tabs) for k in range(4)]
    lines.append(para(*pair(*prs[4]), tab, *pair(*prs[5]), ppr=tabs))
    lines += [para(*pair(*prs[k]), ppr=tabs) for k in (6, 7)]
    xml = HEADING + "".join(lines) + para()
    return one("docx_colon_tab_column_coloured", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def form_xlsx(p: Person, i: int = 0, title: bool = True) -> bytes:
    def build(book: Any) -> None:
        ws = book.active
        start = 1
        if title:
            ws["A1"] = "แบบคำร้องทั่วไป"
            start = 3
        for k, (label, value) in enumerate(pairs(p, i)):
            ws.cell(start + k, 1, label)
            ws.cell(start + k, 2, value)

    return xlsx_bytes(build)


V_O_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "[Content_Types].xml"


def docx_embedded_excel_object(p: Person, i: int) -> Case:
    """The citizen pasted the office's Excel form into Word as an object (Paste Special >
    Microsoft Excel Worksheet Object): the values live only in the embedded workbook
    (word/embeddings/*.xlsx); the page shows its picture (an EMF preview)."""
    obj = (f'<w:r><w:object {V_O_NS} w:dxaOrig="8300" w:dyaOrig="3400">'
           '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:415pt;height:170pt" '
           'o:ole=""><v:imagedata r:id="rId90" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
           'DrawAspect="Content" ObjectID="_1791234567" r:id="rId91">'
           "<o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object></w:r>")  # fmt: skip
    xml = HEADING + para(t("รายละเอียดผู้ยื่นคำร้อง ตามตารางด้านล่างนี้")) + para(obj) + para()
    emf = struct.pack("<II", 1, 108) + bytes(100)  # an EMF header record and nothing drawn
    sheet = "word/embeddings/Microsoft_Excel_Worksheet.xlsx"

    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            blob = add_rel(blob, "rId90", f"{REL}/image", "media/image1.emf")
            return add_rel(
                blob, "rId91", f"{REL}/package", "embeddings/Microsoft_Excel_Worksheet.xlsx"
            )
        if name == CT:
            blob = add_override(blob, "/word/media/image1.emf", "image/x-emf")
            return add_override(blob, f"/{sheet}", XLSX)
        return blob

    data = rezip(body_docx(xml), edit, {"word/media/image1.emf": emf, sheet: form_xlsx(p, i)})
    return one("docx_embedded_excel_object", p, i, ("คำร้อง.docx", data, DOCX))


def docx_address_continuation_rows(p: Person, i: int) -> Case:
    """A two-column table whose address takes three rows: house to road, then sub-district
    and district, then province and postal code, the label cell of the later rows empty;
    in the second variant province and postal code have no rows of their own."""
    prs = pairs(p, i)
    first, rest = head_of_line(p)
    rows = [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in prs[:3]]
    rows.append(f"<w:tr>{span(prs[3][0], 2)}{span(first, 4)}</w:tr>")
    rows.append(f"<w:tr>{span('', 2)}{span(rest, 4)}</w:tr>")
    rows.append(f"<w:tr>{span('', 2)}{span(f'{p.province_written} {p.postal}', 4)}</w:tr>")
    if i % 2 == 0:
        rows += [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in prs[4:6]]
    rows += [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in prs[6:]]
    xml = HEADING + grid(rows, 6) + para()
    return one("docx_address_continuation_rows", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def legacy_text(name: str, value: str) -> list[str]:
    begin = (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
        '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
    )
    return [begin, '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', t(value),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>']  # fmt: skip


TITLES = ("-- เลือก --", "นาย", "นาง", "นางสาว")


def legacy_dropdown(name: str, chosen: int, by_default: bool) -> list[str]:
    """Word's legacy drop-down form field: the list and the chosen index live in ffData;
    the field has no result text in the document."""
    pick = f'<w:default w:val="{chosen}"/>' if by_default else f'<w:result w:val="{chosen}"/>'
    entries = "".join(f'<w:listEntry w:val="{x}"/>' for x in TITLES)
    begin = (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
             f"<w:enabled/><w:calcOnExit w:val=\"0\"/><w:ddList>{pick}{entries}</w:ddList>"
             "</w:ffData></w:fldChar></w:r>")  # fmt: skip
    return [begin, '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>']  # fmt: skip


def docx_legacy_dropdown_title(p: Person, i: int) -> Case:
    """An old protected .doc form saved as .docx: the title a legacy drop-down field (its
    choice only an index in ffData, the list's first entry "-- เลือก --"), the given and
    family names and the rest in legacy text fields."""
    chosen = TITLES.index(p.title)
    lines = [para(t("คำนำหน้าชื่อ "), *legacy_dropdown("Dropdown1", chosen, i % 2 == 1),
                  t("  ชื่อ "), *legacy_text("Text1", p.first), t("  นามสกุล "),
                  *legacy_text("Text2", p.last))]  # fmt: skip
    for k, (label, value) in enumerate(pairs(p, i)[1:]):
        lines.append(para(t(f"{label} "), *legacy_text(f"Text{k + 3}", value)))
    protect = '<w:documentProtection w:edit="forms" w:enforcement="1"/>'

    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/settings.xml":
            return re.sub(rb"(<w:settings[^>]*>)", lambda m: m.group(1) + protect.encode(), blob)
        return blob

    data = rezip(body_docx(HEADING + "".join(lines) + para()), edit, {})
    return one("docx_legacy_dropdown_title", p, i, ("แบบคำร้อง.docx", data, DOCX))


PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_flat_opc_xml(p: Person, i: int) -> Case:
    """Word's "Word XML Document (*.xml)": one XML file, a pkg:package holding the parts
    (rels and document.xml) inline; sent as .xml with text/xml or application/xml."""
    rows = "".join(f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in pairs(p, i))
    body = HEADING + grid([rows], 6) + para()
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")  # fmt: skip
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<?mso-application progid="Word.Document"?>\r\n'
           f'<pkg:package xmlns:pkg="{PKG}">'
           '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-'
           f'package.relationships+xml"><pkg:xmlData>{rels}</pkg:xmlData></pkg:part>'
           '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.'
           'openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>'
           f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
           "</pkg:xmlData></pkg:part></pkg:package>")  # fmt: skip
    mime = "text/xml" if i % 2 == 0 else "application/xml"
    return one("docx_flat_opc_xml", p, i, ("แบบคำร้อง.xml", xml.encode(), mime))


def docx_current_address_ticked_same(p: Person, i: int) -> Case:
    """The house-register address typed part by part under printed part words ("-" where
    a part is empty), then "ที่อยู่ที่ติดต่อได้" with "ตามทะเบียนบ้าน" ticked and the
    "อื่น ๆ (ระบุ)" line left dotted."""
    on, off = ("☒", "☐") if i % 2 == 0 else ("( ✓ )", "(   )")
    dash = "-"
    line = (f"ที่อยู่ตามทะเบียนบ้าน เลขที่ {p.house} หมู่ที่ {p.moo or dash} ซอย {p.soi or dash} "
            f"ถนน {p.road or dash} ตำบล/แขวง {p.tambon} อำเภอ/เขต {p.amphoe} "
            f"จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}")  # fmt: skip
    prs = pairs(p, i)
    lines = [para(t(f"{label} {value}")) for label, value in prs[:3]]
    lines.append(para(t(line)))
    lines.append(para(t(f"ที่อยู่ที่ติดต่อได้  {on} ตามที่อยู่ทะเบียนบ้าน  {off} อื่น ๆ (ระบุ) "
                        + "." * 60)))  # fmt: skip
    lines += [para(t(f"{label} {value}")) for label, value in prs[6:]]
    xml = HEADING + "".join(lines) + para()
    return one("docx_current_address_ticked_same", p, i, ("คำร้อง.docx", body_docx(xml), DOCX),
               spaced_line(p))  # fmt: skip


def docx_cr_line_breaks(p: Person, i: int) -> Case:
    """A form written by an office's system: all pairs in one paragraph, the lines parted
    by w:cr (a carriage return element, not w:br), in one run or a run per line."""
    prs = pairs(p, i)
    if i % 2 == 0:
        inner = "<w:cr/>".join(
            f'<w:t xml:space="preserve">{xml_escape(f"{a}: {b}")}</w:t>' for a, b in prs
        )
        body = para(f"<w:r>{inner}</w:r>")
    else:
        body = para(*(f'<w:r><w:t xml:space="preserve">{xml_escape(f"{a}: {b}")}</w:t><w:cr/></w:r>'
                      for a, b in prs))  # fmt: skip
    return one("docx_cr_line_breaks", p, i, ("request_form.docx", body_docx(HEADING + body), DOCX))


# --- ODT ---------------------------------------------------------------------------------

ODT_FRAME_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"'
)


def odt_draw_frames(p: Person, i: int) -> Case:
    """LibreOffice Writer: each label and its dotted line a paragraph, the value typed in
    a text frame (draw:frame > draw:text-box) anchored to that paragraph, placed over the
    dots; the frame before the label's text in the second variant."""
    lines = [tp("แบบคำร้องทั่วไป")]
    for k, (label, value) in enumerate(pairs(p, i)):
        frame = (f'<draw:frame draw:name="Frame{k + 1}" text:anchor-type="paragraph" '
                 f'svg:x="4.5cm" svg:y="0cm" svg:width="11cm" svg:height="0.7cm" '
                 f'draw:z-index="{k}"><draw:text-box>{tp(xml_escape(value))}'
                 "</draw:text-box></draw:frame>")  # fmt: skip
        dots = xml_escape(f"{label} " + "." * 50)
        lines.append(tp(f"{dots}{frame}" if i % 2 == 0 else f"{frame}{dots}"))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_FRAME_NS}>'
               f"<office:body><office:text>{''.join(lines)}</office:text></office:body>"
               "</office:document-content>")  # fmt: skip
    return one("odt_draw_frames", p, i, ("คำร้อง.odt", zipped(ODT, {"content.xml": content}), ODT))


def fodt_flat_xml(p: Person, i: int) -> Case:
    """LibreOffice's flat XML document (.fodt): one office:document with its mimetype as
    an attribute, the form a two-column table."""
    rows = "".join(
        "<table:table-row>"
        f'<table:table-cell office:value-type="string">{tp(xml_escape(a))}</table:table-cell>'
        f'<table:table-cell office:value-type="string">{tp(xml_escape(b))}</table:table-cell>'
        "</table:table-row>"
        for a, b in pairs(p, i)
    )
    table = ('<table:table table:name="ตาราง1"><table:table-column '
             f'table:number-columns-repeated="2"/>{rows}</table:table>')  # fmt: skip
    mime = "application/vnd.oasis.opendocument.text-flat-xml"
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<office:document {ODT_FRAME_NS} office:mimetype="application/vnd.oasis.'
           'opendocument.text"><office:meta><meta:generator xmlns:meta="urn:oasis:names:tc:'
           'opendocument:xmlns:meta:1.0">LibreOffice/7.6</meta:generator></office:meta>'
           f"<office:body><office:text>{tp('แบบคำร้องทั่วไป')}{table}</office:text>"
           "</office:body></office:document>")  # fmt: skip
    sent = mime if i % 2 == 0 else "application/octet-stream"
    return one("fodt_flat_xml", p, i, ("แบบคำร้อง.fodt", xml.encode(), sent))


# --- Text PDF ----------------------------------------------------------------------------


def e_notation(nid: str) -> str:
    """How Excel shows a 13-digit number in a General cell: 1.40050E+12 style."""
    return f"{int(nid):.5E}".replace("E+", "E+")


def pdf_excel_print_e_notation(p: Person, i: int) -> Case:
    """An Excel sheet printed to PDF with gridlines: the ID a number in a General cell,
    shown as 1.40050E+12 (or ######## in a narrow column) so its digits are lost; the
    mobile a number without its leading 0; the birth date d/m/yyyy in B.E."""
    shown_id = e_notation(p.nid) if i % 2 == 0 else "########"
    rows = [("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", shown_id),
            ("วันเกิด", f"{p.born.day}/{p.born.month}/{p.born.year + 543}"),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", str(int(p.mobile))), ("อีเมล", p.email)]  # fmt: skip
    texts: list[tuple[float, float, str]] = [(16, 16, "แบบคำร้องทั่วไป")]
    rects = []
    for k, (label, value) in enumerate(rows):
        y = 22 + 7 * k
        rects += [(15, y, 40, 7), (55, y, 120, 7)]
        texts.append((16, y + 5, label))
        # Excel right-aligns numbers: the ID and the phone sit at the cell's right edge
        x = 56 if not value.replace(".", "").replace("E+", "").replace("#", "").isdigit() else 150
        texts.append((x, y + 5, value))
    data = pdf_page(texts, size=10, face="Garuda", rects=rects)
    case = one("pdf_excel_print_e_notation", p, i, ("คำร้อง.pdf", data, PDF))
    case.expected["national_id"] = ()  # no clerk can read the ID: only a flag or nothing
    return case


def pdf_watermark_diagonal(p: Person, i: int) -> Case:
    """A text form with a large grey diagonal watermark ("สำเนาถูกต้อง" and "ใช้ติดต่อ
    ราชการ อบต. เท่านั้น") across the lines, drawn before the text in one variant and
    after it (as a stamp tool adds it) in the other."""
    pdf = fpdf(face="Kinnari", size=14)

    def mark() -> None:
        pdf.set_text_color(200, 200, 200)
        pdf.set_font_size(44)
        with pdf.rotation(35, 105, 120):
            pdf.text(30, 120, "สำเนาถูกต้อง")
            pdf.text(20, 140, "ใช้ติดต่อราชการ อบต. เท่านั้น")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font_size(14)

    if i % 2 == 0:
        mark()
    pdf.text(80, 25, "แบบคำร้องทั่วไป")
    for k, (label, value) in enumerate(pairs(p, i)):
        pdf.text(20, 50 + 14 * k, f"{label} : {value}")
    if i % 2:
        mark()
    return one("pdf_watermark_diagonal", p, i, ("คำร้อง_สำเนา.pdf", bytes(pdf.output()), PDF))


def utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


def pdf_actualtext_spans(p: Person, i: int) -> Case:
    """MS Word's "Save as PDF" with a Thai font whose shaped glyphs have no Unicode: the
    fonts carry no ToUnicode map; each line's text is only in the /ActualText of the
    marked-content span around it."""
    import pikepdf

    lines = ["แบบคำร้องทั่วไป", *(f"{a} : {b}" for a, b in pairs(p, i))]
    pdf = fpdf(face="Norasi" if i % 2 else "Garuda", size=14)
    for k, line in enumerate(lines):
        pdf.text(20 if k else 80, 25 + 13 * k, line)
    doc = pikepdf.open(io.BytesIO(bytes(pdf.output())))
    page = doc.pages[0]
    for font in page.Resources.Font.values():
        if "/ToUnicode" in font:
            del font["/ToUnicode"]
    out: list[Any] = []
    group: list[Any] = []
    k = 0
    instructions: Any = pikepdf.parse_content_stream(page)
    for operands, op in instructions:
        if str(op) == "BT":
            group = []
        if str(op) == "BT" or group:
            group.append((operands, op))
        else:
            out.append((operands, op))
        if str(op) == "ET":
            shows = any(str(o) in ("Tj", "TJ") for _, o in group)
            if shows and k < len(lines):  # a BT..ET that draws a line: wrap it in its span
                props = pikepdf.Dictionary(ActualText=pikepdf.String(lines[k]))
                out.append(([pikepdf.Name.Span, props], pikepdf.Operator("BDC")))
                out += group
                out.append(([], pikepdf.Operator("EMC")))
                k += 1
            else:
                out += group
            group = []
    page.Contents = doc.make_stream(pikepdf.unparse_content_stream(out))
    buf = io.BytesIO()
    doc.save(buf)
    return one("pdf_actualtext_spans", p, i, ("คำร้อง.pdf", buf.getvalue(), PDF))


def pdf_row_split_across_pages(p: Person, i: int) -> Case:
    """A ruled table (รายการ | ข้อมูล) that fills page 1 with the office's notes first; the
    address row breaks at the page end: house to road on page 1, the rest on page 2 under
    a running header "(ต่อ)" and the repeated header row; a footer "หน้า n/2"."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_text_shaping(True)
    prs = pairs(p, i)
    first, rest = head_of_line(p)

    def header_row(y: float) -> None:
        pdf.rect(20, y, 50, 10)
        pdf.rect(70, y, 120, 10)
        pdf.text(22, y + 7, "รายการ")
        pdf.text(72, y + 7, "ข้อมูล")

    def row(y: float, label: str, value: str) -> None:
        pdf.rect(20, y, 50, 10)
        pdf.rect(70, y, 120, 10)
        if label:
            pdf.text(22, y + 7, label)
        pdf.text(72, y + 7, value)

    pdf.add_page()
    pdf.set_font("F", size=13)
    pdf.text(80, 20, "แบบคำร้องทั่วไป")
    notes = ["คำชี้แจง", "1. กรอกข้อมูลให้ครบถ้วนด้วยตัวบรรจง", "2. แนบสำเนาบัตรประจำตัวประชาชน",
             "3. เจ้าหน้าที่จะติดต่อกลับภายใน 7 วันทำการ"]  # fmt: skip
    for k, note in enumerate(notes):
        pdf.text(20, 32 + 8 * k, note)
    y = 226.0
    header_row(y)
    for label, value in prs[:3]:
        y += 10
        row(y, label, value)
    y += 10
    row(y, prs[3][0], first)
    pdf.text(170, 290, "หน้า 1/2")
    pdf.add_page()
    pdf.set_font("F", size=13)
    pdf.text(70, 15, "แบบคำร้องทั่วไป (ต่อ)")
    y = 22.0
    header_row(y)
    y += 10
    row(y, "", rest)
    for label, value in prs[4:]:
        y += 10
        row(y, label, value)
    pdf.text(170, 290, "หน้า 2/2")
    return one("pdf_row_split_across_pages", p, i, ("คำร้อง_2หน้า.pdf", bytes(pdf.output()), PDF))


def pdf_sticky_note_sample(p: Person, i: int) -> Case:
    """The office's form PDF kept the sticky notes (Text annotations, with a Popup in the
    second variant) its author left for citizens: a sample person's name, ID and phone."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    texts: list[tuple[float, float, str]] = [(80, 22, "แบบคำร้องทั่วไป")]
    texts += [(20, 40 + 11 * k, f"{a}  {b}") for k, (a, b) in enumerate(pairs(p, i))]
    doc = pikepdf.open(io.BytesIO(pdf_page(texts, size=14, face="Loma")))
    page = doc.pages[0]
    notes = (f"ตัวอย่างการกรอก: {SAMPLE.name} เลขประจำตัวประชาชน {dashed_id(SAMPLE.nid)}",
             f"กรอกเบอร์มือถือ เช่น {dashed_phone(SAMPLE.mobile)} อีเมล {SAMPLE.email}")  # fmt: skip
    annots = Array()
    for k, note in enumerate(notes):
        y = 760 - 120 * k
        a = doc.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text,
                                         Rect=Array([540, y, 560, y + 20]), Contents=String(note),
                                         T=String("งานธุรการ อบต."), Name=Name.Comment,
                                         Open=False, F=4))  # fmt: skip
        annots.append(a)
        if i % 2:
            pop = doc.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Popup, Parent=a,
                                               Rect=Array([560, y - 80, 760, y + 20]),
                                               Open=False))  # fmt: skip
            a.Popup = pop
            annots.append(pop)
    page.obj.Annots = annots
    buf = io.BytesIO()
    doc.save(buf)
    return one("pdf_sticky_note_sample", p, i, ("แบบคำร้อง.pdf", buf.getvalue(), PDF))


# --- PDF forms ---------------------------------------------------------------------------

FIELD_NAMES = ("fullname", "idcard", "birth", "address", "province", "zipcode", "mobile", "email")


def labelled_form(p: Person, i: int, mobile: str, mail: str) -> bytes:
    prs = pairs(p, i)
    page = [(80.0, 20.0, "แบบคำร้องทั่วไป")]
    page += [(20.0, 40.0 + 12 * k, label) for k, (label, _) in enumerate(prs)]
    values = [v for _, v in prs]
    values[6], values[7] = mobile, mail
    fields = [Field(n, v, 70, 40 + 12 * k, 120)
              for k, (n, v) in enumerate(zip(FIELD_NAMES, values, strict=True))]  # fmt: skip
    return acroform(pdf_page(page, size=13), fields)


def incremental_update(data: bytes, values: dict[str, str]) -> bytes:
    """Appends a revision as Acrobat's "Save" does: new versions of the changed field
    objects, a classic xref section for them and a trailer pointing back (/Prev)."""
    import pikepdf

    doc = pikepdf.open(io.BytesIO(data))
    flat = io.BytesIO()
    doc.save(flat, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    base = flat.getvalue()
    doc = pikepdf.open(io.BytesIO(base))
    prev = int(re.findall(rb"startxref\s+(\d+)", base)[-1])
    out = bytearray(base if base.endswith(b"\n") else base + b"\n")
    offsets: list[tuple[int, int]] = []
    for f in doc.Root.AcroForm.Fields:
        name = str(f.get("/T", ""))
        if name in values:
            f.V = pikepdf.String(values[name])
            num, gen = f.objgen
            offsets.append((num, len(out)))
            direct = pikepdf.Dictionary(dict(f.items()))  # references kept
            out += f"{num} {gen} obj\n".encode() + direct.unparse() + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for num, off in sorted(offsets):
        out += f"{num} 1\n{off:010d} 00000 n \n".encode()
    size = int(doc.trailer.Size)
    root = doc.Root.objgen
    out += (f"trailer\n<< /Size {size} /Root {root[0]} {root[1]} R /Prev {prev} >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()  # fmt: skip
    return bytes(out)


def acro_incremental_update_old_values(p: Person, i: int) -> Case:
    """Filled and saved once with the citizen's old mobile and e-mail, then opened again,
    corrected and saved by Acrobat as an incremental update: the file still holds the
    first revision's field objects with the old values before the new ones."""
    first = labelled_form(p, i, dashed_phone(OLD_MOBILE), OLD_MAIL)
    mobile = dashed_phone(p.mobile) if i % 2 == 0 else p.mobile
    data = incremental_update(first, {"mobile": mobile, "email": p.email})
    return one("acro_incremental_update_old_values", p, i, ("แบบคำร้อง_แก้ไข.pdf", data, PDF))


def scanned_labels(p: Person, i: int) -> Any:
    """The paper form's labels and dotted lines as a grey 150 dpi scan (no values)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1240, 1754), 246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Norasi.ttf"), 34)
    draw.text((470, 90), "แบบคำร้องทั่วไป", font=font, fill=30)
    for k, (label, _) in enumerate(pairs(p, i)):
        y = 220 + 71 * k  # 12 mm a line at 150 dpi
        draw.text((118, y - 30), label, font=font, fill=35)
        draw.text((410, y - 26), "." * 70, font=font, fill=80)
    return img


def acro_over_scanned_image_labels(p: Person, i: int) -> Case:
    """An office scanned its paper form and added fields with Acrobat's "Prepare Form":
    the page is one picture (labels and dotted lines, no text layer) and the fields are
    named Text1... over the dotted lines."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(scanned_labels(p, i), x=0, y=0, w=210, h=297)
    base = bytes(pdf.output())
    prs = pairs(p, i)
    fields = [Field(f"Text{k + 1}", v, 70, 37.3 + 12 * k, 120) for k, (_, v) in enumerate(prs)]
    return one("acro_over_scanned_image_labels", p, i,
               ("แบบฟอร์ม_scan.pdf", acroform(base, fields), PDF))  # fmt: skip


def acro_captions_below_in_brackets(p: Person, i: int) -> Case:
    """Each field sits on a dotted line with its caption printed BELOW it in brackets,
    centred, as Thai forms caption a signature: "(ชื่อ - นามสกุล)"; two fields on the
    province and postal code line and on the phone and e-mail line."""
    prs = pairs(p, i)
    rows = [(prs[0], None), (prs[1], prs[2]), (prs[3], None), (prs[4], prs[5]), (prs[6], prs[7])]
    texts: list[tuple[float, float, str]] = [(80, 20, "แบบคำร้องทั่วไป")]
    fields = []
    n = 0
    for k, (a, b) in enumerate(rows):
        y = 42 + 20 * k
        spots = [(a, 20, 170)] if b is None else [(a, 20, 80), (b, 110, 80)]
        for (label, value), x, w in spots:
            texts.append((x, y, "." * int(w * 0.9)))
            texts.append((x + w / 2 - 12, y + 7, f"({label})"))
            n += 1
            fields.append(Field(f"Text{n}", value, x, y - 1, w))
    base = pdf_page(texts, size=12, face="Loma")
    return one("acro_captions_below_in_brackets", p, i,
               ("แบบคำร้อง.pdf", acroform(base, fields), PDF))  # fmt: skip


def acro_receipt_stub(p: Person, i: int) -> Case:
    """The form with a tear-off receipt stub at the foot ("ใบรับคำร้อง (ส่วนของผู้ยื่น)"):
    the stub's name line is a second widget of the applicant's name field; its receipt
    number and officer fields are empty; the office's enquiry phone printed in it."""
    prs = pairs(p, i)
    page = [(80.0, 20.0, "แบบคำร้องทั่วไป")]
    page += [(20.0, 40.0 + 12 * k, label) for k, (label, _) in enumerate(prs)]
    stub = [(20.0, 200.0, "- - - - - - - - - - - - - - ตัดตามรอยเส้น - - - - - - - - - - - - - -"),
            (70.0, 212.0, "ใบรับคำร้อง (ส่วนของผู้ยื่น)"), (20.0, 224.0, "ได้รับคำร้องของ"),
            (20.0, 236.0, "เลขที่รับ"), (110.0, 236.0, "ผู้รับคำร้อง"),
            (20.0, 248.0, f"ติดต่อสอบถาม งานธุรการ โทร {OFFICE_PHONE}")]  # fmt: skip
    base = pdf_page([*page, *stub], size=12)
    fields = [Field(n, v, 70, 40 + 12 * k, 120)
              for k, (n, (_, v)) in enumerate(zip(FIELD_NAMES, prs, strict=True)) if k]  # fmt: skip
    fields += [Field("receipt_no", "", 40, 236, 60), Field("officer", "", 135, 236, 60)]
    kids = {"applicant_name": [Field("0", p.name, 70, 40, 120), Field("1", p.name, 55, 224, 120)]}
    if i % 2:
        kids = {"applicant_name": list(reversed(kids["applicant_name"]))}
    return one("acro_receipt_stub", p, i,
               ("แบบคำร้อง.pdf", acroform(base, fields, kids=kids), PDF))  # fmt: skip


# --- Excel, ODS, CSV ---------------------------------------------------------------------


def excel_serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def xlsx_serial_date_general(p: Person, i: int) -> Case:
    """Pasted from another program into a sheet formatted General: the birth date is its
    serial number (e.g. 30573), the ID a number shown 1.4005E+12, the mobile a number
    that lost its 0, the postal code a number."""

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องทั่วไป"
        rows: list[tuple[str, Any]] = [
            ("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", int(p.nid)),
            ("วันเกิด", excel_serial(p.born)), ("ที่อยู่", p.line()), ("จังหวัด", p.province),
            ("รหัสไปรษณีย์", int(p.postal)), ("โทรศัพท์", int(p.mobile)), ("อีเมล", p.email),
        ]  # fmt: skip
        for k, (label, value) in enumerate(rows):
            ws.cell(3 + k, 1, label)
            ws.cell(3 + k, 2 if i % 2 == 0 else 3, value).number_format = "General"

    return one("xlsx_serial_date_general", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_print_header_footer_office(p: Person, i: int) -> Case:
    """The office's sheet: the print header holds the office's name, the footer its phone
    and 13-digit tax number (and, on the first page, a different header with them)."""

    def build(book: Any) -> None:
        ws = book.active
        ws.oddHeader.center.text = "องค์การบริหารส่วนตำบลบางปลาม้า"
        ws.oddFooter.left.text = f"โทร {OFFICE_PHONE}"
        ws.oddFooter.right.text = f"เลขประจำตัวผู้เสียภาษี {OFFICE_TAX_ID}"
        if i % 2:
            ws.HeaderFooter.differentFirst = True
            ws.firstHeader.center.text = (
                f"อบต.บางปลาม้า โทร {OFFICE_PHONE} เลขผู้เสียภาษี {OFFICE_TAX_ID}"
            )
        ws["A1"] = "แบบคำร้องทั่วไป"
        for k, (label, value) in enumerate(pairs(p, i)):
            ws.cell(3 + k, 1, label)
            ws.cell(3 + k, 2, value)

    return one("xlsx_print_header_footer_office", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_applicant_and_proxy_columns(p: Person, i: int) -> Case:
    """A power-of-attorney sheet: รายการ | ผู้มอบอำนาจ (ผู้ยื่นคำร้อง) | ผู้รับมอบอำนาจ, the
    applicant's values in B and the proxy's (another person) in C."""
    mine, theirs = pairs(p, i), pairs(PROXY, i)

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องและหนังสือมอบอำนาจ"
        ws.append([])
        ws.append(["รายการ", "ผู้มอบอำนาจ (ผู้ยื่นคำร้อง)", "ผู้รับมอบอำนาจ"])
        for (label, value), (_, other) in zip(mine, theirs, strict=True):
            ws.append([label, value, other])

    return one("xlsx_applicant_and_proxy_columns", p, i,
               ("คำร้อง_มอบอำนาจ.xlsx", xlsx_bytes(build), XLSX))  # fmt: skip


def ocell(value: str = "", cols: int = 1, rows: int = 1) -> str:
    span_ = f' table:number-columns-spanned="{cols}"' if cols > 1 else ""
    span_ += f' table:number-rows-spanned="{rows}"' if rows > 1 else ""
    covered = (
        f'<table:covered-table-cell table:number-columns-repeated="{cols - 1}"/>'
        if cols > 1
        else ""
    )
    inner = f"<text:p>{xml_escape(value)}</text:p>" if value else ""
    return (
        f'<table:table-cell office:value-type="string"{span_}>{inner}</table:table-cell>{covered}'
    )


def ods_covered_merged_cells(p: Person, i: int) -> Case:
    """LibreOffice Calc with merged cells: each label over two columns and each value over
    four (spanned cells followed by covered cells); the address label spanned over two
    rows beside two value rows (house to road, then the rest)."""
    prs = pairs(p, i)
    first, rest = head_of_line(p)
    cover2 = '<table:covered-table-cell table:number-columns-repeated="2"/>'
    rows = [f"<table:table-row>{ocell('แบบคำร้องทั่วไป', 6)}</table:table-row>"]
    rows += [f"<table:table-row>{ocell(a, 2)}{ocell(b, 4)}</table:table-row>" for a, b in prs[:3]]
    rows.append(f"<table:table-row>{ocell(prs[3][0], 2, 2)}{ocell(first, 4)}</table:table-row>")
    rows.append(f"<table:table-row>{cover2}{ocell(rest, 4)}</table:table-row>")
    rows += [f"<table:table-row>{ocell(a, 2)}{ocell(b, 4)}</table:table-row>" for a, b in prs[4:]]
    return one("ods_covered_merged_cells", p, i, ("คำร้อง.ods", ods(("แบบคำร้อง", rows)), ODS))


def csv_excel_e_notation(p: Person, i: int) -> Case:
    """Saved as CSV by Excel on Thai Windows (windows-874): the ID a number Excel wrote as
    1.40050E+12 (its digits lost), the mobile without its 0; label,value rows, or a
    header row and the one response row."""
    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", f"{int(p.nid):.5E}"),
            ("วันเกิด", f"{p.born.day}/{p.born.month}/{p.born.year + 543}"),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", str(int(p.mobile))), ("อีเมล", p.email)]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if i % 2 == 0:
        writer.writerows(rows)
    else:
        writer.writerow([a for a, _ in rows])
        writer.writerow([b for _, b in rows])
    case = one(
        "csv_excel_e_notation", p, i, ("คำร้อง.csv", out.getvalue().encode("cp874"), "text/csv")
    )
    case.expected["national_id"] = ()  # the digits are gone: only a flag or nothing is right
    return case


def csv_gforms_question_examples(p: Person, i: int) -> Case:
    """A Google Forms responses sheet downloaded as CSV (UTF-8 with a BOM): a timestamp
    column, then one column per question whose title holds an example ("(ตัวอย่าง: นาย
    สมชาย ใจดี)"), and the citizen's one response row."""
    heads = ["ประทับเวลา", f"ชื่อ-นามสกุล (ตัวอย่าง: {SAMPLE.name})",
             f"เลขประจำตัวประชาชน 13 หลัก (เช่น {SAMPLE.nid})", "วันเดือนปีเกิด",
             "ที่อยู่ (บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ)", "จังหวัด", "รหัสไปรษณีย์",
             f"เบอร์โทรศัพท์ที่ติดต่อได้ (เช่น {dashed_phone(SAMPLE.mobile)})", "อีเมล"]  # fmt: skip
    born = f"{p.born.day}/{p.born.month}/{p.born.year + 543}" if i % 2 else p.born.isoformat()
    row = ["3/12/2026, 21:04:37", p.name, p.nid, born, p.line(), p.province, p.postal,
           p.mobile, p.email]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(heads)
    writer.writerow(row)
    data = out.getvalue().encode("utf-8-sig")
    return one("csv_gforms_question_examples", p, i,
               ("แบบคำร้องออนไลน์ (การตอบกลับ) - การตอบแบบฟอร์ม 1.csv", data, "text/csv"))  # fmt: skip


def xls_that_is_html(p: Person, i: int) -> Case:
    """An "Excel" file an office system exports: HTML with Excel's namespaces and
    mso-number-format styles, windows-874, named .xls and sent as application/
    vnd.ms-excel; label and value rows, or a report's header row over the one row."""
    prs = pairs(p, i)
    text_fmt = "style='mso-number-format:\"\\@\"'"
    if i % 2 == 0:
        body = "".join(f"<tr><td class=xl65>{xml_escape(a)}</td>"
                       f"<td {text_fmt}>{xml_escape(b)}</td></tr>" for a, b in prs)  # fmt: skip
    else:
        body = (
            "<tr>" + "".join(f"<td class=xl66>{xml_escape(a)}</td>" for a, _ in prs) + "</tr>"
            "<tr>" + "".join(f"<td {text_fmt}>{xml_escape(b)}</td>" for _, b in prs) + "</tr>"
        )
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=windows-874">'
            '<meta name=ProgId content=Excel.Sheet><!--[if gte mso 9]><xml><x:ExcelWorkbook>'
            "<x:ExcelWorksheets><x:ExcelWorksheet><x:Name>รายงาน</x:Name></x:ExcelWorksheet>"
            "</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--><style>.xl65{font-weight:"
            "700}</style></head><body><table border=0 cellpadding=0 cellspacing=0>"
            "<tr><td colspan=2>รายงานข้อมูลผู้ยื่นคำร้อง</td></tr>"
            f"{body}</table></body></html>")  # fmt: skip
    return one(
        "xls_that_is_html",
        p,
        i,
        ("report_2569.xls", html.encode("cp874"), "application/vnd.ms-excel"),
    )


# --- Images ------------------------------------------------------------------------------


def typed_page(p: Person, i: int, scale: float = 1.0, face: str = "Garuda",
               ink: Any = (0, 0, 0), paper: Any = (255, 255, 255),
               mode: str = "RGB", rows: list[tuple[str, str]] | None = None) -> Any:  # fmt: skip
    """Label : value lines on a page at about 96 dpi x scale."""
    from PIL import Image, ImageDraw, ImageFont

    prs = rows if rows is not None else pairs(p, i)
    w, h = int(800 * scale), int((150 + 60 * len(prs)) * scale)
    img = Image.new(mode, (w, h), paper)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / f"{face}.ttf"), int(22 * scale))
    draw.text((int(290 * scale), int(40 * scale)), "แบบคำร้องทั่วไป", font=font, fill=ink)
    for k, (label, value) in enumerate(prs):
        y = int((110 + 60 * k) * scale)
        draw.text((int(60 * scale), y), f"{label} : {value}", font=font, fill=ink)
    return img


def png_transparent_background(p: Person, i: int) -> Case:
    """Cut with a screen-clipping tool that saves transparency: black text on a fully
    transparent background whose hidden colour is black too (RGBA 0,0,0,0)."""
    img = typed_page(p, i, 1.3, ink=(0, 0, 0, 255), paper=(0, 0, 0, 0), mode="RGBA")
    return Case("png_transparent_background",
                message(p, i, ("คำร้อง.png", png(img), "image/png"), body="ส่งรูปคำร้องค่ะ\n"),
                expect(p))  # fmt: skip


def tiff_fax_two_pages(p: Person, i: int) -> Case:
    """A fax received as a two-page 1-bit TIFF (CCITT Group 4, 204 x 196 dpi, so the
    letters are a little tall): a fax header line on each page, the form's first four
    pairs on page 1 and the rest on page 2."""
    from PIL import ImageDraw, ImageFont

    prs = pairs(p, i)
    pages = []
    for n, part in enumerate((prs[:4], prs[4:])):
        img = typed_page(p, i, 2.1, face="Norasi", mode="L", paper=255, ink=0, rows=part)
        img = img.resize((img.width, int(img.height * 196 / 204)))
        draw = ImageDraw.Draw(img)
        font = ImageFont.truetype(str(FONTS / "TlwgTypo.ttf"), 24)
        draw.text((20, 10), f"04/12/2026 08:1{n} FAX 035551204  P.00{n + 1}/002", font=font, fill=0)
        pages.append(img.point(lambda v: 255 if v > 150 else 0).convert("1"))
    out = io.BytesIO()
    pages[0].save(out, "TIFF", compression="group4", dpi=(204, 196), save_all=True,
                  append_images=pages[1:])  # fmt: skip
    return Case("tiff_fax_two_pages",
                message(p, i, ("FAX_20261204_0810.tif", out.getvalue(), "image/tiff"),
                        body="ส่งแฟกซ์คำร้องมาในอีเมลครับ\n"),
                expect(p))  # fmt: skip


def webp_saved_image(p: Person, i: int) -> Case:
    """A picture of the typed form saved from a chat app or browser as WebP (lossy)."""
    img = typed_page(p, i, 1.4, face="Loma")
    out = io.BytesIO()
    img.save(out, "WEBP", quality=80)
    return Case("webp_saved_image",
                message(p, i, ("image_1733290011.webp", out.getvalue(), "image/webp")),
                expect(p))  # fmt: skip


def jpeg_exif_rotated(p: Person, i: int) -> Case:
    """A phone photo stored sideways: the pixels turned a quarter (the phone held in
    landscape), the EXIF Orientation tag (6, or 8 the other way) saying how to show it."""
    from PIL import Image

    img = typed_page(p, i, 1.6, face="Garuda")
    turned = img.rotate(90 if i % 2 == 0 else -90, expand=True, resample=Image.Resampling.BICUBIC)
    exif = Image.Exif()
    exif[0x0112] = 6 if i % 2 == 0 else 8
    exif[0x010F] = "Apple"
    out = io.BytesIO()
    turned.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return Case("jpeg_exif_rotated", message(p, i, ("IMG_5120.JPG", out.getvalue(), "image/jpeg")),
                expect(p))  # fmt: skip


def docx_picture_of_form(p: Person, i: int) -> Case:
    """A Word file holding only a caption and a picture of the typed form (the citizen
    photographed or captured it and pasted it into Word)."""
    from docx.shared import Cm

    img = png(typed_page(p, i, 1.5, face="Garuda"))

    def build(d: Any) -> None:
        d.add_paragraph("แนบรูปแบบคำร้องค่ะ")
        d.add_picture(io.BytesIO(img), width=Cm(16))

    return Case("docx_picture_of_form",
                message(p, i, ("คำร้อง.docx", body_docx("", build), DOCX)), expect(p))  # fmt: skip


# --- Other -------------------------------------------------------------------------------


def tnef_attr(level: int, attr: int, data: bytes) -> bytes:
    return (
        struct.pack("<BII", level, attr, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    )


def tnef(name: str, blob: bytes) -> bytes:
    """A winmail.dat holding one file: TNEF version, code page, message class, then the
    attachment's rendering, title (8.3 name), data and MAPI properties (the long name)."""
    out = struct.pack("<IH", 0x223E9F78, 0x0A1B)
    out += tnef_attr(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += tnef_attr(1, 0x00069007, struct.pack("<II", 874, 0))
    out += tnef_attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")
    out += tnef_attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0))
    out += tnef_attr(2, 0x00018010, b"KAMRONG.DOC\x00")
    out += tnef_attr(2, 0x0006800F, blob)
    long_name = (name + "\x00").encode("utf-16-le")
    pad = b"\x00" * (-len(long_name) % 4)
    props = struct.pack("<I", 1) + struct.pack("<HHII", 0x001F, 0x3707, 1, len(long_name))
    out += tnef_attr(2, 0x00069005, props + long_name + pad)
    return out


def docx_form(p: Person, i: int) -> bytes:
    rows = [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in pairs(p, i)]
    return body_docx(HEADING + grid(rows, 6) + para())


def tnef_winmail_dat(p: Person, i: int) -> Case:
    """Outlook in rich-text mode: the Word form is inside winmail.dat (application/ms-tnef),
    the only attachment; the mail's text says to see the attachment."""
    data = tnef("แบบคำร้อง.docx", docx_form(p, i))
    return one("tnef_winmail_dat", p, i, ("winmail.dat", data, "application/ms-tnef"))


def map_pdf() -> bytes:
    texts = [(70.0, 20.0, "แผนที่ตั้งบ้าน (โดยสังเขป)"),
             (20.0, 60.0, "ปากซอย: ร้านค้าป้าแดง โทร " + SHOP_PHONE),
             (110.0, 90.0, "วัดสนามชัย 12 หมู่ที่ 7 ตำบลบางใหญ่"),
             (30.0, 130.0, "ตรงไปประมาณ 300 เมตร บ้านหลังที่ 3 ทางซ้ายมือ รั้วสีเขียว"),
             (20.0, 200.0, "ตู้ไปรษณีย์ 72160")]  # fmt: skip
    lines = [(15, 65, 195, 65), (100, 30, 100, 250), (15, 150, 195, 150)]
    return pdf_page(texts, size=12, face="Loma", lines=lines)


def id_card_photo(p: Person) -> bytes:
    """A small, soft photo of the front of the ID card (the card's own layout)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    img = Image.new("RGB", (520, 330), (214, 228, 240))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 17)
    draw.text((20, 15), "บัตรประจำตัวประชาชน Thai National ID Card", font=font, fill=(30, 30, 90))
    draw.text((20, 50), f"เลขประจำตัวประชาชน {dashed_id(p.nid)}", font=font, fill=(0, 0, 0))
    draw.text((20, 90), f"ชื่อตัวและชื่อสกุล {p.name}", font=font, fill=(0, 0, 0))
    draw.text((20, 130), f"เกิดวันที่ {thai_date(p.born, short=True)}", font=font, fill=(0, 0, 0))
    draw.rectangle((380, 150, 500, 300), fill=(170, 170, 180))
    return jpeg(img.filter(ImageFilter.GaussianBlur(0.6)), 70)


def form_with_map_and_card(p: Person, i: int) -> Case:
    """Three attachments: a photo of the ID card, a map PDF to the house (a shop's phone,
    a temple's address, a postal code), and the filled Word form; order varies."""
    files = [("บัตรประชาชน.jpg", id_card_photo(p), "image/jpeg"),
             ("แผนที่บ้าน.pdf", map_pdf(), PDF),
             ("แบบคำร้อง.docx", docx_form(p, i), DOCX)]  # fmt: skip
    if i % 2:
        files = [files[2], files[1], files[0]]
    body = "เรียน เจ้าหน้าที่\n\nแนบสำเนาบัตร แผนที่บ้าน และแบบคำร้องค่ะ\n"
    return Case("form_with_map_and_card", message(p, i, *files, body=body), expect(p))


def xml_eservice_export(p: Person, i: int) -> Case:
    """An e-service's XML export of the submission: the applicant's parts in elements
    (prefix, names, citizenId, address parts, mobile, email) beside the officer who
    received it; in the second variant the same as <field name="..."> items."""
    moo, soi, road = p.moo or "-", p.soi or "-", p.road or "-"
    parts = [("prefix", p.title), ("firstName", p.first), ("lastName", p.last),
             ("citizenId", p.nid), ("birthDate", p.born.isoformat()), ("houseNo", p.house),
             ("moo", moo), ("soi", soi), ("road", road), ("subDistrict", p.tambon),
             ("district", p.amphoe), ("province", p.province), ("postcode", p.postal),
             ("mobile", p.mobile), ("email", p.email)]  # fmt: skip
    officer = ('<receivedBy><name>นางสาวอรทัย ใจงาม</name><phone>035551204</phone>'
               "<position>เจ้าพนักงานธุรการ</position></receivedBy>")  # fmt: skip
    if i % 2 == 0:
        inner = "".join(f"<{k}>{xml_escape(v)}</{k}>" for k, v in parts)
    else:
        inner = "".join(f'<field name="{k}">{xml_escape(v)}</field>' for k, v in parts)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<submission xmlns="urn:example:eservice:1.0">'
           f"<requestNo>ES-2569-004417</requestNo><submittedAt>2026-12-03T21:04:37+07:00"
           f"</submittedAt><applicant>{inner}</applicant>{officer}</submission>")  # fmt: skip
    name = "submission_ES-2569-004417.xml"
    return one("xml_eservice_export", p, i, (name, xml.encode(), "application/xml"), spaced_line(p))


def rtf_unicode(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            fallback = ch.encode("cp874", errors="replace")
            out.append(f"\\u{ord(ch)}\\'{fallback[0]:02x}")
    return "".join(out)


def rtf_word_unicode_named_doc(p: Person, i: int) -> Case:
    """Word's "Rich Text Format" saved with a .doc name (so Windows opens it in Word): each
    Thai letter a \\uN escape with a one-byte fallback (\\uc1), an info group, an rsid
    table and a hex \\*\\datastore blob; label \\tab value paragraphs."""
    lines = "".join(f"\\pard\\plain\\ltrpar\\f1\\fs32\\lang1054\\langfe1033 {rtf_unicode(a)}"
                    f"\\tab {rtf_unicode(b)}\\par\r\n" for a, b in pairs(p, i))  # fmt: skip
    rtf = ("{\\rtf1\\adeflang1054\\ansi\\ansicpg874\\uc1\\adeff1\\deff0\\stshfdbch0\r\n"
           "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}"
           "{\\f1\\fbidi\\froman\\fcharset222\\fprq2 Angsana New;}}\r\n"
           "{\\*\\rsidtbl \\rsid1456210\\rsid4920117}\r\n"
           "{\\info{\\author " + rtf_unicode("ผู้ใช้") + "}{\\creatim\\yr2026\\mo12\\dy3}}\r\n"
           "\\paperw11906\\paperh16838\\margl1440\\margr1440\r\n"
           "\\pard\\plain\\qc\\f1\\fs36\\b " + rtf_unicode("แบบคำร้องทั่วไป") + "\\b0\\par\r\n"
           + lines +
           "{\\*\\datastore 0105000002000000180000004d73786d6c322e534158584d4c5265616465722e362e30"
           "00000000000000000000060000}\r\n}")  # fmt: skip
    return one(
        "rtf_word_unicode_named_doc",
        p,
        i,
        ("แบบคำร้อง.doc", rtf.encode("ascii"), "application/msword"),
    )


STYLES: tuple[Style, ...] = (
    docx_deleted_paragraph_marks, docx_colon_tab_column_coloured, docx_embedded_excel_object,
    docx_address_continuation_rows, docx_legacy_dropdown_title, docx_flat_opc_xml,
    docx_current_address_ticked_same, docx_cr_line_breaks, odt_draw_frames, fodt_flat_xml,
    pdf_excel_print_e_notation, pdf_watermark_diagonal, pdf_actualtext_spans,
    pdf_row_split_across_pages, pdf_sticky_note_sample,
    acro_incremental_update_old_values, acro_over_scanned_image_labels,
    acro_captions_below_in_brackets, acro_receipt_stub,
    xlsx_serial_date_general, xlsx_print_header_footer_office, xlsx_applicant_and_proxy_columns,
    ods_covered_merged_cells, csv_excel_e_notation, csv_gforms_question_examples,
    xls_that_is_html,
    png_transparent_background, tiff_fax_two_pages, webp_saved_image, jpeg_exif_rotated,
    docx_picture_of_form,
    tnef_winmail_dat, form_with_map_and_card, xml_eservice_export, rtf_word_unicode_named_doc,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "Word" for s in STYLES[:10]},
    **{s.__name__: "text PDF" for s in STYLES[10:15]},
    **{s.__name__: "PDF form" for s in STYLES[15:19]},
    **{s.__name__: "Excel/ODS" for s in STYLES[19:26]},
    **{s.__name__: "image" for s in STYLES[26:31]},
    **{s.__name__: "other" for s in STYLES[31:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
