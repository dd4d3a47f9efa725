"""auth tokens and throttle

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
    pass


def downgrade() -> None:
    pass
