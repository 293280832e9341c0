"""A chat app's inline marks in a request pasted from it: *bold*, _italic_, ~struck~.

WhatsApp, Telegram and LINE's desktop copy keep the marks as characters. Two of them
change what a line says:
- a struck span followed by more text on its line is a correction the writer took back
  (the old phone before the new one, a misspelt name before the right one): dropped,
  else the first value on the line was read and the correction lost;
- a bold span opening a line, text after it, is the line's label ("*ชื่อ* นาง..."): it
  ends where its stars close, as a colon would end it.
Other bold and italic spans are shown without their marks. A tilde or an underscore that
pairs with nothing ("~20 เมตร", "8~10 โมง", "somchai_j@...", "____") is left alone.
"""

from __future__ import annotations

import re

# ~text~ then more text on the same line: the struck text and the space after it
_STRUCK = re.compile(r"(?<![\w~])~(?=\S)[^~\n]{1,120}?(?<=\S)~(?![\w~])[ \t]+(?=\S)")
# *label* at a line's start, then its value
_BOLD_LABEL = re.compile(r"^([ \t]*)\*(?=[^\s*])([^*\n]{1,40}?)(?<=\S)\*[ \t]+(?=\S)", re.M)
_BOLD = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,200}?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,200}?)(?<=\S)_(?![\w_])")


def _label(m: re.Match[str]) -> str:
    head = m.group(2).rstrip()
    return f"{m.group(1)}{head} " if head.endswith((":", "：")) else f"{m.group(1)}{head}: "


def without_chat_marks(text: str) -> str:
    """`text` as the chat app showed it: struck corrections gone, bold labels ended."""
    if "~" not in text and "*" not in text and "_" not in text:
        return text
    text = _STRUCK.sub("", text)
    text = _BOLD_LABEL.sub(_label, text)
    text = _BOLD.sub(r"\1", text)
    return _ITALIC.sub(r"\1", text)
