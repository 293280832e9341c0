"""Erased cases (tombstones) in the staff pages: listed under "all" only, never a crash."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.review.conftest import sign_in
from tests.review_compliance.conftest import World

ROW = re.compile(r'href="/cases/([A-Z]+-\d{4}-\d{6})"')


def test_erased_cases_show_under_all_only(client: TestClient, world: World) -> None:
    sign_in(client, "staff1")
    erased = world.receipts[2]
    every = client.get("/queue", params={"status": "all"})
    assert every.status_code == 200
    assert erased in ROW.findall(every.text)
    row = every.text.split(f'href="/cases/{erased}"')[1].split("</tr>")[0]
    assert "ลบข้อมูลแล้ว" in row and "status.erased" not in every.text
    for status in ("open", "new", "done", "rejected"):
        page = client.get("/queue", params={"status": status})
        assert page.status_code == 200 and erased not in ROW.findall(page.text), status
    assert erased not in ROW.findall(client.get("/queue").text)  # the default view: open
    sorted_pages = [
        client.get("/queue", params={"status": "all", "sort": key})
        for key in ("status", "flags", "template", "assignee", "receipt")
    ]
    assert all(p.status_code == 200 for p in sorted_pages)


def test_erased_cases_do_not_break_the_other_staff_pages(client: TestClient, world: World) -> None:
    sign_in(client, "boss")
    erased = world.receipts[2]
    assert client.get(f"/cases/{erased}").status_code == 410
    assert client.get("/dashboard").status_code == 200
    exported = client.get("/exports/queue.csv", params={"status": "all"})
    assert exported.status_code == 200 and erased in exported.content.decode("utf-8-sig")
    assert "ลบข้อมูลแล้ว" in exported.content.decode("utf-8-sig")
    assert client.get("/exports/queue.json", params={"status": "all"}).status_code == 200
    assert client.get("/exports/queue.xlsx", params={"status": "all"}).status_code == 200
