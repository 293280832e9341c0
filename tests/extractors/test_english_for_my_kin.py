"""A foreigner who writes in English for his Thai wife (or another of his family): "I am
writing on behalf of my wife, นาง<her>, who owns ...", "I, <him>, write for my wife
นาง<her>, Thai ID ..., born <day> <Thai month> <BE year>, of <her home>, who ..." (set
118: a guesthouse notified by its owner's foreign husband). The registration is hers
(sets 31/63): her name, birth date and home are the case's; his name, passport and phone
never. "<name>, of <address>" is how a formal English letter places a person. Names and
numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body
from unseen_requests import with_check_digit

from extractors.acting_for import acting_for_entities

WIFE_ID = with_check_digit("350110034412")

HUSBANDS_MAIL = (
    "Dear Sir/Madam,\n\n"
    "I am writing on behalf of my wife, นางมาลัย ศรีบุญ, who runs a small homestay and "
    "would like to register it.\n\n"
    f"Her Thai ID: {WIFE_ID}\nDate of birth: 12 March 1979\n"
    "Address (house registration): 14 หมู่ 2 ตำบลแม่ยาว อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100\n\n"
    "I am her husband, Dutch, passport no. NX4471209. You can reach me at 086-552-1407.\n"
    "My wife's mobile is 089-114-6623.\n\n"
    "Kind regards,\nPieter de Vries\n"
)


def test_the_wife_he_writes_for_is_the_applicant() -> None:
    case = read_body(HUSBANDS_MAIL)
    assert case.fields.get("full_name") == "นางมาลัย ศรีบุญ"


def test_her_mobile_said_as_hers_over_his() -> None:
    case = read_body(HUSBANDS_MAIL)
    assert case.fields.get("phone") == "+66891146623"


def test_her_mobile_with_a_typographic_apostrophe() -> None:
    case = read_body(HUSBANDS_MAIL.replace("My wife's mobile", "My wife’s mobile"))
    assert case.fields.get("phone") == "+66891146623"


def test_for_my_kin_names_the_one_it_is_for() -> None:
    line = "I, Tom Baker (British), write for my mother-in-law นางบุญมา ใจดี, who owns the shop."
    names = [v for k, v, _, _ in acting_for_entities(line) if k == "full_name"]
    assert names == ["นางบุญมา ใจดี"]


HUSBANDS_LETTER = (
    "Pieter de Vries\nPassport NX4471209\nTel. 086-552-1407\n\n"
    "เรื่อง ขอจดทะเบียนโฮมสเตย์\nเรียน เจ้าหน้าที่\n\n"
    f"I, Pieter de Vries (Dutch), write for my wife นางมาลัย ศรีบุญ, Thai ID {WIFE_ID}, "
    "born 12 มีนาคม 2522, of 14 หมู่ 2 ตำบลแม่ยาว อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100, "
    "who owns the homestay.\n"
    "ข้าพเจ้าเขียนแทนภรรยาซึ่งเป็นเจ้าของโฮมสเตย์ ขอทราบขั้นตอนการจดทะเบียน\n\n"
    "Yours faithfully,\n(Pieter de Vries)\n"
)


def test_the_letters_wife_her_birth_date_and_home() -> None:
    case = read_body(HUSBANDS_LETTER)
    assert case.fields.get("full_name") == "นางมาลัย ศรีบุญ"
    assert case.fields.get("national_id") == WIFE_ID
    assert case.fields.get("birth_date") == "1979-03-12"
    assert case.fields.get("address", "").startswith("14 หมู่ 2 ตำบลแม่ยาว")
    assert case.fields.get("postal_code") == "57100"


def test_one_of_a_count_is_no_address() -> None:
    mail = (
        "Dear Sir,\n\nI, นายสมชาย ดีงาม, ask for a permit for 2 of 4 rooms, of 3 floors each.\n"
        "My address is 9 หมู่ 1 ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100.\n\nนายสมชาย ดีงาม\n"
    )
    case = read_body(mail)
    assert case.fields.get("address", "").startswith("9 หมู่ 1")


def test_her_home_wrapped_at_an_abbreviation_is_read_to_its_postal_code() -> None:
    letter = HUSBANDS_LETTER.replace(
        "of 14 หมู่ 2 ตำบลแม่ยาว อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100, ",
        "of 14 ม.2\nต.แม่ยาว อ.เมืองเชียงราย จ.เชียงราย 57100, ",
    )
    case = read_body(letter)
    assert case.fields.get("address", "").startswith("14 ม.2 ต.แม่ยาว อ.เมืองเชียงราย")
    assert case.fields.get("postal_code") == "57100"
