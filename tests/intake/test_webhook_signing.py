"""Standard Webhooks signatures: a fixed vector computed independently, round trips, and
every way a forged or replayed delivery is refused."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from intake.webhook_signing import (
    RETRY_DELAYS_SECONDS,
    InvalidSignature,
    headers,
    new_secret,
    retry_delay,
    sign,
    verify,
)

SECRET = "whsec_" + base64.b64encode(bytes(range(32))).decode()
BODY = b'{"type":"case.created","data":{"receipt_no":"REQ-2569-000001"}}'
NOW = 1_764_600_000


def test_signature_matches_a_vector_computed_independently() -> None:
    expected = base64.b64encode(
        hmac.new(
            bytes(range(32)), b"msg_1." + str(NOW).encode() + b"." + BODY, hashlib.sha256
        ).digest()
    ).decode()
    assert sign(SECRET, "msg_1", NOW, BODY) == f"v1,{expected}"


def test_round_trip_and_rotation_list() -> None:
    sent = headers(SECRET, "msg_1", BODY, timestamp=NOW)
    verify(SECRET, sent, BODY, now=NOW + 10)
    other = new_secret()
    both = dict(
        sent,
        **{"webhook-signature": f"{sign(other, 'msg_1', NOW, BODY)} {sent['webhook-signature']}"},
    )
    verify(SECRET, {k.upper(): v for k, v in both.items()}, BODY, now=NOW)


@pytest.mark.parametrize(
    "change",
    [
        lambda h, b: (h, b + b" "),  # body changed
        lambda h, b: (dict(h, **{"webhook-id": "msg_2"}), b),  # id changed
        lambda h, b: (dict(h, **{"webhook-timestamp": str(NOW + 1)}), b),  # time changed
        lambda h, b: (dict(h, **{"webhook-signature": "v1,AAAA"}), b),  # forged
        lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b),  # unsigned
    ],
)
def test_a_changed_or_forged_delivery_is_refused(change) -> None:  # type: ignore[no-untyped-def]
    sent, body = change(headers(SECRET, "msg_1", BODY, timestamp=NOW), BODY)
    with pytest.raises(InvalidSignature):
        verify(SECRET, sent, body, now=NOW)


def test_a_replay_outside_the_tolerance_is_refused() -> None:
    sent = headers(SECRET, "msg_1", BODY, timestamp=NOW)
    with pytest.raises(InvalidSignature, match="tolerance"):
        verify(SECRET, sent, BODY, now=NOW + 301)


def test_another_secret_does_not_verify() -> None:
    with pytest.raises(InvalidSignature):
        verify(new_secret(), headers(SECRET, "msg_1", BODY, timestamp=NOW), BODY, now=NOW)


def test_short_or_malformed_secrets_are_refused() -> None:
    with pytest.raises(ValueError, match="24"):
        sign("whsec_" + base64.b64encode(b"short").decode(), "m", NOW, BODY)
    with pytest.raises(ValueError, match="base64"):
        sign("whsec_not base64!", "m", NOW, BODY)


def test_retry_schedule_then_dead_letter() -> None:
    delays = [retry_delay(n) for n in range(1, len(RETRY_DELAYS_SECONDS) + 2)]
    assert delays[:2] == [5, 300] and delays[-2] == 36000 and delays[-1] is None


def test_the_reference_implementation_accepts_ours_and_we_accept_its() -> None:
    """Cross-check with the `standardwebhooks` package (a test dependency only)."""
    from datetime import UTC, datetime

    from standardwebhooks.webhooks import Webhook

    reference = Webhook(SECRET)
    ours = headers(SECRET, "msg_1", BODY)  # now: the reference checks the clock itself
    assert reference.verify(BODY, ours) == {
        "type": "case.created",
        "data": {"receipt_no": "REQ-2569-000001"},
    }
    stamp = datetime.fromtimestamp(NOW, tz=UTC)
    theirs = reference.sign("msg_9", stamp, BODY.decode())
    assert theirs == sign(SECRET, "msg_9", NOW, BODY)
