"""L3 through HTTP: date-effective units, the merge, records that keep their unit, a plan that
involves only units valid over its span, and the register as of a day."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from tests.support import District

UNITS = "/api/v1/units"
MERGE = "/api/v1/units/merge"
NOM = "/api/v1/nominations"
SUB = "/api/v1/submissions"
CONF = "/api/v1/conferences"


def _merge(unit_ids: list[str], effective_on: str, name: str = "xã Hợp Nhất", **unit: object) -> dict[str, Any]:
    return {
        "unit_ids": unit_ids,
        "effective_on": effective_on,
        "unit": {"name": name, "kind": "commune", "headcount": 80} | unit,
    }


def _l3(r: Any, field: str, reason: str | None = None) -> None:
    assert r.status_code == 422, r.text
    body = r.json()
    assert (body["code"], body["rule"]) == ("invalid_unit", "L3"), body
    assert body["errors"][0]["field"] == field, body
    if reason is not None:
        assert body["errors"][0]["code"] == "invalid_unit"


async def _unit(district: District, unit_id: str) -> dict[str, Any]:
    r = await district.http.get(f"{UNITS}/{unit_id}", headers=district.admin.headers)
    assert r.status_code == 200
    return dict(r.json())


async def test_L3_merge_closes_and_opens_in_one_audited_step(district: District) -> None:
    a, b = await district.unit("xã Sáp A"), await district.unit("xã Sáp B")
    r = await district.admin.post(MERGE, json=_merge([a, b], "2025-07-01", admin_code="18211"))
    assert r.status_code == 201, r.text
    new = r.json()
    assert r.headers["Location"] == f"/api/v1/units/{new['id']}"
    assert (new["valid_from"], new["valid_to"], new["successor_ids"]) == ("2025-07-01", None, [])
    assert (new["parent_id"], new["district_id"], new["admin_code"]) == (district.id, district.id, "18211")
    for old in (a, b):
        unit = await _unit(district, old)
        assert (unit["valid_from"], unit["valid_to"], unit["successor_ids"]) == (
            "1900-01-01",
            "2025-06-30",
            [new["id"]],
        )
        events = await district.superadmin.get("/api/v1/audit-events", params={"entity": "unit", "entity_id": old})
        (closing,) = [e for e in events.json()["items"] if e["action"] == "update"]
        assert closing["before"]["valid_to"] is None
        assert closing["after"]["successor_ids"] == [new["id"]]
        assert "merge" in closing["reason"]
    events = await district.superadmin.get("/api/v1/audit-events", params={"entity": "unit", "entity_id": new["id"]})
    assert [e["action"] for e in events.json()["items"]] == ["create"]
    # the official code is unique: a second unit cannot take it
    r = await district.admin.post(
        UNITS,
        json={
            "name": "xã Trùng Mã",
            "kind": "commune",
            "headcount": 5,
            "parent_id": district.id,
            "admin_code": "18211",
        },
    )
    assert (r.status_code, r.json()["code"]) == (409, "conflict")


async def test_L3_merge_refusals_name_the_field_and_change_nothing(district: District) -> None:
    a, b = await district.unit("xã Từ Chối A"), await district.unit("xã Từ Chối B")
    late = await district.unit("xã Mới Lập", valid_from="2025-01-01")
    school = await district.unit("Trường Dưới A", kind="school", headcount=5, parent_id=a)
    other = await District.create(district.superadmin, f"UBND huyện Khác {uuid.uuid4().hex[:6]}")
    foreign = await other.unit("xã Huyện Khác")
    # one unit is no merge
    _l3(await district.admin.post(MERGE, json=_merge([a, a], "2025-07-01")), "unit_ids")
    # an effective date on or before a unit's first day leaves it no day
    _l3(await district.admin.post(MERGE, json=_merge([b, late], "2025-01-01")), "effective_on")
    # a unit with an open unit under it
    _l3(await district.admin.post(MERGE, json=_merge([a, b], "2025-07-01")), "unit_ids")
    # units of different parents
    _l3(await district.admin.post(MERGE, json=_merge([b, school], "2025-07-01", kind="commune")), "unit_ids")
    # the new unit at another level
    _l3(await district.admin.post(MERGE, json=_merge([b, late], "2025-07-01", kind="district")), "kind")
    # another district's admin, an officer: 403
    r = await other.admin.post(MERGE, json=_merge([b, late], "2025-07-01"))
    assert r.status_code == 403
    r = await (await district.officer(b)).post(MERGE, json=_merge([b, late], "2025-07-01"))
    assert r.status_code == 403
    # of two districts: different parents
    _l3(await district.superadmin.post(MERGE, json=_merge([b, foreign], "2025-07-01")), "unit_ids")
    # an official code of the wrong shape
    r = await district.admin.post(MERGE, json=_merge([b, late], "2025-07-01", admin_code="1821"))
    _l3(r, "unit.admin_code")
    for unit_id in (a, b, late):
        assert (await _unit(district, unit_id))["valid_to"] is None
    # an unknown unit
    r = await district.admin.post(MERGE, json=_merge([b, str(uuid.uuid4())], "2025-07-01"))
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "unit_ids")
    # a closed unit cannot be merged again
    assert (await district.admin.post(MERGE, json=_merge([b, late], "2025-07-01"))).status_code == 201
    _l3(await district.admin.post(MERGE, json=_merge([b, a], "2025-08-01")), "unit_ids")


async def test_L3_admin_code_is_digits_of_its_kind(district: District) -> None:
    body = {"name": "xã Mã Số", "kind": "commune", "headcount": 5, "parent_id": district.id}
    for bad in ("1821", "182110", "18a11", "１８２１１"):
        _l3(await district.admin.post(UNITS, json=body | {"admin_code": bad}), "admin_code")
    school = body | {"name": "Trường Mã Số", "kind": "school", "admin_code": "18299"}
    _l3(await district.admin.post(UNITS, json=school), "admin_code")
    code = f"{uuid.uuid4().int % 100000:05d}"
    r = await district.admin.post(UNITS, json=body | {"admin_code": code})
    assert (r.status_code, r.json()["admin_code"]) == (201, code)
    r = await district.admin.patch(f"{UNITS}/{r.json()['id']}", json={"admin_code": None})
    assert (r.status_code, r.json()["admin_code"]) == (200, None)


async def test_L3_merge_keeps_old_records_readable_under_the_old_unit(district: District) -> None:
    a, b = await district.unit("xã Cũ A"), await district.unit("xã Cũ B")
    conference = await district.conference(a)
    officer = await district.officer(a)
    r = await officer.post(f"{CONF}/{conference['id']}/delegates", json={"full_name": "Lê Văn Cũ", "category": "hero"})
    assert r.status_code == 201, r.text
    nomination = {
        "conference_id": conference["id"],
        "nominee_kind": "collective",
        "nominee_name": "Hội Nông dân xã",
        "honour": "conference_honoured",
        "basis": "merit",
    }
    r = await officer.post(NOM, json=nomination)
    assert r.status_code == 201, r.text
    nomination_id = r.json()["id"]
    # the units' last day is the plan's last deadline (2025-06-30): they still serve the plan
    r = await district.admin.post(MERGE, json=_merge([a, b], "2025-07-01"))
    assert r.status_code == 201, r.text
    new = r.json()["id"]
    r = await officer.get(f"{CONF}/{conference['id']}")
    assert (r.status_code, r.json()["unit_id"]) == (200, a)
    r = await officer.get(f"{CONF}/{conference['id']}/delegates")
    assert [d["full_name"] for d in r.json()["items"]] == ["Lê Văn Cũ"]
    r = await officer.get(f"{NOM}/{nomination_id}")
    assert (r.status_code, r.json()["unit_id"]) == (200, a)
    r = await district.http.get(NOM, params={"conference_id": conference["id"]}, headers=district.admin.headers)
    assert [n["id"] for n in r.json()["items"]] == [nomination_id]
    unit = await _unit(district, a)
    assert (unit["name"], unit["valid_to"], unit["successor_ids"]) == ("xã Cũ A", "2025-06-30", [new])
    # boundary: valid_to = the last deadline is enough to go on nominating and scheduling
    r = await officer.post(NOM, json=nomination | {"nominee_name": "Đoàn Thanh niên xã"})
    assert r.status_code == 201, r.text
    await district.conference(b)


async def test_L3_plan_refuses_a_unit_closed_before_its_last_deadline(district: District) -> None:
    a, b = await district.unit("xã Đóng Sớm A"), await district.unit("xã Đóng Sớm B")
    conference = await district.conference(a)
    # the day before the last deadline (2025-06-30) is the units' last day: refused from now on
    r = await district.admin.post(MERGE, json=_merge([a, b], "2025-06-30"))
    assert r.status_code == 201, r.text
    new = r.json()["id"]
    body = {
        "unit_id": b,
        "plan_id": district.plan_id,
        "form": "advanced_exemplars",
        "held_on": "2025-03-15",
        "session": "morning",
        "place": "Hương Khê",
    }
    r = await district.admin.post(CONF, json=body)
    _l3(r, "unit_id")
    assert r.json()["errors"][0]["field"] == "unit_id"
    assert "2025-06-29" in r.json()["detail"]
    officer = await district.officer(a)
    r = await officer.post(
        NOM,
        json={
            "conference_id": conference["id"],
            "nominee_kind": "collective",
            "nominee_name": "Hội Phụ nữ xã",
            "honour": "conference_honoured",
            "basis": "merit",
        },
    )
    _l3(r, "conference_id")
    r = await officer.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": a, "text": "KH"})
    _l3(r, "unit_id")
    # the new unit did not exist when the plan was issued (2024-10-11): not this plan's either
    _l3(await district.admin.post(CONF, json=body | {"unit_id": new}), "unit_id")
    # the conference made before stays readable under its unit
    r = await officer.get(f"{CONF}/{conference['id']}")
    assert (r.status_code, r.json()["unit_id"]) == (200, a)


async def test_L3_as_of_lists_the_units_of_that_day(district: District) -> None:
    a, b = await district.unit("xã Ngày A"), await district.unit("xã Ngày B")
    r = await district.admin.post(MERGE, json=_merge([a, b], "2025-07-01", name="xã Ngày Mới"))
    new = r.json()["id"]

    async def names(**params: str) -> set[str]:
        r = await district.http.get(UNITS, params={"parent_id": district.id, **params}, headers=district.admin.headers)
        assert r.status_code == 200, r.text
        return {u["name"] for u in r.json()["items"]}

    assert await names(as_of="2025-06-30") == {"xã Ngày A", "xã Ngày B"}  # valid_to is included
    assert await names(as_of="2025-07-01") == {"xã Ngày Mới"}  # the day after is not
    assert await names() == {"xã Ngày A", "xã Ngày B", "xã Ngày Mới"}  # by default every unit
    assert await names(as_of="2025-07-01", q="ngay") == {"xã Ngày Mới"}  # with a search too
    assert new
    r = await district.http.get(UNITS, params={"as_of": "30/06/2025"}, headers=district.admin.headers)
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "as_of")


async def test_L3_concurrent_merges_of_one_unit_exactly_one_wins(district: District) -> None:
    a, b, c = [await district.unit(f"xã Đua {n}") for n in "ABC"]
    results = await asyncio.gather(
        district.admin.post(MERGE, json=_merge([a, b], "2025-07-01", name="xã Đua AB")),
        district.admin.post(MERGE, json=_merge([c, a], "2025-07-01", name="xã Đua AC")),
    )
    assert sorted(r.status_code for r in results) == [201, 422]
    (won,) = [r.json() for r in results if r.status_code == 201]
    assert (await _unit(district, a))["successor_ids"] == [won["id"]]
    r = await district.http.get(UNITS, params={"parent_id": district.id}, headers=district.admin.headers)
    assert sorted(u["name"] for u in r.json()["items"]) == sorted(["xã Đua A", "xã Đua B", "xã Đua C", won["name"]])


def _split(effective_on: str, *names: str, **unit: object) -> dict[str, Any]:
    return {
        "effective_on": effective_on,
        "units": [{"name": name, "kind": "commune", "headcount": 40} | unit for name in names],
    }


async def test_L3_split_closes_one_unit_and_opens_several_in_one_audited_step(district: District) -> None:
    old = await district.unit("xã Chia Tách")
    conference = await district.conference(old)
    r = await district.admin.post(f"{UNITS}/{old}/split", json=_split("2025-07-01", "xã Tách A", "xã Tách B"))
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == f"{UNITS}/{old}"
    new_ids = [u["id"] for u in body["successors"]]
    assert [u["name"] for u in body["successors"]] == ["xã Tách A", "xã Tách B"]
    for unit in body["successors"]:
        assert (unit["valid_from"], unit["valid_to"], unit["parent_id"]) == ("2025-07-01", None, district.id)
    assert (body["unit"]["valid_to"], body["unit"]["successor_ids"]) == ("2025-06-30", new_ids)
    assert (await _unit(district, old))["successor_ids"] == new_ids
    events = await district.superadmin.get("/api/v1/audit-events", params={"entity": "unit", "entity_id": old})
    (closing,) = [e for e in events.json()["items"] if e["action"] == "update"]
    assert "split" in closing["reason"]
    assert closing["before"]["valid_to"] is None
    for new in new_ids:
        events = await district.superadmin.get("/api/v1/audit-events", params={"entity": "unit", "entity_id": new})
        assert [e["action"] for e in events.json()["items"]] == ["create"]
    # the old unit's records stay its own and readable
    r = await district.admin.get(f"{CONF}/{conference['id']}")
    assert (r.status_code, r.json()["unit_id"]) == (200, old)
    # the register of a day before the split lists the old unit, of the day after the new ones
    before = await district.http.get(
        UNITS, params={"as_of": "2025-06-30", "limit": 200}, headers=district.admin.headers
    )
    after = await district.http.get(UNITS, params={"as_of": "2025-07-01", "limit": 200}, headers=district.admin.headers)
    ids_before = {u["id"] for u in before.json()["items"]}
    ids_after = {u["id"] for u in after.json()["items"]}
    assert old in ids_before
    assert not ids_before & set(new_ids)
    assert old not in ids_after
    assert set(new_ids) <= ids_after


async def test_L3_split_refusals_name_the_field_and_change_nothing(district: District) -> None:
    unit = await district.unit("xã Không Tách")
    late = await district.unit("xã Mới Tách", valid_from="2025-01-01")
    parent = await district.unit("xã Có Trường")
    await district.unit("Trường Dưới Tách", kind="school", headcount=5, parent_id=parent)
    other = await District.create(district.superadmin, f"UBND huyện Tách {uuid.uuid4().hex[:6]}")

    async def split(unit_id: str, body: dict[str, Any], caller: Any = None) -> Any:
        return await (caller or district.admin).post(f"{UNITS}/{unit_id}/split", json=body)

    _l3(await split(unit, _split("2025-07-01", "xã Một Mình")), "units")
    _l3(await split(late, _split("2025-01-01", "xã T1", "xã T2")), "effective_on")
    _l3(await split(parent, _split("2025-07-01", "xã T1", "xã T2")), "unit_id")
    _l3(await split(unit, _split("2025-07-01", "xã T1", "xã T2", kind="district")), "units[0].kind")
    _l3(await split(unit, _split("2025-07-01", "xã T1", "xã T2", admin_code="1")), "units[0].admin_code")
    assert (await split(unit, _split("2025-07-01", "xã T1", "xã T2"), other.admin)).status_code == 403
    assert (await split(unit, _split("2025-07-01", "xã T1", "xã T2"), await district.officer(unit))).status_code == 403
    assert (await split(str(uuid.uuid4()), _split("2025-07-01", "xã T1", "xã T2"))).status_code == 404
    r = await district.http.get(UNITS, params={"q": "xã T1", "limit": 200}, headers=district.admin.headers)
    assert not [u for u in r.json()["items"] if u["name"] in ("xã T1", "xã T2", "xã Một Mình")]
    for unit_id in (unit, late, parent):
        assert (await _unit(district, unit_id))["valid_to"] is None
    # a split unit is closed: it can be neither split nor merged again
    assert (await split(unit, _split("2025-07-01", "xã T1", "xã T2"))).status_code == 201
    _l3(await split(unit, _split("2025-08-01", "xã T3", "xã T4")), "unit_id")
    _l3(await district.admin.post(MERGE, json=_merge([unit, late], "2025-08-01")), "unit_ids")
