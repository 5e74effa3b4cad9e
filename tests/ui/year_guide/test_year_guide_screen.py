"""The year's guide on screen: the fifteen steps with states computed from the demo's data, what is missing,
ticking a step the data cannot tell, choosing strategies; the home card leads to the screen of a step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pcha_desktop.domain.year_guide import StepState, YearStep
from pcha_desktop.services import year_guide as guide_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.year_guide.common import STATE_MARKS
from pcha_desktop.ui.year_guide.guide_screen import STATE, YearGuideScreen

TODAY = date(2021, 4, 20)  # FY2564, quarter 3


@pytest.fixture
def state(pcha_qapp, data_dir):  # noqa: ANN001
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=date(2025, 3, 3))
    app_state = AppState(folder, today=TODAY)
    app_state.select_fiscal_year(2564)
    yield app_state
    folder.close()


def _row(screen: YearGuideScreen, step: YearStep) -> int:
    return next(row for row, item in enumerate(screen.guide.steps) if item.step is step)


def _state_text(screen: YearGuideScreen, step: YearStep) -> str:
    return screen.model.index(_row(screen, step), STATE).data()


def test_the_steps_show_what_the_data_says(qtbot, state) -> None:  # noqa: ANN001
    screen = YearGuideScreen(state)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 15
    assert _state_text(screen, YearStep.ONE_PLAN).startswith(STATE_MARKS[StepState.DONE])
    assert _state_text(screen, YearStep.TAMBON_COMMITTEES).startswith(STATE_MARKS[StepState.LATE])
    missing = [screen.missing_list.item(row).text() for row in range(screen.missing_list.count())]
    assert "• ตำบลเกาะแก้วยังไม่มี พชต." in missing


def test_recording_the_chiefs_brief_marks_the_step_done(qtbot, state) -> None:  # noqa: ANN001
    from pcha_desktop.ui.year_guide.dialogs import TickStepDialog

    screen = YearGuideScreen(state)
    qtbot.addWidget(screen)
    screen.table.selectRow(_row(screen, YearStep.ONE_PLAN))
    assert not screen.tick_button.isEnabled()  # the data tells this one
    screen.table.selectRow(_row(screen, YearStep.CHIEF_BRIEF))
    assert screen.tick_button.isEnabled()
    dialog = TickStepDialog(state, screen.current_step(), screen)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("15/3/2564")
    dialog.note_edit.setPlainText("ประชุมหัวหน้าส่วนราชการ มี.ค.")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    state.notify("year_guide")
    assert _state_text(screen, YearStep.CHIEF_BRIEF).startswith(STATE_MARKS[StepState.DONE])
    assert "ประชุมหัวหน้าส่วนราชการ" in screen.model.index(_row(screen, YearStep.CHIEF_BRIEF), 1).data()
    screen.table.selectRow(_row(screen, YearStep.CHIEF_BRIEF))
    screen.untick_current_step()
    assert _state_text(screen, YearStep.CHIEF_BRIEF).startswith(STATE_MARKS[StepState.LATE])


def test_a_date_outside_the_year_is_refused_and_nothing_saved(qtbot, state) -> None:  # noqa: ANN001
    from pcha_desktop.ui.year_guide.dialogs import TickStepDialog

    screen = YearGuideScreen(state)
    qtbot.addWidget(screen)
    screen.table.selectRow(_row(screen, YearStep.CHIEF_BRIEF))
    dialog = TickStepDialog(state, screen.current_step(), screen)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("15/3/2566")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "ปีงบประมาณ" in dialog.error_label.text()
    guide = guide_service.year_guide(state.database, 2564, TODAY)
    assert next(s for s in guide.steps if s.step is YearStep.CHIEF_BRIEF).manual is None


def test_choosing_strategies_completes_step_15(qtbot, state) -> None:  # noqa: ANN001
    from pcha_desktop.ui.year_guide.dialogs import StrategiesDialog

    dialog = StrategiesDialog(state, 2564)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 19
    dialog.list.item(17).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert set(guide_service.chosen_strategies(state.database, 2564)) == {"small_success"}
    screen = YearGuideScreen(state)
    qtbot.addWidget(screen)
    assert _state_text(screen, YearStep.STRATEGIES).startswith(STATE_MARKS[StepState.DONE])


def test_the_home_card_leads_to_where_a_step_is_done(qtbot, state) -> None:  # noqa: ANN001
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    card = window.show_section("home").cards["year_guide"]
    done, _late = guide_service.year_guide(state.database, 2564, TODAY).done_and_late
    assert card.bar.value() == done and str(done) in card.bar.format() and card.next_steps
    shown = {link.objectName(): link for link in card.next_steps}
    assert "guideStep_update_orders" in shown  # late: the subcommittees have no order
    qtbot.mouseClick(shown["guideStep_update_orders"], Qt.MouseButton.LeftButton)
    assert window.current_section_key() == "committees"



def test_the_province_moves_a_due_date_in_settings(qtbot, state) -> None:  # noqa: ANN001
    from pcha_desktop.ui.year_guide.due_dates_page import DueDatesPage

    page = DueDatesPage(state)
    qtbot.addWidget(page)
    page.months[YearStep.ONE_PLAN].setCurrentIndex(page.months[YearStep.ONE_PLAN].findData(2))
    page.days[YearStep.ONE_PLAN].setValue(28)
    assert page.save()
    assert guide_service.due_dates(state.database).of(YearStep.ONE_PLAN, 2564) == date(2021, 2, 28)
    page.days[YearStep.ONE_PLAN].setValue(30)  # 30 February: refused, the saved dates stay
    assert not page.save() and page.message_label.text()
    assert guide_service.due_dates(state.database).of(YearStep.ONE_PLAN, 2564) == date(2021, 2, 28)
    page.restore_defaults()
    assert page.save()
    assert guide_service.due_dates(state.database).of(YearStep.ONE_PLAN, 2564) == date(2020, 12, 31)


def test_the_district_loads_the_provinces_due_dates_and_a_bad_file_changes_nothing(qtbot, state, tmp_path) -> None:  # noqa: ANN001
    import json

    from pcha_desktop.services.audit_log import recent_changes
    from pcha_desktop.ui.year_guide.due_dates_page import DueDatesPage

    page = DueDatesPage(state)
    qtbot.addWidget(page)
    good = tmp_path / "khon-kaen.json"
    good.write_text(json.dumps({"format": "pcha-due-dates", "version": 1, "source_th": "สสจ.ขอนแก่น",
                                "due_dates": {"one_plan": {"month": 1, "day": 15},
                                              "four_meetings": {"month": 8, "day": 31}}}), encoding="utf-8")
    assert page.load_file(good)
    assert page.months[YearStep.ONE_PLAN].currentData() == 1 and page.days[YearStep.ONE_PLAN].value() == 15
    assert "สสจ.ขอนแก่น" in page.message_label.text()
    guide = guide_service.year_guide(state.database, 2564, TODAY)
    assert next(s for s in guide.steps if s.step is YearStep.ONE_PLAN).due == date(2021, 1, 15)

    history = len(recent_changes(state.database))
    for content in (b"\xff\xfe", b"{}", json.dumps({"format": "pcha-due-dates", "version": 1, "due_dates": {
            "one_plan": {"month": 2, "day": 30}}}).encode()):
        bad = tmp_path / "bad.json"
        bad.write_bytes(content)
        assert not page.load_file(bad)
        assert page.message_label.text().startswith("ไม่ได้โหลดไฟล์นี้")
        assert guide_service.due_dates(state.database).of(YearStep.ONE_PLAN, 2564) == date(2021, 1, 15)
        assert page.days[YearStep.ONE_PLAN].value() == 15
    assert len(recent_changes(state.database)) == history  # nothing written

    # The dates shown go out as a file another district loads back, all fifteen of them.
    out = tmp_path / "out.json"
    assert page.export_file(out)
    assert len(json.loads(out.read_text(encoding="utf-8"))["due_dates"]) == 15
    page.restore_defaults()
    assert page.save()
    assert page.load_file(out)
    assert guide_service.due_dates(state.database).of(YearStep.FOUR_MEETINGS, 2564) == date(2021, 8, 31)
