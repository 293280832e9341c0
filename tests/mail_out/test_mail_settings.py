"""[smtp], [ack], [signing] settings and tagged Message-IDs: small pieces, unit-tested."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.errors import ConfigError
from intake.mail_out.msgid import MessageIdTagger
from intake.settings import load_settings
from tests.mail_out.mail_support import write_mail_config


def _load(tmp_path: Path, **sections: dict[str, object]) -> object:
    return load_settings(write_mail_config(tmp_path, sections=sections))


@pytest.mark.parametrize(
    ("smtp", "expected"),
    [
        ({"host": "mail.example.go.th", "security": "plain"}, "security = 'plain' sends"),
        ({"host": "127.0.0.1", "from_address": "not an address"}, "smtp.from_address"),
        ({"host": "127.0.0.1", "username": "u"}, "set password_env too"),
        ({"host": "127.0.0.1", "security": "tls"}, "smtp.security"),
    ],
)
def test_a_wrong_smtp_setting_is_one_line(
    tmp_path: Path, smtp: dict[str, object], expected: str
) -> None:
    section = {"from_address": "saraban@example.go.th", **smtp}
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, smtp=section)
    message = str(caught.value)
    assert expected in message and "\n" not in message


def test_plain_smtp_is_allowed_on_loopback_or_when_asked(tmp_path: Path) -> None:
    local = {"host": "127.0.0.1", "security": "plain", "from_address": "a@example.go.th"}
    assert load_settings(write_mail_config(tmp_path, sections={"smtp": local})).smtp is not None
    remote = {**local, "host": "mail.example.go.th", "allow_plain_remote": True}
    assert load_settings(write_mail_config(tmp_path, sections={"smtp": remote})).smtp is not None


def test_the_embedded_default_has_no_smtp_and_acks_on(tmp_path: Path) -> None:
    settings = load_settings(write_mail_config(tmp_path, sections={}))
    assert settings.smtp is None and settings.ack.enabled
    assert (settings.ack.per_sender_per_hour, settings.ack.per_recipient_per_day) == (1, 5)


def test_signing_needs_both_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="set both key_file and cert_file"):
        _load(tmp_path, signing={"key_file": str(tmp_path / "k.pem")})


class _Keys:
    def __init__(self, keys: dict[str, bytes], active: str) -> None:
        self.keys, self.active = keys, active

    def index_key(self, key_id: str | None = None) -> tuple[str, bytes]:
        wanted = key_id or self.active
        return wanted, self.keys[wanted]

    def index_key_ids(self) -> list[str]:
        return [self.active, *(k for k in self.keys if k != self.active)]


def test_a_tagged_message_id_names_its_case_and_survives_key_rotation() -> None:
    keys = _Keys({"i1": b"\x01" * 32}, "i1")
    tagger = MessageIdTagger(keys, "agency.example.go.th")
    message_id = tagger.new(42)
    assert message_id.endswith("@agency.example.go.th>")
    assert tagger.case_of(message_id) == 42
    assert tagger.case_of(f"  {message_id.strip('<>')} ") == 42  # folded or bare
    keys.keys["i2"] = b"\x02" * 32
    keys.active = "i2"  # a new index key: the old tag still checks out
    assert tagger.case_of(message_id) == 42


def test_a_changed_case_number_or_tag_is_refused() -> None:
    tagger = MessageIdTagger(_Keys({"i1": b"\x01" * 32}, "i1"), "agency.example.go.th")
    message_id = tagger.new(42)
    assert tagger.case_of(message_id.replace("sb.42.", "sb.43.")) is None
    other = MessageIdTagger(_Keys({"x": b"\x09" * 32}, "x"), "agency.example.go.th")
    assert other.case_of(message_id) is None
    assert tagger.case_of("<ordinary@example.org>") is None
