from enum import StrEnum


class DelegateCategory(StrEnum):
    DIRECT_WORKER = "direct_worker"
    EMULATION_SOLDIER = "emulation_soldier"
    EXEMPLAR = "exemplar"
    GOOD_DEED = "good_deed"
    GUEST = "guest"
    HCM_EXEMPLAR = "hcm_exemplar"
    HERO = "hero"
    LEADER = "leader"
    PROVINCE_COMMENDED = "province_commended"

    def __str__(self) -> str:
        return str(self.value)
