"""What the year-guide screens share: state colours and where each step is done."""

from __future__ import annotations

from pcha_desktop.domain.year_guide import StepState, YearStep

STATE_COLOURS = {  # text colour, background
    StepState.DONE: ("#1b5e20", "#e3f4e4"),
    StepState.IN_PROGRESS: ("#0d47a1", "#e3eefc"),
    StepState.DUE_SOON: ("#8a5300", "#fff4d6"),
    StepState.LATE: ("#b00020", "#fde7ea"),
    StepState.NOT_STARTED: ("#5f6368", "#f1f3f4"),
}

STATE_MARKS = {StepState.DONE: "✓", StepState.IN_PROGRESS: "…", StepState.DUE_SOON: "!", StepState.LATE: "!!",
               StepState.NOT_STARTED: "○"}

# Where a step is done: the first of these sections that the window has.
STEP_SECTIONS: dict[YearStep, tuple[str, ...]] = {
    YearStep.CHOOSE_ISSUES: ("issues",),
    YearStep.UPDATE_ORDERS: ("committees",),
    YearStep.SEND_ORDER_COPIES: ("committees",),
    YearStep.ONE_PLAN: ("plan", "issues"),
    YearStep.CLEAR_GOALS: ("issues",),
    YearStep.FOUR_MEETINGS: ("meetings",),
    YearStep.UCCARE_BEFORE_AFTER: ("uccare",),
    YearStep.CARRY_OUT_PLAN: ("plan", "issues"),
    YearStep.CHIEF_BRIEF: ("reports", "year_guide"),
    YearStep.VISIT_TAMBONS: ("tambons",),
    YearStep.MAP_NOTABLE_WORK: ("tambons",),
    YearStep.PROGRESS_REPORTS: ("reports", "issues"),
    YearStep.TAMBON_COMMITTEES: ("tambons",),
    YearStep.TAMBON_PLANS: ("tambons",),
    YearStep.STRATEGIES: ("year_guide",),
}


def section_for(step: YearStep, available: set[str]) -> str | None:
    return next((key for key in STEP_SECTIONS[step] if key in available), None)
