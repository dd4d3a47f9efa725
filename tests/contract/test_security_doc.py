"""docs/SECURITY.md: every claim names the tests that prove it, and every test it names exists."""

from __future__ import annotations

import ast
import fnmatch
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECURITY = ROOT / "docs" / "SECURITY.md"
# `tests/x/test_y.py`, `tests/x/test_y.py::test_name` or `test_y.py::test_name*` (a file named before).
REFERENCE = re.compile(r"`((?:tests/[\w/]+/)?test_\w+\.py)(?:::([\w*]+))?`")


@cache
def _tests_in(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    )


def _claims() -> list[tuple[str, str]]:
    """(claim, proof) for each table row, and for each paragraph outside tables."""
    rows: list[tuple[str, str]] = []
    for line in SECURITY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        header = cells[0] in ("risk", "threat") or set(cells[0]) <= {"-", " "}
        if line.startswith("|") and len(cells) >= 3 and not header:
            rows.append((cells[0] + " " + cells[1], cells[-1]))
    return rows


def test_every_security_claim_names_a_test() -> None:
    claims = _claims()
    assert len(claims) >= 10
    for claim, proof in claims:
        assert REFERENCE.search(proof), f"no test named for: {claim[:80]}"


def test_every_test_named_in_security_doc_exists() -> None:
    text = SECURITY.read_text(encoding="utf-8")
    current: Path | None = None
    checked = 0
    for match in REFERENCE.finditer(text):
        file_part, name = match.groups()
        if file_part.startswith("tests/"):
            current = ROOT / file_part
        elif current is not None:
            candidates = list((ROOT / "tests").rglob(file_part))
            assert len(candidates) == 1, f"{file_part}: give its folder (tests/…) in SECURITY.md"
            current = candidates[0]
        else:
            raise AssertionError(f"{file_part}: give its folder (tests/…) in SECURITY.md")
        assert current.is_file(), f"SECURITY.md names a missing file: {file_part}"
        if name:
            found = fnmatch.filter(_tests_in(current), name)
            assert found, f"SECURITY.md names a missing test: {file_part}::{name}"
        checked += 1
    assert checked >= 10
