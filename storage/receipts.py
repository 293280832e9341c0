"""Receipt numbers (เลขรับ): a running number per Buddhist-Era year, never reused.

The counter row is bumped with one INSERT ... ON CONFLICT DO UPDATE ... RETURNING,
which both SQLite (3.35+) and PostgreSQL run atomically, so two workers never draw
the same number. The bump also holds the row (PostgreSQL's row lock, SQLite's writer
lock) until the transaction ends.

A stage batch opens up to one case a message, and a statement for each was one of the
batch's largest per-message costs. So a batch says how many cases it may open
(`expect_receipts`); its first draw bumps the counter by that many at once and the
numbers are handed out from that block, in the order drawn (the batch's message
order). What is left unused at the end is given back (`give_back_receipts`), which is
safe because the bump still holds the row: no one else can have drawn since. Without
the give-back the unused numbers are skipped, never reused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlmodel import Session

from storage.transaction_state import keep, kept

BANGKOK = ZoneInfo("Asia/Bangkok")
BE_OFFSET = 543

_BUMP = text(
    "INSERT INTO receipt_counters (year_be, last) VALUES (:year, :count) "
    "ON CONFLICT (year_be) DO UPDATE SET last = receipt_counters.last + :count "
    "RETURNING last"
)
# Only the block's own tail: `last` is still what the bump left (the row is held).
_GIVE_BACK = text("UPDATE receipt_counters SET last = :kept WHERE year_be = :year AND last = :last")
_EXPECTED = "storage.receipts.expected"  # session.info: (transaction, numbers it may draw)
_BLOCK = "storage.receipts.block"  # session.info: (transaction, _Block)


@dataclass
class _Block:
    """Numbers this transaction bumped the counter past and has not handed out yet."""

    year: int
    next: int
    last: int

    @property
    def left(self) -> int:
        return self.last - self.next + 1


def buddhist_year(moment: datetime) -> int:
    return moment.astimezone(BANGKOK).year + BE_OFFSET


def expect_receipts(session: Session, count: int) -> None:
    """This transaction may draw up to `count` numbers: the first draw takes them all."""
    keep(session, _EXPECTED, count)


def next_receipt_no(session: Session, prefix: str, moment: datetime) -> str:
    year = buddhist_year(moment)
    block = _block(session)
    if block is None or block.year != year or block.left <= 0:
        wanted = 1  # past the expected count: one at a time, as without a batch
        if block is None:
            wanted = _expected(session)
        elif block.year != year:  # the year turned during the batch: start its count
            wanted = block.left  # at most as many draws are still to come
            _give_back(session, block)
        block = _bump(session, year, max(1, wanted))
    number = block.next
    block.next += 1
    return f"{prefix}-{year}-{number:06d}"


def give_back_receipts(session: Session) -> None:
    """Return the numbers this transaction drew but did not use, so none is skipped.
    Call it before the commit, after the last draw."""
    block = _block(session)
    if block is not None:
        _give_back(session, block)
    session.info.pop(_BLOCK, None)
    session.info.pop(_EXPECTED, None)


def _bump(session: Session, year: int, count: int) -> _Block:
    last = int(session.execute(_BUMP, {"year": year, "count": count}).scalar_one())
    block = _Block(year, last - count + 1, last)
    keep(session, _BLOCK, block)
    return block


def _give_back(session: Session, block: _Block) -> None:
    if block.left > 0:
        params = {"kept": block.next - 1, "year": block.year, "last": block.last}
        session.execute(_GIVE_BACK, params)
    block.next = block.last + 1


def _block(session: Session) -> _Block | None:
    block: _Block | None = kept(session, _BLOCK)
    return block


def _expected(session: Session) -> int:
    count: int | None = kept(session, _EXPECTED)
    return 1 if count is None else count
