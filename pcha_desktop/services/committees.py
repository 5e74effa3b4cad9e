"""Committees and their members: the district committee (พชอ.), one subcommittee per quality-of-life issue
(คณะกรรมการขับเคลื่อนรายประเด็น), and the member handling they share.

Plain frozen dataclasses come out, ids go in; each changing function is one user action, one transaction.
Memberships are ended with a date, never deleted; the end date is the first day the person is no longer a
member (see ``domain.committee_rules``). Impossible states (two chairs at once, …) raise
``UserFacingError`` and nothing is saved; everything else the rules dislike comes back as warnings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pcha_desktop.domain.committee_rules import (
    DEFAULT_MEMBER_LIMIT,
    ROLE_LABELS_EN,
    ROLE_LABELS_TH,
    SECTOR_LABELS_EN,
    SECTOR_LABELS_TH,
    CompositionContext,
    CompositionWarning,
    ImpossibleMembership,
    MemberFacts,
    check_possible,
    composition_warnings as rule_warnings,
    document_order,
    role_rank,
)
from pcha_desktop.domain.text_input import max_length
from pcha_desktop.domain.thai_text import learn_names
from pcha_desktop.services.district_profile import require_district, the_district
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.settings import read_setting, write_setting
from pcha_desktop.storage.models import AppointmentOrder, AppointmentOrderMember, QualityOfLifeIssue
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    Committee,
    CommitteeKind,
    CommitteeMembership,
    CommitteeRole,
    DistrictProfile,
    Person,
    Sector,
)

MEMBER_LIMIT_SETTING = "district_committee_member_limit"
"""Setting key: the most members the district committee should have (unconfirmed rule: warning only)."""

MEMBER_TEXT_FIELDS = ("title", "first_name", "last_name", "position", "organisation", "phone", "email")
FIELD_LIMITS = {name: max_length(name) for name in MEMBER_TEXT_FIELDS}
"""A member's text fields and their limits (from ``domain.text_input``, the one place limits are set)."""


# --- data out -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CommitteeRow:
    id: int
    kind: CommitteeKind
    name: str
    tambon_code: str | None
    issue_id: int | None
    declared_member_count: int | None


@dataclass(frozen=True)
class IssueRow:
    id: int
    fiscal_year: int
    title: str
    sort_order: int
    subcommittee_id: int | None


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    committee_id: int
    person_id: int
    title: str
    first_name: str
    last_name: str
    full_name: str
    position: str
    organisation: str
    phone: str
    email: str
    role: CommitteeRole
    sector: Sector
    sort_order: int
    start_date: date
    end_date: date | None

    @property
    def role_label_th(self) -> str:
        return ROLE_LABELS_TH[self.role]

    @property
    def role_label_en(self) -> str:
        return ROLE_LABELS_EN[self.role]

    @property
    def sector_label_th(self) -> str:
        return SECTOR_LABELS_TH[self.sector]

    @property
    def sector_label_en(self) -> str:
        return SECTOR_LABELS_EN[self.sector]

    def is_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day < self.end_date)


# --- data in --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberInput:
    """A member as the secretary types it (person fields + seat)."""

    first_name: str
    role: CommitteeRole
    sector: Sector
    start_date: date
    title: str = ""
    last_name: str = ""
    position: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""

    def cleaned(self) -> MemberInput:
        """Spaces tidied; UserFacingError naming the field for text that may not be stored (too long,
        control characters, …: ``domain.text_input``)."""
        return replace(self, **{name: clean_user_text(getattr(self, name), name) for name in MEMBER_TEXT_FIELDS})


def validate_member_input(member: MemberInput) -> MemberInput:
    """The cleaned input, or UserFacingError naming the field (for validating as the user types)."""
    member = member.cleaned()
    if not member.first_name:
        raise UserFacingError("กรุณากรอกชื่อ", "Please enter the first name", field="first_name")
    if member.email and ("@" not in member.email or " " in member.email):
        raise UserFacingError(f"อีเมล “{member.email}” ไม่ถูกต้อง", f"“{member.email}” is not an e-mail address",
                              field="email")
    return member


# --- conversions ----------------------------------------------------------------------------------------


def committee_row(committee: Committee) -> CommitteeRow:
    return CommitteeRow(
        committee.id, committee.kind, committee.name, committee.tambon_code, committee.issue_id,
        committee.declared_member_count,
    )


def member_row(membership: CommitteeMembership) -> MemberRow:
    person = membership.person
    learn_names([person.full_name])  # printed names never break inside, on screen and on paper
    return MemberRow(
        membership_id=membership.id, committee_id=membership.committee_id, person_id=person.id,
        title=person.title, first_name=person.first_name, last_name=person.last_name,
        full_name=person.full_name, position=person.position, organisation=person.organisation,
        phone=person.phone, email=person.email, role=membership.role, sector=membership.sector,
        sort_order=membership.sort_order, start_date=membership.start_date, end_date=membership.end_date,
    )


def member_facts(membership: CommitteeMembership) -> MemberFacts:
    person = membership.person
    return MemberFacts(
        membership_id=membership.id, person_key=str(person.id) if person.id else f"new:{id(person)}",
        full_name=person.full_name, position=person.position, role=membership.role, sector=membership.sector,
        sort_order=membership.sort_order, start_date=membership.start_date, end_date=membership.end_date,
    )


# --- session-level helpers (used by other services inside their unit of work) --------------------------


def load_committee(session: Session, committee_id: int) -> Committee:
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise UserFacingError("ไม่พบคณะกรรมการนี้", "No such committee", field="committee_id")
    return committee


def load_membership(session: Session, membership_id: int) -> CommitteeMembership:
    membership = session.get(CommitteeMembership, membership_id)
    if membership is None:
        raise UserFacingError("ไม่พบรายชื่อกรรมการนี้", "No such committee member", field="membership_id")
    return membership


def load_profile(session: Session) -> DistrictProfile:
    return require_district(session)


def memberships_of(session: Session, committee_id: int) -> list[CommitteeMembership]:
    """The committee's memberships in the secretary's order, with their people (two queries, whatever the
    number of members: 2,000 members once took a query each)."""
    query = (
        select(CommitteeMembership).where(CommitteeMembership.committee_id == committee_id)
        .options(selectinload(CommitteeMembership.person))
        .order_by(CommitteeMembership.sort_order, CommitteeMembership.id)
    )
    return list(session.scalars(query))


def check_committee_possible(session: Session, committee_id: int) -> None:
    """Raise ImpossibleMembership if the committee's memberships (as flushed), in the secretary's order, are
    in an impossible state. One query for the memberships and their people; linear in the members."""
    session.flush()
    check_possible([member_facts(membership) for membership in memberships_of(session, committee_id)])


def assert_possible(session: Session, committee_id: int) -> None:
    """Raise UserFacingError if the committee's memberships (as flushed) are in an impossible state."""
    try:
        check_committee_possible(session, committee_id)
    except ImpossibleMembership as refusal:
        raise UserFacingError(refusal.message_th, refusal.message_en, field="role") from refusal


def next_sort_order(session: Session, committee_id: int) -> int:
    query = select(func.max(CommitteeMembership.sort_order)).where(CommitteeMembership.committee_id == committee_id)
    current = session.scalar(query)
    return 0 if current is None else current + 1


def _new_membership(
    committee: Committee, member: MemberInput, person: Person | None, sort_order: int
) -> CommitteeMembership:
    member = validate_member_input(member)
    if person is None:
        person = Person(
            title=member.title, first_name=member.first_name, last_name=member.last_name,
            position=member.position, organisation=member.organisation, sector=member.sector,
            phone=member.phone, email=member.email,
        )
    return CommitteeMembership(
        committee=committee, person=person, role=member.role, sector=member.sector,
        sort_order=sort_order, start_date=member.start_date,
    )


def add_member_in(session: Session, committee: Committee, member: MemberInput, person: Person | None = None) -> CommitteeMembership:
    """Add (not yet checked: call ``assert_possible`` after the last change of the action)."""
    membership = _new_membership(committee, member, person, next_sort_order(session, committee.id))
    session.add(membership)
    session.flush()
    return membership


def add_members_in(session: Session, committee: Committee, members: Sequence[MemberInput]) -> list[CommitteeMembership]:
    """Add new people at the end of the list, in this order, with one flush (an import of 2,000 rows);
    not yet checked: call ``assert_possible`` after the last change of the action."""
    first = next_sort_order(session, committee.id)
    memberships = [_new_membership(committee, member, None, first + index) for index, member in enumerate(members)]
    session.add_all(memberships)
    session.flush()
    return memberships


def member_limit(session: Session) -> int:
    raw = read_setting(session, MEMBER_LIMIT_SETTING)
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_MEMBER_LIMIT
    return value if value > 0 else DEFAULT_MEMBER_LIMIT


def get_member_limit(database: Database) -> int:
    """The most members the district committee should have (the regulation's number is unconfirmed)."""
    with database.reader() as session:
        return member_limit(session)


def set_member_limit(database: Database, limit: int, user_name: str) -> None:
    if not 1 <= limit <= 200:
        raise UserFacingError(
            "จำนวนกรรมการสูงสุดต้องอยู่ระหว่าง 1 ถึง 200 คน", "The member limit must be between 1 and 200"
        )
    with database.unit_of_work(user_name) as session:
        write_setting(session, MEMBER_LIMIT_SETTING, str(limit))


# --- committees -----------------------------------------------------------------------------------------


def find_district_committee(database: Database) -> CommitteeRow | None:
    with database.reader() as session:
        committee = _district_committee(session)
        return committee_row(committee) if committee is not None else None


def _district_committee(session: Session) -> Committee | None:
    query = select(Committee).where(Committee.kind == CommitteeKind.DISTRICT).order_by(Committee.id)
    return session.scalars(query.limit(1)).first()


def district_committee(database: Database, user_name: str) -> CommitteeRow:
    """The district committee (พชอ.), created (named after the district) the first time it is asked for."""
    existing = find_district_committee(database)
    if existing is not None:
        return existing
    with database.unit_of_work(user_name) as session:
        committee = new_district_committee(session, load_profile(session).district_name)
        return committee_row(committee or _district_committee(session))


def new_district_committee(session: Session, district_name: str) -> Committee | None:
    """The district committee created (named after the district), or None when there is one already."""
    if _district_committee(session) is not None:
        return None
    committee = Committee(kind=CommitteeKind.DISTRICT, name=f"คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district_name}")
    session.add(committee)
    session.flush()
    return committee


def get_committee(database: Database, committee_id: int) -> CommitteeRow:
    with database.reader() as session:
        return committee_row(load_committee(session, committee_id))


def rename_committee(database: Database, committee_id: int, name: str, user_name: str) -> None:
    name = clean_user_text(name, "committee_name")
    if not name:
        raise UserFacingError("กรุณากรอกชื่อคณะกรรมการ", "Please enter the committee's name", field="name")
    with database.unit_of_work(user_name) as session:
        load_committee(session, committee_id).name = name


# --- issues and their subcommittees --------------------------------------------------------------------


def _issue_row(session: Session, issue: QualityOfLifeIssue) -> IssueRow:
    query = select(Committee.id).where(Committee.issue_id == issue.id).order_by(Committee.id)
    return IssueRow(issue.id, issue.fiscal_year, issue.title, issue.sort_order, session.scalars(query).first())


def subcommittee_name(district_name: str, issue_title: str) -> str:
    return f"คณะกรรมการขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอ{district_name} ประเด็น{issue_title}"


def add_issue(database: Database, fiscal_year: int, title: str, user_name: str) -> IssueRow:
    """A quality-of-life issue of the fiscal year (BE) with its subcommittee, in one transaction."""
    title = clean_user_text(title, "issue_title")
    if not title:
        raise UserFacingError("กรุณากรอกชื่อประเด็น", "Please enter the issue's title", field="title")
    if not 2500 <= fiscal_year <= 2700:
        raise UserFacingError("ปีงบประมาณต้องเป็นปี พ.ศ.", "The fiscal year must be a BE year", field="fiscal_year")
    with database.unit_of_work(user_name) as session:
        return _issue_row(session, add_issue_in(session, fiscal_year, title))


def add_issue_in(session: Session, fiscal_year: int, title: str) -> QualityOfLifeIssue:
    """An issue (title already cleaned) last in its year, with its subcommittee, in the caller's session."""
    profile = load_profile(session)
    count = session.scalar(
        select(func.count()).select_from(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year)
    )
    issue = QualityOfLifeIssue(fiscal_year=fiscal_year, title=title, sort_order=int(count or 0))
    session.add(issue)
    session.flush()
    session.add(
        Committee(
            kind=CommitteeKind.ISSUE_SUBCOMMITTEE, name=subcommittee_name(profile.district_name, title),
            issue_id=issue.id,
        )
    )
    session.flush()
    return issue


def issues_of_year(database: Database, fiscal_year: int) -> list[IssueRow]:
    with database.reader() as session:
        query = select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year)
        issues = session.scalars(query.order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id))
        return [_issue_row(session, issue) for issue in issues]


def issue_subcommittee(database: Database, issue_id: int, user_name: str) -> CommitteeRow:
    """The issue's subcommittee, created if it is missing."""
    with database.unit_of_work(user_name) as session:
        issue = session.get(QualityOfLifeIssue, issue_id)
        if issue is None:
            raise UserFacingError("ไม่พบประเด็นนี้", "No such issue", field="issue_id")
        committee = session.scalars(select(Committee).where(Committee.issue_id == issue_id)).first()
        if committee is None:
            committee = Committee(
                kind=CommitteeKind.ISSUE_SUBCOMMITTEE,
                name=subcommittee_name(load_profile(session).district_name, issue.title), issue_id=issue_id,
            )
            session.add(committee)
            session.flush()
        return committee_row(committee)


def subcommittees(database: Database, fiscal_year: int) -> list[CommitteeRow]:
    with database.reader() as session:
        query = (
            select(Committee)
            .join(QualityOfLifeIssue, Committee.issue_id == QualityOfLifeIssue.id)
            .where(QualityOfLifeIssue.fiscal_year == fiscal_year)
            .order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id)
        )
        return [committee_row(committee) for committee in session.scalars(query)]


# --- members --------------------------------------------------------------------------------------------


def add_member(
    database: Database, committee_id: int, member: MemberInput, user_name: str, existing_person_id: int | None = None
) -> int:
    """Add a member at the end of the list; returns the membership id. ``existing_person_id`` reuses a
    person already known (e.g. sitting on another committee) instead of creating a new one."""
    with database.unit_of_work(user_name) as session:
        committee = load_committee(session, committee_id)
        person = None
        if existing_person_id is not None:
            person = session.get(Person, existing_person_id)
            if person is None:
                raise UserFacingError("ไม่พบบุคคลนี้", "No such person", field="person_id")
        membership = add_member_in(session, committee, member, person)
        assert_possible(session, committee_id)
        return membership.id


def edit_member(database: Database, membership_id: int, member: MemberInput, user_name: str) -> None:
    """Correct a member's details, role, sector or start date (a typing mistake, not a change of people:
    for a new person in a seat use ``replace_member``)."""
    member = validate_member_input(member)
    with database.unit_of_work(user_name) as session:
        membership = load_membership(session, membership_id)
        person = membership.person
        for name in ("title", "first_name", "last_name", "position", "organisation", "phone", "email"):
            setattr(person, name, getattr(member, name))
        person.sector = member.sector
        membership.role = member.role
        membership.sector = member.sector
        membership.start_date = member.start_date
        assert_possible(session, membership.committee_id)


def end_membership(database: Database, membership_id: int, end_date: date, user_name: str) -> None:
    """End a membership: ``end_date`` is the first day the person is no longer a member."""
    with database.unit_of_work(user_name) as session:
        membership = load_membership(session, membership_id)
        if end_date < membership.start_date:
            raise UserFacingError(
                "วันที่พ้นจากตำแหน่งต้องไม่อยู่ก่อนวันที่เริ่มเป็นกรรมการ",
                "The end date cannot be before the start date",
                field="end_date",
            )
        membership.end_date = end_date
        assert_possible(session, membership.committee_id)


def replace_member(
    database: Database, membership_id: int, successor: MemberInput, on_date: date, user_name: str
) -> int:
    """A new person takes over a seat from ``on_date``: the old membership ends that day and the new one
    starts then, in the same place in the list. Returns the new membership id."""
    with database.unit_of_work(user_name) as session:
        old = load_membership(session, membership_id)
        if on_date <= old.start_date:
            raise UserFacingError(
                "วันที่เปลี่ยนตัวต้องอยู่หลังวันที่กรรมการเดิมเริ่มดำรงตำแหน่ง",
                "The change must come after the previous member's start date",
                field="start_date",
            )
        old.end_date = on_date
        session.flush()
        new = add_member_in(session, old.committee, replace(successor, start_date=on_date))
        _move_to(session, old.committee_id, new.id, _position_of(session, old.committee_id, old.id) + 1)
        assert_possible(session, old.committee_id)
        return new.id


def _position_of(session: Session, committee_id: int, membership_id: int) -> int:
    ids = [membership.id for membership in memberships_of(session, committee_id)]
    return ids.index(membership_id)


def _renumber(memberships: Sequence[CommitteeMembership]) -> None:
    for index, membership in enumerate(memberships):
        if membership.sort_order != index:
            membership.sort_order = index


def _move_to(session: Session, committee_id: int, membership_id: int, position: int) -> None:
    memberships = memberships_of(session, committee_id)
    moving = next(m for m in memberships if m.id == membership_id)
    memberships.remove(moving)
    memberships.insert(max(0, min(position, len(memberships))), moving)
    _renumber(memberships)


def move_member(database: Database, membership_id: int, steps: int, user_name: str) -> None:
    """Move up (negative steps) or down (positive) among the committee's members within the same role,
    skipping members who are no longer on the committee (the order in the document is what matters)."""
    with database.unit_of_work(user_name) as session:
        membership = load_membership(session, membership_id)
        same_role = [
            m for m in memberships_of(session, membership.committee_id)
            if m.role == membership.role and (m.end_date is None or m.id == membership.id)
        ]
        index = same_role.index(membership)
        target_index = max(0, min(index + steps, len(same_role) - 1))
        if target_index == index:
            return
        target = same_role[target_index]
        _move_to(session, membership.committee_id, membership.id,
                 _position_of(session, membership.committee_id, target.id))


def set_member_order(database: Database, committee_id: int, membership_ids: Sequence[int], user_name: str) -> None:
    """Set the order (e.g. after a drag and drop): ``membership_ids`` first, in that order, then the rest."""
    with database.unit_of_work(user_name) as session:
        memberships = memberships_of(session, committee_id)
        by_id = {membership.id: membership for membership in memberships}
        unknown = [ident for ident in membership_ids if ident not in by_id]
        if unknown or len(set(membership_ids)) != len(membership_ids):
            raise UserFacingError("รายชื่อที่จัดลำดับไม่ตรงกับคณะกรรมการนี้", "The list does not match the committee")
        chosen = [by_id[ident] for ident in membership_ids]
        _renumber(chosen + [m for m in memberships if m.id not in set(membership_ids)])


def list_members(
    database: Database, committee_id: int, on_date: date | None = None, include_ended: bool = False
) -> list[MemberRow]:
    """Members in document order (role, then the secretary's order). With ``on_date``: those on the
    committee that day; otherwise all current ones (and the ended ones too with ``include_ended``)."""
    with database.reader() as session:
        load_committee(session, committee_id)
        rows = [member_row(membership) for membership in memberships_of(session, committee_id)]
    if on_date is not None:
        rows = [row for row in rows if row.is_on(on_date)]
    elif not include_ended:
        rows = [row for row in rows if row.end_date is None]
    return _document_order_rows(rows)


def _document_order_rows(rows: list[MemberRow]) -> list[MemberRow]:
    return sorted(rows, key=lambda row: (role_rank(row.role), row.sort_order, row.membership_id))


def members_on(database: Database, committee_id: int, on_date: date) -> list[MemberRow]:
    return list_members(database, committee_id, on_date=on_date)


def composition_warnings(
    database: Database, committee_id: int, on_date: date | None = None
) -> list[CompositionWarning]:
    """The rules' warnings about the committee on ``on_date`` (default today)."""
    on_date = on_date or date.today()
    with database.reader() as session:
        committee = load_committee(session, committee_id)
        return warnings_of(session, committee, memberships_of(session, committee_id), on_date)


def warnings_of(session: Session, committee: Committee, memberships: list[CommitteeMembership],
                on_date: date) -> list[CompositionWarning]:
    """The rules' warnings about ``committee`` on ``on_date``, from its ``memberships`` (`memberships_of`)."""
    profile = the_district(session)
    context = CompositionContext(
        kind=committee.kind,
        district_chief_name=profile.district_chief_name if profile else "",
        secretary_name=profile.secretary_name if profile else "",
        member_limit=member_limit(session),
    )
    facts = [member_facts(membership) for membership in memberships]
    return rule_warnings(document_order(facts), context, on_date)


def people(database: Database) -> list[tuple[int, str, str]]:
    """(person id, full name, position) of everyone known, for choosing an existing person."""
    with database.reader() as session:
        persons = session.scalars(select(Person).order_by(Person.first_name, Person.last_name))
        return [(person.id, person.full_name, person.position) for person in persons]


# --- undoing the last changes (the undo stack of the members tab) -----------------------------------------


def member_input_of(row: MemberRow) -> MemberInput:
    """The input that would write ``row``'s details back (for undoing an edit, or adding the member again)."""
    return MemberInput(
        first_name=row.first_name, role=row.role, sector=row.sector, start_date=row.start_date, title=row.title,
        last_name=row.last_name, position=row.position, organisation=row.organisation, phone=row.phone,
        email=row.email,
    )


def member_order(database: Database, committee_id: int) -> list[int]:
    """The membership ids of the committee (ended ones too) in the secretary's order, for ``set_member_order``."""
    with database.reader() as session:
        load_committee(session, committee_id)
        return [membership.id for membership in memberships_of(session, committee_id)]


def add_members(database: Database, committee_id: int, members: Sequence[MemberInput], user_name: str) -> list[int]:
    """Add several members at the end of the list, in one transaction (all or none); their membership ids."""
    with database.unit_of_work(user_name) as session:
        committee = load_committee(session, committee_id)
        ids = [membership.id for membership in add_members_in(session, committee, members)]
        assert_possible(session, committee_id)
        return ids


def _refuse_if_listed(session: Session, membership: CommitteeMembership) -> None:
    query = (
        select(AppointmentOrder)
        .join(AppointmentOrderMember, AppointmentOrderMember.order_id == AppointmentOrder.id)
        .where(AppointmentOrderMember.membership_id == membership.id)
        .order_by(AppointmentOrder.order_date, AppointmentOrder.id)
    )
    order = session.scalars(query.limit(1)).first()
    if order is None:
        return
    number = f"{order.running_number}/{order.be_year}" if order.running_number else str(order.be_year)
    name = membership.person.full_name
    raise UserFacingError(
        f"ยกเลิกการเพิ่ม {name} ไม่ได้ เพราะมีชื่ออยู่ในคำสั่งแต่งตั้งที่ {number} ที่ออกแล้ว "
        "หากบุคคลนี้ไม่ได้เป็นกรรมการแล้ว ให้ใช้ “สิ้นสุดการเป็นกรรมการ” แทน",
        f"Adding {name} cannot be undone: they are listed in the issued appointment order No. {number}. "
        "If they are no longer a member, use “End membership” instead.",
        field="membership_id",
    )


def _withdraw_in(session: Session, membership: CommitteeMembership) -> None:
    """Delete a membership nothing refers to, and its person if nothing else refers to them."""
    _refuse_if_listed(session, membership)
    person = membership.person
    session.delete(membership)
    session.flush()
    other_memberships = session.scalar(
        select(func.count()).select_from(CommitteeMembership).where(CommitteeMembership.person_id == person.id)
    )
    in_orders = session.scalar(
        select(func.count()).select_from(AppointmentOrderMember).where(AppointmentOrderMember.person_id == person.id)
    )
    if not other_memberships and not in_orders:
        session.expire(person, ["memberships"])
        session.delete(person)
        session.flush()


def withdraw_added_memberships(database: Database, membership_ids: Sequence[int], user_name: str) -> None:
    """Undo adding memberships (e.g. an import), all or none: see ``withdraw_added_membership``."""
    with database.unit_of_work(user_name) as session:
        committees = set()
        for membership_id in membership_ids:
            membership = load_membership(session, membership_id)
            committees.add(membership.committee_id)
            _withdraw_in(session, membership)
        for committee_id in committees:
            assert_possible(session, committee_id)


def withdraw_added_membership(database: Database, membership_id: int, user_name: str) -> None:
    """Undo adding a member: delete the membership (and its person, if no other membership or order refers
    to them), in one transaction.

    Only for undoing an add made in this session (the members tab's undo). Memberships are never deleted
    in normal use: a member who leaves is ended with a date (``end_membership``), so that the committee's
    history and the orders stay true. Refused with ``UserFacingError`` (nothing changed) when an issued
    appointment order lists the membership."""
    withdraw_added_memberships(database, [membership_id], user_name)


def reopen_membership(
    database: Database, membership_id: int, user_name: str, end_date: date | None = None
) -> None:
    """Undo ending a membership: clear its end date (or set back the one it had, ``end_date``)."""
    with database.unit_of_work(user_name) as session:
        membership = load_membership(session, membership_id)
        if end_date is not None and end_date < membership.start_date:
            raise UserFacingError(
                "วันที่พ้นจากตำแหน่งต้องไม่อยู่ก่อนวันที่เริ่มเป็นกรรมการ",
                "The end date cannot be before the start date",
                field="end_date",
            )
        membership.end_date = end_date
        assert_possible(session, membership.committee_id)


def withdraw_replacement(
    database: Database, successor_id: int, predecessor_id: int, user_name: str,
    predecessor_end_date: date | None = None,
) -> None:
    """Undo ``replace_member`` in one transaction: withdraw the successor (as ``withdraw_added_membership``:
    refused when an issued order lists them) and give the predecessor back the end date they had before
    (none, usually)."""
    with database.unit_of_work(user_name) as session:
        successor = load_membership(session, successor_id)
        predecessor = load_membership(session, predecessor_id)
        _withdraw_in(session, successor)
        predecessor.end_date = predecessor_end_date
        assert_possible(session, predecessor.committee_id)
