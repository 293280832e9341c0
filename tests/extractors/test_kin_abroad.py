"""A relative at home who writes for one abroad (set 79): the one she names after her
kinship ("ภรรยาของ", "พี่ชายของ") and asks for (แทน, ในนาม, ผู้ยื่นแทน) is the applicant,
his ID and his number abroad his; hers are not. A money transfer's control number in
the same paragraph is no phone."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

# invented: a wife in Yasothon, her husband working in Kuwait; a sister for her brother
WIFE, WIFE_ID = "นางสุดารัตน์ พรมมา", "3-3501-00472-81-0"
HUSBAND, HUSBAND_ID = "นายบุญเลิศ พรมมา", "3-3501-00219-55-3"


def read(text: str) -> dict[str, str | None]:
    msg = EmailMessage()
    msg["From"] = "sudarat <sudarat.pm@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอใบเสร็จภาษี"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_a_wife_who_pays_for_her_husband_abroad_asks_in_his_name() -> None:
    fields = read(
        "เรียน กองคลัง\n\n"
        f"ดิฉัน {WIFE} โทร 087-114-2290\n"
        f"ดิฉัน {WIFE} ภรรยาของ {HUSBAND} เลขประจำตัวประชาชน {HUSBAND_ID} ซึ่งทำงานอยู่ประเทศคูเวต "
        "ได้ชำระภาษีแทนสามีด้วยเงินที่สามีโอนมา (MTCN 0931448207) ขอให้ออกใบเสร็จในนามสามี\n"
        "โทรศัพท์สามี +965 6551 2084\n\nขอแสดงความนับถือ\n" + WIFE + "\n"
    )
    assert fields["full_name"] == HUSBAND
    assert fields["national_id"] == HUSBAND_ID.replace("-", "")
    assert fields["phone"] == "+96565512084"


def test_a_brother_who_signs_as_proxy_writes_for_his_sister() -> None:
    fields = read(
        "เรียน นายก อบต.\n\n"
        f"ข้าพเจ้า นายธีระ ใจมั่น เลขประจำตัวประชาชน {WIFE_ID} พี่ชายของ นางสาวกมลา ใจมั่น "
        f"เลขประจำตัวประชาชน {HUSBAND_ID} ซึ่งศึกษาอยู่ประเทศเกาหลี ขอหนังสือรับรองการมีภูมิลำเนา\n\n"
        "ขอแสดงความนับถือ\nนายธีระ ใจมั่น\nพี่ชาย ผู้ยื่นแทน\n"
    )
    assert fields["full_name"] == "นางสาวกมลา ใจมั่น"
    assert fields["national_id"] == HUSBAND_ID.replace("-", "")


def test_a_wife_naming_her_husband_for_herself_is_the_applicant() -> None:
    fields = read(
        "เรียน นายก อบต.\n\n"
        f"ดิฉัน {WIFE} เลขประจำตัวประชาชน {WIFE_ID} ภรรยาของ {HUSBAND} ขอรับเงินสงเคราะห์ "
        "โทร 087-114-2290\n"
    )
    assert fields["full_name"] == WIFE


def test_a_mother_who_files_for_her_child_is_the_applicant() -> None:
    fields = read(
        "เรียน นายก อบต.\n\n"
        f"ดิฉัน {WIFE} เลขประจำตัวประชาชน {WIFE_ID} มารดาของ เด็กหญิงกมลา พรมมา "
        f"เลขประจำตัวประชาชน {HUSBAND_ID} ขอยื่นคำร้องแทนบุตร ขอรับเงินอุดหนุนเด็ก\n"
    )
    assert fields["full_name"] == WIFE
