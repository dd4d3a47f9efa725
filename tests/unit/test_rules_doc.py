"""docs/RULES.md names each rule's one function: every name it gives resolves by import, and
every test file it cites exists."""

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
