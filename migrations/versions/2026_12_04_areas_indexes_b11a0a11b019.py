"""areas' report (L1): indexes its two statements read alone — a list's counts, a plan's nominations by state

Revision ID: b11a0a11b019
Revises: b11a0a11b017
Create Date: 2026-12-04 00:00:00
"""

from collections.abc import Sequence

from alembic import op


revision: str = 'b11a0a11b019'
down_revision: str | None = 'b11a0a11b017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A3, A4, A9 — the counts of many lists at once (api.db.delegates.count_columns), index only
    op.create_index(
        'ix_delegates_conference_id_counts',
        'delegates',
        ['conference_id'],
        unique=False,
        postgresql_include=['pilot_invitee', 'category'],
    )
    # N5, L1 — a plan's nominations by state, index only
    op.create_index('ix_nominations_conference_id_state', 'nominations', ['conference_id', 'state'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_nominations_conference_id_state', table_name='nominations')
    op.drop_index('ix_delegates_conference_id_counts', table_name='delegates')
