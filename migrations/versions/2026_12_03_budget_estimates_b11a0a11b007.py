"""budget estimates

Revision ID: b11a0a11b007
Revises: b11a0a11b004
Create Date: 2026-12-03 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = 'b11a0a11b007'
down_revision: str | None = 'b11a0a11b004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# B1 — the categories of api.domain.budgets.BudgetCategory, as they stand at this revision.
CATEGORIES = ('venue', 'documents', 'rewards', 'performance', 'communication', 'other')


def upgrade() -> None:
    # B2 — the reward per honour and nominee kind, entered by the plan's issuer; no default amount
    op.add_column(
        'plans',
        sa.Column('reward_amounts', postgresql.JSONB(), server_default=sa.text("'[]'::jsonb"), nullable=False),
    )
    op.create_table(
        'budget_estimates',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('plan_id', sa.Uuid(), nullable=False),
        sa.Column('conference_id', sa.Uuid(), nullable=False),
        sa.Column('unit_id', sa.Uuid(), nullable=False),
        sa.Column('district_id', sa.Uuid(), nullable=False),
        sa.Column('current_version', sa.Integer(), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.CheckConstraint('current_version >= 1', name=op.f('ck_budget_estimates_current_version')),
        sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_budget_estimates_conference_id_conferences')),
        sa.ForeignKeyConstraint(['district_id'], ['units.id'], name=op.f('fk_budget_estimates_district_id_units')),
        sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_budget_estimates_plan_id_plans')),
        sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_budget_estimates_unit_id_units')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_estimates')),
        sa.UniqueConstraint('conference_id', name=op.f('uq_budget_estimates_conference_id')),
    )
    op.create_index('ix_budget_estimates_plan_id_created_at_id', 'budget_estimates', ['plan_id', 'created_at', 'id'])
    op.create_index(op.f('ix_budget_estimates_unit_id'), 'budget_estimates', ['unit_id'])
    op.create_index(op.f('ix_budget_estimates_district_id'), 'budget_estimates', ['district_id'])
    op.create_table(
        'budget_estimate_versions',
        sa.Column('estimate_id', sa.Uuid(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('funding_source', sa.String(length=500), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['estimate_id'], ['budget_estimates.id'], name=op.f('fk_budget_estimate_versions_estimate_id_budget_estimates')),
        sa.PrimaryKeyConstraint('estimate_id', 'number', name=op.f('pk_budget_estimate_versions')),
    )
    op.create_table(
        'budget_lines',
        sa.Column('estimate_id', sa.Uuid(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=32), nullable=False),
        sa.Column('description', sa.String(length=500), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('computed', sa.Boolean(), nullable=False),
        sa.CheckConstraint(f'category IN {CATEGORIES}', name=op.f('ck_budget_lines_category')),
        sa.CheckConstraint('amount >= 0', name=op.f('ck_budget_lines_amount')),
        sa.CheckConstraint("NOT computed OR category = 'rewards'", name=op.f('ck_budget_lines_computed_rewards')),
        sa.ForeignKeyConstraint(
            ['estimate_id', 'version'],
            ['budget_estimate_versions.estimate_id', 'budget_estimate_versions.number'],
            name=op.f('fk_budget_lines_estimate_id_budget_estimate_versions'),
        ),
        sa.PrimaryKeyConstraint('estimate_id', 'version', 'position', name=op.f('pk_budget_lines')),
    )


def downgrade() -> None:
    op.drop_table('budget_lines')
    op.drop_table('budget_estimate_versions')
    op.drop_index(op.f('ix_budget_estimates_district_id'), table_name='budget_estimates')
    op.drop_index(op.f('ix_budget_estimates_unit_id'), table_name='budget_estimates')
    op.drop_index('ix_budget_estimates_plan_id_created_at_id', table_name='budget_estimates')
    op.drop_table('budget_estimates')
    op.drop_column('plans', 'reward_amounts')
