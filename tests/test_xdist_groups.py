"""`make test` relies on pytest-xdist keeping a module's tests in one process (tests/conftest.py
marks each with its module's group), so a module's costly fixtures are built once. A pytest
release once broke that without any error (pytest-xdist issue 1386): CI time grew by a third.
This runs a two-test module under the same options and checks both land in one group."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

_MODULE = """
def test_one():
    pass

def test_two():
    pass
"""

# As tests/conftest.py does it: first, before pytest-xdist's worker hook reads the groups.
_GROUPING_CONFTEST = """
import pytest

@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
"""


def test_a_modules_tests_share_one_group(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(_GROUPING_CONFTEST)
    pytester.makepyfile(test_pair=_MODULE)
    result = pytester.runpytest_subprocess(
        "-n", "2", "--dist", "loadgroup", "-v", "-p", "no:randomly"
    )
    result.assert_outcomes(passed=2)
    passed = [line for line in result.outlines if "PASSED" in line]
    assert len(passed) == 2
    assert all("@test_pair.py" in line for line in passed), passed
    workers = {line.split("]")[0] for line in passed}
    assert len(workers) == 1, passed
