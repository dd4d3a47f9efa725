"""F1 — every audited change has an event type (or is account administration, with none)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from api.domain import nominations, submissions
from api.domain.events import NOT_IN_FEED, EventType, carries_etag, event_type, is_public

SERVICES = Path(__file__).resolve().parents[2] / "api" / "services"


def _audited_pairs() -> set[tuple[str, str]]:
    """(entity, action) of every ``audit(...)`` / ``audit_event(...)`` call whose action and
    entity are written out (the state machines' actions are added from their tables below)."""
    pairs: set[tuple[str, str]] = set()
    for path in SERVICES.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            t.id: n.value.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                continue
            skip = {"audit": 2, "audit_event": 1}.get(call.func.id)
            if skip is None:
                continue
            action_node, entity_node = call.args[skip], call.args[skip + 1]
            entity = entity_node.value if isinstance(entity_node, ast.Constant) else None
            if isinstance(entity_node, ast.Name):
                entity = constants.get(entity_node.id)
            actions = []
            if isinstance(action_node, ast.Constant):
                actions = [action_node.value]
            elif isinstance(action_node, ast.IfExp):
                actions = [n.value for n in (action_node.body, action_node.orelse) if isinstance(n, ast.Constant)]
            pairs |= {(str(entity), str(a)) for a in actions if entity is not None}
    return pairs


def test_F1_every_audited_change_has_a_type() -> None:
    pairs = _audited_pairs()
    assert ("conference", "finalize") in pairs  # the scan finds the calls
    pairs |= {("nomination", a) for a in nominations.TRANSITIONS}
    pairs |= {("submission", a) for by_action in submissions.TRANSITIONS.values() for a in by_action}
    for entity, action in sorted(pairs):
        kind = event_type(entity, action)
        assert (kind is None) == (entity in NOT_IN_FEED), (entity, action)


def test_F1_the_spec_names() -> None:
    assert event_type("conference", "create") is EventType.CONFERENCE_SCHEDULED
    assert event_type("conference", "finalize") is EventType.DELEGATE_LIST_FINALIZED
    assert event_type("nomination", "approve") is EventType.NOMINATION_APPROVED
    assert event_type("submission", "submit") is EventType.SUBMISSION_SUBMITTED
    with pytest.raises(ValueError, match="nomination.frobnicate"):
        event_type("nomination", "frobnicate")


def test_F1_x2_public_records_and_etags() -> None:
    assert is_public("conference")
    assert not is_public("nomination")
    assert carries_etag("update", True)
    assert not carries_etag("delete", False)
    assert not carries_etag("attach", True)
