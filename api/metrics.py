"""Prometheus metrics: requests and latencies per route, the database pool, the event loop's lag.

Every label takes a bounded set of values: a method the service does not know counts as
``OTHER`` and a path no route matches as ``unmatched``, so made-up requests cannot grow the
registry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector


class PoolCollector(Collector):
    """The SQLAlchemy pool of this worker: size, connections in use, overflow."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        engine = getattr(self.app.state, "engine", None)
        pool = engine.pool if engine is not None else None
        for name, doc, attr in (
            ("dhtt_db_pool_size", "Configured pool size", "size"),
            ("dhtt_db_pool_checked_out", "Connections in use", "checkedout"),
            ("dhtt_db_pool_overflow", "Connections beyond the pool size", "overflow"),
            ("dhtt_db_pool_checked_in", "Idle connections in the pool", "checkedin"),
        ):
            g = GaugeMetricFamily(name, doc)
            method = getattr(pool, attr, None)
            if callable(method):
                g.add_metric([], float(max(method(), 0)))
            yield g


METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "OTHER"
UNMATCHED = "unmatched"
MAX_ROUTES = 500  # the service has about a hundred
LOOP_LAG_INTERVAL = 0.25  # seconds between two looks at the event loop


class Metrics:
    def __init__(self, app: Any) -> None:
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
        self.registry.register(PoolCollector(app))
        self._routes: set[str] = set()

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
        while True:
            started = loop.time()
            await asyncio.sleep(interval)
            self.loop_lag.observe(max(loop.time() - started - interval, 0.0))
