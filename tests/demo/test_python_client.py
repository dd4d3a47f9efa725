"""The generated Python client (clients/python) works against the real service: the example
script signs in as the demo's integration client (client-credentials grant) and downloads every
unit's plan status as CSV."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo.conftest import DemoServer
from tests.faults.harness import ROOT

pytestmark = pytest.mark.slow

CLIENTS = ROOT / "clients" / "python"
EXAMPLE = CLIENTS / "examples" / "unit_plan_status_csv.py"


def run_example(server: DemoServer, secret: str, output: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_")}
    env |= {"PYTHONPATH": str(CLIENTS), "DHTT_CLIENT_SECRET": secret}
    return subprocess.run(
        [sys.executable, str(EXAMPLE), "--base-url", server.base_url, "--client-id", "tichhop.cong"]
        + ["--output", str(output)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_python_client_example_downloads_plan_status_csv(demo_server: DemoServer, tmp_path: Path) -> None:
    output = tmp_path / "trang-thai.csv"
    run = run_example(demo_server, demo_server.passwords["tichhop.cong"], output)
    assert run.returncode == 0, run.stderr
    with output.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert run.stderr.strip().endswith(f"{len(rows)} rows")
    by_unit = {row["unit_name"]: row for row in rows if row["plan_code"] == "187/KH-UBND"}
    # the 21 commune-level units of the demo district, each with its status (S1)
    assert len([name for name in by_unit if name.startswith(("xã ", "thị trấn "))]) == 21
    assert by_unit["xã Hương Thủy"]["status"] == "on_time"
    assert by_unit["xã Gia Phố"]["status"] == "late"
    assert by_unit["xã Gia Phố"]["received_at"].startswith("2024-11-1")
    assert by_unit["xã Điền Mỹ"]["status"] == "missing"
    assert by_unit["xã Điền Mỹ"]["received_at"] == ""


def test_python_client_example_reports_a_refused_sign_in(demo_server: DemoServer, tmp_path: Path) -> None:
    run = run_example(demo_server, "not-the-secret", tmp_path / "x.csv")
    assert run.returncode == 1
    assert "sign-in refused: 400 invalid_grant" in run.stderr
