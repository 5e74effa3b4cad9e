"""One "what changed" notice after a user action: only the screens that show that kind reload."""

from __future__ import annotations

import pytest

from pcha_desktop.services import committees as committee_service
from pcha_desktop.ui.backups_screen import BackupsScreen, BackupTableModel
from pcha_desktop.ui.committees.committee_screen import CommitteeScreen
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.history_screen import HistoryScreen
from pcha_desktop.ui.home_screen import HomeScreen
from pcha_desktop.ui.main_window import MainWindow
from pcha_desktop.ui.tambons.tambon_alerts import TambonAlerts
from pcha_desktop.ui.tambons.tambon_screen import TambonScreen

SCREENS = {"home": HomeScreen, "committees": CommitteeScreen, "tambons": TambonScreen, "alerts": TambonAlerts,
           "backups": BackupsScreen}


@pytest.fixture
def reloads(monkeypatch):
    """How many times each screen reloaded (counted around the real reload; the backups screen's model)."""
    counts = dict.fromkeys(SCREENS, 0)
    targets = {**SCREENS, "backups": BackupTableModel}
    for name, cls in targets.items():
        original = cls.reload

        def counted(self, *args, _name=name, _original=original, **kwargs):
            counts[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "reload", counted)
    return counts


def test_each_notice_reloads_only_the_screens_that_show_it(qtbot, state, reloads):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    for key in ("committees", "tambons", "history", "backups", "home"):
        window.show_section(key)

    def after(*kinds: str) -> dict[str, int]:
        for name in reloads:
            reloads[name] = 0
        state.notify(*kinds)
        return dict(reloads)

    committee = committee_service.find_district_committee(state.database)
    member = committee_service.list_members(state.database, committee.id)[0]
    committee_service.move_member(state.database, member.membership_id, 1, state.user_name)
    assert after(changes.MEMBERS) == {"home": 0, "committees": 1, "tambons": 0, "alerts": 0, "backups": 0}
    assert after(changes.TAMBONS) == {"home": 0, "committees": 0, "tambons": 1, "alerts": 1, "backups": 0}
    assert after(changes.VISITS) == {"home": 0, "committees": 0, "tambons": 1, "alerts": 1, "backups": 0}
    assert after(changes.PROFILE) == {"home": 1, "committees": 1, "tambons": 0, "alerts": 0, "backups": 0}
    assert after(changes.BACKUPS) == {"home": 0, "committees": 0, "tambons": 0, "alerts": 0, "backups": 1}
    assert after(changes.EVERYTHING) == dict.fromkeys(SCREENS, 1), "a restore: every screen, once"

    for name in reloads:
        reloads[name] = 0
    window.actions_by_name["thai_digits"].trigger()  # a setting every screen with numbers follows
    assert reloads == {"home": 1, "committees": 1, "tambons": 1, "alerts": 1, "backups": 0}



def test_the_history_screen_reloads_after_every_notice(qtbot, state, monkeypatch):
    heard: list[bool] = []
    original = HistoryScreen.reload

    def counted(self):
        heard.append(True)
        return original(self)

    monkeypatch.setattr(HistoryScreen, "reload", counted)
    screen = HistoryScreen(state)
    qtbot.addWidget(screen)
    heard.clear()
    for kind in sorted(changes.KINDS):
        state.notify(kind)
    assert len(heard) == len(changes.KINDS), "the history shows every change"
    committee_service.district_committee(state.database, state.user_name)
    state.notify(changes.COMMITTEES)
    assert screen.model.rowCount() > 0


def test_an_unknown_kind_is_a_mistake(state):
    with pytest.raises(ValueError):
        state.notify("membres")
