"""An office that sends a request for someone (a drafting office for an owner, a travel
agent for a pilgrim, a foundation for a villager) signs it, or heads it, with its own
line: that number is the office's, never the applicant's, so it is never taken unflagged.
The applicant's own number in her own signature stays hers. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit
from unseen_requests_5 import pdf_page
from unseen_requests_52 import flow

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.intermediary_office import office_block_lines
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(text: str, *, html: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Office <office@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งคำขอ"
    if html:
        msg.set_content(text, subtype="html")
    else:
        msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def looked_at(case: ExtractedCase, key: str) -> bool:
    return bool(case.issues.get(key)) or case.fields.get(key) is None


AGENT_SENDS = (
    "เรียน หัวหน้าฝ่ายทะเบียน\n\n"
    "บริษัท ลำปางการช่าง จำกัด ขอส่งคำขอของลูกค้า ดังนี้\n"
    "ผู้ขอ: นางพิมพ์ลดา ศรีวงศ์\nเลขประจำตัวประชาชน: 1509900123458\n"
    "ที่อยู่: 41 หมู่ 7 ตำบลพิชัย อำเภอเมืองลำปาง จังหวัดลำปาง 52000\n\n"
    "หากขาดเอกสารใดโปรดแจ้งบริษัทโดยตรง\n\n"
    "นายกิตติพัฒน์ บุญมา\nบริษัท ลำปางการช่าง จำกัด\n99 ถนนพหลโยธิน ลำปาง 52000\nโทร 054-318-226\n"
)


def test_the_sending_offices_line_in_its_signature_is_not_the_applicants() -> None:
    case = read_body(AGENT_SENDS)
    assert case.fields.get("full_name") == "นางพิมพ์ลดา ศรีวงศ์"
    assert looked_at(case, "phone"), case.fields.get("phone")


FOUNDATION_HEAD = (
    "มูลนิธิรักษ์ลุ่มน้ำโขง\n18 ถนนชยางกูร อำเภอเมือง จังหวัดมุกดาหาร 49000\nโทร 042-611-935\n\n"
    "เรื่อง ขอความอนุเคราะห์ออกหนังสือรับรอง\nเรียน นายอำเภอเมืองมุกดาหาร\n\n"
    "ด้วยมูลนิธิขอความอนุเคราะห์ออกหนังสือรับรองให้ นายสมบัติ แก้วมณี เลขประจำตัวประชาชน "
    "1490100234567 อยู่บ้านเลขที่ 5 หมู่ 2 ตำบลบางทรายใหญ่ อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000\n\n"
    "ขอแสดงความนับถือ\n\n(นางวาสนา ทองดี)\nผู้ประสานงาน\n"
)


def test_a_foundations_letterhead_line_is_not_the_villagers() -> None:
    case = read_body(FOUNDATION_HEAD)
    assert looked_at(case, "phone"), case.fields.get("phone")


OWN_SIGNATURE = (
    "เรียน เจ้าหน้าที่\n\nข้าพเจ้า นางสาวอรุณี มีสุข ขอคัดสำเนาทะเบียนบ้าน 1 ฉบับ\n\n"
    "ขอบคุณค่ะ\n\nอรุณี มีสุข\nฝ่ายบัญชี บริษัท สยามค้าไม้ จำกัด\nโทร 02-718-4432\n"
)


def test_the_applicants_own_work_signature_stays_hers() -> None:
    case = read_body(OWN_SIGNATURE)
    assert case.fields.get("phone") in ("+6627184432", "027184432")
    assert not case.issues.get("phone")


def test_the_blocks_lines() -> None:
    lines = list(enumerate(AGENT_SENDS.splitlines(), start=1))
    assert office_block_lines(lines) == {10, 11, 12, 13}
    lines = list(enumerate(OWN_SIGNATURE.splitlines(), start=1))
    assert office_block_lines(lines) == set()


def test_a_head_with_no_blank_line_under_it() -> None:
    """A PDF's text keeps no blank line: the head ends at the line opening the body."""
    text = [
        "มูลนิธิรักษ์ลุ่มน้ำโขง", "โทร 042-611-935", "3 มีนาคม 2569", "เรื่อง ขอหนังสือรับรอง",
        "เรียน นายอำเภอ", "ขอความอนุเคราะห์ให้ นายสมบัติ แก้วมณี", "ขอแสดงความนับถือ",
        "(นางวาสนา ทองดี)",
    ]  # fmt: skip
    # and the coordinator's signature at its foot is the foundation's staff's
    assert office_block_lines(list(enumerate(text, start=1))) == {1, 2, 3, 8}


# A company's letter on its letterhead, claiming back for its insured (รับช่วงสิทธิ์): the
# manager who signs it is the company's, his direct line and box under his name too.
INSURERS_LETTER = (
    "บริษัท ทองพูนประกันภัย จำกัด\n120 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110\n"
    "ทะเบียนเลขที่ 0105548012347  โทร 1499\nที่ ทพ.1540/2569\t\t9 มกราคม 2569\n\n"
    "เรื่อง ขอให้ชดใช้ค่าสินไหมทดแทน\nเรียน นายกเทศมนตรีเมืองพะเยา\n\n"
    "บริษัทฯ เป็นผู้รับประกันภัยรถยนต์ของ นางวิไลวรรณ คำแสน เลขประจำตัวประชาชน 3560100456781 "
    "ผู้เอาประกันภัย และได้ชดใช้ค่าซ่อมแล้ว จึงเข้ารับช่วงสิทธิ์\n\n"
    "ขอแสดงความนับถือ\n\n(นายพิสิษฐ์ อ่อนศรี)\nหัวหน้าแผนกเรียกร้องค่าเสียหาย\n"
    "โทร 02-559-3172  อีเมล pisit.o@thongpoon.example.co.th\n"
)


def test_the_signature_under_an_offices_letterhead_is_its_staffs() -> None:
    case = read_body(INSURERS_LETTER)
    assert looked_at(case, "phone"), case.fields.get("phone")
    assert looked_at(case, "email"), case.fields.get("email")
    lines = list(enumerate(INSURERS_LETTER.splitlines(), start=1))
    assert {13, 14, 15} <= office_block_lines(lines)


def test_a_word_letters_head_office_is_not_the_insureds_home() -> None:
    """The same letter typed in Word, the insured's home said in its sentence: her home
    is read over the company's head office on its letterhead, whose values are all set
    behind, its sentences' too."""
    from extractors.extract import matcher_for
    from extractors.office_files import read_letter_lines

    text = INSURERS_LETTER.replace(
        "3560100456781 ",
        "3560100456781 อยู่บ้านเลขที่ 14 หมู่ 5 ตำบลแม่กา อำเภอเมืองพะเยา จังหวัดพะเยา 56000 ",
    )
    found = read_letter_lines(
        text.splitlines(), part="2", kind="docx", labels=matcher_for(TEMPLATES)
    ).candidates
    for key in ("postal_code", "address"):
        best = max((c for c in found if c.key == key), key=lambda c: c.confidence)
        assert best.provenance.line == 9, (key, best.value)


# A lawyer's covering mail for his client's power of attorney (the client named only in
# the file): his name and mobile under it are his, never hers.
LAWYERS_COVER = (
    "เรียน งานนิติการ เทศบาลตำบลแม่ใจ\n"
    "ส่งหนังสือมอบอำนาจของลูกความ เพื่อประกอบคำขอค่าเสียหายที่ยื่นไว้แล้ว\n"
    "นายธนกร ศิริมงคล\nโทร 084-627-1190\n"
)


def test_a_lawyers_signature_under_his_clients_file_is_his() -> None:
    case = read_body(LAWYERS_COVER)
    assert looked_at(case, "phone"), case.fields.get("phone")
    assert looked_at(case, "full_name"), case.fields.get("full_name")
    lines = list(enumerate(LAWYERS_COVER.splitlines(), start=1))
    assert {3, 4} <= office_block_lines(lines)


# A private clinic's referral on its letterhead (its name, its place, its line at the top
# left), the patient it refers named in the sentence with her own place and mobile
# (set 128's kind): the clinic's line and place are never hers.
PATIENT_ID = with_check_digit("365080011422")
CLINIC_HEAD = (
    "คลินิกทันตกรรมรอยยิ้ม\n"
    "12/4 ถนนบรมไตรโลกนารถ ตำบลในเมือง อำเภอเมืองพิษณุโลก\n"
    "จังหวัดพิษณุโลก 65000 โทร 055-241-396\n\n"
    "ใบส่งตัวผู้ป่วย\n\n"
    "เรียน ผู้อำนวยการโรงพยาบาลวังทอง\n\n"
    f"ขอส่งตัว นางบุญมา แก้วประเสริฐ เลขประจำตัวประชาชน {PATIENT_ID} "
    "ที่อยู่ 88 หมู่ 5 ตำบลชัยนาม อำเภอวังทอง จังหวัดพิษณุโลก 65130 โทร 089-774-2163\n"
    "เพื่อรับการรักษาต่อ\n\n"
    "(ทพญ.สุดารัตน์ ใจดี)\nทันตแพทย์ผู้ส่งต่อ\n"
)


def test_a_clinics_letterhead_is_not_the_patients_it_refers() -> None:
    case = read_body(CLINIC_HEAD)
    assert case.fields.get("full_name") == "นางบุญมา แก้วประเสริฐ"
    assert case.fields.get("phone") == "+66897742163"  # hers, in the sentence that refers her
    assert case.fields.get("postal_code") == "65130", case.fields.get("postal_code")
    assert "ชัยนาม" in (case.fields.get("address") or ""), case.fields.get("address")


def _attached_pdf(paras: list[tuple[float, str]]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Clinic <smile.clinic@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งตัวผู้ป่วย"
    msg.set_content("เรียนเจ้าหน้าที่ ส่งใบส่งตัวตามแนบ")
    data = pdf_page(flow(paras, 14, "Laksaman"))
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="refer.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_clinics_letterhead_in_a_typed_pdf_is_not_the_patients() -> None:
    # the same letter printed to PDF: its letterhead's lines are the clinic's as a mail's are
    paras = [(20, line) for line in CLINIC_HEAD.splitlines()]
    paras[-2:] = [(110, line) for _, line in paras[-2:]]
    case = _attached_pdf(paras)
    assert case.fields.get("full_name") == "นางบุญมา แก้วประเสริฐ"
    assert case.fields.get("phone") == "+66897742163"
    assert case.fields.get("postal_code") == "65130", case.fields.get("postal_code")
    assert "ชัยนาม" in (case.fields.get("address") or ""), case.fields.get("address")


def test_a_nurse_signing_her_own_request_with_her_clinic_keeps_her_line() -> None:
    # a citizen who works at a clinic asks for herself: her block names her, it is hers
    case = read_body(
        "เรียน เจ้าหน้าที่งานทะเบียน\n\n"
        "ข้าพเจ้า นางสาวพรรณี ศรีสุข ขอคัดสำเนาทะเบียนบ้าน 1 ฉบับ\n\n"
        "ขอบคุณค่ะ\n\nพรรณี ศรีสุข\nพยาบาล คลินิกเวชกรรมบ้านหมอ\nโทร 038-771-204\n"
    )
    assert case.fields.get("full_name") == "นางสาวพรรณี ศรีสุข"
    assert case.fields.get("phone") == "+6638771204"


def test_a_firms_own_typed_pdf_keeps_its_head_office_over_the_site() -> None:
    # a firm asking for itself: the sign's site in its sentence is not where it is
    lines = [
        "บริษัท สยามป้าย จำกัด",
        "99 ถนนพระราม 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร 10400",
        "โทร 02-214-5567",
        "",
        "เรื่อง ขออนุญาตติดตั้งป้ายโฆษณา",
        "เรียน ผู้อำนวยการเขตห้วยขวาง",
        "",
        "ด้วยบริษัท สยามป้าย จำกัด มีความประสงค์ขออนุญาตติดตั้งป้ายโฆษณา ณ อาคารเลขที่ 12 "
        "ถนนประชาราษฎร์บำเพ็ญ แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310",
        "",
        "ขอแสดงความนับถือ",
        "(นายสมชาย ใจดี)",
        "กรรมการผู้จัดการ",
    ]
    paras = [(20, line) for line in lines]
    case = _attached_pdf(paras)
    assert case.fields.get("postal_code") == "10400", case.fields.get("postal_code")
