"""A ninth set of requests written by someone who had not read the readers (issue 8):
requests whose values are in an ATTACHMENT, in shapes sets 5 and 7 did not make.

Written before reading `extractors/` or `config/` (only the earlier sets' docstrings,
style names and file makers were read). Every mail says little more than "ตามไฟล์แนบ";
the request is in a file made the way other tools make it:

- AcroForms: fields named Text12... whose tooltip (/TU) is the only name a reader could
  use; a LiveCycle-like hierarchy (form1[0].Page1[0].FirstName[0]) with the name in
  three fields and the birth date as dd/mm/yyyy of the Buddhist era; a title as a group
  of check boxes exporting Choice1/Choice2/Choice3, the words printed beside them.
- Text PDFs: a phone "Fill & Sign" app's flattened text, one text object per letter; a
  page whose values were drawn after all the labels (text order is not reading order);
  MS Word's Thai with a ToUnicode map that writes sara am as nikhahit + sara aa; values
  typed over a row of underscores in the same line; the name only in the signature block
  ("ลงชื่อ ... ผู้ยื่นคำร้อง / ( name )"); bilingual labels "ชื่อ-นามสกุล (Name-Surname)".
- Word: legacy form fields (FORMTEXT with the value in the field result, FORMCHECKBOX for
  the title, empty fields of five en spaces); values inside w:fldSimple and a mailto
  w:hyperlink; values inside w:smartTag and w:customXml, cut by bookmarks and proofErr;
  a table whose header row names the columns and the row beneath holds the values; values
  typed into underlined blanks and highlighted; title boxes as Wingdings symbols (w:sym
  and þ/¨ typed in a Wingdings run); LibreOffice input fields (FILLIN); no-break spaces
  and no-break hyphens inside values.
- Excel: labels in column A, values in column C (B a spacer or merged with A); a form in
  sheet 2 after a sheet of instructions with a filled example; two pairs to a row.
- The mail: the name only in the body, the rest in the form; a blank form attached
  beside the filled one.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
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
    Person("นาง", "จันทร์เพ็ญ", "สายทอง", with_check_digit("342010063418"), date(1973, 6, 9),
           "0817742036", "chanpen.st@gmail.com", "204", "5", "", "", "บ้านเป้า",
           "เมืองลำปาง", "ลำปาง", "52100"),
    Person("นาย", "ศุภชัย", "พรหมวงศ์", with_check_digit("110140027735"), date(1986, 3, 27),
           "0896634170", "supachai.pw@hotmail.com", "55/102", "", "นวมินทร์ 74", "นวมินทร์",
           "คลองกุ่ม", "บึงกุ่ม", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "ธิดารัตน์", "คงสมบูรณ์", with_check_digit("184010052297"), date(1998, 11, 14),
           "0628851947", "thidarat.ks@gmail.com", "16", "3", "", "", "ท่าข้าม",
           "พุนพิน", "สุราษฎร์ธานี", "84130"),
    Person("นาย", "บุญส่ง", "ศรีอ่อน", with_check_digit("340170046582"), date(1960, 2, 2),
           "0853309821", "boonsong.sa@yahoo.com", "91", "10", "", "", "โนนสูง",
           "เมืองอุดรธานี", "อุดรธานี", "41330"),
    Person("นาง", "กาญจนา", "รุ่งเรือง", with_check_digit("320050038824"), date(1968, 12, 20),
           "0814427763", "kanjana.rr@outlook.com", "7/1", "", "", "เพชรเกษม", "นาเกลือ",
           "บางละมุง", "ชลบุรี", "20150"),
    Person("นาย", "ปิยะพงษ์", "แสนคำ", with_check_digit("158020077451"), date(1992, 8, 5),
           "0931176654", "piyapong.sk@gmail.com", "133", "8", "", "", "แม่ข้าวต้ม",
           "เมืองเชียงราย", "เชียงราย", "57100"),
    Person("นางสาว", "วรรณภา", "ชัยมงคล", with_check_digit("110290061176"), date(1999, 4, 16),
           "0659902318", "wannapa.cm@hotmail.co.th", "9/88", "", "จรัญสนิทวงศ์ 13",
           "จรัญสนิทวงศ์", "วัดท่าพระ", "บางกอกใหญ่", "กรุงเทพมหานคร", "10600"),
    Person("นาย", "สมพงษ์", "ดวงแก้ว", with_check_digit("330060019963"), date(1955, 10, 31),
           "0867713025", "sompong.dk@gmail.com", "48", "1", "", "", "หนองครก",
           "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
)  # fmt: skip

SUBJECTS = ("ส่งคำร้อง", "ยื่นแบบคำร้อง (ไฟล์แนบ)", "คำร้องทั่วไป", "ส่งแบบฟอร์มที่กรอกแล้ว")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งคำร้องตามไฟล์แนบค่ะ\n",
    "ตามไฟล์แนบครับ\n",
    "เรียน เจ้าหน้าที่ผู้เกี่ยวข้อง\n\nแนบแบบฟอร์มมาพร้อมนี้ครับ\n\nSent from my Galaxy\n",
    "สวัสดีค่ะ รบกวนตรวจสอบแบบฟอร์มตามแนบค่ะ\n",
)
PDF = "application/pdf"
Attachment = tuple[str, bytes, str]
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *files: Attachment, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 7, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen9-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, file: Attachment, *typed: str) -> Case:
    return Case(style, message(p, i, file), expect(p, "", *typed))


def labelled(p: Person) -> tuple[tuple[str, str], ...]:
    return (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email))  # fmt: skip


def slash_date(born: date) -> str:
    return f"{born.day:02d}/{born.month:02d}/{be(born)}"


def saved(pdf: Any) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


# --- AcroForms with a builder of their own: tooltips, hierarchies, export values --------


@dataclass(frozen=True)
class Box:
    """A widget: text (value str) or a check box (value: its export name when on, "" when
    off; `export` the name it exports). `path` is the field's qualified name."""

    path: tuple[str, ...]
    value: str
    x: float
    y: float
    w: float = 60
    tip: str = ""
    export: str = ""


def acro(base: bytes, boxes: Iterable[Box]) -> bytes:
    """Fields as Acrobat/LiveCycle save them: a tree of parents by qualified name, a
    check box group sharing one parent whose /V is the chosen export name."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(io.BytesIO(base))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    nodes: dict[tuple[str, ...], Any] = {}
    top, annots = Array(), Array()

    def node(path: tuple[str, ...]) -> Any:
        if path in nodes:
            return nodes[path]
        d = pdf.make_indirect(Dictionary(T=String(path[-1]), Kids=Array()))
        if len(path) == 1:
            top.append(d)
        else:
            parent = node(path[:-1])
            d.Parent = parent
            parent.Kids.append(d)
        nodes[path] = d
        return d

    for b in boxes:
        x1, y1 = mm(b.x), height - mm(b.y) - 3
        x2 = x1 + mm(b.w if not b.export else 5)
        w = Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=4, P=page.obj,
                       Rect=Array([x1, y1, x2, y1 + mm(7)]))  # fmt: skip
        field = node(b.path)
        if b.export:  # one widget of a check box group
            field.FT = Name.Btn
            on = pdf.make_stream(b"0 g BT /ZaDb 10 Tf 2 2 Td (4) Tj ET")
            w.AP = Dictionary(N=Dictionary({f"/{b.export}": on, "/Off": pdf.make_stream(b"")}))
            w.AS = Name("/" + b.export) if b.value else Name.Off
            if b.value:
                field.V = Name("/" + b.export)
            elif "/V" not in field:
                field.V = Name.Off
            w.Parent = field
            w = pdf.make_indirect(w)
            field.Kids.append(w)
            annots.append(w)
            continue
        del field["/Kids"]
        field.FT = Name.Tx
        field.DA = String("/Helv 0 Tf 0 g")
        if b.value:
            field.V = String(b.value)
        if b.tip:
            field.TU = String(b.tip)
        for key, value in w.items():
            field[key] = value
        annots.append(field)
    page.obj.Annots = pdf.make_indirect(annots)
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    zadb = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.ZapfDingbats)
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(
        Fields=top, NeedAppearances=True, DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
    ))  # fmt: skip
    return saved(pdf)


HEAD = ((75, 18, "แบบคำร้องทั่วไป"), (20, 32, "เรียน  นายกเทศมนตรี"))


def acro_tooltip_labels(p: Person, i: int) -> Case:
    """Acrobat's automatic field detection: fields Text12, Text13...; the page prints
    each caption small ABOVE its box (a grid of boxes), and the tooltip (/TU) the form's
    author typed is the caption again."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    boxes = []
    for k, (label, value) in enumerate(labelled(p)):
        x, y = 20 + 92 * (k % 2), 48 + 18 * (k // 2)
        texts.append((x, y, label))
        tip = label if i % 2 == 0 else f"กรอก{label}"
        boxes.append(Box((f"Text{12 + k}",), value, x, y + 8, 85, tip=tip))
    return one("acro_tooltip_labels", p, i, ("form.pdf", acro(pdf_page(texts, 11), boxes), PDF))


def acro_livecycle_names(p: Person, i: int) -> Case:
    """A LiveCycle-style tree (form1[0].Page1[0].FirstName[0]): English leaf names, the
    name in three fields (title, given name, family name), the birth date dd/mm/yyyy in
    the Buddhist era, the address in one field; labels printed in Thai beside them."""
    leaves = (("คำนำหน้า", "Title[0]", p.title), ("ชื่อ", "FirstName[0]", p.first),
              ("นามสกุล", "LastName[0]", p.last), ("เลขบัตรประชาชน", "IDNumber[0]", p.nid),
              ("วันเกิด", "DateOfBirth[0]", slash_date(p.born)),
              ("ที่อยู่", "Address[0]", p.line()), ("จังหวัด", "Province[0]", p.province),
              ("รหัสไปรษณีย์", "ZipCode[0]", p.postal), ("มือถือ", "Mobile[0]", p.mobile),
              ("อีเมล", "Email[0]", p.email))  # fmt: skip
    sub = "#subform[0]" if i % 2 else "Page1[0]"
    texts: list[tuple[float, float, str]] = list(HEAD)
    boxes = []
    for k, (label, leaf, value) in enumerate(leaves):
        y = 48 + 11 * k
        texts.append((20, y, label))
        boxes.append(Box(("form1[0]", sub, leaf), value, 55, y, 110))
    data = acro(pdf_page(texts, 12), boxes)
    return one("acro_livecycle_names", p, i, ("แบบฟอร์ม.pdf", data, PDF))


def acro_choice_exports(p: Person, i: int) -> Case:
    """The title as three check boxes of one group whose export values are Choice1,
    Choice2, Choice3 (Acrobat's default); only the page says Choice2 is นาง. The given
    name and family name in fields of their own."""
    titles = ("นาย", "นาง", "นางสาว")
    group = "Check Box1" if i % 2 == 0 else "Group1"
    texts: list[tuple[float, float, str]] = [*HEAD, (20, 48, "คำนำหน้า")]
    boxes = []
    for k, title in enumerate(titles):
        texts.append((56 + 28 * k, 48, title))
        chosen = f"Choice{k + 1}" if title == p.title else ""
        boxes.append(Box((group,), chosen, 50 + 28 * k, 48, export=f"Choice{k + 1}"))
    rows = (("ชื่อ", p.first), ("นามสกุล", p.last), *labelled(p)[1:])
    for k, (label, value) in enumerate(rows):
        y = 60 + 11 * k
        texts.append((20, y, label))
        boxes.append(Box((f"Text{k + 1}",), value, 60, y, 110))
    data = acro(pdf_page(texts, 12), boxes)
    return one("acro_choice_exports", p, i, ("คำร้อง.pdf", data, PDF))


# --- text PDFs ---------------------------------------------------------------------------

MARKS = re.compile(r".[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")


def glyph_runs(x: float, y: float, text: str, size: float) -> list[tuple[float, float, str]]:
    """One text object per letter (its marks kept on it), placed at the width of what
    comes before it, as a phone app flattens typed text."""
    from fpdf import FPDF
    from unseen_requests_5 import FONTS

    measure = FPDF(unit="mm")
    measure.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    measure.set_font("F", size=size)
    out, done = [], ""
    for cluster in MARKS.findall(text):
        if cluster.strip():
            out.append((x + measure.get_string_width(done), y, cluster))
        done += cluster
    return out


def pdf_glyph_runs(p: Person, i: int) -> Case:
    """A printed form the citizen filled in a phone app ("Fill & Sign"): the labels are
    the form's own text, each value flattened as one text object per letter."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    for k, (label, value) in enumerate(labelled(p)):
        y = 48 + 12 * k
        texts += [(20, y, label + " " + "." * 60)]
        texts += glyph_runs(62, y - 1.5, value, 12)
    return one("pdf_glyph_runs", p, i, ("คำร้อง_signed.pdf", pdf_page(texts, 12), PDF))


def pdf_values_drawn_last(p: Person, i: int) -> Case:
    """A filled form whose text layer holds all the labels first and the values after
    them, last row first (the app drew the typed layer over the printed page)."""
    pairs = labelled(p)
    texts: list[tuple[float, float, str]] = list(HEAD)
    texts += [(20, 48 + 12 * k, label) for k, (label, _) in enumerate(pairs)]
    values = [(70, 48 + 12 * k, value) for k, (_, value) in enumerate(pairs)]
    texts += values[::-1] if i % 2 == 0 else values[1::2] + values[0::2]
    return one("pdf_values_drawn_last", p, i, ("คำร้อง.pdf", pdf_page(texts, 13), PDF))


def split_sara_am(data: bytes) -> bytes:
    """Rewrites each font's ToUnicode map so the glyph of sara am reads as nikhahit +
    sara aa (U+0E4D U+0E32), as MS Word's Thai PDFs often do."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for _, font in page.obj.Resources.Font.items():
            for f in (font, *font.get("/DescendantFonts", [])):
                if "/ToUnicode" not in f:
                    continue
                cmap = f.ToUnicode.read_bytes().decode("latin-1")
                cmap = re.sub(r"<0[eE]33>", "<0E4D0E32>", cmap)
                f.ToUnicode.write(cmap.encode("latin-1"))
    return saved(pdf)


def pdf_sara_am_split(p: Person, i: int) -> Case:
    """A form saved as PDF from MS Word: labels and values with ำ (คำร้อง, ตำบล, อำเภอ,
    names with ำ) whose text layer gives nikhahit + sara aa instead of sara am."""
    texts: list[tuple[float, float, str]] = [(75, 18, "คำร้องทั่วไป"), (20, 32, "เรียน นายอำเภอ")]
    for k, (label, value) in enumerate(labelled(p)):
        texts.append((20, 46 + 11 * k, f"{label} : {value}"))
    texts.append((20, 46 + 11 * 8, "มีความประสงค์ขอให้ดำเนินการตามคำร้องนี้"))
    data = split_sara_am(pdf_page(texts, 14))
    return one("pdf_sara_am_split", p, i, ("คำร้อง.pdf", data, PDF))


def pdf_values_over_underscores(p: Person, i: int) -> Case:
    """A form whose blanks are underscores in the printed text; the values were typed
    over them, a little above the baseline, in the same text line."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    for k, (label, value) in enumerate(labelled(p)):
        y = 48 + 12 * k
        texts.append((20, y, f"{label} " + "_" * 48))
        texts.append((66, y - 1.2, value))
    return one("pdf_values_over_underscores", p, i, ("แบบคำร้อง.pdf", pdf_page(texts, 12), PDF))


def pdf_signature_block_name(p: Person, i: int) -> Case:
    """The name only in the signature block: 'ลงชื่อ ..... ผู้ยื่นคำร้อง' over
    '( นาง... )' centred under the line; the rest of the form in labelled rows."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    for k, (label, value) in enumerate(labelled(p)[1:]):
        texts.append((20, 46 + 11 * k, f"{label}  {value}"))
    texts.append((20, 46 + 11 * 7, "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง"))
    texts += [(95, 150, "ลงชื่อ" + "." * 40 + "ผู้ยื่นคำร้อง"),
              (110, 160, f"( {p.name} )" if i % 2 == 0 else f"({p.name})"),
              (110, 170, "วันที่ 1 ธันวาคม 2569")]  # fmt: skip
    return one("pdf_signature_block_name", p, i, ("คำร้อง.pdf", pdf_page(texts, 13), PDF))


def pdf_bilingual_labels(p: Person, i: int) -> Case:
    """Labels in Thai with the English in brackets, as provincial offices print for
    foreign residents; Thai citizens fill in Thai."""
    english = ("Name-Surname", "Identification No.", "Date of Birth", "Address", "Province",
               "Postal Code", "Mobile Phone", "E-mail")  # fmt: skip
    texts: list[tuple[float, float, str]] = [(60, 18, "แบบคำร้อง (Application Form)")]
    for k, ((label, value), eng) in enumerate(zip(labelled(p), english, strict=True)):
        y = 36 + 13 * k
        if i % 2 == 0:
            texts.append((20, y, f"{label} ({eng}) : {value}"))
        else:
            texts += [(20, y, f"{label} / {eng}"), (95, y, value)]
    return one("pdf_bilingual_labels", p, i, ("application.pdf", pdf_page(texts, 12), PDF))


# --- Word ---------------------------------------------------------------------------------


def t(text: str, props: str = "") -> str:
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def formtext(name: str, value: str) -> str:
    """A legacy text form field; an empty one shows Word's five en spaces."""
    shown = value or "\u2002" * 5
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{t(shown, "<w:noProof/>")}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def formcheck(name: str, on: bool) -> str:
    checked = '<w:checked w:val="1"/>' if on else ""
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{checked}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def docx_legacy_formtext(p: Person, i: int) -> Case:
    """A protected Word form of legacy fields: the title as FORMCHECKBOX fields (checked
    in ffData, nothing printed), the values in FORMTEXT results, the unused fields left
    as five en spaces."""
    titles = ("นาย", "นาง", "นางสาว")

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        boxes = "".join(formcheck(f"Check{k + 1}", title == p.title) + t(f" {title}  ")
                        for k, title in enumerate(titles))  # fmt: skip
        raw_paragraph(d, t("คำนำหน้า ") + boxes)
        raw_paragraph(d, t("ชื่อ ") + formtext("Text1", p.first) + t("  นามสกุล ")
                      + formtext("Text2", p.last))  # fmt: skip
        for k, (label, value) in enumerate(labelled(p)[1:]):
            raw_paragraph(d, t(f"{label} ") + formtext(f"Text{k + 3}", value))
        raw_paragraph(d, t("โทรศัพท์บ้าน ") + formtext("Text11", ""))
        raw_paragraph(d, t("โทรสาร ") + formtext("Text12", ""))

    return one("docx_legacy_formtext", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def docx_fields_and_links(p: Person, i: int) -> Case:
    """Values left inside fields by a mail-merge the office ran for the citizen
    (w:fldSimple MERGEFIELD), the e-mail a mailto hyperlink whose text is in its runs."""

    def merge(name: str, value: str) -> str:
        return (
            f'<w:fldSimple w:instr=" MERGEFIELD {name} \\* MERGEFORMAT ">{t(value)}</w:fldSimple>'
        )

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง")
        keys = ("ชื่อ_สกุล", "เลขบัตร", "วันเกิด", "ที่อยู่", "จังหวัด", "รหัส", "มือถือ")
        for (label, value), key in zip(labelled(p)[:7], keys, strict=True):
            raw_paragraph(d, t(f"{label}: ") + merge(key, value))
        d.part.relate_to(f"mailto:{p.email}",
                         "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                         "hyperlink", is_external=True)  # fmt: skip
        rid = next(r for r, rel in d.part.rels.items() if rel.target_ref.startswith("mailto:"))
        shown = t(p.email, '<w:rStyle w:val="Hyperlink"/>')
        link = (f'<w:hyperlink r:id="{rid}" xmlns:r="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships">{shown}</w:hyperlink>')  # fmt: skip
        raw_paragraph(d, t("อีเมล: ") + link)

    return one("docx_fields_and_links", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def docx_smarttag_customxml(p: Person, i: int) -> Case:
    """Values wrapped in w:smartTag (Word's recognisers) and w:customXml (a document
    bound to an XML schema), cut by bookmarks and w:proofErr marks."""

    def wrap(k: int, value: str) -> str:
        half = len(value) // 2
        inner = (f'<w:bookmarkStart w:id="{k}" w:name="v{k}"/><w:proofErr w:type="spellStart"/>'
                 f"{t(value[:half])}{t(value[half:])}"
                 f'<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="{k}"/>')  # fmt: skip
        if (k + i) % 2:
            return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                    f'w:element="PersonName">{inner}</w:smartTag>')  # fmt: skip
        return f'<w:customXml w:uri="urn:example:form" w:element="f{k}">{inner}</w:customXml>'

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        for k, (label, value) in enumerate(labelled(p)):
            raw_paragraph(d, t(f"{label} ") + wrap(k, value))

    return one("docx_smarttag_customxml", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def docx_header_then_empty_row(p: Person, i: int) -> Case:
    """Three tables, each a header row of captions and the row beneath where the
    citizen typed the values: the name in three columns, the address in its parts."""

    def table(d: Any, head: list[str], row: list[str]) -> None:
        tb = d.add_table(rows=2, cols=len(head))
        tb.style = "Table Grid"
        for k, (h, v) in enumerate(zip(head, row, strict=True)):
            tb.cell(0, k).text = h
            tb.cell(1, k).text = v
        d.add_paragraph("")

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        table(
            d,
            ["คำนำหน้า", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด"],
            [p.title, p.first, p.last, p.nid, thai_date(p.born)],
        )
        table(d, ["บ้านเลขที่", "หมู่ที่", "ซอย/ถนน", "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด",
                  "รหัสไปรษณีย์"],
              [p.house, p.moo or "-", " ".join(x for x in (p.soi and f"ซอย{p.soi}",
                                                          p.road and f"ถนน{p.road}") if x) or "-",
               p.tambon, p.amphoe, p.province, p.postal])  # fmt: skip
        table(d, ["โทรศัพท์มือถือ", "อีเมล"], [p.mobile, p.email])

    return one("docx_header_then_empty_row", p, i, ("แบบคำขอ.docx", docx_bytes(build), DOCX))


def docx_underlined_blanks(p: Person, i: int) -> Case:
    """Blanks drawn as underlined spaces (no dots, no underscores); the citizen typed
    the value into them, highlighted yellow or coloured blue, the rest of the blank's
    spaces left after it; two pairs on some lines."""
    mark = '<w:highlight w:val="yellow"/>' if i % 2 == 0 else '<w:color w:val="0000FF"/>'

    def blank(value: str, width: int = 40) -> str:
        return (t(" ", "<w:u w:val=\"single\"/>") + t(value, f'{mark}<w:u w:val="single"/>')
                + t(" " * max(4, width - len(value)), '<w:u w:val="single"/>'))  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        pairs = labelled(p)
        rows = ((pairs[0],), (pairs[1], pairs[2]), (pairs[3],), (pairs[4], pairs[5]),
                (pairs[6], pairs[7]))  # fmt: skip
        for row in rows:
            raw_paragraph(d, "".join(t(("   " if k else "") + label) + blank(value)
                                     for k, (label, value) in enumerate(row)))  # fmt: skip

    return one("docx_underlined_blanks", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def docx_wingdings_boxes(p: Person, i: int) -> Case:
    """Title boxes as Wingdings symbols: w:sym F0FE (ticked) / F0A8 (empty), or the
    same as þ / ¨ typed in a Wingdings run; the given and family names after them."""

    def box(on: bool) -> str:
        if i % 2 == 0:
            return f'<w:r><w:sym w:font="Wingdings" w:char="{"F0FE" if on else "F0A8"}"/></w:r>'
        fonts = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'
        return t("þ" if on else "¨", fonts)

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        titles = "".join(box(title == p.title) + t(f" {title}   ")
                         for title in ("นาย", "นาง", "นางสาว"))  # fmt: skip
        raw_paragraph(d, titles + t(f"ชื่อ {p.first}   นามสกุล {p.last}"))
        for label, value in labelled(p)[1:]:
            d.add_paragraph(f"{label}  {value}")

    return one("docx_wingdings_boxes", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def docx_fillin_prompts(p: Person, i: int) -> Case:
    """A LibreOffice form of input fields saved as .docx: each value is the result of a
    FILLIN field whose prompt is the caption; the caption printed before it too."""

    def fillin(prompt: str, value: str) -> str:
        instr = f' FILLIN "{xml_escape(prompt)}" '
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'{t(value)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง")
        for label, value in labelled(p):
            prompt = label if i % 2 == 0 else f"กรุณากรอก{label}"
            raw_paragraph(d, t(f"{label}\t") + fillin(prompt, value))

    return one("docx_fillin_prompts", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def docx_special_chars(p: Person, i: int) -> Case:
    """Values with Word's special characters: no-break spaces inside the name and the
    address, the ID and the phone grouped with w:noBreakHyphen, a soft hyphen in the
    e-mail's run."""
    nbh = "<w:r><w:noBreakHyphen/></w:r>"
    nbsp = "\u00a0"

    def grouped(parts: list[str]) -> str:
        return nbh.join(t(x) for x in parts)

    nid, m = p.nid, p.mobile

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        raw_paragraph(d, t(f"ชื่อ-นามสกุล  {p.title}{p.first}\u00a0{p.last}"))
        raw_paragraph(d, t("เลขประจำตัวประชาชน  ")
                      + grouped([nid[0], nid[1:5], nid[5:10], nid[10:12], nid[12]]))  # fmt: skip
        raw_paragraph(d, t("วันเดือนปีเกิด  " + thai_date(p.born).replace(" ", nbsp)))
        raw_paragraph(d, t("ที่อยู่  " + p.line().replace(" ", nbsp, 1)))
        raw_paragraph(d, t(f"จังหวัด  {p.province}\u00a0\u00a0รหัสไปรษณีย์  {p.postal}"))
        raw_paragraph(d, t("โทรศัพท์มือถือ  ") + grouped([m[:3], m[3:6], m[6:]]))
        user, host = p.email.split("@")
        raw_paragraph(d, t("อีเมล  ") + t(user) + "<w:r><w:softHyphen/></w:r>" + t("@" + host))

    return one("docx_special_chars", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


# --- Excel --------------------------------------------------------------------------------


def xlsx_value_in_c(p: Person, i: int) -> Case:
    """Labels in column A, values in column C: column B an empty narrow spacer, or the
    label merged over A:B."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet.title = "แบบฟอร์ม"
        sheet["A1"] = "แบบคำร้องทั่วไป"
        sheet.merge_cells("A1:C1")
        sheet.column_dimensions["B"].width = 2
        for r, (label, value) in enumerate(labelled(p), start=3):
            sheet.cell(r, 1, label)
            if i % 2:
                sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            sheet.cell(r, 3, value)

    return one("xlsx_value_in_c", p, i, ("แบบฟอร์ม.xlsx", xlsx_bytes(build), XLSX))


def xlsx_instructions_first(p: Person, i: int) -> Case:
    """Sheet 1 'คำชี้แจง': how to fill the form, with a filled example (ตัวอย่าง) of an
    invented person; sheet 2 'แบบฟอร์ม': the citizen's own values."""

    def build(book: Any) -> None:
        info = book.active
        info.title = "คำชี้แจง"
        info["A1"] = "คำชี้แจงการกรอกแบบฟอร์ม"
        info["A2"] = "1. กรอกข้อมูลในแผ่นงาน 'แบบฟอร์ม' ให้ครบถ้วน"
        info["A3"] = "2. ส่งไฟล์กลับทางอีเมล saraban@example.go.th"
        info["A5"] = "ตัวอย่างการกรอก"
        sample = (("ชื่อ-นามสกุล", "นายสมชาย ใจดี"), ("เลขประจำตัวประชาชน", "1-2345-67890-12-1"),
                  ("วันเดือนปีเกิด", "1 มกราคม 2530"), ("โทรศัพท์มือถือ", "081-234-5678"),
                  ("อีเมล", "somchai@example.com"))  # fmt: skip
        for r, (label, value) in enumerate(sample, start=6):
            info.cell(r, 1, label)
            info.cell(r, 2, value)
        form = book.create_sheet("แบบฟอร์ม")
        form["A1"] = "แบบคำร้องทั่วไป"
        for r, (label, value) in enumerate(labelled(p), start=3):
            form.cell(r, 1, label)
            form.cell(r, 2, value)

    return one("xlsx_instructions_first", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def xlsx_pairs_across(p: Person, i: int) -> Case:
    """A paper form laid out in Excel: two label/value pairs to a row (A:B and D:E), the
    labels ending with a colon in one variant."""
    colon = ":" if i % 2 else ""

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้อง"
        pairs = labelled(p)
        for k in range(0, len(pairs), 2):
            r = 3 + k // 2
            for c, (label, value) in zip((1, 4), pairs[k : k + 2], strict=True):
                sheet.cell(r, c, label + colon)
                sheet.cell(r, c + 1, value)

    return one("xlsx_pairs_across", p, i, ("แบบคำร้อง.xlsx", xlsx_bytes(build), XLSX))


# --- the mail around the files -------------------------------------------------------------


def name_in_body_only(p: Person, i: int) -> Case:
    """The body gives the name ('ข้าพเจ้า นาง... ขอส่ง...'); the attached Word form has
    no name line, only the ID, birth date, address and contacts."""
    body = (f"เรียน เจ้าหน้าที่\n\nข้าพเจ้า {p.name} ขอส่งแบบคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n"
            if i % 2 == 0 else
            f"ส่งแบบฟอร์มข้อมูลตามแนบครับ\n\n{p.name}\n")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("ข้อมูลผู้ยื่นคำร้อง")
        for label, value in labelled(p)[1:]:
            d.add_paragraph(f"{label}: {value}")

    mail = message(p, i, ("ข้อมูลประกอบ.docx", docx_bytes(build), DOCX), body=body)
    return Case("name_in_body_only", mail, expect(p))


def blank_and_filled(p: Person, i: int) -> Case:
    """Two attachments: the agency's blank form as a PDF (dots, and a printed example
    under each blank) and the citizen's filled copy as Word."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    for k, (label, _) in enumerate(labelled(p)):
        texts.append((20, 48 + 14 * k, f"{label} " + "." * 60))
    texts += [(20, 170, "(ตัวอย่าง: นายสมชาย ใจดี  โทร 081-234-5678)")]
    blank = pdf_page(texts, 12)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in labelled(p):
            d.add_paragraph(f"{label} ...{value}...")

    files: list[Attachment] = [("แบบฟอร์มเปล่า.pdf", blank, PDF),
                               ("คำร้อง_กรอกแล้ว.docx", docx_bytes(build), DOCX)]  # fmt: skip
    return Case("blank_and_filled", message(p, i, *(files if i % 2 == 0 else files[::-1])),
                expect(p))  # fmt: skip


STYLES: tuple[Style, ...] = (
    acro_tooltip_labels, acro_livecycle_names, acro_choice_exports,
    pdf_glyph_runs, pdf_values_drawn_last, pdf_sara_am_split, pdf_values_over_underscores,
    pdf_signature_block_name, pdf_bilingual_labels,
    docx_legacy_formtext, docx_fields_and_links, docx_smarttag_customxml,
    docx_header_then_empty_row, docx_underlined_blanks, docx_wingdings_boxes,
    docx_fillin_prompts, docx_special_chars,
    xlsx_value_in_c, xlsx_instructions_first, xlsx_pairs_across,
    name_in_body_only, blank_and_filled,
)  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


__all__ = ["MONTHS", "W", "build_set"]


# --- a second batch, written after the readers were read and fixed -----------------------
# To see whether the fixes hold on shapes they were not made for (measured before any
# further change; see test_unseen_styles_9.py).


def pdf_fill_sign_low(p: Person, i: int) -> Case:
    """The phone app's letters placed a little BELOW the dots (the finger touched under
    the line), one text object per letter as before."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    for k, (label, value) in enumerate(labelled(p)):
        y = 48 + 13 * k
        texts += [(20, y, label + " " + "." * 60)]
        texts += glyph_runs(62, y + (1.6 if i % 2 else 2.2), value, 12)
    return one("pdf_fill_sign_low", p, i, ("คำร้อง_signed.pdf", pdf_page(texts, 12), PDF))


def pdf_word_thai_tones(p: Person, i: int) -> Case:
    """MS Word's ToUnicode map splitting sara am, on names and places with a tone mark
    over it (น้ำ, ค่ำ, ล้ำ) and ำ at a word's end."""
    from dataclasses import replace

    q = replace(p, first="น้ำทิพย์" if i % 2 == 0 else "ลำดวน",
                last="ค้ำคูณ" if i % 2 == 0 else "ทองคำ", tambon="น้ำคำ")  # fmt: skip
    texts: list[tuple[float, float, str]] = [(75, 18, "คำร้องทั่วไป")]
    for k, (label, value) in enumerate(labelled(q)):
        texts.append((20, 40 + 11 * k, f"{label} : {value}"))
    data = split_sara_am(pdf_page(texts, 14))
    mail = message(q, i, ("คำร้อง.pdf", data, PDF))
    return Case("pdf_word_thai_tones", mail, expect(q))


def docx_header_one_unanswered(p: Person, i: int) -> Case:
    """Two-column header tables, the citizen's row with one cell left empty (no home
    phone; no fax), beside tables fully answered."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        for head, row in ((["ชื่อ-นามสกุล", "เลขประจำตัวประชาชน"], [p.name, p.nid]),
                          (["วันเดือนปีเกิด", "โทรศัพท์บ้าน"], [thai_date(p.born), ""]),
                          (["ที่อยู่", "จังหวัด"], [p.line(), p.province]),
                          (["รหัสไปรษณีย์", "โทรสาร"], [p.postal, ""]),
                          (["โทรศัพท์มือถือ", "อีเมล"], [p.mobile, p.email])):  # fmt: skip
            tb = d.add_table(rows=2, cols=2)
            for k in range(2):
                tb.cell(0, k).text = head[k]
                tb.cell(1, k).text = row[k]
            d.add_paragraph("")

    return one("docx_header_one_unanswered", p, i, ("แบบคำขอ.docx", docx_bytes(build), DOCX))


def xlsx_pairs_some_empty(p: Person, i: int) -> Case:
    """Two pairs to a row with some answers left empty (โทรศัพท์บ้าน, โทรสาร,
    หมายเหตุ), the empty ones at a row's end and in its middle."""
    rows = ((("ชื่อ-นามสกุล", p.name), ("โทรศัพท์บ้าน", "")),
            (("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", thai_date(p.born))),
            (("โทรสาร", ""), ("ที่อยู่", p.line())),
            (("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)),
            (("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email)),
            (("หมายเหตุ", ""),))  # fmt: skip

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้อง"
        for r, pairs in enumerate(rows, start=3):
            for c, (label, value) in zip((1, 4), pairs, strict=False):
                sheet.cell(r, c, label)
                if value:
                    sheet.cell(r, c + 1, value)

    return one("xlsx_pairs_some_empty", p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX))


def docx_example_then_own_heading(p: Person, i: int) -> Case:
    """A Word form opening with 'ตัวอย่าง' and an invented person's values, then the
    heading 'ข้อมูลผู้ยื่นคำร้อง' (or, in the other variant, the example printed at
    the end, after the citizen's values)."""
    sample = (("ชื่อ-นามสกุล", "นายสมชาย ใจดี"), ("เลขประจำตัวประชาชน", "1-2345-67890-12-1"),
              ("โทรศัพท์มือถือ", "081-234-5678"), ("อีเมล", "somchai@example.com"))  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        example = [("ตัวอย่าง", ""), *sample]
        own = [("ข้อมูลผู้ยื่นคำร้อง", ""), *labelled(p)]
        for label, value in example + own if i % 2 == 0 else own + example:
            d.add_paragraph(f"{label}: {value}" if value else label)

    return one("docx_example_then_own_heading", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def body_name_other_verbs(p: Person, i: int) -> Case:
    """The name only in the body, in sentences of other shapes: 'ดิฉัน นาง... แนบแบบ
    คำร้องมาค่ะ', 'ผม นาย... ได้กรอกแบบฟอร์มตามแนบ'."""
    body = (f"เรียน เจ้าหน้าที่\n\nดิฉัน {p.name} แนบแบบคำร้องมาพร้อมนี้ค่ะ\n"
            if i % 2 == 0 else
            f"เรียน เจ้าหน้าที่\n\nข้าพเจ้า {p.name} ได้กรอกแบบฟอร์มตามแนบแล้วครับ\n")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("ข้อมูลผู้ยื่นคำร้อง")
        for label, value in labelled(p)[1:]:
            d.add_paragraph(f"{label}: {value}")

    mail = message(p, i, ("ข้อมูล.docx", docx_bytes(build), DOCX), body=body)
    return Case("body_name_other_verbs", mail, expect(p))


SECOND_BATCH: tuple[Style, ...] = (
    pdf_fill_sign_low, pdf_word_thai_tones, docx_header_one_unanswered,
    xlsx_pairs_some_empty, docx_example_then_own_heading, body_name_other_verbs,
)  # fmt: skip


def build_second_batch() -> list[Case]:
    return two_each(SECOND_BATCH, PEOPLE, batch=1)


# --- a third batch, written after the second batch's fixes, to probe them ------------------


def pdf_example_block(p: Person, i: int) -> Case:
    """A printed form opening with 'ตัวอย่างการกรอก' and an invented person's values,
    then the form's own title and the citizen's values."""
    sample = (("ชื่อ-นามสกุล", "นายสมชาย ใจดี"), ("เลขประจำตัวประชาชน", "1-2345-67890-12-1"),
              ("โทรศัพท์มือถือ", "081-234-5678"))  # fmt: skip
    texts: list[tuple[float, float, str]] = [(20, 20, "ตัวอย่างการกรอก")]
    texts += [(25, 30 + 8 * k, f"{label} : {value}") for k, (label, value) in enumerate(sample)]
    texts.append((75, 66, "แบบคำร้องทั่วไป"))
    texts += [(20, 80 + 11 * k, f"{label} : {value}")
              for k, (label, value) in enumerate(labelled(p))]  # fmt: skip
    return one("pdf_example_block", p, i, ("คำร้อง.pdf", pdf_page(texts, 12), PDF))


def pdf_signature_officer_first(p: Person, i: int) -> Case:
    """Two signature blocks, the officer's (ผู้รับคำร้อง) left and first in the text,
    the applicant's right; the name only in the applicant's brackets."""
    texts: list[tuple[float, float, str]] = list(HEAD)
    for k, (label, value) in enumerate(labelled(p)[1:]):
        texts.append((20, 46 + 11 * k, f"{label}  {value}"))
    texts += [(15, 150, "ลงชื่อ" + "." * 25 + "เจ้าหน้าที่ผู้รับคำร้อง"),
              (25, 160, "( นางสาวมาลี ศรีสุข )"),
              (110, 175, "ลงชื่อ" + "." * 25 + "ผู้ยื่นคำร้อง"),
              (120, 185, f"( {p.name} )")]  # fmt: skip
    return one("pdf_signature_officer_first", p, i, ("คำร้อง.pdf", pdf_page(texts, 12), PDF))


def docx_wingdings2_boxes(p: Person, i: int) -> Case:
    """Title boxes in Wingdings 2, as Word's Insert > Symbol offers them: 'R' (☑) or 'T'
    (☒) ticked, '£' empty, typed in a Wingdings 2 run or as w:sym."""
    on = "R" if i % 2 == 0 else "T"

    def box(ticked: bool) -> str:
        char = on if ticked else "£"
        if i % 2:
            return f'<w:r><w:sym w:font="Wingdings 2" w:char="F0{ord(char):02X}"/></w:r>'
        fonts = '<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>'
        return t(char, fonts)

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        raw_paragraph(d, t("คำนำหน้า ") + "".join(box(x == p.title) + t(f" {x}   ")
                                                  for x in ("นาย", "นาง", "นางสาว")))  # fmt: skip
        raw_paragraph(d, t(f"ชื่อ {p.first}   นามสกุล {p.last}"))
        for label, value in labelled(p)[1:]:
            d.add_paragraph(f"{label}  {value}")

    return one("docx_wingdings2_boxes", p, i, ("คำร้อง.docx", docx_bytes(build), DOCX))


def acro_tooltips_no_page_labels(p: Person, i: int) -> Case:
    """Fields Text1... over a form whose printed labels are a picture (the agency
    scanned its paper form as the page): only the tooltips (/TU) say what each is."""
    boxes = [Box((f"Text{k + 1}",), value, 60, 48 + 12 * k, 110, tip=label)
             for k, (label, value) in enumerate(labelled(p))]  # fmt: skip
    page_ = pdf_page([(20, 20, " ")], 12)
    return one("acro_tooltips_no_page_labels", p, i, ("form.pdf", acro(page_, boxes), PDF))


def xlsx_hints_beside(p: Person, i: int) -> Case:
    """Labels in A, values in B, and in C the form's hints, some with an example value
    ('เช่น 081-234-5678', '(ตัวอย่าง 1-2345-67890-12-1)')."""
    hints = ("(ระบุคำนำหน้า)", "(ตัวอย่าง 1-2345-67890-12-1)", "(วัน เดือน ปี พ.ศ.)",
             "", "", "", "เช่น 081-234-5678", "เช่น name@example.com")  # fmt: skip

    def build(book: Any) -> None:
        sheet = book.active
        sheet["A1"] = "แบบคำร้องทั่วไป"
        for r, ((label, value), hint) in enumerate(zip(labelled(p), hints, strict=True), 3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)
            if hint:
                sheet.cell(r, 3, hint)

    return one("xlsx_hints_beside", p, i, ("แบบฟอร์ม.xlsx", xlsx_bytes(build), XLSX))


THIRD_BATCH: tuple[Style, ...] = (
    pdf_example_block, pdf_signature_officer_first, docx_wingdings2_boxes,
    acro_tooltips_no_page_labels, xlsx_hints_beside,
)  # fmt: skip


def build_third_batch() -> list[Case]:
    return two_each(THIRD_BATCH, PEOPLE, batch=2)
