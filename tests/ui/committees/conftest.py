"""The committee screens on the demo district, in Thai; dialogs are driven as a user would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState

TODAY = date(2025, 3, 3)  # fiscal year 2568; the demo's revised order is of 15 Feb 2564
SHOTS = Path("/tmp/ui_shots")


@pytest.fixture
def thai_ui(pcha_qapp):
    """The application in Thai (pcha_qapp installs the Thai translation)."""
    yield


@pytest.fixture
def state(thai_ui, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    app_state = AppState(folder, today=TODAY)
    app_state.user_name = "สมศรี ใจดี"
    yield app_state
    folder.close()


@pytest.fixture
def opened(monkeypatch):
    """What the screens asked the system to open (no viewer is launched)."""
    from pcha_desktop.ui.core import export_files

    urls: list = []
    monkeypatch.setattr(export_files, "open_url", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def screen(qtbot, state, opened):
    from pcha_desktop.ui.committees import CommitteeScreen

    widget = CommitteeScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 820)
    widget.show()
    return widget


@pytest.fixture
def drive():
    """drive(DialogClass, action): when a visible DialogClass opens, call action(dialog) (which must close it).
    If the action fails, the dialog is rejected so the test does not hang, and the failure is raised by
    ``drive.check()``."""
    failures: list[BaseException] = []
    seen: list = []

    def start(dialog_class, action, attempts: int = 200) -> None:
        def attempt(left: int = attempts) -> None:
            found = [w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_class) and w.isVisible()]
            if not found:
                if left > 0:
                    QTimer.singleShot(20, lambda: attempt(left - 1))
                else:
                    failures.append(AssertionError(f"{dialog_class.__name__} never opened"))
                return
            dialog = found[0]
            seen.append(dialog)
            try:
                action(dialog)
            except BaseException as error:  # noqa: BLE001
                failures.append(error)
                dialog.reject()

        QTimer.singleShot(0, attempt)

    def check() -> None:
        if failures:
            raise failures[0]

    start.check = check
    start.seen = seen
    return start


@pytest.fixture
def shot():
    def save(widget, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save


def click(qtbot, button) -> None:
    """Click a button the user can click (fails on a disabled one)."""
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_member(panel, name_part: str):
    member = next(m for m in panel.model.members if name_part in m.full_name)
    assert panel.select_membership(member.membership_id)
    return member


def names(panel) -> list[str]:
    """The names as the members table shows them, in its current order."""
    proxy = panel.proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]
