"""Committee rules, pure (no Qt, no database): role order in documents, composition warnings, the states
that cannot be allowed, and the appointment order's number and cancellation text.

Legal basis: ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการพัฒนาคุณภาพชีวิตระดับพื้นที่ พ.ศ. 2561 (DOMAIN.md): the
district chief chairs the district committee; the district public health officer is its secretary;
members come from state agencies, local government, the private sector and civil society (confirmed).
The maximum number of members is unconfirmed: it is a setting (default ``DEFAULT_MEMBER_LIMIT``) and only
ever gives a warning.

Membership periods are half-open: a member is on the committee from ``start_date`` (inclusive) until
``end_date`` (exclusive; the first day they are no longer a member). So a replacement can start on the
day the predecessor's membership ends without two people holding one seat on any day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TypeVar

from pcha_desktop.domain.thai_calendar import ce_to_be, format_english_date, format_thai_date, to_thai_digits
from pcha_desktop.domain.committee_terms import CommitteeKind, CommitteeRole, Sector

REGULATION = "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการพัฒนาคุณภาพชีวิตระดับพื้นที่ พ.ศ. 2561"
REGULATION_EN = "Prime Minister's Office Regulation on Area-level Quality of Life Development B.E. 2561 (2018)"

DEFAULT_MEMBER_LIMIT = 21
"""Unconfirmed in the regulation (DOMAIN.md): a setting; 21 is a common reading of the district
committee's size. Exceeding it gives a warning, never a refusal."""

DISTRICT_HEALTH_OFFICER_POSITION = "สาธารณสุขอำเภอ"

# The traditional order of roles in a Thai appointment order.
ROLE_ORDER: tuple[CommitteeRole, ...] = (
    CommitteeRole.CHAIR,
    CommitteeRole.VICE_CHAIR,
    CommitteeRole.MEMBER,
    CommitteeRole.MEMBER_AND_SECRETARY,
    CommitteeRole.ASSISTANT_SECRETARY,
)

ROLE_LABELS_TH: dict[CommitteeRole, str] = {
    CommitteeRole.CHAIR: "ประธานกรรมการ",
    CommitteeRole.VICE_CHAIR: "รองประธานกรรมการ",
    CommitteeRole.MEMBER: "กรรมการ",
    CommitteeRole.MEMBER_AND_SECRETARY: "กรรมการและเลขานุการ",
    CommitteeRole.ASSISTANT_SECRETARY: "กรรมการและผู้ช่วยเลขานุการ",
}
ROLE_LABELS_EN: dict[CommitteeRole, str] = {
    CommitteeRole.CHAIR: "Chair",
    CommitteeRole.VICE_CHAIR: "Vice chair",
    CommitteeRole.MEMBER: "Member",
    CommitteeRole.MEMBER_AND_SECRETARY: "Member and secretary",
    CommitteeRole.ASSISTANT_SECRETARY: "Assistant secretary",
}
SECTOR_LABELS_TH: dict[Sector, str] = {
    Sector.STATE: "ภาครัฐ",
    Sector.LOCAL_GOVERNMENT: "องค์กรปกครองส่วนท้องถิ่น",
    Sector.PRIVATE: "ภาคเอกชน",
    Sector.CIVIL_SOCIETY: "ภาคประชาชน",
}
SECTOR_LABELS_EN: dict[Sector, str] = {
    Sector.STATE: "State agency",
    Sector.LOCAL_GOVERNMENT: "Local government",
    Sector.PRIVATE: "Private sector",
    Sector.CIVIL_SOCIETY: "Civil society",
}

# Titles that may precede a Thai name, longest first so that "นางสาว" is not read as "นาง" + "สาว…".
PERSON_TITLES: tuple[str, ...] = tuple(
    sorted(
        {
            "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "ดร.", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
            "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.", "ทันตแพทย์", "ทันตแพทย์หญิง", "ทพ.", "ทพญ.",
            "เภสัชกร", "เภสัชกรหญิง", "ภก.", "ภญ.", "ศ.", "รศ.", "ผศ.", "ศาสตราจารย์", "รองศาสตราจารย์",
            "ผู้ช่วยศาสตราจารย์", "พระครู", "พระมหา",
            "พลตำรวจตรี", "พลตำรวจโท", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี", "ร้อยตำรวจเอก",
            "ร้อยตำรวจโท", "ร้อยตำรวจตรี", "ดาบตำรวจ", "จ่าสิบตำรวจ", "สิบตำรวจเอก",
            "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.",
            "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
            "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ่าสิบเอก", "จ.ส.อ.",
            "นาวาเอก", "นาวาโท", "นาวาตรี", "เรือเอก", "เรือโท", "เรือตรี", "น.อ.", "น.ท.", "น.ต.",
            "Mr.", "Mrs.", "Ms.", "Miss", "Dr.",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip

_SPACES = re.compile(r"[\s\u200b\u00a0]+")


# --- member facts ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need to know of one membership (services build these from the tables)."""

    membership_id: int | None
    person_key: str  # identifies a person (id as text, or a normalised name for new rows)
    full_name: str  # with title, as printed
    position: str
    role: CommitteeRole
    sector: Sector
    sort_order: int
    start_date: date
    end_date: date | None = None

    def is_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day < self.end_date)


M = TypeVar("M", bound=MemberFacts)


def role_rank(role: CommitteeRole) -> int:
    return ROLE_ORDER.index(role)


def document_order(members: Iterable[M]) -> list[M]:
    """Members in the traditional order of roles; within a role, by their sort order."""
    return sorted(members, key=lambda member: (role_rank(member.role), member.sort_order))


def group_by_role(members: Iterable[M]) -> list[tuple[CommitteeRole, list[M]]]:
    """(role, members) for each role that has members, in the traditional order."""
    ordered = document_order(members)
    groups = [(role, [member for member in ordered if member.role == role]) for role in ROLE_ORDER]
    return [(role, group) for role, group in groups if group]


def members_on(members: Iterable[M], day: date) -> list[M]:
    return [member for member in members if member.is_on(day)]


# --- names --------------------------------------------------------------------------------------------


def split_title(name: str) -> tuple[str, str]:
    """("นาย", "สมชาย ใจดี") from "นายสมชาย ใจดี" or "นาย สมชาย ใจดี"; ("", name) when there is no title.
    Several titles are kept together ("ว่าที่ร้อยตรี ดร.")."""
    rest = _SPACES.sub(" ", name).strip()
    titles: list[str] = []
    while True:
        title = next((t for t in PERSON_TITLES if rest.startswith(t) and len(rest) > len(t)), None)
        if title is None:
            break
        titles.append(title)
        rest = rest[len(title) :].lstrip()
    return "".join(titles), rest


def normalise_name(name: str) -> str:
    """A name without titles and spaces, for comparing "นายวรวุฒิ  ทองประเสริฐ" with "วรวุฒิ ทองประเสริฐ"."""
    _title, rest = split_title(name)
    return _SPACES.sub("", rest).casefold()


def same_person_name(first: str, second: str) -> bool:
    if not first.strip() or not second.strip():
        return False
    return normalise_name(first) == normalise_name(second) or _SPACES.sub("", first) == _SPACES.sub("", second)


# --- composition warnings ----------------------------------------------------------------------------


class WarningCode(str, Enum):
    NO_CHAIR = "no_chair"
    CHAIR_NOT_DISTRICT_CHIEF = "chair_not_district_chief"
    NO_SECRETARY = "no_secretary"
    SECRETARY_NOT_HEALTH_OFFICER = "secretary_not_health_officer"
    SECTOR_MISSING = "sector_missing"
    TOO_MANY_MEMBERS = "too_many_members"


@dataclass(frozen=True)
class CompositionWarning:
    code: WarningCode
    message_th: str
    message_en: str
    rule_reference: str


@dataclass(frozen=True)
class CompositionContext:
    kind: CommitteeKind
    district_chief_name: str = ""
    secretary_name: str = ""
    member_limit: int = DEFAULT_MEMBER_LIMIT


def _warning(code: WarningCode, message_th: str, message_en: str) -> CompositionWarning:
    return CompositionWarning(code, message_th, message_en, REGULATION)


def _chair_warnings(current: Sequence[MemberFacts], context: CompositionContext) -> list[CompositionWarning]:
    chairs = [m for m in current if m.role == CommitteeRole.CHAIR]
    if not chairs:
        return [_warning(WarningCode.NO_CHAIR, "ยังไม่มีประธานกรรมการ", "The committee has no chair")]
    if context.kind != CommitteeKind.DISTRICT or not context.district_chief_name.strip():
        return []
    chair = chairs[0]
    if same_person_name(chair.full_name, context.district_chief_name):
        return []
    return [
        _warning(
            WarningCode.CHAIR_NOT_DISTRICT_CHIEF,
            f"ประธานกรรมการ ({chair.full_name}) ไม่ใช่นายอำเภอ ({context.district_chief_name}) ตามข้อมูลอำเภอ"
            f" ตาม{REGULATION} นายอำเภอเป็นประธานกรรมการ",
            f"The chair ({chair.full_name}) is not the district chief ({context.district_chief_name});"
            f" under the {REGULATION_EN} the district chief chairs the committee",
        )
    ]


def _is_health_officer(member: MemberFacts, secretary_name: str) -> bool:
    in_position = DISTRICT_HEALTH_OFFICER_POSITION in _SPACES.sub("", member.position)
    return in_position or same_person_name(member.full_name, secretary_name)


def _secretary_warnings(current: Sequence[MemberFacts], context: CompositionContext) -> list[CompositionWarning]:
    secretaries = [m for m in current if m.role == CommitteeRole.MEMBER_AND_SECRETARY]
    if not secretaries:
        return [_warning(WarningCode.NO_SECRETARY, "ยังไม่มีกรรมการและเลขานุการ", "The committee has no secretary")]
    if context.kind != CommitteeKind.DISTRICT:
        return []
    secretary = secretaries[0]
    if _is_health_officer(secretary, context.secretary_name):
        return []
    return [
        _warning(
            WarningCode.SECRETARY_NOT_HEALTH_OFFICER,
            f"กรรมการและเลขานุการ ({secretary.full_name}) ไม่ใช่สาธารณสุขอำเภอ"
            f" ตาม{REGULATION} สาธารณสุขอำเภอเป็นกรรมการและเลขานุการ",
            f"The secretary ({secretary.full_name}) is not the district public health officer;"
            f" under the {REGULATION_EN} the district public health officer is the secretary",
        )
    ]


def _sector_warnings(current: Sequence[MemberFacts], context: CompositionContext) -> list[CompositionWarning]:
    if context.kind != CommitteeKind.DISTRICT:
        return []
    present = {member.sector for member in current}
    return [
        _warning(
            WarningCode.SECTOR_MISSING,
            f"ยังไม่มีกรรมการจาก{SECTOR_LABELS_TH[sector]} ตาม{REGULATION} กรรมการต้องมาจากภาครัฐ"
            " องค์กรปกครองส่วนท้องถิ่น ภาคเอกชน และภาคประชาชน",
            f"No member from the {SECTOR_LABELS_EN[sector].lower()} sector; under the {REGULATION_EN}"
            " members come from state agencies, local government, the private sector and civil society",
        )
        for sector in Sector
        if sector not in present
    ]


def _size_warnings(current: Sequence[MemberFacts], context: CompositionContext) -> list[CompositionWarning]:
    if context.kind != CommitteeKind.DISTRICT or len(current) <= context.member_limit:
        return []
    return [
        _warning(
            WarningCode.TOO_MANY_MEMBERS,
            f"มีกรรมการ {len(current)} คน เกินจำนวนที่ตั้งไว้ ({context.member_limit} คน)"
            " จำนวนสูงสุดนี้เป็นค่าที่ตั้งได้ในโปรแกรม กรุณาตรวจสอบกับระเบียบฯ และคำสั่งที่ใช้อยู่",
            f"{len(current)} members, more than the limit set ({context.member_limit}); the limit is a"
            " setting (the regulation's exact number is unconfirmed): please check",
        )
    ]


def composition_warnings(
    members: Iterable[MemberFacts], context: CompositionContext, on_date: date
) -> list[CompositionWarning]:
    """Warnings (never refusals) about the committee as it stands on ``on_date``."""
    current = document_order(members_on(members, on_date))
    return (
        _chair_warnings(current, context)
        + _secretary_warnings(current, context)
        + _sector_warnings(current, context)
        + _size_warnings(current, context)
    )


# --- impossible states ---------------------------------------------------------------------------------


class ImpossibleMembership(ValueError):
    """A state that cannot be allowed (two chairs at once, …); nothing should be saved."""

    def __init__(self, code: str, message_th: str, message_en: str, membership_id: int | None = None) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_th = message_th
        self.message_en = message_en
        self.membership_id = membership_id


def _overlap(first: MemberFacts, second: MemberFacts) -> date | None:
    """The first day both are on the committee, or None (periods are half-open)."""
    start = max(first.start_date, second.start_date)
    ends = [end for end in (first.end_date, second.end_date) if end is not None]
    if ends and min(ends) <= start:
        return None
    return start


def _check_period(member: MemberFacts) -> None:
    if member.end_date is not None and member.end_date < member.start_date:
        raise ImpossibleMembership(
            "end_before_start",
            f"วันที่พ้นจากตำแหน่งของ {member.full_name} อยู่ก่อนวันที่เริ่ม",
            f"{member.full_name}'s end date is before the start date",
            member.membership_id,
        )


_SINGLE_SEATS = {
    CommitteeRole.CHAIR: ("two_chairs", "ประธานกรรมการ", "chairs"),
    CommitteeRole.MEMBER_AND_SECRETARY: ("two_secretaries", "กรรมการและเลขานุการ", "members and secretaries"),
}


def _refusal(first: MemberFacts, second: MemberFacts, day: date) -> ImpossibleMembership:
    """Why ``first`` and ``second`` (overlapping from ``day``) cannot both be on the committee; the Thai date
    is formatted here, once, for the refusal only."""
    when = format_thai_date(day)
    if first.person_key == second.person_key:
        return ImpossibleMembership(
            "same_person_twice",
            f"{second.full_name} เป็นกรรมการในคณะนี้ซ้ำสองตำแหน่งพร้อมกัน (ตั้งแต่ {when})",
            f"{second.full_name} would sit on this committee twice at once (from {format_english_date(day)})",
            second.membership_id,
        )
    code, label_th, label_en = _SINGLE_SEATS[first.role]
    return ImpossibleMembership(
        code,
        f"มี{label_th}สองคนพร้อมกันไม่ได้ ({first.full_name} และ {second.full_name} ตั้งแต่ {when})"
        " กรุณาระบุวันที่พ้นจากตำแหน่งของคนเดิมก่อน",
        f"There cannot be two {label_en} at once ({first.full_name} and {second.full_name} from"
        f" {format_english_date(day)}); end the earlier membership first",
        second.membership_id,
    )


_FAR_FUTURE = date.max


class _DisjointPeriods:
    """Non-empty periods that do not overlap one another (one seat's, or one person's), sorted by start: a
    new period can only overlap the one starting just before it and those starting inside it, so a look-up
    is a bisection."""

    def __init__(self) -> None:
        self._starts: list[date] = []
        self._entries: list[tuple[date, int]] = []  # (end, index in the caller's list)

    def overlapping(self, start: date, end: date) -> list[int]:
        """Indexes of the periods that share a day with [start, end)."""
        position = bisect_left(self._starts, start)
        found: list[int] = []
        # The period starting before ``start`` (only the last one can still be running: they are disjoint).
        if position > 0 and self._entries[position - 1][0] > start:
            found.append(self._entries[position - 1][1])
        # Periods starting on or after ``start`` and before ``end``: a contiguous run.
        while position < len(self._starts) and self._starts[position] < end:
            found.append(self._entries[position][1])
            position += 1
        return found

    def add(self, start: date, end: date, index: int) -> None:
        position = bisect_left(self._starts, start)
        self._starts.insert(position, start)
        self._entries.insert(position, (end, index))


def check_possible(members: Sequence[MemberFacts]) -> None:
    """Raise ImpossibleMembership for an impossible state: an end before a start, two chairs or two
    members-and-secretaries at once, the same person twice at once.

    Reports the first member, in the given order, that clashes with one before it (with the earliest such
    one), so that a caller listing new members last learns which new one is refused. Linear apart from a
    bisection per member: a person's periods and a single seat's periods are indexed, never compared in
    pairs."""
    for member in members:
        _check_period(member)
    by_person: dict[str, _DisjointPeriods] = {}
    by_seat: dict[CommitteeRole, _DisjointPeriods] = {}
    for index, member in enumerate(members):
        start, end = member.start_date, member.end_date or _FAR_FUTURE
        if end <= start:
            continue  # an empty period: never on the committee
        person = by_person.setdefault(member.person_key, _DisjointPeriods())
        seat = by_seat.setdefault(member.role, _DisjointPeriods()) if member.role in _SINGLE_SEATS else None
        clashes = person.overlapping(start, end) + (seat.overlapping(start, end) if seat is not None else [])
        if clashes:
            first = members[min(clashes)]
            day = _overlap(first, member)
            assert day is not None
            raise _refusal(first, member, day)
        person.add(start, end, index)
        if seat is not None:
            seat.add(start, end, index)


# --- order numbers and texts ---------------------------------------------------------------------------


def order_number(running: int, be_year: int, thai_digits: bool = False) -> str:
    """ "123/2563"."""
    text = f"{running}/{be_year}"
    return to_thai_digits(text) if thai_digits else text


def order_number_text(running: int, be_year: int, thai_digits: bool = False) -> str:
    """ "ที่ 123/2563" (the running number restarts each calendar BE year)."""
    return f"ที่ {order_number(running, be_year, thai_digits)}"


def order_be_year(order_date: date) -> int:
    """The calendar BE year an order's number belongs to (not the fiscal year)."""
    return ce_to_be(order_date.year)


def next_running_number(used: Iterable[tuple[int, int]], be_year: int) -> int:
    """The next running number in ``be_year`` given the (be_year, running number) pairs already used."""
    return max((running for year, running in used if year == be_year), default=0) + 1


def cancellation_text(
    issuing_office: str, running: int, be_year: int, order_date: date, subject: str = "", thai_digits: bool = False
) -> str:
    """ "ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต ที่ 245/2563 ลงวันที่ 1 ตุลาคม 2563 เรื่อง … และให้ใช้คำสั่งนี้แทน"."""
    subject_part = f" เรื่อง {subject}" if subject else ""
    text = (
        f"ให้ยกเลิกคำสั่ง{issuing_office} {order_number_text(running, be_year)}"
        f" ลงวันที่ {format_thai_date(order_date)}{subject_part} และให้ใช้คำสั่งนี้แทน"
    )
    return to_thai_digits(text) if thai_digits else text
