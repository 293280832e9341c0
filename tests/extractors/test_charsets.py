"""Thai charset labels, byte decoding with detection, and header text decoding."""

from __future__ import annotations

import base64
import codecs

import pytest

from extractors.charsets import (
    codec_for,
    decode_bytes,
    decode_header_text,
    register_thai_codecs,
)

THAI = "เรียน เจ้าหน้าที่ ขอคัดสำเนาทะเบียนบ้าน ที่อยู่ 99 หมู่ 1 ตำบลบางรัก จังหวัดนนทบุรี"
THAI_LABELS = [
    "windows-874",
    "x-windows-874",
    "ms874",
    "tis-620",
    "tis620",
    "iso-8859-11",
    "iso8859-11",
    "Windows-874",
    "TIS-620",
]


@pytest.mark.parametrize("label", THAI_LABELS)
def test_every_thai_label_decodes_as_cp874(label: str) -> None:
    register_thai_codecs()
    # 0x93/0x94 are curly quotes in cp874 only; tis-620 proper has no such bytes.
    assert b"\x93\xa1\x94".decode(label) == "“ก”"
    assert codecs.lookup(label).name == "cp874"
    assert codec_for(label) == "cp874"


def test_register_is_idempotent() -> None:
    register_thai_codecs()
    register_thai_codecs()
    assert codecs.lookup("x-windows-874").name == "cp874"
    assert "ก".encode("tis-620") == b"\xa1"  # encoding Thai text is unchanged
    assert codecs.lookup("latin-1").name == "iso8859-1"


@pytest.mark.parametrize("label", ["windows-874", "tis-620", "iso-8859-11"])
def test_declared_thai_charset_decodes(label: str) -> None:
    text, used = decode_bytes(THAI.encode("cp874"), label)
    assert text == THAI
    assert used == "cp874"


def test_undeclared_cp874_is_detected() -> None:
    text, used = decode_bytes(THAI.encode("cp874"), None)
    assert (text, used) == (THAI, "cp874")


def test_short_undeclared_cp874_is_detected() -> None:
    # charset-normalizer alone calls this two-word line Korean.
    sample = "สวัสดี “ครับ”"
    assert decode_bytes(sample.encode("cp874"), None) == (sample, "cp874")


def test_undeclared_utf8_is_utf8() -> None:
    assert decode_bytes(THAI.encode("utf-8"), None) == (THAI, "utf-8")


def test_thai_bytes_labelled_latin1_are_read_as_thai() -> None:
    assert decode_bytes(THAI.encode("cp874"), "iso-8859-1") == (THAI, "cp874")


def test_latin1_text_labelled_latin1_stays_latin1() -> None:
    sample = "Crème brûlée à la française, Größe Straße"
    assert decode_bytes(sample.encode("latin-1"), "iso-8859-1") == (sample, "iso8859-1")


def test_utf8_bytes_labelled_single_byte_are_read_as_utf8() -> None:
    assert decode_bytes(THAI.encode("utf-8"), "windows-874") == (THAI, "utf-8")
    assert decode_bytes("Crème".encode(), "iso-8859-1") == ("Crème", "utf-8")


def test_cp874_bytes_labelled_utf8_are_detected() -> None:
    assert decode_bytes(THAI.encode("cp874"), "utf-8") == (THAI, "cp874")


def test_unknown_label_falls_back_to_detection() -> None:
    assert decode_bytes(THAI.encode("cp874"), "x-no-such-charset") == (THAI, "cp874")


def test_empty_and_ascii() -> None:
    assert decode_bytes(b"", "windows-874") == ("", "cp874")
    assert decode_bytes(b"hello", None) == ("hello", "ascii")


def test_undecodable_bytes_never_raise() -> None:
    text, used = decode_bytes(bytes(range(256)) * 3, "utf-8")
    assert isinstance(text, str) and used
    text.encode("utf-8")  # no lone surrogates


def _b(text: str, codec: str) -> str:
    return base64.b64encode(text.encode(codec)).decode("ascii")


def test_header_windows_874_base64() -> None:
    register_thai_codecs()
    subject = "ขอคัดสำเนา “ด่วน”"
    assert decode_header_text(f"=?windows-874?B?{_b(subject, 'cp874')}?=") == (subject, [])


def test_header_words_split_mid_character_are_joined() -> None:
    data = "เรื่องร้องเรียน".encode()
    first = base64.b64encode(data[:7]).decode()
    second = base64.b64encode(data[7:]).decode()
    raw = f"Re: =?utf-8?B?{first}?=\r\n =?UTF-8?B?{second}?= (2)"
    assert decode_header_text(raw) == ("Re: เรื่องร้องเรียน (2)", [])


def test_header_tis620_quoted_printable() -> None:
    encoded = "".join(f"={byte:02X}" for byte in "คำร้อง".encode("cp874"))
    assert decode_header_text(f"=?tis-620?Q?{encoded}_1?=")[0] == "คำร้อง 1"


def test_header_unknown_charset_is_a_problem_not_an_error() -> None:
    text, problems = decode_header_text("=?x-bogus?Q?abc?= tail")
    assert text == "abc tail"
    assert problems == ["header_unknown_charset"]


def test_raw_8bit_header_is_detected() -> None:
    raw = "เรื่อง".encode("cp874").decode("ascii", "surrogateescape")
    assert decode_header_text(raw) == ("เรื่อง", ["header_8bit"])


# Python codecs that are no mail charset: transforms (bytes to bytes, str to str), the
# encodings of domain labels, Python's escape syntax, and the codec that always fails.
# Hostile set 6 (charset_codec_zoo) named them: punycode raised a bare UnicodeError out
# of the header decoder, and the whole mail was filed as "no mail header found".
NOT_CHARSETS = [
    "rot13", "base64", "hex", "bz2", "zlib", "uu", "quopri", "idna", "punycode",
    "unicode_escape", "raw_unicode_escape", "undefined",
]  # fmt: skip


@pytest.mark.parametrize("label", NOT_CHARSETS)
def test_a_python_codec_that_is_no_mail_charset_is_an_unknown_charset(label: str) -> None:
    assert codec_for(label) is None
    word = base64.b64encode(b"+AGEA-\\N{AAAA}xn--zz").decode()
    text, problems = decode_header_text(f"=?{label}?b?{word}?= ok")
    assert text.endswith("ok") and "header_unknown_charset" in problems
    body, _ = decode_bytes(b"a" * 10 + b"-" + b"z9" * 50, label)
    assert body.startswith("aaaaaaaaaa")
