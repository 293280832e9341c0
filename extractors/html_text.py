"""HTML bodies to text, keeping each table row on one line.

A citizen often pastes a two-column table (label, value) into a mail. Flattening it
cell by cell would separate each label from its value, so a row with exactly two
cells becomes `label : value` and other rows join their cells with ` | `. The same
walk also returns the tables themselves for the HTML-table extractor.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from html.parser import HTMLParser

from extractors.juristic import is_juristic_name
from extractors.mail_text import agencys_mail_at

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd",
        "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "tfoot", "thead", "ul",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_OUTLOOK_REPLY_HEADER = "divRplyFwdMsg"
_OUTLOOK_RULE = "_" * 32  # what Outlook's plain text puts above a reply's header block
_ORDINARY_SPACE = re.compile(r"[^\S\xa0\x1f]+")  # not the tab mark (below)
_NBSP_RUN = re.compile(r" ?\xa0[ \xa0]*")
_TAG = re.compile(r"<[^<>]*>")  # not `[^>]*`: that rescans to the end from every `<`
_LABEL_COLON = re.compile(r"(?<!\s)\s*[:：]\s*$")
_PRE_GAP = re.compile(r"[ \t]{2,}|\t")
# A tab the writer typed, as mail programs keep it: Gmail in a span styled white-space:pre
# (its text a tab), Outlook as a span styled mso-tab-count:N (its text &nbsp; padding). A
# header row over a row of values parted by tabs (a spreadsheet's rows pasted in) is read
# by its tabs: collapsed to a space, the cells ran together and a header read as a value
# (set 10, set 24 re-sent as HTML). Carried through the walk as a mark that whitespace
# collapsing keeps, written as a tab when the line is made.
_TAB_MARK = "\x1f"
# Where a paragraph (a <p>, a <div>) inside a table's cell begins or ends. A cell is one
# value, but a signature set out as a table (Outlook's: the logo in one cell, the name,
# post, company, office and line each a <p> of the next) ran its paragraphs together
# ("นาย... พลายงามผู้จัดการฝ่ายขาย...", the office lost, set 101): a row with one filled
# cell is no label and value, and is written line by line, a paragraph a line.
_PARA_MARK = "\ue001"  # not _CELL_BREAK: a <br> is no paragraph
_PRE_SPACE = re.compile(
    r"(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|break-spaces)\s*(?:;|$)", re.I
)
_MSO_TABS = re.compile(r"(?:^|;)\s*mso-tab-count\s*:\s*(\d{1,2})", re.I)
# CPython's html.parser looks for the `>` of every `<` to the end of the input, so text
# made of `<` with no `>` after them (`<a<a<a...`) costs it quadratic time: 25 KB took
# 2 s, 1 MB over two minutes. A `<` with another `<` (or the end) before any `>` cannot
# open a tag, so it is text: written as `&lt;` it reads the same and costs linear time.
# Only done past a count, so ordinary mail (a stray `<` in a comment) parses unchanged.
_ORPHAN_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")
# A form's boxes as a saved page or a mailer's copy of the filled form shows them: a text
# box shows its value (not its placeholder, a hint), a drop-down its chosen option only,
# a radio button or check box its mark. Hidden and disabled inputs are the program's or
# the form's own data, buttons no values.
_VALUE_INPUTS = frozenset({"", "text", "tel", "email", "number", "date", "search", "url"})
_TICK_INPUTS = frozenset({"radio", "checkbox"})
_ARIA_TICKS = frozenset({"radio", "checkbox", "menuitemradio", "menuitemcheckbox", "switch"})
_BOX_GAP = "\xa0\xa0"  # a box stands apart from its caption: a wide gap, as _clean keeps
# An element styled out of sight is not part of what the reader saw: Outlook's
# mso-hide:all spans (a template's example values kept for the editor), a preheader or a
# hint set to display:none, size 0 or opacity 0. Only inline styles are read; void
# elements have no end tag.
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden"
    # text set at size 0 or fully transparent shows nothing either (a newsletter's preheader),
    # nor does text under 2px or 2pt (a template's example at 1px in white, set 14)
    r"|font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)"
    r"|font-size\s*:\s*(?:[01](?:\.\d*)?|\.\d+)(?:px|pt)\s*(?:!important)?\s*(?:;|$)"
    r"|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$))",
    re.I,
)
# Text struck through is a value the writer withdrew and corrected after it ("<s>081...</s>
# 089..."), as a struck value in a Word form is: it is not read (set 20,
# html_strike_old_value).
_STRUCK_TAGS = frozenset({"s", "strike", "del"})
_STRUCK_STYLE = re.compile(r"(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b", re.I)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})  # fmt: skip
MAX_ORPHAN_LT = 200
MAX_HTML_CHARS = 2 * 1024 * 1024  # HTML past this is not read (a form is a few KB)

Row = list[str]
Table = list[Row]
# A <br> inside a table's cell, kept until the row is written: a row of one cell that
# opens with a firm's name is the firm's signature box (Outlook's table under a company's
# letter: its name, its office, its line, each on a line of its own), its breaks the lines
# it shows, so that its office reads as the address it is (set 98). Elsewhere (a grid of
# values; a person's own signature box, her office below her post read as before, set
# 102) a break is a space, the row one line.
_CELL_BREAK = "\ue000"


class _Table:
    """One open table: finished rows, the row being read, the cell being read."""

    def __init__(self) -> None:
        self.rows: Table = []
        self.row: Row | None = None
        self.cell: list[str] | None = None
        self.paragraphs: list[list[str]] = []  # each cell's of the current row
        self.unseen_paragraphs: list[str] | None = None  # see unseen_lines
        self.shown = 0  # cells of the current row already written out as a line

    def close_cell(self) -> None:
        if self.cell is not None:
            if self.row is None:
                self.row, self.paragraphs = [], []
            text = "".join(self.cell)
            # a cell is one value, its paragraphs run on as they were read before (a
            # label's cell with a hint under it: "เลขบัตรประชาชน<div>เช่น ...</div>")
            self.row.append(_clean(text.replace(_PARA_MARK, "")).replace("\t", " "))
            pieces = [_clean(p).replace("\t", " ") for p in text.split(_PARA_MARK)]
            self.paragraphs.append([p for p in pieces if p])
            self.cell = None

    def unseen_lines(self, row: Row) -> list[str] | None:
        """A row of one filled cell holding several paragraphs (a signature laid out as
        a table): those paragraphs, one line each; else None."""
        filled = [n for n, cell in enumerate(row, start=self.shown) if cell]
        if len(filled) != 1 or len(self.paragraphs[filled[0]]) < 2:
            return None
        return [_unbroken(p) for p in self.paragraphs[filled[0]]]

    def close_row(self) -> Row | None:
        """Finish the row; return its cells not yet written out (their breaks kept)."""
        self.close_cell()
        row, self.row = self.row, None
        if row is None:
            return None
        self.rows.append([_unbroken(cell) for cell in row])
        unseen = row[self.shown :]
        self.unseen_paragraphs = self.unseen_lines(unseen)
        self.shown = 0
        return unseen

    def take_partial(self) -> Row | None:
        """The cells read so far, for a nested table that interrupts the row."""
        self.close_cell()
        if not self.row:
            return None
        unseen = self.row[self.shown :]
        self.unseen_paragraphs = self.unseen_lines(unseen)
        self.shown = len(self.row)
        return unseen


def _unbroken(cell: str) -> str:
    """A cell's text with its breaks (_CELL_BREAK) read as spaces."""
    return " ".join(piece.strip() for piece in cell.split(_CELL_BREAK) if piece.strip())


HEADING_CHARS = 40  # a section heading is short (as body_form reads one)


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.tables: list[Table] = []
        self.table_quoted: list[bool] = []  # per table: inside a quoted mail's blockquote
        self.table_heading: list[str] = []  # per table: the short line just above it, if any
        self.table_at: list[int] = []  # per table: how many lines were written above it
        self.open: list[_Table] = []
        self.skip_depth = 0
        self.pre_depth = 0  # inside <pre>: line ends and runs of spaces are the writer's
        self.cited: list[bool] = []  # per open <blockquote>: whether it quotes a mail
        self.select_depth = 0  # inside <select>: only the chosen option is shown
        self.chosen = False  # inside an <option selected>
        self.hidden_tag = ""  # the tag of the hidden element being skipped, if any
        self.hidden_depth = 0  # how many of that tag are open inside it
        self.tab_tag = ""  # the tag of an open element whose text is typed tabs, if any
        self.tab_depth = 0  # how many of that tag are open inside it
        self.tab_padding = False  # that element is Outlook's: its text is padding only

    def hides(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether the tag opens or continues a hidden element (and is to be skipped)."""
        if self.hidden_tag:
            self.hidden_depth += tag == self.hidden_tag
            return True
        style = next((v or "" for k, v in attrs if k == "style"), "")
        if tag in _VOID:
            return False
        if tag not in _STRUCK_TAGS and not (
            _HIDDEN_STYLE.search(style) or _STRUCK_STYLE.search(style)
        ):
            return False
        self.hidden_tag, self.hidden_depth = tag, 1
        return True

    def shows_again(self, tag: str) -> bool:
        """Whether the end tag is inside a hidden element (then it is skipped)."""
        if not self.hidden_tag:
            return False
        if tag == self.hidden_tag:
            self.hidden_depth -= 1
            if not self.hidden_depth:
                self.hidden_tag = ""
        return True

    def add_line(self, line: str) -> None:
        """A finished line; inside a quoted mail marked with "> " as a text mailer does."""
        self.lines.append(f"> {line}" if any(self.cited) else line)

    # -- output helpers
    def newline(self) -> None:
        raw = "".join(self.current)
        line = _clean(raw)
        self.current = []
        if line:
            self.add_line(line)
        elif "\xa0" in raw:  # Outlook's `<p>&nbsp;</p>`: the empty line the sender typed
            self.blank()

    def blank(self) -> None:
        """One empty line, as the sender saw it: it ends a value that runs over lines."""
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def heading(self) -> str:
        """The line just above a table when it is short and holds no number: its heading
        ("ข้อมูลผู้ปกครอง" over the guardian's table), else ""."""
        line = _clean("".join(self.current)) or next((x for x in reversed(self.lines) if x), "")
        line = line.removeprefix("> ").strip()
        short = len(line) <= HEADING_CHARS and not any(ch.isdigit() for ch in line)
        return line if short else ""

    def emit_row(self, row: Row | None, paragraphs: list[str] | None = None) -> None:
        if not row:
            return
        self.newline()
        if len(row) == 1 and is_juristic_name(row[0].split(_CELL_BREAK)[0].strip()):
            for piece in row[0].split(_CELL_BREAK):
                if piece.strip():
                    self.add_line(piece.strip())
            return
        for line in paragraphs or [_row_line([_unbroken(cell) for cell in row])]:
            if line:
                self.add_line(line)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hides(tag, attrs):
            return
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag in ("input", "select", "option", "textarea"):
            self.form_box(tag, dict(attrs))
            return
        box = dict(attrs)
        if tag == "img":
            # Gmail and Yahoo send each emoji as a picture whose alt is the emoji: the
            # sender typed it, and it may stand for a label ("📞 08...", "🎂 12 ม.ค. ...")
            alt = (box.get("alt") or "").strip()
            if alt and len(alt) <= _MAX_EMOJI and all(_pictograph(ch) for ch in alt):
                self.text(f" {alt} ")
            return
        if (box.get("role") or "").lower() in _ARIA_TICKS and box.get("aria-checked"):
            # a web page's radio button or check box drawn by script: its state is in
            # aria-checked, its caption follows it ("☑ นาง") as an <input>'s does
            self.text(f" {'☑' if box['aria-checked'] == 'true' else '☐'} ")
            return
        if tag == "pre":
            self.pre_depth += 1
        if box.get("id") == _OUTLOOK_REPLY_HEADER:
            # Outlook on the web heads the mail answered or forwarded with a rule and this
            # block, no "Original Message" line: written as the rule its plain text has
            # (mail_text reads what follows as that mail's header block).
            self.newline()
            self.text(_OUTLOOK_RULE)
            self.newline()
        self.tabs_open(tag, box.get("style") or "")
        if tag == "blockquote":
            self.newline()
            self.cited.append(_cites(dict(attrs)))
        table = self.open[-1] if self.open else None
        if tag == "table":
            if table is not None:
                # A table inside a cell (layout tables): the outer row so far goes
                # first, so lines keep document order.
                self.emit_row(table.take_partial(), table.unseen_paragraphs)
            new = _Table()
            self.tables.append(new.rows)
            self.table_quoted.append(any(self.cited))
            self.table_heading.append(self.heading() if table is None else "")
            self.table_at.append(len(self.lines))
            self.open.append(new)
            self.newline()
        elif tag == "tr" and table is not None:
            self.emit_row(table.close_row(), table.unseen_paragraphs)
        elif tag in _CELL and table is not None:
            table.close_cell()
            table.cell = []
        elif tag == "br":
            self.text(_CELL_BREAK if table is not None and table.cell is not None else "\n")
        elif tag in _CELL:
            self.text(" ")  # a stray cell outside any table still separates words
        elif tag in _BLOCK and table is not None and table.cell is not None:
            table.cell.append(_PARA_MARK)  # a paragraph inside a cell: see _PARA_MARK
        elif tag in _BLOCK or tag == "tr":
            self.newline()

    def tabs_open(self, tag: str, style: str) -> None:
        """Note an element that holds typed tabs (see _TAB_MARK); Outlook's stands for its
        count of tabs, written here."""
        if tag in _VOID:
            return
        if self.tab_tag:
            self.tab_depth += tag == self.tab_tag
            return
        outlook = _MSO_TABS.search(style)
        if outlook or _PRE_SPACE.search(style):
            self.tab_tag, self.tab_depth, self.tab_padding = tag, 1, outlook is not None
            if outlook:
                self.text(_TAB_MARK * max(1, int(outlook.group(1))))

    def tabs_close(self, tag: str) -> None:
        if self.tab_tag and tag == self.tab_tag:
            self.tab_depth -= 1
            if not self.tab_depth:
                self.tab_tag, self.tab_padding = "", False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "input", "img"):
            self.handle_starttag(tag, attrs)

    def form_box(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "input":
            kind = (attrs.get("type") or "").strip().lower()
            value = (attrs.get("value") or "").strip()
            if self.skip_depth or "disabled" in attrs:  # the form's own, not typed in
                return
            if kind in _VALUE_INPUTS and value:
                self.text(f"{_BOX_GAP}{value} ")
            elif kind in _TICK_INPUTS:  # its caption follows it: "☑ นาง", as on paper
                self.text(f" {'☑' if 'checked' in attrs else '☐'} ")
        elif tag == "select":
            self.select_depth += 1
            self.text(_BOX_GAP)
        elif tag == "option":
            self.chosen = "selected" in attrs
        else:  # textarea: its text is its value
            self.text(_BOX_GAP)

    def handle_endtag(self, tag: str) -> None:
        if self.shows_again(tag):
            return
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        self.tabs_close(tag)
        if tag == "select":
            self.select_depth = max(0, self.select_depth - 1)
        if tag in ("option", "select"):
            self.chosen = False
        if tag == "blockquote" and self.cited:
            self.newline()
            self.cited.pop()
        table = self.open[-1] if self.open else None
        if tag == "table" and table is not None:
            self.emit_row(table.close_row(), table.unseen_paragraphs)
            self.open.pop()
            self.newline()
        elif tag == "tr" and table is not None:
            self.emit_row(table.close_row(), table.unseen_paragraphs)
        elif tag in _CELL and table is not None:
            table.close_cell()
        elif tag in _BLOCK and table is not None and table.cell is not None:
            table.cell.append(_PARA_MARK)
        elif tag in _BLOCK:
            self.newline()

    def handle_data(self, data: str) -> None:
        if self.skip_depth or self.hidden_tag or (self.select_depth and not self.chosen):
            return
        data = data.replace(_TAB_MARK, "")
        if self.tab_padding:
            return  # Outlook's &nbsp; that lay out its tab, written as the tab already
        if self.tab_tag and not self.pre_depth:
            data = data.replace("\t", _TAB_MARK)
        if not self.pre_depth:
            self.text(data)
            return
        # Preformatted text, as a mailer wraps a plain form or a citizen pastes one into
        # a code block: each line is a line, and the spaces padding a label out to its
        # value are a wide gap (kept as two &nbsp;, which _clean keeps).
        for number, piece in enumerate(data.replace("\r\n", "\n").split("\n")):
            if number:
                self.text("\n")
            if piece:
                self.text(_PRE_GAP.sub("\xa0\xa0", piece))

    def text(self, data: str) -> None:
        table = self.open[-1] if self.open else None
        if table is not None and table.cell is not None:
            table.cell.append(data)
        elif data == "\n":
            if not _clean("".join(self.current)):
                self.blank()  # Gmail's `<div><br></div>`: a br on a line of its own
            self.newline()
        else:
            self.current.append(data)

    def finish(self) -> None:
        while self.open:
            table = self.open.pop()
            self.emit_row(table.close_row(), table.unseen_paragraphs)
        self.newline()


# A mail program quotes the mail answered in a <blockquote> it marks (type="cite": Apple
# Mail, Thunderbird; class "gmail_quote", "yahoo_quoted"...); an unmarked blockquote is
# the writer's own indent (Gmail's "indent more"). The quoted lines are marked "> " so
# the reader tells the answers typed between them (Apple Mail splits the quote round
# each) from the agency's words, as it does in a plain-text reply.
_QUOTE_CLASS = re.compile(r"quote", re.IGNORECASE)


def _cites(attrs: dict[str, str | None]) -> bool:
    return (attrs.get("type") or "").lower() == "cite" or bool(
        _QUOTE_CLASS.search(attrs.get("class") or "")
    )


def _clean(text: str) -> str:
    """Collapse whitespace as a browser does, but keep a run of two or more &nbsp; as a
    wide gap: people use them to set a value apart from its label ("Name&nbsp;&nbsp;...")."""
    text = _ORDINARY_SPACE.sub(" ", text)
    text = _NBSP_RUN.sub(lambda m: "  " if m.group(0).count("\xa0") >= 2 else " ", text)
    if _TAB_MARK not in text:
        return text.strip()
    if not text.replace(_TAB_MARK, "").strip():
        return ""
    return re.sub(f" ?{_TAB_MARK} ?", "\t", text.strip(" "))


# A cell holding only the colon between a label's cell and its value's (a Thai form set
# out as label | : | value, the colons lined up in a narrow column of their own).
COLON_CELL = re.compile(r"\s*[:：]\s*")


def _row_line(row: Row) -> str:
    # A label with an empty value keeps its two cells; spacer cells elsewhere are dropped.
    cells = row if len(row) == 2 and row[0] else [cell for cell in row if cell]
    if len(row) == 3 and row[0] and COLON_CELL.fullmatch(row[1]):
        cells = [row[0], row[2]]
    if len(cells) == 2:
        label = _LABEL_COLON.sub("", cells[0])
        return f"{label} : {cells[1]}".strip()
    return " | ".join(cells)


def defuse(html: str) -> str:
    """The HTML cut at MAX_HTML_CHARS, with orphan `<` escaped when there are many."""
    html = html[:MAX_HTML_CHARS]
    for orphans, _ in enumerate(_ORPHAN_LT.finditer(html), start=1):
        if orphans > MAX_ORPHAN_LT:
            return _ORPHAN_LT.sub("&lt;", html)
    return html


def _walk(html: str) -> _Walker:
    walker = _Walker()
    html = defuse(html)
    try:
        walker.feed(html)
        walker.close()
    except (AssertionError, ValueError, IndexError):
        # html.parser has raised on some malformed declarations; keep what was read.
        pass
    walker.finish()
    return walker


# A box alone on its line, its caption on the next ("☑" then "นาง": a scripted radio
# button in a block of its own beside its label's block) belongs to that caption.
_LONE_BOX = re.compile(r"(?m)^[ \t]*([☑☐])[ \t]*\n(?=[ \t]*\S)")


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one table row per line. Never raises."""
    text = _LONE_BOX.sub(r"\1 ", "\n".join(_walk(html).lines)).strip("\n")
    if not text.strip() and "<" in html:
        # The parser gave up early: a crude tag strip still keeps the words.
        text = _clean(_TAG.sub(" ", defuse(html)))
    return markup_shown_as_text(fold_full_width(text))


# Markup that shows as text: a PHP form mailer writes "<br>" into a text/plain body, a
# CMS escapes its HTML twice so "&lt;br&gt;" and "&amp;nbsp;" reach the reader as words.
# Either way the sender's program meant markup: an entity left in the text is read once
# more, a line break tag ends the line, and the few tags a form is set out with (bold,
# font, span) are dropped. Taken only when such an entity or a break tag is in the text.
_SHOWN_ENTITY = re.compile(r"&(?:nbsp|lt|gt|amp|quot|#[0-9]{2,6}|#x[0-9a-fA-F]{2,5});")
_SHOWN_BREAK = re.compile(
    r"<\s*br\s*/?\s*>[ \t]*\r?\n?|<\s*/\s*(?:p|div|li|tr)\s*>[ \t]*\r?\n?", re.I
)
_SHOWN_TAG = re.compile(
    r"<\s*/?\s*(?:b|strong|i|em|u|span|font|p|div|li|tr|td|th)(?:\s[^<>]{0,200})?\s*/?>", re.I
)


# Full-width forms (U+FF01..U+FF5E: "１２３", "＠", "－") are the ASCII signs, typed with
# an East Asian input method left on or copied out of a PDF an East Asian office suite
# made: a number or an address in them is the same number or address.
# So are the digits "fancy text" keyboards and sites decorate posts with: the five
# mathematical digit sets (U+1D7CE..U+1D7FF: bold, double-struck, sans-serif, sans-serif
# bold, monospace, ten each), and keycap emoji ("0️⃣": the digit, U+FE0F, U+20E3) as
# chat users spell a phone number.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH |= {code: ord("0") + (code - 0x1D7CE) % 10 for code in range(0x1D7CE, 0x1D800)}
_HAS_FULL_WIDTH = re.compile("[\uff01-\uff5e\U0001d7ce-\U0001d7ff]")
_KEYCAP = re.compile("([0-9#*])\ufe0f?\u20e3")


def fold_full_width(text: str) -> str:
    """`text` with full-width ASCII forms, mathematical digits and keycaps as ASCII."""
    if "\u20e3" in text:
        text = _KEYCAP.sub(r"\1", text)
    return text.translate(_FULL_WIDTH) if _HAS_FULL_WIDTH.search(text) else text


_MAX_EMOJI = 8  # one emoji with its modifiers and joiners (👨‍👩‍👧 is five code points)


def _pictograph(ch: str) -> bool:
    """A character of an emoji: a symbol (So), a variation selector or a joiner."""
    return unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") and not ch.isalnum()


def markup_shown_as_text(text: str) -> str:
    """`text` with markup that was written as text read as markup (see above)."""
    if "&" in text and _SHOWN_ENTITY.search(text):
        text = html_lib.unescape(text)
    if "<" in text and _SHOWN_BREAK.search(text):
        text = _SHOWN_TAG.sub("", _SHOWN_BREAK.sub("\n", text))
    return text


def html_tables(html: str) -> list[Table]:
    """Every table in document order (nested ones separately): rows of cell texts."""
    return [rows for rows in _walk(html).tables]


def html_tables_quoting(html: str) -> list[tuple[Table, bool]]:
    """html_tables, each with whether it sits in a quoted mail (a cited <blockquote>)."""
    walker = _walk(html)
    return list(zip(walker.tables, walker.table_quoted, strict=True))


def html_tables_headed(html: str) -> list[tuple[Table, bool, str]]:
    """html_tables_quoting, each with its heading (`_Walker.heading`). A table below the
    agency's own mail quoted with no <blockquote> (Outlook's reply header block, a
    forward marker: mail_text.agencys_mail_at) is quoted too: its record of the citizen
    (the name it misspelt, her old address) is what her reply above corrects."""
    walker = _walk(html)
    agencys = agencys_mail_at(walker.lines)
    quoted = [
        cited or (agencys is not None and at > agencys)
        for cited, at in zip(walker.table_quoted, walker.table_at, strict=True)
    ]
    return list(zip(walker.tables, quoted, walker.table_heading, strict=True))
