"""POST /auth/token (OAuth2) and GET /me."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request

from api.problems import Problem, responses
from api.routers.deps import ActorDep, SessionDep, SettingsDep
from api.schemas.auth import Me, TokenResponse
from api.services import auth, users

router = APIRouter(tags=["auth"])


@router.post(
    "/auth/token",
    response_model=TokenResponse,
    responses=responses("invalid_grant", "rate_limited"),
    summary="Obtain an access token (password, client_credentials or refresh_token grant)",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "example": {"grant_type": "password", "username": "huongthuy.tdkt", "password": "HuongThuy2025"}
                }
            }
        }
    },
)
async def issue_token(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    grant_type: Annotated[
        str, Form(max_length=32, description="password, client_credentials or refresh_token", examples=["password"])
    ],
    username: Annotated[
        str | None, Form(max_length=256, description="Password grant: the sign-in name", examples=["huongthuy.tdkt"])
    ] = None,
    password: Annotated[
        str | None, Form(max_length=256, description="Password grant: the password", examples=["HuongThuy2025"])
    ] = None,
    client_id: Annotated[
        str | None, Form(max_length=256, description="Client-credentials grant: the client's sign-in name")
    ] = None,
    client_secret: Annotated[
        str | None, Form(max_length=256, description="Client-credentials grant: its secret")
    ] = None,
    scope: Annotated[
        str | None,
        Form(
            max_length=200, description="Client-credentials grant: the scopes asked for, space-separated (read write)"
        ),
    ] = None,
    refresh_token: Annotated[
        str | None, Form(max_length=256, description="Refresh grant: the refresh token received with the access token")
    ] = None,
) -> TokenResponse:
    """OAuth2 token endpoint (RFC 6749): the password grant for people, client_credentials for integration clients
    (scopes read, write), refresh_token to renew. Answers a bearer access token."""
    # Logins are throttled per account, per address and per both (X1); behind a reverse proxy,
    # DHTT_FORWARDED_ALLOW_IPS names it, so that this is the caller's address, not the proxy's.
    address = request.client.host if request.client else "unknown"
    try:
        if grant_type == "password" and username is not None and password is not None:
            return await auth.password_grant(session, settings, username, password, scope, address)
        if grant_type == "client_credentials" and (client_id or username) and (client_secret or password):
            return await auth.client_credentials_grant(
                session, settings, str(client_id or username), str(client_secret or password), scope, address
            )
        if grant_type == "refresh_token" and refresh_token:
            return await auth.refresh_grant(session, settings, refresh_token)
        raise Problem("invalid_grant", reason="unsupported_grant_type", error="invalid_grant")
    except Problem as exc:
        if exc.code == "invalid_grant":
            # Failed-login records and revoked token families must outlive the error answer.
            await session.commit()
        raise


@router.get("/me", response_model=Me, responses=responses("unauthorized"), summary="The caller")
async def read_me(session: SessionDep, actor: ActorDep) -> Me:
    """The signed-in account: role, unit, district and, for an integration client, its scopes (X1)."""
    return await users.me(session, actor)
