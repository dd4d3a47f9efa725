"""Hostile files through HTTP on PostgreSQL: uploads and imports are authorized before their body
is read, parsed off the event loop, bounded in rows, and ZIP containers are judged without being
inflated (S6, A3, X2). Timings are logged (``-o log_cli=true --log-cli-level=INFO``) and asserted with wide margins."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
import logging
import os
import time
import zipfile
from collections.abc import AsyncIterator, Awaitable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import httpx
import openpyxl
import pytest
from starlette.types import Message, Receive, Scope, Send

from api.domain.containers import DOCX, ODT
from api.middleware import RequestContextMiddleware
from tests.support import DEMO_PASSWORD, District, login

CONF = "/api/v1/conferences"
SUB = "/api/v1/submissions"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
T = TypeVar("T")
log = logging.getLogger("dhtt.tests.uploads")  # timings: pytest -o log_cli=true --log-cli-level=INFO


# --- helpers ------------------------------------------------------------------------------------


async def _measured(call: Awaitable[T]) -> tuple[T, float, float]:
    """The result, the seconds it took, and the longest the event loop went without a turn."""
    longest = 0.0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.002)
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now

    task = asyncio.create_task(ticker())
    started = time.perf_counter()
    try:
        result = await call
    finally:
        elapsed = time.perf_counter() - started
        done.set()
        await task
    return result, elapsed, longest


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM (Linux ≥ 4.0)
        return True
    except OSError:
        return False


@cache
def _zip_bomb() -> bytes:
    """An ODT-shaped ZIP whose ``mimetype`` inflates to 1 GiB: about 1 MB on the wire. Written
    through zipfile's streaming writer, 1 MiB at a time, so building it holds 1 MiB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("mimetype", "w") as entry:
            zeros = bytes(1 << 20)
            for _ in range(1024):
                entry.write(zeros)
        z.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


class _Body:
    """A request body that counts what the server pulled from it."""

    def __init__(self, total: int, chunk: bytes = b"x" * 65536, head: bytes = b"") -> None:
        self.total, self.chunk, self.head, self.pulled = total, chunk, head, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.head:
            self.pulled += len(self.head)
            yield self.head
        while self.pulled < self.total:
            self.pulled += len(self.chunk)
            yield self.chunk


async def _user(district: District, unit: str, role: str, username: str) -> dict[str, str]:
    r = await district.admin.post(
        "/api/v1/users",
        json={"username": username, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD},
    )
    assert r.status_code == 201, r.text
    return await login(district.http, username, DEMO_PASSWORD)


async def _attachments_url(district: District, tag: str) -> tuple[dict[str, str], str]:
    unit = await district.unit(f"xã Tệp {tag}")
    officer = await _user(district, unit, "unit_officer", f"cb.{tag}")
    r = await district.http.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id}, headers=officer)
    assert r.status_code == 201, r.text
    return officer, f"{SUB}/{r.json()['id']}/attachments"


def _big_csv(rows: int, *, bad: bool = False) -> bytes:
    lines = ["Họ và tên,Số CCCD,Thành phần đại biểu"]
    lines += [f"Người {i:06d},{'12345' if bad else ''},Khách mời" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


# --- S6: containers -------------------------------------------------------------------------------


async def test_threat_zip_bomb_mimetype_refused_fast(district: District) -> None:
    """1 GiB of ``mimetype`` compressed to ~1 MB: refused from the central directory, nothing inflated."""
    officer, url = await _attachments_url(district, "bom")
    built = time.perf_counter()
    bomb = _zip_bomb()
    built = time.perf_counter() - built
    assert len(bomb) < 2 * 1024 * 1024
    rss_before = _status_kb("VmRSS")
    peak_reset = _reset_peak_rss()
    r, elapsed, stall = await _measured(
        district.http.post(url, files={"file": ("bao-cao.odt", bomb, ODT)}, headers=officer)
    )
    grown_mb = ((_status_kb("VmHWM") if peak_reset else _status_kb("VmRSS")) - rss_before) / 1024
    log.info(
        f"zip bomb ({len(bomb) / 1e6:.2f} MB → 1 GiB, built in {built:.1f}s): {r.status_code} in "
        f"{elapsed * 1000:.0f} ms, longest loop stall {stall * 1000:.0f} ms, peak RSS growth {grown_mb:.1f} MB"
    )
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (415, "unsupported_media_type", "S6")
    assert elapsed < 1.0
    assert stall < 0.5
    assert grown_mb < 40
    # the same bomb as a delegate workbook: refused by the same checks before openpyxl sees it
    conf = str((await district.conference(await district.unit("xã Bom Bảng Tính")))["id"])
    r, elapsed, _ = await _measured(
        district.admin.post(f"{CONF}/{conf}/delegates/import", files={"file": ("ds.xlsx", bomb)})
    )
    assert r.status_code == 415
    assert elapsed < 1.0


async def test_S6_zip_with_png_mimetype_and_exe_refused(district: District) -> None:
    officer, url = await _attachments_url(district, "png")
    fake = _zip({"mimetype": b"image/png", "content.xml": b"<x/>", "anh.exe": b"MZ\x90\x00"})
    r = await district.http.post(url, files={"file": ("anh.png", fake, "image/png")}, headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (415, "unsupported_media_type", "S6")
    only_png = _zip({"mimetype": b"image/png", "content.xml": b"<x/>"})
    r = await district.http.post(url, files={"file": ("anh.png", only_png, "image/png")}, headers=officer)
    assert r.status_code == 415
    assert (await district.http.get(url, headers=officer)).json()["items"] == []


async def test_S6_docx_with_exe_refused(district: District) -> None:
    officer, url = await _attachments_url(district, "docx")
    parts = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    for extra in ({"word/setup.exe": b"MZ"}, {"word/vbaProject.bin": b"\xd0\xcf"}, {"x/run.HTA": b"<script>"}):
        r = await district.http.post(url, files={"file": ("bao-cao.docx", _zip(parts | extra), DOCX)}, headers=officer)
        assert (r.status_code, r.json()["code"]) == (415, "unsupported_media_type"), extra
        assert next(iter(extra)) in r.json()["detail"]
    # without [Content_Types].xml it is no DOCX either
    r = await district.http.post(
        url, files={"file": ("a.docx", _zip({"word/document.xml": b"<w/>"}), DOCX)}, headers=officer
    )
    assert r.status_code == 415
    r = await district.http.post(url, files={"file": ("a.docx", _zip(parts), DOCX)}, headers=officer)
    assert (r.status_code, r.json()["content_type"]) == (201, DOCX)


async def test_S6_stored_extension_follows_type(district: District) -> None:
    officer, url = await _attachments_url(district, "duoi")
    r = await district.http.post(url, files={"file": ("ke-hoach.docx", PDF, DOCX)}, headers=officer)
    assert r.status_code == 201, r.text
    assert (r.json()["filename"], r.json()["content_type"]) == ("ke-hoach.pdf", "application/pdf")
    got = await district.http.get(f"{url}/{r.json()['id']}", headers=officer)
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["Content-Disposition"].endswith("''ke-hoach.pdf")


async def test_S6_xlsx_import_uses_the_container_checks(district: District) -> None:
    conf = str((await district.conference(await district.unit("xã Bảng Macro", headcount=60)))["id"])
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Họ và tên", "Thành phần đại biểu"])
    sheet.append(["Nguyễn Văn An", "Khách mời"])
    raw = io.BytesIO()
    book.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    tainted = _zip(parts | {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    r = await district.admin.post(f"{CONF}/{conf}/delegates/import", files={"file": ("ds.xlsx", tainted)})
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (415, "unsupported_media_type", "S6")
    r = await district.admin.post(f"{CONF}/{conf}/delegates/import", files={"file": ("ds.xlsx", raw.getvalue())})
    assert (r.status_code, r.json()["imported"]) == (200, 1)


# --- X2 / A8: authorized before the body is read -------------------------------------------------


async def test_threat_import_to_foreign_conference_refused_before_reading(
    district: District, headers: dict[str, dict[str, str]]
) -> None:
    """A demo officer (another district's unit) posting 10 MB of CSV: 404 at once, body unread."""
    conf = str((await district.conference(await district.unit("xã Người Khác", headcount=60)))["id"])
    url = f"{CONF}/{conf}/delegates/import"
    csv_body = _big_csv(340_000)
    assert len(csv_body) > 10_000_000
    officer = headers["officer"] | {"Content-Type": "text/csv"}
    r, elapsed, stall = await _measured(district.http.post(url, content=csv_body, headers=officer))
    log.info(
        f"10 MB CSV to a foreign conference: {r.status_code} in {elapsed * 1000:.0f} ms, stall {stall * 1000:.0f} ms"
    )
    assert (r.status_code, r.json()["code"]) == (404, "not_found")
    assert elapsed < 0.5
    # streamed: the server never pulls more than the first chunk of the body
    body = _Body(10_000_000)
    r = await district.http.post(url, content=body, headers=officer | {"Content-Length": "10000000"})
    assert r.status_code == 404
    assert body.pulled <= 65536


async def test_X2_council_reviewer_import_refused_before_reading(district: District) -> None:
    unit = await district.unit("xã Hội Đồng Nhập", headcount=60)
    conf = str((await district.conference(unit))["id"])
    reviewer = await _user(district, unit, "council_reviewer", "hd.nhap")
    body = _Body(5_000_000, head=b"PK\x03\x04")
    r, elapsed, _ = await _measured(
        district.http.post(
            f"{CONF}/{conf}/delegates/import",
            content=body,
            headers=reviewer | {"Content-Type": "application/octet-stream", "Content-Length": "5000000"},
        )
    )
    log.info(f"council reviewer's 5 MB import: {r.status_code} in {elapsed * 1000:.0f} ms")
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    assert body.pulled <= 65536


async def test_A8_import_to_a_finalized_list_refused_before_reading(district: District) -> None:
    unit = await district.unit("xã Chốt Trước", headcount=20)
    conf = str((await district.conference(unit))["id"])
    r = await district.admin.post(f"{CONF}/{conf}/delegates", json={"full_name": "A", "category": "exemplar"})
    assert r.status_code == 201
    assert (await district.admin.post(f"{CONF}/{conf}/finalize")).status_code == 200
    body = _Body(8_000_000)
    r = await district.http.post(
        f"{CONF}/{conf}/delegates/import",
        content=body,
        headers=district.admin.headers | {"Content-Type": "text/csv", "Content-Length": "8000000"},
    )
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "delegate_list_locked", "A8")
    assert body.pulled <= 65536


async def test_X2_upload_to_foreign_submission_refused_before_reading(
    district: District, headers: dict[str, dict[str, str]]
) -> None:
    _, url = await _attachments_url(district, "la")
    body = _Body(40_000_000)
    r, elapsed, _ = await _measured(
        district.http.post(
            url,
            content=body,
            headers=headers["officer"]
            | {"Content-Type": "multipart/form-data; boundary=x", "Content-Length": "40000000"},
        )
    )
    log.info(f"40 MB upload to a foreign submission: {r.status_code} in {elapsed * 1000:.0f} ms")
    assert (r.status_code, r.json()["code"]) == (404, "not_found")
    assert elapsed < 0.5
    assert body.pulled <= 65536


# --- A3: imports bounded ---------------------------------------------------------------------------


async def test_A3_import_row_bound(district: District) -> None:
    conf = str((await district.conference(await district.unit("xã Quá Dòng", headcount=60)))["id"])
    url = f"{CONF}/{conf}/delegates/import"
    r, elapsed, stall = await _measured(
        district.http.post(url, content=_big_csv(5_001), headers=district.admin.headers | {"Content-Type": "text/csv"})
    )
    log.info(f"5,001-row CSV: {r.status_code} in {elapsed * 1000:.0f} ms, stall {stall * 1000:.0f} ms")
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (413, "payload_too_large", "A3")
    assert "5000" in r.json()["detail"]
    assert stall < 0.5  # parsed in a worker thread
    r = await district.http.post(
        url,
        content=_big_csv(5_001),
        headers=district.admin.headers | {"Content-Type": "text/csv", "Accept-Language": "en"},
    )
    assert r.json()["detail"] == "The import holds too many rows (at most 5000); split it into smaller files."
    assert r.json()["max_rows"] == 5000
    rows = [{"full_name": f"Người {i}", "category": "guest"} for i in range(5_001)]
    r = await district.admin.post(url, json=rows)
    assert (r.status_code, r.json()["rule"]) == (413, "A3")
    # a file of blank lines is bounded too
    r = await district.http.post(
        url,
        content=b"Ho va ten,Thanh phan dai bieu\n" + b"\n" * 60_000,
        headers=district.admin.headers | {"Content-Type": "text/csv"},
    )
    assert r.status_code == 413
    assert (await district.admin.get(f"{CONF}/{conf}/delegates")).json()["items"] == []


async def test_threat_import_error_list_capped_with_total(district: District) -> None:
    conf = str((await district.conference(await district.unit("xã Nhiều Lỗi", headcount=60)))["id"])
    r, elapsed, stall = await _measured(
        district.http.post(
            f"{CONF}/{conf}/delegates/import",
            content=_big_csv(5_000, bad=True),
            headers=district.admin.headers | {"Content-Type": "text/csv"},
        )
    )
    log.info(
        f"5,000 bad rows: {r.status_code} in {elapsed * 1000:.0f} ms, stall {stall * 1000:.0f} ms, "
        f"answer {len(r.content) / 1000:.0f} kB"
    )
    assert (r.status_code, r.json()["code"]) == (422, "validation_error")
    assert len(r.json()["errors"]) == 100
    assert r.json()["error_count"] == 5_000
    assert r.json()["errors"][0]["field"] == "rows.2.national_id"
    assert len(r.content) < 50_000
    assert stall < 0.5


# --- body limits by operation --------------------------------------------------------------------


async def test_threat_chunked_json_over_limit_413(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    """No Content-Length: the body is counted as it arrives, and the answer is 413, not 422."""
    body = _Body(2 * 1024 * 1024, chunk=b" " * 65536, head=b'{"name": "x",')
    r = await client.post(
        "/api/v1/units", content=body, headers=headers["district_admin"] | {"Content-Type": "application/json"}
    )
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert (r.status_code, r.json()["code"]) == (413, "payload_too_large")
    assert str(1024 * 1024) in r.json()["detail"]
    assert body.pulled <= 1024 * 1024 + 2 * 65536


async def test_threat_chunked_import_over_its_limit_413(district: District) -> None:
    conf = str((await district.conference(await district.unit("xã Dòng Chảy", headcount=60)))["id"])
    body = _Body(20 * 1024 * 1024, chunk=b"Nguyen Van A,Khach moi\n" * 2800)
    r = await district.http.post(
        f"{CONF}/{conf}/delegates/import", content=body, headers=district.admin.headers | {"Content-Type": "text/csv"}
    )
    assert (r.status_code, r.json()["code"]) == (413, "payload_too_large")
    assert body.pulled <= 16 * 1024 * 1024 + 2 * 65536


async def test_threat_body_limit_is_chosen_by_operation_not_path() -> None:
    """The limit follows the matched operation: a path ending in /import or /attachments that is
    not an upload or import gets the JSON limit."""

    class _Route:
        def __init__(self, name: str, path: str) -> None:
            self.name, self.path = name, path

    answers: list[Message] = []

    async def inner(scope: Scope, receive: Receive, send: Send) -> None:
        scope["route"] = scope["_route"]
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    middleware = RequestContextMiddleware(inner, max_body_bytes=1024, body_limits={"import_delegates": 4096})

    async def post(route: _Route, size: int) -> int:
        chunks = [b"x" * 512] * (size // 512)

        async def receive() -> Message:
            return {"type": "http.request", "body": chunks.pop() if chunks else b"", "more_body": bool(chunks)}

        async def send(message: Message) -> None:
            answers.append(message)

        scope: dict[str, Any] = {"type": "http", "method": "POST", "path": route.path, "headers": [], "_route": route}
        await middleware(scope, receive, send)
        return int(next(m for m in reversed(answers) if m["type"] == "http.response.start")["status"])

    assert await post(_Route("import_delegates", "/api/v1/conferences/x/delegates/import"), 4096) == 204
    assert await post(_Route("import_delegates", "/api/v1/conferences/x/delegates/import"), 5120) == 413
    assert await post(_Route("create_unit", "/api/v1/units/import"), 2048) == 413
    assert await post(_Route("create_unit", "/api/v1/x/attachments"), 2048) == 413
    assert await post(_Route("create_unit", "/api/v1/units"), 1024) == 204


@pytest.mark.parametrize("size", [3 * 1024 * 1024])
async def test_S6_upload_takes_its_own_limit(district: District, size: int) -> None:
    """An upload above the JSON limit is the upload operation's to judge (50 MiB), not refused."""
    officer, url = await _attachments_url(district, "lon")
    big = PDF + b"%" + b"0" * size
    r = await district.http.post(url, files={"file": ("lon.pdf", big, "application/pdf")}, headers=officer)
    assert r.status_code == 201, r.text
    assert r.json()["size_bytes"] == len(big)


async def test_threat_slow_upload_holds_no_database_connection(app: Any, district: District) -> None:
    """A client sending its file slowly (or never finishing) holds no pooled connection while the
    body arrives: the pre-body check's transaction ends before the body is read, and the write
    decides again in its own (S6, X2). Otherwise a few slow uploads would starve every request."""
    officer, url = await _attachments_url(district, "cham")
    pool = app.state.engine.pool
    idle = pool.checkedout()
    head = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="ke-hoach.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj<<>>endobj\n"
    )
    gate, waiting = asyncio.Event(), asyncio.Event()

    async def body() -> AsyncIterator[bytes]:
        yield head
        waiting.set()  # the server asked for more: it is reading the body
        await gate.wait()
        yield b"trailer<<>>\n%%EOF\n\r\n--b--\r\n"

    call = asyncio.create_task(
        district.http.post(url, content=body(), headers=officer | {"Content-Type": "multipart/form-data; boundary=b"})
    )
    await asyncio.wait_for(waiting.wait(), 10)
    held = pool.checkedout() - idle
    gate.set()
    r = await call
    assert r.status_code == 201, r.text
    assert held == 0


async def test_S6_sweep_removes_only_old_files_no_row_names(app: Any, district: District) -> None:
    """The worker's daily sweep: a stored file no row names (an upload whose row failed, an
    activity deleted with its files) goes once older than the grace; a named one, or a young one,
    stays."""
    from api.services.attachments import sweep_unreferenced
    from api.storage import key_for

    officer, url = await _attachments_url(district, "quet")
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + os.urandom(16)
    r = await district.http.post(url, files={"file": ("ke-hoach.pdf", pdf, "application/pdf")}, headers=officer)
    assert r.status_code == 201, r.text
    named = key_for(r.json()["sha256"])
    orphan_bytes = os.urandom(64)
    orphan = key_for(hashlib.sha256(orphan_bytes).hexdigest())
    storage = app.state.storage
    await storage.put(orphan, io.BytesIO(orphan_bytes))
    now = dt.datetime.now(dt.UTC)
    # young: spared
    await sweep_unreferenced(app.state.sessionmaker, storage, now - dt.timedelta(days=1))
    assert await storage.exists(orphan)
    # old enough (every file here counts as old): the orphan goes, the named file stays
    assert await sweep_unreferenced(app.state.sessionmaker, storage, now + dt.timedelta(minutes=1)) >= 1
    assert not await storage.exists(orphan)
    assert await storage.exists(named)
    r = await district.http.get(f"{url}/{r.json()['id']}", headers=officer)
    assert (r.status_code, r.content) == (200, pdf)
