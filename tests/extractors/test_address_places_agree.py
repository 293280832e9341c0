"""A province or postal code that the address's own district or province does not hold is
flagged, with the address: one of them is another place's (set 20's two-column complaint
gave the applicant's Lamphun address and the respondent's Bangkok province, unflagged).

All people and places invented or public: district names are the country's own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.address_provinces import address_provinces
from extractors.base import FormTemplate
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_template, load_templates
from extractors.validate import validate_fields

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def general() -> FormTemplate:
    return load_template(FORMS / "general_request.toml")


def _codes(general: FormTemplate, **values: str) -> dict[str, list[str]]:
    _, issues = validate_fields(general, values, today=TODAY)
    return {key: [i.code for i in found] for key, found in issues.items()}


@pytest.mark.parametrize(
    ("address", "provinces"),
    [
        ("9/1 หมู่ 2 ตำบลบ้านกลาง อำเภอเมืองลำพูน", {"ลำพูน"}),
        ("99/123 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร", {"กรุงเทพมหานคร"}),
        ("12 ม.8 ต.ป่าแดด อ.เมืองเชียงราย 57000", {"เชียงราย"}),
        ("5 หมู่ 1 อำเภอพลจังหวัดขอนแก่น", {"ขอนแก่น"}),  # a short name run into จังหวัด
        ("ต.จอมทอง อ.จอมทอง", {"เชียงใหม่", "กรุงเทพมหานคร"}),  # a name two provinces have
        ("7 ถนนมิตรภาพ จังหวัดนครราชสีมา", {"นครราชสีมา"}),  # only the province named
        ("99/1 หมู่ 2 ต.สุเทพ อ.เมือง", set()),  # "เมือง" alone is no district
        ("123 ในเขตเทศบาลนครขอนแก่น", set()),  # เขต before no district's name
        ("45 อ.เมืองลำพุน", set()),  # misspelt: no evidence either way
    ],
)
def test_the_provinces_an_address_names(address: str, provinces: set[str]) -> None:
    assert address_provinces(address) == provinces


def test_a_province_the_address_is_not_in_is_flagged_with_it(general: FormTemplate) -> None:
    codes = _codes(general, address="9/1 หมู่ 2 ตำบลบ้านกลาง อำเภอเมืองลำพูน", province="กรุงเทพมหานคร")
    assert codes["province"] == ["not_in_address"]
    assert codes["address"] == ["address_elsewhere"]


def test_a_postal_code_serving_none_of_the_address_provinces_is_flagged(
    general: FormTemplate,
) -> None:
    codes = _codes(general, address="9/1 หมู่ 2 ตำบลบ้านกลาง อำเภอเมืองลำพูน", postal_code="10900")
    assert codes["postal_code"] == ["not_in_address"]
    assert codes["address"] == ["address_elsewhere"]


@pytest.mark.parametrize(
    ("address", "province", "postal"),
    [
        ("9/1 หมู่ 2 ตำบลบ้านกลาง อำเภอเมืองลำพูน", "ลำพูน", "51000"),
        ("ต.จอมทอง อ.จอมทอง", "เชียงใหม่", "50160"),
        ("99/1 หมู่ 2 ต.สุเทพ อ.เมือง", "กรุงเทพมหานคร", "10900"),  # nothing to compare
    ],
)
def test_agreeing_or_unknown_places_are_not_flagged(
    general: FormTemplate, address: str, province: str, postal: str
) -> None:
    codes = _codes(general, address=address, province=province, postal_code=postal)
    assert "not_in_address" not in codes.get("province", [])
    assert "address_elsewhere" not in codes.get("address", [])
    assert "not_in_address" not in codes.get("postal_code", [])


def test_a_complaint_in_two_columns_flags_the_other_persons_province() -> None:
    """The applicant's column gives a district and no province; the other column's
    Bangkok address gave the province."""
    body = (
        "เรื่อง ร้องเรียนการต่อเติมอาคารรุกล้ำทางสาธารณะ\n\n"
        "\tผู้ร้องเรียน\tผู้ถูกร้องเรียน\n"
        "ชื่อ\tนางสาวดารุณี แก้วมณี\tนายประเสริฐ ชัยมงคล\n"
        "เลขบัตรประชาชน\t1-5101-00712-33-0\t-\n"
        "ที่อยู่\t14 หมู่ 5 ตำบลริมปิง อำเภอเมืองลำพูน\t"
        "เลขที่ 88/19 ถนนลาดพร้าว แขวงจอมพล เขตจตุจักร\n"
        "โทร\t081-552-1907\tไม่ทราบ\n"
    )
    raw = (
        "From: a@example.com\r\nTo: saraban@example.go.th\r\nSubject: ร้องเรียน\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields["address"] == "14 หมู่ 5 ตำบลริมปิง อำเภอเมืองลำพูน"
    province = case.fields.get("province")
    flagged = "not_in_address" in [i.code for i in case.issues.get("province", [])]
    assert province in (None, "ลำพูน") or flagged, province
