"""Unit tests for the shapes blind set 81 (requests that carry medical papers: disability
allowance, bedridden-patient support, device loans, staff medical claims, อสม. and รพ.สต.
referrals) found the readers getting wrong (issue 8): each names the way a request is
written that it covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from typed_mail import flagged
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(
    text: str,
    *,
    sender: str = "someone <someone@example.com>",
    subject: str = "ขอความช่วยเหลือ",
    paragraphs: tuple[str, ...] = (),
    rows: tuple[tuple[Any, ...], ...] = (),
    pdf_lines: tuple[str, ...] = (),
    pdf: bytes = b"",
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    if paragraphs:

        def build(d: Any) -> None:
            for paragraph in paragraphs:
                d.add_paragraph(paragraph)

        main, sub = DOCX.split("/")
        msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="form.docx")
    if rows:

        def fill(book: Any) -> None:
            for row in rows:
                book.active.append(row)

        main, sub = XLSX.split("/")
        msg.add_attachment(xlsx_bytes(fill), maintype=main, subtype=sub, filename="sheet.xlsx")
    if pdf_lines:
        page = pdf_page([(25, 25 + 9 * n, line) for n, line in enumerate(pdf_lines)], face="Loma")
        msg.add_attachment(page, maintype="application", subtype="pdf", filename="paper.pdf")
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def quiet_or_flagged(case: ExtractedCase, key: str) -> bool:
    """No value, or one a clerk is told to look at: never a silent one."""
    return case.fields.get(key) is None or flagged(case, key)


# --- a device loan form: the user's part, then the borrower's ------------------------------


def test_a_borrowers_part_beside_the_device_users_part_is_not_the_users() -> None:
    """A loan form's "ส่วนที่ 1 ผู้ใช้อุปกรณ์" then "ส่วนที่ 2 ผู้ยืม": the carer borrows the
    walker for the one who uses it; the request is the user's, the borrower's home is
    never his and her mobile never silently his (he gives none)."""
    case = read(
        "ส่งแบบขอยืมอุปกรณ์ครับ\n",
        sender="Somsri K <somsri.kw@example.com>",
        subject="ขอยืมอุปกรณ์",
        paragraphs=(
            "แบบคำขอยืมอุปกรณ์ช่วยเหลือผู้ป่วย",
            "ส่วนที่ 1 ผู้ใช้อุปกรณ์",
            "ชื่อ-สกุล นายอุดม ไชยวงศ์   เลขประจำตัวประชาชน 3570300218842",
            "ที่อยู่ 27 หมู่ที่ 4 ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100",
            "อุปกรณ์ที่ขอยืม ไม้เท้าสามขา",
            "ส่วนที่ 2 ผู้ยืม/ผู้รับผิดชอบอุปกรณ์",
            "ชื่อ-สกุล นางสมศรี ไชยวงศ์   เกี่ยวข้องเป็น บุตรสาว",
            "ที่อยู่ 190/2 หมู่ที่ 11 ตำบลรอบเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000   โทรศัพท์ 086-4471932",
        ),
    )
    assert case.fields["full_name"] == "นายอุดม ไชยวงศ์"
    assert (case.fields["address"] or "").startswith("27 หมู่ที่ 4")
    assert quiet_or_flagged(case, "phone")


# --- a health centre's letter: its line under its director's signature ---------------------


def test_a_health_centres_line_under_its_directors_signature_is_not_the_patients() -> None:
    """A รพ.สต.'s letter in Word about a villager it visited: its director signs with his
    post and the centre's line under it. The line is the centre's, never silently the
    patient's (who gives none)."""
    case = read(
        "เรียน อบต.\nส่งหนังสือตามแนบ\n",
        sender="รพ.สต.บ้านป่าแดด <rpst.padaet@example.go.th>",
        subject="หนังสือขอความอนุเคราะห์",
        paragraphs=(
            "ที่ ชร 0033.302/77\t\tรพ.สต.บ้านป่าแดด\n"
            "\t\t\t12 หมู่ที่ 3 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
            "เรื่อง ขอความอนุเคราะห์ช่วยเหลือผู้ป่วยติดเตียง\nเรียน นายกองค์การบริหารส่วนตำบลป่าแดด",
            "ด้วยรพ.สต.บ้านป่าแดด ได้ออกเยี่ยมบ้านพบ นายทองสุข แก้วมา เลขประจำตัวประชาชน 3570300551142 "
            "อยู่บ้านเลขที่ 45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000 นอนติดเตียง "
            "จึงขอความอนุเคราะห์ผ้าอ้อมผู้ใหญ่",
            "ขอแสดงความนับถือ\n\n(นางวิมลรัตน์ ปัญญาดี)\nผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านป่าแดด",
            "โทร 053-771-456",
        ),
    )
    assert quiet_or_flagged(case, "phone")


# --- a health worker's or health unit's sheet: its head block is the maker's ----------------


def test_a_village_health_volunteers_head_block_is_not_the_patients() -> None:
    """An อสม.'s sheet: her name, card, ID and mobile in its head block, the villager's
    rows below. Her ID is never his, her mobile never silently his (he gives none)."""
    case = read(
        "ส่งรายงานค่ะ\n",
        sender="Buaphan S <buaphan.osm@example.com>",
        subject="รายงานเยี่ยมบ้าน",
        rows=(
            ("แบบรายงานการเยี่ยมบ้าน",),
            ("อสม.", "นางบัวผัน สุขใจ", "เลขบัตร", "3570300774419", "โทร", "092-5518830"),
            ("หมู่บ้าน", "หมู่ 8 ต.ป่าแดด"),
            (),
            ("ชื่อ-สกุล", "นายทองสุข แก้วมา"),
            ("เลขประจำตัวประชาชน", "3570300551142"),
            ("ที่อยู่", "45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000"),
        ),
    )
    assert case.fields["national_id"] == "3570300551142"
    assert quiet_or_flagged(case, "phone")


def test_a_health_units_head_block_is_not_the_patients() -> None:
    """A รพ.สต.'s referral sheet: the unit, its address and its line in the head block, the
    patient's rows below: the unit's line is never silently the patient's."""
    case = read(
        "ส่งแบบส่งต่อค่ะ\n",
        sender="รพ.สต.บ้านป่าแดด <rpst.padaet@example.go.th>",
        subject="ส่งต่อผู้ป่วย",
        rows=(
            ("แบบส่งต่อผู้ป่วย",),
            ("หน่วยบริการ", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านป่าแดด"),
            ("ที่ตั้ง", "12 หมู่ที่ 3 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000"),
            ("โทร", "053-771-456"),
            (),
            ("ชื่อ-สกุล", "นายทองสุข แก้วมา"),
            ("เลขประจำตัวประชาชน", "3570300551142"),
            ("ที่อยู่", "45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000"),
        ),
    )
    assert quiet_or_flagged(case, "phone")
    assert (case.fields["address"] or "").startswith("45 หมู่ที่ 8")


# --- a staff member's claim sheet: the treated relative's rows are not hers ----------------


def test_a_treated_relatives_rows_in_a_staff_claim_sheet_are_not_hers() -> None:
    """A staff member's claim sheet: her rows, then "ผู้ป่วย (บุตรสาว)" naming the daughter
    treated, her ID and birth date. The claim is the staff member's: the daughter's birth
    date is never hers (she gives none), nor her ID."""
    case = read(
        "แนบใบขอเบิกค่ะ\n",
        sender="Ratchanee P <ratchanee.pt@example.go.th>",
        subject="ขอเบิกค่ารักษาพยาบาล",
        rows=(
            ("ใบขอเบิกค่ารักษาพยาบาล",),
            ("ผู้ขอเบิก", "นางรัชนี พรหมทา", "ตำแหน่ง", "นักวิชาการเงินและบัญชี"),
            ("เลขประจำตัวประชาชน", "3570100448216"),
            (),
            ("ผู้ป่วย (บุตรสาว)", "เด็กหญิงพิมพ์ลดา พรหมทา", "เลขประจำตัวประชาชน", "1219900765431",
             "วันเกิด", "04/02/2561"),
        ),
    )  # fmt: skip
    assert case.fields["national_id"] == "3570100448216"
    assert quiet_or_flagged(case, "birth_date")


# --- where to reach the writer while away: her address --------------------------------------


def test_the_place_the_writer_says_to_reach_her_at_is_her_address() -> None:
    """ "ระหว่างลาติดต่อดิฉันได้ที่ <house number, soi, tambon...>": where she is to be
    reached, with no word for a home before it, is her address; a number said so is not."""
    case = read(
        "เรียน หัวหน้าสำนักปลัด\n\nดิฉัน นางสาวอรทัย ศรีคำ ขอลาป่วย 3 วัน เนื่องจากเป็นไข้หวัดใหญ่\n\n"
        "ระหว่างลาติดต่อดิฉันได้ที่ 204/7 ซ.ร่มเย็น ต.ริมกก อ.เมืองเชียงราย เชียงราย 57100 "
        "โทร 089-4417205\n\nนางสาวอรทัย ศรีคำ\n",
        sender="Orathai S <orathai.sk@example.com>",
        subject="ขอลาป่วย",
    )
    assert (case.fields["address"] or "").startswith("204/7 ซ.ร่มเย็น ต.ริมกก")
    assert case.fields["postal_code"] == "57100"


def test_a_number_the_writer_says_to_reach_her_at_is_no_address() -> None:
    case = read(
        "ดิฉัน นางสาวอรทัย ศรีคำ ขอลาป่วย 3 วัน\nติดต่อดิฉันได้ที่ 089-4417205\n",
        sender="Orathai S <orathai.sk@example.com>",
        subject="ขอลาป่วย",
    )
    assert case.fields["address"] is None


# --- a medical certificate attached: the doctor's "ข้าพเจ้า" is the certifier's ------------


def test_the_doctors_own_line_in_an_attached_certificate_is_not_the_applicants() -> None:
    """She asks for a walker herself and attaches the certificate: "ข้าพเจ้า <doctor>
    ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว.xxxxx" is the doctor certifying, never the one
    who asks; she is, and her own box the mail came from is hers."""
    case = read(
        "เรียน เทศบาล\n\nดิฉัน นางอำไพ ทาแก้ว เลขประจำตัวประชาชน 3570100448216 ขอรับไม้เท้า "
        "แนบใบรับรองแพทย์มาด้วยค่ะ\nโทร 081-6620934\nนางอำไพ ทาแก้ว\n",
        sender="Amphai T <amphai.tk@example.com>",
        subject="ขอรับอุปกรณ์ช่วยเดิน",
        paragraphs=(
            "โรงพยาบาลเชียงรายเวชกิจ",
            "ใบรับรองแพทย์",
            "ข้าพเจ้า นายแพทย์สุนทร ยอดดี ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว.51207",
            "ได้ตรวจร่างกาย นางอำไพ ทาแก้ว เมื่อวันที่ 3 ธันวาคม 2569",
            "ผลการตรวจ ข้อเข่าเสื่อม (M17.0)",
        ),
    )
    assert case.fields["full_name"] == "นางอำไพ ทาแก้ว"
    assert case.fields["email"] == "amphai.tk@example.com"


def test_the_doctors_line_wrapped_before_his_licence_in_a_pdf_is_not_the_applicants() -> None:
    """The same certificate printed to PDF, the licence's number wrapped onto the next
    line: "ข้าพเจ้า นายแพทย์... ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่" is still the doctor's."""
    case = read(
        "เรียน เทศบาล\n\nดิฉัน นางอำไพ ทาแก้ว เลขประจำตัวประชาชน 3570100448216 ขอรับไม้เท้า "
        "แนบใบรับรองแพทย์มาด้วยค่ะ\nโทร 081-6620934\nนางอำไพ ทาแก้ว\n",
        sender="Amphai T <amphai.tk@example.com>",
        subject="ขอรับอุปกรณ์ช่วยเดิน",
        pdf_lines=(
            "โรงพยาบาลเชียงรายเวชกิจ",
            "ใบรับรองแพทย์",
            "ข้าพเจ้า นายแพทย์สุนทร ยอดดี ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่",
            "ว.51207",
            "ได้ตรวจร่างกาย นางอำไพ ทาแก้ว เมื่อวันที่ 3 ธันวาคม 2569",
            "ผลการตรวจ ข้อเข่าเสื่อม (M17.0)",
        ),
    )
    assert case.fields["full_name"] == "นางอำไพ ทาแก้ว"
    assert case.fields["email"] == "amphai.tk@example.com"


# --- the patient named in a referral sheet by his column --------------------------------------


def test_the_patients_name_column_in_a_referral_sheet_is_the_applicants() -> None:
    """A referral's table whose column is "ชื่อ-สกุลผู้ป่วย" under a health unit's head
    block: the patient is the one the request is for."""
    table = read(
        "ส่งแบบส่งต่อค่ะ\n",
        sender="รพ.สต.บ้านป่าแดด <rpst.padaet@example.go.th>",
        subject="ส่งต่อผู้ป่วย",
        rows=(
            ("แบบส่งต่อผู้ป่วย",),
            ("หน่วยบริการ", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านป่าแดด"),
            (),
            ("ชื่อ-สกุลผู้ป่วย", "เลขประจำตัวประชาชน", "ที่อยู่", "HN"),
            ("นายทองสุข แก้วมา", "3570300551142", "45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย", "61234"),
        ),
    )
    assert table.fields["full_name"] == "นายทองสุข แก้วมา"


# --- a health volunteer's mail: the patient's own number by its label ----------------------


def test_the_patients_own_number_by_its_label_beats_the_volunteers() -> None:
    """An อสม.'s mail on a bedridden villager gives his own number ("เบอร์โทรผู้ป่วย ...")
    and hers to contact at the foot: the patient's is his phone."""
    case = read(
        "เรียน นายก อบต.\n\nดิฉัน นางบัวผัน สุขใจ อสม.หมู่ 8 ขอรายงานผู้ป่วยติดเตียง\n\n"
        "ชื่อผู้ป่วย นายทองสุข แก้วมา\nเลขบัตรประชาชน 3570300551142\n"
        "ที่อยู่ 45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000\n"
        "เบอร์โทรผู้ป่วย 053-772410\n\nติดต่อ อสม. 092-551-8830\nนางบัวผัน สุขใจ\n",
        sender="Buaphan S <buaphan.osm@example.com>",
        subject="รายงานผู้ป่วยติดเตียง",
    )
    assert case.fields["full_name"] == "นายทองสุข แก้วมา"
    assert case.fields["phone"] == "+6653772410"


# --- a staff member's own claim from her work box for her spouse's bill --------------------


def test_a_staff_members_own_claim_for_her_spouse_is_hers() -> None:
    """She writes from the agency's own domain, naming herself and the spouse treated,
    his ID right after his name: the claim is hers, his name never the applicant's."""
    case = read(
        "เรียน ผู้อำนวยการกองคลัง\n\nด้วยดิฉัน นางกัลยา ใจบุญ ตำแหน่งนักจัดการงานทั่วไป "
        "เลขประจำตัวประชาชน 3570100448216 ขอเบิกค่ารักษาพยาบาลของคู่สมรส นายสมหมาย ใจบุญ "
        "เลขประจำตัวประชาชน 3570300551142 ซึ่งเข้ารับการรักษาที่โรงพยาบาลเชียงรายเวชกิจ\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\nนางกัลยา ใจบุญ\n",
        sender="กัลยา ใจบุญ <kanlaya.jb@example.go.th>",
        subject="ขอเบิกค่ารักษาพยาบาลคู่สมรส",
    )
    assert case.fields["full_name"] == "นางกัลยา ใจบุญ"
    assert case.fields["national_id"] == "3570100448216"


# --- a hospital's letter on the patient it discharges -------------------------------------


def test_the_patient_a_hospitals_letter_names_is_the_applicant() -> None:
    """A hospital's social worker writes "ด้วยโรงพยาบาล... จะจำหน่ายผู้ป่วย นาย... อายุ ..
    ปี เลขประจำตัวประชาชน ..." and signs with the hospital's block: the patient is the one
    the request is for, never the social worker who signs."""
    case = read(
        "เรียน นายกเทศมนตรี\n\nด้วยโรงพยาบาลเชียงรายเวชกิจ จะจำหน่ายผู้ป่วย นายทองสุข แก้วมา อายุ 81 ปี "
        "เลขประจำตัวประชาชน 3570300551142 ผู้ป่วยติดเตียง ที่อยู่ 45 หมู่ที่ 8 ตำบลป่าแดด "
        "อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000\n\nจึงขอส่งต่อข้อมูลเพื่อเยี่ยมบ้าน\n\n"
        "ขอแสดงความนับถือ\n\nนางสาวปวีณา ดวงดี\nนักสังคมสงเคราะห์\nโรงพยาบาลเชียงรายเวชกิจ\n"
        "99 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000\nโทร 053-711-200 ต่อ 1402\n",
        sender="Paweena D <socialwork@crvejkij.example.co.th>",
        subject="ส่งต่อผู้ป่วยติดเตียง",
    )
    assert case.fields["full_name"] == "นายทองสุข แก้วมา"
    assert case.fields["national_id"] == "3570300551142"


# --- a spouse or child asking a device for the one it is for ------------------------------


def test_the_husband_his_wife_borrows_a_wheelchair_for_is_the_applicant() -> None:
    """ "ดิฉัน <her> ... ขอยืมรถเข็นให้สามี นาย<him> เลขประจำตัวประชาชน <his>": the loan is
    for him; her name and ID are a go-between's."""
    case = read(
        "เรียน นายกเทศมนตรี\n\nดิฉัน นางกัลยา ใจบุญ เลขประจำตัวประชาชน 3570100448216 "
        "ขอยืมรถเข็นผู้ป่วยให้สามี นายสมหมาย ใจบุญ เลขประจำตัวประชาชน 3570300551142 "
        "ซึ่งเป็นอัมพาตครึ่งซีก\nบ้านเลขที่ 45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย เชียงราย 57000\n\n"
        "เบอร์ดิฉัน 089-4417205\nนางกัลยา ใจบุญ\n",
        sender="Kanlaya J <kanlaya.jb@example.com>",
        subject="ขอยืมรถเข็น",
    )
    assert case.fields["full_name"] == "นายสมหมาย ใจบุญ"
    assert case.fields["national_id"] == "3570300551142"


def test_a_staff_members_claim_for_her_father_stays_hers() -> None:
    """ "ขอเบิกค่ารักษาพยาบาลให้บิดา นาย... <his ID>": a reimbursement is her own right."""
    case = read(
        "เรียน ผู้อำนวยการกองคลัง\n\nดิฉัน นางกัลยา ใจบุญ เลขประจำตัวประชาชน 3570100448216 "
        "ขอเบิกค่ารักษาพยาบาลให้บิดา นายสมหมาย ใจบุญ เลขประจำตัวประชาชน 3570300551142\n\n"
        "นางกัลยา ใจบุญ\n",
        sender="Kanlaya J <kanlaya.jb@example.com>",
        subject="ขอเบิกค่ารักษาพยาบาล",
    )
    assert case.fields["full_name"] == "นางกัลยา ใจบุญ"


# --- a daughter filing for her mother, her mother's lines under "ชื่อแม่" ------------------


def test_the_mother_her_daughter_files_for_is_the_applicant() -> None:
    """ "ดิฉัน <her> ... ขอยื่นเรื่องแทนแม่" then the mother's lines ("ชื่อแม่ นาง...",
    her ID, her home): the request is the mother's; the daughter's ID and home are a
    go-between's."""
    case = read(
        "เรียน นายกเทศมนตรี\n\nดิฉัน นางสาวอรทัย ศรีคำ เลขบัตรประชาชน 3570100448216 บ้านอยู่ 204/7 "
        "ซ.ร่มเย็น ต.ริมกก อ.เมืองเชียงราย ขอยื่นเรื่องแทนแม่ค่ะ แม่เป็นอัมพาต ขอลงทะเบียนคนพิการ\n\n"
        "ชื่อแม่ นางคำปุ่น ศรีคำ\nเลขบัตรประชาชน 3570300551142\n"
        "ที่อยู่แม่ 45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000\n\n"
        "ติดต่อดิฉันได้ที่ 089-4417205 ค่ะ\nนางสาวอรทัย ศรีคำ\n",
        sender="Orathai S <orathai.sk@example.com>",
        subject="ขอลงทะเบียนคนพิการให้แม่",
    )
    assert case.fields["full_name"] == "นางคำปุ่น ศรีคำ"
    assert case.fields["national_id"] == "3570300551142"
    # her home under "ที่อยู่แม่" is not read yet: the daughter's stands, flagged
    assert case.fields["address"] is None or flagged(case, "address")


# --- a staff member's own request from her work box ------------------------------------------


def test_a_staff_members_own_box_on_the_agencys_domain_is_her_email() -> None:
    """She asks her own sick leave from her own box on the agency's domain, From naming
    her: that box is where she is answered (kept below review, as any From address). A
    clerk passing on another's request (From names the clerk) gives no e-mail."""
    text = (
        "เรียน หัวหน้าสำนักปลัด\n\nดิฉัน นางสาวอรทัย ศรีคำ เลขประจำตัวประชาชน 3570100448216 "
        "ขอลาป่วย 3 วัน\nโทร 089-4417205\n\nนางสาวอรทัย ศรีคำ\n"
    )
    own = read(text, sender="อรทัย ศรีคำ <orathai.sk@example.go.th>", subject="ขอลาป่วย")
    assert own.fields["email"] == "orathai.sk@example.go.th"
    passed_on = read(text, sender="กัลยา ใจบุญ <kanlaya.jb@example.go.th>", subject="ขอลาป่วย")
    assert passed_on.fields["email"] is None


def test_the_villager_a_health_centre_found_on_its_visit_is_the_applicant() -> None:
    """ "ด้วยรพ.สต.... ได้ออกเยี่ยมบ้านพบ นาย<him> ... อยู่บ้านเลขที่ ...": the centre asks
    for the villager it found; his home is his address, never the centre's letterhead."""
    case = read(
        "เรียน อบต.\nส่งหนังสือตามแนบ\n",
        sender="รพ.สต.บ้านป่าแดด <rpst.padaet@example.go.th>",
        subject="หนังสือขอความอนุเคราะห์",
        paragraphs=(
            "ที่ ชร 0033.302/77\t\tรพ.สต.บ้านป่าแดด\n"
            "\t\t\t12 หมู่ที่ 3 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
            "เรื่อง ขอความอนุเคราะห์ช่วยเหลือผู้ป่วยติดเตียง\nเรียน นายกองค์การบริหารส่วนตำบลป่าแดด",
            "ด้วยรพ.สต.บ้านป่าแดด ได้ออกเยี่ยมบ้านพบ นายทองสุข แก้วมา อายุ 80 ปี "
            "อยู่บ้านเลขที่ 45 หมู่ที่ 8 ตำบลป่าแดด อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000 นอนติดเตียง "
            "จึงขอความอนุเคราะห์ผ้าอ้อมผู้ใหญ่",
            "ขอแสดงความนับถือ\n\n(นางวิมลรัตน์ ปัญญาดี)\nผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านป่าแดด",
        ),
    )
    assert case.fields["full_name"] == "นายทองสุข แก้วมา"
    assert (case.fields["address"] or "").startswith("45 หมู่ที่ 8")


def test_the_patient_named_by_his_part_under_a_volunteers_head_block_is_the_applicant() -> None:
    """ "ผู้ป่วย | นาย..." under an อสม.'s head block: the patient the sheet is about."""
    case = read(
        "ส่งรายงานค่ะ\n",
        sender="Buaphan S <buaphan.osm@example.com>",
        subject="รายงานเยี่ยมบ้าน",
        rows=(
            ("แบบรายงานการเยี่ยมบ้าน",),
            ("อสม.", "นางบัวผัน สุขใจ", "โทร", "092-5518830"),
            (),
            ("ผู้ป่วย", "นายทองสุข แก้วมา"),
            ("เลขประจำตัวประชาชน", "3570300551142"),
        ),
    )
    assert case.fields["full_name"] == "นายทองสุข แก้วมา"


# --- a fillable disability form: the card's number is its holder's ID -----------------------


def test_the_disability_cards_number_is_its_holders_id_over_the_carers() -> None:
    """A fillable form's "เลขประจำตัวคนพิการ" (the card's number is the holder's national
    ID) beside the carer's "เลขประจำตัวผู้ดูแล": the holder's is the applicant's."""
    captions = [(20, 40, "ชื่อ-สกุลคนพิการ"), (20, 50, "เลขประจำตัวคนพิการ"), (20, 70, "ผู้ดูแล"),
                (20, 80, "เลขประจำตัวประชาชนผู้ดูแล")]  # fmt: skip
    fields = [Field("ชื่อคนพิการ", "นายทองสุข แก้วมา", 55, 40, 100),
              Field("เลขประจำตัวคนพิการ", "3570300551142", 60, 50, 55, comb=13),
              Field("ชื่อผู้ดูแล", "นางกัลยา แก้วมา (บุตร)", 40, 70, 100),
              Field("เลขประจำตัวผู้ดูแล", "3570100448216", 75, 80, 55)]  # fmt: skip
    case = read(
        "ส่งแบบคำขอค่ะ\n",
        sender="Kanlaya K <kanlaya.km@example.com>",
        subject="แบบคำขอลงทะเบียนคนพิการ",
        pdf=acroform(pdf_page(captions, size=13, face="Garuda"), fields),
    )
    assert case.fields["national_id"] == "3570300551142"
