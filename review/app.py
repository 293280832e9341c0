"""The application: routers, static files, security headers and the error pages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from intake.context import Context, open_context
from intake.settings import Settings
from review.deps import NotSignedIn
from review.options import WebOptions
from review.rendering import build_environment, render
from review.routes import ROUTERS
from review.security import SecurityHeaders
from storage.accounts import prepare_sign_in

STATIC_DIR = Path(__file__).parent / "static"
ERROR_KEYS = {
    400: "error.bad_request",
    403: "error.forbidden",
    404: "error.not_found",
    410: "error.gone",
}


def create_app(
    settings: Settings, *, ctx: Context | None = None, options: WebOptions | None = None
) -> FastAPI:
    """The review app over the store `settings` names (or an already open `ctx`)."""
    app = FastAPI(
        title="saraban-intake review",
        docs_url=None,  # the default docs page loads scripts from a CDN; see the API router
        redoc_url=None,
    )
    app.state.ctx = ctx or open_context(settings)
    prepare_sign_in()
    app.state.options = options or WebOptions()
    app.state.pages = build_environment()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _add_error_pages(app)
    return app


def _add_error_pages(app: FastAPI) -> None:
    @app.exception_handler(NotSignedIn)
    async def to_sign_in(request: Request, _exc: NotSignedIn) -> Response:
        target = request.url.path if request.method == "GET" else "/"
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def error_page(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):  # the JSON API answers in JSON
            from fastapi.exception_handlers import http_exception_handler

            return await http_exception_handler(request, exc)
        key = ERROR_KEYS.get(exc.status_code, "error.other")
        response = render(request, "error.html", status_code=exc.status_code, message_key=key)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            from fastapi.exception_handlers import request_validation_exception_handler

            return await request_validation_exception_handler(request, exc)
        return render(request, "error.html", status_code=400, message_key="error.bad_request")
