"""Alembic: base → head → base → head on PostgreSQL, and no drift between models and migrations."""

from api.db.migrate import check, downgrade, upgrade
from tests.support import fresh_database


def test_migrations_round_trip(pg_server: str) -> None:
    url = fresh_database(pg_server, "dhtt_migrations")
    upgrade(url)
    downgrade(url, "base")
    upgrade(url)
    check(url)  # raises when autogenerate would produce operations
