"""A form that names its filer and, apart, the one to call about it: the filer asks.

A tax return typed for a firm names the one who files and signs it ("ผู้ยื่นแบบ <name>
(<post>)") and, lower down, the bookkeeper a clerk may call ("ผู้ประสานงาน: <name> โทร
..."). Both labels name a person, sure; the filer is the applicant (set 28: for a body
the one who signs), the contact is set behind (contact_beside_filer). Names and numbers
made up.
"""

from __future__ import annotations

from typed_mail import read

from extractors.base import FieldCandidate, Provenance
from extractors.contact_beside_filer import contacts_behind_filers


def named(value: str, label: str, line: int, part: str = "2") -> FieldCandidate:
    provenance = Provenance(part=part, kind="docx", line=line, label=label)
    return FieldCandidate(key="full_name", value=value, provenance=provenance, confidence=1.0)


def test_the_contact_goes_behind_the_filer() -> None:
    filer = named("นายพงศกร ศรีวงศ์", "ผู้ยื่นแบบ", 6)
    contact = named("นางสาวมาลี ทองคำ", "ผู้ประสานงาน", 30)
    out = contacts_behind_filers([filer, contact])
    assert out[0].confidence == 1.0
    assert out[1].confidence < 0.6


def test_a_contact_alone_stays() -> None:
    contact = named("นางสาวมาลี ทองคำ", "ผู้ประสานงาน", 30)
    assert contacts_behind_filers([contact])[0].confidence == 1.0


def test_the_filer_as_her_own_contact_stays() -> None:
    filer = named("นางสาวมาลี ทองคำ", "ผู้ยื่นคำขอ", 3)
    contact = named("มาลี ทองคำ", "ผู้ติดต่อ", 20)
    assert contacts_behind_filers([filer, contact])[1].confidence == 1.0


def test_a_typed_return_names_its_filer() -> None:
    case = read(
        "แบบแสดงรายการภาษีป้าย\n"
        "ชื่อเจ้าของป้าย: ห้างหุ้นส่วนจำกัด ศรีวงศ์ค้าไม้\n"
        "ผู้ยื่นแบบ: นายพงศกร ศรีวงศ์ (หุ้นส่วนผู้จัดการ)\n"
        "โทรศัพท์มือถือ: 081-552-0146\n\n"
        "ผู้ประสานงาน: นางสาวมาลี ทองคำ โทร 089-300-7781\n"
    )
    assert case.fields["full_name"] == "นายพงศกร ศรีวงศ์"


def test_a_firm_named_as_filer_leaves_its_contact() -> None:
    filer = named("บริษัท พิษณุโลกค้าไม้ จำกัด", "ผู้ยื่นคำขอ", 3)
    contact = named("นางสาวมาลี ทองคำ", "ชื่อผู้ติดต่อ", 9)
    assert contacts_behind_filers([filer, contact])[1].confidence == 1.0
