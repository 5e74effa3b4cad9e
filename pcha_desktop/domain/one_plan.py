"""The One Plan: activities per issue, their budgets and the resources partners pool, pure.

Vocabulary: ``BudgetSource`` (tambon health fund, local government, provincial and national programmes,
the agency's own budget, other), ``ResourceKind`` (the five kinds of seed 000: people, money, things,
knowledge, data) and ``ActivityStatus``. Arithmetic: ``budget_totals`` (by source, every source present)
and ``resource_matrix`` (partner × kind, the "concrete model pooling people, money, things, knowledge and
data" the province asks for). Money is ``Decimal`` baht.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from pcha_desktop.domain import kpis


class BudgetSource(Enum):
    TAMBON_HEALTH_FUND = "tambon_health_fund"
    LOCAL_GOVERNMENT = "local_government"
    PROVINCIAL_PROGRAMME = "provincial_programme"
    NATIONAL_PROGRAMME = "national_programme"
    OWN_AGENCY = "own_agency"
    OTHER = "other"


class ResourceKind(Enum):
    PEOPLE = "people"
    MONEY = "money"
    THINGS = "things"
    KNOWLEDGE = "knowledge"
    DATA = "data"


class ActivityStatus(Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


PLAN_LABELS: dict[Enum, tuple[str, str]] = {
    BudgetSource.TAMBON_HEALTH_FUND: ("กองทุนหลักประกันสุขภาพระดับท้องถิ่น (กองทุนตำบล)", "Tambon health fund"),
    BudgetSource.LOCAL_GOVERNMENT: ("องค์กรปกครองส่วนท้องถิ่น", "Local government"),
    BudgetSource.PROVINCIAL_PROGRAMME: ("งบประมาณจังหวัด", "Provincial programme"),
    BudgetSource.NATIONAL_PROGRAMME: ("งบประมาณส่วนกลาง", "National programme"),
    BudgetSource.OWN_AGENCY: ("งบประมาณของหน่วยงานเอง", "The agency's own budget"),
    BudgetSource.OTHER: ("แหล่งอื่น", "Other source"),
    ResourceKind.PEOPLE: ("คน", "People"),
    ResourceKind.MONEY: ("เงิน", "Money"),
    ResourceKind.THINGS: ("ของ", "Things"),
    ResourceKind.KNOWLEDGE: ("ความรู้", "Knowledge"),
    ResourceKind.DATA: ("ข้อมูล", "Data"),
    ActivityStatus.PLANNED: ("ยังไม่เริ่ม", "Planned"),
    ActivityStatus.IN_PROGRESS: ("กำลังดำเนินการ", "In progress"),
    ActivityStatus.DONE: ("เสร็จสิ้น", "Done"),
    ActivityStatus.POSTPONED: ("เลื่อนออกไป", "Postponed"),
    ActivityStatus.CANCELLED: ("ยกเลิก", "Cancelled"),
}


def label(value: Enum, language: str = "th") -> str:
    """The Thai (default) or English label of a term of this module or of ``domain.kpis``."""
    return kpis.label(value, language, PLAN_LABELS if value in PLAN_LABELS else kpis.LABELS)


def budget_totals(lines: Iterable[tuple[BudgetSource, Decimal]]) -> dict[BudgetSource, Decimal]:
    """The amounts added up by source; every source is present (0 where none), in the enumeration's order."""
    totals = {source: Decimal(0) for source in BudgetSource}
    for source, amount in lines:
        totals[source] += amount
    return totals


def partner_key(name: str) -> str:
    """Two spellings that differ only in spacing are one partner."""
    return " ".join(name.split())


@dataclass(frozen=True)
class Contribution:
    partner: str
    kind: ResourceKind
    description: str = ""


@dataclass(frozen=True)
class ResourceMatrix:
    """Partner × kind: ``cells[partner][kind]`` are the descriptions of what the partner brings (empty tuple:
    nothing of that kind). Partners in the order first met."""

    partners: tuple[str, ...]
    cells: dict[str, dict[ResourceKind, tuple[str, ...]]]

    def brings(self, partner: str, kind: ResourceKind) -> bool:
        return bool(self.cells.get(partner, {}).get(kind))

    def kinds_pooled(self) -> frozenset[ResourceKind]:
        """The kinds at least one partner brings."""
        return frozenset(kind for row in self.cells.values() for kind, items in row.items() if items)

    def partners_bringing(self, kind: ResourceKind) -> tuple[str, ...]:
        return tuple(partner for partner in self.partners if self.brings(partner, kind))


def resource_matrix(contributions: Iterable[Contribution]) -> ResourceMatrix:
    partners: list[str] = []
    cells: dict[str, dict[ResourceKind, list[str]]] = {}
    for contribution in contributions:
        partner = partner_key(contribution.partner)
        if partner not in cells:
            partners.append(partner)
            cells[partner] = {kind: [] for kind in ResourceKind}
        cells[partner][contribution.kind].append(contribution.description)
    frozen = {partner: {kind: tuple(items) for kind, items in row.items()} for partner, row in cells.items()}
    return ResourceMatrix(tuple(partners), frozen)


__all__ = [
    "PLAN_LABELS", "ActivityStatus", "BudgetSource", "Contribution", "ResourceKind", "ResourceMatrix",
    "budget_totals", "label", "partner_key", "resource_matrix",
]
