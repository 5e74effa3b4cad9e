"""Every screen and dialog fits a 1280×720 screen with its buttons visible, in Thai and in English; in Thai no
standard button (OK, Cancel, Close, Yes, No…) is left in English, Qt's own dialogs included."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from pcha_desktop.services import settings
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.i18n import ENGLISH_STANDARD_BUTTON_TEXTS, install_language

SCREEN = QSize(1280, 720)
# A dialog's title bar (about 30 px) sits above its client area, and the taskbar below: its client area must
# leave them room on a 720-pixel-high screen.
DIALOG = QSize(1280, 660)
# The main window can be made narrower than the screen (side by side with a document; a 1280-pixel screen
# at 125 % scaling is 1024 pixels wide): no screen may force it wider than this.
NARROWEST_MAIN_WINDOW = 1024
TODAY = date(2025, 3, 3)


@pytest.fixture(params=["th", "en"])
def language(request, pcha_qapp):
    install_language(request.param)
    yield request.param
    install_language("th")


@pytest.fixture
def state(language, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    settings.user_preferences_for(folder.database).set_language(language)
    app_state = AppState(folder, today=TODAY)
    yield app_state
    folder.close()


def _inside_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    """Widgets inside a scroll area's viewport may reach past the window: the user scrolls to them."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def overflowing(window: QWidget) -> list[str]:
    """The visible widgets that reach past the window's edges (what the user cannot see or click)."""
    bounds = window.rect()
    found = []
    for child in window.findChildren(QWidget):
        if child.isWindow() or not child.isVisibleTo(window) or _inside_scrolled_content(child, window):
            continue
        geometry = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
        if not bounds.contains(geometry):
            label = child.text() if isinstance(child, QAbstractButton) else child.objectName()
            found.append(f"{type(child).__name__} {label!r} at {geometry.getRect()} outside {bounds.getRect()}")
    return found


def english_buttons(window: QWidget) -> list[str]:
    return [button.text() for button in window.findChildren(QAbstractButton)
            if button.isVisibleTo(window) and button.text().replace("&", "") in ENGLISH_STANDARD_BUTTON_TEXTS]


def assert_fits(window: QWidget, language: str, name: str, limit: QSize = DIALOG) -> None:
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= limit.width() and hint.height() <= limit.height(), f"{name}: minimum {hint.toTuple()}"
    assert window.width() <= limit.width() and window.height() <= limit.height(), f"{name}: {window.size().toTuple()}"
    assert overflowing(window) == [], name
    if language == "th":
        assert english_buttons(window) == [], f"{name}: English buttons in the Thai interface"


def test_every_section_and_tab_fits_the_main_window(qtbot, state, language):
    from pcha_desktop.ui.main_window import MainWindow

    from pcha_desktop.services import appointment_orders as orders_service
    from pcha_desktop.services import committees as committee_service

    district = committee_service.find_district_committee(state.database)
    orders_service.prepare_revision(state.database, district.id, TODAY, "test")  # a draft: every order button
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    for key in list(window.sections) + [s.key for s in window.section_list() if s.key not in window.sections]:
        screen = window.show_section(key)
        tab_widgets = screen.findChildren(QTabWidget)
        for tabs in tab_widgets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert_fits(window, language, f"{key}/{tabs.tabText(index)}", SCREEN)
        if not tab_widgets:
            assert_fits(window, language, key, SCREEN)
        assert window.size() == SCREEN, f"opening {key} resized the window to {window.size().toTuple()}"
        assert window.minimumSizeHint().width() <= NARROWEST_MAIN_WINDOW, f"{key} keeps the window wide"


def test_the_year_with_issues_fits_the_main_window(qtbot, state, language):
    """FY2564 of the demo: the issues screen's KPI table, the home screen's KPI bars, the One Plan."""
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    window.fiscal_year_combo.setCurrentIndex(window.fiscal_year_combo.findData(2564))
    assert state.fiscal_year == 2564
    for key in ("issues", "year_guide", "uccare", "plan", "meetings", "tambons", "home"):
        window.show_section(key)
        assert_fits(window, language, f"{key} in FY2564", SCREEN)
        assert window.size() == SCREEN, f"{key} in FY2564 resized the window to {window.size().toTuple()}"


def test_the_meeting_editor_fits_the_main_window(qtbot, state, language):
    """FY2564 of the demo: the meetings list, and a meeting's every tab (issue 9)."""
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    window.fiscal_year_combo.setCurrentIndex(window.fiscal_year_combo.findData(2564))
    screen = window.show_section("meetings")
    assert_fits(window, language, "meetings in FY2564", SCREEN)
    editor = screen.open_meeting(screen.overview.meetings[0].id)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        assert_fits(window, language, f"meeting/{editor.tabs.tabText(index)}", SCREEN)
    assert window.size() == SCREEN


def test_the_report_bundle_with_attachments_fits_the_main_window(qtbot, state, language, tmp_path, make_scan,
                                                                 finish_operations):
    """FY2564's bundle: held signed scans and an added file with a long name, above the e-mail limit (the
    warning), then shrunk (sizes before and after, the message)."""
    from sqlalchemy import select

    from pcha_desktop.services import appointment_orders, bundles, meetings
    from pcha_desktop.storage.models import AppointmentOrder, Meeting
    from pcha_desktop.ui.main_window import MainWindow

    with state.database.reader() as session:
        orders = list(session.scalars(select(AppointmentOrder.id).order_by(AppointmentOrder.id)))
        held = list(session.scalars(select(Meeting.id).order_by(Meeting.id)))
    appointment_orders.attach_signed_copy(state.workspace, orders[0], make_scan(tmp_path / "o.png", (900, 1300)), "t")
    for number, meeting in enumerate(held[:4]):
        meetings.attach_signed_minutes(state.workspace, meeting, make_scan(tmp_path / f"m{number}.png", (900, 1300),
                                                                           seed=number), "t")
    bundles.set_email_limit_mb(state.database, 1, "t")
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    window.fiscal_year_combo.setCurrentIndex(window.fiscal_year_combo.findData(2564))
    screen = window.show_section("bundles")
    screen.period_combo.setCurrentIndex(screen.period_combo.findData("2564"))
    screen.attachments.add_paths([make_scan(tmp_path / "ภาพถ่ายการลงพื้นที่ติดตามงานของคณะกรรมการ ตำบลป่าคลอก.png",
                                            (600, 400))])
    assert screen.attachments.table.rowCount() == 6 and screen.attachments.over_limit()
    assert_fits(window, language, "bundles with attachments, over the limit", SCREEN)
    window.grab().save(f"/tmp/bundle-fit-{language}-over.png")
    screen.attachments.shrink()
    finish_operations()
    assert "→" in screen.attachments.table.item(0, 2).text()
    assert_fits(window, language, "bundles with shrunk images", SCREEN)
    window.grab().save(f"/tmp/bundle-fit-{language}-shrunk.png")
    assert window.size() == SCREEN


def _meeting_dialogs(state):
    from pcha_desktop.services import meetings as meeting_service
    from pcha_desktop.ui.meetings.dialogs import (
        AgendaItemDialog,
        FollowUpDialog,
        NewMeetingDialog,
        PersonDialog,
        PlanYearDialog,
        ResolutionDialog,
        WorkshopDialog,
    )

    committees = meeting_service.meeting_committees(state.database)
    workshop = meeting_service.workshops_of_year(state.database, 2564)[0]
    return {
        "new meeting": lambda: NewMeetingDialog(None, state, committees, TODAY),
        "plan year": lambda: PlanYearDialog(None, state, 2568),
        "resolution": lambda: ResolutionDialog(None, state),
        "follow-up": lambda: FollowUpDialog(None, state),
        "agenda item": lambda: AgendaItemDialog(None, state, "Agenda 4", "A subject", "Details"),
        "substitute": lambda: PersonDialog(None, state, "Represented by", "Who attends", False),
        "workshop": lambda: WorkshopDialog(None, state, workshop, TODAY),
    }


def _committee_dialogs(state):
    from pcha_desktop.services import appointment_orders as orders_service
    from pcha_desktop.services import committees as committee_service
    from pcha_desktop.ui.committees.common import ConfirmDialog, DatePromptDialog, TextPromptDialog
    from pcha_desktop.ui.committees.import_dialog import ImportDialog
    from pcha_desktop.ui.committees.member_dialog import MemberDialog
    from pcha_desktop.ui.committees.order_dialog import OrderDialog

    district = committee_service.find_district_committee(state.database)
    member = committee_service.list_members(state.database, district.id)[0]
    draft = orders_service.prepare_revision(state.database, district.id, TODAY, "test")
    return {
        "date": lambda: DatePromptDialog(None, state, "Copy sent", "When was it sent?", "Sent on", TODAY, True),
        "add issue": lambda: TextPromptDialog(None, "Add an issue", "A quality-of-life issue", "Issue"),
        "confirm": lambda: ConfirmDialog(None, "Delete", "Delete the draft?", "Delete"),
        "member": lambda: MemberDialog(None, state, member),
        "order": lambda: OrderDialog(None, state, draft),
        "import": lambda: ImportDialog(None, state, district.id),
    }


def _tambon_dialogs(state):
    from pcha_desktop.services import tambon_committees
    from pcha_desktop.ui.tambons.area_dialog import AreaCommitteeDialog
    from pcha_desktop.ui.tambons.members_dialog import TambonMembersDialog
    from pcha_desktop.ui.tambons.notable_work_tab import NotableWorkDialog
    from pcha_desktop.ui.tambons.visit_dialog import VisitDialog

    tambon = tambon_committees.district_tambons(state.database)[0]
    committee = tambon_committees.ensure_tambon_committee(state.database, tambon.code, "test")
    return {
        "visit": lambda: VisitDialog(state),
        "tambon members": lambda: TambonMembersDialog(state, committee.id, tambon.official_name),
        "area committee": lambda: AreaCommitteeDialog(state, tambon.code),
        "notable work": lambda: NotableWorkDialog(state, 2564, tambon.code, tambon.official_name),
    }


def _plan_dialogs(state):
    from pcha_desktop.services import issues as issue_service
    from pcha_desktop.services import tambon_committees
    from pcha_desktop.ui.plan.activity_dialog import ActivityDialog

    issue = next(i for i in issue_service.year_plan(state.database, 2564).issues if i.activities)
    tambons = tambon_committees.district_tambons(state.database)
    state.workspace.exports_dir.mkdir(parents=True, exist_ok=True)
    workbook = issue_service.export_plan_xlsx(state.database, 2564, state.workspace.exports_dir / "แผน.xlsx")

    def import_dialog():  # noqa: ANN202
        from pcha_desktop.services import plan_import
        from pcha_desktop.ui.plan.plan_import_dialog import PlanImportDialog

        dialog = PlanImportDialog(None, state, 2565, workbook)
        dialog.show_result(plan_import.read_plan_workbook(state.database, workbook))  # the rows, with problems
        return dialog

    return {
        "new activity": lambda: ActivityDialog(state, issue.issue_id, 2564, tambons),
        "activity": lambda: ActivityDialog(state, issue.issue_id, 2564, tambons, issue.activities[0]),
        "plan import": import_dialog,
    }


def _settings_dialog(page):
    """A section's settings page in a dialog, as the Settings menu shows it (MainWindow.show_settings_page)."""
    from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(page, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog


def _year_guide_dialogs(state):
    from pcha_desktop.services.year_guide import year_guide
    from pcha_desktop.ui.year_guide.dialogs import StrategiesDialog, TickStepDialog
    from pcha_desktop.ui.year_guide.due_dates_page import DueDatesPage

    brief = year_guide(state.database, 2564, TODAY).steps[8]
    return {
        "tick a step": lambda: TickStepDialog(state, brief),
        "strategies": lambda: StrategiesDialog(state, 2564),
        "due dates": lambda: _settings_dialog(DueDatesPage(state)),
    }


def _bundle_dialogs(state):
    from pcha_desktop.ui.bundles.settings_page import BundleSettingsPage

    return {"bundle settings": lambda: _settings_dialog(BundleSettingsPage(state))}


def _issue_dialogs(state):
    from pcha_desktop.services import issues as issue_service
    from pcha_desktop.ui.issues.issue_dialog import IssueDialog
    from pcha_desktop.ui.issues.kpi_dialog import KpiDialog

    issue = issue_service.year_kpis(state.database, 2564).issues[1]
    return {
        "issue": lambda: IssueDialog(state, 2564, issue, 2),
        "new issue": lambda: IssueDialog(state, 2568),
        "kpi": lambda: KpiDialog(state, issue, issue.kpis[0]),
        "new kpi": lambda: KpiDialog(state, issue),
    }


def _uccare_dialogs(state):
    from pcha_desktop.domain.uccare import Assessor, Phase
    from pcha_desktop.services import uccare
    from pcha_desktop.ui.uccare.assessment_dialog import AssessmentDialog
    from pcha_desktop.ui.uccare.past_results_dialog import PastResultsDialog
    from pcha_desktop.ui.uccare.rules_dialog import RulesDialog

    issue = uccare.year_uccare(state.database, 2564).issues[1]
    rubric = uccare.current_rubric(state.database)
    existing = issue.assessment(Assessor.PROVINCIAL, Phase.AFTER)
    return {
        "uccare assessment": lambda: AssessmentDialog(None, state, issue.title, rubric, Phase.AFTER, Assessor.PROVINCIAL,
                                                      existing, lambda _data: None),
        "uccare rules": lambda: RulesDialog(None, state),
        "uccare earlier years": lambda: PastResultsDialog(None, state, 2565, lambda _y, _p, _n: None),
    }


def test_every_dialog_fits_with_its_buttons_in_the_language(qtbot, state, language):
    from pcha_desktop.ui.first_run_wizard import FirstRunWizard

    dialogs = {**_committee_dialogs(state), **_tambon_dialogs(state), **_issue_dialogs(state),
               **_year_guide_dialogs(state), **_uccare_dialogs(state), **_plan_dialogs(state),
               **_meeting_dialogs(state), **_bundle_dialogs(state),
               "first run": lambda: FirstRunWizard(language)}
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        for tabs in dialog.findChildren(QTabWidget):  # every tab of a dialog with tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert_fits(dialog, language, f"{name}/{tabs.tabText(index)}")
        assert_fits(dialog, language, name)
        for tabs in dialog.findChildren(QTabWidget):  # every tab of a dialog that has them
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert_fits(dialog, language, f"{name}/{tabs.tabText(index)}")
        dialog.reject()


def _inspect_modal(language: str, name: str, problems: list[str]) -> None:
    """Check the modal window that is open now, then close it."""
    def check() -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            QTimer.singleShot(20, check)
            return
        try:
            assert_fits(window, language, name)
        except AssertionError as error:
            problems.append(str(error))
        finally:
            window.close() if not isinstance(window, QDialog) else window.reject()

    QTimer.singleShot(0, check)


def test_qt_own_dialogs_speak_the_language(qtbot, state, language):
    """The member limit (QInputDialog), About (QMessageBox) and Qt's own file dialog."""
    from pcha_desktop.ui.committees import common
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    problems: list[str] = []
    _inspect_modal(language, "member limit", problems)
    window.ask_member_limit()
    _inspect_modal(language, "about", problems)
    window.show_about()
    _inspect_modal(language, "file dialog", problems)
    common.choose_open_file(window, "Choose", "PDF (*.pdf)")
    assert problems == []


def test_the_offer_to_shrink_a_bundle_fits(qtbot, state, language, monkeypatch):
    """Export above the e-mail limit: the question with its three answers (ui/bundles/bundle_screen.py)."""
    from pcha_desktop.ui.bundles import bundle_screen
    from pcha_desktop.ui.bundles.attachments_panel import BundleAttachments

    screen = bundle_screen.BundleScreen(state)
    qtbot.addWidget(screen)
    monkeypatch.setattr(BundleAttachments, "over_limit", lambda self: True)
    monkeypatch.setattr(BundleAttachments, "can_shrink", lambda self: True)
    problems: list[str] = []
    asked: list[str] = []
    real_ask = bundle_screen.ask_shrink_first

    def ask(parent, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        _inspect_modal(language, "shrink offer", problems)
        return real_ask(parent, text)

    monkeypatch.setattr(bundle_screen, "ask_shrink_first", ask)
    screen.export_bundle()  # the offer closed unanswered: nothing exported
    assert asked and problems == []


@pytest.fixture
def province_state(language, tmp_path, data_dir):
    """A province data folder (report bundles) holding Kathu's bundle of Q1 FY2564, its key registered."""
    from pcha_desktop.services import bundles, province, signing_keys

    district = open_data_folder(tmp_path / "kathu")
    populate_demo(district.database, today=TODAY, district_code="8302")
    bundles.export_bundle(district.database, "2564Q1", tmp_path / "8302.pcha", "test")
    signing_keys.export_public_key("8302", tmp_path / "8302.pem")
    district.close()
    folder = open_data_folder(data_dir)
    province.init_province(folder.database, "83", "officer")
    province.register_key(folder.database, "8302", tmp_path / "8302.pem", "officer")
    province.import_bundles(folder.database, [tmp_path / "8302.pcha"], "officer")
    settings.user_preferences_for(folder.database).set_language(language)
    app_state = AppState(folder, today=TODAY)
    yield app_state
    folder.close()


def test_province_mode_sections_fit_the_main_window(qtbot, province_state, language):
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(province_state)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    keys = [section.key for section in window.section_list()]
    assert keys[0] == "province" and "issues" not in keys
    for key in keys:
        screen = window.show_section(key)
        for tabs in screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert_fits(window, language, f"{key}/{tabs.tabText(index)}", SCREEN)
                if key == "province":
                    window.grab().save(f"/tmp/province-{language}-{index}.png")
        assert window.size() == SCREEN
