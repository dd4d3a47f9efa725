"""auth tokens and throttle

Accounts get a token version (access tokens carry it; a revoking change raises it). Failed
logins move from one row per failure (login_failures) to one counter per key (login_throttle:
account from an address, account, address) with its delay and trust.

Revision ID: b11a0a11b001
Revises: 9eb9363608ca
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'b11a0a11b001'
down_revision: str | None = '9eb9363608ca'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('users', sa.Column('token_version', sa.Integer(), server_default='0', nullable=False))
    op.create_table(
        'login_throttle',
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('blocked_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('trusted_until', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle')),
    )
    op.create_index('ix_login_throttle_last_at', 'login_throttle', ['last_at'], unique=False)
    op.drop_index('ix_login_failures_username_occurred_at', table_name='login_failures')
    op.drop_table('login_failures')


def downgrade() -> None:
    op.create_table(
        'login_failures',
        sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('occurred_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures')),
    )
    op.create_index(
        'ix_login_failures_username_occurred_at', 'login_failures', ['username', 'occurred_at'], unique=False
    )
    op.drop_index('ix_login_throttle_last_at', table_name='login_throttle')
    op.drop_table('login_throttle')
    op.drop_column('users', 'token_version')
