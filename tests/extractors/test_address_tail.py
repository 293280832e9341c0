"""The province and postal code at the end of an address typed on one line."""

from __future__ import annotations

import pytest

from extractors.address_tail import address_tail, with_address_tails
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
