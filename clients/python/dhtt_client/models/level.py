from enum import StrEnum


class Level(StrEnum):
    DISTRICT = "district"
    GRASSROOTS = "grassroots"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
