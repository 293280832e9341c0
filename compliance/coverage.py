"""Encryption coverage: scan the store for personal data that is not encrypted.

Counted as encrypted values: every non-empty `cases.fields_enc`, `messages.headers_enc`
and `messages.extraction_enc` whose bytes carry the field-token header (b"IF", version
1) naming the row's own data key. Counted as files: every file under the blob folder;
encrypted when it starts with the stream header (b"IB", version 1), naming the data key
of the message that refers to it when one does.

Counted against: a token without that header (e.g. a plain JSON written into
`fields_enc`), a file without it (e.g. a plain file dropped into the blob folder), a
masked value of a personal field that shows no mask, and any national ID (13 digits
with a valid check digit, Arabic or Thai digits, any separators), Thai phone number or
email address found in a plaintext column (`PLAIN_COLUMNS`); an email in its masked form
(first letter, "xxx", domain) is not counted. Problems name the table,
column and row, never the value.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import inspect, text
from sqlmodel import Session, select

from extractors.base import FormTemplate
from extractors.masking import MASK
from storage.crypto import FIELD_MAGIC, FORMAT_VERSION, STREAM_MAGIC
from storage.models import Case, Message

PLAIN_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": ("template_reason", "issues_json", "masked_json"),
    "messages": (
        "source_key",
        "folder",
        "state_reason",
        "last_error",
        "facts_json",
        "sender_auth_json",
    ),
    "message_events": ("reason",),
    "case_events": ("old", "new"),
    "audit_entries": ("actor", "purpose", "details_json"),
    "legal_holds": ("reason", "lift_reason"),
    "subject_requests": ("reason", "refused_json", "cases_json"),
}
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ID_RUN = re.compile(r"(?<!\d)\d(?:[\s-]?\d){12}(?!\d)")
_PHONE = re.compile(r"(?<!\d)(?:\+66|66|0)[\s-]?[689](?:[\s-]?\d){8}(?!\d)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MASKED_LOCAL = re.compile(rf".{MASK}{{3}}")  # extractors.masking.mask_email: first letter + xxx


class Coverage(BaseModel):
    values_total: int = 0
    values_encrypted: int = 0
    files_total: int = 0
    files_encrypted: int = 0
    problems: list[str] = []

    @property
    def percent(self) -> float:
        total = self.values_total + self.files_total
        good = self.values_encrypted + self.files_encrypted
        return 100.0 if total == 0 else round(100.0 * good / total, 2)


def _token_ok(token: bytes, magic: bytes, key_id: int | None) -> bool:
    token = bytes(token)
    if len(token) < 4 or token[:2] != magic or token[2] != FORMAT_VERSION:
        return False
    end = 4 + token[3]
    return key_id is not None and token[4:end] == str(key_id).encode("ascii")


def _valid_national_id(digits: str) -> bool:
    if len(digits) != 13 or digits[0] in "09":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def personal_data_kinds(value: str) -> list[str]:
    """Which kinds of personal data a plaintext holds (never the data itself)."""
    folded = value.translate(_THAI_DIGITS)
    kinds = []
    if any(_valid_national_id(re.sub(r"\D", "", m.group())) for m in _ID_RUN.finditer(folded)):
        kinds.append("national ID")
    if _PHONE.search(folded):
        kinds.append("phone")
    if any(not _MASKED_LOCAL.fullmatch(m.group(1)) for m in _EMAIL.finditer(folded)):
        kinds.append("email")
    return kinds


def scan(session: Session, blob_root: Path, templates: list[FormTemplate]) -> Coverage:
    cover = Coverage()
    _scan_encrypted_columns(session, cover)
    _scan_masked(session, templates, cover)
    _scan_plain_columns(session, cover)
    _scan_files(session, blob_root, cover)
    return cover


def _count(cover: Coverage, ok: bool, problem: str) -> None:
    cover.values_total += 1
    if ok:
        cover.values_encrypted += 1
    else:
        cover.problems.append(problem)


def _scan_encrypted_columns(session: Session, cover: Coverage) -> None:
    for case in session.exec(select(Case)):
        if case.fields_enc:
            ok = _token_ok(case.fields_enc, FIELD_MAGIC, case.data_key_id)
            _count(cover, ok, f"cases.fields_enc of case {case.id} is not encrypted")
    for message in session.exec(select(Message)):
        for column in ("headers_enc", "extraction_enc"):
            token = getattr(message, column)
            if token:
                ok = _token_ok(token, FIELD_MAGIC, message.data_key_id)
                _count(cover, ok, f"messages.{column} of message {message.id} is not encrypted")


def _scan_masked(session: Session, templates: list[FormTemplate], cover: Coverage) -> None:
    """A personal field's masked copy must show the mask; a bare value is plaintext."""
    personal = {t.name: {f.key for f in t.fields if f.personal} for t in templates}
    for case in session.exec(select(Case)):
        masked = json.loads(case.masked_json or "{}")
        keys = personal.get(case.template or "")
        for key, value in masked.items():
            needs_mask = keys is None or key in keys
            if needs_mask and isinstance(value, str) and value and MASK not in value:
                cover.values_total += 1
                cover.problems.append(f"cases.masked_json of case {case.id}: {key} is not masked")


def _scan_plain_columns(session: Session, cover: Coverage) -> None:
    tables = set(inspect(session.connection()).get_table_names())
    for table, columns in PLAIN_COLUMNS.items():
        if table not in tables:
            continue
        query = text(f"SELECT id, {', '.join(columns)} FROM {table}")  # names are constants
        for row in session.execute(query):
            for column, value in zip(columns, row[1:], strict=True):
                for kind in personal_data_kinds(str(value)) if value else []:
                    cover.values_total += 1
                    cover.problems.append(f"{table}.{column} of row {row[0]} holds a plain {kind}")


def _scan_files(session: Session, root: Path, cover: Coverage) -> None:
    owners = {m.blob_name: m.data_key_id for m in session.exec(select(Message)) if m.blob_name}
    if not root.is_dir():
        return
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        cover.files_total += 1
        with path.open("rb") as handle:
            head = handle.read(300)
        ok = len(head) >= 4 and head[:2] == STREAM_MAGIC and head[2] == FORMAT_VERSION
        if ok and path.name in owners:
            ok = _token_ok(head, STREAM_MAGIC, owners[path.name])
        if ok:
            cover.files_encrypted += 1
        else:
            cover.problems.append(f"file {path.relative_to(root)} is not encrypted")
