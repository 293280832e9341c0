"""Names as Western passports and English letters write them (set 82's kind): the family
name in capitals after the given names, or first with a comma ("SURNAME, Given"), an
apostrophe (O'Neill) or a hyphen (Anne-Sophie) inside a word."""

from __future__ import annotations

from extractors.prose import find_entities
from extractors.values import clean_value


def names_in(text: str) -> list[str]:
    return [value for key, value, _, _ in find_entities(text) if key == "full_name"]


def test_a_labelled_family_name_first_keeps_the_given_names() -> None:
    assert clean_value("name", "FITZGERALD, Laura Anne") == "FITZGERALD, Laura Anne"
    assert clean_value("name", "D'ARCY, Thomas") == "D'ARCY, Thomas"
    # a name and then another value after a comma: still cut there
    assert clean_value("name", "Laura Fitzgerald, tel 081-234-5678") == "Laura Fitzgerald"


def test_a_capitalised_family_name_ends_the_name_in_a_sentence() -> None:
    assert names_in("I am Mr. Gareth Owen PRICE, Welsh, born 2nd May 1961.") == [
        "Mr. Gareth Owen PRICE"
    ]
    assert names_in("I, Mrs. Anne-Sophie LEROUX, would like to ask for a certificate.") == [
        "Mrs. Anne-Sophie LEROUX"
    ]
    assert names_in("My name is Sean Patrick O'NEILL and I live in Rawai.") == [
        "Sean Patrick O'NEILL"
    ]
    assert names_in("My name is Sean O'Neill and I live in Rawai.") == ["Sean O'Neill"]


def test_family_name_first_in_a_sentence() -> None:
    assert names_in("I, FITZGERALD, Laura Anne, an Irish national, ask for a letter.") == [
        "FITZGERALD, Laura Anne"
    ]


def test_an_acronym_after_a_name_is_no_family_name() -> None:
    assert names_in("My name is Gareth Price ID 123 and I live in Rawai.") == ["Gareth Price"]
