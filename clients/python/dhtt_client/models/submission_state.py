from enum import StrEnum


class SubmissionState(StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    DRAFT = "draft"
    FINAL = "final"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
