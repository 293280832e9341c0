"""A guardian's consent for a minor: "ข้าพเจ้า <guardian> <her ID> โทรศัพท์ <hers>
เป็นผู้ปกครองของ <child> <his ID> ..." names the child the camp or the team is for (sets
31/63: a service for one person asked by another is his), her phone between her ID and
her role or not. Names and numbers invented; IDs with their check digit."""

from __future__ import annotations

from extractors.acting_for import ACTING_FOR, acting_for_entities, acts_for


def _id(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


GUARDIAN_ID = _id("341990027153")
CHILD_ID = _id("141990063318")


def test_the_guardian_s_phone_before_her_role_still_names_the_child() -> None:
    text = (
        f"ข้าพเจ้า นางบุษบา ทองเหลือง เลขประจำตัวประชาชน {GUARDIAN_ID} โทรศัพท์ 086-221-4590 "
        f"เป็นผู้ปกครองของ เด็กชายธนภัทร ทองเหลือง เลขประจำตัวประชาชน {CHILD_ID} "
        "ยินยอมให้บุตรเข้าร่วมค่ายฝึกว่ายน้ำ\n"
    )
    assert acts_for(text)
    found = {(key, value) for key, value, _, how in acting_for_entities(text) if how == ACTING_FOR}
    assert ("full_name", "เด็กชายธนภัทร ทองเหลือง") in found
    assert ("national_id", CHILD_ID) in found


def test_a_parent_s_own_complaint_naming_her_phone_is_hers() -> None:
    """The commonest such mail: a parent's own complaint, her role said of herself later in
    the sentence, no one named after "ของ"."""
    text = (
        f"ข้าพเจ้า นางบุษบา ทองเหลือง เลขประจำตัวประชาชน {GUARDIAN_ID} โทรศัพท์ 086-221-4590 "
        "ขอร้องเรียนเรื่องสนามเด็กเล่นชำรุด ในฐานะผู้ปกครองนักเรียนที่ใช้สนามทุกวัน\n"
    )
    assert not [e for e in acting_for_entities(text) if e[3] == ACTING_FOR]
