"""C1–C8, A1–A2 through HTTP on PostgreSQL."""

import httpx
import pytest

from tests.support import District

CONF = "/api/v1/conferences"


async def test_C1_district_conference_form_limited(district: District) -> None:
    r = await district.admin.post(
        CONF,
        json={
            "unit_id": district.id,
            "plan_id": district.plan_id,
            "form": "good_people_good_deeds",
            "held_on": "2025-05-20",
            "session": "morning",
            "place": "Hương Khê",
        },
    )
    assert r.status_code == 422
    assert (r.json()["code"], r.json()["rule"]) == ("conference_form_not_allowed", "C1")
    ok = await district.conference(district.id, "2025-05-20", form="skilled_creative_workers")
    assert ok["level"] == "district"


async def test_C1_grassroots_may_use_good_people_good_deeds(district: District) -> None:
    unit = await district.unit("xã Tốt")
    conf = await district.conference(unit, form="good_people_good_deeds")
    assert conf["form"] == "good_people_good_deeds"


async def test_C2_one_conference_per_unit_per_plan(district: District) -> None:
    unit = await district.unit("xã Một Hội Nghị")
    await district.conference(unit)
    r = await (await district.officer(unit)).post(
        CONF,
        json={
            "unit_id": unit,
            "plan_id": district.plan_id,
            "form": "advanced_exemplars",
            "held_on": "2025-03-16",
            "session": "afternoon",
            "place": "X",
        },
    )
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("conference_already_exists", "C2")


async def test_C3_half_day_session(district: District) -> None:
    unit = await district.unit("xã Nửa Ngày")
    r = await (await district.officer(unit)).post(
        CONF,
        json={
            "unit_id": unit,
            "plan_id": district.plan_id,
            "form": "advanced_exemplars",
            "held_on": "2025-03-16",
            "session": "evening",
            "place": "X",
        },
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "session"


async def test_C4_31_march_accepted_1_april_refused_admin_may_override(district: District) -> None:
    a = await district.unit("xã Hạn Chót")
    assert (await district.conference(a, "2025-03-31"))["held_on"] == "2025-03-31"
    b = await district.unit("xã Quá Hạn")
    body = {
        "unit_id": b,
        "plan_id": district.plan_id,
        "form": "advanced_exemplars",
        "held_on": "2025-04-01",
        "session": "morning",
        "place": "X",
    }
    r = await (await district.officer(b)).post(CONF, json=body)
    assert r.status_code == 422
    assert (r.json()["code"], r.json()["rule"]) == ("conference_date_out_of_window", "C4")
    # the override is the district admin's alone
    r = await district.admin.post(CONF, json=body | {"override_reason": "Lũ lụt, hoãn theo văn bản số 12"})
    assert r.status_code == 201, r.text
    events = (await district.admin.get("/api/v1/audit-events", params={"entity_id": r.json()["id"]})).json()
    assert events["items"][0]["reason"] == "Lũ lụt, hoãn theo văn bản số 12"


async def test_C4_officer_cannot_override(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    r = await client.post(
        CONF,
        json={
            "unit_id": demo["units"]["xã Hương Thủy"],
            "plan_id": demo["plan"]["id"],
            "form": "advanced_exemplars",
            "held_on": "2025-04-10",
            "session": "morning",
            "place": "Hương Thủy",
            "override_reason": "xin phép",
        },
        headers=headers["officer"],
    )
    assert r.status_code == 403


async def test_C5_the_day_of_the_party_congress_is_refused(district: District) -> None:
    unit = await district.unit("xã Đại Hội", party_congress_date="2025-03-20")
    body = {
        "unit_id": unit,
        "plan_id": district.plan_id,
        "form": "advanced_exemplars",
        "held_on": "2025-03-20",
        "session": "morning",
        "place": "X",
    }
    officer = await district.officer(unit)
    r = await officer.post(CONF, json=body)
    assert r.status_code == 422
    assert (r.json()["code"], r.json()["rule"]) == ("conference_after_party_congress", "C5")
    assert (await officer.post(CONF, json=body | {"held_on": "2025-03-19"})).status_code == 201


async def test_C6_order_checked_whichever_side_moves(district: District) -> None:
    g = await district.unit("xã Thứ Tự")
    grassroots = await district.conference(g, "2025-03-10")
    top = await district.conference(district.id, "2025-05-20")
    # the district conference cannot move before a grassroots one
    r = await district.admin.patch(f"{CONF}/{top['id']}", json={"held_on": "2025-03-10"})
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("conference_order_violated", "C6")
    # a grassroots conference cannot move after the district one (admin override of C4 does not lift C6)
    r = await district.admin.patch(
        f"{CONF}/{grassroots['id']}", json={"held_on": "2025-05-21", "override_reason": "thử"}
    )
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("conference_order_violated", "C6")
    # nothing changed, as the unit's officer sees it
    assert (await district.organizer_of(str(grassroots["id"])).get(f"{CONF}/{grassroots['id']}")).json()[
        "held_on"
    ] == "2025-03-10"


@pytest.mark.parametrize(
    ("held_on", "line"),
    [("2025-01-05", "Hương Khê, ngày 05 tháng 01 năm 2025"), ("2025-03-15", "Hương Khê, ngày 15 tháng 3 năm 2025")],
)
async def test_C7_title_lines_day_5_january_and_15_march(district: District, held_on: str, line: str) -> None:
    unit = await district.unit(f"xã Tiêu Đề {held_on}")
    conf = await district.conference(unit, held_on)
    assert conf["title"] == [f"Hội nghị điển hình tiên tiến xã Tiêu Đề {held_on}", "Lần thứ VIII (2025 - 2030)", line]


async def test_C7_edition_is_the_units_own(district: District) -> None:
    unit = await district.unit("xã Lần Ba")
    conf = await district.conference(unit, edition=3)
    assert conf["title"][1] == "Lần thứ III (2025 - 2030)"


async def test_C8_agenda_generated_and_guarded(district: District) -> None:
    unit = await district.unit("xã Chương Trình")
    conf = await district.conference(unit)
    officer = district.organizer_of(str(conf["id"]))
    path = f"{CONF}/{conf['id']}/agenda"
    agenda = (await officer.get(path)).json()
    keys = [i["key"] for i in agenda["items"]]
    assert keys[0] == "welcome"
    assert keys[-1] == "closing"
    assert "flag_salute" not in keys
    dropped = [{"key": k} for k in keys if k != "guidance_speech"]
    r = await officer.put(path, json={"items": dropped})
    assert r.status_code == 422
    assert (r.json()["code"], r.json()["rule"]) == ("agenda_invalid", "C8")
    with_extra = [{"key": keys[0], "start_time": "07:30"}, {"key": "children_greeting", "start_time": "07:45"}]
    with_extra += [{"key": k} for k in keys[1:]]
    r = await officer.put(path, json={"items": with_extra})
    assert r.status_code == 200, r.text
    assert r.json()["items"][1]["kind"] == "extra"
    r = await officer.put(path, json={"items": [{"key": "flag_salute"}, *with_extra]})
    assert r.status_code == 422
    # flag on → the item appears at its place, extras kept
    await officer.patch(f"{CONF}/{conf['id']}", json={"is_congress": True})
    keys = [i["key"] for i in (await officer.get(path)).json()["items"]]
    assert keys[:4] == ["welcome", "children_greeting", "flag_salute", "opening"]


@pytest.mark.parametrize(
    ("headcount", "mode", "cap"),
    [(299, "full_assembly", None), (300, "full_assembly", None), (301, "delegate_assembly", 200)],
)
async def test_A1_assembly_mode_by_headcount(district: District, headcount: int, mode: str, cap: int | None) -> None:
    unit = await district.unit(f"Doanh nghiệp {headcount}", headcount=headcount, kind="enterprise")
    conf = await district.conference(unit)
    assert (conf["assembly_mode"], conf["delegate_cap"]) == (mode, cap)


async def test_A2_district_conference_cap_is_300(district: District) -> None:
    conf = await district.conference(district.id, "2025-05-20")
    assert (conf["assembly_mode"], conf["delegate_cap"]) == ("delegate_assembly", 300)


async def test_conferences_are_public_but_organized_by_their_unit(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    officer = headers["officer"]
    own = await client.post(
        CONF,
        json={
            "unit_id": demo["units"]["xã Hương Thủy"],
            "plan_id": demo["plan"]["id"],
            "form": "advanced_exemplars",
            "held_on": "2025-03-12",
            "session": "morning",
            "place": "Hương Thủy",
        },
        headers=officer,
    )
    assert own.status_code == 201, own.text
    other = await client.post(
        CONF,
        json={
            "unit_id": demo["units"]["xã Gia Phố"],
            "plan_id": demo["plan"]["id"],
            "form": "advanced_exemplars",
            "held_on": "2025-03-12",
            "session": "morning",
            "place": "Gia Phố",
        },
        headers=officer,
    )
    assert other.status_code == 403, other.text
    for role in ("viewer", "reviewer", "client"):
        assert (await client.get(f"{CONF}/{own.json()['id']}", headers=headers[role])).status_code == 200
    listed = (
        await client.get(CONF, params={"unit_id": demo["units"]["xã Hương Thủy"]}, headers=headers["viewer"])
    ).json()
    assert [c["id"] for c in listed["items"]] == [own.json()["id"]]
