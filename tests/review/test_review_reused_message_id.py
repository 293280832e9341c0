"""A request whose Message-ID another mail used before shows the clerk why it is a case.

Some mail programs write one Message-ID on every mail (an old webmail's `<1@localhost>`).
Intake no longer takes such a mail for a copy when its content differs (outcome set 3's
#49: a request was lost) and records the reuse in the message's facts; a clerk who sees
two cases "from one mail" must be told, on the case page, that a program reused the id
and these are two mails. The first mail's case carries no notice.
"""

from __future__ import annotations

from email import message_from_bytes
from email.policy import SMTP

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from intake.context import Context
from review.security import LANG_COOKIE
from storage.models import Case
from tests.review.conftest import PEOPLE, sign_in
from tests.review.review_seed import request_mail, seed_store

FIRST, SECOND = PEOPLE[0], PEOPLE[1]
NOTICE_TH = "Message-ID ซ้ำ"
NOTICE_EN = "Message-ID"


def with_message_id(raw: bytes, message_id: str) -> bytes:
    mail = message_from_bytes(raw, policy=SMTP)
    del mail["Message-ID"]
    mail["Message-ID"] = message_id
    return mail.as_bytes()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    reused = "<1@localhost>"
    mails = [with_message_id(request_mail(p), reused) for p in (FIRST, SECOND)]
    return seed_store(tmp_path_factory.mktemp("reused"), [], extra=mails)


# the conftest's app_client, over this module's store


def receipts(store: Context) -> list[str]:
    with Session(store.engine) as session:
        cases = session.execute(select(Case).order_by(col(Case.id))).scalars()
        return [c.receipt_no for c in cases]


def test_the_second_mail_under_a_reused_id_says_so_on_its_page(
    store: Context, app_client: TestClient
) -> None:
    first, second = receipts(store)  # both mails are cases: neither is a copy
    sign_in(app_client, "boss")
    page = app_client.get(f"/cases/{second}").text
    assert 'data-mail="message-id-reused"' in page and NOTICE_TH in page
    assert 'data-mail="message-id-reused"' not in app_client.get(f"/cases/{first}").text


def test_the_notice_speaks_english_too(store: Context, app_client: TestClient) -> None:
    _, second = receipts(store)
    sign_in(app_client, "boss")
    app_client.cookies.set(LANG_COOKIE, "en")
    page = app_client.get(f"/cases/{second}").text
    assert 'data-mail="message-id-reused"' in page and "reused" in page
