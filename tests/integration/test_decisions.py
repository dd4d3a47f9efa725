"""D1 award decisions and the D2 award-decision document, through HTTP on PostgreSQL."""

from __future__ import annotations

import asyncio
import io
import json
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from docx import Document
from fastapi import FastAPI

from tests.support import Caller, District

NOM = "/api/v1/nominations"
DEC = "/api/v1/award-decisions"
NATIONAL_IDS = ("042080000901", "042080000902")
BIRTH = "1979-06-23"


async def _approved(
    district: District, conf: str, officer: Caller, reviewer: Caller, *, submit_only: bool = False, **body: object
) -> str:
    nomination: dict[str, object] = {
        "conference_id": conf,
        "nominee_kind": "individual",
        "nominee_name": "Trần Văn Khen",
        "national_id": NATIONAL_IDS[0],
        "birth_date": BIRTH,
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    } | body
    r = await officer.post(NOM, json=nomination)
    assert r.status_code == 201, r.text
    url = f"{NOM}/{r.json()['id']}"
    assert (await officer.post(f"{url}/submit")).status_code == 200
    if not submit_only:
        r = await reviewer.post(f"{url}/approve")
        assert r.status_code == 200, r.text
    return str(r.json()["id"])


async def _world(district: District, name: str) -> tuple[str, str, Caller, Caller]:
    unit = await district.unit(name)
    conf = str((await district.conference(unit))["id"])
    return unit, conf, await district.officer(unit), await district.reviewer(unit)


async def _province(district: District) -> str:
    """A province unit above the test's district (the authority of the Bằng khen)."""
    body = {"name": f"Tỉnh Thử {district.id[:8]}", "kind": "province"}
    r = await district.superadmin.post("/api/v1/units", json=body)
    assert r.status_code == 201, r.text
    province = str(r.json()["id"])
    url = f"/api/v1/units/{district.id}"
    etag = (await district.superadmin.get(url)).headers["ETag"]
    r = await district.superadmin.patch(url, json={"parent_id": province}, headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    return province


def _decision(honour: str, ids: list[str], number: str = "123/QĐ-UBND", **extra: object) -> dict[str, object]:
    return {
        "number": number,
        "decided_on": "2025-04-02",
        "signer_name": "Nguyễn Văn Ký",
        "signer_title": "Chủ tịch UBND huyện",
        "honour": honour,
        "nomination_ids": ids,
    } | extra


async def _state(caller: Caller, nomination_id: str) -> str:
    return str((await caller.get(f"{NOM}/{nomination_id}")).json()["state"])


async def test_D1_decision_awards_approved_nominations_which_become_awarded_audited(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Khen Một")
    first = await _approved(district, conf, officer, reviewer)
    second = await _approved(
        district, conf, officer, reviewer, nominee_name="Hội Nông dân xã", nominee_kind="collective",
        national_id=None, birth_date=None, rank=None, works_directly=None,
    )  # fmt: skip
    r = await district.admin.post(DEC, json=_decision("district_certificate", [first, second]))
    assert r.status_code == 201, r.text
    d = r.json()
    assert (d["authority_unit_id"], d["number"], d["year"], d["honour"]) == (
        district.id,
        "123/QĐ-UBND",
        2025,
        "district_certificate",
    )
    assert [a["nomination_id"] for a in d["awards"]] == [first, second]
    assert await _state(officer, first) == await _state(officer, second) == "awarded"
    events = (
        await district.admin.get("/api/v1/audit-events", params={"entity": "nomination", "entity_id": first})
    ).json()
    award = [e for e in events["items"] if e["action"] == "award"]
    assert len(award) == 1
    assert (award[0]["before"]["state"], award[0]["after"]["state"], award[0]["reason"]) == (
        "approved",
        "awarded",
        "123/QĐ-UBND",
    )
    # N3 — an awarded nomination is not decided, edited or withdrawn again
    assert (await reviewer.post(f"{NOM}/{first}/approve")).status_code == 409
    assert (await officer.post(f"{NOM}/{first}/withdraw")).status_code == 409
    # N5 — awarded in by_state and awarded_by_honour; still in the approved breakdowns
    stats = (await officer.get(f"{NOM}/stats", params={"conference_id": conf})).json()
    assert (stats["by_state"]["awarded"], stats["by_state"]["approved"]) == (2, 0)
    assert (stats["awarded_by_honour"]["district_certificate"], stats["by_honour"]["district_certificate"]) == (2, 2)


async def test_D1_nomination_not_approved_is_409_and_nothing_recorded(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Khen Hai")
    submitted = await _approved(district, conf, officer, reviewer, submit_only=True)
    approved = await _approved(district, conf, officer, reviewer, nominee_name="Lê Thị Đủ", national_id=NATIONAL_IDS[1])
    r = await district.admin.post(DEC, json=_decision("district_certificate", [approved, submitted]))
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "nomination_not_approved", "D1")
    assert await _state(officer, approved) == "approved"  # nothing changed
    listed = (await district.admin.get(DEC, params={"authority_unit_id": district.id})).json()
    assert listed["items"] == []


async def test_D1_already_awarded_is_409_each_nomination_once_per_honour(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Khen Ba")
    n = await _approved(district, conf, officer, reviewer)
    assert (await district.admin.post(DEC, json=_decision("district_certificate", [n]))).status_code == 201
    r = await district.admin.post(DEC, json=_decision("district_certificate", [n], number="124/QĐ-UBND"))
    assert (r.status_code, r.json()["code"]) == (409, "already_awarded")
    # the same number twice for one authority and year: a conflict naming the field
    other = await _approved(district, conf, officer, reviewer, nominee_name="Lê Thị Số", national_id=NATIONAL_IDS[1])
    r = await district.admin.post(DEC, json=_decision("district_certificate", [other]))
    assert (r.status_code, r.json()["code"], r.json()["errors"][0]["field"]) == (409, "conflict", "number")
    # the same nomination twice in one decision
    r = await district.admin.post(DEC, json=_decision("district_certificate", [other, other], number="125/QĐ-UBND"))
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "nomination_ids.1")


async def test_D1_two_decisions_racing_for_one_nomination_exactly_one_wins(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Khen Đua")
    n = await _approved(district, conf, officer, reviewer)
    answers = await asyncio.gather(
        *[
            district.admin.post(DEC, json=_decision("district_certificate", [n], number=f"{k}/QĐ-UBND"))
            for k in (201, 202)
        ]
    )
    assert sorted(a.status_code for a in answers) == [201, 409]
    assert [a.json()["code"] for a in answers if a.status_code == 409] == ["already_awarded"]
    listed = (await district.admin.get(DEC, params={"authority_unit_id": district.id})).json()["items"]
    assert [len(d["awards"]) for d in listed] == [1]


async def test_D1_database_refuses_a_second_award_of_one_nomination_per_honour(
    app: FastAPI, district: District
) -> None:
    """D1 held by PostgreSQL too: a second decision naming an awarded nomination, written past the
    service, is refused by the unique constraint; an item's honour must be its decision's."""
    _, conf, officer, reviewer = await _world(district, "xã Khen Ràng Buộc")
    n = await _approved(district, conf, officer, reviewer)
    first = (await district.admin.post(DEC, json=_decision("district_certificate", [n]))).json()
    insert_decision = sa.text(
        "INSERT INTO award_decisions (id, authority_unit_id, number, year, decided_on, signer_name, signer_title, "
        "honour) VALUES (gen_random_uuid(), :a, '999/QĐ-UBND', 2025, DATE '2025-05-05', 'A', 'B', :h) RETURNING id"
    )
    insert_item = sa.text(
        "INSERT INTO award_decision_items (decision_id, nomination_id, honour, position) VALUES (:d, :n, :h, 1)"
    )
    async with app.state.engine.connect() as conn:
        other = (await conn.execute(insert_decision, {"a": district.id, "h": "district_certificate"})).scalar_one()
        with pytest.raises(sa.exc.IntegrityError, match="uq_award_decision_items_nomination_id_honour"):
            await conn.execute(insert_item, {"d": other, "n": n, "h": "district_certificate"})
        await conn.rollback()
    bang_khen = await _approved(
        district, conf, officer, reviewer, honour="province_certificate", nominee_name="Lê Thị Bằng",
        national_id=NATIONAL_IDS[1],
    )  # fmt: skip
    async with app.state.engine.connect() as conn:
        with pytest.raises(sa.exc.IntegrityError, match="fk_award_decision_items_decision_id_award_decisions"):
            await conn.execute(insert_item, {"d": first["id"], "n": bang_khen, "h": "province_certificate"})
        await conn.rollback()


async def test_D1_nomination_that_did_not_propose_the_honour_is_422_naming_the_field(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Khen Bốn")
    n = await _approved(district, conf, officer, reviewer, honour="conference_honoured")
    r = await district.admin.post(DEC, json=_decision("district_certificate", [n]))
    body = r.json()
    assert (r.status_code, body["code"], body["rule"]) == (422, "validation_error", "D1")
    assert body["errors"][0]["field"] == "nomination_ids.0"
    assert await _state(officer, n) == "approved"


async def test_D1_number_format_and_date_validated(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Khen Năm")
    n = await _approved(district, conf, officer, reviewer)
    for bad in ("123-QĐ-UBND", "QĐ-UBND", "0/QĐ-UBND", "123/QD-UBND", "123/QĐ-", "12/QĐ-ubnd"):
        r = await district.admin.post(DEC, json=_decision("district_certificate", [n], number=bad))
        assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "number"), bad
    r = await district.admin.post(DEC, json=_decision("district_certificate", [n], decided_on="2999-01-01"))
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "decided_on")
    r = await district.admin.post(DEC, json=_decision("other", [n]))
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "nomination_ids.0")
    r = await district.admin.post(DEC, json=_decision("district_certificate", [n], number=" 7/QĐ-UBND-TĐKT "))
    assert (r.status_code, r.json()["number"]) == (201, "7/QĐ-UBND-TĐKT")


async def test_D1_authority_rules(district: District) -> None:
    unit, conf, officer, reviewer = await _world(district, "xã Thẩm Quyền")
    honoured = await _approved(
        district, conf, officer, reviewer, honour="conference_honoured", nominee_name="Hội Phụ nữ xã",
        nominee_kind="collective", national_id=None, birth_date=None, rank=None, works_directly=None,
    )  # fmt: skip
    certificate = await _approved(district, conf, officer, reviewer)
    bang_khen = await _approved(
        district, conf, officer, reviewer, honour="province_certificate", nominee_name="Lê Thị Bằng",
        national_id=NATIONAL_IDS[1],
    )  # fmt: skip
    # the council decides nominations but records no decision
    r = await reviewer.post(DEC, json=_decision("conference_honoured", [honoured], number="1/QĐ-UBND"))
    assert r.status_code == 403
    # the district's Giấy khen is not the commune officer's to record
    r = await officer.post(DEC, json=_decision("district_certificate", [certificate]))
    assert r.status_code == 403
    # another unit's officer does not see the nomination
    _, _, stranger, _ = await _world(district, "xã Người Ngoài")
    r = await stranger.post(DEC, json=_decision("conference_honoured", [honoured], number="1/QĐ-UBND"))
    assert r.status_code == 404
    # the organizing unit's officer records the conference's honours: the unit is the authority
    r = await officer.post(DEC, json=_decision("conference_honoured", [honoured], number="1/QĐ-UBND"))
    assert (r.status_code, r.json()["authority_unit_id"]) == (201, unit)
    # Bằng khen: the province is the authority; none registered above the district yet
    r = await district.admin.post(DEC, json=_decision("province_certificate", [bang_khen], number="9/QĐ-UBND"))
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "honour")
    province = await _province(district)
    # the district admin transcribes the province chairman's decision
    r = await district.admin.post(DEC, json=_decision("province_certificate", [bang_khen], number="9/QĐ-UBND"))
    assert (r.status_code, r.json()["authority_unit_id"]) == (201, province), r.text
    r = await district.admin.post(DEC, json=_decision("district_certificate", [certificate]))
    assert (r.status_code, r.json()["authority_unit_id"]) == (201, district.id)


async def test_D1_register_lists_by_authority_year_and_honour_paged(district: District, viewer_client: Caller) -> None:
    unit, conf, officer, reviewer = await _world(district, "xã Sổ Quyết Định")
    ids = [
        await _approved(district, conf, officer, reviewer, nominee_name=f"Người {k}", national_id=f"04208000095{k}")
        for k in range(3)
    ]
    honoured = await _approved(
        district, conf, officer, reviewer, honour="conference_honoured", nominee_name="Chi đoàn xã",
        nominee_kind="collective", national_id=None, birth_date=None, rank=None, works_directly=None,
    )  # fmt: skip
    for n, (nid, day) in enumerate(((ids[0], "2024-12-30"), (ids[1], "2025-01-05"), (ids[2], "2025-02-01"))):
        r = await district.admin.post(DEC, json=_decision("district_certificate", [nid], number=f"{n + 1}/QĐ-UBND",
                                                          decided_on=day))  # fmt: skip
        assert r.status_code == 201, r.text
    assert (await officer.post(DEC, json=_decision("conference_honoured", [honoured]))).status_code == 201

    async def listed(**params: object) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = None
        while True:
            q = params | {"limit": 1} | ({"cursor": cursor} if cursor else {})
            body = (await viewer_client.get(DEC, params=q)).json()
            items += body["items"]
            cursor = body["next_cursor"]
            if not cursor:
                return items

    mine = await listed(authority_unit_id=district.id)
    assert [d["number"] for d in mine] == ["3/QĐ-UBND", "2/QĐ-UBND", "1/QĐ-UBND"]  # newest first, paged
    assert [d["number"] for d in await listed(authority_unit_id=district.id, year=2025)] == ["3/QĐ-UBND", "2/QĐ-UBND"]
    assert [d["authority_unit_id"] for d in await listed(authority_unit_id=unit)] == [unit]
    assert [d["honour"] for d in await listed(authority_unit_id=unit, honour="conference_honoured")] == [
        "conference_honoured"
    ]
    assert await listed(authority_unit_id=unit, honour="district_certificate") == []
    r = await viewer_client.get(DEC, params={"year": "abc"})
    assert r.status_code == 422


async def test_D1_register_and_document_never_show_national_ids_or_birth_dates(
    district: District, client: httpx.AsyncClient
) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Riêng Tư")
    n = await _approved(district, conf, officer, reviewer)
    d = (await district.admin.post(DEC, json=_decision("district_certificate", [n]))).json()
    assert "national_id" not in json.dumps(d)
    assert NATIONAL_IDS[0] not in json.dumps(d)
    # public to any signed-in reader: an officer of a unit elsewhere, in another district
    other = await District.create(district.superadmin, f"UBND huyện Khác {district.id[:6]}")
    stranger = await other.officer(await other.unit("xã Bên Ngoài"))
    for url in (DEC, f"{DEC}/{d['id']}"):
        r = await stranger.get(url, params={"authority_unit_id": district.id} if url == DEC else None)
        assert r.status_code == 200
        text = r.text
        assert "Trần Văn Khen" in text
        for secret in (NATIONAL_IDS[0], BIRTH, "23/06/1979", "national_id", "birth_date"):
            assert secret not in text, secret
    r = await stranger.get(f"{DEC}/{d['id']}/document.docx")
    assert r.status_code == 200
    doc = Document(io.BytesIO(r.content))
    everything = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for row in t.rows for c in row.cells
    )
    assert "Trần Văn Khen" in everything
    for secret in (NATIONAL_IDS[0], BIRTH, "23/06/1979", "1979"):
        assert secret not in everything, secret
    # signed out: nothing
    assert (await client.get(f"{DEC}/{d['id']}")).status_code == 401
    assert (await client.get(f"{DEC}/{d['id']}/document.docx")).status_code == 401


async def test_D1_demo_has_one_decision_per_honour(viewer_client: Caller, demo: dict[str, Any]) -> None:
    items = (await viewer_client.get(DEC, params={"year": 2025, "limit": 500})).json()["items"]
    names = ("UBND tỉnh Hà Tĩnh", "UBND huyện Hương Khê", "thị trấn Hương Khê")
    demo_units = {demo["units"][name] for name in names}
    ours = [d for d in items if d["authority_unit_id"] in demo_units]
    assert sorted(d["honour"] for d in ours) == ["conference_honoured", "district_certificate", "province_certificate"]
    for d in ours:
        assert d["awards"]
        for a in d["awards"]:
            n = (await viewer_client.get(f"{NOM}/{a['nomination_id']}")).json()
            assert (n["state"], n["honour"]) == ("awarded", d["honour"])


def _all_text(doc: Any) -> list[str]:
    lines = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                lines += [p.text for p in c.paragraphs]
    return lines


async def test_D2_award_decision_document_has_motto_number_date_line_title_and_list(district: District) -> None:
    _, conf, officer, reviewer = await _world(district, "xã Văn Bản")
    first = await _approved(district, conf, officer, reviewer)
    second = await _approved(
        district, conf, officer, reviewer, nominee_name="Hội Nông dân xã Văn Bản", nominee_kind="collective",
        national_id=None, birth_date=None, rank=None, works_directly=None,
    )  # fmt: skip
    d = (
        await district.admin.post(
            DEC, json=_decision("district_certificate", [first, second], number="45/QĐ-UBND", decided_on="2025-02-07")
        )
    ).json()
    r = await district.admin.get(f"{DEC}/{d['id']}/document.docx")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    doc = Document(io.BytesIO(r.content))
    # the shared layout (api.services.documents.layout): one header row, the issuer block, its
    # rule and the number on the left; the motto, its rule and the place-and-date line on the right
    issuer = [p.text for p in doc.tables[0].cell(0, 0).paragraphs]
    motto = [p.text for p in doc.tables[0].cell(0, 1).paragraphs]
    assert issuer[0] == "ỦY BAN NHÂN DÂN"
    assert issuer[1] == district_name(d).upper()
    assert motto[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert issuer[-1] == "Số: 45/QĐ-UBND"
    # C7 — Decree 30 dates: the day below 10 and the months 1 and 2 take a leading zero
    assert motto[-1].endswith(", ngày 07 tháng 02 năm 2025")
    lines = _all_text(doc)
    assert "QUYẾT ĐỊNH" in lines
    assert any(line.startswith("Về việc khen thưởng Giấy khen") for line in lines)
    for article in ("Điều 1.", "Điều 2.", "Điều 3."):
        assert any(line.startswith(article) for line in lines), article
    assert "Nơi nhận:" in lines
    assert "Nguyễn Văn Ký" in [p.text for p in doc.tables[1].cell(0, 1).paragraphs]
    annex = doc.tables[-1]
    rows = [[c.text for c in row.cells] for row in annex.rows]
    assert rows[0] == ["STT", "Họ và tên / Tập thể", "Đơn vị", "Hình thức"]
    assert rows[1:] == [
        ["1", "Trần Văn Khen", "xã Văn Bản", "Giấy khen của Chủ tịch UBND huyện"],
        ["2", "Hội Nông dân xã Văn Bản", "xã Văn Bản", "Giấy khen của Chủ tịch UBND huyện"],
    ]
    assert (await district.admin.get(f"{DEC}/not-an-id/document.docx")).status_code in (404, 422)


def district_name(d: dict[str, Any]) -> str:
    """The district's name without "UBND " (the issuer block writes "ỦY BAN NHÂN DÂN" above it)."""
    return str(d["authority_unit_name"]).removeprefix("UBND ")
