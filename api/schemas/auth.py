"""Token answers (RFC 6749 §5.1) and the caller's own view."""

from __future__ import annotations

import uuid

from pydantic import BaseModel

from api.domain.access import Role


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    refresh_token: str | None = None
    scope: str | None = None


class Me(BaseModel):
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    unit_id: uuid.UUID | None
    unit_name: str | None
    district_id: uuid.UUID | None
    scopes: list[str]
