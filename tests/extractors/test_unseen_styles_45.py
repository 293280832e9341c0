"""Accuracy on a forty-fifth set of requests written by others (issue 8): HTML MAIL AS
REAL MAIL PROGRAMS WRITE IT, the request typed in an ordinary way (labels or sentences):
Outlook desktop's Word HTML (MsoNormal, <o:p>, mso conditional comments, a VML logo,
lang="TH" spans in Angsana New / TH SarabunPSK with the digits in spans of their own,
automatic mailto links, its Thai reply header block); Outlook on the web (elementToProof
divs, a forward under divRplyFwdMsg); Apple Mail (first line bare, a div per line, an
Apple-interchange-newline, a forward in blockquote type=cite); iOS Mail; Samsung Email
and the Gmail app (dir="auto" divs, nested); Gmail's reply (gmail_quote); Yahoo Mail (the
ydp wrap, a forward keeping the original's yiv-prefixed Word classes); Thunderbird (a
moz-signature holding the phone, a reply quoting in pre wrap); Roundcube on an ISP's
webmail (and its reply-intro quote); Zimbra as government offices host it (a teacher's
school signature, a zwchr reply); a Lotus Notes-style font table; a cid: photo between
the lines; a letter pasted from Word and a web page's summary pasted with its styles; a
layout table putting the writer's address top right; multipart/alternative whose plain
part is empty or says only "view in HTML".

unseen_requests_45.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 40 and 41, the helpers they import and
the earlier sets' first docstrings). Conventions written down there before any run: what
the citizen's client shows counts (the HTML; a plain part where sent is the same words,
empty, or "view in HTML"); the applicant's own values only: in a reply those typed above
the quote, never the quoted officer's name, desk phone, e-mail or the agency's address;
in a forward of the citizen's own earlier mail the forwarded original's values are hers;
a school's or community group's address and phone in a signature are never the home or
the mobile; an inline picture's name or alt text is no value; the e-mail where the mail
types it (a mailto link's text counts). Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_45 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=52, styles=26, fields=410)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
