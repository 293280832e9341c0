"""The receipt PDF on its own: what it states (no file names), Thai text that survives
extraction, a signature pyHanko validates, also when signed where an event loop runs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import io
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pikepdf
import segno
from PIL import Image, ImageChops
from pyhanko.sign import signers

from intake.mail_out.facts import MAX_LISTED, AttachmentFact, ReceiptFacts, receipt_attachments
from intake.mail_out.receipt_pdf import build_receipt_pdf, sign_receipt
from intake.mail_out.signing import create_self_signed
from tests.mail_out.mail_support import validate

FACTS = ReceiptFacts(
    receipt_no="REQ-2569-000123",
    received_at=datetime(2026, 12, 1, 3, 4, 5, tzinfo=UTC),
    mail_sha256="ab" * 32,
    attachments=[AttachmentFact(content_type="application/pdf", size=2048, sha256="cd" * 32)],
    answer_by=date(2026, 12, 16),
    agency_th="องค์การบริหารส่วนตำบลทดสอบ",
    agency_en="Test SAO",
    verify_url="https://saraban.example.go.th/verify?receipt=REQ-2569-000123&sha256=abab",
)


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def test_the_receipt_states_what_was_received_and_when(tmp_path: Path) -> None:
    create_self_signed(tmp_path / "k.pem", tmp_path / "c.pem", "Test SAO")
    signer = signers.SimpleSigner.load(str(tmp_path / "k.pem"), str(tmp_path / "c.pem"))
    pdf = sign_receipt(build_receipt_pdf(FACTS), signer, agency="Test SAO")
    text = _text(pdf)
    assert "REQ-2569-000123" in text and "ab" * 32 in text and "cd" * 32 in text
    assert "2569" in text and "10:04:05" in text  # Buddhist Era, Bangkok time
    assert "application/pdf, 2048 bytes" in text
    assert validate(pdf, tmp_path / "c.pem") == (True, True, True)
    tampered = pdf.replace(b"REQ-2569-000123", b"REQ-2569-000999")
    assert validate(tampered, tmp_path / "c.pem")[0] is False


def test_signing_works_inside_a_running_event_loop(tmp_path: Path) -> None:
    create_self_signed(tmp_path / "k.pem", tmp_path / "c.pem", "Test SAO")
    signer = signers.SimpleSigner.load(str(tmp_path / "k.pem"), str(tmp_path / "c.pem"))

    async def inside() -> bytes:
        return sign_receipt(build_receipt_pdf(FACTS), signer, agency="Test SAO")

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:  # a thread of its own:
        pdf = pool.submit(asyncio.run, inside()).result()  # this one may hold a loop already
    assert validate(pdf, tmp_path / "c.pem") == (True, True, True)


def _qr_png(url: str) -> Image.Image:
    image = io.BytesIO()
    segno.make(url, error="m").save(image, kind="png", scale=6, border=2)
    return Image.open(io.BytesIO(image.getvalue())).convert("L")


def test_the_qr_code_is_the_link_to_verify(tmp_path: Path) -> None:
    """The one image on the signed receipt is, pixel for pixel, the QR code of its /verify
    link (no QR decoder is installed: the same link drawn again must match, another not)."""
    create_self_signed(tmp_path / "k.pem", tmp_path / "c.pem", "Test SAO")
    signer = signers.SimpleSigner.load(str(tmp_path / "k.pem"), str(tmp_path / "c.pem"))
    pdf = sign_receipt(build_receipt_pdf(FACTS), signer, agency="Test SAO")
    with pikepdf.open(io.BytesIO(pdf)) as document:
        [image] = [
            pikepdf.PdfImage(obj).as_pil_image().convert("L")
            for page in document.pages
            for obj in page.get_images().values()
        ]
    assert ImageChops.difference(image, _qr_png(FACTS.verify_url)).getbbox() is None
    other = FACTS.verify_url.replace("sha256=abab", "sha256=abac")
    assert ImageChops.difference(image, _qr_png(other)).getbbox() is not None


def test_a_mail_of_ten_thousand_attachments_gets_a_receipt_of_one_page() -> None:
    """A 2 MB mail of 10,000 one-byte attachments made a 48 s, 150-page receipt in the
    worker (outside the parse sandbox). The receipt lists the first ones, says how many
    there were, and that the mail's SHA-256 covers every one of them."""
    many = [
        AttachmentFact(content_type="application/octet-stream", size=1, sha256=f"{n:064x}")
        for n in range(10_000)
    ]
    facts = FACTS.model_copy(update={"attachments": many[:MAX_LISTED], "attachment_count": 10_000})
    pdf = build_receipt_pdf(facts)
    text = _text(pdf)
    assert "Attachments: 10000" in text
    assert f"{MAX_LISTED - 1:064x}" in text and f"{MAX_LISTED:064x}" not in text
    assert f"{10_000 - MAX_LISTED}" in text  # "... and 9,980 more"
    assert len(pikepdf.Pdf.open(io.BytesIO(pdf)).pages) <= 2


def test_the_draft_lists_at_most_the_receipts_share_of_attachments() -> None:
    listed, count = receipt_attachments([(b"x", "application/octet-stream")] * 500)
    assert len(listed) == MAX_LISTED and count == 500
    assert listed[0].sha256 == hashlib.sha256(b"x").hexdigest()


def test_a_draft_from_before_the_cap_still_gets_a_short_receipt() -> None:
    many = [
        AttachmentFact(content_type="text/plain", size=1, sha256=f"{n:064x}") for n in range(300)
    ]
    text = _text(build_receipt_pdf(FACTS.model_copy(update={"attachments": many})))
    assert "Attachments: 300" in text and f"{300 - MAX_LISTED}" in text
    assert f"{MAX_LISTED:064x}" not in text
