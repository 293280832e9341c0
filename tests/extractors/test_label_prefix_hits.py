"""LabelMatcher.prefix_hits finds the labels that start a text, longest first, as the
letter-at-a-time reading it replaced did (kept here as the reference), on texts made of
the templates' own labels, their pieces, separators, marks and foreign letters. A birth
label followed by an event ("วันที่เกิดเหตุ") is no hit in either (extractors.event_dates)."""

from __future__ import annotations

import random

from extractors.event_dates import names_an_event
from extractors.extract import matcher_for
from extractors.labels import (
    MAX_LABEL_CHARS,
    LabelMatcher,
    PrefixHit,
    _canonical_char,
    _dropped_mark,
    canonical,
)
from extractors.templates import load_templates
from intake.settings import Settings


def reference(matcher: LabelMatcher, prefixes: set[str], text: str) -> list[PrefixHit]:
    labels = matcher._labels
    form = ""
    found = []
    for i, ch in enumerate(text):
        folded = _canonical_char(ch)
        if not folded:
            continue
        start = len(form)
        form += folded
        for n in range(start + 1, len(form) + 1):
            entry = labels.get(form[:n])
            if entry is not None:
                found.append((i + 1, entry))
        if len(form) >= MAX_LABEL_CHARS or form not in prefixes:
            break
    hits = []
    for end, entry in reversed(found):
        while end < len(text) and _dropped_mark(text[end]):
            end += 1
        if names_an_event(entry.form, canonical(text[end : end + 20])):
            continue  # "วันที่เกิดเหตุ": a birth label before an event is none (event_dates)
        hits.append(PrefixHit(entry.key, end, entry.form.isascii()))
    return hits


def test_same_hits_as_reading_a_letter_at_a_time() -> None:
    matcher = matcher_for(load_templates(Settings().forms_path))
    written = sorted({label for key in matcher.keys for label in matcher.labels_of(key)})
    pieces = [*written, *(w[: len(w) // 2] for w in written)]
    pieces += [" ", "-", ":", "\u0e4c", "\u0e31", "ß", "ﬁ", "Ａ", "x", "1", "๑", "\t", "("]
    prefixes = {form[:n] for form in matcher._labels for n in range(1, len(form) + 1)}
    rng = random.Random(2569)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        expected = reference(matcher, prefixes, text)
        # the labels as written (prefix_hits adds their typo spellings: test_shapes_38)
        assert matcher._walk(text, matcher._tree) == expected, text
        hits += len(expected)
    assert hits > 1000  # texts did start with labels, so the two were compared on some
    long = "ก" * (MAX_LABEL_CHARS * 2)
    assert matcher._walk(long, matcher._tree) == reference(matcher, prefixes, long)
