"""Unit tests for what blind set 39 showed (issue 8): requests written in English. An
address in a sentence as a machine translator or a Thai writing in English puts it ("live
at house number ... Village No. ..., ... Subdistrict, ... District, ... Province 41000"),
a line opening with an English titled name ("Mrs. X Y, Australian, born 21-Jul-1962"),
three-word Vietnamese and Burmese names after "I," or "My name is", and a pink card's
dashed 13-digit number, none of whose digits is a phone. Examples written afresh, not the
set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.prose import find_entities
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def thai_id(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def read(body: str, subject: str = "Request") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def entities(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, value, _, _ in find_entities(text):
        found.setdefault(key, []).append(value)
    return found


# --- an English address in a sentence -------------------------------------------------------


def test_a_machine_translated_letter_gives_its_address_province_and_postal_code() -> None:
    nid = thai_id("141990012345")
    body = (
        "Subject Request for a residence certificate\nTo the Chief Executive\n\n"
        "I, Mrs. Sunisa Kaewmanee, age 44 years, nationality Thai, live at house number 56 "
        "Village No. 9, Nong Bua Subdistrict, Mueang Udon Thani District, Udon Thani Province "
        f"41000, identification card number {dashed(nid)}, born on March 3, 2525, mobile "
        "phone number 081-555-0134, email sunisa.k@example.com, would like to request a "
        "residence certificate.\n\nTherefore, please be informed and consider.\n"
    )
    case = read(body)
    assert case.fields.get("address") == (
        "56 Village No. 9, Nong Bua Subdistrict, Mueang Udon Thani District, "
        "Udon Thani Province 41000"
    )
    assert case.fields.get("province") == "อุดรธานี"
    assert case.fields.get("postal_code") == "41000"
    assert case.fields.get("national_id") == nid  # the rest of the sentence still read
    assert case.fields.get("phone") == "+66815550134"


def test_residing_at_house_no_in_bangkok_with_alley_and_road() -> None:
    body = (
        "I, Mr. Kittipong Saelim, residing at house no. 71/5 Alley Ramkhamhaeng 24, "
        "Ramkhamhaeng Road, Hua Mak Subdistrict, Bang Kapi District, Bangkok 10240, "
        "mobile 089-402-7716, would like to report a broken street light.\n"
    )
    case = read(body)
    assert case.fields.get("address") == (
        "71/5 Alley Ramkhamhaeng 24, Ramkhamhaeng Road, Hua Mak Subdistrict, "
        "Bang Kapi District, Bangkok 10240"
    )
    assert case.fields.get("province") == "กรุงเทพมหานคร"
    assert case.fields.get("postal_code") == "10240"


def test_an_address_with_no_postal_code_ends_where_the_sentence_turns_to_other_things() -> None:
    # Moo/Tambon/Amphoe/Changwat, the province last: the words after it are no address.
    found = entities(
        "I live at 14 Moo 6, Tambon Don Kaeo, Amphoe Mae Rim, Changwat Chiang Mai, "
        "and my phone is 089-123-4567."
    )
    assert found["address"] == ["14 Moo 6, Tambon Don Kaeo, Amphoe Mae Rim, Changwat Chiang Mai"]
    # nor a piece holding a phone or an e-mail, capitalised as it may be
    found = entities("We are living at 3 Soi Wat Ket, Chang Klan, Tel. 053-274-118.")
    assert found["address"] == ["3 Soi Wat Ket, Chang Klan"]


def test_a_sentence_without_a_house_number_gives_no_address() -> None:
    assert "address" not in entities("I live at the end of Soi 5, near the temple.")


# --- an English titled name opening a line ---------------------------------------------------


def test_a_line_opening_with_an_english_titled_name_and_born() -> None:
    body = (
        "Dear Sir or Madam,\n\nI would like to ask about the waste collection fee. My details:\n\n"
        "Mrs. Helen Carter, Australian, born 21-Jul-1962\n"
        "Passport No.: PA4471203\n"
        "Address: 7/7 Moo 2, Tambon Cha-am, Amphoe Cha-am, Chang Wat Phetchaburi 76120\n"
        "Contact: 086 410 2279 (mobile)\n\nKind regards\n"
    )
    case = read(body)
    assert case.fields.get("full_name") == "Mrs. Helen Carter"
    assert case.fields.get("birth_date") == "1962-07-21"


def test_a_three_word_name_opening_a_line() -> None:
    found = entities("My details:\nMs. Nguyen Thi Hoa, Vietnamese, born 5 May 1988\n")
    assert found["full_name"] == ["Ms. Nguyen Thi Hoa"]
    assert found["birth_date"] == ["5 May 1988"]


def test_a_titled_name_inside_a_line_is_not_taken_as_opening_one() -> None:
    found = entities("Yesterday Mr. Somchai Jaidee, our neighbour, burned rubbish.\n")
    assert "full_name" not in found


# --- three-word names in a sentence ----------------------------------------------------------


def test_three_word_names_after_i_and_my_name_is() -> None:
    found = entities("I, Mr. Aung Kyaw Min, a Myanmar national, would like to ask.")
    assert found["full_name"] == ["Mr. Aung Kyaw Min"]
    found = entities("My name is Ms. Pham Thu Trang and I teach English in Rayong.")
    assert found["full_name"] == ["Ms. Pham Thu Trang"]


def test_a_name_after_my_name_is_stops_at_its_line() -> None:
    found = entities("My name is John Baker\nAddress: 9 Moo 1, Tambon Samet")
    assert found["full_name"] == ["John Baker"]


# --- a number inside a 13-digit ID is no phone -----------------------------------------------


def test_a_pink_cards_dashed_number_gives_no_phone() -> None:
    card = thai_id("003971234567")  # a pink card's number starts 00
    assert "phone" not in entities(f"Pink card No.: {dashed(card)}")


def test_the_phone_beside_a_pink_card_is_the_phone() -> None:
    card = thai_id("003971234567")
    body = (
        "Hello,\n\nName: Mr. Zaw Min Htet\n"
        f"Pink card No.: {dashed(card)}\n"
        "Cell: +66 93 118 2046\n"
        "Email: zawminhtet@example.com\n"
    )
    case = read(body)
    assert case.fields.get("phone") == "+66931182046"
    assert case.fields.get("national_id") == card


def test_a_phone_right_after_an_id_is_still_a_phone() -> None:
    nid = thai_id("356040012345")
    found = entities(f"ID {dashed(nid)} 081-555-0134")
    assert found["national_id"] == [dashed(nid)]
    assert found["phone"] == ["081-555-0134"]


def test_cell_is_a_phone_label() -> None:
    # "Cell:" and "Cell phone" are how Americans and many expats label a mobile; the
    # number was read only from the sentences (a prose value, below a label's) until the
    # labels knew them. An office line given too must not win over the labelled cell.
    for label in ("Cell", "Cell phone", "Cellphone", "Cell No."):
        case = read(
            "Dear Sir/Madam,\n\nName: Mr. Oliver Brandt\n"
            f"{label}: 092 417 3308\nOffice: 02-118-4460\n\nRegards,\nOliver\n"
        )
        assert case.fields["phone"] == "+66924173308", label
        assert case.provenance["phone"].method != "prose", label
