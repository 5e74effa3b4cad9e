"""Record or edit a district visit to a tambon committee: date, tambon, team, findings, follow-ups, photos."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.services.attachments import IMAGES, MAX_ATTACHMENT_BYTES, media_type_of
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.tambon_committees import VisitInput, VisitRow
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import ERROR_STYLE
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit

THUMBNAIL = QSize(128, 96)


def thumbnail(image: QImage) -> QIcon:
    if image.isNull():
        return QIcon()
    return QIcon(QPixmap.fromImage(image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)))


class VisitDialog(QDialog):
    """Saves when OK is pressed (the visit, then the photos added); the service's refusals (a date in the
    future, a file that is not an image) are shown in the dialog, which stays open."""

    def __init__(self, state: AppState, visit: VisitRow | None = None, parent: QWidget | None = None,
                 tambon_code: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self._state = state
        self.visit_id: int | None = visit.id if visit else None
        self.pending_photos: list[Path] = []
        self.setWindowTitle(self.tr("Edit a district visit") if visit else self.tr("Record a district visit"))
        self.resize(760, 640)

        self.date_edit = ThaiDateEdit(visit.visit_date if visit else state.today(), language=state.language,
                                      thai_digits=state.thai_digits)
        self.date_edit.setObjectName("visitDateEdit")
        self.tambon_combo = QComboBox()
        self.tambon_combo.setObjectName("visitTambonCombo")
        self.tambon_combo.addItem(self.tr("— choose a tambon —"), "")
        for tambon in tambon_service.district_tambons(state.database):
            self.tambon_combo.addItem(tambon.official_name, tambon.code)
        chosen = visit.tambon.code if visit else (tambon_code or "")
        self.tambon_combo.setCurrentIndex(max(self.tambon_combo.findData(chosen), 0))
        self.team_edit = QPlainTextEdit(visit.team_members if visit else "")
        self.team_edit.setObjectName("visitTeamEdit")
        self.team_edit.setPlaceholderText(self.tr("Who went, e.g. สาธารณสุขอำเภอ ปลัดอำเภอ"))
        self.team_edit.setTabChangesFocus(True)
        self.team_edit.setFixedHeight(64)
        self.findings_edit = QPlainTextEdit(visit.findings if visit else "")
        self.findings_edit.setObjectName("visitFindingsEdit")
        self.findings_edit.setTabChangesFocus(True)
        self.follow_ups_edit = QPlainTextEdit(visit.follow_ups if visit else "")
        self.follow_ups_edit.setObjectName("visitFollowUpsEdit")
        self.follow_ups_edit.setTabChangesFocus(True)

        self.photo_list = QListWidget()
        self.photo_list.setObjectName("visitPhotoList")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(THUMBNAIL)
        self.photo_list.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 40))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setWordWrap(True)
        self.photo_list.setFixedHeight(THUMBNAIL.height() + 56)
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.add_photos_button.setObjectName("addVisitPhotosButton")
        self.add_photos_button.clicked.connect(self.choose_photos)
        if visit:
            for photo in visit.photos:
                self._show_stored_photo(photo.id, photo.caption or photo.attachment.original_name)

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("visitMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Date of the visit"), self.date_edit)
        form.addRow(self.tr("Tambon"), self.tambon_combo)
        form.addRow(self.tr("Team members"), self.team_edit)
        form.addRow(self.tr("Findings"), self.findings_edit)
        form.addRow(self.tr("Follow-ups"), self.follow_ups_edit)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_list, 1)
        photos_row.addWidget(self.add_photos_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Photos"), photos_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.date_edit.textChanged.connect(self._validate)
        self.tambon_combo.currentIndexChanged.connect(self._validate)
        self._validate()

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, visit: VisitRow | None = None,
            tambon_code: str | None = None) -> int | None:
        """The id of the visit recorded or edited, or None when cancelled."""
        dialog = cls(state, visit, parent, tambon_code)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        visit_id = dialog.visit_id
        dialog.deleteLater()
        return visit_id if accepted else None

    # --- validation as one types ---

    def problem(self) -> str:
        if not self.date_edit.is_valid():
            return self.date_edit.error()
        if not self.tambon_combo.currentData():
            return self.tr("Choose the tambon that was visited.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        # a tambon not chosen yet is no error until the user has touched the form
        touched = self.date_edit.isModified() or self.tambon_combo.currentIndex() > 0 or self.visit_id is not None
        if problem and self.date_edit.text().strip() and (touched or not self.date_edit.is_valid()):
            self._show_message(problem)
        else:
            self.message_label.hide()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    # --- photos ---

    def _show_stored_photo(self, photo_id: int, name: str) -> None:
        image = QImage()
        try:
            _info, content = tambon_service.visit_photo_content(self._state.workspace, photo_id)
            image.loadFromData(content)
        except UserFacingError as error:
            name = f"{name} ({error.message(self._state.language)})"
        item = QListWidgetItem(thumbnail(image), name)
        item.setData(Qt.ItemDataRole.UserRole, photo_id)
        item.setToolTip(name)
        self.photo_list.addItem(item)

    def choose_photos(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the visit"), "", self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)"),
            options=QFileDialog.Option.DontUseNativeDialog,  # Qt's own: in the program's language
        )
        if paths:
            self.add_photos([Path(path) for path in paths])

    def add_photos(self, paths: Sequence[Path]) -> list[Path]:
        """Queue photos to store on Save (shown at once); files that are not images are refused with a
        message. Returns the files accepted."""
        accepted: list[Path] = []
        refused: list[str] = []
        for path in paths:
            reason = self._photo_problem(path)
            if reason:
                refused.append(reason)
                continue
            self.pending_photos.append(path)
            accepted.append(path)
            item = QListWidgetItem(thumbnail(QImage(str(path))), path.name)
            item.setToolTip(self.tr("%1 (saved with the visit)").replace("%1", str(path)))
            self.photo_list.addItem(item)
        if refused:
            self._show_message("\n".join(refused))
        elif accepted:
            self._validate()
        return accepted

    def _photo_problem(self, path: Path) -> str:
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError:
            return self.tr("%1 cannot be read.").replace("%1", path.name)
        if media_type_of(head) not in IMAGES:
            return self.tr("%1 is not a photo (PNG, JPEG or TIFF): it was not added.").replace("%1", path.name)
        if size > MAX_ATTACHMENT_BYTES:
            return (self.tr("%1 is larger than %2 MB: it was not added.").replace("%1", path.name)
                    .replace("%2", str(MAX_ATTACHMENT_BYTES // (1024 * 1024))))
        return ""

    # --- saving ---

    def visit_input(self) -> VisitInput | None:
        visit_date = self.date_edit.date()
        if visit_date is None or not self.tambon_combo.currentData():
            return None
        return VisitInput(
            visit_date=visit_date, tambon_code=self.tambon_combo.currentData(),
            team_members=self.team_edit.toPlainText(), findings=self.findings_edit.toPlainText(),
            follow_ups=self.follow_ups_edit.toPlainText(),
        )

    def save(self) -> bool:
        data = self.visit_input()
        if data is None:
            self._show_message(self.problem())
            return False
        try:  # the visit and its new photos are saved together, or not at all
            self.visit_id = tambon_service.save_visit(
                self._state.workspace, self.visit_id, data, list(self.pending_photos), self._state.user_name,
            )
        except UserFacingError as error:
            self._show_message(error.message(self._state.language))
            return False
        self.pending_photos.clear()
        self._state.notify(changes.VISITS)
        self.accept()
        return True
