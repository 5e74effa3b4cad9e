"""What every table shares: the declarative base (with a naming convention), stable identity, enum columns.

Every table that holds the district's records mixes in ``StableIdentity``: a ``uuid`` given at insert and
never changed (bundles and the province merge by it), and ``updated_at``, the last time the row changed.
Both are column defaults (``default``/``onupdate``), one mechanism that covers the ORM and Core
statements alike; ``updated_at`` changes only when an UPDATE really is written.
"""

from __future__ import annotations

import enum
import uuid as uuid_module
from datetime import datetime, timezone

from sqlalchemy import DateTime, Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# A naming convention keeps constraint names stable, which Alembic's batch mode on SQLite needs.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StableIdentity:
    """A record's identity across databases (``uuid``) and its last change (``updated_at``, UTC)."""

    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), default=new_uuid, unique=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


def enum_column(enum_class: type[enum.Enum]) -> Enum:
    """A domain enumeration stored as its values (VARCHAR(40) with a CHECK constraint)."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


__all__ = ["Base", "NAMING_CONVENTION", "StableIdentity", "enum_column", "new_uuid", "utc_now"]
