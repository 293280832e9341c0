"""A tradesman who files a land owner's notice for her: a licensed surveyor, an engineer
or a contractor writes "ข้าพเจ้า <him> <his trade, licence> ขอยื่นแจ้ง...แทนเจ้าของที่ดิน"
over the owner's own lines, or "ขอยื่นแจ้งการขุดดินแทน <owner> <her ID>" in a typed
letter (set 98, after set 63's ruling: the one the filing is for is the applicant). The
owner is the applicant; the writer's name, licence and mobile under his signature are
never hers (set 37: where only another's phone is given, none of hers without a flag).
Names and numbers invented."""

from __future__ import annotations

import io

from test_intermediary_office import looked_at, read_body
from test_issuer_head import LABELS, best

from extractors.acting_for import acting_for_entities, acts_for, owner_acted_for
from extractors.base import FieldCandidate
from extractors.review import REVIEW_BELOW
from extractors.xlsx_form import XlsxFormExtractor


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


OWNER_ID = with_check_digit("360050041772")
OTHER_OWNER_ID = with_check_digit("573010022458")

# A surveyor's mail: his own line with his trade and licence, the notice filed for the
# owner by her part, then her lines under that part's word, his signature and mobile.
SURVEYORS_MAIL = (
    "เรียน เจ้าพนักงานท้องถิ่น เทศบาลตำบลท่าตะโก\n\n"
    "ข้าพเจ้า นายอนุชา ศรีเมือง ช่างรังวัดเอกชน ใบอนุญาตเลขที่ ร.0918/2560 "
    "ขอยื่นแจ้งการขุดดิน แทนเจ้าของที่ดิน ตามรายการต่อไปนี้\n\n"
    "เจ้าของที่ดิน นางลำดวน พรมสุวรรณ\n"
    f"เลขประจำตัวประชาชน {OWNER_ID}\n"
    "ที่อยู่ 61 หมู่ 4 ตำบลท่าตะโก อำเภอท่าตะโก จังหวัดนครสวรรค์ 60160\n"
    "โฉนดเลขที่ 30418 เลขที่ดิน 112 ขุดลึก 2.5 เมตร\n\n"
    "นายอนุชา ศรีเมือง\nช่างรังวัดเอกชน\nโทร 089-604-3317\n"
)


def test_the_owner_a_surveyor_files_for_by_her_part_is_the_applicant() -> None:
    case = read_body(SURVEYORS_MAIL)
    assert case.fields.get("full_name") == "นางลำดวน พรมสุวรรณ"
    assert case.fields.get("national_id") == OWNER_ID


def test_the_surveyors_mobile_under_his_name_is_not_the_owners() -> None:
    case = read_body(SURVEYORS_MAIL)
    assert looked_at(case, "phone"), case.fields.get("phone")


def test_the_writers_line_filing_for_the_owner_names_her_part() -> None:
    line = "ข้าพเจ้า นายวีระ กาญจนา ผู้รับเหมา ขอส่งแจ้งการถมดินตามมาตรา 26 แทนเจ้าของที่ดิน"
    assert acts_for(line)
    assert owner_acted_for(line) == "เจ้าของที่ดิน"


def test_an_owner_who_files_herself_is_not_acting_for_another() -> None:
    line = "ข้าพเจ้า นางสาวสุดา ใจงาม เจ้าของที่ดิน ขอยื่นแจ้งการถมดินตามมาตรา 26"
    assert not acts_for(line)


# An engineer's typed letter: his block above, "ขอยื่นแจ้งการขุดดินแทน" and the owner's
# name and ID wrapped onto the next line, his name and licence under the closing.
ENGINEERS_LETTER = (
    "นายธนพล วงศ์ใหญ่\nวิศวกรโยธา สย. 30551\n"
    "9/1 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000\n"
    "โทร 086-447-1029\n\n"
    "เรื่อง ยื่นแจ้งการขุดดิน\nเรียน นายกเทศมนตรีตำบลพยุหะ\n\n"
    "ข้าพเจ้าในฐานะผู้ควบคุมงาน ขอยื่นแจ้งการขุดดินแทน\n"
    f"นายมานพ ทองอยู่ เลขประจำตัวประชาชน {OTHER_OWNER_ID}\n"
    "อยู่บ้านเลขที่ 8 หมู่ 2 ตำบลพยุหะ อำเภอพยุหะคีรี จังหวัดนครสวรรค์ 60130 "
    "เพื่อขุดบ่อลึก 5 เมตร\n\n"
    "ขอแสดงความนับถือ\n\n(นายธนพล วงศ์ใหญ่)\nสย. 30551\n"
)


def test_the_owner_an_engineers_letter_files_a_notice_for_is_the_applicant() -> None:
    case = read_body(ENGINEERS_LETTER)
    assert case.fields.get("full_name") == "นายมานพ ทองอยู่"
    assert case.fields.get("national_id") == OTHER_OWNER_ID
    assert looked_at(case, "phone"), case.fields.get("phone")


# A builder's sheet for a building owner's permit: its head block (the company as ผู้ยื่น,
# its man as ผู้ติดต่อ with his mobile), then the owner on a row named by her part only.
BUILDERS_SHEET = [
    ["รายการยื่นขออนุญาตก่อสร้าง"],
    ["ผู้ยื่น", "บริษัท นครสวรรค์คอนสตรัคชั่น จำกัด", "เลขทะเบียนนิติบุคคล", "0605561003121"],
    ["ผู้ติดต่อ", "นายเกรียงไกร ผลดี", "มือถือ", "081-337-2094"],
    [],
    ["เจ้าของอาคาร", "นางสาวกนกวรรณ ชื่นใจ"],
    ["เลขประจำตัวประชาชน", OWNER_ID],
    ["ที่อยู่", "3/8 หมู่ 1 ตำบลหนองโพ อำเภอตาคลี จังหวัดนครสวรรค์ 60140"],
    [],
    ["ลำดับ", "รายการ", "พื้นที่ (ตร.ม.)"],
    ["1", "อาคารพักอาศัย 2 ชั้น", "180"],
]  # fmt: skip


def _sheet(rows: list[list[str]]) -> list[FieldCandidate]:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return XlsxFormExtractor().extract(data.getvalue(), part="2", labels=LABELS).candidates


def test_the_owner_a_filers_sheet_names_by_her_part_is_its_applicant_flagged() -> None:
    name = best(_sheet(BUILDERS_SHEET), "full_name")
    assert name.value == "นางสาวกนกวรรณ ชื่นใจ"
    assert name.confidence < REVIEW_BELOW  # only her part names her: a clerk looks


def test_an_owners_row_beside_the_askers_own_sure_name_is_not_taken() -> None:
    tenants = [
        ["ชื่อ-สกุล", "นายปกรณ์ แสงทอง"],
        ["เลขประจำตัวประชาชน", OTHER_OWNER_ID],
        ["เจ้าของอาคาร", "นางบุญชู ศรีสว่าง"],
        ["เรื่อง", "ขอติดตั้งป้ายหน้าร้าน"],
    ]
    names = [c.value for c in _sheet(tenants) if c.key == "full_name"]
    assert "นางบุญชู ศรีสว่าง" not in names


# A design office that says the owner entrusted it, by her part alone, then gives her
# lines under that part's word with a colon, its architect's signature, mobile and box
# below: the owner is the applicant, the architect's name never hers, his mobile looked at.
DESIGN_OFFICE_MAIL = (
    "เรียน เจ้าหน้าที่กองช่าง เทศบาลเมืองชัยภูมิ\n\n"
    "บริษัทฯ ในฐานะผู้ออกแบบ ได้รับมอบหมายจากเจ้าของอาคาร ขอส่งคำขออนุญาตต่อเติมอาคาร "
    "มาให้ตรวจเบื้องต้นก่อน รายละเอียดดังนี้\n\n"
    "เจ้าของอาคาร: นางประไพ สุขเจริญ\n"
    f"เลขประจำตัวประชาชน: {OWNER_ID}\n"
    "ที่อยู่ตามทะเบียนบ้าน: 27 หมู่ 6 ตำบลบ้านเล่า อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000\n"
    "ผู้ออกแบบ: นายพงศกร ทองแท้ (ภ-สถ 20931)\n\n"
    "ขอแสดงความนับถือ\nนายพงศกร ทองแท้\nสถาปนิก\nพงศกร ดีไซน์ 5 ถนนบรรณาการ ตำบลในเมือง "
    "อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000\nโทร 086-214-7730\npongsakorn.design@example.com\n"
)


def test_the_owner_who_entrusted_a_design_office_by_her_part_is_the_applicant() -> None:
    case = read_body(DESIGN_OFFICE_MAIL)
    assert case.fields.get("full_name") == "นางประไพ สุขเจริญ"
    assert case.fields.get("national_id") == OWNER_ID
    assert looked_at(case, "phone"), case.fields.get("phone")


def test_only_the_entrusting_owners_part_is_read_as_the_one_acted_for() -> None:
    text = (
        "ได้รับมอบหมายจากเจ้าของอาคาร ขอส่งหนังสือยินยอม\n"
        "เจ้าของที่ดินข้างเคียง: นายสมบัติ ดีงาม\n"
        "เจ้าของอาคาร: นางประไพ สุขเจริญ\n"
    )
    names = [v for k, v, *_ in acting_for_entities(text) if k == "full_name"]
    assert names == ["นางประไพ สุขเจริญ"]
    # no word of trust: the part's word alone names no one acted for
    assert not list(acting_for_entities("เจ้าของอาคาร: นางประไพ สุขเจริญ\n"))


def test_an_office_that_sends_for_the_owner_by_her_part_names_her_lines() -> None:
    mail = DESIGN_OFFICE_MAIL.replace(
        "บริษัทฯ ในฐานะผู้ออกแบบ ได้รับมอบหมายจากเจ้าของอาคาร ขอส่งคำขออนุญาตต่อเติมอาคาร",
        "บริษัทฯ ขอส่งคำขออนุญาตต่อเติมอาคารแทนเจ้าของอาคาร",
    )
    assert "แทนเจ้าของอาคาร" in mail
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางประไพ สุขเจริญ"
    assert looked_at(case, "phone"), case.fields.get("phone")
