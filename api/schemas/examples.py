"""Values the contract's examples share: plan 187/KH-UBND of huyện Hương Khê, its pilot commune
xã Hương Thủy, dates in 2025. One id per record, so the examples refer to one another."""

from __future__ import annotations

DISTRICT_ID = "5b0c1d2e-3f40-4a51-8b62-7c83d9e4f501"
UNIT_ID = "8d7e6f50-4a3b-4c2d-9e1f-0a1b2c3d4e5f"  # xã Hương Thủy
OTHER_UNIT_ID = "2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d"  # another commune, merged with it (L3)
SUCCESSOR_UNIT_ID = "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"  # the commune they became (L3)
BLOCK_ID = "2f3e4d5c-6b7a-4c8d-9e0f-1a2b3c4d5e6f"
PLAN_ID = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
CONFERENCE_ID = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
DISTRICT_CONFERENCE_ID = "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e"
DELEGATE_ID = "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a"
DESIGNATED_ID = "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b"
NOMINATION_ID = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
SUBMISSION_ID = "a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d"
PRESENTATION_ID = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
ATTACHMENT_ID = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"
USER_ID = "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a"
REVIEWER_ID = "e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b"

CREATED_AT = "2025-01-06T02:15:00Z"
UPDATED_AT = "2025-01-08T03:40:00Z"
NATIONAL_ID = "042095001234"
PHONE = "0912345678"
BUDGET_ESTIMATE_ID = "f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8c"
AWARD_DECISION_ID = "a6b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9d"
