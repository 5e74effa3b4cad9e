"""`pcha`: everything that is not typing, from the command line.

Every command takes --data-dir (default: PCHA_DATA_DIR, else the per-user data folder). Errors are
printed in Thai and English and end with a non-zero exit code; nothing is changed on bad input. No
command prints a traceback (cli/failures.py says how each kind of failure ends). Commands that only read
(check, history, orders, backups …) create nothing: a missing folder is reported as missing.
Dates are printed with Buddhist Era years ("30 พ.ย. 2569 14:05").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pcha_desktop.cli.failures import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    CommandError,
    print_error,
    quiet_broken_pipe,
    report,
    unexpected,
)
from pcha_desktop.cli.common import (
    be_date,
    data_dir_of,
    be_time,
    existing_file,
    fiscal_year_argument,
    open_folder,
    output_file,
    print_import_problems,
    year_view,
)
from pcha_desktop.domain.errors import BilingualError


def command_init(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.admin_areas import load_admin_areas
    from pcha_desktop.services.district_profile import DistrictProfileData, load_profile
    from pcha_desktop.services.district_setup import set_up_district
    from pcha_desktop.services.settings import user_preferences_for

    if arguments.province:  # province mode (report bundles): its own data folder
        from pcha_desktop.services.province import init_province

        with open_folder(arguments) as folder:
            province = init_province(folder.database, arguments.province, arguments.user or "pcha")
        print(f"ตั้งค่าโหมดจังหวัด{province.name} ({province.code}) แล้ว ที่ {folder.data_dir} / Province mode set up")
        return EXIT_OK
    missing = [name for name in ("district_code", "chief", "secretary", "user") if not getattr(arguments, name)]
    if missing:
        option = "--" + missing[0].replace("_", "-")
        raise CommandError(f"กรุณาระบุ {option}", f"{option} is required (or --province CODE)")
    areas = load_admin_areas()
    try:
        district = areas.district(arguments.district_code)
    except KeyError:
        raise CommandError(
            f"ไม่พบรหัสอำเภอ {arguments.district_code} ดูรายการได้ด้วย: pcha areas <รหัสจังหวัด>",
            f"No district with code {arguments.district_code}; list them with: pcha areas <province code>",
        ) from None
    province = areas.province(district.province_code)
    with open_folder(arguments) as folder:
        if load_profile(folder.database) is not None and not arguments.force:
            raise CommandError(
                "ข้อมูลชุดนี้ตั้งค่าอำเภอไว้แล้ว (ใช้ --force เพื่อเขียนทับ)",
                "This data folder already has a district (use --force to overwrite)",
            )
        profile = DistrictProfileData(
            province_code=province.code,
            province_name=province.name_th,
            district_code=district.code,
            district_name=district.name_th,
            office_name=arguments.office or f"สำนักงานสาธารณสุขอำเภอ{district.name_th}",
            district_chief_name=arguments.chief,
            secretary_name=arguments.secretary,
            provincial_office_email=arguments.email or "",
        )
        committee = set_up_district(folder.database, profile, arguments.user)  # one transaction
        user_preferences_for(folder.database).set_user_name(arguments.user)
        print(f"ตั้งค่าอำเภอ{district.name_th} จังหวัด{province.name_th} แล้ว ที่ {folder.data_dir}")
        print(f"Set up {district.name_th} ({district.code}), {province.name_th}, in {folder.data_dir}")
        print(f"คณะกรรมการ: {committee.name} — นำเข้ารายชื่อได้ด้วย pcha import-members FILE --committee district")
        print("Committee ready; import its members with: pcha import-members FILE --committee district")
    return EXIT_OK


def command_demo(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.demo import DEMO_DISTRICTS, populate_demo
    from pcha_desktop.services.demo_scans import attach_demo_scans

    if arguments.district not in DEMO_DISTRICTS:
        raise CommandError(f"ไม่มีข้อมูลตัวอย่างของอำเภอรหัส {arguments.district} (มี: {', '.join(DEMO_DISTRICTS)})",
                           f"There is no demo of district {arguments.district} (there are: {', '.join(DEMO_DISTRICTS)})",
                           EXIT_PROBLEM)
    name_th, name_en = DEMO_DISTRICTS[arguments.district]
    default_folder = arguments.data_dir is None
    with open_folder(arguments, demo=default_folder) as folder:
        if not populate_demo(folder.database, district_code=arguments.district):  # one transaction; False: data there
            if not arguments.force:
                raise CommandError(
                    f"{folder.data_dir} มีข้อมูลอยู่แล้ว ไม่สร้างข้อมูลตัวอย่างทับ",
                    f"{folder.data_dir} already holds data; the demo is not written over it",
                    EXIT_PROBLEM,
                )
            print(f"ข้อมูลตัวอย่างมีอยู่แล้ว / The demo data is already there: {folder.database_path}")
            return EXIT_OK
        attach_demo_scans(folder.workspace)  # the signed scans the bundle can carry (after the demo's transaction)
        opener = "pcha-desktop --demo" if default_folder else f'pcha-desktop --data-dir "{folder.data_dir}"'
        print(f"สร้างข้อมูลตัวอย่าง ({name_th}) แล้ว ที่ {folder.database_path}")
        print(f"Demo data ({name_en}) written to {folder.database_path}")
        print(f"เปิดด้วย / Open it with: {opener}")
    return EXIT_OK


def command_backup(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.data_folder import create_backup

    with open_folder(arguments, create=False) as folder:
        path = create_backup(folder.database_path, folder.backups_dir, reason="manual")
    print(f"สำรองข้อมูลแล้ว / Backup written: {path}")
    return EXIT_OK


def command_backups(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.thai_calendar import to_thai_digits
    from pcha_desktop.services.data_folder import backup_dir, list_backups
    from pcha_desktop.services.user_preferences import UserPreferences

    backups = list_backups(backup_dir(data_dir_of(arguments, create=False)))
    if not backups:
        print("ยังไม่มีข้อมูลสำรอง / No backups yet")
    thai_digits = UserPreferences().thai_digits  # the user's file: the database may be damaged
    for backup in backups:
        size = f"{backup.size_bytes:>10,d} B"
        size = to_thai_digits(size) if thai_digits else size
        print(f"{be_time(backup.created_at, thai_digits)}  {size}  {backup.path}")
    return EXIT_OK


def command_restore(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.data_folder import restore_into
    from pcha_desktop.services.data_folder import BackupFromOtherDistrict, backup_dir, list_backups

    data_dir = data_dir_of(arguments)
    if arguments.newest:
        good = [backup for backup in list_backups(backup_dir(data_dir)) if backup.is_good()]
        if not good:
            raise CommandError("ไม่พบข้อมูลสำรองที่ใช้ได้", "No good backup was found", EXIT_PROBLEM)
        backup_file = good[0].path
    elif arguments.file:
        backup_file = Path(arguments.file)
    else:
        raise CommandError("กรุณาระบุไฟล์สำรอง หรือ --newest", "Name a backup file, or --newest")
    if not backup_file.is_file():
        raise CommandError(f"ไม่พบไฟล์ {backup_file}", f"File not found: {backup_file}")
    try:
        restore_into(data_dir, backup_file, allow_other_district=arguments.other_district)
    except BackupFromOtherDistrict as error:
        raise CommandError(error.message_th + " (ใช้ --other-district)",
                           error.message_en + " (use --other-district)", EXIT_PROBLEM) from error
    except BilingualError:
        raise
    except ValueError as error:  # not a good PCHA backup
        message_th = getattr(error, "message_th", str(error))
        message_en = getattr(error, "message_en", str(error))
        raise CommandError(message_th, message_en, EXIT_PROBLEM) from error
    print(f"กู้คืนข้อมูลจาก {backup_file} แล้ว / Restored from {backup_file}")
    return EXIT_OK


def command_check(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.data_folder import check_data_folder, database_path, write_ahead_log_missing

    data_dir = data_dir_of(arguments, create=False)
    path = database_path(data_dir)
    log_missing = write_ahead_log_missing(path)  # before SQLite opens the file (it would make a -wal)
    integrity = check_data_folder(data_dir)  # read-only, not ours, newer: raised as what they are
    if integrity.ok:
        print(f"ฐานข้อมูลปกติ / The database is sound: {path}")
        if log_missing:
            print(
                "คำเตือน: โปรแกรมไม่ได้ปิดตามปกติครั้งล่าสุด และไม่มีไฟล์ pcha.sqlite-wal อยู่ข้างฐานข้อมูล"
                " การแก้ไขล่าสุดอาจหายไป หากคัดลอกมาจากเครื่องอื่น ให้คัดลอกไฟล์ pcha.sqlite-wal มาด้วย\n"
                "Warning: the program did not close normally last time and there is no pcha.sqlite-wal beside"
                " the database: the latest changes may be missing. If you copied it from another computer,"
                " copy pcha.sqlite-wal too.",
                file=sys.stderr,
            )
        return EXIT_OK
    print(f"ฐานข้อมูลเสียหาย / The database is damaged: {path}\n{integrity.problem}", file=sys.stderr)
    print("กู้คืนได้ด้วย / Restore with: pcha restore --newest", file=sys.stderr)
    return EXIT_PROBLEM


def command_history(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.audit_log import readable_changes
    from pcha_desktop.services.settings import user_preferences_for

    if arguments.limit < 1:
        raise CommandError("--limit ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป", "--limit must be a whole number of 1 or more")
    with open_folder(arguments, create=False) as folder:
        thai_digits = user_preferences_for(folder.database).thai_digits
        changes = readable_changes(folder.database, limit=arguments.limit + 1, thai_digits=thai_digits)  # Thai, BE
    if not changes:
        print("ยังไม่มีประวัติการแก้ไข / No changes recorded yet")
        return EXIT_OK
    if len(changes) > arguments.limit:
        changes = changes[: arguments.limit]
        print(f"แสดง {len(changes)} รายการล่าสุด ยังมีรายการเก่ากว่านี้ (ดูเพิ่มได้ด้วย --limit) / "
              f"The {len(changes)} newest changes; older ones are not shown (see more with --limit)")
    for change in reversed(changes):
        print(f"{change.when}  {change.who}  {change.action_label}  {change.what}  {change.summary()}")
    return EXIT_OK


def command_areas(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.admin_areas import load_admin_areas

    areas = load_admin_areas()
    code = " ".join((arguments.code or "").split())
    if code and not code.isdigit():
        return _areas_by_name(areas, code)
    try:
        if not code:
            rows = [(p.code, p.name_th) for p in areas.provinces()]
        elif len(code) == 2:
            rows = [(d.code, d.name_th) for d in areas.districts_of(areas.province(code).code)]
        elif len(code) == 4:
            rows = [(t.code, t.name_th) for t in areas.tambons_of(areas.district(code).code)]
        elif len(code) == 6:
            rows = [(code, " / ".join(_where(areas, areas.tambon(code))))]
        else:
            raise KeyError(code)
    except KeyError:
        raise CommandError(f"ไม่พบรหัส {code}", f"Unknown code {code}") from None
    for row_code, name in rows:
        print(f"{row_code}\t{name}")
    return EXIT_OK


def _where(areas, area) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from pcha_desktop.cli.areas import where

    return where(areas, area)


def _areas_by_name(areas, name: str) -> int:  # type: ignore[no-untyped-def]
    """`pcha areas ภูเก็ต`, `pcha areas phuket`: see cli/areas.py."""
    from pcha_desktop.cli.areas import MAX_SHOWN, children, find_areas

    found, exact = find_areas(areas, name)
    if not found:
        raise CommandError(f"ไม่พบพื้นที่ชื่อ {name} (ดูรายชื่อจังหวัดได้ด้วย: pcha areas)",
                           f"No area is called {name} (list the provinces with: pcha areas)")
    inside = children(areas, found[0]) if exact and len(found) == 1 else None
    if inside is not None:
        thai, english = _where(areas, found[0])
        print(f"{found[0].code} {thai} / {english}:", file=sys.stderr)
        for row_code, row_name in inside:
            print(f"{row_code}\t{row_name}")
        return EXIT_OK
    for area in found[:MAX_SHOWN]:
        print(f"{area.code}\t" + " / ".join(_where(areas, area)))
    if len(found) > MAX_SHOWN:
        print(f"… และอีก {len(found) - MAX_SHOWN} แห่ง ระบุชื่อให้ละเอียดขึ้น / "
              f"… and {len(found) - MAX_SHOWN} more; type more of the name", file=sys.stderr)
    return EXIT_OK


def _district_committee_id(database) -> int:  # type: ignore[no-untyped-def]
    from pcha_desktop.services.committees import find_district_committee

    committee = find_district_committee(database)
    if committee is None:
        raise CommandError("ยังไม่มีคณะกรรมการ พชอ. ในข้อมูลชุดนี้", "This data folder has no district committee yet")
    return committee.id


def command_orders(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.appointment_orders import all_orders
    from pcha_desktop.services.settings import user_preferences_for

    with open_folder(arguments, create=False) as folder:
        orders = all_orders(folder.database)
        thai_digits = user_preferences_for(folder.database).thai_digits
    if not orders:
        print("ยังไม่มีคำสั่งแต่งตั้ง / No appointment orders yet")
    for order in orders:
        status = "ออกแล้ว/issued" if order.is_issued else "ร่าง/draft"
        replaces = f"  แทน/replaces #{order.replaces_order_id}" if order.replaces_order_id else ""
        print(f"#{order.id}\tที่ {order.number or '-'}\t{be_date(order.order_date, thai_digits)}\t{status}\t"
              f"{order.committee_name}{replaces}")
    return EXIT_OK


def command_order_pdf(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.appointment_orders import get_order, orders_of, render_order_pdf
    from pcha_desktop.services.errors import UserFacingError

    out_file = output_file(arguments.out, ".pdf")
    with open_folder(arguments, create=False) as folder:
        database = folder.database
        if arguments.order is not None:
            try:
                order = get_order(database, arguments.order).summary
            except UserFacingError:
                raise CommandError(f"ไม่พบคำสั่งหมายเลข {arguments.order} (ดูรายการด้วย: pcha orders)",
                                   f"No order #{arguments.order} (list them with: pcha orders)") from None
        else:
            orders = orders_of(database, _district_committee_id(database))
            issued = [order for order in orders if order.is_issued]
            if not orders:
                raise CommandError("คณะกรรมการ พชอ. ยังไม่มีคำสั่งแต่งตั้ง", "The district committee has no order yet")
            order = issued[0] if issued else orders[0]
        out = render_order_pdf(folder.workspace, order.id, out_file, thai_digits=arguments.thai_digits or None)
    print(f"บันทึกคำสั่งที่ {order.number or '-'} เป็น PDF แล้ว / Order written: {out}")
    return EXIT_OK


def command_member_template(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.member_import import export_member_template

    out = export_member_template(output_file(arguments.out, ".xlsx"))
    print(f"บันทึกแบบฟอร์มรายชื่อกรรมการแล้ว / Template written: {out}")
    return EXIT_OK


def command_import_members(arguments: argparse.Namespace) -> int:
    from datetime import date

    from pcha_desktop.services.member_import import import_members, parse_pasted_text, read_member_workbook
    from pcha_desktop.services.settings import user_preferences_for

    source = existing_file(arguments.file)
    with open_folder(arguments, create=False) as folder:
        database = folder.database
        if arguments.committee == "district":
            committee_id = _district_committee_id(database)
        elif arguments.committee.isdigit():
            committee_id = int(arguments.committee)
        else:
            raise CommandError("--committee ต้องเป็น district หรือหมายเลขคณะกรรมการ",
                               "--committee must be 'district' or a committee id")
        if source.suffix.lower() == ".xlsx":
            result = read_member_workbook(source, date.today())
        else:
            try:
                result = parse_pasted_text(source.read_text(encoding="utf-8-sig"), date.today())
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError("อ่านไฟล์ข้อความไม่ได้ (ต้องเป็น UTF-8)", f"Cannot read the text file ({error})") from error
        print_import_problems(result.problems)
        count = import_members(database, committee_id, result, only_good=arguments.only_good,
                               user_name=user_preferences_for(database).user_name or "pcha")
    print(f"นำเข้ารายชื่อ {count} คนแล้ว / Imported {count} members")
    return EXIT_OK


def command_kpis(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.kpis import label, rounded
    from pcha_desktop.services.issues import kpis_document, year_kpis

    shown = year_view(arguments, year_kpis, kpis_document)
    if shown is None:
        return EXIT_OK
    fiscal_year, year, number = shown
    print(f"ตัวชี้วัด ปีงบประมาณ {fiscal_year} / KPIs of FY{fiscal_year}")
    if year.below_minimum:
        print(f"คำเตือน: มี {len(year.issues)} ประเด็น ระเบียบกำหนดอย่างน้อย 2 ประเด็น / "
              f"Warning: {len(year.issues)} issues; the regulation asks for at least 2")
    for issue in year.issues:
        print(f"\nประเด็น / Issue: {issue.title}")
        if not issue.kpis:
            print("  ยังไม่มีตัวชี้วัด / No KPIs yet")
        for kpi in issue.kpis:
            baselines = " ".join(f"{b.fiscal_year}:{number(b.value)}" for b in kpi.baselines)
            quarters = " ".join(f"Q{q}:{number(v)}" for q, v in zip((1, 2, 3, 4), kpi.results))
            percent = "-" if kpi.percent is None else f"{number(kpi.percent)}%"
            print(f"  {kpi.name} ({kpi.unit or '-'}) เป้าหมาย/target {number(kpi.target)}"
                  f" [{label(kpi.direction)} / {label(kpi.direction, 'en')}]")
            print(f"    Baseline {baselines}  |  {quarters}")
            print(f"    ผลงาน/result {number(rounded(kpi.year_value))}  ร้อยละของเป้าหมาย/percent {percent}  "
                  f"{label(kpi.status)} / {label(kpi.status, 'en')}")
    return EXIT_OK


def command_plan(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.one_plan import label
    from pcha_desktop.services.issues import export_plan_xlsx, plan_document, year_plan

    if arguments.out:
        out = output_file(arguments.out, ".xlsx")
        fiscal_year = fiscal_year_argument(arguments)
        with open_folder(arguments, create=False) as folder:
            export_plan_xlsx(folder.database, fiscal_year, out)
        print(f"เขียนแผนงานปีงบประมาณ {fiscal_year} ไว้ที่ {out} / Wrote the One Plan of FY{fiscal_year} to {out}")
        return EXIT_OK
    shown = year_view(arguments, year_plan, plan_document)
    if shown is None:
        return EXIT_OK
    fiscal_year, plan, number = shown
    print(f"แผนงาน (One Plan) ปีงบประมาณ {fiscal_year} / One Plan of FY{fiscal_year}")
    for issue in plan.issues:
        print(f"\nประเด็น / Issue: {issue.title}  งบประมาณรวม/budget {number(issue.budget_total)} บาท/baht")
        for activity in issue.activities:
            dates = " – ".join(number(day) for day in (activity.start_date, activity.end_date))
            print(f"  {activity.name}  [{label(activity.status)} / {label(activity.status, 'en')}"
                  f" {number(activity.progress_percent)}%]  {dates}")
            print(f"    หน่วยงานหลัก/lead: {activity.lead_agency or '-'}  ภาคี/partners: {', '.join(activity.partners) or '-'}")
            budget = ", ".join(f"{label(source)} {number(amount)}" for source, amount in activity.budgets)
            print(f"    งบประมาณ/budget: {budget or '-'}")
        pooled = [(partner, [label(kind) for kind in issue.matrix.cells[partner] if issue.matrix.cells[partner][kind]])
                  for partner in issue.matrix.partners]
        if pooled:
            print("  ทรัพยากรที่ร่วมกัน (คน เงิน ของ ความรู้ ข้อมูล) / Pooled resources:")
            for partner, kinds in pooled:
                print(f"    {partner}: {' '.join(kinds)}")
    if not plan.issues:
        print("ยังไม่มีประเด็นในปีนี้ / No issues this year")
    return EXIT_OK


def command_plan_template(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.plan_import import export_plan_template

    out = export_plan_template(output_file(arguments.out, ".xlsx"))
    print(f"บันทึกแบบฟอร์มแผนงานแล้ว / One Plan template written: {out}")
    return EXIT_OK


def command_import_plan(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.plan_import import PlanImportHasProblems, import_plan, read_plan_workbook
    from pcha_desktop.services.settings import user_preferences_for

    source = existing_file(arguments.file)
    fiscal_year = fiscal_year_argument(arguments)
    with open_folder(arguments, create=False) as folder:
        database = folder.database
        result = read_plan_workbook(database, source)
        try:
            count = import_plan(database, fiscal_year, result, only_good=arguments.only_good,
                                user_name=user_preferences_for(database).user_name or "pcha")
            problems = result.problems
        except PlanImportHasProblems as refusal:
            print_import_problems(refusal.result.problems)
            raise
        print_import_problems(problems)
    print(f"นำเข้ากิจกรรม {count} รายการในปีงบประมาณ {fiscal_year} แล้ว / Imported {count} activities into FY{fiscal_year}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pcha",
        description="PCHA Desktop on the command line (โปรแกรม พชอ. แบบบรรทัดคำสั่ง)",
    )
    from pcha_desktop import __version__

    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="data folder (default: PCHA_DATA_DIR or the per-user data folder)")
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", command_init, "set up a data folder for a district (codes from `pcha areas`)")
    init.add_argument("--district-code", help="4-digit official code, e.g. 8301 (required for a district)")
    init.add_argument("--chief", help="district chief's full name (required for a district)")
    init.add_argument("--secretary", help="committee secretary's full name (required for a district)")
    init.add_argument("--user", help="your name, recorded with every change (required for a district)")
    init.add_argument("--province", help="2-digit province code: a province data folder for imports and roll-up")
    init.add_argument("--office", help="office name (default: สำนักงานสาธารณสุขอำเภอ<district>)")
    init.add_argument("--email", help="provincial health office e-mail")
    init.add_argument("--force", action="store_true", help="overwrite an existing district profile")

    demo = add("demo", command_demo, "create the demo database (Mueang Phuket; --district 5407: Wang Chin)")
    demo.add_argument("--district", default="8301", help="the demo district: 8301 Mueang Phuket (default), "
                      "8302 Kathu, 8303 Thalang, or 5407 Wang Chin (17 tambon-level committees)")
    demo.add_argument("--force", action="store_true", help="succeed quietly when the demo already exists")

    add("backup", command_backup, "write a backup of the database now")
    add("backups", command_backups, "list the backups, newest first")
    restore = add("restore", command_restore, "replace the database with a backup (the current file is kept aside)")
    restore.add_argument("file", nargs="?", help="backup file to restore")
    restore.add_argument("--newest", action="store_true", help="restore the newest good backup")
    restore.add_argument("--other-district", action="store_true", help="restore even another district's backup")
    add("check", command_check, "check the database for damage (exit 1 if damaged)")
    history = add("history", command_history, "show the change history (who changed what, when)")
    history.add_argument("--limit", type=int, default=50)
    areas = add("areas", command_areas, "list provinces, a province's districts (code 2 digits) or a district's"
                " tambons (4); or find an area by its Thai or English name (pcha areas ภูเก็ต, pcha areas phuket)")
    areas.add_argument("code", nargs="?", help="a code (83, 8301, 830101) or a name")
    add("orders", command_orders, "list the appointment orders (newest first)")
    order_pdf = add("order-pdf", command_order_pdf, "write an appointment order as a PDF (default: the district committee's latest)")
    order_pdf.add_argument("--out", required=True, help="PDF file to write")
    order_pdf.add_argument("--order", type=int, help="order id (from `pcha orders`)")
    order_pdf.add_argument("--thai-digits", action="store_true", help="Thai digits (default: the user's setting)")
    import_members = add("import-members", command_import_members, "import committee members from .xlsx or pasted text (.txt)")
    import_members.add_argument("file", help=".xlsx made from `pcha member-template`, or tab-separated text")
    import_members.add_argument("--committee", required=True, help="'district' or a committee id")
    import_members.add_argument("--only-good", action="store_true", help="import the good rows even if some are bad")
    template = add("member-template", command_member_template, "write the .xlsx template for member import")
    template.add_argument("--out", required=True, help=".xlsx file to write")
    kpis = add("kpis", command_kpis, "list the year's issues and KPIs: baselines, quarterly results, percent, status")
    kpis.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    kpis.add_argument("--json", action="store_true", help="JSON (documented in README)")
    plan = add("plan", command_plan, "list the One Plan: activities, budget by source, pooled resources")
    plan.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    plan.add_argument("--json", action="store_true", help="JSON (documented in README)")
    plan.add_argument("--out", help="write the plan as an .xlsx file instead")
    plan_template = add("plan-template", command_plan_template, "write the .xlsx template for the One Plan import")
    plan_template.add_argument("--out", required=True, help=".xlsx file to write")
    import_plan = add("import-plan", command_import_plan, "import the One Plan's activities from an .xlsx")
    import_plan.add_argument("file", help=".xlsx made from `pcha plan-template` or `pcha plan --out`")
    import_plan.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    import_plan.add_argument("--only-good", action="store_true", help="import the good rows even if some are bad")
    from pcha_desktop.cli import bundles, meeting_documents, meetings, reports, uccare, year_guide

    bundles.add_commands(add)
    meetings.add_commands(add)
    meeting_documents.add_commands(add)
    reports.add_commands(add)
    uccare.add_commands(add)
    year_guide.add_commands(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every way it can fail ends in a message and an exit code (cli/failures.py)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    arguments = argparse.Namespace(chosen_data_dir=None)
    try:
        parser.parse_args(argv, namespace=arguments)
        code = arguments.handler(arguments)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        return quiet_broken_pipe()
    except KeyboardInterrupt:
        print_error("ยกเลิกแล้ว", "Cancelled")
        return EXIT_INTERRUPTED
    except BilingualError as error:
        return report(error)
    except Exception as error:  # noqa: BLE001 - the last resort: said as what it is, or logged as a bug
        return _unexpected_or_storage(error, arguments, argv)


def _unexpected_or_storage(error: Exception, arguments: argparse.Namespace, argv: list[str]) -> int:
    """A disk or database error on the data folder is said as what it is; anything else is a bug."""
    from pcha_desktop.services.data_folder import chosen_data_dir, storage_problem

    data_dir = arguments.chosen_data_dir or chosen_data_dir(getattr(arguments, "data_dir", None))
    try:
        problem = storage_problem(error, data_dir)
    except Exception:  # noqa: BLE001 - looking at the disk failed too: report the original
        problem = None
    if problem is not None:
        return report(problem)
    return unexpected(error, data_dir, argv)


__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_PROBLEM", "CommandError", "build_parser", "main"]


if __name__ == "__main__":
    raise SystemExit(main())
