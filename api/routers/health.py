"""/healthz (process up) and /readyz (database reachable, migrations at head)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.problems import Problem, responses
from api.services.health import database_revision

router = APIRouter(tags=["health"])


@router.get(
    "/healthz",
    summary="The process is up",
    responses={200: {"content": {"application/json": {"example": {"status": "ok"}}}}},
)
async def healthz() -> dict[str, str]:
    """Liveness: answers while the process runs."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="The database is reachable and migrated",
    responses={
        200: {"content": {"application/json": {"example": {"status": "ready", "revision": "b11a0a11b004"}}}},
        **responses("service_unavailable"),
    },
)
async def readyz(request: Request) -> JSONResponse:
    """Readiness: the database is reachable and migrated."""
    head = request.app.state.head_revision
    try:
        current = await asyncio.wait_for(database_revision(request.app.state.engine), timeout=5)
    except Exception:
        raise Problem("service_unavailable", reason="database") from None
    if current != head:
        raise Problem("service_unavailable", reason="migrations", current=current, head=head)
    return JSONResponse({"status": "ready", "revision": current})
