from enum import StrEnum


class Role(StrEnum):
    COUNCIL_REVIEWER = "council_reviewer"
    DISTRICT_ADMIN = "district_admin"
    INTEGRATION_CLIENT = "integration_client"
    PROVINCE_VIEWER = "province_viewer"
    UNIT_OFFICER = "unit_officer"

    def __str__(self) -> str:
        return str(self.value)
