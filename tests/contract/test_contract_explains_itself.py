"""Issue 12, point 6 — a contract that explains itself: every operation and field is described
(English, with the plan's Vietnamese term), every operation shows an example answer and request
that validate against their own schemas, the schema states the text bounds the service enforces,
and every enum is a named schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sqlmodel import SQLModel

import api.db.tables  # noqa: F401  (every table model registered in SQLModel.metadata)

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "openapi" / "openapi.json"
METHODS = ("get", "put", "post", "delete", "patch")
URI = "urn:dhtt:contract"
REQUEST_MEDIA = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")

# Each table and the request bodies that write its columns (the same field name, the same column).
WRITERS: dict[str, tuple[str, ...]] = {
    "plans": ("PlanCreate", "PlanUpdate"),
    "units": ("UnitCreate", "UnitUpdate", "MergedUnit"),
    "emulation_blocks": ("BlockCreate", "BlockUpdate"),
    "conferences": ("ConferenceCreate", "ConferenceUpdate"),
    "delegates": ("DelegateCreate", "DelegateUpdate"),
    "nominations": ("NominationCreate", "NominationUpdate", "DecisionBody"),
    "submissions": ("SubmissionCreate", "SubmissionUpdate", "ReasonBody"),
    "users": ("UserCreate", "UserUpdate"),
    "audit_events": ("ReopenBody", "ConferenceCreate", "ConferenceUpdate"),
}
# Columns a body's same-named field does not write (another meaning under the same name).
NOT_WRITTEN = {("audit_events", "reason"): {"ConferenceCreate", "ConferenceUpdate"}}


def _contract() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(CONTRACT.read_bytes())
    return spec


SPEC = _contract()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _main_answer(operation: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The main 2xx answer's JSON content (None for 204 and for files)."""
    for status in ("200", "201", "202"):
        answer = operation["responses"].get(status)
        if answer is not None:
            content = answer.get("content", {}).get("application/json")
            return (status, content) if content is not None else None
    return None


def _request(operation: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    content = operation.get("requestBody", {}).get("content", {})
    return next(((media, content[media]) for media in REQUEST_MEDIA if media in content), None)


def _has_example(media: dict[str, Any]) -> bool:
    if media.get("example") is not None or media.get("examples"):
        return True
    schema = media.get("schema", {})
    names = [n for n in (_ref_name(s) for s in [schema, *schema.get("anyOf", [])]) if n is not None]
    return bool(names) and bool(SCHEMAS[names[0]].get("examples"))


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(URI, Resource(contents=SPEC, specification=DRAFT202012))
    return Draft202012Validator(schema, registry=registry)


def _against(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema of the contract, its ``$ref``s resolved in the contract."""
    text = json.dumps(schema).replace('"$ref": "#/', f'"$ref": "{URI}#/')
    resolved: dict[str, Any] = json.loads(text)
    return resolved


def _examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """Every example the contract shows, with the schema it illustrates."""
    for name, schema in SCHEMAS.items():
        for n, example in enumerate(schema.get("examples", [])):
            yield f"schemas/{name}/examples/{n}", {"$ref": f"#/components/schemas/{name}"}, example
        for prop, sub in schema.get("properties", {}).items():
            for n, example in enumerate(sub.get("examples", []) if isinstance(sub.get("examples"), list) else []):
                yield f"schemas/{name}/properties/{prop}/examples/{n}", sub, example
    for path, method, operation in _operations():
        medias = [(f"{path} {method} request", _request(operation))]
        answer = _main_answer(operation)
        medias.append((f"{path} {method} answer", answer))
        for where, found in medias:
            if found is None:
                continue
            media = found[1]
            if "example" in media:
                yield where, media.get("schema", {}), media["example"]
            for key, example in media.get("examples", {}).items():
                yield f"{where} {key}", media.get("schema", {}), example["value"]


# --- descriptions ----------------------------------------------------------------------------


def test_every_operation_has_summary_and_description() -> None:
    missing = [
        f"{method.upper()} {path}: {what}"
        for path, method, operation in _operations()
        for what in ("summary", "description")
        if not str(operation.get(what, "")).strip()
    ]
    assert missing == []
    generated = [
        f"{method.upper()} {path}: {operation['summary']}"
        for path, method, operation in _operations()
        if operation["summary"] == operation["operationId"].replace("_", " ").title()
    ]
    assert generated == [], "summaries written for the reader, not derived from the function's name"


def _described(prop: dict[str, Any]) -> bool:
    if str(prop.get("description", "")).strip():
        return True
    refs = [prop] + list(prop.get("anyOf", [])) + list(prop.get("allOf", []))
    items = prop.get("items")
    if isinstance(items, dict):
        refs.append(items)
    names = [n for n in (_ref_name(r) for r in refs) if n is not None]
    return bool(names) and all(str(SCHEMAS[n].get("description", "")).strip() for n in names)


def test_every_property_has_a_description() -> None:
    missing = [
        f"{name}.{prop}"
        for name, schema in SCHEMAS.items()
        for prop, sub in schema.get("properties", {}).items()
        if not _described(sub)
    ]
    assert missing == []
    enums = [name for name, schema in SCHEMAS.items() if "enum" in schema and not schema.get("description")]
    assert enums == [], "every enum schema says what its values are"


# --- examples --------------------------------------------------------------------------------


def test_every_operation_has_example_answer_and_request() -> None:
    missing = []
    for path, method, operation in _operations():
        answer = _main_answer(operation)
        if answer is not None and not _has_example(answer[1]):
            missing.append(f"{method.upper()} {path}: answer {answer[0]}")
        request = _request(operation)
        if request is not None and not _has_example(request[1]):
            missing.append(f"{method.upper()} {path}: request {request[0]}")
    assert missing == []


def test_examples_validate_against_their_schemas() -> None:
    checked = 0
    failures = []
    for where, schema, example in _examples():
        errors = sorted(_validator(_against(schema)).iter_errors(example), key=str)
        failures += [f"{where}: {e.message} at {list(e.absolute_path)}" for e in errors[:3]]
        checked += 1
    assert failures == []
    assert checked >= 72


def test_examples_validate_against_the_pydantic_models() -> None:
    """The models themselves take their request examples (the jsonschema check above cannot run
    the Q1/Q2 validators)."""
    from api.schemas import conferences, nominations, plans, submissions, units, users

    checked = 0
    for module in (conferences, nominations, plans, submissions, units, users):
        for model in vars(module).values():
            if not (isinstance(model, type) and issubclass(model, conferences.Model)):
                continue
            for example in (model.model_config.get("json_schema_extra") or {}).get("examples", []):  # type: ignore[union-attr]
                model.model_validate(example)
                checked += 1
    assert checked >= 10


# --- bounds ----------------------------------------------------------------------------------


def _string_branch(prop: dict[str, Any]) -> dict[str, Any] | None:
    for branch in [prop, *prop.get("anyOf", [])]:
        if branch.get("type") == "string":
            return dict(branch)
    return None


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        name = _ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _request_schemas() -> set[str]:
    """Every component schema a request body holds, however deep (read-only answer fields are
    accepted but carry no type: they are not text the caller writes)."""
    found: set[str] = set()
    todo = [name for _, _, op in _operations() for name in _refs(op.get("requestBody", {}))]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += list(_refs(SCHEMAS[name]))
    return found


def _column_lengths() -> Iterator[tuple[str, str, int]]:
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            length = getattr(column.type, "length", None)
            if isinstance(length, int):
                yield table.name, column.name, length


def test_text_bounds_match_what_is_enforced() -> None:
    """A request body's text field never advertises more than its column holds; every text field
    of a request body states its maxLength, and a text that may not be blank says minLength 1."""
    tables = {t for t, _, _ in _column_lengths()}
    assert set(WRITERS) <= tables
    wrong = []
    for table, column, length in _column_lengths():
        for name in WRITERS.get(table, ()):
            if name in NOT_WRITTEN.get((table, column), set()):
                continue
            prop = SCHEMAS[name].get("properties", {}).get(column)
            branch = _string_branch(prop) if prop else None
            if branch is None or "enum" in branch or "format" in branch:
                continue
            if branch.get("maxLength", 10**9) > length:
                wrong.append(f"{name}.{column}: maxLength {branch.get('maxLength')} > column {table}({length})")
    assert wrong == []
    unbounded = []
    for name in _request_schemas():
        for prop, sub in SCHEMAS[name].get("properties", {}).items():
            branch = _string_branch(sub)
            if branch is None or "format" in branch or "enum" in branch:
                continue
            if "maxLength" not in branch and "pattern" not in branch:
                unbounded.append(f"{name}.{prop}")
    assert unbounded == []
    for name, prop in (
        ("PlanCreate", "code"),
        ("PlanCreate", "title"),
        ("UnitCreate", "name"),
        ("ReasonBody", "reason"),
    ):  # noqa: E501
        branch = _string_branch(SCHEMAS[name]["properties"][prop])
        assert branch is not None, f"{name}.{prop}"
        assert branch.get("minLength") == 1, f"{name}.{prop}"
    code = _string_branch(SCHEMAS["PlanCreate"]["properties"]["code"])
    assert code is not None
    assert code["maxLength"] == 64


@pytest.mark.parametrize(("name", "prop"), [("UnitCreate", "headcount"), ("UnitUpdate", "headcount")])
def test_rule_bounds_stay_with_the_rule(name: str, prop: str) -> None:
    """U2's range is documented, not enforced by the schema (the rule answers invalid_unit)."""
    schema = SCHEMAS[name]["properties"][prop]
    assert "U2" in schema["description"]


# --- enums -----------------------------------------------------------------------------------


def _enums(node: Any, path: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        if "enum" in node:
            yield path
        for key, value in node.items():
            yield from _enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _enums(value, f"{path}/{n}")


def test_no_inline_enums() -> None:
    """Every enum is a named component schema; Problem.code's enum is part of the named Problem."""
    inline = [
        path
        for path in _enums(SPEC)
        if not (path.startswith("/components/schemas/") and path.count("/") == 3)
        and path != "/components/schemas/Problem/properties/code"
    ]
    assert inline == []
    named = ("ComplianceStatus", "ListState", "AgendaItemKind", "CommendationLevel", "UnitPlanStatus", "ExportFormat")
    for name in named:
        assert "enum" in SCHEMAS[name], name
