"""A large organisation's own postal code: Thailand Post gives a university, a hospital
or a government centre a code of its own, outside the sub-districts' booklet (a campus's
"... อำเภอเมือง<province> <province> 4xxx2"). Its first two digits are still the
province's postal area, so after a province named exactly it is the address's postal code,
read and flagged for a clerk (the booklet does not list it); five digits of another
area stay no postal code. Addresses invented (the codes are of the shape, no campus's)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.address_tail import address_tail
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.provinces import postal_code_exists
from extractors.templates import load_templates
from extractors.validate import validate_fields

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
GENERAL = next(t for t in TEMPLATES if t.name == "general_request")


def test_the_codes_used_here_are_unlisted() -> None:
    assert not any(postal_code_exists(c) for c in ("90112", "65003", "40112"))


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("15 ถ.กาญจนวณิชย์ ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา 90112", ("จ.สงขลา", "90112")),
        ("99 หมู่ 9 ตำบลท่าโพธิ์ อำเภอเมืองพิษณุโลก พิษณุโลก 65003", ("พิษณุโลก", "65003")),
        # another province's area: a slip, nothing at the end is sure
        ("15 ถ.กาญจนวณิชย์ ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา 40112", (None, None)),
    ],
)
def test_an_organisations_code_after_its_province(
    address: str, expected: tuple[str | None, str | None]
) -> None:
    assert address_tail(address) == expected


def _validated(postal: str, province: str) -> tuple[str | None, list[str]]:
    values, issues = validate_fields(GENERAL, {"postal_code": postal, "province": province})
    return values["postal_code"], [i.code for i in issues.get("postal_code", [])]


def test_an_unlisted_code_of_the_provinces_area_is_kept_flagged() -> None:
    assert _validated("90112", "สงขลา") == ("90112", ["postal_code_unlisted"])


def test_an_unlisted_code_of_another_area_is_refused() -> None:
    assert _validated("90112", "พิษณุโลก") == (None, ["unknown_postal_code"])


def test_a_letters_block_with_the_code_on_a_line_of_its_own() -> None:
    msg = EmailMessage()
    msg["From"] = "Suda <suda.k@example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์ข้อมูล"
    msg.set_content(
        "ที่ อว 1234/567\n"
        "คณะพยาบาลศาสตร์ มหาวิทยาลัยตัวอย่าง\n"
        "99 หมู่ 9 ตำบลท่าโพธิ์\n"
        "อำเภอเมืองพิษณุโลก พิษณุโลก\n"
        "65003\n\n"
        "3 ธันวาคม 2569\n\n"
        "เรื่อง ขอความอนุเคราะห์ข้อมูล\n"
        "เรียน นายกเทศมนตรี\n\n"
        "ด้วยคณะพยาบาลศาสตร์ขอข้อมูลสถิติผู้สูงอายุในเขตเทศบาล\n\n"
        "ขอแสดงความนับถือ\n\n"
        "(นางสุดา คำแก้ว)\n"
        "คณบดี\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("province") == "พิษณุโลก"
    assert case.fields.get("postal_code") == "65003"
    assert case.issues.get("postal_code"), "an unlisted code shown without a flag"
