"""Long work off the GUI thread (ui/core/operations.py): the window stays responsive, progress is shown,
the result or the user's message comes back on the GUI thread, Cancel works, one change notice follows."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.ui.core import changes, operations
from pcha_desktop.ui.core.operations import Operation, Progress


@pytest.fixture
def window(qtbot, pcha_qapp):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def slow_steps(total: int = 12, pause: float = 0.05):
    def work(progress: Progress) -> str:
        for done in range(total):
            progress.check()
            time.sleep(pause)  # as a PDF or a workbook would
            progress.step(done + 1, total)
        return "made"

    return work


def test_the_window_stays_responsive_and_the_result_comes_back_on_the_gui_thread(qtbot, window, state, finish_operations,
                                                                                 ticks):
    ticks = ticks()
    results: list[tuple[str, bool]] = []
    notices: list[frozenset] = []
    state.changed.connect(notices.append)
    operation = Operation(window, state, slow_steps(), label="ทำงาน", changes=(changes.ORDERS,),
                          success=lambda result: results.append(
                              (result, threading.current_thread() is threading.main_thread())))
    operation.run_in_background()
    assert results == [], "the work runs in the background: run_in_background returns at once"
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: operation.dialog is None or operation.dialog.value() >= 3, timeout=3000)
    if operation.dialog is not None:
        assert operation.dialog.maximum() == 12, "determinate: the work reports its steps"
    finish_operations()
    ticks.stop()
    assert results == [("made", True)]
    assert len(ticks.times) >= 15 and ticks.longest_gap() < 0.25, "the event loop kept running"
    assert notices == [frozenset({changes.ORDERS, changes.HISTORY})], "one notice, after the work"


def test_a_refusal_comes_back_as_the_users_message_and_changes_nothing(qtbot, window, state, finish_operations):
    def refuse(_progress: Progress) -> None:
        raise UserFacingError("ไม่สามารถทำได้", "It cannot be done")

    notices: list = []
    state.changed.connect(notices.append)
    told: list[str] = []
    Operation(window, state, refuse, label="x", changes=(changes.MEMBERS,), failure=told.append).run_in_background()
    finish_operations()
    assert told == ["ไม่สามารถทำได้"] and notices == []

    state.language = "en"
    Operation(window, state, refuse, label="x", failure=told.append).run_in_background()
    finish_operations()
    assert told[-1] == "It cannot be done"


def test_without_a_failure_handler_the_message_shows_in_a_box(qtbot, window, state, finish_operations):
    def refuse(_progress: Progress) -> None:
        raise UserFacingError("ไฟล์นี้ใช้ไม่ได้", "This file cannot be used")

    Operation(window, state, refuse, label="x").run_in_background()
    finish_operations()
    boxes = [w for w in window.findChildren(QWidget, "operationFailure") if w.isVisible()]
    assert boxes and boxes[0].text() == "ไฟล์นี้ใช้ไม่ได้"
    boxes[0].close()


def test_cancel_stops_the_work_and_nothing_is_delivered(qtbot, window, state, finish_operations):
    stopped_at: list[int] = []

    def long_read(progress: Progress) -> str:
        for done in range(200):
            if progress.cancelled:
                stopped_at.append(done)
                progress.check()
            time.sleep(0.02)
            progress.step(done + 1, 200)
        return "read"

    results: list = []
    cancelled: list[bool] = []
    notices: list = []
    state.changed.connect(notices.append)
    operation = Operation(window, state, long_read, label="อ่าน", cancellable=True, changes=(changes.MEMBERS,),
                          success=results.append, cancelled=lambda: cancelled.append(True))
    operation.run_in_background()
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.isVisible(), timeout=3000)
    cancel_button = operation.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "ยกเลิก"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    finish_operations()
    assert cancelled == [True] and results == [] and notices == []
    assert stopped_at and stopped_at[0] < 100, "the work saw the flag and stopped early"


def test_work_that_must_not_be_cancelled_offers_no_cancel_and_holds_back_clicks(qtbot, window, state, finish_operations):
    button = QPushButton("บันทึก", window)
    button.show()
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    operation = Operation(window, state, slow_steps(8), label="กู้คืน", show_after_ms=0)
    operation.run_in_background()
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.isVisible(), timeout=3000)
    assert operation.dialog.findChild(QPushButton) is None or not operation.dialog.findChild(QPushButton).isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finish_operations()
    assert clicked == [], "no second action starts while the first one writes"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]


def test_a_bug_in_the_work_goes_to_the_error_hook(qtbot, window, state, finish_operations, monkeypatch):
    import sys

    hooked: list = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: hooked.append(error))
    told: list = []

    def buggy(_progress: Progress) -> None:
        raise KeyError("oops")

    Operation(window, state, buggy, label="x", failure=told.append).run_in_background()
    finish_operations()
    assert len(hooked) == 1 and isinstance(hooked[0], KeyError) and told == []
    assert operations.running() == 0
