from enum import StrEnum


class AgendaItemPublicKind(StrEnum):
    CONDITIONAL = "conditional"
    EXTRA = "extra"
    MANDATORY = "mandatory"

    def __str__(self) -> str:
        return str(self.value)
