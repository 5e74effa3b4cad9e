"""The kinds of change a user action can make, in one place.

After a write, the UI sends ONE notice, ``state.notify(PROFILE, …)``: ``AppState.changed`` carries the
frozenset of kinds, and each screen reloads only when a kind it shows is in it (``affects``).
"""

from __future__ import annotations

from collections.abc import Iterable

PROFILE = "profile"  # the district profile (home)
SETTINGS = "settings"  # district-wide settings: Thai digits, the member limit …
COMMITTEES = "committees"  # the district committee and the issues' subcommittees
MEMBERS = "members"  # who sits on a committee
ORDERS = "orders"  # appointment orders
TAMBONS = "tambons"  # tambon committees (พชต.), their members and yearly figures
VISITS = "visits"  # district visits to tambons
ISSUES = "issues"  # the year's issues, their KPIs and results, goals and plan
MEETINGS = "meetings"  # meetings (agenda, attendance, minutes, resolutions, follow-ups) and workshops
PLAN = "plan"  # the One Plan's activities (partners, budgets, resources) and each tambon's notable work
REPORTS = "reports"  # a reporting period's free texts
UCCARE = "uccare"  # UCCARE assessments of the issues, their rules and rubrics
YEAR_GUIDE = "year_guide"  # the year's guide: steps ticked by hand, strategies chosen, due dates
BACKUPS = "backups"  # the backups folder
BUNDLES = "bundles"  # report bundles: exports and sent marks (district), keys and imports (province)
HISTORY = "history"  # the audit trail: every change of the database adds to it

DATABASE_KINDS = frozenset({PROFILE, SETTINGS, COMMITTEES, MEMBERS, ORDERS, TAMBONS, VISITS, ISSUES, PLAN,
                            MEETINGS, REPORTS, UCCARE, BUNDLES, YEAR_GUIDE})
EVERYTHING = DATABASE_KINDS | {BACKUPS, HISTORY}  # e.g. a restore: the whole database was replaced
KINDS = EVERYTHING


def notice(kinds: Iterable[str]) -> frozenset[str]:
    """The set a notice carries: the kinds given, and the history whenever the database changed."""
    result = frozenset(kinds)
    unknown = result - KINDS
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    if result & DATABASE_KINDS:
        result |= {HISTORY}
    return result


def affects(changed: frozenset[str], shown: Iterable[str]) -> bool:
    """Whether a screen showing the kinds ``shown`` must reload after the notice ``changed``."""
    return not changed.isdisjoint(shown)
