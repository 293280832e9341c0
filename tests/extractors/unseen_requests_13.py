"""A thirteenth set of requests written by someone who had not read the readers (issue 8):
the request is in an ATTACHMENT, made the way agencies' templates, converters and
citizens' programs make files, in shapes sets 1-11 do not hold.

Written before reading `extractors/` or `config/` (only the harness, the file makers of
sets 5, 9 and 11 and the earlier sets' style names and docstrings were read). What the
product accepts was taken from README.md, DESIGN.md and the agency guide: PDF, Word,
Excel, plain-text files, CSV, photos and ZIP archives. Every mail says little more than
"ตามไฟล์แนบ":

- Word: the labels in one floating table and the values in another beside it; a PDF
  turned into Word by a converter (every line a positioned frame, labels first); Word's
  absolute-position tabs (w:ptab) between label and value; non-breaking and soft hyphens
  inside values; a tracked MOVE whose old place still holds the old value; a template's
  glossary (building blocks) holding a sample person; the form table inside a block-level
  content control or custom-XML element; newspaper columns (labels in column 1, a column
  break, values in column 2); an online questionnaire printed to Word (question, then the
  answer under it, hints with example values).
- PDF: a Google-Forms-like response print (question above answer, in boxes); tone marks
  mapped to the Private Use Area (Windows Thai fonts' shifted glyphs); Latin ligatures in
  the e-mail; a LibreOffice form whose fields ("Text Box 1"...) were made out of page
  order; a flattened form whose title tick is a ZapfDingbats glyph; field values written
  as TIS-620 or UTF-8 bytes with no byte-order mark; a page cropped in a viewer that still
  holds the agency's example strip; an example layer (optional content) switched off.
- Excel and others: title check boxes that are Excel form controls; an export of inline
  strings with no styles or shared strings; a Mac workbook in the 1904 date system; a
  birth date Excel took as the Christian year 25xx; values in text-box shapes over the
  sheet; a LibreOffice Calc .ods.
- CSV and text: a quoted address cell holding line breaks; a form's two responses (the
  later one corrects the first); a Windows-874 text file of the petition's dotted lines.
- ZIP: macOS Archive Utility's zip (__MACOSX, .DS_Store, no UTF-8 flag); a Thai Windows
  zip with CP874 names in a folder beside Thumbs.db.
- Several files: the form beside a house-register copy naming the householder; beside a
  consent form naming the agency's data protection officer; a proxy's mail with the
  applicant's form and a power of attorney naming the proxy.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
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
    W,
    acroform,
    be,
    docx_bytes,
    expect,
    pdf_page,
    thai_date,
    xlsx_bytes,
    xml_escape,
)
from unseen_requests_11 import (
    PDF,
    Attachment,
    Widget,
    add_override,
    add_rel,
    add_widgets,
    dashed_phone,
    rezip,
    saved,
    t,
)

PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "ศิริพร", "มณีวงศ์", with_check_digit("140990027315"), date(1993, 8, 21),
           "0854416230", "siriporn.mw@gmail.com", "17", "5", "", "", "ศิลา",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "เกรียงไกร", "ทองประเสริฐ", with_check_digit("110140062938"), date(1981, 2, 9),
           "0917724508", "kriangkrai.tp@hotmail.com", "59/12", "", "อ่อนนุช 17", "อ่อนนุช",
           "สวนหลวง", "สวนหลวง", "กรุงเทพมหานคร", "10250"),
    Person("นาง", "ละเอียด", "พันธ์ดี", with_check_digit("316050018842"), date(1967, 12, 3),
           "0869907314", "laiad.pd@yahoo.com", "8", "2", "", "", "ท่าศาลา",
           "เมืองลพบุรี", "ลพบุรี", "15000"),
    Person("นาย", "ชยพล", "อินต๊ะวงศ์", with_check_digit("350230045176"), date(1998, 5, 30),
           "0625518873", "chayapon.iw@gmail.com", "140", "9", "", "", "หนองหาร",
           "สันทราย", "เชียงใหม่", "50290"),
    Person("นางสาว", "รัตนาภรณ์", "ศรีสมบูรณ์", with_check_digit("130010073529"), date(1976, 10, 16),
           "0897753126", "rattanaporn.ss@outlook.com", "311", "", "", "มิตรภาพ", "ในเมือง",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาย", "สมพงษ์", "แสงอรุณ", with_check_digit("320080039461"), date(1959, 6, 7),
           "0812290647", "sompong.sa@gmail.com", "66", "1", "", "", "บางพระ",
           "ศรีราชา", "ชลบุรี", "20110"),
    Person("นาง", "จันทร์เพ็ญ", "วัฒนากุล", with_check_digit("101990058204"), date(1985, 1, 27),
           "0946638015", "chanpen.wt@gmail.com", "1024/58", "", "ประชาอุทิศ 33", "ประชาอุทิศ",
           "ราษฎร์บูรณะ", "ราษฎร์บูรณะ", "กรุงเทพมหานคร", "10140"),
    Person("นาย", "ธีรวัฒน์", "คงสุข", with_check_digit("384990061527"), date(1972, 4, 12),
           "0873345920", "teerawat.ks@hotmail.co.th", "5", "7", "", "", "ท่าข้าม",
           "พุนพิน", "สุราษฎร์ธานี", "84130"),
)  # fmt: skip

# Other people the files name beside the applicant (householder, proxy, officer, samples).
OTHERS: tuple[Person, ...] = (
    Person("นาย", "บุญส่ง", "มณีวงศ์", with_check_digit("140990001124"), date(1955, 3, 2),
           "0815530981", "boonsong.mw@gmail.com", "17", "5", "", "", "ศิลา",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นางสาว", "ปวีณา", "รุ่งเรือง", with_check_digit("110020087763"), date(1990, 9, 9),
           "0899012347", "paweena.rr@gmail.com", "77/3", "", "", "พหลโยธิน", "สามเสนใน",
           "พญาไท", "กรุงเทพมหานคร", "10400"),
)  # fmt: skip
SAMPLE = Person("นาย", "สมชาย", "ใจดี", with_check_digit("310100012345"), date(1980, 1, 1),
                "0812345678", "somchai@example.com", "99", "1", "", "", "ในเมือง",
                "เมืองนครราชสีมา", "นครราชสีมา", "30000")  # fmt: skip

SUBJECTS = ("ส่งคำร้องทั่วไป", "ยื่นคำร้อง (ไฟล์แนบ)", "คำร้อง", "แบบฟอร์มคำร้องที่กรอกแล้ว")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "ตามไฟล์แนบครับ\n\nส่งจาก iPhone ของฉัน\n",
    "เรียน เจ้าหน้าที่\n\nแนบแบบคำร้องที่กรอกแล้วมาพร้อมนี้ครับ\n",
    "สวัสดีค่ะ ส่งเอกสารตามที่แจ้งไว้ค่ะ\n",
)
ODS = "application/vnd.oasis.opendocument.spreadsheet"
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *files: Attachment, body: str | None = None,
            sender: Person | None = None) -> bytes:  # fmt: skip
    who = sender or p
    msg = EmailMessage()
    msg["From"] = f"{who.first} {who.last} <{who.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen13-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment) -> Case:
    return Case(style, message(p, i, file), expect(p))


def pairs(p: Person) -> list[tuple[str, str]]:
    return [("ชื่อ - นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วัน เดือน ปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip


def dashed_id(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def slash_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{be(d)}"


# --- Word helpers --------------------------------------------------------------------------


def body_docx(xml: str, edit: Callable[[Any], None] | None = None) -> bytes:
    """A Word file whose body is the given WordprocessingML (paragraphs, tables, sdt)."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        holder = parse_xml(f'<w:body xmlns:w="{W}" xmlns:r="{R}">{xml}</w:body>')
        body = d.element.body
        for child in list(holder):
            body.insert(len(body) - 1, child)
        if edit:
            edit(d)

    return docx_bytes(build)


R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def cell(text: str, width: int = 4000) -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f"{para(t(text))}</w:tc>")  # fmt: skip


def table(rows: list[list[str]], tblpr: str = "") -> str:
    borders = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
               "</w:tblBorders>")  # fmt: skip
    body = "".join("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>" for r in rows)
    grid = "".join('<w:gridCol w:w="4000"/>' for _ in rows[0])
    return (f'<w:tbl><w:tblPr>{tblpr}<w:tblW w:w="0" w:type="auto"/>{borders}</w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")  # fmt: skip


HEADING = para(t("แบบคำร้องทั่วไป", "<w:b/>"), ppr='<w:jc w:val="center"/>')


# --- Word styles ---------------------------------------------------------------------------


def docx_floating_value_tables(p: Person, i: int) -> Case:
    """Labels in one floating table on the left and the answers in a second floating table
    placed beside it (w:tblpPr), as a designer lays out a form with two text columns that
    move independently; in the file the two tables follow each other, the values' table
    first when it was drawn first."""
    rows = pairs(p)
    left = table([[label] for label, _ in rows],
                 '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
                 'w:horzAnchor="margin" w:tblpY="200"/>')  # fmt: skip
    right = table([[value] for _, value in rows],
                  '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
                  'w:horzAnchor="margin" w:tblpX="4300" w:tblpY="200"/>')  # fmt: skip
    tables = left + right if i % 2 == 0 else right + left
    data = body_docx(HEADING + tables + para())
    return one("docx_floating_value_tables", p, i, ("คำร้อง.docx", data, DOCX))


def frame(x: int, y: int, text: str, width: int = 3600) -> str:
    ppr = (f'<w:framePr w:w="{width}" w:hSpace="0" w:wrap="around" w:vAnchor="page" '
           f'w:hAnchor="page" w:x="{x}" w:y="{y}"/>')  # fmt: skip
    return para(t(text), ppr=ppr)


def docx_pdf_converted_frames(p: Person, i: int) -> Case:
    """A filled PDF turned back into Word by a converter (as citizens do to edit a form):
    every printed line is a paragraph in a frame (w:framePr) at its page position; the
    converter writes the labels' frames first and the values' frames after them, or
    each value before its label."""
    rows = pairs(p)
    labels = [frame(1134, 2600 + 560 * k, label) for k, (label, _) in enumerate(rows)]
    values = [frame(4500, 2600 + 560 * k, value, 6000) for k, (_, value) in enumerate(rows)]
    if i % 2 == 0:
        xml = frame(4200, 1400, "แบบคำร้องทั่วไป") + "".join(labels) + "".join(values)
    else:
        xml = frame(4200, 1400, "แบบคำร้องทั่วไป") + "".join(
            v + lab for v, lab in zip(values, labels, strict=True)
        )
    return one("docx_pdf_converted_frames", p, i, ("form_converted.docx", body_docx(xml), DOCX))


PTAB = '<w:r><w:ptab w:relativeTo="margin" w:alignment="{a}" w:leader="{lead}"/></w:r>'


def docx_ptab_leaders(p: Person, i: int) -> Case:
    """Label and value parted by Word's absolute-position tab (w:ptab, Insert Alignment
    Tab) with a dotted leader, not by a tab character or a colon; on some lines two pairs,
    the second pair pushed right by another ptab."""
    rows = pairs(p)
    dots = PTAB.format(a="center", lead="dot")
    right = PTAB.format(a="right", lead="none")
    xml = HEADING
    if i % 2 == 0:
        xml += "".join(para(t(label), dots, t(value)) for label, value in rows)
    else:
        for k in range(0, len(rows), 2):
            (l1, v1), (l2, v2) = rows[k], rows[k + 1]
            xml += para(t(l1), dots, t(v1), right, t(l2), dots, t(v2))
    return one("docx_ptab_leaders", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


NBH = "<w:r><w:noBreakHyphen/></w:r>"
SOFT = "<w:r><w:softHyphen/></w:r>"
PROOF = '<w:proofErr w:type="spellStart"/>'


def hyphened(text: str) -> str:
    return NBH.join(t(piece) for piece in text.split("-"))


def docx_nobreak_hyphens(p: Person, i: int) -> Case:
    """Values typed with Word's non-breaking hyphen (Ctrl+Shift+-, w:noBreakHyphen) so the
    ID and the phone do not break across lines, an optional hyphen (w:softHyphen) inside
    the long family name, and Word's spelling marks and a bookmark cutting the runs."""
    cut = len(p.last) // 2
    name = (t(f"{p.title}{p.first} ") + PROOF + t(p.last[:cut]) + SOFT + t(p.last[cut:])
            + '<w:proofErr w:type="spellEnd"/>')  # fmt: skip
    birth = hyphened(f"{p.born.day}-{p.born.month}-{be(p.born)}") if i % 2 else t(thai_date(p.born))
    rows = [
        ("ชื่อ - นามสกุล", name),
        ("เลขประจำตัวประชาชน", hyphened(dashed_id(p.nid))),
        ("วัน/เดือน/ปีเกิด", birth),
        ("ที่อยู่", '<w:bookmarkStart w:id="0" w:name="_GoBack"/>' + t(p.line())
         + '<w:bookmarkEnd w:id="0"/>'),
        ("จังหวัด", t(p.province)),
        ("รหัสไปรษณีย์", t(p.postal)),
        ("โทรศัพท์มือถือ", hyphened(dashed_phone(p.mobile))),
        ("อีเมล", t(p.email)),
    ]  # fmt: skip
    xml = HEADING + "".join(para(t(label + " : "), value) for label, value in rows)
    return one("docx_nobreak_hyphens", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def mark(kind: str, k: int) -> str:
    return f'w:id="{100 + k}" w:author="ผู้ยื่น" w:date="2026-12-02T09:{k:02d}:00Z"'


def docx_tracked_moves(p: Person, i: int) -> Case:
    """Track Changes on while the citizen dragged a line to another place and then
    corrected it there: the old place keeps the line inside w:moveFrom (with the old,
    wrong value), the new place holds it in w:moveTo with the wrong digits deleted and
    the right ones inserted. Word shows only the moved, corrected line."""
    key, label, right = (("phone", "โทรศัพท์มือถือ", p.mobile) if i % 2 == 0
                         else ("national_id", "เลขประจำตัวประชาชน", p.nid))  # fmt: skip
    wrong = (right[:6] + right[7] + right[6] + right[8:] if key == "phone"
             else with_check_digit(right[:8] + right[9] + right[8] + right[10:12]))  # fmt: skip
    if wrong == right:
        wrong = right[:-2] + str((int(right[-2]) + 1) % 10) + right[-1]
    moved_to = (f'<w:moveToRangeStart {mark("r", 1)} w:name="move1"/>'
                f'<w:moveTo {mark("m", 2)}>{t(label + " : ")}</w:moveTo>'
                f'<w:del {mark("d", 3)}><w:r><w:delText>{wrong}</w:delText></w:r></w:del>'
                f'<w:ins {mark("i", 4)}>{t(right)}</w:ins>'
                '<w:moveToRangeEnd w:id="101"/>')  # fmt: skip
    moved_from = (f'<w:moveFromRangeStart {mark("r", 5)} w:name="move1"/>'
                  f'<w:moveFrom {mark("m", 6)}>{t(label + " : " + wrong)}</w:moveFrom>'
                  '<w:moveFromRangeEnd w:id="105"/>')  # fmt: skip
    rows = [(lab, v) for lab, v in pairs(p) if lab != label and not lab.startswith("เลขประจำ" if
            key == "national_id" else "โทรศัพท์")]  # fmt: skip
    xml = HEADING + para(t(rows[0][0] + " : " + rows[0][1])) + para(moved_to)
    xml += "".join(para(t(f"{lab} : {v}")) for lab, v in rows[1:]) + para(moved_from)
    return one("docx_tracked_moves", p, i, ("คำร้อง_แก้ไข.docx", body_docx(xml), DOCX))


GLOSSARY_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"
GLOSSARY_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument"
)


def docx_glossary_samples(p: Person, i: int) -> Case:
    """The agency's template keeps its building blocks (Quick Parts) in the glossary
    part: a filled sample of the form with an invented person. Word never shows it in
    the document; the body holds the citizen's own values (in content controls, or as
    plain text after the citizen removed the controls)."""
    gloss_body = "".join(para(t(f"{label} : {value}")) for label, value in pairs(SAMPLE))
    glossary = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:glossaryDocument xmlns:w="{W}"><w:docParts><w:docPart><w:docPartPr>'
                '<w:name w:val="ตัวอย่างการกรอก"/><w:category><w:name w:val="General"/>'
                '<w:gallery w:val="placeholder"/></w:category></w:docPartPr>'
                f"<w:docPartBody>{gloss_body}</w:docPartBody></w:docPart></w:docParts>"
                "</w:glossaryDocument>").encode()  # fmt: skip
    if i % 2 == 0:
        body = "".join(
            para(t(label + " : "), f'<w:sdt><w:sdtPr><w:tag w:val="f{k}"/><w:id w:val="{70 + k}"/>'
                 f"<w:text/></w:sdtPr><w:sdtContent>{t(value)}</w:sdtContent></w:sdt>")
            for k, (label, value) in enumerate(pairs(p)))  # fmt: skip
    else:
        body = "".join(para(t(f"{label} : {value}")) for label, value in pairs(p))
    base = body_docx(HEADING + body)

    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return add_rel(blob, "rIdG1", GLOSSARY_REL, "glossary/document.xml")
        if name == "[Content_Types].xml":
            return add_override(blob, "/word/glossary/document.xml", GLOSSARY_CT)
        return blob

    data = rezip(base, edit, {"word/glossary/document.xml": glossary})
    return one("docx_glossary_samples", p, i, ("แบบคำร้อง.docx", data, DOCX))


def docx_table_in_block_sdt(p: Person, i: int) -> Case:
    """The whole form table inside a block-level content control (a locked rich-text
    control the agency put round it so the layout cannot be changed), or inside a block
    custom-XML element (a document-management system's schema)."""
    grid = table([[label, value] for label, value in pairs(p)])
    if i % 2 == 0:
        wrapped = ('<w:sdt><w:sdtPr><w:alias w:val="แบบฟอร์ม"/><w:tag w:val="form"/>'
                   '<w:id w:val="5501"/><w:lock w:val="sdtLocked"/></w:sdtPr>'
                   f"<w:sdtContent>{grid}</w:sdtContent></w:sdt>")  # fmt: skip
    else:
        wrapped = (f'<w:customXml w:uri="urn:agency:form" w:element="applicant">{grid}'
                   "</w:customXml>")  # fmt: skip
    return one("docx_table_in_block_sdt", p, i,
               ("คำร้อง.docx", body_docx(HEADING + wrapped + para()), DOCX))  # fmt: skip


def docx_newspaper_columns(p: Person, i: int) -> Case:
    """A two-column section (Layout > Columns > Two): the labels typed down column 1,
    a column break, then the values down column 2, so each value faces its label on the
    page but follows all the labels in the text."""
    rows = pairs(p)
    labels = [para(t(label + (" :" if i % 2 else ""))) for label, _ in rows]
    labels[-1] = labels[-1].replace("</w:p>", '<w:r><w:br w:type="column"/></w:r></w:p>')
    values = [para(t(value)) for _, value in rows]
    section = (
        '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:cols w:space="720"/></w:sectPr></w:pPr></w:p>'
    )

    def columns(d: Any) -> None:
        from docx.oxml import parse_xml

        sect = d.sections[0]._sectPr
        for old in sect.findall(f"{{{W}}}cols"):
            sect.remove(old)
        sect.append(parse_xml(f'<w:cols xmlns:w="{W}" w:num="2" w:space="720"/>'))
        typ = parse_xml(f'<w:type xmlns:w="{W}" w:val="continuous"/>')
        sect.insert(0, typ)

    xml = HEADING + section + "".join(labels) + "".join(values)
    data = body_docx(xml, columns)
    return one("docx_newspaper_columns", p, i, ("คำร้อง.docx", data, DOCX))


def docx_question_answer(p: Person, i: int) -> Case:
    """An online questionnaire's answers saved to Word: each question a numbered paragraph
    with '*' for required and a hint in brackets (some hints give an example value), the
    answer in the indented paragraph below."""
    hints = ("(ระบุคำนำหน้า เช่น นาย นาง นางสาว)", "(13 หลัก ไม่ต้องเว้นวรรค)",
             "(เช่น 1 มกราคม 2530)", "(บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ)", "",
             "(5 หลัก)", "(เช่น 081-234-5678)", "(เช่น somchai@example.com)")  # fmt: skip
    xml = HEADING
    for k, ((label, value), hint) in enumerate(zip(pairs(p), hints, strict=True)):
        question = f"{k + 1}. {label} *" + (f" {hint}" if hint and i % 2 else "")
        xml += para(t(question, "<w:b/>"))
        xml += para(t(value), ppr='<w:ind w:left="720"/>')
    return one("docx_question_answer", p, i, ("คำตอบแบบฟอร์ม.docx", body_docx(xml), DOCX))


# --- PDF helpers ---------------------------------------------------------------------------


def pdf_two_faces(texts: list[tuple[float, float, str, str]], size: float = 13) -> bytes:
    """A page whose lines are set in Laksaman (Thai) or DejaVu Sans (Latin), as a word
    processor falls back to another face for Latin text."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("T", "", str(FONTS / "Laksaman.ttf"))
    pdf.add_font("L", "", str(FONTS.parent / "dejavu" / "DejaVuSans.ttf"))
    pdf.set_text_shaping(True)
    for x, y, face, text in texts:
        pdf.set_font(face, size=size)
        pdf.text(x, y, text)
    return bytes(pdf.output())


def rewrite_streams(data: bytes, edit: Callable[[bytes], bytes]) -> bytes:
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            try:
                raw = obj.read_bytes()
            except pikepdf.PdfError:
                continue
            new = edit(raw)
            if new != raw:
                obj.write(new)
    return saved(pdf)


def labelled_page(p: Person, top: float = 40) -> list[tuple[float, float, str]]:
    texts = [(75.0, 18.0, "แบบคำร้องทั่วไป"), (20.0, 28.0, "เรียน นายกเทศมนตรี")]
    texts += [
        (20.0, top + 11 * k, f"{label}  {value}") for k, (label, value) in enumerate(pairs(p))
    ]
    return texts


# --- PDF styles ----------------------------------------------------------------------------


def pdf_form_response_print(p: Person, i: int) -> Case:
    """An online form's response printed to PDF (Google Forms' 'print response'): the form's
    title and description, a note that * marks a required question, then each question in
    its own box with the answer under it; the respondent's e-mail first."""
    texts: list[tuple[float, float, str]] = [
        (20, 18, "แบบคำร้องทั่วไปออนไลน์"),
        (20, 26, "กรุณากรอกข้อมูลให้ครบถ้วน เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ"),
        (20, 33, "* ระบุว่าเป็นคำถามที่จำเป็น"),
    ]
    rects = []
    items = [("อีเมล *", p.email)] + [(f"{label} *", value) for label, value in pairs(p)
                                      if label != "อีเมล"]  # fmt: skip
    for k, (question, answer) in enumerate(items):
        y = 44 + 26 * k
        rects.append((15.0, y - 7, 180.0, 23.0))
        texts.append((20, y, question))
        texts.append((20, y + 11, answer if i % 2 == 0 else answer + " "))
    data = pdf_page(texts, 12, rects=rects)
    return one("pdf_form_response_print", p, i, ("คำตอบของฉัน.pdf", data, PDF))


PUA_TONES = (
    {"0E48": "F70A", "0E49": "F70B", "0E4A": "F70C", "0E4B": "F70D", "0E4C": "F70E"},
    {"0E48": "F713", "0E49": "F714", "0E4A": "F715", "0E4B": "F716", "0E4C": "F717"},
)


def pdf_pua_tone_glyphs(p: Person, i: int) -> Case:
    """Printed through a Windows Thai font whose tone marks have shifted glyph variants
    (lowered for a consonant without an upper vowel, moved left for a tall consonant):
    the PDF's ToUnicode maps those glyphs to their Private Use Area code points
    (U+F70A-F70E, U+F713-F717) instead of U+0E48-0E4C."""
    table_ = PUA_TONES[i % 2]

    def edit(raw: bytes) -> bytes:
        if b"beginbfchar" not in raw and b"beginbfrange" not in raw:
            return raw
        return re.sub(
            rb"<(0[eE]4[89aAbBcC])>",
            lambda m: b"<" + table_[m.group(1).decode().upper()].encode() + b">",
            raw,
        )

    data = rewrite_streams(pdf_page(labelled_page(p)), edit)
    return one("pdf_pua_tone_glyphs", p, i, ("คำร้อง.pdf", data, PDF))


LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
             ("fl", "\ufb02"))  # fmt: skip


def ligated(text: str) -> str:
    for plain, lig in LIGATURES:
        text = text.replace(plain, lig)
    return text


def pdf_latin_ligatures(p: Person, i: int) -> Case:
    """A PDF from a typesetter that forms Latin ligatures: 'fi', 'ff', 'fl' in the e-mail
    address (and the English labels) are single glyphs whose ToUnicode gives U+FB01,
    U+FB00, U+FB02."""
    p = replace(p, email=("fifa." if i % 2 == 0 else "jeff.") + p.email.split("@")[0].split(".")[0]
                + ("@office.co.th" if i % 2 == 0 else "@fluffy.in.th"))  # fmt: skip
    rows: list[tuple[float, float, str, str]] = [(70, 18, "T", "แบบคำร้องทั่วไป")]
    for k, (label, value) in enumerate(pairs(p)):
        y = 36 + 11 * k
        face = "L" if label == "อีเมล" else "T"
        rows.append((20, y, "T", label))
        rows.append((75, y, face, ligated(value) if face == "L" else value))
    rows.append((20, 130, "L", ligated("Official use only / Filed by office staff")))
    return Case("pdf_latin_ligatures", message(p, i, ("request_form.pdf", pdf_two_faces(rows),
                                                       PDF)), expect(p))  # fmt: skip


def acro_fields_out_of_order(p: Person, i: int) -> Case:
    """A form made in LibreOffice Writer and exported as a fillable PDF: the fields are
    named 'Text Box 1', 'Text Box 2'... in the order the designer drew them, which is
    not the page's order (the e-mail box was drawn first, the ID last), and /Fields lists
    them in that drawing order too; the labels are printed left of each box."""
    rows = pairs(p)
    order = [7, 0, 3, 6, 2, 5, 4, 1] if i % 2 == 0 else [4, 5, 0, 7, 1, 6, 3, 2]
    texts: list[tuple[float, float, str]] = [(75, 18, "แบบคำร้องทั่วไป"),
                                             (20, 30, "เรียน นายอำเภอ")]  # fmt: skip
    texts += [(20, 44 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    widgets = [Widget(f"Text Box {n + 1}", rows[k][1], 70, 44 + 12 * k, 120)
               for n, k in enumerate(order)]  # fmt: skip
    data = add_widgets(pdf_page(texts, 13), widgets)
    return one("acro_fields_out_of_order", p, i, ("คำร้อง.pdf", data, PDF))


def pdf_flattened_zapf_ticks(p: Person, i: int) -> Case:
    """A filled form flattened by a print-to-PDF driver: the title boxes printed as
    squares and the chosen one ticked with a ZapfDingbats check glyph (a '4' in that
    font's own code), the given name and family name on one line in boxes of their own."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("T", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_text_shaping(True)
    pdf.set_font("T", size=13)
    pdf.text(75, 18, "แบบคำร้องทั่วไป")
    pdf.text(20, 40, "คำนำหน้า")
    for k, title in enumerate(("นาย", "นาง", "นางสาว")):
        x = 50 + 25 * k
        pdf.rect(x, 36, 4, 4)
        pdf.text(x + 6, 40, title)
    pdf.text(20, 52, "ชื่อ")
    pdf.text(35, 52, p.first)
    pdf.text(100, 52, "นามสกุล")
    pdf.text(122, 52, p.last)
    rest = [(lab, v) for lab, v in pairs(p) if lab != "ชื่อ - นามสกุล"]
    for k, (label, value) in enumerate(rest):
        pdf.text(20, 64 + 11 * k, label)
        pdf.text(70, 64 + 11 * k, value)
    k = ("นาย", "นาง", "นางสาว").index(p.title)
    pdf.set_font("zapfdingbats", size=11)
    pdf.text(50 + 25 * k + 0.3, 39.6, "4" if i % 2 == 0 else "8")
    return one("pdf_flattened_zapf_ticks", p, i, ("คำร้อง_flatten.pdf", bytes(pdf.output()), PDF))


def acro_values_raw_bytes(p: Person, i: int) -> Case:
    """Field values written by an old Thai filling tool as TIS-620 bytes (or, by a Linux
    tool, as UTF-8 bytes) with no UTF-16 byte-order mark, so a reader taking them as
    PDFDocEncoding gets Latin-1 letters; the labels are printed on the page."""
    import pikepdf

    rows = pairs(p)
    texts: list[tuple[float, float, str]] = [(75, 18, "แบบคำร้องทั่วไป")]
    texts += [(20, 40 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    names = ("name", "idcard", "birth", "address", "province", "zip", "mobile", "email")
    fields = [Field(n, v, 70, 40 + 12 * k, 120) for k, (n, (_, v)) in
              enumerate(zip(names, rows, strict=True))]  # fmt: skip
    base = acroform(pdf_page(texts, 13), fields)
    pdf = pikepdf.open(io.BytesIO(base))
    for f in pdf.Root.AcroForm.Fields:
        value = str(f.V)
        f.V = pikepdf.String(value.encode("cp874" if i % 2 == 0 else "utf-8"))
    return one("acro_values_raw_bytes", p, i, ("คำร้อง.pdf", saved(pdf), PDF))


def pdf_cropped_page(p: Person, i: int) -> Case:
    """The citizen cropped the agency's form in a viewer (macOS Preview, a phone app) to
    cut away the form's example strip at the foot of the page ('ตัวอย่างการกรอก' with
    an invented person's values): the crop box hides it, the text is still in the page."""
    import pikepdf

    texts = labelled_page(p)
    texts.append((20, 200, "ตัวอย่างการกรอก"))
    texts += [(20, 210 + 9 * k, f"{label}  {value}") for k, (label, value) in
              enumerate(pairs(SAMPLE))]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(pdf_page(texts, 12)))
    page = pdf.pages[0]
    top = float(page.mediabox[3])
    page.obj.CropBox = pikepdf.Array([0, top - 190 * 72 / 25.4, float(page.mediabox[2]), top])
    if i % 2:
        page.obj.TrimBox = page.obj.CropBox
    return one("pdf_cropped_page", p, i, ("คำร้อง_crop.pdf", saved(pdf), PDF))


def pdf_hidden_example_layer(p: Person, i: int) -> Case:
    """A designer's form with an optional-content layer 'ตัวอย่าง' (example values printed
    in grey beside each line) that is switched off in the file's default view, so Acrobat
    and browsers do not show it; the citizen's typed values are on the page."""
    import pikepdf

    base = pdf_page(labelled_page(p), 13)
    example = pdf_page([(130.0, 40.0 + 11 * k, value) for k, (_, value) in
                        enumerate(pairs(SAMPLE))], 11)  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(base))
    other = pikepdf.open(io.BytesIO(example))
    page = pdf.pages[0]
    ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG,
                                               Name=pikepdf.String("ตัวอย่าง")))  # fmt: skip
    xobj = pdf.copy_foreign(other.pages[0].as_form_xobject())
    xobj.OC = ocg
    name = page.add_resource(xobj, pikepdf.Name.XObject)
    page.contents_add(
        pdf.make_stream(b"q " + bytes(str(name), "ascii") + b" Do Q"), prepend=bool(i % 2)
    )
    pdf.Root.OCProperties = pikepdf.Dictionary(
        OCGs=pikepdf.Array([ocg]),
        D=pikepdf.Dictionary(OFF=pikepdf.Array([ocg]), Order=pikepdf.Array([ocg])),
    )
    return one("pdf_hidden_example_layer", p, i, ("แบบคำร้อง.pdf", saved(pdf), PDF))


# --- Excel and Calc ------------------------------------------------------------------------


VML = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
    'office" xmlns:x="urn:schemas-microsoft-com:office:excel">{shapes}</xml>'
)
CTRL_CT = "application/vnd.ms-excel.controlproperties+xml"
CTRL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp"
CHECKED = 'checked="Checked" '
LINK = 'fmlaLink="$H${row}" '
VML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"


def xlsx_checkbox_controls(p: Person, i: int) -> Case:
    """An agency's Excel form whose title is chosen with Excel check boxes (Developer >
    Insert > Form Controls) captioned นาย / นาง / นางสาว: the ticks live in the controls'
    properties (ctrlProp, and in the VML drawing), not in a cell, unless the designer
    linked each box to a hidden cell (which then holds TRUE/FALSE); the name's cells hold
    the given and the family name alone."""
    titles = ("นาย", "นาง", "นางสาว")
    rows = [("คำนำหน้า", ""), ("ชื่อ", p.first), ("นามสกุล", p.last)]
    rows += [(lab, v) for lab, v in pairs(p) if lab != "ชื่อ - นามสกุล"]

    def build(book: Any) -> None:
        sheet = book.active
        sheet.title = "แบบคำร้อง"
        sheet["A1"] = "แบบคำร้องทั่วไป"
        for r, (label, value) in enumerate(rows, start=3):
            sheet.cell(r, 1, label)
            if value:
                sheet.cell(r, 2, value)
        if i % 2:
            for k, title in enumerate(titles):
                sheet.cell(20 + k, 8, p.title == title)
            sheet.column_dimensions["H"].hidden = True

    base = xlsx_bytes(build)
    shapes = ""
    for k, title in enumerate(titles):
        link = f"<x:FmlaLink>$H${20 + k}</x:FmlaLink>" if i % 2 else ""
        checked = "<x:Checked>1</x:Checked>" if p.title == title else ""
        shapes += (f'<v:shape id="_x0000_s{1025 + k}" type="#_x0000_t201" '
                   f'style="position:absolute;width:60pt;height:15pt" stroked="f">'
                   f'<v:textbox><div style="text-align:left"><font face="Tahoma" size="160">'
                   f"{title}</font></div></v:textbox>"
                   f'<x:ClientData ObjectType="Checkbox"><x:Anchor>{1 + k}, 4, 2, 2, '
                   f"{2 + k}, 4, 3, 2</x:Anchor>{checked}{link}<x:NoThreeD/></x:ClientData>"
                   "</v:shape>")  # fmt: skip
    controls = "".join(f'<control shapeId="{1025 + k}" r:id="rIdC{k}" name="Check Box {k + 1}"/>'
                       for k in range(3))  # fmt: skip
    props = {
        f"xl/ctrlProps/ctrlProp{k + 1}.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><formControlPr '
            'xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
            f'objectType="CheckBox" {CHECKED if p.title == title else ""}'
            f'{LINK.format(row=20 + k) if i % 2 else ""}lockText="1"/>').encode()
        for k, title in enumerate(titles)
    }  # fmt: skip
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdV" Type="{VML_REL}" Target="../drawings/vmlDrawing1.vml"/>'
            + "".join(f'<Relationship Id="rIdC{k}" Type="{CTRL_REL}" '
                      f'Target="../ctrlProps/ctrlProp{k + 1}.xml"/>' for k in range(3))
            + "</Relationships>").encode()  # fmt: skip
    add = {"xl/drawings/vmlDrawing1.vml": VML.format(shapes=shapes).encode(),
           "xl/worksheets/_rels/sheet1.xml.rels": rels, **props}  # fmt: skip

    def edit(name: str, blob: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            tail = f'<legacyDrawing r:id="rIdV"/><controls>{controls}</controls></worksheet>'
            blob = blob.replace(b"</worksheet>", tail.encode())
            if b"xmlns:r=" not in blob:
                blob = blob.replace(b"<worksheet ", f'<worksheet xmlns:r="{R}" '.encode(), 1)
            return blob
        if name == "[Content_Types].xml":
            blob = blob.replace(
                b"</Types>",
                b'<Default Extension="vml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
            )
            for k in range(3):
                blob = add_override(blob, f"/xl/ctrlProps/ctrlProp{k + 1}.xml", CTRL_CT)
        return blob

    data = rezip(base, edit, add)
    return one("xlsx_checkbox_controls", p, i, ("แบบคำร้อง.xlsx", data, XLSX))


def col(n: int) -> str:
    return "ABCDEFGHIJ"[n]


def inline_sheet(rows: list[list[str | int]], refs: bool) -> bytes:
    out = []
    for r, row in enumerate(rows, start=1):
        cells = ""
        for c, value in enumerate(row):
            ref = f' r="{col(c)}{r}"' if refs else ""
            if isinstance(value, int):
                cells += f"<c{ref}><v>{value}</v></c>"
            else:
                cells += f'<c{ref} t="inlineStr"><is><t>{xml_escape(value)}</t></is></c>'
        head = f'<row r="{r}">' if refs else "<row>"
        out.append(f"{head}{cells}</row>")
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(out)
            + "</sheetData></worksheet>").encode()  # fmt: skip


def xlsx_inline_strings_export(p: Person, i: int) -> Case:
    """A government web system's 'export to Excel' written by a streaming library: every
    text an inline string (t="inlineStr"), no shared strings, no styles part, no
    document properties; the ID a plain number; rows and cells without their r= address
    in the second variant, a header row over one row of answers in the first."""
    labels = [lab for lab, _ in pairs(p)]
    values: list[str | int] = [v for _, v in pairs(p)]
    values[1] = int(p.nid)
    rows: list[list[str | int]]
    rows = ([["ลำดับ", *labels], [1, *values]] if i % 2 == 0
            else [["ข้อมูลผู้ยื่นคำร้อง"], *([lab, v] for lab, v in zip(labels, values,
                                                                     strict=True))])  # fmt: skip
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + R + '"><sheets><sheet '
            'name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'),
    }  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode())
        z.writestr("xl/worksheets/sheet1.xml", inline_sheet(rows, refs=i % 2 == 0))
    name = "export_request_20261203.xlsx"
    return one("xlsx_inline_strings_export", p, i, (name, out.getvalue(), XLSX))


def xlsx_mac_1904_dates(p: Person, i: int) -> Case:
    """A form filled in Excel on an old Mac (or a workbook first made there): the
    workbook uses the 1904 date system, so the birth date's serial number is 1,462 days
    smaller than the same date in a Windows workbook; the cell shows the right date."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    def build(book: Any) -> None:
        book.epoch = CALENDAR_MAC_1904
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        sheet["A2"] = "วันที่ยื่น"
        sheet["B2"] = datetime(2026, 12, 2)
        sheet["B2"].number_format = "d/m/yyyy"
        for r, (label, value) in enumerate(pairs(p), start=4):
            sheet.cell(r, 1, label)
            if label.startswith("วัน"):
                c = sheet.cell(r, 2, datetime(p.born.year, p.born.month, p.born.day))
                c.number_format = "d mmmm yyyy" if i % 2 == 0 else "dd/mm/yyyy"
            else:
                sheet.cell(r, 2, value)

    return one("xlsx_mac_1904_dates", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_be_year_as_date(p: Person, i: int) -> Case:
    """The citizen typed the birth date with its Buddhist year ('21/8/2536') and Excel
    took it for a date in the Christian year 2536: the cell is a real date 543 years
    in the future, shown as typed."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้อง"
        for r, (label, value) in enumerate(pairs(p), start=3):
            sheet.cell(r, 1, label if not label.startswith("วัน") else "วัน/เดือน/ปีเกิด (พ.ศ.)")
            if label.startswith("วัน"):
                c = sheet.cell(r, 2, datetime(be(p.born), p.born.month, p.born.day))
                c.number_format = "d/m/yyyy" if i % 2 == 0 else "d mmm yyyy"
            else:
                sheet.cell(r, 2, value)

    return one("xlsx_be_year_as_date", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml"
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def text_shape(k: int, row: int, text: str) -> str:
    return (f"<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff>"
            f"<xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7"
            f"</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row + 1}</xdr:row><xdr:rowOff>0"
            f'</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr '
            f'id="{k + 2}" name="TextBox {k + 1}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
            f'<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
            f'<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="th-TH"/><a:t>'
            f"{xml_escape(text)}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>"
            "</xdr:twoCellAnchor>")  # fmt: skip


def xlsx_textbox_values(p: Person, i: int) -> Case:
    """The citizen could not type into the protected form's cells, so she put a text box
    (Insert > Text Box) over each blank line and typed the value in it: the labels are in
    column A, the values only in the drawing's shapes anchored on each label's row."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        for r, (label, _) in enumerate(pairs(p), start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 3, "." * 40)

    base = xlsx_bytes(build)
    shapes = [text_shape(k, k + 2, value) for k, (_, value) in enumerate(pairs(p))]
    if i % 2:
        shapes.reverse()
    drawing = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr '
        f'xmlns:xdr="{XDR}" xmlns:a="{A}">{"".join(shapes)}</xdr:wsDr>'
    ).encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdD" Type="{DRAWING_REL}" Target="../drawings/drawing1.xml"/>'
            "</Relationships>").encode()  # fmt: skip

    def edit(name: str, blob: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            blob = blob.replace(b"</worksheet>", b'<drawing r:id="rIdD"/></worksheet>')
            if b"xmlns:r=" not in blob:
                blob = blob.replace(b"<worksheet ", f'<worksheet xmlns:r="{R}" '.encode(), 1)
            return blob
        if name == "[Content_Types].xml":
            return add_override(blob, "/xl/drawings/drawing1.xml", DRAWING_CT)
        return blob

    data = rezip(base, edit, {"xl/drawings/drawing1.xml": drawing,
                              "xl/worksheets/_rels/sheet1.xml.rels": rels})  # fmt: skip
    return one("xlsx_textbox_values", p, i, ("คำร้อง.xlsx", data, XLSX))


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"'
)


def ods_cell(value: str | int | date, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    cover = "<table:covered-table-cell/>" * (span - 1)
    if isinstance(value, date):
        return (f'<table:table-cell office:value-type="date" office:date-value='
                f'"{value.isoformat()}"{spanned}><text:p>{value.day}/{value.month}/'
                f"{value.year}</text:p></table:table-cell>{cover}")  # fmt: skip
    if isinstance(value, int):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
                f"<text:p>{value}</text:p></table:table-cell>{cover}")  # fmt: skip
    return (f'<table:table-cell office:value-type="string"{spanned}><text:p>'
            f"{xml_escape(value)}</text:p></table:table-cell>{cover}")  # fmt: skip


def ods_form(p: Person, i: int) -> Case:
    """The form filled in LibreOffice Calc and saved in its own format (.ods): the birth
    date a date cell, the ID a number; in the second variant the labels span two merged
    columns (covered cells after them) and an empty row parts the sections."""
    values: list[str | int | date] = [v for _, v in pairs(p)]
    values[1], values[2] = int(p.nid), p.born
    span = 1 if i % 2 == 0 else 2
    rows = [f"<table:table-row>{ods_cell('แบบคำร้องทั่วไป')}</table:table-row>"]
    for k, ((label, _), value) in enumerate(zip(pairs(p), values, strict=True)):
        if span == 2 and k == 3:
            rows.append("<table:table-row><table:table-cell/></table:table-row>")
        rows.append(f"<table:table-row>{ods_cell(label, span)}{ods_cell(value)}</table:table-row>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               '<office:body><office:spreadsheet><table:table table:name="คำร้อง">'
               f'<table:table-column table:number-columns-repeated="{span + 1}"/>'
               f"{''.join(rows)}</table:table></office:spreadsheet></office:body>"
               "</office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/></manifest:manifest>')  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODS.encode(), compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content.encode())
        z.writestr("META-INF/manifest.xml", manifest.encode())
    return one("ods_form", p, i, ("คำร้อง.ods", out.getvalue(), ODS))


# --- CSV and text --------------------------------------------------------------------------


def csv_multiline_cell(p: Person, i: int) -> Case:
    """A form kept as CSV by a small office's system: a section line, labels in column A,
    column B empty, values in column C, and the address one quoted cell holding line
    breaks (house and village on the first line, the district on the next); UTF-8 with
    a BOM, or Windows-874 from a Thai Excel."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["ข้อมูลผู้ยื่นคำร้อง", "", ""])
    for label, value in pairs(p):
        if label == "ที่อยู่":
            parts = p.segments()
            value = f"{p.house} {parts[0]}\n" + " ".join(parts[1:])
        w.writerow([label, "", value])
    w.writerow(["", "", ""])
    w.writerow(["หมายเหตุ", "", "ขอรับเอกสารทางไปรษณีย์"])
    text = out.getvalue()
    data = ("\ufeff" + text).encode() if i % 2 == 0 else text.encode("cp874")
    return one("csv_multiline_cell", p, i, ("คำร้อง.csv", data, "text/csv"))


def csv_two_responses(p: Person, i: int) -> Case:
    """An online form's responses downloaded as CSV by the citizen herself and sent: two
    rows, because she submitted twice, the second time to correct her mobile number and
    e-mail; the later (second) row is the one she means. The first row's values must not
    be taken silently."""
    heads = ["ประทับเวลา", "ชื่อ-นามสกุล (ระบุคำนำหน้า)", "เลขประจำตัวประชาชน 13 หลัก",
             "วันเดือนปีเกิด", "ที่อยู่ตามทะเบียนบ้าน", "จังหวัด", "รหัสไปรษณีย์",
             "เบอร์โทรศัพท์ที่ติดต่อได้", "อีเมล"]  # fmt: skip
    wrong_mobile = p.mobile[:5] + p.mobile[6] + p.mobile[5] + p.mobile[7:]
    if wrong_mobile == p.mobile:
        wrong_mobile = p.mobile[:5] + str((int(p.mobile[5]) + 1) % 10) + p.mobile[6:]
    user, domain = p.email.split("@")
    wrong_email = user[:-1] + "@" + domain
    row = [p.name, p.nid, slash_date(p.born), p.line(), p.province, p.postal]
    first = ["2/12/2026, 20:14:05", *row, wrong_mobile, wrong_email]
    second = ["2/12/2026, 20:31:47", *row, p.mobile, p.email]
    if i % 2:
        first[0], second[0] = "2026/12/02 8:14:05 PM GMT+7", "2026/12/02 8:31:47 PM GMT+7"
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerows([heads, first, second])
    want = expect(p)
    return Case("csv_two_responses", message(p, i, ("แบบคำร้อง (การตอบกลับ).csv",
                                                     out.getvalue().encode(), "text/csv")),
                want)  # fmt: skip


def txt_dotted_cp874(p: Person, i: int) -> Case:
    """The agency's petition copied from Word into Notepad and saved as ANSI (Windows-874):
    the printed dots kept, each value typed into the middle of its dots, two pairs on
    some lines; sent as text/plain without a charset, or as application/octet-stream."""
    lines = [
        "                         คำร้องทั่วไป",
        "                                        เขียนที่........บ้าน........",
        f"ข้าพเจ้า.......{p.name}.......เลขประจำตัวประชาชน....{p.nid}....",
        f"เกิดวันที่....{p.born.day}....เดือน.....{thai_date(p.born).split()[1]}....."
        f"พ.ศ.....{be(p.born)}.....",
        f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่....{p.moo or '-'}....ซอย....{p.soi or '-'}"
        f"....ถนน....{p.road or '-'}....",
        f"{'แขวง' if p.bangkok else 'ตำบล'}.....{p.tambon}.....{'เขต' if p.bangkok else 'อำเภอ'}"
        f".....{p.amphoe}.....จังหวัด.....{p.province}.....",
        f"รหัสไปรษณีย์.....{p.postal}.....โทรศัพท์.....{dashed_phone(p.mobile)}.....",
        f"อีเมล.....{p.email}.....",
        "มีความประสงค์...ขอคัดสำเนาทะเบียนบ้าน...",
    ]
    data = "\r\n".join(lines).encode("cp874")
    mime = "text/plain" if i % 2 == 0 else "application/octet-stream"
    typed = (f"{p.house} หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}" if p.moo else
             f"{p.house} {p.rest()}")  # fmt: skip
    return Case("txt_dotted_cp874", message(p, i, ("คำร้อง.txt", data, mime)), expect(p, "", typed))


# --- ZIP -----------------------------------------------------------------------------------


def zip_without_utf8_flag(entries: list[tuple[str, bytes]], encoding: str) -> bytes:
    """A zip whose names are in `encoding` with the UTF-8 flag (bit 11) clear, as macOS
    Archive Utility and Thai Windows' compressed folders write them."""
    placeholders = {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for k, (name, blob) in enumerate(entries):
            raw = name.encode(encoding)
            stand_in = f"{k:02d}".encode() + b"x" * (len(raw) - 2) if len(raw) > 2 else raw
            placeholders[stand_in] = raw
            z.writestr(stand_in.decode("ascii"), blob)
    data = out.getvalue()
    for stand_in, raw in placeholders.items():
        data = data.replace(stand_in, raw)
    return data


def docx_of(p: Person) -> bytes:
    return body_docx(HEADING + "".join(para(t(f"{lab} : {v}")) for lab, v in pairs(p)))


def pdf_of(p: Person) -> bytes:
    return pdf_page(labelled_page(p), 13)


def xlsx_of(p: Person) -> bytes:
    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        for r, (label, value) in enumerate(pairs(p), start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)

    return xlsx_bytes(build)


APPLE_DOUBLE = (
    b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\x09"
    b"\x00\x00\x00\x32\x00\x00\x0e\xb0\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00"
    + b"\x00" * 64
    + b"ATTR"
    + b"\x00" * 40
    + b"com.apple.quarantine"
)


def zip_macos_archive(p: Person, i: int) -> Case:
    """A folder compressed on a Mac (Finder > Compress): the folder's name first, the form
    inside it, the AppleDouble '._' twins under __MACOSX/ (binary, with the same names)
    and a .DS_Store; the names in UTF-8 but without the zip's UTF-8 flag."""
    inner, kind = (("แบบคำร้อง.docx", docx_of(p)) if i % 2 == 0
                   else ("แบบคำร้อง.xlsx", xlsx_of(p)))  # fmt: skip
    entries = [
        ("เอกสารยื่นคำร้อง/", b""),
        (f"เอกสารยื่นคำร้อง/{inner}", kind),
        ("เอกสารยื่นคำร้อง/.DS_Store", b"\x00\x00\x00\x01Bud1" + b"\x00" * 120),
        ("__MACOSX/", b""),
        ("__MACOSX/เอกสารยื่นคำร้อง/", b""),
        (f"__MACOSX/เอกสารยื่นคำร้อง/._{inner}", APPLE_DOUBLE),
    ]
    data = zip_without_utf8_flag(entries, "utf-8")
    return one("zip_macos_archive", p, i, ("เอกสารยื่นคำร้อง.zip", data, "application/zip"))


def zip_cp874_folder(p: Person, i: int) -> Case:
    """A zip from Thai Windows (Send to > Compressed folder, or an old WinZip): the names
    in code page 874 without the UTF-8 flag, the form inside a folder beside Thumbs.db
    and desktop.ini; the form a text PDF, or a Word file."""
    inner = ("01 แบบคำร้อง.pdf", pdf_of(p)) if i % 2 == 0 else ("01 แบบคำร้อง.docx", docx_of(p))
    entries = [
        (f"ยื่นคำร้อง/{inner[0]}", inner[1]),
        ("ยื่นคำร้อง/Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),
        ("ยื่นคำร้อง/desktop.ini", b"[.ShellClassInfo]\r\nIconResource=C:\\x.dll,1\r\n"),
    ]
    data = zip_without_utf8_flag(entries, "cp874")
    return one("zip_cp874_folder", p, i, ("ยื่นคำร้อง.zip", data, "application/x-zip-compressed"))


# --- several files -------------------------------------------------------------------------


def register_pdf(p: Person, head: Person) -> bytes:
    """A house-register copy (ท.ร.14) typed out: the house, then its people, the
    householder (another person) first, each with ID and birth date."""
    texts: list[tuple[float, float, str]] = [
        (70, 18, "ทะเบียนบ้าน (ท.ร.14)"),
        (20, 30, f"เลขรหัสประจำบ้าน 4001-{p.nid[3:9]}-5"),
        (20, 40, f"บ้านเลขที่ {p.line()} {p.province_written} {p.postal}"),
        (20, 54, "รายการบุคคลในบ้าน"),
        (20, 64, f"ลำดับที่ 1  ชื่อ {head.name}  สถานภาพ เจ้าบ้าน"),
        (30, 72, f"เลขประจำตัวประชาชน {head.nid}  เกิด {thai_date(head.born)}"),
        (20, 84, f"ลำดับที่ 2  ชื่อ {p.name}  สถานภาพ ผู้อาศัย"),
        (30, 92, f"เลขประจำตัวประชาชน {p.nid}  เกิด {thai_date(p.born)}"),
        (20, 110, "สำเนาถูกต้อง"),
    ]
    return pdf_page(texts, 12)


def house_register_beside_form(p: Person, i: int) -> Case:
    """Two files: the filled form and a typed copy of the house register, whose first
    person is the householder (a parent or spouse) with his own name, ID and birth date;
    the applicant is the form's person (second in the register)."""
    head = replace(OTHERS[0], house=p.house, moo=p.moo, soi=p.soi, road=p.road, tambon=p.tambon,
                   amphoe=p.amphoe, province=p.province, postal=p.postal)  # fmt: skip
    files = ([("สำเนาทะเบียนบ้าน.pdf", register_pdf(p, head), PDF),
              ("คำร้อง.docx", docx_of(p), DOCX)] if i % 2 == 0
             else [("คำร้อง.pdf", pdf_of(p), PDF),
                   ("ทร14.pdf", register_pdf(p, head), PDF)])  # fmt: skip
    return Case("house_register_beside_form", message(p, i, *files), expect(p))


def consent_docx(p: Person) -> bytes:
    lines = [
        "หนังสือให้ความยินยอมในการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคล",
        f"ข้าพเจ้า {p.name} ยินยอมให้เทศบาลเมืองศิลา เก็บรวบรวมและใช้ข้อมูลส่วนบุคคลของข้าพเจ้า"
        " เพื่อการพิจารณาคำร้องเท่านั้น",
        "หากมีข้อสงสัยเกี่ยวกับข้อมูลส่วนบุคคล ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)",
        "ชื่อ นางสาวปวีณา รุ่งเรือง",
        "โทรศัพท์ 043-246-180 ต่อ 12 หรือ 089-901-2347",
        "อีเมล dpo@silacity.go.th",
        "ที่อยู่ 199 หมู่ 4 ตำบลศิลา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
        f"ลงชื่อ {p.name} ผู้ให้ความยินยอม",
    ]
    return body_docx("".join(para(t(line)) for line in lines))


def consent_form_beside(p: Person, i: int) -> Case:
    """Two files: the form and the agency's consent form (PDPA), which the citizen signed:
    it names the agency's data protection officer with her phone, mobile, e-mail and
    the office's address."""
    files = (
        [("คำร้อง.pdf", pdf_of(p), PDF), ("หนังสือยินยอม.docx", consent_docx(p), DOCX)]
        if i % 2 == 0
        else [("หนังสือยินยอม_PDPA.docx", consent_docx(p), DOCX), ("คำร้อง.xlsx", xlsx_of(p), XLSX)]
    )
    return Case("consent_form_beside", message(p, i, *files), expect(p))  # fmt: skip


def poa_docx(p: Person, proxy: Person) -> bytes:
    lines = [
        "หนังสือมอบอำนาจ",
        "เขียนที่ บ้านเลขที่ " + p.line(),
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} อยู่บ้านเลขที่ {p.line()} {p.province_written}",
        f"ขอมอบอำนาจให้ {proxy.name} เลขประจำตัวประชาชน {proxy.nid} "
        f"อยู่บ้านเลขที่ {proxy.line()} {proxy.province_written} "
        f"โทรศัพท์ {dashed_phone(proxy.mobile)}",
        "เป็นผู้มีอำนาจยื่นคำร้องและรับเอกสารแทนข้าพเจ้า",
        f"ลงชื่อ {p.name} ผู้มอบอำนาจ",
        f"ลงชื่อ {proxy.name} ผู้รับมอบอำนาจ",
    ]
    return body_docx("".join(para(t(line)) for line in lines))


def proxy_with_poa(p: Person, i: int) -> Case:
    """A daughter sends her mother's request from her own mailbox: the mother's filled
    form and a power of attorney naming the daughter (her ID, address and phone); the
    applicant is the mother, whose form it is."""
    proxy = OTHERS[1]
    body = (f"เรียน เจ้าหน้าที่\n\nดิฉันส่งคำร้องแทนคุณแม่ ตามไฟล์แนบพร้อมหนังสือมอบอำนาจค่ะ\n\n"
            f"{proxy.first}\n")  # fmt: skip
    files = (
        [("หนังสือมอบอำนาจ.docx", poa_docx(p, proxy), DOCX), ("คำร้อง.pdf", pdf_of(p), PDF)]
        if i % 2 == 0
        else [("คำร้อง_แม่.xlsx", xlsx_of(p), XLSX), ("มอบอำนาจ.docx", poa_docx(p, proxy), DOCX)]
    )
    mail = message(p, i, *files, body=body, sender=proxy)
    return Case("proxy_with_poa", mail, expect(p))  # fmt: skip


STYLES: tuple[Style, ...] = (
    docx_floating_value_tables, docx_pdf_converted_frames, docx_ptab_leaders,
    docx_nobreak_hyphens, docx_tracked_moves, docx_glossary_samples, docx_table_in_block_sdt,
    docx_newspaper_columns, docx_question_answer,
    pdf_form_response_print, pdf_pua_tone_glyphs, pdf_latin_ligatures,
    acro_fields_out_of_order, pdf_flattened_zapf_ticks, acro_values_raw_bytes,
    pdf_cropped_page, pdf_hidden_example_layer,
    xlsx_checkbox_controls, xlsx_inline_strings_export, xlsx_mac_1904_dates,
    xlsx_be_year_as_date, xlsx_textbox_values, ods_form,
    csv_multiline_cell, csv_two_responses, txt_dotted_cp874,
    zip_macos_archive, zip_cp874_folder,
    house_register_beside_form, consent_form_beside, proxy_with_poa,
)  # fmt: skip

KINDS: dict[str, str] = {
    **{s.__name__: "Word" for s in STYLES[:9]},
    **{s.__name__: "text PDF" for s in STYLES[9:17]},
    "acro_fields_out_of_order": "PDF form", "acro_values_raw_bytes": "PDF form",
    **{s.__name__: "Excel" for s in STYLES[17:23]},
    **{s.__name__: "CSV/text" for s in STYLES[23:26]},
    **{s.__name__: "ZIP" for s in STYLES[26:28]},
    **{s.__name__: "several files" for s in STYLES[28:]},
}  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


# --- a second batch, written after the readers were read and fixed -----------------------
# Neighbours of the fixes (Excel controls and text boxes, drawn PDF boxes, Calc exports,
# Word frames), to see whether they hold on shapes they were not made for; measured
# before any further change (see test_unseen_styles_13.py).


def xlsx_option_buttons(p: Person, i: int) -> Case:
    """The title as Excel option buttons (Form Controls > Option Button) in a group box:
    VML shapes of ObjectType Radio, the chosen one x:Checked, no properties parts; the
    given and family names in cells of their own."""
    titles = ("นาย", "นาง", "นางสาว")
    rows = [("คำนำหน้านาม", ""), ("ชื่อตัว", p.first), ("ชื่อสกุล", p.last)]
    rows += [(lab, v) for lab, v in pairs(p) if lab != "ชื่อ - นามสกุล"]

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้อง"
        for r, (label, value) in enumerate(rows, start=2):
            sheet.cell(r, 1, label)
            if value:
                sheet.cell(r, 3, value)

    shapes = ('<v:shape id="_x0000_s1030" type="#_x0000_t201"><v:textbox><div>คำนำหน้า'
              '</div></v:textbox><x:ClientData ObjectType="GBox"><x:Anchor>1, 0, 1, 0, 6, 0, '
              "2, 0</x:Anchor></x:ClientData></v:shape>")  # fmt: skip
    for k, title in enumerate(titles):
        checked = "<x:Checked>1</x:Checked>" if p.title == title else ""
        shapes += (f'<v:shape id="_x0000_s{1031 + k}" type="#_x0000_t201"><v:textbox><div>'
                   f'{title}</div></v:textbox><x:ClientData ObjectType="Radio"><x:Anchor>'
                   f"{2 + k}, 10, 1, 3, {3 + k}, 0, 1, 18</x:Anchor>{checked}"
                   f"{'<x:FirstButton/>' if k == 0 else ''}</x:ClientData></v:shape>")  # fmt: skip
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdV" Type="{VML_REL}" Target="../drawings/vmlDrawing1.vml"/>'
            "</Relationships>").encode()  # fmt: skip

    def edit(name: str, blob: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            blob = blob.replace(b"</worksheet>", b'<legacyDrawing r:id="rIdV"/></worksheet>')
            if b"xmlns:r=" not in blob:
                blob = blob.replace(b"<worksheet ", f'<worksheet xmlns:r="{R}" '.encode(), 1)
            return blob
        if name == "[Content_Types].xml":
            return blob.replace(
                b"</Types>",
                b'<Default Extension="vml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
            )
        return blob

    data = rezip(
        xlsx_bytes(build),
        edit,
        {
            "xl/drawings/vmlDrawing1.vml": VML.format(shapes=shapes).encode(),
            "xl/worksheets/_rels/sheet1.xml.rels": rels,
        },
    )
    return one("xlsx_option_buttons", p, i, ("คำขอ.xlsx", data, XLSX))  # fmt: skip


def pdf_line_drawn_boxes(p: Person, i: int) -> Case:
    """Title boxes drawn with four strokes each (a designer's lines, not rectangles) and
    the tick a ZapfDingbats check, or an X typed in Helvetica, inside the chosen one."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("T", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_text_shaping(True)
    pdf.set_font("T", size=13)
    pdf.text(75, 18, "แบบคำร้องทั่วไป")
    pdf.text(20, 40, "ข้าพเจ้า")
    for k, title in enumerate(("นาย", "นาง", "นางสาว")):
        x = 45 + 24 * k
        for x1, y1, x2, y2 in ((x, 36, x + 4, 36), (x + 4, 36, x + 4, 40), (x, 40, x + 4, 40),
                               (x, 36, x, 40)):  # fmt: skip
            pdf.line(x1, y1, x2, y2)
        pdf.text(x + 6, 40, title)
    pdf.text(20, 52, "ชื่อ")
    pdf.text(32, 52, p.first)
    pdf.text(95, 52, "นามสกุล")
    pdf.text(118, 52, p.last)
    rest = [(lab, v) for lab, v in pairs(p) if lab != "ชื่อ - นามสกุล"]
    for k, (label, value) in enumerate(rest):
        pdf.text(20, 64 + 11 * k, f"{label}  {value}")
    k = ("นาย", "นาง", "นางสาว").index(p.title)
    pdf.set_font("zapfdingbats" if i % 2 == 0 else "helvetica", size=11)
    pdf.text(45 + 24 * k + 0.4, 39.6, "4" if i % 2 == 0 else "X")
    return one("pdf_line_drawn_boxes", p, i, ("คำร้อง.pdf", bytes(pdf.output()), PDF))


def ods_two_responses(p: Person, i: int) -> Case:
    """An online form's responses opened in LibreOffice Calc and saved as .ods: a header
    row of questions, then two responses, the later one correcting the mobile number."""
    heads = ["ประทับเวลา", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่",
             "จังหวัด", "รหัสไปรษณีย์", "เบอร์โทรศัพท์", "อีเมล"]  # fmt: skip
    wrong = p.mobile[:6] + p.mobile[7] + p.mobile[6] + p.mobile[8:]
    if wrong == p.mobile:
        wrong = p.mobile[:6] + str((int(p.mobile[6]) + 1) % 10) + p.mobile[7:]
    base: list[str | int | date] = [p.name, int(p.nid), p.born, p.line(), p.province,
                                    int(p.postal)]  # fmt: skip
    rows = [heads, ["1/12/2026 19:02", *base, wrong, p.email],
            ["1/12/2026 19:40", *base, p.mobile, p.email]]  # fmt: skip
    body = "".join("<table:table-row>" + "".join(ods_cell(c) for c in row) + "</table:table-row>"
                   for row in rows)  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               '<office:body><office:spreadsheet><table:table table:name="การตอบกลับ">'
               f"{body}</table:table></office:spreadsheet></office:body>"
               "</office:document-content>")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODS.encode(), compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content.encode())
    return one("ods_two_responses", p, i, ("การตอบกลับ.ods", out.getvalue(), ODS))


def docx_frames_wrapped(p: Person, i: int) -> Case:
    """Another converter's frames: captions with a colon, each value's frame set a little
    lower than its caption's (another font's baseline), the address wrapped over two
    frames, and the page number and the agency's footer in frames too."""
    rows = pairs(p)
    xml = frame(4000, 1200, "แบบคำร้องทั่วไป")
    y = 2400
    for label, value in rows:
        xml += frame(1134, y, label + " :")
        if label == "ที่อยู่":
            words = value.split()
            half = len(words) // 2
            xml += frame(4300, y + 60, " ".join(words[:half]), 6000)
            y += 420
            xml += frame(4300, y + 60, " ".join(words[half:]), 6000)
        else:
            xml += frame(4300, y + 60, value, 6000)
        y += 560
    xml += frame(1134, 15600, "เทศบาลตำบลบางพระ โทร 038-341-000") + frame(10000, 15600, "หน้า 1/1")
    return one("docx_frames_wrapped", p, i, ("คำร้อง (แปลงจาก PDF).docx", body_docx(xml), DOCX))


def xlsx_grouped_text_boxes(p: Person, i: int) -> Case:
    """Text boxes typed over the blanks and then grouped (select all, Group), so each is a
    shape inside one group anchored at the first box's cell."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        for r, (label, _) in enumerate(pairs(p), start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 3, "_" * 30)

    inner = "".join(
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{k + 3}" name="TextBox '
        f'{k + 1}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="1219200" '
        f'y="{381000 + 190500 * k}"/><a:ext cx="3000000" cy="190500"/></a:xfrm></xdr:spPr>'
        f'<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>{xml_escape(value)}</a:t></a:r></a:p>'
        "</xdr:txBody></xdr:sp>"
        for k, (_, value) in enumerate(pairs(p))
    )  # fmt: skip
    group = ("<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff>"
             "<xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7"
             "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0"
             '</xdr:rowOff></xdr:to><xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="2" name="Group 1"/>'
             "<xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr/>"
             f"{inner}</xdr:grpSp><xdr:clientData/></xdr:twoCellAnchor>")  # fmt: skip
    drawing = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr '
        f'xmlns:xdr="{XDR}" xmlns:a="{A}">{group}</xdr:wsDr>'
    ).encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdD" Type="{DRAWING_REL}" Target="../drawings/drawing1.xml"/>'
            "</Relationships>").encode()  # fmt: skip

    def edit(name: str, blob: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            blob = blob.replace(b"</worksheet>", b'<drawing r:id="rIdD"/></worksheet>')
            if b"xmlns:r=" not in blob:
                blob = blob.replace(b"<worksheet ", f'<worksheet xmlns:r="{R}" '.encode(), 1)
            return blob
        if name == "[Content_Types].xml":
            return add_override(blob, "/xl/drawings/drawing1.xml", DRAWING_CT)
        return blob

    data = rezip(
        xlsx_bytes(build),
        edit,
        {"xl/drawings/drawing1.xml": drawing, "xl/worksheets/_rels/sheet1.xml.rels": rels},
    )
    return one("xlsx_grouped_text_boxes", p, i, ("คำร้อง.xlsx", data, XLSX))  # fmt: skip


SECOND_BATCH: tuple[Style, ...] = (
    xlsx_option_buttons, pdf_line_drawn_boxes, ods_two_responses, docx_frames_wrapped,
    xlsx_grouped_text_boxes,
)  # fmt: skip
KINDS.update({"xlsx_option_buttons": "Excel", "pdf_line_drawn_boxes": "text PDF",
              "ods_two_responses": "Excel", "docx_frames_wrapped": "Word",
              "xlsx_grouped_text_boxes": "Excel"})  # fmt: skip


def build_second_batch() -> list[Case]:
    """The second batch, each style for two people, a different pair per style."""
    return two_each(SECOND_BATCH, PEOPLE, batch=1)
