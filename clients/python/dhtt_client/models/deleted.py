from enum import StrEnum


class Deleted(StrEnum):
    ATTACHMENT = "attachment"
    CONFERENCE = "conference"
    DELEGATE = "delegate"
    EMULATION_BLOCK = "emulation_block"

    def __str__(self) -> str:
        return str(self.value)
