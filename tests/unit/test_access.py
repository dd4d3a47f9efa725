"""X1–X2 — who may read and write what, decided without a database."""

from api.domain.access import (
    Actor,
    Role,
    administers,
    can_read,
    can_see_private,
    check_role_binding,
    granted_scopes,
    password_acceptable,
)

ROOT = Actor(id="1", username="admin", role=Role.DISTRICT_ADMIN)
HK_ADMIN = Actor(id="2", username="hk", role=Role.DISTRICT_ADMIN, unit_id="d1", district_id="d1", unit_is_district=True)
OFFICER = Actor(id="3", username="o", role=Role.UNIT_OFFICER, unit_id="u1", district_id="d1")
REVIEWER = Actor(id="4", username="r", role=Role.COUNCIL_REVIEWER, unit_id="u1", district_id="d1")
VIEWER = Actor(id="5", username="v", role=Role.PROVINCE_VIEWER)
CLIENT_RO = Actor(
    id="6",
    username="c",
    role=Role.INTEGRATION_CLIENT,
    unit_id="d1",
    district_id="d1",
    unit_is_district=True,
    scopes=frozenset({"read"}),
)
CLIENT_NONE = Actor(id="7", username="c2", role=Role.INTEGRATION_CLIENT)


def test_X1_first_admin_administers_every_district_and_a_bound_admin_only_theirs() -> None:
    assert administers(ROOT, "d1")
    assert administers(ROOT, "d2")
    assert administers(HK_ADMIN, "d1")
    assert not administers(HK_ADMIN, "d2")
    for actor in (OFFICER, REVIEWER, VIEWER, CLIENT_RO):
        assert not administers(actor, "d1")


def test_X1_role_bindings() -> None:
    assert check_role_binding(Role.UNIT_OFFICER, None, False) == "unit_required"
    assert check_role_binding(Role.COUNCIL_REVIEWER, "u1", False) is None
    assert check_role_binding(Role.DISTRICT_ADMIN, "u1", False) == "admin_unit_must_be_district"
    assert check_role_binding(Role.DISTRICT_ADMIN, None, False) is None
    assert check_role_binding(Role.PROVINCE_VIEWER, "u1", False) == "viewer_has_no_unit"


def test_X1_integration_client_reads_only_with_read_scope() -> None:
    assert can_read(CLIENT_RO)
    assert not can_read(CLIENT_NONE)
    assert can_read(OFFICER)


def test_X1_client_scopes_are_a_subset_of_what_it_holds() -> None:
    held = frozenset({"read", "write"})
    assert granted_scopes(Role.INTEGRATION_CLIENT, held, frozenset({"read"})) == {"read"}
    assert granted_scopes(Role.INTEGRATION_CLIENT, held, None) == held
    assert granted_scopes(Role.INTEGRATION_CLIENT, frozenset({"read"}), frozenset({"write"})) is None
    assert granted_scopes(Role.UNIT_OFFICER, frozenset(), frozenset({"write"})) == frozenset()


def test_X2_private_records_are_the_units_own() -> None:
    assert can_see_private(OFFICER, "u1", "d1")
    assert not can_see_private(OFFICER, "u2", "d1")
    assert can_see_private(REVIEWER, "u1", "d1")
    assert not can_see_private(REVIEWER, "u2", "d1")
    assert can_see_private(HK_ADMIN, "u2", "d1")
    assert not can_see_private(HK_ADMIN, "u9", "d2")
    assert can_see_private(VIEWER, "u9", "d2")
    assert can_see_private(CLIENT_RO, "u2", "d1")
    assert not can_see_private(CLIENT_RO, "u9", "d2")


def test_password_policy() -> None:
    assert password_acceptable("Hanoi-2025-ok", "officer")
    assert not password_acceptable("short1", "officer")
    assert not password_acceptable("onlyletterslong", "officer")
    assert not password_acceptable("officer12345", "officer")


def test_X3_may_decide_is_the_organizing_units_council_or_its_district_admin() -> None:
    from api.domain.access import may_decide

    unit, other, district = "u-1", "u-2", "d-1"
    reviewer = Actor(id="r", username="r", role=Role.COUNCIL_REVIEWER, unit_id=unit, district_id=district)
    officer = Actor(id="o", username="o", role=Role.UNIT_OFFICER, unit_id=unit, district_id=district)
    admin = Actor(id="a", username="a", role=Role.DISTRICT_ADMIN, unit_id=district, district_id=district)
    first_admin = Actor(id="f", username="f", role=Role.DISTRICT_ADMIN)
    viewer = Actor(id="v", username="v", role=Role.PROVINCE_VIEWER)
    assert may_decide(reviewer, unit, district)
    assert not may_decide(reviewer, other, district)  # another unit's council
    assert not may_decide(officer, unit, district)
    assert may_decide(admin, unit, district)
    assert may_decide(first_admin, unit, district)
    assert not may_decide(admin, unit, "d-2")  # another district's admin
    assert not may_decide(viewer, unit, district)
