"""Unit tests of what crosses from the bounded child to the web process (review.mail_parsing)."""

from __future__ import annotations

import pickle
from email.message import EmailMessage

from extractors.masking import case_masker
from review.mail_parsing import MAX_SHOWN, _parse_for_view
from tests.review.review_seed import person

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def test_the_case_masker_pickles_and_masks_the_same() -> None:
    p = person(1)
    masker = case_masker(None, {"name": p.name, "national_id": p.national_id}, {})
    text = f"ชื่อ {p.name} เลข {p.national_id_dashed} โทร {p.phone} {p.email}"
    copy = pickle.loads(pickle.dumps(masker))
    assert copy(text) == masker(text)
    for secret in (p.national_id_dashed, p.phone, p.email):
        assert secret not in copy(text)


def test_the_view_gets_the_first_parts_and_only_pdf_bytes() -> None:
    mail = EmailMessage()
    mail["From"] = "a@example.org"
    mail["Subject"] = "many"
    mail.set_content("first")
    for n in range(MAX_SHOWN + 20):
        mail.add_attachment(b"x" * 10, maintype="application", subtype="octet-stream")
        if n == 0:
            mail.add_attachment(PDF, maintype="application", subtype="pdf", filename="f.pdf")
    shown, left_out = _parse_for_view(bytes(mail))
    assert len(shown.attachments) == MAX_SHOWN
    assert left_out == 21  # 121 attachments, one text part
    assert [a.index for a in shown.attachments] == list(range(MAX_SHOWN))
    pdf = shown.attachments[1]
    assert pdf.sniffed_type == "application/pdf" and pdf.content == PDF
    other = shown.attachments[0]
    assert other.content == b"" and other.size == 10  # the list says its size all the same
    assert shown.text_parts[0].text.strip() == "first"
    assert shown.headers == {} and shown.defects == []
