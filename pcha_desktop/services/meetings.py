"""Meetings of the committees and the district's workshops: use cases the GUI and the CLI both call, one
transaction each.

- A meeting is numbered per committee and fiscal year in date order (``domain.meetings``): creating,
  moving or deleting one renumbers that committee's year, so "ครั้งที่ n/yyyy" never repeats.
- On creation the agenda gets its customary items (1 the chair informs; 2 adopting the previous meeting's
  minutes, naming it; 3 one item per follow-up still open on the date; 5 other matters) and the attendance
  list the committee's members on the date (``membership`` as of the date), all "absent" until ticked.
  Moving a meeting refreshes both. A follow-up added or closed refreshes agenda 3 of the committee's later
  meetings that are still planned (a meeting held keeps its agenda as it was).
- Quorum (s. 79) from the attendance, with the district-wide share setting (``quorum_fraction``), and the
  third when the meeting reconvenes an adjourned one within 14 days and the invitation said so.
- ``year_overview`` gives the year's meetings with the district committee's four-a-year status;
  ``meeting_view`` one meeting whole (the documents are built from it).

All text goes through ``clean_user_text``; a refusal is a bilingual ``UserFacingError`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from fractions import Fraction
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from pcha_desktop.domain import meetings as rules
from pcha_desktop.domain.committee_rules import ROLE_LABELS_EN, ROLE_LABELS_TH
from pcha_desktop.domain.committee_terms import CommitteeKind, CommitteeRole
from pcha_desktop.domain.meetings import (
    AgendaSection,
    AttendanceCounts,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    Quorum,
    YearStatus,
)
from pcha_desktop.domain.thai_calendar import DateStyle, fiscal_quarter_of, fiscal_year_of, fiscal_year_range, format_thai_date
from pcha_desktop.services.attachments import PDF_AND_IMAGES, AttachmentInfo, info_of, read_verified, store_file
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.settings import read_setting, write_setting
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    AgendaFollowUp,
    Committee,
    CommitteeMembership,
    FollowUpAction,
    Meeting,
    MeetingAgendaDocument,
    MeetingAgendaItem,
    MeetingAttendance,
    MeetingGuest,
    MeetingResolution,
    QualityOfLifeIssue,
    ResolutionDissent,
    Workshop,
)

T = TypeVar("T")
MAX_VOTES = 10_000
MAX_PARTICIPANTS = 100_000
EARLIER_DAYS = 60  # how far back a reconvened meeting's adjourned meeting is offered

# --- reading: what the screens, the CLI and the documents get ----------------------------------------


@dataclass(frozen=True)
class CommitteeChoice:
    id: int
    name: str
    kind: CommitteeKind


@dataclass(frozen=True)
class MeetingRef:
    """A meeting named as agenda 2 and the minutes name it: "ครั้งที่ 1/2564 เมื่อ 16 พ.ย. 2563"."""

    id: int
    number: int
    fiscal_year: int
    meeting_date: date

    @property
    def number_label(self) -> str:
        return rules.meeting_number_label(self.number, self.fiscal_year)


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    committee_id: int
    committee_name: str
    committee_kind: CommitteeKind
    fiscal_year: int
    number: int
    kind: MeetingKind
    status: MeetingStatus
    meeting_date: date
    start_time: time | None
    end_time: time | None
    place: str
    title: str
    counts: AttendanceCounts
    quorum: Quorum | None  # None until the meeting is held with an attendance list
    invitation_date: date | None
    invitation_late: bool
    minutes_adopted: bool
    sent_to_province_on: date | None
    has_signed_minutes: bool

    @property
    def number_label(self) -> str:
        return rules.meeting_number_label(self.number, self.fiscal_year)

    @property
    def number_label_en(self) -> str:
        return rules.meeting_number_label_en(self.number, self.fiscal_year)

    @property
    def name(self) -> str:
        """The meeting's name as the minutes head it: its own title or "การประชุม<committee>"."""
        return self.title or f"การประชุม{self.committee_name}"


@dataclass(frozen=True)
class YearOverview:
    fiscal_year: int
    district_committee_id: int | None
    status: YearStatus  # the district committee's four-a-year status
    meetings: tuple[MeetingSummary, ...]  # every committee's, by date
    workshops: int


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    membership_id: int | None
    full_name: str
    position: str
    role: CommitteeRole | None
    status: AttendanceStatus
    absence_reason: str
    substitute_name: str
    substitute_position: str

    @property
    def role_label_th(self) -> str:
        return ROLE_LABELS_TH[self.role] if self.role else ""

    @property
    def role_label_en(self) -> str:
        return ROLE_LABELS_EN[self.role] if self.role else ""


@dataclass(frozen=True)
class GuestRow:
    id: int
    full_name: str
    position: str
    organisation: str


@dataclass(frozen=True)
class FollowUpView:
    id: int
    description: str
    owner: str
    due_date: date | None
    closed_on: date | None
    outcome: str
    raised_at: MeetingRef  # the meeting whose resolution created it
    overdue: bool


@dataclass(frozen=True)
class DissentRow:
    id: int
    member_name: str
    opinion: str
    reason: str


@dataclass(frozen=True)
class ResolutionView:
    id: int
    text: str
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    dissents: tuple[DissentRow, ...]
    follow_ups: tuple[FollowUpView, ...]


@dataclass(frozen=True)
class AgendaDocument:
    id: int
    caption: str
    attachment: AttachmentInfo


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    section: AgendaSection
    sort_order: int
    title: str
    details: str
    minutes: str
    documents: tuple[AgendaDocument, ...]
    resolutions: tuple[ResolutionView, ...]
    follow_up: FollowUpView | None  # an agenda-3 item carrying an earlier meeting's follow-up


@dataclass(frozen=True)
class MeetingView:
    summary: MeetingSummary
    issue_id: int | None
    chair_name: str
    chair_position: str
    minutes_taker_name: str
    minutes_taker_position: str
    minutes_checker_name: str
    minutes_checker_position: str
    invitation_reference: str
    urgent: bool
    adjourned_meeting: MeetingRef | None
    invitation_states_third_rule: bool
    adopted_in: MeetingRef | None
    minutes_adopted_on: date | None
    adoption_amendments: str
    signed_minutes: AttachmentInfo | None
    notes: str
    previous_meeting: MeetingRef | None  # agenda 2 adopts its minutes
    previous_minutes_adopted: bool
    agenda: tuple[AgendaItemView, ...]
    attendance: tuple[AttendanceRow, ...]
    guests: tuple[GuestRow, ...]
    earlier_meetings: tuple[MeetingRef, ...] = ()  # the committee's meetings of the 60 days before (s. 79)

    def items_of(self, section: AgendaSection) -> tuple[AgendaItemView, ...]:
        return tuple(item for item in self.agenda if item.section == section)


# --- input ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingDetails:
    """A meeting as the secretary types it."""

    committee_id: int
    meeting_date: date
    kind: MeetingKind = MeetingKind.REGULAR
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    title: str = ""
    chair_name: str = ""
    chair_position: str = ""
    minutes_taker_name: str = ""
    minutes_taker_position: str = ""
    minutes_checker_name: str = ""
    minutes_checker_position: str = ""
    invitation_date: date | None = None
    invitation_reference: str = ""
    urgent: bool = False
    adjourned_meeting_id: int | None = None
    invitation_states_third_rule: bool = False
    issue_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class WorkshopInput:
    title: str
    start_date: date
    end_date: date
    topic: str = ""
    organiser: str = ""
    place: str = ""
    committee_members: int = 0
    tambon_committee_members: int = 0
    health_staff: int = 0
    other_participants: int = 0
    outcomes: str = ""
    issue_id: int | None = None


@dataclass(frozen=True)
class WorkshopRow:
    id: int
    fiscal_year: int
    title: str
    start_date: date
    end_date: date
    topic: str
    organiser: str
    place: str
    committee_members: int
    tambon_committee_members: int
    health_staff: int
    other_participants: int
    outcomes: str
    issue_id: int | None

    @property
    def participants(self) -> int:
        return self.committee_members + self.tambon_committee_members + self.health_staff + self.other_participants

    def as_input(self) -> WorkshopInput:
        return WorkshopInput(
            self.title, self.start_date, self.end_date, self.topic, self.organiser, self.place,
            self.committee_members, self.tambon_committee_members, self.health_staff, self.other_participants,
            self.outcomes, self.issue_id,
        )


@dataclass(frozen=True)
class AttendanceMark:
    status: AttendanceStatus
    absence_reason: str = ""
    substitute_name: str = ""
    substitute_position: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    description: str
    owner: str = ""
    due_date: date | None = None


@dataclass(frozen=True)
class DissentInput:
    member_name: str
    opinion: str = ""
    reason: str = ""


@dataclass(frozen=True)
class ResolutionInput:
    text: str
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    dissents: tuple[DissentInput, ...] = ()
    follow_ups: tuple[FollowUpInput, ...] = field(default=())


# --- loading and refusing ---------------------------------------------------------------------------

_MISSING: dict[type, tuple[str, str, str]] = {
    Meeting: ("ไม่พบการประชุมนี้", "No such meeting", "meeting_id"),
    MeetingAgendaItem: ("ไม่พบระเบียบวาระนี้", "No such agenda item", "agenda_item_id"),
    MeetingAttendance: ("ไม่พบรายชื่อผู้เข้าประชุมนี้", "No such attendance row", "attendance_id"),
    MeetingGuest: ("ไม่พบผู้เข้าร่วมประชุมนี้", "No such guest", "guest_id"),
    MeetingResolution: ("ไม่พบมตินี้", "No such resolution", "resolution_id"),
    ResolutionDissent: ("ไม่พบความเห็นแย้งนี้", "No such dissenting opinion", "dissent_id"),
    FollowUpAction: ("ไม่พบเรื่องที่ต้องติดตามนี้", "No such follow-up", "follow_up_id"),
    MeetingAgendaDocument: ("ไม่พบเอกสารนี้", "No such document", "document_id"),
    Workshop: ("ไม่พบการประชุมเชิงปฏิบัติการนี้", "No such workshop", "workshop_id"),
    Committee: ("ไม่พบคณะกรรมการนี้", "No such committee", "committee_id"),
}


def _load(session: Session, model: type[T], ident: int) -> T:
    row = session.get(model, ident)
    if row is None:
        thai, english, field_name = _MISSING[model]
        raise UserFacingError(thai, english, field=field_name)
    return row


def _refuse(thai: str, english: str, field_name: str | None = None) -> UserFacingError:
    return UserFacingError(thai, english, field=field_name)


def _required(text: str, field_name: str) -> str:
    cleaned = clean_user_text(text, field_name)
    if not cleaned:
        from pcha_desktop.domain.text_input import text_field

        spec = text_field(field_name)
        raise _refuse(f"กรุณากรอก{spec.label_th}", f"Please enter the {spec.label_en.lower()}", field_name)
    return cleaned


def _count(value: int | None, field_th: str, field_en: str, limit: int = MAX_VOTES) -> int | None:
    if value is None:
        return None
    if not 0 <= value <= limit:
        raise _refuse(f"{field_th}ต้องเป็นจำนวนตั้งแต่ 0 ถึง {limit:,}", f"{field_en} must be 0 to {limit:,}", field_en)
    return value


def _check_date_in_range(day: date, field_name: str) -> None:
    if not 2500 <= fiscal_year_of(day) <= 2700:
        raise _refuse("วันที่อยู่นอกช่วงที่รับได้ (ปี พ.ศ. 2500–2700)", "The date is out of range (BE 2500–2700)", field_name)


# --- the quorum setting -----------------------------------------------------------------------------


def quorum_fraction_in(session: Session) -> Fraction:
    return rules.parse_quorum_fraction(read_setting(session, rules.QUORUM_SETTING_KEY, "1/2"))


def get_quorum_fraction(database: Database) -> Fraction:
    with database.reader() as session:
        return quorum_fraction_in(session)


def set_quorum_fraction(database: Database, fraction: Fraction, user_name: str) -> None:
    """The committees' own instrument may set another quorum than half (s. 79)."""
    if not 0 < fraction <= 1:
        raise _refuse("องค์ประชุมต้องมากกว่า 0 และไม่เกินจำนวนกรรมการทั้งหมด", "The quorum must be more than 0 and at most all members",
                      "quorum")
    with database.unit_of_work(user_name) as session:
        write_setting(session, rules.QUORUM_SETTING_KEY, f"{fraction.numerator}/{fraction.denominator}")


# --- conversions ------------------------------------------------------------------------------------


def _ref(meeting: Meeting | None) -> MeetingRef | None:
    if meeting is None:
        return None
    return MeetingRef(meeting.id, meeting.number, meeting.fiscal_year, meeting.meeting_date)


def _counts(meeting: Meeting) -> AttendanceCounts:
    return rules.count_attendance(row.status for row in meeting.attendance)


def _quorum(session: Session, meeting: Meeting, counts: AttendanceCounts, fraction: Fraction) -> Quorum | None:
    if meeting.status != MeetingStatus.HELD or counts.members == 0:
        return None
    adjourned = session.get(Meeting, meeting.adjourned_meeting_id) if meeting.adjourned_meeting_id else None
    third = rules.reconvened_rule_applies(
        meeting.meeting_date, adjourned.meeting_date if adjourned else None, meeting.invitation_states_third_rule
    )
    return rules.quorum_of(counts, fraction, third, meeting.committee.declared_member_count)


def _summary(session: Session, meeting: Meeting, fraction: Fraction,
             counts: AttendanceCounts | None = None) -> MeetingSummary:
    counts = _counts(meeting) if counts is None else counts
    return MeetingSummary(
        id=meeting.id,
        committee_id=meeting.committee_id,
        committee_name=meeting.committee.name,
        committee_kind=meeting.committee.kind,
        fiscal_year=meeting.fiscal_year,
        number=meeting.number,
        kind=meeting.kind,
        status=meeting.status,
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        title=meeting.title,
        counts=counts,
        quorum=_quorum(session, meeting, counts, fraction),
        invitation_date=meeting.invitation_date,
        invitation_late=rules.invitation_too_late(meeting.meeting_date, meeting.invitation_date, meeting.urgent),
        minutes_adopted=meeting.adopted_in_meeting_id is not None or meeting.minutes_adopted_on is not None,
        sent_to_province_on=meeting.sent_to_province_on,
        has_signed_minutes=meeting.signed_minutes_attachment_id is not None,
    )


def _follow_up_view(follow_up: FollowUpAction, today: date) -> FollowUpView:
    meeting = follow_up.resolution.agenda_item.meeting
    raised = _ref(meeting)
    assert raised is not None
    return FollowUpView(
        follow_up.id, follow_up.description, follow_up.owner, follow_up.due_date, follow_up.closed_on,
        follow_up.outcome, raised, rules.follow_up_overdue(follow_up.due_date, follow_up.closed_on, today),
    )


def _item_view(item: MeetingAgendaItem, today: date) -> AgendaItemView:
    return AgendaItemView(
        id=item.id,
        section=AgendaSection(item.section),
        sort_order=item.sort_order,
        title=item.title,
        details=item.details,
        minutes=item.minutes,
        documents=tuple(AgendaDocument(d.id, d.caption, info_of(d.attachment)) for d in item.documents),
        resolutions=tuple(
            ResolutionView(
                r.id, r.text, r.votes_for, r.votes_against, r.abstentions,
                tuple(DissentRow(d.id, d.member_name, d.opinion, d.reason) for d in r.dissents),
                tuple(_follow_up_view(f, today) for f in r.follow_ups),
            )
            for r in item.resolutions
        ),
        follow_up=_follow_up_view(item.carried.follow_up, today) if item.carried is not None else None,
    )


def _previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    query = (
        select(Meeting)
        .where(Meeting.committee_id == meeting.committee_id, Meeting.id != meeting.id)
        .where((Meeting.meeting_date < meeting.meeting_date)
               | ((Meeting.meeting_date == meeting.meeting_date) & (Meeting.id < meeting.id)))
        .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
    )
    return session.scalars(query.limit(1)).first()


def _next_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    query = (
        select(Meeting)
        .where(Meeting.committee_id == meeting.committee_id, Meeting.id != meeting.id)
        .where((Meeting.meeting_date > meeting.meeting_date)
               | ((Meeting.meeting_date == meeting.meeting_date) & (Meeting.id > meeting.id)))
        .order_by(Meeting.meeting_date, Meeting.id)
    )
    return session.scalars(query.limit(1)).first()


def meeting_view(database: Database, meeting_id: int, today: date | None = None) -> MeetingView:
    """One meeting whole: details, agenda with minutes, resolutions, dissents and follow-ups, attendance and
    guests, the previous meeting (agenda 2) and the adoption of these minutes."""
    today = today or date.today()
    with database.reader() as session:
        raised_at = (joinedload(FollowUpAction.resolution).joinedload(MeetingResolution.agenda_item)
                     .joinedload(MeetingAgendaItem.meeting))
        items = selectinload(Meeting.agenda_items)
        query = select(Meeting).where(Meeting.id == meeting_id).options(
            joinedload(Meeting.committee), joinedload(Meeting.signed_minutes),
            selectinload(Meeting.attendance), selectinload(Meeting.guests),
            items.selectinload(MeetingAgendaItem.documents).joinedload(MeetingAgendaDocument.attachment),
            items.selectinload(MeetingAgendaItem.resolutions).selectinload(MeetingResolution.dissents),
            items.selectinload(MeetingAgendaItem.resolutions).selectinload(MeetingResolution.follow_ups),
            items.joinedload(MeetingAgendaItem.carried).joinedload(AgendaFollowUp.follow_up).options(raised_at),
        )
        meeting = session.scalars(query).first()
        if meeting is None:
            thai, english, field_name = _MISSING[Meeting]
            raise _refuse(thai, english, field_name)
        previous = _previous_meeting(session, meeting)
        adopted_in = session.get(Meeting, meeting.adopted_in_meeting_id) if meeting.adopted_in_meeting_id else None
        adjourned = session.get(Meeting, meeting.adjourned_meeting_id) if meeting.adjourned_meeting_id else None
        return MeetingView(
            summary=_summary(session, meeting, quorum_fraction_in(session)),
            issue_id=meeting.issue_id,
            chair_name=meeting.chair_name,
            chair_position=meeting.chair_position,
            minutes_taker_name=meeting.minutes_taker_name,
            minutes_taker_position=meeting.minutes_taker_position,
            minutes_checker_name=meeting.minutes_checker_name,
            minutes_checker_position=meeting.minutes_checker_position,
            invitation_reference=meeting.invitation_reference,
            urgent=meeting.urgent,
            adjourned_meeting=_ref(adjourned),
            invitation_states_third_rule=meeting.invitation_states_third_rule,
            adopted_in=_ref(adopted_in),
            minutes_adopted_on=meeting.minutes_adopted_on,
            adoption_amendments=meeting.adoption_amendments,
            signed_minutes=info_of(meeting.signed_minutes) if meeting.signed_minutes is not None else None,
            notes=meeting.notes,
            previous_meeting=_ref(previous),
            previous_minutes_adopted=previous is not None
            and (previous.adopted_in_meeting_id is not None or previous.minutes_adopted_on is not None),
            agenda=tuple(_item_view(item, today) for item in meeting.agenda_items),
            attendance=tuple(
                AttendanceRow(a.id, a.membership_id, a.full_name, a.position, a.role, a.status, a.absence_reason,
                              a.substitute_name, a.substitute_position)
                for a in meeting.attendance
            ),
            guests=tuple(GuestRow(g.id, g.full_name, g.position, g.organisation) for g in meeting.guests),
            earlier_meetings=tuple(_ref(m) for m in session.scalars(  # type: ignore[misc]
                select(Meeting).where(
                    Meeting.committee_id == meeting.committee_id,
                    Meeting.meeting_date < meeting.meeting_date,
                    Meeting.meeting_date >= meeting.meeting_date - timedelta(days=EARLIER_DAYS),
                ).order_by(Meeting.meeting_date)
            )),
        )


def _district_committee_id(session: Session) -> int | None:
    query = select(Committee.id).where(Committee.kind == CommitteeKind.DISTRICT).order_by(Committee.id)
    return session.scalars(query.limit(1)).first()


def _facts(summaries: Iterable[MeetingSummary]) -> list[rules.MeetingFact]:
    return [
        rules.MeetingFact(s.meeting_date, s.kind, s.status == MeetingStatus.HELD, s.quorum is not None and s.quorum.met)
        for s in summaries
    ]


def year_overview(database: Database, fiscal_year: int, today: date | None = None) -> YearOverview:
    """Every committee's meetings of the fiscal year by date, with the district committee's four-a-year
    status (its regular and special meetings; its own subgroup meetings and every other committee's
    meetings are counted apart). Three queries whatever the number of meetings."""
    today = today or date.today()
    with database.reader() as session:
        fraction = quorum_fraction_in(session)
        query = (
            select(Meeting)
            .where(Meeting.fiscal_year == fiscal_year)
            .options(joinedload(Meeting.committee))
            .order_by(Meeting.meeting_date, Meeting.committee_id, Meeting.number)
        )
        meetings = list(session.scalars(query))
        tallies: dict[int, list[AttendanceStatus]] = {m.id: [] for m in meetings}
        counted = (
            select(MeetingAttendance.meeting_id, MeetingAttendance.status, func.count())
            .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
            .where(Meeting.fiscal_year == fiscal_year)
            .group_by(MeetingAttendance.meeting_id, MeetingAttendance.status)
        )
        for meeting_id, status, number in session.execute(counted):
            tallies[meeting_id].extend([status] * number)
        summaries = tuple(_summary(session, m, fraction, rules.count_attendance(tallies[m.id])) for m in meetings)
        district_id = _district_committee_id(session)
        district = [s for s in summaries if s.committee_id == district_id]
        others = [
            rules.MeetingFact(s.meeting_date, MeetingKind.SUBGROUP, s.status == MeetingStatus.HELD, False)
            for s in summaries
            if s.committee_id != district_id
        ]
        workshops = session.scalar(select(func.count(Workshop.id)).where(Workshop.fiscal_year == fiscal_year)) or 0
        status = rules.year_status(fiscal_year, _facts(district) + others, today)
        return YearOverview(fiscal_year, district_id, status, summaries, workshops)


def district_year_status(database: Database, fiscal_year: int, today: date | None = None) -> YearStatus:
    return year_overview(database, fiscal_year, today).status


def meeting_committees(database: Database) -> list[CommitteeChoice]:
    """The committees a meeting may belong to: the district committee first, then issue subcommittees and
    tambon committees by name."""
    order = {CommitteeKind.DISTRICT: 0, CommitteeKind.ISSUE_SUBCOMMITTEE: 1, CommitteeKind.TAMBON: 2}
    with database.reader() as session:
        rows = session.execute(select(Committee.id, Committee.name, Committee.kind)).all()
    return [CommitteeChoice(i, n, k) for i, n, k in sorted(rows, key=lambda r: (order[r[2]], r[1], r[0]))]


# --- numbering and the refreshes ----------------------------------------------------------------------


def _renumber(session: Session, committee_id: int, fiscal_year: int) -> None:
    """Number the committee's meetings of the year 1 … n by date (two steps: the unique index holds at
    every statement)."""
    session.flush()
    meetings = list(session.scalars(
        select(Meeting).where(Meeting.committee_id == committee_id, Meeting.fiscal_year == fiscal_year)
    ))
    numbers = rules.numbers_in_date_order([(m.id, m.meeting_date) for m in meetings])
    changing = [m for m in meetings if m.number != numbers[m.id]]
    if not changing:
        return
    for meeting in changing:
        meeting.number = -numbers[meeting.id]
    session.flush()
    for meeting in changing:
        meeting.number = numbers[meeting.id]
    session.flush()


def _next_free_number(session: Session, committee_id: int, fiscal_year: int) -> int:
    query = select(func.max(Meeting.number)).where(Meeting.committee_id == committee_id, Meeting.fiscal_year == fiscal_year)
    return (session.scalar(query) or 0) + 1


def _members_on(session: Session, committee_id: int, day: date) -> list[CommitteeMembership]:
    query = (
        select(CommitteeMembership)
        .where(CommitteeMembership.committee_id == committee_id, CommitteeMembership.start_date <= day)
        .where((CommitteeMembership.end_date.is_(None)) | (CommitteeMembership.end_date > day))
        .options(selectinload(CommitteeMembership.person))
        .order_by(CommitteeMembership.sort_order, CommitteeMembership.id)
    )
    return list(session.scalars(query))


def _sync_attendance(session: Session, meeting: Meeting) -> None:
    """The attendance list holds the members on the meeting's date: members missing are added (absent),
    rows of people no longer members then are removed when nothing was recorded for them."""
    members = _members_on(session, meeting.committee_id, meeting.meeting_date)
    wanted = {m.id: m for m in members}
    for row in list(meeting.attendance):
        untouched = row.status == AttendanceStatus.ABSENT and not row.absence_reason
        if row.membership_id not in wanted and row.membership_id is not None and untouched:
            meeting.attendance.remove(row)
    present = {row.membership_id for row in meeting.attendance}
    for position, membership in enumerate(members):
        if membership.id in present:
            continue
        meeting.attendance.append(MeetingAttendance(
            membership_id=membership.id, sort_order=position, full_name=membership.person.full_name,
            position=membership.person.position, role=membership.role, status=AttendanceStatus.ABSENT,
        ))
    order = {m.id: i for i, m in enumerate(members)}
    for row in meeting.attendance:
        row.sort_order = order.get(row.membership_id, row.sort_order)


def _default_officers(session: Session, meeting: Meeting) -> None:
    """The chair and the minutes taker from the committee's members on the date, when not typed."""
    members = _members_on(session, meeting.committee_id, meeting.meeting_date)

    def first(role: CommitteeRole) -> CommitteeMembership | None:
        return next((m for m in members if m.role == role), None)

    chair = first(CommitteeRole.CHAIR)
    if chair is not None and not meeting.chair_name:
        meeting.chair_name, meeting.chair_position = chair.person.full_name, chair.person.position
    secretary = first(CommitteeRole.MEMBER_AND_SECRETARY)
    if secretary is not None and not meeting.minutes_taker_name:
        meeting.minutes_taker_name = secretary.person.full_name
        meeting.minutes_taker_position = secretary.person.position
    assistant = first(CommitteeRole.ASSISTANT_SECRETARY)
    if assistant is not None and not meeting.minutes_checker_name and secretary is not None:
        # the assistant takes the minutes, the secretary checks them
        meeting.minutes_checker_name, meeting.minutes_checker_position = (
            meeting.minutes_taker_name, meeting.minutes_taker_position
        )
        meeting.minutes_taker_name = assistant.person.full_name
        meeting.minutes_taker_position = assistant.person.position


ADOPT_PREFIX = "รับรองรายงานการประชุม"


def adoption_item_title(previous: MeetingRef | None, committee_name: str) -> str:
    if previous is None:
        return f"{ADOPT_PREFIX} (ไม่มีการประชุมครั้งก่อน)"
    day = format_thai_date(previous.meeting_date, DateStyle.FULL)
    return f"{ADOPT_PREFIX}{committee_name} {previous.number_label} เมื่อวันที่ {day}"


def follow_up_item_title(follow_up: FollowUpAction) -> str:
    meeting = follow_up.resolution.agenda_item.meeting
    owner = f" ({follow_up.owner})" if follow_up.owner else ""
    label = rules.meeting_number_label(meeting.number, meeting.fiscal_year)
    return f"{follow_up.description}{owner} — ติดตามจากการประชุม{label}"[:500]


def _committee_follow_ups(session: Session, committee_id: int) -> list[FollowUpAction]:
    query = (
        select(FollowUpAction)
        .join(FollowUpAction.resolution)
        .join(MeetingResolution.agenda_item)
        .join(MeetingAgendaItem.meeting)
        .where(Meeting.committee_id == committee_id)
        .options(joinedload(FollowUpAction.resolution).joinedload(MeetingResolution.agenda_item)
                 .joinedload(MeetingAgendaItem.meeting))
    )
    return list(session.scalars(query).unique())


def _sync_agenda(session: Session, meeting: Meeting, follow_ups: list[FollowUpAction] | None = None) -> None:
    """Agenda 2 names the previous meeting; agenda 3 carries the follow-ups still open on the date (items
    added for those no longer open are removed while nothing was written under them)."""
    session.flush()
    previous = _previous_meeting(session, meeting)
    for item in meeting.agenda_items:
        if item.section == AgendaSection.ADOPT_MINUTES and item.title.startswith(ADOPT_PREFIX):
            item.title = adoption_item_title(_ref(previous), meeting.committee.name)
    follow_ups = _committee_follow_ups(session, meeting.committee_id) if follow_ups is None else follow_ups
    by_id = {f.id: f for f in follow_ups}
    facts = [
        rules.FollowUpFact(f.id, f.resolution.agenda_item.meeting.meeting_date, f.closed_on)
        for f in follow_ups
        if f.resolution.agenda_item.meeting_id != meeting.id
    ]
    open_ids = rules.open_follow_ups(meeting.meeting_date, facts)
    carried = {item.carried.follow_up_id: item for item in meeting.agenda_items if item.carried is not None}
    for follow_up_id, item in carried.items():
        if follow_up_id not in open_ids and not item.minutes and not item.resolutions:
            meeting.agenda_items.remove(item)
    next_order = max((i.sort_order for i in meeting.agenda_items if i.section == AgendaSection.MATTERS_ARISING), default=-1)
    for follow_up_id in open_ids:
        if follow_up_id in carried:
            continue
        next_order += 1
        item = MeetingAgendaItem(
            section=AgendaSection.MATTERS_ARISING, sort_order=next_order,
            title=follow_up_item_title(by_id[follow_up_id]),
        )
        item.carried = AgendaFollowUp(follow_up_id=follow_up_id)
        meeting.agenda_items.append(item)


def _refresh_later_planned(session: Session, committee_id: int, after: date) -> None:
    """Agenda 3 of the committee's planned meetings after ``after`` (a follow-up changed)."""
    session.flush()
    query = select(Meeting).where(
        Meeting.committee_id == committee_id, Meeting.meeting_date > after, Meeting.status == MeetingStatus.PLANNED
    )
    planned = list(session.scalars(query))
    follow_ups = _committee_follow_ups(session, committee_id) if planned else []
    for meeting in planned:
        _sync_agenda(session, meeting, follow_ups)


def _initial_agenda(meeting: Meeting) -> None:
    for section, sort_order in ((AgendaSection.CHAIR_INFORMS, 0), (AgendaSection.ADOPT_MINUTES, 0), (AgendaSection.OTHER, 0)):
        title = rules.AGENDA_TITLES_TH[section] if section != AgendaSection.ADOPT_MINUTES else ADOPT_PREFIX
        meeting.agenda_items.append(MeetingAgendaItem(section=section, sort_order=sort_order, title=title))


# --- meetings: create, change, move, delete -------------------------------------------------------------


def _apply_details(session: Session, meeting: Meeting, details: MeetingDetails) -> None:
    _check_date_in_range(details.meeting_date, "meeting_date")
    committee = _load(session, Committee, details.committee_id)
    if details.start_time and details.end_time and details.end_time < details.start_time:
        raise _refuse("เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม", "The meeting cannot end before it starts", "end_time")
    if details.invitation_date is not None and details.invitation_date > details.meeting_date:
        raise _refuse("วันที่หนังสือเชิญต้องไม่อยู่หลังวันประชุม", "The invitation cannot be dated after the meeting",
                      "invitation_date")
    if details.issue_id is not None:
        _load_issue(session, details.issue_id)
    if details.adjourned_meeting_id is not None:
        adjourned = _load(session, Meeting, details.adjourned_meeting_id)
        if adjourned.id == meeting.id or adjourned.committee_id != committee.id or adjourned.meeting_date >= details.meeting_date:
            raise _refuse("การประชุมที่เลื่อนมาต้องเป็นการประชุมก่อนหน้าของคณะกรรมการเดียวกัน",
                          "The adjourned meeting must be an earlier meeting of the same committee", "adjourned_meeting_id")
    meeting.committee = committee
    meeting.committee_id = committee.id
    meeting.meeting_date = details.meeting_date
    meeting.kind = details.kind
    meeting.start_time = details.start_time
    meeting.end_time = details.end_time
    meeting.place = clean_user_text(details.place, "place")
    meeting.title = clean_user_text(details.title, "meeting_title")
    meeting.chair_name = clean_user_text(details.chair_name, "person_name")
    meeting.chair_position = clean_user_text(details.chair_position, "person_position")
    meeting.minutes_taker_name = clean_user_text(details.minutes_taker_name, "person_name")
    meeting.minutes_taker_position = clean_user_text(details.minutes_taker_position, "person_position")
    meeting.minutes_checker_name = clean_user_text(details.minutes_checker_name, "person_name")
    meeting.minutes_checker_position = clean_user_text(details.minutes_checker_position, "person_position")
    meeting.invitation_date = details.invitation_date
    meeting.invitation_reference = clean_user_text(details.invitation_reference, "invitation_reference")
    meeting.urgent = details.urgent
    meeting.adjourned_meeting_id = details.adjourned_meeting_id
    meeting.invitation_states_third_rule = details.invitation_states_third_rule
    meeting.issue_id = details.issue_id
    meeting.notes = clean_user_text(details.notes, "meeting_notes")


def _load_issue(session: Session, issue_id: int) -> QualityOfLifeIssue:
    issue = session.get(QualityOfLifeIssue, issue_id)
    if issue is None:
        raise _refuse("ไม่พบประเด็นนี้", "No such issue", "issue_id")
    return issue


def _create_in(session: Session, details: MeetingDetails) -> Meeting:
    meeting = Meeting(status=MeetingStatus.PLANNED)
    _apply_details(session, meeting, details)
    meeting.fiscal_year = fiscal_year_of(details.meeting_date)
    meeting.number = _next_free_number(session, details.committee_id, meeting.fiscal_year)
    session.add(meeting)
    _initial_agenda(meeting)
    _default_officers(session, meeting)
    _sync_attendance(session, meeting)
    _renumber(session, meeting.committee_id, meeting.fiscal_year)
    _sync_agenda(session, meeting)
    _sync_following(session, meeting)
    return meeting


def _sync_following(session: Session, meeting: Meeting) -> None:
    """The next meeting's agenda 2 names this one now."""
    following = _next_meeting(session, meeting)
    if following is not None:
        _sync_agenda(session, following)


def create_meeting(database: Database, details: MeetingDetails, user_name: str) -> int:
    """A new meeting (planned), numbered in its committee's year, with its customary agenda and the
    members on its date as its attendance list. Returns its id."""
    with database.unit_of_work(user_name) as session:
        return _create_in(session, details).id


def plan_year(
    database: Database,
    committee_id: int,
    fiscal_year: int,
    user_name: str,
    dates: Sequence[date] | None = None,
    place: str = "",
    start_time: time | None = None,
) -> list[int]:
    """Plan the year's meetings in one step (default one per quarter): a regular meeting on each date,
    skipping a quarter where the committee already has a meeting. Returns the new meetings' ids."""
    dates = list(dates) if dates is not None else list(rules.quarterly_plan_dates(fiscal_year))
    start, end = fiscal_year_range(fiscal_year)
    if any(not start <= day <= end for day in dates):
        raise _refuse(f"วันที่ต้องอยู่ในปีงบประมาณ {fiscal_year}", f"The dates must lie in FY{fiscal_year}", "meeting_date")
    created: list[int] = []
    with database.unit_of_work(user_name) as session:
        _load(session, Committee, committee_id)
        taken = {
            fiscal_quarter_of(day).quarter
            for day in session.scalars(
                select(Meeting.meeting_date).where(Meeting.committee_id == committee_id, Meeting.fiscal_year == fiscal_year)
            )
        }
        for day in sorted(dates):
            quarter = fiscal_quarter_of(day).quarter
            if quarter in taken:
                continue
            taken.add(quarter)
            details = MeetingDetails(committee_id, day, MeetingKind.REGULAR, start_time=start_time, place=place)
            created.append(_create_in(session, details).id)
    return created


def update_meeting(database: Database, meeting_id: int, details: MeetingDetails, user_name: str) -> None:
    """Change a meeting's details; a new date (or committee) renumbers and refreshes attendance and agenda."""
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        old = (meeting.committee_id, meeting.fiscal_year, meeting.meeting_date)
        _apply_details(session, meeting, details)
        _after_move(session, meeting, old)


def _after_move(session: Session, meeting: Meeting, old: tuple[int, int, date]) -> None:
    old_committee, old_year, old_date = old
    if (meeting.committee_id, meeting.meeting_date) == (old_committee, old_date):
        return
    new_year = fiscal_year_of(meeting.meeting_date)
    if (meeting.committee_id, new_year) != (old_committee, old_year):
        meeting.number = _next_free_number(session, meeting.committee_id, new_year)
        meeting.fiscal_year = new_year
    _renumber(session, meeting.committee_id, new_year)
    if (meeting.committee_id, new_year) != (old_committee, old_year):
        _renumber(session, old_committee, old_year)
    _sync_attendance(session, meeting)
    _sync_agenda(session, meeting)
    _sync_following(session, meeting)
    for committee_id in {old_committee, meeting.committee_id}:
        _refresh_later_planned(session, committee_id, date.min)


def move_meeting(database: Database, meeting_id: int, new_date: date, user_name: str) -> date:
    """Move a meeting to another date (renumbering its year); returns the date it had (for undo)."""
    _check_date_in_range(new_date, "meeting_date")
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        if meeting.invitation_date is not None and meeting.invitation_date > new_date:
            raise _refuse("วันประชุมใหม่อยู่ก่อนวันที่หนังสือเชิญ", "The new date is before the invitation's date",
                          "meeting_date")
        old = (meeting.committee_id, meeting.fiscal_year, meeting.meeting_date)
        meeting.meeting_date = new_date
        _after_move(session, meeting, old)
        return old[2]


def set_held(database: Database, meeting_id: int, held: bool, user_name: str, today: date | None = None) -> None:
    today = today or date.today()
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        if held and meeting.meeting_date > today:
            raise _refuse("การประชุมนี้ยังไม่ถึงวันประชุม", "This meeting's date has not come yet", "status")
        meeting.status = MeetingStatus.HELD if held else MeetingStatus.PLANNED


def delete_meeting(database: Database, meeting_id: int, user_name: str) -> None:
    """Delete a meeting with its agenda, attendance and resolutions. A meeting whose minutes were sent
    to the province, or that adopted other minutes, is kept."""
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        if meeting.sent_to_province_on is not None or meeting.signed_minutes_attachment_id is not None:
            raise _refuse("รายงานการประชุมนี้ส่งจังหวัดหรือแนบฉบับลงนามแล้ว ลบไม่ได้",
                          "These minutes were sent to the province or signed; the meeting cannot be deleted")
        adopting = session.scalars(select(Meeting).where(Meeting.adopted_in_meeting_id == meeting.id)).first()
        if adopting is not None:
            raise _refuse("การประชุมนี้รับรองรายงานการประชุมครั้งก่อนแล้ว ลบไม่ได้",
                          "This meeting adopted earlier minutes; it cannot be deleted")
        follow_ups = [f.id for item in meeting.agenda_items for r in item.resolutions for f in r.follow_ups]
        if follow_ups:
            carried = session.scalars(
                select(AgendaFollowUp).join(AgendaFollowUp.agenda_item)
                .where(AgendaFollowUp.follow_up_id.in_(follow_ups), MeetingAgendaItem.meeting_id != meeting.id)
                .join(MeetingAgendaItem.meeting).where(Meeting.status == MeetingStatus.HELD)
            ).first()
            if carried is not None:
                raise _refuse("เรื่องที่ต้องติดตามจากการประชุมนี้ถูกพิจารณาในการประชุมครั้งต่อไปแล้ว ลบไม่ได้",
                              "A later meeting already discussed this meeting's follow-ups; it cannot be deleted")
        _drop_carried(session, follow_ups)
        committee_id, fiscal_year, day = meeting.committee_id, meeting.fiscal_year, meeting.meeting_date
        following = _next_meeting(session, meeting)
        session.delete(meeting)
        session.flush()
        _renumber(session, committee_id, fiscal_year)
        if following is not None:
            _sync_agenda(session, following)
        _refresh_later_planned(session, committee_id, day)


# --- attendance and guests --------------------------------------------------------------------------


def set_attendance(
    database: Database, attendance_id: int, mark: AttendanceMark, user_name: str, today: date | None = None
) -> AttendanceMark:
    """Record one member's attendance; returns what it was (for undo). Ticking someone present at a
    meeting whose date has come marks the meeting held."""
    with database.reader() as session:
        meeting_id = _load(session, MeetingAttendance, attendance_id).meeting_id
    return set_attendance_many(database, meeting_id, {attendance_id: mark}, user_name, today)[attendance_id]


def set_attendance_many(database: Database, meeting_id: int, marks: dict[int, AttendanceMark], user_name: str,
                        today: date | None = None) -> dict[int, AttendanceMark]:
    """Several members' attendance in one transaction (e.g. "everyone present"); returns what each was."""
    today = today or date.today()
    before: dict[int, AttendanceMark] = {}
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        rows = {row.id: row for row in meeting.attendance}
        for attendance_id, mark in marks.items():
            row = rows.get(attendance_id)
            if row is None:
                thai, english, field_name = _MISSING[MeetingAttendance]
                raise _refuse(thai, english, field_name)
            before[attendance_id] = AttendanceMark(row.status, row.absence_reason, row.substitute_name,
                                                   row.substitute_position)
            _mark_row(row, mark)
        if any(m.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED) for m in marks.values()) \
                and meeting.status == MeetingStatus.PLANNED and meeting.meeting_date <= today:
            meeting.status = MeetingStatus.HELD
    return before


def _mark_row(row: MeetingAttendance, mark: AttendanceMark) -> None:
    substitute = clean_user_text(mark.substitute_name, "person_name")
    if mark.status == AttendanceStatus.REPRESENTED and not substitute:
        raise _refuse("กรุณากรอกชื่อผู้มาประชุมแทน", "Please enter the name of the substitute", "substitute_name")
    row.status = mark.status
    absent = mark.status in (AttendanceStatus.ABSENT_WITH_NOTICE, AttendanceStatus.ABSENT)
    row.absence_reason = clean_user_text(mark.absence_reason, "absence_reason") if absent else ""
    keep_substitute = mark.status == AttendanceStatus.REPRESENTED
    row.substitute_name = substitute if keep_substitute else ""
    row.substitute_position = clean_user_text(mark.substitute_position, "person_position") if keep_substitute else ""


def refresh_attendance(database: Database, meeting_id: int, user_name: str) -> None:
    """Bring the attendance list in line with the membership on the meeting's date (members changed)."""
    with database.unit_of_work(user_name) as session:
        _sync_attendance(session, _load(session, Meeting, meeting_id))


def add_guest(database: Database, meeting_id: int, full_name: str, position: str, organisation: str,
              user_name: str) -> int:
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        guest = MeetingGuest(
            full_name=_required(full_name, "person_name"), position=clean_user_text(position, "person_position"),
            organisation=clean_user_text(organisation, "organisation"), sort_order=len(meeting.guests),
        )
        meeting.guests.append(guest)
        session.flush()
        return guest.id


def remove_guest(database: Database, guest_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        session.delete(_load(session, MeetingGuest, guest_id))


# --- agenda, minutes, resolutions, follow-ups ---------------------------------------------------------


def add_agenda_item(database: Database, meeting_id: int, section: AgendaSection, title: str, user_name: str,
                    details: str = "") -> int:
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        section = AgendaSection(section)
        order = max((i.sort_order for i in meeting.agenda_items if i.section == section), default=-1) + 1
        item = MeetingAgendaItem(section=section, sort_order=order, title=_required(title, "agenda_title"),
                                 details=clean_user_text(details, "agenda_details"))
        meeting.agenda_items.append(item)
        session.flush()
        return item.id


def update_agenda_item(database: Database, item_id: int, title: str, details: str, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        item = _load(session, MeetingAgendaItem, item_id)
        item.title = _required(title, "agenda_title")
        item.details = clean_user_text(details, "agenda_details")


def save_minutes(database: Database, item_id: int, text: str, user_name: str) -> None:
    """The minutes written under an agenda item (the editor saves as the secretary types)."""
    cleaned = clean_user_text(text, "minutes")
    with database.unit_of_work(user_name) as session:
        item = _load(session, MeetingAgendaItem, item_id)
        if item.minutes != cleaned:
            item.minutes = cleaned


def delete_agenda_item(database: Database, item_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        item = _load(session, MeetingAgendaItem, item_id)
        if any(r.follow_ups for r in item.resolutions):
            raise _refuse("วาระนี้มีมติที่มีเรื่องต้องติดตาม ลบมติก่อน", "This item has resolutions with follow-ups; delete them first")
        session.delete(item)


def attach_agenda_document(workspace: Workspace, item_id: int, source: Path, user_name: str, caption: str = "") -> int:
    """Attach a document (PDF or image, stored with its hash) to an agenda item."""
    with workspace.database.unit_of_work(user_name) as session:
        item = _load(session, MeetingAgendaItem, item_id)
        attachment = store_file(session, workspace.attachments_dir, Path(source), PDF_AND_IMAGES)
        document = MeetingAgendaDocument(
            attachment_id=attachment.id, caption=clean_user_text(caption or Path(source).stem, "document_caption")
        )
        item.documents.append(document)
        session.flush()
        return document.id


def remove_agenda_document(database: Database, document_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        session.delete(_load(session, MeetingAgendaDocument, document_id))


def agenda_document_content(workspace: Workspace, document_id: int) -> tuple[AttachmentInfo, bytes]:
    with workspace.database.reader() as session:
        info = info_of(_load(session, MeetingAgendaDocument, document_id).attachment)
    return info, read_verified(workspace.attachments_dir, info)


def _follow_up_row(follow_up: FollowUpInput) -> FollowUpAction:
    return FollowUpAction(
        description=_required(follow_up.description, "follow_up"),
        owner=clean_user_text(follow_up.owner, "follow_up_owner"),
        due_date=follow_up.due_date,
    )


def _dissent_row(dissent: DissentInput) -> ResolutionDissent:
    return ResolutionDissent(
        member_name=_required(dissent.member_name, "person_name"),
        opinion=clean_user_text(dissent.opinion, "dissent_opinion"),
        reason=clean_user_text(dissent.reason, "dissent_reason"),
    )


def add_resolution(database: Database, item_id: int, resolution: ResolutionInput, user_name: str) -> int:
    """A resolution (มติ) on an agenda item, with its dissenting opinions (s. 83) and follow-ups."""
    with database.unit_of_work(user_name) as session:
        item = _load(session, MeetingAgendaItem, item_id)
        row = MeetingResolution(
            text=_required(resolution.text, "resolution"),
            votes_for=_count(resolution.votes_for, "จำนวนเสียงเห็นชอบ", "Votes for"),
            votes_against=_count(resolution.votes_against, "จำนวนเสียงไม่เห็นชอบ", "Votes against"),
            abstentions=_count(resolution.abstentions, "จำนวนงดออกเสียง", "Abstentions"),
            sort_order=len(item.resolutions),
        )
        row.dissents.extend(_dissent_row(d) for d in resolution.dissents)
        row.follow_ups.extend(_follow_up_row(f) for f in resolution.follow_ups)
        item.resolutions.append(row)
        session.flush()
        _refresh_later_planned(session, item.meeting.committee_id, item.meeting.meeting_date)
        return row.id


def update_resolution(database: Database, resolution_id: int, text: str, user_name: str,
                      votes: tuple[int | None, int | None, int | None] = (None, None, None)) -> None:
    with database.unit_of_work(user_name) as session:
        row = _load(session, MeetingResolution, resolution_id)
        row.text = _required(text, "resolution")
        row.votes_for = _count(votes[0], "จำนวนเสียงเห็นชอบ", "Votes for")
        row.votes_against = _count(votes[1], "จำนวนเสียงไม่เห็นชอบ", "Votes against")
        row.abstentions = _count(votes[2], "จำนวนงดออกเสียง", "Abstentions")


def delete_resolution(database: Database, resolution_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        row = _load(session, MeetingResolution, resolution_id)
        meeting = row.agenda_item.meeting
        _refuse_if_discussed(session, [f.id for f in row.follow_ups])
        _drop_carried(session, [f.id for f in row.follow_ups])
        session.delete(row)
        session.flush()
        _refresh_later_planned(session, meeting.committee_id, meeting.meeting_date)


def _drop_carried(session: Session, follow_up_ids: list[int]) -> None:
    """Before follow-ups are deleted: the later agendas' items carrying them go too, unless something was
    written under them (then they stay, as plain items)."""
    if not follow_up_ids:
        return
    for link in session.scalars(select(AgendaFollowUp).where(AgendaFollowUp.follow_up_id.in_(follow_up_ids))):
        item = link.agenda_item
        if item.minutes or item.resolutions:
            item.carried = None
        else:
            item.meeting.agenda_items.remove(item)
    session.flush()


def _refuse_if_discussed(session: Session, follow_up_ids: list[int]) -> None:
    if not follow_up_ids:
        return
    discussed = session.scalars(
        select(MeetingAgendaItem).join(MeetingAgendaItem.carried).join(MeetingAgendaItem.meeting)
        .where(AgendaFollowUp.follow_up_id.in_(follow_up_ids), Meeting.status == MeetingStatus.HELD)
    ).first()
    if discussed is not None:
        raise _refuse("เรื่องที่ต้องติดตามนี้ถูกพิจารณาในการประชุมครั้งต่อมาแล้ว ลบไม่ได้ (ปิดเรื่องแทน)",
                      "A later meeting already discussed this follow-up; close it instead of deleting it")


def add_dissent(database: Database, resolution_id: int, dissent: DissentInput, user_name: str) -> int:
    with database.unit_of_work(user_name) as session:
        row = _load(session, MeetingResolution, resolution_id)
        dissent_row = _dissent_row(dissent)
        row.dissents.append(dissent_row)
        session.flush()
        return dissent_row.id


def delete_dissent(database: Database, dissent_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        session.delete(_load(session, ResolutionDissent, dissent_id))


def add_follow_up(database: Database, resolution_id: int, follow_up: FollowUpInput, user_name: str) -> int:
    """A follow-up action of a resolution; the committee's later planned meetings carry it in agenda 3."""
    with database.unit_of_work(user_name) as session:
        row = _load(session, MeetingResolution, resolution_id)
        action = _follow_up_row(follow_up)
        row.follow_ups.append(action)
        session.flush()
        meeting = row.agenda_item.meeting
        _refresh_later_planned(session, meeting.committee_id, meeting.meeting_date)
        return action.id


def close_follow_up(database: Database, follow_up_id: int, closed_on: date | None, user_name: str,
                    outcome: str | None = None) -> date | None:
    """Close a follow-up on a date (None reopens it); returns the date it had (for undo)."""
    with database.unit_of_work(user_name) as session:
        action = _load(session, FollowUpAction, follow_up_id)
        meeting = action.resolution.agenda_item.meeting
        if closed_on is not None and closed_on < meeting.meeting_date:
            raise _refuse("วันที่ปิดเรื่องต้องไม่ก่อนวันประชุมที่มีมติ", "A follow-up cannot close before the meeting that raised it",
                          "closed_on")
        before = action.closed_on
        action.closed_on = closed_on
        if outcome is not None:
            action.outcome = clean_user_text(outcome, "follow_up_outcome")
        _refresh_later_planned(session, meeting.committee_id, meeting.meeting_date)
        return before


def delete_follow_up(database: Database, follow_up_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        action = _load(session, FollowUpAction, follow_up_id)
        meeting = action.resolution.agenda_item.meeting
        _refuse_if_discussed(session, [action.id])
        _drop_carried(session, [action.id])
        session.delete(action)
        session.flush()
        _refresh_later_planned(session, meeting.committee_id, meeting.meeting_date)


def open_follow_ups_of(database: Database, committee_id: int, on_date: date, today: date | None = None) -> list[FollowUpView]:
    """The committee's follow-ups open on a date (what agenda 3 of a meeting that day carries)."""
    today = today or date.today()
    with database.reader() as session:
        follow_ups = _committee_follow_ups(session, committee_id)
        facts = [rules.FollowUpFact(f.id, f.resolution.agenda_item.meeting.meeting_date, f.closed_on) for f in follow_ups]
        by_id = {f.id: f for f in follow_ups}
        return [_follow_up_view(by_id[i], today) for i in rules.open_follow_ups(on_date, facts)]


# --- adoption, the province, the signed scan -------------------------------------------------------------


def adopt_minutes(
    database: Database,
    meeting_id: int,
    user_name: str,
    adopted_in_meeting_id: int | None = None,
    adopted_on: date | None = None,
    amendments: str = "",
) -> None:
    """Record that a meeting's minutes were adopted: at a later meeting of the committee (its agenda 2) or on
    a date (circulated), with the amendments if any. ``adopted_in_meeting_id`` and ``adopted_on`` both None
    withdraws the adoption."""
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        if adopted_in_meeting_id is not None:
            adopting = _load(session, Meeting, adopted_in_meeting_id)
            if adopting.committee_id != meeting.committee_id or adopting.meeting_date < meeting.meeting_date or adopting.id == meeting.id:
                raise _refuse("รับรองรายงานได้ในการประชุมครั้งต่อมาของคณะกรรมการเดียวกันเท่านั้น",
                              "Minutes are adopted at a later meeting of the same committee", "adopted_in_meeting_id")
            quorum = _quorum(session, adopting, _counts(adopting), quorum_fraction_in(session))
            if quorum is not None and not quorum.met:
                raise _refuse("การประชุมที่ไม่ครบองค์ประชุมรับรองรายงานการประชุมไม่ได้ (มาตรา 79)",
                              "A meeting without a quorum cannot adopt minutes (s. 79)", "adopted_in_meeting_id")
            adopted_on = adopted_on or adopting.meeting_date
        if adopted_on is not None and adopted_on < meeting.meeting_date:
            raise _refuse("วันที่รับรองรายงานต้องไม่ก่อนวันประชุม", "Minutes cannot be adopted before the meeting", "minutes_adopted_on")
        meeting.adopted_in_meeting_id = adopted_in_meeting_id
        meeting.minutes_adopted_on = adopted_on
        meeting.adoption_amendments = clean_user_text(amendments, "amendments") if adopted_on else ""


def record_sent_to_province(database: Database, meeting_id: int, sent_on: date | None, user_name: str) -> date | None:
    """The date a copy of the minutes went to the provincial health office (None clears it); returns the
    date it had."""
    with database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        if sent_on is not None and sent_on < meeting.meeting_date:
            raise _refuse("วันที่ส่งจังหวัดต้องไม่ก่อนวันประชุม", "The minutes cannot be sent before the meeting",
                          "sent_to_province_on")
        before = meeting.sent_to_province_on
        meeting.sent_to_province_on = sent_on
        return before


def attach_signed_minutes(workspace: Workspace, meeting_id: int, source: Path, user_name: str) -> AttachmentInfo:
    """Attach the scanned signed minutes (PDF or image, stored with its hash); a later scan replaces it."""
    with workspace.database.unit_of_work(user_name) as session:
        meeting = _load(session, Meeting, meeting_id)
        if meeting.status != MeetingStatus.HELD:
            raise _refuse("แนบรายงานที่ลงนามได้เมื่อประชุมแล้ว", "Attach the signed minutes once the meeting was held")
        attachment = store_file(session, workspace.attachments_dir, Path(source), PDF_AND_IMAGES)
        meeting.signed_minutes_attachment_id = attachment.id
        return info_of(attachment)


def signed_minutes_content(workspace: Workspace, meeting_id: int) -> tuple[AttachmentInfo, bytes]:
    with workspace.database.reader() as session:
        meeting = _load(session, Meeting, meeting_id)
        if meeting.signed_minutes is None:
            raise _refuse("การประชุมนี้ยังไม่มีรายงานที่ลงนามแนบไว้", "No signed minutes are attached to this meeting")
        info = info_of(meeting.signed_minutes)
    return info, read_verified(workspace.attachments_dir, info)


# --- workshops ------------------------------------------------------------------------------------------


def _workshop_row(w: Workshop) -> WorkshopRow:
    return WorkshopRow(
        w.id, w.fiscal_year, w.title, w.start_date, w.end_date, w.topic, w.organiser, w.place, w.committee_members,
        w.tambon_committee_members, w.health_staff, w.other_participants, w.outcomes, w.issue_id,
    )


def _apply_workshop(session: Session, row: Workshop, workshop: WorkshopInput) -> None:
    _check_date_in_range(workshop.start_date, "start_date")
    if workshop.end_date < workshop.start_date:
        raise _refuse("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม", "The end date cannot be before the start date", "end_date")
    if workshop.issue_id is not None:
        _load_issue(session, workshop.issue_id)
    row.title = _required(workshop.title, "workshop_title")
    row.start_date, row.end_date = workshop.start_date, workshop.end_date
    row.fiscal_year = fiscal_year_of(workshop.start_date)
    row.topic = clean_user_text(workshop.topic, "workshop_topic")
    row.organiser = clean_user_text(workshop.organiser, "organiser")
    row.place = clean_user_text(workshop.place, "place")
    for name, label_th, label_en in (
        ("committee_members", "จำนวนกรรมการ พชอ.", "District committee members"),
        ("tambon_committee_members", "จำนวนกรรมการ พชต.", "Tambon committee members"),
        ("health_staff", "จำนวนเจ้าหน้าที่สาธารณสุข", "Health staff"),
        ("other_participants", "จำนวนผู้เข้าร่วมอื่น ๆ", "Other participants"),
    ):
        setattr(row, name, _count(getattr(workshop, name), label_th, label_en, MAX_PARTICIPANTS))
    row.outcomes = clean_user_text(workshop.outcomes, "workshop_outcomes")
    row.issue_id = workshop.issue_id


def save_workshop(database: Database, workshop: WorkshopInput, user_name: str, workshop_id: int | None = None) -> int:
    """Add a workshop (``workshop_id`` None) or change one; returns its id."""
    with database.unit_of_work(user_name) as session:
        row = Workshop() if workshop_id is None else _load(session, Workshop, workshop_id)
        _apply_workshop(session, row, workshop)
        session.add(row)
        session.flush()
        return row.id


def delete_workshop(database: Database, workshop_id: int, user_name: str) -> WorkshopRow:
    """Delete a workshop; returns it as it was (for undo)."""
    with database.unit_of_work(user_name) as session:
        row = _load(session, Workshop, workshop_id)
        before = _workshop_row(row)
        session.delete(row)
        return before


def workshops_of_year(database: Database, fiscal_year: int) -> list[WorkshopRow]:
    with database.reader() as session:
        query = select(Workshop).where(Workshop.fiscal_year == fiscal_year).order_by(Workshop.start_date, Workshop.id)
        return [_workshop_row(w) for w in session.scalars(query)]
