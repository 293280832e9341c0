"""A submission exported as XML (an e-service's record, a form system's download), read
as `label: value` lines.

Such a file is a tree of named values: `<citizenId>`, `<firstName>`, or `<field
name="citizenId">`, grouped in sections (`<applicant>`, `<address>`). Each leaf is a
line "name: value" read by the common label reader, which knows the English keys
forms use. A record may also hold another person: the officer who received it, an
agent. Values of a section are that section's person's, so where sections hold a
person's details (a name, an ID, a phone, an e-mail) and there are several, only the
applicant's are read: the one its name calls so (applicant, requester, citizen, ผู้ยื่น,
ผู้ร้อง...), else the first.
"""

from __future__ import annotations

import re
from typing import Any

from extractors.base import ExtractionResult, LabelIndex
from extractors.body_form import parse_label_line
from extractors.flat_xml import MAX_FLAT_BYTES
from extractors.office_files import as_bytes, read_lines
from extractors.safe_xml import safe_xml_parser

__all__ = ["XmlFormExtractor", "xml_pairs"]

MAX_LEAVES = 500
_PERSON_KEYS = frozenset(
    {"full_name", "given_name", "family_name", "national_id", "phone", "email"}
)
_APPLICANT = re.compile(
    r"applicant|requester|request_?er|citizen|petitioner|complainant|sender|ผู้ยื่น|ผู้ร้อง|ผู้ขอ",
    re.IGNORECASE,
)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def xml_pairs(data: bytes, labels: LabelIndex) -> list[str]:
    """The record's `name: value` lines, the other people's sections left out."""
    from lxml import etree

    if len(data) > MAX_FLAT_BYTES:
        return []
    parser = safe_xml_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return []
    leaves: list[tuple[Any, str, str]] = []  # (section element, name, value)
    for element in root.iter():
        if len(leaves) >= MAX_LEAVES:
            break
        if not isinstance(element.tag, str) or len(element):
            continue
        value = " ".join((element.text or "").split())
        name = element.get("name") or element.get("key") or _local(element.tag)
        if value and name:
            parent = element.getparent()
            section = parent if parent is not None and parent is not root else root
            if element.get("name") or element.get("key"):  # <field name=...> in a section
                grand = parent.getparent() if parent is not None else None
                section = grand if grand is not None and parent is not root else parent
            leaves.append((section, name, value))
    people = _person_sections(leaves, labels)
    keep = _applicants(people)
    return [f"{name}: {value}" for section, name, value in leaves
            if section not in people or section in keep]  # fmt: skip


def _person_sections(leaves: list[tuple[Any, str, str]], labels: LabelIndex) -> list[Any]:
    found: list[Any] = []
    for section, name, value in leaves:
        hit = parse_label_line(f"{name}: {value}", labels)
        if hit is not None and hit.key in _PERSON_KEYS and section not in found:
            found.append(section)
    return found


def _applicants(people: list[Any]) -> list[Any]:
    """The sections read as the applicant's: all when there is one person; else the one
    (or ones) its name or an ancestor's calls the applicant, else the first."""
    if len(people) <= 1:
        return people

    def called(section: Any) -> bool:
        node = section
        while node is not None:
            if _APPLICANT.search(_local(node.tag)):
                return True
            node = node.getparent()
        return False

    named = [s for s in people if called(s)]
    return named or people[:1]


class XmlFormExtractor:
    """An XML attachment in (not an office file saved as XML: extractors.flat_xml), its
    named values as `label: value` candidates out."""

    name = "xml_form"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        lines = xml_pairs(as_bytes(content), labels)
        return read_lines(lines, part=part, kind="document", labels=labels)
