"""A Thai-script name of more than two words, told by its romanised form after it.

    ผมชื่อ นายอ่อง โก โก (Mr. Aung Ko Ko) สัญชาติเมียนมา ...

The readers of sentences take a titled name as a given name and a family name, two
words. A Burmese, a Shan, a Karen name has no family name and may have three words or
four (set 70): the third was left out ("นายอ่อง โก"). Where the name is followed by its
romanised spelling in brackets, as a migrant's papers give it, the words of that
spelling say how many Thai words the name has: the words between the two are the
name's too. Nothing is added where the counts do not agree.
"""

from __future__ import annotations

import re

from extractors.thai import CIVIL_TITLE, THAI_WORD

__all__ = ["with_romanised_words"]

MAX_WORDS = 5  # a Burmese name of four words and a title's word
_THEN_ROMANISED = re.compile(
    # a PDF's line may end before the brackets (the spelling opens the next, set 82)
    rf"(?P<more>(?:[ \t]+{THAI_WORD}){{1,2}})[ \t]*\n?[ \t]*\(\s*"
    # inside the brackets a line may wrap ("(Mrs." over "Tin Tin Aye)", a PDF's line)
    r"(?:(?:Mr|Mrs|Ms|Miss|MR|MRS|MS|MISS)\.?\s+)?"
    r"(?P<en>[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){1,4})\s*\)"
)


def with_romanised_words(text: str, start: int, name: str) -> str:
    """`name` (found at `start` in `text`) with the Thai words that follow it, where its
    romanised spelling in brackets right after them has as many words as the whole."""
    words = name.split()
    if not words or not text.startswith(words[0], start):
        return name  # the value is not the text's words as written
    end = _end_of_words(text, start, len(words))
    m = _THEN_ROMANISED.match(text, end) if end is not None else None
    if m is None:
        return name
    more = m.group("more").split()
    thai = len(words) + len(more) - (_TITLE_ALONE.fullmatch(words[0]) is not None)
    if thai != len(m.group("en").split()) or thai > MAX_WORDS:
        return name
    return " ".join([*words, *more])


_WORD_RUN = re.compile(r"\S+")
_TITLE_ALONE = re.compile(CIVIL_TITLE)  # "นาย อ่อง ...": the title a word of its own


def _end_of_words(text: str, start: int, count: int) -> int | None:
    """Where the `count` words of text from `start` end, if they stay on one line."""
    end = start
    for _ in range(count):
        m = _WORD_RUN.search(text, end)
        if m is None or "\n" in text[end : m.start()]:
            return None
        end = m.end()
    return end
