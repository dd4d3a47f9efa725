from enum import StrEnum


class Basis(StrEnum):
    AD_HOC = "ad_hoc"
    MERIT = "merit"
    THEMATIC = "thematic"

    def __str__(self) -> str:
        return str(self.value)
