"""pilot programme (P1)

Revision ID: b11a0a11b006
Revises: b11a0a11b008
Create Date: 2026-12-03 20:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'b11a0a11b006'
down_revision: str | None = 'b11a0a11b008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "kind IN ('unit_plan', 'summary_report', 'presentation', 'district_compilation')"
NEW_KINDS = "kind IN ('unit_plan', 'summary_report', 'presentation', 'district_compilation', 'programme')"


def upgrade() -> None:
    # P1 — a pilot unit's conference programme is a submission of kind ``programme``, one per conference
    op.drop_constraint(op.f('ck_submissions_kind'), 'submissions', type_='check')
    op.create_check_constraint(op.f('ck_submissions_kind'), 'submissions', NEW_KINDS)
    op.create_check_constraint(
        op.f('ck_submissions_programme_conference'), 'submissions', "kind <> 'programme' OR conference_id IS NOT NULL"
    )
    op.create_index(
        'uq_submissions_conference_id_programme',
        'submissions',
        ['conference_id'],
        unique=True,
        postgresql_where=sa.text("kind = 'programme'"),
    )


def downgrade() -> None:
    # Versions are immutable (S5): programmes are never erased, so a database holding one cannot go back.
    op.execute(
        """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM submissions WHERE kind = 'programme') THEN
                RAISE EXCEPTION 'programme submissions exist (P1); downgrading would lose them';
            END IF;
        END $$;
        """
    )
    op.drop_index('uq_submissions_conference_id_programme', table_name='submissions', postgresql_where=sa.text("kind = 'programme'"))
    op.drop_constraint(op.f('ck_submissions_programme_conference'), 'submissions', type_='check')
    op.drop_constraint(op.f('ck_submissions_kind'), 'submissions', type_='check')
    op.create_check_constraint(op.f('ck_submissions_kind'), 'submissions', OLD_KINDS)
