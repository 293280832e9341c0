"""A signature laid out as an HTML table (Outlook's: a logo's cell, then the name, post,
company, office and line each a paragraph of the next cell): its paragraphs are lines,
never run together into the name. Names, firms and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.html_text import html_tables, html_to_text
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
SIGNATURE = (
    '<table><tr><td><img src="cid:logo" alt="KT"></td><td>'
    '<p class="MsoNormal"><b>นางสาวพรรณี ศรีประเสริฐ</b></p>'
    '<p class="MsoNormal">ผู้จัดการฝ่ายขาย (Sales Manager)</p>'
    '<p class="MsoNormal">บริษัท โคราชเทรดดิ้ง จำกัด</p>'
    '<p class="MsoNormal">55 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000</p>'
    '<p class="MsoNormal">T: 044-251-330 | M: 089-114-2276</p></td></tr></table>'
)


def test_a_cells_paragraphs_are_lines_when_the_row_holds_nothing_else() -> None:
    text = html_to_text(f"<p>ขอแสดงความนับถือ</p>{SIGNATURE}")
    assert "นางสาวพรรณี ศรีประเสริฐ\nผู้จัดการฝ่ายขาย (Sales Manager)\n" in text
    # a table's reader gets each cell whole
    assert html_tables(SIGNATURE)[0][0][1].startswith("นางสาวพรรณี ศรีประเสริฐ")


def test_a_label_and_value_row_stays_one_line() -> None:
    html = "<table><tr><td><p>ที่อยู่</p></td><td><p>55 ถนนมิตรภาพ ตำบลในเมือง</p></td></tr></table>"
    assert html_to_text(html) == "ที่อยู่ : 55 ถนนมิตรภาพ ตำบลในเมือง"


def test_the_signer_of_a_table_signature_and_her_office() -> None:
    msg = EmailMessage()
    msg["From"] = "Pannee S <sales@korattrading.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ใบเสนอราคา"
    msg.set_content("เรียน เจ้าหน้าที่พัสดุ\nขอเสนอราคาตามแนบ\n")
    msg.add_alternative(
        "<p>เรียน เจ้าหน้าที่พัสดุ</p><p>ขอเสนอราคาตามแนบ</p><p>ขอแสดงความนับถือ</p>" + SIGNATURE,
        subtype="html",
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == "นางสาวพรรณี ศรีประเสริฐ"
    assert (case.fields.get("address") or "").startswith("55 ถนนมิตรภาพ")
