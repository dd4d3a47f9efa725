from enum import StrEnum


class ListState(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"

    def __str__(self) -> str:
        return str(self.value)
