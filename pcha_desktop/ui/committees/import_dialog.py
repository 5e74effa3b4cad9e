"""Bulk entry: rows pasted from Excel or Word, or an .xlsx made from the template. Every row is checked
and shown; nothing is written until "Import all" or "Import only the good rows" is pressed, and then in
one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.services import member_import
from pcha_desktop.services.member_import import COLUMN_LABELS_EN, COLUMN_LABELS_TH, ImportResult, RowProblem
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.common import ERROR_STYLE, show_date
from pcha_desktop.ui.committees.member_dialog import role_label, sector_label
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel, fit_rows_lazily
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


PreviewRow = tuple[int, object | None, list[RowProblem]]  # (row number, ImportRow, problems)


class PreviewModel(RecordTableModel[PreviewRow]):
    """The rows read: good ones with their values, bad ones marked (with the reason as a tooltip)."""

    COLUMNS = ("row", "name", "position", "organisation", "sector", "role", "start_date", "status")

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state
        self.raw_lines: dict[int, str] = {}

    @property
    def rows(self) -> list[PreviewRow]:
        return self.records

    def set_result(self, result: ImportResult, raw_lines: dict[int, str] | None = None) -> None:
        """``raw_lines``: the pasted text by line number, to show what a bad row held."""
        by_row: dict[int, list[RowProblem]] = {}
        for problem in result.problems:
            if problem.row_number > 0:
                by_row.setdefault(problem.row_number, []).append(problem)
        good = {row.row_number: row for row in result.rows_ok}
        numbers = sorted(set(good) | set(by_row))
        self.raw_lines = raw_lines or {}
        self.set_records([(number, good.get(number), by_row.get(number, [])) for number in numbers])

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Name"),
            QCoreApplication.translate("ImportDialog", "Position"),
            QCoreApplication.translate("ImportDialog", "Organisation"),
            QCoreApplication.translate("ImportDialog", "Sector"),
            QCoreApplication.translate("ImportDialog", "Committee role"),
            QCoreApplication.translate("ImportDialog", "Member from"),
            QCoreApplication.translate("ImportDialog", "Check"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, row, problems = self.record(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QColor("#fdecea")
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problem_text(self._state, p) for p in problems)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "row":
            return common.digits(self._state, str(number))
        if column == "status":
            if problems:
                reasons = "; ".join(p.message_en if self._state.language == "en" else p.message_th for p in problems)
                return "✗ " + reasons
            return QCoreApplication.translate("ImportDialog", "✓ ready")
        if row is None:
            if column == "name":
                return member_import.shown_cells(self.raw_lines.get(number, ""))
            return ""
        member = row.member
        if column == "name":
            return f"{member.title}{member.first_name} {member.last_name}".strip()
        if column == "position":
            return member.position
        if column == "organisation":
            return member.organisation
        if column == "sector":
            return sector_label(self._state, member.sector)
        if column == "role":
            return role_label(self._state, member.role)
        return show_date(self._state, member.start_date)


def problem_text(state: AppState, problem: RowProblem) -> str:
    """ "Row 3, column Role: reason" in the user's language."""
    english = state.language == "en"
    reason = problem.message_en if english else problem.message_th
    labels = COLUMN_LABELS_EN if english else COLUMN_LABELS_TH
    if problem.row_number <= 0:
        return reason
    row = common.digits(state, str(problem.row_number))
    if problem.column:
        column = labels.get(problem.column, problem.column)
        return QCoreApplication.translate("ImportDialog", "Row {row}, column {column}: {reason}").format(
            row=row, column=column, reason=reason)
    return QCoreApplication.translate("ImportDialog", "Row {row}: {reason}").format(row=row, reason=reason)


class ImportDialog(QDialog):
    """`result` is the last check of the rows; `imported` how many were written (after an import button)."""

    def __init__(self, parent: QWidget | None, state: AppState, committee_id: int, path: Path | None = None,
                 text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._state = state
        self._committee_id = committee_id
        self.path: Path | None = None
        self.result = ImportResult((), ())
        self.imported = 0
        self.reading: Operation | None = None  # the workbook being read, if any
        self.setWindowTitle(self.tr("Add members from a table"))
        self.resize(980, 640)

        self.intro_label = WrappingLabel(self.tr(
            "Copy the rows of the member table in Excel or Word (columns: title, first name, last name, position, "
            "organisation, sector, role, start date, phone, e-mail; a header row is recognised) and paste them "
            "below, or choose an .xlsx made from the template. Every row is checked first; nothing is saved until "
            "you press an import button."))
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("pasteEdit")
        self.paste_edit.setPlaceholderText(self.tr("Paste here (Ctrl+V)…"))
        self.paste_edit.textChanged.connect(self._read_pasted)
        self.file_button = QPushButton(self.tr("Choose an .xlsx file…"))
        self.file_button.clicked.connect(self._choose_file)
        self.file_label = QLabel()
        self.default_start_edit = ThaiDateEdit(state.today(), language=state.language,
                                               thai_digits=state.thai_digits)
        self.default_start_edit.setMaximumWidth(220)
        self.default_start_edit.date_changed.connect(lambda _day: self._reread())

        self.model = PreviewModel(state)
        self.preview = QTableView()
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.model)
        self.preview.setItemDelegate(WrappingItemDelegate(self.preview))
        self.preview.setWordWrap(True)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self._preview_rows = fit_rows_lazily(self.preview)  # 2,000 rows: only those in view are measured
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(7, 220)
        self.problems_title = QLabel()
        self.problems_title.setStyleSheet("font-weight: bold;")
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setWordWrap(True)
        self.summary_label = WrappingLabel()
        self.error_label = WrappingLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.import_all_button = QPushButton(self.tr("Import all"))
        self.import_good_button = QPushButton()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.import_all_button.clicked.connect(lambda: self._import(only_good=False))
        self.import_good_button.clicked.connect(lambda: self._import(only_good=True))
        self.cancel_button.clicked.connect(self.reject)

        source_row = QHBoxLayout()
        source_row.addWidget(self.file_button)
        source_row.addWidget(self.file_label, 1)
        source_row.addWidget(QLabel(self.tr("Start date when a row has none:")))
        source_row.addWidget(self.default_start_edit)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.paste_edit)
        splitter.addWidget(self.preview)
        splitter.addWidget(problems_box)
        splitter.setSizes([140, 300, 140])
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.import_all_button)
        buttons.addWidget(self.import_good_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(source_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        if path is not None:
            self.load_file(path)
        elif text is not None:
            self.paste_edit.setPlainText(text)
        else:
            self._show(ImportResult((), ()))

    # --- reading ---------------------------------------------------------------------------------------

    def default_start(self) -> date:
        return self.default_start_edit.date() or self._state.today()

    def load_file(self, path: Path) -> None:
        self.path = Path(path)
        self.paste_edit.blockSignals(True)
        self.paste_edit.clear()
        self.paste_edit.blockSignals(False)
        self.paste_edit.setEnabled(False)
        self.file_label.setText(self.path.name)
        self._reread()

    def _choose_file(self) -> None:
        path = common.choose_open_file(self, self.tr("Import members from an Excel file"),
                                       self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.load_file(path)

    def _read_pasted(self) -> None:
        self.path = None
        self.file_label.setText("")
        self._reread()

    def _reread(self) -> None:
        if self.path is not None:  # reading a workbook may take a while: in the background, with Cancel
            path, default_start = self.path, self.default_start()
            self._show(ImportResult((), ()))
            self.reading = Operation(
                self, self._state, lambda _progress: member_import.read_member_workbook(path, default_start),
                label=self.tr("Reading {name}…").format(name=path.name), cancellable=True,
                success=self._show, failure=self._show_error, cancelled=self._reading_cancelled,
            ).run_in_background()
            return
        if self.paste_edit.toPlainText().strip():
            result = member_import.parse_pasted_text(self.paste_edit.toPlainText(), self.default_start())
        else:
            result = ImportResult((), ())
        self._show(result)

    def _reading_cancelled(self) -> None:
        """The workbook was not read: back to pasting (or choosing another file)."""
        self.path = None
        self.file_label.setText("")
        self.paste_edit.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _raw_lines(self) -> dict[int, str]:
        if self.path is not None:
            return {}
        text = self.paste_edit.toPlainText().lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        return dict(enumerate(text.split("\n"), start=1))

    def _show(self, result: ImportResult) -> None:
        self.result = result
        self.error_label.hide()
        self.model.set_result(result, self._raw_lines())
        self.preview.clearSpans()
        for row, (_number, good_row, _problems) in enumerate(self.model.rows):
            if good_row is None:  # a bad row: its pasted cells across the value columns
                self.preview.setSpan(row, 1, 1, 6)
        self._preview_rows.invalidate()  # the spans changed the rows' room
        self.problems_list.clear()
        for problem in result.problems:
            self.problems_list.addItem(problem_text(self._state, problem))
        good = len(result.rows_ok)
        bad = len(result.bad_row_numbers)
        d = lambda n: common.digits(self._state, str(n))  # noqa: E731
        self.problems_title.setText(
            self.tr("Problems to fix ({count})").format(count=d(len(result.problems))) if result.problems
            else self.tr("No problems found"))
        self.summary_label.setText(self.tr("{good} rows ready, {bad} rows need fixing").format(good=d(good), bad=d(bad))
                                   if good or bad else "")
        self.import_all_button.setEnabled(result.all_good)
        self.import_good_button.setText(self.tr("Import only the good rows ({count})").format(count=d(good)))
        self.import_good_button.setEnabled(bool(result.problems) and good > 0)
        self.import_good_button.setVisible(bool(result.problems))

    # --- writing ---------------------------------------------------------------------------------------

    def _import(self, only_good: bool) -> Operation:
        """In the background, in one transaction (no Cancel: it is all or nothing); then the dialog closes."""
        database, committee_id, result, user_name = (
            self._state.database, self._committee_id, self.result, self._state.user_name)

        def imported(count: int) -> None:
            self.imported = count
            self.accept()

        return Operation(
            self, self._state,
            lambda _progress: member_import.import_members(database, committee_id, result, only_good=only_good,
                                                           user_name=user_name),
            label=self.tr("Importing the members…"), changes=(changes.MEMBERS,),
            success=imported, failure=self._show_error,
        ).run_in_background()

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, committee_id: int, path: Path | None = None,
            text: str | None = None) -> int | None:
        """How many members were imported, or None when the dialog was cancelled (nothing written)."""
        if path is None and text is None:
            clipboard = QGuiApplication.clipboard().text()
            text = clipboard if "\t" in clipboard else None
        dialog = cls(parent, state, committee_id, path, text)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.imported
            return None
        finally:
            dialog.deleteLater()
