"""Unit tests for what blind set 24 left after its first fixes (issue 8): a letter printed
to PDF, a sheet with a child's row and a guardian's, dates whose order the writer states
or that are written compact, Thai voice typing, a curator writing for a ward. Each test
names the way people write that it covers, with examples written afresh (not the set's
strings)."""

from __future__ import annotations

import csv
import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from support.emails import typed_email
from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.review import REVIEW_BELOW
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
WRITER_ID = "3200500112340"
WARD_ID = "5701100223457"
CHILD_ID = "1100300445676"
PARENT_ID = "3410200778898"


def mail(text: str, files: tuple[tuple[str, bytes, str], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    for name, data, kind in files:
        main, sub = kind.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- 1. a letter printed to PDF ------------------------------------------------------------

LETTER = [
    "เรื่อง ขอรับเบี้ยยังชีพผู้สูงอายุ",
    "เรียน นายกเทศมนตรีตำบลนาดี",
    "",
    "ข้าพเจ้า อายุ 61 ปี ถือบัตรประจำตัวประชาชนเลขที่ 3-2005-00112-34-0",
    "เกิดเมื่อวันที่ 2 มีนาคม พ.ศ. 2508 อยู่บ้านเลขที่ 18 หมู่ 9 ตำบลนาดี",
    "อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000 โทรศัพท์ 086-112-4409",
    "อีเมล pranee.kaew@hotmail.com มีความประสงค์ขอรับเบี้ยยังชีพผู้สูงอายุ",
    "จึงเรียนมาเพื่อโปรดพิจารณา",
    "",
    "ขอแสดงความนับถือ",
    "",
    "",
    "(นางปราณี แก้วมณี)",
]


def letter_pdf(lines: list[str]) -> bytes:
    from unseen_requests_5 import pdf_page

    texts = [(20.0 if line.startswith(("เรื่อง", "เรียน")) else 30.0, 20.0 + 8 * k, line)
             for k, line in enumerate(lines) if line]  # fmt: skip
    return pdf_page(texts, size=12, face="Garuda")


def test_a_letter_printed_to_pdf_is_read_as_prose_and_flagged() -> None:
    """A request written as a letter and printed to PDF holds no form labels: its
    sentences are read as a mail body's are, at prose confidence, each value flagged; the
    age after ข้าพเจ้า is no name, the name at the letter's foot is."""
    case = mail("ส่งหนังสือตามแนบค่ะ\n", (("letter.pdf", letter_pdf(LETTER), "application/pdf"),))
    want = {
        "full_name": "นางปราณี แก้วมณี",
        "national_id": WRITER_ID,
        "birth_date": "1965-03-02",
        "phone": "+66861124409",
        "email": "pranee.kaew@hotmail.com",
        "postal_code": "32000",
        "province": "สุรินทร์",
    }
    got = {key: case.fields.get(key) for key in want}
    assert got == want
    for key in want:
        assert case.provenance[key].kind == "pdf_text", key
    # lines the PDF wrapped may open with a label ("เกิดเมื่อวันที่", "อีเมล"): the
    # sentences' values are prose
    for key in ("full_name", "national_id", "phone", "postal_code", "province"):
        assert flagged(case, key), key
        assert case.provenance[key].method == "prose", key
        assert case.provenance[key].page == 1, key
    assert "18 หมู่ 9 ตำบลนาดี" in (case.fields.get("address") or "")


def test_a_pdf_form_with_labels_is_not_read_again_as_prose() -> None:
    """A printed form's labelled values stay the labels' (not flagged as prose)."""
    lines = ["แบบคำร้องทั่วไป", "ชื่อ-นามสกุล : นางปราณี แก้วมณี",
             "เลขประจำตัวประชาชน : 3-2005-00112-34-0", "โทรศัพท์ : 086-112-4409"]  # fmt: skip
    case = mail("ตามแนบค่ะ\n", (("form.pdf", letter_pdf(lines), "application/pdf"),))
    assert case.fields["national_id"] == WRITER_ID
    assert case.provenance["national_id"].method != "prose"
    assert "read_from_prose" not in {i.code for i in case.issues.get("national_id", [])}


# --- 2. a sheet with a child's row and a guardian's ----------------------------------------

HEADS = ["ความเกี่ยวข้อง", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่",
         "รหัสไปรษณีย์", "โทรศัพท์"]  # fmt: skip
KID = ["นักเรียน (ผู้สมัคร)", "เด็กชายกวิน ศรีงาม", CHILD_ID, "14/02/2563",
       "5 หมู่ 2 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "41000", ""]  # fmt: skip
PARENT = ["มารดา", "นางสุดารัตน์ ศรีงาม", PARENT_ID, "03/08/2533",
          "77 หมู่ 4 ตำบลบ้านจั่น อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "41000",
          "091-774-2035"]  # fmt: skip


def sheet_xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def sheet_csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("child_first", [True, False])
def test_a_sheets_child_row_is_the_applicant_and_the_guardians_row_a_proxy(
    kind: str, child_first: bool
) -> None:
    """One row per person, a column saying who each is: the child (the pupil, the one
    who applies) is whom the request is for; the mother's row is a proxy's, her phone
    the one to call but flagged, her name and ID never taken."""
    rows = [HEADS, KID, PARENT] if child_first else [HEADS, PARENT, KID]
    data = sheet_xlsx(rows) if kind == "xlsx" else sheet_csv(rows)
    name = f"ใบสมัคร.{kind}"
    case = mail("ส่งใบสมัครค่ะ\n", ((name, data, XLSX if kind == "xlsx" else "text/csv"),))
    assert case.fields["full_name"] == "เด็กชายกวิน ศรีงาม"
    assert case.fields["national_id"] == CHILD_ID
    assert case.fields["birth_date"] == "2020-02-14"
    assert (case.fields["address"] or "").startswith("5 หมู่ 2")
    assert case.fields["phone"] == "+66917742035"
    assert flagged(case, "phone")


# --- 3. dates in a stated order, and compact dates -----------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("11/05/1990 (MM/DD/YYYY)", "1990-11-05"),  # stated: November, though 05 could be May
        ("04/07/2533 (ดด/วว/ปปปป)", "1990-04-07"),  # stated in Thai: April
        ("07/04/2533 (วว/ดด/ปปปป)", "1990-04-07"),  # the usual order, stated
        ("25330415", "1990-04-15"),  # compact, Buddhist Era
        ("19900415", "1990-04-15"),  # compact, CE
    ],
)
def test_a_date_read_in_the_order_its_writer_states(written: str, iso: str) -> None:
    case = mail(f"ชื่อ-นามสกุล: นายก้องภพ มั่นคง\nวันเกิด: {written}\n")
    assert case.fields["birth_date"] == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Date of birth (MM/DD/YYYY): 04/07/1990", "1990-04-07"),
        ("วันเกิด (เดือน/วัน/ปี): 04/07/2533", "1990-04-07"),
        ("วัน/เดือน/ปีเกิด: 04/07/2533", "1990-07-04"),
    ],
)
def test_the_order_stated_in_the_label_is_the_values(line: str, iso: str) -> None:
    """The form's label says the order ("Date of birth (MM/DD/YYYY)"): its value is read
    so, not in the Thai day-first order that would misread it without a flag."""
    case = mail(f"ชื่อ-นามสกุล: นายก้องภพ มั่นคง\n{line}\n")
    assert case.fields["birth_date"] == iso


def test_a_month_first_date_unstated_is_read_only_when_unambiguous_and_flagged() -> None:
    """ "11/25/1990": 25 is no month, so the writer put the month first; said nowhere,
    so a clerk checks it. "05/11/1990" unstated stays the Thai day-first reading."""
    case = mail("ชื่อ-นามสกุล: นายก้องภพ มั่นคง\nDate of birth: 11/25/1990\n")
    assert case.fields["birth_date"] == "1990-11-25"
    assert flagged(case, "birth_date")
    case = mail("ชื่อ-นามสกุล: นายก้องภพ มั่นคง\nDate of birth: 05/11/1990\n")
    assert case.fields["birth_date"] == "1990-11-05"


# --- 4. Thai voice typing ------------------------------------------------------------------


def test_voice_typed_email_and_dashed_phone_in_prose() -> None:
    """Voice typing writes the signs it hears as words: จุด for a dot, แอท for @, ขีด for
    a dash; read so, flagged, less sure than a typed value."""
    text = (
        "สวัสดีค่ะ ดิฉันชื่อ นางสาวพิมพ์ชนก รุ่งโรจน์ ขอคัดสำเนาทะเบียนบ้านค่ะ"
        " เบอร์โทร 062 ขีด 418 ขีด 7730 อีเมล pimchanok จุด r แอท outlook จุด co จุด th"
        " ขอบคุณค่ะ\n"
    )
    case = mail(text)
    assert case.fields["phone"] == "+66624187730"
    assert case.fields["email"] == "pimchanok.r@outlook.co.th"
    for key in ("phone", "email"):
        assert flagged(case, key), key
        assert case.confidence[key] < REVIEW_BELOW, key


def test_voice_typed_values_under_labels() -> None:
    """The same under a form's labels: a phone spoken digit by digit, an e-mail spoken;
    flagged though a label gave them."""
    text = (
        "ชื่อ-นามสกุล: นายธนากร บุญมา\n"
        "โทรศัพท์: ศูนย์ เก้า สาม หนึ่ง สอง สี่ ห้า หก เจ็ด แปด\n"
        "อีเมล: thanakorn จุด b แอท gmail จุด com\n"
    )
    case = mail(text)
    assert case.fields["phone"] == "+66931245678"
    assert case.fields["email"] == "thanakorn.b@gmail.com"
    for key in ("phone", "email"):
        assert flagged(case, key), key


def test_a_phone_with_its_dashes_spoken_under_a_label() -> None:
    case = mail("ชื่อ-นามสกุล: นายธนากร บุญมา\nมือถือ: 089 ขีด 331 ขีด 5520\n")
    assert case.fields["phone"] == "+66893315520"
    assert flagged(case, "phone")
    assert case.confidence["phone"] < REVIEW_BELOW


def test_a_word_that_merely_holds_a_digits_name_is_no_number() -> None:
    """ "สามี" (husband) and "จุดเดิม" are words, not spoken digits or signs."""
    case = mail("ข้าพเจ้า นางบัวผัน ดีงาม สามีย้ายไปจุดเดิม โทร 081-234-5678\n")
    assert case.fields["phone"] == "+66812345678"
    assert typed_email(case) is None


# --- 5. a curator writing in prose for a ward ----------------------------------------------


def test_a_curator_writing_for_a_ward_makes_the_ward_the_applicant() -> None:
    """ "ข้าพเจ้า ... ในฐานะผู้อนุบาลของ นาย...": the request is the ward's; the writer
    acts for him, a proxy, never taken silently."""
    text = (
        "เรียน นายทะเบียนอำเภอ\n\n"
        f"ข้าพเจ้า นางสาวรัตนา ทองดี เลขประจำตัวประชาชน {WRITER_ID} ในฐานะผู้อนุบาลของ"
        f" นายสมพงษ์ ทองดี เลขประจำตัวประชาชน {WARD_ID} ตามคำสั่งศาล"
        " ขอยื่นคำร้องขอคัดสำเนาทะเบียนบ้านแทน ติดต่อ 089-331-5520\n"
    )
    case = mail(text)
    assert case.fields["full_name"] == "นายสมพงษ์ ทองดี"
    assert case.fields["national_id"] == WARD_ID
    assert flagged(case, "full_name") and flagged(case, "national_id")


def test_a_curators_own_line_yields_to_the_wards_labelled_part() -> None:
    """The curator introduces himself after ข้าพเจ้า, then the ward's details under
    labels that name the ward: the labelled ward is the applicant, the writer's line a
    proxy's."""
    text = (
        f"ข้าพเจ้า นายวีระ ใจกล้า เลขประจำตัวประชาชน {WRITER_ID} ในฐานะผู้อนุบาล"
        " ขอยื่นคำร้องแทนคนไร้ความสามารถ ดังนี้\n\n"
        "ชื่อ-สกุลของคนไร้ความสามารถ : นางทองใบ ใจกล้า\n"
        f"เลขประจำตัวประชาชนคนไร้ความสามารถ : {WARD_ID}\n"
    )
    case = mail(text)
    assert case.fields["full_name"] == "นางทองใบ ใจกล้า"
    assert case.fields["national_id"] == WARD_ID


# --- a web table copied one cell per line ---------------------------------------------------


def test_every_label_then_every_value_one_per_line_are_paired_in_order() -> None:
    """A web page's summary table copied on a phone: all the headers, one per line, then
    all the values in the same order; the n-th value is the n-th header's."""
    text = (
        "แจ้งข้อมูลค่ะ\n\n"
        "ชื่อ-นามสกุล\nเลขประจำตัวประชาชน\nวันเกิด\nโทรศัพท์\nรหัสไปรษณีย์\n"
        f"นางมาลี ศรีสุข\n{CHILD_ID}\n03/11/2521\n082-660-3147\n50200\n\nขอบคุณค่ะ\n"
    )
    case = mail(text)
    assert case.fields["birth_date"] == "1978-11-03"
    assert case.fields["postal_code"] == "50200"
    assert case.fields["full_name"] == "นางมาลี ศรีสุข"
    assert case.provenance["birth_date"].method != "prose"


def test_labels_then_a_different_number_of_lines_are_not_paired() -> None:
    """Three headers then two lines: no order to trust, so no pairing by position."""
    text = "ชื่อ-นามสกุล\nวันเกิด\nรหัสไปรษณีย์\nนางมาลี ศรีสุข\n50200\n"
    assert mail(text).fields.get("birth_date") is None


# --- a child's and a guardian's HTML tables ------------------------------------------------


def html_mail(html: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "สมัครเรียน"
    msg.set_content("ตามตารางค่ะ\n")
    msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize("guardian_first", [True, False])
def test_a_guardians_html_table_is_a_proxys_whichever_comes_first(guardian_first: bool) -> None:
    """Two tables with the same labels, each under its heading: the pupil's is the
    applicant's, the guardian's a proxy's (its phone stands, flagged)."""

    def table(heading: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
        return f"<h4>{heading}</h4><table>{cells}</table>"

    pupil = table("ข้อมูลนักเรียน", [("ชื่อ-นามสกุล", "เด็กชายกวิน ศรีงาม"),
                                     ("เลขประจำตัวประชาชน", CHILD_ID)])  # fmt: skip
    parent = table("ข้อมูลผู้ปกครอง", [("ชื่อ-นามสกุล", "นางสุดารัตน์ ศรีงาม"),
                                       ("เลขประจำตัวประชาชน", PARENT_ID),
                                       ("โทรศัพท์", "091-774-2035")])  # fmt: skip
    tables = parent + pupil if guardian_first else pupil + parent
    case = html_mail(f"<html><body><p>เรียน ผู้อำนวยการ</p>{tables}</body></html>")
    assert case.fields["full_name"] == "เด็กชายกวิน ศรีงาม"
    assert case.fields["national_id"] == CHILD_ID
    assert case.fields["phone"] == "+66917742035"
    assert flagged(case, "phone")


def test_spoken_signs_are_read_in_time_linear_in_the_text() -> None:
    """A long run of sign words and Latin letters with no แอท (or one at the very end)
    is looked at a bounded stretch from each start, not to the text's end: 200 KB read
    within a generous limit in the bounded child (the first pattern, unbounded, took 5 s
    on 24 KB and grew with the square of the length)."""
    from extractors.sandbox import LimitExceeded, Limits, run_bounded
    from extractors.spoken import written

    for unit in ("a จุด ", "a.b.", "1 ขีด ", "ab ขีดล่าง "):
        text = unit * (200_000 // len(unit)) + " แอท x"
        try:
            run_bounded(written, text, limits=Limits(seconds=20, memory_mb=1024))
        except LimitExceeded as exc:
            pytest.fail(f"{unit!r}: {exc.reason}")
