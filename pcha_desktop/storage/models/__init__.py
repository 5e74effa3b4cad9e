"""SQLAlchemy 2.0 typed models: the tables of one district's database, one module per feature.

``base`` holds what they share (the declarative base, ``StableIdentity``: a ``uuid`` and ``updated_at`` on
every table of the district's records); ``core`` the district, people, committees, audit and settings;
``committees`` the committees' paperwork; ``issues`` the year's issues (goals, KPIs, One Plan, notable work);
``meetings`` meetings and workshops; ``reports`` the reporting periods' free text; ``uccare`` the issues'
UCCARE assessments; ``bundles`` the signed report bundles and province mode; ``year_guide`` the guide's hand
ticks and chosen strategies. Importing this package registers every table with
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
from pcha_desktop.storage.models.bundles import (
    BundleExport,
    ImportedBundle,
    ProvinceRecord,
    PastYearResult,
    RegisteredKey,
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
from pcha_desktop.storage.models.reports import ReportNote
from pcha_desktop.storage.models.uccare import UccareAssessment, UccareLevel, UccareRubric
from pcha_desktop.storage.models.year_guide import ChosenStrategy, YearStepTick
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
    "BundleExport",
    "ImportedBundle",
    "ProvinceRecord",
    "PastYearResult",
    "RegisteredKey",
    "ChosenStrategy",
    "YearStepTick",
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
    "ReportNote",
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
    "UccareAssessment",
    "UccareLevel",
    "UccareRubric",
    "new_uuid",
    "utc_now",
]
