from enum import StrEnum


class ConferencePublicListState(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"

    def __str__(self) -> str:
        return str(self.value)
