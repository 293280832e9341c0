"""Capture: raw bytes in, an encrypted blob and a `received` row out, nothing else.

Capture does no parsing beyond the Message-ID header: parsing belongs to the stages,
where a slow or hostile message holds up only itself.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, col

from intake.context import Context
from intake.sources.base import ItemRef, SourceView
from storage.bulk import insert_rows
from storage.ids import next_ids
from storage.keys import new_data_keys
from storage.message_events import event_row, insert_events
from storage.models import Message, MessageEvent, MessageState, utcnow
from storage.privacy import message_blob_aad

MESSAGE_ID = re.compile(rb"<[^<>\s]+>")
HEADER_LIMIT = 256 * 1024  # the Message-ID is looked for in the first 256 KiB only


HASH_CHUNK = 1024 * 1024


def content_hash(raw: bytes) -> str:
    """SHA-256 of the message with line endings made uniform (CRLF read as LF) and its
    trailing line ends dropped.

    IMAP servers hand out CRLF while exported files often hold LF; the same mail
    must hash the same whichever way it reached us. Hashed a chunk at a time: the whole
    mail made uniform, then stripped, were two more copies of it in the worker at once
    (30 MB for a 15 MB mail). A chunk's trailing CRs and LFs wait for the next chunk, as
    a CRLF may be cut in two and the mail's last line ends are not hashed.
    """
    digest = hashlib.sha256()
    view = memoryview(raw)
    held = b""
    for start in range(0, len(raw), HASH_CHUNK):
        chunk = held + view[start : start + HASH_CHUNK]
        body = chunk.rstrip(b"\r\n")  # ends in neither: no CRLF is cut at its end
        digest.update(body.replace(b"\r\n", b"\n"))
        held = chunk[len(body) :]
    digest.update(held.replace(b"\r\n", b"\n").rstrip(b"\n"))
    return digest.hexdigest()


# Headers a relay or an export adds on the way: the same mail with one more of them is
# still the same mail.
TRACE_HEADERS = frozenset(
    {
        b"received", b"x-received", b"return-path", b"delivered-to", b"x-original-to",
        b"envelope-to", b"authentication-results", b"received-spf", b"arc-seal",
        b"arc-message-signature", b"arc-authentication-results", b"x-spam-status",
        b"x-spam-score", b"x-spam-flag", b"x-virus-scanned", b"status", b"x-status",
        b"x-uid", b"x-keywords", b"content-length", b"lines",
    }
)  # fmt: skip
_MBOX_QUOTED = re.compile(rb"^>+From ")


def canonical_form(raw: bytes) -> bytes:
    """The mail as its sender wrote it, whatever carried it here.

    Line ends made LF (CRLF, LF and CR-only all read alike), an mbox envelope line
    and mbox `>From ` quoting undone, trace headers (Received, Return-Path, ...)
    dropped and the rest unfolded and sorted, trailing spaces and blank lines gone.
    Two mails with the same canonical form are the same mail.
    """
    text = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if text.startswith(b"From "):  # the mbox envelope line, not a header
        text = text.partition(b"\n")[2]
    head, _, body = text.partition(b"\n\n")
    del text
    fields = []
    for line in _unfolded(head):
        name, colon, value = line.partition(b":")
        name = name.strip().lower()
        if colon and name not in TRACE_HEADERS:
            fields.append(name + b":" + _one_space(value).strip())
        elif not colon and line.strip():
            fields.append(line.strip())
    body = b"\n".join(_body_lines(chunk) for chunk in _chunks(body))
    return b"".join([b"\n".join(sorted(fields)), b"\n\n", body.rstrip(b"\n")])


# A hostile mail may hold a million short lines (a Subject folded 800,000 times): split or
# substituted whole, that held a Python object per line and a join's buffer of them, 147 MB
# of the worker's own memory for a 20 MB mail. So lines are taken a chunk at a time, and
# the whitespace of a header's value made one space by C-level replaces.
_CHUNK = 1 << 16


def _chunks(data: bytes) -> Iterator[bytes]:
    """`data` in pieces of whole lines, about _CHUNK bytes each, the LF between two pieces
    dropped: joining the pieces with LF gives `data` back."""
    start = 0
    while True:
        end = data.find(b"\n", start + _CHUNK)
        if end < 0:
            yield data[start:]
            return
        yield data[start:end]
        start = end + 1


def _unfolded(head: bytes) -> Iterator[bytes]:
    """The header block's lines, a folded header made one line: each line break with the
    run of spaces and tabs after it becomes one space (RFC 5322 unfolding, as loose)."""
    current: bytearray | None = None
    for chunk in _chunks(head):
        for line in chunk.split(b"\n"):
            if current is not None and line[:1] in (b" ", b"\t"):
                current += b" "
                current += line.lstrip(b" \t")
                continue
            if current is not None:
                yield bytes(current)
            current = bytearray(line)
    if current is not None:
        yield bytes(current)


def _one_space(value: bytes) -> bytes:
    """Each run of spaces and tabs made one space, without an object per run."""
    value = value.replace(b"\t", b" ")
    while b"  " in value:
        value = value.replace(b"  ", b" ")  # halves every run: log2(longest) passes
    return value


def _body_lines(chunk: bytes) -> bytes:
    """Each line's trailing spaces dropped and its mbox quoting undone."""
    return b"\n".join([_unquote_from(line.rstrip(b" \t")) for line in chunk.split(b"\n")])


def _unquote_from(line: bytes) -> bytes:
    return line[1:] if _MBOX_QUOTED.match(line) else line


def canonical_hash(raw: bytes) -> str:
    return hashlib.sha256(canonical_form(raw)).hexdigest()


@dataclass(frozen=True)
class Identity:
    sha256: str
    message_id: str
    synthetic: bool


def identify(raw: bytes) -> Identity:
    """The content hash, and the Message-ID: the header's, or one made from the canonical
    form, so that the same mail without a Message-ID is known again however it came."""
    digest = content_hash(raw)
    found = header_message_id(raw)
    if found:
        return Identity(digest, found, synthetic=False)
    return Identity(digest, f"<{canonical_hash(raw)[:40]}@intake.invalid>", synthetic=True)


def header_message_id(raw: bytes) -> str | None:
    head = _header_block(raw[:HEADER_LIMIT])
    parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
    value = parser.parsebytes(head).get("Message-ID")
    if value is None:
        return None
    match = MESSAGE_ID.search(str(value).encode("utf-8", "surrogateescape"))
    if match is None:
        return None
    return match.group().decode("utf-8", "surrogateescape")


def _header_block(head: bytes) -> bytes:
    """The header lines up to the first blank line, where that is plain to see: the
    parser reads the body line by line too, which cost capture more than the rest of
    its parsing. A mail whose blank line is neither LF LF nor CRLF CRLF (CR-only, or
    mixed) is parsed whole, as before; the parser finds its end all the same."""
    ends = [end for end in (head.find(b"\n\n"), head.find(b"\r\n\r\n")) if end >= 0]
    return head[: min(ends) + 2] if ends else head


def capture_many(
    session: Session,
    ctx: Context,
    source: str,
    view: SourceView,
    fetched: Sequence[tuple[ItemRef, bytes]],
    server_done: bool = False,
) -> list[int]:
    """Store a batch encrypted as `received`; the ids of the new messages. The caller
    commits.

    The blobs are written (and synced) before the rows can commit, so a committed row
    always has its bytes; a crash in between leaves only an unreferenced ciphertext.
    The message ids are drawn first (each blob is bound to its message id), so each
    row is written once, whole, with one statement for the batch: building a model
    object, flushing it and updating it with its blob's name cost more than the rest
    of capture.
    """
    if not fetched:
        return []
    keys = new_data_keys(session, ctx.keyring, len(fetched))
    ids = next_ids(session, "messages", len(fetched))
    names = ctx.blobs.put_many(
        [
            (key, raw, message_blob_aad(message_id))
            for (_, raw), key, message_id in zip(fetched, keys, ids, strict=True)
        ]
    )
    rows = [
        _new_message(ctx, source, view, ref, raw)
        | {
            "id": message_id,
            "data_key_id": int(key.key_id),
            "blob_name": name,
            "server_done": server_done,
        }
        for (ref, raw), key, message_id, name in zip(fetched, keys, ids, names, strict=True)
    ]
    insert_rows(session.connection(), Message.__table__, rows)  # type: ignore[attr-defined]
    insert_events(session, [event_row(m, MessageState.RECEIVED) for m in ids])
    return ids


def _new_message(
    ctx: Context, source: str, view: SourceView, ref: ItemRef, raw: bytes
) -> dict[str, object]:
    ident = identify(raw)
    return {
        "source": source,
        "source_key": ref.key,
        "folder": view.folder,
        "uidvalidity": view.uidvalidity,
        "uid": ref.uid,
        "size": len(raw),
        "sha256": ident.sha256,
        "message_id_hmac": ctx.message_ids.digest(ident.message_id),
        "synthetic_message_id": ident.synthetic,
        "state": MessageState.RECEIVED,
    }


def record_oversized(
    session: Session,
    source: str,
    view: SourceView,
    ref: ItemRef,
    limit: int,
    where: str = "left on the server",
) -> Message:
    """A message over the limit: recorded with its size, left where it was, no body."""
    reason = f"size {ref.size} bytes is over the limit of {limit} bytes; {where}"
    message = Message(
        source=source,
        source_key=ref.key,
        folder=view.folder,
        uidvalidity=view.uidvalidity,
        uid=ref.uid,
        size=ref.size,
        state=MessageState.OVERSIZED,
        state_reason=reason,
    )
    session.add(message)
    session.flush()
    assert message.id is not None
    session.add(MessageEvent(message_id=message.id, to_state=MessageState.OVERSIZED, reason=reason))
    return message


def mark_server_done(session: Session, source_keys: list[str]) -> None:
    for start in range(0, len(source_keys), 500):
        chunk = source_keys[start : start + 500]
        session.execute(
            update(Message)
            .where(col(Message.source_key).in_(chunk))
            .values(server_done=True, updated_at=utcnow())
        )
