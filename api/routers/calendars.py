"""Calendars: per-user feed tokens (``/me/calendar-tokens``) and the RFC 5545 feeds they open
(``/calendar-feeds/{token}/…``), which calendar apps read without a Bearer header."""

from __future__ import annotations

from fastapi import APIRouter, Path, Response

from api.problems import responses
from api.routers.deps import ActorDep, SessionDep
from api.schemas.calendars import CalendarTokenPublic
from api.services import calendars
from api.services.common import parse_id

router = APIRouter(tags=["calendars"])
ICS = "text/calendar; charset=utf-8"
Token = Path(max_length=200, description="The feed token from POST /me/calendar-tokens")


@router.post(
    "/me/calendar-tokens",
    summary="Create a calendar feed token (đăng ký lịch)",
    status_code=201,
    response_model=CalendarTokenPublic,
    responses=responses("unauthorized", "forbidden"),
)
async def create_calendar_token(session: SessionDep, actor: ActorDep) -> CalendarTokenPublic:
    """A secret for the caller's calendar feed URLs, shown in this answer only (the service keeps
    its SHA-256). Paste ``plan_feed`` or ``unit_feed`` (the base URL before it, the id filled in)
    into a calendar app. No Idempotency-Key: a stored replay would keep the secret; an unused
    token is simply revoked."""
    return await calendars.create_token(session, actor)


@router.delete(
    "/me/calendar-tokens/{token_id}",
    summary="Revoke a calendar feed token",
    status_code=204,
    responses=responses("unauthorized", "forbidden", "not_found"),
)
async def revoke_calendar_token(token_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """The token's feed URLs answer 404 from now on. Only its owner revokes it (anyone else: 404)."""
    await calendars.revoke_token(session, actor, parse_id(token_id))
    return Response(status_code=204)


_FEED = {
    200: {"content": {"text/calendar": {"schema": {"type": "string"}}}, "description": "An RFC 5545 calendar"},
    **responses("not_found"),
}


@router.get(
    "/calendar-feeds/{token}/plans/{plan_id}.ics",
    summary="A plan's conferences as a calendar (iCalendar)",
    response_class=Response,
    responses=_FEED,
)
async def plan_feed(plan_id: str, session: SessionDep, token: str = Token) -> Response:
    """Every conference of the plan, one event each with a UID that never changes
    (``conference-<id>@dhtt``); morning 07:30–11:30, afternoon 13:30–17:00, Asia/Ho_Chi_Minh.
    No Bearer header: the token in the URL is the credential; a revoked or unknown one: 404."""
    return Response(await calendars.plan_feed(session, token, parse_id(plan_id)), media_type=ICS)


@router.get(
    "/calendar-feeds/{token}/units/{unit_id}.ics",
    summary="A unit's conferences as a calendar (iCalendar)",
    response_class=Response,
    responses=_FEED,
)
async def unit_feed(unit_id: str, session: SessionDep, token: str = Token) -> Response:
    """Every conference of the unit, as the plan's feed shows them."""
    return Response(await calendars.unit_feed(session, token, parse_id(unit_id)), media_type=ICS)
