"""A3–A10 through HTTP on PostgreSQL: caps under races, imports all-or-none, composition, lists."""

import asyncio
import io

import httpx
import openpyxl
import pytest

from api.domain.delegates import EXEMPLARY, Category
from tests.support import District, delegates_json, every_category, structure_rows
from tests.support.delegates import SPEC_EXEMPLARY

CONF = "/api/v1/conferences"


async def _delegate_assembly(district: District, name: str, headcount: int = 450) -> str:
    unit = await district.unit(name, headcount=headcount, kind="enterprise")
    return str((await district.conference(unit))["id"])


async def _import(district: District, conference_id: str, rows: list[dict[str, object]]) -> httpx.Response:
    """An import by the list's writer: the unit's officer (the district admin for the district's)."""
    return await district.organizer_of(conference_id).post(f"{CONF}/{conference_id}/delegates/import", json=rows)


async def test_A3_the_200th_delegate_fits_the_201st_is_refused(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Hai Trăm")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(199))).status_code == 200
    one = {"full_name": "Người thứ 200", "category": "exemplar"}
    assert (await officer.post(f"{CONF}/{conf}/delegates", json=one)).status_code == 201
    r = await officer.post(f"{CONF}/{conf}/delegates", json=one | {"full_name": "Người thứ 201"})
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("delegate_cap_exceeded", "A3")


async def test_A3_twelve_writers_racing_for_the_last_seat_exactly_one_wins(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Tranh Ghế")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(199))).status_code == 200

    async def add(n: int) -> int:
        r = await officer.post(f"{CONF}/{conf}/delegates", json={"full_name": f"Ứng viên {n}", "category": "exemplar"})
        return r.status_code

    statuses = await asyncio.gather(*[add(n) for n in range(12)])
    assert sorted(statuses) == [201] + [409] * 11
    listed = (await officer.get(f"{CONF}/{conf}/delegates", params={"limit": 500})).json()
    assert len(listed["items"]) == 200


async def test_A3_an_import_that_would_pass_the_cap_inserts_nothing(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Quá Tải")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(150))).status_code == 200
    r = await _import(district, conf, delegates_json(51, prefix="Thêm"))
    assert r.status_code == 409
    assert r.json()["code"] == "delegate_cap_exceeded"
    listed = (await officer.get(f"{CONF}/{conf}/delegates", params={"limit": 500})).json()
    assert len(listed["items"]) == 150


async def test_A4_finalize_refuses_139_of_200_and_accepts_140_of_200(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Cơ Cấu")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(200, exemplary=139))).status_code == 200
    r = await officer.post(f"{CONF}/{conf}/finalize")
    assert r.status_code == 409
    body = r.json()
    assert (body["code"], body["rule"]) == ("composition_ratio_violated", "A4")
    assert "4" in body["detail"]
    assert "2" in body["detail"]
    compliance = (await officer.get(f"{CONF}/{conf}/compliance")).json()
    a4 = next(i for i in compliance["items"] if i["rule"] == "A4")
    assert a4["status"] == "error"
    assert (a4["facts"]["add_exemplary"], a4["facts"]["remove_others"]) == (4, 2)
    guests = (await officer.get(f"{CONF}/{conf}/delegates", params={"category": "guest", "limit": 1})).json()
    guest = guests["items"][0]["id"]
    r = await officer.patch(f"{CONF}/{conf}/delegates/{guest}", json={"category": "exemplar"})
    assert r.status_code == 200
    r = await officer.post(f"{CONF}/{conf}/finalize")
    assert r.status_code == 200, r.text
    assert r.json()["list_state"] == "finalized"


async def test_A4_full_assembly_ratio_is_a_warning_only(district: District) -> None:
    unit = await district.unit("xã Toàn Thể", headcount=40)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(10, exemplary=2))).status_code == 200
    compliance = (await officer.get(f"{CONF}/{conf}/compliance")).json()
    assert next(i for i in compliance["items"] if i["rule"] == "A4")["status"] == "warning"
    assert (await officer.post(f"{CONF}/{conf}/finalize")).status_code == 200


async def test_A5_unknown_category_is_a_validation_problem(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Thành Phần")
    officer = district.organizer_of(conf)
    r = await officer.post(f"{CONF}/{conf}/delegates", json={"full_name": "A", "category": "vip"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "category"


async def test_A6_district_structure_is_reported(district: District) -> None:
    conf = str((await district.conference(district.id, "2025-05-20"))["id"])
    rows = [
        {
            "full_name": "Hồ Thị A",
            "category": "direct_worker",
            "gender": "female",
            "ethnicity": "Chứt",
            "province_commendations": 2,
            "economic_sector": "private",
        },
        {
            "full_name": "Lê Văn B",
            "category": "emulation_soldier",
            "gender": "male",
            "ethnicity": "Kinh",
            "economic_sector": "state",
        },
    ]
    assert (await _import(district, conf, rows)).status_code == 200
    compliance = (await district.admin.get(f"{CONF}/{conf}/compliance")).json()
    a6 = next(i for i in compliance["items"] if i["rule"] == "A6")
    assert a6["status"] == "ok"
    facts = a6["facts"]
    assert (facts["women"], facts["ethnic_minorities"], facts["direct_workers"], facts["commended_twice_or_more"]) == (
        1,
        1,
        1,
        1,
    )
    assert facts["women_percent"] == "50.0"
    assert facts["sectors"]["private"]["count"] == 1


async def test_A7_same_person_twice_is_409(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Trùng")
    officer = district.organizer_of(conf)
    url = f"{CONF}/{conf}/delegates"
    a = {"full_name": "Nguyễn Văn An", "birth_date": "1980-05-01", "category": "exemplar"}
    assert (await officer.post(url, json=a)).status_code == 201
    r = await officer.post(url, json=a | {"full_name": "nguyen van  an"})
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("duplicate_delegate", "A7")
    b = {"full_name": "Trần B", "national_id": "042095000123", "category": "exemplar"}
    assert (await officer.post(url, json=b)).status_code == 201
    r = await officer.post(url, json=b | {"full_name": "Trần Bê"})
    assert r.status_code == 409
    r = await _import(district, conf, [{"full_name": "X", "category": "guest", "national_id": "042095000999"}] * 2)
    assert r.status_code == 409
    assert r.json()["errors"][0]["field"] == "rows.2"


@pytest.mark.parametrize("size", [2, 60])  # a few rows: matched through the indexes; many: the whole list
async def test_A7_an_import_of_people_already_on_the_list_is_409_naming_the_rows(district: District, size: int) -> None:
    conf = await _delegate_assembly(district, f"Công ty Đã Có {size}")
    officer = district.organizer_of(conf)
    url = f"{CONF}/{conf}/delegates"
    on_list = {"full_name": "Lê Thị Hoa", "birth_date": "1979-03-04", "category": "exemplar"}
    assert (await officer.post(url, json=on_list)).status_code == 201
    by_id = {"full_name": "Phạm Văn Cường", "national_id": "042095000777", "category": "guest"}
    assert (await officer.post(url, json=by_id)).status_code == 201
    rows = delegates_json(size, prefix="Mới")
    rows[0] = on_list | {"full_name": "le thi  hoa"}  # the same person by folded name and birth date
    rows[-1] = by_id | {"full_name": "Phạm Cường"}  # the same national ID
    r = await _import(district, conf, rows)
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("duplicate_delegate", "A7")
    assert [e["field"] for e in r.json()["errors"]] == ["rows.1", f"rows.{size}"]
    listed = (await officer.get(url)).json()["items"]
    assert len(listed) == 2  # nothing imported


async def test_A8_finalized_list_is_locked_until_reopened(district: District) -> None:
    unit = await district.unit("xã Khóa Sổ", headcount=20)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    url = f"{CONF}/{conf}/delegates"
    assert (await officer.post(url, json={"full_name": "A", "category": "exemplar"})).status_code == 201
    assert (await officer.post(f"{CONF}/{conf}/finalize")).status_code == 200
    r = await officer.post(url, json={"full_name": "B", "category": "exemplar"})
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("delegate_list_locked", "A8")
    r = await officer.post(f"{CONF}/{conf}/reopen", json={"reason": "bổ sung đại biểu"})
    assert r.status_code == 200
    assert r.json()["list_state"] == "draft"
    assert (await officer.post(url, json={"full_name": "B", "category": "exemplar"})).status_code == 201
    events = (await district.admin.get("/api/v1/audit-events", params={"entity_id": conf})).json()["items"]
    assert [e["action"] for e in events][:2] == ["reopen", "finalize"]
    assert events[0]["reason"] == "bổ sung đại biểu"


async def test_A9_pilot_invitees_only_at_a_pilot_unit_and_not_counted(district: District) -> None:
    plain = await _delegate_assembly(district, "Công ty Thường")
    r = await district.organizer_of(plain).post(
        f"{CONF}/{plain}/delegates", json={"full_name": "Khách", "category": "leader", "pilot_invitee": True}
    )
    assert r.status_code == 422
    assert (r.json()["code"], r.json()["rule"]) == ("pilot_invitee_not_allowed", "A9")
    pilot_unit = await district.unit("Công ty Điểm", headcount=450, kind="enterprise", is_pilot=True)
    pilot = str((await district.conference(pilot_unit))["id"])
    assert (await _import(district, pilot, delegates_json(200))).status_code == 200
    officer = district.organizer_of(pilot)
    r = await officer.post(
        f"{CONF}/{pilot}/delegates", json={"full_name": "Lãnh đạo khối", "category": "leader", "pilot_invitee": True}
    )
    assert r.status_code == 201  # beyond the cap of 200: invitees are not counted
    r = await officer.post(f"{CONF}/{pilot}/finalize")
    assert (r.status_code, r.json()["code"]) == (409, "programme_not_appraised")  # P1 first
    await _approved_programme(district, pilot_unit, pilot)
    assert (await officer.post(f"{CONF}/{pilot}/finalize")).status_code == 200


async def _approved_programme(district: District, unit: str, conference: str) -> None:
    """P1 — the pilot unit's officer sends the programme, the district admin approves it."""
    officer = await district.officer(unit)
    body = {"kind": "programme", "plan_id": district.plan_id, "conference_id": conference}
    r = await officer.post("/api/v1/submissions", json=body)
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    assert (await officer.post(f"/api/v1/submissions/{pid}/submit")).status_code == 200
    r = await district.admin.post(f"/api/v1/submissions/{pid}/approve")
    assert (r.status_code, r.json()["state"]) == (200, "approved"), r.text


async def test_A10_allocations_designations_and_the_district_list(district: District) -> None:
    g1 = await district.unit("xã Cử Một")
    g2 = await district.unit("xã Cử Hai")
    c1 = str((await district.conference(g1, "2025-03-01"))["id"])
    officer = district.organizer_of(c1)  # designates its delegates; the district admin allocates
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    alloc = f"{CONF}/{top}/allocations"
    r = await district.admin.put(alloc, json={"items": [{"unit_id": g1, "seats": 200}, {"unit_id": g2, "seats": 11}]})
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("allocation_exceeds_capacity", "A10")
    r = await district.admin.put(alloc, json={"items": [{"unit_id": g1, "seats": 2}, {"unit_id": g2, "seats": 5}]})
    assert r.status_code == 200
    assert (r.json()["capacity"], r.json()["allocated"]) == (210, 7)
    assert (
        await _import(district, c1, [*delegates_json(3), {"full_name": "Khách mời", "category": "guest"}])
    ).status_code == 200
    people = (await officer.get(f"{CONF}/{c1}/delegates", params={"limit": 10})).json()["items"]
    exemplary = [p["id"] for p in people if p["category"] != "guest"]
    guest = next(p["id"] for p in people if p["category"] == "guest")
    r = await officer.post(f"{CONF}/{c1}/designations", json={"delegate_id": guest})
    assert r.status_code == 422
    for d in exemplary[:2]:
        r = await officer.post(f"{CONF}/{c1}/designations", json={"delegate_id": d})
        assert r.status_code == 201, r.text
    r = await officer.post(f"{CONF}/{c1}/designations", json={"delegate_id": exemplary[2]})
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("allocation_exceeded", "A10")
    district_list = (await district.admin.get(f"{CONF}/{top}/delegates")).json()["items"]
    assert sorted(d["origin_delegate_id"] for d in district_list) == sorted(exemplary[:2])
    assert all(d["origin_unit_id"] == g1 for d in district_list)
    designations = (await officer.get(f"{CONF}/{c1}/designations")).json()["items"]
    r = await officer.delete(f"{CONF}/{c1}/designations/{designations[0]['id']}")
    assert r.status_code == 204
    assert len((await district.admin.get(f"{CONF}/{top}/delegates")).json()["items"]) == 1


async def test_X2_another_units_delegates_are_404(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    unit = await district.unit("xã Riêng Tư")
    conf = str((await district.conference(unit))["id"])
    for path in ("delegates", "compliance", "designations"):
        r = await client.get(f"{CONF}/{conf}/{path}", headers=headers["officer"])
        assert r.status_code == 404, path
    r = await client.post(
        f"{CONF}/{conf}/delegates", json={"full_name": "A", "category": "guest"}, headers=headers["officer"]
    )
    assert r.status_code == 404
    assert (await client.get(f"{CONF}/{conf}/delegates", headers=headers["viewer"])).status_code == 200


async def test_import_csv_and_xlsx_with_vietnamese_headers(district: District) -> None:
    unit = await district.unit("xã Nhập Tệp", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    csv_body = (
        "\ufeffSTT,ho va ten,Giới tính,Ngày sinh,Số CCCD,Thành phần đại biểu,Cột lạ\n"
        "1,Nguyễn Thị Lan,Nữ,12/05/1985,042185000111,Chiến sĩ thi đua,x\n"
        "2,Lê Văn Hùng,Nam,01/01/1970,,Khách mời,y\n"
    ).encode()
    r = await officer.post(
        f"{CONF}/{conf}/delegates/import",
        content=csv_body,
        headers={"Content-Type": "text/csv"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == 2
    assert r.json()["unknown_columns"] == ["Cột lạ"]


async def test_import_reports_every_bad_row_with_its_number_and_changes_nothing(district: District) -> None:
    unit = await district.unit("xã Tệp Lỗi", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    csv_body = (
        "Họ và tên,Số CCCD,Thành phần đại biểu\n"
        "Người Đúng,042185000222,Khách mời\n"
        "Người Sai,12345,Khách mời\n"
        "Người Thiếu,,Không biết\n"
    ).encode()
    r = await officer.post(
        f"{CONF}/{conf}/delegates/import",
        content=csv_body,
        headers={"Content-Type": "text/csv"},
    )
    assert r.status_code == 422
    fields = {e["field"] for e in r.json()["errors"]}
    assert fields == {"rows.3.national_id", "rows.4.category"}
    assert (await officer.get(f"{CONF}/{conf}/delegates")).json()["items"] == []


async def test_export_xlsx_and_csv_sorted_by_vietnamese_collation(district: District) -> None:
    unit = await district.unit("xã Xuất Tệp", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    names = ["Phạm Đức", "Trần Thị Ánh", "Lê Văn Bình", "Nguyễn Văn An"]
    assert (await _import(district, conf, [{"full_name": n, "category": "exemplar"} for n in names])).status_code == 200
    r = await officer.get(f"{CONF}/{conf}/delegates/export", params={"format": "xlsx"})
    assert r.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    assert sheet is not None
    got = [row[1] for row in sheet.iter_rows(min_row=9, values_only=True)]
    assert got == ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Phạm Đức"]
    r = await officer.get(f"{CONF}/{conf}/delegates/export", params={"format": "csv"})
    assert r.content.startswith("\ufeff".encode())
    assert r.content.decode("utf-8-sig").splitlines()[1].split(",")[1] == "Nguyễn Văn An"


@pytest.mark.parametrize("bad", [b"MZ\x90\x00 not a spreadsheet", b"\xff\xfe\x00garbage"])
async def test_import_of_an_unreadable_file_is_415(district: District, bad: bytes) -> None:
    unit = await district.unit(f"xã Tệp Hỏng {bad[:2]!r}", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    r = await officer.post(f"{CONF}/{conf}/delegates/import", files={"file": ("a.xlsx", bad)})
    assert r.status_code in (415, 422)


async def test_A7_zero_width_space_same_person(district: District) -> None:
    """Q1 — a zero-width space, soft hyphen or word joiner inside a name is the same person."""
    conf = await _delegate_assembly(district, "Công ty Ký Tự Ẩn")
    officer = district.organizer_of(conf)
    url = f"{CONF}/{conf}/delegates"
    a = {"full_name": "Nguyễn Văn Bình", "birth_date": "1980-05-01", "category": "exemplar"}
    created = await officer.post(url, json=a | {"full_name": "Nguyễn\u200b Văn Bình"})
    assert created.status_code == 201
    assert created.json()["full_name"] == "Nguyễn Văn Bình"  # stored without it
    for name in ("Nguyễn Văn Bì\u00adnh", "Nguyễn Văn\u2060 Bình", "\ufeffNguyễn Văn Bình"):
        r = await officer.post(url, json=a | {"full_name": name})
        assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "duplicate_delegate", "A7")
    r = await _import(district, conf, [a | {"full_name": "Nguyễn Văn \u200dBình"}])
    assert (r.status_code, r.json()["code"]) == (409, "duplicate_delegate")
    found = await officer.get(url, params={"q": "binh\u200b"})
    assert [d["full_name"] for d in found.json()["items"]] == ["Nguyễn Văn Bình"]


async def test_Q1_c1_controls_refused(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Điều Khiển")
    officer = district.organizer_of(conf)
    url = f"{CONF}/{conf}/delegates"
    for control in ("\x85", "\x9b", "\x00"):
        r = await officer.post(url, json={"full_name": f"Lê{control}Văn", "category": "exemplar"})
        assert r.status_code == 422, r.text
        assert (r.json()["rule"], r.json()["errors"][0]["field"]) == ("Q1", "full_name")
    assert (await officer.get(url)).json()["items"] == []


async def test_A1_over_cap_after_headcount_change_is_error(district: District) -> None:
    """A list filled as a full assembly (no cap) is over the 200-seat cap once the headcount makes
    the conference a delegate assembly: compliance says error, finalize refuses."""
    unit = await district.unit("Công ty Tăng Biên Chế", headcount=250, kind="enterprise")
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(250))).status_code == 200
    r = await district.admin.patch(f"/api/v1/units/{unit}", json={"headcount": 450})
    assert r.status_code == 200, r.text
    shown = (await officer.get(f"{CONF}/{conf}")).json()
    assert (shown["assembly_mode"], shown["delegate_cap"]) == ("delegate_assembly", 200)
    compliance = (await officer.get(f"{CONF}/{conf}/compliance")).json()
    a1 = next(i for i in compliance["items"] if i["rule"] == "A1")
    assert a1["status"] == "error"
    assert (a1["facts"]["count"], a1["facts"]["cap"], a1["facts"]["over"]) == (250, 200, 50)
    r = await officer.post(f"{CONF}/{conf}/finalize")
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("delegate_cap_exceeded", "A1")
    assert "50" in r.json()["detail"]
    assert (await officer.get(f"{CONF}/{conf}")).json()["list_state"] == "draft"


async def test_A2_designation_into_full_district_conference(district: District) -> None:
    """The district conference's cap (A2) holds for designations too (A3): 409, nothing added."""
    g1 = await district.unit("xã Cử Khi Đầy")
    c1 = str((await district.conference(g1, "2025-03-01"))["id"])
    officer = district.organizer_of(c1)  # designates its delegates; the district admin allocates
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    r = await district.admin.put(f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g1, "seats": 2}]})
    assert r.status_code == 200
    assert (await _import(district, top, delegates_json(300, prefix="Huyện"))).status_code == 200
    assert (await _import(district, c1, delegates_json(1, prefix="Xã"))).status_code == 200
    origin = (await officer.get(f"{CONF}/{c1}/delegates")).json()["items"][0]["id"]
    r = await officer.post(f"{CONF}/{c1}/designations", json={"delegate_id": origin})
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "delegate_cap_exceeded"
    assert (await officer.get(f"{CONF}/{c1}/designations")).json()["items"] == []
    compliance = (await district.admin.get(f"{CONF}/{top}/compliance")).json()
    a2 = next(i for i in compliance["items"] if i["rule"] == "A2")
    assert (a2["status"], a2["facts"]["count"]) == ("ok", 300)


async def test_A4_every_exemplary_category_counts(district: District) -> None:
    """One delegate of each of the seven exemplary categories and three others: exactly 70 %,
    which only holds if every exemplary category is counted (in compliance and at finalize)."""
    conf = await _delegate_assembly(district, "Công ty Đủ Loại")
    officer = district.organizer_of(conf)
    exemplary = sorted(c.value for c in EXEMPLARY)
    others = [c.value for c in Category if c not in EXEMPLARY]
    assert len(exemplary) == 7
    rows = [{"full_name": f"Điển hình {c}", "category": c} for c in exemplary]
    rows += [{"full_name": f"Khác {n}", "category": others[n % len(others)]} for n in range(3)]
    assert (await _import(district, conf, rows)).status_code == 200
    compliance = (await officer.get(f"{CONF}/{conf}/compliance")).json()
    a4 = next(i for i in compliance["items"] if i["rule"] == "A4")
    assert (a4["status"], a4["facts"]["exemplary"], a4["facts"]["total"]) == ("ok", 7, 10)
    assert (await officer.post(f"{CONF}/{conf}/finalize")).status_code == 200


@pytest.mark.parametrize("category", list(Category))
async def test_A5_every_category_is_stored_and_counted(district: District, category: Category) -> None:
    conf = await _delegate_assembly(district, f"Công ty Loại {category.value}")
    officer = district.organizer_of(conf)
    r = await officer.post(f"{CONF}/{conf}/delegates", json={"full_name": "Một Người", "category": category.value})
    assert r.status_code == 201, r.text
    assert r.json()["category"] == category.value
    compliance = (await officer.get(f"{CONF}/{conf}/compliance")).json()
    a4 = next(i for i in compliance["items"] if i["rule"] == "A4")
    assert (a4["facts"]["total"], a4["facts"]["exemplary"]) == (1, 1 if category in EXEMPLARY else 0)
    listed = await officer.get(f"{CONF}/{conf}/delegates", params={"category": category.value})
    assert len(listed.json()["items"]) == 1


async def test_A7_birth_date_out_of_range_names_the_field(district: District) -> None:
    conf = await _delegate_assembly(district, "Công ty Ngày Sinh")
    officer = district.organizer_of(conf)
    url = f"{CONF}/{conf}/delegates"
    for bad in ("1900-01-01", "2999-12-31"):
        r = await officer.post(url, json={"full_name": "Người Lạ", "birth_date": bad, "category": "guest"})
        assert r.status_code == 422, r.text
        assert r.json()["errors"][0]["field"] == "birth_date"
    r = await _import(district, conf, [{"full_name": "Cụ Già", "birth_date": "1850-01-01", "category": "guest"}])
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "rows.1.birth_date"
    assert (await officer.get(url)).json()["items"] == []


async def test_problem_facts_are_members_A4(district: District) -> None:
    """A4 — the numbers behind a refused finalize are members: total, exemplary, what would do."""
    conf = await _delegate_assembly(district, "Công ty Số Liệu")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(10, exemplary=6))).status_code == 200
    r = await officer.post(f"{CONF}/{conf}/finalize")
    assert r.status_code == 409
    body = r.json()
    assert body["code"] == "composition_ratio_violated"
    got = {k: body[k] for k in ("total", "exemplary", "add_exemplary", "remove_others", "share_percent")}
    assert got == {"total": 10, "exemplary": 6, "add_exemplary": 4, "remove_others": 2, "share_percent": 70}
    assert "{" not in body["detail"]


async def test_problem_facts_are_members_cap(district: District) -> None:
    """A3 — an import past the cap says the cap, the count, what it adds and the room left."""
    conf = await _delegate_assembly(district, "Công ty Sức Chứa")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, delegates_json(190))).status_code == 200
    r = await officer.post(
        f"{CONF}/{conf}/delegates/import",
        json=delegates_json(11, prefix="Thêm"),
        headers={"Accept-Language": "en"},
    )
    assert r.status_code == 409
    body = r.json()
    assert {k: body[k] for k in ("code", "cap", "count", "adding", "room")} == {
        "code": "delegate_cap_exceeded",
        "cap": 200,
        "count": 190,
        "adding": 11,
        "room": 10,
    }
    assert body["detail"] == "The delegate cap of 200 would be exceeded (190 listed, 11 to add, 10 left)."


async def test_problem_facts_are_members_import_rows_with_vietnamese_column(district: District) -> None:
    """Each bad cell of an import: its row, the sheet's Vietnamese header, the field and the rule."""
    conf = await _delegate_assembly(district, "Công ty Sai Ô")
    rows: list[dict[str, object]] = [
        {"full_name": "Nguyễn Văn A", "category": "exemplar", "birth_date": "31/02/1990"},
        {"full_name": "Trần Thị B", "category": "exemplar", "national_id": "12345"},
        {"full_name": "Lê Văn C", "category": "không có"},
    ]
    r = await _import(district, conf, rows)
    assert r.status_code == 422, r.text
    errors = {e["row"]: e for e in r.json()["errors"]}
    assert {row: (e["column"], e["field"]) for row, e in errors.items()} == {
        1: ("Ngày sinh", "rows.1.birth_date"),
        2: ("Số CCCD", "rows.2.national_id"),
        3: ("Thành phần đại biểu", "rows.3.category"),
    }
    assert errors[2]["rule"] == "Q2"
    for e in errors.values():
        assert "{" not in e["message"]
    assert "Anh hùng" in errors[3]["message"]  # the enum's expected labels, filled in


# --- issue 12: spreadsheets for officers ---------------------------------------------------------


async def test_template_imported_unchanged_creates_nothing(district: District) -> None:
    unit = await district.unit("xã Mẫu Trống", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    template = await officer.get(f"{CONF}/{conf}/delegates/template")
    assert template.status_code == 200
    r = await officer.post(f"{CONF}/{conf}/delegates/import", files={"file": ("mau.xlsx", template.content)})
    assert r.status_code == 422, r.text
    [error] = r.json()["errors"]
    assert error["field"] == "rows"
    assert "Hướng dẫn" in error["message"]
    assert (await officer.get(f"{CONF}/{conf}/delegates")).json()["items"] == []


async def test_import_errors_name_the_vietnamese_column_and_format(district: District) -> None:
    unit = await district.unit("xã Lỗi Cột", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    body = "STT,Họ và tên,Ngày sinh,Thành phần đại biểu\n1,Lê Văn A,1980/31/12,Khách mời\n".encode()
    r = await officer.post(f"{CONF}/{conf}/delegates/import", content=body, headers={"Content-Type": "text/csv"})
    assert r.status_code == 422
    [error] = r.json()["errors"]
    assert error["message"] == 'Lỗi ở cột "Ngày sinh", dòng 2: cần ngày dạng dd/mm/yyyy (ví dụ 12/05/1985).'
    assert (error["row"], error["column"], error["field"]) == (2, "Ngày sinh", "rows.2.birth_date")


async def test_cp1258_csv_refused_or_read(district: District) -> None:
    from tests.unit.test_spreadsheets import cp1258

    unit = await district.unit("xã Bảng Mã", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    body = cp1258("Họ và tên,Thành phần đại biểu\r\nNguyễn Thị Hường,Khách mời\r\n")
    for lang, words in (("vi", "CSV UTF-8"), ("en", "CSV UTF-8")):
        r = await officer.post(
            f"{CONF}/{conf}/delegates/import",
            files={"file": ("ds.csv", body, "text/csv")},
            headers={"Accept-Language": lang},
        )
        assert r.status_code == 415, r.text
        assert words in r.json()["detail"]
        assert "xlsx" in r.json()["detail"].lower()
    assert (await officer.get(f"{CONF}/{conf}/delegates")).json()["items"] == []


async def test_csv_export_keeps_leading_zeros(district: District) -> None:
    unit = await district.unit("xã Số Không", headcount=60)
    conf = str((await district.conference(unit))["id"])
    one = {"full_name": "Võ Thị Hoa", "category": "exemplar", "national_id": "001185000123", "phone": "0912345678"}
    assert (await _import(district, conf, [one])).status_code == 200
    r = await district.organizer_of(conf).get(f"{CONF}/{conf}/delegates/export", params={"format": "csv"})
    assert '"=""001185000123"""' in r.content.decode("utf-8-sig")
    other = str((await district.conference(await district.unit("xã Nhập Lại", headcount=60)))["id"])
    officer = district.organizer_of(other)
    r = await officer.post(
        f"{CONF}/{other}/delegates/import",
        content=r.content,
        headers={"Content-Type": "text/csv"},
    )
    assert r.status_code == 200, r.text
    [back] = (await officer.get(f"{CONF}/{other}/delegates")).json()["items"]
    assert (back["national_id"], back["phone"]) == ("001185000123", "0912345678")


async def test_list_and_export_share_one_vietnamese_order(district: District) -> None:
    unit = await district.unit("xã Thứ Tự", headcount=60)
    conf = str((await district.conference(unit))["id"])
    officer = district.organizer_of(conf)
    names = ["Đỗ Văn Ân", "Phạm Đức", "Trần Thị Ánh", "Lê Văn Bình", "Nguyễn Văn An", "Hoàng Dũng", "Lê An", "Vũ Ưng"]
    expected = [
        "Lê An",
        "Nguyễn Văn An",
        "Trần Thị Ánh",
        "Đỗ Văn Ân",
        "Lê Văn Bình",
        "Hoàng Dũng",
        "Phạm Đức",
        "Vũ Ưng",
    ]
    assert (await _import(district, conf, [{"full_name": n, "category": "exemplar"} for n in names])).status_code == 200
    listed: list[str] = []
    cursor = None
    while True:  # page by page: the cursor keeps the order
        params: dict[str, str | int] = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = (await officer.get(f"{CONF}/{conf}/delegates", params=params)).json()
        listed += [d["full_name"] for d in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert listed == expected
    r = await officer.get(f"{CONF}/{conf}/delegates/export", params={"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).worksheets[0]
    header_row = next(n for n, row in enumerate(sheet.iter_rows(values_only=True), start=1) if row[0] == "STT")
    exported = [row[1] for row in sheet.iter_rows(min_row=header_row + 1, values_only=True)]
    assert exported == expected


async def test_xlsx_export_has_title_block_and_origin_unit(district: District) -> None:
    g1 = await district.unit("xã Gia Phố")
    c1 = str((await district.conference(g1, "2025-03-01"))["id"])
    officer = district.organizer_of(c1)  # designates its delegates; the district admin allocates
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    r = await district.admin.put(f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g1, "seats": 1}]})
    assert r.status_code == 200, r.text
    assert (await _import(district, c1, delegates_json(1))).status_code == 200
    [person] = (await officer.get(f"{CONF}/{c1}/delegates")).json()["items"]
    r = await officer.post(f"{CONF}/{c1}/designations", json={"delegate_id": person["id"]})
    assert r.status_code == 201, r.text
    conference = (await district.admin.get(f"{CONF}/{top}")).json()
    r = await district.admin.get(f"{CONF}/{top}/delegates/export")
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == conference["unit_name"].upper()
    assert [row[0] for row in rows[1:4]] == conference["title"]
    assert rows[4][0] == "DANH SÁCH ĐẠI BIỂU"
    assert str(rows[5][0]).startswith("Xuất ngày ")
    header = rows[7]
    assert header[0] == "STT"
    assert header[-1] == "Đơn vị cử đại biểu"
    assert rows[8][1] == person["full_name"]
    assert rows[8][-1] == "xã Gia Phố"
    r = await officer.get(f"{CONF}/{c1}/delegates/export")
    grassroots = list(openpyxl.load_workbook(io.BytesIO(r.content)).worksheets[0].iter_rows(values_only=True))
    assert grassroots[7][-1] == "Ghi chú"  # no origin column on a grassroots list


# --- lists that hold every category (tests.support.every_category) -------------------------------


def _a(compliance: dict[str, object], rule: str) -> dict[str, object]:
    items = compliance["items"]
    assert isinstance(items, list)
    return dict(next(i for i in items if i["rule"] == rule))


async def test_A4_a_list_of_every_category_is_judged_at_exactly_70_percent(district: District) -> None:
    """Every category once (7 exemplary, a guest, a leader) and one more guest: 7 of 10, exactly
    70 % — which holds only if each exemplary category counts and neither guests nor leaders do.
    One more leader makes 7 of 11: refused, saying 3 to add or 1 to remove."""
    conf = await _delegate_assembly(district, "Công ty Mọi Thành Phần")
    officer = district.organizer_of(conf)
    rows = every_category() + [{"full_name": "Khách thêm", "category": "guest"}]
    assert {r["category"] for r in rows} == {c.value for c in Category}
    assert (await _import(district, conf, rows)).status_code == 200
    a4 = _a((await officer.get(f"{CONF}/{conf}/compliance")).json(), "A4")
    oracle = structure_rows(rows)
    assert (a4["status"], a4["facts"]) == (
        "ok",
        a4["facts"] | {"total": 10, "exemplary": oracle["exemplary"], "others": 3},
    )
    assert oracle["exemplary"] == 7
    r = await officer.post(f"{CONF}/{conf}/delegates", json={"full_name": "Lãnh đạo thêm", "category": "leader"})
    assert r.status_code == 201, r.text
    refused = await officer.post(f"{CONF}/{conf}/finalize")
    assert refused.status_code == 409
    body = refused.json()
    assert (body["rule"], body["total"], body["exemplary"], body["add_exemplary"], body["remove_others"]) == (
        "A4",
        11,
        7,
        3,
        1,
    )
    assert (await officer.delete(f"{CONF}/{conf}/delegates/{r.json()['id']}")).status_code == 204
    finalized = await officer.post(f"{CONF}/{conf}/finalize")
    assert finalized.status_code == 200, finalized.text


async def test_A4_without_any_one_exemplary_category_the_list_falls_short(district: District) -> None:
    """Each exemplary category in turn left out (replaced by a guest) takes the list of 10 below
    70 %: no category is counted by accident elsewhere (a list in SQL missing one would pass)."""
    conf = await _delegate_assembly(district, "Công ty Thiếu Một")
    officer = district.organizer_of(conf)
    rows = every_category() + [{"full_name": "Khách thêm", "category": "guest"}]
    assert (await _import(district, conf, rows)).status_code == 200
    listed = (await officer.get(f"{CONF}/{conf}/delegates", params={"limit": 50})).json()["items"]
    for person in listed:
        if person["category"] not in SPEC_EXEMPLARY:
            continue
        url = f"{CONF}/{conf}/delegates/{person['id']}"
        assert (await officer.patch(url, json={"category": "guest"})).status_code == 200
        a4 = _a((await officer.get(f"{CONF}/{conf}/compliance")).json(), "A4")
        assert (a4["status"], a4["facts"]["exemplary"]) == ("error", 6), person["category"]
        assert (await officer.patch(url, json={"category": person["category"]})).status_code == 200
    assert _a((await officer.get(f"{CONF}/{conf}/compliance")).json(), "A4")["status"] == "ok"


async def test_A6_structure_of_a_list_of_every_category_matches_SPEC(district: District) -> None:
    """A6 at the district conference, over three delegates of every category with both genders,
    Kinh written in three cases, minorities, no ethnicity, every sector and 0–3 commendations: the
    report's counts equal the ones SPEC's definitions give (counted in tests.support)."""
    conf = str((await district.conference(district.id, "2025-05-20"))["id"])
    rows = every_category(3)
    assert (await _import(district, conf, rows)).status_code == 200
    facts = _a((await district.admin.get(f"{CONF}/{conf}/compliance")).json(), "A6")["facts"]
    oracle = structure_rows(rows)
    keys = ("total", "direct_workers", "women", "ethnic_minorities", "commended_twice_or_more")
    assert {k: facts[k] for k in keys} == {k: oracle[k] for k in keys}
    assert {k: v["count"] for k, v in facts["sectors"].items()} == oracle["sectors"]
    assert 0 < oracle["ethnic_minorities"] < oracle["total"] - 3  # the case variants of Kinh are not minorities


async def test_A3_the_cap_counts_every_category(district: District) -> None:
    """Guests and leaders take seats like everyone: 198 of every category and two more fill 200."""
    conf = await _delegate_assembly(district, "Công ty Đủ Ghế")
    officer = district.organizer_of(conf)
    assert (await _import(district, conf, every_category(22))).status_code == 200
    assert (await _import(district, conf, delegates_json(2, exemplary=0))).status_code == 200
    for category in Category:
        r = await officer.post(f"{CONF}/{conf}/delegates", json={"full_name": "Thêm", "category": category.value})
        assert (r.status_code, r.json()["rule"]) == (409, "A3"), category


async def test_A10_only_exemplary_categories_are_designated(district: District) -> None:
    """Of a list with every category, the seven exemplary ones go up to the district conference;
    a guest or a leader is refused whatever room the allocation leaves."""
    g1 = await district.unit("xã Cử Đủ Loại")
    c1 = str((await district.conference(g1, "2025-03-01"))["id"])
    officer = district.organizer_of(c1)
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    r = await district.admin.put(f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g1, "seats": 9}]})
    assert r.status_code == 200, r.text
    assert (await _import(district, c1, every_category())).status_code == 200
    people = (await officer.get(f"{CONF}/{c1}/delegates", params={"limit": 50})).json()["items"]
    for person in people:
        r = await officer.post(f"{CONF}/{c1}/designations", json={"delegate_id": person["id"]})
        expected = 201 if person["category"] in SPEC_EXEMPLARY else 422
        assert r.status_code == expected, (person["category"], r.text)
    district_list = (await district.admin.get(f"{CONF}/{top}/delegates", params={"limit": 50})).json()["items"]
    assert sorted(d["category"] for d in district_list) == sorted(SPEC_EXEMPLARY)


async def test_A8_headcount_change_that_changes_a_finalized_list_s_assembly_is_refused(district: District) -> None:
    """The headcount decides the list's mode and cap (A1): a finalized list is reopened before a
    change that would move it to other rules; a change that keeps them goes through."""
    unit = await district.unit("Công ty Chốt Biên Chế", headcount=120, kind="enterprise")
    conf = str((await district.conference(unit))["id"])
    assert (await _import(district, conf, delegates_json(10))).status_code == 200
    assert (await district.http.post(f"{CONF}/{conf}/finalize", headers=district.admin)).status_code == 200
    r = await district.http.patch(f"/api/v1/units/{unit}", json={"headcount": 250}, headers=district.admin)
    assert r.status_code == 200, r.text  # still a full assembly
    r = await district.http.patch(f"/api/v1/units/{unit}", json={"headcount": 450}, headers=district.admin)
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["rule"]) == ("delegate_list_locked", "A8")
    shown = (await district.http.get(f"/api/v1/units/{unit}", headers=district.admin)).json()
    assert shown["headcount"] == 250
    r = await district.http.post(f"{CONF}/{conf}/reopen", json={"reason": "biên chế mới"}, headers=district.admin)
    assert r.status_code == 200
    r = await district.http.patch(f"/api/v1/units/{unit}", json={"headcount": 450}, headers=district.admin)
    assert r.status_code == 200, r.text


async def test_A3_A8_A9_every_write_to_a_list_is_judged_by_its_aggregate(
    district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Add, edit, import, designation upward (the district list), headcount change and finalize
    all decide through ``DelegateList``: each path is seen calling it."""
    from api.domain.delegates import DelegateList

    seen: list[tuple[str, bool]] = []
    for name in ("check_add", "check_finalize", "check_headcount_change", "check_writable"):
        original = getattr(DelegateList, name)

        def spy(self: DelegateList, *args: object, _name: str = name, _original: object = original) -> None:
            seen.append((_name, self.district))
            _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(DelegateList, name, spy)

    g1 = await district.unit("xã Tổng Hợp")
    c1 = str((await district.conference(g1, "2025-03-01"))["id"])
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    put = await district.http.put(
        f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g1, "seats": 1}]}, headers=district.admin
    )
    assert put.status_code == 200

    def calls() -> list[tuple[str, bool]]:
        out = list(seen)
        seen.clear()
        return out

    r = await district.http.post(
        f"{CONF}/{c1}/delegates", json={"full_name": "Một", "category": "exemplar"}, headers=district.admin
    )
    assert r.status_code == 201
    assert ("check_add", False) in calls()
    r = await district.http.patch(
        f"{CONF}/{c1}/delegates/{r.json()['id']}",
        json={"note": "ghi chú"},
        headers=district.admin | {"If-Match": r.headers["etag"]},
    )
    assert r.status_code == 200, r.text
    assert ("check_writable", False) in calls()
    assert (await _import(district, c1, delegates_json(3, prefix="Nhập"))).status_code == 200
    assert ("check_add", False) in calls()
    origin = r.json()["id"]
    r = await district.http.post(f"{CONF}/{c1}/designations", json={"delegate_id": origin}, headers=district.admin)
    assert r.status_code == 201, r.text
    assert ("check_add", True) in calls()  # the receiving list: the district conference's
    r = await district.http.patch(f"/api/v1/units/{g1}", json={"headcount": 60}, headers=district.admin)
    assert r.status_code == 200, r.text
    assert ("check_headcount_change", False) in calls()
    assert (await district.http.post(f"{CONF}/{c1}/finalize", headers=district.admin)).status_code == 200
    assert ("check_finalize", False) in calls()
