"""Parsed message or attachment in, field candidates out.

Nothing here knows about storage: every function takes bytes or parsed objects and
returns pydantic models, recording problems as defects instead of raising.
"""
