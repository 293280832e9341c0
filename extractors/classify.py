"""Is this mail a citizen's request, or mail that must never open a case?

Auto-replies, bounces, lists, bulk mail and flagged spam are recognised from headers and
structure (RFC 3834 Auto-Submitted, RFC 3464 delivery-status, RFC 8098 read receipts,
any other RFC 6522 report such as RFC 5965 abuse reports, RFC 5546 calendar answers to
an invitation (METHOD:REPLY), RFC 2369/2919 list headers, vendor headers, a no-reply
service's sign-in notice: extractors/account_notice.py) and get a reason that is safe to
log. Rules run in order; the first that matches wins. A subject only counts when it
starts like an out-of-office reply, so a complaint *about* an auto-reply system (or a
forwarded auto-reply) is still a request. Mail its own mailbox wrote (our own mail come
back, or phishing that forges the inbox's address) is the agency's own. Replies to an
existing case are matched by the caller, which has the database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.utils import getaddresses
from typing import Literal

from pydantic import BaseModel

from extractors.account_notice import is_sign_in_notice
from extractors.address_case import ascii_lower
from extractors.base import Attachment, ParsedMessage
from extractors.letter_prose import looks_like_letter
from extractors.read_receipt import is_plain_read_receipt
from extractors.values import valid_ids_in

Kind = Literal[
    "request", "auto_reply", "bounce", "report", "mailing_list", "bulk", "spam", "own_mail"
]


class Classification(BaseModel):
    kind: Kind
    reason: str  # a fixed English phrase; never copied from the message


Rule = Callable[[ParsedMessage], Classification | None]

# Reply prefixes only: an auto-responder answers, it never forwards, so "Fwd: Automatic
# reply: ..." is a person passing on the auto-reply they got (often to complain).
_OOF_SUBJECT = re.compile(
    r"^\s*(?P<reply>(?:(?:re|aw|sv)\s*:\s*)*)"
    r"(?:automatic\s+reply|auto[\s_-]?reply|auto[\s_-]?response|out\s+of\s+(?:the\s+)?office"
    r"|การตอบกลับอัตโนมัติ|ตอบกลับอัตโนมัติ|ไม่อยู่ที่สำนักงาน|ไม่อยู่ในสำนักงาน)",
    re.IGNORECASE,
)
_AUTO_SUBMITTED = ("auto-replied", "auto-generated", "auto-notified")
_DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon")
_REPORT_TYPE = re.compile(r"report-type\s*=\s*\"?([A-Za-z0-9-]+)", re.IGNORECASE)


def _header(parsed: ParsedMessage, name: str) -> str | None:
    values = parsed.headers.get(name)
    return values[0].strip() if values else None


# What the spam filter in front of a mailbox writes when it judges a mail spam and still
# delivers it (it tags rather than rejects, so a person can look). SpamAssassin and
# amavis (MailGoThai's Zimbra too) write X-Spam-Flag: YES and X-Spam-Status: Yes, but
# spamd's milters and many hosting set-ups write the status alone; rspamd's milter writes
# X-Spam: Yes (or a Yes status). A "No" verdict, or a score, is no verdict of spam.
_SPAM_VERDICTS = (
    ("x-spam-flag", "X-Spam-Flag: YES header"),
    ("x-spam-status", "X-Spam-Status: Yes header"),
    ("x-spam", "X-Spam: Yes header"),
)
_SCL = "x-ms-exchange-organization-scl"
_SCL_JUNK = 5  # Exchange's junk threshold: 5 and 6 spam, 7 to 9 high confidence
_EOP_SPAM = re.compile(r"(?:^|;)\s*SFV\s*:\s*SPM\s*(?:;|$)", re.IGNORECASE)


def _spam(parsed: ParsedMessage) -> Classification | None:
    for name, reason in _SPAM_VERDICTS:
        verdict = (_header(parsed, name) or "").lower()
        if re.match(r"yes\b", verdict):
            return Classification(kind="spam", reason=reason)
    return _microsoft_spam(parsed)


def _microsoft_spam(parsed: ParsedMessage) -> Classification | None:
    """Exchange's spam confidence level and Exchange Online Protection's verdict. Exchange
    strips its X-MS-Exchange-Organization-* headers from mail leaving an organisation,
    so an SCL is the receiving side's; a sender writing SFV:SPM only harms itself."""
    scl = _header(parsed, _SCL) or ""
    if re.fullmatch(r"\d+", scl) and int(scl) >= _SCL_JUNK:
        return Classification(kind="spam", reason="Exchange spam confidence level (SCL) 5 or more")
    if _EOP_SPAM.search(_header(parsed, "x-forefront-antispam-report") or ""):
        return Classification(kind="spam", reason="Exchange Online Protection verdict SFV:SPM")
    return None


def _own_parts(parsed: ParsedMessage) -> list[Attachment]:
    """The mail's own non-text parts: a part inside an attached message (message/rfc822,
    part "2" holding "2.2") belongs to that message. A person who forwards a bounce as
    an attachment has not written a bounce."""
    attached = [a.part + "." for a in parsed.attachments if a.declared_type == "message/rfc822"]
    return [a for a in parsed.attachments if not any(a.part.startswith(p) for p in attached)]


def _own_part_types(parsed: ParsedMessage) -> set[str]:
    """The declared types of the mail's own parts (see _own_parts)."""
    return {a.declared_type for a in _own_parts(parsed)}


def _report(parsed: ParsedMessage) -> Classification | None:
    ctype = (_header(parsed, "content-type") or "").lower()
    report = _REPORT_TYPE.search(ctype) if ctype.startswith("multipart/report") else None
    kinds = _own_part_types(parsed)
    if (report and report.group(1) == "delivery-status") or "message/delivery-status" in kinds:
        return Classification(kind="bounce", reason="delivery status notification (DSN)")
    if (
        report and report.group(1) == "disposition-notification"
    ) or "message/disposition-notification" in kinds:
        return Classification(kind="auto_reply", reason="read receipt (disposition notification)")
    if (report and report.group(1) == "feedback-report") or "message/feedback-report" in kinds:
        return Classification(kind="report", reason="feedback report (ARF)")
    if report:  # RFC 6522: reports of any other type are written by mail systems too
        return Classification(kind="report", reason="mail system report (multipart/report)")
    return None


# An attendee's answer to a meeting invitation (RFC 5546 iTIP: accepted, declined,
# tentative), which Outlook ("ยอมรับ:", "Accepted:") and Google Calendar ("Declined:")
# send as a text/calendar part or an .ics file with METHOD:REPLY. It answers a meeting,
# asks nothing; an invitation (METHOD:REQUEST), a cancellation or a published calendar
# from another office may ask the agency for something, and stay requests. The subject
# alone decides nothing: "ยอมรับ: ผลการพิจารณา" may be a citizen's.
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
_METHOD_REPLY = re.compile(rb"^METHOD[ \t]*:[ \t]*REPLY[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_CALENDAR_HEAD = 4096  # METHOD stands in the calendar's first lines, before its events


def _calendar_reply(parsed: ParsedMessage) -> Classification | None:
    for part in _own_parts(parsed):
        calendar = part.declared_type in _CALENDAR_TYPES or (part.filename or "").lower().endswith(
            ".ics"
        )
        if calendar and _METHOD_REPLY.search(part.content[:_CALENDAR_HEAD]):
            return Classification(
                kind="auto_reply", reason="calendar reply (iCalendar METHOD:REPLY)"
            )
    return None


# Exchange's header for the MAPI class of a message; its reports keep it when a relay or
# a converter flattens the multipart/report to text (Report.IPM.Note.IPNRN/IPNNRN -> mdn,
# Report.IPM.Note.DR/NDR -> dsn).
_CONTENT_CLASSES: dict[str, tuple[Kind, str]] = {
    "urn:content-classes:mdn": ("auto_reply", "read receipt (Content-Class: MDN header)"),
    "urn:content-classes:dsn": ("bounce", "delivery report (Content-Class: DSN header)"),
}


def _content_class(parsed: ParsedMessage) -> Classification | None:
    found = _CONTENT_CLASSES.get((_header(parsed, "content-class") or "").lower())
    if found is None:
        return None
    kind, reason = found
    return Classification(kind=kind, reason=reason)


def _daemon_sender(parsed: ParsedMessage) -> Classification | None:
    local = parsed.from_addr.rpartition("@")[0].lower() or parsed.from_addr.lower()
    if local in _DAEMONS:
        return Classification(kind="bounce", reason="sender is MAILER-DAEMON or postmaster")
    return None


def _auto_submitted(parsed: ParsedMessage) -> Classification | None:
    value = (_header(parsed, "auto-submitted") or "no").lower()
    if value.startswith("no"):
        return None
    if "failure" in value:
        return Classification(kind="bounce", reason="Auto-Submitted: failure report")
    token = next((t for t in _AUTO_SUBMITTED if value.startswith(t)), "other value")
    return Classification(kind="auto_reply", reason=f"Auto-Submitted: {token} header")


def _vendor_auto_reply(parsed: ParsedMessage) -> Classification | None:
    """X-Autoreply, X-Autorespond. Not X-Auto-Response-Suppress: that asks others not to
    auto-answer this mail, and Exchange writes it on ordinary mail too (a distribution
    group adds it to every mail it hands on), so it must not drop a request; the
    acknowledgement still honours it (intake/mail_out/suppress.py)."""
    for name in ("x-autoreply", "x-autorespond"):
        value = _header(parsed, name)
        if value is not None and value.lower() not in ("no", "false", "0"):
            return Classification(kind="auto_reply", reason=f"{_title(name)} header")
    return None


def _title(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


def _precedence_auto(parsed: ParsedMessage) -> Classification | None:
    if (_header(parsed, "precedence") or "").lower() == "auto_reply":
        return Classification(kind="auto_reply", reason="Precedence: auto_reply header")
    return None


def _oof_subject(parsed: ParsedMessage) -> Classification | None:
    found = _OOF_SUBJECT.match(parsed.subject)
    if found is None:
        return None
    if found.group("reply") and _carries_a_persons_id(parsed):
        # "Re: ตอบกลับอัตโนมัติ: ...": a reply prefix before the marker is also what a
        # citizen's Reply to our auto-reply gives, and a responder never types its
        # owner's national ID, which a citizen sending the request does
        return None
    return Classification(kind="auto_reply", reason="out-of-office subject")


def _read_receipt_text(parsed: ParsedMessage) -> Classification | None:
    """A read receipt Outlook sent as a text mail, with no report part."""
    if is_plain_read_receipt(parsed, _carries_a_persons_id(parsed)):
        return Classification(kind="auto_reply", reason="read receipt (receipt subject and text)")
    return None


def _carries_a_persons_id(parsed: ParsedMessage) -> bool:
    """A valid national ID typed in the mail's own lines (a responder that quotes the
    mail it answers quotes them with ">")."""
    return any(any(valid_ids_in("\n".join(own))) for own in _own_lines(parsed))


def _own_lines(parsed: ParsedMessage) -> list[list[str]]:
    """Each text part's lines but those it quotes with ">" (a responder quotes the mail
    it answers so)."""
    return [
        [ln for ln in part.text[:20_000].splitlines() if not ln.startswith(">")]
        for part in parsed.text_parts
    ]


def _null_sender(parsed: ParsedMessage) -> Classification | None:
    if (_header(parsed, "return-path") or "").replace(" ", "") == "<>":
        return Classification(kind="bounce", reason="Return-Path: <> (null sender)")
    return None


def _list(parsed: ParsedMessage) -> Classification | None:
    if (_header(parsed, "precedence") or "").lower() == "list":
        return Classification(kind="mailing_list", reason="Precedence: list header")
    if "list-id" in parsed.headers:
        return Classification(kind="mailing_list", reason="List-Id header")
    if "list-unsubscribe" in parsed.headers and not _a_letter_to_us(parsed):
        return Classification(kind="mailing_list", reason="List-Unsubscribe header")
    return None


def _a_letter_to_us(parsed: ParsedMessage) -> bool:
    """Whether the mail's own lines (quotes left out) are a letter: opening "เรียน ..."
    and written as a person writes one (ข้าพเจ้า, ขอแสดงความนับถือ, จึงเรียนมา...), or
    typing a person's national ID. List-Unsubscribe alone is a sender's header, not a
    list's: a company's CRM puts it on every mail, its letters to an agency too, and a
    request ignored is a request lost. A promotion opening "เรียน ลูกค้า" has no such words."""
    if _carries_a_persons_id(parsed):
        return True
    for own in _own_lines(parsed):
        opening = next((ln.strip() for ln in own if ln.strip()), "")
        if opening.startswith("เรียน") and looks_like_letter("\n".join(own)):
            return True
    return False


def _bulk(parsed: ParsedMessage) -> Classification | None:
    precedence = (_header(parsed, "precedence") or "").lower()
    if precedence in ("bulk", "junk"):
        return Classification(kind="bulk", reason=f"Precedence: {precedence} header")
    return None


def _sign_in_notice(parsed: ParsedMessage) -> Classification | None:
    if is_sign_in_notice(parsed):
        return Classification(
            kind="auto_reply", reason="a service's sign-in notice (no-reply sender)"
        )
    return None


# Order matters: specific evidence (spam flag, report structure, daemon sender) before
# generic auto-reply markers, and those before list/bulk headers that auto-replies
# often carry too.
RULES: tuple[Rule, ...] = (
    _spam,
    _report,
    _content_class,
    _calendar_reply,
    _daemon_sender,
    _auto_submitted,
    _vendor_auto_reply,
    _precedence_auto,
    _oof_subject,
    _read_receipt_text,
    _null_sender,
    _list,
    _bulk,
    _sign_in_notice,
)


_LIST_ID = re.compile(r"<\s*([^<>\s@]+)\s*>")


def handed_on_by_own_group(parsed: ParsedMessage, own_domains: frozenset[str]) -> bool:
    """Mail from outside that one of the agency's own group addresses handed on.

    An agency whose public address (contact@) is a group, as Google Workspace groups
    are, receives every citizen's mail with the group's List-Id, List-Unsubscribe and
    Precedence: list. Such a List-Id is the group's address as "label.domain" (RFC 2919),
    here with one of our own domains; a list server's ids carry its host
    (name.lists.domain), and a post by the agency's own staff is the agency speaking to
    a list, so both stay lists. Mail from a domain with a strict DMARC policy comes
    under the group's own address ("'Name' via contact"): the group speaks for someone
    from outside, never for staff, whose domain is the group's."""
    found = _LIST_ID.search(_header(parsed, "list-id") or "")
    if found is None or not own_domains:
        return False
    label, _, domain = ascii_lower(found.group(1)).partition(".")
    sender = ascii_lower(parsed.from_addr)
    own = {ascii_lower(d) for d in own_domains}
    if not label or domain not in own:
        return False
    return sender.rpartition("@")[2] not in own or sender == f"{label}@{domain}"


def generated_by_own_machine_for_outsider(
    parsed: ParsedMessage, own_domains: frozenset[str]
) -> bool:
    """Auto-generated mail from one of the agency's own domains that names someone from
    outside in Reply-To: the agency's web form passing on a citizen's submission (form
    software marks its mail auto-generated so that no one auto-answers it). RFC 3834's
    auto-generated is not a response to anything; our own system's notices name no
    outsider, and an auto-replied mail stays an auto-reply."""
    value = (_header(parsed, "auto-submitted") or "").lower()
    if not value.startswith("auto-generated") or not own_domains:
        return False
    own = {ascii_lower(d) for d in own_domains}
    if _domain_of(parsed.from_addr) not in own:
        return False
    replies = getaddresses(parsed.headers.get("reply-to", []))
    return any("@" in a and _domain_of(a) not in own for _, a in replies)


def _domain_of(address: str) -> str:
    """An address's domain as mail compares it (ASCII letters fold, no other letter)."""
    return ascii_lower(address.rpartition("@")[2])


def handed_on_for_outsider(parsed: ParsedMessage, own_domains: frozenset[str]) -> bool:
    """Our own group address or web form passing on mail someone outside wrote: its list
    and automatic marks are ours, not the writer's."""
    return handed_on_by_own_group(parsed, own_domains) or generated_by_own_machine_for_outsider(
        parsed, own_domains
    )


def author_address(parsed: ParsedMessage, own_domains: frozenset[str]) -> str:
    """Who wrote the mail: its From, unless our own group or web form handed it on under
    an address of ours (a group rewriting a sender whose domain has a strict DMARC
    policy: "'Name' via contact"; a form's noreply@); then the one outside address in
    Reply-To."""
    sender = parsed.from_addr
    own = {ascii_lower(d) for d in own_domains}
    if _domain_of(sender) not in own or not handed_on_for_outsider(parsed, own_domains):
        return sender
    replies = [a for _, a in getaddresses(parsed.headers.get("reply-to", [])) if "@" in a]
    outside = [a for a in replies if a.rpartition("@")[2].lower() not in own]
    return outside[0] if len(outside) == 1 else sender


def classify(
    parsed: ParsedMessage,
    own_domains: frozenset[str] = frozenset(),
    own_addresses: frozenset[str] = frozenset(),
) -> Classification:
    """The kind of mail, with the rule that decided it. `own_domains`: the agency's mail
    domains, so that its own group address or web form handing on a citizen's mail is
    taken for what it carries; `own_addresses`: the agency's own mailboxes."""
    skipped: set[Rule] = set()
    if handed_on_by_own_group(parsed, own_domains):
        skipped.add(_list)
    if generated_by_own_machine_for_outsider(parsed, own_domains):
        skipped.add(_auto_submitted)
    for rule in RULES:
        if rule in skipped:
            continue
        verdict = rule(parsed)
        if verdict is not None:
            return verdict
    if written_by_own_mailbox(parsed, own_domains, own_addresses):
        return Classification(kind="own_mail", reason="sent from the agency's own address")
    return Classification(kind="request", reason="no automatic-mail markers")


def written_by_own_mailbox(
    parsed: ParsedMessage, own_domains: frozenset[str], own_addresses: frozenset[str]
) -> bool:
    """Mail whose writer is one of the agency's own mailboxes (the inbox itself, the
    address acknowledgements go out from): our own outgoing mail come back (a staff
    reply looped by a citizen's forwarding) or, far more often, a forgery: "your
    mailbox is full" phishing puts the target's own address in From. Neither is a
    citizen's request. Staff writing from their own addresses are not these mailboxes,
    and our group or web form handing on an outsider's mail is the outsider's."""
    own = {ascii_lower(a) for a in own_addresses}
    return ascii_lower(author_address(parsed, own_domains).strip()) in own
