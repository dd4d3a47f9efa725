"""Per-request values that every layer may read: the request id (logs, audit)."""

from contextvars import ContextVar

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
