"""An eleventh set of requests written by someone who had not read the readers (issue 8):
the request is in an ATTACHMENT, made the way agencies' form tools and citizens' own
programs make files, in shapes sets 1-9 do not hold.

Written before reading `extractors/` or `config/` (only the harness, set 9's file makers and
the earlier sets' style names and docstrings were read). What the product accepts was taken
from README.md, DESIGN.md and the agency guide: PDF, Word, Excel, plain-text files, CSV,
photos and ZIP archives. Every mail says little more than "ตามไฟล์แนบ":

- Word: content controls whose only label is their title (w:alias); controls bound to a
  custom XML part (the values in the part, the placeholder still in the body); hidden text
  (w:vanish) holding a sample person; review comments quoting an old value; tracked edits
  inside a value and a tracked-deleted table row; a form drawn as a group of text-box
  shapes; the ID typed one digit per cell of a nested table; the name and ID in the
  page header or footer beside the agency's letterhead; Strict Open XML; the template
  (.dotx) or a macro-enabled (.docm) file sent as is; an "export to Word" made of an HTML
  altChunk; an HTML page saved as .doc.
- PDF: an XFA form whose values are only in the datasets packet; hidden fields holding the
  designer's test person; placeholders left as values in optional fields; the fields on
  page 2 after a page of the agency's own contacts; tone marks whose glyphs have no
  ToUnicode entry; a previous applicant's values covered by white boxes and new ones
  typed over them; a scanned page with an invisible OCR text layer; two copies of the form
  on one landscape page; the form after a privacy notice page.
- Excel: a section label merged down column A; drop-downs fed by a hidden list sheet;
  formulas with no cached value; numbers shown through custom formats (leading 0, dashes,
  the Buddhist-era date); a previous applicant left in hidden rows and columns; all the
  pairs typed in one cell with line breaks.
- Text and the mail: a fixed-width report printed to a text file; two attachments that
  disagree, or the body and the attachment disagreeing on the ID or the phone (the field
  must be flagged, not one picked).

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Person,
    W,
    be,
    docx_bytes,
    expect,
    mm,
    pdf_page,
    raw_paragraph,
    thai_date,
    xlsx_bytes,
    xml_escape,
)

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "พรทิพย์", "แก้วมณี", with_check_digit("350990041276"), date(1970, 5, 17),
           "0856627413", "porntip.km@gmail.com", "88", "4", "", "", "ป่าแดด",
           "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    Person("นาย", "ธนากร", "วงศ์สวัสดิ์", with_check_digit("110370052814"), date(1984, 1, 23),
           "0918830265", "thanakorn.ws@hotmail.com", "12/7", "", "ลาดพร้าว 101", "ลาดพร้าว",
           "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "สุภาวดี", "ทองดี", with_check_digit("144020036658"), date(1995, 9, 2),
           "0627714580", "supawadee.td@gmail.com", "201", "6", "", "", "บ้านโพธิ์",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาย", "อำนาจ", "ศรีสุข", with_check_digit("341080027439"), date(1962, 11, 30),
           "0843305912", "amnat.ss@yahoo.com", "5", "2", "", "", "นาโพธิ์",
           "กุดรัง", "มหาสารคาม", "44130"),
    Person("นาง", "วิไลวรรณ", "บุญมา", with_check_digit("390050014827"), date(1976, 4, 8),
           "0895541726", "wilaiwan.bm@outlook.com", "64/3", "", "", "ราษฎร์อุทิศ", "คอหงส์",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาย", "ภูมิพัฒน์", "เจริญสุข", with_check_digit("120990034561"), date(1990, 7, 14),
           "0951147728", "phumipat.cs@gmail.com", "333/19", "", "แจ้งวัฒนะ 14", "แจ้งวัฒนะ",
           "ทุ่งสองห้อง", "หลักสี่", "กรุงเทพมหานคร", "10210"),
    Person("นางสาว", "น้ำฝน", "ไชยวงศ์", with_check_digit("157010048812"), date(2001, 2, 25),
           "0638849021", "namfon.cw@hotmail.co.th", "47", "11", "", "", "ริมกก",
           "เมืองเชียงราย", "เชียงราย", "57100"),
    Person("นาย", "ไพโรจน์", "ด้วงทอง", with_check_digit("384030061125"), date(1958, 12, 11),
           "0817726634", "pairoj.dt@gmail.com", "102", "7", "", "", "หนองบัว",
           "เมืองอุดรธานี", "อุดรธานี", "41000"),
)  # fmt: skip

SUBJECTS = ("ส่งคำร้องทั่วไป", "ยื่นคำร้อง ตามไฟล์แนบ", "คำร้องทั่วไป", "แบบคำร้องที่กรอกแล้ว")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "ตามไฟล์แนบครับ\n",
    "เรียน เจ้าหน้าที่\n\nกรอกแบบฟอร์มแล้ว แนบมาพร้อมนี้ครับ\n\nส่งจาก Outlook สำหรับ Android\n",
    "สวัสดีค่ะ ส่งแบบคำร้องมาตามที่แนะนำค่ะ\n",
)
PDF = "application/pdf"
Attachment = tuple[str, bytes, str]
Style = Callable[[Person, int], Case]
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen11-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment, *typed: str) -> Case:
    return Case(style, message(p, i, file), expect(p, "", *typed))


def dashed_phone(mobile: str) -> str:
    return f"{mobile[:3]}-{mobile[3:6]}-{mobile[6:]}"


def labelled(p: Person) -> tuple[tuple[str, str], ...]:
    return (("ชื่อ - นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("เกิดวันที่", thai_date(p.born)), ("ที่อยู่ปัจจุบัน", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email))  # fmt: skip


def t(text: str, props: str = "") -> str:
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def rezip(data: bytes, edit: Callable[[str, bytes], bytes], add: dict[str, bytes]) -> bytes:
    """Rewrites an OOXML package part by part, as the other tools' writers differ."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            blob = add.get(item.filename) or edit(item.filename, src.read(item.filename))
            dst.writestr(item.filename, blob)
        for name, blob in add.items():
            if name not in src.namelist():
                dst.writestr(name, blob)
    return out.getvalue()


def add_rel(rels: bytes, rid: str, kind: str, target: str) -> bytes:
    if f'Target="{target}"'.encode() in rels:
        return rels
    line = f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
    return rels.replace(b"</Relationships>", line.encode() + b"</Relationships>")


def add_override(types: bytes, part: str, content: str) -> bytes:
    if f'PartName="{part}"'.encode() in types:
        return types
    line = f'<Override PartName="{part}" ContentType="{content}"/>'
    return types.replace(b"</Types>", line.encode() + b"</Types>")


def saved(pdf: Any) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


# --- Word -------------------------------------------------------------------------------


def sdt(alias: str, tag: str, value: str, placeholder: bool = False) -> str:
    ident = 1000 + sum(map(ord, tag))
    shown = t(value, '<w:rStyle w:val="PlaceholderText"/>') if placeholder else t(value)
    mark = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{ident}"/>{mark}<w:text/></w:sdtPr>'
            f"<w:sdtContent>{shown}</w:sdtContent></w:sdt>")  # fmt: skip


TAGS = ("fullname", "idcard", "birthdate", "address", "province", "zipcode", "mobile", "email")


def docx_sdt_titles_only(p: Person, i: int) -> Case:
    """A Word form whose controls carried the caption as their placeholder text: once
    filled, the only label left is each control's Title (w:alias) and Tag; the page shows
    the values alone, one per line (or one per cell of a grid)."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        controls = [sdt(label, tag, value)
                    for (label, value), tag in zip(labelled(p), TAGS, strict=True)]  # fmt: skip
        if i % 2 == 0:
            for c in controls:
                raw_paragraph(d, c)
            return
        table = d.add_table(rows=4, cols=2)
        for k, c in enumerate(controls):
            cell = table.cell(k // 2, k % 2)._tc
            from docx.oxml import parse_xml

            cell.remove(cell.find(f"{{{W}}}p"))
            cell.append(parse_xml(f'<w:p xmlns:w="{W}">{c}</w:p>'))

    return one("docx_sdt_titles_only", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


PLACEHOLDER = '<w:rStyle w:val="PlaceholderText"/>'


def docx_bound_custom_xml(p: Person, i: int) -> Case:
    """Controls bound to a custom XML part (w:dataBinding), as document-generation systems
    fill Word forms: the values are in customXml/item1.xml, and the body still shows each
    control's placeholder ("คลิกหรือแตะที่นี่เพื่อป้อนข้อความ") until Word refreshes it."""
    ns = "urn:example-go-th:request"
    hint = "คลิกหรือแตะที่นี่เพื่อป้อนข้อความ"

    def bound(label: str, tag: str) -> str:
        return (f'{t(label + " : ")}<w:sdt><w:sdtPr><w:alias w:val="{label}"/>'
                f'<w:tag w:val="{tag}"/><w:showingPlcHdr/>'
                f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{ns}\'" '
                f'w:xpath="/ns0:request[1]/ns0:{tag}[1]" '
                f'w:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/><w:text/></w:sdtPr>'
                f"<w:sdtContent>{t(hint, PLACEHOLDER)}"
                f"</w:sdtContent></w:sdt>")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for (label, _), tag in zip(labelled(p), TAGS, strict=True):
            raw_paragraph(d, bound(label, tag))

    values = "".join(f"<{tag}>{xml_escape(value)}</{tag}>"
                     for (_, value), tag in zip(labelled(p), TAGS, strict=True))  # fmt: skip
    item = f'<?xml version="1.0" encoding="UTF-8"?><request xmlns="{ns}">{values}</request>'
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
             '<ds:datastoreItem ds:itemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{ns}"/></ds:schemaRefs>'
             "</ds:datastoreItem>")  # fmt: skip
    item_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                 f'Type="{NS_R}/customXmlProps" Target="itemProps1.xml"/>'
                 "</Relationships>")  # fmt: skip

    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return add_rel(blob, "rIdCx1", f"{NS_R}/customXml", "../customXml/item1.xml")
        if name == "[Content_Types].xml":
            return add_override(blob, "/customXml/itemProps1.xml",
                                "application/vnd.openxmlformats-officedocument."
                                "customXmlProperties+xml")  # fmt: skip
        return blob

    parts = {"customXml/item1.xml": item.encode(), "customXml/itemProps1.xml": props.encode(),
             "customXml/_rels/item1.xml.rels": item_rels.encode()}  # fmt: skip
    data = rezip(docx_bytes(build), edit, parts)
    return one("docx_bound_custom_xml", p, i, ("คำร้อง.docx", data, DOCX))


SAMPLE = (("ชื่อ - นามสกุล", "นายสมชาย ใจดี"), ("เลขประจำตัวประชาชน", with_check_digit("110010001234")),
          ("เกิดวันที่", "1 มกราคม 2530"), ("ที่อยู่ปัจจุบัน", "99 หมู่ที่ 1 ตำบลในเมือง อำเภอเมือง"),
          ("จังหวัด", "ขอนแก่น"), ("รหัสไปรษณีย์", "40000"),
          ("โทรศัพท์มือถือ", "081-234-5678"), ("อีเมล", "somchai@example.com"))  # fmt: skip
HIDDEN = "<w:vanish/>"


def docx_hidden_hints(p: Person, i: int) -> Case:
    """The agency's template keeps its help as hidden text (Font > Hidden), which Word
    neither shows nor prints: a sample value after each blank, or a whole sample person
    above the form, with no heading."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        if i % 2:
            for label, value in SAMPLE:
                raw_paragraph(d, f"<w:pPr><w:rPr>{HIDDEN}</w:rPr></w:pPr>"
                              + t(f"{label}: {value}", HIDDEN))  # fmt: skip
        for (label, value), (_, example) in zip(labelled(p), SAMPLE, strict=True):
            hint = t(f" (เช่น {example})", HIDDEN) if i % 2 == 0 else ""
            raw_paragraph(d, t(f"{label}: ") + t(value) + hint)

    return one("docx_hidden_hints", p, i, ("แบบคำร้อง.docx", docx_bytes(build), DOCX))


def docx_review_comments(p: Person, i: int) -> Case:
    """The officer returned the form with Word comments ("เลขบัตรไม่ครบ 13 หลัก", the old
    number quoted); the citizen corrected the values and sent it back, comments kept."""
    old_id = with_check_digit("110099912345")
    notes = (f"เลขที่กรอกมาเดิม {old_id} ไม่ตรงกับสำเนาบัตร กรุณาตรวจสอบ",
             "เบอร์เดิม 02-123-4567 ติดต่อไม่ได้ ขอเบอร์มือถือ")  # fmt: skip
    anchored = {1: 0, 6: 1}

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        table = d.add_table(rows=len(labelled(p)), cols=2)
        for r, (label, value) in enumerate(labelled(p)):
            table.cell(r, 0).text = label
            if r not in anchored:
                table.cell(r, 1).text = value
                continue
            c = anchored[r]
            xml = (f'<w:p xmlns:w="{W}"><w:commentRangeStart w:id="{c}"/>{t(value)}'
                   f'<w:commentRangeEnd w:id="{c}"/><w:r><w:rPr><w:rStyle '
                   f'w:val="CommentReference"/></w:rPr><w:commentReference w:id="{c}"/>'
                   "</w:r></w:p>")  # fmt: skip
            from docx.oxml import parse_xml

            tc = table.cell(r, 1)._tc
            tc.remove(tc.find(f"{{{W}}}p"))
            tc.append(parse_xml(xml))

    body = "".join(f'<w:comment w:id="{c}" w:author="งานธุรการ" w:initials="ธก" '
                   f'w:date="2026-11-30T10:00:00Z"><w:p>{t(note)}</w:p></w:comment>'
                   for c, note in enumerate(notes))  # fmt: skip
    comments = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{W}">{body}</w:comments>'
    )

    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return add_rel(blob, "rIdCm1", f"{NS_R}/comments", "comments.xml")
        if name == "[Content_Types].xml":
            return add_override(blob, "/word/comments.xml", "application/vnd.openxmlformats-"
                                "officedocument.wordprocessingml.comments+xml")  # fmt: skip
        return blob

    data = rezip(docx_bytes(build), edit, {"word/comments.xml": comments.encode()})
    return one("docx_review_comments", p, i, ("คำร้อง_แก้ไข.docx", data, DOCX))


def ins(text: str, k: int) -> str:
    return f'<w:ins w:id="{k}" w:author="ผู้ยื่น" w:date="2026-12-01T09:00:00Z">{t(text)}</w:ins>'


def dele(text: str, k: int) -> str:
    return (
        f'<w:del w:id="{k}" w:author="ผู้ยื่น" w:date="2026-12-01T09:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{xml_escape(text)}</w:delText></w:r></w:del>'
    )


def docx_tracked_partial_edits(p: Person, i: int) -> Case:
    """Track Changes left on while fixing a few digits: inside the ID and the phone a
    few digits deleted and others inserted in the middle of the value; in the other
    variant a whole table row of an old phone deleted and the new row inserted, and the
    e-mail line moved (w:moveFrom / w:moveTo)."""
    old_tail = "9" if p.mobile[-1] != "9" else "1"

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        pairs = labelled(p)
        if i % 2 == 0:
            for label, value in pairs:
                if label == "เลขประจำตัวประชาชน":
                    raw_paragraph(d, t(f"{label}: {value[:5]}") + dele("00000", 1)
                                  + ins(value[5:10], 2) + t(value[10:]))  # fmt: skip
                elif label == "โทรศัพท์มือถือ":
                    raw_paragraph(d, t(f"{label}: {value[:-1]}") + dele(old_tail, 3)
                                  + ins(value[-1], 4))  # fmt: skip
                else:
                    raw_paragraph(d, t(f"{label}: {value}"))
            return
        rows = "".join(f"<w:tr><w:tc><w:p>{t(label)}</w:p></w:tc><w:tc><w:p>{t(value)}</w:p>"
                       "</w:tc></w:tr>" for label, value in pairs[:6])  # fmt: skip
        old_phone = "08" + p.mobile[2:-1] + old_tail
        stamp = 'w:author="ผู้ยื่น" w:date="2026-12-01T09:00:00Z"'
        rows += (f'<w:tr><w:trPr><w:del w:id="5" {stamp}/></w:trPr>'
                 f"<w:tc><w:p>{dele('โทรศัพท์มือถือ', 6)}</w:p></w:tc>"
                 f"<w:tc><w:p>{dele(old_phone, 7)}</w:p></w:tc></w:tr>"
                 f'<w:tr><w:trPr><w:ins w:id="8" {stamp}/></w:trPr>'
                 f"<w:tc><w:p>{ins('โทรศัพท์มือถือ', 9)}</w:p></w:tc>"
                 f"<w:tc><w:p>{ins(pairs[6][1], 10)}</w:p></w:tc></w:tr>")  # fmt: skip
        grid = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>'
        from docx.oxml import parse_xml

        tbl = parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="0" w:type="auto"/>'
                        f"</w:tblPr>{grid}{rows}</w:tbl>")  # fmt: skip
        d.element.body.insert(len(d.element.body) - 1, tbl)
        raw_paragraph(d, '<w:moveFromRangeStart w:id="11" w:name="move1" ' + stamp + "/>"
                      + f'<w:moveFrom w:id="12" {stamp}>{t("อีเมล: " + p.email)}</w:moveFrom>'
                      + '<w:moveFromRangeEnd w:id="11"/>')  # fmt: skip
        raw_paragraph(d, t("ลงชื่อผู้ยื่นคำร้อง"))
        raw_paragraph(d, '<w:moveToRangeStart w:id="13" w:name="move1" ' + stamp + "/>"
                      + f'<w:moveTo w:id="14" {stamp}>{t("อีเมล: " + p.email)}</w:moveTo>'
                      + '<w:moveToRangeEnd w:id="13"/>')  # fmt: skip

    return one("docx_tracked_partial_edits", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


WPS_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def shape(k: int, x: int, y: int, w: int, text: str) -> str:
    emu = 12700
    return (f'<wps:wsp><wps:cNvPr id="{k + 10}" name="Text Box {k}"/><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="{x * emu}" y="{y * emu}"/><a:ext cx="{w * emu}" '
            f'cy="{18 * emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f"</wps:spPr><wps:txbx><w:txbxContent><w:p>{t(text)}</w:p></w:txbxContent>"
            '</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp>')  # fmt: skip


def docx_grouped_shapes(p: Person, i: int) -> Case:
    """A form drawn in Word as one group of text boxes (Insert > Shapes, then Group): a box
    per caption and a box per answer; the group lists every caption box first and then
    every answer box (the order they were drawn), or caption and answer in turn."""
    pairs = labelled(p)
    labels = [shape(k, 0, 24 * k, 130, label) for k, (label, _) in enumerate(pairs)]
    values = [shape(20 + k, 140, 24 * k, 300, value) for k, (_, value) in enumerate(pairs)]
    inner = ("".join(labels) + "".join(values) if i % 2 == 0
             else "".join(a + b for a, b in zip(labels, values, strict=True)))  # fmt: skip
    emu = 12700
    group = (f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
             f'<a:ext cx="{440 * emu}" cy="{200 * emu}"/><a:chOff x="0" y="0"/>'
             f'<a:chExt cx="{440 * emu}" cy="{200 * emu}"/></a:xfrm></wpg:grpSpPr>'
             f"{inner}</wpg:wgp>")  # fmt: skip
    anchor = (f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
              f'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
              f'</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
              f'<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{440 * emu}" '
              f'cy="{200 * emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              f'<wp:docPr id="1" name="Group 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
              f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">{group}'
              f"</a:graphicData></a:graphic></wp:anchor>")  # fmt: skip
    run = (f'<w:r><mc:AlternateContent {WPS_NS}><mc:Choice Requires="wpg"><w:drawing>{anchor}'
           "</w:drawing></mc:Choice></mc:AlternateContent></w:r>")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        from docx.oxml import parse_xml

        para = parse_xml(f'<w:p xmlns:w="{W}" {WPS_NS}>{run}</w:p>')
        d.element.body.insert(len(d.element.body) - 1, para)

    return one("docx_grouped_shapes", p, i, ("แบบฟอร์ม.docx", docx_bytes(build), DOCX))


def docx_id_digit_cells(p: Person, i: int) -> Case:
    """The ID typed one digit per box, the boxes a nested table in the value cell with
    "-" cells between the groups (1-2345-67890-12-3), or thirteen cells of the form's own
    row; the birth date as three cells under captions วันที่ / เดือน / พ.ศ."""
    from docx.oxml import parse_xml

    groups = (p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12])

    def cells(items: Iterable[str]) -> str:
        return "".join(f"<w:tc><w:p>{t(x)}</w:p></w:tc>" for x in items)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        table = d.add_table(rows=len(labelled(p)), cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(labelled(p)):
            table.cell(r, 0).text = label
            tc = table.cell(r, 1)._tc
            if label == "เลขประจำตัวประชาชน":
                digits: list[str] = []
                for g in groups:
                    digits += [*g, "-"] if i % 2 == 0 else [*g]
                row = cells(digits[:-1] if i % 2 == 0 else digits)
                tc.append(parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                                    f"</w:tblPr><w:tr>{row}</w:tr></w:tbl>"))  # fmt: skip
                tc.append(parse_xml(f'<w:p xmlns:w="{W}"/>'))
                continue
            if label == "เกิดวันที่":
                born = (str(p.born.day), MONTHS[p.born.month - 1], str(be(p.born)))
                tc.append(parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr/><w:tr>'
                                    f"{cells(('วันที่', 'เดือน', 'พ.ศ.'))}</w:tr>"
                                    f"<w:tr>{cells(born)}</w:tr></w:tbl>"))  # fmt: skip
                tc.append(parse_xml(f'<w:p xmlns:w="{W}"/>'))
                continue
            table.cell(r, 1).text = value

    return one("docx_id_digit_cells", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


AGENCY = ("องค์การบริหารส่วนตำบลหนองแวง 199 หมู่ที่ 3 ตำบลหนองแวง อำเภอเมืองขอนแก่น "
          "จังหวัดขอนแก่น 40000 โทร 043-261-555 อีเมล saraban@nongwaeng.go.th")  # fmt: skip


def docx_header_footer_values(p: Person, i: int) -> Case:
    """A form whose running head is filled once for every page: "ผู้ยื่นคำร้อง ...
    เลขประจำตัวประชาชน ..." in the page header (or footer), the agency's letterhead with
    its own address, phone and e-mail in the other one; the body holds the rest."""

    def build(d: Any) -> None:
        section = d.sections[0]
        own = f"ผู้ยื่นคำร้อง {p.name}    เลขประจำตัวประชาชน {p.nid}"
        (section.header if i % 2 == 0 else section.footer).paragraphs[0].text = own
        (section.footer if i % 2 == 0 else section.header).paragraphs[0].text = AGENCY
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in labelled(p)[2:]:
            d.add_paragraph(f"{label} : {value}")
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง")

    return one("docx_header_footer_values", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


STRICT = (
    (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
     b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main",
     b"http://purl.oclc.org/ooxml/drawingml/main"),
)  # fmt: skip


def docx_strict_ooxml(p: Person, i: int) -> Case:
    """Saved from Word as "Strict Open XML Document" (ISO 29500 strict): the same parts
    under the purl.oclc.org namespaces, w:conformance="strict"; a table form or
    label: value paragraphs."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        if i % 2 == 0:
            table = d.add_table(rows=len(labelled(p)), cols=2)
            for r, (label, value) in enumerate(labelled(p)):
                table.cell(r, 0).text = label
                table.cell(r, 1).text = value
        else:
            for label, value in labelled(p):
                d.add_paragraph(f"{label}: {value}")

    def edit(name: str, blob: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")) or name == "[Content_Types].xml":
            return blob
        for old, new in STRICT:
            blob = blob.replace(old, new)
        if name == "word/document.xml":
            blob = blob.replace(b"<w:body>", b"<w:body>", 1).replace(
                b"<w:document ", b'<w:document w:conformance="strict" ', 1
            )
        return blob

    data = rezip(docx_bytes(build), edit, {})
    return one("docx_strict_ooxml", p, i, ("คำร้อง.docx", data, DOCX))


def docx_dotx_docm(p: Person, i: int) -> Case:
    """The agency's Word template filled and sent as it was opened: a .dotx (its main part
    typed as a template) or a macro-enabled .docm form."""
    kinds = (("แบบคำร้อง.dotx", "application/vnd.openxmlformats-officedocument."
              "wordprocessingml.template", b"wordprocessingml.template.main+xml"),
             ("แบบคำร้อง.docm", "application/vnd.ms-word.document.macroEnabled.12",
              b"application/vnd.ms-word.document.macroEnabled.main+xml"))  # fmt: skip
    name, mime, main = kinds[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in labelled(p):
            d.add_paragraph(f"{label} : {value}")

    def edit(part: str, blob: bytes) -> bytes:
        if part != "[Content_Types].xml":
            return blob
        target = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        new = (b"application/vnd.openxmlformats-officedocument." + main) if i % 2 == 0 else main
        return blob.replace(target, new)

    return one("docx_dotx_docm", p, i, (name, rezip(docx_bytes(build), edit, {}), mime))


def form_html(p: Person, i: int) -> str:
    if i % 2 == 0:
        rows = "".join(f"<tr><td><b>{label}</b></td><td>{xml_escape(value)}</td></tr>"
                       for label, value in labelled(p))  # fmt: skip
        inner = f'<table border="1" cellpadding="4">{rows}</table>'
    else:
        inner = "".join(f"<p><b>{label}</b>&nbsp;:&nbsp;{xml_escape(value)}</p>"
                        for label, value in labelled(p))  # fmt: skip
    return f"<h2>แบบคำร้องทั่วไป</h2>{inner}<p>ขอรับรองว่าข้อความข้างต้นเป็นความจริง</p>"


def docx_altchunk_html(p: Person, i: int) -> Case:
    """An e-service's "download as Word": a .docx whose body is one w:altChunk pointing at
    an HTML part (Word converts it on opening), the form a table or bold-label paragraphs."""
    html = f'<html><head><meta charset="utf-8"></head><body>{form_html(p, i)}</body></html>'

    def build(d: Any) -> None:
        body = d.element.body
        from docx.oxml import parse_xml

        chunk = parse_xml(f'<w:altChunk xmlns:w="{W}" xmlns:r="{NS_R}" r:id="rIdHtml1"/>')
        body.insert(len(body) - 1, chunk)

    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return add_rel(blob, "rIdHtml1", f"{NS_R}/aFChunk", "afchunk.htm")
        if name == "[Content_Types].xml":
            return add_override(blob, "/word/afchunk.htm", "text/html")
        return blob

    data = rezip(docx_bytes(build), edit, {"word/afchunk.htm": html.encode()})
    return one("docx_altchunk_html", p, i, ("คำร้อง.docx", data, DOCX))


def doc_that_is_html(p: Person, i: int) -> Case:
    """A web system's "export to Word": HTML with Word's namespaces saved as .doc and sent
    as application/msword, UTF-8 or windows-874 declared in its meta."""
    charset = "utf-8" if i % 2 == 0 else "windows-874"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="ProgId" content="Word.Document"><!--[if gte mso 9]><xml>'
            "<w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
            f"</head><body lang=TH>{form_html(p, i)}</body></html>")  # fmt: skip
    data = html.encode("cp874" if i % 2 else "utf-8")
    return one("doc_that_is_html", p, i, ("แบบคำร้อง.doc", data, "application/msword"))


# --- PDF ---------------------------------------------------------------------------------


def pdf_pages(pages: Iterable[Iterable[tuple[float, float, str]]], size: float = 13,
              landscape: bool = False) -> bytes:  # fmt: skip
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4", orientation="L" if landscape else "P")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_text_shaping(True)
    for texts in pages:
        pdf.add_page()
        pdf.set_font("F", size=size)
        for x, y, text in texts:
            pdf.text(x, y, text)
    return bytes(pdf.output())


@dataclass(frozen=True)
class Widget:
    name: str
    value: str
    x: float
    y: float  # mm from the top: the baseline of the label beside it
    w: float = 100
    hidden: bool = False
    default: str = ""


def add_widgets(base: bytes, widgets: Iterable[Widget], page_no: int = 0,
                xfa: bytes | None = None, values: bool = True) -> bytes:  # fmt: skip
    """Text fields as Acrobat saves a filled form (values in /V, NeedAppearances)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(io.BytesIO(base))
    page = pdf.pages[page_no]
    height = float(page.mediabox[3])
    fields = Array()
    for wd in widgets:
        x1, y1 = mm(wd.x), height - mm(wd.y) - 3
        d = Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(wd.name),
                       F=(4 | 2) if wd.hidden else 4, P=page.obj, DA=String("/Helv 0 Tf 0 g"),
                       Rect=Array([x1, y1, x1 + mm(wd.w), y1 + mm(7)]))  # fmt: skip
        if values and wd.value:
            d.V = String(wd.value)
        if wd.default:
            d.DV = String(wd.default)
        fields.append(pdf.make_indirect(d))
    page.obj.Annots = pdf.make_indirect(Array(list(fields)))
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    form = Dictionary(Fields=fields, NeedAppearances=True, DA=String("/Helv 0 Tf 0 g"),
                      DR=Dictionary(Font=Dictionary(Helv=helv)))  # fmt: skip
    if xfa is not None:
        parts = Array()
        for key, blob in (("preamble", b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">'),
                          ("datasets", xfa), ("postamble", b"</xdp:xdp>")):  # fmt: skip
            parts.append(String(key))
            parts.append(pdf.make_stream(blob))
        form.XFA = parts
    pdf.Root.AcroForm = pdf.make_indirect(form)
    return saved(pdf)


FORM_HEAD = ((75, 18, "แบบคำร้องทั่วไป"), (20, 30, "เรียน นายกองค์การบริหารส่วนตำบล"))


def printed_labels(p: Person, top: float = 44) -> list[tuple[float, float, str]]:
    texts: list[tuple[float, float, str]] = list(FORM_HEAD)
    for k, (label, _) in enumerate(labelled(p)):
        texts.append((20, top + 12 * k, label + " " + "." * 70))
    return texts


def acro_xfa_datasets_only(p: Person, i: int) -> Case:
    """A static LiveCycle (XFA) form saved by Adobe Reader: the values in the XFA datasets
    packet (form1/TextField1...), the AcroForm widgets beside the printed labels carrying
    no /V of their own."""
    named = ("FullName", "IDCard", "BirthDate", "Address", "Province", "PostCode", "Mobile",
             "Email")  # fmt: skip
    leaves = named if i % 2 == 0 else tuple(f"TextField{k + 1}" for k in range(8))
    pairs = labelled(p)
    data = "".join(f"<{leaf}>{xml_escape(value)}</{leaf}>"
                   for leaf, (_, value) in zip(leaves, pairs, strict=True))  # fmt: skip
    xfa = ('<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
           f"<form1>{data}</form1></xfa:data></xfa:datasets>").encode()  # fmt: skip
    widgets = [Widget(f"form1[0].#subform[0].{leaf}[0]", value, 62, 44 + 12 * k)
               for k, (leaf, (_, value)) in enumerate(zip(leaves, pairs, strict=True))]  # fmt: skip
    pdf = add_widgets(pdf_page(printed_labels(p), 12), widgets, xfa=xfa, values=False)
    return one("acro_xfa_datasets_only", p, i, ("แบบคำร้อง_XFA.pdf", pdf, PDF))


def acro_hidden_test_fields(p: Person, i: int) -> Case:
    """The designer's test entries left in hidden fields (annotation flag Hidden) lying
    over the same blanks as the visible ones: a test person's name, ID and phone, the
    hidden fields before the visible ones in the field list (or after them)."""
    test = {"ชื่อ - นามสกุล": "นายทดสอบ ระบบงาน",
            "เลขประจำตัวประชาชน": with_check_digit("110000000001"),
            "โทรศัพท์มือถือ": "0800000000", "อีเมล": "test@example.com"}  # fmt: skip
    visible = [Widget(f"Text{k + 1}", value, 62, 44 + 12 * k)
               for k, (_, value) in enumerate(labelled(p))]  # fmt: skip
    hidden = [Widget(f"Test{k + 1}", test[label], 62, 44 + 12 * k, hidden=True)
              for k, (label, _) in enumerate(labelled(p)) if label in test]  # fmt: skip
    widgets = hidden + visible if i % 2 == 0 else visible + hidden
    pdf = add_widgets(pdf_page(printed_labels(p), 12), widgets)
    return one("acro_hidden_test_fields", p, i, ("คำร้อง.pdf", pdf, PDF))


def acro_placeholder_defaults(p: Person, i: int) -> Case:
    """A form whose fields came with hint text as their value and default (/V = /DV =
    "0X-XXXX-XXXX", "ระบุ", "name@email.com"): the citizen overwrote the ones that apply
    and left the hints in home phone, fax, work phone and second e-mail."""
    rows: list[tuple[str, str, str]] = [
        ("ชื่อ - นามสกุล", p.name, "ระบุคำนำหน้า ชื่อ นามสกุล"),
        ("เลขประจำตัวประชาชน", p.nid, "X-XXXX-XXXXX-XX-X"),
        ("เกิดวันที่", thai_date(p.born), "วว/ดด/ปปปป"),
        ("โทรศัพท์บ้าน", "0X-XXX-XXXX", "0X-XXX-XXXX"),
        ("ที่อยู่ปัจจุบัน", p.line(), "ระบุ"),
        ("จังหวัด", p.province, "ระบุ"),
        ("รหัสไปรษณีย์", p.postal, "XXXXX"),
        ("โทรศัพท์ที่ทำงาน", "0X-XXX-XXXX", "0X-XXX-XXXX"),
        ("โทรศัพท์มือถือ", dashed_phone(p.mobile), "0XX-XXX-XXXX"),
        ("โทรสาร", "ระบุ", "ระบุ"),
        ("อีเมล", p.email, "name@email.com"),
        ("อีเมลสำรอง", "name@email.com", "name@email.com"),
    ]
    if i % 2:
        rows = rows[:3] + rows[4:7] + [rows[3], rows[7]] + rows[8:]
    texts: list[tuple[float, float, str]] = list(FORM_HEAD)
    widgets = []
    for k, (label, value, hint) in enumerate(rows):
        texts.append((20, 44 + 11 * k, label + " " + "." * 70))
        widgets.append(Widget(f"fill_{k + 1}", value, 62, 44 + 11 * k, default=hint))
    pdf = add_widgets(pdf_page(texts, 12), widgets)
    return one("acro_placeholder_defaults", p, i, ("แบบคำร้อง.pdf", pdf, PDF))


NOTICE = (
    (20, 20, "คำชี้แจงการยื่นคำร้องทางไปรษณีย์อิเล็กทรอนิกส์"),
    (20, 34, "1. กรอกแบบคำร้องในหน้าถัดไปให้ครบถ้วน แล้วบันทึกไฟล์ส่งกลับมา"),
    (20, 44, "2. ส่งที่ saraban@nongwaeng.go.th หรือยื่นด้วยตนเองที่"),
    (25, 54, "ที่ทำการ อบต.หนองแวง 199 หมู่ที่ 3 ตำบลหนองแวง อำเภอเมืองขอนแก่น"),
    (25, 64, "จังหวัดขอนแก่น 40000"),
    (20, 74, "3. สอบถามโทร 043-261-555 ในวันและเวลาราชการ"),
)


def acro_fields_on_page2(p: Person, i: int) -> Case:
    """A two-page fillable form: page 1 the agency's instructions with its own e-mail,
    address, postal code and phone; page 2 the labels and the fields (Text1...)."""
    page2 = printed_labels(p, 44 if i % 2 == 0 else 60)
    base = pdf_pages([NOTICE, page2], 12)
    top = 44 if i % 2 == 0 else 60
    widgets = [Widget(f"Text{k + 1}", value, 62, top + 12 * k)
               for k, (_, value) in enumerate(labelled(p))]  # fmt: skip
    pdf = add_widgets(base, widgets, page_no=1)
    return one("acro_fields_on_page2", p, i, ("แบบคำร้อง_อบต.pdf", pdf, PDF))


TONES = re.compile(r"<0[eE]4[89aAbB]>")


def drop_tone_mappings(data: bytes) -> bytes:
    """Takes the tone marks (mai ek .. mai chattawa) out of each ToUnicode map, as a
    browser's PDF printer leaves the mark glyphs it repositioned unmapped."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for _, font in page.obj.Resources.Font.items():
            for f in (font, *font.get("/DescendantFonts", [])):
                if "/ToUnicode" not in f:
                    continue
                lines = f.ToUnicode.read_bytes().decode("latin-1").split("\n")
                kept = [ln for ln in lines if not TONES.search(ln)]
                f.ToUnicode.write("\n".join(kept).encode("latin-1"))
    return saved(pdf)


def pdf_unmapped_marks(p: Person, i: int) -> Case:
    """A web form's confirmation printed from a browser: the Thai font subset's ToUnicode
    map has no entry for the tone mark glyphs, so any text with ่ ้ ๊ ๋ loses them (or
    comes out as unknown glyphs) while the rest reads."""
    texts: list[tuple[float, float, str]] = [(60, 18, "ยืนยันการยื่นคำร้องออนไลน์")]
    for k, (label, value) in enumerate(labelled(p)):
        texts.append((20, 36 + 10 * k, f"{label}  {value}"))
    data = drop_tone_mappings(pdf_page(texts, 12))
    return one("pdf_unmapped_marks", p, i, ("ยืนยันคำร้อง.pdf", data, PDF))


OLD = replace(PEOPLE[3], mobile="0861234570", email="old.owner@gmail.com", postal="44000")


def pdf_whiteout_over_old(p: Person, i: int) -> Case:
    """A PDF someone filled before: the citizen covered the old phone, e-mail and postal
    code with white boxes in a PDF editor and typed the new ones over them; the old text
    is still in the page beneath the boxes."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_font("F", size=12)
    pdf.set_text_shaping(True)
    for x, y, text in FORM_HEAD:
        pdf.text(x, y, text)
    old = dict(labelled(OLD))
    changed = {"รหัสไปรษณีย์", "โทรศัพท์มือถือ", "อีเมล"}
    for k, (label, value) in enumerate(labelled(p)):
        y = 44 + 12 * k
        pdf.text(20, y, label)
        if label not in changed:
            pdf.text(62, y, value)
            continue
        pdf.text(62, y, old[label])
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(61, y - 5, 70, 7, style="F")
        pdf.text(62 if i % 2 == 0 else 64, y - (0.4 if i % 2 == 0 else 0), value)
    return one("pdf_whiteout_over_old", p, i, ("คำร้อง_แก้ไข.pdf", bytes(pdf.output()), PDF))


def scanned_image(p: Person) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Laksaman.ttf"), 34)
    draw.text((440, 120), "แบบคำร้องทั่วไป", font=font, fill=0)
    for k, (label, value) in enumerate(labelled(p)):
        draw.text((120, 300 + 110 * k), f"{label}  {value}", font=font, fill=0)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def pdf_searchable_scan(p: Person, i: int) -> Case:
    """The office scanner's "searchable PDF": the page is the scanned picture, and an
    invisible text layer (render mode 3) over it holds the recognised text, word for word
    where the scanner placed it."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(io.BytesIO(scanned_image(p)), 0, 0, 210, 297)
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_font("F", size=12)
    pdf.text_mode = 3  # invisible, as OCR layers are drawn
    pdf.text(75, 20, "แบบคำร้องทั่วไป")
    for k, (label, value) in enumerate(labelled(p)):
        y = 300 / 1754 * 297 + (110 / 1754 * 297) * k + 6
        if i % 2 == 0:
            pdf.text(20, y, f"{label}  {value}")
        else:
            x = 20.0
            for word in f"{label}  {value}".split():
                pdf.text(x, y, word)
                x += pdf.get_string_width(word) + 2.5
    return one("pdf_searchable_scan", p, i, ("scan0001.pdf", bytes(pdf.output()), PDF))


def pdf_two_up_copies(p: Person, i: int) -> Case:
    """Two copies of the form side by side on one landscape page (ส่วนที่ 1 for the
    citizen, ส่วนที่ 2 for the office), both filled alike; or the right half the
    receipt slip (ใบรับคำร้อง) with the officer's name and the agency's phone."""
    left: list[tuple[float, float, str]] = [(20, 18, "แบบคำร้องทั่วไป (ส่วนที่ 1 ผู้ยื่น)")]
    right: list[tuple[float, float, str]]
    for k, (label, value) in enumerate(labelled(p)):
        left.append((12, 34 + 11 * k, f"{label} {value}"))
    if i % 2 == 0:
        right = [(160, 18, "แบบคำร้องทั่วไป (ส่วนที่ 2 เจ้าหน้าที่)")]
        right += [(152, 34 + 11 * k, f"{label} {value}")
                  for k, (label, value) in enumerate(labelled(p))]  # fmt: skip
    else:
        right = [(160, 18, "ใบรับคำร้อง"), (152, 34, "เลขรับที่ ......... / 2569"),
                 (152, 45, "ผู้รับคำร้อง นางสาวมาลัย ศรีงาม"),
                 (152, 56, "โทรศัพท์ 043-261-555"),
                 (152, 67, "อีเมล saraban@nongwaeng.go.th")]  # fmt: skip
    data = pdf_pages([left + right], 11, landscape=True)
    return one("pdf_two_up_copies", p, i, ("คำร้อง_2ส่วน.pdf", data, PDF))


PRIVACY = (
    (20, 20, "ประกาศความเป็นส่วนตัว (Privacy Notice)"),
    (20, 32, "องค์การบริหารส่วนตำบลหนองแวง เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็น"),
    (20, 42, "ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล: dpo@nongwaeng.go.th"),
    (20, 52, "โทรศัพท์ 043-261-556"),
    (20, 62, "ที่อยู่ 199 หมู่ที่ 3 ตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
)


def pdf_page2_after_notice(p: Person, i: int) -> Case:
    """A text PDF: page 1 the agency's privacy notice with its DPO's e-mail, phone and
    address; page 2 (or pages 2 and 3, the form running over) the citizen's values."""
    rows = [(20, 30 + 12 * k, f"{label} : {value}") for k, (label, value) in enumerate(labelled(p))]
    form: list[tuple[float, float, str]] = [(75, 18, "แบบคำร้องทั่วไป"), *rows]
    pages = [PRIVACY, form] if i % 2 == 0 else [PRIVACY, form[:5], [(75, 18, "(ต่อ)"), *rows[4:]]]
    return one("pdf_page2_after_notice", p, i, ("คำร้อง.pdf", pdf_pages(pages, 13), PDF))


# --- Excel --------------------------------------------------------------------------------


def xlsx_group_label_column(p: Person, i: int) -> Case:
    """A three-column form: the section's name merged down column A ("ข้อมูลผู้ยื่น",
    "ที่อยู่ที่ติดต่อได้", "การติดต่อ"), the captions in B, the values in C (merged
    over C:F in one variant)."""
    sections = (("ข้อมูลผู้ยื่นคำร้อง", 3), ("ที่อยู่ที่ติดต่อได้", 3), ("การติดต่อ", 2))

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        row, pairs = 3, list(labelled(p))
        for name, count in sections:
            sheet.cell(row, 1, name)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row + count - 1, end_column=1)
            for _ in range(count):
                label, value = pairs.pop(0)
                sheet.cell(row, 2, label)
                sheet.cell(row, 3, value)
                if i % 2:
                    sheet.merge_cells(start_row=row, start_column=3, end_row=row, end_column=6)
                row += 1

    return one("xlsx_group_label_column", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


PROVINCES = ("กรุงเทพมหานคร", "กระบี่", "ขอนแก่น", "ชลบุรี", "เชียงราย", "เชียงใหม่",
             "นครราชสีมา", "มหาสารคาม", "ลำปาง", "สงขลา", "สุราษฎร์ธานี", "อุดรธานี")  # fmt: skip


def xlsx_dropdown_lists_sheet(p: Person, i: int) -> Case:
    """Title and province chosen from drop-downs (data validation lists) whose items live
    in a sheet "รายการ" (hidden, first or last), the given name and family name typed in
    cells of their own."""
    from openpyxl.worksheet.datavalidation import DataValidation

    def build(book: Any) -> None:
        form = book.active
        form.title = "แบบฟอร์ม"
        lists = book.create_sheet("รายการ", 0 if i % 2 else 1)
        lists.sheet_state = "hidden"
        for r, title in enumerate(("นาย", "นาง", "นางสาว"), start=1):
            lists.cell(r, 1, title)
        for r, province in enumerate(PROVINCES, start=1):
            lists.cell(r, 2, province)
        form["A1"] = "แบบคำร้องทั่วไป"
        rows = (("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
                *labelled(p)[1:])  # fmt: skip
        for r, (label, value) in enumerate(rows, start=3):
            form.cell(r, 1, label)
            form.cell(r, 2, value)
        titles = DataValidation(type="list", formula1="รายการ!$A$1:$A$3")
        provinces = DataValidation(type="list", formula1=f"รายการ!$B$1:$B${len(PROVINCES)}")
        form.add_data_validation(titles)
        form.add_data_validation(provinces)
        titles.add("B3")
        provinces.add("B9")

    return one("xlsx_dropdown_lists_sheet", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_formulas_uncached(p: Person, i: int) -> Case:
    """A form generated by a web system's spreadsheet library: the parts typed in cells
    and the printed lines made of formulas with no cached value (Excel computes them on
    opening), e.g. ชื่อ - นามสกุล =B3&B4&" "&B5 and the address from its parts."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        parts = (("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
                 ("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"),
                 ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe))  # fmt: skip
        for r, (label, value) in enumerate(parts, start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)
        sheet.cell(11, 1, "ชื่อ - นามสกุล")
        sheet.cell(11, 2, '=B3&B4&" "&B5')
        for r, (label, value) in enumerate(labelled(p)[1:], start=12):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, joined if label == "ที่อยู่ปัจจุบัน" else value)
        if i % 2:
            sheet.move_range("A3:B9", rows=0, cols=5)
            sheet["B11"] = '=G3&G4&" "&G5'
            sheet["B14"] = joined.replace("B", "G")

    words = ("แขวง", "เขต") if p.bangkok else ("ตำบล", "อำเภอ")
    moo = '&" หมู่ที่ "&B7' if p.moo else ""
    joined = f'=B6{moo}&" {words[0]}"&B8&" {words[1]}"&B9'
    moo_text = f" หมู่ที่ {p.moo}" if p.moo else ""
    typed = f"{p.house}{moo_text} {words[0]}{p.tambon} {words[1]}{p.amphoe}"
    return one("xlsx_formulas_uncached", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX), typed)


def xlsx_display_formats(p: Person, i: int) -> Case:
    """Numbers shown through Excel's custom formats: the ID a number formatted
    0-0000-00000-00-0, the phone a number formatted 000-000-0000 (its 0 shown), the
    postal code a number, the birth date a date cell formatted in the Thai Buddhist
    calendar ([$-th-TH,107]d mmmm yyyy)."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        cells: list[tuple[str, Any, str]] = [
            ("ชื่อ - นามสกุล", p.name, "General"),
            ("เลขประจำตัวประชาชน", int(p.nid), "0-0000-00000-00-0"),
            (
                "เกิดวันที่",
                datetime(p.born.year, p.born.month, p.born.day),
                "[$-th-TH,107]d mmmm yyyy;@" if i % 2 == 0 else "[$-1070000]d/mm/yyyy;@",
            ),
            ("ที่อยู่ปัจจุบัน", p.line(), "General"),
            ("จังหวัด", p.province, "General"),
            ("รหัสไปรษณีย์", int(p.postal), "00000"),
            ("โทรศัพท์มือถือ", int(p.mobile), "000-000-0000" if i % 2 == 0 else "0000000000"),
            ("อีเมล", p.email, "General"),
        ]
        for r, (label, value, shown) in enumerate(cells, start=3):
            sheet.cell(r, 1, label)
            cell = sheet.cell(r, 2, value)
            cell.number_format = shown

    return one("xlsx_display_formats", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_hidden_leftovers(p: Person, i: int) -> Case:
    """A sheet the office reused: last applicant's rows hidden above this one's (the same
    captions), or last applicant's values kept in a hidden column C beside this one's
    values in B."""
    old = dict(labelled(OLD))

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        pairs = labelled(p)
        if i % 2 == 0:
            for r, (label, _) in enumerate(pairs, start=3):
                sheet.cell(r, 1, label)
                sheet.cell(r, 2, old[label])
                sheet.row_dimensions[r].hidden = True
            start = 3 + len(pairs)
        else:
            start = 3
            sheet.column_dimensions["C"].hidden = True
        for r, (label, value) in enumerate(pairs, start=start):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)
            if i % 2:
                sheet.cell(r, 3, old[label])

    return one("xlsx_hidden_leftovers", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_lines_in_cells(p: Person, i: int) -> Case:
    """A citizen who types in Excel as in a notepad: each "label: value" in its own cell
    down column A, or every pair in one cell with Alt+Enter line breaks (wrap text on)."""
    from openpyxl.styles import Alignment

    def build(book: Any) -> None:
        sheet = book.active
        lines = [f"{label}: {value}" for label, value in labelled(p)]
        if i % 2 == 0:
            sheet["A1"] = "คำร้องทั่วไป"
            for r, line in enumerate(lines, start=2):
                sheet.cell(r, 1, line)
            return
        sheet["A1"] = "คำร้องทั่วไป\n" + "\n".join(lines)
        sheet["A1"].alignment = Alignment(wrap_text=True)

    return one("xlsx_lines_in_cells", p, i, ("ข้อมูล.xlsx", xlsx_bytes(build), XLSX))


# --- text and the mail around the files ----------------------------------------------------


def txt_report_layout(p: Person, i: int) -> Case:
    """A legacy system's print-to-file report: a title block, ==== rules, captions padded
    with spaces to a column and no colon, page number; windows-874 declared, or sent as
    application/octet-stream named .prn."""
    rows = [f"{label:<24}{value}" for label, value in labelled(p)]
    text = "\r\n".join([
        "ระบบรับคำร้อง อบต.                                   หน้า 1/1",
        "=" * 60, "รายงานข้อมูลผู้ยื่นคำร้อง", "=" * 60, *rows, "-" * 60,
        "พิมพ์เมื่อ 01/12/2569 10:15", ""])  # fmt: skip
    data = text.encode("cp874")
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[i % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 8, i % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen11-{i}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(BODIES[i % len(BODIES)], charset="utf-8")
    if i % 2 == 0:
        msg.add_attachment(data, maintype="text", subtype="plain", filename="report.txt",
                           params={"charset": "windows-874"})  # fmt: skip
    else:
        msg.add_attachment(data, maintype="application", subtype="octet-stream",
                           filename="REPORT.PRN")  # fmt: skip
    return Case("txt_report_layout", bytes(msg), expect(p))


def simple_docx(p: Person) -> bytes:
    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in labelled(p):
            d.add_paragraph(f"{label} : {value}")

    return docx_bytes(build)


def simple_pdf(p: Person) -> bytes:
    texts = [(75.0, 18.0, "แบบคำร้องทั่วไป")]
    texts += [
        (20.0, 34.0 + 11 * k, f"{label} : {value}") for k, (label, value) in enumerate(labelled(p))
    ]
    return pdf_page(texts, 13)


def simple_xlsx(p: Person) -> bytes:
    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        for r, (label, value) in enumerate(labelled(p), start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)

    return xlsx_bytes(build)


def two_forms_disagree(p: Person, i: int) -> Case:
    """The same form sent twice, as Word and as PDF (or as Excel and Word), one an older
    save: the phone (or the ID, both with valid check digits) differs. Nothing says which
    is right, so the field must be flagged (or left empty), never one silently picked."""
    if i % 2 == 0:
        q = replace(p, mobile=p.mobile[:-2] + p.mobile[-1] + p.mobile[-2])
        if q.mobile == p.mobile:
            q = replace(p, mobile=p.mobile[:-1] + str((int(p.mobile[-1]) + 3) % 10))
        files = [("คำร้อง.docx", simple_docx(p), DOCX), ("คำร้อง.pdf", simple_pdf(q), PDF)]
        want = expect(p)
        want["phone"] = ()
    else:
        q = replace(p, nid=with_check_digit(p.nid[:7] + p.nid[8] + p.nid[7] + p.nid[9:12]))
        if q.nid == p.nid:
            q = replace(p, nid=with_check_digit(p.nid[:11] + str((int(p.nid[11]) + 1) % 10)))
        files = [("คำร้อง.xlsx", simple_xlsx(q), XLSX), ("คำร้อง.docx", simple_docx(p), DOCX)]
        want = expect(p)
        want["national_id"] = ()
    return Case("two_forms_disagree", message(p, i, *files), want)


def body_differs_from_form(p: Person, i: int) -> Case:
    """The body restates the ID (or the mobile number) under the same label as the form,
    one digit different (a slip in one of them, the ID's check digit valid in both): a
    clerk must be told, not given one of the two."""
    if i % 2 == 0:
        other = with_check_digit(p.nid[:5] + str((int(p.nid[5]) + 1) % 10) + p.nid[6:12])
        body = f"เรียน เจ้าหน้าที่\n\nเลขประจำตัวประชาชน {other}\nรายละเอียดตามไฟล์แนบค่ะ\n"
        key = "national_id"
    else:
        other = p.mobile[:4] + str((int(p.mobile[4]) + 2) % 10) + p.mobile[5:]
        body = f"ตามไฟล์แนบครับ\nโทรศัพท์มือถือ {dashed_phone(other)}\n"
        key = "phone"
    want = expect(p)
    want[key] = ()
    mail = message(p, i, ("คำร้อง.docx", simple_docx(p), DOCX), body=body)
    return Case("body_differs_from_form", mail, want)


STYLES: tuple[Style, ...] = (
    docx_sdt_titles_only, docx_bound_custom_xml, docx_hidden_hints, docx_review_comments,
    docx_tracked_partial_edits, docx_grouped_shapes, docx_id_digit_cells,
    docx_header_footer_values, docx_strict_ooxml, docx_dotx_docm, docx_altchunk_html,
    doc_that_is_html,
    acro_xfa_datasets_only, acro_hidden_test_fields, acro_placeholder_defaults,
    acro_fields_on_page2, pdf_unmapped_marks, pdf_whiteout_over_old, pdf_searchable_scan,
    pdf_two_up_copies, pdf_page2_after_notice,
    xlsx_group_label_column, xlsx_dropdown_lists_sheet, xlsx_formulas_uncached,
    xlsx_display_formats, xlsx_hidden_leftovers, xlsx_lines_in_cells,
    txt_report_layout, two_forms_disagree, body_differs_from_form,
)  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


# --- a second batch, written after the readers were read and fixed -----------------------
# Neighbours of the fixes (hidden text, hidden rows and fields, XFA data, titled and bound
# controls, grouped shapes, values in boxes), to see whether they hold on shapes they were
# not made for; measured before any further change (see test_unseen_styles_11.py).


def docx_hidden_by_style(p: Person, i: int) -> Case:
    """The template's sample values hidden through a character style ("Hint", whose
    definition holds w:vanish) rather than on each run."""
    from docx.enum.style import WD_STYLE_TYPE

    def build(d: Any) -> None:
        hint = d.styles.add_style("Hint", WD_STYLE_TYPE.CHARACTER)
        hint.font.hidden = True
        d.add_paragraph("แบบคำร้องทั่วไป")
        if i % 2:
            for label, value in SAMPLE:
                d.add_paragraph().add_run(f"{label}: {value}", style="Hint")
        for (label, value), (_, example) in zip(labelled(p), SAMPLE, strict=True):
            para = d.add_paragraph(f"{label}: {value}")
            if i % 2 == 0:
                para.add_run(f" (เช่น {example})", style="Hint")

    return one("docx_hidden_by_style", p, i, ("แบบคำร้อง.docx", docx_bytes(build), DOCX))


def xlsx_zero_width_column(p: Person, i: int) -> Case:
    """The last applicant's values kept in a column narrowed to nothing (width 0, not
    marked hidden), or in rows an AutoFilter hid."""
    old = dict(labelled(OLD))

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        pairs = labelled(p)
        if i % 2 == 0:
            sheet.column_dimensions["B"].width = 0.01  # openpyxl drops a width of 0
            for r, (label, value) in enumerate(pairs, start=3):
                sheet.cell(r, 1, label)
                sheet.cell(r, 2, old[label])
                sheet.cell(r, 3, value)
            return
        sheet.auto_filter.ref = f"A2:B{2 + 2 * len(pairs)}"
        sheet["A2"], sheet["B2"] = "รายการ", "ข้อมูล"
        for r, (label, _) in enumerate(pairs, start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, old[label])
            sheet.row_dimensions[r].hidden = True
        for r, (label, value) in enumerate(pairs, start=3 + len(pairs)):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)

    return one("xlsx_zero_width_column", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def acro_offpage_test_fields(p: Person, i: int) -> Case:
    """The designer's test entries moved off the page (a /Rect beyond the page's edge)
    or shrunk to nothing, not flagged hidden, beside the citizen's filled fields."""
    test = {"ชื่อ - นามสกุล": "นายทดสอบ ระบบงาน", "โทรศัพท์มือถือ": "0800000000",
            "อีเมล": "test@example.com"}  # fmt: skip
    visible = [Widget(f"Text{k + 1}", value, 62, 44 + 12 * k)
               for k, (_, value) in enumerate(labelled(p))]  # fmt: skip
    spare = [Widget(f"Test{k + 1}", test[label], 250 if i % 2 == 0 else 62, 44 + 12 * k,
                    w=100 if i % 2 == 0 else 0.01)
             for k, (label, _) in enumerate(labelled(p)) if label in test]  # fmt: skip
    pdf = add_widgets(pdf_page(printed_labels(p), 12), spare + visible)
    return one("acro_offpage_test_fields", p, i, ("คำร้อง.pdf", pdf, PDF))


def acro_xfa_nested_subforms(p: Person, i: int) -> Case:
    """An XFA form of nested subforms (form1/Page1/Applicant/..., form1/Page1/Contact/...)
    with two fields of one name in two subforms (Phone under Applicant and under the
    agency's Office block, that one empty in the data or the agency's own number)."""
    pairs = labelled(p)
    applicant = ("Name", "ID", "Birth", "Address", "Province", "Zip", "Phone", "Email")
    office_phone = "043261555" if i % 2 else ""
    data = "".join(f"<{leaf}>{xml_escape(value)}</{leaf}>"
                   for leaf, (_, value) in zip(applicant, pairs, strict=True))  # fmt: skip
    xfa = ('<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
           f"<form1><Page1><Office><Phone>{office_phone}</Phone></Office>"
           f"<Applicant>{data}</Applicant></Page1></form1></xfa:data>"
           "</xfa:datasets>").encode()  # fmt: skip
    widgets = [Widget(f"form1[0].Page1[0].Applicant[0].{leaf}[0]", value, 62, 44 + 12 * k)
               for k, (leaf, (_, value)) in enumerate(zip(applicant, pairs, strict=True))
               ]  # fmt: skip
    widgets.append(Widget("form1[0].Page1[0].Office[0].Phone[0]", "", 62, 150))
    texts = [*printed_labels(p), (20, 150, "โทรศัพท์สำนักงาน (เจ้าหน้าที่กรอก)")]
    pdf = add_widgets(pdf_page(texts, 12), widgets, xfa=xfa, values=False)
    return one("acro_xfa_nested_subforms", p, i, ("แบบคำร้อง_XFA.pdf", pdf, PDF))


def docx_titled_controls_with_captions(p: Person, i: int) -> Case:
    """Controls that have a title AND a printed caption: the caption in the cell to the
    left (or before the control in the paragraph), the title a short English word."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        pairs = list(zip(labelled(p), TAGS, strict=True))
        if i % 2:
            for (label, value), tag in pairs:
                raw_paragraph(d, t(f"{label} ") + sdt(tag.capitalize(), tag, value))
            return
        table = d.add_table(rows=len(pairs), cols=2)
        for r, ((label, value), tag) in enumerate(pairs):
            table.cell(r, 0).text = label
            tc = table.cell(r, 1)._tc
            tc.remove(tc.find(f"{{{W}}}p"))
            tc.append(parse_xml(f'<w:p xmlns:w="{W}">{sdt(tag.capitalize(), tag, value)}</w:p>'))

    return one("docx_titled_controls_with_captions", p, i,
               ("คำร้อง.docx", docx_bytes(build), DOCX))  # fmt: skip


def docx_grouped_canvas_rows(p: Person, i: int) -> Case:
    """A group of text boxes whose caption and answer boxes are not on one level (the
    answer box a little lower than its caption, as dragged by hand), two pairs per row
    in one variant."""
    pairs = labelled(p)
    boxes = []
    for k, (label, value) in enumerate(pairs):
        row, col = (k // 2, k % 2) if i % 2 else (k, 0)
        x, y = col * 230, row * 26
        boxes.append(shape(k, x, y, 90, label))
        boxes.append(shape(20 + k, x + 95, y + 4, 130, value))
    emu = 12700
    group = (f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
             f'<a:ext cx="{460 * emu}" cy="{220 * emu}"/></a:xfrm></wpg:grpSpPr>'
             f"{''.join(boxes)}</wpg:wgp>")  # fmt: skip
    anchor = (f'<wp:inline><wp:extent cx="{460 * emu}" cy="{220 * emu}"/>'
              '<wp:docPr id="1" name="Group 1"/><a:graphic><a:graphicData '
              f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">{group}'
              "</a:graphicData></a:graphic></wp:inline>")  # fmt: skip
    run = (f'<w:r><mc:AlternateContent {WPS_NS}><mc:Choice Requires="wpg"><w:drawing>{anchor}'
           "</w:drawing></mc:Choice></mc:AlternateContent></w:r>")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        from docx.oxml import parse_xml

        para = parse_xml(f'<w:p xmlns:w="{W}" {WPS_NS}>{run}</w:p>')
        d.element.body.insert(len(d.element.body) - 1, para)

    return one("docx_grouped_canvas_rows", p, i, ("แบบฟอร์ม.docx", docx_bytes(build), DOCX))


def docx_more_boxes(p: Person, i: int) -> Case:
    """Other values typed a letter per box: the postal code in five cells and the mobile
    in ten after their labels, in the form's own row or a nested table of boxes."""
    from docx.oxml import parse_xml

    def cells(items: Iterable[str]) -> str:
        return "".join(f"<w:tc><w:p>{t(x)}</w:p></w:tc>" for x in items)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        table = d.add_table(rows=len(labelled(p)), cols=2)
        for r, (label, value) in enumerate(labelled(p)):
            table.cell(r, 0).text = label
            boxed = {"รหัสไปรษณีย์": p.postal, "โทรศัพท์มือถือ": p.mobile}.get(label)
            if boxed is None:
                table.cell(r, 1).text = value
                continue
            tc = table.cell(r, 1)._tc
            tc.append(parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr/><w:tr>{cells(boxed)}</w:tr>'
                                "</w:tbl>"))  # fmt: skip
            tc.append(parse_xml(f'<w:p xmlns:w="{W}"/>'))
        if i % 2:
            d.add_paragraph("")
            empty = d.add_table(rows=1, cols=11)  # the home phone's boxes left empty
            empty.cell(0, 0).text = "โทรศัพท์บ้าน"

    return one("docx_more_boxes", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


SECOND_BATCH: tuple[Style, ...] = (
    docx_hidden_by_style, xlsx_zero_width_column, acro_offpage_test_fields,
    acro_xfa_nested_subforms, docx_titled_controls_with_captions, docx_grouped_canvas_rows,
    docx_more_boxes,
)  # fmt: skip


def build_second_batch() -> list[Case]:
    return two_each(SECOND_BATCH, PEOPLE, batch=1)
