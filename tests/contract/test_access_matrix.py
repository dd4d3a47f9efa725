"""X1–X3 — the access matrix: every operation of the contract × every role, against SPEC.

A small world is built through the API in a district of its own: a plan, two grassroots units
A and B with an officer and a council reviewer each, a district admin bound to the district,
three integration clients bound to it (``read write``, ``read``, no scope), A's conference with a
delegate, nominations, a unit plan with version 1 and an attachment, the district conference with
A's seat allocation and a designation; the demo's province viewer and the demo district's admin
(an admin of *another* district) join as roles. Then every operation of ``app.openapi()`` is
called once per role with its path parameters pointing at A's records (allocations: the district
conference, the only one that carries them), plus the body variants SPEC reserves to the district
admin (``override_reason``, a paper plan's ``received_at``), and the status is compared with the
case's ``Rule`` — written from SPEC §1, §4 X1–X3 and the settled details "Who sees what (X2)",
"Scope of a district admin" and "Overrides", never from what the app answers:

- **public records** (plans, units, emulation blocks, conferences with title and agenda, the
  district conference's allocations) are read by every signed-in caller; a write by someone who
  may not write them is 403;
- **private records** of a unit (delegates, compliance, nominations, submissions with versions
  and attachments, designations, the delegate list's finalize/reopen) are seen by the unit's
  officers and reviewers, the admin of its district, province viewers and the clients bound to
  its district; anyone else gets 404 exactly as for an id that does not exist — also a reviewer
  of another unit trying to decide (X3);
- writes: a unit officer writes their own unit's records and schedules its conference; the
  district admin (and a ``write``-scoped client bound to the district) writes the district's;
  decisions (approve / reject / return / request-changes) only by a reviewer of the organizing
  unit or the district admin (X3); the province viewer never writes; accounts (``/users``) and
  the audit log are the district admin's alone (§5 table);
- an integration client needs the ``read`` scope to call anything and ``write`` to write
  (X1): a client with no scope gets 403 everywhere, whatever the id — a uniform answer that
  leaks nothing; anonymous callers get 401 everywhere but the token endpoint and the probes.

Writes that change state get fresh targets: a case marked ``consumes`` prepares its target
again after every 2xx, so each role meets the record in the state the case is about.

The observed statuses are written to ``docs/ACCESS.md``; under ``CI=true`` the test fails
instead when the committed file differs, so the document cannot go stale.

Where the app departs from SPEC the expectation stays SPEC's and the cell is listed in
``KNOWN_DEVIATIONS`` (an ``xfail(strict=True)`` test each, so fixing the app forces removing the
entry); every other mismatch fails ``test_access_follows_spec``.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.settings import Settings
from tests.support import DEMO_PASSWORD, PLAN_187, login

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ACCESS.md"
API = "/api/v1"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
PDF = b"%PDF-1.4\n%%EOF\n"

# --- roles ----------------------------------------------------------------------------------

ANON = "anonymous"
ADMIN = "district_admin"
OTHER_ADMIN = "other_admin"
OFF_A = "officer_a"
OFF_B = "officer_b"
REV_A = "reviewer_a"
REV_B = "reviewer_b"
VIEWER = "province_viewer"
RW = "client_rw"
RO = "client_r"
NONE = "client_none"
ROLES = (ANON, ADMIN, OTHER_ADMIN, OFF_A, OFF_B, REV_A, REV_B, VIEWER, RW, RO, NONE)
ROLE_TITLES = {
    ANON: "anonymous",
    ADMIN: "district admin",
    OTHER_ADMIN: "other district's admin",
    OFF_A: "officer A",
    OFF_B: "officer B",
    REV_A: "reviewer A",
    REV_B: "reviewer B",
    VIEWER: "province viewer",
    RW: "client rw",
    RO: "client r",
    NONE: "client —",
}
ROLE_NOTES = {
    ANON: "no token",
    ADMIN: "district admin bound to the test district (administers A and B)",
    OTHER_ADMIN: "district admin bound to another district (demo `admin.huongkhe`)",
    OFF_A: "unit officer of A, the unit that owns every record addressed",
    OFF_B: "unit officer of B, another grassroots unit of the same district",
    REV_A: "council reviewer of A (the organizing unit)",
    REV_B: "council reviewer of B",
    VIEWER: "province viewer (demo `sonoivu.hatinh`)",
    RW: "integration client bound to the district, scopes `read write`",
    RO: "integration client bound to the district, scope `read`",
    NONE: "integration client bound to the district, no scope",
}
OUTSIDERS = (OTHER_ADMIN, OFF_B, REV_B)  # signed in, but A's private records are not theirs
READERS = (ADMIN, OTHER_ADMIN, OFF_A, OFF_B, REV_A, REV_B, VIEWER, RW, RO)

# --- expectations (SPEC) --------------------------------------------------------------------

OPEN = "open"  # no token needed: any 2xx
ALLOWED = "allowed"  # 2xx, or 409/422 from a rule or a state — never 401/403/404
HIDDEN = "hidden"  # exactly 404, the same problem as for an id that does not exist
FORBIDDEN = "forbidden"  # exactly 403
DENIED = "denied"  # 403 or 404: SPEC does not choose, and neither leaks anything
UNAUTH = "unauthenticated"  # exactly 401


def _rule(allowed: tuple[str, ...] = (), hidden: tuple[str, ...] = (), denied: tuple[str, ...] = ()) -> dict[str, str]:
    out = {}
    for role in ROLES:
        if role == ANON:
            out[role] = UNAUTH
        elif role in allowed:
            out[role] = ALLOWED
        elif role in hidden:
            out[role] = HIDDEN
        elif role in denied:
            out[role] = DENIED
        else:
            out[role] = FORBIDDEN
    return out


@dataclass(frozen=True)
class Rule:
    label: str
    expect: Mapping[str, str]


PUBLIC_ENDPOINT = Rule("open", dict.fromkeys(ROLES, OPEN))
SIGNED_IN = Rule("signed-in", _rule(allowed=READERS))
PUBLIC_READ = Rule("public · read", _rule(allowed=READERS))
SCOPED_LIST = Rule("scoped list", _rule(allowed=READERS))
PUBLIC_ADMINISTER = Rule("public · district writes", _rule(allowed=(ADMIN, RW)))
PUBLIC_ORGANIZE = Rule("public · organizer writes", _rule(allowed=(ADMIN, OFF_A, RW)))
PRIVATE_READ = Rule("private · read", _rule(allowed=(ADMIN, OFF_A, REV_A, VIEWER, RW, RO), hidden=OUTSIDERS))
PRIVATE_WRITE = Rule("private · write", _rule(allowed=(ADMIN, OFF_A, RW), hidden=OUTSIDERS))
PRIVATE_CREATE = Rule("private · create for A", _rule(allowed=(ADMIN, OFF_A, RW), denied=OUTSIDERS))
PRIVATE_DECIDE = Rule("private · decide (X3)", _rule(allowed=(ADMIN, REV_A), hidden=OUTSIDERS))
PRIVATE_ADMIN = Rule("private · admin only", _rule(allowed=(ADMIN,), hidden=OUTSIDERS))
OVERRIDE = Rule("override · admin only", _rule(allowed=(ADMIN,)))
# A calendar token: its owner (officer A here) revokes it; anyone else meets 404, as for no token.
OWNER_ONLY = Rule("own · owner only", _rule(allowed=(OFF_A,), hidden=tuple(r for r in READERS if r != OFF_A)))
# A calendar feed: the token in the URL is the credential, whoever calls (calendar apps send no Bearer).
FEED = Rule("feed · token in the URL", dict.fromkeys(ROLES, OPEN))
ADMIN_LIST = Rule("admins · own district", _rule(allowed=(ADMIN, OTHER_ADMIN)))
# F2 — webhooks: integration clients (and admins) subscribe; each sees only its own subscriptions.
SUBSCRIBERS = Rule("webhooks · clients and admins, own", _rule(allowed=(ADMIN, OTHER_ADMIN, RW, RO)))
OWN_WEBHOOK = Rule("webhook · its owner (client rw)", _rule(allowed=(RW,), hidden=(ADMIN, OTHER_ADMIN, RO)))
ADMIN_ONLY = Rule("admin of A's district", _rule(allowed=(ADMIN,)))
# N3, X3 — the organizer proposes, and so may a member of the unit's council, who then never
# decides what they submitted (tests/integration/test_nominations.py::test_X3_a_reviewer_who_…).
# D1 — the register is public to signed-in readers; the district's decision is recorded by its admin
# (or its write-scoped client); A's officer and reviewer see the nomination but are not the authority.
AWARD_RECORD = Rule("award decision · the authority records (D1)", _rule(allowed=(ADMIN, RW), denied=OUTSIDERS))
NOMINATION_CREATE = Rule("private · propose (N3)", _rule(allowed=(ADMIN, OFF_A, REV_A, RW), denied=OUTSIDERS))
NOMINATION_WRITE = Rule("private · proposer writes (N3)", _rule(allowed=(ADMIN, OFF_A, REV_A, RW), hidden=OUTSIDERS))
ACCOUNT_READ = Rule(
    "account · read", _rule(allowed=(ADMIN,), hidden=(OTHER_ADMIN, OFF_A, OFF_B, REV_A, REV_B, VIEWER, RW, RO))
)
ACCOUNT_WRITE = Rule("account · write", _rule(allowed=(ADMIN,), hidden=(OTHER_ADMIN, OFF_A, OFF_B, REV_A, REV_B, RW)))

# Cells where the app answers against SPEC: (operation, role) → why, and the suggested fix.
# The expectation stays SPEC's; each entry is an xfail(strict=True) test of its own, so fixing
# the app makes that test fail until the entry is removed.
KNOWN_DEVIATIONS: dict[tuple[str, str], str] = {}


def satisfied(expect: str, status: int) -> bool:
    if expect == OPEN:
        return 200 <= status < 300
    if expect == ALLOWED:
        return 200 <= status < 300 or status in (409, 422)
    if expect == HIDDEN:
        return status == 404
    if expect == FORBIDDEN:
        return status == 403
    if expect == DENIED:
        return status in (403, 404)
    return status == 401


# --- the world --------------------------------------------------------------------------------


@dataclass
class Req:
    """One call: path parameters and a body (JSON, form, multipart or raw)."""

    params: dict[str, str] = field(default_factory=dict)
    json: Any = None
    data: dict[str, str] | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class World:
    client: httpx.AsyncClient
    root: dict[str, str]
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:6])
    counter: itertools.count[int] = field(default_factory=itertools.count)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    agenda_keys: list[str] = field(default_factory=list)
    not_found: dict[str, Any] = field(default_factory=dict)

    def n(self) -> int:
        return next(self.counter)

    async def ok(
        self,
        method: str,
        path: str,
        json: Any = None,
        *,
        as_: dict[str, str] | None = None,
        status: int = 201,
        **kw: Any,
    ) -> Any:
        r = await self.client.request(method, API + path, json=json, headers=as_ or self.root, **kw)
        assert r.status_code == status, f"setup {method} {path}: {r.status_code} {r.text}"
        return r.json() if r.content else None

    # fresh records, for the cases that consume theirs

    async def plan(self) -> str:
        body = PLAN_187 | {"code": f"MT-{self.tag}-{self.n()}", "issuer_unit_id": self.ids["district"]}
        return str((await self.ok("POST", "/plans", body))["id"])

    async def conference(self, plan_id: str | None = None, unit_id: str | None = None, **extra: Any) -> str:
        body = {
            "unit_id": unit_id or self.ids["unit_a"],
            "plan_id": plan_id or await self.plan(),
            "form": "advanced_exemplars",
            "held_on": "2025-03-15",
            "session": "morning",
            "place": "Hương Khê",
        } | extra
        return str((await self.ok("POST", "/conferences", body))["id"])

    async def finalized_conference(self) -> str:
        conference = await self.conference()
        await self.ok("POST", f"/conferences/{conference}/finalize", status=200)
        return conference

    def delegate_body(self) -> dict[str, Any]:
        return {"full_name": f"Đại biểu Ma Trận {self.n():04d}", "category": "emulation_soldier"}

    async def delegate(self) -> str:
        path = f"/conferences/{self.ids['conference_a']}/delegates"
        return str((await self.ok("POST", path, self.delegate_body(), as_=self.headers[OFF_A]))["id"])

    async def designation(self) -> str:
        body = {"delegate_id": await self.delegate()}
        path = f"/conferences/{self.ids['conference_a']}/designations"
        return str((await self.ok("POST", path, body, as_=self.headers[OFF_A]))["id"])

    def nomination_body(self) -> dict[str, Any]:
        return {
            "conference_id": self.ids["conference_a"],
            "nominee_kind": "individual",
            "nominee_name": f"Người Được Đề Nghị {self.n():04d}",
            "rank": "worker",
            "works_directly": True,
            "honour": "conference_honoured",
            "basis": "merit",
        }

    async def approved_nomination(self, honour: str = "district_certificate") -> str:
        """D1 — A's nomination for ``honour``, approved by A's council."""
        officer = self.headers[OFF_A]
        body = self.nomination_body() | {"honour": honour}
        nomination = str((await self.ok("POST", "/nominations", body, as_=officer))["id"])
        await self.ok("POST", f"/nominations/{nomination}/submit", as_=officer, status=200)
        await self.ok("POST", f"/nominations/{nomination}/approve", as_=self.headers[REV_A], status=200)
        return nomination

    def decision_body(self, nomination_id: str) -> dict[str, Any]:
        return {
            "number": f"{self.n() + 1}/QĐ-UBND",
            "decided_on": "2025-04-02",
            "signer_name": "Nguyễn Văn Ký",
            "signer_title": "Chủ tịch UBND huyện",
            "honour": "district_certificate",
            "nomination_ids": [nomination_id],
        }

    async def nomination(self, *, submitted: bool) -> str:
        officer = self.headers[OFF_A]
        nomination = str((await self.ok("POST", "/nominations", self.nomination_body(), as_=officer))["id"])
        if submitted:
            await self.ok("POST", f"/nominations/{nomination}/submit", as_=officer, status=200)
        return nomination

    async def unit_plan(self, plan_id: str | None = None) -> str:
        body = {"kind": "unit_plan", "plan_id": plan_id or await self.plan(), "text": "Kế hoạch v1"}
        return str((await self.ok("POST", "/submissions", body, as_=self.headers[OFF_A]))["id"])

    async def submitted_presentation(self) -> str:
        """S3 — a presentation sent by A's officer, waiting for the council's decision."""
        plan_id = await self.plan()
        conference = await self.conference(plan_id)
        officer = self.headers[OFF_A]
        body = {"kind": "presentation", "plan_id": plan_id, "conference_id": conference, "text": "Tham luận"}
        presentation = str((await self.ok("POST", "/submissions", body, as_=officer))["id"])
        await self.ok("POST", f"/submissions/{presentation}/submit", as_=officer, status=200)
        return presentation

    async def attachment(self) -> str:
        files = {"file": ("ke-hoach.pdf", PDF, "application/pdf")}
        path = f"/submissions/{self.ids['submission']}/attachments"
        return str((await self.ok("POST", path, files=files, as_=self.headers[OFF_A]))["id"])

    async def movement(self) -> str:
        body = {"plan_id": self.ids["plan"], "kind": "movement", "name": f"Phong trào Ma Trận {self.n()}"}
        return str((await self.ok("POST", "/movements", body))["id"])

    async def activity(self) -> str:
        """M1 — a communication activity of A, with a link and one attachment."""
        body = {
            "plan_id": self.ids["plan"],
            "kind": "reportage",
            "title": "Phóng sự",
            "channel": "Đài huyện",
            "occurred_on": "2025-03-10",
            "link": "https://trtnews.vn/phong-su",
        }
        return str((await self.ok("POST", "/communication-activities", body, as_=self.headers[OFF_A]))["id"])

    async def activity_attachment(self) -> str:
        files = {"file": ("phong-su.pdf", PDF, "application/pdf")}
        path = f"/communication-activities/{self.ids['activity']}/attachments"
        return str((await self.ok("POST", path, files=files, as_=self.headers[OFF_A]))["id"])

    async def block(self) -> str:
        body = {"name": f"Cụm Ma Trận {self.n()}", "district_id": self.ids["district"]}
        return str((await self.ok("POST", "/emulation-blocks", body))["id"])

    def account_body(self, role: str, unit_id: str | None, username: str | None = None, **extra: Any) -> dict[str, Any]:
        return {
            "username": username or f"mt.{self.tag}.{self.n()}",
            "full_name": "Tài khoản Ma Trận",
            "role": role,
            "unit_id": unit_id,
            "password": DEMO_PASSWORD,
        } | extra

    def private_ids(self) -> list[str]:
        """A's private records: none of these may appear in an answer to another unit."""
        keys = (
            "delegate",
            "designation",
            "nomination",
            "nomination_draft",
            "submission",
            "attachment",
            "registration",
            "report",
            "activity",
            "activity_attachment",
        )
        return [self.ids[k] for k in keys]


async def build_world(client: httpx.AsyncClient, demo: Mapping[str, dict[str, str]]) -> World:
    w = World(client, demo["superadmin"])
    ids = w.ids
    ids["district"] = (await w.ok("POST", "/units", {"name": f"UBND huyện Ma Trận {w.tag}", "kind": "district"}))["id"]
    ids["plan"] = await w.plan()
    for key, name in (("unit_a", "A"), ("unit_b", "B")):
        body = {"name": f"xã Ma Trận {name} {w.tag}", "kind": "commune", "headcount": 50, "parent_id": ids["district"]}
        ids[key] = (await w.ok("POST", "/units", body))["id"]

    people: dict[str, tuple[str, str, dict[str, list[str]]]] = {
        ADMIN: ("district_admin", ids["district"], {}),
        OFF_A: ("unit_officer", ids["unit_a"], {}),
        OFF_B: ("unit_officer", ids["unit_b"], {}),
        REV_A: ("council_reviewer", ids["unit_a"], {}),
        REV_B: ("council_reviewer", ids["unit_b"], {}),
        RW: ("integration_client", ids["district"], {"scopes": ["read", "write"]}),
        RO: ("integration_client", ids["district"], {"scopes": ["read"]}),
        NONE: ("integration_client", ids["district"], {"scopes": []}),
    }
    w.headers = {ANON: {}, VIEWER: demo["viewer"], OTHER_ADMIN: demo["district_admin"]}
    for role, (kind, unit, extra) in people.items():
        username = f"mt.{w.tag}.{role}".replace("_", "-")
        await w.ok("POST", "/users", w.account_body(kind, unit, username, **extra))
        if kind == "integration_client":
            form = {"grant_type": "client_credentials", "client_id": username, "client_secret": DEMO_PASSWORD}
            r = await client.post(f"{API}/auth/token", data=form)
            assert r.status_code == 200, r.text
            w.headers[role] = {"Authorization": f"Bearer {r.json()['access_token']}"}
        else:
            w.headers[role] = await login(client, username, DEMO_PASSWORD)
    ids["client_r_username"] = f"mt.{w.tag}.{RO}".replace("_", "-")
    ids["account"] = (await w.ok("POST", "/users", w.account_body("unit_officer", ids["unit_a"])))["id"]

    ids["block"] = (
        await w.ok(
            "POST",
            "/emulation-blocks",
            {"name": f"Cụm Ma Trận {w.tag}", "district_id": ids["district"], "member_ids": [ids["unit_a"]]},
        )
    )["id"]
    ids["conference_a"] = await w.conference(ids["plan"])
    ids["conference_d"] = await w.conference(ids["plan"], ids["district"], held_on="2025-05-20")
    allocations = {"items": [{"unit_id": ids["unit_a"], "seats": 50}]}
    await w.ok("PUT", f"/conferences/{ids['conference_d']}/allocations", allocations, status=200)
    ids["delegate"] = await w.delegate()
    ids["designation"] = await w.designation()
    ids["nomination"] = await w.nomination(submitted=True)
    ids["nomination_draft"] = await w.nomination(submitted=False)
    ids["submission"] = await w.unit_plan(ids["plan"])
    ids["attachment"] = await w.attachment()
    budget = {
        "funding_source": "Ngân sách xã",
        "lines": [{"category": "venue", "description": "Hội trường", "amount": 1}],
    }
    await w.ok("PUT", f"/conferences/{ids['conference_a']}/budget-estimate", budget, status=201)
    decision = w.decision_body(await w.approved_nomination())
    ids["award_decision"] = (await w.ok("POST", "/award-decisions", decision))["id"]
    ids["movement"] = await w.movement()
    registration = {"movement_id": ids["movement"], "collectives_total": 5, "collectives_registered": 5}
    ids["registration"] = (await w.ok("POST", "/movement-registrations", registration, as_=w.headers[OFF_A]))["id"]
    report = {"kind": "summary_report", "plan_id": ids["plan"]}
    ids["report"] = (await w.ok("POST", "/submissions", report, as_=w.headers[OFF_A]))["id"]
    ids["calendar_token"] = (await w.ok("POST", "/me/calendar-tokens", as_=w.headers[OFF_A]))["token"]
    ids["activity"] = await w.activity()
    ids["activity_attachment"] = await w.activity_attachment()
    agenda = await w.ok("GET", f"/conferences/{ids['conference_a']}/agenda", status=200)
    w.agenda_keys = [item["key"] for item in agenda["items"]]
    w.not_found = await w.ok("GET", f"/nominations/{uuid.uuid4()}", status=404)
    return w


# --- the cases: one per operation of the contract ---------------------------------------------

Prepare = Callable[[World], Awaitable[Req]]


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    rule: Rule
    prepare: Prepare
    consumes: bool = False  # a 2xx uses the target up: prepare a new one for the next role
    variant: str = ""  # a body variant of an operation with a rule of its own (overrides, paper plans)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}" + (f" + {self.variant}" if self.variant else "")


def _at(**keys: str) -> Prepare:
    """Path parameters from the world's shared records (name → key in ``World.ids``)."""

    async def prepare(w: World) -> Req:
        return Req(params={name: w.ids[key] for name, key in keys.items()})

    return prepare


def _body(make: Callable[[World], Any], **keys: str) -> Prepare:
    async def prepare(w: World) -> Req:
        return Req(params={name: w.ids[key] for name, key in keys.items()}, json=make(w))

    return prepare


def _fresh(
    param: str, make: Callable[[World], Awaitable[str]], body: Callable[[World], Any] = lambda w: None
) -> Prepare:
    async def prepare(w: World) -> Req:
        return Req(params={param: await make(w)}, json=body(w))

    return prepare


async def _token(w: World) -> Req:
    form = {"grant_type": "client_credentials", "client_id": w.ids["client_r_username"], "client_secret": DEMO_PASSWORD}
    return Req(data=form)


def _new_conference(**extra: str) -> Prepare:
    """A conference for A in a fresh plan (C2: one per unit per plan)."""

    async def prepare(w: World) -> Req:
        body = {
            "unit_id": w.ids["unit_a"],
            "plan_id": await w.plan(),
            "form": "advanced_exemplars",
            "held_on": "2025-03-15",
            "session": "morning",
            "place": "Hương Khê",
        }
        return Req(json=body | extra)

    return prepare


async def _own_calendar_token(w: World) -> Req:
    """A fresh calendar token of officer A: only its owner may revoke it."""
    token = await w.ok("POST", "/me/calendar-tokens", as_=w.headers[OFF_A])
    return Req(params={"token_id": token["id"]})


# F2 — a public address literal: accepted by the SSRF guard without a DNS lookup.
WEBHOOK_BODY = {"url": "https://93.184.215.14/hooks", "event_types": ["unit.created"]}


async def _own_webhook(w: World) -> Req:
    """A subscription of the read-write client: only it sees it."""
    hook = await w.ok("POST", "/webhooks", WEBHOOK_BODY, as_=w.headers[RW])
    return Req(params={"webhook_id": hook["id"]}, json={"event_types": ["unit.updated"]})


async def _new_unit_plan(w: World) -> Req:
    return Req(json={"kind": "unit_plan", "plan_id": await w.plan(), "unit_id": w.ids["unit_a"], "text": "Kế hoạch"})


async def _import(w: World) -> Req:
    return Req(params={"conference_id": w.ids["conference_a"]}, json=[w.delegate_body()])


async def _upload(w: World) -> Req:
    return Req(params={"submission_id": w.ids["submission"]}, files={"file": ("ke-hoach.pdf", PDF, "application/pdf")})


async def _fresh_delegate(w: World) -> Req:
    return Req(params={"conference_id": w.ids["conference_a"], "delegate_id": await w.delegate()})


async def _fresh_designation(w: World) -> Req:
    return Req(params={"conference_id": w.ids["conference_a"], "designation_id": await w.designation()})


async def _designate(w: World) -> Req:
    return Req(params={"conference_id": w.ids["conference_a"]}, json={"delegate_id": await w.delegate()})


async def _fresh_commune(w: World) -> str:
    body = {"name": f"xã Sáp Nhập {w.tag} {w.n()}", "kind": "commune", "headcount": 10, "parent_id": w.ids["district"]}
    return str((await w.ok("POST", "/units", body))["id"])


async def _new_merge(w: World) -> Req:
    """L3 — two fresh open units of the district, merged into a new one."""
    ids = [await _fresh_commune(w), await _fresh_commune(w)]
    unit = {"name": f"xã Hợp Nhất {w.tag} {w.n()}", "kind": "commune", "headcount": 20}
    return Req(json={"unit_ids": ids, "effective_on": "2025-07-01", "unit": unit})


async def _new_split(w: World) -> Req:
    """L3 — a fresh open unit of the district, split into two."""
    units = [{"name": f"xã Chia Tách {w.tag} {w.n()}", "kind": "commune", "headcount": 5} for _ in range(2)]
    return Req(params={"unit_id": await _fresh_commune(w)}, json={"effective_on": "2025-07-01", "units": units})


async def _new_decision(w: World) -> Req:
    """D1 — a decision of the district awarding a fresh approved nomination of A."""
    return Req(json=w.decision_body(await w.approved_nomination()))


async def _new_registration(w: World) -> Req:
    return Req(json={"movement_id": await w.movement(), "unit_id": w.ids["unit_a"], "individuals_total": 3})


async def _fresh_attachment(w: World) -> Req:
    return Req(params={"submission_id": w.ids["submission"], "attachment_id": await w.attachment()})


async def _new_activity(w: World) -> Req:
    body = {
        "plan_id": w.ids["plan"],
        "unit_id": w.ids["unit_a"],
        "kind": "video",
        "title": "Video",
        "channel": "Fanpage",
        "occurred_on": "2025-03-10",
        "link": "https://trtnews.vn/video",
    }
    return Req(json=body)


async def _activity_upload(w: World) -> Req:
    return Req(params={"activity_id": w.ids["activity"]}, files={"file": ("a.pdf", PDF, "application/pdf")})


async def _fresh_activity_attachment(w: World) -> Req:
    return Req(params={"activity_id": w.ids["activity"], "attachment_id": await w.activity_attachment()})


def _activity(w: World) -> Awaitable[str]:
    return w.activity()


def _submitted_nomination(w: World) -> Awaitable[str]:
    return w.nomination(submitted=True)


def _draft_nomination(w: World) -> Awaitable[str]:
    return w.nomination(submitted=False)


def _unit_plan(w: World) -> Awaitable[str]:
    return w.unit_plan()


REASON = {"reason": "Cần bổ sung thành tích"}
# C4 — after the grassroots deadline (2025-03-31): only a written override lets it through.
OVERRIDE_BODY = {"held_on": "2025-04-15", "override_reason": "Lùi lịch theo chỉ đạo của huyện"}
PAPER_PLAN = {"received_at": "2024-11-09T09:00:00+07:00"}  # S1 — a plan that came on paper
C = "/api/v1/conferences/{conference_id}"
N = "/api/v1/nominations/{nomination_id}"
S = "/api/v1/submissions/{submission_id}"
M = "/api/v1/communication-activities/{activity_id}"

CASES: list[Case] = [
    # auth and probes
    Case("POST", "/api/v1/auth/token", PUBLIC_ENDPOINT, _token),
    Case("GET", "/api/v1/me", SIGNED_IN, _at()),
    Case("GET", "/api/v1/vocabulary", SIGNED_IN, _at()),
    Case("POST", "/api/v1/me/calendar-tokens", SIGNED_IN, _at()),
    Case("DELETE", "/api/v1/me/calendar-tokens/{token_id}", OWNER_ONLY, _own_calendar_token, consumes=True),
    Case(
        "GET", "/api/v1/calendar-feeds/{token}/plans/{plan_id}.ics", FEED, _at(token="calendar_token", plan_id="plan")
    ),
    Case(
        "GET", "/api/v1/calendar-feeds/{token}/units/{unit_id}.ics", FEED, _at(token="calendar_token", unit_id="unit_a")
    ),
    Case("GET", "/healthz", PUBLIC_ENDPOINT, _at()),
    Case("GET", "/readyz", PUBLIC_ENDPOINT, _at()),
    # accounts and audit (§5: the district admin's)
    Case("GET", "/api/v1/users", ADMIN_LIST, _at()),
    Case(
        "POST",
        "/api/v1/users",
        ADMIN_ONLY,
        _body(lambda w: w.account_body("unit_officer", w.ids["unit_a"])),
        consumes=True,
    ),
    Case("GET", "/api/v1/users/{user_id}", ACCOUNT_READ, _at(user_id="account")),
    Case(
        "PATCH",
        "/api/v1/users/{user_id}",
        ACCOUNT_WRITE,
        _body(lambda w: {"full_name": "Cán bộ dự phòng"}, user_id="account"),
    ),
    Case("GET", "/api/v1/audit-events", ADMIN_LIST, _at()),
    Case("GET", "/api/v1/deletions", SIGNED_IN, _at()),
    Case("GET", "/api/v1/events", SIGNED_IN, _at()),  # F1: every signed-in reader, filtered by X2
    Case("GET", "/api/v1/webhooks", SUBSCRIBERS, _at()),  # F2
    Case("POST", "/api/v1/webhooks", SUBSCRIBERS, _body(lambda w: WEBHOOK_BODY), consumes=True),
    Case("GET", "/api/v1/webhooks/{webhook_id}", OWN_WEBHOOK, _own_webhook),
    Case("PATCH", "/api/v1/webhooks/{webhook_id}", OWN_WEBHOOK, _own_webhook),
    Case("DELETE", "/api/v1/webhooks/{webhook_id}", OWN_WEBHOOK, _own_webhook, consumes=True),
    Case("POST", "/api/v1/webhooks/{webhook_id}/resume", OWN_WEBHOOK, _own_webhook),
    Case("GET", "/api/v1/webhooks/{webhook_id}/deliveries", OWN_WEBHOOK, _own_webhook),
    # plans (public)
    Case("GET", "/api/v1/plans", PUBLIC_READ, _at()),
    Case(
        "POST",
        "/api/v1/plans",
        PUBLIC_ADMINISTER,
        _body(lambda w: PLAN_187 | {"code": f"MT-{w.tag}-{w.n()}", "issuer_unit_id": w.ids["district"]}),
        consumes=True,
    ),
    Case("GET", "/api/v1/plans/{plan_id}", PUBLIC_READ, _at(plan_id="plan")),
    Case(
        "PATCH",
        "/api/v1/plans/{plan_id}",
        PUBLIC_ADMINISTER,
        _body(lambda w: {"title": "Kế hoạch thử nghiệm"}, plan_id="plan"),
    ),
    Case("GET", "/api/v1/plans/{plan_id}/unit-plan-status", SCOPED_LIST, _at(plan_id="plan")),
    Case("GET", "/api/v1/plans/{plan_id}/areas", SCOPED_LIST, _at(plan_id="plan")),
    # B3 — the plan's budget estimates and sums, each caller's X2 share
    Case("GET", "/api/v1/plans/{plan_id}/budget-estimates", SCOPED_LIST, _at(plan_id="plan")),
    Case("GET", "/api/v1/plans/{plan_id}/budget-summary", SCOPED_LIST, _at(plan_id="plan")),
    Case("GET", "/api/v1/plans/{plan_id}/budget-summary.xlsx", SCOPED_LIST, _at(plan_id="plan")),
    # the unit register and blocks (public)
    Case("GET", "/api/v1/units", PUBLIC_READ, _at()),
    Case(
        "POST",
        "/api/v1/units",
        PUBLIC_ADMINISTER,
        _body(
            lambda w: {
                "name": f"xã Mới {w.tag} {w.n()}",
                "kind": "commune",
                "headcount": 10,
                "parent_id": w.ids["district"],
            }
        ),
        consumes=True,
    ),
    Case("POST", "/api/v1/units/merge", PUBLIC_ADMINISTER, _new_merge, consumes=True),
    Case("POST", "/api/v1/units/{unit_id}/split", PUBLIC_ADMINISTER, _new_split, consumes=True),
    Case("GET", "/api/v1/units/{unit_id}", PUBLIC_READ, _at(unit_id="unit_a")),
    Case("PATCH", "/api/v1/units/{unit_id}", PUBLIC_ADMINISTER, _body(lambda w: {"headcount": 50}, unit_id="unit_a")),
    Case("GET", "/api/v1/emulation-blocks", PUBLIC_READ, _at()),
    Case(
        "POST",
        "/api/v1/emulation-blocks",
        PUBLIC_ADMINISTER,
        _body(lambda w: {"name": f"Cụm Mới {w.tag} {w.n()}", "district_id": w.ids["district"]}),
        consumes=True,
    ),
    Case("GET", "/api/v1/emulation-blocks/{block_id}", PUBLIC_READ, _at(block_id="block")),
    Case(
        "PATCH",
        "/api/v1/emulation-blocks/{block_id}",
        PUBLIC_ADMINISTER,
        _body(lambda w: {"description": "Cụm thi đua thử"}, block_id="block"),
    ),
    Case(
        "DELETE",
        "/api/v1/emulation-blocks/{block_id}",
        PUBLIC_ADMINISTER,
        _fresh("block_id", lambda w: w.block()),
        consumes=True,
    ),
    # conferences (public: schedule, title, agenda; the district conference's allocations)
    Case("GET", "/api/v1/conferences", PUBLIC_READ, _at()),
    Case("POST", "/api/v1/conferences", PUBLIC_ORGANIZE, _new_conference(), consumes=True),
    Case(
        "POST",
        "/api/v1/conferences",
        OVERRIDE,
        _new_conference(**OVERRIDE_BODY),
        consumes=True,
        variant="override_reason",
    ),
    Case("GET", C, PUBLIC_READ, _at(conference_id="conference_a")),
    Case("PATCH", C, PUBLIC_ORGANIZE, _body(lambda w: {"place": "Hương Khê"}, conference_id="conference_a")),
    Case(
        "PATCH",
        C,
        OVERRIDE,
        _fresh("conference_id", lambda w: w.conference(), lambda w: OVERRIDE_BODY),
        variant="override_reason",
    ),
    Case("DELETE", C, PUBLIC_ORGANIZE, _fresh("conference_id", lambda w: w.conference()), consumes=True),
    Case("GET", C + "/agenda", PUBLIC_READ, _at(conference_id="conference_a")),
    Case(
        "PUT",
        C + "/agenda",
        PUBLIC_ORGANIZE,
        _body(lambda w: {"items": [{"key": k} for k in w.agenda_keys]}, conference_id="conference_a"),
    ),
    Case("GET", C + "/allocations", PUBLIC_READ, _at(conference_id="conference_d")),
    Case(
        "PUT",
        C + "/allocations",
        PUBLIC_ADMINISTER,
        _body(lambda w: {"items": [{"unit_id": w.ids["unit_a"], "seats": 50}]}, conference_id="conference_d"),
    ),
    # the delegate list and what hangs on it (private to A)
    Case("POST", C + "/finalize", PRIVATE_WRITE, _fresh("conference_id", lambda w: w.conference()), consumes=True),
    Case(
        "POST",
        C + "/reopen",
        PRIVATE_WRITE,
        _fresh("conference_id", lambda w: w.finalized_conference(), lambda w: {"reason": "Bổ sung đại biểu"}),
        consumes=True,
    ),
    Case("GET", C + "/compliance", PRIVATE_READ, _at(conference_id="conference_a")),
    Case("GET", C + "/documents/invitation", PUBLIC_READ, _at(conference_id="conference_a")),
    Case("GET", C + "/documents/delegate-list", PRIVATE_READ, _at(conference_id="conference_a")),
    Case("GET", C + "/documents/designations", PRIVATE_READ, _at(conference_id="conference_a")),
    Case("GET", S + "/document", PRIVATE_READ, _at(submission_id="report")),
    Case("GET", "/api/v1/plans/{plan_id}/documents/yearbook", SCOPED_LIST, _at(plan_id="plan")),
    Case("GET", C + "/delegates", PRIVATE_READ, _at(conference_id="conference_a")),
    Case(
        "POST", C + "/delegates", PRIVATE_WRITE, _body(World.delegate_body, conference_id="conference_a"), consumes=True
    ),
    Case("POST", C + "/delegates/import", PRIVATE_WRITE, _import, consumes=True),
    Case("GET", C + "/delegates/template", PUBLIC_READ, _at(conference_id="conference_a")),
    Case("GET", C + "/delegates/export", PRIVATE_READ, _at(conference_id="conference_a")),
    Case(
        "GET", C + "/delegates/{delegate_id}", PRIVATE_READ, _at(conference_id="conference_a", delegate_id="delegate")
    ),
    Case(
        "PATCH",
        C + "/delegates/{delegate_id}",
        PRIVATE_WRITE,
        _body(lambda w: {"note": "Đã xác minh"}, conference_id="conference_a", delegate_id="delegate"),
    ),
    Case("DELETE", C + "/delegates/{delegate_id}", PRIVATE_WRITE, _fresh_delegate, consumes=True),
    Case("GET", C + "/designations", PRIVATE_READ, _at(conference_id="conference_a")),
    # B1 — the budget estimate, private to A
    Case("GET", C + "/budget-estimate", PRIVATE_READ, _at(conference_id="conference_a")),
    Case(
        "PUT",
        C + "/budget-estimate",
        PRIVATE_WRITE,
        _body(
            lambda w: {
                "funding_source": "Ngân sách xã",
                "lines": [{"category": "other", "description": "Khác", "amount": 2}],
            },
            conference_id="conference_a",
        ),
    ),
    Case("GET", C + "/budget-estimate/versions", PRIVATE_READ, _at(conference_id="conference_a")),
    Case("GET", C + "/budget-estimate/versions/{number}", PRIVATE_READ, _at(conference_id="conference_a")),
    Case("POST", C + "/designations", PRIVATE_WRITE, _designate, consumes=True),
    Case("DELETE", C + "/designations/{designation_id}", PRIVATE_WRITE, _fresh_designation, consumes=True),
    # nominations (private to A; decisions by A's council or the district admin)
    Case("GET", "/api/v1/nominations", SCOPED_LIST, _at()),
    Case("POST", "/api/v1/nominations", NOMINATION_CREATE, _body(World.nomination_body), consumes=True),
    Case("GET", "/api/v1/nominations/stats", SCOPED_LIST, _at()),
    Case("GET", N, PRIVATE_READ, _at(nomination_id="nomination")),
    Case(
        "PATCH",
        N,
        NOMINATION_WRITE,
        _body(lambda w: {"achievements": "Hoàn thành xuất sắc nhiệm vụ"}, nomination_id="nomination_draft"),
    ),
    Case("POST", N + "/submit", NOMINATION_WRITE, _fresh("nomination_id", _draft_nomination), consumes=True),
    Case("POST", N + "/withdraw", NOMINATION_WRITE, _fresh("nomination_id", _draft_nomination), consumes=True),
    Case("POST", N + "/approve", PRIVATE_DECIDE, _fresh("nomination_id", _submitted_nomination), consumes=True),
    Case(
        "POST",
        N + "/reject",
        PRIVATE_DECIDE,
        _fresh("nomination_id", _submitted_nomination, lambda w: REASON),
        consumes=True,
    ),
    Case(
        "POST",
        N + "/return",
        PRIVATE_DECIDE,
        _fresh("nomination_id", _submitted_nomination, lambda w: REASON),
        consumes=True,
    ),
    # D1 — award decisions (public register; the authority records), D2 — the decision as DOCX
    Case("GET", "/api/v1/award-decisions", PUBLIC_READ, _at()),
    Case("POST", "/api/v1/award-decisions", AWARD_RECORD, _new_decision, consumes=True),
    Case("GET", "/api/v1/award-decisions/{decision_id}", PUBLIC_READ, _at(decision_id="award_decision")),
    Case("GET", "/api/v1/award-decisions/{decision_id}/document.docx", PUBLIC_READ, _at(decision_id="award_decision")),
    # E1 — movements (public, the plan's issuer writes); E2 — registrations (private to A); E3
    Case("GET", "/api/v1/movements", PUBLIC_READ, _at()),
    Case(
        "POST",
        "/api/v1/movements",
        PUBLIC_ADMINISTER,
        _body(lambda w: {"plan_id": w.ids["plan"], "kind": "movement", "name": f"Phong trào {w.tag} {w.n()}"}),
        consumes=True,
    ),
    Case("GET", "/api/v1/movements/{movement_id}", PUBLIC_READ, _at(movement_id="movement")),
    Case(
        "PATCH",
        "/api/v1/movements/{movement_id}",
        PUBLIC_ADMINISTER,
        _body(lambda w: {"note": "giai đoạn 2024 - 2025"}, movement_id="movement"),
    ),
    Case("GET", "/api/v1/movement-registrations", SCOPED_LIST, _at()),
    Case("POST", "/api/v1/movement-registrations", PRIVATE_CREATE, _new_registration, consumes=True),
    Case("GET", "/api/v1/movement-registrations/{registration_id}", PRIVATE_READ, _at(registration_id="registration")),
    Case(
        "PATCH",
        "/api/v1/movement-registrations/{registration_id}",
        PRIVATE_WRITE,
        _body(lambda w: {"collectives_recognised": 1}, registration_id="registration"),
    ),
    Case("GET", "/api/v1/plans/{plan_id}/movement-totals", SCOPED_LIST, _at(plan_id="plan")),
    Case("GET", S + "/computed-figures", PRIVATE_READ, _at(submission_id="report")),
    # submissions, versions, attachments (private to A)
    Case("GET", "/api/v1/submissions", SCOPED_LIST, _at()),
    Case("POST", "/api/v1/submissions", PRIVATE_CREATE, _new_unit_plan, consumes=True),
    Case("GET", "/api/v1/submissions/report-outline", SIGNED_IN, _at()),
    Case("GET", S, PRIVATE_READ, _at(submission_id="submission")),
    Case("PATCH", S, PRIVATE_WRITE, _body(lambda w: {"text": "Kế hoạch v2"}, submission_id="submission")),
    Case("GET", S + "/versions", PRIVATE_READ, _at(submission_id="submission")),
    Case("GET", S + "/versions/{number}", PRIVATE_READ, _at(submission_id="submission")),
    Case("POST", S + "/submit", PRIVATE_WRITE, _fresh("submission_id", _unit_plan), consumes=True),
    Case(
        "POST",
        S + "/submit",
        PRIVATE_ADMIN,
        _fresh("submission_id", _unit_plan, lambda w: PAPER_PLAN),
        consumes=True,
        variant="received_at",
    ),
    Case(
        "POST",
        S + "/approve",
        PRIVATE_DECIDE,
        _fresh("submission_id", lambda w: w.submitted_presentation()),
        consumes=True,
    ),
    Case(
        "POST",
        S + "/request-changes",
        PRIVATE_DECIDE,
        _fresh("submission_id", lambda w: w.submitted_presentation(), lambda w: REASON),
        consumes=True,
    ),
    Case("GET", S + "/attachments", PRIVATE_READ, _at(submission_id="submission")),
    Case("POST", S + "/attachments", PRIVATE_WRITE, _upload),
    Case(
        "GET",
        S + "/attachments/{attachment_id}",
        PRIVATE_READ,
        _at(submission_id="submission", attachment_id="attachment"),
    ),
    Case("DELETE", S + "/attachments/{attachment_id}", PRIVATE_WRITE, _fresh_attachment, consumes=True),
    # communication activities (M1–M2, private to A)
    Case("GET", "/api/v1/communication-activities", SCOPED_LIST, _at()),
    Case("POST", "/api/v1/communication-activities", PRIVATE_CREATE, _new_activity, consumes=True),
    Case("GET", M, PRIVATE_READ, _at(activity_id="activity")),
    Case("PATCH", M, PRIVATE_WRITE, _body(lambda w: {"title": "Phóng sự mới"}, activity_id="activity")),
    Case("DELETE", M, PRIVATE_WRITE, _fresh("activity_id", _activity), consumes=True),
    Case("GET", M + "/attachments", PRIVATE_READ, _at(activity_id="activity")),
    Case("POST", M + "/attachments", PRIVATE_WRITE, _activity_upload),
    Case(
        "GET",
        M + "/attachments/{attachment_id}",
        PRIVATE_READ,
        _at(activity_id="activity", attachment_id="activity_attachment"),
    ),
    Case("DELETE", M + "/attachments/{attachment_id}", PRIVATE_WRITE, _fresh_activity_attachment, consumes=True),
    Case("GET", "/api/v1/plans/{plan_id}/communication-counts", SCOPED_LIST, _at(plan_id="plan")),
    Case("GET", "/api/v1/plans/{plan_id}/communication-counts/export", SCOPED_LIST, _at(plan_id="plan")),
]
CASE_BY_LABEL = {c.label: c for c in CASES}
OPERATION_CASES = {(c.method, c.path) for c in CASES if not c.variant}


def _format(path: str, params: Mapping[str, str]) -> str:
    values = dict(params)
    if "{number}" in path:
        values.setdefault("number", "1")  # S5: version 1 of the unit plan
    return path.format(**values)


# --- running the matrix -----------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    status: int
    code: str | None
    expect: str

    @property
    def ok(self) -> bool:
        return satisfied(self.expect, self.status)


@dataclass
class Matrix:
    cells: dict[str, dict[str, Cell]]  # operation label → role → cell
    leaks: list[str]
    unlike_missing: list[str]


def _problem_code(r: httpx.Response) -> str | None:
    if r.headers.get("content-type", "").startswith("application/problem+json"):
        code = r.json().get("code")
        return str(code) if code is not None else None
    return None


async def _run_case(w: World, case: Case, matrix: Matrix) -> None:
    req: Req | None = None
    row: dict[str, Cell] = {}
    private_ids = w.private_ids()
    for role in ROLES:
        if req is None:
            req = await case.prepare(w)
        r = await w.client.request(
            case.method,
            _format(case.path, req.params),
            json=req.json,
            data=req.data,
            files=req.files,
            content=req.content,
            headers=w.headers[role] | req.headers,
        )
        cell = Cell(r.status_code, _problem_code(r), case.rule.expect[role])
        row[role] = cell
        where = f"{case.label} as {role}"
        if role in OUTSIDERS and 200 <= r.status_code < 300:
            text = r.text if "json" in r.headers.get("content-type", "") else ""
            matrix.leaks += [f"{where}: answer names A's private record {i}" for i in private_ids if i in text]
        if cell.expect == HIDDEN and r.status_code == 404:
            body = r.json()
            same = {k: body.get(k) for k in ("type", "title", "status", "detail", "code")} == {
                k: w.not_found.get(k) for k in ("type", "title", "status", "detail", "code")
            }
            if not same:
                matrix.unlike_missing.append(f"{where}: 404 differs from a missing id's: {body}")
        if case.consumes and 200 <= r.status_code < 300:
            req = None
    matrix.cells[case.label] = row


def _operations(app: FastAPI) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, item in app.openapi()["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


@pytest.fixture(scope="module")
async def matrix(
    settings: Settings, tmp_path_factory: pytest.TempPathFactory, headers: dict[str, dict[str, str]]
) -> Matrix:
    """The matrix, run once for the module on an app of its own over the session's database:
    its uploads land in a folder of its own, out of the way of tests that look at storage."""
    own = settings.model_copy(update={"data_dir": tmp_path_factory.mktemp("access-matrix"), "attachment_dir": None})
    app = create_app(own, database_url=settings.database_url)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            world = await build_world(client, headers)
            result = Matrix({}, [], [])
            served = _operations(app)
            for case in CASES:
                if (case.method, case.path) in served:
                    await _run_case(world, case, result)
    return result


# --- the tests --------------------------------------------------------------------------------


def test_every_operation_of_the_contract_has_a_case(app: FastAPI) -> None:
    """A new route cannot slip past the matrix: each operation needs a case (and its SPEC rule)."""
    served = _operations(app)
    missing = sorted(served - OPERATION_CASES)
    stale = sorted(OPERATION_CASES - served)
    assert not missing, f"operations without an access case in {Path(__file__).name}: {missing}"
    assert not stale, f"access cases for operations the app no longer serves: {stale}"
    assert len(CASE_BY_LABEL) == len(CASES), "two cases for one operation"
    for case in CASES:
        assert set(case.rule.expect) == set(ROLES), f"{case.label}: every role needs an expectation"
    assert not set(KNOWN_DEVIATIONS) - {(c.label, r) for c in CASES for r in ROLES}, "a deviation names no cell"


def _mismatches(matrix: Matrix, *, known: bool) -> list[str]:
    out = []
    for label, row in sorted(matrix.cells.items()):
        for role, cell in row.items():
            if not cell.ok and ((label, role) in KNOWN_DEVIATIONS) == known:
                out.append(f"{label} as {role}: got {cell.status} ({cell.code}), SPEC: {cell.expect}")
    return out


def test_access_follows_spec(matrix: Matrix) -> None:
    """X1–X3: every operation × every role answers as SPEC says (known deviations apart)."""
    assert len(matrix.cells) == len(CASES)
    unexpected = _mismatches(matrix, known=False)
    assert not unexpected, "access differs from SPEC:\n" + "\n".join(unexpected)


def test_another_units_private_records_are_404_and_never_leak(matrix: Matrix) -> None:
    """X2 — B's officer and reviewer, and another district's admin, never read nor write A's
    private records: 404, the same problem as for a missing id (never 403), and no answer to
    them names one of A's private records."""
    wrong = [
        f"{label} as {role}: {cell.status} ({cell.code})"
        for label, row in sorted(matrix.cells.items())
        for role, cell in row.items()
        if role in OUTSIDERS and cell.expect == HIDDEN and cell.status != 404
    ]
    assert not wrong, "another unit's private record must answer 404:\n" + "\n".join(wrong)
    assert not matrix.unlike_missing, "\n".join(matrix.unlike_missing)
    assert not matrix.leaks, "\n".join(matrix.leaks)


@pytest.mark.parametrize(
    ("label", "role"),
    [
        pytest.param(label, role, marks=pytest.mark.xfail(strict=True, reason="app departs from SPEC"))
        for label, role in KNOWN_DEVIATIONS
    ],
)
def test_known_deviation_from_spec(matrix: Matrix, label: str, role: str) -> None:
    """Each cell where the app departs from SPEC, expected as SPEC says (fails until fixed)."""
    cell = matrix.cells[label][role]
    assert cell.ok, f"{label} as {role}: got {cell.status}, SPEC: {cell.expect} — {KNOWN_DEVIATIONS[(label, role)]}"


# --- docs/ACCESS.md -----------------------------------------------------------------------------

METHOD_ORDER = {m.upper(): n for n, m in enumerate(HTTP_METHODS)}
SPEC_STATUS = {ALLOWED: "2xx", HIDDEN: "404", FORBIDDEN: "403", DENIED: "403/404", UNAUTH: "401", OPEN: "2xx"}


def _cell_text(cell: Cell) -> str:
    text = f"{cell.status} (hidden)" if cell.status == 404 else str(cell.status)
    if not cell.ok:
        text += f" ⚠ SPEC {SPEC_STATUS[cell.expect]}"
    return text


def _row_order(case: Case) -> tuple[str, int, str]:
    return (case.path, METHOD_ORDER[case.method], case.variant)


def render(matrix: Matrix) -> str:
    lines = [
        "<!-- Generated by tests/contract/test_access_matrix.py — do not edit; "
        "run `uv run pytest tests/contract/test_access_matrix.py` to regenerate. -->",
        "",
        "# Access matrix (X1–X3)",
        "",
        "Every operation of the contract called once per role, its path parameters pointing at unit",
        "A's records (allocations: the district conference), plus the body variants that SPEC",
        "reserves to the district admin. Cells are the statuses observed.",
        "",
        "| operation | SPEC rule | " + " | ".join(ROLE_TITLES[r] for r in ROLES) + " |",
        "|---|---|" + "---|" * len(ROLES),
    ]
    for case in sorted(CASES, key=_row_order):
        if case.label in matrix.cells:
            cells = " | ".join(_cell_text(matrix.cells[case.label][role]) for role in ROLES)
            lines.append(f"| `{case.label}` | {case.rule.label} | {cells} |")
    lines += [
        "",
        "## Roles",
        "",
        *[f"- **{ROLE_TITLES[r]}** — {ROLE_NOTES[r]}" for r in ROLES],
        "",
        "## Legend",
        "",
        "- `2xx` — allowed (a `409`/`422` in such a cell would be allowed but refused by a rule or a state).",
        "- `401` — no token. `403` — signed in but not allowed: a public record, a missing scope, a",
        "  decision by someone who may not decide, or a refusal that does not depend on the id.",
        "- `404 (hidden)` — a record private to another unit (or an account the caller does not",
        "  administer): the same problem as for an id that does not exist (X2), so ids leak nothing.",
        "- `⚠ SPEC …` — the app departs from SPEC here; SPEC's answer follows the mark.",
        "",
        "## SPEC rules",
        "",
        "- **public** — plans, units, emulation blocks, conferences with title and agenda, the",
        "  district conference's allocations: every signed-in caller reads; a write by someone who",
        "  may not write is 403. **organizer writes**: the unit's officer, the district admin, a",
        "  `write` client bound to the district; **district writes**: the district admin and that client.",
        "- **private** — delegates, compliance, nominations, submissions with versions and",
        "  attachments, designations, finalize/reopen of the delegate list: the unit's officers and",
        "  reviewers, the admin of its district, province viewers and clients bound to the district",
        "  see them; anyone else gets 404. Writes: the unit's officer, the district admin, the `write`",
        "  client. **decide (X3)**: only the organizing unit's council or the district admin.",
        "- **create for A** — a create naming A's unit or conference in its body: SPEC leaves 403 or",
        "  404 open (neither leaks: the unit and the conference are public).",
        "- **override · admin only / private · admin only** — `override_reason` (C4, C5) and a paper",
        "  plan's `received_at` (S1) are the district admin's alone (403 for anyone else who may see it).",
        "- **account** — `/users` and `/audit-events` are the district admin's, each for their own",
        "  district; another account is 404 to whoever does not administer it.",
        "- **scoped list** — everyone reads the collection, filtered to what they may see.",
        "- An integration client needs the `read` scope for anything and `write` to write (X1).",
    ]
    if KNOWN_DEVIATIONS:
        lines += ["", "## Known deviations from SPEC", ""]
        for why in dict.fromkeys(KNOWN_DEVIATIONS.values()):
            cells = ", ".join(
                f"`{label}` as {ROLE_TITLES[role]}" for (label, role), w in KNOWN_DEVIATIONS.items() if w == why
            )
            lines.append(f"- {cells}: {why}")
    return "\n".join(lines) + "\n"


def test_access_doc_is_generated(matrix: Matrix) -> None:
    """docs/ACCESS.md is this matrix; under CI=true a stale committed copy fails the build."""
    text = render(matrix)
    if os.environ.get("CI", "").lower() == "true":
        committed = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        assert committed == text, (
            "docs/ACCESS.md is stale: run `uv run pytest tests/contract/test_access_matrix.py` and commit it"
        )
    else:
        DOC.write_text(text, encoding="utf-8")
