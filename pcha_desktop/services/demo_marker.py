"""How a demo database is told apart: its records are made by the demo user (documents made from it say so)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEMO_USER = "ผู้ใช้ทดลอง (Demo)"


def is_demo_database(session: Session) -> bool:
    """True when the district was made by ``pcha demo`` (its profile was created by the demo user)."""
    from sqlalchemy import select

    from pcha_desktop.storage.models import AuditEntry, DistrictProfile

    query = select(AuditEntry.id).where(
        AuditEntry.table_name == DistrictProfile.__tablename__, AuditEntry.action == "insert",
        AuditEntry.user_name == DEMO_USER,
    )
    return session.scalars(query.limit(1)).first() is not None


__all__ = ["DEMO_USER", "is_demo_database"]
