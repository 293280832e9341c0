"""A system's column named for the one who reports, then the field: "reporter_phone".

An app's or a web form's export names its columns in English snake_case, the person
first: reporter_name, reporter_phone, applicant_email, requester_id_card (set 73's ticket
export). The person named is the one who files (ผู้แจ้ง, ผู้ยื่น, ผู้ขอ, ผู้ร้อง), so the
column is the field its rest names. Another party's column (officer_phone, assigned_to,
staff_name) names no such person and is left as it is: no label, no value of hers.
"""

from __future__ import annotations

import re

__all__ = ["without_own_role"]

# The English words for the one who files, as a column's first word (ASCII only: Thai
# labels name their person after the field, "เบอร์โทรผู้แจ้ง", and are known as written).
_OWN_ROLE = re.compile(
    r"^(?:reporter|reported_by|applicant|requester|requestor|complainant|petitioner|informant)"
    r"[_.\- ]+(?=[a-z])",
    re.IGNORECASE,
)


def without_own_role(caption: str) -> str:
    """The caption without the filer's role before the field ("reporter_phone" -> "phone");
    any other caption as it is."""
    stripped = caption.strip()
    if not stripped.isascii():
        return caption
    return _OWN_ROLE.sub("", stripped, count=1)
