"""A registered address (ที่อยู่ตามทะเบียนบ้าน, ภูมิลำเนาเดิม) beside a current one
(ที่อยู่ปัจจุบัน, ที่อยู่ที่ติดต่อได้): the current one is the case's address, its province
and postal code too, whichever comes first (set 40: the agency's answer goes there)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

# invented homes: registered in Lampang, living in Phuket
REGISTERED = "17 หมู่ 4 ต.ปงแสนทอง อ.เมืองลำปาง จ.ลำปาง 52100"
CURRENT = "5/21 ถ.เทพกระษัตรี ต.รัษฎา อ.เมืองภูเก็ต จ.ภูเก็ต 83000"


def read(*lines: str) -> tuple[dict[str, str | None], dict[str, list[object]]]:
    text = "\n".join(["เรียน เจ้าหน้าที่", "", "ชื่อ: นายวิชัย ศรีทอง", *lines, "โทร: 0812223344", ""])
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    return case.fields, dict(case.issues)


@pytest.mark.parametrize(
    ("registered", "current"),
    [
        ("ที่อยู่ตามทะเบียนบ้าน", "ที่อยู่ปัจจุบัน"),
        ("ที่อยู่ตามทะเบียนบ้าน", "ที่อยู่ที่ติดต่อได้"),
        ("ภูมิลำเนาเดิม", "ที่อยู่ปัจจุบัน"),
        # a move-in's two (set 54): where she moves from, where to
        ("ที่อยู่เดิม", "ที่อยู่ใหม่"),
        ("ย้ายออกจาก", "มาอยู่ที่"),
    ],
)
@pytest.mark.parametrize("current_first", [False, True])
def test_the_current_address_is_kept(registered: str, current: str, current_first: bool) -> None:
    reg, cur = f"{registered}: {REGISTERED}", f"{current}: {CURRENT}"
    fields, issues = read(*((cur, reg) if current_first else (reg, cur)))
    assert fields["address"] is not None and fields["address"].startswith("5/21 ถ.เทพกระษัตรี")
    assert fields["province"] == "ภูเก็ต"
    assert fields["postal_code"] == "83000"
    assert not issues.get("address"), issues


def test_a_registered_address_alone_is_the_address() -> None:
    fields, _ = read(f"ที่อยู่ตามทะเบียนบ้าน: {REGISTERED}")
    assert fields["address"] is not None and fields["address"].startswith("17 หมู่ 4")
    assert fields["province"] == "ลำปาง"


def test_a_current_address_in_boxes_beats_a_registered_one_whole() -> None:
    # set 54's Word form: the registered home in one cell, the current address box by box
    # (an empty "ที่อยู่ปัจจุบัน" row over them); the registered one was the only whole
    # address, so the boxes were never joined and it was taken, unflagged
    boxes = ["ชื่ออาคาร/หอพัก/ห้อง: หอพักรุ่งเรือง ห้อง 12", "เลขที่: 14/7", "หมู่ที่: 2",
             "ตำบล: ห้วยโป่ง", "อำเภอ: เมืองระยอง", "จังหวัด: ระยอง", "รหัสไปรษณีย์: 21150"]  # fmt: skip
    fields, _ = read(f"ที่อยู่ตามทะเบียนบ้าน: {REGISTERED}", "ที่อยู่ปัจจุบัน", *boxes)
    # the dormitory's box names its room too: kept, the house number told from the room's
    assert fields["address"] == ("หอพักรุ่งเรือง ห้อง 12 เลขที่ 14/7 หมู่ที่ 2 ตำบลห้วยโป่ง อำเภอเมืองระยอง")
    assert fields["province"] == "ระยอง"
    assert fields["postal_code"] == "21150"


@pytest.mark.parametrize("caption", ["ที่พัก", "ที่พักปัจจุบัน"])
def test_where_a_worker_stays_is_her_address(caption: str) -> None:
    # set 54: a migrant's dormitory under ที่พัก, his home town abroad above it
    fields, _ = read(
        "บ้านเกิด: เมืองทวาย ภาคตะนาวศรี ประเทศเมียนมา",
        f"{caption}: หอพักสายรุ้ง ห้อง 12 เลขที่ 3/8 ม.6 ต.หนองละลอก อ.บ้านค่าย จ.ระยอง 21120",
    )
    assert fields["address"] == "หอพักสายรุ้ง ห้อง 12 เลขที่ 3/8 ม.6 ต.หนองละลอก อ.บ้านค่าย จ.ระยอง 21120"
    assert fields["province"] == "ระยอง"
    assert fields["postal_code"] == "21120"


def test_a_letters_registered_address_under_its_label_leaves_its_current_one_to_be_read() -> None:
    # "มีชื่ออยู่ในทะเบียนบ้านเลขที่ ... แต่ปัจจุบันพักอาศัยอยู่ที่ ..." (set 54's letter): the
    # label gave the registered home; the sentence's current one is read too, and ranked
    from extractors.base import FieldCandidate, Provenance
    from extractors.extract import matcher_for
    from extractors.letter_prose import with_letter_prose

    lines = [
        "ข้าพเจ้า นางสาวสมใจ ดีมาก มีชื่ออยู่ในทะเบียนบ้านเลขที่ 9 หมู่ 11 ต.กระสัง อ.กระสัง "
        "จ.บุรีรัมย์ 31160 แต่ปัจจุบันพักอาศัยอยู่ที่ ห้องเช่านิดา ห้อง 12 บ้านเลขที่ 45/3 ม.2 "
        "ต.ปลวกแดง อ.ปลวกแดง จ.ระยอง 21140 เนื่องจากทำงานที่บริษัท สยามพาร์ท จำกัด",
    ]
    prov = Provenance(part="2", kind="pdf_text", line=1, label="ทะเบียนบ้านเลขที่")
    registered = FieldCandidate(
        key="address", value="9 หมู่ 11 ต.กระสัง อ.กระสัง", provenance=prov, confidence=0.9
    )
    labels = matcher_for(TEMPLATES)
    out = with_letter_prose([registered], lines, part="2", kind="pdf_text", labels=labels)
    assert any(c.key == "address" and "ปลวกแดง" in c.value for c in out)


def test_a_sentence_giving_the_register_then_where_she_lives_now_gives_the_now() -> None:
    fields, _ = read(
        f"ข้าพเจ้ามีชื่ออยู่ในทะเบียนบ้านเลขที่ {REGISTERED} แต่ปัจจุบันพักอาศัยอยู่ที่ {CURRENT} "
        "เนื่องจากทำงานที่โรงแรมในตัวเมือง"
    )
    assert "รัษฎา" in (fields["address"] or "")
    assert fields["province"] == "ภูเก็ต"
    assert fields["postal_code"] == "83000"


def test_her_present_address_said_in_a_sentence_is_read() -> None:
    # "ที่อยู่ปัจจุบัน <number> ..." mid-sentence, no colon: where she asks to be written to
    # now (a correction of an old address, set 105), its province and postal code too
    fields, _ = read(f"ที่อยู่ในใบแจ้งเป็นบ้านหลังเก่า ผมย้ายออกมานานแล้ว ขอให้ส่งเอกสารมาที่อยู่ปัจจุบัน {CURRENT}")
    assert (fields["address"] or "").startswith("5/21 ถ.เทพกระษัตรี")
    assert fields["province"] == "ภูเก็ต"
    assert fields["postal_code"] == "83000"


def test_her_registered_address_said_as_hers_beside_her_shops_place() -> None:
    # "ที่อยู่ตามทะเบียนบ้านของดิฉัน <number> ...": her home, not the shop's place above
    fields, _ = read(
        "ร้านตั้งอยู่ที่ 8 ถนนพหลโยธิน ตำบลหัวเวียง อำเภอเมืองลำปาง",
        f"ส่วนที่อยู่ตามทะเบียนบ้านของผม {REGISTERED}",
    )
    assert (fields["address"] or "").startswith("17 หมู่ 4")
    assert fields["province"] == "ลำปาง"
    assert fields["postal_code"] == "52100"


def test_a_signers_address_under_the_registered_one_he_files_for_is_not_current() -> None:
    """A group's chair files for an elderly member: her registered home under its label,
    his own address in his signature at the foot (set 106 after the merge of fix105): his
    signature is no sender's block heading a letter, so her home is the case's."""
    text = (
        "เรียน เจ้าหน้าที่\n\nผมนายประยูร ดวงแก้ว ประธานกลุ่มผู้เลี้ยงโคบ้านหนองบัว"
        " ขอยื่นเรื่องแทนสมาชิกซึ่งเดินทางไม่สะดวก\n\nชื่อ-สกุล (สมาชิก)\nนางทองใบ ศรีสม\n"
        "ที่อยู่ตามทะเบียนบ้าน\n" + REGISTERED + "\n\nติดต่อผม 0812223344\n\n"
        "ประยูร ดวงแก้ว\nประธานกลุ่มผู้เลี้ยงโคบ้านหนองบัว\n" + CURRENT + "\n"
    )
    msg = EmailMessage()
    msg["From"] = "prayoon <prayoon.d@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอยื่นเรื่องแทนสมาชิก"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("17 หมู่ 4")
