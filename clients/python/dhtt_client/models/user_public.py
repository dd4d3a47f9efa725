from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

T = TypeVar("T", bound="UserPublic")


@_attrs_define
class UserPublic:
    """An account (tài khoản); its password is never shown.

    Attributes:
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        full_name (str): The person's full name (họ và tên)
        id (UUID): The account's id
        is_active (bool): False: the account can no longer sign in
        role (Role): X1 — vai trò: what an account may do.
        scopes (list[str]): X1 — integration clients: read and/or write
        unit_id (None | UUID): X2 — the unit whose records it reads and writes
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
        username (str): The sign-in name (tên đăng nhập): lower case letters, digits, . _ -
    """

    created_at: datetime.datetime
    full_name: str
    id: UUID
    is_active: bool
    role: Role
    scopes: list[str]
    unit_id: None | UUID
    updated_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        full_name = self.full_name

        id = str(self.id)

        is_active = self.is_active

        role = self.role.value

        scopes = self.scopes

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        updated_at = self.updated_at.isoformat()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "full_name": full_name,
                "id": id,
                "is_active": is_active,
                "role": role,
                "scopes": scopes,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        role = Role(d.pop("role"))

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        username = d.pop("username")

        user_public = cls(
            created_at=created_at,
            full_name=full_name,
            id=id,
            is_active=is_active,
            role=role,
            scopes=scopes,
            unit_id=unit_id,
            updated_at=updated_at,
            username=username,
        )

        user_public.additional_properties = d
        return user_public

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
