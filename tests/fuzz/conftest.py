"""Hypothesis profiles: `ci` is derandomised (the same examples every run, so a red CI run
is reproducible) and bounded; `dev` explores more. CI=true picks `ci`; HYPOTHESIS_PROFILE
overrides. Every test here also caps its own examples, and none has a deadline: the
machine is shared, and a slow example is not a failure (the sandbox bounds time)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
