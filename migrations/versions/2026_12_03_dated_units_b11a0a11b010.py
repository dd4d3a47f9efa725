"""date-effective units (L3)

Revision ID: b11a0a11b010
Revises: b11a0a11b006
Create Date: 2026-12-03 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'b11a0a11b010'
down_revision: str | None = 'b11a0a11b006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # L3 — every unit registered so far is valid from the register's beginning of time (1900-01-01),
    # open, without successors or official code: every existing plan keeps its units.
    op.add_column('units', sa.Column('valid_from', sa.Date(), server_default=sa.text("'1900-01-01'"), nullable=False))
    op.add_column('units', sa.Column('valid_to', sa.Date(), nullable=True))
    op.add_column(
        'units',
        sa.Column(
            'successor_ids', postgresql.ARRAY(sa.Uuid()), server_default=sa.text("'{}'::uuid[]"), nullable=False
        ),
    )
    op.add_column('units', sa.Column('admin_code', sa.String(length=8), nullable=True))
    op.create_check_constraint(op.f('ck_units_validity'), 'units', 'valid_to IS NULL OR valid_to >= valid_from')
    op.create_check_constraint(
        op.f('ck_units_successors_closed'), 'units', 'cardinality(successor_ids) = 0 OR valid_to IS NOT NULL'
    )
    op.create_check_constraint(op.f('ck_units_admin_code_digits'), 'units', "admin_code ~ '^[0-9]+$'")
    op.create_unique_constraint(op.f('uq_units_admin_code'), 'units', ['admin_code'])


def downgrade() -> None:
    # Dropping the dates forgets which units were closed and merged: the units themselves and every
    # record made for them stay.
    op.drop_constraint(op.f('uq_units_admin_code'), 'units', type_='unique')
    op.drop_constraint(op.f('ck_units_admin_code_digits'), 'units', type_='check')
    op.drop_constraint(op.f('ck_units_successors_closed'), 'units', type_='check')
    op.drop_constraint(op.f('ck_units_validity'), 'units', type_='check')
    op.drop_column('units', 'admin_code')
    op.drop_column('units', 'successor_ids')
    op.drop_column('units', 'valid_to')
    op.drop_column('units', 'valid_from')
