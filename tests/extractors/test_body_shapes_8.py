"""Shapes of typed mail found by the eighth held-out set (issue 8), one test each.

Each reproduces a miss of unseen_requests_8.py in a few lines (invented people) and
failed before its fix.
"""

from __future__ import annotations

from typed_mail import read


def test_a_box_drawn_frame_is_no_part_of_the_values() -> None:
    for v, h in (("│", "─"), ("┃", "━")):
        rule = f"├{h * 10}┼{h * 30}┤"
        case = read(
            f"┌{h * 10}┬{h * 30}┐\n{v} ชื่อ-สกุล {v} นางมาลี สุขใจ {v}\n{rule}\n"
            f"{v} ที่อยู่ {v} 9 หมู่ 1 ต.นาดี อ.เมืองลำปาง {v}\n{rule}\n"
            f"{v} โทร {v} 081-234-5678 {v}\n└{h * 10}┴{h * 30}┘\n"
        )
        assert case.fields["full_name"] == "นางมาลี สุขใจ"
        assert case.fields["address"] == "9 หมู่ 1 ต.นาดี อ.เมืองลำปาง"
        assert case.fields["phone"] == "+66812345678"


def test_emphasis_marks_and_a_phones_full_stop_are_no_part_of_a_name() -> None:
    # A chat assistant's letter bolds the name; iOS turns two spaces after it into ". ".
    case = read("ข้าพเจ้า **นางมาลี สุขใจ** ขอแจ้งเรื่องน้ำท่วม\nโทร 081-234-5678\n")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    case = read("ชื่อ — นายสมชาย ใจดี.  เลขบัตร — 1-1017-00203-45-0. \nโทร 081-234-5678\n")
    assert case.fields["full_name"] == "นายสมชาย ใจดี"


def test_a_name_read_with_digits_or_symbols_is_flagged() -> None:
    # Whatever the reader took with the name that is not a name, a clerk is told.
    case = read("ชื่อ: นายสมชาย ใจดี # 12\nโทร 081-234-5678\n")
    assert case.fields["full_name"] is not None
    assert "implausible_value" in [i.code for i in case.issues["full_name"]]
    case = read("ชื่อ: นายสมชาย ใจดี\nโทร 081-234-5678\n")
    assert "full_name" not in case.issues


def test_a_value_with_its_label_after_it_is_read_as_that_field() -> None:
    for tail in (" ({})", " - {}"):
        t = tail.format
        case = read(
            f"นางมาลี สุขใจ{t('ชื่อผู้ยื่นคำร้อง')}\n6 มี.ค. 2524{t('วันเกิด')}\n"
            f"081-234-5678{t('เบอร์มือถือ')}\n081-999-0000{t('ลูกสาว')}\n"
        )
        assert case.fields["full_name"] == "นางมาลี สุขใจ"
        assert case.fields["birth_date"] == "1981-03-06"
        assert case.fields["phone"] == "+66812345678"


def test_a_birth_date_after_a_dash_or_written_iso_in_a_sentence_is_read() -> None:
    # iOS turns '--' into an em dash; apps write ISO dates.
    for born in ("เกิด — 6 มี.ค. 2524", "เกิด 1981-03-06"):
        case = read(f"ขอหนังสือรับรองค่ะ ดิฉันนางมาลี สุขใจ {born} โทร 081-234-5678\n")
        assert case.fields["birth_date"] == "1981-03-06"


def test_a_nickname_is_no_name_and_the_real_name_is_the_given_name() -> None:
    # ชื่อจริง / นามสกุล / ชื่อเล่น, as schools and clinics ask them
    case = read("คำนำหน้า: นาง\nชื่อจริง: มาลี\nนามสกุล: สุขใจ\nชื่อเล่น: แอน\nโทร: 081-234-5678\n")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"


def test_capital_english_abbreviations_are_labels() -> None:
    case = read("NAME: นางมาลี สุขใจ\nMOB.: 081-234-5678\nPROV.: ลำปาง\n")
    assert case.fields["phone"] == "+66812345678"
    assert case.fields["province"] == "ลำปาง"


def test_a_thai_address_on_a_thai_domain_is_an_email() -> None:
    case = read("ชื่อ: นางมาลี สุขใจ\nอีเมล: มาลี@สุขใจ.ไทย\nโทร: 081-234-5678\n")
    assert case.fields["email"] == "มาลี@สุขใจ.ไทย"


def test_in_a_story_the_number_the_sentence_calls_a_phone_is_the_senders() -> None:
    # The shop's number comes first, after "called the shop"; the sender's after โทร.
    case = read(
        "ร้องเรียนร้านค้าค่ะ โทรไปที่ร้าน 044-812-377 หลายครั้งไม่มีคนรับ\n"
        "ดิฉันนางมาลี สุขใจ เลขบัตรประชาชน 1101700203450 โทร 081-234-5678 ขอให้ช่วยด้วยค่ะ\n"
    )
    assert case.fields["phone"] == "+66812345678"
    assert case.issues.get("phone")  # found in sentences: still shown for a check


def test_a_number_said_to_be_old_gives_way_to_the_new_one() -> None:
    for line in (
        "เบอร์โทรเดิม 081-234-5670 (ยกเลิกแล้ว) เบอร์ใหม่ 092-222-3333",
        "โทร: 081-234-5670 (ยกเลิกแล้ว) เบอร์ใหม่ 092-222-3333",
    ):
        case = read(f"ขอแจ้งเปลี่ยนเบอร์ค่ะ\nชื่อ นางมาลี สุขใจ\n{line}\n")
        assert case.fields["phone"] == "+66922223333", line


def test_an_envelopes_sender_block_gives_the_name_and_the_address() -> None:
    case = read(
        "ขอหนังสือรับรองครับ\nเลขบัตรประชาชน 1101700203450\nโทร 081-234-5678\n\n"
        "ผู้ส่ง\nนายกิตติ ใจดี\n41/6 ม.4\nต.นาดี อ.เมืองลำปาง\nจ.ลำปาง 52000\n"
    )
    assert case.fields["full_name"] == "นายกิตติ ใจดี"  # นายก... is a name, not นายกเทศมนตรี
    # the province and postal code line ends the address, as a labelled one keeps them
    assert case.fields["address"] == "41/6 ม.4 ต.นาดี อ.เมืองลำปาง จ.ลำปาง 52000"
    assert case.fields["postal_code"] == "52000"
    assert case.fields["province"] == "ลำปาง"


def test_numbers_dictated_as_words_are_read_and_flagged() -> None:
    # Voice typing writes a number read digit by digit as the digits' words.
    case = read(
        "สวัสดีค่ะ ดิฉันชื่อนางมาลี สุขใจ เลขบัตรประชาชน 1101700203450 เบอร์โทร "
        "ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด อยากขอรับเบี้ยยังชีพค่ะ\n"
    )
    assert case.fields["phone"] == "+66812345678"
    assert case.issues.get("phone")


def test_digit_words_inside_ordinary_words_stay_words() -> None:
    from extractors.thai import spoken_digits_to_arabic

    for text in ("สามีของดิฉันซื้อเก้าอี้ สองตัว", "ห้าห้า คน", "หนึ่ง สอง สาม"):
        assert spoken_digits_to_arabic(text) == text
    assert spoken_digits_to_arabic("โทร ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด") == "โทร 081 234 5678"


def test_a_nickname_inside_the_name_is_left_out() -> None:
    for nick in ("(ต้น)", "'ต้น'", "“ต้น”"):
        case = read(f"ชื่อ-สกุล: นายสมชาย {nick} ใจดี\nโทร: 081-234-5678\n")
        assert case.fields["full_name"] == "นายสมชาย ใจดี", nick


def test_chat_markup_round_labels_and_values_is_no_part_of_them() -> None:
    # LINE and WhatsApp: *bold* and _italic_
    case = read("*ชื่อ:* _นางมาลี สุขใจ_\n*เกิด:* 5/1/2530\n*เบอร์:* 081-234-5678\n")
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["birth_date"] == "1987-01-05"


def test_a_markdown_table_is_a_header_row_over_a_row_of_values() -> None:
    case = read(
        "ข้อมูลผู้ขอค่ะ\n\n| ชื่อ-นามสกุล | เลขบัตรประชาชน | เบอร์โทร |\n|---|---|---|\n"
        "| นางมาลี สุขใจ | 1101700203450 | 081-234-5678 |\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["national_id"] == "1101700203450"
    assert not case.issues.get("national_id")  # read from the table, not from prose


def test_a_keyboards_space_after_the_dot_of_an_address_is_closed_up() -> None:
    case = read("ชื่อ: นางมาลี สุขใจ\nEmail — Malee.s@gmail. com. \nโทร: 081-234-5678\n")
    assert case.fields["email"] == "malee.s@gmail.com"


def test_a_birth_date_said_in_words_is_read_and_flagged() -> None:
    for year in ("สองพันห้าร้อยสามสิบ", "2530"):
        case = read(f"ดิฉันชื่อนางมาลี สุขใจ เกิดวันที่ยี่สิบเอ็ด มกราคม {year} เบอร์โทร 0812345678\n")
        assert case.fields["birth_date"] == "1987-01-21", year
        assert case.issues.get("birth_date")
    assert read("ดิฉันชื่อนางมาลี สุขใจ เกิดวันที่สี่สิบ มกราคม 2530\n").fields["birth_date"] is None
