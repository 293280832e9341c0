"""The rules set 14 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_14.py); these say what
each rule does and does not do."""

from __future__ import annotations

from typed_mail import read

from extractors.address_tail import address_tail
from extractors.charsets import decode_bytes
from extractors.html_text import html_to_text
from extractors.mail_text import split_mail
from extractors.mime import parse_message
from extractors.prose import find_entities

ID = "1101700203450"  # valid check digit
OTHER_ID = "3100600123450"  # valid check digit too


def is_label(line: str) -> bool:
    return ":" in line


# --- whose words: a form typed above a forward -----------------------------------------


def test_a_form_typed_above_a_forward_is_the_senders_own() -> None:
    text = (
        "ชื่อ: ก\nเลข: 1\nโทร: 2\n\n---------- Forwarded message ---------\n"
        "From: x <x@example.com>\n\nชื่อ: ข\nเลข: 3\nโทร: 4\n"
    )
    mail = split_mail(text, is_label)
    assert not mail.forwarded
    assert [line for _, line in mail.own if line] == ["ชื่อ: ก", "เลข: 1", "โทร: 2"]


def test_a_note_above_a_forward_still_gives_way_to_it() -> None:
    text = (
        "ส่งต่อให้ครับ\nโทร: 2\n\n---------- Forwarded message ---------\n"
        "From: x <x@example.com>\n\nชื่อ: ข\nเลข: 3\n"
    )
    mail = split_mail(text, is_label)
    assert mail.forwarded
    assert [line for _, line in mail.own if line] == ["ชื่อ: ข", "เลข: 3"]


def test_a_friends_request_forwarded_below_ones_own_gives_none_of_its_values() -> None:
    case = read(
        f"ชื่อ-สกุล: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: {ID}\nโทร: 0812345670\n\n"
        "---------- Forwarded message ---------\nFrom: ข <b@example.com>\nSubject: คำร้อง\n\n"
        f"ชื่อ-สกุล: นางสาวสมหญิง รักดี\nเลขประจำตัวประชาชน: {OTHER_ID}\nโทร: 0899999999\n"
    )
    assert case.fields["full_name"] == "นายสมชาย ใจดี"
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66812345670"


# --- HTML: what is styled out of sight ---------------------------------------------------


def test_spans_styled_out_of_sight_are_not_read() -> None:
    html = (
        "<p>ชื่อ: <span style='mso-hide:all;display:none'>ตัวอย่าง นายก ข</span>นายค ง</p>"
        '<p>โทร: <span style="DISPLAY: none">0800000000</span>0812345670</p>'
        '<p>อีเมล: <span style="visibility:hidden">x@y.z</span>a@b.co</p>'
    )
    assert html_to_text(html).splitlines() == ["ชื่อ: นายค ง", "โทร: 0812345670", "อีเมล: a@b.co"]


def test_a_hidden_element_ends_at_its_own_end_tag_however_nested() -> None:
    html = (
        '<div style="display:none"><div>ซ่อน</div><span>ซ่อน</span></div>'
        '<div>เห็น<br style="display:none">ด้วย</div>'
    )
    assert html_to_text(html).splitlines() == ["เห็น", "ด้วย"]


def test_text_too_small_to_read_is_not_read() -> None:
    # a template's example at 1px in white, as newsletters hide a preheader (set 14)
    html = (
        "<p>ชื่อ: <span style='color:#ffffff;font-size:1px'>ตัวอย่าง นายก ข</span>นายค ง</p>"
        "<p>โทร: <span style='font-size: 0.5pt'>0800000000</span>0812345670</p>"
        "<p>อีเมล: <span style='font-size:10px'>a@b.co</span></p>"
    )
    assert html_to_text(html).splitlines() == ["ชื่อ: นายค ง", "โทร: 0812345670", "อีเมล: a@b.co"]


def test_a_style_that_merely_mentions_none_hides_nothing() -> None:
    html = '<p style="border:none;text-decoration:none">ชื่อ: นายค ง</p>'
    assert html_to_text(html) == "ชื่อ: นายค ง"


# --- text layout ---------------------------------------------------------------------------


def test_a_typed_rule_under_a_label_is_no_value() -> None:
    case = read(
        f"ชื่อ-นามสกุล\n================\nนายสมชาย ใจดี\n\nเลขประจำตัวประชาชน\n------\n{ID}\n\n"
        "ที่อยู่\n****\n12 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
    )
    assert case.fields["full_name"] == "นายสมชาย ใจดี"
    assert case.fields["national_id"] == ID
    assert case.fields["address"].startswith("12 หมู่ 3")


def test_a_rule_after_a_blank_line_parts_sections_and_no_label_reaches_past_it() -> None:
    case = read(
        "ข้าพเจ้า นายสมชาย ใจดี ขออนุญาตตั้งแผงลอย\n\n(นายสมชาย ใจดี)\nผู้ยื่นคำร้อง\n\n"
        "==========\nส่งโดย ร้านเจริญการพิมพ์ ถ่ายเอกสาร\n"
    )
    assert case.fields["full_name"] == "นายสมชาย ใจดี"


def test_square_bracket_blanks_filled_in_or_left_before_the_value() -> None:
    case = read(
        "ชื่อ-นามสกุล: [นายสมชาย ใจดี]\n"
        "วันเดือนปีเกิด: [วว/ดด/ปปปป] 12/03/2531\n"
        "ที่อยู่: [12 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น]\n"
    )
    assert case.fields["full_name"] == "นายสมชาย ใจดี"
    assert case.fields["birth_date"] == "1988-03-12"
    assert case.fields["address"] == "12 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น"


def test_a_header_row_over_a_value_row_lined_up_with_spaces() -> None:
    case = read(
        "ข้อมูลครับ\n\n"
        "ชื่อ-สกุล            เลขบัตรประชาชน    วันเกิด       เบอร์โทร\n"
        f"นายสมชาย ใจดี      {ID}     12/03/2531    081-234-5670\n"
    )
    assert case.fields["full_name"] == "นายสมชาย ใจดี"
    assert case.fields["national_id"] == ID
    assert case.fields["birth_date"] == "1988-03-12"
    assert case.fields["phone"] == "+66812345670"


def test_two_cells_apart_are_a_label_and_its_value_not_a_table() -> None:
    case = read("ชื่อ-สกุล      เบอร์โทร\nนายสมชาย ใจดี\n")
    assert case.fields.get("phone") is None


# --- transport: quoted-printable padded by a relay, UTF-16 -------------------------------


def _raw(headers: str, body: bytes) -> bytes:
    head = "From: a <a@example.com>\r\nTo: b@example.go.th\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    return (head + headers + "\r\n\r\n").encode("ascii") + body


def test_quoted_printable_soft_breaks_padded_with_white_space() -> None:
    encoded = "ชื่อ".encode()  # 12 bytes, cut mid-letter by the soft break
    qp = "".join(f"={b:02X}" for b in encoded[:4]) + "= \r\n"
    qp += "".join(f"={b:02X}" for b in encoded[4:]) + "=\t\r\nabc \r\n"
    headers = (
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    )
    parsed = parse_message(_raw(headers, qp.encode("ascii")))
    assert parsed.text_parts[0].text == "ชื่อabc\r\n"


def test_quoted_printable_over_raw_utf8_bytes_keeps_them() -> None:
    headers = (
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    )
    parsed = parse_message(_raw(headers, "ค่า = 20 บาท\r\n".encode()))
    assert parsed.text_parts[0].text.startswith("ค่า = 20 บาท")


def test_utf16_without_a_byte_order_mark_is_not_taken_for_ascii() -> None:
    data = "ชื่อ: นายก ข".encode("utf-16-le")
    assert data.isascii()  # Thai in UTF-16LE is all low bytes: the trap
    assert decode_bytes(data, "utf-16le") == ("ชื่อ: นายก ข", "utf-16-le")
    assert decode_bytes("ชื่อ".encode("utf-16"), "utf-16")[0] == "ชื่อ"


# --- values: particles, decorated digits, the postal code before the province -----------


def test_a_polite_particle_after_a_name_is_no_part_of_it() -> None:
    for said in ("ค่ะ", "ครับ", "ครับผม", "นะคะ", "ค่ะ!"):
        case = read(f"ชื่อ นางสมศรี ใจดี {said}\nโทร 0812345670\n")
        assert case.fields["full_name"] == "นางสมศรี ใจดี", said


def test_a_family_name_that_begins_like_a_particle_is_kept() -> None:
    case = read("ชื่อ นายสมชาย ครับทอง\nโทร 0812345670\n")
    assert case.fields["full_name"] == "นายสมชาย ครับทอง"


def test_mathematical_and_keycap_digits_are_digits() -> None:
    bold = ID.translate(str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"))
    keycaps = "".join(f"{d}\ufe0f\u20e3" for d in "0812345670")
    case = read(f"ชื่อ: นายสมชาย ใจดี\nเลขบัตร: {bold}\nเบอร์: {keycaps}\n")
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66812345670"


def test_the_postal_code_before_its_province_is_read() -> None:
    assert address_tail("77, หมู่ 6, ต.หัวทะเล, อ.เมืองนครราชสีมา, 30000 นครราชสีมา") == (
        "นครราชสีมา",
        "30000",
    )
    assert address_tail("1/23 แขวงบางมด เขตทุ่งครุ, 10140 กรุงเทพฯ") == ("กรุงเทพฯ", "10140")
    # a code that is not the province's is no such tail
    assert address_tail("12 ม.3 ต.บ้านเป็ด อ.เมือง, 50290 ขอนแก่น") == ("ขอนแก่น", None)


# --- prose: an address in a numbered list of answers or among values parted by " / " ---


def test_an_address_in_a_numbered_answer_or_a_slash_list_is_found() -> None:
    listed = "1. นายสมชาย ใจดี\n2. 0812345670\n3. 55 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ\n"
    found = [v for k, v, _, _ in find_entities(listed) if k == "address"]
    assert found == ["55 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ"]
    line = "ข้อมูล: นายสมชาย ใจดี / 1 ธ.ค. 2542 / 0812345670 / 8 ม.4 ต.คลองหนึ่ง อ.คลองหลวง\n"
    found = [v for k, v, _, _ in find_entities(line) if k == "address"]
    assert found == ["8 ม.4 ต.คลองหนึ่ง อ.คลองหลวง"]


# --- a signature set out as a business card ----------------------------------------------


def test_a_business_card_signature_is_read_when_the_mail_holds_no_form() -> None:
    case = read(
        "เรียน เจ้าหน้าที่\n\nขอสำเนาสัญญาจ้างครับ ข้อมูลตามลายเซ็น\n\n-- \n"
        f"สมชาย ใจดี (นาย)\nID: {ID}\nM: 081.234.5670\nE: somchai@example.com\n"
        "A: 12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น จ.ขอนแก่น 40000\n"
    )
    assert case.fields["full_name"] == "นายสมชาย ใจดี"
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["email"] == "somchai@example.com"
    assert case.fields["postal_code"] == "40000"


def test_card_letters_outside_a_signature_are_no_labels() -> None:
    mail = split_mail("Q: มีค่าธรรมเนียมไหม\nA: 12 ม.3 ต.บ้านเป็ด อ.เมือง\n", is_label)
    assert [line for _, line in mail.own] == ["Q: มีค่าธรรมเนียมไหม", "A: 12 ม.3 ต.บ้านเป็ด อ.เมือง"]


def test_a_signature_under_a_typed_form_stays_the_signature() -> None:
    case = read(
        "ชื่อ-สกุล: นายสมชาย ใจดี\nโทร: 0812345670\nที่อยู่: 12 ม.3 ต.บ้านเป็ด อ.เมือง จ.ขอนแก่น\n"
        "\n-- \nบริษัท ตัวอย่าง จำกัด\nT: 02-123-4567\nA: 99 ถนนสีลม แขวงสีลม เขตบางรัก\n"
    )
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["address"].startswith("12 ม.3")


# --- the second batch's neighbours -------------------------------------------------------


def test_a_particle_glued_to_a_name_comes_off_but_a_name_ending_like_one_stays() -> None:
    assert read("ชื่อ นางสมศรี ใจดีค่ะ\nโทร 0812345670\n").fields["full_name"] == "นางสมศรี ใจดี"
    assert read("ชื่อ นายสมชาย ใจดีครับผม\n").fields["full_name"] == "นายสมชาย ใจดี"
    # คะ without its tone mark may end a family name: kept
    assert read("ชื่อ นายสมชาย ศรีคะ\n").fields["full_name"] == "นายสมชาย ศรีคะ"


def test_text_at_size_zero_or_transparent_is_not_read() -> None:
    html = (
        "<p>ชื่อ: <span style='font-size:0px;max-height:0'>ตัวอย่าง นายก ข</span>นายค ง</p>"
        "<p>โทร: <span style='opacity:0'>0800000000</span>0812345670"
        "<span style='font-size:0.5em'> (มือถือ)</span></p>"
    )
    assert html_to_text(html).splitlines() == ["ชื่อ: นายค ง", "โทร: 0812345670 (มือถือ)"]


def test_a_signature_with_icons_or_small_letters_for_labels() -> None:
    case = read(
        "ขอแบบฟอร์มค่ะ\n\n-- \nนางสมศรี ใจดี\n☎ 081-234-5670\n✉️ somsri@example.com\n"
        f"🏠 12 ม.3 ต.บ้านเป็ด อ.เมือง จ.ขอนแก่น 40000\nid: {ID}\n"
    )
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["email"] == "somsri@example.com"
    assert case.fields["national_id"] == ID
    # "P. Somchai" is an initial, not a label: two label lines are no form to take
    assert split_mail("-- \nP. Somchai\nT. 02-123-4567\nE: a@b.co\n", is_label).own == []


def test_an_address_among_values_parted_by_semicolons() -> None:
    line = f"นางสมศรี ใจดี; {ID}; 0812345670; 12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น\n"
    found = [v for k, v, _, _ in find_entities(line) if k == "address"]
    assert found == ["12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น"]


def test_a_spaced_header_row_whose_row_does_not_fit_gives_no_label_its_neighbour() -> None:
    case = read(
        "ข้อมูลผู้ร้อง\n\nชื่อ-สกุล         เลขบัตรประชาชน     อีเมล        เบอร์โทร\n"
        f"นางสมศรี ใจดี     {ID}                   081-234-5670\n"
    )
    assert case.fields.get("full_name") in (None, "นางสมศรี ใจดี")
    assert case.fields["national_id"] == ID


def test_quoted_printable_white_space_is_dropped_at_every_line_end_even_the_last() -> None:
    headers = "Content-Type: text/plain; charset=utf-8\r\n"
    headers += "Content-Transfer-Encoding: quoted-printable"
    parsed = parse_message(_raw(headers, b"abc=   \r\ndef \t\r\nghi" + b" " * 5000))
    assert parsed.text_parts[0].text == "abcdef\r\nghi"


def test_a_name_value_is_read_from_its_start_however_long_the_line() -> None:
    case = read("ชื่อ: นายสมชาย ใจดี" + " " * 3000 + "ครับ\nโทร 0812345670\n")
    assert case.fields["full_name"] == "นายสมชาย ใจดี"


def test_an_officers_contact_block_above_a_fuller_forwarded_form_gives_way_to_it() -> None:
    text = (
        "ส่งต่อคำร้องค่ะ\nชื่อ: ก\nโทร: 1\nอีเมล: m@x.go.th\n\n"
        "---------- Forwarded message ---------\nFrom: y <y@example.com>\nSubject: คำร้อง\n\n"
        "ชื่อ: ข\nเลข: 3\nวันเกิด: 4\nโทร: 5\nที่อยู่: 6\n"
    )
    mail = split_mail(text, is_label)
    assert mail.forwarded
    assert next(line for _, line in mail.own if line) == "ชื่อ: ข"
