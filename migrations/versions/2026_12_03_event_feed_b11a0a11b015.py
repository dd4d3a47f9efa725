"""event feed (F1): the events table, an outbox written with the audit record, numbered at commit

Revision ID: b11a0a11b015
Revises: b11a0a11b013
Create Date: 2026-12-03 21:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'b11a0a11b015'
down_revision: str | None = 'b11a0a11b013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'events',
        sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column('commit_seq', sa.BigInteger(), nullable=True),
        sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('unit_id', sa.Uuid(), nullable=True),
        sa.Column('district_id', sa.Uuid(), nullable=True),
        sa.Column('public', sa.Boolean(), nullable=False),
        sa.Column('etag', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column('occurred_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_events')),
    )
    op.create_index('ix_events_commit_seq_seq', 'events', ['commit_seq', 'seq'], unique=False)
    op.create_index(
        'ix_events_pending', 'events', ['seq'], unique=False, postgresql_where=sa.text('commit_seq IS NULL')
    )
    # Each writing transaction's number, taken just before it commits (api/db/events.py).
    op.execute('CREATE SEQUENCE event_commits AS bigint')


def downgrade() -> None:
    op.execute('DROP SEQUENCE event_commits')
    op.drop_index('ix_events_pending', table_name='events', postgresql_where=sa.text('commit_seq IS NULL'))
    op.drop_index('ix_events_commit_seq_seq', table_name='events')
    op.drop_table('events')
