"""The reports screen: choose the period (a quarter, a cumulative round, the fiscal year: labelled from its dates),
write the period's texts (situation, obstacles, suggestions, support requested: saved with the period), make the
report PDF, the workbook, the district chief's brief, or a One Plan activity's summary. Documents are made in the
background with progress (``Operation``), written to the exports folder and opened when done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.report_periods import ReportPeriod, latest_closed_period, parse_period, periods_of_year
from pcha_desktop.domain.reporting import FreeTexts
from pcha_desktop.exports.file_names import safe_file_name
from pcha_desktop.services import reports as report_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes, export_files
from pcha_desktop.ui.core.operations import Operation, Progress
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.tambons.common import ERROR_STYLE, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel

TEXT_FIELDS = ("situation", "obstacles", "suggestions", "support_requested")


class TextsChange(SavedChange):
    """A period's texts, typed and saved: undo puts the texts it had before back (and redo the new ones)."""

    changes = (changes.REPORTS,)

    def __init__(self, screen: ReportsScreen, period: ReportPeriod, old: FreeTexts, new: FreeTexts, label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.period, self.old, self.new = period, old, new

    def apply(self) -> None:
        report_service.save_report_texts(self._state.database, self.period, self.new, self._state.user_name)

    def revert(self) -> None:
        report_service.save_report_texts(self._state.database, self.period, self.old, self._state.user_name)


class ReportsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsScreen")
        self.state = state
        self.fiscal_year = 0
        self.shown_period: ReportPeriod | None = None  # the period whose texts the boxes hold
        self.saved_texts = FreeTexts()
        self.last_files: list[Path] = []

        title = WrappingLabel(self.tr("Reports for the province and the district chief"))
        title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.period_box = QComboBox()
        self.period_box.setObjectName("periodBox")
        self.period_box.setMinimumContentsLength(44)
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period_box)

        self.edits: dict[str, QPlainTextEdit] = {}
        texts = QGroupBox(self.tr("The period's texts (printed in the report and the brief)"))
        grid = QGridLayout(texts)
        captions = {
            "situation": self.tr("Situation and problems (section 1)"),
            "obstacles": self.tr("Obstacles (section 3)"),
            "suggestions": self.tr("Suggestions (section 3)"),
            "support_requested": self.tr("Support requested (the district chief's brief)"),
        }
        for index, name in enumerate(TEXT_FIELDS):
            edit = QPlainTextEdit()
            edit.setObjectName(f"{name}Edit")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            self.edits[name] = edit
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(captions[name]), row * 2, column)
            grid.addWidget(edit, row * 2 + 1, column)
        self.save_button = QPushButton(self.tr("Save texts"))
        self.save_button.setObjectName("saveTextsButton")
        self.save_button.clicked.connect(self.save_texts)
        grid.addWidget(self.save_button, 4, 1)

        documents = QGroupBox(self.tr("Documents"))
        buttons = QGridLayout(documents)
        self.pdf_button = QPushButton(self.tr("Report PDF"))
        self.pdf_button.setObjectName("reportPdfButton")
        self.pdf_button.setToolTip(self.tr("The report in the province's shape (sections 1–3 and the attachments)"))
        self.xlsx_button = QPushButton(self.tr("Workbook (.xlsx)"))
        self.xlsx_button.setObjectName("reportXlsxButton")
        self.xlsx_button.setToolTip(self.tr("A sheet per area: filter and sum in Excel or LibreOffice"))
        self.brief_button = QPushButton(self.tr("District chief's brief"))
        self.brief_button.setObjectName("briefButton")
        self.brief_button.setToolTip(self.tr("One or two pages for the governor's monthly meeting of agency heads"))
        self.activity_box = QComboBox()
        self.activity_box.setObjectName("activityBox")
        self.activity_box.setMinimumContentsLength(24)
        self.activity_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.project_button = QPushButton(self.tr("Project summary"))
        self.project_button.setObjectName("projectSummaryButton")
        buttons.addWidget(self.pdf_button, 0, 0)
        buttons.addWidget(self.xlsx_button, 0, 1)
        buttons.addWidget(self.brief_button, 0, 2)
        buttons.addWidget(QLabel(self.tr("One Plan activity:")), 1, 0)
        buttons.addWidget(self.activity_box, 1, 1)
        buttons.addWidget(self.project_button, 1, 2)
        self.pdf_button.clicked.connect(lambda: self.make("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.make("xlsx"))
        self.brief_button.clicked.connect(lambda: self.make("brief"))
        self.project_button.clicked.connect(lambda: self.make("project"))

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("reportsMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(texts, 1)
        layout.addWidget(documents)
        layout.addWidget(self.message_label)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        state.on_change(self, (changes.ISSUES, changes.SETTINGS, changes.REPORTS), self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload())
        self.reload()

    # --- the period ---------------------------------------------------------------------------------------------

    def period(self) -> ReportPeriod | None:
        code = self.period_box.currentData()
        return parse_period(code) if isinstance(code, str) else None

    def _period_label(self, period: ReportPeriod) -> str:
        if self.state.language == "en":
            return period.label_en()
        return period.label_th(self.state.thai_digits)

    def reload(self) -> None:
        fiscal_year = fiscal_year_in_view(self.state)
        chosen = self.period()
        if fiscal_year != self.fiscal_year or chosen is None:
            latest = latest_closed_period(self.state.today())
            chosen = latest if latest.fiscal_year == fiscal_year else ReportPeriod.year(fiscal_year)
        self.fiscal_year = fiscal_year
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods_of_year(fiscal_year):
            self.period_box.addItem(self._period_label(period), period.code)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(chosen.code)))
        self.period_box.blockSignals(False)
        self.shown_period = self.period()
        self._load_texts()
        self.activity_box.clear()
        for activity_id, issue_title, name in report_service.activity_choices(self.state.database, fiscal_year):
            self.activity_box.addItem(name, activity_id)
            self.activity_box.setItemData(self.activity_box.count() - 1, issue_title, 3)  # the tooltip
        self.project_button.setEnabled(self.activity_box.count() > 0)
        if not self.activity_box.count():
            self.activity_box.addItem(self.tr("(no activities this year)"))
            self.activity_box.setEnabled(False)
        else:
            self.activity_box.setEnabled(True)

    def _period_chosen(self, _index: int) -> None:
        """The texts typed for the period left are saved first (refused: the choice goes back to it)."""
        chosen, left = self.period(), self.shown_period
        if left is not None and chosen != left and self.typed_texts() != self.saved_texts:
            if not self._save(left):
                self.period_box.blockSignals(True)
                self.period_box.setCurrentIndex(self.period_box.findData(left.code))
                self.period_box.blockSignals(False)
                return
        self.shown_period = chosen
        self._load_texts()

    def _load_texts(self) -> None:
        period = self.period()
        if period is None:
            return
        self.saved_texts = report_service.report_texts(self.state.database, period)
        for name, edit in self.edits.items():
            edit.setPlainText(getattr(self.saved_texts, name))

    def typed_texts(self) -> FreeTexts:
        return FreeTexts(**{name: edit.toPlainText() for name, edit in self.edits.items()})

    # --- saving the texts ---------------------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def save_texts(self) -> bool:
        """Save the typed texts of the period (one transaction); False (and the reason shown) when refused."""
        period = self.period()
        return period is not None and self._save(period)

    def _save(self, period: ReportPeriod) -> bool:
        typed = self.typed_texts()
        if typed == self.saved_texts:
            return True
        old = self.saved_texts
        try:
            self.saved_texts = report_service.save_report_texts(self.state.database, period, typed,
                                                                self.state.user_name)
        except BilingualError as error:
            self.show_message(error.message(self.state.language), error=True)
            return False
        self.state.undo_stack.push(TextsChange(self, period, old, self.saved_texts,
                                               self.tr("the texts of {period}").format(period=period.name_th()
                                                                                      if self.state.language != "en"
                                                                                      else period.name_en())))
        self.state.notify(changes.REPORTS)
        self.show_message(self.tr("The texts of {period} were saved.").format(period=self._period_label(period)))
        return True

    # --- making documents ---------------------------------------------------------------------------------------

    def _file_name(self, period: ReportPeriod, kind: str) -> str:
        district = ""
        try:
            from pcha_desktop.services.district_profile import load_profile

            profile = load_profile(self.state.database)
            district = profile.district_name if profile else ""
        except BilingualError:
            pass
        if kind == "brief":
            return safe_file_name(f"สรุปเสนอนายอำเภอ {district} {period.name_th()}", ".pdf")
        if kind == "project":
            return safe_file_name(f"สรุปผลโครงการ {self.activity_box.currentText()}", ".pdf")
        return safe_file_name(report_service.report_file_stem(period, district), ".xlsx" if kind == "xlsx" else ".pdf")

    def make(self, kind: str) -> Operation | None:
        """Make a document in the background ("pdf", "xlsx", "brief", "project"); open it when done."""
        period = self.period()
        if period is None or not self.save_texts():
            return None
        activity_id = self.activity_box.currentData() if kind == "project" else None
        if kind == "project" and activity_id is None:
            return None
        database, thai_digits = self.state.database, self.state.thai_digits
        path = export_files.free_path(export_files.export_folder(self.state) / self._file_name(period, kind))

        def work(progress: Progress) -> Path:
            def step(done: int, total: int, _text: str) -> None:
                progress.check()
                progress.step(done, total)

            if kind == "pdf":
                return report_service.make_report(database, period, pdf=path, thai_digits=thai_digits,
                                                  progress=step).pdf or path
            if kind == "xlsx":
                return report_service.make_report(database, period, xlsx=path, thai_digits=thai_digits,
                                                  progress=step).xlsx or path
            if kind == "brief":
                return report_service.make_brief(database, period, path, thai_digits=thai_digits)
            return report_service.make_project_report(database, int(activity_id), path, thai_digits=thai_digits)

        def made(result: Path) -> None:
            self.last_files.append(result)
            self.show_message(self.tr("Saved as {path}").format(path=result))
            export_files.add_open_folder_link(self.message_label, result)
            export_files.open_file(result)

        labels = {"pdf": self.tr("Making the report PDF…"), "xlsx": self.tr("Making the workbook…"),
                  "brief": self.tr("Making the district chief's brief…"), "project": self.tr("Making the project summary…")}
        return Operation(
            self, self.state, work, label=labels[kind], cancellable=True, success=made, expected=(OSError,),
            failure=lambda text: self.show_message(self.tr("The document could not be made: {reason}")
                                                   .format(reason=text), error=True),
        ).run_in_background()


__all__ = ["ReportsScreen"]
