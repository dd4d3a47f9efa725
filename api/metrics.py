"""Prometheus metrics: requests and latencies per route, and the database pool."""

from __future__ import annotations

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
        self.registry.register(PoolCollector(app))

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)
