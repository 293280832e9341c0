"""An address a request writes twice, once cut short before its areas (address_fuller)."""

from __future__ import annotations

from extractors.address_fuller import without_cut_short_addresses
from extractors.base import FieldCandidate, Provenance, ReadMethod


def address(
    value: str, *, part: str = "2", method: ReadMethod = "label", sure: float = 0.9
) -> FieldCandidate:
    prov = Provenance(part=part, kind="docx", label="บ้านเลขที่", method=method)
    return FieldCandidate(key="address", value=value, provenance=prov, confidence=sure)


def values(found: list[FieldCandidate]) -> list[str]:
    return [c.value for c in found if c.key == "address"]


def test_a_letters_heading_house_and_village_give_way_to_the_sentences_whole_address() -> None:
    heading = address("33 หมู่ 12")
    sentence = address("33 ม.12 ต.ศิลา อ.เมืองขอนแก่น จ.ขอนแก่น 40000", method="prose", sure=0.6)
    assert values(without_cut_short_addresses([heading, sentence])) == [sentence.value]


def test_another_house_or_village_is_another_address_and_stays() -> None:
    heading = address("33 หมู่ 12")
    for other in ("35 หมู่ 12 ต.ศิลา อ.เมืองขอนแก่น", "33 หมู่ 2 ต.ศิลา อ.เมืองขอนแก่น"):
        sentence = address(other, method="prose", sure=0.6)
        assert values(without_cut_short_addresses([heading, sentence])) == [heading.value, other]


def test_an_address_of_another_file_or_with_its_own_areas_stays() -> None:
    heading = address("33 หมู่ 12")
    elsewhere = address("33 หมู่ 12 ต.ศิลา อ.เมืองขอนแก่น", part="3", method="prose", sure=0.6)
    assert len(values(without_cut_short_addresses([heading, elsewhere]))) == 2
    whole = address("33 หมู่ 12 ต.ศิลา")
    longer = address("33 หมู่ 12 ต.ศิลา อ.เมืองขอนแก่น", method="prose", sure=0.6)
    assert len(values(without_cut_short_addresses([whole, longer]))) == 2


def test_a_house_named_with_no_village_gives_way_to_its_whole_address() -> None:
    # a letter's sentence names the owner's house by its number and its house code only
    # ("เจ้าของบ้านเลขที่ 27 (รหัสประจำบ้าน ...)"); her block above writes it whole
    sentence = address("27 (รหัสประจำบ้าน 4001-012345-6)", method="prose", sure=0.6)
    block = address("27 หมู่ที่ 8 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000")
    assert values(without_cut_short_addresses([sentence, block])) == [block.value]
    # another house number is another house: both stay
    other = address("29 (รหัสประจำบ้าน 4001-012346-4)", method="prose", sure=0.6)
    assert len(values(without_cut_short_addresses([other, block]))) == 2
