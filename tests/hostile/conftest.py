"""Hostile-input tests run in their own working directory with no INTAKE_* settings."""

from support.stores import isolated_env

__all__ = ["isolated_env"]
