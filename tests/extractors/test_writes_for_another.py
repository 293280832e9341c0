"""A writer who says she sends another's request: a child in the city notifying for a
parent with no phone ("ขอแจ้ง...แทนคุณแม่", then "คุณแม่ชื่อ นาง..."), a headman whom a
household head asked to send it ("<head> ... ได้มาขอให้กระผมส่งคำร้อง...แทน"), a headman
passing on a villager's complaint ("ขอส่งต่อเรื่องร้องเรียนของชาวบ้าน"). The request is
the other's (sets 31/63); the writer's signature (name, ID, home, phone, box) is the
writer's, so none of it is shown as the applicant's without a flag (set 37: only
another's phone, so none of hers). Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def _mail(text: str, html: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Writer <writer.w@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือ"
    if html:
        msg.set_content(text, subtype="html")
    else:
        msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


MOTHER_ID = with_check_digit("360070001234")
SON_ID = with_check_digit("110040077321")


def test_a_son_notifying_for_his_mother_names_her_and_his_phone_is_flagged() -> None:
    case = _mail(
        "เรียน เจ้าหน้าที่สำนักงานเกษตรอำเภอ\n\n"
        "ผม นายธนพล มีสุข (บุตรชาย) ขอแจ้งขึ้นทะเบียนผู้ประสบภัยแทนคุณแม่ ซึ่งอายุมากแล้วครับ\n\n"
        "คุณแม่ชื่อ นางทองใบ มีสุข\n"
        f"เลขประจำตัวประชาชน {MOTHER_ID}\n"
        "ที่อยู่ 45 หมู่ 3 ตำบลหนองบัว อำเภอเมือง จังหวัดนครสวรรค์ 60000\n\n"
        "คุณแม่ไม่มีโทรศัพท์ครับ ติดต่อผมแทนได้\n\n"
        "นายธนพล มีสุข\n"
        f"เลขบัตร {SON_ID}\n"
        "99/12 ถนนพหลโยธิน แขวงจตุจักร เขตจตุจักร กรุงเทพมหานคร 10900\n"
        "โทร 089-441-2270\n"
    )
    assert case.fields.get("full_name") == "นางทองใบ มีสุข"
    assert case.fields.get("national_id") == MOTHER_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")


HEAD_ID = with_check_digit("364010055512")
FIRST_ID = with_check_digit("364010044421")


def test_the_head_who_asked_the_headman_over_the_lists_first_row() -> None:
    case = _mail(
        "<div>เรียน ปลัด อบต.</div><br>"
        "<div>ตามที่เกิดพายุในหมู่ที่ 4 นายบุญส่ง ใจดี (ลำดับที่ 2) หัวหน้าครัวเรือน "
        "ได้มาขอให้กระผมยื่นคำร้องขอรับเงินช่วยเหลือแทน พร้อมรายชื่อครัวเรือนข้างเคียง ดังนี้</div>"
        "<table><tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>โทรศัพท์</th></tr>"
        f"<tr><td>1</td><td>นางสมร แสงทอง</td><td>{FIRST_ID}</td><td>081-220-3344</td></tr>"
        f"<tr><td>2</td><td>นายบุญส่ง ใจดี</td><td>{HEAD_ID}</td><td>081-556-7788</td></tr>"
        "</table><br><div>ขอแสดงความนับถือ</div><div>นายวิชัย เพียรดี</div>"
        "<div>ผู้ใหญ่บ้านหมู่ที่ 4</div><div>โทร 092-110-2233</div>",
        html=True,
    )
    assert case.fields.get("full_name") == "นายบุญส่ง ใจดี"
    assert case.fields.get("national_id") == HEAD_ID
    # his own mobile in his row, not the headman's under the signature
    assert case.fields.get("phone") == "+66815567788"


def test_a_headman_passing_on_a_villagers_complaint_signs_with_his_own_phone() -> None:
    villager = with_check_digit("365020011122")
    case = _mail(
        "เรียน นายก อบต.\n\n"
        "ผมขอส่งต่อเรื่องร้องเรียนของชาวบ้าน ที่แจ้งมาทางโทรศัพท์ครับ\n\n"
        f"นางสาวอรุณี คำดี เลขบัตร {villager} บ้านเลขที่ 8 หมู่ 7 ตำบลวังทอง "
        "อำเภอวังทอง จังหวัดพิษณุโลก แจ้งว่ามีการเผาขยะทุกเย็น ควันเข้าบ้าน\n\n"
        "นายประเสริฐ ทองมา\n"
        "ผู้ใหญ่บ้านหมู่ที่ 7\n"
        "โทร 086-330-9911\n"
    )
    assert case.fields.get("phone") is None or _flagged(case, "phone")


def test_a_writer_asking_for_herself_keeps_her_phone_unflagged() -> None:
    own = with_check_digit("150010023341")
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        f"ดิฉัน นางสาวศิริพร ดาวเรือง เลขบัตร {own} ขอแจ้งขึ้นทะเบียนเกษตรกรรายใหม่ค่ะ "
        "แม่ชื่อ นางบัวผัน ดาวเรือง เป็นเจ้าของที่ดินเดิม\n\n"
        "นางสาวศิริพร ดาวเรือง\n"
        "โทร 087-223-4455\n"
    )
    assert case.fields.get("full_name") == "นางสาวศิริพร ดาวเรือง"
    assert case.fields.get("phone") == "+66872234455"


FATHER_ID = with_check_digit("318040006612")
DAUGHTER_ID = with_check_digit("118040055521")


def test_a_child_who_asks_the_aid_be_paid_to_her_fathers_account_asks_for_him() -> None:
    case = _mail(
        "เรียน นายอำเภอ\n\n"
        f"ข้าพเจ้า นางสาวพิมพ์ชนก แก้วดี เลขประจำตัวประชาชน {DAUGHTER_ID} เป็นบุตรของ "
        f"นายสมจิตร แก้วดี เลขประจำตัวประชาชน {FATHER_ID} อยู่บ้านเลขที่ 14 หมู่ 2 "
        "ตำบลหาดท่าเสา อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000 บิดาป่วยและบ้านถูกพายุพัดเสียหาย "
        "ขอรับเงินช่วยเหลือผู้ประสบภัย โดยโอนเข้าบัญชีธนาคารของบิดา เลขที่ 020-1-55123-4\n"
        "ติดต่อข้าพเจ้าได้ที่โทร 081-900-1122\n\n"
        "ขอแสดงความนับถือ\n(นางสาวพิมพ์ชนก แก้วดี)\n"
    )
    assert case.fields.get("full_name") == "นายสมจิตร แก้วดี"
    assert case.fields.get("national_id") == FATHER_ID


def test_a_place_named_with_nang_does_not_cut_the_parents_address_short() -> None:
    case = _mail(
        "เรียน นายก อบต.\n\n"
        "ผม นายกิตติ ศรีงาม ทำงานอยู่กรุงเทพฯ ขอส่งเรื่องแทนพ่อซึ่งอายุมากแล้วครับ\n"
        "นาของพ่อน้ำท่วมเสียหายทั้งแปลง จึงขอรับความช่วยเหลือครับ\n\n"
        "ชื่อพ่อ นายบุญมา ศรีงาม\n"
        f"เลขประจำตัวประชาชน {FATHER_ID}\n"
        "เกิด 3 มี.ค. 2499\n"
        "บ้านเลขที่ 17 หมู่ 5 ตำบลหนองนางนวล อำเภอสรรพยา จ.ชัยนาท 17150\n"
        f"คู่สมรส นางคำปุน ศรีงาม ({MOTHER_ID})\n\n"
        "พ่อไม่มีโทรศัพท์ครับ ติดต่อผมได้ที่ 095-118-2234\n"
        "ที่อยู่ผม 12/7 ซอยรามอินทรา 40 แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพมหานคร 10230\n\n"
        "ขอบคุณครับ\nนายกิตติ ศรีงาม\n"
    )
    assert case.fields.get("full_name") == "นายบุญมา ศรีงาม"
    assert case.fields.get("postal_code") == "17150"
    assert case.fields.get("province") == "ชัยนาท"


def test_a_villagers_chat_line_with_bare_bat_names_her_over_the_headman() -> None:
    villager = with_check_digit("365020033344")
    case = _mail(
        "เรียน นายก อบต.\n\n"
        "ผมขอส่งต่อเรื่องร้องเรียนของลูกบ้าน ที่ส่งมาทางไลน์ครับ\n\n"
        "---------- ข้อความที่ส่งต่อ ----------\n"
        "08:15\tบัวลอย\tน้ำเน่าจากบ่อปลาข้างบ้านส่งกลิ่นทั้งวันค่ะ\n"
        f"08:16\tบัวลอย\tนางบัวลอย ศรีเมือง บัตร {villager} บ้านเลขที่ 21 ม.7 ต.วังทอง อ.วังทอง พิษณุโลก\n"
        "--------------------------------------\n\n"
        "นายประเสริฐ ทองมา\n"
        "ผู้ใหญ่บ้านหมู่ที่ 7\n"
        "โทร 086-330-9911\n"
    )
    assert case.fields.get("full_name") == "นางบัวลอย ศรีเมือง"
    assert case.fields.get("national_id") == villager
    assert case.fields.get("phone") is None or _flagged(case, "phone")


def test_the_parents_account_on_the_next_line_of_a_typed_letter() -> None:
    case = _mail(
        "เรียน นายอำเภอ\n\n"
        f"ข้าพเจ้า นางสาวพิมพ์ชนก แก้วดี เลขประจำตัวประชาชน {DAUGHTER_ID}\n"
        f"เป็นบุตรของ นายสมจิตร แก้วดี เลขประจำตัวประชาชน {FATHER_ID} อยู่บ้านเลขที่\n"
        "14 หมู่ 2 ตำบลหาดท่าเสา อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000 บ้านถูกพายุพัด\n"
        "ขอรับเงินช่วยเหลือผู้ประสบภัย โดยโอนเข้าบัญชี\n"
        "ธนาคารของบิดา เลขที่ 020-1-55123-4\n\n"
        "ขอแสดงความนับถือ\n(นางสาวพิมพ์ชนก แก้วดี)\n"
    )
    assert case.fields.get("full_name") == "นายสมจิตร แก้วดี"


GRANDMA_ID = with_check_digit("384010027765")
GRANDSON_ID = with_check_digit("110070041182")


def test_a_grandchild_who_files_the_matter_for_her_names_the_grandmother() -> None:
    case = _mail(
        "เรียน นายก อบต.\n\n"
        f"ข้าพเจ้า นายศุภชัย ดำรงค์ เลขประจำตัวประชาชน {GRANDSON_ID}\n"
        f"เป็นหลานของ นางแวนะ ดำรงค์ เลขประจำตัวประชาชน {GRANDMA_ID} อยู่บ้านเลขที่ 40 หมู่ 6 "
        "ตำบลบางเตย อำเภอเมืองพังงา จังหวัดพังงา 82000\n"
        "น้ำทะเลหนุนท่วมบ้านของยาย ยายอายุมาก ข้าพเจ้าจึงขอยื่นเรื่องแทน\n"
        "ติดต่อข้าพเจ้าได้ที่ โทร 089-554-1207\n\n"
        "ขอแสดงความนับถือ\n(นายศุภชัย ดำรงค์)\n"
    )
    assert case.fields.get("full_name") == "นางแวนะ ดำรงค์"
    assert case.fields.get("national_id") == GRANDMA_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")


EMPLOYER_ID = with_check_digit("384990013356")
WORKER_ID = with_check_digit("002196044417")


def test_an_employer_asking_a_paper_for_his_worker_named_below_asks_for_him() -> None:
    case = _mail(
        "เรียน นายอำเภอ\n\n"
        f"ผมนายวิรัช ทองคำ เลขประจำตัวประชาชน {EMPLOYER_ID} เจ้าของสวนยาง "
        "อยู่บ้านเลขที่ 7 หมู่ 1 ตำบลท่านา อำเภอกะปง จังหวัดพังงา 82170 มือถือ 081-442-0917\n"
        "ขอหนังสือรับรองถิ่นที่อยู่ให้คนงานชาวเมียนมาของผม เพื่อใช้ต่อใบอนุญาตทำงานครับ\n\n"
        "ชื่อคนงาน นายมิน ตู (MR. MIN TU)\n"
        f"เลขประจำตัวบัตรสีชมพู {WORKER_ID}\n"
        "พักอยู่ที่ บ้านพักเลขที่ 7/3 หมู่ 1 ตำบลท่านา อำเภอกะปง จังหวัดพังงา 82170\n\n"
        "วิรัช ทองคำ\n"
    )
    assert case.fields.get("full_name", "").startswith("นายมิน ตู")
    assert case.fields.get("national_id") == WORKER_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")
