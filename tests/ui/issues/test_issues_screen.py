"""The issues section: a quarter's results typed from the keyboard for every KPI, saved at once and shown with
the percent and status `pcha kpis --json` gives; a refused value saves nothing; undo restores; the year's
warning; copying an issue forward; the home card's bars."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from pcha_desktop.domain import kpis as k
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.issues.issues_screen import PERCENT, Q1, STATUS, IssuesScreen
from pcha_desktop.ui.issues.kpi_progress import KpiProgressCard

TODAY = date(2025, 3, 3)  # FY2568, quarter 2


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    app_state = AppState(folder, today=TODAY)
    app_state.select_fiscal_year(2564)
    yield app_state
    folder.close()


@pytest.fixture
def screen(qtbot, state):
    widget = IssuesScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def kpi_rows(screen: IssuesScreen) -> list[int]:
    return [row for row, record in enumerate(screen.model.records) if record.kpi is not None]


def editor_of(screen: IssuesScreen) -> QLineEdit:
    editors = [e for e in screen.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "one cell is being edited"
    return editors[0]


def start_typing_in(screen: IssuesScreen, row: int, quarter: int) -> QLineEdit:
    screen.quarter_box.setCurrentIndex(quarter - 1)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(row, Q1 + quarter - 1))
    QTest.keyClick(screen.table, Qt.Key.Key_Return)
    return editor_of(screen)


def type_into(editor: QLineEdit, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, key)
    QApplication.processEvents()  # the delegate commits and closes the editor queued


def cli_kpis(state: AppState) -> dict:
    """What `pcha kpis --fy 2564 --json` prints (the CLI refuses a data folder the app has open; its own tests
    check that it prints this document)."""
    return json.loads(json.dumps(issue_service.kpis_document(issue_service.year_kpis(state.database, 2564))))


def test_a_quarter_typed_for_every_kpi_is_saved_and_agrees_with_the_cli(qtbot, screen, state):
    rows = kpi_rows(screen)
    assert len(rows) >= 8  # the demo's four issues, two or three KPIs each
    typed = {}
    editor = start_typing_in(screen, rows[0], 3)
    for number, row in enumerate(rows):
        kpi_id = screen.model.record(row).kpi.id
        typed[kpi_id] = Decimal(11 + number * 7) / 2
        type_into(editor, str(typed[kpi_id]), Qt.Key.Key_Tab if number % 2 else Qt.Key.Key_Return)
        if row != rows[-1]:
            editor = editor_of(screen)
            assert screen.table.currentIndex().row() == rows[number + 1]  # on to the next KPI, same quarter
    QApplication.processEvents()

    year = issue_service.year_kpis(state.database, 2564)
    saved = {kpi.id: kpi.results[2] for issue in year.issues for kpi in issue.kpis}
    assert saved == typed
    document = cli_kpis(state)
    shown = {}
    for row in kpi_rows(screen):
        record = screen.model.record(row)
        shown[record.kpi.id] = (screen.model.index(row, PERCENT).data(), screen.model.index(row, STATUS).data())
    for issue in document["issues"]:
        for kpi in issue["kpis"]:
            percent, status = shown[kpi["id"]]
            assert status == kpi["status_label"]["th"]
            if kpi["percent"] is None:
                assert percent == ""
            else:
                assert Decimal(percent.removesuffix(" %").replace(",", "")) == Decimal(str(kpi["percent"]))
    assert state.undo_stack.count() == len(rows)  # each edit one undoable step


def test_a_refused_value_saves_nothing_and_says_why(qtbot, screen, state):
    before = issue_service.year_kpis(state.database, 2564)
    row = kpi_rows(screen)[0]
    editor = start_typing_in(screen, row, 2)
    type_into(editor, "abc")
    QApplication.processEvents()
    assert issue_service.year_kpis(state.database, 2564) == before
    assert screen.model.record(row).kpi.results[1] == before.issues[0].kpis[0].results[1]  # the cell unchanged
    assert state.undo_stack.count() == 0
    message = screen.message_label.text()
    assert "ผลงาน" in message and screen.model.record(row).kpi.name in message
    assert screen.table.currentIndex().row() == row and editor_of(screen)  # still there, to be corrected
    type_into(editor_of(screen), "12", Qt.Key.Key_Return)
    assert issue_service.year_kpis(state.database, 2564).issues[0].kpis[0].results[1] == 12


def test_undo_puts_the_old_result_back(qtbot, screen, state):
    row = kpi_rows(screen)[1]
    kpi = screen.model.record(row).kpi
    old = kpi.results[3]
    editor = start_typing_in(screen, row, 4)
    type_into(editor, "321", Qt.Key.Key_Return)
    QApplication.processEvents()
    assert issue_service.issue_view(state.database, screen.model.record(row).issue.id).kpis[1].results[3] == 321
    state.undo_stack.undo()
    QApplication.processEvents()
    assert issue_service.issue_view(state.database, screen.model.record(row).issue.id).kpis[1].results[3] == old
    assert screen.model.record(row).kpi.results[3] == old  # the table shows it again
    state.undo_stack.redo()
    assert issue_service.issue_view(state.database, screen.model.record(row).issue.id).kpis[1].results[3] == 321


def test_a_quarter_not_begun_asks_first(qtbot, state):
    issue_id = issue_service.add_year_issue(state.database, 2568, issue_service.IssueDetails("ขยะต้นทาง"), "test")
    issue_service.add_kpi(state.database, issue_id, issue_service.KpiInput("ครัวเรือนคัดแยกขยะ", "80", unit="ร้อยละ"),
                          "test")
    state.select_fiscal_year(2568)
    screen = IssuesScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.warning_label.isVisibleTo(screen)  # one issue: below the regulation's two
    row = kpi_rows(screen)[0]
    answers = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        answers.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    type_into(start_typing_in(screen, row, 3), "40", Qt.Key.Key_Return)
    QApplication.processEvents()
    assert answers and "ยังไม่เริ่ม" in answers[0]
    assert issue_service.issue_view(state.database, issue_id).kpis[0].results[2] is None
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    type_into(start_typing_in(screen, row, 3), "40", Qt.Key.Key_Return)
    QApplication.processEvents()
    assert issue_service.issue_view(state.database, issue_id).kpis[0].results[2] == 40


def test_the_year_with_enough_issues_has_no_warning_and_an_issue_copies_forward(qtbot, screen, state, finish_operations):
    assert not screen.warning_label.isVisibleTo(screen)
    issue = screen.year.issues[0]
    screen.copy_issue(issue)
    finish_operations()
    next_year = issue_service.year_kpis(state.database, 2565)
    assert [i.title for i in next_year.issues] == [issue.title]
    assert [kpi.name for kpi in next_year.issues[0].kpis] == [kpi.name for kpi in issue.kpis]
    assert issue.title in screen.message_label.text()
    screen.copy_issue(issue)  # a second time: refused, said, nothing added
    finish_operations()
    assert len(issue_service.year_kpis(state.database, 2565).issues) == 1
    assert "2565" in screen.message_label.text()


def test_the_home_card_shows_a_capped_bar_per_kpi_with_its_status(qtbot, state):
    card = KpiProgressCard(state)
    qtbot.addWidget(card)
    year = issue_service.year_kpis(state.database, 2564)
    kpis = [kpi for issue in year.issues for kpi in issue.kpis]
    assert len(card.bars) == len(kpis)
    for bar, kpi in zip(card.bars, kpis, strict=True):
        assert bar.value() == min(100, round(kpi.percent or 0))
        assert k.label(kpi.status) in bar.format()
    assert any(kpi.percent and kpi.percent > 100 for kpi in kpis)  # the demo has KPIs past their target
    state.select_fiscal_year(2568)
    assert card.bars == []


def test_the_section_comes_from_its_one_line(qtbot, state, monkeypatch):
    from pcha_desktop.ui import sections
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    assert "issues" in [s.key for s in window.section_list()]
    assert isinstance(window.show_section("issues"), IssuesScreen)
    monkeypatch.setattr(sections, "SECTION_PACKAGES",
                        [p for p in sections.SECTION_PACKAGES if p != "pcha_desktop.ui.issues"])
    other = MainWindow(state)
    qtbot.addWidget(other)
    assert "issues" not in [s.key for s in other.section_list()]


def test_thai_digits_are_followed(qtbot, state, type_text):
    state.set_thai_digits(True)
    screen = IssuesScreen(state)
    qtbot.addWidget(screen)
    row = kpi_rows(screen)[0]
    percent = screen.model.index(row, PERCENT).data()
    assert percent and not any(c in "0123456789" for c in percent)
    assert any(c in "๐๑๒๓๔๕๖๗๘๙" for c in percent)
    screen.show()
    editor = start_typing_in(screen, row, 1)
    editor.selectAll()
    type_text(editor, "๔๒")  # typed in Thai digits
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert issue_service.year_kpis(state.database, 2564).issues[0].kpis[0].results[0] == 42
