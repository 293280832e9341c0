"""Raw message bytes to a ParsedMessage, dropping nothing and never raising.

The stdlib `email` parser is the ground truth: it parses anything and records defects.
On top of its tree this module does what it leaves to the caller:

- walks every leaf itself (iteratively, so deep nesting cannot overflow the stack),
  numbering parts like IMAP ("1", "1.2"; the body of an attached message at "2" is
  "2.1"...);
- recovers parts from broken multiparts (a boundary that does not match, none at all,
  parts after the close boundary) instead of keeping one opaque string;
- decodes headers and bodies with every Thai label read as cp874 and undeclared
  charsets detected (`extractors.charsets`);
- types attachments by their bytes (`extractors.sniff`).

mail-parser is not used here: on the corpus it adds no part that this walk misses,
and it files unnamed non-text leaves as "not handled" text and logs header values.
tests/extractors/test_mime.py checks that every attachment it finds is also found here.
"""

from __future__ import annotations

import email.utils
import io
import itertools
import quopri
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy as email_policy
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.policy import Policy

from extractors.address_list import address_list
from extractors.base import Attachment, Defect, ParsedMessage, TextPart
from extractors.charsets import (
    codec_for,
    decode_bytes,
    decode_header_text,
    normalise_label,
    raw_to_bytes,
    register_thai_codecs,
)
from extractors.html_text import html_to_text
from extractors.sniff import sniff_type

_TEXT_TYPES = frozenset({"text/plain", "text/html"})
_ATTACHED_MESSAGES = frozenset({"message/rfc822", "message/global", "message/news"})
_BOUNDARY_LINE = re.compile(rb"^--([^\s\"]{1,200}?)(?:--)?[ \t]*\r?$", re.MULTILINE)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.I)
_MSGID = re.compile(r"<[^<>\s]+>")
_MAX_RECOVERY_CANDIDATES = 3
_MULTIPART_HEAD = re.compile(rb"^content-type[ \t]*:[ \t]*multipart/", re.I | re.M)
_BOUNDARY_PARAM = re.compile(rb'boundary\s*=\s*"?([^"\s;]{1,200})"?', re.IGNORECASE)
MAX_FLAT_PARTS = 10_000
# A mail of more boundary lines than this is read flat, its first parts only, before the
# stdlib builds a Message object for each part: 50,000 one-line parts kept its parser
# alone busy for over 10 s. A request is a text or two and a few files; a thousand
# parts take the stdlib a tenth of a second.
MAX_TREE_PARTS = 1_000
# What a parse hands back, at most: a request is a text or two and a few files, and the
# parsed message goes from the parser's child to the worker, where 50,000 parts of a
# hostile mail took its memory past its limit. The rest is a defect with its count
# (the review app lists as many, review/mail_parsing.MAX_SHOWN).
MAX_TEXT_PARTS = 100
MAX_ATTACHMENTS = 100
MAX_DEFECTS = 200
# An attached message is kept as a file (its bytes written back out), and so is each
# message inside it: serialised again at every level, 500 levels took over a minute.
# A forward of a forward of a forward is three; deeper ones are still read for their
# text, not kept as files of their own.
MAX_ATTACHED_DEPTH = 10
# A text part's text, and a header field's value, are cut here: past these no request
# is written, and what is kept goes back from the parser's child to the worker, whose
# memory a 15 MB line or a 10 MB Subject would otherwise grow by ten times its size.
MAX_TEXT_CHARS = 2 * 1024 * 1024  # as HTML (extractors.html_text.MAX_HTML_CHARS)
MAX_HEADER_CHARS = 64 * 1024  # a long thread's References is a few KB
# Header fields kept, in order: each is a string in the parse's dict, which goes from the
# child to the worker, and 120,000 fields held 20 MB of the worker for one mail. A mail
# relayed through many hops has a hundred or so.
MAX_HEADER_FIELDS = 1_000
# The stdlib reads a Content-Type's or Content-Disposition's parameters in time that
# grows with their number times the field's length: 150,000 RFC 2231 sections (2 MB)
# kept it for a minute, in the parse itself (the boundary) and in get_filename. The
# longest real one, a 255-character Thai file name percent-encoded, is under 3 KB.
MAX_PARAM_FIELD_BYTES = 16 * 1024
_PARAM_FIELD = re.compile(
    rb"^content-(?:type|disposition)[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*", re.IGNORECASE | re.MULTILINE
)
# compat32 first: the walk reads raw header values and payload bytes, where both
# policies build the same tree, and compat32 builds no header objects, which is where
# policy.default is slow (about 3x on the corpus) and where the stdlib has raised on
# hostile headers. policy.default is the second opinion when compat32 fails.
_POLICIES: tuple[Policy, ...] = (email_policy.compat32, email_policy.default)


@dataclass
class _Node:
    """One entity still to visit: its children are `base.N`, itself as a leaf `leaf`."""

    entity: Message
    base: str
    leaf: str
    attached: int = 0  # how many attached messages (message/rfc822) it is inside


@dataclass
class _Walk:
    policy: Policy
    text_parts: list[TextPart] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[Defect] = field(default_factory=list)

    def defect(self, code: str, detail: str = "", part: str | None = None) -> None:
        self.defects.append(Defect(code=code, detail=detail, part=part or None))


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes. Never raises: every problem becomes a Defect."""
    register_thai_codecs()
    data, cut = _cut_param_fields(bytes(raw))
    failures: list[Defect] = []
    if cut:
        detail = (
            f"{cut} Content-Type or Content-Disposition fields cut at {MAX_PARAM_FIELD_BYTES} bytes"
        )
        failures.append(Defect(code="header_truncated", detail=detail))
    cuts = _many_boundaries(data)
    if cuts is not None:
        return _first_parts(_read_many(data, cuts, failures))
    for policy in _POLICIES:
        try:
            parsed = _parse(data, policy)
        # The contract is "never raise": the stdlib has raised IndexError, ValueError,
        # AttributeError, HeaderParseError and RecursionError on hostile input, so this
        # boundary catches broadly and records only the exception's class name.
        except Exception as exc:
            failures.append(_failure(policy, exc))
            continue
        parsed.defects[:0] = failures
        return _first_parts(parsed)
    return _first_parts(_unparsed(data, failures))


def _first_parts(parsed: ParsedMessage) -> ParsedMessage:
    """The parse with its first MAX_TEXT_PARTS text parts, MAX_ATTACHMENTS attachments
    and MAX_DEFECTS defects, and a defect saying how many more there were."""
    over = [
        (what, len(items), most)
        for what, items, most in (
            ("text parts", parsed.text_parts, MAX_TEXT_PARTS),
            ("attachments", parsed.attachments, MAX_ATTACHMENTS),
        )
        if len(items) > most
    ]
    parsed.parts_left_out += sum(count - most for _, count, most in over)
    parsed.text_parts = parsed.text_parts[:MAX_TEXT_PARTS]
    parsed.attachments = parsed.attachments[:MAX_ATTACHMENTS]
    if len(parsed.defects) > MAX_DEFECTS:
        over.append(("defects", len(parsed.defects), MAX_DEFECTS))
        parsed.defects = parsed.defects[:MAX_DEFECTS]
    for what, count, most in over:
        detail = f"{count} {what}, the first {most} kept"
        parsed.defects.append(Defect(code="too_many_parts", detail=detail))
    return parsed


def _cut_param_fields(data: bytes) -> tuple[bytes, int]:
    """The mail with every Content-Type and Content-Disposition field (of the message
    and of its parts) cut at MAX_PARAM_FIELD_BYTES, and how many were cut. A mail no
    longer than that holds no such field, and is passed over at no cost."""
    if len(data) <= MAX_PARAM_FIELD_BYTES:
        return data, 0
    cut = 0

    def shortened(match: re.Match[bytes]) -> bytes:
        nonlocal cut
        field = match.group()
        if len(field) <= MAX_PARAM_FIELD_BYTES:
            return field
        cut += 1
        end = b"\r\n" if field.endswith(b"\r\n") else b"\n"
        return field[:MAX_PARAM_FIELD_BYTES].rstrip(b"\r\n") + end

    return _PARAM_FIELD.sub(shortened, data), cut


def _failure(policy: Policy, exc: Exception) -> Defect:
    name = "compat32" if policy is email_policy.compat32 else "default"
    return Defect(code="parser_failed", detail=f"policy {name}: {type(exc).__name__}")


def _parse(data: bytes, policy: Policy) -> ParsedMessage:
    message = BytesParser(policy=policy).parsebytes(data)
    walk = _Walk(policy=policy)
    _walk_tree(message, walk)
    parsed = _envelope(message, walk)
    parsed.text_parts = walk.text_parts
    parsed.attachments = walk.attachments
    parsed.defects = walk.defects
    return parsed


def _unparsed(data: bytes, failures: list[Defect]) -> ParsedMessage:
    """Last resort: headers alone, the leaves read flat, else the input as one attachment."""
    walk = _Walk(policy=email_policy.compat32)
    try:
        headers = BytesHeaderParser(policy=email_policy.compat32).parsebytes(data)
        parsed = _envelope(headers, walk)
    except Exception as exc:  # same boundary rule as parse_message
        failures.append(_failure(email_policy.compat32, exc))
        parsed = ParsedMessage()
    if _read_flat(data, walk):
        parsed.text_parts = walk.text_parts
        parsed.attachments = walk.attachments
        parsed.defects = [*failures, *walk.defects]
        return parsed
    parsed.attachments = [
        Attachment(
            index=0,
            part="1",
            sniffed_type=sniff_type(data, None, None),
            size=len(data),
            content=data,
        )
    ]
    parsed.defects = [*failures, *walk.defects, Defect(code="unparseable", part="1")]
    return parsed


def _read_flat(data: bytes, walk: _Walk) -> bool:
    """Every leaf between boundary lines, read as if the nesting were not there.

    The stdlib parser recurses once per multipart level, so a thousand nested levels
    end in RecursionError and nothing of the body. The leaves still sit between the
    boundary lines: each segment is parsed alone (no nesting left, so no recursion),
    multipart headers are skipped, and the rest are read as ordinary leaves.
    """
    cuts = _boundary_lines(data)
    if not cuts:
        return False
    number, _ = _flat_leaves(data, cuts, walk, MAX_FLAT_PARTS)
    walk.defect("nesting_too_deep", f"{len(cuts)} boundaries; {number} parts read flat")
    return number > 0


def _boundary_lines(data: bytes) -> list[re.Match[bytes]]:
    declared = {m.group(1) for m in _BOUNDARY_PARAM.finditer(data)}
    return [m for m in _BOUNDARY_LINE.finditer(data) if m.group(1) in declared]


def _flat_leaves(
    data: bytes, cuts: list[re.Match[bytes]], walk: _Walk, most: int
) -> tuple[int, int]:
    """The first `most` leaves between the boundary lines `cuts`, read into `walk`; and
    how many more there are, told from their first bytes, not parsed."""
    parser = BytesParser(policy=email_policy.compat32)
    number = left_out = 0
    for before, after in itertools.pairwise(cuts):
        if number >= most:
            head = data[before.end() : min(after.start(), before.end() + 1024)]
            left_out += bool(head.strip()) and _MULTIPART_HEAD.search(head) is None
            continue
        segment = data[before.end() : after.start()].lstrip(b"\r\n")
        # the line end before a boundary line belongs to the boundary (RFC 2046)
        segment = segment.removesuffix(b"\n").removesuffix(b"\r")
        if not segment.strip():
            continue
        try:
            entity = parser.parsebytes(segment)
            ctype = entity.get_content_type()
            if ctype.startswith("multipart/") or entity.is_multipart():
                continue
            number += 1
            _leaf(entity, ctype, str(number), walk)
        except Exception as exc:  # same boundary rule as parse_message
            walk.defect("part_unreadable", type(exc).__name__, str(number))
    return number, left_out


def _many_boundaries(data: bytes) -> list[re.Match[bytes]] | None:
    """The boundary lines of a mail with more than MAX_TREE_PARTS of them, else None:
    counted on the bytes, a line start at a time, before anything is parsed."""
    if data.count(b"\n--") <= MAX_TREE_PARTS:  # a usual mail: one C loop over its bytes
        return None
    cuts = _boundary_lines(data)
    return cuts if len(cuts) > MAX_TREE_PARTS else None


def _read_many(data: bytes, cuts: list[re.Match[bytes]], failures: list[Defect]) -> ParsedMessage:
    """A mail of so many parts: its header, then its first leaves read flat (what a
    parse hands back at most), the rest counted and left out."""
    walk = _Walk(policy=email_policy.compat32)
    try:
        parsed = _envelope(BytesHeaderParser(policy=walk.policy).parsebytes(data), walk)
    except Exception as exc:  # same boundary rule as parse_message
        failures.append(_failure(email_policy.compat32, exc))
        parsed = ParsedMessage()
    read, left_out = _flat_leaves(data, cuts, walk, MAX_TEXT_PARTS + MAX_ATTACHMENTS)
    if not read:  # boundaries and nothing between them: kept whole, as the stdlib's failure
        return _unparsed(data, failures)
    if len({m.group(1) for m in cuts}) > 1:  # the boundaries of nested parts
        walk.defect("nesting_too_deep", f"{len(cuts)} boundaries; {read} parts read flat")
    if left_out:
        walk.defect("too_many_parts", f"{read + left_out} parts, the first {read} read")
    parsed.parts_left_out = left_out
    parsed.text_parts = walk.text_parts
    parsed.attachments = walk.attachments
    parsed.defects = [*failures, *walk.defects]
    return parsed


# --- headers -------------------------------------------------------------------------


def _envelope(message: Message, walk: _Walk) -> ParsedMessage:
    headers: dict[str, list[str]] = {}
    raw: dict[str, list[str]] = {}
    fields = list(message.raw_items())
    if len(fields) > MAX_HEADER_FIELDS:
        detail = f"{len(fields)} header fields, the first {MAX_HEADER_FIELDS} kept"
        walk.defect("header_truncated", detail)
    for name, value in fields[:MAX_HEADER_FIELDS]:
        key = str(name).strip().lower()
        value = str(value)
        if len(value) > MAX_HEADER_CHARS:
            walk.defect("header_truncated", f"header {_safe_name(key)}")
            value = value[:MAX_HEADER_CHARS]
        text, problems = decode_header_text(value)
        headers.setdefault(key, []).append(text)
        raw.setdefault(key, []).append(value)
        for problem in problems:
            walk.defect(problem, f"header {_safe_name(key)}")
    from_name, from_addr = _first_address(raw.get("from", []), walk)
    return ParsedMessage(
        message_id=_first_id(raw.get("message-id", [])),
        subject=headers.get("subject", [""])[0].strip(),
        from_addr=from_addr,
        from_name=from_name,
        to=[addr for _, addr in _addresses(raw.get("to", []), walk) if addr],
        date=_iso_date(raw.get("date", []), walk),
        in_reply_to=_first_id(raw.get("in-reply-to", [])),
        references=_MSGID.findall(" ".join(raw.get("references", []))),
        headers=headers,
    )


def _safe_name(name: str) -> str:
    """Header names are protocol tokens, but a hostile one could carry anything."""
    return re.sub(r"[^a-z0-9-]", "", name)[:40]


def _addresses(values: list[str], walk: _Walk) -> list[tuple[str, str]]:
    unfolded = [re.sub(r"\r?\n", "", value) for value in values]
    try:
        pairs = address_list(", ".join(unfolded))  # what getaddresses(unfolded) reads
    except (ValueError, IndexError, TypeError):
        walk.defect("bad_address_header")
        return []
    result = []
    for name, addr in pairs:
        decoded_name, _ = decode_header_text(name)
        result.append((decoded_name.strip(), _addr_spec(addr)))
    return result


_NOT_IN_ADDRESS = re.compile(r"[\x00-\x1f\x7f]|=\?[^?\s]+\?[bq]\?", re.IGNORECASE)


def _addr_spec(addr: str) -> str:
    """The address as written on the wire (its raw 8-bit bytes decoded), or "" when it
    cannot be one. An encoded-word never stands in an addr-spec (RFC 2047 section 5):
    decoded, it names an address the sending server never saw and DMARC never judged
    (and can carry a CR/LF into the To of our answer); nor does a control character."""
    if _NOT_IN_ADDRESS.search(addr):
        return ""
    text, _ = decode_header_text(addr)  # raw 8-bit (SMTPUTF8, or a legacy charset) only
    return "" if _NOT_IN_ADDRESS.search(text) else text.strip()


def _first_address(values: list[str], walk: _Walk) -> tuple[str, str]:
    pairs = _addresses(values[:1], walk)
    return pairs[0] if pairs else ("", "")


def _first_id(values: list[str]) -> str | None:
    if not values:
        return None
    value = decode_header_text(values[0])[0].strip()
    found = _MSGID.search(value)
    return found.group(0) if found else (value or None)


def _iso_date(values: list[str], walk: _Walk) -> str | None:
    if not values:
        return None
    try:
        return email.utils.parsedate_to_datetime(values[0].strip()).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        walk.defect("bad_date_header")
        return None


# --- the tree ------------------------------------------------------------------------


def _child(base: str, number: int) -> str:
    return f"{base}.{number}" if base else str(number)


def _walk_tree(root: Message, walk: _Walk) -> None:
    stack = [_Node(root, base="", leaf="1")]
    while stack:
        node = stack.pop()
        children = list(_visit(node, walk))
        stack.extend(reversed(children))  # depth-first, in document order


def _visit(node: _Node, walk: _Walk) -> Iterator[_Node]:
    entity = node.entity
    ctype = entity.get_content_type()
    part_path = node.base if ctype.startswith("multipart/") else node.leaf
    if ctype.startswith("multipart/"):
        children = _multipart_children(entity, node, walk)
        _record_stdlib_defects(entity, part_path, walk)
        for number, child in enumerate(children, start=1):
            path = _child(node.base, number)
            yield _Node(child, base=path, leaf=path, attached=node.attached)
    elif ctype in _ATTACHED_MESSAGES and entity.is_multipart():
        inner = next((m for m in entity.get_payload() if isinstance(m, Message)), None)
        if node.attached < MAX_ATTACHED_DEPTH:
            content = _entity_bytes(inner, walk, node.leaf) if inner is not None else b""
            _add_attachment(entity, content, node.leaf, walk)
        elif node.attached == MAX_ATTACHED_DEPTH:
            detail = f"attached messages deeper than {MAX_ATTACHED_DEPTH} read, not kept"
            walk.defect("nesting_too_deep", detail, node.leaf)
        _record_stdlib_defects(entity, part_path, walk)
        if inner is not None:
            leaf = _child(node.leaf, 1)
            yield _Node(inner, base=node.leaf, leaf=leaf, attached=node.attached + 1)
    else:
        _leaf(entity, ctype, node.leaf, walk)
        _record_stdlib_defects(entity, part_path, walk)
        inner = _message_inside(entity, node, walk)
        if inner is not None:
            yield _Node(
                inner, base=node.leaf, leaf=_child(node.leaf, 1), attached=node.attached + 1
            )


def _message_inside(entity: Message, node: _Node, walk: _Walk) -> Message | None:
    """A file whose bytes are a whole message, attached under another type: a saved .eml
    sent as application/octet-stream, a Word "Single File Web Page" (.mht, a MIME
    multipart/related archive of the page). Read as a message attached as one is."""
    last = walk.attachments[-1] if walk.attachments else None
    if last is None or last.part != node.leaf or last.sniffed_type != "message/rfc822":
        return None
    if entity.get_content_type() in _ATTACHED_MESSAGES or node.attached >= MAX_ATTACHED_DEPTH:
        return None
    return BytesParser(policy=walk.policy).parsebytes(last.content)


def _record_stdlib_defects(entity: Message, path: str, walk: _Walk) -> None:
    for defect in entity.defects:
        name = type(defect).__name__
        walk.defect("mime_" + _snake(name.removesuffix("Defect")), name, path)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _multipart_children(entity: Message, node: _Node, walk: _Walk) -> list[Message]:
    if entity.is_multipart():
        children = [part for part in entity.get_payload() if isinstance(part, Message)]
        extra = _from_epilogue(entity, walk)
        if extra:
            walk.defect("parts_after_close_boundary", f"{len(extra)} recovered", node.base)
        return children + extra
    # The parser found no usable boundary and kept the body as one string.
    body = entity.get_payload(decode=True)
    payload = body if isinstance(body, bytes) else b""
    recovered = _recover_parts(payload, entity.get_boundary(), walk.policy)
    if recovered:
        walk.defect("broken_multipart", f"{len(recovered)} parts recovered", node.base)
        return recovered
    walk.defect("broken_multipart", "kept as one text part", node.leaf)
    if payload.strip():
        kind = "text/html" if sniff_type(payload, None, None) == "text/html" else "text/plain"
        _add_text(payload, kind, entity.get_content_charset(), node.leaf, walk)
    return []


def _from_epilogue(entity: Message, walk: _Walk) -> list[Message]:
    """Parts written after the close boundary (a nested multipart reusing the boundary)."""
    boundary = entity.get_boundary()
    epilogue = entity.epilogue
    if not boundary or not epilogue or ("--" + boundary) not in epilogue:
        return []
    return _split(raw_to_bytes(epilogue), boundary, walk.policy)


def _recover_parts(payload: bytes, declared: str | None, policy: Policy) -> list[Message]:
    candidates = Counter(m.group(1) for m in _BOUNDARY_LINE.finditer(payload))
    order = [token.decode("ascii", "replace") for token, _ in candidates.most_common()]
    if declared and declared in order:
        order.remove(declared)
        order.insert(0, declared)
    for boundary in order[:_MAX_RECOVERY_CANDIDATES]:
        parts = _split(payload, boundary, policy)
        if parts:
            return parts
    # No boundary at all but the body starts with part headers: one part without a fence.
    if _HEADER_LINE.match(payload.lstrip(b"\r\n")):
        inner = BytesParser(policy=policy).parsebytes(payload.lstrip(b"\r\n"))
        if "content-type" in inner:
            return [inner]
    return []


def _split(payload: bytes, boundary: str, policy: Policy) -> list[Message]:
    """Re-parse bytes as the body of a multipart with the given boundary."""
    if '"' in boundary or "\\" in boundary:
        return []
    head = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
    wrapper = BytesParser(policy=policy).parsebytes(head + payload)
    if not wrapper.is_multipart():
        return []
    return [part for part in wrapper.get_payload() if isinstance(part, Message)]


# --- leaves --------------------------------------------------------------------------


def _leaf(entity: Message, ctype: str, path: str, walk: _Walk) -> None:
    if entity.is_multipart():  # message/delivery-status: a list of header blocks
        content = b"".join(_entity_bytes(block, walk, path) for block in entity.get_payload())
    else:
        content = _decoded_payload(entity)
    disposition = entity.get_content_disposition()
    named = _filename(entity) is not None
    if ctype in _TEXT_TYPES and disposition != "attachment":
        _add_text(content, ctype, entity.get_content_charset(), path, walk)
        if ctype == "text/plain" and str(entity.get_param("format", "")).lower() == "flowed":
            delsp = str(entity.get_param("delsp", "")).lower() == "yes"
            last = walk.text_parts[-1]
            last.text = unflow(last.text, delsp=delsp)
        if not named:
            return
    _add_attachment(entity, content, path, walk)


# RFC 2045 6.7 (3): white space at the end of a quoted-printable line was added in
# transport and is dropped before decoding. Relays do pad lines ("= " for a soft break),
# and the stdlib decoder then keeps "= " and the line end, cutting a Thai letter's bytes.


def _without_line_end_space(data: bytes) -> bytes:
    """Each line's trailing spaces and tabs dropped (line by line: a regex over a long
    run of spaces with no line end after it would take quadratic time)."""
    lines = []
    for line in data.split(b"\n"):
        cr = line.endswith(b"\r")
        lines.append((line[:-1] if cr else line).rstrip(b" \t") + (b"\r" if cr else b""))
    return b"\n".join(lines)


def _decoded_payload(entity: Message) -> bytes:
    cte = str(entity.get("content-transfer-encoding", "")).strip().lower()
    raw = entity.get_payload(decode=False)
    if cte == "quoted-printable" and isinstance(raw, str):
        try:
            data = raw.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:  # 8-bit text the parser already read as its charset
            data = raw.encode("utf-8", "surrogateescape")
        return quopri.decodestring(_without_line_end_space(data))
    body = entity.get_payload(decode=True)
    return body if isinstance(body, bytes) else b""


def unflow(text: str, *, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next one."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        if line != "-- " and line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _add_text(content: bytes, ctype: str, declared: str | None, path: str, walk: _Walk) -> None:
    if declared is None and ctype == "text/html":
        meta = _META_CHARSET.search(content[:4096])
        declared = meta.group(1).decode("ascii") if meta else None
    text, used = decode_bytes(content, declared)
    _charset_defects(content, declared, used, path, walk)
    if len(text) > MAX_TEXT_CHARS:
        walk.defect(
            "text_truncated", f"{len(text)} characters, the first {MAX_TEXT_CHARS} read", path
        )
        text = text[:MAX_TEXT_CHARS]
    html = ctype == "text/html"
    walk.text_parts.append(
        TextPart(
            part=path,
            kind="html" if html else "plain",
            text=html_to_text(text) if html else text,
            html=text if html else None,
            charset=used,
            charset_declared=normalise_label(declared),
        )
    )


def _charset_defects(
    content: bytes, declared: str | None, used: str, path: str, walk: _Walk
) -> None:
    label = normalise_label(declared)
    if content.isascii():
        return
    if label is None:
        walk.defect("charset_undeclared", f"detected {used}", path)
    elif codec_for(label) is None:
        # The label itself is sender-controlled text, so it stays out of the detail.
        walk.defect("charset_unknown", f"read as {used}", path)
    elif codec_for(label) != used:
        walk.defect("charset_mismatch", f"declared {label}, read as {used}", path)


def _filename(entity: Message) -> str | None:
    """The attachment's name, with 8-bit and RFC 2047-encoded names decoded.

    The stdlib turns raw 8-bit bytes in a parameter into replacement characters before
    `get_filename` sees them, so such headers are decoded here first and re-read.
    """
    wanted = ("content-disposition", "content-type")
    raw = [(k, v) for k, v in entity.raw_items() if k.lower() in wanted]
    source = entity
    if any(not str(value).isascii() for _, value in raw):
        source = Message()
        for name, value in raw:
            source[name] = decode_bytes(raw_to_bytes(str(value)), None)[0]
    filename = source.get_filename()
    if filename is None:
        return None
    return decode_header_text(str(filename))[0].strip() or None


def _add_attachment(entity: Message, content: bytes, path: str, walk: _Walk) -> None:
    filename = _filename(entity)
    declared = entity.get_content_type()
    walk.attachments.append(
        Attachment(
            index=len(walk.attachments),
            part=path,
            filename=filename,
            declared_type=declared,
            sniffed_type=sniff_type(content, declared, filename),
            size=len(content),
            content=content,
        )
    )


def _entity_bytes(entity: object, walk: _Walk, path: str) -> bytes:
    """An attached message or header block back to bytes, as the stdlib holds it."""
    if not isinstance(entity, Message):
        return b""
    buffer = io.BytesIO()
    try:
        BytesGenerator(buffer, mangle_from_=False, policy=email_policy.compat32).flatten(entity)
    except Exception as exc:  # same boundary rule as parse_message: record, never raise
        walk.defect("attached_message_unserialisable", type(exc).__name__, path)
        return b""
    return buffer.getvalue()
