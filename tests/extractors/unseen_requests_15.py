"""A fifteenth set of requests written by someone who had not read the readers (issue 8):
the request is in an ATTACHMENT, above all a Word file, made in shapes sets 1-13 do not
hold, many of them holding content a viewer does not show beside the citizen's values.

Written before reading `extractors/` or `config/` (only the harness, the file makers of
sets 5, 9, 11 and 13, README.md, DESIGN.md, docs/ and the earlier sets' style names and
docstrings were read). What the product accepts was taken from README.md and the agency
guide: PDF, Word, Excel, plain-text files, CSV, photos and ZIP archives. Every mail says
little more than "ตามไฟล์แนบ":

- Word: a table whose label cell is merged down (vMerge) beside values spanning columns
  (gridSpan); the template's sample person in FOOTNOTES; the agency officer's contacts
  in an ENDNOTE; drop-down and date content controls (the chosen item in the content,
  w:lastValue a code, w:fullDate beside a Thai-calendar display); the title as Word 2010
  check-box controls whose box is a typed ☒/☐ (w14:checked); values in VML-only text
  boxes (a compatibility-mode file); one small table per field; the value typed into the
  middle of a dotted leader in the same run; a ข้าพเจ้า... paragraph in Thai digits with
  thaiDistribute alignment; label and value as two paragraphs of the same cell (Google
  Docs); the address in a nested grid of its parts; legacy FORMTEXT fields whose ffData
  default is a sample person and whose result is cut into runs; a mail-merge whose
  MERGEFIELD codes still stand around the merged values; every pair in one paragraph cut
  by soft line breaks.
- PDF: a title radio group whose export names are Thai; fields named by a dotted
  hierarchy (applicant.name.first via /Kids, partial names "first", "no"); rich-text
  values (/RV) and a multi-line address with carriage returns; a date field with a
  format action, typed in the Christian year; a Word print whose Thai font lost its
  ToUnicode map; values drawn inside nested, scaled form XObjects; the template's sample
  person left as invisible (Tr 3) or white text.
- Excel: labels in B, values in merged C:F; the name in three cells under a header row,
  the title from a data-validation list; cell notes holding sample values; label and
  value as two rich-text runs of one cell; a very hidden sheet holding a sample person.
- Images: a PNG screenshot of a filled web form (typed text, not a scan), light and
  dark mode.
- Other: an RTF table saved by Word (Thai as \\'xx CP874 escapes or \\uN?); a .docx renamed
  .doc and sent as application/msword.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Field,
    Person,
    acroform,
    be,
    expect,
    mm,
    pdf_page,
    thai_date,
    xlsx_bytes,
    xml_escape,
)
from unseen_requests_11 import (
    PDF,
    Attachment,
    add_override,
    add_rel,
    dashed_phone,
    rezip,
    saved,
    t,
)
from unseen_requests_13 import HEADING, body_docx, dashed_id, para, slash_date, table

PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "ชนิดา", "ภูมิสวัสดิ์", with_check_digit("141020039517"), date(1994, 10, 7),
           "0861357924", "chanida.ps@gmail.com", "23", "6", "", "", "บ้านทุ่ม",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "อภิชาติ", "ศรีเมือง", with_check_digit("110180054326"), date(1983, 5, 19),
           "0892468135", "apichat.sm@hotmail.com", "88/41", "", "สุขุมวิท 77", "สุขุมวิท",
           "สวนหลวง", "สวนหลวง", "กรุงเทพมหานคร", "10250"),
    Person("นาง", "บุษบา", "ทองเนื้อดี", with_check_digit("360070028841"), date(1969, 1, 30),
           "0817654320", "busaba.tn@yahoo.com", "114", "3", "", "", "ในเมือง",
           "เมืองชัยภูมิ", "ชัยภูมิ", "36000"),
    Person("นาย", "วัชระ", "พิมพ์ทอง", with_check_digit("351020067732"), date(1990, 12, 24),
           "0934561278", "watchara.pt@gmail.com", "9", "12", "", "", "แม่เหียะ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    Person("นางสาว", "กมลชนก", "แก้วประเสริฐ", with_check_digit("120030091184"), date(2001, 3, 3),
           "0645213798", "kamonchanok.kp@outlook.com", "505/17", "", "", "รัตนาธิเบศร์",
           "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    Person("นาย", "สุรเชษฐ์", "บัวแก้ว", with_check_digit("331040015529"), date(1962, 8, 11),
           "0857913264", "surachet.bk@gmail.com", "61", "4", "", "", "โพธิ์",
           "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
    Person("นาง", "รุ่งนภา", "เจริญผล", with_check_digit("101020044618"), date(1977, 6, 2),
           "0823579146", "rungnapa.cp@hotmail.co.th", "42/9", "", "เพชรเกษม 48", "เพชรเกษม",
           "บางหว้า", "ภาษีเจริญ", "กรุงเทพมหานคร", "10160"),
    Person("นาย", "ธนพล", "วงศ์คำ", with_check_digit("190060082273"), date(1998, 2, 16),
           "0969134527", "thanapon.wk@gmail.com", "7", "2", "", "", "ท่าประดู่",
           "เมืองระยอง", "ระยอง", "21000"),
)  # fmt: skip

SAMPLE = Person("นาย", "สมชาย", "ใจดี", with_check_digit("310100012345"), date(1980, 1, 1),
                "0812345678", "somchai@example.com", "99", "1", "", "", "ในเมือง",
                "เมืองนครราชสีมา", "นครราชสีมา", "30000")  # fmt: skip
OFFICER = ("นางสาวปวีณา รุ่งเรือง", "0899012347", "paweena.saraban@gmail.com")

SUBJECTS = ("ส่งแบบคำร้อง", "ยื่นคำร้อง (ตามไฟล์แนบ)", "คำร้องทั่วไป", "แบบคำร้องกรอกแล้ว")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "ตามไฟล์แนบครับ\n",
    "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง\n\nแนบไฟล์คำร้องมาพร้อมนี้ครับ\n\nส่งจาก Samsung Galaxy\n",
    "สวัสดีค่ะ รบกวนดำเนินการตามคำร้องที่แนบมาค่ะ\n",
)
Style = Callable[[Person, int], Case]
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
VML = "urn:schemas-microsoft-com:vml"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 11, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen15-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment, *typed: str) -> Case:
    return Case(style, message(p, i, file), expect(p, "", *typed))


def pairs(p: Person) -> list[tuple[str, str]]:
    return [("ชื่อ - นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip


def tc(inner: str, width: int = 3000, props: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{props}</w:tcPr>{inner}</w:tc>'


def grid_table(rows: str, cols: Iterable[int], props: str = "") -> str:
    borders = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
               "</w:tblBorders>")  # fmt: skip
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in cols)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{props}{borders}</w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>")  # fmt: skip


def docx_with_parts(xml: str, parts: dict[str, tuple[bytes, str, str]]) -> bytes:
    """A Word file plus package parts of its own: part name -> (xml, content type,
    relationship type), related from the main document."""
    data = body_docx(xml)
    add = {name: blob for name, (blob, _, _) in parts.items()}

    def edit(name: str, blob: bytes) -> bytes:
        if name == "[Content_Types].xml":
            for part, (_, ctype, _) in parts.items():
                blob = add_override(blob, "/" + part, ctype)
        if name == "word/_rels/document.xml.rels":
            for k, (part, (_, _, rel)) in enumerate(parts.items()):
                blob = add_rel(blob, f"rIdX{k}", rel, part.removeprefix("word/"))
        return blob

    return rezip(data, edit, add)


# --- Word --------------------------------------------------------------------------------


def docx_vmerge_gridspan(p: Person, i: int) -> Case:
    """A four-column table form: the name's value spans three grid columns (gridSpan),
    'ที่อยู่' is merged down over three rows (vMerge restart, then empty continuation
    cells) beside the address line, the province and the postal code, each with its own
    small label; the ID and birth date share a row, as do phone and e-mail."""

    def c(text: str, span: int = 1, merge: str = "") -> str:
        props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        props += f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else ""
        props += "<w:vMerge/>" if merge == "continue" else ""
        return tc(para(t(text)) if text or merge != "continue" else para(), 2400 * span, props)

    rows = [
        [c("ชื่อ - นามสกุล"), c(p.name, 3)],
        [c("เลขประจำตัวประชาชน"), c(dashed_id(p.nid)), c("วันเดือนปีเกิด"), c(thai_date(p.born))],
        [c("ที่อยู่", merge="restart"), c(p.line(), 3)],
        [c("", merge="continue"), c("จังหวัด"), c(p.province, 2)],
        [c("", merge="continue"), c("รหัสไปรษณีย์"), c(p.postal, 2)],
        [c("โทรศัพท์มือถือ"), c(dashed_phone(p.mobile)), c("อีเมล"), c(p.email)],
    ]
    if i % 2:
        rows[1] = [c("เลขประจำตัวประชาชน"), c(p.nid, 3)]
        rows.insert(2, [c("เกิดวันที่"), c(slash_date(p.born), 3)])
    body = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    xml = HEADING + grid_table(body, [2400] * 4) + para()
    return one("docx_vmerge_gridspan", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
ENDNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"


def notes_part(kind: str, notes: list[str]) -> bytes:
    """footnotes.xml / endnotes.xml as Word writes them: the separator notes -1 and 0,
    then one note per text."""
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           f"<w:continuationSeparator/></w:r></w:p></w:{kind}>")  # fmt: skip
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    body = "".join(
        f'<w:{kind} w:id="{k + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>'
        f"{t(' ' + text)}</w:p></w:{kind}>"
        for k, text in enumerate(notes)
    )
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{kind}s xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"{sep}{body}</w:{kind}s>").encode()  # fmt: skip


def note_ref(kind: str, k: int) -> str:
    return (
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{k}"/></w:r>'
    )


def docx_footnote_samples(p: Person, i: int) -> Case:
    """The agency's template explains each blank in a footnote, with the sample person's
    value ("กรอกเลข 13 หลัก เช่น ..."; the last note a whole sample line); the citizen
    typed the values after the labels, each label carrying its note mark."""
    s = SAMPLE
    notes = [f"กรอกคำนำหน้า ชื่อ และนามสกุล เช่น {s.name}",
             f"เลขประจำตัวประชาชน 13 หลัก เช่น {dashed_id(s.nid)}",
             f"วัน เดือน ปี พ.ศ. เช่น {thai_date(s.born)}",
             f"ที่อยู่ตามทะเบียนบ้าน เช่น {s.line()} จังหวัด{s.province} {s.postal}",
             f"หมายเลขที่ติดต่อได้ เช่น {dashed_phone(s.mobile)} อีเมล {s.email}"]  # fmt: skip
    marks = {0: 1, 1: 2, 2: 3, 3: 4, 6: 5}
    lines = []
    for k, (label, value) in enumerate(pairs(p)):
        note = note_ref("footnote", marks[k]) if k in marks else ""
        lines.append(para(t(label), note, t(f" {value}" if i % 2 else f"  :  {value}")))
    xml = HEADING + "".join(lines) + para()
    rel = f"{RELS}/footnotes"
    data = docx_with_parts(xml, {"word/footnotes.xml": (notes_part("footnote", notes),
                                                        FOOTNOTES_CT, rel)})  # fmt: skip
    return one("docx_footnote_samples", p, i, ("คำร้อง.docx", data, DOCX))


def docx_endnote_officer(p: Person, i: int) -> Case:
    """The form's heading carries an endnote: the officer to call, with her mobile and
    e-mail, and the office's address; the citizen's values are in a two-column table."""
    name, mobile, mail = OFFICER
    notes = [f"สอบถามรายละเอียดได้ที่ {name} เจ้าหน้าที่ธุรการ โทร {dashed_phone(mobile)} "
             f"อีเมล {mail} สำนักงานเทศบาลตำบลบ้านทุ่ม 88 หมู่ที่ 1 ตำบลบ้านทุ่ม "
             "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"]  # fmt: skip
    heading = para(
        t("แบบคำร้องทั่วไป", "<w:b/>"), note_ref("endnote", 1), ppr='<w:jc w:val="center"/>'
    )
    rows = [[label, value] for label, value in pairs(p)]
    xml = heading + table(rows) + para()
    rel = f"{RELS}/endnotes"
    data = docx_with_parts(xml, {"word/endnotes.xml": (notes_part("endnote", notes),
                                                       ENDNOTES_CT, rel)})  # fmt: skip
    return one("docx_endnote_officer", p, i, ("แบบคำร้อง.docx", data, DOCX))


PROVINCE_CODES = {"กรุงเทพมหานคร": "10", "นนทบุรี": "12", "ระยอง": "21", "ศรีสะเกษ": "33",
                  "ชัยภูมิ": "36", "ขอนแก่น": "40", "เชียงใหม่": "50"}  # fmt: skip


def dropdown(alias: str, items: list[tuple[str, str]], chosen: str, k: int) -> str:
    code = dict(items)[chosen]
    listed = "".join(f'<w:listItem w:displayText="{d}" w:value="{v}"/>' for d, v in items)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{7000 + k}"/>'
            f'<w:dropDownList w:lastValue="{code}">{listed}</w:dropDownList></w:sdtPr>'
            f"<w:sdtContent>{t(chosen)}</w:sdtContent></w:sdt>")  # fmt: skip


def date_control(born: date, k: int, thai_digits: bool) -> str:
    shown = thai_date(born)
    shown = thai(shown) if thai_digits else shown
    return (f'<w:sdt><w:sdtPr><w:alias w:val="วันเกิด"/><w:id w:val="{7100 + k}"/>'
            f'<w:date w:fullDate="{born.isoformat()}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
            '<w:lid w:val="th-TH"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="thai"/></w:date></w:sdtPr>'
            f"<w:sdtContent>{t(shown)}</w:sdtContent></w:sdt>")  # fmt: skip


def docx_dropdown_codes(p: Person, i: int) -> Case:
    """Drop-down list controls for the title and the province (the chosen item's words in
    the content, its code in w:lastValue, a 'เลือก...' prompt as the first item), the
    given name typed straight after the title control, the birth date a date picker
    showing the Thai calendar (in Thai digits in one of the two)."""
    titles = [("เลือกคำนำหน้า", ""), ("นาย", "1"), ("นาง", "2"), ("นางสาว", "3")]
    provinces = [("เลือกจังหวัด", ""), *PROVINCE_CODES.items()]
    rows = [
        ("ชื่อ - นามสกุล", dropdown("คำนำหน้า", titles, p.title, 1) + t(f"{p.first} {p.last}")),
        ("เลขประจำตัวประชาชน", t(p.nid)),
        ("วันเกิด", date_control(p.born, 2, i % 2 == 1)),
        ("ที่อยู่", t(p.line())),
        ("จังหวัด", dropdown("จังหวัด", provinces, p.province, 3)),
        ("รหัสไปรษณีย์", t(p.postal)),
        ("โทรศัพท์", t(dashed_phone(p.mobile))),
        ("อีเมล", t(p.email)),
    ]
    body = "".join(f"<w:tr>{tc(para(t(label)))}{tc(f'<w:p>{inner}</w:p>', 6000)}</w:tr>"
                   for label, inner in rows)  # fmt: skip
    xml = HEADING + grid_table(body, [3000, 6000]) + para()
    return one("docx_dropdown_codes", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def w14_box(on: bool, k: int, glyph_on: str) -> str:
    checked = "1" if on else "0"
    shown = glyph_on if on else "☐"
    font = (
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
        'w:hint="eastAsia"/>'
    )
    return (f'<w:sdt xmlns:w14="{W14}"><w:sdtPr><w:id w:val="{8000 + k}"/>'
            f'<w14:checkbox><w14:checked w14:val="{checked}"/>'
            f'<w14:checkedState w14:val="{ord(glyph_on):04X}" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f"<w:sdtContent>{t(shown, font)}</w:sdtContent></w:sdt>")  # fmt: skip


def docx_w14_title_boxes(p: Person, i: int) -> Case:
    """The title as Word 2010 check-box controls whose box is a typed ☒ or ☑ / ☐ in MS
    Gothic (w14:checked says which is ticked), the words after the boxes; then the given
    name and the family name each after a label of its own on the next line."""
    glyph = "☒" if i % 2 == 0 else "☑"
    boxes = "".join(w14_box(title == p.title, k, glyph) + t(f" {title}   ")
                    for k, title in enumerate(("นาย", "นาง", "นางสาว")))  # fmt: skip
    lines = [para(t("คำนำหน้าชื่อ   "), boxes), para(t(f"ชื่อ  {p.first}        นามสกุล  {p.last}"))]
    for label, value in pairs(p)[1:]:
        lines.append(para(t(f"{label}  {value}")))
    xml = HEADING + "".join(lines) + para()
    return one("docx_w14_title_boxes", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def vml_box(k: int, value: str) -> str:
    return (f'<w:r><w:pict><v:shape xmlns:v="{VML}" id="Text Box {k}" type="#_x0000_t202" '
            'style="position:absolute;margin-left:160pt;margin-top:-2pt;width:280pt;'
            f'height:20pt;z-index:{k + 1}" stroked="f"><v:textbox inset="0,0,0,0">'
            f"<w:txbxContent><w:p>{t(value)}</w:p></w:txbxContent></v:textbox></v:shape>"
            "</w:pict></w:r>")  # fmt: skip


def docx_vml_only_textboxes(p: Person, i: int) -> Case:
    """A form kept in Word's compatibility mode (an old .doc template saved as .docx):
    each value typed into a text box anchored on its label's line, written only as VML
    (w:pict / v:shape / v:textbox) with no DrawingML, the label's dots in the paragraph.
    In one of the two each box's anchor run comes before the label's text (a box dragged
    onto the line is anchored at the paragraph's start)."""
    rows = pairs(p)
    if i % 2 == 0:
        lines = [para(t(f"{label} " + "." * 60), vml_box(k, value))
                 for k, (label, value) in enumerate(rows)]  # fmt: skip
    else:
        lines = [para(vml_box(k, value), t(f"{label} " + "." * 60))
                 for k, (label, value) in enumerate(rows)]  # fmt: skip
    xml = HEADING + "".join(lines) + para()
    return one("docx_vml_only_textboxes", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def docx_table_per_field(p: Person, i: int) -> Case:
    """A form made of one small two-cell table per field (shaded label cell, value cell
    with only a bottom border), an empty paragraph between the tables."""
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    parts = []
    for label, value in pairs(p):
        row = f"<w:tr>{tc(para(t(label)), 3000, shade)}{tc(para(t(value)), 6000)}</w:tr>"
        parts.append(grid_table(row, [3000, 6000]) + para())
    xml = HEADING + "".join(parts)
    return one("docx_table_per_field", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def docx_value_inside_dots(p: Person, i: int) -> Case:
    """Word's 'fill in the dots': the citizen put the cursor into the dotted leader and
    typed, so the value sits between dots in the same run (underlined dotted), two
    pairs to a line; in one of the two with no space between dots and value."""
    gap = " " if i % 2 == 0 else ""
    rows = pairs(p)
    lines = []
    for k in range(0, len(rows), 2):
        text = "".join(
            f"{label}{'.' * 4}{gap}{value}{gap}{'.' * 12}" for label, value in rows[k : k + 2]
        )
        lines.append(para(t(text, '<w:u w:val="dotted"/>')))
    xml = HEADING + "".join(lines) + para()
    return one("docx_value_inside_dots", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def docx_petition_thai_digits(p: Person, i: int) -> Case:
    """The คำร้อง written as one ข้าพเจ้า... paragraph, justified with Thai distributed
    alignment (w:jc thaiDistribute), every number in Thai digits, the typed values in
    runs of their own (underlined dotted), the labels the words of the sentence."""
    u = '<w:u w:val="dotted"/>'
    address = thai(p.line())
    runs = [t("ข้าพเจ้า "), t(p.name, u), t(" อายุ "), t(thai(str(2026 - p.born.year)), u),
            t(" ปี เลขประจำตัวประชาชน "), t(thai(dashed_id(p.nid)), u),
            t(" เกิดวันที่ "), t(thai(thai_date(p.born)), u),
            t(" อยู่บ้านเลขที่ "), t(address, u), t(" จังหวัด "), t(p.province, u),
            t(" รหัสไปรษณีย์ "), t(thai(p.postal), u),
            t(" โทรศัพท์มือถือ "), t(thai(dashed_phone(p.mobile)), u),
            t(" อีเมล "), t(p.email, u),
            t(" มีความประสงค์ขอรับการสนับสนุนถังขยะจำนวน ๒ ใบ เพื่อใช้ในครัวเรือน")]  # fmt: skip
    ppr = '<w:jc w:val="thaiDistribute"/><w:ind w:firstLine="1440"/>'
    xml = (HEADING + para(t("เรียน  นายกเทศมนตรี")) + para(*runs, ppr=ppr)
           + para(t("จึงเรียนมาเพื่อโปรดพิจารณา"), ppr=ppr) + para())  # fmt: skip
    return one("docx_petition_thai_digits", p, i, ("คำร้อง.docx", body_docx(xml), DOCX),
               address, f"บ้านเลขที่ {address}")  # fmt: skip


def docx_label_value_one_cell(p: Person, i: int) -> Case:
    """A Google Docs form downloaded as .docx: a two-column table, each cell holding a
    small grey label paragraph and the typed value as the next paragraph of the SAME
    cell; every run with its own fonts and rtl off, an empty paragraph closing each cell."""
    grey = (
        '<w:rFonts w:ascii="Sarabun" w:hAnsi="Sarabun" w:cs="Sarabun"/><w:color w:val="666666"/>'
        '<w:sz w:val="18"/><w:rtl w:val="0"/>'
    )
    ink = '<w:rFonts w:ascii="Sarabun" w:hAnsi="Sarabun" w:cs="Sarabun"/><w:rtl w:val="0"/>'
    space = '<w:spacing w:after="0" w:line="276" w:lineRule="auto"/>'

    def cell_of(label: str, value: str) -> str:
        return tc(para(t(label, grey), ppr=space) + para(t(value, ink), ppr=space)
                  + para(ppr=space), 4500)  # fmt: skip

    rows = pairs(p)
    body = "".join(f"<w:tr>{cell_of(*rows[k])}{cell_of(*rows[k + 1])}</w:tr>"
                   for k in range(0, len(rows), 2))  # fmt: skip
    xml = HEADING + grid_table(body, [4500, 4500]) + para()
    return one("docx_label_value_one_cell", p, i, ("Copy of แบบคำร้อง.docx", body_docx(xml), DOCX))


def docx_nested_address_grid(p: Person, i: int) -> Case:
    """A table form whose address value cell holds a nested table of the address's parts:
    a header row (บ้านเลขที่, หมู่ที่, ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต) and the typed row
    under it, "-" in the parts the address does not have."""
    heads = ["บ้านเลขที่", "หมู่ที่", "ซอย", "ถนน", "แขวง" if p.bangkok else "ตำบล",
             "เขต" if p.bangkok else "อำเภอ"]  # fmt: skip
    values = [p.house, p.moo or "-", p.soi or "-", p.road or "-", p.tambon, p.amphoe]
    inner_rows = "".join("<w:tr>" + "".join(tc(para(t(v)), 1000) for v in row) + "</w:tr>"
                         for row in (heads, values))  # fmt: skip
    nested = grid_table(inner_rows, [1000] * 6) + para()
    rows = pairs(p)
    body = ""
    for label, value in rows:
        inner = nested if label == "ที่อยู่" else para(t(value))
        body += f"<w:tr>{tc(para(t(label)), 2500)}{tc(inner, 6500)}</w:tr>"
    xml = HEADING + grid_table(body, [2500, 6500]) + para()
    soi = f" ซอย{p.soi}" if p.soi else ""
    road = f" ถนน{p.road}" if p.road else ""
    moo = f" หมู่ที่ {p.moo}" if p.moo else ""
    area = f"แขวง{p.tambon} เขต{p.amphoe}" if p.bangkok else f"ตำบล{p.tambon} อำเภอ{p.amphoe}"
    typed = f"{p.house}{moo}{soi}{road} {area}"
    return one("docx_nested_address_grid", p, i, ("คำร้อง.docx", body_docx(xml), DOCX), typed)


def formtext_default(name: str, value: str, default: str, maxlen: int = 0) -> str:
    """A legacy FORMTEXT whose ffData keeps the template's default (a sample) and whose
    result, retyped by the citizen, Word has cut into several runs."""
    limit = f'<w:maxLength w:val="{maxlen}"/>' if maxlen else ""
    cut = max(1, len(value) // 3)
    pieces = [value[:cut], value[cut : 2 * cut], value[2 * cut :]]
    result = "".join(t(piece, "<w:noProof/>") for piece in pieces if piece)
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:textInput><w:default w:val="{xml_escape(default)}"/>{limit}</w:textInput>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:proofErr w:type="spellStart"/>'
            f"{result}"
            '<w:proofErr w:type="spellEnd"/>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def docx_formtext_sample_defaults(p: Person, i: int) -> Case:
    """A protected legacy form whose FORMTEXT fields carry the sample person as their
    default text (w:default in ffData: what Word shows in a fresh copy); the citizen
    typed over each, so the field result is the value, cut into runs. The ID field has
    a maximum length of 13. The fields sit in a table, or in lines of a paragraph each."""
    s = SAMPLE
    samples = [s.name, s.nid, thai_date(s.born), s.line(), s.province, s.postal,
               dashed_phone(s.mobile), s.email]  # fmt: skip
    values = [p.name, p.nid, thai_date(p.born), p.line(), p.province, p.postal,
              dashed_phone(p.mobile), p.email]  # fmt: skip
    labels = [label for label, _ in pairs(p)]
    names = ["Text1", "Text2", "Text3", "Text4", "Text5", "Text6", "Text7", "Text8"]
    fields = [formtext_default(n, v, d, 13 if k == 1 else 0)
              for k, (n, v, d) in enumerate(zip(names, values, samples, strict=True))]  # fmt: skip
    if i % 2 == 0:
        body = "".join(f"<w:tr>{tc(para(t(label)))}{tc(f'<w:p>{f}</w:p>', 6000)}</w:tr>"
                       for label, f in zip(labels, fields, strict=True))  # fmt: skip
        xml = HEADING + grid_table(body, [3000, 6000]) + para()
    else:
        xml = HEADING + "".join(f"<w:p>{t(label + '  ')}{f}</w:p>"
                                for label, f in zip(labels, fields, strict=True))  # fmt: skip
        xml += para()
    return one("docx_formtext_sample_defaults", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def mergefield(name: str, value: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> MERGEFIELD "{name}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{t(value, "<w:noProof/>")}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def docx_mailmerge_fields(p: Person, i: int) -> Case:
    """A village headman's mail-merge of the คำร้อง from his Excel list, saved as a
    document with the merge fields kept: each value is the result of a MERGEFIELD whose
    code names the column in Thai (ชื่อ_นามสกุล, เลขบัตร ...), the labels typed before."""
    cols = ["ชื่อ_นามสกุล", "เลขบัตร", "วันเกิด", "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์",
            "เบอร์โทร", "อีเมล"]  # fmt: skip
    lines = [para(t(f"{label}  "), mergefield(col, value))
             for col, (label, value) in zip(cols, pairs(p), strict=True)]  # fmt: skip
    if i % 2:
        lines = [
            para(t("ข้าพเจ้า "), mergefield(cols[0], p.name), t(" ขอยื่นคำร้องต่อเทศบาล")),
            *lines[1:],
        ]
    xml = HEADING + para(t("เรียน  นายกเทศมนตรี")) + "".join(lines) + para()
    return one("docx_mailmerge_fields", p, i, ("คำร้อง_merge.docx", body_docx(xml), DOCX))


def docx_soft_breaks_one_paragraph(p: Person, i: int) -> Case:
    """Every pair in ONE paragraph, the lines cut by soft line breaks (Shift+Enter:
    w:br, or w:cr as some converters write it), a tab between label and value."""
    brk = "<w:br/>" if i % 2 == 0 else "<w:cr/>"
    runs = []
    for label, value in pairs(p):
        runs.append(
            f'<w:r><w:t xml:space="preserve">{xml_escape(label)}</w:t><w:tab/>'
            f'<w:t xml:space="preserve">{xml_escape(value)}</w:t>{brk}</w:r>'
        )
    xml = HEADING + f"<w:p>{''.join(runs)}</w:p>" + para()
    return one("docx_soft_breaks_one_paragraph", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


# --- PDF ---------------------------------------------------------------------------------

HEAD = ((75, 18, "แบบคำร้องทั่วไป"), (20, 30, "เรียน  นายกเทศมนตรี"))


def acro_radio_thai_exports(p: Person, i: int) -> Case:
    """A title radio group whose export names (the on-states) are the Thai words themselves
    (/นาย, written as UTF-8 #xx escapes in the name), the given and family names in
    fields of their own, the rest one field per printed label."""
    rows = pairs(p)[1:]
    texts = [*HEAD, (20, 50, "คำนำหน้า"), (57, 50, "นาย"), (79, 50, "นาง"), (101, 50, "นางสาว"),
             (20, 62, "ชื่อ"), (100, 62, "นามสกุล")]  # fmt: skip
    texts += [(20, 74 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    fields = [
        Field("title", p.title, 51, 50, kind="radio", options=("นาย", "นาง", "นางสาว")),
        Field("given", p.first, 30, 62, 65),
        Field("family", p.last, 118, 62, 70),
    ]
    names = ("id", "dob", "addr", "prov", "zip", "tel", "mail")
    fields += [Field(n, v, 65, 74 + 12 * k, 120)
               for k, (n, (_, v)) in enumerate(zip(names, rows, strict=True))]  # fmt: skip
    data = acroform(pdf_page(texts), fields)
    return one("acro_radio_thai_exports", p, i, ("คำร้อง.pdf", data, PDF))


def acro_dotted_hierarchy(p: Person, i: int) -> Case:
    """Fields in a dotted hierarchy (applicant.name.first, applicant.addr.no ...): parents
    with /Kids and no value, each widget's own /T only the last part ("first", "no",
    "zip"); the birth date in three fields, the address in its parts."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    layout = [("name", [("title", p.title, 45, 50, 20), ("first", p.first, 70, 50, 45),
                        ("last", p.last, 120, 50, 60)]),
              ("ident", [("id", p.nid, 65, 62, 80)]),
              ("birth", [("day", str(p.born.day), 65, 74, 12),
                         ("month", MONTHS[p.born.month - 1], 90, 74, 30),
                         ("year", str(be(p.born)), 135, 74, 20)]),
              ("addr", [("no", p.house, 40, 86, 20), ("moo", p.moo or "-", 75, 86, 12),
                        ("road", p.road or p.soi or "-", 105, 86, 50),
                        ("tambon", p.tambon, 40, 98, 45), ("amphoe", p.amphoe, 115, 98, 60),
                        ("province", p.province, 40, 110, 45), ("zip", p.postal, 130, 110, 25)]),
              ("contact", [("mobile", p.mobile, 40, 122, 45),
                           ("email", p.email, 110, 122, 80)])]  # fmt: skip
    texts = [*HEAD, (20, 50, "ชื่อ"), (100, 50, "สกุล"), (20, 62, "เลขประจำตัวประชาชน"),
             (20, 74, "เกิดวันที่"), (80, 74, "เดือน"), (122, 74, "พ.ศ."),
             (20, 86, "บ้านเลขที่"), (62, 86, "หมู่ที่"), (90, 86, "ถนน/ซอย"),
             (20, 98, "ตำบล/แขวง"), (88, 98, "อำเภอ/เขต"), (20, 110, "จังหวัด"),
             (100, 110, "รหัสไปรษณีย์"), (20, 122, "โทรศัพท์"), (95, 122, "อีเมล")]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(pdf_page(texts, size=13)))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    root = pdf.make_indirect(Dictionary(T=String("applicant"), Kids=Array()))
    annots = Array()
    for group, leaves in layout:
        parent = pdf.make_indirect(Dictionary(T=String(group), Parent=root, Kids=Array()))
        root.Kids.append(parent)
        for name, value, x, y, w in leaves:
            x1, y1 = mm(x), height - mm(y) - 3
            kid = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), V=String(value),
                Parent=parent, F=4, P=page.obj, DA=String("/Helv 0 Tf 0 g"),
                Rect=Array([x1, y1, x1 + mm(w), y1 + mm(7)])))  # fmt: skip
            parent.Kids.append(kid)
            annots.append(kid)
    page.obj.Annots = pdf.make_indirect(annots)
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(
        Fields=Array([root]), NeedAppearances=True, DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv))))  # fmt: skip
    road = f"ถนน{p.road}" if p.road else (f"ซอย{p.soi}" if p.soi else "")
    area = f"แขวง{p.tambon} เขต{p.amphoe}" if p.bangkok else f"ตำบล{p.tambon} อำเภอ{p.amphoe}"
    typed = " ".join(x for x in (p.house, f"หมู่ที่ {p.moo}" if p.moo else "", road, area) if x)
    return one("acro_dotted_hierarchy", p, i, ("form.pdf", saved(pdf), PDF), typed)


def text_fields_pdf(p: Person, rows: list[tuple[str, str, str]],
                    extra: Callable[[Any, Any, str], None]) -> bytes:  # fmt: skip
    """A text-field form: (field name, printed label, value) per row; `extra` adds keys to
    each widget (given the pdf, the widget and the field name)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    texts = [*HEAD] + [(20, 50 + 14 * k, label) for k, (_, label, _) in enumerate(rows)]
    pdf = pikepdf.open(io.BytesIO(pdf_page(texts, size=13)))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    fields = Array()
    for k, (name, _, value) in enumerate(rows):
        x1, y1 = mm(65), height - mm(50 + 14 * k) - 3
        d = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), V=String(value),
            F=4, P=page.obj, DA=String("/Helv 0 Tf 0 g"),
            Rect=Array([x1, y1 - mm(4), x1 + mm(120), y1 + mm(7)])))  # fmt: skip
        extra(pdf, d, name)
        fields.append(d)
    page.obj.Annots = pdf.make_indirect(Array(list(fields)))
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(
        Fields=fields, NeedAppearances=True, DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv))))  # fmt: skip
    return saved(pdf)


def acro_richtext_multiline(p: Person, i: int) -> Case:
    """Rich-text fields (Ff bit 26, the value also as XHTML in /RV, as Acrobat Pro writes
    after a font change); the address a multi-line field whose lines are parted by
    carriage returns."""
    from pikepdf import String

    first, *rest = p.segments()
    address = f"{p.house} {first}\r{' '.join(rest)}"
    rows = [("applicant_name", "ชื่อ - นามสกุล", p.name), ("citizen_id", "เลขประจำตัวประชาชน", p.nid),
            ("dob", "วันเดือนปีเกิด", thai_date(p.born)), ("address", "ที่อยู่", address),
            ("province", "จังหวัด", p.province), ("postcode", "รหัสไปรษณีย์", p.postal),
            ("mobile", "โทรศัพท์มือถือ", dashed_phone(p.mobile)),
            ("email", "อีเมล", p.email)]  # fmt: skip
    values = {name: value for name, _, value in rows}

    def rich(pdf: Any, d: Any, name: str) -> None:
        paras = "".join(f"<p>{xml_escape(line)}</p>" for line in values[name].split("\r"))
        d.Ff = (1 << 25) | ((1 << 12) if name == "address" else 0)
        d.RV = String(
            '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/" xfa:APIVersion='
            f'"Acrobat:11.0.0" xfa:spec="2.0.2">{paras}</body>'
        )

    data = text_fields_pdf(p, rows, rich)
    return one("acro_richtext_multiline", p, i, ("คำร้อง.pdf", data, PDF),
               f"{p.house} {first} {' '.join(rest)}")  # fmt: skip


def acro_date_format_actions(p: Person, i: int) -> Case:
    """Fields made with Acrobat's Prepare Form: the birth date a date field with a format
    action (AFDate_FormatEx("dd/mm/yyyy")) the citizen filled in the Christian year; the
    phone with AFSpecial_Format; the ID with a keystroke action keeping digits only."""
    from pikepdf import Dictionary, Name, String

    born = f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year}"
    rows = [("Name", "ชื่อ - นามสกุล", p.name), ("ID", "เลขประจำตัวประชาชน", p.nid),
            ("Date of Birth", "วันเดือนปีเกิด (วว/ดด/ปปปป ค.ศ.)", born), ("Address", "ที่อยู่", p.line()),
            ("Province", "จังหวัด", p.province), ("Zip", "รหัสไปรษณีย์", p.postal),
            ("Phone", "โทรศัพท์มือถือ", p.mobile), ("Email", "อีเมล", p.email)]  # fmt: skip
    scripts = {"Date of Birth": ('AFDate_FormatEx("dd/mm/yyyy");',
                                 'AFDate_KeystrokeEx("dd/mm/yyyy");'),
               "Phone": ("AFSpecial_Format(2);", "AFSpecial_Keystroke(2);"),
               "ID": ("", 'AFNumber_Keystroke(0, 0, 0, 0, "", true);')}  # fmt: skip

    def actions(pdf: Any, d: Any, name: str) -> None:
        if name not in scripts:
            return
        fmt, keys = scripts[name]
        aa = Dictionary(K=Dictionary(S=Name.JavaScript, JS=String(keys)))
        if fmt:
            aa.F = Dictionary(S=Name.JavaScript, JS=String(fmt))
        d.AA = aa

    data = text_fields_pdf(p, rows, actions)
    return one("acro_date_format_actions", p, i, ("Form.pdf", data, PDF))


def labelled_texts(p: Person, top: float = 50, x: float = 65) -> list[tuple[float, float, str]]:
    texts: list[tuple[float, float, str]] = []
    for k, (label, value) in enumerate(pairs(p)):
        texts += [(20, top + 12 * k, label), (x, top + 12 * k, value)]
    return texts


def pdf_word_font_no_tounicode(p: Person, i: int) -> Case:
    """A form printed to PDF from Word whose embedded Thai font subset lost its ToUnicode
    map (an old printer driver): the page shows the text, but the text layer's codes are
    only glyph numbers."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(pdf_page([*HEAD, *labelled_texts(p)], size=14)))
    for page in pdf.pages:
        for _, font in page.Resources.Font.items():
            if "/ToUnicode" in font:
                del font["/ToUnicode"]
    return one("pdf_word_font_no_tounicode", p, i, ("คำร้อง.pdf", saved(pdf), PDF))


def pdf_nested_xobjects_scaled(p: Person, i: int) -> Case:
    """A form filled in a phone app that flattened it: the printed labels on the page,
    the values drawn on an A3 layer placed scaled down into the A4 page as a form XObject
    that itself sits inside another (the app's 'page' and 'annotation' layers)."""
    import pikepdf
    from fpdf import FPDF

    scale = 2**0.5
    layer = FPDF(unit="mm", format="A3")
    layer.set_auto_page_break(False)
    layer.add_page()
    layer.add_font("F", "", str(FONTS / "Loma.ttf"))
    layer.set_font("F", size=13 * scale)
    layer.set_text_shaping(True)
    for k, (_, value) in enumerate(pairs(p)):
        layer.text(65 * scale, (50 + 12 * k) * scale, value)
    values = pikepdf.open(io.BytesIO(bytes(layer.output())))
    middle = pikepdf.open(io.BytesIO(pdf_page([], size=13)))
    middle.pages[0].add_overlay(values.pages[0])
    texts = [*HEAD] + [(20, 50 + 12 * k, label) for k, (label, _) in enumerate(pairs(p))]
    base = pikepdf.open(io.BytesIO(pdf_page(texts, size=13)))
    base.pages[0].add_overlay(middle.pages[0])
    return one("pdf_nested_xobjects_scaled", p, i, ("filled.pdf", saved(base), PDF))


def pdf_invisible_sample(p: Person, i: int) -> Case:
    """The template's sample person left on the page but not shown: drawn in text render
    mode 3 (invisible) in one, in white on white in the other, BEFORE the citizen's
    values in the content stream, just under each typed value."""
    from fpdf import FPDF
    from fpdf.enums import TextMode

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_font("F", size=14)
    pdf.set_text_shaping(True)
    # in a saved graphics state (q ... Q): the render mode is graphics state, kept past ET
    with pdf.local_context():
        if i % 2 == 0:
            pdf.text_mode = TextMode.INVISIBLE
        else:
            pdf.set_text_color(255, 255, 255)
        for k, (_, value) in enumerate(pairs(SAMPLE)):
            pdf.text(65, 50 + 12 * k + 5, value)
    for x, y, text in [*HEAD, *labelled_texts(p)]:
        pdf.text(x, y, text)
    return one("pdf_invisible_sample", p, i, ("คำร้อง.pdf", bytes(pdf.output()), PDF))


# --- Excel -------------------------------------------------------------------------------


def xlsx_merged_value_blocks(p: Person, i: int) -> Case:
    """A vertical form: column A narrow and empty, labels in column B, each value in
    C:F merged, the title merged across B:F; the ID a number shown through a custom
    format with dashes in one of the two."""
    from openpyxl.styles import Alignment

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws.column_dimensions["A"].width = 2
        ws.column_dimensions["B"].width = 22
        ws.merge_cells("B1:F1")
        ws["B1"] = "แบบคำร้องทั่วไป"
        ws["B1"].alignment = Alignment(horizontal="center")
        for k, (label, value) in enumerate(pairs(p)):
            row = 3 + k
            ws.cell(row, 2, label)
            ws.merge_cells(f"C{row}:F{row}")
            cell = ws.cell(row, 3, value)
            if k == 1 and i % 2 == 0:
                cell.value = int(p.nid)
                cell.number_format = "0-0000-00000-00-0"
            if k == 1 and i % 2 == 1:
                cell.value = p.nid

    return one("xlsx_merged_value_blocks", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_name_parts_validation(p: Person, i: int) -> Case:
    """The name in three cells under a header row (คำนำหน้า | ชื่อ | นามสกุล), the title
    chosen from an inline data-validation list; the other fields below as label / value
    pairs in columns A and B."""
    from openpyxl.worksheet.datavalidation import DataValidation

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws["A1"] = "แบบคำร้อง"
        for col, (head, value) in enumerate((("คำนำหน้า", p.title), ("ชื่อ", p.first),
                                             ("นามสกุล", p.last)), start=1):  # fmt: skip
            ws.cell(3, col, head)
            ws.cell(4, col, value)
        dv = DataValidation(type="list", formula1='"นาย,นาง,นางสาว"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("A4")
        for k, (label, value) in enumerate(pairs(p)[1:]):
            ws.cell(6 + k, 1, label)
            ws.cell(6 + k, 2, value)

    return one("xlsx_name_parts_validation", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_notes_with_samples(p: Person, i: int) -> Case:
    """Labels in A, values in B; each value cell carries a note (comment) written by the
    form's designer with the sample person's value ("ตัวอย่าง: ..."), which Excel shows
    only on hover."""
    from openpyxl.comments import Comment

    s = [v for _, v in pairs(SAMPLE)]

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องทั่วไป"
        for k, (label, value) in enumerate(pairs(p)):
            ws.cell(3 + k, 1, label)
            cell = ws.cell(3 + k, 2, value)
            cell.comment = Comment(f"ตัวอย่าง: {s[k]}" if i % 2 == 0 else s[k], "งานสารบรรณ")

    return one("xlsx_notes_with_samples", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_rich_text_pairs(p: Person, i: int) -> Case:
    """Label and value in ONE cell as two rich-text runs (the label bold, the value in
    blue), one pair a row in column A, as a citizen fills a template whose cells held the
    label and a colon."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องทั่วไป"
        for k, (label, value) in enumerate(pairs(p)):
            sep = ": " if i % 2 == 0 else " "
            ws.cell(3 + k, 1).value = CellRichText(
                TextBlock(InlineFont(b=True), label + sep),
                TextBlock(InlineFont(color="FF0000FF"), value),
            )

    return one("xlsx_rich_text_pairs", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_very_hidden_sample(p: Person, i: int) -> Case:
    """The template's first sheet ("ตัวอย่าง", the sample person filled in the same layout)
    set very hidden (only VBA can show it); the citizen's sheet second and active."""

    def fill(ws: Any, who: Person) -> None:
        ws["A1"] = "แบบคำร้องทั่วไป"
        for k, (label, value) in enumerate(pairs(who)):
            ws.cell(3 + k, 1, label)
            ws.cell(3 + k, 2, value)

    def build(book: Any) -> None:
        sample = book.active
        sample.title = "ตัวอย่าง"
        fill(sample, SAMPLE)
        mine = book.create_sheet("แบบคำร้อง")
        fill(mine, p)
        sample.sheet_state = "veryHidden"
        book.active = 1

    return one("xlsx_very_hidden_sample", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


# --- Images ------------------------------------------------------------------------------


def web_form_png(p: Person, dark: bool) -> bytes:
    """A browser screenshot of a filled web form: labels above bordered input boxes."""
    from PIL import Image, ImageDraw, ImageFont

    bg, ink, box, line = (((30, 30, 30), (230, 230, 230), (45, 45, 48), (90, 90, 96)) if dark
                          else ((255, 255, 255), (33, 37, 41), (255, 255, 255),
                                (206, 212, 218)))  # fmt: skip
    img = Image.new("RGB", (1100, 1180), bg)
    draw = ImageDraw.Draw(img)
    head = ImageFont.truetype(str(FONTS / "Garuda-Bold.ttf"), 34)
    small = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 22)
    value = ImageFont.truetype(str(FONTS / "Loma.ttf"), 26)
    draw.text((60, 40), "แบบฟอร์มคำร้องออนไลน์", font=head, fill=ink)
    y = 120
    for label, typed in pairs(p):
        draw.text((60, y), label, font=small, fill=ink)
        draw.rounded_rectangle((60, y + 38, 1040, y + 92), 6, fill=box, outline=line, width=2)
        draw.text((76, y + 46), typed, font=value, fill=ink)
        y += 126
    draw.rounded_rectangle((60, y, 220, y + 56), 6, fill=(13, 110, 253))
    draw.text((110, y + 10), "ส่ง", font=head, fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def png_web_form_screenshot(p: Person, i: int) -> Case:
    """A PNG screenshot of the agency's web form, filled but never sent (typed text, not
    a scan); the mail says the site would not submit."""
    body = "เรียน เจ้าหน้าที่\n\nกรอกแบบฟอร์มในเว็บแล้วกดส่งไม่ได้ จึงแคปหน้าจอส่งมาแทนค่ะ\n"
    data = web_form_png(p, dark=False)
    return Case("png_web_form_screenshot",
                message(p, i, ("Screenshot 2026-12-03 101512.png", data, "image/png"), body=body),
                expect(p))  # fmt: skip


def png_dark_mode_screenshot(p: Person, i: int) -> Case:
    """The same web form captured on a phone in dark mode: light text on a dark page."""
    body = "ส่งแบบฟอร์มมาเป็นรูปครับ เว็บกดส่งไม่ได้\n"
    data = web_form_png(p, dark=True)
    return Case("png_dark_mode_screenshot",
                message(p, i, ("IMG_20261203_101512.png", data, "image/png"), body=body),
                expect(p))  # fmt: skip


# --- Other -------------------------------------------------------------------------------


def rtf_text(text: str, unicode_escapes: bool) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        elif unicode_escapes:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp874")))
    return "".join(out)


def rtf_table_form(p: Person, i: int) -> Case:
    """An RTF file saved by Word (Save As > Rich Text Format): a two-column table
    (\\trowd ... \\cell ... \\row), Thai as \\'xx escapes of code page 874 under
    \\ansicpg874, or as \\uN? escapes in the other."""
    uni = i % 2 == 1
    rows = "".join(
        "\\trowd\\trgaph108\\cellx3400\\cellx9000 "
        f"\\pard\\intbl {rtf_text(label, uni)}\\cell {rtf_text(value, uni)}\\cell \\row\n"
        for label, value in pairs(p)
    )
    doc = ("{\\rtf1\\ansi\\ansicpg874\\deff0\\uc1{\\fonttbl{\\f0\\fswiss\\fcharset222 Tahoma;}}\n"
           f"\\viewkind4\\pard\\qc\\b {rtf_text('แบบคำร้องทั่วไป', uni)}\\b0\\par\n"
           f"\\pard {rtf_text('เรียน นายกองค์การบริหารส่วนตำบล', uni)}\\par\n"
           f"{rows}\\pard\\par\n}}")  # fmt: skip
    return one("rtf_table_form", p, i, ("คำร้อง.rtf", doc.encode("ascii"), "application/rtf"))


def docx_named_doc(p: Person, i: int) -> Case:
    """A Word 2007+ file renamed .doc by the citizen (the agency asked for "a .doc") and
    sent as application/msword: a zip package behind an old name."""
    rows = [[label, value] for label, value in pairs(p)]
    data = body_docx(HEADING + table(rows) + para())
    return one("docx_named_doc", p, i, ("คำร้องทั่วไป.doc", data, "application/msword"))


STYLES: tuple[Style, ...] = (
    docx_vmerge_gridspan, docx_footnote_samples, docx_endnote_officer, docx_dropdown_codes,
    docx_w14_title_boxes, docx_vml_only_textboxes, docx_table_per_field, docx_value_inside_dots,
    docx_petition_thai_digits, docx_label_value_one_cell, docx_nested_address_grid,
    docx_formtext_sample_defaults, docx_mailmerge_fields, docx_soft_breaks_one_paragraph,
    acro_radio_thai_exports, acro_dotted_hierarchy, acro_richtext_multiline,
    acro_date_format_actions, pdf_word_font_no_tounicode, pdf_nested_xobjects_scaled,
    pdf_invisible_sample,
    xlsx_merged_value_blocks, xlsx_name_parts_validation, xlsx_notes_with_samples,
    xlsx_rich_text_pairs, xlsx_very_hidden_sample,
    png_web_form_screenshot, png_dark_mode_screenshot,
    rtf_table_form, docx_named_doc,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "Word" for s in STYLES[:14]},
    "acro_radio_thai_exports": "PDF form", "acro_dotted_hierarchy": "PDF form",
    "acro_richtext_multiline": "PDF form", "acro_date_format_actions": "PDF form",
    "pdf_word_font_no_tounicode": "text PDF", "pdf_nested_xobjects_scaled": "text PDF",
    "pdf_invisible_sample": "text PDF",
    **{s.__name__: "Excel" for s in STYLES[21:26]},
    "png_web_form_screenshot": "image", "png_dark_mode_screenshot": "image",
    "rtf_table_form": "other", "docx_named_doc": "other",
}  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
