"""The verify link of an acknowledgement: its query as urllib's urlencode spells it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from intake.mail_out.facts import verify_link


@pytest.mark.parametrize(
    "receipt",
    ["REQ-2569-000123", "สบ 0001/2569", "a&b=c+d", "~._-", "100%", "", "é\u0e4f\U0001f600"],
)
def test_the_query_is_urlencodes_and_reads_back(receipt: str) -> None:
    sha = "ab" * 32
    link = verify_link("https://saraban.example.go.th/", receipt, sha)
    expected = urlencode({"receipt": receipt, "sha256": sha})
    assert link == f"https://saraban.example.go.th/verify?{expected}"
    read = parse_qs(urlsplit(link).query, keep_blank_values=True)
    assert read == {"receipt": [receipt], "sha256": [sha]}
