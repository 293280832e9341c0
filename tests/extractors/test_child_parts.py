"""A child's part in a parent's request (set 61): the child's name, ID and birth date are
never the applicant's, the adult who asks (enrols, complains, claims) is. All people and
numbers here are made up."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from forms_for_tests import GENERAL
from openpyxl import Workbook

from extractors.base import FieldCandidate
from extractors.body_form import BodyFormExtractor
from extractors.html_table import HtmlTableExtractor
from extractors.labels import LabelMatcher
from extractors.prose import ProseExtractor
from extractors.templates import load_templates
from extractors.xlsx_form import XlsxFormExtractor

LABELS = LabelMatcher([GENERAL])


def thai_id(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


CHILD_ID = thai_id("120990045671")
MOTHER_ID = thai_id("350990017724")
FATHER_ID = thai_id("350990033815")


def best(text: str, key: str) -> str:
    """The candidate the case would keep of the prose's: the surest, then the first."""
    read = ProseExtractor().extract(text, part="1", labels=LABELS)
    found: list[FieldCandidate] = [c for c in read.candidates if c.key == key]
    ranked = sorted(enumerate(found), key=lambda item: (-item[1].confidence, item[0]))
    return ranked[0][1].value


def test_my_child_after_my_i_word_is_not_me() -> None:
    # "ลูกดิฉัน ด.ช. ...": the I-word says whose child, the name is the child's
    text = (
        "เรียน กองการศึกษา\n\nขอร้องเรียนคนขับรถรับส่ง ลูกดิฉัน ด.ช.ก้องภพ มีสุข ชั้น ป.2/1 "
        "เล่าว่าคนขับพูดจาหยาบคาย\n\nนางลำไย มีสุข\nโทร 089-204-5531\n"
    )
    assert best(text, "full_name") == "นางลำไย มีสุข"


def test_a_childs_block_under_its_heading_is_anothers() -> None:
    # the child's block first, the father's, then the mother who applies
    text = (
        "ขอสมัครให้ลูกเข้าศูนย์ฯ ค่ะ\n\nข้อมูลเด็ก\nชื่อ ด.ญ.ปลายฝน ศรีงาม (น้องฝน)\n"
        f"เลขประจำตัวประชาชน {CHILD_ID}\nเกิดวันที่ 3 มีนาคม 2567\n\n"
        f"บิดา นายวิชัย ศรีงาม เลขบัตร {FATHER_ID} โทร 081-442-7719\n\n"
        f"มารดา (ผู้สมัคร) นางดวงใจ ศรีงาม\nเลขบัตร {MOTHER_ID}\nโทร 086-330-1284\n"
    )
    assert best(text, "full_name") == "นางดวงใจ ศรีงาม"
    assert best(text, "national_id") == MOTHER_ID


def test_the_guardians_line_names_the_one_who_asks() -> None:
    # under a children's table, or in a mail sending the school's letter
    text = (
        "ขอฝากลูกเข้าเรียนค่ะ\n\nผู้ปกครอง นางอุไร แก้วดี (มารดา)\n"
        f"เลขประจำตัวประชาชน {MOTHER_ID}\nโทรศัพท์ 083-551-2047\n"
    )
    assert best(text, "full_name") == "นางอุไร แก้วดี"


FORMS = LabelMatcher(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def table_best(html: str, key: str) -> str | None:
    """The surest value an HTML table's reader gives for `key`, the first of equals."""
    read = HtmlTableExtractor().extract(html, part="1", labels=FORMS)
    found = [c for c in read.candidates if c.key == key]
    ranked = sorted(enumerate(found), key=lambda item: (-item[1].confidence, item[0]))
    return ranked[0][1].value if ranked else None


def test_a_web_forms_rows_of_the_child_and_mother_are_not_the_fillers() -> None:
    # a town's enrolment form: the child's rows, the mother's, then who filled it
    rows = [
        ("ชื่อ-สกุลเด็ก", "ด.ช.ภูมิใจ ทองสุข"), ("เลขประจำตัวประชาชนเด็ก", CHILD_ID),
        ("ชื่อ-สกุลมารดา", "นางมยุรี ทองสุข"), ("เลขประจำตัวประชาชนมารดา", MOTHER_ID),
        ("โทรศัพท์มารดา", "092-118-4403"), ("ผู้กรอกข้อมูล", "นายสุรชัย ทองสุข"),
        ("เลขประจำตัวประชาชนผู้กรอก", FATHER_ID), ("โทรศัพท์ผู้กรอก", "081-667-2095"),
    ]  # fmt: skip
    html = "<table>" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"
    assert table_best(html, "full_name") == "นายสุรชัย ทองสุข"
    assert table_best(html, "national_id") == FATHER_ID
    assert table_best(html, "phone") == "081-667-2095"


def sheet(rows: list[tuple[object, ...]]) -> bytes:
    book = Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_teachers_list_of_children_gives_no_childs_name() -> None:
    # a class's list under the teacher's lines: the children's rows are not hers, and not
    # an online form's answers given twice (the last row is no correction)
    data = sheet([
        ("รายชื่อนักเรียนรับเงินอาหารกลางวัน ชั้น ป.3/1",), ("ครูประจำชั้น", "นางสาวจันทร์เพ็ญ ดีเลิศ"), (),
        ("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "เลขประจำตัวนักเรียน", "ผู้ปกครอง", "โทรผู้ปกครอง", "ที่อยู่"),
        (1, "ด.ช.ธีรภัทร ใจดี", CHILD_ID, "10457", "นางบัวขาว ใจดี", "0812205577", "4 ม.2 ต.โนนสูง"),
        (2, "ด.ญ.พิมพ์ชนก สายทอง", thai_id("120990045672"), "10846", "นายสมบัติ สายทอง", "0869913304",
         "17 ม.5 ต.โนนสูง"),
    ])  # fmt: skip
    read = XlsxFormExtractor().extract(data, part="2", labels=FORMS)
    names = [c.value for c in read.candidates if c.key == "full_name"]
    assert not [n for n in names if n.startswith("ด.")]
    assert not [c for c in read.candidates if c.key == "national_id"]


def test_the_id_said_after_a_childs_name_is_the_childs() -> None:
    # a typed transfer request: the boy's class, numbers and ID, then the parent's lines
    text = (
        "เรียน ผู้อำนวยการโรงเรียนบ้านหนองแวง\n\nข้าพเจ้าขอย้าย ด.ช.ณัฐวุฒิ พรมมา ชั้นประถมศึกษาปีที่ 4/2 "
        f"เลขที่ 12 เลขประจำตัวนักเรียน 20481 เลขประจำตัวประชาชน {CHILD_ID} ไปเรียนที่โรงเรียนวัดโพธิ์\n\n"
        f"ผู้ปกครอง นางสุดารัตน์ พรมมา เกี่ยวข้องเป็น มารดา เลขประจำตัวประชาชน {MOTHER_ID}\n"
    )
    assert best(text, "national_id") == MOTHER_ID


def test_the_student_who_applies_is_named_surer_than_her_guardian() -> None:
    # a scholarship form: the student applies herself, her guardian's block below
    text = "ชื่อผู้สมัคร: นางสาวกมลชนก ศรีทอง\nอายุ: 17\nชื่อผู้ปกครอง: นางบุษบา ศรีทอง (มารดา)\nอาชีพ: รับจ้าง\n"
    read = BodyFormExtractor().extract(text, part="1", labels=FORMS)
    found = [c for c in read.candidates if c.key == "full_name"]
    ranked = sorted(enumerate(found), key=lambda item: (-item[1].confidence, item[0]))
    assert ranked[0][1].value == "นางสาวกมลชนก ศรีทอง"


def test_a_guardians_name_line_opens_no_proxys_part() -> None:
    # "ผู้ปกครอง <her name> (มารดา)" in a mother's own mail: her line, not a heading over a
    # proxy's lines (there is no child's part she would act for)
    text = (
        "ขอฝากลูกเข้าเรียนค่ะ\n\nผู้ปกครอง นางอุไร แก้วดี (มารดา)\n"
        f"เลขประจำตัวประชาชน {MOTHER_ID}\nโทรศัพท์ 083-551-2047\n"
    )
    read = BodyFormExtractor().extract(text, part="1", labels=FORMS)
    phone = [c for c in read.candidates if c.key == "phone"]
    assert phone and phone[0].confidence >= 0.8
