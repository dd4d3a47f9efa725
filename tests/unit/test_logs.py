"""The JSON log lines are formatted and written by a listener thread, never on the event loop,
and none is lost when logging closes (at exit, or configured again)."""

from __future__ import annotations

import json
import logging
import threading

from api.context import request_id_var
from api.logs import JsonFormatter, QueuedHandler


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.threads: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        self.threads.add(threading.current_thread().name)
        self.lines.append(self.format(record))


def test_log_lines_are_written_off_the_callers_thread_and_drained_on_close() -> None:
    target = _Collect()
    target.setFormatter(JsonFormatter())
    handler = QueuedHandler(target)
    log = logging.getLogger("dhtt.test_logs")
    log.propagate = False
    log.addHandler(handler)
    token = request_id_var.set("req-1")
    try:
        for n in range(500):
            log.warning("line %d", n, extra={"status": 200})
        try:
            raise ValueError("boom")
        except ValueError:
            log.exception("failed")
    finally:
        request_id_var.reset(token)
        log.removeHandler(handler)
        handler.close()
        handler.close()  # closing twice (dictConfig, then exit) is harmless
    assert threading.current_thread().name not in target.threads
    lines = [json.loads(line) for line in target.lines]
    assert [line["message"] for line in lines[:500]] == [f"line {n}" for n in range(500)]
    assert {line["request_id"] for line in lines} == {"req-1"}  # read on the caller's side
    assert lines[0]["status"] == 200
    assert "ValueError: boom" in lines[-1]["exception"]
