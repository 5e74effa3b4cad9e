"""Long work off the GUI thread: one small mechanism, modelled on Anki's CollectionOp/QueryOp.

    Operation(panel, state, lambda progress: orders_service.render_order_pdf(state.database, …),
              label=tr("Making the PDF…"), changes=(), cancellable=True,
              success=lambda path: …, failure=lambda text: panel.show_message(text, error=True),
              ).run_in_background()

- The work runs in a worker thread (QThreadPool). It calls services, which open their own session on the
  shared engine (SQLAlchemy's pool hands each thread its own SQLite connection: WAL, busy timeout), so it
  never shares a session with the GUI thread.
- The window stays responsive; user input to it is held back while the work runs, and after a moment
  (``show_after_ms``) a QProgressDialog shows: busy, or determinate once the work reports its steps with
  ``progress.step(done, total)``. Cancel is offered only when ``cancellable`` (work that writes nothing
  lasting): it sets a flag the work reads (``progress.cancelled`` / ``progress.check()``), and whatever the
  work returns after a cancel is dropped.
- The result (``success``) or the user's message (``failure``, in the user's language) comes back on the
  GUI thread. An expected error is a BilingualError (and any type in ``expected``); anything else is a bug
  and goes to ``sys.excepthook`` (logged; the user is told where the log is: ui/core/errors.py).
- On success, ONE change notice: ``state.notify(*changes)`` (ui/core/changes.py), before ``success``.
- ``run_and_wait()`` does the same but returns the result (or raises) once done, with the event loop
  running meanwhile: for start-up, before there is a window to return to.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from pcha_desktop.domain.errors import BilingualError

if TYPE_CHECKING:
    from pcha_desktop.ui.app_state import AppState

T = TypeVar("T")

_running: set[Operation] = set()  # kept alive until their result has been delivered


class Cancelled(Exception):
    """Raised by ``Progress.check()`` once the user pressed Cancel."""


class Progress:
    """What the work receives (in the worker thread): report steps, see whether the user cancelled."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    def step(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` steps are done (the dialog becomes determinate); ``text`` replaces its label."""
        self._relay.progressed.emit(int(done), int(total), text)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits on it, so the slots run on the GUI thread (queued)."""

    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # (result, error)


class _Worker(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._progress = progress
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # noqa: BLE001 - every outcome goes back to the GUI thread
            self._relay.finished.emit(None, error)
            return
        self._relay.finished.emit(result, None)


class _InputBlocker(QObject):
    """Holds back the user's clicks and keys while work runs (except in the dialog of a cancellable one)."""

    BLOCKED = {
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
    }

    def __init__(self, allowed: QProgressDialog | None) -> None:
        super().__init__()
        self._allowed = allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() not in self.BLOCKED:
            return False
        widget = watched if isinstance(watched, QWidget) and self._allowed is not None else None
        while widget is not None:
            if widget is self._allowed:
                return False
            widget = widget.parentWidget()
        return True


def user_message(error: BaseException, language: str | None) -> str:
    """An expected error as the user reads it (both languages when none is known yet)."""
    if isinstance(error, BilingualError):
        if language is None:
            return f"{error.message_th}\n\n{error.message_en}"
        return error.message(language)
    if isinstance(error, OSError):  # the system's words (in the system's language), and which file
        reason = error.strerror or str(error)
        return f"{reason} ({error.filename})" if error.filename else reason
    return str(error)


def running() -> int:
    """How many operations have not delivered their result yet (tests wait for 0)."""
    return len(_running)


class Operation(QObject, Generic[T]):
    """One piece of long work; see the module's documentation."""

    done = Signal()  # after success, failure or cancel was delivered (for tests and callers that chain)

    def __init__(
        self,
        parent: QWidget | None,
        state: AppState | None,
        work: Callable[[Progress], T],
        *,
        label: str,
        changes: Iterable[str] = (),
        cancellable: bool = False,
        success: Callable[[T], object] | None = None,
        failure: Callable[[str], object] | None = None,
        cancelled: Callable[[], object] | None = None,
        expected: tuple[type[BaseException], ...] = (),
        show_after_ms: int = 300,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._state = state
        self._work = work
        self._label = label
        self._changes = tuple(changes)
        self._cancellable = cancellable
        self._success = success
        self._failure = failure
        self._cancelled = cancelled
        self._expected = (BilingualError, Cancelled, *expected)
        self._show_after_ms = show_after_ms
        self._language = language if language is not None else (state.language if state is not None else None)
        self.dialog: QProgressDialog | None = None
        self.result: T | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.finished = False
        self._relay = _Relay()
        self._progress = Progress(self._relay)
        self._blocker: _InputBlocker | None = None
        self.started_at = 0.0  # time.monotonic() when it started, and when its outcome reached the GUI thread
        self.delivered_at = 0.0

    # --- running -----------------------------------------------------------------------------------------

    def run_in_background(self) -> Operation[T]:
        self.started_at = time.monotonic()
        _running.add(self)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.dialog = self._make_dialog()
        self._blocker = _InputBlocker(self.dialog if self._cancellable else None)
        QApplication.instance().installEventFilter(self._blocker)
        QThreadPool.globalInstance().start(_Worker(self._work, self._progress, self._relay))
        return self

    def run_and_wait(self) -> T | None:
        """Run, with the event loop turning until all was delivered; the result, or None when the work failed
        or was cancelled (the failure was told as usual; ``error`` holds it)."""
        loop = QEventLoop()
        self.done.connect(loop.quit)
        self.run_in_background()
        if not self.finished:
            loop.exec()
        return self.result

    def cancel(self) -> None:
        """As if the user pressed Cancel (only when the operation is cancellable)."""
        if self._cancellable and not self.finished:
            self.was_cancelled = True
            self._progress.cancel()
            if self.dialog is not None:
                self.dialog.hide()

    # --- the dialog ----------------------------------------------------------------------------------------

    def _make_dialog(self) -> QProgressDialog:
        parent = self._parent if self._parent is not None and shiboken6.isValid(self._parent) else None
        dialog = QProgressDialog(parent)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "Please wait"))
        dialog.setLabelText(self._label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)  # busy until the work reports steps
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(max(0, self._show_after_ms))
        return dialog

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self.finished:
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self._blocker is not None:
            QApplication.instance().removeEventFilter(self._blocker)
            self._blocker = None
        if self.dialog is not None:
            if shiboken6.isValid(self.dialog):  # (gone with its parent, if that was closed meanwhile)
                self.dialog.hide()
                self.dialog.deleteLater()
            self.dialog = None

    # --- the result, on the GUI thread ---------------------------------------------------------------------

    @Slot(object, object)
    def _on_finished(self, result: object, error: BaseException | None) -> None:
        self.finished = True
        self.delivered_at = time.monotonic()
        self._close_dialog()
        live = self._parent is None or shiboken6.isValid(self._parent)  # (the screen may have been closed)
        try:
            if self.was_cancelled or isinstance(error, Cancelled):  # whatever the work returned is dropped
                self.was_cancelled = True
                if self._cancelled is not None and live:
                    self._cancelled()
            elif error is None:
                self.result = result  # type: ignore[assignment]
                if self._state is not None and self._changes:
                    self._state.notify(*self._changes)
                if self._success is not None and live:
                    self._success(result)  # type: ignore[arg-type]
            elif isinstance(error, self._expected):
                self.error = error
                if live:
                    self._tell_failure(user_message(error, self._language))
            else:
                self.error = error
                sys.excepthook(type(error), error, error.__traceback__)  # a bug: logged, the user told
        finally:
            _running.discard(self)
            self.done.emit()
            # Deleted here, on the GUI thread: left to Python, an operation caught in a reference cycle would be
            # destroyed by whichever thread's garbage collection finds it, maybe the next operation's worker,
            # and destroying a QObject off its own thread crashes Qt (seen as a rare segfault under load).
            self._relay.deleteLater()
            self.deleteLater()

    def _tell_failure(self, text: str) -> None:
        if self._failure is not None:
            self._failure(text)
            return
        parent = self._parent if self._parent is not None and shiboken6.isValid(self._parent) else None
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Operations", "It could not be done"))
        box.setText(text)
        box.setObjectName("operationFailure")
        box.addButton(QCoreApplication.translate("Operations", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, without a nested event loop
