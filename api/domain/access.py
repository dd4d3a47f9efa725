"""X1–X3 — who may read and write what. Pure decisions over the caller's facts."""

from __future__ import annotations

import math
import uuid
import zlib
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum

from api.domain.errors import DomainError


class Role(StrEnum):
    """X1 — vai trò: what an account may do."""

    DISTRICT_ADMIN = "district_admin"  # L2 — the admin of a unit that issues plans, any level: ``UNIT_ADMIN``
    UNIT_OFFICER = "unit_officer"
    COUNCIL_REVIEWER = "council_reviewer"
    PROVINCE_VIEWER = "province_viewer"
    INTEGRATION_CLIENT = "integration_client"


class Scope(StrEnum):
    """X1 — what an integration client's token may do: read (every GET) or write."""

    READ = "read"
    WRITE = "write"


# L2 — the one admin role, whatever the level of the unit it is bound to: the administrator of the
# plans that unit issues (a province, a district). The wire keeps the historical name
# ``district_admin`` (tokens, scripts, clients; docs/CONTRACT.md); this is its general name here.
UNIT_ADMIN = Role.DISTRICT_ADMIN

UNIT_BOUND_ROLES = frozenset({Role.UNIT_OFFICER, Role.COUNCIL_REVIEWER})


@dataclass(frozen=True)
class Actor:
    """The signed-in caller. ``district_id`` is the area of the bound unit, if any: the issuing
    unit it is or lies under (``api.domain.units.place_in_tree``). ``unit_is_district``: the bound
    unit issues plans (a district or a province — L2; the name is historical). ``area_ids``: the
    areas below the bound unit it also administers (a province's districts, L2)."""

    id: uuid.UUID
    username: str
    role: Role
    unit_id: uuid.UUID | None = None
    district_id: uuid.UUID | None = None
    unit_is_district: bool = False
    scopes: frozenset[str] = field(default_factory=frozenset)
    area_ids: frozenset[uuid.UUID] = frozenset()

    @property
    def areas(self) -> frozenset[uuid.UUID]:
        """L2 — every area (issuing unit) whose register, plans and private records this caller's
        binding reaches: the bound unit's own area and those below it."""
        own = frozenset({self.district_id}) if self.district_id is not None else frozenset()
        bound = frozenset({self.unit_id}) if self.unit_is_district and self.unit_id is not None else frozenset()
        return own | bound | self.area_ids


def check_role_binding(role: Role, unit_id: uuid.UUID | None, unit_issues_plans: bool) -> str | None:
    """X1, L2 — officers and reviewers are bound to one unit; an admin to a unit that issues
    plans, whatever its level (a province or a district), or to none: the first admin, who
    creates the districts; a province viewer to none. Returns the offending field's reason, or
    None when the binding is right."""
    if role in UNIT_BOUND_ROLES and unit_id is None:
        return "unit_required"
    if role is UNIT_ADMIN and unit_id is not None and not unit_issues_plans:
        return "admin_unit_must_be_district"
    if role is Role.PROVINCE_VIEWER and unit_id is not None:
        return "viewer_has_no_unit"
    return None


def can_read(actor: Actor) -> bool:
    """X1 — every signed-in person reads; an integration client needs the ``read`` scope."""
    return actor.role is not Role.INTEGRATION_CLIENT or Scope.READ in actor.scopes


def administers(actor: Actor, district_id: uuid.UUID | None) -> bool:
    """X1, L2 — may write the register, plans and accounts of the area ``district_id`` (an
    issuing unit: a plan's issuer, or the area a unit lies in).

    The first admin (bound to no unit) administers every area; an admin bound to a unit, that
    unit's areas (``Actor.areas``: a district's admin its district, a province's admin the
    province and its districts); an integration client with ``write`` scope bound to an
    issuing unit, the same.
    """
    if actor.role is UNIT_ADMIN:
        return actor.unit_id is None or (district_id is not None and district_id in actor.areas)
    if actor.role is Role.INTEGRATION_CLIENT and Scope.WRITE in actor.scopes:
        return actor.unit_is_district and district_id is not None and district_id in actor.areas
    return False


def is_superadmin(actor: Actor) -> bool:
    """X1 — the first admin from settings, bound to no unit: creates the district units."""
    return actor.role is Role.DISTRICT_ADMIN and actor.unit_id is None


class Reach(StrEnum):
    """X2 — how far a caller's view of private records reaches."""

    ALL = "all"  # every unit's (province viewers, the first admin, clients bound to nothing)
    DISTRICT = "district"  # one area's units, the area's unit included (its admin or client)
    AREAS = "areas"  # several areas' units: an admin bound to a province with districts (L2)
    UNIT = "unit"  # one unit's (its officers and reviewers, a client bound to it)
    NONE = "none"  # nobody's


@dataclass(frozen=True)
class PrivateScope:
    """X2 — the rows of a private list (or aggregate) a caller may see: ``reach`` and, for one
    unit or one district, its ``id``. The one decision behind every private read: single
    records (``can_see_private``), lists, counts, statistics, exports and tombstones
    (``api.db.scope.scope_condition`` turns it into SQL)."""

    reach: Reach
    id: uuid.UUID | None = None
    ids: frozenset[uuid.UUID] = frozenset()  # Reach.AREAS: the areas

    def admits(self, unit_id: uuid.UUID, district_id: uuid.UUID | None) -> bool:
        """Whether a record of ``unit_id`` (lying in ``district_id``) is in the scope."""
        if self.reach is Reach.ALL:
            return True
        if self.reach is Reach.UNIT:
            return self.id == unit_id
        if self.reach is Reach.DISTRICT:
            return district_id is not None and self.id == district_id
        if self.reach is Reach.AREAS:
            return district_id is not None and district_id in self.ids
        return False


NO_PRIVATE = PrivateScope(Reach.NONE)


def private_scope(actor: Actor) -> PrivateScope:
    """X2 — a unit's private records are seen by its officers and reviewers, the admin of its
    district, province viewers, and read-scoped clients bound to it, to its district or to none."""
    if actor.role is Role.PROVINCE_VIEWER:
        return PrivateScope(Reach.ALL)
    if actor.role in UNIT_BOUND_ROLES:
        return NO_PRIVATE if actor.unit_id is None else PrivateScope(Reach.UNIT, actor.unit_id)
    if actor.role is UNIT_ADMIN:
        if actor.unit_id is None:
            return PrivateScope(Reach.ALL)  # the first admin administers every area
        return _areas_scope(actor.areas)
    if actor.role is Role.INTEGRATION_CLIENT and can_read(actor):
        if actor.unit_id is None:
            return PrivateScope(Reach.ALL)
        if actor.unit_is_district and actor.areas:
            return _areas_scope(actor.areas)
        return PrivateScope(Reach.UNIT, actor.unit_id)
    return NO_PRIVATE


def _areas_scope(areas: frozenset[uuid.UUID]) -> PrivateScope:
    """L2 — an issuing unit's admin sees its areas: one (a district, or a province without
    districts) as ``Reach.DISTRICT``; a province with districts as ``Reach.AREAS``."""
    if not areas:
        return NO_PRIVATE
    if len(areas) == 1:
        return PrivateScope(Reach.DISTRICT, next(iter(areas)))
    return PrivateScope(Reach.AREAS, None, areas)


def can_see_private(actor: Actor, unit_id: uuid.UUID, unit_district_id: uuid.UUID | None) -> bool:
    """X2 — one unit's private record: whether it lies in the caller's ``private_scope``."""
    return private_scope(actor).admits(unit_id, unit_district_id)


class DeletedEntity(StrEnum):
    """What a DELETE removes, as its tombstone names it (incremental sync). A designation is a
    delegate on the district conference's list: its tombstone is a ``delegate``'s."""

    CONFERENCE = "conference"
    EMULATION_BLOCK = "emulation_block"
    DELEGATE = "delegate"
    ATTACHMENT = "attachment"
    COMMUNICATION_ACTIVITY = "communication_activity"


# X2 — the tombstones every signed-in reader sees; the others follow the record's unit.
PUBLIC_DELETED = frozenset({DeletedEntity.CONFERENCE, DeletedEntity.EMULATION_BLOCK})


class Reviewed(StrEnum):
    """X3 — what a council decides on: the kinds whose participants are recorded."""

    NOMINATION = "nomination"
    SUBMISSION = "submission"


class Participation(StrEnum):
    """X3 — how someone took part in what is being decided. Recorded for every version."""

    AUTHOR = "author"  # created it
    EDITOR = "editor"  # changed it: an edit, a new version, an attachment added or removed
    SUBMITTER = "submitter"  # sent it (any submit or resubmit)


def may_decide(actor: Actor, unit_id: uuid.UUID, district_id: uuid.UUID | None) -> bool:
    """X3 — who decides on a unit's nomination, presentation or report: a council reviewer of that
    (the organizing) unit, or the district admin of its district. Never someone who took part:
    ``check_independent_review``."""
    if actor.role is Role.COUNCIL_REVIEWER:
        return actor.unit_id == unit_id
    return actor.role is Role.DISTRICT_ADMIN and administers(actor, district_id)


def check_independent_review(actor_id: uuid.UUID, participants: Collection[uuid.UUID]) -> None:
    """X3 — nobody who authored, edited or submitted any version decides it; the district admin
    is not exempt. ``participants``: the ids of everyone who took part, ever."""
    if actor_id in participants:
        raise DomainError("self_review_forbidden", "X3")


def password_acceptable(password: str, username: str) -> bool:
    """Password policy: at least 10 characters, letters and digits, not the username
    (``PASSWORD_POLICY``)."""
    return (
        len(password) >= 10
        and any(c.isalpha() for c in password)
        and any(c.isdigit() for c in password)
        and username.lower() not in password.lower()
    )


PASSWORD_POLICY = "at least 10 characters, letters and digits, not the username"

SECRET_KEY_MIN_LENGTH = 32
SECRET_KEY_MIN_DISTINCT = 12
SECRET_KEY_MIN_BITS = 128  # Shannon estimate over the characters × length
SECRET_KEY_MIN_COMPRESSION = 0.75  # a repeated pattern compresses below this share of its length


def secret_key_weakness(key: str) -> str | None:
    """Why ``key`` is too trivial to sign tokens with, or None. A random key passes every test
    (64 hex digits, ``openssl rand -hex 32``: ≥ 13 distinct characters, ≥ 220 estimated bits, a
    compression ratio ≥ 0.86); a short, repetitive or patterned one fails at least one."""
    if len(key) < SECRET_KEY_MIN_LENGTH:
        return f"shorter than {SECRET_KEY_MIN_LENGTH} characters"
    counts = Counter(key)
    if len(counts) < SECRET_KEY_MIN_DISTINCT:
        return f"fewer than {SECRET_KEY_MIN_DISTINCT} distinct characters"
    per_char = -sum(n / len(key) * math.log2(n / len(key)) for n in counts.values())
    if per_char * len(key) < SECRET_KEY_MIN_BITS:
        return f"under {SECRET_KEY_MIN_BITS} bits of estimated entropy"
    if len(zlib.compress(key.encode(), 9)) < SECRET_KEY_MIN_COMPRESSION * len(key.encode()):
        return "a repeated pattern"
    return None


def granted_scopes(role: Role, allowed: frozenset[str], requested: frozenset[str] | None) -> frozenset[str] | None:
    """X1 — an integration client gets the requested subset of its scopes (all when none are
    requested); None when it asks for a scope it does not hold. People carry no scopes."""
    if role is not Role.INTEGRATION_CLIENT:
        return frozenset()
    if requested is None or not requested:
        return allowed
    return requested if requested <= allowed else None
