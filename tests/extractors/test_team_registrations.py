"""A sports team's registration, a club's booking of a hall: whose request it is.

A team is no person: its manager (ผู้จัดการทีม) registers it and signs, the coach
(ผู้ฝึกสอน) and the players are named beside him. A booking is the booker's (ผู้จอง). A
team's own name under "ชื่อทีม" is no one's name. Names and numbers invented; IDs with
their check digit.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.role_lines import anothers_role_lines
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _id(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


MANAGER_ID = _id("340150031276")
COACH_ID = _id("341020044187")
BOOKER_ID = _id("350110027431")


def _mail(text: str, sender: str, sheet: list[tuple[object, ...]] | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "sport@example.go.th"
    msg["Subject"] = "สมัครทีม"
    msg.set_content(text)
    if sheet is not None:
        book = openpyxl.Workbook()
        ws = book.active
        assert ws is not None
        for row in sheet:
            ws.append(row)
        data = io.BytesIO()
        book.save(data)
        msg.add_attachment(data.getvalue(), maintype="application", subtype=XLSX, filename="t.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_coach_charge_after_his_name_is_no_part_of_it() -> None:
    assert clean_value("name", "นายกิตติ ศรีวารี ผู้ฝึกสอนทีมวอลเลย์บอล") == "นายกิตติ ศรีวารี"
    assert clean_value("name", "นางสาวลำดวน มีทรัพย์ หัวหน้าคณะกลองยาว") == "นางสาวลำดวน มีทรัพย์"
    # a family name may begin with หัวหน้า's letters: only before what is headed
    assert clean_value("name", "นายสมใจ หัวหน้าวงศ์") == "นายสมใจ หัวหน้าวงศ์"


def test_the_manager_registers_the_team_not_the_coach_above_him() -> None:
    text = (
        "เรียน งานกีฬา\n\nขอสมัครทีมวอลเลย์บอล เข้าแข่งขันรายการประจำปี\n\n"
        f"ผู้ฝึกสอน นายกิตติ ศรีวารี เลขประจำตัวประชาชน {COACH_ID} โทร 089-551-7203\n\n"
        "ผู้จัดการทีม นายประยูร คงทน\n"
        f"เลขประจำตัวประชาชน {MANAGER_ID}\n"
        "ที่อยู่ 14 หมู่ 2 ต.หนองบัว อ.เมืองอุดรธานี จ.อุดรธานี 41000\n"
        "โทร 081-229-4410\n\nนายประยูร คงทน\n"
    )
    fields = _mail(text, "Prayoon K <prayoon.k@example.com>").fields
    assert fields["full_name"] == "นายประยูร คงทน"
    assert fields["national_id"] == MANAGER_ID
    assert fields["email"] == "prayoon.k@example.com"


def test_a_team_name_is_no_person_and_the_manager_is_the_applicant() -> None:
    sheet: list[tuple[object, ...]] = [
        ("ใบส่งรายชื่อนักกีฬา",),
        ("ชื่อทีม", "หนองบัว ยูไนเต็ด"),
        ("ผู้จัดการทีม", "นายประยูร คงทน", "เลขประจำตัวประชาชน", MANAGER_ID),
        ("โทรศัพท์", "081-229-4410"),
        (),
        ("เบอร์เสื้อ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน"),
        (3, "นายอำนาจ ใจมั่น", _id("110220033419")),
    ]
    fields = _mail("แนบรายชื่อทีมครับ\n", "Prayoon K <prayoon.k@example.com>", sheet).fields
    assert fields["full_name"] == "นายประยูร คงทน"


def test_a_complaint_about_a_team_is_its_writer_not_the_team_manager() -> None:
    """The commonest mail naming a team's manager: a neighbour's complaint about it."""
    text = (
        "เรียน นายกเทศมนตรี\n\n"
        "ดิฉัน นางสาวอรุณี พรหมมา อยู่บ้านเลขที่ 7 หมู่ 4 ต.หนองบัว อ.เมืองอุดรธานี จ.อุดรธานี "
        "ขอร้องเรียนทีมฟุตบอลที่ซ้อมในสนามข้างบ้านจนถึงสี่ทุ่มทุกคืน เสียงดังมาก\n"
        "ผู้จัดการทีม นายประยูร คงทน\n"
        "ได้คุยแล้วแต่ไม่ดีขึ้น\n\n"
        "นางสาวอรุณี พรหมมา\nโทร 092-418-6630\n"
    )
    fields = _mail(text, "Arunee <arunee.p@example.com>").fields
    assert fields["full_name"] == "นางสาวอรุณี พรหมมา"


def test_a_complaint_gives_the_writers_number_on_the_line_under_the_managers() -> None:
    """His line ends where she speaks of herself again, no blank line between: her
    number to call back is hers, his beside his name his."""
    text = (
        "เรียน นายกเทศมนตรี\n"
        "ดิฉัน นางสาวอรุณี พรหมมา อยู่บ้านเลขที่ 7 หมู่ 4 ต.หนองบัว อ.เมืองอุดรธานี จ.อุดรธานี\n"
        "ขอร้องเรียนทีมฟุตบอลที่ซ้อมเสียงดังถึงสี่ทุ่ม\n"
        "ผู้จัดการทีม นายประยูร คงทน โทร 081-229-4410\n"
        "ติดต่อดิฉัน 092-418-6630\n"
    )
    fields = _mail(text, "Arunee <arunee.p@example.com>").fields
    assert fields["full_name"] == "นางสาวอรุณี พรหมมา"
    assert fields["phone"] == "+66924186630"


def test_a_grant_form_numbered_by_items_is_the_athlete_not_the_coach() -> None:
    """ "ข้อ 1 ชื่อผู้ขอรับทุน ..." is the applicant's box; the coach certifies in his own
    sentence ("ข้าพเจ้า <coach> ...") below it."""
    text = (
        "แบบคำขอรับทุนส่งเสริมนักกีฬา\n"
        "ข้อ 1 ชื่อผู้ขอรับทุน นางสาวพรรณี ศรีสุข\n"
        f"ข้อ 2 เลขประจำตัวประชาชน {BOOKER_ID}\n\n"
        f"คำรับรองของผู้ฝึกสอน ข้าพเจ้า นายกิตติ ศรีวารี เลขประจำตัวประชาชน {COACH_ID} "
        "ขอรับรองว่าผู้ขอรับทุนฝึกซ้อมสม่ำเสมอ\n"
    )
    fields = _mail(text, "Pannee <pannee.s@example.com>").fields
    assert fields["full_name"] == "นางสาวพรรณี ศรีสุข"
    assert fields["national_id"] == BOOKER_ID


def test_a_coach_line_is_anothers_than_the_one_who_asks() -> None:
    text = "ผู้ฝึกสอน นายกิตติ ศรีวารี เลขประจำตัวประชาชน 1 2 3\nผู้จัดการทีม นายประยูร คงทน\n"
    spans = anothers_role_lines(text)
    assert [text[a:b] for a, b in spans] == [text.splitlines()[0]]


def _docx_mail(build: Callable[[Any], None]) -> ExtractedCase:
    document = docx.Document()
    build(document)
    data = io.BytesIO()
    document.save(data)
    msg = EmailMessage()
    msg["From"] = "Prayoon K <prayoon.k@example.com>"
    msg["To"] = "sport@example.go.th"
    msg["Subject"] = "ใบสมัครทีม"
    msg.set_content("แนบใบสมัครทีมครับ\n")
    word = "vnd.openxmlformats-officedocument.wordprocessingml.document"
    msg.add_attachment(data.getvalue(), maintype="application", subtype=word, filename="t.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_word_team_sheet_numbered_players_then_the_managers_line() -> None:
    """A table of players numbered a row each (ลำดับ | ชื่อ-สกุล | เลขประจำตัวประชาชน |
    ...) is a list of people, never "ลำดับ: ชื่อ-สกุล" pairs; the manager's line below it
    gives his name and ID."""

    def build(d: Any) -> None:
        d.add_paragraph("ใบสมัครทีมวอลเลย์บอล")
        head = ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "เบอร์เสื้อ")
        t = d.add_table(rows=1, cols=len(head))
        for cell, x in zip(t.rows[0].cells, head, strict=True):
            cell.text = x
        givens = ("อำนาจ", "วิทวัส", "ชาญ", "ก้องภพ", "ธีรเดช")
        for k, given in enumerate(givens):
            row = (
                str(k + 1),
                f"นาย{given} ใจมั่น",
                _id(f"1102200{k}3419"),
                "1 มกราคม 2545",
                str(k + 3),
            )
            for cell, x in zip(t.add_row().cells, row, strict=True):
                cell.text = x
        d.add_paragraph(f"ผู้ฝึกสอน นายกิตติ ศรีวารี เลขประจำตัวประชาชน {COACH_ID} โทร 089-551-7203")
        d.add_paragraph(
            f"ผู้จัดการทีม นายประยูร คงทน เลขประจำตัวประชาชน {MANAGER_ID} "
            "ที่อยู่ 14 หมู่ 2 ต.หนองบัว อ.เมืองอุดรธานี จ.อุดรธานี 41000 โทร 081-229-4410"
        )

    fields = _docx_mail(build).fields
    assert fields["full_name"] == "นายประยูร คงทน"
    assert fields["national_id"] == MANAGER_ID
    # each number on its man's line: the coach's first, the manager's his own
    assert fields["phone"] == "+66812294410"
