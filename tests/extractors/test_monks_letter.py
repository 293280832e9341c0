"""A monk's own typed letter, printed to PDF: he writes himself อาตมภาพ and closes ขอเจริญพร,
no ข้าพเจ้า nor ขอแสดงความนับถือ; longer than a phone's note. Read as a letter, its
sentences give his name (title and ฉายา), ID, birth date and mobile, and his temple's
place at the top is where he lives.
Names and numbers invented; the ID with its check digit."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import matcher_for
from extractors.letter_prose import looks_like_letter
from extractors.pdf_form import PdfFormExtractor
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"


def _check(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


def _pdf(lines: list[tuple[float, str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_text_shaping(True)
    pdf.set_font("F", size=14)
    for n, (x, text) in enumerate(lines):
        if text:
            pdf.text(x, 25 + 8 * n, text)
    return bytes(pdf.output())


def test_a_monks_words_make_a_letter() -> None:
    assert looks_like_letter("อาตมภาพ พระมหาวิชัย ปญฺญาวโร ขอรับเบี้ยยังชีพ\nขอเจริญพร")


def test_a_monks_typed_letter_is_read() -> None:
    nid = _check("365010022087")
    data = _pdf([
        (120, "วัดป่าแดง"), (120, "7 หมู่ 2 ตำบลป่าแดง"), (120, "อำเภอเมืองพิษณุโลก 65000"), (0, ""),
        (20, "เรื่อง ขอรับเงินเบี้ยยังชีพผู้สูงอายุ"), (20, "เจริญพร นายกเทศมนตรี"), (0, ""),
        (30, "อาตมภาพ พระมหาวิชัย ปญฺญาวโร อายุ 66 พรรษา 30"),
        (20, f"เลขประจำตัวประชาชน {nid} เกิดวันที่ 3 ม.ค. 2503"),
        (20, "สังกัดวัดป่าแดง มีชื่ออยู่ในทะเบียนบ้านของวัด"),
        (20, "ย้ายสังกัดมาจากวัดอื่นเมื่อต้นปี"),
        (20, "จึงขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุในเขตนี้"),
        (20, "โดยขอรับเงินโอนเข้าบัญชีธนาคาร"),
        (30, "ติดต่ออาตมภาพได้ที่โทร 081-904-3326"), (0, ""),
        (110, "ขอเจริญพร"), (0, ""), (105, "(พระมหาวิชัย ปญฺญาวโร)"),
        (20, "ขอรับรองว่าข้อความข้างต้นเป็นความจริง"), (20, "(พระครูวิมลธรรมรังษี)"),
        (20, "เจ้าอาวาสวัดป่าแดง"),
    ])  # fmt: skip
    found = {
        c.key: c.value for c in PdfFormExtractor().extract(data, part="2", labels=LABELS).candidates
    }
    assert found.get("full_name") == "พระมหาวิชัย ปญฺญาวโร"
    assert "".join(found.get("national_id", "").split()) == nid
    assert found.get("phone") == "081-904-3326"
