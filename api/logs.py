"""Structured JSON logs, one object per line, carrying the request id. Bodies, tokens, passwords
and query strings are never logged.

The event loop only puts each record on a queue (``logging.handlers.QueueHandler``); a
``QueueListener`` thread formats it and writes it to stderr, so a slow or contended stderr never
holds up a request (the access line is written for every request)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import queue
import sys
from typing import Any

from api.context import request_id_var

FIELDS = ("request_id", "method", "path", "route", "status", "duration_ms", "client")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                data[name] = value
        if "request_id" not in data and (rid := request_id_var.get()):
            data["request_id"] = rid
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class QueuedHandler(logging.handlers.QueueHandler):
    """A ``QueueHandler`` with its own ``QueueListener``, started with it and stopped (the queue
    drained) when logging closes it: at exit, or when the logging is configured again."""

    def __init__(self, target: logging.Handler) -> None:
        super().__init__(queue.SimpleQueue())
        self.listener = logging.handlers.QueueListener(self.queue, target, respect_handler_level=True)
        self.listener.start()
        self.listening = True

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        """Only what must be read on the caller's side: the request id (a context variable) and
        the message with its arguments. Formatting, the exception's text included, is the
        listener's (the record is not pickled: one process)."""
        if getattr(record, "request_id", None) is None and (rid := request_id_var.get()):
            record.request_id = rid
        record.msg, record.args = record.getMessage(), None
        return record

    def close(self) -> None:
        with self.lock:  # type: ignore[union-attr]  # created by Handler.__init__
            listening, self.listening = self.listening, False
        if listening:
            self.listener.stop()  # writes what is queued, then ends the thread
        super().close()


def stderr_queue() -> QueuedHandler:
    """The dictConfig factory of the ``stderr`` handler: JSON lines, written off the event loop."""
    target = logging.StreamHandler(sys.stderr)
    target.setFormatter(JsonFormatter())
    return QueuedHandler(target)


def logging_config(level: str = "INFO") -> dict[str, Any]:
    """A dictConfig for the service and uvicorn alike (uvicorn's own access log is off: the
    service writes one line per request itself)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"stderr": {"()": stderr_queue}},
        "root": {"handlers": ["stderr"], "level": level.upper()},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": False, "level": "WARNING"},
            "pgserver": {"level": "WARNING"},
            "sqlalchemy": {"level": "WARNING"},
        },
    }


def configure(level: str = "INFO") -> None:
    import logging.config

    logging.config.dictConfig(logging_config(level))
