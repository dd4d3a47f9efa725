"""M1–M2 — communication activities (§II.6, §III.3): what a unit records, the phase it falls in
relative to the unit's conference day, the evidence it carries and the documentary a conference
shows."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from urllib.parse import urlsplit

from api.domain.errors import DomainError


class ActivityKind(StrEnum):
    """M1 — loại hoạt động tuyên truyền (§II.6, §III.3)."""

    REPORTAGE = "reportage"
    VIDEO = "video"
    ARTICLE = "article"
    ARTWORK = "artwork"
    YEARBOOK = "yearbook"
    BANNER = "banner"
    DIGITAL_POST = "digital_post"


class Phase(StrEnum):
    """M1 — when an activity took place relative to its unit's conference day. ``unscheduled``:
    the unit has no conference in the plan yet (so no day to compare with)."""

    BEFORE = "before"
    ON = "on"
    AFTER = "after"
    UNSCHEDULED = "unscheduled"


LINK_MAX = 2000
LINK_SCHEMES = ("http", "https")


def phase_of(activity_on: dt.date, conference_on: dt.date | None) -> Phase:
    """M1 — before, on or after the unit's conference day, compared by calendar date (both are
    local dates); ``unscheduled`` while the unit has no conference in the plan."""
    if conference_on is None:
        return Phase.UNSCHEDULED
    if activity_on < conference_on:
        return Phase.BEFORE
    if activity_on == conference_on:
        return Phase.ON
    return Phase.AFTER


def check_link(link: str) -> str:
    """M1 — a link is an absolute http or https URL with a host, without spaces, control
    characters or credentials, at most ``LINK_MAX`` characters. Returns it unchanged; raises
    ``DomainError`` (field ``link``) otherwise."""
    bad = DomainError("validation_error", "M1", field="link", reason="bad_link")
    if len(link) > LINK_MAX or any(ch.isspace() or not ch.isprintable() for ch in link):
        raise bad
    try:
        parts = urlsplit(link)
        _ = parts.port  # a malformed port raises ValueError
    except ValueError:
        raise bad from None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname or "@" in parts.netloc:
        raise bad
    return link


def has_evidence(link: str | None, attachments: int) -> bool:
    """M1 — an activity's evidence: its link, its attachments, or both."""
    return bool(link) or attachments > 0


def check_keeps_evidence(link: str | None, attachments: int, field: str = "link") -> None:
    """M1 — at least a link or an attachment. An activity is created with a link, or without one
    and gets its attachment right after (``has_evidence`` is false until then); from then on no
    change may leave it with neither (removing the link of an activity without attachments, or
    the last attachment of one without a link)."""
    if not has_evidence(link, attachments):
        raise DomainError("validation_error", "M1", field=field, reason="evidence_required")


def check_documentary(
    kind: ActivityKind, activity_unit_id: str, conference_unit_id: str, conference_has_documentary: bool
) -> None:
    """M2 — the reportage a conference shows: a ``reportage`` activity of the conference's own
    unit, for a conference whose agenda has the documentary (``has_documentary``)."""
    field = "documentary_conference_id"
    if kind is not ActivityKind.REPORTAGE:
        raise DomainError("validation_error", "M2", field=field, reason="not_reportage")
    if activity_unit_id != conference_unit_id:
        raise DomainError("validation_error", "M2", field=field, reason="other_unit")
    if not conference_has_documentary:
        raise DomainError("validation_error", "M2", field=field, reason="no_documentary")


def documentary_status(has_documentary: bool, reportage_named: bool) -> str:
    """M2 — the compliance status of a conference's documentary: a warning when the agenda has the
    documentary and no reportage is named (SPEC makes it no error), ok otherwise."""
    return "warning" if has_documentary and not reportage_named else "ok"
