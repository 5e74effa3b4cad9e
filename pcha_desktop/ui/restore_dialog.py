"""When the database is damaged: say so in Thai and English, and offer the newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcha_desktop.services import data_folder as data_folder_service


def offer_restore(parent: QWidget | None, data_dir: Path, error: data_folder_service.DatabaseDamaged) -> bool:
    """Ask whether to restore the newest good backup; True when it was restored (open again)."""
    good = [backup for backup in error.backups if backup.is_good()]
    box = QMessageBox(parent)
    box.setObjectName("restoreOffer")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("RestoreDialog", "The database is damaged"))
    details = f"{error.message_th}\n\n{error.message_en}"
    if not good:
        box.setText(details + "\n\n" + QApplication.translate(
            "RestoreDialog",
            "No good backup was found. Please contact your IT support; the damaged file has not been changed.",
        ))
        box.addButton(QApplication.translate("RestoreDialog", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return False
    newest = good[0]
    box.setText(
        details
        + "\n\n"
        + QApplication.translate("RestoreDialog", "Restore the newest good backup, made %1? The damaged file is kept aside, not deleted.").replace(
            "%1", newest.created_at.strftime("%Y-%m-%d %H:%M")
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

    failures: list[str] = []
    operation = Operation(  # in the background: the window keeps painting while the file is copied back
        parent, None, lambda _progress: data_folder_service.restore_into(data_dir, newest.path),
        label=QApplication.translate("RestoreDialog", "Restoring the backup…"), failure=failures.append)
    operation.run_and_wait()
    if operation.error is not None:
        if failures:
            _tell_failure(parent, failures[0])
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
