"""F2 — the delivery worker on PostgreSQL's job queue (procrastinate): ``dhtt worker`` runs it
apart, ``dhtt serve`` in-process by default (``DHTT_INPROCESS_WORKER``).

A dispatcher polls for subscriptions with events after their cursor whose next attempt is due
and defers one ``deliver_webhook`` job per subscription; the job's ``lock`` (the subscription's
id) makes one subscription's jobs run one at a time, whichever worker takes them, and its
``queueing_lock`` keeps at most one waiting. The events themselves are never in the queue: they
stay in the feed (the outbox, F1) until the subscription's cursor passes them, so a crash of a
worker, or no worker at all, only delays them. A job a dead worker left running is ended (its
lock freed), and the next job for that subscription sends again what it was sending."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from urllib.parse import urlsplit, urlunsplit

import httpx
from procrastinate import App, PsycopgConnector
from procrastinate.exceptions import AlreadyEnqueued
from procrastinate.jobs import Status
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api import storage
from api.db import webhooks as repo
from api.db.base import utcnow
from api.db.engine import make_engine, make_sessionmaker
from api.services import attachments, delivery
from api.settings import Settings

log = logging.getLogger("dhtt.worker")
QUEUE = "webhooks"
TASK = "dhtt.deliver_webhook"
FILES_QUEUE = "files"
SWEEP_TASK = "dhtt.sweep_files"
SWEEP_CRON = "17 3 * * *"  # daily at 03:17 (the worker's clock): S6's sweep of unreferenced files


def libpq_url(url: str) -> str:
    """The service's SQLAlchemy URL (``postgresql+asyncpg://``) as libpq's, for procrastinate."""
    parts = urlsplit(url)
    return urlunsplit(("postgresql", parts.netloc, parts.path, parts.query, parts.fragment))


class DeliveryWorker:
    """The queues, their tasks (webhook deliveries; the daily sweep of unreferenced files), the
    dispatcher, and the worker that runs the jobs."""

    def __init__(self, settings: Settings, database_url: str) -> None:
        self.settings = settings
        self.app = App(connector=PsycopgConnector(conninfo=libpq_url(database_url), min_size=1, max_size=4))
        self._engine = make_engine(database_url, pool_size=2)
        self.sessions: async_sessionmaker[AsyncSession] = make_sessionmaker(self._engine)
        self.storage = storage.from_settings(settings)
        # F2 (SSRF): no redirects, no proxy from the environment (it would connect elsewhere than
        # the address checked), and no connection kept: a connection is keyed by address, and one
        # made (and verified by TLS) for one host name must not carry another's request.
        self.http = httpx.AsyncClient(
            follow_redirects=False,
            timeout=settings.webhook_timeout_seconds,
            trust_env=False,
            limits=httpx.Limits(max_keepalive_connections=0),
        )

        @self.app.task(name=TASK, queue=QUEUE, pass_context=False)
        async def deliver_webhook(webhook_id: str) -> None:
            await delivery.deliver(self.sessions, self.settings, self.http, uuid.UUID(webhook_id))

        self.task = deliver_webhook

        # S6 — once a day, whichever worker takes it: the stored files no row has named for a day
        @self.app.periodic(cron=SWEEP_CRON, periodic_id="sweep-files")
        @self.app.task(name=SWEEP_TASK, queue=FILES_QUEUE, pass_context=False, queueing_lock=SWEEP_TASK)
        async def sweep_files(timestamp: int) -> None:
            await attachments.sweep_unreferenced(self.sessions, self.storage, utcnow() - attachments.SWEEP_GRACE)

        self.sweep = sweep_files

    async def dispatch(self) -> int:
        """One round: a job for every subscription with something due (none twice), and the jobs
        of workers that stopped sending heartbeats put back in the queue."""
        async with self.sessions() as session:
            due = await repo.due_webhooks(session)
        deferred = 0
        for webhook_id in due:
            key = str(webhook_id)
            with contextlib.suppress(AlreadyEnqueued):
                await self.task.configure(lock=key, queueing_lock=key).defer_async(webhook_id=key)
                deferred += 1
        for job in await self.app.job_manager.get_stalled_jobs(queue=QUEUE):
            # a worker died under it: end it (its lock is free again); what it was delivering is
            # still after the subscription's cursor, so the next job sends it again
            assert job.id is not None
            await self.app.job_manager.finish_job_by_id_async(job.id, status=Status.FAILED, delete_job=True)
        return deferred

    async def _dispatch_forever(self) -> None:
        while True:
            try:
                await self.dispatch()
            except Exception:  # the database away for a moment: try again next round
                log.exception("webhook dispatch failed")
            await asyncio.sleep(self.settings.webhook_poll_seconds)

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Run until ``stop`` is set (or the task is cancelled); the job being delivered finishes
        (up to the request timeout) before it returns."""
        stop = stop or asyncio.Event()
        async with self.app.open_async():
            dispatcher = asyncio.create_task(self._dispatch_forever())
            worker = asyncio.create_task(
                self.app.run_worker_async(
                    queues=[QUEUE, FILES_QUEUE],
                    concurrency=4,
                    install_signal_handlers=False,
                    delete_jobs="successful",
                    fetch_job_polling_interval=self.settings.webhook_poll_seconds,
                    shutdown_graceful_timeout=self.settings.webhook_timeout_seconds + 5,
                    name="dhtt-webhooks",
                )
            )
            try:
                stopped = asyncio.create_task(stop.wait())
                await asyncio.wait({worker, stopped}, return_when=asyncio.FIRST_COMPLETED)
                stopped.cancel()
            finally:
                for task in (dispatcher, worker):
                    task.cancel()
                for task in (dispatcher, worker):
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                await self.http.aclose()
                await self._engine.dispose()
