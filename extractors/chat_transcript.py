"""A chatbot's or a chat's transcript, mailed to the office, read as questions and answers.

A LINE OA chatbot (or a chat saved as text) mails the conversation with each message
behind its speaker's tag ("🤖 บอท: กรุณาพิมพ์วันเกิด", "[Somchai] 4 ก.ค. 2511"). The
tags are no part of the values, and the one speaker who asks does so in a request
("กรุณาพิมพ์ชื่อ-นามสกุล", "โปรดระบุเบอร์โทร") or a question ("อีเมลของคุณ?") whose
rest is the label the next answer is for. Rewritten as the label alone on its line and
the answer under it, the transcript is a form the text reader reads.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

__all__ = ["as_questions_and_answers"]

# A speaker's tag: "[name]" or "(emoji) word(s):" of a few words, at the line's start.
_TAG = re.compile(
    r"^\s*(?:\[(?P<bracket>[^\[\]\n]{1,30})\]|(?P<named>(?:[^\w\s]{1,3}\s?)?"
    r"[\w\u0e00-\u0e7f.]{1,20}(?: [\w\u0e00-\u0e7f.]{1,20})?)\s?[:：])\s+(?P<text>\S.*)$"
)
# A chat app's own time stamp before the speaker: WhatsApp's "[24/11/2569 09:14:03] name:"
# (iOS) or "24/11/2569, 09:14 - name:" (Android). A form has no time on every line, so a
# transcript stamped so is a chat whoever asks and however.
_STAMP = re.compile(
    r"^\s*\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:-\s+)?(?=\S)"
)
# LINE's "save chat" text file: "10:04<TAB>speaker<TAB>message", one message a row.
_LINE_ROW = re.compile(
    r"^\s*\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\t(?P<speaker>[^\t]{1,40})\t(?P<text>\S.*)$"
)
# How the asking speaker asks for a value: the words before the value's label ("ขอ..."
# asks for it too, not "ขอบคุณ", "ขอโทษ").
_ASK = re.compile(
    r"^(?:(?:กรุณา|โปรด|รบกวน|ช่วย)\s*(?:พิมพ์|กรอก|ระบุ|แจ้ง|ใส่|บอก|ส่ง)?|ขอ(?!บคุณ|โทษ|อภัย))"
    r"\s*(?:ข้อมูล)?\s*"
)
_PARTICLES = re.compile(r"\s*(?:หน่อย|ด้วย)?\s*(?:นะ)?\s*(?:คะ|ค่ะ|ครับ|จ้ะ|จ้า)?\s*$")
# ...or in a question: "ชื่อ-นามสกุลของคุณคืออะไรคะ?", "เบอร์โทรที่ติดต่อได้คะ?". Only with
# the question mark: a sentence ending in คะ alone is also how answers are said.
_QUESTION_END = re.compile(r"\s*(?:คือ\s*)?(?:อะไร\s*)?(?:คะ|ครับ|ค่ะ|จ๊ะ)?\s*[?？]+\s*$")
# One request for several values at once ("แจ้งชื่อ เลขบัตร วันเกิด และเบอร์โทร") names no
# one label: the answers after it are not that label's value. It stays as said.
_SEVERAL = re.compile(r"\sและ|[,、]|\S+\s+\S+\s+\S+")
MIN_TURNS = 4  # tagged lines in a row, the two speakers taking turns
MAX_SPEAKERS = 2
MIN_ASKS = 2


def as_questions_and_answers(text: str) -> str:
    """`text` with a two-speaker transcript's tags taken off and each request for a
    value written as its label alone on a line; `text` itself when it holds none."""
    lines = text.split("\n")
    rows = [_LINE_ROW.match(line) for line in lines]
    stamped = [bool(r) or bool(_STAMP.match(line)) for line, r in zip(lines, rows, strict=True)]
    tags = [
        (r.group("speaker").strip(), r.group("text").strip()) if r else _stamped_tag(line)
        for line, r in zip(lines, rows, strict=True)
    ]
    # a tag seen once is a "label: value" line of the mail's own (Display name: ...)
    speakers = {s: n for s, n in Counter(t[0] for t in tags if t is not None).items() if n > 1}
    if len(speakers) != MAX_SPEAKERS:
        return text
    tags = [t if t is not None and t[0] in speakers else None for t in tags]
    saved = sum(1 for r in rows if r) >= MIN_TURNS  # LINE's own file: a chat by its columns
    if not saved and not _take_turns([t[0] for t in tags if t is not None]):
        return text
    asks = Counter(t[0] for t in tags if t is not None and _asks(t[1]))
    asker, times = max(asks.items(), key=lambda item: item[1], default=("", 0))
    chat = sum(1 for m, t in zip(stamped, tags, strict=True) if m and t) >= MIN_TURNS
    if times < MIN_ASKS and not chat:  # two labels taking turns in a form ask for nothing
        return text
    out = []
    for line, tag in zip(lines, tags, strict=True):
        if tag is None:
            out.append(line)
        elif tag[0] == asker and _asks(tag[1]) and not _SEVERAL.search(_question_label(tag[1])):
            out.append(_question_label(tag[1]))
        else:
            out.append(tag[1])
    return "\n".join(out)


def _stamped_tag(line: str) -> tuple[str, str] | None:
    m = _STAMP.match(line)
    return _tag(line[m.end() :] if m else line)


def _tag(line: str) -> tuple[str, str] | None:
    m = _TAG.match(line)
    if m is None:
        return None
    return (m.group("bracket") or m.group("named")).strip(), m.group("text").strip()


def _asks(text: str) -> bool:
    asked = _ASK.match(text) is not None or _QUESTION_END.search(text) is not None
    return asked and len(_question_label(text)) > 1


def _question_label(text: str) -> str:
    """What a request or a question asks for: 'กรุณาพิมพ์วันเกิด' -> 'วันเกิด',
    'ชื่อ-นามสกุลของคุณคืออะไรคะ?' -> 'ชื่อ-นามสกุลของคุณ'."""
    return _PARTICLES.sub("", _QUESTION_END.sub("", _ASK.sub("", text))).strip()


def _take_turns(order: list[str]) -> bool:
    """Whether MIN_TURNS tagged lines in a row alternate between the speakers."""
    run = 1
    for before, after in pairwise(order):
        run = run + 1 if before != after else 1
        if run >= MIN_TURNS:
            return True
    return False
