from enum import StrEnum


class SubmissionKind(StrEnum):
    DISTRICT_COMPILATION = "district_compilation"
    PRESENTATION = "presentation"
    PROGRAMME = "programme"
    SUMMARY_REPORT = "summary_report"
    UNIT_PLAN = "unit_plan"

    def __str__(self) -> str:
        return str(self.value)
