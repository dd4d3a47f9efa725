"""Shapes shared by every resource: normalized text (Q1), pages, problems."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

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


# Q1 — every text field is trimmed and NFC-normalized before anything else reads it.
Text = Annotated[str, BeforeValidator(_q1), AfterValidator(_not_blank)]
Name = Annotated[Text, StringConstraints(max_length=255)]
ShortText = Annotated[Text, StringConstraints(max_length=500)]
LongText = Annotated[Text, StringConstraints(max_length=2000)]
# Q1 for long bodies: NFC, trimmed, line breaks kept; may be empty.
Multiline = Annotated[str, BeforeValidator(_q1_multiline)]
# Q1 for query strings (search terms, filters): refused control characters, NFC.
QueryText = Annotated[str, BeforeValidator(_q1)]
NationalId = Annotated[str, AfterValidator(validate_national_id), StringConstraints(max_length=12)]
Phone = Annotated[str, AfterValidator(validate_phone), StringConstraints(max_length=20)]


class Model(BaseModel):
    """Request bodies refuse unknown fields, so a typo is an error rather than silently lost."""

    model_config = ConfigDict(extra="forbid")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last")


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

    type: str
    title: str
    status: int
    detail: str
    code: str = Field(description="The rule's error code (SPEC §4) or a generic one")
    rule: str | None = Field(default=None, description="The rule ID, e.g. U1")
    errors: list[FieldError] | None = Field(default=None, description="The first 100 field errors")
    error_count: int | None = Field(default=None, description="How many field errors there are in all")
    instance: str | None = None
    request_id: str | None = None
    error: str | None = Field(default=None, description="OAuth2 error (token endpoint only)")
