"""`pcha`: everything that is not typing, from the command line.

Every command takes --data-dir (default: PCHA_DATA_DIR, else the per-user data folder). Errors are
printed in Thai and English and end with a non-zero exit code; nothing is changed on bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found a problem (damaged database, nothing to restore)
EXIT_BAD_INPUT = 2  # the command was given something it cannot use


class CommandError(Exception):
    def __init__(self, message_th: str, message_en: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en
        self.exit_code = exit_code


def _data_dir(arguments: argparse.Namespace, *, demo: bool = False) -> Path:
    from pcha_desktop.storage.paths import resolve_data_dir

    return resolve_data_dir(arguments.data_dir, demo=demo)


def _open(arguments: argparse.Namespace, *, demo: bool = False):
    from pcha_desktop.services.data_folder import DatabaseDamaged, DataFolderInUse, open_data_folder

    try:
        return open_data_folder(_data_dir(arguments, demo=demo))
    except (DataFolderInUse, DatabaseDamaged) as error:
        hint_th = hint_en = ""
        if isinstance(error, DatabaseDamaged):
            hint_th = "\nกู้คืนได้ด้วยคำสั่ง: pcha restore --newest"
            hint_en = "\nRestore with: pcha restore --newest"
        raise CommandError(error.message_th + hint_th, error.message_en + hint_en, EXIT_PROBLEM) from error


def command_init(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.admin_areas import load_admin_areas
    from pcha_desktop.services.district_profile import DistrictProfileData, load_profile, save_profile
    from pcha_desktop.services.errors import UserFacingError
    from pcha_desktop.services.fiscal_years import ensure_current_fiscal_year

    areas = load_admin_areas()
    try:
        district = areas.district(arguments.district_code)
    except KeyError:
        raise CommandError(
            f"ไม่พบรหัสอำเภอ {arguments.district_code} ดูรายการได้ด้วย: pcha areas <รหัสจังหวัด>",
            f"No district with code {arguments.district_code}; list them with: pcha areas <province code>",
        ) from None
    province = areas.province(district.province_code)
    with _open(arguments) as folder:
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
        try:
            save_profile(folder.database, profile, arguments.user)
        except UserFacingError as error:
            raise CommandError(error.message_th, error.message_en) from error
        ensure_current_fiscal_year(folder.database, arguments.user)
        print(f"ตั้งค่าอำเภอ{district.name_th} จังหวัด{province.name_th} แล้ว ที่ {folder.data_dir}")
        print(f"Set up {district.name_th} ({district.code}), {province.name_th}, in {folder.data_dir}")
    return EXIT_OK


def command_demo(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.demo import database_is_empty, populate_demo

    with _open(arguments, demo=arguments.data_dir is None) as folder:
        if not database_is_empty(folder.database):
            if not arguments.force:
                raise CommandError(
                    f"{folder.data_dir} มีข้อมูลอยู่แล้ว ไม่สร้างข้อมูลตัวอย่างทับ",
                    f"{folder.data_dir} already holds data; the demo is not written over it",
                    EXIT_PROBLEM,
                )
            print(f"ข้อมูลตัวอย่างมีอยู่แล้ว / The demo data is already there: {folder.data_dir}")
            return EXIT_OK
        populate_demo(folder.database)
        print(f"สร้างข้อมูลตัวอย่าง (อำเภอเมืองภูเก็ต) แล้ว / Demo data created: {folder.data_dir}")
    return EXIT_OK


def command_backup(arguments: argparse.Namespace) -> int:
    from pcha_desktop.storage.backup import create_backup

    with _open(arguments) as folder:
        path = create_backup(folder.database.path, folder.backups_dir, reason="manual")
    print(f"สำรองข้อมูลแล้ว / Backup written: {path}")
    return EXIT_OK


def command_backups(arguments: argparse.Namespace) -> int:
    from pcha_desktop.storage.backup import list_backups
    from pcha_desktop.storage.paths import backup_dir

    backups = list_backups(backup_dir(_data_dir(arguments)))
    if not backups:
        print("ยังไม่มีข้อมูลสำรอง / No backups yet")
    for backup in backups:
        print(f"{backup.created_at:%Y-%m-%d %H:%M}  {backup.size_bytes:>10,d} B  {backup.path}")
    return EXIT_OK


def command_restore(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.data_folder import restore_into
    from pcha_desktop.storage.backup import BackupFromOtherDistrict, list_backups
    from pcha_desktop.storage.paths import StorageError, backup_dir

    data_dir = _data_dir(arguments)
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
    except StorageError as error:  # in use, not a good PCHA backup, a disk problem: nothing was changed
        raise CommandError(error.message_th, error.message_en, EXIT_PROBLEM) from error
    except ValueError as error:  # not a good PCHA backup
        message_th = getattr(error, "message_th", str(error))
        message_en = getattr(error, "message_en", str(error))
        raise CommandError(message_th, message_en, EXIT_PROBLEM) from error
    print(f"กู้คืนข้อมูลจาก {backup_file} แล้ว / Restored from {backup_file}")
    return EXIT_OK


def command_check(arguments: argparse.Namespace) -> int:
    from pcha_desktop.storage.integrity import check_integrity
    from pcha_desktop.storage.open_mark import write_ahead_log_missing
    from pcha_desktop.storage.paths import database_path

    path = database_path(_data_dir(arguments))
    log_missing = write_ahead_log_missing(path)  # before SQLite opens the file (it would make a -wal)
    report = check_integrity(path)
    if report.ok:
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
    print(f"ฐานข้อมูลเสียหาย / The database is damaged: {path}\n{report.problem}", file=sys.stderr)
    print("กู้คืนได้ด้วย / Restore with: pcha restore --newest", file=sys.stderr)
    return EXIT_PROBLEM


def command_history(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.audit_log import recent_changes

    with _open(arguments) as folder:
        for record in reversed(recent_changes(folder.database, limit=arguments.limit)):
            summary = record.summary().replace("\n", "; ")
            print(f"{record.changed_at_local:%Y-%m-%d %H:%M}  {record.user_name}  {record.action}  "
                  f"{record.table_name}#{record.row_id}  {summary}")
    return EXIT_OK


def command_areas(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.admin_areas import load_admin_areas

    areas = load_admin_areas()
    code = arguments.code or ""
    try:
        if not code:
            rows = [(p.code, p.name_th) for p in areas.provinces()]
        elif len(code) == 2:
            rows = [(d.code, d.name_th) for d in areas.districts_of(areas.province(code).code)]
        elif len(code) == 4:
            rows = [(t.code, t.name_th) for t in areas.tambons_of(areas.district(code).code)]
        else:
            raise KeyError(code)
    except KeyError:
        raise CommandError(f"ไม่พบรหัส {code}", f"Unknown code {code}") from None
    for row_code, name in rows:
        print(f"{row_code}\t{name}")
    return EXIT_OK


def _district_committee_id(database) -> int:  # type: ignore[no-untyped-def]
    from pcha_desktop.services.committees import find_district_committee

    committee = find_district_committee(database)
    if committee is None:
        raise CommandError("ยังไม่มีคณะกรรมการ พชอ. ในข้อมูลชุดนี้", "This data folder has no district committee yet")
    return committee.id


def command_orders(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.appointment_orders import all_orders

    with _open(arguments) as folder:
        orders = all_orders(folder.database)
    if not orders:
        print("ยังไม่มีคำสั่งแต่งตั้ง / No appointment orders yet")
    for order in orders:
        status = "ออกแล้ว/issued" if order.is_issued else "ร่าง/draft"
        replaces = f"  แทน/replaces #{order.replaces_order_id}" if order.replaces_order_id else ""
        print(f"#{order.id}\tที่ {order.number or '-'}\t{order.order_date.isoformat()}\t{status}\t"
              f"{order.committee_name}{replaces}")
    return EXIT_OK


def command_order_pdf(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.appointment_orders import get_order, orders_of, render_order_pdf
    from pcha_desktop.services.errors import UserFacingError

    with _open(arguments) as folder:
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
        out = render_order_pdf(database, order.id, Path(arguments.out), thai_digits=arguments.thai_digits or None)
    print(f"บันทึกคำสั่งที่ {order.number or '-'} เป็น PDF แล้ว / Order written: {out}")
    return EXIT_OK


def command_member_template(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.member_import import export_member_template

    out = export_member_template(Path(arguments.out))
    print(f"บันทึกแบบฟอร์มรายชื่อกรรมการแล้ว / Template written: {out}")
    return EXIT_OK


def command_import_members(arguments: argparse.Namespace) -> int:
    from datetime import date

    from pcha_desktop.services.errors import UserFacingError
    from pcha_desktop.services.member_import import import_members, parse_pasted_text, read_member_workbook
    from pcha_desktop.services.settings import current_user_name

    source = Path(arguments.file)
    if not source.is_file():
        raise CommandError(f"ไม่พบไฟล์ {source}", f"File not found: {source}")
    with _open(arguments) as folder:
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
        for problem in result.problems:
            where = f"แถว/row {problem.row_number}" if problem.row_number else "ไฟล์/file"
            column = f" [{problem.column}]" if problem.column else ""
            print(f"{where}{column}: {problem.message_th} / {problem.message_en}", file=sys.stderr)
        try:
            count = import_members(database, committee_id, result, only_good=arguments.only_good,
                                   user_name=current_user_name(database) or "pcha")
        except UserFacingError as error:
            raise CommandError(error.message_th, error.message_en) from error
    print(f"นำเข้ารายชื่อ {count} คนแล้ว / Imported {count} members")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pcha",
        description="PCHA Desktop on the command line (โปรแกรม พชอ. แบบบรรทัดคำสั่ง)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="data folder (default: PCHA_DATA_DIR or the per-user data folder)")
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", command_init, "set up a data folder for a district (codes from `pcha areas`)")
    init.add_argument("--district-code", required=True, help="4-digit official code, e.g. 8301")
    init.add_argument("--chief", required=True, help="district chief's full name")
    init.add_argument("--secretary", required=True, help="committee secretary's full name")
    init.add_argument("--user", required=True, help="your name, recorded with every change")
    init.add_argument("--office", help="office name (default: สำนักงานสาธารณสุขอำเภอ<district>)")
    init.add_argument("--email", help="provincial health office e-mail")
    init.add_argument("--force", action="store_true", help="overwrite an existing district profile")

    demo = add("demo", command_demo, "create the demo database (Mueang Phuket)")
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
    areas = add("areas", command_areas, "list provinces, a province's districts (code 2 digits) or a district's tambons (4)")
    areas.add_argument("code", nargs="?")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return arguments.handler(arguments)
    except CommandError as error:
        print(f"ข้อผิดพลาด: {error.message_th}\nError: {error.message_en}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
