"""Whether a form field still holds what the form's maker put there, not the citizen's
answer: the fill-in prompt people type as a default ("ระบุ",
"กรอกอีเมล (ถ้ามี)", "(ถ้ามี)", "-"). Found in set 43: a LibreOffice fillable PDF's
unfilled ซอย/ถนน fields kept their default "ระบุ" and it was joined into the address.

Only a whole value is judged: a sentence that starts with "ระบุ" is an answer."""

from __future__ import annotations

import re

# The verb of a prompt alone ("ระบุ", "(โปรดระบุ)", "กรอก..."), or กรอก with the one word
# it asks for ("กรอกอีเมล"): no answer starts with "fill in". Not พิมพ์ ("type") with a
# word: พิมพ์ชนก, พิมพ์ใจ are given names.
_PROMPT = re.compile(
    r"[(\[]?\s*(?:โปรด|กรุณา)?\s*(?:ระบุ|กรอก|พิมพ์)\s*[)\]]?\s*[.…]*"
    r"|(?:โปรด|กรุณา)?\s*กรอก\S{1,30}(?:\s*\(\s*ถ้ามี\s*\))?\s*[.…]*"
)
# "(ถ้ามี)" (if any) is the form's word: a short value ending in it is the prompt.
_IF_ANY = re.compile(r".{0,30}\(\s*ถ้ามี\s*\)\s*[.…]*")
# A line of dashes or dots: the form's blank, or the citizen's "none" (validate drops it too).
_BLANK = re.compile(r"[-–—._…\s]+")


def is_prompt(value: str) -> bool:
    """Whether `value` is a fill-in prompt or a blank, not an answer."""
    text = value.strip()
    return bool(text) and any(p.fullmatch(text) for p in (_PROMPT, _IF_ANY, _BLANK))


def unfilled(value: str) -> bool:
    """Whether a field holding `value` was left unfilled. A value equal to the field's
    default (/DV) is no sign: LibreOffice writes every field's value as its default too
    when it saves a filled form (pypdf's corpus libreoffice-form.pdf: "Alice" over "Alice"),
    so only a prompt's words tell."""
    text = value.strip()
    return not text or is_prompt(text)
