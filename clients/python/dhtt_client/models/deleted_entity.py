from enum import StrEnum


class DeletedEntity(StrEnum):
    ATTACHMENT = "attachment"
    COMMUNICATION_ACTIVITY = "communication_activity"
    CONFERENCE = "conference"
    DELEGATE = "delegate"
    EMULATION_BLOCK = "emulation_block"

    def __str__(self) -> str:
        return str(self.value)
