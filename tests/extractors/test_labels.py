"""LabelMatcher: labels as people type them, Thai and English, map to field keys."""

from pathlib import Path

import pytest
from forms_for_tests import DOCUMENT, GENERAL

from extractors.extract import matcher_for
from extractors.labels import LabelMatcher, canonical, normalise_form_field
from extractors.templates import load_templates

MATCHER = LabelMatcher([GENERAL])


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("ชื่อ-นามสกุล", "full_name"),
        ("ชื่อ - สกุล", "full_name"),
        ("ชื่อ–นามสกุล", "full_name"),  # en dash
        ("ชื่อ นามสกุล", "full_name"),
        ("1. ชื่อ-นามสกุล :", "full_name"),
        ("๒) เลขประจำตัวประชาชน", "national_id"),
        ("  เลขบัตรประชาชน：", "national_id"),  # full-width colon
        ("โทรศัพท์ (มือถือ)", "phone"),
        ("อีเมล์", "email"),
        ("อีเมล", "email"),
        ("E-MAIL", "email"),
        ("e mail", "email"),
        ("FULL NAME", "full_name"),
        ("Full name / ชื่อ-นามสกุล", "full_name"),
        ("ชื่อ-นามสกุล (Full name)", "full_name"),
        ("Post code", "postal_code"),
    ],
)
def test_exact_after_normalising(written: str, key: str) -> None:
    assert MATCHER.match(written) == (key, 1.0)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("ที่อยุ่", "address"),  # wrong vowel
        ("Adress", "address"),
        ("จังหวด", "province"),  # missing vowel
        ("Provnice", "province"),
        ("รหัสไปรษณี", "postal_code"),
    ],
)
def test_small_typos_match_with_lower_confidence(written: str, key: str) -> None:
    found = MATCHER.match(written)
    assert found is not None
    assert found[0] == key
    assert 0.6 <= found[1] < 1.0


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("ที่อยู่ปัจจุบัน", "address"),
        ("เบอร์โทรศัพท์มือถือ", "phone"),
        ("Mobile phone", "phone"),
        ("ที่อยู่อีเมล", "email"),  # "address of e-mail": the typed field is the narrower one
        ("Email address", "email"),
    ],
)
def test_label_with_a_qualifier(written: str, key: str) -> None:
    found = MATCHER.match(written)
    assert found is not None and found[0] == key
    assert found[1] < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "ข้าพเจ้าขอแจ้งเปลี่ยนที่อยู่ใหม่เนื่องจากย้ายบ้าน",
        "I would like to request a copy of my house registration",
        "ขอบคุณครับ",
        "Thanks",
        "วันที่",
        "",
        "   ",
        "ชื่อ" * 50,
    ],
)
def test_sentences_and_unknown_words_are_not_labels(text: str) -> None:
    assert MATCHER.match(text) is None


def test_exact_match_beats_a_fuzzy_one() -> None:
    # "ชื่อ" is exact for full_name even though it also starts other labels.
    assert MATCHER.match("ชื่อ") == ("full_name", 1.0)


def test_canonical_folds_case_space_punctuation_and_thanthakhat() -> None:
    assert canonical("อีเมล์") == canonical("อีเมล")
    assert canonical("E-Mail :") == canonical("email")
    assert canonical("ชื่อ - สกุล") == canonical("ชื่อ-สกุล")
    # SARA AM written as NIKHAHIT + SARA AA (legacy fonts) folds to the same form.
    assert canonical("คำร้อง") == canonical("ค\u0e4d\u0e32ร้อง")


@pytest.mark.parametrize(
    ("name", "key", "confidence"),
    [
        ("fullname", "full_name", 1.0),
        ("full_name", "full_name", 1.0),  # the key itself is a form-field name
        ("form1[0].page1[0].citizen_id[0]", "national_id", 1.0),
        ("applicantName", "full_name", 1.0),
        ("Phone Text Box", "phone", 1.0),  # widget words dropped, then the key
        ("Tel Text Box", "phone", None),  # a label, not a form-field name
        ("ชื่อ-นามสกุล", "full_name", None),  # a Thai field name matched as a label
    ],
)
def test_form_field_names(name: str, key: str, confidence: float | None) -> None:
    found = MATCHER.match_form_field(name)
    assert found is not None and found[0] == key
    if confidence is not None:
        assert found[1] == confidence
    else:
        assert 0.6 <= found[1] < 1.0


def test_unknown_form_field_names() -> None:
    assert MATCHER.match_form_field("Text1") is None
    assert MATCHER.match_form_field("topmostSubform[0].Page1[0].f1_01_0_[0]") is None


def test_normalise_form_field() -> None:
    assert normalise_form_field("form1[0].page1[0].fullName[0]") == "full Name"
    assert normalise_form_field("Given Name Text Box") == "Given Name"


def test_union_of_templates_records_conflicting_labels() -> None:
    union = LabelMatcher([GENERAL, DOCUMENT])
    assert canonical("ชื่อ-นามสกุล") in union.conflicts
    assert union.match("ชื่อ-นามสกุล") == ("full_name", 1.0)  # first template wins
    assert union.match("โรงเรียน") == ("school", 1.0)  # labels of every template
    assert LabelMatcher([DOCUMENT]).match("ชื่อ-นามสกุล") == ("student_name", 1.0)


def test_multiline_fields_are_known() -> None:
    assert MATCHER.is_multiline("address")
    assert not MATCHER.is_multiline("phone")


def test_a_typo_of_a_whole_label_beats_a_shorter_label_at_its_end() -> None:
    """x8: "ชือ-นามสกุล" (the tone mark left out) was read as the family-name part
    "นามสกุล" at its end, and the full name was lost."""
    forms = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
    found = matcher_for([t for t in forms if t.name == "foi_request"]).match("ชือ-นามสกุล")
    assert found is not None and found[0] == "full_name"


def test_the_boxes_named_in_an_address_labels_note_are_not_the_label() -> None:
    # "ที่อยู่ (บ้านเลขที่/หมู่/ซอย/...)": the note lists the boxes of the address; a
    # caption cut at the field's edge leaves the bracket open. Both are the address.
    from extractors.address_parts import ADDRESS_PART_SPECS

    matcher = LabelMatcher([GENERAL], ADDRESS_PART_SPECS)
    for caption in (
        "ที่อยู่ (บ้านเลขที่/หมู่/ซอย/ถนน/ตำบล/อำเภ",
        "ที่อยู่ (บ้านเลขที่/หมู่/ซอย/ถนน/ตำบล/อำเภอ)",
    ):
        assert matcher.match(caption) == ("address", 1.0), caption


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("คำนำหน้า/ชื่อ/นามสกุล", "full_name"),  # the parts of a name: the name (ocr15)
        ("คำนำหน้า / ชื่อ / สกุล", "full_name"),
        ("ชื่อตัว | นามสกุล", "full_name"),
        ("ตำบล/อำเภอ/จังหวัด", "province"),  # the province is a field of its own
        ("คำนำหน้า", "name_title"),
        ("นามสกุล", "family_name"),
    ],
)
def test_a_label_naming_the_parts_of_a_field_is_that_field(written: str, key: str) -> None:
    root = Path(__file__).resolve().parents[2]
    found = matcher_for(load_templates(root / "config" / "forms")).match(written)
    assert found is not None and found[0] == key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("ชื่อและนามสกุลตามที่ปรากฏในบัตรประจำตัวประชาชน", "full_name"),
        ("ชื่อและนามสกุลตามที่ปรากฏในบัตรประจำตัวประชาชนที่ยังไม่หมดอายุ", "full_name"),
        ("วันเดือนปีเกิดตามที่ระบุในบัตรประชาชน", "birth_date"),
        ("ที่อยู่ปัจจุบันตามที่ปรากฏในสำเนาทะเบียนบ้าน", "address"),
        ("ชื่อ-สกุล ตามบัตรประจำตัวประชาชน", "full_name"),
        ("เลขประจำตัวประชาชนตามที่ปรากฏในบัตร", "national_id"),
    ],
)
def test_as_written_on_a_document_after_a_label_is_a_note_on_it(written: str, key: str) -> None:
    """ "As it appears on the ID card / house register": where the value was copied from,
    not another field's label (บัตรประจำตัวประชาชน names the ID's card)."""
    root = Path(__file__).resolve().parents[2]
    found = matcher_for(load_templates(root / "config" / "forms")).match(written)
    assert found is not None and found[0] == key


def test_a_bilingual_labels_halves_agree_on_the_field_both_can_mean() -> None:
    """Set 82: "เลขประจำตัว / ID No." over a foreign resident's 13 digits. เลขประจำตัว
    alone is a school's student number, but it opens the ID's own labels
    (เลขประจำตัวประชาชน) and its English half is the ID's: the ID, as both halves say."""
    union = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
    assert union.match("เลขประจำตัว") == ("student_number", 1.0)
    assert union.match("เลขประจำตัว / ID No.") == ("national_id", 1.0)
    assert union.match("ID No. / เลขประจำตัว") == ("national_id", 1.0)
    assert union.match("เลขประจำตัว / Student ID") == ("student_number", 1.0)


def test_an_english_label_cut_short_by_its_ending_is_another_word() -> None:
    """ "Request" (what is asked, a club sheet's row) is no typo of "Requester" (who asks,
    set 82): an English word without its ending is another word, not a slip."""
    matcher = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
    assert matcher.match("Request") is None or matcher.match("Request")[0] != "full_name"
    assert matcher.match("Requestor") == ("full_name", matcher.match("Requestor")[1])
