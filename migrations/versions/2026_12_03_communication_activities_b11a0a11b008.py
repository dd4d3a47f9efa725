"""communication activities

Revision ID: b11a0a11b008
Revises: b11a0a11b009
Create Date: 2026-12-03 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b11a0a11b008'
down_revision: str | None = 'b11a0a11b009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = "('reportage', 'video', 'article', 'artwork', 'yearbook', 'banner', 'digital_post')"


def upgrade() -> None:
    # M1 — a unit's communication activities; M2 — a reportage named as a conference's documentary
    op.create_table(
        'communication_activities',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('plan_id', sa.Uuid(), nullable=False),
        sa.Column('unit_id', sa.Uuid(), nullable=False),
        sa.Column('district_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('title', sa.String(length=500), nullable=False),
        sa.Column('channel', sa.String(length=500), nullable=False),
        sa.Column('occurred_on', sa.Date(), nullable=False),
        sa.Column('link', sa.String(length=2000), nullable=True),
        sa.Column('documentary_conference_id', sa.Uuid(), nullable=True),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.CheckConstraint(f'kind IN {KINDS}', name=op.f('ck_communication_activities_kind')),
        sa.CheckConstraint(
            "documentary_conference_id IS NULL OR kind = 'reportage'",
            name=op.f('ck_communication_activities_documentary_is_reportage'),
        ),
        sa.ForeignKeyConstraint(
            ['documentary_conference_id'], ['conferences.id'], ondelete='SET NULL',
            name=op.f('fk_communication_activities_documentary_conference_id_conferences'),
        ),
        sa.ForeignKeyConstraint(['district_id'], ['units.id'], name=op.f('fk_communication_activities_district_id_units')),
        sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_communication_activities_plan_id_plans')),
        sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_communication_activities_unit_id_units')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_activities')),
    )
    op.create_index('ix_communication_activities_created_at_id', 'communication_activities', ['created_at', 'id'])
    op.create_index('ix_communication_activities_updated_at_id', 'communication_activities', ['updated_at', 'id'])
    op.create_index('ix_communication_activities_plan_id_unit_id', 'communication_activities', ['plan_id', 'unit_id'])
    op.create_index(op.f('ix_communication_activities_unit_id'), 'communication_activities', ['unit_id'])
    op.create_index(op.f('ix_communication_activities_district_id'), 'communication_activities', ['district_id'])
    op.create_index(
        'uq_communication_activities_documentary', 'communication_activities', ['documentary_conference_id'],
        unique=True,
    )
    # S6 for M1 — attachment metadata; the bytes live in the attachment folder
    op.create_table(
        'communication_attachments',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('activity_id', sa.Uuid(), nullable=False),
        sa.Column('filename', sa.String(length=255), nullable=False),
        sa.Column('content_type', sa.String(length=128), nullable=False),
        sa.Column('size_bytes', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.ForeignKeyConstraint(
            ['activity_id'], ['communication_activities.id'], ondelete='CASCADE',
            name=op.f('fk_communication_attachments_activity_id_communication_activities'),
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_attachments')),
    )
    op.create_index(
        'ix_communication_attachments_activity_id_created_at_id', 'communication_attachments',
        ['activity_id', 'created_at', 'id'],
    )
    op.create_index(op.f('ix_communication_attachments_sha256'), 'communication_attachments', ['sha256'])


def downgrade() -> None:
    op.drop_index(op.f('ix_communication_attachments_sha256'), table_name='communication_attachments')
    op.drop_index('ix_communication_attachments_activity_id_created_at_id', table_name='communication_attachments')
    op.drop_table('communication_attachments')
    op.drop_index('uq_communication_activities_documentary', table_name='communication_activities')
    op.drop_index(op.f('ix_communication_activities_district_id'), table_name='communication_activities')
    op.drop_index(op.f('ix_communication_activities_unit_id'), table_name='communication_activities')
    op.drop_index('ix_communication_activities_plan_id_unit_id', table_name='communication_activities')
    op.drop_index('ix_communication_activities_updated_at_id', table_name='communication_activities')
    op.drop_index('ix_communication_activities_created_at_id', table_name='communication_activities')
    op.drop_table('communication_activities')
