"""X1 — the login throttling and token revocation rules (api.domain.login), pure."""

import datetime as dt

from api.domain.login import (
    Limit,
    ThrottleKind,
    ThrottleState,
    after_attempt,
    after_success,
    client_network,
    delay_seconds,
    revokes_tokens,
    token_current,
    wait_seconds,
)

NOW = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)
WINDOW = dt.timedelta(minutes=15)
STRICT = Limit(max_failures=5, base_seconds=15, max_delay_seconds=900)


def test_X1_login_delays_grow_after_the_limit_and_are_capped() -> None:
    assert [delay_seconds(n, STRICT) for n in range(1, 12)] == [0, 0, 0, 0, 15, 30, 60, 120, 240, 480, 900]
    assert delay_seconds(10_000, STRICT) == 900
    assert delay_seconds(60, Limit(50, 15, 10)) == 10  # the account-wide key: a small cap


def test_X1_login_failures_older_than_the_window_are_forgotten() -> None:
    state = ThrottleState(failures=9, last_at=NOW - WINDOW - dt.timedelta(seconds=1))
    assert after_attempt(state, STRICT, NOW, WINDOW).failures == 1
    assert after_attempt(
        ThrottleState(failures=4, last_at=NOW), STRICT, NOW, WINDOW
    ).blocked_until == NOW + dt.timedelta(seconds=15)


def test_X1_a_trusted_address_is_held_only_by_its_own_counter() -> None:
    blocked = ThrottleState(failures=60, last_at=NOW, blocked_until=NOW + dt.timedelta(seconds=8))
    states = {
        ThrottleKind.ACCOUNT_ADDRESS: ThrottleState(),
        ThrottleKind.ACCOUNT: blocked,
        ThrottleKind.ADDRESS: ThrottleState(),
    }
    assert wait_seconds(states, NOW) == 8
    states[ThrottleKind.ACCOUNT_ADDRESS] = ThrottleState(trusted_until=NOW + dt.timedelta(days=1))
    assert wait_seconds(states, NOW) == 0


def test_X1_a_success_takes_back_only_its_own_attempt_from_the_wider_counters() -> None:
    trust = dt.timedelta(days=30)
    pair = after_success(
        ThrottleKind.ACCOUNT_ADDRESS, ThrottleState(failures=3, last_at=NOW), STRICT, NOW, trust, counted=True
    )
    assert pair.failures == 0
    assert pair.trusted_until == NOW + trust
    wide = ThrottleState(failures=7, last_at=NOW)
    assert after_success(ThrottleKind.ADDRESS, wide, STRICT, NOW, trust, counted=True).failures == 6
    assert after_success(ThrottleKind.ACCOUNT, wide, STRICT, NOW, trust, counted=False).failures == 7


def test_X1_revoking_changes_and_current_tokens() -> None:
    for change in ("password", "deactivated", "role", "unit_id"):
        assert revokes_tokens({change})
    assert not revokes_tokens({"full_name", "scopes"})
    assert token_current(3, 3, False)
    assert not token_current(2, 3, False)
    assert not token_current(3, 3, True)


def test_threat_ipv6_guesser_counts_as_one_network() -> None:
    """X1 — addresses of one IPv6 /64 share their counters; IPv4 (mapped or not) counts per address."""
    a, b = client_network("2001:db8:1:2::1"), client_network("2001:db8:1:2:ffff:1:2:3")
    assert a == b == "2001:db8:1:2::/64"
    assert client_network("2001:db8:1:3::1") != a
    assert client_network("203.0.113.7") == client_network("::ffff:203.0.113.7") == "203.0.113.7"
    assert client_network("testclient") == "testclient"
    assert client_network("x" * 300) == "x" * 64
