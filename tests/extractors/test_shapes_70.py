"""Unit tests for the kinds of writing blind set 70 (residents who are not Thai citizens,
and those who write for them: an employer, its HR, a shop owner, an NGO, a translator)
found the readers getting wrong (issue 8): each names the way a request is written that
it covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from typed_mail import flagged
from unseen_requests_5 import DOCX, docx_bytes, pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
WORKER_ID = "0034561207759"  # a pink card's number (00 first), check digit passing


def read(
    text: str,
    *,
    html: str = "",
    docx_paragraphs: tuple[str, ...] = (),
    pdf: bytes = b"",
    sender: str = "a <someone@example.com>",
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอหนังสือรับรอง"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    if docx_paragraphs:

        def build(d: Any) -> None:
            for paragraph in docx_paragraphs:
                d.add_paragraph(paragraph)

        main, sub = DOCX.split("/")
        msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="letter.docx")
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="letter.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def not_silent(case: ExtractedCase, key: str) -> bool:
    """No value, or one a clerk is told to look at: the writer's is never the worker's."""
    return case.fields.get(key) is None or flagged(case, key)


def test_an_employers_contact_rows_under_the_workers_table_are_not_the_workers() -> None:
    """A firm's HR mails a table: the worker's rows under a heading naming the asker,
    then its contact person's rows under a heading naming the employer: those are HR's."""
    rows = [
        ("ข้อมูลแรงงาน (ผู้ยื่นคำขอ)", ""),
        ("ชื่อ-สกุล", "นายโซ ทุน"),
        ("เลขประจำตัว", WORKER_ID),
        ("ที่พัก", "บ้านเลขที่ 14/7 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
        ("ผู้ติดต่อ (นายจ้าง)", ""),
        ("ชื่อ", "นางสาวมาลี สุขใจ"),
        ("โทรศัพท์", "089-441-2730"),
        ("อีเมล", "personnel@khonkaen-feed.example.co.th"),
    ]
    cells = "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" if b else f"<tr><td colspan='2'>{a}</td></tr>"
        for a, b in rows
    )
    html = f"<div>เรียน เทศบาล</div><div>ขอหนังสือรับรองถิ่นที่อยู่ให้ลูกจ้างค่ะ</div><table>{cells}</table>"
    case = read("ขอหนังสือรับรองถิ่นที่อยู่ให้ลูกจ้างค่ะ\n", html=html)
    assert case.fields.get("national_id") == WORKER_ID
    assert not_silent(case, "phone")
    assert not_silent(case, "email")


def test_a_shop_owner_writing_for_his_worker_signs_with_his_own_line() -> None:
    """ "ดิฉัน <owner> เจ้าของร้าน ... ขอ... ของลูกจ้าง คือ <worker> ...": the request is the
    worker's; the owner's line in her signature is hers."""
    html = (
        "<p>เรียน งานทะเบียนราษฎร</p>"
        "<p>ดิฉัน นางบุษบา แก้วมณี เจ้าของร้านข้าวมันไก่บุษบา (นายจ้าง) ขอหนังสือรับรองถิ่นที่อยู่"
        f"ของลูกจ้าง คือ นายหม่อง ซาน เลขประจำตัว {WORKER_ID} ซึ่งพักอยู่ห้องหลังร้าน "
        "เพื่อใช้ต่อใบอนุญาตทำงานค่ะ</p><p>ขอบคุณค่ะ</p>"
        "<p><b>นางบุษบา แก้วมณี</b><br>ร้านข้าวมันไก่บุษบา<br>"
        "12 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000<br>"
        "โทร 086-207-3381</p>"
    )
    case = read("ขอหนังสือรับรองถิ่นที่อยู่ของลูกจ้างค่ะ\n", html=html)
    assert case.fields.get("full_name") == "นายหม่อง ซาน"
    assert not_silent(case, "phone")


def test_a_firms_letter_for_its_worker_is_signed_with_hrs_mobile() -> None:
    """ "บริษัทฯ มีลูกจ้างสัญชาติ... ชื่อ <worker> ...": the worker's request; the mobile under
    the HR officer's signed name is hers."""
    case = read(
        "แนบหนังสือของบริษัทมาค่ะ\n",
        docx_paragraphs=(
            "บริษัท ขอนแก่นอาหารสัตว์ จำกัด",
            "เรื่อง ขอแก้ไขวันเกิดลูกจ้างในทะเบียนประวัติ\nเรียน นายอำเภอเมืองขอนแก่น",
            f"ด้วยบริษัทฯ มีลูกจ้างสัญชาติลาว ชื่อ นางสาวคำแพง ไชยวงศ์ เลขประจำตัว {WORKER_ID} "
            "วันเกิดในทะเบียนไม่ตรงกับหนังสือเดินทาง จึงขอให้แก้ไขให้ตรงกัน",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            "ขอแสดงความนับถือ\n\n(นางสาวมาลี สุขใจ)\nเจ้าหน้าที่ฝ่ายบุคคล\nมือถือ 089-441-2730",
        ),
    )
    assert case.fields.get("national_id") == WORKER_ID
    assert not_silent(case, "phone")


def test_a_translator_writing_a_letter_for_a_widow_is_not_the_applicant() -> None:
    """ "ข้าพเจ้า <translator> ล่าม... ขอทำหนังสือนี้แทน <widow> ...": the widow's request,
    never the translator's name with his role run on."""
    case = read(
        "ส่งหนังสือแทนผู้ขอครับ\n",
        docx_paragraphs=(
            "หนังสือขอคัดสำเนามรณบัตร",
            "เรียน นายทะเบียนท้องถิ่น",
            "ข้าพเจ้า นายสุชาติ วงศ์ดี ล่ามแปลภาษาลาว-ไทย ขอทำหนังสือนี้แทน นางสาวบัวลา พมมะจัน "
            f"ภรรยาของผู้ตาย เลขประจำตัว {WORKER_ID} อยู่บ้านเลขที่ 5 หมู่ 2 ตำบลบ้านเป็ด "
            "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
            "ติดต่อล่าม 089-552-1187",
        ),
    )
    assert case.fields.get("full_name") == "นางสาวบัวลา พมมะจัน"


def test_an_ngos_letter_block_is_not_the_workers_contact() -> None:
    """A foundation's typed letter, its name, office, line and box at the top left, for a
    worker who asked it ("ได้รับการร้องขอจาก <worker>"): the block is the foundation's."""
    lines = [
        "มูลนิธิช่วยเหลือแรงงานข้ามชาติขอนแก่น",
        "45 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
        "โทร 043-224-519  อีเมล office@kkmigrant.example.org",
        "",
        "เรื่อง ขอหนังสือรับรองแทนบัตรที่สูญหาย",
        "เรียน นายกเทศมนตรีนครขอนแก่น",
        "",
        "ด้วยมูลนิธิฯ ได้รับการร้องขอจาก นายโซ ทุน แรงงานสัญชาติเมียนมา "
        f"เลขประจำตัว {WORKER_ID} ว่าบัตรประจำตัวสูญหาย",
        "จึงขอหนังสือรับรองเพื่อใช้แสดงตนแทนชั่วคราว",
        "",
        "ขอแสดงความนับถือ",
        "(นางสาวอรุณี ทองมา)",
    ]
    pdf = pdf_page([(20, 20 + 8 * k, line) for k, line in enumerate(lines) if line])
    case = read("แนบหนังสือของมูลนิธิค่ะ\n", pdf=pdf)
    assert case.fields.get("national_id") == WORKER_ID
    assert not_silent(case, "phone")
    assert not_silent(case, "email")


def test_a_workers_dormitory_said_before_the_house_number_is_no_part_of_the_address() -> None:
    """ "อยู่หอพักพนักงานของโรงงาน เลขที่ ...": the kind of home, said before its number, is
    no part of the address a clerk writes; it opens at the house number."""
    case = read(
        "เรียน เทศบาล\n\nดิฉันชื่อ นางสาวคำแพง ไชยวงศ์ ขอหนังสือรับรองที่อยู่ค่ะ\n"
        f"เลขประจำตัว {WORKER_ID}\n"
        "อยู่หอพักพนักงานของโรงงาน เลขที่ 31/8 หมู่ 4 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น\n"
        "เบอร์ 089-552-1187\n"
    )
    address = " ".join((case.fields.get("address") or "").split())
    assert address.startswith("เลขที่ 31/8 หมู่ 4 ตำบลบ้านเป็ด")


def test_a_dormitorys_own_name_before_the_house_number_is_kept() -> None:
    """A named dormitory ("หอพักสุขสันต์ ห้อง 12 เลขที่ ...") is a place a letter finds."""
    from extractors.dwelling_kind import without_dwelling_kind

    named = "หอพักสุขสันต์ ห้อง 12 เลขที่ 31/8 หมู่ 4 ตำบลบ้านเป็ด"
    assert without_dwelling_kind(named) == named
    assert without_dwelling_kind("หอพักคนงาน บ้านเลขที่ 4 หมู่ 1") == "บ้านเลขที่ 4 หมู่ 1"


def test_hr_filing_for_the_firms_worker_is_not_the_applicant() -> None:
    """ "ดิฉัน <HR> ฝ่ายบุคคล ... ขอส่งเรื่องแทนลูกจ้างของโรงงาน คือ <worker> ...": the worker's
    request, never HR's name."""
    case = read(
        "เรียน งานทะเบียนราษฎร\n\nดิฉัน นางสาวมาลี สุขใจ ฝ่ายบุคคล บริษัท ขอนแก่นอาหารสัตว์ จำกัด "
        "ขอส่งเรื่องแทนลูกจ้างของโรงงาน คือ นายโซ ทุน สัญชาติเมียนมา "
        f"เลขประจำตัว 13 หลัก {WORKER_ID} ขอแจ้งเกิดบุตรของลูกจ้างค่ะ\n\n"
        "ติดต่อประสานงาน นางสาวมาลี สุขใจ โทร 089-441-2730\n"
    )
    assert case.fields.get("full_name") == "นายโซ ทุน"
    assert not_silent(case, "phone")


def test_a_burmese_name_of_three_words_is_read_whole_by_its_romanised_spelling() -> None:
    """ "ผมชื่อ นายมิน ทุน อู (Mr. Min Tun Oo)": three words, no family name; the romanised
    spelling after it says how many."""
    case = read(
        "เรียน เทศบาล\n\nผมชื่อ นายมิน ทุน อู (Mr. Min Tun Oo) สัญชาติเมียนมา ขอหนังสือรับรองที่อยู่ครับ\n"
        f"เลขบัตรชมพู {WORKER_ID}\nเบอร์ผม 089-552-1187\n"
    )
    assert case.fields.get("full_name") == "นายมิน ทุน อู"


def test_a_thai_name_before_its_romanised_spelling_stays_two_words() -> None:
    from extractors.romanised_name import with_romanised_words

    text = "ดิฉัน นางสาวคำแพง ไชยวงศ์ (Miss Khamphaeng Chaiyawong) ขอ"
    assert with_romanised_words(text, 6, "นางสาวคำแพง ไชยวงศ์") == "นางสาวคำแพง ไชยวงศ์"
    text = "ดิฉัน นางสาวคำแพง ไชยวงศ์ ผู้ขอ (Miss Khamphaeng Chaiyawong) ขอ"
    assert with_romanised_words(text, 6, "นางสาวคำแพง ไชยวงศ์") == "นางสาวคำแพง ไชยวงศ์"


def test_a_romanised_spelling_wrapped_inside_its_brackets_still_counts() -> None:
    from extractors.romanised_name import with_romanised_words

    text = "ได้รับการร้องขอจาก นายมิน ทุน อู (Mr.\nMin Tun Oo) แรงงาน"
    assert with_romanised_words(text, 19, "นายมิน ทุน") == "นายมิน ทุน อู"


def test_a_firms_office_said_straight_after_its_word_is_the_firms_address() -> None:
    """ "บริษัท ... สำนักงานเลขที่ <number> ... โดย <director> ... ขอ...": the firm's own
    request, its office the address (flagged, as a sentence's)."""
    case = read(
        "เรียน กองสาธารณสุข\n\nบริษัท ขอนแก่นอาหารสัตว์ จำกัด สำนักงานเลขที่ 12/4 หมู่ที่ 3 ตำบลบ้านเป็ด "
        "อำเภอเมืองขอนแก่น โดย นายประยุทธ มั่นคง กรรมการผู้จัดการ ขอยื่นขอรับใบอนุญาตประกอบกิจการ\n"
    )
    address = " ".join((case.fields.get("address") or "").split())
    assert address.startswith("12/4 หมู่ที่ 3 ตำบลบ้านเป็ด")


def test_a_workers_room_behind_the_shop_said_before_its_number_is_his_address() -> None:
    """ "<worker> ... ซึ่งพักอยู่ห้องพักคนงานหลังร้าน เลขที่ ...": the worker's home, from its
    number; never the shop owner's address in her signature."""
    html = (
        "<p>ดิฉัน นางบุษบา แก้วมณี เจ้าของร้านข้าวมันไก่บุษบา ขอหนังสือรับรองถิ่นที่อยู่"
        f"ของลูกจ้าง คือ นายหม่อง ซาน เลขประจำตัว {WORKER_ID} ซึ่งพักอยู่ห้องพักคนงานหลังร้าน "
        "เลขที่ 12/3 หมู่ 5 ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000 ค่ะ</p>"
        "<p><b>นางบุษบา แก้วมณี</b><br>ร้านข้าวมันไก่บุษบา<br>"
        "40 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000<br>"
        "โทร 086-207-3381</p>"
    )
    case = read("ขอหนังสือรับรองถิ่นที่อยู่ของลูกจ้างค่ะ\n", html=html)
    address = " ".join((case.fields.get("address") or "").split())
    assert address.startswith("เลขที่ 12/3 หมู่ 5")


def test_the_employers_establishment_is_his_own_where_the_asker_is_the_employer() -> None:
    """ "ผู้ยื่นคำขอ (นายจ้าง)" heads the asker's part: the establishment's part below it is
    the employer's own, not another's (only a worker's asker heading makes it so)."""
    case = read(
        "แบบคำขอส่งลูกจ้างเข้าอบรม\n\nผู้เข้ารับการอบรม (ลูกจ้าง)\nชื่อ-สกุล นายสมหมาย ดีงาม\n"
        "โทรศัพท์ 081-220-4417\n\nผู้ยื่นคำขอ (นายจ้าง)\nชื่อ-สกุล นายประยุทธ มั่นคง\n"
        "ชื่อสถานประกอบการ ร้านประยุทธก๋วยเตี๋ยว\n"
        "ที่อยู่ 12/4 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
        "โทรศัพท์ 089-441-2730\n"
    )
    assert case.fields.get("phone") == "+66894412730"
