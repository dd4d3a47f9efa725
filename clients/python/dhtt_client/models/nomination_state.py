from enum import StrEnum


class NominationState(StrEnum):
    APPROVED = "approved"
    AWARDED = "awarded"
    DRAFT = "draft"
    REJECTED = "rejected"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
