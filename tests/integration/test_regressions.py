"""Defects found in review, each pinned by the rule it broke."""

import httpx

from tests.support import District

CONF = "/api/v1/conferences"


async def test_Q3_deleting_a_conference_with_nominations_is_409_not_500(district: District) -> None:
    unit = await district.unit("xã Xóa Hội Nghị")
    conf = str((await district.conference(unit))["id"])
    r = await district.admin.post(
        "/api/v1/nominations",
        json={
            "conference_id": conf,
            "nominee_kind": "collective",
            "nominee_name": "Tổ dân phố 1",
            "honour": "conference_honoured",
            "basis": "merit",
        },
    )
    assert r.status_code == 201
    r = await district.admin.delete(f"{CONF}/{conf}")
    assert (r.status_code, r.json()["code"]) == (409, "conflict")


async def test_Q2_non_ascii_digits_and_long_values_are_validation_problems(district: District) -> None:
    unit = await district.unit("xã Chữ Số", headcount=40)
    conf = str((await district.conference(unit))["id"])
    url = f"{CONF}/{conf}/delegates"
    r = await district.admin.post(
        url, json={"full_name": "A", "category": "guest", "national_id": "１２３４５６７８９０１２"}
    )
    assert (r.status_code, r.json()["rule"]) == (422, "Q2")
    r = await district.admin.post(url, json={"full_name": "A", "category": "guest", "phone": "09１２３４５６７８"})
    assert r.status_code == 422
    d = (await district.admin.post(url, json={"full_name": "B", "category": "guest"})).json()
    r = await district.admin.patch(f"{url}/{d['id']}", json={"ethnicity": "x" * 100})
    assert r.status_code == 422


async def test_Q1_a_name_whose_folded_form_decomposes_is_stored(district: District) -> None:
    unit = await district.unit("한" * 200)
    assert unit


async def test_Q1_nul_and_lone_surrogates_are_refused_everywhere(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    admin = district.admin
    r = await client.post(
        "/api/v1/submissions",
        json={
            "kind": "unit_plan",
            "plan_id": district.plan_id,
            "unit_id": await district.unit("xã NUL"),
            "text": "a\u0000b",
        },
        headers=admin,
    )
    assert r.status_code == 422
    r = await client.post(
        "/api/v1/units",
        content=b'{"name": "x\\ud800", "kind": "commune", "headcount": 1}',
        headers=admin | {"Content-Type": "application/json"},
    )
    assert r.status_code == 422
    assert (await client.get("/api/v1/units", params={"q": "a\x00"}, headers=admin)).status_code == 422
    assert (await client.get("/api/v1/audit-events", params={"entity": "\x00"}, headers=admin)).status_code == 422
    r = await client.post("/api/v1/auth/token", data={"grant_type": "password", "username": "a\x00", "password": "x"})
    assert r.status_code == 400
    r = await client.get(
        "/api/v1/audit-events", params={"cursor": "WzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMF0"}, headers=admin
    )
    assert r.status_code == 422


async def test_C8_agenda_times_carry_no_offset(district: District) -> None:
    unit = await district.unit("xã Giờ")
    conf = str((await district.conference(unit))["id"])
    agenda = (await district.admin.get(f"{CONF}/{conf}/agenda")).json()
    items = [{"key": i["key"]} for i in agenda["items"]]
    items[0]["start_time"] = "07:30"
    items[1]["start_time"] = "08:00:00+07:00"
    r = await district.admin.put(f"{CONF}/{conf}/agenda", json={"items": items})
    assert r.status_code == 422


async def test_S1_received_at_out_of_range_is_a_validation_problem(district: District) -> None:
    unit = await district.unit("xã Ngày Nhận")
    s = (
        await district.admin.post(
            "/api/v1/submissions", json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit}
        )
    ).json()
    for received in ("9999-12-31T23:00:00-20:00", "2999-01-01T00:00:00+07:00"):
        r = await district.admin.post(f"/api/v1/submissions/{s['id']}/submit", json={"received_at": received})
        assert r.status_code == 422, received


async def test_A8_a_finalized_district_list_keeps_its_designated_delegates(district: District) -> None:
    g = await district.unit("xã Giữ Danh Sách")
    c = str((await district.conference(g, "2025-03-01"))["id"])
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    await district.admin.put(f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g, "seats": 1}]})
    d = (
        await district.admin.post(f"{CONF}/{c}/delegates", json={"full_name": "Người Được Cử", "category": "exemplar"})
    ).json()
    assert (await district.admin.post(f"{CONF}/{c}/designations", json={"delegate_id": d["id"]})).status_code == 201
    assert (await district.admin.post(f"{CONF}/{top}/finalize")).status_code == 200
    r = await district.admin.delete(f"{CONF}/{c}/delegates/{d['id']}")
    assert (r.status_code, r.json()["code"]) == (409, "delegate_list_locked")
    r = await district.admin.delete(f"{CONF}/{c}")
    assert r.status_code == 409
    assert len((await district.admin.get(f"{CONF}/{top}/delegates")).json()["items"]) == 1


async def test_A7_a_patch_cannot_make_a_duplicate(district: District) -> None:
    unit = await district.unit("Công ty Sửa Trùng", headcount=400, kind="enterprise")
    url = f"{CONF}/{(await district.conference(unit))['id']}/delegates"
    h = district.admin
    assert (
        await district.http.post(
            url,
            json={
                "full_name": "Lê Thị B",
                "birth_date": "1970-02-02",
                "national_id": "042070000222",
                "category": "exemplar",
            },
            headers=h,
        )
    ).status_code == 201
    other = (
        await district.http.post(
            url, json={"full_name": "Khác", "birth_date": "1970-02-02", "category": "exemplar"}, headers=h
        )
    ).json()
    r = await district.http.patch(f"{url}/{other['id']}", json={"full_name": "Le Thi B"}, headers=h)
    assert (r.status_code, r.json()["code"]) == (409, "duplicate_delegate")


async def test_N4_same_person_with_and_without_an_id_and_namesakes_without_birth_dates(district: District) -> None:
    unit = await district.unit("xã Trùng Tên")
    conf = str((await district.conference(unit))["id"])
    base = {
        "conference_id": conf,
        "nominee_kind": "individual",
        "rank": "worker",
        "honour": "district_certificate",
        "basis": "merit",
    }
    h = district.admin
    r = await district.http.post(
        "/api/v1/nominations",
        json=base | {"nominee_name": "Trần Văn An", "national_id": "042080000555", "birth_date": "1980-01-01"},
        headers=h,
    )
    assert r.status_code == 201
    r = await district.http.post(
        "/api/v1/nominations", json=base | {"nominee_name": "tran van an", "birth_date": "1980-01-01"}, headers=h
    )
    assert (r.status_code, r.json()["code"]) == (409, "duplicate_nomination")
    for _ in range(2):  # two different people who share a name, with no ID or birth date to tell
        assert (
            await district.http.post("/api/v1/nominations", json=base | {"nominee_name": "Nguyễn Văn Nam"}, headers=h)
        ).status_code == 201


async def test_A9_json_import_honours_pilot_invitee(district: District) -> None:
    unit = await district.unit("Công ty Nhập Khách", headcount=400, kind="enterprise")
    conf = str((await district.conference(unit))["id"])
    r = await district.admin.post(
        f"{CONF}/{conf}/delegates/import",
        json=[{"full_name": "Khách Điểm", "category": "guest", "pilot_invitee": True}],
    )
    assert (r.status_code, r.json()["code"]) == (422, "pilot_invitee_not_allowed")
