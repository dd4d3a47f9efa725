"""Conferences, by concern: who may act (``access``), how one is shown (``shaping``), scheduling (C1–C7),
the agenda (C8), the delegate list's state (A4, A8), the compliance statement (``statement``) and the
allocations (A10). The names other modules use are re-exported here."""

from __future__ import annotations

from api.services.conferences.access import (
    check_private,
    may_organize,
    organized_conference,
    organized_list,
    private_conference,
    sees_private,
)
from api.services.conferences.agenda import FLAGS, agenda_public, get_agenda, put_agenda
from api.services.conferences.allocations import get_allocations, put_allocations
from api.services.conferences.lists import finalize, reopen
from api.services.conferences.scheduling import (
    create_conference,
    delete_conference,
    get_conference,
    list_conferences,
    update_conference,
)
from api.services.conferences.shaping import assembly_of, conference_out, public
from api.services.conferences.statement import compliance

__all__ = [
    "FLAGS",
    "agenda_public",
    "assembly_of",
    "check_private",
    "compliance",
    "conference_out",
    "create_conference",
    "delete_conference",
    "finalize",
    "get_agenda",
    "get_allocations",
    "get_conference",
    "list_conferences",
    "may_organize",
    "organized_conference",
    "organized_list",
    "private_conference",
    "public",
    "put_agenda",
    "put_allocations",
    "reopen",
    "sees_private",
    "update_conference",
]
