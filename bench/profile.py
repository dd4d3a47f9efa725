"""Profile one scenario in the service's own process, with cProfile, on a bench dataset.

    uv run python -m bench --scale 1 --json out.json --workdir /tmp/bench1   # keeps the data
    uv run python -m bench.profile --workdir /tmp/bench1 --scenario conference_compliance

The app is called straight through ASGI (no socket, no client library in the profile), one
operation after another for ``--seconds``; the report lists where the time went, by cumulative
and by own time, and the share spent waiting on PostgreSQL (asyncpg's protocol calls).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import random
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.dataset import Manifest
from bench.driver import Request, Scenario


async def call(app: Any, req: Request, token: str) -> tuple[int, bytes]:
    """One request through the ASGI app, the way uvicorn hands it over."""
    body = req.content if req.content is not None else (json.dumps(req.json).encode() if req.json is not None else b"")
    headers = [(b"host", b"bench"), (b"authorization", f"Bearer {token}".encode())]
    if body:
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": req.method,
        "scheme": "http",
        "path": req.path,
        "raw_path": req.path.encode(),
        "query_string": urlencode(req.params or {}).encode(),
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "root_path": "",
        "state": {},
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


async def run(args: argparse.Namespace) -> str:
    from api.app import create_app
    from api.db.embedded import ensure_database
    from api.settings import Settings
    from bench.__main__ import SECRET, scenario_params

    manifest = Manifest.from_json(json.loads((args.workdir / "manifest.json").read_text()))
    url = ensure_database(args.workdir / "pgdata", "dhtt_bench")
    settings = Settings(
        env="test",
        database_url=url,
        data_dir=args.workdir / "data",
        secret_key=SECRET,  # type: ignore[arg-type]
        log_level="WARNING",
        import_max_rows=max(args.import_rows, 5_000),
    )
    app = create_app(settings, database_url=url)
    ns = argparse.Namespace(import_rows=args.import_rows, import_repeats=1)
    params = scenario_params(args.scenario, manifest, "service", ns)
    scenario = Scenario({"scenario": args.scenario, "tag": "profile", "params": params, "round": 9})
    async with app.router.lifespan_context(app):
        from api.db.users import get_user_by_username
        from api.services.auth import _access_token

        async with app.state.sessionmaker() as session:
            who = manifest.province_admin if args.scenario == "province_areas" else manifest.districts[0].admin
            user = await get_user_by_username(session, who)
            assert user is not None
            token, _ = _access_token(settings, user, frozenset())
        rng = random.Random(1)
        importing = args.scenario == "import_delegates"
        # An import needs an empty list: the few targets are emptied again before each one.
        warmup = min(args.warmup, 2) if importing else args.warmup
        for seq in range(warmup):  # warm caches, prepared statements and the pool
            await _empty_target(app, scenario, seq)
            for req in scenario.op(0, seq, rng):
                await call(app, req, token)
        # The SQL one operation sends, in order (round trips are what the reference saves most).
        from sqlalchemy import event

        statements: list[str] = []

        def log(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            statements.append(" ".join(statement.split())[:160])

        engine = app.state.engine.sync_engine
        await _empty_target(app, scenario, warmup + 10_000)
        event.listen(engine, "before_cursor_execute", log)
        for req in scenario.op(2, warmup + 10_000, rng):
            await call(app, req, token)
        event.remove(engine, "before_cursor_execute", log)
        # CPU of this process per operation, without the profiler's own overhead
        await _empty_target(app, scenario, warmup + 20_000)  # once: an import is measured once
        cpu_started, wall_started, plain_ops = time.process_time(), time.perf_counter(), 0
        while time.perf_counter() - wall_started < min(args.seconds, 5.0) and (not importing or plain_ops < 1):
            for req in scenario.op(3, warmup + 20_000 + plain_ops, rng):
                await call(app, req, token)
            plain_ops += 1
        cpu_per_op = 1000 * (time.process_time() - cpu_started) / plain_ops
        wall_per_op = 1000 * (time.perf_counter() - wall_started) / plain_ops
        profiler = cProfile.Profile()
        ops = 0
        deadline = time.perf_counter() + args.seconds
        started = time.perf_counter()
        profiler.enable()
        while time.perf_counter() < deadline and (not importing or ops < 1):
            profiler.disable()
            await _empty_target(app, scenario, warmup + ops)
            profiler.enable()
            for req in scenario.op(1, warmup + ops, rng):
                status, raw = await call(app, req, token)
                if status >= 300:
                    raise RuntimeError(f"{req.method} {req.path} → {status}: {raw[:300]!r}")
            ops += 1
        profiler.disable()
        elapsed = time.perf_counter() - started
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf)
    buf.write(
        f"{args.scenario}: without the profiler {plain_ops} operations, {wall_per_op:.2f} ms wall and "
        f"{cpu_per_op:.2f} ms CPU of this process each\n"
    )
    buf.write(f"SQL statements of one operation ({len(statements)}; a write adds BEGIN and COMMIT):\n")
    for n, statement in enumerate(statements, 1):
        buf.write(f"  {n:2d}. {statement}\n")
    buf.write("\n")
    buf.write(
        f"{args.scenario}: {ops} operations in {elapsed:.2f} s = {1000 * elapsed / max(ops, 1):.2f} ms each "
        "(under cProfile, one client, no network)\n\n"
    )
    buf.write("Own time (cProfile tottime) by package, of all the time profiled:\n")
    for name, seconds in by_package(stats).items():
        buf.write(
            f"  {name:<28} {100 * seconds / elapsed:5.1f} %   {1000 * seconds / max(ops, 1):7.3f} ms per operation\n"
        )
    buf.write("\n")
    stats.sort_stats("cumulative").print_stats(args.limit)
    stats.sort_stats("tottime").print_stats(args.limit)
    return buf.getvalue()


async def _empty_target(app: Any, scenario: Scenario, seq: int) -> None:
    """Before an import: the delegates of the list it goes to are deleted (a bench database only)."""
    if scenario.name != "import_delegates":
        return
    from sqlalchemy import text

    targets = scenario.p["targets"]
    async with app.state.engine.begin() as conn:
        await conn.execute(
            text("DELETE FROM delegates WHERE conference_id = :cid"), {"cid": targets[seq % len(targets)]}
        )


def by_package(stats: pstats.Stats) -> dict[str, float]:
    """Own time summed per library (site-packages name), per module of the service, per stdlib module."""
    totals: dict[str, float] = {}
    for (filename, _, function), row in stats.stats.items():  # type: ignore[attr-defined]
        own = row[2]
        if "site-packages/" in filename:
            name = filename.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
        elif "/api/" in filename:
            name = "api." + filename.split("/api/", 1)[1].removesuffix(".py").replace("/", ".")
        elif "/bench/" in filename:
            name = "bench (the ASGI caller)"
        elif filename == "~":
            name = "C: " + (function.split("'")[1] if "'" in function else function)
        else:
            name = "stdlib " + Path(filename).stem
        totals[name] = totals.get(name, 0.0) + own
    return dict(sorted(totals.items(), key=lambda kv: -kv[1])[:25])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--workdir", type=Path, required=True, help="the --workdir of a bench run")
    parser.add_argument("--scenario", required=True)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--warmup", type=int, default=20, help="operations before profiling")
    parser.add_argument("--limit", type=int, default=40, help="rows of each listing")
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    report = asyncio.run(run(args))
    if args.output:
        args.output.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
