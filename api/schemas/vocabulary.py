"""GET /vocabulary: every enum value's Vietnamese and English label."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Label(BaseModel):
    """One value and its labels."""

    value: str = Field(description="The value as the API sends and takes it")
    vi: str = Field(description="Vietnamese label (the plan's wording, the spreadsheets' word)")
    en: str = Field(description="English label")


class VocabularyEnum(BaseModel):
    """One enum of the contract and the labels of its values."""

    name: str = Field(description="The enum's schema name in the contract, e.g. NominationState")
    vi: str = Field(description="What the values are, in Vietnamese")
    en: str = Field(description="What the values are, in English")
    values: list[Label] = Field(description="Every value, in the order the service knows them")


class Vocabulary(BaseModel):
    """Every enum value's Vietnamese and English label (danh mục)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "enums": [
                        {
                            "name": "Gender",
                            "vi": "Giới tính",
                            "en": "Gender",
                            "values": [
                                {"value": "male", "vi": "Nam", "en": "Male"},
                                {"value": "female", "vi": "Nữ", "en": "Female"},
                            ],
                        }
                    ]
                }
            ]
        }
    )

    enums: list[VocabularyEnum] = Field(description="Every enum of the contract, and a few lists of fixed keys")
