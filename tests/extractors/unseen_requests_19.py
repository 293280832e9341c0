"""A nineteenth set of requests written by someone who had not read the readers (issue 8):
the request is in an ATTACHMENT, in shapes real Thai offices' and citizens' files take and
sets 1-17 do not hold.

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, the
test of set 17, the file makers of sets 5, 11, 13, 15 and 17 and the earlier sets' style
names were read). Every mail says little more than "ตามไฟล์แนบ":

- Word: values in text boxes written twice (DrawingML with its VML fallback); household
  members in a repeating-section content control below the applicant; a two-column
  section whose labels fill the first column and values the second after a column
  break; a group caption in a tall vertically-merged cell with vertical text; a
  horizontal header row over a row of values, in two bands; a Google Docs export with
  each label a bold paragraph and the answer below it; a footer holding the office's own
  13-digit tax number and phone; the ข้าพเจ้า... sentence with values in dotted-underline
  runs; bilingual labels on two lines in one cell.
- ODT: the address typed on two lines in one table cell (text:line-break), spaces as
  text:s.
- Text PDF: tone marks and upper vowels drawn after each line's base letters; a form
  printed to PDF with small captions inside the boxes; a numbered item table (ลำดับ |
  รายการ | ข้อมูล); values in Thai numerals; an office's receipt stamp above the form.
- PDF form: an empty proxy block of live fields under the applicant's; a form printed to
  PDF whose empty widgets were left over the printed values; Acrobat's auto-detected
  fields named "undefined", "undefined_2"...; two fields per printed line named fill_N.
- Excel/ODS: numbers kept as numbers under Thai-locale formats (B.E. dates, a dashed ID
  format); a register-style header row with the name in three columns; one section per
  sheet; tall merged label cells with a two-line address cell; ODS typed numbers and
  dates.
- Images: a PDF viewer's screenshot at 125%; a phone photo of a printed ruled table;
  a chat screenshot whose bubbles hold the answers; a flatbed grey scan with speckles.
- Other: a WordPad RTF in code page 874 with tabs; a TIS-620 text file padded into
  columns; an HTML attachment whose script holds a sample person; a zip with the form
  and a read-me holding the office's sample values; an .eml sent as octet-stream whose
  own attachment is the Excel form.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented;
the ID check digits are computed with `with_check_digit`.
"""

from __future__ import annotations

import io
import zipfile
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
from unseen_requests_11 import PDF, WPS_NS, Attachment, dashed_phone, t
from unseen_requests_13 import HEADING, body_docx, dashed_id, para, slash_date
from unseen_requests_17 import ODS, ODT, fpdf, grid, jpeg, oc, ods, orow, png, span, tp, zipped

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "รัชนี", "ทองประเสริฐ", with_check_digit("345070018264"), date(1974, 10, 6),
           "0817392046", "ratchanee.tp@gmail.com", "118", "6", "", "", "หนองขอน",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "อภิชาติ", "วงศ์ใหญ่", with_check_digit("110200054371"), date(1985, 2, 17),
           "0896420735", "apichart.wy@hotmail.com", "64/219", "", "ประชาอุทิศ 33",
           "ประชาอุทิศ", "บางมด", "ทุ่งครุ", "กรุงเทพมหานคร", "10140"),
    Person("นางสาว", "ศิริพร", "เกตุแก้ว", with_check_digit("167040029815"), date(1998, 8, 23),
           "0652917384", "siriporn.kk@gmail.com", "27", "4", "", "", "ท่าพล",
           "เมืองเพชรบูรณ์", "เพชรบูรณ์", "67250"),
    Person("นาย", "สมบัติ", "ชัยมงคล", with_check_digit("341200037152"), date(1962, 5, 3),
           "0873014629", "sombat.cm@yahoo.com", "5", "10", "", "", "นาเยีย",
           "นาเยีย", "อุบลราชธานี", "34160"),
    Person("นาง", "จันทร์เพ็ญ", "ศรีอ่อน", with_check_digit("150200041736"), date(1981, 12, 29),
           "0928156307", "janpen.sa@outlook.com", "203/5", "2", "", "", "ริมปิง",
           "เมืองลำพูน", "ลำพูน", "51000"),
    Person("นาย", "ธนวัฒน์", "แก้วประเสริฐ", with_check_digit("120100068294"), date(1994, 3, 11),
           "0614839275", "thanawat.kp@gmail.com", "99/87", "", "", "แจ้งวัฒนะ",
           "ปากเกร็ด", "ปากเกร็ด", "นนทบุรี", "11120"),
    Person("นางสาว", "วรรณภา", "อินทร์แก้ว", with_check_digit("195010073648"), date(2001, 1, 31),
           "0836275194", "wannapa.ik@gmail.com", "14", "3", "", "", "ตะโหมด",
           "ตะโหมด", "พัทลุง", "93160"),
    Person("นาย", "เกียรติศักดิ์", "บุญมา", with_check_digit("103020086417"), date(1976, 7, 9),
           "0984726153", "kiattisak.bm@hotmail.co.th", "450", "", "เพชรเกษม 54",
           "เพชรเกษม", "บางด้วน", "ภาษีเจริญ", "กรุงเทพมหานคร", "10160"),
)  # fmt: skip

SAMPLE = Person("นาย", "มานะ", "รักเรียน", with_check_digit("310100056789"), date(1980, 6, 1),
                "0891112222", "mana.sample@example.com", "1", "1", "", "", "ในเมือง",
                "เมืองนครราชสีมา", "นครราชสีมา", "30000")  # fmt: skip
MEMBERS = (("นางบุญมี ทองดี", with_check_digit("345070011111")),
           ("เด็กชายภูมิ ทองดี", with_check_digit("111990022222")))  # fmt: skip
OFFICE_TAX_ID = with_check_digit("099400045612")  # a local office's own 13-digit number
OFFICE_PHONE, OFFICE_MAIL = "045-317-246", "saraban@nongkhon.go.th"
TODAY = date(2026, 12, 3)

SUBJECTS = ("ส่งแบบคำร้อง", "ยื่นคำร้องทั่วไป (ไฟล์แนบ)", "คำร้องขอรับบริการ", "แบบฟอร์มที่กรอกแล้ว")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nแนบแบบคำร้องมาพร้อมนี้ค่ะ\n\nขอบคุณค่ะ\n",
    "ส่งไฟล์คำร้องครับ รายละเอียดในไฟล์แนบ\n",
    "เรียน งานธุรการ\n\nกรอกแบบฟอร์มแล้ว ส่งมาตามไฟล์แนบครับ\n",
    "สวัสดีค่ะ ส่งเอกสารคำร้องตามแนบค่ะ\n\nส่งจาก Android\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 16, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen19-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment, *typed: str) -> Case:
    return Case(style, message(p, i, file), expect(p, "", *typed))


def pairs(p: Person) -> list[tuple[str, str]]:
    return [("ชื่อ-สกุล", p.name), ("เลขบัตรประจำตัวประชาชน", dashed_id(p.nid)),
            ("วัน เดือน ปี เกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เบอร์โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip


def age(p: Person) -> int:
    had_birthday = (TODAY.month, TODAY.day) >= (p.born.month, p.born.day)
    return TODAY.year - p.born.year - (0 if had_birthday else 1)


def parts_of(p: Person) -> list[tuple[str, str]]:
    """The address parts under their printed captions; an empty part typed "-"."""
    return [("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ซอย", p.soi or "-"),
            ("ถนน", p.road or "-"), ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe)]  # fmt: skip


def spaced_line(p: Person) -> str:
    """The address written out part by part with a space after each part's word."""
    parts = [p.house, f"หมู่ที่ {p.moo}" if p.moo else "", f"ซอย {p.soi}" if p.soi else "",
             f"ถนน {p.road}" if p.road else "",
             f"{'แขวง' if p.bangkok else 'ตำบล'} {p.tambon}",
             f"{'เขต' if p.bangkok else 'อำเภอ'} {p.amphoe}"]  # fmt: skip
    return " ".join(x for x in parts if x)


# --- Word --------------------------------------------------------------------------------

V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def box_run(k: int, value: str) -> str:
    """A text box as Word 2010+ writes it: DrawingML in mc:Choice and the same text again
    as VML in mc:Fallback for older readers."""
    emu = 12700
    content = f"<w:txbxContent><w:p>{t(value)}</w:p></w:txbxContent>"
    anchor = (f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
              f'relativeHeight="{k + 3}" behindDoc="0" locked="0" layoutInCell="1" '
              f'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom='
              f'"column"><wp:posOffset>{160 * emu}</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
              f'</wp:positionV><wp:extent cx="{280 * emu}" cy="{20 * emu}"/>'
              f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              f'<wp:docPr id="{k + 1}" name="Text Box {k + 1}"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
              f'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
              f'<a:off x="0" y="0"/><a:ext cx="{280 * emu}" cy="{20 * emu}"/></a:xfrm>'
              '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
              f"<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
              "</a:graphic></wp:anchor>")  # fmt: skip
    vml = (f'<w:pict><v:shape id="Text Box {k + 1}" type="#_x0000_t202" style="position:'
           f'absolute;margin-left:160pt;width:280pt;height:20pt;z-index:{k + 3}">'
           f"<v:textbox>{content}</v:textbox></v:shape></w:pict>")  # fmt: skip
    return (f'<w:r><mc:AlternateContent {WPS_NS} {V_NS}><mc:Choice Requires="wps">'
            f"<w:drawing>{anchor}</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback>"
            "</mc:AlternateContent></w:r>")  # fmt: skip


def docx_textbox_choice_fallback(p: Person, i: int) -> Case:
    """Each value typed into a text box placed over its label's dotted line; Word writes
    every box twice (DrawingML and its VML fallback). The box's anchor run comes after
    the label (or, in the second variant, before it)."""
    lines = []
    for k, (label, value) in enumerate(pairs(p)):
        dots = t(f"{label} " + "." * 50)
        lines.append(para(dots, box_run(k, value)) if i % 2 == 0 else para(box_run(k, value), dots))
    xml = HEADING + "".join(lines) + para()
    return one("docx_textbox_choice_fallback", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'


def docx_household_repeating_section(p: Person, i: int) -> Case:
    """The applicant's fields as label: value paragraphs, then "สมาชิกในครัวเรือน" as a
    repeating-section content control: each item a table row holding a member's name and
    13-digit ID (two other people)."""
    head = "".join(para(t(f"{label}: {value}")) for label, value in pairs(p))
    rows = [f"<w:tr>{span('ชื่อ-สกุล สมาชิก', 3)}{span('เลขประจำตัวประชาชน', 3)}</w:tr>"]
    for k, (name, nid) in enumerate(MEMBERS):
        row = f"<w:tr>{span(name, 3)}{span(dashed_id(nid) if i % 2 else nid, 3)}</w:tr>"
        rows.append(f'<w:sdt><w:sdtPr><w:id w:val="{700 + k}"/><w15:repeatingSectionItem {W15}/>'
                    f"</w:sdtPr><w:sdtContent>{row}</w:sdtContent></w:sdt>")  # fmt: skip
    section = (f'<w:sdt><w:sdtPr><w:alias w:val="สมาชิก"/><w:id w:val="699"/>'
               f'<w15:repeatingSection {W15}/></w:sdtPr><w:sdtContent>{"".join(rows[1:])}'
               "</w:sdtContent></w:sdt>")  # fmt: skip
    table = grid([rows[0], section], 6)
    xml = HEADING + head + para(t("สมาชิกในครัวเรือน", "<w:b/>")) + table + para()
    return one("docx_household_repeating_section", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def docx_column_break_values(p: Person, i: int) -> Case:
    """A two-column section (w:cols num=2): the labels one per paragraph fill the first
    column, a column break, then the values in the same order fill the second."""
    cols = '<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="720"/></w:sectPr>'
    labels = [para(t(f"{label} :")) for label, _ in pairs(p)]
    values = [para(t(value)) for _, value in pairs(p)]
    brk = para('<w:r><w:br w:type="column"/></w:r>')
    one_col = '<w:sectPr><w:cols w:num="1"/></w:sectPr>'
    first = para(t("แบบคำร้องทั่วไป", "<w:b/>"), ppr=f'<w:jc w:val="center"/>{one_col}')
    end = para(ppr=cols)
    xml = first + "".join(labels) + brk + "".join(values) + end
    return one("docx_column_break_values", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def vcell(text: str, width: int, merge: str, vertical: bool) -> str:
    props = f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else "<w:vMerge/>"
    props += '<w:textDirection w:val="btLr"/>' if vertical else ""
    inner = para(t(text)) if text else para()
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{props}</w:tcPr>{inner}</w:tc>'


def docx_vertical_group_cells(p: Person, i: int) -> Case:
    """A three-column table: a tall group caption turned on its side (vertically merged
    over its rows, text direction bottom-to-top) — "ข้อมูลผู้ยื่นคำร้อง" over the first
    four rows, "ช่องทางติดต่อ" over the rest — then the label, then the value."""
    rows = []
    for k, (label, value) in enumerate(pairs(p)):
        group = ""
        if k in (0, 4):
            group = "ข้อมูลผู้ยื่นคำร้อง" if k == 0 else "ช่องทางติดต่อ"
        first = vcell(group, 700, "restart" if group else "", vertical=True)
        rows.append(f"<w:tr>{first}{span(label, 2)}{span(value, 4)}</w:tr>")
    xml = HEADING + grid(rows, 7, 1300) + para()
    return one("docx_vertical_group_cells", p, i, ("แบบคำร้อง.docx", body_docx(xml), DOCX))


def docx_horizontal_header_rows(p: Person, i: int) -> Case:
    """Two bands of a header row of labels over a row of the citizen's values: name, ID,
    birth date, phone; then address, province, postal code, e-mail."""
    prs = pairs(p)
    bands = ([prs[0], prs[1], prs[2], prs[6]], [prs[3], prs[4], prs[5], prs[7]])
    rows = []
    for band in bands:
        rows.append("<w:tr>" + "".join(span(label, 1) for label, _ in band) + "</w:tr>")
        rows.append("<w:tr>" + "".join(span(value, 1) for _, value in band) + "</w:tr>")
    xml = HEADING + grid(rows, 4, 2300) + para()
    return one("docx_horizontal_header_rows", p, i, ("คำร้อง.docx", body_docx(xml), DOCX))


def docx_gdocs_label_above_value(p: Person, i: int) -> Case:
    """Exported from Google Docs (File > Download > .docx): each label a bold paragraph
    ending in a colon, the answer in the next paragraph, an empty paragraph between the
    pairs, every run carrying rtl=0 and a font of its own."""
    font = '<w:rFonts w:ascii="Sarabun" w:cs="Sarabun" w:eastAsia="Sarabun" w:hAnsi="Sarabun"/>'
    rtl = '<w:rtl w:val="0"/>'
    lines = []
    for label, value in pairs(p):
        lines.append(para(t(f"{label}:", f"{font}<w:b/>{rtl}"), ppr='<w:spacing w:after="0"/>'))
        lines.append(para(t(value, f"{font}{rtl}")))
        if i % 2 == 0:
            lines.append(para())
    xml = para(t("แบบคำร้องออนไลน์", f"{font}<w:b/><w:sz w:val='36'/>")) + "".join(lines)
    return one("docx_gdocs_label_above_value", p, i,
               ("แบบคำร้อง - Google เอกสาร.docx", body_docx(xml), DOCX))  # fmt: skip


def docx_footer_office_tax_id(p: Person, i: int) -> Case:
    """The office's template: its footer holds the office's own 13-digit taxpayer number,
    phone and e-mail; the citizen's values in a two-column table."""
    rows = [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in pairs(p)]
    xml = HEADING + grid(rows, 6) + para()
    foot = (
        f"องค์การบริหารส่วนตำบลหนองขอน เลขประจำตัวผู้เสียภาษี {OFFICE_TAX_ID} "
        f"โทร {OFFICE_PHONE} อีเมล {OFFICE_MAIL}"
    )

    def edit(d: Any) -> None:
        d.sections[0].footer.paragraphs[0].text = foot
        if i % 2:
            d.sections[0].header.paragraphs[0].text = f"เลขที่ผู้เสียภาษี {OFFICE_TAX_ID}"

    return one("docx_footer_office_tax_id", p, i, ("แบบคำร้อง.docx", body_docx(xml, edit), DOCX))


def docx_petition_underlined_values(p: Person, i: int) -> Case:
    """The ข้าพเจ้า... petition typed as one justified paragraph, each value in a run with a
    dotted underline (how the blanks look on the printed form), no colons."""
    u = '<w:u w:val="dotted"/>'
    runs = [t("ข้าพเจ้า "), t(f" {p.name} ", u), t(" อายุ "), t(f" {age(p)} ", u),
            t(" ปี เลขประจำตัวประชาชน "), t(f" {dashed_id(p.nid)} ", u),
            t(" เกิดวันที่ "), t(f" {thai_date(p.born)} ", u),
            t(" อยู่บ้านเลขที่ "), t(f" {p.house} ", u)]  # fmt: skip
    if p.moo:
        runs += [t(" หมู่ที่ "), t(f" {p.moo} ", u)]
    if p.soi:
        runs += [t(" ซอย "), t(f" {p.soi} ", u)]
    if p.road:
        runs += [t(" ถนน "), t(f" {p.road} ", u)]
    runs += [t(" แขวง " if p.bangkok else " ตำบล "), t(f" {p.tambon} ", u),
             t(" เขต " if p.bangkok else " อำเภอ "), t(f" {p.amphoe} ", u),
             t(" จังหวัด "), t(f" {p.province} ", u), t(" รหัสไปรษณีย์ "), t(f" {p.postal} ", u),
             t(" โทรศัพท์ "), t(f" {dashed_phone(p.mobile)} ", u), t(" อีเมล "), t(f" {p.email} ", u),
             t(" มีความประสงค์ขอรับรองสำเนาทะเบียนบ้าน")]  # fmt: skip
    xml = HEADING + para(*runs, ppr='<w:jc w:val="thaiDistribute"/>')
    return one(
        "docx_petition_underlined_values",
        p,
        i,
        ("คำร้อง.docx", body_docx(xml), DOCX),
        spaced_line(p),
    )


def docx_bilingual_two_line_labels(p: Person, i: int) -> Case:
    """A two-column table whose label cells hold the Thai label and, after a line break,
    its English caption in small italics ("ชื่อ-สกุล<br/>Name - Surname")."""
    english = ("Name - Surname", "Identification No.", "Date of Birth", "Address", "Province",
               "Postal Code", "Telephone", "E-mail")  # fmt: skip
    rows = []
    for (label, value), eng in zip(pairs(p), english, strict=True):
        lab = para(t(label), "<w:r><w:br/></w:r>", t(eng, '<w:i/><w:sz w:val="18"/>'))
        rows.append(f"<w:tr><w:tc><w:tcPr><w:tcW w:w='3000' w:type='dxa'/></w:tcPr>{lab}</w:tc>"
                    f"{span(value, 4)}</w:tr>")  # fmt: skip
    xml = HEADING + grid(rows, 6) + para()
    return one("docx_bilingual_two_line_labels", p, i, ("Form.docx", body_docx(xml), DOCX))


ODT_TABLE_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"'
)


def odt_cell(inner: str) -> str:
    return f'<table:table-cell office:value-type="string">{inner}</table:table-cell>'


def odt_table_line_breaks(p: Person, i: int) -> Case:
    """A LibreOffice Writer table: the address typed in one cell on two lines (a
    text:line-break after the district), runs of spaces as text:s, the phone's groups
    parted by text:s."""

    def esc(s: str) -> str:
        return xml_escape(s)

    line1 = f"{p.house}<text:s/>{esc(p.rest())}"
    addr = f'{line1}<text:line-break/>จังหวัด{esc(p.province)}<text:s text:c="2"/>{p.postal}'
    ph = p.mobile
    phone = f"{ph[:3]}<text:s/>{ph[3:6]}<text:s/>{ph[6:]}"
    prs = pairs(p)
    rows = [(prs[0][0], esc(prs[0][1])), (prs[1][0], prs[1][1]), (prs[2][0], esc(prs[2][1])),
            ("ที่อยู่", addr), (prs[4][0], esc(prs[4][1])), (prs[5][0], prs[5][1]),
            (prs[6][0], phone), (prs[7][0], prs[7][1])]  # fmt: skip
    body = "".join(f"<table:table-row>{odt_cell(tp(esc(a)))}{odt_cell(tp(b))}</table:table-row>"
                   for a, b in rows)  # fmt: skip
    table = (
        '<table:table table:name="Table1"><table:table-column table:number-columns-repeated'
        f'="2"/>{body}</table:table>'
    )
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_TABLE_NS}>'
               f"<office:body><office:text>{tp('แบบคำร้องทั่วไป')}{table}</office:text>"
               "</office:body></office:document-content>")  # fmt: skip
    data = zipped(ODT, {"content.xml": content})
    return one("odt_table_line_breaks", p, i, ("คำร้อง.odt", data, ODT))


# --- Text PDF ----------------------------------------------------------------------------

UPPER_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")


def pdf_marks_drawn_after_line(p: Person, i: int) -> Case:
    """A producer that draws each line's base letters first and then, in a second pass,
    every upper vowel and tone mark at its own position (a text layer in which the marks
    of a line come after all its letters)."""
    pdf = fpdf(face="Garuda" if i % 2 else "Loma", size=13)
    pdf.text(80, 22, "แบบคำร้องทั่วไป")
    pdf.set_text_shaping(False)
    for k, (label, value) in enumerate(pairs(p)):
        y = 40 + 12 * k
        line = f"{label} : {value}"
        xs, x = [], 20.0
        for ch in line:
            xs.append(x)
            if ch not in UPPER_MARKS:
                x += pdf.get_string_width(ch)
        for ch, cx in zip(line, xs, strict=True):
            if ch not in UPPER_MARKS:
                pdf.text(cx, y, ch)
        for ch, cx in zip(line, xs, strict=True):
            if ch in UPPER_MARKS:  # at the pen's place after its letter, as the font wants
                pdf.text(cx, y, ch)
    return one("pdf_marks_drawn_after_line", p, i, ("คำร้อง.pdf", bytes(pdf.output()), PDF))


def pdf_printed_form_captions_in_boxes(p: Person, i: int) -> Case:
    """An online form printed to PDF: each answer in a ruled box whose small caption sits
    in the box's top-left corner, the typed answer larger below it; two boxes per row."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Sawasdee.ttf"))
    pdf.set_text_shaping(True)
    pdf.set_font("F", size=16)
    pdf.text(70, 20, "แบบคำร้องขอรับบริการ")
    prs = pairs(p)
    layout = [(prs[0], None), (prs[1], prs[2]), (prs[3], None), (prs[4], prs[5]),
              (prs[6], prs[7])]  # fmt: skip
    for k, (a, b) in enumerate(layout):
        y = 32 + 20 * k
        boxes = [(a, 15, 180)] if b is None else [(a, 15, 88), (b, 107, 88)]
        for (label, value), x, w in boxes:
            pdf.rect(x, y, w, 17)
            pdf.set_font("F", size=9)
            pdf.text(x + 2, y + 5, label)
            pdf.set_font("F", size=14)
            pdf.text(x + 3, y + 13, value)
    return one("pdf_printed_form_captions_in_boxes", p, i,
               ("แบบคำร้อง_print.pdf", bytes(pdf.output()), PDF))  # fmt: skip


def pdf_numbered_item_table(p: Person, i: int) -> Case:
    """A ruled table with a header row ลำดับ | รายการ | ข้อมูล and one numbered row per
    item, as an office's system prints a submission."""
    texts: list[tuple[float, float, str]] = [(75, 20, "รายละเอียดผู้ยื่นคำร้อง")]
    rects = [(15, 30, 15, 10), (30, 30, 55, 10), (85, 30, 110, 10)]
    texts += [(18, 37, "ลำดับ"), (33, 37, "รายการ"), (88, 37, "ข้อมูล")]
    for k, (label, value) in enumerate(pairs(p)):
        y = 40 + 10 * k
        rects += [(15, y, 15, 10), (30, y, 55, 10), (85, y, 110, 10)]
        texts += [(20, y + 7, str(k + 1)), (33, y + 7, label), (88, y + 7, value)]
    data = pdf_page(texts, size=12, face="Loma" if i % 2 == 0 else "Kinnari", rects=rects)
    return one("pdf_numbered_item_table", p, i, ("submission.pdf", data, PDF))


def thai_num(text: str) -> str:
    return text.translate(THAI_DIGITS)


def pdf_thai_numerals_official(p: Person, i: int) -> Case:
    """An official-style form typed in TH-Sarabun-like Norasi with every number in Thai
    numerals: ID, birth date, house number, postal code, phone."""
    texts: list[tuple[float, float, str]] = [(75, 22, "แบบคำร้องทั่วไป")]
    for k, (label, value) in enumerate(pairs(p)):
        shown = value if label == "อีเมล" else thai_num(value)
        texts.append((20, 40 + 11 * k, f"{label}  {shown}"))
    data = pdf_page(texts, size=15, face="Norasi")
    # the address kept in Thai numerals as typed is right too (as sets 3 and 15 accept it)
    return one("pdf_thai_numerals_official", p, i, ("คำร้อง.pdf", data, PDF), thai_num(p.line()))


def pdf_receipt_stamp_box(p: Person, i: int) -> Case:
    """The form scanned back as text by the office after receiving it: a receipt stamp
    box at the top right (เลขรับ, วันที่ รับ, เวลา, ผู้รับ with the officer's name),
    then the citizen's label : value lines."""
    stamp = [(135, 14, "เลขรับที่ 2417/2569"), (135, 20, f"วันที่ {thai_date(TODAY)}"),
             (135, 26, "เวลา 10.42 น."), (135, 32, "ผู้รับ นางสาวปวีณ์ริศา ใจกว้าง")]  # fmt: skip
    texts: list[tuple[float, float, str]] = [*stamp, (70, 45, "แบบคำร้องทั่วไป")]
    texts += [(20, 60 + 11 * k, f"{label} : {value}") for k, (label, value) in enumerate(pairs(p))]
    if i % 2:
        texts.append((20, 160, f"ยื่นเมื่อวันที่ {slash_date(TODAY)}"))
    data = pdf_page(texts, size=13, face="Kinnari", rects=[(130, 8, 70, 28)])
    return one("pdf_receipt_stamp_box", p, i, ("คำร้อง_รับแล้ว.pdf", data, PDF))


# --- PDF forms ---------------------------------------------------------------------------


def acro_empty_proxy_block(p: Person, i: int) -> Case:
    """The applicant's block filled, then "กรณีมอบอำนาจ (ผู้รับมอบอำนาจ)" with the same
    printed labels over empty live fields; the fields named Text1...Text14 down the page."""
    prs = pairs(p)
    page = [(20, 30, "ส่วนที่ 1 ผู้ยื่นคำร้อง")]
    page += [(20, 40 + 10 * k, label) for k, (label, _) in enumerate(prs)]
    page += [(20, 130, "ส่วนที่ 2 กรณีมอบอำนาจ (ผู้รับมอบอำนาจ)")]
    proxy = [prs[0], prs[1], prs[6]]
    page += [(20, 140 + 10 * k, label) for k, (label, _) in enumerate(proxy)]
    base = pdf_page([(80, 18, "แบบคำร้องทั่วไป"), *page], size=12)
    fields = [
        Field(f"Text{k + 1}", value, 70, 40 + 10 * k, 110) for k, (_, value) in enumerate(prs)
    ]
    fields += [Field(f"Text{k + 9}", "", 70, 140 + 10 * k, 110) for k in range(len(proxy))]
    if i % 2:
        fields.reverse()
    return one("acro_empty_proxy_block", p, i, ("แบบคำร้อง.pdf", acroform(base, fields), PDF))


def acro_flattened_empty_widgets_left(p: Person, i: int) -> Case:
    """Filled, then printed through a tool that drew the values into the page but kept the
    form's widgets, now empty, over them (the AcroForm still lists every field, none has
    a value)."""
    prs = pairs(p)
    page = [(20, 40 + 12 * k, label) for k, (label, _) in enumerate(prs)]
    page += [(72, 40 + 12 * k, value) for k, (_, value) in enumerate(prs)]
    base = pdf_page([(80, 20, "แบบคำร้องทั่วไป"), *page], size=13)
    names = ("name", "id", "dob", "addr", "prov", "zip", "tel", "email")
    fields = [Field(n if i % 2 else f"Text{k + 1}", "", 70, 40 + 12 * k, 120)
              for k, n in enumerate(names)]  # fmt: skip
    return one("acro_flattened_empty_widgets_left", p, i,
               ("คำร้อง.pdf", acroform(base, fields), PDF))  # fmt: skip


def acro_autodetect_undefined_names(p: Person, i: int) -> Case:
    """Made with Acrobat's "Prepare Form" on a scanned-in ruled table: labels in the left
    cells, fields in the right cells, named by auto-detection "undefined", "undefined_2"...
    where it found no caption, and by a fragment of the caption ("fill_2", "ID") where it
    did."""
    prs = pairs(p)
    rects = []
    page: list[tuple[float, float, str]] = [(80, 20, "แบบคำร้องทั่วไป")]
    for k, (label, _) in enumerate(prs):
        y = 32 + 11 * k
        rects += [(15, y, 55, 11), (70, y, 125, 11)]
        page.append((17, y + 8, label))
    base = pdf_page(page, size=12, rects=rects)
    names = ["undefined" if k == 0 else f"undefined_{k + 1}" for k in range(8)]
    if i % 2:
        names[1], names[6] = "ID", "fill_7"
    fields = [Field(n, value, 71, 32 + 11 * k + 8, 122) for n, (k, (_, value))
              in zip(names, enumerate(prs), strict=True)]  # fmt: skip
    return one("acro_autodetect_undefined_names", p, i,
               ("form_prepared.pdf", acroform(base, fields), PDF))  # fmt: skip


def acro_two_per_line_fill_names(p: Person, i: int) -> Case:
    """Two fields on a printed line (จังหวัด [ ] รหัสไปรษณีย์ [ ], เบอร์โทรศัพท์ [ ] อีเมล [ ],
    เลขบัตร [ ] วันเกิด [ ]), fields named fill_1... in the order they were drawn, which
    is not the reading order."""
    prs = pairs(p)
    rows = [(prs[0], None), (prs[1], prs[2]), (prs[3], None), (prs[4], prs[5]), (prs[6], prs[7])]
    page: list[tuple[float, float, str]] = [(80, 20, "แบบคำร้องทั่วไป")]
    spots: list[tuple[float, float, float, str]] = []
    for k, (a, b) in enumerate(rows):
        y = 40 + 12 * k
        page.append((15, y, a[0]))
        if b is None:
            spots.append((60, y, 135, a[1]))
        else:
            page.append((110, y, b[0]))
            spots += [(60, y, 48, a[1]), (145, y, 50, b[1])]
    base = pdf_page(page, size=12)
    order = [3, 0, 5, 1, 7, 2, 6, 4] if i % 2 else [7, 6, 5, 4, 3, 2, 1, 0]
    fields = [Field(f"fill_{n + 1}", spots[k][3], spots[k][0], spots[k][1], spots[k][2])
              for n, k in enumerate(order)]  # fmt: skip
    return one("acro_two_per_line_fill_names", p, i, ("คำร้อง.pdf", acroform(base, fields), PDF))


# --- Excel and ODS -----------------------------------------------------------------------


def xlsx_thai_locale_formats(p: Person, i: int) -> Case:
    """Typed in Thai-locale Excel: the ID a number shown through a dashed number format,
    the mobile a number (its leading zero kept only by the "0##-###-####" format), the
    postal code a number, the birth date a real date shown in B.E. ("bbbb")."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws["A1"] = "แบบคำร้องทั่วไป"
        rows: list[tuple[str, Any, str | None]] = [
            ("ชื่อ-สกุล", p.name, None),
            ("เลขบัตรประจำตัวประชาชน", int(p.nid), "0-0000-00000-00-0"),
            ("วัน เดือน ปี เกิด", p.born, "[$-th-TH,107]d mmmm bbbb;@" if i % 2 == 0
             else "[$-1070000]d/mm/bbbb;@"),
            ("ที่อยู่", p.line(), None),
            ("จังหวัด", p.province, None),
            ("รหัสไปรษณีย์", int(p.postal), "0"),
            ("เบอร์โทรศัพท์", int(p.mobile), "0##-###-####" if i % 2 == 0 else "0#########"),
            ("อีเมล", p.email, None),
        ]  # fmt: skip
        for k, (label, value, fmt) in enumerate(rows):
            ws.cell(3 + k, 1, label)
            c = ws.cell(3 + k, 2, value)
            if fmt:
                c.number_format = fmt

    return one("xlsx_thai_locale_formats", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_register_row_name_columns(p: Person, i: int) -> Case:
    """A register-style sheet: a header row (ลำดับ, คำนำหน้า, ชื่อ, นามสกุล, เลขประจำตัว
    ประชาชน, วันเกิด, บ้านเลขที่, หมู่ที่, ถนน, ตำบล, อำเภอ, จังหวัด, รหัสไปรษณีย์,
    โทรศัพท์, อีเมล) and the citizen's one row under it, numbered 1."""
    head = [
        "ลำดับ",
        "คำนำหน้า",
        "ชื่อ",
        "นามสกุล",
        "เลขประจำตัวประชาชน",
        "วันเกิด",
        "บ้านเลขที่",
        "หมู่ที่",
        "ซอย",
        "ถนน",
        "ตำบล/แขวง",
        "อำเภอ/เขต",
        "จังหวัด",
        "รหัสไปรษณีย์",
        "โทรศัพท์",
        "อีเมล",
    ]
    row = [1, p.title, p.first, p.last, p.nid, slash_date(p.born), p.house, p.moo or "-",
           p.soi or "-", p.road or "-", p.tambon, p.amphoe, p.province, p.postal,
           dashed_phone(p.mobile), p.email]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียน"
        ws["A1"] = "ทะเบียนผู้ยื่นคำร้อง"
        for c, (h, v) in enumerate(zip(head, row, strict=True)):
            ws.cell(3, 1 + c, h)
            ws.cell(4, 1 + c, v)

    soi = f" ซอย {p.soi}" if p.soi else ""
    typed = (f"{p.house}{' หมู่ที่ ' + p.moo if p.moo else ''}{soi}"
             f"{' ถนน ' + p.road if p.road else ''} {'แขวง' if p.bangkok else 'ตำบล'} {p.tambon} "
             f"{'เขต' if p.bangkok else 'อำเภอ'} {p.amphoe}")  # fmt: skip
    return one(
        "xlsx_register_row_name_columns",
        p,
        i,
        ("ทะเบียน.xlsx", xlsx_bytes(build), XLSX),
        typed,
        spaced_line(p),
    )


def xlsx_sections_on_sheets(p: Person, i: int) -> Case:
    """One section per sheet: "ผู้ยื่น" (name, ID, birth date), "ที่อยู่" (the address parts
    under captions in A, values in B, then province and postal code), "ติดต่อ" (phone,
    e-mail)."""
    prs = pairs(p)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ผู้ยื่น"
        for k, (label, value) in enumerate(prs[:3]):
            ws.cell(1 + k, 1, label)
            ws.cell(1 + k, 2, value)
        addr = book.create_sheet("ที่อยู่")
        for k, (label, value) in enumerate([*parts_of(p), prs[4], prs[5]]):
            addr.cell(1 + k, 1, label)
            addr.cell(1 + k, 2, value)
        contact = book.create_sheet("ติดต่อ")
        for k, (label, value) in enumerate(prs[6:]):
            contact.cell(1 + k, 1, label)
            contact.cell(1 + k, 2, value)

    return one(
        "xlsx_sections_on_sheets", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX), spaced_line(p)
    )


def xlsx_merged_labels_tall(p: Person, i: int) -> Case:
    """Each label merged over A:B and two rows, each value merged over C:F and the same two
    rows; the address cell holds two lines (wrap text): house to district, then province
    and postal code."""
    from openpyxl.styles import Alignment

    prs = pairs(p)
    rows = [*prs[:3], ("ที่อยู่", f"{p.line()}\n{p.province_written} {p.postal}"), *prs[6:]]

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องทั่วไป"
        ws.merge_cells("A1:F1")
        for k, (label, value) in enumerate(rows):
            r = 3 + 2 * k
            ws.cell(r, 1, label)
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
            c = ws.cell(r, 3, value)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=6)

    return one("xlsx_merged_labels_tall", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def ods_typed(value_type: str, value: str, shown: str) -> str:
    attr = {"float": "office:value", "date": "office:date-value"}[value_type]
    return (
        f'<table:table-cell office:value-type="{value_type}" {attr}="{value}">'
        f"<text:p>{xml_escape(shown)}</text:p></table:table-cell>"
    )


def ods_typed_numbers_and_dates(p: Person, i: int) -> Case:
    """LibreOffice Calc in a Thai locale: the ID and postal code typed as numbers
    (float cells), the mobile a number shown with its zero through a format, the birth
    date a date cell shown as a Thai date."""
    prs = pairs(p)
    shown_date = thai_date(p.born) if i % 2 == 0 else slash_date(p.born)
    rows = [orow(oc("แบบคำร้องทั่วไป")), orow(oc())]
    rows.append(orow(oc(prs[0][0]), oc(prs[0][1])))
    rows.append(orow(oc(prs[1][0]), ods_typed("float", p.nid, p.nid)))
    rows.append(orow(oc(prs[2][0]), ods_typed("date", p.born.isoformat(), shown_date)))
    rows.append(orow(oc(prs[3][0]), oc(prs[3][1])))
    rows.append(orow(oc(prs[4][0]), oc(prs[4][1])))
    rows.append(orow(oc(prs[5][0]), ods_typed("float", p.postal, p.postal)))
    rows.append(orow(oc(prs[6][0]), ods_typed("float", str(int(p.mobile)), p.mobile)))
    rows.append(orow(oc(prs[7][0]), oc(prs[7][1])))
    return one("ods_typed_numbers_and_dates", p, i, ("คำร้อง.ods", ods(("Sheet1", rows)), ODS))


# --- Images ------------------------------------------------------------------------------


def table_page(p: Person, scale: float, face: str = "Garuda") -> Any:
    """A ruled two-column table (label | value) on a white page at `scale` x 96 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = int(794 * scale), int(700 * scale)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / f"{face}.ttf"), int(17 * scale))
    bold = ImageFont.truetype(str(FONTS / f"{face}-Bold.ttf"), int(22 * scale))
    draw.text((int(300 * scale), int(40 * scale)), "แบบคำร้องทั่วไป", font=bold, fill=(0, 0, 0))
    left, mid, right = int(80 * scale), int(290 * scale), int(720 * scale)
    for k, (label, value) in enumerate(pairs(p)):
        top = int((100 + 56 * k) * scale)
        bottom = top + int(56 * scale)
        draw.rectangle((left, top, right, bottom), outline=(0, 0, 0), width=max(1, int(scale)))
        draw.line((mid, top, mid, bottom), fill=(0, 0, 0), width=max(1, int(scale)))
        draw.text((left + int(10 * scale), top + int(14 * scale)), label, font=font, fill=(0, 0, 0))
        draw.text((mid + int(12 * scale), top + int(14 * scale)), value, font=font, fill=(0, 0, 0))
    return img


def png_pdf_viewer_zoom_125(p: Person, i: int) -> Case:
    """A screenshot of a PDF viewer at 125%: a dark toolbar, a grey surround, the page
    holding a ruled label | value table."""
    from PIL import Image, ImageDraw

    page = table_page(p, 1.25)
    img = Image.new("RGB", (page.width + 160, page.height + 100), (82, 86, 89))
    ImageDraw.Draw(img).rectangle((0, 0, img.width, 44), fill=(50, 54, 57))
    img.paste(page, (80, 70))
    body = "แคปหน้าจอมาค่ะ\n"
    return Case("png_pdf_viewer_zoom_125",
                message(p, i, ("Screenshot_20261203-101522.png", png(img), "image/png"), body=body),
                expect(p))  # fmt: skip


def jpeg_photo_printed_table(p: Person, i: int) -> Case:
    """A phone photo of the printed table: turned by a degree or two, slightly blurred,
    warm light, JPEG quality 70."""
    from PIL import Image, ImageChops, ImageFilter

    img = table_page(p, 1.9, face="Loma")
    img = img.rotate(1.5 if i % 2 else -1.2, expand=True, fillcolor=(120, 105, 90),
                     resample=Image.Resampling.BICUBIC)  # fmt: skip
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    img = ImageChops.multiply(img, Image.new("RGB", img.size, (250, 240, 215)))
    body = "ถ่ายรูปแบบฟอร์มส่งมาครับ\n"
    return Case("jpeg_photo_printed_table",
                message(p, i, ("IMG_20261203_0915.jpg", jpeg(img, 70), "image/jpeg"), body=body),
                expect(p))  # fmt: skip


def png_chat_bubbles_capture(p: Person, i: int) -> Case:
    """A chat app screenshot: the office's questions in grey bubbles on the left, the
    citizen's answers in green bubbles on the right, one answer per question."""
    from PIL import Image, ImageDraw, ImageFont

    prs = pairs(p)
    img = Image.new("RGB", (900, 150 + 120 * len(prs)), (140, 171, 216))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 26)
    draw.rectangle((0, 0, 900, 80), fill=(40, 48, 66))
    draw.text((30, 24), "อบต.หนองขอน", font=font, fill=(255, 255, 255))
    for k, (label, value) in enumerate(prs):
        y = 110 + 120 * k
        q = f"{label}?"
        qw = draw.textlength(q, font=font)
        draw.rounded_rectangle((20, y, 50 + qw, y + 48), 18, fill=(255, 255, 255))
        draw.text((35, y + 6), q, font=font, fill=(0, 0, 0))
        aw = draw.textlength(value, font=font)
        draw.rounded_rectangle((860 - aw - 30, y + 56, 880, y + 104), 18, fill=(133, 224, 133))
        draw.text((860 - aw - 15, y + 62), value, font=font, fill=(0, 0, 0))
    body = "ตอบข้อมูลในแชทไว้แล้ว แคปมาให้ค่ะ\n"
    return Case("png_chat_bubbles_capture",
                message(p, i, ("LINE_capture_1203.png", png(img), "image/png"), body=body),
                expect(p))  # fmt: skip


def jpeg_flatbed_scan_grey(p: Person, i: int) -> Case:
    """A flatbed scan at about 200 dpi in greyscale: label : value lines, a light grey
    background, dust specks, JPEG quality 75."""
    import random

    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(1900 + i)
    img = Image.new("L", (1650, 1300), 236)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "Norasi.ttf"), 40)
    draw.text((600, 80), "แบบคำร้องทั่วไป", font=font, fill=20)
    for k, (label, value) in enumerate(pairs(p)):
        draw.text((140, 200 + 120 * k), f"{label} : {value}", font=font, fill=25)
    for _ in range(350):
        x, y = rnd.randrange(1650), rnd.randrange(1300)
        draw.ellipse((x, y, x + rnd.choice((1, 2, 3)), y + rnd.choice((1, 2))), fill=90)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=75, dpi=(200, 200))
    return Case("jpeg_flatbed_scan_grey",
                message(p, i, ("scan0001.jpg", out.getvalue(), "image/jpeg")),
                expect(p))  # fmt: skip


# --- Other -------------------------------------------------------------------------------


def rtf_cp874(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp874")))
    return "".join(out)


def rtf_wordpad_cp874_tabs(p: Person, i: int) -> Case:
    """WordPad on Thai Windows: \\ansicpg874, a Thai font with \\fcharset222, every Thai
    letter a \\'xx escape, label and value parted by \\tab, one \\par per line."""
    lines = [rtf_cp874("แบบคำร้องทั่วไป")]
    lines += [f"{rtf_cp874(label)}\\tab {rtf_cp874(value)}" for label, value in pairs(p)]
    rtf = ("{\\rtf1\\ansi\\ansicpg874\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset222 "
           "Tahoma;}}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
           "\\pard\\sa200\\sl276\\slmult1\\f0\\fs28\\lang1054 "
           + "\\par\r\n".join(lines) + "\\par\r\n}\r\n\x00")  # fmt: skip
    mime = "application/rtf" if i % 2 == 0 else "application/msword"
    return one("rtf_wordpad_cp874_tabs", p, i, ("คำร้อง.rtf", rtf.encode("ascii"), mime))


def txt_tis620_padded_columns(p: Person, i: int) -> Case:
    """A text file from an old DOS-era program: TIS-620, each label padded with spaces to
    a column (by bytes, so Thai marks make the columns ragged), then the value; sent as
    text/plain with charset=tis-620, or with no charset at all."""
    lines = ["แบบคำร้องทั่วไป", "=" * 40]
    lines += [f"{label}".ljust(30) + value for label, value in pairs(p)]
    data = ("\r\n".join(lines) + "\r\n").encode("tis-620")
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[i % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 16, i % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen19-{i}-txt@example.com>"
    msg.set_content(BODIES[i % len(BODIES)], charset="utf-8")
    msg.add_attachment(data, maintype="text", subtype="plain", filename="KR01.TXT")
    part = msg.get_payload()[-1]
    if i % 2 == 0:
        part.set_param("charset", "tis-620")
    else:
        part.del_param("charset")
    return Case("txt_tis620_padded_columns", bytes(msg), expect(p))


def html_attachment_script_sample(p: Person, i: int) -> Case:
    """A saved web page (.html attachment, windows-874): the form's answers as a CSS grid of
    label and value divs; a <script> block holds the page's example data (another person)
    and a <noscript> note."""
    sample = (
        f'{{"name":"{SAMPLE.name}","idcard":"{SAMPLE.nid}",'
        f'"tel":"{SAMPLE.mobile}","email":"{SAMPLE.email}"}}'
    )
    cells = "".join(f'<div class="lbl">{xml_escape(a)}</div><div class="val">{xml_escape(b)}</div>'
                    for a, b in pairs(p))  # fmt: skip
    html = ('<!DOCTYPE html><html lang="th"><head><meta charset="windows-874">'
            "<title>แบบคำร้องออนไลน์</title><style>.g{display:grid;grid-template-columns:"
            "200px 1fr}</style>"
            f"<script>var example = {sample};</script></head><body>"
            "<h2>แบบคำร้องออนไลน์</h2><noscript>กรุณาเปิด JavaScript</noscript>"
            f'<div class="g">{cells}</div></body></html>')  # fmt: skip
    return one("html_attachment_script_sample", p, i,
               ("คำร้อง.html", html.encode("cp874"), "text/html"))  # fmt: skip


def plain_docx(p: Person) -> bytes:
    rows = [f"<w:tr>{span(label, 2)}{span(value, 4)}</w:tr>" for label, value in pairs(p)]
    return body_docx(HEADING + grid(rows, 6) + para())


def zip_form_and_sample_readme(p: Person, i: int) -> Case:
    """A .zip the citizen made of the folder the office sent: the filled Word form and the
    office's อ่านก่อน.txt holding a sample person's name, ID and phone."""
    readme = (
        "วิธีกรอกแบบคำร้อง\r\nตัวอย่าง\r\n"
        f"ชื่อ-สกุล: {SAMPLE.name}\r\nเลขบัตรประจำตัวประชาชน: {SAMPLE.nid}\r\n"
        f"เบอร์โทรศัพท์: {dashed_phone(SAMPLE.mobile)}\r\nอีเมล: {SAMPLE.email}\r\n"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        entries = [("แบบคำร้อง/อ่านก่อน.txt", readme.encode("utf-8")),
                   ("แบบคำร้อง/แบบคำร้อง_กรอกแล้ว.docx", plain_docx(p))]  # fmt: skip
        for name, blob in entries if i % 2 == 0 else reversed(entries):
            z.writestr(name, blob)
    return one("zip_form_and_sample_readme", p, i,
               ("แบบคำร้อง.zip", out.getvalue(), "application/zip"))  # fmt: skip


def form_xlsx(p: Person) -> bytes:
    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำร้องทั่วไป"
        for k, (label, value) in enumerate(pairs(p)):
            ws.cell(3 + k, 1, label)
            ws.cell(3 + k, 2, value)

    return xlsx_bytes(build)


def eml_octet_inner_xlsx(p: Person, i: int) -> Case:
    """The village headman forwards, as a saved .eml file sent as octet-stream, the mail in
    which the villager sent him the Excel form; the note is his."""
    inner = EmailMessage()
    inner["From"] = f"{p.first} {p.last} <{p.email}>"
    inner["To"] = "phuyai.moo6@gmail.com"
    inner["Subject"] = "ฝากส่งคำร้องให้ อบต. ด้วยครับ"
    inner["Date"] = format_datetime(datetime(2026, 12, 1, 19, 5, tzinfo=UTC))
    inner.set_content("ผู้ใหญ่ครับ ฝากส่งแบบฟอร์มให้ด้วยครับ\n", charset="utf-8")
    inner.add_attachment(form_xlsx(p), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         filename="แบบฟอร์ม.xlsx")  # fmt: skip
    outer = EmailMessage()
    outer["From"] = "ผู้ใหญ่บ้านหมู่ 6 <phuyai.moo6@gmail.com>"
    outer["To"] = "saraban@example.go.th"
    outer["Subject"] = "ส่งต่อคำร้องของลูกบ้าน"
    outer["Date"] = format_datetime(datetime(2026, 12, 3, 16, i % 60, tzinfo=UTC))
    outer["Message-ID"] = f"<unseen19-{i}-eml@example.com>"
    outer.set_content("เรียน เจ้าหน้าที่\n\nส่งต่อคำร้องของลูกบ้านตามไฟล์แนบ\n"
                      "ผู้ใหญ่บ้านหมู่ 6 โทร 081-456-7788\n", charset="utf-8")  # fmt: skip
    outer.add_attachment(bytes(inner), maintype="application", subtype="octet-stream",
                         filename="ฝากส่งคำร้อง.eml")  # fmt: skip
    return Case("eml_octet_inner_xlsx", bytes(outer), expect(p))


STYLES: tuple[Style, ...] = (
    docx_textbox_choice_fallback, docx_household_repeating_section, docx_column_break_values,
    docx_vertical_group_cells, docx_horizontal_header_rows, docx_gdocs_label_above_value,
    docx_footer_office_tax_id, docx_petition_underlined_values, docx_bilingual_two_line_labels,
    odt_table_line_breaks,
    pdf_marks_drawn_after_line, pdf_printed_form_captions_in_boxes, pdf_numbered_item_table,
    pdf_thai_numerals_official, pdf_receipt_stamp_box,
    acro_empty_proxy_block, acro_flattened_empty_widgets_left, acro_autodetect_undefined_names,
    acro_two_per_line_fill_names,
    xlsx_thai_locale_formats, xlsx_register_row_name_columns, xlsx_sections_on_sheets,
    xlsx_merged_labels_tall, ods_typed_numbers_and_dates,
    png_pdf_viewer_zoom_125, jpeg_photo_printed_table, png_chat_bubbles_capture,
    jpeg_flatbed_scan_grey,
    rtf_wordpad_cp874_tabs, txt_tis620_padded_columns, html_attachment_script_sample,
    zip_form_and_sample_readme, eml_octet_inner_xlsx,
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
