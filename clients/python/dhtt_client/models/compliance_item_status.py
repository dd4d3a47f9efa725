from enum import StrEnum


class ComplianceItemStatus(StrEnum):
    ERROR = "error"
    OK = "ok"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
