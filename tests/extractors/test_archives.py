"""A form sent inside a ZIP archive (Windows' "Send to compressed folder", a phone's
"share as zip") is read as if attached itself; an archive built to hurt (a bomb, a
nest of archives, thousands of members, an encrypted member) costs a defect, never the
worker."""

from __future__ import annotations

import io
import random
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from attachments_for_tests import Sample, docx_table, make_sample, widget_pdf
from support.emails import typed_email

from extractors.archive import MAX_MEMBER_BYTES, MAX_MEMBERS, archive_members
from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")


@pytest.fixture(scope="module")
def sample() -> Sample:
    return make_sample(random.Random(21))


def zipped(members: list[tuple[str, bytes]], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


def mail_with(archive: bytes, filename: str = "แบบคำร้อง.zip") -> ExtractedCase:
    mail = EmailMessage()
    mail["From"] = "citizen@example.org"
    mail["To"] = "saraban@agency.example"
    mail["Subject"] = "ส่งแบบคำร้องตามแนบ"
    mail.set_content("เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบครับ\n")
    mail.add_attachment(archive, maintype="application", subtype="zip", filename=filename)
    return extract_case(parse_message(bytes(mail)), TEMPLATES)


@pytest.mark.parametrize(
    ("name", "form"),
    [("แบบคำร้อง.pdf", widget_pdf), ("คำร้อง/แบบคำร้อง.docx", docx_table)],
)
def test_a_form_inside_a_zip_is_read(sample: Sample, name: str, form: object) -> None:
    make = form  # a builder of the sample's form
    case = mail_with(zipped([(name, make(sample))]))  # type: ignore[operator]
    assert case.fields["national_id"] == sample.values["national_id"].replace("-", "")
    assert case.fields["email"] == sample.values["email"]
    provenance = case.provenance["national_id"]
    assert provenance.filename_index == 0  # the archive, the mail's first attachment
    # and the member it came from, by number: a file's name may name the citizen
    assert provenance.part == "2/1"


def test_members_that_are_no_form_are_passed_over_quietly(sample: Sample) -> None:
    archive = zipped(
        [("__MACOSX/._แบบคำร้อง.pdf", b"\x00\x05\x16\x07"), ("แบบคำร้อง.pdf", widget_pdf(sample)),
         ("คำร้อง/", b"")]
    )  # fmt: skip
    case = mail_with(archive)
    assert case.fields["email"] == sample.values["email"]


def test_a_zip_bomb_member_is_not_inflated() -> None:
    """A member that inflates past the cap is refused from the bytes actually read, not
    from the size it declares (which a bomb lies about)."""
    bomb = zipped([("form.txt", b"0" * (MAX_MEMBER_BYTES + 1))])
    assert len(bomb) < MAX_MEMBER_BYTES // 100
    members, defects = archive_members(bomb)
    assert members == []
    assert [d.code for d in defects] == ["archive_member_too_large"]


def test_the_size_a_member_declares_is_not_trusted(sample: Sample) -> None:
    """A central directory that says a member is small while it inflates past the cap."""
    data = bytearray(zipped([("a.txt", b"A" * (MAX_MEMBER_BYTES + 10))]))
    real = (MAX_MEMBER_BYTES + 10).to_bytes(4, "little")
    for at in range(len(data) - 4):  # both local header and central directory sizes
        if data[at : at + 4] == real:
            data[at : at + 4] = (100).to_bytes(4, "little")
    members, defects = archive_members(bytes(data))
    assert members == []
    assert defects and defects[0].code in ("archive_member_too_large", "archive_member_unreadable")


def test_an_archive_inside_an_archive_is_not_opened(sample: Sample) -> None:
    inner = zipped([("แบบคำร้อง.pdf", widget_pdf(sample))])
    case = mail_with(zipped([("inner.zip", inner)]))
    assert typed_email(case) is None
    assert "archive_nested" in {d.code for d in case.defects}


def test_only_the_first_members_of_a_crowded_archive_are_read() -> None:
    many = zipped([(f"f{k}.txt", b"x") for k in range(MAX_MEMBERS + 50)])
    members, defects = archive_members(many)
    assert len(members) <= MAX_MEMBERS
    assert "archive_too_many_members" in {d.code for d in defects}


def test_an_encrypted_member_is_a_defect() -> None:
    data = bytearray(zipped([("form.txt", b"secret")], method=zipfile.ZIP_STORED))
    # set the "encrypted" flag bit in the local header and the central directory entry
    data[6] |= 1
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    members, defects = archive_members(bytes(data))
    assert members == []
    assert [d.code for d in defects] == ["archive_member_encrypted"]


@pytest.mark.parametrize(
    "junk", [b"PK\x03\x04" + bytes(40), b"PK\x05\x06" + bytes(10), b"PK\x03\x04garbage" * 50]
)
def test_a_broken_archive_is_a_defect(junk: bytes) -> None:
    members, defects = archive_members(junk)
    assert members == []
    assert defects and defects[0].code == "archive_unreadable"


def test_defects_name_members_by_number_not_by_name() -> None:
    """A file's name may be the citizen's ("สมชาย_บัตรประชาชน.pdf"); defects go to logs."""
    big = zipped([("ok.txt", b"x"), ("สมชาย_บัตร.txt", b"0" * (MAX_MEMBER_BYTES + 1))])
    _, defects = archive_members(big)
    assert [d.detail for d in defects] == [f"member 2: inflates past {MAX_MEMBER_BYTES} bytes"]


def test_an_empty_archive_says_so() -> None:
    members, defects = archive_members(b"PK\x05\x06" + bytes(18))
    assert members == []
    assert [d.code for d in defects] == ["archive_empty"]
