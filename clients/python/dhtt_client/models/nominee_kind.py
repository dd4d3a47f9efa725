from enum import StrEnum


class NomineeKind(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
