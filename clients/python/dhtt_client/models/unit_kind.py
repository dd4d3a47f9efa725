from enum import StrEnum


class UnitKind(StrEnum):
    AGENCY = "agency"
    COMMUNE = "commune"
    DISTRICT = "district"
    ENTERPRISE = "enterprise"
    PROVINCE = "province"
    SCHOOL = "school"
    TOWN = "town"

    def __str__(self) -> str:
        return str(self.value)
