"""The committee screens: members, issue subcommittees and appointment orders (issue 3)."""

from pcha_desktop.ui.committees.committee_screen import CommitteeScreen

__all__ = ["CommitteeScreen"]
