"""The year's issues and their KPIs: the vocabulary and all the arithmetic, pure (no database, no Qt).

Vocabulary: ``IssueArea`` (Khon Kaen's frame, seed 004), ``Dimension`` (economy, society, health,
environment: Khon Kaen's step 5), ``TargetGroup`` (the vulnerable groups of shared/DOMAIN.md; counts only),
``Direction`` (higher or lower is better), ``Combination`` (how quarters make the year: sum, average, last
value) and ``KpiStatus`` (met, on track, behind, no data). Each has Thai and English labels.

Arithmetic (all on ``Decimal``; a missing result is ``None``, never zero):

- ``combine(values, how)``: the present values made into one (None when none is present);
- ``cumulative(results, quarters, how)`` and ``cumulative_rounds(results, how)``: the figure reported in the
  cumulative rounds of 3, 6, 9 and 12 months (round 12 is the year's combination);
- ``percent_of_target(value, target)``: result ÷ target × 100 as the provincial table prints it; None
  without a result, ``KpiArithmeticError`` for a target of zero;
- ``kpi_status(results, target, direction, how, baseline)``: see its docstring;
- ``baselines(fiscal_year, from_results, typed)``: the three earlier fiscal years' values, the app's own
  results first, typed values where it has none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from pcha_desktop.domain.errors import BilingualError

QUARTERS = (1, 2, 3, 4)
ROUND_MONTHS = (3, 6, 9, 12)
BASELINE_YEARS = 3
MINIMUM_ISSUES_PER_YEAR = 2  # the regulation's minimum: the app warns below it


class KpiArithmeticError(BilingualError, ValueError):
    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_th = message_th
        self.message_en = message_en


class IssueArea(Enum):
    """Khon Kaen's frame of issue areas (seed 004), plus a local issue and any other."""

    VULNERABLE_CARE = "vulnerable_care"  # home-bound, bed-bound, end-of-life, disabled, disadvantaged
    EARLY_CHILDHOOD = "early_childhood"
    WASTE_AT_SOURCE = "waste_at_source"
    LOCAL_ISSUE = "local_issue"
    OTHER = "other"


class Dimension(Enum):
    ECONOMY = "economy"
    SOCIETY = "society"
    HEALTH = "health"
    ENVIRONMENT = "environment"


class TargetGroup(Enum):
    """Vulnerable-group categories (shared/DOMAIN.md); elderly by ADL (Barthel 0–20)."""

    ELDERLY_SOCIALLY_ACTIVE = "elderly_socially_active"  # ADL 12–20
    ELDERLY_HOME_BOUND = "elderly_home_bound"  # ADL 5–11
    ELDERLY_BED_BOUND = "elderly_bed_bound"  # ADL 0–4
    DISABLED = "disabled"
    END_OF_LIFE = "end_of_life"
    DISADVANTAGED = "disadvantaged"
    CHILDREN_0_5 = "children_0_5"
    MOTHERS_AND_CHILDREN = "mothers_and_children"
    OTHER = "other"  # named by the group's own label


class Direction(Enum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Combination(Enum):
    """How a KPI's quarterly results make the year's figure."""

    SUM = "sum"
    AVERAGE = "average"
    LAST = "last"


class KpiStatus(Enum):
    MET = "met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"


LABELS: dict[Enum, tuple[str, str]] = {
    IssueArea.VULNERABLE_CARE: ("ดูแลกลุ่มติดบ้าน ติดเตียง ผู้ป่วยระยะท้าย ผู้พิการ และผู้ด้อยโอกาส",
                                "Home-bound, bed-bound, end-of-life, disabled and disadvantaged people"),
    IssueArea.EARLY_CHILDHOOD: ("พัฒนาการเด็กปฐมวัย", "Early childhood development"),
    IssueArea.WASTE_AT_SOURCE: ("การจัดการขยะต้นทาง", "Waste management at source"),
    IssueArea.LOCAL_ISSUE: ("ปัญหาของพื้นที่", "A local issue"),
    IssueArea.OTHER: ("อื่น ๆ", "Other"),
    Dimension.ECONOMY: ("เศรษฐกิจ", "Economy"),
    Dimension.SOCIETY: ("สังคม", "Society"),
    Dimension.HEALTH: ("สุขภาพ", "Health"),
    Dimension.ENVIRONMENT: ("สิ่งแวดล้อม", "Environment"),
    TargetGroup.ELDERLY_SOCIALLY_ACTIVE: ("ผู้สูงอายุติดสังคม", "Elderly, socially active"),
    TargetGroup.ELDERLY_HOME_BOUND: ("ผู้สูงอายุติดบ้าน", "Elderly, home-bound"),
    TargetGroup.ELDERLY_BED_BOUND: ("ผู้สูงอายุติดเตียง", "Elderly, bed-bound"),
    TargetGroup.DISABLED: ("ผู้พิการ", "Disabled people"),
    TargetGroup.END_OF_LIFE: ("ผู้ป่วยระยะท้าย", "End-of-life patients"),
    TargetGroup.DISADVANTAGED: ("ผู้ด้อยโอกาส", "Disadvantaged people"),
    TargetGroup.CHILDREN_0_5: ("เด็กอายุ 0–5 ปี", "Children aged 0–5"),
    TargetGroup.MOTHERS_AND_CHILDREN: ("แม่และเด็ก", "Mothers and children"),
    TargetGroup.OTHER: ("กลุ่มอื่น", "Other group"),
    Direction.HIGHER_IS_BETTER: ("ยิ่งมากยิ่งดี", "Higher is better"),
    Direction.LOWER_IS_BETTER: ("ยิ่งน้อยยิ่งดี", "Lower is better"),
    Combination.SUM: ("รวมทุกไตรมาส", "Sum of the quarters"),
    Combination.AVERAGE: ("เฉลี่ยทุกไตรมาส", "Average of the quarters"),
    Combination.LAST: ("ค่าล่าสุด", "Latest value"),
    KpiStatus.MET: ("บรรลุเป้าหมาย", "Met"),
    KpiStatus.ON_TRACK: ("เป็นไปตามแผน", "On track"),
    KpiStatus.BEHIND: ("ต่ำกว่าแผน", "Behind"),
    KpiStatus.NO_DATA: ("ยังไม่มีข้อมูล", "No data"),
}


def label(value: Enum, language: str = "th", labels: Mapping[Enum, tuple[str, str]] = LABELS) -> str:
    """The Thai (default) or English label of a term (of this module, or of ``labels``)."""
    thai, english = labels[value]
    return english if language == "en" else thai


# --- numbers typed by users ------------------------------------------------------------------------------

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
MAX_NUMBER = Decimal(10) ** 12


class NumberInputError(KpiArithmeticError):
    """Text that is not a number; ``field`` names the box it came from."""

    def __init__(self, message_th: str, message_en: str, field: str) -> None:
        super().__init__(message_th, message_en)
        self.field = field


def parse_number(text: str | Decimal | int, field_th: str, field_en: str) -> Decimal | None:
    """A number typed by a user: Thai or Arabic digits, thousands separated by commas ("1,234.50"), spaces
    around it; "" is None (nothing typed). Anything else (text in a number, "1.2.3", "๕ คน") raises
    ``NumberInputError`` naming the field, in Thai and English."""
    if isinstance(text, (Decimal, int)):
        value = Decimal(text)
        if not value.is_finite() or abs(value) >= MAX_NUMBER:
            raise NumberInputError(f"{field_th}: ตัวเลขไม่ถูกต้อง", f"{field_en}: not a valid number", field_en)
        return value
    cleaned = " ".join(str(text).translate(_THAI_DIGITS).split())
    if not cleaned:
        return None
    if not _NUMBER.fullmatch(cleaned):
        shown = cleaned if len(cleaned) <= 30 else cleaned[:30] + "…"
        raise NumberInputError(f"{field_th}: “{shown}” ไม่ใช่ตัวเลข (พิมพ์เฉพาะตัวเลข เช่น 1,250 หรือ 87.5)",
                               f"{field_en}: “{shown}” is not a number (type digits only, e.g. 1,250 or 87.5)",
                               field_en)
    return parse_number(Decimal(cleaned.replace(",", "")), field_th, field_en)


# --- dimensions ------------------------------------------------------------------------------------------


def dimensions_text(dimensions: Sequence[Dimension] | frozenset[Dimension]) -> str:
    """The stored form: values in the enumeration's order, comma-separated ("society,health")."""
    chosen = set(dimensions)
    return ",".join(dimension.value for dimension in Dimension if dimension in chosen)


def parse_dimensions(text: str) -> frozenset[Dimension]:
    return frozenset(Dimension(part) for part in text.split(",") if part.strip())


def health_only(dimensions: frozenset[Dimension]) -> bool:
    """True for an issue that covers health alone: the app nudges past it (Khon Kaen's step 5)."""
    return dimensions == frozenset({Dimension.HEALTH})


# --- combining quarters ----------------------------------------------------------------------------------

Results = Sequence[Decimal | None]  # one per quarter, Q1 first; None = not reported


def combine(values: Sequence[Decimal | None], how: Combination) -> Decimal | None:
    """The present values made into one figure; None when there is none (a missing value is never zero)."""
    present = [value for value in values if value is not None]
    if not present:
        return None
    if how is Combination.SUM:
        return sum(present, Decimal(0))
    if how is Combination.AVERAGE:
        return sum(present, Decimal(0)) / len(present)
    return present[-1]


def cumulative(results: Results, quarters: int, how: Combination) -> Decimal | None:
    """The figure of the cumulative round covering the first ``quarters`` quarters (1 → 3 months, 4 → 12)."""
    if quarters not in QUARTERS:
        raise ValueError(f"quarters must be 1 to 4, not {quarters}")
    return combine(list(results)[:quarters], how)


def cumulative_rounds(results: Results, how: Combination) -> dict[int, Decimal | None]:
    """{3: …, 6: …, 9: …, 12: …}: the cumulative figure reported at each round (months of the year)."""
    return {months: cumulative(results, months // 3, how) for months in ROUND_MONTHS}


def last_reported_quarter(results: Results) -> int | None:
    reported = [quarter for quarter, value in zip(QUARTERS, results) if value is not None]
    return reported[-1] if reported else None


# --- percent and status ----------------------------------------------------------------------------------


def check_target(target: Decimal) -> None:
    if target == 0:
        raise KpiArithmeticError("เป้าหมายต้องไม่เป็นศูนย์ (คำนวณร้อยละของเป้าหมายไม่ได้)",
                                 "The target must not be zero (no percent of target can be computed)")


def percent_of_target(value: Decimal | None, target: Decimal) -> Decimal | None:
    """result ÷ target × 100, as the provincial table prints it; None without a result."""
    check_target(target)
    if value is None:
        return None
    return value / target * 100


def rounded(value: Decimal | None) -> Decimal | None:
    """Two decimal places, half up (66.67), as reports print a percent or an average."""
    return None if value is None else value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


rounded_percent = rounded


def better(value: Decimal, than: Decimal, direction: Direction) -> bool:
    return value > than if direction is Direction.HIGHER_IS_BETTER else value < than


def meets(value: Decimal, target: Decimal, direction: Direction) -> bool:
    return value >= target if direction is Direction.HIGHER_IS_BETTER else value <= target


def kpi_status(results: Results, target: Decimal, direction: Direction, how: Combination,
               baseline: Decimal | None = None) -> KpiStatus:
    """The status at the last round with a result.

    - No result at all: NO_DATA.
    - A summed KPI before the year's end is measured against its share of the target so far (target ×
      quarters ÷ 4): higher-is-better is MET once the whole target is reached, ON_TRACK at or above the
      share; lower-is-better (deaths, cases) is ON_TRACK at or below the share, else BEHIND (a yearly
      ceiling is only met when the year is over).
    - Otherwise (the full year, or an average or latest value) the figure is MET when it reaches the target
      in the KPI's direction; before the year's end a figure that does not is ON_TRACK if it is better than
      the latest baseline, else BEHIND; at the year's end BEHIND.
    """
    check_target(target)
    reached = last_reported_quarter(results)
    if reached is None:
        return KpiStatus.NO_DATA
    value = cumulative(results, reached, how)
    assert value is not None
    final = reached == 4
    if how is Combination.SUM and not final:
        share = target * reached / 4
        if direction is Direction.HIGHER_IS_BETTER:
            if value >= target:
                return KpiStatus.MET
            return KpiStatus.ON_TRACK if value >= share else KpiStatus.BEHIND
        return KpiStatus.ON_TRACK if value <= share else KpiStatus.BEHIND
    if meets(value, target, direction):
        return KpiStatus.MET
    if not final and baseline is not None and better(value, baseline, direction):
        return KpiStatus.ON_TRACK
    return KpiStatus.BEHIND


# --- baselines -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    fiscal_year: int
    value: Decimal | None
    from_results: bool  # True: the app's own results of that year; False: typed (or missing)


def baselines(fiscal_year: int, from_results: Mapping[int, Decimal | None],
              typed: Mapping[int, Decimal | None]) -> tuple[Baseline, ...]:
    """The three fiscal years before ``fiscal_year``, oldest first: the year's combined result where the app
    has one, else the typed value, else None."""
    rows = []
    for year in range(fiscal_year - BASELINE_YEARS, fiscal_year):
        own = from_results.get(year)
        if own is not None:
            rows.append(Baseline(year, own, True))
        else:
            rows.append(Baseline(year, typed.get(year), False))
    return tuple(rows)


def latest_baseline(rows: Sequence[Baseline]) -> Decimal | None:
    present = [row.value for row in rows if row.value is not None]
    return present[-1] if present else None


__all__ = [
    "MAX_NUMBER", "NumberInputError", "parse_number", "BASELINE_YEARS", "LABELS", "MINIMUM_ISSUES_PER_YEAR", "QUARTERS", "ROUND_MONTHS", "Baseline", "Combination",
    "Dimension", "Direction", "IssueArea", "KpiArithmeticError", "KpiStatus", "Results", "TargetGroup",
    "baselines", "better", "check_target", "combine", "cumulative", "cumulative_rounds", "dimensions_text",
    "health_only", "kpi_status", "label", "last_reported_quarter", "latest_baseline", "meets",
    "parse_dimensions", "percent_of_target", "rounded", "rounded_percent",
]
