"""The UCCARE section as the secretary uses it: record a before and an after assessment of an issue in the
dialog (each level chosen beside its description), see the result and its reason, the chart and the year's
status; a refusal keeps the dialog open and saves nothing; undo takes an assessment back; the rules decide."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pcha_desktop.domain.thai_calendar import be_to_ce
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Component, DecidingAssessors, DistrictRule, Phase, Result
from pcha_desktop.services import issues, uccare
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.uccare.assessment_dialog import AssessmentDialog
from pcha_desktop.ui.uccare.rules_dialog import Rules, RulesDialog
from pcha_desktop.ui.uccare.uccare_screen import UccareScreen
from pcha_desktop.ui.uccare.year_card import UccareYearCard

TODAY = date(2025, 3, 3)
TITLE = "การจัดการขยะต้นทาง"


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    issues.add_year_issue(folder.database, 2564, issues.IssueDetails(TITLE), "test")
    app_state = AppState(folder, today=TODAY)
    app_state.select_fiscal_year(2564)
    yield app_state
    folder.close()


@pytest.fixture
def screen(qtbot, state):
    widget = UccareScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose_issue(screen: UccareScreen, title: str) -> None:
    row = next(row for row, issue in enumerate(screen.year.issues) if issue.title == title)
    screen.issue_list.setCurrentRow(row)


def fill_dialog(levels: tuple[int, ...], day: str, evidence: str = "", problems: list | None = None) -> None:
    """When the assessment dialog opens: click each component's level, type the date, save."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AssessmentDialog):
            QTimer.singleShot(20, act)
            return
        for component, level in zip(COMPONENTS, levels):
            box = dialog.boxes[component]
            # the level's meaning is shown beside its button
            assert box.descriptions[level].text() == uccare.generic_rubric().description(component, level, "th")
            assert box.descriptions[level].isVisibleTo(dialog)
            box.buttons[level].click()
        dialog.boxes[Component.UNITY].evidence.setText(evidence)
        dialog.date_edit.setText(day)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible() and problems is not None:  # refused: it stays open with the reason
            problems.append(dialog.error_label.text())
            dialog.reject()

    QTimer.singleShot(0, act)


def test_record_before_and_after_and_see_the_result_and_its_reason(qtbot, screen, state) -> None:
    choose_issue(screen, TITLE)
    assert screen.own_result_label.text() == "ยังไม่ได้ประเมิน"
    fill_dialog((2, 2, 2, 2, 2, 2), "15/11/2563", evidence="คำสั่งแต่งตั้งคณะทำงาน")
    assert screen.record(Phase.BEFORE)
    fill_dialog((3, 3, 3, 2, 3, 3), "20/8/2564")
    assert screen.record(Phase.AFTER)
    choose_issue(screen, TITLE)
    assert screen.own_result_label.text() == (
        "ไม่ผ่าน: องค์ประกอบ A (การชื่นชมและให้คุณค่า) ยังอยู่ระดับ 2 และไม่เพิ่มขึ้น")
    assert "ไม่ผ่าน" in screen.result_label.text()
    assert [screen.table.item(row, 3).text() for row in range(6)] == ["↑", "↑", "↑", "=", "↑", "↑"]
    qtbot.waitUntil(lambda: screen.chart.ready, timeout=10_000)  # the first chart is drawn in a thread
    assert "A (การชื่นชม" in screen.chart.svg.decode() and "หลังดำเนินการ" in screen.chart.svg.decode()
    view = uccare.year_uccare(state.database, 2564).issues[-1]
    before = view.assessment(Assessor.SELF, Phase.BEFORE)
    assert before.assessed_on == date(be_to_ce(2563), 11, 15) and before.evidence[Component.UNITY] == "คำสั่งแต่งตั้งคณะทำงาน"
    # the self-assessment fails: the issue fails, whatever the provincial visitors find
    assert view.decision.result is Result.FAIL


def test_the_after_rising_everywhere_passes_and_undo_takes_it_back(qtbot, screen, state) -> None:
    choose_issue(screen, TITLE)
    fill_dialog((1, 1, 1, 1, 1, 1), "15/11/2563")
    screen.record(Phase.BEFORE)
    fill_dialog((2, 2, 2, 2, 2, 2), "20/8/2564")
    screen.record(Phase.AFTER)
    choose_issue(screen, TITLE)
    assert screen.own_result_label.text() == "ผ่าน: ทุกองค์ประกอบเพิ่มขึ้นอย่างน้อย 1 ระดับ"
    state.undo_stack.undo()
    choose_issue(screen, TITLE)
    assert "ยังไม่มีการประเมินหลังดำเนินการ" in screen.own_result_label.text()
    assert "ประเมินตนเอง หลังดำเนินการ ของ “การจัดการขยะต้นทาง”" in screen.message_label.text()
    assert uccare.year_uccare(state.database, 2564).issues[-1].assessment(Assessor.SELF, Phase.AFTER) is None


def test_an_after_dated_before_the_before_is_refused_in_the_dialog(qtbot, screen, state) -> None:
    choose_issue(screen, TITLE)
    fill_dialog((1, 1, 1, 1, 1, 1), "15/11/2563")
    screen.record(Phase.BEFORE)
    problems: list[str] = []
    fill_dialog((2, 2, 2, 2, 2, 2), "1/10/2563", problems=problems)
    assert not screen.record(Phase.AFTER)
    assert problems and "ต้องไม่ก่อน" in problems[0]
    assert uccare.year_uccare(state.database, 2564).issues[-1].assessment(Assessor.SELF, Phase.AFTER) is None


def test_the_rules_change_the_year_status_and_the_home_card_follows(qtbot, screen, state) -> None:
    card = UccareYearCard(state)
    qtbot.addWidget(card)
    assert "ผ่าน 4 จาก 5 ประเด็น" in card.status_label.text()  # the fifth (the test's own) not assessed yet
    screen.apply_rules(Rules(DecidingAssessors.SELF_ONLY, DistrictRule.AT_LEAST_ONE, "generic@1"))
    assert "ระดับอำเภอ: ผ่าน" in screen.status_label.text() and "ระดับอำเภอ: ผ่าน" in card.status_label.text()
    state.undo_stack.undo()
    assert uccare.district_rule(state.database) is DistrictRule.ALL_ISSUES
    assert "ระดับอำเภอ: ยังประเมินไม่ครบ" in card.status_label.text()


def test_a_bad_rubric_file_is_refused_in_the_rules_dialog(qtbot, state, tmp_path) -> None:
    bad = tmp_path / "rubric.json"
    bad.write_text('{"format": "pcha-uccare-rubric", "format_version": 1, "id": "x", "version": "1"}', encoding="utf-8")
    dialog = RulesDialog(None, state, choose_file=lambda _parent: bad)
    qtbot.addWidget(dialog)
    dialog.load_button.click()
    assert "ใช้ไฟล์เกณฑ์ UCCARE นี้ไม่ได้" in dialog.message.text()
    assert dialog.rubric_box.count() == 1


def test_the_blank_form_pdf_is_made_in_the_background(qtbot, screen, state, tmp_path, monkeypatch) -> None:
    from pcha_desktop.ui.core import export_files

    out = tmp_path / "form.pdf"
    monkeypatch.setattr(export_files, "ask_save_path", lambda *_args: out)
    choose_issue(screen, TITLE)
    screen.make_pdf(filled=False)
    qtbot.waitUntil(lambda: screen.last_pdf == out, timeout=20_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in screen.message_label.text()


def test_the_secretary_types_a_past_years_result_and_undoes_it(qtbot, screen, state) -> None:
    from pcha_desktop.ui.uccare.past_results_dialog import PastResultsDialog

    assert "2563 ✓ ผ่าน (จากการประเมิน)" in screen.baselines_label.text()  # the demo's earlier years
    dialog = PastResultsDialog(screen, state, 2564, screen.save_past_result)
    qtbot.addWidget(dialog)
    assert dialog.years == [2559, 2560, 2561, 2562, 2563]
    dialog.table.setCurrentCell(3, 0)  # 2562 has assessments: read only, their result shown
    assert dialog.year_box.currentData() == 2562 and not dialog.save_button.isEnabled()
    dialog.table.setCurrentCell(1, 0)  # 2560: before the app
    assert dialog.year_box.currentData() == 2560 and dialog.save_button.isEnabled()
    dialog.result_box.setCurrentIndex(dialog.result_box.findText("ไม่ผ่าน"))
    dialog.note_edit.setText("ตามหนังสือจังหวัด")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    result = uccare.year_result(state.database, 2560)
    assert result.source is uccare.YearSource.TYPED and result.passed is False and result.note == "ตามหนังสือจังหวัด"
    assert "ไม่ผ่าน" in dialog.table.item(1, 1).text() and "ตามหนังสือจังหวัด" in dialog.table.item(1, 2).text()
    state.select_fiscal_year(2563)
    assert "2560 ✗ ไม่ผ่าน (พิมพ์ไว้)" in screen.baselines_label.text()
    state.undo_stack.undo()
    assert uccare.year_result(state.database, 2560).source is uccare.YearSource.NONE
    assert "2560 ไม่มีผล" in screen.baselines_label.text()
    state.undo_stack.redo()
    assert uccare.year_result(state.database, 2560).passed is False
