from enum import StrEnum


class ConferenceForm(StrEnum):
    ADVANCED_EXEMPLARS = "advanced_exemplars"
    GOOD_PEOPLE_GOOD_DEEDS = "good_people_good_deeds"
    SKILLED_CREATIVE_WORKERS = "skilled_creative_workers"

    def __str__(self) -> str:
        return str(self.value)
