"""The benchmark's smoke: the whole pipeline at scale 0.01 with sub-second scenarios, so the
bench (dataset, COPY, service and reference under uvicorn, the driver, the report) never rots.
The figures are not checked — only that every scenario was measured on both sides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("service_rps", "reference_rps", "ratio", "p50_ms", "p95_ms")


def test_bench_runs_end_to_end_at_scale_001(tmp_path: Path) -> None:
    from bench.__main__ import SCENARIOS

    out = tmp_path / "out.json"
    markdown = tmp_path / "table.md"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_")}
    command = [
        sys.executable, "-m", "bench", "--scale", "0.01", "--json", str(out), "--markdown", str(markdown),
        "--duration", "0.5", "--warmup", "0.2", "--solo", "0", "--rounds", "1", "--import-rows", "200",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    result = json.loads(out.read_text())
    assert set(result["scenarios"]) == set(SCENARIOS)
    for name, scenario in result["scenarios"].items():
        for field in FIELDS:
            assert field in scenario, (name, field)
        assert scenario["service_rps"] > 0, name
        assert scenario["reference_rps"] > 0, name
        assert scenario["ratio"] > 0, name
        assert scenario["p50_ms"] <= scenario["p95_ms"], name
        assert scenario["errors"] == 0, (name, scenario["service"]["first_error"])
        assert scenario["reference"]["errors"] == 0, (name, scenario["reference"]["first_error"])
    assert result["dataset"]["counts"]["delegates"] >= 3_000
    assert result["memory"]["rss_after_run_mb"] > 0
    assert result["export"]["service"]["status"] == 200
    assert result["export"]["service"]["rows"] == result["dataset"]["giant_list"]
    assert {t["target"] for t in result["targets"]}
    assert "| delegates_page |" in markdown.read_text()
