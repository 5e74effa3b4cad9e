"""A new district walks the year's first steps from an empty database, as a user would: the first-run wizard
leads to the year's steps; step 1's "Go to this step" opens the issues, where two issues are added; back on
the year's steps, step 1 is done. Step 2 leads to the committees, where the district committee's order is
drafted and issued: step 2 counts it. Step 3 leads there too, the copy sent to the province is recorded:
step 3 is done. Each state is read from the screen the user sees (the steps table) at 1280×720."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from pcha_desktop.domain.kpis import Dimension, IssueArea
from pcha_desktop.domain.year_guide import StepState, YearStep, label
from pcha_desktop.ui.app import StartupProbe, open_application
from pcha_desktop.ui.committees.common import ConfirmDialog, DatePromptDialog
from pcha_desktop.ui.first_run_wizard import FirstRunWizard
from pcha_desktop.ui.issues.issue_dialog import IssueDialog
from pcha_desktop.ui.main_window import MainWindow
from pcha_desktop.ui.year_guide.common import STATE_MARKS
from pcha_desktop.ui.year_guide.guide_screen import PROGRESS, STATE, STEP

FAILURES: list[BaseException] = []


def when_open(kind: type, act: Callable) -> None:  # noqa: ANN001
    """Once a visible window of ``kind`` opens, ``act`` on it; a failure closes it and is raised later."""
    def check() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, check)
            return
        try:
            act(found[0])
        except BaseException as failure:  # noqa: BLE001 - raised by the test
            FAILURES.append(failure)
            found[0].reject()

    QTimer.singleShot(0, check)


def row_of(window: MainWindow, step: YearStep) -> int:
    guide = window.sections["year_guide"]
    return next(row for row, item in enumerate(guide.guide.steps) if item.step is step)


def shown(window: MainWindow, step: YearStep, column: int) -> str:
    guide = window.sections["year_guide"]
    return guide.model.index(row_of(window, step), column).data()


def back_to_the_steps(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).data(Qt.ItemDataRole.UserRole) == "year_guide")
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    assert window.current_section_key() == "year_guide"


def go_to(qtbot, window: MainWindow, step: YearStep, section: str) -> None:  # noqa: ANN001
    guide = window.sections["year_guide"]
    qtbot.waitUntil(guide.isVisible)  # a screen added to the window shows at the next turn of the event loop
    guide.table.selectRow(row_of(window, step))
    assert guide.go_button.isEnabled() and guide.go_button.isVisible()
    qtbot.mouseClick(guide.go_button, Qt.MouseButton.LeftButton)
    assert window.current_section_key() == section


def add_issue(qtbot, window: MainWindow, type_text, title: str, dimension: Dimension) -> None:  # noqa: ANN001
    def fill(dialog: IssueDialog) -> None:
        type_text(dialog.title_edit, title)
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(IssueArea.LOCAL_ISSUE))
        dialog.dimension_boxes[dimension].setChecked(True)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    when_open(IssueDialog, fill)
    qtbot.mouseClick(window.sections["issues"].add_issue_button, Qt.MouseButton.LeftButton)


def run_wizard(qtbot, type_text) -> None:  # noqa: ANN001
    def fill(wizard: FirstRunWizard) -> None:
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        type_text(wizard.welcome_page.user_name_edit, "สมศรี ใจดี")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        for combo, text in ((wizard.district_page.province_combo, "ขอนแก่น"),
                            (wizard.district_page.district_combo, "บ้านฝาง")):
            type_text(combo.lineEdit(), text)
            combo.setCurrentIndex(combo.findText(text))
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        editors = wizard.people_page.editors
        type_text(editors["district_chief_name"], "นายวรวุฒิ ทองประเสริฐ")
        type_text(editors["secretary_name"], "นายสุรชัย แก้วมณี")
        type_text(editors["provincial_office_email"], "saraban@khonkaen.go.th")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    when_open(FirstRunWizard, fill)


def test_a_new_district_is_led_through_the_first_steps(qtbot, type_text, pcha_qapp, data_dir) -> None:  # noqa: ANN001
    FAILURES.clear()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    run_wizard(qtbot, type_text)
    assert open_application(window, argparse.Namespace(data_dir=str(data_dir), demo=False), StartupProbe())
    try:
        if FAILURES:
            raise FAILURES[0]
        # The wizard leads on to the year's steps, none of them done.
        assert window.current_section_key() == "year_guide"
        done = STATE_MARKS[StepState.DONE]
        assert all(not shown(window, step, STATE).startswith(done) for step in YearStep)
        assert shown(window, YearStep.CHOOSE_ISSUES, PROGRESS) == "0/2"

        # Step 1: to the issues; one issue is not enough, two are.
        go_to(qtbot, window, YearStep.CHOOSE_ISSUES, "issues")
        add_issue(qtbot, window, type_text, "คนบ้านฝางไม่ทอดทิ้งกัน", Dimension.SOCIETY)
        back_to_the_steps(qtbot, window)
        assert shown(window, YearStep.CHOOSE_ISSUES, PROGRESS) == "1/2"
        assert not shown(window, YearStep.CHOOSE_ISSUES, STATE).startswith(done)
        go_to(qtbot, window, YearStep.CHOOSE_ISSUES, "issues")
        add_issue(qtbot, window, type_text, "การจัดการขยะต้นทาง", Dimension.ENVIRONMENT)
        back_to_the_steps(qtbot, window)
        assert shown(window, YearStep.CHOOSE_ISSUES, STATE) == f"{done} {label(StepState.DONE, 'th')}"
        assert shown(window, YearStep.CHOOSE_ISSUES, PROGRESS) == "2/2"

        # Step 2: the district committee and the two issues' subcommittees need orders; issue the district's.
        assert shown(window, YearStep.UPDATE_ORDERS, PROGRESS) == "0/3"
        go_to(qtbot, window, YearStep.UPDATE_ORDERS, "committees")
        committees = window.sections["committees"]
        committees.committee_list.setCurrentRow(0)  # คณะกรรมการ พชอ.
        panel = committees.orders_panel
        committees.tabs.setCurrentWidget(panel)
        qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
        when_open(ConfirmDialog, lambda dialog: qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton))
        qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
        if FAILURES:
            raise FAILURES[0]
        back_to_the_steps(qtbot, window)
        assert shown(window, YearStep.UPDATE_ORDERS, PROGRESS) == "1/3"
        guide = window.sections["year_guide"]
        missing = [guide.missing_list.item(row).text() for row in range(guide.missing_list.count())]
        assert not any("คณะกรรมการ พชอ." in text and "คำสั่ง" in text and "ขับเคลื่อน" not in text for text in missing)

        # Step 3: the order issued is to be copied to the province; record it sent.
        assert not shown(window, YearStep.SEND_ORDER_COPIES, STATE).startswith(done)
        go_to(qtbot, window, YearStep.SEND_ORDER_COPIES, "committees")
        panel.select_order(panel.model.orders[0].id)
        when_open(DatePromptDialog, lambda dialog: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton))
        qtbot.mouseClick(panel.sent_button, Qt.MouseButton.LeftButton)
        if FAILURES:
            raise FAILURES[0]
        back_to_the_steps(qtbot, window)
        assert shown(window, YearStep.SEND_ORDER_COPIES, STATE) == f"{done} {label(StepState.DONE, 'th')}"
        assert "สำเนาคำสั่ง" not in "\n".join(
            guide.missing_list.item(row).text() for row in range(guide.missing_list.count()))
        assert shown(window, YearStep.CHOOSE_ISSUES, STEP) == label(YearStep.CHOOSE_ISSUES, "th")
    finally:
        window.state.data_folder.close()
