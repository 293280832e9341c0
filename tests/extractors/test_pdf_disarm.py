"""Disarming PDFs: every kind of active content is gone from the output (checked by
re-opening it independently), the page text survives, and what cannot be disarmed is
refused with a reason."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from extractors.pdf_disarm import CannotDisarm, disarm_bounded, disarm_pdf
from extractors.sandbox import Limits
from tests.extractors.hostile_pdfs import KINDS, PAGE_TEXT, active_kinds, build_pdf, page_text

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
CORPUS_PDFS = sorted(CORPUS.glob("*/*.pdf"))


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_removed_and_the_text_survives(kind: str) -> None:
    hostile = build_pdf(kind)
    assert active_kinds(hostile), "the sample must carry what it claims"
    result = disarm_pdf(hostile)
    assert active_kinds(result.content) == set()
    assert result.removed.get(kind, 0) >= 1
    assert PAGE_TEXT in page_text(result.content)


def test_everything_at_once() -> None:
    hostile = build_pdf(*KINDS)
    result = disarm_pdf(hostile)
    assert active_kinds(result.content) == set()
    assert set(KINDS) <= set(result.removed)
    assert PAGE_TEXT in page_text(result.content)


def test_each_thing_is_counted_once() -> None:
    assert disarm_pdf(build_pdf("open_action")).removed == {"open_action": 1, "javascript": 1}
    launch = disarm_pdf(build_pdf("launch")).removed
    assert launch == {"launch": 3}  # Launch, GoToR, a file: link
    script = disarm_pdf(build_pdf("javascript")).removed
    assert script == {"javascript": 3}  # the name tree, a /Next chain, a javascript: link


def test_a_clean_pdf_reports_nothing_removed() -> None:
    result = disarm_pdf(build_pdf())
    assert result.removed == {}
    assert PAGE_TEXT in page_text(result.content)


def test_not_a_pdf_is_refused() -> None:
    with pytest.raises(CannotDisarm) as refused:
        disarm_pdf(b"%PDF-1.4 fake pdf")
    assert refused.value.reason


def test_password_protected_pdf_is_refused() -> None:
    encrypted = io.BytesIO()
    with pikepdf.open(io.BytesIO(build_pdf("javascript"))) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    with pytest.raises(CannotDisarm) as refused:
        disarm_pdf(encrypted.getvalue())
    assert "password" in refused.value.reason


def test_the_bounded_call_disarms_in_a_child_and_a_breach_is_a_refusal() -> None:
    result = disarm_bounded(build_pdf("open_action"))
    assert active_kinds(result.content) == set()
    many_pages = pikepdf.new()
    for _ in range(3000):  # about a second of work: far over a 50 ms limit
        many_pages.add_blank_page()
    slow = io.BytesIO()
    many_pages.save(slow)
    with pytest.raises(CannotDisarm) as refused:
        disarm_bounded(slow.getvalue(), limits=Limits(seconds=0.05, memory_mb=768))
    assert "longer than" in refused.value.reason
    assert active_kinds(disarm_bounded(build_pdf("launch")).content) == set()  # pool recovers


@pytest.mark.skipif(not CORPUS_PDFS, reason="no shared corpus (outside CI; CI stops at start-up)")
@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_pdfs_come_out_clean_or_are_refused(path: Path) -> None:
    data = path.read_bytes()
    try:
        result = disarm_pdf(data)
    except CannotDisarm as refused:
        assert refused.reason and path.name not in refused.reason
        return
    assert active_kinds(result.content) == set()
    with (
        pikepdf.open(io.BytesIO(data)) as before,
        pikepdf.open(io.BytesIO(result.content)) as after,
    ):
        assert len(after.pages) == len(before.pages)
    before_text = page_text(data)
    if before_text.strip():  # pdfplumber reads no text from some originals (f1040)
        assert page_text(result.content) == before_text


def test_corpus_samples_with_active_content_lose_it() -> None:
    if not CORPUS_PDFS:
        pytest.skip("no shared corpus (outside CI; CI stops at start-up)")
    script = disarm_pdf(
        (CORPUS / "pypdfform" / "sample_template_with_comb_text_field.pdf").read_bytes()
    )
    assert script.removed.get("javascript", 0) >= 1
    opening = disarm_pdf((CORPUS / "pdfjs" / "issue13211.pdf").read_bytes())
    assert opening.removed.get("open_action", 0) >= 1
    with pytest.raises(CannotDisarm):
        disarm_pdf((CORPUS / "pypdf" / "r4-aes-user-password.pdf").read_bytes())


def test_script_in_an_outline_with_a_cyclic_next_chain_is_removed() -> None:
    from pikepdf import Dictionary, Name, String

    with pikepdf.open(io.BytesIO(build_pdf())) as pdf:
        script = pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=String("app.alert(1)")))
        script.Next = script  # a cycle must not hang the sweep
        outlines = pdf.make_indirect(Dictionary(Type=Name.Outlines))
        item = pdf.make_indirect(Dictionary(Title=String("Open me"), Parent=outlines, A=script))
        outlines.First = outlines.Last = item
        pdf.Root.Outlines = outlines
        field_action = Dictionary(S=Name.JavaScript, JS=String("event.value=1"))
        widget = pdf.make_indirect(
            Dictionary(
                Type=Name.Annot,
                Subtype=Name.Widget,
                FT=Name.Tx,
                T=String("name"),
                Rect=[72, 600, 300, 620],
                AA=Dictionary(K=field_action),
            )
        )
        pdf.pages[0].obj.Annots = pikepdf.Array([widget])
        pdf.Root.AcroForm = Dictionary(Fields=pikepdf.Array([widget]))
        hostile = io.BytesIO()
        pdf.save(hostile)
    assert active_kinds(hostile.getvalue())
    result = disarm_pdf(hostile.getvalue())
    assert active_kinds(result.content) == set()
    with pikepdf.open(io.BytesIO(result.content)) as after:
        assert len(after.Root.AcroForm.Fields) == 1  # the form field itself stays
        assert "/Outlines" in after.Root


def test_a_stored_report_lists_kinds_in_a_fixed_order() -> None:
    from extractors.pdf_disarm import KINDS as ORDER
    from extractors.pdf_disarm import DisarmReport

    stored = {"removed": {"xfa": 1, "javascript": 2, "launch": 1, "bogus": 9}}
    report = DisarmReport.model_validate(stored)
    assert list(report.removed) == [k for k in ORDER if k in {"xfa", "javascript", "launch"}]


def test_any_failure_inside_is_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    import extractors.pdf_disarm as module

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("deeply nested hostile structure")

    monkeypatch.setattr(module, "_sweep", broken)
    with pytest.raises(CannotDisarm) as refused:
        disarm_pdf(build_pdf("javascript"))
    assert refused.value.reason == "the PDF could not be processed (RecursionError)"


def test_a_deeply_nested_pdf_is_handled() -> None:
    with pikepdf.open(io.BytesIO(build_pdf())) as pdf:
        inner = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("1"))
        for _ in range(5000):  # a chain of nested direct dictionaries
            inner = pikepdf.Dictionary(Next=inner, S=pikepdf.Name.GoTo, D=pikepdf.Array([0]))
        pdf.Root.OpenAction = inner
        out = io.BytesIO()
        pdf.save(out)
    try:
        result = disarm_pdf(out.getvalue())
    except CannotDisarm as refused:
        assert refused.reason
        return
    assert active_kinds(result.content) == set()
