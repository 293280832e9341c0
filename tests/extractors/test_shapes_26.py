"""Unit tests for the shapes blind set 26 (real agency forms, filled) found the readers
missing (issue 8): each names the way a printed form is filled that it covers, with
examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3101700456788"  # check digit valid (mod 11)
PROXY_ID = "1209900318451"


def read_case(text: str, subject: str = "คำร้อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_ids_used_here_are_valid() -> None:
    for nid in (OWN_ID, PROXY_ID):
        total = sum(int(d) * (13 - i) for i, d in enumerate(nid[:12]))
        assert (11 - total % 11) % 10 == int(nid[12])


def test_an_area_word_written_after_a_box_asking_either_is_not_doubled() -> None:
    """ "ตำบล/แขวง แขวงสุริยวงศ์": a Bangkok citizen writes the word the box leaves open;
    the address says it once."""
    text = (
        "ข้าพเจ้า นางสาวรัตนา ศรีทอง อายุ 35 ปี\n"
        "อยู่บ้านเลขที่ 14/2 ตรอก/ซอย - ถนน สีลม ตำบล/แขวง แขวงสุริยวงศ์"
        " อำเภอ/เขต เขตบางรัก จังหวัด กรุงเทพมหานคร 10500\n"
        f"เลขประจำตัวประชาชน {OWN_ID}\nโทรศัพท์ 089-120-4471\n"
    )
    address = read_case(text).fields["address"] or ""
    assert "แขวงสุริยวงศ์" in address and "เขตบางรัก" in address, address
    assert address.count("แขวง") == 1 and address.count("เขต") == 1, address


def test_area_words_in_boxes_are_not_doubled() -> None:
    """The same in boxes, each on its own line: "ตำบล/แขวง: แขวงสุริยวงศ์"."""
    text = (
        "ชื่อ-สกุล: นางสาวรัตนา ศรีทอง\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "บ้านเลขที่: 14/2\nถนน: สีลม\nตำบล/แขวง: แขวงสุริยวงศ์\nอำเภอ/เขต: เขตบางรัก\n"
        "จังหวัด: กรุงเทพมหานคร\nรหัสไปรษณีย์: 10500\n"
    )
    address = read_case(text).fields["address"] or ""
    assert address.count("แขวง") == 1 and address.count("เขต") == 1, address


ELDER_FORM = (
    "ข้อมูลผู้สูงอายุ\n"
    "คำนำหน้านาม  ☐ นาย  ☑ นาง  ☐ นางสาว\n"
    "ชื่อ มาลัย  นามสกุล ดวงแก้ว\n"
    "เกิดวันที่ 2 เดือน มีนาคม พ.ศ. 2498\n"
    "มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ 31 หมู่ที่ 9 ตรอก/ซอย - ถนน -\n"
    "ตำบล/แขวง หนองไผ่ อำเภอ/เขต เมืองอุดรธานี จังหวัด อุดรธานี รหัสไปรษณีย์ 41000\n"
    f"เลขประจำตัวประชาชน {OWN_ID}\n"
    "โทรศัพท์ 086-117-2290\n\n"
    "(กรณีผู้สูงอายุทำหนังสือมอบอำนาจให้ผู้อื่นเป็นผู้ยื่นคำขอฯ แทน)\n"
    "ผู้ยื่นคำขอแทนตามหนังสือมอบอำนาจ เกี่ยวข้องกับผู้สูงอายุ โดยเป็น หลาน\n"
    "ชื่อ-สกุล (ผู้รับมอบอำนาจ) นายธวัชชัย ดวงแก้ว\n"
    f"เลขประจำตัวประชาชน {PROXY_ID}\n"
    "ที่อยู่ 99/1 ถนนพหลโยธิน ตำบลในเมือง อำเภอเมืองลำปาง จังหวัดลำปาง 52000\n"
    "โทรศัพท์ 092-440-1187\n"
)


def test_a_proxys_part_after_a_long_line_naming_him_is_not_the_applicants() -> None:
    """An allowance form filed under a power of attorney: the ผู้รับมอบอำนาจ's part opens
    with a sentence ("ผู้ยื่นคำขอแทนตามหนังสือมอบอำนาจ ...") and its labels name him; his
    name and address are not the elder's, at least not without a flag."""
    case = read_case(ELDER_FORM, subject="ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ")
    for key, proxys in (
        ("full_name", "นายธวัชชัย ดวงแก้ว"),
        ("address", "99/1 ถนนพหลโยธิน ตำบลในเมือง อำเภอเมืองลำปาง"),
        ("province", "ลำปาง"),
        ("postal_code", "52000"),
    ):
        got = case.fields.get(key) or ""
        assert not (got.startswith(proxys) and not flagged(case, key)), (key, got)


def test_the_address_named_as_the_house_register_entry_is_read() -> None:
    """ "มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ 31 หมู่ที่ 9 ..." (the allowance forms' words
    for the registered address), its areas on the next line."""
    case = read_case(ELDER_FORM, subject="ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ")
    address = case.fields["address"] or ""
    assert address.startswith("31 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอเมืองอุดรธานี"), address
    assert (case.fields["province"], case.fields["postal_code"]) == ("อุดรธานี", "41000")


def test_a_carers_section_is_a_proxys() -> None:
    """ "ข้อมูลผู้ดูแลคนพิการ": the carer acts for the disabled person, whose request it is."""
    text = (
        "ข้อมูลคนพิการ\nชื่อ-นามสกุล: นายสมพร แสงจันทร์\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "ที่อยู่: 8 หมู่ที่ 3 ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n\n"
        "ข้อมูลผู้ดูแลคนพิการ\nชื่อ-นามสกุล: นางสาวพรทิพย์ แสงจันทร์\n"
        f"เลขประจำตัวประชาชน: {PROXY_ID}\n"
        "ที่อยู่: 120 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
        "โทรศัพท์: 092-440-1187\n"
    )
    fields = read_case(text).fields
    assert fields["full_name"] == "นายสมพร แสงจันทร์"
    assert fields["address"] is not None and fields["address"].startswith("8 หมู่ที่ 3")
    assert fields["province"] == "อุดรธานี"


def test_the_date_something_happened_is_no_birth_date() -> None:
    """ "วันที่เกิดเหตุ", "วันที่เกิดภัย": the day of the fire or the flood, not of birth."""
    for label in ("วันที่เกิดภัย", "วันที่เกิดเหตุ", "วันเกิดเหตุ"):
        text = (
            f"ชื่อ-สกุล: นายสมพร แสงจันทร์\nเลขประจำตัวประชาชน: {OWN_ID}\n"
            f"{label}: 14 กันยายน 2569\nความเสียหาย: หลังคาบ้านพัง\n"
        )
        case = read_case(text)
        assert case.fields.get("birth_date") is None or flagged(case, "birth_date"), label


def test_a_sheets_label_column_parts_an_unknown_label_from_the_value_before_it() -> None:
    """A sheet laid out two pairs to a row: where column C holds labels in the other rows
    (นามสกุล, ถนน, อำเภอ), its cell in this row is a label too, one no field has
    ("รหัสประจำบ้าน"): its value is not the house number's."""
    from extractors.extract import matcher_for
    from extractors.xlsx_form import xlsx_lines

    rows = [
        ["ชื่อ", "วิไล", "นามสกุล", "ทองมา"],
        ["บ้านเลขที่", "18/4", "รหัสประจำบ้าน", "5201-004411-7"],
        ["หมู่ที่", "3", "ถนน", "-"],
        ["ตำบล", "พิชัย", "อำเภอ", "เมืองลำปาง"],
    ]
    lines = xlsx_lines(rows, matcher_for(TEMPLATES))
    house = [line for line in lines if line.startswith("บ้านเลขที่")]
    assert house == ["บ้านเลขที่: 18/4"], lines


def test_a_value_running_over_cells_is_still_one_value() -> None:
    """ "ที่อยู่ | 45 ม.3 | ต.พระบาท | อ.เมือง": no label column, the cells are one value."""
    from extractors.extract import matcher_for
    from extractors.xlsx_form import xlsx_lines

    rows = [["ชื่อ-สกุล", "นายวินัย คำแก้ว"], ["ที่อยู่", "45 ม.3", "ต.พระบาท", "อ.เมืองลำปาง"]]
    lines = xlsx_lines(rows, matcher_for(TEMPLATES))
    assert "ที่อยู่: 45 ม.3 ต.พระบาท อ.เมืองลำปาง" in lines, lines


def read_html(html: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตก่อสร้าง"
    msg.set_content(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_an_address_goes_on_in_the_next_paragraph_with_its_areas() -> None:
    """A form typed in a webmail's editor, one <p> a printed line (a blank line between
    them in the text): the house, road and หมู่ on one, "ตำบล/แขวง ... อำเภอ/เขต ...
    จังหวัด ..." on the next paragraph."""
    html = (
        "<p>ข้าพเจ้า นายวินัย คำแก้ว เจ้าของอาคาร</p>\n"
        f"<p>เลขประจำตัวประชาชน {OWN_ID}</p>\n"
        "<p>อยู่บ้านเลขที่ 77 ตรอก/ซอย - ถนน ประสานไมตรี หมู่ที่ 2</p>\n"
        "<p>ตำบล/แขวง พิชัย อำเภอ/เขต เมืองลำปาง จังหวัด ลำปาง</p>\n"
        "<p>หมายเลขโทรศัพท์ 081-552-0917</p>\n"
    )
    case = read_html(html)
    address = case.fields["address"] or ""
    assert "ตำบลพิชัย" in address and "อำเภอเมืองลำปาง" in address, address
    assert address.startswith("77 "), address


def test_a_students_name_is_the_applicants_name_in_a_template_without_one() -> None:
    """A school's request to move a student (no template of its own): the name under
    "ชื่อ-สกุลนักเรียน", a field only the school-document template has, is still read as
    the applicant's, not dropped so the parent's is taken."""
    text = (
        "ข้อมูลนักเรียน\n"
        "ชื่อ-สกุลนักเรียน: เด็กหญิงพิมพ์ชนก คำแก้ว\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "ข้อมูลผู้ปกครอง\n"
        "ชื่อ-สกุลผู้ปกครอง: นายวินัย คำแก้ว\n"
        f"เลขประจำตัวประชาชน: {PROXY_ID}\n"
        "โทรศัพท์: 081-552-0917\n"
    )
    case = read_case(text, subject="คำร้องขอย้ายนักเรียน")
    assert case.fields["full_name"] == "เด็กหญิงพิมพ์ชนก คำแก้ว", case.fields
    assert case.fields["national_id"] == OWN_ID


def test_an_address_naming_its_province_is_not_written_as_bangkoks_by_anothers() -> None:
    """ "ตำบล/แขวง หนองไผ่ ... จังหวัด อุดรธานี" beside a proxy in Bangkok: the address's own
    province says ตำบล and อำเภอ, whatever another person's address in the mail says."""
    text = (
        "ชื่อ-สกุล: นางมาลัย ดวงแก้ว\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "ที่อยู่: 31 หมู่ที่ 9 ตรอก/ซอย - ถนน - ตำบล/แขวง หนองไผ่ อำเภอ/เขต เมืองอุดรธานี"
        " จังหวัด อุดรธานี 41000\n\n"
        "ผู้รับมอบอำนาจ\nชื่อ-สกุล: นายธวัชชัย ดวงแก้ว\n"
        "ที่อยู่: 9 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพมหานคร 10500\n"
    )
    address = read_case(text).fields["address"] or ""
    assert address.startswith("31 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอเมืองอุดรธานี"), address


def test_an_address_asked_box_by_box_in_rows_is_one_written_address() -> None:
    """A Word table of label and value cells, two boxes a row, a blank line between rows
    as the table is read: "ที่อยู่ตามทะเบียนบ้าน เลขที่ | 12 | หมู่ที่ | 4", then
    "ตำบล/แขวง | พิชัย | อำเภอ/เขต | เมืองลำปาง": one address, each part after its word."""
    text = (
        "ชื่อ-สกุล: นางมาลัย ดวงแก้ว\n\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n\n"
        "ที่อยู่ตามทะเบียนบ้าน เลขที่: 12\nหมู่ที่: 4\n\n"
        "ตำบล/แขวง: พิชัย\nอำเภอ/เขต: เมืองลำปาง\n\n"
        "จังหวัด: ลำปาง\nรหัสไปรษณีย์: 52000\n\n"
        "โทรศัพท์: 081-552-0917\n"
    )
    address = read_case(text).fields["address"] or ""
    assert address.startswith("12 หมู่ที่ 4 ตำบลพิชัย อำเภอเมืองลำปาง"), address


def read_pdf(texts: list[tuple[float, float, str]]) -> ExtractedCase:
    from unseen_requests_5 import pdf_page

    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content("ตามไฟล์แนบครับ\n")
    data = pdf_page(texts, size=10, face="Garuda")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_box_beside_the_applicants_is_read_after_it_not_into_it() -> None:
    """Two boxes side by side on a printed form: the applicant's on the left, a notice's
    number and dates on the right. The right box's words are no part of the address."""
    left = ["ชื่อ-สกุล นายวินัย คำแก้ว", f"เลขประจำตัวประชาชน {OWN_ID}",
            "ที่อยู่ 7 ม.4 ต.พิชัย อ.เมืองลำปาง", "จังหวัด ลำปาง รหัสไปรษณีย์ 52000"]  # fmt: skip
    right = ["หนังสือแจ้งเลขที่ 77/2569", "ลงวันที่ 2 มีนาคม 2569", "ยอดเงิน 1,250 บาท",
             "ครบกำหนด 30 เมษายน 2569"]  # fmt: skip
    texts = [(17.0, 40.0 + 8 * k, t) for k, t in enumerate(left)]
    texts += [(125.0, 40.0 + 8 * k, t) for k, t in enumerate(right)]
    case = read_pdf([(40.0, 20.0, "คำร้องขอทบทวนการประเมิน"), *texts])
    assert case.fields["address"] == "7 ม.4 ต.พิชัย อ.เมืองลำปาง", case.fields
    assert case.fields["full_name"] == "นายวินัย คำแก้ว"


def test_two_people_side_by_side_on_a_pdf_are_read_one_after_the_other() -> None:
    """The applicant's column and the proxy's under the same labels, one line each pair:
    the applicant's address keeps its own ตำบล and อำเภอ."""
    mine = ["ผู้ขอ", "ชื่อ-สกุล : นางมาลัย ดวงแก้ว", f"เลขประจำตัวประชาชน : {OWN_ID}",
            "บ้านเลขที่ : 31 หมู่ที่ 9", "ตำบล : หนองไผ่", "อำเภอ : เมืองอุดรธานี",
            "จังหวัด : อุดรธานี"]  # fmt: skip
    theirs = ["ผู้รับมอบอำนาจ", "ชื่อ-สกุล : นายธวัชชัย ดวงแก้ว",
              f"เลขประจำตัวประชาชน : {PROXY_ID}", "บ้านเลขที่ : 99/1 หมู่ที่ 3", "ตำบล : พิชัย",
              "อำเภอ : เมืองลำปาง", "จังหวัด : ลำปาง"]  # fmt: skip
    texts = [(15.0, 40.0 + 8 * k, t) for k, t in enumerate(mine)]
    texts += [(110.0, 40.0 + 8 * k, t) for k, t in enumerate(theirs)]
    case = read_pdf(texts)
    assert case.fields["address"] == "31 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอเมืองอุดรธานี", case.fields
    assert case.fields["national_id"] == OWN_ID


def test_a_pairs_layout_on_a_pdf_stays_as_it_is() -> None:
    """ "ชื่อ วินัย   นามสกุล คำแก้ว": two boxes of one person's row, not two columns."""
    rows = [("ชื่อ วินัย", "นามสกุล คำแก้ว"), (f"เลขประจำตัวประชาชน {OWN_ID}", "สัญชาติ ไทย"),
            ("บ้านเลขที่ 7", "หมู่ที่ 4"), ("ตำบล พิชัย", "อำเภอ เมืองลำปาง"),
            ("จังหวัด ลำปาง", "รหัสไปรษณีย์ 52000")]  # fmt: skip
    texts = [(17.0, 40.0 + 8 * k, a) for k, (a, _) in enumerate(rows)]
    texts += [(110.0, 40.0 + 8 * k, b) for k, (_, b) in enumerate(rows)]
    case = read_pdf(texts)
    assert case.fields["full_name"] == "วินัย คำแก้ว", case.fields
    assert case.fields["postal_code"] == "52000"


def test_boxes_take_their_area_words_from_their_own_province() -> None:
    """An elder's address in boxes (ตำบล/แขวง: ..., อำเภอ/เขต: ..., จังหวัด: พัทลุง) and a
    proxy's below in Bangkok: the elder's boxes are ตำบล and อำเภอ, by the province beside
    them, not by the Bangkok one further down."""
    text = (
        "ชื่อ-สกุล: นางมาลัย ดวงแก้ว\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "บ้านเลขที่: 67\nหมู่ที่: 11\nตำบล/แขวง: แม่ขรี\nอำเภอ/เขต: ตะโหมด\nจังหวัด: พัทลุง\n\n"
        "ผู้รับมอบอำนาจ\nชื่อ-สกุล: นายธวัชชัย ดวงแก้ว\n"
        "บ้านเลขที่: 9\nถนน: สีลม\nตำบล/แขวง: สุริยวงศ์\nอำเภอ/เขต: บางรัก\nจังหวัด: กรุงเทพมหานคร\n"
    )
    address = read_case(text).fields["address"] or ""
    assert address.startswith("67 หมู่ที่ 11 ตำบลแม่ขรี อำเภอตะโหมด"), address


def test_a_typed_label_with_an_unknown_alternative_after_a_slash() -> None:
    """ "เลขประจำตัวประชาชน/เลขประจำตัวผู้เสียภาษีอากร 3 1017 ...": a tax form asks the ID
    under both its names; the second is no label here, yet the value is an ID."""
    text = (
        "ชื่อเจ้าของป้าย นายวินัย คำแก้ว\n"
        f"เลขประจำตัวประชาชน/เลขประจำตัวผู้เสียภาษีอากร {OWN_ID}\n"
        "โทรศัพท์ 081-552-0917\n"
    )
    case = read_case(text)
    assert case.fields["national_id"] == OWN_ID
    assert case.provenance["national_id"].method != "prose", case.provenance["national_id"]


def test_a_role_after_a_name_in_a_permit_form_is_no_part_of_it() -> None:
    """ "ข้าพเจ้า นายวินัย คำแก้ว เจ้าของอาคารหรือตัวแทนเจ้าของอาคาร" (แบบ ข.๑), "...
    ผู้ขออนุญาต": the form's words for the role follow the name."""
    for role in ("เจ้าของอาคารหรือตัวแทนเจ้าของอาคาร", "ผู้ขออนุญาต", "ตัวแทนเจ้าของที่ดิน"):
        text = f"ข้าพเจ้า นายวินัย คำแก้ว {role}\nเลขประจำตัวประชาชน {OWN_ID}\n"
        assert read_case(text).fields["full_name"] == "นายวินัย คำแก้ว", role


def test_what_the_requester_asks_for_is_part_of_the_label() -> None:
    """ "ชื่อผู้ขอจดทะเบียน", "ชื่อผู้ขออนุญาต", "ที่อยู่ผู้ขอรับเงิน": the requester of a
    registration, a permit, a payment; the value follows."""
    text = (
        "๑. ชื่อผู้ขอจดทะเบียน นางมาลัย ดวงแก้ว อายุ 52 ปี สัญชาติ ไทย\n"
        f"เลขประจำตัวประชาชน {OWN_ID}\n"
        "ที่อยู่ผู้ขออนุญาต 31 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
    )
    case = read_case(text)
    assert case.fields["full_name"] == "นางมาลัย ดวงแก้ว", case.fields
    assert case.provenance["full_name"].method != "prose"
    assert (case.fields["address"] or "").startswith("31 หมู่ที่ 9"), case.fields
