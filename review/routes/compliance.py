"""Compliance pages (compliance role only). A stub the compliance work fills in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from review.deps import SignedIn, require_role
from review.rendering import render

router = APIRouter(prefix="/compliance", include_in_schema=False)
ComplianceUser = Annotated[SignedIn, Depends(require_role("compliance"))]


@router.get("")
def compliance_home(request: Request, user: ComplianceUser) -> Response:
    return render(request, "compliance.html")
