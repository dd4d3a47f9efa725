"""Signing in, and ``Caller``: the in-process client speaking as one account."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from api.services import auth as auth_service

DEMO_PASSWORD = "Demo-pass-2024"
ADMIN_PASSWORD = "Admin-test-pass-1"
TOKEN = "/api/v1/auth/token"

# Test accounts made per test are hashed with argon2id at its smallest cost: the same code path
# (the account is created through POST /users and signs in through the token endpoint, whose
# check reads the cost from the stored hash), without a quarter second of CPU per account.
_CHEAP = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))


@contextmanager
def cheap_password_hashing() -> Iterator[None]:
    """While inside, the app hashes new passwords at argon2id's smallest cost (tests only)."""
    original = auth_service.hash_password
    auth_service.hash_password = _CHEAP.hash
    try:
        yield
    finally:
        auth_service.hash_password = original


async def login(client: httpx.AsyncClient, username: str, password: str) -> dict[str, str]:
    """A person's Authorization header, through the password grant."""
    form = {"grant_type": "password", "username": username, "password": password}
    r = await client.post(TOKEN, data=form)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def login_client(client: httpx.AsyncClient, client_id: str, secret: str) -> dict[str, str]:
    """An integration client's Authorization header (clients have the client_credentials grant only)."""
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    r = await client.post(TOKEN, data=form)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@dataclass(frozen=True)
class Caller(Mapping[str, str]):
    """The app's client acting as one signed-in account: every request carries its token.

    ``headers`` is the bare Authorization header; a Caller is also that mapping itself, so it can
    be passed as ``headers=`` where a test sends requests through the bare client."""

    http: httpx.AsyncClient
    headers: dict[str, str]
    username: str
    role: str

    def __getitem__(self, key: str) -> str:
        return self.headers[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.headers)

    def __len__(self) -> int:
        return len(self.headers)

    def __or__(self, other: Mapping[str, str]) -> dict[str, str]:
        return self.headers | dict(other)

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        headers = self.headers | dict(kwargs.pop("headers", None) or {})
        return await self.http.request(method, url, headers=headers, **kwargs)

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("POST", url, **kwargs)

    async def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("DELETE", url, **kwargs)
