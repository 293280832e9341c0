"""Four shapes of request that blind set 23 showed the readers getting wrong (issue 8),
each tested on its principle with examples written here, not the set's strings:

1. an agency's, a village head's or a kamnan's letter forwarding a villager's request:
   the villager named in it is the applicant, and the letter's own head and foot (its
   letterhead, signer, phone, fax, e-mail) and the covering mail are the agency's;
2. numbered answers to the agency's numbered questions, matched by their numbers;
3. a Facebook Messenger conversation with an agency's page copied into a mail: only the
   citizen's turns give values, the page's greeting and number are the agency's;
4. a reply correcting a value above the quoted earlier mail: the correction wins, and a
   value said to be wrong is never kept silently.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
from typed_mail import templates

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.review import REVIEW_BELOW
from extractors.thai import thai_digits_to_arabic

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read(text: str, *, sender: str = "someone <someone@example.net>",
         attachment: bytes | None = None) -> ExtractedCase:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งคำร้อง"
    msg.set_content(text, charset="utf-8")
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application",
                           subtype=DOCX.split("/")[1], filename="letter.docx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), templates())


def flagged(case: ExtractedCase, key: str) -> bool:
    return bool(case.issues.get(key))


# --- 1. a letter forwarding a villager's request -----------------------------------------

HEADMAN = """เรียน งานทะเบียน องค์การบริหารส่วนตำบลโคกสูง

ด้วย นางบุญเรือน ศรีสุข เลขประจำตัวประชาชน 3-4102-00456-71-8 อยู่บ้านเลขที่ 45 หมู่ 6
ตำบลโคกสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41330 ได้ยื่นคำร้องขอรับเบี้ยยังชีพผู้สูงอายุ
ไว้กับผู้ใหญ่บ้าน จึงขอส่งคำร้องดังกล่าวมาเพื่อดำเนินการต่อไป

จึงเรียนมาเพื่อโปรดทราบ

นายสมศักดิ์ ทองมา
ผู้ใหญ่บ้านหมู่ที่ ๖ บ้านโนนสวรรค์
โทร 081-765-4321
"""


def test_a_headmans_letter_gives_the_villager_and_not_his_own_mobile() -> None:
    """The headman signs with his own mobile: it is no number of the villager's, who
    gave none, so the phone stays missing."""
    case = read(HEADMAN, sender="ผู้ใหญ่บ้าน <headman6@example.net>")
    assert case.fields["full_name"] == "นางบุญเรือน ศรีสุข"
    assert case.fields["national_id"] == "3410200456718"
    assert case.fields["phone"] is None
    assert "45 หมู่ 6" in (case.fields["address"] or "")


KAMNAN = """เรียน ปลัดอำเภอหนองบัว

ตามที่ นายเอกชัย พรหมวงศ์ อายุ 52 ปี บ้านเลขที่ 9/1 หมู่ 2 ตำบลหนองบัว อำเภอหนองบัว
จังหวัดนครสวรรค์ 60110 ได้มายื่นคำร้องต่อกำนันตำบลหนองบัว ขอหนังสือรับรองการทำประโยชน์ในที่ดิน
หมายเลขโทรศัพท์ของผู้ร้อง 089-402-1177 นั้น

กำนันตำบลหนองบัวได้ตรวจสอบแล้ว จึงขอส่งคำร้องมาเพื่อพิจารณา

ขอแสดงความนับถือ
นายวิรัช คงเจริญ
กำนันตำบลหนองบัว
โทรศัพท์ 056-251-300 โทรสาร 056-251-301
อีเมล kamnan.nongbua@gmail.com
"""


def test_a_kamnans_letter_gives_the_villager_who_came_to_ask() -> None:
    case = read(KAMNAN, sender="kamnan <kamnan.nongbua@gmail.com>")
    assert case.fields["full_name"] == "นายเอกชัย พรหมวงศ์"
    assert case.fields["phone"] == "+66894021177"
    assert case.fields["email"] is None  # the kamnan's own, at the foot
    assert "9/1 หมู่ 2" in (case.fields["address"] or "")


AGENCY_HEAD = """กองสวัสดิการสังคม เทศบาลตำบลบ้านแพง
เลขที่ 88 หมู่ 1 ตำบลบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม 48140
โทร. 0-4259-1234 อีเมล welfare@banphaeng.go.th

ที่ นพ 52101/456
เรื่อง ขอส่งคำร้องของราษฎร
เรียน ผู้อำนวยการสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนครพนม

ขอส่งคำร้องของ นางสาวกาญจนา แสงทอง เลขประจำตัวประชาชน 1100900312456 ที่อยู่ 17 หมู่ 3
ตำบลบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม 48140 โทรศัพท์ 062-118-4490 อีเมล kanjana.st@gmail.com
ซึ่งขอรับการช่วยเหลือผู้ประสบปัญหาทางสังคม มาเพื่อโปรดพิจารณา

ขอแสดงความนับถือ
(นายอนุชา ศรีบุญ)
ผู้อำนวยการกองสวัสดิการสังคม
"""


def test_an_offices_letterhead_is_not_the_citizens() -> None:
    case = read(AGENCY_HEAD, sender="welfare <welfare@banphaeng.go.th>")
    assert case.fields["full_name"] == "นางสาวกาญจนา แสงทอง"
    assert case.fields["phone"] == "+66621184490"
    assert case.fields["email"] == "kanjana.st@gmail.com"
    assert "17 หมู่ 3" in (case.fields["address"] or "")


def letter_docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_forwarding_letter_in_word_under_the_offices_covering_mail() -> None:
    """The covering mail is the office's own note, with its officer and phone; the
    letter's foot the office's phone, fax and e-mail: only its paragraph on the villager
    gives values."""
    letter = letter_docx([
        "ที่ ชม ๗๘๑๐๑/๓๓๒",
        "ที่ทำการองค์การบริหารส่วนตำบลแม่แตง",
        "๑๒ หมู่ที่ ๑ ตำบลแม่แตง อำเภอแม่แตง จังหวัดเชียงใหม่ ๕๐๑๕๐",
        "เรื่อง ส่งคำร้องขอความอนุเคราะห์",
        "เรียน นายอำเภอแม่แตง",
        "ด้วยนายจักรพันธ์ คำมูล เลขประจำตัวประชาชน ๕๗๐๑๑๐๐๒๗๓๙๔๒ อยู่บ้านเลขที่ ๖๖ หมู่ที่ ๘"
        " ตำบลแม่แตง อำเภอแม่แตง จังหวัดเชียงใหม่ ๕๐๑๕๐ โทร ๐๘๓-๒๒๔-๙๑๕๐"
        " อีเมล jakkapan.km@gmail.com ได้ยื่นคำร้องขอความอนุเคราะห์ซ่อมแซมบ้าน",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "ขอแสดงความนับถือ",
        "(นายธวัชชัย ปัญญาดี)",
        "ปลัดองค์การบริหารส่วนตำบลแม่แตง",
        "โทร. ๐-๕๓๔๗-๑๒๓๔",
        "โทรสาร ๐-๕๓๔๗-๑๒๓๕",
        "อีเมล saraban@maetaeng.go.th",
    ])  # fmt: skip
    note = "เรียน สำนักงานอำเภอ\n\nส่งหนังสือตามไฟล์แนบครับ\n\nนายธวัชชัย ปัญญาดี\nโทร 053-471-234\n"
    case = read(note, sender="อบต.แม่แตง <saraban@maetaeng.go.th>", attachment=letter)
    assert case.fields["full_name"] == "นายจักรพันธ์ คำมูล"
    assert case.fields["national_id"] == "5701100273942"
    assert case.fields["phone"] == "+66832249150"
    assert case.fields["email"] == "jakkapan.km@gmail.com"


def test_a_citizens_own_letter_keeps_its_contact_lines() -> None:
    """A request written in the first person is no forwarding letter: the phone and
    e-mail under its signature are the writer's own."""
    text = (
        "เรียน นายกเทศมนตรี\n\nด้วยข้าพเจ้า นายวินัย แสนดี ได้ยื่นคำร้องขอซ่อมถนนไว้แล้ว"
        " แต่ยังไม่ได้รับการติดต่อ จึงขอติดตามเรื่อง\n\nขอแสดงความนับถือ\nนายวินัย แสนดี\n"
        "โทร 081-990-2231\nอีเมล winai.sd@gmail.com\n"
    )
    case = read(text)
    assert case.fields["phone"] == "+66819902231"
    assert case.fields["email"] == "winai.sd@gmail.com"


# --- 2. numbered answers to numbered questions ------------------------------------------


def test_answers_by_number_above_the_quoted_questions() -> None:
    """Answered "ข้อ N" (Arabic digits) above the questions numbered "(N)": the answers
    come in another order than the questions, so each is matched by its number."""
    text = (
        "ตอบตามข้อที่ขอครับ\n\n"
        "ข้อ 2 1-5006-00127-83-8\n"
        "ข้อ 1 นายปกรณ์ ศรีสวัสดิ์\n"
        "ข้อ 3 14 มิถุนายน 2531\n"
        "ข้อ 4 102 หมู่ 9 ตำบลโพธิ์ชัย อำเภอเมืองหนองคาย จังหวัดหนองคาย 43000\n"
        "ข้อ 5 086-551-2094\n\n"
        "On Thu, 3 Dec 2026 at 10:15, งานทะเบียน <saraban@example.go.th> wrote:\n"
        "> กรุณาแจ้งข้อมูลเพิ่มเติมดังนี้\n"
        "> (1) ชื่อ-นามสกุล\n"
        "> (2) เลขประจำตัวประชาชน\n"
        "> (3) วันเดือนปีเกิด\n"
        "> (4) ที่อยู่ตามทะเบียนบ้าน\n"
        "> (5) เบอร์โทรศัพท์\n"
    )
    case = read(text)
    assert case.fields["full_name"] == "นายปกรณ์ ศรีสวัสดิ์"
    assert case.fields["national_id"] == "1500600127838"
    assert case.fields["birth_date"] == "1988-06-14"
    assert case.fields["phone"] == "+66865512094"
    assert (case.fields["address"] or "").startswith("102 หมู่ 9 ตำบลโพธิ์ชัย")


def test_thai_numbered_answers_below_the_quoted_questions() -> None:
    """A bottom post: the agency's questions "๑." quoted above, the answers "๑." below."""
    text = (
        "เมื่อ พ. 2 ธ.ค. 2569 เวลา 14:02 งานสวัสดิการ <saraban@example.go.th> เขียนว่า:\n"
        "> เรียน ผู้ยื่นคำร้อง\n"
        "> ๑. ชื่อ-สกุล\n"
        "> ๒. เลขบัตรประจำตัวประชาชน\n"
        "> ๓. ที่อยู่ปัจจุบัน\n"
        "> ๔. หมายเลขโทรศัพท์\n"
        "\n"
        "๑. นางสาวพิมพ์ชนก ทองคำ\n"
        "๒. ๘๔๐๑๐๐๐๕๒๒๓๗๙\n"
        "๓. ๒๐๑/๕ ถนนศรีสุราษฎร์ ตำบลตลาด อำเภอเมืองสุราษฎร์ธานี จังหวัดสุราษฎร์ธานี ๘๔๐๐๐\n"
        "๔. ๐๙๔-๒๒๗-๓๐๑๘\n"
    )
    case = read(text)
    assert case.fields["full_name"] == "นางสาวพิมพ์ชนก ทองคำ"
    assert case.fields["national_id"] == "8401000522379"
    assert case.fields["phone"] == "+66942273018"
    # the address is kept as typed, in Thai digits
    assert thai_digits_to_arabic(case.fields["address"] or "").startswith("201/5 ถนนศรีสุราษฎร์")


def test_numbered_answers_that_do_not_fit_their_questions_are_flagged() -> None:
    """The answers numbered one off (a question skipped): the ID is not under the ID's
    number, so the matching is doubtful and a clerk is asked to look at what it gave."""
    text = (
        "1. นายปกรณ์ ศรีสวัสดิ์\n"
        "2. 086-551-2094\n"
        "3. 1500600127838\n\n"
        "On Thu, 3 Dec 2026 at 10:15, งานทะเบียน <saraban@example.go.th> wrote:\n"
        "> 1. ชื่อ-นามสกุล\n"
        "> 2. เลขประจำตัวประชาชน\n"
        "> 3. เบอร์โทรศัพท์\n"
    )
    case = read(text)
    for key in ("full_name", "national_id", "phone"):
        assert case.fields[key] is None or flagged(case, key), key


# --- 3. a Messenger conversation with an agency's page ----------------------------------

MESSENGER = """ส่งแชทที่คุยกับเพจเทศบาลไว้ให้ค่ะ

เทศบาลตำบลท่าข้าม
สวัสดีค่ะ เทศบาลตำบลท่าข้ามยินดีให้บริการ ติดต่อเจ้าหน้าที่ 074-251-480 ค่ะ
ต้องการติดต่อเรื่องอะไรคะ
มาลัย วงศ์ใหญ่
ขอยื่นคำร้องขอซ่อมไฟฟ้าส่องสว่างหน้าบ้านค่ะ
เทศบาลตำบลท่าข้าม
รบกวนแจ้งชื่อ-นามสกุลด้วยค่ะ
มาลัย วงศ์ใหญ่
นางมาลัย วงศ์ใหญ่
เทศบาลตำบลท่าข้าม
เลขบัตรประชาชนค่ะ
มาลัย วงศ์ใหญ่
3200500611281
เทศบาลตำบลท่าข้าม
วันเกิดค่ะ
มาลัย วงศ์ใหญ่
12/03/2510
เทศบาลตำบลท่าข้าม
ที่อยู่ค่ะ
มาลัย วงศ์ใหญ่
23/4 หมู่ 5 ตำบลท่าข้าม อำเภอหาดใหญ่ จังหวัดสงขลา 90110
เทศบาลตำบลท่าข้าม
เบอร์ติดต่อกลับค่ะ
มาลัย วงศ์ใหญ่
ใช้เบอร์นี้ทักแชทได้เลยค่ะ
เทศบาลตำบลท่าข้าม
รับเรื่องแล้วค่ะ ขอบคุณค่ะ
"""


def test_the_pages_greeting_number_is_not_the_citizens() -> None:
    """The citizen gave no number of her own: the page's is the office's, so none."""
    case = read(MESSENGER)
    assert case.fields["phone"] is None
    assert case.fields["full_name"] == "นางมาลัย วงศ์ใหญ่"
    assert case.fields["national_id"] == "3200500611281"
    assert case.fields["birth_date"] == "1967-03-12"  # a bare answer under "วันเกิดค่ะ"


MESSENGER_YOU = """แชทกับเพจ อบต. ครับ

อบต.บ้านใหม่
10:02
สวัสดีครับ อบต.บ้านใหม่ ยินดีให้บริการครับ โทร 044-756-210 ในเวลาราชการ
ขอทราบชื่อและนามสกุลครับ
คุณ
10:04
นายธีระ บุญมา
อบต.บ้านใหม่
วันเดือนปีเกิดครับ
คุณ
3 ก.ย. 2522
อบต.บ้านใหม่
เบอร์โทรศัพท์ครับ
คุณ
086 551 2094
ส่งแล้ว
อบต.บ้านใหม่
อีเมลครับ
คุณ
teera.bm@hotmail.com
เห็นแล้ว
"""


def test_the_citizens_turns_under_you_give_the_values() -> None:
    """Copied from the citizen's own Messenger: the citizen's turns are headed "คุณ",
    with the times and the "sent"/"seen" marks between the turns."""
    case = read(MESSENGER_YOU)
    assert case.fields["phone"] == "+66865512094"
    assert not flagged(case, "phone")  # no rival: the page's number is no candidate
    assert case.fields["full_name"] == "นายธีระ บุญมา"
    assert case.fields["birth_date"] == "1979-09-03"
    assert case.fields["email"] == "teera.bm@hotmail.com"


def test_the_pages_greeting_is_the_agencys_in_a_copy_with_speaker_tags() -> None:
    """The same conversation copied with each message behind its speaker's name and a
    colon: the page's greeting and its number are still the office's."""
    text = (
        "คัดลอกแชทกับเพจมาให้ครับ\n\n"
        "เทศบาลเมืองบ้านไผ่: สวัสดีค่ะ เทศบาลเมืองบ้านไผ่ยินดีให้บริการ ติดต่อ 043-272-100 ค่ะ\n"
        "เทศบาลเมืองบ้านไผ่: กรุณาแจ้งชื่อ-นามสกุลค่ะ\n"
        "สุชาติ มีสุข: นายสุชาติ มีสุข\n"
        "เทศบาลเมืองบ้านไผ่: กรุณาแจ้งเลขบัตรประชาชนค่ะ\n"
        "สุชาติ มีสุข: 3410200456718\n"
        "เทศบาลเมืองบ้านไผ่: ขอเบอร์ติดต่อกลับค่ะ\n"
        "สุชาติ มีสุข: เบอร์เดียวกับที่ทักมาครับ\n"
    )
    case = read(text)
    assert case.fields["phone"] is None
    assert case.fields["full_name"] == "นายสุชาติ มีสุข"
    assert case.fields["national_id"] == "3410200456718"


# --- 4. a reply that corrects a value of the quoted mail --------------------------------

OLD_MAIL = (
    "เมื่อ อ. 1 ธ.ค. 2569 เวลา 09:40 ศิริพร <siriporn.k@gmail.com> เขียนว่า:\n"
    "> เรียน เจ้าหน้าที่\n"
    "> ชื่อ-นามสกุล: นางศิริพร กองแก้ว\n"
    "> เลขประจำตัวประชาชน: 3200500611281\n"
    "> ที่อยู่: 8/12 หมู่ 7 ตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร 35000\n"
    "> โทรศัพท์: 098-330-1425\n"
    "> อีเมล: siriporn.k@gmail.com\n"
)


def test_a_corrected_address_wins_over_the_quoted_one() -> None:
    text = (
        "ขอแก้ไขที่อยู่เป็น 8/2 หมู่ 7 ตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร 35000 นะคะ"
        " ฉบับก่อนพิมพ์บ้านเลขที่ผิดค่ะ\n\n" + OLD_MAIL
    )
    case = read(text, sender="ศิริพร <siriporn.k@gmail.com>")
    assert (case.fields["address"] or "").startswith("8/2 หมู่ 7 ตำบลนาดี")
    assert case.fields["phone"] == "+66983301425"  # what was not corrected stands


def test_the_right_address_is_said_after_the_wrong_one() -> None:
    text = (
        "ขออภัยค่ะ ที่อยู่ในเมลที่แล้วผิด ที่อยู่ที่ถูกต้องคือ 8/2 หมู่ 7 ตำบลนาดี"
        " อำเภอเมืองยโสธร จังหวัดยโสธร 35000 ค่ะ\n\n" + OLD_MAIL
    )
    case = read(text, sender="ศิริพร <siriporn.k@gmail.com>")
    assert (case.fields["address"] or "").startswith("8/2 หมู่ 7 ตำบลนาดี")


def test_a_corrected_phone_wins_over_the_quoted_one() -> None:
    text = "ขออภัยครับ เบอร์ผิด ที่ถูกคือ 098-330-1452 ครับ\n\n" + OLD_MAIL
    case = read(text, sender="ศิริพร <siriporn.k@gmail.com>")
    assert case.fields["phone"] == "+66983301452"
    assert (case.fields["address"] or "").startswith("8/12 หมู่ 7")


def test_a_value_said_wrong_without_the_right_one_is_flagged() -> None:
    """ "The address was wrong" and no new one: the quoted old address is no longer
    the sender's word, and is not kept silently."""
    text = "ที่อยู่ในเมลก่อนหน้าผิดนะคะ เดี๋ยวส่งที่ถูกต้องมาให้อีกทีค่ะ\n\n" + OLD_MAIL
    case = read(text, sender="ศิริพร <siriporn.k@gmail.com>")
    assert case.fields["address"] is None or flagged(case, "address")
    assert case.fields["phone"] == "+66983301425"


def test_numbered_points_of_a_complaint_are_no_answers_to_the_questions() -> None:
    """Points of a complaint numbered as the quoted questions are: the words of a point
    are no name and no address, so the numbers do not make them so without a flag."""
    text = (
        "เรียน เจ้าหน้าที่ ขอแจ้งปัญหาดังนี้ครับ\n"
        "1. ถนนหน้าบ้านเป็นหลุมลึก\n"
        "2. ไฟฟ้าส่องสว่างดับทั้งซอย\n\n"
        "On Thu, 3 Dec 2026 at 10:15, งานทะเบียน <saraban@example.go.th> wrote:\n"
        "> กรุณาแจ้งข้อมูลดังนี้\n"
        "> 1. ชื่อ-นามสกุล\n"
        "> 2. ที่อยู่\n"
    )
    case = read(text)
    for key in ("full_name", "address"):
        assert case.fields[key] is None or flagged(case, key), key
        # doubted by the matching itself, not only by the checks of a name and an address
        assert case.confidence.get(key, 0.0) < REVIEW_BELOW, key
