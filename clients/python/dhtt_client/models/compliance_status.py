from enum import StrEnum


class ComplianceStatus(StrEnum):
    ERROR = "error"
    OK = "ok"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
