"""L2 — the levels a plan organizes come from the unit tree, through HTTP on PostgreSQL.

The plan's administrator is the admin bound to its issuing unit, whatever its level; a province's
own plan (its congress) and a post-2025 province → commune plan (no district level) follow the
same rules as plan 187's district/grassroots pair: C1 forms, C4 windows, C6 order, A1–A4 caps,
A10 allocations, each from the plan."""

from __future__ import annotations

import uuid

import httpx

from tests.support import District, delegates_json
from tests.support.callers import Caller
from tests.support.world import PLAN_187, new_account

CONF = "/api/v1/conferences"

# A post-2025 plan of a province whose communes hang directly under it (two-level government).
PLAN_2026 = {
    "title": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến giai đoạn 2026 - 2030",
    "issued_on": "2026-01-15",
    "edition": 1,
    "period_start_year": 2026,
    "period_end_year": 2030,
    "review_period_start_year": 2021,
    "review_period_end_year": 2025,
    "unit_plan_due_on": "2026-02-15",
    "district_compilation_due_on": "2026-03-31",
    "grassroots_conferences_due_on": "2026-05-31",
    "district_conference_due_on": "2026-08-31",
    "full_assembly_headcount_cap": 300,
    "delegate_assembly_cap": 200,
    "district_conference_cap": 300,
    "exemplary_share_percent": 70,
}


class Province(District):
    """A province unit with its admin (the ``district_admin`` role bound to the province, L2) and
    a plan it issues; ``unit`` hangs a unit directly under the province (a post-2025 commune)."""

    @classmethod
    async def create_province(
        cls, superadmin: Caller, name: str, plan: dict[str, object], code: str = "500/KH-THU"
    ) -> Province:
        r = await superadmin.post("/api/v1/units", json={"name": name, "kind": "province"})
        assert r.status_code == 201, r.text
        province_id = str(r.json()["id"])
        _, admin = await new_account(superadmin, "district_admin", province_id, "tinh")
        r = await admin.post("/api/v1/plans", json=plan | {"code": code, "issuer_unit_id": province_id})
        assert r.status_code == 201, r.text
        return cls(superadmin, admin, province_id, str(r.json()["id"]))


def _conference(unit_id: str, plan_id: str, held_on: str, **extra: object) -> dict[str, object]:
    body = {
        "unit_id": unit_id,
        "plan_id": plan_id,
        "form": "advanced_exemplars",
        "held_on": held_on,
        "session": "morning",
        "place": "Hà Tĩnh",
    }
    return body | extra


def _problem(r: httpx.Response) -> tuple[int, str, str | None]:
    body = r.json()
    return r.status_code, body["code"], body.get("rule")


async def test_L2_province_admin_administers_its_plan_and_schedules_the_province_conference(
    superadmin_client: Caller,
) -> None:
    tag = uuid.uuid4().hex[:6]
    ours = await Province.create_province(superadmin_client, f"tỉnh Hà Tĩnh {tag}", PLAN_187)
    other = await Province.create_province(superadmin_client, f"tỉnh Nghệ An {tag}", PLAN_187)

    # the plan's administrator: the admin bound to its issuing unit (a province), and only that one
    r = await ours.admin.post("/api/v1/plans", json=PLAN_187 | {"code": "501/KH", "issuer_unit_id": other.id})
    assert r.status_code == 403
    plan = await ours.admin.get(f"/api/v1/plans/{ours.plan_id}")
    r = await ours.admin.patch(
        f"/api/v1/plans/{ours.plan_id}", json={"title": "Kế hoạch 500"}, headers={"If-Match": plan.headers["ETag"]}
    )
    assert r.status_code == 200, r.text
    r = await ours.admin.patch(f"/api/v1/plans/{other.plan_id}", json={"title": "Không được"})
    assert r.status_code == 403

    # C1 at the issuing level: the province's conference has the issuer's two forms
    wrong_form = _conference(ours.id, ours.plan_id, "2025-06-20", form="good_people_good_deeds")
    r = await ours.admin.post(CONF, json=wrong_form)
    assert _problem(r) == (422, "conference_form_not_allowed", "C1")
    # C4 at the issuing level: by the plan's upper deadline
    r = await ours.admin.post(CONF, json=_conference(ours.id, ours.plan_id, "2025-07-01"))
    assert _problem(r) == (422, "conference_date_out_of_window", "C4")
    r = await ours.admin.post(CONF, json=_conference(ours.id, ours.plan_id, "2025-06-30"))
    assert r.status_code == 201, r.text
    congress = r.json()
    # A2 from the plan: the issuer's conference is a delegate assembly of the plan's upper cap
    assert (congress["level"], congress["assembly_mode"], congress["delegate_cap"]) == (
        "province",
        "delegate_assembly",
        300,
    )

    # refused for another province's plan and conference
    r = await ours.admin.post(CONF, json=_conference(other.id, other.plan_id, "2025-06-20"))
    assert r.status_code == 403
    theirs = await other.conference(other.id, "2025-06-20")
    r = await ours.admin.patch(f"{CONF}/{theirs['id']}", json={"place": "Không được"})
    assert r.status_code in (403, 404)
    r = await other.admin.patch(f"{CONF}/{congress['id']}", json={"place": "Không được"})
    assert r.status_code in (403, 404)

    # the province's admin administers the districts under it (the unit tree), the other one not
    r = await superadmin_client.post(
        "/api/v1/units", json={"name": f"huyện Hương Khê {tag}", "kind": "district", "parent_id": ours.id}
    )
    assert r.status_code == 201, r.text
    district_id = str(r.json()["id"])
    body = {"name": f"xã Hương Thủy {tag}", "kind": "commune", "headcount": 80, "parent_id": district_id}
    assert (await other.admin.post("/api/v1/units", json=body)).status_code == 403
    r = await ours.admin.post("/api/v1/units", json=body)
    assert r.status_code == 201, r.text
    commune = str(r.json()["id"])
    _, district_admin = await new_account(ours.admin, "district_admin", district_id, "huyen")
    district = District(superadmin_client, district_admin, district_id, "")
    r = await district_admin.post("/api/v1/plans", json=PLAN_187 | {"code": "187/KH", "issuer_unit_id": district_id})
    assert r.status_code == 201, r.text
    district.plan_id = str(r.json()["id"])
    held = await district.conference(commune, "2025-03-10")
    # X2 — the commune's private records reach the admins of its district and of its province only
    assert (await ours.admin.get(f"{CONF}/{held['id']}/compliance")).status_code == 200
    assert (await district_admin.get(f"{CONF}/{held['id']}/compliance")).status_code == 200
    assert (await other.admin.get(f"{CONF}/{held['id']}/compliance")).status_code == 404

    # accounts and the audit log: the province's admin reads its province's and its districts',
    # never another province's (an admin bound to a province is not the first admin)
    listed = {u["username"] for u in (await ours.admin.get("/api/v1/users", params={"limit": 500})).json()["items"]}
    assert {ours.admin.username, district_admin.username} <= listed
    assert other.admin.username not in listed
    assert superadmin_client.username not in listed
    events = (await ours.admin.get("/api/v1/audit-events", params={"limit": 500})).json()["items"]
    seen = {str(e["entity_id"]) for e in events}
    assert {ours.plan_id, str(congress["id"]), str(held["id"])} <= seen
    assert not {other.plan_id, str(theirs["id"])} & seen
    theirs_listed = (await other.admin.get("/api/v1/audit-events", params={"entity_id": held["id"]})).json()
    assert theirs_listed["items"] == []
    # U3 — a block of the province's own communes (its area), by default the admin's
    r = await ours.admin.post("/api/v1/emulation-blocks", json={"name": f"Cụm tỉnh {tag}"})
    assert r.status_code == 201, r.text
    assert r.json()["district_id"] == ours.id


async def test_L2_province_to_commune_plan_follows_the_same_rules_as_plan_187(superadmin_client: Caller) -> None:
    """Two-level government: the communes' conferences are the plan's lower level and the
    province's its upper one — C1, C4, C6, A1–A4 and A10 exactly as for plan 187's grassroots
    units and district."""
    tag = uuid.uuid4().hex[:6]
    p = await Province.create_province(superadmin_client, f"tỉnh Hà Tĩnh 2026 {tag}", PLAN_2026, "12/KH-THU")
    small = await p.unit(f"xã Hương Khê {tag}", headcount=120)  # directly under the province
    large = await p.unit(f"xã Hương Đô {tag}", headcount=450)
    unit = (await p.admin.get(f"/api/v1/units/{small}")).json()
    assert (unit["parent_id"], unit["district_id"]) == (p.id, p.id)

    # C4 — the communes by the lower deadline, from the plan's issue date
    officer = await p.officer(small)
    r = await officer.post(CONF, json=_conference(small, p.plan_id, "2026-06-01"))
    assert _problem(r) == (422, "conference_date_out_of_window", "C4")
    r = await officer.post(CONF, json=_conference(small, p.plan_id, "2026-01-14"))
    assert _problem(r) == (422, "conference_date_out_of_window", "C4")
    # C1 — a commune may choose any form; A1 — up to 300 on staff, a full assembly
    c_small = await p.conference(small, "2026-05-31", form="good_people_good_deeds")
    assert (c_small["level"], c_small["assembly_mode"]) == ("grassroots", "full_assembly")
    assert c_small["delegate_cap"] is None
    # A1 — above 300, a delegate assembly of at most 200
    c_large = await p.conference(large, "2026-05-20")
    assert (c_large["assembly_mode"], c_large["delegate_cap"]) == ("delegate_assembly", 200)

    # C6 — the province's conference strictly after every commune's
    r = await p.admin.post(CONF, json=_conference(p.id, p.plan_id, "2026-05-31"))
    assert _problem(r) == (409, "conference_order_violated", "C6")
    # C4 — the province by the upper deadline
    r = await p.admin.post(CONF, json=_conference(p.id, p.plan_id, "2026-09-01"))
    assert _problem(r) == (422, "conference_date_out_of_window", "C4")
    top = await p.conference(p.id, "2026-05-31", session="afternoon")
    # A2 — the upper level's cap from the plan
    assert (top["level"], top["assembly_mode"], top["delegate_cap"]) == ("province", "delegate_assembly", 300)
    # C6 whichever side moves: a commune cannot move after the province, even with an override
    r = await p.admin.patch(f"{CONF}/{c_large['id']}", json={"held_on": "2026-06-02", "override_reason": "thử"})
    assert _problem(r) == (409, "conference_order_violated", "C6")
    r = await p.admin.patch(f"{CONF}/{top['id']}", json={"held_on": "2026-05-20"})
    assert _problem(r) == (409, "conference_order_violated", "C6")
    compliance = (await p.admin.get(f"{CONF}/{top['id']}/compliance")).json()
    c6 = next(i for i in compliance["items"] if i["rule"] == "C6")
    assert (c6["status"], c6["facts"]["missing_count"]) == ("ok", 0)

    # A3 — the commune's cap holds; A4 — its composition at finalize
    large_officer = p.organizer_of(str(c_large["id"]))
    path = f"{CONF}/{c_large['id']}/delegates"
    assert (await large_officer.post(f"{path}/import", json=delegates_json(200, exemplary=139))).status_code == 200
    r = await large_officer.post(path, json={"full_name": "Người thứ 201", "category": "exemplar"})
    assert _problem(r) == (409, "delegate_cap_exceeded", "A3")
    r = await large_officer.post(f"{CONF}/{c_large['id']}/finalize")
    assert _problem(r) == (409, "composition_ratio_violated", "A4")

    # A10 — the province's conference allocates seats to its communes (not to itself) …
    alloc = f"{CONF}/{top['id']}/allocations"
    r = await p.admin.put(alloc, json={"items": [{"unit_id": p.id, "seats": 1}]})
    assert r.status_code == 422
    r = await p.admin.put(alloc, json={"items": [{"unit_id": large, "seats": 1}]})
    assert r.status_code == 200, r.text
    # … a commune designates into it, and the province's list takes the cap of the plan's upper level
    origin = (await large_officer.get(path, params={"limit": 1})).json()["items"][0]["id"]
    r = await large_officer.post(f"{CONF}/{c_large['id']}/designations", json={"delegate_id": origin})
    assert r.status_code == 201, r.text
    top_path = f"{CONF}/{top['id']}/delegates"
    assert (await p.admin.post(f"{top_path}/import", json=delegates_json(299, prefix="Tỉnh"))).status_code == 200
    r = await p.admin.post(top_path, json={"full_name": "Người thứ 301", "category": "exemplar"})
    assert _problem(r) == (409, "delegate_cap_exceeded", "A3")  # A3 holds the cap A2 sets, as in plan 187


PLAN_500 = PLAN_187 | {
    "title": "Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VIII",
    "issued_on": "2024-09-20",
    "grassroots_conferences_due_on": "2025-06-30",
    "district_conference_due_on": "2025-09-30",
}


async def test_L1_three_level_chain_orders_conferences_and_designates_upward(superadmin_client: Caller) -> None:
    """Grassroots → district conference (plan 187) → province congress (plan 500, its parent):
    C6 across plans whichever side moves, seats allocated and delegates designated one level up
    at each step, the congress's delegate linked to its origin all the way down."""
    tag = uuid.uuid4().hex[:6]
    province = await Province.create_province(superadmin_client, f"tỉnh Hà Tĩnh L1 {tag}", PLAN_500)
    elsewhere = await Province.create_province(superadmin_client, f"tỉnh Quảng Bình L1 {tag}", PLAN_500)
    r = await superadmin_client.post(
        "/api/v1/units", json={"name": f"huyện Hương Khê L1 {tag}", "kind": "district", "parent_id": province.id}
    )
    assert r.status_code == 201, r.text
    district_id = str(r.json()["id"])
    _, admin = await new_account(province.admin, "district_admin", district_id, "huyen")
    # L1 — a plan implements a plan of a unit above its issuer, not another province's
    body = PLAN_187 | {"code": "187/KH-L1", "issuer_unit_id": district_id}
    r = await admin.post("/api/v1/plans", json=body | {"parent_plan_id": elsewhere.plan_id})
    assert _problem(r) == (422, "validation_error", "L1")
    r = await admin.post("/api/v1/plans", json=body | {"parent_plan_id": province.plan_id})
    assert r.status_code == 201, r.text
    assert r.json()["parent_plan_id"] == province.plan_id
    district = District(superadmin_client, admin, district_id, str(r.json()["id"]))
    commune = await district.unit(f"xã Hương Thủy L1 {tag}", headcount=80)

    # C6 across plans: the province congress after every conference of the implementing plan
    grassroots = await district.conference(commune, "2025-03-10")
    district_conf = await district.conference(district_id, "2025-05-20")
    r = await province.admin.post(CONF, json=_conference(province.id, province.plan_id, "2025-05-20"))
    assert _problem(r) == (409, "conference_order_violated", "C6")
    congress = await province.conference(province.id, "2025-09-20")
    # whichever side moves: the district conference cannot move after the congress …
    r = await admin.patch(f"{CONF}/{district_conf['id']}", json={"held_on": "2025-09-25", "override_reason": "thử"})
    assert _problem(r) == (409, "conference_order_violated", "C6")
    # … nor the congress before a grassroots conference of the implementing plan
    r = await province.admin.patch(f"{CONF}/{congress['id']}", json={"held_on": "2025-03-10"})
    assert _problem(r) == (409, "conference_order_violated", "C6")

    # A10 one level up at each level: grassroots → district conference
    r = await admin.put(f"{CONF}/{district_conf['id']}/allocations", json={"items": [{"unit_id": commune, "seats": 1}]})
    assert r.status_code == 200, r.text
    officer = district.organizer_of(str(grassroots["id"]))
    r = await officer.post(
        f"{CONF}/{grassroots['id']}/delegates", json={"full_name": "Nguyễn Văn A", "category": "exemplar"}
    )
    assert r.status_code == 201, r.text
    original = r.json()["id"]
    r = await officer.post(f"{CONF}/{grassroots['id']}/designations", json={"delegate_id": original})
    assert r.status_code == 201, r.text
    on_district = r.json()["id"]
    # … district conference → province congress: seats to the implementing plan's issuer only
    alloc = f"{CONF}/{congress['id']}/allocations"
    r = await province.admin.put(alloc, json={"items": [{"unit_id": commune, "seats": 1}]})
    assert r.status_code == 422
    r = await province.admin.put(alloc, json={"items": [{"unit_id": district_id, "seats": 1}]})
    assert r.status_code == 200, r.text
    r = await admin.post(f"{CONF}/{district_conf['id']}/designations", json={"delegate_id": on_district})
    assert r.status_code == 201, r.text
    on_congress = r.json()["id"]
    # a second one is over the district's allocation at the congress
    r = await admin.post(
        f"{CONF}/{district_conf['id']}/delegates", json={"full_name": "Trần Thị B", "category": "hero"}
    )
    assert r.status_code == 201, r.text
    r = await admin.post(f"{CONF}/{district_conf['id']}/designations", json={"delegate_id": r.json()["id"]})
    assert (r.status_code, r.json()["rule"]) == (409, "A10")
    # the congress's delegate is linked to its origin all the way down
    up = (await province.admin.get(f"{CONF}/{congress['id']}/delegates/{on_congress}")).json()
    assert (up["origin_delegate_id"], up["origin_unit_id"]) == (on_district, district_id)
    mid = (await admin.get(f"{CONF}/{district_conf['id']}/delegates/{on_district}")).json()
    assert (mid["origin_delegate_id"], mid["origin_unit_id"]) == (original, commune)
    listed = (await admin.get(f"{CONF}/{district_conf['id']}/designations")).json()["items"]
    assert [d["delegate_id"] for d in listed] == [on_district]
    # the district conference's statement reports its designations one level up (A10)
    items = (await admin.get(f"{CONF}/{district_conf['id']}/compliance")).json()["items"]
    up_item = next(i for i in items if i["rule"] == "A10" and "designated" in i["facts"])
    assert (up_item["status"], up_item["facts"]["allocated"], up_item["facts"]["designated"]) == ("ok", 1, 1)
    # X2 over several areas (the province and its district): every private list and aggregate
    for path in ("/api/v1/deletions", "/api/v1/nominations", "/api/v1/nominations/stats", "/api/v1/submissions"):
        assert (await province.admin.get(path)).status_code == 200, path
    status = await province.admin.get(f"/api/v1/plans/{district.plan_id}/unit-plan-status")
    assert status.status_code == 200, status.text
    assert commune in status.text
    assert commune not in (await elsewhere.admin.get(f"/api/v1/plans/{district.plan_id}/unit-plan-status")).text
    # the top of the tree designates to nobody
    r = await province.admin.get(f"{CONF}/{congress['id']}/designations")
    assert r.status_code == 404

    # withdrawn at the bottom, the delegate leaves every list above, each step audited (A10, A8)
    r = await officer.delete(f"{CONF}/{grassroots['id']}/designations/{on_district}")
    assert r.status_code == 204, r.text
    assert (await admin.get(f"{CONF}/{district_conf['id']}/delegates/{on_district}")).status_code == 404
    assert (await province.admin.get(f"{CONF}/{congress['id']}/delegates/{on_congress}")).status_code == 404
    events = (await province.admin.get("/api/v1/audit-events", params={"entity_id": on_congress})).json()["items"]
    assert "undesignate" in {e["action"] for e in events}
