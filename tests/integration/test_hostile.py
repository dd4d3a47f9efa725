"""Hostile input: every request answered with a 4xx problem, and the database unchanged after."""

import base64
import json

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

PROBLEM = "application/problem+json"


async def _checksum(app: FastAPI) -> str:
    """md5 over every row of every table (ordered), so any change shows."""
    async with app.state.engine.connect() as conn:
        tables = (
            (
                await conn.execute(
                    sa.text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                        " ORDER BY tablename"
                    )
                )
            )
            .scalars()
            .all()
        )
        parts = []
        for table in tables:
            digest = (
                await conn.execute(
                    sa.text(f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t")
                )
            ).scalar_one()
            parts.append(f"{table}:{digest}")
        return ";".join(parts)


def _barrage(demo: dict[str, dict[str, str]]) -> list[tuple[str, str, dict[str, object]]]:
    district = demo["units"]["UBND huyện Hương Khê"]
    unit = demo["units"]["xã Hương Thủy"]
    deep = "[" * 100_000 + "]" * 100_000
    valid_unit = {"name": "xã Tấn Công", "kind": "commune", "headcount": 5, "parent_id": district}
    none_token = (
        base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
        + "."
        + base64.urlsafe_b64encode(b'{"sub":"x","typ":"access","exp":9999999999}').rstrip(b"=").decode()
        + "."
    )
    return [
        ("POST", "/api/v1/units", {"content": b"{" + b" " * (2 * 1024 * 1024) + b"}", "ctype": "application/json"}),
        ("POST", "/api/v1/units", {"content": deep.encode(), "ctype": "application/json"}),
        ("POST", "/api/v1/units", {"content": b'{"name": "\xff\xfe", "kind": "commune"}', "ctype": "application/json"}),
        ("POST", "/api/v1/units", {"json": valid_unit | {"headcount": 10**30}}),
        ("POST", "/api/v1/units", {"json": valid_unit | {"headcount": -(2**63)}}),
        ("POST", "/api/v1/units", {"json": valid_unit | {"name": "xã\x00Lỗi"}}),
        ("POST", "/api/v1/units", {"json": valid_unit | {"name": "x" * 100_000}}),
        ("POST", "/api/v1/units", {"json": valid_unit | {"name": "'; DROP TABLE units; --", "kind": "admin"}}),
        ("POST", "/api/v1/units", {"content": b"name=x&kind=commune", "ctype": "application/x-www-form-urlencoded"}),
        ("POST", "/api/v1/units", {"content": b"<unit><name>x</name></unit>", "ctype": "application/xml"}),
        ("PATCH", f"/api/v1/units/{unit}", {"json": {"headcount": 1.5e308}}),
        ("PATCH", f"/api/v1/units/{unit}", {"json": {"party_congress_date": "99999-01-01"}}),
        ("PATCH", f"/api/v1/units/{unit}", {"json": {"party_congress_date": "2025-02-30"}}),
        ("PATCH", f"/api/v1/units/{unit}", {"json": [1, 2, 3]}),
        ("PATCH", f"/api/v1/units/{unit}", {"json": {"headcount": 7}, "headers": {"If-Match": '"stale"'}}),
        ("GET", "/api/v1/units", {"params": {"q": "' OR 1=1 --"}}),
        ("GET", "/api/v1/units", {"params": {"q": "huong:* | !thuy & (x"}}),
        ("GET", "/api/v1/units", {"params": {"limit": "99999999999999999999"}}),
        ("GET", "/api/v1/units", {"params": {"cursor": "W1tbW1tbW1s="}}),
        ("GET", "/api/v1/units/..%2F..%2Fetc%2Fpasswd", {}),
        ("GET", "/api/v1/units", {"headers": {"X-Request-ID": "abc\r\nSet-Cookie: x=y"}}),
        ("GET", "/api/v1/me", {"token": "forged.token.value"}),
        ("GET", "/api/v1/me", {"token": none_token}),
        ("GET", "/api/v1/me", {"token": "x" * 10_000}),
        ("POST", "/api/v1/plans", {"json": {"code": "X", "issued_on": "0000-01-01"}}),
        ("POST", "/api/v1/emulation-blocks", {"json": {"name": "Cụm", "member_ids": ["not-a-uuid"] * 10}}),
        ("POST", "/api/v1/conferences", {"json": {"unit_id": unit, "plan_id": demo["plan"]["id"], "form": "x"}}),
        ("POST", "/api/v1/nominations", {"json": {"conference_id": "00000000-0000-0000-0000-000000000000"}}),
        (
            "POST",
            "/api/v1/submissions",
            {"json": {"kind": "summary_report", "plan_id": demo["plan"]["id"], "sections": {"p9": "x"}}},
        ),
    ]


async def test_Q3_hostile_input_gets_4xx_problems_and_changes_nothing(
    app: FastAPI, client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    before = await _checksum(app)
    for method, path, spec in _barrage(demo):
        h = dict(headers["district_admin"])
        if "token" in spec:
            h["Authorization"] = f"Bearer {spec['token']}"
        if "ctype" in spec:
            h["Content-Type"] = str(spec["ctype"])
        h |= dict(spec.get("headers") or {})  # type: ignore[arg-type]
        r = await client.request(
            method,
            path,
            headers=h,
            content=spec.get("content"),
            json=spec.get("json"),
            params=spec.get("params"),  # type: ignore[arg-type]
        )
        label = f"{method} {path} {json.dumps({k: str(v)[:60] for k, v in spec.items()}, ensure_ascii=False)}"
        assert 400 <= r.status_code < 500 or (r.status_code == 200 and method == "GET"), f"{label} → {r.status_code}"
        if r.status_code >= 400:
            assert r.headers["content-type"].startswith(PROBLEM), label
            assert "code" in r.json(), label
            assert "DROP TABLE" not in r.text
            assert "SECRET" not in r.text
        assert "\r" not in r.headers.get("x-request-id", ""), label
    assert await _checksum(app) == before


@pytest.mark.parametrize("header", ["Authorization", "X-Request-ID", "Accept-Language", "If-Match"])
async def test_Q3_oversized_headers_are_refused_without_a_500(client: httpx.AsyncClient, header: str) -> None:
    r = await client.get("/api/v1/units", headers={header: "a" * 20_000})
    assert r.status_code < 500
