"""F2 — the pure rules of webhook subscriptions: targets (SSRF), secrets, backoff, pausing."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest

from api.domain.webhooks import (
    address_refused,
    check_event_types,
    check_secret,
    check_url,
    new_secret,
    pause_due,
    refused_addresses,
    retry_delay,
)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.31.0.1",
        "192.168.0.1",
        "169.254.169.254",
        "100.64.0.1",
        "224.0.0.251",
        "240.0.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd12::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::",
    ],
)
def test_F2_threat_ssrf_non_global_addresses_refused(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert address_refused(ip, allow_private=False)
    assert not address_refused(ip, allow_private=True)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_F2_public_addresses_allowed(address: str) -> None:
    assert not address_refused(ipaddress.ip_address(address), allow_private=False)


def test_F2_threat_ssrf_one_private_address_among_public_refuses_the_host() -> None:
    assert refused_addresses(["8.8.8.8", "10.0.0.1"], allow_private=False) == "webhook_address_refused"
    assert refused_addresses([], allow_private=False) == "webhook_unresolvable"
    assert refused_addresses(["8.8.8.8"], allow_private=False) is None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://example.org/hook", None),
        ("http://example.org:8080/h?x=1", None),
        ("ftp://example.org/", "webhook_scheme"),
        ("file:///etc/passwd", "webhook_scheme"),
        ("javascript:alert(1)", "webhook_scheme"),
        ("https://user:pw@example.org/", "webhook_url"),
        ("https:///nohost", "webhook_url"),
        ("http://example.org:99999/", "webhook_url"),
    ],
)
def test_F2_target_url(url: str, reason: str | None) -> None:
    assert check_url(url) == reason


def test_F2_secret_format() -> None:
    assert check_secret(new_secret(b"k" * 32)) is None
    assert check_secret("whsec_" + "A" * 8) == "webhook_secret"  # too short
    assert check_secret("secret") == "webhook_secret"
    assert check_secret("whsec_!!!") == "webhook_secret"


def test_F2_event_types() -> None:
    assert check_event_types(["nomination.approved"]) is None
    assert check_event_types([]) == "blank"
    assert check_event_types(["nomination.eaten"]) == "unknown_event_type"


def test_F2_backoff_doubles_up_to_the_cap() -> None:
    delays = [retry_delay(n, base_seconds=30, max_seconds=3600) for n in range(1, 10)]
    assert delays[:4] == [30, 60, 120, 240]
    assert delays[-1] == 3600
    assert retry_delay(10_000, base_seconds=30, max_seconds=3600) == 3600


def test_F2_paused_after_failing_for_24_hours() -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    day = 24 * 3600.0
    assert not pause_due(None, start, pause_after_seconds=day)
    assert not pause_due(start, start + dt.timedelta(hours=23, minutes=59), pause_after_seconds=day)
    assert pause_due(start, start + dt.timedelta(hours=24), pause_after_seconds=day)
