"""The queue: counts, filters, search through the blind indexes, sorting and paging."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from review.app import create_app
from review.options import WebOptions
from review.queue import read_search
from tests.review.conftest import search, sign_in
from tests.review.review_seed import Person

RECEIPT = re.compile(r'href="/cases/([A-Z]+-\d{4}-\d{6})"')


def receipts(html: str) -> list[str]:
    return RECEIPT.findall(html)


def test_search_box_reads_what_was_typed() -> None:
    assert read_search("1-1017-00001-23-4").kind == "national_id"
    assert read_search("๑๑๐๑๗๐๐๐๐๑๒๓๔").kind == "national_id"
    assert read_search("+66 81 234 5678").value == "+66812345678"
    assert read_search("+82 10-4821-7735").value == "+821048217735"  # abroad (set 79)
    assert read_search("A.B@Example.ORG").value == "a.b@example.org"
    assert read_search("req-2569-000001").value == "REQ-2569-000001"
    assert read_search("000001").kind == "text"


def test_queue_lists_every_case_with_counts(app_client: TestClient, people: list[Person]) -> None:
    sign_in(app_client, "staff1")
    page = app_client.get("/queue", params={"status": "all"})
    assert page.status_code == 200
    assert len(receipts(page.text)) == len(people)
    assert re.search(rf'data-status="all">{len(people)}<', page.text)
    assert "งานที่เข้ามา" in page.text


def test_search_by_national_id_phone_or_email_in_any_formatting(
    app_client: TestClient, people: list[Person]
) -> None:
    csrf = sign_in(app_client, "staff1")
    p = people[2]
    typed = [
        p.national_id_dashed,
        " ".join(p.national_id),
        p.phone,
        "+66 " + p.phone_digits[1:],
        p.email.upper(),
    ]
    found = {tuple(receipts(search(app_client, csrf, q))) for q in typed}
    assert len(found) == 1 and len(next(iter(found))) == 1
    other = receipts(search(app_client, csrf, people[3].national_id))
    assert other and other != list(next(iter(found)))


def test_search_by_receipt_number_and_part_of_it(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    every = receipts(app_client.get("/queue", params={"status": "all"}).text)
    assert receipts(search(app_client, csrf, every[0].lower())) == [every[0]]
    tail = every[-1][-6:]
    assert every[-1] in receipts(app_client.get("/queue", params={"q": tail}).text)


def test_a_search_that_finds_nothing_says_so(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    page = search(app_client, csrf, "1-2345-67890-12-1")
    assert receipts(page) == [] and "ไม่พบเรื่อง" in page


def test_sorting_and_paging(store: object, people: list[Person]) -> None:
    app = create_app(
        store.settings, ctx=store, options=WebOptions(secure_cookies="never", page_size=10)
    )  # type: ignore[attr-defined]
    with TestClient(app) as client:
        sign_in(client, "staff1")
        asc = receipts(client.get("/queue", params={"status": "all", "sort": "receipt"}).text)
        desc = receipts(
            client.get("/queue", params={"status": "all", "sort": "receipt", "order": "desc"}).text
        )
        assert asc == sorted(asc) and desc == sorted(desc, reverse=True) and set(asc) == set(desc)
        page = client.get("/queue", params={"status": "all", "page": 99})
        assert page.status_code == 200  # past the end: the last page


def test_bad_query_values_are_a_400_page_not_an_error(app_client: TestClient) -> None:
    sign_in(app_client, "staff1")
    assert app_client.get("/queue", params={"sort": "password"}).status_code == 400
    assert app_client.get("/queue", params={"page": "-1"}).status_code == 400


def test_queue_shows_no_unmasked_identifiers(app_client: TestClient, people: list[Person]) -> None:
    csrf = sign_in(app_client, "staff1")
    pages = [
        app_client.get("/queue", params={"status": "all"}).text,
        search(app_client, csrf, people[0].national_id_dashed),
        app_client.get("/queue", params={"q": people[0].phone}).text,  # typed into the URL
    ]
    for html in pages:
        for p in people:
            for secret in p.secrets():
                assert secret not in html


def test_personal_search_values_stay_out_of_urls(
    app_client: TestClient, people: list[Person]
) -> None:
    csrf = sign_in(app_client, "staff1")
    response = app_client.post(
        "/queue/search", data={"q": people[1].email, "csrf_token": csrf}, follow_redirects=False
    )
    assert response.status_code == 200  # answered in place, no redirect carrying the value
    receipt = app_client.post(
        "/queue/search", data={"q": "REQ-2569-000001", "csrf_token": csrf}, follow_redirects=False
    )
    assert receipt.status_code == 303 and "REQ-2569-000001" in receipt.headers["location"]


def test_search_needs_the_csrf_token(app_client: TestClient, people: list[Person]) -> None:
    sign_in(app_client, "staff1")
    response = app_client.post("/queue/search", data={"q": people[0].email, "csrf_token": "x"})
    assert response.status_code == 403
