"""C1, C8, L2 — the forms and the agenda extras a plan allows at each level come from the plan,
through HTTP on PostgreSQL. Plan 187 (the defaults) keeps its §II.2 forms and §II.3 extras; a plan
naming others is obeyed; a plan's change never strands a conference's form or agenda."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from tests.support import District
from tests.support.callers import Caller
from tests.support.world import PLAN_187

CONF = "/api/v1/conferences"
PLANS = "/api/v1/plans"


def _problem(r: httpx.Response) -> tuple[int, str, str | None]:
    body = r.json()
    return r.status_code, body["code"], body.get("rule")


def _fields(r: httpx.Response) -> list[str]:
    return [e["field"] for e in r.json().get("errors", [])]


async def _district(superadmin: Caller, plan: dict[str, object]) -> District:
    return await District.create(superadmin, f"UBND huyện Hình Thức {uuid.uuid4().hex[:8]}", PLAN_187 | plan)


async def _schedule(district: District, unit_id: str, form: str, held_on: str) -> httpx.Response:
    body = {
        "unit_id": unit_id,
        "plan_id": district.plan_id,
        "form": form,
        "held_on": held_on,
        "session": "morning",
        "place": "Hương Khê",
    }
    return await (await district.organizer(unit_id)).post(CONF, json=body)


async def test_L2_forms_per_level_come_from_the_plan(superadmin_client: Caller, district: District) -> None:
    # plan 187 (the defaults): §II.2.2 two forms for the issuer, §II.2.1 three for the units
    plan = (await district.admin.get(f"{PLANS}/{district.plan_id}")).json()
    assert plan["issuer_forms"] == ["advanced_exemplars", "skilled_creative_workers"]
    assert plan["member_forms"] == ["advanced_exemplars", "good_people_good_deeds", "skilled_creative_workers"]
    r = await _schedule(district, district.id, "good_people_good_deeds", "2025-06-10")
    assert _problem(r) == (422, "conference_form_not_allowed", "C1")
    assert r.json()["errors"][0]["field"] == "form"
    # a plan allowing good_people_good_deeds at its issuer's conference, and only advanced_exemplars below
    other = await _district(
        superadmin_client, {"issuer_forms": ["good_people_good_deeds"], "member_forms": ["advanced_exemplars"]}
    )
    unit = await other.unit("xã Người Tốt")
    r = await _schedule(other, unit, "good_people_good_deeds", "2025-03-10")
    assert _problem(r) == (422, "conference_form_not_allowed", "C1")
    assert (await _schedule(other, unit, "advanced_exemplars", "2025-03-10")).status_code == 201
    r = await _schedule(other, other.id, "advanced_exemplars", "2025-06-10")
    assert _problem(r) == (422, "conference_form_not_allowed", "C1")
    r = await _schedule(other, other.id, "good_people_good_deeds", "2025-06-10")
    assert r.status_code == 201, r.text
    conf = r.json()
    # a PATCH of the form reads the same plan
    r = await other.admin.patch(f"{CONF}/{conf['id']}", json={"form": "skilled_creative_workers"})
    assert _problem(r) == (422, "conference_form_not_allowed", "C1")


@pytest.mark.parametrize(
    ("forms", "field"),
    [
        ([], "issuer_forms"),
        (["advanced_exemplars", "advanced_exemplars"], "issuer_forms.1"),
        (["worthy_people"], "issuer_forms.0"),
    ],
)
async def test_L2_plan_forms_validated(district: District, forms: list[str], field: str) -> None:
    path = f"{PLANS}/{district.plan_id}"
    before = (await district.admin.get(path)).json()
    r = await district.admin.patch(path, json={"issuer_forms": forms})
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_error"
    assert any(f.startswith(field) for f in _fields(r)), r.json()
    assert (await district.admin.get(path)).json() == before


async def test_C1_narrowing_plan_forms_over_existing_conferences_is_refused(district: District) -> None:
    path = f"{PLANS}/{district.plan_id}"
    unit = await district.unit("xã Việc Tốt")
    conf = await district.conference(unit, form="good_people_good_deeds")
    before = (await district.admin.get(path)).json()
    r = await district.admin.patch(path, json={"member_forms": ["advanced_exemplars", "skilled_creative_workers"]})
    assert _problem(r) == (409, "conflict", "C1")
    assert r.json()["errors"][0]["field"] == "member_forms"
    assert "good_people_good_deeds" in r.json()["detail"]
    assert (await district.admin.get(path)).json() == before  # nothing changed
    got = (await district.organizer_of(str(conf["id"])).get(f"{CONF}/{conf['id']}")).json()
    assert got["form"] == "good_people_good_deeds"
    # a form no conference uses may go; widening the issuer's is always possible
    r = await district.admin.patch(path, json={"member_forms": ["advanced_exemplars", "good_people_good_deeds"]})
    assert r.status_code == 200, r.text
    r = await district.admin.patch(path, json={"issuer_forms": ["advanced_exemplars", "good_people_good_deeds"]})
    assert r.status_code == 200, r.text
    assert r.json()["issuer_forms"] == ["advanced_exemplars", "good_people_good_deeds"]
    # once the conference changes its form, the plan may drop the old one
    officer = district.organizer_of(str(conf["id"]))
    r = await officer.patch(f"{CONF}/{conf['id']}", json={"form": "advanced_exemplars"})
    assert r.status_code == 200, r.text
    r = await district.admin.patch(path, json={"member_forms": ["advanced_exemplars"]})
    assert r.status_code == 200, r.text


async def test_C1_database_refuses_a_form_its_plan_does_not_allow(app: FastAPI, district: District) -> None:
    """C1 held by PostgreSQL too: past the service, neither a conference nor its plan can leave the
    plan's forms (the triggers conferences_form_allowed and plans_forms_in_use)."""
    unit = await district.unit("xã Cơ Sở Dữ Liệu")
    conf = await district.conference(unit, form="good_people_good_deeds")
    district_conf = await district.conference(district.id, "2025-06-10")
    async with app.state.engine.connect() as conn:
        with pytest.raises(sa.exc.IntegrityError, match="c1_conference_form_allowed"):
            await conn.execute(
                sa.text("UPDATE conferences SET form = 'good_people_good_deeds' WHERE id = :i"),
                {"i": district_conf["id"]},
            )
        await conn.rollback()
        with pytest.raises(sa.exc.IntegrityError, match="c1_conference_form_allowed"):
            await conn.execute(
                sa.text("UPDATE plans SET member_forms = '{advanced_exemplars}' WHERE id = :i"),
                {"i": district.plan_id},
            )
        await conn.rollback()
        with pytest.raises(sa.exc.IntegrityError, match="ck_plans_member_forms"):
            await conn.execute(
                sa.text("UPDATE plans SET member_forms = member_forms || '{worthy_people}'::varchar[] WHERE id = :i"),
                {"i": district.plan_id},
            )
        await conn.rollback()
        # a column the rule does not read stays writable
        await conn.execute(sa.text("UPDATE conferences SET place = 'Hà Tĩnh' WHERE id = :i"), {"i": conf["id"]})
        await conn.rollback()


async def test_L2_agenda_extras_per_level_come_from_the_plan(superadmin_client: Caller) -> None:
    flag = {"key": "emulation_flag", "title": "Trao Cờ thi đua"}
    district = await _district(superadmin_client, {"issuer_agenda_extras": [flag], "member_agenda_extras": []})
    plan = (await district.admin.get(f"{PLANS}/{district.plan_id}")).json()
    assert plan["issuer_agenda_extras"] == [flag]
    unit = await district.unit("xã Không Văn Nghệ")
    member = await district.conference(unit)
    issuer = await district.conference(district.id, "2025-06-10")
    for conf, extra, allowed in (
        (member, "children_greeting", False),  # plan 187's extra, not this plan's for the units
        (issuer, "children_greeting", False),
        (issuer, "emulation_flag", True),
    ):
        caller = district.organizer_of(str(conf["id"]))
        path = f"{CONF}/{conf['id']}/agenda"
        keys = [i["key"] for i in (await caller.get(path)).json()["items"]]
        r = await caller.put(path, json={"items": [{"key": keys[0]}, {"key": extra}, *({"key": k} for k in keys[1:])]})
        if allowed:
            assert r.status_code == 200, r.text
            assert r.json()["items"][1] == {
                "key": "emulation_flag",
                "title": "Trao Cờ thi đua",
                "kind": "extra",
                "start_time": None,
                "presentation_ids": [],
            }
        else:
            assert _problem(r) == (422, "agenda_invalid", "C8")
    # the extra an agenda holds cannot be dropped from the plan (nothing lost) ...
    path = f"{PLANS}/{district.plan_id}"
    r = await district.admin.patch(path, json={"issuer_agenda_extras": []})
    assert _problem(r) == (409, "conflict", "C8")
    assert r.json()["errors"][0]["field"] == "issuer_agenda_extras"
    # ... while the members' may gain one, named by the plan
    r = await district.admin.patch(path, json={"member_agenda_extras": [flag]})
    assert r.status_code == 200, r.text
    # an extra is never one of §II.3's own items, nor a key twice
    for extras, field in (
        ([{"key": "welcome", "title": "Đón tiếp"}], "member_agenda_extras.0.key"),
        ([flag, flag], "member_agenda_extras.1.key"),
    ):
        r = await district.admin.patch(path, json={"member_agenda_extras": extras})
        assert (r.status_code, r.json()["code"]) == (422, "validation_error"), r.text
        assert _fields(r) == [field]


async def test_L2_plan_187_keeps_its_extras(district: District) -> None:
    plan = (await district.admin.get(f"{PLANS}/{district.plan_id}")).json()
    keys = ["children_greeting", "art_performance", "award_presentation"]
    assert [e["key"] for e in plan["issuer_agenda_extras"]] == keys
    assert [e["key"] for e in plan["member_agenda_extras"]] == keys
    assert plan["member_agenda_extras"][1]["title"] == "Biểu diễn văn nghệ"


async def test_C1_concurrent_narrowing_and_scheduling_never_both_win(district: District) -> None:
    """C1 under concurrent writers: a plan dropping a form while conferences are scheduled with it —
    the plan's change and each conference never both succeed (the plan row shared by the
    conference's trigger, held by the plan's update)."""
    units = [await district.unit(f"xã Đua {n}") for n in range(4)]
    narrow = district.admin.patch(
        f"{PLANS}/{district.plan_id}", json={"member_forms": ["advanced_exemplars", "skilled_creative_workers"]}
    )
    answers = await asyncio.gather(
        narrow, *(_schedule(district, u, "good_people_good_deeds", "2025-03-10") for u in units)
    )
    plan_answer, scheduled = answers[0], answers[1:]
    created = [r for r in scheduled if r.status_code == 201]
    assert all(r.status_code in (201, 422) for r in scheduled), [r.text for r in scheduled]
    if plan_answer.status_code == 200:
        assert created == []
    else:
        assert _problem(plan_answer) == (409, "conflict", "C1")
        assert created
    plan = (await district.admin.get(f"{PLANS}/{district.plan_id}")).json()
    listed = (await district.admin.get(CONF, params={"plan_id": district.plan_id})).json()["items"]
    assert all(c["form"] in plan["member_forms"] for c in listed)
