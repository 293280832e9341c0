"""A reimbursement sheet's patient row under the claimant's own rows: "ผู้ขอเบิก | <him> |
เลขประจำตัวประชาชน | <his>" then "ผู้ป่วย | <her> | เลขประจำตัวประชาชน | <hers> | เกิด | ...".
The money is the claimant's right; the patient (his wife, his father) is another (set
124: the patient's name taken over the claimant's). A sheet with no claimant's row, the
patient's own or a health volunteer's on her, is left as it was. Names and numbers
invented (IDs with a valid check digit)."""

from __future__ import annotations

from test_sheet_part_rows import read_sheet
from unseen_requests import with_check_digit

HIS = with_check_digit("341010066125")
HERS = with_check_digit("341010071184")


def test_the_patients_row_under_the_claimants_is_not_his() -> None:
    case = read_sheet(
        [
            ("ผู้ขอเบิก", "นายวิชัย มั่นคง", "เลขประจำตัวประชาชน", HIS),
            ("ที่อยู่", "5 หมู่ 2 ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000"),
            ("ผู้ป่วย", "นางสมใจ มั่นคง", "เลขประจำตัวประชาชน", HERS, "เกี่ยวข้องเป็น", "คู่สมรส"),
            (),
            ("ใบเสร็จเลขที่", "วันที่", "จำนวนเงิน"),
            ("R-2201", "3/11/2569", 1200),
        ]
    )
    assert case.fields.get("full_name") == "นายวิชัย มั่นคง"
    assert case.fields.get("national_id") == HIS


def test_a_patients_row_with_no_claimant_above_is_still_read() -> None:
    # the commonest: one who asks about her own care names herself as the patient
    case = read_sheet(
        [
            ("ผู้ป่วย", "นางสมใจ มั่นคง", "เลขประจำตัวประชาชน", HERS),
            ("ที่อยู่", "5 หมู่ 2 ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000"),
            ("ขอรับ", "รถรับส่งไปฟอกไต"),
        ]
    )
    assert case.fields.get("national_id") == HERS
