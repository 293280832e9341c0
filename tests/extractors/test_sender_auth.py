"""Sender authenticity: Authentication-Results read only from the agency's own server,
alignment by organisational domain, and display names that imitate the agency."""

from __future__ import annotations

import re
import socket

import pytest

from extractors.domains import lookalike, org_domain
from extractors.sender_auth import (
    AgencyIdentity,
    header_fields,
    judge_sender,
    parse_authentication_results,
)

TRUSTED = "mx.example.go.th"
AGENCY = AgencyIdentity(domains=("example.go.th",), names=("เทศบาลตำบลตัวอย่าง",))


def mail(*headers: str, sender: str = "Somsri <somsri@citizen.co.th>") -> bytes:
    lines = [*headers, f"From: {sender}", "To: saraban@example.go.th", "Subject: x"]
    return ("\r\n".join(lines) + "\r\n\r\nbody\r\n").encode("utf-8")


def judge(raw: bytes, trusted: str | None = TRUSTED) -> object:
    return judge_sender(header_fields(raw), trusted_authserv_id=trusted, agency=AGENCY)


# --- parsing one header ---------------------------------------------------------------


def test_parses_methods_results_and_properties() -> None:
    value = (
        "mx.example.go.th; spf=pass smtp.mailfrom=bounce@mail.citizen.co.th;"
        " dkim=pass header.d=citizen.co.th header.i=@citizen.co.th header.b=AbC123;"
        " dmarc=pass (p=none dis=none) header.from=citizen.co.th"
    )
    parsed = parse_authentication_results(value)
    assert parsed is not None
    assert parsed.authserv_id == "mx.example.go.th"
    by_method = {r.method: r for r in parsed.results}
    assert by_method["spf"].result == "pass"
    assert by_method["spf"].domain == "mail.citizen.co.th"  # the domain only, never the local part
    assert by_method["dkim"].domain == "citizen.co.th"
    assert by_method["dmarc"].domain == "citizen.co.th"


def test_comments_quotes_case_and_spacing_do_not_confuse_the_parser() -> None:
    value = (
        'MX.Example.GO.TH (version 1 ; "quoted; not a split") 1;'
        " DKIM = Pass (good (nested ; comment) signature) header.i=user@Citizen.co.th;"
        ' SPF=SoftFail smtp.mailfrom="odd;local"@citizen.co.th'
    )
    parsed = parse_authentication_results(value)
    assert parsed is not None
    assert parsed.authserv_id == "mx.example.go.th"
    by_method = {r.method: r for r in parsed.results}
    assert by_method["dkim"].result == "pass"
    assert by_method["dkim"].domain == "citizen.co.th"  # from header.i, local part dropped
    assert by_method["spf"].result == "softfail"
    assert by_method["spf"].domain == "citizen.co.th"


def test_no_result_and_garbage() -> None:
    none = parse_authentication_results("mx.example.go.th; none")
    assert none is not None and none.results == ()
    assert parse_authentication_results("") is None
    assert parse_authentication_results("(only a comment)") is None
    broken = parse_authentication_results("mx.example.go.th; dkim")
    assert broken is not None and broken.results == ()


def test_header_fields_unfold_and_keep_order() -> None:
    raw = (
        b"Received: from a\r\n\tby b\r\n"
        b"Authentication-Results: mx.example.go.th;\r\n dkim=pass\r\n  header.d=x.org\r\n"
        b"Subject: s\r\n\r\nAuthentication-Results: in the body; dkim=pass\r\n"
    )
    fields = header_fields(raw)
    assert [name.lower() for name, _ in fields] == [
        "received",
        "authentication-results",
        "subject",
    ]
    assert "\n" not in fields[1][1] and "header.d=x.org" in fields[1][1]


# --- which headers count ----------------------------------------------------------------


def test_trusted_results_aligned_pass() -> None:
    verdict = judge(
        mail(
            "Received: from mail.citizen.co.th by mx.example.go.th",
            "Authentication-Results: mx.example.go.th; spf=pass smtp.mailfrom=citizen.co.th;"
            " dkim=pass header.d=mail.citizen.co.th; dmarc=pass header.from=citizen.co.th",
        )
    )
    assert verdict.trusted  # type: ignore[attr-defined]
    assert verdict.spf == "pass" and verdict.dmarc == "pass"  # type: ignore[attr-defined]
    assert verdict.aligned_domain == "citizen.co.th"  # type: ignore[attr-defined]
    assert verdict.from_domain == "citizen.co.th"  # type: ignore[attr-defined]
    assert verdict.flags == []  # type: ignore[attr-defined]


def test_results_from_another_authserv_id_are_ignored() -> None:
    verdict = judge(
        mail(
            "Received: from x by mx.example.go.th",
            "Authentication-Results: mx.attacker.example; dmarc=pass header.from=citizen.co.th",
        )
    )
    assert not verdict.trusted  # type: ignore[attr-defined]
    assert verdict.dmarc is None  # type: ignore[attr-defined]
    assert verdict.ignored_headers == 1  # type: ignore[attr-defined]
    assert "no_trusted_result" in verdict.flags  # type: ignore[attr-defined]


def test_forged_trusted_header_below_a_received_boundary_is_ignored_and_flagged() -> None:
    verdict = judge(
        mail(
            "Authentication-Results: mx.example.go.th; dmarc=fail header.from=citizen.co.th;"
            " spf=fail smtp.mailfrom=citizen.co.th",
            "Received: from evil.example by mx.example.go.th",
            "Authentication-Results: mx.example.go.th; dmarc=pass header.from=citizen.co.th;"
            " dkim=pass header.d=citizen.co.th",
        )
    )
    assert verdict.dmarc == "fail"  # type: ignore[attr-defined]
    assert verdict.dkim == []  # type: ignore[attr-defined]
    assert verdict.aligned_domain is None  # type: ignore[attr-defined]
    assert "dmarc_fail" in verdict.flags  # type: ignore[attr-defined]
    assert "forged_results" in verdict.flags  # type: ignore[attr-defined]


def test_a_forgery_alone_below_the_boundary_is_not_trusted() -> None:
    """Our server wrote nothing above its Received line; the one below is the sender's."""
    verdict = judge(
        mail(
            "Received: from a by internal.example.go.th",
            "Authentication-Results: mx.example.go.th; dmarc=fail header.from=citizen.co.th",
            "Received: from evil by mx.example.go.th",
            "Authentication-Results: mx.example.go.th; dmarc=pass header.from=citizen.co.th",
        )
    )
    assert verdict.dmarc == "fail"  # type: ignore[attr-defined]


def test_duplicates_in_the_trusted_block_topmost_wins() -> None:
    verdict = judge(
        mail(
            "Authentication-Results: MX.EXAMPLE.GO.TH; dmarc=fail header.from=citizen.co.th",
            "Authentication-Results: mx.example.go.th; dmarc=pass header.from=citizen.co.th",
        )
    )
    assert verdict.dmarc == "fail"  # type: ignore[attr-defined]


def test_dkim_only_from_the_topmost_header_that_reports_dkim() -> None:
    verdict = judge(
        mail(
            "Authentication-Results: mx.example.go.th; dkim=fail header.d=citizen.co.th",
            "Authentication-Results: mx.example.go.th; dkim=pass header.d=citizen.co.th",
        )
    )
    assert [(d.result, d.domain) for d in verdict.dkim] == [("fail", "citizen.co.th")]  # type: ignore[attr-defined]
    assert "not_aligned" in verdict.flags  # type: ignore[attr-defined]


def test_folded_uppercase_trusted_header_counts() -> None:
    raw = (
        b"AUTHENTICATION-RESULTS: mx.example.go.th;\r\n\tSPF=PASS\r\n\t"
        b"smtp.mailfrom=citizen.co.th\r\nFrom: a@citizen.co.th\r\n\r\nx"
    )
    verdict = judge(raw)
    assert verdict.spf == "pass"  # type: ignore[attr-defined]
    assert verdict.aligned_domain == "citizen.co.th"  # type: ignore[attr-defined]


def test_dmarc_result_for_another_from_domain_does_not_count() -> None:
    verdict = judge(
        mail("Authentication-Results: mx.example.go.th; dmarc=pass header.from=other.org")
    )
    assert verdict.dmarc is None  # type: ignore[attr-defined]
    assert "not_aligned" in verdict.flags  # type: ignore[attr-defined]


def test_spf_pass_for_an_unrelated_domain_is_not_alignment() -> None:
    verdict = judge(
        mail(
            "Authentication-Results: mx.example.go.th; spf=pass smtp.mailfrom=bulk.mailer.com;"
            " dkim=pass header.d=mailer.com"
        )
    )
    assert verdict.aligned_domain is None  # type: ignore[attr-defined]
    assert "not_aligned" in verdict.flags  # type: ignore[attr-defined]


def test_without_a_configured_server_nothing_is_read_and_nothing_claimed() -> None:
    verdict = judge(
        mail("Authentication-Results: mx.example.go.th; dmarc=pass header.from=citizen.co.th"),
        trusted=None,
    )
    assert not verdict.trusted and verdict.dmarc is None  # type: ignore[attr-defined]
    assert verdict.flags == []  # type: ignore[attr-defined]


# --- imitating the agency -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sender",
    [
        "เทศบาลตำบลตัวอย่าง <clerk@gmail.com>",
        '"saraban@example.go.th" <x@gmail.com>',
        "Saraban <saraban@examp1e.go.th>",
        "Saraban <saraban@exarnple.go.th>",
        "Saraban <saraban@example-go.th.com>",
        "Saraban <saraban@xn--exmple-cua.go.th>",  # exämple.go.th
        "Saraban <saraban@exаmple.go.th>",  # Cyrillic а
        "Saraban <saraban@example.go.th.evil.com>",
    ],
)
def test_display_names_and_domains_that_imitate_the_agency_are_flagged(sender: str) -> None:
    verdict = judge(mail(sender=sender), trusted=None)
    assert "imitates_agency" in verdict.flags  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sender",
    ["Somsri <somsri@citizen.co.th>", "Example Shop <x@shop.co.th>", "x@gmail.com"],
)
def test_ordinary_senders_are_not_flagged_as_imitation(sender: str) -> None:
    verdict = judge(mail(sender=sender), trusted=None)
    assert "imitates_agency" not in verdict.flags  # type: ignore[attr-defined]


def test_the_agency_itself_with_aligned_results_is_not_imitation() -> None:
    verdict = judge(
        mail(
            "Authentication-Results: mx.example.go.th; dmarc=pass header.from=example.go.th",
            sender="เทศบาลตำบลตัวอย่าง <mayor@example.go.th>",
        )
    )
    assert verdict.flags == []  # type: ignore[attr-defined]


def test_organisational_domains() -> None:
    assert org_domain("mail.dept.example.go.th") == "example.go.th"
    assert org_domain("a.b.chula.ac.th") == "chula.ac.th"
    assert org_domain("smtp.mail.yahoo.co.th") == "yahoo.co.th"
    assert org_domain("mx.google.com") == "google.com"
    assert org_domain("Mail.Example.CO.UK.") == "example.co.uk"
    assert org_domain("localhost") == "localhost"


def test_lookalike() -> None:
    assert lookalike("examp1e.go.th", "example.go.th")
    assert not lookalike("example.go.th", "example.go.th")
    assert not lookalike("citizen.co.th", "example.go.th")
    assert not lookalike("mail.example.go.th", "example.go.th")  # the agency's own subdomain


@pytest.mark.parametrize(
    "header",
    [
        "Authentication-Results: mx.example.go.th.evil.com; dmarc=pass header.from=citizen.co.th",
        "Authentication-Results: evil-mx.example.go.th; dmarc=pass header.from=citizen.co.th",
        "X-Original-Authentication-Results: mx.example.go.th; dmarc=pass header.from=citizen.co.th",
        "ARC-Authentication-Results: i=1; mx.example.go.th; dmarc=pass header.from=citizen.co.th",
        "Authentication-Results : mx.example.go.th; dmarc=pass header.from=citizen.co.th",
        "Authentication-Results: (mx.example.go.th) fake; dmarc=pass header.from=citizen.co.th",
    ],
)
def test_near_misses_of_the_trusted_header_are_not_believed(header: str) -> None:
    verdict = judge(mail(header))
    assert verdict.dmarc is None and not verdict.trusted  # type: ignore[attr-defined]
    assert "no_trusted_result" in verdict.flags  # type: ignore[attr-defined]


def test_a_quoted_authserv_id_with_a_version_counts() -> None:
    verdict = judge(
        mail('Authentication-Results: "mx.example.go.th" 1; dmarc=pass header.from=citizen.co.th')
    )
    assert verdict.dmarc == "pass" and verdict.flags == []  # type: ignore[attr-defined]


def test_unknown_result_words_are_not_kept_as_written() -> None:
    verdict = judge(
        mail(
            "Authentication-Results: mx.example.go.th; spf=<script>x</script>"
            " smtp.mailfrom=citizen.co.th; dmarc=pass header.from=citizen.co.th"
        )
    )
    assert verdict.spf == "unknown"  # type: ignore[attr-defined]


def test_a_huge_header_block_is_cut_not_parsed_whole() -> None:
    filler = "".join(f"X-Pad-{n}: {'a' * 900}\r\n" for n in range(400))  # ~360 KB
    raw = (filler + "Authentication-Results: mx.example.go.th; dmarc=pass\r\n\r\nx").encode()
    fields = header_fields(raw)
    assert all(name.lower() != "authentication-results" for name, _ in fields)


def test_the_verdict_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """No DNS lookups (the service may have no internet): with every way to the network
    closed, the verdict, alignment and imitation checks still come out whole."""

    def no_network(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("sender authenticity tried the network")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, no_network)
    verdict = judge(
        mail(
            "Received: from mail.citizen.co.th by mx.example.go.th",
            "Authentication-Results: mx.example.go.th; spf=pass smtp.mailfrom=citizen.co.th;"
            " dkim=fail header.d=citizen.co.th; dmarc=fail header.from=examp1e.go.th",
            sender="เทศบาลตำบลตัวอย่าง <saraban@examp1e.go.th>",
        )
    )
    assert verdict.trusted and verdict.dmarc == "fail"  # type: ignore[attr-defined]
    assert {"dmarc_fail", "imitates_agency"} <= set(verdict.flags)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "name",
    [
        "saraban.example.go.th", "ฝ่าย saraban@example.go.th (เจ้าหน้าที่)", "a. .b ..c. x..y",
        '"x.y"<z.w>;q.r,s.t', "no domain here", ".lead trail. mid.dle", "a@b@c.d",
    ],
)  # fmt: skip
def test_the_domains_in_a_display_name_are_the_dotted_words(name: str) -> None:
    """Hostile set 6: a display name of 30,000 marks and no dot cost the old pattern
    (`[^sep]+\\.[^sep]+`, retried from every position) 6 s; the words are split once."""
    from extractors.sender_auth import _domains_in

    old = re.findall(r"[^\s@<>\"',;()]+\.[^\s@<>\"',;()]+", name)
    from extractors.domains import normal_domain

    expected = [d for d in (normal_domain(f.rpartition("@")[2]) for f in old) if d]
    assert _domains_in(name) == expected
