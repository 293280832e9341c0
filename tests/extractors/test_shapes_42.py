"""Unit tests for what blind set 42 showed (issue 8): numbers and dates as Thais type
them. An ID one digit per box ("|3|6|1|...", "[3] [6 1 0 2] ...") or per HTML cell, or
cut after a dash at a PDF line's end; a birth date in HTML cells (เกิดวันที่ | 9 | เดือน |
...); a two-digit B.E. year after "เกิด" ("เกิด 4-11-27"), read and flagged; "66" and a
mobile's nine digits without the plus; a mobile after an office line and its extension
("Tel. 0 2245 1180 ext. 31 / 09-...."). Examples written afresh, not the set's strings;
every ID made up with a valid check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase, Provenance
from extractors.body_form import read_label_lines
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.validate import normalise_national_id

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
NID = "3610200447181"  # made up, valid check digit
NID2 = "1709900512369"  # made up, valid check digit


def read(text: str | None = None, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอคัดสำเนาทะเบียนบ้าน"
    if html is None:
        msg.set_content(text or "")
    else:
        msg.set_content(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def card(*lines: str) -> str:
    return "เรียน เจ้าหน้าที่\n\nขอคัดสำเนาทะเบียนบ้านครับ\n\n" + "\n".join(lines) + "\n\nขอบคุณครับ\n"


# --- an ID one digit per box -------------------------------------------------------------


def test_an_id_typed_one_digit_per_box_is_its_13_digits() -> None:
    assert normalise_national_id("|" + "|".join(NID) + "|") == NID
    groups = (NID[0], NID[1:5], NID[5:10], NID[10:12], NID[12])
    assert normalise_national_id(" ".join("[" + " ".join(g) + "]" for g in groups)) == NID


def test_an_id_in_boxes_after_its_label_is_read() -> None:
    groups = (NID2[0], NID2[1:5], NID2[5:10], NID2[10:12], NID2[12])
    for boxed in ("|" + "|".join(NID2) + "|", " ".join("[" + " ".join(g) + "]" for g in groups)):
        case = read(card("ชื่อ-สกุล นายกิตติ ศรีทอง", f"เลขประจำตัวประชาชน {boxed}", "โทร 089-552-1407"))
        assert case.fields["national_id"] == NID2, boxed


def test_a_note_in_brackets_after_the_label_is_still_no_value() -> None:
    case = read(card("ชื่อ-สกุล นายกิตติ ศรีทอง", f"เลขประจำตัวประชาชน [13 หลัก] {NID2}"))
    assert case.fields["national_id"] == NID2


# --- HTML cells ---------------------------------------------------------------------------


def _html(rows: str) -> str:
    return (
        "<html><body><p>เรียน เจ้าหน้าที่</p><p>ขอคัดสำเนาทะเบียนบ้านค่ะ</p>"
        "<p>ชื่อ-นามสกุล นางสาวอรุณี มีสุข</p>" + rows + "<p>โทรศัพท์มือถือ 091-773-2208</p></body></html>"
    )


def test_an_id_one_digit_per_html_cell_is_read() -> None:
    plain = "".join(f"<td>{c}</td>" for c in NID)
    groups = (NID[0], NID[1:5], NID[5:10], NID[10:12], NID[12])
    dashed = "<td>-</td>".join("".join(f"<td>{c}</td>" for c in g) for g in groups)
    for cells in (plain, dashed):
        case = read(html=_html(f"<table><tr><td>เลขประจำตัวประชาชน</td>{cells}</tr></table>"))
        assert case.fields["national_id"] == NID


def test_a_birth_date_in_html_cells_is_read() -> None:
    row = (
        "<table><tr><td>เกิดวันที่</td><td>9</td><td>เดือน</td><td>พฤศจิกายน</td>"
        "<td>พ.ศ.</td><td>2527</td></tr></table>"
    )
    case = read(html=_html(row))
    assert case.fields["birth_date"] == "1984-11-09"


def test_cells_after_a_value_of_its_type_are_not_joined_to_it() -> None:
    row = f"<table><tr><td>เลขประจำตัวประชาชน</td><td>{NID}</td><td>1</td><td>2</td></tr></table>"
    case = read(html=_html(row))
    assert case.fields["national_id"] == NID


# --- an ID cut over two lines ---------------------------------------------------------------


def label_line_ids(*texts: str) -> list[str]:
    """The IDs the label reader (a PDF's text layer goes through it) gives for `texts`."""

    def provenance(line: int, label: str) -> Provenance:
        return Provenance(part="2", kind="pdf_text", line=line, label=label)

    lines = list(enumerate(texts, start=1))
    found = read_label_lines(lines, matcher_for(TEMPLATES), provenance)
    return [c.value for c in found if c.key == "national_id"]


def test_a_dashed_id_cut_after_a_dash_goes_on_on_the_next_line() -> None:
    d = f"{NID[0]}-{NID[1:5]}-{NID[5:10]}-{NID[10:12]}-{NID[12]}"
    cut = d.rfind("-", 0, 13) + 1
    ids = label_line_ids("แบบคำร้อง", f"เลขประจำตัวประชาชน {d[:cut]}", f"{d[cut:]}   วันเกิด 4-11-2527")
    assert [normalise_national_id(v) for v in ids] == [NID]


def test_a_number_after_a_dash_that_makes_no_valid_id_stays_on_its_line() -> None:
    assert label_line_ids("เลขประจำตัวประชาชน 3-6102-00447-", "99-9 หมายเหตุ") == ["3-6102-00447-"]


# --- two-digit B.E. years -------------------------------------------------------------------


def test_a_two_digit_be_year_after_born_is_read_and_flagged() -> None:
    dates = (("4-11-27", "1984-11-04"), ("04/11/27", "1984-11-04"), ("30/1/18", "1975-01-30"))
    for born, iso in dates:
        text = f"ขอคัดสำเนาทะเบียนบ้านค่ะ\nนางสาวอรุณี มีสุข\nบัตร {NID}\nเกิด {born}\nเบอร์ 091-773-2208\n"
        case = read(text)
        assert case.fields["birth_date"] == iso, born
        assert "two_digit_year" in [i.code for i in case.issues.get("birth_date", [])], born


def test_a_two_digit_number_group_not_said_to_be_a_birth_is_no_birth_date() -> None:
    case = read(f"ขอคัดสำเนาทะเบียนบ้านค่ะ\nนางสาวอรุณี มีสุข\nบัตร {NID}\nนัดวันที่ 4-11-27\n")
    assert case.fields.get("birth_date") is None


# --- phones -----------------------------------------------------------------------------------


def test_66_and_a_mobiles_nine_digits_after_a_phone_word_is_the_mobile() -> None:
    text = (
        f"เรียน เจ้าหน้าที่\n\nนางสาวอรุณี มีสุข ขอคัดสำเนาทะเบียนบ้านค่ะ เลขบัตร {NID} "
        "ติดต่อกลับที่เบอร์ 66917732208 ขอบคุณค่ะ\n"
    )
    assert read(text).fields["phone"] == "+66917732208"
    text = "เรียน เจ้าหน้าที่\n\nนางสาวอรุณี มีสุข ขอคัดสำเนาทะเบียนบ้านค่ะ โทร 66917732208\n"
    assert read(text).fields["phone"] == "+66917732208"


def test_66_and_nine_digits_no_phone_word_names_is_no_phone() -> None:
    text = "เรียน เจ้าหน้าที่\n\nนางสาวอรุณี มีสุข ขอคัดสำเนาทะเบียนบ้านค่ะ เลขพัสดุ 66917732208\n"
    assert read(text).fields.get("phone") is None


def test_the_mobile_after_an_office_line_and_its_extension_is_the_phone() -> None:
    listed = ("Tel. 0 2245 1180 ext. 31 / 09-1773-2208", "โทร 02-245-1180 ต่อ 31, 091 773 2208")
    for phones in listed:
        text = (
            f"เรียน ผู้อำนวยการ\n\nข้าพเจ้า นางสาวอรุณี มีสุข เลขประจำตัวประชาชน {NID} "
            f"ขอคัดสำเนาทะเบียนบ้าน หากมีข้อสงสัยติดต่อได้ที่ {phones} ขอบคุณค่ะ\n"
        )
        assert read(text).fields["phone"] == "+66917732208", phones
