"""Every way the app could write a national ID, phone or email, and a finder for them.

For one person's values this builds the spellings a page, a CSV, an XLSX or a JSON
answer could hold: plain; with dashes or spaces; phones as 0..., +66..., 66...;
in Thai digits; HTML-escaped; JSON-escaped (\\u0e51...); URL-encoded. A scan then
looks for each in every response body (XLSX unpacked first).
"""

from __future__ import annotations

import html
import io
import json
import zipfile
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote, quote_plus

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@dataclass(frozen=True)
class Secret:
    owner: str  # "person 3": never the value itself, so failures do not print it
    kind: str  # national_id | phone | email
    normalised: str  # 13 digits, E.164, lower-case


def _id_forms(nid: str) -> set[str]:
    d = nid
    grouped = [d[0], d[1:5], d[5:10], d[10:12], d[12]]
    return {d, "-".join(grouped), " ".join(grouped)}


def _phone_forms(e164: str) -> set[str]:
    rest = e164.removeprefix("+66")
    local = "0" + rest
    forms = {e164, "66" + rest, local}
    if len(local) == 10:  # mobile: 08x-xxx-xxxx
        forms |= {
            f"{local[:3]}-{local[3:6]}-{local[6:]}",
            f"{local[:3]} {local[3:6]} {local[6:]}",
            f"+66 {rest[:2]} {rest[2:5]} {rest[5:]}",
            f"+66-{rest[:2]}-{rest[2:5]}-{rest[5:]}",
        }
    else:  # land line: 02-xxx-xxxx
        forms |= {f"{local[:2]}-{local[2:5]}-{local[5:]}", f"+66 {rest[:1]} {rest[1:4]} {rest[4:]}"}
    return forms


def spellings(secret: Secret) -> frozenset[str]:
    if secret.kind == "national_id":
        base = _id_forms(secret.normalised)
    elif secret.kind == "phone":
        base = _phone_forms(secret.normalised)
    else:
        base = {secret.normalised, secret.normalised.upper()}
    found = set(base)
    for text in base:
        thai = text.translate(THAI)
        found |= {thai, html.escape(text), quote(text), quote_plus(text), quote(thai)}
        found |= {
            json.dumps(text)[1:-1],
            json.dumps(thai)[1:-1],
            json.dumps(thai, ensure_ascii=False)[1:-1],
        }
        found.add(html.escape(text).replace("@", "&#64;"))
        found.add("".join(f"&#{ord(c)};" for c in thai))
    return frozenset(s for s in found if s)


@cache  # a crawl looks for the same secrets in thousands of answers
def _lowered(secret: Secret) -> frozenset[str]:
    return frozenset(form.lower() for form in spellings(secret))


def body_text(content: bytes, content_type: str) -> str:
    """A response as text; an XLSX (a zip) is unpacked and its XML parts joined."""
    if content[:2] == b"PK" or "spreadsheetml" in content_type:
        with zipfile.ZipFile(io.BytesIO(content)) as book:
            return "\n".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
    return content.decode("utf-8-sig", "replace")


def leaks(text: str, secrets: list[Secret]) -> list[str]:
    """Which secrets (by owner and kind, never by value) appear in `text`."""
    lowered = text.lower()
    return sorted(
        {f"{s.owner} {s.kind}" for s in secrets if any(f in lowered for f in _lowered(s))}
    )
