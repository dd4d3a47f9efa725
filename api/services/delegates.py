"""The delegate list: adds, edits, bulk imports, exports (A1–A9) and designations upward (A10).

Every write locks the conference row first (``SELECT … FOR UPDATE``): counting and inserting
happen under that lock, so two officers racing for the last seat cannot both win (A3).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from api.concurrency import Work, offload
from api.db import conferences as conferences_repo
from api.db import delegates as repo
from api.db import plans as plans_repo
from api.db.base import utcnow
from api.db.conferences import Conference
from api.db.delegates import Delegate, like_pattern
from api.domain.access import Actor
from api.domain.collation import sort_key_text
from api.domain.conferences import Tier, tier_of
from api.domain.delegates import (
    Category,
    DelegateList,
    Person,
    check_birth_date,
    check_designated_category,
    check_designation,
    check_pilot_invitee,
    check_unlocked,
    counts_toward_cap,
    find_duplicates,
    same_person,
)
from api.domain.errors import DomainError
from api.domain.text import fold
from api.problems import FieldIssue, NotFound, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.conferences import (
    DelegateCreate,
    DelegatePublic,
    DelegateUpdate,
    DesignationCreate,
    DesignationPublic,
    ImportResult,
)
from api.services.common import (
    RowPage,
    audit,
    audit_event,
    changes_nothing,
    check_read_only,
    end_check,
    etag_of,
    event_values,
    flush,
    found,
    local_today,
    page,
    require_match,
    row_page,
    sync_order,
)
from api.services.conferences import (
    check_private,
    conference_out,
    organized_conference,
    organized_list,
    private_conference,
)
from api.services.spreadsheets import HEADERS, TitleBlock

FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "ethnicity",
    "national_id",
    "phone",
    "position",
    "workplace",
    "economic_sector",
    "category",
    "province_commendations",
    "pilot_invitee",
    "note",
)
DUPLICATE_INDEXES = repo.DUPLICATE_INDEXES


def public(delegate: Delegate) -> DelegatePublic:
    return DelegatePublic.model_validate(delegate, from_attributes=True)


def _person(values: Mapping[str, Any], name_folded: str | None = None) -> Person:
    birth = values.get("birth_date")
    return Person(
        national_id=values.get("national_id") or None,
        name_folded=fold(str(values["full_name"])) if name_folded is None else name_folded,
        birth_date=birth.isoformat() if isinstance(birth, dt.date) else None,
    )


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


async def _flush(session: AsyncSession) -> None:
    await flush(session, {name: DomainError("duplicate_delegate", "A7") for name in DUPLICATE_INDEXES})


async def _existing_people(session: AsyncSession, conference_id: uuid.UUID, people: list[Person]) -> list[int]:
    """A7 — indexes of ``people`` already on the list (one query for the whole batch: the
    matching rows through the unique indexes for a few people, the whole list for a big batch)."""
    ids = {p.national_id for p in people if p.national_id}
    names = {(p.name_folded, p.birth_date) for p in people if p.birth_date}
    if not ids and not names:
        return []
    if len(people) == 1:
        one = people[0]
        birth = dt.date.fromisoformat(one.birth_date) if one.birth_date else None
        rows = await repo.people_alike(session, conference_id, one.national_id, one.name_folded, birth)
    else:
        rows = await repo.people_on_list(session, conference_id, ids, names, whole_list=len(people) > 50)
    if not rows:  # an empty list, as for most imports: nobody to compare with
        return []
    stored = [Person(nid, name, birth.isoformat() if birth else None) for nid, name, birth in rows]
    by_id = {p.national_id: p for p in stored if p.national_id}
    by_name: dict[tuple[str, str | None], list[Person]] = {}
    for p in stored:
        by_name.setdefault((p.name_folded, p.birth_date), []).append(p)
    out = []
    for n, person in enumerate(people):
        candidates = by_name.get((person.name_folded, person.birth_date), [])
        if person.national_id in by_id:
            candidates = [by_id[str(person.national_id)], *candidates]
        if any(same_person(person, other) for other in candidates):
            out.append(n)
    return out


async def _prepare_write(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID
) -> tuple[Conference, DelegateList]:
    """Lock the conference for a write to its list: the conference and its list, which takes no
    write once finalized (A8)."""
    conference, delegate_list = await organized_list(session, actor, conference_id)
    delegate_list.check_writable()  # A8
    return conference, delegate_list


# --- reading ----------------------------------------------------------------------------------


_PAGE = repo.page_reader(tuple(DelegatePublic.model_fields))
_SYNC_PAGE = repo.page_reader(tuple(DelegatePublic.model_fields), sync=True)


async def list_delegates(
    session: AsyncSession,
    actor: Actor,
    conference_id: uuid.UUID,
    *,
    q: str | None,
    category: Category | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> RowPage:
    """A page of the list as plain rows of ``DelegatePublic``'s fields (the hot read); with
    ``updated_after``, in update order."""
    await check_private(session, actor, conference_id)
    return await row_page(
        _PAGE if updated_after is None else _SYNC_PAGE,
        session,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
        conference_id=conference_id,
        name_like=like_pattern(fold(q)) if q else None,
        category=category.value if category is not None else None,
    )


async def get_delegate(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, delegate_id: uuid.UUID
) -> DelegatePublic:
    await private_conference(session, actor, conference_id)
    return public(found(await repo.get_delegate(session, conference_id, delegate_id)))


async def check_export(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> tuple[TitleBlock, bool]:
    """X2 — decided before the first byte of an export is sent. Answers the XLSX title block
    (the unit, the C7 title lines, today) and whether the list is a district conference's,
    whose export shows each delegate's origin unit (A10)."""
    conference = await conference_out(session, await private_conference(session, actor, conference_id))
    title = TitleBlock(unit=conference.unit_name, lines=conference.title, exported_on=local_today())
    return title, tier_of(conference.unit_id, conference.district_id) is Tier.ISSUER


async def stream_rows(
    factory: async_sessionmaker[AsyncSession], conference_id: uuid.UUID, batch: int = 2000
) -> AsyncIterator[list[dict[str, Any]]]:
    """The list in Vietnamese order, in batches, from a server-side cursor: memory holds one batch
    whatever the list's length. It outlives the request's handler, so it reads in a read-only
    transaction of its own."""
    names = (*FIELDS, "origin_unit")
    async with factory() as session:
        result = await repo.stream_export_rows(session, FIELDS, conference_id, batch)
        async for rows in result.partitions(batch):
            yield [dict(zip(names, row, strict=True)) for row in rows]


# --- writing ----------------------------------------------------------------------------------


async def add_delegate(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: DelegateCreate
) -> DelegatePublic:
    conference, delegate_list = await _prepare_write(session, actor, conference_id)
    values = {f: _plain(getattr(body, f)) for f in FIELDS}
    check_birth_date(body.birth_date, local_today())
    if await _existing_people(session, conference.id, [_person(values)]):
        raise DomainError("duplicate_delegate", "A7")
    if body.pilot_invitee:
        delegate_list.check_add(0, invitees=1)  # A9: an invitee needs a pilot unit, takes no seat
    else:
        delegate_list.check_add(1)  # A3: under the conference's row lock
    now = utcnow()
    row = {
        "id": uuid.uuid4(),
        "conference_id": conference.id,
        **values,
        "name_folded": fold(body.full_name),
        "sort_key": sort_key_text(body.full_name),
        "origin_delegate_id": None,
        "origin_unit_id": None,
        "created_at": now,
        "updated_at": now,
    }
    out = DelegatePublic.model_validate(row)  # every column is set here: nothing to read back
    event = audit_event(actor, "create", "delegate", row["id"], after=out, district_id=conference.district_id)
    assert event is not None  # a creation is always recorded
    feed = event_values(event, after=out, unit_id=conference.unit_id)  # F1
    assert feed is not None  # a delegate's creation is in the feed
    try:
        await repo.insert_delegate(session, row, event, feed)  # the delegate, its audit record (X4) and event
    except repo.UniqueViolation:
        raise DomainError("duplicate_delegate", "A7") from None
    return out


async def update_delegate(
    session: AsyncSession,
    actor: Actor,
    conference_id: uuid.UUID,
    delegate_id: uuid.UUID,
    body: DelegateUpdate,
    if_match: str | None,
) -> DelegatePublic:
    conference, delegate_list = await _prepare_write(session, actor, conference_id)
    delegate = found(await repo.get_delegate(session, conference.id, delegate_id, for_update=True))
    before = public(delegate)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    if changes_nothing(body, before):
        return before
    changes = body.model_dump(exclude_unset=True)
    check_birth_date(changes.get("birth_date"), local_today())
    for name in ("full_name", "category", "province_commendations", "pilot_invitee"):
        if name in changes and changes[name] is None:
            raise invalid_field(name, "blank")
    if delegate.origin_delegate_id is not None and "category" in changes:
        check_designated_category(Category(changes["category"]), field="category")
    was_counted = counts_toward_cap(delegate.pilot_invitee)
    for name, value in changes.items():
        setattr(delegate, name, _plain(value))
    delegate.name_folded = fold(delegate.full_name)
    delegate.sort_key = sort_key_text(delegate.full_name)
    if delegate.pilot_invitee:
        delegate_list.check_add(0, invitees=1)  # A9
    elif not was_counted:
        delegate_list.check_add(1)  # A3: an invitee made a delegate takes a seat
    identity_changed = bool({"national_id", "full_name", "birth_date"} & changes.keys())
    if identity_changed and await _is_other(session, conference.id, delegate):
        raise DomainError("duplicate_delegate", "A7")
    delegate.updated_at = utcnow()
    await _flush(session)
    out = public(delegate)
    audit(
        session,
        actor,
        "update",
        "delegate",
        delegate.id,
        before=before,
        after=out,
        district_id=conference.district_id,
        unit_id=conference.unit_id,
    )
    return out


async def _is_other(session: AsyncSession, conference_id: uuid.UUID, delegate: Delegate) -> bool:
    """Whether someone other than ``delegate`` on the list is the same person (A7, as POST)."""
    me = _person(
        {"national_id": delegate.national_id, "full_name": delegate.full_name, "birth_date": delegate.birth_date}
    )
    return any(
        same_person(me, Person(nid, name, birth.isoformat() if birth else None))
        for nid, name, birth in await repo.others_alike(session, conference_id, delegate)
    )


async def _withdraw_copies(session: AsyncSession, actor: Actor, delegate_id: uuid.UUID, district_id: uuid.UUID) -> None:
    """A10, L1 — a delegate sent upward leaves every list above with it (the district list, and
    the province congress's when the district sent it on), each step audited, unless one of those
    lists is finalized (A8)."""
    chain: list[Delegate] = []
    copy = await repo.designated_copy(session, delegate_id)
    while copy is not None:
        upper = await conferences_repo.get_conference(session, copy.conference_id, for_update=True)
        assert upper is not None
        check_unlocked(upper.finalized_at is not None)
        chain.append(copy)
        copy = await repo.designated_copy(session, copy.id)
    for copy in reversed(chain):  # from the top down: a copy goes before what it was copied from
        copy_before = public(copy)
        await session.delete(copy)
        await session.flush()
        audit(session, actor, "undesignate", "delegate", copy.id, before=copy_before, district_id=district_id)


async def delete_delegate(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, delegate_id: uuid.UUID, if_match: str | None
) -> None:
    conference, _ = await _prepare_write(session, actor, conference_id)
    delegate = found(await repo.get_delegate(session, conference.id, delegate_id, for_update=True))
    before = public(delegate)
    require_match(if_match, etag_of(before))
    await _withdraw_copies(session, actor, delegate.id, conference.district_id)
    await session.delete(delegate)
    await session.flush()
    audit(
        session,
        actor,
        "delete",
        "delegate",
        delegate.id,
        before=before,
        district_id=conference.district_id,
        unit_id=conference.unit_id,
    )


async def check_import(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> None:
    """X2, A8 — decided before the body of an import is read, so a refusal (404 for another
    unit's conference, 403 for a caller who does not organize it, 409 for a finalized list)
    costs milliseconds whatever the file. No row lock is held while the body arrives:
    ``import_delegates`` decides again under the conference's lock."""
    conference = await organized_conference(session, actor, conference_id, for_update=False)
    check_unlocked(conference.finalized_at is not None)
    await end_check(session)


async def import_delegates(
    session: AsyncSession,
    actor: Actor,
    conference_id: uuid.UUID,
    rows: list[tuple[int, dict[str, Any]]],
    unknown_columns: list[str],
) -> ImportResult:
    """All rows or none (A3): duplicates (A7), pilot invitees (A9) and the cap checked for the
    whole batch under the conference's lock, then one COPY. The work per row (folding, checks,
    sort keys) runs in a worker thread, off the event loop."""
    conference, delegate_list = await _prepare_write(session, actor, conference_id)
    batch = await offload(Work.FILES, _ImportBatch, rows, delegate_list.unit_is_pilot, local_today())
    errors = batch.duplicates
    for index in await _existing_people(session, conference.id, batch.people):
        row = rows[index][0]
        errors.append(FieldIssue(f"rows.{row}", "duplicate_delegate", "duplicate_on_list", row=row, rule="A7"))
    errors += batch.invalid
    if errors:
        codes = {e.code for e in errors}
        code = codes.pop() if len(codes) == 1 else "validation_error"
        rule = {"duplicate_delegate": "A7", "pilot_invitee_not_allowed": "A9"}.get(code)
        raise Problem(code, rule=rule, status=409 if code == "duplicate_delegate" else 422, errors=errors)
    delegate_list.check_add(len(rows) - batch.invitees, batch.invitees)  # A8, A9, A3: all rows or none
    if rows:
        records = await offload(Work.FILES, batch.records, conference.id, utcnow())
        try:
            await repo.copy_delegates(session, _IMPORT_COLUMNS, records)
        except repo.UniqueViolation:
            raise DomainError("duplicate_delegate", "A7") from None
        except repo.BadValue:
            raise invalid_field("rows", "value_error") from None
    audit(
        session,
        actor,
        "import",
        "delegate_list",
        conference.id,
        reason=f"{len(rows)} delegates",
        district_id=conference.district_id,
        unit_id=conference.unit_id,
    )
    return ImportResult(imported=len(rows), unknown_columns=unknown_columns)


_IMPORT_FIELDS = tuple(f for f in FIELDS if f not in ("province_commendations", "pilot_invitee"))
_IMPORT_COLUMNS = (
    "id",
    "conference_id",
    "name_folded",
    "sort_key",
    "created_at",
    "updated_at",
    *_IMPORT_FIELDS,
    "province_commendations",
    "pilot_invitee",
)


class _ImportBatch:
    """An import's rows judged as a whole (blocking: built in a worker thread): each name
    folded once (Q1), duplicates within the file (A7), birth dates (A7) and pilot invitees (A9);
    ``records`` are then the rows for COPY, in ``_IMPORT_COLUMNS`` order."""

    def __init__(self, rows: list[tuple[int, dict[str, Any]]], unit_is_pilot: bool, today: dt.date) -> None:
        self.rows = rows
        self.folded = [fold(str(values["full_name"])) for _, values in rows]  # Q1, once per row
        self.people = [_person(values, name) for (_, values), name in zip(rows, self.folded, strict=True)]
        self.duplicates: list[FieldIssue] = []
        for first, later in find_duplicates(self.people):
            row = rows[later][0]
            facts = {"same_as_row": rows[first][0]}
            self.duplicates.append(
                FieldIssue(f"rows.{row}", "duplicate_delegate", "duplicate_in_file", facts, row, rule="A7")
            )
        self.invalid: list[FieldIssue] = []
        for row_number, values in rows:
            try:
                check_birth_date(values.get("birth_date"), today)
            except DomainError as exc:
                self.invalid.append(
                    FieldIssue(
                        f"rows.{row_number}.birth_date",
                        "validation_error",
                        "birth_date_out_of_range",
                        exc.facts,
                        row_number,
                        HEADERS["birth_date"],
                    )
                )
        for row_number, values in rows:
            try:
                check_pilot_invitee(bool(values.get("pilot_invitee")), unit_is_pilot)
            except DomainError:
                self.invalid.append(
                    FieldIssue(
                        f"rows.{row_number}", "pilot_invitee_not_allowed", "value_error", row=row_number, rule="A9"
                    )
                )
        self.invitees = sum(1 for _, v in rows if not counts_toward_cap(bool(v.get("pilot_invitee"))))

    def records(self, conference_id: uuid.UUID, now: dt.datetime) -> list[tuple[Any, ...]]:
        return [
            (
                uuid.uuid4(),
                conference_id,
                name,
                sort_key_text(str(values["full_name"])),
                now,
                now,
                *[_plain(values.get(f)) for f in _IMPORT_FIELDS],
                int(values.get("province_commendations") or 0),
                bool(values.get("pilot_invitee") or False),
            )
            for (_, values), name in zip(self.rows, self.folded, strict=True)
        ]


# --- designations (A10) -----------------------------------------------------------------------


def _designation(d: Delegate) -> DesignationPublic:
    assert d.origin_delegate_id is not None
    return DesignationPublic(
        id=d.id,
        delegate_id=d.origin_delegate_id,
        district_conference_id=d.conference_id,
        full_name=d.full_name,
        category=Category(d.category),
        created_at=d.created_at,
    )


async def _upper(session: AsyncSession, conference: Conference) -> Conference | None:
    """A10, L1 — the conference a conference designates to, one level up: a unit's, its plan's
    issuer's (plan 187: the district conference); the issuer's, the issuer's conference of the
    plan its plan implements (the province congress). NotFound when there is no level above."""
    if tier_of(conference.unit_id, conference.district_id) is Tier.MEMBER:
        return await conferences_repo.district_conference(session, conference.plan_id, conference.district_id)
    plan = await plans_repo.plan_of(session, conference.plan_id)
    if plan is None or plan.parent_plan_id is None:
        raise NotFound  # the top of the tree designates to nobody
    return await conferences_repo.issuer_conference_of(session, plan.parent_plan_id)


async def _district_of(session: AsyncSession, conference: Conference) -> Conference:
    district = await _upper(session, conference)
    if district is None:
        raise invalid_field("delegate_id", "district_not_scheduled", rule="A10")
    return district


async def _district_list(session: AsyncSession, conference: Conference) -> tuple[Conference, DelegateList]:
    """A10 — the district conference's list, locked: the list that receives a designation."""
    loaded = await repo.delegate_list(session, (await _district_of(session, conference)).id)
    assert loaded is not None
    return loaded


async def list_designations(
    session: AsyncSession,
    actor: Actor,
    conference_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[DesignationPublic]:
    """The unit's delegates on its district conference's list, in folded-name order (or in
    update order, with ``updated_after``)."""
    conference = await private_conference(session, actor, conference_id)
    district = await _upper(session, conference)
    if district is None:
        return Page(items=[], next_cursor=None)
    rows, nxt = await page(
        session,
        repo.designations_query(district.id, conference.unit_id),
        [col(Delegate.name_folded), col(Delegate.id)],
        lambda d: (d.name_folded, d.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Delegate.updated_at, Delegate.id),
    )
    return Page(items=[_designation(d) for d in rows], next_cursor=nxt)


async def designate(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: DesignationCreate
) -> DesignationPublic:
    conference = await organized_conference(session, actor, conference_id)
    district, district_list = await _district_list(session, conference)
    district_list.check_writable()  # the district list is locked too (A8)
    origin = await repo.get_delegate(session, conference.id, body.delegate_id)
    if origin is None:
        raise invalid_field("delegate_id", "unknown_delegate", rule="A10")
    allocation = await conferences_repo.allocation_of(session, district.id, conference.unit_id)
    designated = await repo.designated_count(session, district.id, conference.unit_id)
    check_designation(allocation.seats if allocation else 0, designated, Category(origin.category))
    district_list.check_add(1)  # A2, A3: the receiving list's cap
    copy = {f: getattr(origin, f) for f in FIELDS}
    if await _existing_people(session, district.id, [_person(copy)]):
        raise DomainError("duplicate_delegate", "A7")
    copy["pilot_invitee"] = False
    delegate = Delegate(
        conference_id=district.id,
        name_folded=origin.name_folded,
        sort_key=origin.sort_key,
        origin_delegate_id=origin.id,
        origin_unit_id=conference.unit_id,
        **copy,
    )
    session.add(delegate)
    twice = DomainError("duplicate_delegate", "A7")
    await flush(session, {name: twice for name in (*DUPLICATE_INDEXES, "uq_delegates_origin_delegate_id")})
    await session.refresh(delegate)
    out = _designation(delegate)
    audit(
        session,
        actor,
        "designate",
        "delegate",
        delegate.id,
        after=public(delegate),
        district_id=conference.district_id,
        unit_id=conference.unit_id,  # F1: the unit it came from reads it, as its tombstone
    )
    return out


async def undesignate(session: AsyncSession, actor: Actor, conference_id: uuid.UUID, designation_id: uuid.UUID) -> None:
    conference = await organized_conference(session, actor, conference_id)
    district, district_list = await _district_list(session, conference)
    district_list.check_writable()  # A8
    delegate = await repo.get_delegate(session, district.id, designation_id, for_update=True)
    if delegate is None or delegate.origin_unit_id != conference.unit_id:
        raise NotFound
    before = public(delegate)
    await _withdraw_copies(session, actor, delegate.id, conference.district_id)  # L1 — and further up
    await session.delete(delegate)
    await session.flush()
    audit(
        session,
        actor,
        "undesignate",
        "delegate",
        delegate.id,
        before=before,
        district_id=conference.district_id,
        unit_id=conference.unit_id,
    )
