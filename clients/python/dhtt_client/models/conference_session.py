from enum import StrEnum


class ConferenceSession(StrEnum):
    AFTERNOON = "afternoon"
    MORNING = "morning"

    def __str__(self) -> str:
        return str(self.value)
