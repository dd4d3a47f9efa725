"""S1–S6 and N3/N5 rules without a database."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from api.domain.access import check_independent_review
from api.domain.errors import DomainError
from api.domain.nominations import NomineeKind, leader_worker_ratio, nominee_key
from api.domain.nominations import State as NState
from api.domain.nominations import transition as ntransition
from api.domain.submissions import (
    Kind,
    State,
    changed_after_due,
    check_presentations,
    check_programme_appraised,
    check_programme_decider,
    check_programme_unit,
    check_report_complete,
    missing_sections,
    on_time,
    percent,
    programme_status,
    received_on_change,
    sniff,
    state_after_conference_change,
    state_after_edit,
    transition,
    version_frozen,
)

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
DUE = dt.date(2024, 11, 10)


def test_S1_2359_on_9_november_is_on_time_and_0000_on_10_november_is_late() -> None:
    assert on_time(dt.datetime(2024, 11, 9, 23, 59, tzinfo=HCM), DUE)
    assert not on_time(dt.datetime(2024, 11, 10, 0, 0, tzinfo=HCM), DUE)
    # the same instants in UTC
    assert on_time(dt.datetime(2024, 11, 9, 16, 59, 59, tzinfo=dt.UTC), DUE)
    assert not on_time(dt.datetime(2024, 11, 9, 17, 0, tzinfo=dt.UTC), DUE)


def test_S2_submitting_needs_every_required_section() -> None:
    sections = {k: "nội dung" for k in ("p1.I", "p1.II", "p1.III.1")}
    missing = missing_sections(sections)
    assert missing[0] == "p1.III.2"
    assert "p3" not in missing  # recommendations are optional
    with pytest.raises(DomainError) as err:
        check_report_complete(sections | {"p1.III.2": "   "})
    assert (err.value.code, err.value.rule) == ("report_incomplete", "S2")
    assert "p1.III.2" in err.value.facts["missing"]


def test_S2_percentages_are_computed() -> None:
    assert percent(2, 3) == "66.7"
    assert percent(0, 0) == "0.0"


def test_S3_approved_presentation_goes_back_to_review_when_edited() -> None:
    assert state_after_edit(Kind.PRESENTATION, State.APPROVED) is State.SUBMITTED
    assert state_after_edit(Kind.PRESENTATION, State.DRAFT) is State.DRAFT
    with pytest.raises(DomainError) as err:
        check_presentations(["p2"], {"p1"})
    assert (err.value.code, err.value.rule) == ("presentation_not_approved", "S3")


def test_S3_transitions_and_self_review() -> None:
    assert transition(Kind.PRESENTATION, "submit", State.DRAFT, actor_id="u1", participants={"u1"}) is State.SUBMITTED
    with pytest.raises(DomainError) as err:
        transition(Kind.PRESENTATION, "approve", State.SUBMITTED, actor_id="u1", participants={"u1"})
    assert err.value.code == "self_review_forbidden"
    with pytest.raises(DomainError):
        transition(Kind.UNIT_PLAN, "approve", State.SUBMITTED, actor_id="u2", participants={"u1"})


def test_S4_a_compilation_never_changes() -> None:
    with pytest.raises(DomainError) as err:
        state_after_edit(Kind.DISTRICT_COMPILATION, State.FINAL)
    assert err.value.rule == "S4"


def test_S6_type_from_content_not_name() -> None:
    assert sniff(b"%PDF-1.7\n") == "application/pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff(b"MZ\x90\x00\x03\x00\x00\x00") is None  # a Windows executable, whatever its name
    assert sniff(b"\x7fELF\x02\x01\x01") is None
    docx = ["[Content_Types].xml", "word/document.xml"]
    assert sniff(b"PK\x03\x04", docx).endswith("wordprocessingml.document")  # type: ignore[union-attr]
    assert sniff(b"PK\x03\x04", ["word/document.xml"]) is None  # no [Content_Types].xml: not OOXML
    assert sniff(b"PK\x03\x04", [*docx, "word/payload.exe"]) is None
    assert sniff(b"PK\x03\x04", ["payload.exe"]) is None


def test_N3_transitions_reasons_and_self_review() -> None:
    assert ntransition("submit", NState.DRAFT, actor_id="u1", participants={"u1"}, reason=None) is NState.SUBMITTED
    with pytest.raises(DomainError) as no_reason:
        ntransition("reject", NState.SUBMITTED, actor_id="u2", participants={"u1"}, reason=" ")
    assert (no_reason.value.code, no_reason.value.field) == ("validation_error", "reason")
    with pytest.raises(DomainError) as own:
        ntransition("approve", NState.SUBMITTED, actor_id="u1", participants={"u1"}, reason=None)
    assert own.value.code == "self_review_forbidden"
    with pytest.raises(DomainError) as bad:
        ntransition("withdraw", NState.APPROVED, actor_id="u2", participants={"u1"}, reason=None)
    assert bad.value.code == "transition_not_allowed"


def test_N4_nominee_identity() -> None:
    assert nominee_key(NomineeKind.INDIVIDUAL, "A", "042080000777", None) == "id:042080000777"
    assert nominee_key(NomineeKind.INDIVIDUAL, "Lê Thị Dung", None, "1980-01-01") == nominee_key(
        NomineeKind.INDIVIDUAL, "le thi  dung", None, "1980-01-01"
    )
    assert nominee_key(NomineeKind.COLLECTIVE, "Hội Phụ nữ", None, None) == "c:hoi phu nu"


def test_N5_leader_worker_ratio_is_reduced() -> None:
    assert leader_worker_ratio(2, 4) == "1:2"
    assert leader_worker_ratio(0, 3) == "0:1"
    assert leader_worker_ratio(0, 0) == "0:0"


def test_X3_nobody_who_took_part_decides() -> None:
    check_independent_review("reviewer-2", {"reviewer-1", "officer"})
    for who in ("reviewer-1", "officer"):
        with pytest.raises(DomainError) as err:
            check_independent_review(who, {"reviewer-1", "officer"})
        assert (err.value.code, err.value.rule) == ("self_review_forbidden", "X3")
    with pytest.raises(DomainError):  # an editor of a returned nomination, not its submitter
        ntransition("approve", NState.SUBMITTED, actor_id="editor", participants={"author", "editor"}, reason=None)


def test_S1_changed_after_due_keeps_on_time_from_the_first_receipt() -> None:
    first = dt.datetime(2024, 11, 5, 9, 0, tzinfo=HCM)
    later = dt.datetime(2024, 11, 12, 9, 0, tzinfo=HCM)
    assert on_time(first, DUE)
    assert changed_after_due(first, later, DUE)
    assert not changed_after_due(first, first, DUE)  # never changed
    assert not changed_after_due(first, dt.datetime(2024, 11, 9, 23, 0, tzinfo=HCM), DUE)  # changed in time
    assert not changed_after_due(later, later, DUE)  # late, but not changed
    assert not changed_after_due(None, None, DUE)


def test_S5_received_versions_are_frozen() -> None:
    assert version_frozen(dt.datetime(2024, 11, 5, tzinfo=HCM))
    assert not version_frozen(None)
    assert received_on_change(state_after_edit(Kind.UNIT_PLAN, State.SUBMITTED))
    assert received_on_change(state_after_edit(Kind.PRESENTATION, State.APPROVED))
    assert not received_on_change(state_after_edit(Kind.SUMMARY_REPORT, State.CHANGES_REQUESTED))
    assert not received_on_change(state_after_edit(Kind.UNIT_PLAN, State.DRAFT))


# --- P1 -----------------------------------------------------------------------------------------


def test_P1_programme_status_by_state_and_pilot() -> None:
    assert programme_status(False, None) is None  # not applicable to a non-pilot conference
    assert programme_status(False, State.SUBMITTED) is None
    for state in (None, State.DRAFT, State.SUBMITTED, State.CHANGES_REQUESTED):
        assert programme_status(True, state) == "error"
        with pytest.raises(DomainError) as e:
            check_programme_appraised(True, state)
        assert (e.value.code, e.value.rule) == ("programme_not_appraised", "P1")
    assert programme_status(True, State.APPROVED) == "ok"
    check_programme_appraised(True, State.APPROVED)
    check_programme_appraised(False, None)


def test_P1_programme_transitions_and_changes() -> None:
    assert transition(Kind.PROGRAMME, "submit", State.DRAFT, actor_id="a", participants={"a"}) is State.SUBMITTED
    assert transition(Kind.PROGRAMME, "approve", State.SUBMITTED, actor_id="d", participants={"a"}) is State.APPROVED
    with pytest.raises(DomainError) as e:
        transition(Kind.PROGRAMME, "approve", State.DRAFT, actor_id="d", participants={"a"})
    assert (e.value.code, e.value.rule) == ("transition_not_allowed", "P1")
    with pytest.raises(DomainError):
        transition(Kind.PROGRAMME, "approve", State.SUBMITTED, actor_id="a", participants={"a"})  # X3
    assert state_after_edit(Kind.PROGRAMME, State.APPROVED) is State.SUBMITTED
    assert state_after_conference_change(State.APPROVED) is State.SUBMITTED
    assert state_after_conference_change(State.SUBMITTED) is State.SUBMITTED
    assert state_after_conference_change(State.DRAFT) is None
    assert state_after_conference_change(State.CHANGES_REQUESTED) is None
    with pytest.raises(DomainError) as e:
        check_programme_unit(False)
    assert (e.value.code, e.value.rule, e.value.field) == ("validation_error", "P1", "conference_id")
    check_programme_unit(True)
    with pytest.raises(DomainError) as e:
        check_programme_decider(Kind.PROGRAMME, False)
    assert (e.value.code, e.value.rule) == ("forbidden", "P1")
    check_programme_decider(Kind.PROGRAMME, True)
    check_programme_decider(Kind.PRESENTATION, False)
