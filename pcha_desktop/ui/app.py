"""`pcha-desktop`: start the application.

The window is painted first. Then the data folder is opened (plain sqlite3) and, once the district is
known, the home screen is painted from the start summary (services/start_summary.py) while a thread is
still importing the database layers (SQLAlchemy and the ORM, the slowest part of starting); the window is
made live when they have loaded. A first run (the wizard), the demo, and a migration take the ORM path.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcha_desktop import __version__
from pcha_desktop.bundled_files import resource_path
from pcha_desktop.ui.fonts import install_application_font
from pcha_desktop.ui.i18n import install_language
from pcha_desktop.ui.main_window import MainWindow
from pcha_desktop.ui.single_instance import explain_in_use, hand_over_or_serve


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pcha-desktop", description="PCHA Desktop")
    parser.add_argument("--demo", action="store_true", help="open the demo database (a separate data folder)")
    parser.add_argument("--data-dir", help="data folder (default: PCHA_DATA_DIR or the per-user data folder)")
    parser.add_argument("--district", default="8301", choices=("8301", "5407"),
                        help="with --demo, on an empty folder: 8301 Mueang Phuket (default) or 5407 Wang Chin")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("bundle_file", nargs="?", metavar="FILE.pcha",
                        help="a bundle to import (what double-clicking a .pcha file starts)")
    return parser.parse_args(argv)


class StartupProbe(QObject):
    """With PCHA_STARTUP_PROBE=1, prints when the window is first painted and when the home screen shows
    the district's data (wall-clock time.time(), so the caller can measure from process start), for
    benchmarks/startup.py and installer/smoke_test.py (also into the file PCHA_STARTUP_PROBE_FILE, if set);
    exits after that if PCHA_STARTUP_EXIT=1."""

    def __init__(self) -> None:
        super().__init__()
        self.enabled = os.environ.get("PCHA_STARTUP_PROBE") == "1"
        self._painted: set[str] = set()

    def watch(self, widget: QWidget, event_name: str) -> None:
        if self.enabled:
            widget.setProperty("startupProbeEvent", event_name)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            name = watched.property("startupProbeEvent")
            if name and name not in self._painted:
                self._painted.add(name)
                print(f"{name} {time.time():.6f}", flush=True)
                record = os.environ.get("PCHA_STARTUP_PROBE_FILE")  # a windowed .exe has no stdout
                if record:
                    with open(record, "a", encoding="utf-8") as events:
                        events.write(f"{name} {time.time():.6f}\n")
                if name == "home-painted" and os.environ.get("PCHA_STARTUP_EXIT") == "1":
                    QTimer.singleShot(0, QApplication.quit)
        return False


class AfterFirstPaint(QObject):
    """Calls `callback` once, right after `widget` is first painted."""

    def __init__(self, widget: QWidget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _message(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QApplication.translate("Startup", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def open_application(
    window: MainWindow,
    arguments: argparse.Namespace,
    probe: StartupProbe,
    data_layers: threading.Thread | None = None,
    *,
    report_errors: bool = False,
) -> bool:
    """Open the data folder, run the first-run wizard if needed, and fill the window. False: quit.

    `data_layers` is the thread importing the database layers (None: they are imported already). When the
    district is known, the home screen is shown at once from the start summary, and the window is made live
    (`AppState`, sections, editing) as soon as that thread has finished; otherwise (first run, demo) this
    waits for it and takes the ORM path. `report_errors`: install the hooks that log unexpected errors to
    the data folder's logs/ and tell the user (ui/core/errors.py); the real start-up does.
    """
    from pcha_desktop.services.start_summary import read_start_summary
    from pcha_desktop.storage.paths import StorageError, resolve_data_dir

    try:
        data_dir = resolve_data_dir(arguments.data_dir, demo=arguments.demo)
    except StorageError as error:  # a file where the folder should be, a folder that cannot be made
        _message(window, QApplication.translate("Startup", "The data cannot be opened"),
                 f"{error.message_th}\n\n{error.message_en}")
        return False
    if report_errors:
        from pcha_desktop.ui.core.errors import install_error_handling

        install_error_handling(data_dir)
    folder = _open_data_folder(window, data_dir)
    if folder is None:
        return False
    QApplication.instance().aboutToQuit.connect(folder.close)
    summary = None if arguments.demo else read_start_summary(folder)  # the demo is (re)filled through the ORM
    if summary is None:
        if data_layers is not None:
            data_layers.join()
        outcome = _complete_profile(window, folder, arguments)
        if outcome is None:
            return False
        _attach_state(window, folder, arguments, probe)
        if outcome == "new":  # a new district is led on to the year's first steps
            window.show_section("year_guide")
        return True

    install_language(summary.language)
    probe.watch(window.show_start_summary(summary).content, "home-painted")
    if data_layers is None or not data_layers.is_alive():
        _attach_state(window, folder, arguments, probe)
    else:
        _when_finished(data_layers, window, lambda: _attach_state(window, folder, arguments, probe))
    return True


def _open_data_folder(window: MainWindow, data_dir):
    """The opened folder, or None (the user was told why, or declined to restore a damaged database)."""
    from pcha_desktop.services import data_folder as data_folder_service

    while True:
        try:
            return data_folder_service.open_data_folder(data_dir)
        except data_folder_service.DataFolderInUse as error:
            explain_in_use(window, error)
            return None
        except data_folder_service.DatabaseDamaged as error:
            from pcha_desktop.ui.restore_dialog import offer_restore  # only for a damaged database

            if not offer_restore(window, data_dir, error):
                return None
        except data_folder_service.StorageError as error:  # newer schema, failed migration, disk problems
            _message(window, QApplication.translate("Startup", "The data cannot be opened"),
                     f"{error.message_th}\n\n{error.message_en}")
            return None


def _complete_profile(window: MainWindow, folder, arguments: argparse.Namespace) -> str | None:
    """Through the ORM: fill the demo, install the language, and run the first-run wizard if there is no
    district profile yet. "known" or "new" (the wizard set the district up); None: the user cancelled the
    wizard (the folder is closed)."""
    from pcha_desktop.services import demo as demo_service
    from pcha_desktop.services import district_profile, settings
    from pcha_desktop.services.district_setup import set_up_district
    from pcha_desktop.services.errors import UserFacingError

    database = folder.database
    if arguments.demo and demo_service.populate_demo(database, district_code=getattr(arguments, "district", "8301")):
        from pcha_desktop.services.demo_scans import attach_demo_scans

        attach_demo_scans(folder.workspace)  # the signed scans the bundle can carry (after the demo's transaction)
    preferences = settings.user_preferences_for(database)
    language = preferences.language
    install_language(language)
    if district_profile.load_profile(database) is not None:
        return "known"
    from pcha_desktop.services.province_mode import province_of

    if province_of(database) is not None:  # a province data folder (report bundles): no district to set up
        return "known"

    from pcha_desktop.ui.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(language, window)
    wizard.welcome_page.user_name_edit.setText(preferences.user_name)  # known from another data folder
    while True:
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            folder.close()
            return None
        try:
            set_up_district(database, wizard.profile(), wizard.user_name())
            preferences.set_user_name(wizard.user_name())
            return "new"
        except UserFacingError as error:  # show it and let the user correct it
            _message(window, QApplication.translate("Startup", "Cannot save"), error.message(language))


def _attach_state(window: MainWindow, folder, arguments: argparse.Namespace, probe: StartupProbe) -> None:
    """Make the window live: the application state on the ORM, the sections, undo and editing."""
    from pcha_desktop.services import fiscal_years
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.thai_wrap import segmenter_loader

    state = AppState(folder, demo=arguments.demo)
    fiscal_years.ensure_current_fiscal_year(folder.database, state.user_name)
    window.attach(state)
    if folder.start_backup_error is not None:
        error = folder.start_backup_error
        window.statusBar().showMessage(
            QApplication.translate("Startup", "Today's automatic backup could not be made: %1").replace(
                "%1", error.message(state.language)
            )
        )
    first = window.sections.get("home") or next(iter(window.sections.values()))  # province mode: no home
    painted = getattr(first, "content", first)  # the home screen's page, inside its scroll area
    probe.watch(painted, "home-painted")
    AfterFirstPaint(painted, segmenter_loader().start)


def _when_finished(thread: threading.Thread, parent: QObject, callback) -> None:
    """Calls `callback` in the Qt thread once `thread` has finished (looked at every 20 ms)."""
    timer = QTimer(parent)
    timer.setInterval(20)

    def check() -> None:
        if not thread.is_alive():
            timer.stop()
            timer.deleteLater()
            callback()

    timer.timeout.connect(check)
    timer.start()


def _preload_data_layers() -> None:
    """Import while Qt sets up and paints the window (Qt releases the GIL): first what the home screen
    needs to show the start summary, then the database layers (SQLAlchemy, the ORM models, the services)."""
    import pcha_desktop.services.data_folder  # noqa: F401
    import pcha_desktop.services.start_summary  # noqa: F401
    import pcha_desktop.ui.home_screen  # noqa: F401
    from pcha_desktop.domain.admin_areas import load_admin_areas

    load_admin_areas()
    import pcha_desktop.services.fiscal_years  # noqa: F401
    import pcha_desktop.storage.database  # noqa: F401
    import pcha_desktop.ui.app_state  # noqa: F401
    from pcha_desktop.ui.sections import home_cards, load_sections

    for card in home_cards(load_sections()):  # the modules of the cards on the home screen
        importlib.import_module(card.module)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    preload = threading.Thread(target=_preload_data_layers, name="preload", daemon=False)
    preload.start()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PCHA Desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icon", "pcha.png"))))
    install_application_font(app)
    install_language("th")

    probe = StartupProbe()
    window = MainWindow()
    probe.watch(window, "first-paint")
    window.show()

    def start() -> None:
        # A window already open on this data is brought forward instead (asked after the first paint, so a
        # start never waits for it; this window then closes at once).
        if not hand_over_or_serve(window, arguments) or not open_application(
            window, arguments, probe, preload, report_errors=True
        ):
            window.close()
            app.quit()
        elif arguments.bundle_file:  # a double-clicked .pcha file: handed to the import
            from pathlib import Path

            from pcha_desktop.ui.bundle_file import open_bundle_file

            open_bundle_file(window, Path(arguments.bundle_file))

    # Open the data only once the window has been painted, so the user sees it at once.
    AfterFirstPaint(window, start)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["main"]
