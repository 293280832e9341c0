"""A forty-eighth set of requests written by someone who had not read the readers (issue 8):
ATTACHED FILES MADE THE WAYS EARLIER SETS DID NOT. Word forms with inline content
controls inside a paragraph form (a Thai-calendar date picker, a province drop-down),
legacy FORMTEXT fields over dotted lines, LibreOffice input fields (FILLIN, whose hint
is the label), a tracked correction of the phone and the ID, a citizen's own letterhead
in the header, a section table nested in an outer table, merged label cells, values
typed over underscores with tab stops, an Apple Pages export (label and value split by
a line break inside one paragraph, runs cut mid-word), text boxes anchored beside their
labels; PDFs with the form on a page turned by /Rotate, the whole page drawn as one
form XObject scaled to fit, a fillable form flattened into one XObject per field in a
second font, values added by an editor in another font after all the labels, a
four-column ruled table, two columns with the office's own column beside hers; an xlsx
with merged section labels and a proxy's section, an xlsx record row with Thai number
formats; a Notepad .txt and an Excel CSV in windows-874; a web confirmation page saved
from Chrome, an old cp874 .htm print page with read-only inputs.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the tests and builders of sets 45 and 46, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run): what a Thai clerk reads in the file.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own, as the file shows them finally (a tracked change accepted: the
  inserted value, never the deleted one). A proxy's, the office's, the web site's
  footer phone and e-mail, a receipt number and the "for officers" column are never hers.
- phone: her mobile as +66... or 0...; birth_date ISO (the Buddhist year converted).
- address: her home as set 5's `addresses` accepts it.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
    addresses,
    docx_bytes,
    mm,
    pdf_page,
    raw_paragraph,
    xlsx_bytes,
    xml_escape,
)
from unseen_requests_11 import PDF, rezip, saved

# ruff: noqa: E501 -- files as people fill them: long lines

AGENCY = "saraban@example.go.th"


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Person, ...] = (
    P("นาง", "กาญจนา", "มีสุข", "340990027716", date(1976, 8, 14), "0846612390", "kanjana.ms@gmail.com",
      "112", "5", "", "", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    P("นาย", "ธีรพงษ์", "วงศ์ใหญ่", "110370044125", date(1984, 3, 2), "0918847326", "teerapong.w@hotmail.com",
      "55/7", "", "ลาดพร้าว 71", "ลาดพร้าว", "สะพานสอง", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    P("นางสาว", "ศิริพร", "ทองดี", "157010033841", date(1995, 11, 27), "0627731145", "siriporn.td@gmail.com",
      "8", "3", "", "", "รอบเวียง", "เมืองเชียงราย", "เชียงราย", "57000"),
    P("นาย", "อนุชา", "แก้วมณี", "380010062297", date(1969, 6, 9), "0813395062", "anucha.km@yahoo.com",
      "201/3", "", "", "ราชดำเนิน", "ในเมือง", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000"),
    P("นาง", "วิไลวรรณ", "สุขเจริญ", "320010045563", date(1981, 1, 30), "0865529017", "wilaiwan.sc@outlook.com",
      "33/9", "2", "", "", "บ้านสวน", "เมืองชลบุรี", "ชลบุรี", "20000"),
    P("นาย", "สุเมธ", "ปัญญาดี", "365990018834", date(1990, 9, 18), "0954418823", "sumet.pd@gmail.com",
      "74", "8", "", "", "วัดจันทร์", "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    P("นางสาว", "ปวีณา", "รุ่งเรือง", "110290071158", date(1999, 4, 5), "0639918274", "paweena.rr@gmail.com",
      "19", "", "สุขุมวิท 101/1", "สุขุมวิท", "บางนาเหนือ", "บางนา", "กรุงเทพมหานคร", "10260"),
    P("นาย", "ไพโรจน์", "ศรีสวัสดิ์", "341020056672", date(1962, 12, 21), "0897742215", "pairoj.ss@hotmail.com",
      "150", "4", "", "", "หนองบัว", "เมืองอุดรธานี", "อุดรธานี", "41000"),
)  # fmt: skip

# Someone else's values beside hers: a proxy, an office, a web site's footer.
PROXY_NAME = "นายวรเชษฐ์ พรหมมา"
PROXY_NID = with_check_digit("140010092214")
PROXY_MOBILE = "0802217734"
OFFICE_PHONE = "043-246-115"
OFFICE_MAIL = "contact@banped.go.th"

Style = Callable[[Person, int], Case]
Files = tuple[tuple[str, bytes, str], ...]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(p: Person, keys: str = "") -> dict[str, tuple[str, ...]]:
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(p),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in (keys.split() or list(table))}


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def nid_w(nid: str, k: int) -> str:
    return (dashed(nid), nid, f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}")[k % 3]


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"{m[:3]}-{m[3:]}")[k % 3]


def street(p: Person, k: int) -> str:
    """The address up to the district, short (ม. ต. อ.) or written out."""
    return p.line(short=k % 2 == 1)


def prov(p: Person, k: int) -> str:
    return p.province_written if (k % 2 == 0 or p.bangkok) else f"จ.{p.province}"


def home(p: Person, k: int) -> str:
    return f"{street(p, k)} {prov(p, k)} {p.postal}"


def pairs(p: Person, k: int) -> list[tuple[str, str]]:
    """The form's labels and her values, as agencies' general request forms ask them."""
    return [
        ("ชื่อ-นามสกุล", p.name),
        ("เลขประจำตัวประชาชน", nid_w(p.nid, k)),
        ("วันเดือนปีเกิด", born_th(p.born, k)),
        ("ที่อยู่", home(p, k)),
        ("โทรศัพท์มือถือ", mobile(p.mobile, k)),
        ("อีเมล", p.email),
    ]


SUBJECTS = ("ยื่นคำร้องทั่วไป (ไฟล์แนบ)", "ส่งแบบคำร้อง", "คำร้องขอความอนุเคราะห์", "แบบฟอร์มคำร้องที่กรอกแล้ว")
BODIES = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n",
    "เรียน เจ้าหน้าที่งานสารบรรณ\n\nกรอกแบบฟอร์มแล้ว รายละเอียดตามไฟล์แนบครับ\n",
    "ตามไฟล์แนบครับ\n\nSent from my iPhone\n",
    "สวัสดีค่ะ แนบคำร้องมาให้พิจารณาค่ะ\n",
)
REQUEST = "ขอให้ซ่อมไฟฟ้าส่องสว่างสาธารณะหน้าบ้าน ดับมาสองสัปดาห์แล้ว"


def message(p: Person, n: int, files: Files, body: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set48-{n}@example.net>"
    msg.set_content(body if body is not None else BODIES[n % len(BODIES)], charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def one(style: str, p: Person, i: int, name: str, data: bytes, mime: str) -> Case:
    return Case(style, message(p, i, ((name, data, mime),)), exp(p))


# --- Word: raw WordprocessingML pieces ----------------------------------------------------------


def r(text: str, props: str = "") -> str:
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


DOTTED = '<w:u w:val="dotted"/>'


def sdt_text(alias: str, value: str) -> str:
    ident = 1000 + sum(map(ord, alias))
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{ident}"/><w:text/></w:sdtPr>'
            f"<w:sdtContent>{r(value, DOTTED)}</w:sdtContent></w:sdt>")  # fmt: skip


def sdt_date(alias: str, born: date, k: int) -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="4471"/>'
            f'<w:date w:fullDate="{born.isoformat()}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
            '<w:lid w:val="th-TH"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="thai"/></w:date></w:sdtPr>'
            f"<w:sdtContent>{r(born_th(born, 0 if k % 2 == 0 else 2))}</w:sdtContent></w:sdt>")  # fmt: skip


PROVINCE_CODES = (("กรุงเทพมหานคร", "10"), ("ชลบุรี", "20"), ("ขอนแก่น", "40"), ("อุดรธานี", "41"),
                  ("เชียงราย", "57"), ("พิษณุโลก", "65"), ("นครศรีธรรมราช", "80"))  # fmt: skip


def sdt_drop(alias: str, shown: str) -> str:
    items = "".join(f'<w:listItem w:displayText="{n}" w:value="{c}"/>' for n, c in PROVINCE_CODES)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="5520"/>'
            f'<w:dropDownList><w:listItem w:displayText="เลือกจังหวัด" w:value=""/>{items}</w:dropDownList></w:sdtPr>'
            f"<w:sdtContent>{r(shown)}</w:sdtContent></w:sdt>")  # fmt: skip


def formtext(name: str, value: str, default: str = "", date_fmt: str = "") -> str:
    kind = f'<w:type w:val="date"/><w:format w:val="{date_fmt}"/>' if date_fmt else ""
    dflt = f'<w:default w:val="{default}"/>' if default else ""
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput>{kind}{dflt}</w:textInput>'
            '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + r(value, "<w:noProof/>") +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def fillin(hint: str, value: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FILLIN "{xml_escape(hint)}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{r(value)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def ins(text: str, n: int) -> str:
    return f'<w:ins w:id="{n}" w:author="{"ผู้ใช้ Windows"}" w:date="2026-12-08T20:14:00Z">{r(text)}</w:ins>'


def dele(text: str, n: int) -> str:
    return (f'<w:del w:id="{n}" w:author="ผู้ใช้ Windows" w:date="2026-12-08T20:13:00Z">'
            f'<w:r><w:delText xml:space="preserve">{xml_escape(text)}</w:delText></w:r></w:del>')  # fmt: skip


def head(d: Any, title: str = "แบบคำร้องทั่วไป") -> None:
    d.add_paragraph(title)
    d.add_paragraph("เขียนที่ ......................... วันที่ 8 ธันวาคม 2569")
    d.add_paragraph("เรียน นายกเทศมนตรี")


def tail(d: Any, p: Person) -> None:
    d.add_paragraph(f"มีความประสงค์ {REQUEST}")
    d.add_paragraph(f"ลงชื่อ ............................ ผู้ยื่นคำร้อง\n({p.name})")


# --- Word ----------------------------------------------------------------------------------------


def docx_inline_controls(p: Person, i: int) -> Case:
    """A paragraph form (ข้าพเจ้า ... อายุ ... ปี) whose blanks are content controls: plain
    text controls, a date picker in the Thai calendar and a province drop-down."""
    k = i

    def build(d: Any) -> None:
        head(d)
        raw_paragraph(d, r("ข้าพเจ้า ") + sdt_text("ชื่อ", p.name) + r(" เกิดวันที่ ")
                      + sdt_date("วันเกิด", p.born, k) + r(" เลขประจำตัวประชาชน ") + sdt_text("เลขบัตร", nid_w(p.nid, k)))  # fmt: skip
        raw_paragraph(d, r("อยู่บ้านเลขที่ ") + sdt_text("ที่อยู่", street(p, k)) + r(" จังหวัด ")
                      + sdt_drop("จังหวัด", p.province) + r(" รหัสไปรษณีย์ ") + sdt_text("รหัสไปรษณีย์", p.postal))  # fmt: skip
        raw_paragraph(d, r("โทรศัพท์ ") + sdt_text("โทรศัพท์", mobile(p.mobile, k)) + r(" อีเมล ")
                      + sdt_text("อีเมล", p.email))  # fmt: skip
        tail(d, p)

    return one("docx_inline_controls", p, i, "คำร้องทั่วไป.docx", docx_bytes(build), DOCX)


def docx_formtext_dotted(p: Person, i: int) -> Case:
    """Legacy form fields (FORMTEXT) between dotted leaders, the birth date a date-typed
    field, one field whose default hint was typed over."""

    def build(d: Any) -> None:
        head(d)
        raw_paragraph(
            d, r("ชื่อ-สกุล ....") + formtext("Text1", p.name, default="กรอกชื่อ-สกุล") + r(".... ")
        )
        raw_paragraph(
            d, r("เลขประจำตัวประชาชน ....") + formtext("Text2", nid_w(p.nid, i + 1)) + r("....")
        )
        raw_paragraph(
            d,
            r("เกิดวันที่ ....")
            + formtext("Text3", born_th(p.born, 0), date_fmt="d MMMM yyyy")
            + r("...."),
        )
        raw_paragraph(d, r("ที่อยู่ ....") + formtext("Text4", home(p, i)) + r("...."))
        raw_paragraph(d, r("โทร ....") + formtext("Text5", mobile(p.mobile, i)) + r(".... อีเมล ....")
                      + formtext("Text6", p.email) + r("...."))  # fmt: skip
        tail(d, p)

    return one("docx_formtext_dotted", p, i, "form_general.docx", docx_bytes(build), DOCX)


def docx_libreoffice_fillin(p: Person, i: int) -> Case:
    """A form made in LibreOffice Writer with input fields (FILLIN fields whose hint is the
    label), saved as .docx by LibreOffice."""

    def build(d: Any) -> None:
        head(d, "คำร้องขอความอนุเคราะห์")
        for label, value in pairs(p, i):
            raw_paragraph(d, r(f"{label}: ") + fillin(label, value))
        tail(d, p)

    data = rezip(docx_bytes(build), lambda name, blob: blob.replace(
        b"<Application>Microsoft Macintosh Word</Application>", b"<Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application>"
    ) if name == "docProps/app.xml" else blob, {})  # fmt: skip
    return one("docx_libreoffice_fillin", p, i, "คำร้อง.docx", data, DOCX)


def docx_tracked_correction(p: Person, i: int) -> Case:
    """She corrected the mobile and a group of the ID with Track Changes on and sent it
    without accepting: the old digits deleted, the new inserted."""
    m = mobile(p.mobile, 1)
    old_m = m[:-4] + f"{(int(m[-4:]) + 1111) % 10000:04d}"
    nid = p.nid

    def build(d: Any) -> None:
        head(d)
        raw_paragraph(d, r(f"ชื่อ-นามสกุล {p.name}"))
        if i % 2 == 0:  # a digit group of the ID retyped
            wrong = f"{(int(nid[5:10]) + 3) % 100000:05d}"
            raw_paragraph(d, r(f"เลขประจำตัวประชาชน {nid[0]}-{nid[1:5]}-") + dele(wrong, 1) + ins(nid[5:10], 2)
                          + r(f"-{nid[10:12]}-{nid[12]}"))  # fmt: skip
        else:
            raw_paragraph(d, r(f"เลขประจำตัวประชาชน {nid}"))
        raw_paragraph(d, r(f"วันเกิด {born_th(p.born, i)}"))
        raw_paragraph(d, r(f"ที่อยู่ {home(p, i)}"))
        raw_paragraph(d, r("เบอร์โทรศัพท์ ") + dele(old_m, 3) + ins(m, 4))
        raw_paragraph(d, r(f"อีเมล {p.email}"))
        tail(d, p)

    return one("docx_tracked_correction", p, i, "คำร้อง_แก้ไข.docx", docx_bytes(build), DOCX)


def docx_letterhead_header(p: Person, i: int) -> Case:
    """A letter on her own letterhead: name, address, mobile and e-mail in the page
    header; the body a letter naming her ID and birth date."""

    def build(d: Any) -> None:
        hd = d.sections[0].header
        hd.paragraphs[0].text = p.name
        hd.add_paragraph(home(p, i))
        hd.add_paragraph(f"โทร. {mobile(p.mobile, i)}  อีเมล {p.email}")
        d.sections[0].footer.paragraphs[0].text = "หน้า 1/1"
        d.add_paragraph("8 ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอให้ซ่อมไฟฟ้าส่องสว่าง")
        d.add_paragraph("เรียน นายกเทศมนตรี")
        d.add_paragraph(f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
                        f"อยู่ตามที่อยู่ข้างต้น {REQUEST} จึงเรียนมาเพื่อโปรดพิจารณา")  # fmt: skip
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({p.name})")

    return one("docx_letterhead_header", p, i, "หนังสือ.docx", docx_bytes(build), DOCX)


def docx_nested_sections(p: Person, i: int) -> Case:
    """An outer one-column table, one row per section (its heading, then a label/value
    table nested in the cell), as agencies' Word templates are drawn."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องทั่วไป")
        outer = d.add_table(rows=3, cols=1)
        outer.style = "Table Grid"
        sections = (("ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง", pairs(p, i)[:3]),
                    ("ส่วนที่ 2 ที่อยู่และการติดต่อ", pairs(p, i)[3:]),
                    ("ส่วนที่ 3 เรื่องที่ขอ", [("รายละเอียด", REQUEST)]))  # fmt: skip
        for row, (title, rows) in enumerate(sections):
            cell = outer.cell(row, 0)
            cell.paragraphs[0].text = title
            inner = cell.add_table(rows=len(rows), cols=2)
            for n, (label, value) in enumerate(rows):
                inner.cell(n, 0).text = label
                inner.cell(n, 1).text = value

    return one("docx_nested_sections", p, i, "แบบคำร้อง.docx", docx_bytes(build), DOCX)


def docx_merged_address(p: Person, i: int) -> Case:
    """A grid form: the ที่อยู่ label merged down three rows beside the address parts
    (house and หมู่; ตำบล and อำเภอ; จังหวัด and postal code), the ID across merged cells."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        t = d.add_table(rows=7, cols=5)
        t.style = "Table Grid"
        t.cell(0, 0).text = "ชื่อ-นามสกุล"
        t.cell(0, 1).merge(t.cell(0, 4)).text = p.name
        t.cell(1, 0).text = "เลขประจำตัวประชาชน"
        t.cell(1, 1).merge(t.cell(1, 2)).text = nid_w(p.nid, i)
        t.cell(1, 3).text = "วันเกิด"
        t.cell(1, 4).text = born_th(p.born, i + 1)
        t.cell(2, 0).merge(t.cell(4, 0)).text = "ที่อยู่"
        t.cell(2, 1).text = "บ้านเลขที่"
        t.cell(2, 2).text = p.house
        t.cell(2, 3).text = "หมู่ที่" if p.moo else ("ซอย" if p.soi else "ถนน")
        t.cell(2, 4).text = p.moo or p.soi or p.road or "-"
        t.cell(3, 1).text = "แขวง" if p.bangkok else "ตำบล"
        t.cell(3, 2).text = p.tambon
        t.cell(3, 3).text = "เขต" if p.bangkok else "อำเภอ"
        t.cell(3, 4).text = p.amphoe
        t.cell(4, 1).text = "จังหวัด"
        t.cell(4, 2).text = p.province
        t.cell(4, 3).text = "รหัสไปรษณีย์"
        t.cell(4, 4).text = p.postal
        t.cell(5, 0).text = "โทรศัพท์"
        t.cell(5, 1).merge(t.cell(5, 2)).text = mobile(p.mobile, i)
        t.cell(5, 3).text = "อีเมล"
        t.cell(5, 4).text = p.email
        t.cell(6, 0).text = "เรื่อง"
        t.cell(6, 1).merge(t.cell(6, 4)).text = REQUEST

    e = exp(p)
    # Her road and soi, where the grid had room for only one of them, are cut: a clerk
    # takes the address as the grid gives it.
    parts = [
        f"หมู่ที่ {p.moo}"
        if p.moo
        else (f"ซอย{p.soi}" if p.soi else (f"ถนน{p.road}" if p.road else ""))
    ]
    given = " ".join(x for x in [p.house, *parts, f"{'แขวง' if p.bangkok else 'ตำบล'}{p.tambon}",
                                 f"{'เขต' if p.bangkok else 'อำเภอ'}{p.amphoe}"] if x)  # fmt: skip
    e["address"] = tuple(dict.fromkeys(addresses(p, given) + addresses(p)))
    return Case("docx_merged_address", message(p, i, (("คำขอ.docx", docx_bytes(build), DOCX),)), e)


def docx_tabs_underscores(p: Person, i: int) -> Case:
    """A form of tab stops with underscore leaders; she typed each value over the start of
    its line of underscores, the rest of the line left."""

    def line(label: str, value: str) -> str:
        return ('<w:pPr><w:tabs><w:tab w:val="left" w:pos="2600"/><w:tab w:val="right" w:leader="underscore" w:pos="9000"/></w:tabs></w:pPr>'
                + r(label) + "<w:r><w:tab/></w:r>" + r(value, '<w:u w:val="single"/>') + r("_" * max(4, 40 - len(value))))  # fmt: skip

    def build(d: Any) -> None:
        head(d)
        for label, value in pairs(p, i):
            raw_paragraph(d, line(label, value))
        tail(d, p)

    return one("docx_tabs_underscores", p, i, "ฟอร์ม.docx", docx_bytes(build), DOCX)


def docx_pages_export(p: Person, i: int) -> Case:
    """A DOCX exported by Apple Pages: each label and its value one paragraph split by a
    line break, runs cut mid-word with their own font settings."""

    def cut(text: str) -> str:
        half = max(1, len(text) // 2)
        props = '<w:rFonts w:ascii="Thonburi" w:hAnsi="Thonburi" w:cs="Thonburi"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
        return r(text[:half], props) + r(
            text[half:], props + '<w:lang w:val="th-TH" w:bidi="th-TH"/>'
        )

    def build(d: Any) -> None:
        raw_paragraph(d, cut("แบบคำร้องทั่วไป"))
        for label, value in pairs(p, i):
            raw_paragraph(d, cut(label) + "<w:r><w:br/></w:r>" + cut(value))
        raw_paragraph(d, cut("เรื่อง") + "<w:r><w:br/></w:r>" + cut(REQUEST))

    data = rezip(docx_bytes(build), lambda name, blob: blob.replace(
        b"<Application>Microsoft Macintosh Word</Application>", b"<Application>Pages</Application>"
    ) if name == "docProps/app.xml" else blob, {})  # fmt: skip
    return one("docx_pages_export", p, i, "คำร้อง Pages.docx", data, DOCX)


def docx_textboxes(p: Person, i: int) -> Case:
    """Labels in the body, each value in a text box anchored on its label's line, as Word
    writes it (a DrawingML text box with its VML fallback: the value twice in the file)."""

    def box(n: int, value: str) -> str:
        content = f"<w:txbxContent><w:p>{r(value)}</w:p></w:txbxContent>"
        return ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                '<mc:Choice xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" Requires="wps">'
                '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                'distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>1800000</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-30000</wp:posOffset></wp:positionV>'
                '<wp:extent cx="3600000" cy="280000"/><wp:wrapNone/>'
                f'<wp:docPr id="{n}" name="Text Box {n}"/>'
                '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="280000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
                f'<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" type="#_x0000_t202" '
                'style="position:absolute;margin-left:141.75pt;margin-top:-2.35pt;width:283.5pt;height:22.05pt;z-index:2">'
                f'<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')  # fmt: skip

    def build(d: Any) -> None:
        head(d)
        for n, (label, value) in enumerate(pairs(p, i + 1)):
            raw_paragraph(d, r(label) + box(n + 1, value))
        tail(d, p)

    return one("docx_textboxes", p, i, "คำร้อง_textbox.docx", docx_bytes(build), DOCX)


# --- PDF -----------------------------------------------------------------------------------------


def form_lines(p: Person, k: int, top: float = 40) -> list[tuple[float, float, str]]:
    out = [(75, 20, "แบบคำร้องทั่วไป"), (20, 30, "เรียน นายกเทศมนตรี")]
    for n, (label, value) in enumerate(pairs(p, k)):
        out.append((20, top + 10 * n, f"{label}  {value}"))
    out.append((20, top + 70, f"ความประสงค์ {REQUEST}"))
    return out


def pdf_rotated_page(p: Person, i: int) -> Case:
    """The form drawn turned a quarter and the page's /Rotate turning it back, as a
    scanner app or a printer driver saves a page fed sideways."""
    import pikepdf

    pdf = pikepdf.Pdf.open(io.BytesIO(pdf_page(form_lines(p, i), size=12, face="Garuda")))
    page = pdf.pages[0]
    w, h = float(page.MediaBox[2]), float(page.MediaBox[3])
    if i % 2 == 0:  # landscape box, content turned counter-clockwise, shown with /Rotate 90
        page.contents_add(pdf.make_stream(f"q 0 1 -1 0 {h:.2f} 0 cm".encode()), prepend=True)
        page.MediaBox = [0, 0, h, w]
        page.Rotate = 90
    else:  # turned clockwise, shown with /Rotate 270
        page.contents_add(pdf.make_stream(f"q 0 -1 1 0 0 {w:.2f} cm".encode()), prepend=True)
        page.MediaBox = [0, 0, h, w]
        page.Rotate = 270
    page.contents_add(pdf.make_stream(b"Q"))
    return one("pdf_rotated_page", p, i, "scan_form.pdf", saved(pdf), PDF)


def pdf_page_as_xobject(p: Person, i: int) -> Case:
    """The whole form drawn as one form XObject, scaled to fit the paper (a 'fit to page'
    print of an A4 form onto Letter, or an imposition tool)."""
    import pikepdf

    src = pikepdf.Pdf.open(io.BytesIO(pdf_page(form_lines(p, i + 1), size=12, face="Loma")))
    out = pikepdf.Pdf.new()
    out.add_blank_page(page_size=(612, 792))
    fx = out.copy_foreign(src.pages[0].as_form_xobject())
    page = out.pages[0]
    name = page.add_resource(fx, pikepdf.Name.XObject, prefix="Fm")
    s = 0.94
    page.contents_add(out.make_stream(f"q {s} 0 0 {s} 26 8 cm {name} Do Q".encode()))
    return one("pdf_page_as_xobject", p, i, "form_print.pdf", saved(out), PDF)


def field_xobject(out: Any, value: str, face: str) -> Any:
    """One filled field's appearance as Acrobat's flattening leaves it: a form XObject of
    its box, the value in the field's own font."""
    import pikepdf

    src = pikepdf.Pdf.open(io.BytesIO(pdf_page([(1.5, 6, value)], size=11, face=face)))
    fx = out.copy_foreign(src.pages[0].as_form_xobject())
    top = 841.89
    fx.BBox = [0, top - mm(9), mm(110), top]
    return fx


def pdf_flattened_fields(p: Person, i: int) -> Case:
    """A fillable form filled then flattened: the printed labels in the page, each value a
    form XObject of its own at its field's box, in another font."""
    import pikepdf

    labels = [(75, 20, "แบบคำร้องทั่วไป"), (20, 30, "เรียน นายกเทศมนตรี")]
    rows = pairs(p, i)
    labels += [(20, 45 + 12 * n, label) for n, (label, _v) in enumerate(rows)]
    lines = [(62, 46 + 12 * n, 180, 46 + 12 * n) for n in range(len(rows))]
    pdf = pikepdf.Pdf.open(io.BytesIO(pdf_page(labels, size=12, face="Garuda", lines=lines)))
    page = pdf.pages[0]
    ops = []
    for n, (_label, value) in enumerate(rows):
        fx = field_xobject(pdf, value, "Kinnari" if i % 2 else "Norasi")
        name = page.add_resource(fx, pikepdf.Name.XObject, prefix="FRM")
        # the field's box from 62 mm, bottom at the underline (y from the top in mm)
        x, y_bottom = mm(62), 841.89 - mm(46 + 12 * n)
        ops.append(f"q 1 0 0 1 {x:.2f} {y_bottom - (841.89 - mm(9)):.2f} cm {name} Do Q")
    page.contents_add(pdf.make_stream("\n".join(ops).encode()))
    return one("pdf_flattened_fields", p, i, "แบบฟอร์ม_flatten.pdf", saved(pdf), PDF)


def pdf_values_added_later(p: Person, i: int) -> Case:
    """A printed form whose blanks were filled in a PDF editor: the values in another font
    and size, drawn after all the labels (the labels' stream first, then the values'),
    each a little above its dotted line."""
    import pikepdf

    rows = pairs(p, i + 2)
    labels = [(75, 20, "แบบคำร้องทั่วไป"), (20, 30, "เรียน นายกเทศมนตรี")]
    labels += [(20, 48 + 12 * n, f"{label} " + "." * 70) for n, (label, _v) in enumerate(rows)]
    labels.append((20, 48 + 12 * len(rows), "มีความประสงค์ " + "." * 80))
    base = pikepdf.Pdf.open(io.BytesIO(pdf_page(labels, size=12, face="Laksaman")))
    values = [(62, 47 + 12 * n, value) for n, (_l, value) in enumerate(rows)]
    values.append((45, 47 + 12 * len(rows), REQUEST))
    top = pikepdf.Pdf.open(io.BytesIO(pdf_page(values, size=11, face="Sawasdee")))
    page = base.pages[0]
    fx = base.copy_foreign(top.pages[0].as_form_xobject())
    name = page.add_resource(fx, pikepdf.Name.XObject, prefix="Typewriter")
    page.contents_add(base.make_stream(f"q {name} Do Q".encode()))
    return one("pdf_values_added_later", p, i, "คำร้อง_กรอกแล้ว.pdf", saved(base), PDF)


def pdf_four_column_table(p: Person, i: int) -> Case:
    """The form drawn as a ruled table of four columns: label, value, label, value."""
    rows = pairs(p, i)
    cells = [
        (rows[0], rows[1]),
        (rows[2], rows[4]),
        (rows[5], ("รหัสไปรษณีย์", p.postal)),
    ]
    texts = [(70, 20, "แบบคำร้องทั่วไป")]
    rects: list[tuple[float, float, float, float]] = []
    y = 32.0
    for (l1, v1), (l2, v2) in cells:
        texts += [(17, y + 6, l1), (52, y + 6, v1), (107, y + 6, l2), (142, y + 6, v2)]
        rects += [(15, y, 35, 9), (50, y, 55, 9), (105, y, 35, 9), (140, y, 55, 9)]
        y += 9
    texts += [(17, y + 6, "ที่อยู่"), (52, y + 6, f"{street(p, i)} {prov(p, i)}")]
    rects += [(15, y, 35, 9), (50, y, 145, 9)]
    y += 9
    texts += [(17, y + 6, "เรื่องที่ขอ"), (52, y + 6, REQUEST)]
    rects += [(15, y, 35, 9), (50, y, 145, 9)]
    data = pdf_page(texts, size=10, face="Garuda", rects=rects)
    return one("pdf_four_column_table", p, i, "form_table.pdf", data, PDF)


def pdf_office_column(p: Person, i: int) -> Case:
    """Two columns: her details on the left, the office's column on the right (receipt
    number, date received, the officer's name and the office's phone)."""
    left = [
        (15, 40 + 9 * n, f"{label}: {value}") for n, (label, value) in enumerate(pairs(p, i + 1))
    ]
    right = [(125, 40, "สำหรับเจ้าหน้าที่"), (125, 49, f"เลขรับที่ {2569}/{1180 + i}"),
             (125, 58, "วันที่รับ 09/12/2569"), (125, 67, "ผู้รับ นางสาวสุดา ใจเย็น"),
             (125, 76, f"โทร {OFFICE_PHONE}"), (125, 85, f"อีเมล {OFFICE_MAIL}")]  # fmt: skip
    texts = [(70, 20, "คำร้องทั่วไป"), *left, *right, (15, 100, f"เรื่อง {REQUEST}")]
    data = pdf_page(texts, size=9, face="Garuda", rects=[(120, 33, 80, 58)])
    return one("pdf_office_column", p, i, "คำร้อง.pdf", data, PDF)


# --- sheets --------------------------------------------------------------------------------------


def xlsx_sections_with_proxy(p: Person, i: int) -> Case:
    """A sheet: section labels merged down column A, labels in B, values merged C:F; a
    second section for the person she authorised (name, ID, mobile)."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำร้อง"
        ws["A1"] = "แบบคำร้องทั่วไป (ยื่นแทนได้)"
        ws.merge_cells("A1:F1")
        rows = pairs(p, i)
        for n, (label, value) in enumerate(rows):
            ws.cell(row=3 + n, column=2, value=label)
            ws.cell(row=3 + n, column=3, value=value)
            ws.merge_cells(start_row=3 + n, start_column=3, end_row=3 + n, end_column=6)
        ws["A3"] = "ผู้ยื่นคำร้อง"
        ws.merge_cells(start_row=3, start_column=1, end_row=2 + len(rows), end_column=1)
        proxy = [("ชื่อ-นามสกุล", PROXY_NAME), ("เลขประจำตัวประชาชน", PROXY_NID),
                 ("โทรศัพท์มือถือ", mobile(PROXY_MOBILE, i))]  # fmt: skip
        start = 4 + len(rows)
        for n, (label, value) in enumerate(proxy):
            ws.cell(row=start + n, column=2, value=label)
            ws.cell(row=start + n, column=3, value=value)
            ws.merge_cells(start_row=start + n, start_column=3, end_row=start + n, end_column=6)
        ws.cell(row=start, column=1, value="ผู้รับมอบอำนาจ")
        ws.merge_cells(start_row=start, start_column=1, end_row=start + 2, end_column=1)
        ws.cell(row=start + 4, column=2, value="เรื่อง")
        ws.cell(row=start + 4, column=3, value=REQUEST)

    return one("xlsx_sections_with_proxy", p, i, "คำร้อง.xlsx", xlsx_bytes(build), XLSX)


def xlsx_record_row(p: Person, i: int) -> Case:
    """One record under a header row, as an office's Excel register: the ID a number shown
    with format 0, the mobile a number shown with ten digits, the birth date a date shown
    in the Thai Buddhist format."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws["A1"] = "ทะเบียนคำร้อง"
        heads = ["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์",
                 "เบอร์โทร", "อีเมล", "เรื่อง"]  # fmt: skip
        for c, h in enumerate(heads, 1):
            ws.cell(row=3, column=c, value=h)
        values: list[Any] = [1, p.name, int(p.nid), datetime(p.born.year, p.born.month, p.born.day),
                             street(p, i), p.province, int(p.postal), int(p.mobile), p.email, REQUEST]  # fmt: skip
        for c, v in enumerate(values, 1):
            ws.cell(row=4, column=c, value=v)
        ws.cell(row=4, column=3).number_format = "0"
        ws.cell(row=4, column=4).number_format = (
            "[$-th-TH]d mmmm bbbb" if i % 2 == 0 else "[$-1070000]d/mm/yyyy"
        )
        ws.cell(row=4, column=8).number_format = "0000000000" if i % 2 == 0 else "000-000-0000"

    return one("xlsx_record_row", p, i, "ทะเบียน.xlsx", xlsx_bytes(build), XLSX)


# --- text, CSV and HTML files ----------------------------------------------------------------------


def txt_cp874_notepad(p: Person, i: int) -> Case:
    """A form typed in Notepad on Thai Windows: windows-874, CRLF, colons aligned with
    spaces; sent as text/plain without a charset, or declared windows-874."""
    lines = ["คำร้องทั่วไป", ""] + [f"{label:<20}: {value}" for label, value in pairs(p, i)]
    lines += ["", f"เรื่อง : {REQUEST}"]
    data = "\r\n".join(lines).encode("cp874")
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = SUBJECTS[i % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, i % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set48-{i}@example.net>"
    msg.set_content(BODIES[i % 4], charset="utf-8")
    msg.add_attachment(data, maintype="text", subtype="plain", filename="คำร้อง.txt")
    att = next(iter(msg.iter_attachments()))
    if i % 2:
        att.set_param("charset", "windows-874")
    else:
        att.del_param("charset")
    return Case("txt_cp874_notepad", bytes(msg), exp(p))


def csv_cp874_excel(p: Person, i: int) -> Case:
    """A CSV saved by Thai Excel (windows-874, CRLF): a header row and her row, the ID and
    mobile written as text so their zeros stay."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(
        [
            "ชื่อ-นามสกุล",
            "เลขประจำตัวประชาชน",
            "วันเกิด",
            "ที่อยู่",
            "จังหวัด",
            "รหัสไปรษณีย์",
            "โทรศัพท์",
            "อีเมล",
            "เรื่อง",
        ]
    )
    w.writerow([p.name, nid_w(p.nid, i + 1), born_th(p.born, 1), street(p, i), p.province, p.postal,
                mobile(p.mobile, i + 1), p.email, REQUEST])  # fmt: skip
    return one("csv_cp874_excel", p, i, "คำร้อง.csv", out.getvalue().encode("cp874"), "text/csv")


def html_saved_confirmation(p: Person, i: int) -> Case:
    """The e-service's confirmation page saved from Chrome (Save page as, HTML only): the
    site's menu, her submitted values in a table, the office's phone and e-mail in the
    footer."""
    rows = "".join(
        f"<tr><th scope='row'>{label}</th><td>{value}</td></tr>" for label, value in pairs(p, i)
    )
    html = (
        "<!DOCTYPE html>\n<!-- saved from url=(0049)https://eservice.banped.go.th/request/confirm/1180 -->\n"
        '<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        "<title>ยืนยันการยื่นคำร้อง - e-Service เทศบาล</title>"
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script></head>"
        "<body><nav><a href='/'>หน้าแรก</a> | <a href='/request'>ยื่นคำร้องออนไลน์</a> | <a href='/track'>ติดตามเรื่อง</a></nav>"
        f"<h2>ยืนยันข้อมูลคำร้อง เลขที่ EQ2569-{1180 + i}</h2>"
        f"<table class='table table-bordered'><tbody>{rows}"
        f"<tr><th scope='row'>เรื่อง</th><td>{REQUEST}</td></tr></tbody></table>"
        "<p>ระบบได้รับคำร้องของท่านแล้ว เจ้าหน้าที่จะติดต่อกลับภายใน 7 วันทำการ</p>"
        f"<footer>เทศบาลตำบลบ้านเป็ด โทร {OFFICE_PHONE} อีเมล {OFFICE_MAIL}<br>© 2569 สงวนลิขสิทธิ์</footer>"
        "</body></html>\n"
    )
    return one("html_saved_confirmation", p, i, "ยืนยันการยื่นคำร้อง.html", html.encode(), "text/html")


def html_cp874_inputs(p: Person, i: int) -> Case:
    """An old office page saved as .htm in windows-874: a print form whose values are in
    read-only text inputs beside their labels."""
    rows = "".join(
        f'<tr><td align="right">{label} :</td><td><input type="text" name="f{n}" size="50" value="{value}" readonly></td></tr>'
        for n, (label, value) in enumerate(pairs(p, i + 1))
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
        "<title>พิมพ์แบบคำร้อง</title></head><body bgcolor='#FFFFFF'>"
        "<center><font face='MS Sans Serif' size='3'><b>แบบคำร้องทั่วไป</b></font></center>"
        f"<form><table border='0'>{rows}"
        f'<tr><td align="right">เรื่อง :</td><td><textarea name="detail" rows="3" cols="50" readonly>{REQUEST}</textarea></td></tr>'
        "</table></form>"
        f"<p>หากมีข้อสงสัยติดต่อ {OFFICE_PHONE}</p></body></html>\r\n"
    )
    return one("html_cp874_inputs", p, i, "print_form.htm", html.encode("cp874"), "text/html")


STYLES: tuple[Style, ...] = (
    docx_inline_controls, docx_formtext_dotted, docx_libreoffice_fillin, docx_tracked_correction,
    docx_letterhead_header, docx_nested_sections, docx_merged_address, docx_tabs_underscores,
    docx_pages_export, docx_textboxes,
    pdf_rotated_page, pdf_page_as_xobject, pdf_flattened_fields, pdf_values_added_later,
    pdf_four_column_table, pdf_office_column,
    xlsx_sections_with_proxy, xlsx_record_row,
    txt_cp874_notepad, csv_cp874_excel, html_saved_confirmation, html_cp874_inputs,
)  # fmt: skip

KINDS = {
    "docx": "Word",
    "pdf": "PDF",
    "xlsx": "sheet",
    "txt": "text",
    "csv": "text",
    "html": "HTML",
}
KIND: dict[str, str] = {s.__name__: KINDS[s.__name__.split("_")[0]] for s in STYLES}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
