"""Accounts as the contract shows them."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, field_validator

from api.domain.access import Role, Scope
from api.schemas.common import Instant, Model, Name, Update

Username = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, min_length=3, max_length=64, pattern=r"^[a-zA-Z0-9._-]+$"),
]
Password = Annotated[str, StringConstraints(min_length=1, max_length=256)]


class UserCreate(Model):
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
    full_name: Name | None = None
    role: Role | None = None
    unit_id: uuid.UUID | None = None
    is_active: bool | None = None
    password: Password | None = None
    scopes: list[Scope] | None = None


class UserPublic(BaseModel):
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    unit_id: uuid.UUID | None
    is_active: bool
    scopes: list[str]
    created_at: Instant
    updated_at: Instant


UserUpdate.public_schema = UserPublic
