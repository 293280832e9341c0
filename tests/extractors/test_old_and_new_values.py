"""Unit tests for what blind set 86 showed (issue 8): citizens correcting or changing
their own details give the old or wrong value beside the current or correct one; the
current one is theirs. Examples written afresh, not the set's."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
NID = with_check_digit("340120055871")


def read(body: str, *, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wilai <wilai.pt@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งเปลี่ยนข้อมูล"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_number_said_old_once_is_old_where_it_comes_again() -> None:
    # The old number, then "เปลี่ยนเป็น" the new; the old one comes again in the chat
    # she pasted below, said after "เบอร์" with its note of being cancelled far after it.
    body = (
        "แจ้งเปลี่ยนเบอร์ตามที่คุยในไลน์ครับ\n\n"
        f"ชื่อ นายวิชัย พรหมมา\nเลขบัตร {NID}\n"
        "ที่อยู่ 14 หมู่ 2 ตำบลบ้านเป้า อำเภอเมืองลำปาง จ.ลำปาง 52100\n"
        "เบอร์เดิม 089-310-4426 เปลี่ยนเป็น 062 745 1180\n\n"
        "[LINE] ประวัติการแชทกับ ทต.บ้านเป้า\n"
        "10:11\tวิชัย\tเบอร์ 0893104426 ที่ให้ไว้ตอนขอใบอนุญาต ใช้ไม่ได้แล้วครับ\n"
    )
    assert read(body).fields.get("phone") == "+66627451180"


def test_a_birth_date_labelled_the_correct_one_over_the_quoted_wrong_one() -> None:
    # A follow-up: the corrected lines on top ("วันเกิดที่ถูกต้อง"), her earlier mail with
    # the date a year off quoted below.
    wrong = with_check_digit("340120055872")
    body = (
        "ขออภัยครับ เมลก่อนพิมพ์ผิด ขอแก้ไขดังนี้\n"
        f"เลขประจำตัวประชาชนที่ถูกต้อง {NID}\nวันเกิดที่ถูกต้อง 14 มีนาคม 2531\n"
        "ข้อมูลอื่นถูกต้องตามเดิมครับ\n\nวิชัย\n\n"
        "On 3 Dec 2026, at 09:12, วิชัย พรหมมา <wichai@example.com> wrote:\n\n"
        "> เรียน นายก\n>\n"
        f"> ผม นายวิชัย พรหมมา เลขประจำตัวประชาชน {wrong} เกิดวันที่ 14 มี.ค. 2532 "
        "ที่อยู่ 14 หมู่ 2 ตำบลบ้านเป้า อำเภอเมืองลำปาง ลำปาง 52100 ขอหนังสือรับรองครับ\n"
        "> โทร 089-310-4426\n"
    )
    case = read(body)
    assert case.fields.get("birth_date") == "1988-03-14"
    assert case.fields.get("national_id") == NID


def test_a_row_labelled_the_wrong_one_gives_way_to_the_corrected_row() -> None:
    # A table of a record's lines: the date on record marked wrong, then the right one.
    rows = [
        ("ชื่อ", "นายวิชัย พรหมมา"),
        ("เลขประจำตัวประชาชน", NID),
        ("วันเกิดที่บันทึกไว้ (ผิด)", "03/05/2531"),
        ("วันเกิดที่ถูกต้องตามใบเกิดของอำเภอ", "05/03/2531"),
    ]
    table = "".join(f"<tr><td>{h}</td><td>{v}</td></tr>" for h, v in rows)
    html = f"<div>ขอแก้ไขวันเกิดดังนี้</div><table border='1'>{table}</table><div>วิชัย</div>"
    case = read("ขอแก้ไขวันเกิดดังนี้", html=html)
    assert case.fields.get("birth_date") == "1988-03-05"


def test_a_line_headed_wrong_is_wrong_in_each_of_its_values() -> None:
    # A typed letter: the line the earlier request had wrong, headed so, then the right
    # line; each gives an ID and a birth date, each pair under its own label.
    wrong = with_check_digit("340120055872")
    body = (
        "เรื่อง ขอแก้ไขข้อมูลในคำขอเดิม\n\n"
        "ข้าพเจ้า นายวิชัย พรหมมา ขอแก้ไขข้อมูลในคำขอที่ยื่นไว้ ดังนี้\n"
        f"ข้อมูลในคำขอเดิม (ผิด) : เลขประจำตัวประชาชน {wrong} วันเกิด 12 มีนาคม 2531\n"
        f"ข้อมูลที่ถูกต้อง : เลขประจำตัวประชาชน {NID} วันเกิด 21 มีนาคม 2531\n"
        "โทร 089-310-4426\n"
    )
    case = read(body)
    assert case.fields.get("national_id") == NID
    assert case.fields.get("birth_date") == "1988-03-21"


def _with_pdf(data: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wilai <wilai.pt@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอแก้ไขข้อมูล"
    msg.set_content("แนบหนังสือขอแก้ไขข้อมูลครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="letter.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_birth_date_a_letters_wrap_cut_is_read_whole() -> None:
    # A typed letter's lines wrapped inside each date: after the day of the wrong one,
    # after the month of the right one (in Thai digits); the wrong line headed so.
    from unseen_requests_5 import pdf_page

    wrong = with_check_digit("340120055872")
    lines = [(20, 20, "เรื่อง ขอแก้ไขข้อมูลในคำขอเดิม"), (20, 30, "เรียน ผู้อำนวยการ"),
             (20, 40, "ข้าพเจ้า นายวิชัย พรหมมา ขอแก้ไขข้อมูลในคำขอ ดังนี้"),
             (20, 50, f"ข้อมูลในคำขอเดิม (ผิด) : เลขประจำตัวประชาชน {wrong} วันเกิด 12"),
             (20, 58, "มี.ค. 2531"),
             (20, 66, f"ข้อมูลที่ถูกต้อง : เลขประจำตัวประชาชน {NID} วันเกิด ๒๑ มีนาคม"),
             (20, 74, "๒๕๓๑"), (20, 82, "โทรศัพท์ 089-310-4426")]  # fmt: skip
    case = _with_pdf(pdf_page(lines, size=11))
    assert case.fields.get("national_id") == NID
    assert case.fields.get("birth_date") == "1988-03-21"


def test_a_long_note_after_the_new_addresss_label_is_no_part_of_it() -> None:
    # The label's bracketed note (when she moved in, the move's form) closes its line;
    # the new home is on the line below, the old one above it.
    body = (
        "เรียน งานทะเบียน\n\nดิฉัน นางวิไล พรหมมา เลขประจำตัวประชาชน "
        f"{NID} ขอแจ้งเปลี่ยนที่อยู่\n\n"
        "ที่อยู่เดิม (ย้ายออกแล้ว)\n5 หมู่ 9 ตำบลพิชัย อำเภอเมืองลำปาง จังหวัดลำปาง 52000\n\n"
        "ที่อยู่ใหม่ (ย้ายเข้าเมื่อ 3 พฤศจิกายน 2569 ตามใบแจ้งย้ายที่อยู่ ท.ร.6 เลขที่ 118/2569)\n"
        "22/4 ถนนพหลโยธิน ตำบลสบตุ๋ย อำเภอเมืองลำปาง จังหวัดลำปาง 52100\n\n"
        "โทร 089-310-4426\n"
    )
    case = read(body)
    assert case.fields.get("address") == (
        "22/4 ถนนพหลโยธิน ตำบลสบตุ๋ย อำเภอเมืองลำปาง จังหวัดลำปาง 52100"
    )
    assert case.fields.get("postal_code") == "52100"


def test_a_home_left_told_in_a_clause_opened_by_its_old_word_gives_way() -> None:
    # A move-in letter's paragraph: the home she left after "เดิม...อยู่ที่", then the
    # home she moved into.
    body = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\n"
        f"ด้วยข้าพเจ้า นางวิไล พรหมมา เลขประจำตัวประชาชน {NID} "
        "เดิมข้าพเจ้าพักอาศัยและรับเบี้ยความพิการอยู่ที่ 9/1 ถนนรามอินทรา แขวงอนุสาวรีย์ "
        "เขตบางเขน กรุงเทพมหานคร 10220 ได้ย้ายมาอยู่บ้านเลขที่ 22/4 หมู่ 5 ตำบลสบตุ๋ย "
        "อำเภอเมืองลำปาง จังหวัดลำปาง 52100 จึงขอลงทะเบียนใหม่ ติดต่อ 089-310-4426\n"
    )
    case = read(body)
    assert case.fields.get("postal_code") == "52100"
    assert case.fields.get("province") == "ลำปาง"
    assert (case.fields.get("address") or "").startswith("22/4")


def test_an_old_landline_is_old_where_written_again_with_the_country_code() -> None:
    # The old home line, changed to a mobile; the old line again in an English signature
    # with +66 (the same number: the 0 dropped for the country code).
    body = (
        "เรียน งานทะเบียน\nขอแจ้งเปลี่ยนเบอร์ติดต่อค่ะ\n"
        f"ชื่อ นางสาวอรุณี แก้วมณี\nเลขประจำตัวประชาชน {NID}\n"
        "ที่อยู่ 5/1 หมู่ 6 ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000\n"
        "โทรศัพท์บ้านเดิม 053-511 247 เปลี่ยนเป็น 095-418-2263\n\n"
        "Arunee K.\nTel. +66 53 511 247\n"
    )
    assert read(body).fields.get("phone") == "+66954182263"


def test_a_caption_saying_unchanged_is_not_an_old_value() -> None:
    # "(ไม่เปลี่ยนแปลง)" after "เบอร์...เดิม" says the number stays: it is hers now, and
    # her work line under its own label does not put it behind as if it were old.
    body = (
        "แจ้งย้ายที่อยู่ค่ะ\n"
        f"ชื่อ: นางสาวอรุณี แก้วมณี\nเลขประจำตัวประชาชน: {NID}\n"
        "ที่อยู่เดิม: 5/1 หมู่ 6 ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000\n"
        "ที่อยู่ใหม่: 88 หมู่ 2 ตำบลเวียงยอง อำเภอเมืองลำพูน จังหวัดลำพูน 51000\n"
        "เบอร์โทรศัพท์เดิม (ไม่เปลี่ยนแปลง): 095-418-2263\n"
        "โทรศัพท์ที่ทำงาน: 053-511-247\n"
    )
    case = read(body)
    assert case.fields.get("phone") == "+66954182263"
    assert not case.issues.get("phone")
