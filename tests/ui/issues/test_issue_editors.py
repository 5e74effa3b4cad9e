"""The issue editors as a secretary uses them: an issue added, edited, moved and deleted from the issues screen;
its target groups (a bad count says why and saves nothing), its goals with a key result measured by a KPI,
its quarterly obstacles and suggestions; a KPI added and edited (a target of zero refused, baselines from the
app's results shown read-only); undo puts things back; and a quarter typed purely from the keyboard."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QPushButton

from pcha_desktop.domain.kpis import Combination, Dimension, TargetGroup
from pcha_desktop.services import committees
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.issues.issue_dialog import COUNT, GOALS_TAB, GROUP, GROUPS_TAB, MEASURED_BY, NOTES_TAB, TEXT, IssueDialog
from pcha_desktop.ui.issues.issues_screen import KPI, PERCENT, Q1, STATUS, TARGET, IssuesScreen
from pcha_desktop.ui.issues.kpi_dialog import KpiDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from quarter_entry import GOAL_SECONDS, estimate_seconds, type_quarter  # noqa: E402

TODAY = date(2025, 3, 3)  # FY2568, quarter 2


_type_text: Callable[[object, str], None]  # the conftest's typing, Thai included (QTest.keyClicks knows Latin-1)


@pytest.fixture(autouse=True)
def _typing(type_text):
    global _type_text
    _type_text = type_text


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


FAILURES: list[BaseException] = []


def with_modal(kind: type, act: Callable[[QDialog], None], seen: list | None = None) -> None:
    """Once a modal window of ``kind`` opens, ``act`` on it (as the user would). A failure inside closes the
    window (the test goes on and ``raise_failures`` raises it) rather than leaving it waiting."""
    def check() -> None:
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind):
            QTimer.singleShot(20, check)
            return
        if seen is not None:
            seen.append(window)
        try:
            act(window)
        except BaseException as failure:  # noqa: BLE001 - given to the test
            FAILURES.append(failure)
            window.reject()

    QTimer.singleShot(0, check)


@pytest.fixture(autouse=True)
def raise_failures():
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def heading_row(screen: IssuesScreen, title: str) -> int:
    return next(row for row, r in enumerate(screen.model.records) if r.kpi is None and r.issue.title == title)


def headings(screen: IssuesScreen) -> list[str]:
    return [r.issue.title for r in screen.model.records if r.kpi is None]


def choose(table, row: int, column: int, data: object) -> None:  # noqa: ANN001
    """Choose from a cell's list with the keyboard: open it (F2), arrow to ``data``, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    combo = next(c for c in table.viewport().findChildren(QComboBox) if c.isVisible())
    while combo.currentData() != data:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()


def cell_editor(table) -> QLineEdit:  # noqa: ANN001
    return next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())


def type_in_editor(table, text: str) -> None:  # noqa: ANN001
    """Types into the cell being edited (Thai too) and presses Enter."""
    editor = cell_editor(table)
    editor.selectAll()
    _type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_cell(table, row: int, column: int, text: str) -> None:  # noqa: ANN001
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    type_in_editor(table, text)


def test_an_issue_added_from_the_screen_with_groups_goals_and_notes(qtbot, state):
    state.select_fiscal_year(2568)
    screen = IssuesScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.warning_label.isVisibleTo(screen) and "2568" in screen.warning_label.text()  # no issue yet
    problems: list[str] = []

    def fill(dialog: IssueDialog) -> None:
        _type_text(dialog.title_edit, "การจัดการขยะต้นทาง")
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(issue_service.IssueArea.WASTE_AT_SOURCE))
        dialog.dimension_boxes[Dimension.HEALTH].setChecked(True)
        if not dialog.nudge_label.isVisibleTo(dialog):
            problems.append("no nudge for health alone")
        dialog.dimension_boxes[Dimension.ENVIRONMENT].setChecked(True)
        if dialog.nudge_label.isVisibleTo(dialog):
            problems.append("the nudge stays past health alone")
        _type_text(dialog.situation_edit, "ขยะในชุมชนเพิ่มขึ้นทุกปี")
        dialog.tabs.setCurrentIndex(GROUPS_TAB)
        dialog.findChild(QPushButton, "addGroupButton").click()
        choose(dialog.groups_table, 0, GROUP, TargetGroup.DISADVANTAGED)
        type_cell(dialog.groups_table, 0, COUNT, "๑๒๐")
        dialog.tabs.setCurrentIndex(NOTES_TAB)
        _type_text(dialog.obstacles_edit, "งบประมาณล่าช้า")
        dialog.tabs.setCurrentIndex(GOALS_TAB)
        dialog.add_objective_button.click()
        type_in_editor(dialog.goals_table, "ลดขยะที่ต้นทาง")
        dialog.add_key_result_button.click()
        type_in_editor(dialog.goals_table, "ครัวเรือนคัดแยกขยะร้อยละ 60")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    with_modal(IssueDialog, fill)
    screen.add_issue_button.click()
    assert problems == []
    year = issue_service.year_kpis(state.database, 2568)
    assert [i.title for i in year.issues] == ["การจัดการขยะต้นทาง"]
    issue = year.issues[0]
    assert issue.dimensions == {Dimension.HEALTH, Dimension.ENVIRONMENT}
    assert [(g.group, g.count) for g in issue.target_groups] == [(TargetGroup.DISADVANTAGED, 120)]
    assert [(o.text, [r.text for r in o.key_results]) for o in issue.objectives] == [
        ("ลดขยะที่ต้นทาง", ["ครัวเรือนคัดแยกขยะร้อยละ 60"])]
    assert [(n.quarter, n.obstacles) for n in issue.quarter_notes] == [(2, "งบประมาณล่าช้า")]  # the screen's quarter
    assert headings(screen) == ["การจัดการขยะต้นทาง"]
    assert [s.issue_id for s in committees.subcommittees(state.database, 2568)] == [issue.id]  # its subcommittee
    assert screen.warning_label.isVisibleTo(screen) and "๑" not in screen.warning_label.text()  # one is still too few
    state.undo_stack.undo()
    assert issue_service.year_kpis(state.database, 2568).issues == () and headings(screen) == []
    state.undo_stack.redo()
    assert [i.title for i in issue_service.year_kpis(state.database, 2568).issues] == ["การจัดการขยะต้นทาง"]


@pytest.mark.parametrize("count", ["-5", "สิบคน"])
def test_a_bad_count_says_why_and_saves_nothing(qtbot, screen, state, count):
    issue = screen.year.issues[1]
    before = issue_service.issue_view(state.database, issue.id)
    dialog = IssueDialog(state, 2564, issue, 1, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("ชื่อใหม่ของประเด็น")
    dialog.tabs.setCurrentIndex(GROUPS_TAB)
    type_cell(dialog.groups_table, 0, COUNT, count)
    dialog.tabs.setCurrentIndex(0)
    assert not dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == GROUPS_TAB  # shown where to correct it
    assert "จำนวนกลุ่มเป้าหมาย" in dialog.message_label.text() and dialog.message_label.isVisibleTo(dialog)
    assert issue_service.issue_view(state.database, issue.id) == before  # not even the title
    type_cell(dialog.groups_table, 0, COUNT, "400")
    assert dialog.save()
    assert issue_service.issue_view(state.database, issue.id).target_groups[0].count == 400


def test_an_edited_issue_shows_at_once_and_undo_puts_it_back(qtbot, screen, state):
    issue = screen.year.issues[1]
    kpi = issue.kpis[2]
    screen.table.setCurrentIndex(screen.model.index(heading_row(screen, issue.title), KPI))

    def edit(dialog: IssueDialog) -> None:
        dialog.title_edit.setText("ผู้ป่วยติดเตียงและผู้ดูแล")
        for box in dialog.dimension_boxes.values():
            box.setChecked(box is dialog.dimension_boxes[Dimension.HEALTH])
        assert dialog.nudge_label.isVisibleTo(dialog)  # health alone: nudged, still allowed
        dialog.tabs.setCurrentIndex(GOALS_TAB)
        dialog.goals_table.setCurrentCell(0, TEXT)
        dialog.add_key_result_button.click()
        type_in_editor(dialog.goals_table, "ผู้ดูแลผ่านการอบรม 60 คน")
        row = dialog.goals_table.rowCount() - 1
        choose(dialog.goals_table, row, MEASURED_BY, kpi.id)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    with_modal(IssueDialog, edit)
    screen.table.setFocus()
    QTest.keyClick(screen.table, Qt.Key.Key_Return)  # Enter on the issue's title opens it
    QApplication.processEvents()
    view = issue_service.issue_view(state.database, issue.id)
    assert view.title == "ผู้ป่วยติดเตียงและผู้ดูแล" and view.health_only
    assert (view.objectives[-1].key_results[-1].text, view.objectives[-1].key_results[-1].kpi_id) == (
        "ผู้ดูแลผ่านการอบรม 60 คน", kpi.id)
    assert "ผู้ป่วยติดเตียงและผู้ดูแล" in headings(screen)
    state.undo_stack.undo()
    back = issue_service.issue_view(state.database, issue.id)
    assert back.title == issue.title and back.objectives == issue.objectives and back.dimensions == issue.dimensions
    assert issue.title in headings(screen) and "เลิกทำแล้ว" in screen.message_label.text()


def test_issues_move_with_the_buttons_and_the_subcommittees_follow(qtbot, screen, state):
    titles = headings(screen)
    screen.table.setCurrentIndex(screen.model.index(heading_row(screen, titles[2]), KPI))
    assert screen.move_up_button.isEnabled() and screen.move_down_button.isEnabled()
    screen.move_up_button.click()
    assert headings(screen) == [titles[0], titles[2], titles[1], titles[3]]
    assert screen.current_issue().title == titles[2]  # still the chosen one
    screen.move_up_button.click()
    assert headings(screen)[0] == titles[2] and not screen.move_up_button.isEnabled()
    by_committee = {s.id: s.issue_id for s in committees.subcommittees(state.database, 2564)}
    assert list(by_committee.values()) == [i.id for i in issue_service.year_kpis(state.database, 2564).issues]
    state.undo_stack.undo()
    state.undo_stack.undo()
    assert headings(screen) == titles


def test_deleting_an_issue_asks_and_never_loses_a_subcommittee_with_members(qtbot, screen, state):
    demo = screen.year.issues[0]
    screen.table.setCurrentIndex(screen.model.index(heading_row(screen, demo.title), KPI))
    asked: list = []
    with_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click(), asked)
    screen.delete_issue_button.click()
    assert asked and demo.title in asked[0].text()
    assert demo.title in headings(screen)  # its subcommittee has members: refused, said
    assert "ลบประเด็น" in screen.message_label.text()
    new_id = issue_service.add_year_issue(state.database, 2564, issue_service.IssueDetails("ประเด็นทดลอง"), "test")
    state.notify("issues")
    screen.select_issue(new_id)
    with_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    screen.delete_issue_button.click()
    assert "ประเด็นทดลอง" in headings(screen)  # No: kept
    with_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    screen.delete_issue_button.click()
    assert "ประเด็นทดลอง" not in headings(screen)
    assert new_id not in [s.issue_id for s in committees.subcommittees(state.database, 2564)]


def test_a_kpi_added_refuses_a_zero_target_and_agrees_with_the_cli(qtbot, screen, state):
    issue = screen.year.issues[2]
    screen.table.setCurrentIndex(screen.model.index(heading_row(screen, issue.title), KPI))
    said: list[str] = []

    def fill(dialog: KpiDialog) -> None:
        _type_text(dialog.name_edit, "ร้อยละผู้ขับขี่สวมหมวกนิรภัย")
        _type_text(dialog.unit_edit, "ร้อยละ")
        dialog.combination_combo.setCurrentIndex(dialog.combination_combo.findData(Combination.LAST))
        QTest.keyClicks(dialog.target_edit, "0")
        assert not dialog.baseline_from_results  # a new KPI: every baseline is typed
        QTest.keyClicks(dialog.baseline_edits[2563], "61.5")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        said.append(dialog.message_label.text())
        dialog.target_edit.setText("๘๐")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    with_modal(KpiDialog, fill)
    screen.add_kpi_button.click()
    assert said and "ศูนย์" in said[0]
    view = issue_service.issue_view(state.database, issue.id)
    added = view.kpis[-1]
    assert (added.name, added.target, added.combination) == ("ร้อยละผู้ขับขี่สวมหมวกนิรภัย", 80, Combination.LAST)
    assert [(b.fiscal_year, b.value) for b in added.baselines][-1] == (2563, Decimal("61.5"))
    row = next(r for r, rec in enumerate(screen.model.records) if rec.kpi and rec.kpi.id == added.id)
    assert screen.table.currentIndex().row() == row  # chosen, ready to type its results
    screen.quarter_box.setCurrentIndex(2)
    screen.table.setCurrentIndex(screen.model.index(row, Q1 + 2))
    QTest.keyClick(screen.table, Qt.Key.Key_7)  # typing on the cell starts its editor
    editor = cell_editor(screen.table)
    QTest.keyClicks(editor, "2")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    document = json.loads(json.dumps(issue_service.kpis_document(issue_service.year_kpis(state.database, 2564))))
    shown = next(k for i in document["issues"] for k in i["kpis"] if k["id"] == added.id)
    row = next(r for r, rec in enumerate(screen.model.records) if rec.kpi and rec.kpi.id == added.id)
    assert shown["percent"] == 90 and screen.model.index(row, PERCENT).data() == "90 %"
    assert screen.model.index(row, STATUS).data() == shown["status_label"]["th"]


def test_a_kpi_edited_shows_baselines_from_results_read_only_and_undo_restores(qtbot, screen, state,
                                                                               finish_operations):
    issue = screen.year.issues[1]
    screen.copy_issue(issue)
    finish_operations()
    state.select_fiscal_year(2565)
    copied = screen.year.issues[0]
    kpi = copied.kpis[0]
    row = next(r for r, rec in enumerate(screen.model.records) if rec.kpi and rec.kpi.id == kpi.id)
    screen.table.setCurrentIndex(screen.model.index(row, KPI))
    seen: list = []

    def edit(dialog: KpiDialog) -> None:
        dialog.target_edit.setText("95")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    with_modal(KpiDialog, edit, seen)
    screen.table.setFocus()
    QTest.keyClick(screen.table, Qt.Key.Key_Return)  # Enter on the KPI's name opens it
    QApplication.processEvents()
    dialog = seen[0]
    assert set(dialog.baseline_from_results) == {2564}  # last year's results: filled in, not typed
    assert "90.25" in dialog.baseline_from_results[2564].text()
    assert set(dialog.baseline_edits) == {2562, 2563}
    assert screen.model.index(row, TARGET).data() == "95"
    state.undo_stack.undo()
    assert issue_service.issue_view(state.database, copied.id).kpis[0] == kpi
    assert screen.model.index(row, TARGET).data() == "90"


def test_a_quarter_for_every_kpi_typed_by_keyboard_alone_in_under_a_minute(qtbot, screen, state):
    year = issue_service.year_kpis(state.database, 2564)
    kpis = [kpi for issue in year.issues for kpi in issue.kpis]
    figures = [str(10 + n) + (".5" if n % 3 == 0 else "") for n in range(len(kpis))]
    typed = type_quarter(screen, 3, figures)
    saved = issue_service.year_kpis(state.database, 2564)
    assert [kpi.results[2] for issue in saved.issues for kpi in issue.kpis] == [Decimal(f) for f in figures]
    assert typed.keystrokes == sum(map(len, figures)) + len(figures) + 2  # Up to quarter 3, Tab, figures, Enters
    assert estimate_seconds(typed, keys_per_second=2, seconds_per_figure=2) < GOAL_SECONDS
    assert state.undo_stack.count() == len(kpis)


def test_obstacles_and_suggestions_are_kept_per_quarter(qtbot, screen, state):
    issue = screen.year.issues[3]
    dialog = IssueDialog(state, 2564, issue, 3, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(NOTES_TAB)
    assert dialog.note_quarter_box.currentIndex() == 2  # the quarter the screen is on
    _type_text(dialog.obstacles_edit, "ขาดแคลนอุปกรณ์ตรวจ")
    QTest.keyClick(dialog.note_quarter_box, Qt.Key.Key_Down)  # on to quarter 4
    assert dialog.obstacles_edit.toPlainText() == ""
    _type_text(dialog.suggestions_edit, "ขอสนับสนุนจากกองทุนสุขภาพตำบล")
    QTest.keyClick(dialog.note_quarter_box, Qt.Key.Key_Up)
    assert dialog.obstacles_edit.toPlainText() == "ขาดแคลนอุปกรณ์ตรวจ"  # what was typed stays
    assert dialog.save()
    notes = {n.quarter: (n.obstacles, n.suggestions) for n in issue_service.issue_view(state.database, issue.id)
             .quarter_notes}
    assert notes[3] == ("ขาดแคลนอุปกรณ์ตรวจ", "") and notes[4] == ("", "ขอสนับสนุนจากกองทุนสุขภาพตำบล")


def test_a_kpi_deleted_after_asking_leaves_its_key_result_unmeasured(qtbot, screen, state):
    issue = screen.year.issues[1]
    measured = {r.kpi_id for o in issue.objectives for r in o.key_results}
    kpi = next(k for k in issue.kpis if k.id in measured)
    row = next(r for r, rec in enumerate(screen.model.records) if rec.kpi and rec.kpi.id == kpi.id)
    screen.table.setCurrentIndex(screen.model.index(row, KPI))
    asked: list = []
    with_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click(), asked)
    screen.delete_kpi_button.click()
    assert kpi.name in asked[0].text()
    view = issue_service.issue_view(state.database, issue.id)
    assert kpi.id not in [k.id for k in view.kpis]
    assert kpi.id not in [rec.kpi.id for rec in screen.model.records if rec.kpi]
    assert len([r for o in view.objectives for r in o.key_results]) == len(
        [r for o in issue.objectives for r in o.key_results])  # the key result stays, measured by no KPI
    assert kpi.name in screen.message_label.text()


def test_an_issue_saved_unchanged_adds_no_undo_step(qtbot, screen, state):
    screen.table.setCurrentIndex(screen.model.index(heading_row(screen, screen.year.issues[0].title), KPI))
    with_modal(IssueDialog, lambda dialog: dialog.buttons.button(dialog.buttons.StandardButton.Save).click())
    screen.edit_issue_button.click()
    assert state.undo_stack.count() == 0
