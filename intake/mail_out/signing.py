"""The agency's receipt-signing key and certificate, apart from the encryption keys.

Configured with `[signing] key_file`/`cert_file` (a certificate from the agency's CA).
Unset, the embedded default makes a self-signed pair in `data_dir/signing/` on first
use (mode 0600): enough for a receipt anyone can check against the agency's published
certificate, and replaceable later without touching any encrypted data.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from intake.errors import ConfigError
from intake.settings import Settings

if TYPE_CHECKING:  # imported when a receipt is signed, not by every command's start-up
    from pyhanko.sign import signers

DEFAULT_DIR = "signing"
KEY_NAME = "receipt-signing.key"
CERT_NAME = "receipt-signing.crt"


def signing_paths(settings: Settings) -> tuple[Path, Path]:
    if settings.signing.key_file and settings.signing.cert_file:
        return settings.signing.key_file, settings.signing.cert_file
    folder = settings.data_dir / DEFAULT_DIR
    return folder / KEY_NAME, folder / CERT_NAME


def load_signer(settings: Settings) -> signers.SimpleSigner:
    """The signer for receipts; makes the self-signed default pair when none exists."""
    key_file, cert_file = signing_paths(settings)
    if not settings.signing.key_file and not key_file.exists():
        create_self_signed(key_file, cert_file, settings.agency.name_en)
    from pyhanko.sign import signers

    password = _password(settings)
    try:
        signer = signers.SimpleSigner.load(str(key_file), str(cert_file), key_passphrase=password)
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"signing: cannot load key_file {key_file} / cert_file {cert_file}"
            f" ({type(exc).__name__}); check the paths, the PEM format and the password"
        ) from None
    if signer is None:
        raise ConfigError(
            f"signing: cannot load key_file {key_file} / cert_file {cert_file};"
            " check the paths, the PEM format and key_password_env"
        )
    return signer


def _password(settings: Settings) -> bytes | None:
    name = settings.signing.key_password_env
    if not name:
        return None
    value = os.environ.get(name)
    if value is None:
        raise ConfigError(f"signing: environment variable {name} is not set; set it")
    return value.encode()


def create_self_signed(key_file: Path, cert_file: Path, common_name: str) -> None:
    """An EC P-256 key and a ten-year self-signed certificate for signing receipts."""
    key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{common_name} receipts"[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, common_name[:64]),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    cert_file.chmod(0o600)
