"""/users — accounts, managed by the district admin."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.problems import responses
from api.routers.deps import (
    ActorDep,
    Cursor,
    IdempotencyKey,
    IfMatch,
    Limit,
    SessionDep,
    UpdatedAfter,
    WriterDep,
    create_idempotently,
    with_etag,
)
from api.schemas.common import Page
from api.schemas.users import UserCreate, UserPublic, UserUpdate
from api.services import users
from api.services.common import parse_id

router = APIRouter(prefix="/users", tags=["users"])
_ERR = ("unauthorized", "forbidden")


@router.get("", summary="List accounts (tài khoản)", response_model=Page[UserPublic], responses=responses(*_ERR))
async def list_users(
    session: SessionDep, actor: ActorDep, limit: Limit = 50, cursor: Cursor = None, updated_after: UpdatedAfter = None
) -> Page[UserPublic]:
    """District admins only: the accounts of their district."""
    return await users.list_users(session, actor, cursor=cursor, limit=limit, updated_after=updated_after)


@router.post(
    "",
    summary="Create an account (tạo tài khoản)",
    status_code=201,
    response_model=UserPublic,
    responses=responses(*_ERR, "conflict"),
)
async def create_user(
    request: Request, body: UserCreate, session: SessionDep, actor: WriterDep, idempotency_key: IdempotencyKey = None
) -> JSONResponse:
    """X1 — a person with a role and a unit, or an integration client with its scopes. District admins only."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: users.create_user(session, actor, body),
        lambda u: f"/api/v1/users/{u.id}",
    )


@router.get("/{user_id}", summary="Read an account", response_model=UserPublic, responses=responses(*_ERR, "not_found"))
async def get_user(user_id: str, session: SessionDep, actor: ActorDep, response: Response) -> UserPublic:
    """One account (never its password)."""
    return with_etag(await users.get_user(session, actor, parse_id(user_id)), response)


@router.patch(
    "/{user_id}",
    summary="Change an account",
    response_model=UserPublic,
    responses=responses(*_ERR, "not_found", "precondition_failed", "conflict"),
)
async def update_user(
    user_id: str, body: UserUpdate, session: SessionDep, actor: WriterDep, response: Response, if_match: IfMatch = None
) -> UserPublic:
    """Only the fields sent change; a new password ends the account's sessions."""
    out = await users.update_user(session, actor, parse_id(user_id), body, if_match)
    return with_etag(out, response)
