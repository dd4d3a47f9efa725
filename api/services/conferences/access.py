"""Who may do what with a conference: its organizer, and who sees its private records (X2)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import conferences as repo
from api.db import delegates as delegates_repo
from api.db.conferences import Conference
from api.domain.access import Actor, Role, Scope, administers, can_see_private
from api.domain.delegates import DelegateList
from api.problems import Forbidden, NotFound


def may_organize(actor: Actor, unit_id: uuid.UUID, district_id: uuid.UUID) -> bool:
    """The organizer of a conference: the unit's officers, the district's admin, or a client with
    the ``write`` scope bound to the unit or its district."""
    if actor.role is Role.UNIT_OFFICER:
        return actor.unit_id == unit_id
    if actor.role is Role.INTEGRATION_CLIENT and Scope.WRITE in actor.scopes and actor.unit_id == unit_id:
        return True
    return administers(actor, district_id)


def sees_private(actor: Actor, conference: Conference) -> bool:
    """X2 — delegates, compliance and designations are private to the organizing unit."""
    return can_see_private(actor, conference.unit_id, conference.district_id)


async def private_conference(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, *, for_update: bool = False
) -> Conference:
    """The conference, when the caller may see its private records; otherwise 404 (X2)."""
    conference = await repo.get_conference(session, conference_id, for_update=for_update)
    if conference is None or not sees_private(actor, conference):
        raise NotFound
    return conference


async def check_private(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> None:
    """X2 for a read of the conference's private records: 404 unless the caller may see them."""
    owner = await repo.conference_owner(session, conference_id)
    if owner is None or not can_see_private(actor, owner.unit_id, owner.district_id):
        raise NotFound


async def organized_conference(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, *, for_update: bool = True
) -> Conference:
    """The conference locked for a write by its organizer (others: 404 if private to them, else 403)."""
    conference = await private_conference(session, actor, conference_id, for_update=for_update)
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    return conference


async def organized_list(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID
) -> tuple[Conference, DelegateList]:
    """The conference locked for a write to its delegate list by its organizer, with the list
    (A1–A4, A8, A9) as the write must judge it; others: 404 if private to them, else 403 (X2)."""
    loaded = await delegates_repo.delegate_list(session, conference_id)
    if loaded is None or not sees_private(actor, loaded[0]):
        raise NotFound
    if not may_organize(actor, loaded[0].unit_id, loaded[0].district_id):
        raise Forbidden
    return loaded
