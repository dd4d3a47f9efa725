from enum import StrEnum


class CommendationLevel(StrEnum):
    DISTRICT = "district"
    GRASSROOTS = "grassroots"
    PROVINCE = "province"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
