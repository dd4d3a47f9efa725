"""plan levels (L1, L2)

L1 — ``plans.parent_plan_id``: the plan a plan implements (plan 187 → the province's plan 500),
nullable, indexed, a foreign key to ``plans``.

L2 — the levels a plan organizes come from the unit tree: a plan's conferences are its issuer's
own (the "issuer" conference: plan 187's district conference, a province's congress) and those of
the units in the issuer's area. A conference's ``district_id`` is its plan's issuer; the issuer's
conference is the one whose unit is the issuer (``unit_id = district_id``).

- ``ck_conferences_level``: a conference's unit may be a province (the province congress).
- ``ck_conferences_district_form``: C1's two forms bind the issuer's conference, whatever its
  level (was: ``level = 'district'``, the same rows for every existing conference: a district
  conference's unit is its plan's issuer).

Downgrade drops ``parent_plan_id`` and restores both checks; it fails if a province conference exists (delete it first).

Revision ID: b11a0a11b011
Revises: b11a0a11b010
Create Date: 2026-12-03 21:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b11a0a11b011"
down_revision: str | None = "b11a0a11b010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("plans", sa.Column("parent_plan_id", sa.Uuid(), nullable=True))
    op.create_index(op.f("ix_plans_parent_plan_id"), "plans", ["parent_plan_id"])
    op.create_foreign_key(op.f("fk_plans_parent_plan_id_plans"), "plans", "plans", ["parent_plan_id"], ["id"])
    op.drop_constraint(op.f("ck_conferences_level"), "conferences", type_="check")
    op.create_check_constraint(op.f("ck_conferences_level"), "conferences", "level IN ('grassroots', 'district', 'province')")
    op.drop_constraint(op.f("ck_conferences_district_form"), "conferences", type_="check")
    op.create_check_constraint(
        op.f("ck_conferences_district_form"), "conferences", "unit_id <> district_id OR form <> 'good_people_good_deeds'"
    )


def downgrade() -> None:
    # Province conferences (L2) and plan trees (L1) cannot be kept under the old checks: say so
    # rather than fail on a constraint or drop them silently.
    op.execute(
        """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM conferences WHERE level = 'province') THEN
                RAISE EXCEPTION 'province conferences exist (L2); downgrading would refuse them';
            END IF;
        END $$;
        """
    )
    op.drop_constraint(op.f("fk_plans_parent_plan_id_plans"), "plans", type_="foreignkey")
    op.drop_index(op.f("ix_plans_parent_plan_id"), table_name="plans")
    op.drop_column("plans", "parent_plan_id")
    op.drop_constraint(op.f("ck_conferences_district_form"), "conferences", type_="check")
    op.create_check_constraint(op.f("ck_conferences_district_form"), "conferences", "level <> 'district' OR form <> 'good_people_good_deeds'")
    op.drop_constraint(op.f("ck_conferences_level"), "conferences", type_="check")
    op.create_check_constraint(op.f("ck_conferences_level"), "conferences", "level IN ('grassroots', 'district')")
