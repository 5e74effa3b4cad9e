"""The bundle screen's attachments: the signed scans the app holds for the period (ticked), files the user adds,
each with its size; the bundle's expected size against the e-mail limit; shrinking the image scans into
temporary copies (the originals are never written) and going back to the originals."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.services import bundle_attachments as attachment_service
from pcha_desktop.services import bundles as bundle_service
from pcha_desktop.services.bundle_attachments import HeldAttachment, ShrinkResult
from pcha_desktop.services.bundles import BundleFiles
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core.export_files import FILE_DIALOG_OPTIONS
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.thai_wrap import WrappingLabel

translate = QCoreApplication.translate
WARNING_STYLE = "color: #b00020;"
REPORT_ESTIMATE = 160 * 1024  # the report's PDF and workbook until made once (the demo's: 100 KB and 38 KB)



def size_text(size: int) -> str:
    if size % (1024 * 1024) == 0 and size:
        return f"{size // 1024 // 1024} MB"  # a limit: 20 MB, not 20.00 MB
    return f"{size / 1024 / 1024:.2f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


@dataclass
class Choice:
    """One row: a held scan or a file the user added, ticked or not, with its shrunk copy once tried."""

    key: str
    held: HeldAttachment | None
    source: Path | None
    size: int
    image: bool
    checked: bool = True
    shrunk: ShrinkResult | None = field(default=None)

    @property
    def bundle_size(self) -> int:
        return self.shrunk.after if self.shrunk is not None else self.size


def ask_open_files(parent: QWidget) -> list[Path]:
    """The files the user chose to attach (tests replace this)."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, translate("BundleAttachments", "Attach files to the bundle"), str(Path.home()),
        translate("BundleAttachments", "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"), options=FILE_DIALOG_OPTIONS)
    return [Path(name) for name in names]


class BundleAttachments(QGroupBox):
    """Chosen in the table; ``files()`` (run in a worker) prepares the paths the bundle carries."""

    def __init__(self, state: AppState, digits: Callable[[str], str], tell: Callable[[str], None]) -> None:
        super().__init__(translate("BundleAttachments", "Attachments: scanned signed orders and minutes"))
        self.setObjectName("bundleAttachments")
        self.state = state
        self.digits = digits
        self.tell = tell
        self.choices: list[Choice] = []
        self.period = ""
        self.data_bytes = 0
        self.limit_bytes = bundle_service.DEFAULT_EMAIL_LIMIT_BYTES
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        self.report_bytes: dict[str, int] = {}  # period -> the size of its report files when last made here
        layout = QVBoxLayout(self)
        self.report_check = QCheckBox(translate("BundleAttachments", "The period's report (PDF and workbook), made"
                                                " when exporting"))
        self.report_check.setObjectName("bundleReportCheck")
        self.report_check.setChecked(True)
        self.report_check.toggled.connect(lambda _checked: self.show_size())
        layout.addWidget(self.report_check)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("bundleAttachmentsTable")
        self.table.setHorizontalHeaderLabels([translate("BundleAttachments", "File"), translate("BundleAttachments", "Kind"), translate("BundleAttachments", "Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._ticked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("BundleAttachments", "Add file…"))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button = QPushButton(translate("BundleAttachments", "Remove"))
        self.remove_button.setToolTip(translate("BundleAttachments", "Take the selected files out of the list (the files themselves stay)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.shrink_button = QPushButton(translate("BundleAttachments", "Shrink images"))
        self.shrink_button.setToolTip(translate("BundleAttachments", "Attach smaller JPEG copies of the ticked image scans (PNG, JPEG, TIFF)."
                                         " Your files are not changed; PDFs are attached as they are."))
        self.shrink_button.clicked.connect(lambda: self.shrink())
        self.originals_button = QPushButton(translate("BundleAttachments", "Use the originals"))
        self.originals_button.clicked.connect(self.use_originals)
        for button in (self.add_button, self.remove_button, self.shrink_button, self.originals_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.size_label = WrappingLabel()
        self.size_label.setObjectName("bundleSizeLabel")
        layout.addWidget(self.size_label)

    # --- the list ----------------------------------------------------------------------------------------

    def set_period(self, period: str, held: list[HeldAttachment], data_bytes: int, limit_bytes: int) -> None:
        """The period's held scans (a scan seen before keeps its tick and its shrunk copy); added files stay."""
        before = {choice.key: choice for choice in self.choices}
        self.period, self.data_bytes, self.limit_bytes = period, data_bytes, limit_bytes
        rows = []
        for item in held:
            rows.append(before.get(item.key) or Choice(item.key, item, None, item.size_bytes,
                                                       item.attachment.media_type in attachment_service.SHRINKABLE))
        rows += [choice for choice in self.choices if choice.source is not None]
        self.choices = rows
        self.refresh()

    def add_files(self) -> None:
        self.add_paths(ask_open_files(self))

    def add_paths(self, paths: list[Path]) -> None:
        known = {choice.key for choice in self.choices}
        for path in paths:
            key = f"file:{path.resolve()}"
            if key in known:
                continue
            try:
                image = attachment_service.is_shrinkable(path)
                size = path.stat().st_size
            except (BilingualError, OSError) as error:
                text = error.message(self.state.language) if isinstance(error, BilingualError) else str(error)
                self.tell(text)
                continue
            self.choices.append(Choice(key, None, path, size, image))
            known.add(key)
        self.refresh()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.choices = [choice for row, choice in enumerate(self.choices) if row not in rows]
        self.refresh()

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.row() < len(self.choices):
            self.choices[item.row()].checked = item.checkState() == Qt.CheckState.Checked
            self.show_size()

    def kind_text(self, choice: Choice) -> str:
        if choice.held is None:
            return translate("BundleAttachments", "Added file")
        return translate("BundleAttachments", "Signed order") if choice.held.kind == "order" else translate("BundleAttachments", "Signed minutes")

    def size_cell(self, choice: Choice) -> str:
        shrunk = choice.shrunk
        if shrunk is None or choice.image is False:
            return self.digits(size_text(choice.size))
        if shrunk.shrunk:
            return self.digits(f"{size_text(shrunk.before)} → {size_text(shrunk.after)}")
        return self.digits(size_text(choice.size)) + " " + translate("BundleAttachments", "(already small)")

    def refresh(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.choices))
        for row, choice in enumerate(self.choices):
            # a held scan's label follows the Thai-digits setting; a file's name is shown as it is
            name = self.digits(choice.held.label(self.state.language)) if choice.held is not None else choice.source.name  # type: ignore[union-attr]
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked)
            item.setToolTip(str(choice.source) if choice.source is not None else choice.held.attachment.original_name)  # type: ignore[union-attr]
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(self.kind_text(choice)))
            size = QTableWidgetItem(self.size_cell(choice))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        self.table.blockSignals(False)
        self.show_size()

    # --- size ----------------------------------------------------------------------------------------------

    def ticked(self) -> list[Choice]:
        return [choice for choice in self.choices if choice.checked]

    def expected_bytes(self) -> int:
        """From the sizes shown (a shrunk copy's where there is one): no file is read again."""
        report = self.report_bytes.get(self.period, REPORT_ESTIMATE) if self.report_check.isChecked() else 0
        return report + attachment_service.expected_size(
            self.data_bytes, [(self.bundle_name(c), c.bundle_size) for c in self.ticked()])

    @staticmethod
    def bundle_name(choice: Choice) -> str:
        if choice.shrunk is not None:
            return choice.shrunk.path.name
        return choice.held.file_name if choice.held is not None else choice.source.name  # type: ignore[union-attr]

    def over_limit(self) -> bool:
        return self.expected_bytes() > self.limit_bytes

    def can_shrink(self) -> bool:
        return any(choice.image and choice.shrunk is None for choice in self.ticked())

    def show_size(self) -> None:
        size, limit = self.expected_bytes(), size_text(self.limit_bytes)
        if size > self.limit_bytes:
            text = translate("BundleAttachments", "Expected size about %1: larger than the e-mail limit of %2. Shrink the images (PDFs stay"
                      " as they are) or untick some files.")
            self.size_label.setStyleSheet(WARNING_STYLE)
        else:
            text = translate("BundleAttachments", "Expected size about %1 (the e-mail limit is %2).")
            self.size_label.setStyleSheet("")
        self.size_label.setText(self.digits(text.replace("%1", size_text(size)).replace("%2", limit)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.shrink_button.setEnabled(self.can_shrink())
        self.originals_button.setEnabled(any(choice.shrunk is not None for choice in self.choices))

    # --- shrinking and the files the bundle carries -------------------------------------------------------

    def folder(self) -> Path:
        """A temporary folder of this screen's copies (removed when the program ends)."""
        if self._temporary is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="pcha-bundle-")
        return Path(self._temporary.name)

    def shrink(self, then: Callable[[], None] | None = None) -> None:
        """Shrink the ticked images not shrunk yet (in the background); ``then`` runs after."""
        todo = [choice for choice in self.ticked() if choice.image and choice.shrunk is None]
        if not todo:
            return
        workspace, folder = self.state.workspace, self.folder()

        def work(progress) -> list[tuple[str, ShrinkResult]]:  # noqa: ANN001 - operations.Progress
            done = []
            for index, choice in enumerate(todo):
                progress.step(index, len(todo), "")
                progress.check()
                source = choice.source or attachment_service.copy_held(workspace, choice.held, folder / "held")  # type: ignore[arg-type]
                done.append((choice.key, attachment_service.shrink_image(source, _numbered(folder / "shrunk"))))
            return done

        def shrunk(results: list[tuple[str, ShrinkResult]]) -> None:
            by_key = dict(results)
            for choice in self.choices:
                if choice.key in by_key:
                    choice.shrunk = by_key[choice.key]
            before = sum(result.before for _key, result in results)
            after = sum(result.after for _key, result in results)
            self.refresh()
            self.tell(self.digits(translate("BundleAttachments", "Images shrunk: %1 → %2. The bundle carries the smaller copies; your files"
                                     " are unchanged. PDFs are attached as they are.")
                                  .replace("%1", size_text(before)).replace("%2", size_text(after))))
            if then is not None:
                then()

        Operation(self, self.state, work, label=translate("BundleAttachments", "Shrinking the images…"), cancellable=True, success=shrunk,
                  failure=self.tell, expected=(OSError,)).run_in_background()

    def use_originals(self) -> None:
        for choice in self.choices:
            choice.shrunk = None
        self.refresh()

    def files(self, include_report: bool) -> BundleFiles:
        """The ticked files as the bundle carries them (held scans copied out, checked against their hash) and,
        with ``include_report``, the period's report made now. Runs in a worker thread: no widget is touched."""
        report_pdf = workbook = None
        if include_report:
            from pcha_desktop.domain.report_periods import parse_period
            from pcha_desktop.services.reports import make_report

            made = _numbered(self.folder() / "report")
            report_pdf, workbook = made / "report.pdf", made / "workbook.xlsx"
            make_report(self.state.database, parse_period(self.period), pdf=report_pdf, xlsx=workbook,
                        thai_digits=self.state.thai_digits)
            self.report_bytes[self.period] = report_pdf.stat().st_size + workbook.stat().st_size
        paths = []
        for choice in self.ticked():
            if choice.shrunk is not None and choice.shrunk.shrunk:
                paths.append(choice.shrunk.path)
            elif choice.source is not None:
                paths.append(choice.source)
            else:
                paths.append(attachment_service.copy_held(self.state.workspace, choice.held, _numbered(self.folder() / "held")))  # type: ignore[arg-type]
        return BundleFiles(report_pdf=report_pdf, workbook=workbook, attachments=tuple(paths))


def _numbered(folder: Path) -> Path:
    """A new empty sub-folder of ``folder``: two copies of one name never meet."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=folder))
