"""A webhook receiver for tests (F2): a real HTTP server on 127.0.0.1 in a thread."""

from __future__ import annotations

import http.server
import threading
from typing import Any

from standardwebhooks import Webhook as Verifier


class Receiver:
    """A webhook receiver on 127.0.0.1: records each request it answers with a success; answers
    the statuses queued, then 204. With ``hold`` set, the next request is kept waiting (it counts
    in ``arrived`` at once) until ``release`` is set: a delivery caught in the middle."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.arrived: list[dict[str, str]] = []
        self.statuses: list[int] = []
        self.always: int | None = None
        self.hold = threading.Event()
        self.release = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802  # http.server's name
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                receiver.arrived.append({k.lower(): v for k, v in self.headers.items()})
                if receiver.hold.is_set():
                    receiver.hold.clear()
                    receiver.release.wait(timeout=120)
                status = receiver.always or (receiver.statuses.pop(0) if receiver.statuses else 204)
                if 200 <= status < 300:
                    receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(status)
                if 300 <= status < 400:  # a redirect to itself: followed, it would succeed
                    self.send_header("location", receiver.url)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def payloads(self, secret: str) -> list[dict[str, Any]]:
        """Every delivery, its signature verified with the standardwebhooks library."""
        return [Verifier(secret).verify(body, headers) for headers, body in self.received]
