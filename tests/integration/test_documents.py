"""D2 — every document is produced through HTTP, reopened with python-docx, and its parts checked:
the national motto block, the number line, the place-and-date line (C7, Decree 30), the title
and the list rows. Calendars are in tests/integration/test_calendars.py."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from docx import Document

from api.domain.conferences import decree30_date
from api.domain.submissions import REPORT_SECTIONS
from api.services.documents.layout import DOCX, place_of, template_path
from tests.support import Caller
from tests.support.delegates import delegates_json
from tests.support.world import District

CONF, SUB, NOM = "/api/v1/conferences", "/api/v1/submissions", "/api/v1/nominations"
LOCAL_TODAY = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()


def _open(content: bytes) -> Any:
    return Document(io.BytesIO(content))


def _text(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _header(doc: Any) -> tuple[str, str]:
    left, right = doc.tables[0].rows[0].cells
    return left.text, right.text


def _rows(table: Any) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _check_layout(doc: Any, *, issuer: str, number: str, place: str, kind: str, day: dt.date = LOCAL_TODAY) -> None:
    """Decree 30/2020: issuer and number left, motto and place-and-date line right, the kind
    centered under them, "Nơi nhận:" and the signature in the last table."""
    left, right = _header(doc)
    assert left.splitlines()[0] == issuer.upper()
    assert re.search(rf"^Số: +/{re.escape(number)}$", left, re.M), left
    lines = right.splitlines()
    assert lines[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert lines[-1] == f"{place}, {decree30_date(day)}"
    assert kind.upper() in _text(doc)
    recipients, signature = doc.tables[-1].rows[0].cells
    assert recipients.text.startswith("Nơi nhận:")
    assert recipients.text.endswith("- Lưu: VT.")
    assert signature.text.strip()


async def _get(caller: Caller, path: str) -> Any:
    r = await caller.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == DOCX
    assert r.headers["content-disposition"].startswith("attachment; filename")
    return _open(r.content)


def test_D2_place_line_and_decree30_dates() -> None:
    """C7 — the place is the locality's name without its kind; days below 10 and months 1–2 padded."""
    assert place_of("xã Hương Thủy") == "Hương Thủy"
    assert place_of("thị trấn Hương Khê") == "Hương Khê"
    assert place_of("UBND huyện Hương Khê") == "Hương Khê"
    assert place_of("Trường THCS Lê Lợi") == "Trường THCS Lê Lợi"
    assert decree30_date(dt.date(2025, 1, 5)) == "ngày 05 tháng 01 năm 2025"
    assert decree30_date(dt.date(2025, 3, 15)) == "ngày 15 tháng 3 năm 2025"


def test_D2_templates_a_district_may_replace(tmp_path: Any) -> None:
    """The district's own template first, then the deployment's per kind, then the base."""
    import uuid

    district = uuid.uuid4()
    (tmp_path / "base.docx").write_bytes(b"")
    assert template_path("invitation", district, tmp_path) == tmp_path / "base.docx"
    (tmp_path / "invitation.docx").write_bytes(b"")
    assert template_path("invitation", district, tmp_path) == tmp_path / "invitation.docx"
    (tmp_path / str(district)).mkdir()
    (tmp_path / str(district) / "base.docx").write_bytes(b"")
    assert template_path("invitation", district, tmp_path) == tmp_path / str(district) / "base.docx"
    assert template_path("invitation", uuid.uuid4(), tmp_path) == tmp_path / "invitation.docx"


async def test_D2_invitation_has_title_lines_time_place_and_agenda(district: District, viewer_client: Caller) -> None:
    unit = await district.unit("xã Giấy Mời")
    c = await district.conference(unit, "2025-03-05", session="afternoon", place="Hội trường UBND xã Giấy Mời")
    doc = await _get(viewer_client, f"{CONF}/{c['id']}/documents/invitation")  # public (X2)
    _check_layout(doc, issuer="UBND xã Giấy Mời", number="GM-UBND", place="Giấy Mời", kind="Giấy mời")
    text = _text(doc)
    assert text[text.index("GIẤY MỜI") + 1 : text.index("GIẤY MỜI") + 3] == c["title"][:2]  # C7
    assert "Thời gian: 13 giờ 30, buổi chiều ngày 05 tháng 3 năm 2025." in text
    assert "Địa điểm: Hội trường UBND xã Giấy Mời." in text
    agenda = _rows(doc.tables[1])
    assert agenda[0] == ["STT", "Thời gian", "Nội dung"]
    assert agenda[1][2] == "Đón tiếp đại biểu và ổn định tổ chức"
    assert agenda[-1][2] == "Tổng kết và bế mạc"
    r = await viewer_client.get(f"{CONF}/00000000-0000-0000-0000-000000000000/documents/invitation")
    assert r.status_code == 404


async def test_D2_delegate_list_rows_in_the_list_order_and_X2(district: District, viewer_client: Caller) -> None:
    unit = await district.unit("xã Danh Sách")
    c = await district.conference(unit)
    officer = district.organizer_of(str(c["id"]))
    rows = [
        {"full_name": "Trần Văn Bình", "category": "emulation_soldier", "position": "Trưởng thôn"}
        | {"workplace": "Thôn 1"},
        {"full_name": "Nguyễn Thị An", "category": "guest", "position": "Bí thư", "workplace": "Đảng ủy xã"},
    ]
    assert (await officer.post(f"{CONF}/{c['id']}/delegates/import", json=rows)).status_code == 200
    listed = (await officer.get(f"{CONF}/{c['id']}/delegates")).json()["items"]
    doc = await _get(officer, f"{CONF}/{c['id']}/documents/delegate-list")
    _check_layout(doc, issuer="UBND xã Danh Sách", number="DS-UBND", place="Danh Sách", kind="Danh sách")
    table = _rows(doc.tables[1])
    assert table[0] == ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành phần"]
    assert [r[1] for r in table[1:]] == [d["full_name"] for d in listed]  # the list's one order
    assert table[1:] == [
        ["1", "Nguyễn Thị An", "Bí thư", "Đảng ủy xã", "Khách mời"],
        ["2", "Trần Văn Bình", "Trưởng thôn", "Thôn 1", "Chiến sĩ thi đua"],
    ]
    other = await district.officer(await district.unit("xã Hàng Xóm"))
    assert (await other.get(f"{CONF}/{c['id']}/documents/delegate-list")).status_code == 404  # X2
    assert (await viewer_client.get(f"{CONF}/{c['id']}/documents/delegate-list")).status_code == 200  # province


async def test_D2_designations_list_sent_to_the_district(district: District) -> None:
    g = await district.unit("xã Cử Đi")
    c = str((await district.conference(g, "2025-03-01"))["id"])
    officer = district.organizer_of(c)
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    r = await district.admin.put(f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g, "seats": 2}]})
    assert r.status_code == 200, r.text
    assert (await officer.post(f"{CONF}/{c}/delegates/import", json=delegates_json(3))).status_code == 200
    people = (await officer.get(f"{CONF}/{c}/delegates")).json()["items"]
    for d in people[:2]:
        assert (await officer.post(f"{CONF}/{c}/designations", json={"delegate_id": d["id"]})).status_code == 201
    doc = await _get(officer, f"{CONF}/{c}/documents/designations")
    _check_layout(doc, issuer="UBND xã Cử Đi", number="DS-UBND", place="Cử Đi", kind="Danh sách")
    assert any(t.startswith("Đại biểu xã Cử Đi đi dự Hội nghị điển hình tiên tiến") for t in _text(doc))
    table = _rows(doc.tables[1])
    assert [r[1] for r in table[1:]] == [d["full_name"] for d in people[:2]]
    assert all(r[4] == "Chiến sĩ thi đua" for r in table[1:])
    r = await district.admin.get(f"{CONF}/{top}/documents/designations")
    assert r.status_code == 404  # a district conference sends none


async def test_D2_summary_report_sections_in_the_outline_order(district: District) -> None:
    unit = await district.unit("xã Tổng Kết")
    officer = await district.officer(unit)
    sections = {k: f"Nội dung {k}" for k in reversed(REPORT_SECTIONS)}
    body = {"kind": "summary_report", "plan_id": district.plan_id, "sections": sections}
    r = await officer.post(SUB, json=body)
    assert r.status_code == 201, r.text
    doc = await _get(officer, f"{SUB}/{r.json()['id']}/document")
    _check_layout(doc, issuer="UBND xã Tổng Kết", number="BC-UBND", place="Tổng Kết", kind="Báo cáo")
    text = _text(doc)
    found = [t.removeprefix("Nội dung ") for t in text if t.startswith("Nội dung ")]
    assert found == list(REPORT_SECTIONS)  # the outline's order, whatever order they were sent in
    assert "III.1. Phong trào thi đua" in text
    assert "PHẦN THỨ HAI" in text
    other = await district.officer(await district.unit("xã Khác Báo Cáo"))
    assert (await other.get(f"{SUB}/{r.json()['id']}/document")).status_code == 404  # X2


async def test_D2_district_compilation_prints_its_snapshot(district: District) -> None:
    g = await district.unit("xã Lịch Họp")
    await district.conference(g, "2025-01-07", place="Nhà văn hóa xã")
    top = str((await district.conference(district.id, "2025-05-20"))["id"])
    assert (
        await district.admin.put(f"{CONF}/{top}/allocations", json={"items": [{"unit_id": g, "seats": 4}]})
    ).status_code == 200
    r = await district.admin.post(SUB, json={"kind": "district_compilation", "plan_id": district.plan_id})
    assert r.status_code == 201, r.text
    doc = await _get(district.admin, f"{SUB}/{r.json()['id']}/document")
    name = (await district.admin.get(f"/api/v1/units/{district.id}")).json()["name"]
    _check_layout(doc, issuer=name, number="BC-UBND", place=place_of(name), kind="Báo cáo")
    status, schedule, seats = (_rows(t) for t in doc.tables[1:4])
    assert ["1", "xã Lịch Họp", "Chưa nộp"] in status
    assert any(row[1:] == ["xã Lịch Họp", "Buổi sáng ngày 07 tháng 01 năm 2025", "Nhà văn hóa xã"] for row in schedule)
    assert seats[1:] == [["1", "xã Lịch Họp", "4"]]
    unit_plan = await (await district.officer(g)).post(
        SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "Kế hoạch"}
    )
    r = await district.admin.get(f"{SUB}/{unit_plan.json()['id']}/document")
    assert r.status_code == 404  # a unit plan has no document


async def test_D2_yearbook_presentations_and_honoured_exemplars(district: District) -> None:
    unit = await district.unit("xã Kỷ Yếu")
    officer, reviewer = await district.officer(unit), await district.reviewer(unit)
    c = str((await district.conference(unit))["id"])
    p = (
        await officer.post(
            SUB,
            json={"kind": "presentation", "plan_id": district.plan_id, "conference_id": c, "title": "Mô hình nuôi ong"},
        )
    ).json()
    assert (await officer.post(f"{SUB}/{p['id']}/submit")).status_code == 200
    assert (await reviewer.post(f"{SUB}/{p['id']}/approve")).json()["state"] == "approved"
    body = {
        "conference_id": c,
        "nominee_kind": "individual",
        "nominee_name": "Lê Thị Hoa",
        "national_id": "042080000123",
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
        "achievements": "Dẫn đầu phong trào nuôi ong",
    }
    n = (await officer.post(NOM, json=body)).json()
    assert (await officer.post(f"{NOM}/{n['id']}/submit")).status_code == 200
    assert (await reviewer.post(f"{NOM}/{n['id']}/approve")).json()["state"] == "approved"
    doc = await _get(district.admin, f"/api/v1/plans/{district.plan_id}/documents/yearbook")
    assert len(_rows(doc.tables[2])) == 1  # approved, not yet awarded: not among the honoured (D1)
    decision = {
        "number": "85/QĐ-UBND",
        "decided_on": "2025-03-20",
        "signer_name": "Nguyễn Văn Ký",
        "signer_title": "Chủ tịch UBND huyện",
        "honour": "district_certificate",
        "nomination_ids": [n["id"]],
    }
    r = await district.admin.post("/api/v1/award-decisions", json=decision)
    assert r.status_code == 201, r.text
    doc = await _get(district.admin, f"/api/v1/plans/{district.plan_id}/documents/yearbook")
    name = (await district.admin.get(f"/api/v1/units/{district.id}")).json()["name"]
    _check_layout(doc, issuer=name, number="KY-UBND", place=place_of(name), kind="Kỷ yếu")
    presentations, honoured = (_rows(t) for t in doc.tables[1:3])
    assert presentations[1:] == [["1", "xã Kỷ Yếu", "Mô hình nuôi ong", ""]]
    assert honoured[1:] == [["1", "Lê Thị Hoa", "xã Kỷ Yếu", "Giấy khen của Chủ tịch UBND huyện"]]
    assert "042080000123" not in "\n".join(_text(doc)) + str(honoured)  # never a national ID
    other = await district.officer(await district.unit("xã Ngoài Kỷ Yếu"))
    doc = await _get(other, f"/api/v1/plans/{district.plan_id}/documents/yearbook")  # X2: filtered
    assert [len(_rows(t)) for t in doc.tables[1:3]] == [1, 1]


@pytest.mark.parametrize("path", ["documents/invitation", "documents/delegate-list", "documents/designations"])
async def test_D2_documents_need_a_signed_in_reader(client: Any, path: str) -> None:
    r = await client.get(f"{CONF}/00000000-0000-0000-0000-000000000000/{path}")
    assert r.status_code == 401


async def test_D2_each_document_from_the_demo(district_admin_client: Caller, demo: dict[str, Any]) -> None:
    """Plan 187's demo: thị trấn Hương Khê's conference (invitation, delegate list, delegates sent
    upward), its summary-report draft, the plan's yearbook and the award decisions (one per
    honour) — each reopened with its motto."""
    admin, plan, town = district_admin_client, demo["plan"]["id"], demo["units"]["thị trấn Hương Khê"]
    r = await admin.get(CONF, params={"plan_id": plan, "unit_id": town})
    (conference,) = r.json()["items"]
    paths = [f"{CONF}/{conference['id']}/documents/{kind}" for kind in ("invitation", "delegate-list", "designations")]
    r = await admin.get(SUB, params={"plan_id": plan, "unit_id": town, "kind": "summary_report"})
    paths += [f"{SUB}/{s['id']}/document" for s in r.json()["items"]]
    paths.append(f"/api/v1/plans/{plan}/documents/yearbook")
    decisions = (await admin.get("/api/v1/award-decisions", params={"limit": 100})).json()["items"]
    demo_units = set(demo["units"].values())
    demo_decisions = [
        d
        for d in decisions
        if d["authority_unit_id"] in demo_units and d["number"] in ("12/QĐ-UBND", "85/QĐ-UBND", "1025/QĐ-UBND")
    ]
    paths += [f"/api/v1/award-decisions/{d['id']}/document.docx" for d in demo_decisions]  # D1: one per honour
    assert len(paths) == 8
    for path in paths:
        doc = await _get(admin, path)
        left, right = _header(doc)
        assert right.splitlines()[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        assert re.search(r", ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$", right), right
        assert "Số:" in left
    delegates = (await admin.get(f"{CONF}/{conference['id']}/delegates")).json()["items"]
    doc = await _get(admin, paths[1])
    assert [row[1] for row in _rows(doc.tables[1])[1:]] == [d["full_name"] for d in delegates]
