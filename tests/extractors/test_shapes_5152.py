"""Unit tests for what blind sets 51 and 52 showed (issue 8): a person who vouches under
the applicant's own request (an imam, a headman certifying a flood victim's request
below her signature) is no applicant. Examples written afresh, not the sets' strings;
every name, address and ID made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.vouching import vouching_lines, vouching_spans

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
APPLICANT_ID = "3940700552185"  # made up, valid check digit
OTHER_ID = "1959900341279"  # made up, valid check digit


def with_body(body: str, sender: str = "someone <someone@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือ"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a person who vouches below the applicant's signature ---------------------------------


def vouched_request(certifier: str) -> str:
    """A request signed by its writer, a certifier's paragraph below the signature."""
    return (
        "เรียน นายก อบต.\n\n"
        f"ผม นายสุไลมาน ดอแม็ง เลขบัตรประชาชน {APPLICANT_ID} อยู่บ้านเลขที่ 7/1 หมู่ 4 "
        "ตำบลบาเระเหนือ อำเภอบาเจาะ จังหวัดนราธิวาส 96170 ไฟไหม้ครัวหลังบ้านเมื่อคืนวันที่ 3 "
        "ขอรับความช่วยเหลือครับ\n\n"
        "ขอบคุณครับ วัสลาม\n"
        "นายสุไลมาน ดอแม็ง\n\n"
        f"ข้าพเจ้า {certifier} ขอรับรองว่าบ้านหลังนี้ถูกไฟไหม้จริง โทร 089-771-2406\n"
    )


# a hajji without a civil title, his mosque run on after his name; a headman by his title
CERTIFIERS = [
    "ฮัจญีมะรอนิง สาแม โต๊ะอิหม่ามมัสยิดนูรุลยากีน",
    "นายมะรอนิง สาแม ผู้ใหญ่บ้านบ้านกูวา",
]
VOUCHED_REQUEST = vouched_request(CERTIFIERS[0])


@pytest.mark.parametrize("certifier", CERTIFIERS, ids=["imam", "headman"])
def test_a_certifier_below_the_signature_gives_no_name_and_no_phone(certifier: str) -> None:
    case = with_body(vouched_request(certifier))
    assert case.fields["full_name"] == "นายสุไลมาน ดอแม็ง"
    assert case.fields["national_id"] == APPLICANT_ID
    assert case.fields.get("phone") is None  # the headman's number is not the applicant's


SIGNED_REQUEST = (
    "เรียน นายก อบต.\n\n"
    f"ดิฉัน นางแวนะ ตาเฮ เลขบัตรประชาชน {APPLICANT_ID} อยู่บ้านเลขที่ 19 หมู่ 2 ตำบลปุโละปุโย "
    "อำเภอหนองจิก จังหวัดปัตตานี 94170 ลมพายุพัดหลังคาบ้านพัง ขอรับความช่วยเหลือค่ะ\n\n"
    "ขอบคุณค่ะ\n"
    "นางแวนะ ตาเฮ\n\n"
)


@pytest.mark.parametrize(
    "certifier",
    [
        "ผู้รับรอง นายอับดุลเลาะ สะมาแอ ผู้ใหญ่บ้าน โทร 087-330-6115\n",
        "ลงชื่อ ........................ ผู้รับรอง\n(นายอับดุลเลาะ สะมาแอ)\nโทร 087-330-6115\n",
        "ขอรับรองว่าบ้านหลังนี้เสียหายจริง\nนายอับดุลเลาะ สะมาแอ ผู้ใหญ่บ้าน โทร 087-330-6115\n",
    ],
    ids=["role-first", "signed-as-certifier", "certified-then-named"],
)
def test_a_certifiers_paragraph_below_the_signature_gives_no_phone(certifier: str) -> None:
    case = with_body(SIGNED_REQUEST + certifier)
    assert case.fields["full_name"] == "นางแวนะ ตาเฮ"
    assert case.fields.get("phone") is None


def test_a_mayor_named_in_the_writers_own_certification_is_no_certifier() -> None:
    text = (
        "ข้าพเจ้า นายสมคิด ใจงาม ขอยื่นคำร้องขอหนังสือรับรองที่อยู่\n\n"
        "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง จึงเรียนนายก อบต. เพื่อโปรดพิจารณา\n"
        "นายสมคิด ใจงาม\n"
    )
    assert vouching_spans(text) == []


def test_the_applicants_own_box_is_her_email_when_another_vouches_below() -> None:
    case = with_body(VOUCHED_REQUEST, sender="สุไลมาน ดอแม็ง <sulaiman.dm@example.com>")
    assert case.fields["email"] == "sulaiman.dm@example.com"


def test_the_certifiers_paragraph_is_found_and_no_more() -> None:
    text = VOUCHED_REQUEST
    spans = vouching_spans(text)
    assert [text[a:b] for a, b in spans] == [
        f"ข้าพเจ้า {CERTIFIERS[0]} ขอรับรองว่าบ้านหลังนี้ถูกไฟไหม้จริง โทร 089-771-2406\n"
    ]
    lines = text.split("\n")
    assert vouching_lines(lines) == {lines.index(next(x for x in lines if "มะรอนิง" in x))}


def test_a_writer_certifying_her_own_words_is_herself() -> None:
    text = (
        "ดิฉัน นางสาวฟาตีมะห์ เจ๊ะมะ ขอยื่นคำร้องขอหนังสือรับรองที่อยู่\n\n"
        "ข้าพเจ้า นางสาวฟาตีมะห์ เจ๊ะมะ ขอรับรองว่าข้อความข้างต้นเป็นความจริง\n"
    )
    assert vouching_spans(text) == []
    assert vouching_spans("ข้าพเจ้าขอยื่นคำร้อง\n\nข้าพเจ้าขอรับรองว่าเป็นความจริง\n") == []


def test_a_headmans_letter_vouching_for_a_villager_is_not_this() -> None:
    # the writer names himself first: the one he vouches for is the applicant (prose.VOUCHED_FOR)
    text = (
        f"ข้าพเจ้า นายบุญส่ง ทองคำ ผู้ใหญ่บ้านหมู่ที่ 2 เลขประจำตัวประชาชน {OTHER_ID}\n"
        f"ขอรับรองว่า นางสาวสายใจ ดวงดี เลขประจำตัวประชาชน {APPLICANT_ID} อยู่ในหมู่บ้านจริง\n"
    )
    assert vouching_spans(text) == []
    case = with_body(text)
    assert case.fields["full_name"] == "นางสาวสายใจ ดวงดี"


# --- a dwelling's name in a form's own box -----------------------------------------------


def district_form(place: str) -> str:
    """The district office's form typed box by box, its building/estate box as given."""
    return (
        "ชื่อ-นามสกุล: นางสาวพิมพ์ลดา ศรีสวัสดิ์\n"
        f"เลขประจำตัวประชาชน: {APPLICANT_ID}\n"
        "เลขที่: 45/9\n"
        "หมู่ที่: -\n"
        f"อาคาร/หมู่บ้าน: {place}\n"
        "ตรอก/ซอย: ลาดพร้าว 64\n"
        "ถนน: ลาดพร้าว\n"
        "แขวง/ตำบล: วังทองหลาง\n"
        "เขต/อำเภอ: วังทองหลาง\n"
        "จังหวัด: กรุงเทพฯ\n"
        "รหัสไปรษณีย์: 10310\n"
        "เรื่องที่ขอ: ขอให้ซ่อมไฟทางในซอย\n"
    )


def test_a_buildings_box_with_its_floor_and_room_is_part_of_the_address() -> None:
    case = with_body(district_form("ลุมพินีเพลส ชั้น 8 ห้อง 812"))
    assert case.fields["address"] == (
        "45/9 ลุมพินีเพลส ชั้น 8 ห้อง 812 ซอยลาดพร้าว 64 ถนนลาดพร้าว แขวงวังทองหลาง เขตวังทองหลาง"
    )


def test_an_estates_name_in_the_building_or_estate_box_is_part_of_the_address() -> None:
    case = with_body(district_form("หมู่บ้านศุภาลัยวิลล์"))
    assert case.fields["address"] == (
        "45/9 หมู่บ้านศุภาลัยวิลล์ ซอยลาดพร้าว 64 ถนนลาดพร้าว แขวงวังทองหลาง เขตวังทองหลาง"
    )


def test_the_building_or_estate_box_left_at_a_dash_adds_nothing() -> None:
    case = with_body(district_form("-"))
    assert case.fields["address"] == ("45/9 ซอยลาดพร้าว 64 ถนนลาดพร้าว แขวงวังทองหลาง เขตวังทองหลาง")


# --- another party's address in the same text ---------------------------------------------


def tenants_complaint(home: str) -> str:
    return (
        "เรียน เจ้าหน้าที่เทศกิจ\n\n"
        f"ดิฉันชื่อ นางสาวอรอุมา แก้วประเสริฐ เลขประจำตัวประชาชน {APPLICANT_ID} เป็นผู้เช่า "
        f"พักอยู่ที่ {home}\n"
        "เจ้าของบ้าน คือ นายสมศักดิ์ วงศ์ใหญ่ โทร 0891234560 (บ้านเจ้าของอยู่ที่ 301 ซอยสุขุมวิท 77 "
        "แขวงสวนหลวง เขตสวนหลวง กรุงเทพฯ 10250)\n\n"
        "ขอร้องเรียนเรื่องรถเข็นขายของจอดขวางทางเข้าซอยทุกเช้า\n\n"
        "ติดต่อกลับ 086-550-1932\n"
    )


def test_the_owners_address_in_brackets_is_not_the_tenants() -> None:
    case = with_body(
        tenants_complaint("45/12 หมู่บ้านพฤกษาวิลล์ ซอย 3 ถนนพหลโยธิน แขวงอนุสาวรีย์ เขตบางเขน กทม. 10220")
    )
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("45/12 หมู่บ้านพฤกษาวิลล์")
    assert case.fields["postal_code"] == "10220"
    assert case.fields["province"] == "กรุงเทพมหานคร"


def test_the_province_and_postal_code_are_the_tenants_own_addresss() -> None:
    case = with_body(
        tenants_complaint("8/88 หมู่บ้านเดอะซิตี้ ซอย 2 ม.4 ต.บางรักพัฒนา อ.บางบัวทอง จ.นนทบุรี 11110")
    )
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("8/88 หมู่บ้านเดอะซิตี้")
    assert case.fields["postal_code"] == "11110"
    assert case.fields["province"] == "นนทบุรี"


def test_a_companys_head_office_in_the_signature_gives_no_province_or_postal_code() -> None:
    case = with_body(
        "เรียน กองช่าง เทศบาลนคร\n\n"
        "ผมมีความประสงค์จะขออนุญาตทำรั้วหน้าบ้านเลขที่ 61 ถ.ราษฎร์อุทิศ ต.คอหงส์ อ.หาดใหญ่ "
        "จ.สงขลา 90110 ซึ่งเป็นบ้านของผมเอง\n\n"
        "ขอบคุณครับ\n\n"
        "วีรยุทธ ทองมาก\n"
        "ผู้จัดการฝ่ายขาย\n"
        "บริษัท สยามพาร์ทส์ซัพพลาย จำกัด\n"
        "199 อาคารสาทรซิตี้ ชั้น 9 ถนนสาทรใต้ แขวงทุ่งมหาเมฆ เขตสาทร กรุงเทพฯ 10120\n"
        "Mobile 081-220-4417\n"
    )
    assert case.fields["province"] == "สงขลา"
    assert case.fields["postal_code"] == "90110"


def test_the_province_and_postal_code_come_from_the_address_chosen() -> None:
    # a place in Bangkok the complaint is about, said after her own address in Nonthaburi
    case = with_body(
        "เรียน เจ้าหน้าที่\n\n"
        "ดิฉัน นางสาวอรอุมา แก้วประเสริฐ อยู่บ้านเลขที่ 8/88 ซอย 2 ม.4 ต.บางรักพัฒนา "
        "อ.บางบัวทอง จ.นนทบุรี 11110 ขอแจ้งว่าป้ายโฆษณาหน้าตลาดนัด 55 ถนนพระราม 9 "
        "แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310 ล้มขวางทางเท้า\n\n"
        "โทร 086-550-1932\n"
    )
    assert case.fields["address"] == "8/88 ซอย 2 ม.4 ต.บางรักพัฒนา อ.บางบัวทอง"
    assert case.fields["postal_code"] == "11110"
    assert case.fields["province"] == "นนทบุรี"


# --- a sender's block wrapped over five lines ----------------------------------------------


def test_a_senders_block_over_five_lines_is_her_address() -> None:
    case = with_body(
        "129 ลุมพินีพาร์ค ชั้น 14 ห้อง 1408\n"
        "ซ.รามอินทรา 40\n"
        "ถ.รามอินทรา\n"
        "แขวงนวลจันทร์ เขตบึงกุ่ม\n"
        "กรุงเทพฯ 10230\n"
        "\n"
        "3 ธันวาคม 2569\n"
        "\n"
        "เรื่อง ขอคัดสำเนาทะเบียนบ้าน\n"
        "เรียน ผู้อำนวยการเขตบึงกุ่ม\n"
        "\n"
        f"ด้วยข้าพเจ้า นายธีรวัฒน์ เพชรรัตน์ เลขประจำตัวประชาชน {APPLICANT_ID} "
        "มีชื่ออยู่ในทะเบียนบ้านตามที่อยู่ข้างต้น ประสงค์จะขอคัดสำเนาทะเบียนบ้าน 1 ฉบับ\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา ติดต่อกลับได้ที่ 094-118-2750\n"
    )
    assert case.fields["address"] == (
        "129 ลุมพินีพาร์ค ชั้น 14 ห้อง 1408 ซ.รามอินทรา 40 ถ.รามอินทรา แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพฯ 10230"
    )
    assert case.fields["postal_code"] == "10230"
    assert case.fields["province"] == "กรุงเทพมหานคร"


def test_a_province_under_a_labelled_address_is_still_read_when_prose_reads_no_address() -> None:
    # the form's address item, its province and postal code on the line below: no address
    # read in sentences, so the province said there is hers, as before set 52's rule
    case = with_body(
        "แบบคำขอข้อมูลข่าวสาร\n\n"
        "1. ชื่อ-นามสกุล ........นางบุษบา คำภูเงิน........\n"
        f"2. เลขประจำตัวประชาชน {APPLICANT_ID}\n"
        "3. ที่อยู่ที่สามารถติดต่อได้ 18 ม.2 ต.ธาตุเชิงชุม อ.เมืองสกลนคร\n"
        "   จังหวัด สกลนคร  รหัสไปรษณีย์ 47000\n"
    )
    assert case.fields["province"] == "สกลนคร"
    assert case.fields["postal_code"] == "47000"
