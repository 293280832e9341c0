"""HtmlTableExtractor: label and value cells, and a header row of labels over values."""

from forms_for_tests import GENERAL

from extractors.base import FieldCandidate
from extractors.html_table import HtmlTableExtractor
from extractors.labels import LabelMatcher

LABELS = LabelMatcher([GENERAL])


def extract(html: str | bytes) -> list[FieldCandidate]:
    result = HtmlTableExtractor().extract(html, part="1.2", labels=LABELS)
    assert result.defects == []
    return result.candidates


def values(candidates: list[FieldCandidate]) -> dict[str, str]:
    return {c.key: c.value for c in candidates}


THAI_PAIRS = """<html><body><p>เรียน ผู้อำนวยการ</p>
<table border="1">
  <tr><td><b>ชื่อ-นามสกุล</b></td><td>นายประเสริฐ  มั่นคง</td></tr>
  <tr><td>เลขประจำตัวประชาชน :</td><td>1 1017 00230 70 8</td></tr>
  <tr><th>โทรศัพท์</th><td>02-123-4567</td><th>อีเมล์</th><td>p@example.co.th</td></tr>
  <tr><td>ที่อยู่</td><td>45 ซอยรามคำแหง 24<br>แขวงหัวหมาก</td></tr>
  <tr><td>หมายเหตุ</td><td>ไม่มี</td></tr>
  <tr><td>จังหวัด</td><td></td></tr>
</table></body></html>"""


def test_thai_label_value_rows() -> None:
    found = extract(THAI_PAIRS)
    assert values(found) == {
        "full_name": "นายประเสริฐ มั่นคง",
        "national_id": "1 1017 00230 70 8",
        "phone": "02-123-4567",
        "email": "p@example.co.th",  # a second pair on the same row
        "address": "45 ซอยรามคำแหง 24 แขวงหัวหมาก",
    }  # "หมายเหตุ" is no label; an empty value cell gives no candidate


def test_provenance() -> None:
    found = {c.key: c for c in extract(THAI_PAIRS)}
    prov = found["email"].provenance
    assert (prov.part, prov.kind, prov.label, prov.line) == ("1.2", "body_html", "อีเมล์", 3)
    assert found["national_id"].provenance.label == "เลขประจำตัวประชาชน :"


def test_english_header_row_over_values() -> None:
    html = """<table>
      <thead><tr><th>Full name</th><th>Phone</th><th>Province</th><th>Note</th></tr></thead>
      <tbody><tr><td>Jane Doe</td><td>0899999999</td><td>Chiang Mai</td><td>x</td></tr></tbody>
    </table>"""
    found = extract(html)
    assert values(found) == {
        "full_name": "Jane Doe",
        "phone": "0899999999",
        "province": "Chiang Mai",
    }
    assert {c.provenance.line for c in found} == {2}


def test_several_tables_count_rows_across_the_part() -> None:
    html = (
        "<table><tr><td>Name</td><td>A B</td></tr></table>"
        "<p>and</p><table><tr><td>x</td><td>y</td></tr><tr><td>Postcode</td><td>10200</td></tr></table>"
    )
    found = {c.key: c for c in extract(html)}
    assert found["postal_code"].provenance.line == 3
    assert found["full_name"].value == "A B"


def test_tables_without_labels_give_nothing() -> None:
    html = "<table><tr><td>ราคา</td><td>100 บาท</td></tr><tr><td>1</td><td>2</td></tr></table>"
    assert extract(html) == []
    assert extract("<p>no table here</p>") == []
    assert extract("<table><tr><td>ชื่อ") == []  # broken markup, no value cell


def test_windows_874_bytes() -> None:
    html = "<table><tr><td>จังหวัด</td><td>น่าน</td></tr></table>"
    assert values(extract(html.encode("cp874"))) == {"province": "น่าน"}


EXCEL_PASTE = (
    "<table><tr><td class=xl65 style='mso-number-format:\"\\@\"'>โทรศัพท์</td>"
    "<td class=xl66>{phone}</td></tr><tr><td class=xl65>จังหวัด</td>"
    "<td class=xl66>น่าน</td></tr></table>"
)


def test_a_phone_pasted_from_excel_gets_the_zero_the_sheet_lost_flagged() -> None:
    found = {c.key: c for c in extract(EXCEL_PASTE.format(phone="857730412"))}
    assert found["phone"].value == "0857730412"
    assert found["phone"].confidence < 0.8  # a clerk checks the number
    typed = {c.key: c for c in extract(EXCEL_PASTE.format(phone="0857730412"))}
    assert typed["phone"].value == "0857730412" and typed["phone"].confidence > 0.8


def test_a_table_not_from_a_sheet_keeps_a_number_without_its_zero_as_typed() -> None:
    html = "<table><tr><td>โทรศัพท์</td><td>857730412</td></tr></table>"
    assert values(extract(html))["phone"] == "857730412"


def test_an_address_over_numbered_lines_is_one_address() -> None:
    """The address label spans two rows, each opening with the form's own line caption
    ("บรรทัด 1", "บรรทัด 2"): the captions are no value, the two lines one address (set
    18's merged cells gave "บรรทัด 1" as the address, unflagged)."""
    html = """<table border="1">
<tr><td rowspan="2">ที่อยู่</td><td>บรรทัด 1</td><td>12/4 หมู่ 6</td></tr>
<tr><td>บรรทัด 2</td><td>ตำบลหนองปลิง อำเภอเมืองนครสวรรค์</td></tr>
<tr><td colspan="2">โทรศัพท์</td><td>081-234-5678</td></tr>
<tr><td>Address</td><td>Line 1</td><td>7 ซอยวัดดอน</td></tr>
</table>"""
    found = [c.value for c in extract(html) if c.key == "address"]
    assert found[0] == "12/4 หมู่ 6 ตำบลหนองปลิง อำเภอเมืองนครสวรรค์"
    assert found[1] == "7 ซอยวัดดอน"
    assert values(extract(html))["phone"] == "081-234-5678"


def test_numbered_rows_under_a_header_are_a_list_though_a_cell_looks_like_a_label() -> None:
    # A petition's signers' table: the signature column holds each signer's first name,
    # and one ("ละเอียด", "ชื่อ") reads like a label; the running numbers say each row is
    # one of the list's, and a list gives no one's values (set 71)
    html = """<table>
      <tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>โทรศัพท์</th><th>ลายมือชื่อ</th></tr>
      <tr><td>1</td><td>นายเจริญ มาดี</td><td>3100500112233</td><td>0812345670</td><td>เจริญ</td></tr>
    <tr><td>2</td><td>นางละเอียด สุข</td><td>3100500445566</td><td>0898765432</td><td>ละเอียด</td></tr>
      <tr><td>3</td><td>นายพร ทองดี</td><td>3100500778899</td><td>0861112222</td><td>พร</td></tr>
    </table>"""
    assert extract(html) == []
