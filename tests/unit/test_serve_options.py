"""``dhtt serve`` hands uvicorn what throttling per address needs behind a reverse proxy."""

from __future__ import annotations

import signal
from typing import Any

import pytest

from api import cli
from api.settings import Settings


def test_threat_proxy_address_is_the_callers_when_the_proxy_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """X1 — logins are throttled per address: behind a proxy named by DHTT_FORWARDED_ALLOW_IPS,
    uvicorn reads the caller's address from X-Forwarded-For instead of counting every login
    against the proxy's one address."""
    seen: dict[str, Any] = {}
    monkeypatch.setenv("DHTT_DATABASE_URL", "postgresql+asyncpg://u@/db")  # cmd_serve sets it; restored after
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: seen.update(kwargs))
    monkeypatch.setattr(cli, "_database_url", lambda settings: "postgresql+asyncpg://u@/db")
    monkeypatch.setattr("api.db.embedded.stop_embedded", lambda: None)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        settings = Settings(env="test", forwarded_allow_ips="10.0.0.2,10.0.0.3")
        cli.cmd_serve(settings, "127.0.0.1", 8000, 1)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert seen["proxy_headers"] is True
    assert seen["forwarded_allow_ips"] == "10.0.0.2,10.0.0.3"
    assert Settings(env="test").forwarded_allow_ips == "127.0.0.1"


def test_serve_runs_on_uvloop_and_httptools(monkeypatch: pytest.MonkeyPatch) -> None:
    """``dhtt serve`` names uvicorn[standard]'s event loop and HTTP parser (a dependency)."""
    seen: dict[str, Any] = {}
    monkeypatch.setenv("DHTT_DATABASE_URL", "postgresql+asyncpg://u@/db")
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: seen.update(kwargs))
    monkeypatch.setattr(cli, "_database_url", lambda settings: "postgresql+asyncpg://u@/db")
    monkeypatch.setattr("api.db.embedded.stop_embedded", lambda: None)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        cli.cmd_serve(Settings(env="test"), "127.0.0.1", 8000, 1)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert (seen["loop"], seen["http"]) == ("uvloop", "httptools")
