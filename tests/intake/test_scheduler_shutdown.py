"""The worker stops when asked, even while a job is asking the scheduler to run another
job. APScheduler's shutdown(wait=True) holds its job store lock while it waits for the
running jobs; a job calling get_job() then waited for the lock for ever (seen as a worker
that ignored SIGTERM after a poll that had captured mail)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from intake.scheduler import run_soon, shutdown


def test_shutdown_ends_while_a_running_job_asks_for_another_job() -> None:
    scheduler = BackgroundScheduler(timezone="UTC")
    running = threading.Event()

    def job() -> None:  # as the poll job does after capturing: stages, run now
        running.set()
        time.sleep(0.5)  # the worker is told to stop meanwhile
        run_soon(scheduler, "other")

    scheduler.add_job(lambda: None, "interval", hours=1, id="other")
    # an interval job, as the worker's poll is: a one-shot job is removed by APScheduler's
    # own loop when it ends, which races shutdown's removal (JobLookupError in its thread)
    now = datetime.now(UTC)
    scheduler.add_job(job, "interval", hours=1, id="poll", next_run_time=now)
    scheduler.start()
    assert running.wait(10)
    stopping = threading.Thread(target=shutdown, args=(scheduler,), daemon=True)
    stopping.start()
    stopping.join(timeout=20)
    assert not stopping.is_alive(), "shutdown waits for a job that waits for shutdown"


def test_run_soon_moves_the_job_to_now() -> None:
    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(lambda: None, "interval", hours=1, id="other")
    scheduler.start(paused=True)
    try:
        before = scheduler.get_job("other").next_run_time
        run_soon(scheduler, "other")
        after = scheduler.get_job("other").next_run_time
        assert after < before
    finally:
        shutdown(scheduler)
