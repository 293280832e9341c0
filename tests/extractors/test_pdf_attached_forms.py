"""Fillable and filled PDFs as Thai agencies publish them and citizens fill them (issue 8,
the fifth held-out set): each test reproduces one shape that set found read wrong or not
at all, on a PDF made here with fpdf2 (shaped Thai in a Thai face) and pikepdf (fields,
annotations), and failed before its fix.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, String

from extractors.base import FieldCandidate
from extractors.extract import matcher_for
from extractors.pdf_form import PdfFormExtractor
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
THAI_FACE = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
pytestmark = pytest.mark.skipif(not THAI_FACE.exists(), reason="needs the TLWG Thai faces")


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


def with_fields(base: bytes, fields: Iterable[tuple[str, str, float, float]]) -> bytes:
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
            Rect=Array([pt(x), bottom, pt(x) + 300, bottom + pt(7)]), P=first.obj,
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


def with_title_boxes(base: bytes, chosen: int, export: str, x: float, y: float) -> bytes:
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
            Rect=Array([pt(x + 22 * k), bottom, pt(x + 22 * k) + 14, bottom + 14]),
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
