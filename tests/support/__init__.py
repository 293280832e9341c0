"""Helpers shared by the intake tests: config files, running the CLI, generated mail."""
