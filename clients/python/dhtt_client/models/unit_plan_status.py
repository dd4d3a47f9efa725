from enum import StrEnum


class UnitPlanStatus(StrEnum):
    LATE = "late"
    MISSING = "missing"
    ON_TIME = "on_time"

    def __str__(self) -> str:
        return str(self.value)
