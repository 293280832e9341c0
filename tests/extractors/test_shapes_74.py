"""Unit tests for the shapes blind set 74 (students and young people) found the readers
getting wrong (issue 8): each names the way a request is written that it covers, with
examples written afresh, not the set's strings. Every name, address and ID is made up
(IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from typed_mail import flagged
from unseen_requests_5 import docx_bytes, pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWNER_ID = "3405700123453"  # made up, valid check digit
TENANT_ID = "1103700456783"  # made up, valid check digit
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def read_mail(text: str, sender: str, files: tuple[tuple[str, bytes], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content(text)
    for name, data in files:
        kind = ("application", "pdf") if name.endswith(".pdf") else DOCX
        msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def word(*paragraphs: str) -> bytes:
    def build(d: Any) -> None:
        for p in paragraphs:
            d.add_paragraph(p)

    return docx_bytes(build)


# --- an owner's consent: the one he lets in is whom the request is for ------------------


@pytest.mark.parametrize(
    "standing,lets",
    [
        ("เป็นเจ้าบ้านตามทะเบียนบ้านเลขที่ 31/7 หมู่ 2 ตำบลในเมือง", "ยินยอมให้"),
        ("ในฐานะเจ้าของห้องเช่า เลขที่ 31/7 หมู่ 2 ตำบลในเมือง", "อนุญาตให้"),
    ],
    ids=["house-owner", "landlord"],
)
def test_an_owners_consent_is_for_the_tenant_he_lets_in(standing: str, lets: str) -> None:
    consent = word(
        "หนังสือแสดงความยินยอมของเจ้าบ้าน",
        f"ข้าพเจ้า นายสมบัติ ทองดี เลขประจำตัวประชาชน {OWNER_ID} {standing} โทร 081-552-0934",
        f"{lets} นางสาวพิมพ์ชนก แก้วมณี เลขประจำตัวประชาชน {TENANT_ID} ผู้เช่าห้อง 12 "
        "ย้ายชื่อเข้าทะเบียนบ้านหลังนี้ได้",
        "ลงชื่อ ..................... เจ้าบ้าน\n(นายสมบัติ ทองดี)",
    )
    case = read_mail(
        "เรียน งานทะเบียน\nหนูขอย้ายทะเบียนบ้านเข้าห้องเช่า แนบหนังสือของเจ้าบ้านค่ะ\nโทร 089-114-2783\n",
        "Pimchanok K. <pimchanok.km@example.com>",
        (("consent.docx", consent),),
    )
    assert case.fields["full_name"] == "นางสาวพิมพ์ชนก แก้วมณี"
    assert case.fields["national_id"] == TENANT_ID
    assert case.fields["phone"] == "+66891142783"
    assert case.fields["email"] == "pimchanok.km@example.com"


def test_a_writer_letting_another_act_for_her_stays_the_applicant() -> None:
    # "ยินยอมให้ <another> ดำเนินการแทน": she lets someone act for her; still her request
    letter = word(
        "ข้าพเจ้า นางวิไล ศรีสุข เลขประจำตัวประชาชน "
        f"{OWNER_ID} เป็นเจ้าบ้านเลขที่ 9 หมู่ 3 ขอแจ้งซ่อมท่อประปาหน้าบ้าน",
        "โดยยินยอมให้ นายธนา ศรีสุข บุตรชาย ดำเนินการแทน",
    )
    case = read_mail(
        "เรียน เทศบาล\nแนบคำร้องค่ะ\n", "wilai <wilai.s@example.com>", (("req.docx", letter),)
    )
    assert case.fields["full_name"] == "นางวิไล ศรีสุข"
    assert case.fields["national_id"] == OWNER_ID


# --- an office's letter: its letterhead's line and box are the office's ------------------


def test_an_offices_letterhead_contacts_are_not_the_students() -> None:
    # numbered as an office numbers its letters ("ที่ ศธ 0521.4/612"): the head above it
    # is the office's own, its line and box never the student's it writes for
    letter = word(
        "คณะเกษตรศาสตร์ มหาวิทยาลัยสมมติราชภัฏ\n9 หมู่ 5 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ "
        "จังหวัดเชียงใหม่ 50100\nโทรศัพท์ 053-881-402 อีเมล agri@smt.example.ac.th",
        "ที่ ศธ 0521.4/612\t\t\t2 ธันวาคม 2569",
        "เรื่อง ขอส่งนักศึกษาเข้าฝึกประสบการณ์วิชาชีพ\nเรียน นายกเทศมนตรีเมืองเชียงใหม่",
        "ด้วยคณะเกษตรศาสตร์ได้จัดให้นักศึกษาฝึกประสบการณ์วิชาชีพ จึงขอส่ง นายภานุวัฒน์ "
        "อินทร์แก้ว รหัสนักศึกษา 6512340871 เข้าฝึกงานในหน่วยงานของท่าน",
        "จึงเรียนมาเพื่อโปรดพิจารณา\nขอแสดงความนับถือ\n(อาจารย์ ดร.ประภาศรี คงมั่น)\nคณบดี",
    )
    case = read_mail(
        "เรียน เทศบาล\nคณะขอส่งหนังสือตามไฟล์แนบ\n",
        "คณะเกษตรศาสตร์ <agri@smt.example.ac.th>",
        (("letter.docx", letter),),
    )
    for key in ("phone", "email"):
        assert case.fields[key] is None or flagged(case, key), key
    # whom the office sends: named once, in its sentence, by no label
    assert case.fields["full_name"] == "นายภานุวัฒน์ อินทร์แก้ว"


def test_a_citizens_own_letterhead_still_gives_her_phone() -> None:
    # her own name over her line, no office's number under it: hers
    letter = word(
        "นางสาวอรอุมา ใจซื่อ\n14 หมู่ 2 ตำบลหนองป่าครั่ง อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000\n"
        "โทรศัพท์ 086-230-4471",
        "2 ธันวาคม 2569",
        "เรื่อง ขอสำเนาทะเบียนบ้าน\nเรียน นายกเทศมนตรี",
        "ข้าพเจ้า นางสาวอรอุมา ใจซื่อ ขอคัดสำเนาทะเบียนบ้าน 1 ฉบับ",
    )
    case = read_mail(
        "เรียน เทศบาล\nแนบคำขอค่ะ\n", "orauma <orauma.j@example.com>", (("req.docx", letter),)
    )
    assert case.fields["phone"] == "+66862304471"


# --- another's opinion signed below the letter: his line and box ------------------------

OPINION_LETTER = [
    "เรื่อง ขอเข้าฝึกงาน",
    "เรียน นายกเทศมนตรี",
    f"ข้าพเจ้า นายชยพล ศรีเมือง เลขประจำตัวประชาชน {TENANT_ID} นักศึกษาชั้นปีที่ 4",
    "มีความประสงค์ขอเข้าฝึกงาน ณ กองช่าง ในภาคเรียนที่ 2/2569",
    "ติดต่อข้าพเจ้าได้ที่ โทร 0917732045 อีเมล chayaphon.sm@example.com",
    "ขอแสดงความนับถือ",
    "(นายชยพล ศรีเมือง)",
    "ความเห็นของหัวหน้าภาควิชา ควรอนุญาต ลงชื่อ อาจารย์ปิยะนุช แสงทอง",
    "โทร 084-992-1033 อีเมล piyanuch.s@uni.example.ac.th",
]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_an_opinion_signed_under_the_letter_is_anothers(kind: str) -> None:
    # the head of department's line and box under her signed opinion are hers, not the
    # student's, who gives his own in the letter above
    if kind == "pdf":
        data = pdf_page([(20, 20 + 9 * k, line) for k, line in enumerate(OPINION_LETTER)])
    else:
        data = word(*OPINION_LETTER)
    case = read_mail(
        "เรียน เทศบาล\nแนบหนังสือครับ\n", "chayaphon <chayaphon.sm@example.com>", ((f"l.{kind}", data),)
    )
    assert case.fields["email"] == "chayaphon.sm@example.com"
    assert case.fields["phone"] == "+66917732045"


# --- the box the writer gives to reach her, after a teacher's ----------------------------


def test_the_box_given_to_reach_the_writer_is_hers_not_the_teachers_above() -> None:
    case = read_mail(
        "เรียน ผู้อำนวยการกองช่าง\n\n"
        "ผม นายอนุชา คำมา หัวหน้ากลุ่มโครงงาน ขออนุญาตสำรวจถนนในชุมชน 2 แห่ง ครับ\n\n"
        "อาจารย์ที่ปรึกษา อาจารย์สุนิสา ปานทอง โทร 085-120-7764 sunisa.p@uni.example.ac.th\n\n"
        "ติดต่อผมได้ที่ 0951184302 อีเมล anucha.km@example.com\n\nนายอนุชา คำมา\n",
        "anucha <anucha.km@example.com>",
    )
    assert case.fields["email"] == "anucha.km@example.com"
    assert case.fields["phone"] == "+66951184302"


def test_a_consent_inside_the_movers_own_labelled_request_leaves_her_lines_hers() -> None:
    # her own part under its labels, the owner's consent and block below it: the consent
    # names her, but the request is already hers; the owner's ID and line stay his
    case = read_mail(
        "เรื่อง แจ้งย้ายเข้า\nเรียน นายทะเบียน\n\n"
        f"ชื่อ-สกุล นางสาวพิมพ์ชนก แก้วมณี\nเลขประจำตัวประชาชน {TENANT_ID}\n"
        "โทรศัพท์ 089-114-2783\n\n"
        "หนังสือยินยอมของเจ้าบ้าน\n"
        "ข้าพเจ้า นายสมบัติ ทองดี เจ้าบ้าน ยินยอมให้ นางสาวพิมพ์ชนก แก้วมณี ย้ายเข้าในบ้านของข้าพเจ้า\n"
        f"ชื่อ-สกุล นายสมบัติ ทองดี\nเลขประจำตัวประชาชน {OWNER_ID}\nโทรศัพท์ 081-552-0934\n",
        "Pimchanok K. <pimchanok.km@example.com>",
    )
    assert case.fields["full_name"] == "นางสาวพิมพ์ชนก แก้วมณี"
    assert case.fields["national_id"] == TENANT_ID
    assert case.fields["phone"] == "+66891142783"


def test_the_tenants_home_is_the_owners_house_not_the_one_she_comes_from() -> None:
    # the consent says where she comes from after her name: her home is his house
    consent = word(
        "หนังสือให้ความยินยอมของเจ้าบ้าน",
        f"ข้าพเจ้า นายสมบัติ ทองดี เลขประจำตัวประชาชน {OWNER_ID} เป็นเจ้าบ้านของบ้านเลขที่ 31/7 "
        "หมู่ 2 ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 ยินยอมให้ นางสาวพิมพ์ชนก แก้วมณี "
        f"เลขประจำตัวประชาชน {TENANT_ID} ย้ายชื่อเข้าบ้านหลังนี้ได้ โดยย้ายมาจากบ้านเลขที่ 7 หมู่ 3 "
        "ตำบลบ้านกร่าง อำเภอเมืองสุพรรณบุรี จังหวัดสุพรรณบุรี 72000",
    )
    case = read_mail(
        "เรียน งานทะเบียน\nหนูขอแจ้งย้ายเข้า แนบหนังสือยินยอมค่ะ\nโทร 089-114-2783\n",
        "Pimchanok K. <pimchanok.km@example.com>",
        (("consent.docx", consent),),
    )
    assert case.fields["full_name"] == "นางสาวพิมพ์ชนก แก้วมณี"
    assert (case.fields["address"] or "").startswith("31/7")
    assert case.fields["postal_code"] == "40000"
