"""District and subdistrict names read with specks or lost marks, put right by the
province read on the page and the district named (extractors/ocr_area_names.py), and the
address so mended given flagged (extractors.ocr.with_area_names_repaired). The house and
village numbers are made up; the place names are the country's own."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_area_names import with_area_names_cleaned
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


def test_specks_in_a_district_name_are_dropped_and_its_lost_mark_put_back() -> None:
    got = with_area_names_cleaned("5/2 หมู่ 9 ตำบล บ้านกลาง\nอำเภอ- !มืองลำพูน", "ลำพูน")
    assert got == "5/2 หมู่ 9 ตำบล บ้านกลาง\nอำเภอ เมืองลำพูน"
    got = with_area_names_cleaned("9/41 หมู่ 2 ตำบลฉลอง\nอำเภอ เ!มองภูเก็ต", "ภูเก็ต")
    assert got == "9/41 หมู่ 2 ตำบลฉลอง\nอำเภอ เมืองภูเก็ต"


def test_a_short_place_word_read_with_a_tone_mark_and_a_quote() -> None:
    got = with_area_names_cleaned('61/2 ม.5 ต.ท่าทองใหม่ [อ๊"ทำญจนดิษฐ์ จ.สุราษฎร์ธานี', "สุราษฎร์ธานี")
    assert got == "61/2 ม.5 ต.ท่าทองใหม่ อ.กาญจนดิษฐ์ จ.สุราษฎร์ธานี"


def test_a_district_misread_by_marks_and_one_letter() -> None:
    assert with_area_names_cleaned("45 หมู่ 3 ต.วังทอง อ.วังทดงู", "พิษณุโลก") == (
        "45 หมู่ 3 ต.วังทอง อ.วังทอง"
    )


def test_a_subdistrict_mended_among_the_named_districts_own() -> None:
    got = with_area_names_cleaned("7 ซอย ประชาอุทิศ 33 แขวง ทึ่งครู\nเขต ทุ่งครุ", "กรุงเทพมหานคร")
    assert got == "7 ซอย ประชาอุทิศ 33 แขวง ทุ่งครุ\nเขต ทุ่งครุ"
    # its first letter read as a quote, glued to the place word
    got = with_area_names_cleaned("60 หมู่ 12 ตำบล“าหว้า\nอำเภอ นาหว้า", "นครพนม")
    assert got == "60 หมู่ 12 ตำบลนาหว้า\nอำเภอ นาหว้า"


def test_the_district_word_read_as_latin_after_the_subdistrict() -> None:
    got = with_area_names_cleaned("7/1 หมู่ 11 ตำบล ไผ่ใหญ่ dung ข่วงสามสิบ", "อุบลราชธานี")
    assert got == "7/1 หมู่ 11 ตำบล ไผ่ใหญ่ อำเภอ ม่วงสามสิบ"
    # read as Thai letters that are no word, before a district named right
    got = with_area_names_cleaned("112 หมู่ 5 ตำบล หนองบัว สาเทอ บ้านเขว้า", "ชัยภูมิ")
    assert got == "112 หมู่ 5 ตำบล หนองบัว อำเภอ บ้านเขว้า"


def test_what_is_right_a_place_elsewhere_or_without_a_province_stays() -> None:
    right = "12 หมู่ 4 ต.ป่ามะนาว อ.บ้านฝาง"
    assert with_area_names_cleaned(right, "ขอนแก่น") == right
    # a subdistrict of another district as read: the district may be what is wrong
    assert with_area_names_cleaned("3 หมู่ 1 ต.ในเมือง อ.บ้านฝาง", "ขอนแก่น") == (
        "3 หมู่ 1 ต.ในเมือง อ.บ้านฝาง"
    )
    assert with_area_names_cleaned("5 หมู่ 9 ตำบล บ้านกลาง อำเภอ- !มืองลำพูน", "") == (
        "5 หมู่ 9 ตำบล บ้านกลาง อำเภอ- !มืองลำพูน"
    )
    # too garbled to be one name
    assert with_area_names_cleaned("5 หมู่ 9 อำเภอ Pera ure", "ลำพูน") == "5 หมู่ 9 อำเภอ Pera ure"


def test_a_province_misread_after_its_word_is_the_page_province() -> None:
    got = with_area_names_cleaned("77/15 หมู่ 3 ตำบล กะทู้\nอำเภอ กะทู้ จังหวัด วิเก็ต", "ภูเก็ต")
    assert got == "77/15 หมู่ 3 ตำบล กะทู้\nอำเภอ กะทู้ จังหวัด ภูเก็ต"
    # another province's name as read stays: one of the two was misread
    kept = "77/15 หมู่ 3 ตำบล กะทู้ อำเภอ กะทู้ จังหวัด พังงา"
    assert with_area_names_cleaned(kept, "ภูเก็ต") == kept


def test_the_address_ends_with_its_province_and_postal_code_lines() -> None:
    # an ID card's copy stapled below: its dates and captions read on after the address
    got = with_area_names_cleaned(
        "204 หมู่ 9 ต.แม่สาย อ.แม่สาย\nจ. เชียงราย\n47 ก.ย. 2574\nวันออกบัตร Date of Issue",
        "เชียงราย",
    )
    assert got == "204 หมู่ 9 ต.แม่สาย อ.แม่สาย\nจ. เชียงราย"
    got = with_area_names_cleaned("204 หมู่ 9 ต.แม่สาย\nจ. เชียงราย\n57130\nลงชื่อ", "เชียงราย")
    assert got == "204 หมู่ 9 ต.แม่สาย\nจ. เชียงราย\n57130"


def test_place_words_read_with_their_vowel_split_or_a_mark_lost() -> None:
    # ำ read as วั, วจ์, วิ; หมู่'s tone mark lost before its number (fine fax, chat photo)
    got = with_area_names_cleaned("23 หมู6 ตวับลรองกาศ อวจ์เภอสงูเมน่", "แพร่")
    assert got == "23 หมู่ 6 ตำบลร่องกาศ อำเภอสูงเม่น"
    got = with_area_names_cleaned("31/4 หมู่ 2 ตวับลคลองขุด อวิเภอเมืองสตูล", "สตูล")
    assert got == "31/4 หมู่ 2 ตำบลคลองขุด อำเภอเมืองสตูล"


def test_a_district_glued_to_what_was_read_after_it_is_mended_and_the_rest_cut() -> None:
    # an upside-down carbon copy: the district's last mark and the next line's junk run on
    got = with_area_names_cleaned(
        "9/8 หมู่ที่ 11 ตำบลโพธิ์ อำเภอเมืองศรีละเกษี็ิ็1ฝณงๆ'+\nจงหวดหหรงดาย 8ดสขัก", "ศรีสะเกษ"
    )
    assert got == "9/8 หมู่ที่ 11 ตำบลโพธิ์ อำเภอเมืองศรีสะเกษ"
    # a province's word glued to the district stays, apart
    got = with_area_names_cleaned("9/8 หมู่ 11 ต.โพธิ์ อ.เมืองศรีละเกษจังหวัดศรีสะเกษ", "ศรีสะเกษ")
    assert got == "9/8 หมู่ 11 ต.โพธิ์ อ.เมืองศรีสะเกษ จังหวัดศรีสะเกษ"


def test_a_house_number_with_a_leader_dot_in_it_or_a_number_before_it() -> None:
    got = with_area_names_cleaned("20.4/7 หมู่ 8 ตำบลปากพูน อำเภอเมืองนครศรีธรรมราช", "นครศรีธรรมราช")
    assert got == "204/7 หมู่ 8 ตำบลปากพูน อำเภอเมืองนครศรีธรรมราช"
    got = with_area_names_cleaned("บ้านเลขที่ 2.6 หมู่ที่ 4 ตำบลวารินชำราบ", "อุบลราชธานี")
    assert got == "บ้านเลขที่ 26 หมู่ที่ 4 ตำบลวารินชำราบ"
    # a number no house has (five digits: a stamp's, a crossed-out line's) before one
    got = with_area_names_cleaned("73703 201/1 หมู่ที่ 10 ตำบลหนองปรือ", "ชลบุรี")
    assert got == "201/1 หมู่ที่ 10 ตำบลหนองปรือ"
    kept = "12 ซอย 4 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย"
    assert with_area_names_cleaned(kept, "กรุงเทพมหานคร") == kept


def test_debris_between_a_subdistrict_and_the_district_word_is_dropped() -> None:
    got = with_area_names_cleaned("14/15 หมู่ที่ 4 ตำบลท่าช้าง 0 eee\nอำเภอเมืองจันทบุรี จังหวัดจันทบุรี", "จันทบุรี")
    assert got == "14/15 หมู่ที่ 4 ตำบลท่าช้าง\nอำเภอเมืองจันทบุรี จังหวัดจันทบุรี"
    got = with_area_names_cleaned("6/1 หมู่ 9 ตำบลวังทอง งรทศร\nอำเภอวังทอง", "พิษณุโลก")
    assert got == "6/1 หมู่ 9 ตำบลวังทอง\nอำเภอวังทอง"
    # a form's either-of-two captions (ตำบล/แขวง, อำเภอ/เขต): a place word is no debris
    got = with_area_names_cleaned(
        "45 หมู่ที่ 3 ตำบล/แขวง ในเมือง อำเภอ/เขต เมืองนครพนม จังหวัดนครพนม 48000", "นครพนม", "48000"
    )
    assert "อำเภอ/เขต เมืองนครพนม" in got
    # a subdistrict of another district as read: what follows may be its real name's end
    kept = "6/1 หมู่ 9 ตำบลในเมือง งรทศร อำเภอวังทอง"
    assert with_area_names_cleaned(kept, "พิษณุโลก") == kept


def test_what_follows_a_district_that_is_no_province_or_postal_code_is_cut() -> None:
    got = with_area_names_cleaned("45/2 หมู่ที่ 7\nตำบลดอนแก้ว 'อำเภอแม่ริม | ฮ็โเ", "เชียงใหม่")
    assert got == "45/2 หมู่ที่ 7\nตำบลดอนแก้ว อำเภอแม่ริม"
    # the province and postal code after it stay (fields of their own, a clerk reads past)
    kept = "45/2 หมู่ที่ 7 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180"
    assert with_area_names_cleaned(kept, "เชียงใหม่") == kept


def test_a_misread_postal_code_after_its_caption_is_no_part_of_the_address() -> None:
    # and a blot read as `%` for the district's first letters
    got = with_area_names_cleaned(
        "8/2 หมู่ 1 ตำบลคลองขุด\nอำเภอ %่องสตล จังหวัด สตูล รหัสไปรษณีย์ 191000", "สตูล"
    )
    assert got == "8/2 หมู่ 1 ตำบลคลองขุด\nอำเภอ เมืองสตูล จังหวัด สตูล"


def test_a_subdistrict_whose_place_word_was_lost_gets_it_back() -> None:
    got = with_area_names_cleaned("30/9 หมู่ที่ 16 ปากช่อง\nอ.ปากช่อง จ.นครราชสีมา", "นครราชสีมา")
    assert got == "30/9 หมู่ที่ 16 ต.ปากช่อง\nอ.ปากช่อง จ.นครราชสีมา"
    got = with_area_names_cleaned("50 หมู่ที่ 1 ริมกภ อ. เมืองเชียงราย", "เชียงราย")
    assert got == "50 หมู่ที่ 1 ต.ริมกก อ. เมืองเชียงราย"
    # a word that is no subdistrict of the district named stays as read
    kept = "50 หมู่ที่ 1 บ้านนา อ. เมืองเชียงราย"
    assert with_area_names_cleaned(kept, "เชียงราย") == kept


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _page(*lines: str) -> OcrPage:
    read = tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(1, read, 0, 0.0)


def test_the_page_address_is_mended_and_flagged() -> None:
    page = _page(
        "ชื่อ นางสาวมาลี ใจดี",
        "ที่อยู่ เลขที่ 5/2 หมู่ที่ 9 ตำบล บ้านกลาง อำเภอ- !มืองลำพูน",
        "จังหวัด ลำพูน รหัสไปรษณีย์ 51000",
    )
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert "เมืองลำพูน" in found["address"].value
    assert "!" not in found["address"].value
    assert "ocr_repaired" in found["address"].provenance.flags


def test_the_province_the_page_proves_later_mends_the_address_too() -> None:
    # the province line misread and the postal code read as none in use: the province
    # is proved by the district named (กะทู้) after the names were mended once, and the
    # address takes it too
    page = _page(
        "ชื่อ นายสมชาย ใจดี",
        "ที่อยู่ เลขที่ 77/15 หมู่ที่ 3 ตำบล กะทู้",
        "อำเภอ กะทู้ จังหวัด วิเก็ต",
        "รหัสไปรษณีย์ 83129",
    )
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["province"].value == "ภูเก็ต"
    assert found["address"].value.endswith("จังหวัด ภูเก็ต")
