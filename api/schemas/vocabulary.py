"""GET /vocabulary: every enum value's Vietnamese and English label."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Label(BaseModel):
    value: str = Field(description="The value as the API sends and takes it")
    vi: str = Field(description="Vietnamese label (the plan's wording, the spreadsheets' word)")
    en: str = Field(description="English label")


class VocabularyEnum(BaseModel):
    name: str = Field(description="The enum's schema name in the contract, e.g. NominationState")
    vi: str = Field(description="What the values are, in Vietnamese")
    en: str = Field(description="What the values are, in English")
    values: list[Label] = Field(description="Every value, in the order the service knows them")


class Vocabulary(BaseModel):
    enums: list[VocabularyEnum] = Field(description="Every enum of the contract, and a few lists of fixed keys")
