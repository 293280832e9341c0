"""The dictionary vote among OCR readings (extractors.ocr_words, extractors.ocr.field_vote):
each field is taken from the reading whose value holds (a valid check digit) or, for
free text, shows no junk and leaves fewest Thai letters outside known words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.base import FieldCandidate, Provenance
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading, field_vote
from extractors.ocr_places import province_by_letters
from extractors.ocr_text import (
    without_leaders_between_words,
    without_trailing_junk,
    without_wrapped_remnants,
)
from extractors.ocr_words import (
    known_letters,
    known_share,
    thai_words,
    with_marks_mended,
    with_place_words_mended,
    with_unlisted_words,
    without_unknown_tail,
)
from extractors.templates import load_templates
from extractors.values import clean_value, has_type

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_the_word_list_is_tesseracts_own_and_the_place_names() -> None:
    words = thai_words()
    assert {"กิ่ง", "มืด", "ขอรับ"} <= words  # from tha.traineddata's word list
    assert {"อุบลราชธานี", "หาดใหญ่", "บางกระสอ"} <= words  # province, district, subdistrict
    assert "น์" not in words and "นุ" not in words  # syllable pieces are no words


def test_a_lost_or_extra_mark_leaves_letters_outside_known_words() -> None:
    assert known_share("กิ่งไม้ยื่นออกมาบังป้ายจราจร") == 1.0
    assert known_share("กิงไม้ยื่นออกมาบังป้ายจราจร") < 1.0
    assert known_letters("ชัยมงคล") == (7, 7)
    assert known_letters("ชัยมงคลุ") == (7, 8)
    assert known_share("john@example.org") == 1.0  # no Thai: nothing to judge
    # an abbreviation is a few consonants and a dot: known as such, its dot read as ะ not
    assert known_letters("ต.บางปลาสร้อย อ.เมืองชลบุรี") == (24, 24)
    assert known_letters("ตบางปลาสร้อย") == (11, 12)


def _found(key: str, value: str, *flags: str) -> FieldCandidate:
    prov = Provenance(part="2", kind="ocr", flags=["ocr", *flags])
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.9)


def _vote(*readings: list[FieldCandidate]) -> dict[str, str]:
    return {c.key: c.value for c in field_vote(list(readings), labels())}


def test_an_address_of_the_form_s_printed_words_only_is_no_reading_of_it() -> None:
    # a photo's reading that kept the labels and a village number read again from its
    # crop, every name lost: the reading with the names, misread, is the address's
    labels_only = [_found("address", "หมู่ 3 ตำบล\nอำเภอจังหวัด รหัสไปรษณีย์")]
    named = [_found("address", "aul 15 หมู่ 3 ตำบลไร่ลับ\nอำเภอ Mousse จังหวัด แบศรคเเค")]
    assert _vote(labels_only, named)["address"].startswith("aul 15")
    assert _vote(named, labels_only)["address"].startswith("aul 15")


def test_each_field_comes_from_the_reading_that_read_it_best() -> None:
    first = [
        _found("full_name", "นางนภัสสร ชัยมงคลุ"),  # a speck read as a mark
        _found("details", "กิ่งไม้ยื่นออกมาบังป้ายจราจร"),
        _found("national_id", "1-2345-67890-12-3"),  # check digit fails
    ]
    second = [
        _found("full_name", "นางนภัสสร ชัยมงคล"),
        _found("details", "กิงไม้ยื่นออกมาบังป้ายจราจร"),  # a tone mark lost
        _found("national_id", "1-1017-00230-67-8"),  # valid
    ]
    assert _vote(first, second) == {
        "full_name": "นางนภัสสร ชัยมงคล",
        "details": "กิ่งไม้ยื่นออกมาบังป้ายจราจร",
        "national_id": "1-1017-00230-67-8",
    }


def test_junk_counts_before_unknown_words_and_a_tie_keeps_the_better_reading() -> None:
    best = [_found("full_name", "นางสุนีย์ แสงทอง")]  # สุนีย์: a name, no word
    junk = [_found("full_name", "11++")]
    latin = [_found("full_name", "UIA MAI")]
    glued = [_found("full_name", "นางสุนีย์-แสงทอง00202222")]
    assert _vote(junk, latin, glued, best)["full_name"] == "นางสุนีย์ แสงทอง"
    same = [_found("subject", "ขอรับน้ำอุปโภคบริโภค")]
    other = [_found("subject", "ขอรับน้ำอุปโภคบริโภค ")]
    assert field_vote([same, other], labels())[0] is same[0]


def test_a_field_only_one_reading_found_is_kept() -> None:
    first = [_found("subject", "ขอรับน้ำอุปโภคบริโภค")]
    second = [_found("province", "ขอนแก่น")]
    assert _vote(first, second) == {"subject": "ขอรับน้ำอุปโภคบริโภค", "province": "ขอนแก่น"}


def test_an_email_with_a_thai_mark_after_a_letter_loses_to_a_clean_one() -> None:
    marked = [_found("email", "piyanut.s@example.comุ")]
    clean = [_found("email", "piyanut.s@example.com", "ocr_low_confidence")]
    assert _vote(marked, clean)["email"] == "piyanut.s@example.com"


def test_where_scores_tie_the_value_more_readings_agree_on_wins() -> None:
    lone = [_found("email", "nnapatsorn.b@mail.example.co.th")]
    agreed = [_found("email", "napatsorn.b@mail.example.co.th")]
    assert _vote(lone, agreed, list(agreed))["email"] == "napatsorn.b@mail.example.co.th"
    assert _vote(lone, agreed)["email"] == "nnapatsorn.b@mail.example.co.th"  # no majority


def test_digits_after_leader_remnants_at_a_words_end_are_junk() -> None:
    """`อุบลราชธานี---๐6226`: a leader read as dashes and digits after the address; the
    reading with it loses though it reads อ.เมือง as the better-known อะเมือง."""
    clean = [_found("address", "160 หมู่ 2 ถนนชยางกูร ต.ในเมือง\nอ.เมืองอุบลราชธานี")]
    junky = [_found("address", "160 หมู่ 2 ถนนชยางกูร ต.ในเมือง\nอะเมืองอุบลราชธานี---๐6226")]
    assert _vote(junky, clean)["address"] == clean[0].value


def test_free_text_that_lost_a_line_two_readings_kept_loses() -> None:
    """A reading that lost a wrapped line has fewer unknown letters left (อ. is none):
    it loses to the value two readings agree on; a line only one has may be junk."""
    kept = [_found("address", "389 หมู่ 9 ซอยร่มเย็น ถนนเพชรเกษม ต.หาดใหญ่\nอ.หาดใหญ่")]
    lost = [_found("address", "389.หมู่.9.ซอยร่มเย็น.ถนนเพชรเกษม ต.หาดใหญ่")]
    assert _vote(lost, kept, list(kept))["address"] == kept[0].value
    assert _vote(lost, kept)["address"] == lost[0].value
    # two readings that go on past it count though they differ there (a speck in one)
    road = [_found("address", "389 หมู่ 9 ซอยร่มเย็น\nถนนชยางกูร")]
    specked = [_found("address", "389 หมู่ 9 ซอยร่มเย็น\nก ถนนชยางกูร")]
    short = [_found("address", "389 หมู่ 9 ซอยร่มเย็น")]
    assert _vote(short, road, specked)["address"] == road[0].value


def test_readings_agree_on_a_names_letters_whatever_lies_between_its_words() -> None:
    """Leaders and specks between the words differ with the ink cut: two readings with
    the same letters agree, and outvote a third with a letter misread (ช read as ซ)."""
    misread = [_found("full_name", "นาย อนุซา พูลสวัสดิ์")]
    spaced = [_found("full_name", "นาย อนุชา พูลสวัสดิ์")]
    dashed = [_found("full_name", "นาย-อนุชา-พูลสวัสดิ์", "ocr_low_confidence")]
    assert _vote(misread, spaced, dashed)["full_name"] == "นาย อนุชา พูลสวัสดิ์"


def test_an_address_that_lost_its_head_loses_to_the_reading_that_kept_it() -> None:
    """OCR splits an address at its underscore or dot and reads the head apart (as Thai
    junk the address is cut from): two readings that lost it alike do not outvote it."""
    cut = [_found("email", "thongdee@example.com")]
    whole = [_found("email", "porntip.thongdee@example.com", "ocr_low_confidence")]
    assert _vote(cut, list(cut), whole)["email"] == "porntip.thongdee@example.com"
    dotted = [_found("email", "porntip.thongdee@example.com.")]  # a speck after it
    assert _vote(cut, list(cut), dotted)["email"] == "porntip.thongdee@example.com."
    # a speck and a dot before it is no head (one letter)
    speck = [_found("email", "i.thongdee@example.com")]
    assert _vote(cut, list(cut), speck)["email"] == "thongdee@example.com"


def test_an_address_that_lost_a_dot_loses_to_the_reading_that_kept_it() -> None:
    # a cut drops the dot between two letters far more often than a speck lands there
    lost = [_found("email", "piyanutp@example.org")]
    kept = [_found("email", "piyanut.p@example.org", "ocr_low_confidence")]
    assert _vote(lost, kept)["email"] == "piyanut.p@example.org"
    assert _vote(lost, list(lost), kept)["email"] == "piyanut.p@example.org"
    # a dot where the other has a letter is no dot lost
    other = [_found("email", "piyanut.s@example.org", "ocr_low_confidence")]
    assert _vote(lost, other)["email"] == "piyanutp@example.org"


def test_an_address_with_a_letter_more_before_a_digit_loses_to_the_one_without() -> None:
    # Tesseract reads the flag of a 1 after letters as a letter of its own (`l1`, `t1`)
    extra = [_found("email", "piyanutl1957@example.com")]
    plain = [_found("email", "piyanut1957@example.com", "ocr_low_confidence")]
    assert _vote(extra, plain)["email"] == "piyanut1957@example.com"
    extra = [_found("email", "anuchat1954@example.net")]
    assert _vote(extra, [_found("email", "anucha1954@example.net")])["email"] == (
        "anucha1954@example.net"
    )
    # a letter more before a letter is no such flag
    assert _vote([_found("email", "anuchat.p@example.net")], plain)["email"] == (
        "anuchat.p@example.net"
    )


def test_readings_that_agree_outweigh_the_one_that_found_the_label() -> None:
    # two readings read อีเมล as Latin letters (no label) and the address alike; the one
    # that read the label misread a digit
    def unlabelled(value: str) -> list[FieldCandidate]:
        prov = Provenance(part="2", kind="ocr", label="", flags=["ocr", "ocr_low_confidence"])
        return [FieldCandidate(key="email", value=value, provenance=prov, confidence=0.5)]

    prov = Provenance(part="2", kind="ocr", label="อีเมล", flags=["ocr", "ocr_low_confidence"])
    labelled = [
        FieldCandidate(
            key="email", value="nattawutt965@example.org", provenance=prov, confidence=0.9
        )
    ]
    agreed = unlabelled("nattawut1965@example.org")
    assert _vote(labelled, agreed, list(agreed))["email"] == "nattawut1965@example.org"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("กิงไม้ยื่นออกมาบังป้ายจราจร", "กิ่งไม้ยื่นออกมาบังป้ายจราจร"),  # tone mark lost
        ("อาจเกิดอันต่รายได้", "อาจเกิดอันตรายได้"),  # a speck read as a tone mark
        # ๋ is ่ with a stroke across it: a speck on the stroke reads as ๋
        ("กิ๋งไม้ยื่นออกมาบังป้ายจราจร", "กิ่งไม้ยื่นออกมาบังป้ายจราจร"),
        ("นางนภัสสร ชัยมงคลุ", "นางนภัสสร ชัยมงคล"),  # a speck read as ุ
        ("สุรชัย มณีรัติน์", "สุรชัย มณีรัตน์"),
        ("เวลาราชการุ", "เวลาราชการ"),
        # a word the list lacks (สำหรับ) elsewhere in the run: the mark is mended still
        ("แจ้งเปลี่ยนแปลงที่อยู่สำหรับติดต่อุ", "แจ้งเปลี่ยนแปลงที่อยู่สำหรับติดต่อ"),
        # the list's pieces cover the extra mark and leave the letter two before it out
        ("นางสุนีย์ แสงทอัง", "นางสุนีย์ แสงทอง"),
        ("ต.ในเมื่อง", "ต.ในเมือง"),
        # ื ends no Thai syllable, even where the list's pieces cover it
        ("ขอคัดสำเนาทะเบียนบ้านื", "ขอคัดสำเนาทะเบียนบ้าน"),
        # มิด and มืด are both words: a cut thins the stroke of ื away (ี), adds none to ิ
        ("ทำให้กลางคืนมีดมาก", "ทำให้กลางคืนมืดมาก"),
    ],
)
def test_a_word_misread_at_one_mark_is_mended(read: str, meant: str) -> None:
    assert with_marks_mended(read) == (meant, True)


@pytest.mark.parametrize(
    "text",
    [
        "927 ซอยร่มเย็น ถนนชยางกูร ตำบลในเมือง",  # a road no list knows: left alone
        # ช read ซ stays unknown: no mark dropped to fit the list's piece กร
        "160 หมู่ 2 ซอยสุขใจ ถนนซยางกูร ต.ในเมือง",
        "นายอนุซา พูลสวัสดิ์",  # a name: no single edit makes it words
        "ขอรับเงินเบี้ยยังชีพผู้สูงอายุ",  # known whole
        "ข้าพเจ้ามีความประสงค์ตามเรื่องตังกล่าว",  # a letter misread, not a mark
    ],
)
def test_text_no_single_mark_edit_makes_known_is_left_as_read(text: str) -> None:
    assert with_marks_mended(text) == (text, False)


def test_water_read_as_the_listed_word_a_mark_away_is_water() -> None:
    # Tesseract's Thai list lacks น้ำ, and its decoder reads it as the list's น้า (aunt)
    assert "น้า" in thai_words()
    assert with_unlisted_words("ขอรับน้าอุปโภคบริโภค") == ("ขอรับน้ำอุปโภคบริโภค", True)
    assert with_unlisted_words("น้าท่วมถนน หน้าบ้าน") == ("น้ำท่วมถนน หน้าบ้าน", True)
    for kept in ("หน้าบ้าน เจ้าหน้าที่", "ผัดคะน้า", "ขอรับน้ำอุปโภคบริโภค"):
        assert with_unlisted_words(kept) == (kept, False)  # น้า inside a word, or read right
    assert known_share("ขอรับน้ำอุปโภคบริโภค") == 1.0  # and a reading with it is known words
    page = _page("เรื่อง ขอรับน้าอุปโภคบริโภค")
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["subject"].value == "ขอรับน้ำอุปโภคบริโภค"
    assert "ocr_repaired" in found["subject"].provenance.flags


def test_a_misread_province_is_the_one_whose_letters_it_keeps() -> None:
    assert province_by_letters("จังหวัด อบอดราชธานี") == "อุบลราชธานี"
    assert province_by_letters("เซียงใหม") == "เชียงใหม่"
    assert province_by_letters("ขอนแก่น") is None  # read right: nothing to do
    assert province_by_letters("ยอนแกแ") is None  # two letters off six: too far
    assert province_by_letters("นาน") is None  # too short to tell from other words


def test_typed_values_lose_trailing_junk_and_wrapped_lines_their_leader_remnants() -> None:
    phone = lambda v: has_type("phone", clean_value("phone", v))  # noqa: E731
    assert without_trailing_junk("02 459 2341 0 020202080090 0", phone) == "02 459 2341"
    assert without_trailing_junk("02 459 23", phone) == "02 459 23"  # fits no shorter
    text = "ขอให้เจ้าหน้าที่ติดต่อกลับ\n-.ข้าพเจ้ามีความประสงค์\n- ข้อสอง"
    assert without_wrapped_remnants(text) == "ขอให้เจ้าหน้าที่ติดต่อกลับ\nข้าพเจ้ามีความประสงค์\n- ข้อสอง"


def test_leader_remnants_in_the_gaps_between_words_are_spaces() -> None:
    # the dotted leader under a value shows through each gap between its words
    assert without_leaders_between_words("166-หมู่-1.ซอย9-ถนนสุขุมวิท-ต.บางปลาสร้อย") == (
        "166 หมู่ 1 ซอย9 ถนนสุขุมวิท ต.บางปลาสร้อย"
    )
    assert without_leaders_between_words("349.หมู่.2.ถนนเพชรเกษม") == "349 หมู่ 2 ถนนเพชรเกษม"
    for kept in (
        "ม.2 ต.ในเมือง อ.เมือง จ.ขอนแก่น",  # abbreviations keep their dots
        "ซอย 21-23 เวลา 10.30 น.",  # between digits
        "ข้อความ - ขอให้",  # a dash between spaces is the writer's
        "กทม.ถนนสุขุมวิท",
    ):
        assert without_leaders_between_words(kept) == kept
    page = _page("ที่อยู่ 265-หมู่.5-ถนนชยางกูร-ตำบลในเมือง")
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["address"].value == "265 หมู่ 5 ถนนชยางกูร ตำบลในเมือง"


def test_wrapped_lines_of_no_known_words_at_the_end_of_free_text_are_dropped() -> None:
    # a misread label line under the value (รหัสไปรษณีย์ 20000) is no continuation of it
    address = "166 หมู่ 1 ซอย9 ถนนสุขุมวิท\nอำเภอเมืองชลบุรี\nรหณ์ จ1 900000 รนนน\nจหส อ0อธ์"
    assert without_unknown_tail(address) == ("166 หมู่ 1 ซอย9 ถนนสุขุมวิท\nอำเภอเมืองชลบุรี", True)
    for kept in (
        "รหณ์ จ1 900000 รนนน",  # the first line is the value, whatever it reads
        "ซอยร่มเย็น\nถนนชยางกูร ตำบลในเมือง",  # a road no list knows, among known words
        "ขอให้ติดต่อกลับ\nsomchai@example.com",  # no Thai to judge
    ):
        assert without_unknown_tail(kept) == (kept, False)


def _page(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def test_free_text_with_letters_outside_known_words_is_doubtful_a_name_is_not() -> None:
    page = _page(
        "ชื่อ-สกุล นายอนุซา พูลสวัสดิ์",  # a name: no word, yet not doubted for it
        "ที่อยู่ 12 ซอยร่มเย็น ตำบลในเมือง",
        "เรื่อง ทำให้กลางคืนมีดมีดมาก",  # มืด read มีด twice: no one edit makes it words
    )
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert "ocr_low_confidence" not in found["full_name"].provenance.flags
    assert "ocr_low_confidence" not in found["address"].provenance.flags
    assert "ocr_low_confidence" in found["subject"].provenance.flags


def _doubted(*readings: list[FieldCandidate]) -> dict[str, bool]:
    return {
        c.key: "ocr_low_confidence" in c.provenance.flags
        for c in field_vote(list(readings), labels())
    }


def test_readings_as_good_that_disagree_leave_the_value_doubtful() -> None:
    """Two cuts of one page that read a field as well-formed values (each no sign of a
    misread, all known words, or both valid) but not the same value: the page does not
    settle it, whichever wins on confidence, and the clerk is told to look."""
    sure = [_found("subject", "ขอวับการสนับสนุนถังขยะประจำหมู่บ้าน")]
    other = [_found("subject", "ขอรับการสนับสนุนถังขยะประจำหมู่บ้าน")]
    junk = [_found("subject", '"แกวรั้บทารศบับศนนถังขยะประจาทมู่บ้าน', "ocr_low_confidence")]
    assert _doubted(sure, other, junk) == {"subject": True}
    assert _doubted(sure, list(sure), junk) == {"subject": False}  # junk is no rival
    dates = [_found("birth_date", "18 ม.ค. 2540")], [_found("birth_date", "18 ม.ค. 2546")]
    assert _doubted(*dates) == {"birth_date": True}
    spaced = [_found("birth_date", "18  ม.ค. 2540")]
    assert _doubted(dates[0], spaced) == {"birth_date": False}  # same value


def test_a_place_word_misread_at_one_letter_is_the_place_word() -> None:
    """A Thai address is built of a few words (อำเภอ, ตำบล, จังหวัด...) each before a name;
    one read with one letter changed (ภ as ก) is that word."""
    assert with_place_words_mended("ตำบลในเมือง อำเกอเมืองนครราชสีมา") == (
        "ตำบลในเมือง อำเภอเมืองนครราชสีมา",
        True,
    )
    assert with_place_words_mended("ตำบอศรีภูมิ") == ("ตำบลศรีภูมิ", True)
    # or with a letter more (a speck read as ก): that letter goes, not the next
    assert with_place_words_mended("อำเภกอเมืองพิษณุโลก") == ("อำเภอเมืองพิษณุโลก", True)
    for kept in (
        "ตำบลในเมือง อำเภอเมืองนครราชสีมา",
        "ต.ในเมือง อ.เมือง",
        "ทำบุญ",
        "อำนาจเจริญ",
        "แขวนป้าย",
    ):
        assert with_place_words_mended(kept) == (kept, False), kept
    found = {
        c.key: c
        for c in best_reading(_page("ที่อยู่ 12 ถนนมูลเมือง ตำบลศรีภูมิ อำเกอเมืองเชียงใหม่"), "2", labels())
    }
    assert found["address"].value == "12 ถนนมูลเมือง ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่"
    assert "ocr_repaired" in found["address"].provenance.flags


def test_readings_of_an_address_agree_whatever_their_capitals() -> None:
    """Tesseract reads a capital at a line's start (`Wichai.s@`); an address is the same
    in any case, so two readings that differ only so agree against a third."""
    one = [_found("email", "wichail.s@mail.example.co.th", "ocr_low_confidence")]
    two = [_found("email", "wichai.s@mail.example.co.th", "ocr_low_confidence")]
    three = [_found("email", "Wichai.s@mail.example.co.th", "ocr_low_confidence")]
    assert _vote(one, two, three)["email"].casefold() == "wichai.s@mail.example.co.th"


def test_an_address_with_a_character_no_one_types_loses() -> None:
    """`%` and `!` are allowed in an address by the standard and handed out by no
    provider: a reading with one misread a letter or a digit."""
    odd = [_found("email", "saengthong.piyanu%6@example.org", "ocr_low_confidence")]
    lost = [_found("email", "6@example.org", "ocr_low_confidence")]
    whole = [_found("email", "saengthong.piyanut96@example.org", "ocr_low_confidence")]
    assert _vote(odd, lost, whole)["email"] == "saengthong.piyanut96@example.org"
    # junk around an address is cleaned off before its characters are judged
    for junk in (":somchai@example.com", "-somchai@example.com", "(somchai@example.com)"):
        other = [_found("email", "sornchai@example.com", "ocr_low_confidence")]
        assert _vote([_found("email", junk)], other)["email"] == junk


def test_an_address_of_digits_alone_that_another_reading_ends_has_lost_its_letters() -> None:
    """A reading cut at the letters' end (`960@` of `somchai1960@`): the letters were read
    as Thai junk or not at all; no reading adds letters that are not on the page."""
    lost = [_found("email", "960@example.org")]
    whole = [_found("email", "somchai1960@example.org", "ocr_low_confidence")]
    assert _vote(lost, whole)["email"] == "somchai1960@example.org"
    assert _vote(whole, [_found("email", "1960@example.org")])["email"] == (
        "somchai1960@example.org"
    )


def test_a_value_that_lost_a_part_another_reading_kept_is_doubtful_if_it_wins() -> None:
    lost = [_found("email", "8@example.net")]
    junk = [_found("email", "wongyai.arunee|.8@example.net", "ocr_low_confidence")]
    assert _vote(lost, junk)["email"] == "8@example.net"  # the other does not hold
    assert _doubted(lost, junk) == {"email": True}


def test_an_address_with_a_letter_where_another_reading_has_a_1_before_digits_loses() -> None:
    # and the 1 itself read as the letter of its flag (`kanokwant991` for `kanokwan1991`)
    letter = [_found("email", "kanokwant991@example.net")]
    one = [_found("email", "kanokwan1991@example.net.", "ocr_low_confidence")]
    assert _vote(letter, one)["email"] == "kanokwan1991@example.net."
    # a 1 where another reading has a letter before a letter is no such flag
    name = [_found("email", "kanokwant.p@example.net")]
    assert _vote(name, [_found("email", "kanokwan1.p@example.net")])["email"] == name[0].value
    # nor a t (names end in one: nattawut) where the 1 makes no year of birth
    name = [_found("email", "nattawut91@example.net")]
    assert _vote(name, [_found("email", "nattawu191@example.net")])["email"] == name[0].value
