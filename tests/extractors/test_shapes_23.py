"""Unit tests for the shapes blind set 23 found the readers missing (issue 8): each names
the way people write that it covers, not the set's strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import FieldCandidate, Provenance
from extractors.extract import extract_case
from extractors.html_text import html_to_text
from extractors.mime import parse_message
from extractors.names import join_name_parts
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def full_name(title_options: str) -> list[str]:
    def cand(key: str, value: str) -> FieldCandidate:
        prov = Provenance(part="1", kind="body_text", label=key)
        return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.85)

    joined = join_name_parts(
        [cand("name_title", title_options), cand("full_name", "สมศรี"), cand("family_name", "ใจดี")]
    )
    return [c.value for c in joined if c.key == "full_name"]


@pytest.mark.parametrize(
    "options",
    [
        "( ) นาย (•) นาง ( ) นางสาว",  # a web form's copy in plain text: the dot is the choice
        "○ นาย ◉ นาง ○ นางสาว",  # radio buttons drawn as circles, the chosen one filled
        "○ นาย ● นาง ○ นางสาว",
    ],
)
def test_a_filled_radio_circle_is_the_chosen_title(options: str) -> None:
    assert full_name(options) == ["นาง สมศรี ใจดี"]


def read(text: str) -> dict[str, str | None]:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_a_choice_list_one_option_per_line_is_one_answer() -> None:
    """A mailed copy of a web form lists a question's options one per line under it."""
    text = "คำนำหน้าชื่อ *\n( ) นาย\n(•) นาง\n( ) นางสาว\n\nชื่อ *\nสมศรี\n\nนามสกุล *\nใจดี\n"
    assert read(text)["full_name"] == "นางสมศรี ใจดี"


def test_an_aria_radio_shows_its_mark() -> None:
    """Web pages draw radio buttons as elements with role=radio and aria-checked."""
    html = (
        '<div role="radiogroup"><div><div role="radio" aria-checked="false"></div><span>นาย</span>'
        '</div><div><div role="radio" aria-checked="true"></div><span>นาง</span></div></div>'
    )
    assert html_to_text(html).splitlines() == ["☐ นาย", "☑ นาง"]


def test_the_agencys_own_mailbox_is_never_the_citizens_email() -> None:
    """An agency's letter ends with its own mail address; the mail was sent to that very
    mailbox, so it is where requests go, not where a citizen is answered."""
    fields = read("ชื่อ นายสมชาย ใจดี\nโทร 081-234-5678\n\nไปรษณีย์อิเล็กทรอนิกส์ saraban@example.go.th\n")
    assert fields["email"] != "saraban@example.go.th"  # the sender's own, if any
    assert read("ชื่อ นายสมชาย ใจดี\nอีเมล somchai.j@gmail.com\n")["email"] == "somchai.j@gmail.com"


SPREADSHEET_2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>
<Row><Cell><Data ss:Type="String">ชื่อ-สกุล</Data></Cell>
 <Cell><Data ss:Type="String">นายสมชาย ใจดี</Data></Cell></Row>
<Row><Cell ss:Index="2"><Data ss:Type="Number">3101000998876</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">วันเกิด</Data></Cell>
 <Cell><Data ss:Type="DateTime">1980-01-31T00:00:00.000</Data></Cell></Row>
</Table></Worksheet></Workbook>
"""


def test_an_excel_2003_xml_spreadsheet_is_read_as_a_workbook() -> None:
    """Older registration systems export Excel 2003's XML Spreadsheet (often named .xls):
    its rows and typed cells are a workbook's, ss:Index skipping to a column."""
    from openpyxl import load_workbook

    from extractors.flat_xml import flat_package
    from extractors.sniff import XLSX

    found = flat_package(SPREADSHEET_2003.encode())
    assert found is not None and found[1] == XLSX
    sheet = load_workbook(io.BytesIO(found[0])).active
    assert sheet["A1"].value == "ชื่อ-สกุล" and sheet["B2"].value == 3101000998876
    assert sheet["A2"].value is None
    assert sheet["B3"].value.date().isoformat() == "1980-01-31"


def test_a_backslash_at_a_line_end_in_rtf_ends_the_paragraph() -> None:
    """macOS TextEdit ends each line of its RTF with a backslash (the spec's \\par)."""
    from extractors.office_text import rtf_text

    data = b"{\\rtf1\\ansi\\cocoartf2761 \\uc0 \\u3594 : 1\\\r\nb: 2\\\n}"
    assert rtf_text(data).splitlines() == ["\u0e0a: 1", "b: 2"]


def test_addr_is_an_english_address_label() -> None:
    """ "Addr" is how people shorten Address, as DOB is Date of birth."""
    fields = read("Name: นายสมชาย ใจดี\nAddr: 12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น\n")
    assert fields["address"] == "12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น"


def test_a_house_number_label_before_the_whole_address_is_the_address() -> None:
    """บ้านเลขที่ opens many people's address line: the value holds the sub-district and
    district too, so it is the whole address, not the house number's box alone."""
    fields = read("ชื่อ นายสมชาย ใจดี\nบ้านเลขที่: 12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น\n")
    assert fields["address"] == "12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น"


@pytest.mark.parametrize("blank", ["____", " ___ ", "........"])
def test_a_forms_blank_parts_an_address_box_from_its_answer(blank: str) -> None:
    """Underscores or dots typed as a form's blank separate a caption from the answer
    written on it, as a colon does, address boxes included."""
    line = f"บ้านเลขที่{blank}12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น{blank}"
    assert read(f"ชื่อ นายสมชาย ใจดี\n{line}\n")["address"] == ("12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น")


def test_a_saved_line_chat_is_read_without_its_time_and_speaker_columns() -> None:
    """LINE's "save chat" file: time TAB speaker TAB message. The columns are no part of
    the values: the name answered right before the ID is the applicant's."""
    from extractors.chat_transcript import as_questions_and_answers

    chat = (
        "10:02\tสมชาย ใจดี\tสวัสดีครับ\n10:02\tอบต.\tรบกวนแจ้งชื่อและเลขบัตรค่ะ\n"
        "10:04\tสมชาย ใจดี\tนายสมชาย ใจดี\n10:04\tสมชาย ใจดี\t3101000998876\n"
        "10:05\tอบต.\tขอบคุณค่ะ\n"
    )
    assert as_questions_and_answers(chat).splitlines()[2:4] == ["นายสมชาย ใจดี", "3101000998876"]


def test_one_request_for_several_values_is_no_label() -> None:
    """ "Please send your name, ID, birth date and phone" asks for a list: the answer
    after it is not the value of the first thing named."""
    from extractors.chat_transcript import as_questions_and_answers

    chat = (
        "10:02\tอบต.\tรบกวนแจ้งชื่อ-นามสกุล เลขบัตรประชาชน วันเกิด และเบอร์โทรค่ะ\n"
        "10:04\tสมชาย ใจดี\tนายสมชาย ใจดี\n10:04\tสมชาย ใจดี\t3101000998876\n"
        "10:05\tอบต.\tขอบคุณค่ะ\n"
    )
    assert as_questions_and_answers(chat).splitlines()[0].startswith("รบกวนแจ้ง")


@pytest.mark.parametrize("after", [" 🙏", " 🙏🙏", "😊", " ✅", " 👍🏻"])
def test_an_emoji_after_a_name_is_no_part_of_it(after: str) -> None:
    """Chat writers end a line with an emoji; a name holds none."""
    from extractors.validate import normalise_name

    assert normalise_name(f"นายสมชาย ใจดี{after}") == "นายสมชาย ใจดี"


def test_an_email_value_with_no_at_sign_yields_to_an_address() -> None:
    """MS Forms' export fills its own Email column with "anonymous"; the address the
    citizen typed under a question of the form's is the one to keep."""
    from extractors.extract import pick_best

    template = next(t for t in TEMPLATES if any(f.key == "email" for f in t.fields))

    def cand(value: str, confidence: float) -> FieldCandidate:
        prov = Provenance(part="2", kind="spreadsheet", label="Email")
        return FieldCandidate(key="email", value=value, provenance=prov, confidence=confidence)

    chosen = pick_best(template, [cand("anonymous", 1.0), cand("somchai.j@gmail.com", 0.62)])
    assert chosen["email"].value == "somchai.j@gmail.com"


@pytest.mark.parametrize(
    "label", ["อีเมลสำหรับติดต่อกลับ", "เบอร์โทรศัพท์สำหรับติดต่อกลับ", "อีเมลที่ใช้ติดต่อ", "อีเมลสำหรับแจ้งผล"]
)
def test_a_purpose_after_a_label_is_part_of_it(label: str) -> None:
    """ "...สำหรับติดต่อกลับ" ("for calling back"), "...ที่ใช้ติดต่อ", "...สำหรับแจ้งผล" say what
    the value is for: the label goes on over them, as over "(มือถือ)"."""
    from extractors.body_form import is_lone_label
    from extractors.labels import LabelMatcher

    assert is_lone_label(label, LabelMatcher(TEMPLATES))


def test_an_address_in_a_machines_hash_separated_fields_is_flagged() -> None:
    """A card reader's dump parts the chip's address fields with '#' ("9####ตำบลนาดี#
    อำเภอเมือง#..."): not an address as written, so a clerk looks at it."""
    from extractors.address_parts import join_address_parts

    prov = Provenance(part="1", kind="body_text", label="Addr")
    found = join_address_parts(
        [
            FieldCandidate(
                key="address", value="9####ตำบลนาดี#อำเภอเมือง", provenance=prov, confidence=0.95
            )
        ]
    )
    assert found[0].confidence < 0.8
