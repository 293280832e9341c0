"""A two-column sheet naming each person by her part alone ("ผู้เช่า | <name>"), her own
rows under it with the fields' own labels (issue 8, set 97): her name is read, flagged;
another's part labelled on its rows ("เลขประจำตัวประชาชนผู้ให้เช่า") gives no name. Every
name, address and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
OWNER_ID = with_check_digit("520010033419")
BUYER_ID = with_check_digit("520040017726")


def read_sheet(rows: list[tuple[object, ...]]) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content("แนบไฟล์ครับ")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="a.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_name_on_the_part_row_over_her_own_rows() -> None:
    case = read_sheet([
        ("บันทึกการผ่อนชำระ",),
        ("ผู้ขาย", "นายสุรพล ดวงแก้ว"),
        ("เลขประจำตัวประชาชนผู้ขาย", OWNER_ID),
        (),
        ("ผู้ซื้อ", "นางอำไพ ปัญญาดี"),
        ("เลขประจำตัวประชาชน", BUYER_ID),
        ("วันเกิด", "12/06/2518"),
        ("โทร", "0895521407"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นางอำไพ ปัญญาดี"
    assert flagged(case, "full_name")
    assert case.fields["national_id"] == BUYER_ID


def test_a_part_labelled_on_its_rows_gives_no_name() -> None:
    case = read_sheet([
        ("ผู้ขาย", "นายสุรพล ดวงแก้ว"),
        ("เลขประจำตัวประชาชนผู้ขาย", OWNER_ID),
        ("โทรผู้ขาย", "0812204471"),
    ])  # fmt: skip
    assert case.fields["full_name"] is None


CHAIR_ID = with_check_digit("384020055173")


def _members(*names: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = [("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทร")]
    for k, name in enumerate(names, start=1):
        rows.append((k, name, with_check_digit(f"38402011{k:04d}"), f"08{k}1234567"))
    return rows


def test_a_groups_sheet_names_its_chair_in_the_head_block_over_the_members() -> None:
    case = read_sheet([
        ("บัญชีรายชื่อสมาชิกกลุ่มเลี้ยงปลาในกระชัง",),
        ("ชื่อกลุ่ม", "กลุ่มเลี้ยงปลากระชังบ้านท่าเรือ"),
        ("ประธานกลุ่ม", "นายอดุลย์ หมัดสา"),
        ("เลขประจำตัวประชาชนประธาน", CHAIR_ID),
        ("โทรศัพท์ประธาน", "0817702214"),
        (),
        *_members("นายยูโส๊ะ เด็นหมัน", "นางสาวรอกีเย๊าะ สาแม", "นายหมาดหลี ปะดุกา"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นายอดุลย์ หมัดสา"
    assert case.fields["national_id"] == CHAIR_ID
    assert case.fields["phone"] == "+66817702214"


def test_a_sheet_of_two_groups_chairs_names_neither() -> None:
    case = read_sheet([
        ("รายชื่อกลุ่มในเครือข่าย",),
        ("ประธานกลุ่ม", "นายอดุลย์ หมัดสา"),
        (),
        ("ประธานกลุ่ม", "นางมารีย๊ะ เกปัน"),
        (),
        *_members("นายยูโส๊ะ เด็นหมัน", "นางสาวรอกีเย๊าะ สาแม"),
    ])  # fmt: skip
    name = case.fields.get("full_name")
    assert name not in ("นายอดุลย์ หมัดสา", "นางมารีย๊ะ เกปัน")
    assert name is None or flagged(case, "full_name")


def test_a_chairs_office_names_the_body_he_chairs() -> None:
    # "ประธานคณะกรรมการ<body>", "ประธานกลุ่ม<body>": the office with the body's name
    # after it is still the chair's (set 112: a market committee's sheet)
    case = read_sheet([
        ("ทะเบียนสมาชิกสหกรณ์ผู้เลี้ยงโคนม",),
        ("ประธานคณะกรรมการสหกรณ์", "นายอดุลย์ หมัดสา"),
        ("เลขประจำตัวประชาชน", CHAIR_ID),
        ("โทรศัพท์", "0817702214"),
        (),
        *_members("นายยูโส๊ะ เด็นหมัน", "นางสาวรอกีเย๊าะ สาแม", "นายหมาดหลี ปะดุกา"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นายอดุลย์ หมัดสา"
    assert case.fields["national_id"] == CHAIR_ID


def test_a_list_whose_goods_column_holds_a_labels_word_is_still_a_list() -> None:
    # "หมู" (pork) under "สินค้า" reads as หมู่'s label: the row still answers its header,
    # so the vendors are a list, none of them the one who asks surely
    rows: list[tuple[object, ...]] = [("แผง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "สินค้า", "โทร")]
    goods = ("ไก่ย่าง", "หมู", "ปลาทู", "หมู")
    names = ("นางสาวจิราพร ทองดี", "นายเอกชัย วงศ์ใหญ่", "นางละเอียด ศรีสุข", "นายชาตรี บุญมี")
    for k, (name, thing) in enumerate(zip(names, goods, strict=True), start=1):
        rows.append((f"B{k}", name, with_check_digit(f"16501022{k:04d}"), thing, f"09{k}5550101"))
    case = read_sheet([("บัญชีผู้ค้าตลาดนัด",), (), *rows])
    name = case.fields.get("full_name")
    assert name is None or flagged(case, "full_name")
    assert case.fields.get("national_id") is None or flagged(case, "national_id")


HOLDER_ID = with_check_digit("165010044217")


def test_the_licence_holders_row_over_her_staffs_rows() -> None:
    # a shop's register of its food handlers: the licence's holder (ผู้รับใบอนุญาต) in the
    # head block sends it; her staff's rows are others'
    case = read_sheet([
        ("ทะเบียนพนักงานร้านก๋วยเตี๋ยว",),
        ("เจ้าของร้าน/ผู้รับใบอนุญาต", "นางสมหมาย แก้วมณี"),
        ("เลขประจำตัวประชาชน", HOLDER_ID),
        ("โทร", "0869912054"),
        (),
        *_members("นางสาวอรวรรณ ใจดี", "นายธนพล สีทอง", "นางสาวพิมพ์ชนก มาลัย"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นางสมหมาย แก้วมณี"
    assert case.fields["national_id"] == HOLDER_ID


def test_the_owners_row_over_his_own_id_gives_his_name() -> None:
    # a repair estimate's head block names the house's owner by his part; his own ID,
    # home and phone under it with the fields' labels (set 121)
    case = read_sheet([
        ("ประมาณการค่าซ่อมหลังคา",),
        ("เจ้าของบ้าน", "นายสุรพล ดวงแก้ว"),
        ("เลขประจำตัวประชาชน", OWNER_ID),
        ("ที่อยู่", "7 หมู่ 2 ตำบลนาดี อำเภอเมืองลำพูน"),
        ("โทร", "0812204471"),
        (),
        ("รายการ", "จำนวน", "ราคา"),
        ("สังกะสี", 20, 3700),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นายสุรพล ดวงแก้ว"
    assert flagged(case, "full_name")


def test_a_tenants_own_rows_keep_her_name_over_her_landlords_row() -> None:
    # the commoner sheet: the tenant asks under her own labels, the owner's row beside
    case = read_sheet([
        ("ชื่อผู้ขอ", "นางอำไพ ปัญญาดี"),
        ("เลขประจำตัวประชาชน", BUYER_ID),
        ("เจ้าของบ้าน", "นายสุรพล ดวงแก้ว"),
        ("โทร", "0895521407"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นางอำไพ ปัญญาดี"
    assert case.fields["national_id"] == BUYER_ID
