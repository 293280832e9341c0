"""Unit tests for the shapes blind set 28 (real agency forms carrying a second person's
details) found the readers missing (issue 8): each names the way a form is filled that it
covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3101700456788"  # check digit valid (mod 11)
OTHER_ID = "1209900318451"


def read_case(text: str, subject: str = "คำร้อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def read_html(html: str, subject: str = "คำขอ") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def never_silently(case: ExtractedCase, theirs: dict[str, str]) -> None:
    """No field holds the other person's value without a flag."""
    for key, value in theirs.items():
        got = case.fields.get(key) or ""
        assert not (value in got and not flagged(case, key)), (key, got)


def test_the_ids_used_here_are_valid() -> None:
    for nid in (OWN_ID, OTHER_ID):
        total = sum(int(d) * (13 - i) for i, d in enumerate(nid[:12]))
        assert (11 - total % 11) % 10 == int(nid[12])


DEAD = {
    "full_name": "นายทองสุข มาลี",
    "national_id": OTHER_ID,
    "birth_date": "1938-07-02",
    "address": "15 หมู่ที่ 2 ตำบลบ้านเป็ด",
    "postal_code": "40000",
    "province": "ขอนแก่น",
}


def test_a_dead_persons_part_before_the_applicants_is_not_the_applicants() -> None:
    """A funeral-aid form gives the one who died first ("ข้อมูลผู้สูงอายุที่เสียชีวิต",
    "ข้อมูลบุคคลที่ถึงแก่กรรม"), then the relative who asks for the money: none of the
    dead person's details is the applicant's without a flag."""
    for heading in ("ข้อมูลผู้สูงอายุที่เสียชีวิต", "ส่วนที่ 1 บุคคลที่ถึงแก่กรรม"):
        text = (
            f"{heading}\n"
            "ชื่อ-สกุล นายทองสุข มาลี\n"
            f"เลขประจำตัวประชาชน {OTHER_ID}\n"
            "เกิดวันที่ 2 กรกฎาคม 2481\n"
            "ถึงแก่กรรมเมื่อวันที่ 30 พฤศจิกายน 2569\n"
            "ที่อยู่ตามทะเบียนบ้าน 15 หมู่ที่ 2 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n\n"
            "ข้อมูลผู้ยื่นคำขอ\n"
            "ข้าพเจ้า นางบุษบา มาลี อายุ 52 ปี\n"
            f"เลขประจำตัวประชาชน {OWN_ID}\n"
            "ที่อยู่ 7/3 ถนนโพศรี ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
            "โทรศัพท์ 081-733-2046\n"
        )
        case = read_case(text, subject="ขอรับเงินค่าจัดการศพ")
        never_silently(case, DEAD)
        assert case.fields["full_name"] == "นางบุษบา มาลี", heading
        assert case.fields["national_id"] == OWN_ID, heading
        assert (case.fields["address"] or "").startswith("7/3 ถนนโพศรี"), heading


GUARANTOR = {
    "full_name": "นางสาวลำดวน พรมมา",
    "national_id": OTHER_ID,
    "address": "9 หมู่ที่ 1 ตำบลโพนงาม",
    "phone": "0928814470",
}


def test_a_guarantors_part_is_not_the_applicants() -> None:
    """A lease or loan form gives the ผู้ค้ำประกัน's own name, ID, workplace, address and
    phone after the renter's: none is the applicant's."""
    text = (
        "คำขอเช่าที่ราชพัสดุ\n"
        "ชื่อ-สกุล นายประจักษ์ วงศ์ดี\n"
        f"เลขประจำตัวประชาชน {OWN_ID}\n"
        "ที่อยู่ 41 ถนนประจักษ์ศิลปาคม ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "โทรศัพท์ 086-551-2093\n\n"
        "ผู้ค้ำประกัน\n"
        "ชื่อ-สกุล นางสาวลำดวน พรมมา\n"
        f"เลขประจำตัวประชาชน {OTHER_ID}\n"
        "สถานที่ทำงาน โรงพยาบาลกุมภวาปี ตำแหน่ง พยาบาลวิชาชีพ\n"
        "ที่อยู่ 9 หมู่ที่ 1 ตำบลโพนงาม อำเภอกุมภวาปี จังหวัดอุดรธานี 41110\n"
        "โทรศัพท์ 092-881-4470\n"
    )
    case = read_case(text, subject="ขอเช่าที่ดิน")
    never_silently(case, GUARANTOR)
    assert case.fields["full_name"] == "นายประจักษ์ วงศ์ดี"
    assert case.fields["phone"] in ("+66865512093", "0865512093")


def test_the_one_who_asks_to_rent_is_named_by_what_he_asks() -> None:
    """ "ผู้ขอเช่า", "ผู้ขอใช้น้ำ", "ผู้ขอกู้": ผู้ขอ and what is asked for, one label of
    the requester's name, as "ผู้ขออนุญาต" is; the guarantor's name below is not it."""
    for label in ("ผู้ขอเช่า", "ผู้ขอกู้", "ผู้ขอใช้"):
        html = (
            "<p><b>คำขอ</b></p>"
            f"<p><b>{label}</b> นายประจักษ์ วงศ์ดี</p>"
            f"<p><b>เลขประจำตัวประชาชน</b> {OWN_ID}</p>"
            "<p><b>โทรศัพท์</b> 086-551-2093</p>"
            "<p><b>ผู้ค้ำประกัน</b></p>"
            "<p><b>ชื่อ-สกุล</b> นางสาวลำดวน พรมมา</p>"
            "<p><b>โทรศัพท์</b> 092-881-4470</p>"
        )
        case = read_html(html)
        never_silently(case, GUARANTOR)
        assert case.fields["full_name"] == "นายประจักษ์ วงศ์ดี", label


def test_a_companys_name_is_no_persons_name() -> None:
    """A licence asked for by a company: "ผู้ขอรับใบอนุญาต" holds the company's name, the
    director who signs is named below; the company's name is never the applicant's full
    name without a flag, and the director's is read."""
    for company in ("บริษัท ขอนแก่นพลาสติก จำกัด", "ห้างหุ้นส่วนจำกัด ศรีเมืองการช่าง", "หจก. ทองดีก่อสร้าง"):
        text = (
            f"ผู้ขอรับใบอนุญาต: {company}\n"
            "เลขทะเบียนนิติบุคคล: 0405561000213\n"
            "โดยกรรมการผู้มีอำนาจ: นายเอกชัย ศรีเมือง\n"
            f"เลขประจำตัวประชาชนกรรมการ: {OWN_ID}\n"
            "โทรศัพท์มือถือ: 089-114-2276\n"
        )
        case = read_case(text, subject="ขอใบอนุญาตประกอบกิจการ")
        got = case.fields.get("full_name") or ""
        assert not (company in got and not flagged(case, "full_name")), got
        assert got == "นายเอกชัย ศรีเมือง", (company, got)


OWNER = {
    "full_name": "นายสายันต์ ภูผา",
    "national_id": OTHER_ID,
    "phone": "0875513309",
    "postal_code": "34000",
    "province": "อุบลราชธานี",
    "address": "62 ถนนชยางกูร",
}


def test_an_owners_consent_is_not_the_applicants_part() -> None:
    """A tenant's or builder's request with the house or land owner's consent: the
    owner's own "ข้าพเจ้า", ID, address and phone, under a heading naming the consent,
    above or below the request, are not the applicant's."""
    request = (
        "คำขอใช้ไฟฟ้า\n"
        "ข้าพเจ้า นางสาวจิราภรณ์ แก้วใส อายุ 29 ปี\n"
        f"เลขประจำตัวประชาชน {OWN_ID}\n"
        "อยู่บ้านเลขที่ 18 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "โทรศัพท์ 061-220-9347\n"
    )
    for heading in ("ความยินยอมของเจ้าของบ้าน", "หนังสือยินยอมของเจ้าของที่ดิน", "หนังสือยินยอมให้ใช้ที่ดิน"):
        consent = (
            f"{heading}\n"
            "ข้าพเจ้า นายสายันต์ ภูผา อายุ 63 ปี\n"
            f"เลขประจำตัวประชาชน {OTHER_ID}\n"
            "อยู่บ้านเลขที่ 62 ถนนชยางกูร ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000\n"
            "โทรศัพท์ 087-551-3309\n"
            "ยินยอมให้ผู้ขอใช้ไฟฟ้าในบ้านหลังนี้\n"
        )
        for text in (request + "\n" + consent, consent + "\n" + request):
            case = read_case(text, subject="ขอใช้ไฟฟ้า")
            never_silently(case, OWNER)
            assert case.fields["full_name"] == "นางสาวจิราภรณ์ แก้วใส", heading


def test_a_witness_part_is_not_the_applicants() -> None:
    """An injured person's request with a witness ("พยานผู้เห็นเหตุการณ์"): the witness's
    name, ID, address and phone are not the applicant's."""
    text = (
        "ชื่อ-สกุลผู้บาดเจ็บ : นางสาวจิราภรณ์ แก้วใส\n"
        f"เลขประจำตัวประชาชน : {OWN_ID}\n"
        "ที่อยู่ : 18 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "โทรศัพท์ : 061-220-9347\n"
        "วันที่เกิดเหตุ : 2/12/2569\n\n"
        "พยานผู้เห็นเหตุการณ์\n"
        "ชื่อ-สกุล : นายสายันต์ ภูผา\n"
        f"เลขประจำตัวประชาชน : {OTHER_ID}\n"
        "ที่อยู่ : 62 ถนนชยางกูร ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000\n"
        "โทรศัพท์ : 087-551-3309\n"
    )
    case = read_case(text, subject="ขอรับความช่วยเหลือ")
    never_silently(case, OWNER)
    assert case.fields["full_name"] == "นางสาวจิราภรณ์ แก้วใส"


def test_juristic_names_are_told_from_peoples() -> None:
    from extractors.juristic import is_juristic_name

    for name in ("บริษัท ลำปางเซรามิก จำกัด", "ห้างหุ้นส่วนจำกัด ทองคำวัสดุ", "หจก.ดีมากการค้า",
                 "บจก. สายลม", "มูลนิธิเพื่อนบ้าน", "ไทยรุ่งเรือง จำกัด (มหาชน)",
                 "Siam Steel Co., Ltd."):  # fmt: skip
        assert is_juristic_name(name), name
    for name in ("นายบริบูรณ์ จำกัดภัย", "นางสาวสมคิด บริษัทดี", "นายสหกรณ์ ทองมี", "Mr Somchai Jaidee"):
        assert not is_juristic_name(name), name


def test_a_juristic_name_read_as_a_name_is_flagged() -> None:
    """Where no person's name is given, a company's in the name's place is shown for a
    clerk to check, never taken as the applicant's silently."""
    from extractors.plausible import implausible

    assert implausible("full_name", "name", "บริษัท ลำปางเซรามิก จำกัด")
    assert not implausible("full_name", "name", "นายบริบูรณ์ จำกัดภัย")


def test_a_sheets_owner_column_beside_the_applicants_is_left_out() -> None:
    """A sheet asking the same of the tenant and the house owner, a column each under a
    header naming them ("ผู้ขอใช้ไฟฟ้า" | "เจ้าของบ้าน"): each row gives the tenant's value
    only, not both run together."""
    from extractors.extract import matcher_for
    from extractors.xlsx_form import xlsx_lines

    for owner in ("เจ้าของบ้าน", "เจ้าของที่ดิน (ผู้ให้ความยินยอม)", "ผู้ค้ำประกัน"):
        rows = [
            ["คำขอใช้ไฟฟ้า"],
            ["", "ผู้ขอใช้ไฟฟ้า", owner],
            ["ชื่อ-สกุล", "นางสาวจิราภรณ์ แก้วใส", "นายสายันต์ ภูผา"],
            ["ที่อยู่", "18 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองอุดรธานี", "62 ถนนชยางกูร ตำบลในเมือง"],
            ["จังหวัด", "อุดรธานี", "อุบลราชธานี"],
        ]
        lines = xlsx_lines(rows, matcher_for(TEMPLATES))
        assert "ชื่อ-สกุล: นางสาวจิราภรณ์ แก้วใส" in lines, (owner, lines)
        assert not any("ภูผา" in line or "อุบลราชธานี" in line for line in lines), (owner, lines)


def test_a_line_saying_how_the_applicant_is_related_opens_no_other_part() -> None:
    """ "เกี่ยวข้องกับผู้เสียชีวิตโดยเป็น บุตร" in the applicant's own part names the dead
    person only to say whose child the applicant is: the applicant's address below it is
    still the applicant's, with its province and postal code."""
    for relation in ("เกี่ยวข้องกับผู้เสียชีวิตโดยเป็น บุตร", "ความเกี่ยวพันกับผู้ตาย หลาน"):
        text = (
            "ข้อมูลผู้เสียชีวิต\n"
            "ชื่อ-สกุล นายทองสุข มาลี\n"
            f"เลขประจำตัวประชาชน {OTHER_ID}\n"
            "ที่อยู่ 15 หมู่ที่ 2 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n\n"
            "ข้อมูลผู้ยื่นคำขอ\n"
            "ข้าพเจ้า นางบุษบา มาลี\n"
            f"เลขประจำตัวประชาชน {OWN_ID}\n"
            f"{relation}\n"
            "ที่อยู่ 7/3 ถนนโพศรี ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
            "โทรศัพท์ 081-733-2046\n"
        )
        case = read_case(text, subject="ขอรับเงินค่าจัดการศพ")
        never_silently(case, DEAD)
        assert (case.fields["address"] or "").startswith("7/3 ถนนโพศรี"), relation
        assert (case.fields["province"], case.fields["postal_code"]) == ("อุดรธานี", "41000")
        assert not flagged(case, "province"), relation
