"""Test support: the helpers the fixtures (tests/conftest.py) and the tests build on.

- ``database``: a real PostgreSQL to test on (embedded unless DHTT_DATABASE_URL is set);
- ``callers``: signing in, and ``Caller`` — an httpx client speaking as one account;
- ``world``: a fresh district with its own admin, plan, units and their officers and reviewers;
- ``delegates``: delegate payloads, among them lists that cover every category (A4–A6);
- ``processes``: the service as real processes (``dhtt serve`` replicas, or any ``dhtt`` command
  through ``Processes.start_process(argv, env)``), on free ports, waited for, stopped cleanly.
"""

from tests.support.callers import ADMIN_PASSWORD, DEMO_PASSWORD, Caller, cheap_password_hashing, login, login_client
from tests.support.database import fresh_database, server_url, with_database
from tests.support.delegates import delegates_json, every_category, structure_rows
from tests.support.world import PLAN_187, District, Factory

__all__ = [
    "ADMIN_PASSWORD",
    "DEMO_PASSWORD",
    "PLAN_187",
    "Caller",
    "District",
    "Factory",
    "cheap_password_hashing",
    "delegates_json",
    "every_category",
    "fresh_database",
    "login",
    "login_client",
    "server_url",
    "structure_rows",
    "with_database",
]
