"""A file whose reading ran out of time under load is read again once the worker is idle
(intake/reread_cut_short.py): a scan's OCR cut short by a tight budget becomes a case with
the file flagged unread; the idle reread, with time, reads the form's fields into it and
lifts the flag. Tried at most MAX_STARTS times, never on a closed case, never past a stop."""

from __future__ import annotations

import json
import random
import shutil
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select
from support.cli import write_config

from extractors.base import ParsedMessage
from extractors.sandbox import Limits
from intake import reread_cut_short, scheduler, stage
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.reread_cut_short import MAX_STARTS, cases_to_retry, reread_one
from intake.runner import process_due
from intake.settings import SHIPPED_FORMS, load_settings
from intake.status import build_status, render_table
from storage.db import transaction
from storage.models import Case, Message
from storage.workflow import CaseStatus
from tests.extractors.attachments_for_tests import Sample, form_image, make_sample, png_of

TIGHT_SECONDS = 2.0  # the body is read in it; a page's OCR is not


@pytest.fixture(scope="module")
def sample() -> Sample:
    return make_sample(random.Random(4107))


def _mail(sample: Sample) -> bytes:
    msg = EmailMessage()
    msg["From"] = "citizen@example.org"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg["Message-ID"] = "<scan-cut-short@example.org>"
    msg.set_content("เรียน เจ้าหน้าที่\nส่งแบบคำร้องที่สแกนมาตามไฟล์แนบค่ะ")
    msg.add_attachment(png_of(form_image(sample)), maintype="image", subtype="png",
                       filename="form.png")  # fmt: skip
    return bytes(msg)


def _context(tmp_path: Path, name: str, **limits: float) -> Context:
    forms = tmp_path / "forms"
    if not forms.exists():
        shutil.copytree(SHIPPED_FORMS, forms)
    config = write_config(tmp_path / name, data_dir=tmp_path / "var", forms_dir=forms, mailboxes=[])
    if limits:
        extra = "".join(f"{k} = {v}\n" for k, v in limits.items())
        config.write_text(config.read_text(encoding="utf-8") + "[limits]\n" + extra)
    return open_context(load_settings(config))


@pytest.fixture
def cut_short(tmp_path: Path, sample: Sample) -> tuple[Context, int]:
    """A case made under a budget too tight for the scan's OCR, and a context with time."""
    tight = _context(tmp_path, "tight.toml", parse_seconds=TIGHT_SECONDS)
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1.eml").write_bytes(_mail(sample))
    import_paths(tight, [folder])
    process_due(tight)
    with transaction(tight.engine) as session:
        ids = list(session.execute(select(Case.id)).scalars())
    assert len(ids) == 1
    case_id = ids[0]
    assert case_id is not None
    assert "attachments" in _issues(tight, case_id), "the tight budget read the scan after all"
    return _context(tmp_path, "roomy.toml"), case_id


def _issues(ctx: Context, case_id: int) -> dict[str, list[str]]:
    with transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None
        return dict(json.loads(case.issues_json or "{}"))


def _facts(ctx: Context, case_id: int) -> dict[str, object]:
    with transaction(ctx.engine) as session:
        query = select(Message.facts_json).join(Case, col(Case.message_id) == col(Message.id))
        text = session.execute(query.where(Case.id == case_id)).scalar_one()
    return dict(json.loads(text or "{}"))


def _masked_fields(ctx: Context, case_id: int) -> dict[str, object]:
    with transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None
        return dict(json.loads(case.masked_json or "{}"))


def test_an_idle_reread_reads_the_scan_the_tight_budget_cut_short(
    cut_short: tuple[Context, int],
) -> None:
    ctx, case_id = cut_short
    assert "ocr_limit" in json.dumps(_facts(ctx, case_id)["attachment_defects"])
    assert cases_to_retry(ctx) == [case_id]
    assert build_status(ctx).to_reread == 1
    assert "1 open case(s) with a file cut short" in render_table(build_status(ctx))
    assert reread_one(ctx, threading.Event()) is True
    facts = _facts(ctx, case_id)
    assert facts["reread_done"] is True and facts["reread_starts"] == 1
    assert "ocr_limit" not in json.dumps(facts["attachment_defects"])
    assert "attachments" not in _issues(ctx, case_id)
    masked = _masked_fields(ctx, case_id)
    assert masked.get("postal_code"), masked  # read from the picture this time
    assert cases_to_retry(ctx) == []  # once done, never again
    assert "cut short" not in render_table(build_status(ctx))
    assert reread_one(ctx, threading.Event()) is False


def test_a_reread_opens_and_parses_the_stored_mail_once(
    cut_short: tuple[Context, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's own memory (issue 11's 300 MB line): a near-cap mail read again held
    its bytes twice and parsed them twice in the worker (recording the unread files opened
    the mail anew), 104 MB of a 24.6 MB mail's peak, where the first reading holds one."""
    ctx, case_id = cut_short
    opened: list[int] = []
    parses: list[int] = []
    real_open, real_parse = stage.open_message_raw, reread_cut_short.parse_bounded

    def counting_open(*args: Any, **kwargs: Any) -> bytes:
        opened.append(1)
        return real_open(*args, **kwargs)

    def counting_parse(raw: bytes, limits: Limits) -> ParsedMessage:
        parses.append(1)
        return real_parse(raw, limits)

    monkeypatch.setattr(stage, "open_message_raw", counting_open)
    monkeypatch.setattr(stage, "parse_bounded", counting_parse)
    monkeypatch.setattr(reread_cut_short, "parse_bounded", counting_parse)
    assert reread_one(ctx, threading.Event()) is True
    assert (len(opened), len(parses)) == (1, 1)
    assert "attachments" not in _issues(ctx, case_id)  # the one parse still records the files


def test_a_stop_cuts_the_reread_and_it_is_tried_at_most_max_starts_times(
    cut_short: tuple[Context, int],
) -> None:
    ctx, case_id = cut_short
    stopped = threading.Event()
    stopped.set()
    assert reread_one(ctx, stopped) is False
    assert "reread_starts" not in _facts(ctx, case_id)  # a stop before the start costs no try

    class SetOnceRead(threading.Event):
        """Set from the moment the child is asked: the attempt starts, then is cut."""

        calls = 0

        def is_set(self) -> bool:
            SetOnceRead.calls += 1
            return SetOnceRead.calls > 1

    for attempt in range(1, MAX_STARTS + 1):
        SetOnceRead.calls = 0
        assert reread_one(ctx, SetOnceRead()) is False
        assert _facts(ctx, case_id)["reread_starts"] == attempt
    assert "attachments" in _issues(ctx, case_id)  # never read: still flagged
    assert cases_to_retry(ctx) == []


def test_a_closed_case_is_not_read_again(cut_short: tuple[Context, int]) -> None:
    ctx, case_id = cut_short
    with transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.status = CaseStatus.DONE
    assert cases_to_retry(ctx) == []
    assert reread_one(ctx, threading.Event()) is False


def test_the_stage_job_rereads_when_idle_and_gives_way_to_new_mail(
    tmp_path: Path, cut_short: tuple[Context, int]
) -> None:
    """The scheduler's stage job: nothing due, so it rereads; mail captured meanwhile (as a
    poll sets `_mail_came`) cuts the reread, and the same job run makes the mail a case."""
    ctx, case_id = cut_short
    stop = threading.Event()
    job = threading.Thread(target=scheduler._stages_job, args=(ctx, stop))
    job.start()
    started = time_out_waiting(lambda: "reread_starts" in _facts(ctx, case_id))
    assert started, "the idle stage job did not start a reread"
    later = tmp_path / "later"
    later.mkdir()
    (later / "2.eml").write_bytes(_plain_request())
    import_paths(ctx, [later])
    scheduler._mail_came.set()
    job.join(timeout=120)
    assert not job.is_alive()
    facts = _facts(ctx, case_id)
    assert facts["reread_starts"] == 1 and "reread_done" not in facts  # cut, not spent
    with transaction(ctx.engine) as session:
        assert len(list(session.execute(select(Case.id)).scalars())) == 2  # the mail: a case
    scheduler._stages_job(ctx, stop)  # idle again: the reread goes to its end
    assert _facts(ctx, case_id)["reread_done"] is True
    assert "attachments" not in _issues(ctx, case_id)


def time_out_waiting(condition: Callable[[], bool], seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def _plain_request() -> bytes:
    msg = EmailMessage()
    msg["From"] = "other@example.org"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอข้อมูล"
    msg["Message-ID"] = "<later@example.org>"
    msg.set_content("ชื่อ-นามสกุล: นายทดสอบ ระบบดี\nเรื่อง: ขอข้อมูลข่าวสาร")
    return bytes(msg)
