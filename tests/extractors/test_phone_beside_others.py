"""A writer's own number beside the numbers she gives of others (set 93): "this number"
a chat's turn says to call her back at ("ติดต่อกลับเบอร์นี้ 08...") over a van driver's
said turns above; a group head's own line under a table of his members, each row with
a member's number. Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.review import REVIEW_BELOW
from extractors.templates import load_templates
from extractors.whose_phone import in_listed_row

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read(body: str, *, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kannika <kannika.pt@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งต่อ: แชทเรื่องรถตู้"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_this_number_to_call_back_is_hers_over_a_drivers_said_above() -> None:
    body = (
        "[LINE] ประวัติการแชทกับ ศูนย์รับเรื่อง อบจ.\n\n"
        "10:02\tกรรณิกา\tดิฉันนางกรรณิกา พุทธา รถตู้โดยสารเฉี่ยวรถจักรยานยนต์ของดิฉันหน้าตลาด\n"
        "10:03\tกรรณิกา\tรถตู้ทะเบียน 30-1187 คนขับชื่อ นายวีระ มาลี เบอร์ 0851129034\n"
        "10:05\tศูนย์รับเรื่อง\tขอเลขบัตรด้วยค่ะ\n"
        f"10:06\tกรรณิกา\tเลขบัตร {with_check_digit('140990031267')}\n"
        "10:08\tกรรณิกา\tติดต่อกลับเบอร์นี้ 061 447 2093 ค่ะ\n"
    )
    assert _read(body).fields.get("phone") == "+66614472093"


def test_a_heads_own_line_under_his_members_table() -> None:
    ids = [with_check_digit(n) for n in ("330050012874", "330050098213")]
    html = (
        "<div>เรียน งานทะเบียน</div><div>ผม นายประสิทธิ์ ดวงดี ประธานกลุ่มสามล้อรับจ้างหน้าสถานีรถไฟ "
        "ขอส่งรายชื่อสมาชิกใหม่ ดังนี้</div><table>"
        "<tr><th>ชื่อ-สกุล</th><th>เลขบัตรประชาชน</th><th>ทะเบียนรถ</th><th>โทร</th></tr>"
        f"<tr><td>นายเอกชัย ทองคำ</td><td>{ids[0]}</td><td>สาม 112</td><td>0819905521</td></tr>"
        f"<tr><td>นางลำดวน ศรีสุข</td><td>{ids[1]}</td><td>สาม 113</td><td>0897113046</td></tr>"
        "</table><div>ติดต่อประธานกลุ่ม 0623398170</div><div>นายประสิทธิ์ ดวงดี</div>"
    )
    case = _read("ขอส่งรายชื่อสมาชิก", html=html)
    assert case.fields.get("phone") == "+66623398170"


def test_a_label_value_table_is_no_list_of_people() -> None:
    text = "ชื่อ-สกุล | นายเอกชัย ทองคำ\nโทรศัพท์ | 0819905521\n"
    assert not in_listed_row(text, text.index("081"))
    rows = "นายเอกชัย ทองคำ | 1 | 0819905521\nนางลำดวน ศรีสุข | 2 | 0897113046\n"
    assert in_listed_row(rows, rows.index("081"))


def test_a_drivers_number_is_not_shown_as_the_writers() -> None:
    body = (
        "เรียน ผู้อำนวยการกองช่าง\n"
        "ดิฉัน นางสาวพรทิพย์ แก้วใส ขอแจ้งว่ารถบรรทุกดินวิ่งทับท่อประปาหน้าบ้านแตก "
        "คนขับชื่อ นายสุนทร ชมภู โทร 089-412-7730 รับว่าจะซ่อมให้แต่เงียบหายไป\n"
        "ขอให้เทศบาลเข้ามาตรวจสอบ บ้านเลขที่ 41 หมู่ 3 ตำบลท่าเสา\n"
    )
    case = _read(body)
    # Only the driver's number is given: if kept, it is shown as his, never as hers.
    assert case.fields.get("phone") in (None, "+66894127730")
    if case.fields.get("phone"):
        assert case.provenance["phone"].label == "phone number said of another person"
        assert case.confidence["phone"] < REVIEW_BELOW


def test_the_number_of_one_named_in_his_role_is_not_the_writers() -> None:
    # "<titled name> เป็นเจ้าของ (โทร ...)": the owner's number in a worker's letter; the
    # name may wrap to the next line at the page's width (set 112)
    from extractors.whose_phone import said_of_another

    for text in (
        "ข้าพเจ้า นางสาวพิมพา ดวงดี ทำงานที่ร้านก๋วยจั๊บ ซึ่งมี นายวิชัย ทองมาก เป็นเจ้าของ (โทร 0813345127)",
        "ข้าพเจ้า นางสาวพิมพา ดวงดี ทำงานที่ร้านก๋วยจั๊บ ซึ่งมี นายวิชัย\nทองมาก เป็นเจ้าของ โทร 081 334 5127",
        "ข้าพเจ้า นางสาวพิมพา ดวงดี ทำงานที่ร้านก๋วยจั๊บ โดยมี\nนายวิชัย ทองมาก เป็นเจ้าของ โทร 0813345127",
    ):
        assert said_of_another(text, text.index("081"))
    own = "ข้าพเจ้า นายวิชัย ทองมาก เป็นเจ้าของร้านก๋วยจั๊บ (โทร 0813345127) ขอต่ออายุใบอนุญาต"
    assert not said_of_another(own, own.index("081"))
    case = _read(
        "เรียน กองสาธารณสุข\n\nข้าพเจ้า นางสาวพิมพา ดวงดี ทำงานที่ร้านก๋วยจั๊บ ซึ่งมี นายวิชัย ทองมาก "
        "เป็นเจ้าของ (โทร 0813345127) ขอบัตรผู้สัมผัสอาหารใหม่\nติดต่อข้าพเจ้าได้ที่ 0926614083\n"
    )
    assert case.fields["phone"] == "+66926614083"


def test_the_writers_name_opening_her_line_before_her_role_is_hers() -> None:
    from extractors.whose_phone import said_of_another

    text = "เรียน กองสาธารณสุข\nนายวิชัย ทองมาก เป็นเจ้าของร้านก๋วยจั๊บ โทร 0813345127 ขอต่ออายุใบอนุญาต"
    assert not said_of_another(text, text.index("081"))
    letter = "\tด้วย นายวิชัย ทองมาก เป็นเจ้าของร้านก๋วยจั๊บ โทร 0813345127 ขอต่ออายุใบอนุญาต"
    assert not said_of_another(letter, letter.index("081"))
