"""A fillable report's boxes named "<part>_<field>" in Thai (ผู้เสียหาย_ชื่อ, ผู้ก่อเหตุ_ชื่อ,
ผู้แจ้ง_ชื่อ): the informant's part when filled in is the one who reports, else the one
harmed who files himself; the other parts (the one who did it, the animal's owner, the
harmed child) are another's, set behind. Names, numbers and places invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.named_form_parts import others_parts
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit
from unseen_requests_5 import Field, acroform, pdf_page

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HURT = ("นายประยูร ศรีสว่าง", with_check_digit("350080012234"), "086-114-2273")
DOER = ("นายก้องภพ มั่นคง", with_check_digit("350080077412"), "092-558-1036")
MOTHER = ("นางอำไพ ศรีสว่าง", with_check_digit("350080044127"), "081-390-5528")


def _report(hurt: tuple[str, str, str], informant: tuple[str, str, str] | None) -> ExtractedCase:
    rel = "มารดา" if informant else ""
    informant = informant or ("", "", "")
    labels = [
        (40, 18, "แบบแจ้งเหตุถูกทำร้ายร่างกาย"),
        (20, 34, "ผู้เสียหาย ชื่อ-สกุล"),
        (20, 42, "เลขประจำตัวประชาชน"),
        (20, 50, "โทรศัพท์"),
        (20, 66, "ผู้ก่อเหตุ ชื่อ-สกุล"),
        (20, 74, "เลขประจำตัวประชาชน"),
        (20, 82, "โทรศัพท์"),
        (20, 98, "ผู้แจ้ง ชื่อ-สกุล"),
        (20, 106, "เลขประจำตัวประชาชน"),
        (120, 106, "เกี่ยวข้องเป็น"),
        (20, 114, "โทรศัพท์"),
    ]
    fields = [
        Field("ผู้เสียหาย_ชื่อ", hurt[0], 62, 34, 90),
        Field("ผู้เสียหาย_เลขบัตร", hurt[1], 60, 42, 55),
        Field("ผู้เสียหาย_โทร", hurt[2], 45, 50, 50),
        Field("ผู้ก่อเหตุ_ชื่อ", DOER[0], 62, 66, 90),
        Field("ผู้ก่อเหตุ_เลขบัตร", DOER[1], 60, 74, 55),
        Field("ผู้ก่อเหตุ_โทร", DOER[2], 45, 82, 50),
        Field("ผู้แจ้ง_ชื่อ", informant[0], 62, 98, 90),
        Field("ผู้แจ้ง_เลขบัตร", informant[1], 60, 106, 55),
        Field("ผู้แจ้ง_เกี่ยวข้อง", rel, 150, 106, 30),
        Field("ผู้แจ้ง_โทร", informant[2], 45, 114, 50),
    ]
    data = acroform(pdf_page(labels, size=12, face="Garuda"), fields)
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แบบแจ้งเหตุ"
    msg.set_content("ส่งแบบที่กรอกแล้ว\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="report.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_one_harmed_files_himself_when_the_informants_part_is_empty() -> None:
    case = _report(HURT, None)
    assert case.fields.get("full_name") == HURT[0]
    assert case.fields.get("national_id") == HURT[1]
    assert case.fields.get("phone") == "+66861142273"


def test_a_mother_reporting_for_her_child_is_the_one_who_reports() -> None:
    child = ("เด็กหญิงกานต์ธิดา ศรีสว่าง", with_check_digit("150080091127"), "")
    case = _report(child, MOTHER)
    assert case.fields.get("full_name") == MOTHER[0]
    assert case.fields.get("national_id") == MOTHER[1]
    assert case.fields.get("phone") == "+66813905528"


def test_parts_of_a_form_without_an_informant_or_a_single_part_are_left() -> None:
    # an owner's registration, its boxes by part but no report's parts: nothing set aside
    assert not others_parts([("เจ้าของ_ชื่อ", "นาง ก"), ("สัตว์_ชื่อ", "ด่าง")])
    assert not others_parts([("ผู้ขอ_ชื่อ", "นาง ก"), ("ผู้ขอ_โทร", "08")])
    # the informant's part filled: every other part's box is another's
    assert others_parts(
        [("ผู้ถูกกัด_ชื่อ", "ด.ช. ข"), ("ผู้แจ้ง_ชื่อ", "นาง ก"), ("เจ้าของสัตว์_ชื่อ", "นาย ค")]
    ) == {"ผู้ถูกกัด_ชื่อ", "เจ้าของสัตว์_ชื่อ"}
