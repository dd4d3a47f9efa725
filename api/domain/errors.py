"""The one error the domain raises: a rule's code, its ID and the facts behind the decision."""

from __future__ import annotations

from typing import Any


class DomainError(ValueError):
    """A rule was broken. ``code`` is SPEC's error code, ``rule`` the rule ID (e.g. ``U1``)."""

    def __init__(self, code: str, rule: str | None = None, field: str | None = None, **facts: Any):
        super().__init__(f"{code} ({rule})" if rule else code)
        self.code = code
        self.rule = rule
        self.field = field
        self.facts = facts
