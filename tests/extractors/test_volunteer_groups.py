"""Volunteers' bodies writing to the town (issue 8, set 120): a club's or a unit's leader
writing for a member, a leader signing with his post run on after his name, a leader's
roster naming him by the part he plays with his post in brackets, a volunteer's account of
an accident naming a witness's mobile before his own. Every name, address and ID is made
up (IDs with a valid check digit); none is a set's."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
MEMBER_ID = with_check_digit("165020044183")
LEADER_ID = with_check_digit("165010072296")
WRITER_ID = with_check_digit("340110058827")


def _mail(text: str, sender: str = "someone <someone@example.com>") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเรื่อง"
    msg.set_content(text)
    return msg


def read_text(text: str, sender: str = "someone <someone@example.com>") -> ExtractedCase:
    return extract_case(parse_message(bytes(_mail(text, sender))), TEMPLATES)


def read_sheet(rows: list[tuple[object, ...]], sender: str) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = _mail("ส่งรายชื่อสมาชิกครับ", sender)
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="a.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a leader's letter for a member (helped_for) -------------------------------------------

LEADERS_LETTER = (
    "หน่วย อปพร. ตำบลบ้านใหม่\n12 หมู่ 3 ต.บ้านใหม่ อ.เมืองพิษณุโลก จ.พิษณุโลก 65000\n\n"
    "เรื่อง ขอรับเงินช่วยเหลือสมาชิก อปพร. ที่ป่วย\nเรียน นายกองค์การบริหารส่วนตำบลบ้านใหม่\n\n"
    f"ด้วย นายสมหวัง ทองดี อปพร. ประจำหมู่ที่ 7 เลขประจำตัวประชาชน {MEMBER_ID} อยู่บ้านเลขที่ "
    "88 หมู่ 7 ต.บ้านใหม่ อ.เมืองพิษณุโลก จ.พิษณุโลก 65000 ป่วยเป็นไข้เลือดออกหลังออกพ่นยา "
    "ต้องนอนพักรักษาตัว จึงขอรับเงินช่วยเหลือตามระเบียบ\n\n"
    "จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n(นางวิไลพร แก้วใส)\n"
    f"หัวหน้าหน่วย อปพร. ตำบลบ้านใหม่ เลขประจำตัวประชาชน {LEADER_ID}\nโทร 089-442-1730\n"
)


def test_a_leaders_letter_is_for_the_member_it_opens_on() -> None:
    case = read_text(LEADERS_LETTER)
    assert case.fields["full_name"] == "นายสมหวัง ทองดี"
    assert case.fields["national_id"] == MEMBER_ID
    assert (case.fields["address"] or "").startswith("88 หมู่ 7")
    # the leader's mobile under her signature is never the member's without a flag
    assert case.fields["phone"] is None or flagged(case, "phone")


def test_a_chairs_letter_saying_what_the_member_is() -> None:
    case = read_text(
        "เรียน นายกเทศมนตรี\n\n"
        f"ด้วย นางบุญมี ศรีสุข ซึ่งเป็นสมาชิกชมรมผู้สูงอายุ เลขประจำตัวประชาชน {MEMBER_ID} "
        "อยู่บ้านเลขที่ 9 หมู่ 2 ต.บ้านใหม่ อ.เมืองพิษณุโลก จ.พิษณุโลก 65000 หกล้มสะโพกหัก "
        "จึงขอรับรถเข็นยืมใช้ชั่วคราว\n\nขอแสดงความนับถือ\n(นายวีระ แสงทอง)\n"
        "ประธานชมรมผู้สูงอายุ\nโทร 089-442-1730\n"
    )
    assert case.fields["full_name"] == "นางบุญมี ศรีสุข"
    assert case.fields["national_id"] == MEMBER_ID


def test_a_complaint_opening_on_the_neighbour_keeps_its_writer() -> None:
    # the commonest mail of the kind: "ด้วย <name>" opens on the one complained of, who holds
    # no post in a body, and the writer signs for herself
    case = read_text(
        "เรียน นายกเทศมนตรี\n\n"
        "ด้วย นายประยุทธ มั่นคง ซึ่งอยู่บ้านติดกัน เผาขยะทุกเย็น ควันเข้าบ้านข้าพเจ้า "
        "ขอให้เทศบาลตรวจสอบ\n\n"
        f"ผู้ร้อง นางสุดา ใจงาม\nเลขประจำตัวประชาชน {WRITER_ID}\nโทร 081-552-0934\n\n"
        "ขอแสดงความนับถือ\nนางสุดา ใจงาม\n"
    )
    assert case.fields["full_name"] == "นางสุดา ใจงาม"
    assert case.fields["national_id"] == WRITER_ID


def test_a_complaint_on_a_volunteer_asking_his_head_to_act_keeps_its_writer() -> None:
    # the one complained of may hold a post and be named with his ID; the unit's head the
    # sentences ask to act is the one written to, no leader signs
    case = read_text(
        "เรียน นายกองค์การบริหารส่วนตำบลบ้านใหม่\n\n"
        f"ด้วย นายสมหวัง ทองดี อปพร. ประจำหมู่ที่ 7 เลขประจำตัวประชาชน {MEMBER_ID} ยืมเครื่องพ่นยา"
        "ของข้าพเจ้าไปสองเดือนแล้วยังไม่คืน ขอให้หัวหน้าหน่วย อปพร. ช่วยติดตามให้ด้วย\n\n"
        "ขอแสดงความนับถือ\n(นางสุดา ใจงาม)\n"
        f"เลขประจำตัวประชาชน {WRITER_ID}\nโทร 081-552-0934\n"
    )
    assert case.fields["full_name"] == "นางสุดา ใจงาม"
    assert case.fields["national_id"] == WRITER_ID


def test_a_member_writing_of_herself_with_no_leader_keeps_her() -> None:
    # a volunteer's own letter may open on her own name and post: no leader signs below
    case = read_text(
        "เรียน นายกองค์การบริหารส่วนตำบลบ้านใหม่\n\n"
        f"ด้วย นางบุญมี ศรีสุข อสม. หมู่ที่ 2 เลขประจำตัวประชาชน {WRITER_ID} "
        "ขอเปลี่ยนบัญชีรับค่าป่วยการ\n\nขอแสดงความนับถือ\n(นางบุญมี ศรีสุข)\nโทร 081-552-0934\n"
    )
    assert case.fields["full_name"] == "นางบุญมี ศรีสุข"
    assert case.fields["national_id"] == WRITER_ID


# --- a leader's post run on after his name (values) ----------------------------------------


def test_a_units_or_groups_head_ends_a_name() -> None:
    assert clean_value("name", "นายเอกชัย ศรีวงศ์ หัวหน้าชุด อปพร. บ้านดอน") == "นายเอกชัย ศรีวงศ์"
    assert clean_value("name", "นางพรทิพย์ คงมั่น หัวหน้ากลุ่ม จิตอาสา") == "นางพรทิพย์ คงมั่น"


# --- a leader's roster: his head row by his part and post (part_rows) ---------------------


def test_a_roster_names_its_leader_by_his_part_and_post() -> None:
    case = read_sheet(
        [
            ("บัญชีรายชื่อ อปพร. ตำบลบ้านใหม่ ปี 2570",),
            ("ผู้ส่งบัญชี (หัวหน้าชุด อปพร.)", "นายเอกชัย ศรีวงศ์"),
            ("เลขประจำตัวประชาชน", LEADER_ID),
            ("โทรศัพท์", "0894421730"),
            (),
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"),
            (1, "นางพรทิพย์ คงมั่น", with_check_digit("165010080011"), "0811112233"),
            (2, "นายสุเมธ ดวงดี", with_check_digit("165010080022"), "0822223344"),
            (3, "นางนิภา บุญช่วย", with_check_digit("165010080033"), "0833334455"),
        ],
        "เอกชัย <ekachai.sw@example.com>",
    )
    assert case.fields["full_name"] == "นายเอกชัย ศรีวงศ์"
    assert case.fields["national_id"] == LEADER_ID
    assert case.fields["phone"] == "+66894421730"
    # his own box in From, now that the name read is his
    assert case.fields["email"] == "ekachai.sw@example.com"


def test_a_leaders_post_over_the_members_word_alone_names_him() -> None:
    case = read_sheet(
        [
            ("หัวหน้าหน่วย อปพร.", "นายเอกชัย ศรีวงศ์"),
            ("เลขประจำตัวประชาชน", LEADER_ID),
            (),
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"),
            (1, "นางพรทิพย์ คงมั่น", with_check_digit("165010080011"), "0811112233"),
            (2, "นายสุเมธ ดวงดี", with_check_digit("165010080022"), "0822223344"),
        ],
        "EK <ek.office@example.com>",
    )
    assert case.fields["full_name"] == "นายเอกชัย ศรีวงศ์"


def test_a_certifying_chair_on_anothers_sheet_is_not_its_asker() -> None:
    # a community's chair who vouches for a household's sheet names himself so too: his
    # part (ผู้รับรอง) says he is another, whatever his post
    case = read_sheet(
        [
            ("แบบสำรวจครัวเรือนขอรับความช่วยเหลือ",),
            ("ผู้รับรอง (ประธานชุมชน)", "นายเอกชัย ศรีวงศ์"),
            (),
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"),
            (1, "นางพรทิพย์ คงมั่น", with_check_digit("165010080011"), "0811112233"),
            (2, "นายสุเมธ ดวงดี", with_check_digit("165010080022"), "0822223344"),
        ],
        "PT <pt.home@example.com>",
    )
    assert case.fields["full_name"] != "นายเอกชัย ศรีวงศ์"


# --- a witness's mobile said in the account (body_form, whose_phone) ------------------------

ACCOUNT = (
    "เรียน นายกเทศมนตรี\n\n"
    "เมื่อวันที่ 3 มีนาคม 2569 เวลา 18.00 น. ข้าพเจ้าอำนวยการจราจรหน้าโรงเรียน ถูกรถกระบะถอยชน "
    "ข้อเท้าพลิก คนที่เห็นเหตุการณ์คือ นายชาตรี บุญมา โทร 0861234507\n\n"
    f"ผู้ขอ นายวีระ แสงทอง\nเลขประจำตัวประชาชน {WRITER_ID}\nโทร. 0897712450\n"
)


def test_a_witness_mobile_in_the_account_is_not_the_writers() -> None:
    case = read_text(ACCOUNT)
    assert case.fields["full_name"] == "นายวีระ แสงทอง"
    assert case.fields["phone"] == "+66897712450"


def test_the_writers_own_mobile_in_his_account_stays_his() -> None:
    # the same sentence ending on his own number: his, not another's
    case = read_text(
        "เรียน นายกเทศมนตรี\n\n"
        "เมื่อวันที่ 3 มีนาคม 2569 เวลา 18.00 น. ข้าพเจ้า นายวีระ แสงทอง ถูกรถกระบะถอยชน "
        "ข้อเท้าพลิก ติดต่อข้าพเจ้า โทร 0897712450\n\n"
        f"เลขประจำตัวประชาชน {WRITER_ID}\n"
    )
    assert case.fields["phone"] == "+66897712450"
