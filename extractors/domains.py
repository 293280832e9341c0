"""Domain names for sender checks: normal form, organisational domain, lookalikes.

The organisational domain (DMARC's relaxed alignment) comes from a small built-in list of
public suffixes, Thai second-level domains and the common ones abroad, not the whole Public
Suffix List: no download, no DNS, since the service may have no internet. A lookalike is a
domain that reads like the agency's without being it or under it: the same name under
another suffix, homoglyphs (Cyrillic letters, digit swaps, "rn" for "m"), one edit away,
or the agency's whole domain inside a longer one.
"""

from __future__ import annotations

import re
import unicodedata

from extractors.unicode_safe import normalize

_DOMAIN = re.compile(r"^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_-]{1,63})*$")

# Second-level public suffixes under which an organisation registers its name. Not the
# whole Public Suffix List: enough for Thai senders and the large providers abroad.
_SUFFIX_TEXT = """
    go.th ac.th co.th or.th in.th net.th mi.th
    co.uk org.uk ac.uk gov.uk ltd.uk me.uk net.uk
    com.au net.au org.au edu.au gov.au co.nz org.nz govt.nz
    co.jp ne.jp or.jp ac.jp go.jp co.kr or.kr go.kr ac.kr
    com.sg edu.sg gov.sg org.sg net.sg com.my gov.my edu.my org.my net.my
    com.cn net.cn org.cn gov.cn edu.cn com.hk org.hk gov.hk edu.hk com.tw org.tw gov.tw
    co.id go.id ac.id or.id com.ph gov.ph edu.ph com.vn gov.vn edu.vn net.vn
    com.kh gov.kh edu.kh com.la gov.la com.mm gov.mm
    co.in gov.in ac.in net.in org.in com.br gov.br co.za gov.za com.mx gob.mx
    com.tr gov.tr com.sa gov.sa co.il ac.il com.ar gob.ar
"""
TWO_LEVEL_SUFFIXES = frozenset(_SUFFIX_TEXT.split())

# Letters that look like Latin ones (Cyrillic, Greek) and digit swaps, for lookalike names.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "ε": "e",
        "0": "o", "1": "l", "3": "e", "5": "s", "7": "t", "|": "l", "!": "i",
    }
)  # fmt: skip
_MULTI_CONFUSABLES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("i", "l"))


def normal_domain(domain: str) -> str | None:
    """Lower-case ASCII form (IDNA for non-ASCII), or None if it is not a domain name."""
    domain = domain.strip().strip("<>").rstrip(".").lower()
    if not domain:
        return None
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return domain if _DOMAIN.match(domain) else None


def org_domain(domain: str) -> str:
    """The organisational domain (relaxed DMARC alignment), from the built-in suffixes."""
    labels = domain.strip().rstrip(".").lower().split(".")
    keep = 3 if ".".join(labels[-2:]) in TWO_LEVEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def lookalike(domain: str, agency_domain: str) -> bool:
    """Does `domain` look like `agency_domain` without being it or under it?"""
    domain, agency_domain = domain.lower().rstrip("."), agency_domain.lower().rstrip(".")
    if domain == agency_domain or domain.endswith("." + agency_domain):
        return False
    seen, real = _skeleton(_unicode(domain)), _skeleton(agency_domain)
    if real in seen:  # example.go.th.evil.com, example-go.th.com, exаmple.go.th
        return True
    seen_label = _skeleton(org_domain(_unicode(domain)).split(".")[0])
    real_label = _skeleton(org_domain(agency_domain).split(".")[0])
    if len(real_label) >= 4 and seen_label == real_label:  # example.com for example.go.th
        return True
    return len(real) >= 6 and _distance(seen, real) <= 1


def _unicode(domain: str) -> str:
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain


def _skeleton(text: str) -> str:
    """A crude confusable skeleton: marks stripped, lookalike letters folded, no separators."""
    decomposed = normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.translate(_CONFUSABLES)
    for many, one in _MULTI_CONFUSABLES:
        bare = bare.replace(many, one)
    return re.sub(r"[.\-_]", "", bare)


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, for short names."""
    if abs(len(a) - len(b)) > 1:
        return 2
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current.append(best)
        previous2, previous = previous, current
    return previous[-1]
