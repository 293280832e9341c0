"""Unit tests for what blind set 38 showed (issue 8): Thai as phones and old PCs type it.
A tone or vowel mark typed twice (one letter carries it once), a postal code typed with
Thai and Arabic digits mixed at the end of an address, and name and address labels with
the typos Thais really type. Examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.thai import normalise_thai_text
from extractors.validate import normalise_text

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอหนังสือรับรอง"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a mark typed twice ---------------------------------------------------------------------


def test_a_tone_mark_typed_twice_is_one() -> None:
    # กิ่่งแก้ว: MAI EK twice on ง's syllable; ต้้ม before ม; and before a sara am.
    assert normalise_thai_text("นางกิ่่งแก้ว ต้้มส้้ม") == "นางกิ่งแก้ว ต้มส้ม"
    assert normalise_thai_text("นายช้้ำชอง") == "นายช้ำชอง"


def test_a_vowel_mark_typed_twice_is_one_and_tone_first_doubled_too() -> None:
    # สิิริ: SARA I twice; ชุุ่ม: SARA U twice; ่ typed before ั and again after it.
    assert normalise_thai_text("สิิริ ชุุ่มชื่น") == "สิริ ชุ่มชื่น"
    assert normalise_thai_text("ป่ั่น") == "ปั่น"


def test_two_different_marks_are_kept() -> None:
    # ั then ้ are two marks of one letter, as Thai spells them: nothing collapses.
    assert normalise_thai_text("ปั้นทอง ผู้ใหญ่") == "ปั้นทอง ผู้ใหญ่"


def test_a_name_with_a_doubled_tone_mark_reads_as_the_clerk_types_it() -> None:
    case = read("เรียน เจ้าหน้าที่\nชื่อ-นามสกุล: นางสาวน้้องนุช ศรีสุข\nโทร 0815550123\n")
    assert case.fields.get("full_name") == "นางสาวน้องนุช ศรีสุข"


# --- a number typed with Thai and Arabic digits mixed ---------------------------------------


def test_a_postal_code_in_mixed_digits_ending_free_text_reads_in_arabic_digits() -> None:
    # A phone's Thai keyboard puts ๐-๙ on the digit row's shifted keys: "5๗1๑0" is 57110
    # typed with two slips. A code wholly in Thai digits, and any other number (set 25
    # keeps a mixed house number as typed), are kept as written.
    assert normalise_text("ซ.ร่มเกล้า ๑๒ จ.เชียงราย 5๗1๑0") == "ซ.ร่มเกล้า ๑๒ จ.เชียงราย 57110"
    assert normalise_text("บ้านเลขที่ 4๙/2 หมู่ ๓") == "บ้านเลขที่ 4๙/2 หมู่ ๓"
    assert normalise_text("๙๙/๑ หมู่ ๗ จ.เชียงราย ๕๗๑๑๐") == "๙๙/๑ หมู่ ๗ จ.เชียงราย ๕๗๑๑๐"
    assert normalise_text("โทร 08๑2345678") == "โทร 08๑2345678"


def test_an_address_ending_in_a_mixed_postal_code_reads_it_in_arabic_digits() -> None:
    body = (
        "เรียน นายกเทศมนตรี\n"
        "ชื่อ-นามสกุล: นายอดิศร ทองมา\n"
        "ที่อยู่ 88 หมู่ 2 ตำบลป่าอ้อดอนชัย อำเภอเมืองเชียงราย จังหวัดเชียงราย 5๗1๐0\n"
        "โทร 0891234567\n"
    )
    case = read(body)
    assert case.fields.get("address", "").endswith("จังหวัดเชียงราย 57100")
    assert case.fields.get("postal_code") == "57100"


# --- labels as phones and old PCs type them -------------------------------------------------


def test_a_name_label_with_its_tone_mark_left_out_and_its_final_lo_typed_no() -> None:
    case = read("เรียน ปลัดอำเภอ\nชือ-สกุน : นางบุญเรือน มีสุข\nโทร 0865554321\n")
    assert case.fields.get("full_name") == "นางบุญเรือน มีสุข"


def test_a_family_name_label_typed_with_no_and_the_address_with_sara_u() -> None:
    body = (
        "เรียน เจ้าหน้าที่\n"
        "ชื่อ นายสมบัติ\n"
        "นามสกุน แสงทอง\n"
        "ที่อยุ่ 7 หมู่ 3 ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100\n"
        "โทร 0812223344\n"
    )
    case = read(body)
    assert case.fields.get("full_name") == "นายสมบัติ แสงทอง"
    assert (case.fields.get("address") or "").startswith("7 หมู่ 3 ตำบลบ้านดู่")


def test_a_typo_spelling_is_no_label_inside_a_word_or_a_sentence() -> None:
    # "ชือ" (ชื่อ without its tone) opens "ชือเสียง"-like runs and sits inside sentences;
    # neither is a name's label, so no name is read from these lines.
    body = "เรียน เจ้าหน้าที่\nชือเสียงของร้านเสียหายมาก ขอให้ตรวจสอบด้วย\nผมขอแก้ชือ สกุน ในทะเบียนบ้านครับ\n"
    assert read(body).fields.get("full_name") is None


def test_a_subjects_or_details_label_typed_so_is_a_word_not_a_label() -> None:
    # ข้อความ without its tone is "ขอความ" (asking for), which opens requests: the line is
    # the request's text, never a details label with "อนุเคราะห์..." as its value.
    case = read("เรียน นายก อบต.\nขอความ อนุเคราะห์ซ่อมไฟถนนหน้าบ้านด้วยครับ\nนายวีระ ดีมาก\n")
    assert not (case.fields.get("details") or "").startswith("อนุเคราะห์")
    assert not (case.fields.get("subject") or "").startswith("อนุเคราะห์")


def test_a_typo_label_longer_than_the_label_it_starts_with_wins() -> None:
    # "ชื่อ" is a label as written; "ชื่อ-สกุน" (สกุล with its final typed น) is a longer one.
    case = read("เรียน เจ้าหน้าที่\nชื่อ-สกุน นางสาวรัตนา ใจงาม\nโทร 0891112233\n")
    assert case.fields.get("full_name") == "นางสาวรัตนา ใจงาม"
