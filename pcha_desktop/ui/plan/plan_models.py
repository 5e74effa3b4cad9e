"""The One Plan's tables: an issue's activities, and who brings what (partner × the five kinds of resource)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from pcha_desktop.domain import one_plan as p
from pcha_desktop.domain.one_plan import ResourceKind, ResourceMatrix
from pcha_desktop.services.issues import ActivityView
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.issues.common import number_text
from pcha_desktop.ui.i18n import translation_generation
from pcha_desktop.ui.tambons.common import date_text, digits
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

NAME, LEAD, PARTNERS, TAMBONS, START, END, STATUS, PROGRESS, BUDGET = range(9)
KINDS = tuple(ResourceKind)
BRINGS_COLOUR = "#e3f4e4"
NOTHING_MARK = "–"
BRINGS_MARK = "✓"  # a contribution without a description


def term(state: AppState, value: object) -> str:
    """A One Plan term (budget source, resource kind, activity status) in the user's language."""
    return p.label(value, state.language)  # type: ignore[arg-type]


class ActivityTableModel(RecordTableModel[ActivityView]):
    """One issue's activities, one row each; ``tambon_names`` maps a tambon code to its name."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state
        self.tambon_names: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ActivityTableModel", "Activity / project"),
            QCoreApplication.translate("ActivityTableModel", "Lead agency"),
            QCoreApplication.translate("ActivityTableModel", "Partners"),
            QCoreApplication.translate("ActivityTableModel", "Tambons"),
            QCoreApplication.translate("ActivityTableModel", "Start"),
            QCoreApplication.translate("ActivityTableModel", "End"),
            QCoreApplication.translate("ActivityTableModel", "Status"),
            QCoreApplication.translate("ActivityTableModel", "Progress"),
            QCoreApplication.translate("ActivityTableModel", "Budget (baht)"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        activity, column = self.records[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == BUDGET:
                return "\n".join(f"{term(self._state, source)}: {number_text(self._state, amount)}"
                                 for source, amount in activity.budgets)
            return self.text(activity, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PROGRESS, BUDGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, activity: ActivityView, column: int) -> str:
        state = self._state
        if column == NAME:
            return activity.name
        if column == LEAD:
            return activity.lead_agency
        if column == PARTNERS:
            return ", ".join(activity.partners)
        if column == TAMBONS:
            return ", ".join(self.tambon_names.get(code, code) for code in activity.tambon_codes)
        if column == START:
            return date_text(state, activity.start_date)
        if column == END:
            return date_text(state, activity.end_date)
        if column == STATUS:
            return term(state, activity.status)
        if column == PROGRESS:
            return digits(state, f"{activity.progress_percent} %")
        return number_text(state, activity.budget_total)


class ResourceMatrixModel(RecordTableModel[str]):
    """Partner × kind (people, money, things, knowledge, data): what each partner brings to the issue; a
    coloured cell brings something, "–" nothing."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state
        self.matrix = ResourceMatrix((), {})
        self._kept_titles: tuple[tuple[int, str], tuple[str, ...]] | None = None

    def set_matrix(self, matrix: ResourceMatrix) -> None:
        self.matrix = matrix
        self.set_records(matrix.partners)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ResourceMatrixModel", "Partner"),
            *(term(self._state, kind) for kind in KINDS),
        )

    def titles(self) -> tuple[str, ...]:
        """Kept per language: the kinds' names follow the user's language, not only the translation files."""
        if self._kept_titles is None or self._kept_titles[0] != (translation_generation(), self._state.language):
            self._kept_titles = ((translation_generation(), self._state.language), self.headers())
        return self._kept_titles[1]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        partner, column = self.records[index.row()], index.column()
        if column == 0:
            return partner if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        items = self.matrix.cells[partner][KINDS[column - 1]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if not items:
                return NOTHING_MARK
            return "\n".join(item or BRINGS_MARK for item in items)
        if role == Qt.ItemDataRole.BackgroundRole and items:
            return QColor(BRINGS_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and not items:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class Renumbered:
    """Records an undo put back get a new id: the commands after it on the undo stack still name the old one,
    and follow it here (``current``)."""

    def __init__(self) -> None:
        self._new: dict[int, int] = {}

    def current(self, ident: int) -> int:
        while ident in self._new:
            ident = self._new[ident]
        return ident

    def moved(self, old: int, new: int) -> None:
        if old != new:
            self._new[old] = new
