"""SPEC §5 — the committed contract (openapi/openapi.json) is what the code serves, is valid
OpenAPI 3.1, documents every problem an operation can give, and its docs work offline."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from openapi_spec_validator import validate

from api.app import create_app, render_openapi
from api.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "openapi" / "openapi.json"
API_PREFIX = "/api/v1"
PROBLEM_JSON = "application/problem+json"
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
REGENERATE = "the committed contract is stale: run `uv run dhtt openapi` and commit openapi/openapi.json"


def _contract() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(CONTRACT.read_bytes())
    return spec


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _api_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [op for op in _operations(spec) if op[0].startswith(API_PREFIX + "/")]


def _first_difference(a: bytes, b: bytes) -> str:
    lines_a, lines_b = a.decode().splitlines(), b.decode().splitlines()
    for number, (left, right) in enumerate(zip(lines_a, lines_b, strict=False), start=1):
        if left != right:
            return f"first difference at line {number}:\n  committed: {left.strip()}\n  generated: {right.strip()}"
    return f"committed has {len(lines_a)} lines, generated has {len(lines_b)}"


# --- drift ---------------------------------------------------------------------------------


def test_committed_contract_equals_the_generated_one(settings: Settings) -> None:
    generated = render_openapi(create_app(settings))
    committed = CONTRACT.read_bytes()
    assert committed == generated, f"{REGENERATE}\n{_first_difference(committed, generated)}"


async def test_served_openapi_json_is_byte_equal_to_the_committed_file(client: httpx.AsyncClient) -> None:
    r = await client.get("/openapi.json")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    committed = CONTRACT.read_bytes()
    assert r.content == committed, f"{REGENERATE}\n{_first_difference(committed, r.content)}"


# --- validity ------------------------------------------------------------------------------


def test_contract_is_valid_openapi_3_1() -> None:
    spec = _contract()
    assert spec["openapi"].startswith("3.1."), spec["openapi"]
    validate(spec)  # raises OpenAPIValidationError with the offending path


def test_every_ref_resolves() -> None:
    spec = _contract()
    components = spec["components"]
    refs = set(re.findall(r'"\$ref": "([^"]+)"', CONTRACT.read_text(encoding="utf-8")))
    assert refs, "the contract uses no $ref at all"

    def resolves(ref: str) -> bool:  # #/components/<kind>/<name>: schemas, headers
        parts = ref.split("/")
        return len(parts) == 4 and parts[:2] == ["#", "components"] and parts[3] in components.get(parts[2], {})

    missing = sorted(ref for ref in refs if not resolves(ref))
    assert not missing, f"unresolvable $ref: {missing}"


# --- problems documented -------------------------------------------------------------------


def _problem_content_ok(response: dict[str, Any]) -> bool:
    content = response.get("content") or {}
    return list(content) == [PROBLEM_JSON] and content[PROBLEM_JSON].get("schema") == {
        "$ref": "#/components/schemas/Problem"
    }


def test_the_api_has_operations() -> None:
    assert len(_api_operations(_contract())) >= 20


@pytest.mark.parametrize(
    ("path", "method"), [(path, method) for path, method, _ in _api_operations(_contract())], ids=lambda v: str(v)
)
def test_operation_documents_its_problem_responses(path: str, method: str) -> None:
    operation = _contract()["paths"][path][method]
    responses = operation["responses"]
    assert "422" in responses, f"{method.upper()} {path} does not document 422"
    assert _problem_content_ok(responses["422"]), f"{method.upper()} {path}: 422 is not a Problem ({PROBLEM_JSON})"
    # the token endpoint and the calendar feeds (their credential is the token in the URL) need no Bearer
    if path != f"{API_PREFIX}/auth/token" and not path.startswith(f"{API_PREFIX}/calendar-feeds/"):
        assert "401" in responses, f"{method.upper()} {path} does not document 401"
        assert _problem_content_ok(responses["401"]), f"{method.upper()} {path}: 401 is not a Problem"
        assert operation.get("security"), f"{method.upper()} {path} answers 401 but declares no security"
    for status, response in responses.items():
        if status.startswith(("4", "5")):
            assert _problem_content_ok(response), f"{method.upper()} {path}: {status} is not {PROBLEM_JSON}"


def test_the_token_endpoint_documents_invalid_grant_and_rate_limit() -> None:
    responses = _contract()["paths"][f"{API_PREFIX}/auth/token"]["post"]["responses"]
    assert {"200", "400", "422", "429"} <= set(responses)


def test_problem_schema_carries_the_rfc_9457_fields_and_the_code() -> None:
    problem = _contract()["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "code"} <= set(problem["required"])
    assert {"rule", "errors", "instance"} <= set(problem["properties"])


def test_operation_ids_are_unique_snake_case() -> None:
    operations = _operations(_contract())
    missing = [f"{method.upper()} {path}" for path, method, operation in operations if not operation.get("operationId")]
    assert not missing, f"operations without an operationId: {missing}"
    ids = [str(operation["operationId"]) for _, _, operation in operations]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate operationIds: {duplicates}"
    bad = sorted(i for i in ids if not SNAKE_CASE.match(i))
    assert not bad, f"operationIds that are not clean snake_case: {bad}"


def test_the_spec_paths_are_under_the_base_path() -> None:
    """SPEC §5: the base path is /api/v1; only /healthz and /readyz stand outside it."""
    outside = sorted(p for p in _contract()["paths"] if not p.startswith(API_PREFIX + "/"))
    assert outside == ["/healthz", "/readyz"]


# --- docs work offline ---------------------------------------------------------------------


class _Links(HTMLParser):
    """Every URL a page makes the browser fetch or follow: src=, href=, and ReDoc's spec-url=."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [value for name, value in attrs if name in {"src", "href", "spec-url"} and value]


def _links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.urls


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_page_is_html_and_references_only_same_host_urls(client: httpx.AsyncClient, page: str) -> None:
    r = await client.get(page)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    urls = _links(r.text)
    assert any(u.endswith(".js") for u in urls), f"{page} loads no script: {urls}"
    for url in urls:
        parts = urlsplit(url)
        assert not url.startswith("//"), f"{page} references a protocol-relative URL {url}"
        assert parts.scheme in ("", "http", "https"), f"{page} references {url}"
        assert not parts.netloc or parts.netloc == urlsplit(str(client.base_url)).netloc, (
            f"{page} references another host: {url}"
        )
    external = [
        m for m in re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s'\"<>]*", r.text) if "testserver" not in m
    ]
    assert not external, f"{page} mentions external URLs: {external}"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_every_asset_a_docs_page_references_is_served(client: httpx.AsyncClient, page: str) -> None:
    html = (await client.get(page)).text
    assets = [urlsplit(urljoin(page, u)).path for u in _links(html)]
    static = [a for a in assets if a.startswith("/static/")]
    assert static, f"{page} references no /static/ asset: {assets}"
    for asset in assets:
        r = await client.get(asset)
        assert r.status_code == 200, f"{page} references {asset}, which answers {r.status_code}"
        assert r.content, f"{asset} is empty"


# --- one list shape, incremental sync (issue 12) --------------------------------------------


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        target: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        schema = target
    return schema


def _ok_json_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return _resolve(spec, schema) if schema else None


# F1 — the event feed pages by its own ``after`` cursor, in commit order (SPEC: ``GET /events?after=``),
# not by ``cursor`` and ``updated_after``: an update time is not commit order.
FEEDS = {"/api/v1/events"}


def test_contract_every_list_is_a_page() -> None:
    """No GET answers a bare array; every list is ``{items, next_cursor}`` and takes ``limit``
    (at most 500), ``cursor`` and ``updated_after``."""
    spec = _contract()
    lists = []
    for path, method, operation in _operations(spec):
        if method != "get":
            continue
        schema = _ok_json_schema(spec, operation)
        if schema is None:
            continue
        assert schema.get("type") != "array", f"GET {path} answers a bare array"
        if set(schema.get("properties", {})) != {"items", "next_cursor"}:
            continue
        lists.append(path)
        params = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "query"}
        if path in FEEDS:
            assert "after" in params, f"GET {path} (a feed) has no `after` parameter"
            continue
        for name in ("limit", "cursor", "updated_after"):
            assert name in params, f"GET {path} (a list) has no `{name}` parameter"
        assert params["limit"]["schema"]["maximum"] == 500, f"GET {path}: limit is not capped at 500"
        assert params["limit"]["schema"].get("default") == 50, f"GET {path}: limit does not default to 50"
    expected = {"designations", "attachments", "versions", "report-outline", "deletions", "units", "delegates"}
    assert expected <= {p.rstrip("/").rsplit("/", 1)[-1] for p in lists}
