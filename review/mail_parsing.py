"""The web app's parses of a citizen's raw mail, each bounded like the worker's.

A hostile mail (hundreds of thousands of parts, deep nesting, HTML that makes a parser
slow) must not hold a web worker thread for minutes or blow its memory whenever a clerk
opens the case. So every parse of a raw mail here, and the sanitising and masking of a
mail's HTML, runs in a pooled child process (`extractors.sandbox`) within the agency's
configured limits (`[limits] parse_seconds`, `parse_memory_mb`), as the worker's stages
do. A mail over its limits raises `MailUnreadable`, whose reason names the limit and
never the mail's content, so callers may log it and show a notice.

What the case page shows crosses back from the child trimmed (`read_mail_for_view`): at
most `MAX_SHOWN` text parts and attachments, attachment bytes only for PDFs (their
disarm report may need them), and neither the header map nor the defect list; so a mail
of a million tiny parts that parses within the limits still cannot fill the web process
or the page.

A mail found over the limits is remembered by this process for `REMEMBER_SECONDS` (by its
hash and the limits), so the next views of the same case show the notice at once instead
of holding a thread and a child for the whole limit again; raising the limits, or the
time passing (a busy machine, not the mail, may have been at fault), tries it again.

The functions run in the child are module-level, so they pickle; so does the masker
(compiled patterns and strings).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from extractors.base import Attachment, ParsedMessage
from extractors.masking import TextMasker
from extractors.mime import parse_message
from extractors.sandbox import Interrupted, LimitExceeded, Limits, run_bounded
from intake.context import Context
from intake.stage import limits_of
from review.mailview import mask_html, sanitise_html

log = logging.getLogger("review.mail")
MAX_SHOWN = 100  # text parts, and attachments, listed on the case page
T = TypeVar("T")
REMEMBER_SECONDS = 600.0
_KNOWN_OVER_MAX = 1000
# (sha256 of the raw mail, limits) -> (reason, when found, on the monotonic clock)
_known_over: dict[tuple[str, Limits], tuple[str, float]] = {}


class MailUnreadable(Exception):
    """The raw mail went over the parse limits; `reason` says which, without content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_mail_for_view(ctx: Context, raw: bytes, *, where: str) -> tuple[ParsedMessage, int]:
    """The parsed mail trimmed for the page, and how many parts were left out; or
    MailUnreadable. `where` (a receipt number, a message id: never personal) goes in the
    log line, so an operator can find the mail."""
    return _bounded(ctx, where, raw, _parse_for_view)


def attachment_of(ctx: Context, raw: bytes, index: int, *, where: str) -> Attachment | None:
    """One attachment of the mail (only it comes back from the child), or None."""
    return _bounded(ctx, where, raw, _attachment_in_child, index)


def safe_html_of(
    ctx: Context, raw: bytes, part: str, masker: TextMasker, *, where: str
) -> str | None:
    """The sanitised, masked HTML of one text part, or None when the part has none."""
    return _bounded(ctx, where, raw, _safe_html_in_child, part, masker)


def _bounded(ctx: Context, where: str, raw: bytes, func: Callable[..., T], *args: Any) -> T:
    """`func(raw, *args)` in the child within the limits, unless this mail is known over."""
    limits = limits_of(ctx)  # the limits the worker parsed the same mail with
    known = (hashlib.sha256(raw).hexdigest(), limits)
    found = _known_over.get(known)
    if found is None or time.monotonic() - found[1] > REMEMBER_SECONDS:
        try:
            return run_bounded(func, raw, *args, limits=limits)
        except Interrupted:
            raise MailUnreadable("stopped by the server's shutdown") from None
        except LimitExceeded as over:
            if len(_known_over) >= _KNOWN_OVER_MAX:
                _known_over.clear()
            found = _known_over[known] = (over.reason, time.monotonic())
    log.warning("mail of %s not shown: %s", where, found[0])
    raise MailUnreadable(found[0])


def _parse_for_view(raw: bytes) -> tuple[ParsedMessage, int]:
    parsed = parse_message(raw)
    left_out = parsed.parts_left_out  # past the parse's own caps
    left_out += max(len(parsed.text_parts) - MAX_SHOWN, 0)
    left_out += max(len(parsed.attachments) - MAX_SHOWN, 0)
    attachments = [
        a if a.sniffed_type == "application/pdf" else a.model_copy(update={"content": b""})
        for a in parsed.attachments[:MAX_SHOWN]
    ]
    shown = parsed.model_copy(  # the page shows neither headers nor defects: not sent back
        update={
            "text_parts": parsed.text_parts[:MAX_SHOWN],
            "attachments": attachments,
            "headers": {},
            "defects": [],
        }
    )
    return shown, left_out


def _attachment_in_child(raw: bytes, index: int) -> Attachment | None:
    return next((a for a in parse_message(raw).attachments if a.index == index), None)


def _safe_html_in_child(raw: bytes, part: str, masker: TextMasker) -> str | None:
    found = next((p for p in parse_message(raw).text_parts if p.part == part and p.html), None)
    if found is None or found.html is None:
        return None
    return mask_html(sanitise_html(found.html), masker)
