"""Reading the audit trail: what changed, when, by whom."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    changed_at_local: datetime
    user_name: str
    action: str
    table_name: str
    row_id: int | None
    changes: dict[str, list[object]]

    @property
    def subject(self) -> str:
        """What changed: "person#3"; a setting is named by its key in ``changes``, so just "setting"."""
        return self.table_name if self.row_id is None else f"{self.table_name}#{self.row_id}"

    def summary(self) -> str:
        """Changed fields as "field: old → new", one per line (inserts show only new values)."""
        parts = []
        for name, (old, new) in self.changes.items():
            if name in {"id", "uuid", "updated_at"}:
                continue
            if self.action == "insert":
                parts.append(f"{name}: {new}")
            elif self.action == "delete":
                parts.append(f"{name}: {old}")
            else:
                parts.append(f"{name}: {old} → {new}")
        return "\n".join(parts)


def recent_changes(database: Database, limit: int = 500) -> list[AuditRecord]:
    with database.reader() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        return [
            AuditRecord(
                changed_at_local=row.changed_at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None),
                user_name=row.user_name,
                action=row.action,
                table_name=row.table_name,
                row_id=row.row_id,
                changes=json.loads(row.changes or "{}"),
            )
            for row in rows
        ]
