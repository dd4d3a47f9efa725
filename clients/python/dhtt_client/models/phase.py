from enum import StrEnum


class Phase(StrEnum):
    AFTER = "after"
    BEFORE = "before"
    ON = "on"
    UNSCHEDULED = "unscheduled"

    def __str__(self) -> str:
        return str(self.value)
