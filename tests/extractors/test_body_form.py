"""BodyFormExtractor: `label: value` lines in Thai and English mail bodies."""

from forms_for_tests import GENERAL

from extractors.base import FieldCandidate
from extractors.body_form import PROXY_SHARE, BodyFormExtractor, request_lines
from extractors.labels import LabelMatcher

LABELS = LabelMatcher([GENERAL])


def extract(text: str | bytes) -> dict[str, FieldCandidate]:
    result = BodyFormExtractor().extract(text, part="1", labels=LABELS)
    assert result.defects == []
    found: dict[str, FieldCandidate] = {}
    for candidate in result.candidates:
        found.setdefault(candidate.key, candidate)
    return found


THAI_BODY = """เรียน เจ้าหน้าที่

ชื่อ-นามสกุล: นางสาวมาลี ศรีสุข
เลขประจำตัวประชาชน ： 3-1005-01234-56-1
วันเกิด : 5 ม.ค. 2535
โทรศัพท์ (มือถือ):๐๘๑-๒๓๔-๕๖๗๘
อีเมล์ : malee@example.com
ที่อยู่:
12/3 หมู่ 4 ถนนสุขุมวิท
ตำบลบางพลี อำเภอบางพลี
จังหวัด: สมุทรปราการ
รหัสไปรษณีย์: 10540
เรื่อง: ขอหนังสือรับรองถิ่นที่อยู่ เวลานัด 10:30 น.
รายละเอียด
ขอหนังสือรับรอง
เพื่อใช้สมัครงาน

ขอบคุณค่ะ
"""


def test_thai_body_every_shape() -> None:
    found = extract(THAI_BODY)
    assert found["full_name"].value == "นางสาวมาลี ศรีสุข"
    assert found["national_id"].value == "3-1005-01234-56-1"  # full-width colon
    assert found["birth_date"].value == "5 ม.ค. 2535"
    assert found["phone"].value == "๐๘๑-๒๓๔-๕๖๗๘"
    assert found["email"].value == "malee@example.com"
    # The label line ends with a colon: the value runs over the next lines (multiline).
    assert found["address"].value == "12/3 หมู่ 4 ถนนสุขุมวิท\nตำบลบางพลี อำเภอบางพลี"
    assert found["province"].value == "สมุทรปราการ"
    assert found["postal_code"].value == "10540"
    assert found["subject"].value == "ขอหนังสือรับรองถิ่นที่อยู่ เวลานัด 10:30 น."
    # A label standing alone; the value stops at the blank line.
    assert found["details"].value == "ขอหนังสือรับรอง\nเพื่อใช้สมัครงาน"
    assert set(found) == {s.key for s in GENERAL.fields}


def test_provenance_has_part_kind_line_and_label_as_written() -> None:
    found = extract(THAI_BODY)
    prov = found["phone"].provenance
    assert (prov.part, prov.kind, prov.line, prov.label) == ("1", "body_text", 6, "โทรศัพท์ (มือถือ)")
    assert found["address"].provenance.line == 8
    assert "มาลี" not in found["full_name"].provenance.model_dump_json()


def test_english_body() -> None:
    text = (
        "Dear Sir,\r\n\r\nFull name : John Smith\r\nNational ID: 1101700230708\r\n"
        "Phone:\r\n+66 2 123 4567\r\nE-mail: john@example.org\r\nAddress: 1 Silom Rd\r\n"
        "Bang Rak\r\nProvince: Bangkok\r\nPostcode: 10500\r\nSubject: Request a letter\r\n"
    )
    found = extract(text)
    assert found["full_name"].value == "John Smith"
    assert found["phone"].value == "+66 2 123 4567"  # value on the next line
    assert found["address"].value == "1 Silom Rd\nBang Rak"  # continues to the next label
    assert found["province"].value == "Bangkok"
    assert found["postal_code"].value == "10500"
    assert found["subject"].value == "Request a letter"


def test_single_line_field_does_not_swallow_the_next_line() -> None:
    found = extract("Phone: 081 234 5678\nplease call after 5 pm\n")
    assert found["phone"].value == "081 234 5678"


def test_gaps_and_dot_leaders_without_colon() -> None:
    text = "เรื่อง  ขอสำเนาทะเบียนบ้าน\nชื่อ-นามสกุล........นายก้อง ฟ้าใส\nจังหวัด\tเชียงใหม่\n"
    found = extract(text)
    assert found["subject"].value == "ขอสำเนาทะเบียนบ้าน"
    assert found["full_name"].value == "นายก้อง ฟ้าใส"
    assert found["province"].value == "เชียงใหม่"
    assert found["full_name"].confidence < 1.0  # no colon: a little less sure


def test_thai_label_then_single_space() -> None:
    found = extract("เรื่อง ขอหนังสือรับรอง\n")
    assert found["subject"].value == "ขอหนังสือรับรอง"


def test_english_prose_is_not_a_form() -> None:
    found = extract("Phone me tomorrow about the address of the new office please.\n")
    assert found == {}


def test_empty_or_blank_values_are_skipped() -> None:
    found = extract("ชื่อ-นามสกุล: ..........\nอีเมล:\nโทรศัพท์: 0812345678\n")
    assert "full_name" not in found
    assert "email" not in found  # its next line is a label, not a value
    assert found["phone"].value == "0812345678"


def test_quoted_reply_and_signature_are_skipped() -> None:
    text = "ชื่อ: นายเอ บีซี\n> โทรศัพท์: 021111111\n>> อีเมล: old@example.com\n-- \nจังหวัด: ขอนแก่น\n"
    found = extract(text)
    assert set(found) == {"full_name"}


def test_reply_header_ends_the_request() -> None:
    text = "โทรศัพท์: 0812345678\n\nOn Mon, 1 Jan 2024, Office <a@b.go.th> wrote:\nอีเมล: x@y.z\n"
    assert set(extract(text)) == {"phone"}
    assert request_lines("a\n-----Original Message-----\nb") == [(1, "a")]


def test_bytes_in_thai_charsets() -> None:
    text = "ชื่อ-นามสกุล: นายสมศักดิ์ รักไทย\nจังหวัด: ตาก\n"
    for codec in ("utf-8", "cp874", "tis-620"):
        found = extract(text.encode(codec))
        assert found["full_name"].value == "นายสมศักดิ์ รักไทย", codec
        assert found["province"].value == "ตาก", codec


def test_html_kind_is_recorded() -> None:
    result = BodyFormExtractor(kind="body_html").extract(
        "Province : Phuket", part="2", labels=LABELS
    )
    assert [c.provenance.kind for c in result.candidates] == ["body_html"]


def test_huge_body_does_not_hang() -> None:
    text = ("ข้อความทั่วไปที่ไม่ใช่แบบฟอร์ม: ยาว ๆ\n" * 20000) + "จังหวัด: ตาก\n"
    result = BodyFormExtractor().extract(text, part="1", labels=LABELS)
    assert result.candidates == []  # read only the first lines; the late label is beyond


# --- Reading labels as people write them (issue 8, item 2) ------------------------------

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from extractors.body_form import label_pairs, parse_label_line  # noqa: E402
from extractors.extract import matcher_for  # noqa: E402
from extractors.templates import load_templates  # noqa: E402
from extractors.values import clean_value  # noqa: E402

SHIPPED = LabelMatcher(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def test_a_unit_after_a_blank_then_the_next_label() -> None:
    """The printed "อายุ....64....ปี เกิดวันที่....": the unit closes the age's blank, the birth
    date's label opens its own pair (set 76: a widow's petition typed on dotted lines)."""
    text = (
        "ข้าพเจ้า....นางสุนีย์ พรหมมา....อายุ....64....ปี เกิดวันที่....12/08/2505....โทร....0815550123....\n"
    )
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    found = {c.key: c for c in result.candidates}
    assert found["birth_date"].value == "12/08/2505"
    assert found["full_name"].value == "นางสุนีย์ พรหมมา"


@pytest.mark.parametrize(
    ("line", "key", "label", "value"),
    [
        # the longest label wins, never "ชื่อ" with "- สกุล ..." as the value
        ("ชื่อ - สกุล สมชาย ใจดี", "full_name", "ชื่อ - สกุล", "สมชาย ใจดี"),
        ("ผู้ยื่นคำร้อง : นายสมชาย ใจดี", "full_name", "ผู้ยื่นคำร้อง", "นายสมชาย ใจดี"),
        # numbering, notes and units belong to the label
        ("1. ชื่อ-นามสกุล: ก ข", "full_name", "ชื่อ-นามสกุล", "ก ข"),
        ("๑) เบอร์โทร: 0812345678", "phone", "เบอร์โทร", "0812345678"),
        ("(ก) อีเมล: a@b.co", "email", "อีเมล", "a@b.co"),
        ("โทรศัพท์ (มือถือ) 081-234-5678", "phone", "โทรศัพท์ (มือถือ)", "081-234-5678"),
        ("วัน/เดือน/ปีเกิด (พ.ศ.) : 1 ม.ค. 2530", "birth_date", "วัน/เดือน/ปีเกิด (พ.ศ.)", "1 ม.ค. 2530"),
        (
            "เลขประจำตัวประชาชน 13 หลัก: 3-1006-00123-45-1",
            "national_id",
            "เลขประจำตัวประชาชน 13 หลัก",
            "3-1006-00123-45-1",
        ),
        # separators
        ("อีเมล：a@b.co", "email", "อีเมล", "a@b.co"),
        ("ชื่อ___________นายสมชาย ใจดี", "full_name", "ชื่อ", "นายสมชาย ใจดี"),
        ("ชื่อ-นามสกุล . . . . นายสมชาย", "full_name", "ชื่อ-นามสกุล", "นายสมชาย"),
        ("จังหวัด - ลำปาง", "province", "จังหวัด", "ลำปาง"),
        ("โทร. 081 234 5678", "phone", "โทร.", "081 234 5678"),
        ("Tel. No. 081 234 5678", "phone", "Tel. No.", "081 234 5678"),
        # English labels: a tab or spaces, or one space when the value has the type
        ("National ID\t1101700230708", "national_id", "National ID", "1101700230708"),
        ("Full name    John Smith", "full_name", "Full name", "John Smith"),
        ("Mobile 0812345678", "phone", "Mobile", "0812345678"),
        ("ชื่อ/Name: นายสมชาย", "full_name", "ชื่อ/Name", "นายสมชาย"),
        # a lone label: the value is on the next line
        ("เลขที่บัตรประจำตัวประชาชน", "national_id", "เลขที่บัตรประจำตัวประชาชน", ""),
        # a role word that is a label of the same field belongs to the label (x8)
        ("ชื่อ-นามสกุล ผู้ยื่นคำขอ นายก ข", "full_name", "ชื่อ-นามสกุล ผู้ยื่นคำขอ", "นายก ข"),
        ("ชื่อ-นามสกุล ผู้ยื่นคำขอ: นายก ข", "full_name", "ชื่อ-นามสกุล ผู้ยื่นคำขอ", "นายก ข"),
        ("ชื่อ ผู้ร้อง ....นายก ข", "full_name", "ชื่อ ผู้ร้อง", "นายก ข"),
        # unseen2: "คือ" / "ได้แก่" (is / namely) after the label, maybe after "ของผม"
        ("ชื่อของผมคือ นายเอกชัย บุญมา", "full_name", "ชื่อ", "นายเอกชัย บุญมา"),
        ("ที่อยู่ปัจจุบัน ได้แก่ 210 หมู่ที่ 1", "address", "ที่อยู่ปัจจุบัน", "210 หมู่ที่ 1"),
        ("อีเมลคือ a@b.co", "email", "อีเมล", "a@b.co"),
        ("ชื่อ-นามสกุล คือ : นางก ข", "full_name", "ชื่อ-นามสกุล", "นางก ข"),
        # unseen2: a name glued to its label ("ชื่อนาย..."): the title shows where it starts
        ("ชื่อนายอนุชา แสงอรุณ", "full_name", "ชื่อ", "นายอนุชา แสงอรุณ"),
        # digits in brackets start the value, they are no note on the label (x8)
        (
            "หมายเลขโทรศัพท์ (มือถือ) (095) 765-4321",
            "phone",
            "หมายเลขโทรศัพท์ (มือถือ)",
            "(095) 765-4321",
        ),
    ],
)
def test_label_line_shapes(line: str, key: str, label: str, value: str) -> None:
    found = parse_label_line(line, SHIPPED)
    assert found is not None
    assert (found.key, found.label, found.value) == (key, label, value)


@pytest.mark.parametrize(
    "line",
    [
        "Name John Smith",  # an English label and one space: the name has no type to check
        "Phone me tomorrow",
        "ชื่อเสียงของหน่วยงาน",  # a label glued to other Thai words is not a label
        "ที่อยู่อาศัยของผมถูกน้ำท่วม แจ้งด่วน",
    ],
)
def test_lines_that_are_not_label_lines(line: str) -> None:
    found = parse_label_line(line, SHIPPED)
    assert found is None or found.confidence < 0.8


def test_a_name_glued_to_its_label_is_read_but_flagged() -> None:
    """A value glued to its label has no separator to prove where the label ends."""
    found = parse_label_line("ข้าพเจ้านายก ขขข บัตรประชาชนเลขที่ 3-1140-50399-68-1", SHIPPED)
    assert found is not None
    assert (found.key, found.value) == ("full_name", "นายก ขขข")
    assert found.confidence < 0.8


def test_a_colon_is_surer_than_a_space() -> None:
    colon = parse_label_line("เรื่อง: ขอสำเนา", SHIPPED)
    space = parse_label_line("เรื่อง ขอสำเนา", SHIPPED)
    assert colon is not None and space is not None
    assert colon.confidence > space.confidence


@pytest.mark.parametrize(
    ("kind", "value", "cleaned"),
    [
        ("national_id", "13 หลัก: 3-1006-00123-45-1", "3-1006-00123-45-1"),
        ("national_id", "เลขที่ 1 1017 00230 70 8 ครับ", "1 1017 00230 70 8"),
        ("phone", "081-234-5678 (ติดต่อได้ทุกวัน)", "081-234-5678"),
        ("phone", "02-123-4567 ต่อ 12", "02-123-4567 ต่อ 12"),
        ("email", "somchai@example.com (ส่วนตัว)", "somchai@example.com"),
        ("postal_code", "10540 ครับ", "10540"),
        ("name", "นายสมชาย ใจดี อายุ 45 ปี", "นายสมชาย ใจดี"),
        ("name", "นางสาวมาลี ศรีสุข อยู่บ้านเลขที่ 4", "นางสาวมาลี ศรีสุข"),
        ("name", "นายสมชาย โทรศักดิ์", "นายสมชาย โทรศักดิ์"),  # a family name, not "โทร"
        ("name", "นายวีระพงษ์ ทองคำ / ", "นายวีระพงษ์ ทองคำ"),  # x8: a list separator
        ("date", "12 มี.ค. 2531 (อายุ 38 ปี)", "12 มี.ค. 2531"),  # x8: a note after a date
        ("date", "1972-08-18 อายุ 54 ปี", "1972-08-18"),
        ("date", "1 ต.ค. 2569 เวลาประมาณ 22.00 น.", "1 ต.ค. 2569"),
        ("date", "1 October 2026 at 10 pm", "1 October 2026"),
        ("date", "ไม่ทราบ (จำไม่ได้)", "ไม่ทราบ (จำไม่ได้)"),  # no date in front: kept, flagged
        ("name", "นายก ข; โทร 0812345678", "นายก ข"),
        ("name", "นายก ข / Mr. Kor Khai", "นายก ข"),
        # unseen4: the same name in English first, then in Thai: the Thai one is the record's
        ("name", "Mr. Kor Khai / นายก ข", "นายก ข"),
        ("name", "Kor Khai (นายก ข)", "นายก ข"),
        ("name", "John Smith (ต้น)", "John Smith"),  # a Thai nickname, not the name again
        ("text", "ข้อความ 13 หลัก", "ข้อความ 13 หลัก"),
        # unseen2: a nickname, the birth date or the body one writes for end the name
        ("name", "นายเอกชัย บุญมา ชื่อเล่น เอก", "นายเอกชัย บุญมา"),
        ("name", "นายก ข เกิด 1 กุมภาพันธ์ 2530", "นายก ข"),
        ("name", "นายก ข เกิด๑ ก.พ. ๓๐", "นายก ข"),
        ("name", "นายก เกิดผล", "นายก เกิดผล"),  # a family name that starts with เกิด
        ("name", "นางก ข ในนามบริษัท ค จำกัด", "นางก ข"),
        ("name", "นางก ข ในฐานะผู้ปกครอง", "นางก ข"),
        ("name", "นายก ข บัตรประชาชนเลขที่ 3-1140-50399-68-1", "นายก ข"),
        # unseen7's note: "ข้าพเจ้า นาง ชื่อ ก นามสกุล ข", the form's blanks typed into
        ("name", "นาง ชื่อ ประภาพร นามสกุล ศรีวิเศษ", "นาง ประภาพร ศรีวิเศษ"),
        ("name", "นาย ชื่อ: สมชาย ชื่อสกุล: ใจดี", "นาย สมชาย ใจดี"),
        ("name", "นายชื่นชม ใจดี", "นายชื่นชม ใจดี"),  # a given name that starts like ชื่อ
    ],
)
def test_values_are_cleaned_by_field_type(kind: str, value: str, cleaned: str) -> None:
    assert clean_value(kind, value) == cleaned  # type: ignore[arg-type]


def test_read_label_lines_for_other_readers_marks_method_and_scales_confidence() -> None:
    """The entry point DOCX and OCR readers use: numbered lines in, candidates out."""
    from extractors.base import Provenance
    from extractors.body_form import read_label_lines

    lines = [(1, "ชื่อ-นามสกุล: นายก ข"), (2, "โทรศัพท์: 0812345678")]
    found = read_label_lines(
        lines,
        SHIPPED,
        lambda n, label: Provenance(part="attachment:0", kind="ocr", line=n, label=label),
        method="ocr",
        line_confidence={2: 0.5},
    )
    assert [(c.key, c.confidence, c.provenance.method) for c in found] == [
        ("full_name", 1.0, "ocr"),
        ("phone", 0.5, "ocr"),
    ]


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("| ชื่อ-นามสกุล | นายสมชาย ใจดี |", "full_name", "นายสมชาย ใจดี"),
        ("**อีเมล:** somchai@example.com", "email", "somchai@example.com"),
        ("• เลขประจำตัวประชาชน: 1101700230708", "national_id", "1101700230708"),
        ("ชื่อ | Name: นายสมชาย ใจดี", "full_name", "นายสมชาย ใจดี"),
    ],
)
def test_text_tables_bullets_and_bold(line: str, key: str, value: str) -> None:
    found = parse_label_line(line, SHIPPED)
    assert found is not None and (found.key, found.value) == (key, value)


def test_a_text_table_row_of_three_cells_is_not_a_label_line() -> None:
    assert parse_label_line("| ชื่อ | อายุ | โทร |", SHIPPED) is None


@pytest.mark.parametrize(
    ("value", "broken"),
    [
        ("น า ย สุ ร ชั ย สุ ข ส วั ส ดิ์", True),  # letters set apart
        ("...น...า.ย.. ..ส..ุร.ช...ัย..", True),  # typed over dot leaders
        ("นายสุรชัย สุขสวัสดิ์", False),
        ("12 หมู่ 3 ต.บางพลี อ.บางพลี", False),
        ("12 ม. 3 ต. บาง อ. เมือง จ. ลำพูน", False),
        ("surachai.s@example.net", False),
        ("1-1017-00230-70-8", False),
    ],
)
def test_values_broken_into_letters_are_recognised(value: str, broken: bool) -> None:
    from extractors.values import looks_broken

    assert looks_broken(value) is broken


def test_a_value_broken_into_letters_is_read_but_unsure() -> None:
    from extractors.base import Provenance
    from extractors.body_form import read_label_lines

    lines = [(1, "ชื่ อ แ ล ะ น า ม ส กุ ล : น า ย สุ ร ชั ย สุ ข ส วั ส ดิ์")]
    (found,) = read_label_lines(
        lines, SHIPPED, lambda n, label: Provenance(part="1", kind="pdf_text", line=n)
    )
    assert found.key == "full_name"
    assert found.confidence < 0.8  # flagged for review downstream


def test_a_multiline_value_ends_at_the_forms_next_numbered_item() -> None:
    """x8: "8. เพื่อใช้ประโยชน์ในการ ..." (a label nobody knows) was read into item 7's
    value without a flag. A list inside the value, numbered from 1, still runs on."""
    found = extract("6. ชื่อ: นายก ข\n7. รายละเอียด: ขอสำเนา\n8. เพื่อใช้ประโยชน์ในการ ศึกษา\n")
    assert found["details"].value == "ขอสำเนา"
    found = extract("๗) รายละเอียด: ขอสำเนา\n๘) เพื่อใช้ในการ ศึกษา\n")
    assert found["details"].value == "ขอสำเนา"
    found = extract("7. รายละเอียด: ขอเอกสารดังนี้\n1. สำเนาสัญญา\n2. ใบเสร็จ\n")
    assert found["details"].value == "ขอเอกสารดังนี้\n1. สำเนาสัญญา\n2. ใบเสร็จ"


def test_several_pairs_on_one_row_of_a_form() -> None:
    """x8: "คำนำหน้าชื่อ นาย   ชื่อ ...   นามสกุล ..." lost all but the first pair."""
    with_parts = matcher_for(
        load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
    )
    pieces = label_pairs("คำนำหน้าชื่อ นาย   ชื่อ ณัฐวุฒิ   นามสกุล พรหมมา", with_parts)
    assert pieces == ["คำนำหน้าชื่อ นาย", "ชื่อ ณัฐวุฒิ", "นามสกุล พรหมมา"]
    found = extract("เลขประจำตัวประชาชน 1101700230708\tวันเกิด 12 มีนาคม 2531\n")
    assert found["national_id"].value == "1101700230708"
    assert found["birth_date"].value == "12 มีนาคม 2531"


def test_pairs_with_colons_two_spaces_apart() -> None:
    """unseen2: "จังหวัด: ลำปาง  รหัสไปรษณีย์: 52000": two spaces part the pairs when
    each one has its colon; without colons two spaces may part a label from its value."""
    assert label_pairs("จังหวัด: ลำปาง  รหัสไปรษณีย์: 52000", SHIPPED) == [
        "จังหวัด: ลำปาง",
        "รหัสไปรษณีย์: 52000",
    ]
    assert label_pairs("ชื่อ-นามสกุล  นายก ข  โทร 0816543210", SHIPPED) == [
        "ชื่อ-นามสกุล  นายก ข  โทร 0816543210"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "ที่อยู่\tบ้านเลขที่ 12 ถนนสุขุมวิท",  # a label, then its value after a tab
        "ชื่อ-นามสกุล     นายก ข",  # a value set apart by a wide gap
        "รายละเอียด:   ขอสำเนา   2 ฉบับ",
    ],
)
def test_a_single_pair_with_gaps_stays_one_line(line: str) -> None:
    assert label_pairs(line, SHIPPED) == [line]


def test_a_multiline_value_ends_at_the_letters_closing() -> None:
    """x8: "จึงเรียนมาเพื่อโปรดพิจารณา" and the name under it were read into the details
    without a flag when no blank line came first."""
    text = "รายละเอียด: ไฟดับ\nมาสองสัปดาห์\nจึงเรียนมาเพื่อโปรดพิจารณา\nนายก ข\n"
    assert extract(text)["details"].value == "ไฟดับ\nมาสองสัปดาห์"
    text = "รายละเอียด: ไฟดับ\nขอบคุณค่ะ\n"
    assert extract(text)["details"].value == "ไฟดับ"
    # a sentence that starts like a closing but goes on is more of the details
    text = "รายละเอียด: ไฟดับ\nขอบคุณเจ้าหน้าที่ที่เคยมาซ่อมให้เมื่อปีที่แล้ว แต่ตอนนี้ดับอีกแล้วและมืดมาก\n"
    assert extract(text)["details"].value.count("\n") == 1


def _read(text: str) -> list[tuple[str, str]]:
    from extractors.base import Provenance
    from extractors.body_form import read_label_lines

    lines = list(enumerate(text.splitlines(), 1))
    found = read_label_lines(
        lines, SHIPPED, lambda n, label: Provenance(part="1", kind="body_text", line=n, label=label)
    )
    return [(c.key, c.value) for c in found]


def test_the_other_party_of_a_complaint_is_not_the_requester() -> None:
    """unseen2: a complaint gives the name, phone and address of the person complained
    about under a heading (ผู้ถูกร้อง, คู่กรณี) or labels naming them: not the sender's."""
    text = """\
ผู้ร้อง
  ชื่อ-สกุล: นางก ข
  ที่อยู่: 15 ซ.ประชาอุทิศ 33 แขวงราษฎร์บูรณะ เขตราษฎร์บูรณะ กรุงเทพฯ 10140
ผู้ถูกร้อง
  ชื่อ-สกุล: นางค ง
  โทรศัพท์: 089-456-1230
  ที่อยู่: 99/12 ม.7 ต.หนองระเวียง อ.เมืองนครราชสีมา จ.นครราชสีมา 30000
รายละเอียด: กลิ่นเหม็น
ที่อยู่คู่กรณี: 7 ม.12 ต.หนองบัว อ.เมืองอุดรธานี จ.อุดรธานี 41000
ชื่อผู้ถูกร้องเรียน: นายจ ฉ
"""
    assert _read(text) == [
        ("full_name", "นางก ข"),
        ("address", "15 ซ.ประชาอุทิศ 33 แขวงราษฎร์บูรณะ เขตราษฎร์บูรณะ กรุงเทพฯ 10140"),
        ("details", "กลิ่นเหม็น"),
        ("respondent", "นายจ ฉ"),  # a field of the complaint form that names them by design
    ]


def test_a_pets_block_is_not_its_owner() -> None:
    """set 58: a cat's or a dog's lines ("ชื่อแมว:", its breed, birth date, microchip)
    are another subject's, as the other party's are: its name and birth date are never
    the owner's; the owner's lines after them ("เจ้าของ:", "ข้อมูลเจ้าของ") are hers."""
    text = """\
ขอขึ้นทะเบียนสุนัขค่ะ

ชื่อสุนัข: เจ้าตูบ
พันธุ์: บางแก้ว เพศเมีย
วันเกิด: 3 ก.พ. 2566
ไมโครชิป: 764098100112233

เจ้าของ: นางมาลัย ดอกไม้
เลขบัตร: 3710200451187
วันเกิด: 9 ส.ค. 2510
โทร: 081-552-7730
"""
    assert _read(text) == [
        ("full_name", "นางมาลัย ดอกไม้"),
        ("national_id", "3710200451187"),
        ("birth_date", "9 ส.ค. 2510"),
        ("phone", "081-552-7730"),
    ]
    # headed: the pet's part, then the owner's
    text = """\
ข้อมูลสัตว์เลี้ยง
ชื่อ: มะม่วง
วันเกิด: 1 มี.ค. 2567
ข้อมูลเจ้าของ
ชื่อ-สกุล: นายสมปอง ใจงาม
โทร: 089-114-2207
"""
    assert _read(text) == [("full_name", "นายสมปอง ใจงาม"), ("phone", "089-114-2207")]
    # without a pet, "เจ้าของ:" may be a shop's owner complained of: no one's name here
    assert _read("ร้านค้า: ร้านป้าศรี\nเจ้าของ: นางศรี ขายดี\n") == []


def test_a_filled_example_before_the_form_is_no_ones_data() -> None:
    """unseen9: the agency's instructions print a filled example of an invented person
    ("ตัวอย่างการกรอก") before the form; its values are not the sender's."""
    text = """\
ตัวอย่างการกรอก
ชื่อ-นามสกุล: นายสมชาย ใจดี
โทรศัพท์: 081-234-5678

แบบคำร้องทั่วไป
ชื่อ-นามสกุล: นางก ข
โทรศัพท์: 089-456-1230
"""
    assert _read(text) == [("full_name", "นางก ข"), ("phone", "089-456-1230")]


@pytest.mark.parametrize(
    ("line", "key", "label", "value"),
    [
        # unseen2: the value in brackets after the label, as some printed forms show it
        ("อีเมล (a.b@c.co.th)", "email", "อีเมล", "a.b@c.co.th"),
        ("ชื่อผู้ยื่น (นางสาวก ข)", "full_name", "ชื่อผู้ยื่น", "นางสาวก ข"),
        ("เลขบัตรประชาชน (1 1008 00234 56 9)", "national_id", "เลขบัตรประชาชน", "1 1008 00234 56 9"),
        # a note in brackets is still a note
        ("ที่อยู่ (ตามทะเบียนบ้าน)", "address", "ที่อยู่ (ตามทะเบียนบ้าน)", ""),
        ("โทรศัพท์ (มือถือ)", "phone", "โทรศัพท์ (มือถือ)", ""),
        ("ชื่อ (นาย/นาง/นางสาว)", "full_name", "ชื่อ (นาย/นาง/นางสาว)", ""),  # the choices
    ],
)
def test_a_value_in_brackets_after_its_label(line: str, key: str, label: str, value: str) -> None:
    found = parse_label_line(line, SHIPPED)
    assert found is not None
    assert (found.key, found.label, found.value) == (key, label, value)


def test_a_bracket_with_no_value_below_is_the_value() -> None:
    """A label whose bracket ends the line and whose next line is another label: the
    bracket held the value ("เรื่อง (ขอข้อมูล...)"), not a note."""
    text = "เรื่อง (ขอข้อมูลการจัดซื้อ)\nชื่อ-นามสกุล: นางก ข\nที่อยู่ (ตามทะเบียนบ้าน)\n12 ม.3\n"
    assert _read(text) == [
        ("subject", "ขอข้อมูลการจัดซื้อ"),
        ("full_name", "นางก ข"),
        ("address", "12 ม.3"),
    ]


def _all(text: str) -> list[tuple[str, str, float]]:
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    return [(c.key, c.value, c.confidence) for c in result.candidates]


def test_a_correction_below_the_form_wins_and_the_old_value_stays_a_rival() -> None:
    """unseen2: "แก้ไขเบอร์โทรเป็น ..." under the form, or the form pasted again after
    "ขอแก้ไขข้อมูล ที่ถูกต้องคือ": the sender's last word is the value; the first one is
    kept as a rival (so the clerk is told two values were given)."""
    inline = "ชื่อ: นางก ข\nโทรศัพท์: 062-777-9988\n\nขออภัยค่ะ แก้ไขเบอร์โทรเป็น 062-777-8899 ค่ะ\n"
    found = _all(inline)
    phones = sorted((c for c in found if c[0] == "phone"), key=lambda c: -c[2])
    assert [p[1] for p in phones] == ["062-777-8899", "062-777-9988"]
    assert phones[1][2] == 0.5
    block = (
        "ชื่อ: นางก ข\nโทรศัพท์: 062-777-9988\n\nขอแก้ไขข้อมูลครับ ที่ถูกต้องคือ\n"
        "ชื่อ: นางก ข\nโทรศัพท์: 062-777-8899\n"
    )
    phones = sorted((c for c in _all(block) if c[0] == "phone"), key=lambda c: -c[2])
    assert [p[1] for p in phones] == ["062-777-8899", "062-777-9988"]
    assert phones[1][2] == 0.5
    # a request to mend something is no correction of the form
    mend = (
        "โทรศัพท์: 062-777-9988\nรายละเอียด: ขอให้แก้ไขท่อระบายน้ำให้ใหม่ทั้งหมด\n"
        "ผู้ติดต่อแทน\nโทรศัพท์: 062-777-8899\n"
    )
    assert sorted(c[2] for c in _all(mend) if c[0] == "phone") == [1.0, 1.0]
    # a form with no correction keeps both values, neither superseded (the proxy's read
    # less sure than the applicant's: PROXY_SHARE, set 20)
    twice = "ผู้ร้อง\nโทรศัพท์: 062-777-9988\nผู้รับมอบอำนาจ\nโทรศัพท์: 062-777-8899\n"
    assert sorted(c[2] for c in _all(twice) if c[0] == "phone") == [PROXY_SHARE, 1.0]


def test_a_heading_before_a_labelled_value_is_not_part_of_the_value() -> None:
    # A form's group heading ("ผู้ยื่นคำขอ", "การติดต่อ") with the answers typed after it,
    # each behind its own label: a Word table row (heading cell, answers cell) read as
    # "heading: answers", or typed so. The inner label names the field; "ชื่อ" is no part
    # of the name.
    text = "ผู้ยื่นคำขอ: ชื่อ นางบุษบา แก้วประเสริฐ\nการติดต่อ: โทร 0817364529\n"
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    found = {c.key: c for c in result.candidates}
    assert found["full_name"].value == "นางบุษบา แก้วประเสริฐ"
    assert found["phone"].value == "0817364529"
    # a heading that is a label, with a plain value, is read as before
    plain = BodyFormExtractor().extract("ผู้ยื่นคำขอ: นายก ข\n", part="1", labels=SHIPPED)
    assert [c.value for c in plain.candidates] == ["นายก ข"]


def test_the_dead_persons_section_is_not_the_senders() -> None:
    # A request about a dead relative (a death certificate, an inheritance) gives the dead
    # person's name, ID and birth date first, under their own heading: the dead do not
    # write mail, so the sender's fields are the applicant's, below.
    text = (
        "ข้อมูลผู้เสียชีวิต\nชื่อ-สกุล: นายบุญมี ศรีทอง\nเลขประจำตัวประชาชน: 3401100098233\n\n"
        "ข้อมูลผู้ยื่นคำร้อง (บุตร)\nชื่อ-สกุล: นายอนุชา พรหมมา\nโทร: 0896612047\n"
    )
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายอนุชา พรหมมา"),
        ("phone", "0896612047"),
    ]


def test_a_family_members_section_is_not_the_senders() -> None:
    # A parent applying for a child gives the child's data under its own heading
    # (ข้อมูลบุตร): the child's birth date was read as the sender's, with no flag.
    text = (
        "ผู้ปกครอง (ผู้ยื่นคำร้อง)\nชื่อ-สกุล นางสาวรัตนา ศรีสุข\nโทรศัพท์ 0628854173\n\n"
        "ข้อมูลบุตร\nชื่อ-สกุล เด็กชายภูมิ ศรีสุข\nเกิดวันที่ 3 มกราคม 2568\n"
    )
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นางสาวรัตนา ศรีสุข"),
        ("phone", "0628854173"),
    ]
    # a title line about children opens no one's section: the sender's data follows it
    subsidy = "ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด\nชื่อ-สกุล นางก ข\nเกิดวันที่ 3 มกราคม 2530\n"
    found = BodyFormExtractor().extract(subsidy, part="1", labels=SHIPPED).candidates
    assert [c.key for c in found] == ["full_name", "birth_date"]


def test_a_possessive_after_the_label_is_part_of_it() -> None:
    # "เบอร์โทรศัพท์ของข้าพเจ้า 08...": "of mine" closes the label; in a complaint that
    # names a neighbour's phone and house it is what tells the sender's own values apart.
    text = "เบอร์โทรศัพท์ของข้าพเจ้า 0653318824\nที่อยู่ของผม 7 หมู่ที่ 2 ตำบลขามใหญ่ อำเภอเมืองอุบลราชธานี\n"
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    found = {c.key: c for c in result.candidates}
    assert found["phone"].value == "0653318824"
    assert found["address"].value == "7 หมู่ที่ 2 ตำบลขามใหญ่ อำเภอเมืองอุบลราชธานี"
    assert found["phone"].provenance.label == "เบอร์โทรศัพท์ของข้าพเจ้า"


def test_two_labelled_values_on_one_line_parted_by_a_single_space() -> None:
    # A PDF's text layer (or a hurried typist) keeps one space between pairs:
    # "จังหวัด กรุงเทพมหานคร รหัสไปรษณีย์ 10310". The province is one name; what follows
    # it is the next label's.
    text = "จังหวัด กรุงเทพมหานคร รหัสไปรษณีย์ 10310\n"
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("province", "กรุงเทพมหานคร"),
        ("postal_code", "10310"),
    ]


def test_three_labelled_values_on_one_line_parted_by_single_spaces() -> None:
    # unseen7's note: a PDF's text layer, three pairs one space apart; the e-mail was lost
    text = "รหัสไปรษณีย์ 10310 โทรศัพท์ 0812345678 อีเมล a.b@example.org\n"
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("postal_code", "10310"),
        ("phone", "0812345678"),
        ("email", "a.b@example.org"),
    ]


def test_an_emergency_contact_or_a_spouse_is_not_the_sender() -> None:
    # "ผู้ติดต่อกรณีฉุกเฉิน", "โทร (กรณีฉุกเฉิน)", "(คู่สมรส)": a labelled value of someone
    # else; under a letter in sentences it beat the sender's own phone without a flag.
    text = (
        "ผู้ติดต่อกรณีฉุกเฉิน: นางสมจิตร ดวงแก้ว\nโทร (กรณีฉุกเฉิน): 0812207791\n"
        "เลขประจำตัวประชาชน (คู่สมรส): 3100200044170\nอีเมล: a@b.co\n"
    )
    result = BodyFormExtractor().extract(text, part="1", labels=SHIPPED)
    assert [(c.key, c.value) for c in result.candidates] == [("email", "a@b.co")]
    # a request about an emergency is still the sender's: only a label names another
    about = "ขอความช่วยเหลือกรณีฉุกเฉิน\nชื่อ-นามสกุล: นายก ข\n"
    found = BodyFormExtractor().extract(about, part="1", labels=SHIPPED).candidates
    assert [(c.key, c.value) for c in found] == [("full_name", "นายก ข")]


def test_a_web_forms_required_mark_after_a_lone_label_is_no_value() -> None:
    # Google Forms and other web forms write " *" after a required question's title; the
    # answer is on the line below.
    text = "ชื่อ - นามสกุล *\nนายสมชาย ใจดี\n\nที่อยู่ *\n12/3 หมู่ 4 ตำบลบางพลี อำเภอบางพลี\n"
    found = extract(text)
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["address"].value == "12/3 หมู่ 4 ตำบลบางพลี อำเภอบางพลี"


def test_a_line_of_an_unknown_label_and_its_value_ends_the_address() -> None:
    # What an ID-card reader prints: the card's issue and expiry dates under the address,
    # each under a label no field has. They are not more of the address.
    text = (
        "ที่อยู่ : 12/3 หมู่ 4 ตำบลบางพลี อำเภอบางพลี จังหวัดสมุทรปราการ\n"
        "วันออกบัตร : 12 มิ.ย. 2565\nวันบัตรหมดอายุ : 31 ธ.ค. 2573\n"
    )
    found = extract(text)
    assert found["address"].value == "12/3 หมู่ 4 ตำบลบางพลี อำเภอบางพลี จังหวัดสมุทรปราการ"


def test_a_non_breaking_hyphen_or_a_minus_sign_parts_a_label_from_its_value() -> None:
    for dash in ("\u2011", "\u2212", "\u2013"):
        found = extract(f"ชื่อ{dash}นามสกุล {dash} นายสมชาย ใจดี\n")
        assert found["full_name"].value == "นายสมชาย ใจดี", dash


def test_new_after_a_label_is_part_of_it() -> None:
    # "ที่อยู่ใหม่", "เบอร์โทรใหม่": the new value of the field, as a change of address or
    # number is written.
    found = extract("ที่อยู่ใหม่ 45 ม.3 ต.ท่าศาลา อ.เมือง\nโทรศัพท์ใหม่ 081-234-5678\n")
    assert found["address"].value == "45 ม.3 ต.ท่าศาลา อ.เมือง"
    assert found["phone"].value == "081-234-5678"


def test_an_address_parts_own_label_under_the_address_is_more_of_it() -> None:
    # "ตำบล: ..." under "ที่อยู่:" is the address's next box, not a field of its own.
    found = extract("ที่อยู่:\n12/3 หมู่ 4\nตำบล: บางพลี อำเภอ: บางพลี\n")
    assert found["address"].value == "12/3 หมู่ 4\nตำบล: บางพลี อำเภอ: บางพลี"


def test_a_questionnaires_question_is_a_lone_label() -> None:
    # "ชื่อ-นามสกุลของท่าน?" ("your full name?"), the answer on the line below.
    found = extract("ชื่อ-นามสกุลของท่าน?\nนายสมชาย ใจดี\n\nโทรศัพท์?\n0812345678\n")
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["phone"].value == "0812345678"


def test_label_colon_pairs_one_space_apart_on_one_line() -> None:
    # A paper form's row typed with one space between the pairs, each closed by a colon.
    found = extract("จังหวัด: ลำปาง รหัสไปรษณีย์: 52000 โทรศัพท์: 081-234-5678\n")
    assert found["province"].value == "ลำปาง"
    assert found["postal_code"].value == "52000"
    assert found["phone"].value == "081-234-5678"


def test_personal_after_a_label_is_part_of_it() -> None:
    # "เบอร์มือถือส่วนตัว", "อีเมลส่วนตัว": the sender's own, as against the office's.
    found = extract("โทรศัพท์ส่วนตัว 081-234-5678\nอีเมลส่วนตัว somchai@example.com\n")
    assert found["phone"].value == "081-234-5678"
    assert found["phone"].confidence >= 0.85
    assert found["email"].value == "somchai@example.com"


def _gap_at(line: str, i: int, least: int) -> int | None:
    """Where a gap starting at `i` ends: a tab with the white space after it, or a run of
    `least` or more white space characters; None if none starts there."""
    end = i
    while end < len(line) and line[end].isspace():
        end += 1
    return end if end > i and (line[i] == "\t" or end - i >= least) else None


def _gap_split(line: str, least: int) -> list[str]:
    """The line cut at each gap, worked out a character at a time."""
    pieces, start, i = [], 0, 0
    while i < len(line):
        end = _gap_at(line, i, least)
        if end is None:
            i += 1
            continue
        pieces.append(line[start:i])
        start = i = end
    return [*pieces, line[start:]]


@pytest.mark.parametrize(
    "line",
    [
        "ชื่อ นาย  สมชาย\tใจดี",
        "a \tb  \t c   d    e",
        "x\u00a0 y\u3000\u3000z \u00a0\u00a0w",
        "\tนำหน้า\t\t",
        "เลขที่ 1 / 2 ถนน  ราชดำเนิน   แขวง",
        " \tx y\t",
        "x" * 300 + "  " + "ก่" * 100,
        "",
        "   ",
    ],
)
def test_gaps_part_a_line_where_their_definition_says(line: str) -> None:
    from extractors.body_form import _PAIR_GAP, _SEP_GAP

    assert _SEP_GAP.split(line) == _gap_split(line, 2)
    assert _PAIR_GAP.split(line) == _gap_split(line, 3)
    for i in range(len(line)):  # a separator read right after a label
        found = _SEP_GAP.match(line, i)
        assert (found.end() if found else None) == _gap_at(line, i, 2)


def test_a_mobile_wrapped_after_its_first_three_digits_is_joined() -> None:
    # a narrow phone screen's hard wrap at the space inside the number (set 14)
    found = extract("ชื่อ นางสาวกนกพร ศรีสุข\nเบอร์โทรศัพท์ 089\n8120457\nที่อยู่ 12 ม.3 ต.ในเมือง\n")
    assert found["phone"].value.replace(" ", "") == "0898120457"
    found = extract("โทรศัพท์ 062\n415 3398 ค่ะ\n")
    assert found["phone"].value.replace(" ", "") == "0624153398"


def test_a_number_on_the_next_line_after_a_house_number_stays_apart() -> None:
    found = extract("ที่อยู่ 089\n1234567 ถนนสุขุมวิท\n")
    assert "1234567" in found["address"].value.replace("\n", " ")
    assert "0891234567" not in found["address"].value
