"""Province mode: three tabs. Districts: every district of the province with its registered key's fingerprint
("Register a key…" shows the fingerprint to read back to the district before saving). Imports: drop .pcha
files here or choose them; each is verified before anything is written, and refused with its reason.
Roll-up: seed 000's table for a period, the districts not sent, saved as PDF or workbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.admin_areas import load_admin_areas
from pcha_desktop.domain.province_rollup import percent_text
from pcha_desktop.domain.thai_calendar import fiscal_year_of, to_thai_digits
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.services import province as province_service
from pcha_desktop.services import signing_keys
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.export_files import FILE_DIALOG_OPTIONS, add_open_folder_link, choose_export_path
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.thai_wrap import WrappingLabel


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


class DropArea(QFrame):
    """Where .pcha files are dropped; ``dropped`` is called with their paths."""

    def __init__(self, dropped) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.dropped = dropped
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("ProvinceScreen", "Drop the districts' .pcha files here"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped(paths)


class ProvinceScreen(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.info = province_service.province_of(state.database)
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        layout.addWidget(self.title_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._districts_tab(), QCoreApplication.translate("ProvinceScreen", "Districts and keys"))
        self.tabs.addTab(self._imports_tab(), QCoreApplication.translate("ProvinceScreen", "Imports"))
        self.tabs.addTab(self._rollup_tab(), QCoreApplication.translate("ProvinceScreen", "Roll-up"))
        self.reload()
        state.on_change(self, {changes.BUNDLES, changes.SETTINGS}, self.reload)

    def digits(self, text: str) -> str:
        return to_thai_digits(text) if self.state.thai_digits and self.state.language != "en" else text

    # --- districts and keys -------------------------------------------------------------------------------
    def _districts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(WrappingLabel(QCoreApplication.translate(
            "ProvinceScreen", "Register each district's public key once. Before saving, read the fingerprint to"
            " the district by phone: it must match the one on their screen.")))
        self.keys_table = _table([QCoreApplication.translate("ProvinceScreen", "Code"),
                                  QCoreApplication.translate("ProvinceScreen", "District"),
                                  QCoreApplication.translate("ProvinceScreen", "Key fingerprint")])
        layout.addWidget(self.keys_table, 1)
        row = QHBoxLayout()
        self.register_button = QPushButton(QCoreApplication.translate("ProvinceScreen", "Register a key…"))
        self.register_button.clicked.connect(self.register_key)
        row.addWidget(self.register_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def districts(self) -> list[tuple[str, str]]:
        if self.info is None:
            return []
        return [(d.code, d.name_th) for d in sorted(load_admin_areas().districts_of(self.info.code), key=lambda d: d.code)]

    def register_key(self) -> None:
        names = [f"{code} {name}" for code, name in self.districts()]
        if not names:
            return
        chosen, ok = QInputDialog.getItem(self, QCoreApplication.translate("ProvinceScreen", "Register a key"),
                                          QCoreApplication.translate("ProvinceScreen", "District:"), names, 0, False)
        if not ok:
            return
        file_name, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ProvinceScreen", "The district's public key"), str(Path.home()),
            QCoreApplication.translate("ProvinceScreen", "Public key (*.pem)"), options=FILE_DIALOG_OPTIONS)
        if file_name:
            self.confirm_and_register(chosen.split(" ")[0], Path(file_name))

    def confirm_and_register(self, code: str, key_file: Path, *, ask=QMessageBox.question) -> bool:  # type: ignore[no-untyped-def]
        try:
            shown = signing_keys.fingerprint(signing_keys.read_public_key_file(key_file))
        except BilingualError as error:
            self.keys_message(error.message(self.state.language))
            return False
        question = QCoreApplication.translate(
            "ProvinceScreen", "Read this fingerprint to the district and check it matches theirs:\n\n%1\n\nRegister it?"
        ).replace("%1", self.digits(shown))
        if ask(self, QCoreApplication.translate("ProvinceScreen", "Register a key"), question) != QMessageBox.StandardButton.Yes:
            return False
        try:
            province_service.register_key(self.state.database, code, key_file, self.state.user_name or "pcha",
                                          replace=True)
        except BilingualError as error:
            self.keys_message(error.message(self.state.language))
            return False
        self.state.notify(changes.BUNDLES)
        return True

    def keys_message(self, text: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("ProvinceScreen", "Register a key"), text)

    # --- imports ------------------------------------------------------------------------------------------
    def _imports_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(DropArea(self.import_files))
        row = QHBoxLayout()
        self.import_button = QPushButton(QCoreApplication.translate("ProvinceScreen", "Import bundles…"))
        self.import_button.clicked.connect(self.choose_files)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.outcomes_list = QListWidget()
        self.outcomes_list.setMaximumHeight(110)
        self.outcomes_list.setWordWrap(True)
        layout.addWidget(self.outcomes_list)
        self.history_table = _table([QCoreApplication.translate("ProvinceScreen", "District"),
                                     QCoreApplication.translate("ProvinceScreen", "Period"),
                                     QCoreApplication.translate("ProvinceScreen", "Sequence"),
                                     QCoreApplication.translate("ProvinceScreen", "Current"),
                                     QCoreApplication.translate("ProvinceScreen", "File")])
        layout.addWidget(self.history_table, 1)
        return page

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("ProvinceScreen", "Import bundles"), str(Path.home()),
            QCoreApplication.translate("ProvinceScreen", "Report bundle (*.pcha)"), options=FILE_DIALOG_OPTIONS)
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: list[Path]) -> None:
        database, user = self.state.database, self.state.user_name or "pcha"
        Operation(self, self.state, lambda _progress: province_service.import_bundles(database, paths, user),
                  label=QCoreApplication.translate("ProvinceScreen", "Checking and importing…"),
                  changes=(changes.BUNDLES,), success=self.show_outcomes,
                  failure=lambda text: self.outcomes_list.addItem(text)).run_in_background()

    def show_outcomes(self, outcomes: list[province_service.ImportOutcome]) -> None:
        words = {
            "imported": QCoreApplication.translate("ProvinceScreen", "imported"),
            "replaced": QCoreApplication.translate("ProvinceScreen", "imported; replaces the earlier bundle"),
            "unchanged": QCoreApplication.translate("ProvinceScreen", "already imported; nothing changed"),
            "older": QCoreApplication.translate("ProvinceScreen", "older than the one held; kept in the history"),
            "rejected": QCoreApplication.translate("ProvinceScreen", "REFUSED"),
        }
        self.outcomes_list.clear()
        for outcome in outcomes:
            reason = (outcome.message_en if self.state.language == "en" else outcome.message_th) if not outcome.ok else ""
            who = f"{outcome.district_code} {outcome.district_name} {outcome.period}".strip()
            self.outcomes_list.addItem(f"{outcome.path.name}: {who} {words[outcome.status]} {reason}".strip())

    # --- roll-up ------------------------------------------------------------------------------------------
    def _rollup_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ProvinceScreen", "Report period:")))
        self.period_combo = QComboBox()
        self.period_combo.currentIndexChanged.connect(self.reload_rollup)
        row.addWidget(self.period_combo, 1)
        self.pdf_button = QPushButton(QCoreApplication.translate("ProvinceScreen", "Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_report("pdf"))
        self.xlsx_button = QPushButton(QCoreApplication.translate("ProvinceScreen", "Save workbook…"))
        self.xlsx_button.clicked.connect(lambda: self.save_report("xlsx"))
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        layout.addLayout(row)
        self.rollup_table = _table([])
        layout.addWidget(self.rollup_table, 1)
        self.not_sent_label = WrappingLabel()
        layout.addWidget(self.not_sent_label)
        self.report_message = WrappingLabel()
        layout.addWidget(self.report_message)
        return page

    def period(self) -> str:
        return str(self.period_combo.currentData())

    def reload(self) -> None:
        self.info = province_service.province_of(self.state.database)
        if self.info is None:
            return
        self.title_label.setText(QCoreApplication.translate("ProvinceScreen", "Province mode: %1").replace(
            "%1", f"{self.info.name} ({self.info.code})"))
        keys = {row.district_code: row for row in province_service.registered_keys(self.state.database)
                if row.retired_at is None}
        none = QCoreApplication.translate("ProvinceScreen", "no key registered")
        _fill(self.keys_table, [[code, name, self.digits(keys[code].fingerprint) if code in keys else none]
                                for code, name in self.districts()])
        history = province_service.imported_bundles(self.state.database)
        yes = QCoreApplication.translate("ProvinceScreen", "yes")
        _fill(self.history_table, [[f"{row.district_code} {row.district_name}", row.period, self.digits(str(row.sequence)),
                                    yes if row.is_current else "", row.file_name] for row in history])
        current = self.period_combo.currentData()
        periods = sorted({row.period for row in history}, reverse=True) or [f"{fiscal_year_of(self.state.today())}Q1"]
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for code in periods:
            self.period_combo.addItem(self.digits(code), code)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(current), 0))
        self.period_combo.blockSignals(False)
        self.reload_rollup()

    def reload_rollup(self) -> None:
        if self.info is None or self.period_combo.currentData() is None:
            return
        rollup = province_service.province_rollup(self.state.database, self.period())
        headers = [QCoreApplication.translate("ProvinceScreen", "District"),
                   QCoreApplication.translate("ProvinceScreen", "Target"),
                   QCoreApplication.translate("ProvinceScreen", "Result"),
                   QCoreApplication.translate("ProvinceScreen", "Percent"),
                   *(self.digits(f"Baseline {year}") for year in rollup.baseline_years)]
        self.rollup_table.setColumnCount(len(headers))
        self.rollup_table.setHorizontalHeaderLabels(headers)
        rows = [[row.name, str(row.target), str(row.result), percent_text(row.percent),
                 *("-" if flag is None else str(flag) for flag in row.baselines)] for row in rollup.sent]
        rows.append([QCoreApplication.translate("ProvinceScreen", "Total"), str(rollup.total_target),
                     str(rollup.total_result), percent_text(rollup.total_percent),
                     *(percent_text(value) for value in rollup.baseline_percents)])
        _fill(self.rollup_table, [[self.digits(value) for value in row] for row in rows])
        missing = ", ".join(f"{row.name}" for row in rollup.not_sent) or "-"
        self.not_sent_label.setText(QCoreApplication.translate("ProvinceScreen", "Not sent yet: %1").replace("%1", missing))
        self.rollup = rollup

    def save_report(self, kind: str) -> None:
        if self.info is None:
            return
        name = f"{self.info.code}-{self.period()}.{kind}"
        name_filter = (QCoreApplication.translate("ProvinceScreen", "PDF (*.pdf)") if kind == "pdf"
                       else QCoreApplication.translate("ProvinceScreen", "Workbook (*.xlsx)"))
        path = choose_export_path(self, self.state, QCoreApplication.translate("ProvinceScreen", "Save the roll-up"),
                                  name, name_filter)
        if path is None:
            return
        rollup, thai_digits = self.rollup, self.state.thai_digits

        def work(_progress):  # type: ignore[no-untyped-def]
            province_service.write_province_report(rollup, pdf=path if kind == "pdf" else None,
                                                   xlsx=path if kind == "xlsx" else None, thai_digits=thai_digits)
            return path

        def done(saved: Path) -> None:
            self.report_message.setText(QCoreApplication.translate("ProvinceScreen", "Saved: %1").replace("%1", str(saved)))
            add_open_folder_link(self.report_message, saved)

        Operation(self, self.state, work, label=QCoreApplication.translate("ProvinceScreen", "Writing the roll-up…"),
                  changes=(), success=done, failure=self.report_message.setText).run_in_background()
