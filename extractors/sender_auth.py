"""Sender authenticity: what the agency's own receiving server said about a mail's sender.

The From line of a mail is whatever the sender typed. What can be believed is the verdict of
the agency's receiving server, written in an `Authentication-Results` header (RFC 8601) with
its own authserv-id. Anyone can write such a header into a mail before sending it, so
(RFC 8601 section 5 and 7.1) only these count:

- headers carrying the configured `trusted_authserv_id` (case-insensitive), and
- of those, only the topmost block: the first such header and the ones right under it,
  up to the next `Received` line. Headers are prepended on the way, so anything below a
  `Received` line the receiving server wrote was there before it saw the mail.

Inside the block the topmost header that reports a method wins for that method (a
duplicate below it may be the sender's). A header with the trusted id found outside the
block is a forgery attempt and is flagged. Headers with other ids are counted, not read.

Alignment follows DMARC's relaxed mode: the From domain and the SPF (smtp.mailfrom) or
DKIM (header.d / header.i) domain share an organisational domain (extractors.domains: a
built-in list of public suffixes, no DNS lookup and no network, since the service may have
none).

Only domains and result words are kept: a local part (the person's mailbox name) is
dropped as soon as a header is read, so the verdict is not personal data.

Pure functions: header bytes in, a `SenderVerdict` out.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from email.header import decode_header, make_header

from pydantic import BaseModel, ConfigDict

from extractors.address_list import first_address
from extractors.domains import lookalike, normal_domain, org_domain
from extractors.unicode_safe import normalize

MAX_HEADER_BYTES = 256 * 1024  # a header block bigger than this is cut, not parsed further
RESULTS = frozenset(
    {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"}
)
_RESULT_ALIASES = {"hardfail": "fail"}
_METHODS = frozenset({"spf", "dkim", "dmarc"})
# Every flag a verdict can carry (the web app has a text for each).
FLAGS = ("dmarc_fail", "not_aligned", "no_trusted_result", "forged_results", "imitates_agency")


class MethodResult(BaseModel):
    """One method's result: the word and the domain it is about (never a local part)."""

    model_config = ConfigDict(frozen=True)

    method: str
    result: str
    domain: str | None = None


class AuthResults(BaseModel):
    """One parsed Authentication-Results header."""

    model_config = ConfigDict(frozen=True)

    authserv_id: str
    results: tuple[MethodResult, ...] = ()


class AgencyIdentity(BaseModel):
    """What the agency is called and where it mails from, to spot imitations."""

    model_config = ConfigDict(frozen=True)

    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


class SenderVerdict(BaseModel):
    """What is known of the sender's authenticity. Not personal data: domains and words."""

    from_domain: str | None = None
    authserv_id: str | None = None  # the trusted id this was judged against; None: not set
    trusted: bool = False  # a header from the agency's own server was found
    spf: str | None = None
    spf_domain: str | None = None
    dkim: list[MethodResult] = []
    dmarc: str | None = None
    aligned_domain: str | None = None
    ignored_headers: int = 0  # Authentication-Results headers not believed
    flags: list[
        str
    ] = []  # dmarc_fail, not_aligned, no_trusted_result, forged_results, imitates_agency

    @property
    def suspicious(self) -> bool:
        return bool(self.flags)

    def summary(self) -> str:
        """One line for exports: results, aligned domain and flags."""
        parts = [
            f"dmarc={self.dmarc or '-'}",
            f"spf={self.spf or '-'}",
            f"dkim={','.join(d.result for d in self.dkim) or '-'}",
            f"aligned={self.aligned_domain or '-'}",
        ]
        if self.authserv_id is None:
            parts.append("unchecked")
        if self.flags:
            parts.append("flags=" + ",".join(self.flags))
        return " ".join(parts)


# --- reading the header block ---------------------------------------------------------


def header_fields(raw: bytes) -> list[tuple[str, str]]:
    """The header fields of a raw mail, in order, unfolded; the body is never read."""
    block = _header_block(raw[:MAX_HEADER_BYTES])
    text = block.decode("utf-8", errors="replace")
    fields: list[tuple[str, str]] = []
    for line in re.split(r"\r\n|\n|\r", text):
        if line[:1] in (" ", "\t"):
            if fields:
                name, value = fields[-1]
                fields[-1] = (name, f"{value} {line.strip()}")
            continue
        name, colon, value = line.partition(":")
        if colon and name and not any(ch.isspace() for ch in name):
            fields.append((name, value.strip()))
    return fields


def _header_block(raw: bytes) -> bytes:
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return raw[: min(ends)] if ends else raw


# --- parsing one Authentication-Results value -----------------------------------------


def parse_authentication_results(value: str) -> AuthResults | None:
    """Parse one header value; None when it has no authserv-id at all."""
    segments = [_merge_around_equals(tokens) for tokens in _segments(value)]
    if not segments or not segments[0]:
        return None
    authserv_id = _normal_id(segments[0][0])
    if not authserv_id:
        return None
    results = [r for tokens in segments[1:] if (r := _resinfo(tokens)) is not None]
    return AuthResults(authserv_id=authserv_id, results=tuple(results))


def _segments(value: str) -> list[list[str]]:
    """Split on ';' outside quotes, drop comments (nested, escaped), split tokens on space."""
    segments: list[list[str]] = [[]]
    token: list[str] = []
    depth = 0
    quoted = False
    chars = iter(value)

    def end_token() -> None:
        if token:
            segments[-1].append("".join(token))
            token.clear()

    for ch in chars:
        if depth:
            if ch == "\\":
                next(chars, "")
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
        elif quoted:
            if ch == "\\":
                token.append(next(chars, ""))
            elif ch == '"':
                quoted = False
            else:
                token.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == "(":
            end_token()
            depth = 1
        elif ch == ";":
            end_token()
            segments.append([])
        elif ch.isspace():
            end_token()
        else:
            token.append(ch)
    end_token()
    return segments


def _merge_around_equals(tokens: list[str]) -> list[str]:
    """`dkim = pass` and `header.d= x` become one token each, as if written without spaces."""
    merged: list[str] = []
    for token in tokens:
        if merged and (merged[-1].endswith(("=", "/")) or token.startswith(("=", "/"))):
            merged[-1] += token
        else:
            merged.append(token)
    return merged


def _resinfo(tokens: list[str]) -> MethodResult | None:
    if not tokens or "=" not in tokens[0]:
        return None
    method_part, _, result = tokens[0].partition("=")
    method = method_part.split("/", 1)[0].strip().lower()
    if method not in _METHODS:
        return None
    props: dict[str, str] = {}
    for token in tokens[1:]:
        key, eq, prop_value = token.partition("=")
        if eq and key.lower() not in props:
            props[key.lower()] = prop_value
    return MethodResult(
        method=method, result=_result_word(result), domain=_domain_for(method, props)
    )


def _result_word(word: str) -> str:
    word = _RESULT_ALIASES.get(word.strip().lower(), word.strip().lower())
    return word if word in RESULTS else "unknown"


def _domain_for(method: str, props: dict[str, str]) -> str | None:
    if method == "spf":
        return _domain_of(props.get("smtp.mailfrom"))
    if method == "dkim":
        return _domain_of(props.get("header.d")) or _domain_of(props.get("header.i"))
    return _domain_of(props.get("header.from"))


def _domain_of(value: str | None) -> str | None:
    """The domain of an address or a bare domain; the local part is dropped, unread."""
    if not value:
        return None
    domain = value.rpartition("@")[2]
    return normal_domain(domain)


def _normal_id(value: str) -> str:
    return value.strip().rstrip(".").casefold()


# --- which headers are believed -------------------------------------------------------


def trusted_results(
    fields: Sequence[tuple[str, str]], trusted_authserv_id: str
) -> tuple[list[AuthResults], int, bool]:
    """The topmost block of headers from the trusted server; how many others were
    ignored; and whether a header with the trusted id was found outside the block."""
    wanted = _normal_id(trusted_authserv_id)
    block: list[AuthResults] = []
    ignored = 0
    forged = False
    closed = False
    for name, value in fields:
        lname = name.lower()
        if lname == "received":
            closed = closed or bool(block)
            continue
        if lname != "authentication-results":
            continue
        parsed = parse_authentication_results(value)
        if parsed is None or parsed.authserv_id != wanted:
            ignored += 1
        elif closed:
            ignored += 1
            forged = True
        else:
            block.append(parsed)
    return block, ignored, forged


def _first_per_method(block: Iterable[AuthResults]) -> dict[str, list[MethodResult]]:
    """For each method, the results of the topmost header that reports it."""
    found: dict[str, list[MethodResult]] = {}
    for header in block:
        here: dict[str, list[MethodResult]] = {}
        for result in header.results:
            here.setdefault(result.method, []).append(result)
        for method, results in here.items():
            found.setdefault(method, results)
    return found


# --- the verdict --------------------------------------------------------------------------


def judge_sender(
    fields: Sequence[tuple[str, str]],
    *,
    trusted_authserv_id: str | None,
    agency: AgencyIdentity,
) -> SenderVerdict:
    """Judge a mail's sender from its header fields (see the module's docstring)."""
    display_name, from_domain = _from_of(fields)
    verdict = SenderVerdict(from_domain=from_domain, authserv_id=trusted_authserv_id)
    flags: list[str] = []
    if trusted_authserv_id:
        block, verdict.ignored_headers, forged = trusted_results(fields, trusted_authserv_id)
        verdict.trusted = bool(block)
        _apply_results(verdict, _first_per_method(block))
        flags += _result_flags(verdict)
        if forged:
            flags.append("forged_results")
    if imitates(display_name, from_domain, agency, aligned=verdict.aligned_domain is not None):
        flags.append("imitates_agency")
    verdict.flags = flags
    return verdict


def _from_of(fields: Sequence[tuple[str, str]]) -> tuple[str, str | None]:
    """The first From field's display name (decoded) and domain."""
    value = next((v for n, v in fields if n.lower() == "from"), "")
    name, address = first_address(value)  # the MIME reader's parse of the same From
    with contextlib.suppress(UnicodeError, LookupError, ValueError):  # keep it as written
        name = str(make_header(decode_header(name)))
    domain = _domain_of(address) if "@" in address else None
    return name, domain


def _apply_results(verdict: SenderVerdict, results: dict[str, list[MethodResult]]) -> None:
    spf = results.get("spf", [])
    if spf:
        verdict.spf, verdict.spf_domain = spf[0].result, spf[0].domain
    verdict.dkim = results.get("dkim", [])
    dmarc = results.get("dmarc", [])
    if dmarc and verdict.from_domain and dmarc[0].domain == verdict.from_domain:
        verdict.dmarc = dmarc[0].result  # a result about another From domain is not ours
    verdict.aligned_domain = _aligned(verdict)


def _aligned(verdict: SenderVerdict) -> str | None:
    if not verdict.from_domain:
        return None
    org = org_domain(verdict.from_domain)
    passing = [d.domain for d in verdict.dkim if d.result == "pass"]
    if verdict.spf == "pass":
        passing.append(verdict.spf_domain)
    if verdict.dmarc == "pass" or any(d and org_domain(d) == org for d in passing):
        return org
    return None


def _result_flags(verdict: SenderVerdict) -> list[str]:
    if not verdict.trusted:
        return ["no_trusted_result"]
    if verdict.dmarc == "fail":
        return ["dmarc_fail"]
    if verdict.dmarc != "pass" and verdict.aligned_domain is None:
        return ["not_aligned"]
    return []


def imitates(
    display_name: str, from_domain: str | None, agency: AgencyIdentity, *, aligned: bool
) -> bool:
    """Does this From pretend to be the agency? Its name or address in the display name
    from elsewhere, a lookalike domain, or the agency's own domain without alignment."""
    own = {org_domain(d) for d in agency.domains}
    from_org = org_domain(from_domain) if from_domain else None
    if from_org in own:
        return not aligned
    shown = _plain(display_name)
    if any(_plain(name) and _plain(name) in shown for name in agency.names):
        return True
    candidates = [from_domain] if from_domain else []
    candidates += _domains_in(display_name)
    return any(
        c == agency_domain or c.endswith("." + agency_domain) or lookalike(c, agency_domain)
        for c in candidates
        for agency_domain in agency.domains
    )


# Split once into words: a pattern `[^sep]+\.[^sep]+` is retried from every position of
# a long word with no dot, quadratic (a 30,000-mark display name took 6 s).
_NOT_IN_DOMAIN = re.compile(r"[\s@<>\"',;()]+")


def _domains_in(text: str) -> list[str]:
    found = [w for w in _NOT_IN_DOMAIN.split(text) if "." in w[1:-1]]
    return [d for d in (normal_domain(w) for w in found) if d]


def _plain(text: str) -> str:
    return " ".join(normalize("NFKC", text).casefold().split())
