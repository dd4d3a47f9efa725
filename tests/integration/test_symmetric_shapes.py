"""What a GET answers can be sent back as it is (docs/CONTRACT.md, "Symmetric shapes", "Times")."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support import DEMO_PASSWORD, District, delegates_json

CONF = "/api/v1/conferences"
SUB = "/api/v1/submissions"
CONTRACT = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"


async def _get_put(client: httpx.AsyncClient, url: str, headers: dict[str, str], method: str = "PATCH") -> Any:
    got = await client.get(url, headers=headers)
    assert got.status_code == 200, got.text
    sent = await client.request(method, url, json=got.json(), headers=headers | {"If-Match": got.headers["ETag"]})
    assert sent.status_code == 200, sent.text
    again = (await client.get(url, headers=headers)).json()
    return got.json(), sent.json(), again


async def test_symmetric_agenda_roundtrip(district: District) -> None:
    unit = await district.unit("xã Chương Trình Đối Xứng")
    conf = str((await district.conference(unit, is_congress=True))["id"])
    url = f"{CONF}/{conf}/agenda"
    agenda = (await district.admin.get(url)).json()
    agenda["items"][0]["start_time"] = "07:30"
    agenda["items"].insert(1, {"key": "children_greeting", "start_time": "07:45"})
    r = await district.admin.put(url, json=agenda)
    assert r.status_code == 200, r.text
    assert r.json()["items"][0]["start_time"] == "07:30"  # HH:MM in and out
    before, answer, after = await _get_put(district.http, url, district.admin, "PUT")
    assert answer == before == after
    # the server's own fields: accepted unchanged, refused changed (naming the field)
    for field, value in (("title", "Chào mừng"), ("kind", "extra")):
        body = json.loads(json.dumps(before))
        body["items"][2][field] = value
        r = await district.admin.put(url, json=body)
        assert r.status_code == 422, r.text
        assert r.json()["errors"][0]["field"] == f"items.2.{field}"
    body = before | {"conference_id": district.plan_id}
    r = await district.admin.put(url, json=body)
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "conference_id")
    body = json.loads(json.dumps(before))
    body["items"][0]["start_time"] = "07:30:00"
    assert (await district.admin.put(url, json=body)).status_code == 422
    assert (await district.admin.get(url)).json() == before


async def test_symmetric_submission_content_roundtrip(district: District) -> None:
    unit = await district.unit("xã Báo Cáo Đối Xứng")
    body = {
        "kind": "summary_report",
        "plan_id": district.plan_id,
        "unit_id": unit,
        "content": {
            "sections": {"p1.I": "Thành tích"},
            "figures": {"collectives_registered": 3, "collectives_total": 4, "leaders_commended": 1},
        },
    }
    r = await district.admin.post(SUB, json=body)
    assert r.status_code == 201, r.text
    s = r.json()
    assert s["content"]["sections"] == {"p1.I": "Thành tích"}
    assert s["content"]["figures"]["collectives_percent"]  # computed, read-only
    url = f"{SUB}/{s['id']}"
    before, answer, after = await _get_put(district.http, url, district.admin)
    assert answer == before == after  # S5: nothing changed, no new version
    assert after["current_version"] == 1
    versions = (await district.admin.get(f"{url}/versions")).json()
    assert len(versions["items"] if isinstance(versions, dict) else versions) == 1
    # a computed figure changed is refused, naming it
    changed = json.loads(json.dumps(before))
    changed["content"]["figures"]["collectives_percent"] = "99%"
    r = await district.admin.patch(url, json=changed)
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "content.figures.collectives_percent")
    # a real change through the same shape makes version 2
    changed = json.loads(json.dumps(before))
    changed["content"]["sections"]["p1.I"] = "Thành tích mới"
    r = await district.admin.patch(url, json=changed)
    assert (r.status_code, r.json()["current_version"]) == (200, 2), r.text
    # the nested and the deprecated flat shapes together: refused
    r = await district.admin.patch(url, json={"content": {}, "sections": {}})
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "content")


Maker = Callable[[District], Awaitable[str]]


async def _unit(d: District) -> str:
    return f"/api/v1/units/{await d.unit('xã Đối Xứng')}"


async def _plan(d: District) -> str:
    return f"/api/v1/plans/{d.plan_id}"


async def _conference(d: District) -> str:
    return f"{CONF}/{(await d.conference(await d.unit('xã Hội Nghị Đối Xứng')))['id']}"


async def _delegate(d: District) -> str:
    conf = (await d.conference(await d.unit("xã Đại Biểu Đối Xứng")))["id"]
    r = await d.admin.post(f"{CONF}/{conf}/delegates", json=delegates_json(1)[0])
    assert r.status_code == 201, r.text
    return f"{CONF}/{conf}/delegates/{r.json()['id']}"


async def _nomination(d: District) -> str:
    conf = (await d.conference(await d.unit("xã Đề Nghị Đối Xứng")))["id"]
    body = {
        "conference_id": conf,
        "nominee_kind": "individual",
        "nominee_name": "Trần Văn Cường",
        "national_id": "042080000778",
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    }
    r = await d.admin.post("/api/v1/nominations", json=body)
    assert r.status_code == 201, r.text
    return f"/api/v1/nominations/{r.json()['id']}"


async def _user(d: District) -> str:
    body = {
        "username": f"dx{d.id[:8]}",
        "full_name": "Người Đối Xứng",
        "role": "unit_officer",
        "unit_id": await d.unit("xã Tài Khoản Đối Xứng"),
        "password": DEMO_PASSWORD,
    }
    r = await d.admin.post("/api/v1/users", json=body)
    assert r.status_code == 201, r.text
    return f"/api/v1/users/{r.json()['id']}"


async def _block(d: District) -> str:
    body = {"name": "Cụm Đối Xứng", "district_id": d.id, "member_ids": [await d.unit("xã Cụm Đối Xứng")]}
    r = await d.admin.post("/api/v1/emulation-blocks", json=body)
    assert r.status_code == 201, r.text
    return f"/api/v1/emulation-blocks/{r.json()['id']}"


RESOURCES: dict[str, Maker] = {
    "units": _unit,
    "plans": _plan,
    "conferences": _conference,
    "delegates": _delegate,
    "nominations": _nomination,
    "users": _user,
    "blocks": _block,
}


@pytest.mark.parametrize("resource", list(RESOURCES))
async def test_symmetric_get_patch_roundtrip(district: District, resource: str) -> None:
    url = await RESOURCES[resource](district)

    async def audited() -> int:
        entity_id = url.rsplit("/", 1)[1]
        r = await district.admin.get("/api/v1/audit-events", params={"entity_id": entity_id})
        return len(r.json()["items"])

    events = await audited()
    before, answer, after = await _get_put(district.http, url, district.admin)
    assert answer == before == after  # nothing written: not even the update time moves
    assert await audited() == events  # X4: nothing written, nothing recorded
    # a read-only field sent changed is refused, naming it, and changes nothing
    r = await district.admin.patch(url, json=before | {"id": district.id})
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "id"), r.text
    assert (await district.admin.get(url)).json() == before


# --- times ------------------------------------------------------------------------------------


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _walk(spec: dict[str, Any], schema: dict[str, Any], value: Any, path: str, seen: dict[str, list[str]]) -> None:
    schema = _resolve(spec, schema)
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        if value is None and option.get("type") == "null":
            return
        if value is not None and option.get("type") != "null":
            _walk(spec, option, value, path, seen)
    if value is None:
        return
    fmt = schema.get("format")
    if fmt in ("date-time", "date", "time"):
        seen.setdefault(fmt, []).append(f"{path}={value}")
        if fmt == "date-time":
            assert value.endswith("Z"), f"{path}: {value} is not UTC with Z"
            assert dt.datetime.fromisoformat(value).tzinfo is not None, path
        elif fmt == "date":
            assert dt.date.fromisoformat(value).isoformat() == value, f"{path}: {value}"
        else:
            raise AssertionError(f"{path}: a bare time of day in the contract; agenda times are HH:MM strings")
    if isinstance(value, dict):
        for name, sub in value.items():
            if name in schema.get("properties", {}):
                _walk(spec, schema["properties"][name], sub, f"{path}.{name}", seen)
    if isinstance(value, list) and "items" in schema:
        for n, sub in enumerate(value):
            _walk(spec, schema["items"], sub, f"{path}[{n}]", seen)


def _formats(spec: dict[str, Any], schema: dict[str, Any], out: set[str], depth: int = 0) -> None:
    if depth > 12 or not isinstance(schema, dict):
        return
    if "format" in schema and schema.get("type") == "string":
        out.add(schema["format"])
    for key in ("properties",):
        for sub in schema.get(key, {}).values():
            _formats(spec, sub, out, depth + 1)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _formats(spec, schema[key], out, depth + 1)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            _formats(spec, sub, out, depth + 1)


async def test_contract_times_have_one_format(district: District, headers: dict[str, dict[str, str]]) -> None:
    spec = json.loads(CONTRACT.read_bytes())
    found: set[str] = set()
    for schema in spec["components"]["schemas"].values():
        _formats(spec, schema, found)
    assert "time" not in found, "agenda times are HH:MM strings, not format: time"
    # real answers: a conference with its agenda, a delegate, a submission received with +07:00
    unit = await district.unit("xã Thời Gian")
    conf = (await district.conference(unit))["id"]
    r = await district.admin.post(f"{CONF}/{conf}/delegates", json=delegates_json(1)[0])
    delegate = r.json()["id"]
    s = (
        await district.admin.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit})
    ).json()
    r = await district.admin.post(f"{SUB}/{s['id']}/submit", json={"received_at": "2024-11-05T09:30:00+07:00"})
    assert r.status_code == 200, r.text
    assert r.json()["received_at"] == "2024-11-05T02:30:00Z"
    seen: dict[str, list[str]] = {}
    for path, url in (
        ("/api/v1/conferences/{conference_id}", f"{CONF}/{conf}"),
        ("/api/v1/conferences/{conference_id}/agenda", f"{CONF}/{conf}/agenda"),
        ("/api/v1/conferences/{conference_id}/delegates/{delegate_id}", f"{CONF}/{conf}/delegates/{delegate}"),
        ("/api/v1/submissions/{submission_id}", f"{SUB}/{s['id']}"),
        ("/api/v1/plans/{plan_id}", f"/api/v1/plans/{district.plan_id}"),
        ("/api/v1/plans", "/api/v1/plans"),
        ("/api/v1/units", "/api/v1/units"),
        ("/api/v1/conferences/{conference_id}/delegates", f"{CONF}/{conf}/delegates"),
        ("/api/v1/audit-events", "/api/v1/audit-events"),
    ):
        r = await district.admin.get(url)
        assert r.status_code == 200, (url, r.text)
        schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        _walk(spec, schema, r.json(), path, seen)
    assert len(seen.get("date-time", [])) > 20, seen
    assert seen.get("date"), seen
    agenda = (await district.admin.get(f"{CONF}/{conf}/agenda")).json()
    agenda["items"][0]["start_time"] = "06:05"
    r = await district.admin.put(f"{CONF}/{conf}/agenda", json=agenda)
    assert r.json()["items"][0]["start_time"] == "06:05"
    assert (await district.admin.get(f"{CONF}/{conf}/agenda")).json() == r.json()
