"""A lawyer or an insurer writes for a citizen (set 77, after set 63's ruling: the
applicant is the one the request is for): his client (ลูกความ) or its insured
(ผู้เอาประกันภัย) is the applicant, her own number where he gives it is hers, and the
witness's or the firm's never. Names and numbers invented."""

from __future__ import annotations

from extractors.acting_for import ACTING_FOR, acting_for_entities
from extractors.whose_phone import said_of_another

CLIENTS_LINE = (
    "พยานผู้เห็นเหตุการณ์: นายสุเมธ ใจบุญ โทร 089-112-4470\n"
    "หากต้องการตรวจสภาพบ้าน ติดต่อลูกความได้โดยตรงที่ 062-558-9014"
)


def test_the_clients_own_number_is_hers() -> None:
    at = CLIENTS_LINE.index("062")
    assert not said_of_another(CLIENTS_LINE, at)
    assert said_of_another(CLIENTS_LINE, CLIENTS_LINE.index("089"))


INSURED = (
    "บริษัท ศรีล้านนาประกันภัย จำกัด ผู้รับประกันภัยรถยนต์ตามกรมธรรม์เลขที่ 55-1207 "
    "ของผู้เอาประกันภัย คือ นางบุษบา ทองคำ ที่อยู่ 9 หมู่ 4 ตำบลป่าซาง อำเภอเมืองลำพูน"
)


def test_the_insured_an_insurer_names_is_the_one_it_writes_for() -> None:
    found = {(k, v) for k, v, _, how in acting_for_entities(INSURED) if how == ACTING_FOR}
    assert ("full_name", "นางบุษบา ทองคำ") in found


LAWYERS_MAIL = (
    "สำนักงานฯ ในฐานะทนายความผู้รับมอบอำนาจของ นางสาวรำไพ ดอกแก้ว (เลขประจำตัวประชาชน "
    "3520100667813) อยู่บ้านเลขที่ 7 หมู่ 1 ตำบลบ้านเอื้อม อำเภอเมืองลำปาง ขอแจ้งความเสียหาย\n"
    "พยาน: นายสมหมาย กองแก้ว โทร 087-221-5036\n"
    "หากประสงค์จะตรวจสภาพ ติดต่อลูกความได้โดยตรงที่ 091-446-2318\n"
)


def test_what_is_said_of_the_client_ends_at_the_witness() -> None:
    from extractors.prose import find_entities

    phones = {v: how for k, v, _, how in find_entities(LAWYERS_MAIL) if k == "phone"}
    assert phones["087-221-5036"] != ACTING_FOR
    ids = {how for k, _, _, how in find_entities(LAWYERS_MAIL) if k == "national_id"}
    assert ACTING_FOR in ids


POWER_OF_ATTORNEY = (
    "โดยหนังสือฉบับนี้ ข้าพเจ้า นางลำดวน ปัญญา อายุ 47 ปี อยู่บ้านเลขที่ 3 หมู่ 8 ตำบลบ้านธิ "
    "ขอมอบอำนาจให้ นายเกรียงไกร สุทธิ ทนายความ ใบอนุญาตเลขที่ 2208/2555 เป็นผู้มีอำนาจยื่นคำร้องแทน"
)


def test_the_grantor_of_a_power_is_the_one_it_is_for() -> None:
    """Whoever mails it (the lawyer, his name under his covering mail), a power of
    attorney's grantor is the applicant; the grantee never."""
    found = {v for k, v, _, how in acting_for_entities(POWER_OF_ATTORNEY) if k == "full_name"}
    assert found == {"นางลำดวน ปัญญา"}


RUN_ON_ATTORNEY = (
    "\tข้าพเจ้า นายอภิชาติ ธนากุล ทนายความผู้รับมอบอำนาจจาก นางสมใจ ประเสริฐวงศ์ (ลูกความ) "
    "เลขประจำตัวประชาชน 3400700218867 อยู่บ้านเลขที่ 5 ถนนศรีจันทร์ ตำบลในเมือง "
    "ขอร้องเรียนการปฏิบัติหน้าที่ของเจ้าหน้าที่"
)


def test_the_one_an_attorney_holds_his_power_from_on_his_own_line() -> None:
    """ "ข้าพเจ้า <lawyer> ทนายความผู้รับมอบอำนาจจาก <client>": the client is the one it
    is for, her ID after her name hers."""
    found = {(k, v) for k, v, _, how in acting_for_entities(RUN_ON_ATTORNEY) if how == ACTING_FOR}
    assert ("full_name", "นางสมใจ ประเสริฐวงศ์") in found
    assert ("full_name", "นายอภิชาติ ธนากุล") not in found


ASKED_FOR_HELP = (
    "ผม นายประเสริฐ บุญมาก อาสาสมัครศูนย์ช่วยเหลือทางกฎหมาย ได้รับการร้องขอความช่วยเหลือจาก "
    "นางทองม้วน ศรีสว่าง อายุ 81 ปี เลขประจำตัวประชาชน 3350100441272 อยู่บ้านเลขที่ 40 หมู่ 6"
)


def test_the_one_who_asked_a_volunteer_for_help_is_the_one_it_is_for() -> None:
    found = {(k, v) for k, v, _, how in acting_for_entities(ASKED_FOR_HELP) if how == ACTING_FOR}
    assert ("full_name", "นางทองม้วน ศรีสว่าง") in found


def test_a_lawyers_name_ends_at_his_calling() -> None:
    from extractors.values import clean_value

    run_on = "นายอภิชาติ ธนากุล ทนายความผู้รับมอบอำนาจจาก นางสมใจ ประเสริฐวงศ์"
    assert clean_value("name", run_on) == "นายอภิชาติ ธนากุล"
    assert clean_value("name", "นางวาสนา ใจงาม ทนายความ ใบอนุญาตเลขที่ 771/2560") == "นางวาสนา ใจงาม"
