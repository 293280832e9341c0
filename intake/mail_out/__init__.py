"""Outgoing mail: who must not get an answer, Message-IDs that point back to their case,
the acknowledgement and reply texts, the signed receipt PDF, and SMTP submission.
The outbox (intake/outbox.py) decides when; these modules only make and send mail."""
