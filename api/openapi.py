"""What the contract states beyond what FastAPI derives from the routes: the package's version,
who needs no token, the OAuth2 flows and scopes, tag descriptions, response headers, binary
bodies and conditional GETs. Each is derived from the routes themselves, so a new route is
described the same way without a list to keep."""

from __future__ import annotations

import importlib.metadata
import typing
from typing import Any

from fastapi import Response
from fastapi.routing import APIRoute

from api.domain.access import Scope

TOKEN_URL = "/api/v1/auth/token"
SCHEME = "OAuth2PasswordBearer"
ETAG_MARK = "__dhtt_answers_etag__"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA = ("application/json", "application/problem+json")

SCOPES = {
    Scope.READ.value: "Read everything the client's unit may see (every GET)",
    Scope.WRITE.value: "Create and change, within the client's unit (every POST, PUT, PATCH, DELETE)",
}

TAGS = {
    "auth": "Tokens (OAuth2 password, refresh and client-credentials grants) and the caller (đăng nhập)",
    "units": "Units: the province, districts, communes and towns, schools, enterprises, agencies (đơn vị)",
    "emulation-blocks": "Emulation blocks and clusters of units (cụm, khối thi đua)",
    "plans": "The district's plan and its parameters: caps, deadlines, periods (kế hoạch)",
    "conferences": "Conferences of each unit and the district: schedule, agenda, compliance, seats (hội nghị)",
    "delegates": "Delegate lists: entry, spreadsheet import and export, designation upward (đại biểu)",
    "nominations": "Nominations of exemplars for commendation, and the council's decisions (đề nghị khen thưởng)",
    "submissions": "Unit plans, five-year reports and presentations, with versions and attachments (hồ sơ)",
    "budgets": "Budget estimates of the conferences, their versions and the district's sums (dự trù kinh phí)",
    "movements": "Emulation movements and special drives of a plan, and the units' registrations (phong trào thi đua)",
    "users": "Accounts and their roles (tài khoản)",
    "audit": "The audit log of every change (nhật ký)",
    "health": "Liveness and readiness probes",
    "vocabulary": "Labels of every enumerated value, in Vietnamese and English (danh mục)",
}

HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "Strong validator of the representation: send it back in If-Match (writes) or "
        "If-None-Match (reads, answered 304 when unchanged)",
        "schema": {"type": "string", "example": '"3f5a9c0e1b2d4c6a8e7f9a0b1c2d3e4f"'},
    },
    "Location": {
        "description": "The path of the resource created",
        "schema": {"type": "string", "format": "uri-reference"},
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "schema": {"type": "integer", "minimum": 0},
    },
}

IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "ETag of a copy the caller holds: 304 Not Modified, with no body, when it is still current",
    "schema": {"type": "string", "maxLength": 1000},
}

BINARY = {"type": "string", "format": "binary"}


def package_version() -> str:
    """The installed package's version (pyproject's ``project.version``): the contract's."""
    return importlib.metadata.version("dhtt")


def answers_etag(endpoint: Any) -> Any:
    """Mark an endpoint that answers an ETag without a ``response: Response`` parameter (a read
    answering ``model_response(..., etag=True)``)."""
    setattr(endpoint, ETAG_MARK, True)
    return endpoint


def _answers_etag(route: APIRoute) -> bool:
    """``with_etag`` needs a ``Response`` parameter (read from the endpoint's signature); the
    reads that answer a ``Response`` of their own carry the mark."""
    if getattr(route.endpoint, ETAG_MARK, False):
        return True
    hints = typing.get_type_hints(route.endpoint)
    return any(hint is Response for name, hint in hints.items() if name != "return")


def _header(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


def _operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, operations in schema.get("paths", {}).items()
        for method, operation in operations.items()
        if method in METHODS
    ]


def _security(schema: dict[str, Any]) -> None:
    """Public operations say so (``security: []``); the others name the scope they need; the
    scheme declares both flows a caller can take and the scopes an integration client holds."""
    schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes[SCHEME] = {
        "type": "oauth2",
        "description": "Bearer access token from POST /api/v1/auth/token. People use the password grant; "
        "integration clients the client-credentials grant, with the scopes `read` and `write`. Scopes bind "
        "integration clients only: a person's role decides what they may do.",
        "flows": {
            "password": {"tokenUrl": TOKEN_URL, "scopes": dict(SCOPES)},
            "clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": dict(SCOPES)},
        },
    }
    for _, method, operation in _operations(schema):
        if not operation.get("security"):
            operation["security"] = []
        else:
            scope = Scope.READ if method in ("get", "head") else Scope.WRITE
            operation["security"] = [{SCHEME: [scope.value]}]


def _tags(schema: dict[str, Any]) -> None:
    used = sorted({tag for _, _, operation in _operations(schema) for tag in operation.get("tags", [])})
    schema["tags"] = [
        {"name": tag, "description": TAGS.get(tag, f"Operations on {tag.replace('-', ' ')}")} for tag in used
    ]


def _binary(schema: dict[str, Any]) -> None:
    """Files answered (templates, exports, attachments) are binary strings."""
    for _, _, operation in _operations(schema):
        for answer in operation.get("responses", {}).values():
            for media, content in answer.get("content", {}).items():
                if media not in JSON_MEDIA and not content.get("schema"):
                    content["schema"] = dict(BINARY)


def _headers(schema: dict[str, Any], routes: list[APIRoute]) -> None:
    """ETag where answered (and the 304 of a conditional GET), Location on creation, Retry-After
    on 429 and 503."""
    schema.setdefault("components", {}).setdefault("headers", {}).update(HEADERS)
    by_id = {route.name: route for route in routes}  # operation ids are the routes' names
    for _, method, operation in _operations(schema):
        answers = operation.get("responses", {})
        for status, answer in answers.items():
            if status in ("429", "503"):
                answer.setdefault("headers", {})["Retry-After"] = _header("Retry-After")
        route = by_id.get(operation.get("operationId", ""))
        params = operation.get("parameters", [])
        if "201" in answers:
            answers["201"].setdefault("headers", {})["Location"] = _header("Location")
            if any(p.get("in") == "header" and p.get("name") == "Idempotency-Key" for p in params):
                answers["201"]["headers"]["ETag"] = _header("ETag")  # create_idempotently
        if route is None or not _answers_etag(route):
            continue
        success = next((s for s in ("200", "201") if s in answers), None)
        if success is not None:
            answers[success].setdefault("headers", {})["ETag"] = _header("ETag")
        if method == "get":
            operation["parameters"] = [*params, dict(IF_NONE_MATCH)]
            answers["304"] = {
                "description": "Not Modified: the representation still has the ETag sent in If-None-Match",
                "headers": {"ETag": _header("ETag")},
            }


def _nullable(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or any(b.get("type") == "null" for b in schema.get("anyOf", []))


def _restore_nulls(example: Any, schema: dict[str, Any], components: dict[str, Any]) -> None:
    """FastAPI writes the contract without None values (``exclude_none``), which strips the nulls
    out of the examples too; put back each required nullable field an example left out, so the
    examples validate against their own schemas."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        schema = components.get(ref.rsplit("/", 1)[-1], {})
    for branch in schema.get("anyOf", []):
        _restore_nulls(example, branch, components)
    if isinstance(example, dict) and "properties" in schema:
        for name in schema.get("required", []):
            prop = schema["properties"].get(name, {})
            if name not in example and _nullable(prop):
                example[name] = None
        for name, value in example.items():
            if name in schema["properties"]:
                _restore_nulls(value, schema["properties"][name], components)
    elif isinstance(example, list) and isinstance(schema.get("items"), dict):
        for value in example:
            _restore_nulls(value, schema["items"], components)


def _examples(schema: dict[str, Any]) -> None:
    components = schema.get("components", {}).get("schemas", {})
    for component in components.values():
        for example in component.get("examples", []):
            _restore_nulls(example, component, components)


def finish(schema: dict[str, Any], routes: list[Any]) -> None:
    api_routes = [route for route in routes if isinstance(route, APIRoute)]
    schema.setdefault("servers", [{"url": "/", "description": "This service: the paths start at its root"}])
    _security(schema)
    _tags(schema)
    _binary(schema)
    _headers(schema, api_routes)
    _examples(schema)
