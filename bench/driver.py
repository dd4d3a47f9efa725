"""The load driver: one scenario against one base URL, in its own process.

    python -m bench.driver SPEC.json OUT.json

A closed loop of ``concurrency`` clients (httpx, HTTP/1.1 keep-alive, one connection each) runs
the scenario's operation over and over: ``warmup`` seconds unrecorded, ``duration`` seconds
recorded, then, for reads, ``solo`` seconds with a single client (latency without queueing).
Every loop is bounded by time and, where given, by ``max_ops``. It writes rps, latency
percentiles, status counts and the CPU the driver, the server and PostgreSQL used meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

API = "/api/v1"
CATEGORIES = ["emulation_soldier", "exemplar", "direct_worker", "good_deed", "hero", "guest", "leader"]
TAG_DIGIT = {"service": "7", "reference": "8", "profile": "3"}
IMPORT_DIGIT = {"service": "5", "reference": "6", "profile": "4"}


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, Any] | None = None
    json: Any = None
    content: bytes | None = None
    expect: int = 200
    part: str = "request"


@dataclass
class Phase:
    latencies: list[float] = field(default_factory=list)
    parts: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    first_error: str | None = None
    elapsed: float = 0.0


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index] * 1000, 2)


def _delegate_body(tag: str, round_: int, worker: int, seq: int, rng: random.Random) -> dict[str, Any]:
    """A new person each time (A7): the national ID spells server, round, client and sequence."""
    return {
        "full_name": f"Nguyễn Văn Thử {round_} {worker:02d} {seq:06d}",
        "gender": "male",
        "birth_date": f"19{60 + rng.randrange(40)}-0{1 + rng.randrange(9)}-1{rng.randrange(9)}",
        "national_id": f"{TAG_DIGIT[tag]}{round_ % 10}{worker:02d}{seq:08d}",
        "ethnicity": "Kinh",
        "position": "Công nhân",
        "category": rng.choice(CATEGORIES),
    }


def import_rows(n: int, tag: str, repeat: int) -> list[dict[str, Any]]:
    """``n`` distinct people (A7) for one import — a third of them without a national ID."""
    digit = IMPORT_DIGIT[tag]
    return [
        {
            "full_name": f"Trần Thị Nhập {digit}{repeat:02d} {i:06d}",
            "gender": "female" if i % 2 else "male",
            "birth_date": f"19{60 + i % 40}-0{1 + i % 9}-1{i % 9}",
            "national_id": f"{digit}{repeat:02d}{i:09d}" if i % 3 else None,
            "ethnicity": "Kinh",
            "position": "Giáo viên",
            "category": CATEGORIES[i % len(CATEGORIES)],
        }
        for i in range(n)
    ]


class Scenario:
    """The requests of one operation of a scenario."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.name: str = spec["scenario"]
        self.tag: str = spec["tag"]
        self.round: int = int(spec.get("round", 0))
        self.p: dict[str, Any] = spec["params"]
        self.bodies: list[bytes] = []
        if self.name == "import_delegates":
            self.bodies = [
                json.dumps(import_rows(self.p["rows"], self.tag, n), ensure_ascii=False).encode()
                for n in range(len(self.p["targets"]))
            ]

    def op(self, worker: int, seq: int, rng: random.Random) -> list[Request]:
        p = self.p
        if self.name == "delegates_page":
            cid = p["conferences"][rng.randrange(len(p["conferences"]))]
            return [Request("GET", f"{API}/conferences/{cid}/delegates", params={"limit": p.get("limit", 200)})]
        if self.name == "conference_compliance":
            cid = p["conferences"][rng.randrange(len(p["conferences"]))]
            return [
                Request("GET", f"{API}/conferences/{cid}", part="detail"),
                Request("GET", f"{API}/conferences/{cid}/compliance", part="compliance"),
            ]
        if self.name == "add_delegate":
            cid = p["conferences"][rng.randrange(len(p["conferences"]))]
            body = _delegate_body(self.tag, self.round, worker, seq, rng)
            return [Request("POST", f"{API}/conferences/{cid}/delegates", json=body, expect=201)]
        if self.name == "import_delegates":
            # One empty list per import; a caller that imports more often than there are targets
            # (bench.profile) empties the list again before reusing it.
            index = seq % len(p["targets"])
            cid = p["targets"][index]
            return [Request("POST", f"{API}/conferences/{cid}/delegates/import", content=self.bodies[index])]
        if self.name == "nomination_stats":
            return [Request("GET", f"{API}/nominations/stats")]
        if self.name == "unit_search":
            q = p["queries"][rng.randrange(len(p["queries"]))]
            return [Request("GET", f"{API}/units", params={"q": q, "limit": 50})]
        if self.name == "unit_plan_status":
            return [Request("GET", f"{API}/plans/{p['plan_id']}/unit-plan-status")]
        if self.name == "province_areas":
            return [Request("GET", f"{API}/plans/{p['plan_id']}/areas", params={"limit": p["limit"]})]
        if self.name == "audit_events":
            return [Request("GET", f"{API}/audit-events", params={"limit": 50})]
        raise ValueError(f"unknown scenario {self.name}")


def _cpu(pids: list[int]) -> dict[int, float]:
    """CPU seconds of each process in ``pids`` and of their children (PostgreSQL's backends)."""
    out: dict[int, float] = {}
    for pid in pids:
        try:
            proc = psutil.Process(pid)
            family = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            continue
        for p in family:
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue  # a backend that ended meanwhile
            out[p.pid] = t.user + t.system
    return out


def _busy(times: Any) -> float:
    return float(sum(times) - times.idle - getattr(times, "iowait", 0.0))


def _cpu_delta(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(after[p] - before.get(p, 0.0) for p in after)


async def _phase(
    client: httpx.AsyncClient,
    scenario: Scenario,
    phase: Phase,
    *,
    concurrency: int,
    seconds: float,
    max_ops: int | None,
    seqs: list[int],
    headers: dict[str, str],
    record: bool,
) -> None:
    deadline = time.perf_counter() + seconds
    issued = 0

    async def worker(w: int) -> None:
        nonlocal issued
        rng = random.Random(1000 * w + seqs[w])
        while time.perf_counter() < deadline and (max_ops is None or issued < max_ops):
            seq = issued if scenario.name == "import_delegates" else seqs[w]
            issued += 1
            seqs[w] += 1
            started = time.perf_counter()
            ok = True
            parts: list[tuple[str, float]] = []
            for req in scenario.op(w, seq, rng):
                t0 = time.perf_counter()
                try:
                    extra = {"Content-Type": "application/json"} if req.content is not None else {}
                    response = await client.request(
                        req.method,
                        req.path,
                        params=req.params,
                        json=req.json,
                        content=req.content,
                        headers=headers | extra,
                    )
                    await response.aread()
                    status = str(response.status_code)
                    if response.status_code != req.expect:
                        ok = False
                        if phase.first_error is None:
                            phase.first_error = f"{req.method} {req.path} → {status}: {response.text[:300]}"
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                    ok = False
                    if phase.first_error is None:
                        phase.first_error = f"{req.method} {req.path} → {status}"
                parts.append((req.part, time.perf_counter() - t0))
                if record:
                    phase.statuses[status] = phase.statuses.get(status, 0) + 1
                if not ok:
                    break
            if not record:
                continue
            if ok:
                phase.latencies.append(time.perf_counter() - started)
                for name, took in parts:
                    phase.parts.setdefault(name, []).append(took)
            else:
                phase.errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(w) for w in range(concurrency)))
    phase.elapsed = time.perf_counter() - started


def _summary(phase: Phase) -> dict[str, Any]:
    n = len(phase.latencies)
    return {
        "ops": n,
        "errors": phase.errors,
        "statuses": phase.statuses,
        "first_error": phase.first_error,
        "seconds": round(phase.elapsed, 3),
        "rps": round(n / phase.elapsed, 2) if phase.elapsed > 0 else None,
        "p50_ms": _percentile(phase.latencies, 0.50),
        "p95_ms": _percentile(phase.latencies, 0.95),
        "p99_ms": _percentile(phase.latencies, 0.99),
        "max_ms": _percentile(phase.latencies, 1.0),
        "parts": {
            name: {"p50_ms": _percentile(v, 0.50), "p95_ms": _percentile(v, 0.95)} for name, v in phase.parts.items()
        }
        if len(phase.parts) > 1
        else {},
    }


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    scenario = Scenario(spec)
    concurrency = int(spec["concurrency"])
    headers = {"Authorization": f"Bearer {spec['token']}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    timeout = httpx.Timeout(float(spec.get("timeout", 120)))
    seqs = [0] * concurrency
    max_ops = spec.get("max_ops")
    async with httpx.AsyncClient(base_url=spec["base_url"], limits=limits, timeout=timeout) as client:
        if spec.get("warmup", 0) > 0:
            await _phase(
                client,
                scenario,
                Phase(),
                concurrency=concurrency,
                seconds=spec["warmup"],
                max_ops=spec.get("warmup_ops"),
                seqs=seqs,
                headers=headers,
                record=False,
            )
        main = Phase()
        me = psutil.Process()
        cpu_me = me.cpu_times()
        cpu_before = {name: _cpu([int(pid)]) for name, pid in spec.get("watch_pids", {}).items()}
        machine_before = psutil.cpu_times()
        await _phase(
            client,
            scenario,
            main,
            concurrency=concurrency,
            seconds=spec["duration"],
            max_ops=max_ops,
            seqs=seqs,
            headers=headers,
            record=True,
        )
        machine_after = psutil.cpu_times()
        cpu_after = {name: _cpu([int(pid)]) for name, pid in spec.get("watch_pids", {}).items()}
        cpu_me_after = me.cpu_times()
        out = _summary(main)
        wall = main.elapsed or 1.0
        out["cpu_percent"] = {
            "driver": round(100 * (cpu_me_after.user + cpu_me_after.system - cpu_me.user - cpu_me.system) / wall, 1),
            **{name: round(100 * _cpu_delta(cpu_before[name], cpu_after[name]) / wall, 1) for name in cpu_after},
            # every core together (200 % on two cores): what else ran on the machine meanwhile shows here
            "machine": round(100 * (_busy(machine_after) - _busy(machine_before)) / wall, 1),
        }
        out["cpu_percent"]["other"] = round(
            out["cpu_percent"]["machine"] - sum(v for k, v in out["cpu_percent"].items() if k != "machine"), 1
        )
        out["latencies_ms"] = [round(x * 1000, 2) for x in main.latencies]
        out["parts_ms"] = {k: [round(x * 1000, 2) for x in v] for k, v in main.parts.items()}
        out["concurrency"] = concurrency
        if spec.get("solo", 0) > 0:
            solo = Phase()
            await _phase(
                client,
                scenario,
                solo,
                concurrency=1,
                seconds=spec["solo"],
                max_ops=None,
                seqs=seqs,
                headers=headers,
                record=True,
            )
            s = _summary(solo)
            out["solo"] = {k: s[k] for k in ("ops", "errors", "rps", "p50_ms", "p95_ms", "parts")}
    return out


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    result = asyncio.run(run(spec))
    Path(sys.argv[2]).write_text(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
