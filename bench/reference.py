"""The tuned reference: a bare ASGI app answering the benchmarked paths with asyncpg and orjson.

    DHTT_BENCH_DSN=postgresql://… DHTT_BENCH_SECRET=… uvicorn bench.reference:app --port 8001

Each endpoint does the database work the service's does for the same answer — it checks the
bearer token (signature, then the account and its unit, one query), applies the same access rule
(X2) and runs the same queries on the same data — with nothing else: no framework routing or
dependency injection, no ORM, no validation models, no ETag, no middleware, no access log, no
transaction around plain reads. Bodies carry the same fields as the service's. It exists to
put the service's throughput in proportion (service_rps / reference_rps); it is not an API.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import os
import re
import uuid
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import asyncpg
import jwt

from api.domain.access import Actor, Role, can_see_private, is_superadmin
from api.domain.conferences import assembly_for, title_lines
from api.domain.delegates import Person, find_duplicates, same_person
from api.domain.nominations import leader_worker_ratio
from api.domain.plans import exemplary_seats
from api.domain.submissions import on_time
from api.domain.text import fold, search_tokens
from api.domain.units import Level


def _plain(value: Any) -> Any:
    """What orjson does not take natively: asyncpg's own UUID type."""
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(type(value).__name__)


try:
    import orjson

    SERIALIZER = "orjson"

    def dumps(value: Any) -> bytes:
        return orjson.dumps(value, default=_plain)

    def loads(data: bytes) -> Any:
        return orjson.loads(data)

except ImportError:  # orjson is not a dependency of the project: the stdlib stands in
    SERIALIZER = "json"

    def _default(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, dt.datetime | dt.date | dt.time):
            return value.isoformat()
        raise TypeError(type(value).__name__)

    def dumps(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_default).encode()

    def loads(data: bytes) -> Any:
        return json.loads(data)


EXEMPLARY_SQL = (
    "('hero', 'emulation_soldier', 'exemplar', 'hcm_exemplar', 'direct_worker', 'good_deed', 'province_commended')"
)
DELEGATE_COLS = (
    "id, conference_id, full_name, gender, birth_date, ethnicity, national_id, phone, position, workplace, "
    "economic_sector, category, province_commendations, pilot_invitee, note, origin_delegate_id, origin_unit_id, "
    "created_at, updated_at"
)
UNIT_COLS = (
    "id, name, kind, level, parent_id, district_id, headcount, party_congress_date, is_pilot, block_id, "
    "created_at, updated_at"
)
AUDIT_COLS = "id, occurred_at, actor_id, actor_username, action, entity, entity_id, before, after, reason, request_id"
FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "ethnicity",
    "national_id",
    "phone",
    "position",
    "workplace",
    "economic_sector",
    "category",
    "province_commendations",
    "pilot_invitee",
    "note",
)
_NATIONAL_ID = re.compile(r"\d{12}")
STATES = ("draft", "submitted", "approved", "rejected", "returned")


class HTTPError(Exception):
    def __init__(self, status: int, code: str) -> None:
        self.status = status
        self.code = code


def _cursor(values: list[Any]) -> str:
    plain = [str(v) if isinstance(v, uuid.UUID) else v for v in values]
    raw = json.dumps(plain, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _records(rows: list[asyncpg.Record]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]


class Reference:
    def __init__(self, dsn: str, secret: str, pool_size: int = 10) -> None:
        self.dsn = dsn
        self.secret = secret
        self.pool_size = pool_size
        self.pool: asyncpg.Pool | None = None
        self.routes: list[tuple[str, re.Pattern[str], Callable[..., Awaitable[Any]]]] = [
            ("GET", re.compile(r"^/healthz$"), self.healthz),
            ("GET", re.compile(r"^/api/v1/conferences/([^/]+)/delegates/export$"), self.export),
            ("GET", re.compile(r"^/api/v1/conferences/([^/]+)/delegates$"), self.delegates),
            ("POST", re.compile(r"^/api/v1/conferences/([^/]+)/delegates$"), self.add_delegate),
            ("POST", re.compile(r"^/api/v1/conferences/([^/]+)/delegates/import$"), self.import_delegates),
            ("GET", re.compile(r"^/api/v1/conferences/([^/]+)/compliance$"), self.compliance),
            ("GET", re.compile(r"^/api/v1/conferences/([^/]+)$"), self.conference),
            ("GET", re.compile(r"^/api/v1/nominations/stats$"), self.stats),
            ("GET", re.compile(r"^/api/v1/units$"), self.units),
            ("GET", re.compile(r"^/api/v1/plans/([^/]+)/unit-plan-status$"), self.unit_plan_status),
            ("GET", re.compile(r"^/api/v1/audit-events$"), self.audit_events),
            ("GET", re.compile(r"^/api/v1/plans/([^/]+)/areas$"), self.plan_areas),
        ]

    # --- ASGI -----------------------------------------------------------------------------------

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self.pool = await asyncpg.create_pool(self.dsn, min_size=2, max_size=self.pool_size)
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self.pool is not None:
                        await self.pool.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        try:
            for route_method, pattern, handler in self.routes:
                if route_method != method:
                    continue
                match = pattern.match(path)
                if match:
                    await handler(scope, receive, send, *match.groups())
                    return
            raise HTTPError(404, "not_found")
        except HTTPError as exc:
            await self._send(send, exc.status, {"code": exc.code, "status": exc.status})

    async def _send(self, send: Any, status: int, body: Any) -> None:
        raw = dumps(body)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": raw})

    @staticmethod
    async def _body(receive: Any) -> bytes:
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                return b"".join(chunks)

    @staticmethod
    def _query(scope: dict[str, Any]) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(scope.get("query_string", b"").decode()).items()}

    @staticmethod
    def _id(value: str) -> uuid.UUID:
        try:
            return uuid.UUID(value)
        except ValueError:
            raise HTTPError(404, "not_found") from None

    async def _actor(self, conn: asyncpg.Connection, scope: dict[str, Any]) -> Actor:
        """X1 — the same check as the service: a signed, unexpired access token of an active account."""
        auth = next((v for k, v in scope["headers"] if k == b"authorization"), b"").decode()
        if not auth.lower().startswith("bearer "):
            raise HTTPError(401, "unauthorized")
        try:
            claims = jwt.decode(auth[7:], self.secret, algorithms=["HS256"], options={"require": ["exp", "sub", "typ"]})
            user_id = uuid.UUID(str(claims["sub"]))
        except (jwt.PyJWTError, ValueError, KeyError):
            raise HTTPError(401, "unauthorized") from None
        row = await conn.fetchrow(
            "SELECT u.id, u.username, u.role, u.is_active, u.scopes, n.id AS unit_id, n.kind, n.district_id "
            "FROM users u LEFT JOIN units n ON n.id = u.unit_id WHERE u.id = $1",
            user_id,
        )
        if row is None or not row["is_active"] or claims.get("typ") != "access":
            raise HTTPError(401, "unauthorized")
        scopes = frozenset(str(claims.get("scope", "")).split()) & frozenset(row["scopes"] or ())
        return Actor(
            id=uuid.UUID(str(row["id"])),
            username=row["username"],
            role=Role(row["role"]),
            unit_id=uuid.UUID(str(row["unit_id"])) if row["unit_id"] else None,
            district_id=uuid.UUID(str(row["district_id"])) if row["district_id"] else None,
            unit_is_district=row["kind"] == "district",
            scopes=scopes,
        )

    async def _private_conference(
        self, conn: asyncpg.Connection, actor: Actor, conference_id: uuid.UUID, *, lock: bool = False
    ) -> asyncpg.Record:
        row = await conn.fetchrow(
            "SELECT c.id, c.unit_id, c.district_id, c.level, c.plan_id, c.finalized_at, u.headcount, u.is_pilot, "
            "p.full_assembly_headcount_cap, p.delegate_assembly_cap, p.district_conference_cap "
            "FROM conferences c JOIN units u ON u.id = c.unit_id JOIN plans p ON p.id = c.plan_id "
            "WHERE c.id = $1" + (" FOR UPDATE OF c" if lock else ""),
            conference_id,
        )
        if row is None or not can_see_private(actor, row["unit_id"], row["district_id"]):
            raise HTTPError(404, "not_found")
        return row

    @staticmethod
    def _cap(row: asyncpg.Record) -> int | None:
        return assembly_for(
            Level(row["level"]),
            row["headcount"],
            full_assembly_headcount_cap=row["full_assembly_headcount_cap"],
            delegate_assembly_cap=row["delegate_assembly_cap"],
            district_conference_cap=row["district_conference_cap"],
        ).cap

    # --- reads ----------------------------------------------------------------------------------

    async def healthz(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self._send(send, 200, {"status": "ok", "serializer": SERIALIZER})

    async def delegates(self, scope: dict[str, Any], receive: Any, send: Any, conference: str) -> None:
        cid = self._id(conference)
        limit = int(self._query(scope).get("limit", "50"))
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            await self._private_conference(conn, actor, cid)
            rows = await conn.fetch(
                f"SELECT {DELEGATE_COLS}, name_folded FROM delegates WHERE conference_id = $1 "
                "ORDER BY name_folded, id LIMIT $2",
                cid,
                limit + 1,
            )
        items = _records(rows)
        nxt = None
        if len(items) > limit:
            items = items[:limit]
            nxt = _cursor([items[-1]["name_folded"], items[-1]["id"]])
        for item in items:
            del item["name_folded"]
        await self._send(send, 200, {"items": items, "next_cursor": nxt})

    async def conference(self, scope: dict[str, Any], receive: Any, send: Any, conference: str) -> None:
        cid = self._id(conference)
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            await self._actor(conn, scope)
            row = await conn.fetchrow(
                "SELECT c.*, u.name AS unit_name, u.headcount, p.period_start_year, p.period_end_year, "
                "p.full_assembly_headcount_cap, p.delegate_assembly_cap, p.district_conference_cap FROM conferences c "
                "JOIN units u ON u.id = c.unit_id JOIN plans p ON p.id = c.plan_id WHERE c.id = $1",
                cid,
            )
        if row is None:
            raise HTTPError(404, "not_found")
        a = assembly_for(
            Level(row["level"]),
            row["headcount"],
            full_assembly_headcount_cap=row["full_assembly_headcount_cap"],
            delegate_assembly_cap=row["delegate_assembly_cap"],
            district_conference_cap=row["district_conference_cap"],
        )
        body = {
            k: row[k]
            for k in (
                "id",
                "plan_id",
                "unit_id",
                "unit_name",
                "district_id",
                "level",
                "form",
                "held_on",
                "session",
                "place",
                "is_congress",
                "has_documentary",
                "has_exchange",
                "edition",
                "finalized_at",
                "created_at",
                "updated_at",
            )
        }
        body["assembly_mode"] = a.mode.value
        body["delegate_cap"] = a.cap
        body["title"] = title_lines(
            row["unit_name"],
            row["edition"],
            row["period_start_year"],
            row["period_end_year"],
            row["place"],
            row["held_on"],
        )
        body["list_state"] = "finalized" if row["finalized_at"] else "draft"
        await self._send(send, 200, body)

    async def compliance(self, scope: dict[str, Any], receive: Any, send: Any, conference: str) -> None:
        cid = self._id(conference)
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            c = await conn.fetchrow(
                "SELECT c.*, u.headcount, u.party_congress_date, u.is_pilot, p.issued_on, "
                "p.grassroots_conferences_due_on, p.district_conference_due_on, p.full_assembly_headcount_cap, "
                "p.delegate_assembly_cap, p.district_conference_cap, p.exemplary_share_percent "
                "FROM conferences c JOIN units u ON u.id = c.unit_id "
                "JOIN plans p ON p.id = c.plan_id WHERE c.id = $1",
                cid,
            )
            if c is None or not can_see_private(actor, c["unit_id"], c["district_id"]):
                raise HTTPError(404, "not_found")
            counts = await conn.fetchrow(
                "SELECT count(*) FILTER (WHERE NOT pilot_invitee) AS total, "
                f"count(*) FILTER (WHERE NOT pilot_invitee AND category IN {EXEMPLARY_SQL}) AS exemplary, "
                "count(*) FILTER (WHERE pilot_invitee) AS invitees FROM delegates WHERE conference_id = $1",
                cid,
            )
            district = c["level"] == "district"
            extra: dict[str, Any] = {}
            if district:
                missing = await conn.fetch(
                    "SELECT u.id, u.name FROM units u WHERE u.district_id = $1 AND u.level = 'grassroots' "
                    "AND NOT EXISTS (SELECT 1 FROM conferences x WHERE x.unit_id = u.id AND x.plan_id = $2) "
                    "ORDER BY u.name_folded",
                    c["district_id"],
                    c["plan_id"],
                )
                structure = await conn.fetchrow(
                    "SELECT count(*) AS total, count(*) FILTER (WHERE category = 'direct_worker') AS direct, "
                    "count(*) FILTER (WHERE gender = 'female') AS women, "
                    "count(*) FILTER (WHERE ethnicity IS NOT NULL AND lower(ethnicity) <> 'kinh') AS minorities, "
                    "count(*) FILTER (WHERE province_commendations >= 2) AS twice "
                    "FROM delegates WHERE conference_id = $1 AND NOT pilot_invitee",
                    cid,
                )
                sectors = await conn.fetch(
                    "SELECT economic_sector, count(*) FROM delegates WHERE conference_id = $1 AND NOT pilot_invitee "
                    "GROUP BY economic_sector ORDER BY economic_sector",
                    cid,
                )
                allocated = await conn.fetchval(
                    "SELECT coalesce(sum(seats), 0) FROM allocations WHERE conference_id = $1", cid
                )
                extra = {"missing": missing, "structure": dict(structure), "sectors": sectors, "allocated": allocated}
            else:
                up = await conn.fetchrow(
                    "SELECT d.id, d.held_on, a.seats, (SELECT count(*) FROM delegates x WHERE x.conference_id = d.id "
                    "AND x.origin_unit_id = $3) AS designated FROM conferences d LEFT JOIN allocations a "
                    "ON a.conference_id = d.id AND a.unit_id = $3 "
                    "WHERE d.plan_id = $1 AND d.district_id = $2 AND d.level = 'district'",
                    c["plan_id"],
                    c["district_id"],
                    c["unit_id"],
                )
                extra = {"district": up}
        a = assembly_for(
            Level(c["level"]),
            c["headcount"],
            full_assembly_headcount_cap=c["full_assembly_headcount_cap"],
            delegate_assembly_cap=c["delegate_assembly_cap"],
            district_conference_cap=c["district_conference_cap"],
        )
        total, exemplary, share = counts["total"], counts["exemplary"], c["exemplary_share_percent"]
        ok = 100 * exemplary >= share * total
        deadline = c["district_conference_due_on"] if district else c["grassroots_conferences_due_on"]
        in_window = c["issued_on"] <= c["held_on"] <= deadline
        congress = c["party_congress_date"]
        items: list[dict[str, Any]] = [
            {
                "rule": "C4",
                "status": "ok" if in_window else "warning",
                "message": "date_in_window",
                "facts": {"held_on": c["held_on"], "opens": c["issued_on"], "deadline": deadline},
            },
            {
                "rule": "C5",
                "status": "ok" if congress is None or c["held_on"] < congress else "warning",
                "message": "before_congress",
                "facts": {"party_congress_date": congress},
            },
        ]
        if district:
            missing = extra["missing"]
            items.append(
                {
                    "rule": "C6",
                    "status": "warning" if missing else "ok",
                    "message": "order",
                    "facts": {
                        "missing_count": len(missing),
                        "missing_units": [{"id": r["id"], "name": r["name"]} for r in missing[:100]],
                    },
                }
            )
        else:
            up = extra["district"]
            items.append(
                {
                    "rule": "C6",
                    "status": "ok",
                    "message": "order",
                    "facts": {"district_held_on": up["held_on"] if up else None},
                }
            )
        items.append(
            {
                "rule": "A2" if district else "A1",
                "status": "ok",
                "message": "cap",
                "facts": {
                    "assembly_mode": a.mode.value,
                    "cap": a.cap,
                    "count": total,
                    "room": None if a.cap is None else a.cap - total,
                },
            }
        )
        status = "ok" if ok else ("error" if a.mode.value == "delegate_assembly" else "warning")
        items.append(
            {
                "rule": "A4",
                "status": status,
                "message": "composition",
                "facts": {"total": total, "exemplary": exemplary, "others": total - exemplary, "share_percent": share},
            }
        )
        if district:
            s = extra["structure"]
            items.append(
                {
                    "rule": "A6",
                    "status": "ok",
                    "message": "structure",
                    "facts": {**s, "sectors": {str(r[0] or "unspecified"): r[1] for r in extra["sectors"]}},
                }
            )
        items.append(
            {
                "rule": "A8",
                "status": "ok",
                "message": "list_state",
                "facts": {"finalized": c["finalized_at"] is not None},
            }
        )
        items.append(
            {
                "rule": "A9",
                "status": "ok",
                "message": "pilot_invitees",
                "facts": {"is_pilot": c["is_pilot"], "pilot_invitees": counts["invitees"]},
            }
        )
        if district:
            items.append(
                {
                    "rule": "A10",
                    "status": "ok",
                    "message": "allocations",
                    "facts": {
                        "allocated": extra["allocated"],
                        "capacity": exemplary_seats(c["district_conference_cap"], share),
                    },
                }
            )
        else:
            up = extra["district"]
            items.append(
                {
                    "rule": "A10",
                    "status": "ok",
                    "message": "designations",
                    "facts": {
                        "allocated": (up["seats"] or 0) if up else 0,
                        "designated": up["designated"] if up else 0,
                    },
                }
            )
        await self._send(send, 200, {"conference_id": cid, "items": items})

    async def stats(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            if actor.role in (Role.UNIT_OFFICER, Role.COUNCIL_REVIEWER):
                where, arg = "unit_id = $1", actor.unit_id
            elif actor.unit_is_district:
                where, arg = "district_id = $1", actor.district_id
            else:
                where, arg = "$1::uuid IS NULL", None
            rows = await conn.fetch(
                "SELECT state, honour, basis, rank, count(*) FROM nominations "
                f"WHERE state <> 'withdrawn' AND {where} GROUP BY state, honour, basis, rank",
                arg,
            )
        by_state = dict.fromkeys(STATES, 0)
        by_honour = dict.fromkeys(("conference_honoured", "district_certificate", "province_certificate", "other"), 0)
        by_basis = dict.fromkeys(("merit", "ad_hoc", "thematic"), 0)
        by_rank = {"leader": 0, "worker": 0}
        for state, honour, basis, rank, count in rows:
            by_state[state] += count
            if state == "approved":
                by_honour[honour] += count
                by_basis[basis] += count
                if rank:
                    by_rank[rank] += count
        body = {
            "by_state": by_state,
            "by_honour": by_honour,
            "by_basis": by_basis,
            "by_rank": by_rank,
            "leader_worker_ratio": leader_worker_ratio(by_rank["leader"], by_rank["worker"]),
        }
        await self._send(send, 200, body)

    async def units(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        query = self._query(scope)
        limit = int(query.get("limit", "50"))
        tokens = search_tokens(query.get("q", ""))
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            await self._actor(conn, scope)
            if tokens:
                rows = await conn.fetch(
                    f"SELECT {UNIT_COLS}, name_folded FROM units WHERE search @@ to_tsquery('simple'::regconfig, $1) "
                    "ORDER BY name_folded, id LIMIT $2",
                    " & ".join(f"{t}:*" for t in tokens),
                    limit + 1,
                )
            else:
                rows = await conn.fetch(
                    f"SELECT {UNIT_COLS}, name_folded FROM units ORDER BY name_folded, id LIMIT $1", limit + 1
                )
        items = _records(rows)
        nxt = None
        if len(items) > limit:
            items = items[:limit]
            nxt = _cursor([items[-1]["name_folded"], items[-1]["id"]])
        for item in items:
            del item["name_folded"]
        await self._send(send, 200, {"items": items, "next_cursor": nxt})

    async def unit_plan_status(self, scope: dict[str, Any], receive: Any, send: Any, plan: str) -> None:
        pid = self._id(plan)
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            p = await conn.fetchrow("SELECT id, issuer_unit_id, unit_plan_due_on FROM plans WHERE id = $1", pid)
            if p is None:
                raise HTTPError(404, "not_found")
            rows = await conn.fetch(
                "SELECT u.id, u.name, s.id AS sid, s.received_at, s.state FROM units u "
                "LEFT JOIN submissions s ON s.unit_id = u.id AND s.plan_id = $1 AND s.kind = 'unit_plan' "
                "WHERE u.district_id = $2 AND u.level = 'grassroots' ORDER BY u.name_folded, u.id",
                pid,
                p["issuer_unit_id"],
            )
        district = p["issuer_unit_id"]
        due = p["unit_plan_due_on"]
        items = []
        counts = {"on_time": 0, "late": 0, "missing": 0}
        for unit_id, name, sid, received, state in rows:
            if not can_see_private(actor, unit_id, district):
                continue
            if received is None or state == "draft":
                status = "missing"
            else:
                status = "on_time" if on_time(received, due) else "late"
            counts[status] += 1
            items.append(
                {
                    "unit_id": unit_id,
                    "unit_name": name,
                    "status": status,
                    "received_at": received if status != "missing" else None,
                    "submission_id": sid,
                }
            )
        await self._send(send, 200, {"plan_id": pid, "due": due, "counts": counts, "items": items})

    async def plan_areas(self, scope: dict[str, Any], receive: Any, send: Any, plan: str) -> None:
        """L1 — the same grouped queries as the service: a page of implementing plans in the
        caller's areas, then one grouped query per figure family over the page's plans."""
        pid = self._id(plan)
        limit = int(self._query(scope).get("limit", "50"))
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            if await conn.fetchval("SELECT id FROM plans WHERE id = $1", pid) is None:
                raise HTTPError(404, "not_found")
            if actor.role is Role.PROVINCE_VIEWER or is_superadmin(actor):
                where, args = "", []
            elif actor.role is Role.DISTRICT_ADMIN:
                where, args = (
                    " AND issuer_unit_id IN (SELECT id FROM units WHERE id = $3 OR parent_id = $3)",
                    [actor.unit_id],
                )
            else:
                where, args = " AND false", []
            plans = await conn.fetch(
                "SELECT id, code, issuer_unit_id, issuer_name, unit_plan_due_on, issued_on, "
                "grassroots_conferences_due_on, district_conference_due_on, delegate_assembly_cap, "
                "district_conference_cap FROM plans "
                f"WHERE parent_plan_id = $1{where} ORDER BY code, id LIMIT $2",
                pid,
                limit + 1,
                *args,
            )
            ids = [p["id"] for p in plans[:limit]]
            confs = await conn.fetch(
                "SELECT c.id, c.plan_id, c.unit_id, c.district_id, c.held_on, c.finalized_at, c.has_documentary, "
                "u.headcount, u.is_pilot, n.total, n.exemplary FROM conferences c JOIN units u ON u.id = c.unit_id "
                "LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE NOT pilot_invitee) AS total, "
                f"count(*) FILTER (WHERE NOT pilot_invitee AND category IN {EXEMPLARY_SQL}) AS exemplary "
                "FROM delegates d WHERE d.conference_id = c.id) n ON true WHERE c.plan_id = any($1)",
                ids,
            )
            missing = dict(
                await conn.fetch(
                    "SELECT p.id, count(u.id) FROM plans p JOIN units u ON u.district_id = p.issuer_unit_id "
                    "AND u.id <> p.issuer_unit_id WHERE p.id = any($1) AND NOT EXISTS (SELECT 1 FROM conferences x "
                    "WHERE x.unit_id = u.id AND x.plan_id = p.id) GROUP BY p.id",
                    ids,
                )
            )
            await conn.fetch(
                "SELECT s.conference_id, s.state FROM submissions s JOIN conferences c ON c.id = s.conference_id "
                "WHERE c.plan_id = any($1) AND s.kind = 'programme'",
                ids,
            )
            allocated = dict(
                await conn.fetch(
                    "SELECT a.conference_id, sum(a.seats) FROM allocations a JOIN conferences c "
                    "ON c.id = a.conference_id WHERE c.plan_id = any($1) GROUP BY a.conference_id",
                    ids,
                )
            )
            await conn.fetch(
                "SELECT p.id, up.id, coalesce(a.seats, 0), (SELECT count(*) FROM delegates d WHERE "
                "d.conference_id = up.id AND d.origin_unit_id = p.issuer_unit_id) FROM plans p "
                "LEFT JOIN conferences up ON up.plan_id = p.parent_plan_id AND up.unit_id = up.district_id "
                "LEFT JOIN allocations a ON a.conference_id = up.id AND a.unit_id = p.issuer_unit_id "
                "WHERE p.id = any($1) AND p.parent_plan_id IS NOT NULL",
                ids,
            )
            shown = {
                r[0]
                for r in await conn.fetch(
                    "SELECT a.documentary_conference_id FROM communication_activities a JOIN conferences c "
                    "ON c.id = a.documentary_conference_id WHERE c.plan_id = any($1)",
                    ids,
                )
            }
            unit_plans = await conn.fetch(
                "SELECT p.id, p.unit_plan_due_on, s.received_at, s.state FROM plans p JOIN units u "
                "ON u.district_id = p.issuer_unit_id AND u.id <> p.issuer_unit_id LEFT JOIN submissions s "
                "ON s.unit_id = u.id AND s.plan_id = p.id AND s.kind = 'unit_plan' WHERE p.id = any($1)",
                ids,
            )
            nominations = await conn.fetch(
                "SELECT c.plan_id, n.state, count(*) FROM nominations n JOIN conferences c ON c.id = n.conference_id "
                "WHERE c.plan_id = any($1) AND n.state <> 'withdrawn' GROUP BY c.plan_id, n.state",
                ids,
            )
        by_plan = {p["id"]: p for p in plans[:limit]}
        today = dt.date.today()
        figures = {p: {"scheduled": 0, "held": 0, "finalized": 0, "errors": 0, "warnings": 0} for p in ids}
        for c in confs:
            p, f = by_plan[c["plan_id"]], figures[c["plan_id"]]
            issuer = c["unit_id"] == c["district_id"]
            f["scheduled"] += 1
            f["held"] += c["held_on"] <= today
            f["finalized"] += c["finalized_at"] is not None
            due = p["district_conference_due_on"] if issuer else p["grassroots_conferences_due_on"]
            f["warnings"] += not (p["issued_on"] <= c["held_on"] <= due)
            f["warnings"] += issuer and missing.get(c["plan_id"], 0) > 0
            f["warnings"] += c["has_documentary"] and c["id"] not in shown
            cap = p["district_conference_cap"] if issuer else p["delegate_assembly_cap"]
            f["errors"] += (c["total"] or 0) > cap
            f["errors"] += issuer and allocated.get(c["id"], 0) > exemplary_seats(cap, 70)
        statuses = {p: {"on_time": 0, "late": 0, "missing": 0} for p in ids}
        for plan_id, due, received, state in unit_plans:
            status = (
                "missing" if received is None or state == "draft" else ("on_time" if on_time(received, due) else "late")
            )
            statuses[plan_id][status] += 1
        counted = {p: dict.fromkeys(STATES, 0) for p in ids}
        for plan_id, state, n in nominations:
            counted[plan_id][state] = n
        items = [
            {
                "plan_id": p["id"],
                "plan_code": p["code"],
                "issuer_unit_id": p["issuer_unit_id"],
                "issuer_name": p["issuer_name"],
                "conferences_scheduled": figures[p["id"]]["scheduled"],
                "conferences_held": figures[p["id"]]["held"],
                "lists_finalized": figures[p["id"]]["finalized"],
                "compliance_errors": figures[p["id"]]["errors"],
                "compliance_warnings": figures[p["id"]]["warnings"],
                "unit_plans": statuses[p["id"]],
                "nominations": counted[p["id"]],
            }
            for p in plans[:limit]
        ]
        nxt = _cursor([plans[limit - 1]["code"], plans[limit - 1]["id"]]) if len(plans) > limit else None
        await self._send(send, 200, {"items": items, "next_cursor": nxt})

    async def audit_events(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        limit = int(self._query(scope).get("limit", "50"))
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            if actor.role is not Role.DISTRICT_ADMIN:
                raise HTTPError(403, "forbidden")
            if is_superadmin(actor):
                rows = await conn.fetch(f"SELECT {AUDIT_COLS} FROM audit_events ORDER BY id DESC LIMIT $1", limit + 1)
            else:
                rows = await conn.fetch(
                    f"SELECT {AUDIT_COLS} FROM audit_events WHERE district_id = $1 ORDER BY id DESC LIMIT $2",
                    actor.district_id,
                    limit + 1,
                )
        items = _records(rows)
        for item in items:  # asyncpg hands jsonb over as text
            for key in ("before", "after"):
                if item[key] is not None:
                    item[key] = loads(item[key])
        nxt = None
        if len(items) > limit:
            items = items[:limit]
            nxt = _cursor([items[-1]["id"]])
        await self._send(send, 200, {"items": items, "next_cursor": nxt})

    # --- writes ---------------------------------------------------------------------------------

    @staticmethod
    def _values(raw: dict[str, Any]) -> dict[str, Any]:
        name = str(raw.get("full_name") or "").strip()
        if not name or raw.get("category") is None:
            raise HTTPError(422, "validation_error")
        national_id = raw.get("national_id")
        if national_id is not None and not _NATIONAL_ID.fullmatch(str(national_id)):
            raise HTTPError(422, "validation_error")
        birth = raw.get("birth_date")
        values = {f: raw.get(f) for f in FIELDS}
        values["full_name"] = name
        values["birth_date"] = dt.date.fromisoformat(birth) if birth else None
        values["province_commendations"] = int(raw.get("province_commendations") or 0)
        values["pilot_invitee"] = bool(raw.get("pilot_invitee") or False)
        return values

    @staticmethod
    def _person(values: dict[str, Any]) -> Person:
        birth = values.get("birth_date")
        return Person(
            values.get("national_id") or None, fold(values["full_name"]), birth.isoformat() if birth else None
        )

    async def add_delegate(self, scope: dict[str, Any], receive: Any, send: Any, conference: str) -> None:
        cid = self._id(conference)
        values = self._values(loads(await self._body(receive)))
        person = self._person(values)
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            async with conn.transaction():
                c = await self._private_conference(conn, actor, cid, lock=True)  # A3 under the row lock
                if c["finalized_at"] is not None:
                    raise HTTPError(409, "delegate_list_locked")
                if values["pilot_invitee"] and not c["is_pilot"]:
                    raise HTTPError(422, "pilot_invitee_not_allowed")
                same = await conn.fetch(
                    "SELECT national_id, name_folded, birth_date FROM delegates WHERE conference_id = $1 AND "
                    "(national_id = $2 OR (name_folded = $3 AND birth_date = $4))",
                    cid,
                    person.national_id,
                    person.name_folded,
                    values["birth_date"],
                )
                stored = [Person(r[0], r[1], r[2].isoformat() if r[2] else None) for r in same]
                if any(same_person(person, other) for other in stored):
                    raise HTTPError(409, "duplicate_delegate")
                cap = self._cap(c)
                if not values["pilot_invitee"]:
                    counted = await conn.fetchval(
                        "SELECT count(*) FROM delegates WHERE conference_id = $1 AND NOT pilot_invitee", cid
                    )
                    if cap is not None and counted + 1 > cap:
                        raise HTTPError(409, "delegate_cap_exceeded")
                row = await conn.fetchrow(
                    "INSERT INTO delegates (id, conference_id, name_folded, full_name, gender, birth_date, ethnicity, "
                    "national_id, phone, position, workplace, economic_sector, category, province_commendations, "
                    "pilot_invitee, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
                    f"$16) RETURNING {DELEGATE_COLS}",
                    uuid.uuid4(),
                    cid,
                    person.name_folded,
                    *[values[f] for f in FIELDS],
                )
                out = dict(row)
                await conn.execute(
                    "INSERT INTO audit_events (actor_id, actor_username, action, entity, entity_id, after, "
                    "district_id) VALUES ($1, $2, 'create', 'delegate', $3, $4::jsonb, $5)",
                    actor.id,
                    actor.username,
                    str(out["id"]),
                    dumps(out).decode(),
                    c["district_id"],
                )
        await self._send(send, 201, out)

    async def import_delegates(self, scope: dict[str, Any], receive: Any, send: Any, conference: str) -> None:
        cid = self._id(conference)
        rows = [self._values(r) for r in loads(await self._body(receive))]
        people = [self._person(v) for v in rows]
        if find_duplicates(people):
            raise HTTPError(409, "duplicate_delegate")
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            async with conn.transaction():
                c = await self._private_conference(conn, actor, cid, lock=True)
                if c["finalized_at"] is not None:
                    raise HTTPError(409, "delegate_list_locked")
                existing = await conn.fetch(
                    "SELECT national_id, name_folded, birth_date FROM delegates WHERE conference_id = $1", cid
                )
                ids = {r[0] for r in existing if r[0]}
                names = {(r[1], r[2].isoformat()) for r in existing if r[0] is None and r[2]}
                for p in people:
                    if (p.national_id and p.national_id in ids) or (
                        not p.national_id and (p.name_folded, p.birth_date) in names
                    ):
                        raise HTTPError(409, "duplicate_delegate")
                counted = await conn.fetchval(
                    "SELECT count(*) FROM delegates WHERE conference_id = $1 AND NOT pilot_invitee", cid
                )
                cap = self._cap(c)
                adding = sum(1 for v in rows if not v["pilot_invitee"])
                if cap is not None and counted + adding > cap:
                    raise HTTPError(409, "delegate_cap_exceeded")
                now = dt.datetime.now(dt.UTC)
                columns = ["id", "conference_id", "name_folded", *FIELDS, "created_at", "updated_at"]
                await conn.copy_records_to_table(
                    "delegates",
                    records=[
                        (uuid.uuid4(), cid, p.name_folded, *[v[f] for f in FIELDS], now, now)
                        for v, p in zip(rows, people, strict=True)
                    ],
                    columns=columns,
                )
                await conn.execute(
                    "INSERT INTO audit_events (actor_id, actor_username, action, entity, entity_id, reason, "
                    "district_id) VALUES ($1, $2, 'import', 'delegate_list', $3, $4, $5)",
                    actor.id,
                    actor.username,
                    str(cid),
                    f"{len(rows)} delegates",
                    c["district_id"],
                )
        await self._send(send, 200, {"imported": len(rows), "unknown_columns": []})

    async def export(self, scope: dict[str, Any], receive: Any, send: Any, conference: str) -> None:
        """A CSV streamed from a server-side cursor: memory stays flat whatever the list's length."""
        cid = self._id(conference)
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._actor(conn, scope)
            await self._private_conference(conn, actor, cid)
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"text/csv; charset=utf-8")],
                }
            )
            line = io.StringIO()
            writer = csv.writer(line, lineterminator="\r\n")
            writer.writerow(
                [
                    "STT",
                    "Họ và tên",
                    "Giới tính",
                    "Ngày sinh",
                    "Dân tộc",
                    "Số CCCD",
                    "Số điện thoại",
                    "Chức vụ",
                    "Đơn vị công tác",
                    "Thành phần kinh tế",
                    "Thành phần đại biểu",
                    "Số lần được Chủ tịch UBND tỉnh khen thưởng",
                    "Ghi chú",
                ]
            )
            number = 0
            async with conn.transaction():
                cursor = conn.cursor(
                    "SELECT full_name, gender, birth_date, ethnicity, national_id, phone, position, workplace, "
                    "economic_sector, category, province_commendations, note FROM delegates "
                    "WHERE conference_id = $1 ORDER BY name_folded, id",
                    cid,
                    prefetch=2000,
                )
                async for r in cursor:
                    number += 1
                    writer.writerow(
                        [
                            number,
                            r[0],
                            r[1] or "",
                            r[2].strftime("%d/%m/%Y") if r[2] else "",
                            *[x if x is not None else "" for x in r[3:]],
                        ]
                    )
                    if line.tell() >= 65536:
                        await send({"type": "http.response.body", "body": line.getvalue().encode(), "more_body": True})
                        line.seek(0)
                        line.truncate()
            await send({"type": "http.response.body", "body": line.getvalue().encode(), "more_body": False})


app = Reference(
    os.environ.get("DHTT_BENCH_DSN", "postgresql://postgres@/postgres"),
    os.environ.get("DHTT_BENCH_SECRET", ""),
    int(os.environ.get("DHTT_BENCH_POOL", "10")),
)
