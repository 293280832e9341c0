"""A mail's table of several people (staff, members) over its writer's signature: the
rows are others' values, the signer's own come first (issue 8, set 112). Names, places
and numbers invented; IDs with a valid check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase, FieldCandidate, Provenance
from extractors.extract import extract_case
from extractors.listed_table_rows import listed_rows_behind_signer, listed_table_rows
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
SIGNER_ID = with_check_digit("341020077215")
MEMBERS = (
    ("นายวีระพงษ์ สายทอง", with_check_digit("341020031148"), "0817733410"),
    ("นางสาวกมลชนก พรมดี", with_check_digit("341020045526"), "0925561082"),
    ("นางทองใบ ศรีละคร", with_check_digit("341020058834"), "0867120954"),
)


def table(rows: tuple[tuple[str, str, str], ...]) -> str:
    cells = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{nid}</td><td>{phone}</td></tr>"
        for n, (name, nid, phone) in enumerate(rows, start=1)
    )
    head = "<tr><th>ที่</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>โทร</th></tr>"
    return f'<table border="1">{head}{cells}</table>'


def read_mail(html: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Somsri <somsri.kb@example.com>"
    msg["To"] = "sukhaphiban@example.go.th"
    msg["Subject"] = "ส่งรายชื่อผู้เข้าอบรม"
    msg.set_content("ส่งรายชื่อตามตาราง")
    msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_rows_of_a_bar_table_listing_two_people_or_more() -> None:
    lines = [
        (1, "ขอส่งรายชื่อดังนี้"),
        (2, "ที่ | ชื่อ-สกุล | เลขประจำตัวประชาชน | โทร"),
        (3, "1 | นายวีระพงษ์ สายทอง | 3-4102-00311-48-x | 0817733410"),
        (4, "2 | นางสาวกมลชนก พรมดี | 3410200455266 | 0925561082"),
        (5, "ขอบคุณครับ"),
        (6, "1 | นายเดียว คนเดียว | 081 | 082"),
    ]
    assert set(listed_table_rows(lines)) == {3, 4}


def test_the_signer_under_the_table_of_members_is_the_applicant() -> None:
    signature = (
        "<div>--</div><div>นางสมศรี แก้วบุญ</div><div>ประธานกลุ่มแม่บ้าน</div>"
        f"<div>เลขบัตร {SIGNER_ID}</div><div>โทร 089-441-2076</div>"
    )
    html = (
        "<div>เรียน งานสุขาภิบาลอาหาร</div><div>ขอส่งรายชื่อสมาชิกเข้ารับการอบรม ดังนี้</div>"
        + table(MEMBERS)
        + signature
    )
    case = read_mail(html)
    assert case.fields["full_name"] == "นางสมศรี แก้วบุญ"
    assert case.fields["national_id"] == SIGNER_ID
    assert case.fields["phone"] == "+66894412076"


def _name(value: str, line: int) -> FieldCandidate:
    where = Provenance(part="1", kind="body_text", line=line, method="prose")
    return FieldCandidate(key="full_name", value=value, provenance=where, confidence=0.6)


def test_a_signer_listed_in_her_own_table_leaves_the_rows_alone() -> None:
    # she signs without her title: still the row's "นางสมศรี แก้วบุญ"
    lines = [
        (1, "ที่ | ชื่อ-สกุล | เลข | โทร"),
        (2, f"1 | {MEMBERS[0][0]} | {MEMBERS[0][1]} | {MEMBERS[0][2]}"),
        (3, f"2 | นางสมศรี แก้วบุญ | {SIGNER_ID} | 0894412076"),
    ]
    found = [_name(MEMBERS[0][0], 2), _name("นางสมศรี แก้วบุญ", 3)]
    signed = [_name("สมศรี แก้วบุญ", 9)]
    assert listed_rows_behind_signer(found, lines, signed) == found
