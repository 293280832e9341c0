"""Settings: embedded defaults, the example file, one-line errors, env overrides, passwords."""

from __future__ import annotations

import socket
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.cli import run_cli, write_config
from support.invoke import invoke

from intake.context import open_context
from intake.errors import ConfigError
from intake.settings import MailboxSettings, load_settings
from intake.status import build_status

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config" / "agency.example.toml"
MISSING_PASSWORD_ENV = "INTAKE_TEST_PASSWORD_NEVER_SET"


def error_lines(stderr: str) -> list[str]:
    """stderr without the structured (JSON) log lines."""
    return [line for line in stderr.splitlines() if line and not line.startswith("{")]


def imap_box(**overrides: Any) -> dict[str, Any]:
    box: dict[str, Any] = {
        "name": "saraban",
        "host": "imap.example.go.th",
        "port": 993,
        "security": "ssl",
        "username": "saraban@example.go.th",
        "password_env": "INTAKE_SARABAN_PASSWORD",
    }
    box.update(overrides)
    return box


# -- where settings come from ---------------------------------------------------------


def test_embedded_defaults_when_no_file(tmp_path: Path) -> None:
    settings = load_settings(None)
    assert settings.source_file is None
    assert settings.mailboxes == []
    [drop] = settings.effective_mailboxes()
    assert drop.kind == "folder"
    assert drop.path == Path("var") / "inbox"
    assert settings.database_url == f"sqlite:///{Path('var') / 'intake.db'}"
    assert settings.keyring_path == Path("var") / "keyring.json"

    open_context(settings)
    keyring = tmp_path / "var" / "keyring.json"
    assert (tmp_path / "var" / "intake.db").is_file()
    assert stat.S_IMODE(keyring.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "var").stat().st_mode) == 0o700


def test_config_agency_toml_in_cwd_is_used(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    write_config(tmp_path / "config" / "agency.toml", data_dir=tmp_path / "elsewhere", mailboxes=[])
    settings = load_settings(None)
    assert settings.data_dir == tmp_path / "elsewhere"
    assert settings.source_file == Path("config/agency.toml")


def test_intake_config_env_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config(tmp_path / "x.toml", data_dir=tmp_path / "from-env-file", mailboxes=[])
    monkeypatch.setenv("INTAKE_CONFIG", str(path))
    assert load_settings(None).data_dir == tmp_path / "from-env-file"


def test_missing_explicit_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "nope.toml")
    assert "nope.toml" in str(caught.value) and "\n" not in str(caught.value)


def test_example_file_loads_with_every_documented_key() -> None:
    settings = load_settings(EXAMPLE)
    [box] = settings.mailboxes
    assert (box.name, box.kind, box.host, box.port) == (
        "saraban",
        "imap",
        "imap.example.go.th",
        993,
    )
    assert box.security == "ssl" and box.password_env == "INTAKE_SARABAN_PASSWORD"
    assert box.processed_folder == "Processed" and box.server_action == "move"
    assert settings.receipt_prefix == "REQ" and settings.database.url is None


# -- wrong values: one ConfigError line naming the key --------------------------------

BAD_CONFIGS: list[tuple[str, dict[str, Any], dict[str, Any], list[str]]] = [
    ("port not a number", {}, {"port": "abc"}, ["mailboxes[0].port", "integer", "'abc'"]),
    ("port too large", {}, {"port": 70000}, ["mailboxes[0].port", "65535"]),
    ("unknown security", {}, {"security": "tls"}, ["mailboxes[0].security", "starttls"]),
    ("unknown mailbox key", {}, {"hots": "x"}, ["mailboxes[0].hots", "unknown key"]),
    ("unknown top key", {"colour": "blue"}, {}, ["colour", "unknown key"]),
    ("imap without host", {}, {"host": ""}, ["mailboxes[0]", "host is required"]),
    ("plain to a remote host", {}, {"security": "plain", "port": 143}, ["mailboxes[0]", "plain"]),
    ("bad receipt prefix", {"receipt_prefix": "req1"}, {}, ["receipt_prefix"]),
    ("attempts out of range", {"max_attempts": 0}, {}, ["max_attempts"]),
]


@pytest.mark.parametrize(
    ("top", "box", "expected"),
    [case[1:] for case in BAD_CONFIGS],
    ids=[case[0] for case in BAD_CONFIGS],
)
def test_wrong_value_is_one_line_naming_the_key(
    tmp_path: Path, top: dict[str, Any], box: dict[str, Any], expected: list[str]
) -> None:
    path = write_config(
        tmp_path / "bad.toml", data_dir=tmp_path / "var", mailboxes=[imap_box(**box)], **top
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"config {path}:")
    for fragment in expected:
        assert fragment in text, text


def test_plain_is_allowed_on_loopback_or_when_asked(tmp_path: Path) -> None:
    boxes = [
        imap_box(name="a", host="127.0.0.1", security="plain"),
        imap_box(name="b", host="localhost", security="plain"),
        imap_box(name="c", host="::1", security="plain"),
        imap_box(name="d", host="mail.example.go.th", security="plain", allow_plain_remote=True),
    ]
    path = write_config(tmp_path / "ok.toml", data_dir=tmp_path / "var", mailboxes=boxes)
    assert [m.name for m in load_settings(path).mailboxes] == ["a", "b", "c", "d"]


def test_duplicate_mailbox_names(tmp_path: Path) -> None:
    path = write_config(
        tmp_path / "dup.toml", data_dir=tmp_path / "var", mailboxes=[imap_box(), imap_box()]
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert "unique" in str(caught.value) and "saraban" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_password_itself_is_not_a_key(tmp_path: Path) -> None:
    path = write_config(
        tmp_path / "pw.toml", data_dir=tmp_path / "var", mailboxes=[imap_box(password="hunter2")]
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert "mailboxes[0].password" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_bad_toml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('data_dir = "var"\n[[mailboxes]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert "not valid TOML" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('data_dir = "var"\n[[mailboxes]]\nname = "saraban"\nport = "abc"\n', "port"),
        ("data_dir = [unclosed\n", "not valid TOML"),
    ],
    ids=["bad-port", "bad-toml"],
)
def test_cli_bad_config_is_one_intake_line_without_traceback(
    tmp_path: Path, content: str, fragment: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    done = run_cli(bad, "status", cwd=tmp_path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("intake:") and fragment in lines[0]
    assert done.stdout == ""


# -- environment overrides ------------------------------------------------------------


def test_env_beats_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "file-dir",
        mailboxes=[],
        database_url="sqlite:///file.db",
        max_attempts=3,
    )
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path / "env-dir"))
    monkeypatch.setenv("INTAKE_DATABASE__URL", "sqlite:///env.db")
    monkeypatch.setenv("INTAKE_MAX_ATTEMPTS", "7")
    settings = load_settings(path)
    assert settings.data_dir == tmp_path / "env-dir"
    assert settings.database_url == "sqlite:///env.db"
    assert settings.max_attempts == 7
    assert settings.drop_dir == tmp_path / "env-dir" / "inbox"


def test_env_database_url_without_a_database_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "d", mailboxes=[])
    monkeypatch.setenv("INTAKE_DATABASE__URL", f"sqlite:///{tmp_path / 'env.db'}")
    settings = load_settings(path)
    open_context(settings)
    assert (tmp_path / "env.db").is_file()
    assert not (tmp_path / "d" / "intake.db").exists()


def test_bad_env_value_names_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_MAX_ATTEMPTS", "many")
    with pytest.raises(ConfigError) as caught:
        load_settings(None)
    assert "max_attempts" in str(caught.value) and "\n" not in str(caught.value)


def test_unrelated_intake_env_vars_are_not_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Password and keyring variables share the INTAKE_ prefix; they must not be rejected."""
    monkeypatch.setenv("INTAKE_SARABAN_PASSWORD", "secret-password")
    monkeypatch.setenv("INTAKE_KEYRING", "x")
    assert load_settings(None).mailboxes == []


# -- passwords, read at poll time -----------------------------------------------------


def test_password_from_env_or_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_TEST_PW", "from-env")
    box = MailboxSettings(**imap_box(password_env="INTAKE_TEST_PW"))
    assert box.password() == "from-env"
    secret = tmp_path / "pw.txt"
    secret.write_text("from-file\n", encoding="utf-8")
    box = MailboxSettings(**imap_box(password_env=None, password_file=secret))
    assert box.password() == "from-file"


@pytest.fixture
def greeting_port() -> Iterator[int]:
    """A loopback socket that greets like an IMAP server, so a client gets as far as login."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)

    def serve() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn, conn.makefile("rwb") as stream:
            conn.settimeout(3)
            stream.write(b"* OK IMAP4rev1 ready\r\n")
            stream.flush()
            try:
                for line in stream:  # answer CAPABILITY; a LOGIN never comes
                    tag = line.split(b" ", 1)[0]
                    stream.write(b"* CAPABILITY IMAP4rev1\r\n" + tag + b" OK done\r\n")
                    stream.flush()
            except OSError:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    listener.close()


def _missing_password_config(tmp_path: Path, port: int) -> Path:
    box = imap_box(host="127.0.0.1", port=port, security="plain", password_env=MISSING_PASSWORD_ENV)
    return write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[box])


def test_missing_password_env_is_one_line_at_poll_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], greeting_port: int
) -> None:
    config = _missing_password_config(tmp_path, greeting_port)
    assert load_settings(config).mailboxes[0].password_env == MISSING_PASSWORD_ENV  # loads fine
    code, _, err = invoke(capsys, "--config", str(config), "poll", "--once")
    assert code != 0
    lines = error_lines(err)
    assert len(lines) == 1, err
    assert lines[0].startswith("intake:")
    assert MISSING_PASSWORD_ENV in lines[0] and "not set" in lines[0]
    assert "Traceback" not in err


def test_missing_password_env_shows_in_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], greeting_port: int
) -> None:
    config = _missing_password_config(tmp_path, greeting_port)
    invoke(capsys, "--config", str(config), "poll", "--once")
    settings = load_settings(config)
    [box] = build_status(open_context(settings)).mailboxes
    assert box.last_poll_at is not None
    assert box.last_error is not None and MISSING_PASSWORD_ENV in box.last_error
