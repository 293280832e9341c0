"""Fillable PDF forms: AcroForm field values, else labelled lines of the page text.

pdfplumber (over pdfminer) gives the document catalog; the field tree under
/AcroForm /Fields is walked here, names joined from the partial names /T, values /V
decoded from UTF-16 (BOM) or PDFDocEncoding strings, names (check boxes, radio
buttons: /Off means unchecked) or lists (multi-select choice fields).

PDFs from citizens are hostile input: any exception while reading one becomes a
`pdf_broken` defect (or `pdf_encrypted`: a password; one opened with the empty password is
read and noted `pdf_encrypted_read`), and only the first pages are read.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect, PDFXRef
from pdfminer.pdfparser import PDFObjRef
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from pdfplumber.pdf import PDF

from extractors.address_parts import ADDRESS_PART_KEYS
from extractors.base import Defect, ExtractionResult, FieldCandidate, LabelIndex, Provenance
from extractors.body_form import (
    OWN_PARTY,
    PROXY,
    PROXY_SHARE,
    names_another,
    parse_label_line,
    read_label_lines,
    sender_field,
)
from extractors.charsets import multibyte_or_thai
from extractors.intermediary_office import OFFICES_KEYS, office_block_lines, office_value_behind
from extractors.letter_prose import (
    ANOTHERS_SIGNATURE,
    looks_like_cv,
    looks_like_letter,
    looks_like_note,
    with_letter_prose,
)
from extractors.named_form_parts import others_parts
from extractors.names import FULL_NAME, GIVEN, PART_KEYS, TITLE
from extractors.ocr import MIN_TEXT_CHARS, OcrExtractor
from extractors.office_letterhead import OFFICE_WRITES_FOR, offices_subject
from extractors.pdf_actual_text import actual_text_lines
from extractors.pdf_appearances import appearance_glyphs
from extractors.pdf_boxes import with_drawn_boxes
from extractors.pdf_caps import pdf_over_caps
from extractors.pdf_columns import column_lines
from extractors.pdf_covered import scanner_text_layer, uncovered_chars
from extractors.pdf_former_part import in_former_holders_part
from extractors.pdf_gutter import by_columns
from extractors.pdf_layers import without_hidden_layers
from extractors.pdf_layout import (
    UNMAPPED,
    Box,
    Line,
    annotation_glyphs,
    glyphs_of,
    group_lines,
    option_caption,
    rules_of,
    unreadable_text,
    widget_label,
)
from extractors.pdf_ocr_layer import layer_checked
from extractors.pdf_proxy_part import in_proxys_part
from extractors.pdf_scanned_captions import scanned_captions
from extractors.pdf_xfa import packets_with_dtd, value_for, xfa_values
from extractors.prose import ABOUT_ANOTHER, PROSE_CONFIDENCE, signed_names
from extractors.role_words import CERTIFIER, CONTACT, HELPER
from extractors.set_behind import behind
from extractors.sheet_paste import printed_zeros_restored
from extractors.signature_blocks import anothers_signature_lines
from extractors.thai import CIVIL_TITLE, normalise_thai_text
from extractors.title_options import LATIN_TITLE
from extractors.unfilled import unfilled
from extractors.validate import any_kind_of_id, normalise_national_id
from extractors.values import is_relation_only

MAX_PAGES = 20  # a request form is a page or two; the rest of a big PDF is not read
# A request form has a few hundred fields at most (a tax return's are fewer than 300).
# Each field read costs a label match, and 5,000 of a hostile form took 25 s of a
# child's 30; past the cap the clerk is told (pdf_fields_left).
MAX_FIELDS = 1000
MAX_DEPTH = 32  # field tree depth; deeper means a loop or a hostile file
# A name matching a known label whole scores 0.95 (LabelMatcher.match_form_field): no
# need to look at the page for its caption.
WELL_NAMED = 0.95
LOSSY_LINE = 0.75  # a text line that lost glyphs mapped to no character: flagged
# A transfer form's former holder (the deceased whose stall or meter passes on): his name
# and ID behind the new holder's however sure their labels, and flagged where they stand.
FORMER_SHARE = 0.5
# A box on a row about another person (`_anothers_rows`): below review.MIN_RIVAL, so the
# dead man's birth date beside his ID is no rival to the applicant's own.
ANOTHERS_ROW_SHARE = 0.45
_FIELD_TYPES = {"Tx": "text", "Btn": "button", "Ch": "choice", "Sig": "signature"}


@dataclass(frozen=True)
class AcroField:
    name: str  # fully qualified: partial names joined with "."
    value: str  # "" when empty or unchecked
    tooltip: str | None  # /TU, often the printed label
    kind: str  # text, button, choice, signature or "" when the type is missing
    page: int | None  # 1-based page of the first widget, when known
    rect: tuple[float, float, float, float] | None = None  # first widget's /Rect, PDF space
    # A ticked box or chosen radio button: the /Rect of the widget showing that state.
    on_rect: tuple[float, float, float, float] | None = None


class _Unreadable(Exception):
    """The PDF cannot be opened; carries the defect to record."""

    def __init__(self, defect: Defect) -> None:
        super().__init__(defect.code)
        self.defect = defect


def decode_pdf_string(raw: bytes) -> str:
    """A PDF text string: UTF-16 with a BOM, UTF-8 with a BOM (PDF 2.0), or PDFDocEncoding."""
    if raw.startswith(b"\xfe\xff"):
        text = raw[2:].decode("utf-16-be", errors="replace")
    elif raw.startswith(b"\xff\xfe"):  # not in the spec, but some writers emit it
        text = raw[2:].decode("utf-16-le", errors="replace")
    elif raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", errors="replace")
    else:
        # Without a mark the spec says PDFDocEncoding, but Thai filling tools write the
        # value's TIS-620 bytes (or UTF-8) as they are: read as PDFDocEncoding they are
        # Latin letters ("¹Ò§ÅÐàÍÕÂ´"), a value no clerk can use.
        text = multibyte_or_thai(raw) or decode_text(raw)
    return text.replace("\x00", "")


def _text(obj: Any) -> str | None:
    obj = resolve1(obj)
    if isinstance(obj, bytes):
        return decode_pdf_string(obj)
    if isinstance(obj, str):
        return obj
    return None


def _value(obj: Any) -> str:
    """Field value as text; a name other than /Off is the export value of a checked box."""
    obj = resolve1(obj)
    if isinstance(obj, PSLiteral):
        name = obj.name.decode("utf-8", "replace") if isinstance(obj.name, bytes) else obj.name
        return "" if name == "Off" else str(name)
    if isinstance(obj, list):
        return ", ".join(v for v in (_value(item) for item in obj[:100]) if v)
    if isinstance(obj, PDFStream):
        return decode_pdf_string(obj.get_data())
    if isinstance(obj, bool):
        return "true" if obj else ""
    if isinstance(obj, int | float):
        return str(obj)
    return _text(obj) or ""


def _displayed(value: str, options: Any) -> str:
    """A choice field's value as the citizen saw it: /Opt pairs [export, display] keep
    the export value (a province code "50") in /V and the name on the page."""
    options = resolve1(options)
    if not isinstance(options, list):
        return value
    for option in options[:MAX_FIELDS]:
        pair = resolve1(option)
        if isinstance(pair, list) and len(pair) == 2 and _value(pair[0]) == value:
            return _value(pair[1]) or value
    return value


class _FieldWalker:
    """Walks /AcroForm /Fields, inheriting /FT and /V from parents, guarding against loops."""

    def __init__(
        self, page_of: dict[int, int], page_boxes: dict[int, tuple[float, ...]] | None = None
    ) -> None:
        self.page_of = page_of
        self.page_boxes = page_boxes or {}
        self.seen: set[int] = set()
        self.fields: list[AcroField] = []
        self.left_out = False  # fields past MAX_FIELDS were not walked

    def walk(self, ref: Any, parent: str, inherited: dict[str, Any], depth: int = 0) -> None:
        if len(self.fields) >= MAX_FIELDS:
            self.left_out = True
            return
        if depth > MAX_DEPTH:
            return
        if isinstance(ref, PDFObjRef):
            if ref.objid in self.seen:
                return
            self.seen.add(ref.objid)
        node = resolve1(ref)
        if not isinstance(node, dict):
            return
        partial = _text(node.get("T"))
        name = f"{parent}.{partial}" if parent and partial else (partial or parent)
        here = {k: node[k] for k in ("FT", "V", "DV") if k in node}
        merged = {**inherited, **here}
        kids = resolve1(node.get("Kids"))
        kids = kids[: MAX_FIELDS + 1] if isinstance(kids, list) else []
        named_kids = [k for k in kids if isinstance(resolve1(k), dict) and "T" in resolve1(k)]
        if named_kids:
            for kid in named_kids:
                self.walk(kid, name, merged, depth + 1)
        elif name and not _hidden(node, kids, self.page_boxes):
            self.fields.append(self._field(name, node, kids, merged))

    def _field(
        self, name: str, node: dict[str, Any], kids: list[Any], merged: dict[str, Any]
    ) -> AcroField:
        field_type = resolve1(merged.get("FT"))
        type_name = field_type.name if isinstance(field_type, PSLiteral) else ""
        kind = _FIELD_TYPES.get(type_name, "") if isinstance(type_name, str) else ""
        value = "" if kind == "signature" else _value(merged.get("V"))
        if kind == "button" and "V" not in merged:
            value = _shown_state(node, kids)
        if kind == "choice":
            value = _displayed(value, node.get("Opt"))
        if kind in ("text", "choice") and unfilled(value):
            value = ""  # a prompt left in place, not an answer
        page = self._page(node, kids)
        rect = _rect(node, kids)
        on_rect = _on_rect(node, kids, value) if kind == "button" and value else None
        return AcroField(name, value, _text(node.get("TU")), kind, page, rect, on_rect)

    def _page(self, node: dict[str, Any], kids: list[Any]) -> int | None:
        for widget in [node, *(resolve1(k) for k in kids)]:
            ref = widget.get("P") if isinstance(widget, dict) else None
            if isinstance(ref, PDFObjRef) and ref.objid in self.page_of:
                return self.page_of[ref.objid]
        return None


_HIDDEN_FLAGS = 2 | 32  # annotation flags Hidden and NoView
MIN_WIDGET = 1.0  # points: a widget narrower or lower than this shows nothing


def _hidden(
    node: dict[str, Any], kids: list[Any], page_boxes: dict[int, tuple[float, ...]]
) -> bool:
    """Whether no widget of the field can be seen: each is flagged Hidden or NoView,
    shrunk to nothing, or placed off its page. A viewer shows none of them, and a form's
    designer leaves test entries so ("นายทดสอบ", a made-up ID) beside the citizen's."""
    widgets = [w for w in (node, *(resolve1(k) for k in kids)) if isinstance(w, dict)]
    widgets = [w for w in widgets if "Rect" in w]
    return bool(widgets) and all(_unseen(w, page_boxes) for w in widgets)


def _unseen(widget: dict[str, Any], page_boxes: dict[int, tuple[float, ...]]) -> bool:
    flags = resolve1(widget.get("F"))
    if isinstance(flags, int) and flags & _HIDDEN_FLAGS:
        return True
    rect = _rect(widget, [])
    if rect is None:
        return False
    x0, y0, x1, y1 = rect
    if x1 - x0 < MIN_WIDGET or y1 - y0 < MIN_WIDGET:
        return True
    page = widget.get("P")
    box = page_boxes.get(page.objid) if isinstance(page, PDFObjRef) else None
    if box is None or len(box) != 4:
        return False
    return x0 >= box[2] or x1 <= box[0] or y0 >= box[3] or y1 <= box[1]


def _rect(node: dict[str, Any], kids: list[Any]) -> tuple[float, float, float, float] | None:
    """The first widget's rectangle, normalised so x0 < x1 and y0 < y1."""
    for widget in [node, *(resolve1(k) for k in kids)]:
        rect = resolve1(widget.get("Rect")) if isinstance(widget, dict) else None
        if isinstance(rect, list) and len(rect) == 4:
            try:
                x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
            except (TypeError, ValueError):
                continue
            return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    return None


def _shown_state(node: dict[str, Any], kids: list[Any]) -> str:
    """A check box or radio group with no value (/V) of its own: the state its widget
    shows (/AS), as some fillers tick a box by its appearance alone and a viewer shows
    the tick; "" when every widget shows Off or none says."""
    for widget in [node, *(resolve1(k) for k in kids)]:
        state = _value(widget.get("AS")) if isinstance(widget, dict) else ""
        if state:
            return state
    return ""


def _on_rect(
    node: dict[str, Any], kids: list[Any], value: str
) -> tuple[float, float, float, float] | None:
    """The rectangle of the widget whose appearance state (/AS) is the field's value: the
    box ticked, the radio button chosen among its group's widgets."""
    for widget in [node, *(resolve1(k) for k in kids)]:
        if isinstance(widget, dict) and _value(widget.get("AS")) == value:
            return _rect(widget, [])
    return None


@contextmanager
def _open_pdf(data: bytes, defects: list[Defect]) -> Iterator[PDF]:
    """Open with pdfplumber, turning failure into _Unreadable; note readable encryption."""
    over = pdf_over_caps(data)  # before pdfminer inflates anything
    if over is not None:
        raise _Unreadable(over)
    data = without_hidden_layers(data)
    try:
        pdf = pdfplumber.open(io.BytesIO(data), pages=list(range(1, MAX_PAGES + 1)))
    except Exception as exc:  # hostile input: pdfminer raises anything; record, never crash
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise _Unreadable(Defect(code="pdf_encrypted", detail="password required")) from None
        detail = f"cannot open: {type(cause).__name__}"
        raise _Unreadable(Defect(code="pdf_broken", detail=detail)) from None
    try:
        if pdf.doc.encryption is not None:
            # read all the same: not the code of a locked file, which a clerk must open
            defects.append(
                Defect(code="pdf_encrypted_read", detail="opened with an empty password")
            )
        yield pdf
    finally:
        # Closing walks the page tree, which a broken file breaks too; the input is an
        # in-memory buffer, so nothing is left open when closing fails.
        with suppress(Exception):
            pdf.close()


def _pages_left(pdf: PDF) -> list[Defect]:
    """A defect when the page tree counts more pages than were read: past MAX_PAGES, or
    a tree whose /Count lies (a node listed many times is walked once), so a clerk
    knows the form may go on where nobody read it."""
    try:
        tree = resolve1(pdf.doc.catalog.get("Pages"))
        declared = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
        read = len(pdf.pages)
    except Exception:  # a broken tree: the readers below say so
        return []
    if not isinstance(declared, int) or declared <= read:
        return []
    detail = f"{read} of {declared} pages read (at most {MAX_PAGES})"
    return [Defect(code="pdf_pages_unread", detail=detail)]


_OBJ_HEADER = re.compile(rb"(?<![0-9])(\d{1,7})\s+(\d{1,5})\s+obj\b")


def _scanned_xref(data: bytes) -> PDFXRef:
    """Offsets of every "N G obj" in the file, later ones (incremental updates) winning.

    pdfminer misses objects of some linearized files with several xref-stream updates
    (pdf.js prefilled_f1040.pdf); this is its last resort after the real tables.
    """
    xref = PDFXRef()
    for m in _OBJ_HEADER.finditer(data):
        xref.offsets[int(m.group(1))] = (None, m.start(), int(m.group(2)))
    return xref


def _field_refs(pdf: PDF, data: bytes) -> list[Any]:
    form = resolve1(pdf.doc.catalog.get("AcroForm"))
    fields = resolve1(form.get("Fields")) if isinstance(form, dict) else None
    refs = fields if isinstance(fields, list) else []
    # refs past the cap are not walked: resolving 150,000 of them took 5 s
    if any(resolve1(ref) is None for ref in refs[:MAX_FIELDS]) or (
        form is None and "AcroForm" in pdf.doc.catalog
    ):
        pdf.doc.xrefs.append(_scanned_xref(data))
        form = resolve1(pdf.doc.catalog.get("AcroForm"))
        fields = resolve1(form.get("Fields")) if isinstance(form, dict) else None
        refs = fields if isinstance(fields, list) else []
    return refs


def _acro_fields(pdf: PDF, data: bytes, defects: list[Defect]) -> list[AcroField]:
    try:
        fields = _field_refs(pdf, data)
        page_of = {
            page.page_obj.pageid: page.page_number
            for page in pdf.pages
            if isinstance(page.page_obj.pageid, int)
        }
        boxes = {
            page.page_obj.pageid: box
            for page in pdf.pages
            if isinstance(page.page_obj.pageid, int) and (box := _media_box(page.page_obj))
        }
        walker = _FieldWalker(page_of, boxes)
        for ref in fields:
            walker.walk(ref, "", {})
            if walker.left_out:
                detail = f"form fields: only the first {MAX_FIELDS} read"
                defects.append(Defect(code="pdf_fields_left", detail=detail))
                break
        found = _with_xfa_data(pdf, walker.fields)
    except Exception as exc:  # a broken field tree: keep nothing, say why
        defects.append(Defect(code="pdf_broken", detail=f"form fields: {type(exc).__name__}"))
        return []
    defects += _xfa_risks(pdf)
    return found


def _xfa_risks(pdf: PDF) -> list[Defect]:
    """A defect when XFA packets declare a DTD (never expanded or fetched: pdf_xfa)."""
    try:
        form = resolve1(pdf.doc.catalog.get("AcroForm"))
        count = packets_with_dtd(form) if isinstance(form, dict) and "XFA" in form else 0
    except Exception:  # a broken XFA entry: the fields read above stand
        return []
    if not count:
        return []
    detail = f"{count} XFA packet(s) declare a DTD or entities: not expanded or fetched"
    return [Defect(code="pdf_xfa_entities", detail=detail)]


def _media_box(page: Any) -> tuple[float, ...]:
    """The page's MediaBox as four numbers, () when it is not that."""
    try:
        box = tuple(float(resolve1(v)) for v in resolve1(page.mediabox))
    except (TypeError, ValueError):
        return ()
    return box if len(box) == 4 else ()


def _with_xfa_data(pdf: PDF, fields: list[AcroField]) -> list[AcroField]:
    """Text and choice fields with no /V filled from the XFA datasets packet, where an
    XFA form saved by Adobe Reader keeps what was typed (extractors/pdf_xfa.py)."""
    form = resolve1(pdf.doc.catalog.get("AcroForm"))
    empty = [f for f in fields if not f.value and f.kind in ("text", "choice")]
    if not empty or not isinstance(form, dict) or "XFA" not in form:
        return fields
    values = xfa_values(form)
    if not values:
        return fields
    return [replace(f, value=value_for(f.name, values)) if f in empty else f for f in fields]


def read_acroform(data: bytes) -> tuple[dict[str, str], list[Defect]]:
    """Every AcroForm field, fully qualified name -> value ("" when empty or unchecked)."""
    defects: list[Defect] = []
    try:
        with _open_pdf(data, defects) as pdf:
            fields = _acro_fields(pdf, data, defects)
    except _Unreadable as unreadable:
        return {}, [unreadable.defect]
    values: dict[str, str] = {}
    for field in fields:
        if not values.get(field.name):  # widgets sharing a name: the first value wins
            values[field.name] = field.value
    return values, defects


class PdfFormExtractor:
    """A PDF attachment in: AcroForm values matched by field name or tooltip, else page text."""

    name = "pdf_form"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        if isinstance(content, str):
            content = content.encode("latin-1", errors="replace")
        defects: list[Defect] = []
        nonsense: list[int] = []  # pages whose text layer is nonsense
        printed: list[str] = []  # the pages' text, where no field holds a value
        try:
            with _open_pdf(content, defects) as pdf:
                defects += _pages_left(pdf)
                fields = _acro_fields(pdf, content, defects)
                filled = [f for f in fields if f.value.strip()]
                if filled:
                    # Captions cost a layout pass: only for fields no name or tooltip keys.
                    unnamed = [
                        f
                        for f in filled
                        if not _well_named(f, labels) or _id_named_otherwise(f, labels)
                    ]
                    wanted = {f.name for f in unnamed}
                    text = _LaidOut(pdf, defects)  # each page laid out once
                    captions = _captions(pdf, fields, text, wanted) if wanted else {}
                    if wanted - captions.keys():  # captions only in a scanned page's picture
                        pictured = _boxes_on_scans(pdf, unnamed)
                        left = wanted - captions.keys()
                        captions |= scanned_captions(content, pictured, left, labels)
                    ticks = _ticked_captions(pdf, fields, text, labels)
                    runs = _runs(pdf, fields, text)
                    proxied = _proxys_part(pdf, filled, text)
                    proxied |= _contacts_boxes(
                        pdf, filled, captions | _contacts_captions(pdf, filled, text)
                    )
                    former = _former_holders_part(pdf, filled, text)
                    anothers = _anothers_rows(pdf, filled, captions)
                    anothers |= others_parts([(f.name, f.value) for f in fields])
                    candidates = _form_candidates(
                        filled, part, labels, captions, ticks, runs, proxied, former, anothers
                    )
                    candidates += _printed_beside(pdf, part, labels, candidates)
                else:
                    candidates = _text_candidates(pdf, part, labels, defects, nonsense, printed)
        except _Unreadable as unreadable:
            return ExtractionResult(defects=[unreadable.defect.model_copy(update={"part": part})])
        except Exception as exc:  # pdfminer raises anything on a broken page tree, even
            # while closing (found by tests/fuzz/test_mutation_corpus.py): record, never raise
            detail = f"reading: {type(exc).__name__}"
            return ExtractionResult(defects=[Defect(code="pdf_broken", detail=detail, part=part)])
        defects = [d.model_copy(update={"part": part}) for d in defects]
        if nonsense:
            read = OcrExtractor("pdf").read_pdf_pages(content, nonsense, part=part, labels=labels)
            # a scanner's layer is a reading to check against the picture's, not the truth
            candidates = layer_checked(candidates, read.candidates, labels)
            candidates, defects = candidates + read.candidates, defects + read.defects
        return ExtractionResult(candidates=candidates, defects=defects, text="\n".join(printed))


class _LaidOut:
    """Each page's printed lines (pdf_layout.group_lines), laid out at most once a read:
    the captions, the ticked options, the rows of boxes and the parts printed for another
    all read the same lines, and a page's layout is the costly step. A page whose content
    stream fails is recorded once (pdf_page_unreadable) and gives None."""

    def __init__(self, pdf: PDF, defects: list[Defect]) -> None:
        self._pdf, self._defects = pdf, defects
        self._lines: dict[int, list[Line] | None] = {}

    def of(self, number: int) -> list[Line] | None:
        if number not in self._lines:
            try:
                self._lines[number] = group_lines(glyphs_of(self._pdf.pages[number - 1].chars))
            except Exception as exc:  # a bad content stream: its readers go without
                detail = f"page {number}: {type(exc).__name__}"
                self._defects.append(Defect(code="pdf_page_unreadable", detail=detail))
                self._lines[number] = None
        return self._lines[number]


def _captions(
    pdf: PDF, fields: list[AcroField], text: _LaidOut, wanted: set[str] | None = None
) -> dict[str, str]:
    """Field name -> the caption printed beside (left of, else above) its widget, for the
    `wanted` fields (default all); every widget fences off its neighbours' captions."""
    by_page: dict[int, list[AcroField]] = {}
    for field in fields:
        if field.page is not None and field.rect is not None and field.page <= MAX_PAGES:
            by_page.setdefault(field.page, []).append(field)
    pages = {f.page for f in fields if wanted is None or f.name in wanted}
    by_page = {number: on_page for number, on_page in by_page.items() if number in pages}
    captions: dict[str, str] = {}
    for number, on_page in by_page.items():
        lines = text.of(number)
        if lines is None:  # a bad content stream: fall back to the field names
            continue
        page = pdf.pages[number - 1]
        boxes = {f.name: _box(f.rect, page.height) for f in on_page if f.rect is not None}
        for name, box in boxes.items():
            if wanted is not None and name not in wanted:
                continue
            others = [b for n, b in boxes.items() if n != name]
            caption = widget_label(lines, box, others)
            if caption:
                captions[name] = caption
    return captions


def _proxys_part(pdf: PDF, fields: list[AcroField], text: _LaidOut) -> set[str]:
    """The fields in a part printed as the proxy's ("ส่วนที่ 2 ผู้ยื่นคำขอแทน"): see
    extractors.pdf_proxy_part."""
    return _in_parts(pdf, fields, text, in_proxys_part)


# A caption saying whose its box is ("ผู้ขอ", "ของผู้ยื่น", "ผู้ตาย"): it ends another's row.
_SAYS_WHOSE = re.compile(r"ผู้|ของ")


def _anothers_rows(pdf: PDF, fields: list[AcroField], captions: dict[str, str]) -> set[str]:
    """The boxes on a printed row after one captioned for another person, captioned only
    by what they hold ("เลขประจำตัวประชาชนผู้ตาย [..] วันเดือนปีเกิด [..]": his birth date,
    set 65): the row is about that person, up to a caption saying whose it is."""
    found: set[str] = set()
    for _, row in _rows_of(pdf, fields):
        anothers = False
        for field, _ in row:
            caption = captions.get(field.name)
            if caption is None:
                continue
            if names_another(caption):
                anothers = True
            elif anothers and not _SAYS_WHOSE.search(caption):
                found.add(field.name)
            else:
                anothers = False
    return found


# The contact person or coordinator a form names beside the one who asks ("ผู้ประสานงาน
# [name] โทร [mobile]", fields named "โทรผู้ประสานงาน" or captioned only, set 99): his
# name and number are another's, read as a proxy's are (PROXY_SHARE: a clerk sees whose).
# Only beside a part of the asker's own (OWN_PARTY: ผู้ขอ, ผู้ยื่น, ผู้ร้อง...): alone, the
# coordinator is the one who files (a petition's, fields.toml).
_CONTACT = re.compile(rf"{CONTACT}|{CERTIFIER}")  # a certifier's part too (set 103)


def _contacts_boxes(pdf: PDF, fields: list[AcroField], captions: dict[str, str]) -> set[str]:
    """The boxes named or captioned for a contact person, and those after his caption on
    its row captioned only by what they hold ("โทร"), where another box is the asker's;
    an emergency contact's wherever (he is never the one who asks)."""

    def says(field: AcroField) -> str:
        return " ".join((field.name, field.tooltip or "", captions.get(field.name, "")))

    def contacts(field: AcroField) -> bool:
        return _CONTACT.search(says(field)) is not None and not OWN_PARTY.search(says(field))

    found = {f.name for f in fields if contacts(f)}
    if not any(OWN_PARTY.search(says(f)) for f in fields):
        found = set()
    found |= {f.name for f in fields if _EMERGENCY.search(says(f))}
    if not found:
        return set()
    for _, row in _rows_of(pdf, fields):
        after = False
        for field, _ in row:
            if field.name in found:
                after = True
            elif after and not _SAYS_WHOSE.search(captions.get(field.name) or field.name):
                found.add(field.name)
            else:
                after = False
    return found


# The one to call in an emergency ("ผู้ติดต่อกรณีเร่งด่วน", "บุคคลที่ติดต่อได้กรณีฉุกเฉิน",
# set 103's meter test form, its boxes named txtContactName and txtContactTel): a
# neighbour or a relative, never the one who asks, whatever else the form names.
_EMERGENCY = re.compile(r"ติดต่อ\S{0,12}?(?:กรณี)?\s*(?:ฉุกเฉิน|เร่งด่วน)|emergency", re.IGNORECASE)
# A box named for a contact in English ("txtContactName", "contact_tel"): named so, its
# printed caption says whose contact it is (an emergency's), read for that alone.
_CONTACT_NAMED = re.compile(r"contact", re.IGNORECASE)


def _contacts_captions(pdf: PDF, fields: list[AcroField], text: _LaidOut) -> dict[str, str]:
    wanted = {f.name for f in fields if _CONTACT_NAMED.search(f.name)}
    return _captions(pdf, fields, text, wanted) if wanted else {}


def _former_holders_part(pdf: PDF, fields: list[AcroField], text: _LaidOut) -> set[str]:
    """The fields in a transfer form's part on the former holder: see
    extractors.pdf_former_part."""
    return _in_parts(pdf, fields, text, in_former_holders_part)


def _in_parts(
    pdf: PDF,
    fields: list[AcroField],
    text: _LaidOut,
    in_part: Callable[[list[Line], Iterable[tuple[str, Box]]], set[str]],
) -> set[str]:
    """The fields `in_part` finds in a part printed on each page (none on a page whose
    content stream fails)."""
    found: set[str] = set()
    for number in sorted({f.page for f in fields if f.page is not None and f.page <= MAX_PAGES}):
        lines = text.of(number)
        if lines is None:
            continue
        height = pdf.pages[number - 1].height
        boxes = [(f.name, _box(f.rect, height)) for f in fields if f.page == number and f.rect]
        found |= in_part(lines, boxes)
    return found


def _boxes_on_scans(pdf: PDF, fields: list[AcroField]) -> dict[int, dict[str, Box]]:
    """Page number -> field name -> box, for the fields on pages with no text of their
    own (a scanned paper form with fields laid over it)."""
    boxes: dict[int, dict[str, Box]] = {}
    texts: dict[int, bool] = {}
    for field in fields:
        if field.page is None or field.rect is None or field.page > MAX_PAGES:
            continue
        page = pdf.pages[field.page - 1]
        if field.page not in texts:
            chars = [c for c in page.chars if not str(c.get("text", "")).isspace()]
            texts[field.page] = len(chars) >= MIN_TEXT_CHARS
        if not texts[field.page]:
            boxes.setdefault(field.page, {})[field.name] = _box(field.rect, page.height)
    return boxes


def _ticked_captions(
    pdf: PDF, fields: list[AcroField], text: _LaidOut, labels: LabelIndex
) -> dict[str, str]:
    """Field name -> the word printed beside its ticked box or chosen radio button (not
    the question printed before the first box: a known label alone)."""

    def question(word: str) -> bool:
        found = parse_label_line(word, labels)
        return found is not None and not found.value

    ticked = [f for f in fields if f.on_rect is not None and f.page is not None]
    captions: dict[str, str] = {}
    for number in sorted({f.page for f in ticked if f.page is not None and f.page <= MAX_PAGES}):
        lines = text.of(number)
        if lines is None:  # a bad content stream: the export values stay
            continue
        page = pdf.pages[number - 1]
        others = [_box(f.rect, page.height) for f in fields if f.page == number and f.rect]
        for field in (f for f in ticked if f.page == number):
            assert field.on_rect is not None
            box = _box(field.on_rect, page.height)
            caption = option_caption(lines, box, [o for o in others if o != box], question)
            if caption:
                captions[field.name] = caption
    return captions


# Words printed between the boxes of one value: the parts of a date written as on
# paper, "เกิดวันที่ [ ] เดือน [ ] พ.ศ. [ ]" (folded: no spaces or dots).
_CONTINUING = frozenset({"เดือน", "ปี", "พศ", "คศ", "ปีพศ", "ปีคศ", "month", "year"})
MAX_RUN_GAP = 4.0  # box heights between two boxes of one value
ID_GROUPS = (1, 4, 5, 2, 1)  # the national ID's digits as the card prints them: 1-2345-67890-12-3


@dataclass
class _Runs:
    """Values written across boxes: the first box's field name -> the joined value, and
    the fields after it, which stand for no value of their own."""

    joined: dict[str, str]
    followers: set[str]


def _runs(pdf: PDF, fields: list[AcroField], text: _LaidOut) -> _Runs:
    """A value written box by box along a row (the ID's thirteen one-digit boxes, the
    birth date's day, month and year): the boxes after the first that have no caption
    of their own (left of them or above them), or only a word of a date's parts,
    continue its value."""
    runs = _Runs({}, set())
    rows = _rows_of(pdf, [f for f in fields if f.kind in ("text", "choice")])
    if not rows:
        return runs
    for number, row in rows:
        lines = text.of(number)
        if lines is not None:  # else a bad content stream: each box stands alone
            _join_row(row, lines, runs)
    return runs


def _rows_of(pdf: PDF, fields: list[AcroField]) -> list[tuple[int, list[tuple[AcroField, Box]]]]:
    """Boxes in rows (page, boxes left to right), only rows of two boxes or more."""
    boxes: dict[int, list[tuple[AcroField, Box]]] = {}
    for f in fields:
        if f.page is not None and f.rect is not None and f.page <= MAX_PAGES:
            height = pdf.pages[f.page - 1].height
            boxes.setdefault(f.page, []).append((f, _box(f.rect, height)))
    rows: list[tuple[int, list[tuple[AcroField, Box]]]] = []
    for number, on_page in boxes.items():
        current: list[tuple[AcroField, Box]] = []
        for item in sorted(on_page, key=lambda fb: (fb[1].top, fb[1].x0)):
            box = item[1]
            if current and abs(_middle(current[0][1]) - _middle(box)) > _height(box) / 2:
                rows.append((number, sorted(current, key=lambda fb: fb[1].x0)))
                current = []
            current.append(item)
        rows.append((number, sorted(current, key=lambda fb: fb[1].x0)))
    return [(number, row) for number, row in rows if len(row) >= 2]


def _middle(box: Box) -> float:
    return (box.top + box.bottom) / 2


def _height(box: Box) -> float:
    return max(box.bottom - box.top, 1.0)


def _join_row(row: list[tuple[AcroField, Box]], lines: list[Any], runs: _Runs) -> None:
    others = [box for _, box in row]
    head: AcroField | None = None
    members: list[AcroField] = []
    previous: Box | None = None
    for field, box in row:
        # Its own caption, left of it or above it: a box captioned above (a column of
        # its own) continues nothing.
        caption = widget_label(lines, box, [o for o in others if o is not box])
        folded = re.sub(r"[\s.]", "", caption).lower()
        # Boxes of one value follow each other; boxes drawn over one another do not.
        gap = box.x0 - previous.x1 if previous is not None else -1.0
        near = -1.0 <= gap <= MAX_RUN_GAP * _height(box)
        if head is not None and near and (not folded or folded in _CONTINUING):
            members.append(field)
        else:
            _close_run(head, members, runs)
            head, members = field, []
        previous = box
    _close_run(head, members, runs)


def _close_run(head: AcroField | None, members: list[AcroField], runs: _Runs) -> None:
    if head is None or not members or not head.value.strip():
        return
    values = [v for v in (f.value.strip() for f in (head, *members)) if v]
    if all(len(v) == 1 for v in values):  # one character a box: an ID, a postal code
        joined = "".join(values)
    elif tuple(map(len, values)) == ID_GROUPS and all(v.isdigit() for v in values):
        joined = "-".join(values)  # the ID in boxes grouped as the card prints it
    elif all(v.isdigit() for v in values):  # 14 | 03 | 2514
        joined = "/".join(values)
    else:  # 14 | มีนาคม | 2514
        joined = " ".join(values)
    runs.joined[head.name] = joined
    runs.followers.update(f.name for f in members)


# The on-state names PDF editors give a box or button unless told otherwise (Acrobat's
# "Yes" and "Choice1", LibreOffice's "On", numbers): they say nothing of the choice.
_SAYS_NOTHING = re.compile(r"(?:yes|on|true|choice\s*\d+|option\s*\d+|\d+)", re.I)
_TITLE_WORD = re.compile(rf"(?:{CIVIL_TITLE}|{LATIN_TITLE})\.?", re.I)
TICKED_CONFIDENCE = 0.9


def _chosen(field: AcroField, caption: str | None) -> str | None:
    """What a ticked box or chosen button means: its export value when that says
    something ("นาง"), else the word printed right of it; None when nothing says."""
    value = field.value.strip()
    if not _SAYS_NOTHING.fullmatch(value):
        return value
    return caption or None


def _well_named(field: AcroField, labels: LabelIndex) -> bool:
    """The name or tooltip is a known field name or label as written ("form1.โทรศัพท์")."""
    matches = [labels.match_form_field(field.name)]
    if field.tooltip:
        matches += [labels.match(field.tooltip), labels.match_form_field(field.tooltip)]
    return any(m is not None and m[1] >= WELL_NAMED for m in matches)


def _id_named_otherwise(field: AcroField, labels: LabelIndex) -> bool:
    """A box its name keys as another number holding 13 digits whose check digit holds
    (set 115: "student_id", a student number's name in English, holding the pupil's
    national ID under the caption "เลขประจำตัวประชาชน"): "id" in a Thai form's English
    names is the ID card's as often as not, so the caption printed beside the box, which
    the one who filled it read, says which number it is."""
    digits = normalise_national_id(field.value)
    if digits is None or not any_kind_of_id(digits):
        return False
    named = labels.match_form_field(field.name)
    return named is not None and named[0] != "national_id"


def _box(rect: tuple[float, float, float, float], height: float) -> Box:
    x0, y0, x1, y1 = rect
    return Box(x0=x0, x1=x1, top=height - y1, bottom=height - y0)


def _form_candidates(
    fields: list[AcroField],
    part: str,
    labels: LabelIndex,
    captions: dict[str, str],
    ticks: dict[str, str] | None = None,
    runs: _Runs | None = None,
    proxied: frozenset[str] | set[str] = frozenset(),
    former: frozenset[str] | set[str] = frozenset(),
    anothers: frozenset[str] | set[str] = frozenset(),
) -> list[FieldCandidate]:
    """A field is keyed by its name or tooltip when they match exactly, else by the caption
    printed beside it (`Text1`, `fill_3` say nothing), else by a looser name match.

    A ticked box or chosen button stands for its meaning (`_chosen`), never for "Yes";
    a title ticked among the printed ones (☐นาย ☑นาง ☐นางสาว) is the name's title."""
    runs = runs or _Runs({}, set())
    sender = sender_field(labels)
    patients = _patients_beside_claimant(fields)
    candidates = []
    for field in fields:
        if field.name in runs.followers:
            continue  # its box holds a piece of the value of the first box of its row
        raw = runs.joined.get(field.name, field.value)
        if field.kind == "button":
            meaning = _chosen(field, (ticks or {}).get(field.name))
            if meaning is None:
                continue
            if _TITLE_WORD.fullmatch(meaning):
                provenance = Provenance(
                    part=part, kind="pdf_form", page=field.page, label=meaning,
                    form_field=field.name,
                )  # fmt: skip
                candidates.append(
                    FieldCandidate(
                        key=TITLE,
                        value=meaning,
                        provenance=provenance,
                        confidence=TICKED_CONFIDENCE,
                    )
                )
                continue
            raw = meaning
        chosen = _key_of(field, labels, captions.get(field.name))
        if chosen is None:
            continue
        key, confidence, label = chosen
        if sender(key) and (
            _proxys_field(field) or field.name in proxied or field.name in patients
        ):
            confidence *= PROXY_SHARE  # the carer's ID and phone: flagged, as a proxy's part
        if sender(key) and field.name in former:
            confidence *= FORMER_SHARE  # the former holder's (the deceased's): behind the new
        if sender(key) and field.name in anothers:
            confidence *= ANOTHERS_ROW_SHARE
        provenance = Provenance(
            part=part, kind="pdf_form", page=field.page, label=label, form_field=field.name
        )
        value = normalise_thai_text(raw)
        if key == FULL_NAME and is_relation_only(value):
            continue  # "มารดา" in a "<part>_เกี่ยวข้อง" box: how she is related, no name
        if key == TITLE and field.name in runs.joined:
            candidates += _title_run(value, provenance, confidence)
            continue
        candidates.append(
            FieldCandidate(key=key, value=value, provenance=provenance, confidence=confidence)
        )
    return candidates


# A field named for the one who files for another (set 63: "carer_id", "carer_phone" of a
# disability allowance form, its caption only "เลขประจำตัวประชาชน"): the form's part on
# a proxy, as body_form reads a part headed so. Field names are mostly ASCII, hence the
# English words beside body_form's Thai ones (ผู้ดูแล, ผู้รับมอบอำนาจ, ผู้ยื่นแทน).
_PROXY_NAME = re.compile(
    r"(?:^|[._\-\s])(?:carer|caretaker|care_?giver|proxy|attorney|agent)(?:$|[._\-\s\d])",
    re.IGNORECASE,
)


# ... or for the applicant's spouse or a witness (set 72: a bilingual form's Spouse part,
# "spouse_name", "spouse_id", under its caption "ชื่อ-สกุล"): another's, as a proxy's is.
# So are the professionals a building permit's form has parts for (set 75: the ข.1's
# "contractor_name" holding the firm's name, its loose match on "name" over the owner's
# box named only by its caption): the architect, engineer, contractor, the neighbour who
# consents. They never hold the permit.
# So is a complaint form's part on the one complained of (set 90: "respondent_name",
# "respondent_address" under "ส่วนที่ 2 ผู้ถูกร้องเรียน", its caption only "ที่อยู่": the dogs'
# owner's house was taken for the complainant's home).
# So are a job application's parts on the applicant's family and referees (set 96: a
# ใบสมัคร's father_id, mother_id, ref1_phone beside applicant_id, captioned only "เลขบัตร").
# So are a household form's numbered members beside its head's own fields (set 113: a
# farmer register's ทบก.01, "mem1_name", "mem2_pid" under hh_head_*, captioned "1.", "2."):
# a list's rows, never the one who files ("member_name" alone may be the applicant's own
# on a membership form, so only numbered).
# So are a pupil's form's parts on her guardian or parent (set 115: a bursary form's
# "guardian_id" beside "student_id", captioned "เลขประจำตัวประชาชนผู้ปกครอง").
# So are a claim form's parts on the one the claim is about, not by (set 124: a death
# grant's "deceased_name", "deceased_id" over the widow's claimant_*; the numbered co-heirs
# who consent, "heir1"): the dead ask nothing, and the grant is the claimant's.
_ANOTHERS_NAME = re.compile(
    r"(?:^|[._\-\s])(?:spouse|husband|wife|witness|architect|engineer|contractor|neighbou?r"
    r"|respondent|offender|accused|defendant|suspect"
    r"|father|mother|guardian|parent|referee|ref\d+|emergency|mem(?:ber)?[_\-\s]?\d+"
    r"|deceased|decedent|heir[_\-\s]?\d+)"
    r"(?:$|[._\-\s\d])",
    re.IGNORECASE,
)


# ... or for the plot or building the request is about (set 80: a tax objection's
# land_tambon, land_amphoe, land_province beside the owner's owner_address): the plot's
# place, never where the owner lives. Not its owner's own field ("land_owner_name").
_PLOTS_NAME = re.compile(
    r"(?:^|[._\-\s])(?:land|plot|parcel|site|property|premises)(?:$|[._\-\s\d])(?!.*owner)",
    re.IGNORECASE,
)


# ... or for the officer who takes the complaint in (set 108: a ศูนย์ดำรงธรรม's form's last
# part, "เจ้าหน้าที่ผู้รับเรื่อง", "โทรศัพท์เจ้าหน้าที่", his desk line captioned only
# "โทรศัพท์" as hers is): the office's, never the complainant's.
_OFFICERS_NAME = re.compile(r"เจ้าหน้าที่|ผู้รับ(?:เรื่อง|คำร้อง|คำขอ)|ผู้บันทึก")


# ... or for a vendor's helpers (set 112: a แผงลอย form's "ผู้ช่วย1", "เลขบัตรผู้ช่วย1"
# under the vendor's own "เลขบัตร", captioned only "เลขบัตร"): their IDs are never hers. A
# box's name numbers the helper after the short word ("ผู้ช่วย1", "helper_2").
_HELPERS_NAME = re.compile(
    rf"{HELPER}|ผู้ช่วย\s*[0-9๐-๙]|(?:^|[._\-\s])(?:helper|assistant)(?:$|[._\-\s\d])",
    re.IGNORECASE,
)


# ... and a reimbursement form's patient_* beside its claimant_* (the money is the
# claimant's right, set 124). Only beside them: a health unit's or a patient's own form
# names the one who asks patient_* (sets 81, 84).
_CLAIMANTS_NAME = re.compile(r"(?:^|[._\-\s])claimant(?:$|[._\-\s\d])", re.IGNORECASE)
_PATIENTS_NAME = re.compile(r"(?:^|[._\-\s])patient(?:$|[._\-\s\d])", re.IGNORECASE)


def _patients_beside_claimant(fields: Sequence[AcroField]) -> set[str]:
    """The names of a form's patient_* fields where it has claimant_* fields too."""
    if not any(_CLAIMANTS_NAME.search(f.name) for f in fields):
        return set()
    return {f.name for f in fields if _PATIENTS_NAME.search(f.name)}


def _proxys_field(field: AcroField) -> bool:
    names = (field.name, field.tooltip or "")
    # named in Thai for another party too (set 76: a relief form's "ชื่อผู้เสียชีวิต",
    # "เลขผู้เสียชีวิต", the dead husband's part over the widow's)
    return any(
        _PROXY_NAME.search(n)
        or _ANOTHERS_NAME.search(n)
        or _PLOTS_NAME.search(n)
        or PROXY.search(n)
        or names_another(n)
        or _OFFICERS_NAME.search(n)
        or _HELPERS_NAME.search(n)
        for n in names
    )


def _title_run(value: str, provenance: Provenance, confidence: float) -> list[FieldCandidate]:
    """The title's box heading the name's boxes along its row (title | given | family,
    the family name's box perhaps with a caption of its own): the title and the given
    name, or the whole name, not a title of several words."""
    words = value.split()
    if not words or not _TITLE_WORD.fullmatch(words[0]):
        return [FieldCandidate(key=TITLE, value=value, provenance=provenance,
                               confidence=confidence)]  # fmt: skip
    if len(words) == 1:
        pieces = [(TITLE, value)]
    elif len(words) == 2:
        pieces = [(TITLE, words[0]), (GIVEN, words[1])]
    else:
        pieces = [(FULL_NAME, value)]
    return [
        FieldCandidate(key=key, value=piece, provenance=provenance, confidence=confidence)
        for key, piece in pieces
    ]


def _key_of(
    field: AcroField, labels: LabelIndex, caption: str | None
) -> tuple[str, float, str | None] | None:
    """(key, confidence, label shown to the clerk): an exact name or tooltip match, else
    the printed caption's match, else the best looser name match; None when none."""
    named = [labels.match_form_field(field.name)]
    if field.tooltip:
        named += [labels.match(field.tooltip), labels.match_form_field(field.tooltip)]
    found = [m for m in named if m is not None]
    best = max(found, key=lambda m: m[1]) if found else None
    beside = labels.match(caption) if caption else None
    if beside is not None and (best is None or beside[1] >= best[1]):
        return beside[0], beside[1], caption
    return (best[0], best[1], field.tooltip) if best is not None else None


# A caption alone in brackets on its line: "(ชื่อ-นามสกุล)" printed under a value's line.
_BRACKETED = re.compile(r"\(\s*([^()]{1,60}?)\s*\)")
MAX_VALUE_ABOVE = 80  # a value line over its caption is an answer, not a sentence


def _captions_below(lines: list[tuple[int, str]], labels: LabelIndex) -> list[tuple[int, str]]:
    """Printed forms put a small caption in brackets under the line the value is
    written on, as under a signature line ("นายสมชาย ใจดี" over "(ชื่อ-นามสกุล)"): a
    known label alone in brackets under a short line that is no label line names that
    line, read as "label: value" (the value's own line emptied)."""
    out = list(lines)
    for k in range(1, len(out)):
        found = _BRACKETED.fullmatch(out[k][1].strip())
        hit = labels.match(found.group(1)) if found else None
        if found is None or hit is None or hit[1] < WELL_NAMED:
            continue
        above = out[k - 1][1].strip()
        if not above or len(above) > MAX_VALUE_ABOVE or _BRACKETED.fullmatch(above):
            continue
        if parse_label_line(above, labels) is not None:
            continue
        out[k - 1] = (out[k - 1][0], "")
        out[k] = (out[k][0], f"{found.group(1)}: {above}")
    return out


def _signed_name(text: str, part: str, page: int) -> list[FieldCandidate]:
    """The name in brackets under the applicant's signature line, read as prose reads it
    (so flagged for a clerk): a form may give the name nowhere else. A name after a
    label, when there is one, is surer and wins."""
    found = []
    for name, offset in signed_names(text):
        line = text.count("\n", 0, offset) + 1
        where = Provenance(part=part, kind="pdf_text", page=page, line=line,
                           label="ลงชื่อ (signature)", method="prose")  # fmt: skip
        found.append(
            FieldCandidate(
                key="full_name", value=name, provenance=where, confidence=PROSE_CONFIDENCE
            )
        )
    return found


PRINTED_BESIDE = 0.75  # below review.REVIEW_BELOW: a clerk checks a value not in a field


def _printed_beside(
    pdf: PDF, part: str, labels: LabelIndex, from_fields: list[FieldCandidate]
) -> list[FieldCandidate]:
    """Values printed on the page of a filled form for fields no form field gave: a form
    half flattened (the agency's system printed the name and ID into the page, the rest
    left as fields). Flagged: a page can print an example beside a label too."""
    given = {c.key for c in from_fields}
    # a value the fields give in parts (the address box by box, the name's title, given
    # and family name) is given: the page's line of those parts' captions is no value
    given |= {"address"} if given & ADDRESS_PART_KEYS else set()
    given |= {FULL_NAME} if given & PART_KEYS else set()
    printed = _text_candidates(pdf, part, labels, [], [])
    return [
        c.model_copy(update={"confidence": min(c.confidence, PRINTED_BESIDE)})
        for c in printed
        if c.key not in given
    ]


def _as_scanner_ocr(candidate: FieldCandidate) -> FieldCandidate:
    """A value from a scanner's invisible text layer: read by OCR, flagged as such. It
    keeps its confidence and competes with the picture's own reading as two readings
    do: on a test layer written word for word (set 11) the picture's reading lost a
    digit the layer had; on round 20's searchable scans the layer was garbled and read
    from the picture alone (`unreadable_text`)."""
    flags = ["ocr", "ocr_text_layer", *candidate.provenance.flags]
    prov = candidate.provenance.model_copy(
        update={"method": "ocr", "flags": list(dict.fromkeys(flags))}
    )
    return candidate.model_copy(update={"provenance": prov})


@dataclass
class _PageLines:
    number: int
    text: str
    lines: list[tuple[int, str]]
    lossy: dict[int, float]
    scanner: bool


def _text_candidates(
    pdf: PDF,
    part: str,
    labels: LabelIndex,
    defects: list[Defect],
    nonsense: list[int],
    printed: list[str] | None = None,
) -> list[FieldCandidate]:
    """Labelled lines of the page text, for forms printed, filled and saved as PDF; the
    numbers of pages whose text is nonsense go to `nonsense`, the readable pages' text
    to `printed`."""
    pages: list[_PageLines] = []
    any_text = False
    for page in pdf.pages[:MAX_PAGES]:
        try:
            glyphs = with_drawn_boxes(glyphs_of(uncovered_chars(page)), page.rects, page.lines)
            # typed with a viewer's text tool, or drawn only in a widget's appearance (no
            # field here holds a value: this is the page-text path)
            typed = annotation_glyphs(page.annots, glyphs)
            typed += appearance_glyphs(page.annots, glyphs)
            # the drawn underlines tie a value raised over one to its caption's row
            page_lines = group_lines([*glyphs, *typed], rules_of(page.lines, page.rects))
            text = "\n".join(t for t in (line.text for line in page_lines) if t)
        except Exception as exc:  # one bad page content stream must not lose the others
            detail = f"page {page.page_number}: {type(exc).__name__}"
            defects.append(Defect(code="pdf_page_unreadable", detail=detail))
            continue
        any_text = any_text or bool(text.strip())
        spoken = actual_text_lines(page, decode_pdf_string) if unreadable_text(text) else []
        if spoken and not unreadable_text("\n".join(spoken)):
            # glyphs without letters, the text in their spans' /ActualText: read that
            detail = f"page {page.page_number}: read from its /ActualText spans"
            defects.append(Defect(code="pdf_actual_text", detail=detail))
            lines = list(enumerate(spoken, start=1))
            pages.append(_PageLines(page.page_number, "\n".join(spoken), lines, {}, False))
            continue
        if unreadable_text(text):  # its letters are nonsense: read from the page's image
            detail = f"page {page.page_number}: its text layer gives letters out of order or none"
            defects.append(Defect(code="pdf_text_unreadable", detail=detail))
            nonsense.append(page.page_number)
            continue
        # captions over their values (a header row, small captions above boxes) by column
        text = "\n".join(column_lines(by_columns(page_lines, labels), labels))
        lines = list(enumerate(text.splitlines(), start=1))
        # A line that lost glyphs mapped to no character reads whole without them, but
        # it may have lost a letter: its values are flagged for a clerk to check.
        lossy = {n: LOSSY_LINE for n, line in lines if UNMAPPED in line}
        lines = _captions_below([(n, line.replace(UNMAPPED, "")) for n, line in lines], labels)
        # a page number ("หน้า 1/2") is the page's, never the end of a value above it
        lines = [(n, line) for n, line in lines if not _PAGE_NUMBER.fullmatch(line.strip())]
        scanner = scanner_text_layer(page)
        if scanner:
            # read again from the picture, as any scan is; both readings compete
            detail = f"page {page.page_number}: its text layer is a scanner's OCR"
            defects.append(Defect(code="pdf_scanner_ocr_layer", detail=detail))
            nonsense.append(page.page_number)
        pages.append(_PageLines(page.page_number, text, lines, lossy, scanner))
        if printed is not None and not scanner:
            printed.append(text)
    if not any_text:
        defects.append(Defect(code="pdf_no_text", detail="no text layer (scanned?)"))
    candidates: list[FieldCandidate] = []
    for run in _continued_runs(pages):
        candidates += _run_candidates(run, part, labels)
    # a form kept in a sheet and printed: its phone lost its 0 in the sheet
    producer = " ".join(str(pdf.metadata.get(k, "")) for k in ("Producer", "Creator"))
    return printed_zeros_restored(candidates, "\n".join(p.text for p in pages), producer, labels)


# A page's number alone on its line: "หน้า 1/2", "หน้า ๑ จาก ๒", "Page 1 of 2", "- 1 -" (a
# bare "1/2" may be a house number written under its label: kept)
_PAGE_NUMBER = re.compile(
    r"(?:(?:หน้า(?:ที่)?|page)\s*[0-9๐-๙]+(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]+)?"
    r"|-\s*[0-9๐-๙]+\s*-)",
    re.IGNORECASE,
)
_CONTINUED = re.compile(r"\(\s*ต่อ\s*\)|\(\s*continued\s*\)", re.IGNORECASE)


def _continued_runs(pages: list[_PageLines]) -> list[list[_PageLines]]:
    """Pages that go on from the one before as one run: a page whose top says so (a
    running header marked "(ต่อ)", or lines repeated from the page before, as a table's
    header row is printed again) continues its table, so its first unlabelled lines may
    end a value the page before cut at its foot (an address row broken by the page end).
    Those top lines are the pages' furniture, not text of the form: dropped."""
    runs: list[list[_PageLines]] = []
    for page in pages:
        before = runs[-1][-1] if runs and runs[-1][-1].number == page.number - 1 else None
        top = _furniture_on_top(page, before) if before is not None else 0
        if before is None or not top:
            runs.append([page])
            continue
        runs[-1].append(replace(page, lines=page.lines[top:]))
    return runs


def _furniture_on_top(page: _PageLines, before: _PageLines) -> int:
    """How many of the page's first lines are a continuation's running header or a header
    row printed again (0: the page does not show it continues the one before)."""
    seen = {line.strip() for _, line in before.lines if line.strip()}
    k = 0
    marked = False
    for _, line in page.lines:
        text = line.strip()
        if not text:
            k += 1
            continue
        if _CONTINUED.search(text) and len(text) <= MAX_VALUE_ABOVE:
            marked = True
        elif text not in seen:
            break
        k += 1
    return k if marked or k else 0


def _under_anothers_signature(
    found: list[FieldCandidate], texts: list[str], where: dict[int, tuple[int, int]]
) -> list[FieldCandidate]:
    """`found` with the values labelled under another's signature (an officer's, an
    adviser's signed opinion below a student's letter, set 74: extractors.signature_blocks)
    set below the sentences' and flagged, as a Word letter's are; `where` maps a line of
    `texts` to its page and line."""
    block = {where[k] for k in anothers_signature_lines(texts) if k in where}
    return [
        c.model_copy(update={"confidence": min(c.confidence, ANOTHERS_SIGNATURE)})
        if c.key != "full_name" and (c.provenance.page, c.provenance.line) in block
        else c
        for c in found
    ]


def _offices_line_behind(
    found: list[FieldCandidate],
    lines: list[tuple[int, str]],
    where: dict[int, tuple[int, int]],
    set_behind: Callable[[FieldCandidate], FieldCandidate] | None = None,
) -> list[FieldCandidate]:
    """`found` with the contacts of an office's letterhead or signature, the office sending
    for another (extractors.intermediary_office, set 76: a foundation's typed letter), set
    behind; `where` maps a line of `lines` to its page and line. `set_behind`: how a
    value of the block is set behind (its place too); else its line and box only."""
    block = {where[k] for k in office_block_lines(lines) if k in where}
    if set_behind is not None:
        return [
            set_behind(c) if (c.provenance.page, c.provenance.line) in block else c for c in found
        ]
    return [
        behind(c)
        if c.key in OFFICES_KEYS and (c.provenance.page, c.provenance.line) in block
        else c
        for c in found
    ]


def _run_candidates(run: list[_PageLines], part: str, labels: LabelIndex) -> list[FieldCandidate]:
    """The labelled lines of pages read as one text (a value may go on over the page
    break), each candidate's provenance naming its own page and line."""
    where: dict[int, tuple[int, int]] = {}
    lines: list[tuple[int, str]] = []
    lossy: dict[int, float] = {}
    for page in run:
        for n, line in page.lines:
            at = len(lines) + 1
            where[at] = (page.number, n)
            lines.append((at, line))
            if n in page.lossy:
                lossy[at] = page.lossy[n]

    def provenance(line: int, label: str) -> Provenance:
        page_number, n = where.get(line, (run[0].number, line))
        return Provenance(part=part, kind="pdf_text", page=page_number, line=n, label=label)

    found = read_label_lines(lines, labels, provenance, line_confidence=lossy)
    texts = [line for _, line in lines]
    joined = "\n".join(texts)
    if looks_like_letter(joined) or looks_like_note(joined) or looks_like_cv(texts):
        # a letter, a phone's note or a CV printed to PDF: its sentences and bare lines
        # (a CV's phone under CONTACT, set 59), for the fields no label gave

        def placed(c: FieldCandidate) -> FieldCandidate:
            page_number, n = where.get(c.provenance.line or 0, (run[0].number, None))
            update = {"kind": "pdf_text", "page": page_number, "line": n}
            return c.model_copy(update={"provenance": c.provenance.model_copy(update=update)})

        found = _under_anothers_signature(found, texts, where)
        found = _offices_line_behind(found, lines, where)
        found = with_letter_prose(
            found,
            texts,
            part=part,
            kind="pdf_text",
            labels=labels,
            placed=placed,
            own_lines=False,
        )
        # the sentences' values read in the office's block too, where the letter is about
        # another (a clinic's letterhead over the patient it refers, set 128): its line,
        # box and place. Not a body's letter for itself: its head office is its address.
        if any(c.provenance.label in ABOUT_ANOTHER for c in found):
            found = _offices_line_behind(found, lines, where, office_value_behind)
        # a university's numbered letter for its student: her name before her code (set 96)
        found = [
            placed(c) if c.provenance.label == OFFICE_WRITES_FOR else c
            for c in offices_subject(texts, found, part=part, kind="pdf_text")
        ]
    scanned = {page.number for page in run if page.scanner}
    out: list[FieldCandidate] = []
    for candidate in found:
        out.append(
            _as_scanner_ocr(candidate) if candidate.provenance.page in scanned else candidate
        )
    for page in run:
        signed = _signed_name(page.text, part, page.number)
        out += [_as_scanner_ocr(c) for c in signed] if page.scanner else signed
    return out
