"""The declarative base every model module builds on, and the column helpers they share.

Kept apart from ``storage.models`` so that each model module imports this, not another model module
(``models`` imports ``committee_models`` to register its tables; the other way round would be a cycle).
"""

from __future__ import annotations

import enum
import uuid as uuid_module
from datetime import datetime, timezone

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

# A naming convention keeps constraint names stable, which Alembic's batch mode on SQLite needs.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum_column(enum_class: type[enum.Enum]) -> Enum:
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
