"""A résumé laid out in a two-column table: the owner's labels over their values down the
left cell, her past employers (their addresses and lines) and a referee down the right.
The left cell is a column of her own values, never one label wrapped beside the right
cell's first line (set 96). Names and numbers invented."""

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests import with_check_digit
from unseen_requests_5 import DOCX, docx_bytes

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
NID = with_check_digit("310050014426")


def test_the_left_columns_stacked_values_are_the_owners() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("นางสาวรัตนา พรมวงศ์\nประวัติย่อ")
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = (
            f"ข้อมูลส่วนตัว\nเลขประจำตัวประชาชน\n{NID}\nโทรศัพท์\n064-552-1180\n"
            "ที่อยู่\n12 หมู่ 6 ตำบลหนองแวง อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์ 31000"
        )
        t.cell(0, 1).text = (
            "ประวัติการทำงาน\n2565-2568 พนักงานขาย\nบริษัท ตัวอย่างค้าส่ง จำกัด\n"
            "88 ถนนสุนทรเทพ ตำบลในเมือง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n"
            "โทร 044-512-330"
        )

    msg = EmailMessage()
    msg["From"] = "Rattana <rattana.p@example.com>"
    msg["To"] = "hr@example.go.th"
    msg["Subject"] = "สมัครงาน"
    msg.set_content("แนบประวัติย่อค่ะ\n")
    main, sub = DOCX.split("/")
    msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="cv.docx")
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    assert case.fields.get("national_id") == NID
    assert case.fields.get("phone") == "+66645521180"
    assert case.fields.get("postal_code") == "31000"
