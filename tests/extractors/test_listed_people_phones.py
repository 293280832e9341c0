"""A mail's list of people a line each, each line opening with a titled name and giving
his phone (a film crew, a committee, a team of volunteers): the writer does not list
herself so, and none of the numbers is surely hers (set 100: a production house's key
crew above its director's signature). Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.whose_phone import said_of_another

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kittipong <kittipong@example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตจัดกิจกรรม"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


LIST = (
    "ทีมงาน\n"
    "นายวีระพล แสงทอง (หัวหน้าทีม) 081-440-2267\n"
    "นางสาวอัญชลี มีสุข (ฝ่ายประสานงาน) 0927718830\n"
    "3. นายชยพล รุ่งโรจน์ 086 552 0913\n"
)


def test_each_listed_line_is_anothers() -> None:
    for number in ("081-440-2267", "0927718830", "086 552 0913"):
        assert said_of_another(LIST, LIST.index(number)), number


def test_a_writers_own_line_alone_stays_hers() -> None:
    text = "เรียน เจ้าหน้าที่\nขออนุญาตจัดกิจกรรม\nนายวีระพล แสงทอง 081-440-2267\n"
    assert not said_of_another(text, text.index("081"))


def test_the_signers_mobile_over_his_crews() -> None:
    body = (
        "เรียน นายกเทศมนตรี\n\n"
        "ข้าพเจ้า นายกิตติพงษ์ ศรีวงศ์ ขออนุญาตจัดกิจกรรมเก็บขยะชายหาด วันที่ 4 ม.ค. 2570\n\n"
        + LIST
        + "\nขอแสดงความนับถือ\n\n-- \nนายกิตติพงษ์ ศรีวงศ์\nมือถือ 089-330-5172\n"
    )
    case = _mail(body)
    assert case.fields["full_name"] == "นายกิตติพงษ์ ศรีวงศ์"
    assert case.fields.get("phone") in (None, "+66893305172")
