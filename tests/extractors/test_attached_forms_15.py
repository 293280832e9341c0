"""The principles set 15 of the requests written by others (unseen_requests_15.py) showed
the readers of attached files were missing, each on a small file made here."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mail_with(*files: tuple[str, bytes, str]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบค่ะ\n")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- PDF: text a viewer does not draw -------------------------------------------------------

ROWS = (("ชื่อ - นามสกุล", "นางสาวมาลัย ทองคำ"), ("ที่อยู่", "12 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา"),
        ("โทรศัพท์มือถือ", "081-234-5670"))  # fmt: skip
SAMPLE = ("นายสมชาย ใจดี", "99 หมู่ที่ 1 ตำบลในเมือง อำเภอเมืองนครราชสีมา", "089-999-0000")


def form_with_hidden_sample(how: str, under_image: bool = False) -> bytes:
    """Labels and values, with a template's sample values just under each value drawn
    invisible (render mode 3), in white, or (how "") in black."""
    from fpdf import FPDF
    from fpdf.enums import TextMode
    from PIL import Image

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=14)
    pdf.set_text_shaping(True)
    if under_image:  # a scan the sample's text layer would lie over
        picture = io.BytesIO()
        Image.new("RGB", (400, 200), (250, 250, 245)).save(picture, "PNG")
        pdf.image(picture, x=60, y=40, w=140, h=50)
    with pdf.local_context():
        if how == "invisible":
            pdf.text_mode = TextMode.INVISIBLE
        elif how == "white":
            pdf.set_text_color(255, 255, 255)
        for k, value in enumerate(SAMPLE):
            pdf.text(65, 55 + 12 * k, value)
    for k, (label, value) in enumerate(ROWS):
        pdf.text(20, 50 + 12 * k, label)
        pdf.text(65, 50 + 12 * k, value)
    return bytes(pdf.output())


def test_a_sample_drawn_invisible_or_white_is_not_read() -> None:
    for how in ("invisible", "white"):
        case = mail_with(("form.pdf", form_with_hidden_sample(how), PDF))
        assert case.fields["address"] == ROWS[1][1], how
        assert case.fields["full_name"] == ROWS[0][1], how
        assert case.fields["phone"] in ("0812345670", "+66812345670"), how


def test_the_same_sample_drawn_in_black_is_read() -> None:
    """The test above can fail: seen, the sample's address joins the citizen's."""
    case = mail_with(("form.pdf", form_with_hidden_sample(""), PDF))
    assert case.fields.get("address") != ROWS[1][1]


def test_invisible_text_over_an_image_is_kept_as_its_text_layer() -> None:
    import pdfplumber

    from extractors.pdf_covered import uncovered_chars

    for image, count in ((False, 0), (True, 1)):
        data = form_with_hidden_sample("invisible", under_image=image)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = "".join(c["text"] for c in uncovered_chars(pdf.pages[0]))
        assert text.count("สมชาย") == count, image


# --- Word -------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_of(body_xml: str) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    holder = parse_xml(f'<w:body xmlns:w="{W}">{body_xml}</w:body>')
    body = document.element.body
    for child in list(holder):
        body.insert(len(body) - 1, child)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def p(text: str = "") -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' if text else "<w:p/>"


def tbl(rows: list[list[str]]) -> str:
    """A table; each cell's XML given whole (paragraphs, a nested table)."""
    cols = max(len(r) for r in rows)
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    body = "".join("<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def test_an_address_in_boxes_under_part_captions_is_written_with_the_captions() -> None:
    """The address cell holds a grid: บ้านเลขที่ | หมู่ที่ | ซอย | ถนน | ตำบล | อำเภอ over
    the answers, "-" where a part does not apply. Its answers alone ("9 12 - - แม่เหียะ
    เมืองเชียงใหม่") were the address, without a flag."""
    heads = ["บ้านเลขที่", "หมู่ที่", "ซอย", "ถนน", "ตำบล", "อำเภอ"]
    answers = ["9", "12", "-", "-", "แม่เหียะ", "เมืองเชียงใหม่"]
    grid = tbl([[p(h) for h in heads], [p(a) for a in answers]]) + p()
    rows = [[p("ชื่อ - นามสกุล"), p("นายวัชระ พิมพ์ทอง")], [p("ที่อยู่"), grid],
            [p("จังหวัด"), p("เชียงใหม่")]]  # fmt: skip
    case = mail_with(("form.docx", docx_of(tbl(rows)), DOCX))
    assert case.fields["address"] == "9 หมู่ที่ 12 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่"


def test_address_in_boxes_needs_every_caption_a_part_and_a_house_number() -> None:
    from extractors.address_parts import address_in_boxes

    assert address_in_boxes(["วันที่", "เดือน", "พ.ศ."], ["7", "ตุลาคม", "2537"]) is None
    assert address_in_boxes(["หมู่ที่", "ตำบล", "อำเภอ"], ["4", "โพธิ์", "เมือง"]) is None
    bangkok = address_in_boxes(
        ["เลขที่", "ซอย", "ถนน", "แขวง/ตำบล", "เขต/อำเภอ"],
        ["42/9", "เพชรเกษม 48", "เพชรเกษม", "บางหว้า", "ภาษีเจริญ"],
    )
    # either word is left for the province to choose (address_parts._as_written)
    assert bangkok == "42/9 ซอยเพชรเกษม 48 ถนนเพชรเกษม แขวง/ตำบล บางหว้า เขต/อำเภอ ภาษีเจริญ"


def test_cells_each_a_caption_over_its_answer_are_a_pair_each() -> None:
    """A Google Docs form: two cells a row, each a small caption paragraph and the
    typed answer as the next paragraph of the same cell."""
    rows = [
        [p("ชื่อ - นามสกุล") + p("นายวัชระ พิมพ์ทอง"), p("เลขประจำตัวประชาชน") + p("3510200677322")],
        [p("ที่อยู่") + p("9 หมู่ที่ 12 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่"), p("อีเมล") + p("w@example.com")],
        [p("จังหวัด") + p("เชียงใหม่"), p("รหัสไปรษณีย์") + p("50100")],
    ]  # fmt: skip
    case = mail_with(("form.docx", docx_of(tbl(rows)), DOCX))
    assert case.fields["full_name"] == "นายวัชระ พิมพ์ทอง"
    assert case.fields["national_id"] == "3510200677322"
    assert case.fields["email"] == "w@example.com"
    assert case.fields["postal_code"] == "50100"


LETTER = (
    "ข้าพเจ้า นางสาวชนิดา ภูมิสวัสดิ์ อายุ ๓๒ ปี เลขประจำตัวประชาชน ๑-๔๑๐๒-๐๐๓๙๕-๑๗-๘ "
    "เกิดวันที่ ๗ ตุลาคม ๒๕๓๗ อยู่บ้านเลขที่ ๒๓ หมู่ที่ ๖ ตำบลบ้านทุ่ม อำเภอเมืองขอนแก่น "
    "จังหวัดขอนแก่น ๔๐๐๐๐ โทรศัพท์มือถือ ๐๘๖-๑๓๕-๗๙๒๔ มีความประสงค์ขอรับถังขยะ ๒ ใบ"
)


def test_a_request_written_as_a_letter_in_word_is_read_as_prose_is() -> None:
    """One justified ข้าพเจ้า... paragraph: only the name was read (after ข้าพเจ้า); the
    ID, birth date, phone and address are read as from the same words in a mail body,
    flagged for a clerk."""
    case = mail_with(("letter.docx", docx_of(p("เรียน นายกเทศมนตรี") + p(LETTER)), DOCX))
    assert case.fields["national_id"] == "1410200395178"
    assert case.fields["birth_date"] == "1994-10-07"
    assert case.fields["phone"] in ("0861357924", "+66861357924")
    assert case.provenance["phone"].method == "prose"
    assert case.fields["province"] == "ขอนแก่น"


def test_a_labelled_value_beats_the_letters_prose() -> None:
    form = p("โทรศัพท์มือถือ: 0812345670") + p(LETTER)
    case = mail_with(("letter.docx", docx_of(form), DOCX))
    assert case.fields["phone"] in ("0812345670", "+66812345670")
    assert case.provenance["phone"].method != "prose"


# --- PDF form: a title box heading the name's boxes ------------------------------------


def name_row_form() -> bytes:
    """Fields named applicant.name.title / .first / .last on one row after the caption
    ชื่อ (the family name's caption beside its box), then the ID."""
    import pikepdf
    from fpdf import FPDF
    from pikepdf import Array, Dictionary, Name, String

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=13)
    for x, y, text in ((20, 50, "ชื่อ"), (100, 50, "สกุล"), (20, 62, "เลขประจำตัวประชาชน")):
        pdf.text(x, y, text)
    doc = pikepdf.open(io.BytesIO(bytes(pdf.output())))
    page = doc.pages[0]
    height = float(page.mediabox[3])
    mm = 72 / 25.4
    parent = doc.make_indirect(Dictionary(T=String("name"), Kids=Array()))
    annots = Array()
    for name, value, x, y, w, holder in (
        ("title", "นาง", 45, 50, 20, parent), ("first", "บุษบา", 70, 50, 25, parent),
        ("last", "ทองเนื้อดี", 110, 50, 60, parent), ("id", "3600700288413", 65, 62, 80, None),
    ):  # fmt: skip
        x1, y1 = x * mm, height - y * mm - 3
        kid = Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name),
                         V=String(value), F=4, P=page.obj, DA=String("/Helv 0 Tf 0 g"),
                         Rect=Array([x1, y1, x1 + w * mm, y1 + 7 * mm]))  # fmt: skip
        if holder is not None:
            kid.Parent = holder
        kid = doc.make_indirect(kid)
        if holder is not None:
            holder.Kids.append(kid)
        annots.append(kid)
    page.obj.Annots = doc.make_indirect(annots)
    doc.Root.AcroForm = doc.make_indirect(
        Dictionary(Fields=Array([parent, annots[3]]), NeedAppearances=True)
    )
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_title_box_heading_the_name_boxes_is_the_whole_name() -> None:
    """The run title | given | family was keyed as the title (the first box's name says
    "title"), and the case had no name."""
    case = mail_with(("form.pdf", name_row_form(), PDF))
    assert case.fields["full_name"] == "นางบุษบา ทองเนื้อดี"


# --- Images: dark mode -------------------------------------------------------------------


def test_a_dark_ground_is_inverted_before_reading_and_paper_is_not() -> None:
    from PIL import Image, ImageDraw

    from extractors.ocr import light_ground

    dark = Image.new("L", (200, 100), 30)
    ImageDraw.Draw(dark).text((10, 40), "0812345670", fill=230)
    assert light_ground(dark).getpixel((1, 1)) == 225
    paper = Image.new("L", (200, 100), 120)  # a page photographed in shadow
    ImageDraw.Draw(paper).text((10, 40), "0812345670", fill=10)
    assert light_ground(paper).getpixel((1, 1)) == 120
    table = Image.new("L", (200, 100), 25)  # a sheet on a dark table, 40% of the frame
    ImageDraw.Draw(table).rectangle((60, 0, 139, 99), fill=235)
    assert light_ground(table).getpixel((1, 1)) == 25
