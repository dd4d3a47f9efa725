"""emulation movements and registrations (E1, E2)

Revision ID: b11a0a11b009
Revises: b11a0a11b007
Create Date: 2026-12-03 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "b11a0a11b009"
down_revision: str | None = "b11a0a11b007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("collectives", "individuals")


def _now() -> sa.TextClause:
    return sa.text("now()")


def upgrade() -> None:
    op.create_table(
        "movements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=1000), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("launched_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.CheckConstraint("kind IN ('movement', 'special_drive')", name=op.f("ck_movements_kind")),
        sa.CheckConstraint(
            "kind <> 'special_drive' OR launched_on IS NOT NULL", name=op.f("ck_movements_drive_launched")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_movements_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movements")),
        sa.UniqueConstraint("plan_id", "name", name=op.f("uq_movements_plan_id_name")),
    )
    op.create_index("ix_movements_plan_id_position_id", "movements", ["plan_id", "position", "id"])
    checks = []
    for g in GROUPS:
        checks += [
            sa.CheckConstraint(f"{g}_recognised >= 0", name=op.f(f"ck_movement_registrations_{g}_counts")),
            sa.CheckConstraint(f"{g}_registered <= {g}_total", name=op.f(f"ck_movement_registrations_{g}_registered")),
            sa.CheckConstraint(
                f"{g}_recognised <= {g}_registered", name=op.f(f"ck_movement_registrations_{g}_recognised")
            ),
        ]
    op.create_table(
        "movement_registrations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("movement_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("district_id", sa.Uuid(), nullable=False),
        *[
            sa.Column(f"{g}_{n}", sa.Integer(), nullable=False)
            for g in GROUPS
            for n in ("total", "registered", "recognised")
        ],
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        *checks,
        sa.ForeignKeyConstraint(
            ["movement_id"], ["movements.id"], name=op.f("fk_movement_registrations_movement_id_movements")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_movement_registrations_plan_id_plans")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_movement_registrations_unit_id_units")),
        sa.ForeignKeyConstraint(
            ["district_id"], ["units.id"], name=op.f("fk_movement_registrations_district_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_registrations")),
        sa.UniqueConstraint("movement_id", "unit_id", name=op.f("uq_movement_registrations_movement_id_unit_id")),
    )
    op.create_index("ix_movement_registrations_created_at_id", "movement_registrations", ["created_at", "id"])
    op.create_index("ix_movement_registrations_plan_id_unit_id", "movement_registrations", ["plan_id", "unit_id"])
    op.create_index(op.f("ix_movement_registrations_district_id"), "movement_registrations", ["district_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_movement_registrations_district_id"), table_name="movement_registrations")
    op.drop_index("ix_movement_registrations_plan_id_unit_id", table_name="movement_registrations")
    op.drop_index("ix_movement_registrations_created_at_id", table_name="movement_registrations")
    op.drop_table("movement_registrations")
    op.drop_index("ix_movements_plan_id_position_id", table_name="movements")
    op.drop_table("movements")
