"""When the database is damaged: say so in Thai and English, and offer the newest good backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.services import data_folder as data_folder_service
from pcha_desktop.services.data_folder import BackupFromOtherDistrict
from pcha_desktop.ui.i18n import current_language
from pcha_desktop.ui.widgets.thai_date_edit import format_date_field


def _when(moment: datetime) -> str:
    """A backup's time as the user reads it: "30 พฤศจิกายน 2569 เวลา 14:05 น." or "30 Nov 2569 BE, 14:05"."""
    if current_language() == "en":
        return f"{format_date_field(moment.date(), 'en')}, {moment:%H:%M}"
    return f"{format_thai_date(moment.date(), DateStyle.FULL)} เวลา {moment:%H:%M} น."


def confirm_other_district(parent: QWidget | None, text: str) -> bool:
    """Ask before the data is replaced by another district's backup; True: restore it anyway."""
    box = QMessageBox(parent)
    box.setObjectName("otherDistrictQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("RestoreDialog", "A backup of another district"))
    box.setText(text)
    restore_button = box.addButton(QApplication.translate("RestoreDialog", "Restore it anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("RestoreDialog", "Do not restore"), QMessageBox.ButtonRole.RejectRole)
    clicked: list[object] = []  # not box.clickedButton(): PySide6 6.12 mishandles its None result
    box.buttonClicked.connect(clicked.append)
    box.exec()
    return clicked[-1:] == [restore_button]


def offer_restore(parent: QWidget | None, data_dir: Path, error: data_folder_service.DatabaseDamaged) -> bool:
    """Ask whether to restore the newest good backup; True when it was restored (open again)."""
    good = [backup for backup in error.backups if backup.is_good()]
    box = QMessageBox(parent)
    box.setObjectName("restoreOffer")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("RestoreDialog", "The database is damaged"))
    # What SQLite said, the file and the backup's exact time are details, on request (not in the sentence).
    facts = [error.problem, str(error.db_path)]
    facts += [f"{backup.path} ({backup.created_at.isoformat()})" for backup in good[:1]]
    box.setDetailedText("\n".join(facts))
    damaged = "ฐานข้อมูลเสียหาย เปิดใช้งานไม่ได้\n\nThe database is damaged and cannot be opened."
    if not good:
        box.setText(damaged + "\n\n" + QApplication.translate(
            "RestoreDialog",
            "No good backup was found. Please contact your IT support; the damaged file has not been changed.",
        ))
        box.addButton(QApplication.translate("RestoreDialog", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return False
    newest = good[0]
    box.setText(
        damaged
        + "\n\n"
        + QApplication.translate("RestoreDialog", "Restore the newest good backup, made %1? The damaged file is kept aside, not deleted.").replace(
            "%1", _when(newest.created_at)
        )
    )
    restore_button = box.addButton(QApplication.translate("RestoreDialog", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("RestoreDialog", "Close the program"), QMessageBox.ButtonRole.RejectRole)
    clicked: list[object] = []  # not box.clickedButton(): PySide6 6.12 mishandles its None result
    box.buttonClicked.connect(clicked.append)
    box.exec()
    if clicked[-1:] != [restore_button]:
        return False
    from pcha_desktop.ui.core.operations import Operation

    def restore(allow_other_district: bool) -> tuple[BaseException | None, str]:
        """Run the restore in the background and wait; (the error, the user's message) when it failed."""
        failures: list[str] = []
        operation = Operation(  # in the background: the window keeps painting while the file is copied back
            parent, None,
            lambda _progress: data_folder_service.restore_into(
                data_dir, newest.path, allow_other_district=allow_other_district),
            label=QApplication.translate("RestoreDialog", "Restoring the backup…"), failure=failures.append)
        operation.run_and_wait()
        return operation.error, (failures[0] if failures else "")

    error, message = restore(False)
    if isinstance(error, BackupFromOtherDistrict):  # nothing changed: ask, restore only when the user insists
        if not confirm_other_district(parent, message):
            return False
        error, message = restore(True)
    if error is not None:
        if message:
            _tell_failure(parent, message)
        return False
    return True


def _tell_failure(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName("restoreFailed")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("RestoreDialog", "The backup could not be restored"))
    box.setText(text)
    box.addButton(QApplication.translate("RestoreDialog", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
