"""The ``dhtt`` command as an operator runs it: no traceback for the ordinary mistakes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.support import fresh_database, with_database

ROOT = Path(__file__).resolve().parents[2]


def dhtt(*args: str, database_url: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_")} | {
        "DHTT_ENV": "test",
        "DHTT_DATABASE_URL": database_url,
        "DHTT_DATA_DIR": str(data_dir),
        "DHTT_LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        ["uv", "run", "--no-sync", "dhtt", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


def test_seed_demo_migrates_a_never_migrated_database_first(pg_server: str, tmp_path: Path) -> None:
    url = fresh_database(pg_server, "dhtt_cli")
    first = dhtt("seed-demo", database_url=url, data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert "database at head" in first.stdout
    assert "canbo.huongthuy" in first.stdout  # the demo accounts, with their passwords, once
    again = dhtt("seed-demo", database_url=url, data_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert "already seeded" in again.stdout


def test_cli_unreachable_database_is_one_line(pg_server: str, tmp_path: Path) -> None:
    for url in (with_database(pg_server, "dhtt_does_not_exist"), "postgresql+asyncpg://postgres@/x?host=/nonexistent"):
        r = dhtt("seed-demo", database_url=url, data_dir=tmp_path)
        assert r.returncode == 1
        assert "Traceback" not in r.stderr
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, r.stderr
        assert lines[0].startswith("dhtt: cannot reach the database: ")
