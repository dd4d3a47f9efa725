"""S1–S6 — what units send to the district: plans, reports, presentations, the compilation."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from api.domain.access import check_independent_review
from api.domain.containers import ZIP_MAGIC, container_type, forbidden_entry
from api.domain.errors import DomainError

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


class SubmissionKind(StrEnum):
    """S1–S4 — what a unit sends the district."""

    UNIT_PLAN = "unit_plan"
    SUMMARY_REPORT = "summary_report"
    PRESENTATION = "presentation"
    DISTRICT_COMPILATION = "district_compilation"
    PROGRAMME = "programme"  # P1 — a pilot unit's conference programme, appraised by the district


Kind = SubmissionKind  # the short name inside the code; the contract says SubmissionKind


class SubmissionState(StrEnum):
    """S2–S5 — where a submission stands."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    FINAL = "final"  # a district compilation: a snapshot, never changed


State = SubmissionState  # the short name inside the code; the contract says SubmissionState


class CommendationLevel(StrEnum):
    """S2 — cấp khen thưởng: the level that granted a commendation counted in a summary report."""

    STATE = "state"
    PROVINCE = "province"
    DISTRICT = "district"
    GRASSROOTS = "grassroots"


class UnitPlanStatus(StrEnum):
    """S1 — where a unit's plan stands against the due date: received on time, received late, or
    not received (a draft counts as missing)."""

    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"


# Which actions each kind knows: action → (from states, to state)
TRANSITIONS: dict[Kind, dict[str, tuple[frozenset[State], State]]] = {
    Kind.UNIT_PLAN: {"submit": (frozenset({State.DRAFT}), State.SUBMITTED)},
    Kind.SUMMARY_REPORT: {
        "submit": (frozenset({State.DRAFT, State.CHANGES_REQUESTED}), State.SUBMITTED),
        "approve": (frozenset({State.SUBMITTED}), State.APPROVED),
        "request_changes": (frozenset({State.SUBMITTED}), State.CHANGES_REQUESTED),
    },
    Kind.PRESENTATION: {
        "submit": (frozenset({State.DRAFT, State.CHANGES_REQUESTED}), State.SUBMITTED),
        "approve": (frozenset({State.SUBMITTED}), State.APPROVED),
        "request_changes": (frozenset({State.SUBMITTED}), State.CHANGES_REQUESTED),
    },
    Kind.DISTRICT_COMPILATION: {},
    Kind.PROGRAMME: {
        "submit": (frozenset({State.DRAFT, State.CHANGES_REQUESTED}), State.SUBMITTED),
        "approve": (frozenset({State.SUBMITTED}), State.APPROVED),
        "request_changes": (frozenset({State.SUBMITTED}), State.CHANGES_REQUESTED),
    },
}
# The rule each kind's transitions follow (the problem's ``rule``)
KIND_RULE: dict[Kind, str] = {Kind.PRESENTATION: "S3", Kind.PROGRAMME: "P1"}
DECISIONS = frozenset({"approve", "request_changes"})


DECISION_STATES = frozenset(t[1] for by_action in TRANSITIONS.values() for a, t in by_action.items() if a in DECISIONS)


def transition(
    kind: Kind, action: str, current: State, *, actor_id: uuid.UUID, participants: Collection[uuid.UUID]
) -> State:
    """S2, S3 — submit / approve / request-changes per kind; nobody who wrote, edited or
    submitted any version decides (X3)."""
    allowed = TRANSITIONS[kind].get(action)
    if allowed is None or current not in allowed[0]:
        raise DomainError("transition_not_allowed", KIND_RULE.get(kind, "S2"), action=action, state=current.value)
    if action in DECISIONS:
        check_independent_review(actor_id, participants)
    return allowed[1]


def state_after_edit(kind: Kind, current: State) -> State:
    """S5 — every edit is a new version; S3: editing an approved presentation sends it back to
    ``submitted`` (P1: so does an approved programme). A district compilation never changes."""
    if kind is Kind.DISTRICT_COMPILATION:
        raise DomainError("transition_not_allowed", "S4", action="edit", state=current.value)
    if kind is Kind.PRESENTATION and current is State.APPROVED:
        return State.SUBMITTED
    if kind in (Kind.SUMMARY_REPORT, Kind.PROGRAMME) and current is State.APPROVED:
        return State.SUBMITTED
    return current


def received_on_change(new_state: State) -> bool:
    """S1, S5 — a version made while the submission stands submitted reaches the district (or
    the council) at once: it is a resubmission, received when it is made. A version made in a
    draft, or while changes are requested, is received when it is submitted."""
    return new_state is State.SUBMITTED


def version_frozen(received_at: dt.datetime | None) -> bool:
    """S5 — a version once received is frozen, its attachments included: a later change, an
    attachment added or removed among them, makes a new version."""
    return received_at is not None


# --- S1 -----------------------------------------------------------------------------------------


def on_time(received_at: dt.datetime, due: dt.date) -> bool:
    """S1 — "before 10/11/2024" read literally: received before 00:00 of the due date, local time."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must carry an offset")
    return received_at < _deadline(due)


def changed_after_due(received_at: dt.datetime | None, last_received_at: dt.datetime | None, due: dt.date) -> bool:
    """S1, S5 — a later version arrived after the deadline. The plan is still judged by its
    first receipt (``on_time``: lateness never loses a submission, and a later change never
    makes an on-time plan late), but the district sees that it changed after the due date."""
    if received_at is None or last_received_at is None or last_received_at <= received_at:
        return False
    return not on_time(last_received_at, due)


@functools.lru_cache(maxsize=64)
def _deadline(due: dt.date) -> dt.datetime:
    """00:00 of the due date, local time (a dashboard asks it of every unit's plan)."""
    return dt.datetime.combine(due, dt.time(0, 0), tzinfo=LOCAL)


# --- S2 -----------------------------------------------------------------------------------------

# The outline's sections (appendix "Đề cương báo cáo"): key → (heading, required)
REPORT_SECTIONS: dict[str, tuple[str, bool]] = {
    "p1.I": ("Tình hình chung về công tác thi đua, khen thưởng 5 năm", True),
    "p1.II": ("Công tác lãnh đạo, chỉ đạo đổi mới phong trào thi đua và công tác khen thưởng", True),
    "p1.III.1": ("Phong trào thi đua", True),
    "p1.III.2": ("Kết quả công tác khen thưởng", True),
    "p1.III.3": ("Một số nội dung công tác khác", True),
    "p1.III.4.1": ("Những mặt làm được", True),
    "p1.III.4.2": ("Tồn tại", True),
    "p1.III.4.3": ("Nguyên nhân của tồn tại", True),
    "p1.III.4.4": ("Bài học kinh nghiệm", True),
    "p2.1": ("Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng", True),
    "p2.2": ("Những nội dung chủ yếu đẩy mạnh các phong trào thi đua và công tác khen thưởng", True),
    "p2.3": ("Công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp thực hiện", True),
    "p3": ("Kiến nghị, đề xuất để thực hiện tốt nhiệm vụ công tác thi đua, khen thưởng", False),
}


def check_sections_known(sections: dict[str, str]) -> None:
    unknown = sorted(set(sections) - set(REPORT_SECTIONS))
    if unknown:
        raise DomainError("validation_error", "S2", field="sections", reason="unknown_section", keys=", ".join(unknown))


def missing_sections(sections: dict[str, str]) -> list[str]:
    """S2 — required sections that are absent or blank, in the outline's order."""
    return [k for k, (_, required) in REPORT_SECTIONS.items() if required and not (sections.get(k) or "").strip()]


def check_report_complete(sections: dict[str, str]) -> None:
    """S2 — submitting needs every required section non-empty."""
    missing = missing_sections(sections)
    if missing:
        raise DomainError("report_incomplete", "S2", missing=missing)


def percent(part: int, whole: int) -> str:
    """Percentages are computed, never typed: one decimal, half up."""
    if whole <= 0:
        return "0.0"
    return str((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Registered:
    registered: int
    total: int

    def check(self, field: str) -> None:
        if self.registered < 0 or self.total < 0 or self.registered > self.total:
            raise DomainError("validation_error", "S2", field=field, reason="registered_above_total")


def check_presentations(wanted: list[str], approved: set[str]) -> None:
    """S3 — only approved presentations go into the agenda."""
    for n, pid in enumerate(wanted):
        if pid not in approved:
            raise DomainError("presentation_not_approved", "S3", field=f"items.presentation_ids.{n}")


# --- P1 -----------------------------------------------------------------------------------------


def check_programme_unit(is_pilot: bool) -> None:
    """P1 — only a pilot unit's conference (§II.5) takes a programme for appraisal."""
    if not is_pilot:
        raise DomainError("validation_error", "P1", field="conference_id", reason="not_pilot")


def check_programme_decider(kind: Kind, district_admin: bool) -> None:
    """P1 — a programme is appraised by the district (its admin), not by the unit's own council."""
    if kind is Kind.PROGRAMME and not district_admin:
        raise DomainError("forbidden", "P1", reason="district_appraises")


def programme_snapshot(
    held_on: dt.date, session: str, place: str, agenda: list[dict[str, object]]
) -> dict[str, object]:
    """P1 — what the district appraises besides the unit's text: the conference's date (with its
    half-day session, C3), place and agenda as they stand."""
    return {"held_on": held_on.isoformat(), "session": session, "place": place, "agenda": agenda}


def programme_status(is_pilot: bool, state: State | None) -> str | None:
    """P1 — a pilot conference's programme is `ok` once approved and `error` until then (none,
    draft, submitted, changes requested); for any other conference P1 does not apply (None)."""
    if not is_pilot:
        return None
    return "ok" if state is State.APPROVED else "error"


def check_programme_appraised(is_pilot: bool, state: State | None) -> None:
    """P1 — a pilot conference's delegate list is finalized only once its programme is approved."""
    if programme_status(is_pilot, state) == "error":
        raise DomainError("programme_not_appraised", "P1", programme_state=state.value if state else "missing")


def state_after_conference_change(current: State) -> State | None:
    """P1, S5 — a change of the conference's date, place or agenda after the programme was sent
    makes a new version with the fresh snapshot: an approved programme goes back to `submitted`,
    a submitted one stays submitted (the district appraises what stands). None: nothing to do —
    a draft, or one sent back for changes, takes its snapshot when it is submitted."""
    if current in (State.SUBMITTED, State.APPROVED):
        return State.SUBMITTED
    return None


# --- S6 -----------------------------------------------------------------------------------------

ACCEPTED_TYPES = {
    "application/pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
}


MP4_BRANDS = frozenset({b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4V "})


def sniff(
    head: bytes,
    zip_names: list[str] | None = None,
    ole_streams: list[str] | None = None,
    zip_mimetype: str | None = None,
) -> str | None:
    """S6 — the type decided from the content (the first bytes, and for ZIP/OLE containers the
    names inside), never from the file name. None when it is not an accepted type. A ZIP's parts
    are judged by ``api.domain.containers`` (its limits and forbidden entries by ``zip_type``)."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in MP4_BRANDS:
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]:
        return "video/webm"
    if head.startswith(ZIP_MAGIC) and zip_names is not None:
        if any(forbidden_entry(name) for name in zip_names):
            return None
        try:
            return container_type(zip_names, zip_mimetype)
        except DomainError:
            return None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and ole_streams is not None:
        streams = {s.lower() for s in ole_streams}
        if "worddocument" in streams:
            return "application/msword"
        if "workbook" in streams or "book" in streams:
            return "application/vnd.ms-excel"
    return None


# The extensions a detected type may keep (any other is replaced by the type's own).
EXTENSION_ALIASES = {"image/jpeg": frozenset({".jpg", ".jpeg"})}


def stored_name(filename: str, content_type: str) -> str:
    """S6 — the stored (and downloaded) name's extension follows the detected type: a PDF sent
    as ``x.docx`` is kept as ``x.pdf``, so no program opens it as what it is not."""
    wanted = ACCEPTED_TYPES[content_type]
    stem, dot, ext = filename.rpartition(".")
    if not dot or not stem:
        return filename + wanted
    if "." + ext.lower() in EXTENSION_ALIASES.get(content_type, frozenset({wanted})):
        return filename
    return stem + wanted
