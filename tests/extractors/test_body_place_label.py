"""The place of the body that asks, labelled "ที่ตั้ง<body>" ("ที่ตั้งชมรม", set 84: a club's
roster for its stadium booking, its office in the head row): its address, as "ที่อยู่ชมรม"
is. A shop's place ("ที่ตั้งร้าน") stays no one's home. Places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def test_a_bodys_place_is_its_address() -> None:
    for label in ("ที่ตั้งชมรม", "ที่ตั้งกลุ่ม", "ที่ตั้งสมาคม"):
        found = LABELS.match(label)
        assert found is not None and found[0] == "address", label


def test_a_temples_or_funds_place_is_its_address() -> None:
    # set 91: a temple's, an organisation's place, a village fund's office (ที่ทำการ)
    for label in ("ที่ตั้งวัด", "ที่ตั้งองค์กร", "ที่ทำการกองทุน", "ที่ทำการกลุ่ม"):
        found = LABELS.match(label)
        assert found is not None and found[0] == "address", label
    # a school's place is one a pupil's form asks too: never read as a home by this rule
    found = LABELS.match("ที่ตั้งโรงเรียน")
    assert found is None or found[0] != "address"


def test_a_shops_place_is_no_home() -> None:
    found = LABELS.match("ที่ตั้งร้าน")
    assert found is None or found[0] != "address"


# The same said in a body's letter or mail, no colon after the caption: "ที่ตั้งวัด 12
# ม.4 ...", "ที่ตั้งชมรม 8 หมู่ที่ 2 ..." on a line of its own or inside a sentence, and
# "ที่ตั้ง 5 ม.1 ..." after the body's name (set 91: a temple's ไวยาวัจกร on his phone, a
# club's secretary, an enterprise's mail). Its number, its parts: where a clerk reaches the
# one who signs for it (set 28).
_BODY_TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read_mail(body: str) -> dict[str, str]:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับการสนับสนุน"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), _BODY_TEMPLATES).fields


def test_a_temples_place_in_a_sentence_is_the_address() -> None:
    fields = _read_mail(
        "เรียนนายก อบต.\nกระผมนายสมศักดิ์ แก้วดี ไวยาวัจกรวัดโนนงาม ที่ตั้งวัด 12 ม.4 ต.หนองแวง"
        " อ.เมืองมหาสารคาม มหาสารคาม 44000 ขอรับการสนับสนุนงบซ่อมศาลาครับ\n\n"
        "นายสมศักดิ์ แก้วดี\nโทร 081-552-7310\n"
    )
    assert (fields.get("address") or "").startswith("12 ม.4 ต.หนองแวง อ.เมืองมหาสารคาม")
    assert fields.get("postal_code") == "44000"


def test_a_clubs_place_on_its_line_is_the_address() -> None:
    fields = _read_mail(
        "เรียนนายกเทศมนตรี\n\nชมรมผู้สูงอายุบ้านดงขอยืมเก้าอี้ 100 ตัวค่ะ\n\n"
        "ที่ตั้งชมรม 8 หมู่ที่ 2 ตำบลดงเย็น อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n\n"
        "ลงชื่อ นางบัวผัน ศรีสุข\nประธานชมรม\nโทร 089-664-1207\n"
    )
    assert (fields.get("address") or "").startswith("8 หมู่ที่ 2 ตำบลดงเย็น อำเภอเมืองอุดรธานี")


def test_a_place_after_the_bodys_name_is_the_address() -> None:
    fields = _read_mail(
        "เรียนนายก อบต.\n\nวิสาหกิจชุมชนกลุ่มทอเสื่อบ้านนา ที่ตั้ง 5 ม.1 ต.นาดี อ.เมืองอุดรธานี"
        " อุดรธานี 41000 ขอรับเงินอุดหนุนโครงการค่ะ\n\nนางคำใส ทองดี\nประธานกลุ่ม\n"
    )
    assert (fields.get("address") or "").startswith("5 ม.1 ต.นาดี อ.เมืองอุดรธานี")


def test_a_shops_place_in_a_sentence_is_no_home() -> None:
    fields = _read_mail(
        "เรียนนายก อบต.\nดิฉันนางสาวพรทิพย์ ใจงาม ขอต่อใบอนุญาตร้านอาหาร ร้านที่ตั้ง 9 ม.2"
        " ต.นาดี อ.เมืองอุดรธานี อุดรธานี 41000 ค่ะ\n\nนางสาวพรทิพย์ ใจงาม\n"
    )
    assert not (fields.get("address") or "").startswith("9 ม.2")


def test_a_bodys_place_on_a_dotted_form_line_is_the_address() -> None:
    # a paper grant form typed over its leader dots ("ที่ตั้งองค์กร....<address>....")
    fields = _read_mail(
        "แบบคำขอรับเงินอุดหนุน\nข้าพเจ้า....นางบัวผัน ศรีสุข....\n"
        "ตำแหน่ง....ประธานกลุ่ม....ในนามของ....กลุ่มแม่บ้านดงเย็น....\n"
        "ที่ตั้งองค์กร....14 ม.6 ต.ดงเย็น อ.เมืองอุดรธานี อุดรธานี 41000....\n"
        "ขอรับเงินอุดหนุนโครงการ....อาชีพเสริม....\n"
    )
    assert (fields.get("address") or "").startswith("14 ม.6 ต.ดงเย็น อ.เมืองอุดรธานี")


# A body's own details as a table, its name on a row of its own ("ชื่อวิสาหกิจชุมชน |
# ...", "ชื่อกลุ่ม | ...") and its place under the bare caption a few rows down ("ที่ตั้ง
# | ...", set 113: an enterprise's change of officers from its chair's Gmail): the
# body's place; the body's name no person's, its chair's row and signature his.
def _read_html(rows: list[tuple[str, str]], signature: str) -> dict[str, str]:
    table = "".join(f"<tr><td><b>{x}</b></td><td>{y}</td></tr>" for x, y in rows)
    msg = EmailMessage()
    msg["From"] = "Boonchu Kaewmanee <boonchu.km@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งเปลี่ยนแปลงข้อมูลกลุ่ม"
    msg.set_content(
        "<div>เรียน เกษตรอำเภอ</div><div>ขอแจ้งข้อมูลกลุ่มดังนี้</div>"
        f'<table border="1">{table}</table><div>ขอแสดงความนับถือ</div><div>{signature}</div>',
        subtype="html",
    )
    return extract_case(parse_message(bytes(msg)), _BODY_TEMPLATES).fields


def test_a_bodys_table_gives_its_place_and_its_chair() -> None:
    fields = _read_html(
        [
            ("ชื่อกลุ่ม", "วิสาหกิจชุมชนกลุ่มปลูกผักปลอดภัยบ้านโคก"),
            ("รหัสทะเบียน", "4-41-01-05/1-0102"),
            ("ที่ตั้ง", "17 ม.6 ต.บ้านจั่น อ.เมืองอุดรธานี อุดรธานี 41000"),
            ("ประธานกลุ่ม", "นายบุญชู แก้วมณี"),
            ("โทรศัพท์ (ประธาน)", "086-440-1923"),
        ],
        "นายบุญชู แก้วมณี<br>ประธานกลุ่ม",
    )
    assert fields.get("full_name") == "นายบุญชู แก้วมณี"
    assert (fields.get("address") or "").startswith("17 ม.6 ต.บ้านจั่น อ.เมืองอุดรธานี")
    assert fields.get("postal_code") == "41000"


def test_a_lodgings_place_or_caretaker_is_no_home() -> None:
    # "ที่พัก" alone is where one stays (an address's label); headed by another word it is
    # the lodging a notice is about (set 118: a non-hotel lodging's form, "ที่ตั้งที่พัก"
    # under the owner's "ที่อยู่ผู้แจ้ง", its caretaker's row "ผู้ดูแลที่พัก")
    for label in ("ที่ตั้งที่พัก", "ผู้ดูแลที่พัก", "ที่ตั้ง ที่พัก"):
        found = LABELS.match(label)
        assert found is None or found[0] != "address", label
    for label in ("ที่พัก", "ที่พักปัจจุบัน", "ที่อยู่ที่พัก"):
        found = LABELS.match(label)
        assert found is not None and found[0] == "address", label
