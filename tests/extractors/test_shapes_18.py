"""The rules set 18 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_18.py); these say what
each rule does and does not do."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from support.emails import typed_email
from typed_mail import read

from extractors.chat_transcript import _asks, as_questions_and_answers
from extractors.classify import classify
from extractors.html_text import html_tables_quoting
from extractors.mime import parse_message
from extractors.prose import find_entities
from extractors.validate import national_id_is_valid, normalise_name
from extractors.values import clean_value


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


# --- migrant_worker_pink_card: a registered migrant worker's number opens with 00 ------


def test_a_pink_card_number_is_a_persons_id() -> None:
    assert national_id_is_valid(with_check_digit("007450112093"))
    case = read(f"ชื่อ: นายคำผาย พมมะจัน\nเลขประจำตัว: {with_check_digit('007450112093')}\n")
    assert case.fields.get("national_id") == with_check_digit("007450112093")


@pytest.mark.parametrize(
    "first12",
    [
        "010553612345",  # a company's number: 0, then the registration office (10: Bangkok)
        "099400012345",  # a government body's
        "000000000000",  # a blank's zeros
    ],
)
def test_juristic_and_blank_numbers_are_still_no_persons_id(first12: str) -> None:
    assert not national_id_is_valid(with_check_digit(first12))


def test_a_pink_card_number_with_a_wrong_check_digit_is_not_valid() -> None:
    right = with_check_digit("007450112093")
    assert not national_id_is_valid(right[:12] + str((int(right[12]) + 1) % 10))


# --- title_first_last_rows: ชื่อตัว / ชื่อสกุล, the family name of two words --------------


@pytest.mark.parametrize("family", ["ณ ระนอง", "ชุมพล ณ อยุธยา", "ใจดี"])
def test_registry_name_boxes_join_a_family_name_with_na(family: str) -> None:
    text = f"คำนำหน้านาม: นางสาว\nชื่อตัว: ปวีณ์ธิดา\nชื่อสกุล: {family}\nโทร: 0861427735\n"
    assert read(text).fields.get("full_name") == f"นางสาวปวีณ์ธิดา {family}"


def test_a_two_word_name_under_chue_sakul_is_still_the_whole_name() -> None:
    text = "คำนำหน้านาม: นาย\nชื่อสกุล: สมชาย ใจดี\nโทร: 0812345670\n"
    assert read(text).fields.get("full_name") == "นายสมชาย ใจดี"


# --- rank_woman_prose: หญิง belongs to the rank ----------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("ร.ต.อ. หญิง กมลชนก ศรีสวัสดิ์วงศ์", "ร.ต.อ.หญิง กมลชนก ศรีสวัสดิ์วงศ์"),
        ("พ.ต.ท.  หญิง วิภา ใจดี", "พ.ต.ท.หญิง วิภา ใจดี"),
        ("ว่าที่ ร.ต. หญิง สุดา มีสุข", "ว่าที่ ร.ต.หญิง สุดา มีสุข"),
        ("ร.ต.อ.หญิง กมลชนก ศรีสวัสดิ์วงศ์", "ร.ต.อ.หญิง กมลชนก ศรีสวัสดิ์วงศ์"),
        ("ร.ต.อ. หญิง ใจดี", "ร.ต.อ. หญิง ใจดี"),  # two words: หญิง may be the given name
        ("ร.ต.อ. สมชาย ใจดี", "ร.ต.อ. สมชาย ใจดี"),  # ranks otherwise as written
    ],
)
def test_a_womans_rank_is_written_close_up(typed: str, normal: str) -> None:
    assert normalise_name(typed) == normal


# --- email_plus_tag_particles: ":-" after a label -------------------------------------


@pytest.mark.parametrize("sep", [":-", ":- ", " :- ", ":–", ":=>"])
def test_a_dash_glued_to_the_colon_is_part_of_the_separator(sep: str) -> None:
    case = read(f"ชื่อ{sep}นายสมชาย ใจดี\nโทร{sep}081-234-5670\nเรื่อง{sep}ขอสำเนาทะเบียนบ้าน\n")
    assert case.fields.get("full_name") == "นายสมชาย ใจดี"
    assert case.fields.get("phone") == "+66812345670"
    assert case.fields.get("subject") == "ขอสำเนาทะเบียนบ้าน"


def test_a_dash_alone_after_the_colon_still_means_empty() -> None:
    case = read("ชื่อ: นายสมชาย ใจดี\nอีเมล:-\nโทร: 0812345670\n")
    assert typed_email(case) is None


# --- outcomes: a citizen's Reply to the agency's auto-reply ------------------------------


def _mail(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body, charset="utf-8")
    return bytes(msg)


ID_LINE = f"ชื่อ: นายทินกร อินทรประเสริฐ\nเลขบัตรประชาชน: {with_check_digit('184020035519')}\n"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Re: ตอบกลับอัตโนมัติ: ขอหนังสือรับรอง", ID_LINE, "request"),
        ("RE: Automatic reply: คำร้อง", ID_LINE, "request"),
        # no ID of the writer's: as before, the responder's subject decides
        ("RE: Auto-Reply: hello", "ไม่อยู่ถึงวันที่ 5 โทร 0812345670\n", "auto_reply"),
        # an ID only in the quoted request the responder echoes back
        ("Re: Out of Office: คำร้อง", "I am away.\n\n" + "> " + ID_LINE.replace("\n", "\n> "),
         "auto_reply"),
        # the responder's own marker first: an auto-reply whatever it carries
        ("ตอบกลับอัตโนมัติ: Re: คำร้อง", ID_LINE, "auto_reply"),
    ],
)  # fmt: skip
def test_a_reply_to_an_auto_reply_with_the_writers_id_is_a_request(
    subject: str, body: str, kind: str
) -> None:
    assert classify(parse_message(_mail(subject, body))).kind == kind


# --- signature_pipe_line, academic_signature: the sender's own signature --------------

LECTURER_ID = with_check_digit("350160077812")


def test_a_one_line_signature_gives_what_the_request_lacks_flagged() -> None:
    text = (
        "เรียนเจ้าหน้าที่ครับ\n\nขอรับการสนับสนุนถังขยะครับ\n\n-- \n"
        f"ผศ.ดร.วรวุฒิ เจริญศิลป์ | ID {LECTURER_ID} | Tel. 081-940-2276 | a@example.ac.th\n"
    )
    case = read(text)
    assert case.fields.get("full_name") == "ผศ.ดร.วรวุฒิ เจริญศิลป์"
    assert case.fields.get("national_id") == LECTURER_ID
    assert case.fields.get("phone") == "+66819402276"
    assert case.fields.get("email") == "a@example.ac.th"
    assert all(case.issues.get(k) for k in ("full_name", "national_id", "phone", "email"))


def test_the_request_itself_outranks_its_signature() -> None:
    text = (
        "ชื่อ: นายทินกร อินทรประเสริฐ\nโทร: 064-009-8127\n\n-- \n"
        "ร.ต.อ.หญิง กมลชนก ศรีสวัสดิ์วงศ์\nสภ.กันตัง โทร 075-251-410\n"
    )
    case = read(text)
    assert case.fields.get("full_name") == "นายทินกร อินทรประเสริฐ"
    assert case.fields.get("phone") == "+66640098127"
    assert not case.issues.get("phone")  # the signature's number is no rival


@pytest.mark.parametrize(
    "line",
    [
        "ต.ค. ที่ผ่านมา น้ำท่วม",  # a month's abbreviation
        "อาจารย์ประจำสาขาวิชา คณะวิศวกรรมศาสตร์",  # a post, no title
        "ต.สุเทพ อ.เมือง",  # an address's one-letter abbreviations
    ],
)
def test_a_signature_line_without_a_title_is_no_name(line: str) -> None:
    assert read(f"ขอรับถังขยะครับ\n\n-- \n{line}\n").fields.get("full_name") is None


def test_a_signatures_landline_is_an_offices_not_read() -> None:
    text = "ขอรับถังขยะครับ\n\n-- \nนายทินกร อินทรประเสริฐ\nโทร. 053-940-218 ต่อ 117\n"
    case = read(text)
    assert case.fields.get("full_name") == "นายทินกร อินทรประเสริฐ"
    assert case.fields.get("phone") is None


# --- whatsapp_bracket_stamps: a chat app's time stamps before the speakers -------------

CHAT_ID = with_check_digit("184020035519")


@pytest.mark.parametrize(
    "stamp",
    ["[24/11/2569 09:14:03] ", "24/11/2569, 09:14 - ", "[11/24/26, 9:14:03 AM] "],
)
def test_a_stamped_chat_is_read_as_questions_and_answers(stamp: str) -> None:
    turns = [
        ("อบต.", "ขอชื่อ-นามสกุลค่ะ"),
        ("ทินกร", "นายทินกร อินทรประเสริฐ"),
        ("อบต.", "เบอร์ติดต่อกลับ"),
        ("ทินกร", "064-009-8127"),
        ("อบต.", "เลขบัตรด้วยค่ะ"),
        ("ทินกร", CHAT_ID),
    ]
    text = "ส่งข้อมูลค่ะ\n" + "\n".join(f"{stamp}{who}: {said}" for who, said in turns)
    assert as_questions_and_answers(text).splitlines()[1:3] == [
        "ชื่อ-นามสกุล",
        "นายทินกร อินทรประเสริฐ",
    ]
    case = read(text)
    assert case.fields.get("full_name") == "นายทินกร อินทรประเสริฐ"
    assert case.fields.get("phone") == "+66640098127"


def test_a_form_whose_labels_take_turns_is_still_a_form() -> None:
    text = "ชื่อ: นายก ข\nโทร: 0812345670\nชื่อ: นายค ง\nโทร: 0812345671\nชื่อ: นายจ ฉ\n"
    assert as_questions_and_answers(text) == text


def test_thank_you_is_no_question() -> None:
    assert _asks("ขอบคุณค่ะ") is False
    assert _asks("ขอเบอร์โทรหน่อยค่ะ") is True


# --- name_with_numbers_in_brackets: family names with ณ, royal and academic titles -----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นางอัญชลี ณ นคร (บัตร ปชช. 1-2345)", "นางอัญชลี ณ นคร"),
        ("ข้าพเจ้า ม.ล.ภัทรวดี ชุมพล ณ อยุธยา ขอคัดสำเนา", "ม.ล.ภัทรวดี ชุมพล ณ อยุธยา"),
        ("ขอคัดสำเนา\nม.ล.ภัทรวดี ชุมพล ณ อยุธยา (โทร 062-551-8843)", "ม.ล.ภัทรวดี ชุมพล ณ อยุธยา"),
        ("ผศ.ดร.วรวุฒิ เจริญศิลป์ โทร 081-940-2276", "ผศ.ดร.วรวุฒิ เจริญศิลป์"),
        # ณ as "at": the sentence goes on, the family name is the word before it
        ("ข้าพเจ้า นายสมชาย ใจดี ณ วันที่ 5 ธันวาคม", "นายสมชาย ใจดี"),
        ("ข้าพเจ้า นายสมชาย ใจดี ณ บ้านเลขที่ 9", "นายสมชาย ใจดี"),
    ],
)
def test_prose_names_keep_a_family_name_with_na(text: str, name: str) -> None:
    assert [v for k, v, _, _ in find_entities(text) if k == "full_name"][:1] == [name]


@pytest.mark.parametrize("line", ["ร.ร.บ้านนา สังกัด สพป.", "ต.ค. ที่ผ่านมา น้ำท่วม", "ส.ส.สมชาย ใจดี"])
def test_a_line_opening_with_other_abbreviations_is_no_name(line: str) -> None:
    assert [v for k, v, _, _ in find_entities(line) if k == "full_name"] == []


# --- greeting_card_reply_html: a table in the quoted mail -----------------------------

QUOTED_EXAMPLE = (
    '<blockquote type="cite">กรุณาแจ้ง เช่น<table><tr><td>ชื่อ</td><td>นายตัวอย่าง ทดสอบ</td></tr>'
    "<tr><td>มือถือ</td><td>081-111-2222</td></tr></table></blockquote>"
)


def test_a_table_in_the_quoted_mail_yields_to_the_answer_on_top() -> None:
    html = f"<div>ชื่อ นายทินกร อินทรประเสริฐ</div><div>มือถือ 064-009-8127</div>{QUOTED_EXAMPLE}"
    case = read(html=html)
    assert case.fields.get("full_name") == "นายทินกร อินทรประเสริฐ"
    assert case.fields.get("phone") == "+66640098127"
    assert case.issues.get("phone")  # the quoted example disagrees: a clerk looks


def test_answers_typed_into_a_quoted_table_are_still_read_flagged() -> None:
    html = (
        '<div>ตอบตามแบบครับ</div><blockquote type="cite"><table>'
        "<tr><td>ชื่อ</td><td>นายทินกร อินทรประเสริฐ</td></tr>"
        "<tr><td>มือถือ</td><td>064-009-8127</td></tr></table></blockquote>"
    )
    case = read(html=html)
    assert case.fields.get("phone") == "+66640098127"
    assert case.issues.get("phone")


def test_which_tables_are_quoted() -> None:
    html = f"<table><tr><td>a</td></tr></table>{QUOTED_EXAMPLE}<table><tr><td>b</td></tr></table>"
    assert [quoted for _, quoted in html_tables_quoting(html)] == [False, True, False]


# --- html_label_value_spans_inline: pairs on one line parted by a middle dot -----------


@pytest.mark.parametrize("mark", ["·", "•", "|", ";"])
def test_the_mark_between_pairs_is_no_part_of_the_name(mark: str) -> None:
    line = f"ชื่อ นายทินกร อินทรประเสริฐ {mark} เลขบัตร {CHAT_ID} {mark} โทร 064-009-8127"
    assert clean_value("name", "นายทินกร อินทรประเสริฐ " + mark) == "นายทินกร อินทรประเสริฐ"
    assert read(line).fields.get("full_name") == "นายทินกร อินทรประเสริฐ"


# --- monk_chaya_labels: ฉายา in the family name's place --------------------------------


def test_a_monks_chaya_is_his_family_name() -> None:
    text = "ชื่อ: พระมหาประเสริฐศักดิ์\nฉายา: ธมฺมวโร\nโทร: 089-331-6042\n"
    assert read(text).fields.get("full_name") == "พระมหาประเสริฐศักดิ์ ธมฺมวโร"
