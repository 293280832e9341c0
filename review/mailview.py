"""The original mail made safe to show: personal identifiers masked, HTML sanitised.

Masking a mail's text: every known personal value of the case (as the citizen wrote it
and as normalised) is replaced by its mask, and so is anything shaped like a national
ID, a Thai phone number or an email address, wherever it stands. The HTML of a mail is
cleaned by nh3 (no scripts, no event handlers, no styles sheets, no links, no remote
pictures) and then shown in a sandboxed frame under a CSP that loads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import nh3

from extractors.masking import mask_email, mask_national_id, mask_phone, mask_text

_DIGIT = "[0-9๐-๙]"
NATIONAL_ID = re.compile(rf"(?<![0-9๐-๙]){_DIGIT}(?:[ \-.]?{_DIGIT}){{12}}(?![0-9๐-๙])")
PHONE = re.compile(
    rf"(?<![0-9๐-๙+])(?:\+66|0066|66|0)[ \-.()]*{_DIGIT}(?:[ \-.()]?{_DIGIT}){{7,8}}(?![0-9๐-๙])"
)
EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+[@＠][\w-]+(?:\.[\w-]+)+")

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "col", "colgroup",
    "dd", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "*": {"align", "style", "title", "dir", "lang"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "valign"},
    "th": {"colspan", "rowspan", "valign"},
    "font": {"color", "size"},
    "table": {"border", "cellpadding", "cellspacing", "width"},
}


def mask_identifiers(text: str) -> str:
    """Mask anything shaped like a national ID, a phone number or an email address."""
    text = NATIONAL_ID.sub(lambda m: mask_national_id(m.group()), text)
    text = PHONE.sub(lambda m: mask_phone(m.group()), text)
    return EMAIL.sub(lambda m: mask_email(m.group().replace("＠", "@")), text)


def value_masker(known: Iterable[tuple[str, str]]) -> Callable[[str], str]:
    """A function masking the given (value, mask) pairs, longest first, then identifiers."""
    pairs = sorted(
        {(v.strip(), m) for v, m in known if v and len(v.strip()) >= 3}, key=lambda p: -len(p[0])
    )

    def mask(text: str) -> str:
        for value, masked in pairs:
            text = text.replace(value, masked)
        return mask_identifiers(text)

    return mask


def known_values(
    raw_fields: Mapping[str, str],
    fields: Mapping[str, str | None],
    personal: Mapping[str, str],
) -> list[tuple[str, str]]:
    """(value, mask) for every personal field value, as written and as normalised.

    `personal` maps the key of each personal field to its type."""
    from extractors.masking import mask_value

    found: list[tuple[str, str]] = []
    for key, field_type in personal.items():
        for value in (raw_fields.get(key), fields.get(key)):
            if value:
                found.append((value, mask_value(value, field_type) or ""))  # type: ignore[arg-type]
                lines = [line for line in value.splitlines() if line.strip()]
                if len(lines) > 1:  # multi-line values (addresses) also line by line
                    found.extend((line, mask_text(line)) for line in lines)
    return found


def _drop_remote(element: str, attribute: str, value: str) -> str | None:
    """Keep only embedded pictures; anything that would load from elsewhere goes."""
    if element == "img" and attribute == "src":
        return value if value.startswith("data:image/") else None
    if attribute == "style" and re.search(r"url\s*\(|expression|@import", value, re.I):
        return None
    return value


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        clean_content_tags={"script", "style", "noscript", "iframe", "object", "embed", "template"},
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=_drop_remote,
        url_schemes={"data"},
        link_rel=None,
        strip_comments=True,
    )


def numbered_lines(text: str, mask: Callable[[str], str] | None) -> list[tuple[int, str]]:
    """(1-based line number, line) as provenance counts them (str.splitlines)."""
    lines = text.splitlines()
    return [(n, mask(line) if mask else line) for n, line in enumerate(lines, start=1)]
