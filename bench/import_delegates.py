"""Import 10,000 delegates into one conference (issue target: ≤ 2 s), as JSON, CSV and XLSX.

    uv run python -m bench.import_delegates [--rows 10000] [--json out.json]

Runs the real service in-process (httpx ASGI transport) on a fresh embedded PostgreSQL, so the
figure is the service's own time: parsing, validation, the A3/A7 checks under the row lock, and
the multi-row INSERT — without network noise.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import platform
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import openpyxl

from api.app import create_app
from api.db.embedded import embedded_url
from api.db.migrate import upgrade
from api.services.demo import seed_demo
from api.settings import Settings

PASSWORD = "Bench-pass-2024"
CATEGORIES = ["emulation_soldier", "exemplar", "direct_worker", "good_deed", "guest", "leader", "hero"]


def _rows(n: int, tag: str) -> list[dict[str, Any]]:
    return [
        {
            "full_name": f"Nguyễn Văn {tag} {i:06d}",
            "gender": "male" if i % 2 else "female",
            "birth_date": f"19{60 + i % 40}-0{1 + i % 9}-1{i % 9}",
            "national_id": f"0{(i * 7919) % 10**11:011d}" if i % 3 else None,
            "ethnicity": "Kinh",
            "category": CATEGORIES[i % len(CATEGORIES)],
        }
        for i in range(n)
    ]


def _csv(rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Dân tộc", "Thành phần đại biểu"])
    labels = {
        "emulation_soldier": "Chiến sĩ thi đua",
        "exemplar": "Gương điển hình tiên tiến",
        "direct_worker": "Người trực tiếp sản xuất, công tác",
        "good_deed": "Người tốt, việc tốt",
        "guest": "Khách mời",
        "leader": "Lãnh đạo",
        "hero": "Anh hùng",
    }
    for r in rows:
        y, m, d = r["birth_date"].split("-")
        w.writerow(
            [
                r["full_name"],
                "Nam" if r["gender"] == "male" else "Nữ",
                f"{d}/{m}/{y}",
                r["national_id"] or "",
                r["ethnicity"],
                labels[r["category"]],
            ]
        )
    return out.getvalue().encode()


def _xlsx(csv_bytes: bytes) -> bytes:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    for row in csv.reader(io.StringIO(csv_bytes.decode())):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def run(rows: int, repeats: int) -> dict[str, Any]:
    data = Path(tempfile.mkdtemp(prefix="dhtt-bench-"))
    url = embedded_url(data / "pgdata")
    await asyncio.to_thread(upgrade, url)
    settings = Settings(
        env="test",
        database_url=url,
        data_dir=data,
        admin_password=PASSWORD,  # type: ignore[arg-type]
        request_max_bytes=64 * 1024 * 1024,
        import_max_bytes=64 * 1024 * 1024,
        import_max_rows=max(rows, 5_000),
    )
    app = create_app(settings, database_url=url)
    results: dict[str, list[float]] = {"json": [], "csv": [], "xlsx": []}
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as s:
            await seed_demo(s, lambda _: PASSWORD)
            await s.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=120) as c:
            tok = (
                await c.post(
                    "/api/v1/auth/token",
                    data={"grant_type": "password", "username": "admin.huongkhe", "password": PASSWORD},
                )
            ).json()["access_token"]
            h = {"Authorization": f"Bearer {tok}"}
            district = (await c.get("/api/v1/units", params={"kind": "district"}, headers=h)).json()["items"][0]["id"]
            plan = (await c.get("/api/v1/plans", headers=h)).json()["items"][0]["id"]
            for n in range(repeats):
                for fmt in ("json", "csv", "xlsx"):
                    unit = (
                        await c.post(
                            "/api/v1/units",
                            headers=h,
                            json={
                                "name": f"xã Đo {fmt} {n}",
                                "kind": "commune",
                                "headcount": 250,
                                "parent_id": district,
                            },
                        )
                    ).json()["id"]
                    conf = (
                        await c.post(
                            "/api/v1/conferences",
                            headers=h,
                            json={
                                "unit_id": unit,
                                "plan_id": plan,
                                "form": "advanced_exemplars",
                                "held_on": "2025-03-10",
                                "session": "morning",
                                "place": "Hương Khê",
                            },
                        )
                    ).json()["id"]
                    payload = _rows(rows, f"{fmt}{n}")
                    if fmt == "json":
                        kw: dict[str, Any] = {"json": payload}
                    elif fmt == "csv":
                        kw = {"content": _csv(payload), "headers": h | {"Content-Type": "text/csv"}}
                    else:
                        kw = {"files": {"file": ("list.xlsx", _xlsx(_csv(payload)))}}
                    kw.setdefault("headers", h)
                    started = time.perf_counter()
                    r = await c.post(f"/api/v1/conferences/{conf}/delegates/import", **kw)
                    elapsed = time.perf_counter() - started
                    assert r.status_code == 200, r.text[:500]
                    assert r.json()["imported"] == rows
                    results[fmt].append(elapsed)
    return {
        "scenario": "import_delegates",
        "rows": rows,
        "machine": {"cores": __import__("os").cpu_count(), "python": platform.python_version()},
        "seconds": {
            fmt: {"median": round(statistics.median(v), 3), "max": round(max(v), 3), "runs": len(v)}
            for fmt, v in results.items()
        },
        "target_seconds": 2.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    out = asyncio.run(run(args.rows, args.repeats))
    text = json.dumps(out, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
