"""Word forms as Thai citizens fill them (issue 8, the fifth held-out set): each test
reproduces one shape that set found read wrong or not at all, and failed before its fix."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from extractors.base import FieldCandidate
from extractors.docx_form import DocxFormExtractor
from extractors.extract import matcher_for
from extractors.names import join_name_parts
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
# The labels extract_case reads with: the templates' and the name parts' (คำนำหน้า ...).
LABELS = matcher_for(load_templates(ROOT / "config" / "forms"))


def docx_of(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read(data: bytes) -> dict[str, FieldCandidate]:
    result = DocxFormExtractor().extract(data, part="2", labels=LABELS)
    return {c.key: c for c in result.candidates}


def test_the_applicants_box_in_the_page_header_is_read_and_flagged() -> None:
    """An agency template keeps the applicant's box in the page header so it repeats on
    every page; the body holds only the request. Read, but a clerk looks (a header is
    also where a letterhead's own phone and address are)."""

    def build(d: Any) -> None:
        t = d.sections[0].header.add_table(rows=2, cols=2, width=d.sections[0].page_width)
        for r, (label, value) in enumerate([("ชื่อ-สกุล", "นายสมชาย ใจดี"), ("โทรศัพท์", "0816639027")]):
            t.cell(r, 0).text, t.cell(r, 1).text = label, value
        d.add_paragraph("ข้าพเจ้ามีความประสงค์ขอรับรองสำเนาเอกสาร")

    found = read(docx_of(build))
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["phone"].value == "0816639027"
    assert all(c.confidence < 0.8 for c in found.values())


def test_the_body_wins_over_a_letterhead_in_the_header_or_footer() -> None:
    def build(d: Any) -> None:
        d.sections[0].header.paragraphs[0].text = "องค์การบริหารส่วนตำบลตัวอย่าง โทรศัพท์ 045-123456"
        d.sections[0].footer.paragraphs[0].text = "อีเมล: saraban@example.go.th"
        d.add_paragraph("โทรศัพท์: 0816639027")
        d.add_paragraph("อีเมล: somchai@example.com")

    found = read(docx_of(build))
    assert found["phone"].value == "0816639027"
    assert found["email"].value == "somchai@example.com"


def test_pairs_lined_up_with_tab_stops_stay_apart() -> None:
    """Label TAB value TAB label TAB value, as Word users line a form up with tab stops:
    the tabs part the pairs (they were collapsed to single spaces with the text)."""

    def build(d: Any) -> None:
        para = d.add_paragraph()
        for piece in ("ชื่อ-สกุล", "\t", "นางประภาพร ศรีวิเศษ", "\t", "โทร", "\t", "0816639027"):
            para.add_run(piece)

    found = read(docx_of(build))
    assert found["full_name"].value == "นางประภาพร ศรีวิเศษ"
    assert found["phone"].value == "0816639027"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _control_box(checked: bool, glyph: str) -> str:
    """Word's checkbox content control: its box a w:sym glyph, no w:t of its own."""
    return (
        f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/></w14:checkbox>'
        f'</w:sdtPr><w:sdtContent><w:r><w:sym w:font="MS Gothic" w:char="{glyph}"/></w:r>'
        "</w:sdtContent></w:sdt>"
    )


def _legacy_box(checked: bool) -> str:
    """A legacy FORMCHECKBOX: its state only in the field's w:ffData."""
    state = "<w:checked/>" if checked else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
        f'<w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


@pytest.mark.parametrize(
    "box",
    [
        lambda on: _control_box(on, "2612" if on else "2610"),
        lambda on: _control_box(on, "F0FE" if on else "F0A8"),  # Wingdings glyphs
        _legacy_box,
    ],
)
def test_a_title_ticked_in_a_word_checkbox_is_the_title(box: Callable[[bool], str]) -> None:
    """The tick of Word's checkbox controls is no text: the box stands in the paragraph's
    text as ☒ or ☐, so the title ticked among the printed ones is read."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        inner = _run("คำนำหน้าชื่อ ") + "".join(
            box(t == "นาง") + _run(f" {t}  ") for t in ("นาย", "นาง", "นางสาว")
        )
        d.element.body.insert(0, parse_xml(f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{inner}</w:p>'))
        d.add_paragraph("ชื่อ: สมศรี")
        d.add_paragraph("นามสกุล: ใจดี")

    result = DocxFormExtractor().extract(docx_of(build), part="2", labels=LABELS)
    joined = join_name_parts(result.candidates)
    assert [c.value for c in joined if c.key == "full_name"] == ["นาง สมศรี ใจดี"]


def _wingdings(on: bool) -> str:
    fonts = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
    return f"<w:r>{fonts}<w:t>{'þ' if on else '¨'}</w:t></w:r>"


def _wingdings_2(on: bool) -> str:
    return f'<w:r><w:sym w:font="Wingdings 2" w:char="{"F052" if on else "F0A3"}"/></w:r>'


def _wingdings_2_run(on: bool) -> str:
    fonts = '<w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr>'
    return f"<w:r>{fonts}<w:t>{'T' if on else '£'}</w:t></w:r>"


@pytest.mark.parametrize(
    "box",
    [
        _wingdings,
        lambda on: _control_box(on, "F0FE" if on else "F0A8"),
        _wingdings_2,  # unseen9: Wingdings 2's R ☑ and £ ☐, as Insert > Symbol offers them
        _wingdings_2_run,
    ],
)
def test_title_boxes_before_the_name_with_no_label_of_their_own(
    box: Callable[[bool], str],
) -> None:
    """unseen9: '☐ นาย ☒ นาง ☐ นางสาว ชื่อ สมศรี นามสกุล ใจดี', the boxes typed as þ/¨ in a
    Wingdings run or Word's symbols, no label before them: the ticked title is the
    name's."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        titles = "".join(box(t == "นาง") + _run(f" {t}   ") for t in ("นาย", "นาง", "นางสาว"))
        inner = titles + _run("ชื่อ สมศรี   นามสกุล ใจดี")
        d.element.body.insert(0, parse_xml(f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{inner}</w:p>'))

    result = DocxFormExtractor().extract(docx_of(build), part="2", labels=LABELS)
    joined = join_name_parts(result.candidates)
    assert [c.value for c in joined if c.key == "full_name"] == ["นาง สมศรี ใจดี"]


def test_a_label_cell_merged_down_over_rows_holds_one_value() -> None:
    """'ที่อยู่' merged down over three rows whose value cells hold the address line by
    line, the last row also holding the postal code's label and value: one address,
    not three, and the pair in the last row read as its own."""

    def build(d: Any) -> None:
        t = d.add_table(rows=3, cols=4)
        t.cell(0, 0).text = "ที่อยู่"
        t.cell(0, 1).text = "เลขที่ 45 หมู่ที่ 3"
        t.cell(1, 1).text = "ตำบลในเมือง อำเภอเมืองยโสธร"
        t.cell(2, 1).text = "จังหวัด ยโสธร"
        t.cell(2, 2).text = "รหัสไปรษณีย์"
        t.cell(2, 3).text = "35000"
        t.cell(0, 1).merge(t.cell(0, 3))
        t.cell(1, 1).merge(t.cell(1, 3))
        t.cell(0, 0).merge(t.cell(2, 0))

    result = DocxFormExtractor().extract(docx_of(build), part="2", labels=LABELS)
    addresses = [" ".join(c.value.split()) for c in result.candidates if c.key == "address"]
    assert addresses == ["เลขที่ 45 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองยโสธร"]
    assert {c.key: c.value for c in result.candidates}["postal_code"] == "35000"


def test_a_content_control_still_showing_its_placeholder_holds_no_answer() -> None:
    """A Word template's content control left unfilled shows its placeholder text
    ('คลิกหรือแตะที่นี่เพื่อใส่ข้อความ', w:showingPlcHdr): that is the template's
    prompt, not the applicant's address."""
    from docx.oxml import parse_xml

    def control(text: str, empty: bool) -> str:
        shown = "<w:showingPlcHdr/>" if empty else ""
        return f"<w:sdt><w:sdtPr>{shown}</w:sdtPr><w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>"

    def build(d: Any) -> None:
        for label, text, empty in (
            ("ที่อยู่: ", "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ", True),
            ("โทรศัพท์: ", "0816639027", False),
        ):
            inner = _run(label) + control(text, empty)
            d.element.body.insert(
                len(d.element.body) - 1, parse_xml(f'<w:p xmlns:w="{W}">{inner}</w:p>')
            )

    found = read(docx_of(build))
    assert "address" not in found
    assert found["phone"].value == "0816639027"


def _table(d: Any, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def test_a_name_across_title_given_and_family_cells_is_one_name() -> None:
    """ชื่อ | นาง | สุนันทา | พึ่งบุญ: the name's three boxes of a table form, not the pairs
    'ชื่อ: นาง' and 'สุนันทา: พึ่งบุญ'."""
    found = read(docx_of(lambda d: _table(d, [["ชื่อ", "นาง", "สุนันทา", "พึ่งบุญ"]])))
    assert " ".join(found["full_name"].value.split()) == "นาง สุนันทา พึ่งบุญ"


def test_a_row_of_labels_over_a_row_of_values_is_read_by_column() -> None:
    rows = [["คำนำหน้า", "ชื่อ", "นามสกุล"], ["นาง", "ประภาพร", "ศรีวิเศษ"]]
    result = DocxFormExtractor().extract(
        docx_of(lambda d: _table(d, rows)), part="2", labels=LABELS
    )
    joined = join_name_parts(result.candidates)
    assert [c.value for c in joined if c.key == "full_name"] == ["นาง ประภาพร ศรีวิเศษ"]


def test_two_captions_over_two_answers_are_read_by_column() -> None:
    """unseen9: a two-column table, its header row 'โทรศัพท์มือถือ | อีเมล' and the
    citizen's row beneath; a label | value table of two columns still pairs by row."""
    rows = [["โทรศัพท์มือถือ", "อีเมล"], ["0814427763", "kanjana.rr@outlook.com"]]
    found = read(docx_of(lambda d: _table(d, rows)))
    assert found["phone"].value == "0814427763"
    assert found["email"].value == "kanjana.rr@outlook.com"
    rows = [["โทรศัพท์มือถือ", "0814427763"], ["อีเมล", "kanjana.rr@outlook.com"]]
    found = read(docx_of(lambda d: _table(d, rows)))
    assert found["phone"].value == "0814427763"
    assert found["email"].value == "kanjana.rr@outlook.com"
    # one answer left empty, or its caption one no field takes (โทรสาร)
    for rows in ([["รหัสไปรษณีย์", "โทรศัพท์บ้าน"], ["33000", ""]],
                 [["รหัสไปรษณีย์", "โทรสาร"], ["33000", "-"]]):  # fmt: skip
        found = read(docx_of(lambda d, rows=rows: _table(d, rows)))
        assert found["postal_code"].value == "33000"
        assert "phone" not in found


def test_label_value_label_value_rows_still_pair() -> None:
    rows = [["คำนำหน้า", "นาง", "ชื่อ", "สมศรี"], ["โทรศัพท์", "0816639027", "อีเมล", "a@b.co"]]
    found = read(docx_of(lambda d: _table(d, rows)))
    assert found["phone"].value == "0816639027"
    assert found["email"].value == "a@b.co"
    assert found["name_title"].value == "นาง"


def test_a_signers_phone_under_the_closing_does_not_hide_the_bodys() -> None:
    """A company's letter for its worker (set 54): her mobile in the body's sentence, the
    HR manager's "โทร ..." under his signature. The signature's labelled line stopped the
    sentences' phone being read at all, and was taken for hers, unflagged."""

    def build(d: Any) -> None:
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์ออกหนังสือรับรองที่อยู่ให้พนักงาน")
        d.add_paragraph(
            "\tด้วย นายธนกร วงศ์ใหญ่ เป็นพนักงานของบริษัทฯ ตั้งแต่ปี 2561 ภูมิลำเนาตามทะเบียนบ้าน "
            "8 หมู่ 2 ต.นาโพธิ์ อ.นาโพธิ์ จ.บุรีรัมย์ 31230 ปัจจุบันพักอาศัยอยู่ที่ 45/2 หมู่ 3 "
            "ต.ห้วยโป่ง อ.เมืองระยอง จ.ระยอง 21150 โทรศัพท์ 089-4410273 มีความจำเป็นต้องใช้หนังสือ"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph("ขอแสดงความนับถือ\n\n(นางวรรณา สุขสม)\nผู้จัดการฝ่ายบุคคล\nโทร 086-552-1904")

    result = DocxFormExtractor().extract(docx_of(build), part="2", labels=LABELS)
    phones = sorted((c for c in result.candidates if c.key == "phone"), key=lambda c: -c.confidence)
    assert phones and phones[0].value == "089-4410273"
    signers = [c for c in phones if c.value == "086-552-1904"]
    assert all(c.confidence < phones[0].confidence for c in signers)
