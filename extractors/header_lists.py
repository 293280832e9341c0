"""A header row over several rows that fit it is a list of people, not a request's form.

A form laid out as captions over values holds one person's answers: the header and the
one row under it. The same header over two rows or more is a list (workers, trainees, a
household's members, co-signers), none of them shown to be the applicant, so its rows
give nothing: read as a form, the first person on the list became the applicant. Every
reader of a header over values (HTML and text tables in body_form and html_table, Word
tables in docx_form, PDF columns in pdf_columns) asks this module, each with its own
test of a row fitting its header.
"""

from __future__ import annotations

from collections.abc import Iterable

LIST_ROWS = 2  # rows fitting one header that make it a list's


def rows_fitting(fits: Iterable[bool]) -> int:
    """How many rows under a header, from the first, fit it, given whether each does
    (lazily: the count stops at the first that does not, where the form goes on)."""
    n = 0
    for fit in fits:
        if not fit:
            break
        n += 1
    return n


def is_list(fitting: int) -> bool:
    """Whether a header with this many rows fitting it under it heads a list of people."""
    return fitting >= LIST_ROWS
