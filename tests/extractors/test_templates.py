"""The shipped form templates load and are complete; a broken one fails in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.base import FormTemplate
from extractors.templates import TemplateError, load_template, load_templates
from extractors.thai import fold_label
from extractors.validate import build_model, validate_fields

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"

# Fields that identify a person (or hold what they wrote) must be personal data.
PERSON_KEYS = {
    "full_name",
    "student_name",
    "national_id",
    "birth_date",
    "phone",
    "email",
    "address",
    "postal_code",
    "student_number",
}
# What the request is about: staff must read it to work the case, so it is shown on the
# case page (still encrypted at rest, and never in the plaintext masked copy).
CONTENT_KEYS = {"subject", "details", "document", "purpose", "copies", "delivery_method"}


@pytest.fixture(scope="module")
def templates() -> dict[str, FormTemplate]:
    return {t.name: t for t in load_templates(FORMS)}


def test_the_three_templates_load(templates: dict[str, FormTemplate]) -> None:
    assert {"general_request", "complaint", "document_request"} <= set(templates)
    assert [t.name for t in templates.values() if t.rules.default] == ["general_request"]
    assert templates["general_request"].title_th == "คำร้องทั่วไป"
    assert templates["complaint"].title_th == "เรื่องร้องเรียน"
    assert "ปพ.1" in templates["document_request"].title_th


def test_general_request_keys(templates: dict[str, FormTemplate]) -> None:
    keys = [f.key for f in templates["general_request"].fields]
    assert keys == [
        "full_name",
        "national_id",
        "birth_date",
        "phone",
        "email",
        "address",
        "postal_code",
        "province",
        "subject",
        "details",
    ]


REQUIRED_LABELS = {
    "full_name": ["ชื่อ-นามสกุล", "ชื่อ - สกุล", "ชื่อ-สกุล", "ชื่อ นามสกุล", "Full name", "Name"],
    "national_id": [
        "เลขประจำตัวประชาชน",
        "เลขบัตรประชาชน",
        "เลขที่บัตรประชาชน",
        "National ID",
        "ID card number",
    ],
    "birth_date": ["วันเกิด", "วัน เดือน ปีเกิด", "Date of birth"],
    "phone": ["โทรศัพท์", "เบอร์โทรศัพท์", "เบอร์โทร", "โทร", "มือถือ", "Phone", "Tel", "Mobile"],
    "email": ["อีเมล", "อีเมล์", "E-mail", "Email"],
    "address": ["ที่อยู่", "Address"],
    "postal_code": ["รหัสไปรษณีย์", "Postcode", "Postal code", "Zip"],
    "province": ["จังหวัด", "Province"],
    "subject": ["เรื่อง", "Subject"],
    "details": ["รายละเอียด", "Details", "Description"],
}


@pytest.mark.parametrize("key", sorted(REQUIRED_LABELS))
def test_general_request_labels(templates: dict[str, FormTemplate], key: str) -> None:
    spec = next(f for f in templates["general_request"].fields if f.key == key)
    assert set(REQUIRED_LABELS[key]) <= set(spec.labels)


def test_field_types_of_general_request(templates: dict[str, FormTemplate]) -> None:
    types = {f.key: f.type for f in templates["general_request"].fields}
    assert types["national_id"] == "national_id"
    assert types["birth_date"] == "date"
    assert types["phone"] == "phone"
    assert types["email"] == "email"
    assert types["postal_code"] == "postal_code"
    assert types["province"] == "province"


def test_complaint_and_document_request_fields(templates: dict[str, FormTemplate]) -> None:
    complaint = {f.key: f for f in templates["complaint"].fields}
    assert {"full_name", "incident_date", "incident_location", "respondent", "details"} <= set(
        complaint
    )
    assert complaint["incident_date"].type == "date"
    document = {f.key: f for f in templates["document_request"].fields}
    assert {"student_name", "national_id", "student_number", "school", "graduation_year"} <= set(
        document
    )
    assert {"copies", "delivery_method", "phone", "email", "address"} <= set(document)
    assert document["graduation_year"].type == "year"
    assert document["copies"].type == "integer"


@pytest.mark.parametrize("name", ["general_request", "complaint", "document_request"])
def test_personal_flags(templates: dict[str, FormTemplate], name: str) -> None:
    for spec in templates[name].fields:
        if spec.key in PERSON_KEYS:
            assert spec.personal, f"{name}.{spec.key} must be personal data"
        if spec.key in CONTENT_KEYS:
            assert not spec.personal, f"{name}.{spec.key} is the request's content"
    assert any(spec.required for spec in templates[name].fields)


@pytest.mark.parametrize("name", ["general_request", "complaint", "document_request"])
def test_every_template_builds_a_model_and_flags_missing(
    templates: dict[str, FormTemplate], name: str
) -> None:
    template = templates[name]
    assert set(build_model(template).model_fields) == {f.key for f in template.fields}
    _, issues = validate_fields(template, {})
    assert set(issues) == {f.key for f in template.fields if f.required}
    assert all(i.code == "missing" for found in issues.values() for i in found)


# --- Broken templates ---------------------------------------------------------------------

# Keys that are not common fields (config/fields.toml), so the template stands alone.
GOOD = """
title_th = "ทดสอบ"
title_en = "Test"

[rules]
subject_keywords = ["ทดสอบ"]

[[fields]]
key = "owner_name"
title_th = "ชื่อ"
title_en = "Name"
labels = ["ชื่อ", "Name"]
personal = true
required = true

[[fields]]
key = "owner_phone"
type = "phone"
title_th = "โทรศัพท์"
title_en = "Phone"
labels = ["โทร", "Phone"]
"""


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_small_template(tmp_path: Path) -> None:
    template = load_template(_write(tmp_path, "small.toml", GOOD))
    assert template.name == "small"
    assert [f.type for f in template.fields] == ["text", "phone"]
    assert template.retention_years == 10


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (GOOD.replace('title_en = "Test"', 'title_en = "Test'), "bad TOML"),
        (GOOD.replace('type = "phone"', 'type = "telephone"'), "unknown type 'telephone'"),
        (
            GOOD.replace('key = "owner_phone"', 'key = "owner_name"'),
            "duplicate field key 'owner_name'",
        ),
        (GOOD.replace('labels = ["โทร", "Phone"]', 'labels = ["โทร", "name"]'), "'owner_name'"),
        ("colour = 'red'\n" + GOOD, "unknown key 'colour'"),
        (GOOD.replace("[rules]", "[rules]\nsubjects = []"), "rules: unknown key 'subjects'"),
        (GOOD.replace("personal = true", "persnal = true"), "'owner_name': unknown key 'persnal'"),
        (GOOD.replace('title_en = "Name"\n', ""), "title_en"),
        (GOOD.replace('key = "owner_phone"', 'key = "Phone Number"'), "key must be"),
        (GOOD.replace('key = "owner_phone"', 'key = "copy"'), "key must be"),
        (GOOD.replace('labels = ["โทร", "Phone"]', "labels = []"), "no labels"),
        (GOOD.replace('labels = ["โทร", "Phone"]', 'labels = "Phone"'), "labels"),
        ('title_th = "ก"\ntitle_en = "A"\n', "no [[fields]]"),
        ('name = "other"\n' + GOOD, "differs from the file name"),
        ("retention_years = 0\n" + GOOD, "retention_years"),
        (
            "rules = 3\n" + GOOD.replace('[rules]\nsubject_keywords = ["ทดสอบ"]', ""),
            "rules must be",
        ),
    ],
)
def test_broken_template_gives_one_line_error(tmp_path: Path, text: str, words: str) -> None:
    path = _write(tmp_path, "broken.toml", text)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert words in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "legacy.toml"
    path.write_bytes(GOOD.encode("cp874"))
    with pytest.raises(TemplateError, match="not UTF-8"):
        load_template(path)


def test_directory_problems(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no such directory"):
        load_templates(tmp_path / "missing")
    with pytest.raises(TemplateError, match=r"no \*\.toml"):
        load_templates(tmp_path)


def test_one_broken_file_stops_the_directory(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", GOOD)
    _write(tmp_path, "b.toml", GOOD.replace('type = "phone"', 'type = "nope"'))
    with pytest.raises(TemplateError) as info:
        load_templates(tmp_path)
    assert "b.toml" in str(info.value)


def test_only_one_default(tmp_path: Path) -> None:
    default = GOOD.replace("[rules]", "[rules]\ndefault = true")
    _write(tmp_path, "a.toml", default)
    _write(tmp_path, "b.toml", default)
    with pytest.raises(TemplateError) as info:
        load_templates(tmp_path)
    assert "b.toml" in str(info.value) and "a.toml" in str(info.value)


def test_labels_fold_uniquely_across_fields(templates: dict[str, FormTemplate]) -> None:
    # The loader refuses clashes; this checks the shipped files are clash-free by the same
    # fold a label index would use, so a label can never land in two fields.
    for template in templates.values():
        owners: dict[str, str] = {}
        for spec in template.fields:
            for label in spec.labels:
                assert owners.setdefault(fold_label(label), spec.key) == spec.key
