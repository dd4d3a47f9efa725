"""X2 in SQL: the caller's private scope (``api.domain.access.private_scope``) as a condition on a
private table's unit and district columns — the one translation every private list and every
aggregate over private rows (statistics, unit-plan status, tombstones) uses."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from api.domain.access import PrivateScope, Reach

SCOPE_ID = "scope_id"
"""The bind parameter holding the scope's unit or district id."""
SCOPE_IDS = "scope_ids"
"""The bind parameter holding the areas of a ``Reach.AREAS`` scope (L2)."""


def scope_condition(scope: PrivateScope, unit_column: Any, district_column: Any) -> sa.ColumnElement[bool] | None:
    """X2 — the rows of ``scope``: None for all of them, the unit's or the district's rows, or
    none (``false``). The id is the bind parameter ``SCOPE_ID``, bound to the scope's id; a
    statement built once per reach (``PrivateScope(reach)``, no id) takes it from ``scope_params``."""
    if scope.reach is Reach.ALL:
        return None
    if scope.reach is Reach.NONE:
        return sa.false()
    if scope.reach is Reach.AREAS:
        ids = sa.bindparam(SCOPE_IDS, sorted(scope.ids), type_=ARRAY(sa.Uuid))
        areas: sa.ColumnElement[bool] = district_column == sa.func.any(ids)
        return areas
    column = unit_column if scope.reach is Reach.UNIT else district_column
    condition: sa.ColumnElement[bool] = column == sa.bindparam(SCOPE_ID, scope.id, type_=sa.Uuid)
    return condition


def scope_params(scope: PrivateScope) -> dict[str, Any]:
    """The value of ``SCOPE_ID`` for a statement built once per reach."""
    if scope.reach is Reach.AREAS:
        return {SCOPE_IDS: sorted(scope.ids)}
    return {} if scope.id is None else {SCOPE_ID: scope.id}
