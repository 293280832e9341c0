"""Compliance operations over the store.

The report, encryption coverage, and data-subject requests under the PDPA.
"""
