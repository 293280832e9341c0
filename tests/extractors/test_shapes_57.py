"""The rules blind set 57 (a municipality's civil registration desk) led to (issue 8),
each on its smallest case, with values written afresh, not the set's strings. The
held-out set measures them on whole mails (test_unseen_styles_57.py)."""

from __future__ import annotations

from email.message import EmailMessage

from typed_mail import read, templates
from unseen_requests_5 import Field, acroform, pdf_page

from extractors.extract import extract_case
from extractors.mime import parse_message


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


# --- a guardian who writes for a child: the child's request, the child's values -------

GRANDPA_ID = with_check_digit("365070011842")
CHILD_ID = with_check_digit("165070204417")


def test_a_guardian_named_after_his_own_id_writes_for_the_child() -> None:
    # no ในฐานะ: "ข้าพเจ้า <him> <his ID> ผู้ปกครอง (ปู่) ของ <child> <her ID> เกิดวันที่ ..."
    text = (
        "เรื่อง ขอทำบัตรประจำตัวประชาชนครั้งแรกให้หลาน\nเรียน เจ้าหน้าที่งานบัตร\n"
        f"ข้าพเจ้า นายสมบัติ ดีงาม เลขประจำตัวประชาชน {GRANDPA_ID} ผู้ปกครอง\n"
        f"(ปู่) ของ เด็กหญิงกานดา ดีงาม เลขประจำตัวประชาชน {CHILD_ID} เกิดวันที่ 3 มีนาคม 2563 "
        "มีชื่ออยู่ในทะเบียนบ้านเลขที่ 77 หมู่ 2 ตำบลวังน้ำคู้ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65230\n"
        "ขอนัดทำบัตรให้หลานวันเสาร์ โทรติดต่อ 0812234455\n"
        "ขอแสดงความนับถือ\n(นายสมบัติ ดีงาม)\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "เด็กหญิงกานดา ดีงาม"
    assert fields.get("national_id") == CHILD_ID
    assert fields.get("birth_date") == "2020-03-03"


def test_a_childs_birth_date_opening_a_line_after_her_name_is_hers() -> None:
    # "เกิดวันที่" opening a wrapped line is a label with the rest of the line as its
    # value, no date: the sentence's date said after the child's name is hers
    text = (
        "เรียน เจ้าหน้าที่งานบัตร\n"
        f"ข้าพเจ้า นายสมบัติ ดีงาม เลขประจำตัวประชาชน {GRANDPA_ID} ผู้ปกครอง (ปู่) ของ\n"
        f"เด็กหญิงกานดา ดีงาม เลขประจำตัวประชาชน {CHILD_ID}\n"
        "เกิดวันที่ 03/03/2563 ซึ่งจะมีอายุครบ 7 ปี ในเดือนมีนาคม 2570\n"
        "มีชื่ออยู่ในทะเบียนบ้านเลขที่ 77 หมู่ 2 ตำบลวังน้ำคู้ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65230\n"
        "ขอแสดงความนับถือ\n(นายสมบัติ ดีงาม)\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "เด็กหญิงกานดา ดีงาม"
    assert fields.get("birth_date") == "2020-03-03"


# --- a birth notified with each person on a line of his standing ---------------------

MOTHER_ID = with_check_digit("165080033129")
FATHER_ID = with_check_digit("165080041276")


def test_the_informing_father_not_the_mother_named_above_him() -> None:
    text = (
        "เรียน งานทะเบียน\n\nขอนัดแจ้งเกิดลูกครับ\nชื่อเด็ก เด็กหญิงน้ำฝน มีสุข\n"
        "เกิดวันที่ 2 ธันวาคม 2569 ที่โรงพยาบาลวังทอง\n"
        f"มารดา นางสาวอรุณี ทองคำ เลขประจำตัวประชาชน {MOTHER_ID}\n"
        f"บิดา/ผู้แจ้ง นายสุรเชษฐ์ มีสุข เลขประจำตัวประชาชน {FATHER_ID}\n"
        "โทร 0861239876\n\nขอบคุณครับ\nนายสุรเชษฐ์ มีสุข\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "นายสุรเชษฐ์ มีสุข"
    assert fields.get("national_id") == FATHER_ID


def test_a_table_of_a_birth_gives_the_informants_row() -> None:
    rows = [
        ("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด"),
        ("ทารก", "เด็กชายต้นกล้า ทองคำ", "-", "1 ธันวาคม 2569"),
        ("มารดา (ผู้แจ้ง)", "นางอรุณี ทองคำ", MOTHER_ID, "9 มิถุนายน 2537"),
        ("บิดา", "นายสุรเชษฐ์ ทองคำ", FATHER_ID, "3 มกราคม 2533"),
    ]
    table = (
        "<table>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    html = f"<div>ขอนัดแจ้งเกิดบุตรค่ะ รายละเอียดดังนี้</div>{table}<div>โทร 0892234567</div>"
    fields = read(html=html).fields
    assert fields.get("full_name") == "นางอรุณี ทองคำ"
    assert fields.get("national_id") == MOTHER_ID
    assert fields.get("birth_date") == "1994-06-09"


# --- the one a householder notifies: his ID after his name is not hers -----------------

NEPHEW_ID = with_check_digit("165080055512")
OWNER_ID = with_check_digit("365080066123")


def test_a_householder_notifying_a_move_in_keeps_her_own_id() -> None:
    text = (
        "เรียน นายทะเบียน\n\n"
        "ดิฉัน นางพรทิพย์ ใจงาม เจ้าบ้านของบ้านเลขที่ 8/2 หมู่ที่ 3 ตำบลวัดพริก อำเภอเมืองพิษณุโลก "
        f"ขอแจ้งย้ายเข้าผู้อาศัย 1 คน คือ นายธนพล ใจงาม เลขประจำตัวประชาชน {NEPHEW_ID} (หลาน) "
        "ย้ายเข้ามาอยู่ตั้งแต่วันที่ 2 ธันวาคม 2569\n\n"
        f"เจ้าบ้าน นางพรทิพย์ ใจงาม\nเลขประจำตัวประชาชน {OWNER_ID}\nโทรศัพท์ 0837765412\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "นางพรทิพย์ ใจงาม"
    assert fields.get("national_id") == OWNER_ID


# --- a form's answer that the mover informs himself is no name -------------------------


def test_the_informant_answered_as_the_mover_himself_is_no_name() -> None:
    text = (
        "ใบแจ้งการย้ายที่อยู่\n"
        "ผู้ย้าย ชื่อ-ชื่อสกุล: นายวรวุฒิ แสนดี\n"
        f"เลขประจำตัวประชาชน: {FATHER_ID}\n"
        "ย้ายจากบ้านเลขที่: 15 หมู่ 7 ตำบลบึงพระ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000\n"
        "ผู้แจ้ง: ผู้ย้ายแจ้งเอง\n"
        "โทรศัพท์ผู้แจ้ง: 0815567321\n"
    )
    assert read(text).fields.get("full_name") == "นายวรวุฒิ แสนดี"


# --- a move out: the house she leaves, not where she goes ----------------------------


def test_a_move_outs_destination_gives_no_province_or_postal_code() -> None:
    text = (
        "สวัสดีค่ะ ดิฉันได้งานที่กรุงเทพฯ ขอแจ้งย้ายออกจากบ้านเลขที่ 12 หมู่ที่ 9 ตำบลวัดจันทร์ "
        "อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000 ไปอยู่ที่ 77/8 ซอยลาดพร้าว 15 แขวงจอมพล "
        "เขตจตุจักร กรุงเทพมหานคร 10900 (หอพัก) ต้องใช้เอกสารอะไรบ้างคะ\n\n"
        "นางสาวสุดารัตน์ วงค์ใหญ่\nโทร 0845512876\n"
    )
    fields = read(text).fields
    assert (fields.get("address") or "").startswith("12 หมู่ที่ 9 ตำบลวัดจันทร์")
    assert fields.get("province") == "พิษณุโลก"
    assert fields.get("postal_code") == "65000"


# --- a deed's or a permit's number in a box captioned ...เลขที่ is no house number ------


Box = tuple[str, float, float, float]  # value, x, y, width (mm)


def _fillable(labels: list[tuple[float, float, str]], values: list[Box]) -> bytes:
    fields = [Field(f"text{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(values)]
    return acroform(pdf_page(labels, size=13, face="Laksaman"), fields)


def test_a_deeds_number_box_is_not_the_applicants_house_number() -> None:
    labels = [(20, 34, "ชื่อผู้ขอ"), (20, 54, "ที่อยู่ปัจจุบัน บ้านเลขที่"), (90, 54, "หมู่ที่"),
              (20, 64, "ตำบล"), (100, 64, "อำเภอ"), (20, 74, "จังหวัด"),
              (20, 100, "บ้านที่ขอเลขที่ ตั้งอยู่"), (20, 110, "โฉนดที่ดินเลขที่"),
              (100, 110, "ใบอนุญาตก่อสร้างเลขที่")]  # fmt: skip
    values = [("นางสาวเพ็ญศรี อ่อนละมัย", 45, 34, 100), ("41/3", 62, 54, 25), ("8", 102, 54, 20),
              ("ท่าโพธิ์", 35, 64, 55), ("เมืองพิษณุโลก", 115, 64, 55), ("พิษณุโลก", 40, 74, 50),
              ("หมู่ 2 ตำบลจอมทอง อำเภอเมืองพิษณุโลก", 65, 100, 125), ("28817", 55, 110, 40),
              ("64/2569", 145, 110, 35)]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอเลขที่บ้าน"
    msg.set_content("แนบคำร้องค่ะ\n")
    msg.add_attachment(_fillable(labels, values), maintype="application", subtype="pdf",
                       filename="form.pdf")  # fmt: skip
    address = extract_case(parse_message(bytes(msg)), templates()).fields.get("address") or ""
    assert address.startswith("41/3"), address


# --- a letter's sender block, the road and sub-district on one line, the district below --


def test_a_sender_block_with_its_district_on_a_line_of_its_own_is_read() -> None:
    text = (
        "19/4 ซ.ศรีสุข 3\n"
        "ถ.พญาลิไท ต.ในเมือง\n"
        "อ.เมืองพิษณุโลก\n"
        "จังหวัดพิษณุโลก 65000\n"
        "9 ธันวาคม 2569\n"
        "เรื่อง ขอมีบัตรใหม่ กรณีบัตรหาย\nเรียน นายทะเบียน\n"
        f"ข้าพเจ้า นายอำนาจ ศรีสุข เลขประจำตัวประชาชน {FATHER_ID} บัตรหายระหว่างเดินทาง "
        "จึงขอมีบัตรใหม่ ติดต่อได้ที่ 0867712345\nขอแสดงความนับถือ\n(นายอำนาจ ศรีสุข)\n"
    )
    address = read(text).fields.get("address") or ""
    assert address.startswith("19/4 ซ.ศรีสุข 3 ถ.พญาลิไท ต.ในเมือง อ.เมืองพิษณุโลก"), address


def test_an_id_after_the_askers_labelled_name_stays_hers_beside_anothers_named_after_chue() -> None:
    # "ชื่อ <the deceased>" is no writer naming herself: the asker's ID is kept (set 3)
    text = (
        f"ผู้ขอ นางสาวมยุรี แสงทอง เลขประจำตัวประชาชน {MOTHER_ID}\nโทร 0812200456\n\n"
        f"ผู้ตาย\nชื่อ นายบุญชู แสงทอง\nเลขประจำตัวประชาชน {GRANDPA_ID}\nขอรับเงินค่าทำศพ\n"
    )
    assert read(text).fields.get("national_id") == MOTHER_ID
