"""SQLAlchemy 2.0 typed models: the tables of one district's database, one module per feature.

``base`` holds what they share (the declarative base, ``StableIdentity``: a ``uuid`` and ``updated_at`` on
every table of the district's records); ``core`` the district, people, committees, audit and settings;
``committees`` the committees' paperwork; ``issues`` the year's issues (goals, KPIs, One Plan, notable work); ``meetings`` meetings and workshops. Importing this package registers every table with
``Base.metadata``. The vocabulary the columns store (kinds, roles, statuses) lives in ``domain/``.
"""

from __future__ import annotations

from pcha_desktop.domain.committee_terms import CommitteeKind, CommitteeRole, OrderStatus, PlanStatus, Sector
from pcha_desktop.storage.models.base import NAMING_CONVENTION, Base, StableIdentity, new_uuid, utc_now
from pcha_desktop.storage.models.committees import (
    AppointmentOrder,
    AppointmentOrderMember,
    Attachment,
    DistrictVisit,
    DistrictVisitPhoto,
    QualityOfLifeIssue,
    TambonCommitteeYear,
)
from pcha_desktop.storage.models.issues import (
    Activity,
    ActivityBudget,
    ActivityObjective,
    ActivityPartner,
    ActivityTambon,
    IssueObjective,
    IssueQuarterNote,
    IssueTargetGroup,
    KeyResult,
    Kpi,
    KpiBaseline,
    KpiResult,
    NotableWork,
    NotableWorkPhoto,
    ResourceContribution,
)
from pcha_desktop.storage.models.meetings import (
    AgendaFollowUp,
    FollowUpAction,
    Meeting,
    MeetingAgendaDocument,
    MeetingAgendaItem,
    MeetingAttendance,
    MeetingGuest,
    MeetingResolution,
    ResolutionDissent,
    Workshop,
)
from pcha_desktop.storage.models.core import (
    AuditEntry,
    Committee,
    CommitteeMembership,
    DistrictProfile,
    FiscalYear,
    Person,
    Setting,
)

__all__ = [
    "AgendaFollowUp",
    "FollowUpAction",
    "Meeting",
    "MeetingAgendaDocument",
    "MeetingAgendaItem",
    "MeetingAttendance",
    "MeetingGuest",
    "MeetingResolution",
    "ResolutionDissent",
    "Workshop",
    "Activity",
    "ActivityBudget",
    "ActivityObjective",
    "ActivityPartner",
    "ActivityTambon",
    "IssueObjective",
    "IssueQuarterNote",
    "IssueTargetGroup",
    "KeyResult",
    "Kpi",
    "KpiBaseline",
    "KpiResult",
    "NotableWork",
    "NotableWorkPhoto",
    "ResourceContribution",
    "NAMING_CONVENTION",
    "AppointmentOrder",
    "AppointmentOrderMember",
    "Attachment",
    "AuditEntry",
    "Base",
    "Committee",
    "CommitteeKind",
    "CommitteeMembership",
    "CommitteeRole",
    "DistrictProfile",
    "DistrictVisit",
    "DistrictVisitPhoto",
    "FiscalYear",
    "OrderStatus",
    "Person",
    "PlanStatus",
    "QualityOfLifeIssue",
    "Sector",
    "Setting",
    "StableIdentity",
    "TambonCommitteeYear",
    "new_uuid",
    "utc_now",
]
