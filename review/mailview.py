"""The original mail made safe to show: personal identifiers masked, HTML sanitised.

Masking a mail's text: every known personal value of the case (as the citizen wrote it
and as normalised) is replaced by its mask, and so is anything shaped like a national
ID, a Thai phone number or an email address, wherever it stands (extractors.masking).

The HTML of a mail is cleaned by nh3 (no scripts, no event handlers, no style sheets or
style attributes, no links, no pictures) and then masked as the reader sees it,
not as its source reads: `310060<b></b>0445635`, `&#51;100...` or a zero-width space
inside a number render as one value, so the masker runs over the text of all the text
nodes joined, entities decoded, and the HTML is rebuilt around the masked text. Styles
go because they can hide or move text (display:none between two halves of an ID). The
result is shown in a sandboxed frame under a CSP that loads nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from html.parser import HTMLParser

import nh3

from extractors.masking import TextMasker, strip_invisible

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "col", "colgroup",
    "dd", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "*": {"align", "title", "lang"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "valign"},
    "th": {"colspan", "rowspan", "valign"},
    "font": {"size"},
    "table": {"border", "cellpadding", "cellspacing", "width"},
}


def _drop_remote(element: str, attribute: str, value: str) -> str | None:
    """No picture at all: a remote one would load from elsewhere, and an embedded one
    (a photographed ID card, an SVG that draws an ID as text) shows what no text mask
    reaches. Pictures are read like attachments, after an audited reveal."""
    if element == "img" and attribute == "src":
        return None
    return value


def sanitise_html(source: str) -> str:
    return nh3.clean(
        source,
        tags=_ALLOWED_TAGS,
        clean_content_tags={"script", "style", "noscript", "iframe", "object", "embed", "template"},
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=_drop_remote,
        url_schemes={"data"},
        link_rel=None,
        strip_comments=True,
    )


def numbered_lines(text: str, mask: Callable[[str], str] | None) -> list[tuple[int, str]]:
    """(1-based line number, line) as provenance counts them (str.splitlines).

    A TextMasker masks the whole text at once, so a value broken over two lines is
    masked too; the line breaks stay where they were, so the numbers still hold."""
    if isinstance(mask, TextMasker):
        text, mask = mask_keeping_lines(text, mask), None
    lines = text.splitlines()
    return [(n, mask(line) if mask else line) for n, line in enumerate(lines, start=1)]


_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def mask_keeping_lines(text: str, masker: TextMasker) -> str:
    text = strip_invisible(text)
    out: list[str] = []
    at = 0
    for start, end, masked in masker.spans(text):
        out += [text[at:start], masked]
        out += [ch for ch in text[start:end] if ch in _LINE_BREAKS]
        at = end
    out.append(text[at:])
    return "".join(out)


_MASKED_ATTRIBUTES = {"title", "alt"}  # shown to the reader on hover or in place
# Tags inside a line of text; every other tag starts a new line or cell on screen, so
# its text does not run on into the next: `<p>ID</p><p>7</p>` is an ID, then a 7, not
# a 14-digit number the masker would pass over.
_INLINE_TAGS = {"a", "abbr", "b", "code", "em", "font", "i", "s", "small", "span", "strong",
                "sub", "sup", "u"}  # fmt: skip


class _Pieces(HTMLParser):
    """Sanitised HTML as a list of markup strings and text nodes (entities decoded)."""

    def __init__(self, masker: Callable[[str], str]) -> None:
        super().__init__(convert_charrefs=True)
        self.masker = masker
        self.pieces: list[tuple[bool, str]] = []  # (is_text, content)
        self.breaks: set[int] = set()  # indexes of the markup pieces that break a line

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], close: str) -> str:
        parts = [tag]
        for name, value in attrs:
            value = value or ""
            if name in _MASKED_ATTRIBUTES:
                value = self.masker(value)
            parts.append(f'{name}="{html.escape(value, quote=True)}"')
        return "<" + " ".join(parts) + close

    def _markup(self, tag: str, content: str) -> None:
        if tag not in _INLINE_TAGS:
            self.breaks.add(len(self.pieces))
        self.pieces.append((False, content))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._markup(tag, self._tag(tag, attrs, ">"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._markup(tag, self._tag(tag, attrs, "/>"))

    def handle_endtag(self, tag: str) -> None:
        self._markup(tag, f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.pieces.append((True, strip_invisible(data)))


def mask_html(sanitised: str, masker: TextMasker) -> str:
    """Sanitised HTML with every value masked across the text nodes a reader sees as one.

    A value running over several text nodes is replaced in the node where it starts and
    removed from the others; the markup between stays. A tag that breaks the line counts
    as a line break in the text the masker reads."""
    parser = _Pieces(masker)
    parser.feed(sanitised)
    parser.close()
    texts = [
        content if is_text else "\n"
        for n, (is_text, content) in enumerate(parser.pieces)
        if is_text or n in parser.breaks
    ]
    spans = masker.spans("".join(texts))
    out: list[str] = []
    offset, s = 0, 0
    for n, (is_text, content) in enumerate(parser.pieces):
        if not is_text:
            out.append(content)
            offset += n in parser.breaks
            continue
        kept: list[str] = []
        for i, ch in enumerate(content, start=offset):
            while s < len(spans) and spans[s][1] <= i:
                s += 1
            if s < len(spans) and spans[s][0] <= i:
                if spans[s][0] == i:
                    kept.append(spans[s][2])
                continue
            kept.append(ch)
        out.append(html.escape("".join(kept), quote=False))
        offset += len(content)
    return "".join(out)
