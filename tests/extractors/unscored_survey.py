"""The values the reader gives for fields a set does not score, and which carry no flag.

    PYTHONPATH=. .venv/bin/python tests/extractors/unscored_survey.py [SET_SUFFIX ...]
    # e.g. `_20 _55`; the empty argument '' is the first set; none: every typed set

The harness (unseen_harness) scores only the fields a request's builder expects: a value
the reader fills into a field the applicant left empty (the office's address from the
letter a reply answers, another person's province) is never counted, silent or not. This
lists each such value with no flag, once per style and value, for a person to read: most
are the applicant's own values a set did not ask for; the others are silent errors the
figures cannot show (three found so in stop 39: sets 1, 18 and 20). The sets' people are
invented: values are safe to print.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from unseen_harness import flagged, read_all, template_keys  # noqa: E402

PERSONAL = (
    "full_name", "national_id", "birth_date", "phone", "email", "address", "postal_code",
    "province",
)  # fmt: skip


def unscored(module_name: str) -> list[tuple[str, str, str]]:
    """(style, key, value) of each unflagged value given for a field the set left out."""
    cases = importlib.import_module(module_name).HELD_OUT.cases
    found: list[tuple[str, str, str]] = []
    for sample, case in zip(cases, read_all([c.raw for c in cases]), strict=True):
        collected = template_keys(case.template)
        for key in PERSONAL:
            value = case.fields.get(key)
            if key in sample.expected or key not in collected or value is None:
                continue
            if not flagged(case, key) and (sample.style, key, value) not in found:
                found.append((sample.style, key, value))
    return found


def main(suffixes: list[str]) -> None:
    files = sorted(HERE.glob("test_unseen_styles*.py"))
    names = [f.stem for f in files if f.stem != "test_unseen_styles_50"]  # set 50: scans
    if suffixes:
        names = [n for n in names if n.removeprefix("test_unseen_styles") in suffixes]
    for name in names:
        for style, key, value in unscored(name):
            print(f"{name.removeprefix('test_unseen_styles') or '_1'} {style} {key}: {value!r}")


if __name__ == "__main__":  # read_all's workers import this module: run only when asked
    main(sys.argv[1:])
