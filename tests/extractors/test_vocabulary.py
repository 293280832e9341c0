"""The common fields are defined once and every template sees all their labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.labels import LabelMatcher
from extractors.templates import TemplateError, load_template, load_templates

CONFIG = Path(__file__).resolve().parents[2] / "config"
COMMON = (
    "full_name", "national_id", "birth_date", "phone", "email", "address", "postal_code",
    "province", "subject", "details",
)  # fmt: skip


def test_every_template_knows_every_label_of_the_common_fields() -> None:
    templates = load_templates(CONFIG / "forms")
    assert len(templates) >= 7
    general = next(t for t in templates if t.name == "general_request")
    for template in templates:
        for spec in template.fields:
            if spec.key in COMMON:
                reference = next(f for f in general.fields if f.key == spec.key)
                assert set(reference.labels) <= set(spec.labels), (template.name, spec.key)


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("เลขประจำตัวประชาชน 13 หลัก", "national_id"),
        ("ชื่อ/Name", "full_name"),
        ("ผู้ยื่นคำร้อง", "full_name"),
        ("โทรศัพท์ (มือถือ)", "phone"),
        ("วัน/เดือน/ปีเกิด (พ.ศ.)", "birth_date"),
        ("National ID", "national_id"),
        ("E-mail address", "email"),
    ],
)
def test_a_label_known_anywhere_is_known_in_each_template(label: str, key: str) -> None:
    for template in load_templates(CONFIG / "forms"):
        if key in {f.key for f in template.fields}:
            assert LabelMatcher([template]).match(label) == (key, 1.0), template.name


def test_like_field_keeps_its_own_key_and_type(tmp_path: Path) -> None:
    path = tmp_path / "forms" / "school.toml"
    path.parent.mkdir()
    path.write_text(
        'title_th = "ก"\ntitle_en = "A"\n[[fields]]\nkey = "student_name"\nlike = "full_name"\n'
        'title_th = "ชื่อนักเรียน"\ntitle_en = "Student"\nlabels = ["ชื่อนักเรียน"]\n',
        encoding="utf-8",
    )
    (spec,) = load_template(path).fields
    assert (spec.key, spec.type, spec.personal, spec.like) == (
        "student_name", "name", True, "full_name"
    )  # fmt: skip


def test_like_naming_no_common_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        'title_th = "ก"\ntitle_en = "A"\n[[fields]]\nkey = "x"\nlike = "nickname"\n'
        'title_th = "ก"\ntitle_en = "A"\nlabels = ["ก"]\n',
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match="like 'nickname' is not a common field"):
        load_template(path)


def test_a_local_vocabulary_beside_the_forms_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "fields.toml").write_text(
        '[phone]\ntype = "phone"\ntitle_th = "โทร"\ntitle_en = "Phone"\nlabels = ["ติดต่อที่"]\n',
        encoding="utf-8",
    )
    (tmp_path / "forms" / "t.toml").write_text(
        'title_th = "ก"\ntitle_en = "A"\n[[fields]]\nkey = "phone"\n', encoding="utf-8"
    )
    (template,) = load_templates(tmp_path / "forms")
    assert template.fields[0].labels == ["ติดต่อที่"]
    assert template.fields[0].type == "phone"


def test_a_broken_vocabulary_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "fields.toml").write_text('[phone]\ntype = "fone"\n', encoding="utf-8")
    (tmp_path / "forms" / "t.toml").write_text('title_th = "ก"\n', encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_templates(tmp_path / "forms")
    assert str(info.value).startswith(f"{tmp_path / 'fields.toml'}: field 'phone'")
    assert "\n" not in str(info.value)


def test_every_template_names_its_legal_basis_purpose_and_retention() -> None:
    for template in load_templates(CONFIG / "forms"):
        assert template.legal_basis_th and template.legal_basis_en, template.name
        assert template.purpose_th and template.purpose_en, template.name
        assert template.retention_years >= 1


def test_no_label_means_two_fields_across_the_shipped_forms() -> None:
    from extractors.extract import matcher_for

    assert matcher_for(load_templates(CONFIG / "forms")).conflicts == set()
