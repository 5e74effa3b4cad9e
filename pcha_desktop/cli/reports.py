"""`pcha report`, `pcha project-report`, `pcha brief`: the documents the province and the district chief read,
the same the app makes (services/reports.py).

    pcha report --period 2564Q1|2564R6|2564 --pdf FILE --xlsx FILE
    pcha project-report --activity ID --out FILE      (ids: pcha project-report --list --fy 2564)
    pcha brief --period 2564Q2 --out FILE
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pcha_desktop.cli.failures import EXIT_OK, CommandError
from pcha_desktop.cli.common import open_folder, output_file

PERIOD_HELP = "2564Q1 (a quarter), 2564R6 (a cumulative round of 3/6/9/12 months) or 2564 (the fiscal year, BE)"


def _period(text: str):  # type: ignore[no-untyped-def]
    from pcha_desktop.domain.report_periods import PeriodError, parse_period

    try:
        return parse_period(text)
    except PeriodError as error:
        raise CommandError(error.message_th, error.message_en) from None


def _thai_digits(arguments: argparse.Namespace) -> bool | None:
    return True if arguments.thai_digits else None  # None: the user's setting


def command_report(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.reports import make_report

    if not arguments.pdf and not arguments.xlsx:
        raise CommandError("กรุณาระบุ --pdf FILE และ/หรือ --xlsx FILE", "Name --pdf FILE and/or --xlsx FILE")
    period = _period(arguments.period)
    pdf = output_file(arguments.pdf, ".pdf") if arguments.pdf else None
    xlsx = output_file(arguments.xlsx, ".xlsx") if arguments.xlsx else None
    with open_folder(arguments, create=False) as folder:
        made = make_report(folder.database, period, pdf=pdf, xlsx=xlsx, thai_digits=_thai_digits(arguments))
    print(f"รายงาน{period.label_th()} / Report of {period.label_en()}")
    for path in (made.pdf, made.xlsx):
        if path is not None:
            print(f"  เขียนแล้ว / written: {path}")
    print(f"  เวลา / time: อ่านข้อมูล/gather {made.seconds_gather:.2f} s, PDF {made.seconds_pdf:.2f} s, "
          f"xlsx {made.seconds_xlsx:.2f} s")
    return EXIT_OK


def command_project_report(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.errors import UserFacingError
    from pcha_desktop.services.reports import activity_choices, make_project_report

    if arguments.list:
        from pcha_desktop.cli.common import fiscal_year_argument

        fiscal_year = fiscal_year_argument(arguments)
        with open_folder(arguments, create=False) as folder:
            choices = activity_choices(folder.database, fiscal_year)
        if not choices:
            print(f"ปีงบประมาณ {fiscal_year} ยังไม่มีกิจกรรม/โครงการ / FY{fiscal_year} has no activities yet")
        for activity_id, issue_title, name in choices:
            print(f"{activity_id}\t{issue_title}\t{name}")
        return EXIT_OK
    if arguments.activity is None or not arguments.out:
        raise CommandError("กรุณาระบุ --activity ID และ --out FILE (ดูหมายเลขด้วย --list)",
                           "Name --activity ID and --out FILE (list the ids with --list)")
    out = output_file(arguments.out, ".pdf")
    with open_folder(arguments, create=False) as folder:
        try:
            path = make_project_report(folder.database, arguments.activity, out, thai_digits=_thai_digits(arguments))
        except UserFacingError as error:
            raise CommandError(error.message_th + " (ดูหมายเลขด้วย: pcha project-report --list)",
                               error.message_en + " (list them with: pcha project-report --list)") from None
    print(f"เขียนรายงานสรุปผลโครงการแล้ว / Project summary written: {path}")
    return EXIT_OK


def command_brief(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.reports import make_brief

    period = _period(arguments.period)
    out = output_file(arguments.out, ".pdf")
    with open_folder(arguments, create=False) as folder:
        path = make_brief(folder.database, period, out, thai_digits=_thai_digits(arguments))
    print(f"เขียนสรุปเสนอนายอำเภอ{period.label_th()} แล้ว / District chief's brief written: {path}")
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    report = add("report", command_report, "write the period's report as a PDF and/or an .xlsx workbook")
    report.add_argument("--period", required=True, help=PERIOD_HELP)
    report.add_argument("--pdf", help="PDF file to write")
    report.add_argument("--xlsx", help=".xlsx file to write")
    report.add_argument("--thai-digits", action="store_true", help="Thai digits (default: the user's setting)")
    project = add("project-report", command_project_report, "write a One Plan activity's summary report as a PDF")
    project.add_argument("--activity", type=int, help="activity id (from --list)")
    project.add_argument("--out", help="PDF file to write")
    project.add_argument("--list", action="store_true", help="list the activities of the fiscal year with their ids")
    project.add_argument("--fy", type=int, help="BE fiscal year for --list (default: the current one)")
    project.add_argument("--thai-digits", action="store_true", help="Thai digits (default: the user's setting)")
    brief = add("brief", command_brief, "write the district chief's brief (1–2 pages) for a period as a PDF")
    brief.add_argument("--period", required=True, help=PERIOD_HELP)
    brief.add_argument("--out", required=True, help="PDF file to write")
    brief.add_argument("--thai-digits", action="store_true", help="Thai digits (default: the user's setting)")
