"""`pcha meetings --fy 2564 [--json]`: the year's meetings (number, date, committee, kind, attendance,
quorum) and the district committee's four-a-year status. The JSON is documented in README."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import time
from typing import Any

from pcha_desktop.cli.failures import EXIT_OK


def _time(value: time | None) -> str | None:
    return None if value is None else f"{value:%H:%M}"


def meetings_document(overview: Any) -> dict[str, Any]:  # a services.meetings.YearOverview
    """The JSON of `pcha meetings --json` (format 1)."""
    status = overview.status
    return {
        "format": 1,
        "fiscal_year": overview.fiscal_year,
        "four_a_year": {
            "minimum": 4,
            "held_with_quorum": status.held_with_quorum,
            "held_without_quorum": status.held_without_quorum,
            "planned": status.planned,
            "still_needed": status.still_needed,
            "deadline": status.deadline.isoformat(),
            "verdict": status.verdict.value,
            "summary_th": status.summary_th(),
            "summary_en": status.summary_en(),
            "quarters": [
                {"quarter": q.quarter, "held": q.held, "held_without_quorum": q.held_without_quorum, "planned": q.planned}
                for q in status.quarters
            ],
            "subgroup_and_other_committee_meetings": status.subgroup_meetings,
        },
        "workshops": overview.workshops,
        "meetings": [
            {
                "id": s.id,
                "number": s.number,
                "number_label": s.number_label,
                "date": s.meeting_date.isoformat(),
                "start_time": _time(s.start_time),
                "end_time": _time(s.end_time),
                "committee_id": s.committee_id,
                "committee": s.committee_name,
                "committee_kind": s.committee_kind.value,
                "counts_for_four_a_year": s.committee_id == overview.district_committee_id
                and s.kind.value != "subgroup",
                "kind": s.kind.value,
                "status": s.status.value,
                "place": s.place,
                "attendance": {
                    "members": s.counts.members,
                    "present": s.counts.present,
                    "represented": s.counts.represented,
                    "absent_with_notice": s.counts.absent_with_notice,
                    "absent": s.counts.absent,
                },
                "quorum": None if s.quorum is None else {
                    "needed": s.quorum.needed, "attending": s.quorum.attending, "met": s.quorum.met,
                    "reconvened_one_third_rule": s.quorum.reconvened_rule,
                },
                "invitation_date": s.invitation_date.isoformat() if s.invitation_date else None,
                "invitation_late": s.invitation_late,
                "minutes_adopted": s.minutes_adopted,
                "sent_to_province_on": s.sent_to_province_on.isoformat() if s.sent_to_province_on else None,
                "signed_minutes_attached": s.has_signed_minutes,
            }
            for s in overview.meetings
        ],
    }


def command_meetings(arguments: argparse.Namespace) -> int:
    from pcha_desktop.cli.common import year_view
    from pcha_desktop.domain.meetings import ATTENDANCE_LABELS_TH, KIND_LABELS_EN, KIND_LABELS_TH, AttendanceStatus
    from pcha_desktop.domain.thai_calendar import to_thai_digits
    from pcha_desktop.services.meetings import year_overview

    shown = year_view(arguments, year_overview, meetings_document)
    if shown is None:
        return EXIT_OK
    fiscal_year, overview, number = shown
    status = overview.status
    thai_digits = number(1) != "1"
    print(f"การประชุม ปีงบประมาณ {number(fiscal_year).replace(',', '')} / Meetings of FY{fiscal_year}")
    print(f"พชอ. ประชุมที่ครบองค์ประชุม {number(status.held_with_quorum)} จาก 4 ครั้ง: {status.summary_th(thai_digits)}")
    print(f"District committee: {status.held_with_quorum} of 4 held with quorum: {status.summary_en()}")
    quarters = "  ".join(f"Q{q.quarter}: {q.held}+{q.planned}" for q in status.quarters)
    print(f"รายไตรมาส (ประชุมแล้ว+กำหนดการ) / per quarter (held+planned): {quarters}")
    if not overview.meetings:
        print("\nยังไม่มีการประชุมในปีนี้ / No meetings this year")
    for s in overview.meetings:
        counts = s.counts
        if s.quorum is None:
            quorum = "ยังไม่ประชุม / not held yet" if s.status.value == "planned" else "-"
        elif s.quorum.met:
            quorum = f"ครบองค์ประชุม / quorum ({number(s.quorum.attending)}/{number(s.quorum.needed)})"
        else:
            quorum = f"ไม่ครบองค์ประชุม / NO quorum ({number(s.quorum.attending)}/{number(s.quorum.needed)})"
        label = to_thai_digits(s.number_label) if thai_digits else s.number_label
        print(f"\n[{s.id}] {label}  {number(s.meeting_date)}  {s.committee_name}")
        print(f"    {KIND_LABELS_TH[s.kind]} / {KIND_LABELS_EN[s.kind]}  "
              f"{ATTENDANCE_LABELS_TH[AttendanceStatus.PRESENT]} {number(counts.present)}"
              f"  แทน {number(counts.represented)}  ลา {number(counts.absent_with_notice)}"
              f"  ขาด {number(counts.absent)}  (present {counts.present}, represented {counts.represented},"
              f" excused {counts.absent_with_notice}, absent {counts.absent})")
        print(f"    {quorum}")
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    meetings = add("meetings", command_meetings, "list the year's meetings with attendance and quorum, and the "
                   "district committee's four-meetings-a-year status")
    meetings.add_argument("--fy", type=int, help="BE fiscal year, e.g. 2564 (default: the current one)")
    meetings.add_argument("--json", action="store_true", help="JSON (documented in README)")
