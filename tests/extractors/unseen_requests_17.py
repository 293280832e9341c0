"""A seventeenth set of requests written by someone who had not read the readers (issue 8):
the request is in an ATTACHMENT, in shapes real Thai agencies' and citizens' files take and
sets 1-15 do not hold.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, the
test of set 15, the file makers of sets 5, 11, 13 and 15 and the earlier sets' style names
were read). Every mail says little more than "ตามไฟล์แนบ":

- Word: the official แบบคำร้องทั่วไป typed over, several label/value pairs on one line
  between dot-leader tab stops (the address part by part); content controls inside the
  ข้าพเจ้า... sentence, one left showing its placeholder; a tracked-deleted table row and
  a tracked replacement inside a cell; the address as label/value cell pairs across a
  row; the name as คำนำหน้า/ชื่อ/นามสกุล cell pairs in one row; a sample person in the
  section's first-page header; WPS-style full-width colons and ideographic spaces; labels
  carrying bracketed hints ("(13 หลัก)", "(วว/ดด/ปปปป)").
- ODT (LibreOffice Writer): text-input fields inside the lines; a tracked deletion (the
  deleted old values stored in text:tracked-changes at the top of the body).
- Text PDF: the whole page printed with letter spacing (distributed alignment); the
  official form's lines with several pairs each, values drawn over the dots; a running
  header and footer holding the agency's own phone and mail; a four-column ruled grid
  (label, value, label, value); each word drawn in fragments at its own position.
- PDF form: the ID in five comb fields grouped 1-4-5-2-1; the name in three fields (a
  title combo box); half flattened (name and ID printed, the rest live fields); the
  birth date in three combo boxes.
- Excel/ODS: a form sheet then a second sheet of instructions holding a sample person;
  the address in parts under captions (XLSX and ODS); an ODS with repeated empty columns
  between label and value after an instructions sheet; values typed into the label cells.
- Images: a screenshot of a Word-typed form at 100% and at 150% zoom; a phone photo
  (perspective, shadow, JPEG quality 60); a tilted, dim phone photo.
- Other: a Notepad "Unicode" (UTF-16 LE) .txt; an attached .eml whose own attachment is
  the Word form; a label,value CSV in CP874 or UTF-8 with BOM; a Word "Single File Web
  Page" (.mht).

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented;
the ID check digits are computed here.
"""

from __future__ import annotations

import io
import quopri
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, Case
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
from unseen_requests_11 import PDF, Attachment, dashed_phone, sdt, t
from unseen_requests_13 import HEADING, body_docx, dashed_id, para, slash_date

ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
TODAY = date(2026, 12, 3)


def check_digit(first12: str) -> str:
    """The national ID's 13th digit: 11 minus the weighted sum (13..2) mod 11, mod 10."""
    assert len(first12) == 12 and first12.isdigit()
    weighted = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return first12 + str((11 - weighted % 11) % 10)


PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "พิมพ์ลดา", "สายสุวรรณ", check_digit("144010023761"), date(1996, 4, 12),
           "0863172945", "pimlada.ss@gmail.com", "71", "8", "", "", "โนนท่อน",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "ณัฐวุฒิ", "แสงอรุณ", check_digit("110070062158"), date(1987, 9, 3),
           "0819276354", "nattawut.sa@hotmail.com", "215/6", "", "ลาดพร้าว 101", "ลาดพร้าว",
           "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นาง", "สุภาพร", "คำภูเมือง", check_digit("341050037492"), date(1971, 2, 25),
           "0857314268", "supaporn.kp@yahoo.com", "36", "11", "", "", "ขามใหญ่",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "กิตติศักดิ์", "ทองมา", check_digit("357010048823"), date(1993, 11, 8),
           "0942681735", "kittisak.tm@gmail.com", "142", "5", "", "", "ริมกก",
           "เมืองเชียงราย", "เชียงราย", "57100"),
    Person("นางสาว", "อรอุมา", "ศรีสุข", check_digit("120990015346"), date(2000, 7, 19),
           "0638452917", "onuma.ss@outlook.com", "88/120", "", "", "ติวานนท์",
           "ท่าทราย", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    Person("นาย", "ประเสริฐ", "บุญเรือง", check_digit("365020011187"), date(1958, 12, 30),
           "0896137542", "prasert.br@gmail.com", "9", "3", "", "", "บ้านกร่าง",
           "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    Person("นาง", "วิไลวรรณ", "จันทร์หอม", check_digit("101030072654"), date(1979, 5, 14),
           "0824597163", "wilaiwan.ch@hotmail.co.th", "55/3", "", "จรัญสนิทวงศ์ 13",
           "จรัญสนิทวงศ์", "วัดท่าพระ", "บางกอกใหญ่", "กรุงเทพมหานคร", "10600"),
    Person("นาย", "ธีรวัฒน์", "พรหมมา", check_digit("383010026431"), date(1990, 1, 22),
           "0987416325", "teerawat.pm@gmail.com", "17", "2", "", "", "รัษฎา",
           "เมืองภูเก็ต", "ภูเก็ต", "83000"),
)  # fmt: skip

SAMPLE = Person("นาย", "สมชาย", "ใจดี", check_digit("310100012345"), date(1980, 1, 1),
                "0812345678", "somchai@example.com", "99", "1", "", "", "ในเมือง",
                "เมืองนครราชสีมา", "นครราชสีมา", "30000")  # fmt: skip
AGENCY_PHONE, AGENCY_MAIL = "043-245-678", "saraban@nongwaeng.go.th"
OLD_MOBILE = "0815552468"
OLD_LINE = "12 หมู่ที่ 1 ตำบลในเมือง อำเภอเมืองขอนแก่น"

SUBJECTS = ("ส่งคำร้องทั่วไป", "ยื่นคำร้องตามไฟล์แนบ", "แบบคำร้อง (กรอกแล้ว)", "ขอยื่นคำร้อง")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "ตามไฟล์แนบครับ\n",
    "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง\n\nแนบแบบคำร้องที่กรอกแล้วมาพร้อมนี้ครับ\n",
    "สวัสดีค่ะ ส่งคำร้องมาค่ะ รายละเอียดตามไฟล์แนบ\n\nSent from my iPhone\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 14, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen17-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def spaced_line(p: Person) -> str:
    """The address as typed part by part after printed part labels (one space between a
    part's label and its value): a clerk accepts it as written out."""
    parts = [p.house, f"หมู่ที่ {p.moo}" if p.moo else "", f"ซอย {p.soi}" if p.soi else "",
             f"ถนน {p.road}" if p.road else "",
             f"{'แขวง' if p.bangkok else 'ตำบล'} {p.tambon}",
             f"{'เขต' if p.bangkok else 'อำเภอ'} {p.amphoe}"]  # fmt: skip
    return " ".join(x for x in parts if x)


def one(style: str, p: Person, i: int, file: Attachment) -> Case:
    return Case(style, message(p, i, file), expect(p, "", spaced_line(p)))


def pairs(p: Person) -> list[tuple[str, str]]:
    return [("ชื่อ - นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip


def age(p: Person) -> int:
    had_birthday = (TODAY.month, TODAY.day) >= (p.born.month, p.born.day)
    return TODAY.year - p.born.year - (0 if had_birthday else 1)


def address_parts(p: Person, dash: bool = True) -> list[tuple[str, str]]:
    """The official form's address parts with their printed labels; an empty part is
    typed "-" (or left blank)."""
    blank = "-" if dash else ""
    return [("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or blank), ("ซอย", p.soi or blank),
            ("ถนน", p.road or blank), ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)]  # fmt: skip


def zipped(mime: str, files: dict[str, str]) -> bytes:
    """An OpenDocument package: the stored mimetype first, then the XML parts."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                + "".join(f'<manifest:file-entry manifest:full-path="{n}" '
                          'manifest:media-type="text/xml"/>' for n in files)
                + "</manifest:manifest>")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime.encode(), compress_type=zipfile.ZIP_STORED)
        for name, xml in files.items():
            z.writestr(name, xml.encode())
        z.writestr("META-INF/manifest.xml", manifest.encode())
    return out.getvalue()


# --- Word --------------------------------------------------------------------------------

LEADERS = ('<w:tabs><w:tab w:val="left" w:leader="dot" w:pos="2600"/>'
           '<w:tab w:val="left" w:leader="dot" w:pos="5200"/>'
           '<w:tab w:val="left" w:leader="dot" w:pos="7000"/>'
           '<w:tab w:val="left" w:leader="dot" w:pos="9000"/></w:tabs>')  # fmt: skip
TAB = "<w:r><w:tab/></w:r>"


def leader_line(*cells: str, typed: Iterable[int] = ()) -> str:
    """One line of the official form: printed words and typed values parted by tabs whose
    stops draw dot leaders; the typed values in their own (blue) runs."""
    mine = set(typed)
    runs = [t(c, '<w:color w:val="1F3864"/>') if k in mine else t(c) for k, c in enumerate(cells)]
    return para(*[r + (TAB if k < len(runs) - 1 else "") for k, r in enumerate(runs)], ppr=LEADERS)


def docx_gov_form_inline_leaders(p: Person, i: int) -> Case:
    """The official แบบคำร้องทั่วไป made in Word: each line holds several pairs between
    dot-leader tab stops (ข้าพเจ้า ... อายุ ... ปี; the address part by part over two
    lines), typed over by the citizen; empty parts typed "-" in one variant, left
    blank in the other."""
    parts = dict(address_parts(p, dash=i % 2 == 0))
    odd = (1, 3, 5)
    lines = [
        HEADING,
        para(t("เขียนที่ องค์การบริหารส่วนตำบลหนองแวง"), ppr='<w:jc w:val="right"/>'),
        para(t("เรื่อง ขอความอนุเคราะห์"), ppr=""),
        leader_line("ข้าพเจ้า (นาย/นาง/นางสาว)", p.name, "อายุ", str(age(p)), "ปี", typed=(1, 3)),
        leader_line(
            "เลขประจำตัวประชาชน", dashed_id(p.nid), "เกิดวันที่", thai_date(p.born), typed=odd[:2]
        ),
        leader_line(
            "อยู่บ้านเลขที่", parts["บ้านเลขที่"], "หมู่ที่", parts["หมู่ที่"], "ซอย", parts["ซอย"], typed=odd
        ),
        leader_line(
            "ถนน",
            parts["ถนน"],
            "ตำบล/แขวง",
            parts["ตำบล/แขวง"],
            "อำเภอ/เขต",
            parts["อำเภอ/เขต"],
            typed=odd,
        ),
        leader_line("จังหวัด", p.province, "รหัสไปรษณีย์", p.postal, typed=odd[:2]),
        leader_line("โทรศัพท์", dashed_phone(p.mobile), "อีเมล", p.email, typed=odd[:2]),
        leader_line("มีความประสงค์", "ขอรับรองสำเนาทะเบียนบ้าน", typed=(1,)),
        para(
            t("ลงชื่อ........................................ผู้ยื่นคำร้อง"), ppr='<w:jc w:val="right"/>'
        ),
        para(t(f"({p.name})"), ppr='<w:jc w:val="right"/>'),
    ]
    return one("docx_gov_form_inline_leaders", p, i,
               ("แบบคำร้องทั่วไป.docx", body_docx("".join(lines)), DOCX))  # fmt: skip


def docx_sdt_inline_sentence(p: Person, i: int) -> Case:
    """The ข้าพเจ้า... sentence with a content control in each blank; the home-phone
    control (or the fax control) left showing its placeholder text."""
    prompt = "คลิกหรือแตะที่นี่เพื่อป้อนข้อความ" if i % 2 == 0 else "Click or tap here to enter text."
    spare = "โทรศัพท์บ้าน" if i % 2 == 0 else "โทรสาร"
    text = [
        t("ข้าพเจ้า "), sdt("ชื่อ", "name", p.name), t(" เลขประจำตัวประชาชน "),
        sdt("เลขบัตร", "id", p.nid), t(" เกิดวันที่ "), sdt("วันเกิด", "born", slash_date(p.born)),
        t(" อยู่บ้านเลขที่ "), sdt("ที่อยู่", "addr", p.line()), t(" จังหวัด "),
        sdt("จังหวัด", "prov", p.province), t(" รหัสไปรษณีย์ "), sdt("รหัส", "zip", p.postal),
        t(f" {spare} "), sdt(spare, "tel", prompt, placeholder=True),
        t(" โทรศัพท์มือถือ "), sdt("มือถือ", "mobile", dashed_phone(p.mobile)),
        t(" อีเมล "), sdt("อีเมล", "mail", p.email),
        t(" มีความประสงค์ขอรับเงินเบี้ยยังชีพ"),
    ]  # fmt: skip
    xml = HEADING + para(*text, ppr='<w:jc w:val="thaiDistribute"/>')
    return one("docx_sdt_inline_sentence", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def cell(inner: str, width: int = 3000, props: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{props}</w:tcPr>{inner}</w:tc>'


def grid(rows: Iterable[str], cols: int, width: int = 1500) -> str:
    borders = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
               "</w:tblBorders>")  # fmt: skip
    cols_xml = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{borders}</w:tblPr>'
            f"<w:tblGrid>{cols_xml}</w:tblGrid>{''.join(rows)}</w:tbl>")  # fmt: skip


def span(text: str, n: int, width: int = 1500) -> str:
    props = f'<w:gridSpan w:val="{n}"/>' if n > 1 else ""
    return cell(para(t(text)) if text else para(), width * n, props)


def mark(kind: str, k: int, inner: str) -> str:
    return (
        f'<w:{kind} w:id="{900 + k}" w:author="{"อบต." if kind == "del" else "ผู้ยื่น"}" '
        f'w:date="2026-12-02T10:00:00Z">{inner}</w:{kind}>'
    )


def deleted_run(text: str) -> str:
    return f'<w:r><w:delText xml:space="preserve">{xml_escape(text)}</w:delText></w:r>'


def docx_tracked_row_deleted(p: Person, i: int) -> Case:
    """The citizen corrected last year's form with Track Changes on: the old mobile's
    row is a tracked-deleted table row (its text in w:delText) and the new row a tracked
    insertion; the address cell holds a tracked deletion of the old address before the
    inserted new one."""

    def row(label: str, value: str, change: str = "", k: int = 0) -> str:
        tr_pr = f"<w:trPr>{mark(change, k, '')}</w:trPr>" if change else ""
        if change == "del":
            inner = para(mark("del", k + 1, deleted_run(value)))
            lab = para(mark("del", k + 2, deleted_run(label)))
        elif change == "ins":
            inner = para(mark("ins", k + 1, t(value)))
            lab = para(mark("ins", k + 2, t(label)))
        else:
            inner, lab = para(t(value)), para(t(label))
        return f"<w:tr>{tr_pr}{cell(lab, 3000)}{cell(inner, 6000)}</w:tr>"

    address = para(mark("del", 40, deleted_run(OLD_LINE)), mark("ins", 41, t(p.line())))
    rows = [row(label, value) for label, value in pairs(p)[:3]]
    rows.append(f"<w:tr>{cell(para(t('ที่อยู่')), 3000)}{cell(address, 6000)}</w:tr>")
    rows += [row(label, value) for label, value in pairs(p)[4:6]]
    old = ("โทรศัพท์มือถือ", dashed_phone(OLD_MOBILE))
    if i % 2 == 0:
        rows += [row(*old, change="del", k=10), row(*pairs(p)[6], change="ins", k=20)]
    else:
        rows += [row(*pairs(p)[6], change="ins", k=20), row(*old, change="del", k=10)]
    rows.append(row(*pairs(p)[7]))
    xml = HEADING + grid(rows, 2, 4500) + para()
    return one("docx_tracked_row_deleted", p, i, ("คำร้อง_แก้ไข.docx", body_docx(xml), DOCX))


def docx_address_row_pairs(p: Person, i: int) -> Case:
    """A six-column table: name, ID, birth date, phone and e-mail each a label cell and a
    value cell spanning five columns; under a heading row "ที่อยู่ตามทะเบียนบ้าน", the
    address as label/value cell pairs across three rows."""
    parts = address_parts(p, dash=i % 2 == 0)
    top = [(label, value) for label, value in pairs(p) if label not in
           ("ที่อยู่", "จังหวัด", "รหัสไปรษณีย์")]  # fmt: skip
    rows = [f"<w:tr>{span(label, 1)}{span(value, 5)}</w:tr>" for label, value in top[:3]]
    rows.append(f"<w:tr>{span('ที่อยู่ตามทะเบียนบ้าน', 6)}</w:tr>")
    for k in range(0, 6, 3):
        rows.append("<w:tr>" + "".join(span(lab, 1) + span(val, 1) for lab, val in parts[k:k + 3])
                    + "</w:tr>")  # fmt: skip
    (l1, v1), (l2, v2) = parts[6:]
    rows.append(f"<w:tr>{span(l1, 1)}{span(v1, 1)}{span(l2, 1)}{span(v2, 3)}</w:tr>")
    rows += [f"<w:tr>{span(label, 1)}{span(value, 5)}</w:tr>" for label, value in top[3:]]
    xml = HEADING + grid(rows, 6) + para()
    return one("docx_address_row_pairs", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def docx_name_parts_row(p: Person, i: int) -> Case:
    """The name as three label/value cell pairs in one row (คำนำหน้านาม | นาง | ชื่อ |
    สุภาพร | ชื่อสกุล | คำภูเมือง); the other fields a label cell and a value cell
    spanning the rest."""
    words = ("คำนำหน้านาม", "ชื่อ", "ชื่อสกุล") if i % 2 == 0 else ("คำนำหน้า", "ชื่อตัว", "นามสกุล")
    name_row = "".join(span(w, 1) + span(v, 1) for w, v in zip(words, (p.title, p.first, p.last),
                                                                    strict=True))  # fmt: skip
    rows = [f"<w:tr>{name_row}</w:tr>"]
    rows += [f"<w:tr>{span(label, 1)}{span(value, 5)}</w:tr>" for label, value in pairs(p)[1:]]
    xml = HEADING + grid(rows, 6) + para()
    return one("docx_name_parts_row", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def docx_first_page_header_sample(p: Person, i: int) -> Case:
    """The agency's template shows how to fill it in its FIRST-PAGE header (a different
    first page): a sample person's name, ID and phone; the citizen's own values below in
    label: value paragraphs."""
    sample = (
        f"ตัวอย่างการกรอก ชื่อ - นามสกุล: {SAMPLE.name}  เลขประจำตัวประชาชน: "
        f"{dashed_id(SAMPLE.nid)}  โทรศัพท์มือถือ: {dashed_phone(SAMPLE.mobile)}"
    )
    xml = HEADING + "".join(para(t(f"{label}: {value}")) for label, value in pairs(p))

    def edit(d: Any) -> None:
        section = d.sections[0]
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = sample
        if i % 2:
            section.first_page_header.add_paragraph(f"อีเมล: {SAMPLE.email}")
        section.header.paragraphs[0].text = "แบบคำร้องทั่วไป (ต่อ)"

    return one("docx_first_page_header_sample", p, i,
               ("แบบคำร้อง.docx", body_docx(xml, edit), DOCX))  # fmt: skip


def docx_wps_fullwidth_spacing(p: Person, i: int) -> Case:
    """Saved by WPS Office on a phone: the label in one run (eastAsia hint), a FULL-WIDTH
    colon and ideographic spaces (U+3000) before the value; in the other variant no colon,
    the gap made of no-break spaces."""
    hint = '<w:rFonts w:hint="eastAsia"/>'
    gap = "：\u3000" if i % 2 == 0 else "\u00a0" * 4
    xml = HEADING + "".join(para(t(label, hint), t(gap, hint), t(value, hint))
                            for label, value in pairs(p))  # fmt: skip
    return one("docx_wps_fullwidth_spacing", p, i, ("คำร้อง(1).docx", body_docx(xml), DOCX))


def docx_label_hints_in_brackets(p: Person, i: int) -> Case:
    """Every label carries the agency's bracketed instruction as a qualifier: "เลข
    ประจำตัวประชาชน (13 หลัก)", "วันเดือนปีเกิด (วว/ดด/ปปปป)", "โทรศัพท์ (ที่ติดต่อได้)"...
    in a two-column table."""
    hinted = [("ชื่อ - นามสกุล (ระบุคำนำหน้า)", p.name),
              ("เลขประจำตัวประชาชน (13 หลัก)", p.nid),
              ("วันเดือนปีเกิด (วว/ดด/ปปปป)", slash_date(p.born)),
              ("ที่อยู่ (ตามทะเบียนบ้าน)", p.line()),
              ("จังหวัด", p.province), ("รหัสไปรษณีย์ (5 หลัก)", p.postal),
              ("โทรศัพท์ (ที่ติดต่อได้)", dashed_phone(p.mobile)),
              ("อีเมล (ถ้ามี)", p.email)]  # fmt: skip
    if i % 2:
        hinted[1] = ("เลขประจำตัวประชาชน (ไม่ต้องใส่ขีด)", p.nid)
    rows = [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in hinted]
    xml = HEADING + grid(rows, 6) + para()
    return one("docx_label_hints_in_brackets", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def odt(body: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f"<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")  # fmt: skip
    return zipped(ODT, {"content.xml": content})


def tp(inner: str) -> str:
    return f"<text:p>{inner}</text:p>"


def odt_text_input_fields(p: Person, i: int) -> Case:
    """A LibreOffice Writer form: each value is an Input Field (text:text-input, its
    description the field's name) inside the label's line; in the second variant an empty
    placeholder field (text:placeholder, "<โทรศัพท์บ้าน>") is left in the home-phone line."""

    def field(desc: str, value: str) -> str:
        return f'<text:text-input text:description="{desc}">{xml_escape(value)}</text:text-input>'

    lines = [tp("แบบคำร้องทั่วไป")]
    lines += [tp(f"{xml_escape(label)} : {field(label, value)}") for label, value in pairs(p)]
    if i % 2:
        lines.insert(7, tp('โทรศัพท์บ้าน : <text:placeholder text:placeholder-type="text">'
                           "&lt;โทรศัพท์บ้าน&gt;</text:placeholder>"))  # fmt: skip
    return one("odt_text_input_fields", p, i, ("แบบคำร้อง.odt", odt("".join(lines)), ODT))


def odt_tracked_deletion(p: Person, i: int) -> Case:
    """A LibreOffice Writer form corrected with Track Changes on: the deleted old values
    are stored in text:tracked-changes at the top of the body (a text:deletion holding
    the old lines), the body keeps only a text:change marker where they stood."""
    old = [("โทรศัพท์มือถือ", dashed_phone(OLD_MOBILE))] if i % 2 == 0 else [("ที่อยู่", OLD_LINE)]
    info = ("<office:change-info><dc:creator>ผู้ยื่น</dc:creator>"
            "<dc:date>2026-12-02T10:00:00</dc:date></office:change-info>")  # fmt: skip
    deleted = "".join(tp(f"{xml_escape(a)} : {xml_escape(b)}") for a, b in old)
    tracked = ('<text:tracked-changes><text:changed-region text:id="ct1">'
               f"<text:deletion>{info}{deleted}</text:deletion></text:changed-region>"
               "</text:tracked-changes>")  # fmt: skip
    lines = [tp("แบบคำร้องทั่วไป")]
    for label, value in pairs(p):
        if label == old[0][0]:
            lines.append('<text:p><text:change text:change-id="ct1"/></text:p>')
        lines.append(tp(f"{xml_escape(label)} : {xml_escape(value)}"))
    return one("odt_tracked_deletion", p, i, ("คำร้อง.odt", odt(tracked + "".join(lines)), ODT))


# --- Text PDF ----------------------------------------------------------------------------


def fpdf(face: str = "Norasi", size: float = 15) -> Any:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=size)
    pdf.set_text_shaping(True)
    return pdf


def pdf_thai_distributed_spacing(p: Person, i: int) -> Case:
    """Printed from Word with Thai Distributed alignment: extra letter spacing inside the
    words (here 1.2 pt between letters) on the whole page, or on the labels only."""
    pdf = fpdf()
    pdf.text(80, 25, "แบบคำร้องทั่วไป")
    for k, (label, value) in enumerate(pairs(p)):
        pdf.set_char_spacing(1.2)
        pdf.text(20, 45 + 12 * k, label)
        if i % 2:
            pdf.set_char_spacing(0)
        pdf.text(75, 45 + 12 * k, ": " + value)
    return one("pdf_thai_distributed_spacing", p, i, ("คำร้อง.pdf", bytes(pdf.output()), PDF))


def over_dots(pdf: Any, x: float, y: float, label: str, value: str, width: float) -> float:
    """A printed label, a dotted blank to `width`, the typed value drawn over the dots."""
    pdf.text(x, y, label)
    lw = pdf.get_string_width(label) + 1
    dots = "." * max(3, int((width - lw) / pdf.get_string_width(".")))
    pdf.text(x + lw, y + 0.6, dots)
    pdf.text(x + lw + 3, y - 0.8, value)
    return x + width + 2


def pdf_gov_form_multi_pairs_line(p: Person, i: int) -> Case:
    """The official form printed and filled by a typing program: several labelled blanks
    per line, each value drawn over its dotted blank; the address part by part."""
    pdf = fpdf(size=14)
    pdf.text(80, 22, "แบบคำร้องทั่วไป")
    parts = dict(address_parts(p, dash=i % 2 == 0))
    lines = [
        [("ข้าพเจ้า", p.name, 110), ("อายุ", str(age(p)), 25), ("ปี", "", 8)],
        [("เลขประจำตัวประชาชน", dashed_id(p.nid), 90), ("เกิดวันที่", thai_date(p.born), 70)],
        [("อยู่บ้านเลขที่", parts["บ้านเลขที่"], 50), ("หมู่ที่", parts["หมู่ที่"], 30),
         ("ซอย", parts["ซอย"], 80)],
        [("ถนน", parts["ถนน"], 50), ("ตำบล/แขวง", parts["ตำบล/แขวง"], 55),
         ("อำเภอ/เขต", parts["อำเภอ/เขต"], 60)],
        [("จังหวัด", p.province, 70), ("รหัสไปรษณีย์", p.postal, 50)],
        [("โทรศัพท์", dashed_phone(p.mobile), 70), ("อีเมล", p.email, 95)],
    ]  # fmt: skip
    for k, line in enumerate(lines):
        x = 20.0
        for label, value, width in line:
            if label == "ปี":
                pdf.text(x, 40 + 11 * k, label)
                continue
            x = over_dots(pdf, x, 40 + 11 * k, label, value, width)
    return one("pdf_gov_form_multi_pairs_line", p, i, ("คำร้อง.pdf", bytes(pdf.output()), PDF))


def pdf_running_header_footer(p: Person, i: int) -> Case:
    """Printed from Word: a running header (form code, page x of y) and a footer with the
    agency's own address, phone and e-mail around the citizen's label : value lines."""
    texts = [(20, 12, "แบบ คร.1 แบบคำร้องทั่วไป" + " " * 40 + "หน้า 1 จาก 1"),
             (80, 30, "แบบคำร้องทั่วไป")]  # fmt: skip
    texts += [(20, 50 + 12 * k, f"{label} : {value}") for k, (label, value) in enumerate(pairs(p))]
    texts += [(20, 280, "องค์การบริหารส่วนตำบลหนองแวง 199 หมู่ที่ 3 ตำบลหนองแวง "
                        "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
              (20, 287, f"โทรศัพท์ {AGENCY_PHONE} อีเมล {AGENCY_MAIL}")]  # fmt: skip
    if i % 2:
        texts.insert(2, (20, 40, "เรียน นายกองค์การบริหารส่วนตำบลหนองแวง"))
    data = pdf_page(texts, size=13, face="Kinnari")
    return one("pdf_running_header_footer", p, i, ("คำร้อง.pdf", data, PDF))


def pdf_label_value_4col_grid(p: Person, i: int) -> Case:
    """A ruled grid of four columns, two pairs per row (label, value, label, value), the
    address on a row of its own across three columns."""
    prs = pairs(p)
    rows = [(prs[0], None), (prs[1], prs[2]), (prs[3], None), (prs[4], prs[5]), (prs[6], prs[7])]
    texts: list[tuple[float, float, str]] = [(80, 22, "แบบคำร้องทั่วไป")]
    rects = []
    for k, (a, b) in enumerate(rows):
        y = 35 + 12 * k
        texts += [(17, y + 8, a[0]), (62, y + 8, a[1])]
        if b is None:
            rects += [(15, y, 45, 12), (60, y, 135, 12)]
        else:
            texts += [(107, y + 8, b[0]), (150, y + 8, b[1])]
            rects += [(15, y, 45, 12), (60, y, 45, 12), (105, y, 43, 12), (148, y, 47, 12)]
    data = pdf_page(texts, size=12 if i % 2 else 13, face="Garuda" if i % 2 else "Laksaman",
                    rects=rects)  # fmt: skip
    return one("pdf_label_value_4col_grid", p, i, ("คำร้อง.pdf", data, PDF))


THAI_BASE = {chr(c) for c in range(0x0E01, 0x0E31)} | {"\u0e40", "\u0e41", "\u0e42", "\u0e43",
                                                       "\u0e44"}  # fmt: skip


def fragments(text: str, size: int) -> list[str]:
    """Cut a text into pieces of about `size` letters, only before a base letter (never
    between a letter and its marks)."""
    out, cur = [], ""
    for ch in text:
        if len(cur) >= size and (ch in THAI_BASE or ch.isascii()):
            out.append(cur)
            cur = ""
        cur += ch
    return [*out, cur] if cur else out


def pdf_text_in_fragments(p: Person, i: int) -> Case:
    """Each line drawn as fragments of a few letters, each at its own x (as some PDF
    printers place text shaped with kerning), no space between the fragments of a word."""
    pdf = fpdf(face="Laksaman", size=14)
    pdf.text(80, 22, "แบบคำร้องทั่วไป")
    for k, (label, value) in enumerate(pairs(p)):
        x, y = 20.0, 40 + 12 * k
        for piece in fragments(f"{label}: {value}", 3 + i % 2):
            pdf.text(x, y, piece)
            x += pdf.get_string_width(piece) + 0.05
    return one("pdf_text_in_fragments", p, i, ("คำร้อง.pdf", bytes(pdf.output()), PDF))


# --- PDF forms ---------------------------------------------------------------------------


def labels_page(rows: Iterable[tuple[float, float, str]], size: float = 13) -> bytes:
    return pdf_page([(80, 20, "แบบคำร้องทั่วไป"), *rows], size=size)


def acro_id_group_combs(p: Person, i: int) -> Case:
    """The ID as five comb fields grouped 1-4-5-2-1 (as the printed card groups it), named
    Text5..Text9, with a printed "-" between the groups; the other fields named Text1..."""
    y = 40.0
    page = [(20, y + 12 * k, label) for k, (label, _) in enumerate(pairs(p))]
    page += [(x, y + 12, "-") for x in (83, 112.5, 148.5, 166.5)]
    base = labels_page(page)
    nid = p.nid
    groups = [nid[0], nid[1:5], nid[5:10], nid[10:12], nid[12]]
    xs, ws = (75, 87, 116, 152, 170), (6, 24, 30, 12, 6)
    fields = [Field(f"Text{5 + k}", g, x, y + 12, w, comb=len(g))
              for k, (g, x, w) in enumerate(zip(groups, xs, ws, strict=True))]  # fmt: skip
    others = [(k, v) for k, (_, v) in enumerate(pairs(p)) if k != 1]
    fields += [Field(f"Text{n + 1}" if n < 4 else f"Text{n + 6}", value, 75, y + 12 * k, 110)
               for n, (k, value) in enumerate(others)]  # fmt: skip
    if i % 2:
        fields.reverse()
    return one("acro_id_group_combs", p, i, ("แบบคำร้อง.pdf", acroform(base, fields), PDF))


def acro_name_three_fields(p: Person, i: int) -> Case:
    """The name in three fields on one printed line (คำนำหน้า [combo] ชื่อ [ ] นามสกุล [ ]),
    the title a combo box; fields named by the designer's numbering."""
    y = 40.0
    page = [(20, y, "คำนำหน้า"), (70, y, "ชื่อ"), (130, y, "นามสกุล")]
    page += [(20, y + 12 * k, label) for k, (label, _) in enumerate(pairs(p)) if k]
    base = labels_page(page)
    titles = ("นาย", "นาง", "นางสาว")
    fields = [
        Field("Dropdown1", p.title, 38, y, 25, kind="choice", options=titles),
        Field("Text1", p.first, 78, y, 48),
        Field("Text2", p.last, 148, y, 45),
    ]
    fields += [Field(f"Text{k + 2}", value, 75, y + 12 * k, 110)
               for k, (_, value) in enumerate(pairs(p)) if k]  # fmt: skip
    return one("acro_name_three_fields", p, i, ("คำร้อง.pdf", acroform(base, fields), PDF))


def acro_half_flattened(p: Person, i: int) -> Case:
    """Half flattened: the name and ID were printed into the page by the agency's system
    (text beside the labels), the rest are still live fields the citizen filled."""
    y = 40.0
    prs = pairs(p)
    page = [(20, y + 12 * k, label) for k, (label, _) in enumerate(prs)]
    page += [(75, y, prs[0][1]), (75, y + 12, prs[1][1])]
    base = labels_page(page)
    names = ("addr", "prov", "zip", "tel", "mail") if i % 2 else ("f3", "f4", "f5", "f6", "f7")
    fields = [
        Field(n, value, 75, y + 12 * k, 110)
        for n, (k, (_, value)) in zip(names, list(enumerate(prs))[3:], strict=True)
    ]
    fields.append(Field("f2" if not i % 2 else "born", prs[2][1], 75, y + 24, 110))
    return one("acro_half_flattened", p, i, ("คำร้อง.pdf", acroform(base, fields), PDF))


def acro_birth_date_three_choices(p: Person, i: int) -> Case:
    """The birth date in three combo boxes (วันที่ / เดือน / พ.ศ.) on one printed line; the
    other fields text boxes beside their labels."""
    y = 40.0
    prs = pairs(p)
    page = [(20, y + 12 * k, label) for k, (label, _) in enumerate(prs) if k != 2]
    page += [(20, y + 24, "เกิดวันที่"), (60, y + 24, "เดือน"), (120, y + 24, "พ.ศ.")]
    base = labels_page(page)
    fields = [Field(f"Text{k + 1}", value, 75, y + 12 * k, 110)
              for k, (_, value) in enumerate(prs) if k != 2]  # fmt: skip
    fields += [
        Field("Day", str(p.born.day), 40, y + 24, 15, kind="choice",
              options=tuple(str(d) for d in range(1, 32))),
        Field("Month", MONTHS[p.born.month - 1], 75, y + 24, 40, kind="choice", options=MONTHS),
        Field("Year", str(p.born.year + 543), 132, y + 24, 20, kind="choice",
              options=tuple(str(y) for y in range(2480, 2570))),
    ]  # fmt: skip
    if i % 2:
        fields = fields[-3:] + fields[:-3]
    return one("acro_birth_date_three_choices", p, i, ("คำร้อง.pdf", acroform(base, fields), PDF))


# --- Excel and ODS -----------------------------------------------------------------------


def xlsx_instructions_sheet_after(p: Person, i: int) -> Case:
    """The form sheet (labels in A, the citizen's values in B merged over B:E) then a
    second sheet "คำชี้แจง" with the agency's instructions, a sample person among them."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws["A1"] = "แบบคำร้องทั่วไป"
        ws.merge_cells("A1:E1")
        for k, (label, value) in enumerate(pairs(p)):
            ws.cell(3 + k, 1, label)
            ws.cell(3 + k, 2, value)
            ws.merge_cells(start_row=3 + k, start_column=2, end_row=3 + k, end_column=5)
        notes = book.create_sheet("คำชี้แจง")
        lines = ["วิธีกรอกแบบคำร้อง", "1. กรอกข้อมูลในช่องสีขาวให้ครบถ้วน",
                 "2. ตัวอย่างการกรอก", f"ชื่อ - นามสกุล : {SAMPLE.name}",
                 f"เลขประจำตัวประชาชน : {dashed_id(SAMPLE.nid)}",
                 f"โทรศัพท์มือถือ : {dashed_phone(SAMPLE.mobile)}",
                 f"อีเมล : {SAMPLE.email}", "3. บันทึกไฟล์แล้วส่งทางอีเมล"]  # fmt: skip
        for k, line in enumerate(lines):
            notes.cell(1 + k, 1, line)
        if i % 2:
            book.active = 1

    return one("xlsx_instructions_sheet_after", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_address_parts_under_captions(p: Person, i: int) -> Case:
    """Labels in A, values in B for name, ID, birth date, phone, e-mail; the address as a
    row of captions (บ้านเลขที่, หมู่ที่, ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต) over a row of
    the citizen's values, then จังหวัด and รหัสไปรษณีย์ captions over theirs."""
    parts = address_parts(p, dash=i % 2 == 0)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำร้อง"
        ws["A1"] = "แบบคำร้องทั่วไป"
        row = 3
        for label, value in pairs(p)[:3]:
            ws.cell(row, 1, label)
            ws.cell(row, 2, value)
            row += 1
        ws.cell(row, 1, "ที่อยู่")
        for chunk in (parts[:6], parts[6:]):
            for c, (caption, value) in enumerate(chunk):
                ws.cell(row, 2 + c, caption)
                ws.cell(row + 1, 2 + c, value)
            row += 2
        for label, value in pairs(p)[6:]:
            ws.cell(row, 1, label)
            ws.cell(row, 2, value)
            row += 1

    return one("xlsx_address_parts_under_captions", p, i,
               ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))  # fmt: skip


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"'
)


def oc(value: str = "", repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not value:
        return f"<table:table-cell{rep}/>"
    return (f'<table:table-cell office:value-type="string"{rep}><text:p>{xml_escape(value)}'
            "</text:p></table:table-cell>")  # fmt: skip


def orow(*cells: str, repeat: int = 1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{''.join(cells)}</table:table-row>"


def ods(*sheets: tuple[str, list[str]]) -> bytes:
    tables = "".join(f'<table:table table:name="{xml_escape(name)}">'
                     '<table:table-column table:number-columns-repeated="8"/>'
                     f"{''.join(rows)}</table:table>" for name, rows in sheets)  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")  # fmt: skip
    return zipped(ODS, {"content.xml": content})


def ods_address_parts_under_captions(p: Person, i: int) -> Case:
    """The same layout as the Excel one, saved by LibreOffice Calc: captions of the
    address parts over the values, empty cells as repeated cells."""
    parts = address_parts(p, dash=i % 2 == 1)
    rows = [orow(oc("แบบคำร้องทั่วไป")), orow(oc(), repeat=1)]
    rows += [orow(oc(label), oc(value)) for label, value in pairs(p)[:3]]
    rows.append(orow(oc("ที่อยู่"), *[oc(c) for c, _ in parts[:6]]))
    rows.append(orow(oc(), *[oc(v) for _, v in parts[:6]]))
    rows.append(orow(oc(), *[oc(c) for c, _ in parts[6:]]))
    rows.append(orow(oc(), *[oc(v) for _, v in parts[6:]]))
    rows += [orow(oc(label), oc(value)) for label, value in pairs(p)[6:]]
    return one("ods_address_parts_under_captions", p, i, ("คำร้อง.ods", ods(("คำร้อง", rows)), ODS))


def ods_repeated_gaps_two_sheets(p: Person, i: int) -> Case:
    """LibreOffice Calc: an instructions sheet first (no values), then the form: labels in
    A, values in D after two repeated empty cells, blank rows as repeated rows."""
    notes = [orow(oc("คำชี้แจง")), orow(oc("กรอกข้อมูลในคอลัมน์ D ให้ครบทุกช่อง")),
             orow(oc("เลขประจำตัวประชาชน กรอก 13 หลัก"))]  # fmt: skip
    rows = [orow(oc("แบบคำร้องทั่วไป")), orow(oc(), repeat=2)]
    for k, (label, value) in enumerate(pairs(p)):
        rows.append(orow(oc(label), oc(repeat=2), oc(value)))
        if k == 2:
            rows.append(orow(oc(), repeat=3))
    sheets = [("คำชี้แจง", notes), ("แบบคำร้อง", rows)]
    if i % 2:
        sheets.reverse()
    return one("ods_repeated_gaps_two_sheets", p, i, ("แบบคำร้อง.ods", ods(*sheets), ODS))


def xlsx_typed_into_label_cells(p: Person, i: int) -> Case:
    """The agency's sheet prints each label with a dotted blank in ONE cell; the citizen
    typed the value into that same cell (after the dots, or over them), province and
    postal code sharing one cell."""
    prs = pairs(p)

    def typed(label: str, value: str) -> str:
        return f"{label} ........ {value}" if i % 2 == 0 else f"{label}....{value}......"

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องทั่วไป"
        cells = [typed(*prs[k]) for k in range(4)]
        cells.append(f"{typed(*prs[4])}   {typed(*prs[5])}")
        cells += [typed(*prs[6]), typed(*prs[7])]
        for k, text in enumerate(cells):
            ws.cell(3 + k, 1, text)

    return one("xlsx_typed_into_label_cells", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


# --- Images ------------------------------------------------------------------------------


def typed_page(p: Person, scale: float) -> Any:
    """A Word page as shown on screen at `scale` (1.0 = 100% zoom at 96 dpi): labels,
    dotted leaders and the typed values, in a grey window around the white page."""
    from PIL import Image, ImageDraw, ImageFont

    page_w, page_h = int(794 * scale), int(800 * scale)
    img = Image.new("RGB", (page_w + 120, page_h + 90), (230, 230, 230))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, img.width, 40), fill=(43, 87, 154))
    ui = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 16)
    draw.text((12, 10), "แบบคำร้อง.docx - Word", font=ui, fill=(255, 255, 255))
    draw.rectangle((60, 60, 60 + page_w, 60 + page_h), fill=(255, 255, 255))
    font = ImageFont.truetype(str(FONTS / "Norasi.ttf"), int(19 * scale))
    bold = ImageFont.truetype(str(FONTS / "Norasi-Bold.ttf"), int(24 * scale))
    left = 60 + int(96 * scale)
    draw.text((60 + page_w // 2 - int(90 * scale), 60 + int(70 * scale)), "แบบคำร้องทั่วไป",
              font=bold, fill=(0, 0, 0))  # fmt: skip
    for k, (label, value) in enumerate(pairs(p)):
        y = 60 + int((140 + 52 * k) * scale)
        draw.text((left, y), label, font=font, fill=(0, 0, 0))
        lw = draw.textlength(label, font=font)
        draw.text((left + lw + 6, y), "." * 60, font=font, fill=(90, 90, 90))
        draw.rectangle(
            (
                left + int(170 * scale),
                y,
                left + int(170 * scale) + draw.textlength(value, font=font) + 10,
                y + int(30 * scale),
            ),
            fill=(255, 255, 255),
        )
        draw.text((left + int(175 * scale), y), value, font=font, fill=(0, 0, 0))
    return img


def png(img: Any) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def png_typed_form_100(p: Person, i: int) -> Case:
    """A screenshot of the typed Word form at 100% zoom (small letters, about 21 px)."""
    body = "ส่งภาพหน้าจอแบบคำร้องมาค่ะ เปิดไฟล์ Word ไม่ได้เลยแคปมา\n"
    data = png(typed_page(p, 1.0))
    return Case("png_typed_form_100",
                message(p, i, ("Screenshot 2026-12-03 141502.png", data, "image/png"), body=body),
                expect(p))  # fmt: skip


def png_typed_form_150(p: Person, i: int) -> Case:
    """The same screenshot at 150% zoom."""
    body = "แนบรูปคำร้องครับ\n"
    data = png(typed_page(p, 1.5))
    return Case("png_typed_form_150",
                message(p, i, ("screenshot.png", data, "image/png"), body=body),
                expect(p))  # fmt: skip


def jpeg(img: Any, quality: int = 60) -> bytes:
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def printed_sheet(p: Person) -> Any:
    """The typed form as printed on A4 (about 150 dpi), to be photographed."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (1500, 1400), (250, 250, 246))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Norasi.ttf"), 34)
    bold = ImageFont.truetype(str(FONTS / "Norasi-Bold.ttf"), 42)
    draw.text((580, 100), "แบบคำร้องทั่วไป", font=bold, fill=(20, 20, 20))
    for k, (label, value) in enumerate(pairs(p)):
        y = 240 + 115 * k
        draw.text((120, y), label, font=font, fill=(20, 20, 20))
        draw.text((450, y), value, font=font, fill=(20, 20, 20))
        draw.line((440, y + 50, 1420, y + 50), fill=(120, 120, 120), width=2)
    return img


def shadowed(img: Any, strength: int) -> Any:
    """A soft shadow across one corner, as a phone held over the page casts."""
    from PIL import Image, ImageChops

    w, h = img.size
    mask = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90).resize((w, h))
    shade = Image.new("RGB", (w, h), (255 - strength, 255 - strength, 255 - strength))
    dark = ImageChops.multiply(img, shade)
    return Image.composite(dark, img, mask)


def perspective(img: Any, skew: float) -> Any:
    """The page photographed from a little below: the top edge narrower than the bottom."""
    from PIL import Image

    w, h = img.size
    d = skew * w
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(d, 0), (w - d, 0), (w, h), (0, h)]
    coeffs = find_coeffs(dst, src)
    canvas = Image.new("RGB", (w, h), (95, 85, 70))  # the table under the page
    warped = img.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                           fillcolor=(95, 85, 70))  # fmt: skip
    canvas.paste(warped)
    return canvas


def find_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """The eight coefficients of the perspective transform taking dst points to src
    (Gauss-Jordan elimination on the 8x8 system)."""
    rows: list[list[float]] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        rows[col] = [c / lead for c in rows[col]]
        for r in range(n):
            if r != col and rows[r][col]:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[r][n] for r in range(n)]


def jpeg_phone_photo_perspective(p: Person, i: int) -> Case:
    """A phone photo of the printed, typed form: seen a little from below (perspective),
    a shadow over one corner, on a wooden table, saved at JPEG quality 60."""
    img = perspective(shadowed(printed_sheet(p), 70 + 20 * (i % 2)), 0.04 + 0.02 * (i % 2))
    body = "ถ่ายรูปแบบคำร้องส่งมาค่ะ\n\nส่งจาก iPhone ของฉัน\n"
    return Case("jpeg_phone_photo_perspective",
                message(p, i, ("IMG_4821.jpg", jpeg(img), "image/jpeg"), body=body),
                expect(p))  # fmt: skip


def jpeg_phone_photo_tilted_dim(p: Person, i: int) -> Case:
    """A phone photo taken under a dim yellow lamp: the page turned by a few degrees,
    the whole picture darker and warmer, JPEG quality 60."""
    from PIL import Image, ImageEnhance

    img = printed_sheet(p).rotate(3.5 if i % 2 else -2.5, expand=True, fillcolor=(70, 60, 50),
                                  resample=Image.Resampling.BICUBIC)  # fmt: skip
    img = ImageEnhance.Brightness(img).enhance(0.72)
    warm = Image.new("RGB", img.size, (255, 235, 190))
    from PIL import ImageChops

    img = ImageChops.multiply(img, warm)
    body = "ส่งรูปคำร้องครับ\n"
    return Case("jpeg_phone_photo_tilted_dim",
                message(p, i, ("LINE_ALBUM_คำร้อง.jpg", jpeg(img), "image/jpeg"), body=body),
                expect(p))  # fmt: skip


# --- Other -------------------------------------------------------------------------------


def lines_of(p: Person) -> str:
    return "\r\n".join(["แบบคำร้องทั่วไป", ""] + [f"{a}: {b}" for a, b in pairs(p)]) + "\r\n"


def txt_utf16_notepad(p: Person, i: int) -> Case:
    """A .txt saved by Windows Notepad as "Unicode": UTF-16 LE with a byte-order mark,
    CRLF line ends, sent as text/plain without a charset (or as octet-stream)."""
    data = "\ufeff".encode("utf-16-le") + lines_of(p).encode("utf-16-le")
    mime = "text/plain" if i % 2 == 0 else "application/octet-stream"
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[i % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 14, i % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen17-{i}-txt@example.com>"
    msg.set_content(BODIES[i % len(BODIES)], charset="utf-8")
    main, sub = mime.split("/")
    msg.add_attachment(data, maintype=main, subtype=sub, filename="คำร้อง.txt")
    return Case("txt_utf16_notepad", bytes(msg), expect(p, "", spaced_line(p)))


def simple_form_docx(p: Person) -> bytes:
    rows = "".join(f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in pairs(p))
    return body_docx(HEADING + grid([rows], 6) + para())


def eml_inner_docx_attachment(p: Person, i: int) -> Case:
    """The citizen forwarded, as an attachment (message/rfc822), the mail she had sent to
    the wrong address; the request is the Word form attached to THAT inner message."""
    inner = EmailMessage()
    inner["From"] = f"{p.first} {p.last} <{p.email}>"
    inner["To"] = "info@nongwaeng.go.th"
    inner["Subject"] = "ส่งแบบคำร้อง"
    inner["Date"] = format_datetime(datetime(2026, 11, 28, 9, 12, tzinfo=UTC))
    inner.set_content("เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบค่ะ\n", charset="utf-8")
    inner.add_attachment(simple_form_docx(p), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                         filename="แบบคำร้อง.docx")  # fmt: skip
    outer = EmailMessage()
    outer["From"] = f"{p.first} {p.last} <{p.email}>"
    outer["To"] = "saraban@example.go.th"
    outer["Subject"] = "Fw: ส่งแบบคำร้อง"
    outer["Date"] = format_datetime(datetime(2026, 12, 3, 14, i % 60, tzinfo=UTC))
    outer["Message-ID"] = f"<unseen17-{i}-eml@example.com>"
    note = ("ส่งผิดที่อยู่ไปก่อนหน้านี้ ขอส่งต่อมาที่นี่ค่ะ\n" if i % 2 == 0
            else "ส่งต่อเมลเดิมมาให้ครับ\n")  # fmt: skip
    outer.set_content(note, charset="utf-8")
    outer.add_attachment(inner)
    return Case("eml_inner_docx_attachment", bytes(outer), expect(p, "", spaced_line(p)))


def csv_label_value_cp874(p: Person, i: int) -> Case:
    """A two-column CSV (label,value per line) saved by Excel on a Thai Windows: CP874
    with CRLF; in the other variant Excel's "CSV UTF-8" (with a byte-order mark). The
    address holds commas and is quoted."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["แบบคำร้องทั่วไป", ""])
    for label, value in pairs(p):
        writer.writerow([label, value.replace(" ตำบล", ", ตำบล").replace(" แขวง", ", แขวง")
                         if label == "ที่อยู่" else value])  # fmt: skip
    text = out.getvalue()
    data = text.encode("cp874") if i % 2 == 0 else "\ufeff".encode() + text.encode()
    typed = p.line().replace(" ตำบล", ", ตำบล").replace(" แขวง", ", แขวง")
    return Case("csv_label_value_cp874", message(p, i, ("คำร้อง.csv", data, "text/csv")),
                expect(p, "", typed, spaced_line(p)))  # fmt: skip


def mht_single_file_web_page(p: Person, i: int) -> Case:
    """Word's "Single File Web Page" (.mht): a MIME multipart/related archive whose HTML
    part (windows-874, quoted-printable) holds the form as a table; sent as octet-stream
    or as Chrome's application/x-mimearchive."""
    rows = "".join(
        f"<tr><td>{xml_escape(a)}</td><td>{xml_escape(b)}</td></tr>" for a, b in pairs(p)
    )
    html = ('<html xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-874"></head>'
            f"<body><p class=MsoNormal align=center><b>แบบคำร้องทั่วไป</b></p>"
            f"<table class=MsoTableGrid border=1>{rows}</table></body></html>")  # fmt: skip
    qp = quopri.encodestring(html.encode("cp874")).decode("ascii").replace("\n", "\r\n")
    mht = ("MIME-Version: 1.0\r\n"
           'Content-Type: multipart/related; boundary="----=_NextPart_01DB4512.3A1C2E80"\r\n\r\n'
           "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
           "------=_NextPart_01DB4512.3A1C2E80\r\n"
           "Content-Location: file:///C:/Users/user/Documents/form.htm\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n"
           'Content-Type: text/html; charset="windows-874"\r\n\r\n'
           f"{qp}\r\n\r\n------=_NextPart_01DB4512.3A1C2E80--\r\n")  # fmt: skip
    mime = "application/octet-stream" if i % 2 == 0 else "application/x-mimearchive"
    return one("mht_single_file_web_page", p, i, ("แบบคำร้อง.mht", mht.encode("ascii"), mime))


STYLES: tuple[Style, ...] = (
    docx_gov_form_inline_leaders, docx_sdt_inline_sentence, docx_tracked_row_deleted,
    docx_address_row_pairs, docx_name_parts_row, docx_first_page_header_sample,
    docx_wps_fullwidth_spacing, docx_label_hints_in_brackets, odt_text_input_fields,
    odt_tracked_deletion,
    pdf_thai_distributed_spacing, pdf_gov_form_multi_pairs_line, pdf_running_header_footer,
    pdf_label_value_4col_grid, pdf_text_in_fragments,
    acro_id_group_combs, acro_name_three_fields, acro_half_flattened,
    acro_birth_date_three_choices,
    xlsx_instructions_sheet_after, xlsx_address_parts_under_captions,
    ods_address_parts_under_captions, ods_repeated_gaps_two_sheets, xlsx_typed_into_label_cells,
    png_typed_form_100, png_typed_form_150, jpeg_phone_photo_perspective,
    jpeg_phone_photo_tilted_dim,
    txt_utf16_notepad, eml_inner_docx_attachment, csv_label_value_cp874,
    mht_single_file_web_page,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "Word" for s in STYLES[:10]},
    **{s.__name__: "text PDF" for s in STYLES[10:15]},
    **{s.__name__: "PDF form" for s in STYLES[15:19]},
    **{s.__name__: "Excel/ODS" for s in STYLES[19:24]},
    **{s.__name__: "image" for s in STYLES[24:28]},
    **{s.__name__: "other" for s in STYLES[28:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
