"""The generator itself must be right before it can judge the extractors.

Every check here uses an oracle other than the generator's own helpers: the stdlib
`email` package, Python's codecs, pypdf, and a separately written check-digit rule.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from datetime import date
from email import policy
from email.header import decode_header
from email.message import EmailMessage
from email.parser import BytesParser
from functools import cache
from typing import Any

import pytest
from pypdf import PdfReader

from .pdf_forms import build_form_pdf
from .requests import FORMATS, KEYS, GeneratedRequest, generate_requests

# The codecs a reader must use for each label; written out again here on purpose.
CODECS = {
    "utf-8": "utf-8",
    "tis-620": "tis_620",
    "iso-8859-11": "iso8859_11",
    "windows-874": "cp874",
    "x-windows-874": "cp874",
}
PROVINCES = {
    "กรุงเทพมหานคร",
    "เชียงใหม่",
    "ขอนแก่น",
    "ภูเก็ต",
    "สงขลา",
    "นนทบุรี",
    "นครราชสีมา",
    "ชลบุรี",
    "อุบลราชธานี",
    "พิษณุโลก",
}


@cache
def requests() -> tuple[GeneratedRequest, ...]:
    return tuple(generate_requests())


def parse(raw: bytes) -> EmailMessage:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    return msg


def thai_id_ok(nid: str) -> bool:
    """Mod-11 rule written independently: weights 13..2, check = (11 - sum mod 11) mod 10."""
    if not re.fullmatch(r"[1-8]\d{12}", nid):
        return False
    weighted = sum(w * int(c) for w, c in zip(range(13, 1, -1), nid[:12], strict=True))
    return (11 - weighted % 11) % 10 == int(nid[-1])


def decoded_text(part: EmailMessage, codec: str) -> tuple[str, str]:
    """(charset label, text) of a text part, decoded with the codec for its label.

    A missing or non-Thai label is decoded with `codec`, the generator's claim of what
    the bytes really are; the caller checks that claim against the label.
    """
    label = (part.get_content_charset() or "").lower()
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return label, payload.decode(CODECS.get(label, codec))


def test_default_set_is_240_spread_evenly_over_formats() -> None:
    counts = Counter(r.format for r in requests())
    assert len(requests()) == 240
    assert set(counts) == set(FORMATS)
    assert len(set(counts.values())) == 1, counts


def test_same_seed_same_mails_other_seed_other_mails() -> None:
    first = [r.raw for r in generate_requests(20)]
    assert first == [r.raw for r in generate_requests(20)]
    assert first != [r.raw for r in generate_requests(20, seed=7)]


def test_check_digit_oracle_on_a_hand_computed_id() -> None:
    # 1-1017-00207-36-6: weighted sum 159, 159 % 11 = 5, 11 - 5 = 6.
    assert thai_id_ok("1101700207366")
    assert not thai_id_ok("1101700207367")
    assert not thai_id_ok("0101700207366")


def test_every_expected_national_id_is_valid() -> None:
    bad = [r.format for r in requests() if not thai_id_ok(r.expected["national_id"])]
    assert bad == []


def test_expected_values_have_the_normalised_shapes() -> None:
    for r in requests():
        e = r.expected
        assert set(e) == set(KEYS)
        assert re.fullmatch(r"\+66[2689]\d{7,8}", e["phone"])
        assert len(e["phone"]) == (11 if e["phone"].startswith("+662") else 12)
        assert date.fromisoformat(e["birth_date"]).year < 2010
        assert e["email"] == e["email"].lower() and "@" in e["email"]
        assert re.fullmatch(r"\d{5}", e["postal_code"])
        assert e["province"] in PROVINCES
        for key in ("full_name", "address", "subject", "details"):
            assert e[key] == " ".join(e[key].split()) and e[key]
        assert e["postal_code"] not in e["address"]


def test_values_are_written_the_way_people_type() -> None:
    written = [r.written for r in requests()]
    assert any(re.fullmatch(r"\d-\d{4}-\d{5}-\d\d-\d", w["national_id"]) for w in written)
    assert any(re.search("[๐-๙]", w["national_id"]) for w in written)
    assert any(w["phone"].startswith("+66 ") for w in written)
    assert any(re.search("[๐-๙]", w["phone"]) for w in written)
    assert any(re.search(r"\d+ ม\.ค\. 25\d\d", w["birth_date"]) for w in written)
    assert any(w["province"] in {"กทม.", "กรุงเทพฯ"} for w in written)
    assert any(w["province"].startswith("จ.") for w in written)
    assert any(w["email"] != w["email"].lower() for w in written)


def test_every_mail_parses_without_defects() -> None:
    for r in requests():
        msg = parse(r.raw)
        assert msg["Message-ID"]
        for part in msg.walk():
            assert not part.defects, (r.format, part.defects)


def test_subject_header_decodes_to_the_subject() -> None:
    for r in requests():
        raw_header = parse(r.raw).get("Subject", failobj=None)
        assert raw_header is not None
        # policy.default cannot decode windows-874 words; decode them by hand.
        header = BytesParser(policy=policy.compat32).parsebytes(r.raw)["Subject"]
        text = "".join(
            chunk.decode(CODECS[cs]) if cs else chunk.decode("ascii")
            for chunk, cs in decode_header(str(header))
            if isinstance(chunk, bytes)
        )
        assert r.expected["subject"] in " ".join(text.split())


@pytest.mark.parametrize("fmt", [f for f, lay in FORMATS.items() if lay.kind == "text"])
def test_text_bodies_carry_labels_and_values_in_their_charset(fmt: str) -> None:
    for r in (r for r in requests() if r.format == fmt):
        msg = parse(r.raw)
        label, text = decoded_text(msg, r.codec)
        assert label == r.charset
        if msg.get_param("format") == "flowed":
            text, written = squeeze(unflow(text)), {k: squeeze(v) for k, v in r.written.items()}
        else:
            written = r.written
        for key in KEYS:
            assert r.labels[key] in text and written[key] in text, (fmt, key)
        body = msg.get_payload(decode=True)
        assert isinstance(body, bytes)
        if r.codec != "utf-8":  # really a Thai single-byte charset, not UTF-8
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        if label not in CODECS:  # undeclared or wrong: the label alone gives mojibake
            assert r.written["address"].strip() not in body.decode("latin-1")


def unflow(text: str) -> str:
    """RFC 3676: a line ending in a space continues on the next line."""
    out: list[str] = []
    for line in text.split("\r\n"):
        if out and out[-1].endswith(" ") and out[-1] != "-- ":
            out[-1] += line
        else:
            out.append(line)
    return "\r\n".join(out)


def squeeze(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\r\n"))


@pytest.mark.parametrize("fmt", [f for f, lay in FORMATS.items() if lay.kind.startswith("html")])
def test_html_bodies_carry_a_table_of_labels_and_values(fmt: str) -> None:
    for r in (r for r in requests() if r.format == fmt):
        msg = parse(r.raw)
        html_parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
        assert len(html_parts) == 1
        label, markup = decoded_text(html_parts[0], r.codec)
        assert label == r.charset and "<table" in markup
        text = html.unescape(markup)
        for key in KEYS:
            assert r.labels[key] in text and r.written[key] in text, (fmt, key)
        has_plain = any(p.get_content_type() == "text/plain" for p in msg.walk())
        assert has_plain == (FORMATS[fmt].kind == "html_alternative")


@pytest.mark.parametrize("fmt", [f for f, lay in FORMATS.items() if lay.kind == "pdf"])
def test_pdf_attachments_hold_the_values_in_acroform_fields(fmt: str) -> None:
    for r in (r for r in requests() if r.format == fmt):
        pdfs = [p for p in parse(r.raw).walk() if p.get_filename()]
        assert len(pdfs) == 1
        data = pdfs[0].get_payload(decode=True)
        assert isinstance(data, bytes) and data.startswith(b"%PDF-")
        fields = PdfReader(io.BytesIO(data), strict=True).get_fields() or {}
        got = {name: f.get("/V") for name, f in fields.items() if f.get("/FT")}
        assert got == {r.labels[k]: r.written[k].strip() for k in KEYS}


def test_pdf_builder_round_trips_thai_names_and_values_through_pypdf() -> None:
    pairs = [("ชื่อ-นามสกุล", "นางสาวกนกวรรณ ศรีสุข"), ("Phone", "๐๘๑-๒๓๔-๕๖๗๘"), ("a(b)", "c\\d")]
    reader = PdfReader(io.BytesIO(build_form_pdf(pairs)), strict=True)
    assert len(reader.pages) == 1
    root: Any = reader.trailer["/Root"]
    assert bool(root["/AcroForm"]["/NeedAppearances"])
    fields = reader.get_fields() or {}
    assert {n: f.get("/V") for n, f in fields.items()} == dict(pairs)


def test_ink_in_a_tlwg_face_is_one_run_in_that_face() -> None:
    from .documents import _runs

    assert _runs("นายสมชาย 0812345678 a.b@example.com", "Loma.ttf") == [
        ("นายสมชาย 0812345678 a.b@example.com", "Loma.ttf")
    ]


def test_ink_a_thai_only_face_lacks_falls_back_as_a_desktop_draws_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Noto Sans Thai has no Latin digits nor full stop; here Loma is made to lack them
    the same way, so the test needs no font beyond fonts-thai-tlwg."""
    from . import documents

    loma = documents.font_path("Loma.ttf")
    lacking = {ord(c) for c in "0123456789."}
    real = documents._cmap

    def cmap(name: str) -> frozenset[int]:
        points = real(name)
        return points - lacking if documents.font_path(name) == loma else points

    monkeypatch.setattr(documents, "_cmap", cmap)
    documents._fallback.cache_clear()
    try:
        runs = documents._runs("โทร 081 ซ.๑๒", "Loma.ttf")
    finally:
        documents._fallback.cache_clear()
    assert [text for text, _ in runs] == ["โทร ", "081", " ซ", ".", "๑๒"]
    assert runs[0][1] == runs[2][1] == runs[4][1] == "Loma.ttf"
    assert documents.font_path(runs[1][1]) != loma
    assert documents.font_path(runs[3][1]) != loma
