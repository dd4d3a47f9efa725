from enum import StrEnum


class AgendaItemKind(StrEnum):
    CONDITIONAL = "conditional"
    EXTRA = "extra"
    MANDATORY = "mandatory"

    def __str__(self) -> str:
        return str(self.value)
