"""U3 — emulation blocks: a unit belongs to at most one, also under concurrent writers."""

import asyncio

import httpx

from tests.support import Factory

BLOCKS = "/api/v1/emulation-blocks"


async def test_U3_adding_a_unit_to_a_second_block_is_409(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Hai Cụm")
    first = await client.post(BLOCKS, json={"name": "Cụm A thử", "member_ids": [unit["id"]]}, headers=admin)
    assert first.status_code == 201, first.text
    second = await client.post(BLOCKS, json={"name": "Cụm B thử", "member_ids": [unit["id"]]}, headers=admin)
    assert second.status_code == 409
    assert (second.json()["code"], second.json()["rule"]) == ("unit_in_other_block", "U3")
    # nothing changed: the second block was not created
    names = [b["name"] for b in (await client.get(BLOCKS, params={"limit": 500}, headers=admin)).json()["items"]]
    assert "Cụm B thử" not in names
    # removing it from the first frees it
    r = await client.patch(f"{BLOCKS}/{first.json()['id']}", json={"member_ids": []}, headers=admin)
    assert r.status_code == 200
    again = await client.post(BLOCKS, json={"name": "Cụm B thử", "member_ids": [unit["id"]]}, headers=admin)
    assert again.status_code == 201
    assert (await client.get(f"/api/v1/units/{unit['id']}", headers=admin)).json()["block_id"] == again.json()["id"]


async def test_U3_two_admins_racing_for_one_unit_exactly_one_wins(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Tranh Chấp")
    blocks = []
    for name in ("Cụm Đua 1", "Cụm Đua 2"):
        r = await client.post(BLOCKS, json={"name": name}, headers=admin)
        blocks.append(r.json()["id"])
    results = await asyncio.gather(
        *[client.patch(f"{BLOCKS}/{b}", json={"member_ids": [unit["id"]]}, headers=admin) for b in blocks]
    )
    assert sorted(r.status_code for r in results) == [200, 409]


async def test_U3_delete_block_frees_members(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Giải Tán")
    block = (await client.post(BLOCKS, json={"name": "Cụm Giải Tán", "member_ids": [unit["id"]]}, headers=admin)).json()
    etag = (await client.get(f"{BLOCKS}/{block['id']}", headers=admin)).headers["ETag"]
    assert (await client.delete(f"{BLOCKS}/{block['id']}", headers=admin | {"If-Match": '"stale"'})).status_code == 412
    assert (await client.delete(f"{BLOCKS}/{block['id']}", headers=admin | {"If-Match": etag})).status_code == 204
    assert (await client.get(f"{BLOCKS}/{block['id']}", headers=admin)).status_code == 404
    assert (await client.get(f"/api/v1/units/{unit['id']}", headers=admin)).json()["block_id"] is None


async def test_blocks_are_readable_by_all_writable_by_the_admin(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    for role in ("officer", "reviewer", "viewer", "client"):
        assert (await client.get(BLOCKS, headers=headers[role])).status_code == 200
    for role in ("officer", "reviewer", "viewer"):
        r = await client.post(BLOCKS, json={"name": "Cụm Trái Phép"}, headers=headers[role])
        assert r.status_code == 403, role


async def test_blocks_patch_rename_conflict_all_fields_409(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    """A rename onto another block's name is 409 whatever else the PATCH carries (member_ids and
    description too), and changes nothing."""
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Đổi Tên Cụm")
    taken = await client.post(BLOCKS, json={"name": "Cụm Đã Có Tên"}, headers=admin)
    assert taken.status_code == 201, taken.text
    mine = await client.post(BLOCKS, json={"name": "Cụm Sẽ Đổi Tên"}, headers=admin)
    assert mine.status_code == 201, mine.text
    url = f"{BLOCKS}/{mine.json()['id']}"
    alone = await client.patch(url, json={"name": "cum da co ten"}, headers=admin)
    assert alone.status_code == 409
    body = {"name": "Cụm Đã\u200b Có Tên", "description": "mô tả mới", "member_ids": [unit["id"]]}
    r = await client.patch(url, json=body, headers=admin)
    assert r.status_code == 409, r.text
    assert r.json()["code"] == alone.json()["code"] == "conflict"
    after = (await client.get(url, headers=admin)).json()
    assert (after["name"], after["description"], after["member_ids"]) == ("Cụm Sẽ Đổi Tên", None, [])
    assert (await client.get(f"/api/v1/units/{unit['id']}", headers=admin)).json()["block_id"] is None
