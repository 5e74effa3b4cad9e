"""Backups: the automatic and manual copies of the database, "back up now", and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import thai_calendar
from pcha_desktop.services import backups as backup_service
from pcha_desktop.services.data_folder import BackupFromOtherDistrict
from pcha_desktop.storage.backup import AUTOMATIC_REASON, BEFORE_MIGRATION_REASON, MANUAL_REASON, BackupInfo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.restore_dialog import confirm_other_district
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel


def reason_title(reason: str) -> str:
    titles = {
        AUTOMATIC_REASON: QCoreApplication.translate("BackupsScreen", "Automatic (at start)"),
        MANUAL_REASON: QCoreApplication.translate("BackupsScreen", "Made by the user"),
        BEFORE_MIGRATION_REASON: QCoreApplication.translate("BackupsScreen", "Before a program update"),
    }
    return titles.get(reason, reason)


class BackupTableModel(RecordTableModel[BackupInfo]):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    @property
    def backups(self) -> list[BackupInfo]:
        return self.records

    def reload(self) -> None:
        self.set_records(backup_service.backups_of(self._state.data_folder))

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("BackupsScreen", "Made"),
            QCoreApplication.translate("BackupsScreen", "Kind"),
            QCoreApplication.translate("BackupsScreen", "Size"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.record(index.row())
        if index.column() == 0:
            when = backup.created_at
            thai_digits = self._state.thai_digits and self._state.language != "en"
            day = thai_calendar.format_date(when.date(), self._state.language, style=thai_calendar.DateStyle.FULL)
            text = f"{day} {when:%H:%M}"
            return thai_calendar.to_thai_digits(text) if thai_digits else text
        if index.column() == 1:
            return reason_title(backup.reason)
        size = f"{backup.size_bytes / 1024:,.0f} KB"
        return thai_calendar.to_thai_digits(size) if self._state.thai_digits and self._state.language != "en" else size


class BackupsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsScreen")
        self._state = state
        title = QLabel(self.tr("Backups"))
        title.setObjectName("screenTitle")
        explanation = WrappingLabel(
            self.tr(
                "A copy of the database is made automatically when the program starts (at most one a day; "
                "the newest 14 are kept). Make one yourself before big changes, and copy the backups folder "
                "to a USB stick now and then."
            )
        )
        self.model = BackupTableModel(state)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        open_folder_button = QPushButton(self.tr("Open the backups folder"))
        open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(state.data_folder.backups_dir)))
        )
        self.status_label = WrappingLabel()
        self.status_label.setObjectName("backupStatus")
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, open_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table)
        state.on_change(self, (changes.BACKUPS,), self.model.reload)
        self.model.reload()

    def back_up_now(self) -> Operation:
        folder = self._state.data_folder
        return Operation(
            self, self._state, lambda _progress: backup_service.back_up_now(folder),
            label=self.tr("Backing up the data…"), changes=(changes.BACKUPS,),
            success=lambda path: self.status_label.setText(self.tr("Backup written: %1").replace("%1", str(path))),
            failure=self.status_label.setText,
        ).run_in_background()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def restore_selected(self, *, confirm: bool = True) -> Operation | None:
        """Restore in the background (no Cancel: the file is being replaced); every screen then reloads."""
        backup = self.selected_backup()
        if backup is None:
            self.status_label.setText(self.tr("Choose a backup in the list first."))
            return None
        if confirm and not self._confirm_restore():
            return None
        return self._restore_in_background(backup, confirm=confirm, allow_other_district=False)

    def _restore_in_background(self, backup: BackupInfo, *, confirm: bool, allow_other_district: bool) -> Operation:
        state, folder = self._state, self._state.data_folder
        operation: Operation | None = None

        def restored(kept: Path | None) -> None:
            state.undo_stack.clear()  # the commands would write into data they no longer match
            self.status_label.setText(
                self.tr("Restored. The previous database was kept as %1").replace("%1", str(kept)))

        def refused(text: str) -> None:
            # Another district's backup: nothing was changed; ask, and restore it only when the user insists.
            if (isinstance(operation.error, BackupFromOtherDistrict) and confirm
                    and confirm_other_district(self, text)):
                self._restore_in_background(backup, confirm=confirm, allow_other_district=True)
                return
            self.status_label.setText(text)

        operation = Operation(
            self, state,
            lambda _progress: backup_service.restore_in_place(
                folder, backup.path, allow_other_district=allow_other_district),
            label=self.tr("Restoring the backup…"), changes=(changes.EVERYTHING,),
            success=restored, failure=refused,
        )
        return operation.run_in_background()

    def _confirm_restore(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr(
                "Replace the current data with this backup? Changes made after it was taken will no longer "
                "show; the current database is kept aside, not deleted."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        clicked: list[object] = []  # not box.clickedButton(): PySide6 6.12 mishandles its None result
        box.buttonClicked.connect(clicked.append)
        box.exec()
        return clicked[-1:] == [restore]
