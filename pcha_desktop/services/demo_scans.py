"""The demo's "signed scans": so that the report bundle's attachments (issue 12) show something on the demo.

A secretary scans the signed order and the signed minutes and keeps the scan with the record. The demo has no
paper to scan, so it keeps the PDFs the app makes of the district committee's order in force at the start of
fiscal year 2564 and of that year's first meeting with adopted minutes; both carry the demo's watermark
("ข้อมูลตัวอย่าง ไม่ใช่เอกสารราชการ"). Written after the demo's one transaction (attachments are files): a
process stopped between the two leaves a whole demo without these two scans.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select

from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.models import AppointmentOrder, Committee, CommitteeKind, Meeting, OrderStatus

FISCAL_YEAR = 2564
YEAR_START = date(2020, 10, 1)


def attach_demo_scans(workspace: Workspace) -> int:
    """Keep the demo order's and minutes' PDFs as their signed scans; how many were kept (0 when the demo has
    them already, or has no such order or meeting)."""
    from pcha_desktop.services import appointment_orders, meeting_documents, meetings

    with workspace.database.reader() as session:
        order = session.execute(
            select(AppointmentOrder.id, AppointmentOrder.signed_copy_attachment_id).join(Committee)
            .where(Committee.kind == CommitteeKind.DISTRICT, AppointmentOrder.status == OrderStatus.ISSUED,
                   AppointmentOrder.order_date <= YEAR_START)
            .order_by(AppointmentOrder.order_date.desc(), AppointmentOrder.id.desc()).limit(1)).first()
        meeting = session.execute(
            select(Meeting.id, Meeting.signed_minutes_attachment_id).join(Committee)
            .where(Committee.kind == CommitteeKind.DISTRICT, Meeting.fiscal_year == FISCAL_YEAR,
                   or_(Meeting.adopted_in_meeting_id.is_not(None), Meeting.minutes_adopted_on.is_not(None)))
            .order_by(Meeting.meeting_date, Meeting.id).limit(1)).first()
    order_id = order.id if order is not None and order.signed_copy_attachment_id is None else None
    meeting_id = meeting.id if meeting is not None and meeting.signed_minutes_attachment_id is None else None
    kept = 0
    with tempfile.TemporaryDirectory(prefix="pcha-demo-scans-") as folder:
        if order_id is not None:
            path = appointment_orders.render_order_pdf(workspace, order_id, Path(folder) / "signed-order.pdf")
            appointment_orders.attach_signed_copy(workspace, order_id, path, DEMO_USER)
            kept += 1
        if meeting_id is not None:
            path = meeting_documents.render_minutes_pdf(workspace, meeting_id, Path(folder) / "signed-minutes.pdf")
            meetings.attach_signed_minutes(workspace, meeting_id, path, DEMO_USER)
            kept += 1
    return kept


__all__ = ["attach_demo_scans"]
