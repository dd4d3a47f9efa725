"""calendar feeds: per-user feed tokens, kept as their SHA-256 only

Revision ID: b11a0a11b013
Revises: b11a0a11b012
Create Date: 2026-12-03 21:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'b11a0a11b013'
down_revision: str | None = 'b11a0a11b012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'calendar_tokens',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ['user_id'], ['users.id'], name=op.f('fk_calendar_tokens_user_id_users'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_tokens')),
        sa.UniqueConstraint('token_hash', name=op.f('uq_calendar_tokens_token_hash')),
    )
    op.create_index(op.f('ix_calendar_tokens_user_id'), 'calendar_tokens', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_calendar_tokens_user_id'), table_name='calendar_tokens')
    op.drop_table('calendar_tokens')
