"""``dhtt serve | worker | migrate | seed-demo | demo | openapi``."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from pydantic import ValidationError

from api.logs import configure as configure_logging
from api.logs import logging_config
from api.settings import Settings, get_settings, settings_errors

ROOT = Path(__file__).resolve().parents[1]


def _database_url(settings: Settings) -> str:
    from api.db.engine import resolve_database_url

    return resolve_database_url(settings)


def cmd_migrate(settings: Settings) -> None:
    from api.db.migrate import upgrade

    upgrade(_database_url(settings))
    print("database at head")


async def _seed(url: str, reset: bool) -> dict[str, str] | None:
    from api.db.engine import make_engine, make_sessionmaker
    from api.services.demo import reset_demo_passwords, seed_demo

    engine = make_engine(url, pool_size=1)
    try:
        async with make_sessionmaker(engine)() as session:
            passwords = await seed_demo(session)
            if passwords is None and reset:
                passwords = await reset_demo_passwords(session)
            await session.commit()
            return passwords
    finally:
        await engine.dispose()


def cmd_seed(settings: Settings, reset: bool = False) -> None:
    passwords = asyncio.run(_seed(_database_url(settings), reset))
    if passwords is None:
        print("demo already seeded (dhtt seed-demo --reset-passwords prints new passwords)")
        return
    print("Demo accounts — passwords are shown only now / mật khẩu chỉ hiển thị lần này:")
    for username, password in passwords.items():
        print(f"  {username:<20} {password}")


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def server_stack() -> dict[str, str]:
    """uvicorn[standard]'s event loop and HTTP parser, uvloop and httptools (bench/RESULTS.md);
    the plain asyncio loop and h11 only where they cannot be installed (uvloop: not on Windows)."""
    return {
        "loop": "uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
        "http": "httptools" if importlib.util.find_spec("httptools") else "h11",
    }


def metrics_folder(settings: Settings, workers: int) -> tuple[Path | None, bool]:
    """The folder the workers share their metrics through (api.metrics), and whether it was made
    here: the one configured (DHTT_METRICS_DIR or PROMETHEUS_MULTIPROC_DIR), else, for more than
    one worker, a fresh temporary one (removed at exit). Exported before any worker starts."""
    given = settings.metrics_dir or (
        Path(os.environ["PROMETHEUS_MULTIPROC_DIR"]) if os.environ.get("PROMETHEUS_MULTIPROC_DIR") else None
    )
    if given is None and workers <= 1:
        return None, False
    folder = given or Path(tempfile.mkdtemp(prefix="dhtt-metrics-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["DHTT_METRICS_DIR"] = os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)
    return folder, given is None


def cmd_serve(settings: Settings, host: str, port: int, workers: int) -> None:
    import uvicorn

    from api.db.embedded import stop_embedded

    # uvicorn drains on SIGTERM/SIGINT, puts back the handler it found and raises the signal
    # again: with the default handler SIGTERM would kill this process outright, skipping every
    # atexit hook (pgserver's too) and leaving the embedded PostgreSQL running. With this
    # handler instead, it exits normally, with the shell's code for the signal.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGINT, _exit_on_signal)
    metrics_dir, made_here = metrics_folder(settings, workers)
    try:
        # Resolve once here: the embedded server lives as long as this (parent) process.
        os.environ["DHTT_DATABASE_URL"] = _database_url(settings)
        get_settings.cache_clear()
        print(f"serving on http://{host}:{port}  (docs: /docs, contract: /openapi.json)", flush=True)
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            **server_stack(),  # type: ignore[arg-type]  # uvicorn's Literal names
            log_level=settings.log_level.lower(),
            log_config=logging_config(settings.log_level),
            access_log=False,
            timeout_graceful_shutdown=20,
            proxy_headers=True,
            # The proxies whose X-Forwarded-For names the caller: login throttling is per address.
            forwarded_allow_ips=settings.forwarded_allow_ips,
        )
    finally:
        stop_embedded()
        if made_here and metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)


async def _work(settings: Settings, url: str) -> None:
    from api.worker import DeliveryWorker

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print("webhook worker running (SIGTERM or Ctrl+C stops it after the delivery under way)", flush=True)
    await DeliveryWorker(settings, url).run(stop)


def cmd_worker(settings: Settings) -> None:
    """F2 — the webhook delivery worker, apart from the API (production: DHTT_INPROCESS_WORKER=false)."""
    from api.db.embedded import stop_embedded

    try:
        asyncio.run(_work(settings, _database_url(settings)))
    finally:
        stop_embedded()


def cmd_openapi(path: Path) -> None:
    from api.app import create_app, render_openapi

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_openapi(create_app()))
    print(f"wrote {path}")


def _unreachable(exc: BaseException) -> bool:
    """The database cannot be reached or entered (no server, no such database, refused login)."""
    import asyncpg
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError) and exc.orig is not None:  # the driver's own error underneath
        exc = exc.orig.__cause__ or exc.orig
    return isinstance(
        exc,
        (
            OSError,
            asyncpg.InvalidCatalogNameError,
            asyncpg.InvalidAuthorizationSpecificationError,
            asyncpg.CannotConnectNowError,
        ),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="dhtt", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("serve", "demo"):
        p = sub.add_parser(name, help="serve the API" if name == "serve" else "migrate, seed the demo, serve")
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=8000)
        p.add_argument("--workers", type=int, default=1)
    sub.add_parser("worker", help="run the background worker: webhook deliveries (F2), the daily file sweep (S6)")
    sub.add_parser("migrate", help="upgrade the database to the latest migration")
    seed = sub.add_parser("seed-demo", help="migrate, then seed the plan-187 demo (idempotent)")
    seed.add_argument("--reset-passwords", action="store_true", help="print new demo passwords")
    op = sub.add_parser("openapi", help="write the contract")
    op.add_argument("--output", type=Path, default=ROOT / "openapi" / "openapi.json")
    args = parser.parse_args(argv)

    try:
        settings = get_settings()
    except ValidationError as exc:
        for line in settings_errors(exc):
            print(f"dhtt: configuration refused: {line}", file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings.log_level)
    if args.command in ("serve", "demo"):
        for warning in settings.default_warnings():
            print(f"WARNING: {warning}", file=sys.stderr, flush=True)
    try:
        _run(args, settings)
    except Exception as exc:
        if not _unreachable(exc):
            raise
        print(f"dhtt: cannot reach the database: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        raise SystemExit(1) from None


def _run(args: argparse.Namespace, settings: Settings) -> None:
    if args.command == "migrate":
        cmd_migrate(settings)
    elif args.command == "seed-demo":
        cmd_migrate(settings)  # a never-migrated database has no tables to seed: migrate first, as demo does
        cmd_seed(settings, args.reset_passwords)
    elif args.command == "serve":
        cmd_serve(settings, args.host, args.port, args.workers)
    elif args.command == "demo":
        cmd_migrate(settings)
        cmd_seed(settings)
        cmd_serve(settings, args.host, args.port, args.workers)
    elif args.command == "worker":
        cmd_worker(settings)
    elif args.command == "openapi":
        cmd_openapi(args.output)


if __name__ == "__main__":
    main()
