from enum import StrEnum


class AssemblyMode(StrEnum):
    DELEGATE_ASSEMBLY = "delegate_assembly"
    FULL_ASSEMBLY = "full_assembly"

    def __str__(self) -> str:
        return str(self.value)
