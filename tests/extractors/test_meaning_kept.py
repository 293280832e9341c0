"""A mail changed in ways that keep its meaning reads the same (issue 8, metafix3).

The metamorphic run (tests/extractors/metamorphic.py) re-sends each typed request as mail
programs and people change mail; these tests hold, on fresh made-up mails, each cause of
a field it found read wrong after such a change. Every value here is invented; the IDs
carry a valid check digit.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.html_text import html_to_text
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def mail(body: bytes, subtype: str = "plain", *, subject: str = "คำร้อง") -> bytes:
    """A mail whose body is exactly these bytes (base64 keeps CRLF and trailing blanks)."""
    head = (
        "From: someone <someone@example.com>\nTo: saraban@example.go.th\n"
        f"Subject: =?utf-8?b?{base64.b64encode(subject.encode()).decode()}?=\n"
        "Date: Tue, 03 Nov 2026 09:00:00 +0700\nMessage-ID: <m3@example.com>\n"
        f"MIME-Version: 1.0\nContent-Type: text/{subtype}; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
    )
    return head.encode() + base64.encodebytes(body)


def read(body: str, subtype: str = "plain", **kw: str) -> dict[str, str | None]:
    return extract_case(parse_message(mail(body.encode(), subtype, **kw)), TEMPLATES).fields


# --- a header row over a row of values, parted by tabs ---------------------------------

TAB_ROWS = (
    "เรียน เจ้าหน้าที่\nส่งข้อมูลตามแบบครับ\n\n"
    "ชื่อ-นามสกุล\tเลขประจำตัวประชาชน\tวันเกิด\tโทรศัพท์\tจังหวัด\n"
    "นางสาวบุษบา ทองมี\t1409900234566\t9/2/2530\t086-214-7730\tอุบลราชธานี\n"
    "\nขอบคุณครับ\n"
)


def test_tab_rows_read_as_typed() -> None:
    got = read(TAB_ROWS)
    assert got["full_name"] == "นางสาวบุษบา ทองมี" and got["birth_date"] == "1987-02-09"


@pytest.mark.parametrize(("head_tail", "row_tail"), [(" \t", ""), ("", "\t"), ("\t", " ")])
def test_blanks_left_at_line_ends_do_not_add_a_column(head_tail: str, row_tail: str) -> None:
    """A Windows client's text: CRLF, a space or a tab left after the last cell."""
    lines = TAB_ROWS.split("\n")
    lines[3] += head_tail  # the header row
    lines[4] += row_tail  # the values' row
    got = read("\r\n".join(lines))
    assert got["full_name"] == "นางสาวบุษบา ทองมี"
    assert got["national_id"] == "1409900234566" and got["birth_date"] == "1987-02-09"
    assert got["province"] == "อุบลราชธานี"


def gmail_html(text: str) -> str:
    """Gmail's composer: a div per line, a tab kept in a pre-spaced span."""
    tab = '<span style="white-space:pre">\t</span>'
    divs = "".join(
        f"<div>{x.replace(chr(9), tab)}</div>" if x else "<div><br></div>"
        for x in text.rstrip("\n").split("\n")
    )
    return f'<div dir="ltr">{divs}</div>'


def outlook_html(text: str) -> str:
    """Outlook: a paragraph per line, a tab as its mso-tab-count span of &nbsp;."""
    tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    paras = "".join(
        f"<p class=MsoNormal>{x.replace(chr(9), tab)}<o:p></o:p></p>"
        if x
        else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        for x in text.rstrip("\n").split("\n")
    )
    return f"<html><body><div class=WordSection1>{paras}</div></body></html>"


def test_a_tab_the_html_keeps_is_a_tab() -> None:
    """Gmail keeps a typed tab in a white-space:pre span, Outlook writes it as a
    mso-tab-count span: the text is the same tab-parted rows."""
    row = "ชื่อ-นามสกุล\tโทรศัพท์\t\tจังหวัด"
    assert html_to_text(gmail_html(row)) == row
    assert html_to_text(outlook_html(row)) == row
    assert html_to_text("<pre>a\tb</pre>") == "a  b"  # a <pre>'s tab: a wide gap, as before


def test_tab_rows_in_html_read_as_typed() -> None:
    for markup in (gmail_html(TAB_ROWS), outlook_html(TAB_ROWS)):
        got = read(markup, "html")
        assert got["full_name"] == "นางสาวบุษบา ทองมี", markup
        assert got["birth_date"] == "1987-02-09" and got["province"] == "อุบลราชธานี"


# --- a sentence hard-wrapped inside its address ------------------------------------------

WRAPPED = (  # as an old client wraps it at 72 columns
    "เรียน นายกเทศมนตรี\n\n"
    "ข้าพเจ้า นางสาวบุษบา ทองมี เลขประจำตัวประชาชน 1409900234566\n"
    "เกิดวันที่ 9 กุมภาพันธ์ 2530 อยู่บ้านเลขที่ 71 ซอยลาดพร้าว 15 ถนนลาดพร้าว\n"
    "แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900 โทรศัพท์ 086-214-7730\n"
    "มีความประสงค์ขอรับเบี้ยยังชีพผู้สูงอายุ\n"
)
WHOLE = "71 ซอยลาดพร้าว 15 ถนนลาดพร้าว แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900"


def test_an_address_in_a_sentence_wrapped_before_its_areas_runs_on() -> None:
    """The wrap fell after ถนนลาดพร้าว: the areas on the next line are still the address
    (before, '71 ซอยลาดพร้าว 15 ถนนลาดพร้าว' was read, unflagged)."""
    lines = WRAPPED.split("\n")
    one_line = "\n".join([*lines[:2], " ".join(lines[2:5]), *lines[5:]])
    assert read(one_line)["address"] == WHOLE
    got = read(WRAPPED)
    assert " ".join((got["address"] or "").split()) == WHOLE
    assert got["postal_code"] == "10900" and got["province"] == "กรุงเทพมหานคร"


def test_an_address_correction_wrapped_runs_on_to_its_particle() -> None:
    """ "ขอแก้ไขที่อยู่เป็น ..." cut by the wrap before its district: the correction is the
    whole address up to the speaker's particle, on whichever line it falls."""
    earlier = (
        "\n\n> ชื่อ-สกุล: นางสาวบุษบา ทองมี\n> โทร: 0862147730\n"
        "> ที่อยู่: 71 ซอยลาดพร้าว 15 ถนนลาดพร้าว แขวงจอมพล เขตจตุจักร\n"
        "> จังหวัด: กรุงเทพมหานคร\n> รหัสไปรษณีย์: 10900\n"
    )
    said = (
        "ขอแก้ไขที่อยู่เป็น 17 ซอยลาดพร้าว 15 ถนนลาดพร้าว แขวงจอมพล\n"
        "เขตจตุจักร กรุงเทพมหานคร 10900 ค่ะ ที่ส่งไปก่อนหน้านี้ผิดค่ะ"
    )
    want = "17 ซอยลาดพร้าว 15 ถนนลาดพร้าว แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900"
    assert read(said.replace("\n", " ") + earlier)["address"] == want
    assert read(said + earlier)["address"] == want


# --- a form mailer's dump forwarded, or hard-wrapped ------------------------------------

JSON_DUMP = """{
  "form_id": "F-0042",
  "fullname": "นางสาวบุษบา ทองมี",
  "citizen_id": "1409900234566",
  "tel": "0862147730",
  "address": "71 ซอยลาดพร้าว 15 ถนนลาดพร้าว แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900"
}
"""
PRINT_R_DUMP = """Array
(
    [fname] => บุษบา
    [lname] => ทองมี
    [idcard] => 1409900234566
    [tel] => 086-214-7730
    [addr] => 71 ซอยลาดพร้าว 15 ถนนลาดพร้าว แขวงจอมพล เขตจตุจักร
    [province] => กรุงเทพมหานคร
    [zipcode] => 10900
)
"""
FORWARDS = {
    "gmail": (
        "ส่งต่อให้ครับ\n\n---------- Forwarded message ---------\n"
        "From: form <noreply@example.go.th>\nDate: Thu, Dec 3, 2026 at 8:00 AM\n"
        "Subject: New form submission\nTo: <saraban@example.go.th>\n\n"
    ),
    "outlook_th": (
        "ส่งเรื่องแทนค่ะ\n\n________________________________\n"
        "จาก: form <noreply@example.go.th>\nส่ง: 3 ธันวาคม 2569 08:00\n"
        "ถึง: saraban@example.go.th\nเรื่อง: New form submission\n\n"
    ),
}


@pytest.mark.parametrize("dump", [JSON_DUMP, PRINT_R_DUMP], ids=["json", "print_r"])
@pytest.mark.parametrize("forward", list(FORWARDS))
def test_a_dump_under_a_forward_header_is_still_a_dump(dump: str, forward: str) -> None:
    alone = read(dump)
    assert alone["address"] is not None and alone["address"].startswith("71 ซอยลาดพร้าว")
    got = read(FORWARDS[forward] + dump, subject="Fwd: New form submission")
    for key in ("full_name", "national_id", "phone", "address", "postal_code"):
        assert got[key] == alone[key], key


def test_a_json_dump_wrapped_inside_a_value_is_still_a_dump() -> None:
    """The wrap broke the address's string at a space: JSON with a line break in a
    string is still the form's data, the break its space."""
    wrapped = JSON_DUMP.replace("กรุงเทพมหานคร 10900", "กรุงเทพมหานคร\n10900")
    alone = read(JSON_DUMP)
    got = read(wrapped)
    for key in ("full_name", "address", "postal_code"):
        assert got[key] == alone[key], key


# --- typed in Thai digits ------------------------------------------------------------

ARABIC_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@pytest.mark.parametrize(
    "line",
    [
        "โทร: +66 86 214 7730, 02-513-8846",
        "โทรศัพท์: บ้าน 0-4524-1187 / มือถือ +66 86 214 7730 / ที่ทำงาน 02-513-8846 ต่อ 12",
    ],
    ids=["two_numbers", "three_named"],
)
def test_a_mobile_written_plus_66_in_thai_digits_is_the_mobile(line: str) -> None:
    """'+๖๖ ๘๖ ...': the country code in Thai digits is a country code too; not seen as a
    phone, the mobile lost to a landline beside it."""
    body = f"ชื่อ-สกุล: นางสาวบุษบา ทองมี\n{line}\nเรื่อง: ขอรับเบี้ยยังชีพ\n"
    assert read(body)["phone"] == "+66862147730"
    assert read(body.translate(ARABIC_TO_THAI))["phone"] == "+66862147730"


# --- the body saved as a .txt file and attached ------------------------------------------

NOTICE = (
    "From: บุษบา ทองมี <budsaba.tm@example.com>\nSubject: ขอให้ซ่อมไฟส่องสว่างในซอย\n\n"
    "Your Name: นางสาวบุษบา ทองมี\nYour Email: budsaba.tm@example.com\n"
    "Your Phone: 086-214-7730\nYour Message:\nไฟส่องสว่างในซอยดับมาหนึ่งสัปดาห์แล้ว\n\n"
    "-- \nThis e-mail was sent from a contact form on เทศบาลตำบลทดสอบ\n"
)
NOTICE_SUBJECT = 'เทศบาลตำบลทดสอบ "ขอให้ซ่อมไฟส่องสว่างในซอย"'


def test_a_text_file_that_opens_with_from_and_subject_lines_is_read_as_text() -> None:
    """A web form's notice saved by Notepad and attached as .txt: its "From:" and
    "Subject:" lines are the form's text, as they are in a body (read as an attached
    mail's header, the file's subject gave way to the mail's, the site's name before it)."""
    from email.message import EmailMessage

    in_body = read(NOTICE, subject=NOTICE_SUBJECT)
    assert in_body["subject"] == "ขอให้ซ่อมไฟส่องสว่างในซอย"
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = NOTICE_SUBJECT
    msg.set_content("ส่งคำร้องตามไฟล์แนบครับ\n")
    data = NOTICE.replace("\n", "\r\n").encode("utf-8")
    msg.add_attachment(data, maintype="text", subtype="plain", filename="คำร้อง.txt")
    got = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    for key in ("subject", "full_name", "phone", "email"):
        assert got[key] == in_body[key], key


def test_a_header_row_with_its_cells_run_together_gives_no_name() -> None:
    """A header row whose tabs a program made single spaces: "ชื่อ-นามสกุล
    เลขประจำตัวประชาชน วันเกิด ..." holds captions, not a name; read as the name, the
    captions were the applicant's name, unflagged. Whatever else is read, not that."""
    body = (
        "เรียน เจ้าหน้าที่\n\nชื่อ-นามสกุล เลขประจำตัวประชาชน วันเกิด โทรศัพท์\n"
        "นางสาวบุษบา ทองมี 1409900234566 9/2/2530 086-214-7730\n\nขอบคุณค่ะ\n"
    )
    case = extract_case(parse_message(mail(body.encode())), TEMPLATES)
    name = case.fields.get("full_name")
    assert name is None or "เลขประจำตัว" not in name
    assert name is None or name == "นางสาวบุษบา ทองมี" or case.issues.get("full_name")


def test_a_row_of_pairs_wrapped_after_its_last_label_keeps_that_value() -> None:
    """ "... อำเภอ/เขต:" at the wrap, its answer the first word of the next line before
    "จังหวัด:": the answer is the box's, not part of the next caption."""
    row = (
        "ชื่อ-สกุล: นางสาวบุษบา ทองมี\n"
        "บ้านเลขที่: 71 หมู่: 4 ถนน: ลาดพร้าว ตำบล/แขวง: จอมพล อำเภอ/เขต:\n"
        "จตุจักร จังหวัด: กรุงเทพมหานคร รหัสไปรษณีย์: 10900\n"
    )
    one_line = row.replace("อำเภอ/เขต:\n", "อำเภอ/เขต: ")
    want = read(one_line)
    assert want["address"] is not None and "จตุจักร" in want["address"]
    got = read(row)
    for key in ("address", "province", "postal_code"):
        assert got[key] == want[key], key
