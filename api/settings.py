"""Service configuration, read from the environment with the prefix ``DHTT_``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from api.domain.access import PASSWORD_POLICY, password_acceptable, secret_key_weakness

STORAGE_SCHEMES = ("file", "s3", "memory")  # api.storage builds a store for each
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
    # Stored files (api.storage): a local folder by default, any S3-compatible store for replicas.
    storage_url: str | None = Field(
        default=None,
        description="file:///var/lib/dhtt/files, s3://bucket/prefix or memory:// ; unset → the attachment folder",
    )
    s3_endpoint: str | None = None
    s3_region: str | None = None
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    attachment_max_bytes: int = Field(default=50 * 1024 * 1024, ge=1)
    import_max_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    import_max_rows: int = Field(default=5_000, ge=1)
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
    # F2 — webhooks: delivery, retries, pausing, and the addresses a delivery may reach (SSRF).
    webhook_allow_private: bool = Field(
        default=False,
        description="let webhooks reach loopback, private, link-local and reserved addresses (SSRF guard off)",
    )
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=300)
    webhook_retry_base_seconds: float = Field(default=30.0, gt=0)
    webhook_retry_max_seconds: float = Field(default=3600.0, gt=0)
    webhook_pause_after_seconds: float = Field(
        default=24 * 3600.0, gt=0, description="a subscription failing for this long is paused (F2: 24 hours)"
    )
    webhook_poll_seconds: float = Field(default=2.0, gt=0, le=3600)
    inprocess_worker: bool = Field(
        default=True, description="dhtt serve also runs the delivery worker (production: false, and dhtt worker)"
    )
    metrics_dir: Path | None = Field(
        default=None,
        description=(
            "a folder the worker processes of one server share their metrics through (Prometheus "
            "multiprocess mode; PROMETHEUS_MULTIPROC_DIR also works); dhtt serve --workers N>1 makes one itself"
        ),
    )
    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description="addresses of the reverse proxies whose X-Forwarded-For is trusted (comma-separated, or *)",
    )

    @field_validator("storage_url", "s3_endpoint", "s3_region", "s3_access_key_id", "metrics_dir", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """``DHTT_STORAGE_URL=`` (as docker-compose passes an unset variable) means unset."""
        return None if value == "" else value

    @field_validator("s3_secret_access_key", mode="before")
    @classmethod
    def _empty_secret_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("storage_url")
    @classmethod
    def _known_storage(cls, url: str | None) -> str | None:
        if url is None:
            return None
        scheme = urlsplit(url).scheme
        if scheme not in STORAGE_SCHEMES:
            raise ValueError(f"unsupported scheme {scheme!r}: file:///path, s3://bucket/prefix or memory://")
        if scheme == "s3" and not urlsplit(url).netloc:
            raise ValueError("s3:// needs a bucket, e.g. s3://dhtt-files/attachments")
        if scheme == "file" and not urlsplit(url).path.startswith("/"):
            raise ValueError("file:// needs an absolute path, e.g. file:///var/lib/dhtt/files")
        return url

    @model_validator(mode="after")
    def _refuse_defaults_in_production(self) -> Settings:
        """Production refuses a trivial signing key and a first-admin password below the
        password policy; each error is one line naming the setting."""
        if self.env == "production":
            key = self.secret_key.get_secret_value()
            if key == DEFAULT_SECRET_KEY:
                raise ValueError("DHTT_SECRET_KEY must be set in production (e.g. openssl rand -hex 32)")
            weakness = secret_key_weakness(key)
            if weakness is not None:
                raise ValueError(
                    f"DHTT_SECRET_KEY is too trivial for production: {weakness} (e.g. openssl rand -hex 32)"
                )
            password = self.admin_password.get_secret_value()
            if password == DEFAULT_ADMIN_PASSWORD:
                raise ValueError("DHTT_ADMIN_PASSWORD must be set in production")
            if not password_acceptable(password, self.admin_username):
                raise ValueError(f"DHTT_ADMIN_PASSWORD does not meet the password policy: {PASSWORD_POLICY}")
            if self.database_url is None:
                raise ValueError("DHTT_DATABASE_URL must be set in production")
            if self.storage_url is not None and self.storage_url.startswith("memory:"):
                raise ValueError("DHTT_STORAGE_URL: memory:// loses every file on restart; not in production")
        return self

    def default_warnings(self) -> list[str]:
        """Development runs on the built-in secret key or admin password: say so, loudly."""
        if self.env != "development":
            return []
        warnings = []
        if self.secret_key.get_secret_value() == DEFAULT_SECRET_KEY:
            warnings.append("DHTT_SECRET_KEY is the built-in development key: anyone can forge tokens")
        if self.admin_password.get_secret_value() == DEFAULT_ADMIN_PASSWORD:
            warnings.append(
                "DHTT_ADMIN_PASSWORD is the built-in development password: "
                f"anyone can log in as {self.admin_username!r}"
            )
        return warnings

    @property
    def attachments_path(self) -> Path:
        return self.attachment_dir or (self.data_dir / "attachments")


def settings_errors(exc: ValidationError) -> list[str]:
    """One line per configuration error, naming the environment variable."""
    lines = []
    for error in exc.errors():
        message = str(error["msg"]).removeprefix("Value error, ")
        field = "_".join(str(part) for part in error["loc"])
        lines.append(f"DHTT_{field.upper()}: {message}" if field else message)
    return lines


@lru_cache
def get_settings() -> Settings:
    return Settings()
