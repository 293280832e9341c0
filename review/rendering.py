"""Jinja2 pages: autoescaped, with the translator, the user and the CSRF token at hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from extractors.cells import BIDI_CONTROLS, show_bidi_controls
from review.i18n import Translator, pick_language
from review.security import CSRF_FIELD, LANG_COOKIE

TEMPLATE_DIR = Path(__file__).parent / "templates"


def build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,  # a typo in a template fails the test, not the clerk
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=visible_controls,
    )
    env.globals["csrf_field"] = CSRF_FIELD
    return env


def visible_controls(value: Any) -> Any:
    if not isinstance(value, str) or not BIDI_CONTROLS.search(value):
        return value
    shown = show_bidi_controls(str(value))
    return Markup(shown) if isinstance(value, Markup) else shown  # the marks are plain text


def translator_for(request: Request) -> Translator:
    return Translator(pick_language(request.cookies.get(LANG_COOKIE)))


def render(
    request: Request, template: str, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    env: Environment = request.app.state.pages
    t = translator_for(request)
    signed_in = getattr(request.state, "signed_in", None)
    html = env.get_template(template).render(
        request=request,
        t=t,
        lang=t.lang,
        me=signed_in,
        csrf=signed_in.csrf_token if signed_in else context.pop("csrf", ""),
        path=request.url.path,
        here=_here(request),
        **context,
    )
    return HTMLResponse(html, status_code=status_code)


# Query parameters that may be written back into a page; anything else (a personal value
# someone typed into a URL, say) is dropped from "come back here" links.
SAFE_QUERY = frozenset(
    {"status", "template", "flagged", "done", "sort", "order", "page", "assignee", "age", "mine",
     "receipt", "first", "last", "actor", "action", "case", "since", "until", "next"}
)  # fmt: skip


def _here(request: Request) -> str:
    """This page's path and safe query, for "come back here" links (language switch)."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k in SAFE_QUERY]
    return f"{request.url.path}?{urlencode(kept)}" if kept else request.url.path
