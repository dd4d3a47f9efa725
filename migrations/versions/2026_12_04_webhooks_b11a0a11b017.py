"""webhooks (F2): subscriptions, the attempt log, and procrastinate's job queue

Revision ID: b11a0a11b017
Revises: b11a0a11b016
Create Date: 2026-12-04 00:00:00

The job queue's schema is procrastinate's own (``procrastinate/sql/schema.sql`` of the installed
package), applied as it ships; the downgrade drops what it creates. Its tables are outside the
models (migrations/env.py leaves ``procrastinate_*`` out of ``alembic check``).
"""

import re
from collections.abc import Sequence
from importlib import resources

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.util import await_only

revision: str = 'b11a0a11b017'
down_revision: str | None = 'b11a0a11b016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _procrastinate_schema() -> str:
    return resources.files('procrastinate').joinpath('sql/schema.sql').read_text(encoding='utf-8')


def _run_script(sql: str) -> None:
    """A script of many statements (functions with ``;`` in their bodies), sent as one simple query."""
    driver = op.get_bind().connection.dbapi_connection.driver_connection  # type: ignore[union-attr]
    await_only(driver.execute(sql))


def upgrade() -> None:
    op.create_table(
        'webhooks',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('owner_id', sa.Uuid(), nullable=False),
        sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column('event_types', postgresql.ARRAY(sa.String(length=64)), nullable=False),
        sa.Column('secret', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column('paused_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column('after_commit', sa.BigInteger(), nullable=False),
        sa.Column('after_seq', sa.BigInteger(), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('failing_since', sa.DateTime(timezone=True), nullable=True),
        sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.CheckConstraint("status IN ('active', 'paused')", name=op.f('ck_webhooks_status')),
        sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_webhooks_owner_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_webhooks')),
    )
    op.create_index('ix_webhooks_owner_id_created_at_id', 'webhooks', ['owner_id', 'created_at', 'id'])
    op.create_index('ix_webhooks_created_at_id', 'webhooks', ['created_at', 'id'])
    op.create_table(
        'webhook_deliveries',
        sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column('webhook_id', sa.Uuid(), nullable=False),
        sa.Column('event_cursor', sqlmodel.sql.sqltypes.AutoString(length=41), nullable=False),
        sa.Column('event_type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('succeeded', sa.Boolean(), nullable=False),
        sa.Column('status_code', sa.Integer(), nullable=True),
        sa.Column('duration_ms', sa.Integer(), nullable=False),
        sa.Column('error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column('attempted_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.ForeignKeyConstraint(
            ['webhook_id'], ['webhooks.id'], name=op.f('fk_webhook_deliveries_webhook_id_webhooks'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_webhook_deliveries')),
    )
    op.create_index('ix_webhook_deliveries_webhook_id_id', 'webhook_deliveries', ['webhook_id', 'id'])
    # F2 — the job queue the deliveries run on: procrastinate's schema, as the package ships it.
    _run_script(_procrastinate_schema())


def downgrade() -> None:
    schema = _procrastinate_schema()
    drops = [f'DROP TABLE IF EXISTS {name} CASCADE' for name in re.findall(r'^CREATE TABLE (\w+)', schema, re.M)]
    drops += [f'DROP FUNCTION IF EXISTS {name} CASCADE' for name in re.findall(r'^CREATE FUNCTION (\w+)', schema, re.M)]
    drops += [f'DROP TYPE IF EXISTS {name} CASCADE' for name in re.findall(r'^CREATE TYPE (\w+)', schema, re.M)]
    for statement in drops:
        op.execute(statement)
    op.drop_index('ix_webhook_deliveries_webhook_id_id', table_name='webhook_deliveries')
    op.drop_table('webhook_deliveries')
    op.drop_index('ix_webhooks_created_at_id', table_name='webhooks')
    op.drop_index('ix_webhooks_owner_id_created_at_id', table_name='webhooks')
    op.drop_table('webhooks')
