"""[[webhooks]] settings: where events may go, which events, and the secret's source."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from intake.errors import ConfigError
from intake.settings import WebhookSettings


def _hook(**values: object) -> WebhookSettings:
    return WebhookSettings.model_validate({"name": "erp", "secret_env": "HOOK_SECRET", **values})


def test_plain_http_only_to_this_machine_unless_allowed() -> None:
    assert _hook(url="http://127.0.0.1:8080/h").url.startswith("http://127.0.0.1")
    assert _hook(url="https://erp.example.go.th/h").events == [
        "case.created",
        "case.status_changed",
        "reply.received",
        "reply.sent",
    ]
    with pytest.raises(ValidationError, match="plain http only to this machine"):
        _hook(url="http://erp.example.go.th/h")
    assert _hook(url="http://erp.example.go.th/h", allow_plain_remote=True).allow_plain_remote
    with pytest.raises(ValidationError, match="http:// or https://"):
        _hook(url="ftp://erp.example.go.th/h")


def test_unknown_events_and_names_are_refused() -> None:
    with pytest.raises(ValidationError):
        _hook(url="https://erp.example.go.th/h", events=["case.deleted"])
    with pytest.raises(ValidationError):
        _hook(url="https://erp.example.go.th/h", name="Bad Name")
    assert not _hook(url="https://erp.example.go.th/h").personal_data


def test_a_missing_secret_is_one_line_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOOK_SECRET", raising=False)
    with pytest.raises(ConfigError, match="HOOK_SECRET is not set") as caught:
        _hook(url="https://erp.example.go.th/h").secret()
    assert "\n" not in str(caught.value)
