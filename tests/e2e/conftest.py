"""Browser tests: Debian's Chromium driven by Playwright against a real `intake serve`.

The store is seeded the way an operator would: `intake import` of generated mail and
`intake users add --password-stdin`, then `intake serve` runs on a free loopback port.
No browser is ever downloaded: Playwright launches /usr/bin/chromium. A missing
Chromium (or Playwright) skips these tests, or fails them when CI=true.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from servers import LOOPBACK, ServerUnavailable, free_port, port_accepts, start_or_skip, wait_until
from support.cli import REPO, run_cli, write_config

from tests.review.review_seed import PASSWORD, USERS, Person, person, request_mail, write_mails

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PEOPLE = [person(n) for n in range(200, 206)]
HOSTILE = person(299)


def find_chromium() -> str:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise ServerUnavailable(
        "`chromium` not found; run INSTALL_BROWSER=1 scripts/install-system-deps.sh (as root)"
    )


@dataclass
class Counter:
    """A loopback HTTP server that only counts what a page tried to load from it."""

    port: int
    hits: list[str] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    def url(self, path: str) -> str:
        return f"http://{LOOPBACK}:{self.port}{path}"


@pytest.fixture(scope="session")
def counter() -> Iterator[Counter]:
    found = Counter(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found.hits.append(self.path)
            body = b"counted"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
    found.port = server.server_address[1]
    found.server = server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield found
    server.shutdown()


def hostile_html(counter: Counter) -> str:
    return (
        "<html><head><script>document.title='PWNED';"
        f"fetch('{counter.url('/script')}')</script>"
        f'<link rel=stylesheet href="{counter.url("/css")}">'
        f"<style>body{{background:url('{counter.url('/bg')}')}}</style></head>"
        f'<body><p>คำร้อง HTML</p><img src="{counter.url("/remote.png")}">'
        f"<img src=x onerror=\"fetch('{counter.url('/onerror')}')\">"
        f'<iframe src="{counter.url("/frame")}"></iframe>'
        f'<a href="{counter.url("/link")}">ลิงก์</a></body></html>'
    )


@dataclass(frozen=True)
class WebServer:
    base_url: str
    config: Path
    data_dir: Path
    people: list[Person]
    hostile: Person


def _cli(config: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, INTAKE_LOG_LEVEL="WARNING")
    env.pop("INTAKE_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=REPO,
    )


@pytest.fixture(scope="session")
def web_server(tmp_path_factory: pytest.TempPathFactory, counter: Counter) -> Iterator[WebServer]:
    root = tmp_path_factory.mktemp("e2e")
    data_dir = root / "var"
    config = write_config(
        root / "agency.toml", data_dir=data_dir, mailboxes=[], log_level="WARNING"
    )
    mails = [request_mail(p) for p in PEOPLE] + [request_mail(HOSTILE, html=hostile_html(counter))]
    write_mails(root / "mail", mails)
    done = run_cli(config, "import", str(root / "mail"))
    assert done.returncode == 0, done.stderr[-2000:]
    for name, role in USERS.items():
        added = _cli(
            config, "users", "add", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n"
        )
        assert added.returncode == 0, added.stderr[-2000:]
    port = free_port()
    log = root / "serve.log"
    env = dict(os.environ, INTAKE_WEB_SECURE_COOKIES="never", INTAKE_LOG_LEVEL="WARNING")
    env.pop("INTAKE_CONFIG", None)
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "intake",
                "--config",
                str(config),
                "serve",
                "--host",
                LOOPBACK,
                "--port",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=REPO,
        )
    try:
        wait_until(
            lambda: port_accepts(port),
            timeout=60,
            what="intake serve",
            alive=lambda: process.poll() is None,
            log=log,
        )
        yield WebServer(f"http://{LOOPBACK}:{port}", config, data_dir, PEOPLE, HOSTILE)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = start_or_skip(find_chromium, "Chromium browser (chromium)")

    def load_playwright() -> Any:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            raise ServerUnavailable(
                f"playwright is not installed ({exc}); pip install playwright"
            ) from exc
        return sync_playwright

    sync_playwright = start_or_skip(load_playwright, "Playwright (pip playwright)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    page = context.new_page()
    yield page
    context.close()


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
