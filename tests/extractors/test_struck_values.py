"""Values a citizen withdrew or replaced in an attached file (set 86): a value struck
through is taken back by its writer, a correcting word ("แก้ไขเป็น", "เปลี่ยนเป็น") only
says the value after it is the one now, an old or previous column or caption gives way
to the new or current one. Names, numbers and places are invented; each ID carries a
valid Thai check digit."""

from __future__ import annotations

import io
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from extractors.base import ExtractedCase, FieldCandidate, Provenance
from extractors.correcting_word import without_correcting_word
from extractors.docx_form import DocxFormExtractor
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.names import join_name_parts
from extractors.old_labelled import without_old_labelled
from extractors.templates import load_templates
from extractors.xlsx_form import XlsxFormExtractor

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
LABELS = matcher_for(TEMPLATES)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


ID = check_digit("370120045678")


def sheet(rows: list[tuple[object, ...]], struck: tuple[str, ...] = ()) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for cell in struck:
        book.active[cell].font = Font(strike=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_sheet(data: bytes) -> dict[str, FieldCandidate]:
    result = XlsxFormExtractor().extract(data, part="2", labels=LABELS)
    best: dict[str, FieldCandidate] = {}
    for c in join_name_parts(result.candidates):
        if c.key not in best or c.confidence > best[c.key].confidence:
            best[c.key] = c
    return best


# --- struck cells ------------------------------------------------------------------------


def test_a_struck_cell_is_no_value_and_the_corrected_one_beside_it_is() -> None:
    data = sheet(
        [
            ("ชื่อผู้ขอ", "นายธนกฤต วงศ์ใหญ่"),
            ("เลขประจำตัวประชาชน", ID),
            ("วันเดือนปีเกิด", "4 ก.ค. 2530", "แก้ไขเป็น", "4 ก.ค. 2531"),
            ("เบอร์มือถือ", "086-301-5524", "แก้ไขเป็น", "081-772-4409"),
        ],
        struck=("B3", "B4"),
    )
    found = read_sheet(data)
    assert found["birth_date"].value in ("4 ก.ค. 2531", "1988-07-04")
    assert "0817724409" in found["phone"].value.replace("-", "")
    assert "5524" not in found["phone"].value


def test_a_struck_cell_with_nothing_beside_it_gives_nothing() -> None:
    data = sheet([("ชื่อผู้ขอ", "นายธนกฤต วงศ์ใหญ่"), ("โทรศัพท์", "02-541-7730")], ("B2",))
    assert "phone" not in read_sheet(data)


# --- old and new columns -----------------------------------------------------------------

OLD_NEW = [
    ("แบบแจ้งเปลี่ยนแปลงข้อมูลผู้ใช้บริการ",),
    ("หัวข้อ", "ข้อมูลเดิม", "ข้อมูลใหม่"),
    ("ชื่อ-สกุล", "นางสาวอรอุมา ทิพย์รักษา", "นางอรอุมา ศรีบุญเรือง"),
    ("เลขประจำตัวประชาชน", ID, "ไม่เปลี่ยนแปลง"),
    ("ที่อยู่", "9 หมู่ที่ 4 ตำบลบ้านธิ อำเภอบ้านธิ จังหวัดลำพูน 51180",
     "220/4 ถนนเจริญราษฎร์ ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000"),
    ("โทรศัพท์", "089-112-0457", "062-448-1903"),
    ("อีเมล", "ornuma.t@example.com", ""),
]  # fmt: skip


def mailed(attachment: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งเปลี่ยนแปลงข้อมูล"
    msg.set_content("ส่งแบบแจ้งเปลี่ยนแปลงข้อมูลตามไฟล์แนบค่ะ")
    maintype, subtype = XLSX.split("/")
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename="แจ้ง.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_an_old_and_new_sheet_reads_the_new_column() -> None:
    case = mailed(sheet(OLD_NEW))  # type: ignore[arg-type]
    assert (case.fields.get("full_name") or "").replace(" ", "") == "นางอรอุมาศรีบุญเรือง"
    assert case.fields.get("phone") in ("0624481903", "+66624481903")
    address = case.fields.get("address") or ""
    assert "เจริญราษฎร์" in address and "บ้านธิ" not in address
    assert case.fields.get("postal_code") == "65000"
    assert case.fields.get("province") == "พิษณุโลก"


def test_a_value_the_new_column_leaves_unchanged_is_the_old_columns() -> None:
    found = read_sheet(sheet(OLD_NEW))  # type: ignore[arg-type]
    assert found["national_id"].value.replace(" ", "").replace("-", "") == ID
    assert found["email"].value == "ornuma.t@example.com"


def test_the_columns_captioned_in_english_previous_and_current() -> None:
    rows = [
        ("Item", "Previous", "Current"),
        ("Name", "Mr. Peter Lindqvist", "Mr. Peter Lindqvist"),
        ("Mobile", "083-904-1187", "091-550-2276"),
    ]
    found = read_sheet(sheet(rows))  # type: ignore[arg-type]
    assert found["phone"].value.replace("-", "") in ("0915502276", "+66915502276")


# --- a correcting word -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("แก้ไขเป็น 14 ถนนเทศบาล 3 ตำบลหัวเวียง", "14 ถนนเทศบาล 3 ตำบลหัวเวียง"),
        ("เปลี่ยนเป็น: 095-118-2044", "095-118-2044"),
        ("ขอแก้ไขเป็น 12 มกราคม 2533", "12 มกราคม 2533"),
        ("ที่ถูกต้องคือ 7 หมู่ 2 ตำบลแม่แรง", "7 หมู่ 2 ตำบลแม่แรง"),
        ("→ 091-220-4411", "091-220-4411"),
        ("corrected to 44 Moo 5", "44 Moo 5"),
        # the word inside a value is the value's own text
        ("ร้านซ่อมแก้ไขเป็นเลิศ", "ร้านซ่อมแก้ไขเป็นเลิศ"),
        ("แก้ไขเป็น", "แก้ไขเป็น"),
    ],
)
def test_a_correcting_word_before_a_value_is_no_part_of_it(value: str, want: str) -> None:
    assert without_correcting_word(value) == want


def docx_of(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraph(d: Any, inner: str) -> None:
    from docx.oxml import parse_xml

    p = parse_xml(f'<w:p xmlns:w="{W}">{inner}</w:p>')
    d.element.body.insert(len(d.element.body) - 1, p)


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_word_form_struck_and_corrected_reads_the_address_without_the_word() -> None:
    def build(d: Any) -> None:
        _paragraph(d, _run("ชื่อผู้ยื่น นางจันทร์เพ็ญ อินทร์แก้ว"))
        now = "48/2 ถนนเจริญราษฎร์ ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
        struck = _run("3 หมู่ที่ 1 ตำบลเวียงยอง", "<w:strike/>")
        _paragraph(d, _run("ที่อยู่ ") + struck + _run(f" แก้ไขเป็น {now}"))

    result = DocxFormExtractor().extract(docx_of(build), part="2", labels=LABELS)
    address = next(c.value for c in result.candidates if c.key == "address")
    assert address.startswith("48/2 ถนนเจริญราษฎร์")


# --- a caption saying old ----------------------------------------------------------------


def candidate(key: str, value: str, label: str, confidence: float = 0.8) -> FieldCandidate:
    where = Provenance(part="2", kind="pdf_form", page=1, label=label)
    return FieldCandidate(key=key, value=value, provenance=where, confidence=confidence)


@pytest.mark.parametrize("old", ["โทรศัพท์เดิม", "เบอร์โทร (เก่า)", "Previous phone", "เบอร์ที่ผิด"])
def test_a_phone_under_an_old_caption_is_behind_the_new_one(old: str) -> None:
    found = without_old_labelled(
        [candidate("phone", "086-330-1192", old), candidate("phone", "092-775-6610", "โทรศัพท์ใหม่")],
        set(),
    )
    by_value = {c.value: c.confidence for c in found}
    assert by_value["086-330-1192"] < 0.5 <= by_value["092-775-6610"]


def test_a_caption_saying_nothing_old_is_left_alone() -> None:
    found = without_old_labelled(
        [
            candidate("phone", "086-330-1192", "โทรศัพท์"),
            candidate("email", "a@example.com", "อีเมล"),
            candidate("phone", "053-511-204", "โทรศัพท์ผู้รับผิดชอบ"),
            candidate("phone", "081-006-4471", "เบอร์โทร (ใช้เบอร์เดิม)"),
        ],
        set(),
    )
    assert [c.confidence for c in found] == [0.8] * 4
