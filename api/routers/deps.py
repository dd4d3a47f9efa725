"""HTTP plumbing shared by the routers: session, caller, paging, ETags, idempotent creation."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any, TypeVar

import orjson
from fastapi import Depends, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from pydantic import AwareDatetime, BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from api.domain.access import Actor, Role, Scope, can_read
from api.problems import Forbidden, Unauthorized
from api.services import idempotency
from api.services.auth import authenticate
from api.services.common import etag_of, etag_of_body
from api.settings import Settings
from api.storage import Storage

oauth2 = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


async def get_settings_dep(request: Request) -> Settings:  # async: a plain def would run in a worker thread
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's transaction: committed when the handler returns (before the answer is
    sent), rolled back when it raises — a failed request leaves nothing behind. Reads (GET,
    HEAD) write nothing and run without BEGIN/COMMIT (``make_read_sessionmaker``)."""
    reads = request.method in ("GET", "HEAD")
    factory = request.app.state.read_sessionmaker if reads else request.app.state.sessionmaker
    async with factory() as session:
        try:
            yield session
            if not reads:  # a read session has nothing to commit
                await session.commit()
        except BaseException:
            await session.rollback()
            raise


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def get_storage(request: Request) -> Storage:
    """The store of files (api.storage), built at start-up from the settings."""
    storage: Storage = request.app.state.storage
    return storage


StorageDep = Annotated[Storage, Depends(get_storage)]


async def get_actor(session: SessionDep, settings: SettingsDep, token: Annotated[str | None, Depends(oauth2)]) -> Actor:
    if not token:
        raise Unauthorized
    actor = await authenticate(session, settings, token)
    if not can_read(actor):
        raise Forbidden
    return actor


ActorDep = Annotated[Actor, Depends(get_actor)]


async def get_writer(actor: ActorDep) -> Actor:
    """Writes: never a province viewer; an integration client needs the ``write`` scope."""
    if actor.role is Role.PROVINCE_VIEWER:
        raise Forbidden
    if actor.role is Role.INTEGRATION_CLIENT and Scope.WRITE not in actor.scopes:
        raise Forbidden
    return actor


WriterDep = Annotated[Actor, Depends(get_writer)]

Limit = Annotated[int, Query(ge=1, le=500, description="Page size (max 500)")]
Cursor = Annotated[str | None, Query(max_length=1000, description="next_cursor of the previous page")]
_SYNC = (
    "Incremental sync: only the items {what} strictly after this instant (ISO 8601 with an offset, "
    "e.g. 2026-05-01T08:00:00+07:00), ordered by ({column}, id) with a cursor encoding both — pass "
    "next_cursor with the same updated_after to page on; a cursor of the default order is refused "
    "there (422). Without it the list keeps its default order. The time is taken when the writing "
    "transaction runs, so a sync resumes from the newest {column} seen minus a few seconds "
    "(re-applying an item is harmless). Deletions: GET /api/v1/deletions."
)
_APPEND_ONLY = (
    "These items are never changed once written (append-only): they have no updated_at and their "
    "{column} stands for it. "
)
_VERSIONS = (
    "A version is never edited once written, and its created_at stands for updated_at; only one "
    "still being prepared (not yet received) gains or loses attachments in its attachment_ids — "
    "take attachments from the attachments list (with its own updated_after) and GET "
    "/api/v1/deletions. "
)


def _sync_query(column: str, *, append_only: bool = False, lead: str | None = None) -> Any:
    what = "created" if append_only else "created or changed"
    if lead is None:
        lead = _APPEND_ONLY.format(column=column) if append_only else ""
    return Query(description=lead + _SYNC.format(what=what, column=column))


UpdatedAfter = Annotated[AwareDatetime | None, _sync_query("updated_at")]
CreatedAfter = Annotated[AwareDatetime | None, _sync_query("created_at", append_only=True)]
OccurredAfter = Annotated[AwareDatetime | None, _sync_query("occurred_at", append_only=True)]
VersionsAfter = Annotated[AwareDatetime | None, _sync_query("created_at", append_only=True, lead=_VERSIONS)]
IfMatch = Annotated[
    str | None, Header(alias="If-Match", max_length=200, description="ETag from a GET (412 when stale)")
]
IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", max_length=255, description="Retry-safe creation: same key and body, same answer"),
]


M = TypeVar("M", bound=BaseModel)


def _json_default(value: Any) -> Any:
    if isinstance(value, uuid.UUID):  # a subclass orjson does not take natively (asyncpg's own type)
        return str(value)
    raise TypeError(type(value).__name__)


def json_response(payload: Any, *, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Plain rows serialised once, by orjson (the hot reads: 5× faster than pydantic's inferring
    serialiser on rows, bench/RESULTS.md). Instants in UTC end in ``Z``, as the models write them;
    the route's ``response_model`` still documents the shape, and the contract tests check it."""
    body = orjson.dumps(payload, default=_json_default, option=orjson.OPT_UTC_Z)
    return Response(body, status_code=status_code, media_type="application/json", headers=headers)


def model_response(model: BaseModel, *, etag: bool = False) -> Response:
    """A model serialised once, as FastAPI would (``etag``: with its ETag, as ``with_etag``)."""
    body = model.model_dump_json().encode()  # no schema has aliases: FastAPI's bytes exactly
    headers = {"ETag": etag_of_body(body)} if etag else None
    return Response(body, media_type="application/json", headers=headers)


def with_etag(model: M, response: Response) -> M:
    response.headers["ETag"] = etag_of(model)
    return model


async def create_idempotently(
    request: Request,
    session: AsyncSession,
    actor: Actor,
    key: str | None,
    create: Callable[[], Awaitable[BaseModel]],
    location: Callable[[Any], str],
    etag: Callable[[Any], str] | None = None,
) -> JSONResponse:
    """Run ``create`` once per Idempotency-Key; answer 201 with Location and ETag (``etag``: the
    record's own, where the answer shows more than a GET does, e.g. a secret shown once)."""
    if key is not None:
        body = await request.body()
        stored = await idempotency.claim(session, actor.id, key, request.method, request.url.path, body)
        if stored is not None:
            return JSONResponse(stored.body, status_code=stored.status_code, headers=stored.headers or {})
    created = await create()
    body = created.model_dump_json().encode()  # serialised once: the body, its ETag, the stored answer
    headers = {"Location": location(created), "ETag": etag(created) if etag else etag_of_body(body)}
    if key is not None:
        await idempotency.remember(session, actor.id, key, 201, orjson.loads(body), headers)
    return _SerialisedJSON(body, status_code=201, headers=headers)


class _SerialisedJSON(JSONResponse):
    """A JSON answer whose body is already serialised (``render`` is Starlette's hook for it)."""

    def render(self, content: Any) -> bytes:
        return bytes(content)
