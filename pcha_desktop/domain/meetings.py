"""Meetings of the committees: their vocabulary and the rules the law and the year set on them (no Qt, no DB).

- Numbering: "ครั้งที่ 2/2564" — per committee and fiscal year, 1, 2, 3 … in date order, never repeated.
- Quorum (Administrative Procedure Act B.E. 2539, s. 79): at least half of all members unless the
  committee's instrument says otherwise (a setting, ``DEFAULT_QUORUM``); a matter adjourned for want of
  quorum and reconvened within 14 days needs a third, if the invitation said so. A substitute (แทน)
  counts as the member attending, as the committees' practice is.
- Invitations in writing at least 3 days ahead (s. 80), except urgent meetings.
- The district committee meets at least four times a fiscal year (regular or special meetings held with
  quorum); subgroup meetings are counted apart and never satisfy the rule.
- Follow-up actions carry over: agenda 3 of a meeting lists those of earlier meetings still open on its date.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from pcha_desktop.domain.thai_calendar import (
    DateStyle,
    fiscal_quarter_of,
    fiscal_quarters,
    fiscal_year_range,
    format_thai_date,
    to_thai_digits,
)


class MeetingKind(str, enum.Enum):
    REGULAR = "regular"  # ประชุมสามัญ
    SPECIAL = "special"  # ประชุมวิสามัญ
    SUBGROUP = "subgroup"  # ประชุมกลุ่มย่อย/รายประเด็น


class MeetingStatus(str, enum.Enum):
    PLANNED = "planned"  # กำหนดการ (ยังไม่ได้ประชุม)
    HELD = "held"  # ประชุมแล้ว


class AttendanceStatus(str, enum.Enum):
    PRESENT = "present"  # มาประชุม
    REPRESENTED = "represented"  # มีผู้มาประชุมแทน (แทน)
    ABSENT_WITH_NOTICE = "absent_with_notice"  # ลาประชุม/ติดราชการ (พร้อมเหตุผล)
    ABSENT = "absent"  # ไม่มาประชุม


class AgendaSection(int, enum.Enum):
    """The customary five agenda sections (ระเบียบวาระที่ 1–5)."""

    CHAIR_INFORMS = 1  # เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
    ADOPT_MINUTES = 2  # เรื่องรับรองรายงานการประชุมครั้งที่แล้ว
    MATTERS_ARISING = 3  # เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว
    FOR_CONSIDERATION = 4  # เรื่องเพื่อพิจารณา
    OTHER = 5  # เรื่องอื่น ๆ


AGENDA_TITLES_TH: dict[AgendaSection, str] = {
    AgendaSection.CHAIR_INFORMS: "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    AgendaSection.ADOPT_MINUTES: "เรื่องรับรองรายงานการประชุม",
    AgendaSection.MATTERS_ARISING: "เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว",
    AgendaSection.FOR_CONSIDERATION: "เรื่องเพื่อพิจารณา",
    AgendaSection.OTHER: "เรื่องอื่น ๆ",
}
AGENDA_TITLES_EN: dict[AgendaSection, str] = {
    AgendaSection.CHAIR_INFORMS: "Matters the chair informs",
    AgendaSection.ADOPT_MINUTES: "Adopting the minutes",
    AgendaSection.MATTERS_ARISING: "Matters arising from the last meeting",
    AgendaSection.FOR_CONSIDERATION: "Matters for consideration",
    AgendaSection.OTHER: "Other matters",
}
KIND_LABELS_TH = {MeetingKind.REGULAR: "สามัญ", MeetingKind.SPECIAL: "วิสามัญ", MeetingKind.SUBGROUP: "กลุ่มย่อย"}
KIND_LABELS_EN = {MeetingKind.REGULAR: "Regular", MeetingKind.SPECIAL: "Special", MeetingKind.SUBGROUP: "Subgroup"}
ATTENDANCE_LABELS_TH = {
    AttendanceStatus.PRESENT: "มาประชุม",
    AttendanceStatus.REPRESENTED: "มีผู้มาแทน",
    AttendanceStatus.ABSENT_WITH_NOTICE: "ลาประชุม",
    AttendanceStatus.ABSENT: "ไม่มาประชุม",
}
ATTENDANCE_LABELS_EN = {
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.REPRESENTED: "Represented",
    AttendanceStatus.ABSENT_WITH_NOTICE: "Absent with notice",
    AttendanceStatus.ABSENT: "Absent",
}

MEETINGS_A_YEAR = 4
DEFAULT_QUORUM = Fraction(1, 2)
ADJOURNED_QUORUM = Fraction(1, 3)
RECONVENE_WITHIN_DAYS = 14
INVITATION_DAYS_AHEAD = 3
QUORUM_SETTING_KEY = "meeting_quorum_fraction"
THIRD_RULE_SENTENCE_TH = (
    "หากการประชุมครั้งนี้ไม่ครบองค์ประชุม การประชุมครั้งต่อไปภายในสิบสี่วันจะต้องมีกรรมการมาประชุม"
    "ไม่น้อยกว่าหนึ่งในสามของจำนวนกรรมการทั้งหมด จึงจะเป็นองค์ประชุม"
)


# --- numbering ---------------------------------------------------------------------------------------


def meeting_number_label(number: int, fiscal_year: int, thai_digits: bool = False) -> str:
    """"ครั้งที่ 2/2564"."""
    text = f"ครั้งที่ {number}/{fiscal_year}"
    return to_thai_digits(text) if thai_digits else text


def meeting_number_label_en(number: int, fiscal_year: int) -> str:
    return f"No. {number}/{fiscal_year}"


def numbers_in_date_order(meetings: Sequence[tuple[int, date]]) -> dict[int, int]:
    """{meeting id: number}: one committee's meetings of one fiscal year, 1 … n by date (then by id)."""
    ordered = sorted(meetings, key=lambda pair: (pair[1], pair[0]))
    return {meeting_id: position for position, (meeting_id, _) in enumerate(ordered, start=1)}


# --- quorum ------------------------------------------------------------------------------------------


def parse_quorum_fraction(text: str) -> Fraction:
    """A stored quorum setting ("1/2", "2/3"); anything unreadable or out of (0, 1] is the default."""
    try:
        value = Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        return DEFAULT_QUORUM
    return value if 0 < value <= 1 else DEFAULT_QUORUM


def quorum_needed(total_members: int, fraction: Fraction = DEFAULT_QUORUM) -> int:
    """Members who must attend: at least ``fraction`` of all members ("not less than half": 20 → 10,
    21 → 11). A committee without members needs one."""
    if total_members <= 0:
        return 1
    return max(1, math.ceil(total_members * fraction))


def reconvened_rule_applies(
    meeting_date: date, adjourned_meeting_date: date | None, invitation_states_rule: bool
) -> bool:
    """Section 79's second rule: the matter was adjourned for want of quorum at a meeting at most 14 days
    before, and the invitation said the third applies."""
    if adjourned_meeting_date is None or not invitation_states_rule:
        return False
    return timedelta(0) < meeting_date - adjourned_meeting_date <= timedelta(days=RECONVENE_WITHIN_DAYS)


@dataclass(frozen=True)
class AttendanceCounts:
    present: int = 0
    represented: int = 0
    absent_with_notice: int = 0
    absent: int = 0

    @property
    def members(self) -> int:
        return self.present + self.represented + self.absent_with_notice + self.absent

    @property
    def attending(self) -> int:
        """Members counted for the quorum: present in person or through a substitute."""
        return self.present + self.represented


def count_attendance(statuses: Iterable[AttendanceStatus]) -> AttendanceCounts:
    tally = {status: 0 for status in AttendanceStatus}
    for status in statuses:
        tally[AttendanceStatus(status)] += 1
    return AttendanceCounts(
        present=tally[AttendanceStatus.PRESENT],
        represented=tally[AttendanceStatus.REPRESENTED],
        absent_with_notice=tally[AttendanceStatus.ABSENT_WITH_NOTICE],
        absent=tally[AttendanceStatus.ABSENT],
    )


@dataclass(frozen=True)
class Quorum:
    total_members: int
    attending: int
    needed: int
    reconvened_rule: bool  # the third of s. 79's second rule was applied

    @property
    def met(self) -> bool:
        return self.total_members > 0 and self.attending >= self.needed


def quorum_of(
    counts: AttendanceCounts,
    fraction: Fraction = DEFAULT_QUORUM,
    reconvened_rule: bool = False,
    total_members: int | None = None,
) -> Quorum:
    """The quorum of a meeting from its attendance (``total_members`` when the committee declares a count
    larger than the listed members)."""
    total = max(counts.members, total_members or 0)
    applied = min(fraction, ADJOURNED_QUORUM) if reconvened_rule else fraction
    return Quorum(total, counts.attending, quorum_needed(total, applied), reconvened_rule)


# --- invitation (s. 80) ------------------------------------------------------------------------------


def latest_invitation_date(meeting_date: date) -> date:
    return meeting_date - timedelta(days=INVITATION_DAYS_AHEAD)


def invitation_too_late(meeting_date: date, invitation_date: date | None, urgent: bool = False) -> bool:
    """True when the written invitation went out less than 3 days before the meeting (urgent meetings
    are exempt; a meeting without an invitation date is not judged)."""
    if urgent or invitation_date is None:
        return False
    return invitation_date > latest_invitation_date(meeting_date)


# --- the four-a-year rule ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingFact:
    """What the four-a-year rule needs to know of one meeting."""

    meeting_date: date
    kind: MeetingKind
    held: bool
    quorum_met: bool


class YearVerdict(str, enum.Enum):
    MET = "met"  # four held with quorum
    ON_TRACK = "on_track"  # held + planned reach four
    NEEDS_PLANNING = "needs_planning"  # more must be planned
    MISSED = "missed"  # the year is over short of four


@dataclass(frozen=True)
class QuarterCount:
    quarter: int
    held: int
    held_without_quorum: int
    planned: int


@dataclass(frozen=True)
class YearStatus:
    fiscal_year: int
    quarters: tuple[QuarterCount, ...]
    held_with_quorum: int
    held_without_quorum: int
    planned: int
    subgroup_meetings: int
    verdict: YearVerdict
    deadline: date

    @property
    def still_needed(self) -> int:
        return max(0, MEETINGS_A_YEAR - self.held_with_quorum)

    @property
    def still_to_plan(self) -> int:
        return max(0, self.still_needed - self.planned)

    def summary_th(self, thai_digits: bool = False) -> str:
        deadline = format_thai_date(self.deadline, DateStyle.ABBREVIATED_FULL_YEAR, thai_digits)
        if self.verdict is YearVerdict.MET:
            text = f"ประชุมครบ {self.held_with_quorum} ครั้งแล้ว (ขั้นต่ำ {MEETINGS_A_YEAR} ครั้ง)"
        elif self.verdict is YearVerdict.MISSED:
            text = f"ปีงบประมาณ {self.fiscal_year} ประชุมได้ {self.held_with_quorum} ครั้ง ไม่ครบ {MEETINGS_A_YEAR} ครั้ง"
        else:
            text = f"ต้องประชุมอีก {self.still_needed} ครั้ง ภายใน {deadline}"
            if self.still_to_plan:
                text += f" (ยังไม่ได้กำหนดวัน {self.still_to_plan} ครั้ง)"
        return to_thai_digits(text) if thai_digits else text

    def summary_en(self) -> str:
        deadline = f"{self.deadline.day} Sep {self.fiscal_year}"
        held = f"{self.held_with_quorum} meeting{'' if self.held_with_quorum == 1 else 's'} held"
        if self.verdict is YearVerdict.MET:
            return f"{held} (minimum {MEETINGS_A_YEAR})"
        if self.verdict is YearVerdict.MISSED:
            return f"FY{self.fiscal_year}: {held}, short of {MEETINGS_A_YEAR}"
        noun = "meeting" if self.still_needed == 1 else "meetings"
        more = "One more" if self.still_needed == 1 else f"{self.still_needed} more"
        text = f"{more} {noun} needed by {deadline}"
        if self.still_to_plan:
            text += f" ({self.still_to_plan} not yet scheduled)"
        return text


def year_status(fiscal_year: int, meetings: Iterable[MeetingFact], today: date) -> YearStatus:
    """The district committee's four-a-year status of a fiscal year. Only regular and special meetings held
    with quorum count; subgroup meetings are counted apart; planned means not yet held and not past."""
    start, end = fiscal_year_range(fiscal_year)
    per_quarter = {quarter.quarter: [0, 0, 0] for quarter in fiscal_quarters(fiscal_year)}
    subgroup = 0
    for meeting in meetings:
        if not start <= meeting.meeting_date <= end:
            continue
        if meeting.kind is MeetingKind.SUBGROUP:
            subgroup += 1
            continue
        counts = per_quarter[fiscal_quarter_of(meeting.meeting_date).quarter]
        if meeting.held:
            counts[0 if meeting.quorum_met else 1] += 1
        elif meeting.meeting_date >= today:
            counts[2] += 1
    quarters = tuple(QuarterCount(q, held, without, planned) for q, (held, without, planned) in per_quarter.items())
    held = sum(q.held for q in quarters)
    planned = sum(q.planned for q in quarters)
    if held >= MEETINGS_A_YEAR:
        verdict = YearVerdict.MET
    elif today > end:
        verdict = YearVerdict.MISSED
    elif held + planned >= MEETINGS_A_YEAR:
        verdict = YearVerdict.ON_TRACK
    else:
        verdict = YearVerdict.NEEDS_PLANNING
    return YearStatus(
        fiscal_year, quarters, held, sum(q.held_without_quorum for q in quarters), planned, subgroup, verdict, end
    )


def quarterly_plan_dates(fiscal_year: int, day: int = 15) -> tuple[date, ...]:
    """One meeting a quarter: the ``day`` of each quarter's middle month (Nov, Feb, May, Aug), moved off a
    weekend to the next Monday."""
    dates = []
    for quarter in fiscal_quarters(fiscal_year):
        start = quarter.start  # Oct, Jan, Apr or Jul: the middle month is the next one
        planned = date(start.year, start.month + 1, min(day, 28))
        while planned.weekday() >= 5:
            planned += timedelta(days=1)
        dates.append(planned)
    return tuple(dates)


# --- follow-up carry-over ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpFact:
    follow_up_id: int
    raised_on: date  # the date of the meeting whose resolution created it
    closed_on: date | None


def open_follow_ups(meeting_date: date, follow_ups: Iterable[FollowUpFact]) -> list[int]:
    """The follow-ups that agenda 3 of a meeting on ``meeting_date`` carries: raised at an earlier meeting
    and not closed before this one's date, oldest first."""
    carried = [
        fact
        for fact in follow_ups
        if fact.raised_on < meeting_date and (fact.closed_on is None or fact.closed_on >= meeting_date)
    ]
    return [fact.follow_up_id for fact in sorted(carried, key=lambda fact: (fact.raised_on, fact.follow_up_id))]


def follow_up_overdue(due_date: date | None, closed_on: date | None, today: date) -> bool:
    return closed_on is None and due_date is not None and due_date < today

