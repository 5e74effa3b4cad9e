"""The One Plan section as a secretary uses it on the demo: she sees who contributes what to each issue, adds
an activity with its tambons, dates, budget by source, objectives and partners' resources (a date outside
the fiscal year or a negative budget is refused in the dialog and nothing is saved), changes and deletes
activities with undo, and exports the plan and imports it back with every bad row named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from pcha_desktop.domain.one_plan import BudgetSource, ResourceKind
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.plan.activity_dialog import ActivityDialog
from pcha_desktop.ui.plan.plan_import_dialog import PlanImportDialog
from pcha_desktop.ui.plan.plan_models import BUDGET, NAME, NOTHING_MARK, TAMBONS
from pcha_desktop.ui.plan.plan_screen import PlanScreen

TODAY = date(2025, 3, 3)
NEW = "ตรวจคัดกรองความดันโลหิตในชุมชน"


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
    widget = PlanScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_matrix(screen: PlanScreen) -> dict[str, dict[str, str]]:
    """The partner × kind table as the user reads it."""
    model = screen.matrix_model
    kinds = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]
    return {model.index(r, 0).data(): {kind: model.index(r, c + 1).data() for c, kind in enumerate(kinds)}
            for r in range(model.rowCount())}


def activity_names(screen: PlanScreen) -> list[str]:
    return [screen.model.index(row, NAME).data() for row in range(screen.model.rowCount())]


def fill(dialog: ActivityDialog, *, start: str = "1 ก.พ. 2564", budget: str = "12,500") -> None:
    dialog.name_edit.setText(NEW)
    dialog.lead_edit.setText("รพ.สต.ฉลอง")
    dialog.partners_edit.setPlainText("เทศบาลตำบลฉลอง\nชมรม อสม. อำเภอเมืองภูเก็ต")
    dialog.start_edit.setText(start)
    dialog.end_edit.setText("31 มี.ค. 2564")
    dialog.budget_edits[BudgetSource.TAMBON_HEALTH_FUND].setText(budget)
    for row in range(dialog.tambon_list.count()):
        item = dialog.tambon_list.item(row)
        if "ฉลอง" in item.text():
            item.setCheckState(Qt.CheckState.Checked)
    dialog.tabs.setCurrentIndex(2)
    dialog.objective_table.item(0, 0).setText("ค้นหาผู้ป่วยความดันรายใหม่")
    dialog.objective_table.item(0, 1).setText("คัดกรองร้อยละ 90")
    dialog.tabs.setCurrentIndex(3)  # the partners typed are now the resource rows
    rows = {dialog.resource_table.verticalHeaderItem(r).text(): r for r in range(dialog.resource_table.rowCount())}
    dialog.resource_table.item(rows["ชมรม อสม. อำเภอเมืองภูเก็ต"], 0).setText("อสม. 30 คน")
    dialog.resource_table.item(rows["เทศบาลตำบลฉลอง"], 2).setText("เครื่องวัดความดัน 10 เครื่อง; เต็นท์")


def test_she_sees_who_contributes_what_to_each_issue(screen, state) -> None:
    plan = issue_service.year_plan(state.database, 2564)
    assert screen.issue_box.count() == len(plan.issues) == 4
    for index, issue in enumerate(plan.issues):
        screen.issue_box.setCurrentIndex(index)
        assert activity_names(screen) == [a.name for a in issue.activities]
        shown = shown_matrix(screen)
        assert list(shown) == list(issue.matrix.partners)
        for partner in issue.matrix.partners:
            for kind in ResourceKind:
                cell = shown[partner][issue_service.p.label(kind)]
                assert (cell != NOTHING_MARK) == issue.matrix.brings(partner, kind), (partner, kind)
        assert f"{len(issue.matrix.kinds_pooled())} of 5" in screen.pooled_label.text() or \
            f"{len(issue.matrix.kinds_pooled())} จาก 5" in screen.pooled_label.text()
        total = f"{issue.budget_total:,.0f}"
        assert total in screen.budget_label.text()
    screen.issue_box.setCurrentIndex(1)
    assert "ฉลอง" in screen.model.index(0, TAMBONS).data()  # tambons by name, not code


def test_an_activity_added_in_the_dialog_shows_with_its_budget_and_resources_and_undo_removes_it(
        screen, state) -> None:
    before = activity_names(screen)

    def run(dialog: ActivityDialog) -> bool:
        fill(dialog)
        return dialog.save()

    screen.run_dialog = run
    screen.add_activity()
    assert activity_names(screen) == before + [NEW]
    row = activity_names(screen).index(NEW)
    assert screen.model.index(row, BUDGET).data() == "12,500"
    matrix = shown_matrix(screen)
    assert "อสม. 30 คน" in matrix["ชมรม อสม. อำเภอเมืองภูเก็ต"]["คน"]
    assert "เต็นท์" in matrix["เทศบาลตำบลฉลอง"]["ของ"]
    (added,) = [a for i in issue_service.year_plan(state.database, 2564).issues for a in i.activities if a.name == NEW]
    assert added.tambon_codes and added.objectives[0].indicator == "คัดกรองร้อยละ 90"
    assert "บันทึก" in screen.message_label.text()
    state.undo_stack.undo()
    assert activity_names(screen) == before
    state.undo_stack.redo()
    assert activity_names(screen) == before + [NEW]


@pytest.mark.parametrize(("change", "said"), [
    ({"start": "1 ต.ค. 2564"}, "ต้องอยู่ในปีงบประมาณ 2564"),  # the first day of FY2565
    ({"budget": "-500"}, "ต้องไม่ติดลบ"),
    ({"budget": "ห้าพัน"}, "ไม่ใช่ตัวเลข"),
])
def test_a_date_outside_the_year_or_a_bad_budget_is_said_in_the_dialog_and_nothing_is_saved(
        screen, state, change, said) -> None:
    dialog = screen.activity_dialog(None)
    fill(dialog, **change)
    assert dialog.save() is False
    assert said in dialog.error_label.text() and dialog.tabs.currentIndex() in (0, 3)
    assert NEW not in [a.name for i in issue_service.year_plan(state.database, 2564).issues for a in i.activities]
    dialog.deleteLater()


def test_changing_and_deleting_an_activity_are_undone(screen, state, monkeypatch, qtbot) -> None:
    screen.issue_box.setCurrentIndex(1)
    screen.table.selectRow(0)
    original = screen.current_activity()

    def run(dialog: ActivityDialog) -> bool:
        dialog.budget_edits[BudgetSource.OTHER].setText("1,000")
        dialog.progress_box.setValue(40)
        return dialog.save()

    screen.run_dialog = run
    screen.edit_current()
    changed = issue_service.activity_view(state.database, original.id)
    assert changed.budget_total == original.budget_total + 1000 and changed.progress_percent == 40
    assert screen.model.index(0, BUDGET).data() == f"{original.budget_total + 1000:,.0f}"
    state.undo_stack.undo()
    assert issue_service.activity_view(state.database, original.id).budget_total == original.budget_total
    monkeypatch.setattr(screen, "confirm_delete", lambda activity: True)
    screen.table.selectRow(0)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)  # from the keyboard
    assert original.name not in activity_names(screen)
    state.undo_stack.undo()
    assert original.name in activity_names(screen)
    back = next(a for a in screen.model.records if a.name == original.name)
    assert back.contributions == original.contributions and back.budgets == original.budgets


def test_the_plan_exported_and_imported_into_another_year_with_a_bad_row_named(
        screen, state, monkeypatch, tmp_path, finish_operations, qtbot) -> None:
    from pcha_desktop.ui.core import export_files

    target = tmp_path / "แผน.xlsx"
    monkeypatch.setattr(export_files, "ask_save_path", lambda *args: target)
    screen.export_plan()
    finish_operations()
    assert target.exists() and target.name in screen.message_label.text()
    book = load_workbook(target)
    sheet = book["แผนงาน"]
    for row in sheet.iter_rows(min_row=2):  # into FY2565: the dates a year on
        for cell in row[5:7]:
            if cell.value:
                cell.value = cell.value.replace("2564", "2565").replace("2563", "2564")
    sheet["J3"] = -100  # a negative budget on the second activity
    book.save(target)
    state.select_fiscal_year(2565)
    dialog = PlanImportDialog(screen, state, 2565, target)
    qtbot.addWidget(dialog)
    finish_operations()
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert any("แผนงาน" in text and "3" in text and "ติดลบ" in text for text in problems)
    assert not dialog.import_all_button.isEnabled() and dialog.import_good_button.isEnabled()
    dialog.run_import(only_good=True)
    finish_operations()
    year = issue_service.year_plan(state.database, 2565)
    exported = issue_service.year_plan(state.database, 2564)
    assert dialog.imported == sum(len(i.activities) for i in exported.issues) - 1
    assert sum(len(i.activities) for i in year.issues) == dialog.imported
    assert Decimal(0) < sum(i.budget_total for i in year.issues) < sum(i.budget_total for i in exported.issues)


def test_a_change_before_a_delete_is_undone_on_the_activity_the_undo_put_back(screen, state, monkeypatch) -> None:
    """Change an activity, delete it, undo twice: it is back (in a new row) as it was before the change."""
    screen.issue_box.setCurrentIndex(1)
    screen.table.selectRow(0)
    original = screen.current_activity()

    def run(dialog: ActivityDialog) -> bool:
        dialog.progress_box.setValue(10)
        return dialog.save()

    screen.run_dialog = run
    screen.edit_current()
    monkeypatch.setattr(screen, "confirm_delete", lambda activity: True)
    screen.table.selectRow(0)
    screen.delete_current()
    state.undo_stack.undo()  # the delete: back in a new row
    state.undo_stack.undo()  # the change: on that new row
    (back,) = [a for a in screen.model.records if a.name == original.name]
    assert back.progress_percent == original.progress_percent
    assert screen.message_label.text().startswith("เลิกทำแล้ว")
