"""/docs: the API's documentation, rendered on the server from /openapi.json."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.apidocs import operations, schemas
from review.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def api_docs(request: Request) -> Response:
    document = request.app.openapi()
    return render(
        request,
        "api_docs.html",
        info=document.get("info", {}),
        operations=operations(document),
        schemas=schemas(document),
    )
