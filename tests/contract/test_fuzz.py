"""Property-based fuzzing of the whole contract (schemathesis), as every role.

Every operation of the committed contract — everything under /api/v1 plus /healthz and /readyz —
is fuzzed over HTTP against a uvicorn server running inside this pytest process (``live_server``,
tests/contract/conftest.py). Each response must not be a 5xx, must have a documented status and
content type, must match its schema, and an error must be a problem whose ``status`` is the
HTTP status. Generation is derandomized with a fixed seed, so a failure reproduces on every run.

Who fuzzes what (the ``test_fuzz_as_*`` functions): the demo district's admin
(``admin.huongkhe``), the unit officer of xã Hương Thủy (``canbo.huongthuy``) and the integration
client (``tichhop.cong``, signed in with ``client_credentials``) every authenticated operation;
the province viewer (``sonoivu.hatinh``) every read; the council reviewer of xã Hương Thủy
(``hoidong.huongthuy``) every nomination and submission operation (the decisions are theirs).
The token endpoint, the health probes and the calendar feeds (whose credential is a token in
the URL) run once, without a token. Each gets ``MAX_EXAMPLES``
cases per operation in the fuzzing phase (positive and negative); the admin and the officer also
get schemathesis' coverage phase (boundaries, missing and extra fields, wrong types, unexpected
methods), which derives its cases from the schema alone. ``test_stateful_workflows`` follows the
links between operations (create a conference → add a delegate → designate it …);
``test_without_a_valid_token_*`` sends every authenticated operation without a token and with a
forged one. Multipart and spreadsheet bodies are generated too; ``test_upload_*`` add hand-made
ones (JSON, CSV and XLSX imports, a PDF upload and its download) through the same checks.

Which records the fuzzer may touch: generated path ids are random strings, so most requests
answer 404. To get past that, a fixed share of cases (chosen from a CRC of the generated values,
hence deterministic) is re-aimed at records this module creates for itself (``World``): plans,
conferences of xã Hương Thủy and of the district in those plans, delegates, a designation,
nominations and presentations in every state an action needs, an attachment, a commune, a block
and accounts — and every DELETE or state-changing action gets a fresh record of its own. GETs may
also read the demo's records. A write never targets, nor references in its body, a record that
existed before the fuzzing started (a pre-existing unit may be named as the owner or parent of a
new record): ``World.guard`` asserts it on every case. That is why the runs can sign in as the
demo accounts themselves and still never deactivate, re-bind or change the password of any of
them, nor alter the demo's plan, units, blocks, conference, delegates, nominations or
submissions; ``test_fuzzing_changed_no_pre_existing_record_and_no_demo_account`` proves it.
"""

from __future__ import annotations

import copy
import csv
import io
import itertools
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import openpyxl
import pytest
import requests
import schemathesis
from hypothesis.errors import Flaky
from hypothesis.stateful import Bundle, initialize
from requests.structures import CaseInsensitiveDict
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from schemathesis.engine.errors import is_inconsistent_replay
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.support import DEMO_PASSWORD

pytestmark = pytest.mark.slow

CONTRACT = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"


def problem_status_is_the_http_status(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case[Any]
) -> None:
    """SPEC §5: an error is an RFC 9457 problem whose ``status`` member is the HTTP status.
    (Whether it is problem+json at all is content_type_conformance's business.)"""
    if response.status_code < 400 or not (response.headers.get("content-type") or [""])[0].endswith("json"):
        return
    body = response.json()
    assert isinstance(body, dict), f"HTTP {response.status_code} carries no problem object: {body!r}"
    assert body.get("status") == response.status_code, (
        f"HTTP {response.status_code} carries a problem with status {body.get('status')} (code {body.get('code')})"
    )


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    problem_status_is_the_http_status,
]

# A fixed seed and derandomized Hypothesis: the same cases on every run and every machine.
# MAX_EXAMPLES per operation and role in the fuzzing phase (positive and negative), on top of the
# schema-driven coverage phase (boundary values, missing/extra fields, wrong types).
MAX_EXAMPLES = 50
SCHEMATHESIS_CONFIG = f"""
seed = 187
suppress-health-check = ["too_slow", "filter_too_much", "data_too_large", "large_base_example"]

[generation]
max-examples = {MAX_EXAMPLES}
deterministic = true
database = "none"
"""

# role → (grant, username): every identity the fuzzer signs in as.
IDENTITIES = {
    "district_admin": ("password", "admin.huongkhe"),
    "officer": ("password", "canbo.huongthuy"),
    "reviewer": ("password", "hoidong.huongthuy"),
    "viewer": ("password", "sonoivu.hatinh"),
    "client": ("client_credentials", "tichhop.cong"),
}
OWN_PASSWORD = "Fuzz-owned-2024"  # the accounts the fuzz run creates for itself
# Answered without a token: fuzzed once. The calendar feeds take a secret token in their URL instead
# of a Bearer header (a calendar app sends none); an unknown or revoked one answers 404.
FEEDS = r"^/api/v1/calendar-feeds/"
PUBLIC = rf"^/(healthz|readyz|api/v1/auth/token)$|{FEEDS}"
REVIEWS = r"^/api/v1/(nominations|submissions)"  # the council reviewer's business
# Plan 187's members the throwaway plans do not copy: the derived ones, and its parent plan (a
# pre-existing record, which a write may not name).
PLAN_DERIVED = {"id", "edition_roman", "district_exemplary_seats", "created_at", "updated_at", "parent_plan_id"}
UNIT_REFERENCES = {"unit_id", "parent_id", "issuer_unit_id", "district_id"}  # body keys naming an owner/parent
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
schemathesis.serializer.alias(XLSX, "application/octet-stream")  # spreadsheets go as raw bytes
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

NO_RECORD = "00000000-0000-4000-8000-000000000000"  # an id no record has
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SERIAL = itertools.count(1)  # names of the throwaway records, unique within the session


def _canonical(value: object) -> str:
    """A text that depends on the value only (a bare repr of schemathesis' NOT_SET carries an address)."""
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{_canonical(k)}:{_canonical(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_canonical(v) for v in value) + "]"
    if value is None or isinstance(value, (str, bytes, int, float)):
        return repr(value)
    return type(value).__name__


def _crc(value: object) -> int:
    return zlib.crc32(_canonical(value).encode("utf-8", "surrogatepass"))


def _stable_order(records: dict[str, Any]) -> list[str]:
    """Ids in an order that does not depend on the ids (random) nor the instants (the seed
    writes many rows at one instant, which the lists then order by id)."""

    def key(item: tuple[str, Any]) -> str:
        fields = {
            k: v
            for k, v in (item[1] if isinstance(item[1], dict) else {}).items()
            if not (k == "id" or k.endswith("_at") or (isinstance(v, str) and UUID.match(v)))
        }
        return _canonical(fields)

    return [i for i, _ in sorted(records.items(), key=key)]


@dataclass
class World:
    """What the fuzz run starts from: its identities, the records it owns, the demo's records."""

    base_url: str
    headers: dict[str, dict[str, str]]  # role → Authorization header (signed in on the live server)
    ids: dict[str, str]  # name → id: the fuzz run's own records, and the demo units it builds on
    reads: dict[tuple[str, ...], list[tuple[str, ...]]]  # path parameter names → values GETs may use
    before: dict[str, dict[str, Any]]  # every pre-existing record, to compare after fuzzing
    protected: set[str]  # every id that existed before the fuzzing: never written to
    demo_units: set[str]  # pre-existing units: a new record may name one as its owner or parent
    plan_body: dict[str, Any]  # plan 187's parameters, for the throwaway plans
    http: requests.Session = field(default_factory=requests.Session)

    # --- the records the cases are aimed at -------------------------------------------------

    def post(self, path: str, role: str = "district_admin", **kwargs: Any) -> dict[str, Any]:
        r = self.http.post(f"{self.base_url}/api/v1/{path}", headers=self.headers[role], timeout=30, **kwargs)
        assert r.status_code in (200, 201), f"POST {path}: {r.status_code} {r.text}"
        out: dict[str, Any] = r.json()
        return out

    def fresh_plan(self) -> str:
        return str(self.post("plans", json=self.plan_body | {"code": f"{next(_SERIAL)}/KH-FUZZ-TAM"})["id"])

    def fresh_conference(self, *, populated: bool = False) -> str:
        """A conference of xã Hương Thủy in a plan of its own — with a delegate, a nomination and a
        presentation when ``populated`` (what a DELETE meets in practice)."""
        plan = self.fresh_plan()
        cid = self.conference(self.ids["huong_thuy"], plan)
        if populated:
            delegate = self.delegate(cid)
            self.nomination(cid, delegate=delegate)
            self.post("submissions", role="officer", json=self._presentation(plan, cid, delegate))
        return cid

    def conference(self, unit: str, plan: str, held_on: str = "2025-03-15") -> str:
        body = {
            "unit_id": unit,
            "plan_id": plan,
            "form": "advanced_exemplars",
            "held_on": held_on,
            "session": "morning",
            "place": "Hương Khê",
        }
        return str(self.post("conferences", json=body)["id"])

    def delegate(self, conference: str | None = None) -> str:
        cid = conference or self.ids["conference"]
        body = {"full_name": f"Đại biểu thử {next(_SERIAL)}", "category": "exemplar", "gender": "female"}
        return str(self.post(f"conferences/{cid}/delegates", json=body)["id"])

    def designation(self) -> str:
        """A fresh exemplary delegate of the run's conference, sent to the district conference."""
        body = {"delegate_id": self.delegate()}
        return str(self.post(f"conferences/{self.ids['conference']}/designations", json=body)["id"])

    def nomination(self, conference: str | None = None, *, submitted: bool = False, delegate: str | None = None) -> str:
        """A nomination proposed (and submitted) by the unit officer, so the admin and the
        reviewer may decide it (X3: never the submitter)."""
        body = {
            "conference_id": conference or self.ids["conference"],
            "nominee_kind": "collective",
            "nominee_name": f"Tập thể thử {next(_SERIAL)}",
            "honour": "district_certificate",
            "basis": "merit",
        }
        if delegate:
            body |= {"nominee_kind": "individual", "rank": "worker", "delegate_id": delegate}
        nid = str(self.post("nominations", role="officer", json=body)["id"])
        if submitted:
            self.post(f"nominations/{nid}/submit", role="officer")
        return nid

    def _presentation(self, plan: str, conference: str, presenter: str | None = None) -> dict[str, Any]:
        body = {"kind": "presentation", "plan_id": plan, "conference_id": conference, "text": "Tham luận thử"}
        return body | ({"presenter_delegate_id": presenter} if presenter else {})

    def presentation(self, *, submitted: bool = False) -> str:
        """A presentation written (and submitted) by the unit officer."""
        body = self._presentation(self.ids["plan"], self.ids["conference"], self.ids["delegate"])
        sid = str(self.post("submissions", role="officer", json=body)["id"])
        if submitted:
            self.post(f"submissions/{sid}/submit", role="officer")
        return sid

    def approved_programme(self, conference: str, plan: str) -> None:
        """P1 — xã Hương Thủy, the pilot, sends the conference's programme; the district admin approves it
        (so that finalize has its 200 path until a change sends the programme back)."""
        body = {"kind": "programme", "plan_id": plan, "conference_id": conference, "content": {"text": "Chương trình"}}
        sid = str(self.post("submissions", role="officer", json=body)["id"])
        self.post(f"submissions/{sid}/submit", role="officer")
        self.post(f"submissions/{sid}/approve")

    def attachment(self) -> str:
        files = {"file": (f"thu-{next(_SERIAL)}.pdf", PDF, "application/pdf")}
        return str(self.post(f"submissions/{self.ids['submission']}/attachments", role="officer", files=files)["id"])

    def activity(self) -> str:
        """M1 — a communication activity of xã Hương Thủy in the run's plan, with a link."""
        body = {
            "plan_id": self.ids["plan"],
            "kind": "article",
            "title": f"Bài viết thử {next(_SERIAL)}",
            "channel": "Cổng thông tin",
            "occurred_on": "2025-03-01",
            "link": "https://example.invalid/bai-viet",
        }
        return str(self.post("communication-activities", role="officer", json=body)["id"])

    def activity_attachment(self) -> str:
        files = {"file": (f"thu-{next(_SERIAL)}.pdf", PDF, "application/pdf")}
        path = f"communication-activities/{self.ids['activity']}/attachments"
        return str(self.post(path, role="officer", files=files)["id"])

    def budget_estimate(self) -> None:
        """B1 — version 1 of the run's conference's estimate (the versions' GETs have a 200 path)."""
        body = {
            "funding_source": "Ngân sách xã",
            "lines": [{"category": "venue", "description": "Hội trường", "amount": 1}],
        }
        r = self.http.put(
            f"{self.base_url}/api/v1/conferences/{self.ids['conference']}/budget-estimate",
            json=body,
            headers=self.headers["officer"],
            timeout=30,
        )
        assert r.status_code in (200, 201), r.text

    def calendar_token(self) -> dict[str, Any]:
        """A calendar feed token of the district admin's (its id, and the secret of its feed URLs)."""
        return self.post("me/calendar-tokens")

    def block(self) -> str:
        return str(self.post("emulation-blocks", json={"name": f"Khối thử xóa {next(_SERIAL)}"})["id"])

    def webhook(self) -> str:
        """F2 — a subscription of the district admin's (a public address literal: no DNS lookup;
        the live server runs no delivery worker)."""
        body = {"url": "https://93.184.215.14/hooks/fuzz", "event_types": ["unit.created"]}
        return str(self.post("webhooks", json=body)["id"])

    def agenda_items(self) -> list[dict[str, Any]]:
        """The current agenda of the fuzz run's conference, as a PUT body's items."""
        r = self.http.get(
            f"{self.base_url}/api/v1/conferences/{self.ids['conference_edit']}/agenda",
            headers=self.headers["district_admin"],
            timeout=30,
        )
        assert r.status_code == 200, r.text
        return [
            {"key": i["key"], "start_time": i["start_time"]}
            | ({"presentation_ids": i["presentation_ids"]} if i.get("presentation_ids") else {})
            for i in r.json()["items"]
        ]

    # --- the guard ------------------------------------------------------------------------------

    def guard(self, case: Case[Any]) -> None:
        """A write never touches a pre-existing record: not by its path, not by its body."""
        if case.method.upper() in ("GET", "HEAD"):
            return
        touched = {str(v) for v in (case.path_parameters or {}).values()} & self.protected
        assert not touched, f"the fuzzer must not write to pre-existing records: {case.method} {case.path} {touched}"
        named = {
            value
            for key, value in _strings(case.body)
            if value in self.protected and not (key in UNIT_REFERENCES and value in self.demo_units)
        }
        assert not named, f"the fuzzer must not reference pre-existing records: {case.method} {case.path} {named}"


def _strings(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, value) of every string in a JSON-like body, at any depth."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, str(k))
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v, key)


# --- aiming -------------------------------------------------------------------------------------
#
# A case's bucket (0, 1, 2) comes from a CRC of its generated path parameters (or body): 0 keeps
# the generated values (the unknown-id and validation paths), 1 and 2 re-aim the case. Reads go to
# the fuzz run's main record (1) or to any readable record, the demo's included (2); writes go to
# the record named in ``MAIN`` or to a fresh one (``WRITES``).

Aim = Callable[[World, Case[Any], int], None]

# Path parameter names → world ids: the record a re-aimed case addresses by default.
MAIN: dict[tuple[str, ...], tuple[str, ...]] = {
    ("plan_id",): ("plan_edit",),
    ("unit_id",): ("unit",),
    ("block_id",): ("block",),
    ("user_id",): ("user",),
    ("conference_id",): ("conference",),
    ("conference_id", "delegate_id"): ("conference", "delegate"),
    ("conference_id", "designation_id"): ("conference", "designation"),
    ("nomination_id",): ("nomination",),
    ("submission_id",): ("submission",),
    ("submission_id", "attachment_id"): ("submission", "attachment"),
    ("submission_id", "number"): ("submission", "1"),
    ("conference_id", "number"): ("conference", "1"),
    ("activity_id",): ("activity",),
    ("activity_id", "attachment_id"): ("activity", "activity_attachment"),
    ("movement_id",): ("movement",),
    ("registration_id",): ("registration",),
    ("decision_id",): ("decision",),
    ("token_id",): ("calendar_token",),
    ("webhook_id",): ("webhook",),
    ("plan_id", "token"): ("plan", "feed_token"),
    ("token", "unit_id"): ("feed_token", "huong_thuy"),
}
# Operations whose re-aimed cases address another of the fuzz run's records than MAIN's.
MAIN_OF = {
    "PATCH /api/v1/conferences/{conference_id}": ("conference_edit",),
    "PUT /api/v1/conferences/{conference_id}/agenda": ("conference_edit",),
    "POST /api/v1/conferences/{conference_id}/finalize": ("conference_edit",),
    "POST /api/v1/conferences/{conference_id}/reopen": ("conference_edit",),
    "GET /api/v1/conferences/{conference_id}/allocations": ("district_conference",),
    "PUT /api/v1/conferences/{conference_id}/allocations": ("district_edit",),
    "PATCH /api/v1/conferences/{conference_id}/delegates/{delegate_id}": ("conference", "delegate_edit"),
    "GET /api/v1/plans/{plan_id}/unit-plan-status": ("plan",),
    "GET /api/v1/plans/{plan_id}/areas": ("plan",),
}
# Query parameters GETs filter on → the kind of record (a key of World.reads).
QUERY = {
    "plan_id": ("plan_id",),
    "issuer_unit_id": ("unit_id",),
    "unit_id": ("unit_id",),
    "parent_id": ("unit_id",),
    "district_id": ("unit_id",),
    "block_id": ("block_id",),
    "conference_id": ("conference_id",),
    "actor_id": ("user_id",),
    "entity_id": ("conference_id",),
}


def _path(case: Case[Any], **values: str) -> None:
    for name, value in values.items():
        case.path_parameters[name] = value


def _body(case: Case[Any], only_present: bool = True, **values: Any) -> None:
    """Set body fields (those the generated body has, unless ``only_present`` is false)."""
    if isinstance(case.body, dict):
        for name, value in values.items():
            if name in case.body or not only_present:
                case.body[name] = value


REFUSED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # what Q1 refuses in text


def _tidy(case: Case[Any]) -> None:
    """Make a generated body's top-level text acceptable (Q1: no control characters, not blank;
    Q2: no made-up national ID or phone), so that the case reaches the rules behind validation.
    Bucket 0 and the coverage phase keep the raw values."""
    if not isinstance(case.body, dict):
        return
    for key, value in list(case.body.items()):
        if key in ("national_id", "phone"):
            case.body[key] = None
        elif isinstance(value, str) and key != "password":
            cleaned = REFUSED.sub("", value)
            case.body[key] = cleaned if cleaned.strip() else f"Thử {next(_SERIAL)}"


def _create_conference(w: World, case: Case[Any], bucket: int) -> None:
    """1: xã Hương Thủy in a fresh plan, on a date inside its window (the 201 path); 2: the
    district in the run's own plan (its conference exists: 409, or a rule's 422)."""
    if bucket == 1:
        _body(case, plan_id=w.fresh_plan(), unit_id=w.ids["huong_thuy"])
        if isinstance(case.body, dict) and isinstance(case.body.get("held_on"), str):
            case.body["held_on"] = "2025-03-10"
    else:
        _body(case, plan_id=w.ids["plan"], unit_id=w.ids["district"])


def _create_submission(w: World, case: Case[Any], bucket: int) -> None:
    """1: a presentation of xã Hương Thủy (the 201 path); 2: whatever kind was generated, in the
    run's own plan (a second unit plan or report of a unit: 409)."""
    _body(case, plan_id=w.ids["plan"], conference_id=w.ids["conference"])
    if isinstance(case.body, dict) and case.body.get("presenter_delegate_id") is not None:
        case.body["presenter_delegate_id"] = w.ids["delegate"]
    if bucket == 1:
        presentation = {"kind": "presentation", "unit_id": w.ids["huong_thuy"], "sections": None, "figures": None}
        _body(case, only_present=False, **presentation)


def _create_plan(w: World, case: Case[Any], bucket: int) -> None:
    """1: plan 187's parameters under the generated code and title (the 201 path); 2: the
    generated parameters, issued by the demo district."""
    _body(case, issuer_unit_id=w.ids["district"])
    if bucket == 1 and isinstance(case.body, dict):
        named = {k: v for k, v in case.body.items() if k in ("code", "title") and isinstance(v, str)}
        case.body.clear()
        case.body.update(w.plan_body | named)


def _create_unit(w: World, case: Case[Any], bucket: int) -> None:
    """1: a commune of the demo district under the generated name (the 201 path); 2: the
    generated unit, under xã Hương Thủy."""
    if bucket == 1:
        _body(case, only_present=False, kind="commune", headcount=10, parent_id=w.ids["district"])
    else:
        _body(case, parent_id=w.ids["huong_thuy"])


def _create_user(w: World, case: Case[Any], bucket: int) -> None:
    """1: an officer of xã Hương Thủy with an acceptable password (the 201 path); 2: the
    generated role and password, bound to the run's own commune."""
    _body(case, unit_id=w.ids["unit"])
    if bucket == 1:
        officer = {"role": "unit_officer", "unit_id": w.ids["huong_thuy"], "password": OWN_PASSWORD, "scopes": []}
        _body(case, only_present=False, **officer)


def _create_nomination(w: World, case: Case[Any], bucket: int) -> None:
    """1: a collective at the run's conference (the 201 path); 2: the generated nominee, there,
    named after the run's delegate."""
    _body(case, conference_id=w.ids["conference"], delegate_id=w.ids["delegate"] if bucket == 2 else None)
    if bucket == 1:
        collective = {"nominee_kind": "collective", "rank": None, "works_directly": None, "birth_date": None}
        _body(case, only_present=False, national_id=None, **collective)


def _allocations(w: World, case: Case[Any], bucket: int) -> None:
    _path(case, conference_id=w.ids["district_edit"])
    if bucket == 2 and isinstance(case.body, dict) and isinstance(case.body.get("items"), list):
        for item in case.body["items"]:
            if isinstance(item, dict) and "unit_id" in item:
                item["unit_id"] = w.ids["huong_thuy"]


def _agenda(w: World, case: Case[Any], bucket: int) -> None:
    _path(case, conference_id=w.ids["conference_edit"])
    if bucket == 2 and isinstance(case.body, dict):
        case.body["items"] = w.agenda_items()


def _token(w: World, case: Case[Any], bucket: int) -> None:
    """1: the run's own officer account; 2: its own integration client (never a demo account:
    a wrong password there would count towards its lock-out)."""
    if not isinstance(case.body, dict):
        return
    if bucket == 1:
        case.body |= {"grant_type": "password", "username": "fuzz.login", "password": OWN_PASSWORD}
    else:
        case.body |= {"grant_type": "client_credentials", "client_id": "fuzz.client", "client_secret": OWN_PASSWORD}
        for key in ("username", "password"):
            case.body.pop(key, None)


def _designate(w: World, case: Case[Any], bucket: int) -> None:
    _path(case, conference_id=w.ids["conference"])
    _body(case, delegate_id=w.delegate())


WRITES: dict[str, Aim] = {
    "POST /api/v1/auth/token": _token,
    "POST /api/v1/plans": _create_plan,
    "POST /api/v1/units": _create_unit,
    "POST /api/v1/users": _create_user,
    "DELETE /api/v1/emulation-blocks/{block_id}": lambda w, c, b: _path(c, block_id=w.block()),
    "POST /api/v1/conferences": _create_conference,
    "DELETE /api/v1/conferences/{conference_id}": lambda w, c, b: _path(
        c, conference_id=w.fresh_conference(populated=b == 2)
    ),
    "PUT /api/v1/conferences/{conference_id}/agenda": _agenda,
    "PUT /api/v1/conferences/{conference_id}/allocations": _allocations,
    "DELETE /api/v1/conferences/{conference_id}/delegates/{delegate_id}": lambda w, c, b: _path(
        c, conference_id=w.ids["conference"], delegate_id=w.delegate()
    ),
    "POST /api/v1/conferences/{conference_id}/designations": _designate,
    "DELETE /api/v1/conferences/{conference_id}/designations/{designation_id}": lambda w, c, b: _path(
        c, conference_id=w.ids["conference"], designation_id=w.designation()
    ),
    "POST /api/v1/nominations": _create_nomination,
    "POST /api/v1/nominations/{nomination_id}/submit": lambda w, c, b: _path(c, nomination_id=w.nomination()),
    "POST /api/v1/nominations/{nomination_id}/approve": lambda w, c, b: _path(
        c, nomination_id=w.nomination(submitted=True)
    ),
    "POST /api/v1/nominations/{nomination_id}/reject": lambda w, c, b: _path(
        c, nomination_id=w.nomination(submitted=True)
    ),
    "POST /api/v1/nominations/{nomination_id}/return": lambda w, c, b: _path(
        c, nomination_id=w.nomination(submitted=True)
    ),
    "POST /api/v1/nominations/{nomination_id}/withdraw": lambda w, c, b: _path(
        c, nomination_id=w.nomination(submitted=b == 2)
    ),
    "POST /api/v1/submissions": _create_submission,
    "POST /api/v1/submissions/{submission_id}/submit": lambda w, c, b: _path(c, submission_id=w.presentation()),
    "POST /api/v1/submissions/{submission_id}/approve": lambda w, c, b: _path(
        c, submission_id=w.presentation(submitted=True)
    ),
    "POST /api/v1/submissions/{submission_id}/request-changes": lambda w, c, b: _path(
        c, submission_id=w.presentation(submitted=True)
    ),
    "DELETE /api/v1/submissions/{submission_id}/attachments/{attachment_id}": lambda w, c, b: _path(
        c, submission_id=w.ids["submission"], attachment_id=w.attachment()
    ),
    "DELETE /api/v1/communication-activities/{activity_id}": lambda w, c, b: _path(c, activity_id=w.activity()),
    "DELETE /api/v1/me/calendar-tokens/{token_id}": lambda w, c, b: _path(c, token_id=str(w.calendar_token()["id"])),
    "DELETE /api/v1/webhooks/{webhook_id}": lambda w, c, b: _path(c, webhook_id=w.webhook()),
    "DELETE /api/v1/communication-activities/{activity_id}/attachments/{attachment_id}": lambda w, c, b: _path(
        c, activity_id=w.ids["activity"], attachment_id=w.activity_attachment()
    ),
}


def aim(w: World, case: Case[Any]) -> None:
    """Re-aim a deterministic share of the generated cases at records the fuzzer may touch."""
    label = f"{case.method.upper()} {case.operation.path}"
    params = case.path_parameters or {}
    names = tuple(sorted(params, key=lambda n: (n != "conference_id" and n != "submission_id", n)))
    bucket_of = _crc(sorted(params.items())) if params else _crc(case.body)
    bucket, pick = bucket_of % 3, bucket_of // 3
    if case.method.upper() == "GET":
        if bucket and names:
            pool = [tuple(w.ids[n] for n in MAIN_OF.get(label, MAIN[names]))]
            if bucket == 2:
                pool = w.reads[names]
            _path(case, **dict(zip(names, pool[pick % len(pool)], strict=True)))
        for key in list(case.query or {}):
            if key in QUERY and _crc((key, case.query[key])) % 3:
                pool = w.reads[QUERY[key]]
                case.query[key] = pool[pick % len(pool)][0]
    elif bucket:
        if bucket == 1:
            _tidy(case)
        if label in WRITES:
            WRITES[label](w, case, bucket)
        elif names:
            _path(case, **{n: w.ids[i] for n, i in zip(names, MAIN_OF.get(label, MAIN[names]), strict=True)})
        if bucket == 1 or pick % 2:
            case.headers.pop("If-Match", None)  # a generated ETag is stale: 412 before the real path
    w.guard(case)


# --- the world ----------------------------------------------------------------------------------


def _records(
    client: httpx.Client, path: str, headers: dict[str, str], *, key: str = "id", refused_is_empty: bool = False
) -> dict[str, Any]:
    """Every record of a list endpoint the caller sees, by ``key`` (all pages); with
    ``refused_is_empty``, a list the caller may not read counts as empty."""
    records: dict[str, Any] = {}
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 500}
        if cursor:
            params["cursor"] = cursor
        r = client.get(f"/api/v1/{path}", params=params, headers=headers)
        if refused_is_empty and r.status_code != 200:
            return {}
        assert r.status_code == 200, f"{path}: {r.text}"
        body = r.json()
        records |= {str(item[key]): item for item in body["items"]}
        cursor = body["next_cursor"]
        if not cursor:
            return records


def _snapshot(
    client: httpx.Client, headers: dict[str, str], district: str, ids: dict[str, set[str]] | None = None
) -> dict[str, Any]:
    """Every record the district admin sees — registers, conferences (with the agendas,
    delegates and designations of its district's), nominations, submissions with their versions
    and attachments. Given ``ids`` (a previous snapshot's), the same records and nothing more:
    what the fuzz run created is not compared."""
    shot: dict[str, Any] = {
        kind: _records(client, kind, headers)
        for kind in ("plans", "units", "emulation-blocks", "users", "conferences", "nominations", "submissions")
    }
    if ids is not None:
        shot = {kind: {i: r for i, r in records.items() if i in ids[kind]} for kind, records in shot.items()}
    for cid in [i for i, c in shot["conferences"].items() if c["district_id"] == district]:
        shot[f"conferences/{cid}/delegates"] = _records(client, f"conferences/{cid}/delegates", headers)
        shot[f"conferences/{cid}/agenda"] = {
            cid: client.get(f"/api/v1/conferences/{cid}/agenda", headers=headers).json()
        }
        shot[f"conferences/{cid}/designations"] = _records(
            client, f"conferences/{cid}/designations", headers, refused_is_empty=True
        )
    for sid in list(shot["submissions"]):
        for part, key in (("versions", "number"), ("attachments", "id")):
            shot[f"submissions/{sid}/{part}"] = _records(client, f"submissions/{sid}/{part}", headers, key=key)
    return shot


def _login(client: httpx.Client, grant: str, username: str, password: str = DEMO_PASSWORD) -> dict[str, str]:
    if grant == "password":
        form = {"grant_type": "password", "username": username, "password": password}
    else:
        form = {"grant_type": "client_credentials", "client_id": username, "client_secret": password}
    r = client.post("/api/v1/auth/token", data=form)
    assert r.status_code == 200, f"{username}: {r.status_code} {r.text}"
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="session")
def world(live_server: str) -> World:
    """Sign in on the live server, take a snapshot of the existing records, create the fuzz run's own."""
    with httpx.Client(base_url=live_server, timeout=30) as client:
        headers = {role: _login(client, grant, username) for role, (grant, username) in IDENTITIES.items()}
        admin = headers["district_admin"]
        district = client.get("/api/v1/me", headers=admin).json()["district_id"]
        before = _snapshot(client, admin, district)
        me = client.get("/api/v1/me", headers=headers["officer"]).json()
        plan_187 = next(p for p in before["plans"].values() if p["code"] == "187/KH-UBND")
        plan_body = {k: v for k, v in plan_187.items() if k not in PLAN_DERIVED}
        viewer_id = str(client.get("/api/v1/me", headers=headers["viewer"]).json()["id"])
    protected = {i for records in before.values() for i in records if UUID.match(i)}
    w = World(
        base_url=live_server,
        headers=headers,
        ids={"district": district, "huong_thuy": me["unit_id"], "1": "1"},
        reads={},
        before=before,
        protected=protected,
        demo_units=set(before["units"]),
        plan_body=plan_body,
    )
    w.http.trust_env = False  # straight to 127.0.0.1, whatever proxy the environment names
    ids = w.ids
    # The registers: a plan the fuzzer may PATCH, a plan the run's conferences live in, a commune,
    # a block, an account to PATCH, and two accounts that only ever sign in (the token endpoint).
    ids["plan_edit"] = str(w.post("plans", json=plan_body | {"code": "999/KH-FUZZ"})["id"])
    ids["plan"] = str(w.post("plans", json=plan_body | {"code": "998/KH-FUZZ"})["id"])
    unit_body = {"name": "xã Thử Nghiệm Fuzz", "kind": "commune", "headcount": 12, "parent_id": district}
    ids["unit"] = str(w.post("units", json=unit_body)["id"])
    ids["block"] = str(w.post("emulation-blocks", json={"name": "Cụm thi đua thử nghiệm fuzz"})["id"])
    account = {"full_name": "Tài khoản thử nghiệm", "password": OWN_PASSWORD}
    officer = account | {"role": "unit_officer", "unit_id": ids["unit"]}
    ids["user"] = str(w.post("users", json=officer | {"username": "fuzz.officer"})["id"])
    w.post("users", json=officer | {"username": "fuzz.login", "unit_id": ids["huong_thuy"]})
    client_account = account | {"role": "integration_client", "unit_id": district, "scopes": ["read"]}
    w.post("users", json=client_account | {"username": "fuzz.client"})
    # Conferences of xã Hương Thủy and of the district, in both plans: delegates, a designation,
    # nominations, presentations and an attachment hang off the first; the fuzzer PATCHes,
    # finalizes and reopens the second, and PUTs the allocations of the last.
    ids["conference"] = w.conference(ids["huong_thuy"], ids["plan"])
    ids["district_conference"] = w.conference(district, ids["plan"], held_on="2025-06-15")
    ids["conference_edit"] = w.conference(ids["huong_thuy"], ids["plan_edit"])
    w.approved_programme(ids["conference_edit"], ids["plan_edit"])
    ids["district_edit"] = w.conference(district, ids["plan_edit"], held_on="2025-06-15")
    seats = {"items": [{"unit_id": ids["huong_thuy"], "seats": 200}]}
    r = w.http.put(
        f"{live_server}/api/v1/conferences/{ids['district_conference']}/allocations", json=seats, headers=admin
    )
    assert r.status_code == 200, r.text
    ids["delegate"] = w.delegate()  # presents the run's presentations: stays exemplary
    ids["delegate_edit"] = w.delegate()  # what PATCH /delegates/{id} changes
    ids["designation"] = w.designation()
    ids["nomination"] = w.nomination(delegate=ids["delegate"])
    ids["submission"] = w.presentation()
    ids["attachment"] = w.attachment()
    # Issue 14's records: an activity with an attachment, a budget estimate (version 1), a movement of
    # the run's plan and xã Hương Thủy's registration for it.
    ids["activity"] = w.activity()
    ids["activity_attachment"] = w.activity_attachment()
    w.budget_estimate()
    movement = {"plan_id": ids["plan"], "kind": "movement", "name": "Phong trào thử nghiệm fuzz"}
    ids["movement"] = str(w.post("movements", json=movement)["id"])
    tally = {"collectives_total": 3, "collectives_registered": 2, "collectives_recognised": 1}
    tally |= {"individuals_total": 30, "individuals_registered": 20, "individuals_recognised": 10}
    registration = {"movement_id": ids["movement"]} | tally
    ids["registration"] = str(w.post("movement-registrations", role="officer", json=registration)["id"])
    # Issue 15's records: an award decision (D1) of the district admin's over a nomination the
    # admin approved, and a calendar feed token whose feeds the cases read (its id is never revoked:
    # each DELETE gets a fresh token).
    awarded = w.nomination(submitted=True)
    w.post(f"nominations/{awarded}/approve")
    decision = {
        "number": "1/QĐ-FUZZ",
        "decided_on": "2025-04-02",
        "signer_name": "Người ký thử",
        "signer_title": "Chủ tịch UBND huyện",
        "honour": "district_certificate",
        "nomination_ids": [awarded],
    }
    ids["decision"] = str(w.post("award-decisions", json=decision)["id"])
    feed = w.calendar_token()
    ids["calendar_token"], ids["feed_token"] = str(feed["id"]), str(feed["token"])
    ids["webhook"] = w.webhook()  # F2
    # What GETs may read besides: the demo's records (the first few of each kind) and the run's.
    conferences = [k.split("/")[1] for k, v in sorted(before.items()) if k.endswith("/delegates") and v]
    demo_conference = min(conferences, key=lambda c: _canonical(before["conferences"][c]["unit_name"]), default=None)
    demo_delegates = _stable_order(before.get(f"conferences/{demo_conference}/delegates", {}))[:5]
    first = {kind: _stable_order(records) for kind, records in before.items()}
    w.reads = {
        ("plan_id",): [(i,) for i in [*first["plans"][:5], ids["plan"], ids["plan_edit"]]],
        ("unit_id",): [(i,) for i in [*first["units"][:10], ids["huong_thuy"], ids["unit"]]],
        ("block_id",): [(i,) for i in [*first["emulation-blocks"], ids["block"]]],
        ("user_id",): [(i,) for i in [*first["users"], ids["user"], viewer_id]],
        ("conference_id",): [(i,) for i in [*first["conferences"][:5], ids["conference"], ids["district_conference"]]],
        ("conference_id", "delegate_id"): [(demo_conference, d) for d in demo_delegates]
        + [(ids["conference"], ids["delegate"])],
        ("nomination_id",): [(i,) for i in [*first["nominations"][:5], ids["nomination"]]],
        ("submission_id",): [(i,) for i in [*first["submissions"][:5], ids["submission"]]],
        ("submission_id", "attachment_id"): [(ids["submission"], ids["attachment"])],
        ("submission_id", "number"): [(i, "1") for i in [*first["submissions"][:5], ids["submission"]]],
        ("conference_id", "number"): [(ids["conference"], "1")],
        ("activity_id",): [(ids["activity"],)],
        ("activity_id", "attachment_id"): [(ids["activity"], ids["activity_attachment"])],
        ("movement_id",): [(ids["movement"],)],
        ("registration_id",): [(ids["registration"],)],
        ("decision_id",): [(ids["decision"],)],
        ("webhook_id",): [(ids["webhook"],)],
        ("plan_id", "token"): [(i, ids["feed_token"]) for i in [*first["plans"][:5], ids["plan"]]],
        ("token", "unit_id"): [(ids["feed_token"], i) for i in [*first["units"][:10], ids["huong_thuy"]]],
    }
    return w


@dataclass
class Fuzzer:
    """One identity the fuzzer signs in as, over its own HTTP session."""

    role: str
    world: World
    http: requests.Session = field(default_factory=requests.Session)

    def exercise(self, case: Case[Any]) -> None:
        """Aim, send and check one case. The case is aimed on copies of its parts and given back
        its generated values afterwards: Hypothesis may run a case again (and cases may share
        parts), and the aim must then be the same."""
        generated = (case.path_parameters, case.query, case.body, case.headers)
        case.path_parameters = dict(case.path_parameters or {})
        case.query = dict(case.query or {})
        case.body = copy.deepcopy(case.body)
        case.headers = CaseInsensitiveDict(case.headers or {})
        try:
            aim(self.world, case)
            headers = self.world.headers.get(self.role, {})
            response = case.call(base_url=self.world.base_url, headers=headers, session=self.http)
            if response.status_code >= 500:
                self.http.close()  # the server may drop the connection after a 500: start afresh
            case.validate_response(response, checks=CHECKS)
        finally:
            case.path_parameters, case.query, case.body, case.headers = generated


def _fuzzer(role: str, world: World) -> Fuzzer:
    fuzzer = Fuzzer(role=role, world=world)
    fuzzer.http.trust_env = False
    return fuzzer


@pytest.fixture(scope="session")
def as_district_admin(world: World) -> Fuzzer:
    """admin.huongkhe, bound to the demo district (the module docstring says what it may write)."""
    return _fuzzer("district_admin", world)


@pytest.fixture(scope="session")
def as_officer(world: World) -> Fuzzer:
    """canbo.huongthuy: writes xã Hương Thủy's records only; the rest is 403 or 404 (X2)."""
    return _fuzzer("officer", world)


@pytest.fixture(scope="session")
def as_reviewer(world: World) -> Fuzzer:
    """hoidong.huongthuy: decides xã Hương Thủy's nominations and presentations (X3)."""
    return _fuzzer("reviewer", world)


@pytest.fixture(scope="session")
def as_province_viewer(world: World) -> Fuzzer:
    """sonoivu.hatinh: reads everything."""
    return _fuzzer("viewer", world)


@pytest.fixture(scope="session")
def as_integration_client(world: World) -> Fuzzer:
    """tichhop.cong (client_credentials, scopes read write), bound to the demo district."""
    return _fuzzer("client", world)


@pytest.fixture(scope="session")
def anonymous(world: World) -> Fuzzer:
    """No token: the token endpoint and the health probes."""
    return _fuzzer("anonymous", world)


def _load_contract(*, coverage: bool) -> schemathesis.BaseSchema:
    """The committed contract (byte-equal to what the server serves: see test_openapi_contract),
    with or without the coverage phase."""
    extra = "" if coverage else "\n[phases.coverage]\nenabled = false\n"
    config = schemathesis.Config.from_str(SCHEMATHESIS_CONFIG + extra)
    return schemathesis.openapi.from_path(CONTRACT, config=config)


# Loaded eagerly at import: the pytest plugin then makes one test item per operation. (The lazy
# ``schemathesis.pytest.from_fixture`` loader of schemathesis 4.32 breaks on pytest 9.2, whose
# nodes no longer have ``_nodeid``.) The live server's URL is given per call. The coverage phase
# derives its cases from the schema alone (boundaries, missing and extra fields, wrong types), so
# it runs for the two identities that reach every operation; the other roles get the fuzzing
# phase, whose cases are re-aimed at records they may (or may not) reach.
schema = _load_contract(coverage=True)
fuzz_only = _load_contract(coverage=False)
authenticated = schema.exclude(path_regex=PUBLIC)
fuzzed = fuzz_only.exclude(path_regex=PUBLIC)


@authenticated.parametrize()
def test_fuzz_as_district_admin(case: Case[Any], as_district_admin: Fuzzer) -> None:
    as_district_admin.exercise(case)


@authenticated.parametrize()
def test_fuzz_as_officer(case: Case[Any], as_officer: Fuzzer) -> None:
    as_officer.exercise(case)


@fuzzed.include(method="GET").parametrize()
def test_fuzz_as_province_viewer(case: Case[Any], as_province_viewer: Fuzzer) -> None:
    as_province_viewer.exercise(case)


@fuzzed.include(path_regex=REVIEWS).parametrize()
def test_fuzz_as_reviewer(case: Case[Any], as_reviewer: Fuzzer) -> None:
    as_reviewer.exercise(case)


@fuzzed.parametrize()
def test_fuzz_as_integration_client(case: Case[Any], as_integration_client: Fuzzer) -> None:
    as_integration_client.exercise(case)


@schema.include(path_regex=PUBLIC).parametrize()
def test_fuzz_unauthenticated(case: Case[Any], anonymous: Fuzzer) -> None:
    anonymous.exercise(case)


# --- hand-made bodies: spreadsheets and files, through the same checks ---------------------------


def _operation(method: str, path: str) -> Any:
    return schema[path][method]


def _send(fuzzer: Fuzzer, method: str, path: str, **case: Any) -> schemathesis.Response:
    built = _operation(method, path).Case(**case)
    fuzzer.world.guard(built)
    response = built.call(
        base_url=fuzzer.world.base_url, headers=fuzzer.world.headers[fuzzer.role], session=fuzzer.http
    )
    built.validate_response(response, checks=CHECKS)
    return response


IMPORT = "/api/v1/conferences/{conference_id}/delegates/import"
HEADERS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Thành phần đại biểu"]


def _rows(prefix: str) -> list[list[object]]:
    return [[n, f"{prefix} {next(_SERIAL)}", "Nữ", "01/02/1980", "Chiến sĩ thi đua"] for n in (1, 2)]


def test_upload_delegates_as_json_array(as_officer: Fuzzer) -> None:
    cid = as_officer.world.ids["conference"]
    rows = [{"full_name": f"Đại biểu nhập {next(_SERIAL)}", "category": "hero"} for _ in range(3)]
    r = _send(
        as_officer, "POST", IMPORT, path_parameters={"conference_id": cid}, body=rows, media_type="application/json"
    )
    assert r.status_code == 200, r.text
    bad = [{"full_name": "", "category": "nobody"}]
    r = _send(
        as_officer, "POST", IMPORT, path_parameters={"conference_id": cid}, body=bad, media_type="application/json"
    )
    assert r.status_code == 422, r.text


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_upload_delegates_as_csv_and_xlsx(as_district_admin: Fuzzer) -> None:
    """The template's Vietnamese headers, as a CSV body, an XLSX body and an XLSX in the field ``file``."""
    text = io.StringIO()
    csv.writer(text).writerows([HEADERS, *_rows("Đại biểu CSV")])
    bodies = [
        (text.getvalue(), "text/csv"),
        (_xlsx([HEADERS, *_rows("Đại biểu XLSX")]), XLSX),
        ({"file": _xlsx([HEADERS, *_rows("Đại biểu tệp")])}, "multipart/form-data"),
    ]
    for body, media_type in bodies:
        params = {"conference_id": as_district_admin.world.ids["conference"]}
        r = _send(as_district_admin, "POST", IMPORT, path_parameters=params, body=body, media_type=media_type)
        assert r.status_code == 200, f"{media_type}: {r.text}"


ATTACHMENTS = "/api/v1/submissions/{submission_id}/attachments"


def test_upload_a_pdf_and_download_it(as_officer: Fuzzer) -> None:
    sid = as_officer.world.ids["submission"]
    r = _send(
        as_officer,
        "POST",
        ATTACHMENTS,
        path_parameters={"submission_id": sid},
        body={"file": PDF},
        media_type="multipart/form-data",
    )
    assert r.status_code == 201, r.text
    aid = r.json()["id"]
    r = _send(
        as_officer,
        "GET",
        ATTACHMENTS + "/{attachment_id}",
        path_parameters={"submission_id": sid, "attachment_id": aid},
    )
    assert r.status_code == 200
    assert r.content == PDF
    r = _send(
        as_officer,
        "POST",
        ATTACHMENTS,
        path_parameters={"submission_id": sid},
        body={"file": b"just some text"},
        media_type="multipart/form-data",
    )
    assert r.status_code == 415, r.text
    r = _send(
        as_officer,
        "DELETE",
        ATTACHMENTS + "/{attachment_id}",
        path_parameters={"submission_id": sid, "attachment_id": aid},
    )
    assert r.status_code == 204, r.text


# --- without a (valid) token: every authenticated operation answers a documented 401 -------------

ANONYMOUS_CALLS = [
    (result.ok().method.upper(), result.ok().path)
    for result in schema.exclude(path_regex=PUBLIC).get_all_operations()
    if isinstance(result, Ok)
]


@pytest.mark.parametrize(("method", "path"), ANONYMOUS_CALLS, ids=[f"{m} {p}" for m, p in ANONYMOUS_CALLS])
def test_without_a_valid_token_every_operation_answers_401(method: str, path: str, anonymous: Fuzzer) -> None:
    operation = _operation(method, path)
    params = {p.name: 1 if p.name == "number" else NO_RECORD for p in operation.path_parameters}
    for token in ({}, {"Authorization": "Bearer not-a-token"}):
        case = operation.Case(path_parameters=params)
        response = case.call(base_url=anonymous.world.base_url, headers=token, session=anonymous.http)
        case.validate_response(response, checks=CHECKS)
        assert response.status_code == 401, f"{method} {path} with {token or 'no token'}: {response.status_code}"


FEED_CALLS = [
    (result.ok().method.upper(), result.ok().path)
    for result in schema.include(path_regex=FEEDS).get_all_operations()
    if isinstance(result, Ok)
]


@pytest.mark.parametrize(("method", "path"), FEED_CALLS, ids=[f"{m} {p}" for m, p in FEED_CALLS])
def test_a_calendar_feed_with_a_made_up_token_answers_404(method: str, path: str, anonymous: Fuzzer) -> None:
    """The feeds are public by design (a secret token in the URL): a made-up token opens nothing,
    with or without a Bearer header; the run's own token opens the run's plan and commune."""
    assert FEED_CALLS, "the contract has calendar feeds"
    operation = _operation(method, path)
    w = anonymous.world
    real = {"plan_id": w.ids["plan"], "unit_id": w.ids["huong_thuy"]}
    made_up = {p.name: "not-a-feed-token" if p.name == "token" else real[p.name] for p in operation.path_parameters}
    for token in ({}, {"Authorization": "Bearer not-a-token"}, w.headers["district_admin"]):
        case = operation.Case(path_parameters=made_up)
        response = case.call(base_url=w.base_url, headers=token, session=anonymous.http)
        case.validate_response(response, checks=CHECKS)
        assert response.status_code == 404, f"{method} {path} with {token or 'no token'}: {response.status_code}"
    case = operation.Case(path_parameters=made_up | {"token": w.ids["feed_token"]})
    response = case.call(base_url=w.base_url, session=anonymous.http)
    case.validate_response(response, checks=CHECKS)
    assert response.status_code == 200, f"{method} {path} with the run's token: {response.status_code}"


# --- stateful: chains of calls along the contract's links ----------------------------------------
#
# schemathesis 4.32 follows the links the contract declares and, on top, links it infers from the
# schemas (a response's ``id`` feeding the path parameters of the same resource's operations, a
# list's ``items/*/id`` likewise): create a conference → add a delegate → update, designate or
# delete it; create a nomination → submit → approve; create a presentation → upload an attachment
# → download it. Run over the conference, nomination and submission operations as the district
# admin and as the unit officer. Each step is steered before it is sent: an id that no earlier
# response of the scenario produced (a scenario's first step has random ids) is re-aimed like a
# fuzzed case, so chains start from real records; a write that would address a pre-existing
# record — or one the fuzz run's other cases rely on — goes to a fresh or dedicated record; and a
# body naming a pre-existing record (other than a unit as owner or parent) names no record.

WORKFLOWS = r"^/api/v1/(plans|units|conferences|nominations|submissions)"
SCENARIOS = 25  # scenarios per identity
STEPS = 10  # at most this many calls per scenario
STATEFUL_CONFIG = """
[phases.stateful.generation]
mode = "positive"
"""


def _scrub(w: World, value: Any, key: str = "") -> Any:
    if isinstance(value, str):
        named = value in w.protected and not (key in UNIT_REFERENCES and value in w.demo_units)
        return NO_RECORD if named else value
    if isinstance(value, dict):
        return {k: _scrub(w, v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(w, v, key) for v in value]
    return value


def steer(w: World, case: Case[Any], seen: set[str]) -> None:
    """Keep a linked step on records that exist and that the fuzzer may change."""
    label = f"{case.method.upper()} {case.operation.path}"
    params = case.path_parameters or {}
    names = tuple(sorted(params, key=lambda n: (n != "conference_id" and n != "submission_id", n)))
    values = {str(v) for n, v in params.items() if n.endswith("_id")}
    writes = case.method.upper() not in ("GET", "HEAD")
    unknown = bool(values - seen)
    if unknown or (writes and values & (w.protected | set(w.ids.values()))):
        if writes and label in WRITES:
            WRITES[label](w, case, 1)
        elif names:
            _path(case, **{n: w.ids[i] for n, i in zip(names, MAIN_OF.get(label, MAIN[names]), strict=True)})
    elif writes and not params and label in WRITES:
        WRITES[label](w, case, 1)  # a creation: into the fuzz run's own records
    if writes and isinstance(case.body, (dict, list)):
        case.body = _scrub(w, case.body)
    w.guard(case)


def _ids(value: Any) -> Iterator[str]:
    for _, text in _strings(value):
        if UUID.match(text):
            yield text


def _stateful_schema() -> schemathesis.BaseSchema:
    """A copy of the contract of its own (link inference writes the links it infers into it)."""
    config = schemathesis.Config.from_str(SCHEMATHESIS_CONFIG + STATEFUL_CONFIG)
    return schemathesis.openapi.from_path(CONTRACT, config=config).include(path_regex=WORKFLOWS)


class Workflows(_stateful_schema().as_state_machine()):  # type: ignore[misc]
    fuzzer: Fuzzer
    failures: list[str]  # the failing steps' reports, as schemathesis wrote them
    scenarios: int  # scenarios run to their end

    def setup(self) -> None:
        self.seen: set[str] = set()

    # Every scenario starts from a conference, a nomination and a presentation of its own: the
    # roots schemathesis picks by itself are mostly actions on random ids (404 and nothing to link).
    def _create(self, path: str, body: dict[str, Any]) -> StepOutput:
        case = self.schema[path]["POST"].Case(body=body, media_type="application/json")
        self.recorder.record_case(case=case)
        return self.step(StepInput.initial(case))

    @initialize(target=Bundle("catch_all"))
    def a_conference(self) -> StepOutput:
        body = {"unit_id": NO_RECORD, "plan_id": NO_RECORD, "form": "advanced_exemplars", "held_on": "2025-03-12"}
        return self._create("/api/v1/conferences", body | {"session": "afternoon", "place": "Hương Thủy"})

    @initialize(target=Bundle("catch_all"))
    def a_nomination(self) -> StepOutput:
        body = {"conference_id": NO_RECORD, "nominee_kind": "collective", "nominee_name": f"Tổ thử {next(_SERIAL)}"}
        return self._create("/api/v1/nominations", body | {"honour": "conference_honoured", "basis": "thematic"})

    @initialize(target=Bundle("catch_all"))
    def a_presentation(self) -> StepOutput:
        body = {"kind": "presentation", "plan_id": NO_RECORD, "conference_id": NO_RECORD, "text": "Tham luận"}
        return self._create("/api/v1/submissions", body)

    def teardown(self) -> None:
        type(self).scenarios += 1
        super().teardown()

    def before_call(self, case: Case[Any]) -> None:
        steer(self.fuzzer.world, case, self.seen)

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        world = self.fuzzer.world
        return {"base_url": world.base_url, "headers": world.headers[self.fuzzer.role], "session": self.fuzzer.http}

    def after_call(self, response: schemathesis.Response, case: Case[Any]) -> None:
        super().after_call(response, case)
        if response.status_code >= 500:
            self.fuzzer.http.close()
        elif "json" in (response.headers.get("content-type") or [""])[0]:
            self.seen.update(_ids(response.json()))

    def validate_response(
        self, response: schemathesis.Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
    ) -> None:
        try:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs or None, recorder=self.recorder)
        except FailureGroup as exc:
            type(self).failures.append(str(exc))
            raise


@pytest.mark.parametrize("role", ["district_admin", "officer"])
def test_stateful_workflows(role: str, world: World) -> None:
    """SCENARIOS scenarios of up to STEPS linked calls each. As in schemathesis' own runner, a
    scenario is not shrunk, and a suite that Hypothesis stops as flaky (a replayed prefix meets a
    server whose records have moved on) is followed by the next one, with the next fixed seed."""
    Workflows.fuzzer = _fuzzer(role, world)
    Workflows.failures, Workflows.scenarios = [], 0
    for suite in range(10):
        settings = hypothesis.settings(
            max_examples=SCENARIOS - Workflows.scenarios,
            stateful_step_count=STEPS,
            phases=[hypothesis.Phase.generate],
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
        try:
            hypothesis.seed(187 + suite)(Workflows).run(settings=settings)
        except FailureGroup:
            pass  # recorded in Workflows.failures
        except (Flaky, AssertionError) as exc:
            if not (isinstance(exc, Flaky) or is_inconsistent_replay(exc)):
                raise
        if Workflows.failures or Workflows.scenarios >= SCENARIOS:
            break
    assert not Workflows.failures, "\n".join(Workflows.failures)
    assert Workflows.scenarios >= SCENARIOS


# --- the guard held ------------------------------------------------------------------------------


def test_fuzzing_changed_no_pre_existing_record_and_no_demo_account(live_server: str, world: World) -> None:
    """Every record that existed before the fuzzing is unchanged, and every demo account still
    signs in with its password (other tests rely on them)."""
    with httpx.Client(base_url=live_server, timeout=30) as client:
        for grant, username in IDENTITIES.values():
            _login(client, grant, username)
        ids = {kind: set(records) for kind, records in world.before.items()}
        after = _snapshot(client, world.headers["district_admin"], world.ids["district"], ids)
    for kind, records in world.before.items():
        changed = sorted(i for i, record in records.items() if after.get(kind, {}).get(i) != record)
        added = sorted(set(after.get(kind, {})) - set(records)) if "/" in kind else []
        assert not changed, f"the fuzzer changed pre-existing {kind}: {changed}"
        assert not added, f"the fuzzer added to pre-existing {kind}: {added}"
