"""Blocking work off the event loop, in worker threads with a bound per kind of work.

The event loop serves every request of a worker, so CPU-heavy or blocking work (password
hashing, parsing spreadsheets, sniffing and hashing files, rendering documents) runs in threads.
Each kind has its own limiter: a login storm can hold at most the ``passwords`` threads, never
the ones files need, and no kind can take every thread of the default pool.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import ParamSpec, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter

P = ParamSpec("P")
T = TypeVar("T")


class Work(StrEnum):
    PASSWORDS = "passwords"  # argon2 hashing and checking
    FILES = "files"  # spreadsheets, sniffing and hashing attachments, documents


# Threads per kind of work, per worker process. argon2 takes ~50 ms of CPU and a machine has a
# few cores, so more than a few threads would only queue inside the CPU instead of in the limiter.
_BOUNDS: dict[Work, int] = {Work.PASSWORDS: 2, Work.FILES: 2}
_limiters: dict[Work, CapacityLimiter] = {}


def configure(bounds: dict[Work, int]) -> None:
    """Set the bounds (from settings, at start-up, before the first call)."""
    _BOUNDS.update(bounds)
    _limiters.clear()


def limiter(work: Work) -> CapacityLimiter:
    found = _limiters.get(work)
    if found is None:
        found = _limiters[work] = CapacityLimiter(_BOUNDS[work])
    return found


async def offload(work: Work, func: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run ``func(*args, **kwargs)`` in a worker thread, at most ``_BOUNDS[work]`` at a time."""
    call = functools.partial(func, *args, **kwargs)
    return await anyio.to_thread.run_sync(call, limiter=limiter(work))
