"""Labels: every enum value's Vietnamese and English wording, in one place.

Vietnamese wording follows Plan 187/KH-UBND (SPEC's source text) and SPEC's glossary; English
follows SPEC. The spreadsheets (column values, the template's lists) and the vocabulary endpoint
read these tables, so an officer sees in a sheet exactly the word a client shows on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from api.domain.access import DeletedEntity, Role, Scope
from api.domain.budgets import BudgetCategory
from api.domain.communications import ActivityKind, Phase
from api.domain.conferences import (
    EXTRAS,
    AgendaItemKind,
    AssemblyMode,
    ComplianceStatus,
    ConferenceForm,
    ConferenceSession,
)
from api.domain.delegates import DelegateCategory, EconomicSector, ExportFormat, Gender, ListState
from api.domain.events import EventType
from api.domain.movements import MovementKind
from api.domain.nominations import Basis, Honour, NominationState, NomineeKind, Rank
from api.domain.submissions import CommendationLevel, SubmissionKind, SubmissionState, UnitPlanStatus
from api.domain.units import Level, UnitKind
from api.domain.webhooks import WebhookStatus

Pair = tuple[str, str]  # (Vietnamese, English)

CATEGORY: dict[DelegateCategory, Pair] = {
    DelegateCategory.HERO: ("Anh hùng", "Hero"),
    DelegateCategory.EMULATION_SOLDIER: ("Chiến sĩ thi đua", "Emulation soldier"),
    DelegateCategory.EXEMPLAR: ("Gương điển hình tiên tiến", "Advanced exemplar"),
    DelegateCategory.HCM_EXEMPLAR: (
        "Điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Exemplar in following Ho Chi Minh's thought, morality and style",
    ),
    DelegateCategory.DIRECT_WORKER: ("Người trực tiếp sản xuất, công tác", "Direct producer or worker"),
    DelegateCategory.GOOD_DEED: ("Người tốt, việc tốt", "Good person, good deed"),
    DelegateCategory.PROVINCE_COMMENDED: (
        "Được Chủ tịch UBND tỉnh khen thưởng",
        "Commended by the chairman of the Province People's Committee",
    ),
    DelegateCategory.GUEST: ("Khách mời", "Guest"),
    DelegateCategory.LEADER: ("Lãnh đạo", "Leader"),
}

SECTOR: dict[EconomicSector, Pair] = {
    EconomicSector.STATE: ("Nhà nước", "State"),
    EconomicSector.COLLECTIVE: ("Tập thể", "Collective"),
    EconomicSector.PRIVATE: ("Tư nhân", "Private"),
    EconomicSector.FOREIGN_INVESTED: ("Có vốn đầu tư nước ngoài", "Foreign-invested"),
    EconomicSector.OTHER: ("Khác", "Other"),
}

GENDER: dict[Gender, Pair] = {Gender.MALE: ("Nam", "Male"), Gender.FEMALE: ("Nữ", "Female")}

# B1 — the estimate's categories in the wording of §III.4 (SPEC §6)
BUDGET_CATEGORY: dict[BudgetCategory, Pair] = {
    BudgetCategory.VENUE: ("Hội trường, khánh tiết", "Venue and decoration"),
    BudgetCategory.DOCUMENTS: ("Tài liệu, in ấn", "Documents and printing"),
    BudgetCategory.REWARDS: ("Tiền thưởng", "Rewards"),
    BudgetCategory.PERFORMANCE: ("Văn nghệ", "Art performance"),
    BudgetCategory.COMMUNICATION: ("Tuyên truyền", "Communication"),
    BudgetCategory.OTHER: ("Khác", "Other"),
}

HONOUR: dict[Honour, Pair] = {
    Honour.CONFERENCE_HONOURED: ("Biểu dương tại hội nghị", "Honoured at the conference"),
    Honour.DISTRICT_CERTIFICATE: (
        "Giấy khen của Chủ tịch UBND huyện",
        "Certificate of merit of the District People's Committee chairman",
    ),
    Honour.PROVINCE_CERTIFICATE: (
        "Bằng khen của Chủ tịch UBND tỉnh",
        "Certificate of merit of the Province People's Committee chairman",
    ),
    Honour.OTHER: ("Hình thức khác", "Other honour"),
}

RANK: dict[Rank, Pair] = {
    Rank.LEADER: ("Lãnh đạo (cấp trưởng phòng thuộc huyện và tương đương trở lên)", "Leader"),
    Rank.WORKER: (
        "Người lao động trực tiếp, công nhân, nông dân (phó trưởng phòng và tương đương trở xuống)",
        "Worker",
    ),
}

BASIS: dict[Basis, Pair] = {
    Basis.MERIT: ("Khen thưởng theo công trạng", "On merit"),
    Basis.AD_HOC: ("Khen thưởng đột xuất", "Ad hoc"),
    Basis.THEMATIC: ("Khen thưởng theo chuyên đề", "Thematic"),
}

NOMINEE_KIND: dict[NomineeKind, Pair] = {
    NomineeKind.INDIVIDUAL: ("Cá nhân", "Individual"),
    NomineeKind.COLLECTIVE: ("Tập thể", "Collective"),
}

NOMINATION_STATE: dict[NominationState, Pair] = {
    NominationState.DRAFT: ("Đang soạn", "Draft"),
    NominationState.SUBMITTED: ("Đã trình", "Submitted"),
    NominationState.APPROVED: ("Đã duyệt", "Approved"),
    NominationState.REJECTED: ("Không duyệt", "Rejected"),
    NominationState.RETURNED: ("Trả lại để bổ sung", "Returned"),
    NominationState.WITHDRAWN: ("Đã rút", "Withdrawn"),
    NominationState.AWARDED: ("Đã có quyết định khen thưởng", "Awarded"),
}

SUBMISSION_KIND: dict[SubmissionKind, Pair] = {
    SubmissionKind.UNIT_PLAN: ("Kế hoạch cụ thể của đơn vị", "Unit plan"),
    SubmissionKind.SUMMARY_REPORT: ("Báo cáo tổng kết", "Summary report"),
    SubmissionKind.PRESENTATION: ("Báo cáo tham luận", "Presentation"),
    SubmissionKind.DISTRICT_COMPILATION: ("Tổng hợp nội dung, chương trình Hội nghị cấp huyện", "District compilation"),
    SubmissionKind.PROGRAMME: (
        "Nội dung chương trình Hội nghị của đơn vị chỉ đạo điểm (thẩm định)",
        "Pilot conference programme (appraised)",
    ),
}

SUBMISSION_STATE: dict[SubmissionState, Pair] = {
    SubmissionState.DRAFT: ("Đang soạn", "Draft"),
    SubmissionState.SUBMITTED: ("Đã gửi", "Submitted"),
    SubmissionState.APPROVED: ("Đã duyệt", "Approved"),
    SubmissionState.CHANGES_REQUESTED: ("Yêu cầu chỉnh sửa", "Changes requested"),
    SubmissionState.FINAL: ("Bản chính thức", "Final"),
}

UNIT_KIND: dict[UnitKind, Pair] = {
    UnitKind.COMMUNE: ("Xã", "Commune"),
    UnitKind.TOWN: ("Thị trấn", "Town"),
    UnitKind.SCHOOL: ("Trường học", "School"),
    UnitKind.ENTERPRISE: ("Doanh nghiệp", "Enterprise"),
    UnitKind.AGENCY: ("Đơn vị thuộc khối thi đua của huyện", "District agency"),
    UnitKind.DISTRICT: ("UBND huyện", "District People's Committee"),
    UnitKind.PROVINCE: ("UBND tỉnh", "Province People's Committee"),
}

LEVEL: dict[Level, Pair] = {
    Level.GRASSROOTS: ("Cấp cơ sở", "Grassroots"),
    Level.DISTRICT: ("Cấp huyện", "District"),
    Level.PROVINCE: ("Cấp tỉnh", "Province"),
}

CONFERENCE_FORM: dict[ConferenceForm, Pair] = {
    ConferenceForm.ADVANCED_EXEMPLARS: ("Hội nghị tuyên dương điển hình tiên tiến", "Advanced-exemplar conference"),
    ConferenceForm.GOOD_PEOPLE_GOOD_DEEDS: (
        "Hội nghị biểu dương người tốt, việc tốt",
        "Good people, good deeds conference",
    ),
    ConferenceForm.SKILLED_CREATIVE_WORKERS: (
        "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo",
        "Skilled and creative workers conference",
    ),
}

CONFERENCE_SESSION: dict[ConferenceSession, Pair] = {
    ConferenceSession.MORNING: ("Buổi sáng", "Morning"),
    ConferenceSession.AFTERNOON: ("Buổi chiều", "Afternoon"),
}

ASSEMBLY_MODE: dict[AssemblyMode, Pair] = {
    AssemblyMode.FULL_ASSEMBLY: ("Hội nghị toàn thể", "Full assembly"),
    AssemblyMode.DELEGATE_ASSEMBLY: ("Hội nghị đại biểu", "Delegate assembly"),
}

ROLE: dict[Role, Pair] = {
    Role.DISTRICT_ADMIN: ("Phòng Nội vụ (quản trị cấp huyện)", "District admin"),
    Role.UNIT_OFFICER: ("Cán bộ phụ trách thi đua của đơn vị", "Unit officer"),
    Role.COUNCIL_REVIEWER: ("Hội đồng Thi đua - Khen thưởng cấp tổ chức", "Council reviewer"),
    Role.PROVINCE_VIEWER: ("Sở Nội vụ (xem cấp tỉnh)", "Province viewer"),
    Role.INTEGRATION_CLIENT: ("Ứng dụng tích hợp", "Integration client"),
}

SCOPE: dict[Scope, Pair] = {Scope.READ: ("Đọc", "Read"), Scope.WRITE: ("Ghi", "Write")}

DELETED_ENTITY: dict[DeletedEntity, Pair] = {
    DeletedEntity.CONFERENCE: ("Hội nghị", "Conference"),
    DeletedEntity.EMULATION_BLOCK: ("Cụm, khối thi đua", "Emulation block"),
    DeletedEntity.DELEGATE: ("Đại biểu", "Delegate"),
    DeletedEntity.ATTACHMENT: ("Tệp đính kèm", "Attachment"),
    DeletedEntity.COMMUNICATION_ACTIVITY: ("Hoạt động tuyên truyền", "Communication activity"),
}

# F1 — the kinds of event in the feed.
WEBHOOK_STATUS: dict[WebhookStatus, Pair] = {
    WebhookStatus.ACTIVE: ("Đang gửi", "Active"),
    WebhookStatus.PAUSED: ("Tạm dừng", "Paused"),
}

EVENT_TYPE: dict[EventType, Pair] = {
    EventType.UNIT_CREATED: ("Đơn vị được tạo", "Unit created"),
    EventType.UNIT_UPDATED: ("Đơn vị được cập nhật", "Unit updated"),
    EventType.EMULATION_BLOCK_CREATED: ("Cụm, khối thi đua được tạo", "Emulation block created"),
    EventType.EMULATION_BLOCK_UPDATED: ("Cụm, khối thi đua được cập nhật", "Emulation block updated"),
    EventType.EMULATION_BLOCK_DELETED: ("Cụm, khối thi đua bị xoá", "Emulation block deleted"),
    EventType.PLAN_CREATED: ("Kế hoạch được ban hành", "Plan created"),
    EventType.PLAN_UPDATED: ("Kế hoạch được cập nhật", "Plan updated"),
    EventType.MOVEMENT_CREATED: ("Phong trào thi đua được thêm", "Movement created"),
    EventType.MOVEMENT_UPDATED: ("Phong trào thi đua được cập nhật", "Movement updated"),
    EventType.MOVEMENT_REGISTRATION_CREATED: ("Đăng ký thi đua được ghi nhận", "Movement registration recorded"),
    EventType.MOVEMENT_REGISTRATION_UPDATED: ("Đăng ký thi đua được cập nhật", "Movement registration updated"),
    EventType.CONFERENCE_SCHEDULED: ("Hội nghị được lên lịch", "Conference scheduled"),
    EventType.CONFERENCE_UPDATED: ("Hội nghị được cập nhật", "Conference updated"),
    EventType.CONFERENCE_DELETED: ("Hội nghị bị xoá", "Conference deleted"),
    EventType.AGENDA_UPDATED: ("Chương trình hội nghị được cập nhật", "Agenda updated"),
    EventType.ALLOCATIONS_UPDATED: ("Phân bổ đại biểu được cập nhật", "Seat allocations updated"),
    EventType.DELEGATE_LIST_FINALIZED: ("Danh sách đại biểu được chốt", "Delegate list finalized"),
    EventType.DELEGATE_LIST_REOPENED: ("Danh sách đại biểu được mở lại", "Delegate list reopened"),
    EventType.DELEGATE_LIST_IMPORTED: ("Danh sách đại biểu được nhập từ tệp", "Delegate list imported"),
    EventType.DELEGATE_ADDED: ("Đại biểu được thêm", "Delegate added"),
    EventType.DELEGATE_UPDATED: ("Đại biểu được cập nhật", "Delegate updated"),
    EventType.DELEGATE_REMOVED: ("Đại biểu bị xoá", "Delegate removed"),
    EventType.DELEGATE_DESIGNATED: ("Đại biểu được cử lên cấp trên", "Delegate designated"),
    EventType.DELEGATE_UNDESIGNATED: ("Đại biểu được rút khỏi danh sách cấp trên", "Delegate designation withdrawn"),
    EventType.NOMINATION_CREATED: ("Đề nghị khen thưởng được tạo", "Nomination created"),
    EventType.NOMINATION_UPDATED: ("Đề nghị khen thưởng được cập nhật", "Nomination updated"),
    EventType.NOMINATION_SUBMITTED: ("Đề nghị khen thưởng được gửi", "Nomination submitted"),
    EventType.NOMINATION_APPROVED: ("Đề nghị khen thưởng được duyệt", "Nomination approved"),
    EventType.NOMINATION_REJECTED: ("Đề nghị khen thưởng bị từ chối", "Nomination rejected"),
    EventType.NOMINATION_RETURNED: ("Đề nghị khen thưởng bị trả lại", "Nomination returned"),
    EventType.NOMINATION_WITHDRAWN: ("Đề nghị khen thưởng được rút", "Nomination withdrawn"),
    EventType.NOMINATION_AWARDED: ("Đề nghị khen thưởng đã có quyết định khen thưởng", "Nomination awarded"),
    EventType.AWARD_DECISION_CREATED: ("Quyết định khen thưởng được ghi nhận", "Award decision recorded"),
    EventType.SUBMISSION_CREATED: ("Hồ sơ được tạo", "Submission created"),
    EventType.SUBMISSION_UPDATED: ("Hồ sơ được cập nhật", "Submission updated"),
    EventType.SUBMISSION_SUBMITTED: ("Hồ sơ được gửi", "Submission submitted"),
    EventType.SUBMISSION_APPROVED: ("Hồ sơ được duyệt", "Submission approved"),
    EventType.SUBMISSION_CHANGES_REQUESTED: ("Hồ sơ được yêu cầu chỉnh sửa", "Submission changes requested"),
    EventType.SUBMISSION_COMPILED: ("Báo cáo tổng hợp được lập", "Submission compiled"),
    EventType.SUBMISSION_ATTACHMENT_ADDED: ("Tệp đính kèm hồ sơ được thêm", "Submission attachment added"),
    EventType.SUBMISSION_ATTACHMENT_REMOVED: ("Tệp đính kèm hồ sơ bị gỡ", "Submission attachment removed"),
    EventType.BUDGET_ESTIMATE_CREATED: ("Dự trù kinh phí được lập", "Budget estimate created"),
    EventType.BUDGET_ESTIMATE_UPDATED: ("Dự trù kinh phí được cập nhật", "Budget estimate updated"),
    EventType.COMMUNICATION_ACTIVITY_CREATED: (
        "Hoạt động tuyên truyền được ghi nhận",
        "Communication activity recorded",
    ),
    EventType.COMMUNICATION_ACTIVITY_UPDATED: (
        "Hoạt động tuyên truyền được cập nhật",
        "Communication activity updated",
    ),
    EventType.COMMUNICATION_ACTIVITY_DELETED: ("Hoạt động tuyên truyền bị xoá", "Communication activity deleted"),
    EventType.COMMUNICATION_ACTIVITY_ATTACHMENT_ADDED: (
        "Tệp đính kèm hoạt động tuyên truyền được thêm",
        "Communication activity attachment added",
    ),
    EventType.COMMUNICATION_ACTIVITY_ATTACHMENT_REMOVED: (
        "Tệp đính kèm hoạt động tuyên truyền bị gỡ",
        "Communication activity attachment removed",
    ),
}

# M1 — the kinds of communication activity (SPEC §6; plan §II.6, §III.3).
ACTIVITY_KIND: dict[ActivityKind, Pair] = {
    ActivityKind.REPORTAGE: ("Phóng sự", "Reportage"),
    ActivityKind.VIDEO: ("Video", "Video"),
    ActivityKind.ARTICLE: ("Bài viết", "Article"),
    ActivityKind.ARTWORK: ("Tác phẩm", "Artwork"),
    ActivityKind.YEARBOOK: ("Kỷ yếu", "Yearbook"),
    ActivityKind.BANNER: ("Pano, khẩu hiệu", "Banner or slogan"),
    ActivityKind.DIGITAL_POST: ("Tin bài trên nền tảng số", "Digital post"),
}

# M1 — when an activity took place relative to its unit's conference day.
PHASE: dict[Phase, Pair] = {
    Phase.BEFORE: ("Trước ngày hội nghị", "Before the conference"),
    Phase.ON: ("Trong ngày hội nghị", "On the conference day"),
    Phase.AFTER: ("Sau ngày hội nghị", "After the conference"),
    Phase.UNSCHEDULED: ("Chưa có ngày hội nghị", "No conference scheduled"),
}

# C8 — the agenda's items (§II.3), without the plan's years; the extras the plan suggests.
AGENDA_KEY: dict[str, Pair] = {
    "welcome": ("Đón tiếp đại biểu và ổn định tổ chức", "Welcoming the delegates"),
    "documentary": ("Phóng sự về phong trào thi đua yêu nước", "Documentary on the patriotic emulation movement"),
    "flag_salute": ("Chào cờ", "Flag salute"),
    "opening": ("Tuyên bố lý do, giới thiệu đại biểu và khai mạc", "Purpose, introduction of delegates and opening"),
    "summary_report": (
        "Báo cáo tổng kết phong trào thi đua và công tác khen thưởng 05 năm qua, phương hướng, nhiệm vụ"
        " công tác thi đua, khen thưởng 05 năm tới",
        "Five-year summary report and the tasks of the next five years",
    ),
    "presentations": ("Báo cáo tham luận của các điển hình tiên tiến", "Presentations by the exemplars"),
    "exchange": ("Tổ chức các hoạt động giao lưu với các điển hình tiên tiến", "Exchange with the exemplars"),
    "guidance_speech": ("Phát biểu chỉ đạo của cấp trên", "Guidance speech of the higher level"),
    "honouring": ("Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến", "Honouring the exemplars"),
    "launch_movement": ("Phát động phong trào thi đua giai đoạn mới", "Launching the emulation movement"),
    "response_speeches": ("Phát biểu hưởng ứng phong trào thi đua", "Speeches in response to the movement"),
    "delegate_approval": (
        "Thông qua danh sách đại biểu đi dự Hội nghị (Đại hội) cấp trên",
        "Approving the delegates to the higher-level conference",
    ),
    "closing": ("Tổng kết và bế mạc", "Summary and closing"),
    **{
        key: (title, english)
        for key, title, english in (
            ("children_greeting", EXTRAS["children_greeting"], "Children's greeting"),
            ("art_performance", EXTRAS["art_performance"], "Art performance"),
            ("award_presentation", EXTRAS["award_presentation"], "Presentation of awards"),
        )
    },
}

AGENDA_ITEM_KIND: dict[AgendaItemKind, Pair] = {
    AgendaItemKind.MANDATORY: ("Bắt buộc", "Mandatory"),
    AgendaItemKind.CONDITIONAL: ("Có điều kiện", "Conditional"),
    AgendaItemKind.EXTRA: ("Bổ sung", "Extra"),
}

COMPLIANCE_STATUS: dict[ComplianceStatus, Pair] = {
    ComplianceStatus.OK: ("Đạt", "OK"),
    ComplianceStatus.WARNING: ("Cần lưu ý", "Warning"),
    ComplianceStatus.ERROR: ("Chưa đạt", "Error"),
}

LIST_STATE: dict[ListState, Pair] = {
    ListState.DRAFT: ("Đang soạn", "Draft"),
    ListState.FINALIZED: ("Đã chốt", "Finalized"),
}

COMMENDATION_LEVEL: dict[CommendationLevel, Pair] = {
    CommendationLevel.STATE: ("Cấp Nhà nước", "State"),
    CommendationLevel.PROVINCE: ("Cấp tỉnh", "Province"),
    CommendationLevel.DISTRICT: ("Cấp huyện", "District"),
    CommendationLevel.GRASSROOTS: ("Cấp cơ sở", "Grassroots"),
}

UNIT_PLAN_STATUS: dict[UnitPlanStatus, Pair] = {
    UnitPlanStatus.ON_TIME: ("Đúng hạn", "On time"),
    UnitPlanStatus.LATE: ("Nộp muộn", "Late"),
    UnitPlanStatus.MISSING: ("Chưa nộp", "Missing"),
}

MOVEMENT_KIND: dict[MovementKind, Pair] = {
    MovementKind.MOVEMENT: ("Phong trào thi đua", "Emulation movement"),
    MovementKind.SPECIAL_DRIVE: ("Đợt thi đua đặc biệt", "Special emulation drive"),
}

EXPORT_FORMAT: dict[ExportFormat, Pair] = {
    ExportFormat.XLSX: ("Tệp Excel (XLSX)", "Excel workbook (XLSX)"),
    ExportFormat.CSV: ("Tệp CSV", "CSV file"),
}


@dataclass(frozen=True)
class Vocabulary:
    """One enum's labels: its contract name, what it is (vi, en) and each value's (vi, en)."""

    name: str
    title: Pair
    labels: dict[str, Pair]


E = TypeVar("E", bound=str)


def _of(labels: Mapping[E, Pair]) -> dict[str, Pair]:
    return {str(value): pair for value, pair in labels.items()}


VOCABULARIES: tuple[Vocabulary, ...] = (
    Vocabulary("DelegateCategory", ("Thành phần đại biểu", "Delegate category"), _of(CATEGORY)),
    Vocabulary("EconomicSector", ("Thành phần kinh tế", "Economic sector"), _of(SECTOR)),
    Vocabulary("Gender", ("Giới tính", "Gender"), _of(GENDER)),
    Vocabulary("Honour", ("Hình thức khen thưởng", "Honour"), _of(HONOUR)),
    Vocabulary("Rank", ("Cấp lãnh đạo/người lao động", "Rank"), _of(RANK)),
    Vocabulary("Basis", ("Loại khen thưởng", "Basis"), _of(BASIS)),
    Vocabulary("NomineeKind", ("Đối tượng đề nghị", "Nominee kind"), _of(NOMINEE_KIND)),
    Vocabulary("NominationState", ("Trạng thái đề nghị", "Nomination state"), _of(NOMINATION_STATE)),
    Vocabulary("SubmissionKind", ("Loại hồ sơ", "Submission kind"), _of(SUBMISSION_KIND)),
    Vocabulary("SubmissionState", ("Trạng thái hồ sơ", "Submission state"), _of(SUBMISSION_STATE)),
    Vocabulary("UnitKind", ("Loại đơn vị", "Unit kind"), _of(UNIT_KIND)),
    Vocabulary("Level", ("Cấp", "Level"), _of(LEVEL)),
    Vocabulary("ConferenceForm", ("Hình thức hội nghị", "Conference form"), _of(CONFERENCE_FORM)),
    Vocabulary("ConferenceSession", ("Buổi", "Session"), _of(CONFERENCE_SESSION)),
    Vocabulary("AssemblyMode", ("Hình thức tổ chức", "Assembly mode"), _of(ASSEMBLY_MODE)),
    Vocabulary("Role", ("Vai trò", "Role"), _of(ROLE)),
    Vocabulary("Scope", ("Phạm vi quyền", "Scope"), _of(SCOPE)),
    Vocabulary("DeletedEntity", ("Loại bản ghi đã xoá", "Deleted record kind"), _of(DELETED_ENTITY)),
    Vocabulary("AgendaKey", ("Nội dung chương trình hội nghị", "Agenda item"), AGENDA_KEY),
    Vocabulary("AgendaItemKind", ("Loại nội dung chương trình", "Agenda item kind"), _of(AGENDA_ITEM_KIND)),
    Vocabulary("ComplianceStatus", ("Kết quả kiểm tra", "Compliance status"), _of(COMPLIANCE_STATUS)),
    Vocabulary("ListState", ("Trạng thái danh sách đại biểu", "Delegate list state"), _of(LIST_STATE)),
    Vocabulary("CommendationLevel", ("Cấp khen thưởng", "Commendation level"), _of(COMMENDATION_LEVEL)),
    Vocabulary("UnitPlanStatus", ("Tình hình nộp kế hoạch", "Unit plan status"), _of(UNIT_PLAN_STATUS)),
    Vocabulary("MovementKind", ("Loại phong trào thi đua", "Movement kind"), _of(MOVEMENT_KIND)),
    Vocabulary("ExportFormat", ("Định dạng tệp xuất", "Export format"), _of(EXPORT_FORMAT)),
    Vocabulary("BudgetCategory", ("Khoản mục dự trù kinh phí", "Budget category"), _of(BUDGET_CATEGORY)),
    Vocabulary("ActivityKind", ("Loại hoạt động tuyên truyền", "Communication activity kind"), _of(ACTIVITY_KIND)),
    Vocabulary("Phase", ("Thời điểm so với ngày hội nghị", "Phase"), _of(PHASE)),
    Vocabulary("EventType", ("Loại sự kiện", "Event type"), _of(EVENT_TYPE)),
    Vocabulary("WebhookStatus", ("Trạng thái webhook", "Webhook status"), _of(WEBHOOK_STATUS)),
)
