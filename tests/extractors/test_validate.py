"""Normalisers, provinces and postal codes, and validation of values against a template."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from pydantic import ValidationError

from extractors.base import FieldSpec, FormTemplate
from extractors.provinces import (
    PROVINCE_COUNT,
    match_province,
    postal_code_exists,
    postal_code_provinces,
    provinces,
)
from extractors.templates import load_template
from extractors.validate import (
    build_model,
    national_id_is_valid,
    normalise_amount,
    normalise_email,
    normalise_integer,
    normalise_national_id,
    normalise_phone,
    normalise_postal_code,
    normalise_province,
    validate_fields,
)

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
TODAY = dt.date(2025, 6, 1)

# --- National ID --------------------------------------------------------------------------


def reference_check_digit(first12: str) -> str:
    """Written differently from the code on purpose: weights 2..13 from the right and a
    lookup of the remainder instead of (11 - r) % 10."""
    total = 0
    for weight, digit in enumerate(reversed(first12), start=2):
        total += weight * (ord(digit) - ord("0"))
    return "10987654321"[total % 11]


def test_reference_agrees_with_hand_computed_example() -> None:
    # 1*13 + 1*12 + 0*11 + 1*10 + 7*9 + 0*8 + 0*7 + 2*6 + 3*5 + 0*4 + 7*3 + 0*2 = 146;
    # 146 mod 11 = 3; 11 - 3 = 8.
    assert reference_check_digit("110170023070") == "8"


@pytest.mark.parametrize("text", ["1101700230708", "1-1017-00230-70-8", "3101700230704"])
def test_known_valid_ids(text: str) -> None:
    digits = normalise_national_id(text)
    assert digits is not None
    assert national_id_is_valid(digits)


@pytest.mark.parametrize(
    "digits",
    [
        "3101700230708",  # 1101700230708 with the first digit changed: check digit now 4
        "1101700230709",
        "1101700230700",
        "1101700230780",  # two digits swapped
        "0101700230705",  # check digit right, first digit 0
        "1234567890123",
        "0000000000000",
        "9999999999999",
    ],
)
def test_known_invalid_ids(digits: str) -> None:
    assert not national_id_is_valid(digits)


def test_random_ids_agree_with_the_reference() -> None:
    rng = random.Random(20240601)
    for _ in range(500):
        first12 = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
        right = reference_check_digit(first12)
        assert national_id_is_valid(first12 + right)
        for wrong in set("0123456789") - {right}:
            assert not national_id_is_valid(first12 + wrong)


@pytest.mark.parametrize("first", ["0", "9"])
def test_first_digit_0_or_9_is_never_valid(first: str) -> None:
    first12 = first + "10170023070"
    assert not national_id_is_valid(first12 + reference_check_digit(first12))


@pytest.mark.parametrize(
    "text",
    [
        "1101700230708",
        "1-1017-00230-70-8",
        "1 1017 00230 70 8",
        "1.1017.00230.70.8",
        "๑๑๐๑๗๐๐๒๓๐๗๐๘",
        "๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘",
        " 1101700230708 ",
    ],
)
def test_national_id_formats(text: str) -> None:
    assert normalise_national_id(text) == "1101700230708"


@pytest.mark.parametrize("text", ["", "110170023070", "11017002307081", "1101700230 7O8", "abc"])
def test_national_id_wrong_length_or_characters(text: str) -> None:
    assert normalise_national_id(text) is None


# --- Phone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("081-234-5678", "+66812345678"),
        ("0812345678", "+66812345678"),
        ("081 234 5678", "+66812345678"),
        ("081.234.5678", "+66812345678"),
        ("(081) 234-5678", "+66812345678"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "+66812345678"),
        ("+66 81 234 5678", "+66812345678"),
        ("+66812345678", "+66812345678"),
        ("+66 (0)81 234 5678", "+66812345678"),
        ("+66-81-234-5678", "+66812345678"),
        ("+66 081 234 5678", "+66812345678"),
        ("66812345678", "+66812345678"),
        ("0066 81 234 5678", "+66812345678"),
        ("+๖๖ ๘๑ ๒๓๔ ๕๖๗๘", "+66812345678"),
        ("โทร. 081-234-5678", "+66812345678"),
        ("061-234-5678", "+66612345678"),
        ("091 234 5678", "+66912345678"),
        ("02-123-4567", "+6621234567"),
        ("02 123 4567 ต่อ 123", "+6621234567"),
        ("02-123-4567 ext. 12", "+6621234567"),
        ("Tel: 02-123-4567", "+6621234567"),
        ("053-123-456", "+6653123456"),
        ("053 123456", "+6653123456"),
        ("+66 53 123 456", "+6653123456"),
        ("๐๗๔-๒๑๒-๓๔๕", "+6674212345"),
    ],
)
def test_phone_formats(text: str, e164: str) -> None:
    assert normalise_phone(text) == e164


@pytest.mark.parametrize(
    "text",
    [
        "",
        "081-234-567",  # mobile one digit short
        "08123456789",  # one too many
        "812345678",  # leading 0 missing
        "02-123-456",  # landline one digit short
        "01-234-5678",  # no such prefix
        "1111",  # short code
        "1800-123-456",  # toll-free
        "+1 212 555 1234",  # foreign
        "081-234-5678, 089-876-5432",  # two numbers
        "081-234-5678 / 02-123-4567",
        "call me",
        "081-234-5678a",
    ],
)
def test_phone_rejected(text: str) -> None:
    assert normalise_phone(text) is None


# --- Email --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" Foo.Bar@Example.COM ", "foo.bar@example.com"),
        ("mailto:Somchai@Mail.go.th", "somchai@mail.go.th"),
        ("<somchai@mail.go.th>", "somchai@mail.go.th"),
        ("user+tag@example.co.th", "user+tag@example.co.th"),
        ("user＠example.com", "user@example.com"),
        ("user@ตัวอย่าง.ไทย", "user@ตัวอย่าง.ไทย"),
        ("user@example.com.", "user@example.com"),
    ],
)
def test_email_normalised(text: str, expected: str) -> None:
    assert normalise_email(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "foo",
        "foo@",
        "@example.com",
        "foo@bar",
        "foo bar@example.com",
        "foo@@example.com",
        "foo@exa_mple.com",
        "foo..bar@example.com",
        ".foo@example.com",
        "foo@-example.com",
        "foo@example.c",
        "foo@example.123",
        "สมชาย@example.com",
    ],
)
def test_email_rejected(text: str) -> None:
    assert normalise_email(text) is None


# --- Provinces and postal codes ---------------------------------------------------------

# Written out here, independently of the data package, so a wrong or missing province in
# the data fails this test.
THE_77 = [
    "กรุงเทพมหานคร",
    "กระบี่",
    "กาญจนบุรี",
    "กาฬสินธุ์",
    "กำแพงเพชร",
    "ขอนแก่น",
    "จันทบุรี",
    "ฉะเชิงเทรา",
    "ชลบุรี",
    "ชัยนาท",
    "ชัยภูมิ",
    "ชุมพร",
    "เชียงราย",
    "เชียงใหม่",
    "ตรัง",
    "ตราด",
    "ตาก",
    "นครนายก",
    "นครปฐม",
    "นครพนม",
    "นครราชสีมา",
    "นครศรีธรรมราช",
    "นครสวรรค์",
    "นนทบุรี",
    "นราธิวาส",
    "น่าน",
    "บึงกาฬ",
    "บุรีรัมย์",
    "ปทุมธานี",
    "ประจวบคีรีขันธ์",
    "ปราจีนบุรี",
    "ปัตตานี",
    "พระนครศรีอยุธยา",
    "พะเยา",
    "พังงา",
    "พัทลุง",
    "พิจิตร",
    "พิษณุโลก",
    "เพชรบุรี",
    "เพชรบูรณ์",
    "แพร่",
    "ภูเก็ต",
    "มหาสารคาม",
    "มุกดาหาร",
    "แม่ฮ่องสอน",
    "ยโสธร",
    "ยะลา",
    "ร้อยเอ็ด",
    "ระนอง",
    "ระยอง",
    "ราชบุรี",
    "ลพบุรี",
    "ลำปาง",
    "ลำพูน",
    "เลย",
    "ศรีสะเกษ",
    "สกลนคร",
    "สงขลา",
    "สตูล",
    "สมุทรปราการ",
    "สมุทรสงคราม",
    "สมุทรสาคร",
    "สระแก้ว",
    "สระบุรี",
    "สิงห์บุรี",
    "สุโขทัย",
    "สุพรรณบุรี",
    "สุราษฎร์ธานี",
    "สุรินทร์",
    "หนองคาย",
    "หนองบัวลำภู",
    "อ่างทอง",
    "อำนาจเจริญ",
    "อุดรธานี",
    "อุตรดิตถ์",
    "อุทัยธานี",
    "อุบลราชธานี",
]


def test_exactly_the_77_provinces() -> None:
    assert len(THE_77) == 77 == len(set(THE_77)) == PROVINCE_COUNT
    names = [p.name_th for p in provinces()]
    assert len(names) == 77
    assert set(names) == set(THE_77)


@pytest.mark.parametrize("name", THE_77)
def test_every_province_matches_itself_and_with_prefixes(name: str) -> None:
    assert match_province(name) == name
    assert match_province(f"จังหวัด{name}") == name
    assert match_province(f"จ.{name}") == name
    assert match_province(f"จ. {name}") == name


def test_every_english_name_matches() -> None:
    for p in provinces():
        assert match_province(p.name_en) == p.name_th
        assert match_province(p.name_en.upper() + " Province") == p.name_th
        assert match_province(p.name_en.replace(" ", "").lower()) == p.name_th


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("กทม.", "กรุงเทพมหานคร"),
        ("กทม", "กรุงเทพมหานคร"),
        ("กรุงเทพฯ", "กรุงเทพมหานคร"),
        ("กรุงเทพ", "กรุงเทพมหานคร"),
        ("Bangkok", "กรุงเทพมหานคร"),
        ("Krung Thep", "กรุงเทพมหานคร"),
        ("Krung Thep Maha Nakhon", "กรุงเทพมหานคร"),
        ("อยุธยา", "พระนครศรีอยุธยา"),
        ("Ayutthaya", "พระนครศรีอยุธยา"),
        ("โคราช", "นครราชสีมา"),
        ("Korat", "นครราชสีมา"),
        ("Chonburi", "ชลบุรี"),
        ("Chon Buri", "ชลบุรี"),
        ("chiangmai", "เชียงใหม่"),
        ("Chiang Mai Province", "เชียงใหม่"),
        ("จังหวัด เชียงใหม่", "เชียงใหม่"),
        ("สมุทร ปราการ", "สมุทรปราการ"),
        ("Samut Prakarn", "สมุทรปราการ"),
        ("Phang-nga", "พังงา"),
        ("Phangnga", "พังงา"),
        ("Sisaket", "ศรีสะเกษ"),
        ("Buriram", "บุรีรัมย์"),
        ("Petchaburi", "เพชรบุรี"),
        ("Phetchabun", "เพชรบูรณ์"),
        ("สุรินทร", "สุรินทร์"),  # thanthakhat missing: one close name
        ("บางนา", None),  # a district, not a province
        ("Nakhon", None),
        ("Pattaya", None),
        ("จังหวัด", None),
        ("", None),
    ],
)
def test_common_province_forms(text: str, expected: str | None) -> None:
    assert normalise_province(text) == expected


@pytest.mark.parametrize(
    ("code", "province"),
    [
        ("10110", "กรุงเทพมหานคร"),
        ("10330", "กรุงเทพมหานคร"),
        ("10270", "สมุทรปราการ"),  # a 10xxx code outside Bangkok
        ("11000", "นนทบุรี"),
        ("20150", "ชลบุรี"),
        ("50200", "เชียงใหม่"),
        ("84280", "สุราษฎร์ธานี"),
        ("90110", "สงขลา"),
        ("๕๐๒๐๐", "เชียงใหม่"),
    ],
)
def test_postal_codes_that_exist(code: str, province: str) -> None:
    assert postal_code_exists(code)
    assert province in postal_code_provinces(code)


@pytest.mark.parametrize("code", ["00000", "99999", "10000", "12", "abcde", "501000", ""])
def test_postal_codes_that_do_not_exist(code: str) -> None:
    assert not postal_code_exists(code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("50200", "50200"), (" 50200 ", "50200"), ("๕๐๒๐๐", "50200"), ("5020", None), ("5O200", None)],
)
def test_normalise_postal_code(text: str, expected: str | None) -> None:
    assert normalise_postal_code(text) == expected


# --- Amounts and counts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,500.-", "1500.00"),
        ("1500 บาท", "1500.00"),
        ("฿ 20.5", "20.50"),
        ("๑๐๐", "100.00"),
        ("-5", None),
        ("หนึ่งร้อยบาท", None),
        ("1.234", None),
    ],
)
def test_normalise_amount(text: str, expected: str | None) -> None:
    assert normalise_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2", "2"), ("๒ ฉบับ", "2"), ("สองฉบับ", "2"), ("3 copies", "3"), ("two", "2"), ("x", None)],
)
def test_normalise_integer(text: str, expected: str | None) -> None:
    assert normalise_integer(text) == expected


# --- validate_fields on the shipped general request --------------------------------------


@pytest.fixture(scope="module")
def general() -> FormTemplate:
    return load_template(FORMS / "general_request.toml")


GOOD = {
    "full_name": "  นาย สมชาย   ใจดี ",
    "national_id": "1-1017-00230-70-8",
    "birth_date": "๑๕ มกราคม ๒๕๓๕",
    "phone": "๐๘๑-๒๓๔-๕๖๗๘",
    "email": " Somchai@Example.COM ",
    "address": "99/1 หมู่ 2\nต.สุเทพ อ.เมือง",
    "postal_code": "50200",
    "province": "จ.เชียงใหม่",
    "subject": "ขอคัดสำเนาทะเบียนบ้าน",
    "details": "รายละเอียด  ค ำขอ",
}


def test_all_good_values_are_normalised(general: FormTemplate) -> None:
    values, issues = validate_fields(general, GOOD, today=TODAY)
    assert issues == {}
    assert values == {
        "full_name": "นายสมชาย ใจดี",  # title joined to the first name
        "national_id": "1101700230708",
        "birth_date": "1992-01-15",
        "phone": "+66812345678",
        "email": "somchai@example.com",
        "address": "99/1 หมู่ 2\nต.สุเทพ อ.เมือง",
        "postal_code": "50200",
        "province": "เชียงใหม่",
        "subject": "ขอคัดสำเนาทะเบียนบ้าน",
        "details": "รายละเอียด คำขอ",
    }


def _codes(issues: dict[str, list]) -> dict[str, list[str]]:
    return {key: [i.code for i in found] for key, found in issues.items()}


def test_each_problem_is_recorded_against_its_field(general: FormTemplate) -> None:
    bad = {
        **GOOD,
        "national_id": "1101700230709",
        "birth_date": "31/02/2535",
        "phone": "12345",
        "email": "not-an-email",
        "postal_code": "99999",
        "province": "Atlantis",
    }
    values, issues = validate_fields(general, bad, today=TODAY)
    assert _codes(issues) == {
        "national_id": ["invalid_checksum"],
        "birth_date": ["invalid_date"],
        "phone": ["invalid_format"],
        "email": ["invalid_format"],
        "postal_code": ["unknown_postal_code"],
        "province": ["unknown_province"],
    }
    for key in issues:
        assert values[key] is None
    assert values["full_name"] == "นายสมชาย ใจดี"  # the title joins the first name
    for found in issues.values():
        for issue in found:
            assert issue.message_th and issue.message_en


def test_wrong_length_id_is_a_format_problem(general: FormTemplate) -> None:
    _, issues = validate_fields(general, {**GOOD, "national_id": "12345"}, today=TODAY)
    assert _codes(issues) == {"national_id": ["invalid_format"]}


def test_missing_required_fields(general: FormTemplate) -> None:
    values, issues = validate_fields(general, {"email": "a@b.co", "details": "  "}, today=TODAY)
    required = {s.key for s in general.fields if s.required}
    assert {k for k, v in _codes(issues).items() if v == ["missing"]} == required
    assert values["email"] == "a@b.co"
    assert set(values) == {s.key for s in general.fields}


@pytest.mark.parametrize("placeholder", ["-", "—", "ไม่มี", "N/A", "  "])
def test_placeholders_count_as_absent(general: FormTemplate, placeholder: str) -> None:
    values, issues = validate_fields(
        general, {**GOOD, "email": placeholder, "subject": placeholder}
    )
    assert values["email"] is None and values["subject"] is None
    assert "email" not in issues  # optional
    assert _codes(issues)["subject"] == ["missing"]


def test_postal_code_province_mismatch(general: FormTemplate) -> None:
    values, issues = validate_fields(general, {**GOOD, "province": "กทม."}, today=TODAY)
    assert _codes(issues) == {"postal_code": ["postal_code_province_mismatch"]}
    assert values["postal_code"] == "50200"
    assert values["province"] == "กรุงเทพมหานคร"


def test_birth_date_in_future_is_flagged(general: FormTemplate) -> None:
    values, issues = validate_fields(general, {**GOOD, "birth_date": "1/1/2600"}, today=TODAY)
    assert _codes(issues) == {"birth_date": ["date_in_future"]}
    assert values["birth_date"] == "2057-01-01"


@pytest.mark.parametrize(
    "junk",
    ["\x00\x01", "๏๏๏", "\uf70a\uf70a", "ำำำ", "9" * 10_000, "a@b@c", "()", "+", "\ud7ff", "😀"],
)
def test_junk_never_raises(general: FormTemplate, junk: str) -> None:
    values, issues = validate_fields(general, dict.fromkeys(GOOD, junk), today=TODAY)
    assert set(values) == set(GOOD)
    assert issues  # junk in every field cannot be all valid


def test_non_string_and_unknown_values_do_not_raise(general: FormTemplate) -> None:
    values, _ = validate_fields(
        general,
        {"full_name": None, "phone": 812345678, "nonsense": "x"},  # type: ignore[dict-item]
        today=TODAY,
    )
    assert "nonsense" not in values
    assert values["phone"] is None


def test_no_value_leaks_into_messages_errors_or_reprs(general: FormTemplate) -> None:
    secret_id, secret_phone = "1101700230709", "0812345"
    _, issues = validate_fields(
        general, {**GOOD, "national_id": secret_id, "phone": secret_phone}, today=TODAY
    )
    text = " ".join(i.model_dump_json() for found in issues.values() for i in found)
    assert secret_id not in text and secret_phone not in text

    model = build_model(general)
    with pytest.raises(ValidationError) as info:
        model.model_validate({"national_id": secret_id})
    assert info.value.errors()[0]["type"] == "invalid_checksum"
    assert secret_id not in str(info.value)

    record = model.model_validate({"national_id": "1101700230708", "full_name": "สมชาย"})
    assert "1101700230708" not in repr(record) and "สมชาย" not in str(record)


def test_built_model_mirrors_the_template(general: FormTemplate) -> None:
    model = build_model(general)
    assert list(model.model_fields) == [s.key for s in general.fields]
    schema = model.model_json_schema()["properties"]
    assert schema["national_id"]["x-personal"] is True
    assert schema["national_id"]["x-type"] == "national_id"
    record = model.model_validate({"phone": "+66 81 234 5678", "birth_date": "15/01/2535"})
    assert record.phone == "+66812345678"  # type: ignore[attr-defined]
    assert record.birth_date == "1992-01-15"  # type: ignore[attr-defined]


def test_year_and_count_fields_on_a_small_template() -> None:
    template = FormTemplate(
        name="t",
        title_th="ท",
        title_en="T",
        fields=[
            FieldSpec(key="year", type="year", title_th="ปี", title_en="Year", labels=["ปี"]),
            FieldSpec(key="n", type="integer", title_th="จำนวน", title_en="N", labels=["n"]),
            FieldSpec(key="fee", type="amount", title_th="ค่า", title_en="Fee", labels=["fee"]),
        ],
    )
    values, issues = validate_fields(template, {"year": "ปีการศึกษา ๒๕๖๐", "n": "๒ ฉบับ"})
    assert values == {"year": "2017", "n": "2", "fee": None}
    assert issues == {}
    _, issues = validate_fields(template, {"year": "60", "n": "many", "fee": "free"})
    assert _codes(issues) == {
        "year": ["invalid_format"],
        "n": ["invalid_format"],
        "fee": ["invalid_format"],
    }


def test_aliases_each_resolve_to_their_own_province() -> None:
    from extractors.provinces import _ALIASES  # the table itself: a clash would misroute

    by_code = {p.code: p.name_th for p in provinces()}
    for code, aliases in _ALIASES.items():
        for alias in aliases:
            assert match_province(alias) == by_code[code], alias


# --- Names (issue 8, item 7) -------------------------------------------------------------

from extractors.validate import normalise_name  # noqa: E402


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("นาย สมชาย  ใจดี", "นายสมชาย ใจดี"),
        ("นางสาว   มาลี ศรีสุข", "นางสาวมาลี ศรีสุข"),
        ("นาง วันดี มีสุข", "นางวันดี มีสุข"),
        ("ด.ช. ต้นกล้า ใจงาม", "ด.ช.ต้นกล้า ใจงาม"),
        ("ด.ญ.  มะลิ ใจงาม", "ด.ญ.มะลิ ใจงาม"),
        ("เด็กชาย ภูมิ ใจดี", "เด็กชายภูมิ ใจดี"),
        ("เด็กหญิง  ใบเตย ใจดี", "เด็กหญิงใบเตย ใจดี"),
        ("นายสมชาย ใจดี", "นายสมชาย ใจดี"),
        ("Mr  John   Smith", "Mr John Smith"),
        ("Mrs.Jane Doe", "Mrs. Jane Doe"),
        ("Ms Anna Lee", "Ms Anna Lee"),
        ("Miss Mary Ann", "Miss Mary Ann"),
        # unseen4: an English title before a Thai name is the Thai civil title in English;
        # Ms. may be นาง or นางสาว, so it stays as written
        ("Mrs.จันทร์เพ็ญ เกษมสุข", "นางจันทร์เพ็ญ เกษมสุข"),
        ("Mr. สมชาย ใจดี", "นายสมชาย ใจดี"),
        ("Miss มาลี ศรีสุข", "นางสาวมาลี ศรีสุข"),
        ("Ms.มาลี ศรีสุข", "Ms.มาลี ศรีสุข"),
        # ranks and academic titles are kept as written (only spaces tidied)
        ("พ.ต.อ. สมชาย ใจดี", "พ.ต.อ. สมชาย ใจดี"),
        ("ผศ.ดร.  สมหญิง  ใจงาม", "ผศ.ดร. สมหญิง ใจงาม"),
        ("ว่าที่ร้อยตรี สมศักดิ์ รักชาติ", "ว่าที่ร้อยตรี สมศักดิ์ รักชาติ"),
        # a first name that begins like a title is not cut
        ("นายนาง ทดสอบ", "นายนาง ทดสอบ"),
        ("นางนวล ใจดี", "นางนวล ใจดี"),
        # a title typed with a space inside it (x8), never a first name cut
        ("นาง สาว สุดา มีสุข", "นางสาวสุดา มีสุข"),
        ("น. ส. สุดา มีสุข", "น.ส.สุดา มีสุข"),
        ("ด. ญ. มะลิ ใจงาม", "ด.ญ.มะลิ ใจงาม"),
        ("เด็ก ชาย ภูมิ ใจดี", "เด็กชายภูมิ ใจดี"),
        ("นาง สาวิตรี ใจดี", "นางสาวิตรี ใจดี"),
        ("นาง สาว ใจดี", "นางสาว ใจดี"),  # สาว may be the first name: two words only
    ],
)
def test_names_attach_the_title_and_keep_ranks(written: str, normal: str) -> None:
    assert normalise_name(written) == normal


def test_a_name_field_validates_to_the_normal_form(general: FormTemplate) -> None:
    values, issues = validate_fields(general, {"full_name": "นาย  สมชาย ใจดี"})
    assert values["full_name"] == "นายสมชาย ใจดี"
    assert "full_name" not in issues


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("02-123-4567 ต่อ 12", "+6621234567"),
        ("021382876 (ต่อ 875)", "+6621382876"),
        ("02 626 6817 ext. 739", "+6626266817"),
        ("๐๒-๖๒๖-๖๘๑๗ (ต่อ ๗๓๙)", "+6626266817"),
    ],
)
def test_a_phone_with_an_extension_is_reduced_to_the_line(written: str, line: str) -> None:
    assert normalise_phone(written) == line


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"])
def test_a_word_processors_dashes_part_a_phone_and_an_id_like_a_hyphen(dash: str) -> None:
    # Word and Outlook autocorrect turn "-" into an en or em dash, a non-breaking hyphen
    # or a minus sign; the digits are the same number.
    assert normalise_phone(dash.join(("081", "234", "5678"))) == "+66812345678"
    nid = dash.join(("1", "1037", "00560", "21", "3"))
    assert normalise_national_id(nid) == "1103700560213"


# --- an address typed in Thai digits ----------------------------------------------------


def test_an_address_in_thai_digits_reads_in_arabic_digits(general: FormTemplate) -> None:
    # A phone's Thai keyboard types ๐-๙: the house number, หมู่ and postal code a clerk
    # keys in are Arabic digits, as the ID, the phone and the postal code's own field are.
    # Read on every path (a mail body, a Word letter, a form), so done where the field is.
    raw = {**GOOD, "address": "๑๒๗/๔ ม.๘ ต.นาป่า อ.เมืองชลบุรี จ.ชลบุรี ๒๐๐๐๐"}
    values, _ = validate_fields(general, raw, today=TODAY)
    assert values["address"] == "127/4 ม.8 ต.นาป่า อ.เมืองชลบุรี จ.ชลบุรี 20000"
    # other free text keeps the digits as typed
    raw = {**GOOD, "details": "ขอถังขยะ ๒ ใบ"}
    assert validate_fields(general, raw, today=TODAY)[0]["details"] == "ขอถังขยะ ๒ ใบ"
