from enum import StrEnum


class MovementKind(StrEnum):
    MOVEMENT = "movement"
    SPECIAL_DRIVE = "special_drive"

    def __str__(self) -> str:
        return str(self.value)
