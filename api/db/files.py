"""S6 — which stored files rows still name (the files of submissions and of communication activities)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.db.communications import ActivityAttachment
from api.db.submissions import Attachment


async def referenced(session: AsyncSession, sha256s: list[str]) -> set[str]:
    """Those of ``sha256s`` that a row names (each column's own index)."""
    if not sha256s:
        return set()
    stmt = (
        select(col(Attachment.sha256))
        .where(col(Attachment.sha256).in_(sha256s))
        .union(select(col(ActivityAttachment.sha256)).where(col(ActivityAttachment.sha256).in_(sha256s)))
    )
    return set((await session.execute(stmt)).scalars().all())
