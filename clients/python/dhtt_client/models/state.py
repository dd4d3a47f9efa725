from enum import StrEnum


class State(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    REJECTED = "rejected"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
