"""Field and stream encryption: round trips, and every tampering fails the same way."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import TypedDict

import pytest

from storage.crypto import (
    DataKey,
    KeyedHash,
    decrypt_field,
    decrypt_json,
    decrypt_stream,
    decrypt_text,
    derive_key,
    encrypt_field,
    encrypt_json,
    encrypt_stream,
    encrypt_text,
    field_key_id,
    hmac_sha256,
    index_hash,
    index_subkey,
    stream_key_id,
    unwrap_data_key,
    wrap_data_key,
)
from storage.errors import DecryptError
from storage.keyring import FileKeyring


class Where(TypedDict):
    table: str
    column: str
    row_id: int | str


WHERE: Where = {"table": "cases", "column": "citizen_name", "row_id": 42}
TAG = 16


def make_key(key_id: int | str = 7) -> tuple[DataKey, bytes]:
    raw = os.urandom(32)
    return DataKey.from_bytes(key_id, raw), raw


def flipped(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def key_forms(raw: bytes) -> list[str]:
    return [
        raw.hex(),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        str(raw)[2:-1],
    ]


# -- data keys --------------------------------------------------------------------


def test_data_key_repr_and_str_show_only_the_id() -> None:
    key, raw = make_key(42)
    for text in (repr(key), str(key), f"{key}", f"{key!r}"):
        assert "42" in text
        for form in key_forms(raw):
            assert form not in text


def test_data_keys_are_random_and_sized() -> None:
    a, b = DataKey.generate(1), DataKey.generate(1)
    token = encrypt_field(a, b"x", **WHERE)
    with pytest.raises(DecryptError):
        decrypt_field(b, token, **WHERE)
    with pytest.raises(ValueError):
        DataKey.from_bytes(1, b"short")
    with pytest.raises(ValueError):
        DataKey.generate("ไทย")  # ids go into headers as ASCII


def test_wrapped_data_key_round_trip_is_bound_to_its_row() -> None:
    ring = FileKeyring.in_memory()
    key = DataKey.generate(42)
    wrapped = wrap_data_key(ring, key)
    opened = unwrap_data_key(ring, 42, wrapped)
    token = encrypt_field(key, b"secret", **WHERE)
    assert decrypt_field(opened, token, **WHERE) == b"secret"
    with pytest.raises(DecryptError):
        unwrap_data_key(ring, 43, wrapped)


# -- fields -----------------------------------------------------------------------


# Seeded, not os.urandom: the bytes name the test, and pytest-xdist's processes must
# collect the same names.
@pytest.mark.parametrize(
    "plaintext", [b"", b"a", "สมชาย ใจดี".encode(), random.Random(5000).randbytes(5000)]
)
def test_field_round_trip(plaintext: bytes) -> None:
    key, _ = make_key()
    token = encrypt_field(key, plaintext, **WHERE)
    assert len(plaintext) < 4 or plaintext not in token  # a byte or two can occur by chance
    assert decrypt_field(key, token, **WHERE) == plaintext


def test_field_tokens_differ_each_time_random_nonce() -> None:
    key, _ = make_key()
    assert encrypt_field(key, b"same", **WHERE) != encrypt_field(key, b"same", **WHERE)


def test_field_header_is_versioned_and_names_the_key() -> None:
    key, _ = make_key(1234)
    token = encrypt_field(key, b"x", **WHERE)
    assert token[:3] == b"IF\x01"
    assert token[3] == 4 and token[4:8] == b"1234"
    assert field_key_id(token) == "1234"
    assert len(token) == 8 + 12 + 1 + TAG


def test_text_and_json_helpers() -> None:
    key, _ = make_key()
    name = "นางสาว ทดสอบ ตัวอย่าง"
    assert decrypt_text(key, encrypt_text(key, name, **WHERE), **WHERE) == name
    value = {"ชื่อ": name, "n": [1, 2.5, None, True]}
    token = encrypt_json(key, value, **WHERE)
    assert decrypt_json(key, token, **WHERE) == value
    compact = decrypt_field(key, token, **WHERE)
    assert compact == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


@pytest.mark.parametrize(
    "other",
    [
        {"table": "cases", "column": "citizen_name", "row_id": 43},
        {"table": "cases", "column": "citizen_name", "row_id": "42 "},
        {"table": "cases", "column": "citizen_phone", "row_id": 42},
        {"table": "notes", "column": "citizen_name", "row_id": 42},
        # Shifting text across the separators must not give the same binding.
        {"table": "cases\u0001", "column": "citizen_name", "row_id": 42},
        {"table": "casescitizen_name", "column": "", "row_id": 42},
    ],
)
def test_field_moved_to_another_place_fails(other: Where) -> None:
    key, _ = make_key()
    token = encrypt_field(key, b"personal", **WHERE)
    with pytest.raises(DecryptError):
        decrypt_field(key, token, **other)


def test_same_id_as_text_or_int_binds_the_same_row() -> None:
    key, _ = make_key()
    token = encrypt_field(key, b"v", table="t", column="c", row_id=5)
    assert decrypt_field(key, token, table="t", column="c", row_id="5") == b"v"


def test_every_single_bit_flip_fails() -> None:
    key, _ = make_key()
    token = encrypt_field(key, b"0812345678", **WHERE)
    for bit in range(len(token) * 8):
        with pytest.raises(DecryptError):
            decrypt_field(key, flipped(token, bit), **WHERE)


def test_header_rewritten_to_another_key_id_fails_even_with_that_ids_key() -> None:
    raw = os.urandom(32)
    key_41, key_42 = DataKey.from_bytes(41, raw), DataKey.from_bytes(42, raw)
    token = encrypt_field(key_41, b"v", **WHERE)
    forged = token.replace(b"41", b"42", 1)
    assert field_key_id(forged) == "42"
    with pytest.raises(DecryptError):
        decrypt_field(key_42, forged, **WHERE)
    with pytest.raises(DecryptError):
        decrypt_field(key_42, token, **WHERE)  # header names another key


@pytest.mark.parametrize("cut", [0, 1, 3, 5, 10, 20, -1])
def test_truncated_or_garbage_tokens_fail(cut: int) -> None:
    key, _ = make_key()
    token = encrypt_field(key, b"value", **WHERE)
    with pytest.raises(DecryptError):
        decrypt_field(key, token[:cut], **WHERE)
    with pytest.raises(DecryptError):
        decrypt_field(key, token + b"\x00", **WHERE)


def test_wrong_key_fails_with_one_opaque_message() -> None:
    key, _ = make_key()
    other, raw = make_key()
    token = encrypt_field(key, b"value", **WHERE)
    with pytest.raises(DecryptError) as caught:
        decrypt_field(other, token, **WHERE)
    assert str(caught.value) == "decryption failed"
    for form in key_forms(raw):
        assert form not in str(caught.value)


def test_nul_in_binding_is_refused() -> None:
    key, _ = make_key()
    with pytest.raises(ValueError):
        encrypt_field(key, b"v", table="a\0b", column="c", row_id=1)


# -- streams ----------------------------------------------------------------------


def encrypt_bytes(key: DataKey, data: bytes, *, segment_size: int, piece: int = 7) -> bytes:
    out = io.BytesIO()
    chunks = (data[i : i + piece] for i in range(0, len(data), piece))
    written = encrypt_stream(key, chunks, out, aad=b"blob:1", segment_size=segment_size)
    assert written == len(out.getvalue())
    return out.getvalue()


def decrypt_bytes(key: DataKey, blob: bytes, aad: bytes = b"blob:1") -> bytes:
    return b"".join(decrypt_stream(key, io.BytesIO(blob), aad=aad))


def split_stream(key: DataKey, blob: bytes, segment_size: int) -> tuple[bytes, list[bytes]]:
    header_len = 4 + len(key.id_bytes) + 4 + 7
    body = blob[header_len:]
    block = segment_size + TAG
    return blob[:header_len], [body[i : i + block] for i in range(0, len(body), block)]


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 32, 16 * 9 + 3])
@pytest.mark.parametrize("piece", [1, 7, 16, 1000])
def test_stream_round_trip(size: int, piece: int) -> None:
    key, _ = make_key()
    data = os.urandom(size)
    blob = encrypt_bytes(key, data, segment_size=16, piece=piece)
    header, segments = split_stream(key, blob, 16)
    assert header[:3] == b"IB\x01"
    # ceil(size / 16) segments, and one (empty) segment for empty input: a full last
    # segment carries the last flag itself rather than being followed by an empty one.
    assert len(segments) == max(1, -(-size // 16))
    assert decrypt_bytes(key, blob) == data


def test_stream_of_exactly_one_default_segment() -> None:
    key, _ = make_key()
    data = os.urandom(65536)
    out = io.BytesIO()
    encrypt_stream(key, [data], out, aad=b"a")
    blob = out.getvalue()
    assert len(blob) == 4 + 1 + 4 + 7 + 65536 + TAG
    assert list(decrypt_stream(key, io.BytesIO(blob), aad=b"a")) == [data]


def test_stream_yields_one_plaintext_per_segment() -> None:
    key, _ = make_key()
    data = os.urandom(100)
    parts = list(
        decrypt_stream(key, io.BytesIO(encrypt_bytes(key, data, segment_size=32)), aad=b"blob:1")
    )
    assert [len(p) for p in parts] == [32, 32, 32, 4]


def test_stream_reader_copes_with_short_reads() -> None:
    class Trickle(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            return super().read(min(3, size if size is not None and size >= 0 else 3))

    key, _ = make_key()
    data = os.urandom(200)
    blob = encrypt_bytes(key, data, segment_size=32)
    assert b"".join(decrypt_stream(key, Trickle(blob), aad=b"blob:1")) == data


def test_stream_key_id_reads_the_header() -> None:
    key, _ = make_key("dk-9")
    assert stream_key_id(io.BytesIO(encrypt_bytes(key, b"abc", segment_size=16))) == "dk-9"


@pytest.mark.parametrize("size", [16 * 4, 16 * 4 + 5])
def test_stream_truncation_fails(size: int) -> None:
    key, _ = make_key()
    header, segments = split_stream(key, encrypt_bytes(key, os.urandom(size), segment_size=16), 16)
    for keep in range(len(segments)):
        with pytest.raises(DecryptError):
            decrypt_bytes(key, header + b"".join(segments[:keep]))
    with pytest.raises(DecryptError):
        decrypt_bytes(key, header + b"".join(segments)[:-1])  # cut inside the last segment
    with pytest.raises(DecryptError):
        decrypt_bytes(key, header[:-1])


def test_stream_reordering_fails() -> None:
    key, _ = make_key()
    header, segments = split_stream(
        key, encrypt_bytes(key, os.urandom(16 * 3 + 1), segment_size=16), 16
    )
    swapped = [segments[1], segments[0], *segments[2:]]
    with pytest.raises(DecryptError):
        decrypt_bytes(key, header + b"".join(swapped))
    dropped_middle = [segments[0], *segments[2:]]
    with pytest.raises(DecryptError):
        decrypt_bytes(key, header + b"".join(dropped_middle))


def test_stream_extension_after_last_fails() -> None:
    key, _ = make_key()
    blob = encrypt_bytes(key, os.urandom(40), segment_size=16)
    header, segments = split_stream(key, blob, 16)
    for extra in (segments[0], segments[-1], b"\x00", os.urandom(16 + TAG)):
        with pytest.raises(DecryptError):
            decrypt_bytes(key, blob + extra)
    # Another stream's segments (same key, other nonce prefix) cannot be spliced in.
    _, foreign = split_stream(key, encrypt_bytes(key, os.urandom(40), segment_size=16), 16)
    with pytest.raises(DecryptError):
        decrypt_bytes(key, header + segments[0] + foreign[1] + segments[2])


def test_stream_every_bit_flip_fails() -> None:
    key, _ = make_key()
    blob = encrypt_bytes(key, os.urandom(20), segment_size=8)
    for bit in range(len(blob) * 8):
        with pytest.raises(DecryptError):
            decrypt_bytes(key, flipped(blob, bit))


def test_stream_wrong_aad_or_key_fails() -> None:
    key, _ = make_key()
    blob = encrypt_bytes(key, b"raw message", segment_size=16)
    with pytest.raises(DecryptError):
        decrypt_bytes(key, blob, aad=b"blob:2")
    same_id_other_bytes, _ = make_key(key.key_id)
    with pytest.raises(DecryptError):
        decrypt_bytes(same_id_other_bytes, blob)
    other_id_same_bytes = DataKey.from_bytes(8, key._key)
    with pytest.raises(DecryptError):
        decrypt_bytes(other_id_same_bytes, blob)


def test_stream_empty_or_headerless_input_fails() -> None:
    key, _ = make_key()
    for blob in (b"", b"IB", b"IB\x01\x01" + b"7", encrypt_bytes(key, b"", segment_size=16)[:-TAG]):
        with pytest.raises(DecryptError):
            decrypt_bytes(key, blob)


def test_stream_segment_size_is_validated() -> None:
    key, _ = make_key()
    with pytest.raises(ValueError):
        encrypt_stream(key, [b"x"], io.BytesIO(), aad=b"", segment_size=0)


def test_fifty_megabytes_stream_with_bounded_memory(tmp_path: Path) -> None:
    block = os.urandom(1 << 20)
    expected = hashlib.sha256()
    for _ in range(50):
        expected.update(block)

    def fifty_mb() -> Iterator[bytes]:
        for _ in range(50):
            yield block

    key, _ = make_key()
    path = tmp_path / "big.bin"
    tracemalloc.start()
    try:
        with path.open("wb") as out:
            written = encrypt_stream(key, fifty_mb(), out, aad=b"big")
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        got = hashlib.sha256()
        with path.open("rb") as src:
            for part in decrypt_stream(key, src, aad=b"big"):
                got.update(part)
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == path.stat().st_size > 50 << 20
    assert got.digest() == expected.digest()
    assert encrypt_peak < 4 << 20, encrypt_peak
    assert decrypt_peak < 4 << 20, decrypt_peak


# -- keyed hashing ----------------------------------------------------------------


def test_hmac_sha256_matches_stdlib() -> None:
    key, data = os.urandom(32), "เลขบัตร 1234".encode()
    assert hmac_sha256(key, data) == hmac.new(key, data, hashlib.sha256).digest()


def test_derive_key_is_hkdf_sha256() -> None:
    master = os.urandom(32)
    # RFC 5869 by hand: extract with an all-zero salt, one expand block.
    prk = hmac.new(b"\0" * 32, master, hashlib.sha256).digest()
    okm = hmac.new(prk, b"blind_index:national_id\x01", hashlib.sha256).digest()
    assert derive_key(master, purpose="blind_index:national_id") == okm
    assert derive_key(master, purpose="blind_index:phone") != okm
    with pytest.raises(ValueError):
        derive_key(master, purpose="")


def test_hmac_sha256_matches_rfc_4231_test_case_2() -> None:
    mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?")
    assert mac.hex() == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_an_index_subkey_is_the_derived_key_and_differs_by_purpose() -> None:
    index_key = bytes(range(32))
    first = index_subkey(index_key, "blind_index:cases:email")
    assert first == derive_key(index_key, purpose="blind_index:cases:email")
    assert first != index_subkey(index_key, "outbox.address")
    assert first != index_subkey(bytes(32), "blind_index:cases:email")


def test_keyed_hash_matches_rfc_4231_and_hmac_for_keys_of_every_length() -> None:
    jefe = KeyedHash(b"Jefe").digest(b"what do ya want for nothing?")
    assert jefe.hex() == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    for length in (0, 1, 32, 63, 64, 65, 131):  # shorter, as long as and longer than a block
        key = os.urandom(length)
        mac = KeyedHash(key)
        for data in (b"", b"someone@example.com", os.urandom(200)):
            assert mac.digest(data) == hmac.digest(key, data, hashlib.sha256)
            assert mac.digest(data) == mac.digest(data)  # the key's states are not consumed


def test_an_index_hash_is_the_hmac_under_the_index_subkey() -> None:
    index_key = bytes(range(32))
    mac = index_hash(index_key, "outbox.address")
    subkey = index_subkey(index_key, "outbox.address")
    assert mac.digest(b"a@example.com") == hmac_sha256(subkey, b"a@example.com")
    assert index_hash(index_key, "outbox.address") is mac
    assert index_hash(index_key, "blind_index:cases:email").digest(b"x") != mac.digest(b"x")
    assert "Keyed" in repr(mac) and subkey.hex() not in repr(mac)


def test_provides_answers_as_isinstance_for_each_keyring_class() -> None:
    from storage.blind_index import IndexKeys
    from storage.keyring import provides

    class WithIndexKeys:
        def index_key(self, key_id: str | None = None) -> tuple[str, bytes]:
            return "k", bytes(32)

        def index_key_ids(self) -> list[str]:
            return ["k"]

    class Without:
        def index_key(self, key_id: str | None = None) -> tuple[str, bytes]:
            return "k", bytes(32)

    for _ in range(2):  # the second answer comes from what the first found
        assert provides(WithIndexKeys(), IndexKeys)  # type: ignore[type-abstract]
        assert not provides(Without(), IndexKeys)  # type: ignore[type-abstract]


JSON_NATIVE_VALUES = [
    {"fields": {"name": "สมชาย ใจดี", "id": "1101700203451"}, "n": 3, "ok": True, "x": None},
    {"a": [1.5, 1e-05, 1e16, -0.0, 2**70], "b": 'quote " back \\ tab \t nul \x00 \u2028'},
    {"nan": float("nan")},  # json reads NaN back; equal only as text below
    [],
    "ข้อความ",
]


@pytest.mark.parametrize("value", JSON_NATIVE_VALUES)
def test_json_native_text_reads_back_as_json_text_does(value: object) -> None:
    from storage.crypto import json_native_text, json_text

    fast, plain = json_native_text(value), json_text(value)
    assert json.dumps(json.loads(fast)) == json.dumps(json.loads(plain))
    assert json.dumps(json.loads(fast)) == json.dumps(value)


def test_json_native_text_takes_a_lone_surrogate_as_json_text_does() -> None:
    from storage.crypto import json_native_text, json_text

    value = {"broken": "a\ud800b"}  # what a mis-decoded header can hold
    assert json_native_text(value) == json_text(value)
