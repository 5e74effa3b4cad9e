"""The sections of the sidebar, in one list: a new section is one package with a `section.py` that defines
`SECTION`, plus one line in `SECTION_PACKAGES`. Province mode (a later issue) will show another list.

A section package has the same shape as ui/committees and ui/tambons: its screen, dialogs, table models,
undo commands, its settings page if it has one, and the cards it contributes to the home screen. Its
`section.py` imports nothing heavy: the screen, the cards and the settings page are imported when first
built (start-up builds only the home screen).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.main_window import MainWindow

SECTION_PACKAGES: list[str] = [
    "pcha_desktop.ui.home",
    "pcha_desktop.ui.year_guide",
    "pcha_desktop.ui.committees",
    "pcha_desktop.ui.tambons",
    "pcha_desktop.ui.issues",
    "pcha_desktop.ui.plan",
    "pcha_desktop.ui.meetings",
    "pcha_desktop.ui.uccare",
    "pcha_desktop.ui.reports",
    "pcha_desktop.ui.bundles",
    "pcha_desktop.ui.history",
    "pcha_desktop.ui.backups",
]
# A province data folder (`pcha init --province`) shows these instead (report bundles, issue 12).
PROVINCE_SECTION_PACKAGES: list[str] = ["pcha_desktop.ui.province", "pcha_desktop.ui.history", "pcha_desktop.ui.backups"]


@dataclass(frozen=True)
class HomeCard:
    """A card a section shows on the home screen: `module`.`class_name`(state) builds it (a QWidget that
    reloads itself, e.g. with `state.on_change`); until the state is attached at start-up, the home screen
    shows `title()` with "Loading…" in its place."""

    key: str
    title: Callable[[], str]
    module: str
    class_name: str

    def build(self, state: AppState) -> QWidget:
        return getattr(importlib.import_module(self.module), self.class_name)(state)


@dataclass(frozen=True)
class Section:
    """`title()` is called in the current language; `factory(window)` builds the screen (`window.state` is
    the AppState) the first time it is shown; `settings_page(state, parent)`, if any, is shown from the
    Settings menu under `title()`."""

    key: str
    title: Callable[[], str]
    factory: Callable[[MainWindow], QWidget]
    home_cards: Sequence[HomeCard] = field(default_factory=tuple)
    settings_page: Callable[[AppState, QWidget | None], QWidget] | None = None


def load_sections(packages: Sequence[str] | None = None) -> list[Section]:
    """The SECTION of every package in `packages` (default: SECTION_PACKAGES), in that order."""
    return [importlib.import_module(f"{package}.section").SECTION
            for package in (SECTION_PACKAGES if packages is None else packages)]


def home_cards(sections: Sequence[Section]) -> list[HomeCard]:
    return [card for section in sections for card in section.home_cards]
