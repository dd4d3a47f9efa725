"""plan forms and agenda extras per level (C1, C8, L2)

C1, L2 — a plan names the conference forms it allows at each level: ``plans.issuer_forms`` (its
issuer's conference) and ``plans.member_forms`` (the conferences of the units under it), arrays of
§II.2's three forms, each non-empty and made of known forms (``ck_plans_issuer_forms``,
``ck_plans_member_forms``). Existing plans get plan 187's: §II.2.2 ``advanced_exemplars`` and
``skilled_creative_workers`` for the issuer, §II.2.1 all three for the members — the rows
``ck_conferences_district_form`` allowed, so every existing conference stays valid.

The fixed ``ck_conferences_district_form`` ("the issuer's conference never
good_people_good_deeds") goes; a CHECK cannot read another table, so two triggers keep the same
guarantee from the plan, under concurrent writers:

- ``conferences_form_allowed`` (BEFORE INSERT OR UPDATE OF form, plan_id, unit_id, district_id on
  conferences) reads the plan's arrays with ``FOR SHARE``: a conference is written with a form its
  plan allows at its tier, and the plan's forms cannot change until that transaction ends.
- ``plans_forms_in_use`` (BEFORE UPDATE OF issuer_forms, member_forms on plans) refuses forms
  that leave out one an existing conference of the plan uses at its tier. A plan's update holds
  its row (``FOR UPDATE``), which waits for any conference writer holding it ``FOR SHARE`` and
  blocks new ones until it ends, so neither side can slip past the other.

Both raise ``check_violation`` with the constraint name ``c1_conference_form_allowed`` that the
service turns into its problem (``conference_form_not_allowed``, ``conflict``/``forms_in_use``).

C8, L2 — ``plans.issuer_agenda_extras`` and ``plans.member_agenda_extras``: the extras the plan
names for each level's agenda, JSON ``[{"key", "title"}]``; existing plans get plan 187's three
(§II.3: đại biểu thiếu nhi chào mừng, biểu diễn văn nghệ, trao tặng các hình thức khen thưởng).

Downgrade drops the triggers and the columns and restores ``ck_conferences_district_form``; it
refuses (an exception) if an issuer's conference uses good_people_good_deeds, which the old check
would reject.

Revision ID: b11a0a11b016
Revises: b11a0a11b015
Create Date: 2026-12-04 09:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "b11a0a11b016"
down_revision: str | None = "b11a0a11b015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of what the code had when this migration was written (a migration never imports
# the application): §II.2's three forms, plan 187's forms per level and its extras.
FORMS_SQL = "ARRAY['advanced_exemplars', 'good_people_good_deeds', 'skilled_creative_workers']::varchar[]"
ISSUER_FORMS_DEFAULT = "'{advanced_exemplars,skilled_creative_workers}'::varchar[]"
MEMBER_FORMS_DEFAULT = "'{advanced_exemplars,good_people_good_deeds,skilled_creative_workers}'::varchar[]"
EXTRAS_DEFAULT = json.dumps(
    [
        {"key": "children_greeting", "title": "Đại biểu thiếu nhi chào mừng"},
        {"key": "art_performance", "title": "Biểu diễn văn nghệ"},
        {"key": "award_presentation", "title": "Trao tặng các hình thức khen thưởng"},
    ],
    ensure_ascii=False,
)

CONFERENCE_FORM_ALLOWED = """
    CREATE FUNCTION conference_form_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        allowed varchar[];
    BEGIN
        SELECT CASE WHEN NEW.unit_id = NEW.district_id THEN p.issuer_forms ELSE p.member_forms END
            INTO allowed FROM plans p WHERE p.id = NEW.plan_id FOR SHARE;
        IF allowed IS NOT NULL AND NOT (NEW.form = ANY (allowed)) THEN
            RAISE EXCEPTION 'c1_conference_form_allowed: conference % uses % outside its plan''s forms', NEW.id, NEW.form
                USING ERRCODE = 'check_violation', CONSTRAINT = 'c1_conference_form_allowed';
        END IF;
        RETURN NEW;
    END $$
"""

PLAN_FORMS_IN_USE = """
    CREATE FUNCTION plan_forms_in_use() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF EXISTS (
            SELECT 1 FROM conferences c
            WHERE c.plan_id = NEW.id
              AND NOT (c.form = ANY (CASE WHEN c.unit_id = c.district_id THEN NEW.issuer_forms ELSE NEW.member_forms END))
        ) THEN
            RAISE EXCEPTION 'c1_conference_form_allowed: plan % leaves out a form its conferences use', NEW.id
                USING ERRCODE = 'check_violation', CONSTRAINT = 'c1_conference_form_allowed';
        END IF;
        RETURN NEW;
    END $$
"""


def upgrade() -> None:
    for name, default in (("issuer_forms", ISSUER_FORMS_DEFAULT), ("member_forms", MEMBER_FORMS_DEFAULT)):
        op.add_column(
            "plans",
            sa.Column(name, postgresql.ARRAY(sa.String(length=32)), nullable=False, server_default=sa.text(default)),
        )
        op.alter_column("plans", name, server_default=None)
        op.create_check_constraint(op.f(f"ck_plans_{name}"), "plans", f"cardinality({name}) > 0 AND {name} <@ {FORMS_SQL}")
    for name in ("issuer_agenda_extras", "member_agenda_extras"):
        op.add_column(
            "plans",
            sa.Column(
                name,
                postgresql.JSONB(astext_type=sa.Text()),
                nullable=False,
                server_default=sa.text(f"'{EXTRAS_DEFAULT}'::jsonb"),
            ),
        )
        op.alter_column("plans", name, server_default=None)
    op.drop_constraint(op.f("ck_conferences_district_form"), "conferences", type_="check")
    op.execute(CONFERENCE_FORM_ALLOWED)
    op.execute(
        """CREATE TRIGGER conferences_form_allowed BEFORE INSERT OR UPDATE OF form, plan_id, unit_id, district_id
            ON conferences FOR EACH ROW EXECUTE FUNCTION conference_form_allowed()"""
    )
    op.execute(PLAN_FORMS_IN_USE)
    op.execute(
        """CREATE TRIGGER plans_forms_in_use BEFORE UPDATE OF issuer_forms, member_forms
            ON plans FOR EACH ROW EXECUTE FUNCTION plan_forms_in_use()"""
    )


def downgrade() -> None:
    op.execute(
        """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM conferences WHERE unit_id = district_id AND form = 'good_people_good_deeds') THEN
                RAISE EXCEPTION 'an issuer''s conference uses good_people_good_deeds (its plan allows it); '
                    'downgrading would refuse it';
            END IF;
        END $$;
        """
    )
    op.execute("DROP TRIGGER plans_forms_in_use ON plans")
    op.execute("DROP FUNCTION plan_forms_in_use()")
    op.execute("DROP TRIGGER conferences_form_allowed ON conferences")
    op.execute("DROP FUNCTION conference_form_allowed()")
    op.create_check_constraint(
        op.f("ck_conferences_district_form"), "conferences", "unit_id <> district_id OR form <> 'good_people_good_deeds'"
    )
    for name in ("member_agenda_extras", "issuer_agenda_extras"):
        op.drop_column("plans", name)
    for name in ("member_forms", "issuer_forms"):
        op.drop_constraint(op.f(f"ck_plans_{name}"), "plans", type_="check")
        op.drop_column("plans", name)
