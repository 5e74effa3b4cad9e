"""`pcha-desktop`: start the application.

The window is painted first; the database layers (SQLAlchemy, Alembic, migrations, backups) load right
after, so the user sees something at once.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcha_desktop import __version__
from pcha_desktop.ui.fonts import install_application_font
from pcha_desktop.ui.i18n import install_language
from pcha_desktop.ui.main_window import MainWindow


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pcha-desktop", description="PCHA Desktop")
    parser.add_argument("--demo", action="store_true", help="open the demo database (a separate data folder)")
    parser.add_argument("--data-dir", help="data folder (default: PCHA_DATA_DIR or the per-user data folder)")
    parser.add_argument("--version", action="version", version=__version__)
    return parser.parse_args(argv)


class StartupProbe(QObject):
    """With PCHA_STARTUP_PROBE=1, prints when the window is first painted and when the home screen shows
    the district's data (wall-clock time.time(), so the caller can measure from process start), for
    benchmarks/startup.py; exits after that if PCHA_STARTUP_EXIT=1."""

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


def open_application(window: MainWindow, arguments: argparse.Namespace, probe: StartupProbe) -> bool:
    """Open the data folder, run the first-run wizard if needed, and fill the window. False: quit."""
    from pcha_desktop.services import data_folder as data_folder_service
    from pcha_desktop.services import demo as demo_service
    from pcha_desktop.services import district_profile, fiscal_years, settings
    from pcha_desktop.services.errors import UserFacingError
    from pcha_desktop.storage.paths import resolve_data_dir
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.restore_dialog import offer_restore

    data_dir = resolve_data_dir(arguments.data_dir, demo=arguments.demo)
    while True:
        try:
            folder = data_folder_service.open_data_folder(data_dir)
            break
        except data_folder_service.DataFolderInUse as error:
            _message(window, QApplication.translate("Startup", "PCHA Desktop is already open"),
                     f"{error.message_th}\n\n{error.message_en}")
            return False
        except data_folder_service.DatabaseDamaged as error:
            if not offer_restore(window, data_dir, error):
                return False
        except data_folder_service.StorageError as error:  # newer schema, failed migration, disk problems
            _message(window, QApplication.translate("Startup", "The data cannot be opened"),
                     f"{error.message_th}\n\n{error.message_en}")
            return False

    database = folder.database
    if arguments.demo:
        demo_service.populate_demo(database)
    language = settings.language(database)
    install_language(language)

    if district_profile.load_profile(database) is None:
        from pcha_desktop.ui.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(language, window)
        while True:
            if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
                folder.close()
                return False
            try:
                district_profile.save_profile(database, wizard.profile(), wizard.user_name())
                break
            except UserFacingError as error:  # show it and let the user correct it
                _message(window, QApplication.translate("Startup", "Cannot save"), error.message(language))

    state = AppState(folder, demo=arguments.demo)
    fiscal_years.ensure_current_fiscal_year(database, state.user_name)
    window.attach(state)
    if folder.start_backup_error is not None:
        error = folder.start_backup_error
        window.statusBar().showMessage(
            QApplication.translate("Startup", "Today's automatic backup could not be made: %1").replace(
                "%1", error.message_en if state.language == "en" else error.message_th
            )
        )
    probe.watch(window.sections["home"], "home-painted")
    from pcha_desktop.ui.thai_wrap import segmenter_loader

    AfterFirstPaint(window.sections["home"], segmenter_loader().start)
    return True


def _preload_data_layers() -> None:
    """Import the database layers while Qt sets up and paints the window (Qt releases the GIL)."""
    import pcha_desktop.services.data_folder  # noqa: F401
    import pcha_desktop.ui.home_screen  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    preload = threading.Thread(target=_preload_data_layers, name="preload", daemon=False)
    preload.start()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PCHA Desktop")
    app.setApplicationVersion(__version__)
    install_application_font(app)
    install_language("th")

    probe = StartupProbe()
    window = MainWindow()
    probe.watch(window, "first-paint")
    window.show()

    def start() -> None:
        preload.join()
        if not open_application(window, arguments, probe):
            window.close()
            app.quit()
            return
        app.aboutToQuit.connect(window.state.data_folder.close)

    # Open the data only once the window has been painted, so the user sees it at once.
    AfterFirstPaint(window, start)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["main"]
