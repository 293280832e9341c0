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

from extractors.thai import CIVIL_TITLE
from extractors.validate import normalise_national_id, normalise_phone
from extractors.value_pieces import date_alone

__all__ = ["as_questions_and_answers", "chat_messages"]

# A speaker's tag: "[name]" or "(emoji) word(s):" of a few words, at the line's start.
_TAG = re.compile(
    r"^\s*(?:\[(?P<bracket>[^\[\]\n]{1,30})\]|(?P<named>(?:[^\w\s]{1,3}\s?)?"
    r"[\w\u0e00-\u0e7f.]{1,20}(?: [\w\u0e00-\u0e7f.]{1,20})?)\s?[:：])\s+(?P<text>\S.*)$"
)
# A chat app's own time stamp before the speaker: WhatsApp's "[24/11/2569 09:14:03] name:"
# (iOS) or "24/11/2569, 09:14 - name:" (Android). A form has no time on every line, so a
# transcript stamped so is a chat whoever asks and however.
# LINE's desktop copy of a few messages stamps each with the time alone ("10:05 name:
# ...", set 53: a teacher pastes a parent's chat); a colon's time, not "10.00 น.".
_STAMP = re.compile(
    r"^\s*(?:\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:-\s+)?|\d{1,2}:\d{2}\s+)(?=\S)"
)
# LINE's "save chat" text file: "10:04<TAB>speaker<TAB>message", one message a row.
_LINE_ROW = re.compile(
    r"^\s*\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\t(?P<speaker>[^\t]{1,40})\t(?P<text>\S.*)$"
)
# How the asking speaker asks for a value: the words before the value's label ("ขอ..."
# asks for it too, not "ขอบคุณ", "ขอโทษ"; nor "ของ...", whose: "ของดิฉัน เลขบัตร ...", a
# widow's answer giving hers after her late husband's, set 124).
_ASK = re.compile(
    r"^(?:(?:กรุณา|โปรด|รบกวน|ช่วย)\s*(?:พิมพ์|กรอก|ระบุ|แจ้ง|ใส่|บอก|ส่ง|ขอ)?|ขอ(?!บคุณ|โทษ|อภัย|ง))"
    r"\s*(?:ทราบ)?\s*(?:ข้อมูล)?\s*"
)
_PARTICLES = re.compile(r"\s*(?:หน่อย|ด้วย)?\s*(?:นะ)?\s*(?:คะ|ค่ะ|ครับ|จ้ะ|จ้า)?\s*$")
# ...or in a question: "ชื่อ-นามสกุลของคุณคืออะไรคะ?", "เบอร์โทรที่ติดต่อได้คะ?". Only with
# the question mark: a sentence ending in คะ alone is also how answers are said.
_QUESTION_END = re.compile(r"\s*(?:คือ\s*)?(?:อะไร\s*)?(?:คะ|ครับ|ค่ะ|จ๊ะ)?\s*[?？]+\s*$")
# One request for several values at once ("แจ้งชื่อ เลขบัตร วันเกิด และเบอร์โทร") names no
# one label: the answers after it are not that label's value. It stays as said.
_SEVERAL = re.compile(r"\sและ|[,、]|\S+\s+\S+\s+\S+")
# What a reader could take for a value in a line: a number, an e-mail, a titled name.
_GIVES_A_VALUE = re.compile(rf"[0-9๐-๙@]|{CIVIL_TITLE}")
MIN_TURNS = 4  # tagged lines in a row, the two speakers taking turns
MAX_SPEAKERS = 2
MIN_ASKS = 2


def as_questions_and_answers(text: str) -> str:
    """`text` with a two-speaker transcript's tags taken off and each request for a
    value written as its label alone on a line; `text` itself when it holds none."""
    lines = text.split("\n")
    headed = _page_conversation(lines)
    if headed is not None:
        return "\n".join(headed)
    rows = [_LINE_ROW.match(line) for line in lines]
    stamped = [bool(r) or bool(_STAMP.match(line)) for line, r in zip(lines, rows, strict=True)]
    tags = [
        (r.group("speaker").strip(), r.group("text").strip()) if r else _stamped_tag(line)
        for line, r in zip(lines, rows, strict=True)
    ]
    spaced = _spaced_tags(lines)
    if spaced is not None:
        tags = [t if t is not None else sp for t, sp in zip(tags, spaced, strict=True)]
    # a tag seen once is a "label: value" line of the mail's own (Display name: ...); a
    # speaker after a time alone is one however often
    speakers = {s: n for s, n in Counter(t[0] for t in tags if t is not None).items() if n > 1}
    speakers |= {sp[0]: 1 for sp in spaced or () if sp is not None and sp[0] not in speakers}
    # so is one in LINE's own file's column, where the other speaks alone otherwise (an
    # office's one question, set 94); a third who speaks once is no party to it (set 78)
    if len(speakers) < MAX_SPEAKERS:
        speakers |= {r.group("speaker").strip(): 1 for r in rows if r} | speakers
    if len(speakers) != MAX_SPEAKERS:
        return text
    tags = [t if t is not None and t[0] in speakers else None for t in tags]
    saved = sum(1 for r in rows if r) >= MIN_TURNS  # LINE's own file: a chat by its columns
    chat = sum(1 for m, t in zip(stamped, tags, strict=True) if m and t) >= MIN_TURNS
    # stamped lines are a chat even where one speaker sends several in a row (a parent's
    # name, ID, address and phone, set 53)
    if not saved and not chat and not _take_turns([t[0] for t in tags if t is not None]):
        return text
    asks = Counter(t[0] for t in tags if t is not None and _asks(t[1]))
    asker, times = _the_asker(asks)
    if times < MIN_ASKS and not chat:  # two labels taking turns in a form ask for nothing
        return text
    out = []
    several = ""  # the asker's open request for several values at once, if any
    for line, tag in zip(lines, tags, strict=True):
        if tag is not None and tag[0] == asker:
            several = tag[1] if _asks(tag[1]) and _SEVERAL.search(_question_label(tag[1])) else ""
        if tag is None:
            out.append(line)
        elif tag[0] == asker and _asks(tag[1]) and not _SEVERAL.search(_question_label(tag[1])):
            out.append(_question_label(tag[1]))
        elif tag[0] != asker and several:
            # the answers to "แจ้งชื่อ ที่อยู่ และเบอร์โทร", one a message: each labelled by
            # its shape, the name typed bare where the name was asked (set 73)
            out.append(_labelled_answer(tag[1], name_asked=_NAME_ASKED.search(several) is not None))
        elif tag[0] == asker and times >= MIN_ASKS and _GIVES_A_VALUE.search(tag[1]):
            # the one who asks for the values is the office (its page, its bot): a value
            # in what else it says (its number in its greeting, its officer) is the office's
            out.append("")
        elif times == 0:
            # a chat asking no value by its label: a value sent alone is labelled
            out.append(_labelled_answer(tag[1]))
        else:
            out.append(tag[1])
    return "\n".join(out)


def chat_messages(text: str) -> list[tuple[int, str, str]]:
    """Each message of a chat pasted or saved in `text`: (line number from 1, speaker,
    message), for LINE's saved file (its tabs, or tabs become spaces) and a chat stamped
    with its app's time before a tagged speaker; [] where fewer than MIN_TURNS lines are
    such messages (a day's schedule, a form's labels)."""
    lines = text.split("\n")
    spaced = _spaced_tags(lines) or [None] * len(lines)
    found: list[tuple[int, str, str]] = []
    for n, (line, sp) in enumerate(zip(lines, spaced, strict=True), start=1):
        row = _LINE_ROW.match(line)
        tag = (
            (row.group("speaker").strip(), row.group("text").strip())
            if row
            else sp or (_stamped_tag(line) if _STAMP.match(line) else None)
        )
        if tag is not None:
            found.append((n, *tag))
    return found if len(found) >= MIN_TURNS else []


# A value sent alone in a chat's message, as a parent answers "send your name, ID card
# number, address and phone" message by message (set 53): a titled name, an address
# from its house number to its district. With no label it lost to the labelled phone and
# name in the signature of the one who pasted the chat.
_NAME_ALONE = re.compile(rf"{CIVIL_TITLE}\s?[\u0e01-\u0e4e]+(?:\s[\u0e01-\u0e4e]+)?")
_ADDRESS_ALONE = re.compile(
    r"[0-9๐-๙]+(?:/[0-9๐-๙]+)?\s.*(?:ต\.|ตำบล|แขวง)\s?[\u0e01-\u0e4e]+.*(?:อ\.|อำเภอ|เขต)"
)


# A name typed bare, answering a request that asked for it among others: two or three
# words of Thai letters, none ending in a particle, a greeting or words of a reply ("สวัสดี
# ค่ะ", "ได้ครับ ข้อมูลตามนี้": set 36).
_BARE_NAME = re.compile(r"[\u0e01-\u0e4e]{2,}(?: [\u0e01-\u0e4e]{2,}){1,2}")
_NOT_A_NAME_WORD = re.compile(
    r"(?:ครับ|ค่ะ|คะ|ค่า|จ้ะ|จ้า)$|^นะ|สวัสดี|ขอบคุณ|ขอบพระคุณ|ขอโทษ|รบกวน|เรียบร้อย|ได้เลย"
    r"|ข้อมูล|ตามนี้|แล้ว"
)
_NAME_ASKED = re.compile(r"ชื่อ")


def _labelled_answer(text: str, *, name_asked: bool = False) -> str:
    """A chat message that is one value alone, behind its field's label; others as sent.
    `name_asked`: the message answers a request that asked for the name among others, so
    a bare name (no title) is taken as it."""
    if normalise_national_id(text) is not None:
        return f"เลขประจำตัวประชาชน: {text}"
    if normalise_phone(text) is not None:
        return f"โทรศัพท์: {text}"
    if _NAME_ALONE.fullmatch(text) or (name_asked and _bare_name(text)):
        return f"ชื่อ-นามสกุล: {text}"
    if _ADDRESS_ALONE.match(text):
        return f"ที่อยู่: {text}"
    if date_alone(text) is not None:  # her particulars' date, as value_pieces reads one (set 78)
        return f"วันเกิด: {text}"
    return text


def _the_asker(asks: Counter[str]) -> tuple[str, int]:
    """The speaker who asks for the values, and how often: the one who asks most; of two
    who ask as often, the one named as an office (a LINE OA's account is the agency's,
    "ขอแจ้ง..." opens a citizen's report, set 73)."""
    most = max(asks.values(), default=0)
    tied = [speaker for speaker, n in asks.items() if n == most]
    offices = [speaker for speaker in tied if _AGENCY_WORD.search(speaker)]
    asker = offices[0] if len(offices) == 1 else (tied[0] if tied else "")
    return asker, most


def _bare_name(text: str) -> bool:
    return _BARE_NAME.fullmatch(text) is not None and not any(
        _NOT_A_NAME_WORD.search(word) for word in text.split()
    )


# LINE's saved chat whose tabs became spaces on the way (a mail's HTML shows a tab as a
# space, set 78): "09:16 ยายศรี นางศรี ..." The word after the time is the speaker where
# one such word opens MIN_TURNS stamped lines: a day's schedule ("09:00 ลงทะเบียน",
# "10:00 พิธีเปิด") names a new thing each line.
_TIME_SPACED = re.compile(r"^ *\d{1,2}:\d{2} +(?P<speaker>[^\s:：]{1,30}) +(?P<text>\S.*)$")


def _spaced_tags(lines: list[str]) -> list[tuple[str, str] | None] | None:
    """Each line's (speaker, message) in a chat stamped "HH:MM speaker message", None
    for a line that is not one; None when the text holds no such chat."""
    found = [_TIME_SPACED.match(line) for line in lines]
    words = Counter(m.group("speaker") for m in found if m)
    if not words or words.most_common(1)[0][1] < MIN_TURNS:
        return None
    return [(m.group("speaker"), m.group("text").strip()) if m else None for m in found]


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


# --- A conversation with an agency's page, copied from Facebook Messenger -----------------
#
# Messenger heads each run of messages with its sender's name alone on a line (the page's
# name, the citizen's, or "คุณ"/"You" for the one who copies), with times and "ส่งแล้ว"/
# "เห็นแล้ว" marks between. The page's turns are the agency's: its questions ("ขอเลขบัตร
# ประชาชนค่ะ", "วันเกิดค่ะ") say what the citizen's answer below is, and the rest of what it
# says (its greeting, the office's number, its thanks) is no value of the citizen's.

MAX_HEAD_CHARS = 40
MAX_HEADS = 12  # repeated short lines tried as the two speakers' names
_SELF = frozenset({"คุณ", "you", "ฉัน", "ตัวเอง", "me"})
_AGENCY_WORD = re.compile(
    r"อบต|อบจ|เทศบาล|องค์การ|อำเภอ|สำนักงาน|ศูนย์|กอง|กรม|จังหวัด|ที่ว่าการ|ศาลากลาง|สถานี"
    r"|page|เพจ|official",
    re.IGNORECASE,
)
# Messenger's own marks between the turns: a time, "ส่งแล้ว 10:12", "เห็นแล้ว", "Seen".
_MARK = re.compile(
    r"^\s*(?:(?:ส่งแล้ว|เห็นแล้ว|อ่านแล้ว|seen|sent|delivered|read)\s*)?"
    r"(?:(?:เมื่อ\s*)?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?|\s?น\.)?)?\s*$",
    re.IGNORECASE,
)
# A page asks for a value as a noun and a polite particle ("เลขบัตรประชาชนค่ะ", "ที่อยู่
# ครับ"): a short line so ended, not its thanks or greeting.
_ENDS_POLITELY = re.compile(r"(?:ค่ะ|คะ|ครับ|จ้ะ|จ้า)\s*[.!]*\s*$")
_NOT_ASKING = re.compile(r"^\s*(?:ขอบคุณ|ขอบพระคุณ|ขอโทษ|ขออภัย|สวัสดี|รับทราบ|ได้|โอเค|ok)", re.I)
MAX_NOUN_ASK_CHARS = 30


def _page_conversation(lines: list[str]) -> list[str] | None:
    """The lines of a copied Messenger conversation with a page, rewritten: the names
    heading the turns and Messenger's marks blank, the page's questions as labels alone
    on their lines, the page's other words blank, the citizen's turns as they are. None
    when `lines` hold no such conversation."""
    heads = _alternating_heads(lines)
    if heads is None:
        return None
    page = _the_page(lines, heads)
    if page is None:
        return None
    out, speaker = [], None
    for line in lines:
        stripped = line.strip()
        if stripped in heads:
            speaker = stripped
            out.append("")
        elif speaker is None:
            out.append(line)  # the citizen's note above the copy
        elif stripped and _MARK.match(stripped):
            out.append("")
        elif speaker == page:
            out.append(_question_label(stripped) if _page_asks(stripped) else "")
        else:
            out.append(line)
    return out


def _could_head(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_HEAD_CHARS
        and not any(ch.isdigit() for ch in stripped)
        and not any(ch in stripped for ch in ":：@?")
        and len(stripped.split()) <= 4
    )


def _alternating_heads(lines: list[str]) -> tuple[str, str] | None:
    """The two names that head the turns: repeated short lines that take turns, each
    with at least one message under it, MIN_TURNS times or more."""
    counts = Counter(line.strip() for line in lines if _could_head(line))
    repeated = [name for name, n in counts.most_common(MAX_HEADS) if n > 1]
    best: tuple[int, tuple[str, str]] | None = None
    for i, a in enumerate(repeated):
        for b in repeated[i + 1 :]:
            turns = _turns(lines, (a, b))
            if turns >= MIN_TURNS and (best is None or turns > best[0]):
                best = (turns, (a, b))
    return best[1] if best else None


def _turns(lines: list[str], heads: tuple[str, str]) -> int:
    """How many turns `heads` head, or 0 when they do not take turns or a turn is empty."""
    turns, last, said = 0, None, True
    for line in lines:
        stripped = line.strip()
        if stripped in heads:
            if stripped == last or not said:
                return 0
            turns, last, said = turns + 1, stripped, False
        elif last is not None and stripped and not _MARK.match(stripped):
            said = True
    return turns if said else 0


def _the_page(lines: list[str], heads: tuple[str, str]) -> str | None:
    """Which of the two is the agency's page: the other of "คุณ"/"You", the one named as
    an office, or the one that asks for the values."""
    a, b = heads
    if (a.casefold() in _SELF) != (b.casefold() in _SELF):
        return b if a.casefold() in _SELF else a
    if bool(_AGENCY_WORD.search(a)) != bool(_AGENCY_WORD.search(b)):
        return a if _AGENCY_WORD.search(a) else b
    asks: Counter[str] = Counter()
    speaker = None
    for line in lines:
        stripped = line.strip()
        if stripped in heads:
            speaker = stripped
        elif speaker is not None and _page_asks(stripped):
            asks[speaker] += 1
    (top, times), *rest = [*asks.most_common(2), ("", 0)]
    return top if times >= MIN_ASKS and times > rest[0][1] else None


def _page_asks(text: str) -> bool:
    """Whether a line of the page's asks for a value: as a chatbot asks (`_asks`), or as a
    noun and a polite particle ("วันเกิดค่ะ")."""
    if _asks(text):
        return True
    return (
        len(text) <= MAX_NOUN_ASK_CHARS
        and bool(_ENDS_POLITELY.search(text))
        and not _NOT_ASKING.match(text)
        and len(_question_label(text)) > 1
    )
