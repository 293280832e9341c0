"""How the one who writes is related, said right after her name ("ผู้แจ้ง นาย<him> เป็นบิดา
เลขบัตร ...", set 116: a father's LINE chat with the registry): no part of the name. A
birth's, a death's or a move's informant says what she is to the one it is about, in a
clause after her name; family names begin with เป็น (เป็นสุข), so only the kin word or
the standing in the register after it ends the name. Every name and ID is made up."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
INFORMANT_ID = with_check_digit("341020055613")


@pytest.mark.parametrize(
    "written",
    [
        "นายประวิทย์ ทองมา เป็นบิดา",
        "นายประวิทย์ ทองมา เป็นบิดาเด็ก",
        "นายประวิทย์ ทองมา เป็น บุตรชาย",
        "นายประวิทย์ ทองมา เป็นหลานผู้ตาย",
        "นายประวิทย์ ทองมา ผู้เป็นสามี",
        "นายประวิทย์ ทองมา ฐานะบิดา",
        "นายประวิทย์ ทองมา เป็นเจ้าบ้าน",
        "นายประวิทย์ ทองมา ผู้เป็นบุตรของผู้ตาย",
        # the kin word glued to the one it is about, no เป็น (a death's, a birth's informant)
        "นายประวิทย์ ทองมา บุตรผู้ตาย",
        "นายประวิทย์ ทองมา คู่สมรสผู้ถึงแก่กรรม",
        "นายประวิทย์ ทองมา บิดาเด็ก",
    ],
)
def test_a_relation_after_the_name_is_no_part_of_it(written: str) -> None:
    assert clean_value("name", written) == "นายประวิทย์ ทองมา"


@pytest.mark.parametrize(
    "written",
    # family names that begin with เป็น, or with a kin word after it, stay whole
    ["นางสาวมาลี เป็นสุข", "นายสมบัติ เป็นบุญ", "นางอรทัย เป็นพ่อค้า", "นายสมชาย บุตรดี"],
)
def test_a_family_name_that_begins_with_pen_is_kept(written: str) -> None:
    assert clean_value("name", written) == written


def read_mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "ประวิทย์ ทองมา <prawit.tm@example.com>"
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "แจ้งเกิด"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize("relation", ["เป็นบิดา", "เป็นพ่อของเด็ก", "ผู้เป็นตา", "บิดาเด็ก"])
def test_an_informants_line_gives_his_name_without_the_relation(relation: str) -> None:
    case = read_mail(
        "เรียน งานทะเบียนราษฎร\n\nขอแจ้งเกิดบุตรครับ\n"
        f"ผู้แจ้ง นายประวิทย์ ทองมา {relation} เลขบัตร {INFORMANT_ID}\n"
        "บ้านเลขที่ 41 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
    )
    assert case.fields["full_name"] == "นายประวิทย์ ทองมา"
