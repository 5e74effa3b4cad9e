"""Change history: every change recorded by the audit trail, newest first, in the user's language.

The table is lazy: it reads a page of the trail at a time (``fetchMore`` as the user scrolls), so ten years
of history open as fast as a week. Each row is one line (long values cut short with "…"); the selected
change is shown whole below the table, and in the tooltip. The filter is matched against what the user
sees (labels, names, dates, values) and searches the whole trail a slice at a time, so the window stays
responsive while it looks.
"""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import thai_calendar
from pcha_desktop.services.audit_log import (
    FIRST_PAGE_SIZE,
    PAGE_SIZE,
    ReadableChange,
    count_changes,
    make_readable,
    matching,
    read_entries,
)
from pcha_desktop.services.record_labels import ACTION_LABELS, pick
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

SLICE_SECONDS = 0.04  # one slice of a search; the window handles events between slices


class AuditTableModel(RecordTableModel[ReadableChange]):
    """Readable changes, newest first, fetched a page at a time and kept if they match the filter."""

    COLUMNS = ("when", "who", "action", "what", "details")
    progress_changed = Signal()

    def __init__(self, state: AppState, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._state = state
        self.page_size = page_size
        self.filter_text = ""
        self.total = 0  # entries in the trail
        self.scanned = 0  # entries read so far (matching or not)
        self._before_id: int | None = None
        self._at_end = False
        self._wanted = 0  # matches still to find before the search pauses for the view
        self._generation = 0  # a reload or a new filter makes older scheduled slices stale

    # -- loading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self.records = []
        self._before_id = None
        self._at_end = False
        self.scanned = 0
        self.total = count_changes(self._state.database)
        self.endResetModel()
        self._wanted = min(self.page_size, FIRST_PAGE_SIZE) if not self.filter_text else self.page_size
        self._fetch_slice(self._generation)

    def set_filter(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self.filter_text:
            self.filter_text = text
            self.reload()

    @property
    def searching(self) -> bool:
        return self._wanted > 0 and not self._at_end

    @property
    def at_end(self) -> bool:
        return self._at_end

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._at_end and not self.searching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._at_end or self.searching:
            return
        self._wanted = self.page_size
        self._fetch_slice(self._generation)

    def _fetch_slice(self, generation: int) -> None:
        """Read pages until enough matches are found, the trail ends or the slice's time is up (then the
        next slice is scheduled: a filter that matches little searches on without freezing the window)."""
        if generation != self._generation:
            return
        started = time.perf_counter()
        while self._wanted > 0 and not self._at_end:
            limit = max(self._wanted, FIRST_PAGE_SIZE) if not self.filter_text else self.page_size
            records = read_entries(self._state.database, before_id=self._before_id, limit=limit)
            if len(records) < limit:
                self._at_end = True
            if not records:
                break
            self._before_id = records[-1].entry_id
            self.scanned += len(records)
            readable = make_readable(self._state.database, records, language=self._state.language,
                                     thai_digits=self._state.thai_digits)
            found = matching(readable, self.filter_text)
            if found:
                first = len(self.records)
                self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
                self.records.extend(found)
                self.endInsertRows()
                self._wanted -= len(found)
            if time.perf_counter() - started > SLICE_SECONDS:
                break
        if self._at_end:
            self._wanted = 0
        if self._wanted > 0:
            QTimer.singleShot(0, self, lambda: self._fetch_slice(generation))  # cancelled with the model
        self.progress_changed.emit()

    def fetch_all(self) -> None:
        """Everything (for tests and exports): every page, every slice, now."""
        while not self._at_end:
            self._wanted = max(self._wanted, self.page_size)
            self._fetch_slice(self._generation)

    # -- the table -------------------------------------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)  # asked very often: no translated headers here

    def change(self, row: int) -> ReadableChange:
        return self.records[row]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("HistoryScreen", "When"),
            QCoreApplication.translate("HistoryScreen", "Who"),
            QCoreApplication.translate("HistoryScreen", "Action"),
            QCoreApplication.translate("HistoryScreen", "What"),
            QCoreApplication.translate("HistoryScreen", "Details"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self.records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return change.when
            if column == "who":
                return change.who
            if column == "action":
                return change.action_label
            return change.what if column == "what" else change.one_line
        if role == Qt.ItemDataRole.ToolTipRole and column in ("what", "details"):
            return change.details()
        return None


class HistoryScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyScreen")
        self._state = state
        self.model = AuditTableModel(state)

        title = QLabel(self.tr("Change history"))
        title.setObjectName("screenTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("historyFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, field or value…"))
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)  # filter once the user pauses typing, not at every key
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.status_label = QLabel()
        self.status_label.setObjectName("historyStatus")

        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line each: no row grows with its text
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths from what the columns hold (measuring every row would read the whole trail).
        metrics = self.table.fontMetrics()
        titles = self.model.titles()

        def width(*samples: str) -> int:
            return max(metrics.horizontalAdvance(sample) for sample in samples) + 28

        sample_when = thai_calendar.format_thai_date(date(2026, 12, 30), thai_calendar.DateStyle.ABBREVIATED_FULL_YEAR)
        header.resizeSection(0, width(titles[0], f"{sample_when} 00:00"))
        header.resizeSection(1, width(titles[1], "ปิยะนุช ศรีวงศ์"))
        header.resizeSection(2, width(titles[2], *(pick(label, state.language) for label in ACTION_LABELS.values())))
        header.resizeSection(3, metrics.horizontalAdvance("M") * 24)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_details())

        self.details_label = WrappingLabel()
        self.details_label.setObjectName("historyDetails")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_area = QScrollArea()
        self.details_area.setObjectName("historyDetailsArea")
        self.details_area.setWidgetResizable(True)
        self.details_area.setWidget(self.details_label)
        self.details_area.setFixedHeight(self.table.fontMetrics().height() * 6)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_area)
        self.model.progress_changed.connect(self._show_status)
        self.model.modelReset.connect(self._show_details)
        state.on_change(self, changes.EVERYTHING, self.reload)  # the history shows every change
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self._show_details()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())

    def selected_change(self) -> ReadableChange | None:
        index = self.table.currentIndex()
        return self.model.change(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        change = self.selected_change()
        if change is None:
            self.details_label.setText(self.tr("Select a change to see it in full here."))
        else:
            self.details_label.setText(change.details())

    def _show_status(self) -> None:
        model = self.model
        count = self._number(len(model.records))
        total = self._number(model.total)
        if not model.filter_text:
            text = self.tr("%1 changes, newest first").replace("%1", total)
        elif model.searching:
            text = self.tr("Searching… %1 of %2 changes read, %3 found").replace(
                "%1", self._number(model.scanned)).replace("%2", total).replace("%3", count)
        elif not model.records and model.at_end:
            text = self.tr("No change matches “%1”").replace("%1", model.filter_text)
        else:
            more = "" if model.at_end else "+"
            text = self.tr("%1 changes match “%2”").replace("%1", count + more).replace("%2", model.filter_text)
        self.status_label.setText(text)

    def _number(self, value: int) -> str:
        text = f"{value:,}"
        return thai_calendar.to_thai_digits(text) if self._state.thai_digits and self._state.language != "en" else text
