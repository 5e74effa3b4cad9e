"""Each tambon's notable work of the fiscal year in view: an overview of the district's tambons showing which
have notable work and which have none yet, and the chosen tambon's works (title, issue, description,
photos) to add, change or delete (one transaction each, undoable)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.issues import NotableWorkInput, NotableWorkView, TambonNotableWork
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.plan.plan_models import Renumbered
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits, fiscal_year_in_view
from pcha_desktop.ui.tambons.visit_dialog import thumbnail
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel, fit_rows_lazily
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

HAS_WORK_COLOUR = "#e3f4e4"
NO_WORK_COLOUR = "#f6f6f6"
TAMBON, COUNT, TITLES = range(3)
WORK_CHANGES = (changes.PLAN,)
WORK_IDS = Renumbered()  # a work put back by an undo has a new id


class TambonWorkModel(RecordTableModel[TambonNotableWork]):
    """The district's tambons, one row each: how many notable works, and their titles (or "none yet")."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("NotableWorkTab", "Tambon"),
            QCoreApplication.translate("NotableWorkTab", "Notable work"),
            QCoreApplication.translate("NotableWorkTab", "Titles"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.records[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TAMBON:
                return row.tambon.official_name
            if column == COUNT:
                return (f"✓ {digits(self._state, str(len(row.works)))}" if row.works
                        else QCoreApplication.translate("NotableWorkTab", "none yet"))
            return "; ".join(work.title for work in row.works)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(HAS_WORK_COLOUR if row.works else NO_WORK_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and not row.works:
            return QColor("#5f6368")
        return None


class NotableWorkDialog(QDialog):
    """Title, issue (one of the year's, or none), description and photos; Save stores the work and the new
    photos together (``save_notable_work``), or shows the refusal and stays open."""

    def __init__(self, state: AppState, fiscal_year: int, tambon_code: str, tambon_name: str,
                 work: NotableWorkView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notableWorkDialog")
        self._state = state
        self.fiscal_year, self.tambon_code = fiscal_year, tambon_code
        self.work_id: int | None = work.id if work else None
        self.before = _input_of(work, tambon_code) if work else None
        self.before_photos = tuple(photo.id for photo in work.photos) if work else ()
        self.after: NotableWorkInput | None = None
        self.after_photos: tuple[int, ...] = ()
        self.pending_photos: list[Path] = []
        self.setWindowTitle((self.tr("Notable work of %1") if work else self.tr("New notable work of %1"))
                            .replace("%1", tambon_name))
        self.resize(720, 560)
        self.title_edit = QLineEdit(work.title if work else "")
        self.title_edit.setObjectName("notableTitle")
        self.issue_box = QComboBox()
        self.issue_box.setObjectName("notableIssue")
        self.issue_box.addItem(self.tr("(no particular issue)"), None)
        for issue in issue_service.year_kpis(state.database, fiscal_year).issues:
            self.issue_box.addItem(issue.title, issue.id)
        if work and work.issue_id is not None:
            self.issue_box.setCurrentIndex(max(0, self.issue_box.findData(work.issue_id)))
        self.description_edit = QPlainTextEdit(work.description if work else "")
        self.description_edit.setObjectName("notableDescription")
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("notablePhotos")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(128, 96))
        self.photo_list.setFixedHeight(150)
        self.photo_list.setMovement(QListView.Movement.Static)
        for photo in work.photos if work else ():
            self._show_photo(photo)
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.add_photos_button.clicked.connect(self.choose_photos)
        photos = QHBoxLayout()
        photos.addWidget(self.photo_list, 1)
        photos.addWidget(self.add_photos_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Issue"), self.issue_box)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Photos"), photos)
        self.error_label = WrappingLabel()
        self.error_label.setObjectName("notableError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _show_photo(self, photo) -> None:  # noqa: ANN001 - an AttachmentInfo
        image = QImage()
        name = photo.original_name
        try:
            image.loadFromData(issue_service.notable_work_photo(self._state.workspace, photo))
        except BilingualError as error:
            name = f"{name} ({error.message(self._state.language)})"
        item = QListWidgetItem(thumbnail(image), name)
        item.setToolTip(name)
        self.photo_list.addItem(item)

    def choose_photos(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the notable work"), "", self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        self.add_photos([Path(path) for path in paths])

    def add_photos(self, paths: Sequence[Path]) -> None:
        """Queued to store on Save (shown at once); the service refuses a file that is no image."""
        for path in paths:
            self.pending_photos.append(Path(path))
            item = QListWidgetItem(thumbnail(QImage(str(path))), Path(path).name)
            self.photo_list.addItem(item)

    def work_input(self) -> NotableWorkInput:
        return NotableWorkInput(self.tambon_code, self.title_edit.text(), self.description_edit.toPlainText(),
                                self.issue_box.currentData())

    def save(self) -> bool:
        data = self.work_input()
        try:
            self.work_id = issue_service.save_notable_work(
                self._state.workspace, self.fiscal_year, self.work_id, data, self._state.user_name,
                new_photos=self.pending_photos)
        except BilingualError as refusal:
            self.error_label.setText(refusal.message(self._state.language))
            return False
        self.after = data
        self.after_photos = tuple(photo.id for work in _works(self._state, self.fiscal_year, self.tambon_code)
                                  if work.id == self.work_id for photo in work.photos)
        self.pending_photos.clear()
        self.accept()
        return True


def _input_of(work: NotableWorkView, tambon_code: str) -> NotableWorkInput:
    return NotableWorkInput(tambon_code, work.title, work.description, work.issue_id)


def _works(state: AppState, fiscal_year: int, tambon_code: str) -> tuple[NotableWorkView, ...]:
    return next((row.works for row in issue_service.notable_work_overview(state.database, fiscal_year)
                 if row.tambon.code == tambon_code), ())


class NotableWorkChange(SavedChange):
    """A notable work added, changed or deleted (with its photos); undo and redo save the other side again."""

    changes = WORK_CHANGES

    def __init__(self, tab: NotableWorkTab, fiscal_year: int, work_id: int,
                 before: tuple[NotableWorkInput, tuple[int, ...]] | None,
                 after: tuple[NotableWorkInput, tuple[int, ...]] | None, label: str) -> None:
        super().__init__(tab.state, label, owner=tab, tell=tab.show_message)
        self.fiscal_year, self.work_id, self.before, self.after = fiscal_year, work_id, before, after

    def _become(self, side: tuple[NotableWorkInput, tuple[int, ...]] | None, other: object) -> None:
        state = self._state
        old = self.work_id = WORK_IDS.current(self.work_id)
        if side is None:
            issue_service.delete_notable_work(state.database, self.work_id, state.user_name)
            return
        data, photos = side
        self.work_id = issue_service.save_notable_work(
            state.workspace, self.fiscal_year, None if other is None else self.work_id, data, state.user_name,
            photo_ids=photos)
        WORK_IDS.moved(old, self.work_id)

    def apply(self) -> None:
        self._become(self.after, self.before)

    def revert(self) -> None:
        self._become(self.before, self.after)


class NotableWorkTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notableWorkTab")
        self.state = state
        self.fiscal_year = 0
        self._stale = True
        self.summary_label = WrappingLabel()
        self.summary_label.setObjectName("notableSummary")
        self.model = TambonWorkModel(state)
        self.table = QTableView()
        self.table.setObjectName("notableOverview")
        self.table.setModel(self.model)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        self.table.setWordWrap(True)
        self._rows = fit_rows_lazily(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(TAMBON, 170)
        self.table.setColumnWidth(COUNT, 110)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._show_tambon())

        self.tambon_label = WrappingLabel()
        self.tambon_label.setStyleSheet("font-weight: bold;")
        self.work_list = QListWidget()
        self.work_list.setObjectName("notableWorks")
        self.work_list.setWordWrap(True)
        self.work_list.currentRowChanged.connect(lambda _row: self._show_work())
        self.work_list.itemActivated.connect(lambda _item: self.edit_work())
        self.detail_label = WrappingLabel()
        self.detail_label.setObjectName("notableDetail")
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("notableWorkPhotos")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(128, 96))
        self.photo_list.setFixedHeight(140)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.add_button = QPushButton(self.tr("Add notable work…"))
        self.add_button.setObjectName("addNotableWork")
        self.edit_button = QPushButton(self.tr("Change…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_work)
        self.edit_button.clicked.connect(self.edit_work)
        self.delete_button.clicked.connect(self.delete_work)
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("notableMessage")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tambon_label)
        right_layout.addWidget(self.work_list, 1)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.photo_list)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        state.on_change(self, (changes.PLAN, changes.ISSUES, changes.TAMBONS, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload())
        self.reload()

    # --- loading ---

    def reload(self) -> None:
        """Read now if shown, else when next shown (the tambon screen opens on its committees tab)."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._stale:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        self._stale = False
        chosen = self.current_tambon()
        self.fiscal_year = fiscal_year_in_view(self.state)
        overview = issue_service.notable_work_overview(self.state.database, self.fiscal_year)
        self.model.set_records(overview)
        with_work = sum(1 for row in overview if row.works)
        d = lambda n: digits(self.state, str(n))  # noqa: E731
        self.summary_label.setText(
            self.tr("Fiscal year %1: tambons with notable work: %2 of %3; without any yet: %4.")
            .replace("%1", d(self.fiscal_year)).replace("%2", d(with_work)).replace("%3", d(len(overview)))
            .replace("%4", d(len(overview) - with_work)))
        codes = [row.tambon.code for row in overview]
        row = codes.index(chosen.tambon.code) if chosen and chosen.tambon.code in codes else 0
        if overview:
            self.table.selectRow(row)
        self._show_tambon()

    def current_tambon(self) -> TambonNotableWork | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_work(self) -> NotableWorkView | None:
        tambon, row = self.current_tambon(), self.work_list.currentRow()
        return tambon.works[row] if tambon and 0 <= row < len(tambon.works) else None

    def _show_tambon(self) -> None:
        tambon = self.current_tambon()
        self.tambon_label.setText(tambon.tambon.official_name if tambon else "")
        self.work_list.blockSignals(True)
        self.work_list.clear()
        for work in tambon.works if tambon else ():
            self.work_list.addItem(work.title)
        self.work_list.blockSignals(False)
        if tambon and tambon.works:
            self.work_list.setCurrentRow(0)
        self.add_button.setEnabled(tambon is not None)
        self._show_work()

    def _show_work(self) -> None:
        work = self.current_work()
        self.edit_button.setEnabled(work is not None)
        self.delete_button.setEnabled(work is not None)
        self.photo_list.clear()
        if work is None:
            tambon = self.current_tambon()
            self.detail_label.setText(self.tr("No notable work recorded for this tambon in this fiscal year.")
                                      if tambon is not None else "")
            self.photo_list.hide()
            return
        issue = work.issue_title or self.tr("(no particular issue)")
        self.detail_label.setText(self.tr("Issue: %1").replace("%1", issue) + "\n" + work.description)
        for photo in work.photos:
            image = QImage()
            try:
                image.loadFromData(issue_service.notable_work_photo(self.state.workspace, photo))
            except BilingualError:
                pass
            self.photo_list.addItem(QListWidgetItem(thumbnail(image), photo.original_name))
        self.photo_list.setVisible(bool(work.photos))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    # --- changes ---

    def work_dialog(self, work: NotableWorkView | None) -> NotableWorkDialog | None:
        tambon = self.current_tambon()
        if tambon is None:
            return None
        return NotableWorkDialog(self.state, self.fiscal_year, tambon.tambon.code, tambon.tambon.official_name, work,
                                 self)

    def run_dialog(self, dialog: NotableWorkDialog) -> bool:
        """Shows the dialog (tests replace this); True when it saved."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_work(self) -> None:
        self._edit(None)

    def edit_work(self) -> None:
        work = self.current_work()
        if work is not None:
            self._edit(work)

    def _edit(self, work: NotableWorkView | None) -> None:
        dialog = self.work_dialog(work)
        if dialog is None:
            return
        try:
            if not self.run_dialog(dialog) or dialog.work_id is None or dialog.after is None:
                return
            before = (dialog.before, dialog.before_photos) if dialog.before else None
            label = self.tr("Notable work %1").replace("%1", dialog.after.title)
            self.state.undo_stack.push(NotableWorkChange(self, self.fiscal_year, dialog.work_id, before,
                                                         (dialog.after, dialog.after_photos), label))
            self.show_message(self.tr("Saved: %1").replace("%1", dialog.after.title))
            self.state.notify(*WORK_CHANGES)
        finally:
            dialog.deleteLater()

    def confirm_delete(self, work: NotableWorkView) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the notable work"),
                          self.tr("Delete “%1”? (Undo brings it back with its photos.)").replace("%1", work.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_work(self) -> None:
        tambon, work = self.current_tambon(), self.current_work()
        if tambon is None or work is None or not self.confirm_delete(work):
            return
        try:
            issue_service.delete_notable_work(self.state.database, work.id, self.state.user_name)
        except BilingualError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            return
        before = (_input_of(work, tambon.tambon.code), tuple(photo.id for photo in work.photos))
        label = self.tr("Deletion of %1").replace("%1", work.title)
        self.state.undo_stack.push(NotableWorkChange(self, self.fiscal_year, work.id, before, None, label))
        self.show_message(self.tr("Deleted: %1").replace("%1", work.title))
        self.state.notify(*WORK_CHANGES)
