"""The postal code and province of an unsure address said in a sentence: its own tail,
the line wrapped between them, never a letterhead's above. A contractor's typed letter
names the owner's home in its body ("...ซึ่งอยู่บ้านเลขที่ 7 หมู่ที่ 4" / "ตำบล... อำเภอ...
จังหวัด... <code> เจ้าของอาคาร", the page's width wrapping it); its own office, with
another province and code, heads the letter (set 110). Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body
from unseen_requests import with_check_digit

from extractors.base import FieldCandidate, Provenance
from extractors.prose import ANOTHERS_ADDRESS, ANOTHERS_POSTAL
from extractors.tail_beside_address import tail_beside_address

OWNER_ID = with_check_digit("341020015567")

LETTER = (
    "ห้างหุ้นส่วนจำกัด อุบลวิศวกรรมโยธา\n"
    "12 ถนนชยางกูร ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000\n"
    "ทะเบียนนิติบุคคลเลขที่ 0343558001122 โทร 045-240-118\n"
    "เรื่อง ส่งเอกสารประกอบคำขออนุญาตดัดแปลงอาคาร\n"
    "เรียน ผู้อำนวยการกองช่าง เทศบาลเมืองยโสธร\n"
    "ด้วยห้างฯ เป็นผู้รับจ้างดัดแปลงอาคารของ นายสุริยา ทองคำ\n"
    f"เลขประจำตัวประชาชน {OWNER_ID} ซึ่งอยู่บ้านเลขที่ 7 หมู่ที่ 4\n"
    "ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000 เจ้าของอาคาร\n"
    "จึงขอส่งแบบแปลนเพิ่มเติมตามที่แจ้ง\n"
    "ขอแสดงความนับถือ\n(นายพิชิต ศรีบุญ)\nผู้จัดการ\n"
)


def test_the_owners_own_tail_goes_with_her_home_not_the_letterheads() -> None:
    case = read_body(LETTER)
    assert (case.fields.get("address") or "").startswith("7 หมู่ที่ 4")
    assert case.fields.get("postal_code") == "35000"
    assert case.fields.get("province") == "ยโสธร"


def _said(key: str, value: str, line: int, label: str, confidence: float = 0.5) -> FieldCandidate:
    where = Provenance(part="1", kind="body_text", line=line, label=label, method="prose")
    return FieldCandidate(key=key, value=value, provenance=where, confidence=confidence)


def test_a_tail_after_another_address_begun_below_is_not_taken() -> None:
    home = _said("address", "7 หมู่ที่ 4 ตำบลในเมือง อำเภอเมืองยโสธร", 5, ANOTHERS_ADDRESS)
    shop = _said("address", "3 ถนนแจ้งสนิท ตำบลในเมือง", 6, ANOTHERS_ADDRESS)
    head = _said("postal_code", "34000", 2, ANOTHERS_POSTAL)
    shops = _said("postal_code", "35000", 6, ANOTHERS_POSTAL)
    chosen = tail_beside_address({"address": home, "postal_code": head}, [home, shop, head, shops])
    assert chosen["postal_code"].value == "34000"  # no tail of its own: left as it was
    wrapped = tail_beside_address({"address": home, "postal_code": head}, [home, head, shops])
    assert wrapped["postal_code"].value == "35000"  # its line wrapped: the tail is its own
