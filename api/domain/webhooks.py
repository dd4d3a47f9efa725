"""F2 — webhook subscriptions: what a subscription may name, which addresses a delivery may reach
(SSRF), how long a failing one waits before its next attempt, and when it is paused. Pure rules:
the service resolves names and sends requests; these functions decide."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import ipaddress
from collections.abc import Iterable
from enum import StrEnum
from urllib.parse import urlsplit

from api.domain.access import UNIT_ADMIN, Role
from api.domain.events import EventType


class WebhookStatus(StrEnum):
    """F2 — a subscription is delivered to (active) or waits for ``resume`` (paused)."""

    ACTIVE = "active"
    PAUSED = "paused"


SCHEMES = ("http", "https")
SECRET_PREFIX = "whsec_"  # the Standard Webhooks secret format: whsec_ + base64 of the key
SECRET_MIN_BYTES = 24
SECRET_MAX_BYTES = 64
URL_MAX = 2000
FAILING = "failing"
"""The ``reason`` of a subscription paused because its deliveries kept failing (F2)."""

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def check_url(url: str) -> str | None:
    """F2 — a target is an absolute ``http(s)`` URL with a host, no credentials in it. Returns the
    reason it is refused, or None."""
    if len(url) > URL_MAX:
        return "too_long"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "webhook_url"
    if parts.scheme.lower() not in SCHEMES:
        return "webhook_scheme"
    if not parts.hostname or parts.username is not None or parts.password is not None:
        return "webhook_url"
    if port == 0:
        return "webhook_url"
    return None


def address_refused(address: Address, *, allow_private: bool) -> bool:
    """F2 (SSRF) — a delivery never reaches loopback, private, link-local, multicast, reserved or
    otherwise non-global addresses (an IPv4 address inside IPv6 judged as itself), unless the
    deployment allows them (``DHTT_WEBHOOK_ALLOW_PRIVATE``, e.g. a receiver on the same network)."""
    if allow_private:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def refused_addresses(addresses: Iterable[str], *, allow_private: bool) -> str | None:
    """F2 (SSRF) — the reason a host's resolved addresses are refused: none at all, or any one of
    them refused (a name resolving to one public and one private address is refused)."""
    parsed = [ipaddress.ip_address(a.split("%", 1)[0]) for a in addresses]
    if not parsed:
        return "webhook_unresolvable"
    if any(address_refused(a, allow_private=allow_private) for a in parsed):
        return "webhook_address_refused"
    return None


def check_secret(secret: str) -> str | None:
    """F2 — a secret in the Standard Webhooks format: ``whsec_`` and the base64 of 24–64 bytes."""
    if not secret.startswith(SECRET_PREFIX):
        return "webhook_secret"
    try:
        key = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return "webhook_secret"
    if not SECRET_MIN_BYTES <= len(key) <= SECRET_MAX_BYTES:
        return "webhook_secret"
    return None


def new_secret(key: bytes) -> str:
    """F2 — the secret of ``key`` (random bytes the service draws) in the Standard Webhooks format."""
    return SECRET_PREFIX + base64.b64encode(key).decode()


def check_event_types(types: Iterable[str]) -> str | None:
    """F2 — a subscription names at least one of the feed's event types (F1), each known."""
    names = list(types)
    if not names:
        return "blank"
    known = {t.value for t in EventType}
    if any(name not in known for name in names):
        return "unknown_event_type"
    return None


def retry_delay(failures: int, *, base_seconds: float, max_seconds: float) -> float:
    """F2 — exponential backoff: after the n-th failure in a row, wait base·2^(n−1), at most
    ``max_seconds``."""
    exponent = min(max(failures - 1, 0), 40)
    return float(min(base_seconds * (2**exponent), max_seconds))


def pause_due(failing_since: dt.datetime | None, now: dt.datetime, *, pause_after_seconds: float) -> bool:
    """F2 — a subscription whose deliveries have failed without a success for the whole span
    (24 hours by default) is paused."""
    return failing_since is not None and (now - failing_since).total_seconds() >= pause_after_seconds


def may_subscribe(role: Role) -> bool:
    """F2, X1 — integration clients subscribe webhooks; admins may too (their own)."""
    return role in (Role.INTEGRATION_CLIENT, UNIT_ADMIN)
