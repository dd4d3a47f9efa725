"""docs/RULES.md names each rule's one function: every name it gives resolves by import, and
every test file it cites exists."""

import fnmatch
import importlib
import re
from pathlib import Path

DOC = Path(__file__).parents[2] / "docs" / "RULES.md"
NAME = re.compile(r"`([A-Za-z_][\w.]*)`")


def _resolve(dotted: str) -> object:
    """``api.a.b.name.attr``: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            target = getattr(target, attr)
        return target
    raise ModuleNotFoundError(dotted)


def test_every_function_in_RULES_resolves() -> None:
    rows = [line.split("|") for line in DOC.read_text().splitlines() if line.startswith("| ") and "`" in line]
    checked = 0
    for cells in rows:
        enforced = cells[3]
        module = None
        for name in NAME.findall(enforced):
            if name.startswith("api."):
                target = _resolve(name)
                module = name.rsplit(".", 1)[0]
                if not callable(target) and hasattr(target, "__file__"):
                    module = name  # a module named on its own
                checked += 1
            elif module is not None and name.isidentifier():
                _resolve(f"{module}.{name}")  # a bare name follows the module named before it
                checked += 1
    assert checked > 60


def test_every_test_file_in_RULES_exists() -> None:
    root = DOC.parents[1]
    for path in set(re.findall(r"`(tests/[\w/]+\.py)", DOC.read_text())):
        assert (root / path).is_file(), path


def test_every_test_in_RULES_exists() -> None:
    """Each ``file::name`` (or ``::name`` after a file in the same row; ``*`` a pattern) is a
    test function that file defines."""
    root = DOC.parents[1]
    cited = re.compile(r"`(tests/[\w/]+\.py)?::([\w*]+)[^`]*`|`(tests/[\w/]+\.py)`")
    checked = 0
    for line in DOC.read_text().splitlines():
        if not line.startswith("| "):
            continue
        current = None
        for match in cited.finditer(line):
            current = match[1] or match[3] or current
            if match[2] is None:
                continue
            assert current is not None, f"{match[0]} names no file: {line[:40]}"
            defined = re.findall(r"^(?:async )?def (test\w+)", (root / current).read_text(), re.M)
            assert any(fnmatch.fnmatch(d, match[2]) for d in defined), f"{current}::{match[2]}"
            checked += 1
    assert checked > 60
