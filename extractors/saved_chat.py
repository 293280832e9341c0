"""A chat saved from an app and sent on under a mail program's forward marker.

    ส่งแชทที่คุยกับเจ้าหน้าที่มาให้ค่ะ
    นาง<her> ที่อยู่ปัจจุบัน <her home> โทร 08...
    ---------- ข้อความที่ส่งต่อ ----------
    [LINE] ประวัติการแชทกับ <the office's account>
    10:05<TAB><her>...

A forward marker says the request is the forwarded mail, not the note above it (mail_text).
What follows the marker here is no mail: no header block (From:, จาก:) over it, only a
chat's lines (chat_transcript.chat_messages). A mail program writes the marker when the
sender forwards a mail she received, or sends on the chat's saved file pasted into a
"Fwd:" she started herself (set 117: her LINE chat with the town's account, her home and
mobile in the note above). Nobody's mail is forwarded: the note and the chat are both her
own text, read as one (whose chat it is stays for forwarded_chat and chat_other_side).
Where the note above is a request of its own (her form's lines, her ID: mail_text), the
chat under it is only what she attaches to show, and is left out as before (set 100: a
bride's request over her chat with the planner, the resort's line in it)."""

from __future__ import annotations

import re

from extractors.chat_transcript import chat_messages

__all__ = ["saved_chat_below"]

# LINE's saved file opens with its own heading ("[LINE] ประวัติการแชทกับ ...", "[LINE] Chat
# history with ..."): the chat's messages under it may be rewritten already as questions
# and answers (chat_transcript.as_questions_and_answers, their speakers taken off)
_LINE_HEADING = re.compile(r"^\s*(?:\[LINE\]\s*)?(?:ประวัติ(?:การ)?แชท|chat history with)", re.I)


def saved_chat_below(lines: list[tuple[int, str]]) -> bool:
    """Whether the lines under a forward marker, no mail's header block over them
    (mail_text sees to that), are a saved chat."""
    first = next((line for _, line in lines if line.strip()), "")
    return _LINE_HEADING.match(first) is not None or bool(
        chat_messages("\n".join(line for _, line in lines))
    )
