"""The intake worker: mail sources, capture, the stage pipeline, scheduling and the CLI."""

__version__ = "0.1.0"
