"""Hostile set 4, office packages and zips (OOXML beside document.xml, OpenDocument,
zip structure): each read as the worker reads it, in the bounded child. See
hostile_mail_4 for the attacks and hostile4_check for what each is held to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile4_check import TEMPLATES, Listener, check, make_bait
from hostile_mail_2 import Bait, _document, _docx
from hostile_mail_4 import (
    ATTACKS,
    CITIZEN,
    REL_TYPE,
    _doc_rels,
    _form_paragraphs,
    docx_altchunk_and_ole,
    docx_duplicate_and_traversal_names,
)

from extractors.base import ExtractionResult
from extractors.docx_form import DocxFormExtractor
from extractors.extract import matcher_for

KINDS = ("docx_", "xlsx_", "ods_")


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def bait(tmp_path_factory: pytest.TempPathFactory, listener: Listener) -> Bait:
    return make_bait(tmp_path_factory.mktemp("bait"), listener.port)


@pytest.mark.parametrize(
    "attack", [a for a in ATTACKS if a.name.startswith(KINDS)], ids=lambda a: a.name
)
def test_an_office_attack_is_read_safely(
    attack: object, bait: Bait, listener: Listener, tmp_path: Path
) -> None:
    check(attack, bait, listener, tmp_path.parent)  # type: ignore[arg-type]


def _docx_with_rels(rels: bytes) -> bytes:
    return _docx(_document(_form_paragraphs()), [_doc_rels(rels)])


def _codes(data: bytes) -> set[str]:
    return {d.code for d in _read(data).defects}


def _read(data: bytes) -> ExtractionResult:
    labels = matcher_for(list(TEMPLATES))
    return DocxFormExtractor().extract(data, part="2", labels=labels)


def test_a_hyperlink_to_the_agencys_site_is_no_defect() -> None:
    """A hyperlink is only followed on a click: a form that links to the agency's site
    (most do) must not read as hostile."""
    rels = (
        b'<Relationship Id="rId2" Type="' + REL_TYPE + b'hyperlink" '
        b'Target="https://www.example.go.th/" TargetMode="External"/>'
    )
    assert not {c for c in _codes(_docx_with_rels(rels)) if "external" in c or "entit" in c}


def test_a_picture_linked_from_outside_is_a_defect_naming_its_kind_not_its_target() -> None:
    rels = (
        b'<Relationship Id="rId2" Type="' + REL_TYPE + b'image" '
        b'Target="\\\\files.example.org\\somchai\\photo.png" TargetMode="External"/>'
    )
    result = _read(_docx_with_rels(rels))
    (found,) = [d for d in result.defects if d.code == "docx_external_resources"]
    assert "image" in found.detail and "somchai" not in found.detail


def test_a_directory_too_long_is_refused_before_zipfile_reads_it_whatever_its_count() -> None:
    """zipfile parses every entry of the central directory when the file is opened; the
    end record's count may lie (here it says 5 of 50,000), its size in bytes may not."""
    from hostile_mail_2 import _member, _zip

    from extractors.ooxml_package import PackageTooLarge, check_directory

    data = bytearray(_zip([_member(f"x/{i}", b"") for i in range(50_000)]))
    with pytest.raises(PackageTooLarge):
        check_directory(bytes(data))
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (5).to_bytes(2, "little") * 2
    with pytest.raises(PackageTooLarge, match="directory"):
        check_directory(bytes(data))
    check_directory(_docx(_document(_form_paragraphs())))  # a form's own passes


@pytest.mark.parametrize(
    "build", [docx_altchunk_and_ole, docx_duplicate_and_traversal_names], ids=lambda b: b.__name__
)
def test_one_broken_reference_no_longer_hides_the_whole_form(build: object, bait: Bait) -> None:
    """A part without a content type, a relationship to a part that is not there: Word
    repairs and shows the document, python-docx refused it whole (docx_broken at first
    sight), and the form's fields were lost."""
    result = _read(build(bait))  # type: ignore[operator]
    assert "docx_broken" not in {d.code for d in result.defects}
    values = {c.key: c.value for c in result.candidates}
    assert values.get("national_id", "").replace("-", "") == CITIZEN.national_id
