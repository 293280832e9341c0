"""A letter on the applicant's OWN letterhead: her name, home address and mobile in the
Word page header, the body saying only "อยู่ตามที่อยู่ข้างต้น" (set 48's
docx_letterhead_header). The header's labelled lines were read, its unlabelled address
line was not: the address, province and postal code were missing. An office's
letterhead (its own name and address over a citizen's letter) must still not give the
citizen an address. Made-up people and places only.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

from extractors.docx_form import MARGIN_CONFIDENCE, DocxFormExtractor
from extractors.extract import matcher_for
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = matcher_for(load_templates(ROOT / "config" / "forms"))

NAME = "นางสาวรัตนา ทองดี"
HOME = "21/4 หมู่ที่ 7 ตำบลโพธิ์กลาง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000"


def letter(header: list[str], says: str, signed: str = NAME) -> bytes:
    d = docx.Document()
    hd = d.sections[0].header
    hd.paragraphs[0].text = header[0]
    for line in header[1:]:
        hd.add_paragraph(line)
    d.add_paragraph("เรื่อง ขอรับเงินเบี้ยยังชีพ")
    d.add_paragraph("เรียน นายกองค์การบริหารส่วนตำบล")
    d.add_paragraph(f"ข้าพเจ้า {signed} เลขประจำตัวประชาชน 1409900315621 {says} ขอยื่นคำร้องมา")
    d.add_paragraph("ขอแสดงความนับถือ")
    d.add_paragraph(f"({signed})")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def read(data: bytes) -> dict[str, tuple[str, float]]:
    found = DocxFormExtractor().extract(data, part="2", labels=LABELS)
    return {c.key: (c.value, c.confidence) for c in found.candidates}


def test_her_letterhead_pointed_to_by_the_body_gives_her_address() -> None:
    got = read(letter([NAME, HOME, "โทร. 081-552-4830"], "อยู่ตามที่อยู่ข้างต้น"))
    assert got["address"][0].startswith("21/4 หมู่ที่ 7 ตำบลโพธิ์กลาง")
    assert got["province"][0] == "นครราชสีมา"
    assert got["postal_code"][0] == "30000"


def test_her_letterhead_the_body_not_pointing_to_gives_her_address_for_a_look() -> None:
    got = read(letter([NAME, HOME, "โทร. 081-552-4830"], "มีความประสงค์"))
    assert got["address"][0].startswith("21/4 หมู่ที่ 7 ตำบลโพธิ์กลาง")
    assert got["address"][1] <= MARGIN_CONFIDENCE


def test_an_offices_letterhead_is_not_her_address() -> None:
    office = ["องค์การบริหารส่วนตำบลหนองระเวียง", "99 หมู่ที่ 3 ตำบลหนองระเวียง อำเภอเมืองนครราชสีมา"]
    got = read(letter(office, "มีความประสงค์"))
    assert "address" not in got


def test_a_name_read_from_the_header_itself_does_not_make_it_hers() -> None:
    # the office's letterhead names its contact officer under a label; the body names no
    # one, so nothing ties the header's address to the applicant
    office = [
        "เทศบาลตำบลโนนสูง",
        "45 หมู่ที่ 1 ตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา 30160",
        "ชื่อ นายประเสริฐ ศรีสุข",
    ]
    d = docx.Document()
    hd = d.sections[0].header
    hd.paragraphs[0].text = office[0]
    for line in office[1:]:
        hd.add_paragraph(line)
    d.add_paragraph("เรื่อง แจ้งไฟฟ้าดับ")
    d.add_paragraph("ไฟฟ้าหน้าโรงเรียนดับมาสามวันแล้ว")
    out = io.BytesIO()
    d.save(out)
    got = read(out.getvalue())
    assert "address" not in got
