"""A scanner's OCR layer is a reading to check, not the truth (extractors/pdf_ocr_layer.py).

Every person and number here is made up; the IDs carry a valid check digit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.base import FieldCandidate, Provenance
from extractors.pdf_ocr_layer import (
    DISPUTED,
    DOUBTFUL,
    LAYER_FLAG,
    MENDED,
    checked_layer,
    lent_by_picture,
    mended_by_rule,
)

TYPES = {
    "full_name": "name",
    "national_id": "national_id",
    "phone": "phone",
    "birth_date": "date",
    "address": "text",
    "postal_code": "postal_code",
    "province": "province",
}
ROOT = Path(__file__).resolve().parents[2]
ID = "1103700218459"  # check digit valid
ID_ONE_DIGIT_WRONG = "1103780218459"  # the eighth digit misread: check digit fails


def layer(key: str, value: str, page: int = 1) -> FieldCandidate:
    prov = Provenance(part="1", kind="pdf_text", page=page, flags=["ocr", LAYER_FLAG])
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.85)


def seen(key: str, value: str, page: int = 1, *, doubtful: bool = False) -> FieldCandidate:
    flags = ["ocr", DOUBTFUL] if doubtful else ["ocr"]
    prov = Provenance(part="1", kind="ocr", page=page, method="ocr", flags=flags)
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.6)


def check(candidate: FieldCandidate, *picture: FieldCandidate) -> FieldCandidate:
    (out,) = checked_layer([candidate], list(picture), TYPES.__getitem__)
    return out


# --- by rule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "mended"),
    [
        ("text", "l6 หมู่ 7 ตำบลห้วยทราย 73llO", "16 หมู่ 7 ตำบลห้วยทราย 73110"),
        ("postal_code", "5OlOO", "50100"),
        ("phone", "O81-773-62O4", "081-773-6204"),
        ("text", "๕๕/๑๒๐ ถนนติวานนท์ ๑๑๐๐๐", "55/120 ถนนติวานนท์ 11000"),
        ("name", "นางสาวแ จ่มใส ใจดี", "นางสาวแจ่มใส ใจดี"),
        ("text", "ตำบลแ จระแม", "ตำบลแจระแม"),
        # mai han-akat always has a final consonant after it: no word ends there
        ("text", "จังหวั ดยะลา", "จังหวัดยะลา"),
        ("name", "นางมาลี ศรีสวั สดิ์", "นางมาลี ศรีสวัสดิ์"),
    ],
)
def test_a_layers_misreads_that_fail_their_type_are_mended_by_rule(
    kind: str, value: str, mended: str
) -> None:
    assert mended_by_rule(kind, value) == mended


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("text", "Soi Lol 12 ถนน Oliver"),  # Latin words with no digit among them
        ("text", "ห้อง IO1A"),  # a Latin word touching the digits: a room code, not a number
        ("name", "นายเอ บีซี"),  # a space after a consonant, not after a leading vowel
    ],
)
def test_what_is_no_misread_stays_as_read(kind: str, value: str) -> None:
    assert mended_by_rule(kind, value) == value


def test_a_value_mended_by_rule_is_marked_and_still_flagged() -> None:
    out = check(layer("address", "l6 หมู่ 7 ตำบลห้วยทราย 73llO"))
    assert out.value == "16 หมู่ 7 ตำบลห้วยทราย 73110"
    assert {"ocr", LAYER_FLAG, MENDED} <= set(out.provenance.flags)


# --- digits against the picture --------------------------------------------------------------


def test_an_id_whose_check_digit_fails_gives_way_to_the_pictures_that_holds() -> None:
    out = check(layer("national_id", ID_ONE_DIGIT_WRONG), seen("national_id", ID))
    assert out.value == ID
    assert {"ocr", LAYER_FLAG, MENDED} <= set(out.provenance.flags)


def test_an_id_that_holds_stays_against_the_pictures_that_fails() -> None:
    out = check(layer("national_id", ID), seen("national_id", ID_ONE_DIGIT_WRONG))
    assert out.value == ID
    assert DISPUTED in out.provenance.flags and "ocr" in out.provenance.flags


def test_two_readings_that_agree_leave_the_value_as_it_was() -> None:
    candidate = layer("phone", "081-773-6204")
    assert check(candidate, seen("phone", "0817736204")) == candidate


def test_both_pass_and_differ_the_pictures_agreed_reading_is_taken_flagged() -> None:
    out = check(layer("phone", "081-773-6284"), seen("phone", "0817736204"))
    assert out.value == "0817736204"
    assert {"ocr", LAYER_FLAG, MENDED} <= set(out.provenance.flags)


def test_both_pass_and_differ_a_doubtful_picture_leaves_the_layer_disputed() -> None:
    out = check(
        layer("birth_date", "3 เมษายน 2538"), seen("birth_date", "3 เมษายน 2533", doubtful=True)
    )
    assert out.value == "3 เมษายน 2538"
    assert DISPUTED in out.provenance.flags


def test_the_picture_of_another_page_is_not_compared() -> None:
    candidate = layer("national_id", ID_ONE_DIGIT_WRONG, page=1)
    assert check(candidate, seen("national_id", ID, page=2)) == candidate


def test_a_value_not_from_a_layer_is_left_alone() -> None:
    typed = FieldCandidate(
        key="national_id",
        value=ID_ONE_DIGIT_WRONG,
        provenance=Provenance(part="1", kind="pdf_text", page=1),
        confidence=0.85,
    )
    assert check(typed, seen("national_id", ID)) == typed


# --- words against the picture, letter by letter ---------------------------------------------


@pytest.mark.parametrize(
    ("from_layer", "from_picture", "taken"),
    [
        # tone marks and thanthakhat dropped by the layer
        ("นายสมชาย ใจกลา", "นายสมชาย ใจกล้า", "นายสมชาย ใจกล้า"),
        ("นายประสิทธิ ทองดี", "นายประสิทธิ์ ทองดี", "นายประสิทธิ์ ทองดี"),
        # ส read as ล by the layer
        ("นางลมใจ ลายลวย", "นางสมใจ สายสวย", "นางสมใจ สายสวย"),
        # a mark dropped and ส read as ล in one place
        ("นายมานะ เลือลง", "นายมานะ เสือส่ง", "นายมานะ เสือส่ง"),
        # a space set inside a word
        ("นางมาลี ศรีสวั สดิ์", "นางมาลี ศรีสวัสดิ์", "นางมาลี ศรีสวัสดิ์"),
    ],
)
def test_the_picture_lends_the_layer_what_layers_lose(
    from_layer: str, from_picture: str, taken: str
) -> None:
    assert lent_by_picture(from_layer, from_picture) == taken


@pytest.mark.parametrize(
    ("from_layer", "from_picture"),
    [
        # the picture's own misreads are not taken: another letter, a lost mark, a lost space
        ("นายมานะ ใจดี", "นายมานะ ใจตี"),
        ("นายสมชาย ใจกล้า", "นายสมชาย ใจกลา"),
        ("นางสมใจ สายสวย", "นางลมใจ สายสวย"),  # ล the picture's, ส the layer's
    ],
)
def test_the_layers_letters_stay_where_the_picture_differs_otherwise(
    from_layer: str, from_picture: str
) -> None:
    assert lent_by_picture(from_layer, from_picture) == from_layer


def test_a_name_keeps_the_space_between_its_given_and_family_name() -> None:
    out = check(layer("full_name", "นายสม ชาย ใจกล้า"), seen("full_name", "นายสมชายใจกล้า"))
    assert out.value == "นายสม ชาย ใจกล้า"


def test_one_consonant_read_apart_in_a_name_takes_the_pictures_when_it_is_sure() -> None:
    out = check(layer("full_name", "นางสาวมาลี ม้อยใจ"), seen("full_name", "นางสาวมาลี น้อยใจ"))
    assert out.value == "นางสาวมาลี น้อยใจ"
    assert {"ocr", LAYER_FLAG, MENDED} <= set(out.provenance.flags)


@pytest.mark.parametrize(
    "picture",
    [
        seen("full_name", "นางสาวมาลี น้อยใจ", doubtful=True),  # its readings did not agree
        seen("full_name", "นางสาวมาลี น้อยใด"),  # two consonants apart: no reading is surer
    ],
)
def test_a_name_keeps_the_layers_consonant_against_an_unsure_picture(
    picture: FieldCandidate,
) -> None:
    assert check(layer("full_name", "นางสาวมาลี ม้อยใจ"), picture).value == "นางสาวมาลี ม้อยใจ"


def test_the_pictures_other_values_on_the_page_mend_the_layers_words() -> None:
    # the picture read the address's first line only, and the province on its own
    out = check(
        layer("address", "12 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา\nจังหวัดศรีละเกษ ตำบลอุ บลรัตน์"),
        seen("address", "12 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา"),
        seen("province", "ศรีสะเกษ"),
        seen("details", "ไป อุบลรัตน์"),
    )
    assert out.value == "12 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา\nจังหวัดศรีสะเกษ ตำบลอุบลรัตน์"


def test_a_page_word_that_holds_neither_piece_whole_joins_nothing() -> None:
    out = check(layer("address", "ตำบลนาดี อำเภอเมือง"), seen("province", "นาดีอำ"))
    assert out.value == "ตำบลนาดี อำเภอเมือง"


def test_an_address_gets_back_its_marks_and_letters_flagged() -> None:
    out = check(
        layer("address", "9 ซอยลุขุมวิท 55 ถนนลุขุมวิท แขวงคลองตันเหนือ เขตวฒนา"),
        seen("address", "9 ซอยสุขุมวิท 55 ถนนสุขุมวิท แขวงคลองตันเหนือ เขตวัฒนา"),
    )
    assert out.value == "9 ซอยสุขุมวิท 55 ถนนสุขุมวิท แขวงคลองตันเหนือ เขตวฒนา"
    assert {"ocr", LAYER_FLAG, MENDED} <= set(out.provenance.flags)


# --- the PDF reader's hook: a scanner's layer is checked against the picture's reading -------

FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"


def searchable_scan(rows: tuple[tuple[str, str], ...]) -> bytes:
    """A page-size picture (blank: a scan's paper) under the rows drawn invisible, as a
    scanner app writes its OCR layer."""
    import io

    from fpdf import FPDF
    from fpdf.enums import TextMode
    from PIL import Image

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=14)
    picture = io.BytesIO()
    Image.new("L", (620, 877), 250).save(picture, "PNG")
    pdf.image(picture, x=0, y=0, w=210, h=297)
    with pdf.local_context():
        pdf.text_mode = TextMode.INVISIBLE
        for k, (label, value) in enumerate(rows):
            pdf.text(20, 50 + 12 * k, f"{label} {value}")
    return bytes(pdf.output())


def test_the_pdf_reader_checks_a_scanners_layer_against_the_picture(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extractors import pdf_form
    from extractors.base import ExtractionResult
    from extractors.extract import matcher_for
    from extractors.templates import load_templates

    labels = matcher_for(load_templates(ROOT / "config" / "forms"))
    rows = (
        ("ชื่อ - นามสกุล", "นางสาวมาลัย ทองคำ"),
        ("เลขประจำตัวประชาชน", ID_ONE_DIGIT_WRONG),
        ("ที่อยู่", "l2 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา จังหวัดยะลา"),
    )
    asked: list[list[int]] = []

    def picture(self: object, content: bytes, numbers: list[int], **_: object) -> ExtractionResult:
        asked.append(list(numbers))  # once, for the layer's page
        return ExtractionResult(candidates=[seen("national_id", ID)])

    monkeypatch.setattr(pdf_form.OcrExtractor, "read_pdf_pages", picture)
    result = pdf_form.PdfFormExtractor().extract(searchable_scan(rows), part="1", labels=labels)
    from_layer = {c.key: c for c in result.candidates if LAYER_FLAG in c.provenance.flags}
    assert asked == [[1]]
    assert from_layer["national_id"].value == ID
    assert from_layer["address"].value.startswith("12 หมู่ที่ 4")
    assert MENDED in from_layer["national_id"].provenance.flags
