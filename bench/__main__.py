"""Province-scale benchmark of the service against a tuned reference, measured in one run.

    uv run python -m bench --scale 1 --json out.json [--markdown table.md] [--baseline scale1.json]

Scale 1 is a province (2,000 units, 300,000 delegates, 50,000 nominations, 20,000 submissions);
0.1 is a quick run, 10 measures growth, 0.01 is the CI smoke. The run:

1. starts a fresh embedded PostgreSQL in a temporary folder, migrates it (api.db.migrate) and
   loads the deterministic dataset with COPY (bench/dataset.py);
2. starts the service (``dhtt serve``, one uvicorn worker unless ``--workers``) and the reference (bench/reference.py,
   as many workers) on 127.0.0.1, both on the server stack ``dhtt serve`` picks (uvloop and
   httptools);
3. drives every scenario against both from a separate process (bench/driver.py), bounded in time;
4. measures the service worker's RSS after the run and while it exports the biggest list;
5. writes the JSON, prints the table and checks the issue's targets (bench/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil

from api.cli import server_stack
from bench.dataset import Manifest, load, plain_dsn

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-secret-key-that-is-long-enough-0000"
ADMIN_PASSWORD = "Bench-admin-2024"

# name → (kind, how it should grow with the data, what one operation is)
SCENARIOS: dict[str, tuple[str, str, str]] = {
    "delegates_page": ("read", "paged", "GET a conference's delegates, a page of 200"),
    "conference_compliance": ("read", "per_conference", "GET a conference, then its compliance"),
    "nomination_stats": ("read", "district", "GET /nominations/stats for the district (its admin)"),
    "unit_search": ("read", "paged", "GET /units?q= (folded prefix search), a page of 50"),
    "unit_plan_status": ("read", "district", "GET /plans/{id}/unit-plan-status for the district's plan"),
    "audit_events": ("read", "paged", "GET /audit-events, the first page of 50 (district admin)"),
    "province_areas": (
        "read",
        "district",
        "GET /plans/{province plan}/areas: every district's figures in one call (province admin)",
    ),
    "add_delegate": ("write", "per_conference", "POST one delegate (A1–A9 checks, row lock), 20 writers"),
    "import_delegates": ("write", "fixed", "POST /delegates/import of 10,000 rows (JSON array)"),
}
READS = [n for n, (kind, _, _) in SCENARIOS.items() if kind == "read"]
TARGETS = {
    "read_ratio": 0.8,
    "p95_ms": 50.0,  # compliance and stats, at scale 1
    "import_seconds": 1.0,  # issue 13
    "growth": 2.0,
    "rss_mb": 150.0,
    "export_growth_mb": 20.0,  # "memory flat" while exporting 100,000 rows
}


# --- processes --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {timeout} s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def process(cmd: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def rss_mb(pid: int) -> float:
    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def postgres(pgdata: Path) -> tuple[str, int, str]:
    """The embedded server (stopped when this process exits), a fresh database: (url, postmaster pid, version)."""
    from api.db.embedded import ensure_database

    url = ensure_database(pgdata, "dhtt_bench")

    async def facts() -> tuple[int, str]:
        import asyncpg

        conn = await asyncpg.connect(plain_dsn(url))
        try:
            backend = await conn.fetchval("SELECT pg_backend_pid()")
            version = await conn.fetchval("SHOW server_version")
            postmaster = psutil.Process(backend).ppid()
        finally:
            await conn.close()
        return postmaster, str(version)

    postmaster, version = asyncio.run(facts())
    return url, postmaster, version


def login(base: str, username: str, password: str) -> str:
    r = httpx.post(
        f"{base}/api/v1/auth/token",
        data={"grant_type": "password", "username": username, "password": password},
        timeout=30,
    )
    r.raise_for_status()
    return str(r.json()["access_token"])


def drive(spec: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """One scenario against one server, from a separate process."""
    name = f"{spec['scenario']}-{spec['tag']}"
    spec_path, out_path = workdir / f"{name}.spec.json", workdir / f"{name}.out.json"
    spec_path.write_text(json.dumps(spec))
    limit = spec["warmup"] + spec["duration"] + spec.get("solo", 0) + 300
    subprocess.run(
        [sys.executable, "-m", "bench.driver", str(spec_path), str(out_path)], cwd=ROOT, check=True, timeout=limit
    )
    return dict(json.loads(out_path.read_text()))


def export_check(base: str, token: str, conference_id: str, pid: int) -> dict[str, Any]:
    """Stream a whole list as CSV while sampling the server's RSS every 10 ms."""
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        proc = psutil.Process(pid)
        while not done.is_set():
            samples.append(proc.memory_info().rss / 2**20)
            time.sleep(0.01)

    before = rss_mb(pid)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    size = 0
    lines = 0
    first_byte = None
    with httpx.stream(
        "GET",
        f"{base}/api/v1/conferences/{conference_id}/delegates/export",
        params={"format": "csv"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=600,
    ) as response:
        status = response.status_code
        for chunk in response.iter_bytes():
            if first_byte is None:
                first_byte = time.perf_counter() - started
            size += len(chunk)
            lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    peak = max(samples or [before])
    return {
        "status": status,
        "rows": max(lines - 1, 0),
        "bytes": size,
        "seconds": round(seconds, 2),
        "first_byte_seconds": round(first_byte or seconds, 3),
        "rss_before_mb": before,
        "rss_peak_mb": round(peak, 1),
        "rss_after_mb": rss_mb(pid),
        "growth_mb": round(peak - before, 1),
    }


# --- the run ----------------------------------------------------------------------------------


def defaults(scale: float) -> dict[str, Any]:
    big = scale >= 0.1
    return {
        "duration": 8.0 if scale >= 1 else (4.0 if big else 1.0),
        "warmup": 1.5 if big else 0.3,
        "solo": 2.0 if big else 0.0,
        "import_rows": 10_000 if big else 500,
        "import_repeats": 3 if big else 1,
        "rounds": 2 if big else 1,
    }


def scenario_params(name: str, m: Manifest, tag: str, args: argparse.Namespace) -> dict[str, Any]:
    d1 = m.districts[0]
    if name in ("delegates_page", "conference_compliance"):
        return {"conferences": m.read_conferences, "limit": 200}
    if name == "add_delegate":
        return {"conferences": m.write_conferences}
    if name == "import_delegates":
        half = len(m.import_targets) // 2
        targets = m.import_targets[:half] if tag == "service" else m.import_targets[half:]
        return {"targets": targets[: args.import_repeats], "rows": args.import_rows}
    if name == "unit_search":
        return {"queries": m.unit_queries}
    if name == "unit_plan_status":
        return {"plan_id": d1.plan_id}
    if name == "province_areas":
        return {"plan_id": m.province_plan_id, "limit": 50}
    return {}


def pct(values_ms: list[float], q: float) -> float | None:
    if not values_ms:
        return None
    ordered = sorted(values_ms)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def merge(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Several rounds of one scenario on one server as one measurement (latencies pooled)."""
    latencies = [x for r in runs for x in r["latencies_ms"]]
    parts: dict[str, list[float]] = {}
    for r in runs:
        for name, values in r["parts_ms"].items():
            parts.setdefault(name, []).extend(values)
    seconds = sum(r["seconds"] for r in runs)
    statuses: dict[str, int] = {}
    for r in runs:
        for k, v in r["statuses"].items():
            statuses[k] = statuses.get(k, 0) + v
    cpu = {
        k: round(sum(r["cpu_percent"][k] * r["seconds"] for r in runs) / (seconds or 1), 1)
        for k in runs[0]["cpu_percent"]
    }
    out = {
        "rounds": len(runs),
        "ops": len(latencies),
        "errors": sum(r["errors"] for r in runs),
        "statuses": statuses,
        "first_error": next((r["first_error"] for r in runs if r["first_error"]), None),
        "seconds": round(seconds, 3),
        "rps": round(len(latencies) / seconds, 2) if seconds else None,
        "rps_per_round": [r["rps"] for r in runs],
        "p50_ms": pct(latencies, 0.50),
        "p95_ms": pct(latencies, 0.95),
        "p99_ms": pct(latencies, 0.99),
        "max_ms": pct(latencies, 1.0),
        "parts": {k: {"p50_ms": pct(v, 0.5), "p95_ms": pct(v, 0.95)} for k, v in parts.items()}
        if len(parts) > 1
        else {},
        "cpu_percent": cpu,
        # the server's own CPU per operation: robust to whatever else shares the machine
        "cpu_ms_per_op": round(10 * cpu["server"] * seconds / len(latencies), 2) if latencies else None,
        "concurrency": runs[0]["concurrency"],
    }
    solo = [r["solo"] for r in runs if "solo" in r]
    if solo:
        out["solo"] = solo[-1]
    return out


def run_scenarios(
    args: argparse.Namespace, m: Manifest, bases: dict[str, str], pids: dict[str, int], db_pid: int, workdir: Path
) -> dict[str, Any]:
    """Each scenario on the service and on the reference, in interleaved rounds (A B, B A, …) so
    that whatever else loads the machine meanwhile weighs on both alike."""
    results: dict[str, Any] = {}
    admin = m.districts[0].admin
    tokens = {tag: login(bases["service"], admin, m.password) for tag in bases}
    province_tokens = {tag: login(bases["service"], m.province_admin, m.password) for tag in bases}
    for name in args.scenarios:
        kind, growth, what = SCENARIOS[name]
        rounds = 1 if name == "import_delegates" else args.rounds
        runs: dict[str, list[dict[str, Any]]] = {"service": [], "reference": []}
        for n in range(rounds):
            order = ("service", "reference") if n % 2 == 0 else ("reference", "service")
            for tag in order:
                spec: dict[str, Any] = {
                    "scenario": name,
                    "tag": tag,
                    "base_url": bases[tag],
                    "token": (province_tokens if name == "province_areas" else tokens)[tag],
                    "params": scenario_params(name, m, tag, args),
                    "watch_pids": {"server": pids[tag], "db": db_pid},
                    "concurrency": args.concurrency,
                    "warmup": args.warmup,
                    "duration": args.duration / rounds,
                    "solo": args.solo if kind == "read" and n == rounds - 1 else 0,
                    "round": n,
                }
                if name == "add_delegate":
                    spec["concurrency"] = args.writers
                if name == "import_delegates":
                    spec.update(
                        concurrency=1,
                        warmup=0,
                        duration=max(args.duration, 60.0) * 4,
                        max_ops=len(spec["params"]["targets"]),
                    )
                print(f"  {name:<22} {tag:<9} round {n + 1}/{rounds} …", end="", flush=True)
                r = drive(spec, workdir)
                runs[tag].append(r)
                cpu = r["cpu_percent"]
                print(
                    f" {r['rps']} ops/s  p50 {r['p50_ms']} ms  p95 {r['p95_ms']} ms  errors {r['errors']}"
                    f"  cpu server {cpu['server']} db {cpu['db']} other {cpu['other']}",
                    flush=True,
                )
        s, ref = merge(runs["service"]), merge(runs["reference"])
        ratio = round(s["rps"] / ref["rps"], 3) if s["rps"] and ref["rps"] else None
        results[name] = {
            "what": what,
            "kind": kind,
            "growth_class": growth,
            "concurrency": s["concurrency"],
            "service_rps": s["rps"],
            "reference_rps": ref["rps"],
            "ratio": ratio,
            "p50_ms": s["p50_ms"],
            "p95_ms": s["p95_ms"],
            "reference_p50_ms": ref["p50_ms"],
            "reference_p95_ms": ref["p95_ms"],
            "cpu_ms_per_op": s["cpu_ms_per_op"],
            "reference_cpu_ms_per_op": ref["cpu_ms_per_op"],
            "cpu_ratio": round(ref["cpu_ms_per_op"] / s["cpu_ms_per_op"], 3)
            if s["cpu_ms_per_op"] and ref["cpu_ms_per_op"]
            else None,
            "p50_ms_solo": s.get("solo", {}).get("p50_ms"),
            "p95_ms_solo": s.get("solo", {}).get("p95_ms"),
            "errors": s["errors"],
            "service": s,
            "reference": ref,
        }
    return results


def evaluate(out: dict[str, Any], baseline: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The issue's targets, each with the measured value and whether it holds."""
    checks: list[dict[str, Any]] = []
    sc = out["scenarios"]
    at_scale_1 = abs(out["scale"] - 1) < 1e-9

    def add(target: str, value: Any, limit: Any, ok: bool | None, note: str = "") -> None:
        checks.append({"target": target, "value": value, "limit": limit, "ok": ok, "note": note})

    for name in READS:
        if name in sc and sc[name]["ratio"] is not None:
            add(
                f"{name}: service/reference ≥ 0.8",
                sc[name]["ratio"],
                TARGETS["read_ratio"],
                sc[name]["ratio"] >= TARGETS["read_ratio"],
            )
    for name in ("conference_compliance", "nomination_stats"):
        if name in sc and sc[name]["p95_ms"] is not None:
            value = sc[name]["p95_ms"]
            if name == "conference_compliance" and sc[name]["service"]["parts"]:
                value = sc[name]["service"]["parts"]["compliance"]["p95_ms"]
            add(
                f"{name}: p95 ≤ 50 ms (c={sc[name]['concurrency']})",
                value,
                TARGETS["p95_ms"],
                value <= TARGETS["p95_ms"] if at_scale_1 else None,
                "" if at_scale_1 else "the target is set at scale 1",
            )
            solo = sc[name]["p95_ms_solo"]
            solo_parts = sc[name]["service"].get("solo", {}).get("parts") or {}
            if name == "conference_compliance" and solo_parts:
                solo = solo_parts["compliance"]["p95_ms"]
            if solo is not None:
                add(
                    f"{name}: p95 ≤ 50 ms (one client)",
                    solo,
                    TARGETS["p95_ms"],
                    solo <= TARGETS["p95_ms"] if at_scale_1 else None,
                    "" if at_scale_1 else "the target is set at scale 1",
                )
    if "import_delegates" in sc and sc["import_delegates"]["service"]["max_ms"] is not None:
        rows = out["settings"]["import_rows"]
        worst = round(sc["import_delegates"]["service"]["max_ms"] / 1000, 3)
        add(
            f"import of {rows:,} rows ≤ {TARGETS['import_seconds']:g} s "
            f"(slowest of {sc['import_delegates']['service']['ops']})",
            worst,
            TARGETS["import_seconds"],
            worst <= TARGETS["import_seconds"] if rows >= 10_000 else None,
            "" if rows >= 10_000 else "fewer rows than the target's 10,000",
        )
    if "rss_after_run_mb" in out.get("memory", {}):
        rss = out["memory"]["rss_after_run_mb"]
        add("service worker RSS after the run ≤ 150 MB", rss, TARGETS["rss_mb"], rss <= TARGETS["rss_mb"])
    export = out.get("export", {}).get("service")
    if export:
        big = export["rows"] >= 100_000
        add(
            f"export of {export['rows']:,} rows: RSS growth ≤ 20 MB (streamed)",
            export["growth_mb"],
            TARGETS["export_growth_mb"],
            export["growth_mb"] <= TARGETS["export_growth_mb"] if big else None,
            "" if big else "fewer than 100,000 rows at this scale",
        )
    if baseline:
        base = baseline["scenarios"]
        for name, r in sc.items():
            if r["growth_class"] not in ("paged", "per_conference") or name not in base:
                continue
            b = base[name]
            cost = round(b["service_rps"] / r["service_rps"], 2) if r["service_rps"] and b["service_rps"] else None
            p50 = round(r["p50_ms"] / b["p50_ms"], 2) if r["p50_ms"] and b["p50_ms"] else None
            cpu = (
                round(r["cpu_ms_per_op"] / b["cpu_ms_per_op"], 2)
                if r.get("cpu_ms_per_op") and b.get("cpu_ms_per_op")
                else None
            )
            add(
                f"{name}: cost at scale {out['scale']:g} ≤ 2× scale {baseline['scale']:g} (1/rps)",
                cost,
                TARGETS["growth"],
                cost <= TARGETS["growth"] if cost is not None else None,
                f"p50 ×{p50}, server CPU per op ×{cpu}",
            )
    return checks


def table(out: dict[str, Any]) -> str:
    rows = [
        "| scenario | c | service ops/s | reference ops/s | ratio | p50 ms | p95 ms | p95 ms, 1 client "
        "| ref p50 ms | ref p95 ms | server CPU ms/op service / ref | CPU % service / db / driver / other | errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in out["scenarios"].items():
        cpu = r["service"].get("cpu_percent", {})
        rows.append(
            f"| {name} | {r['concurrency']} | {r['service_rps']} | {r['reference_rps']} | {r['ratio']} "
            f"| {r['p50_ms']} | {r['p95_ms']} | {r['p95_ms_solo'] if r['p95_ms_solo'] is not None else '–'} "
            f"| {r['reference_p50_ms']} | {r['reference_p95_ms']} "
            f"| {r['cpu_ms_per_op']} / {r['reference_cpu_ms_per_op']} "
            f"| {cpu.get('server', '–')} / {cpu.get('db', '–')} / {cpu.get('driver', '–')} / {cpu.get('other', '–')} "
            f"| {r['errors']} |"
        )
    lines = ["\n".join(rows), "", "| target | value | limit | holds |", "|---|---|---|---|"]
    for c in out["targets"]:
        mark = {True: "yes", False: "**no**", None: "n/a"}[c["ok"]]
        note = f" ({c['note']})" if c["note"] else ""
        lines.append(f"| {c['target']} | {c['value']} | {c['limit']} | {mark}{note} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="1 = a province (default); 0.1 quick; 10 growth")
    parser.add_argument("--json", type=Path, required=True, help="where to write the results")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown")
    parser.add_argument("--baseline", type=Path, help="a previous run's JSON (scale 1) to compare growth against")
    parser.add_argument("--duration", type=float, help="recorded seconds per scenario and server")
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn workers of each server (default 1; all their CPU counted)"
    )
    parser.add_argument("--warmup", type=float, help="unrecorded seconds before each")
    parser.add_argument("--solo", type=float, help="seconds of one client after each read scenario (0: skip)")
    parser.add_argument("--rounds", type=int, help="interleaved service/reference rounds per scenario")
    parser.add_argument("--concurrency", type=int, default=4, help="clients for the read scenarios (default 4)")
    parser.add_argument("--writers", type=int, default=20, help="clients adding delegates (default 20)")
    parser.add_argument("--import-rows", type=int)
    parser.add_argument("--import-repeats", type=int)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated subset")
    parser.add_argument("--no-export", action="store_true", help="skip the export memory check")
    parser.add_argument("--log-level", default="INFO", help="the service's log level (default INFO, as deployed)")
    parser.add_argument("--workdir", type=Path, help="keep the database and logs here (default: a temp folder)")
    args = parser.parse_args(argv)
    for key, value in defaults(args.scale).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    args.import_repeats = min(args.import_repeats, 4)  # the dataset keeps 8 empty conferences, 4 per server

    keep = args.workdir is not None
    workdir = (args.workdir or Path(tempfile.mkdtemp(prefix="dhtt-bench-"))).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    command = "uv run python -m bench " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"bench: scale {args.scale:g}, work folder {workdir}", flush=True)
    try:
        url, db_pid, pg_version = postgres(workdir / "pgdata")
        from api.db.migrate import upgrade

        t = time.perf_counter()
        upgrade(url)
        migrate_seconds = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        manifest = asyncio.run(load(url, args.scale))
        load_total = round(time.perf_counter() - t, 2)
        print(f"  dataset: {manifest.counts} in {load_total} s", flush=True)
        (workdir / "manifest.json").write_text(json.dumps(manifest.to_json(), ensure_ascii=False))

        ports = {"service": free_port(), "reference": free_port()}
        bases = {tag: f"http://127.0.0.1:{port}" for tag, port in ports.items()}
        env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_")}
        service_env = env | {
            "DHTT_DATABASE_URL": url,
            "DHTT_SECRET_KEY": SECRET,
            "DHTT_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "DHTT_DATA_DIR": str(workdir / "data"),
            "DHTT_LOG_LEVEL": args.log_level,
            "DHTT_ACCESS_TOKEN_MINUTES": "600",
            "DHTT_IMPORT_MAX_ROWS": "20000",  # the import target is 10,000 rows
        }
        reference_env = env | {"DHTT_BENCH_DSN": plain_dsn(url), "DHTT_BENCH_SECRET": SECRET}
        service_cmd = [
            sys.executable,
            "-m",
            "api.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(ports["service"]),
            "--workers",
            str(args.workers),
        ]
        stack = server_stack()
        reference_cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.reference:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(ports["reference"]),
            "--workers",
            str(args.workers),
            "--no-access-log",
            "--log-level",
            "warning",
            # the same server stack as ``dhtt serve``
            "--loop",
            stack["loop"],
            "--http",
            stack["http"],
        ]
        with (
            process(service_cmd, service_env, workdir / "service.log") as service,
            process(reference_cmd, reference_env, workdir / "reference.log") as reference,
        ):
            wait_http(f"{bases['service']}/readyz", 60, service, workdir / "service.log")
            wait_http(f"{bases['reference']}/healthz", 60, reference, workdir / "reference.log")
            serializer = httpx.get(f"{bases['reference']}/healthz").json()["serializer"]
            pids = {"service": service.pid, "reference": reference.pid}
            rss_start = {tag: rss_mb(pid) for tag, pid in pids.items()}
            scenarios = run_scenarios(args, manifest, bases, pids, db_pid, workdir)
            memory = {
                "rss_at_start_mb": rss_start["service"],
                "rss_after_run_mb": rss_mb(pids["service"]),
                "reference_rss_after_run_mb": rss_mb(pids["reference"]),
            }
            export: dict[str, Any] = {}
            if not args.no_export:
                token = login(bases["service"], manifest.districts[0].admin, manifest.password)
                for tag in ("service", "reference"):
                    export[tag] = export_check(bases[tag], token, manifest.giant_conference_id, pids[tag])
                    print(f"  export {tag}: {export[tag]}", flush=True)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)

    memory_gib = round(psutil.virtual_memory().total / 2**30, 1)
    out: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": command,
        "scale": args.scale,
        "machine": {
            "cores": os.cpu_count(),
            "memory_gib": memory_gib,
            "python": platform.python_version(),
            "postgresql": pg_version,
            "platform": platform.platform(),
        },
        "server_stack": server_stack(),
        "settings": {
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "solo_s": args.solo,
            "rounds": args.rounds,
            "read_concurrency": args.concurrency,
            "writers": args.writers,
            "import_rows": args.import_rows,
            "import_repeats": args.import_repeats,
            "service_log_level": args.log_level,
            "reference_serializer": serializer,
            "workers": args.workers,
            "client": "httpx, HTTP/1.1 keep-alive, one connection per client",
        },
        "dataset": {
            "counts": manifest.counts,
            "load_seconds": manifest.load_seconds,
            "total_seconds": load_total,
            "migrate_seconds": migrate_seconds,
            "giant_list": manifest.giant_delegates,
        },
        "scenarios": scenarios,
        "memory": memory,
        "export": export,
        "run_seconds": round(time.perf_counter() - started, 1),
    }
    baseline = json.loads(args.baseline.read_text()) if args.baseline else None
    if baseline:
        out["baseline"] = {"scale": baseline["scale"], "date": baseline["date"]}
    out["targets"] = evaluate(out, baseline)
    args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    rendered = table(out)
    print()
    print(rendered)
    if args.markdown:
        header = (
            f"Scale {args.scale:g} — {out['date'][:10]}, {out['machine']['cores']} cores, {memory_gib} GiB, "
            f"Python {out['machine']['python']}, PostgreSQL {pg_version}, uvicorn with "
            f"{out['server_stack']['loop']} and {out['server_stack']['http']} (both servers)\n\n"
            f"Command: `{command}`\n\n"
        )
        args.markdown.write_text(header + rendered + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
