"""What a GET answers can be sent back as it is (docs/CONTRACT.md, "Symmetric shapes")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.domain.errors import DomainError


def _same(sent: Any, held: Any) -> bool:
    if sent == held:
        return True
    if isinstance(sent, str) and isinstance(held, str):
        try:  # one instant written two ways (``Z`` or ``+07:00``, milli- or microseconds)
            a, b = dt.datetime.fromisoformat(sent), dt.datetime.fromisoformat(held)
        except ValueError:
            return False
        return a.tzinfo is not None and b.tzinfo is not None and a == b
    return False


def check_unchanged(field: str, sent: Any, held: Any) -> None:
    """A field the service owns (an id, a time, a computed value, a label) is accepted when it
    equals what the service holds, and refused, naming the field, when it differs."""
    if not _same(sent, held):
        raise DomainError("validation_error", field=field, reason="read_only")
