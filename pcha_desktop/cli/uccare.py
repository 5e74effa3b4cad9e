"""`pcha uccare --fy 2564 [--json]`: the year's UCCARE assessments per issue with their levels, each issue's
result and its reason, disagreement between assessors, and the district's status for the year.
`pcha uccare-form --issue ID --out FILE`: the blank assessment form of an issue (with the rubric) as a PDF;
`--filled` writes the issue's recorded assessments instead (result, chart, levels, evidence)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pcha_desktop.cli.failures import EXIT_OK, CommandError
from pcha_desktop.cli.common import open_folder, output_file, year_view


def command_uccare(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.uccare import COMPONENTS, CODES, label
    from pcha_desktop.services.uccare import uccare_document, year_uccare

    shown = year_view(arguments, year_uccare, uccare_document)
    if shown is None:
        return EXIT_OK
    fiscal_year, year, number = shown
    print(f"การประเมิน UCCARE ปีงบประมาณ {fiscal_year} / UCCARE assessments of FY{fiscal_year}")
    print(f"ผู้ตัดสินผล / deciding: {label(year.deciding)} / {label(year.deciding, 'en')}")
    codes = " ".join(CODES[c] for c in COMPONENTS)
    for issue in year.issues:
        print(f"\nประเด็น / Issue {issue.issue_id}: {issue.title}")
        if not issue.assessments:
            print("  ยังไม่มีการประเมิน / No assessments yet")
        else:
            print(f"  {codes}")
        for a in issue.assessments:
            who = f"{label(a.assessor)} {label(a.phase)} / {label(a.assessor, 'en')}, {label(a.phase, 'en').lower()}"
            levels = " ".join(number(a.levels[c]) if c in a.levels else "-" for c in COMPONENTS)
            print(f"  {levels}  {who} ({number(a.assessed_on)}, {number(a.people)} คน/people, {a.rubric_ident})")
        print(f"  ผล / Result: {issue.decision.explanation('th')}")
        print(f"                {issue.decision.explanation('en')}")
        if issue.decision.disagreement_text("en"):
            print("  ความเห็นต่าง / Disagreement:")
            for thai, english in zip(issue.decision.disagreement_text("th").splitlines(),
                                     issue.decision.disagreement_text("en").splitlines()):
                print(f"    {thai} / {english}")
    if not year.issues:
        print("ยังไม่มีประเด็นในปีนี้ / No issues this year")
    print(f"\nสถานะปีงบประมาณ {fiscal_year}: {year.status.text('th')}")
    print(f"FY{fiscal_year} status: {year.status.text('en')}")
    return EXIT_OK


def command_uccare_form(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.uccare import export_assessment_pdf, export_form_pdf, issue_uccare

    out = output_file(arguments.out, ".pdf")
    with open_folder(arguments, create=False) as folder:
        issue = issue_uccare(folder.database, arguments.issue)  # a bilingual refusal when there is none
        write = export_assessment_pdf if arguments.filled else export_form_pdf
        write(folder.database, issue.issue_id, out, thai_digits=True if arguments.thai_digits else None)
    what_th, what_en = ("ผลการประเมิน", "assessments") if arguments.filled else ("แบบประเมิน", "blank form")
    print(f"เขียน{what_th} UCCARE ของประเด็น “{issue.title}” ไว้ที่ {out} / Wrote the UCCARE {what_en} of"
          f" “{issue.title}” to {out}")
    return EXIT_OK


def _issue_id(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"ต้องเป็นเลขประเด็นจาก pcha uccare / an issue number from pcha uccare: {value}")
    return int(value)


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    uccare = add("uccare", command_uccare, "list the year's UCCARE assessments per issue: levels, result and its"
                 " reason, disagreement, the district's status")
    uccare.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    uccare.add_argument("--json", action="store_true", help="JSON (documented in README)")
    form = add("uccare-form", command_uccare_form, "write the blank UCCARE assessment form of an issue as a PDF"
               " (with the rubric); --filled: the issue's recorded assessments")
    form.add_argument("--issue", type=_issue_id, required=True, help="issue id (from `pcha uccare`)")
    form.add_argument("--out", required=True, help="PDF file to write")
    form.add_argument("--filled", action="store_true", help="the recorded assessments instead of the blank form")
    form.add_argument("--thai-digits", action="store_true", help="Thai digits (default: the user's setting)")


__all__ = ["CommandError", "add_commands"]
