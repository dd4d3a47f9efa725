"""award decisions (D1) and the nomination state awarded (N3)

Revision ID: b11a0a11b012
Revises: b11a0a11b011
Create Date: 2026-12-03 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b11a0a11b012"
down_revision: str | None = "b11a0a11b011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATES = "('draft', 'submitted', 'approved', 'rejected', 'returned', 'withdrawn')"
NEW_STATES = "('draft', 'submitted', 'approved', 'rejected', 'returned', 'withdrawn', 'awarded')"
OLD_LIVE = "state IN ('draft', 'submitted', 'returned', 'approved')"
NEW_LIVE = "state IN ('draft', 'submitted', 'approved', 'returned', 'awarded')"
HONOURS = "('conference_honoured', 'district_certificate', 'province_certificate')"


def _now() -> sa.TextClause:
    return sa.text("now()")


def _nomination_states(states: str, live: str) -> None:
    op.drop_constraint(op.f("ck_nominations_state"), "nominations", type_="check")
    op.create_check_constraint(op.f("ck_nominations_state"), "nominations", f"state IN {states}")
    op.drop_index("uq_nominations_conference_id_nominee_key", table_name="nominations")
    op.create_index(
        "uq_nominations_conference_id_nominee_key",
        "nominations",
        ["conference_id", "nominee_key"],
        unique=True,
        postgresql_where=sa.text(live),
    )


def upgrade() -> None:
    # N3 — an awarded nomination stays live (N4)
    _nomination_states(NEW_STATES, NEW_LIVE)
    op.create_table(
        "award_decisions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("authority_unit_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("signer_name", sa.String(length=255), nullable=False),
        sa.Column("signer_title", sa.String(length=255), nullable=False),
        sa.Column("honour", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.CheckConstraint(f"honour IN {HONOURS}", name=op.f("ck_award_decisions_honour")),
        sa.CheckConstraint("year = EXTRACT(YEAR FROM decided_on)", name=op.f("ck_award_decisions_year")),
        sa.ForeignKeyConstraint(
            ["authority_unit_id"], ["units.id"], name=op.f("fk_award_decisions_authority_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_decisions")),
        sa.UniqueConstraint(
            "authority_unit_id", "year", "number", name=op.f("uq_award_decisions_authority_unit_id_year_number")
        ),
        sa.UniqueConstraint("id", "honour", name=op.f("uq_award_decisions_id_honour")),
    )
    op.create_index("ix_award_decisions_created_at_id", "award_decisions", ["created_at", "id"])
    op.create_table(
        "award_decision_items",
        sa.Column("decision_id", sa.Uuid(), nullable=False),
        sa.Column("nomination_id", sa.Uuid(), nullable=False),
        sa.Column("honour", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id", "honour"],
            ["award_decisions.id", "award_decisions.honour"],
            name="fk_award_decision_items_decision_id_award_decisions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["nomination_id"], ["nominations.id"], name=op.f("fk_award_decision_items_nomination_id_nominations")
        ),
        sa.PrimaryKeyConstraint("decision_id", "nomination_id", name=op.f("pk_award_decision_items")),
        sa.UniqueConstraint("nomination_id", "honour", name=op.f("uq_award_decision_items_nomination_id_honour")),
    )


def downgrade() -> None:
    op.drop_table("award_decision_items")
    op.drop_index("ix_award_decisions_created_at_id", table_name="award_decisions")
    op.drop_table("award_decisions")
    # the decisions are gone: what they awarded is approved again
    op.execute("UPDATE nominations SET state = 'approved' WHERE state = 'awarded'")
    _nomination_states(OLD_STATES, OLD_LIVE)
