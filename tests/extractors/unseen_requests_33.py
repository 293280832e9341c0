"""A thirty-third set of requests written by someone who had not read the readers (issue 8):
TYPED ATTACHMENTS an agency receives: real Thai government forms retyped by citizens in
Word (the form's dotted lines kept as ........ with the values typed over them or after
them, tab stops, text boxes, headers and footers holding the agency's own address and
phone), the same forms saved as PDF from Word or LibreOffice (a text layer), a LibreOffice
.odt, xlsx sheets an office sends out and gets back filled, and mixed mails: a body saying
"ส่งแบบฟอร์มตามแนบ" with the form attached, a body correcting one value after the
attachment was made.

Written before reading `extractors/` or `config/` (only the harness, set 30's test, the
builders of sets 30 and 31 with the helpers of sets 5, 11, 13 and 26 they import, and the
earlier sets' docstrings and style names were read). The forms, from memory of what an
office prints: คำร้องทั่วไป, แบบคำร้องขอลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด
(ดร.01, with the spouse and the ผู้รับรองสถานะ), คำขออนุญาตใช้เครื่องขยายเสียง (ฆ.ษ.1) /
ขออนุญาตจัดงาน, ขอใช้สถานที่ (ศาลาประชาคม, สนามกีฬา), คำร้องขอรับการช่วยเหลือผู้ประสบภัย
(with a witness and the headman who certifies), แจ้งเหตุเดือดร้อน, ขอติดตั้งไฟฟ้าส่องสว่าง
(with villagers who sign with the applicant), คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อ
สุขภาพ (แบบ อ.1, with the business's own address and phone), ขอความอนุเคราะห์รถน้ำ, and
คำขอจดทะเบียนพาณิชย์ (แบบ ทพ.) of a person, with the shop's address.

Conventions (written down before any run):
- the applicant is the one the form names as ผู้ยื่นคำร้อง/ผู้ขอ/ข้าพเจ้า and who signs as
  such; a witness (พยาน), a certifier (ผู้รับรอง, the headman), a co-signer (ผู้ร่วมลงชื่อ),
  the spouse (คู่สมรส) and the newborn are not; the ดร.01's applicant is the mother;
- the phone is the applicant's own mobile; the agency's own number (in a header, a footer
  or the form's heading), a business's line, a witness's or co-signer's are not;
- the e-mail is the applicant's own where the form gives it; one only in From is not
  expected (set 26's rule) and no e-mail is expected where the form has none;
- the address is the applicant's home; never the agency's (header/footer/heading), a
  venue asked for, a business's or shop's place, nor a witness's; the postal code and
  province follow it;
- the birth date is the applicant's; a form that asks only the age wants none (or a
  flagged one); the newborn's and the spouse's birth dates are not the applicant's;
- where the mail's body corrects a value after the attachment ("ขอแก้ไข ... ที่ถูกต้อง
  คือ ..."), the corrected value is the right one, the attachment's is wrong.
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
    docx_bytes,
    expect,
    intl,
    pdf_page,
    raw_paragraph,
    xlsx_bytes,
    xml_escape,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_26 import _doc_title, _right, _set, age, dotted_line, no_birth
from unseen_requests_30 import full

# ruff: noqa: E501 -- forms as people type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "พรทิพย์", "ศรีวงค์", with_check_digit("340110052876"), date(1988, 4, 14),
           "0816634018", "porntip.sw@gmail.com", "58", "3", "", "", "โนนรัง",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาย", "กิตติพงษ์", "ทองมา", with_check_digit("140050028893"), date(1979, 12, 2),
           "0897712045", "kittipong.tm@hotmail.com", "112/4", "7", "", "", "บ้านลำ",
           "วิหารแดง", "สระบุรี", "18150"),
    Person("นางสาว", "ณัฐธิดา", "พันธ์ดี", with_check_digit("150060039914"), date(1995, 6, 21),
           "0645587129", "natthida.pd@gmail.com", "9/1", "", "", "มิตรภาพ", "ในเมือง",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "สมศักดิ์", "บุญเรือง", with_check_digit("350090011426"), date(1964, 9, 9),
           "0862245573", "somsak.br@yahoo.com", "77", "12", "", "", "สันผีเสื้อ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    Person("นาง", "ลำดวน", "จันทร์หอม", with_check_digit("372010044618"), date(1971, 2, 27),
           "0813398764", "lamduan.ch@gmail.com", "204", "5", "", "", "ศรีประจันต์",
           "ศรีประจันต์", "สุพรรณบุรี", "72140"),
    Person("นาย", "อภิชาติ", "แก้วประเสริฐ", with_check_digit("110380027541"), date(1983, 11, 16),
           "0958834102", "apichat.kp@outlook.com", "33/9", "", "ประชาอุทิศ 45", "ประชาอุทิศ",
           "บางมด", "ทุ่งครุ", "กรุงเทพมหานคร", "10140"),
    Person("นางสาว", "สุดารัตน์", "วงษ์ทอง", with_check_digit("192020013387"), date(1992, 8, 5),
           "0624471938", "sudarat.wt@gmail.com", "18", "4", "", "", "นาโยงเหนือ",
           "นาโยง", "ตรัง", "92170"),
    Person("นาย", "ประยูร", "ศักดิ์ดี", with_check_digit("320050062237"), date(1957, 1, 30),
           "0871126650", "prayoon.sd@gmail.com", "141", "9", "", "", "หนองบัว",
           "เมืองสุรินทร์", "สุรินทร์", "32000"),
)  # fmt: skip

# Second persons: spouses, witnesses, headmen, co-signers; their own lines carry every
# label the applicant's do.
OTHERS: tuple[Person, ...] = (
    Person("นาย", "วิชัย", "ศรีวงค์", with_check_digit("340990047312"), date(1985, 7, 3),
           "0829931746", "wichai.sw@gmail.com", "58", "3", "", "", "โนนรัง",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาง", "บุญมี", "สายสุข", with_check_digit("140990031158"), date(1969, 10, 12),
           "0857726419", "boonmee.ss@gmail.com", "15", "7", "", "", "บ้านลำ",
           "วิหารแดง", "สระบุรี", "18150"),
    Person("นาย", "ไพโรจน์", "คำภา", with_check_digit("150990072261"), date(1961, 3, 18),
           "0614438807", "pairoj.kp@gmail.com", "221", "2", "", "", "ท่าพระ",
           "เมืองขอนแก่น", "ขอนแก่น", "40260"),
    Person("นาย", "จำลอง", "อินต๊ะ", with_check_digit("350990024470"), date(1966, 5, 25),
           "0898810356", "jamlong.it@gmail.com", "12", "12", "", "", "สันผีเสื้อ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    Person("นาง", "สมหมาย", "เพชรรัตน์", with_check_digit("372990058824"), date(1974, 12, 8),
           "0866652093", "sommai.pr@gmail.com", "90", "1", "", "", "วังน้ำซับ",
           "ศรีประจันต์", "สุพรรณบุรี", "72140"),
    Person("นาย", "ธวัชชัย", "มั่นคง", with_check_digit("110990035586"), date(1977, 4, 1),
           "0817704425", "thawatchai.mk@gmail.com", "5/2", "", "ประชาอุทิศ 33", "ประชาอุทิศ",
           "บางมด", "ทุ่งครุ", "กรุงเทพมหานคร", "10140"),
    Person("นาง", "อารีย์", "หนูแก้ว", with_check_digit("192990049953"), date(1968, 9, 14),
           "0933318276", "aree.nk@gmail.com", "61", "4", "", "", "นาโยงเหนือ",
           "นาโยง", "ตรัง", "92170"),
    Person("นาย", "ทองใบ", "ดีงาม", with_check_digit("320990063319"), date(1955, 6, 6),
           "0848825510", "thongbai.dn@gmail.com", "7", "9", "", "", "หนองบัว",
           "เมืองสุรินทร์", "สุรินทร์", "32000"),
)  # fmt: skip

MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
         "พ.ย.", "ธ.ค.")  # fmt: skip
SUBJECTS = ("ส่งแบบฟอร์มตามแนบ", "ยื่นคำร้อง", "ส่งคำขอครับ", "แบบฟอร์มที่กรอกแล้ว")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามแนบค่ะ\n\nขอบคุณค่ะ\n",
    "ส่งแบบฟอร์มตามแนบครับ รบกวนตรวจสอบด้วยครับ\n",
    "เรียน สำนักปลัด\nแนบแบบคำร้องที่กรอกเรียบร้อยแล้วมาพร้อมนี้\n\nส่งจาก iPhone ของฉัน\n",
    "สวัสดีครับ\nตามที่โทรสอบถามเมื่อเช้า ส่งแบบฟอร์มตามแนบครับ\n",
)
Style = Callable[[Person, int], Case]
ODT = "application/vnd.oasis.opendocument.text"


def thai_day(d: date, k: int) -> str:
    """A date as Thai people type it on forms, in one of several ways."""
    y = d.year + 543
    return (
        f"{d.day} {MONTHS[d.month - 1]} {y}",
        f"{d.day} {SHORT[d.month - 1]} {y}",
        thai(f"{d.day} {MONTHS[d.month - 1]} {y}"),
        f"{d.day:02d}/{d.month:02d}/{y}",
        f"{d.day} เดือน {MONTHS[d.month - 1]} พ.ศ. {y}",
        f"{d.day}-{d.month}-{y}",
    )[k % 6]


def agency(p: Person) -> tuple[str, str, str]:
    """The local agency serving the applicant: its name, its own address, its own phone."""
    if p.bangkok:
        return ("สำนักงานเขต" + p.amphoe,
                f"เลขที่ 1 ถนน{p.road or 'ประชาอุทิศ'} แขวง{p.tambon} เขต{p.amphoe} กรุงเทพมหานคร {p.postal}",
                "02-426-1053")  # fmt: skip
    return (f"องค์การบริหารส่วนตำบล{p.tambon}",
            f"99 หมู่ที่ 1 ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}",
            f"0-{p.postal[:2]}{p.nid[3:5]}-{p.nid[6:10]}")  # fmt: skip


def agency_mail(p: Person) -> str:
    return f"saraban.{p.postal}@dla.go.th"


def message(p: Person, n: int, *, text: str | None = None, files: tuple[Attachment, ...] = (),
            subject: str | None = None, sender: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = agency_mail(p)
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set33-{n}-{p.first.encode().hex()[:8]}@example.net>"
    set_body(msg, text if text is not None else ATTACHED[n % len(ATTACHED)], None)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def dots(n: int) -> str:
    return "." * n


def over(value: str, n: int = 8) -> str:
    """A value typed over the middle of a dotted line: dots kept on both sides."""
    return f"{dots(n)}{value}{dots(n)}"


def head_foot(d: Any, p: Person, *, footer_mail: bool = False) -> None:
    """The agency's own name, address and phone in the Word header and footer."""
    name, where, phone = agency(p)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{name}\t\tแบบฟอร์มสำหรับประชาชน"
    sec.header.add_paragraph(f"{where} โทร. {phone}")
    foot = f"สอบถามข้อมูลเพิ่มเติม โทรศัพท์ {phone} โทรสาร {phone[:-1]}9"
    if footer_mail:
        foot += f" อีเมล {agency_mail(p)}"
    sec.footer.paragraphs[0].text = foot


def address_dotted(p: Person) -> list[str]:
    """The form's address lines, each part on its own dotted blank."""
    return [
        f"อยู่บ้านเลขที่{over(p.house, 6)}หมู่ที่{over(p.moo or '-', 5)}ตรอก/ซอย{over(p.soi or '-', 6)}ถนน{over(p.road or '-', 6)}",
        f"{'แขวง' if p.bangkok else 'ตำบล'}{over(p.tambon)}{'เขต' if p.bangkok else 'อำเภอ'}{over(p.amphoe)}จังหวัด{over(p.province)}",
        f"รหัสไปรษณีย์{over(p.postal, 6)}",
    ]


# --- Word -----------------------------------------------------------------------------------


def docx_kham_rong_dotted_header(p: Person, i: int) -> Case:
    """คำร้องทั่วไป retyped in Word: every blank kept as dots, each value typed over the
    middle of its dots; the agency's name, address and phone in the header, its phone and
    fax in the footer; the form asks the age, not the birth date."""
    name, _, _ = agency(p)

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "คำร้องทั่วไป")
        _right(d, f"เขียนที่{over(name, 4)}")
        _right(d, f"วันที่{over(str(9 + i % 3), 4)}เดือน{over('ธันวาคม', 4)}พ.ศ.{over('2569', 4)}")
        d.add_paragraph(f"เรื่อง{over('ขอรับการสนับสนุนถังขยะ', 10)}")
        d.add_paragraph(f"เรียน{over('นายก' + name, 6)}")
        for line in (
            f"ข้าพเจ้า{over(p.name, 10)}อายุ{over(str(age(p.born)), 4)}ปี สัญชาติ{over('ไทย', 4)}",
            f"เลขประจำตัวประชาชน{over(p.nid, 10)}",
            *address_dotted(p),
            f"โทรศัพท์{over(dashed_phone(p.mobile), 8)}อีเมล{over(p.email, 6)}",
            f"ขอยื่นคำร้องต่อ{over(name, 6)}เรื่อง{over('ถังขยะครัวเรือนชำรุด ขอรับถังใหม่ 1 ใบ', 6)}",
            f"ลงชื่อ{dots(30)}ผู้ยื่นคำร้อง",
            f"({over(p.name, 6)})",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))
    return Case("docx_kham_rong_dotted_header", raw, no_birth(expect(p)))


def docx_newborn_tab_stops(p: Person, i: int) -> Case:
    """ดร.01 retyped with tab stops: the mother (the applicant) with her birth date, then
    the spouse's block and the newborn's, each with its own name, ID and birth date, then
    the ผู้รับรองสถานะ with his ID, address and phone; the agency in the header."""
    from docx.shared import Cm

    o = OTHERS[i % len(OTHERS)]
    child_id = with_check_digit(f"1{p.postal[:4]}{i % 10}0{p.nid[6:11]}")
    head = OTHERS[(i + 3) % len(OTHERS)]

    def build(d: Any) -> None:
        head_foot(d, p, footer_mail=True)
        _doc_title(d, "แบบคำร้องขอลงทะเบียนเพื่อขอรับสิทธิเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ดร.01)")

        def tabbed(*cells: str) -> None:
            para = d.add_paragraph()
            for k in range(1, 4):
                para.paragraph_format.tab_stops.add_tab_stop(Cm(4.5 * k))
            para.add_run("\t".join(cells))

        d.add_paragraph("1. ข้อมูลผู้ยื่นคำร้อง (มารดา)")
        tabbed("ชื่อ-นามสกุล", p.name, "เลขประจำตัวประชาชน", dashed_id(p.nid))
        tabbed("วันเดือนปีเกิด", thai_day(p.born, i), "อายุ", f"{age(p.born)} ปี")
        tabbed("ที่อยู่", full(p))
        tabbed("โทรศัพท์มือถือ", dashed_phone(p.mobile), "อีเมล", p.email)
        d.add_paragraph("2. ข้อมูลคู่สมรส (บิดา)")
        tabbed("ชื่อ-นามสกุล", o.name, "เลขประจำตัวประชาชน", dashed_id(o.nid))
        tabbed("วันเดือนปีเกิด", thai_day(o.born, i + 1), "โทรศัพท์", dashed_phone(o.mobile))
        d.add_paragraph("3. ข้อมูลเด็กแรกเกิด")
        tabbed(
            "ชื่อ-นามสกุล",
            f"เด็ก{'หญิง' if i % 2 else 'ชาย'}ปัณณวัฒน์ {p.last}",
            "เลขประจำตัวประชาชน",
            child_id,
        )
        tabbed("เกิดวันที่", thai_day(date(2026, 10, 3 + i % 20), i + 2))
        d.add_paragraph("4. ผู้รับรองสถานะของครัวเรือน")
        tabbed("ชื่อ-นามสกุล", head.name, "ตำแหน่ง", "ผู้ใหญ่บ้าน")
        tabbed("เลขประจำตัวประชาชน", head.nid, "โทรศัพท์", dashed_phone(head.mobile))
        tabbed("ที่อยู่", full(head))

    raw = message(p, i, files=(("ดร01.docx", docx_bytes(build), DOCX),))
    return Case("docx_newborn_tab_stops", raw, expect(p))


def _textbox(value: str, left: int) -> str:
    """A Word text box (a DrawingML shape with its VML fallback, as Word saves it): the
    value is written twice in the file, once in each."""
    body = f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{xml_escape(value)}</w:t></w:r></w:p></w:txbxContent>'
    return (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" Requires="wps">'
        '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{left * 12700}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-50800</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2540000" cy="254000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{body}</wps:txbx><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{left}pt;margin-top:-4pt;width:200pt;height:20pt" stroked="f">'
        f"<v:textbox>{body}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def docx_noise_permit_textboxes(p: Person, i: int) -> Case:
    """คำขออนุญาตใช้เครื่องขยายเสียง (ฆ.ษ.1) downloaded as Word: the printed dotted lines
    left as they are, each value in a text box laid over its dots (anchored in the label's
    paragraph); the event's place and the loudspeaker's time after; no birth date asked."""
    lines: list[tuple[str, str]] = [
        (f"ข้าพเจ้า{dots(60)}อายุ{dots(8)}ปี", f"{p.name}          {age(p.born)}"),
        (f"เลขประจำตัวประชาชน{dots(50)}", p.nid),
        (f"อยู่บ้านเลขที่{dots(70)}", f"{p.line()} {p.province_written}"),
        (f"รหัสไปรษณีย์{dots(20)}โทรศัพท์{dots(30)}", f"{p.postal}          {dashed_phone(p.mobile)}"),
        (f"ขออนุญาตใช้เครื่องขยายเสียงในงาน{dots(50)}", "ทำบุญขึ้นบ้านใหม่"),
        (f"ณ สถานที่{dots(70)}", f"ศาลาวัด{p.tambon} หมู่ที่ {int(p.moo or '1') + 2} ตำบล{p.tambon}"),
        (f"ตั้งแต่เวลา{dots(15)}ถึงเวลา{dots(15)}", "18.00 น.          22.00 น."),
    ]

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "คำขออนุญาตใช้เครื่องขยายเสียง (แบบ ฆ.ษ.1)")
        _right(d, f"วันที่ {thai_day(date(2026, 12, 8), i)}")
        for label, value in lines:
            raw_paragraph(d, f'<w:r><w:t xml:space="preserve">{xml_escape(label)}</w:t></w:r>'
                             + _textbox(value, 60 + 10 * (len(label) // 20)))  # fmt: skip

    raw = message(p, i, files=(("ขออนุญาตใช้เสียง.docx", docx_bytes(build), DOCX),))
    return Case(
        "docx_noise_permit_textboxes",
        raw,
        no_birth(expect(p, "full_name national_id birth_date phone address postal_code province")),
    )


def docx_place_use_table_footer_mail(p: Person, i: int) -> Case:
    """ขอใช้สถานที่ (the ศาลาประชาคม) as a Word table of two columns; the agency's address
    and phone in the header, its e-mail in the footer; the venue's own address and the
    date of use in the table beside the applicant's rows."""
    name, where, _ = agency(p)

    def build(d: Any) -> None:
        head_foot(d, p, footer_mail=True)
        _doc_title(d, "แบบคำขอใช้สถานที่")
        rows = [
            ("ชื่อผู้ขอใช้", p.name),
            ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วัน/เดือน/ปีเกิด", thai_day(p.born, i + 3)),
            ("ที่อยู่ที่ติดต่อได้", full(p)),
            ("โทรศัพท์", dashed_phone(p.mobile)),
            ("E-mail", p.email),
            ("สถานที่ที่ขอใช้", f"ศาลาประชาคม{name} {where}"),
            ("วันที่ขอใช้", thai_day(date(2027, 1, 10 + i % 5), i + 1)),
            ("วัตถุประสงค์", "จัดงานเลี้ยงรุ่นศิษย์เก่าโรงเรียนบ้าน" + p.tambon),
            ("จำนวนผู้เข้าร่วม", "120 คน"),
        ]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k, bold=True)
            _set(t.cell(r, 1), v)

    raw = message(p, i, files=(("ขอใช้ศาลา.docx", docx_bytes(build), DOCX),))
    return Case("docx_place_use_table_footer_mail", raw, expect(p))


def docx_disaster_relief_witness(p: Person, i: int) -> Case:
    """คำร้องขอรับการช่วยเหลือผู้ประสบภัย with the values typed AFTER the dots (the dots
    kept before each value); the headman's certificate and a witness, each with name, ID,
    address and phone, under the applicant's signature."""
    head = OTHERS[(i + 3) % len(OTHERS)]
    witness = OTHERS[(i + 5) % len(OTHERS)]

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "แบบคำร้องขอรับการช่วยเหลือผู้ประสบภัย")
        _right(d, f"วันที่ {thai_day(date(2026, 12, 4 + i % 3), i + 4)}")
        for line in (
            f"ข้าพเจ้า{dots(20)}{p.name}",
            f"เกิดวันที่{dots(12)}{thai_day(p.born, i)}",
            f"เลขประจำตัวประชาชน{dots(12)}{dashed_id(p.nid)}",
            f"ที่อยู่{dots(10)}{p.line()} {p.province_written} {p.postal}",
            f"โทรศัพท์{dots(10)}{p.mobile}",
            f"ประสบภัย{dots(6)}อุทกภัย เมื่อวันที่ {thai_day(date(2026, 11, 20 + i % 5), 0)}",
            "ความเสียหาย: บ้านเรือนเสียหายบางส่วน เครื่องใช้ไฟฟ้าเสียหาย",
            f"ลงชื่อ{dots(30)}ผู้ยื่นคำร้อง",
            "",
            "ขอรับรองว่าผู้ยื่นคำร้องประสบภัยจริง",
            f"ลงชื่อ{dots(6)}{head.name}{dots(6)}ผู้ใหญ่บ้านหมู่ที่ {head.moo or '1'}",
            f"เลขประจำตัวประชาชน {head.nid} โทร {dashed_phone(head.mobile)}",
            f"ลงชื่อ{dots(6)}{witness.name}{dots(6)}พยาน",
            f"เลขประจำตัวประชาชน {dashed_id(witness.nid)} ที่อยู่ {full(witness)} โทร {witness.mobile}",
        ):
            d.add_paragraph(line)

    raw = message(
        p,
        i,
        files=(("คำร้องผู้ประสบภัย.docx", docx_bytes(build), DOCX),),
        subject="ขอรับความช่วยเหลือน้ำท่วม",
    )
    return Case(
        "docx_disaster_relief_witness",
        raw,
        expect(p, "full_name national_id birth_date phone address postal_code province"),
    )


def docx_hazardous_business_a1(p: Person, i: int) -> Case:
    """แบบ อ.1 คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ, a person applying: the
    applicant's lines (อายุ, no birth date) over dots, then the business's own place, its
    phone and fax; the agency in the header."""
    shop_phone = f"0-{p.postal[:2]}{i % 10}1-{p.nid[7:11]}"

    def build(d: Any) -> None:
        head_foot(d, p)
        _right(d, "แบบ อ.1")
        _doc_title(d, "คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ")
        _right(d, f"เขียนที่{over(agency(p)[0], 3)}")
        _right(d, f"วันที่ {thai_day(date(2026, 12, 7), i + 2)}")
        for line in (
            f"1. ข้าพเจ้า{over(p.name)}☑ บุคคลธรรมดา ☐ นิติบุคคล",
            f"อายุ{over(str(age(p.born)), 3)}ปี สัญชาติ{over('ไทย', 3)}เลขประจำตัวประชาชน{over(dashed_id(p.nid), 4)}",
            *address_dotted(p),
            f"โทรศัพท์{over(p.mobile, 6)}โทรสาร{over('-', 6)}",
            f"2. ขอยื่นคำขอรับใบอนุญาตประกอบกิจการ{over('ร้านเสริมสวย แต่งผม', 6)}",
            f"สถานที่ตั้งกิจการ ชื่อ{over('ร้าน' + p.first + 'บิวตี้', 4)}เลขที่{over(str(300 + i), 4)}หมู่ที่{over(str(i % 9 + 1), 3)}"
            f"{'แขวง' if p.bangkok else 'ตำบล'}{over('บางพลัด' if p.bangkok else 'ในเมือง', 4)}{'เขต' if p.bangkok else 'อำเภอ'}{over('บางพลัด' if p.bangkok else 'เมือง' + p.province, 4)}",
            f"โทรศัพท์{over(shop_phone, 4)}พื้นที่ประกอบการ{over('48', 3)}ตารางเมตร จำนวนคนงาน{over('2', 3)}คน",
            f"ลงชื่อ{dots(30)}ผู้ขอรับใบอนุญาต",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("แบบ อ1.docx", docx_bytes(build), DOCX),))
    return Case(
        "docx_hazardous_business_a1",
        raw,
        no_birth(expect(p, "full_name national_id birth_date phone address postal_code province")),
    )


def docx_commercial_tp_person(p: Person, i: int) -> Case:
    """คำขอจดทะเบียนพาณิชย์ (แบบ ทพ.) of a person, retyped as numbered items: the owner's
    name, age, ID and home address, then the trade name and the shop's own address (ข้อ
    5, สำนักงานแห่งใหญ่ตั้งอยู่) with its phone; the owner's mobile and e-mail last."""
    shop = (f"{int(p.house.split('/')[0]) + 50} หมู่ที่ {p.moo or '-'} {'แขวง' if p.bangkok else 'ตำบล'}{p.tambon} "
            f"{'เขต' if p.bangkok else 'อำเภอ'}{p.amphoe} {p.province_written} {p.postal}")  # fmt: skip

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "คำขอจดทะเบียนพาณิชย์ (แบบ ทพ.)")
        _right(d, "☑ จดทะเบียนตั้งใหม่")
        for line in (
            f"1. ชื่อผู้ประกอบพาณิชยกิจ{over(p.name, 5)}อายุ{over(str(age(p.born)), 3)}ปี",
            f"   สัญชาติ{over('ไทย', 3)}เลขประจำตัวประชาชน{over(p.nid, 5)}",
            f"   ที่อยู่{over(full(p), 5)}",
            f"2. ชื่อที่ใช้ในการประกอบพาณิชยกิจ{over('ร้าน' + p.last + 'การค้า', 5)}",
            f"3. ชนิดแห่งพาณิชยกิจ{over('ขายปลีกของชำ', 5)}",
            f"4. จำนวนเงินทุนที่นำมาใช้เป็นประจำ{over('50,000', 5)}บาท",
            f"5. ที่ตั้งสำนักงานแห่งใหญ่{over(shop, 4)}",
            f"   โทรศัพท์{over(f'0-{p.postal[:2]}55-{p.nid[8:12]}', 4)}",
            f"6. วันเริ่มประกอบพาณิชยกิจ{over(thai_day(date(2026, 12, 1), i), 4)}",
            f"   โทรศัพท์มือถือผู้ประกอบการ{over(dashed_phone(p.mobile), 4)}อีเมล{over(p.email, 4)}",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("ทพ.docx", docx_bytes(build), DOCX),), subject="ขอจดทะเบียนพาณิชย์")
    return Case("docx_commercial_tp_person", raw, no_birth(expect(p)))


def docx_street_light_co_signers(p: Person, i: int) -> Case:
    """ขอติดตั้งไฟฟ้าส่องสว่าง: the applicant's paragraph, then a table of villagers who
    sign with him (ลำดับ, ชื่อ-สกุล, เลขประจำตัวประชาชน, บ้านเลขที่, โทรศัพท์, ลายมือชื่อ)."""
    signers = [OTHERS[(i + k) % len(OTHERS)] for k in (1, 4, 6)]

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "คำร้องขอติดตั้งไฟฟ้าส่องสว่างสาธารณะ")
        _right(d, f"วันที่ {thai_day(date(2026, 12, 2), i + 3)}")
        for line in (
            f"ข้าพเจ้า {p.name} เกิดวันที่ {thai_day(p.born, i + 1)}",
            f"เลขประจำตัวประชาชน {dashed_id(p.nid)}",
            f"บ้านเลขที่ {p.line()} {p.province_written} {p.postal}",
            f"โทร. {dashed_phone(p.mobile)}  อีเมล {p.email}",
            f"ขอให้ติดตั้งไฟฟ้าส่องสว่างบริเวณถนนสายหมู่ที่ {p.moo or '-'} ไป ตำบล{p.tambon} ระยะทาง 400 เมตร จำนวน 6 จุด",
            "โดยมีผู้ร่วมลงชื่อดังนี้",
        ):
            d.add_paragraph(line)
        head = ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "โทรศัพท์", "ลายมือชื่อ")
        t = d.add_table(rows=len(signers) + 1, cols=len(head))
        t.style = "Table Grid"
        for c, v in enumerate(head):
            _set(t.cell(0, c), v, bold=True)
        for r, s in enumerate(signers, 1):
            for c, v in enumerate(
                (str(r), s.name, s.nid, s.line(short=True), dashed_phone(s.mobile), "")
            ):
                _set(t.cell(r, c), v)

    raw = message(p, i, files=(("ขอไฟฟ้าส่องสว่าง.docx", docx_bytes(build), DOCX),))
    return Case("docx_street_light_co_signers", raw, expect(p))


# --- LibreOffice .odt -----------------------------------------------------------------------

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"'
)


def odt_bytes(paragraphs: list[str], header: list[str], footer: list[str]) -> bytes:
    """A LibreOffice Writer file: paragraphs (a tab as text:tab), the header and footer on
    the master page in styles.xml, as Writer saves them."""

    def para(t: str) -> str:
        return "<text:p>" + "<text:tab/>".join(xml_escape(x) for x in t.split("\t")) + "</text:p>"

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f"<office:body><office:text>{''.join(para(t) for t in paragraphs)}</office:text>"
               "</office:body></office:document-content>")  # fmt: skip
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}>'
              '<office:master-styles><style:master-page style:name="Standard">'
              f"<style:header>{''.join(para(t) for t in header)}</style:header>"
              f"<style:footer>{''.join(para(t) for t in footer)}</style:footer>"
              "</style:master-page></office:master-styles></office:document-styles>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT.encode(), compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content.encode())
        z.writestr("styles.xml", styles.encode())
        z.writestr("META-INF/manifest.xml", manifest.encode())
    return out.getvalue()


def odt_trouble_report(p: Person, i: int) -> Case:
    """แบบแจ้งเหตุเดือดร้อน typed in LibreOffice Writer: labels and values split by tabs
    (i even) or typed over dots (i odd); the agency's address and phone in the header."""
    name, where, phone = agency(p)
    pairs = [
        ("ชื่อผู้แจ้ง", p.name),
        ("เลขประจำตัวประชาชน", p.nid),
        ("วันเดือนปีเกิด", thai_day(p.born, i + 2)),
        ("ที่อยู่", full(p)),
        ("เบอร์โทรศัพท์", dashed_phone(p.mobile)),
        ("อีเมล", p.email),
        ("เหตุเดือดร้อน", f"ท่อระบายน้ำอุดตัน น้ำขังหน้าบ้านเลขที่ {p.house} มาแล้ว 5 วัน"),
    ]
    body = ["แบบแจ้งเหตุเดือดร้อน/ร้องทุกข์", f"วันที่แจ้ง\t{thai_day(date(2026, 12, 8), i + 5)}"]
    body += [f"{k}\t{v}" if i % 2 == 0 else f"{k}{over(v, 6)}" for k, v in pairs]
    data = odt_bytes(body, [name, f"{where} โทร {phone}"], [f"ศูนย์ดำรงธรรม โทร 1567 / {phone}"])
    raw = message(p, i, files=(("แจ้งเหตุเดือดร้อน.odt", data, ODT),), subject="แจ้งเหตุเดือดร้อน")
    return Case("odt_trouble_report", raw, expect(p))


# --- PDF (saved from Word or LibreOffice) --------------------------------------------------


def pdf_kham_rong_from_word(p: Person, i: int) -> Case:
    """คำร้องทั่วไป saved as PDF from Word: the header line with the agency's address and
    phone at the top, the dots kept around each typed value in the same text line, the
    footer with its phone at the bottom; the age, no birth date."""
    name, where, phone = agency(p)
    rows = [
        f"ข้าพเจ้า{over(p.name, 10)}อายุ{over(str(age(p.born)), 4)}ปี",
        f"เลขประจำตัวประชาชน{over(dashed_id(p.nid), 10)}",
        *address_dotted(p),
        f"โทรศัพท์{over(dashed_phone(p.mobile), 8)}",
        f"ขอยื่นคำร้องเรื่อง{over('ขอให้ตัดกิ่งไม้ที่พาดสายไฟหน้าบ้าน', 6)}",
    ]
    texts = [(20.0, 12.0, f"{name}  {where}  โทร. {phone}"), (85.0, 26.0, "คำร้องทั่วไป"),
             (120.0, 34.0, f"วันที่ {thai_day(date(2026, 12, 7), i)}")]  # fmt: skip
    texts += [(20.0, 46.0 + 9 * k, r) for k, r in enumerate(rows)]
    texts += [
        (110.0, 120.0, f"ลงชื่อ{dots(30)}ผู้ยื่นคำร้อง"),
        (20.0, 285.0, f"สอบถามโทร {phone} ในวันและเวลาราชการ"),
    ]
    data = pdf_page(texts, size=12, face="Garuda")
    raw = message(p, i, files=(("คำร้องทั่วไป.pdf", data, PDF),))
    return Case(
        "pdf_kham_rong_from_word",
        raw,
        no_birth(expect(p, "full_name national_id birth_date phone address postal_code province")),
    )


def pdf_newborn_spouse_libreoffice(p: Person, i: int) -> Case:
    """ดร.01 exported to PDF from LibreOffice: label and value in columns (the tab stops
    become gaps), the mother's block first, then the spouse's and the child's, each with
    a birth date; the agency's phone in the heading."""
    o = OTHERS[(i + 1) % len(OTHERS)]
    _, _, phone = agency(p)
    texts: list[tuple[float, float, str]] = [
        (30.0, 14.0, "แบบคำร้องขอลงทะเบียนเพื่อขอรับสิทธิเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด"),
        (80.0, 21.0, f"(ดร.01)  สอบถาม โทร {phone}"),
    ]
    blocks = [
        ("ส่วนที่ 1 ผู้ยื่นคำร้อง", [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                                  ("วันเดือนปีเกิด", thai_day(p.born, i + 3)), ("ที่อยู่", full(p)),
                                  ("โทรศัพท์มือถือ", p.mobile)]),
        ("ส่วนที่ 2 คู่สมรส", [("ชื่อ-สกุล", o.name), ("เลขประจำตัวประชาชน", o.nid),
                            ("วันเดือนปีเกิด", thai_day(o.born, i + 3)), ("โทรศัพท์มือถือ", o.mobile)]),
        ("ส่วนที่ 3 เด็กแรกเกิด", [("ชื่อ-สกุล", f"เด็กหญิงชนิกานต์ {p.last}"),
                                ("วันเดือนปีเกิด", thai_day(date(2026, 11, 2 + i % 9), i + 3))]),
    ]  # fmt: skip
    y = 32.0
    for title, rows in blocks:
        texts.append((20.0, y, title))
        y += 8
        for k, v in rows:
            texts += [(25.0, y, k), (75.0, y, v)]
            y += 7
        y += 3
    data = pdf_page(texts, size=12, face="Garuda")
    raw = message(p, i, files=(("ดร01.pdf", data, PDF),), subject="ลงทะเบียนเงินเด็กแรกเกิด")
    return Case(
        "pdf_newborn_spouse_libreoffice",
        raw,
        expect(p, "full_name national_id birth_date phone address postal_code province"),
    )


def pdf_water_truck_typed_over(p: Person, i: int) -> Case:
    """ขอความอนุเคราะห์รถน้ำ: the printed form's dotted lines with the values typed over
    them in a PDF editor (set 26's dotted_line), the place to deliver the water a farm
    plot in another village; the agency's address at the top."""
    size = 11
    name, where, phone = agency(p)
    printed: list[tuple[float, float, str]] = [
        (30, 14, f"{name} {where} โทร {phone}"),
        (60, 24, "แบบคำขอความอนุเคราะห์รถบรรทุกน้ำ"),
    ]
    typed: list[tuple[float, float, str]] = []
    lines = [
        [("ข้าพเจ้า", 40, p.name), ("วันเกิด", 14, thai_day(p.born, i + 3))],
        [("เลขประจำตัวประชาชน", 40, dashed_id(p.nid))],
        [("ที่อยู่", 90, full(p))],
        [("โทรศัพท์", 25, dashed_phone(p.mobile))],
        [("ขอรับน้ำที่", 80, f"ไร่อ้อย หมู่ที่ {int(p.moo or '1') + 4} ตำบล{p.tambon}")],
        [("จำนวน", 10, "2"), ("เที่ยว เพื่อ", 40, "อุปโภคบริโภค น้ำในบ่อแห้ง")],
    ]
    for k, blanks in enumerate(lines):
        more, values = dotted_line(38.0 + 9 * k, blanks, size)
        printed += more
        typed += values
    data = pdf_page(printed + typed, size=size, face="Garuda")
    raw = message(p, i, files=(("ขอรถน้ำ.pdf", data, PDF),), subject="ขอความอนุเคราะห์รถน้ำ")
    return Case(
        "pdf_water_truck_typed_over",
        raw,
        expect(p, "full_name national_id birth_date phone address postal_code province"),
    )


def pdf_event_permit_witness(p: Person, i: int) -> Case:
    """ขออนุญาตจัดงาน (a wedding party on the road) saved from Word: the applicant's lines
    with dates in Thai digits, then a witness's lines (พยาน) with an ID, address and phone
    of his own, then the footer with the agency's phone."""
    w = OTHERS[(i + 2) % len(OTHERS)]
    _, _, phone = agency(p)
    rows = [
        "คำร้องขออนุญาตจัดงานและปิดถนนชั่วคราว",
        f"วันที่ {thai_day(date(2026, 12, 6), 2)}",
        f"ข้าพเจ้า {p.name}",
        f"เลขประจำตัวประชาชน {thai(dashed_id(p.nid)) if i % 2 else p.nid}",
        f"เกิดวันที่ {thai_day(p.born, 2)}",
        f"ที่อยู่ {full(p)}",
        f"โทรศัพท์ {thai(dashed_phone(p.mobile)) if i % 2 else dashed_phone(p.mobile)}",
        f"อีเมล {p.email}",
        f"ขออนุญาตจัดงานมงคลสมรส ในวันที่ {thai_day(date(2027, 1, 16), 2)} เวลา 17.00-23.00 น.",
        "ลงชื่อ.................................ผู้ขออนุญาต",
        f"ลงชื่อ.................................พยาน ({w.name})",
        f"เลขประจำตัวประชาชนพยาน {w.nid}  ที่อยู่ {full(w)}  โทร {w.mobile}",
    ]
    texts = [(20.0, 20.0 + 9 * k, r) for k, r in enumerate(rows)]
    texts.append((20.0, 285.0, f"งานนิติการ โทร {phone}"))
    data = pdf_page(texts, size=12, face="Garuda")
    raw = message(p, i, files=(("ขออนุญาตจัดงาน.pdf", data, PDF),))
    return Case("pdf_event_permit_witness", raw, expect(p))


# --- sheets ---------------------------------------------------------------------------------


def xlsx_office_form_returned(p: Person, i: int) -> Case:
    """The office's own sheet sent out and returned filled: the agency's name, address and
    phone in the top rows, then ลำดับ | รายการ | ข้อมูลผู้ขอ with the birth date a date
    cell, the ID a number cell shown with format "0", the phone text."""
    name, where, phone = agency(p)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws.append([name])
        ws.append([where])
        ws.append([f"โทรศัพท์ {phone}"])
        ws.append(["แบบคำร้องขอรับเงินสงเคราะห์ผู้ประสบภัย"])
        ws.append(["ลำดับ", "รายการ", "ข้อมูลผู้ขอ"])
        rows: list[tuple[str, Any]] = [
            ("ชื่อ-สกุล", p.name),
            ("เลขประจำตัวประชาชน", int(p.nid)),
            ("วันเดือนปีเกิด", p.born),
            ("ที่อยู่", f"{p.line()} {p.province_written}"),
            ("รหัสไปรษณีย์", p.postal),
            ("โทรศัพท์", dashed_phone(p.mobile)),
            ("อีเมล", p.email),
        ]
        for k, (label, value) in enumerate(rows, 1):
            ws.append([k, label, value])
            if isinstance(value, int):
                ws.cell(row=ws.max_row, column=3).number_format = "0"
            if isinstance(value, date):
                ws.cell(row=ws.max_row, column=3).number_format = "d mmmm yyyy"

    raw = message(p, i, files=(("แบบคำร้อง_กรอกแล้ว.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_office_form_returned", raw, expect(p))


def xlsx_street_light_signers(p: Person, i: int) -> Case:
    """ขอติดตั้งไฟฟ้าส่องสว่าง as a sheet: the applicant's label-value rows, then a list of
    co-signers with a header row (ชื่อ-สกุล | เลขประจำตัวประชาชน | ที่อยู่ | โทรศัพท์)."""
    signers = [OTHERS[(i + k) % len(OTHERS)] for k in (2, 5)]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำร้อง"
        ws.append(["คำร้องขอติดตั้งไฟฟ้าส่องสว่าง"])
        ws.append(["ผู้ยื่นคำร้อง", p.name])
        ws.append(["เลขบัตรประชาชน", dashed_id(p.nid)])
        ws.append(["วันเกิด", thai_day(p.born, i + 4)])
        ws.append(["ที่อยู่", full(p)])
        ws.append(["มือถือ", p.mobile])
        ws.append(["อีเมล", p.email])
        ws.append([])
        ws.append(["ผู้ร่วมลงชื่อ"])
        ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"])
        for s in signers:
            ws.append([s.name, s.nid, full(s), dashed_phone(s.mobile)])

    raw = message(p, i, files=(("ขอไฟส่องสว่าง.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_street_light_signers", raw, expect(p))


def xlsx_water_truck_two_columns(p: Person, i: int) -> Case:
    """ขอรถน้ำ as a sheet laid out like the paper form: label in A, value in C (B empty),
    two pairs on some rows (อายุ beside the birth date, province beside postal code)."""

    def build(book: Any) -> None:
        ws = book.active
        ws.append(["แบบคำขอความอนุเคราะห์รถบรรทุกน้ำ", "", "", "", ""])
        ws.append(["วันที่ยื่น", "", thai_day(date(2026, 12, 3), i), "", ""])
        ws.append(["ชื่อผู้ขอ", "", p.name, "", ""])
        ws.append(["เลขประจำตัวประชาชน", "", p.nid, "", ""])
        ws.append(["วันเกิด", "", thai_day(p.born, i + 1), "อายุ", age(p.born)])
        ws.append(["ที่อยู่", "", p.line(), "", ""])
        ws.append(["จังหวัด", "", p.province, "รหัสไปรษณีย์", p.postal])
        ws.append(["โทรศัพท์", "", dashed_phone(p.mobile), "", ""])
        ws.append(["จำนวนเที่ยว", "", 3, "", ""])

    raw = message(p, i, files=(("ขอรถน้ำ.xlsx", xlsx_bytes(build), XLSX),), subject="ขอรถน้ำ")
    return Case(
        "xlsx_water_truck_two_columns",
        raw,
        expect(p, "full_name national_id birth_date phone address postal_code province"),
    )


# --- mixed: body and attachment ---------------------------------------------------------------


def body_corrects_phone_after_docx(p: Person, i: int) -> Case:
    """A Word คำร้องทั่วไป attached, and the body saying its phone was mistyped: the
    corrected number is the right one."""
    wrong = p.mobile[:6] + p.mobile[7:9] + p.mobile[6] + p.mobile[9]

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "คำร้องทั่วไป")
        for line in (
            f"ชื่อ-สกุล{over(p.name)}",
            f"เลขประจำตัวประชาชน{over(p.nid)}",
            f"วันเกิด{over(thai_day(p.born, i))}",
            f"ที่อยู่{over(full(p))}",
            f"โทรศัพท์{over(dashed_phone(wrong))}",
            f"อีเมล{over(p.email)}",
            f"เรื่อง{over('ขอให้ซ่อมถนนลูกรังที่เป็นหลุมบ่อ')}",
        ):
            d.add_paragraph(line)

    text = (
        "เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามแนบค่ะ\n"
        f"ขอแก้ไขเบอร์โทรศัพท์ในแบบฟอร์มซึ่งพิมพ์ผิด ที่ถูกต้องคือ {dashed_phone(p.mobile)} ค่ะ\n\n"
        f"{p.name}\n"
    )
    raw = message(p, i, text=text, files=(("คำร้อง.docx", docx_bytes(build), DOCX),))
    exp = expect(p)
    exp["phone"] = (intl(p.mobile), p.mobile)
    return Case("body_corrects_phone_after_docx", raw, exp)


def body_corrects_id_after_pdf(p: Person, i: int) -> Case:
    """A PDF form whose ID was typed with two digits swapped (its check digit fails); the
    body gives the right ID after "ขอแก้ไข"."""
    n = p.nid
    # two neighbouring digits swapped, the first swap whose check digit fails (the slip
    # stays visible)
    swaps = (n[:k] + n[k + 1] + n[k] + n[k + 2 :] for k in (7, 3, 5, 9, 1))
    wrong = next(w for w in swaps if w != n and with_check_digit(w[:12]) != w)
    rows = [
        "แบบคำขอใช้สถานที่ (สนามกีฬา)",
        f"ชื่อผู้ขอ {p.name}",
        f"เลขประจำตัวประชาชน {dashed_id(wrong)}",
        f"วันเดือนปีเกิด {thai_day(p.born, i + 3)}",
        f"ที่อยู่ {full(p)}",
        f"โทรศัพท์ {dashed_phone(p.mobile)}",
        f"อีเมล {p.email}",
        f"ขอใช้สนามฟุตบอลวันที่ {thai_day(date(2027, 2, 6), 0)} จัดแข่งขันฟุตบอลเยาวชน",
    ]
    data = pdf_page([(20.0, 20.0 + 9 * k, r) for k, r in enumerate(rows)], size=12, face="Garuda")
    text = (
        "ส่งแบบฟอร์มตามแนบครับ\n"
        f"ขอแก้ไข เลขบัตรประชาชนในไฟล์พิมพ์ผิดครับ ที่ถูกต้องคือ {dashed_id(p.nid)}\n"
        "ขอบคุณครับ\n"
    )
    raw = message(p, i, text=text, files=(("ขอใช้สนาม.pdf", data, PDF),))
    return Case("body_corrects_id_after_pdf", raw, expect(p))


def body_says_attached_with_signature(p: Person, i: int) -> Case:
    """The body only says "ส่งแบบฟอร์มตามแนบ" and is signed with the sender's name, her
    office line and her mobile; the Word form (a table) holds the request."""

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "แบบคำขอความอนุเคราะห์รถบรรทุกน้ำ")
        rows = [("ชื่อ - สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                ("วัน เดือน ปี เกิด", thai_day(p.born, i + 2)), ("ที่อยู่", full(p)),
                ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email),
                ("สถานที่ส่งน้ำ", f"แปลงนา หมู่ที่ {int(p.moo or '1') + 1} ตำบล{p.tambon}")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k)
            _set(t.cell(r, 1), v)

    text = (
        "เรียน เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัย\n\nส่งแบบฟอร์มตามแนบ\n\n"
        f"ด้วยความเคารพ\n{p.name}\n"
        f"โทร (ที่ทำงาน) 0-{p.postal[:2]}31-{p.nid[5:9]} มือถือ {p.mobile}\n"
    )
    raw = message(p, i, text=text, files=(("ขอรถน้ำ.docx", docx_bytes(build), DOCX),))
    return Case("body_says_attached_with_signature", raw, expect(p))


def headman_forwards_villager_form(p: Person, i: int) -> Case:
    """The headman mails a villager's disaster-relief form from his own address: the body
    is his (his name, his phone), the attached Word form the villager's, with no e-mail;
    the villager is the applicant."""
    head = OTHERS[(i + 3) % len(OTHERS)]

    def build(d: Any) -> None:
        head_foot(d, p)
        _doc_title(d, "แบบคำร้องขอรับการช่วยเหลือผู้ประสบภัย")
        for line in (
            f"ข้าพเจ้า{over(p.name)}อายุ{over(str(age(p.born)), 3)}ปี",
            f"เกิดวันที่{over(thai_day(p.born, i + 4))}",
            f"เลขประจำตัวประชาชน{over(dashed_id(p.nid))}",
            *address_dotted(p),
            f"โทรศัพท์{over(dashed_phone(p.mobile))}",
            f"ประสบภัย{over('วาตภัย หลังคาบ้านถูกพายุพัดเสียหาย')}",
        ):
            d.add_paragraph(line)

    text = (
        "เรียน ปลัด อบต.\n\n"
        f"ผมส่งแบบคำร้องของลูกบ้าน ({p.name}) ตามแนบครับ\n\n"
        f"{head.name}\nผู้ใหญ่บ้านหมู่ที่ {p.moo or '1'}\nโทร {dashed_phone(head.mobile)}\n"
    )
    raw = message(p, i, text=text, files=(("คำร้องลูกบ้าน.docx", docx_bytes(build), DOCX),),
                  sender=f"{head.first} {head.last} <{head.email}>", subject="ส่งคำร้องผู้ประสบวาตภัย")  # fmt: skip
    return Case(
        "headman_forwards_villager_form",
        raw,
        expect(p, "full_name national_id birth_date phone address postal_code province"),
    )


def body_corrects_address_after_xlsx(p: Person, i: int) -> Case:
    """A sheet of the คำร้องทั่วไป filled with the house number mistyped; the body says the
    right house number after "แก้ไข". The right address is the corrected one; the postal
    code and province are the same in both."""
    wrong_house = p.house + "1" if "/" not in p.house else p.house.split("/")[0] + "/9"

    def build(book: Any) -> None:
        ws = book.active
        ws.append(["คำร้องทั่วไป"])
        ws.append(["ชื่อ-สกุล", p.name])
        ws.append(["เลขประจำตัวประชาชน", p.nid])
        ws.append(["วันเกิด", p.born])
        ws.cell(row=4, column=2).number_format = "dd/mm/yyyy"
        ws.append(["บ้านเลขที่", wrong_house])
        ws.append(["หมู่ที่", p.moo or "-"])
        ws.append(["ตำบล/แขวง", p.tambon])
        ws.append(["อำเภอ/เขต", p.amphoe])
        ws.append(["จังหวัด", p.province])
        ws.append(["รหัสไปรษณีย์", p.postal])
        ws.append(["โทรศัพท์", dashed_phone(p.mobile)])
        ws.append(["อีเมล", p.email])
        ws.append(["เรื่อง", "ขอให้ตรวจสอบมิเตอร์น้ำประปาหมู่บ้าน"])

    text = f"ส่งแบบฟอร์มตามแนบครับ\nแก้ไข บ้านเลขที่ในไฟล์พิมพ์ผิด ที่ถูกต้องคือบ้านเลขที่ {p.house} ครับ\n"
    raw = message(p, i, text=text, files=(("คำร้องทั่วไป.xlsx", xlsx_bytes(build), XLSX),))
    return Case("body_corrects_address_after_xlsx", raw, expect(p))


STYLES: tuple[Style, ...] = (
    docx_kham_rong_dotted_header, docx_newborn_tab_stops, docx_noise_permit_textboxes,
    docx_place_use_table_footer_mail, docx_disaster_relief_witness, docx_hazardous_business_a1,
    docx_commercial_tp_person, docx_street_light_co_signers,
    odt_trouble_report,
    pdf_kham_rong_from_word, pdf_newborn_spouse_libreoffice, pdf_water_truck_typed_over,
    pdf_event_permit_witness,
    xlsx_office_form_returned, xlsx_street_light_signers, xlsx_water_truck_two_columns,
    body_corrects_phone_after_docx, body_corrects_id_after_pdf, body_says_attached_with_signature,
    headman_forwards_villager_form, body_corrects_address_after_xlsx,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "Word" for s in STYLES[:8]},
    **{s.__name__: "ODT" for s in STYLES[8:9]},
    **{s.__name__: "PDF" for s in STYLES[9:13]},
    **{s.__name__: "sheet" for s in STYLES[13:16]},
    **{s.__name__: "mixed" for s in STYLES[16:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
