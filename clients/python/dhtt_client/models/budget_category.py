from enum import StrEnum


class BudgetCategory(StrEnum):
    COMMUNICATION = "communication"
    DOCUMENTS = "documents"
    OTHER = "other"
    PERFORMANCE = "performance"
    REWARDS = "rewards"
    VENUE = "venue"

    def __str__(self) -> str:
        return str(self.value)
