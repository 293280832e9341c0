"""SMTP submission over STARTTLS and implicit TLS with authentication, against aiosmtpd
with a test CA: the password only crosses an encrypted channel, a wrong one is one
line, and the server's certificate is checked against ca_file."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from servers import LOOPBACK, free_port
from servers.tls import TlsFiles, make_tls_files

from intake.mail_out.smtp import SmtpLoginFailed, SmtpUnavailable, check_smtp, send_mail
from intake.settings import SmtpSettings

pytestmark = pytest.mark.integration
USER, PASSWORD, ENV = "saraban", "s3cret-pass", "INTAKE_TEST_SMTP_PASSWORD"


class _Keep:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.messages.append(bytes(envelope.original_content or b""))
        return "250 ok"


def _authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok)


@pytest.fixture
def tls(tmp_path: Path) -> TlsFiles:
    (tmp_path / "tls").mkdir()
    return make_tls_files(tmp_path / "tls")


def _server_context(tls: TlsFiles) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls.cert_file), str(tls.key_file))
    return context


@pytest.fixture
def starttls_server(tls: TlsFiles) -> Iterator[tuple[int, _Keep]]:
    handler = _Keep()
    port = free_port()
    controller = Controller(
        handler,
        hostname=LOOPBACK,
        port=port,
        tls_context=_server_context(tls),
        require_starttls=True,
        authenticator=_authenticator,
        auth_require_tls=True,
    )
    controller.start()
    yield port, handler
    controller.stop()


@pytest.fixture
def ssl_server(tls: TlsFiles) -> Iterator[tuple[int, _Keep]]:
    handler = _Keep()
    port = free_port()
    controller = Controller(
        handler,
        hostname=LOOPBACK,
        port=port,
        ssl_context=_server_context(tls),
        authenticator=_authenticator,
        auth_require_tls=False,
    )
    controller.start()
    yield port, handler
    controller.stop()


def _settings(port: int, security: str, tls: TlsFiles | None) -> SmtpSettings:
    return SmtpSettings(
        host=LOOPBACK,
        port=port,
        security=security,  # type: ignore[arg-type]
        ca_file=tls.ca_file if tls else None,
        username=USER,
        password_env=ENV,
        from_address="saraban@agency.example.go.th",
        timeout_seconds=10,
    )


def _mail() -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "saraban@agency.example.go.th"
    mail["To"] = "somchai@example.org"
    mail["Subject"] = "[REQ-2569-000001] ทดสอบ"
    mail["Message-ID"] = "<sb.1.x@agency.example.go.th>"
    mail.set_content("ทดสอบ", charset="utf-8")
    return mail


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_submission_with_tls_and_login(
    security: str,
    tls: TlsFiles,
    starttls_server: tuple[int, _Keep],
    ssl_server: tuple[int, _Keep],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port, handler = starttls_server if security == "starttls" else ssl_server
    monkeypatch.setenv(ENV, PASSWORD)
    settings = _settings(port, security, tls)
    assert check_smtp(settings) is None
    send_mail(settings, _mail())
    assert len(handler.messages) == 1 and b"sb.1.x@agency" in handler.messages[0]


def test_a_wrong_password_is_one_line(
    tls: TlsFiles, starttls_server: tuple[int, _Keep], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, handler = starttls_server
    monkeypatch.setenv(ENV, "wrong")
    with pytest.raises(SmtpLoginFailed) as caught:
        send_mail(_settings(port, "starttls", tls), _mail())
    assert str(caught.value) == (
        f"smtp {LOOPBACK}:{port}: login failed for user 'saraban'; check username and"
        f" the password in ${ENV}"
    )
    assert "wrong" not in str(caught.value) and handler.messages == []


def test_an_untrusted_certificate_is_refused(
    tmp_path: Path, starttls_server: tuple[int, _Keep], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, handler = starttls_server
    monkeypatch.setenv(ENV, PASSWORD)
    (tmp_path / "other").mkdir()
    other_ca = make_tls_files(tmp_path / "other")  # a CA that did not sign the server
    with pytest.raises(SmtpUnavailable, match="TLS failed"):
        send_mail(_settings(port, "starttls", other_ca), _mail())
    assert handler.messages == []
