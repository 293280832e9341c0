"""The rules set 16 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_16.py); these say what
each rule does and does not do, and that its patterns stay bounded on hostile lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typed_mail import read, templates

from extractors.body_form import _typed_correction, parse_label_line
from extractors.extract import matcher_for
from extractors.mail_text import agency_addresses, split_mail
from extractors.prose import find_entities
from extractors.sandbox import LimitExceeded, Limits, run_bounded
from extractors.thai import parse_date, parse_short_be_date
from extractors.validate import normalise_phone

ID = "1101700203450"  # valid check digit
OTHER_ID = "3100600123450"  # valid check digit too
AGENCY = "saraban@example.go.th"  # the address typed_mail.read sends to


def is_label(line: str) -> bool:
    return ":" in line


# --- agency_notice_quoted: the agency's own mail forwarded back --------------------------

NOTICE = (
    "ถามเรื่องประกาศครับ\nนายสมชาย ใจดี\nโทร 0812345670\n\n"
    "---------- Forwarded message ---------\n"
    "From: อบต. <{sender}>\nSubject: ประกาศ\n\n"
    "ประกาศรับลงทะเบียน\nสอบถามเพิ่มเติม โทร: 043-261-558\n"
    "ที่อยู่: 99 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
)


def test_the_agencys_own_mail_forwarded_back_is_quoted_not_read() -> None:
    with agency_addresses([AGENCY]):
        mail = split_mail(NOTICE.format(sender=AGENCY), is_label)
    assert not mail.forwarded
    assert [line for _, line in mail.own if line][-1] == "โทร 0812345670"
    assert any("043-261-558" in line for _, line in mail.quoted)


def test_a_mail_forwarded_from_anyone_else_is_still_the_request() -> None:
    with agency_addresses([AGENCY]):
        mail = split_mail(NOTICE.format(sender="friend@example.com"), is_label)
    assert mail.forwarded
    assert not any("0812345670" in line for _, line in mail.own)


def test_without_the_envelope_a_forward_is_read_as_before() -> None:
    mail = split_mail(NOTICE.format(sender=AGENCY), is_label)
    assert mail.forwarded


def test_a_case_takes_none_of_the_agencys_address_or_phone() -> None:
    case = read(NOTICE.format(sender=AGENCY))
    assert case.fields["address"] is None
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["full_name"] == "นายสมชาย ใจดี"


def test_a_gmail_html_forward_of_the_agencys_notice() -> None:
    html = (
        '<div dir="ltr">ถามเรื่องประกาศครับ<div>นายสมชาย ใจดี</div><div>โทร 0812345670</div><br>'
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        "---------- Forwarded message ---------<br>From: <strong>อบต.</strong> "
        f'<span>&lt;<a href="mailto:{AGENCY}">{AGENCY}</a>&gt;</span><br>Subject: ประกาศ<br>'
        "</div><br><div>ประกาศรับลงทะเบียน<br>สอบถามเพิ่มเติม โทร: 043-261-558<br>"
        "ที่อยู่: 99 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000</div></div></div>"
    )
    case = read(html=html)
    assert case.fields["address"] is None
    assert case.fields["phone"] == "+66812345670"


def test_an_outlook_original_message_from_the_agency_is_its_quote() -> None:
    text = (
        "ตามนี้ค่ะ\nนางสาวสมหญิง รักดี\n\n-----Original Message-----\n"
        f"From: อบต. <{AGENCY}>\nSent: Tuesday\nTo: a@example.com\n\n"
        "ที่อยู่: 99 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองขอนแก่น\nโทรศัพท์: 043-261-558\n"
    )
    case = read(text)
    assert case.fields["address"] is None
    assert case.fields["phone"] is None


# --- correction_phone_same_mail / correction_id_after_typo: "ผิด ที่ถูกคือ ..." ---------------


def test_a_value_said_wrong_then_given_right_supersedes_the_first() -> None:
    case = read("ชื่อ: นายสมชาย ใจดี\nโทรศัพท์: 081-234-5607\n\nขออภัยค่ะ เบอร์เดิมผิด ที่ถูกคือ 081-234-5670\n")
    assert case.fields["phone"] == "+66812345670"


def test_an_id_corrected_with_words_after_it() -> None:
    wrong = ID[:7] + str((int(ID[7]) + 1) % 10) + ID[8:]
    case = read(
        f"ชื่อ: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: {wrong}\n\n"
        f"*แก้ไข เลขบัตรที่ถูกต้องคือ {ID} นะครับ พิมพ์ผิดไปหนึ่งตัว\n"
    )
    assert case.fields["national_id"] == ID


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("เบอร์เดิมผิด ที่ถูกคือ 0812345670", ("phone", "0812345670")),
        ("พิมพ์ผิด ที่ถูกต้องคือเบอร์ 081-234-5670", ("phone", "081-234-5670")),
        (f"เลขบัตรผิด ที่ถูกต้อง: {ID}", ("national_id", ID)),
        ("อีเมลผิดค่ะ ที่ถูกคือ a.b@example.com", ("email", "a.b@example.com")),
    ],
)
def test_the_right_value_names_its_field_by_its_type(line: str, found: tuple[str, str]) -> None:
    got = _typed_correction(line)
    assert got is not None
    assert (got[0], got[2]) == found


@pytest.mark.parametrize(
    "line",
    [
        "ร้านนี้ทำผิดกฎหมาย โทร 0812345670",  # wrong-doing, no right value given
        "ข้อมูลที่ถูกต้องคือ 0812345670",  # nothing said to be wrong
        "เบอร์ผิด ที่ถูกคือ ขอให้โทรไปที่สำนักงาน",  # no typed value after it
    ],
)
def test_no_correction_without_a_wrong_and_a_typed_right_value(line: str) -> None:
    assert _typed_correction(line) is None


# --- dotted_and_dashed_be_dates / be_era_spelt_out -----------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("เกิด: 30.09.2542\n", "1999-09-30"),
        ("เกิด: 22-ธ.ค.-38\n", "1995-12-22"),
        ("เกิดเมื่อวันอาทิตย์ที่ 8 เมษายน พุทธศักราช 2533 (อายุ 36 ปี)", "1990-04-08"),
        ("เกิด 12 ม.ค. 2535 ที่ขอนแก่น", "1992-01-12"),
    ],
)
def test_birth_dates_said_in_a_sentence(text: str, iso: str) -> None:
    found = [value for key, value, _, _ in find_entities(text) if key == "birth_date"]
    assert len(found) == 1
    parsed = parse_date(found[0])
    assert parsed is not None and parsed.isoformat() == iso


def test_the_era_spelt_out() -> None:
    assert str(parse_date("8 เมษายน พุทธศักราช 2533")) == "1990-04-08"
    assert str(parse_date("8 April คริสต์ศักราช 1990")) == "1990-04-08"
    assert parse_date("8 เมษายน คริสต์ศักราช 2533") is None  # a CE year past 2400: no date


# --- phone_plus66_paren_zero ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("(+66) 95-441-2078", "+66954412078"),
        ("+66 (0)81 245 7736", "+66812457736"),
        ("(+1) 555 123 4567", None),  # a foreign number stays refused
        ("(+66 95-441-2078", "+66954412078"),
    ],
)
def test_the_country_code_in_brackets(written: str, e164: str | None) -> None:
    assert normalise_phone(written) == e164


# --- clerk_questions_inline: "ชื่อ-นามสกุลของผู้ยื่นคำร้อง" --------------------------------


def test_a_label_of_the_applicant_with_of() -> None:
    labels = matcher_for(templates())
    found = parse_label_line("1. ชื่อ-นามสกุลของผู้ยื่นคำร้อง", labels)
    assert found is not None and found.key == "full_name" and found.value == ""
    found = parse_label_line("ชื่อ-นามสกุลของผู้ยื่นคำร้อง: นางมาลี สุขใจ", labels)
    assert found is not None and found.value == "นางมาลี สุขใจ"


def test_answers_typed_under_a_clerks_quoted_questions() -> None:
    case = read(
        "ตอบตามข้อครับ\n\nOn Tue, Dec 1, 2026 at 10:42 AM x <x@example.go.th> wrote:\n"
        "> 1. ชื่อ-นามสกุลของผู้ยื่นคำร้อง\nนางมาลี สุขใจ\n>\n"
        "> 2. เลขประจำตัวประชาชน 13 หลัก (เช่น x-xxxx-xxxxx-xx-x)\n"
        f"{ID}\n>\n> 3. หมายเลขโทรศัพท์ (เช่น 08x-xxx-xxxx)\n0812345670\n"
    )
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66812345670"


# --- clerk_signature_quoted_only: a titled name right before its ID ------------------------


def test_a_titled_name_right_before_its_id_in_a_sentence() -> None:
    text = f"ข้อมูลผู้ยื่นค่ะ นางมาลัย จันทร์หอม เลขบัตรประชาชน {ID} ส่วนเอกสารจะนำไปเอง"
    names = [(v, how) for k, v, _, how in find_entities(text) if k == "full_name"]
    assert names == [("นางมาลัย จันทร์หอม", "titled name before its ID")]


def test_a_name_opening_its_line_or_a_list_item_is_found_once_as_before() -> None:
    for text in (f"นายกิตติ วงศ์ดี เลขบัตร {ID}", f"1. นายกิตติ วงศ์ดี เลขบัตร {ID}"):
        hows = [how for k, _, _, how in find_entities(text) if k == "full_name"]
        assert len(hows) == 1 and hows[0] != "titled name before its ID"


def test_no_name_before_an_id_whose_check_digit_fails() -> None:
    bad = ID[:-1] + str((int(ID[-1]) + 1) % 10)
    text = f"ข้อมูลค่ะ นางมาลัย จันทร์หอม เลขบัตรประชาชน {bad}"
    assert not [v for k, v, _, _ in find_entities(text) if k == "full_name"]


# --- be_date_two_digit_slash: "ว/ด/ป เกิด 03/07/28" -------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [("03/07/28", "1985-07-03"), ("30/9/42", "1999-09-30"), ("๑๒/๐๑/๓๕", "1992-01-12"),
     ("15.01.70", "1927-01-15")],  # 2570 would be in the future: 2470
)  # fmt: skip
def test_a_two_digit_year_is_read_as_buddhist_era(written: str, iso: str) -> None:
    assert str(parse_short_be_date(written)) == iso


@pytest.mark.parametrize("written", ["31/02/35", "12/01/2535", "1/2/3", "03/07/28 น."])
def test_only_a_real_day_with_two_digits_for_the_year(written: str) -> None:
    assert parse_short_be_date(written) is None


def test_a_two_digit_year_is_proposed_and_flagged() -> None:
    case = read("ชื่อ-สกุล : นางมาลี สุขใจ\nว/ด/ป เกิด : 03/07/28\n")
    assert case.fields["birth_date"] == "1985-07-03"
    assert [i.code for i in case.issues["birth_date"]] == ["two_digit_year"]


def test_a_date_wrong_otherwise_stays_refused() -> None:
    case = read("ชื่อ-สกุล : นางมาลี สุขใจ\nว/ด/ป เกิด : 31/02/35\n")
    assert case.fields["birth_date"] is None
    assert [i.code for i in case.issues["birth_date"]] == ["invalid_date"]


# --- the new patterns stay bounded on hostile lines ---------------------------------------

N = 20_000
HOSTILE = {
    "born then spaces": "เกิด" + " " * N + "x",
    "born, a day, spaces": "เกิด 1" + " " * N + "x",
    "born, a dash, spaces": "เกิด 1 -" + " " * N + "x",
    "born, a day, letters": "เกิด 1" + "ก" * N,
    "born, a day, dots": "เกิด 1" + "." * N,
    "titled words": "นาย" + "ก" * N + " " + "ข" * N,
    "titled name, spaces": "นาย ก" + " " * N + "ข",
    "titled name, spaces after": "นาย ก ข" + " " * N + "x",
    "titled name, ID words, spaces": "นาย ก ข เลขบัตร" + " " * N + "x",
    "titled names and ID words": "นาย ก ข เลขบัตรประชาชน " * (N // 20),
    "wrong and right words": "ผิด " + "ที่ถูก " * (N // 7),
    "right, spaces": "ผิด ที่ถูก" + " " * N + "เบอร์" + " " * N,
}


def _prose(text: str) -> int:
    return len(list(find_entities(text)))


READERS: dict[str, Callable[[str], object]] = {
    "prose": _prose,
    "correction": _typed_correction,
    "phone": normalise_phone,
    "short date": parse_short_be_date,
}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_lines_are_read_within_a_generous_limit(kind: str, reader: str) -> None:
    try:
        run_bounded(READERS[reader], HOSTILE[kind], limits=Limits(seconds=60, memory_mb=1024))
    except LimitExceeded as exc:
        pytest.fail(f"{reader} on {kind} did not finish: {exc.reason}")


@pytest.mark.parametrize("opening", ["(", "(+", "(+6", "( "])
def test_hostile_phone_values_are_refused_within_a_generous_limit(opening: str) -> None:
    value = opening + "1 (" * N + "x"
    try:
        got = run_bounded(normalise_phone, value, limits=Limits(seconds=60, memory_mb=1024))
    except LimitExceeded as exc:
        pytest.fail(f"did not finish: {exc.reason}")
    assert got is None
