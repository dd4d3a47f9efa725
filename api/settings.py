"""Service configuration, read from the environment with the prefix ``DHTT_``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET_KEY = "change-me-dhtt-development-secret-key-0000"  # noqa: S105
DEFAULT_ADMIN_PASSWORD = "admin-dev-password"  # noqa: S105


def _data_dir() -> Path:
    return Path(platformdirs.user_data_dir("dhtt"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DHTT_", env_file=".env", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str | None = Field(
        default=None,
        description="postgresql+asyncpg://… ; when unset an embedded PostgreSQL is started",
    )
    data_dir: Path = Field(default_factory=_data_dir)
    secret_key: SecretStr = SecretStr(DEFAULT_SECRET_KEY)
    access_token_minutes: int = Field(default=30, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=30, ge=1, le=365)
    admin_username: str = "admin"
    admin_password: SecretStr = SecretStr(DEFAULT_ADMIN_PASSWORD)
    attachment_dir: Path | None = None
    attachment_max_bytes: int = Field(default=50 * 1024 * 1024, ge=1)
    request_max_bytes: int = Field(default=1024 * 1024, ge=1024)
    cors_origins: list[str] = Field(default_factory=list)
    log_level: str = "INFO"
    # Login throttling (X1, api.domain.login): the strict limit is per account and address.
    login_max_failures: int = Field(default=5, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    login_backoff_seconds: int = Field(default=15, ge=1)
    login_max_delay_seconds: int = Field(default=900, ge=1)
    login_account_max_failures: int = Field(default=50, ge=1)
    login_account_max_delay_seconds: int = Field(default=10, ge=1)
    login_address_max_failures: int = Field(default=100, ge=1)
    login_address_max_delay_seconds: int = Field(default=60, ge=1)
    login_trust_days: int = Field(default=30, ge=0)
    password_threads: int = Field(default=2, ge=1, le=64)
    db_pool_size: int = Field(default=10, ge=1)

    @model_validator(mode="after")
    def _refuse_defaults_in_production(self) -> Settings:
        if self.env == "production":
            if self.secret_key.get_secret_value() == DEFAULT_SECRET_KEY:
                raise ValueError("DHTT_SECRET_KEY must be set in production")
            if len(self.secret_key.get_secret_value()) < 32:
                raise ValueError("DHTT_SECRET_KEY must be at least 32 characters")
            if self.admin_password.get_secret_value() == DEFAULT_ADMIN_PASSWORD:
                raise ValueError("DHTT_ADMIN_PASSWORD must be set in production")
            if self.database_url is None:
                raise ValueError("DHTT_DATABASE_URL must be set in production")
        return self

    @property
    def attachments_path(self) -> Path:
        return self.attachment_dir or (self.data_dir / "attachments")


@lru_cache
def get_settings() -> Settings:
    return Settings()
