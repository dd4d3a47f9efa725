"""X1 — login throttling and token revocation, as pure rules.

Throttling counts attempts under three keys, each with its own limit:

* the account *from one address* — the strict limit (``login_max_failures``); only the one
  guessing from that address is slowed, so a stranger cannot lock the owner out by it;
* the account *from anywhere* — a much higher limit with a small cap on the delay, so a
  guesser spread over many addresses is slowed while the owner waits at most that cap;
* the address *for any account* — a high limit (password spraying over many names).

An attempt is counted before its password is checked (a reservation, under row locks); a
success takes it back. Past a key's limit each further attempt makes the next one wait longer
(doubling from a base, capped). A key idle for the window forgets its failures. An address
where the account has logged in successfully is trusted for it: only the strict per-address
key applies there, so a storm from elsewhere never keeps the owner out at their usual place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import math
from enum import StrEnum


class ThrottleKind(StrEnum):
    ACCOUNT_ADDRESS = "ua"  # this account, from this address
    ACCOUNT = "u"  # this account, from anywhere
    ADDRESS = "a"  # any account, from this address


@dataclasses.dataclass(frozen=True)
class Limit:
    max_failures: int
    base_seconds: int
    max_delay_seconds: int


@dataclasses.dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    last_at: dt.datetime | None = None
    blocked_until: dt.datetime | None = None
    trusted_until: dt.datetime | None = None


def client_network(address: str) -> str:
    """Where an attempt comes from, for counting: an IPv4 address as is, an IPv6 one by its /64
    (one subscriber's prefix holds 2**64 addresses: counting each apart would give a guesser as
    many fresh counters as they like); anything else (a proxy's label) as is, bounded."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address) + "/64"
    return str(ip)


def throttle_key(kind: ThrottleKind, username: str, address: str) -> str:
    """The key of a counter; ``address`` as ``client_network`` gives it (a username may hold a
    ``/``, so it comes last)."""
    if kind is ThrottleKind.ACCOUNT_ADDRESS:
        return f"{kind.value}:{address}/{username}"
    if kind is ThrottleKind.ACCOUNT:
        return f"{kind.value}:{username}"
    return f"{kind.value}:{address}"


def delay_seconds(failures: int, limit: Limit) -> int:
    """How long the next attempt waits after ``failures`` counted ones (0 below the limit)."""
    if failures < limit.max_failures:
        return 0
    doublings = min(failures - limit.max_failures, 32)
    return min(limit.max_delay_seconds, limit.base_seconds * (1 << doublings))


def applies(kind: ThrottleKind, pair: ThrottleState, now: dt.datetime) -> bool:
    """At a trusted address only the strict per-address key counts."""
    trusted = pair.trusted_until is not None and pair.trusted_until > now
    return kind is ThrottleKind.ACCOUNT_ADDRESS or not trusted


def wait_seconds(states: dict[ThrottleKind, ThrottleState], now: dt.datetime) -> int:
    """Seconds the attempt must wait (0: it may be checked)."""
    pair = states[ThrottleKind.ACCOUNT_ADDRESS]
    waits = [
        (s.blocked_until - now).total_seconds()
        for kind, s in states.items()
        if applies(kind, pair, now) and s.blocked_until is not None and s.blocked_until > now
    ]
    return max(1, math.ceil(max(waits))) if waits else 0


def after_attempt(state: ThrottleState, limit: Limit, now: dt.datetime, window: dt.timedelta) -> ThrottleState:
    """Count an attempt (reserved before its password is checked)."""
    stale = state.last_at is None or state.last_at < now - window
    failures = 1 if stale else state.failures + 1
    delay = delay_seconds(failures, limit)
    blocked = now + dt.timedelta(seconds=delay) if delay else None
    return dataclasses.replace(state, failures=failures, last_at=now, blocked_until=blocked)


def after_success(
    kind: ThrottleKind, state: ThrottleState, limit: Limit, now: dt.datetime, trust: dt.timedelta, *, counted: bool
) -> ThrottleState:
    """A right password: the account's counter at this address restarts and the address becomes
    trusted for the account; of the wider counters (the account from anywhere, the address for
    any account) only this attempt is taken back (``counted``), others' failures stay."""
    if kind is ThrottleKind.ACCOUNT_ADDRESS:
        return dataclasses.replace(state, failures=0, blocked_until=None, trusted_until=now + trust)
    if not counted:
        return state
    failures = max(state.failures - 1, 0)
    blocked = state.blocked_until if failures >= limit.max_failures else None
    return dataclasses.replace(state, failures=failures, blocked_until=blocked)


# ---- token revocation --------------------------------------------------------------------


def token_current(claimed_version: int, account_version: int, family_revoked: bool) -> bool:
    """An access token outlives neither a change that revokes its account's tokens (its version
    is older) nor the revocation of the refresh-token family it was issued with."""
    return claimed_version == account_version and not family_revoked


REVOKING_CHANGES = frozenset({"password", "deactivated", "role", "unit_id"})


def revokes_tokens(changed: set[str]) -> bool:
    """A new password, deactivation, or a new role or unit ends every token issued before it."""
    return bool(changed & REVOKING_CHANGES)
