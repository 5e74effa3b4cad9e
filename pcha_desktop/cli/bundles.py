"""`pcha` commands of the signed report bundle.

District side: ``pcha key [--export FILE] [--new]``, ``pcha export-bundle --period 2564Q1 --out FILE``,
``pcha bundle-sent --period …``, ``pcha bundle-status --period …``.
Province side: ``pcha register-key --district CODE --public-key FILE``, ``pcha verify BUNDLE``,
``pcha import-bundle FILES…``, ``pcha province-report --period … --pdf FILE --xlsx FILE [--json]``
(``pcha init --province CODE`` is in cli/main.py's ``init``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from pcha_desktop.cli.common import be_time, existing_file, open_folder, output_file
from pcha_desktop.cli.failures import EXIT_OK, EXIT_PROBLEM, CommandError


def _user(database) -> str:  # type: ignore[no-untyped-def]
    from pcha_desktop.services.settings import user_preferences_for

    return user_preferences_for(database).user_name or "pcha"


def _thai_digits(database, arguments: argparse.Namespace) -> bool:  # type: ignore[no-untyped-def]
    from pcha_desktop.services.settings import user_preferences_for

    return bool(getattr(arguments, "thai_digits", False)) or user_preferences_for(database).thai_digits


def _district_code(database) -> str:  # type: ignore[no-untyped-def]
    from pcha_desktop.services.district_profile import load_profile

    profile = load_profile(database)
    if profile is None:
        raise CommandError("ข้อมูลชุดนี้ยังไม่ได้ตั้งค่าอำเภอ (pcha init)", "This data folder has no district yet (pcha init)")
    return profile.district_code


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.2f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


def command_key(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services import signing_keys

    with open_folder(arguments, create=False) as folder:
        code = _district_code(folder.database)
        thai_digits = _thai_digits(folder.database, arguments)
    key = signing_keys.new_signing_key(code) if arguments.new else signing_keys.signing_key(code)
    shown = signing_keys.fingerprint(signing_keys.public_raw(key), thai_digits)
    if arguments.new:
        print("สร้างกุญแจใหม่แล้ว ส่งกุญแจสาธารณะให้จังหวัดลงทะเบียนใหม่ (--replace) และโทรยืนยันลายนิ้วมือ\n"
              "A new key was made; send the public key to the province to register (--replace) and confirm the"
              " fingerprint by phone")
    print(f"ลายนิ้วมือกุญแจของอำเภอ / Key fingerprint of {code}: {shown}")
    print(f"ที่เก็บกุญแจ / Key file: {signing_keys.key_path(code)}")
    if arguments.export:
        out = output_file(arguments.export, ".pem")
        signing_keys.export_public_key(code, out)
        print(f"บันทึกกุญแจสาธารณะแล้ว / Public key written: {out}")
    return EXIT_OK


def command_export_bundle(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.thai_calendar import to_thai_digits
    from pcha_desktop.services.bundles import BundleFiles, export_bundle, mark_sent

    out = output_file(arguments.out, ".pcha")
    attachments = tuple(existing_file(path) for path in arguments.attach or ())
    with open_folder(arguments, create=False) as folder, tempfile.TemporaryDirectory(prefix="pcha-shrunk-") as shrunk:
        database = folder.database
        thai_digits = _thai_digits(database, arguments)
        if arguments.held:
            attachments = _held(folder, arguments.period, Path(shrunk) / "held") + attachments
        if arguments.shrink_images:
            attachments = _shrunk(attachments, Path(shrunk))
        files = BundleFiles(
            report_pdf=existing_file(arguments.report_pdf) if arguments.report_pdf else None,
            workbook=existing_file(arguments.workbook) if arguments.workbook else None,
            attachments=attachments,
        )
        result = export_bundle(database, arguments.period, out, _user(database), files=files)
        if arguments.sent:
            mark_sent(database, result.period, _user(database), result.sequence)
    size = _size(result.size_bytes)
    sequence = to_thai_digits(str(result.sequence)) if thai_digits else str(result.sequence)
    print(f"บันทึกชุดรายงานรอบ {result.period} ครั้งที่ {sequence} แล้ว ({size}) / "
          f"Bundle of {result.period}, sequence {result.sequence}, written ({size}): {result.path}")
    print(f"ลายนิ้วมือกุญแจ / Key fingerprint: {to_thai_digits(result.fingerprint) if thai_digits else result.fingerprint}")
    if result.over_email_limit:
        print("คำเตือน: ไฟล์ใหญ่เกินขนาดที่อีเมลรับได้ ลดขนาดรูปภาพแนบ (--shrink-images) หรือแนบให้น้อยลง\n"
              "Warning: the file is larger than the e-mail limit; shrink image attachments (--shrink-images) or"
              " attach fewer", file=sys.stderr)
    if result.changes:
        print(f"แก้ไขหลังส่งรายงานแล้ว {len(result.changes)} รายการ / {len(result.changes)} changes since the bundle sent:")
        for change in result.changes:
            print(f"  {change.change}\t{change.kind}\t{change.label}")
    return EXIT_OK


def _held(folder, period: str, out: Path) -> tuple[Path, ...]:  # type: ignore[no-untyped-def]
    """Copies of the period's signed scans the app holds (orders, minutes), each line printed."""
    from pcha_desktop.services.bundle_attachments import copy_held, held_attachments

    copies = []
    for held in held_attachments(folder.database, period):
        copies.append(copy_held(folder.workspace, held, out))
        print(f"แนบ / attached: {held.label_th} / {held.label_en} ({_size(held.size_bytes)})")
    if not copies:
        print("ยังไม่มีสแกนคำสั่งหรือรายงานการประชุมที่ลงนามแล้วของรอบนี้ / No signed scans of this period held yet")
    return tuple(copies)


def _shrunk(attachments: tuple[Path, ...], folder: Path) -> tuple[Path, ...]:
    """Smaller copies of the image attachments in ``folder`` (the originals are only read), each line printed."""
    from pcha_desktop.services.bundle_attachments import shrink_images

    results = shrink_images(attachments, folder)
    for result in results:
        name = result.original.name
        if result.shrunk:
            print(f"ย่อรูป {name}: {_size(result.before)} → {_size(result.after)} / Shrunk {name}: "
                  f"{_size(result.before)} → {_size(result.after)}")
        elif result.reason == "pdf":
            print(f"ไม่ย่อ {name}: ไฟล์ PDF แนบตามเดิม / Not shrunk {name}: PDFs are attached as they are")
        elif result.reason == "not_smaller":
            print(f"ไม่ย่อ {name}: เล็กอยู่แล้ว / Not shrunk {name}: already small")
        else:
            print(f"ไม่ย่อ {name}: ไม่ใช่รูปที่ย่อได้ แนบตามเดิม / Not shrunk {name}: not an image that can be"
                  " shrunk; attached as it is")
    return tuple(result.path for result in results)


def command_bundle_sent(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.bundles import mark_sent

    with open_folder(arguments, create=False) as folder:
        sequence = mark_sent(folder.database, arguments.period, _user(folder.database), arguments.sequence)
    print(f"บันทึกว่าส่งชุดรายงานรอบ {arguments.period} ครั้งที่ {sequence} ให้จังหวัดแล้ว / "
          f"Bundle {arguments.period} sequence {sequence} marked as sent")
    return EXIT_OK


def command_bundle_status(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.bundles import period_status

    with open_folder(arguments, create=False) as folder:
        status = period_status(folder.database, arguments.period)
    if status.last_sequence is None:
        print(f"ยังไม่ได้ส่งออกชุดรายงานรอบ {status.period} / No bundle of {status.period} exported yet")
        return EXIT_OK
    if not status.reported:
        print(f"ส่งออกล่าสุดครั้งที่ {status.last_sequence} ยังไม่ได้ส่ง / Last export {status.last_sequence}, not sent yet")
        return EXIT_OK
    print(f"รายงานแล้ว (ครั้งที่ {status.sent_sequence} ส่งเมื่อ {be_time(status.sent_at)}) / "
          f"Reported (sequence {status.sent_sequence})")
    if not status.changes:
        print("ไม่มีการแก้ไขหลังส่ง / Nothing changed since")
    for change in status.changes:
        print(f"  {change.change}\t{change.kind}\t{change.label}")
    return EXIT_OK


def command_register_key(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.province import register_key

    key_file = existing_file(arguments.public_key)
    with open_folder(arguments, create=False) as folder:
        shown = register_key(folder.database, arguments.district, key_file, _user(folder.database),
                             replace=arguments.replace)
    print(f"ลงทะเบียนกุญแจของอำเภอรหัส {arguments.district} แล้ว / Key of district {arguments.district} registered")
    print(f"ลายนิ้วมือ / Fingerprint: {shown}")
    print("โทรอ่านลายนิ้วมือนี้ให้อำเภอยืนยันว่าตรงกับที่หน้าจอของอำเภอ / "
          "Read this fingerprint to the district by phone to confirm it matches theirs")
    return EXIT_OK


def command_verify(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.bundle_format import BundleRejected
    from pcha_desktop.services.province import key_ring, read_bundle_file, ring_of_key_file, verify_bundle

    try:
        raw = read_bundle_file(Path(arguments.bundle))
        if arguments.public_key:
            ring = ring_of_key_file(raw, existing_file(arguments.public_key))
        else:
            with open_folder(arguments, create=False) as folder:
                ring = key_ring(folder.database)
        bundle = verify_bundle(raw, ring)
    except BundleRejected as refusal:
        print(f"ไม่ผ่านการตรวจ: {refusal.message_th}\nRejected: {refusal.message_en}", file=sys.stderr)
        if arguments.json:
            print(json.dumps({"ok": False, "reason": refusal.reason, "message_th": refusal.message_th,
                              "message_en": refusal.message_en}, ensure_ascii=False, indent=2))
        return EXIT_PROBLEM
    manifest = bundle.manifest
    if arguments.json:
        print(json.dumps({"ok": True, "district_code": manifest.district_code, "district_name": manifest.district_name,
                          "period": manifest.period.code, "sequence": manifest.sequence,
                          "created_at": manifest.created_at, "app_version": manifest.app_version,
                          "fingerprint": bundle.fingerprint, "files": bundle.files}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"ผ่านการตรวจ: ไฟล์ครบถ้วน ไม่ถูกแก้ไข และลงนามด้วยกุญแจที่ลงทะเบียนของอำเภอ{manifest.district_name}\n"
          f"Verified: intact and signed by the registered key of {manifest.district_code}")
    print(f"อำเภอ / District: {manifest.district_code} {manifest.district_name}")
    print(f"รอบ / Period: {manifest.period.code}   ครั้งที่ / Sequence: {manifest.sequence}")
    print(f"สร้างเมื่อ / Created: {manifest.created_at}   โปรแกรมรุ่น / App: {manifest.app_version}")
    print(f"ลายนิ้วมือ / Fingerprint: {bundle.fingerprint}")
    for name, size in sorted(bundle.files.items()):
        print(f"  {name}\t{_size(size)}")
    return EXIT_OK


def command_import_bundle(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.province import import_bundles

    with open_folder(arguments, create=False) as folder:
        outcomes = import_bundles(folder.database, [Path(path) for path in arguments.files], _user(folder.database))
    words = {"imported": ("นำเข้าแล้ว", "imported"), "replaced": ("นำเข้าแทนฉบับก่อน", "replaces the earlier one"),
             "unchanged": ("นำเข้าไว้แล้ว ไม่มีอะไรเปลี่ยน", "already imported; nothing changed"),
             "older": ("เก่ากว่าฉบับที่มี เก็บไว้ในประวัติ", "older than the one held; kept in the history")}
    if arguments.json:
        print(json.dumps([{"file": str(o.path), "status": o.status, "district_code": o.district_code,
                           "period": o.period, "sequence": o.sequence, "reason": o.reason,
                           "message_th": o.message_th, "message_en": o.message_en} for o in outcomes],
                         ensure_ascii=False, indent=2))
    else:
        for outcome in outcomes:
            if outcome.ok:
                thai, english = words[outcome.status]
                print(f"{outcome.path.name}: {outcome.district_code} {outcome.district_name} {outcome.period}"
                      f" #{outcome.sequence} {thai} / {english}")
            else:
                print(f"{outcome.path.name}: ไม่รับ: {outcome.message_th}\n{outcome.path.name}: rejected:"
                      f" {outcome.message_en}", file=sys.stderr)
    return EXIT_OK if all(outcome.ok for outcome in outcomes) else EXIT_PROBLEM


def command_province_report(arguments: argparse.Namespace) -> int:
    from pcha_desktop.domain.province_rollup import rollup_document
    from pcha_desktop.services.province import province_rollup, write_province_report

    pdf = output_file(arguments.pdf, ".pdf") if arguments.pdf else None
    xlsx = output_file(arguments.xlsx, ".xlsx") if arguments.xlsx else None
    with open_folder(arguments, create=False) as folder:
        rollup = province_rollup(folder.database, arguments.period)
        thai_digits = _thai_digits(folder.database, arguments)
    write_province_report(rollup, pdf=pdf, xlsx=xlsx, thai_digits=thai_digits)
    shown = sys.stderr if arguments.json else sys.stdout
    if pdf is not None:
        print(f"บันทึกรายงานจังหวัดเป็น PDF แล้ว / Province report written: {pdf}", file=shown)
    if xlsx is not None:
        print(f"บันทึกสมุดงานแล้ว / Workbook written: {xlsx}", file=shown)
    if arguments.json:
        print(json.dumps(rollup_document(rollup), ensure_ascii=False, indent=2))
    elif pdf is None and xlsx is None:
        _print_table(rollup)
    return EXIT_OK


def _print_table(rollup) -> None:  # type: ignore[no-untyped-def]
    from pcha_desktop.domain.province_rollup import percent_text

    years = " ".join(str(year) for year in rollup.baseline_years)
    print(f"จังหวัด{rollup.province_name} รอบ {rollup.period} / Province {rollup.province_code}, {rollup.period}")
    print(f"อำเภอ\tเป้าหมาย\tผลงาน\tร้อยละ\t{years}")
    for row in rollup.sent:
        flags = " ".join("-" if flag is None else str(flag) for flag in row.baselines)
        print(f"{row.name}\t{row.target}\t{row.result}\t{percent_text(row.percent)}\t{flags}")
    baselines = " ".join(percent_text(value) for value in rollup.baseline_percents)
    print(f"รวม\t{rollup.total_target}\t{rollup.total_result}\t{percent_text(rollup.total_percent)}\t{baselines}")
    if rollup.not_sent:
        print("ยังไม่ส่ง / Not sent: " + ", ".join(f"{row.code} {row.name}" for row in rollup.not_sent))


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    key = add("key", command_key, "show the district's signing-key fingerprint (made at first use); export the public key")
    key.add_argument("--export", help="write the public key (.pem) to send to the province")
    key.add_argument("--new", action="store_true", help="replace a lost or exposed key (the province must re-register)")
    key.add_argument("--thai-digits", action="store_true", help="show the fingerprint in Thai digits")
    export = add("export-bundle", command_export_bundle, "write the period's signed report bundle (.pcha)")
    export.add_argument("--period", required=True, help="2564Q1 (a quarter), 2564R6 (a round of months) or 2564")
    export.add_argument("--out", required=True, help=".pcha file to write")
    export.add_argument("--report-pdf", help="the report PDF to include")
    export.add_argument("--workbook", help="the report workbook (.xlsx) to include")
    export.add_argument("--attach", action="append", help="a file to attach (scanned order, minutes); repeatable")
    export.add_argument("--held", action="store_true",
                        help="attach the period's signed scans the app holds (orders in force, signed minutes)")
    export.add_argument("--shrink-images", action="store_true",
                        help="attach smaller JPEG copies of image attachments (PNG, JPEG, TIFF); PDFs as they are")
    export.add_argument("--sent", action="store_true", help="mark it as sent to the province at once")
    export.add_argument("--thai-digits", action="store_true", help="Thai digits in the output")
    sent = add("bundle-sent", command_bundle_sent, "mark the period's bundle as sent: its figures become 'reported'")
    sent.add_argument("--period", required=True)
    sent.add_argument("--sequence", type=int, help="the export's sequence number (default: the latest)")
    status = add("bundle-status", command_bundle_status, "was the period reported, and what changed since")
    status.add_argument("--period", required=True)
    register = add("register-key", command_register_key, "province: register a district's public key (prints the fingerprint)")
    register.add_argument("--district", required=True, help="4-digit district code")
    register.add_argument("--public-key", required=True, help="the .pem the district sent (pcha key --export)")
    register.add_argument("--replace", action="store_true", help="replace the district's registered key (confirmed by phone)")
    verify = add("verify", command_verify, "check a bundle: what it holds, whether it is intact and signed by a registered key")
    verify.add_argument("bundle", help=".pcha file")
    verify.add_argument("--public-key", help="check against this .pem instead of the province's registered keys")
    verify.add_argument("--json", action="store_true")
    imports = add("import-bundle", command_import_bundle, "province: verify and import districts' bundles")
    imports.add_argument("files", nargs="+", help=".pcha files")
    imports.add_argument("--json", action="store_true")
    report = add("province-report", command_province_report, "province: the period's roll-up (seed 000's table) as PDF, workbook or JSON")
    report.add_argument("--period", required=True)
    report.add_argument("--pdf", help="PDF file to write")
    report.add_argument("--xlsx", help="workbook to write")
    report.add_argument("--json", action="store_true", help="JSON (documented in README)")
    report.add_argument("--thai-digits", action="store_true")


__all__ = ["add_commands"]
