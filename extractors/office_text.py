"""OpenDocument text (.odt, LibreOffice Writer) and RTF (WordPad, old Word) request forms.

Both are word-processor files a citizen fills and mails back as Word files are; each is
turned into lines of text in document order (a table row `| label | value |` becomes
`label: value`, as in `docx_form`) and read by the common label reader like a mail body.

An ODT is a zip of XML that a hostile sender can make huge: it is read in the child
process of `run_bounded`. RTF is plain ASCII whose Thai letters are escapes (`\\uNNNN?`
or `\\'hh` bytes in the document's code page, 874 for Thai); reading it is one pass over
a bounded prefix, done in place.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from typing import Any

from extractors.base import ExtractionResult, LabelIndex
from extractors.odt_controls import control_values
from extractors.office_files import as_bytes, open_package, read_letter_lines
from extractors.safe_xml import safe_xml_parser
from extractors.sandbox import Limits
from extractors.thai import normalise_thai_text

LIMITS = Limits(seconds=30.0, memory_mb=768)
MAX_LINES = 5000
MAX_RTF_CHARS = 2_000_000  # a form is a few pages; the rest (pictures as hex) is not read
MAX_XML_BYTES = 20_000_000
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"


# --- ODT ---------------------------------------------------------------------------------


def odt_lines(data: bytes) -> list[str]:
    """Lines of an ODT's body in order (runs in the child process)."""
    from lxml import etree  # only the child parses the XML

    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as member:
        xml = member.read(MAX_XML_BYTES + 1)
    if len(xml) > MAX_XML_BYTES:
        raise ValueError("content.xml too large")
    parser = safe_xml_parser()
    root = etree.fromstring(xml, parser)
    lines: list[str] = []
    _odt_block(root, lines, control_values(root))
    return [normalise_thai_text(line) for line in lines[:MAX_LINES]]


def _odt_block(element: Any, lines: list[str], controls: dict[str, str]) -> None:
    """Paragraphs, headings and tables under `element`, in order; `controls` are the
    form controls' values by id (odt_controls)."""
    for child in element:
        if len(lines) >= MAX_LINES:
            return
        if child.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
            lines += _odt_text(child, controls).splitlines() or [""]
        elif child.tag == f"{{{_TEXT}}}tracked-changes":
            continue  # Track Changes' record: the deleted text, which the page no longer has
        elif child.tag == f"{{{_TABLE}}}table-row":
            cells = [
                " ".join(_odt_cell(c, controls))
                for c in child
                if c.tag == f"{{{_TABLE}}}table-cell"
            ]
            lines += _row_line([c for c in cells if c.strip()])
        else:
            _odt_block(child, lines, controls)


def _odt_cell(cell: Any, controls: dict[str, str]) -> list[str]:
    inner: list[str] = []
    _odt_block(cell, inner, controls)
    return [line.strip() for line in inner if line.strip()]


def _odt_text(p: Any, controls: dict[str, str]) -> str:
    """A paragraph's text: spans, links and the space, tab and line-break elements. A
    text frame anchored in it (draw:frame > draw:text-box: a value typed in a box placed
    over the label's dotted line) is read after the paragraph's own text, wherever its
    anchor sits, as Word's text boxes are. A form control drawn in it shows its value
    where it is drawn."""
    boxes: list[str] = []
    own = _odt_inline(p, boxes, controls)
    return " ".join([own, *boxes]) if boxes else own


def _odt_inline(p: Any, boxes: list[str], controls: dict[str, str]) -> str:
    pieces = [p.text or ""]
    for child in p:
        tag = child.tag
        if tag == f"{{{_DRAW}}}frame":
            inner = [_odt_text(q, controls) for q in child.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]
            boxes.append(" ".join(t.strip() for t in inner if t.strip()))
        elif tag == f"{{{_DRAW}}}control":
            # an empty entry box is the form's blank: "-" (what people write for none)
            # keeps its label from taking the next line's answer as its own
            ident = child.get(f"{{{_DRAW}}}control", "")
            pieces.append((controls[ident] or " - ") if ident in controls else "")
        elif tag == f"{{{_TEXT}}}s":
            pieces.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif tag == f"{{{_TEXT}}}tab":
            pieces.append("\t")
        elif tag == f"{{{_TEXT}}}line-break":
            pieces.append("\n")
        elif tag not in (f"{{{_TEXT}}}note",):  # a footnote is not the answer
            pieces.append(_odt_inline(child, boxes, controls))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _row_line(cells: list[str]) -> list[str]:
    """A table row: label and value as `label: value`, a lone cell as written."""
    if len(cells) == 2:
        return [f"{cells[0].rstrip(' :：')}: {cells[1]}"]
    return cells


# --- RTF ---------------------------------------------------------------------------------

_RTF_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([\s\S])|([{}])|([^\\{}]+)"
)
# Groups that are no text of the document: fonts, colours, styles, pictures, metadata.
_RTF_SKIP = frozenset(
    [
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "object",
        "header",
        "footer",
        "headerl",
        "headerr",
        "footerl",
        "footerr",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "xmlnstbl",
        "themedata",
        "colorschememapping",
        "latentstyles",
        "datastore",
        "generator",
        "fldinst",
    ]
)
_RTF_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "tab": "\t", "cell": "\t", "sect": "\n"}
_THAI_CODEPAGE = 874


def rtf_text(data: bytes) -> str:
    """The text of an RTF document: escapes decoded in its code page, \\par as lines,
    table cells parted by tabs (a row `label<TAB>value` reads as a form line)."""
    source = data[:MAX_RTF_CHARS].decode("latin-1")
    codepage = _codepage(source)
    out: list[str] = []
    pending = bytearray()  # \'hh bytes: decoded together (a code page may use two)
    stack: list[tuple[bool, int]] = []
    skip, uc, to_skip = False, 1, 0

    def flush() -> None:
        if pending:
            out.append(bytes(pending).decode(f"cp{codepage}", errors="replace"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(source):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if to_skip:  # the fallback characters after \uN, `uc` of them, are not read
            if hexbyte or symbol:
                to_skip -= 1
                continue
            if text:
                cut = min(to_skip, len(text))
                text, to_skip = text[cut:], to_skip - cut
                if not text:
                    continue
            else:
                to_skip = 0
        if brace == "{":
            stack.append((skip, uc))
            continue
        if brace == "}":
            flush()
            skip, uc = stack.pop() if stack else (False, 1)
            continue
        if skip:
            continue
        if hexbyte:
            pending.append(int(hexbyte, 16))
            continue
        flush()
        if word is not None:
            if word in _RTF_SKIP:
                skip = True
            elif word == "uc" and arg:
                uc = int(arg)
            elif word == "u" and arg:
                out.append(_utf16_unit(int(arg)))
                to_skip = uc
            elif word in _RTF_BREAKS:
                out.append(_RTF_BREAKS[word])
        elif symbol == "*":
            skip = True  # "{\*\destination ...}": optional text a reader may ignore
        elif symbol in ("\\", "{", "}"):
            out.append(symbol)
        elif symbol == "~":
            out.append(" ")
        elif symbol in ("\n", "\r"):
            out.append("\n")  # a backslash ending a line is \par (TextEdit ends every line so)
        elif text:
            out.append(text.replace("\r", "").replace("\n", ""))
    flush()
    return _paired("".join(out))


def _utf16_unit(code: int) -> str:
    """\\uN: one UTF-16 unit as a signed 16-bit number; any other number is no character."""
    if -32768 <= code < 0:
        code += 65536
    return chr(code) if 0 <= code <= 0xFFFF else "\ufffd"


def _paired(text: str) -> str:
    """A character past U+FFFF comes as two \\uN halves: joined into one; a half alone
    (which no UTF-8 text can hold, so the case could not be sealed) becomes U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _codepage(source: str) -> int:
    """The document's \\ansicpg, or 874 (Thai) when it names none or one no codec has."""
    m = re.search(r"\\ansicpg(\d{3,5})", source[:2000])
    if m is None:
        return _THAI_CODEPAGE
    try:
        codecs.lookup(f"cp{m.group(1)}")
    except LookupError:
        return _THAI_CODEPAGE
    return int(m.group(1))


# --- the extractors ----------------------------------------------------------------------


class OdtFormExtractor:
    """An OpenDocument text attachment in, `label: value` candidates out."""

    name = "odt_form"

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        lines, risks = open_package(odt_lines, content, self.limits, part=part, code="odt")
        if isinstance(lines, ExtractionResult):
            return lines
        result = read_letter_lines(lines, part=part, kind="document", labels=labels)
        result.defects += risks
        return result


class RtfFormExtractor:
    """An RTF attachment in, `label: value` candidates out."""

    name = "rtf_form"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        text = normalise_thai_text(rtf_text(as_bytes(content)))
        lines = text.splitlines()[:MAX_LINES]
        return read_letter_lines(lines, part=part, kind="document", labels=labels)
