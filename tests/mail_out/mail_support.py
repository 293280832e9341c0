"""Helpers for the outgoing-mail tests: a config with sections, a context on it, dropping
mail through the pipeline, parsing what the SMTP sink got, validating a receipt."""

from __future__ import annotations

import concurrent.futures
import email
import email.policy
import io
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from pyhanko.keys import load_cert_from_pemder
from servers.smtp import SmtpSink

from intake.context import Context, open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def write_mail_config(
    tmp_path: Path,
    *,
    sections: dict[str, dict[str, Any]],
    mailboxes: list[dict[str, Any]] | None = None,
) -> Path:
    """A config with a drop-folder mailbox (unless given) and the named sections."""
    boxes = mailboxes or [{"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox")}]
    lines = [f"data_dir = {_value(tmp_path / 'var')}"]
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines += [f"{key} = {_value(v)}" for key, v in values.items()]
    for box in boxes:
        lines.append("[[mailboxes]]")
        lines += [f"{key} = {_value(v)}" for key, v in box.items()]
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "agency.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def smtp_section(sink: SmtpSink, **extra: object) -> dict[str, object]:
    return {
        "host": sink.host,
        "port": sink.port,
        "security": "plain",
        "from_address": "saraban@agency.example.go.th",
        **extra,
    }


# The generated test mail is dated early in 2026: let it count as fresh.
FRESH = {"max_age_hours": 87600}


def make_ctx(tmp_path: Path, sink: SmtpSink | None, **sections: dict[str, object]) -> Context:
    sections["ack"] = {**FRESH, **sections.get("ack", {})}
    all_sections: dict[str, dict[str, object]] = {
        "agency": {
            "name_th": "องค์การบริหารส่วนตำบลทดสอบ",
            "name_en": "Test SAO",
            "dpo_contact": "dpo@agency.example.go.th",
        },
        **sections,
    }
    if sink is not None:
        all_sections.setdefault("smtp", smtp_section(sink))
    return open_context(load_settings(write_mail_config(tmp_path, sections=all_sections)))


def drop(tmp_path: Path, ctx: Context, *raws: bytes) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    for n, raw in enumerate(raws):
        (inbox / f"{len(list(inbox.iterdir())) + n:04d}.eml").write_bytes(raw)
    result = poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
    assert result.ok
    process_due(ctx)


def parse(raw: bytes) -> EmailMessage:
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    return mail


def validate(pdf: bytes, cert_file: Path) -> tuple[bool, bool, bool]:
    """(intact, valid, trusted) by pyHanko, which runs its own event loop: in a thread
    of its own, so a loop left running in this one by another test cannot interfere."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_validate, pdf, cert_file).result()


def _validate(pdf: bytes, cert_file: Path) -> tuple[bool, bool, bool]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(cert_file))])
    status = validate_pdf_signature(signature, context)
    return status.intact, status.valid, status.trusted
