"""F1 — the event feed: what each audited change (X4) is called in the feed, and who may read it.

Every audited change is also an event; its type is ``<record>.<what happened>``, derived from the
audit record's entity and action by ``event_type`` (the one mapping). Account administration
(users, calendar tokens) is audited but is not a record of the plan: it gives no event."""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    """F1 — the kinds of event in the feed."""

    UNIT_CREATED = "unit.created"
    UNIT_UPDATED = "unit.updated"
    EMULATION_BLOCK_CREATED = "emulation_block.created"
    EMULATION_BLOCK_UPDATED = "emulation_block.updated"
    EMULATION_BLOCK_DELETED = "emulation_block.deleted"
    PLAN_CREATED = "plan.created"
    PLAN_UPDATED = "plan.updated"
    MOVEMENT_CREATED = "movement.created"
    MOVEMENT_UPDATED = "movement.updated"
    MOVEMENT_REGISTRATION_CREATED = "movement_registration.created"
    MOVEMENT_REGISTRATION_UPDATED = "movement_registration.updated"
    CONFERENCE_SCHEDULED = "conference.scheduled"
    CONFERENCE_UPDATED = "conference.updated"
    CONFERENCE_DELETED = "conference.deleted"
    AGENDA_UPDATED = "agenda.updated"
    ALLOCATIONS_UPDATED = "allocations.updated"
    DELEGATE_LIST_FINALIZED = "delegate_list.finalized"
    DELEGATE_LIST_REOPENED = "delegate_list.reopened"
    DELEGATE_LIST_IMPORTED = "delegate_list.imported"
    DELEGATE_ADDED = "delegate.added"
    DELEGATE_UPDATED = "delegate.updated"
    DELEGATE_REMOVED = "delegate.removed"
    DELEGATE_DESIGNATED = "delegate.designated"
    DELEGATE_UNDESIGNATED = "delegate.undesignated"
    NOMINATION_CREATED = "nomination.created"
    NOMINATION_UPDATED = "nomination.updated"
    NOMINATION_SUBMITTED = "nomination.submitted"
    NOMINATION_APPROVED = "nomination.approved"
    NOMINATION_REJECTED = "nomination.rejected"
    NOMINATION_RETURNED = "nomination.returned"
    NOMINATION_WITHDRAWN = "nomination.withdrawn"
    NOMINATION_AWARDED = "nomination.awarded"
    AWARD_DECISION_CREATED = "award_decision.created"
    SUBMISSION_CREATED = "submission.created"
    SUBMISSION_UPDATED = "submission.updated"
    SUBMISSION_SUBMITTED = "submission.submitted"
    SUBMISSION_APPROVED = "submission.approved"
    SUBMISSION_CHANGES_REQUESTED = "submission.changes_requested"
    SUBMISSION_COMPILED = "submission.compiled"
    SUBMISSION_ATTACHMENT_ADDED = "submission.attachment_added"
    SUBMISSION_ATTACHMENT_REMOVED = "submission.attachment_removed"
    BUDGET_ESTIMATE_CREATED = "budget_estimate.created"
    BUDGET_ESTIMATE_UPDATED = "budget_estimate.updated"
    COMMUNICATION_ACTIVITY_CREATED = "communication_activity.created"
    COMMUNICATION_ACTIVITY_UPDATED = "communication_activity.updated"
    COMMUNICATION_ACTIVITY_DELETED = "communication_activity.deleted"
    COMMUNICATION_ACTIVITY_ATTACHMENT_ADDED = "communication_activity.attachment_added"
    COMMUNICATION_ACTIVITY_ATTACHMENT_REMOVED = "communication_activity.attachment_removed"


# What an audit action is called in an event's type (the action's past tense).
_PAST = {
    "create": "created",
    "update": "updated",
    "delete": "deleted",
    "submit": "submitted",
    "approve": "approved",
    "reject": "rejected",
    "return": "returned",
    "withdraw": "withdrawn",
    "award": "awarded",
    "request_changes": "changes_requested",
    "compile": "compiled",
    "attach": "attachment_added",
    "detach": "attachment_removed",
    "designate": "designated",
    "undesignate": "undesignated",
}

# The audit records whose name in the feed is not ``<entity>.<past tense>``.
_SPECIAL = {
    ("conference", "create"): EventType.CONFERENCE_SCHEDULED,
    ("conference", "finalize"): EventType.DELEGATE_LIST_FINALIZED,
    ("conference", "reopen"): EventType.DELEGATE_LIST_REOPENED,
    ("delegate_list", "import"): EventType.DELEGATE_LIST_IMPORTED,
    ("delegate", "create"): EventType.DELEGATE_ADDED,
    ("delegate", "delete"): EventType.DELEGATE_REMOVED,
    ("plan", "seed"): EventType.PLAN_CREATED,
}

# Audited, but not records of the plan: no event (account administration, webhook subscriptions).
NOT_IN_FEED = frozenset({"user", "calendar_token", "webhook"})

# X2 — the records every signed-in reader may read: their events are public; the others' events
# follow the record's unit (``private_scope``).
PUBLIC_ENTITIES = frozenset(
    {"unit", "emulation_block", "plan", "movement", "conference", "agenda", "allocations", "award_decision"}
)

# The actions whose audit ``after`` is not the changed record's representation (an attachment,
# a designated copy, a count): their events carry no ETag.
_NO_ETAG_ACTIONS = frozenset({"attach", "detach", "designate", "import", "seed"})


def event_type(entity: str, action: str) -> EventType | None:
    """F1 — the type of the event of an audited change; None for account administration. An
    audited change with no type is a programming error (``ValueError``): every change is an event."""
    if entity in NOT_IN_FEED:
        return None
    special = _SPECIAL.get((entity, action))
    if special is not None:
        return special
    return EventType(f"{entity}.{_PAST.get(action, action)}")


def is_public(entity: str) -> bool:
    """X2, F1 — whether every signed-in reader sees this record's events."""
    return entity in PUBLIC_ENTITIES


def carries_etag(action: str, has_after: bool) -> bool:
    """F1 — whether the event carries the record's new ETag: when the audit ``after`` is the
    record as the write answered it (not on deletions, attachments, designations, imports)."""
    return has_after and action not in _NO_ETAG_ACTIONS
