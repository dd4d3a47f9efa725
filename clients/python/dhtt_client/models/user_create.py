from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """A new account (X1): a person with a role and a unit, or an integration client with scopes.

    Attributes:
        full_name (str): The person's full name (họ và tên)
        password (str): At least 10 characters, letters and digits
        role (Role): X1 — vai trò: what an account may do.
        username (str): The sign-in name (tên đăng nhập): lower case letters, digits, . _ -
        scopes (list[Scope] | Unset): Integration clients only
        unit_id (None | Unset | UUID): X2 — the unit whose records it reads and writes
    """

    full_name: str
    password: str
    role: Role
    username: str
    scopes: list[Scope] | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        password = self.password

        role = self.role.value

        username = self.username

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "password": password,
                "role": role,
                "username": username,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        password = d.pop("password")

        role = Role(d.pop("role"))

        username = d.pop("username")

        _scopes = d.pop("scopes", UNSET)
        scopes: list[Scope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = Scope(scopes_item_data)

                scopes.append(scopes_item)

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        user_create = cls(
            full_name=full_name,
            password=password,
            role=role,
            username=username,
            scopes=scopes,
            unit_id=unit_id,
        )

        return user_create
