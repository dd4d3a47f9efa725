"""N1–N5 — nominations: who is proposed, for what honour, on what basis, and who decides."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from enum import StrEnum

from api.domain.access import check_independent_review
from api.domain.errors import DomainError
from api.domain.text import fold


class NomineeKind(StrEnum):
    """N1 — đối tượng đề nghị: an individual (cá nhân) or a collective (tập thể)."""

    INDIVIDUAL = "individual"
    COLLECTIVE = "collective"


class Rank(StrEnum):
    """N1 — outline III.2: leaders (head of a district department or equivalent and above) and
    workers (deputy heads and below, workers, farmers)."""

    LEADER = "leader"
    WORKER = "worker"


class Honour(StrEnum):
    """N2 — the honours the plan names."""

    CONFERENCE_HONOURED = "conference_honoured"  # biểu dương tại hội nghị
    DISTRICT_CERTIFICATE = "district_certificate"  # Giấy khen của Chủ tịch UBND huyện
    PROVINCE_CERTIFICATE = "province_certificate"  # Bằng khen của Chủ tịch UBND tỉnh
    OTHER = "other"


class Basis(StrEnum):
    """N2 — theo công trạng, đột xuất, theo chuyên đề."""

    MERIT = "merit"
    AD_HOC = "ad_hoc"
    THEMATIC = "thematic"


class NominationState(StrEnum):
    """N3 — where a nomination stands."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"
    AWARDED = "awarded"  # D1 — named in an award decision (Quyết định khen thưởng)


State = NominationState  # the short name inside the code; the contract says NominationState


LIVE = frozenset({State.DRAFT, State.SUBMITTED, State.RETURNED, State.APPROVED, State.AWARDED})
# N5 — the nominations the council approved, awarded since or not
APPROVED_OR_AWARDED = frozenset({State.APPROVED, State.AWARDED})

# N3 — action → (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[State], State]] = {
    "submit": (frozenset({State.DRAFT, State.RETURNED}), State.SUBMITTED),
    "approve": (frozenset({State.SUBMITTED}), State.APPROVED),
    "reject": (frozenset({State.SUBMITTED}), State.REJECTED),
    "return": (frozenset({State.SUBMITTED}), State.RETURNED),
    "withdraw": (frozenset({State.DRAFT, State.SUBMITTED}), State.WITHDRAWN),
    # D1 — an award decision names an approved nomination (api.domain.decisions.check_awardable)
    "award": (frozenset({State.APPROVED}), State.AWARDED),
}
DECISIONS = frozenset({"approve", "reject", "return"})
NEEDS_REASON = frozenset({"reject", "return"})


def check_nominee(kind: NomineeKind, rank: Rank | None, works_directly: bool | None) -> None:
    """N1 — an individual carries a rank and whether they work directly in production."""
    if kind is NomineeKind.INDIVIDUAL and rank is None:
        raise DomainError("validation_error", "N1", field="rank", reason="missing")
    if kind is NomineeKind.COLLECTIVE and (rank is not None or works_directly):
        raise DomainError("validation_error", "N1", field="rank", reason="collective_has_no_rank")


def check_honour(honour: Honour, honour_other: str | None) -> None:
    """N2 — an honour the plan lists; "other" names which."""
    if honour is Honour.OTHER and not honour_other:
        raise DomainError("validation_error", "N2", field="honour_other", reason="missing")


def nominee_key(
    kind: NomineeKind, name: str, national_id: str | None, birth_date: str | None, *, unique: str = ""
) -> str:
    """N4 — the key the database holds unique among live nominations: an individual by national
    ID, or by folded name and birth date (as A7); a collective by folded name. An individual
    with neither ID nor birth date cannot be matched, so gets a key of its own (``unique``)."""
    if kind is NomineeKind.COLLECTIVE:
        return "c:" + fold(name)
    if national_id:
        return "id:" + national_id
    if birth_date:
        return "nb:" + fold(name) + "|" + birth_date
    return "x:" + unique


DECISION_STATES = frozenset(TRANSITIONS[a][1] for a in DECISIONS)
EDITABLE = frozenset({State.DRAFT, State.RETURNED})


def check_editable(current: State) -> None:
    """N3, S5 — a nomination is edited while a draft or returned; once submitted it changes only
    by being returned first (nothing changes silently under the council's eyes)."""
    if current not in EDITABLE:
        raise DomainError("transition_not_allowed", "N3", action="edit", state=current.value)


def transition(
    action: str, current: State, *, actor_id: uuid.UUID, participants: Collection[uuid.UUID], reason: str | None
) -> State:
    """N3 — the state machine; nobody who wrote, edited or submitted it decides (X3)."""
    allowed = TRANSITIONS.get(action)
    if allowed is None or current not in allowed[0]:
        raise DomainError("transition_not_allowed", "N3", action=action, state=current.value)
    if action in DECISIONS:
        check_independent_review(actor_id, participants)
    if action in NEEDS_REASON and not (reason and reason.strip()):
        raise DomainError("validation_error", "N3", field="reason", reason="missing")
    return allowed[1]


def leader_worker_ratio(leaders: int, workers: int) -> str:
    """N5 — outline III.2: the ratio of leaders to workers among individuals, as "a:b" reduced."""
    from math import gcd

    if leaders == 0 and workers == 0:
        return "0:0"
    g = gcd(leaders, workers) or 1
    return f"{leaders // g}:{workers // g}"
