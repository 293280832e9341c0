"""SMTP submission (ssl, starttls or plain on loopback) with one-line errors.

MailError                  safe to log, one actionable line
├── SmtpNotConfigured      no [smtp] section: mail waits in the outbox
├── SmtpUnavailable        connection, TLS or timeout: retried with backoff
├── SmtpLoginFailed        wrong user name or password: retried, and shown in status
└── SmtpRejected           the server refused this mail (5xx): not retried
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import getaddresses

from intake.errors import ConfigError, IntakeError
from intake.settings import SmtpSettings


class MailError(IntakeError):
    pass


class SmtpNotConfigured(MailError):
    def __init__(self) -> None:
        super().__init__(
            "smtp: not configured; acknowledgements wait in the outbox until [smtp] is set"
            " in the config file"
        )


class SmtpUnavailable(MailError):
    pass


class SmtpLoginFailed(MailError):
    pass


class SmtpRejected(MailError):
    pass


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.ca_file is not None:
        context.load_verify_locations(cafile=str(settings.ca_file))
    return context


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    where = f"smtp {settings.host}:{settings.port}"
    try:
        client: smtplib.SMTP
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                timeout=settings.timeout_seconds,
                context=_tls_context(settings),
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
            if settings.security == "starttls":
                client.starttls(context=_tls_context(settings))
    except ssl.SSLError as exc:
        raise SmtpUnavailable(
            f"{where}: TLS failed ({exc.reason or type(exc).__name__}); check security"
            " (ssl or starttls), the port and ca_file"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise SmtpUnavailable(
            f"{where}: the server does not offer STARTTLS; use security = 'ssl' or another port"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpUnavailable(
            f"{where}: cannot connect ({_why(exc)}); check host, port and that the server runs"
        ) from None
    return client


def _why(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def send_mail(settings: SmtpSettings | None, mail: EmailMessage) -> str:
    """Submit one message; returns the server's answer. Raises a MailError."""
    if settings is None:
        raise SmtpNotConfigured()
    try:
        password = settings.password()
    except ConfigError as exc:
        raise SmtpLoginFailed(str(exc)) from None
    recipients = [addr for _, addr in getaddresses(mail.get_all("To", []) + mail.get_all("Cc", []))]
    client = _connect(settings)
    where = f"smtp {settings.host}:{settings.port}"
    try:
        _login(client, settings, password)
        refused = client.send_message(mail, from_addr=settings.from_address, to_addrs=recipients)
        if refused:
            raise SmtpRejected(f"{where}: recipient refused ({len(refused)} of {len(recipients)})")
        return "250 accepted"
    except smtplib.SMTPRecipientsRefused as exc:
        raise SmtpRejected(f"{where}: recipient refused ({_codes(exc.recipients)})") from None
    except smtplib.SMTPResponseException as exc:
        if 500 <= exc.smtp_code < 600:
            raise SmtpRejected(f"{where}: message refused ({exc.smtp_code})") from None
        raise SmtpUnavailable(f"{where}: temporary failure ({exc.smtp_code}); retrying") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpUnavailable(f"{where}: sending failed ({_why(exc)}); retrying") from None
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


def _login(client: smtplib.SMTP, settings: SmtpSettings, password: str | None) -> None:
    """Log in when a user name is set; a refusal (some servers hang up after it) is
    SmtpLoginFailed, one line naming the user and where the password comes from."""
    if not settings.username or password is None:
        return
    where = f"smtp {settings.host}:{settings.port}"
    try:
        client.login(settings.username, password)
    except (smtplib.SMTPAuthenticationError, smtplib.SMTPServerDisconnected):
        raise SmtpLoginFailed(
            f"{where}: login failed for user {settings.username!r}; check username and"
            f" the password in ${settings.password_env}"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise SmtpLoginFailed(
            f"{where}: the server offers no AUTH here; use starttls or ssl, or remove username"
        ) from None


def _codes(recipients: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(sorted({str(code) for code, _ in recipients.values()}))


def check_smtp(settings: SmtpSettings | None) -> str | None:
    """Connect (and log in) without sending: None when fine, else the one-line error."""
    if settings is None:
        return SmtpNotConfigured().args[0]
    try:
        password = settings.password()
        client = _connect(settings)
    except (MailError, ConfigError) as exc:
        return str(exc)
    try:
        _login(client, settings, password)
        return None
    except SmtpLoginFailed as exc:
        return str(exc)
    except (OSError, smtplib.SMTPException) as exc:
        return f"smtp {settings.host}:{settings.port}: {_why(exc)}"
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
