"""B1–B3 — budget estimates (dự trù kinh phí) through HTTP on PostgreSQL: whole-đồng lines,
versions (S5), the computed rewards line (B2), the district's sums and their XLSX (B3), X2."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

from tests.support import DEMO_PASSWORD, District, login

NOM = "/api/v1/nominations"
BIGINT = 2**63 - 1


def _url(conf: str) -> str:
    return f"/api/v1/conferences/{conf}/budget-estimate"


async def _unit_with_people(district: District, name: str) -> tuple[str, str, dict[str, str], dict[str, str]]:
    """A unit with a conference, an officer and a council reviewer."""
    unit = await district.unit(name)
    conf = str((await district.conference(unit))["id"])
    tag = abs(hash((district.id, name))) % 10**8
    for role, username in (("unit_officer", f"kp{tag}"), ("council_reviewer", f"kr{tag}")):
        r = await district.http.post(
            "/api/v1/users",
            json={"username": username, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD},
            headers=district.admin,
        )
        assert r.status_code == 201, r.text
    officer = await login(district.http, f"kp{tag}", DEMO_PASSWORD)
    reviewer = await login(district.http, f"kr{tag}", DEMO_PASSWORD)
    return unit, conf, officer, reviewer


def _body(*lines: dict[str, Any], source: str = "Ngân sách xã năm 2025") -> dict[str, Any]:
    return {"funding_source": source, "lines": list(lines)}


def _line(category: str = "venue", amount: Any = 1_000_000, **extra: Any) -> dict[str, Any]:
    return {"category": category, "description": f"Khoản {category}", "amount": amount} | extra


async def _approved(
    district: District, conf: str, officer: dict[str, str], reviewer: dict[str, str], **nominee: Any
) -> None:
    body = {
        "conference_id": conf,
        "nominee_kind": "individual",
        "nominee_name": "Trần Văn Cường",
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    } | nominee
    r = await district.http.post(NOM, json=body, headers=officer)
    assert r.status_code == 201, r.text
    nid = r.json()["id"]
    assert (await district.http.post(f"{NOM}/{nid}/submit", headers=officer)).status_code == 200
    assert (await district.http.post(f"{NOM}/{nid}/approve", headers=reviewer)).status_code == 200


async def test_B1_amount_must_be_whole_dong_not_negative_within_bigint(district: District) -> None:
    _, conf, officer, _ = await _unit_with_people(district, "xã Số Tiền")
    c = district.http
    r = await c.put(_url(conf), json=_body(_line(amount=0)), headers=officer)
    assert r.status_code == 201, r.text  # 0 đồng is an amount
    assert (r.json()["total"], r.json()["current_version"]) == (0, 1)
    for bad in (-1, 1.5, 100.0, "100", True, BIGINT + 1, None):
        r = await c.put(_url(conf), json=_body(_line(amount=bad)), headers=officer)
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["code"] == "validation_error"
        assert r.json()["errors"][0]["field"].endswith("lines.0.amount"), r.json()
    r = await c.put(_url(conf), json=_body(_line(amount=BIGINT)), headers=officer)
    assert r.status_code == 200, r.text
    assert r.json()["total"] == BIGINT  # exact, in a bigint
    # the sum of two maximal lines would overflow bigint: refused, nothing stored
    r = await c.put(_url(conf), json=_body(_line(amount=BIGINT), _line("other", amount=1)), headers=officer)
    assert (r.status_code, r.json()["rule"]) == (422, "B1")
    assert r.json()["errors"][0]["field"] == "lines"
    now = (await c.get(_url(conf), headers=officer)).json()
    assert (now["current_version"], now["total"]) == (2, BIGINT)


async def test_B1_totals_by_category_and_versions(district: District) -> None:
    _, conf, officer, reviewer = await _unit_with_people(district, "xã Phiên Bản")
    c = district.http
    assert (await c.get(_url(conf), headers=officer)).status_code == 404  # none yet
    first = _body(_line("venue", 3_000_000), _line("documents", 1_500_000), _line("venue", 500_000))
    r = await c.put(_url(conf), json=first, headers=officer)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["totals_by_category"] == {
        "venue": 3_500_000,
        "documents": 1_500_000,
        "rewards": 0,
        "performance": 0,
        "communication": 0,
        "other": 0,
    }
    assert body["total"] == 5_000_000
    etag = r.headers["etag"]
    # the same content again: no new version
    again = await c.put(_url(conf), json=body, headers=officer | {"If-Match": etag})
    assert (again.status_code, again.json()["current_version"]) == (200, 1)
    second = _body(_line("performance", 2_000_000), source="Xã hội hóa")
    assert (await c.put(_url(conf), json=second, headers=officer | {"If-Match": '"stale"'})).status_code == 412
    r = await c.put(_url(conf), json=second, headers=officer | {"If-Match": etag})
    assert r.status_code == 200, r.text
    assert (r.json()["current_version"], r.json()["total"], r.json()["funding_source"]) == (2, 2_000_000, "Xã hội hóa")
    versions = (await c.get(f"{_url(conf)}/versions", headers=reviewer)).json()["items"]
    assert [v["number"] for v in versions] == [1, 2]
    assert all(v["received_at"] for v in versions)
    assert versions[0]["total"] == 5_000_000
    assert len(versions[0]["lines"]) == 3
    one = await c.get(f"{_url(conf)}/versions/1", headers=officer)
    assert one.json()["funding_source"] == "Ngân sách xã năm 2025"
    assert (await c.get(f"{_url(conf)}/versions/3", headers=officer)).status_code == 404
    # X4 — every save audited
    events = (await c.get("/api/v1/audit-events", params={"entity": "budget_estimate"}, headers=district.admin)).json()
    assert sum(1 for e in events["items"] if e["entity_id"] == r.json()["id"]) == 2


async def test_B1_X2_officer_of_another_unit_gets_404_reviewer_reads_only(district: District) -> None:
    _, conf, officer, reviewer = await _unit_with_people(district, "xã Riêng Tư")
    _, _, stranger, _ = await _unit_with_people(district, "xã Người Ngoài")
    c = district.http
    assert (await c.put(_url(conf), json=_body(_line()), headers=officer)).status_code == 201
    assert (await c.get(_url(conf), headers=stranger)).status_code == 404
    assert (await c.put(_url(conf), json=_body(_line()), headers=stranger)).status_code == 404
    assert (await c.get(f"{_url(conf)}/versions", headers=stranger)).status_code == 404
    assert (await c.get(_url(conf), headers=reviewer)).status_code == 200
    assert (await c.put(_url(conf), json=_body(_line(amount=5)), headers=reviewer)).status_code == 403
    # the district admin writes too (e.g. the district conference's estimate)
    r = await c.put(_url(conf), json=_body(_line(amount=7)), headers=district.admin)
    assert (r.status_code, r.json()["current_version"]) == (200, 2)


async def test_B2_rewards_line_computed_from_approved_nominations_and_plan_amounts(district: District) -> None:
    _, conf, officer, reviewer = await _unit_with_people(district, "xã Tiền Thưởng")
    c = district.http
    rewards = {"category": "rewards", "description": "Tiền thưởng", "computed": True}
    # no approved nomination: nothing to pay, even with no amounts in the plan
    r = await c.put(_url(conf), json=_body(rewards), headers=officer)
    assert (r.status_code, r.json()["lines"][0]["amount"]) == (201, 0), r.text
    await _approved(district, conf, officer, reviewer, national_id="042080000501")
    await _approved(district, conf, officer, reviewer, national_id="042080000502", nominee_name="Lê Thị Dung")
    await _approved(
        district,
        conf,
        officer,
        reviewer,
        nominee_kind="collective",
        nominee_name="Hội Nông dân xã",
        rank=None,
        works_directly=None,
    )
    # the plan has no reward amounts: the rewards cannot be computed, nothing saved
    r = await c.put(_url(conf), json=_body(_line("venue", 100), rewards), headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "reward_amount_missing", "B2")
    assert (r.json()["honour"], r.json()["nominee_kind"]) == ("district_certificate", "individual")
    assert "district_certificate" in r.json()["detail"]
    plan_url = f"/api/v1/plans/{district.plan_id}"
    one_kind = [{"honour": "district_certificate", "nominee_kind": "individual", "amount": 500_000}]
    assert (await c.patch(plan_url, json={"reward_amounts": one_kind}, headers=officer)).status_code == 403
    assert (await c.patch(plan_url, json={"reward_amounts": one_kind}, headers=district.admin)).status_code == 200
    r = await c.put(_url(conf), json=_body(rewards), headers=officer)
    assert (r.status_code, r.json()["nominee_kind"]) == (409, "collective")  # names the pair still missing
    both = [*one_kind, {"honour": "district_certificate", "nominee_kind": "collective", "amount": 1_000_000}]
    plan = await c.patch(plan_url, json={"reward_amounts": both}, headers=district.admin)
    assert plan.json()["reward_amounts"] == both
    r = await c.put(_url(conf), json=_body(_line("venue", 100), rewards | {"amount": 1}), headers=officer)
    assert r.status_code == 200, r.text
    line = r.json()["lines"][1]
    assert (line["amount"], line["computed"]) == (2 * 500_000 + 1_000_000, True)  # a sent amount is replaced
    assert r.json()["totals_by_category"]["rewards"] == 2_000_000
    assert r.json()["total"] == 2_000_100
    # computed at the save and kept in the version: a later approval shows after the next save
    await _approved(district, conf, officer, reviewer, national_id="042080000503", nominee_name="Phan Văn An")
    assert (await c.get(_url(conf), headers=officer)).json()["total"] == 2_000_100
    r = await c.put(_url(conf), json=_body(_line("venue", 100), rewards), headers=officer)
    assert (r.json()["current_version"], r.json()["total"]) == (3, 2_500_100)


async def test_B2_only_the_rewards_line_computes_and_once(district: District) -> None:
    _, conf, officer, _ = await _unit_with_people(district, "xã Tính Toán")
    c = district.http
    r = await c.put(
        _url(conf), json=_body({"category": "venue", "description": "x", "computed": True}), headers=officer
    )
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "lines.0.computed")
    twice = {"category": "rewards", "description": "x", "computed": True}
    r = await c.put(_url(conf), json=_body(twice, twice), headers=officer)
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "lines.1.computed")
    r = await c.put(_url(conf), json=_body({"category": "rewards", "description": "typed"}), headers=officer)
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "lines.0.amount")  # typed needs an amount
    assert (await c.get(_url(conf), headers=officer)).status_code == 404  # nothing stored


async def test_B2_plan_reward_amounts_whole_dong_each_pair_once(district: District) -> None:
    c = district.http
    url = f"/api/v1/plans/{district.plan_id}"
    pair = {"honour": "province_certificate", "nominee_kind": "individual", "amount": 0}
    for bad in ([pair | {"amount": -1}], [pair | {"amount": 2.5}], [pair, pair | {"amount": 5}], None):
        r = await c.patch(url, json={"reward_amounts": bad}, headers=district.admin)
        assert r.status_code == 422, (bad, r.text)
    assert (await c.get(url, headers=district.admin)).json()["reward_amounts"] == []


async def test_B3_district_sums_equal_the_lines_officer_sees_own_unit_and_xlsx(district: District) -> None:
    _, conf_a, officer_a, _ = await _unit_with_people(district, "xã An Bình")
    _, conf_b, officer_b, _ = await _unit_with_people(district, "xã Bình Minh")
    await _unit_with_people(district, "xã Chưa Lập")  # no estimate: not in the sums
    c = district.http
    a = [_line("venue", 3_000_000), _line("rewards", 2_000_000), _line("venue", 1)]
    b = [_line("documents", 700_000), _line("communication", 300_000), _line("other", 0)]
    assert (await c.put(_url(conf_a), json=_body(*a), headers=officer_a)).status_code == 201
    assert (await c.put(_url(conf_b), json=_body(*b), headers=officer_b)).status_code == 201
    plan = f"/api/v1/plans/{district.plan_id}"
    page1 = (await c.get(f"{plan}/budget-estimates", params={"limit": 1}, headers=district.admin)).json()
    page2 = (
        await c.get(
            f"{plan}/budget-estimates", params={"limit": 1, "cursor": page1["next_cursor"]}, headers=district.admin
        )
    ).json()
    listed = page1["items"] + page2["items"]
    assert page2["next_cursor"] is None
    assert len(listed) == 2
    summary = (await c.get(f"{plan}/budget-summary", headers=district.admin)).json()
    lines = [line for e in listed for line in e["lines"]]
    for category in ("venue", "documents", "rewards", "performance", "communication", "other"):
        expected = sum(line["amount"] for line in lines if line["category"] == category)
        assert summary["totals_by_category"][category] == expected, category
    assert summary["total"] == sum(line["amount"] for line in lines) == 6_000_001
    assert summary["estimates"] == 2
    assert [u["unit_name"] for u in summary["units"]] == ["xã An Bình", "xã Bình Minh"]
    # X2 — an officer's list and sums hold their own unit's only
    mine = (await c.get(f"{plan}/budget-estimates", headers=officer_b)).json()["items"]
    assert [e["conference_id"] for e in mine] == [conf_b]
    theirs = (await c.get(f"{plan}/budget-summary", headers=officer_b)).json()
    assert (theirs["estimates"], theirs["total"]) == (1, 1_000_000)
    # the spreadsheet: title block, Vietnamese headers, a row per unit and the same sums
    r = await c.get(f"{plan}/budget-summary.xlsx", headers=district.admin)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    rows = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
    header_at = next(n for n, row in enumerate(rows) if row and row[0] == "STT")
    assert rows[header_at] == (
        "STT",
        "Đơn vị",
        "Hội trường, khánh tiết",
        "Tài liệu, in ấn",
        "Tiền thưởng",
        "Văn nghệ",
        "Tuyên truyền",
        "Khác",
        "Tổng cộng",
    )
    assert any("DỰ TRÙ KINH PHÍ" in str(row[0]) for row in rows[:header_at])
    body = rows[header_at + 1 :]
    assert [row[1] for row in body] == ["xã An Bình", "xã Bình Minh", "Tổng cộng"]
    assert body[0][2:] == (3_000_001, 0, 2_000_000, 0, 0, 0, 5_000_001)
    assert body[-1][2:] == (3_000_001, 700_000, 2_000_000, 0, 300_000, 0, 6_000_001)
    own = await c.get(f"{plan}/budget-summary.xlsx", headers=officer_b)
    own_rows = list(load_workbook(io.BytesIO(own.content)).active.iter_rows(values_only=True))
    assert [row[1] for row in own_rows[header_at + 1 :]] == ["xã Bình Minh", "Tổng cộng"]


async def test_B3_unknown_plan_404(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    missing = "/api/v1/plans/00000000-0000-4000-8000-000000000000"
    for tail in ("budget-estimates", "budget-summary", "budget-summary.xlsx"):
        assert (await client.get(f"{missing}/{tail}", headers=headers["district_admin"])).status_code == 404


async def test_B1_demo_seeds_an_estimate_for_the_town(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]
) -> None:
    plan = demo["plan"]["id"]
    summary = (await client.get(f"/api/v1/plans/{plan}/budget-summary", headers=headers["district_admin"])).json()
    assert "thị trấn Hương Khê" in [u["unit_name"] for u in summary["units"]]
    town = next(u for u in summary["units"] if u["unit_name"] == "thị trấn Hương Khê")
    assert town["total"] == 14_300_000


async def test_S5_budget_versions_and_lines_are_immutable_in_the_database(app: FastAPI, district: District) -> None:
    """S5 held by PostgreSQL: past the service, a saved version and its lines can be neither changed
    nor removed (the triggers budget_estimate_versions_immutable and budget_lines_immutable)."""
    _, conf, officer, _ = await _unit_with_people(district, "xã Bất Biến")
    r = await district.http.put(_url(conf), json=_body(_line("venue", 1_000_000)), headers=officer)
    assert r.status_code == 201, r.text
    estimate = r.json()["id"]
    statements = (
        "UPDATE budget_estimate_versions SET funding_source = 'khác' WHERE estimate_id = :i",
        "DELETE FROM budget_estimate_versions WHERE estimate_id = :i",
        "UPDATE budget_lines SET amount = 1 WHERE estimate_id = :i",
        "DELETE FROM budget_lines WHERE estimate_id = :i",
    )
    async with app.state.engine.connect() as conn:
        for statement in statements:
            with pytest.raises(sa.exc.DBAPIError, match="immutable"):
                await conn.execute(sa.text(statement), {"i": estimate})
            await conn.rollback()
    r = await district.http.get(f"{_url(conf)}/versions/1", headers=officer)
    assert (r.status_code, r.json()["total"]) == (200, 1_000_000)
