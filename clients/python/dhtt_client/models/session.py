from enum import StrEnum


class Session(StrEnum):
    AFTERNOON = "afternoon"
    MORNING = "morning"

    def __str__(self) -> str:
        return str(self.value)
