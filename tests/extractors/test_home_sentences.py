"""Where a writer says her home is in a sentence asking something posted to it, or
telling a change (set 59): "กรุณาส่งทางไปรษณีย์ถึง <home>", "โดยส่งมาที่บ้าน <home>",
"ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น <home> (ที่อยู่ตามทะเบียนบ้าน <registered> ...)". The home
is the case's address, its province and postal code the case's; the registered one in
brackets is not. Everyone here is made up."""

from __future__ import annotations

from pathlib import Path

from extractors.base import ExtractedCase, ParsedMessage, TextPart
from extractors.extract import extract_case
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def case_of(text: str) -> ExtractedCase:
    parsed = ParsedMessage(
        subject="ขอหนังสือรับรองการทำงาน", text_parts=[TextPart(part="1", kind="plain", text=text)]
    )
    return extract_case(parsed, load_templates(FORMS))


def test_the_home_she_asks_the_answer_posted_to() -> None:
    for said in ("กรุณาส่งทางไปรษณีย์ถึง", "โดยส่งมาที่บ้าน", "ส่งไปที่"):
        text = (
            "ดิฉัน นางสาวเยาวลักษณ์ ปานแก้ว ขอหนังสือรับรองการทำงาน 1 ฉบับ\n"
            f"{said} 31/5 ถ.ศรีจันทร์ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000\n"
            "ขอบคุณค่ะ\n"
        )
        case = case_of(text)
        assert (case.fields["address"] or "").startswith("31/5 ถ.ศรีจันทร์"), said
        assert case.fields["postal_code"] == "40000", said


def test_a_changed_home_over_the_registered_one_in_brackets() -> None:
    text = (
        "ผม นายธนากร ศรีบุญ พนักงานจ้าง ขอต่อสัญญาจ้าง\n"
        "ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น 8/14 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000 "
        "(ที่อยู่ตามทะเบียนบ้าน 61 หมู่ 3 ต.บ้านไผ่ อ.บ้านไผ่ จ.ขอนแก่น 40110 ไม่เปลี่ยนแปลง)\n"
        "มือถือ 086-551-0927\n"
    )
    case = case_of(text)
    assert (case.fields["address"] or "").startswith("8/14 ถ.มิตรภาพ")
    assert case.fields["postal_code"] == "40000"


def test_a_changed_home_without_the_word_province_ends_at_the_bracket() -> None:
    text = (
        "ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น 8/14 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น ขอนแก่น 40000 "
        "(ที่อยู่ตามทะเบียนบ้าน 61 หมู่ที่ 3 ตำบลบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110 ไม่เปลี่ยนแปลง)\n"
        "มือถือ 086-551-0927\n\nนายธนากร ศรีบุญ\n"
    )
    case = case_of(text)
    assert "บ้านไผ่" not in (case.fields["address"] or "-")
    assert case.fields["postal_code"] == "40000"


def test_a_current_home_answered_as_the_registered_one_is_no_address_of_its_own() -> None:
    """A form's dotted line for the current home answered "ตามทะเบียนบ้าน" (the same as
    the registered one, given in parts on the line above): the registered one is hers."""
    import io

    import docx

    from extractors.base import Attachment

    document = docx.Document()
    for line in (
        "ใบสมัครงาน",
        "1. ชื่อ .....นางสาวจันทร์เพ็ญ ศรีทอง.....",
        "2. ที่อยู่ตามทะเบียนบ้าน เลขที่ .....27..... หมู่ที่ .....6..... ตำบล .....บ้านเป็ด..... "
        "อำเภอ .....เมืองขอนแก่น..... จังหวัด .....ขอนแก่น..... รหัสไปรษณีย์ .....40000.....",
        "3. ที่อยู่ปัจจุบัน .....ตามทะเบียนบ้าน.....",
        "4. โทรศัพท์มือถือ .....084-227-1396.....",
    ):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    sniffed = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    parsed = ParsedMessage(
        subject="ใบสมัครงาน",
        text_parts=[TextPart(part="1", kind="plain", text="ส่งใบสมัครค่ะ")],
        attachments=[Attachment(index=0, part="2", filename="form.docx", sniffed_type=sniffed,
                                size=len(data), content=data)],
    )  # fmt: skip
    case = extract_case(parsed, load_templates(FORMS))
    assert (case.fields["address"] or "").startswith("27")


def test_a_letters_block_wrapped_after_its_sub_district() -> None:
    """A letter's sender block top right, wrapped by the word processor after the
    ตำบล: the อำเภอ opens the next line, the province and postal code the third."""
    from extractors.prose import find_entities

    text = (
        "99/12 ถ.หน้าเมือง ต.ในเมือง\nอ.เมืองขอนแก่น\nจังหวัดขอนแก่น 40000\n12 ธันวาคม 2569\n"
        "เรื่อง ขอหนังสือรับรองการทำงาน\nข้าพเจ้า นางวาสนา ทองดี เคยปฏิบัติงานในตำแหน่งคนงาน\n"
    )
    found = [v for k, v, _, _ in find_entities(text) if k == "address"]
    assert found and found[0].startswith("99/12 ถ.หน้าเมือง ต.ในเมือง อ.เมืองขอนแก่น")


def test_a_letters_sender_block_over_the_registered_home_in_its_sentence() -> None:
    """Her block at the letter's head is where she lives; the house register's home her
    sentence names, with "ปัจจุบันพักอาศัยอยู่ตามที่อยู่ข้างต้น", is not (set 59)."""
    text = (
        "55/210 ซ.ลาดพร้าว 64 ถ.ลาดพร้าว แขวงวังทองหลาง เขตวังทองหลาง\nกรุงเทพมหานคร 10310\n"
        "4 ธันวาคม 2569\nเรื่อง ขอสมัครงาน\n"
        "ด้วยข้าพเจ้า นางสาววาสนา ทองดี มีภูมิลำเนาตามทะเบียนบ้านเลขที่ 5 หมู่ 2 ตำบลบ้านเป็ด "
        "อำเภอเมืองขอนแก่น จ.ขอนแก่น 40000 ปัจจุบันพักอาศัยอยู่ตามที่อยู่ข้างต้น มีความประสงค์ขอสมัครงาน\n"
        "ขอแสดงความนับถือ\n"
    )
    case = case_of(text)
    assert (case.fields["address"] or "").startswith("55/210")
    assert case.fields["postal_code"] == "10310"


def test_sending_a_number_of_copies_is_no_address() -> None:
    from extractors.prose import find_entities

    for text in ("กรุณาส่งถึง 2 ฉบับ ภายในวันศุกร์นี้\n", "ส่งที่ 3 ของเดือน\n"):
        assert not [v for k, v, _, _ in find_entities(text) if k == "address"], text


def test_a_year_ending_a_wrapped_sentence_is_no_house_number() -> None:
    from extractors.prose import find_entities

    text = (
        "ข้าพเจ้าขอทำบัตรให้หลาน ตั้งแต่วันที่ 3 มกราคม\n2569 มีชื่ออยู่ในทะเบียนบ้านเลขที่ 8 ม.2 ต.ในเมือง\n"
        "อ.เมืองขอนแก่น จ.ขอนแก่น 40000\n"
    )
    found = [v for k, v, _, _ in find_entities(text) if k == "address"]
    assert not any(v.startswith("2569") for v in found), found


def test_a_home_said_after_phumilamnao_alone() -> None:
    """ "ภูมิลำเนา <number> ม.<n> ต.... อ.... <province> <postal>" (one's domicile, how a
    foundation's letter gives its member's home, set 102): the address."""
    text = (
        "มูลนิธิฯ ขอส่งเรื่องของ นายสมาน ทองปาน เกิดวันที่ 3 มี.ค. 2500 "
        "ภูมิลำเนา 27 ม.5 ต.บ้านเป็ด อ.เมืองขอนแก่น ขอนแก่น 40000\n"
        "ขอรับไม้เท้าขาว 1 อัน\n"
    )
    case = case_of(text)
    assert (case.fields["address"] or "").startswith("27 ม.5 ต.บ้านเป็ด"), case.fields["address"]
    assert case.fields["postal_code"] == "40000"


def test_a_domicile_named_by_its_province_alone_is_no_address() -> None:
    case = case_of("ผม นายสมาน ทองปาน มีภูมิลำเนาอยู่จังหวัดขอนแก่น ขอรับไม้เท้าขาว 1 อัน\n")
    assert case.fields["address"] is None


def test_a_home_said_after_baan_and_its_number() -> None:
    """ "บ้าน 45 หมู่ที่ 2 ตำบล..." (a deaf writer's short Thai, a relay's quote, set 102):
    the home; "บ้าน 2 หลัง" counts houses."""
    text = (
        "ฉัน นางบุญมี แสงใส หูหนวก บ้าน 45 หมู่ที่ 2 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น "
        "จังหวัดขอนแก่น 40000 อยากขอต่อบัตร\n"
    )
    case = case_of(text)
    assert (case.fields["address"] or "").startswith("45 หมู่ที่ 2 ตำบลบ้านเป็ด"), case.fields["address"]
    assert case_of("ผม นายสมาน ทองปาน มีบ้าน 2 หลัง ขอเสียภาษีที่ดิน\n").fields["address"] is None
