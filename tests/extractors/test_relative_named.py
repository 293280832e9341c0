"""A request that names the writer's relative by kinship and by name: whose request it is,
a clerk decides (extractors.relative_named).

A son writing for his bedridden father and a son claiming his father's bills use the same
words; every value read wrong without a flag at first sight on sets 120-124 was such a
go-between's or his relative's. Whichever person the reader takes, the name, ID and birth
date are flagged `two_people`, and so the phone `applicant_in_doubt`. A request that names
a relative only by kinship ("แม่ของดิฉัน"), or a stranger by name, is not. Examples written
afresh."""

from __future__ import annotations

from generator.documents import docx_paragraphs, text_pdf
from test_attached_forms_17 import DOCX, PDF, mail_with
from test_shapes_mends34 import read_mail
from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.relative_named import relatives_named

SON = ("นายธีรวัฒน์ คงเจริญ", with_check_digit("341990021734"))
FATHER = ("นายบุญส่ง คงเจริญ", with_check_digit("341990004412"))
NEIGHBOUR = "นางละเอียด ทองมา"


def test_a_son_writing_for_his_bedridden_father_flags_whose_name_id_and_phone() -> None:
    case = read_mail(
        "เรียน ผู้อำนวยการ รพ.สต.บ้านหนองบัว\n\n"
        f"กระผม {SON[0]} ขอความอนุเคราะห์รถรับส่งให้บิดา {FATHER[0]}"
        f" เลขประจำตัวประชาชน {FATHER[1]} ซึ่งป่วยติดเตียง ไปตรวจตามนัดที่โรงพยาบาล\n"
        "ติดต่อกระผมได้ที่ 089-331-5720\n\n"
        f"{SON[0]}\n"
        f"เลขประจำตัวประชาชน {SON[1]}\n"
    )
    assert case.fields.get("full_name") in (SON[0], FATHER[0])
    for key in ("full_name", "national_id"):
        if key in case.fields:
            assert flagged(case, key), key
            assert "two_people" in {i.code for i in case.issues[key]}, key
    assert flagged(case, "phone")


def test_a_daughter_claiming_for_her_mothers_bills_is_flagged_too() -> None:
    case = read_mail(
        "ชื่อ-สกุล: นางสาวกาญจนา วงศ์ใหญ่\n"
        "เรื่อง: ขอเบิกค่ารักษาพยาบาลของมารดา นางทองใบ วงศ์ใหญ่\n"
        "โทร 081-552-7093\n"
    )
    assert case.fields["full_name"] == "นางสาวกาญจนา วงศ์ใหญ่"
    assert "two_people" in {i.code for i in case.issues["full_name"]}


def test_a_relative_named_in_an_attached_letter_or_pdf_counts_too() -> None:
    # an elder's letter typed by her grandson, who gives his own number for her
    letter = [
        f"ข้าพเจ้า {FATHER[0]} เลขประจำตัวประชาชน {FATHER[1]} ขอรับบริการเยี่ยมบ้าน",
        f"ข้าพเจ้าไม่มีโทรศัพท์ ขอให้ติดต่อหลาน คือ {SON[0]} โทร 089-331-5720",
        f"({FATHER[0]})",
    ]
    for attached in (
        ("หนังสือ.docx", docx_paragraphs("คำขอรับบริการ", letter), DOCX),
        ("หนังสือ.pdf", text_pdf("คำขอรับบริการ", [(line, "") for line in letter], sep=""), PDF),
    ):
        case = mail_with(attached, body="ส่งหนังสือของคุณตาแทนครับ\n")
        assert case.fields.get("phone"), attached[0]
        assert flagged(case, "phone"), attached[0]
        assert "two_people" in {i.code for i in case.issues.get("full_name", [])}, attached[0]


def test_a_request_that_names_a_relative_by_kinship_only_is_not_flagged() -> None:
    case = read_mail(
        "เรียน เจ้าหน้าที่\n\n"
        f"ดิฉัน {NEIGHBOUR} ขอรับบริการเยี่ยมบ้าน เนื่องจากแม่ของดิฉันอายุมากและอยู่บ้านคนเดียว"
        " ตามที่ลูกสาวแนะนำ\n"
        "โทร 086-201-4478\n"
    )
    assert case.fields["full_name"] == NEIGHBOUR
    assert "two_people" not in {i.code for i in case.issues.get("full_name", [])}


def test_kinship_is_a_whole_word_after_the_words_that_lead_to_it() -> None:
    assert relatives_named(["ขอให้ช่วยเหลือมารดา นางทองใบ วงศ์ใหญ่"]) == {"ทองใบ วงศ์ใหญ่"}
    assert relatives_named(["นางทองใบ วงศ์ใหญ่ ซึ่งเป็นมารดาของข้าพเจ้า"]) == {"ทองใบ วงศ์ใหญ่"}
    assert relatives_named(["ผู้แจ้ง (บุตรสาว) นางสาวกาญจนา วงศ์ใหญ่"]) == {"กาญจนา วงศ์ใหญ่"}
    # the writer's own relation to another, by "ของ"
    assert relatives_named(["ข้าพเจ้าเป็นบุตรของ นายบุญส่ง คงเจริญ"]) == {"บุญส่ง คงเจริญ"}
    # a form's labels for a family ("ชื่อบิดา", "ชื่อ-สกุลมารดา", "บิดา:") list it: no one acts
    assert relatives_named(["ชื่อบิดา นายบุญส่ง คงเจริญ\nชื่อ-สกุลมารดา นางทองใบ คงเจริญ"]) == set()
    assert relatives_named(["บิดา: นายบุญส่ง คงเจริญ"]) == set()
    # ตาม, พ่อค้า, ลูกค้า and ลูกจ้าง name no relative
    assert relatives_named(["ตามที่ นายสมพร ดีงาม แจ้งไว้"]) == set()
    assert relatives_named(["พ่อค้า นายสมพร ดีงาม และลูกจ้าง นางสาวมาลี ดีงาม"]) == set()
