"""BodyFormExtractor: `label: value` lines in Thai and English mail bodies."""

from forms_for_tests import GENERAL

from extractors.base import FieldCandidate
from extractors.body_form import BodyFormExtractor, request_lines
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
