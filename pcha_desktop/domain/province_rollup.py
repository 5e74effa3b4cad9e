"""The province's roll-up of a report period, from the districts' data.json (pure: no database, no files).

Seed 000's table: one row per district of the province: target (1 when the district was assessed in the
period's fiscal year), result (1 when it passed the UCCARE-based assessment), percent = result / target ×
100; then the three previous fiscal years as pass flags (0/1, blank when the district recorded none). The
total row sums target and result, and gives each earlier year as the percent of districts passing among
those with a flag (seed 000: 66.67, 100, 100). Around it: each district's issues, obstacles and
suggestions, and the districts that have not sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

BASELINE_YEARS = 3


@dataclass(frozen=True)
class DistrictRollup:
    code: str
    name: str
    sent: bool
    sequence: int | None = None
    target: int = 0
    result: int = 0
    baselines: tuple[int | None, ...] = ()
    issues: tuple[str, ...] = ()
    obstacles: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    tambon_committees: int = 0
    changed_since_sent: int = 0
    steps_done: int | None = None  # the year's fifteen steps (None: an older bundle without them)
    steps_late: int | None = None

    @property
    def percent(self) -> Decimal | None:
        return percent_of(self.result, self.target)


@dataclass(frozen=True)
class ProvinceRollup:
    province_code: str
    province_name: str
    period: str
    fiscal_year: int
    start: str
    end: str
    districts: tuple[DistrictRollup, ...]
    baseline_years: tuple[int, ...] = field(default=())

    @property
    def sent(self) -> tuple[DistrictRollup, ...]:
        return tuple(row for row in self.districts if row.sent)

    def period_name_th(self, thai_digits: bool = False) -> str:
        """"ไตรมาส 1 ปีงบประมาณ 2564", "รอบ 6 เดือน ปีงบประมาณ 2564": named from the code, as the reports do."""
        from pcha_desktop.domain.report_periods import parse_period

        return parse_period(self.period).name_th(thai_digits)

    @property
    def not_sent(self) -> tuple[DistrictRollup, ...]:
        return tuple(row for row in self.districts if not row.sent)

    @property
    def total_target(self) -> int:
        return sum(row.target for row in self.sent)

    @property
    def total_result(self) -> int:
        return sum(row.result for row in self.sent)

    @property
    def total_percent(self) -> Decimal | None:
        return percent_of(self.total_result, self.total_target)

    @property
    def baseline_percents(self) -> tuple[Decimal | None, ...]:
        percents = []
        for index in range(len(self.baseline_years)):
            flags = [row.baselines[index] for row in self.sent if row.baselines[index] is not None]
            percents.append(percent_of(sum(flags), len(flags)))  # type: ignore[arg-type]
        return tuple(percents)


def percent_of(part: int, whole: int) -> Decimal | None:
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent_text(value: Decimal | None) -> str:
    """ "100", "66.67", "-" for none: as seed 000 writes them."""
    if value is None:
        return "-"
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def district_rollup(code: str, name: str, data: dict[str, Any] | None, sequence: int | None = None) -> DistrictRollup:
    """One district's row from its current data.json (None: not sent)."""
    if data is None:
        return DistrictRollup(code, name, sent=False)
    fiscal_year = data["period"]["fiscal_year"]
    assessment = data["assessment"]
    flags = {row["fiscal_year"]: row["passed"] for row in assessment["years"]}
    baselines = tuple(None if year not in flags else int(bool(flags[year]))
                      for year in range(fiscal_year - BASELINE_YEARS, fiscal_year))
    obstacles, suggestions = [], []
    for issue in data["issues"]:
        for note in issue["notes"]:
            if note["obstacles"].strip():
                obstacles.append(f"{issue['title']}: {note['obstacles'].strip()}")
            if note["suggestions"].strip():
                suggestions.append(f"{issue['title']}: {note['suggestions'].strip()}")
    changed = len((data.get("changes_since_sent") or {}).get("changed", []))
    steps = data.get("year_guide") or {}
    return DistrictRollup(
        code, data["district"]["name"] or name, sent=True, sequence=sequence,
        target=1 if assessment["assessed"] else 0, result=1 if assessment["passed"] else 0,
        baselines=baselines, issues=tuple(issue["title"] for issue in data["issues"]),
        obstacles=tuple(obstacles), suggestions=tuple(suggestions),
        tambon_committees=len(data["tambon_committees"]), changed_since_sent=changed,
        steps_done=steps.get("steps_done"), steps_late=steps.get("steps_late"),
    )


def rollup_document(rollup: ProvinceRollup) -> dict[str, Any]:
    """The roll-up as JSON (``pcha province-report --json``; README documents it)."""
    def number(value: Decimal | None) -> float | None:
        return None if value is None else float(value)

    return {
        "province_code": rollup.province_code, "province_name": rollup.province_name, "period": rollup.period,
        "fiscal_year": rollup.fiscal_year, "start": rollup.start, "end": rollup.end,
        "baseline_years": list(rollup.baseline_years),
        "districts": [{"code": row.code, "name": row.name, "sent": row.sent, "sequence": row.sequence,
                       "target": row.target if row.sent else None, "result": row.result if row.sent else None,
                       "percent": number(row.percent) if row.sent else None,
                       "baselines": list(row.baselines) if row.sent else None,
                       "issues": list(row.issues), "obstacles": list(row.obstacles),
                       "suggestions": list(row.suggestions), "tambon_committees": row.tambon_committees,
                       "changed_since_sent": row.changed_since_sent,
                       "year_steps": None if row.steps_done is None else {"done": row.steps_done,
                                                                          "late": row.steps_late}}
                      for row in rollup.districts],
        "total": {"target": rollup.total_target, "result": rollup.total_result,
                  "percent": number(rollup.total_percent),
                  "baselines": [number(value) for value in rollup.baseline_percents]},
        "not_sent": [row.code for row in rollup.not_sent],
    }


__all__ = ["DistrictRollup", "ProvinceRollup", "district_rollup", "percent_of", "percent_text", "rollup_document"]
