"""GET /vocabulary — labels for every enum value, for any signed-in caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response

from api.problems import responses
from api.routers.deps import ActorDep
from api.schemas.vocabulary import Vocabulary
from api.services.vocabulary import vocabulary_body

router = APIRouter(tags=["vocabulary"])

CACHE_CONTROL = "private, max-age=3600"


@router.get(
    "/vocabulary",
    response_model=Vocabulary,
    responses={
        200: {"headers": {"ETag": {"description": "Strong validator of the labels", "schema": {"type": "string"}}}},
        304: {"description": "Not modified: the If-None-Match ETag is current"},
        **responses("unauthorized", "forbidden"),
    },
    summary="Labels (vi, en) of every enum value",
    description=(
        "Every enum of the contract (delegate categories, honours, ranks, bases, states, kinds, unit kinds,"
        " levels, genders, economic sectors, conference forms and sessions, assembly modes, roles, scopes),"
        " the agenda's item keys (C8) and a few fixed key lists, each value with its Vietnamese label (the"
        " plan's wording, the same the spreadsheets use) and its English label. Send the ETag back as"
        " If-None-Match: 304 while the labels are unchanged."
    ),
)
async def get_vocabulary(
    actor: ActorDep,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match", max_length=200)] = None,
) -> Response:
    """Every enum value's Vietnamese and English label, from the one source the spreadsheets and messages use.
    Cacheable: answers a strong ETag."""
    body, etag = vocabulary_body()
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if if_none_match is not None and (
        if_none_match.strip() == "*" or etag in (tag.strip().removeprefix("W/") for tag in if_none_match.split(","))
    ):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
