"""Settings: one TOML file, overridden by environment variables, validated once at start-up.

Where the file comes from: `--config PATH`, else `$INTAKE_CONFIG`, else `config/agency.toml`
when it exists, else the embedded defaults (SQLite, keyring and a drop folder in `var/`).
Environment variables override the file: `INTAKE_DATA_DIR`, `INTAKE_DATABASE__URL`, ...
(nested keys joined by a double underscore). Every key is documented in
`config/agency.example.toml`.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from intake.errors import ConfigError

DEFAULT_CONFIG_PATH = Path("config/agency.toml")
SHIPPED_FORMS = Path(__file__).resolve().parents[1] / "config" / "forms"
SHIPPED_MAIL = Path(__file__).resolve().parents[1] / "config" / "mail"
MAILBOX_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class MailboxSettings(BaseModel):
    """One inbox: an IMAP folder, or a local drop folder of .eml files."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    kind: Literal["imap", "folder"] = "imap"
    # IMAP
    host: str | None = None
    port: int = Field(default=993, ge=1, le=65535)
    security: Literal["ssl", "starttls", "plain"] = "ssl"
    allow_plain_remote: bool = False
    ca_file: Path | None = None
    username: str | None = None
    password_env: str | None = None
    password_file: Path | None = None
    folder: str = "INBOX"
    timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    # folder source
    path: Path | None = None
    # both
    processed_folder: str = "Processed"
    # IMAP: move | flag | leave. Folder: delete (the default: no plaintext stays on disk),
    # or move | leave only when set explicitly (`keeps_plaintext`).
    server_action: Literal["move", "flag", "leave", "delete"] = "move"
    poll_seconds: int = Field(default=60, ge=5, le=86400)
    max_message_mb: float = Field(default=25.0, gt=0, le=2048)
    fetch_batch: int = Field(default=100, ge=1, le=1000)
    # IMAP IDLE: wake the poll when the server reports new mail; RFC 2177 allows 29 minutes
    idle: bool = True
    idle_renew_seconds: int = Field(default=600, ge=30, le=1740)
    # sender authenticity (extractors.sender_auth): the authserv-id the agency's own
    # receiving server writes in Authentication-Results; unset = no result is believed
    trusted_authserv_id: str | None = Field(default=None, min_length=1, max_length=255)
    # the agency's own domains and names, to flag a From that imitates them
    # (default domain: the one in `username`, when it is an address)
    agency_domains: list[str] = []
    agency_names: list[str] = []

    @model_validator(mode="after")
    def _check_kind(self) -> MailboxSettings:
        if not MAILBOX_NAME.match(self.name):
            raise ValueError("name must be 1-40 lower-case letters, digits, '-' or '_'")
        if self.kind == "imap":
            for key in ("host", "username"):
                if not getattr(self, key):
                    raise ValueError(f"{key} is required for an IMAP mailbox")
            if not (self.password_env or self.password_file):
                raise ValueError("set password_env or password_file (never the password itself)")
            if self.security == "plain" and not (
                _is_loopback(self.host) or self.allow_plain_remote
            ):
                raise ValueError(
                    "security = 'plain' sends the password unencrypted; use 'ssl' or 'starttls',"
                    " or set allow_plain_remote = true if you really mean it"
                )
            if self.server_action == "delete":
                raise ValueError(
                    "server_action = 'delete' is for folder mailboxes; on IMAP use move,"
                    " flag or leave (mail is deleted from the server only by retention)"
                )
        elif self.path is None:
            raise ValueError("path is required for a folder mailbox")
        return self

    @property
    def folder_action(self) -> str:
        """What a drop folder does with a captured file: delete it, unless the operator
        set `server_action` explicitly (then move, or leave for flag/leave)."""
        if "server_action" not in self.model_fields_set:
            return "delete"
        return {"flag": "leave"}.get(self.server_action, self.server_action)

    @property
    def keeps_plaintext(self) -> bool:
        """A folder mailbox that keeps captured mail readable on disk after capture."""
        return self.kind == "folder" and self.folder_action != "delete"

    @property
    def max_message_bytes(self) -> int:
        return int(self.max_message_mb * 1024 * 1024)

    @property
    def own_domains(self) -> list[str]:
        """The agency's domains: as configured, else the domain of the username address."""
        if self.agency_domains:
            return [d.strip().lower() for d in self.agency_domains if d.strip()]
        if self.username and "@" in self.username:
            return [self.username.rpartition("@")[2].strip().lower()]
        return []

    def password(self) -> str:
        """Read the password from its env var or file, at connect time."""
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    f"mailbox {self.name!r}: environment variable {self.password_env} is not set;"
                    " set it to the mailbox password"
                )
            return value
        assert self.password_file is not None
        try:
            return self.password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                f"mailbox {self.name!r}: cannot read password_file {self.password_file}"
                f" ({exc.strerror}); check the path and its permissions"
            ) from None


class AuditSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # A folder on another disk or mount that receives signed, chained checkpoints of the
    # audit trail (storage.witness); `intake audit verify` checks the store against it.
    witness_dir: Path | None = None


class SmtpSettings(BaseModel):
    """Where outgoing mail (acknowledgements, staff replies) is submitted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["ssl", "starttls", "plain"] = "starttls"
    allow_plain_remote: bool = False
    ca_file: Path | None = None
    username: str | None = None
    password_env: str | None = None
    from_address: str = Field(pattern=r"^[^@\s<>]+@[^@\s<>]+$")
    timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    # optional: append a copy of each staff reply to this mailbox's Sent folder over IMAP
    sent_copy_mailbox: str | None = None
    sent_folder: str = "Sent"

    @model_validator(mode="after")
    def _check_plain(self) -> SmtpSettings:
        if self.security == "plain" and not (_is_loopback(self.host) or self.allow_plain_remote):
            raise ValueError(
                "security = 'plain' sends mail and password unencrypted; use 'ssl' or"
                " 'starttls', or set allow_plain_remote = true if you really mean it"
            )
        if self.username and not self.password_env:
            raise ValueError("username is set: set password_env too (never the password itself)")
        return self

    def password(self) -> str | None:
        if not self.username or not self.password_env:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise ConfigError(
                f"smtp: environment variable {self.password_env} is not set;"
                " set it to the SMTP password"
            )
        return value

    @property
    def domain(self) -> str:
        return self.from_address.rpartition("@")[2].lower()


class AckSettings(BaseModel):
    """The acknowledgement (with a signed receipt) sent when a case is opened."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    to: Literal["sender", "email_field"] = "sender"  # email_field: the case's `email` field
    per_sender_per_hour: int = Field(default=1, ge=0, le=1000)
    per_recipient_per_day: int = Field(default=5, ge=0, le=10000)
    answer_days: int = Field(default=15, ge=1, le=365)  # "we answer within N days"
    max_age_hours: int = Field(default=72, ge=1, le=87600)  # older mail (by Date) gets none
    templates_dir: Path | None = None  # default: config/mail here, else the one shipped


class FollowUpSettings(BaseModel):
    """Mail filed into a case from another mailbox than its request's (a receipt number
    in the subject files mail whoever writes). Receipt numbers are sequential, so one
    mailbox may append only this many mails a day to cases it did not open; past that a
    mail is kept as its own ignored message with the reason (intake/follow_ups.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    other_address_per_day: int = Field(default=10, ge=0, le=10000)


class AgencySettings(BaseModel):
    """Who the agency is, as its outgoing mail and receipts say."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name_th: str = "หน่วยงาน"
    name_en: str = "The agency"
    dpo_contact: str = "dpo@agency.invalid"  # the data protection officer (PDPA §23)
    public_url: str = "http://127.0.0.1:8000"  # where citizens reach /verify
    own_addresses: list[str] = []  # never acknowledge mail from these (besides from_address)
    message_id_domain: str | None = None  # default: the domain of smtp.from_address


class SigningSettings(BaseModel):
    """The receipt-signing key and certificate, kept apart from the encryption keys.
    Unset: a self-signed pair is made in data_dir/signing on first use (mode 0600)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key_file: Path | None = None
    cert_file: Path | None = None
    key_password_env: str | None = None

    @model_validator(mode="after")
    def _both(self) -> SigningSettings:
        if (self.key_file is None) != (self.cert_file is None):
            raise ValueError("set both key_file and cert_file, or neither")
        return self


class OutboxSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_attempts: int = Field(default=10, ge=1, le=100)
    retry_base_seconds: float = Field(default=30.0, ge=0, le=86400)
    lease_seconds: float = Field(default=120.0, ge=0, le=86400)  # a claimed row waits this long
    interval_seconds: int = Field(default=30, ge=1, le=3600)


WEBHOOK_EVENTS = ("case.created", "case.status_changed", "reply.received", "reply.sent")
WebhookEvent = Literal["case.created", "case.status_changed", "reply.received", "reply.sent"]


def _all_events() -> list[WebhookEvent]:
    return list(get_args(WebhookEvent))


class WebhookSettings(BaseModel):
    """One endpoint that receives Standard Webhooks deliveries (see intake/webhooks.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,35}$")
    url: str
    secret_env: str  # the environment variable holding the whsec_... secret
    events: list[WebhookEvent] = Field(default_factory=lambda: _all_events())
    personal_data: bool = False  # True: the sender's fields too, sealed in the outbox
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    allow_plain_remote: bool = False

    @model_validator(mode="after")
    def _safe_url(self) -> WebhookSettings:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("url must be an http:// or https:// address")
        remote = not _is_loopback(parts.hostname)
        if parts.scheme == "http" and remote and not self.allow_plain_remote:
            raise ValueError(
                "plain http only to this machine; use https, or set allow_plain_remote = true"
            )
        return self

    def secret(self) -> str:
        value = os.environ.get(self.secret_env)
        if not value:
            raise ConfigError(
                f"webhooks.{self.name}: environment variable {self.secret_env} is not set;"
                " export the whsec_... secret there"
            )
        return value


class DatabaseSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str | None = None  # default: SQLite in data_dir


class StorageSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # files: data_dir/blobs (the default); database: the blobs table, so workers on several
    # hosts share nothing but PostgreSQL
    blobs: Literal["files", "database"] = "files"


class LimitSettings(BaseModel):
    """How long and how much memory one parse or extraction of one message may take.

    Untrusted content is parsed in a pooled child process (extractors.sandbox); a
    message over either limit costs itself an attempt with the reason, never the worker.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # enough for the OCR of a scanned form (tesseract runs under the same memory cap)
    parse_seconds: float = Field(default=120.0, gt=0, le=3600)
    parse_memory_mb: int = Field(default=2048, ge=128, le=65536)
    # mails of one batch parsed at once, each in its own child (about 55 MB resident
    # each): 2 read a batch about a fifth faster on 2 cores than 1
    parse_processes: int = Field(default=2, ge=1, le=16)


class AlertSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # `intake status` warns (and /healthz reports) when a message waits longer than this
    max_pending_minutes: float = Field(default=60.0, gt=0, le=525600)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="INTAKE_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    data_dir: Path = Path("var")
    database: DatabaseSettings = DatabaseSettings()
    storage: StorageSettings = StorageSettings()
    audit: AuditSettings = AuditSettings()
    keyring_file: Path | None = None  # default: data_dir/keyring.json
    forms_dir: Path | None = None  # default: config/forms here, else the one shipped
    receipt_prefix: str = Field(default="REQ", pattern=r"^[A-Z]{2,6}$")
    max_attempts: int = Field(default=5, ge=1, le=50)
    retry_base_seconds: float = Field(default=30.0, ge=0, le=86400)
    stage_interval_seconds: int = Field(default=10, ge=1, le=3600)
    blind_index_bits: int = Field(default=32, ge=1, le=256)
    audit_checkpoint_every: int = Field(default=100, ge=1, le=1_000_000)
    log_format: Literal["json", "text"] = "json"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    mailboxes: list[MailboxSettings] = []
    smtp: SmtpSettings | None = None  # unset: acknowledgements wait in the outbox
    ack: AckSettings = AckSettings()
    follow_ups: FollowUpSettings = FollowUpSettings()
    agency: AgencySettings = AgencySettings()
    signing: SigningSettings = SigningSettings()
    outbox: OutboxSettings = OutboxSettings()
    limits: LimitSettings = LimitSettings()
    alerts: AlertSettings = AlertSettings()
    # `intake import`: a file over this size is recorded as oversized, never read whole
    import_max_message_mb: float = Field(default=25.0, gt=0, le=2048)
    webhooks: list[WebhookSettings] = []
    source_file: Path | None = None  # where these settings were read from, if anywhere

    @model_validator(mode="after")
    def _unique_names(self) -> Settings:
        names = [m.name for m in self.mailboxes]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"mailbox names must be unique; repeated: {', '.join(dupes)}")
        return self

    @model_validator(mode="after")
    def _database_blobs_need_postgres(self) -> Settings:
        if self.storage.blobs == "database" and not self.database_url.startswith("postgresql"):
            raise ValueError(
                'storage.blobs = "database" needs PostgreSQL (set database.url);'
                ' with SQLite keep blobs = "files"'
            )
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The TOML file arrives as init kwargs; the environment must win over it.
        return (env_settings, init_settings)

    @property
    def database_url(self) -> str:
        if self.database.url:
            return self.database.url
        return f"sqlite:///{self.data_dir / 'intake.db'}"

    @property
    def keyring_path(self) -> Path:
        return self.keyring_file or self.data_dir / "keyring.json"

    @property
    def forms_path(self) -> Path:
        if self.forms_dir is not None:
            return self.forms_dir
        local = Path("config/forms")
        return local if local.is_dir() else SHIPPED_FORMS

    @property
    def mail_templates_path(self) -> Path:
        if self.ack.templates_dir is not None:
            return self.ack.templates_dir
        local = Path("config/mail")
        return local if local.is_dir() else SHIPPED_MAIL

    @property
    def message_id_domain(self) -> str:
        if self.agency.message_id_domain:
            return self.agency.message_id_domain.lower()
        return self.smtp.domain if self.smtp else "saraban-intake.invalid"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def drop_dir(self) -> Path:
        return self.data_dir / "inbox"

    def effective_mailboxes(self) -> list[MailboxSettings]:
        """The configured mailboxes, or the embedded default: a drop folder in data_dir."""
        if self.mailboxes:
            return list(self.mailboxes)
        return [MailboxSettings(name="drop", kind="folder", path=self.drop_dir)]

    def mailbox(self, name: str) -> MailboxSettings:
        for mailbox in self.effective_mailboxes():
            if mailbox.name == name:
                return mailbox
        raise ConfigError(f"no mailbox named {name!r} in the configuration")


def _is_loopback(host: str | None) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def config_path(explicit: Path | None) -> Path | None:
    """The settings file to read, or None for the embedded defaults."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get("INTAKE_CONFIG")
    if from_env:
        return Path(from_env)
    return DEFAULT_CONFIG_PATH if DEFAULT_CONFIG_PATH.exists() else None


def load_settings(explicit: Path | None = None) -> Settings:
    """Read and validate the settings; any problem is one ConfigError line."""
    path = config_path(explicit)
    data: dict[str, Any] = {}
    if path is not None:
        data = _read_toml(path)
        data["source_file"] = path
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, path)) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(
            f"config file {path} not found; copy config/agency.example.toml there"
            " or unset INTAKE_CONFIG to run on the embedded defaults"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None


def describe_validation_error(exc: ValidationError, path: Path | None) -> str:
    """One line per problem (usually one), naming the key and what is expected."""
    where = f"config {path}" if path else "config"
    problems = []
    for error in exc.errors():
        key = _dotted(error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key (check the spelling against config/agency.example.toml)"
        elif error["type"] == "missing":
            message = "missing; this key is required"
        got = error.get("input")
        secret = any(word in key.lower() for word in ("password", "secret", "token", "key"))
        hidden = secret or error["type"] == "extra_forbidden" or isinstance(got, dict | list)
        shown = "" if hidden or got is None else f" (got {got!r})"
        problems.append(f"{key}: {message}{shown}" if key else f"{message}")
    return f"{where}: " + "; ".join(problems)


def _dotted(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]"] if parts else [f"[{item}]"]
        else:
            parts.append(item)
    return ".".join(parts)
