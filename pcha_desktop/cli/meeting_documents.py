"""A meeting's documents on the command line:

    pcha invitation-pdf --meeting ID --out FILE.pdf     the invitation letter with its agenda
    pcha minutes-pdf --meeting ID --out FILE.pdf        the minutes ("ร่าง" until adopted)
    pcha minutes-email --meeting ID --out FILE.eml      the e-mail draft to the provincial office, minutes attached

IDs are those `pcha meetings` lists. ``--thai-digits`` forces Thai digits (default: the user's setting).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pcha_desktop.cli.common import open_folder, output_file
from pcha_desktop.cli.failures import EXIT_OK, CommandError


def _meeting_label(folder, meeting_id: int) -> str:  # type: ignore[no-untyped-def]
    """ "ครั้งที่ 2/2564 คณะกรรมการ…"; a meeting that does not exist is refused, naming the list command."""
    from pcha_desktop.services.errors import UserFacingError
    from pcha_desktop.services.meetings import meeting_view

    try:
        summary = meeting_view(folder.database, meeting_id).summary
    except UserFacingError:
        raise CommandError(f"ไม่พบการประชุมหมายเลข {meeting_id} (ดูรายการด้วย: pcha meetings)",
                           f"No meeting #{meeting_id} (list them with: pcha meetings)") from None
    return f"{summary.number_label} {summary.committee_name}"


def _write(arguments: argparse.Namespace, suffix: str, write: Callable[..., object]) -> tuple[str, object]:
    out_file = output_file(arguments.out, suffix)
    with open_folder(arguments, create=False) as folder:
        label = _meeting_label(folder, arguments.meeting)
        return label, write(folder.workspace, arguments.meeting, out_file, thai_digits=arguments.thai_digits or None)


def command_invitation_pdf(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.meeting_documents import render_invitation_pdf

    label, out = _write(arguments, ".pdf", render_invitation_pdf)
    print(f"บันทึกหนังสือเชิญประชุม {label} แล้ว / Invitation written: {out}")
    return EXIT_OK


def command_minutes_pdf(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.meeting_documents import render_minutes_pdf

    label, out = _write(arguments, ".pdf", render_minutes_pdf)
    print(f"บันทึกรายงานการประชุม {label} แล้ว / Minutes written: {out}")
    return EXIT_OK


def command_minutes_email(arguments: argparse.Namespace) -> int:
    from pcha_desktop.services.meeting_documents import EmailDraft, write_minutes_email

    label, draft = _write(arguments, ".eml", write_minutes_email)
    assert isinstance(draft, EmailDraft)
    print(f"บันทึกร่างอีเมลส่งรายงานการประชุม {label} แล้ว (แนบ {draft.attachment_name})"
          f" / E-mail draft written: {draft.path}")
    if draft.recipient:
        print(f"ถึง / To: {draft.recipient}")
    else:
        print("ยังไม่มีอีเมล สสจ. ในข้อมูลอำเภอ: กรอกผู้รับในโปรแกรมอีเมล"
              " / The district profile has no provincial office e-mail: type the recipient in the mail program")
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    for name, handler, help_text, suffix in (
        ("invitation-pdf", command_invitation_pdf, "write a meeting's invitation letter with its agenda as a PDF", ".pdf"),
        ("minutes-pdf", command_minutes_pdf, "write a meeting's minutes as a PDF (marked ร่าง until adopted)", ".pdf"),
        ("minutes-email", command_minutes_email, "write the e-mail draft (.eml, unsent) sending a meeting's "
         "minutes to the provincial health office, the minutes PDF attached", ".eml"),
    ):
        command = add(name, handler, help_text)
        command.add_argument("--meeting", type=int, required=True, help="meeting id (from `pcha meetings`)")
        command.add_argument("--out", required=True, help=f"{suffix} file to write")
        command.add_argument("--thai-digits", action="store_true", help="Thai digits (default: the user's setting)")

