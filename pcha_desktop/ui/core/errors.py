"""Unexpected errors (bugs): written to a rotating log in the data folder, the user told in a few words.

`install_error_handling(data_dir)` sets `sys.excepthook` and `threading.excepthook`: the traceback goes to
`<data_dir>/logs/pcha.log` (rotated at 1 MB, five old files kept) and the user sees a short message in their
language saying where the log is. Expected errors (a BilingualError: bad input, a refusal, a storage
problem) never come here: the screens catch them and show their message.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    import logging

# The logging modules load on the first error, not at start-up (logging.handlers alone takes ~10 ms).

LOGGER_NAME = "pcha"
LOG_FILE_NAME = "pcha.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def log_path_of(data_dir: Path) -> Path:
    from pcha_desktop.storage.paths import logs_dir

    return logs_dir(data_dir) / LOG_FILE_NAME


class ErrorReporter(QObject):
    """The installed hooks: log, then tell the user (on the GUI thread, one message at a time)."""

    _report = Signal(str)  # from any thread: the message to show

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self._logger: logging.Logger | None = None
        self._handler: logging.Handler | None = None
        self.message_box: QMessageBox | None = None
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous_hooks = (sys.excepthook, threading.excepthook)

    # --- the hooks ---

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.logger.error("Unexpected error", exc_info=(kind, error, trace))
        self.tell_user()

    @property
    def logger(self) -> logging.Logger:
        """The "pcha" logger writing to the rotating log file (made on first use)."""
        if self._logger is None:
            import logging
            from logging.handlers import RotatingFileHandler

            try:
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
                handler = RotatingFileHandler(self.log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS,
                                              encoding="utf-8")
            except OSError:  # a folder that cannot be written: a temporary one, and the message says where
                import tempfile

                self.log_file = Path(tempfile.gettempdir()) / "pcha-logs" / LOG_FILE_NAME
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
                handler = RotatingFileHandler(self.log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS,
                                              encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
            logger = logging.getLogger(LOGGER_NAME)
            logger.setLevel(logging.INFO)
            logger.addHandler(handler)
            self._handler, self._logger = handler, logger
        return self._logger

    def threading_excepthook(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_type is SystemExit:
            return
        thread = arguments.thread.name if arguments.thread is not None else "?"
        self.logger.error("Unexpected error in thread %s", thread,
                          exc_info=(arguments.exc_type, arguments.exc_value, arguments.exc_traceback))
        self.tell_user()

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks
        if self._logger is not None and self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
            self._logger = self._handler = None

    # --- telling the user ---

    def user_text(self) -> str:
        return QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong in the program; the last action may not have been completed. "
            "The details were written to %1. Please send that file to whoever supports the program.",
        ).replace("%1", str(self.log_file))

    def tell_user(self) -> None:
        self._report.emit(self.user_text())

    @Slot(str)
    def _show(self, text: str) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        if self.message_box is not None and self.message_box.isVisible():
            return  # one message at a time; every error is in the log
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("unexpectedError")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
        box.setText(text)
        box.addButton(QCoreApplication.translate("Errors", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.open()  # no nested event loop inside a hook
        self.message_box = box


_installed: ErrorReporter | None = None


def install_error_handling(data_dir: Path) -> ErrorReporter:
    """Install the hooks, logging to `<data_dir>/logs/pcha.log` (a temporary folder when that cannot be
    written). Installing again (another data folder) replaces the previous hooks."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    reporter = ErrorReporter(log_path_of(data_dir))
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.threading_excepthook
    _installed = reporter
    return reporter


def uninstall_error_handling() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None
