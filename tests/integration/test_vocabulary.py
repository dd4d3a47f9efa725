"""Labels from the service: GET /vocabulary gives every enum value's Vietnamese and English label,
from the one source the spreadsheets use; the contract's enum schemas have meaningful names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from api.domain.delegates import Category, EconomicSector, Gender
from api.domain.labels import VOCABULARIES
from api.problems import CATALOGUE
from api.services.spreadsheets import CATEGORY_LABELS, GENDER_LABELS, SECTOR_LABELS

ROOT = Path(__file__).resolve().parents[2]
URL = "/api/v1/vocabulary"


def _contract() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi" / "openapi.json").read_bytes())
    return spec


def _inline_enums(node: Any, path: str = "") -> list[tuple[str, list[str]]]:
    """Enums written inside a property or a parameter rather than as a named schema."""
    found: list[tuple[str, list[str]]] = []
    if isinstance(node, dict):
        if "enum" in node and path.count("/") > 3:
            found.append((path, node["enum"]))
        for key, value in node.items():
            found += _inline_enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            found += _inline_enums(value, f"{path}/{n}")
    return found


async def _vocabulary(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, dict[str, dict[str, str]]]:
    r = await client.get(URL, headers=headers)
    assert r.status_code == 200, r.text
    return {e["name"]: {v["value"]: v for v in e["values"]} for e in r.json()["enums"]}


async def test_vocabulary_every_signed_in_role_reads_it(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    for role, role_headers in headers.items():
        assert (await client.get(URL, headers=role_headers)).status_code == 200, role
    r = await client.get(URL)
    assert r.status_code == 401
    assert r.json()["code"] == "unauthorized"


async def test_vocabulary_has_a_strong_etag_and_answers_304(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    first = await client.get(URL, headers=headers["viewer"])
    etag = first.headers["etag"]
    assert etag.startswith('"')  # strong, not W/
    assert "max-age" in first.headers["cache-control"]
    again = await client.get(URL, headers=headers["viewer"] | {"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    stale = await client.get(URL, headers=headers["viewer"] | {"If-None-Match": '"0000"'})
    assert stale.status_code == 200
    assert stale.content == first.content


async def test_vocabulary_labels_every_enum_of_the_contract(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    """Every enum schema of the contract has a vi and an en label for every value; so has every
    enum written inline (by its values), and Problem.code's every code."""
    vocabulary = await _vocabulary(client, headers["viewer"])
    schemas = _contract()["components"]["schemas"]
    named = {name: schema["enum"] for name, schema in schemas.items() if "enum" in schema}
    assert len(named) >= 15
    for name, values in named.items():
        assert name in vocabulary, f"no labels for the enum schema {name}"
        assert set(vocabulary[name]) == set(values), name
    for path, values in _inline_enums(_contract()):
        matches = [n for n, labels in vocabulary.items() if set(values) <= set(labels)]
        assert matches, f"no labels for the inline enum at {path}: {values}"
    assert list(vocabulary["ProblemCode"]) == list(CATALOGUE)
    for name, labels in vocabulary.items():
        for value, label in labels.items():
            assert label["vi"].strip(), (name, value)
            assert label["en"].strip(), (name, value)


async def test_vocabulary_labels_are_the_spreadsheets_labels(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    """One source: the words an officer meets in the sheet are the ones a client shows."""
    vocabulary = await _vocabulary(client, headers["viewer"])
    for name, enum, sheet in (
        ("DelegateCategory", Category, CATEGORY_LABELS),
        ("EconomicSector", EconomicSector, SECTOR_LABELS),
        ("Gender", Gender, GENDER_LABELS),
    ):
        assert {m.value: sheet[m] for m in enum} == {v: label["vi"] for v, label in vocabulary[name].items()}


async def test_vocabulary_agenda_keys_are_the_plans_items(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    from api.domain.conferences import EXTRAS, agenda_spec

    vocabulary = await _vocabulary(client, headers["viewer"])
    keys = [s.key for s in agenda_spec((2020, 2025), (2025, 2030))] + list(EXTRAS)
    assert list(vocabulary["AgendaKey"]) == keys
    assert vocabulary["AgendaKey"]["welcome"]["vi"] == "Đón tiếp đại biểu và ổn định tổ chức"


def test_vocabulary_names_are_unique() -> None:
    names = [v.name for v in VOCABULARIES]
    assert len(names) == len(set(names))


def test_contract_enum_names_are_meaningful() -> None:
    """No schema name carries a module path (``api__domain__nominations__State``); the enums that
    were ambiguous have names of their own."""
    schemas = _contract()["components"]["schemas"]
    assert [name for name in schemas if "__" in name] == []
    for name in ("NominationState", "SubmissionState", "SubmissionKind", "DelegateCategory", "UnitKind"):
        assert "enum" in schemas[name], name
    for vague in ("State", "Kind", "Form", "Category", "Session"):
        assert vague not in schemas, vague
