"""U1–U3, Q1 through HTTP: the unit register, its search, its blocks; X2 for public records."""

import json
import unicodedata
from typing import Any

import httpx

from tests.support import District, Factory

UNITS = "/api/v1/units"


async def test_Q1_search_huong_thuy_finds_the_commune(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    r = await client.get(UNITS, params={"q": "huong thuy"}, headers=headers["officer"])
    assert r.status_code == 200
    names = [u["name"] for u in r.json()["items"]]
    assert "xã Hương Thủy" in names


async def test_Q1_search_folds_d_stroke(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    r = await client.get(UNITS, params={"q": "dien my"}, headers=headers["viewer"])
    assert [u["name"] for u in r.json()["items"]] == ["xã Điền Mỹ"]
    r = await client.get(UNITS, params={"q": "ĐIỀN"}, headers=headers["viewer"])
    assert [u["name"] for u in r.json()["items"]] == ["xã Điền Mỹ"]


async def test_Q1_search_matches_word_prefixes(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    r = await client.get(UNITS, params={"q": "phuc tr"}, headers=headers["viewer"])
    assert [u["name"] for u in r.json()["items"]] == ["xã Phúc Trạch"]


async def test_Q1_name_typed_in_nfd_is_stored_in_nfc(make_unit: Factory) -> None:
    nfd = unicodedata.normalize("NFD", "  xã  Kỳ Thử  ")
    unit = await make_unit(name=nfd)
    assert unit["name"] == "xã Kỳ Thử"
    assert unicodedata.is_normalized("NFC", str(unit["name"]))


async def test_U1_level_follows_kind_and_district_is_derived(
    make_unit: Factory, demo: dict[str, dict[str, str]]
) -> None:
    school = await make_unit(name="Trường Mầm non Thử", kind="school", headcount=12)
    assert school["level"] == "grassroots"
    assert school["district_id"] == demo["units"]["UBND huyện Hương Khê"]


async def test_U1_grassroots_unit_without_district_is_invalid_unit(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    r = await client.post(
        UNITS, json={"name": "xã Mồ Côi", "kind": "commune", "headcount": 10}, headers=headers["superadmin"]
    )
    assert r.status_code == 422
    body = r.json()
    assert (body["code"], body["rule"]) == ("invalid_unit", "U1")
    assert body["errors"][0]["field"] == "parent_id"


async def test_U1_cannot_hang_a_unit_under_its_own_descendant(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    parent = await make_unit(name="xã Cha")
    child = await make_unit(name="Trường Con", kind="school", headcount=5, parent_id=parent["id"])
    r = await client.patch(
        f"{UNITS}/{parent['id']}", json={"parent_id": child["id"]}, headers=headers["district_admin"]
    )
    assert r.status_code == 422
    assert r.json()["rule"] == "U1"


async def test_U2_grassroots_headcount_required(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    body = {"name": "xã Không Số", "kind": "commune", "parent_id": demo["units"]["UBND huyện Hương Khê"]}
    r = await client.post(UNITS, json=body, headers=headers["district_admin"])
    assert r.status_code == 422
    assert (r.json()["code"], r.json()["rule"]) == ("invalid_unit", "U2")
    r = await client.post(UNITS, json=body | {"headcount": -5}, headers=headers["district_admin"])
    assert r.status_code == 422


async def test_U2_headcount_update_to_null_is_refused(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    unit = await make_unit(name="xã Đếm Người")
    r = await client.patch(f"{UNITS}/{unit['id']}", json={"headcount": None}, headers=headers["district_admin"])
    assert r.status_code == 422
    assert r.json()["rule"] == "U2"


async def test_X2_units_are_public_but_writes_need_the_admin(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    unit_id = demo["units"]["xã Hương Thủy"]
    for role in ("officer", "reviewer", "viewer", "client", "district_admin"):
        assert (await client.get(f"{UNITS}/{unit_id}", headers=headers[role])).status_code == 200
    body = {"name": "xã Lạ", "kind": "commune", "headcount": 3, "parent_id": demo["units"]["UBND huyện Hương Khê"]}
    for role in ("officer", "reviewer", "viewer"):
        r = await client.post(UNITS, json=body, headers=headers[role])
        assert r.status_code == 403, role
        assert r.json()["code"] == "forbidden"
    r = await client.patch(f"{UNITS}/{unit_id}", json={"headcount": 1}, headers=headers["officer"])
    assert r.status_code == 403


async def test_filters_kind_parent_and_block(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    r = await client.get(UNITS, params={"kind": "town"}, headers=headers["viewer"])
    assert [u["name"] for u in r.json()["items"]] == ["thị trấn Hương Khê"]
    province = demo["units"]["UBND tỉnh Hà Tĩnh"]
    r = await client.get(UNITS, params={"parent_id": province, "as_of": "2025-06-30"}, headers=headers["viewer"])
    assert [u["name"] for u in r.json()["items"]] == ["UBND huyện Hương Khê"]
    # L3 — from 2025-07-01 the communes formed from Hương Khê's units hang under the province (demo)
    r = await client.get(UNITS, params={"parent_id": province, "as_of": "2025-07-01"}, headers=headers["viewer"])
    assert {u["name"] for u in r.json()["items"]} >= {f"xã Minh họa {c}" for c in "ABCDEFG"}
    blocks = (await client.get("/api/v1/emulation-blocks", headers=headers["viewer"])).json()["items"]
    upper = next(b for b in blocks if b["name"] == "Cụm thi đua các xã vùng thượng")
    r = await client.get(UNITS, params={"block_id": upper["id"], "limit": 500}, headers=headers["viewer"])
    assert sorted(u["id"] for u in r.json()["items"]) == sorted(upper["member_ids"])


async def test_keyset_pagination_walks_every_unit_once(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 7} | ({"cursor": cursor} if cursor else {})
        body = (await client.get(UNITS, params=params, headers=headers["viewer"])).json()
        assert len(body["items"]) <= 7
        seen += [u["id"] for u in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    everything: list[str] = []  # the same walk in pages of 500 (the suite's database may hold more)
    cursor = None
    while True:
        params = {"limit": 500} | ({"cursor": cursor} if cursor else {})
        body = (await client.get(UNITS, params=params, headers=headers["viewer"])).json()
        everything += [u["id"] for u in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == everything
    assert len(seen) == len(set(seen))


async def test_bad_cursor_and_limit_are_validation_problems(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    r = await client.get(UNITS, params={"cursor": "not-a-cursor"}, headers=headers["viewer"])
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "cursor"
    r = await client.get(UNITS, params={"limit": 501}, headers=headers["viewer"])
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "limit"


async def test_etag_and_if_match(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    unit = await make_unit(name="xã Phiên Bản")
    r = await client.get(f"{UNITS}/{unit['id']}", headers=headers["district_admin"])
    etag = r.headers["ETag"]
    assert etag.startswith('"')
    assert not etag.startswith("W/")
    admin = headers["district_admin"]
    ok = await client.patch(f"{UNITS}/{unit['id']}", json={"headcount": 31}, headers=admin | {"If-Match": etag})
    assert ok.status_code == 200
    assert ok.headers["ETag"] != etag
    stale = await client.patch(f"{UNITS}/{unit['id']}", json={"headcount": 99}, headers=admin | {"If-Match": etag})
    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"
    after = (await client.get(f"{UNITS}/{unit['id']}", headers=admin)).json()
    assert after["headcount"] == 31


async def test_idempotency_key_creates_once(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    body = {"name": "xã Một Lần", "kind": "commune", "headcount": 9, "parent_id": demo["units"]["UBND huyện Hương Khê"]}
    h = headers["district_admin"] | {"Idempotency-Key": "create-mot-lan-1"}
    first = await client.post(UNITS, json=body, headers=h)
    second = await client.post(UNITS, json=body, headers=h)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert first.headers["Location"] == second.headers["Location"]
    found = (await client.get(UNITS, params={"q": "mot lan"}, headers=h)).json()["items"]
    assert len(found) == 1
    other = await client.post(UNITS, json=body | {"headcount": 10}, headers=h)
    assert other.status_code == 409
    assert other.json()["code"] == "conflict"


async def test_threat_idempotency_key_order_ignored(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    """A retry whose client wrote the same JSON with its keys in another order (and other
    spacing) is the same request: the stored answer, nothing created twice; a really different
    body under the same key is still the conflict."""
    parent = demo["units"]["UBND huyện Hương Khê"]
    first_body = json.dumps(
        {"name": "xã Thứ Tự Khóa", "kind": "commune", "headcount": 12, "parent_id": parent}, ensure_ascii=False
    )
    reordered = json.dumps(
        {"parent_id": parent, "headcount": 12, "kind": "commune", "name": "xã Thứ Tự Khóa"}, indent=2
    )
    h = headers["district_admin"] | {"Idempotency-Key": "thu-tu-khoa-1", "Content-Type": "application/json"}
    first = await client.post(UNITS, content=first_body.encode(), headers=h)
    second = await client.post(UNITS, content=reordered.encode(), headers=h)
    assert first.status_code == second.status_code == 201, second.text
    assert first.json() == second.json()
    assert first.headers["Location"] == second.headers["Location"]
    found = (await client.get(UNITS, params={"q": "thu tu khoa"}, headers=h)).json()["items"]
    assert len(found) == 1
    different = json.dumps({"parent_id": parent, "headcount": 13, "kind": "commune", "name": "xã Thứ Tự Khóa"})
    other = await client.post(UNITS, content=different.encode(), headers=h)
    assert other.status_code == 409
    assert other.json()["code"] == "conflict"


async def test_threat_idempotency_deeply_nested_body_is_a_problem_not_a_500(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]
) -> None:
    """Q3 — a body nested a few hundred levels deep (in a field kept as sent, a report's
    ``snapshot``) under an Idempotency-Key is refused as the same body without the key is (422),
    never a 500 from the fingerprint."""
    unit = demo["units"]["xã Hương Thủy"]
    for depth in (400, 900):
        deep = "[" * depth + "]" * depth
        body = (
            f'{{"kind": "summary_report", "plan_id": "{demo["plan"]["id"]}", "unit_id": "{unit}", '
            f'"content": {{"snapshot": {deep}}}}}'
        )
        h = headers["district_admin"] | {"Content-Type": "application/json"}
        plain = await client.post("/api/v1/submissions", content=body.encode(), headers=h)
        keyed = await client.post(
            "/api/v1/submissions", content=body.encode(), headers=h | {"Idempotency-Key": f"sau-{depth}"}
        )
        assert plain.status_code == keyed.status_code == 422, keyed.text


async def test_unknown_ids_are_404(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    for path in (f"{UNITS}/00000000-0000-0000-0000-000000000000", f"{UNITS}/not-a-uuid"):
        r = await client.get(path, headers=headers["viewer"])
        assert r.status_code == 404
        assert r.json()["code"] == "not_found"


async def test_U2_negative_headcount(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    """The rule's own code, not a schema bound's generic validation_error: on create and update,
    below zero and beyond the plausible maximum; nothing changes."""
    admin = headers["district_admin"]
    body = {"name": "xã Âm Người", "kind": "commune", "parent_id": demo["units"]["UBND huyện Hương Khê"]}
    unit = await make_unit(name="xã Sửa Số Người", headcount=40)
    for headcount in (-1, -5, 10_000_001, 10**30):
        r = await client.post(UNITS, json=body | {"headcount": headcount}, headers=admin)
        assert r.status_code == 422, r.text
        assert (r.json()["code"], r.json()["rule"], r.json()["errors"][0]["field"]) == (
            "invalid_unit",
            "U2",
            "headcount",
        )
        r = await client.patch(f"{UNITS}/{unit['id']}", json={"headcount": headcount}, headers=admin)
        assert (r.status_code, r.json()["code"], r.json()["rule"]) == (422, "invalid_unit", "U2")
    assert (await client.get(f"{UNITS}/{unit['id']}", headers=admin)).json()["headcount"] == 40
    assert (await client.post(UNITS, json=body | {"headcount": 0}, headers=admin)).status_code == 201


async def test_C5_party_congress_date_in_a_plausible_range(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Ngày Đại Hội")
    for bad in ("1900-01-01", "2999-01-01"):
        r = await client.patch(f"{UNITS}/{unit['id']}", json={"party_congress_date": bad}, headers=admin)
        assert r.status_code == 422, r.text
        assert (r.json()["rule"], r.json()["errors"][0]["field"]) == ("C5", "party_congress_date")
    r = await client.patch(f"{UNITS}/{unit['id']}", json={"party_congress_date": "2025-06-01"}, headers=admin)
    assert r.status_code == 200


async def test_Q1_unit_name_with_format_characters_and_c1_controls(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    unit = await make_unit(name="xã Hương\u200b Thủy\u00ad Mới")
    assert unit["name"] == "xã Hương Thủy Mới"
    found = await client.get(UNITS, params={"q": "huong thuy moi"}, headers=headers["district_admin"])
    assert unit["id"] in [u["id"] for u in found.json()["items"]]
    r = await client.patch(f"{UNITS}/{unit['id']}", json={"name": "xã\x85 Khác"}, headers=headers["district_admin"])
    assert (r.status_code, r.json()["rule"]) == (422, "Q1")


async def test_unit_search_ranks_own_name_first(district: District) -> None:
    from api.domain.text import fold
    from api.domain.units import search_rank

    names = [
        "Phòng Nông nghiệp xã Gia Phố Hạng",
        "Công ty Gia Phố Hạng Xanh",
        "xã Gia Phố Hạng",
        "Hội Cựu chiến binh Gia Phố Hạng",
        "Trường THCS Gia Phố Hạng",
    ]
    kinds = ["agency", "enterprise", "commune", "agency", "school"]
    for name, kind in zip(names, kinds, strict=True):
        await district.unit(name, kind=kind)
    h = district.admin
    whole = (await district.http.get("/api/v1/units", params={"q": "gia pho hang"}, headers=h)).json()["items"]
    found = [u["name"] for u in whole]
    assert found == [
        "Trường THCS Gia Phố Hạng",  # own names first (rank 0), by folded name
        "xã Gia Phố Hạng",
        "Công ty Gia Phố Hạng Xanh",  # then names that start with the words
        "Hội Cựu chiến binh Gia Phố Hạng",  # then the rest
        "Phòng Nông nghiệp xã Gia Phố Hạng",
    ]
    ranks = [search_rank(fold(n), "gia pho hang") for n in found]  # SQL and domain agree
    assert ranks == sorted(ranks) == [0, 0, 1, 2, 2]
    paged: list[str] = []
    cursor = None
    while True:  # one by one, the cursor carries the rank: same order, nothing twice or lost
        params = {"q": "gia pho hang", "limit": 1} | ({"cursor": cursor} if cursor else {})
        page = (await district.http.get("/api/v1/units", params=params, headers=h)).json()
        paged += [u["name"] for u in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert paged == found
