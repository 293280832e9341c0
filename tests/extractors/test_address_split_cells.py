"""An address split over an HTML table's cells (set 40, html_table_split_cells): its
parts' captions as column heads over their values, or caption and value cells side by
side, two pairs to a row. The parts are joined as an address, or nothing is given;
never the captions and the cells' pipes as the address."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.address_rows import address_box_rows
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

# invented: a Khon Kaen home, its parts as a form asks them
PARTS = [
    ("บ้านเลขที่", "45/8"),
    ("หมู่ที่", "3"),
    ("ซอย", "-"),
    ("ถนน", "มิตรภาพ"),
    ("ตำบล/แขวง", "บ้านเป็ด"),
    ("อำเภอ/เขต", "เมืองขอนแก่น"),
    ("จังหวัด", "ขอนแก่น"),
    ("รหัสไปรษณีย์", "40000"),
]


def read(table: str) -> dict[str, str | None]:
    html = (
        "<html><body><p>เรียน เจ้าหน้าที่</p><table border='1'>"
        "<tr><td>ชื่อ-สกุล</td><td>นายสมปอง ดีใจ</td></tr>"
        "<tr><td>โทรศัพท์</td><td>0815550123</td></tr></table>"
        f"<p><b>ที่อยู่</b></p>{table}</body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def assert_joined(fields: dict[str, str | None]) -> None:
    address = fields["address"]
    assert address is None or ("|" not in address and "45/8" in address and "บ้านเป็ด" in address), (
        address
    )
    assert address is None or not any(a in address for a in ("ซอย|", "หมู่ที่ |", "ถนน|"))
    assert fields["province"] == "ขอนแก่น"
    assert fields["postal_code"] == "40000"


def test_part_captions_as_column_heads_over_their_values() -> None:
    table = (
        "<table border='1'><tr>"
        + "".join(f"<th>{a}</th>" for a, _ in PARTS)
        + "</tr><tr>"
        + "".join(f"<td>{b}</td>" for _, b in PARTS)
        + "</tr></table>"
    )
    fields = read(table)
    assert_joined(fields)
    assert fields["address"] is not None


def test_caption_and_value_cells_two_pairs_to_a_row() -> None:
    rows = "".join(
        f"<tr><td>{PARTS[k][0]}</td><td>{PARTS[k][1]}</td>"
        f"<td>{PARTS[k + 1][0]}</td><td>{PARTS[k + 1][1]}</td></tr>"
        for k in range(0, len(PARTS), 2)
    )
    fields = read(f"<table border='1'>{rows}</table>")
    assert_joined(fields)
    assert fields["address"] is not None


def test_a_flattened_table_row_is_no_line_of_boxes() -> None:
    """The cells' pipes are no answers to the captions: such a line is the table
    readers', left as it is."""
    lines = [(1, "บ้านเลขที่ | หมู่ที่ | ซอย | ถนน | ตำบล/แขวง | อำเภอ/เขต")]
    assert address_box_rows(lines) == lines
    pairs = [(1, "บ้านเลขที่ | 12 | หมู่ที่ | 4"), (2, "ตำบล/แขวง | โนนสูง | อำเภอ/เขต | โนนสูง")]
    assert address_box_rows(pairs) == pairs
