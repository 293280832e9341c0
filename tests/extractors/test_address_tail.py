"""The province and postal code at the end of an address typed on one line."""

from __future__ import annotations

import pytest

from extractors.address_tail import address_end, address_tail, with_address_tails
from extractors.base import FieldCandidate, Provenance


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("45/7 ม.3 ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000", ("จ.ขอนแก่น", "40000")),
        ("199 แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพฯ 10310", ("กรุงเทพฯ", "10310")),
        ("199 แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพมหานคร", ("กรุงเทพมหานคร", None)),
        ("๓๐๑ หมู่ที่ ๑๑ ตำบลท่าช้าง จังหวัดอุบลราชธานี ๓๔๑๙๐", ("จังหวัดอุบลราชธานี", "๓๔๑๙๐")),
        ("12 ม.8 ต.ป่าแดด อ.เมือง จังหวัด เชียงราย รหัสไปรษณีย์ 57000", ("จังหวัด เชียงราย", "57000")),
        ("9 หมู่ 4 ต.บ้านกร่าง อ.เมือง พิษณุโลก, 65000.", ("พิษณุโลก", "65000")),
        # a district named after its province is not the province
        ("45/7 ม.3 ต.ในเมือง อ.เมืองขอนแก่น", (None, None)),
        # five digits Thailand Post does not use: nothing at the end is sure
        ("45/7 ม.3 ต.ในเมือง อ.เมือง จ.ขอนแก่น 99999", (None, None)),
        ("ถนนมิตรภาพ ขอนแก", (None, None)),  # a near miss without จังหวัด is not read
        ("88 Moo 5, Nong Prue, Bang Lamung, Chon Buri 20150", ("Chon Buri", "20150")),
        ("12/3 Sukhumvit Soi 11, Watthana, Bangkok 10110", ("Bangkok", "10110")),
    ],
)
def test_the_tail_of_an_address(address: str, expected: tuple[str | None, str | None]) -> None:
    assert address_tail(address) == expected


def test_each_address_candidate_yields_a_less_sure_province_and_postal_code() -> None:
    prov = Provenance(part="1", kind="body_text", label="ที่อยู่", method="quoted")
    address = FieldCandidate(
        key="address", value="7/2 ม.5 ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110", provenance=prov,
        confidence=0.9,
    )  # fmt: skip
    out = with_address_tails([address])
    derived = {c.key: c for c in out[1:]}
    assert out[0] is address
    assert derived["province"].value == "จ.สงขลา"
    assert derived["postal_code"].value == "90110"
    assert derived["province"].confidence < address.confidence
    assert derived["postal_code"].provenance.method == "quoted"  # flagged like its source


@pytest.mark.parametrize(
    ("address", "kept"),
    [
        # unseen2: a request typed on a phone runs on after the address on the same line
        (
            "45 ม.3 ต.พระบาท อ.เมืองลำปาง จ.ลำปาง 52000 รายละเอียด ขอคัดสำเนา 1 ฉบับ ขอบคุณค่ะ",
            "45 ม.3 ต.พระบาท อ.เมืองลำปาง จ.ลำปาง 52000",
        ),
        # a heading on the next line (the other party of a complaint) is no more address
        ("15 ซ.ประชาอุทิศ 33 แขวงราษฎร์บูรณะ กรุงเทพฯ 10140\nผู้ถูกร้อง", None),
        # an address that ends at its postal code, or has no province before it, is kept
        ("7/2 ม.5 ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110", "7/2 ม.5 ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110"),
        ("99 ซอย 10130 ถนนสุขุมวิท", "99 ซอย 10130 ถนนสุขุมวิท"),
        # set 54: a PDF's next line run on after a code Thailand Post does not list (a
        # typo, or a made-up one) right after a province: the line break ends it too
        ("8/4 ม.2 ต.ท่าข้าม อ.บางปะกง จ.ฉะเชิงเทรา 24199\nจำนวนผู้พักอาศัย 4 คน", None),
        # ... but five digits that are not at a line's end prove nothing
        ("8/4 ม.2 ต.ท่าข้าม อ.บางปะกง จ.ฉะเชิงเทรา 24199 ห้อง 3", None),
    ],
)
def test_an_address_ends_at_its_province_and_postal_code(address: str, kept: str | None) -> None:
    first_line = address.split("\n")[0]
    assert address_end(address) == (kept if kept is not None else first_line)


def test_an_address_cut_short_is_read_a_little_less_sure() -> None:
    prov = Provenance(part="1", kind="body_text", label="ที่อยู่")
    value = "7/2 ม.5 ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110 รายละเอียด ขอรับเบี้ย"
    address = FieldCandidate(key="address", value=value, provenance=prov, confidence=0.9)
    out = with_address_tails([address])
    assert out[0].value == "7/2 ม.5 ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110"
    assert out[0].confidence < 0.9
    assert {c.key: c.value for c in out[1:]} == {"province": "จ.สงขลา", "postal_code": "90110"}


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        # แขวง and เขต are Bangkok's alone: no province word, still Bangkok (set 40)
        ("14 ถ.สุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา 10110", ("กรุงเทพมหานคร", "10110")),
        ("56 ซ.จรัญสนิทวงศ์ 13 แขวงวัดท่าพระ เขตบางกอกใหญ่", ("กรุงเทพมหานคร", None)),
        ("๓๓ ซ.ประชาราษฎร์บำเพ็ญ ๔ แขวงห้วยขวาง เขตห้วยขวาง ๑๐๓๑๐", ("กรุงเทพมหานคร", "๑๐๓๑๐")),
        # not with one of them alone, nor with a postal code of another province
        ("8 หมู่ 2 ต.บ้านกลาง อ.เมืองลำพูน", (None, None)),
        ("5 ถ.เจริญเมือง เขตเทศบาลนครเชียงใหม่", (None, None)),
        ("3 แขวงทางหลวง เขตเทศบาล 50000", (None, "50000")),
    ],
)
def test_bangkok_named_by_its_khwaeng_and_khet(
    address: str, expected: tuple[str | None, str | None]
) -> None:
    assert address_tail(address) == expected


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # a paragraph form's printed "จังหวัด " before its drop-down's answer (set 48)
        ("88 หมู่ที่ 2 ตำบลนาดี อำเภอเมืองอุดรธานี จังหวัด อุดรธานี", "จังหวัดอุดรธานี"),
        ("5/1 ม.9 ต.ริมกก อ.เมืองเชียงราย จังหวัด  เชียงราย 57100", "จังหวัดเชียงราย 57100"),
        # the abbreviation is left as typed, spaced or not
        ("5/1 ม.9 ต.ริมกก อ.เมืองเชียงราย จ. เชียงราย 57100", "จ. เชียงราย 57100"),
        ("5/1 ม.9 ต.ริมกก อ.เมืองเชียงราย จังหวัดเชียงราย", "จังหวัดเชียงราย"),
    ],
)
def test_the_province_word_typed_apart_from_its_name_is_written_as_one(
    typed: str, written: str
) -> None:
    prov = Provenance(part="2", kind="docx", label="อยู่บ้านเลขที่")
    address = FieldCandidate(key="address", value=typed, provenance=prov, confidence=0.9)
    out = with_address_tails([address])
    assert out[0].value.endswith(" " + written)
    assert out[0].value.split()[:3] == typed.split()[:3]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # a printed form's box left at "-" (no village number in a town, no lane, no road)
        (
            "67/2 หมู่ที่ - ตำบลตลาด อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000",
            "67/2 ตำบลตลาด อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000",
        ),
        ("12 ม. - ซอย - ถนน – ต.ในเมือง อ.เมืองยโสธร", "12 ต.ในเมือง อ.เมืองยโสธร"),
        ("12 หมู่ -", "12"),
        # a dash inside a value stays: a road named after two places, a house number
        ("9 ถนนเชียงใหม่-ลำปาง ต.ป่าแดด", "9 ถนนเชียงใหม่-ลำปาง ต.ป่าแดด"),
        ("9/1 ม.4 ซอย 3-5 ต.ป่าแดด", "9/1 ม.4 ซอย 3-5 ต.ป่าแดด"),
    ],
)
def test_a_box_left_at_a_dash_is_no_part_of_the_address(typed: str, written: str) -> None:
    prov = Provenance(part="2", kind="pdf_text", label="อยู่บ้านเลขที่")
    address = FieldCandidate(key="address", value=typed, provenance=prov, confidence=0.9)
    assert with_address_tails([address])[0].value == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # a form's printed word and the value typed on its dotted line, a space between
        ("140\nหมู่ที่ 6\nตำบล บึงกาฬ\nอำเภอ เมืองบึงกาฬ", "140\nหมู่ที่ 6\nตำบลบึงกาฬ\nอำเภอเมืองบึงกาฬ"),
        ("9 แขวง  คลองจั่น เขต บางกะปิ", "9 แขวงคลองจั่น เขตบางกะปิ"),
        ("99/87 ถนน แจ้งวัฒนะ ซอย 5 ตำบล ปากเกร็ด", "99/87 ถนนแจ้งวัฒนะ ซอย 5 ตำบลปากเกร็ด"),
        # the abbreviations are left as typed; a word no area word opens stays
        ("5/1 ม.9 ต. ริมกก อ. เมืองเชียงราย", "5/1 ม.9 ต. ริมกก อ. เมืองเชียงราย"),
        ("12 หมู่บ้านเขตทอง ซอย 4", "12 หมู่บ้านเขตทอง ซอย 4"),
    ],
)
def test_an_area_word_typed_apart_from_its_name_is_written_as_one(typed: str, written: str) -> None:
    prov = Provenance(part="2", kind="docx", label="อยู่บ้านเลขที่")
    address = FieldCandidate(key="address", value=typed, provenance=prov, confidence=0.9)
    assert with_address_tails([address])[0].value == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # a paper form's short labels: "ไปรษณีย์" alone is the postal code's box
        (
            "12 ม. 3 ต. นาข่า อ. เมืองอุดรธานี จ. อุดรธานี ไปรษณีย์ 41000",
            "12 ม. 3 ต. นาข่า อ. เมืองอุดรธานี จ. อุดรธานี",
        ),
        ("5 หมู่ 2 ตำบลหนองบัว จังหวัดอุดรธานี รหัส ปณ. 41000", "5 หมู่ 2 ตำบลหนองบัว จังหวัดอุดรธานี"),
    ],
)
def test_a_short_postal_label_ends_the_address(typed: str, written: str) -> None:
    prov = Provenance(part="1", kind="body_text", label="ที่อยู่")
    candidate = FieldCandidate(key="address", value=typed, confidence=0.9, provenance=prov)
    found = with_address_tails([candidate])
    assert [c.value for c in found if c.key == "address"] == [written]
    assert [c.value for c in found if c.key == "postal_code"] == ["41000"]
