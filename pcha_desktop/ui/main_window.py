"""The main window: a sidebar of the sections that exist, a fiscal-year selector, undo, settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the database layers load after the window is first painted
    from pcha_desktop.services.start_summary import StartSummary
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.home_screen import HomeScreen
    from pcha_desktop.ui.sections import Section

# Set on the sidebar and on each screen's title, not on the window: a style sheet on the window makes Qt
# style every widget of every screen through it, which costs a screen about 15 ms more to open.
SIDEBAR_STYLE = """
QListWidget#sidebar { font-size: 12pt; background: #f3f6fa; border: none; }
QListWidget#sidebar::item { padding: 10px 12px; }
QListWidget#sidebar::item:selected { background: #1f5fa8; color: white; }
"""
SCREEN_TITLE_STYLE = "font-size: 20pt; font-weight: bold;"  # the QLabel named "screenTitle" of a screen


class MainWindow(QMainWindow):
    """Shown at once with a "please wait" face; `attach(state)` fills it when the data folder is open.

    At start-up, `show_start_summary(summary)` may come first: the home screen from the start summary, with
    the sidebar, fiscal-year selector and menus shown but disabled; `attach(state)` then makes them live
    (the same home screen widget, attached to the state, so nothing is built twice).
    """

    def __init__(self, state: AppState | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(1100, 720)
        self.sections: dict[str, QWidget] = {}
        self.state: AppState | None = None
        self._start_home: HomeScreen | None = None  # built by show_start_summary, until attach()
        self._section_list: list[Section] | None = None
        self.setWindowTitle(self.tr("PCHA Desktop"))
        waiting = QLabel(self.tr("Opening the data…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(waiting)
        if state is not None:
            self.attach(state)

    def show_start_summary(self, summary: StartSummary) -> HomeScreen:
        """The window as it will be, read-only: the home screen from the start summary (before `attach`)."""
        from pcha_desktop.domain import thai_calendar
        from pcha_desktop.ui.home_screen import HomeScreen

        toolbar = QToolBar(self.tr("Fiscal year"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setEnabled(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(self.tr("Fiscal year:") + " "))
        combo = QComboBox()
        current = thai_calendar.fiscal_year_of(date.today())
        for year in sorted({*summary.fiscal_years, current}, reverse=True):
            combo.addItem(thai_calendar.to_thai_digits(str(year)) if summary.thai_digits else str(year), year)
        combo.setCurrentIndex(combo.findData(current))
        toolbar.addWidget(combo)
        for title in (self.tr("&File"), self.tr("&Edit"), self.tr("&Settings"), self.tr("&Help")):
            self.menuBar().addMenu(title).setEnabled(False)
        from pcha_desktop.ui.sections import home_cards

        self._start_home = HomeScreen(start_summary=summary, cards=home_cards(self.section_list()))
        self._build_sections()
        self.sidebar.setEnabled(False)
        return self._start_home

    def attach(self, state: AppState) -> None:
        self.state = state
        self._section_list = None  # read again with the data: a province folder has its own (ui/sections.py)
        state.language_changed.connect(lambda _language: self.build())
        state.changed.connect(self._after_everything_changed)
        self.build()

    def _after_everything_changed(self, changed: frozenset[str]) -> None:
        """After a restore: the fiscal years, the language and the digits as the restored data has them."""
        from pcha_desktop.ui.core import changes

        if not changes.EVERYTHING <= changed:
            return
        if self.state.preferences.language != self.state.language:
            self.change_language(self.state.preferences.language)  # rebuilds the window, year list included
            return
        self._build_toolbar_and_menus()

    def section_list(self) -> list[Section]:
        """The sections of the sidebar (ui/sections.py); read once (their screens are built when shown)."""
        if self._section_list is None:
            from pcha_desktop.ui.sections import PROVINCE_SECTION_PACKAGES, load_sections

            province = False
            if self.state is not None:  # (before the data layers load, the start summary is a district's)
                from pcha_desktop.services.province_mode import province_of

                province = province_of(self.state.database) is not None
            self._section_list = load_sections(PROVINCE_SECTION_PACKAGES if province else None)
        return self._section_list

    def home_screen(self) -> QWidget:
        """The home section's screen: the one shown from the start summary made live, or a new one."""
        from pcha_desktop.ui.home_screen import HomeScreen
        from pcha_desktop.ui.sections import home_cards

        screen = self._start_home
        if screen is None:
            return HomeScreen(self.state, cards=home_cards(self.section_list()))
        if self.state is not None:  # the one shown from the start summary: make it live
            self._start_home = None
            screen.attach(self.state)
        return screen

    def build(self) -> None:
        """(Re)build every widget in the current language."""
        demo = self.tr(" — DEMO DATA") if self.state.demo else ""
        self.setWindowTitle(self.tr("PCHA Desktop") + demo)
        self._build_toolbar_and_menus()
        self._build_sections()

    def _build_sections(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(250)
        self.sidebar.setWordWrap(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        # A section's screen is built the first time it is shown: start-up builds only the home screen.
        self.sections = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        for section in self.section_list():
            key, title = section.key, section.title()
            self._factories[key] = lambda factory=section.factory: factory(self)
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        self.section(key)
        self.stack.setCurrentIndex(row)

    def section(self, key: str) -> QWidget:
        """The screen of a section, built on first use."""
        if key not in self.sections:
            widget = self._factories[key]()
            for title in widget.findChildren(QLabel, "screenTitle"):
                title.setStyleSheet(SCREEN_TITLE_STYLE)
            self.sections[key] = widget
            self._pages[key].layout().addWidget(widget)
        return self.sections[key]

    def current_section(self) -> QWidget:
        return self.section(self.current_section_key())

    def show_section(self, key: str) -> QWidget:
        keys = [self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.sidebar.count())]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.section(key)

    def current_section_key(self) -> str:
        return self.sidebar.currentItem().data(Qt.ItemDataRole.UserRole)

    def _build_toolbar_and_menus(self) -> None:
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.menuBar().clear()

        toolbar = QToolBar(self.tr("Fiscal year"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        from pcha_desktop.domain import thai_calendar

        toolbar.addWidget(QLabel(self.tr("Fiscal year:") + " "))
        self.fiscal_year_combo = QComboBox()
        self.fiscal_year_combo.setObjectName("fiscalYearCombo")
        from pcha_desktop.services import fiscal_years

        years = fiscal_years.list_fiscal_years(self.state.database)
        current = thai_calendar.fiscal_year_of(self.state.today())
        if current not in years:
            years = sorted({*years, current}, reverse=True)
        for year in years:
            text = thai_calendar.to_thai_digits(str(year)) if self.state.thai_digits else str(year)
            self.fiscal_year_combo.addItem(text, year)
        selected = self.state.fiscal_year or current
        self.fiscal_year_combo.setCurrentIndex(max(0, self.fiscal_year_combo.findData(selected)))
        self.fiscal_year_combo.currentIndexChanged.connect(
            lambda _index: self.state.select_fiscal_year(self.fiscal_year_combo.currentData())
        )
        self.state.select_fiscal_year(selected)
        toolbar.addWidget(self.fiscal_year_combo)

        undo_action = self.state.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.state.undo_stack.createRedoAction(self, self.tr("Redo"))
        # Ctrl+Y everywhere (under X11 the standard Redo is only Ctrl+Shift+Z), besides the platform's own.
        redo_shortcuts = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        redo_action.setShortcuts(list(dict.fromkeys(redo_shortcuts)))
        toolbar.addSeparator()
        toolbar.addAction(undo_action)
        toolbar.addAction(redo_action)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(undo_action)
        edit_menu.addAction(redo_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("Language"))
        for code, name in (("th", "ไทย (Thai)"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(self.state.language == code)
            action.triggered.connect(lambda _checked=False, language=code: self.change_language(language))
            language_menu.addAction(action)
        digits_action = QAction(self.tr("Thai digits in documents and dates"), self)
        digits_action.setObjectName("thaiDigitsAction")
        digits_action.setCheckable(True)
        digits_action.setChecked(self.state.thai_digits)
        digits_action.toggled.connect(self.state.set_thai_digits)
        digits_action.toggled.connect(self._show_year_digits)
        settings_menu.addAction(digits_action)
        limit_action = QAction(self.tr("Largest district committee…"), self)
        limit_action.setObjectName("memberLimitAction")
        limit_action.triggered.connect(self.ask_member_limit)
        settings_menu.addAction(limit_action)
        emblem_action = QAction(self.tr("Garuda emblem for orders…"), self)
        emblem_action.setObjectName("emblemAction")
        emblem_action.triggered.connect(self.choose_emblem)
        settings_menu.addAction(emblem_action)
        pages = [section for section in self.section_list() if section.settings_page is not None]
        if pages:
            settings_menu.addSeparator()
        for section in pages:
            page_action = QAction(section.title() + "…", self)
            page_action.setObjectName(f"settings_{section.key}")
            page_action.triggered.connect(lambda _checked=False, section=section: self.show_settings_page(section))
            settings_menu.addAction(page_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("About PCHA Desktop"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

        self.actions_by_name = {
            "undo": undo_action,
            "redo": redo_action,
            "language_th": language_menu.actions()[0],
            "language_en": language_menu.actions()[1],
            "thai_digits": digits_action,
        }

    def _show_year_digits(self, thai_digits: bool) -> None:
        """The fiscal-year selector follows the Thai-digits setting."""
        from pcha_desktop.domain.thai_calendar import to_thai_digits

        for index in range(self.fiscal_year_combo.count()):
            year = str(self.fiscal_year_combo.itemData(index))
            self.fiscal_year_combo.setItemText(index, to_thai_digits(year) if thai_digits else year)
    def show_settings_page(self, section: Section) -> QWidget:
        """A section's settings page in a dialog (closed with Close; the page saves its own changes)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        dialog = QDialog(self)
        dialog.setObjectName(f"settingsDialog_{section.key}")
        dialog.setWindowTitle(section.title())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        page = section.settings_page(self.state, dialog)
        layout.addWidget(page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.open()
        return page

    def ask_member_limit(self, _checked: bool = False) -> None:
        """The regulation's member limit is unconfirmed: the office sets it; more members only warns."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        from pcha_desktop.services import committees
        from pcha_desktop.ui.core import changes
        from pcha_desktop.ui.widgets.thai_digits_spin_box import ThaiDigitsSpinBox

        current = committees.get_member_limit(self.state.database)
        dialog = QDialog(self)
        dialog.setObjectName("memberLimitDialog")
        dialog.setWindowTitle(self.tr("Largest district committee"))
        spin = ThaiDigitsSpinBox(self.state.thai_digits and self.state.language != "en", dialog)
        spin.setRange(1, 200)
        spin.setValue(current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Warn when the district committee has more members than:")))
        layout.addWidget(spin)
        layout.addWidget(buttons)
        accepted, limit = dialog.exec() == QDialog.DialogCode.Accepted, spin.value()
        if accepted and limit != current:
            committees.set_member_limit(self.state.database, limit, self.state.user_name)
            self.state.notify(changes.SETTINGS)

    def choose_emblem(self, _checked: bool = False, *, file_name: str | None = None) -> None:
        """Let the office choose the Garuda emblem image printed at the top of its orders."""
        from PySide6.QtWidgets import QFileDialog

        from pcha_desktop.services.emblem import set_emblem
        from pcha_desktop.services.errors import UserFacingError

        if file_name is None:
            file_name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Garuda emblem for orders (PNG or JPEG)"), "", self.tr("Images (*.png *.jpg *.jpeg)")
            )
        if not file_name:
            return
        try:
            set_emblem(self.state.workspace, file_name)
        except UserFacingError as error:
            self.statusBar().showMessage(error.message(self.state.language))
            return
        self.statusBar().showMessage(self.tr("The emblem will be printed at the top of every order."))

    def about_text(self) -> str:
        from pcha_desktop import __version__

        return "\n\n".join(
            [
                self.tr("PCHA Desktop %1: the paperwork of the District Quality-of-Life Development Committee.")
                .replace("%1", __version__),
                self.tr("Data folder: %1").replace("%1", str(self.state.data_folder.data_dir)),
                self.tr("Font: Sarabun, by Cadson Demak, under the SIL Open Font License 1.1."),
                self.tr(
                    "Provinces, districts and tambons: GeoThai (CC BY 4.0, creativecommons.org/licenses/by/4.0), "
                    "from the Department of Provincial Administration's data; reshaped for this program."
                ),
            ]
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About PCHA Desktop"), self.about_text())

    def change_language(self, language: str) -> None:
        from pcha_desktop.ui.i18n import install_language

        if language == self.state.language:
            return
        install_language(language)
        current = self.current_section_key()
        self.state.set_language(language)  # emits language_changed → build()
        self.show_section(current)
