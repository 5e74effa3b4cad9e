"""The year's guide computed from the data: every step's state and what is missing, in plain words."""

from __future__ import annotations

import json
from dataclasses import replace
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
    ProvinceFileError,
    StepState,
    StrategyListError,
    YearFacts,
    YearStep,
    due_date,
    parse_due_dates,
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
                       dimensions=frozenset({"health", "society"}), uccare_before=True, uccare_after=True,
                       partner_count=2)
    waste = replace(issue, title="ขยะต้นทาง", dimensions=frozenset({"environment", "economy"}))
    values: dict[str, object] = dict(
        fiscal_year=FY, issues=(issue, waste), district_order_issued=True, subcommittee_count=2,
        orders_issued=3,
        district_meetings=tuple(MeetingFacts(f"{n}/2564", date(2021, 3 * n, 1), True, True) for n in range(1, 5)),
        activities_total=6, activities_finished=6, tambons=TAMBONS, tambons_with_committee=frozenset(TAMBONS),
        tambons_with_plan=frozenset(TAMBONS), tambons_visited=frozenset(TAMBONS),
        tambons_with_notable_work=frozenset(TAMBONS), report_rounds_due=(3,), report_rounds_sent=frozenset({3}),
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
                IssueFacts("อุบัติเหตุ", 1, 1, 1, frozenset({"society"}), uccare_before=True, partner_count=1)),
        tambons_with_committee=frozenset(TAMBONS) - {"เกาะแก้ว"},
    )
    texts = [item.th for item in what_is_missing(year_checklist(facts, today=date(2021, 4, 20)))]
    assert "ผลไตรมาส 2 ยังไม่ได้บันทึก 3 ตัวชี้วัด" in texts
    assert "รายงานการประชุมครั้งที่ 2/2564 ยังไม่ได้ส่งจังหวัด" in texts
    assert "ประเด็นที่ 2 ยังไม่มีการประเมิน UCCARE หลังดำเนินการ" in texts
    assert "ตำบลเกาะแก้วยังไม่มี พชต." in texts
    assert "ยังต้องประชุมคณะกรรมการ พชอ. อีก 2 ครั้ง" in texts


def test_a_plan_of_health_alone_is_not_a_clear_goal() -> None:
    health_only = IssueFacts("โควิด", 2, 2, 2, frozenset({"health"}), True, True, partner_count=1)
    step = _step(year_checklist(_complete_year(issues=(health_only, health_only)), today=date(2020, 11, 1)),
                 YearStep.CLEAR_GOALS)
    assert step.state is not StepState.DONE
    assert [item.th for item in step.missing] == ["เป้าหมายของประเด็นในปีนี้ยังไม่ครอบคลุมมิติเศรษฐกิจ สังคม สิ่งแวดล้อม"]


DIMENSION_KEYS = ("economy", "society", "health", "environment")


@given(st.lists(st.tuples(st.frozensets(st.sampled_from(DIMENSION_KEYS)), st.integers(0, 3), st.integers(0, 3)),
                max_size=5))
def test_goals_are_clear_per_issue_and_cover_the_four_dimensions_across_the_year(issues) -> None:  # noqa: ANN001
    """Seed 004 step 5 read as a Khon Kaen secretary would: each issue's goals clear (KPIs, each with a target);
    the four dimensions covered by the year's issues together, not by each issue."""
    facts = _complete_year(issues=tuple(
        IssueFacts(f"ประเด็น {n}", 1, kpis, min(targets, kpis), dimensions, True, True, partner_count=1)
        for n, (dimensions, kpis, targets) in enumerate(issues)))
    step = _step(year_checklist(facts, today=date(2020, 11, 1)), YearStep.CLEAR_GOALS)
    every_issue_clear = all(kpis > 0 and targets >= kpis for _dims, kpis, targets in issues)
    covered = frozenset().union(*(dims for dims, _k, _t in issues)) if issues else frozenset()
    assert (step.state is StepState.DONE) == (bool(issues) and every_issue_clear and covered == set(DIMENSION_KEYS))
    assert 0 <= step.done <= step.total
    assert any("ครอบคลุมมิติ" in item.th for item in step.missing) == (bool(issues) and covered != set(DIMENSION_KEYS))


@given(st.booleans(), st.booleans(), st.lists(st.sampled_from(("none", "outdated", "current")), max_size=4),
       st.integers(0, 3), st.integers(0, 3))
def test_orders_are_current_when_members_have_not_changed(district_order: bool, district_outdated: bool,
                                                          subcommittees, issued: int, unsent: int) -> None:  # noqa: ANN001
    """Seed 004 steps 2 and 3: orders are brought up to date when members change, and the copy of an order
    revised is sent to the province; a year with current orders and no new order has nothing to send."""
    unsent = min(unsent, issued)
    facts = _complete_year(
        district_order_issued=district_order, district_order_outdated=district_outdated,
        subcommittee_count=len(subcommittees),
        subcommittees_without_order=tuple(f"ประเด็น {n}" for n, state in enumerate(subcommittees) if state == "none"),
        subcommittees_order_outdated=tuple(f"ประเด็น {n}" for n, state in enumerate(subcommittees)
                                           if state == "outdated"),
        orders_issued=issued, orders_not_sent=tuple(f"{n}/2564" for n in range(unsent)))
    checklist = year_checklist(facts, today=date(2020, 10, 2))
    orders, copies = _step(checklist, YearStep.UPDATE_ORDERS), _step(checklist, YearStep.SEND_ORDER_COPIES)
    current = district_order and not district_outdated and all(state == "current" for state in subcommittees)
    assert (orders.state is StepState.DONE) == current
    assert (copies.state is StepState.DONE) == ((issued > 0 and unsent == 0) or (issued == 0 and current))
    assert 0 <= orders.done <= orders.total and 0 <= copies.done <= copies.total


def test_a_district_visit_needs_a_tambon_committee_to_visit() -> None:
    facts = _complete_year(tambons_with_committee=frozenset(), tambons_visited=frozenset(TAMBONS))
    step = _step(year_checklist(facts, today=date(2021, 1, 1)), YearStep.VISIT_TAMBONS)
    assert step.state is not StepState.DONE
    assert [item.th for item in step.missing] == ["ยังไม่มี พชต. ให้ทีมอำเภอเยี่ยมติดตาม"]
    some = _complete_year(tambons_with_committee=frozenset(TAMBONS[:2]), tambons_visited=frozenset(TAMBONS[:2]))
    assert _step(year_checklist(some, today=date(2021, 1, 1)), YearStep.VISIT_TAMBONS).state is StepState.DONE


def test_a_tambon_plan_still_being_drafted_is_not_made() -> None:
    facts = _complete_year(tambons_with_plan=frozenset(TAMBONS) - {"วิชิต"}, tambons_drafting_plan=frozenset({"วิชิต"}))
    step = _step(year_checklist(facts, today=date(2021, 1, 1)), YearStep.TAMBON_PLANS)
    assert step.state is not StepState.DONE and step.done == len(TAMBONS) - 1
    assert [item.th for item in step.missing] == ["ตำบลวิชิต แผนพัฒนาคุณภาพชีวิตระดับตำบลยังอยู่ระหว่างจัดทำ"]


def test_an_issue_plan_without_a_partner_is_not_one_plan() -> None:
    alone = replace(_complete_year().issues[0], partner_count=0)
    step = _step(year_checklist(_complete_year(issues=(alone, _complete_year().issues[1])), today=date(2020, 11, 1)),
                 YearStep.ONE_PLAN)
    assert step.state is not StepState.DONE and step.done == 1
    assert [item.th for item in step.missing] == ["ประเด็นที่ 1 แผนยังไม่ระบุภาคีที่ร่วมดำเนินงานหรือร่วมทรัพยากร"]


def test_the_year_end_report_is_named_in_plain_words() -> None:
    facts = _complete_year(report_rounds_due=(3, 6, 9, 12), report_rounds_sent=frozenset({3, 6, 9}))
    step = _step(year_checklist(facts, today=date(2021, 10, 5)), YearStep.PROGRESS_REPORTS)
    assert [item.th for item in step.missing] == ["รายงานสรุปผลการดำเนินงานประจำปี (รอบ 12 เดือน) ยังไม่ได้ส่งจังหวัด"]


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
    issues = tuple(IssueFacts(f"ประเด็น {n}", activity_count=1 if n < with_plan else 0, partner_count=1)
                   for n in range(issue_count))
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


# --- a province's due dates as a file (foreign input) ---

_DATE = st.tuples(st.integers(1, 12), st.integers(1, 31))


def _real(month: int, day: int) -> bool:
    try:
        due_date(FY, month, day)
    except ValueError:
        return False
    return True


@given(st.dictionaries(st.sampled_from(list(YearStep)), _DATE, min_size=1))
def test_a_due_dates_file_reads_back_what_it_says_or_is_refused(dates) -> None:  # noqa: ANN001
    text = json.dumps({"format": "pcha-due-dates", "version": 1,
                       "due_dates": {step.value: {"month": m, "day": d} for step, (m, d) in dates.items()}})
    if all(_real(*value) for value in dates.values()):
        assert parse_due_dates(text).dates == dates
    else:
        with pytest.raises(ProvinceFileError) as refusal:
            parse_due_dates(text)
        assert "ไม่มีอยู่จริง" in refusal.value.message_th and "not a date" in refusal.value.message_en


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                     max_leaves=20)


@given(st.one_of(
    st.text(max_size=300),
    _JSON.map(json.dumps),
    st.dictionaries(st.sampled_from([s.value for s in YearStep] + ["x", ""]), _JSON, max_size=16).map(
        lambda entries: json.dumps({"format": "pcha-due-dates", "version": 1, "due_dates": entries})),
))
def test_any_due_dates_file_parses_to_real_dates_or_is_refused_with_a_reason(text: str) -> None:
    try:
        loaded = parse_due_dates(text)
    except ProvinceFileError as refusal:
        assert refusal.message_th and refusal.message_en
        return
    assert 1 <= len(loaded.dates) <= 15
    for step, (month, day) in loaded.dates.items():
        assert isinstance(step, YearStep) and _real(month, day)


def test_one_file_may_hold_the_strategies_and_the_due_dates() -> None:
    data = json.loads(STRATEGIES.read_text(encoding="utf-8"))
    data["due_dates"] = {"one_plan": {"month": 1, "day": 31}}
    text = json.dumps(data, ensure_ascii=False)
    assert parse_due_dates(text).dates == {YearStep.ONE_PLAN: (1, 31)}
    assert len(parse_strategies(text).strategies) == 19
    with pytest.raises(ProvinceFileError):  # the strategy list alone carries no dates
        parse_due_dates(STRATEGIES.read_text(encoding="utf-8"))


@given(st.frozensets(st.sampled_from(TAMBONS)), st.frozensets(st.sampled_from(TAMBONS)),
       st.frozensets(st.sampled_from(TAMBONS)), st.frozensets(st.sampled_from(TAMBONS)))
def test_tambon_steps_follow_the_tambon_committees(committees, visited, approved, drafting) -> None:  # noqa: ANN001
    """Seed 004 steps 10, 13, 14: the district team visits every tambon committee (none to visit: not done);
    a committee in every tambon; an approved plan in every tambon (a draft is not yet a plan)."""
    facts = _complete_year(tambons_with_committee=committees, tambons_visited=visited, tambons_with_plan=approved,
                           tambons_drafting_plan=drafting - approved)
    checklist = year_checklist(facts, today=date(2020, 10, 2))
    visits = _step(checklist, YearStep.VISIT_TAMBONS)
    assert (visits.state is StepState.DONE) == (bool(committees) and committees <= visited)
    assert (_step(checklist, YearStep.TAMBON_COMMITTEES).state is StepState.DONE) == (committees == set(TAMBONS))
    plans = _step(checklist, YearStep.TAMBON_PLANS)
    assert (plans.state is StepState.DONE) == (approved == set(TAMBONS))
    assert plans.done == len(approved) and len(plans.missing) == len(TAMBONS) - len(approved)
    for step in (visits, plans):
        assert 0 <= step.done <= step.total
