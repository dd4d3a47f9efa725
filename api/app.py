"""create_app(settings): routers, problem handlers, middleware — nothing else."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST

from api import concurrency, problems, storage
from api.db.engine import make_engine, make_read_sessionmaker, make_sessionmaker, resolve_database_url
from api.metrics import Metrics
from api.middleware import ConditionalGetMiddleware, RequestContextMiddleware
from api.openapi import finish as finish_contract
from api.openapi import package_version
from api.routers import (
    audit,
    auth,
    blocks,
    budgets,
    calendars,
    communications,
    conferences,
    decisions,
    delegates,
    deletions,
    documents,
    events,
    health,
    movements,
    nominations,
    plans,
    submissions,
    units,
    users,
    vocabulary,
    webhooks,
)
from api.schemas.common import ProblemSchema
from api.services.health import head_revision
from api.services.users import ensure_first_admin
from api.settings import Settings, get_settings

log = logging.getLogger("dhtt")
API_PREFIX = "/api/v1"
DOCS_STATIC = Path(fastapi_offline.__file__).parent / "static"

DESCRIPTION = """\
REST API for the advanced-exemplar conferences (Hội nghị điển hình tiên tiến) of Plan
187/KH-UBND and the plans that follow it. Errors are RFC 9457 problems carrying a `code` and,
where a rule applies, its `rule` ID; Vietnamese by default, English with `Accept-Language: en`.
Lists are keyset-paginated (`limit`, `cursor` → `next_cursor`). Single resources carry a strong
`ETag`; PATCH/PUT/DELETE honour `If-Match`; creating POSTs honour `Idempotency-Key`.
"""


def _operation_id(route: APIRoute) -> str:
    return route.name


def render_openapi(app: FastAPI) -> bytes:
    """The contract exactly as committed under openapi/: sorted keys, UTF-8, indented."""
    return (json.dumps(app.openapi(), sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


def _document_global_problems(schema: dict[str, Any]) -> None:
    """Problems any operation can give, whatever its handler: 503 when the database is away,
    413 when a body exceeds the limit."""
    problem = {"content": {problems.PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            answers = operation.setdefault("responses", {})
            answers.setdefault("503", {"description": "Service unavailable (service_unavailable)", **problem})
            if "requestBody" in operation:
                answers.setdefault("413", {"description": "Payload too large (payload_too_large)", **problem})


def warn_on_defaults(settings: Settings) -> None:
    """At start-up: a WARNING line for each built-in secret development runs on."""
    for warning in settings.default_warnings():
        log.warning("%s", warning)


async def _inprocess_worker(settings: Settings, url: str) -> None:
    """F2 — ``dhtt serve`` delivers webhooks itself (one command runs the whole service)."""
    from api.worker import DeliveryWorker

    try:
        await DeliveryWorker(settings, url).run()
    except asyncio.CancelledError:
        raise
    except Exception:  # not migrated yet, or the queue away: the API still serves
        log.exception("the in-process webhook worker stopped")


def create_app(settings: Settings | None = None, *, database_url: str | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        warn_on_defaults(settings)
        concurrency.configure({concurrency.Work.PASSWORDS: settings.password_threads})
        url = database_url or resolve_database_url(settings)
        engine = make_engine(url, pool_size=settings.db_pool_size)
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        app.state.read_sessionmaker = make_read_sessionmaker(engine)
        app.state.head_revision = head_revision()
        app.state.storage = storage.from_settings(settings)
        try:
            async with app.state.sessionmaker() as session:
                if await ensure_first_admin(
                    session, settings.admin_username, settings.admin_password.get_secret_value()
                ):
                    log.info("created the first district admin %r", settings.admin_username)
                await session.commit()
        except Exception as exc:  # not migrated yet: /readyz says so
            log.warning("first admin not ensured: %s", type(exc).__name__)
        lag_watch = asyncio.create_task(metrics.watch_loop_lag())
        # F2 — the delivery worker, in-process unless production runs ``dhtt worker`` apart
        deliveries = asyncio.create_task(_inprocess_worker(settings, url)) if settings.inprocess_worker else None
        try:
            yield
        finally:
            lag_watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await lag_watch
            if deliveries is not None:
                deliveries.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await deliveries
            metrics.close()
        await engine.dispose()

    app = FastAPI(
        title="dhtt — Hội nghị điển hình tiên tiến",
        version=package_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        generate_unique_id_function=_operation_id,
    )
    app.state.settings = settings
    problems.install(app)

    api_routers = (
        auth.router,
        users.router,
        plans.router,
        units.router,
        blocks.router,
        conferences.router,
        delegates.router,
        nominations.router,
        decisions.router,
        submissions.router,
        budgets.router,
        movements.router,
        communications.router,
        communications.plans_router,
        audit.router,
        vocabulary.router,
        deletions.router,
        documents.router,
        calendars.router,
        events.router,
        webhooks.router,
    )
    for router in api_routers:
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(health.router)

    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = ProblemSchema.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        for name, sub in (
            ProblemSchema.model_json_schema(ref_template="#/components/schemas/{model}").get("$defs", {}).items()
        ):
            schema["components"]["schemas"][name] = sub
        schema["components"]["schemas"]["Problem"].pop("$defs", None)
        _document_global_problems(schema)
        finish_contract(schema, [route for router in (*api_routers, health.router) for route in router.routes])
        app.openapi_schema = schema
        return schema

    app.openapi = custom_openapi  # type: ignore[method-assign]  # FastAPI's documented override

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_json() -> Response:
        return Response(render_openapi(app), media_type="application/json")

    app.mount("/static/docs", StaticFiles(directory=DOCS_STATIC), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=app.title,
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon.png",
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/openapi.json",
            title=app.title,
            redoc_js_url="/static/docs/redoc.standalone.js",
            redoc_favicon_url="/static/docs/favicon.png",
            with_google_fonts=False,
        )

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "Idempotency-Key",
                "Accept-Language",
                "X-Request-ID",
            ],
            expose_headers=["ETag", "Location", "X-Request-ID", "Retry-After"],
        )
    metrics = Metrics(app)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        """This process's metrics, or every worker's when they share a folder (api.metrics)."""
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    # The operations that take files, by operation id; every other body is held to request_max_bytes.
    body_limits = {
        "upload_attachment": settings.attachment_max_bytes,
        "upload_activity_attachment": settings.attachment_max_bytes,
        "import_delegates": settings.import_max_bytes,
    }
    missing = body_limits.keys() - {r.name for router in api_routers for r in router.routes if isinstance(r, APIRoute)}
    if missing:
        raise RuntimeError(f"body limits name unknown operations: {sorted(missing)}")
    app.add_middleware(ConditionalGetMiddleware)  # inside: the access log sees the 304
    app.add_middleware(
        RequestContextMiddleware, max_body_bytes=settings.request_max_bytes, body_limits=body_limits, metrics=metrics
    )
    return app
