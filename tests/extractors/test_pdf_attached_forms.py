"""Fillable and filled PDFs as Thai agencies publish them and citizens fill them (issue 8,
the fifth held-out set): each test reproduces one shape that set found read wrong or not
at all, on a PDF made here with fpdf2 (shaped Thai in a Thai face) and pikepdf (fields,
annotations), and failed before its fix.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, String

from extractors.address_parts import join_address_parts
from extractors.base import FieldCandidate
from extractors.extract import matcher_for
from extractors.pdf_form import PdfFormExtractor
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
THAI_FACE = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
IN_CI = os.environ.get("CI") == "true"
pytestmark = pytest.mark.skipif(
    not THAI_FACE.exists() and not IN_CI,
    reason="needs the TLWG Thai faces (in CI their absence fails)",
)


def labels():  # type: ignore[no-untyped-def]
    return matcher_for(load_templates(ROOT / "config" / "forms"))


def page(texts: Iterable[tuple[float, float, str]], size: float = 14) -> bytes:
    """One A4 page of shaped Thai; (x, y) in mm, y the baseline from the top."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", str(THAI_FACE))
    pdf.set_font("F", size=size)
    pdf.set_text_shaping(True)
    for x, y, text in texts:
        pdf.text(x, y, text)
    return bytes(pdf.output())


def pt(v: float) -> float:
    return v * 72 / 25.4


def with_fields(
    base: bytes, fields: Iterable[tuple[str, str, float, float]], width: float = 300
) -> bytes:
    """Text fields (name, value, x mm, baseline y mm) whose box sits on the baseline of the
    caption beside it, from 3 pt under it to the height of a line, as forms draw them."""
    pdf = pikepdf.open(io.BytesIO(base))
    first = pdf.pages[0]
    height = float(first.mediabox[3])
    widgets = Array()
    for name, value, x, y in fields:
        bottom = height - pt(y) - 3
        widgets.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), V=String(value),
            Rect=Array([pt(x), bottom, pt(x) + width, bottom + pt(7)]), P=first.obj,
        )))  # fmt: skip
    first.obj.Annots = widgets
    pdf.Root.AcroForm = Dictionary(Fields=widgets, NeedAppearances=True)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def read(data: bytes) -> dict[str, FieldCandidate]:
    result = PdfFormExtractor().extract(data, part="2", labels=labels())
    return {c.key: c for c in result.candidates}


def test_a_caption_in_a_deep_descent_thai_face_labels_the_box_on_its_baseline() -> None:
    """Thai faces (TH Sarabun, Laksaman) have deep descents, so pdfminer's glyph boxes hang
    well below the baseline; a box drawn on the caption's baseline then has its middle
    above the glyph boxes' top. The caption is the text whose baseline the box holds."""
    base = page([(20, 55, "โทรศัพท์"), (20, 67, "E-mail")])
    data = with_fields(
        base, [("Text1", "0816639027", 65, 55), ("Text2", "a.b@example.org", 65, 67)]
    )
    found = read(data)
    assert found["phone"].value == "0816639027"
    assert found["email"].value == "a.b@example.org"


def with_title_boxes(
    base: bytes, chosen: int, export: str, x: float, y: float, step: float = 22
) -> bytes:
    """Three checkboxes 22 mm apart from x (the title printed right of each), the
    `chosen` one ticked with the on-state name `export`, as Acrobat makes them."""
    pdf = pikepdf.open(io.BytesIO(base))
    first = pdf.pages[0]
    height = float(first.mediabox[3])
    widgets = Array(list(pdf.Root.AcroForm.Fields)) if "/AcroForm" in pdf.Root else Array()
    annots = Array(list(first.obj.get("/Annots", Array())))
    for k in range(3):
        on = Name("/" + export) if k == chosen else Name.Off
        bottom = height - pt(y) - 3
        box = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Btn, T=String(f"Check Box{k + 1}"),
            V=on, AS=on, P=first.obj,
            Rect=Array([pt(x + step * k), bottom, pt(x + step * k) + 14, bottom + 14]),
            AP=Dictionary(N=Dictionary({"/" + export: pdf.make_stream(b""),
                                        "/Off": pdf.make_stream(b"")})),
        ))  # fmt: skip
        widgets.append(box)
        annots.append(box)
    first.obj.Annots = annots
    pdf.Root.AcroForm = Dictionary(Fields=widgets, NeedAppearances=True)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("export", ["Yes", "On", "1"])
def test_the_title_is_the_word_printed_right_of_the_ticked_box(export: str) -> None:
    """☐นาย ☑นาง ☐นางสาว as three checkboxes whose on-state says nothing ("Yes"): the
    title is the word printed right of the ticked box, and "Yes" is no value of any
    field (it was read as the name, keyed by the word left of the first box)."""
    base = page([(20, 55, "ข้าพเจ้า"), (45, 55, "นาย"), (67, 55, "นาง"), (89, 55, "นางสาว"),
                 (20, 67, "ชื่อ"), (105, 67, "นามสกุล")])  # fmt: skip
    data = with_fields(base, [("Text1", "สมศรี", 30, 67), ("Text2", "ใจดี", 122, 67)])
    found = read(with_title_boxes(data, 1, export, 39, 55))
    assert found["name_title"].value == "นาง"
    assert all(c.value != export for c in found.values())


def test_the_radio_choice_without_a_meaning_is_the_word_beside_it() -> None:
    """A radio group with Acrobat's default export names (Choice1, Choice2...): the title
    is the word printed right of the chosen button."""
    base = page([(20, 55, "คำนำหน้าชื่อ"), (51, 55, "นาย"), (73, 55, "นาง"), (95, 55, "นางสาว")])
    pdf = pikepdf.open(io.BytesIO(base))
    first = pdf.pages[0]
    height = float(first.mediabox[3])
    radio = Dictionary(FT=Name.Btn, Ff=(1 << 15) | (1 << 14), T=String("Group1"))
    radio.V, radio.Kids = Name("/Choice3"), Array()
    group = pdf.make_indirect(radio)
    for k in range(3):
        on = Name(f"/Choice{k + 1}")
        bottom = height - pt(55) - 3
        kid = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, Parent=group, P=first.obj,
            AS=on if k == 2 else Name.Off,
            Rect=Array([pt(45 + 22 * k), bottom, pt(45 + 22 * k) + 14, bottom + 14]),
            AP=Dictionary(N=Dictionary({f"/Choice{k + 1}": pdf.make_stream(b""),
                                        "/Off": pdf.make_stream(b"")})),
        ))  # fmt: skip
        group.Kids.append(kid)
    first.obj.Annots = Array(list(group.Kids))
    pdf.Root.AcroForm = Dictionary(Fields=Array([group]), NeedAppearances=True)
    out = io.BytesIO()
    pdf.save(out)
    assert read(out.getvalue())["name_title"].value == "นางสาว"


def test_a_value_typed_in_another_face_on_a_captions_dotted_line_shares_its_row() -> None:
    """A flattened form: the caption and its dots in the form's face, the value drawn over
    the dots in the filler's face and size, a little above the baseline. Glyph boxes of
    the two faces hang differently from their baselines, so rows by box middles put the
    value on a line of its own above its caption (and read the ID as the name)."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("Form", "", str(THAI_FACE))
    pdf.add_font("Filler", "", str(THAI_FACE.with_name("Garuda.ttf")))
    pdf.set_text_shaping(True)
    for k, (caption, value) in enumerate(
        [("ชื่อ-นามสกุล", "นายสมชาย ใจดี"), ("เลขประจำตัวประชาชน", "3400600518273")]
    ):
        y = 55 + 12 * k
        pdf.set_font("Form", size=14)
        pdf.text(20, y, caption)
        pdf.text(62, y + 1, "." * 80)
        pdf.set_font("Filler", size=12)
        pdf.text(66, y - 1, value)
    found = read(bytes(pdf.output()))
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["national_id"].value == "3400600518273"


def with_typed_text(
    base: bytes, values: Iterable[tuple[str, float, float]], **extra: object
) -> bytes:
    """FreeText annotations (value, x mm, baseline y mm) as a viewer's typewriter or
    Acrobat's Fill & Sign adds them: a box 7 mm high whose bottom is just under the
    dotted line the value is typed on; the page itself is untouched."""
    pdf = pikepdf.open(io.BytesIO(base))
    first = pdf.pages[0]
    height = float(first.mediabox[3])
    annots = Array()
    for value, x, y in values:
        bottom = height - pt(y) - 2
        annot = Dictionary(
            Type=Name.Annot, Subtype=Name.FreeText, F=4, Contents=String(value),
            Rect=Array([pt(x), bottom, pt(x) + 300, bottom + pt(7)]),
            DA=String("/Helv 11 Tf 0 0 1 rg"),
        )  # fmt: skip
        for key, v in extra.items():
            annot["/" + key] = v
        annots.append(pdf.make_indirect(annot))
    first.obj.Annots = annots
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_values_typed_on_the_page_as_text_annotations_are_read_on_their_lines() -> None:
    base = page([(20, 55, "ชื่อ-สกุล"), (62, 56, "." * 70), (20, 67, "โทรศัพท์"), (62, 68, "." * 70)])
    found = read(with_typed_text(base, [("นายสมชาย ใจดี", 66, 55), ("0816639027", 66, 67)]))
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["phone"].value == "0816639027"


def test_a_hidden_text_annotation_is_not_read() -> None:
    base = page([(20, 67, "โทรศัพท์"), (62, 68, "." * 70)])
    assert "phone" not in read(with_typed_text(base, [("0816639027", 66, 67)], F=2))


@pytest.mark.parametrize("names", ["flat", "copied"])
def test_an_id_in_thirteen_one_digit_boxes_is_one_value(names: str) -> None:
    """Thai agency forms give the ID thirteen boxes, each a field (ID1..ID13, or pid.0..
    pid.12 as Acrobat names a copied box); only the first has the caption beside it."""
    nid = "3400600518273"
    base = page([(20, 67, "เลขประจำตัวประชาชน")])
    pdf = pikepdf.open(io.BytesIO(base))
    first = pdf.pages[0]
    height = float(first.mediabox[3])
    bottom = height - pt(67) - 3
    parent = pdf.make_indirect(Dictionary(FT=Name.Tx, T=String("pid"), Kids=Array()))
    boxes = Array()
    for k, digit in enumerate(nid):
        box = Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, V=String(digit), P=first.obj,
            Rect=Array([pt(70 + 6 * k), bottom, pt(76 + 6 * k), bottom + pt(7)]),
        )  # fmt: skip
        if names == "flat":
            box.FT, box.T = Name.Tx, String(f"ID{k + 1}")
        else:
            box.T, box.Parent = String(str(k)), parent
            parent.Kids.append(box)
        boxes.append(pdf.make_indirect(box))
    first.obj.Annots = boxes
    fields = boxes if names == "flat" else Array([parent])
    pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=True)
    out = io.BytesIO()
    pdf.save(out)
    assert read(out.getvalue())["national_id"].value == nid


@pytest.mark.parametrize(
    ("captions", "values", "want"),
    [
        (["วัน/เดือน/ปีเกิด"], ["14", "03", "2514"], "14/03/2514"),
        (["เกิดวันที่", "เดือน", "พ.ศ."], ["14", "มีนาคม", "2514"], "14 มีนาคม 2514"),
    ],
)
def test_a_birth_date_in_day_month_year_boxes_is_one_value(
    captions: list[str], values: list[str], want: str
) -> None:
    """The birth date in three boxes on one row: under one caption, or each box after
    its own word (เกิดวันที่ .. เดือน .. พ.ศ. ..), the year's box named 'year'."""
    texts = [(20 + 40 * k, 79, caption) for k, caption in enumerate(captions)]
    base = page(texts)
    x = [50, 70, 90] if len(captions) == 1 else [42, 82, 122]
    names = ("D", "M", "year")
    fields = [(names[k], v, x[k], 79.0) for k, v in enumerate(values)]
    found = read(with_fields(base, fields, width=40))
    assert found["birth_date"].value == want
    assert "graduation_year" not in found


def test_a_box_printed_after_its_title_means_the_word_before_it() -> None:
    """ "นาย ☐  นาง ☑  นางสาว ☐": the boxes after their words; the word right of the
    ticked box is the next option's, the one right before it is its own."""
    base = page([(20, 55, "คำนำหน้า"), (45, 55, "นาย"), (70, 55, "นาง"), (95, 55, "นางสาว")])
    ends = 53  # each box right after its word, the words 25 mm apart
    found = read(with_title_boxes(with_fields(base, []), 0, "Yes", ends, 55, step=25))
    assert found["name_title"].value == "นาย"


def test_a_value_written_on_the_line_over_its_bracketed_caption() -> None:
    """Printed forms put a small caption in brackets under the line the value is written
    on ("นายสมชาย ใจดี" over "(ชื่อ-นามสกุล)"), as under a signature line."""
    base = page(
        [(30, 40, "นายสมชาย ใจดี"), (30, 46, "(ชื่อ-นามสกุล)"), (30, 58, "3400600518273"),
         (30, 64, "(เลขประจำตัวประชาชน)"), (30, 76, "0816639027"), (30, 82, "(โทรศัพท์)")],
        size=12,
    )  # fmt: skip
    found = read(base)
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["national_id"].value == "3400600518273"
    assert found["phone"].value == "0816639027"


@pytest.mark.parametrize(
    ("parts", "want"),
    [
        (
            [("บ้านเลขที่", "45"), ("หมู่ที่", "3"), ("ซอย", "-"), ("ถนน", "-"),
             ("ตำบล/แขวง", "ในเมือง"), ("อำเภอ/เขต", "เมืองยโสธร"), ("จังหวัด", "ยโสธร")],
            "45 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองยโสธร",
        ),
        (
            [("เลขที่", "129/45"), ("หมู่ที่", "-"), ("ซอย", "รามคำแหง 24"), ("ถนน", "รามคำแหง"),
             ("ตำบล/แขวง", "หัวหมาก"), ("อำเภอ/เขต", "บางกะปิ"), ("จังหวัด", "กรุงเทพมหานคร")],
            "129/45 ซอยรามคำแหง 24 ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ",
        ),
    ],
)  # fmt: skip
def test_an_address_in_the_boxes_of_a_registration_form_is_one_address(
    parts: list[tuple[str, str]], want: str
) -> None:
    """บ้านเลขที่ / หมู่ที่ / ซอย / ถนน / ตำบล(แขวง) / อำเภอ(เขต) as boxes of their own, "-" in
    those that do not apply: one address written out, not the house number alone."""
    texts = [(20 + 90 * (k % 2), 103 + 12 * (k // 2), label) for k, (label, _) in enumerate(parts)]
    fields = [(f"Text{k + 1}", value, 48 + 90 * (k % 2), 103 + 12 * (k // 2))
              for k, (_, value) in enumerate(parts)]  # fmt: skip
    result = PdfFormExtractor().extract(with_fields(page(texts), fields, width=150), part="2",
                                        labels=labels())  # fmt: skip
    # The case joins each source's boxes (extract_case), as for a web form's "ซอย: -".
    found = {c.key: c for c in join_address_parts(result.candidates)}
    assert found["address"].value == want


def test_two_boxes_of_a_row_each_captioned_above_are_two_values() -> None:
    """Two columns of boxes, each caption printed above its box: the second box of a row
    has its own caption (above it), so it continues nothing."""
    base = page([(20, 40, "ชื่อ-นามสกุล"), (115, 40, "เลขประจำตัวประชาชน")], size=11)
    data = with_fields(
        base, [("Text1", "นายสมชาย ใจดี", 20, 49), ("Text2", "3400600518273", 115, 49)], width=240
    )
    found = read(data)
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["national_id"].value == "3400600518273"


def test_text_typed_a_little_above_its_dotted_line_is_read_on_that_line() -> None:
    """Fill & Sign boxes dragged a little high: the box floats 3 mm over the dotted line,
    in the gap between two printed lines; it belongs to the line under it."""
    base = page([(20, 55, "ชื่อ-สกุล"), (62, 56, "." * 70), (20, 67, "โทรศัพท์"), (62, 68, "." * 70)])
    pdf = pikepdf.open(io.BytesIO(base))
    first = pdf.pages[0]
    height = float(first.mediabox[3])
    annots = Array()
    for value, y in (("นายสมชาย ใจดี", 55), ("0816639027", 67)):
        bottom = height - pt(y - 3)
        annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.FreeText, F=4, Contents=String(value),
            Rect=Array([pt(66), bottom, pt(190), bottom + pt(6)]), DA=String("/Helv 12 Tf 0 g"),
        )))  # fmt: skip
    first.obj.Annots = annots
    out = io.BytesIO()
    pdf.save(out)
    found = read(out.getvalue())
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["phone"].value == "0816639027"


def test_the_name_only_under_the_applicants_signature_is_read_and_flagged() -> None:
    """unseen9: the form gives the name only in brackets under 'ลงชื่อ ... ผู้ยื่นคำร้อง';
    read as prose reads a signature (so a clerk looks), the officer's block not."""
    data = page([
        (20, 40, "เลขประจำตัวประชาชน 1580200774518"),
        (95, 80, "ลงชื่อ" + "." * 40 + "ผู้ยื่นคำร้อง"),
        (110, 90, "( นายปิยะพงษ์ แสนคำ )"),
        (95, 110, "ลงชื่อ" + "." * 40 + "เจ้าหน้าที่ผู้รับคำร้อง"),
        (110, 120, "( นางสาวมาลี ศรีสุข )"),
    ], 13)  # fmt: skip
    result = PdfFormExtractor().extract(data, part="2", labels=labels())
    names = [c for c in result.candidates if c.key == "full_name"]
    assert [" ".join(c.value.split()) for c in names] == ["นายปิยะพงษ์ แสนคำ"]
    assert names[0].provenance.method == "prose"
