"""Names that carry a rank, a monk's or an honorary title (issue 8, set 72): each test
failed before its fix."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from typed_mail import templates

from extractors.base import ExtractedCase
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.names import join_name_parts
from extractors.templates import load_templates
from extractors.xlsx_form import XlsxFormExtractor

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def sheet(rows: list[tuple[str, ...]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_sheets_rank_column_goes_before_the_name() -> None:
    """A unit's sheet heads its rows ยศ | ชื่อ | นามสกุล: the rank is the name's title, kept
    (issue 8), not a cell left out of it."""
    data = sheet(
        [
            ("ยศ", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "มือถือ"),
            ("พ.จ.อ.", "ไพโรจน์", "แสงสว่าง", "3410200567013", "0861234098"),
        ]
    )
    result = XlsxFormExtractor().extract(data, part="2", labels=LABELS)
    names = [c.value for c in join_name_parts(result.candidates) if c.key == "full_name"]
    assert names == ["พ.จ.อ. ไพโรจน์ แสงสว่าง"]


def with_check_digit(twelve: str) -> str:
    total = sum(int(d) * (13 - k) for k, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


def letter(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_letter(attachment: bytes, note: str = "ส่งหนังสือตามไฟล์แนบ\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "สำนักงาน <office.desk@example.org>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือ"
    msg.set_content(note, charset="utf-8")
    msg.add_attachment(attachment, maintype="application", subtype=DOCX.split("/")[1],
                       filename="letter.docx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), templates())


NOVICE_ID = with_check_digit("110350041237")


def test_a_temples_letter_about_a_novice_is_his_and_the_abbots_phone_is_not() -> None:
    """An abbot's letter opens on a novice ("ด้วยสามเณร<name> เลขประจำตัวประชาชน ...")
    and signs with his own mobile: the novice is the applicant, and the abbot's mobile is
    never the novice's phone."""
    case = read_letter(
        letter(
            "ที่ วสก 12/2569\tวัดศรีเกษม\n\t12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองอุดรธานี",
            "เรื่อง ขอทำบัตรประจำตัวประชาชน\nเรียน นายกเทศมนตรี",
            f"ด้วยสามเณรกิตติพัฒน์ ศรีบุญเรือง เลขประจำตัวประชาชน {NOVICE_ID} เกิดวันที่ 3 "
            "มีนาคม 2555 บรรพชาและพำนักอยู่ที่วัดศรีเกษม เลขที่ 12 หมู่ที่ 3 ตำบลหนองบัว "
            "อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 ต้องทำบัตรประจำตัวประชาชนครั้งแรก "
            "จึงขอให้เจ้าอาวาสเป็นผู้รับรองบุคคล",
            "จึงเจริญพรมาเพื่อโปรดพิจารณา",
            "ขอเจริญพร\n\n(พระครูวิมลธรรมรักษ์)\n(บุญมา ธมฺมรกฺขิโต)\nเจ้าอาวาสวัดศรีเกษม\nโทร 089-447-2156",
        )
    )
    assert case.fields["full_name"] == "สามเณรกิตติพัฒน์ ศรีบุญเรือง"
    assert case.fields["national_id"] == NOVICE_ID
    assert case.fields.get("phone") is None or bool(case.issues.get("phone"))


SOLDIER_ID = with_check_digit("340990012873")


def test_a_units_letter_is_for_the_soldier_it_names_not_the_commander_who_signs() -> None:
    """A unit's letter opens on its soldier ("ด้วย จ.ส.ท. <name> หมายเลขประจำตัวทหาร ...
    ประสงค์ขอ ...") and gives his mobile; its commander signs above the unit's line: the
    soldier is the applicant, his mobile the phone."""
    case = read_letter(
        letter(
            "ที่ กห 0512.3/774\tกองพันทหารช่างที่ 9\n\tค่ายสุรนารี จังหวัดนครราชสีมา",
            "เรื่อง ขอหนังสือรับรอง\nเรียน นายกเทศมนตรี",
            "ด้วย จ.ส.ท. วีระยุทธ ทองประเสริฐ หมายเลขประจำตัวทหาร 1270400618 เลขประจำตัว"
            f"ประชาชน {SOLDIER_ID} กำลังพลในสังกัด มีภูมิลำเนาอยู่บ้านเลขที่ 77 หมู่ 5 ตำบลโพธิ์กลาง "
            "อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000 ประสงค์ขอหนังสือรับรองที่อยู่ "
            "ทั้งนี้ติดต่อกำลังพลได้ที่ 086-552-1904",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            "ขอแสดงความนับถือ\n\nพ.ท.ณรงค์ฤทธิ์ แก้วมณี\nผบ.พัน.ช.9\nฝ่ายกำลังพล โทร 044-253-118",
        )
    )
    assert case.fields["full_name"] in ("จ.ส.ท.วีระยุทธ ทองประเสริฐ", "จ.ส.ท. วีระยุทธ ทองประเสริฐ")
    assert case.fields["phone"] in ("0865521904", "+66865521904")
