"""Token answers (RFC 6749 §5.1) and the caller's own view."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from api.domain.access import Role
from api.schemas import examples as ex


class TokenResponse(BaseModel):
    """An OAuth2 token answer (RFC 6749 §5.1)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJodW9uZ3RodXkudGRrdCJ9.c2lnbmF0dXJl",
                    "token_type": "bearer",
                    "expires_in": 900,
                    "refresh_token": "r1-Xq3vX0v9m5c8Lk2Zt7Wb4Hn6Jd1Gs",
                    "scope": None,
                }
            ]
        }
    )

    access_token: str = Field(description="Send as `Authorization: Bearer …`")
    token_type: str = Field(default="bearer", description="Always bearer")
    expires_in: int = Field(description="Seconds until the access token expires")
    refresh_token: str | None = Field(default=None, description="Password grant: renews the access token once")
    scope: str | None = Field(default=None, description="Client-credentials grant: the scopes granted, space-separated")


class Me(BaseModel):
    """The signed-in account."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.USER_ID,
                    "username": "huongthuy.tdkt",
                    "full_name": "Trần Thị Lan",
                    "role": "unit_officer",
                    "unit_id": ex.UNIT_ID,
                    "unit_name": "xã Hương Thủy",
                    "district_id": ex.DISTRICT_ID,
                    "scopes": [],
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The account's id")
    username: str = Field(description="The sign-in name")
    full_name: str = Field(description="The person's full name (họ và tên)")
    role: Role = Field(description="X1 — what the account may do (vai trò)")
    unit_id: uuid.UUID | None = Field(description="X2 — the unit whose records it reads and writes")
    unit_name: str | None = Field(description="That unit's name")
    district_id: uuid.UUID | None = Field(description="The district of that unit")
    scopes: list[str] = Field(description="X1 — integration clients: read and/or write")
