"""Problems: every message renders as a sentence in both languages whatever facts it gets; facts
are members of the body; the contract's Problem.code lists every code the service emits."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

from api.domain.delegates import (
    Category,
    Composition,
    check_allocations,
    check_cap,
    check_composition,
    check_designation,
)
from api.domain.errors import DomainError
from api.domain.submissions import check_report_complete
from api.problems import (
    CATALOGUE,
    COMPLIANCE_MESSAGES,
    DETAILS,
    FACT_MEMBERS,
    FIELD_MESSAGES,
    FieldIssue,
    Problem,
    _format,
    problem_body,
)

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)\}")
LIST_FACTS = {"missing", "expected"}

MESSAGES: list[tuple[str, str, str]] = [
    (f"{table}:{key}", ("vi", "en")[lang], pair[lang])
    for table, messages in (("detail", DETAILS), ("field", FIELD_MESSAGES), ("compliance", COMPLIANCE_MESSAGES))
    for key, pair in messages.items()
    for lang in (0, 1)
]


def _sample(name: str) -> Any:
    return [f"<{name}-1>", f"<{name}-2>"] if name in LIST_FACTS else f"<{name}>"


def _assert_sentence(text: str, where: str) -> None:
    assert not set(text) & set("{}[]"), f"{where}: {text!r}"
    assert text.count("(") == text.count(")"), f"{where}: unbalanced parentheses in {text!r}"
    for blemish in ("  ", " .", " ,", "()"):
        assert blemish not in text, f"{where}: {text!r}"
    assert text, where
    assert text.strip() == text, f"{where}: {text!r}"


@pytest.mark.parametrize(("key", "lang", "template"), MESSAGES, ids=[f"{k}-{lang}" for k, lang, _ in MESSAGES])
def test_messages_never_show_a_placeholder(key: str, lang: str, template: str) -> None:
    """Rendered with all its facts, with none, and with each one missing in turn, a message is a
    sentence: no placeholder, no bracket, nothing raised; with all facts each fact is shown."""
    names = set(PLACEHOLDER.findall(template))
    every = {name: _sample(name) for name in names}
    full = _format(template, every)
    _assert_sentence(full, f"{key} [{lang}] with every fact")
    for name in names:
        assert str(_sample(name) if name not in LIST_FACTS else _sample(name)[0]) in full, (key, name)
    _assert_sentence(_format(template, {}), f"{key} [{lang}] without facts")
    for name in names:
        _assert_sentence(
            _format(template, {k: v for k, v in every.items() if k != name}), f"{key} [{lang}] without {name}"
        )
        _assert_sentence(_format(template, every | {name: None}), f"{key} [{lang}] with {name}=None")


def test_messages_never_show_a_placeholder_in_a_fact() -> None:
    """A fact's own text is shown as is, never read as a template."""
    assert _format("Tệp[: {entry}].", {"entry": "a[{b}]"}) == "Tệp: a[{b}]."


def test_messages_never_show_a_placeholder_cap_fixed() -> None:
    """The cap message of an import over the cap names the numbers, in both languages."""
    with pytest.raises(DomainError) as err:
        check_cap(200, 150, 51)
    body_vi = problem_body(Problem.from_domain(err.value), None)
    assert body_vi["detail"] == "Vượt số lượng đại biểu tối đa 200 (hiện có 150, thêm 51, còn 50 chỗ)."


def _body(exc: DomainError) -> dict[str, Any]:
    return problem_body(Problem.from_domain(exc), None)


def test_problem_facts_are_members_A4() -> None:
    with pytest.raises(DomainError) as err:
        check_composition(Composition(total=200, exemplary=139, share_percent=70))
    body = _body(err.value)
    assert body["code"] == "composition_ratio_violated"
    facts = {k: body[k] for k in ("total", "exemplary", "add_exemplary", "remove_others", "share_percent")}
    assert facts == {"total": 200, "exemplary": 139, "add_exemplary": 4, "remove_others": 2, "share_percent": 70}


def test_problem_facts_are_members_A4_without_a_number_that_would_do() -> None:
    """At a 100 % share no number of exemplary delegates to add would do: the member is absent
    and the message still reads as a sentence."""
    with pytest.raises(DomainError) as err:
        check_composition(Composition(total=10, exemplary=9, share_percent=100))
    body = _body(err.value)
    assert "add_exemplary" not in body
    _assert_sentence(body["detail"], "A4 at 100 %")


def test_problem_facts_are_members_cap() -> None:
    with pytest.raises(DomainError) as err:
        check_cap(200, 199, 3)
    body = _body(err.value)
    expected = {"cap": 200, "count": 199, "room": 1, "adding": 3}
    assert {k: body[k] for k in ("cap", "count", "room", "adding")} == expected
    with pytest.raises(DomainError) as err:
        check_cap(200, 250, rule="A1")
    body = _body(err.value)
    assert {k: body[k] for k in ("cap", "count", "room", "over")} == {"cap": 200, "count": 250, "room": 0, "over": 50}
    assert "reason" not in body


def test_problem_facts_are_members_report_incomplete() -> None:
    with pytest.raises(DomainError) as err:
        check_report_complete({})
    body = _body(err.value)
    assert isinstance(body["missing"], list)
    assert "p1.III.2" in body["missing"]
    assert ", ".join(body["missing"]) in body["detail"]


def test_problem_facts_are_members_allocations() -> None:
    with pytest.raises(DomainError) as err:
        check_allocations({"a": 150, "b": 70}, 210)
    assert {k: _body(err.value)[k] for k in ("total", "capacity")} == {"total": 220, "capacity": 210}
    with pytest.raises(DomainError) as err:
        check_designation(3, 3, Category.HERO)
    assert {k: _body(err.value)[k] for k in ("allocated", "designated")} == {"allocated": 3, "designated": 3}


def test_problem_facts_are_members_retry_after_and_limit() -> None:
    assert problem_body(Problem("rate_limited", retry_after=30), None)["retry_after"] == 30
    body = problem_body(Problem("payload_too_large", limit=1024), None)
    assert (body["limit"], body["detail"]) == (1024, "Dữ liệu gửi lên vượt giới hạn cho phép (1024 byte).")


def test_problem_facts_are_members_only_the_declared_ones() -> None:
    """A fact the contract does not declare stays inside ``detail``."""
    body = problem_body(Problem("conflict", secret_fact="x", limit=3), None)
    assert "secret_fact" not in body
    assert body["limit"] == 3


def test_problem_facts_are_members_import_rows_with_vietnamese_column() -> None:
    problem = Problem(
        "validation_error",
        errors=[FieldIssue("rows.3.birth_date", "validation_error", "date_parsing", row=3, column="Ngày sinh")],
    )
    error = problem_body(problem, None)["errors"][0]
    assert error == {
        "field": "rows.3.birth_date",
        "code": "validation_error",
        "message": FIELD_MESSAGES["date_parsing"][0],
        "row": 3,
        "column": "Ngày sinh",
    }


# --- the contract's Problem.code ------------------------------------------------------------


def _literal_codes() -> set[tuple[str, str]]:
    """Every string literal given as the code to DomainError(...), Problem(...) or a helper that
    makes one, anywhere in api/ — with the file it is in."""
    makers = {"DomainError", "Problem", "_refuse"}
    found: set[tuple[str, str]] = set()
    for path in (ROOT / "api").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            first = node.args[0]
            if name in makers and isinstance(first, ast.Constant) and isinstance(first.value, str):
                code = first.value
                if name == "_refuse":
                    code = "unsupported_media_type"  # S6's maker: its first argument is the reason
                found.add((code, str(path.relative_to(ROOT))))
            if name == "super" or not isinstance(node.func, ast.Attribute) or node.func.attr != "__init__":
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add((first.value, str(path.relative_to(ROOT))))  # Problem subclasses
    return found


def test_contract_problem_code_is_an_enum_of_every_code() -> None:
    spec = json.loads((ROOT / "openapi" / "openapi.json").read_bytes())
    problem = spec["components"]["schemas"]["Problem"]
    assert problem["properties"]["code"]["enum"] == list(CATALOGUE)
    literals = _literal_codes()
    assert len(literals) > 40  # the scan does see the raises
    unknown = sorted((code, where) for code, where in literals if code not in CATALOGUE)
    assert unknown == [], f"codes raised but not in api.problems.CATALOGUE: {unknown}"
    # every message is keyed by a known code, and every fact member is declared in the contract
    assert {key.split(":")[0] for key in DETAILS} <= set(CATALOGUE)
    for name, (schema, description) in FACT_MEMBERS.items():
        assert problem["properties"][name]["type"] == schema["type"], name
        assert description, name
        assert name not in problem.get("required", []), name
