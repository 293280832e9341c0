"""A sheet headed by its maker (a firm, a lawyer) for the person it writes for: the head's
name, line and box are the maker's, never the applicant's. Names and numbers invented."""

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


def read(rows: list[list[str]]) -> list[FieldCandidate]:
    lines = xlsx_lines(rows, LABELS)
    found = read_lines(lines, part="2", kind="spreadsheet", labels=LABELS).candidates
    return without_issuers_head(lines, found)


def best(found: list[FieldCandidate], key: str) -> FieldCandidate:
    return max((c for c in found if c.key == key), key=lambda c: c.confidence)


# An insurer's claim sheet: the company named under its label, its contact's name, line
# and box, then the claim's row under a header row naming the insured.
INSURER = [
    ["บริษัท", "บริษัท นครพิงค์ประกันภัย จำกัด"],
    ["เลขทะเบียนนิติบุคคล", "0105551023459"],
    ["ผู้ติดต่อ", "นางสาวรัชนี ใจดี", "โทร", "02-318-7740",
     "อีเมล", "rachanee@nakornping.example.co.th"],
    [],
    ["เลขที่เคลม", "ผู้เอาประกันภัย", "เลขประจำตัวประชาชน", "ที่อยู่ผู้เอาประกันภัย", "วันที่เกิดเหตุ"],
    ["CL-5521", "นายอนุชา แสงทอง", "3570100234561",
     "8 หมู่ 2 ตำบลรอบเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000", "02/09/2569"],
    [],
]  # fmt: skip


def test_an_insurers_contact_is_not_the_insured() -> None:
    found = read(INSURER)
    assert best(found, "full_name").value == "นายอนุชา แสงทอง"
    assert best(found, "phone").confidence <= ISSUERS_CONFIDENCE
    assert best(found, "email").confidence <= ISSUERS_CONFIDENCE


# A lawyer's summary: his rows first, then his client's, her own mobile among them.
LAWYER = [
    ["ทนายความ", "นายปกรณ์ ศรีสุข"],
    ["ใบอนุญาตเลขที่", "1207/2551"],
    ["โทรสำนักงาน", "053-410-226", "อีเมล", "pakorn.law@example.com"],
    [],
    ["ลูกความ", "นางมาลี คำปัน"],
    ["เลขประจำตัวประชาชน", "3501200345672"],
    ["โทรลูกความ", "086-441-2290"],
    [],
]


def test_a_lawyers_line_and_box_are_not_his_clients() -> None:
    found = read(LAWYER)
    assert best(found, "full_name").value == "นางมาลี คำปัน"
    assert best(found, "phone").value == "086-441-2290"
    assert best(found, "email").confidence <= ISSUERS_CONFIDENCE


# Her own sheet, her name on its first row: her head is hers.
OWN = [
    ["ชื่อ", "นางมาลี คำปัน"],
    ["โทร", "086-441-2290"],
    ["อีเมล", "malee.k@example.com"],
    [],
    ["รายการ", "บาท"],
    ["ค่าซ่อม", "4500"],
]


def test_her_own_head_stays_hers() -> None:
    found = read(OWN)
    assert best(found, "email").confidence > ISSUERS_CONFIDENCE


# A bookkeeper's sheet of the shops she files for: her office alone on the first row, her
# own name and licence, line and box under it, the clients' rows below, the one filed now
# marked in a note column.
BOOKKEEPER = [
    ["สำนักงานบัญชีแสงทองการบัญชี"],
    ["ที่ตั้งสำนักงาน", "17 ถนนเจริญราษฎร์ ตำบลในเมือง อำเภอเมืองลำปาง จังหวัดลำปาง 52000"],
    ["ผู้จัดทำ", "นางสาวพรทิพย์ แสงทอง", "ผู้ทำบัญชี เลขทะเบียน 5521"],
    ["โทร", "054-221-907", "มือถือ", "089-114-3306", "อีเมล", "porntip.acc@example.com"],
    [],
    ["ลำดับ", "ชื่อผู้ประกอบการ", "เลขประจำตัวประชาชน", "ชื่อร้าน", "สถานะ"],
    ["1", "นายบุญส่ง คำดี", with_check_digit("352010045678"), "ร้านบุญส่งพาณิชย์", "รอเอกสาร"],
    ["2", "นางอำไพ สุขใจ", with_check_digit("352010078901"), "ร้านอำไพผ้าไหม", "ยื่นครั้งนี้"],
]  # fmt: skip


def test_a_bookkeepers_line_and_box_are_not_her_clients() -> None:
    found = read(BOOKKEEPER)
    assert best(found, "national_id").value == with_check_digit("352010078901")
    for key in ("phone", "email"):
        assert all(c.confidence <= ISSUERS_CONFIDENCE for c in found if c.key == key), key
