"""Accounts as the contract shows them."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from api.domain.access import Role, Scope
from api.schemas import examples as ex
from api.schemas.common import Instant, Model, Name, Update

Username = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, min_length=3, max_length=64, pattern=r"^[a-zA-Z0-9._-]+$"),
]
Password = Annotated[str, StringConstraints(min_length=1, max_length=256)]


class UserCreate(Model):
    """A new account (X1): a person with a role and a unit, or an integration client with scopes."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "username": "huongthuy.tdkt",
                    "full_name": "Trần Thị Lan",
                    "role": "unit_officer",
                    "unit_id": ex.UNIT_ID,
                    "password": "HuongThuy2025",
                }
            ]
        }
    )

    username: Username
    full_name: Name
    role: Role
    unit_id: uuid.UUID | None = None
    password: Password = Field(description="At least 10 characters, letters and digits")
    scopes: list[Scope] = Field(default_factory=list, description="Integration clients only")

    @field_validator("scopes")
    @classmethod
    def _unique(cls, v: list[Scope]) -> list[Scope]:
        return sorted(set(v))


class UserUpdate(Update):
    """A change to an account: only the fields sent change; UserPublic can be sent back as it is."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"is_active": False}]})

    full_name: Name | None = None
    role: Role | None = None
    unit_id: uuid.UUID | None = None
    is_active: bool | None = None
    password: Password | None = Field(default=None, description="A new password; ends the account's sessions")
    scopes: list[Scope] | None = None


class UserPublic(BaseModel):
    """An account (tài khoản); its password is never shown."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.USER_ID,
                    "username": "huongthuy.tdkt",
                    "full_name": "Trần Thị Lan",
                    "role": "unit_officer",
                    "unit_id": ex.UNIT_ID,
                    "is_active": True,
                    "scopes": [],
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The account's id")
    username: str = Field(description="The sign-in name (tên đăng nhập): lower case letters, digits, . _ -")
    full_name: str = Field(description="The person's full name (họ và tên)")
    role: Role = Field(description="X1 — what the account may do (vai trò)")
    unit_id: uuid.UUID | None = Field(description="X2 — the unit whose records it reads and writes")
    is_active: bool = Field(description="False: the account can no longer sign in")
    scopes: list[str] = Field(description="X1 — integration clients: read and/or write")
    created_at: Instant
    updated_at: Instant


UserCreate.described_by = UserPublic
UserUpdate.public_schema = UserPublic
