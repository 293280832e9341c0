"""A village officer's letter about a villager of his village (issue 8, set 97): the
villager it names with her ID is the one it is for; the mobile under the officer's
signature is his, so a clerk is told to look before calling it hers. Every name,
address and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
VILLAGER_ID = with_check_digit("340150027713")


def read_mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "ผญบ.หมู่ 7 <phuyai.moo7@gmail.com>"
    msg["To"] = "welfare@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์ซ่อมบ้าน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# "in my village there is a poor household / an elder, namely <her> <her ID>"
OPENINGS = [
    "ด้วยในหมู่บ้านของกระผมมีครัวเรือนผู้ยากไร้ คือ",
    "ด้วยในพื้นที่หมู่ที่ ๗ มีผู้สูงอายุอยู่ลำพัง ชื่อ",
]
SIGNATURES = [
    "(นายประยูร แสงทอง)\nผู้ใหญ่บ้านหมู่ที่ ๗\nโทร ๐๘๖-๕๕๒-๓๐๑๘\n",
    "นายประยูร แสงทอง\nกำนันตำบลหนองแวง\nมือถือ 086 552 3018\n",
]


@pytest.mark.parametrize("opening", OPENINGS, ids=["household", "elder"])
@pytest.mark.parametrize("signature", SIGNATURES, ids=["headman", "kamnan"])
def test_the_officers_mobile_is_not_taken_as_the_villagers(opening: str, signature: str) -> None:
    case = read_mail(
        "เรื่อง ขอความอนุเคราะห์ซ่อมแซมบ้าน\nเรียน นายอำเภอเมืองขอนแก่น\n\n"
        f"{opening} นางคำปุน ศรีหาวงศ์ เลขประจำตัวประชาชน {VILLAGER_ID} อยู่บ้านเลขที่ 14 "
        "หมู่ 7 ตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 บ้านผุพัง หลังคารั่ว\n\n"
        f"จึงเรียนมาเพื่อโปรดพิจารณา\nขอแสดงความนับถือ\n\n{signature}"
    )
    assert case.fields["full_name"] == "นางคำปุน ศรีหาวงศ์"
    assert case.fields["national_id"] == VILLAGER_ID
    assert case.fields["phone"] is None or flagged(case, "phone")


def test_a_villager_writing_for_herself_keeps_her_phone() -> None:
    # no officer's post in the letter: her own request, her own mobile under her name
    case = read_mail(
        "เรียน นายอำเภอเมืองขอนแก่น\n\n"
        f"ดิฉัน นางคำปุน ศรีหาวงศ์ เลขประจำตัวประชาชน {VILLAGER_ID} อยู่บ้านเลขที่ 14 หมู่ 7 "
        "ตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 ขอความอนุเคราะห์ซ่อมบ้าน\n\n"
        "นางคำปุน ศรีหาวงศ์\nโทร 086-552-3018\n"
    )
    assert case.fields["phone"] == "+66865523018"


# "I, the headman, report the trouble of my villager, namely <her>": she is named right
# after the word for the villager the officer speaks for (set 113).
REPORTS = [
    "ผมนายบุญเลิศ คำแสน ผู้ใหญ่บ้านหมู่ที่ 5 ขอแจ้งความเดือดร้อนของลูกบ้าน คือ",
    "กระผม นายบุญเลิศ คำแสน กำนันตำบลโนนสูง ขอรายงานปัญหาของราษฎรในพื้นที่ ชื่อ",
    "ผมผู้ใหญ่บ้านหมู่ 5 ขอแจ้งว่าลูกบ้านของกระผม ชื่อ",
]


@pytest.mark.parametrize("opening", REPORTS, ids=["headman", "kamnan", "my-villager"])
def test_the_villager_an_officer_reports_for_is_the_applicant(opening: str) -> None:
    case = read_mail(
        "เรียน นายกองค์การบริหารส่วนตำบลโนนสูง\n\n"
        f"{opening} นางบัวผัน ทองสุข\nเลขประจำตัวประชาชน {VILLAGER_ID}\n"
        "บ้านเลขที่ 22 หมู่ 5 ตำบลโนนสูง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n\n"
        "ข้าวในนาแห้งตายหมด ขอให้พิจารณาช่วยเหลือด้วยครับ\n\n"
        "ด้วยความเคารพ\nนายบุญเลิศ คำแสน\nผู้ใหญ่บ้านหมู่ที่ 5\nโทร 089-114-5520\n"
    )
    assert case.fields["full_name"] == "นางบัวผัน ทองสุข"
    assert case.fields["national_id"] == VILLAGER_ID
    assert case.fields["phone"] is None or flagged(case, "phone")


# "I, the headman, tell you that <her> <her ID> has ...": the officer writes to the registry
# or the town of what one of his villagers needs (a house number, a name added, help);
# she is the one it is for, his ID and mobile under his signature his (set 116).
INFORMS = [
    "กระผม นายบุญเลิศ คำแสน ผู้ใหญ่บ้านหมู่ที่ 5 ขอแจ้งว่า",
    "ผมนายบุญเลิศ คำแสน กำนันตำบลโนนสูง ขอเรียนให้ทราบว่า",
    "ข้าพเจ้า นายบุญเลิศ คำแสน ผู้ช่วยผู้ใหญ่บ้านหมู่ 5 ขอรายงานว่า",
    # the word for his villagers between: "ลูกบ้าน", "ราษฎรในหมู่บ้าน ชื่อ"
    "กระผม นายบุญเลิศ คำแสน ผู้ใหญ่บ้านหมู่ที่ 5 ขอแจ้งว่า ลูกบ้าน",
    "กระผม นายบุญเลิศ คำแสน ผู้ใหญ่บ้านหมู่ที่ 5 ขอแจ้งให้ทราบว่า ราษฎรในหมู่บ้าน ชื่อ",
]
OFFICER_ID = with_check_digit("340990011447")


@pytest.mark.parametrize(
    "opening", INFORMS, ids=["headman", "kamnan", "assistant", "villager", "named"]
)
def test_the_villager_an_officer_tells_of_is_the_applicant(opening: str) -> None:
    case = read_mail(
        "เรียน นายทะเบียนอำเภอเมืองขอนแก่น\n\n"
        f"{opening} นางบัวผัน ทองสุข เลขประจำตัวประชาชน {VILLAGER_ID} อยู่บ้านเลขที่ 22 หมู่ 5 "
        "ตำบลโนนสูง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 ได้สร้างบ้านหลังใหม่เสร็จแล้ว "
        "ขอให้ออกบ้านเลขที่ให้ด้วยครับ\n\n"
        f"ด้วยความเคารพ\nนายบุญเลิศ คำแสน\nผู้ใหญ่บ้านหมู่ที่ 5\nเลขบัตร {OFFICER_ID}\n"
        "โทร 089-114-5520\n"
    )
    assert case.fields["full_name"] == "นางบัวผัน ทองสุข"
    assert case.fields["national_id"] == VILLAGER_ID
    assert case.fields["phone"] is None or flagged(case, "phone")


def test_an_officer_telling_of_a_villagers_wrongdoing_is_the_applicant() -> None:
    # a complaint: the villager he names with her ID is the other side, never the applicant
    case = read_mail(
        "เรียน นายกองค์การบริหารส่วนตำบลโนนสูง\n\n"
        f"กระผม นายบุญเลิศ คำแสน ผู้ใหญ่บ้านหมู่ที่ 5 เลขประจำตัวประชาชน {OFFICER_ID} ขอแจ้งว่า "
        f"นายสมศักดิ์ ดอนไพร เลขประจำตัวประชาชน {VILLAGER_ID} ได้บุกรุกที่สาธารณประโยชน์ "
        "หนองน้ำหมู่ที่ 5 ขอให้ดำเนินการตรวจสอบด้วยครับ\n\n"
        "ด้วยความเคารพ\nนายบุญเลิศ คำแสน\nผู้ใหญ่บ้านหมู่ที่ 5\nโทร 089-114-5520\n"
    )
    assert case.fields["full_name"] != "นายสมศักดิ์ ดอนไพร"
    assert case.fields["national_id"] != VILLAGER_ID or flagged(case, "national_id")


@pytest.mark.parametrize(
    "event",
    ["ได้ตายที่บ้านเมื่อวันที่ 3 ธันวาคม 2569 ด้วยโรคชรา", "ได้คลอดบุตรที่บ้านเมื่อวันที่ 3 ธันวาคม 2569"],
    ids=["death", "birth"],
)
def test_an_officer_telling_of_a_death_or_birth_does_not_make_the_named_the_applicant(
    event: str,
) -> None:
    # a notification's informant is never the deceased, nor the mother who does not inform
    # (set 57): the one he names is the dead or the mother
    case = read_mail(
        "เรียน นายทะเบียนอำเภอเมืองขอนแก่น\n\n"
        "กระผม นายบุญเลิศ คำแสน ผู้ใหญ่บ้านหมู่ที่ 5 ขอแจ้งว่า นางบัวผัน ทองสุข "
        f"เลขประจำตัวประชาชน {VILLAGER_ID} {event}\n\n"
        f"ด้วยความเคารพ\nนายบุญเลิศ คำแสน\nผู้ใหญ่บ้านหมู่ที่ 5\nเลขบัตร {OFFICER_ID}\n"
    )
    assert case.fields["full_name"] != "นางบัวผัน ทองสุข"
    assert case.fields["national_id"] != VILLAGER_ID or flagged(case, "national_id")
