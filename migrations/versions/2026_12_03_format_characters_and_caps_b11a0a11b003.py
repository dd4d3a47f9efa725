"""format characters and caps

Q1 now removes format characters (Unicode category Cf: zero-width space, joiners, word joiner,
soft hyphen, byte order mark, bidirectional controls, …) and refuses the C1 controls
U+0080–U+009F. This revision re-normalises the rows written before: every stored text column
that went through ``normalize_text`` (and what is derived from it: folded names, the units'
search vector — a generated column, so it follows — delegates' sort keys, nominee keys).

Only rows holding such a character are read (a regular expression built from the domain's own
list of Cf code points), in batches, and rewritten with the domain's functions. Each row is
updated inside a savepoint: a row whose new form would collide with another on a unique folded
constraint (two blocks of a district, the same person twice on a list, the same live nominee,
the same plan code) is left as it was and reported in the log (logger ``alembic.runtime.migration``),
so the migration never fails on old data; an administrator merges or renames such rows by hand.
C1 controls found in stored text are removed. A value that would become empty is also left as it
was and reported.

Not touched: the audit log and submission versions (append-only history, kept as recorded),
usernames (never normalized text) and file names.

Downgrade is a no-op: the normalisation of data is not reversible (the removed characters are
not kept anywhere), and text without them is valid under the previous revision too.

Revision ID: b11a0a11b003
Revises: b11a0a11b002
Create Date: 2026-12-03 17:40:00
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "b11a0a11b003"
down_revision: str | None = "b11a0a11b002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

BATCH = 500

# table → the text columns that went through normalize_text (single-line: every one of them is a
# Name, ShortText, LongText or Text in the schemas)
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "units": ("name",),
    "emulation_blocks": ("name", "description"),
    "users": ("full_name",),
    "plans": ("code", "title", "issuer_name", "pilot_supervisor"),
    "conferences": ("place",),
    "delegates": ("full_name", "ethnicity", "position", "workplace", "note"),
    "nominations": ("nominee_name", "honour_other", "achievements", "reason"),
    "submissions": ("title", "reason"),
}


def _pattern() -> str:
    """A PostgreSQL bracket expression matching any Cf code point or C1 control."""
    from api.domain.text import format_characters

    points = sorted({ord(c) for c in format_characters()} | set(range(0x80, 0xA0)))
    ranges: list[tuple[int, int]] = []
    for p in points:
        if ranges and ranges[-1][1] == p - 1:
            ranges[-1] = (ranges[-1][0], p)
        else:
            ranges.append((p, p))
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


def _clean(value: str | None) -> str | None:
    """Q1 as it now reads text; C1 controls (refused from now on) are removed from stored text."""
    from api.domain.text import normalize_text

    if value is None:
        return None
    value = "".join(ch for ch in value if not 0x80 <= ord(ch) <= 0x9F)
    return normalize_text(value)


def _derived(table: str, row: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The columns computed from the cleaned ones."""
    from api.domain.nominations import NomineeKind, nominee_key
    from api.domain.text import fold

    out: dict[str, Any] = {}
    if table in ("units", "emulation_blocks"):
        out["name_folded"] = fold(new["name"])
    elif table == "delegates":
        from api.services.spreadsheets import sort_key_text

        out["name_folded"] = fold(new["full_name"])
        out["sort_key"] = sort_key_text(new["full_name"])
    elif table == "nominations" and not str(row["nominee_key"]).startswith("x:"):
        birth = row["birth_date"]
        out["nominee_key"] = nominee_key(
            NomineeKind(row["nominee_kind"]),
            new["nominee_name"],
            row["national_id"],
            birth.isoformat() if birth is not None else None,
        )
    return out


EXTRA: dict[str, tuple[str, ...]] = {"nominations": ("nominee_key", "nominee_kind", "national_id", "birth_date")}


def renormalize(connection: sa.Connection, *, report: Callable[[str], None] = log.warning) -> dict[str, int]:
    """Rewrite every row holding a format character or C1 control; answers rows changed per table."""
    pattern = _pattern()
    changed: dict[str, int] = {}
    for table, columns in TEXT_COLUMNS.items():
        read = [*columns, *EXTRA.get(table, ())]
        where = " OR ".join(f"{c} ~ :pattern" for c in columns)
        last: Any = None
        changed[table] = 0
        while True:
            after = "" if last is None else "AND id > :last"
            rows = (
                connection.execute(
                    sa.text(f"SELECT id, {', '.join(read)} FROM {table} WHERE ({where}) {after} ORDER BY id LIMIT :n"),
                    {"pattern": pattern, "last": last, "n": BATCH} if last is not None else {"pattern": pattern, "n": BATCH},
                )
                .mappings()
                .all()
            )
            if not rows:
                break
            for row in rows:
                last = row["id"]
                new = {c: _clean(row[c]) for c in columns}
                if any(row[c] is not None and not new[c] for c in columns):
                    report(f"Q1 re-normalisation: {table} {row['id']} would become empty; left as it was")
                    continue
                new |= _derived(table, dict(row), new)
                # updated_at moves too, so clients syncing with updated_after fetch the new text
                sets = ", ".join([*(f"{c} = :{c}" for c in new), "updated_at = now()"])
                savepoint = connection.begin_nested()
                try:
                    connection.execute(sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), {**new, "id": row["id"]})
                except sa.exc.IntegrityError as exc:
                    savepoint.rollback()
                    constraint = getattr(getattr(exc.orig, "__cause__", None), "constraint_name", None)
                    report(
                        f"Q1 re-normalisation: {table} {row['id']} would collide with another row "
                        f"({constraint or 'a unique constraint'}); left as it was"
                    )
                    continue
                savepoint.commit()
                changed[table] += 1
    return changed


def upgrade() -> None:
    changed = renormalize(op.get_bind())
    for table, n in changed.items():
        if n:
            log.info("Q1 re-normalisation: %s rows of %s rewritten", n, table)


def downgrade() -> None:
    """No-op: removing format characters is not reversible, and the result is valid before too."""
