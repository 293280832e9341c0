"""A sheet that lists several people a row each (a village's list of households, a
collector's list of those hurt by a storm): whose row is the request's. The row a note
column marks as the one who asks is read; a collector's own row above the list (his name,
post and mobile) is his, not the asker's; a list where nothing marks the asker gives its
values flagged, never as the asker's without a flag. Names and numbers invented."""

from __future__ import annotations

import io
import sys
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

ID_A = with_check_digit("340120045117")
ID_B = with_check_digit("340120078322")
ID_C = with_check_digit("340120019043")
ID_D = with_check_digit("340120066275")


def _read(rows: list[tuple[object, ...]], sender: str, body: str) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งรายชื่อผู้ได้รับความเสียหาย"
    msg.set_content(body)
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="list.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


_HEAD = ("ที่", "ชื่อ - นามสกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "ความเสียหาย", "โทรศัพท์", "หมายเหตุ")


def _storm_list(marked: int | None) -> list[tuple[object, ...]]:
    people = [
        ("นางบุญเรือน ศรีสวัสดิ์", ID_A, "12", "หลังคาพัง", "0871234401"),
        ("นายประเสริฐ ใจมั่น", ID_B, "17/1", "บ้านน้ำท่วม", "0871234402"),
        ("นางสาวจันทร์เพ็ญ แสงดาว", ID_C, "20", "ยุ้งข้าวเสียหาย", "0871234403"),
    ]
    rows: list[tuple[object, ...]] = [
        ("บัญชีผู้ประสบวาตภัย หมู่ที่ 5 ตำบลหนองบัว",),
        ("ผู้รวบรวม", "นายสมศักดิ์ ทองสุข", "อสม.", "โทร", "089-555-0172"),
        (),
        _HEAD,
    ]
    for n, person in enumerate(people):
        note = ("ผู้ยื่นคำร้อง",) if n == marked else ()
        rows.append((n + 1, *person, *note))
    return rows


def test_the_row_a_note_marks_as_the_askers_is_read() -> None:
    case = _read(
        _storm_list(marked=1),
        "นายสมศักดิ์ ทองสุข <somsak.ts@example.com>",
        "เรียน นายอำเภอ\nส่งบัญชีตามคำร้องของผู้ยื่นคำร้องในหมายเหตุครับ\n",
    )
    assert case.fields.get("full_name") == "นายประเสริฐ ใจมั่น"
    assert case.fields.get("national_id") == ID_B


def test_the_collectors_mobile_is_never_the_askers_unflagged() -> None:
    case = _read(
        _storm_list(marked=2),
        "นายสมศักดิ์ ทองสุข <somsak.ts@example.com>",
        "เรียน นายอำเภอ\nส่งบัญชีครับ\n",
    )
    assert case.fields.get("national_id") == ID_C
    assert case.fields.get("phone") == "+66871234403"


def test_a_list_that_marks_no_one_gives_no_sure_id() -> None:
    case = _read(
        _storm_list(marked=None),
        "นายสมศักดิ์ ทองสุข <somsak.ts@example.com>",
        "เรียน นายอำเภอ\nส่งบัญชีครับ\n",
    )
    for key in ("national_id", "full_name"):
        if case.fields.get(key) is not None:
            assert _flagged(case, key), f"{key} of one row of many read without a flag"


def test_the_submitters_block_over_a_list_of_households() -> None:
    rows: list[tuple[object, ...]] = [
        ("รายชื่อบ้านที่ได้รับผลกระทบจากกลิ่นฟาร์มสุกร",),
        ("ผู้ยื่นเรื่อง", "นางพิมพ์ใจ ราชสีห์", "เลขประจำตัวประชาชน", ID_D),
        ("โทร", "0812207731", "ที่อยู่", "8 หมู่ 2 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
        (),
        ("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "โทรศัพท์"),
        (1, "นายเกษม บุญมา", "9", "0812207741"),
        (2, "นางละเอียด พรหมสุข", "10", "0812207742"),
        (3, "นายทวี สายทอง", "14/2", "0812207743"),
    ]
    case = _read(rows, "นางพิมพ์ใจ ราชสีห์ <pimjai.r@example.com>", "แนบรายชื่อค่ะ\n")
    assert case.fields.get("full_name") == "นางพิมพ์ใจ ราชสีห์"
    assert case.fields.get("national_id") == ID_D
    assert case.fields.get("phone") == "+66812207731"
    assert case.fields.get("email") == "pimjai.r@example.com"


def test_the_animals_owner_named_by_his_caption() -> None:
    rows: list[tuple[object, ...]] = [
        ("ทะเบียนไก่พื้นเมืองที่ตายจากโรคระบาด",),
        ("เจ้าของสัตว์", "นายอุดม เพชรรัตน์", "", "เลขประจำตัวประชาชน", ID_A),
        ("โทรศัพท์", "091-220-4418"),
        (),
        ("ลำดับ", "ชนิด", "จำนวน (ตัว)", "วันที่ตาย"),
        (1, "ไก่ชน", 12, "3/09/2569"),
        (2, "ไก่ไข่", 30, "5/09/2569"),
    ]
    case = _read(rows, "<udom.p@example.com>", "ขอรับการช่วยเหลือ แนบทะเบียนไก่ครับ\n")
    assert case.fields.get("full_name") == "นายอุดม เพชรรัตน์"
    assert case.fields.get("national_id") == ID_A


def _household(head_role: str) -> list[tuple[object, ...]]:
    """A household's survey: its home and phone, then one row a member under ฐานะ."""
    return [
        ("แบบสำรวจครัวเรือน โครงการปรับปรุงที่อยู่อาศัย",),
        ("ที่อยู่", "5 หมู่ 9 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
        ("โทรศัพท์", "0812206614"),
        (),
        ("ที่", "ฐานะในครัวเรือน", "ชื่อ-นามสกุล", "เลขบัตรประชาชน", "วันเกิด", "อาชีพ"),
        (1, "ภรรยา", "นางลำใย พรมมา", ID_A, "3 มี.ค. 2510", "รับจ้าง"),
        (2, head_role, "นายบุญมี พรมมา", ID_B, "9 ก.ย. 2507", "ทำนา"),
        (3, "บุตร", "เด็กหญิงแพรวา พรมมา", ID_C, "1 ม.ค. 2556", "นักเรียน"),
    ]


def test_a_households_head_row_is_read_flagged() -> None:
    # no row says who asks: the household's head speaks for it, a clerk looks
    case = _read(_household("หัวหน้าครัวเรือน"), "bunmee <bunmee.p@example.com>", "ส่งแบบสำรวจครับ")
    assert case.fields["full_name"] == "นายบุญมี พรมมา"
    assert case.fields["national_id"] == ID_B
    assert _flagged(case, "full_name") and _flagged(case, "national_id")


def test_a_household_list_without_a_head_gives_no_sure_name() -> None:
    case = _read(_household("สามี"), "bunmee <bunmee.p@example.com>", "ส่งแบบสำรวจครับ")
    assert case.fields["full_name"] is None or _flagged(case, "full_name")


def _siblings(marked: int) -> list[tuple[object, ...]]:
    """Brothers and sisters a row each, each one's kin to the dead named in a column, the
    one who files marked in the note column (a sheet of heirs, set 105)."""
    people = [
        ("นายชัยวัฒน์ คงดี", ID_A, "บุตร", "0861110001"),
        ("นางสาวกัลยา คงดี", ID_B, "บุตรสาว", "0861110002"),
        ("นายธนพล คงดี", ID_C, "หลาน", "0861110003"),
    ]
    rows: list[tuple[object, ...]] = [
        ("รายชื่อทายาทของผู้ตาย",),
        ("ผู้ตาย", "นายสมบูรณ์ คงดี", ID_D),
        (),
        ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ความสัมพันธ์", "โทรศัพท์", "หมายเหตุ"),
    ]
    for n, (name, nid, kin, phone) in enumerate(people):
        note = ("ผู้ยื่นคำขอ (ผู้ติดต่อ)",) if n == marked else ()
        rows.append((n + 1, name, nid, kin, phone, *note))
    return rows


def test_a_kin_column_leaves_the_note_to_mark_the_asker() -> None:
    # every row's kin is another's standing: the note column says who files
    case = _read(_siblings(marked=1), "kanlaya <kanlaya.k@example.com>", "ส่งรายชื่อทายาทค่ะ\n")
    assert case.fields.get("national_id") == ID_B
    assert case.fields.get("phone") == "+66861110002"
    case = _read(_siblings(marked=2), "thanaphon <thanaphon@example.com>", "ส่งรายชื่อครับ\n")
    assert case.fields.get("national_id") == ID_C
