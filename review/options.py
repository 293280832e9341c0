"""Web-only settings, read from the environment (INTAKE_WEB_*), validated once.

Kept apart from intake.settings.Settings so the worker's settings file does not change
shape; they can move into a [web] section there later.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class WebOptions(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_WEB_", extra="ignore", frozen=True)

    # "auto": Secure cookies when the request came over https (directly or via a proxy
    # that uvicorn trusts); "always" behind a TLS-terminating proxy; "never" for tests.
    secure_cookies: Literal["auto", "always", "never"] = "auto"
    session_hours: float = Field(default=8.0, gt=0, le=24 * 7)
    page_size: int = Field(default=50, ge=10, le=500)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
