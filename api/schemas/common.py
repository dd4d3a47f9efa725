"""Shapes shared by every resource: normalized text (Q1), pages, problems."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Generic, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    PrivateAttr,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from api.domain.text import normalize_text, validate_national_id, validate_phone
from api.problems import CATALOGUE, FACT_MEMBERS

T = TypeVar("T")


def _q1(value: Any) -> Any:
    return normalize_text(value) if isinstance(value, str) else value


def _q1_multiline(value: Any) -> Any:
    return normalize_text(value, multiline=True) if isinstance(value, str) else value


def _not_blank(value: str) -> str:
    if not value:
        raise ValueError("blank")
    return value


# Q1 — every text field is trimmed and NFC-normalized before anything else reads it. It may not
# be blank: the contract says minLength 1 (the check itself, after trimming, answers "blank").
Text = Annotated[str, BeforeValidator(_q1), AfterValidator(_not_blank), Field(json_schema_extra={"minLength": 1})]
ShortName = Annotated[Text, StringConstraints(max_length=64)]  # codes, keys, an ethnicity
Code = ShortName
Name = Annotated[Text, StringConstraints(max_length=255)]
ShortText = Annotated[Text, StringConstraints(max_length=500)]
LongText = Annotated[Text, StringConstraints(max_length=2000)]
# Q1 for long bodies: NFC, trimmed, line breaks kept; may be empty.
Multiline = Annotated[str, BeforeValidator(_q1_multiline)]
# Q1 for query strings (search terms, filters): refused control characters, NFC.
QueryText = Annotated[str, BeforeValidator(_q1)]
NationalId = Annotated[str, AfterValidator(validate_national_id), StringConstraints(max_length=12)]
Phone = Annotated[str, AfterValidator(validate_phone), StringConstraints(max_length=20)]


def _utc_z(value: dt.datetime) -> str:
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


# An instant in an answer: ISO 8601 in UTC with ``Z``, whatever offset it was written with
# (docs/CONTRACT.md, "Times"); the hot reads write the same (orjson's OPT_UTC_Z).
Instant = Annotated[
    dt.datetime,
    PlainSerializer(_utc_z, return_type=str, when_used="json"),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, ending in Z",
            "examples": ["2026-12-03T02:15:00.123456Z"],
        },
        mode="serialization",
    ),
]
# A local time of day on an agenda: ``HH:MM`` (24 hours, no seconds, no offset).
LocalTime = Annotated[
    str,
    StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$"),
    Field(description="HH:MM, local time (Asia/Ho_Chi_Minh), no offset", examples=["07:30"]),
]


def to_local_time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def from_local_time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def describe_from(schema: JsonSchemaValue, source: type[BaseModel] | None) -> None:
    """A request body's field means what the resource's field of the same name means: a property
    the body does not describe itself takes the description written on ``source``'s field."""
    if source is None:
        return
    for name, prop in schema.get("properties", {}).items():
        field = source.model_fields.get(name)
        if field is not None and field.description and "description" not in prop:
            prop["description"] = field.description


class Model(BaseModel):
    """Request bodies refuse unknown fields, so a typo is an error rather than silently lost."""

    model_config = ConfigDict(extra="forbid")
    # The resource this body creates or changes: its fields' descriptions describe this body's.
    described_by: ClassVar[type[BaseModel] | None] = None

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        schema = handler(core_schema)
        describe_from(handler.resolve_ref_schema(schema), cls.described_by)
        return schema


READ_ONLY = "Read-only: accepted when it equals what the service holds (send back what GET gave), refused otherwise"


class Update(Model):
    """A body that can be the resource's GET answer sent back as it is: the answer's fields that
    this body does not set (``public_schema``'s other fields: ids, times, computed values, labels)
    are accepted and kept in ``read_only`` for the service to check that they are unchanged
    (``api.domain.shapes.check_unchanged``). Any other unknown field is still refused."""

    public_schema: ClassVar[type[BaseModel] | None] = None
    _read_only: dict[str, Any] = PrivateAttr(default_factory=dict)

    @classmethod
    def read_only_names(cls) -> list[str]:
        if cls.public_schema is None:
            return []
        return [n for n in cls.public_schema.model_fields if n not in cls.model_fields]

    @property
    def read_only(self) -> dict[str, Any]:
        return self._read_only

    @model_validator(mode="wrap")
    @classmethod
    def _keep_read_only(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if not isinstance(data, dict):
            return handler(data)
        owned = set(cls.read_only_names())
        kept = {k: v for k, v in data.items() if k in owned}
        model = handler({k: v for k, v in data.items() if k not in owned})
        if isinstance(model, Update):
            model._read_only = kept
        return model

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        describe_from(target, cls.described_by or cls.public_schema)
        for name in cls.read_only_names():
            target.setdefault("properties", {})[name] = {"readOnly": True, "description": READ_ONLY}
        return schema


class Page(BaseModel, Generic[T]):
    """One page of a list, in the list's stable order; follow ``next_cursor`` for the next."""

    items: list[T] = Field(description="This page's items (at most `limit`)")
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last")

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        """A page's example: its item's first example, on the last page."""
        schema = handler(core_schema)
        (item,) = get_args(cls.model_fields["items"].annotation) or (None,)
        extra = getattr(item, "model_config", {}).get("json_schema_extra")
        if isinstance(extra, dict) and isinstance(extra.get("examples"), list) and extra["examples"]:
            target = handler.resolve_ref_schema(schema)
            target["examples"] = [{"items": [extra["examples"][0]], "next_cursor": None}]
        return schema


class FieldError(BaseModel):
    field: str = Field(description="Where: a body path (e.g. `rows.3.birth_date`), a query parameter or `body`")
    code: str = Field(description="The problem code of this field's error")
    message: str = Field(description="What is wrong, in the caller's language (Accept-Language: vi or en)")
    row: int | None = Field(default=None, description="Import: the spreadsheet's row number (header row = 1)")
    column: str | None = Field(
        default=None, description="Import: the sheet's Vietnamese column header, e.g. `Ngày sinh`"
    )
    rule: str | None = Field(default=None, description="The rule ID this field breaks, e.g. Q2")


def _problem_members(schema: dict[str, Any]) -> None:
    """The contract's Problem: ``code`` is one of the codes the service emits (the one registry,
    ``api.problems.CATALOGUE``), and each fact a problem carries is an optional, typed member."""
    properties = schema["properties"]
    properties["code"]["enum"] = list(CATALOGUE)
    for name, (member, description) in FACT_MEMBERS.items():
        properties[name] = {**member, "description": description}


class ProblemSchema(BaseModel):
    """RFC 9457 problem details. Beside ``detail`` (the facts in words), a problem carries its facts
    as members: each optional, present only for the codes its description names."""

    model_config = ConfigDict(title="Problem", json_schema_extra=_problem_members)

    type: str = Field(description="A URI naming the kind of problem")
    title: str = Field(description="A short summary of the kind of problem, in the caller's language")
    status: int = Field(description="The HTTP status")
    detail: str = Field(description="What happened, with its facts, in the caller's language (vi or en)")
    code: str = Field(description="The rule's error code (SPEC §4) or a generic one")
    rule: str | None = Field(default=None, description="The rule ID, e.g. U1")
    errors: list[FieldError] | None = Field(default=None, description="The first 100 field errors")
    error_count: int | None = Field(default=None, description="How many field errors there are in all")
    instance: str | None = Field(default=None, description="The request's path")
    request_id: str | None = Field(default=None, description="The request's id (X-Request-ID), to quote to support")
    error: str | None = Field(default=None, description="OAuth2 error (token endpoint only)")
