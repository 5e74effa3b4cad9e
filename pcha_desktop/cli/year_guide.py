"""`pcha year --fy 2564 [--json]`: the year's fifteen steps (seed 004), each with its state, its due date
(BE) and what is still missing for it; then which steps are late and which are due soon."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pcha_desktop.cli.common import year_view
from pcha_desktop.cli.failures import EXIT_OK


def command_year(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.thai_calendar import to_thai_digits
    from pcha_desktop.domain.year_guide import StepState, label
    from pcha_desktop.services.year_guide import guide_document, year_guide

    shown = year_view(arguments, year_guide, guide_document)
    if shown is None:
        return EXIT_OK
    fiscal_year, guide, number = shown
    done, late = guide.done_and_late
    year_th = to_thai_digits(str(fiscal_year)) if number(0) != "0" else str(fiscal_year)  # the Thai-digits setting
    print(f"ขั้นตอนงาน พชอ. ปีงบประมาณ {year_th} ณ วันที่ {number(guide.today)}"
          f" / The year's steps, FY{fiscal_year}, as of {number(guide.today)}")
    print(f"เสร็จ {number(done)} จาก {number(len(guide.steps))} ขั้นตอน เลยกำหนด {number(late)}"
          f" / {done} of {len(guide.steps)} done, {late} late")
    for step in guide.steps:
        state = f"{label(step.state, 'th')} / {label(step.state, 'en')}"
        print(f"\n{number(step.number):>3}. [{state}] {label(step.step, 'th')} / {label(step.step, 'en')}")
        print(f"     กำหนด/due {number(step.due)} · ทำแล้ว/done {number(step.done)}/{number(step.total)}")
        if step.manual is not None:
            print(f"     บันทึกว่าเสร็จเมื่อ/recorded done on {number(step.manual.ticked_on)} {step.manual.note}".rstrip())
        if step.state is not StepState.DONE:
            for item in step.missing:
                print(f"     - {item.th} / {item.en}")
    for state in (StepState.LATE, StepState.DUE_SOON):
        numbers = ", ".join(number(step.number) for step in guide.steps if step.state is state)
        if numbers:
            print(f"\n{label(state, 'th')}: ขั้นตอนที่ {numbers} / {label(state, 'en')}: step(s) {numbers}")
    if not guide.missing:
        print("\nไม่มีสิ่งที่ยังขาด / Nothing is missing")
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    year = add("year", command_year,
               "the year's fifteen steps (Khon Kaen's guideline): each step's state, due date (BE), what is missing")
    year.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    year.add_argument("--json", action="store_true", help="JSON (documented in README)")
