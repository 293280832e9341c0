"""A citizen's reply above the agency's own mail, whose record of her stands in a table.

Outlook (desktop and web) quotes the mail answered in no <blockquote>: a rule and its
divRplyFwdMsg header block, then the mail as it was. When that mail is the agency's own
(its From one of the addresses the reply goes to), a table in it is the agency's record:
a name misspelt, an old address, the values the citizen writes to correct. They stay
readable, but behind what she writes above, and flagged (html_table, mail_text). Names
and numbers made up.
"""

from __future__ import annotations

from typed_mail import read
from unseen_requests import with_check_digit

ID = with_check_digit("310050077123")
AGENCY = "saraban@example.go.th"  # the address typed_mail.read sends to


def reply(quoted_from: str) -> str:
    record = (
        ("ชื่อ-นามสกุล", "นายประเสริฐ วงษ์สวาท"),
        ("ที่อยู่", "9 หมู่ที่ 2 ตำบลบ้านเกาะ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000"),
        ("ค่าธรรมเนียมที่ต้องชำระ", "1,200 บาท"),
    )
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in record)
    return (
        '<html><body><div dir="ltr"><p>เรียน เจ้าหน้าที่</p>'
        "<p>ชื่อในใบแจ้งพิมพ์ผิดครับ ชื่อที่ถูกต้อง: นายประเสริฐ วงศ์สวัสดิ์</p>"
        f"<p>เลขประจำตัวประชาชน: {ID}</p><p>ขอบคุณครับ</p></div>"
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif">'
        f"<b>จาก:</b> งานจัดเก็บรายได้ &lt;{quoted_from}&gt;<br><b>ส่ง:</b> 3 เมษายน 2569 09:12"
        "<br><b>ถึง:</b> prasert.w@example.com<br><b>เรื่อง:</b> ใบแจ้งค่าธรรมเนียม</font>"
        "<div>&nbsp;</div></div><div><p>เรียน ผู้ชำระค่าธรรมเนียม</p>"
        f"<p>รายละเอียดตามทะเบียน</p><table border='1'>{rows}</table>"
        "<p>งานจัดเก็บรายได้ โทร 044-123-456</p></div></body></html>"
    )


def test_the_agencys_quoted_record_gives_way_to_her_correction() -> None:
    case = read(html=reply(AGENCY), subject="RE: ใบแจ้งค่าธรรมเนียม")
    assert case.fields["full_name"] == "นายประเสริฐ วงศ์สวัสดิ์"
    assert case.fields["national_id"] == ID


def test_the_agencys_quoted_address_is_flagged() -> None:
    case = read(html=reply(AGENCY), subject="RE: ใบแจ้งค่าธรรมเนียม")
    assert case.issues.get("address") or case.fields.get("address") is None
