from enum import StrEnum


class ActivityKind(StrEnum):
    ARTICLE = "article"
    ARTWORK = "artwork"
    BANNER = "banner"
    DIGITAL_POST = "digital_post"
    REPORTAGE = "reportage"
    VIDEO = "video"
    YEARBOOK = "yearbook"

    def __str__(self) -> str:
        return str(self.value)
