"""Names that carry a rank, a monk's or an honorary title (issue 8, set 72): each test
failed before its fix."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from typed_mail import templates

from extractors.base import ExtractedCase
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.names import join_name_parts
from extractors.templates import load_templates
from extractors.xlsx_form import XlsxFormExtractor

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def sheet(rows: list[tuple[str, ...]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_sheets_rank_column_goes_before_the_name() -> None:
    """A unit's sheet heads its rows ยศ | ชื่อ | นามสกุล: the rank is the name's title, kept
    (issue 8), not a cell left out of it."""
    data = sheet(
        [
            ("ยศ", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "มือถือ"),
            ("พ.จ.อ.", "ไพโรจน์", "แสงสว่าง", "3410200567013", "0861234098"),
        ]
    )
    result = XlsxFormExtractor().extract(data, part="2", labels=LABELS)
    names = [c.value for c in join_name_parts(result.candidates) if c.key == "full_name"]
    assert names == ["พ.จ.อ. ไพโรจน์ แสงสว่าง"]


def with_check_digit(twelve: str) -> str:
    total = sum(int(d) * (13 - k) for k, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


def letter(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_letter(attachment: bytes, note: str = "ส่งหนังสือตามไฟล์แนบ\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "สำนักงาน <office.desk@example.org>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือ"
    msg.set_content(note, charset="utf-8")
    msg.add_attachment(attachment, maintype="application", subtype=DOCX.split("/")[1],
                       filename="letter.docx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), templates())


NOVICE_ID = with_check_digit("110350041237")


def test_a_temples_letter_about_a_novice_is_his_and_the_abbots_phone_is_not() -> None:
    """An abbot's letter opens on a novice ("ด้วยสามเณร<name> เลขประจำตัวประชาชน ...")
    and signs with his own mobile: the novice is the applicant, and the abbot's mobile is
    never the novice's phone."""
    case = read_letter(
        letter(
            "ที่ วสก 12/2569\tวัดศรีเกษม\n\t12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองอุดรธานี",
            "เรื่อง ขอทำบัตรประจำตัวประชาชน\nเรียน นายกเทศมนตรี",
            f"ด้วยสามเณรกิตติพัฒน์ ศรีบุญเรือง เลขประจำตัวประชาชน {NOVICE_ID} เกิดวันที่ 3 "
            "มีนาคม 2555 บรรพชาและพำนักอยู่ที่วัดศรีเกษม เลขที่ 12 หมู่ที่ 3 ตำบลหนองบัว "
            "อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 ต้องทำบัตรประจำตัวประชาชนครั้งแรก "
            "จึงขอให้เจ้าอาวาสเป็นผู้รับรองบุคคล",
            "จึงเจริญพรมาเพื่อโปรดพิจารณา",
            "ขอเจริญพร\n\n(พระครูวิมลธรรมรักษ์)\n(บุญมา ธมฺมรกฺขิโต)\nเจ้าอาวาสวัดศรีเกษม\nโทร 089-447-2156",
        )
    )
    assert case.fields["full_name"] == "สามเณรกิตติพัฒน์ ศรีบุญเรือง"
    assert case.fields["national_id"] == NOVICE_ID
    assert case.fields.get("phone") is None or bool(case.issues.get("phone"))


SOLDIER_ID = with_check_digit("340990012873")


def test_a_units_letter_is_for_the_soldier_it_names_not_the_commander_who_signs() -> None:
    """A unit's letter opens on its soldier ("ด้วย จ.ส.ท. <name> หมายเลขประจำตัวทหาร ...
    ประสงค์ขอ ...") and gives his mobile; its commander signs above the unit's line: the
    soldier is the applicant, his mobile the phone."""
    case = read_letter(
        letter(
            "ที่ กห 0512.3/774\tกองพันทหารช่างที่ 9\n\tค่ายสุรนารี จังหวัดนครราชสีมา",
            "เรื่อง ขอหนังสือรับรอง\nเรียน นายกเทศมนตรี",
            "ด้วย จ.ส.ท. วีระยุทธ ทองประเสริฐ หมายเลขประจำตัวทหาร 1270400618 เลขประจำตัว"
            f"ประชาชน {SOLDIER_ID} กำลังพลในสังกัด มีภูมิลำเนาอยู่บ้านเลขที่ 77 หมู่ 5 ตำบลโพธิ์กลาง "
            "อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000 ประสงค์ขอหนังสือรับรองที่อยู่ "
            "ทั้งนี้ติดต่อกำลังพลได้ที่ 086-552-1904",
            "จึงเรียนมาเพื่อโปรดพิจารณา",
            "ขอแสดงความนับถือ\n\nพ.ท.ณรงค์ฤทธิ์ แก้วมณี\nผบ.พัน.ช.9\nฝ่ายกำลังพล โทร 044-253-118",
        )
    )
    assert case.fields["full_name"] in ("จ.ส.ท.วีระยุทธ ทองประเสริฐ", "จ.ส.ท. วีระยุทธ ทองประเสริฐ")
    assert case.fields["phone"] in ("0865521904", "+66865521904")


def read_mail(text: str, sender: str = "ผู้ส่ง <someone.sends@example.org>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำขอ"
    msg.set_content(text, charset="utf-8")
    return extract_case(parse_message(bytes(msg)), templates())


MONK_ID = with_check_digit("350050012649")


def test_the_monk_an_abbot_certifies_is_the_applicant_and_his_temple_his_home() -> None:
    """ "ข้าพเจ้า <abbot's title name> (<own name>) ... ขอรับรองว่า พระ<name> ... พำนักอยู่
    จริง ณ <number> ...": the monk vouched for is the applicant (a monk's title proves a
    name as a layman's does), and where he resides (พำนัก) is his home."""
    case = read_mail(
        "หนังสือรับรอง\n\nข้าพเจ้า พระครูสุนทรธรรมโกวิท (จำลอง สุนฺทโร) เจ้าอาวาสวัดหนองแวง "
        f"ขอรับรองว่า พระอนุชิต แก้วประเสริฐ (อนุตฺตโร) เลขประจำตัวประชาชน {MONK_ID} "
        "เป็นพระภิกษุในวัดนี้ พำนักอยู่จริง ณ 41 หมู่ 8 ตำบลหนองแวง อำเภอเมืองขอนแก่น "
        "จังหวัดขอนแก่น 40000 มีความประสงค์ย้ายชื่อเข้าทะเบียนบ้านของวัด\n\n"
        "ขอเจริญพร\n(พระครูสุนทรธรรมโกวิท)\n"
    )
    assert case.fields["full_name"] in ("พระอนุชิต แก้วประเสริฐ", "พระอนุชิต แก้วประเสริฐ (อนุตฺตโร)")
    assert "ตำบลหนองแวง" in (case.fields["address"] or "") and (
        case.fields["address"] or ""
    ).startswith("41 หมู่")
    assert case.fields["postal_code"] == "40000"


NUN_ID = with_check_digit("357010023418")


def test_a_nun_resides_at_the_nunnery_whose_number_follows_its_name() -> None:
    """ "พำนักอยู่ที่สำนักชีวัด<name> เลขที่ <number> ...": the temple's or nunnery's name
    stands before the house number, as a building's does; the home is the number on."""
    case = read_mail(
        "เรียน นายก อบต.\n\nดิฉัน แม่ชีบุญเรือน ทองคำ พำนักอยู่ที่สำนักชีวัดโนนสูง เลขที่ 18 หมู่ 3 "
        f"ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\nเลขประจำตัวประชาชน {NUN_ID}\n"
        "ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ\nโทร 081-552-0917\n"
    )
    assert (case.fields["address"] or "").startswith("18 หมู่")


def test_a_monks_or_officers_own_mailbox_is_his_e_mail() -> None:
    """From "<given> <family>" and the request signed with a rank or a monk's title glued
    on ("พระมหา<given>", "ร.ต.ท.<given>"): the same person, his mailbox his e-mail."""
    monk = read_mail(
        f"อาตมา พระมหาอนุชิต แก้วประเสริฐ เลขประจำตัวประชาชน {MONK_ID} ขอหนังสือรับรองการมีชื่อ"
        "ในทะเบียนบ้านของวัด\nติดต่ออาตมาได้ที่ 089-120-4473\nขอเจริญพร\n",
        sender="อนุชิต แก้วประเสริฐ <anuchit.kp@example.net>",
    )
    assert monk.fields["email"] == "anuchit.kp@example.net"
    officer = read_mail(
        f"ผม ร.ต.ท.ภาณุวัฒน์ ชัยมงคล เลขประจำตัวประชาชน {SOLDIER_ID} ขอคัดสำเนาทะเบียนบ้าน\n"
        "มือถือ 086-330-7712\n",
        sender="ภาณุวัฒน์ ชัยมงคล <panuwat.cm@example.net>",
    )
    assert officer.fields["email"] == "panuwat.cm@example.net"


def test_the_one_a_letter_vouches_for_may_send_it_from_his_own_mailbox() -> None:
    """The monk mails the abbot's certificate about him from his own box: the letter is
    about another than its writer, but From is the one it is about."""
    case = read_mail(
        "ข้าพเจ้า พระครูสุนทรธรรมโกวิท เจ้าอาวาสวัดหนองแวง ขอรับรองว่า พระอนุชิต แก้วประเสริฐ "
        f"เลขประจำตัวประชาชน {MONK_ID} พำนักอยู่จริง ณ 41 หมู่ 8 ตำบลหนองแวง อำเภอเมืองขอนแก่น "
        "จังหวัดขอนแก่น 40000\n",
        sender="อนุชิต แก้วประเสริฐ <anuchit.kp@example.net>",
    )
    assert case.fields["email"] == "anuchit.kp@example.net"
    writer = read_mail(
        "ข้าพเจ้า พระครูสุนทรธรรมโกวิท เจ้าอาวาสวัดหนองแวง ขอรับรองว่า พระอนุชิต แก้วประเสริฐ "
        f"เลขประจำตัวประชาชน {MONK_ID} พำนักอยู่จริง ณ 41 หมู่ 8 ตำบลหนองแวง อำเภอเมืองขอนแก่น "
        "จังหวัดขอนแก่น 40000\n",
        sender="จำลอง สุนทรโร <chamlong.wat@example.net>",
    )
    assert writer.fields.get("email") is None


def test_an_abbot_reporting_for_his_monk_writes_the_monks_request() -> None:
    """ "อาตมา<abbot> ... ขอแจ้งแทน พระ<monk> ... เลขประจำตัวประชาชน ...": the monk he
    reports for is the applicant, his temple's house (named before its number) his home."""
    case = read_mail(
        "เจริญพร เจ้าหน้าที่\n\nอาตมาพระครูโสภณธรรมาภิรม (เปลี่ยน โสภโณ) เจ้าอาวาสวัดบึงบอน "
        f"ขอแจ้งแทนพระวิชัย แสนทวี พระลูกวัด เลขประจำตัวประชาชน {MONK_ID} ซึ่งอยู่ที่วัด เลขที่ "
        "7 หมู่ 2 ตำบลบึงบอน อำเภอหนองเสือ จังหวัดปทุมธานี 12170 ว่าบัตรประชาชนหาย\n\n"
        "ติดต่ออาตมา 081-660-2395\nขอเจริญพร\n",
        sender="วัดบึงบอน <watbuengbon.office@example.net>",
    )
    assert case.fields["full_name"] == "พระวิชัย แสนทวี"
    assert case.fields["national_id"] == MONK_ID
    assert (case.fields["address"] or "").startswith("7 หมู่")


def test_a_nun_names_herself_after_her_i() -> None:
    """ "ดิฉัน แม่ชี<given> <family>": a nun's title proves a name as a civil one does."""
    case = read_mail(
        f"ดิฉัน แม่ชีบุญเรือน ทองคำ เลขประจำตัวประชาชน {NUN_ID}\nขอลงทะเบียนรับเบี้ยยังชีพ\nโทร 081-552-0917\n",
        sender="Wat Office <wat.office.box@example.net>",
    )
    assert case.fields["full_name"] == "แม่ชีบุญเรือน ทองคำ"


def test_a_novices_home_is_his_temples_house_in_the_register() -> None:
    """ "มีชื่ออยู่ในทะเบียนบ้านของวัด เลขที่ <number> ...": the temple's house, where the
    novice is registered and lives, is his home."""
    case = read_letter(
        letter(
            "เรื่อง ขอทำบัตรประจำตัวประชาชน\nเรียน นายกเทศมนตรี",
            f"ด้วยสามเณรกิตติพัฒน์ ศรีบุญเรือง เลขประจำตัวประชาชน {NOVICE_ID} บรรพชาและพำนักอยู่ที่"
            "วัดศรีเกษม มีชื่ออยู่ในทะเบียนบ้านของวัด เลขที่ 12 หมู่ที่ 3 ตำบลหนองบัว "
            "อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 ต้องทำบัตรครั้งแรก",
            "จึงเจริญพรมาเพื่อโปรดพิจารณา",
        )
    )
    assert (case.fields["address"] or "").startswith("12 หมู่")


def test_a_name_typed_on_the_signature_line_itself_is_the_signers() -> None:
    """ "ลงชื่อ จ.ส.ต. <given> <family>" with nothing after it: the writer signs with his
    name typed on the line (a soldier's mail his commander forwards), not in brackets under
    it; the commander's own lines above the forward are not his."""
    case = read_mail(
        "เรียน งานทะเบียน\nขอส่งคำขอของกำลังพลมาเพื่อพิจารณาครับ\n\nร.ท.สมพงษ์ วิเศษสุข\n"
        "ผบ.มว.\nโทร 044-611-902\n\n---------- Forwarded message ---------\n"
        "From: ธนากร ศรีสวัสดิ์ <thanakorn.ss@example.net>\nSubject: ขอเลขที่บ้าน\n\n"
        "เรียน ผบ.มว. ครับ ขอส่งเรื่องขอเลขที่บ้านต่อให้ด้วยครับ\n\n"
        f"ลงชื่อ จ.ส.ต. ธนากร ศรีสวัสดิ์\nเลขประจำตัวประชาชน {SOLDIER_ID}\n"
        "มือถือ 086-330-5521\n",
        sender="สมพงษ์ วิเศษสุข <sompong.ws@example.net>",
    )
    assert case.fields["full_name"] in ("จ.ส.ต.ธนากร ศรีสวัสดิ์", "จ.ส.ต. ธนากร ศรีสวัสดิ์")


def test_an_honorary_title_chosen_in_its_own_box_is_kept() -> None:
    """คุณหญิง, ท่านผู้หญิง (a royal decoration's titles) chosen as the title: kept before
    the name (issue 8), as a rank is, not dropped as an unknown title."""
    data = sheet([("คำนำหน้า", "ชื่อ", "นามสกุล"), ("ท่านผู้หญิง", "วิมลรัตน์", "ศรีประเสริฐ")])
    result = XlsxFormExtractor().extract(data, part="2", labels=LABELS)
    names = [c.value for c in join_name_parts(result.candidates) if c.key == "full_name"]
    assert names == ["ท่านผู้หญิง วิมลรัตน์ ศรีประเสริฐ"]


SPOUSE_ID = with_check_digit("171020034561")


def test_a_fillable_forms_spouse_fields_are_anothers() -> None:
    """A bilingual form's Applicant part (applicant_title, applicant_name, ...) and Spouse
    part (spouse_name, spouse_id) below: the spouse's name and ID are never the applicant's
    unflagged; the applicant's name is the name."""
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ผู้ขอ / Applicant"), (20, 40, "Title"), (60, 40, "Name"),
                (20, 50, "Passport No."), (20, 60, "Mobile"), (20, 80, "คู่สมรส / Spouse"),
                (20, 90, "ชื่อ-สกุล"), (20, 100, "เลขประจำตัวประชาชน")]  # fmt: skip
    fields = [Field("applicant_title", "Mr.", 35, 40, 20),
              Field("applicant_name", "Lukas Hoffmann", 75, 40, 90),
              Field("passport_no", "C7K28L0M1", 50, 50, 50),
              Field("applicant_mobile", "081-902-7731", 40, 60, 55),
              Field("spouse_name", "นางพรทิพย์ ฮอฟมันน์", 45, 90, 90),
              Field("spouse_id", SPOUSE_ID, 70, 100, 45)]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Lukas Hoffmann <lukas.hoffmann@example.net>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Residence certificate"
    msg.set_content("Please find my form attached.\n")
    data = acroform(pdf_page(captions, size=12), fields)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    case = extract_case(parse_message(bytes(msg)), templates())
    assert case.fields["full_name"] in ("Mr. Lukas Hoffmann", "Mr Lukas Hoffmann", "Lukas Hoffmann")
    assert case.fields.get("national_id") is None or bool(case.issues.get("national_id"))


def test_a_letter_opening_on_a_pupil_by_his_id_is_no_forwarded_request() -> None:
    """ "ด้วย ด.ญ.<name> เลขประจำตัวประชาชน ...", a school's letter on its pupil: the parent
    who sends it asks, not the child; a novice named so is the one the letter is for."""
    from extractors.forwarding_letter import forwarded_paragraph

    pupil = (
        f"ด้วย ด.ญ.ปริยากร สุขเจริญ เลขประจำตัวประชาชน {NOVICE_ID} เป็นนักเรียนชั้น ป.4 "
        "ผู้ปกครองมีความประสงค์ขอย้ายโรงเรียน"
    )
    novice = f"ด้วยสามเณรกิตติพัฒน์ ศรีบุญเรือง เลขประจำตัวประชาชน {NOVICE_ID} บรรพชาที่วัดนี้"
    assert forwarded_paragraph([(1, pupil)]) is None
    found = forwarded_paragraph([(1, novice)])
    assert found is not None and found.name == "สามเณรกิตติพัฒน์ ศรีบุญเรือง"
