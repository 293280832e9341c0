"""Taking a case under attack (issue 9, item 3, raced): staff may take only an unassigned
case, however many try at once.

The route checked who had the case and then wrote the new assignee, so clerks pressing
"take" at the same moment each passed the check and each got the case in turn: all but
the last had it taken from them, by a colleague, without a supervisor. The take is now
one conditional write (the case is still as the clerk saw it, or nothing changes), on
SQLite and PostgreSQL, through a real server.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest
import uvicorn
from servers import LOOPBACK, free_port, port_accepts, wait_until
from sqlmodel import Session, select

from intake.context import Context, open_context
from intake.settings import DatabaseSettings, Settings
from review.app import create_app
from review.options import WebOptions
from storage.accounts import create_user, find_user
from storage.db import transaction
from storage.models import Case
from storage.workflow import AssignmentChanged, assign, assignee_id
from tests.review.conftest import csrf_of
from tests.review.review_seed import PASSWORD, import_mails, person, request_mail

PARALLEL = 12
CLERKS = [f"clerk{n}" for n in range(PARALLEL)]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Context:
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    ctx = open_context(Settings(data_dir=tmp_path, database=DatabaseSettings(url=url)))
    import_mails(ctx, tmp_path / "mail-in", [request_mail(person(90))])
    with transaction(ctx.engine) as session:
        for name in CLERKS:
            create_user(session, name=name, role="staff", password=PASSWORD)
    return ctx


@pytest.fixture
def server(store: Context) -> Iterator[str]:
    """The web app under uvicorn on a free loopback port, in this process."""
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    port = free_port()
    # Each clerk's connection waits, kept alive, while the others sign in (a password hash
    # each: seconds on a loaded machine). uvicorn closes an idle one after 5 s by default,
    # and a request sent as it closes is reset (a CI run lost a take so): keep them open.
    config = uvicorn.Config(
        app, host=LOOPBACK, port=port, log_level="warning", timeout_keep_alive=300
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(lambda: port_accepts(port), timeout=20, what="uvicorn")
    yield f"http://{LOOPBACK}:{port}"
    server.should_exit = True
    thread.join(timeout=20)


def _signed_in(base: str, name: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, timeout=120)
    form = client.get("/login")
    queue = client.post(
        "/login",
        data={"name": name, "password": PASSWORD, "csrf_token": csrf_of(form.text)},
        follow_redirects=True,
    )
    assert queue.status_code == 200 and queue.url.path == "/queue"
    return client, csrf_of(queue.text)


def _the_case(base: str, client: httpx.Client) -> str:
    page = client.get("/queue").text
    found = sorted(set(re.findall(r'href="/cases/([A-Z]+-\d{4}-\d{6})"', page)))
    assert len(found) == 1
    return found[0]


def _hand_back(client: httpx.Client, csrf: str, receipt: str) -> None:
    """Take the case and give it back: its work row now exists, with nobody on it."""
    for assignee in ("me", ""):
        answer = client.post(
            f"/cases/{receipt}/assign", data={"assignee": assignee, "csrf_token": csrf}
        )
        assert answer.status_code == 303


@pytest.mark.parametrize("before", ["never assigned", "handed back"])
def test_clerks_taking_one_case_at_once_leave_it_with_one(
    store: Context, server: str, before: str
) -> None:
    clerks = [_signed_in(server, name) for name in CLERKS]
    receipt = _the_case(server, clerks[0][0])
    if before == "handed back":
        _hand_back(*clerks[0], receipt)
    start = threading.Barrier(PARALLEL)

    def take(n: int) -> int:
        client, csrf = clerks[n]
        start.wait()
        response = client.post(
            f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf}
        )
        return response.status_code

    with ThreadPoolExecutor(PARALLEL) as pool:
        codes = list(pool.map(take, range(PARALLEL)))
    for client, _ in clerks:
        client.close()

    took = [CLERKS[n] for n, code in enumerate(codes) if code == 303]
    assert len(took) == 1, f"{len(took)} clerks were told the case was theirs: {codes}"
    assert sorted(set(codes)) == [303, 403], codes  # the others are refused, not failed
    with Session(store.engine) as session:
        owner = find_user(session, name=took[0])
        case_id = session.exec(select(Case.id).where(Case.receipt_no == receipt)).one()
        assert owner is not None and case_id is not None
        assert assignee_id(session, case_id=case_id) == owner.id


def test_a_take_checked_before_a_colleagues_take_changes_nothing(store: Context) -> None:
    """The same race, step by step: the check saw nobody on the case, a colleague took it
    before the write, so the write refuses and the case stays the colleague's."""
    with Session(store.engine) as late, transaction(store.engine) as first:
        case_id = late.exec(select(Case.id)).one()
        users = {name: find_user(late, name=name) for name in CLERKS[:2]}
        ids = {name: user.id for name, user in users.items() if user is not None}
        assert case_id is not None and len(ids) == 2
        seen = assignee_id(late, case_id=case_id)
        assert seen is None  # the late clerk's check passes: nobody has the case
        assert assign(
            first, case_id=case_id, user_id=ids["clerk0"], expected=None, actor="clerk0",
            old_name=None, new_name="clerk0",
        )  # fmt: skip
        first.commit()
        with pytest.raises(AssignmentChanged):
            assign(
                late, case_id=case_id, user_id=ids["clerk1"], expected=seen, actor="clerk1",
                old_name=None, new_name="clerk1",
            )  # fmt: skip
        late.rollback()
        assert assignee_id(late, case_id=case_id) == ids["clerk0"]
