"""Accounts (X1) and the officer's view of them (X2: another unit's record is 404)."""

import httpx

USERS = "/api/v1/users"


async def test_X1_district_admin_creates_and_lists_accounts_of_their_district(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    admin = headers["district_admin"]
    body = {
        "username": "CanBo.PhuGia",
        "full_name": "Cán bộ Phú Gia",
        "role": "unit_officer",
        "unit_id": demo["units"]["xã Phú Gia"],
        "password": "Phu-gia-2025",
    }
    r = await client.post(USERS, json=body, headers=admin)
    assert r.status_code == 201, r.text
    assert r.json()["username"] == "canbo.phugia"
    assert "password" not in r.json()
    assert "password_hash" not in r.json()
    listed = (await client.get(USERS, params={"limit": 500}, headers=admin)).json()["items"]
    assert "canbo.phugia" in [u["username"] for u in listed]
    assert "sonoivu.hatinh" not in [u["username"] for u in listed]  # unbound: the first admin's
    dup = await client.post(USERS, json=body, headers=admin)
    assert dup.status_code == 409


async def test_X1_role_binding_is_checked(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    r = await client.post(
        USERS,
        json={
            "username": "khongdonvi",
            "full_name": "Không đơn vị",
            "role": "unit_officer",
            "password": "Khong-don-vi-1",
        },
        headers=headers["superadmin"],
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "unit_id"
    r = await client.post(
        USERS,
        json={
            "username": "quantri.xa",
            "full_name": "Quản trị xã",
            "role": "district_admin",
            "unit_id": demo["units"]["xã Gia Phố"],
            "password": "Quan-tri-xa-1",
        },
        headers=headers["superadmin"],
    )
    assert r.status_code == 422


async def test_X1_password_policy(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    r = await client.post(
        USERS,
        json={
            "username": "matkhauyeu",
            "full_name": "Mật khẩu yếu",
            "role": "unit_officer",
            "unit_id": demo["units"]["xã Gia Phố"],
            "password": "123",
        },
        headers=headers["district_admin"],
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "password"
    body = r.text.replace(r.json()["request_id"], "")  # a random hex id may hold "123" by chance
    assert "123" not in body  # never echo input


async def test_X2_officer_gets_404_for_another_units_record_and_403_for_admin_writes(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    admin = headers["district_admin"]
    other = await client.post(
        USERS,
        json={
            "username": "canbo.hoahai",
            "full_name": "Cán bộ Hòa Hải",
            "role": "unit_officer",
            "unit_id": demo["units"]["xã Hòa Hải"],
            "password": "Hoa-hai-2025",
        },
        headers=admin,
    )
    assert other.status_code == 201
    officer = headers["officer"]
    r = await client.get(f"{USERS}/{other.json()['id']}", headers=officer)
    assert r.status_code == 404
    assert r.json()["code"] == "not_found"
    me = (await client.get("/api/v1/me", headers=officer)).json()
    assert (await client.get(f"{USERS}/{me['id']}", headers=officer)).status_code == 200
    assert (await client.get(USERS, headers=officer)).status_code == 403
    r = await client.post(
        "/api/v1/units",
        json={"name": "xã Mới", "kind": "commune", "headcount": 5, "parent_id": demo["units"]["UBND huyện Hương Khê"]},
        headers=officer,
    )
    assert r.status_code == 403
    assert r.json()["code"] == "forbidden"


async def test_X1_bound_admin_cannot_reach_another_districts_accounts(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    root = headers["superadmin"]
    district = await client.post(
        "/api/v1/units", json={"name": "UBND huyện Vũ Quang", "kind": "district"}, headers=root
    )
    assert district.status_code == 201, district.text
    commune = await client.post(
        "/api/v1/units",
        json={"name": "xã Ân Phú", "kind": "commune", "headcount": 20, "parent_id": district.json()["id"]},
        headers=root,
    )
    assert commune.status_code == 201, commune.text
    user = await client.post(
        USERS,
        json={
            "username": "canbo.anphu",
            "full_name": "Cán bộ Ân Phú",
            "role": "unit_officer",
            "unit_id": commune.json()["id"],
            "password": "An-phu-2025",
        },
        headers=root,
    )
    assert user.status_code == 201
    hk = headers["district_admin"]
    assert (await client.get(f"{USERS}/{user.json()['id']}", headers=hk)).status_code == 404
    r = await client.patch(f"/api/v1/units/{commune.json()['id']}", json={"headcount": 1}, headers=hk)
    assert r.status_code == 403
    r = await client.post(
        USERS,
        json={
            "username": "xam.nhap",
            "full_name": "Xâm nhập",
            "role": "unit_officer",
            "unit_id": commune.json()["id"],
            "password": "Xam-nhap-2025",
        },
        headers=hk,
    )
    assert r.status_code == 403
