"""A condominium's or an estate's juristic person sends a sheet of its units or houses:
its head block (its name, "ที่ตั้ง" its office's place, the office's line, the manager
who files), then the owners a row each under a header that names them by their part
("ชื่อเจ้าของ", "เลขประจำตัวประชาชนเจ้าของ", "โทรศัพท์"). The office's place is the
address (set 28: the body's, where a clerk reaches the one who signs); the owners' rows
are other people's, their phones never the office's line. A resident's own sheet of her
one request keeps her phone. Names and numbers invented."""

from __future__ import annotations

import sys
from pathlib import Path

from test_sheet_lists_of_people import _read

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

OWNER_A = with_check_digit("310060012248")
OWNER_B = with_check_digit("110210034417")
OWNER_C = with_check_digit("340150076632")

UNIT_LIST = [
    ("รายชื่อห้องชุดขอเลขประจำบ้าน", "นิติบุคคลอาคารชุด ริเวอร์พาร์ค ติวานนท์"),
    ("ที่ตั้ง", "52/9 ถนนติวานนท์ ตำบลท่าทราย อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000"),
    ("โทรศัพท์สำนักงาน", "02-951-7730", "อีเมล", "riverpark.office@example.com"),
    ("ผู้ยื่น", "นายวรวุฒิ สุขใจ", "ตำแหน่ง", "ผู้จัดการนิติบุคคลอาคารชุด"),
    (),
    ("อาคาร", "ชั้น", "ห้อง", "ชื่อเจ้าของ", "เลขประจำตัวประชาชนเจ้าของ", "โทรศัพท์"),
    ("A", "2", "201", "นางสมใจ รักดี", OWNER_A, "081-224-6610"),
    ("A", "2", "205", "นายอนุชา แก้วกล้า", OWNER_B, "089-330-1457"),
    ("B", "7", "702", "นางสาวปาริชาติ บุญมา", OWNER_C, "062-775-0093"),
]


def test_the_owners_rows_give_no_phone_of_the_office() -> None:
    case = _read(UNIT_LIST, "Office <riverpark.office@example.com>", "แนบรายชื่อห้องชุด")
    assert case.fields.get("phone") == "+6629517730"
    assert case.fields.get("full_name") == "นายวรวุฒิ สุขใจ"


def test_the_offices_place_under_its_bare_caption_is_the_address() -> None:
    case = _read(UNIT_LIST, "Office <riverpark.office@example.com>", "แนบรายชื่อห้องชุด")
    assert (case.fields.get("address") or "").startswith("52/9 ถนนติวานนท์")
    assert case.fields.get("postal_code") == "11000"


def test_a_residents_own_request_row_keeps_her_phone() -> None:
    rows = [
        ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "โทรศัพท์", "เรื่อง"),
        ("นางสมใจ รักดี", OWNER_A, "52/201 ถนนติวานนท์ ตำบลท่าทราย", "081-224-6610", "ขอกระสอบทราย"),
    ]
    case = _read(rows, "Somjai <somjai@example.com>", "แนบคำขอค่ะ")
    assert case.fields.get("phone") == "+66812246610"
    assert not case.issues.get("phone")
