"""Whose words are these? A mail body split into the sender's own, quoted and forwarded text.

- The signature after "-- " is the sender's boilerplate, not the request.
- Below a reply header ("On ... wrote:", "เมื่อ ... เขียนว่า:") or an Outlook
  "Original Message" block comes the mail being answered; lines quoted with ">" are
  somebody else's words unless they are a blank template being filled in (decided by
  the reader, which knows labels). Lines typed under that whole ">" quote are the
  sender's own again: a bottom post.
- A forward marker ("---------- Forwarded message ---------", "ข้อความที่ส่งต่อ",
  "Begin forwarded message:") means the request is the forwarded mail, not the note
  above it; its header block names the original sender. Not a chat saved from an app
  under the marker, no mail's header over it (saved_chat): the sender's own, note and all.
- An Outlook "Original Message" block (or its underscore rule) is a forward when the text
  above it holds no form and the text below does, or when the mail's Subject says it
  forwards ("FW:", "Fwd:", "ส่งต่อ:"): Outlook writes the same block for replies and
  forwards, and only the Subject tells a forwarded request in sentences from a reply.
- The sender's own earlier mail (a quote whose attribution line, or an Outlook block whose
  From line, names the mail's own From address) holds her own words: her request, quoted
  under her follow-up. It is kept apart as `earlier`, read as the sender's and flagged.
- A forwarded or original mail whose author is the agency itself (one of the addresses the
  mail was sent to: `agency_addresses`) is the agency's own text coming back (its notice,
  its letter asking for more), quoted like a reply's quote: the citizen's words are the
  note above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from extractors.address_case import ascii_lower
from extractors.base import FieldCandidate, ReadMethod
from extractors.saved_chat import saved_chat_below
from extractors.title_options import PERSONS_TITLE
from extractors.values import valid_ids_in

MAX_LINES = 5000  # a request form is short; a huge body is read only this far

Lines = list[tuple[int, str]]

_REPLY_HEADER = re.compile(r"^(?:On\s.+\swrote:|เมื่อ\s.+\sเขียนว่า:?)\s*$", re.IGNORECASE)
_FORWARD = re.compile(
    r"^(?:-{2,}\s*(?:Forwarded message|Forwarded Message|ข้อความที่ส่งต่อ|ข้อความที่ถูกส่งต่อ)"
    r"\s*-{2,}|Begin forwarded message:|เริ่มข้อความที่ส่งต่อ:)\s*$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|ข้อความต้นฉบับ|ข้อความเดิม)\s*-{2,}|_{10,})\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(
    r"^\s*\**(From|Sent|Date|To|Cc|Bcc|Reply-To|Subject|จาก|ส่ง|ส่งเมื่อ|วันที่|ถึง|สำเนาถึง|สำเนา"
    r"|ตอบกลับไปยัง|หัวเรื่อง|เรื่อง)\**\s*[:：]",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SENDER = {"from", "จาก"}


# The formulas that close a Thai letter or a mail: what follows is the signature, not
# more of the request ("จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ", "Best regards,").
CLOSING = (
    # a monk's letter concludes and closes with เจริญพร where a layman's says เรียน and
    # ขอแสดงความนับถือ (set 84: an abbot's letter for his temple's fair)
    r"(?:จึงเรียนมา[\u0e01-\u0e4e ]*|จึงเจริญพรมา[\u0e01-\u0e4e ]*|ขอเจริญพร|"
    r"ขอแสดงความนับถือ|ด้วยความเคารพ(?:อย่างสูง)?|"
    r"ขอบคุณ[\u0e01-\u0e4e]*|ขอบพระคุณ[\u0e01-\u0e4e]*|\(?ลงชื่อ\)?[ .…_]*|"
    r"best regards|kind regards|regards|sincerely|thank you|thanks)[ \t,.!]*"
)
_CLOSING_LINE = re.compile(rf"^\s*{CLOSING}$", re.IGNORECASE)
MAX_CLOSING_CHARS = 60  # a closing is one short line; a longer one is more of the text


def is_closing(line: str) -> bool:
    """Whether the line is a letter's closing formula (the request ends above it)."""
    stripped = line.strip()
    return len(stripped) <= MAX_CLOSING_CHARS and bool(_CLOSING_LINE.match(stripped))


# A value read from the sender's own earlier mail, quoted under her follow-up: her words,
# but the follow-up above may correct them, and a clerk checks them (flagged quoted_text,
# as a value typed into a quoted template is: body_form's QUOTED_INLINE share).
EARLIER_SHARE = 0.75


def with_earlier(
    now: list[FieldCandidate], earlier: list[FieldCandidate], method: ReadMethod | None = None
) -> list[FieldCandidate]:
    """`now` and, for the fields it does not give, the values of the sender's own earlier
    mail (`MailText.earlier`), less sure (what she writes now corrects her earlier mail);
    `method` marks how a clerk is told ("quoted": flagged quoted_text)."""
    given = {c.key for c in now}

    def earlier_value(c: FieldCandidate, confidence: float) -> FieldCandidate:
        update: dict[str, object] = {"confidence": confidence}
        if method is not None:
            update["provenance"] = c.provenance.model_copy(update={"method": method})
        return c.model_copy(update=update)

    # She signs the follow-up with her bare name; her earlier mail gives it with her title:
    # the same name, fuller, as sure as the bare one and ahead of it.
    fuller = []
    for c in earlier:
        bare = [n.confidence for n in now if n.key == c.key and _titled(c.value, n.value)]
        if bare:
            fuller.append(earlier_value(c, max(bare)))
    kept = [earlier_value(c, c.confidence * EARLIER_SHARE) for c in earlier if c.key not in given]
    return [*fuller, *now, *kept]


def _titled(value: str, bare: str) -> bool:
    """Whether `value` is the name `bare` with a title before it ("นางวิไล ดอกแก้ว")."""
    return (
        bool(bare.strip())
        and re.fullmatch(rf"{PERSONS_TITLE}\s*{re.escape(bare.strip())}", value.strip()) is not None
    )


@dataclass
class MailText:
    own: Lines = field(default_factory=list)  # the sender's own words
    quoted: Lines = field(default_factory=list)  # ">" lines, the quote marks removed
    after_reply: Lines = field(default_factory=list)  # unquoted lines below a reply header
    signature: Lines = field(default_factory=list)  # below "-- ", when not read as a form
    forwarded: bool = False
    forwarded_from: str | None = None  # personal data: kept only in the sealed extraction
    earlier: MailText | None = None  # the sender's own earlier mail, quoted or below a block


def request_lines(text: str, max_lines: int = MAX_LINES) -> Lines:
    """(1-based line number, line) of the citizen's own text: no quotes, no signature."""
    return split_mail(text, lambda _: False, max_lines).own


def split_mail(text: str, is_label: Callable[[str], bool], max_lines: int = MAX_LINES) -> MailText:
    """The body's lines sorted by whose words they are; `is_label` tells form lines."""
    return split_mail_lines(list(enumerate(text.splitlines()[:max_lines], start=1)), is_label)


@dataclass(frozen=True)
class _Envelope:
    """What the mail's own header says about its body: set by the caller that knows the
    envelope (extractors.extract), read where a quoted or forwarded block's author is."""

    agency: frozenset[str] = frozenset()  # the addresses it was sent to: the agency's
    sender: str = ""  # its From address: the citizen's own
    sender_name: str = ""  # its From display name, spaces collapsed, casefolded
    forwards: bool = False  # its Subject opens with a forward prefix


_NO_ENVELOPE = _Envelope()  # frozen: a default shared safely
_ENVELOPE: ContextVar[_Envelope] = ContextVar("mail_envelope", default=_NO_ENVELOPE)

# What mail programs put before a forwarded mail's Subject: Outlook "FW:", Gmail,
# Thunderbird and Apple Mail "Fwd:", French "TR:", German "WG:", Spanish "RV:", Thai
# "ส่งต่อ:". Only the first prefix counts: "RE: FW: ..." answers a forward.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|ส่งต่อ)\s*[:：]", re.IGNORECASE)


def _lower(addresses: Iterable[str]) -> frozenset[str]:
    return frozenset(ascii_lower(a.strip()) for a in addresses if a.strip())


@contextmanager
def mail_envelope(
    recipients: Iterable[str], sender: str = "", subject: str = "", sender_name: str = ""
) -> Iterator[None]:
    """Within the block, a quoted or forwarded mail from one of `recipients` is the
    agency's own, one from `sender` (`sender_name`) the citizen's own earlier mail;
    `subject` tells an Outlook forward from a reply."""
    envelope = _Envelope(
        agency=_lower(recipients),
        sender=ascii_lower(sender.strip()),
        sender_name=_name_key(sender_name),
        forwards=bool(_FORWARD_SUBJECT.match(subject)),
    )
    token = _ENVELOPE.set(envelope)
    try:
        yield
    finally:
        _ENVELOPE.reset(token)


def agency_addresses(addresses: Iterable[str]) -> AbstractContextManager[None]:
    """Within the block, a forwarded mail from one of `addresses` is the agency's own."""
    return mail_envelope(addresses)


def _author(rest: Lines) -> str | None:
    """The address on the From:/จาก: line of the header block opening `rest`."""
    i = 0
    while i < len(rest) and not rest[i][1].strip():
        i += 1
    while i < len(rest) and (m := _HEADER_LINE.match(_unquote(rest[i][1]))):
        if m.group(1).casefold() in _SENDER:
            address = _ADDRESS.search(rest[i][1])
            return ascii_lower(address.group(0)) if address else None
        i += 1
    return None


def _by_agency(rest: Lines) -> bool:
    """Whether the header block opening `rest` names the agency as the author (From:/จาก:
    with one of the mail's own recipient addresses)."""
    agency = _ENVELOPE.get().agency
    return bool(agency) and _author(rest) in agency


def _by_sender(rest: Lines) -> bool:
    """Whether the header block opening `rest` names the mail's own sender as the author."""
    sender = _ENVELOPE.get().sender
    return bool(sender) and _author(rest) == sender


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# A display name this short ("A", "แม่") could be part of any attribution line.
MIN_SENDER_NAME_CHARS = 5


def _names_sender(attribution: str) -> bool:
    """Whether a reply's attribution line names the mail's own sender: the quote under it
    is her own earlier mail. By address ("On ... <a@b> wrote:", Gmail, Apple Mail,
    Outlook mobile); by the From line's display name when no address is written
    (Thunderbird's "On <date>, <name> wrote:")."""
    envelope = _ENVELOPE.get()
    addresses = _ADDRESS.findall(attribution)
    if addresses:
        return bool(envelope.sender) and any(ascii_lower(a) == envelope.sender for a in addresses)
    name = envelope.sender_name
    return len(name) >= MIN_SENDER_NAME_CHARS and name in _name_key(attribution)


def _agency_quoted(above: Lines, below: Lines, is_label: Callable[[str], bool]) -> MailText:
    """The note above is the sender's; the agency's mail below is quoted text."""
    mail = _own_text(above, is_label)
    mail.quoted += [(n, _unquote(line)) for n, line in below]
    return mail


def split_mail_lines(lines: Lines, is_label: Callable[[str], bool]) -> MailText:
    """Like split_mail for lines already numbered (a forwarded mail inside another)."""
    for i in range(len(lines)):
        if _forward_marker(lines, i):
            if _by_agency(lines[i + 1 :]):
                return _agency_quoted(lines[:i], lines[i + 1 :], is_label)
            below = _unquoted_whole(lines[i + 1 :])  # its form counted as the reader sees it
            if _own_form_first(_count(lines[:i], is_label), below, is_label) or _own_id_above(
                lines[:i], below
            ):
                return _own_text(lines[:i], is_label)
            if not _opens_with_header(below) and saved_chat_below(below):
                return _own_text(lines, is_label)  # her own chat, pasted: see saved_chat
            return _forwarded(lines[i + 1 :], is_label)
    for i, (_, line) in enumerate(lines):
        bare = _bare_header_block(lines, i)
        if bare or (_ORIGINAL.match(line.strip()) and _starts_header(lines[i + 1 :], line)):
            above, below = lines[:i], lines[i if bare else i + 1 :]
            if _by_agency(below):
                return _agency_quoted(above, below, is_label)
            if _by_sender(below) and not _ENVELOPE.get().forwards:
                # her reply to her own mail: the note above is her follow-up (a correction
                # of the form below), the form her earlier mail, however few lines above
                return _with_earlier(_own_text(above, is_label), below, is_label)
            own_form = _count(above, is_label)
            if _own_id_above(above, below):
                return _own_text(above, is_label)
            if own_form < 2 and _count(below, is_label) >= 2:
                return _forwarded(below, is_label)
            if _ENVELOPE.get().forwards and not _own_form_first(own_form, below, is_label):
                return _forwarded(below, is_label)  # a forward, as a marker would say
            mail = _own_text(above, is_label)
            return _with_earlier(mail, below, is_label) if _by_sender(below) else mail
    return _own_text(lines, is_label)


def agencys_mail_at(lines: Sequence[str]) -> int | None:
    """The index of the line opening the agency's own mail quoted or forwarded below the
    sender's note (a forward marker or an Outlook block whose header names one of the
    mail's recipients as its author, as `split_mail_lines` finds it), else None: what
    stands below it, a table of its record too, is the agency's text coming back."""
    numbered = list(enumerate(lines, start=1))
    for i, (_, line) in enumerate(numbered):
        rest = numbered[i + 1 :]
        opens = _forward_marker(numbered, i) or (
            _ORIGINAL.match(line.strip()) is not None and _starts_header(rest, line)
        )
        if opens and _by_agency(rest):
            return i
    return None


# Outlook's HTML reply or forward sets the mail answered under a border, its header block
# "From: <name> <address>" / "Sent: ..." / "To: ..." / "Subject: ..." with no "Original
# Message" line nor underscore rule (set 107: a contractor's reply over the municipality's
# mail): rendered as text, the block alone opens that mail. A memo's "จาก: / ถึง: / เรื่อง:"
# lines name no address on their From line and give no date: no block.
_DATED = {"sent", "date", "ส่ง", "ส่งเมื่อ", "วันที่"}
_ADDRESSED = {"to", "subject", "ถึง", "หัวเรื่อง", "เรื่อง"}


def _bare_header_block(lines: Lines, i: int) -> bool:
    """Whether line `i` opens a mail's header block under the sender's own text: a From
    line with an e-mail address, then header lines naming its date and its recipient or
    subject."""
    m = _HEADER_LINE.match(lines[i][1])
    if m is None or m.group(1).casefold() not in _SENDER or not _ADDRESS.search(lines[i][1]):
        return False
    if not any(line.strip() for _, line in lines[:i]):
        return False
    heads = set()
    for _, line in lines[i + 1 :]:
        found = _HEADER_LINE.match(line)
        if found is None:
            break
        heads.add(found.group(1).casefold())
    return bool(heads & _DATED) and bool(heads & _ADDRESSED)


def _with_earlier(mail: MailText, below: Lines, is_label: Callable[[str], bool]) -> MailText:
    """`mail` with the sender's own earlier mail below its header block: read, flagged."""
    mail.earlier = _forwarded(below, is_label)
    mail.earlier.forwarded, mail.earlier.forwarded_from = False, None
    return mail


def _forward_marker(lines: Lines, i: int) -> bool:
    """Whether line `i` opens a forwarded mail. Apple Mail writes "Begin forwarded
    message:" as the first line INSIDE the cited blockquote holding the forwarded mail, so
    the marker comes quoted with it ("> Begin forwarded message:"): it counts when it opens
    the first quote, under no reply header. Quoted lower down, or under "On ... wrote:", it
    belongs to the mail answered (a forward the other side once received), not this one."""
    line = lines[i][1].strip()
    if _FORWARD.match(line):
        return True
    if not line.startswith(">") or not _FORWARD.match(_unquote(line).strip()):
        return False
    return not any(
        above.lstrip().startswith(">") or _REPLY_HEADER.match(above.strip())
        for _, above in lines[:i]
    )


# A forward is the request when the note above it is a note ("please see below"); when
# the sender typed a whole form of their own above it, the forwarded mail is the model or
# the earlier case they copied it from, and the form above is theirs (a work signature's
# phone and e-mail lines are two label lines, so three make a form). An officer's contact
# block above a citizen's forwarded form (name, phone, e-mail) is smaller than the form:
# the fuller form is the request, the sender's own at a tie.
MIN_OWN_FORM_ABOVE_FORWARD = 3


def _own_form_first(own_form: int, below: Lines, is_label: Callable[[str], bool]) -> bool:
    """Whether the form typed above a forward (`own_form` label lines) is the request."""
    return own_form >= MIN_OWN_FORM_ABOVE_FORWARD and own_form >= _form_size(below, is_label)


def _own_id_above(above: Lines, below: Lines) -> bool:
    """Whether the note above a forward gives a valid national ID and the forwarded mail
    none: the note is the sender's own request, and the mail below a paper he received and
    sends on as its evidence (set 79: an intern abroad forwards his employer's letter in
    English under his own ID, birth date and Thai home). An officer's note over a
    citizen's forwarded request gives no ID of its own; the request below does."""

    def has_id(lines: Lines) -> bool:
        return next(valid_ids_in("\n".join(line for _, line in lines)), None) is not None

    return has_id(above) and not has_id(below)


def _form_size(lines: Lines, is_label: Callable[[str], bool]) -> int:
    """Label lines of a forwarded mail, its header block (From:, Subject:...) left out."""
    return sum(
        1 for _, line in lines if not _HEADER_LINE.match(line) and line.strip() and is_label(line)
    )


def _starts_header(rest: Sequence[tuple[int, str]], marker: str) -> bool:
    """An underscore rule counts as a marker only when a header block follows it."""
    return not marker.strip().startswith("_") or _opens_with_header(rest)


def _opens_with_header(lines: Sequence[tuple[int, str]]) -> bool:
    """Whether the first filled line is a mail header's (From:, จาก:, Subject:...)."""
    first = next((line for _, line in lines if line.strip()), "")
    return bool(_HEADER_LINE.match(first))


def _count(lines: Sequence[tuple[int, str]], is_label: Callable[[str], bool]) -> int:
    return sum(1 for _, line in lines if line.strip() and is_label(line))


def _any(lines: Sequence[tuple[int, str]], is_label: Callable[[str], bool]) -> bool:
    return any(line.strip() and is_label(line) for _, line in lines)


def _forwarded(lines: Lines, is_label: Callable[[str], bool]) -> MailText:
    """The forwarded mail: its header block skipped, its own structure read again."""
    lines = _unquoted_whole(lines)
    i, sender = 0, None
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i][1])):
        if m.group(1).casefold() in _SENDER:
            address = _ADDRESS.search(lines[i][1])
            sender = address.group(0) if address else sender
        i += 1
    inner = split_mail_lines(lines[i:], is_label)
    inner.forwarded = True
    inner.forwarded_from = sender
    return inner


def _unquoted_whole(lines: Lines) -> Lines:
    """A forwarded mail quoted as a whole (Apple Mail puts it in a cited blockquote, some
    programs forward with "> " on every line) is the forwarded mail itself: one level of
    quote marks comes off. Marks on only some lines are quotes inside it, and stay."""
    text = [line for _, line in lines if line.strip()]
    if not text or not all(line.lstrip().startswith(">") for line in text):
        return lines
    return [(n, _unquote(line)) for n, line in lines]


def _unquote(line: str) -> str:
    stripped = line.lstrip()
    if not stripped.startswith(">"):
        return line
    rest = stripped[1:]
    return rest[1:] if rest.startswith(" ") else rest


# A signature is a few lines of name, post and numbers; the data of a form below it are
# the sender's own, pasted after signing off (a reply written above the signature, the
# request pasted under it), when the text above holds no form of its own. Three label
# lines make a form; a work signature's phone and e-mail lines are two, and under a
# form typed above they stay the signature whatever their number.
MIN_FORM_BELOW_SIGNATURE = 3


# A signature set out as a business card labels its lines with one letter ("M: 08...",
# "e: ...", "A: ...") or an icon ("☎ 08...", "✉ ...", "🏠 ..."): written out, so the reader
# knows them there. Only with the letter's colon, or its dot before a number ("T. 02...";
# "P. Somchai" is an initial), and only in a signature, where a line is the sender's own.
_CARD_LETTER = re.compile(r"^(\s*)(id|m|t|p|e|a)\s*(?::\s*|\.\s+(?=[0-9+(]))(?=\S)", re.I)
_CARD_LABELS = {"id": "ID number", "m": "Mobile", "t": "Tel", "p": "Phone", "e": "E-mail",
                "a": "Address"}  # fmt: skip
_CARD_ICONS = {"☎": "Phone", "📞": "Phone", "📱": "Phone", "✉": "E-mail", "📧": "E-mail",
               "🏠": "Address", "🏡": "Address", "📍": "Address", "🆔": "ID number",
               "🪪": "ID number"}  # fmt: skip
_CARD_ICON = re.compile(
    "^(\\s*)(" + "|".join(map(re.escape, _CARD_ICONS)) + ")\ufe0f?\\s*[:：]?\\s*(?=\\S)"
)


def _card_label(line: str) -> str:
    m = _CARD_LETTER.match(line)
    if m is not None:
        return f"{m.group(1)}{_CARD_LABELS[m.group(2).casefold()]}: {line[m.end() :]}"
    m = _CARD_ICON.match(line)
    if m is not None:
        return f"{m.group(1)}{_CARD_ICONS[m.group(2)]}: {line[m.end() :]}"
    return line


def _reply_heads(lines: Lines) -> dict[int, str]:
    """Index -> text of each reply header ("On ... wrote:"), one wrapped in two lines
    joined: Gmail's plain text wraps a long attribution at 78 columns, often at "<"."""
    heads: dict[int, str] = {}
    for i, (_, line) in enumerate(lines):
        stripped = line.strip()
        if _REPLY_HEADER.match(stripped):
            heads[i] = stripped
        elif stripped.startswith(("On ", "เมื่อ")) and i + 1 < len(lines):
            below = lines[i + 1][1].strip()
            joined = f"{stripped}{'' if stripped.endswith('<') else ' '}{below}"
            if below and not below.startswith(">") and _REPLY_HEADER.match(joined):
                heads[i] = joined
    return heads


def _own_text(lines: Lines, is_label: Callable[[str], bool] = lambda _: False) -> MailText:
    mail = MailText()
    signature: Lines = []
    in_signature = after_reply = own_quote = False
    last_reply_quote = 0  # the last ">" line under a reply header
    earlier: Lines = []  # quoted under an attribution naming the sender: her own mail
    heads = _reply_heads(lines)
    for i, (number, line) in enumerate(lines):
        if i in heads:
            after_reply, own_quote = True, _names_sender(heads[i])
        elif i - 1 in heads and heads[i - 1] != lines[i - 1][1].strip():
            continue  # the second half of a wrapped attribution line
        elif line.lstrip().startswith(">"):
            if own_quote:
                earlier.append((number, _unquote(line)))
            else:
                mail.quoted.append((number, line.lstrip().lstrip("> ")))
            last_reply_quote = number if after_reply else last_reply_quote
        elif after_reply:
            mail.after_reply.append((number, line))
        elif line.rstrip() == "--":
            in_signature = True
        elif in_signature:
            signature.append((number, _card_label(line)))
        else:
            mail.own.append((number, line))
    # the signature's count first: most mails have none, and telling a label line is the
    # dearest step of reading a body (this ran on every line of every mail)
    if _count(signature, is_label) >= MIN_FORM_BELOW_SIGNATURE and not _any(mail.own, is_label):
        mail.own += signature
    else:
        mail.signature = signature
    if earlier:
        mail.earlier = split_mail_lines(earlier, is_label)
    elif (inside := _senders_block_in(mail.quoted)) is not None:
        _with_earlier(mail, inside, is_label)
    return _bottom_post(mail, last_reply_quote, is_label)


def _senders_block_in(quoted: Lines) -> Lines | None:
    """The lines from the sender's own mail's header block on, where another's quote (a
    clerk's acknowledgement she answers) holds it under an original-message block whose
    From is her own address ("----- ข้อความเดิม -----" / "จาก: <her> <her box>", set 108):
    her request, quoted twice; None where no block in it is hers."""
    for i, (_, line) in enumerate(quoted):
        below = quoted[i + 1 :]
        if _ORIGINAL.match(line.strip()) and _starts_header(below, line) and _by_sender(below):
            return below
    return None


def _bottom_post(mail: MailText, last_quote: int, is_label: Callable[[str], bool]) -> MailText:
    """Lines typed under the whole ">" quote that follows a reply header are the sender's
    own again: a bottom post (Thunderbird's habit, and a citizen answering under the
    agency's questions), with a signature of its own. Lines between quoted ones stay
    answers to the quote (read with it when it is a blank template)."""
    below = [(n, line) for n, line in mail.after_reply if n > last_quote]
    if not last_quote or not any(line.strip() for _, line in below):
        return mail
    mail.after_reply = [(n, line) for n, line in mail.after_reply if n < last_quote]
    own = _own_text(below, is_label)
    mail.own += own.own
    mail.signature += own.signature
    return mail
