"""The agency's guide (docs/th/guide.md first, docs/en/guide.md) against the product: the
copyable request templates it tells citizens to send are filed under the right type of work
with every line read, and the worked set-ups it names are the example files the tests run.
If the guide and config/forms/ drift apart, a citizen following the guide gets a case filed
wrongly with fields left unread; this fails first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

REPO = Path(__file__).resolve().parents[2]
GUIDES = {language: REPO / "docs" / language / "guide.md" for language in ("th", "en")}
FORMS = load_templates(REPO / "config" / "forms")

# The guide's name for each type of work -> the template a clerk would file it under.
THAI_BLOCKS = {
    "คำร้องทั่วไป": "general_request",
    "เรื่องร้องเรียน": "complaint",
    "ขอข้อมูลข่าวสารของราชการ": "foi_request",
    "ขอสำเนาเอกสาร": "document_copy",
    "ขออนุญาต / ขอใบอนุญาต": "permit",
    "ขอนัดหมาย": "appointment",
    "ขอเอกสารทางการศึกษา ปพ.1 / ปพ.2": "document_request",
}
ENGLISH_ROWS = {
    "general request": "general_request",
    "complaint": "complaint",
    "official information (Official Information Act B.E. 2540)": "foi_request",
    "copy of a document": "document_copy",
    "permit or licence": "permit",
    "appointment": "appointment",
    "school record ปพ.1 / ปพ.2": "document_request",
}
BLOCK = re.compile(
    r"^\*\*(?P<title>.+?)\*\*.*?หัวเรื่อง: `(?P<subject>[^`]+)`.*?\n```\n(?P<body>.*?)```", re.M | re.S
)
TABLE_ROW = re.compile(r"^\| (?P<kind>[^|]+?) \| (?P<subjects>`[^|]+`) \|", re.M)


def _thai_blocks() -> dict[str, tuple[str, list[str]]]:
    text = GUIDES["th"].read_text(encoding="utf-8")
    found = {}
    for match in BLOCK.finditer(text):
        labels = [line.rstrip(":").strip() for line in match["body"].splitlines() if line.strip()]
        found[match["title"]] = (match["subject"], labels)
    return found


def _filed(subject: str, body: str) -> tuple[str, set[int]]:
    """The template chosen for a mail, and which lines of its body were read into a field."""
    raw = f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    result = extract_case(parse_message(raw.encode()), FORMS)
    lines = {p.line for p in result.provenance.values() if p.kind == "body_text"}
    return result.template, {n for n in lines if n is not None}


def test_the_thai_guide_has_a_copyable_template_for_each_type_of_work() -> None:
    assert set(_thai_blocks()) == set(THAI_BLOCKS)
    assert set(THAI_BLOCKS.values()) == {t.name for t in FORMS}


@pytest.mark.parametrize("title", sorted(THAI_BLOCKS))
def test_a_request_written_as_the_guide_says_is_filed_right_with_every_line_read(
    title: str,
) -> None:
    subject, labels = _thai_blocks()[title]
    body = "\n".join(f"{label}: ข้อความที่ {n}" for n, label in enumerate(labels, start=1))
    template, read = _filed(subject.replace("...", "ทดสอบ"), body)
    assert template == THAI_BLOCKS[title], f"subject {subject!r} is filed as {template}"
    unread = [label for n, label in enumerate(labels, start=1) if n not in read]
    assert unread == [], f"{title}: no field of {template} takes these lines"


def test_the_english_guide_names_the_same_subjects() -> None:
    text = GUIDES["en"].read_text(encoding="utf-8")
    rows = {m["kind"]: re.findall(r"`([^`]+)`", m["subjects"]) for m in TABLE_ROW.finditer(text)}
    assert set(rows) == set(ENGLISH_ROWS)
    for kind, subjects in rows.items():
        for subject in subjects:
            template, _ = _filed(f"{subject} ทดสอบ", "รายละเอียด: ทดสอบ")
            assert template == ENGLISH_ROWS[kind], f"{kind}: {subject!r} is filed as {template}"


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_the_worked_set_ups_the_guide_names_are_the_examples_the_tests_run(
    language: str,
) -> None:
    text = GUIDES[language].read_text(encoding="utf-8")
    named = set(re.findall(r"docs/examples/([\w/.-]+\.toml)", text))
    named |= {f"ministry/{m}" for m in re.findall(r"`(office-\w+\.toml)`", text)}
    shipped = {
        str(p.relative_to(REPO / "docs" / "examples"))
        for p in (REPO / "docs" / "examples").rglob("*.toml")
    }
    assert named == shipped
    headings = re.findall(r"^### 6\.(\d) ", text, re.M)
    assert headings == ["1", "2", "3"]
