"""Unit tests for the shapes blind set 25 found the readers missing (issue 8): each names
the way people write that it covers, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from support.emails import typed_email

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3450700319680"


def read_case(text: str, *files: tuple[str, bytes, str]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def read(text: str, *files: tuple[str, bytes, str]) -> dict[str, str | None]:
    return read_case(text, *files).fields


def test_an_address_stops_at_a_line_that_is_a_date_alone() -> None:
    """An ID card's text copied by a phone (Google Lens): the address's second line, then
    the card's issue date alone on its line and its label under it. An address holds no
    date: the date and what follows are no part of it."""
    text = (
        "ชื่อ นางวิภา ทองดี\n"
        "ที่อยู่ 12 หมู่ที่ 3 ต.หนองบัว\nอ.เมืองขอนแก่น จ.ขอนแก่น\n"
        "4 มี.ค. 2566\nวันออกบัตร\n4 Mar. 2023\nDate of Issue\n"
    )
    got = read(text)["address"]
    assert got is not None
    assert " ".join(got.split()) == "12 หมู่ที่ 3 ต.หนองบัว อ.เมืองขอนแก่น จ.ขอนแก่น"


def test_an_address_may_still_name_a_month_without_being_a_date() -> None:
    """The stop is a whole line that reads as a date, not a line with a number in it."""
    text = "ที่อยู่ 99/1 ซอยพหลโยธิน 7\nแขวงพญาไท เขตพญาไท กรุงเทพมหานคร 10400\nโทร 081-234-5679\n"
    got = read(text)["address"]
    assert got is not None and "แขวงพญาไท" in got


def test_a_text_attachment_of_any_text_type_is_read_as_text() -> None:
    """A Markdown note (text/markdown), a YAML file: text a person wrote, read as the
    plain text it is rather than left unread."""
    note = f"---\nชื่อ: นางวิภา ทองดี\nเลขประจำตัวประชาชน: {OWN_ID}\nโทร: 081-234-5679\n---\n"
    for mime in ("text/markdown", "text/x-yaml"):
        fields = read("ตามไฟล์แนบค่ะ\n", ("note.md", note.encode(), mime))
        assert fields["national_id"] == OWN_ID, mime
        assert fields["full_name"] == "นางวิภา ทองดี", mime


def test_a_chat_apps_bold_label_ends_where_its_stars_close() -> None:
    """WhatsApp's *bold* around a label and no colon: "*ชื่อ* นาง..."."""
    text = f"*ชื่อ* นางวิภา ทองดี\n*เลขบัตร* {OWN_ID}\n*ที่อยู่* 12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น\n"
    fields = read(text)
    assert fields["full_name"] == "นางวิภา ทองดี"
    assert fields["national_id"] == OWN_ID
    assert fields["address"] == "12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น"


def test_a_struck_value_before_the_new_one_is_taken_back() -> None:
    """~struck~ text (WhatsApp, Telegram, LINE's markdown) before another value on the
    line: the writer's correction, the old phone or a misspelt name."""
    text = "*เบอร์โทร* ~081-111-2222~ 089-765-4321\nชื่อ ~นางวิภา ทองดิ~ นางวิภา ทองดี\n"
    fields = read(text)
    assert fields["phone"] == "+66897654321"
    assert fields["full_name"] == "นางวิภา ทองดี"


def test_tildes_that_strike_nothing_are_left_alone() -> None:
    """A tilde for "about" or a range is no strike."""
    text = "ชื่อ นางวิภา ทองดี\nรายละเอียด ขอรื้อถอนรั้วยาว ~20 เมตร ช่วง 8~10 โมง\n"
    assert "~20 เมตร" in (read(text)["details"] or "")


def test_a_delivery_address_label_is_an_address() -> None:
    """ "ที่อยู่จัดส่ง": the address to send the paper to, as shops' and agencies' forms
    name it."""
    text = (
        "ผู้ยื่นคำร้อง นางวิภา ทองดี\nที่อยู่จัดส่ง 12/3 ซ.รามอินทรา 5 แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร 10220\n"
    )
    got = read(text)["address"]
    assert got is not None and got.startswith("12/3 ซ.รามอินทรา 5")


def test_a_yaml_block_value_is_the_lines_under_its_key() -> None:
    """A note's YAML front matter: "ที่อยู่: >-" and the address indented under it. The
    indicator is no part of the value."""
    note = (
        '---\nชื่อ: "นางวิภา ทองดี"\nที่อยู่: >-\n  12 หมู่ที่ 3 ตำบลหนองบัว\n'
        "  อำเภอเมืองขอนแก่น\nโทร: 081-234-5679\n---\n"
    )
    fields = read("ตามไฟล์แนบ\n", ("note.md", note.encode(), "text/markdown"))
    assert fields["address"] == "12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น"
    assert fields["phone"] == "+66812345679"


def xlsx_of(rows: list[list[object]], merges: tuple[str, ...] = ()) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for span in merges:
        sheet.merge_cells(span)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_a_sheets_choice_columns_under_a_caption_give_the_ticked_one() -> None:
    """A caption merged over option columns (คำนำหน้า over นาย / นาง / นางสาว, the other
    captions merged down over both header rows), the answer a tick under one option."""
    for tick in ("✓", "/", "x"):
        rows: list[list[object]] = [
            ["คำนำหน้า", None, None, "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"],
            ["นาย", "นาง", "นางสาว"],
            [None, tick, None, "วิภา", "ทองดี", OWN_ID, "081-234-5679"],
        ]
        data = xlsx_of(rows, ("A1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2"))
        fields = read("ตามไฟล์แนบ\n", ("form.xlsx", data, XLSX))
        assert fields["full_name"] == "นางวิภา ทองดี", tick
        assert fields["national_id"] == OWN_ID, tick
        assert fields["phone"] == "+66812345679", tick


def test_a_sub_caption_row_under_merged_groups_heads_its_columns() -> None:
    """Captions in two bands: a group caption over its columns' own captions, beside
    captions merged down over both rows; each answer under its own caption."""
    rows: list[list[object]] = [
        ["ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "ที่อยู่", None, None, "โทรศัพท์"],
        [None, None, "บ้านเลขที่", "ตำบล", "อำเภอ"],
        ["นางวิภา ทองดี", OWN_ID, "12", "หนองบัว", "เมืองขอนแก่น", "081-234-5679"],
    ]
    data = xlsx_of(rows, ("A1:A2", "B1:B2", "C1:E1", "F1:F2"))
    fields = read("ตามไฟล์แนบ\n", ("form.xlsx", data, XLSX))
    assert fields["full_name"] == "นางวิภา ทองดี"
    assert fields["phone"] == "+66812345679"
    assert fields["address"] is not None and "หนองบัว" in fields["address"]


def test_a_csv_written_from_float_columns_gives_whole_numbers_and_days() -> None:
    """A CSV a program wrote from a sheet read with its default types (pandas): whole
    numbers as "815502918.0", dates as midnight timestamps. Each is the number or the
    day the sheet held; the phone's lost 0 is put back as for a sheet's number cell."""
    data = (
        "national_id,full_name,birth_date,phone\n"
        f"{OWN_ID}.0,นางวิภา ทองดี,1985-01-12 00:00:00,812345679.0\n"
    ).encode()
    fields = read("ตามไฟล์แนบ\n", ("export.csv", data, "text/csv"))
    assert fields["birth_date"] == "1985-01-12"
    assert fields["phone"] == "+66812345679"
    assert fields["national_id"] == OWN_ID


def test_a_csv_time_of_day_keeps_a_date_from_being_read_as_a_birth_day() -> None:
    """A timestamp with a real time ("2026-12-06 10:14:03", when a form was sent) is no
    day alone: only midnight is the sheet's date with its time left on."""
    data = "submitted,full_name\n2026-12-06 10:14:03,นางวิภา ทองดี\n".encode()
    fields = read("ตามไฟล์แนบ\n", ("export.csv", data, "text/csv"))
    assert fields["birth_date"] is None


def test_a_row_of_pairs_two_spaces_apart_is_split_when_labels_and_values_alternate() -> None:
    """A web form's filled blanks copied as HTML: each value in a padded, underlined span,
    two pairs to a paragraph; the padding comes out as two spaces everywhere, between a
    label and its value as between the pairs. Label, value, label, value: two pairs."""
    html = (
        "<p>วันเดือนปีเกิด<u>&nbsp;&nbsp;&nbsp;4 มีนาคม 2528&nbsp;&nbsp;&nbsp;</u>&nbsp;&nbsp;"
        "โทรศัพท์<u>&nbsp;&nbsp;&nbsp;081-234-5679&nbsp;&nbsp;&nbsp;</u></p>"
        "<p>จังหวัด<u>&nbsp;&nbsp;ขอนแก่น&nbsp;&nbsp;</u>&nbsp;&nbsp;"
        "รหัสไปรษณีย์<u>&nbsp;&nbsp;40000&nbsp;&nbsp;</u></p>"
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(html, subtype="html")
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert fields["birth_date"] == "1985-03-04"
    assert fields["phone"] == "+66812345679"
    assert fields["province"] == "ขอนแก่น"
    assert fields["postal_code"] == "40000"


def test_two_spaces_inside_a_value_do_not_split_it() -> None:
    """Two spaces inside an address ("12  หมู่ 3") are no pair gap: no label follows."""
    text = "ที่อยู่  12  หมู่ที่ 3  ตำบลหนองบัว  อำเภอเมืองขอนแก่น\n"
    got = read(text)["address"]
    assert got is not None and "ตำบลหนองบัว" in got and "อำเภอเมืองขอนแก่น" in got


def test_the_other_title_ticked_and_specified_is_the_title() -> None:
    """ "☒ อื่น ๆ (ระบุ) ร.ต.อ." after the printed civil titles: a rank or an academic title
    is written in the form's "other" option, and that is the title."""
    for options in (
        "☐ นาย ☐ นาง ☐ นางสาว ☒ อื่น ๆ (ระบุ) ร.ต.อ.",
        "( ) นาย ( ) นาง ( ) นางสาว (/) อื่นๆ ระบุ ร.ต.อ.",
    ):
        text = f"คำนำหน้าชื่อ: {options}\nชื่อ: วิภา\nนามสกุล: ทองดี\nเลขประจำตัวประชาชน: {OWN_ID}\n"
        case = read_case(text)
        assert case.fields["full_name"] in ("ร.ต.อ.วิภา ทองดี", "ร.ต.อ. วิภา ทองดี"), options
        assert not case.issues.get("full_name"), options


def test_an_other_option_left_unticked_gives_no_title() -> None:
    """The "other" option printed but not ticked, and no civil title ticked: no title, a
    clerk asked to look (as before)."""
    text = "คำนำหน้าชื่อ: ☐ นาย ☐ นาง ☐ นางสาว ☐ อื่น ๆ (ระบุ).........\nชื่อ: วิภา\nนามสกุล: ทองดี\n"
    case = read_case(text)
    assert case.fields["full_name"] == "วิภา ทองดี"
    assert case.issues.get("full_name")


def test_address_boxes_one_space_from_their_answers_are_one_address() -> None:
    """A Word form printed to PDF: "บ้านเลขที่ 45/2 หมู่ที่ 3 ซอย - ถนน -" and under it
    "ตำบล/แขวง หนองบัว อำเภอ/เขต เมืองขอนแก่น", one space between each caption and its
    answer (the blanks' lines gone)."""
    from extractors.address_rows import address_box_rows

    lines = [
        (1, "ชื่อ นางวิภา นามสกุล ทองดี"),
        (2, "บ้านเลขที่ 45/2 หมู่ที่ 3 ซอย - ถนน -"),
        (3, "ตำบล/แขวง หนองบัว อำเภอ/เขต เมืองขอนแก่น"),
        (4, "จังหวัด ขอนแก่น รหัสไปรษณีย์ 40000"),
    ]
    out = address_box_rows(lines)
    assert out[1][0] == 2 and out[1][1].startswith("ที่อยู่: 45/2 หมู่ที่ 3 ")
    assert out[0] == lines[0] and out[2] == lines[3]
    fields = read("\n".join(line for _, line in lines) + "\n")
    assert fields["address"] == "45/2 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น"
    assert fields["province"] == "ขอนแก่น"


def test_a_sentence_with_address_words_is_no_row_of_boxes() -> None:
    """Fewer than three captions, or text before the house number's caption: left as
    written for the other readers."""
    from extractors.address_rows import address_box_rows

    lines = [
        (1, "บ้านเลขที่ 12 หมู่ 3 ตำบลบางพลี อำเภอบางพลี"),
        (2, "ขอแจ้งว่าบ้านเลขที่ 12 หมู่ที่ 3 ซอย 5 ถนนหน้าวัด มีน้ำท่วม"),
    ]
    assert address_box_rows(lines) == lines


def test_an_emoji_sent_as_a_picture_is_read_as_the_emoji() -> None:
    """Gmail sends each emoji as <img alt="🎂">: the emoji the sender typed before each
    value, standing for its label."""
    img = '<img data-emoji="{0}" class="an1" alt="{0}" src="https://fonts.gstatic.com/e/{0}.png">'
    html = (
        f"<div>{img.format('👤')}&nbsp;นางวิภา ทองดี</div>"
        f"<div>{img.format('🎂')}&nbsp;4 มีนาคม 2528</div>"
        f"<div>{img.format('📞')}&nbsp;081-234-5679</div>"
        '<div>ขอบคุณค่ะ <img alt="logo" src="x.png"></div>'
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(html, subtype="html")
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert fields["birth_date"] == "1985-03-04"
    assert fields["full_name"] == "นางวิภา ทองดี"
    assert "logo" not in (fields["details"] or "")


def test_machine_written_text_parts_are_not_read_as_a_persons_form() -> None:
    """A returned mail's headers (text/rfc822-headers) and a calendar invitation are text
    no person typed: "From: ..." and "To: ..." there are no applicant's."""
    headers = "From: Somchai <somchai@example.com>\nTo: x@example.go.th\nSubject: test\n"
    for mime in ("text/rfc822-headers", "text/calendar"):
        case = read_case("ตามแนบ\n", ("part.txt", headers.encode(), mime))
        assert typed_email(case) is None, mime
        assert any(d.code == "unsupported_content_type" for d in case.defects), mime


def test_address_boxes_stop_at_the_province_and_leave_tabbed_rows_alone() -> None:
    """The province and postal code on the boxes' line are read on a line of their own;
    a Word table's copy (tabs between the cells) is the pair reader's."""
    from extractors.address_rows import address_box_rows

    lines = [(1, "บ้านเลขที่ 9 หมู่ที่ 2 ตำบล/แขวง ดู่ อำเภอ/เขต ราษีไศล จังหวัด ศรีสะเกษ")]
    out = address_box_rows(lines)
    assert out[0][1].startswith("ที่อยู่: 9 หมู่ที่ 2 ") and "ศรีสะเกษ" not in out[0][1]
    assert out[1] == (1, "จังหวัด ศรีสะเกษ")
    tabbed = [(1, "บ้านเลขที่\t128\tหมู่ที่\t5\tตำบล\tบ้านกลาง\tอำเภอ\tเมืองลำพูน\tจังหวัด\tลำพูน")]
    assert address_box_rows(tabbed) == tabbed
