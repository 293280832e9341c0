"""Every intake test runs in its own working directory with no INTAKE_* settings leaking in."""

from support.stores import isolated_env

__all__ = ["isolated_env"]
