from enum import StrEnum


class DeletedEntity(StrEnum):
    ATTACHMENT = "attachment"
    CONFERENCE = "conference"
    DELEGATE = "delegate"
    EMULATION_BLOCK = "emulation_block"

    def __str__(self) -> str:
        return str(self.value)
