"""The README's "A walk through the demo", run as written against a fresh ``dhtt demo``.

The shell block is taken from README.md verbatim; only the password placeholders (``…``, the
passwords ``dhtt demo`` printed when it seeded) and the base URL (the test's free port) are
substituted. bash runs it with ``set -euo pipefail``: every command must succeed, and the
README's curl calls fail on any HTTP error — so a walk-through that stops working fails here.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.demo.conftest import DemoServer
from tests.faults.harness import ROOT

pytestmark = pytest.mark.slow

README = ROOT / "README.md"
HEADING = "## A walk through the demo"
README_BASE = "http://127.0.0.1:8000"
_LOGIN = re.compile(r"username=(?P<username>[a-z0-9._-]+) -d password=…")


def walkthrough() -> str:
    """The first ``sh`` block under the heading, as the README holds it."""
    text = README.read_text(encoding="utf-8")
    assert HEADING in text, f"README.md has no section {HEADING!r}"
    section = text.split(HEADING, 1)[1]
    match = re.search(r"^```sh\n(?P<body>.*?)^```", section, re.S | re.M)
    assert match is not None, "no ```sh block in the walk-through"
    return match["body"]


def substitute(block: str, base_url: str, passwords: dict[str, str]) -> str:
    assert README_BASE in block, f"the walk-through no longer uses {README_BASE}"
    script = block.replace(README_BASE, base_url)

    def password(match: re.Match[str]) -> str:
        username = match["username"]
        assert username in passwords, f"{username} is not a demo account with a printed password"
        return f"username={username} -d password={shlex.quote(passwords[username])}"

    script = _LOGIN.sub(password, script)
    code = "\n".join(line.split("#", 1)[0] for line in script.splitlines())
    assert "…" not in code, "a placeholder other than a login's password is left in the walk-through"
    return script


def answers(output: str) -> list[Any]:
    """The JSON values the commands printed, one after the other (curl adds no newline)."""
    decoder, values, at = json.JSONDecoder(), [], 0
    while at < len(output):
        if output[at].isspace():
            at += 1
            continue
        value, at = decoder.raw_decode(output, at)
        values.append(value)
    return values


def test_walkthrough_extraction_substitutes_only_passwords_and_base_url() -> None:
    block = walkthrough()
    script = substitute(block, "http://127.0.0.1:1234", {u: "p'w" for u in ("canbo.huongthuy", "admin.huongkhe")})
    assert script.count("http://127.0.0.1:1234") == block.count(README_BASE)
    assert script.replace("http://127.0.0.1:1234", README_BASE).replace("password='p'\"'\"'w'", "password=…") == block


@pytest.mark.skipif(shutil.which("jq") is None or shutil.which("curl") is None, reason="needs curl and jq")
def test_readme_walkthrough_runs_on_a_fresh_demo(demo_server: DemoServer, tmp_path: Path) -> None:
    script = "set -euo pipefail\nset -x\n" + substitute(walkthrough(), demo_server.base_url, demo_server.passwords)
    run = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path), "LC_ALL": "C.UTF-8"},
    )
    assert run.returncode == 0, f"the walk-through failed (exit {run.returncode}):\n{run.stdout}\n{run.stderr[-6000:]}"
    # Step 9 did what it says: the commune's plan, on time, changed after the due date.
    status = answers(run.stdout)[-1]
    commune = next((i for i in status.get("items", []) if i["unit_name"] == "xã Hương Thủy"), None)
    assert commune is not None, run.stdout[-2000:]
    assert commune["status"] == "on_time"
    assert commune["changed_after_due"] is True
    # Step 4 did what it says: the pilot's programme approved by the district, P1 then ok (SPEC P1).
    values = answers(run.stdout)
    assert any(isinstance(v, dict) and v.get("kind") == "programme" and v.get("state") == "approved" for v in values)
    p1 = [v for v in values if isinstance(v, dict) and v.get("rule") == "P1"]
    assert [v["status"] for v in p1] == ["ok"], p1
