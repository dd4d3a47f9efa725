"""Contains all the data models used in inputs/outputs"""

from .activity_attachment_public import ActivityAttachmentPublic
from .activity_counts import ActivityCounts
from .activity_counts_by_kind import ActivityCountsByKind
from .activity_counts_by_phase import ActivityCountsByPhase
from .activity_create import ActivityCreate
from .activity_kind import ActivityKind
from .activity_public import ActivityPublic
from .activity_update import ActivityUpdate
from .agenda_extra import AgendaExtra
from .agenda_item_in import AgendaItemIn
from .agenda_item_kind import AgendaItemKind
from .agenda_item_public import AgendaItemPublic
from .agenda_public import AgendaPublic
from .agenda_update import AgendaUpdate
from .allocation_item import AllocationItem
from .allocation_public import AllocationPublic
from .allocations import Allocations
from .allocations_update import AllocationsUpdate
from .area_report import AreaReport
from .area_report_nominations import AreaReportNominations
from .area_report_unit_plans import AreaReportUnitPlans
from .assembly_mode import AssemblyMode
from .attachment_public import AttachmentPublic
from .audit_event_public import AuditEventPublic
from .audit_event_public_after_type_0 import AuditEventPublicAfterType0
from .audit_event_public_before_type_0 import AuditEventPublicBeforeType0
from .award import Award
from .award_decision_create import AwardDecisionCreate
from .award_decision_public import AwardDecisionPublic
from .basis import Basis
from .block_create import BlockCreate
from .block_public import BlockPublic
from .block_update import BlockUpdate
from .body_issue_token import BodyIssueToken
from .budget_category import BudgetCategory
from .budget_estimate_public import BudgetEstimatePublic
from .budget_estimate_public_totals_by_category import (
    BudgetEstimatePublicTotalsByCategory,
)
from .budget_estimate_put import BudgetEstimatePut
from .budget_line_in import BudgetLineIn
from .budget_line_public import BudgetLinePublic
from .budget_summary import BudgetSummary
from .budget_summary_totals_by_category import BudgetSummaryTotalsByCategory
from .budget_version_public import BudgetVersionPublic
from .budget_version_public_totals_by_category import (
    BudgetVersionPublicTotalsByCategory,
)
from .calendar_token_public import CalendarTokenPublic
from .commendation import Commendation
from .commendation_level import CommendationLevel
from .compliance import Compliance
from .compliance_item import ComplianceItem
from .compliance_item_facts import ComplianceItemFacts
from .compliance_status import ComplianceStatus
from .computed_commendation import ComputedCommendation
from .computed_figures import ComputedFigures
from .conference_create import ConferenceCreate
from .conference_form import ConferenceForm
from .conference_public import ConferencePublic
from .conference_session import ConferenceSession
from .conference_update import ConferenceUpdate
from .content import Content
from .content_in import ContentIn
from .content_in_sections_type_0 import ContentInSectionsType0
from .content_sections_type_0 import ContentSectionsType0
from .content_snapshot_type_0 import ContentSnapshotType0
from .count_row import CountRow
from .decision_body import DecisionBody
from .delegate_category import DelegateCategory
from .delegate_create import DelegateCreate
from .delegate_public import DelegatePublic
from .delegate_update import DelegateUpdate
from .deleted_entity import DeletedEntity
from .designation_create import DesignationCreate
from .designation_public import DesignationPublic
from .economic_sector import EconomicSector
from .event_page import EventPage
from .event_public import EventPublic
from .event_type import EventType
from .export_format import ExportFormat
from .field_error import FieldError
from .figure_check import FigureCheck
from .figure_check_facts import FigureCheckFacts
from .figures import Figures
from .figures_in import FiguresIn
from .gender import Gender
from .healthz_response_healthz import HealthzResponseHealthz
from .honour import Honour
from .import_delegates_body import ImportDelegatesBody
from .import_result import ImportResult
from .label import Label
from .level import Level
from .list_state import ListState
from .me import Me
from .merged_unit import MergedUnit
from .movement_create import MovementCreate
from .movement_kind import MovementKind
from .movement_public import MovementPublic
from .movement_total import MovementTotal
from .movement_totals import MovementTotals
from .movement_update import MovementUpdate
from .nomination_create import NominationCreate
from .nomination_public import NominationPublic
from .nomination_state import NominationState
from .nomination_stats import NominationStats
from .nomination_stats_awarded_by_honour import NominationStatsAwardedByHonour
from .nomination_stats_by_basis import NominationStatsByBasis
from .nomination_stats_by_honour import NominationStatsByHonour
from .nomination_stats_by_rank import NominationStatsByRank
from .nomination_stats_by_state import NominationStatsByState
from .nomination_update import NominationUpdate
from .nominee_kind import NomineeKind
from .page_activity_attachment_public import PageActivityAttachmentPublic
from .page_activity_public import PageActivityPublic
from .page_area_report import PageAreaReport
from .page_attachment_public import PageAttachmentPublic
from .page_audit_event_public import PageAuditEventPublic
from .page_award_decision_public import PageAwardDecisionPublic
from .page_block_public import PageBlockPublic
from .page_budget_estimate_public import PageBudgetEstimatePublic
from .page_budget_version_public import PageBudgetVersionPublic
from .page_conference_public import PageConferencePublic
from .page_delegate_public import PageDelegatePublic
from .page_designation_public import PageDesignationPublic
from .page_movement_public import PageMovementPublic
from .page_nomination_public import PageNominationPublic
from .page_plan_public import PagePlanPublic
from .page_registration_public import PageRegistrationPublic
from .page_section_heading import PageSectionHeading
from .page_submission_public import PageSubmissionPublic
from .page_tombstone import PageTombstone
from .page_unit_public import PageUnitPublic
from .page_user_public import PageUserPublic
from .page_version_public import PageVersionPublic
from .page_webhook_delivery_public import PageWebhookDeliveryPublic
from .page_webhook_public import PageWebhookPublic
from .phase import Phase
from .plan_create import PlanCreate
from .plan_public import PlanPublic
from .plan_update import PlanUpdate
from .problem import Problem
from .problem_code import ProblemCode
from .rank import Rank
from .reason_body import ReasonBody
from .registration_create import RegistrationCreate
from .registration_public import RegistrationPublic
from .registration_update import RegistrationUpdate
from .reopen_body import ReopenBody
from .reward_amount import RewardAmount
from .role import Role
from .scope import Scope
from .section_heading import SectionHeading
from .submission_create import SubmissionCreate
from .submission_create_sections_type_0 import SubmissionCreateSectionsType0
from .submission_kind import SubmissionKind
from .submission_public import SubmissionPublic
from .submission_state import SubmissionState
from .submission_update import SubmissionUpdate
from .submission_update_sections_type_0 import SubmissionUpdateSectionsType0
from .submit_body import SubmitBody
from .token_response import TokenResponse
from .tombstone import Tombstone
from .unit_budget import UnitBudget
from .unit_budget_totals_by_category import UnitBudgetTotalsByCategory
from .unit_count import UnitCount
from .unit_create import UnitCreate
from .unit_kind import UnitKind
from .unit_merge import UnitMerge
from .unit_plan_status import UnitPlanStatus
from .unit_plan_status_item import UnitPlanStatusItem
from .unit_plan_status_report import UnitPlanStatusReport
from .unit_plan_status_report_counts import UnitPlanStatusReportCounts
from .unit_public import UnitPublic
from .unit_split import UnitSplit
from .unit_split_result import UnitSplitResult
from .unit_update import UnitUpdate
from .upload_activity_attachment_body import UploadActivityAttachmentBody
from .upload_attachment_body import UploadAttachmentBody
from .user_create import UserCreate
from .user_public import UserPublic
from .user_update import UserUpdate
from .version_public import VersionPublic
from .vocabulary import Vocabulary
from .vocabulary_enum import VocabularyEnum
from .webhook_create import WebhookCreate
from .webhook_created import WebhookCreated
from .webhook_delivery_public import WebhookDeliveryPublic
from .webhook_public import WebhookPublic
from .webhook_status import WebhookStatus
from .webhook_update import WebhookUpdate

__all__ = (
    "ActivityAttachmentPublic",
    "ActivityCounts",
    "ActivityCountsByKind",
    "ActivityCountsByPhase",
    "ActivityCreate",
    "ActivityKind",
    "ActivityPublic",
    "ActivityUpdate",
    "AgendaExtra",
    "AgendaItemIn",
    "AgendaItemKind",
    "AgendaItemPublic",
    "AgendaPublic",
    "AgendaUpdate",
    "AllocationItem",
    "AllocationPublic",
    "Allocations",
    "AllocationsUpdate",
    "AreaReport",
    "AreaReportNominations",
    "AreaReportUnitPlans",
    "AssemblyMode",
    "AttachmentPublic",
    "AuditEventPublic",
    "AuditEventPublicAfterType0",
    "AuditEventPublicBeforeType0",
    "Award",
    "AwardDecisionCreate",
    "AwardDecisionPublic",
    "Basis",
    "BlockCreate",
    "BlockPublic",
    "BlockUpdate",
    "BodyIssueToken",
    "BudgetCategory",
    "BudgetEstimatePublic",
    "BudgetEstimatePublicTotalsByCategory",
    "BudgetEstimatePut",
    "BudgetLineIn",
    "BudgetLinePublic",
    "BudgetSummary",
    "BudgetSummaryTotalsByCategory",
    "BudgetVersionPublic",
    "BudgetVersionPublicTotalsByCategory",
    "CalendarTokenPublic",
    "Commendation",
    "CommendationLevel",
    "Compliance",
    "ComplianceItem",
    "ComplianceItemFacts",
    "ComplianceStatus",
    "ComputedCommendation",
    "ComputedFigures",
    "ConferenceCreate",
    "ConferenceForm",
    "ConferencePublic",
    "ConferenceSession",
    "ConferenceUpdate",
    "Content",
    "ContentIn",
    "ContentInSectionsType0",
    "ContentSectionsType0",
    "ContentSnapshotType0",
    "CountRow",
    "DecisionBody",
    "DelegateCategory",
    "DelegateCreate",
    "DelegatePublic",
    "DelegateUpdate",
    "DeletedEntity",
    "DesignationCreate",
    "DesignationPublic",
    "EconomicSector",
    "EventPage",
    "EventPublic",
    "EventType",
    "ExportFormat",
    "FieldError",
    "FigureCheck",
    "FigureCheckFacts",
    "Figures",
    "FiguresIn",
    "Gender",
    "HealthzResponseHealthz",
    "Honour",
    "ImportDelegatesBody",
    "ImportResult",
    "Label",
    "Level",
    "ListState",
    "Me",
    "MergedUnit",
    "MovementCreate",
    "MovementKind",
    "MovementPublic",
    "MovementTotal",
    "MovementTotals",
    "MovementUpdate",
    "NominationCreate",
    "NominationPublic",
    "NominationState",
    "NominationStats",
    "NominationStatsAwardedByHonour",
    "NominationStatsByBasis",
    "NominationStatsByHonour",
    "NominationStatsByRank",
    "NominationStatsByState",
    "NominationUpdate",
    "NomineeKind",
    "PageActivityAttachmentPublic",
    "PageActivityPublic",
    "PageAreaReport",
    "PageAttachmentPublic",
    "PageAuditEventPublic",
    "PageAwardDecisionPublic",
    "PageBlockPublic",
    "PageBudgetEstimatePublic",
    "PageBudgetVersionPublic",
    "PageConferencePublic",
    "PageDelegatePublic",
    "PageDesignationPublic",
    "PageMovementPublic",
    "PageNominationPublic",
    "PagePlanPublic",
    "PageRegistrationPublic",
    "PageSectionHeading",
    "PageSubmissionPublic",
    "PageTombstone",
    "PageUnitPublic",
    "PageUserPublic",
    "PageVersionPublic",
    "PageWebhookDeliveryPublic",
    "PageWebhookPublic",
    "Phase",
    "PlanCreate",
    "PlanPublic",
    "PlanUpdate",
    "Problem",
    "ProblemCode",
    "Rank",
    "ReasonBody",
    "RegistrationCreate",
    "RegistrationPublic",
    "RegistrationUpdate",
    "ReopenBody",
    "RewardAmount",
    "Role",
    "Scope",
    "SectionHeading",
    "SubmissionCreate",
    "SubmissionCreateSectionsType0",
    "SubmissionKind",
    "SubmissionPublic",
    "SubmissionState",
    "SubmissionUpdate",
    "SubmissionUpdateSectionsType0",
    "SubmitBody",
    "TokenResponse",
    "Tombstone",
    "UnitBudget",
    "UnitBudgetTotalsByCategory",
    "UnitCount",
    "UnitCreate",
    "UnitKind",
    "UnitMerge",
    "UnitPlanStatus",
    "UnitPlanStatusItem",
    "UnitPlanStatusReport",
    "UnitPlanStatusReportCounts",
    "UnitPublic",
    "UnitSplit",
    "UnitSplitResult",
    "UnitUpdate",
    "UploadActivityAttachmentBody",
    "UploadAttachmentBody",
    "UserCreate",
    "UserPublic",
    "UserUpdate",
    "VersionPublic",
    "Vocabulary",
    "VocabularyEnum",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookDeliveryPublic",
    "WebhookPublic",
    "WebhookStatus",
    "WebhookUpdate",
)
