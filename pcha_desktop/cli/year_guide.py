"""`pcha guide`: the year's fifteen steps with their state, due date and what is still missing."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pcha_desktop.cli.common import year_view
from pcha_desktop.cli.failures import EXIT_OK


def command_guide(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.year_guide import label
    from pcha_desktop.services.year_guide import guide_document, year_guide

    shown = year_view(arguments, year_guide, guide_document)
    if shown is None:
        return EXIT_OK
    fiscal_year, guide, number = shown
    done, late = guide.done_and_late
    print(f"ขั้นตอนงาน พชอ. ปีงบประมาณ {fiscal_year} ณ {number(guide.today)} / The year's steps, FY{fiscal_year}")
    print(f"เสร็จ {number(done)} จาก 15 ขั้นตอน เลยกำหนด {number(late)} / {done} of 15 done, {late} late")
    for step in guide.steps:
        state = f"{label(step.state, 'th')} / {label(step.state, 'en')}"
        print(f"{number(step.number):>3}. [{state}] {label(step.step, 'th')} ({number(step.done)}/{number(step.total)},"
              f" กำหนด/due {number(step.due)})")
        if step.manual is not None:
            print(f"      บันทึกเมื่อ/ticked {number(step.manual.ticked_on)} {step.manual.note}".rstrip())
    if guide.missing:
        print("\nสิ่งที่ยังขาด / Still missing:")
        for item in guide.missing:
            print(f"  - {item.th} / {item.en}")
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    guide = add("guide", command_guide, "the year's steps (Khon Kaen's fifteen): state, due date, what is missing")
    guide.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    guide.add_argument("--json", action="store_true", help="JSON (documented in README)")
