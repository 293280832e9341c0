"""The place of the body that asks, labelled "ที่ตั้ง<body>" ("ที่ตั้งชมรม", set 84: a club's
roster for its stadium booking, its office in the head row): its address, as "ที่อยู่ชมรม"
is. A shop's place ("ที่ตั้งร้าน") stays no one's home. Places invented."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import matcher_for
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def test_a_bodys_place_is_its_address() -> None:
    for label in ("ที่ตั้งชมรม", "ที่ตั้งกลุ่ม", "ที่ตั้งสมาคม"):
        found = LABELS.match(label)
        assert found is not None and found[0] == "address", label


def test_a_shops_place_is_no_home() -> None:
    found = LABELS.match("ที่ตั้งร้าน")
    assert found is None or found[0] != "address"
