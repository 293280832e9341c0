"""Charset labels and byte decoding, with every Thai label read as cp874.

Thai mail arrives labelled `windows-874`, `x-windows-874`, `ms874`, `tis-620` or
`iso-8859-11`. Python 3.11 knows none of the first three, and its `tis-620` and
`iso8859-11` codecs reject bytes 0x80-0x9F that Windows clients put in such mail (curly
quotes, the euro sign). cp874 is the superset of all of them, so every Thai label is
decoded as cp874. Undeclared or wrong charsets are detected (charset-normalizer).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import encodings
import encodings.aliases
import re

from charset_normalizer import from_bytes

THAI_CODEC = "cp874"

# Labels as written in mail, normalised by `normalise_label`.
THAI_LABELS = frozenset(
    {
        "windows-874",
        "windows874",
        "x-windows-874",
        "ms874",
        "ms-874",
        "cp874",
        "cp-874",
        "ibm874",
        "tis-620",
        "tis620",
        "tis-620-0",
        "tis620-0",
        "tis620.2533-1",
        "tis620.2529-1",
        "iso-8859-11",
        "iso8859-11",
        "iso_8859-11",
        "iso8859_11",
        "iso-ir-166",
        "thai",
    }
)

# Single-byte charsets that western clients stamp on mail whatever its content.
_WESTERN_LABELS = frozenset(
    {
        "us-ascii",
        "ascii",
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "windows-1252",
        "cp1252",
        "iso-8859-15",
    }
)

# Windows punctuation that cp874 puts in 0x80-0xA0 (euro, ellipsis, quotes, dashes, NBSP).
_THAI_PUNCT = frozenset("\u20ac\u2026\u2018\u2019\u201c\u201d\u2022\u2013\u2014\xa0")
_LABEL_JUNK = re.compile(r"[^a-z0-9._:-]")
_MAX_DETECT_BYTES = 64 * 1024  # charset-normalizer cost grows with input; a sample is enough
_registered = False


def normalise_label(label: str | None) -> str | None:
    """A charset label as written in a header, reduced to a comparable form."""
    if not label:
        return None
    cleaned = _LABEL_JUNK.sub("", label.strip().strip("\"'").lower())
    return cleaned[:40] or None


# Codecs Python has that map no bytes of a mail to its characters: the encodings of
# domain labels, Python's escape syntax and the codec that always fails. A label naming
# one is an unknown charset (their decoders raise bare UnicodeError, or read `\N{...}`).
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"})


def codec_for(label: str | None) -> str | None:
    """The Python codec name for a mail charset label, or None when Python has none.

    Only text encodings that are charsets count: a transform (rot13, base64, zlib) or
    an entry of `_NOT_CHARSETS` is no charset, whatever the mail says."""
    norm = normalise_label(label)
    if norm is None:
        return None
    if _is_thai_label(norm):
        return THAI_CODEC
    try:
        info = codecs.lookup(norm)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _is_thai_label(name: str) -> bool:
    norm = normalise_label(name)
    return norm is not None and (norm in THAI_LABELS or norm.replace("_", "-") in THAI_LABELS)


def _search(name: str) -> codecs.CodecInfo | None:
    """codecs search function: Thai labels Python does not know resolve to cp874."""
    return codecs.lookup(THAI_CODEC) if _is_thai_label(name) else None


def register_thai_codecs() -> None:
    """Make every Thai label decode as cp874 process-wide (idempotent).

    Third-party code (the stdlib `email` header decoder, mail-parser) calls
    `bytes.decode(label)` itself, so the aliases must live in the codec registry.
    Unknown labels go through a search function. `tis-620` and `iso8859-11` are known
    to the stdlib's own search function, which always runs first, so those are
    re-pointed in `encodings.aliases` and the lookup caches are cleared.
    """
    global _registered
    if _registered:
        return
    for alias in ("tis_620", "tis620", "tis_620_0", "iso8859_11", "iso_8859_11", "thai"):
        encodings.aliases.aliases[alias] = THAI_CODEC
    # encodings keeps its own cache keyed by the name as asked for: drop Thai entries.
    cache: dict[str, object] = encodings._cache
    for cached in [name for name in cache if _is_thai_label(name)]:
        del cache[cached]
    codecs.register(_search)
    # Unregistering clears the interpreter's lookup cache (3.10+), then register again.
    codecs.unregister(_search)
    codecs.register(_search)
    _registered = True


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):  # some decoders raise bare UnicodeError
        return None


def _detect(data: bytes) -> str | None:
    """Best charset guess by charset-normalizer, Thai codecs folded into cp874."""
    best = from_bytes(data[:_MAX_DETECT_BYTES]).best()
    if best is None:
        return None
    return codec_for(best.encoding) or best.encoding


def _looks_thai(data: bytes) -> bool:
    """True when the bytes read as Thai text in cp874.

    Detectors misread short Thai texts (a two-word line comes back as Korean), so Thai
    is tested first: the cp874 decoding must be clean, nearly all its non-ASCII
    characters Thai or Windows punctuation, and the high bytes must come in runs, as
    Thai words do. Accented Latin text fails the last test: its high bytes stand alone
    between ASCII letters.
    """
    text = _strict(data, THAI_CODEC)
    if text is None:
        return False
    high = [i for i, byte in enumerate(data) if byte >= 0x80]
    if len(high) < 2:
        return False
    non_ascii = [ch for ch in text if ord(ch) >= 0x80]
    thai = sum(1 for ch in non_ascii if "\u0e01" <= ch <= "\u0e5b" or ch in _THAI_PUNCT)
    if thai < 0.9 * len(non_ascii):
        return False
    in_runs = sum(
        1
        for i in high
        if (i > 0 and data[i - 1] >= 0x80) or (i + 1 < len(data) and data[i + 1] >= 0x80)
    )
    return in_runs >= 0.7 * len(high)


def multibyte_or_thai(data: bytes) -> str | None:
    """Bytes that read cleanly as UTF-8 with some non-ASCII letter, or as Thai in cp874
    (`_looks_thai`); None when they read as neither (then they are what they claim)."""
    if all(byte < 0x80 for byte in data):
        return None
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    return data.decode(THAI_CODEC) if _looks_thai(data) else None


def _undeclared(data: bytes) -> tuple[str, str]:
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if _looks_thai(data):
        return data.decode(THAI_CODEC), THAI_CODEC
    guess = _detect(data)
    if guess is not None:
        text = _strict(data, guess)
        if text is not None:
            return text, guess
    # Nothing decodes cleanly: cp874 keeps Thai readable, the rest as replacement chars.
    return data.decode(THAI_CODEC, errors="replace"), THAI_CODEC


_WIDE_CODECS = ("utf-16", "utf-32")


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, str]:
    """Decode body bytes; return (text, codec actually used).

    The declared charset wins when it decodes cleanly and is plausible. A declared
    single-byte charset loses to UTF-8 when the bytes are valid multi-byte UTF-8, and
    a declared western charset loses to cp874 when the detector says the bytes are
    Thai. Anything else falls back to detection; this never raises.
    """
    codec = codec_for(declared)
    if not data:
        return "", codec or "utf-8"
    if codec is not None and codec.startswith(_WIDE_CODECS):
        # UTF-16 text of Thai letters is all bytes below 0x80 (U+0E40 is 40 0E): it is
        # not ASCII, and only the declared codec reads it.
        wide = _strict(data, codec)
        if wide is not None:
            return wide, codec
    if codec is None or data.isascii():
        if data.isascii():
            return data.decode("ascii"), codec or "ascii"
        return _undeclared(data)
    text = _strict(data, codec)
    if text is None:
        return _undeclared(data)
    if _is_single_byte(codec):
        as_utf8 = _strict(data, "utf-8")
        if as_utf8 is not None:
            return as_utf8, "utf-8"
        if normalise_label(declared) in _WESTERN_LABELS and _looks_thai(data):
            return data.decode(THAI_CODEC), THAI_CODEC
    return text, codec


def _is_single_byte(codec: str) -> bool:
    return codec in {"ascii", "latin-1", "iso8859-1", THAI_CODEC} or codec.startswith(
        ("cp12", "iso8859", "cp8", "mac-", "koi8")
    )


# --- header text (RFC 2047 encoded words, raw 8-bit bytes) ---------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=")
_FOLDING = re.compile(r"\r?\n(?=[ \t])|\r?\n$")
_QP_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")


def raw_to_bytes(value: str) -> bytes:
    """Header text from a BytesParser back to its bytes (8-bit bytes are surrogates)."""
    return value.encode("utf-8", "surrogateescape")


def decode_header_text(raw: str) -> tuple[str, list[str]]:
    """Decode one header value; return (text, problem codes). Never raises.

    Encoded words are decoded with Thai labels read as cp874; adjacent words in one
    charset are joined before decoding because clients split multi-byte characters
    across words. Raw 8-bit bytes (no encoded word) are detected like an undeclared body.
    """
    problems: list[str] = []
    value = _FOLDING.sub("", raw) if "\n" in raw else raw  # both its alternatives hold one
    if not value.isascii():
        data = raw_to_bytes(value)
        value, _ = decode_bytes(data, None)
        problems.append("header_8bit")
    if "=?" not in value:  # no encoded word (most header fields): nothing to decode
        return value, problems
    pieces: list[str] = []
    pending: tuple[str, bytearray] | None = None
    position = 0
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        if pending is not None and (between.strip() or match.group(1).lower() != pending[0]):
            pieces.append(_decode_word(pending[0], bytes(pending[1]), problems))
            pending = None
        if pending is None:
            pieces.append(between)
            pending = (match.group(1).lower(), bytearray())
        pending[1].extend(_word_bytes(match.group(2), match.group(3), problems))
        position = match.end()
    if pending is not None:
        pieces.append(_decode_word(pending[0], bytes(pending[1]), problems))
    pieces.append(value[position:])
    return "".join(pieces), problems


def _word_bytes(encoding: str, text: str, problems: list[str]) -> bytes:
    data = text.encode("ascii", "replace")
    if encoding in "qQ":
        return _QP_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data.replace(b"_", b" "))
    try:
        return base64.b64decode(data + b"=" * (-len(data) % 4))
    except binascii.Error:
        problems.append("header_bad_base64")
        return data


def _decode_word(label: str, data: bytes, problems: list[str]) -> str:
    codec = codec_for(label.split("*", 1)[0])  # RFC 2231 adds "*language"
    if codec is None:
        problems.append("header_unknown_charset")
    elif (text := _strict(data, codec)) is not None:
        return text
    else:
        problems.append("header_charset_mismatch")
    return decode_bytes(data, None)[0]
