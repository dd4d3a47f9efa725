"""A fresh district built through the API by the people who build one in real life."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from tests.support.callers import DEMO_PASSWORD, Caller, cheap_password_hashing, login

Factory = Callable[..., Awaitable[dict[str, object]]]

PLAN_187 = {
    "title": "Kế hoạch thử nghiệm",
    "issued_on": "2024-10-11",
    "edition": 8,
    "period_start_year": 2025,
    "period_end_year": 2030,
    "review_period_start_year": 2020,
    "review_period_end_year": 2025,
    "unit_plan_due_on": "2024-11-10",
    "district_compilation_due_on": "2025-01-31",
    "grassroots_conferences_due_on": "2025-03-31",
    "district_conference_due_on": "2025-06-30",
    "full_assembly_headcount_cap": 300,
    "delegate_assembly_cap": 200,
    "district_conference_cap": 300,
    "exemplary_share_percent": 70,
}


async def new_account(
    admin: Caller, role: str, unit_id: str | None, prefix: str, **extra: object
) -> tuple[dict[str, object], Caller]:
    """An account made by ``admin`` through POST /users, and the account signed in (people only)."""
    username = f"{prefix}.{uuid.uuid4().hex[:10]}"
    body = {"username": username, "full_name": f"Tài khoản {username}", "role": role, "password": DEMO_PASSWORD}
    body |= {"unit_id": unit_id} if unit_id is not None else {}
    with cheap_password_hashing():
        r = await admin.post("/api/v1/users", json=body | extra)
    assert r.status_code == 201, r.text
    headers = await login(admin.http, username, DEMO_PASSWORD)
    return dict(r.json()), Caller(admin.http, headers, username, role)


class District:
    """A district of its own, so tests do not share schedules, caps or lists.

    The superadmin creates the district unit (only they may); everything after is done by the
    district admin bound to it (``admin``): the plan, the units, the accounts. Each grassroots
    unit's officer and council reviewer are made on first use (``officer``, ``reviewer``), and a
    unit's records are written by its organizer (``organizer``): the unit's officer, or the
    district admin for the district's own conference."""

    def __init__(self, superadmin: Caller, admin: Caller, district_id: str, plan_id: str) -> None:
        self.superadmin, self.admin, self.id, self.plan_id = superadmin, admin, district_id, plan_id
        self.http = admin.http
        self._officers: dict[str, Caller] = {}
        self._reviewers: dict[str, Caller] = {}
        self._organizers: dict[str, Caller] = {}

    @classmethod
    async def create(cls, superadmin: Caller, name: str, plan: dict[str, object] | None = None) -> District:
        r = await superadmin.post("/api/v1/units", json={"name": name, "kind": "district"})
        assert r.status_code == 201, r.text
        district_id = str(r.json()["id"])
        _, admin = await new_account(superadmin, "district_admin", district_id, "admin")
        body = (plan or PLAN_187) | {"code": "187/KH-THU", "issuer_unit_id": district_id}
        r = await admin.post("/api/v1/plans", json=body)
        assert r.status_code == 201, r.text
        return cls(superadmin, admin, district_id, str(r.json()["id"]))

    async def unit(self, name: str, headcount: int = 50, kind: str = "commune", **extra: object) -> str:
        body = {"name": name, "kind": kind, "headcount": headcount, "parent_id": self.id} | extra
        r = await self.admin.post("/api/v1/units", json=body)
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    async def officer(self, unit_id: str) -> Caller:
        """The unit officer (cán bộ thi đua) of ``unit_id``."""
        if unit_id not in self._officers:
            self._officers[unit_id] = (await new_account(self.admin, "unit_officer", unit_id, "canbo"))[1]
        return self._officers[unit_id]

    async def reviewer(self, unit_id: str) -> Caller:
        """A member of ``unit_id``'s emulation and commendation council (council reviewer)."""
        if unit_id not in self._reviewers:
            self._reviewers[unit_id] = (await new_account(self.admin, "council_reviewer", unit_id, "hoidong"))[1]
        return self._reviewers[unit_id]

    async def organizer(self, unit_id: str) -> Caller:
        """Who writes a unit's conference and list: its officer; the district's: the district admin."""
        return self.admin if unit_id == self.id else await self.officer(unit_id)

    async def conference(
        self, unit_id: str, held_on: str = "2025-03-15", *, by: Caller | None = None, **extra: object
    ) -> dict[str, object]:
        """``unit_id``'s conference, scheduled by ``by`` (default: its organizer)."""
        body = {
            "unit_id": unit_id,
            "plan_id": self.plan_id,
            "form": "advanced_exemplars",
            "held_on": held_on,
            "session": "morning",
            "place": "Hương Khê",
        } | extra
        organizer = await self.organizer(unit_id)
        r = await (by or organizer).post("/api/v1/conferences", json=body)
        assert r.status_code == 201, r.text
        self._organizers[str(r.json()["id"])] = organizer
        return dict(r.json())

    def organizer_of(self, conference_id: str) -> Caller:
        """Who writes the list of a conference made by ``conference``: its unit's organizer."""
        return self._organizers[conference_id]
