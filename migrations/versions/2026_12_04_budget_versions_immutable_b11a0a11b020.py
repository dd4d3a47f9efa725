"""budget estimate versions and their lines are immutable (S5, B1)

Every save of a budget estimate is a new version with its lines; a version, once written, is never
changed or removed (as submission versions since c0171691ff75). The service only ever inserts
them; these triggers make PostgreSQL refuse an UPDATE or DELETE of either table, whoever connects.
Budget estimates themselves are never deleted (a conference holding one cannot be deleted), so
nothing the service does is refused.

Revision ID: b11a0a11b020
Revises: b11a0a11b019
Create Date: 2026-12-04 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "b11a0a11b020"
down_revision: str | None = "b11a0a11b019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("budget_estimate_versions", "budget_lines")


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION budget_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% rows are immutable (S5)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    for table in TABLES:
        op.execute(
            f"""CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION budget_versions_immutable()"""
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER {table}_immutable ON {table}")
    op.execute("DROP FUNCTION budget_versions_immutable()")
