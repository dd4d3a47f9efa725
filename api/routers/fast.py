"""A lean path for the hot reads: the same parameters, session, caller and endpoint, without
FastAPI solving the dependency graph afresh on every request (about 0.2 ms of a 1 ms read,
bench/RESULTS.md).

An endpoint opts in with ``@hot_read``. Its route then validates the path and query parameters
with the route's own pydantic fields, opens the session and finds the caller with the functions
of ``deps`` (``get_session``, ``get_actor``), and calls the endpoint, which answers a Response.
Anything else — a parameter that is missing or does not validate, a dependency this path does
not know — goes to FastAPI's own handler, so problems read exactly as everywhere else.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Request, Response
from fastapi.routing import APIRoute

from api.routers.deps import get_actor, get_session, oauth2

HOT = "__dhtt_hot_read__"
F = TypeVar("F", bound=Callable[..., Any])
Handler = Callable[[Request], Coroutine[Any, Any, Response]]
_session_scope = contextlib.asynccontextmanager(get_session)


def hot_read(endpoint: F) -> F:
    """Mark a GET endpoint for the lean path (it must answer a Response)."""
    setattr(endpoint, HOT, True)
    return endpoint


@dataclass(frozen=True)
class _Plan:
    endpoint: Callable[..., Any]
    path: list[Any]  # ModelFields
    query: list[Any]
    session_name: str | None
    actor_name: str | None
    request_name: str | None

    @classmethod
    def of(cls, route: APIRoute) -> _Plan | None:
        d = route.dependant
        if d.header_params or d.cookie_params or d.body_params or d.response_param_name:
            return None
        if d.background_tasks_param_name or d.websocket_param_name or d.security_scopes_param_name:
            return None
        names: dict[Any, str] = {}
        for sub in d.dependencies:
            if sub.call not in (get_session, get_actor) or sub.name is None:
                return None
            names[sub.call] = sub.name
        return cls(
            endpoint=route.endpoint,
            path=list(d.path_params),
            query=list(d.query_params),
            session_name=names.get(get_session),
            actor_name=names.get(get_actor),
            request_name=d.request_param_name,
        )

    def parameters(self, request: Request) -> dict[str, Any] | None:
        """The endpoint's path and query arguments, or None for FastAPI to answer."""
        values: dict[str, Any] = {}
        for where, fields, given in (("path", self.path, request.path_params), ("query", self.query, None)):
            for field in fields:
                raw = given.get(field.alias) if given is not None else request.query_params.get(field.alias)
                if raw is None:
                    if field.field_info.is_required() or field.field_info.validate_default:
                        return None
                    values[field.name] = copy.deepcopy(field.default)
                    continue
                value, errors = field.validate(raw, values, loc=(where, field.alias))
                if errors:
                    return None
                values[field.name] = value
        return values


class HotReadRoute(APIRoute):
    """The route class of every router: FastAPI's handler, or the lean path for ``@hot_read``."""

    def get_route_handler(self) -> Handler:
        standard = super().get_route_handler()
        plan = _Plan.of(self) if getattr(self.endpoint, HOT, False) else None
        if plan is None:
            return standard

        async def handler(request: Request) -> Response:
            values = plan.parameters(request)
            if values is None:
                return await standard(request)
            if plan.request_name:
                values[plan.request_name] = request
            async with _session_scope(request) as session:
                if plan.session_name:
                    values[plan.session_name] = session
                if plan.actor_name:
                    token = await oauth2(request)
                    values[plan.actor_name] = await get_actor(session, request.app.state.settings, token)
                response = await plan.endpoint(**values)
            if not isinstance(response, Response):
                raise TypeError(f"{plan.endpoint.__name__} is a hot read and must answer a Response")
            return response

        return handler
