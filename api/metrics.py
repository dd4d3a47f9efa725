"""Prometheus metrics: requests and latencies per route, the database pool, the event loop's lag.

Every label takes a bounded set of values: a method the service does not know counts as
``OTHER`` and a path no route matches as ``unmatched``, so made-up requests cannot grow the
registry.

Several worker processes (``dhtt serve --workers N``) each count what they serve. With a metrics
folder (``DHTT_METRICS_DIR``, or Prometheus' own ``PROMETHEUS_MULTIPROC_DIR``; ``dhtt serve``
makes a fresh one itself for N > 1) they write their values there (prometheus_client's
multiprocess mode) and ``/metrics``, whichever worker answers it, reads every worker's files: one
scrape sees the whole server. Counters and histograms add up across workers, dead ones included
(a counter never goes back); the pool gauges add up the live workers' (``livesum``), and a worker
leaving removes its own (``mark_process_dead``). Without a folder, /metrics is this process's.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
POOL_GAUGES = (
    ("dhtt_db_pool_size", "Configured pool size", "size"),
    ("dhtt_db_pool_checked_out", "Connections in use", "checkedout"),
    ("dhtt_db_pool_overflow", "Connections beyond the pool size", "overflow"),
    ("dhtt_db_pool_checked_in", "Idle connections in the pool", "checkedin"),
)
POOL_REFRESH_TICKS = 4  # the pool gauges are refreshed every this many loop-lag looks (and at each scrape)


def multiprocess_dir() -> Path | None:
    """The folder the workers share their metrics through, if any: prometheus_client's documented
    ``PROMETHEUS_MULTIPROC_DIR``, which must be set before the process imports it — ``dhtt serve``
    sets it from ``DHTT_METRICS_DIR`` (or a fresh folder) before anything else starts."""
    folder = os.environ.get(MULTIPROC_ENV)
    return Path(folder) if folder else None


METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "OTHER"
UNMATCHED = "unmatched"
MAX_ROUTES = 500  # the service has about a hundred
LOOP_LAG_INTERVAL = 0.25  # seconds between two looks at the event loop


class Metrics:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.folder = multiprocess_dir()  # None: /metrics is this process's alone
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "dhtt_http_requests_total",
            "HTTP requests by route and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "dhtt_http_request_duration_seconds",
            "HTTP request latency by route",
            ["method", "route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.loop_lag = Histogram(
            "dhtt_event_loop_lag_seconds",
            "How late the event loop woke a task that slept a fixed interval",
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
            registry=self.registry,
        )
        self.pool = {
            attr: Gauge(name, doc, multiprocess_mode="livesum", registry=self.registry)
            for name, doc, attr in POOL_GAUGES
        }
        self._routes: set[str] = set()

    def refresh_pool(self) -> None:
        """The SQLAlchemy pool of this worker: size, connections in use, overflow, idle."""
        engine = getattr(self.app.state, "engine", None)
        pool = engine.pool if engine is not None else None
        for attr, gauge in self.pool.items():
            method = getattr(pool, attr, None)
            gauge.set(float(max(method(), 0)) if callable(method) else 0.0)

    def exposition(self) -> bytes:
        """The text /metrics answers: every worker's metrics when they share a folder."""
        self.refresh_pool()
        if self.folder is None:
            return generate_latest(self.registry)
        merged = CollectorRegistry()
        multiprocess.MultiProcessCollector(merged, path=str(self.folder))  # type: ignore[no-untyped-call]
        return generate_latest(merged)

    def close(self) -> None:
        """At the worker's exit: its live gauges leave the sum (its counters stay counted)."""
        if self.folder is not None:
            multiprocess.mark_process_dead(os.getpid(), str(self.folder))  # type: ignore[no-untyped-call]

    def _route_label(self, route: str) -> str:
        """A route's template as the middleware gives it (finite: the app's routes), or
        ``unmatched`` (the middleware prefixes that one too for paths under /api/v1/); past
        ``MAX_ROUTES`` labels, a safety net, new ones are ``unmatched`` as well."""
        if route.endswith(UNMATCHED) or not route.startswith("/"):
            return UNMATCHED
        if route not in self._routes:
            if len(self._routes) >= MAX_ROUTES:
                return UNMATCHED
            self._routes.add(route)
        return route

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        method = method if method in METHODS else OTHER_METHOD
        route = self._route_label(route)
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    async def watch_loop_lag(self, interval: float = LOOP_LAG_INTERVAL) -> None:
        """Sleep ``interval`` again and again and observe how late each wake-up was: the time
        every request of this worker waited, at that moment, for the loop (cancelled at shutdown)."""
        loop = asyncio.get_running_loop()
        ticks = 0
        while True:
            started = loop.time()
            await asyncio.sleep(interval)
            self.loop_lag.observe(max(loop.time() - started - interval, 0.0))
            ticks += 1
            if self.folder is not None and ticks % POOL_REFRESH_TICKS == 0:
                self.refresh_pool()  # another worker's scrape reads this worker's pool from its file
