"""The committee screens: members, issue subcommittees and appointment orders (issue 3).

Imported lazily (`section.py` is read at start-up; the screen's modules only when it is first shown)."""

from __future__ import annotations

from typing import Any

__all__ = ["CommitteeScreen"]


def __getattr__(name: str) -> Any:
    if name == "CommitteeScreen":
        from pcha_desktop.ui.committees.committee_screen import CommitteeScreen

        return CommitteeScreen
    raise AttributeError(name)
