"""plan parameter names

Revision ID: b11a0a11b004
Revises: b11a0a11b003
Create Date: 2026-12-03 18:00:00
"""

from collections.abc import Sequence

from alembic import op


revision: str = 'b11a0a11b004'
down_revision: str | None = 'b11a0a11b003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The plan's parameters, renamed once to one pattern (docs/CONTRACT.md, "Names"): years end in
# ``_year``, dates in ``_due_on``, the largest numbers allowed in ``_cap``.
RENAMES = (
    ("period_start", "period_start_year"),
    ("period_end", "period_end_year"),
    ("review_start", "review_period_start_year"),
    ("review_end", "review_period_end_year"),
    ("unit_plan_due", "unit_plan_due_on"),
    ("compilation_due", "district_compilation_due_on"),
    ("grassroots_deadline", "grassroots_conferences_due_on"),
    ("district_deadline", "district_conference_due_on"),
    ("full_assembly_limit", "full_assembly_headcount_cap"),
)


def upgrade() -> None:
    for old, new in RENAMES:
        op.alter_column('plans', old, new_column_name=new)
    # PostgreSQL rewrites the checks' expressions itself; only the one named after a column moves.
    op.execute('ALTER TABLE plans RENAME CONSTRAINT ck_plans_full_assembly_limit TO ck_plans_full_assembly_headcount_cap')


def downgrade() -> None:
    op.execute('ALTER TABLE plans RENAME CONSTRAINT ck_plans_full_assembly_headcount_cap TO ck_plans_full_assembly_limit')
    for old, new in RENAMES:
        op.alter_column('plans', new, new_column_name=old)
