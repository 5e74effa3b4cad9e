"""One window per data folder: a second start on the same data brings the first window forward and exits,
or, when the first one cannot be reached, says plainly why (no empty window, no process id in the sentence).

The first window listens on a local socket (a named pipe on Windows) named after its data folder; a second
start connects, sends ``activate`` and exits. The data folder's lock (storage/instance_lock.py) stays what
guarantees that only one process writes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from pcha_desktop.ui.bundle_file import open_bundle_file

# QtNetwork (the local socket) is imported only when used, after the first paint (ui/app.py): a start with no
# other window open on its data never connects (the folder's lock tells), it only listens.

ACTIVATE = b"activate\n"
OPEN = b"open "  # followed by a file's path (UTF-8) and a newline, before ACTIVATE
CONNECT_TIMEOUT_MS = 1500
SERVE_AFTER_MS = 500  # a start in the first half second after another meets a plain "already open"


def server_name(data_dir: Path) -> str:
    """The local socket's name for a data folder (the same folder gives the same name in every process)."""
    key = str(Path(data_dir).expanduser().resolve()).casefold().encode("utf-8")
    return "pcha-desktop-" + hashlib.sha256(key).hexdigest()[:24]


def activate_running_instance(data_dir: Path, timeout_ms: int = CONNECT_TIMEOUT_MS,
                              files: Sequence[Path] = ()) -> bool:
    """True when a window already open on ``data_dir`` answered and was asked to come forward (and to open
    ``files``: the .pcha bundle a double-click named)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    for path in files:
        socket.write(OPEN + str(Path(path).absolute()).encode("utf-8") + b"\n")
    socket.write(ACTIVATE)
    if socket.bytesToWrite():
        socket.waitForBytesWritten(timeout_ms)  # False when flushed at once: not a failure
    answered = socket.waitForReadyRead(timeout_ms) and socket.readAll().data().startswith(b"ok")
    socket.disconnectFromServer()
    return bool(answered)


class InstanceServer(QObject):
    """Brings ``window`` forward whenever another start on the same data asks for it."""

    def __init__(self, window: QWidget, data_dir: Path) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(window)
        self._window = window
        self.activations = 0
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left over by a program that did not stop cleanly (Unix)
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # what arrived before the connection was taken

    def _read(self, socket) -> None:  # noqa: ANN001 (a QLocalSocket)
        files = socket.property("handedFiles") or []
        while socket.canReadLine():
            line = socket.readLine().data()
            if line.startswith(OPEN):
                files.append(line[len(OPEN):].rstrip(b"\n").decode("utf-8", "replace"))
                socket.setProperty("handedFiles", files)
            elif line == ACTIVATE:
                self._activate(socket, [Path(name) for name in files])

    def _activate(self, socket, files: list[Path]) -> None:  # noqa: ANN001 (a QLocalSocket)
        self.activations += 1
        window = self._window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        socket.write(b"ok\n")
        socket.flush()
        for path in files:  # after the answer: the second start is not kept waiting by the message
            QTimer.singleShot(0, lambda path=path: open_bundle_file(window, path))


def hand_over_or_serve(window: QWidget, arguments) -> bool:  # noqa: ANN001 (the parsed command line)
    """At start: False when a window already open on the same data was brought forward (this start should
    then end quietly); otherwise listen for later starts on behalf of ``window`` and return True."""
    from pcha_desktop.storage.instance_lock import held_by_another_process
    from pcha_desktop.storage.paths import StorageError, resolve_data_dir

    try:
        data_dir = resolve_data_dir(arguments.data_dir, demo=arguments.demo)
    except StorageError:  # e.g. a file given as the data folder: opening the data says so
        return True
    files = [Path(arguments.bundle_file)] if getattr(arguments, "bundle_file", None) else []
    if held_by_another_process(data_dir) and activate_running_instance(data_dir, files=files):
        return False

    def serve() -> None:
        window.instance_server = InstanceServer(window, data_dir)

    QTimer.singleShot(SERVE_AFTER_MS, serve)  # after the home screen is painted (QtNetwork takes a while)
    return True


def explain_in_use(parent: QWidget | None, error) -> None:  # noqa: ANN001 (storage's DataFolderInUse)
    """The data folder is locked by a program that does not answer: say why, in plain words."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("dataInUse")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SingleInstance", "PCHA Desktop is already open"))
    box.setText(translate(
        "SingleInstance",
        "PCHA Desktop is already open with this data, but that window does not answer: it may be busy, or "
        "opened by another user of this computer. Switch to it and close it (or restart the computer), then "
        "start PCHA Desktop again. Nothing was changed."))
    box.setDetailedText(f"{error.message_th}\n\n{error.message_en}")
    box.addButton(translate("SingleInstance", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
