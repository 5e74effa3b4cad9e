"""Tables of meetings (revision 0009): a committee's meetings with their agenda (five customary sections,
items with attached documents and minutes), attendance (frozen from the membership on the meeting's date),
guests, resolutions with dissenting opinions (s. 83) and follow-up actions tracked across meetings; and the
district's workshops and trainings.

The rules (numbering, quorum, the four-a-year status, carry-over) are ``domain.meetings``; the vocabulary
too. A meeting's children go with it (``ON DELETE CASCADE``); follow-ups carried into a later meeting's
agenda are referenced, never copied, so closing one closes it everywhere.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pcha_desktop.domain.committee_terms import CommitteeRole
from pcha_desktop.domain.meetings import AttendanceStatus, MeetingKind, MeetingStatus
from pcha_desktop.storage.models.base import Base, StableIdentity, enum_column
from pcha_desktop.storage.models.committees import Attachment
from pcha_desktop.storage.models.core import Committee

CASCADE = "CASCADE"
NAME_LENGTH = 200
POSITION_LENGTH = 300


def _meeting_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("meeting.id", ondelete=CASCADE), index=True)


class Meeting(StableIdentity, Base):
    """One meeting of a committee: "ครั้งที่ <number>/<fiscal_year>", numbered per committee and fiscal year
    in date order. The minutes are adopted at a later meeting (``adopted_in_meeting_id``) or on a date
    (``minutes_adopted_on``); until then they are a draft."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)  # BE, from meeting_date
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind), default=MeetingKind.REGULAR)
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    issue_id: Mapped[int | None] = mapped_column(  # the issue a subgroup meeting is about
        ForeignKey("quality_of_life_issue.id", ondelete="SET NULL"), nullable=True, index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")  # empty: the committee's name
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    chair_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    chair_position: Mapped[str] = mapped_column(String(POSITION_LENGTH), default="")
    minutes_taker_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    minutes_taker_position: Mapped[str] = mapped_column(String(POSITION_LENGTH), default="")
    minutes_checker_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    minutes_checker_position: Mapped[str] = mapped_column(String(POSITION_LENGTH), default="")
    invitation_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    invitation_reference: Mapped[str] = mapped_column(String(100), default="")  # ที่ ... of the letter
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)  # s. 80: no 3-day notice needed
    # s. 79's second rule: this meeting reconvenes a matter adjourned for want of quorum at that meeting,
    # and the invitation said a third of the members is then a quorum.
    adjourned_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True
    )
    invitation_states_third_rule: Mapped[bool] = mapped_column(Boolean, default=False)
    # adoption of these minutes (at a later meeting, with amendments if any)
    adopted_in_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True
    )
    minutes_adopted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    adoption_amendments: Mapped[str] = mapped_column(Text, default="")
    sent_to_province_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_minutes_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    committee: Mapped[Committee] = relationship()
    signed_minutes: Mapped[Attachment | None] = relationship()
    agenda_items: Mapped[list[MeetingAgendaItem]] = relationship(
        back_populates="meeting",
        order_by="(MeetingAgendaItem.section, MeetingAgendaItem.sort_order, MeetingAgendaItem.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    attendance: Mapped[list[MeetingAttendance]] = relationship(
        back_populates="meeting",
        order_by="(MeetingAttendance.sort_order, MeetingAttendance.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    guests: Mapped[list[MeetingGuest]] = relationship(
        back_populates="meeting",
        order_by="(MeetingGuest.sort_order, MeetingGuest.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        UniqueConstraint("committee_id", "fiscal_year", "number", name="uq_meeting_committee_year_number"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),
        CheckConstraint("number <> 0", name="number_not_zero"),  # negative only while renumbering
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR start_time <= end_time", name="starts_before_end"
        ),
        CheckConstraint("adjourned_meeting_id IS NULL OR adjourned_meeting_id <> id", name="not_adjourned_self"),
    )


class MeetingAgendaItem(StableIdentity, Base):
    """An item under one of the five agenda sections: its title and text (what is put to the meeting) and
    the minutes written for it. An item of agenda 3 may carry a follow-up of an earlier meeting."""

    __tablename__ = "meeting_agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    section: Mapped[int] = mapped_column(Integer)  # domain.meetings.AgendaSection, 1 to 5
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    documents: Mapped[list[MeetingAgendaDocument]] = relationship(
        back_populates="agenda_item",
        order_by="MeetingAgendaDocument.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    resolutions: Mapped[list[MeetingResolution]] = relationship(
        back_populates="agenda_item",
        order_by="(MeetingResolution.sort_order, MeetingResolution.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    carried: Mapped[AgendaFollowUp | None] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("section BETWEEN 1 AND 5", name="section_1_to_5"),)


class MeetingAgendaDocument(StableIdentity, Base):
    """A document attached to an agenda item (stored content-addressed, like orders' scans)."""

    __tablename__ = "meeting_agenda_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_agenda_item.id", ondelete=CASCADE), index=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"))
    caption: Mapped[str] = mapped_column(String(300), default="")

    agenda_item: Mapped[MeetingAgendaItem] = relationship(back_populates="documents")
    attachment: Mapped[Attachment] = relationship()


class MeetingAttendance(StableIdentity, Base):
    """A member's attendance, with name and position frozen as they were on the meeting's date (the
    minutes print them). A substitute's name and position are printed with "แทน"."""

    __tablename__ = "meeting_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    membership_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee_membership.id", ondelete="SET NULL"), nullable=True, index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(POSITION_LENGTH), default="")  # the person's position then
    role: Mapped[CommitteeRole | None] = mapped_column(enum_column(CommitteeRole), nullable=True)  # on the committee
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus), default=AttendanceStatus.ABSENT
    )
    absence_reason: Mapped[str] = mapped_column(String(300), default="")
    substitute_name: Mapped[str] = mapped_column(String(300), default="")
    substitute_position: Mapped[str] = mapped_column(String(POSITION_LENGTH), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")

    __table_args__ = (
        CheckConstraint(
            "status <> 'represented' OR length(trim(substitute_name)) > 0", name="substitute_is_named"
        ),
    )


class MeetingGuest(StableIdentity, Base):
    """A non-member attending (ผู้เข้าร่วมประชุม)."""

    __tablename__ = "meeting_guest"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(POSITION_LENGTH), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="guests")


class MeetingResolution(StableIdentity, Base):
    """มติที่ประชุม on an agenda item, with the vote when one was counted."""

    __tablename__ = "meeting_resolution"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_agenda_item.id", ondelete=CASCADE), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    votes_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    abstentions: Mapped[int | None] = mapped_column(Integer, nullable=True)

    agenda_item: Mapped[MeetingAgendaItem] = relationship(back_populates="resolutions")
    dissents: Mapped[list[ResolutionDissent]] = relationship(
        back_populates="resolution",
        order_by="ResolutionDissent.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(
        back_populates="resolution",
        order_by="FollowUpAction.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        CheckConstraint(
            "coalesce(votes_for, 0) >= 0 AND coalesce(votes_against, 0) >= 0 AND coalesce(abstentions, 0) >= 0",
            name="votes_not_negative",
        ),
    )


class ResolutionDissent(StableIdentity, Base):
    """A dissenting opinion and its reason, recorded in the minutes (s. 83)."""

    __tablename__ = "resolution_dissent"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_resolution.id", ondelete=CASCADE), index=True
    )
    member_name: Mapped[str] = mapped_column(String(300))
    opinion: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    resolution: Mapped[MeetingResolution] = relationship(back_populates="dissents")


class FollowUpAction(StableIdentity, Base):
    """Something a resolution asks someone to do by a date; open until ``closed_on``, carried into agenda 3
    of every later meeting of the committee until then."""

    __tablename__ = "follow_up_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_resolution.id", ondelete=CASCADE), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")

    resolution: Mapped[MeetingResolution] = relationship(back_populates="follow_ups")


class AgendaFollowUp(StableIdentity, Base):
    """An agenda-3 item that carries a follow-up of an earlier meeting (one follow-up, many meetings)."""

    __tablename__ = "agenda_follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_agenda_item.id", ondelete=CASCADE), unique=True
    )
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up_action.id", ondelete=CASCADE), index=True)

    agenda_item: Mapped[MeetingAgendaItem] = relationship(back_populates="carried")
    follow_up: Mapped[FollowUpAction] = relationship()


class Workshop(StableIdentity, Base):
    """A workshop or training the district ran (seed 003: an OKR workshop for 80 people); participants are
    counted by group, never named."""

    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    committee_members: Mapped[int] = mapped_column(Integer, default=0)
    tambon_committee_members: Mapped[int] = mapped_column(Integer, default=0)
    health_staff: Mapped[int] = mapped_column(Integer, default=0)
    other_participants: Mapped[int] = mapped_column(Integer, default=0)
    outcomes: Mapped[str] = mapped_column(Text, default="")
    issue_id: Mapped[int | None] = mapped_column(
        ForeignKey("quality_of_life_issue.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),
        CheckConstraint("start_date <= end_date", name="starts_before_end"),
        CheckConstraint(
            "committee_members >= 0 AND tambon_committee_members >= 0 AND health_staff >= 0"
            " AND other_participants >= 0",
            name="counts_not_negative",
        ),
    )

    @property
    def participants(self) -> int:
        return self.committee_members + self.tambon_committee_members + self.health_staff + self.other_participants
