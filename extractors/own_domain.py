"""An e-mail on the agency's own government domain is the agency's, not a citizen's (set
29).

The agency receives at saraban@<its domain>; a web form's footer, a clerk's signature or
a site's "ผู้ดูแลระบบ admin@<its domain>" carry its staff's mailboxes under the same
domain. Only a government domain (go.th) counts: no citizen is given a mailbox there, while
an agency that receives at a public provider (gmail.com, hotmail.com) shares that domain
with the very citizens who write to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from extractors.address_case import ascii_lower

__all__ = ["on_agency_domain", "on_government_domain"]

_GOVERNMENT = (".go.th",)


def _domain(address: str) -> str:
    """The domain, its ASCII letters folded and no other (address_case.ascii_lower: Unicode
    would fold KELVIN SIGN onto k, making another domain the agency's)."""
    return ascii_lower(address.rsplit("@", 1)[-1].strip().strip(">")) if "@" in address else ""


def on_agency_domain(email: str, recipients: Iterable[str]) -> bool:
    """`email` is under the government domain one of `recipients` is at."""
    domain = _domain(email.removeprefix("mailto:"))
    if not domain:
        return False
    own = {_domain(r) for r in recipients}
    return any(
        d.endswith(_GOVERNMENT) and (domain == d or domain.endswith("." + d)) for d in own if d
    )


def on_government_domain(email: str) -> bool:
    """`email` is under a government domain: an office's or an official's box (a centre
    forwarding a complaint signs with its own, set 68), seldom where a citizen is answered."""
    return _domain(email.removeprefix("mailto:")).endswith(_GOVERNMENT)
