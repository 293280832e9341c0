"""Standard Webhooks (standardwebhooks.com) signatures, and the spec's retry schedule.

A delivery carries three headers: `webhook-id` (the same on every retry, so a receiver can
drop duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature`: `v1,` and the
base64 HMAC-SHA256, under the endpoint's secret, of `id.timestamp.body`. Secrets are written
`whsec_` + base64 of at least 24 random bytes. The few lines are ours rather than the
`standardwebhooks` package's so that the sender and the verifier the agency's guide shows
are the same code, and both are tested against each other and against a fixed vector.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping

SECRET_PREFIX = "whsec_"
SIGNATURE_VERSION = "v1"
TOLERANCE_SECONDS = 5 * 60  # a receiver refuses older (or future) timestamps: replays
# The schedule the spec recommends (after the first try): 5 s, 5 min, 30 min, 2 h, 5 h,
# 10 h, 10 h. After the last failure the delivery is dead-lettered.
RETRY_DELAYS_SECONDS = (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600)


class InvalidSignature(Exception):
    """The delivery was not signed with this secret, or is too old, or was changed."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def secret_bytes(secret: str) -> bytes:
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        raw = base64.b64decode(encoded, validate=True)
    except ValueError:
        raise ValueError("a webhook secret is 'whsec_' followed by base64") from None
    if len(raw) < 24:
        raise ValueError("a webhook secret needs at least 24 random bytes")
    return raw


def sign(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_bytes(secret), signed, hashlib.sha256).digest()
    return f"{SIGNATURE_VERSION},{base64.b64encode(digest).decode()}"


def headers(
    secret: str, webhook_id: str, body: bytes, timestamp: int | None = None
) -> dict[str, str]:
    stamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign(secret, webhook_id, stamp, body),
        "content-type": "application/json",
    }


def verify(secret: str, received: Mapping[str, str], body: bytes, now: int | None = None) -> None:
    """Raise InvalidSignature unless `body` is what the holder of `secret` sent, lately.

    `received` are the request's headers (any case). Several space-separated signatures may
    be sent while a secret is being rotated; one valid `v1` signature is enough.
    """
    lowered = {k.lower(): v for k, v in received.items()}
    try:
        webhook_id = lowered["webhook-id"]
        timestamp = int(lowered["webhook-timestamp"])
        offered = lowered["webhook-signature"].split()
    except (KeyError, ValueError):
        raise InvalidSignature("missing or malformed webhook headers") from None
    current = int(time.time()) if now is None else now
    if abs(current - timestamp) > TOLERANCE_SECONDS:
        raise InvalidSignature("timestamp outside the tolerance: a replay or a wrong clock")
    expected = sign(secret, webhook_id, timestamp, body)
    if not any(hmac.compare_digest(expected, candidate) for candidate in offered):
        raise InvalidSignature("no signature matches")


def retry_delay(attempts_made: int) -> int | None:
    """Seconds to wait after `attempts_made` failed tries, or None: give up (dead letter)."""
    if attempts_made < 1 or attempts_made > len(RETRY_DELAYS_SECONDS):
        return None
    return RETRY_DELAYS_SECONDS[attempts_made - 1]
