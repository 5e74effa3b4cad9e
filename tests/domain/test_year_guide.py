"""The year's guide computed from the data: every step's state and what is missing, in plain words."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.domain.year_guide import (
    DUE_SOON_DAYS,
    DueDates,
    IssueFacts,
    ManualTick,
    MeetingFacts,
    StepState,
    StrategyListError,
    YearFacts,
    YearStep,
    due_date,
    parse_strategies,
    summary_counts,
    what_is_missing,
    year_checklist,
)

STRATEGIES = Path(__file__).resolve().parents[2] / "resources" / "year_guide" / "strategies_khon_kaen_2563.json"
FY = 2564
TAMBONS = ("ตลาดใหญ่", "ตลาดเหนือ", "เกาะแก้ว", "รัษฎา", "วิชิต", "ฉลอง", "ราไวย์", "กะรน")


def _complete_year(**changes: object) -> YearFacts:
    issue = IssueFacts("ผู้ป่วยติดเตียง", activity_count=3, kpi_count=2, kpis_with_target=2,
                       dimensions=frozenset({"health", "society"}), uccare_before=True, uccare_after=True)
    values: dict[str, object] = dict(
        fiscal_year=FY, issues=(issue, issue), district_order_issued=True, subcommittee_count=2,
        orders_issued=3,
        district_meetings=tuple(MeetingFacts(f"{n}/2564", date(2021, 3 * n, 1), True, True) for n in range(1, 5)),
        activities_total=6, activities_finished=6, tambons=TAMBONS, tambons_with_committee=frozenset(TAMBONS),
        tambons_with_plan=frozenset(TAMBONS), tambons_visited=frozenset(TAMBONS),
        tambons_with_notable_work=frozenset(TAMBONS), reports_due=("2564R3",), reports_sent=frozenset({"2564R3"}),
        strategies_chosen=3, manual={YearStep.CHIEF_BRIEF: ManualTick(date(2021, 3, 15), "ประชุม กบจ.")},
    )
    values.update(changes)
    return YearFacts(**values)  # type: ignore[arg-type]


def _step(checklist, step: YearStep):  # noqa: ANN001, ANN202
    return next(item for item in checklist if item.step is step)


def test_a_year_with_everything_done_has_every_step_done_and_nothing_missing() -> None:
    checklist = year_checklist(_complete_year(), today=date(2021, 9, 30))
    assert [item.number for item in checklist] == list(range(1, 16))
    assert {item.state for item in checklist} == {StepState.DONE}
    assert what_is_missing(checklist) == ()
    assert summary_counts(checklist) == (15, 0)


def test_an_empty_year_is_not_started_early_and_late_after_the_year() -> None:
    early = year_checklist(YearFacts(FY), today=date(2020, 10, 1))
    assert all(item.state in (StepState.NOT_STARTED, StepState.DUE_SOON) for item in early)
    late = year_checklist(YearFacts(FY), today=date(2021, 10, 1))
    assert {item.state for item in late} == {StepState.LATE}
    assert summary_counts(late) == (0, 15)


def test_the_messages_say_what_is_missing_in_plain_words() -> None:
    facts = _complete_year(
        kpi_results_missing={2: 3},
        district_meetings=(MeetingFacts("1/2564", date(2020, 12, 1), True, True),
                           MeetingFacts("2/2564", date(2021, 3, 1), True, False)),
        issues=(_complete_year().issues[0],
                IssueFacts("อุบัติเหตุ", 1, 1, 1, frozenset({"society"}), uccare_before=True)),
        tambons_with_committee=frozenset(TAMBONS) - {"เกาะแก้ว"},
    )
    texts = [item.th for item in what_is_missing(year_checklist(facts, today=date(2021, 4, 20)))]
    assert "ผลไตรมาส 2 ยังไม่ได้บันทึก 3 ตัวชี้วัด" in texts
    assert "รายงานการประชุมครั้งที่ 2/2564 ยังไม่ได้ส่งจังหวัด" in texts
    assert "ประเด็นที่ 2 ยังไม่มีการประเมิน UCCARE หลังดำเนินการ" in texts
    assert "ตำบลเกาะแก้วยังไม่มี พชต." in texts
    assert "ยังต้องประชุมคณะกรรมการ พชอ. อีก 2 ครั้ง" in texts


def test_a_plan_of_health_alone_is_not_a_clear_goal() -> None:
    health_only = IssueFacts("โควิด", 2, 2, 2, frozenset({"health"}), True, True)
    checklist = year_checklist(_complete_year(issues=(health_only, health_only)), today=date(2020, 11, 1))
    assert _step(checklist, YearStep.CLEAR_GOALS).state is not StepState.DONE


def test_a_meeting_only_planned_does_not_count() -> None:
    planned = tuple(MeetingFacts(f"{n}/2564", date(2021, 3 * n, 1), n < 4, True) for n in range(1, 5))
    step = _step(year_checklist(_complete_year(district_meetings=planned), today=date(2021, 5, 1)),
                 YearStep.FOUR_MEETINGS)
    assert step.state is not StepState.DONE
    assert step.done == 3


def test_only_steps_the_data_cannot_tell_take_a_manual_tick() -> None:
    ticks = {step: ManualTick(date(2021, 1, 5)) for step in YearStep}
    checklist = year_checklist(YearFacts(FY, manual=ticks), today=date(2021, 1, 6))
    done = {item.step for item in checklist if item.state is StepState.DONE}
    assert done == {YearStep.CHIEF_BRIEF, YearStep.SEND_ORDER_COPIES}


@given(st.integers(min_value=2500, max_value=2700), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=28))
def test_a_due_date_lies_inside_its_fiscal_year(fiscal_year: int, month: int, day: int) -> None:
    value = due_date(fiscal_year, month, day)
    start = date(fiscal_year - 543 - 1, 10, 1)
    assert start <= value <= date(fiscal_year - 543, 9, 30)


@given(st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=6),
       st.dates(min_value=date(2020, 9, 1), max_value=date(2021, 11, 30)))
def test_state_follows_the_due_date(issue_count: int, with_plan: int, today: date) -> None:
    issues = tuple(IssueFacts(f"ประเด็น {n}", activity_count=1 if n < with_plan else 0) for n in range(issue_count))
    step = _step(year_checklist(YearFacts(FY, issues=issues), today=today), YearStep.ONE_PLAN)
    due = DueDates().of(YearStep.ONE_PLAN, FY)
    complete = issue_count > 0 and with_plan >= issue_count
    if complete:
        assert step.state is StepState.DONE and not step.missing
    elif today > due:
        assert step.state is StepState.LATE
    elif today >= due - timedelta(days=DUE_SOON_DAYS):
        assert step.state is StepState.DUE_SOON
    else:
        assert step.state in (StepState.NOT_STARTED, StepState.IN_PROGRESS)
    assert 0 <= step.done <= step.total
    assert bool(step.missing) == (not complete)


def test_a_province_can_move_a_due_date() -> None:
    dates = DueDates({YearStep.ONE_PLAN: (1, 31)})
    assert dates.of(YearStep.ONE_PLAN, FY) == date(2021, 1, 31)
    assert dates.of(YearStep.CHOOSE_ISSUES, FY) == date(2020, 11, 30)


def test_khon_kaens_nineteen_suggestions_load() -> None:
    strategies = parse_strategies(STRATEGIES.read_text(encoding="utf-8"))
    assert len(strategies.strategies) == 19
    assert strategies.strategies[0].th.startswith("ปรับกระบวนการ")


@pytest.mark.parametrize("change", [
    lambda data: data.update(format="other"),
    lambda data: data.update(version=2),
    lambda data: data.update(strategies=[]),
    lambda data: data["strategies"].append(dict(data["strategies"][0])),
    lambda data: data["strategies"][0].update(th=""),
    lambda data: data["strategies"][0].update(key="มีช่องว่าง แล้ว"),
    lambda data: data["strategies"][0].update(en=7),
])
def test_a_bad_strategy_list_is_refused_with_a_reason(change) -> None:  # noqa: ANN001
    data = json.loads(STRATEGIES.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(StrategyListError) as refusal:
        parse_strategies(json.dumps(data, ensure_ascii=False))
    assert refusal.value.message_th and refusal.value.message_en


@given(st.text(max_size=300))
def test_any_text_either_parses_or_is_refused_with_a_reason(text: str) -> None:
    try:
        parse_strategies(text)
    except StrategyListError as refusal:
        assert refusal.message_th
