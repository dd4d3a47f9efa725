"""Property-based fuzzing of the register endpoints against the committed contract (schemathesis).

Every operation under /api/v1/plans, /units, /emulation-blocks and /users is fuzzed over HTTP
against a uvicorn server running inside this pytest process (``live_server``, tests/contract/
conftest.py), once as the demo district's admin and once as the province viewer. Each response
must not be a 5xx, must have a documented status and content type, and must match its schema.
Generation is derandomized with a fixed seed, so a failure reproduces on every run.

Which records the fuzzer may touch: generated path ids are random strings, so most requests
answer 404. To reach the real update and delete paths, a fixed share of cases (chosen from a
CRC of the generated value, hence deterministic) is re-aimed at records this module creates for
itself — a plan, a commune, a block, an officer account, and a fresh block for each DELETE —
while GETs may also read the demo's own records. A write never targets a record that existed
before the fuzzing started: that is why the admin run can sign in as ``admin.huongkhe`` itself
and still never deactivate, re-bind or change the password of any demo account (the other
tests sign in with them), nor alter the demo's plan, units or blocks.
"""

from __future__ import annotations

import itertools
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from schemathesis import Case
from schemathesis.checks import not_a_server_error
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
FUZZED_PATHS = r"^/api/v1/(plans|units|emulation-blocks|users)(/\{[a-z_]+\})?$"
ID_PARAMS = {"plan_id": "plans", "unit_id": "units", "block_id": "emulation-blocks", "user_id": "users"}
FUZZ_IDENTITIES = {"district_admin": "admin.huongkhe", "viewer": "sonoivu.hatinh"}
DEMO_ACCOUNTS = ["admin.huongkhe", "canbo.huongthuy", "hoidong.huongthuy", "sonoivu.hatinh", "tichhop.cong"]

# A fixed seed and derandomized Hypothesis: the same cases on every run and every machine.
# 100 examples per operation in the fuzzing phase (positive and negative), on top of the
# schema-driven coverage phase (boundary values, missing/extra fields, wrong types).
SCHEMATHESIS_CONFIG = """
seed = 187
suppress-health-check = ["too_slow", "filter_too_much", "data_too_large", "large_base_example"]

[generation]
max-examples = 100
deterministic = true
database = "none"
"""


_SERIAL = itertools.count(1)  # names of the throwaway blocks, unique across both runs


@dataclass
class Fuzzer:
    """One identity the fuzzer signs in as, and the records its cases may be aimed at."""

    role: str
    headers: dict[str, str]
    base_url: str
    admin_headers: dict[str, str]
    owned: dict[str, str]  # path parameter → id of a record this module created
    readable: dict[str, list[str]]  # path parameter → ids of pre-existing (demo) records, for GETs only
    protected: set[str]  # every id that existed before the fuzzing: never written to
    http: requests.Session = field(default_factory=requests.Session)

    def throwaway_block(self) -> str:
        """A fresh empty block of the demo district for one DELETE case to remove."""
        r = self.http.post(
            f"{self.base_url}/api/v1/emulation-blocks",
            json={"name": f"Khối thử xóa {next(_SERIAL)}"},
            headers=self.admin_headers,
            timeout=30,
        )
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    def aim(self, case: Case[Any]) -> None:
        """Re-aim a deterministic share of the generated ids at records the fuzzer may touch."""
        for name, value in list((case.path_parameters or {}).items()):
            if name not in ID_PARAMS:
                continue
            bucket = zlib.crc32(str(value).encode()) % 3
            if bucket == 0:
                continue  # keep the generated id: the unknown-id (404) path
            if case.method.upper() == "DELETE":
                case.path_parameters[name] = self.throwaway_block()
            elif case.method.upper() == "GET" and bucket == 2 and self.readable[name]:
                pool = self.readable[name]
                case.path_parameters[name] = pool[zlib.crc32(str(value).encode()) // 3 % len(pool)]
            else:
                case.path_parameters[name] = self.owned[name]
        if case.method.upper() != "GET":
            touched = set((case.path_parameters or {}).values()) & self.protected
            assert not touched, f"the fuzzer must not write to pre-existing records: {touched}"


def _records(client: httpx.Client, path: str, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every record of a list endpoint the caller sees, by id (all pages)."""
    records: dict[str, dict[str, Any]] = {}
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 500}
        if cursor:
            params["cursor"] = cursor
        r = client.get(f"/api/v1/{path}", params=params, headers=headers)
        assert r.status_code == 200, r.text
        records |= {str(item["id"]): item for item in r.json()["items"]}
        cursor = r.json()["next_cursor"]
        if not cursor:
            return records


def _snapshot(client: httpx.Client, headers: dict[str, str]) -> dict[str, dict[str, dict[str, Any]]]:
    """Path parameter → {id: record} of everything the district admin sees."""
    return {param: _records(client, path, headers) for param, path in ID_PARAMS.items()}


def _login(client: httpx.Client, username: str) -> dict[str, str]:
    form = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
    r = client.post("/api/v1/auth/token", data=form)
    assert r.status_code == 200, f"{username}: {r.status_code} {r.text}"
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def _created(r: httpx.Response) -> str:
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


@dataclass
class World:
    """What the fuzz run starts from: its identities, the records it owns, the demo's records."""

    headers: dict[str, dict[str, str]]  # role → fresh Authorization header (signed in on the live server)
    owned: dict[str, str]
    readable: dict[str, list[str]]
    before: dict[str, dict[str, dict[str, Any]]]  # every pre-existing record, to compare after fuzzing


@pytest.fixture(scope="session")
def fuzz_world(live_server: str) -> World:
    """Sign in on the live server, take a snapshot of the existing records, create the fuzz run's own."""
    with httpx.Client(base_url=live_server, timeout=30) as client:
        headers = {role: _login(client, username) for role, username in FUZZ_IDENTITIES.items()}
        admin = headers["district_admin"]
        before = _snapshot(client, admin)
        readable = {param: list(records)[:25] for param, records in before.items()}
        # The viewer's own account: the one user record a province viewer may read.
        readable["user_id"].append(client.get("/api/v1/me", headers=headers["viewer"]).json()["id"])
        district = client.get("/api/v1/me", headers=admin).json()["district_id"]
        plan_187 = next(p for p in before["plan_id"].values() if p["code"] == "187/KH-UBND")
        derived = {"id", "edition_roman", "district_exemplary_seats", "created_at", "updated_at"}
        plan_body = {k: v for k, v in plan_187.items() if k not in derived} | {"code": "999/KH-FUZZ"}
        unit_body = {"name": "xã Thử Nghiệm Fuzz", "kind": "commune", "headcount": 12, "parent_id": district}
        owned = {
            "plan_id": _created(client.post("/api/v1/plans", json=plan_body, headers=admin)),
            "unit_id": _created(client.post("/api/v1/units", json=unit_body, headers=admin)),
            "block_id": _created(
                client.post("/api/v1/emulation-blocks", json={"name": "Cụm thi đua thử nghiệm fuzz"}, headers=admin)
            ),
        }
        user_body = {
            "username": "fuzz.officer",
            "full_name": "Cán bộ thử nghiệm",
            "role": "unit_officer",
            "unit_id": owned["unit_id"],
            "password": "Fuzz-officer-2024",
        }
        owned["user_id"] = _created(client.post("/api/v1/users", json=user_body, headers=admin))
    return World(headers=headers, owned=owned, readable=readable, before=before)


def _fuzzer(role: str, live_server: str, world: World) -> Fuzzer:
    fuzzer = Fuzzer(
        role=role,
        headers=world.headers[role],
        base_url=live_server,
        admin_headers=world.headers["district_admin"],
        owned=world.owned,
        readable=world.readable,
        protected={id_ for records in world.before.values() for id_ in records},
    )
    fuzzer.http.trust_env = False  # straight to 127.0.0.1, whatever proxy the environment names
    return fuzzer


@pytest.fixture(scope="session")
def as_district_admin(live_server: str, fuzz_world: World) -> Fuzzer:
    """admin.huongkhe, bound to the demo district (the module docstring says what it may write)."""
    return _fuzzer("district_admin", live_server, fuzz_world)


@pytest.fixture(scope="session")
def as_province_viewer(live_server: str, fuzz_world: World) -> Fuzzer:
    """sonoivu.hatinh: reads everything; every write must be a documented 403 (or 404/422)."""
    return _fuzzer("viewer", live_server, fuzz_world)


def _load_contract() -> schemathesis.BaseSchema:
    """The committed contract (byte-equal to what the server serves: see test_openapi_contract)."""
    config = schemathesis.Config.from_str(SCHEMATHESIS_CONFIG)
    return schemathesis.openapi.from_path(CONTRACT, config=config).include(path_regex=FUZZED_PATHS)


# Loaded eagerly at import: the pytest plugin then makes one test item per operation. (The lazy
# ``schemathesis.pytest.from_fixture`` loader of schemathesis 4.32 breaks on pytest 9.2, whose
# nodes no longer have ``_nodeid``.) The live server's URL is given per call.
schema = _load_contract()


def _exercise(case: Case[Any], fuzzer: Fuzzer) -> None:
    fuzzer.aim(case)
    case.call_and_validate(base_url=fuzzer.base_url, headers=fuzzer.headers, session=fuzzer.http, checks=CHECKS)


@schema.parametrize()
def test_fuzz_as_district_admin(case: Case[Any], as_district_admin: Fuzzer) -> None:
    _exercise(case, as_district_admin)


@schema.parametrize()
def test_fuzz_as_province_viewer(case: Case[Any], as_province_viewer: Fuzzer) -> None:
    _exercise(case, as_province_viewer)


def test_fuzzing_changed_no_pre_existing_record_and_no_demo_account(live_server: str, fuzz_world: World) -> None:
    """The guard held: every record that existed before the fuzzing is unchanged, and every demo
    account still signs in with its password (other tests rely on them)."""
    with httpx.Client(base_url=live_server, timeout=30) as client:
        for username in DEMO_ACCOUNTS:
            _login(client, username)
        after = _snapshot(client, fuzz_world.headers["district_admin"])
    for param, records in fuzz_world.before.items():
        changed = sorted(i for i, record in records.items() if after[param].get(i) != record)
        assert not changed, f"the fuzzer changed pre-existing {ID_PARAMS[param]}: {changed}"
