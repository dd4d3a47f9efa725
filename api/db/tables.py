"""Every table, imported once so the metadata (and Alembic) sees them all."""

from api.db.audit import AuditEvent, IdempotencyRecord
from api.db.base import metadata
from api.db.budgets import BudgetEstimate, BudgetEstimateVersion, BudgetLine
from api.db.calendars import CalendarToken
from api.db.communications import ActivityAttachment, CommunicationActivity
from api.db.conferences import Allocation, Conference
from api.db.decisions import AwardDecision, AwardDecisionItem
from api.db.delegates import Delegate
from api.db.events import Event
from api.db.movements import Movement, MovementRegistration
from api.db.nominations import Nomination
from api.db.participants import ReviewParticipant
from api.db.plans import Plan
from api.db.submissions import Attachment, Submission, SubmissionVersion
from api.db.units import EmulationBlock, Unit
from api.db.users import LoginThrottle, RefreshToken, User
from api.db.webhooks import Webhook, WebhookDelivery

__all__ = [
    "Webhook",
    "WebhookDelivery",
    "Event",
    "CalendarToken",
    "BudgetEstimate",
    "BudgetEstimateVersion",
    "BudgetLine",
    "ActivityAttachment",
    "CommunicationActivity",
    "Attachment",
    "Nomination",
    "AwardDecision",
    "AwardDecisionItem",
    "Submission",
    "SubmissionVersion",
    "Allocation",
    "Conference",
    "Delegate",
    "Movement",
    "MovementRegistration",
    "AuditEvent",
    "EmulationBlock",
    "IdempotencyRecord",
    "LoginThrottle",
    "Plan",
    "ReviewParticipant",
    "RefreshToken",
    "Unit",
    "User",
    "metadata",
]
