"""Helpers the blind sets' builders share (tests/extractors/unseen_requests_*.py and
ocr_blind*.py), each once where the sets had copies of it.

A blind set is never changed after its first sighting: what moves here is code that
was the same to the letter in the builders that now call it, so every set builds the
same bytes (each move was checked by hashing every built mail before and after).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol, TypeVar

P = TypeVar("P")
C = TypeVar("C")


def two_each(
    styles: Iterable[Callable[[P, int], C]], people: Sequence[P], batch: int = 0
) -> list[C]:
    """Each style for two people (its two variants), a different pair per style: style s
    of batch b writes for people 3s+b and 3s+5+b (round the list), numbered 100b+2s and
    100b+2s+1 (a later batch's numbers start at 100, 200...)."""
    cases: list[C] = []
    for s, style in enumerate(styles):
        for k in range(2):
            cases.append(
                style(people[(3 * s + 5 * k + batch) % len(people)], 100 * batch + 2 * s + k)
            )
    return cases


def set_body(msg: EmailMessage, text: str | None, html: str | None, charset: str = "utf-8") -> None:
    """The mail's body: its plain text, its HTML, or both as alternatives."""
    if text is not None:
        msg.set_content(text, charset=charset)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset=charset)
        else:
            msg.add_alternative(html, subtype="html", charset=charset)


class Built(Protocol):
    style: str
    raw: bytes


def save_attachments(cases: Iterable[Built], folder: Path) -> None:
    """Each mail's attachments written to `folder` to look at, named by the mail's place
    in the set, its style and the file's own name."""
    from email import message_from_bytes

    folder.mkdir(parents=True, exist_ok=True)
    for i, c in enumerate(cases):
        for part in message_from_bytes(c.raw).walk():
            if part.get_filename():
                out = folder / f"{i:02d}_{c.style.replace('/', '_')}_{part.get_filename()}"
                out.write_bytes(part.get_payload(decode=True))
