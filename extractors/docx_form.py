"""Word (DOCX) request forms: a table of label and value cells, or `label: value` paragraphs.

python-docx reads the document in the child process of `run_bounded` (a DOCX is a zip of
XML that a hostile sender can make huge); what comes back is plain lines of text in
document order, which the common label reader (`read_label_lines`) reads like a mail body:
a table row `| ชื่อ-นามสกุล | นายสมชาย ใจดี |` becomes the line `ชื่อ-นามสกุล: นายสมชาย ใจดี`,
a cell with several paragraphs (an address) becomes that line and the lines after it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from extractors.address_parts import address_in_boxes
from extractors.base import ExtractionResult, LabelIndex
from extractors.body_form import is_lone_label, own_column, parse_label_line
from extractors.docx_blanks import filled_blanks
from extractors.docx_inside import read_embedded
from extractors.docx_package_parts import alt_chunk_lines, fill_bound_controls
from extractors.forwarding_letter import FORWARDED_FOR
from extractors.header_lists import is_list, rows_fitting
from extractors.labels import NO_FIELD_HEADINGS
from extractors.office_files import as_bytes, open_package, read_letter_lines, read_lines
from extractors.ooxml_package import transitional
from extractors.own_letterhead import letterhead_address
from extractors.sandbox import Limits
from extractors.sheet_roles import asker_named_row, own_role_row
from extractors.signers_home import house_in_village
from extractors.thai import CIVIL_TITLE, normalise_thai_text
from extractors.title_options import LATIN_TITLE

LIMITS = Limits(seconds=30.0, memory_mb=768)
MAX_LINES = 5000
MAX_CELL_LINES = 20  # a value cell longer than this is a letter, not a form answer
MARGIN_CONFIDENCE = 0.75  # a value read in a page header or footer: below REVIEW_BELOW
# A table row of three or more one-line cells, sent from the child with its cells apart
# (control characters no cell text holds after normalising).
ROW_MARK, CELL_SEP = "\x1e", "\x1f"
# A label cell and a value cell of as many lines each, sent as the two cells' lines.
LINES_MARK, LINES_SEP = "\x1d", "\x1c"
HEADER_LABELS = 3  # labels and captions across a row that make it a header over values
_TRAILING_COLON = re.compile(r"[\s:：∶]+$")
# Three spaces or more: columns lined up with the space bar, parted as a tab parts them
# (as a mail body's wide gap is read).
_SPACE_RUN = re.compile(r"[ \u00a0]{3,}")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def qn(tag: str) -> str:
    """`w:p` as lxml spells it (python-docx's own qn, imported only in the child)."""
    from docx.oxml.ns import qn as docx_qn

    return str(docx_qn(tag))


def docx_parts(data: bytes) -> tuple[list[str], list[str]]:
    """Lines of the document body in order (paragraphs as they are, table rows as
    `label: value` lines), and the lines of the page headers and footers, each header or
    footer once (runs in the child process)."""
    import docx

    document = docx.Document(io.BytesIO(transitional(data)))
    fill_bound_controls(document)
    _mark_styled_hidden(document)
    _unwrap_table_controls(document.element.body)
    body = _blocks_lines(document.element.body, document)
    margins: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        headers = (section.first_page_header, section.header, section.even_page_header)
        footers = (section.first_page_footer, section.footer, section.even_page_footer)
        for margin in (*headers, *footers):
            # A header linked to the previous section's has no definition of its own
            # (asking for its element would add one).
            if margin.is_linked_to_previous or str(margin.part.partname) in seen:
                continue
            seen.add(str(margin.part.partname))
            _unwrap_table_controls(margin._element)
            margins += [*_blocks_lines(margin._element, margin), ""]
            if len(margins) >= MAX_LINES:
                break
    return [_normalised(line) for line in body[:MAX_LINES]], [
        _normalised(line) for line in margins[:MAX_LINES]
    ]


def _unwrap_table_controls(root: Any) -> None:
    """Rows and cells wrapped in content controls put back in their table: Word's
    repeating-section control wraps w:tr in w:sdt, a cell-level control wraps w:tc, and
    python-docx sees only the rows and cells that are the table's own children (the
    whole table read empty). A control still showing its placeholder keeps its place
    but not its prompt."""
    for sdt in list(root.iter(qn("w:sdt"))):
        parent = sdt.getparent()
        if parent is None or parent.tag not in (qn("w:tbl"), qn("w:tr")):
            continue
        content = sdt.find(qn("w:sdtContent"))
        if content is None:
            parent.remove(sdt)
            continue
        if _showing_placeholder(sdt):
            for text in content.iter(qn("w:t")):
                text.text = ""
        for child in list(content):
            sdt.addprevious(child)
        parent.remove(sdt)


def _normalised(line: str) -> str:
    """The line's text normalised, its tabs kept: a tab stop parts a label from its value
    or one pair from the next (label TAB value TAB label TAB value), which the space it
    would collapse to no longer says. A marked row's cells are normalised apart."""
    if line.startswith(ROW_MARK):
        return ROW_MARK + CELL_SEP.join(_normalised(c) for c in line[1:].split(CELL_SEP))
    line = _SPACE_RUN.sub("\t", line)
    if line.startswith(LINES_MARK):
        halves = line[1:].split(LINES_SEP)
        return LINES_MARK + LINES_SEP.join(
            CELL_SEP.join(_normalised(c) for c in half.split(CELL_SEP)) for half in halves
        )
    return "\t".join(normalise_thai_text(piece) for piece in line.split("\t")).strip("\t ")


def _blocks_lines(container: Any, parent: Any) -> list[str]:
    """Paragraphs and tables of a body, a text box or a content control, in order."""
    from docx.table import Table

    lines: list[str] = []
    children = list(container)
    skip: set[int] = set()
    columns = _column_halves(children)
    for k, child in enumerate(children):
        if k in skip:
            continue
        if columns is not None and k == columns[0]:
            start, end, line = columns
            skip.update(range(start, end))
            lines.append(line)
            continue
        framed = _frame_run(children, k)
        if framed:  # paragraphs placed on the page by position: read by position
            skip.update(range(k, k + len(framed)))
            lines += _framed_lines(framed)
        elif child.tag == qn("w:tbl"):
            beside = _table_beside(children, k)
            if beside is not None:
                skip.add(k + 1)
                child = beside
            lines += _table_lines(Table(child, parent))
        elif child.tag == qn("w:p"):
            own = _titled(child, paragraph_text(child))
            boxes = _text_box_lines(child, parent)
            filled = filled_blanks(own, boxes) if boxes else None
            if filled is not None:  # answers typed in boxes over the line's dots
                lines.append(filled)
                continue
            lines += own.splitlines() or [""]
            lines += boxes
        elif child.tag == qn("w:altChunk"):
            lines += alt_chunk_lines(child, parent)
        elif child.tag == qn("w:sdt"):  # a block content control: its paragraphs in place
            content = child.find(qn("w:sdtContent"))
            if content is not None and not _showing_placeholder(child):
                lines += _blocks_lines(content, parent)
        elif child.tag == qn("w:customXml"):  # a schema's element round paragraphs/tables
            lines += _blocks_lines(child, parent)
        if len(lines) >= MAX_LINES:
            break
    return lines


def _column_halves(children: list[Any]) -> tuple[int, int, str] | None:
    """Newspaper columns (Layout > Columns) holding a form: the captions down column 1, a
    column break, the answers down column 2, as many lines each. (first index, end
    index, the two columns as one marked label-and-value line: `_lines_beside` pairs
    them when every line of the first is a label.) None when there is no such break."""
    brk = next((k for k, c in enumerate(children) if c.tag == qn("w:p") and any(
        b.get(qn("w:type")) == "column" for b in c.iter(qn("w:br")))), None)  # fmt: skip
    if brk is None:
        return None
    start = brk
    while start > 0 and _plain_paragraph(children[start - 1]):
        start -= 1
    end = brk + 1
    while end < len(children) and _plain_paragraph(children[end]):
        end += 1
    halves = [
        [t for t in (paragraph_text(p).strip() for p in children[a:b]) if t]
        for a, b in ((start, brk + 1), (brk + 1, end))
    ]
    if len(halves[0]) != len(halves[1]) or len(halves[0]) < 2:
        return None
    return start, end, LINES_MARK + LINES_SEP.join(CELL_SEP.join(h) for h in halves)


def _plain_paragraph(element: Any) -> bool:
    """A paragraph that does not end a section (its own w:sectPr) nor holds a column break."""
    if element.tag != qn("w:p") or element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
        return False
    return not any(b.get(qn("w:type")) == "column" for b in element.iter(qn("w:br")))


FRAME_ROW_TWIPS = 120  # frames whose tops are this close (2 mm) share a printed line


def _frame_y_x(p: Any) -> tuple[int, int] | None:
    """Where a framed paragraph (w:framePr, as a PDF converter places every line) sits."""
    if p.tag != qn("w:p"):
        return None
    frame = p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    if frame is None:
        return None
    try:
        return int(frame.get(qn("w:y")) or ""), int(frame.get(qn("w:x")) or "0")
    except ValueError:
        return None


def _frame_run(children: list[Any], k: int) -> list[Any]:
    """The framed paragraphs from `k` on, two at least (one frame is a heading's box)."""
    run = []
    for child in children[k:]:
        if _frame_y_x(child) is None:
            break
        run.append(child)
    return run if len(run) >= 2 else []


def _framed_lines(frames: list[Any]) -> list[str]:
    """Frames top to bottom, those on one printed line left to right, a tab apart: a
    converter writes all the captions' frames, then all the values', each at its place,
    so their order in the file pairs nothing."""
    placed = sorted(((_frame_y_x(f) or (0, 0)), paragraph_text(f)) for f in frames)
    lines: list[list[str]] = []
    top = None
    for (y, _), text in placed:
        if top is None or y - top > FRAME_ROW_TWIPS:
            lines.append([])
            top = y
        if text.strip():
            lines[-1].append(text.strip())
    return ["\t".join(line) for line in lines if line]


def _table_beside(children: list[Any], k: int) -> Any | None:
    """A floating one-column table with another right beside it in the file (w:tblpPr),
    of as many rows: the captions' column and the answers' column laid out as two tables,
    read as one table of the two columns, the left one first. None otherwise."""
    import copy

    if k + 1 >= len(children) or children[k + 1].tag != qn("w:tbl"):
        return None
    pair = [children[k], children[k + 1]]
    places = [t.find(f"{qn('w:tblPr')}/{qn('w:tblpPr')}") for t in pair]
    if any(place is None for place in places):
        return None
    rows = [t.findall(qn("w:tr")) for t in pair]
    if len(rows[0]) != len(rows[1]) or any(
        len(r.findall(qn("w:tc"))) != 1 for t in rows for r in t
    ):
        return None
    try:
        xs = [int(place.get(qn("w:tblpX")) or "0") for place in places]
    except ValueError:
        return None
    left, right = (0, 1) if xs[0] <= xs[1] else (1, 0)
    merged = copy.deepcopy(pair[left])
    for row, other in zip(merged.findall(qn("w:tr")), rows[right], strict=True):
        row.append(copy.deepcopy(other.find(qn("w:tc"))))
    return merged


def _titled(p: Any, text: str) -> str:
    """A paragraph that is one content control and nothing else, read with the control's
    title (w:alias) as its label: a Word form whose prompts were the controls' placeholder
    text keeps no caption once filled but the title Word shows on the control's frame."""
    controls = [e for e in p if e.tag == qn("w:sdt")]
    if len(controls) != 1 or not text.strip():
        return text
    if any(not _has_ancestor(t, p, (qn("w:sdt"),)) and (t.text or "").strip()
           for t in p.iter(qn("w:t"))):  # fmt: skip
        return text  # the paragraph has a caption of its own
    alias = controls[0].find(f"{qn('w:sdtPr')}/{qn('w:alias')}")
    title = (alias.get(qn("w:val")) or "").strip() if alias is not None else ""
    return f"{title}: {text.strip()}" if title and "\n" not in text else text


def paragraph_text(p: Any) -> str:
    """A paragraph's text with what python-docx's `text` leaves out: the answers of a
    fillable form sit in content controls (w:sdt) inside the paragraph. Text boxes are
    read apart (`_text_box_lines`); tab stops of the paragraph's style are no text."""
    skip = (_FALLBACK, qn("w:txbxContent"), qn("w:pPr"))
    pieces = []
    struck = False
    tags = (qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr"), qn("w:sym"),
            qn("w:fldChar"), qn("w:noBreakHyphen"))  # fmt: skip
    for element in p.iter(*tags):
        if _has_ancestor(element, p, skip) or _placeholder(element, p) or _hidden(element):
            continue
        if element.tag == qn("w:t"):
            struck |= _struck(element)
            pieces.append("" if _struck(element) else _symbol_text(element))
        elif element.tag in (qn("w:sym"), qn("w:fldChar")):
            pieces.append(_check_box(element, p))
        elif element.tag == qn("w:noBreakHyphen"):  # Ctrl+Shift+-: a hyphen kept on its line
            pieces.append("-")
        else:  # an alignment tab (Insert > Alignment Tab, w:ptab) parts as a tab does
            pieces.append("\t" if element.tag in (qn("w:tab"), qn("w:ptab")) else "\n")
    text = "".join(pieces)
    return _closed_up(text) if struck else text


_OFF = frozenset({"0", "false", "off"})


def _mark_styled_hidden(document: Any) -> None:
    """Runs hidden through their style (a character style "Hint" whose font is hidden, a
    paragraph style likewise) marked hidden on the run itself, so `_hidden` sees them."""
    from docx.oxml import OxmlElement

    hidden = {s.style_id for s in document.styles if getattr(s, "font", None) and s.font.hidden}
    if not hidden:
        return
    for p in document.element.body.iter(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        whole = style is not None and style.get(qn("w:val")) in hidden
        for run in p.iter(qn("w:r")):
            own = run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
            if whole or (own is not None and own.get(qn("w:val")) in hidden):
                props = run.get_or_add_rPr() if hasattr(run, "get_or_add_rPr") else None
                if props is not None and props.find(qn("w:vanish")) is None:
                    props.append(OxmlElement("w:vanish"))


def _hidden(element: Any) -> bool:
    """Whether the run holding the element is hidden text (Font > Hidden, w:vanish):
    Word neither shows nor prints it, so an agency template keeps its help there, often
    with a sample person's values, which are no one's answer."""
    run = element.getparent()
    props = run.find(qn("w:rPr")) if run is not None else None
    mark = props.find(qn("w:vanish")) if props is not None else None
    return mark is not None and (mark.get(qn("w:val")) or "1").lower() not in _OFF


# The slashes the struck options leave: "(นาย//)" -> "(นาย)", " / นาง / " -> "นาง".
_DOUBLED_SLASH = re.compile(r"/(?:\s*/)+")
_OPEN_SLASH = re.compile(r"(^|\()[ \t]*/[ \t]*", re.MULTILINE)
_CLOSE_SLASH = re.compile(r"[ \t]*/[ \t]*(\)|$)", re.MULTILINE)


def _closed_up(text: str) -> str:
    """The text with the separators of struck options closed up: a slash left with no
    option on one side (after an opening bracket, at a line's start or end, before a
    closing bracket, beside another slash) goes with the option struck."""
    text = _DOUBLED_SLASH.sub("/", text)
    text = _OPEN_SLASH.sub(lambda m: m.group(1), text)
    return _CLOSE_SLASH.sub(lambda m: m.group(1), text)


def _struck(text: Any) -> bool:
    """Whether the run of a w:t is struck out (single or double): on a Thai form the
    words that do not apply are struck (ขีดฆ่าคำที่ไม่ใช้: "นาย/นาง/นางสาว" with two of
    them struck), so struck text is not what the citizen says."""
    props = text.getparent().find(qn("w:rPr"))
    if props is None:
        return False
    for tag in ("w:strike", "w:dstrike"):
        mark = props.find(qn(tag))
        if mark is not None and (mark.get(qn("w:val")) or "1").lower() not in _OFF:
            return True
    return False


# Glyphs Word draws a checkbox with: the Unicode ballot boxes, and Wingdings' boxes.
_TICKED_GLYPHS = frozenset({"2611", "2612", "F0FE", "F0FD", "F078", "F0FC"})
_EMPTY_GLYPHS = frozenset({"2610", "F0A8", "F06F", "F071"})
# Wingdings 2 puts its boxes elsewhere: R ☑, S and T ☒, Q ☒ (bold), £ ☐ (Insert >
# Symbol's usual choice); its F0FE is no box.
_TICKED_GLYPHS_2 = frozenset({"2611", "2612", "F051", "F052", "F053", "F054"})
_EMPTY_GLYPHS_2 = frozenset({"2610", "F0A3", "F02A"})


def _box_glyph(face: str, glyph: str) -> str:
    """☒ or ☐ for a box glyph of the face (Wingdings, Wingdings 2), "" for another."""
    two = face.strip().lower().replace(" ", "") == "wingdings2"
    ticked, empty = (_TICKED_GLYPHS_2, _EMPTY_GLYPHS_2) if two else (_TICKED_GLYPHS, _EMPTY_GLYPHS)
    return "☒" if glyph in ticked else "☐" if glyph in empty else ""


def _symbol_text(text: Any) -> str:
    """A w:t's text; in a Wingdings run, its boxes as the ballot boxes a reader sees:
    "þ" typed in Wingdings is its ticked box (glyph F0FE), "¨" the empty one (F0A8),
    and the run's other letters are pictures, no text."""
    props = text.getparent().find(qn("w:rPr"))
    fonts = props.find(qn("w:rFonts")) if props is not None else None
    face = (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""
    if not face.lower().startswith("wingdings"):
        return str(text.text or "")
    glyphs = (f"F0{ord(c):02X}" if ord(c) < 0x100 else "" for c in text.text or "")
    return "".join(_box_glyph(face, g) for g in glyphs)


def _check_box(element: Any, p: Any) -> str:
    """A checkbox as the ballot box a reader sees (☒ ticked, ☐ not): Word's checkbox
    content control (a w:sym glyph; its state in w14:checked) and a legacy FORMCHECKBOX
    (its state only in the field's w:ffData) carry no text of their own, so a title
    ticked among the printed ones ("☐ นาย ☒ นาง") was lost. Other symbols: nothing."""
    if element.tag == qn("w:fldChar"):
        box = element.find(f"{qn('w:ffData')}/{qn('w:checkBox')}")
        if box is None:
            return _drop_down_choice(element)
        state = box.find(qn("w:checked"))
        if state is None:
            state = box.find(qn("w:default"))
        value = state.get(qn("w:val"), "1") if state is not None else "0"
        return "☒" if value in ("1", "true", "on") else "☐"
    checked = _control_checked(element, p)
    glyph = (element.get(qn("w:char")) or "").upper()
    shown = _box_glyph(element.get(qn("w:font")) or "", glyph)
    if checked is None:
        return shown
    return "☒" if checked else "☐"


# The entry a drop-down starts on when nothing was chosen: "-- เลือก --", "(select)".
_PROMPT_ENTRY = re.compile(r"เลือก|select|choose|^[\s\-_.()]*$", re.IGNORECASE)


def _drop_down_choice(element: Any) -> str:
    """The entry a legacy drop-down form field (FORMDROPDOWN) shows: it has no text in
    the document, only its list and the chosen index (w:result, else w:default, else
    the first) in w:ffData; a prompt entry ("-- เลือก --") is no answer."""
    found = element.find(f"{qn('w:ffData')}/{qn('w:ddList')}")
    if found is None:
        return ""
    entries = [e.get(qn("w:val")) or "" for e in found.iter(qn("w:listEntry"))]
    chosen = found.find(qn("w:result"))
    if chosen is None:
        chosen = found.find(qn("w:default"))
    try:
        index = int(chosen.get(qn("w:val"), "0")) if chosen is not None else 0
    except ValueError:
        return ""
    if not 0 <= index < len(entries) or _PROMPT_ENTRY.search(entries[index]):
        return ""
    return entries[index]


_W14_CHECKED = "{http://schemas.microsoft.com/office/word/2010/wordml}checked"
_W14_VAL = "{http://schemas.microsoft.com/office/word/2010/wordml}val"


def _control_checked(element: Any, p: Any) -> bool | None:
    """The state of the checkbox content control around `element`, None if none is."""
    parent = element.getparent()
    while parent is not None and parent is not p.getparent():
        if parent.tag == qn("w:sdt"):
            state = next(parent.iter(_W14_CHECKED), None)
            return None if state is None else state.get(_W14_VAL) in ("1", "true")
        parent = parent.getparent()
    return None


def _showing_placeholder(sdt: Any) -> bool:
    properties = sdt.find(qn("w:sdtPr"))
    return properties is not None and properties.find(qn("w:showingPlcHdr")) is not None


def _placeholder(element: Any, stop: Any) -> bool:
    """Whether the element is in a content control still showing its placeholder
    (w:showingPlcHdr: 'คลิกหรือแตะที่นี่เพื่อใส่ข้อความ'), the template's prompt and no
    answer, between it and `stop`."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == qn("w:sdt") and _showing_placeholder(parent):
            return True
        parent = parent.getparent()
    return False


def _text_box_lines(p: Any, parent: Any) -> list[str]:
    """The text boxes anchored in a paragraph, read in place: a form is often typed in
    one, and python-docx's paragraph text leaves them out. Word and LibreOffice save a
    box twice (the DrawingML shape and a VML fallback for old readers): the fallback is
    skipped, and a box inside another box is read with the paragraphs of that box."""
    lines: list[str] = []
    for group in p.iter(_GROUP):
        if not _has_ancestor(group, p, (_FALLBACK, qn("w:txbxContent"), _GROUP)):
            lines += _group_lines(group, parent)
    for box in p.iter(qn("w:txbxContent")):
        if not _has_ancestor(box, p, (_FALLBACK, qn("w:txbxContent"), _GROUP)):
            lines += [*_blocks_lines(box, parent), ""]
    return lines


_GROUP = "{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}wgp"
_SHAPE = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp"
_OFFSET = "{http://schemas.openxmlformats.org/drawingml/2006/main}off"
_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/main}ext"


def _group_lines(group: Any, parent: Any) -> list[str]:
    """The text boxes of a group of shapes (a form drawn as boxes: a box per caption, a
    box per answer) in reading order, by where each is drawn, not the order they were
    drawn in: top to bottom, and boxes side by side on one line, a tab apart."""
    boxes: list[tuple[int, int, int, str]] = []
    for shape in group.iter(_SHAPE):
        content = next(shape.iter(qn("w:txbxContent")), None)
        offset, extent = next(shape.iter(_OFFSET), None), next(shape.iter(_EXTENT), None)
        if content is None or offset is None:
            continue
        text = " ".join(line for line in _blocks_lines(content, parent) if line.strip())
        height = int(extent.get("cy", 0)) if extent is not None else 0
        boxes.append((int(offset.get("y", 0)), height, int(offset.get("x", 0)), text))
    rows: list[list[tuple[int, int, int, str]]] = []
    for box in sorted(boxes):
        if rows and box[0] - rows[-1][0][0] < max(rows[-1][0][1], 1) / 2:
            rows[-1].append(box)
        else:
            rows.append([box])
    lines = ["\t".join(b[3] for b in sorted(row, key=lambda b: b[2]) if b[3]) for row in rows]
    return [*lines, ""]


def _paragraphs_in(container: Any) -> Iterator[Any]:
    """The paragraphs of a table cell, those in content controls too (not nested tables,
    which are read as tables of their own)."""
    for child in container:
        if child.tag == qn("w:p"):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None and not _showing_placeholder(child):
                yield from _paragraphs_in(content)


def _has_ancestor(element: Any, stop: Any, tags: tuple[str, ...]) -> bool:
    """Whether an element between `element` and `stop` (both excluded) has one of `tags`."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _table_lines(table: object) -> list[str]:
    import docx

    assert isinstance(table, docx.table.Table)
    lines: list[str] = []
    for row in table.rows:
        cells = list(_distinct_cells(row))
        if _group_caption(row, cells):
            # a section's caption down the rows' left (ข้อมูลผู้ยื่น | label | value):
            # a heading over its rows, never the label of the row's first cell
            lines += _cell_text(cells[0])
            lines += _row_lines(cells[1:])
        elif _label_merged_down(row) and len(cells) >= 2 and lines:
            # The label cell of the row above spans this row too ("ที่อยู่" over the
            # address's lines): its value goes on, the label not repeated; the cells
            # after the value are pairs of their own.
            if lines[-1] == "":
                lines.pop()
            lines += _cell_text(cells[1])
            lines += _row_lines(cells[2:]) if len(cells) > 2 else []
        elif _label_left_empty(cells) and len(lines) >= 2 and lines[-1] == "" and lines[-2]:
            # label | value, then an empty label cell beside more text: the value goes on
            # (an address over three rows), as under a label cell merged down
            lines.pop()
            lines += _cell_text(cells[1])
        else:
            lines += _row_lines(cells)
        for cell in cells:  # a table nested in a cell: read in place
            if _boxes_value(cell) and not _has_own_text(cell):
                continue  # read as the cell's value
            for inner in cell.tables:  # type: ignore[attr-defined]
                lines += _table_lines(inner)
        lines.append("")  # a row ends a multi-line value
    return lines


def _has_own_text(cell: object) -> bool:
    return any(paragraph_text(p).strip() for p in _paragraphs_in(cell._tc))  # type: ignore[attr-defined]


def _label_merged_down(row: object) -> bool:
    """Whether the row's first cell continues a vertical merge from the row above."""
    cells = row._tr.tc_lst  # type: ignore[attr-defined]
    return bool(cells) and cells[0].vMerge == "continue"


def _label_left_empty(cells: list[object]) -> bool:
    """A row of a label and a value cell whose label cell is empty and value cell is not."""
    if len(cells) != 2 or _has_own_text(cells[0]) or cells[0].tables:  # type: ignore[attr-defined]
        return False
    return bool(_cell_text(cells[1]))


def _group_caption(row: object, cells: list[object]) -> bool:
    """Whether the row's first cell is a group's caption beside the row's label and value
    cells: merged down over several rows, or its text turned on its side, with an odd
    number of cells (caption, then label and value pairs)."""
    tcs = row._tr.tc_lst  # type: ignore[attr-defined]
    if not tcs or len(cells) < 3 or len(cells) % 2 == 0:
        return False
    props = tcs[0].tcPr
    turned = props is not None and any(
        child.tag == qn("w:textDirection") and child.get(qn("w:val")) in _TURNED for child in props
    )
    return turned or tcs[0].vMerge in ("restart", "continue")


_TURNED = frozenset({"btLr", "tbRl", "tbRlV", "tbLrV", "lrTbV"})


def _distinct_cells(row: object) -> Iterator[object]:
    """Cells of a row, a merged cell (repeated by python-docx) once."""
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell


def _cell_text(cell: object, titled: bool = False) -> list[str]:
    """A cell's lines; `titled`: a cell that is one content control read with its title."""
    tc = cell._tc  # type: ignore[attr-defined]
    paragraphs = [paragraph_text(p) for p in _paragraphs_in(tc)]
    if titled:
        paragraphs = [
            _titled(p, text) for p, text in zip(_paragraphs_in(tc), paragraphs, strict=True)
        ]
    lines = [line for p in paragraphs for line in p.splitlines()]
    lines = [line for line in lines if line.strip()][:MAX_CELL_LINES]
    return lines or _boxes_value(cell)


def _row_texts(cells: list[object]) -> list[list[str]]:
    """The row's cells' lines. Controls' titles are their labels only where every cell
    that says anything is such a control (a grid of them): beside a printed caption
    cell, a control's title is a second, often English, name for the same caption."""
    plain = [_cell_text(cell) for cell in cells]
    if not any(next(c._tc.iter(qn("w:alias")), None) is not None for c in cells):  # type: ignore[attr-defined]
        return plain
    titled = [_cell_text(cell, titled=True) for cell in cells]
    if all(t != p for t, p in zip(titled, plain, strict=True) if p):
        return titled
    return plain


MAX_BOXES = 40  # cells of a table drawn as a value's boxes


def _boxes_value(cell: object) -> list[str]:
    """A value cell with no text of its own holding one small table: the value typed in
    boxes, one row of them (an ID digit by digit, "-" boxes between the groups) or a row
    of captions over the row of answers (วันที่ | เดือน | พ.ศ.). Read as one value: the
    last row's boxes, one-letter boxes closed up, others a space apart."""
    tables = cell.tables  # type: ignore[attr-defined]
    if len(tables) != 1 or len(tables[0].rows) > 2:
        return []
    rows = [[" ".join(_cell_text(c)) for c in _distinct_cells(r)] for r in tables[0].rows]
    last = [text for text in rows[-1] if text]
    if not last or len(rows[-1]) > MAX_BOXES:
        return []
    address = address_in_boxes(rows[0], rows[1]) if len(rows) == 2 else None
    if address:  # บ้านเลขที่ | หมู่ที่ | ... over the answers: the captions are the words
        return [address]
    if all(len(text) == 1 for text in last):
        return ["".join(last)]
    return [" ".join(last)] if len(rows) == 2 else []


def _row_lines(cells: list[object]) -> list[str]:
    """Label and value cells in pairs; a lone cell (a heading, `label: value`) as written.
    A row of three cells or more, each of one line, is left for the parent to pair with
    the labels it knows (`resolved_rows`): marked, its cells kept apart."""
    texts = _boxes_closed_up(_row_texts(cells))
    if len(texts) >= 3 and all(len(t) <= 1 for t in texts) and sum(map(bool, texts)) >= 3:
        return [ROW_MARK + CELL_SEP.join(t[0] if t else "" for t in texts)]
    if len(texts) == 2 and all(len(t) <= 1 for t in texts) and any(texts):
        # two captions over two answers (โทรศัพท์ | อีเมล over 08... | a@b) as well as a
        # label and its value: the parent, which knows the labels, tells them apart
        return [ROW_MARK + CELL_SEP.join(t[0] if t else "" for t in texts)]
    if len(texts) == 2 and len(texts[0]) == len(texts[1]) >= 2:
        # labels one per line beside their values: paired by the parent, which knows
        # whether each line is a label or one label wrapped over two lines
        return [LINES_MARK + LINES_SEP.join(CELL_SEP.join(t) for t in texts)]
    if len(texts) >= 2 and all(len(t) >= 2 for t in texts):
        # every cell of several lines: each may be a caption over its own answer (a
        # Google Docs form), which only the parent can tell
        return [LINES_MARK + LINES_SEP.join(CELL_SEP.join(t) for t in texts)]
    return pair_texts(texts)


MIN_BOXES = 4  # one-letter cells in a row that are one value typed box by box


def _boxes_closed_up(texts: list[list[str]]) -> list[list[str]]:
    """A row's run of one-letter cells (an ID typed a digit per box after its label,
    "-" boxes between the groups) as one cell: the boxes are one value, not pairs."""
    out: list[list[str]] = []
    run: list[str] = []
    for text in [*texts, ["end"]]:
        if len(text) == 1 and len(text[0].strip()) == 1:
            run.append(text[0].strip())
            continue
        if len(run) >= MIN_BOXES:
            out.append(["".join(run)])
        else:
            out += [[letter] for letter in run]
        run = []
        out.append(text)
    return out[:-1]


def pair_texts(texts: list[list[str]]) -> list[str]:
    """Cells' lines as label and value pairs, left to right."""
    if len(texts) == 1 or not any(texts[1:]):
        return [line for text in texts for line in text]
    lines: list[str] = []
    for i in range(0, len(texts) - 1, 2):
        label, value = texts[i], texts[i + 1]
        if not label:
            lines += value
            continue
        head = " ".join(label)
        if value:
            lines.append(f"{_TRAILING_COLON.sub('', head)}: {value[0]}")
            lines += value[1:]
        else:
            lines.append(head)
    if len(texts) % 2:
        lines += texts[-1]
    return lines


class DocxFormExtractor:
    """A DOCX attachment in (sniffed by its bytes), `label: value` candidates out."""

    name = "docx_form"

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        parts, risks = open_package(docx_parts, content, self.limits, part=part, code="docx")
        if isinstance(parts, ExtractionResult):
            return parts
        body, margins = (resolved_rows(lines, labels) for lines in parts)
        result = read_letter_lines(body, part=part, kind="docx", labels=labels)
        result.defects += risks
        result.text = "\n".join(body)
        if not result.candidates:
            # the form may be a worksheet object or a picture pasted into the document
            inside = read_embedded(as_bytes(content), part=part, labels=labels)
            result.candidates += inside.candidates
            result.defects += inside.defects
        if not margins or any(c.provenance.label == FORWARDED_FOR for c in result.candidates):
            return result  # a forwarding letter's header and footer: the office's letterhead
        # An agency template may keep the applicant's box in the page header; a header
        # or footer is also where a letterhead prints the agency's own phone and address.
        # So its values count only where the body has none, and a clerk looks at them.
        have = {c.key for c in result.candidates}
        body_found = list(result.candidates)
        more = read_lines(margins, part=part, kind="docx", labels=labels, first_line=len(body) + 1)
        result.candidates += [
            c.model_copy(update={"confidence": min(c.confidence, MARGIN_CONFIDENCE)})
            for c in more.candidates
            if c.key not in have
        ]
        if not any(c.key == "address" for c in result.candidates):
            # her own letterhead: its unlabelled address line, where the header is hers
            have = {c.key for c in result.candidates}
            result.candidates += [
                c
                for c in letterhead_address(
                    body, margins, body_found, part=part, kind="docx", labels=labels,
                    first_line=len(body) + 1, unsure=MARGIN_CONFIDENCE,
                )
                if c.key not in have
            ]  # fmt: skip
        return result


def resolved_rows(lines: list[str], labels: LabelIndex) -> list[str]:
    """The marked table rows (`_row_lines`) paired with the labels known here: a row of
    labels over a row of values column by column (คำนำหน้า | ชื่อ | นามสกุล over นาง |
    ประภาพร | ศรีวิเศษ); a label, then a title and the name's other boxes, one name (ชื่อ |
    นาง | สุนันทา | พึ่งบุญ); else label and value cells in pairs, as always."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if lines[k].startswith(LINES_MARK):
            out += _lines_beside(lines[k], labels)
            k += 1
            continue
        if not lines[k].startswith(ROW_MARK):
            out.append(lines[k])
            k += 1
            continue
        cells = lines[k][1:].split(CELL_SEP)
        own = own_column(cells)
        if own is not None:
            rows, k = _party_rows(lines, k + 1, len(cells))
            out += [f"{row[0]}: {row[own]}" for row in rows if row[0] and row[own].strip("-–— ")]
            continue
        asker = _asker_row(lines, k, cells, labels)
        if asker is not None:
            pairs, k = asker
            out += [*pairs, ""]
            continue
        below = _marked(lines, k + 2) if k + 1 < len(lines) and not lines[k + 1] else None
        columns = _header_over_values(cells, below, labels)
        if columns:
            listed = rows_fitting(
                _header_over_values(cells, row, labels) is not None for row in _rows_under(lines, k)
            )
            if is_list(listed):
                # people one a row under the header (trainees, co-signers): none shown
                # to be the applicant (`_asker_row` found none), so no row is read, as a
                # list in a mail's table
                k += 1 + 2 * listed
                continue
            out += [*columns, ""]
            k += 3
            continue
        people = _people_listed(lines, k, cells, labels)
        if people:
            k += 1 + 2 * people  # see _people_listed
            continue
        out += (
            _name_across(cells, labels)
            or _pairs_each(cells, labels)
            or pair_texts([[c] if c else [] for c in cells])
        )
        k += 1
    return out


# A row of people under a header: its first filled cell opens with a titled name, or a
# foreigner's as his passport spells it, its title in capitals or not ("MR. KYAW ...",
# "Ms. Nan ...", set 129: an employer's migrant workers under his own block).
_PERSON_CELL = re.compile(
    rf"\s*(?:{CIVIL_TITLE}\s?[\u0e01-\u0e2e]|(?i:{LATIN_TITLE})\.?\s+[A-Z][A-Za-z'-]+\s+[A-Z])"
)
# A cell that only numbers its row ("1", "๒.")
_ROW_NUMBER_CELL = re.compile(r"\s*[0-9๐-๙]{1,3}\.?\s*")


def _people_listed(lines: list[str], k: int, head: list[str], labels: LabelIndex) -> int:
    """How many rows of people, a titled name opening each, stand under the header at `k`
    when they make a list (header_lists) and the header gives no value of its own: a
    firm's pilots, staff or guides under a caption no field takes ("นักบิน | ใบอนุญาต |
    โทร", set 100). None of them is shown to be the asker (`_asker_row` found none), so
    no row is read, as under a header of labels; read as pairs, the header's "โทร" took
    the first pilot's cells for its value. 0 where the rows are no such list."""
    named = [c for c in head if c]
    if len(named) < 2 or any(_PERSON_CELL.match(c) or _holds_a_value(c, labels) for c in named):
        return 0

    def person(row: list[str]) -> bool:
        # past the row's number, as a list numbers its people (ลำดับ | ชื่อ-สกุล | ..., a
        # team sheet's players, set 123)
        first = next((c for c in row if c and not _ROW_NUMBER_CELL.fullmatch(c)), "")
        return len(row) == len(head) and _PERSON_CELL.match(first) is not None

    listed = rows_fitting(person(row) for row in _rows_under(lines, k))
    return listed if is_list(listed) else 0


def _asker_row(
    lines: list[str], k: int, head: list[str], labels: LabelIndex
) -> tuple[list[str], int] | None:
    """Under a header of labels (`head`, marked at `k`), rows of people as wide as it, one
    of them shown to be the asker's or the one who signs for the body that asks (a column
    of roles, a note after his name: sheet_roles.own_role_row, as an HTML table's and a
    sheet's rows are read), or named by the letter around the table as its writer's
    (sheet_roles.asker_named_row: a house register's members): that row's `header: value`
    pairs and where the rows end. The others' rows give nothing. None where no one row is
    so shown."""
    if sum(1 for c in head if c and is_lone_label(c, labels)) < 2:
        return None
    people = [row for row in _rows_under(lines, k) if len(row) == len(head)]
    end = k + 1 + 2 * len(people)
    own = own_role_row(people)
    if own is None:
        own = asker_named_row(people, [*lines[:k], *lines[end:]])
    if own is None:
        return None
    around = [*lines[:k], *lines[end:]]
    pairs = [
        _house_with_village(c, v, around)
        for c, v in zip(head, people[own], strict=True)
        if c and v.strip() and c.casefold() not in NO_FIELD_HEADINGS
    ]
    return pairs, end


def _house_with_village(head: str, value: str, around: list[str]) -> str:
    """A row's `head: value` pair; a house number alone under บ้านเลขที่ with the village
    the letter around the table names as the signers' (signers_home: "ข้าพเจ้าราษฎรหมู่ที่
    8 ตำบล... อำเภอ... จังหวัด...", set 71's convention), as his address."""
    if head.strip() == HOUSE_HEAD:
        home = house_in_village(value, ["\n".join(around)])
        if home is not None:
            return f"{ADDRESS_HEAD}: {home}"
    return f"{head}: {value}"


HOUSE_HEAD = "บ้านเลขที่"
ADDRESS_HEAD = "ที่อยู่"


def _rows_under(lines: list[str], k: int) -> Iterator[list[str]]:
    """The table's rows under the row marked at `k`, each after the empty line that ends
    the row above; they end where something else comes between (a nested table)."""
    while k + 1 < len(lines) and not lines[k + 1] and (row := _marked(lines, k + 2)) is not None:
        yield row
        k += 2


def _party_rows(lines: list[str], k: int, width: int) -> tuple[list[list[str]], int]:
    """The rows under a header of people, one a column ("รายการ | ผู้ให้เช่า | ผู้เช่า
    (ผู้ร้อง)"): each a label and each person's value, as wide as the header; and where
    they end. Only the asker's column is read (body_form.own_column), as a text table's."""
    rows: list[list[str]] = []
    while True:
        j = k + 1 if k < len(lines) and not lines[k] else k
        row = _marked(lines, j)
        if row is None or len(row) != width:
            return rows, k
        rows.append(row)
        k = j + 1


def _pairs_each(cells: list[str], labels: LabelIndex) -> list[str] | None:
    """Cells each holding a whole `label: value` (a grid of titled content controls, a
    cell typed "ชื่อ: ..."): a pair each, not the first cell a label of the second."""
    named = [c for c in cells if c]
    found = [parse_label_line(c, labels) for c in named]
    if len(named) < 2 or any(f is None or not f.value for f in found):
        return None
    return named


def _lines_beside(line: str, labels: LabelIndex) -> list[str]:
    """Cells of several lines side by side. Two of as many lines: line by line when every
    line of the first is a label of its own (the form's labels listed in one cell, the
    answers in the next). Each cell a caption over its answer (the caption its first
    line, a small grey paragraph above the typed one in the same box): a pair each.
    Else one label, wrapped, beside a value of several lines."""
    cells = [half.split(CELL_SEP) for half in line[1:].split(LINES_SEP)]
    if (
        len(cells) == 2
        and len(cells[0]) == len(cells[1])
        and all(is_lone_label(_TRAILING_COLON.sub("", h), labels) for h in cells[0])
    ):
        return [f"{_TRAILING_COLON.sub('', h)}: {v}" for h, v in zip(*cells, strict=True)]
    if all(_captioned(cell, labels) for cell in cells):
        return [
            out
            for cell in cells
            for out in (f"{_TRAILING_COLON.sub('', cell[0])}: {cell[1]}", *cell[2:], "")
        ]
    if any(_holds_a_value(line, labels) or _VALUE_SHAPE.search(line) for line in cells[0]):
        # the first cell gives values of its own ("โทร 08...", "ที่อยู่ ..."), or under
        # its labels a line each (a two-column résumé's "โทรศัพท์" over "08...", set 96):
        # no label wrapped over lines but a column (a CV's sidebar beside its sections,
        # set 59), so each cell is read whole, one after the other
        return [out for cell in cells for out in (*cell, "")]
    return pair_texts(cells)


# Three digits in a row or a box's @: a value's, never a label's wrapped over lines (a
# label may carry a form's short number: "(ท.ร.14)").
_VALUE_SHAPE = re.compile(r"[0-9๐-๙]{3}|@")


def _holds_a_value(line: str, labels: LabelIndex) -> bool:
    found = parse_label_line(line, labels)
    return found is not None and bool(found.value)


def _captioned(lines: list[str], labels: LabelIndex) -> bool:
    """A cell whose first line is a label alone and whose second is no label: a caption
    over its answer."""
    head, answer = _TRAILING_COLON.sub("", lines[0]), lines[1]
    return (
        is_lone_label(head, labels)
        and not is_lone_label(answer, labels)
        and parse_label_line(answer, labels) is None
    )


def _marked(lines: list[str], k: int) -> list[str] | None:
    return (
        lines[k][1:].split(CELL_SEP) if k < len(lines) and lines[k].startswith(ROW_MARK) else None
    )


def _header_over_values(
    cells: list[str], below: list[str] | None, labels: LabelIndex
) -> list[str] | None:
    named = [c for c in cells if c]
    if below is None or len(below) != len(cells) or not any(below):
        return None
    # captions no field takes (โทรสาร, หมายเหตุ) may head columns beside the labels
    heads = [c for c in named if is_lone_label(c, labels)]
    if any(c not in heads and not _no_field_heading(c) for c in named):
        return None
    # two cells: captions over one answer or two (one caption may be one no field takes),
    # else a label and its value; three or more: labels and captions no field takes, as
    # an ID card's dates are copied (วันออกบัตร | วันเกิด | วันบัตรหมดอายุ, set 30)
    if not heads or len(named) < (HEADER_LABELS if len(cells) > 2 else 2):
        return None
    if any(parse_label_line(v, labels) is not None for v in below if v):
        return None
    return [f"{c}: {v}" for c, v in zip(cells, below, strict=True) if c in heads and v]


# A list's row-number column headed by ที่ alone ("ที่ | ชื่อผู้ป่วย | อายุ | บ้านเลขที่", a
# community's letter listing its dengue patients, set 89), as by ลำดับ: no field takes it.
# Only as a table's heading: in a line, "ที่ ..." opens an official letter's number.
_ROW_NUMBER_HEADINGS = frozenset({"ที่", "#"})


def _no_field_heading(cell: str) -> bool:
    return cell.casefold() in NO_FIELD_HEADINGS or cell.strip() in _ROW_NUMBER_HEADINGS


_TITLE_CELL = re.compile(CIVIL_TITLE)


def _name_across(cells: list[str], labels: LabelIndex) -> list[str] | None:
    rest = [c for c in cells[1:] if c]
    if not is_lone_label(cells[0], labels) or not rest or not _TITLE_CELL.fullmatch(rest[0]):
        return None
    if any(parse_label_line(c, labels) is not None for c in rest):
        return None
    return [f"{cells[0]}: {' '.join(rest)}"]
