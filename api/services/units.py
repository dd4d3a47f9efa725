"""The unit register (U1, U2) and emulation blocks (U3)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import conferences as conference_repo
from api.db import delegates as delegates_repo
from api.db import units as repo
from api.db.base import utcnow
from api.db.plans import Plan
from api.db.units import EmulationBlock, Unit
from api.domain.access import Actor, administers, is_superadmin
from api.domain.errors import DomainError
from api.domain.plans import last_deadline
from api.domain.text import fold, search_tokens
from api.domain.units import (
    Level,
    MergedFacts,
    ParentFacts,
    UnitKind,
    Validity,
    check_admin_code,
    check_block_member_district,
    check_block_membership,
    check_headcount,
    check_merge,
    check_party_congress_date,
    check_split,
    check_valid_for_plan,
    level_of,
    merge_closing_day,
    place_in_tree,
    search_names,
)
from api.problems import Forbidden, NotFound, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.units import (
    BlockCreate,
    BlockPublic,
    BlockUpdate,
    MergedUnit,
    UnitCreate,
    UnitMerge,
    UnitPublic,
    UnitSplit,
    UnitSplitResult,
    UnitUpdate,
)
from api.services.common import (
    RowPage,
    audit,
    changes_nothing,
    check_read_only,
    etag_of,
    flush,
    found,
    local_today,
    page,
    require_match,
    row_page,
    sync_order,
)


def public(unit: Unit) -> UnitPublic:
    return UnitPublic.model_validate(unit, from_attributes=True)


async def _parent_facts(session: AsyncSession, parent_id: uuid.UUID | None) -> ParentFacts | None:
    if parent_id is None:
        return None
    parent = await repo.get_unit(session, parent_id)
    if parent is None:
        raise invalid_field("parent_id", "unknown_unit", rule="U1")
    ancestors = await repo.ancestor_ids(session, parent.id)
    return ParentFacts(
        id=str(parent.id),
        kind=UnitKind(parent.kind),
        district_id=str(parent.district_id) if parent.district_id else None,
        ancestor_ids=frozenset(str(a) for a in ancestors),
    )


def _may_write(actor: Actor, kind: UnitKind, district_id: uuid.UUID | None) -> bool:
    """District and province units are the first admin's; the rest, their district's admin."""
    if level_of(kind).value != "grassroots":
        return is_superadmin(actor) or (kind is UnitKind.DISTRICT and administers(actor, district_id))
    return administers(actor, district_id)


async def get_unit(session: AsyncSession, unit_id: uuid.UUID) -> UnitPublic:
    return public(found(await repo.get_unit(session, unit_id)))


_PAGE = repo.unit_page_reader(tuple(UnitPublic.model_fields))
_SEARCH = repo.unit_search_reader(tuple(UnitPublic.model_fields))  # Q1 — own name first
_SYNC_PAGE = repo.unit_page_reader(tuple(UnitPublic.model_fields), sync=True)


async def list_units(
    session: AsyncSession,
    *,
    q: str | None,
    kind: UnitKind | None,
    parent_id: uuid.UUID | None,
    block_id: uuid.UUID | None,
    district_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
    as_of: dt.date | None = None,
) -> RowPage:
    """A page of the register as plain rows of ``UnitPublic``'s fields (the hot read). A search
    (``q``) is ranked: the unit whose own name is, then starts with, the query's words first
    (``api.domain.units.search_rank``: "gia pho" finds xã Gia Phố before a department of it),
    then by folded name; with ``updated_after``, in update order (a search then filters only).
    ``as_of`` (L3): only the units that exist that day; without it, every unit, closed or open."""
    tokens = search_tokens(q) if q else None
    if q and not tokens:
        return {"items": [], "next_cursor": None}
    names = search_names(" ".join(tokens)) if tokens and updated_after is None else None
    return await row_page(
        _SYNC_PAGE if updated_after is not None else _SEARCH if tokens else _PAGE,
        session,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
        tsquery=repo.prefix_query(tokens) if tokens else None,
        names=list(names) if names else None,
        prefixes=[f"{name}%" for name in names] if names else None,
        kind=kind.value if kind else None,
        parent_id=parent_id,
        block_id=block_id,
        district_id=district_id,
        as_of=as_of,
    )


def check_unit_for_plan(unit: Unit, plan: Plan, *, field: str = "unit_id") -> None:
    """L3 — every path that ties a unit to a plan (scheduling a conference, nominating, submitting,
    allocating seats) asks this: the unit exists from the plan's issue date through its last deadline."""
    check_valid_for_plan(Validity(unit.valid_from, unit.valid_to), plan.issued_on, last_deadline(plan), field=field)


_UNIQUE: dict[str, Exception] = {"uq_units_admin_code": Problem("conflict", reason="admin_code_taken")}


async def create_unit(session: AsyncSession, actor: Actor, body: UnitCreate) -> UnitPublic:
    parent = await _parent_facts(session, body.parent_id)
    unit_id = uuid.uuid4()
    district = place_in_tree(body.kind, parent, unit_id=str(unit_id))
    check_headcount(body.kind, body.headcount)
    check_party_congress_date(body.party_congress_date, local_today())
    check_admin_code(body.kind, body.admin_code)
    if not _may_write(actor, body.kind, uuid.UUID(district) if district else None):
        raise Forbidden
    unit = Unit(
        id=unit_id,
        name=body.name,
        name_folded=fold(body.name),
        kind=body.kind.value,
        level=level_of(body.kind).value,
        parent_id=body.parent_id,
        district_id=uuid.UUID(district) if district else None,
        headcount=body.headcount,
        party_congress_date=body.party_congress_date,
        is_pilot=body.is_pilot,
        admin_code=body.admin_code,
        valid_from=body.valid_from,
    )
    session.add(unit)
    await flush(session, _UNIQUE)
    await session.refresh(unit)
    out = public(unit)
    audit(session, actor, "create", "unit", unit.id, after=out, district_id=unit.district_id)
    return out


async def update_unit(
    session: AsyncSession, actor: Actor, unit_id: uuid.UUID, body: UnitUpdate, if_match: str | None
) -> UnitPublic:
    unit = found(await repo.get_unit(session, unit_id, for_update=True))
    kind = UnitKind(unit.kind)
    if not _may_write(actor, kind, unit.district_id):
        raise Forbidden
    before = public(unit)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    changes = body.model_dump(exclude_unset=True)
    new_kind = changes.get("kind") or kind
    if level_of(new_kind) is not level_of(kind):
        raise DomainError("invalid_unit", "U1", field="kind", reason="kind_change")
    if "name" in changes and changes["name"] is None:
        raise invalid_field("name", "blank")
    if "parent_id" in changes:
        # U1 — moves are serialized, so two crossing moves cannot make a cycle together.
        await repo.lock_tree(session)
        parent = await _parent_facts(session, changes["parent_id"])
        district = place_in_tree(new_kind, parent, unit_id=str(unit.id))
        if str(unit.district_id) != str(district) and level_of(new_kind).value == "grassroots":
            # Moving a unit to another district would carry its records across districts.
            if not (is_superadmin(actor) or administers(actor, uuid.UUID(district) if district else None)):
                raise Forbidden
            if await repo.has_children(session, unit.id):
                raise Problem("conflict", reason="unit_has_children")
            unit.district_id = uuid.UUID(district) if district else None
            unit.block_id = None
        unit.parent_id = changes["parent_id"]
    headcount = changes.get("headcount", unit.headcount)
    check_headcount(new_kind, headcount)
    if headcount != unit.headcount:
        await _check_lists_take_headcount(session, unit.id, headcount)
    unit.kind = new_kind.value
    unit.headcount = headcount
    if changes.get("name"):
        unit.name = changes["name"]
        unit.name_folded = fold(changes["name"])
    if "party_congress_date" in changes:
        check_party_congress_date(changes["party_congress_date"], local_today())
        unit.party_congress_date = changes["party_congress_date"]
    if changes.get("is_pilot") is not None:
        unit.is_pilot = changes["is_pilot"]
    if "admin_code" in changes:
        check_admin_code(new_kind, changes["admin_code"])
        unit.admin_code = changes["admin_code"]
    await flush(session, _UNIQUE)
    await session.refresh(unit)
    out = public(unit)
    if out != before:
        await conference_repo.touch_conferences(session, unit_id=unit.id)
    audit(session, actor, "update", "unit", unit.id, before=before, after=out, district_id=unit.district_id)
    return out


async def _closing_facts(session: AsyncSession, unit: Unit, effective_on: dt.date) -> MergedFacts:
    """L3 — what a merge or a split needs to know of a unit it closes."""
    return MergedFacts(
        id=str(unit.id),
        kind=UnitKind(unit.kind),
        parent_id=str(unit.parent_id) if unit.parent_id else None,
        validity=Validity(unit.valid_from, unit.valid_to),
        has_open_children=await repo.has_open_children(session, unit.id, effective_on),
    )


async def _open_successor(
    session: AsyncSession, actor: Actor, like: Unit, new: MergedUnit, effective_on: dt.date, reason: str, field: str
) -> Unit:
    """L3 — open a unit a merge or a split makes: under ``like``'s parent, valid from
    ``effective_on``, audited as created with the operation's ``reason``."""
    check_headcount(new.kind, new.headcount)
    check_party_congress_date(new.party_congress_date, local_today())
    check_admin_code(new.kind, new.admin_code, field=f"{field}.admin_code")
    successor = Unit(
        name=new.name,
        name_folded=fold(new.name),
        kind=new.kind.value,
        level=level_of(new.kind).value,
        parent_id=like.parent_id,
        district_id=like.district_id if level_of(new.kind).value != "district" else None,
        headcount=new.headcount,
        party_congress_date=new.party_congress_date,
        is_pilot=new.is_pilot,
        admin_code=new.admin_code,
        valid_from=effective_on,
    )
    if successor.level == "district":
        successor.district_id = successor.id
    session.add(successor)
    await flush(session, _UNIQUE)
    await session.refresh(successor)
    audit(
        session,
        actor,
        "create",
        "unit",
        successor.id,
        after=public(successor),
        reason=reason,
        district_id=successor.district_id,
    )
    return successor


async def _close(
    session: AsyncSession, actor: Actor, unit: Unit, effective_on: dt.date, successors: list[Unit], reason: str
) -> None:
    """L3 — close a unit the day before ``effective_on``, naming its successors; audited. Its
    records stay its own (nothing is re-pointed) and it stays readable."""
    before = public(unit)
    unit.valid_to = merge_closing_day(effective_on)
    unit.successor_ids = [s.id for s in successors]
    await session.flush()
    await session.refresh(unit)
    audit(
        session,
        actor,
        "update",
        "unit",
        unit.id,
        before=before,
        after=public(unit),
        reason=reason,
        district_id=unit.district_id,
    )


async def merge_units(session: AsyncSession, actor: Actor, body: UnitMerge) -> UnitPublic:
    """L3 — merge units in one audited step: the units close on the day before ``effective_on``
    (``successor_ids`` naming the new unit) and the new unit opens that day under their parent.
    The merged units are row-locked first, so of two merges of one unit exactly one wins; their
    records stay theirs (nothing is re-pointed) and they stay readable."""
    ids = set(body.unit_ids)
    units = await repo.units_by_ids(session, ids, for_update=True)  # in id order: no deadlock
    if len(units) != len(ids):
        raise invalid_field("unit_ids", "unknown_unit", rule="L3")
    facts = [await _closing_facts(session, u, body.effective_on) for u in units]
    new = body.unit
    check_merge(facts, new.kind, body.effective_on)
    first = units[0]
    if not all(_may_write(actor, UnitKind(u.kind), u.district_id) for u in units) or not _may_write(
        actor, new.kind, first.district_id
    ):
        raise Forbidden
    reason = f"merge of {len(units)} units effective {body.effective_on.isoformat()}"
    successor = await _open_successor(session, actor, first, new, body.effective_on, reason, "unit")
    for unit in units:
        await _close(session, actor, unit, body.effective_on, [successor], reason)
    return public(successor)


async def split_unit(session: AsyncSession, actor: Actor, unit_id: uuid.UUID, body: UnitSplit) -> UnitSplitResult:
    """L3 — split a unit (chia tách) in one audited step: it closes on the day before
    ``effective_on`` (``successor_ids`` naming every new unit) and the new units open that day
    under its parent. The unit is row-locked first, so of two splits or merges of it exactly one
    wins; its records stay its own and it stays readable."""
    unit = found(await repo.get_unit(session, unit_id, for_update=True))
    if not _may_write(actor, UnitKind(unit.kind), unit.district_id) or not all(
        _may_write(actor, new.kind, unit.district_id) for new in body.units
    ):
        raise Forbidden
    check_split(await _closing_facts(session, unit, body.effective_on), [n.kind for n in body.units], body.effective_on)
    reason = f"split into {len(body.units)} units effective {body.effective_on.isoformat()}"
    successors = [
        await _open_successor(session, actor, unit, new, body.effective_on, reason, f"units[{index}]")
        for index, new in enumerate(body.units)
    ]
    await _close(session, actor, unit, body.effective_on, successors, reason)
    return UnitSplitResult(unit=public(unit), successors=[public(s) for s in successors])


async def _check_lists_take_headcount(session: AsyncSession, unit_id: uuid.UUID, headcount: int | None) -> None:
    """A1, A8 — the headcount decides the assembly of the unit's delegate lists: each list is
    locked and judged by its aggregate (a finalized list whose mode or cap would change is
    reopened first)."""
    for conference_id in await delegates_repo.conferences_of_unit(session, unit_id):
        loaded = await delegates_repo.delegate_list(session, conference_id)
        if loaded is not None:
            loaded[1].check_headcount_change(headcount)


# --- emulation blocks (U3) -------------------------------------------------------------------


def _block_public(block: EmulationBlock, members: list[uuid.UUID]) -> BlockPublic:
    return BlockPublic(
        id=block.id,
        name=block.name,
        district_id=block.district_id,
        description=block.description,
        member_ids=members,
        created_at=block.created_at,
        updated_at=block.updated_at,
    )


async def _block_out(session: AsyncSession, block: EmulationBlock) -> BlockPublic:
    members = await repo.block_members(session, [block.id])
    return _block_public(block, members[block.id])


async def get_block(session: AsyncSession, block_id: uuid.UUID) -> BlockPublic:
    return await _block_out(session, found(await repo.get_block(session, block_id)))


async def list_blocks(
    session: AsyncSession,
    *,
    district_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[BlockPublic]:
    rows, nxt = await page(
        session,
        repo.blocks_query(district_id),
        [col(EmulationBlock.name_folded), col(EmulationBlock.id)],
        lambda b: (b.name_folded, b.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, EmulationBlock.updated_at, EmulationBlock.id),
    )
    members = await repo.block_members(session, [b.id for b in rows])
    return Page(items=[_block_public(b, members[b.id]) for b in rows], next_cursor=nxt)


async def _set_members(session: AsyncSession, block: EmulationBlock, member_ids: list[uuid.UUID]) -> None:
    wanted = set(member_ids)
    current = set((await repo.block_members(session, [block.id]))[block.id])
    # Row locks on every unit involved: two admins moving one unit cannot both win (U3).
    units = await repo.units_by_ids(session, wanted | current, for_update=True)
    by_id = {u.id: u for u in units}
    for unit_id in sorted(wanted, key=str):
        unit = by_id.get(unit_id)
        if unit is None:
            raise invalid_field("member_ids", "unknown_unit", rule="U3")
        check_block_member_district(str(unit.id), str(unit.district_id), str(block.district_id))
        check_block_membership(str(unit.id), str(unit.block_id) if unit.block_id else None, str(block.id))
    for unit in units:
        unit.block_id = block.id if unit.id in wanted else None
    await _block_flush(session)


async def _block_flush(session: AsyncSession) -> None:
    await flush(
        session, {"uq_emulation_blocks_district_id_name_folded": Problem("conflict", reason="block_name_taken")}
    )


async def create_block(session: AsyncSession, actor: Actor, body: BlockCreate) -> BlockPublic:
    # U3, L2 — a block groups the units of one area: a district, or a province whose communes
    # lie directly under it; by default the admin's own
    own = actor.district_id or (actor.unit_id if actor.unit_is_district else None)
    district_id = body.district_id or own
    if district_id is None:
        raise invalid_field("district_id", "missing")
    district = await repo.get_unit(session, district_id)
    if district is None or Level(district.level) is Level.GRASSROOTS:
        raise invalid_field("district_id", "unknown_unit")
    if not administers(actor, district_id):
        raise Forbidden
    block = EmulationBlock(
        district_id=district_id, name=body.name, name_folded=fold(body.name), description=body.description
    )
    session.add(block)
    await _block_flush(session)
    await _set_members(session, block, body.member_ids)
    await session.refresh(block)
    out = await _block_out(session, block)
    audit(session, actor, "create", "emulation_block", block.id, after=out, district_id=district_id)
    return out


async def _writable_block(
    session: AsyncSession, actor: Actor, block_id: uuid.UUID, if_match: str | None
) -> tuple[EmulationBlock, BlockPublic]:
    block = await repo.get_block(session, block_id, for_update=True)
    if block is None:
        raise NotFound
    if not administers(actor, block.district_id):
        raise Forbidden
    before = await _block_out(session, block)
    require_match(if_match, etag_of(before))
    return block, before


async def update_block(
    session: AsyncSession, actor: Actor, block_id: uuid.UUID, body: BlockUpdate, if_match: str | None
) -> BlockPublic:
    block, before = await _writable_block(session, actor, block_id, if_match)
    check_read_only(body, before)
    if changes_nothing(body, before):
        return before
    changes = body.model_dump(exclude_unset=True)
    if "name" in changes:
        if changes["name"] is None:
            raise invalid_field("name", "blank")
        block.name = changes["name"]
        block.name_folded = fold(changes["name"])
    if "description" in changes:
        block.description = changes["description"]
    # The rename goes first, through the constraint mapping: the members' flush below would
    # otherwise carry it and meet the unique folded name unmapped (a 500 instead of 409).
    await _block_flush(session)
    if changes.get("member_ids") is not None:
        await _set_members(session, block, changes["member_ids"])
    block.updated_at = utcnow()
    await _block_flush(session)
    await session.refresh(block)
    out = await _block_out(session, block)
    audit(
        session, actor, "update", "emulation_block", block.id, before=before, after=out, district_id=block.district_id
    )
    return out


async def delete_block(session: AsyncSession, actor: Actor, block_id: uuid.UUID, if_match: str | None) -> None:
    block, before = await _writable_block(session, actor, block_id, if_match)
    await _set_members(session, block, [])
    await session.delete(block)
    await session.flush()
    audit(session, actor, "delete", "emulation_block", block.id, before=before, district_id=block.district_id)
