"""Kept so that older imports keep working: the committees' tables are in ``storage/models/committees.py``
and their vocabulary (``OrderStatus``, ``PlanStatus``) in ``domain/committee_terms.py``. New code imports
``pcha_desktop.storage.models``."""

from __future__ import annotations

from pcha_desktop.storage.models import (
    AppointmentOrder,
    AppointmentOrderMember,
    Attachment,
    DistrictVisit,
    DistrictVisitPhoto,
    OrderStatus,
    PlanStatus,
    QualityOfLifeIssue,
    TambonCommitteeYear,
)

__all__ = [
    "AppointmentOrder",
    "AppointmentOrderMember",
    "Attachment",
    "DistrictVisit",
    "DistrictVisitPhoto",
    "OrderStatus",
    "PlanStatus",
    "QualityOfLifeIssue",
    "TambonCommitteeYear",
]
