"""One error hierarchy → one RFC 9457 handler. Messages in Vietnamese (default) and English, from the
catalogue api/messages.toml; the language negotiated from Accept-Language (api.i18n)."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.domain.errors import DomainError
from api.i18n import MESSAGES, negotiate

log = logging.getLogger("dhtt.problems")

PROBLEM_JSON = "application/problem+json"
# Facts of a field error that are members of its entry too: a spreadsheet import's row, the
# sheet's Vietnamese column header, and the rule.
ERROR_MEMBERS = ("row", "column", "rule")
MAX_ERRORS = 100  # field errors listed in one problem; ``error_count`` tells the total
TYPE_BASE = "https://dhtt.gov.vn/problems/"

# The messages live in api/messages.toml (see api.i18n): code → (status, title in Vietnamese, title
# in English), in the contract's order; a problem's details, "code" or "code:reason" → (Vietnamese,
# English), {facts} formatted in.
CATALOGUE: dict[str, tuple[int, str, str]] = MESSAGES.problems
DETAILS: dict[str, tuple[str, str]] = MESSAGES.details

# Facts a problem carries as members of its body (beside ``detail``, which says them in words):
# name → (JSON schema, description). The contract's Problem schema declares each; a fact not
# listed here stays inside ``detail`` only.
_INT: dict[str, Any] = {"type": "integer"}
_DATE: dict[str, Any] = {"type": "string", "format": "date"}
_KEYS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
FACT_MEMBERS: dict[str, tuple[dict[str, Any], str]] = {
    "total": (
        _INT,
        "composition_ratio_violated: delegates counted toward A4; allocation_exceeds_capacity: seats allocated in all",
    ),
    "exemplary": (_INT, "composition_ratio_violated: exemplary delegates among them (A5)"),
    "others": (_INT, "composition_ratio_violated: guests and leaders among them"),
    "share_percent": (_INT, "composition_ratio_violated: the plan's minimum exemplary share, in percent"),
    "add_exemplary": (_INT, "composition_ratio_violated: exemplary delegates to add (absent when no number would do)"),
    "remove_others": (_INT, "composition_ratio_violated: guests or leaders to remove"),
    "cap": (_INT, "delegate_cap_exceeded: the list's cap (A1, A2)"),
    "count": (_INT, "delegate_cap_exceeded: delegates on the list that count toward the cap"),
    "adding": (_INT, "delegate_cap_exceeded: delegates the refused write would add (0 when the list itself is over)"),
    "room": (_INT, "delegate_cap_exceeded: places left under the cap"),
    "over": (_INT, "delegate_cap_exceeded: delegates above the cap to remove (the list itself is over)"),
    "allocated": (_INT, "allocation_exceeded: seats allocated to the unit (A10)"),
    "designated": (_INT, "allocation_exceeded: delegates the unit has designated"),
    "capacity": (_INT, "allocation_exceeds_capacity: the district conference's exemplary seats"),
    "missing": (
        _KEYS,
        "report_incomplete: outline keys of the required sections left blank (S2); agenda_invalid: item keys missing",
    ),
    "expected": (_KEYS, "agenda_invalid: the mandatory item keys in order (C8)"),
    "retry_after": (_INT, "rate_limited: seconds to wait (also the Retry-After header)"),
    "limit": (_INT, "payload_too_large: the operation's body limit in bytes"),
    "max_rows": (_INT, "payload_too_large (import_rows): the most rows one import takes"),
    "maximum": (_INT, "invalid_unit (U2): the largest headcount accepted"),
    "opens": (_DATE, "conference_date_out_of_window: first day of the window (C4)"),
    "deadline": (_DATE, "conference_date_out_of_window: last day of the window (C4)"),
    "party_congress_date": (_DATE, "conference_after_party_congress: the unit's Party congress (C5)"),
    "district_held_on": (_DATE, "conference_order_violated: the district conference's date (C6)"),
    "latest_grassroots": (_DATE, "conference_order_violated: the latest grassroots conference (C6)"),
    "action": ({"type": "string"}, "transition_not_allowed: the refused action"),
    "honour": ({"type": "string"}, "reward_amount_missing: the honour the plan sets no reward for (B2)"),
    "nominee_kind": ({"type": "string"}, "reward_amount_missing: the nominee kind the plan sets no reward for (B2)"),
    "state": (
        {"type": "string"},
        "transition_not_allowed: the current state; nomination_not_approved, already_awarded: the nomination's (D1)",
    ),
}


# Messages for one invalid field, and a conference's compliance items: key → (vi, en)
FIELD_MESSAGES: dict[str, tuple[str, str]] = MESSAGES.fields
COMPLIANCE_MESSAGES: dict[str, tuple[str, str]] = MESSAGES.compliance


C = TypeVar("C")


def localize_compliance(compliance: C, request: Request | None) -> C:
    """Turn each compliance item's message key into a sentence in the caller's language."""
    lang = _lang(request)
    for item in compliance.items:  # type: ignore[attr-defined]  # any model with compliance items
        pair = COMPLIANCE_MESSAGES.get(item.message)
        if pair is not None:
            item.message = _format(pair[lang], {k: v for k, v in item.facts.items() if not isinstance(v, dict | list)})
    return compliance


def _lang(request: Request | None) -> int:
    """0 for Vietnamese, 1 for English: the request's Accept-Language negotiated by api.i18n."""
    return 0 if request is None else negotiate(request.headers.get("accept-language"))


# A message's placeholders are ``{name}``; each stands inside an optional ``[…]`` segment, which is
# left out when any fact it names is missing — so a message without its facts is still a sentence.
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _format(template: str, facts: Mapping[str, Any]) -> str:
    """The message with its facts: segments whose facts are all known kept (innermost first),
    the others dropped. A fact's own text is never read as a template."""
    known = {k: _shown(v) for k, v in facts.items() if v is not None and v != [] and v != ()}

    def segment(match: re.Match[str]) -> str:
        inner = match.group(1)
        return inner if all(name in known for name in _PLACEHOLDER.findall(inner)) else ""

    previous = None
    while previous != template:
        previous, template = template, _SEGMENT.sub(segment, template)
    return _PLACEHOLDER.sub(lambda m: known.get(m.group(1), m.group(0)), template)


def field_message(key: str, lang: int, ctx: Mapping[str, Any] | None = None) -> str:
    pair = FIELD_MESSAGES.get(key) or FIELD_MESSAGES["value_error"]
    return _format(pair[lang], ctx or {})


@dataclass(frozen=True)
class FieldIssue:
    """One invalid field: where (``field``; for a spreadsheet row also ``row`` and ``column``, the
    sheet's Vietnamese header), which problem code and rule, and the message key with its facts."""

    field: str
    code: str
    key: str
    ctx: Mapping[str, Any] = dataclass_field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    rule: str | None = None


ErrorItem = tuple[str, str, str, Mapping[str, Any]] | FieldIssue


def _issue(item: ErrorItem) -> FieldIssue:
    return item if isinstance(item, FieldIssue) else FieldIssue(*item)


class Problem(Exception):
    """An error that becomes an RFC 9457 answer. ``errors`` are ``FieldIssue``s, or tuples
    (field, code, message key, ctx)."""

    def __init__(
        self,
        code: str,
        *,
        rule: str | None = None,
        reason: str | None = None,
        status: int | None = None,
        errors: Sequence[ErrorItem] = (),
        headers: Mapping[str, str] | None = None,
        **facts: Any,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.rule = rule
        self.reason = reason
        self.status = status or CATALOGUE.get(code, (400, "", ""))[0]
        self.errors = [_issue(e) for e in errors]
        self.headers = dict(headers or {})
        self.facts = facts

    @classmethod
    def from_domain(cls, exc: DomainError) -> Problem:
        reason = exc.facts.get("reason")
        errors: list[ErrorItem] = []
        if exc.field is not None:
            key = (
                f"{exc.rule}:{reason}"
                if f"{exc.rule}:{reason}" in FIELD_MESSAGES
                else (str(reason) if reason in FIELD_MESSAGES else "value_error")
            )
            errors.append((exc.field, exc.code, key, exc.facts))
        facts = {k: v for k, v in exc.facts.items() if k != "reason"}
        return cls(exc.code, rule=exc.rule, reason=reason, errors=errors, **facts)


class NotFound(Problem):
    def __init__(self) -> None:
        super().__init__("not_found")


class Forbidden(Problem):
    def __init__(self, reason: str | None = None) -> None:
        super().__init__("forbidden", reason=reason)


class Unauthorized(Problem):
    def __init__(self) -> None:
        super().__init__("unauthorized", headers={"WWW-Authenticate": "Bearer"})


class PayloadTooLarge(StarletteHTTPException):
    """A body over its operation's limit, raised while it is read. An ``HTTPException`` so that
    FastAPI re-raises it from its body parsing (any other error there becomes a 400) and the
    handler answers 413 ``payload_too_large`` with the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413)
        self.limit = limit


def invalid_field(field: str, key: str, rule: str | None = None, **ctx: Any) -> Problem:
    """A validation problem about one field, with a message from FIELD_MESSAGES."""
    return Problem("validation_error", rule=rule, errors=[(field, "validation_error", key, ctx)])


def problem_body(problem: Problem, request: Request | None) -> dict[str, Any]:
    lang = _lang(request)
    status, title_vi, title_en = CATALOGUE.get(problem.code, (problem.status, problem.code, problem.code))
    detail_pair = DETAILS.get(f"{problem.code}:{problem.reason}") or DETAILS.get(problem.code)
    if detail_pair is None:
        detail_pair = (title_vi + ".", title_en + ".")
    body: dict[str, Any] = {
        "type": TYPE_BASE + problem.code,
        "title": (title_vi, title_en)[lang],
        "status": problem.status,
        "detail": _format(detail_pair[lang], problem.facts),
        "code": problem.code,
    }
    if problem.rule:
        body["rule"] = problem.rule
    if problem.code == "invalid_grant":
        body["error"] = "invalid_grant"  # RFC 6749 §5.2
    for name, value in problem.facts.items():
        if name in FACT_MEMBERS and value is not None:
            body[name] = list(value) if isinstance(value, tuple) else value
    if problem.errors:
        # A hostile file can break every row: the answer lists the first MAX_ERRORS and counts all.
        body["errors"] = [_error_member(issue, lang) for issue in problem.errors[:MAX_ERRORS]]
        body["error_count"] = len(problem.errors)
    request_id = getattr(request.state, "request_id", None) if request is not None else None
    if request_id:
        body["request_id"] = request_id
    return body


def _error_member(issue: FieldIssue, lang: int) -> dict[str, Any]:
    member: dict[str, Any] = {
        "field": issue.field,
        "code": issue.code,
        "message": field_message(issue.key, lang, issue.ctx),
    }
    for name in ERROR_MEMBERS:  # a spreadsheet row's error: its row, the sheet's column, the rule
        value = getattr(issue, name)
        if value is not None:
            member[name] = value
    return member


def problem_response(problem: Problem, request: Request | None) -> JSONResponse:
    return JSONResponse(
        problem_body(problem, request),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=problem.headers or None,
    )


_LOC_SOURCES = {"body", "query", "path", "header", "cookie"}


def _validation_errors(exc: RequestValidationError) -> list[ErrorItem]:
    out: list[ErrorItem] = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        if loc and loc[0] in _LOC_SOURCES:
            loc = loc[1:]
        etype = str(err.get("type", "value_error"))
        field = "body" if etype == "json_invalid" else (".".join(loc) or "body")
        ctx = dict(err.get("ctx") or {})
        code = "validation_error"
        key = etype
        cause = ctx.pop("error", None)
        if isinstance(cause, DomainError):
            code = cause.code
            reason = cause.facts.get("reason")
            key = f"{cause.rule}:{reason}" if cause.rule else str(reason)
            if key not in FIELD_MESSAGES:
                key = str(reason) if reason in FIELD_MESSAGES else "value_error"
            ctx = {}
        elif etype == "value_error":
            # Our own validators raise ValueError("<message key>").
            msg = str(err.get("msg", ""))
            key = msg.removeprefix("Value error, ")
            ctx = {}
        safe_ctx = {k: v for k, v in ctx.items() if isinstance(v, (int, float, str))}
        out.append((field, code, key if key in FIELD_MESSAGES else "value_error", safe_ctx))
    return out


def install(app: FastAPI) -> None:
    """Every error the app can give becomes problem+json."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request)

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return problem_response(Problem.from_domain(exc), request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        rules = {_issue(e).code for e in errors}
        code = "validation_error"
        # A single domain code (e.g. invalid_unit) surfaces as the problem's code.
        if len(rules) == 1 and next(iter(rules)) in CATALOGUE:
            code = next(iter(rules))
        rule = None
        cause_rules = [
            c.rule
            for c in (dict(e.get("ctx") or {}).get("error") for e in exc.errors())
            if isinstance(c, DomainError) and c.rule
        ]
        if cause_rules:
            rule = cause_rules[0]
        return problem_response(Problem(code, rule=rule, errors=errors), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
            406: "not_acceptable",
            412: "precondition_failed",
            413: "payload_too_large",
            415: "unsupported_media_type",
            429: "rate_limited",
            503: "service_unavailable",
        }.get(exc.status_code, "validation_error" if exc.status_code < 500 else "internal_error")
        headers = dict(exc.headers or {})
        if isinstance(exc, PayloadTooLarge):
            return problem_response(Problem("payload_too_large", limit=exc.limit), request)
        if exc.status_code == 400:
            # Starlette refuses a body that is not UTF-8 before validation: still invalid input.
            return problem_response(
                Problem("validation_error", errors=[("body", "validation_error", "json_invalid", {})]), request
            )
        return problem_response(Problem(code, status=exc.status_code, headers=headers), request)

    async def _infrastructure(request: Request, exc: Exception) -> JSONResponse:
        """Database and encoding failures, handled inside the middleware stack (so the answer
        keeps its request id and headers, and the connection stays open)."""
        request_id = getattr(request.state, "request_id", "-")
        if _is_bad_data(exc):
            # A value no validator caught but PostgreSQL refused: still the client's input (Q3).
            log.warning("input refused by the database request_id=%s: %s", request_id, type(exc).__name__)
            return problem_response(
                Problem("validation_error", errors=[("body", "validation_error", "value_error", {})]), request
            )
        if _is_db_unavailable(exc):
            log.warning("database unavailable request_id=%s: %s", request_id, type(exc).__name__)
            return problem_response(Problem("service_unavailable", headers={"Retry-After": "5"}), request)
        log.error("unexpected error request_id=%s", request_id, exc_info=exc)
        return problem_response(Problem("internal_error", request_id=request_id), request)

    import sqlalchemy.exc

    for kind in (UnicodeError, OSError, sqlalchemy.exc.DBAPIError, sqlalchemy.exc.TimeoutError):
        app.add_exception_handler(kind, _infrastructure)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return await _infrastructure(request, exc)


def _is_bad_data(exc: BaseException) -> bool:
    """Invalid text encoding, or SQLSTATE class 22 (data exception: out of range, bad format)."""
    import sqlalchemy.exc

    if isinstance(exc, UnicodeError):
        return True
    if isinstance(exc, sqlalchemy.exc.DBAPIError) and not exc.connection_invalidated:
        sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(
            getattr(exc.orig, "__cause__", None), "sqlstate", None
        )
        return isinstance(sqlstate, str) and sqlstate.startswith("22")
    return False


# SQLSTATEs of a server that is there but will not serve: starting up, shutting down, too many
# connections, or any connection exception (class 08).
_UNAVAILABLE_STATES = frozenset({"57P01", "57P02", "57P03", "53300"})


def _is_db_unavailable(exc: BaseException) -> bool:
    import sqlalchemy.exc

    if isinstance(exc, (ConnectionError, OSError)):
        return True
    if isinstance(exc, sqlalchemy.exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(
            getattr(exc.orig, "__cause__", None), "sqlstate", None
        )
        if isinstance(sqlstate, str) and (sqlstate.startswith("08") or sqlstate in _UNAVAILABLE_STATES):
            return True
    return isinstance(exc, sqlalchemy.exc.InterfaceError | sqlalchemy.exc.TimeoutError)


def responses(*codes: str) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: each problem it can give, documented in the contract."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in ("validation_error", "internal_error", *codes):
        status = CATALOGUE[code][0]
        entry = out.setdefault(
            status,
            {
                "description": CATALOGUE[code][2],
                "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
                "x-codes": [],
            },
        )
        if code not in entry["x-codes"]:
            entry["x-codes"].append(code)
    for entry in out.values():
        entry["description"] = entry["description"] + " (" + ", ".join(entry["x-codes"]) + ")"
        del entry["x-codes"]
    return out
