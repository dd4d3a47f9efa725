from enum import StrEnum


class Rank(StrEnum):
    LEADER = "leader"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
