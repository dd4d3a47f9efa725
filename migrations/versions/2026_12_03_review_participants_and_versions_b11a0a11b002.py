"""review participants and versions

X3 — everyone who authored, edited or submitted any version of a nomination or a submission is
kept in ``review_participants``; a trigger on nominations and submissions refuses a decision whose
``decided_by`` took part. S1, S5 — a version keeps when it was received (set once, at submit, or at
creation for a change made while submitted); a submission keeps its latest receipt; an attachment
belongs to the version it was added to and names the version that removed it.

Revision ID: b11a0a11b002
Revises: b11a0a11b001
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'b11a0a11b002'
down_revision: str | None = 'b11a0a11b001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The decisions' target states, as the domain has them (api.domain.*.DECISION_STATES).
NOMINATION_DECISIONS = "{approved,rejected,returned}"
SUBMISSION_DECISIONS = "{approved,changes_requested}"

VERSIONS_IMMUTABLE = """
    CREATE OR REPLACE FUNCTION submission_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'submission_versions are immutable' USING ERRCODE = 'insufficient_privilege';
    END $$
"""

# S5 — a version never changes, except that it is received once: received_at from NULL to a value.
VERSIONS_RECEIVED_ONCE = """
    CREATE OR REPLACE FUNCTION submission_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND OLD.received_at IS NULL AND NEW.received_at IS NOT NULL
           AND (NEW.submission_id, NEW.number, NEW.title, NEW.content, NEW.created_by, NEW.created_at)
               IS NOT DISTINCT FROM
               (OLD.submission_id, OLD.number, OLD.title, OLD.content, OLD.created_by, OLD.created_at) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'submission_versions are immutable' USING ERRCODE = 'insufficient_privilege';
    END $$
"""

# X3 — a decision (a change of state into one of TG_ARGV[1]) names its decider, who took no part.
DECISION_INDEPENDENT = """
    CREATE FUNCTION review_decision_independent() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.state IS DISTINCT FROM OLD.state AND NEW.state = ANY (TG_ARGV[1]::text[]) THEN
            IF NEW.decided_by IS NULL OR EXISTS (
                SELECT 1 FROM review_participants p
                WHERE p.entity = TG_ARGV[0] AND p.entity_id = NEW.id AND p.user_id = NEW.decided_by
            ) THEN
                RAISE EXCEPTION 'x3_self_review: % % decided by one who took part', TG_ARGV[0], NEW.id
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'x3_self_review';
            END IF;
        END IF;
        RETURN NEW;
    END $$
"""

# X3 — who took part so far, from the columns and the audit log (existing rows).
BACKFILL = """
    INSERT INTO review_participants (entity, entity_id, user_id, role, created_at)
    SELECT entity, entity_id, user_id, role, min(at) FROM (
        SELECT 'nomination' AS entity, id AS entity_id, created_by AS user_id, 'author' AS role, created_at AS at
            FROM nominations
        UNION ALL SELECT 'nomination', id, submitted_by, 'submitter', coalesce(submitted_at, updated_at)
            FROM nominations
        UNION ALL SELECT 'submission', id, created_by, 'author', created_at FROM submissions
        UNION ALL SELECT 'submission', id, submitted_by, 'submitter', coalesce(received_at, updated_at)
            FROM submissions
        UNION ALL SELECT 'submission', submission_id, created_by,
                CASE WHEN number = 1 THEN 'author' ELSE 'editor' END, created_at
            FROM submission_versions
        UNION ALL SELECT 'submission', submission_id, created_by, 'editor', created_at FROM attachments
        UNION ALL SELECT 'nomination', n.id, e.actor_id,
                CASE e.action WHEN 'create' THEN 'author' WHEN 'submit' THEN 'submitter' ELSE 'editor' END,
                e.occurred_at
            FROM audit_events e JOIN nominations n ON n.id::text = e.entity_id
            WHERE e.entity = 'nomination' AND e.action IN ('create', 'update', 'submit')
        UNION ALL SELECT 'submission', s.id, e.actor_id,
                CASE e.action WHEN 'create' THEN 'author' WHEN 'compile' THEN 'author'
                    WHEN 'submit' THEN 'submitter' ELSE 'editor' END,
                e.occurred_at
            FROM audit_events e JOIN submissions s ON s.id::text = e.entity_id
            WHERE e.entity = 'submission' AND e.action IN ('create', 'compile', 'update', 'submit', 'attach', 'detach')
    ) AS taken
    WHERE user_id IN (SELECT id FROM users)
    GROUP BY entity, entity_id, user_id, role
    ON CONFLICT DO NOTHING
"""


def upgrade() -> None:
    op.create_table(
        'review_participants',
        sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('entity_id', sa.Uuid(), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.CheckConstraint("entity IN ('nomination', 'submission')", name=op.f('ck_review_participants_entity')),
        sa.CheckConstraint("role IN ('author', 'editor', 'submitter')", name=op.f('ck_review_participants_role')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_review_participants_user_id_users')),
        sa.PrimaryKeyConstraint('entity', 'entity_id', 'user_id', 'role', name=op.f('pk_review_participants')),
    )
    op.execute(BACKFILL)
    op.execute(DECISION_INDEPENDENT)
    op.execute(
        f"""CREATE TRIGGER nominations_decision_independent BEFORE UPDATE ON nominations
            FOR EACH ROW EXECUTE FUNCTION review_decision_independent('nomination', '{NOMINATION_DECISIONS}')"""
    )
    op.execute(
        f"""CREATE TRIGGER submissions_decision_independent BEFORE UPDATE ON submissions
            FOR EACH ROW EXECUTE FUNCTION review_decision_independent('submission', '{SUBMISSION_DECISIONS}')"""
    )

    # S1, S5 — receipts per version and the latest per submission
    op.add_column('submission_versions', sa.Column('received_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('submissions', sa.Column('last_received_at', sa.DateTime(timezone=True), nullable=True))
    op.execute(VERSIONS_RECEIVED_ONCE)
    # What was received before: every version of a received submission, when it existed after the
    # first receipt; while changes are requested the current version is still being prepared.
    op.execute(
        """
        UPDATE submission_versions v SET received_at = greatest(v.created_at, s.received_at)
        FROM submissions s
        WHERE s.id = v.submission_id AND s.received_at IS NOT NULL
          AND NOT (s.state = 'changes_requested' AND v.number = s.current_version)
        """
    )
    op.execute(
        """
        UPDATE submissions s SET last_received_at = coalesce(
            (SELECT max(v.received_at) FROM submission_versions v WHERE v.submission_id = s.id), s.received_at)
        WHERE s.received_at IS NOT NULL
        """
    )

    # S5 — an attachment belongs to a version; a removal names the version that no longer has it
    op.add_column('attachments', sa.Column('removed_in_version', sa.Integer(), nullable=True))
    op.execute(
        """
        UPDATE attachments a SET removed_in_version = greatest(a.version, s.current_version)
        FROM submissions s WHERE s.id = a.submission_id AND a.deleted_at IS NOT NULL
        """
    )
    op.create_check_constraint(
        op.f('ck_attachments_removed_in_version'), 'attachments', 'removed_in_version IS NULL OR removed_in_version >= version'
    )
    op.create_foreign_key(
        op.f('fk_attachments_submission_id_submission_versions'),
        'attachments',
        'submission_versions',
        ['submission_id', 'version'],
        ['submission_id', 'number'],
    )


def downgrade() -> None:
    op.drop_constraint(op.f('fk_attachments_submission_id_submission_versions'), 'attachments', type_='foreignkey')
    op.drop_constraint(op.f('ck_attachments_removed_in_version'), 'attachments', type_='check')
    op.drop_column('attachments', 'removed_in_version')
    op.execute(VERSIONS_IMMUTABLE)
    op.drop_column('submissions', 'last_received_at')
    # dropping a column rewrites no row, so the immutability trigger does not fire
    op.drop_column('submission_versions', 'received_at')
    op.execute("DROP TRIGGER submissions_decision_independent ON submissions")
    op.execute("DROP TRIGGER nominations_decision_independent ON nominations")
    op.execute("DROP FUNCTION review_decision_independent()")
    op.drop_table('review_participants')
