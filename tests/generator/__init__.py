"""Synthetic Thai citizen requests for testing the extractors against ground truth.

Deliberately independent of the `extractors` package: it has its own check-digit,
Thai-digit and encoding helpers, so a bug shared by generator and extractor cannot hide.
No real person's data: names, IDs, phones and emails are random combinations.
"""
