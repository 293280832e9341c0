"""A summary sheet an accountant prepares for one client: her head block is hers.

Under the sheet's title the preparer signs her work ("จัดทำโดย | <name> | ผู้ทำบัญชี
เลขทะเบียน ..."), her office, line, mobile and box under it; the client's block follows,
her name under a label noted as the client's ("เจ้าของอาคาร (ลูกค้า)"). The preparer is
no asker (issuer_head): her name, line and box are set behind; the client's name is read
under its noted label (labels.LabelMatcher). Names and numbers invented.
"""

from __future__ import annotations

from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import FieldCandidate
from extractors.extract import matcher_for
from extractors.issuer_head import ISSUERS_CONFIDENCE, without_issuers_head
from extractors.office_files import read_lines
from extractors.templates import load_templates
from extractors.xlsx_form import xlsx_lines

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
CLIENT_ID = with_check_digit("360070012345")


def read(rows: list[list[str]]) -> list[FieldCandidate]:
    lines = xlsx_lines(rows, LABELS)
    found = read_lines(lines, part="2", kind="spreadsheet", labels=LABELS).candidates
    return without_issuers_head(lines, found)


def best(found: list[FieldCandidate], key: str) -> FieldCandidate:
    return max((c for c in found if c.key == key), key=lambda c: c.confidence)


def summary(preparer: str, client_label: str) -> list[list[str]]:
    return [
        ["สรุปรายการภาษีป้ายและภาษีโรงเรือน ปี 2569 - เทศบาลเมืองนครสวรรค์"],
        [preparer, "นายชาตรี พึ่งบุญ", "ผู้สอบบัญชีรับอนุญาต เลขทะเบียน 4471"],
        ["สำนักงาน", "ชาตรีการบัญชี 88 ถนนโกสีย์ ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000"],
        ["โทร", "056-221-870", "มือถือ", "086-440-1952", "อีเมล", "chatree.audit@example.com"],
        [],
        [client_label, "นางบุษบา ศรีนวล"],
        ["เลขประจำตัวประชาชน", CLIENT_ID],
        ["ที่อยู่", "41 หมู่ 3 ตำบลหนองปลิง อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000"],
        ["เบอร์โทรเจ้าของ", "089-771-2046"],
        [],
        ["ลำดับ", "ป้ายเลขที่", "ขนาด (ซม.)", "ภาษีตามแบบ", "ภาษีที่ควรเป็น"],
        ["1", "12/2569", "120 x 240", "800", "400"],
    ]  # fmt: skip


def test_the_preparers_head_is_not_the_clients() -> None:
    found = read(summary("จัดทำโดย", "เจ้าของอาคาร (ลูกค้า)"))
    assert best(found, "national_id").value == CLIENT_ID
    assert best(found, "phone").value == "089-771-2046"
    for value in ("086-440-1952", "056-221-870", "chatree.audit@example.com"):
        assert all(c.confidence <= ISSUERS_CONFIDENCE for c in found if c.value == value), value


def test_the_makers_word_as_a_label() -> None:
    found = read(summary("ผู้จัดทำ", "เจ้าของอาคาร (ลูกค้า)"))
    assert best(found, "phone").value == "089-771-2046"
    assert all(c.confidence <= ISSUERS_CONFIDENCE for c in found if c.key == "email")


def test_a_label_noted_as_the_client_names_her() -> None:
    assert LABELS.match("เจ้าของอาคาร (ลูกค้า)") == ("full_name", 1.0)
    assert LABELS.match("ผู้ถือกรรมสิทธิ์ (ลูกความ)") == ("full_name", 1.0)
    found = read(summary("จัดทำโดย", "เจ้าของอาคาร (ลูกค้า)"))
    assert best(found, "full_name").value == "นางบุษบา ศรีนวล"


def test_a_note_never_overrides_a_fields_own_label() -> None:
    # the client's address and line keep their own fields
    assert LABELS.match("ที่อยู่ (ลูกค้า)")[0] == "address"  # type: ignore[index]
    assert LABELS.match("โทรศัพท์ (ลูกค้า)")[0] == "phone"  # type: ignore[index]
