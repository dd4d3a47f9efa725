"""Alembic: base → head → base → head on PostgreSQL, and no drift between models and migrations."""

import asyncio
import uuid

import asyncpg

from api.db.migrate import check, downgrade, upgrade
from tests.support import fresh_database


def test_migrations_round_trip(pg_server: str) -> None:
    url = fresh_database(pg_server, "dhtt_migrations")
    upgrade(url)
    downgrade(url, "base")
    upgrade(url)
    check(url)  # raises when autogenerate would produce operations


async def _run(url: str, sql: str, *args: object) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


def test_Q1_migration_renormalises_format_characters(pg_server: str) -> None:
    """b11a0a11b003: a name stored with a zero-width space (and a soft hyphen, a C1 control)
    before the revision is re-normalised after it, with its folded name and search vector; a row
    that would collide on a unique folded name is left as it was instead of failing."""
    url = fresh_database(pg_server, "dhtt_migration_q1")
    upgrade(url, "b11a0a11b002")
    district, block_a, block_b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    asyncio.run(
        _run(
            url,
            "INSERT INTO units (id, name, name_folded, kind, level, district_id) "
            "VALUES ($1, $2, $3, 'district', 'district', $1)",
            district,
            "huyện Phú\u200b Vang\u00ad\u0085",
            "huyen phu\u200b vang\u00ad\u0085",
        )
    )
    for block, name in ((block_a, "Cụm 1"), (block_b, "Cụm\u200b 1")):
        asyncio.run(
            _run(
                url,
                "INSERT INTO emulation_blocks (id, district_id, name, name_folded) VALUES ($1, $2, $3, $4)",
                block,
                district,
                name,
                name.lower().replace("ụ", "u"),
            )
        )
    upgrade(url)
    (unit,) = asyncio.run(
        _run(url, "SELECT name, name_folded, search::text AS search FROM units WHERE id = $1", district)
    )
    assert unit["name"] == "huyện Phú Vang"
    assert unit["name_folded"] == "huyen phu vang"
    assert unit["search"] == "'huyen':1 'phu':2 'vang':3"
    blocks = asyncio.run(_run(url, "SELECT id, name FROM emulation_blocks ORDER BY name"))
    assert {b["id"]: b["name"] for b in blocks} == {block_a: "Cụm 1", block_b: "Cụm\u200b 1"}  # the collision, kept
    downgrade(url, "b11a0a11b002")  # a no-op: the data stays normalised
    upgrade(url)
