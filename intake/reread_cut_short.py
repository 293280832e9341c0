"""Reading again, when the worker is idle, an attachment whose reading ran out of time.

A reader that does not finish a file within the message's time (a scanned page's OCR
above all) is recorded as the file's `<reader>_limit` defect (`ocr_limit`, `pdf_limit`):
the case opens with the file flagged unread and nothing is lost (the clerk opens the
file). Under load most such cuts are the machine's, not the file's, so when a stage run
finds nothing due, one such case is extracted again from its stored mail, as `intake
reprocess` does (corrections keep winning; a case already closed is left as decided).

A hostile file must not buy itself a loop: each attempt is counted in the message's facts
before the mail is read (`reread_starts`, so a crash mid-way counts too), a finished
attempt is marked `reread_done` whatever it read, and a case is tried at most
MAX_STARTS times. An attempt is cut at once when the worker stops or new mail arrives
(`cancel`); the stage run then takes the new mail first.

Untrusted bytes are parsed outside any transaction, as in the runner: a short transaction
counts the attempt and reads the raw mail, the child reads it, a second one writes.
"""

from __future__ import annotations

import json
import logging
import threading

from sqlmodel import Session, col, select

from extractors.base import ExtractedCase
from extractors.bounded import extract_bounded, parse_bounded
from extractors.sandbox import Interrupted, LimitExceeded, cancel_on
from intake.cases import record_extraction
from intake.context import Context
from intake.stage import Carry, Item, limits_of
from storage.db import transaction
from storage.models import Case, Message
from storage.workflow import CaseStatus

log = logging.getLogger("intake.reread")
PURPOSE = "reread_cut_short"
MAX_STARTS = 3  # attempts begun, cut short by a stop or new mail included
LIMIT = "_limit"  # the end of a reader's defect code for a file out of its time or memory


def reread_one(ctx: Context, cancel: threading.Event) -> bool:
    """Extract again the oldest open case with a file whose reading ran out of time and
    tries left; True when one was read again to the end."""
    case_id = next(iter(cases_to_retry(ctx)), None)
    if case_id is None or cancel.is_set():
        return False
    carry = Carry()
    raw = _start_attempt(ctx, case_id, carry)
    if raw is None:
        return False
    try:
        with cancel_on(cancel):
            carry.parsed = parse_bounded(raw, limits_of(ctx))
            result = extract_bounded(carry.parsed, ctx.templates, limits_of(ctx))
    except Interrupted:
        return False  # stopped or mail came: the start is counted, the next idle run goes on
    except LimitExceeded:  # out of time again with the machine idle: the file's own doing
        _finish_attempt(ctx, case_id, None, Carry())
        log.info("read again, over its limit again", extra={"event": PURPOSE, "case": case_id})
        return True
    # The mail's bytes are not needed again, and a near-cap mail is 25 MB of the worker's
    # own memory (issue 11's line): the recording reads the parse carried here instead of
    # opening and parsing the mail a second time.
    del raw
    carry.raw = None
    _finish_attempt(ctx, case_id, result, carry)
    return True


def cases_to_retry(ctx: Context) -> list[int]:
    """Open cases, oldest first, whose mail has a file read out of time and tries left."""
    query = (
        select(Case.id, Message.facts_json)
        .join(Message, col(Message.id) == col(Case.message_id))
        .where(col(Case.status).in_(CaseStatus.OPEN))
        .where(col(Message.facts_json).contains(f'{LIMIT}"', autoescape=True))
        .order_by(col(Case.id))
    )
    with transaction(ctx.engine) as session:
        rows = list(session.execute(query))
    return [case_id for case_id, facts in rows if _waiting(json.loads(facts or "{}"))]


def _waiting(facts: dict[str, object]) -> bool:
    defects = facts.get("attachment_defects")
    cut = isinstance(defects, dict) and any(_cut_short(codes) for codes in defects.values())
    starts = facts.get("reread_starts", 0)
    return cut and not facts.get("reread_done") and isinstance(starts, int) and starts < MAX_STARTS


def _cut_short(codes: object) -> bool:
    return isinstance(codes, list) and any(str(code).endswith(LIMIT) for code in codes)


def _start_attempt(ctx: Context, case_id: int, carry: Carry) -> bytes | None:
    """Count the attempt and read the raw mail (audited as this retry, kept in `carry`),
    in one commit."""
    with transaction(ctx.engine) as session:
        item = _item(session, ctx, case_id, carry)
        if item is None:
            return None
        starts = item.facts().get("reread_starts", 0)
        item.add_facts(reread_starts=(starts if isinstance(starts, int) else 0) + 1)
        return item.raw


def _finish_attempt(ctx: Context, case_id: int, result: ExtractedCase | None, carry: Carry) -> None:
    with transaction(ctx.engine) as session:
        item = _item(session, ctx, case_id, carry)
        if item is None:
            return
        case = session.get(Case, case_id)
        if result is not None and case is not None and case.status in CaseStatus.OPEN:
            record_extraction(item, case, result, purpose=PURPOSE)
        item.add_facts(reread_done=True)


def _item(session: Session, ctx: Context, case_id: int, carry: Carry) -> Item | None:
    case = session.get(Case, case_id)
    message = session.get(Message, case.message_id) if case else None
    if message is None:
        return None
    return Item(session, ctx, message, purpose=PURPOSE, carry=carry)
