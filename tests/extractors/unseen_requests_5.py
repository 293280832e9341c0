"""A fifth set of requests written by someone who had not read the readers (issue 8):
requests whose values are in an ATTACHMENT.

Written before reading `extractors/`, `config/`, `tests/generator/` or the bodies of the
earlier sets (only their style names and docstrings were read, to avoid repeating them).
Every mail here says little more than "ตามไฟล์แนบ"; the request is in a file made the way
Thai agencies publish forms and citizens fill them: fillable AcroForm PDFs (Thai field
names, meaningless ones like Text1/fill_3, a title as checkboxes or a radio group with
the given name alone in its field, the ID as a comb field or as thirteen one-digit
fields, the birth date as วัน/เดือน/ปี, the address across เลขที่/หมู่/ซอย/ถนน/ตำบล/...
fields with "-" in the empty ones), flattened forms whose values are drawn in a form
XObject, values in FreeText annotations (Acrobat's "Fill & Sign"), text PDFs with dot
leaders, two columns, ruled tables, values below their label and IDs in paper boxes;
Word forms with ☐/☑/☒/■ before the title, leaders, tab stops, typed-over underscores,
merged cells, a table in the page header, tracked changes whose deleted text is the old
wrong value, content controls with their placeholder left, runs cut mid-word; Excel
forms over two sheets with merged labels and numbers Excel made of an ID and a phone;
and the mail around the file: two attachments, RFC 2231 names, octet-stream or a wrong
content type, a name only in Content-Type, a zipped form.

Same shape as the other sets (a raw RFC 5322 message plus the values a clerk accepts per
field), so the shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import product
from pathlib import Path
from typing import Any

from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit

FONTS = Path("/usr/share/fonts/truetype/tlwg")


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str  # 10 digits, national
    email: str
    house: str
    moo: str  # "" where there is none (Bangkok, towns)
    soi: str
    road: str
    tambon: str  # ตำบล, or แขวง in Bangkok
    amphoe: str  # อำเภอ, or เขต in Bangkok
    province: str
    postal: str

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"

    def rest(self, short: bool = False, moo_word: str = "หมู่ที่") -> str:
        """After the house number, to the district, as a clerk writes it."""
        words = (
            ("ม.", "ซ.", "ถ.", "แขวง" if self.bangkok else "ต.", "เขต" if self.bangkok else "อ.")
            if short
            else (moo_word, "ซอย", "ถนน", "แขวง" if self.bangkok else "ตำบล",
                  "เขต" if self.bangkok else "อำเภอ")
        )  # fmt: skip
        parts = [
            f"{words[0]}{'' if short else ' '}{self.moo}" if self.moo else "",
            f"{words[1]}{self.soi}" if self.soi else "",
            f"{words[2]}{self.road}" if self.road else "",
            f"{words[3]}{self.tambon}",
            f"{words[4]}{self.amphoe}",
        ]
        return " ".join(p for p in parts if p)

    def segments(self) -> list[str]:
        """The address after the house number in its parts, written out."""
        return [s for s in (f"หมู่ที่ {self.moo}" if self.moo else "",
                            f"ซอย{self.soi}" if self.soi else "",
                            f"ถนน{self.road}" if self.road else "",
                            f"{'แขวง' if self.bangkok else 'ตำบล'}{self.tambon}",
                            f"{'เขต' if self.bangkok else 'อำเภอ'}{self.amphoe}") if s]  # fmt: skip

    def line(self, short: bool = False) -> str:
        return f"{self.house} {self.rest(short)}"

    @property
    def province_written(self) -> str:
        return "กรุงเทพมหานคร" if self.bangkok else f"จังหวัด{self.province}"


PEOPLE: tuple[Person, ...] = (
    Person("นาง", "ประภาพร", "ศรีวิเศษ", with_check_digit("340060051827"), date(1971, 3, 14),
           "0816639027", "prapaporn.sw@gmail.com", "45", "3", "", "", "ในเมือง",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาย", "กิตติศักดิ์", "บุญเรือง", with_check_digit("110050083349"), date(1988, 11, 2),
           "0894417265", "kittisak.br@hotmail.com", "129/45", "", "รามคำแหง 24",
           "รามคำแหง", "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "พิมพ์ชนก", "แสงทอง", with_check_digit("150010066218"), date(1997, 6, 28),
           "0632218849", "pimchanok.st@gmail.com", "9/3", "7", "", "", "บ้านกลาง",
           "เมืองลำพูน", "ลำพูน", "51000"),
    Person("นาย", "วรวุฒิ", "จันทร์แก้ว", with_check_digit("380040012956"), date(1979, 1, 5),
           "0872209451", "worawut.jk@yahoo.com", "301", "", "", "นิตโย", "หมากแข้ง",
           "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Person("นาง", "สุนันทา", "พึ่งบุญ", with_check_digit("370020047731"), date(1965, 9, 19),
           "0819906234", "sunanta.pb@outlook.com", "18", "12", "", "", "ท่าช้าง",
           "บางกล่ำ", "สงขลา", "90110"),
    Person("นาย", "ณัฐพล", "อินทร์สอาด", with_check_digit("120060091143"), date(1993, 4, 30),
           "0957731820", "nattapon.in@gmail.com", "77/812", "", "พหลโยธิน 48",
           "พหลโยธิน", "อนุสาวรีย์", "บางเขน", "กรุงเทพมหานคร", "10220"),
    Person("นางสาว", "อรอุมา", "เพชรรัตน์", with_check_digit("163990024485"), date(2000, 12, 8),
           "0641187392", "onuma.pr@hotmail.co.th", "56", "2", "", "", "โคกตูม",
           "เมืองลพบุรี", "ลพบุรี", "15210"),
    Person("นาย", "ชาญชัย", "ทองมา", with_check_digit("330110055674"), date(1958, 7, 23),
           "0862275513", "chanchai.tm@gmail.com", "210", "9", "", "", "ดู่",
           "ราษีไศล", "ศรีสะเกษ", "33160"),
)  # fmt: skip


# --- what a clerk accepts ----------------------------------------------------------------


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def be(born: date) -> int:
    return born.year + 543


def thai_date(born: date, short: bool = False) -> str:
    month = (MONTHS_SHORT if short else MONTHS)[born.month - 1]
    return f"{born.day} {month} {be(born)}"


def dashed_id(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def addresses(p: Person, *typed: str) -> tuple[str, ...]:
    """An address is right written out (หมู่ที่/หมู่, ตำบล, อำเภอ...) or short (ม., ต., อ.),
    or as typed, each with or without บ้านเลขที่/เลขที่ and with or without the province
    and postal code (which are fields of their own)."""
    heads = [*typed, p.line(), f"{p.house} {p.rest(moo_word='หมู่')}", p.line(short=True)]
    heads += [f"{word} {h}" for word, h in product(("เลขที่", "บ้านเลขที่"), list(heads))]
    out: list[str] = []
    for head in dict.fromkeys(heads):
        out += [head, f"{head} {p.province_written}", f"{head} {p.province_written} {p.postal}"]
        out += [f"{head} จ.{p.province}", f"{head} จ.{p.province} {p.postal}"]
    return tuple(dict.fromkeys(out))


def expect(p: Person, keys: str = "", *typed: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (intl(p.mobile), p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(p, *typed),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in (keys or ALL).split()}


ALL = "full_name national_id birth_date phone email address postal_code province"
SUBJECTS = (
    "ส่งแบบคำร้องทั่วไป",
    "ขอยื่นคำร้อง (ตามไฟล์แนบ)",
    "ยื่นคำร้องขอความอนุเคราะห์",
    "แบบฟอร์มคำร้อง",
)
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง\n\nกรอกแบบฟอร์มเรียบร้อยแล้ว รายละเอียดตามไฟล์แนบครับ\n",
    "ตามไฟล์แนบครับ\n\nSent from my iPhone\n",
    "สวัสดีค่ะ แนบแบบฟอร์มคำร้องมาให้พิจารณาค่ะ\n",
)


Attachment = tuple[str, bytes, str]  # file name, bytes, content type


def message(p: Person, n: int, *files: Attachment, body: str | None = None,
            subject: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen5-{n}-{p.first.encode().hex()[:8]}@example.com>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- PDF makers ---------------------------------------------------------------------------

Text = tuple[float, float, str]  # x, y (mm from the top left), text


def pdf_page(texts: Iterable[Text], size: float = 14, face: str = "Laksaman",
             rects: Iterable[tuple[float, float, float, float]] = (),
             lines: Iterable[tuple[float, float, float, float]] = ()) -> bytes:  # fmt: skip
    """One A4 page of shaped Thai text, as a word processor or a form designer prints it."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=size)
    pdf.set_text_shaping(True)
    for x, y, text in texts:
        pdf.text(x, y, text)
    for x, y, w, h in rects:
        pdf.rect(x, y, w, h)
    for x1, y1, x2, y2 in lines:
        pdf.line(x1, y1, x2, y2)
    return bytes(pdf.output())


def mm(v: float) -> float:
    return v * 72 / 25.4


@dataclass(frozen=True)
class Field:
    """One AcroForm field: a text box (value str), a checkbox (value bool) or a radio
    group (value = the chosen export name, options = the export names)."""

    name: str
    value: str | bool
    x: float  # mm from the left
    y: float  # mm from the top (baseline of the label beside it)
    w: float = 50
    kind: str = "text"  # text, check, radio, choice (a combo box)
    options: tuple[str, ...] = ()
    comb: int = 0  # MaxLen of a comb field


def acroform(base: bytes, fields: Iterable[Field], *, appearance: bool = False,
             kids: dict[str, list[Field]] | None = None) -> bytes:  # fmt: skip
    """Adds filled AcroForm fields to the page, as Acrobat saves a form the citizen
    filled: /V on each field, NeedAppearances (no appearance streams for text),
    on/off appearances for the buttons. `kids`: fields grouped under a parent named by
    the key (Acrobat's "name.0", "name.1" when a field is copied)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(io.BytesIO(base))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    annots = Array()
    top = Array()

    def rect(f: Field, w: float | None = None) -> Array:
        x1, y1 = mm(f.x), height - mm(f.y) - 3
        return Array([x1, y1, x1 + mm(w if w is not None else f.w), y1 + mm(7)])

    def box_ap(on: str) -> Dictionary:
        check = pdf.make_stream(b"0 g BT /ZaDb 10 Tf 2 2 Td (4) Tj ET")
        off = pdf.make_stream(b"")
        return Dictionary(N=Dictionary({f"/{on}": check, "/Off": off}))

    def widget(f: Field) -> Dictionary:
        d = Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=4, P=page.obj)
        if f.kind == "text":
            d.FT = Name.Tx
            d.Rect = rect(f)
            d.DA = String("/Helv 0 Tf 0 g")
            if f.value != "":
                d.V = String(str(f.value))
            if f.comb:
                d.Ff = 1 << 24
                d.MaxLen = f.comb
            if appearance and f.value:
                d.AP = Dictionary(N=pdf.make_stream(b"/Tx BMC EMC"))
        elif f.kind == "choice":
            d.FT = Name.Ch
            d.Ff = 1 << 17  # a combo box
            d.Rect = rect(f)
            d.Opt = Array([String(o) for o in f.options])
            d.V = String(str(f.value))
            d.DA = String("/Helv 0 Tf 0 g")
        elif f.kind == "check":
            d.FT = Name.Btn
            d.Rect = rect(f, 5)
            d.V = Name.Yes if f.value else Name.Off
            d.AS = Name.Yes if f.value else Name.Off
            d.AP = box_ap("Yes")
        return d

    for f in fields:
        if f.kind == "radio":
            parent = pdf.make_indirect(Dictionary(FT=Name.Btn, Ff=(1 << 15) | (1 << 14),
                                                  T=String(f.name), Kids=Array()))  # fmt: skip
            parent.V = Name("/" + str(f.value))
            for k, option in enumerate(f.options):
                kid = Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=4, P=page.obj,
                                 Parent=parent, AP=box_ap(option))  # fmt: skip
                kid.Rect = rect(Field("", "", f.x + 22 * k, f.y), 5)
                kid.AS = Name("/" + option) if option == f.value else Name.Off
                kid = pdf.make_indirect(kid)
                parent.Kids.append(kid)
                annots.append(kid)
            top.append(parent)
            continue
        d = pdf.make_indirect(widget(f))
        d.T = String(f.name)
        annots.append(d)
        top.append(d)
    for parent_name, children in (kids or {}).items():
        parent = pdf.make_indirect(Dictionary(FT=Name.Tx, T=String(parent_name), Kids=Array()))
        for f in children:
            d = widget(f)
            del d["/FT"]
            d.T = String(f.name)
            d.Parent = parent
            d = pdf.make_indirect(d)
            parent.Kids.append(d)
            annots.append(d)
        top.append(parent)
    page.obj.Annots = pdf.make_indirect(annots)
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    zadb = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.ZapfDingbats)
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(
        Fields=top, NeedAppearances=True, DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
    ))  # fmt: skip
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


# --- DOCX makers -------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "TH Sarabun New"
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def raw_paragraph(document: Any, inner_xml: str) -> None:
    """A paragraph written as WordprocessingML, for what python-docx cannot make."""
    from docx.oxml import parse_xml

    p = parse_xml(f'<w:p xmlns:w="{W}">{inner_xml}</w:p>')
    document.element.body.insert(len(document.element.body) - 1, p)


def run(text: str, **attrs: str) -> str:
    props = "".join(f"<w:{k}/>" for k in attrs)
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'{"<w:r>"}{props}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_bytes(build: Callable[[Any], None]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    build(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


Style = Callable[[Person, int], Case]


# --- the styles: fillable PDFs -----------------------------------------------------------

FORM_HEAD = (
    (70, 18, "แบบคำร้องทั่วไป"),
    (140, 28, "เขียนที่ ........................................"),
    (20, 40, "เรียน  นายอำเภอ"),
)


def acro_thai_names(p: Person, i: int) -> Case:
    """An agency's fillable PDF whose fields are named in Thai after their labels,
    filled in Acrobat Reader (values in /V, NeedAppearances, nothing in the page text)."""
    labels = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่",
              "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์มือถือ", "อีเมล")  # fmt: skip
    values = (p.name, p.nid, thai_date(p.born), p.line(), p.province, p.postal,
              p.mobile, p.email)  # fmt: skip
    texts = [*FORM_HEAD] + [(20, 55 + 12 * k, label) for k, label in enumerate(labels)]
    base = pdf_page(texts)
    fields = [Field(label, value, 65, 55 + 12 * k, 120)
              for k, (label, value) in enumerate(zip(labels, values, strict=True))]  # fmt: skip
    data = acroform(base, fields, appearance=bool(i % 2))
    return Case("acro_thai_names", message(p, i, ("คำร้องทั่วไป.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def acro_meaningless_names(p: Person, i: int) -> Case:
    """The same kind of form made by converting a Word file in Acrobat: the fields are
    named Text1, Text2... or fill_1, fill_2 (and one 'undefined'); only the page says
    which box is which, by the label printed left of it."""
    labels = ("ชื่อ - สกุล", "เลขประจำตัวประชาชน", "เกิดวันที่", "อยู่บ้านเลขที่",
              "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์", "E-mail")  # fmt: skip
    values = (p.name, p.nid, thai_date(p.born), p.line(), p.province, p.postal,
              p.mobile, p.email)  # fmt: skip
    names = ([f"Text{k + 1}" for k in range(8)] if i % 2 == 0
             else [f"fill_{k + 1}" for k in range(7)] + ["undefined"])  # fmt: skip
    texts = [*FORM_HEAD] + [(20, 55 + 12 * k, label) for k, label in enumerate(labels)]
    texts += [(64, 56 + 12 * k, "." * 70) for k in range(len(labels))]
    fields = [Field(name, value, 65, 55 + 12 * k, 120)
              for k, (name, value) in enumerate(zip(names, values, strict=True))]  # fmt: skip
    data = acroform(pdf_page(texts), fields)
    return Case("acro_meaningless_names", message(p, i, ("form.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def acro_title_checkboxes(p: Person, i: int) -> Case:
    """☐นาย ☐นาง ☐นางสาว as three checkboxes, one ticked; the name boxes hold the given
    name and the family name alone, as the agency form asks."""
    titles = ("นาย", "นาง", "นางสาว")
    texts = [*FORM_HEAD, (20, 55, "ข้าพเจ้า"), (45, 55, "นาย"), (67, 55, "นาง"),
             (89, 55, "นางสาว"), (20, 67, "ชื่อ"), (105, 67, "นามสกุล"),
             (20, 79, "เลขประจำตัวประชาชน"), (20, 91, "เกิดวันที่"), (20, 103, "ที่อยู่"),
             (20, 115, "จังหวัด"), (105, 115, "รหัสไปรษณีย์"), (20, 127, "โทรศัพท์"),
             (105, 127, "อีเมล")]  # fmt: skip
    names = (("Check Box1", "Check Box2", "Check Box3") if i % 2 == 0
             else ("title_mr", "title_mrs", "title_miss"))  # fmt: skip
    fields = [Field(names[k], p.title == t, 39 + 22 * k, 55, kind="check")
              for k, t in enumerate(titles)]  # fmt: skip
    fields += [
        Field("first_name" if i % 2 else "ชื่อ", p.first, 30, 67, 70),
        Field("last_name" if i % 2 else "นามสกุล", p.last, 122, 67, 70),
        Field("id_no" if i % 2 else "เลขบัตร", p.nid, 60, 79, 80),
        Field("dob" if i % 2 else "วันเกิด", thai_date(p.born), 45, 91, 80),
        Field("addr" if i % 2 else "ที่อยู่", p.line(), 35, 103, 150),
        Field("prov" if i % 2 else "จังหวัด", p.province, 35, 115, 60),
        Field("zip" if i % 2 else "รหัสไปรษณีย์", p.postal, 130, 115, 40),
        Field("tel" if i % 2 else "โทรศัพท์", p.mobile, 40, 127, 60),
        Field("mail" if i % 2 else "อีเมล", p.email, 120, 127, 70),
    ]
    data = acroform(pdf_page(texts), fields)
    return Case("acro_title_checkboxes", message(p, i, ("คำร้อง.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def acro_title_radio(p: Person, i: int) -> Case:
    """The title as a radio group: export values in Thai (the form designer typed the
    title as the choice's name) or Acrobat's default Choice1/Choice2/Choice3, only the
    page's printed words saying which is which."""
    titles = ("นาย", "นาง", "นางสาว")
    options = titles if i % 2 == 0 else ("Choice1", "Choice2", "Choice3")
    chosen = options[titles.index(p.title)]
    texts = [*FORM_HEAD, (20, 55, "คำนำหน้าชื่อ"), (51, 55, "นาย"), (73, 55, "นาง"),
             (95, 55, "นางสาว"), (20, 67, "ชื่อ"), (105, 67, "นามสกุล"),
             (20, 79, "เลขประจำตัวประชาชน"), (20, 91, "วันเดือนปีเกิด"), (20, 103, "ที่อยู่"),
             (20, 115, "จังหวัด"), (105, 115, "รหัสไปรษณีย์"), (20, 127, "เบอร์โทรศัพท์"),
             (105, 127, "อีเมล")]  # fmt: skip
    fields = [
        Field("คำนำหน้า" if i % 2 == 0 else "Group1", chosen, 45, 55, kind="radio",
              options=options),
        Field("ชื่อ", p.first, 30, 67, 70),
        Field("นามสกุล", p.last, 122, 67, 70),
        Field("เลขประจำตัวประชาชน", dashed_id(p.nid), 60, 79, 80),
        Field("วันเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{be(p.born)}", 50, 91, 60),
        Field("ที่อยู่", p.line(short=True), 35, 103, 150),
        Field("จังหวัด", p.province, 35, 115, 60),
        Field("รหัสไปรษณีย์", p.postal, 130, 115, 40),
        Field("โทรศัพท์", f"{p.mobile[:3]}-{p.mobile[3:6]}-{p.mobile[6:]}", 50, 127, 50),
        Field("อีเมล", p.email, 120, 127, 70),
    ]  # fmt: skip
    data = acroform(pdf_page(texts), fields)
    return Case("acro_title_radio", message(p, i, ("แบบคำร้อง.pdf", data, "application/pdf")),
                expect(p, "", p.line(short=True)))  # fmt: skip


def acro_comb_and_date_parts(p: Person, i: int) -> Case:
    """The ID in a comb field (thirteen boxes drawn, one field of MaxLen 13) and the
    birth date in three fields วันที่ / เดือน / พ.ศ., the month as a word or a number."""
    month = MONTHS[p.born.month - 1] if i % 2 == 0 else str(p.born.month)
    texts = [*FORM_HEAD, (20, 55, "ชื่อ-สกุล"), (20, 67, "เลขประจำตัวประชาชน"),
             (20, 79, "เกิดวันที่"), (60, 79, "เดือน"), (115, 79, "พ.ศ."),
             (20, 91, "ที่อยู่"), (20, 103, "จังหวัด"), (105, 103, "รหัสไปรษณีย์"),
             (20, 115, "โทรศัพท์"), (105, 115, "อีเมล")]  # fmt: skip
    rects = [(60 + 6 * k, 62, 6, 7) for k in range(13)]
    fields = [
        Field("name", p.name, 45, 55, 130),
        Field("pid", p.nid, 60, 67, 78, comb=13),
        Field("day", str(p.born.day), 40, 79, 15),
        Field("month", month, 72, 79, 40),
        Field("year", str(be(p.born)), 125, 79, 25),
        Field("address", p.line(), 35, 91, 150),
        Field("province", p.province, 35, 103, 60),
        Field("postcode", p.postal, 130, 103, 40),
        Field("phone", p.mobile, 40, 115, 60),
        Field("email", p.email, 120, 115, 70),
    ]
    data = acroform(pdf_page(texts, rects=rects), fields)
    mail = message(p, i, ("request_form.pdf", data, "application/pdf"))
    return Case("acro_comb_and_date_parts", mail, expect(p))


def acro_id_digit_fields(p: Person, i: int) -> Case:
    """The ID as thirteen one-digit fields, as on most Thai agency forms: flat (ID1 ...
    ID13) or as Acrobat makes them when a box is copied (pid.0 ... pid.12 under one
    parent); the birth date likewise in day/month/year fields."""
    texts = [*FORM_HEAD, (20, 55, "ชื่อ-สกุล"), (20, 67, "เลขประจำตัวประชาชน"),
             (20, 79, "วัน/เดือน/ปีเกิด"), (20, 91, "ที่อยู่"), (20, 103, "จังหวัด"),
             (105, 103, "รหัสไปรษณีย์"), (20, 115, "โทรศัพท์"), (105, 115, "อีเมล")]  # fmt: skip
    rects = [(60 + 6 * k, 62, 6, 7) for k in range(13)]
    digits = [Field(f"ID{k + 1}" if i % 2 == 0 else str(k), d, 60 + 6 * k, 67, 6)
              for k, d in enumerate(p.nid)]  # fmt: skip
    fields = [
        Field("Name", p.name, 45, 55, 130),
        Field("D", f"{p.born.day:02d}", 60, 79, 10),
        Field("M", f"{p.born.month:02d}", 72, 79, 10),
        Field("Y", str(be(p.born)), 84, 79, 20),
        Field("Address", p.line(), 35, 91, 150),
        Field("Province", p.province, 35, 103, 60),
        Field("Zip", p.postal, 130, 103, 40),
        Field("Tel", p.mobile, 40, 115, 60),
        Field("Email", p.email, 120, 115, 70),
    ]
    if i % 2 == 0:
        data = acroform(pdf_page(texts, rects=rects), [*fields[:1], *digits, *fields[1:]])
    else:
        data = acroform(pdf_page(texts, rects=rects), fields, kids={"pid": digits})
    return Case("acro_id_digit_fields", message(p, i, ("form.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def acro_address_parts(p: Person, i: int) -> Case:
    """The address across the boxes of a ทะเบียนราษฎร์-style form: บ้านเลขที่ / หมู่ที่ /
    ซอย / ถนน / ตำบล(แขวง) / อำเภอ(เขต) / จังหวัด / รหัสไปรษณีย์, "-" typed in the boxes
    that do not apply."""
    labels = (("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ซอย", p.soi or "-"),
              ("ถนน", p.road or "-"), ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe),
              ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal))  # fmt: skip
    keys = ("house_no", "moo", "soi", "road", "tambon", "amphoe", "province", "postcode")
    texts = [*FORM_HEAD, (20, 55, "ชื่อและนามสกุล"), (20, 67, "เลขประจำตัวประชาชน"),
             (20, 79, "วันเกิด"), (20, 91, "ที่อยู่ตามทะเบียนบ้าน")]  # fmt: skip
    fields = [Field("fullname", p.name, 55, 55, 120), Field("nid", p.nid, 60, 67, 80),
              Field("birthdate", thai_date(p.born, short=True), 40, 79, 80)]  # fmt: skip
    for k, (label, value) in enumerate(labels):
        x, y = 20 + 90 * (k % 2), 103 + 12 * (k // 2)
        texts.append((x, y, label))
        fields.append(Field(keys[k] if i % 2 else label, value, x + 28, y, 55))
    texts += [(20, 157, "โทรศัพท์"), (105, 157, "E-mail")]
    fields += [Field("tel", p.mobile, 40, 157, 60), Field("email", p.email, 122, 157, 70)]
    data = acroform(pdf_page(texts), fields)
    return Case("acro_address_parts", message(p, i, ("คำขอ.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def acro_dropdowns(p: Person, i: int) -> Case:
    """Combo boxes as agency forms use them: the title chosen from นาย/นาง/นางสาว (the
    name field beside it holding the given name and family name), the province from
    the list of provinces, the month of birth from the twelve months."""
    provinces = ("กรุงเทพมหานคร", "ขอนแก่น", "ลพบุรี", "ลำพูน", "ยโสธร", "ศรีสะเกษ", "สงขลา",
                 "อุดรธานี")  # fmt: skip
    texts = [*FORM_HEAD, (20, 55, "คำนำหน้า"), (60, 55, "ชื่อ - นามสกุล"),
             (20, 67, "เลขประจำตัวประชาชน"), (20, 79, "เกิดวันที่"), (55, 79, "เดือน"),
             (110, 79, "ปี พ.ศ."), (20, 91, "ที่อยู่"), (20, 103, "จังหวัด"),
             (105, 103, "รหัสไปรษณีย์"), (20, 115, "โทรศัพท์"), (105, 115, "อีเมล")]  # fmt: skip
    fields = [
        Field("Dropdown1" if i % 2 else "คำนำหน้า", p.title, 38, 55, 20, kind="choice",
              options=("นาย", "นาง", "นางสาว")),
        Field("Text1" if i % 2 else "ชื่อ-นามสกุล", f"{p.first} {p.last}", 85, 55, 100),
        Field("Text2" if i % 2 else "เลขประจำตัวประชาชน", p.nid, 60, 67, 80),
        Field("Dropdown2" if i % 2 else "วัน", str(p.born.day), 38, 79, 15, kind="choice",
              options=tuple(str(d) for d in range(1, 32))),
        Field("Dropdown3" if i % 2 else "เดือน", MONTHS[p.born.month - 1], 67, 79, 40,
              kind="choice", options=MONTHS),
        Field("Text3" if i % 2 else "ปี", str(be(p.born)), 125, 79, 25),
        Field("Text4" if i % 2 else "ที่อยู่", p.line(), 35, 91, 150),
        Field("Dropdown4" if i % 2 else "จังหวัด", p.province, 35, 103, 60, kind="choice",
              options=provinces),
        Field("Text5" if i % 2 else "รหัสไปรษณีย์", p.postal, 130, 103, 40),
        Field("Text6" if i % 2 else "โทรศัพท์", p.mobile, 40, 115, 60),
        Field("Text7" if i % 2 else "อีเมล", p.email, 120, 115, 70),
    ]  # fmt: skip
    data = acroform(pdf_page(texts), fields)
    return Case("acro_dropdowns", message(p, i, ("คำร้อง.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


# --- the styles: PDFs whose values are drawn --------------------------------------------


def overlay(base: bytes, top: bytes) -> bytes:
    """The values page laid over the form page as a form XObject, as flattening tools
    (and 'print to PDF' of a filled form) leave it."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(base))
    values = pikepdf.open(io.BytesIO(top))
    form = pdf.copy_foreign(values.pages[0].as_form_xobject())
    pdf.pages[0].add_overlay(form)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def flattened_form(p: Person, i: int) -> Case:
    """A filled form flattened: the labels and dotted lines in the page, the values
    drawn in a form XObject over them, in another face, a little above the dots."""
    rows = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("หมายเลขโทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
    labels = [*FORM_HEAD] + [(20, 55 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    labels += [(62, 56 + 12 * k, "." * 80) for k in range(len(rows))]
    values = [(66, 54 + 12 * k, value) for k, (_, value) in enumerate(rows)]
    data = overlay(pdf_page(labels), pdf_page(values, face="Garuda", size=12))
    return Case("flattened_form", message(p, i, ("คำร้อง_กรอกแล้ว.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def freetext_annotations(p: Person, i: int) -> Case:
    """The citizen typed on the agency's non-fillable PDF with a viewer's text tool
    (Acrobat 'Fill & Sign', Foxit typewriter, Preview): each value a FreeText
    annotation over the dotted line; the page itself holds only the blank form."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    rows = (("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
    labels = [*FORM_HEAD] + [(20, 55 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    labels += [(62, 56 + 12 * k, "." * 80) for k in range(len(rows))]
    pdf = pikepdf.open(io.BytesIO(pdf_page(labels)))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    annots = Array()
    order = list(enumerate(rows))
    if i % 2:
        order.reverse()  # added in another order than the page reads
    for k, (_, value) in order:
        y = height - mm(55 + 12 * k) - 2
        annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.FreeText, F=4,
            Rect=Array([mm(66), y, mm(190), y + mm(7)]),
            Contents=String(value), DA=String("/Helv 11 Tf 0 0 1 rg"),
        )))  # fmt: skip
    page.obj.Annots = annots
    out = io.BytesIO()
    pdf.save(out)
    mail = message(p, i, ("แบบฟอร์ม.pdf", out.getvalue(), "application/pdf"))
    return Case("freetext_annotations", mail, expect(p))


def pdf_dot_leaders(p: Person, i: int) -> Case:
    """A petition printed from Word with the values typed into the dots:
    ข้าพเจ้า.....นาย...........อายุ....ปี, two pairs on some lines."""
    age = 2026 - p.born.year - ((p.born.month, p.born.day) > (12, 1))
    texts = [
        (70, 18, "คำร้องทั่วไป"),
        (20, 40, f"ข้าพเจ้า.........{p.name}.........อายุ......{age}......ปี"),
        (20, 52, f"เลขประจำตัวประชาชน..........{p.nid}.........."),
        (20, 64, f"เกิดวันที่.......{p.born.day}.......เดือน.......{MONTHS[p.born.month - 1]}"
                 f".......พ.ศ. .......{be(p.born)}......."),
        (20, 76, f"อยู่บ้านเลขที่.....{p.line()}....."),
        (20, 88, f"จังหวัด.......{p.province}.......รหัสไปรษณีย์......{p.postal}......"),
        (20, 100, f"โทรศัพท์........{p.mobile}........อีเมล.......{p.email}......."),
        (20, 112, "มีความประสงค์.......ขอรับรองสำเนาเอกสาร..................."),
    ]  # fmt: skip
    data = pdf_page(texts, size=13)
    return Case("pdf_dot_leaders", message(p, i, ("คำร้อง.pdf", data, "application/pdf")),
                expect(p, "", f"{p.line()}"))  # fmt: skip


def pdf_two_columns(p: Person, i: int) -> Case:
    """A form laid out in two columns, each with its own label/value pairs, so a line of
    the page holds a pair of each column."""
    left = (("ชื่อ-สกุล:", p.name), ("เลขบัตรประชาชน:", p.nid),
            ("วันเกิด:", thai_date(p.born)), ("โทรศัพท์:", p.mobile))  # fmt: skip
    right = (("ที่อยู่:", p.line(short=True)), ("จังหวัด:", p.province),
             ("รหัสไปรษณีย์:", p.postal), ("อีเมล:", p.email))  # fmt: skip
    texts: list[Text] = [(70, 18, "แบบฟอร์มขอรับบริการ")]
    for k, ((ll, lv), (rl, rv)) in enumerate(zip(left, right, strict=True)):
        texts += [(12, 40 + 10 * k, ll), (40, 40 + 10 * k, lv)]
        texts += [(110, 40 + 10 * k, rl), (132, 40 + 10 * k, rv)]
    data = pdf_page(texts, size=10)
    return Case("pdf_two_columns", message(p, i, ("form.pdf", data, "application/pdf")),
                expect(p, "", p.line(short=True)))  # fmt: skip


def pdf_ruled_table(p: Person, i: int) -> Case:
    """The form as a ruled table: label cell, value cell, the lines drawn."""
    rows = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่ปัจจุบัน", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("เบอร์โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
    texts: list[Text] = [(60, 18, "แบบคำขอรับความช่วยเหลือ")]
    lines = [(15, 30 + 10 * k, 195, 30 + 10 * k) for k in range(len(rows) + 1)]
    lines += [(15, 30, 15, 30 + 10 * len(rows)), (70, 30, 70, 30 + 10 * len(rows)),
              (195, 30, 195, 30 + 10 * len(rows))]  # fmt: skip
    for k, (label, value) in enumerate(rows):
        texts += [(17, 37 + 10 * k, label), (72, 37 + 10 * k, value)]
    data = pdf_page(texts, size=12, lines=lines)
    return Case("pdf_ruled_table", message(p, i, ("คำขอ.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def pdf_wrapped_cells(p: Person, i: int) -> Case:
    """A ruled table whose narrow cells wrap: the label 'ที่อยู่ที่สามารถ / ติดต่อได้' on
    two lines, the address value on two lines beside it, the name's label too."""
    first, *rest = p.segments()
    rows: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
        (("ชื่อและนามสกุล", "ผู้ยื่นคำร้อง"), (p.name,)),
        (("เลขประจำตัวประชาชน",), (p.nid,)),
        (("วันเดือนปีเกิด",), (thai_date(p.born),)),
        (("ที่อยู่ที่สามารถ", "ติดต่อได้"), (f"{p.house} {first}", " ".join(rest))),
        (("จังหวัด",), (p.province,)),
        (("รหัสไปรษณีย์",), (p.postal,)),
        (("หมายเลขโทรศัพท์", "ที่ติดต่อได้"), (p.mobile,)),
        (("อีเมล",), (p.email,)),
    )  # fmt: skip
    texts: list[Text] = [(60, 18, "แบบคำร้องขอรับบริการ")]
    lines: list[tuple[float, float, float, float]] = []
    y = 30.0
    for labels, values in rows:
        height = 7.0 * max(len(labels), len(values)) + 2
        lines.append((15, y, 195, y))
        texts += [(17, y + 6 + 7 * k, t) for k, t in enumerate(labels)]
        texts += [(62, y + 6 + 7 * k, t) for k, t in enumerate(values)]
        y += height
    lines += [(15, y, 195, y), (15, 30, 15, y), (60, 30, 60, y), (195, 30, 195, y)]
    data = pdf_page(texts, size=12, lines=lines)
    return Case("pdf_wrapped_cells", message(p, i, ("คำร้อง.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def pdf_value_above_label(p: Person, i: int) -> Case:
    """Values written on a line with the small label under it (as under a signature
    line), or the small label over the box with the value below it."""
    rows = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
    texts: list[Text] = [(70, 18, "ใบคำร้อง")]
    lines = []
    for k, (label, value) in enumerate(rows):
        y = 40 + 18 * k
        if i % 2 == 0:  # value on the line, label small under it
            texts += [(30, y, value), (30, y + 6, f"({label})")]
        else:  # label small over, value under
            texts += [(30, y, label), (30, y + 7, value)]
        lines.append((28, y + 2 if i % 2 == 0 else y + 9, 180, y + 2 if i % 2 == 0 else y + 9))
    data = pdf_page(texts, size=12, lines=lines)
    return Case("pdf_value_above_label", message(p, i, ("คำร้อง.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def pdf_boxed_digits(p: Person, i: int) -> Case:
    """A paper-style form printed from a designer: the ID typed into thirteen boxes
    (each digit its own text object, so it reads '3 4 0 0 6 ...'), the postal code in
    five boxes, the birth date as วันที่ .. เดือน .. พ.ศ. .."""
    texts: list[Text] = [(70, 18, "แบบคำร้อง"), (20, 40, f"ชื่อ-สกุล  {p.name}"),
                         (20, 52, "เลขประจำตัวประชาชน")]  # fmt: skip
    rects = []
    for k, d in enumerate(p.nid):
        x = 62 + 7 * k + (3 if k >= 1 else 0) + (3 if k >= 5 else 0) + (3 if k >= 10 else 0)
        x += 3 if k >= 12 else 0
        rects.append((x, 47, 7, 7))
        texts.append((x + 2, 52.5, d))
    texts += [(20, 64, f"เกิดวันที่  {p.born.day}  เดือน  {MONTHS[p.born.month - 1]}  พ.ศ.  "
                       f"{be(p.born)}"),
              (20, 76, f"ที่อยู่  {p.line()}"), (20, 88, f"จังหวัด  {p.province}"),
              (110, 88, "รหัสไปรษณีย์")]  # fmt: skip
    for k, d in enumerate(p.postal):
        rects.append((140 + 7 * k, 83, 7, 7))
        texts.append((142 + 7 * k, 88.5, d))
    texts += [(20, 100, f"โทรศัพท์  {p.mobile}"), (20, 112, f"อีเมล  {p.email}")]
    data = pdf_page(texts, size=13, rects=rects)
    return Case("pdf_boxed_digits", message(p, i, ("แบบคำร้อง.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


# --- the styles: Word forms ---------------------------------------------------------------

BOXES = (("☐", "☑"), ("☐", "☒"), ("□", "■"), ("( )", "(/)"))


def docx_checkbox_title(p: Person, i: int) -> Case:
    """คำนำหน้า ☐ นาย ☑ นาง ☐ นางสาว, the symbol as Word's checkbox control or the
    Wingdings box types it, then ชื่อ ... นามสกุล ... with the given name alone."""
    off, on = BOXES[i % len(BOXES)]
    marks = " ".join(f"{on if t == p.title else off} {t}" for t in ("นาย", "นาง", "นางสาว"))

    def build(d: Any) -> None:
        d.add_heading("แบบคำร้องทั่วไป", 1)
        d.add_paragraph(f"คำนำหน้าชื่อ  {marks}")
        d.add_paragraph(f"ชื่อ  {p.first}    นามสกุล  {p.last}")
        d.add_paragraph(f"เลขประจำตัวประชาชน  {p.nid}")
        d.add_paragraph(f"วันเดือนปีเกิด  {thai_date(p.born)}")
        d.add_paragraph(f"ที่อยู่  {p.line()}")
        d.add_paragraph(f"จังหวัด  {p.province}    รหัสไปรษณีย์  {p.postal}")
        d.add_paragraph(f"โทรศัพท์  {p.mobile}    อีเมล  {p.email}")

    return Case("docx_checkbox_title", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_dotted_leaders(p: Person, i: int) -> Case:
    """A Word petition whose values are typed into the dotted lines, two pairs on a line
    (ชื่อ....นาย...อายุ...ปี), the dots kept on both sides of each value."""

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph(f"ข้าพเจ้า (ชื่อ-สกุล)......{p.name}..........เลขประจำตัวประชาชน....{p.nid}.....")
        d.add_paragraph(f"เกิดวันที่....{thai_date(p.born)}.....โทรศัพท์.....{p.mobile}.....")
        d.add_paragraph(f"อยู่บ้านเลขที่......{p.line()}..........")
        d.add_paragraph(f"จังหวัด.......{p.province}........รหัสไปรษณีย์......{p.postal}.....")
        d.add_paragraph(f"อีเมล.......{p.email}..........")
        d.add_paragraph("มีความประสงค์ ขอคัดสำเนาทะเบียนบ้าน.................................")

    return Case("docx_dotted_leaders", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_tab_stops(p: Person, i: int) -> Case:
    """Label TAB value laid out with tab stops, two pairs to some lines, as Word users
    line a form up; the tabs are real w:tab elements."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        rows = ((("ชื่อ-สกุล", p.name), ("โทร", p.mobile)),
                (("เลขประจำตัวประชาชน", p.nid),),
                (("วันเกิด", thai_date(p.born)), ("อีเมล", p.email)),
                (("ที่อยู่", p.line()),),
                (("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)))  # fmt: skip
        for pairs in rows:
            para = d.add_paragraph()
            for k, (label, value) in enumerate(pairs):
                if k:
                    para.add_run("\t")
                para.add_run(label)
                para.add_run("\t")
                para.add_run(value)

    return Case("docx_tab_stops", message(p, i, ("แบบคำขอ.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_typed_over_underscores(p: Person, i: int) -> Case:
    """A form whose blanks are underscores; the citizen typed into the middle of them
    (ชื่อ ____นายสมชาย ใจดี____), or replaced them with the value underlined."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบฟอร์มคำร้อง")
        rows = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                ("วัน/เดือน/ปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
                ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                ("โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
        for label, value in rows:
            para = d.add_paragraph(f"{label} ")
            if i % 2 == 0:
                para.add_run(f"____{value}______________")
            else:
                r = para.add_run(f"  {value}          ")
                r.underline = True

    return Case("docx_typed_over_underscores",
                message(p, i, ("form.docx", docx_bytes(build), DOCX)), expect(p))  # fmt: skip


def docx_merged_cells(p: Person, i: int) -> Case:
    """A table form with a merged heading row, the label 'ที่อยู่' merged down over the
    address rows (เลขที่ ..., ตำบล ..., จังหวัด ...), the name split in three cells."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง")
        t = d.add_table(rows=9, cols=4)
        t.style = "Table Grid"
        head = t.cell(0, 0).merge(t.cell(0, 3))
        head.text = "ข้อมูลผู้ยื่นคำร้อง"
        cells = [["ชื่อ", p.title, p.first, p.last],
                 ["เลขประจำตัวประชาชน", p.nid, "", ""],
                 ["วันเดือนปีเกิด", thai_date(p.born), "", ""],
                 ["ที่อยู่", f"เลขที่ {p.house}" + (f" หมู่ที่ {p.moo}" if p.moo else ""),
                  "", ""],
                 ["", (f"ซอย{p.soi} " if p.soi else "") + (f"ถนน{p.road} " if p.road else "")
                  + (f"แขวง{p.tambon} เขต{p.amphoe}" if p.bangkok
                     else f"ตำบล{p.tambon} อำเภอ{p.amphoe}"), "", ""],
                 ["", f"จังหวัด {p.province}", "รหัสไปรษณีย์", p.postal],
                 ["โทรศัพท์", p.mobile, "อีเมล", p.email],
                 ["หมายเหตุ", "-", "", ""]]  # fmt: skip
        for r, row in enumerate(cells, start=1):
            for c, text in enumerate(row):
                if text:
                    t.cell(r, c).text = text
        for r in (2, 3, 4, 8):
            t.cell(r, 1).merge(t.cell(r, 3))
        t.cell(5, 1).merge(t.cell(5, 3))
        t.cell(4, 0).merge(t.cell(6, 0))

    typed = f"เลขที่ {p.house} {p.rest()}"
    return Case("docx_merged_cells", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p, "", typed))  # fmt: skip


def docx_header_table(p: Person, i: int) -> Case:
    """The agency's template puts the applicant's box in the page header (so it repeats
    on every page); the document body holds only the request text."""

    def build(d: Any) -> None:
        header = d.sections[0].header
        header.paragraphs[0].text = "แบบคำร้องทั่วไป"
        from docx.shared import Cm

        t = header.add_table(rows=4, cols=4, width=Cm(17))
        rows = (("ชื่อ-สกุล", p.name, "เลขประจำตัวประชาชน", p.nid),
                ("วันเกิด", thai_date(p.born), "โทรศัพท์", p.mobile),
                ("ที่อยู่", p.line(), "อีเมล", p.email),
                ("จังหวัด", p.province, "รหัสไปรษณีย์", p.postal))  # fmt: skip
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
        d.add_paragraph("ข้าพเจ้ามีความประสงค์ขอรับรองสำเนาเอกสารทะเบียนบ้าน จำนวน 2 ชุด")

    return Case("docx_header_table", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_tracked_changes(p: Person, i: int) -> Case:
    """A form corrected with Track Changes on and sent without accepting them: the
    deleted text (w:del) is the old wrong phone or ID, the inserted one (w:ins) the
    right value. A clerk reads the document as it now stands."""
    old_phone = p.mobile[:-3] + "000"
    old_nid = with_check_digit(p.nid[:11] + str((int(p.nid[11]) + 1) % 10))
    attrs = 'w:id="{}" w:author="user" w:date="2026-11-30T10:00:00Z"'

    def changed(label: str, old: str, new: str, k: int) -> str:
        return (run(f"{label}: ")
                + f"<w:del {attrs.format(k)}><w:r><w:delText>{old}</w:delText></w:r></w:del>"
                + f"<w:ins {attrs.format(k + 1)}>{run(new)}</w:ins>")  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph(f"ชื่อ-นามสกุล: {p.name}")
        raw_paragraph(d, changed("เลขประจำตัวประชาชน", old_nid, p.nid, 1))
        d.add_paragraph(f"วันเกิด: {thai_date(p.born)}")
        d.add_paragraph(f"ที่อยู่: {p.line()} {p.province_written} {p.postal}")
        raw_paragraph(d, changed("โทรศัพท์", old_phone, p.mobile, 3))
        d.add_paragraph(f"อีเมล: {p.email}")

    return Case("docx_tracked_changes", message(p, i, ("คำร้อง_แก้ไข.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_placeholders_left(p: Person, i: int) -> Case:
    """Content controls (w:sdt) as in an agency's Word template: most filled, a date
    picker for the birth date (w:date with w:fullDate), and the optional ones still
    showing their placeholder 'คลิกหรือแตะที่นี่เพื่อใส่ข้อความ' (w:showingPlcHdr)."""
    placeholder = "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ"

    def control(tag: str, text: str, empty: bool = False, birth: bool = False) -> str:
        pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        if empty:
            pr += "<w:showingPlcHdr/>"
        if birth:
            pr += (f'<w:date w:fullDate="{p.born.isoformat()}T00:00:00Z">'
                   '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="th-TH"/>'
                   '<w:calendar w:val="thai"/></w:date>')  # fmt: skip
        return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{run(text)}</w:sdtContent></w:sdt>"

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้อง")
        rows = (("ชื่อ-สกุล: ", control("name", p.name)),
                ("เลขประจำตัวประชาชน: ", control("pid", p.nid)),
                ("วันเกิด: ", control("dob", thai_date(p.born), birth=True)),
                ("ที่อยู่: ", control("address", p.line())),
                ("จังหวัด: ", control("province", p.province)),
                ("รหัสไปรษณีย์: ", control("zip", p.postal)),
                ("โทรศัพท์มือถือ: ", control("mobile", p.mobile)),
                ("โทรศัพท์บ้าน: ", control("home", placeholder, empty=True)),
                ("โทรสาร: ", control("fax", placeholder, empty=True)),
                ("อีเมล: ", control("email", placeholder, empty=True) if i % 2
                 else control("email", p.email)))  # fmt: skip
        for label, xml in rows:
            raw_paragraph(d, run(label) + xml)

    # An e-mail left as the placeholder: a clerk takes the sender's address.
    return Case("docx_placeholders_left", message(p, i, ("แบบคำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_runs_cut(p: Person, i: int) -> Case:
    """Word's XML as edited over days: every value cut into runs mid-word (rsids, a
    proofErr for the spell checker, a bookmark), a soft line break (w:br) between the
    name and the ID in one paragraph, non-breaking spaces between label and value."""

    def cut(text: str) -> str:
        pieces = [text[k : k + 3] for k in range(0, len(text), 3)]
        out = ""
        for k, piece in enumerate(pieces):
            if k == 1:
                out += '<w:proofErr w:type="spellStart"/>'
            if k == 2:
                out += '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
            out += run(piece)
        return out

    nb = "\u00a0"

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        raw_paragraph(d, run(f"ชื่อ-สกุล:{nb}") + cut(p.name) + "<w:r><w:br/></w:r>"
                      + run(f"เลขประจำตัวประชาชน:{nb}") + cut(p.nid))  # fmt: skip
        for label, value in (("วันเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
                             ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                             ("โทรศัพท์", p.mobile), ("อีเมล", p.email)):  # fmt: skip
            raw_paragraph(d, run(f"{label}:{nb}{nb}") + cut(value))

    return Case("docx_runs_cut", message(p, i, ("Request.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_name_boxes_below(p: Person, i: int) -> Case:
    """A table whose labels are a header row (คำนำหน้า | ชื่อ | นามสกุล), the values in
    the row under it, nested in the outer form table's cell."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        outer = d.add_table(rows=5, cols=2)
        outer.style = "Table Grid"
        outer.cell(0, 0).text = "ผู้ยื่นคำขอ"
        inner = outer.cell(0, 1).add_table(rows=2, cols=3)
        for c, (label, value) in enumerate((("คำนำหน้า", p.title), ("ชื่อ", p.first),
                                            ("นามสกุล", p.last))):  # fmt: skip
            inner.cell(0, c).text = label
            inner.cell(1, c).text = value
        rows = (("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", thai_date(p.born)),
                ("ที่อยู่", f"{p.line()} {p.province_written} {p.postal}"),
                ("โทรศัพท์ / อีเมล", f"{p.mobile} / {p.email}"))  # fmt: skip
        for r, (label, value) in enumerate(rows, start=1):
            outer.cell(r, 0).text = label
            outer.cell(r, 1).text = value

    return Case("docx_name_boxes_below", message(p, i, ("คำขอ.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


# --- the styles: Excel --------------------------------------------------------------------


def xlsx_two_sheets(p: Person, i: int) -> Case:
    """Label in column A, value in column B, over two sheets (ข้อมูลส่วนตัว /
    ที่อยู่ติดต่อ); the label 'ที่อยู่' merged over two rows whose values are the two
    address lines."""

    def build(book: Any) -> None:
        one = book.active
        one.title = "ข้อมูลส่วนตัว"
        one["A1"] = "แบบฟอร์มคำร้อง"
        one.merge_cells("A1:B1")
        for r, (label, value) in enumerate((("ชื่อ-นามสกุล", p.name),
                                            ("เลขประจำตัวประชาชน", p.nid),
                                            ("วันเกิด", thai_date(p.born))), start=3):  # fmt: skip
            one.cell(r, 1, label)
            one.cell(r, 2, value)
        two = book.create_sheet("ที่อยู่ติดต่อ")
        two["A1"] = "ที่อยู่"
        two.merge_cells("A1:A2")
        first, *rest = p.segments()
        two["B1"] = f"{p.house} {first}"
        two["B2"] = " ".join(rest)
        for r, (label, value) in enumerate((("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                                            ("โทรศัพท์", p.mobile), ("อีเมล", p.email)),
                                           start=3):  # fmt: skip
            two.cell(r, 1, label)
            two.cell(r, 2, value)

    data = xlsx_bytes(build)
    return Case("xlsx_two_sheets", message(p, i, ("แบบฟอร์ม.xlsx", data, XLSX)), expect(p))


def xlsx_numbers_and_dates(p: Person, i: int) -> Case:
    """A form typed in Excel: labels in A, values in C, and Excel's own types: the ID a
    number (shown 3.4E+12 unless widened), the phone a number that lost its leading 0,
    the postal code a number, the birth date a real date cell (Christian era inside,
    shown as the user's format)."""

    def build(book: Any) -> None:
        sheet = book.active
        sheet.title = "Sheet1"
        sheet["A1"] = "แบบคำร้องทั่วไป"
        rows: tuple[tuple[str, Any], ...] = (
            ("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", int(p.nid)),
            ("วันเกิด", datetime(p.born.year, p.born.month, p.born.day)),
            ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", int(p.postal)),
            ("เบอร์โทร", int(p.mobile)), ("อีเมล", p.email),
        )  # fmt: skip
        for r, (label, value) in enumerate(rows, start=3):
            sheet.cell(r, 1, label)
            cell = sheet.cell(r, 3, value)
            if isinstance(value, datetime):
                cell.number_format = "dd/mm/yyyy" if i % 2 else "d mmmm yyyy"

    data = xlsx_bytes(build)
    return Case("xlsx_numbers_and_dates", message(p, i, ("คำร้อง.xlsx", data, XLSX)), expect(p))


# --- the styles: the mail around the file ----------------------------------------------


def simple_docx(p: Person) -> bytes:
    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                             ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
                             ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                             ("โทรศัพท์", p.mobile), ("อีเมล", p.email)):  # fmt: skip
            d.add_paragraph(f"{label}: {value}")

    return docx_bytes(build)


def simple_pdf(p: Person) -> bytes:
    rows = (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
    texts = [(70.0, 18.0, "คำร้องทั่วไป")] + [
        (20.0, 40.0 + 10 * k, f"{label}: {value}") for k, (label, value) in enumerate(rows)
    ]
    return pdf_page(texts, size=13)


def jpeg_card() -> bytes:
    """A photo of an ID card as a phone takes it: here a plain card without legible
    text, so it carries no value of its own."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (640, 400), (200, 215, 230))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((20, 20, 620, 380), 20, fill=(235, 240, 250), outline=(90, 90, 120))
    draw.rectangle((450, 140, 590, 330), fill=(170, 170, 180))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def cover_letter_and_form(p: Person, i: int) -> Case:
    """Two attachments: a cover letter PDF (หนังสือนำส่ง, signed with the name only)
    and the filled form as Word; or the form plus a photo of the ID card
    (บัตรประชาชน.jpg) that holds nothing readable."""
    if i % 2 == 0:
        letter = pdf_page([(20, 30, "เรื่อง  ขอส่งแบบคำร้อง"), (20, 42, "เรียน  เจ้าหน้าที่"),
                           (30, 54, "ข้าพเจ้าขอส่งแบบคำร้องตามที่แนบมาพร้อมนี้ เพื่อโปรดพิจารณา"),
                           (100, 80, "ขอแสดงความนับถือ"), (100, 100, f"({p.name})")])  # fmt: skip
        files = [("หนังสือนำส่ง.pdf", letter, "application/pdf"),
                 ("แบบคำร้อง.docx", simple_docx(p), DOCX)]  # fmt: skip
    else:
        files = [("แบบคำร้อง.pdf", simple_pdf(p), "application/pdf"),
                 ("บัตรประชาชน.jpg", jpeg_card(), "image/jpeg")]  # fmt: skip
    return Case("cover_letter_and_form", message(p, i, *files), expect(p))


def raw_mail(p: Person, n: int, parts: list[tuple[dict[str, str], bytes]]) -> bytes:
    """A multipart/mixed message written by hand, for header forms the standard
    library would not write: each part its headers and its base64 body."""
    import base64

    boundary = f"----=_Part_{n}_5555"
    out = [
        f"From: =?UTF-8?B?{base64.b64encode(f'{p.first} {p.last}'.encode()).decode()}?= "
        f"<{p.email}>",
        "To: saraban@example.go.th",
        f"Subject: =?UTF-8?B?{base64.b64encode(SUBJECTS[n % 4].encode()).decode()}?=",
        "Date: " + format_datetime(datetime(2026, 12, 1, 11, n % 60, tzinfo=UTC)),
        f"Message-ID: <unseen5-raw-{n}@example.com>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "",
    ]
    text = base64.b64encode(BODIES[n % 4].encode()).decode()
    body = [f"--{boundary}", "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64", "", text]  # fmt: skip
    for headers, data in parts:
        body.append(f"--{boundary}")
        body += [f"{k}: {v}" for k, v in headers.items()]
        lines = base64.encodebytes(data).decode().split()
        body += ["Content-Transfer-Encoding: base64", "", *lines]
    body.append(f"--{boundary}--")
    return ("\r\n".join(out) + "\r\n".join(body) + "\r\n").encode("ascii")


def rfc2231_pieces(name: str) -> str:
    """filename*0*=utf-8''...; filename*1*=... as Thunderbird cuts a long Thai name."""
    from urllib.parse import quote

    chunks = [quote(name[k : k + 12].encode(), safe="") for k in range(0, len(name), 12)]
    first = f"filename*0*=utf-8''{chunks[0]}"
    return ";\r\n ".join([first] + [f"filename*{k}*={c}" for k, c in enumerate(chunks[1:], 1)])


def filename_encodings(p: Person, i: int) -> Case:
    """A long Thai file name cut over RFC 2231 continuations (Thunderbird), or given only
    as an RFC 2047 name= in Content-Type with the disposition 'inline' and no filename
    (Apple Mail, some webmails)."""
    name = "แบบคำร้องขอรับรองสำเนาทะเบียนบ้าน_ฉบับกรอกแล้ว.docx"
    if i % 2 == 0:
        headers = {"Content-Type": DOCX,
                   "Content-Disposition": f"attachment;\r\n {rfc2231_pieces(name)}"}  # fmt: skip
    else:
        import base64

        encoded = f"=?UTF-8?B?{base64.b64encode(name.encode()).decode()}?="
        headers = {"Content-Type": f'{DOCX};\r\n name="{encoded}"',
                   "Content-Disposition": "inline"}  # fmt: skip
    return Case("filename_encodings", raw_mail(p, i, [(headers, simple_docx(p))]), expect(p))


def wrong_content_type(p: Person, i: int) -> Case:
    """The file is right but its declared type is not: application/octet-stream with the
    right extension, a PDF declared application/x-pdf or a Word file declared
    application/msword (as older webmails guess from the name)."""
    choices = (("คำร้อง.pdf", simple_pdf(p), "application/octet-stream"),
               ("คำร้อง.docx", simple_docx(p), "application/octet-stream"),
               ("คำร้อง.pdf", simple_pdf(p), "application/x-pdf"),
               ("คำร้อง.docx", simple_docx(p), "application/msword"))  # fmt: skip
    return Case("wrong_content_type", message(p, i, choices[i % 4]), expect(p))


def no_extension(p: Person, i: int) -> Case:
    """A file whose name lost its extension (saved from a phone's chat app as 'form' or
    'IMG_20261201'), declared with its right type, or declared octet-stream."""
    choices = (("แบบฟอร์ม", simple_pdf(p), "application/pdf"),
               ("document", simple_docx(p), DOCX),
               ("form", simple_pdf(p), "application/octet-stream"))  # fmt: skip
    return Case("no_extension", message(p, i, choices[i % 3]), expect(p))


def zipped_form(p: Person, i: int) -> Case:
    """The form in a .zip (as Windows 'Send to compressed folder' makes, Thai names
    flagged UTF-8). A clerk opens it and reads the form inside; a service that does
    not open archives must at least not invent values (they are then missing)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if i % 2 == 0:
            z.writestr("แบบคำร้อง.pdf", simple_pdf(p))
        else:
            z.writestr("คำร้อง/แบบคำร้อง.docx", simple_docx(p))
    return Case("zipped_form", message(p, i, ("แบบคำร้อง.zip", buf.getvalue(), "application/zip")),
                expect(p))  # fmt: skip


def body_and_form_differ(p: Person, i: int) -> Case:
    """The body gives the name and phone, the attached form everything; the phone in
    the body is an office number the citizen adds 'for contact in office hours', the
    form's mobile is the applicant's phone."""
    body = (f"เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบครับ หากต้องการติดต่อในเวลาราชการ "
            f"โทร 02-123-4567 ต่อ 15 ได้ครับ\n\n{p.name}\n")  # fmt: skip
    expected = expect(p)
    # Both numbers are the applicant's; the mobile on the form is the one a clerk prefers.
    expected["phone"] += ("+6621234567", "021234567")
    return Case(
        "body_and_form_differ",
        message(p, i, ("แบบคำร้อง.pdf", simple_pdf(p), "application/pdf"), body=body),
        expected,
    )


STYLES: tuple[Style, ...] = (
    acro_thai_names, acro_meaningless_names, acro_title_checkboxes, acro_title_radio,
    acro_comb_and_date_parts, acro_id_digit_fields, acro_address_parts, acro_dropdowns,
    flattened_form, freetext_annotations, pdf_dot_leaders, pdf_two_columns,
    pdf_ruled_table, pdf_wrapped_cells, pdf_value_above_label, pdf_boxed_digits,
    docx_checkbox_title, docx_dotted_leaders, docx_tab_stops, docx_typed_over_underscores,
    docx_merged_cells, docx_header_table, docx_tracked_changes, docx_placeholders_left,
    docx_runs_cut, docx_name_boxes_below,
    xlsx_two_sheets, xlsx_numbers_and_dates,
    cover_letter_and_form, filename_encodings, wrong_content_type, no_extension,
    zipped_form, body_and_form_differ,
)  # fmt: skip


# Styles with more than two variants are written for as many people as variants.
VARIANTS = {docx_checkbox_title: 4, wrong_content_type: 4, no_extension: 3}


def build_set() -> list[Case]:
    """Each style for two people or more (one per variant), a different few per style;
    the number given to a style starts at a multiple of its variants, so each is made."""
    cases: list[Case] = []
    n = 0
    for s, style in enumerate((*STYLES, *SECOND_BATCH, *THIRD_BATCH)):
        count = VARIANTS.get(style, 2)
        n += -n % count
        for k in range(count):
            cases.append(style(PEOPLE[(3 * s + 5 * k) % len(PEOPLE)], n + k))
        n += count
    return cases


# --- a second batch, written after the readers were read and fixed -----------------------
# To see whether the fixes hold on shapes they were not made for (measured before any
# further change; see test_unseen_styles_5.py).


def acro_box_after_title(p: Person, i: int) -> Case:
    """Check boxes printed AFTER their titles ("นาย ☐  นาง ☐  นางสาว ☐"), as some agency
    forms lay them out; Acrobat's default "Yes"; the name fields given and family name."""
    titles = ("นาย", "นาง", "นางสาว")
    texts = [*FORM_HEAD, (20, 55, "คำนำหน้า"), (45, 55, "นาย"), (70, 55, "นาง"),
             (95, 55, "นางสาว"), (20, 67, "ชื่อ"), (105, 67, "นามสกุล"),
             (20, 79, "เลขประจำตัวประชาชน"), (20, 91, "วันเกิด"), (20, 103, "ที่อยู่"),
             (20, 115, "จังหวัด"), (105, 115, "รหัสไปรษณีย์"), (20, 127, "โทรศัพท์"),
             (105, 127, "อีเมล")]  # fmt: skip
    ends = (53, 78, 110)  # each box right after its word
    fields = [Field(f"Check Box{k + 1}", p.title == t, ends[k], 55, kind="check")
              for k, t in enumerate(titles)]  # fmt: skip
    fields += [
        Field("Text1", p.first, 30, 67, 70), Field("Text2", p.last, 122, 67, 70),
        Field("Text3", p.nid, 62, 79, 80), Field("Text4", thai_date(p.born), 40, 91, 80),
        Field("Text5", p.line(), 35, 103, 150), Field("Text6", p.province, 35, 115, 60),
        Field("Text7", p.postal, 130, 115, 40), Field("Text8", p.mobile, 40, 127, 60),
        Field("Text9", p.email, 120, 127, 70),
    ]  # fmt: skip
    data = acroform(pdf_page(texts), fields)
    return Case("acro_box_after_title", message(p, i, ("คำร้อง.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def freetext_multiline(p: Person, i: int) -> Case:
    """Fill & Sign on a form whose address has two dotted lines: the address typed as one
    FreeText box of two lines; the ID typed digit by digit into the printed boxes as
    thirteen little annotations (as people do with the typewriter tool)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    first, *rest = p.segments()
    texts = [*FORM_HEAD, (20, 55, "ชื่อ-สกุล"), (62, 56, "." * 80),
             (20, 67, "เลขประจำตัวประชาชน"), (20, 79, "ที่อยู่"), (62, 80, "." * 80),
             (62, 92, "." * 80), (20, 104, "จังหวัด"), (62, 105, "." * 30),
             (110, 104, "รหัสไปรษณีย์"), (140, 105, "." * 20), (20, 116, "วันเกิด"),
             (62, 117, "." * 80), (20, 128, "โทรศัพท์"), (62, 129, "." * 30),
             (110, 128, "อีเมล"), (125, 129, "." * 40)]  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(pdf_page(texts)))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    annots = Array()

    def typed(value: str, x: float, y_bottom: float, w: float = 120, h: float = 7) -> None:
        y = height - mm(y_bottom) - 2
        annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.FreeText, F=4,
            Rect=Array([mm(x), y, mm(x + w), y + mm(h)]),
            Contents=String(value), DA=String("/Helv 11 Tf 0 g"),
        )))  # fmt: skip

    typed(p.name, 66, 55)
    for k, d in enumerate(p.nid):
        typed(d, 66 + 6 * k, 67, 5)
    typed(f"{p.house} {first}\r{' '.join(rest)}", 66, 91, 120, 14)
    typed(p.province, 66, 104, 40)
    typed(p.postal, 142, 104, 30)
    typed(thai_date(p.born), 66, 116)
    typed(p.mobile, 66, 128, 40)
    typed(p.email, 127, 128, 60)
    page.obj.Annots = annots
    out = io.BytesIO()
    pdf.save(out)
    typed_address = f"{p.house} {first} {' '.join(rest)}"
    return Case("freetext_multiline",
                message(p, i, ("แบบฟอร์ม.pdf", out.getvalue(), "application/pdf")),
                expect(p, "", typed_address))  # fmt: skip


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def docx_checkbox_controls(p: Person, i: int) -> Case:
    """Word's checkbox content controls (Developer > Check Box): the box is a w:sym glyph
    (☒ 2612 ticked, ☐ 2610 not) in a w:sdt with w14:checkbox, no w:t of its own; the
    title words printed after each box."""

    def box(checked: bool) -> str:
        glyph = "2612" if checked else "2610"
        return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                f'</w:sdtPr><w:sdtContent><w:r><w:sym w:font="MS Gothic" w:char="{glyph}"/>'
                "</w:r></w:sdtContent></w:sdt>")  # fmt: skip

    def build(d: Any) -> None:
        from docx.oxml import parse_xml

        d.add_paragraph("แบบคำร้องทั่วไป")
        inner = run("คำนำหน้า ") + "".join(
            box(p.title == t) + run(f" {t}  ") for t in ("นาย", "นาง", "นางสาว")
        )
        para = parse_xml(f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{inner}</w:p>')
        d.element.body.insert(len(d.element.body) - 1, para)
        d.add_paragraph(f"ชื่อ: {p.first}")
        d.add_paragraph(f"นามสกุล: {p.last}")
        for label, value in (("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
                             ("ที่อยู่", p.line()), ("จังหวัด", p.province),
                             ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", p.mobile),
                             ("อีเมล", p.email)):  # fmt: skip
            d.add_paragraph(f"{label}: {value}")

    return Case("docx_checkbox_controls", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def docx_legacy_formfields(p: Person, i: int) -> Case:
    """An old agency .doc form saved as .docx: legacy form fields (FORMTEXT with the
    typed value between the field's separate and end marks; FORMCHECKBOX whose state is
    only w:checked in its w:ffData) for the title."""

    def checkbox(checked: bool) -> str:
        state = "<w:checked/>" if checked else ""
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
                f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                f'<w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip

    def text_field(value: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/>'
                '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData>'
                '</w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f"{run(value)}"
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้อง")
        raw_paragraph(
            d,
            run("คำนำหน้าชื่อ ")
            + "".join(checkbox(p.title == t) + run(f" {t}   ") for t in ("นาย", "นาง", "นางสาว")),
        )
        raw_paragraph(d, run("ชื่อ ") + text_field(p.first) + run("  นามสกุล ")
                      + text_field(p.last))  # fmt: skip
        for label, value in (("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
                             ("ที่อยู่", p.line()), ("จังหวัด", p.province),
                             ("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", p.mobile),
                             ("อีเมล", p.email)):  # fmt: skip
            raw_paragraph(d, run(f"{label} ") + text_field(value))

    return Case("docx_legacy_formfields",
                message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)), expect(p))  # fmt: skip


def xlsx_name_parts(p: Person, i: int) -> Case:
    """An Excel form with the name in three rows (คำนำหน้า / ชื่อ / นามสกุล), the title
    picked from a data-validation list, a title row merged over A:B, and the ID typed
    as text with dashes."""

    def build(book: Any) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        sheet = book.active
        sheet["A1"] = "แบบคำร้องขอรับบริการ"
        sheet.merge_cells("A1:B1")
        rows = (("คำนำหน้า", p.title), ("ชื่อ", p.first), ("นามสกุล", p.last),
                ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("วันเกิด", thai_date(p.born)),
                ("ที่อยู่", p.line()), ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email))  # fmt: skip
        for r, (label, value) in enumerate(rows, start=3):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)
        titles = DataValidation(type="list", formula1='"นาย,นาง,นางสาว"')
        sheet.add_data_validation(titles)
        titles.add("B3")

    return Case("xlsx_name_parts", message(p, i, ("คำร้อง.xlsx", xlsx_bytes(build), XLSX)),
                expect(p))  # fmt: skip


SECOND_BATCH: tuple[Style, ...] = (
    acro_box_after_title, freetext_multiline, docx_checkbox_controls,
    docx_legacy_formfields, xlsx_name_parts,
)  # fmt: skip


# --- a third batch, written after the second batch's fixes -------------------------------
# To probe the fixes themselves: captions above boxes in two columns (where the boxes of a
# row are two values, not one written box by box), a letterhead in the header and footer
# of a complete Word form, and Fill & Sign text typed a little above the dotted line.


def acro_captions_above(p: Person, i: int) -> Case:
    """A two-column fillable form with each caption printed ABOVE its box (as web-style
    forms are laid out), two boxes to a row, fields named Text1..Text8."""
    rows = ((("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid)),
            (("วันเดือนปีเกิด", thai_date(p.born)), ("โทรศัพท์", p.mobile)),
            (("ที่อยู่", p.line()), ("อีเมล", p.email)),
            (("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)))  # fmt: skip
    texts: list[Text] = [(70, 18, "แบบคำร้องออนไลน์")]
    fields: list[Field] = []
    for r, pair in enumerate(rows):
        for c, (label, value) in enumerate(pair):
            x, y = 20 + 95 * c, 40 + 20 * r
            texts.append((x, y, label))
            fields.append(Field(f"Text{2 * r + c + 1}", value, x, y + 9, 85))
    data = acroform(pdf_page(texts, size=11), fields)
    return Case("acro_captions_above", message(p, i, ("form.pdf", data, "application/pdf")),
                expect(p))  # fmt: skip


def docx_letterhead(p: Person, i: int) -> Case:
    """A complete Word form whose template carries the agency's letterhead: its own phone
    in the header, its e-mail and address in the footer; the applicant's values in the
    body (the phone written in the body's own words)."""

    def build(d: Any) -> None:
        section = d.sections[0]
        section.header.paragraphs[0].text = "องค์การบริหารส่วนตำบลตัวอย่าง โทรศัพท์ 045-712345"
        section.footer.paragraphs[
            0
        ].text = "ที่อยู่: 99 หมู่ที่ 1 ตำบลตัวอย่าง อำเภอเมือง อีเมล: saraban@example.go.th"
        d.add_paragraph("แบบคำร้องทั่วไป")
        for label, value in (("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                             ("วันเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
                             ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
                             ("เบอร์มือถือ", p.mobile), ("อีเมล", p.email)):  # fmt: skip
            d.add_paragraph(f"{label}: {value}")

    return Case("docx_letterhead", message(p, i, ("คำร้อง.docx", docx_bytes(build), DOCX)),
                expect(p))  # fmt: skip


def freetext_above_the_line(p: Person, i: int) -> Case:
    """Fill & Sign boxes dragged a little high: each value's box sits 3 mm above the
    dotted line instead of on it, the text inside it a tight 6 mm box."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    rows = (("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", p.line()),
            ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email))  # fmt: skip
    labels = [*FORM_HEAD] + [(20, 55 + 12 * k, label) for k, (label, _) in enumerate(rows)]
    labels += [(62, 56 + 12 * k, "." * 80) for k in range(len(rows))]
    pdf = pikepdf.open(io.BytesIO(pdf_page(labels)))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    annots = Array()
    for k, (_, value) in enumerate(rows):
        bottom = height - mm(55 + 12 * k - 3)
        annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.FreeText, F=4,
            Rect=Array([mm(66), bottom, mm(190), bottom + mm(6)]),
            Contents=String(value), DA=String("/Helv 12 Tf 0 g"),
        )))  # fmt: skip
    page.obj.Annots = annots
    out = io.BytesIO()
    pdf.save(out)
    mail = message(p, i, ("คำร้อง.pdf", out.getvalue(), "application/pdf"))
    return Case("freetext_above_the_line", mail, expect(p))


THIRD_BATCH: tuple[Style, ...] = (acro_captions_above, docx_letterhead, freetext_above_the_line)
