"""Thai digits, legacy-font clean-up, and BE/CE dates with Thai month names."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from extractors.thai import (
    NORMALISED_CACHE_CHARS,
    NORMALISED_CACHE_SIZE,
    _mend,
    _normalise,
    _normalise_cached,
    fold_label,
    garbled_thai,
    normalise_thai_text,
    parse_date,
    parse_year,
    thai_digits_to_arabic,
)

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"

NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
MAI_EK, MAI_THO, SARA_II = "\u0e48", "\u0e49", "\u0e35"


def test_thai_digits_become_ascii_and_nothing_else_changes() -> None:
    assert thai_digits_to_arabic("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    assert thai_digits_to_arabic("โทร ๐๘๑-๒๓๔ abc") == "โทร 081-234 abc"


# --- normalise_thai_text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pua", "standard"),
    [
        ("\uf70a", MAI_EK),  # tone marks shifted down
        ("\uf70b", MAI_THO),
        ("\uf70e", "\u0e4c"),
        ("\uf705", MAI_EK),  # shifted down-left
        ("\uf713", MAI_EK),  # shifted left
        ("\uf717", "\u0e4c"),
        ("\uf701", "\u0e34"),  # upper vowels shifted left
        ("\uf704", "\u0e37"),
        ("\uf710", "\u0e31"),
        ("\uf711", NIKHAHIT),
        ("\uf712", "\u0e47"),
        ("\uf718", "\u0e38"),
        ("\uf71a", "\u0e3a"),
        ("\uf88b", MAI_EK),  # Mac layout
    ],
)
def test_private_use_glyphs_map_to_standard_thai(pua: str, standard: str) -> None:
    assert normalise_thai_text("ก" + pua) == "ก" + standard


def test_descender_less_consonants_map_back() -> None:
    assert normalise_thai_text("\uf700าน") == "ฐาน"
    assert normalise_thai_text("ห\uf70fิง") == "หญิง"


def test_no_windows_pua_code_point_survives() -> None:
    every = "ก" + "".join(chr(c) for c in range(0xF700, 0xF71B))
    out = normalise_thai_text(every)
    assert all(not 0xF700 <= ord(c) <= 0xF71A for c in out)
    assert all(0x0E00 <= ord(c) <= 0x0E7F for c in out)


def test_symbol_font_pua_is_left_alone() -> None:
    # U+F0xx comes from Symbol fonts (maths in pdf.js issue13211), not from Thai fonts.
    assert normalise_thai_text("u \uf076 v") == "u \uf076 v"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("ค ำแปล", "คำแปล"),  # pdf.js bug1046314: space before SARA AM
        ("ค" + NIKHAHIT + SARA_AA + "แปล", "คำแปล"),  # split SARA AM
        ("จ" + SARA_AA + NIKHAHIT + " นวน", "จำนวน"),  # reversed split, stray space
        ("น" + NIKHAHIT + MAI_THO + SARA_AA, "น้ำ"),  # NIKHAHIT drawn before the tone
        ("น" + SARA_AM + MAI_THO, "น้ำ"),  # tone after SARA AM
        ("ท" + MAI_EK + SARA_II, "ที่"),  # tone before the upper vowel
        ("ท ี่", "ที่"),
    ],
)
def test_split_and_misordered_marks_are_repaired(broken: str, fixed: str) -> None:
    assert normalise_thai_text(broken) == fixed


def test_whitespace_and_invisible_characters() -> None:
    assert normalise_thai_text("  สม\u200bชาย \t\u00a0 ใจดี  ") == "สมชาย ใจดี"
    assert normalise_thai_text("a\r\nb\n\n\n\nc") == "a\nb\n\nc"
    assert normalise_thai_text("\ufeffคำร้อง") == "คำร้อง"


@pytest.mark.parametrize("clean", ["คำแปล", "น้ำท่วม", "ที่อยู่", "กรุงเทพมหานคร", "Full name"])
def test_clean_text_is_unchanged(clean: str) -> None:
    assert normalise_thai_text(clean) == clean


def test_sara_am_is_not_decomposed() -> None:
    # NFKC would turn SARA AM into NIKHAHIT + SARA AA; the normaliser must not.
    assert NIKHAHIT not in normalise_thai_text("คำ")


def _pdf_text(name: str) -> str:
    pdfium = pytest.importorskip("pypdfium2")
    path = CORPUS / "pdfjs" / name
    if not path.exists():
        pytest.skip(f"corpus file {name} not present (CI stops at start-up instead)")
    doc = pdfium.PdfDocument(str(path))
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_pdfjs_bug1046314_split_sara_am() -> None:
    raw = _pdf_text("bug1046314.pdf")
    assert "ค ำ" in raw  # the defect is really in the file's text
    assert "คำแปล" in normalise_thai_text(raw)


def test_pdfjs_issue13211_nikhahit_sequences_joined() -> None:
    raw = _pdf_text("issue13211.pdf")
    assert NIKHAHIT + SARA_AA in raw or SARA_AA + NIKHAHIT in raw
    out = normalise_thai_text(raw)
    assert NIKHAHIT + SARA_AA not in out
    assert SARA_AA + NIKHAHIT not in out
    assert "จำนวน" in out


def test_normalised_texts_are_cached_and_the_cache_is_bounded() -> None:
    broken = "ค ำแปล" + NIKHAHIT + SARA_AA  # repaired, so not returned as given
    first = normalise_thai_text(broken)
    hits = _normalise_cached.cache_info().hits
    assert normalise_thai_text(broken) == first == _normalise(broken)
    assert _normalise_cached.cache_info().hits == hits + 1
    for n in range(NORMALISED_CACHE_SIZE + 10):
        normalise_thai_text(f"คำร้อง {n}")
    assert _normalise_cached.cache_info().currsize == NORMALISED_CACHE_SIZE


def test_a_long_text_is_normalised_but_not_cached() -> None:
    long_text = ("ค ำแปล  " * NORMALISED_CACHE_CHARS)[: NORMALISED_CACHE_CHARS + 1]
    before = _normalise_cached.cache_info()
    assert normalise_thai_text(long_text) == _normalise(long_text)
    assert "คำแปล" in normalise_thai_text(long_text)
    after = _normalise_cached.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


def test_fold_label() -> None:
    assert fold_label("ชื่อ - สกุล") == fold_label("ชื่อ-สกุล") == "ชื่อสกุล"
    assert fold_label("E-mail:") == fold_label("email") == "email"
    assert fold_label("Postal  Code") == "postalcode"


# --- parse_date ---------------------------------------------------------------------------

JAN_15_1992 = dt.date(1992, 1, 15)


@pytest.mark.parametrize(
    "text",
    [
        "๑๕ มกราคม ๒๕๓๕",
        "15 มกราคม 2535",
        "15 ม.ค. 2535",
        "15 ม.ค.2535",
        "15 มค 2535",
        "15 มกรา 2535",
        "15มกราคม2535",
        "วันที่ 15 เดือน มกราคม พ.ศ. 2535",
        "วันพุธที่ 15 มกราคม พ.ศ.2535",
        "15 ม.ค. พ.ศ. ๒๕๓๕",
        "15/01/2535",
        "15/1/2535",
        "๑๕/๐๑/๒๕๓๕",
        "15-01-2535",
        "15.01.2535",
        "15/01/1992",
        "15/01/ค.ศ. 1992",
        "2535-01-15",
        "1992-01-15",
        "15 January 1992",
        "January 15, 1992",
        "15th Jan 1992",
        "15-Jan-1992",
        "15 มกราคม ค.ศ. 1992",
        "15 January 2535 B.E.",
        "  15 / 01 / 2535  ",
    ],
)
def test_dates_in_many_forms(text: str) -> None:
    assert parse_date(text) == JAN_15_1992


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 ก.พ. 2568", dt.date(2025, 2, 1)),
        ("3 มี.ค. 2567", dt.date(2024, 3, 3)),
        ("30 เม.ย. 2500", dt.date(1957, 4, 30)),
        ("5 พ.ค. 2560", dt.date(2017, 5, 5)),
        ("9 มิ.ย. 2560", dt.date(2017, 6, 9)),
        ("20 กรกฎาคม 2560", dt.date(2017, 7, 20)),
        ("20 กรกฏาคม 2560", dt.date(2017, 7, 20)),  # the common misspelling
        ("12 ส.ค. 2560", dt.date(2017, 8, 12)),
        ("1 ก.ย. 2560", dt.date(2017, 9, 1)),
        ("13 ต.ค. 2559", dt.date(2016, 10, 13)),
        ("4 พ.ย. 2560", dt.date(2017, 11, 4)),
        ("5 ธันวาคม 2560", dt.date(2017, 12, 5)),
        ("31 Dec 2024", dt.date(2024, 12, 31)),
        ("1 Sept 2024", dt.date(2024, 9, 1)),
    ],
)
def test_every_month(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_be_leap_day_is_checked_on_the_ce_year() -> None:
    # 2535 BE is not divisible by 4 but 1992 CE is a leap year, and the other way round.
    assert parse_date("29/02/2535") == dt.date(1992, 2, 29)
    assert parse_date("29 กุมภาพันธ์ 2535") == dt.date(1992, 2, 29)
    assert parse_date("29/02/2534") is None
    assert parse_date("29/02/2543") == dt.date(2000, 2, 29)


def test_be_conversion_matches_543_years() -> None:
    for be in (2401, 2484, 2535, 2567, 2600):
        assert parse_date(f"1/6/{be}") == dt.date(be - 543, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ไม่ทราบ",
        "32/01/2535",
        "15/13/2535",
        "01/15/1992",  # month-first is not read
        "30 กุมภาพันธ์ 2535",
        "15/01/35",  # two-digit years are refused, except after a Thai month name
        "พ.ศ. 35",
        "15 มกราคม พ.ศ. 1992",  # BE marker on a CE-looking year
        "15 มกราคม ค.ศ. 2535",  # CE marker on a BE year
        "15 มกราคม 2535 ถึง 20 มกราคม 2535",
        "15 มกราคม 2535 เวลา 10.00 น.",
        "15 มกราคม",
        "มกราคม 2535",
        "15/01/1700",
        "1992-01-15T10:00",
        "1992",
    ],
)
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2560", 2017),
        ("พ.ศ. ๒๕๖๐", 2017),
        ("ปีการศึกษา 2560", 2017),
        ("2017", 2017),
        ("ค.ศ. 2017", 2017),
        ("60", None),
        ("ค.ศ. 2560", None),
        ("สองพันห้าร้อย", None),
    ],
)
def test_parse_year(text: str, expected: int | None) -> None:
    assert parse_year(text) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("15 ม.ค. 35", "1992-01-15"),  # forms are often filled in with a two-digit BE year
        ("24 ก.พ.97", "1954-02-24"),  # 2597 would be in the future: the century before
        ("๓ มี.ค. ๒๘", "1985-03-03"),
    ],
)
def test_two_digit_buddhist_year_after_a_thai_month(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.isoformat() == iso


# --- text whose letters are out of order -------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def _thai_paragraphs() -> list[str]:
    """Thai written by people: the request sets written by others and the Thai guide."""
    sources = [*sorted((ROOT / "tests" / "extractors").glob("unseen_requests*.py"))]
    sources.append(ROOT / "docs" / "th" / "guide.md")
    found = []
    for source in sources:
        found += re.findall(r"[\u0e00-\u0e7f][\u0e00-\u0e7f0-9 .,:()/-]{40,}", source.read_text())
    # a keyboard's layout, each key once (set 38's Kedmanee map, for its wrong-keyboard
    # name), is no text anyone writes: Thai of 40 letters repeats some
    return [p for p in found if len(set(p)) < len(p)]


def test_thai_as_people_write_it_is_not_garbled() -> None:
    paragraphs = _thai_paragraphs()
    assert len(paragraphs) > 100
    assert [p for p in paragraphs if garbled_thai(normalise_thai_text(p))] == []


def test_thai_letters_shuffled_are_garbled() -> None:
    """Letters out of order, as a PDF font without a Unicode map gives them (that text
    itself is test_a_pdf_whose_text_layer_is_nonsense_is_read_by_ocr_and_says_so): a
    shuffle of a paragraph of 40 letters or more is seen nine times in ten or more (one
    may keep its few marks on consonants by chance)."""
    rng = random.Random(5)
    seen = []
    for paragraph in _thai_paragraphs():
        letters = list(paragraph)
        rng.shuffle(letters)
        shuffled = normalise_thai_text("".join(letters))
        if len(re.findall(r"[\u0e01-\u0e4e]", shuffled)) >= 40:
            seen.append(garbled_thai(shuffled))
    assert len(seen) > 80 and sum(seen) >= 0.9 * len(seen)


def test_sara_ae_typed_as_two_sara_e_is_not_a_misspelling() -> None:
    assert not garbled_thai("เเบบคำร้องเเละเเจ้งความ เเก้ไขเเล้ว เเม่เเละเเฟน " * 3)


def test_thanthakhat_typed_before_the_upper_vowel_is_put_after_it() -> None:
    # "ประสิทธิ์" typed with the thanthakhat before SARA I (some keyboards and fonts let
    # it be typed so; it looks the same): stored in Unicode order, as a search finds it.
    thanthakhat, sara_i = "\u0e4c", "\u0e34"
    assert normalise_thai_text("ประสิทธ" + thanthakhat + sara_i) == "ประสิทธิ์"


def test_mending_leaves_every_ascii_text_as_it_is() -> None:
    # normalise_thai_text skips _mend for ASCII text: that must change nothing
    rng = random.Random(171)
    alphabet = [chr(c) for c in range(128)]
    texts = ["someone@example.com", "081-234-5678", " a \t b\r\n\n\n\nc ", "\x1c\x1f\x0b\x0c"]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(2000)]
    for text in texts:
        assert _mend(text) == text
