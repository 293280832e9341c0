"""OCR reading rules (extractors/ocr_text.py and their use in extractors/ocr.py), on small
OCR-like strings: each is a misreading seen from tesseract on scans and phone photos."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from extractors.body_form import parse_label_line
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading, read_line, with_marks
from extractors.ocr_text import (
    date_from_parts,
    drop_specks,
    edit_distance,
    fold_month_words,
    marks_restored,
    repair_national_id,
    repair_value,
    restore_marks,
    skeleton,
    with_date_slash_restored,
    with_era_restored,
    with_opening_vowel,
    with_title_mended,
    with_village_marks,
    with_village_word,
    without_dots_on_words,
    without_family_name_label,
    without_leader_remnants,
    without_name_junk,
    without_one_speck,
    without_trailing_speck,
    without_trailing_specks,
    without_unshared_specks,
)
from extractors.templates import load_templates
from extractors.thai import THAI_MONTHS, parse_date, thai_digits_to_arabic
from extractors.validate import national_id_is_valid, normalise_phone

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _page(*lines: str, alternatives: tuple[OcrPage, ...] = ()) -> OcrPage:
    read = tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(1, read, 0, 0.0, alternatives)


# --- marks from the other reading --------------------------------------------------------


def test_marks_the_binarised_reading_lost_come_back_from_the_grey_one() -> None:
    assert marks_restored("ทีอยู่ทีติดต่อได้", "..ที่อยู่ที่ติดต่อได้...") == "ที่อยู่ที่ติดต่อได้"
    assert marks_restored("ขอความอนเคราะห์", "-' ขอความอนุเคราะห์") == "ขอความอนุเคราะห์"


def test_a_mark_is_not_put_where_the_letters_or_the_marks_disagree() -> None:
    # ื against ี: the readings disagree on the mark itself, the first is kept
    assert marks_restored("มืดมาก", "มีดมาก") == "มืดมาก"
    # a second tone mark on one letter is no Thai
    assert marks_restored("ที่", "ที่้") == "ที่"
    # a mark after a Latin letter or a digit is not a mark lost from a Thai letter
    assert marks_restored("a1", "a่1") == "a1"


def test_a_mark_another_reading_saw_with_a_stroke_more_is_taken() -> None:
    # ื is ี with one more stroke, ู is ุ with a tail: a cut thins a stroke away far
    # more often than a speck adds one exactly there, so the fuller mark wins
    assert marks_restored("ทำให้กลางคืนมีดมาก", "..ทำให้กลางคืนมืดมาก 77") == "ทำให้กลางคืนมืดมาก"
    assert marks_restored("ถนนชยางกุร", "-ถนนชยางกูร-") == "ถนนชยางกูร"
    assert marks_restored("ทิ่", "ที่") == "ที่"
    # never the other way, nor between marks of which neither holds the other
    assert marks_restored("ถนนชยางกูร", "ถนนชยางกุร") == "ถนนชยางกูร"
    assert marks_restored("ก่า", "ก้า") == "ก่า"
    assert marks_restored("กัน", "กิน") == "กัน"


def test_restored_marks_keep_one_confidence_per_character() -> None:
    text, conf = restore_marks("ทีอยู่", (0.9, 0.9, 0.9, 0.9, 0.9, 0.9), "ที่อยู่", (0.5,) * 7)
    assert text == "ที่อยู่"
    assert len(conf) == len(text) and conf[2] == 0.5


def test_each_reading_of_a_page_gets_the_marks_of_the_other() -> None:
    grey = _page("ชื่อผู้ยื่นคำร้อง ..นางอรุณี มณีรัตน์..")
    cleaned = _page("ชือผู้ยืนคำร้อง นางอรุณี มณีรัตน์", alternatives=(grey,))
    first = with_marks((cleaned, grey))[0]
    assert first.lines[0].text == "ชื่อผู้ยื่นคำร้อง นางอรุณี มณีรัตน์"


def _unshared(text: str, other: str) -> str:
    confidences = (0.9,) * len(text.replace(" ", ""))
    kept, conf = without_unshared_specks(text, confidences, other)
    assert len(conf) == len(kept.replace(" ", ""))  # one confidence per character kept
    return kept


def test_a_speck_at_a_lines_end_or_start_another_reading_did_not_see_is_dropped() -> None:
    assert _unshared("ทำให้กลางคืนมืดมาก 1", "ทำให้กลางคืนมีดมาก") == "ทำให้กลางคืนมืดมาก"
    assert _unshared("ขอคัดสำเนาทะเบียนบ้าน00", "ขอคัดสำเนาทะเบียนบ้าน") == "ขอคัดสำเนาทะเบียนบ้าน"
    assert _unshared("ที่อยู่สำหรับติดต่อ i", "ที่อยู่สำหรับติดต่อุ") == "ที่อยู่สำหรับติดต่อ"
    assert _unshared("1 ข้าพเจ้ามีความประสงค์", "ข้าพเจ้ามีความประสงค์") == "ข้าพเจ้ามีความประสงค์"


def test_a_number_every_reading_saw_or_a_dot_of_an_abbreviation_stays() -> None:
    assert _unshared("172 หมู่ 1", "172 หมู่ 1") == "172 หมู่ 1"  # both readings have it
    assert _unshared("มืดมาก 1", "มืดมาก 0") == "มืดมาก 1"  # a digit in both: not a speck
    assert _unshared("ซอยสุขใจ ถ.", "ซอยสุขใจ ถ") == "ซอยสุขใจ ถ."  # glued dot: abbreviation
    # the other reading ends on other letters: it does not say what this line ends with
    assert _unshared("ตำบลหาดใหญ่ 1", "ตำบลหาดใหญ่ อำเภอ") == "ตำบลหาดใหญ่ 1"


def test_each_reading_loses_the_specks_only_it_saw() -> None:
    grey = _page("ข้อความ เนื่องจากไฟฟ้าดับ", "ทำให้กลางคืนมืดมาก 1")
    strict = _page("ข้อความ เนื่องจากไฟฟ้าดับ", "ทำให้กลางคืนมืดมาก", alternatives=(grey,))
    assert [li.text for li in with_marks((strict, grey))[1].lines][1] == "ทำให้กลางคืนมืดมาก"


# --- labels ----------------------------------------------------------------------------------


def test_skeleton_drops_marks_and_folds_look_alike_letters() -> None:
    assert skeleton("ซื่อ-นามสกุล") == skeleton("ชื่อ - นามสกุล") == skeleton("ชือนามสกล")
    assert edit_distance("รหสum", "รหสปณ", 3) == 2
    assert edit_distance("abcdef", "uvwxyz", 2) == 3  # cut off once over the limit


def test_a_misread_label_is_read_as_the_known_one() -> None:
    assert read_line("ชือผู้ยืนคำร้อง นาง อรุณี มณีรัตน์", labels()).endswith("นาง อรุณี มณีรัตน์")
    for line, key in [
        ("ชือผู้ยืนคำร้อง นาง อรุณี มณีรัตน์", "full_name"),
        ("ซื่อ-นามสกุล นาย วิชัย แสงทอง", "full_name"),
        ("ทีอยู่ทีติดต่อได้ 858 หมู่ 12 ซอยร่มเย็น", "address"),
        ("อเมล piyapong.p@example.com", "email"),
        ("รหัส um. 65000", "postal_code"),  # ปณ. read as Latin: the 5 digits confirm it
        ("ว: รหัสไปรษณีย์ 30000", "postal_code"),  # a speck and a colon before the label
        ("1 ว?หัสไปรษณีย์ 40000", "postal_code"),
    ]:
        found = {c.key: c.value for c in best_reading(_page(line), "2", labels())}
        assert key in found, line


def test_a_misread_label_is_confirmed_by_its_value_with_a_speck_after_it() -> None:
    # ด read as the digit ๑, and a speck after the date: the date still confirms the label
    fixed = read_line("วัน/เดือน/ปีเก๑ ๒๑/๐๖/๒๕๐๓ 1", labels())
    assert fixed == "วันเดือนปีเกิด ๒๑/๐๖/๒๕๐๓"


def test_a_loose_label_of_a_typed_field_needs_a_value_of_its_type() -> None:
    # two letters off "รหัสปณ" is allowed only because the value is a postal code
    assert not best_reading(_page("รหัส um. ถนนสุขุมวิท"), "2", labels())


def test_ordinary_text_is_not_taken_for_a_misread_label() -> None:
    for line in ["ได้แนบสำเนาบัตรประจำตัวประชาชนมาด้วยแล้ว", "ทำให้กลางคืนมืดมาก", "ก ข ค"]:
        assert read_line(line, labels()) == line


# --- typed values ----------------------------------------------------------------------------


def test_look_alike_letters_in_numbers_are_read_as_digits() -> None:
    assert repair_value("phone", "O81-234-567l") == "081-234-5671"
    assert repair_value("postal_code", "1O2OO") == "10200"
    assert repair_value("address", "O81 Old Town") == "O81 Old Town"  # only typed fields


def test_an_email_spaced_apart_at_its_dots_is_joined() -> None:
    assert repair_value("email", "Kittipong. i@Example.net") == "Kittipong.i@Example.net"
    assert repair_value("email", "somying _inkaew@mail.example.co.th") == (
        "somying_inkaew@mail.example.co.th"
    )
    found = {
        c.key: c.value
        for c in best_reading(_page("อีเมล (ถ้ามี) Kittipong. i@Example.net"), "2", labels())
    }
    assert found["email"] == "Kittipong.i@Example.net"


def test_a_speck_after_a_typed_value_is_dropped_only_if_the_value_then_fits() -> None:
    fits = lambda v: normalise_phone(v) is not None  # noqa: E731
    assert without_trailing_speck("+66883870947 1", fits) == "+66883870947"
    assert without_trailing_speck("0812345678", fits) == "0812345678"
    assert without_trailing_speck("12 3", fits) == "12 3"  # never fits: as read
    found = {c.key: c.value for c in best_reading(_page("โทรศัพท์ +66883870947 1"), "2", labels())}
    assert found["phone"] == "+66883870947"


def test_a_thai_month_with_a_lost_mark_is_read_as_the_month() -> None:
    assert fold_month_words("15 กมภาพันธ์ พ.ศ. 2511", THAI_MONTHS) == "15 กุมภาพันธ์ พ.ศ. 2511"
    assert fold_month_words("3 กรกอาคม 2502", THAI_MONTHS) == "3 กรกฎาคม 2502"
    assert parse_date("15 กมภาพันธ์ พ.ศ. 2511") is None  # what the rule is for
    found = {
        c.key: c.value for c in best_reading(_page("วันเกิด 15 กมภาพันธ์ พ.ศ. 2511"), "2", labels())
    }
    assert parse_date(found["birth_date"]) is not None
    assert fold_month_words("ขอความ มีนาคม", THAI_MONTHS) == "ขอความ มีนาคม"


def test_an_abbreviated_month_read_as_latin_look_alikes_is_read_as_the_month() -> None:
    assert fold_month_words("11 เดือน nw. พ.ศ. 2543", THAI_MONTHS) == "11 เดือน ก.พ. พ.ศ. 2543"
    assert fold_month_words("2 u.n. 2530", THAI_MONTHS) == "2 u.n. 2530"  # ม.ก.: no month
    assert fold_month_words("4 wu. 2530", THAI_MONTHS) == "4 wu. 2530"  # พ.ม.: no month
    assert fold_month_words("now 2530", THAI_MONTHS) == "now 2530"  # inside a word
    line = "๓. วัน/เดือน/ปีเกิด วันที่ 11 เดือน nw. พ.ศ. 2543"
    found = {c.key: c.value for c in best_reading(_page(line), "2", labels())}
    assert parse_date(found["birth_date"]) is not None


def test_a_national_id_is_repaired_only_at_its_one_doubtful_digit() -> None:
    good = "1101700203450"
    assert national_id_is_valid(good)
    misread = good[:5] + "9" + good[6:]
    only_sixth = [i == 5 for i in range(13)]
    assert repair_national_id(misread, only_sixth) == good
    assert repair_national_id(misread, [False] * 13) is None  # no doubtful digit: no guess
    two = [i in (5, 7) for i in range(13)]
    assert repair_national_id(misread, two) is None  # two doubtful digits: no guess
    assert repair_national_id(good, only_sixth) is None  # valid already


def test_a_repaired_national_id_is_flagged_as_repaired() -> None:
    good = "1101700203450"
    misread = good[:5] + "9" + good[6:]
    line = f"เลขประจำตัวประชาชน {misread}"
    confidences = [0.95] * len(line.replace(" ", ""))
    confidences[len("เลขประจำตัวประชาชน") + 5] = 0.3  # the misread digit
    page = OcrPage(1, (OcrLine(line, tuple(confidences)),), 0, 0.0)
    (found,) = best_reading(page, "2", labels())
    assert found.value == good
    assert {"ocr", "ocr_low_confidence", "ocr_repaired"} <= set(found.provenance.flags)


def test_the_village_word_read_as_latin_letters_after_a_house_number_is_the_word() -> None:
    # a Thai address opens `<house number> หมู่ <village number>`; Tesseract reads หมู่ as
    # two Latin letters (`ny`, `KY`, `wy`) in a thin or round face
    assert with_village_word("822/98 ny 7 ถนนศรีจันทร์") == "822/98 หมู่ 7 ถนนศรีจันทร์"
    assert with_village_word("25 wy 2 ซอยสุขใจ") == "25 หมู่ 2 ซอยสุขใจ"
    for kept in ("25 หมู่ 2 ซอยสุขใจ", "25 Soi 2 Sukhumvit", "ได้แนบ 2 ฉบับ", "12 ม. 3 ซอย"):
        assert with_village_word(kept) == kept, kept
    found = {c.key: c for c in best_reading(_page("ที่อยู่ 822/98 ny 7 ถนนศรีจันทร์"), "2", labels())}
    assert found["address"].value == "822/98 หมู่ 7 ถนนศรีจันทร์"
    assert "ocr_repaired" in found["address"].provenance.flags


def test_a_national_id_with_one_digit_read_as_no_digit_is_completed_by_its_check() -> None:
    # Tesseract reads a Thai digit it cannot place as `@` or a letter; the other twelve
    # and the check digit leave one value for it, taken and flagged as chosen
    good = "1630105704311"
    assert national_id_is_valid(good)
    page = _page("เลขประจำตัวประชาชน (13 หลัก) ๑-๖๓๐๑-๐๕๗๐๔-๓๑-@")
    (found,) = best_reading(page, "2", labels())
    assert found.value == good
    assert {"ocr_low_confidence", "ocr_repaired"} <= set(found.provenance.flags)
    assert repair_national_id("163010570431@", [False] * 13) == good
    other = "1101700203450"
    assert repair_national_id("1-10@7-00203-45-0", [False] * 13) == other
    assert repair_national_id("1-1017-00203-4@-0", [False] * 13) == other
    # the third digit weighs 11: the check says nothing about it, so no guess
    assert repair_national_id("11@1700203450", [False] * 13) is None
    # a check digit 1 is a sum of 0 or 10 modulo 11: two digits hold, so no guess
    assert repair_national_id("1-6301-05704-3@-1", [False] * 13) is None
    assert repair_national_id("1-6301-05704-@@-1", [False] * 13) is None  # two unread
    assert repair_national_id("1-6301-057004-3@-1", [False] * 13) is None  # not the layout


def test_a_thai_date_whose_second_slash_and_the_years_first_digit_read_as_one_is_read() -> None:
    # `/๒` set tight reads as ๗ (a stroke leaning into a loop): ๐๖/๑๒๗๕๒๕ for ๐๖/๑๒/๒๕๒๕,
    # a Buddhist-era year begins ๒๔ or ๒๕
    assert with_date_slash_restored("๐๖/๑๒๗๕๒๕") == "๐๖/๑๒/๒๕๒๕"
    assert with_date_slash_restored("27/11 7511") == "27/11 7511"  # not glued: as read
    assert with_date_slash_restored("๐๖/๑๒/๒๕๒๕") == "๐๖/๑๒/๒๕๒๕"
    assert with_date_slash_restored("๐๖/๑๒๗๓๒๕") == "๐๖/๑๒๗๓๒๕"  # no year ๒๓..
    (found,) = best_reading(_page("วัน/เดือน/ปีเกิด ๒๗/๑๑๗๕๑๑"), "2", labels())
    assert found.value == "๒๗/๑๑/๒๕๑๑"
    assert "ocr_repaired" in found.provenance.flags
    # and a misread label (ิด read as ๑) is confirmed by the date it then reads
    (found,) = best_reading(_page("วันเก๑ ๐๖/๑๒๗๕๒๕"), "2", labels())
    assert (found.key, found.value) == ("birth_date", "๐๖/๑๒/๒๕๒๕")


# --- specks -----------------------------------------------------------------------------------


def test_a_lone_thai_consonant_is_a_speck_and_is_dropped_with_its_confidence() -> None:
    first, last = "ตำบลในเมือง", "อำเภอเมือง"
    confidences = (0.9,) * len(first) + (0.2, 0.3, 0.3) + (0.8,) * len(last)
    text, conf = drop_specks(f"{first} ร ว่ {last}", confidences)
    assert text == f"{first} {last}"
    assert conf == (0.9,) * len(first) + (0.8,) * len(last)
    assert drop_specks("นาง ศิริพร ชัยมงคล ง", (0.9,) * 17)[0] == "นาง ศิริพร ชัยมงคล"


def test_words_of_one_letter_that_thai_has_are_kept() -> None:
    for line in ["ณ ที่ว่าการอำเภอ", "ต. ในเมือง", "หมู่ 1", "ก็ได้ ครับ", "ร"]:
        assert drop_specks(line, (0.9,) * len(line.replace(" ", "")))[0] == line
    found = {
        c.key: c.value for c in best_reading(_page("ที่อยู่ 12 ถนนสุขุมวิท ร ว่ ต.ในเมือง"), "2", labels())
    }
    assert found["address"] == "12 ถนนสุขุมวิท ต.ในเมือง"


def test_a_short_label_does_not_take_the_word_after_it() -> None:
    assert read_line("เรื่องนี้ ขอแจ้งว่า", labels()) == "เรื่องนี้ ขอแจ้งว่า"
    assert read_line("วันนี้ ได้แนบ", labels()) == "วันนี้ ได้แนบ"


def test_leader_remnants_around_a_value_are_dropped() -> None:
    assert without_leader_remnants(" ~-Kanokwan2004@Example.net...") == " Kanokwan2004@Example.net"
    assert without_leader_remnants(": --นายสมชาย ใจดี.....") == ": นายสมชาย ใจดี"
    assert without_leader_remnants(" +66 81 234 5678") == " +66 81 234 5678"  # a value's own +
    page = _page("อีเมล ~-Kanokwan2004@Example.net...", "ชื่อ-นามสกุล -.นายสมชาย ใจดี.....")
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert found == {"email": "Kanokwan2004@Example.net", "full_name": "นายสมชาย ใจดี"}


def test_a_field_the_best_reading_lost_is_taken_from_another_reading() -> None:
    lenient = _page("ชื่อ-นามสกุล นายสมชาย ใจดี", "อีเมล somchai@example.org")
    best = _page(
        "ชื่อ-นามสกุล นายสมชาย ใจดี", "โทรศัพท์ 0812345678", "Aiwa somchai@example.org",
        alternatives=(lenient,),
    )  # fmt: skip
    found = best_reading(best, "2", labels())
    assert sorted(c.key for c in found) == ["email", "full_name", "phone"]  # each once
    assert all("ocr" in c.provenance.flags for c in found)


def test_dots_inside_an_address_local_part_are_an_underscore() -> None:
    assert repair_value("email", "piyanut..saengthong@mail.example.co.th") == (
        "piyanut_saengthong@mail.example.co.th"
    )
    assert repair_value("email", "a.b@example.org") == "a.b@example.org"  # one dot is a dot
    assert repair_value("email", "ab@example..org") == "ab@example..org"  # domain: as read


def test_a_top_level_domain_read_one_letter_off_a_generic_one_is_that_one() -> None:
    # a thin face loses the descender of g (read e), or reads it as e and g
    assert repair_value("email", "anucha.r@example.ore") == "anucha.r@example.org"
    assert repair_value("email", "sunee.b@example.oreg") == "sunee.b@example.org"
    assert repair_value("email", "wichai@example.con") == "wichai@example.com"
    for kept in ("a@example.co.th", "a@example.one", "a@example.ng", "a@example.info"):
        assert repair_value("email", kept) == kept  # real, or short: a country's
    assert repair_value("email", "a@example.cov") == "a@example.cov"  # com or gov: unsure


def test_an_address_whose_underscore_was_lost_or_spaced_is_read_whole() -> None:
    # the low line sits where the leaders do, and the cut that drops them drops it too
    assert repair_value("email", "porntip maneerat@example.org") == ("porntip_maneerat@example.org")
    assert repair_value("email", "see the office: a@b.org") == "see the office: a@b.org"
    # an initial after the space: a dot lost, as likely as an underscore; left to the vote
    assert repair_value("email", "thidarat m@example.org") == "thidarat m@example.org"
    # after an English label the value must show its type: the spaced one is joined first
    assert read_line("E-mail Sakchai_ maneerat@Example.com", labels()) == (
        "E-mail Sakchai_maneerat@Example.com"
    )
    assert read_line("E-mail Sakchai - 0812345678", labels()) == "E-mail Sakchai - 0812345678"
    # and an address with an underscore after a Thai label read as Latin letters is whole
    found = {
        c.key: c for c in best_reading(_page("Aiwa Sunee_maneerat@Example.net"), "2", labels())
    }
    assert found["email"].value == "Sunee_maneerat@Example.net"


def test_digits_of_an_address_read_as_their_look_alikes_are_digits() -> None:
    # a year of birth after a name: its 1 read as l (the flag of a 1 set tight after letters)
    assert repair_value("email", "sakchail961@mail.example.co.th") == (
        "sakchai1961@mail.example.co.th"
    )
    assert repair_value("email", "kamol99@example.com") == "kamol99@example.com"
    assert repair_value("email", "paul2003@example.com") == "paul2003@example.com"
    # a 7 read as / (no address is written with one), an underscore read as two dashes
    assert repair_value("email", "wanna/8@example.net") == "wanna78@example.net"
    assert repair_value("email", "somying--jaidee@example.com") == "somying_jaidee@example.com"
    # or as a dash and a dot, in either order (no one types `-.` in an address)
    assert repair_value("email", "wichai-.suksawat@example.com") == "wichai_suksawat@example.com"
    assert repair_value("email", "wichai.-suksawat@example.com") == "wichai_suksawat@example.com"
    assert repair_value("email", "a-b@x--y.example.com") == "a-b@x--y.example.com"  # domain
    # and so in an address whose Thai label was read as Latin letters
    found = {c.key: c for c in best_reading(_page("Aiwa wichail962@example.com"), "2", labels())}
    assert found["email"].value == "wichai1962@example.com"


def test_a_value_in_thai_digits_run_into_its_label_is_read_apart() -> None:
    # the label's last letter or mark and the space after it lost: the digit follows
    for line, label in [
        ("โทรศัพท์มือถื๐๘๗-๓๗๘-๗๘๕๗", "มือถื"),
        ("เบอร์โทรศัพท์ที่ติดต่อได๐๙๒-๒๐๕-๐๐๒๑", "ได"),
    ]:
        found = parse_label_line(read_line(line, labels()), labels())
        assert found is not None and found.key == "phone", line
        assert found.value == line.partition(label)[2]
    assert read_line("บ้านเลขที่๑๒ ซอยร่มเย็น", labels()) == "บ้านเลขที่๑๒ ซอยร่มเย็น"


def test_a_silent_mark_on_a_names_first_letter_is_the_vowel_read_for_it() -> None:
    # ์ silences a word's last letter: no name opens with it; ั is the stroke read so
    assert with_opening_vowel("นายณ์ฐวุฒิ มณีรัตน์") == "นายณัฐวุฒิ มณีรัตน์"
    assert with_opening_vowel("นางสาวณ์ฐธิดา ณ์ฐกุล") == "นางสาวณัฐธิดา ณัฐกุล"
    for kept in ("นายณัฐวุฒิ มณีรัตน์", "นางสาวสุนีย์ ใจดี", "พูลสวัสดิ์"):
        assert with_opening_vowel(kept) == kept


def test_a_title_misread_at_one_look_alike_letter_is_the_title() -> None:
    # a Thai name on a form opens with its title; Tesseract reads น as บ or ฝ, า as ว,
    # ส as ล (a thin face's strokes lost or read at the other end of the letter)
    assert with_title_mended("บาย ธนากร ใจดี") == "นาย ธนากร ใจดี"
    assert with_title_mended("นวย พงศกร อินทร์แก้ว") == "นาย พงศกร อินทร์แก้ว"
    assert with_title_mended("นางลาว อรุณี วงศ์ใหญ่") == "นางสาว อรุณี วงศ์ใหญ่"
    assert with_title_mended("ฝางสาวนภัสสร สุขสวัสดิ์") == "นางสาวนภัสสร สุขสวัสดิ์"
    # น read as ห: the same bowl and tail, its head's notch seen at the wrong side
    assert with_title_mended("หายอภิชาติ มั่นคงดี") == "นายอภิชาติ มั่นคงดี"
    assert with_title_mended("หาง สมศรี ใจดี") == "นาง สมศรี ใจดี"
    for kept in (
        "หาญณรงค์ ใจดี",  # no title: ญ is no misread ย
        "นายธนากร ใจดี",
        "นางลาวัลย์ ใจดี",  # นาง, then the given name ลาวัลย์
        "นาวิน ใจดี",  # no title: ว is no misread ย
        "นวลจันทร์ ศรีสุข",
        "ธนากร ศรีสุข",
        "บาย ใจดี",  # two words: the first may be the given name
        "ร.ต.อ.อนุชา รักไทย",
    ):
        assert with_title_mended(kept) == kept, kept
    found = {c.key: c for c in best_reading(_page("ชื่อ-นามสกุล บาย ธนากร ใจดี"), "2", labels())}
    assert found["full_name"].value == "นาย ธนากร ใจดี"
    assert "ocr_repaired" in found["full_name"].provenance.flags


def test_an_exclamation_mark_in_an_address_or_a_number_is_the_1_read_so() -> None:
    # Tesseract reads a 1 (a stroke and a foot) as `!`; no one types ! in an address
    assert repair_value("email", "thanakorn!972@mail.example.co.th") == (
        "thanakorn1972@mail.example.co.th"
    )
    assert repair_value("email", "somchai.k@example.org") == "somchai.k@example.org"
    assert repair_value("phone", "08!2345678") == "0812345678"
    assert repair_value("postal_code", "!0200") == "10200"


def test_an_abbreviated_month_whose_dot_was_read_as_a_mark_is_read() -> None:
    for written, month in [("10 ก.ุย. 2513", 9), ("5 กุย. 2521", 9), ("18 กุค.31", 7)]:
        assert parse_date(written) is None  # what the rule is for
        page = _page(f"วันเกิด {written}")
        found = {c.key: c.value for c in best_reading(page, "2", labels())}
        read = parse_date(found["birth_date"])
        assert read is not None and read.month == month, written
    assert fold_month_words("ขอ กุย. 2", THAI_MONTHS) == "ขอ ก.ย. 2"
    assert fold_month_words("นุช.", THAI_MONTHS) == "นุช."  # no such month: as read


def test_one_short_word_that_is_no_number_may_go_from_a_date() -> None:
    fits = lambda v: parse_date(v) is not None  # noqa: E731
    assert without_one_speck("Ju 13 สิงหาคม พ.ศ. 2505", fits) == "13 สิงหาคม พ.ศ. 2505"
    assert without_one_speck("15 สิงหาคม wer. 2535", fits) == "15 สิงหาคม 2535"
    assert without_one_speck("15 สิงหาคม 2535", fits) == "15 สิงหาคม 2535"
    assert without_one_speck("2 A.W. 2495", fits) == "2 A.W. 2495"  # never fits: as read
    assert without_one_speck("15 1 2535", fits) == "15 1 2535"  # a number is never dropped


def test_a_repaired_national_id_tells_the_clerk_a_digit_was_chosen() -> None:
    from extractors.base import FieldSpec, FormTemplate
    from extractors.review import review_flags

    good = "1101700203450"
    line = f"เลขประจำตัวประชาชน {good[:5]}9{good[6:]}"
    confidences = [0.95] * len(line.replace(" ", ""))
    confidences[len("เลขประจำตัวประชาชน") + 5] = 0.3
    page = OcrPage(1, (OcrLine(line, tuple(confidences)),), 0, 0.0)
    (repaired,) = best_reading(page, "2", labels())
    plain_line = f"เลขประจำตัวประชาชน {good}"
    plain_page = OcrPage(1, (OcrLine(plain_line, (0.95,) * len(plain_line)),), 0, 0.0)
    (read,) = best_reading(plain_page, "2", labels())
    spec = FieldSpec(
        key="national_id",
        type="national_id",
        title_th="เลขประจำตัวประชาชน",
        title_en="National ID",
        labels=["เลขประจำตัวประชาชน"],
    )
    template = FormTemplate.model_validate(
        {"name": "t", "title_th": "t", "title_en": "t", "fields": [spec.model_dump()]}
    )
    codes = [
        [i.code for i in review_flags(template, {"national_id": c}, [c])["national_id"]]
        for c in (repaired, read)
    ]
    assert codes == [["ocr_digit_chosen"], ["read_by_ocr"]]


def test_an_address_whose_thai_label_was_read_as_latin_letters_is_the_email() -> None:
    # Tesseract reads a line in one script: a Thai label before a Latin address comes out
    # as Latin letters (อีเมล as `Aiwa`, อีเมล (ถ้ามี) as `dina (ถ้ามี)`), no label at all
    page = _page(
        "ชื่อ-สกุล นายปิยะพงษ์ ศรีสุข",
        "โทรศัพท์ +66 91 073 6453",
        "Aiwa piyapong.s@example.com",
        "ที่อยู่ 877 ถนนถลาง ตำบลตลาดใหญ่",
    )
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["email"].value == "piyapong.s@example.com"
    assert "ocr_low_confidence" in found["email"].provenance.flags  # its label unread
    # an address after Thai words is some other address (an office's), not taken
    office = _page("ชื่อ-สกุล นายปิยะพงษ์ ศรีสุข", "ติดต่อสำนักงาน saraban@agency.go.th")
    assert "email" not in {c.key for c in best_reading(office, "2", labels())}
    # nor beside the email field read by its label
    both = _page("อีเมล piyapong.s@example.com", "Aiwa other@example.com")
    assert [c.value for c in best_reading(both, "2", labels()) if c.key == "email"] == [
        "piyapong.s@example.com"
    ]


def test_an_address_found_by_its_label_beats_one_found_without() -> None:
    strict = _page("อีเมล thidarat m@mail.example.co.th")
    latin = _page("Adina thidaratm@mail.example.co.th")
    text = "อีเมล ~thidarat.m@mail.example.co.th."
    # the lenient cut reads less surely: a doubtful character, as the Latin line has
    lenient = OcrPage(1, (OcrLine(text, (0.5,) * len(text.replace(" ", ""))),), 0, 0.0)
    page = OcrPage(1, strict.lines, 0, 0.0, (latin, lenient))
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert found["email"].rstrip(".") == "thidarat.m@mail.example.co.th"


def test_an_english_label_reads_its_value_through_leader_remnants() -> None:
    # after an English label a value must show its type to be read; the leaders a
    # lenient cut keeps around it (`.-`, `.........---`) hid that it does
    line = read_line("E-mail .-Piyanut.p@Example.org.........---", labels())
    assert line == "E-mail Piyanut.p@Example.org"
    assert read_line("E-mail .-ไทลทล", labels()) == "E-mail .-ไทลทล"  # no value: as read


def test_a_printed_dotted_line_between_values_is_a_gap() -> None:
    # A paper form prints its dotted lines as black as its labels: they are read as runs
    # of dots between the labels and the values written on them, and inside a value
    # written in groups over the dots (held-out scans, tests/extractors/ocr_held_out.py).
    page = _page(
        "เกิดวันที่.2.. เดือน.พฤศจิกายน.. พ.ศ..2533..",
        "จังหวัด ..เชียงใหม่.. รหัสไปรษณีย์ ..50180.",
        "โทรศัพท์มือถือ...089..330..7146...",
    )
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert str(parse_date(found["birth_date"])) == "1990-11-02"
    assert found["province"] == "เชียงใหม่"
    assert found["postal_code"] == "50180"
    assert normalise_phone(found["phone"]) == "+66893307146"


def test_a_typed_value_labelled_after_an_item_not_collected_is_read() -> None:
    # A paper form puts short items side by side: the ID's label comes after the age
    # (อายุ ... ปี), which no template collects, so no label starts the line.
    page = _page(
        "อายุ 58 ปี เลขประจำตัวประชาชน 3 50 11-00428-71-2",
        "อาชีพ รับจ้าง โทรศัพท์ 089 330 7146",
    )
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert national_id_is_valid("".join(ch for ch in found["national_id"] if ch.isdigit()))
    assert normalise_phone(found["phone"]) == "+66893307146"
    # a line whose own label's value was misread is not cut down to its second label
    assert read_line("จังหวัด ถรุงเทพมหวานคร รหัสไปรษณีย์ 40240", labels()).startswith("จังหวัด")


def test_a_misread_label_after_an_item_not_collected_is_read_on_a_value_of_its_type() -> None:
    # อายุ ๒๕ ปี read as `any ๒๕ ปี`, and the ID's label after it with ที่ read as `ท/`:
    # the label inside is repaired as one at a line's start is, on an ID that holds
    line = "any ๒๕ ปี บัตรประจำตัวประชาชนเลขท/ ๓๑๐๑๗๐๐๔๕๘๒๑๗"
    found = parse_label_line(read_line(line, labels()), labels())
    assert found is not None and found.key == "national_id"
    assert national_id_is_valid(thai_digits_to_arabic(found.value))
    # not on a value no ID reading makes: a misread label takes nothing it cannot check
    assert (
        parse_label_line(read_line("any ๒๕ ปี บัตรประจำตัวประชาชนเลขท/ ๑๒", labels()), labels())
        is None
    )


def test_the_family_name_label_inside_a_name_is_a_gap() -> None:
    # `ข้าพเจ้า ....... นามสกุล .......`: the value written on the first dots runs into the
    # printed label, or the label is read at one letter off (น as บ, า as ำ, ุ lost)
    assert without_family_name_label("นางสายสนีย์นามสกุล บุญประคอง") == "นางสายสนีย์ บุญประคอง"
    assert without_family_name_label("นงจันทร์เพ็ญ บามสกุล ห้องประเสริฐ") == ("นงจันทร์เพ็ญ ห้องประเสริฐ")
    assert without_family_name_label("นายอนุชา นำมสกุล รักไทย") == "นายอนุชา รักไทย"
    assert without_family_name_label("นายอนุชา นามสกล รักไทย") == "นายอนุชา รักไทย"
    for kept in (
        "นายอนุชา ธรรมสกุล",  # a family name ending in สกุล
        "นายอนุชา ศรีสกุล",
        "นางสาวนามสกุล",  # nothing after it: no family name follows a label
        "นายอนุชา รักไทย",
    ):
        assert without_family_name_label(kept) == kept, kept
    found = {c.key: c for c in best_reading(_page("ข้าพเจ้า นายอนุชานามสกุล รักไทย"), "2", labels())}
    assert found["full_name"].value == "นายอนุชา รักไทย"
    assert "ocr_repaired" in found["full_name"].provenance.flags


def test_junk_around_a_thai_name_is_not_part_of_it() -> None:
    # the signature line's bracket, leader dots and specks read as digits or Latin
    # letters after the family name: a Thai name is Thai letters
    assert without_name_junk("นายประเสริฐ คำแก้ว 000") == "นายประเสริฐ คำแก้ว"
    assert without_name_junk("( นายวีระพงษ์ สุขเจริญ.") == "นายวีระพงษ์ สุขเจริญ"
    assert without_name_junk("นางสายสุนีย์ บุญประคอง ce") == "นางสายสุนีย์ บุญประคอง"
    assert without_name_junk("นางสาวอรอุมา เพชรรัตน์ )))") == "นางสาวอรอุมา เพชรรัตน์"
    for kept in (
        "นายอนุชา รักไทย",
        "Mr. John Smith",  # a Latin name is a name
        "นายอนุชา ce",  # two words: the second may be the family name, misread
        "นาย John Smith",
    ):
        assert without_name_junk(kept) == kept, kept


def test_leader_dots_left_on_an_address_are_no_part_of_it() -> None:
    # the dots a value is written on, read at the ends of its words
    assert without_dots_on_words("45./.2 หมู่ที่ 7 ตำบล ดอนแก้ว.\nอำเภอ แม่ริม.") == (
        "45/2 หมู่ที่ 7 ตำบล ดอนแก้ว\nอำเภอ แม่ริม"
    )
    assert without_dots_on_words("201. หมู่ที่ .12 ตำบล ในเมือง.") == "201 หมู่ที่ 12 ตำบล ในเมือง"
    for kept in (
        "12 ม.3 ต.ในเมือง อ.เมือง จ.ยโสธร",  # abbreviations keep their dots
        "99/1 ซอย 10.30",  # a dot between digits is written
        "12 หมู่ 3 ถ. สุขุมวิท",
    ):
        assert without_dots_on_words(kept) == kept, kept


def test_the_village_number_word_with_a_lost_tone_mark_is_whole() -> None:
    assert with_village_marks("201 หมู่ที 12 ตำบล ในเมือง") == "201 หมู่ที่ 12 ตำบล ในเมือง"
    assert with_village_marks("9 หมูที่ 3") == "9 หมู่ที่ 3"
    for kept in ("ที่ 12", "หมู่บ้าน 3", "ทีละ 2", "หมู่ที่ 7"):
        assert with_village_marks(kept) == kept
    found = {c.key: c for c in best_reading(_page("ที่อยู่ 201 หมู่ที 12 ตำบลในเมือง"), "2", labels())}
    assert found["address"].value == "201 หมู่ที่ 12 ตำบลในเมือง"


def test_a_phone_beside_a_fax_number_ranks_below_a_phone_alone() -> None:
    # a letterhead prints the office's phone and fax together, crisp: read more surely
    # than the applicant's phone written on the dots, it won (held-out forms: the
    # agency's phone taken in 4 of 24)
    office, own = "โทรศัพท์ 02-141-5555 โทรสาร 02-141-5559", "โทรศัพท์ 081-774-0362"
    # (below a field of the form: a letterhead above them all is not read at all)
    name = "ชื่อ นายสมชาย ใจดี"
    lines = (OcrLine(name, (0.9,) * len(name.replace(" ", ""))),
             OcrLine(office, (0.95,) * len(office.replace(" ", ""))),
             OcrLine(own, (0.7,) * len(own.replace(" ", ""))))  # fmt: skip
    page = OcrPage(1, lines, 0, 0.0)
    phones = {c.value: c for c in best_reading(page, "2", labels()) if c.key == "phone"}
    assert phones["081-774-0362"].confidence > phones["02-141-5555"].confidence


def test_a_letterhead_phone_is_never_taken_for_the_applicants() -> None:
    # the applicant's phone line misread beyond its label: the letterhead's phone, above
    # every field of the form, was all the page gave (held-out forms: 3 of 24)
    office = "โทรศัพท์ 02-141-5555 โทรสาร 02-141-5559"
    page = _page(office, "ชื่อ นายสมชาย ใจดี", "ที่อยู่ 12 ถนนสุขุมวิท")
    assert [c.value for c in best_reading(page, "2", labels()) if c.key == "phone"] == []
    alone = best_reading(_page(office), "2", labels())
    assert [c.value for c in alone if c.key == "phone"] == []
    # a firm's own phone and fax, given below the applicant's name, stay
    own = best_reading(_page("ชื่อ นายสมชาย ใจดี", office), "2", labels())
    assert [c.value for c in own if c.key == "phone"] == ["02-141-5555"]


def test_a_date_is_read_from_its_parts_whatever_was_read_between_them() -> None:
    # `วันที่ .. เดือน .. พ.ศ. ..`: the printed เดือน and พ.ศ. read as Latin or look-alikes,
    # a speck on the month (held-out forms: 13 of 24 birth dates lost so)
    assert date_from_parts("19 เตือน รธันวาคม wa, 2528", THAI_MONTHS) == "19 ธันวาคม 2528"
    assert date_from_parts("2 เตือน พฤศจิกายน ya, 2533", THAI_MONTHS) == "2 พฤศจิกายน 2533"
    assert date_from_parts("๒๕ Wan มีถุนายน พ ศู๒๕๔๐", THAI_MONTHS) == "25 มิถุนายน 2540"
    assert date_from_parts("8. เดือน กันยายุน พ.ศ 2.518.", THAI_MONTHS) == "8 กันยายน 2518"
    assert date_from_parts("๒ เดือน52จิกายน ๒๕๓๓", THAI_MONTHS) == "2 พฤศจิกายน 2533"
    assert date_from_parts("วันที่ 14 เดือน. มี.ค. : wa, 2511: ar", THAI_MONTHS) == "14 มี.ค. 2511"
    for none in (
        "19 ธันวาคม",  # no year
        "144 เดือน AVIAN we 2511",  # no day, no month
        "14 มีนาคม 2511 200",  # a third number: which is the year is not sure
        "2 มกราคม กุมภาพันธ์ 2533",  # two months
    ):
        assert date_from_parts(none, THAI_MONTHS) is None, none
    found = {
        c.key: c for c in best_reading(_page("เกิดวันที่ 19 เตือน รธันวาคม wa, 2528"), "2", labels())
    }
    assert parse_date(found["birth_date"].value) is not None


def test_a_name_read_without_its_ticked_title_gets_the_title_signed_under_the_form() -> None:
    # ☑นาย ☐นาง ☐นางสาว: which box is ticked is not read; the applicant writes the full
    # name, title first, in brackets under the signature line
    page = _page("ชื่อ กิตติศักดิ์ นามสกุล วงษ์ใหญ่", "ลงชื่อ ผู้ยื่นคำร้อง", "(นายกิตติศักดิ์ วงษ์ใหญ่)")
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["full_name"].value == "นายกิตติศักดิ์ วงษ์ใหญ่"
    assert "ocr_repaired" in found["full_name"].provenance.flags
    page = _page("ชื่อ กิตติศักดิ์ นามสกุล วงษ์ใหญ่", "นายกิตติศักดิ์ วงษ์ใหญ่")  # bracket lost
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["full_name"].value == "นายกิตติศักดิ์ วงษ์ใหญ่"
    for other in ("(นายสมชาย ใจดี)", "(นายกิตติ วงษ์ใหญ่)", "เรียน นายกิตติศักดิ์ วงษ์ใหญ่"):
        page = _page("ชื่อ กิตติศักดิ์ นามสกุล วงษ์ใหญ่", other)
        found = {c.key: c for c in best_reading(page, "2", labels())}
        assert found["full_name"].value == "กิตติศักดิ์ วงษ์ใหญ่", other


def test_the_number_of_a_forms_item_before_its_label_is_no_part_of_it() -> None:
    # `๓. วัน/เดือน/ปีเกิด`: the number glued to the label, or read as a Latin word
    for line in (
        "๓วัน/เดือน/ปีเกิด วันที่ 14 เดือน มีนาคม พ.ศ. 2511",
        "on. วัน/เดือน/ปีเกิด วันที่ 14 เดือน มีนาคม พ.ศ. 2511",
        "17.เลขประจำตัวประชาชน 3-5011-00428-71-2",
    ):
        found = parse_label_line(read_line(line, labels()), labels())
        assert found is not None and found.key in ("birth_date", "national_id"), line
    kept = "12 ถนนสุขุมวิท"  # a house number before a road: no label after it
    assert read_line(kept, labels()) == kept


def test_a_province_label_read_as_latin_before_a_province_is_the_label() -> None:
    found = parse_label_line(read_line("fonda จันทบุรี รหัสไปรษณีย์ 22000", labels()), labels())
    assert found is not None and found.key == "province"
    for kept in ("Soi ทองหล่อ", "hug ท่าช้าง", "Mr สมชาย ใจดี"):  # no province after it
        assert read_line(kept, labels()) == kept


# --- the era between a month and its year -----------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("16 เดือน สิงหาคม we 2514", "16 เดือน สิงหาคม พ.ศ. 2514"),
        ("ธันวาคม wa, 2569", "ธันวาคม พ.ศ. 2569"),
        ("กุมภาพันธ์ พศ. ๒๕๐๗", "กุมภาพันธ์ พ.ศ. ๒๕๐๗"),
        ("มี.ค. Wa. 2531", "มี.ค. พ.ศ. 2531"),
    ],
)
def test_the_era_misread_between_a_month_and_its_year_is_read_as_printed(
    read: str, meant: str
) -> None:
    assert with_era_restored(read, THAI_MONTHS) == meant


@pytest.mark.parametrize(
    "line",
    [
        "16 สิงหาคม พ.ศ. 2514",  # as printed
        "สิงหาคม ค.ศ. 1971",  # the common era, its year no Buddhist one
        "มีนาคม ปี 2514",  # a Thai word, not a misread era
        "we 2514",  # no month before it
        "ธันวาคม we 12345",  # no year after it
        "ธันวาคม ถึง 2569",
    ],
)
def test_only_a_misread_era_between_a_month_and_a_buddhist_year_is_restored(line: str) -> None:
    assert with_era_restored(line, THAI_MONTHS) == line


def test_a_field_after_a_date_whose_era_was_misread_is_read_too() -> None:
    """Left misread, the date is no date, the phone after it is not parted from it, and
    both are lost (an official form's `เกิดวันที่ .. เดือน .. พ.ศ. .. โทรศัพท์ ..` line)."""
    line = "เกิดวันที่ 16 เดือน สิงหาคม we 2514 โทรศัพท์ 086-194-5273"
    found = {c.key: c.value for c in best_reading(_page(line), "2", labels())}
    assert parse_date(found["birth_date"]) == date(1971, 8, 16)
    assert normalise_phone(found["phone"]) == "+66861945273"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a ruled cell's side and specks after an address, read as digits
        ("12 หมู่ที่5 ตำบลบ้านนา อำเภอเมือง 7 0", "12 หมู่ที่5 ตำบลบ้านนา อำเภอเมือง"),
        ("12 หมู่ที่5 ตำบลบ้านนา\nอำเภอเมือง | 1 .", "12 หมู่ที่5 ตำบลบ้านนา\nอำเภอเมือง"),
        # one number at the end is the address's: a soi, a village
        ("99/1 ซอยสุขุมวิท 7", "99/1 ซอยสุขุมวิท 7"),
        ("5 หมู่ 3", "5 หมู่ 3"),
        ("ตำบลบ้านนา 1 2", "ตำบลบ้านนา 1 2"),  # one Thai word: too little to say
    ],
)
def test_specks_read_after_free_text_are_dropped(text: str, kept: str) -> None:
    assert without_trailing_specks(text) == kept


def test_specks_after_an_address_are_dropped_from_the_value_read() -> None:
    page = OcrPage(1, (OcrLine("ที่อยู่ 12 หมู่ที่5 ตำบลบ้านนา อำเภอเมือง 7 0", (0.9,) * 40),), 0, 0.0)
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["address"].value == "12 หมู่ที่5 ตำบลบ้านนา อำเภอเมือง"
    assert "ocr_repaired" in found["address"].provenance.flags
