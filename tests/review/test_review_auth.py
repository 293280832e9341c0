"""Sign-in, cookies, CSRF, lock-out, sign-out, roles, headers, and their audit entries."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.audit import AuditEntry
from storage.db import transaction
from tests.review.conftest import csrf_of, sign_in
from tests.review.review_seed import PASSWORD


def audit_actions(store: Context, actor: str) -> list[tuple[str, str]]:
    with Session(store.engine) as session:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.actor == actor).order_by(col(AuditEntry.id))
        ).scalars()
        return [(e.action, e.outcome) for e in rows]


def test_pages_need_a_session(app_client: TestClient) -> None:
    response = app_client.get("/queue", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/queue")


def test_sign_in_sets_a_strict_http_only_cookie_and_is_audited(
    store: Context, app_client: TestClient
) -> None:
    form = app_client.get("/login")
    response = app_client.post(
        "/login",
        data={"name": "staff2", "password": PASSWORD, "csrf_token": csrf_of(form.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = next(
        v
        for k, v in response.headers.multi_items()
        if k == "set-cookie" and v.startswith("intake_session=")
    )
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" not in cookie
    assert ("auth.sign_in", "ok") in audit_actions(store, "staff2")


def test_secure_cookie_when_configured(store: Context) -> None:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="always"))
    with TestClient(app, base_url="https://testserver") as client:
        form = client.get("/login")
        response = client.post(
            "/login",
            data={"name": "boss", "password": PASSWORD, "csrf_token": csrf_of(form.text)},
            follow_redirects=False,
        )
        assert "Secure" in response.headers["set-cookie"]


def test_sign_in_without_the_form_token_is_refused(app_client: TestClient) -> None:
    app_client.get("/login")
    response = app_client.post(
        "/login", data={"name": "staff1", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert response.status_code == 400
    assert "intake_session" not in app_client.cookies


def test_wrong_password_is_refused_and_audited(store: Context, app_client: TestClient) -> None:
    form = app_client.get("/login")
    response = app_client.post(
        "/login", data={"name": "auditor", "password": "wrong", "csrf_token": csrf_of(form.text)}
    )
    assert response.status_code == 401
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in response.text
    assert ("auth.sign_in_failed", "denied") in audit_actions(store, "auditor")


def test_five_failures_lock_out_and_audit_the_lock(store: Context, app_client: TestClient) -> None:
    from storage.accounts import create_user

    with transaction(store.engine) as session:
        create_user(session, name="victim", role="staff", password=PASSWORD)
    for _ in range(5):
        form = app_client.get("/login")
        app_client.post(
            "/login", data={"name": "victim", "password": "guess", "csrf_token": csrf_of(form.text)}
        )
    form = app_client.get("/login")
    response = app_client.post(
        "/login", data={"name": "victim", "password": PASSWORD, "csrf_token": csrf_of(form.text)}
    )
    assert response.status_code == 401
    assert "15 นาที" in response.text  # the one answer to every failure names the lock
    actions = audit_actions(store, "victim")
    assert actions.count(("auth.sign_in_failed", "denied")) == 6
    assert ("auth.locked", "ok") in actions


def test_sign_out_ends_the_session_and_is_audited(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "root")
    old_cookie = app_client.cookies["intake_session"]
    response = app_client.post("/logout", data={"csrf_token": csrf})
    assert response.url.path == "/login"
    assert ("auth.sign_out", "ok") in audit_actions(store, "root")
    app_client.cookies.set("intake_session", old_cookie)
    assert app_client.get("/queue", follow_redirects=False).status_code == 303


def test_posts_without_the_session_csrf_token_are_refused(app_client: TestClient) -> None:
    sign_in(app_client, "staff1")
    response = app_client.post("/logout", data={"csrf_token": "wrong"})
    assert response.status_code == 403
    assert app_client.get("/queue").status_code == 200  # still signed in


def test_open_redirects_are_not_followed(app_client: TestClient) -> None:
    form = app_client.get("/login")
    response = app_client.post(
        "/login",
        data={
            "name": "staff1",
            "password": PASSWORD,
            "csrf_token": csrf_of(form.text),
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/queue"


def test_staff_get_a_thai_403_on_compliance_pages(app_client: TestClient) -> None:
    sign_in(app_client, "staff1")
    response = app_client.get("/compliance")
    assert response.status_code == 403
    assert "คุณไม่มีสิทธิ์เข้าถึงหน้านี้" in response.text


def test_compliance_officers_open_compliance_pages(app_client: TestClient) -> None:
    sign_in(app_client, "auditor")
    assert app_client.get("/compliance").status_code == 200


def test_security_headers_on_every_page(app_client: TestClient) -> None:
    for response in (app_client.get("/login"), app_client.get("/nope")):
        headers = response.headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
    assert app_client.get("/nope").status_code == 404


def test_english_by_a_cookie_switch(app_client: TestClient) -> None:
    response = app_client.get("/lang/en", params={"next": "/login"})
    assert response.url.path == "/login"
    assert "Sign in" in response.text and 'lang="en"' in response.text
    assert "เข้าสู่ระบบ" not in response.text
    app_client.get("/lang/th", params={"next": "/login"})
    assert "เข้าสู่ระบบ" in app_client.get("/login").text


def test_the_thai_font_is_served_from_the_app(app_client: TestClient) -> None:
    css = app_client.get("/static/css/app.css")
    assert css.status_code == 200 and "sarabun-thai-400-normal.woff2" in css.text
    font = app_client.get("/static/fonts/sarabun-thai-400-normal.woff2")
    assert font.status_code == 200 and font.content[:4] == b"wOF2"
