"""The rules set 12 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_12.py); these say what
each rule does and does not do."""

from __future__ import annotations

from typed_mail import read, templates

from extractors.chat_transcript import as_questions_and_answers
from extractors.dumps import dump_as_lines
from extractors.extract import matcher_for
from extractors.html_table import HtmlTableExtractor
from extractors.html_text import html_to_text
from extractors.labels import LabelMatcher
from extractors.mail_text import split_mail
from extractors.prose import ANOTHERS_PHONE, CALL_BACK, LISTED_NAME, find_entities
from extractors.values import clean_value
from extractors.vcard import VCardInTextExtractor


def labels() -> LabelMatcher:
    return matcher_for(templates())


# --- a posted form's URL-encoded body ---------------------------------------------------


def test_a_url_encoded_form_body_is_read_as_its_pairs() -> None:
    body = "มีข้อความใหม่:\n\nname=%E0%B8%99%E0%B8%B2%E0%B8%A2+%E0%B8%81&tel=0812345670&x=1\n-- \n"
    assert dump_as_lines(body) == "name: นาย ก\ntel: 0812345670\nx: 1"


def test_a_decoded_relay_keeps_its_plus_signs_and_spaces() -> None:
    assert dump_as_lines("name=นาย ก ข&tel=+66812345670&email=a@b.co") == (
        "name: นาย ก ข\ntel: +66812345670\nemail: a@b.co"
    )


def test_a_links_query_or_two_such_lines_are_no_form() -> None:
    assert dump_as_lines("ดูที่ https://example.go.th/?a=1&b=2") is None
    assert dump_as_lines("a=1&b=2&c=3\nd=4&e=5&f=6") is None
    assert dump_as_lines("ชื่อ: นาย ก\na=1 & b=2 & c=3 ไม่ใช่แบบฟอร์ม") is None


def test_a_logged_get_url_and_pairs_one_a_line_are_read_as_pairs() -> None:
    url = "ลิงก์:\nhttps://e.example.go.th/s.php?name=%E0%B8%81&tel=0812345670&zip=10110"
    assert dump_as_lines(url) == "name: ก\ntel: 0812345670\nzip: 10110"
    lines = "รายละเอียด:\nname=นาย ก\ntel=0812345670\nzip=10110\n\nระบบ"
    assert dump_as_lines(lines) == "name: นาย ก\ntel: 0812345670\nzip: 10110"
    assert dump_as_lines("a=1\nb=2\nข้อความ") is None  # two are no form


def test_the_form_fields_of_an_encoded_body_are_the_applicants() -> None:
    case = read(
        "name=%E0%B8%99%E0%B8%B2%E0%B8%A2%E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2"
        "+%E0%B9%83%E0%B8%88%E0%B8%94%E0%B8%B5&idcard=1101700203451&tel=0812345670"
    )
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["full_name"] == "นายสมชาย ใจดี"


# --- a filled web form saved or mailed as HTML -----------------------------------------


def test_a_text_box_shows_its_value_and_a_drop_down_its_chosen_option() -> None:
    html = (
        "<div><label>คำนำหน้า</label><select><option>นาย</option><option selected>นาง"
        "</option></select></div><div><label>โทร</label><input type=tel value='0812345670'>"
        "</div><div>ที่อยู่ <textarea>12 ม.3</textarea></div>"
    )
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["คำนำหน้า  นาง", "โทร  0812345670", "ที่อยู่  12 ม.3"]


def test_hints_hidden_inputs_buttons_and_unchosen_options_are_no_values() -> None:
    html = (
        "<div>อีเมล <input type=email placeholder='name@example.com'></div>"
        "<input type=hidden name=token value='1101700203451'>"
        "<input type=submit value='ส่ง'><select><option>-- เลือก --</option>"
        "<option>นาย</option></select>"
    )
    assert [line for line in html_to_text(html).splitlines() if line] == ["อีเมล"]


def test_radio_buttons_show_their_marks_and_disabled_boxes_nothing() -> None:
    html = (
        "<p>คำนำหน้า <label><input type=radio name=t> นาย</label>"
        "<label><input type=radio name=t checked> นาง</label></p>"
        "<p>โทรหน่วยงาน <input disabled value='042-245-118'></p>"
    )
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["คำนำหน้า ☐ นาย ☑ นาง", "โทรหน่วยงาน"]
    case = read(
        html=html.replace(
            "</p><p>โทร", "</p><p>ชื่อ <input value='สมศรี'> นามสกุล <input value='ใจดี'></p><p>โทร"
        )
    )
    assert case.fields["full_name"] == "นางสมศรี ใจดี"


def test_a_colon_in_a_cell_of_its_own_parts_label_and_value() -> None:
    html = (
        "<table><tr><td>ชื่อ</td><td>:</td><td>นายสมชาย ใจดี</td></tr>"
        "<tr><td>โทร</td><td>&nbsp;:&nbsp;</td><td></td></tr>"
        "<tr><td>ก</td><td>ข</td><td>ค</td></tr></table>"
    )
    assert html_to_text(html).splitlines() == ["ชื่อ : นายสมชาย ใจดี", "โทร :", "ก | ข | ค"]


def test_the_table_reader_takes_the_cell_after_the_colon_cell() -> None:
    html = "<table><tr><td>ที่อยู่</td><td>:</td><td>12 ม.3 ต.ในเมือง</td></tr></table>"
    case = read(html=html)
    assert case.fields["address"] == "12 ม.3 ต.ในเมือง"
    assert not [
        c
        for c in HtmlTableExtractor().extract(html, part="1", labels=labels()).candidates
        if c.value == ":"
    ]


# --- a chatbot's transcript -------------------------------------------------------------


def test_a_chatbots_requests_become_labels_and_the_answers_lose_their_tags() -> None:
    text = (
        "Display name: Somchai\n🤖 บอท: กรุณาพิมพ์วันเกิด\n👤 ผู้ใช้: 4 ก.ค. 2511\n"
        "🤖 บอท: โปรดระบุเบอร์โทร?\n👤 ผู้ใช้: 0812345670\n🤖 บอท: ขอบคุณค่ะ"
    )
    assert as_questions_and_answers(text).splitlines() == [
        "Display name: Somchai", "วันเกิด", "4 ก.ค. 2511", "เบอร์โทร", "0812345670", "ขอบคุณค่ะ",
    ]  # fmt: skip
    case = read(text.replace("บอท: ขอบ", "บอท: กรุณาพิมพ์ชื่อ\n👤 ผู้ใช้: นายสมชาย ใจดี\nบอท: ขอบ"))
    assert case.fields["birth_date"] == "1968-07-04"
    assert case.fields["phone"] == "+66812345670"


def test_a_bots_questions_ask_as_its_requests_do_when_the_user_speaks_first() -> None:
    text = (
        "You: สวัสดีค่ะ\nPage: ชื่อ-นามสกุลของคุณคืออะไรคะ?\nYou: นายสมชาย ใจดี\n"
        "Page: อีเมลของคุณ?\nYou: a@b.co\nPage: ขอบคุณค่ะ"
    )
    assert as_questions_and_answers(text).splitlines() == [
        "สวัสดีค่ะ", "ชื่อ-นามสกุลของคุณ", "นายสมชาย ใจดี", "อีเมลของคุณ", "a@b.co", "ขอบคุณค่ะ",
    ]  # fmt: skip
    assert read(text).fields["full_name"] == "นายสมชาย ใจดี"


def test_a_form_of_label_lines_is_no_transcript() -> None:
    form = "ชื่อ: นายสมชาย ใจดี\nโทร: 0812345670\nชื่อ: นางสมศรี ใจดี\nโทร: 0812345671"
    # two labels repeated in turn would look like two speakers: only a speaker who asks
    # ("กรุณา...") has lines rewritten, so the form's lines stay as written
    assert as_questions_and_answers(form) == form


# --- a form pasted below the signature --------------------------------------------------


def is_label(line: str) -> bool:
    return line.split(" ")[0] in ("ชื่อ", "เลขบัตร", "โทร", "อีเมล")


def test_a_form_below_the_signature_is_the_senders_own() -> None:
    text = "ส่งข้อมูลครับ\n-- \nสมชาย\n\nชื่อ นายสมชาย ใจดี\nเลขบัตร 1\nโทร 08\n"
    own = [line for _, line in split_mail(text, is_label).own if line]
    assert own[-3:] == ["ชื่อ นายสมชาย ใจดี", "เลขบัตร 1", "โทร 08"]


def test_a_work_signatures_numbers_stay_out() -> None:
    text = "ส่งคำร้องครับ\n-- \nบริษัท ก จำกัด\nโทร 02\nอีเมล a@b.co\n"
    assert [line for _, line in split_mail(text, is_label).own if line] == ["ส่งคำร้องครับ"]
    text = "ชื่อ นายสมชาย ใจดี\n-- \nชื่อ บริษัท ก\nโทร 02\nอีเมล a@b.co\n"
    own = [line for _, line in split_mail(text, is_label).own if line]
    assert own == ["ชื่อ นายสมชาย ใจดี"]  # below a form typed above: the signature


# --- an e-mail address spelt out -----------------------------------------------------


def test_an_address_spelt_with_words_or_spaced_signs_is_closed_up() -> None:
    assert clean_value("email", "somchai ดอท j แอท gmail ดอท com") == "somchai.j@gmail.com"
    assert clean_value("email", "somchai.j @ gmail . com") == "somchai.j@gmail.com"
    assert clean_value("email", "somchai at hotmail dot co dot th") == "somchai@hotmail.co.th"
    assert clean_value("email", "somchai แอท gmail ดอท com นะคะ") == "somchai@gmail.com"


def test_other_words_beside_the_spelt_address_leave_it_as_written() -> None:
    assert clean_value("email", "ไม่มี แอท ค่ะ") == "ไม่มี แอท ค่ะ"
    assert clean_value("email", "meet at the office") == "meet at the office"
    thai_domain = "somchai แอท จีเมล ดอท คอม"  # a clerk rebuilds it; a reader does not guess
    assert clean_value("email", thai_domain) == thai_domain


# --- a contact card pasted as text -----------------------------------------------------


def test_a_card_pasted_in_the_body_is_read_as_an_attached_card() -> None:
    text = "ข้อมูลติดต่อค่ะ\nBEGIN:VCARD\nVERSION:3.0\nN:ใจดี;สมชาย;;นาย;\nFN:สมชาย ใจดี\nEND:VCARD\n"
    found = VCardInTextExtractor().extract(text, part="1", labels=labels()).candidates
    assert [(c.key, c.value) for c in found] == [("full_name", "นายสมชาย ใจดี")]
    assert all(c.confidence < 0.8 for c in found)  # whose card it is, a clerk confirms
    assert read(text).fields["full_name"] == "นายสมชาย ใจดี"


def test_no_card_without_its_begin_and_end_lines() -> None:
    text = "FN:สมชาย ใจดี\nเรื่อง BEGIN:VCARD ในประโยค"
    assert VCardInTextExtractor().extract(text, part="1", labels=labels()).candidates == []


# --- names said in speech ---------------------------------------------------------------


def names(text: str) -> list[str]:
    return [value for key, value, _, _ in find_entities(text) if key == "full_name"]


def test_regional_and_casual_words_for_i_open_a_name() -> None:
    assert names("ข้อยชื่อ นางสาวศิริพร แก้วประเสริฐ เด้อ")[0] == "นางสาวศิริพร แก้วประเสริฐ"
    assert names("ฉานชื่อ นายก้อง ทองดี นิ")[0] == "นายก้อง ทองดี"


def test_a_particle_glued_to_the_family_name_is_no_part_of_it() -> None:
    assert names("หนูชื่อวรรณภา จันทร์หอมนะคะ")[0] == "วรรณภา จันทร์หอม"
    assert names("ผมชื่อ นายสมชาย ใจดีครับ")[0] == "นายสมชาย ใจดี"


def test_a_numbered_titled_name_opens_its_line() -> None:
    assert names("ลำดับ ชื่อ\n1. นางสาวปวีณา วงศ์สวัสดิ์  1-1009  เจ้าบ้าน") == ["นางสาวปวีณา วงศ์สวัสดิ์"]
    assert names("1. นายอำเภอเมือง") == []  # an office, not a name


def test_a_listed_name_is_a_guess_behind_the_name_signed_in_brackets() -> None:
    text = "ผู้เดือดร้อน\n1. นายทองใบ ศรีจันทร์\n\nขอแสดงความนับถือ\n(นางลำดวน บุญยืน)\n"
    found = [(v, how) for k, v, _, how in find_entities(text) if k == "full_name"]
    assert ("นายทองใบ ศรีจันทร์", LISTED_NAME) in found
    assert read(text).fields["full_name"] == "นางลำดวน บุญยืน"
    assert "นาง ก ข)" not in names("ขอบคุณค่ะ\nนาง ก ข)")  # brackets in pairs only


# --- the number to reach the one who asks -------------------------------------------


def phones(text: str) -> list[tuple[str, str]]:
    return [(value, how) for key, value, _, how in find_entities(text) if key == "phone"]


def test_the_number_to_reach_the_complainant_is_said_to_call_back() -> None:
    text = "ผู้ถูกร้องเรียน นายก โทร 081-990-2214\nติดต่อผู้ร้องเรียนได้ที่ 095-234-7186"
    # the one complained of is named before his number (set 37: another's, not hers)
    assert phones(text) == [("081-990-2214", ANOTHERS_PHONE), ("095-234-7186", CALL_BACK)]
    assert phones("ติดต่อข้าพเจ้าได้ที่ 0952347186")[0][1] == CALL_BACK
    assert phones("ติดต่อสำนักงานได้ที่ 0952347186")[0][1] != CALL_BACK
