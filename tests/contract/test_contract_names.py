"""The contract's names follow one pattern (docs/CONTRACT.md, "Names")."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "openapi" / "openapi.json"
DOC = ROOT / "docs" / "CONTRACT.md"
PLAN_SCHEMAS = ("PlanPublic", "PlanCreate", "PlanUpdate")
RETIRED_ENDINGS = ("_limit", "_deadline", "_due", "_start", "_end", "_max", "_min")


def _names_table() -> list[tuple[list[re.Pattern[str]], str, list[str]]]:
    """The rows of the first table under "## Names": (name patterns, type, the plan's fields)."""
    section = DOC.read_text(encoding="utf-8").split("## Names", 1)[1].split("\n## ", 1)[0]
    rows: list[tuple[list[re.Pattern[str]], str, list[str]]] = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("Kind of value", "---") or set(cells[0]) <= {"-"}:
            if rows and not line.startswith("|"):
                break
            continue
        patterns = [
            re.compile("^" + re.sub(r"<[a-z]+>", "[a-z][a-z0-9_]*", p) + "$")
            for p in re.findall(r"`([^`]+)`", cells[1])
        ] or [re.compile(r"^[a-z][a-z0-9_]*$")]
        rows.append((patterns, cells[2], re.findall(r"`([^`]+)`", cells[3])))
    return rows


def _plan_properties() -> dict[str, dict[str, Any]]:
    schemas = json.loads(CONTRACT.read_bytes())["components"]["schemas"]
    out: dict[str, dict[str, Any]] = {}
    for name in PLAN_SCHEMAS:
        for prop, schema in schemas[name]["properties"].items():
            if schema.get("readOnly"):  # the answer's own field, sent back unchanged (PlanPublic types it)
                out.setdefault(prop, {})
                continue
            kinds = schema.get("anyOf", [schema])
            out[prop] = out.get(prop) or next(k for k in kinds if k.get("type") != "null")
    return out


def test_plan_parameters_named_in_one_pattern() -> None:
    table = _names_table()
    assert len(table) >= 6, "docs/CONTRACT.md lost its Names table"
    properties = _plan_properties()
    listed = [field for _, _, fields in table for field in fields]
    assert sorted(listed) == sorted(set(listed)), "a field is listed in two rows"
    assert set(listed) == set(properties), (
        f"not in the Names table: {sorted(set(properties) - set(listed))}; "
        f"listed but not in the contract: {sorted(set(listed) - set(properties))}"
    )
    for patterns, declared, fields in table:
        for field in fields:
            assert any(p.match(field) for p in patterns), f"{field} does not follow {[p.pattern for p in patterns]}"
            schema = properties[field]
            if "format: date-time" in declared:
                assert schema.get("format") == "date-time", field
            elif "format: date" in declared:
                assert schema.get("format") == "date", field
            elif declared.startswith("integer"):
                assert schema.get("type") == "integer", field
    for field in properties:
        assert not field.endswith(RETIRED_ENDINGS), f"{field} uses a retired ending"
    # each kind of value has one ending: every date is ``_on``, every instant ``_at``
    for field, schema in properties.items():
        if schema.get("format") == "date":
            assert field.endswith("_on"), field
        if schema.get("format") == "date-time":
            assert field.endswith("_at"), field
