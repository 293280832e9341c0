"""Unit tests for the shapes blind set 69 (deaths, funerals and heirs: a widow's or a
child's request naming the deceased, a funeral home writing for the family, an executor,
a headman certifying a death) found the readers getting wrong (issue 8): each names the
way a request is written that it covers, with examples written afresh, not the set's
strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests import with_check_digit
from unseen_requests_5 import XLSX, Field, acroform, pdf_page, xlsx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HER_ID = with_check_digit("560120031742")
HIS_ID = with_check_digit("560120008815")


def read(
    text: str,
    *,
    pdf: bytes = b"",
    rows: tuple[tuple[str, ...], ...] = (),
    sender: str = "someone <someone@example.com>",
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับเงินค่าจัดการศพ"
    msg.set_content(text)
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="letter.pdf")
    if rows:

        def fill(book: Any) -> None:
            for row in rows:
                book.active.append(row)

        main, sub = XLSX.split("/")
        msg.add_attachment(xlsx_bytes(fill), maintype=main, subtype=sub, filename="case.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    return bool(case.issues.get(key)) or bool(getattr(case.provenance.get(key), "flags", None))


# --- the deceased's particulars after his name in a widow's wrapped letter -------------------


def _letter(lines: list[str]) -> bytes:
    return pdf_page([(20, 25 + 9 * n, line) for n, line in enumerate(lines)], size=14)


def test_an_id_a_letters_wrapped_line_opens_after_her_husbands_name_is_his() -> None:
    """The letter's paragraph wraps so that "เลขประจำตัวประชาชน" opens a line: a word of
    the sentence about the husband named at the end of the line above, not a form's label
    for the widow who writes."""
    her = f"{HER_ID[0]}-{HER_ID[1:5]}-{HER_ID[5:10]}-{HER_ID[10:12]}-{HER_ID[12]}"
    his = f"{HIS_ID[0]} {HIS_ID[1:5]} {HIS_ID[5:10]} {HIS_ID[10:12]} {HIS_ID[12]}"
    lines = [
        "เรียน นายกเทศมนตรีเมืองพะเยา",
        "ข้าพเจ้า นางมาลัย ศรีวงศ์ เลขประจำตัวประชาชน",
        f"{her} เป็นภริยาของ นายบุญมา ศรีวงศ์",
        f"เลขประจำตัวประชาชน {his} เกิดวันที่ 4 ก.พ. 2490",
        "ซึ่งถึงแก่กรรมเมื่อวันที่ 2 ตุลาคม 2569 ข้าพเจ้าจึงขอรับเงินค่าจัดการศพ",
        "ติดต่อข้าพเจ้าได้ที่โทร 086-224-1930",
        "ขอแสดงความนับถือ",
        "(นางมาลัย ศรีวงศ์)",
    ]
    case = read("แนบหนังสือค่ะ\n", pdf=_letter(lines))
    assert case.fields.get("national_id") in (HER_ID, None) or flagged(case, "national_id")
    assert case.fields.get("national_id") != HIS_ID or flagged(case, "national_id")
    # his birth date, the only one given: never hers unflagged
    assert case.fields.get("birth_date") is None or flagged(case, "birth_date")


def test_an_id_after_another_name_wrapped_onto_the_next_line_is_his() -> None:
    """The same sentence wrapped after the ID's words: the husband's ID opens the next line
    and the widow's, said after her own name, is hers."""
    lines = [
        "เรียน นายกเทศมนตรีเมืองพะเยา",
        f"ข้าพเจ้า นางมาลัย ศรีวงศ์ เลขประจำตัวประชาชน {HER_ID}",
        "เป็นภริยาของ นายบุญมา ศรีวงศ์ เลขประจำตัวประชาชน",
        f"{HIS_ID} เกิดวันที่ 4 ก.พ. 2490 ซึ่งถึงแก่กรรมเมื่อวันที่ 2 ตุลาคม 2569",
        "ติดต่อข้าพเจ้าได้ที่โทร 086-224-1930",
        "ขอแสดงความนับถือ",
        "(นางมาลัย ศรีวงศ์)",
    ]
    case = read("แนบหนังสือค่ะ\n", pdf=_letter(lines))
    assert case.fields.get("national_id") == HER_ID


# --- a funeral home's case sheet: its head block is its own --------------------------------


def test_a_funeral_homes_head_block_in_its_sheet_is_not_the_familys() -> None:
    """The sheet opens with the sender's own name, address, line and box (its letterhead)
    over the deceased's rows and the family's row marked ผู้ขอ: the head block's contacts
    are the funeral home's, never the family's unflagged."""
    rows = (
        ("ศาลาบำเพ็ญกุศล ร่มไทรบริการ",),
        ("ที่อยู่", "12/4 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000"),
        ("โทร", "054-410-377", "อีเมล", "romsai.service@example.com"),
        (),
        ("ผู้ถึงแก่กรรม", "นายบุญมา ศรีวงศ์"),
        ("เลขประจำตัวประชาชน", HIS_ID),
        (),
        ("ผู้ขอ (เจ้าภาพ)", "นางมาลัย ศรีวงศ์"),
        ("เลขประจำตัวประชาชนผู้ขอ", HER_ID),
        ("ที่อยู่ผู้ขอ", "77 หมู่ 3 ตำบลแม่ต๋ำ อำเภอเมืองพะเยา จังหวัดพะเยา 56000"),
        (),
        ("ผู้ประสานงาน", "นายวีระ ใจมั่น", "โทร", "054-410-377"),
    )
    case = read("แนบข้อมูลงานศพ\n", rows=rows, sender="ร่มไทรบริการ <romsai.service@example.com>")
    assert case.fields.get("full_name") == "นางมาลัย ศรีวงศ์"
    assert case.fields.get("national_id") == HER_ID
    assert case.fields.get("phone") is None or flagged(case, "phone")
    assert case.fields.get("email") is None or flagged(case, "email")
    assert (case.fields.get("address") or "").startswith("77")


# --- a headman certifies a death and files for the widow -----------------------------------


HEADMAN_ID = with_check_digit("560150044218")
WIDOW_ID = with_check_digit("560150061390")
DEAD_ID = with_check_digit("560150002714")


def test_the_one_a_death_certificate_vouches_for_is_the_dead_not_the_applicant() -> None:
    """ "ขอรับรองว่า <name> ... ได้ถึงแก่กรรม": the headman vouches that a man died; the
    request is the widow's he files for ("ขอส่งคำขอรับเงิน...แทน <her>"), her ID after."""
    text = (
        "เรียน นายกเทศมนตรีตำบลบ้านต๋อม\n\n"
        f"ข้าพเจ้า นายคำแปง อินต๊ะ ผู้ใหญ่บ้านหมู่ที่ 4 เลขประจำตัวประชาชน {HEADMAN_ID} "
        f"ขอรับรองว่า นายจันทร์ ปัญญาดี เลขประจำตัวประชาชน {DEAD_ID} ได้ถึงแก่กรรมที่บ้าน"
        "เมื่อวันที่ 8 พฤศจิกายน 2569 จริง\n\n"
        "และขอส่งคำขอรับเงินค่าจัดการศพแทน นางบัวคำ ปัญญาดี ภริยาของผู้ตาย "
        f"เลขประจำตัวประชาชน {WIDOW_ID} อยู่บ้านเลขที่ 31 หมู่ 4 ตำบลบ้านต๋อม อำเภอเมืองพะเยา\n\n"
        "ติดต่อผู้ใหญ่บ้าน 089-552-1704\n"
    )
    case = read(text, sender="ผญบ.หมู่4 <headman.moo4@example.com>")
    assert case.fields.get("full_name") == "นางบัวคำ ปัญญาดี"
    assert case.fields.get("national_id") == WIDOW_ID


# --- a fillable transfer form: the former holder's part above the new one's ----------------


def test_a_transfer_forms_former_holder_is_not_the_one_who_asks() -> None:
    """Boxes named Text1.. (nothing to tell by), the captions say whose: the former user's
    name and ID (the deceased) above the new user's, the ID's caption the same for both."""
    labels = [
        (30, 18, "คำขอโอนสิทธิการเช่าแผงค้า"),
        (20, 40, "ชื่อผู้เช่าเดิม"),
        (20, 50, "เลขประจำตัวประชาชน"),
        (20, 70, "ชื่อผู้เช่าใหม่"),
        (20, 80, "เลขประจำตัวประชาชน"),
        (20, 90, "โทรศัพท์"),
    ]
    fields = [
        Field("Text1", "นายจันทร์ ปัญญาดี", 60, 40, 90),
        Field("Text2", DEAD_ID, 60, 50, 60),
        Field("Text3", "นางบัวคำ ปัญญาดี", 60, 70, 90),
        Field("Text4", WIDOW_ID, 60, 80, 60),
        Field("Text5", "0895521704", 60, 90, 60),
    ]
    case = read("ส่งแบบคำขอค่ะ\n", pdf=acroform(pdf_page(labels, size=13), fields))
    assert case.fields.get("full_name") == "นางบัวคำ ปัญญาดี"
    assert case.fields.get("national_id") == WIDOW_ID


# --- the one who asks named by his charge after a death ------------------------------------


def test_the_funeral_manager_a_funeral_home_names_is_the_applicant() -> None:
    text = (
        "เรียน ผู้ดูแลฌาปนสถาน\n\n"
        f"ขอจองฌาปนสถานเพื่อฌาปนกิจศพ นายจันทร์ ปัญญาดี เลขประจำตัวประชาชนผู้ตาย {DEAD_ID}\n\n"
        "ผู้จัดการศพ: นางบัวคำ ปัญญาดี (ภริยาผู้ตาย)\n"
        f"เลขประจำตัวประชาชน {WIDOW_ID}\n"
    )
    case = read(text, sender="ร่มไทรบริการ <romsai.service@example.com>")
    assert case.fields.get("full_name") == "นางบัวคำ ปัญญาดี"


def test_the_executor_a_sheet_names_by_his_charge_is_the_applicant() -> None:
    rows = (
        ("บัญชีทายาท",),
        ("ผู้จัดการมรดก", "นายสุริยา ปัญญาดี"),
        ("เลขประจำตัวประชาชน", WIDOW_ID),
        (),
        ("ผู้ตาย", "นายจันทร์ ปัญญาดี", DEAD_ID),
    )
    case = read("แนบบัญชีทายาทครับ\n", rows=rows)
    assert case.fields.get("full_name") == "นายสุริยา ปัญญาดี"


# --- an Outlook signature's switchboard line under the writer's mobile ---------------------


def test_a_company_signatures_line_with_an_extension_yields_to_the_mobile_in_the_body() -> None:
    """The executor writes from work: his mobile in the body, the firm's name, address and
    "Tel. ... ext." in the signature Outlook adds under his closing."""
    text = (
        "เรียน กองคลัง\n\n"
        "ข้าพเจ้าขอโอนสิทธิการเช่าแผงค้าของผู้ตายให้แก่กองมรดก\n"
        "ที่อยู่ติดต่อ (บ้าน): 12 หมู่ 5 ตำบลแม่ต๋ำ อำเภอเมืองพะเยา  มือถือ 086-224-1930\n\n"
        "ขอแสดงความนับถือ\n\n"
        "สุริยา ปัญญาดี\nผู้จัดการฝ่ายบัญชี\nบริษัท พะเยาค้าไม้ จำกัด\n"
        "45 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000\n"
        "Tel. 054-481-220 ext. 14 | Fax 054-481-229\n"
    )
    case = read(text, sender="สุริยา ปัญญาดี <suriya@phayaowood.example.co.th>")
    assert case.fields.get("phone") == "+66862241930"


# --- the imam named as the contact at the mosque -------------------------------------------


def test_the_imam_named_as_the_mosques_contact_is_not_the_one_who_asks() -> None:
    text = (
        "เรียน เทศบาล\n\n"
        "ผม นายซุลกิฟลี มะหะหมัด ขอยืมเต็นท์ 3 หลัง สำหรับงานศพบิดาที่มัสยิดบ้านทุ่ง\n"
        "ผู้ประสานงาน: อิหม่ามอาหมัด สาและ โทร 089-771-2046\n\n"
        f"เลขประจำตัวประชาชน {WIDOW_ID}\nมือถือ 086-224-1930\n\n"
        "ขอบคุณครับ\nนายซุลกิฟลี มะหะหมัด\n"
    )
    case = read(text, sender="Zulkifli <zulkifli.m@example.com>")
    assert case.fields.get("full_name") == "นายซุลกิฟลี มะหะหมัด"


def test_the_heir_a_stall_passes_to_is_the_one_who_asks() -> None:
    """A reply giving the transferee's lines ("ผู้รับโอนแผง: <him>") over the former tenant
    (the dead mother: her name before her ID)."""
    text = (
        "เรียน งานตลาด\nส่งข้อมูลเพิ่มเติมครับ\n"
        f"ผู้รับโอนแผง: นายสุริยา ปัญญาดี\nเลขบัตรประชาชน {WIDOW_ID}\nโทร 086-224-1930\n"
        f"ผู้เช่าเดิม (ถึงแก่กรรม): นางคำปัน ปัญญาดี เลขบัตร {DEAD_ID} แผงเลขที่ ข-12\n"
    )
    case = read(text, sender="Suriya <suriya.p@example.com>")
    assert case.fields.get("full_name") == "นายสุริยา ปัญญาดี"


# --- the deceased's particulars said far from his name -------------------------------------


def test_a_number_said_to_be_a_relatives_is_not_the_writers() -> None:
    """ "เบอร์เดิมของแม่ 08...": the number's own words say whose, however long the
    sentence since the mother was named."""
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ผม นายสุริยา ปัญญาดี เป็นบุตรของ นางคำปัน ปัญญาดี (เลขประจำตัวประชาชน {DEAD_ID} "
        "เกิด 2 มี.ค. 2481) ซึ่งมีทะเบียนบ้านอยู่ที่ 19 หมู่ที่ 2 ตำบลบ้านต๋อม อำเภอเมืองพะเยา "
        "จังหวัดพะเยา 56000 เบอร์เดิมของแม่ 089-310-5527 แม่ถึงแก่กรรมเมื่อ 1 พฤศจิกายน 2569\n\n"
        f"ข้อมูลผู้ยื่น: เลขประจำตัวประชาชน {WIDOW_ID}\nติดต่อ ผม ได้ที่ 0862241930\n"
    )
    case = read(text)
    assert case.fields.get("phone") == "+66862241930"


def test_a_line_the_deceased_opens_gives_his_numbers_not_the_executors() -> None:
    text = (
        "เรียน กองคลัง\n"
        "ผม นายสุริยา ปัญญาดี ผู้จัดการมรดกของ นางคำปัน ปัญญาดี ผู้ตาย ตามคำสั่งศาลจังหวัดพะเยา\n"
        f"ผู้ตาย เลขประจำตัวประชาชน {DEAD_ID} เกิด 2 มี.ค. 2481 ถึงแก่ความตายวันที่ 1 พ.ย. 2569\n"
        "ขอเปลี่ยนชื่อผู้เสียภาษีจากชื่อผู้ตายเป็นชื่อผม\n"
        f"เลขบัตรประชาชนผม {WIDOW_ID}\nมือถือ 086-224-1930\n"
    )
    case = read(text)
    assert case.fields.get("national_id") == WIDOW_ID
    assert case.fields.get("birth_date") is None or flagged(case, "birth_date")
