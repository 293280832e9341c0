"""Her workplace's line in her own work signature yields to the mobile her letter gives
(issue 8, set 116: a teacher's Outlook mail about her house register, her school's line
under its name in the signature). Every name, address and ID is made up (IDs with a
valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase, FieldCandidate, Provenance
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.work_signature import work_line_behind

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HER_ID = with_check_digit("340120066718")


def read_mail(text: str, html: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "วันเพ็ญ ศรีทอง <wanpen.st@example.com>"
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "ขอคัดสำเนาทะเบียนบ้าน"
    if html:
        paras = "".join(f"<p>{line or '&nbsp;'}</p>" for line in text.split("\n"))
        msg.set_content(paras, subtype="html")
    else:
        msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def letter(her_words: str, signature: str) -> str:
    return (
        "เรียน งานทะเบียนราษฎร\n\n"
        f"ดิฉัน นางวันเพ็ญ ศรีทอง เลขประจำตัวประชาชน {HER_ID} บ้านเลขที่ 8 หมู่ 4 ตำบลบ้านเป็ด "
        f"อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 ขอคัดสำเนาทะเบียนบ้าน 2 ฉบับ {her_words}\n\n"
        f"ขอแสดงความนับถือ\n\n{signature}"
    )


SIGNATURES = [
    "นางวันเพ็ญ ศรีทอง\nครูชำนาญการ\nโรงเรียนบ้านหนองไผ่\nโทร. 043-221-540 โทรสาร 043-221-541\n",
    "นางวันเพ็ญ ศรีทอง\nพยาบาลวิชาชีพ\nโรงพยาบาลบ้านไผ่\nโทรศัพท์ 043-272-100 ต่อ 1204\n",
    "วันเพ็ญ ศรีทอง\nฝ่ายบัญชี\nบริษัท ขอนแก่นค้าวัสดุ จำกัด\nTel. 043-241-118\n",
]


@pytest.mark.parametrize("signature", SIGNATURES, ids=["school", "hospital", "firm"])
@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_her_mobile_in_the_letter_is_taken_over_her_workplaces_line(
    signature: str, html: bool
) -> None:
    case = read_mail(letter("ติดต่อกลับได้ที่มือถือ 086-339-1207", signature), html=html)
    assert case.fields["phone"] == "+66863391207"


def test_her_workplaces_line_is_kept_where_the_letter_gives_no_number() -> None:
    case = read_mail(letter("", SIGNATURES[0]))
    assert case.fields["phone"] == "+6643221540"


def line(value: str, n: int, confidence: float) -> FieldCandidate:
    provenance = Provenance(part="1", kind="body_text", line=n, label="โทร")
    return FieldCandidate(key="phone", value=value, provenance=provenance, confidence=confidence)


def test_a_signature_with_no_workplace_keeps_its_number() -> None:
    # her own home line under her name: hers, whatever the letter gives above
    text = "ดิฉันขอคัดสำเนา โทร 086-339-1207\n\nขอแสดงความนับถือ\nนางวันเพ็ญ ศรีทอง\nโทร 043-221-540"
    found = [line("086-339-1207", 1, 0.65), line("043-221-540", 5, 0.77)]
    assert work_line_behind({"1": text}, found) == found


def test_anothers_mobile_in_the_letter_does_not_set_her_workplaces_line_behind() -> None:
    # a number said of another (read far below hers) is no mobile of hers
    text = (
        "ช่างที่รับเหมา โทร 089-551-2203\n\nขอแสดงความนับถือ\nนางวันเพ็ญ ศรีทอง\n"
        "โรงเรียนบ้านหนองไผ่\nโทร. 043-221-540"
    )
    found = [line("089-551-2203", 1, 0.3), line("043-221-540", 6, 0.77)]
    assert work_line_behind({"1": text}, found) == found
