from enum import StrEnum


class Honour(StrEnum):
    CONFERENCE_HONOURED = "conference_honoured"
    DISTRICT_CERTIFICATE = "district_certificate"
    OTHER = "other"
    PROVINCE_CERTIFICATE = "province_certificate"

    def __str__(self) -> str:
        return str(self.value)
