from enum import StrEnum


class EconomicSector(StrEnum):
    COLLECTIVE = "collective"
    FOREIGN_INVESTED = "foreign_invested"
    OTHER = "other"
    PRIVATE = "private"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
