"""Outgoing mail tests: each in its own directory, with no INTAKE_* settings leaking in.
Their helpers are in mail_support.py."""

from support.stores import isolated_env

__all__ = ["isolated_env"]
