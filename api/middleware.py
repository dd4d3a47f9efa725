"""Pure ASGI middleware: request id, body size limit, security headers, access log."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.context import request_id_var
from api.metrics import Metrics
from api.problems import PROBLEM_JSON, PayloadTooLarge, Problem, problem_body

log = logging.getLogger("dhtt.access")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"strict-transport-security", b"max-age=31536000; includeSubDomains"),
]
DOCS_CSP = (
    b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    b"script-src 'self' 'unsafe-inline'; worker-src 'self' blob:"
)
API_CSP = b"default-src 'none'; frame-ancestors 'none'"


SECRET_PATHS = ("/api/v1/calendar-feeds/",)
"""Paths whose next segment is a secret (a calendar feed token): the log keeps the rest only."""


def _redacted(path: str) -> str:
    for prefix in SECRET_PATHS:
        if path.startswith(prefix):
            _, _, rest = path[len(prefix) :].partition("/")
            return f"{prefix}***/{rest}"
    return path


class RequestContextMiddleware:
    """Request id, access log, security headers, and the body size limit of each operation.

    The limit is the operation's (``body_limits``: operation id → bytes, for the few operations
    that take files), else ``max_body_bytes``. It is looked up from the matched route when the
    body is first read, so a declared ``Content-Length`` above every limit is refused before
    routing, and one above the operation's limit (or a chunked body growing past it) when the
    body is read. Either way the answer is 413 ``payload_too_large``: the error raised while
    reading is an ``HTTPException``, which FastAPI re-raises (any other error while it reads a
    JSON body becomes its 400 "error parsing the body", a 422 here).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        body_limits: Mapping[str, int] | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_limits = dict(body_limits or {})
        self.ceiling = max([max_body_bytes, *self.body_limits.values()])
        self.metrics = metrics

    def limit_for(self, scope: Scope) -> int:
        """The matched operation's body limit (routes are named by their operation id)."""
        name = getattr(scope.get("route"), "name", None)
        return self.body_limits.get(name, self.max_body_bytes) if isinstance(name, str) else self.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_holder: dict[str, Any] = {"status": 500}
        path = scope.get("path", "")

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                extra = [(b"x-request-id", request_id.encode())]
                extra += SECURITY_HEADERS
                is_docs = path in ("/docs", "/redoc") or path.startswith("/static/")
                extra.append((b"content-security-policy", DOCS_CSP if is_docs else API_CSP))
                existing = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [(k, v) for k, v in extra if k not in existing]
            await send(message)

        try:
            length = headers.get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.ceiling):
                await self._too_large(scope, send_wrapper, self.ceiling)
                return
            declared = int(length) if length is not None else None
            received = 0
            limit: int | None = None

            async def limited_receive() -> Message:
                nonlocal received, limit
                if limit is None:  # the first read: the route is matched by now
                    limit = self.limit_for(scope)
                    if declared is not None and declared > limit:
                        raise PayloadTooLarge(limit)
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        raise PayloadTooLarge(limit)
                return message

            try:
                await self.app(scope, limited_receive, send_wrapper)
            except PayloadTooLarge as exc:  # raised where no handler turned it into an answer
                if status_holder.get("started"):
                    raise
                await self._too_large(scope, send_wrapper, exc.limit)
        finally:
            elapsed = time.perf_counter() - started
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            if path.startswith("/api/v1/") and not route.startswith("/api/v1"):
                route = "/api/v1" + route  # routes of included routers carry their own path only
            method = str(scope.get("method"))
            if self.metrics is not None and route != "/metrics":
                self.metrics.observe(method, route, status_holder["status"], elapsed)
            log.info(
                "%s %s %s %.1fms",
                method,
                route,
                status_holder["status"],
                elapsed * 1000,
                extra={
                    "request_id": request_id,
                    "method": method,
                    "path": _redacted(path),
                    "route": route,
                    "status": status_holder["status"],
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
            request_id_var.reset(token)

    async def _too_large(self, scope: Scope, send: Send, limit: int) -> None:
        from starlette.requests import Request

        body = problem_body(Problem("payload_too_large", limit=limit), Request(scope))
        import json

        raw = json.dumps(body, ensure_ascii=False).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(raw)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": raw})


def _entity_tags(value: bytes) -> set[bytes]:
    """The entity tags of an If-None-Match header, compared weakly (RFC 9110 §13.1.2)."""
    return {tag.strip().removeprefix(b"W/") for tag in value.split(b",") if tag.strip()}


class ConditionalGetMiddleware:
    """``If-None-Match`` on a GET or HEAD: when the answer would be 200 with an ETag the caller
    already holds (or ``*``), answer 304 Not Modified with that ETag and no body. One place for
    every resource that carries an ETag."""

    KEEP = frozenset({b"etag", b"cache-control", b"content-location", b"date", b"expires", b"vary"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        given = next((v for k, v in scope.get("headers") or [] if k == b"if-none-match"), None)
        if given is None:
            await self.app(scope, receive, send)
            return
        wanted = _entity_tags(given)
        not_modified = False

        async def send_wrapper(message: Message) -> None:
            nonlocal not_modified
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = message.get("headers", [])
                etag = next((v for k, v in headers if k.lower() == b"etag"), None)
                if etag is not None and (b"*" in wanted or etag.removeprefix(b"W/") in wanted):
                    not_modified = True
                    kept = [(k, v) for k, v in headers if k.lower() in self.KEEP]
                    message = {"type": "http.response.start", "status": 304, "headers": kept}
            elif message["type"] == "http.response.body" and not_modified:
                if message.get("more_body", False):
                    return  # the body of a 304 is never sent
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(scope, receive, send_wrapper)
