"""Shapes of typed mail found by the sixth held-out set (issue 8), one test each.

Each reproduces a miss of unseen_requests_6.py in a few lines (invented people) and
failed before its fix.
"""

from __future__ import annotations

from typed_mail import read


def test_a_value_typed_in_quotation_marks_is_the_value_inside_them() -> None:
    for o, c in (("“", "”"), ('"', '"'), ("'", "'")):
        case = read(
            f"ชื่อ {o}นายก้องภพ ดีมาก{c}\nเลขบัตร {o}1101700203450{c}\n"
            f"อีเมล {o}kong@example.com{c}\nที่อยู่ {o}5 หมู่ 2 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000{c}\n"
        )
        assert case.fields["full_name"] == "นายก้องภพ ดีมาก"
        assert case.fields["email"] == "kong@example.com"
        assert (case.fields["address"] or "").startswith("5 หมู่ 2")


def test_html_line_breaks_written_into_a_plain_text_body_part_the_lines() -> None:
    for br in ("<br>", "<br />\n", "<BR>\r\n"):
        case = read(br.join(["ชื่อ-นามสกุล: นางมาลี สุขใจ", "วันเกิด: 5 มกราคม 2530",
                             "ที่อยู่: 9 หมู่ 1 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000"]) + br)  # fmt: skip
        assert case.fields["full_name"] == "นางมาลี สุขใจ"
        assert case.fields["birth_date"] == "1987-01-05"
        assert case.fields["province"] == "ลำปาง"


def test_markup_escaped_twice_shows_as_text_and_is_read_as_markup() -> None:
    html = (
        "<html><body><p>&lt;b&gt;ชื่อ&lt;/b&gt;&amp;nbsp;นางมาลี สุขใจ&lt;br&gt;"
        "&lt;b&gt;วันเกิด&lt;/b&gt;&amp;nbsp;5 ม.ค. 2530&lt;br&gt;</p></body></html>"
    )
    case = read(html=html)
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["birth_date"] == "1987-01-05"


def test_a_form_mailers_json_is_read_as_its_keys_and_values() -> None:
    for ascii_only in (True, False):
        import json

        body = json.dumps(
            {"fullname": "นายก้องภพ ดีมาก", "birthdate": "1990-02-03", "tel": "0812345670",
             "address": "5 หมู่ 2 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000"},
            ensure_ascii=ascii_only, indent=2,
        )  # fmt: skip
        case = read(body)
        assert case.fields["full_name"] == "นายก้องภพ ดีมาก"
        assert case.fields["birth_date"] == "1990-02-03"
        assert case.fields["province"] == "ลำปาง"
        assert (case.fields["address"] or "").startswith("5 หมู่ 2")


def test_a_title_in_brackets_after_the_name_is_its_title() -> None:
    case = read("ชื่อ-นามสกุล: มาลี สุขใจ (นาง)\nเลขบัตร: 1101700203450\n")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"


def test_a_pre_block_keeps_its_lines_and_the_gaps_between_label_and_value() -> None:
    text = (
        "ชื่อ-นามสกุล        นางมาลี สุขใจ\n"
        "วันเกิด             5 มกราคม 2530\n"
        "โทรศัพท์            0812345670"
    )
    case = read(html=f"<html><body><p>เรียน เจ้าหน้าที่</p><pre>{text}\n</pre></body></html>")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["birth_date"] == "1987-01-05"
    assert not case.issues.get("birth_date")


def test_full_width_digits_letters_and_signs_are_read_as_ascii() -> None:
    def wide(s: str) -> str:
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c in "@.-") else c
                       for c in s)  # fmt: skip

    case = read(f"ชื่อ：นางมาลี สุขใจ\nเลขประจำตัวประชาชน：{wide('1101700203450')}\n"
                f"โทรศัพท์：{wide('081-234-5670')}\nอีเมล：{wide('malee.s@gmail.com')}\n")  # fmt: skip
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["email"] == "malee.s@gmail.com"
    assert case.raw_fields["national_id"] is not None
    assert "1101700203450" in (case.raw_fields["national_id"] or "")


def test_born_after_a_colon_or_inside_the_birth_date_label_in_a_line() -> None:
    case = read("ชื่อ : นางมาลี สุขใจ\nเกิด : 5 มกราคม 2530\n")
    assert case.fields["birth_date"] == "1987-01-05"
    case = read("ชื่อ นางมาลี สุขใจ เลขประจำตัว\nประชาชน 1101700203450 วันเดือนปีเกิด 5 มกราคม 2530\n")
    assert case.fields["birth_date"] == "1987-01-05"


def test_a_line_opening_with_a_titled_name_gives_the_name() -> None:
    case = read("ส่งข้อมูลครับ\nนางมาลี สุขใจ บัตร 1101700203450 เกิด 5 ม.ค. 2530\nโทร 0812345670\n")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"


def test_a_titled_name_after_khaphachao_beats_words_that_are_no_name() -> None:
    case = read(
        "ตามที่แจ้งให้ข้าพเจ้าส่งเอกสารเพิ่มเติม นั้น ข้าพเจ้า นางมาลี สุขใจ "
        "เลขประจำตัวประชาชน 1101700203450 ขอส่งเอกสาร\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"


def test_an_id_cut_by_a_line_wrap_after_a_dash_goes_on_on_the_next_line() -> None:
    case = read("ข้าพเจ้า นางมาลี สุขใจ เลขประจำตัวประชาชน 1-\n1017-00203-45-0 ขอรับเบี้ยยังชีพ\n")
    assert case.fields["national_id"] == "1101700203450"


def test_a_postal_code_after_pno_is_the_postal_code() -> None:
    case = read("ชื่อ นางมาลี สุขใจ\nที่อยู่ 9 ม.1 ต.นาดี อ.เมือง จ.ลำปาง รหัส ปณ.52000\n")
    assert case.fields["postal_code"] == "52000"


def test_a_quote_before_an_email_address_is_no_part_of_it() -> None:
    case = read("ชื่อ นางมาลี สุขใจ\nเมล 'malee.s@gmail.com'\n")
    assert case.fields["email"] == "malee.s@gmail.com"


def test_labels_typed_in_thai_words_spelt_in_latin_letters() -> None:
    case = read(
        "Chue-namsakul: นางมาลี สุขใจ\nWan koet: 5 ม.ค. 2530\n"
        "Thi yu: 9 หมู่ 1 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["birth_date"] == "1987-01-05"
    assert (case.fields["address"] or "").startswith("9 หมู่ 1")


def test_an_emoji_standing_for_its_field_is_its_label() -> None:
    case = read(
        "👤 นางมาลี สุขใจ\n🎂 5 ม.ค. 2530\n📱 081-234-5670\n"
        "🏠 9 หมู่ 1 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["birth_date"] == "1987-01-05"
    assert (case.fields["address"] or "").startswith("9 หมู่ 1")


def test_a_web_forms_own_field_names_label_its_dump() -> None:
    case = read(
        "Array\n(\n    [prefix] => นาง\n    [fname] => มาลี\n    [lname] => สุขใจ\n"
        "    [addr] => 9 หมู่ 1 ตำบลนาดี อำเภอเมือง\n    [zipcode] => 52000\n)\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert (case.fields["address"] or "").startswith("9 หมู่ 1")
    assert case.fields["postal_code"] == "52000"


def test_a_row_of_labels_with_a_row_of_values_under_it() -> None:
    for sep in (",", "\t"):
        head = sep.join(["ชื่อ-นามสกุล", "เลขบัตรประชาชน", "วันเกิด", "เบอร์โทร"])
        row = sep.join(["นางมาลี สุขใจ", "1101700203450", "5/1/2530", "0812345670"])
        case = read(f"เรียน เจ้าหน้าที่\n\n{head}\n{row}\n")
        assert case.fields["full_name"] == "นางมาลี สุขใจ"
        assert case.fields["birth_date"] == "1987-01-05"
        assert case.fields["phone"] == "+66812345670"


def test_a_name_alone_above_the_phone_under_a_one_line_request() -> None:
    case = read("ขอแบบฟอร์มขอรับเงินสงเคราะห์ค่ะ\n\nมาลี สุขใจ\n081-234-5670\n\nส่งจาก iPhone ของฉัน\n")
    assert case.fields["full_name"] in ("มาลี สุขใจ", "นางมาลี สุขใจ")


def test_an_address_alone_on_its_line_from_house_number_to_postal_code() -> None:
    case = read(
        "นางมาลี สุขใจ\n1101700203450\n0812345670\n9 หมู่ 1 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000\n"
    )
    assert (case.fields["address"] or "").startswith("9 หมู่ 1 ตำบลนาดี อำเภอเมือง")


def test_a_pictograph_before_a_label_leaves_the_label_to_say_it() -> None:
    case = read(
        "👤 ชื่อ-นามสกุล: นางมาลี สุขใจ\n📞 เบอร์: 081-234-5670\n🎂 วันเกิด: 5 ม.ค. 2530\n"
        "🏠 ที่อยู่: 9 หมู่ 1 ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert (case.fields["address"] or "").startswith("9 หมู่ 1")
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["birth_date"] == "1987-01-05"


def test_a_quoted_cell_of_a_row_of_values_may_hold_the_separator() -> None:
    head = "ชื่อ-นามสกุล,ที่อยู่,รหัสไปรษณีย์,โทรศัพท์"
    row = 'นางมาลี สุขใจ,"9, หมู่ 1, ตำบลนาดี, อำเภอเมือง",52000,0812345670'
    case = read(f"{head}\n{row}\n")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["postal_code"] == "52000"
    assert case.fields["phone"] == "+66812345670"


def test_a_form_field_name_is_a_label_only_in_a_forms_dump() -> None:
    # a card reader's print-out: "ADDR" is no box of a web form, and its '#' fields are
    # not an address as written
    case = read("CID: 1101700203450\nADDR: 9####ตำบลนาดี#อำเภอเมือง#จังหวัดลำปาง\n")
    assert case.fields["address"] is None or case.issues.get("address")


def test_empty_spacer_cells_between_a_label_cell_and_its_value() -> None:
    html = (
        '<table border="1"><tr><td colspan="2">ชื่อ-นามสกุล</td><td></td><td>นางมาลี สุขใจ</td></tr>'
        '<tr><td rowspan="2">ที่อยู่</td><td>บ้านเลขที่/ถนน</td><td></td><td>9 หมู่ 1</td></tr>'
        "<tr><td>ตำบล/อำเภอ/จังหวัด</td><td></td><td>ตำบลนาดี อำเภอเมือง จังหวัดลำปาง 52000</td></tr>"
        "</table>"
    )
    case = read(html=f"<html><body>{html}</body></html>")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert (case.fields["address"] or "").startswith("9 หมู่ 1 ตำบลนาดี")
    assert case.fields["province"] == "ลำปาง"
