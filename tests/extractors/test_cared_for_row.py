"""A health volunteer's or carer's sheet of a home visit: her head rows, then a row each
for the one cared for and his carer under a header, no row naming the asker (set 89).
The service is for the one cared for (sets 31/63): his row is read, flagged (the sheet
never says who asks), and the volunteer's own mobile in the head is never his. Names and
numbers invented."""

from __future__ import annotations

from test_agent_for_seller import read
from test_issuer_head import best
from unseen_requests import with_check_digit

from extractors.review import REVIEW_BELOW

VISIT_SHEET = [
    ["บันทึกเยี่ยมบ้านผู้ป่วยเรื้อรัง หมู่ 4"],
    ["อสม.ผู้รับผิดชอบ", "นางบัวผัน ทองดี", "โทร", "091-552-7734"],
    ["วันที่ออกเยี่ยม", "3/12/2569"],
    [],
    ["สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"],
    ["ผู้ป่วย", "นายสมาน ชัยมงคล", "3401200567120", "18 หมู่ 4 ต.บ้านค้อ อ.เมืองขอนแก่น จ.ขอนแก่น 40000", "-"],
    ["ผู้ดูแล", "นางสายใจ ชัยมงคล", "", "", "082-447-1190"],
]  # fmt: skip


def test_the_one_cared_for_is_read_flagged() -> None:
    found = read(VISIT_SHEET)
    name = best(found, "full_name")
    assert name.value == "นายสมาน ชัยมงคล"
    assert name.confidence < REVIEW_BELOW  # no row says who asks: a clerk looks
    assert best(found, "national_id").value == "3401200567120"
    assert best(found, "address").value.startswith("18 หมู่ 4")


def test_the_volunteers_and_the_carers_mobiles_are_not_his() -> None:
    found = read(VISIT_SHEET)
    phones = [c for c in found if c.key == "phone"]
    assert all(c.confidence < REVIEW_BELOW for c in phones), phones
    assert "นางสายใจ ชัยมงคล" not in {c.value for c in found if c.key == "full_name"}


# A carer's sheet changing where a disabled man's allowance is paid: "คนพิการ" (not ผู้พิการ)
# in the role column above her own row with her bank account (set 102's kind).
ALLOWANCE_SHEET = [
    ["ขอเปลี่ยนบัญชีรับเงินเบี้ยความพิการ"],
    ["สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทร", "เลขบัญชี"],
    ["คนพิการ", "นายบุญชู แสนดี", "3401200567120", "5 หมู่ 2 ต.โนนทอง อ.เมือง จ.ขอนแก่น 40000", ""],
    ["ผู้ดูแล", "นางลำดวน แสนดี", "", "77 ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000", "0862201187", "1234567890"],
]  # fmt: skip


def test_the_disabled_mans_row_under_khon_phikan_is_read_not_his_carers() -> None:
    found = read(ALLOWANCE_SHEET)
    assert best(found, "full_name").value == "นายบุญชู แสนดี"
    assert best(found, "address").value.startswith("5 หมู่ 2")
    assert "นางลำดวน แสนดี" not in {c.value for c in found if c.key == "full_name"}


# A relay centre's call log: the caller under "ผู้ใช้บริการ" (the service's user), the
# operator's line in the head (set 102's kind).
CALL_LOG = [
    ["บันทึกการให้บริการถ่ายทอดการสื่อสาร", "เลขที่ 55120"],
    ["เจ้าหน้าที่", "คุณพรทิพย์", "รหัส", "R-118"],
    [],
    ["ผู้ใช้บริการ", "นายบุญชู แสนดี"],
    ["เลขประจำตัวประชาชน", "3401200567120"],
    ["ที่อยู่", "5 หมู่ 2 ต.โนนทอง อ.เมืองขอนแก่น จ.ขอนแก่น 40000"],
]


def test_the_service_users_name_under_his_part_alone() -> None:
    found = read(CALL_LOG)
    assert best(found, "full_name").value == "นายบุญชู แสนดี"


# A long-term-care sheet names the carer's part in English as the programme does
# ("Caregiver", "CG", "Care manager"), beside the elder's Thai one; the carer's
# certificate typed in the address column. The elder's row is read, never the carer's.
ELDER = with_check_digit("560120034871")
CARER = with_check_digit("560150027764")
LTC_SHEET = [
    ["แบบบันทึกการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"],
    ["ฐานะ", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"],
    ["ผู้สูงอายุ", "นางคำปุน ใจมั่น", ELDER, "27 หมู่ 6 ต.แม่กา อ.เมืองพะเยา จ.พะเยา 56000", ""],
    ["CG", "นางสาวเรณู ใจมั่น", CARER, "เลขที่ใบประกาศ 56/2567-0091", "089-331-4702"],
]  # fmt: skip


def test_the_elders_row_beside_a_carer_named_in_english() -> None:
    for carer in ("CG", "Caregiver", "Care giver", "Care Manager"):
        rows = [*LTC_SHEET[:3], [carer, *LTC_SHEET[3][1:]]]
        found = read(rows)
        assert best(found, "full_name").value == "นางคำปุน ใจมั่น", carer
        assert best(found, "national_id").value == ELDER, carer
        assert best(found, "address").value.startswith("27 หมู่ 6"), carer
        assert "นางสาวเรณู ใจมั่น" not in {c.value for c in found if c.key == "full_name"}
