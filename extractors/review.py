"""Which fields a clerk must check, and why: no wrong value should pass unflagged.

A flag is a `FieldIssue` on the field (so it is stored with the case, counted, shown on
the case page and listed in exports like any other problem) while the value is kept:

- `read_from_prose`: found in the sentences of the request, not after a form label;
- `read_by_ocr`: read from an image;
- `ocr_digit_chosen`: a national ID read from an image, one unclear digit chosen by the
  check digit;
- `ocr_mended`: another value read from an image and mended (a province from its first
  word, a postal code from the province, a date's "]" read as 1);
- `quoted_text`: typed into quoted text of a reply;
- `low_confidence`: any other reading below the threshold (a loose label match...);
- `sources_disagree`: two sources (body and PDF, two labels) give different values;
- `name_incomplete`: a full name of one word (the family name is missing);
- `implausible_value`: a value no such field's value looks like (extractors.plausible);
- `writer_contact`: a phone or email in a letter someone wrote to vouch for the applicant
  (a headman's certificate): the numbers signing such a letter are the writer's;
- `two_people`: the chosen name's own line gives another ID than the chosen one (a parent
  filing for a child), so the birth date may be either person's; or a child and an adult
  are both named (extractors.child_named), or a relative is named by kinship and name
  (extractors.relative_named): name, ID and birth date may be the other's;
- `another_named_beside`: the name read nearest above the phone or email is not the
  applicant's (a headman's, a surveyor's, an interpreter's number under his signature);
- `child_contact`: the applicant is a child (ด.ช., ด.ญ.): the phone or email given is a
  parent's or guardian's;
- `applicant_in_doubt`: the case's name is flagged or missing, so whose the phone or
  email is, is in doubt too (a go-between read as the applicant gives his own number);
- `id_unusual_kind`: an ID whose check digit holds but whose first digit is no Thai
  person's usual (0 then a province's code: a person of no registration status, or a
  company's number typed under a person's label; 9).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from extractors.base import FieldCandidate, FieldIssue, FieldSpec, FormTemplate, Provenance
from extractors.child_named import child_beside_adult, the_applicant_a_child
from extractors.named_beside import another_named_above
from extractors.plausible import implausible
from extractors.prose import SIGNATURE, VOUCHED_FOR
from extractors.relative_named import relative_beside
from extractors.validate import (
    any_kind_of_id,
    issue,
    national_id_is_valid,
    normalise_national_id,
    normalise_value,
)

__all__ = ["REVIEW_BELOW", "review_flags"]

REVIEW_BELOW = 0.8  # a chosen value less sure than this is flagged
MIN_RIVAL = 0.5  # a rival value this sure or more makes a disagreement
_METHOD_FLAGS = {"prose": "read_from_prose", "ocr": "read_by_ocr", "quoted": "quoted_text"}
# The mail's own Subject line: the sender's words, unless it only names the kind of request.
_UNFLAGGED = {"header"}
OCR_REPAIRED = "ocr_repaired"  # the provenance flag extractors.ocr sets on such a value


def review_flags(
    template: FormTemplate,
    chosen: dict[str, FieldCandidate],
    candidates: list[FieldCandidate],
    review_below: float = REVIEW_BELOW,
    texts: Mapping[str, str] | None = None,
    *,
    attached: Mapping[str, str] | None = None,
) -> dict[str, list[FieldIssue]]:
    """Per field key, the review flags of the chosen value (empty keys left out); `texts`
    are the mail's own text parts, by part, `attached` its attachments' words."""
    texts = texts or {}
    attached = attached or {}
    specs = {spec.key: spec for spec in template.fields}
    flags: dict[str, list[FieldIssue]] = {}
    comparable = _comparing(template)
    named = _chosen_name_lines(chosen, candidates)
    two_named = child_beside_adult(chosen, candidates, texts.values(), MIN_RIVAL) or (
        relative_beside(chosen, [*texts.values(), *attached.values()])
    )
    for key, best in chosen.items():
        spec = specs[key]
        found = _reading_flags(spec, best, review_below)
        value = comparable(spec, best.value)
        if spec.type == "name" and len(value.split()) < 2:
            found.append(issue("name_incomplete", spec))
        if implausible(key, spec.type, value):
            found.append(issue("implausible_value", spec))
        if spec.type == "national_id" and _unusual_kind(best.value):
            found.append(issue("id_unusual_kind", spec))
        if key in _CONTACT_KEYS and _vouched_for(chosen):
            # the reason a clerk can act on: extract lowers a letter writer's contacts
            # below the line (fix63), and "less sure" would only repeat this less well
            found = [i for i in found if i.code != "low_confidence"]
            found.append(issue("writer_contact", spec))
        elif key in _CONTACT_KEYS and the_applicant_a_child(chosen):
            found.append(issue("child_contact", spec))
        elif key in _CONTACT_KEYS and another_named_above(
            best, chosen.get("full_name"), candidates, texts
        ):
            found.append(issue("another_named_beside", spec))
        rivals = [c for c in candidates if c.key == key and c.confidence >= MIN_RIVAL]
        if best.provenance.method != "prose":  # prose found everything; forms disagree less
            rivals = [
                c
                for c in rivals
                if c.provenance.method != "prose" or _says_whose(c) or _beside_name(c, named)
            ]
        sources = _disagreeing_sources(comparable, spec, rivals)
        if sources:
            found.append(issue("sources_disagree", spec, sources=sources))
        if (key in _WHOSE and two_named) or (
            key in _IDENTITY and _two_people(comparable, specs, chosen, candidates, named)
        ):
            found.append(issue("two_people", spec))
        if found:
            flags[key] = found
    if "full_name" in specs and ("full_name" not in chosen or "full_name" in flags):
        _contacts_in_doubt(specs, chosen, flags)
    return flags


# A contact flag that already says whose the number may be: no need to say it twice.
_SAYS_WHOSE_CONTACT = frozenset({"writer_contact", "child_contact", "another_named_beside"})


def _contacts_in_doubt(
    specs: dict[str, FieldSpec],
    chosen: dict[str, FieldCandidate],
    flags: dict[str, list[FieldIssue]],
) -> None:
    """Flag the phone and e-mail `applicant_in_doubt`: they are the applicant's only as
    surely as the applicant is known (a go-between who signs, read as the applicant, gives
    his own number; at first sight on sets 82-109, 42 of 54 such values wrong without a
    flag stood beside a flagged or missing name)."""
    for key in sorted(_CONTACT_KEYS & chosen.keys()):
        found = flags.setdefault(key, [])
        if not any(i.code in _SAYS_WHOSE_CONTACT for i in found):
            found.append(issue("applicant_in_doubt", specs[key]))


_CONTACT_KEYS = frozenset({"phone", "email"})


def _unusual_kind(value: str) -> bool:
    digits = normalise_national_id(value)
    return digits is not None and any_kind_of_id(digits) and not national_id_is_valid(digits)


# What a sentence says only of its writer, and only once: "ดิฉันเกิดวันที่ ..." is the
# sender's own birth date (prose reads none after another word: "บุตรเกิดเมื่อ..."). A
# body that says so and a form that gives another date disagree, however surer the
# form's box (set 24: a body's date, the attached form's year later, taken unflagged).
# Phones and names are not so: prose finds the office's, the neighbour's, the officer's.
_SAID_OF_ONESELF = frozenset({"birth_date"})


def _says_whose(candidate: FieldCandidate) -> bool:
    """A prose value that is the writer's by the words that found it."""
    return candidate.key in _SAID_OF_ONESELF and SIGNATURE not in (candidate.provenance.label or "")


# An ID written beside a name is that person's: one beside the chosen name that differs
# from the chosen ID says the two are two people's (a parent's line "ข้าพเจ้า <name>
# เลขประจำตัวประชาชน <ID>" over the child's labelled ID), however it was found.
_BESIDE_NAME = frozenset({"national_id"})


def _chosen_name_lines(
    chosen: dict[str, FieldCandidate], candidates: list[FieldCandidate]
) -> set[tuple[str, int]]:
    """The (part, line) of every place the chosen full name was read."""
    name = chosen.get("full_name")
    if name is None:
        return set()
    folded = " ".join(name.value.split()).casefold()
    return {
        (c.provenance.part, c.provenance.line)
        for c in candidates
        if c.key == "full_name"
        and c.provenance.line is not None
        and " ".join(c.value.split()).casefold() == folded
    }


def _beside_name(candidate: FieldCandidate, named: set[tuple[str, int]]) -> bool:
    line = candidate.provenance.line
    return (
        candidate.key in _BESIDE_NAME
        and line is not None
        and (candidate.provenance.part, line) in named
    )


# Identity fields a mail gives of one person without naming whom, line by line: the ID is
# flagged by the name's own line (sources_disagree above); a birth date has no such line.
_IDENTITY = frozenset({"birth_date"})
# What is one person's alone: with a child and an adult named, the other's maybe.
_WHOSE = frozenset({"full_name", "national_id", "birth_date"})


def _two_people(
    comparable: Comparable,
    specs: dict[str, FieldSpec],
    chosen: dict[str, FieldCandidate],
    candidates: list[FieldCandidate],
    named: set[tuple[str, int]],
) -> bool:
    """Whether the chosen name's own line gives an ID other than the chosen ID: the case's
    name and ID are two people's (mends34: a parent's line over the child's labelled ID)."""
    best = chosen.get("national_id")
    if best is None or "national_id" not in specs:
        return False
    spec = specs["national_id"]
    mine = comparable(spec, best.value)
    return any(
        _beside_name(c, named) and comparable(spec, c.value) != mine
        for c in candidates
        if c.key == "national_id"
    )


def _vouched_for(chosen: dict[str, FieldCandidate]) -> bool:
    """Whether the applicant is someone the letter's writer vouches for."""
    name = chosen.get("full_name")
    return name is not None and name.provenance.label == VOUCHED_FOR


def _reading_flags(spec: FieldSpec, best: FieldCandidate, review_below: float) -> list[FieldIssue]:
    method = best.provenance.method
    if method in _UNFLAGGED and best.confidence >= MIN_RIVAL:
        return []
    if method == "ocr" and OCR_REPAIRED in best.provenance.flags:
        # say what the reader did, so that the clerk knows what to look for
        return [issue("ocr_digit_chosen" if spec.type == "national_id" else "ocr_mended", spec)]
    if method in _METHOD_FLAGS:
        return [issue(_METHOD_FLAGS[method], spec)]
    if best.confidence < review_below:
        return [issue("low_confidence", spec)]
    return []


def _disagreeing_sources(
    comparable: Comparable, spec: FieldSpec, rivals: Iterable[FieldCandidate]
) -> str:
    """The sources of different values ("body line 3, attachment 1 page 1"), or ""."""
    by_value: dict[str, list[Provenance]] = {}
    for candidate in rivals:
        by_value.setdefault(comparable(spec, candidate.value), []).append(candidate.provenance)
    if len(by_value) < 2:
        return ""
    names = [_source_name(p) for provs in by_value.values() for p in provs[:1]]
    return ", ".join(dict.fromkeys(names))


Comparable = Callable[[FieldSpec, str], str]


def _comparing(template: FormTemplate) -> Comparable:
    """_comparable for one mail, each value normalised once: the chosen value is its own
    rival too, and normalising (an e-mail's domain in IDNA...) is most of the work."""
    seen: dict[tuple[str, str], str] = {}

    def comparable(spec: FieldSpec, value: str) -> str:
        if (spec.key, value) not in seen:
            seen[spec.key, value] = _comparable(template, spec, value)
        return seen[spec.key, value]

    return comparable


def _comparable(template: FormTemplate, spec: FieldSpec, value: str) -> str:
    """The normalised value when it validates, else the folded text."""
    normal = normalise_value(spec, value)
    return normal if normal else " ".join(value.split()).casefold()


def _source_name(p: Provenance) -> str:
    """Where a value came from, in words safe for logs (no value, no file name)."""
    if p.filename_index is not None:
        where = f"attachment {p.filename_index + 1}"
        if p.page is not None:
            where += f" page {p.page}"
    elif p.part == "header":
        where = "subject line"
    else:
        where = "mail body"
    if p.line is not None and p.filename_index is None:
        where += f" line {p.line}"
    return where
