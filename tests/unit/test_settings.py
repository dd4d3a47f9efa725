"""Start-up configuration: production refuses trivial secrets; development says it runs on defaults."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pydantic import ValidationError

from api.app import warn_on_defaults
from api.domain.access import secret_key_weakness
from api.settings import DEFAULT_ADMIN_PASSWORD, DEFAULT_SECRET_KEY, Settings, settings_errors

GOOD_KEY = "9f2c4e8a1b7d3f60c5e9a2d4b8f1e3c7a6d0b9e2f4c8a1d3e5b7f9c2a4e6d8b0"  # 64 hex digits
GOOD_PASSWORD = "Quan-tri-2024-manh"
DATABASE = "postgresql+asyncpg://dhtt@db.example/dhtt"


def production(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "env": "production",
        "database_url": DATABASE,
        "secret_key": GOOD_KEY,
        "admin_username": "admin",
        "admin_password": GOOD_PASSWORD,
    }
    return Settings(_env_file=None, **(values | overrides))  # type: ignore[call-arg]


def refusal(**overrides: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        production(**overrides)
    lines = settings_errors(caught.value)
    assert len(lines) == 1
    assert "\n" not in lines[0]
    return lines[0]


def test_production_accepts_a_random_key_and_a_policy_password() -> None:
    settings = production()
    assert settings.default_warnings() == []


@pytest.mark.parametrize(
    "key",
    [
        DEFAULT_SECRET_KEY,
        "a" * 64,  # one character repeated
        "ab" * 32,  # two
        "0123456789" * 4,  # a pattern repeated: 10 distinct characters
        "secret" * 8,  # a word repeated
        "abcabcabcabcabcdefdefdefdefdefghighighighighi",  # few distinct characters, low entropy
        "0123456789abcdef0123456789abcdef0123456789abcdef",  # a repeated run of all 16 hex digits
        "9f2c4e8a1b7d3f60c5e9a2d4b8f1e3c",  # random but too short
    ],
)
def test_threat_production_refuses_trivial_secret(key: str) -> None:
    line = refusal(secret_key=key)
    assert line.startswith("DHTT_SECRET_KEY ")


def test_threat_trivial_secret_rules_spare_random_keys() -> None:
    import secrets

    for _ in range(500):
        assert secret_key_weakness(secrets.token_hex(32)) is None
        assert secret_key_weakness(secrets.token_urlsafe(32)) is None


@pytest.mark.parametrize(
    "password",
    [
        DEFAULT_ADMIN_PASSWORD,
        "short1",  # under 10 characters
        "onlyletterspassword",  # no digit
        "1234567890123",  # no letter
        "admin-2024-admin",  # holds the username
    ],
)
def test_threat_production_refuses_weak_admin_password(password: str) -> None:
    line = refusal(admin_password=password)
    assert line.startswith("DHTT_ADMIN_PASSWORD ")


def test_production_requires_a_database_url() -> None:
    assert refusal(database_url=None).startswith("DHTT_DATABASE_URL ")


def test_development_warns_on_defaults(caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(_env_file=None, env="development")  # type: ignore[call-arg]
    warnings = settings.default_warnings()
    assert len(warnings) == 2
    assert any(w.startswith("DHTT_SECRET_KEY ") for w in warnings)
    assert any(w.startswith("DHTT_ADMIN_PASSWORD ") for w in warnings)
    with caplog.at_level(logging.WARNING, logger="dhtt"):
        warn_on_defaults(settings)
    logged = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "dhtt"]
    assert [r.getMessage() for r in logged] == warnings

    chosen = Settings(  # type: ignore[call-arg]
        _env_file=None, env="development", secret_key=GOOD_KEY, admin_password=GOOD_PASSWORD
    )
    assert chosen.default_warnings() == []
