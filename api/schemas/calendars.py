"""Calendar feed tokens: what the signed-in user gets when they ask for a subscription URL."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from api.schemas import examples as ex
from api.schemas.common import Instant

TOKEN_EXAMPLE = "q3J9tXc0bGx1cWh2Z0lUbW9uV2Rlc2t0b3BvZmZpY2U"


class CalendarTokenPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.CONFERENCE_ID,
                    "token": TOKEN_EXAMPLE,
                    "plan_feed": f"/api/v1/calendar-feeds/{TOKEN_EXAMPLE}/plans/{{plan_id}}.ics",
                    "unit_feed": f"/api/v1/calendar-feeds/{TOKEN_EXAMPLE}/units/{{unit_id}}.ics",
                    "created_at": ex.CREATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The token's id, to revoke it")
    token: str = Field(description="The secret in the feed URLs; shown once, only its SHA-256 is kept")
    plan_feed: str = Field(description="The URL path of a plan's feed, ``{plan_id}`` to fill in")
    unit_feed: str = Field(description="The URL path of a unit's feed, ``{unit_id}`` to fill in")
    created_at: Instant
