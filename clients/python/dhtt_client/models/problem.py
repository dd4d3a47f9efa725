from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.problem_code import ProblemCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details. Beside ``detail`` (the facts in words), a problem carries its facts
    as members: each optional, present only for the codes its description names.

        Attributes:
            code (ProblemCode): The rule's error code (SPEC §4) or a generic one
            detail (str): What happened, with its facts, in the caller's language (vi or en)
            status (int): The HTTP status
            title (str): A short summary of the kind of problem, in the caller's language
            type_ (str): A URI naming the kind of problem
            action (str | Unset): transition_not_allowed: the refused action
            add_exemplary (int | Unset): composition_ratio_violated: exemplary delegates to add (absent when no number would
                do)
            adding (int | Unset): delegate_cap_exceeded: delegates the refused write would add (0 when the list itself is
                over)
            allocated (int | Unset): allocation_exceeded: seats allocated to the unit (A10)
            cap (int | Unset): delegate_cap_exceeded: the list's cap (A1, A2)
            capacity (int | Unset): allocation_exceeds_capacity: the district conference's exemplary seats
            count (int | Unset): delegate_cap_exceeded: delegates on the list that count toward the cap
            deadline (datetime.date | Unset): conference_date_out_of_window: last day of the window (C4)
            designated (int | Unset): allocation_exceeded: delegates the unit has designated
            district_held_on (datetime.date | Unset): conference_order_violated: the district conference's date (C6)
            error (None | str | Unset): OAuth2 error (token endpoint only)
            error_count (int | None | Unset): How many field errors there are in all
            errors (list[FieldError] | None | Unset): The first 100 field errors
            exemplary (int | Unset): composition_ratio_violated: exemplary delegates among them (A5)
            expected (list[str] | Unset): agenda_invalid: the mandatory item keys in order (C8)
            honour (str | Unset): reward_amount_missing: the honour the plan sets no reward for (B2)
            instance (None | str | Unset): The request's path
            latest_grassroots (datetime.date | Unset): conference_order_violated: the latest grassroots conference (C6)
            limit (int | Unset): payload_too_large: the operation's body limit in bytes
            max_rows (int | Unset): payload_too_large (import_rows): the most rows one import takes
            maximum (int | Unset): invalid_unit (U2): the largest headcount accepted
            missing (list[str] | Unset): report_incomplete: outline keys of the required sections left blank (S2);
                agenda_invalid: item keys missing
            nominee_kind (str | Unset): reward_amount_missing: the nominee kind the plan sets no reward for (B2)
            opens (datetime.date | Unset): conference_date_out_of_window: first day of the window (C4)
            others (int | Unset): composition_ratio_violated: guests and leaders among them
            over (int | Unset): delegate_cap_exceeded: delegates above the cap to remove (the list itself is over)
            party_congress_date (datetime.date | Unset): conference_after_party_congress: the unit's Party congress (C5)
            remove_others (int | Unset): composition_ratio_violated: guests or leaders to remove
            request_id (None | str | Unset): The request's id (X-Request-ID), to quote to support
            retry_after (int | Unset): rate_limited: seconds to wait (also the Retry-After header)
            room (int | Unset): delegate_cap_exceeded: places left under the cap
            rule (None | str | Unset): The rule ID, e.g. U1
            share_percent (int | Unset): composition_ratio_violated: the plan's minimum exemplary share, in percent
            state (str | Unset): transition_not_allowed: the current state; nomination_not_approved, already_awarded: the
                nomination's (D1)
            total (int | Unset): composition_ratio_violated: delegates counted toward A4; allocation_exceeds_capacity: seats
                allocated in all
    """

    code: ProblemCode
    detail: str
    status: int
    title: str
    type_: str
    action: str | Unset = UNSET
    add_exemplary: int | Unset = UNSET
    adding: int | Unset = UNSET
    allocated: int | Unset = UNSET
    cap: int | Unset = UNSET
    capacity: int | Unset = UNSET
    count: int | Unset = UNSET
    deadline: datetime.date | Unset = UNSET
    designated: int | Unset = UNSET
    district_held_on: datetime.date | Unset = UNSET
    error: None | str | Unset = UNSET
    error_count: int | None | Unset = UNSET
    errors: list[FieldError] | None | Unset = UNSET
    exemplary: int | Unset = UNSET
    expected: list[str] | Unset = UNSET
    honour: str | Unset = UNSET
    instance: None | str | Unset = UNSET
    latest_grassroots: datetime.date | Unset = UNSET
    limit: int | Unset = UNSET
    max_rows: int | Unset = UNSET
    maximum: int | Unset = UNSET
    missing: list[str] | Unset = UNSET
    nominee_kind: str | Unset = UNSET
    opens: datetime.date | Unset = UNSET
    others: int | Unset = UNSET
    over: int | Unset = UNSET
    party_congress_date: datetime.date | Unset = UNSET
    remove_others: int | Unset = UNSET
    request_id: None | str | Unset = UNSET
    retry_after: int | Unset = UNSET
    room: int | Unset = UNSET
    rule: None | str | Unset = UNSET
    share_percent: int | Unset = UNSET
    state: str | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        detail = self.detail

        status = self.status

        title = self.title

        type_ = self.type_

        action = self.action

        add_exemplary = self.add_exemplary

        adding = self.adding

        allocated = self.allocated

        cap = self.cap

        capacity = self.capacity

        count = self.count

        deadline: str | Unset = UNSET
        if not isinstance(self.deadline, Unset):
            deadline = self.deadline.isoformat()

        designated = self.designated

        district_held_on: str | Unset = UNSET
        if not isinstance(self.district_held_on, Unset):
            district_held_on = self.district_held_on.isoformat()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_count: int | None | Unset
        if isinstance(self.error_count, Unset):
            error_count = UNSET
        else:
            error_count = self.error_count

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        exemplary = self.exemplary

        expected: list[str] | Unset = UNSET
        if not isinstance(self.expected, Unset):
            expected = self.expected

        honour = self.honour

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        latest_grassroots: str | Unset = UNSET
        if not isinstance(self.latest_grassroots, Unset):
            latest_grassroots = self.latest_grassroots.isoformat()

        limit = self.limit

        max_rows = self.max_rows

        maximum = self.maximum

        missing: list[str] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = self.missing

        nominee_kind = self.nominee_kind

        opens: str | Unset = UNSET
        if not isinstance(self.opens, Unset):
            opens = self.opens.isoformat()

        others = self.others

        over = self.over

        party_congress_date: str | Unset = UNSET
        if not isinstance(self.party_congress_date, Unset):
            party_congress_date = self.party_congress_date.isoformat()

        remove_others = self.remove_others

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        retry_after = self.retry_after

        room = self.room

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        else:
            rule = self.rule

        share_percent = self.share_percent

        state = self.state

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "status": status,
                "title": title,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if add_exemplary is not UNSET:
            field_dict["add_exemplary"] = add_exemplary
        if adding is not UNSET:
            field_dict["adding"] = adding
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if cap is not UNSET:
            field_dict["cap"] = cap
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if count is not UNSET:
            field_dict["count"] = count
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if designated is not UNSET:
            field_dict["designated"] = designated
        if district_held_on is not UNSET:
            field_dict["district_held_on"] = district_held_on
        if error is not UNSET:
            field_dict["error"] = error
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if exemplary is not UNSET:
            field_dict["exemplary"] = exemplary
        if expected is not UNSET:
            field_dict["expected"] = expected
        if honour is not UNSET:
            field_dict["honour"] = honour
        if instance is not UNSET:
            field_dict["instance"] = instance
        if latest_grassroots is not UNSET:
            field_dict["latest_grassroots"] = latest_grassroots
        if limit is not UNSET:
            field_dict["limit"] = limit
        if max_rows is not UNSET:
            field_dict["max_rows"] = max_rows
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if missing is not UNSET:
            field_dict["missing"] = missing
        if nominee_kind is not UNSET:
            field_dict["nominee_kind"] = nominee_kind
        if opens is not UNSET:
            field_dict["opens"] = opens
        if others is not UNSET:
            field_dict["others"] = others
        if over is not UNSET:
            field_dict["over"] = over
        if party_congress_date is not UNSET:
            field_dict["party_congress_date"] = party_congress_date
        if remove_others is not UNSET:
            field_dict["remove_others"] = remove_others
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if room is not UNSET:
            field_dict["room"] = room
        if rule is not UNSET:
            field_dict["rule"] = rule
        if share_percent is not UNSET:
            field_dict["share_percent"] = share_percent
        if state is not UNSET:
            field_dict["state"] = state
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        code = ProblemCode(d.pop("code"))

        detail = d.pop("detail")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        action = d.pop("action", UNSET)

        add_exemplary = d.pop("add_exemplary", UNSET)

        adding = d.pop("adding", UNSET)

        allocated = d.pop("allocated", UNSET)

        cap = d.pop("cap", UNSET)

        capacity = d.pop("capacity", UNSET)

        count = d.pop("count", UNSET)

        _deadline = d.pop("deadline", UNSET)
        deadline: datetime.date | Unset
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = datetime.date.fromisoformat(_deadline)

        designated = d.pop("designated", UNSET)

        _district_held_on = d.pop("district_held_on", UNSET)
        district_held_on: datetime.date | Unset
        if isinstance(_district_held_on, Unset):
            district_held_on = UNSET
        else:
            district_held_on = datetime.date.fromisoformat(_district_held_on)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_count = _parse_error_count(d.pop("error_count", UNSET))

        def _parse_errors(data: object) -> list[FieldError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = FieldError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        exemplary = d.pop("exemplary", UNSET)

        expected = cast(list[str], d.pop("expected", UNSET))

        honour = d.pop("honour", UNSET)

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        _latest_grassroots = d.pop("latest_grassroots", UNSET)
        latest_grassroots: datetime.date | Unset
        if isinstance(_latest_grassroots, Unset):
            latest_grassroots = UNSET
        else:
            latest_grassroots = datetime.date.fromisoformat(_latest_grassroots)

        limit = d.pop("limit", UNSET)

        max_rows = d.pop("max_rows", UNSET)

        maximum = d.pop("maximum", UNSET)

        missing = cast(list[str], d.pop("missing", UNSET))

        nominee_kind = d.pop("nominee_kind", UNSET)

        _opens = d.pop("opens", UNSET)
        opens: datetime.date | Unset
        if isinstance(_opens, Unset):
            opens = UNSET
        else:
            opens = datetime.date.fromisoformat(_opens)

        others = d.pop("others", UNSET)

        over = d.pop("over", UNSET)

        _party_congress_date = d.pop("party_congress_date", UNSET)
        party_congress_date: datetime.date | Unset
        if isinstance(_party_congress_date, Unset):
            party_congress_date = UNSET
        else:
            party_congress_date = datetime.date.fromisoformat(_party_congress_date)

        remove_others = d.pop("remove_others", UNSET)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        retry_after = d.pop("retry_after", UNSET)

        room = d.pop("room", UNSET)

        def _parse_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        share_percent = d.pop("share_percent", UNSET)

        state = d.pop("state", UNSET)

        total = d.pop("total", UNSET)

        problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            action=action,
            add_exemplary=add_exemplary,
            adding=adding,
            allocated=allocated,
            cap=cap,
            capacity=capacity,
            count=count,
            deadline=deadline,
            designated=designated,
            district_held_on=district_held_on,
            error=error,
            error_count=error_count,
            errors=errors,
            exemplary=exemplary,
            expected=expected,
            honour=honour,
            instance=instance,
            latest_grassroots=latest_grassroots,
            limit=limit,
            max_rows=max_rows,
            maximum=maximum,
            missing=missing,
            nominee_kind=nominee_kind,
            opens=opens,
            others=others,
            over=over,
            party_congress_date=party_congress_date,
            remove_others=remove_others,
            request_id=request_id,
            retry_after=retry_after,
            room=room,
            rule=rule,
            share_percent=share_percent,
            state=state,
            total=total,
        )

        problem.additional_properties = d
        return problem

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
