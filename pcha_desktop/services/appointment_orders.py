"""Appointment orders (คำสั่งแต่งตั้งคณะกรรมการ): draft, edit, issue, revise, history, PDF.

A committee has at most one draft at a time. Issuing freezes the order: the members on the committee on
the order date are copied, in the traditional order of roles, into ``appointment_order_member``; from then
on the order never changes (the service refuses, and database triggers abort any change). Only the date a
copy was sent to the provincial health office and the scanned signed copy may still be recorded.

When the members change after an order was issued, ``prepare_revision`` makes a new draft that cancels and
replaces the latest issued order ("ให้ยกเลิกคำสั่งอำเภอ… ที่ … ลงวันที่ …"). The order in force on a date
is the latest issued order dated on or before it.

Order numbers ("ที่ 245/2563") belong to the calendar BE year of the order date, and restart each year; the
real number comes from the district office's register, so ours is a suggestion the secretary can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcha_desktop.domain.committee_terms import CommitteeKind, CommitteeRole, OrderStatus, Sector
from pcha_desktop.domain.committee_rules import (
    REGULATION,
    CompositionWarning,
    ROLE_LABELS_EN,
    ROLE_LABELS_TH,
    cancellation_text,
    next_running_number,
    order_be_year,
    order_number,
    role_rank,
)
from pcha_desktop.domain.thai_calendar import DateStyle, format_english_date, format_thai_date
from pcha_desktop.domain.thai_text import learn_names
from pcha_desktop.services.attachments import (
    PDF_AND_IMAGES,
    AttachmentInfo,
    info_of,
    read_verified,
    store_file,
)
from pcha_desktop.services.committees import (
    MemberRow,
    load_committee,
    load_profile,
    member_row,
    memberships_of,
    warnings_of,
)
from pcha_desktop.services.demo_marker import is_demo_database
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    AppointmentOrder,
    AppointmentOrderMember,
    Committee,
    DistrictProfile,
    QualityOfLifeIssue,
    utc_now,
)

DEFAULT_EFFECTIVE_CLAUSE = "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
DRAFT_NUMBER_BLANK = " " * 12
"""A draft prints "ที่      /2564": the office writes the register's number in when it is issued."""
DEFAULT_DUTIES_HEADING = "โดยให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้"

DISTRICT_DUTIES = (
    "บูรณาการและประสานความร่วมมือในการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่ ระหว่างหน่วยงานภาครัฐ"
    " องค์กรปกครองส่วนท้องถิ่น ภาคเอกชน และภาคประชาชน โดยยึดหลักพื้นที่เป็นฐาน ประชาชนเป็นศูนย์กลาง",
    "วิเคราะห์สภาพปัญหาและความต้องการของประชาชนในพื้นที่ และกำหนดประเด็นการพัฒนาคุณภาพชีวิตของอำเภอ"
    " อย่างน้อยปีละ 2 ประเด็น",
    "จัดทำแผนพัฒนาคุณภาพชีวิตระดับอำเภอ และขับเคลื่อนการดำเนินงานตามแผนให้บรรลุเป้าหมาย"
    " โดยใช้ทรัพยากรร่วมกันทั้งคน เงิน ของ ความรู้ และข้อมูล",
    "ติดตาม กำกับ และประเมินผลการดำเนินงาน และรายงานผลต่อคณะกรรมการพัฒนาคุณภาพชีวิตระดับจังหวัด",
    "แต่งตั้งคณะกรรมการขับเคลื่อนรายประเด็น คณะอนุกรรมการ หรือคณะทำงาน ตามความจำเป็น",
    "ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย",
)
ISSUE_DUTIES = (
    "วิเคราะห์สถานการณ์ กำหนดเป้าหมาย และกลุ่มเป้าหมายของการดำเนินงานประเด็น{issue}",
    "จัดทำแผนงานและโครงการขับเคลื่อนประเด็น โดยบูรณาการทรัพยากรของทุกภาคส่วนในพื้นที่",
    "ดำเนินงาน ติดตาม และประเมินผลตามแผน รวมทั้งประเมินตนเองตามองค์ประกอบ UCCARE",
    "รายงานผลการดำเนินงานต่อคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}",
    "ปฏิบัติงานอื่นตามที่คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}มอบหมาย",
)
TAMBON_DUTIES = (
    "วิเคราะห์ปัญหาและความต้องการของประชาชนในตำบล และจัดทำแผนพัฒนาคุณภาพชีวิตระดับตำบล",
    "ขับเคลื่อนการดำเนินงานตามประเด็นของอำเภอและประเด็นของพื้นที่",
    "ประสานความร่วมมือกับหน่วยงานและภาคีเครือข่ายในตำบล",
    "ติดตามและรายงานผลการดำเนินงานต่อคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}",
    "ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย",
)

if TYPE_CHECKING:  # ReportLab loads only when an order is printed
    from pcha_desktop.exports.appointment_order_pdf import AppointmentOrderDocument, OrderRoleGroup


class OrderAlreadyIssued(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            "คำสั่งนี้ออกแล้ว แก้ไขไม่ได้ หากสมาชิกเปลี่ยน ให้จัดทำคำสั่งฉบับใหม่แทน",
            "This order has been issued and cannot change; prepare a new order that replaces it",
        )


# --- data out -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderSummary:
    id: int
    committee_id: int
    committee_name: str
    status: OrderStatus
    running_number: int | None
    be_year: int
    number: str  # "245/2563", or "" before a number is given
    order_date: date
    subject: str
    signer_name: str
    signer_position: str
    replaces_order_id: int | None
    replaced_by_order_id: int | None
    issued_at: object | None  # datetime (UTC)
    sent_to_province_on: date | None
    signed_copy: AttachmentInfo | None

    @property
    def is_issued(self) -> bool:
        return self.status == OrderStatus.ISSUED


@dataclass(frozen=True)
class OrderMemberRow:
    role: CommitteeRole
    full_name: str
    position: str
    organisation: str
    sector: Sector
    membership_id: int | None
    person_id: int | None

    @property
    def role_label_th(self) -> str:
        return ROLE_LABELS_TH[self.role]

    @property
    def role_label_en(self) -> str:
        return ROLE_LABELS_EN[self.role]


@dataclass(frozen=True)
class OrderDetail:
    summary: OrderSummary
    issuing_office: str
    preamble: str
    cancellation_text: str
    duties_heading: str
    duties: tuple[str, ...]
    effective_clause: str
    members: tuple[OrderMemberRow, ...]
    """Issued: the frozen list. Draft: a preview of the members on the order date."""


@dataclass(frozen=True)
class CommitteeOnDate:
    """Who was on the committee on a date, and the order in force then."""

    on_date: date
    members: tuple[MemberRow, ...]
    order: OrderSummary | None
    order_members: tuple[OrderMemberRow, ...]


@dataclass(frozen=True)
class CommitteeOverview:
    """What the committees screen shows of a committee, read at once: who was on it on a date with the order
    in force then (`who_was_on`), the composition warnings on that date (`composition_warnings`), and whether
    today's members need a new order (`needs_new_order`)."""

    on_date: CommitteeOnDate
    warnings: list[CompositionWarning]
    needs_new_order: bool
    # When a new order is needed (else None): the latest issued order and the draft waiting, if any.
    latest_issued: OrderSummary | None = None
    draft: OrderSummary | None = None


@dataclass(frozen=True)
class OrderDraftChanges:
    """Fields to change in a draft; None leaves a field as it is."""

    running_number: int | None = None
    order_date: date | None = None
    subject: str | None = None
    preamble: str | None = None
    cancellation_text: str | None = None
    duties_heading: str | None = None
    duties: tuple[str, ...] | None = None
    effective_clause: str | None = None
    signer_name: str | None = None
    signer_position: str | None = None


# --- conversions ----------------------------------------------------------------------------------------


def _summary(session: Session, order: AppointmentOrder) -> OrderSummary:
    replaced_by = session.scalars(
        select(AppointmentOrder.id).where(AppointmentOrder.replaces_order_id == order.id)
        .where(AppointmentOrder.status == OrderStatus.ISSUED)
    ).first()
    number = order_number(order.running_number, order.be_year) if order.running_number else ""
    return OrderSummary(
        id=order.id, committee_id=order.committee_id, committee_name=order.committee.name, status=order.status,
        running_number=order.running_number, be_year=order.be_year, number=number, order_date=order.order_date,
        subject=order.subject, signer_name=order.signer_name, signer_position=order.signer_position,
        replaces_order_id=order.replaces_order_id, replaced_by_order_id=replaced_by, issued_at=order.issued_at,
        sent_to_province_on=order.sent_to_province_on,
        signed_copy=info_of(order.signed_copy) if order.signed_copy is not None else None,
    )


def _frozen_member_row(member: AppointmentOrderMember) -> OrderMemberRow:
    return OrderMemberRow(
        member.role, member.full_name, member.position, member.organisation, member.sector,
        member.membership_id, member.person_id,
    )


def _live_member_row(member: MemberRow) -> OrderMemberRow:
    return OrderMemberRow(
        member.role, member.full_name, member.position, member.organisation, member.sector,
        member.membership_id, member.person_id,
    )


def _members_on(session: Session, committee_id: int, day: date) -> list[MemberRow]:
    return _current(_rows_of(session, committee_id), day)


def _current(rows: list[MemberRow], day: date) -> list[MemberRow]:
    """The rows on ``day``, in the document's order."""
    current = [row for row in rows if row.is_on(day)]
    return sorted(current, key=lambda row: (role_rank(row.role), row.sort_order, row.membership_id))


def _order_members(session: Session, order: AppointmentOrder) -> tuple[OrderMemberRow, ...]:
    if order.status == OrderStatus.ISSUED:
        return tuple(_frozen_member_row(member) for member in order.members)
    return tuple(_live_member_row(row) for row in _members_on(session, order.committee_id, order.order_date))


def _detail(session: Session, order: AppointmentOrder) -> OrderDetail:
    return OrderDetail(
        summary=_summary(session, order), issuing_office=order.issuing_office, preamble=order.preamble,
        cancellation_text=order.cancellation_text, duties_heading=order.duties_heading,
        duties=tuple(line for line in order.duties.splitlines() if line.strip()),
        effective_clause=order.effective_clause, members=_order_members(session, order),
    )


def _load_order(session: Session, order_id: int) -> AppointmentOrder:
    order = session.get(AppointmentOrder, order_id)
    if order is None:
        raise UserFacingError("ไม่พบคำสั่งนี้", "No such order", field="order_id")
    return order


def _load_draft(session: Session, order_id: int) -> AppointmentOrder:
    order = _load_order(session, order_id)
    if order.status != OrderStatus.DRAFT:
        raise OrderAlreadyIssued()
    return order


def _issued_orders(session: Session, committee_id: int) -> list[AppointmentOrder]:
    query = (
        select(AppointmentOrder)
        .where(AppointmentOrder.committee_id == committee_id, AppointmentOrder.status == OrderStatus.ISSUED)
        .order_by(AppointmentOrder.order_date, AppointmentOrder.issued_at, AppointmentOrder.id)
    )
    return list(session.scalars(query))


def _latest_issued(session: Session, committee_id: int) -> AppointmentOrder | None:
    issued = _issued_orders(session, committee_id)
    return issued[-1] if issued else None


def _draft_of(session: Session, committee_id: int) -> AppointmentOrder | None:
    query = select(AppointmentOrder).where(
        AppointmentOrder.committee_id == committee_id, AppointmentOrder.status == OrderStatus.DRAFT
    )
    return session.scalars(query).first()


# --- default texts --------------------------------------------------------------------------------------


def _issue_of(session: Session, committee: Committee) -> QualityOfLifeIssue | None:
    return session.get(QualityOfLifeIssue, committee.issue_id) if committee.issue_id else None


def default_preamble(session: Session, committee: Committee, profile: DistrictProfile) -> str:
    district = profile.district_name
    if committee.kind == CommitteeKind.ISSUE_SUBCOMMITTEE:
        issue = _issue_of(session, committee)
        topic = f"ประเด็น{issue.title} ประจำปีงบประมาณ พ.ศ. {issue.fiscal_year}" if issue else "ประเด็นการพัฒนา"
        first = (
            f"ตามที่คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district} ได้กำหนด{topic}"
            " เป็นประเด็นการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่ นั้น"
        )
    elif committee.kind == CommitteeKind.TAMBON:
        first = (
            f"ตามที่{REGULATION} กำหนดให้มีกลไกการพัฒนาคุณภาพชีวิตในระดับพื้นที่ และอำเภอ{district}"
            " ได้ส่งเสริมให้ทุกตำบลมีคณะกรรมการและแผนพัฒนาคุณภาพชีวิตของตำบล นั้น"
        )
    else:
        first = (
            f"ตามที่{REGULATION} กำหนดให้มีคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ เพื่อบูรณาการการทำงานร่วมกัน"
            " ระหว่างภาครัฐ ภาคเอกชน และภาคประชาชน ในการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่"
            " โดยยึดหลักพื้นที่เป็นฐาน ประชาชนเป็นศูนย์กลาง นั้น"
        )
    second = (
        f"เพื่อให้การพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่อำเภอ{district} เป็นไปอย่างมีประสิทธิภาพและต่อเนื่อง"
        f" อาศัยอำนาจตามความใน{REGULATION} จึงแต่งตั้ง{committee.name} ประกอบด้วย"
    )
    return f"{first}\n{second}"


def default_duties(session: Session, committee: Committee, profile: DistrictProfile) -> tuple[str, ...]:
    templates = {
        CommitteeKind.DISTRICT: DISTRICT_DUTIES,
        CommitteeKind.ISSUE_SUBCOMMITTEE: ISSUE_DUTIES,
        CommitteeKind.TAMBON: TAMBON_DUTIES,
    }[committee.kind]
    issue = _issue_of(session, committee)
    values = {"district": profile.district_name, "issue": issue.title if issue else ""}
    return tuple(template.format(**values) for template in templates)


def default_subject(committee: Committee) -> str:
    return f"แต่งตั้ง{committee.name}"


# --- numbers --------------------------------------------------------------------------------------------


def _used_numbers(session: Session) -> list[tuple[int, int]]:
    query = select(AppointmentOrder.be_year, AppointmentOrder.running_number).where(
        AppointmentOrder.running_number.is_not(None)
    )
    return [(year, number) for year, number in session.execute(query) if number is not None]


def suggest_running_number(database: Database, order_date: date) -> int:
    """The next running number of the order date's BE year (restarting at 1 each year)."""
    with database.reader() as session:
        return next_running_number(_used_numbers(session), order_be_year(order_date))


# --- drafting -------------------------------------------------------------------------------------------


def _create_draft(
    session: Session, committee_id: int, order_date: date, running_number: int | None
) -> AppointmentOrder:
    committee = load_committee(session, committee_id)
    if _draft_of(session, committee_id) is not None:
        raise UserFacingError(
            "คณะกรรมการนี้มีร่างคำสั่งอยู่แล้ว กรุณาแก้ไขร่างเดิมหรือออกคำสั่งก่อน",
            "This committee already has a draft order; edit or issue it first",
        )
    profile = load_profile(session)
    replaced = _latest_issued(session, committee_id)
    be_year = order_be_year(order_date)
    if running_number is None:
        running_number = next_running_number(_used_numbers(session), be_year)
    order = AppointmentOrder(
        committee=committee, status=OrderStatus.DRAFT, running_number=running_number, be_year=be_year,
        order_date=order_date, issuing_office=f"อำเภอ{profile.district_name}", subject=default_subject(committee),
        preamble=default_preamble(session, committee, profile), duties_heading=DEFAULT_DUTIES_HEADING,
        duties="\n".join(default_duties(session, committee, profile)), effective_clause=DEFAULT_EFFECTIVE_CLAUSE,
        signer_name=profile.district_chief_name, signer_position=f"นายอำเภอ{profile.district_name}",
        replaces_order_id=replaced.id if replaced else None,
        cancellation_text=_cancellation_of(replaced) if replaced else "",
    )
    session.add(order)
    session.flush()
    return order


def _cancellation_of(replaced: AppointmentOrder) -> str:
    assert replaced.running_number is not None
    return cancellation_text(
        replaced.issuing_office, replaced.running_number, replaced.be_year, replaced.order_date, replaced.subject
    )


def draft_order(database: Database, committee_id: int, order_date: date, user_name: str,
                running_number: int | None = None) -> int:
    """A new draft with default texts and a suggested number; if the committee already has an issued
    order, the draft replaces the latest one (as ``prepare_revision``). Returns the order id."""
    with database.unit_of_work(user_name) as session:
        return _create_draft(session, committee_id, order_date, running_number).id


def prepare_revision(database: Database, committee_id: int, order_date: date, user_name: str,
                     running_number: int | None = None) -> int:
    """After members changed: a draft that cancels and replaces the latest issued order. Returns its id
    (the existing draft's id if there already is one)."""
    with database.unit_of_work(user_name) as session:
        if _latest_issued(session, committee_id) is None:
            raise UserFacingError(
                "คณะกรรมการนี้ยังไม่มีคำสั่งที่ออกแล้ว กรุณาจัดทำคำสั่งแต่งตั้งฉบับแรก",
                "This committee has no issued order yet; draft the first appointment order",
            )
        existing = _draft_of(session, committee_id)
        if existing is not None:
            return existing.id
        return _create_draft(session, committee_id, order_date, running_number).id


def current_draft(database: Database, committee_id: int) -> OrderSummary | None:
    with database.reader() as session:
        draft = _draft_of(session, committee_id)
        return _summary(session, draft) if draft is not None else None


def _apply_text_changes(order: AppointmentOrder, changes: OrderDraftChanges) -> None:
    for name in ("subject", "preamble", "cancellation_text", "duties_heading", "effective_clause",
                 "signer_name", "signer_position"):
        value = getattr(changes, name)
        if value is not None:
            setattr(order, name, clean_user_text(value, name))
    if changes.duties is not None:
        duties = [clean_user_text(duty, "duty") for duty in changes.duties]
        order.duties = "\n".join(duty for duty in duties if duty)


def edit_draft(database: Database, order_id: int, changes: OrderDraftChanges, user_name: str) -> None:
    if changes.running_number is not None and changes.running_number <= 0:
        raise UserFacingError("เลขที่คำสั่งต้องเป็นจำนวนเต็มบวก", "The order number must be a positive whole number",
                              field="running_number")
    with database.unit_of_work(user_name) as session:
        order = _load_draft(session, order_id)
        if changes.running_number is not None:
            order.running_number = changes.running_number
        if changes.order_date is not None:
            order.order_date = changes.order_date
            order.be_year = order_be_year(changes.order_date)
        _apply_text_changes(order, changes)


def delete_draft(database: Database, order_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        session.delete(_load_draft(session, order_id))


# --- issuing --------------------------------------------------------------------------------------------


def _refuse(message_th: str, message_en: str, field: str | None = None) -> UserFacingError:
    return UserFacingError(message_th, message_en, field=field)


def _check_issuable(session: Session, order: AppointmentOrder, members: list[MemberRow]) -> None:
    if not order.running_number:
        raise _refuse("กรุณากรอกเลขที่คำสั่ง", "Please enter the order number", "running_number")
    taken = session.scalars(
        select(AppointmentOrder.id).where(
            AppointmentOrder.status == OrderStatus.ISSUED, AppointmentOrder.be_year == order.be_year,
            AppointmentOrder.running_number == order.running_number,
        )
    ).first()
    if taken is not None:
        raise _refuse(f"เลขที่คำสั่ง {order.running_number}/{order.be_year} ถูกใช้แล้ว",
                      f"Order number {order.running_number}/{order.be_year} is already used", "running_number")
    if not order.subject.strip():
        raise _refuse("กรุณากรอกเรื่องของคำสั่ง", "Please enter the subject", "subject")
    if not order.signer_name.strip():
        raise _refuse("กรุณากรอกชื่อผู้ลงนาม", "Please enter the signer's name", "signer_name")
    if not members:
        raise _refuse(f"ไม่มีกรรมการในวันที่ {format_thai_date(order.order_date)} กรุณาเพิ่มรายชื่อกรรมการก่อน",
                      f"Nobody is on the committee on {format_english_date(order.order_date)}; add the members first")
    _check_still_replaces_latest(session, order)


def _check_still_replaces_latest(session: Session, order: AppointmentOrder) -> None:
    latest = _latest_issued(session, order.committee_id)
    if (latest.id if latest else None) != order.replaces_order_id:
        raise _refuse("มีคำสั่งฉบับอื่นออกหลังจากจัดทำร่างนี้ กรุณาลบร่างนี้และจัดทำใหม่",
                      "Another order was issued after this draft was made; delete the draft and make a new one")
    if latest is not None and order.order_date < latest.order_date:
        raise _refuse(f"วันที่ของคำสั่งต้องไม่อยู่ก่อนคำสั่งที่ยกเลิก ({format_thai_date(latest.order_date)})",
                      "The order cannot be dated before the order it replaces", "order_date")


def issue_order(database: Database, order_id: int, user_name: str) -> OrderDetail:
    """Freeze the draft: copy the members on the order date, in document order, and mark it issued."""
    with database.unit_of_work(user_name) as session:
        order = _load_draft(session, order_id)
        members = _members_on(session, order.committee_id, order.order_date)
        _check_issuable(session, order, members)
        for position, member in enumerate(members):
            session.add(
                AppointmentOrderMember(
                    order=order, membership_id=member.membership_id, person_id=member.person_id,
                    sort_order=position, role=member.role, sector=member.sector, full_name=member.full_name,
                    position=member.position, organisation=member.organisation,
                )
            )
        session.flush()  # the members go in while the order is still a draft (the triggers allow only that)
        order.status = OrderStatus.ISSUED
        order.issued_at = utc_now()
        session.flush()
        session.refresh(order)
        return _detail(session, order)


def record_sent_to_province(database: Database, order_id: int, sent_on: date | None, user_name: str) -> None:
    """The date a copy went to the provincial health office (None clears it)."""
    with database.unit_of_work(user_name) as session:
        order = _load_order(session, order_id)
        if order.status != OrderStatus.ISSUED:
            raise _refuse("ส่งสำเนาได้เฉพาะคำสั่งที่ออกแล้ว", "Only an issued order can be sent", "sent_to_province_on")
        if sent_on is not None and sent_on < order.order_date:
            raise _refuse("วันที่ส่งสำเนาต้องไม่อยู่ก่อนวันที่ของคำสั่ง", "The copy cannot be sent before the order date",
                          "sent_to_province_on")
        order.sent_to_province_on = sent_on


def attach_signed_copy(workspace: Workspace, order_id: int, source: Path, user_name: str) -> AttachmentInfo:
    """Attach the scanned signed order (PDF or image); a later scan replaces the earlier one."""
    with workspace.database.unit_of_work(user_name) as session:
        order = _load_order(session, order_id)
        if order.status != OrderStatus.ISSUED:
            raise _refuse("แนบสำเนาที่ลงนามได้เฉพาะคำสั่งที่ออกแล้ว", "Attach the signed copy after issuing the order")
        attachment = store_file(session, workspace.attachments_dir, source, PDF_AND_IMAGES)
        order.signed_copy_attachment_id = attachment.id
        return info_of(attachment)


def signed_copy_content(workspace: Workspace, order_id: int) -> tuple[AttachmentInfo, bytes]:
    """The scanned signed order, checked against its hash (AttachmentDamaged if it does not match)."""
    with workspace.database.reader() as session:
        order = _load_order(session, order_id)
        if order.signed_copy is None:
            raise _refuse("คำสั่งนี้ยังไม่มีสำเนาที่ลงนามแนบไว้", "No signed copy is attached to this order")
        info = info_of(order.signed_copy)
    return info, read_verified(workspace.attachments_dir, info)


# --- history --------------------------------------------------------------------------------------------


def get_order(database: Database, order_id: int) -> OrderDetail:
    with database.reader() as session:
        return _detail(session, _load_order(session, order_id))


def orders_of(database: Database, committee_id: int) -> list[OrderSummary]:
    """The committee's orders, newest first (a draft, if any, comes first)."""
    with database.reader() as session:
        query = select(AppointmentOrder).where(AppointmentOrder.committee_id == committee_id)
        orders = list(session.scalars(query))
        orders.sort(key=lambda o: (o.status == OrderStatus.DRAFT, o.order_date, o.id), reverse=True)
        return [_summary(session, order) for order in orders]


def all_orders(database: Database) -> list[OrderSummary]:
    """Every order of every committee, newest first."""
    with database.reader() as session:
        query = select(AppointmentOrder).order_by(AppointmentOrder.order_date.desc(), AppointmentOrder.id.desc())
        return [_summary(session, order) for order in session.scalars(query)]


def latest_issued_order(database: Database, committee_id: int) -> OrderSummary | None:
    with database.reader() as session:
        latest = _latest_issued(session, committee_id)
        return _summary(session, latest) if latest is not None else None


def order_in_force_on(database: Database, committee_id: int, day: date) -> OrderSummary | None:
    """The latest issued order dated on or before ``day``."""
    with database.reader() as session:
        in_force = [o for o in _issued_orders(session, committee_id) if o.order_date <= day]
        return _summary(session, in_force[-1]) if in_force else None


def who_was_on(database: Database, committee_id: int, day: date) -> CommitteeOnDate:
    """The members on ``day`` (from the membership records) and the order in force then with its list."""
    with database.reader() as session:
        load_committee(session, committee_id)
        rows = _rows_of(session, committee_id)
        return _on_date(session, committee_id, day, rows, _issued_orders(session, committee_id))


def committee_overview(database: Database, committee_id: int, day: date, today: date) -> CommitteeOverview:
    """`who_was_on` ``day``, the composition warnings on ``day`` and `needs_new_order` on ``today`` (with the
    latest issued order and `current_draft` when it is), from one reading of the memberships and the orders
    (linear in the members)."""
    with database.reader() as session:
        committee = load_committee(session, committee_id)
        memberships = memberships_of(session, committee_id)
        rows = [member_row(m) for m in memberships]
        issued = _issued_orders(session, committee_id)
        latest = issued[-1] if issued else None
        needed = _needs_new_order(rows, latest, today)
        draft = _draft_of(session, committee_id) if needed else None
        return CommitteeOverview(
            on_date=_on_date(session, committee_id, day, rows, issued),
            warnings=warnings_of(session, committee, memberships, day),
            needs_new_order=needed,
            latest_issued=_summary(session, latest) if needed and latest is not None else None,
            draft=_summary(session, draft) if draft is not None else None,
        )


def _rows_of(session: Session, committee_id: int) -> list[MemberRow]:
    return [member_row(m) for m in memberships_of(session, committee_id)]


def _on_date(session: Session, committee_id: int, day: date, rows: list[MemberRow],
             issued: list[AppointmentOrder]) -> CommitteeOnDate:
    in_force = [o for o in issued if o.order_date <= day]
    order = in_force[-1] if in_force else None
    return CommitteeOnDate(
        on_date=day, members=tuple(_current(rows, day)), order=_summary(session, order) if order else None,
        order_members=tuple(_frozen_member_row(m) for m in order.members) if order else (),
    )


def _seat_key(row: OrderMemberRow | MemberRow) -> tuple[object, ...]:
    return (row.membership_id, row.role, row.full_name, row.position)


def needs_new_order(database: Database, committee_id: int, on_date: date | None = None) -> bool:
    """True when the members on ``on_date`` (default today) differ from the latest issued order's list,
    or there are members and no order yet: the moment to ``prepare_revision`` (or draft the first)."""
    on_date = on_date or date.today()
    with database.reader() as session:
        return _needs_new_order(_rows_of(session, committee_id), _latest_issued(session, committee_id), on_date)


def order_state_in(session: Session, committee_id: int, day: date) -> str:
    """"none" (no issued order in force on ``day``), "outdated" (its members have changed since the order in
    force) or "current": what the year's steps ask of each committee (seed 004 step 2)."""
    in_force = [order for order in _issued_orders(session, committee_id) if order.order_date <= day]
    if not in_force:
        return "none"
    return "outdated" if _needs_new_order(_rows_of(session, committee_id), in_force[-1], day) else "current"


def _needs_new_order(rows: list[MemberRow], latest: AppointmentOrder | None, on_date: date) -> bool:
    current = [_seat_key(row) for row in _current(rows, on_date)]
    if latest is None:
        return bool(current)
    return current != [_seat_key(_frozen_member_row(m)) for m in latest.members]


# --- document and PDF -----------------------------------------------------------------------------------


def _groups(members: tuple[OrderMemberRow, ...]) -> list[OrderRoleGroup]:
    from pcha_desktop.exports.appointment_order_pdf import OrderMember, OrderRoleGroup  # ReportLab: on demand

    """One group for the whole list (no headings: each line carries its role, the usual layout)."""
    return [
        OrderRoleGroup(
            heading=None,
            members=[
                OrderMember(full_name=m.full_name, position=m.position or m.organisation, role_label=m.role_label_th)
                for m in members
            ],
        )
    ]


def order_document(
    database: Database, order_id: int, thai_digits: bool = False, garuda_image: Path | None = None
) -> AppointmentOrderDocument:
    """The order as the PDF layer's plain data (a draft shows the members on its date, "ร่าง" on every
    page and no number: the number comes from the office's register when it is issued)."""
    from pcha_desktop.exports.appointment_order_pdf import AppointmentOrderDocument
    detail = get_order(database, order_id)
    summary = detail.summary
    with database.reader() as session:
        is_demo = is_demo_database(session)
    number = summary.number if summary.is_issued else f"{DRAFT_NUMBER_BLANK}/{summary.be_year}"
    learn_names([member.full_name for member in detail.members] + [summary.signer_name])
    return AppointmentOrderDocument(
        issuing_office=detail.issuing_office, number=number, subject=summary.subject, preamble=detail.preamble,
        cancels=detail.cancellation_text or None, groups=_groups(detail.members),
        duties_heading=detail.duties_heading, duties=list(detail.duties), effective_clause=detail.effective_clause,
        signed_date_text=format_thai_date(summary.order_date, DateStyle.FULL_WITH_ERA),
        signer_name=summary.signer_name, signer_position=summary.signer_position, garuda_image=garuda_image,
        thai_digits=thai_digits, is_draft=not summary.is_issued, is_demo=is_demo,
    )


def render_order_pdf(
    workspace: Workspace, order_id: int, out_path: Path, thai_digits: bool | None = None,
    garuda_image: Path | None = None,
) -> Path:
    """Write the order as a PDF; ``thai_digits`` None follows the user's preference; without
    ``garuda_image`` the emblem chosen for the workspace is used, if any. When ``out_path`` is a folder, the
    file in it is named by ``exports.file_names.order_pdf_name``. Returns the file written."""
    database = workspace.database
    if garuda_image is None:
        from pcha_desktop.services.emblem import emblem_path

        garuda_image = emblem_path(workspace)
    if thai_digits is None:
        from pcha_desktop.services.settings import user_preferences_for

        thai_digits = user_preferences_for(database).thai_digits
    from pcha_desktop.exports.appointment_order_pdf import render_appointment_order

    document = order_document(database, order_id, thai_digits=thai_digits, garuda_image=garuda_image)
    out_path = Path(out_path)
    if out_path.is_dir():
        from pcha_desktop.exports.file_names import order_pdf_name

        summary = get_order(database, order_id).summary
        out_path = out_path / order_pdf_name(summary.number, summary.subject, summary.order_date, summary.is_issued)
    return render_appointment_order(document, out_path)

