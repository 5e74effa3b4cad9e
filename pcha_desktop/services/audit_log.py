"""Reading the audit trail: what changed, when, by whom, in the user's language.

The trail is read a page at a time, newest first (keyset paging on the entry id), so that ten years of it
open as fast as one day. ``readable_changes`` turns entries into sentences a secretary reads: the record by
its kind and its name ("การเป็นกรรมการ: นายก ข"), fields by their labels, names instead of ids, dates in
the Buddhist Era (Thai) or as the English side shows them, stored codes by their labels, before → after.
Labels come from ``services.record_labels``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cached_property, lru_cache
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Table, func, select
from sqlalchemy.orm import Session

from pcha_desktop.domain import thai_calendar
from pcha_desktop.domain.admin_areas import load_admin_areas
from pcha_desktop.services.record_labels import (
    HIDDEN_FIELDS,
    RESTORE_FIELD_LABELS,
    RESTORE_SENTENCE,
    action_label,
    field_label,
    pick,
    setting_label,
    table_label,
    value_label,
)
from pcha_desktop.storage.backup import RESTORE_ACTION
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import AuditEntry, Base

EMPTY = "—"
PAGE_SIZE = 200
_SHOWN_LAST = frozenset({"sha256", "media_type", "size_bytes"})  # technical: after what people read
FIRST_PAGE_SIZE = 40  # more than a screenful: it opens at once, the rest comes as the user scrolls
SUMMARY_VALUE_LIMIT = 60  # characters of one value in the one-line summary; the details show it whole


@dataclass(frozen=True)
class AuditRecord:
    entry_id: int
    changed_at_local: datetime
    user_name: str
    action: str
    table_name: str
    row_id: int | None
    changes: dict[str, list[object]]

    @property
    def subject(self) -> str:
        """What changed: "person#3"; a setting is named by its key in ``changes``, so just "setting"."""
        return self.table_name if self.row_id is None else f"{self.table_name}#{self.row_id}"

    def summary(self) -> str:
        """Changed fields as "field: old → new", one per line (inserts show only new values), as stored."""
        parts = []
        for name, (old, new) in self.changes.items():
            if name in HIDDEN_FIELDS:
                continue
            if self.action == "insert":
                parts.append(f"{name}: {new}")
            elif self.action == "delete":
                parts.append(f"{name}: {old}")
            else:
                parts.append(f"{name}: {old} → {new}")
        return "\n".join(parts)


@dataclass(frozen=True)
class FieldChange:
    """One field, labelled, with its value before and after ("" where the action has no such side)."""

    label: str
    before: str
    after: str


@dataclass(frozen=True)
class ReadableChange:
    entry_id: int
    changed_at_local: datetime
    when: str
    who: str
    action: str  # insert / update / delete
    action_label: str
    what: str  # the record by its kind and its name: "การเป็นกรรมการ: นายก ข"
    fields: tuple[FieldChange, ...]

    def _field_text(self, field: FieldChange, limit: int | None) -> str:
        def shown(value: str) -> str:
            value = " ".join(value.split())
            return (shorten(value, limit) if limit is not None else value) or EMPTY

        if self.action == "update":
            return f"{field.label}: {shown(field.before)} → {shown(field.after)}"
        return f"{field.label}: {shown(field.before if self.action == 'delete' else field.after)}"

    def _shown_fields(self) -> list[FieldChange]:
        """An added or removed record's fields that hold something (a change shows every field)."""
        if self.action == "update":
            return list(self.fields)
        return [field for field in self.fields if (field.before if self.action == "delete" else field.after)]

    @cached_property
    def one_line(self) -> str:
        """``summary()``, made once (a table asks for it at every paint)."""
        return self.summary()

    def summary(self, value_limit: int = SUMMARY_VALUE_LIMIT) -> str:
        """One line: the fields, each long value cut short with "…"."""
        return "; ".join(self._field_text(field, value_limit) for field in self._shown_fields())

    def details(self) -> str:
        """Everything, one field per line, values whole (multi-line values keep their lines)."""
        lines = [self.what, f"{self.when} · {self.who} · {self.action_label}", ""]
        for field in self._shown_fields():
            if self.action == "update":
                lines.append(f"{field.label}: {field.before or EMPTY} → {field.after or EMPTY}")
            else:
                value = field.before if self.action == "delete" else field.after
                lines.append(f"{field.label}: {value}")
        return "\n".join(lines)

    def search_text(self) -> str:
        """What a filter is matched against (case-folded): every word the user can see, values whole."""
        parts = [self.when, self.who, self.action_label, self.what]
        for field in self.fields:
            parts += [field.label, field.before, field.after]
        return "\n".join(parts).casefold()


# Thai marks that cannot begin a piece of text, and vowels written before their consonant (never last).
_NOT_FIRST = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎")
_NOT_LAST = frozenset("เแโใไ")


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters with "…": at a space when one is near the end, never
    between a Thai consonant and its vowels or tone marks."""
    if len(text) <= limit:
        return text
    cut = limit - 1
    space = text.rfind(" ", 0, cut + 1)
    if space >= cut * 2 // 3:
        cut = space
    while cut > 1 and (text[cut - 1].isspace() or text[cut] in _NOT_FIRST or text[cut - 1] in _NOT_LAST):
        cut -= 1
    return text[:cut] + "…"


# --- reading entries, a page at a time ------------------------------------------------------------------


def _record(row: Any) -> AuditRecord:
    return AuditRecord(
        entry_id=row.id,
        changed_at_local=_local(row.changed_at),
        user_name=row.user_name,
        action=row.action,
        table_name=row.table_name,
        row_id=row.row_id,
        changes=json.loads(row.changes or "{}"),
    )


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def count_changes(database: Database) -> int:
    with database.reader() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def read_entries(database: Database, *, before_id: int | None = None, limit: int = PAGE_SIZE) -> list[AuditRecord]:
    """Up to ``limit`` entries, newest first, older than entry ``before_id`` (from the newest when None)."""
    entry = AuditEntry.__table__
    query = select(entry).order_by(entry.c.id.desc()).limit(limit)  # plain rows: no ORM objects to build
    if before_id is not None:
        query = query.where(entry.c.id < before_id)
    with database.reader() as session:
        return [_record(row) for row in session.execute(query)]


def recent_changes(database: Database, limit: int = 500) -> list[AuditRecord]:
    return read_entries(database, limit=limit)


# --- making them readable -------------------------------------------------------------------------------


def _tables() -> dict[str, Table]:
    return {name: table for name, table in Base.metadata.tables.items() if name != AuditEntry.__tablename__}


def _referred_table(table: Table, column: str) -> str | None:
    if column not in table.c:
        return None
    for foreign_key in table.c[column].foreign_keys:
        return foreign_key.column.table.name
    return None


class _Names:
    """Rows of the records named on a page, fetched in a few queries (one per table and round)."""

    def __init__(self, session: Session, language: str, thai_digits: bool) -> None:
        self.session = session
        self.language = language
        self.thai_digits = thai_digits
        self.tables = _tables()
        self.rows: dict[str, dict[int, dict[str, Any]]] = {}
        self._wanted: dict[str, set[int]] = {}

    def want(self, table: str, row_id: object) -> None:
        known = table in self.tables and "id" in self.tables[table].c
        if known and isinstance(row_id, int) and row_id not in self.rows.get(table, {}):
            self._wanted.setdefault(table, set()).add(row_id)

    def want_references(self, table: str, values: dict[str, Any]) -> None:
        for column, value in values.items():
            target = _referred_table(self.tables[table], column) if table in self.tables else None
            if target is not None:
                self.want(target, value)

    def fetch(self) -> None:
        for _round in range(3):  # a membership names its person; a photo its file; no deeper
            wanted, self._wanted = self._wanted, {}
            if not wanted:
                return
            for table_name, ids in wanted.items():
                table = self.tables[table_name]
                found = self.rows.setdefault(table_name, {})
                for row in self.session.execute(select(table).where(table.c.id.in_(sorted(ids)))).mappings():
                    found[row["id"]] = dict(row)
                    self.want_references(table_name, found[row["id"]])

    def name(self, table: str, row_id: object, values: dict[str, Any] | None = None) -> str:
        """The record's human name, from its row now, else from ``values`` (e.g. a deleted row's last
        values), else "#id"."""
        row = self.rows.get(table, {}).get(row_id) if isinstance(row_id, int) else None
        name = _name_from_values(self, table, row if row is not None else (values or {}))
        if name:
            return name
        return f"#{row_id}" if row_id is not None else ""

    def date_text(self, value: date) -> str:
        return _date_text(value, self.language, self.thai_digits)

    def time_text(self, value: datetime) -> str:
        text = f"{self.date_text(value.date())} {value:%H:%M}"
        return thai_calendar.to_thai_digits(text) if self.thai_digits and self.language != "en" else text

    def tambon_name(self, code: object) -> str:
        try:
            tambon = load_admin_areas().tambon(str(code))
        except KeyError:
            return str(code)
        return tambon.name_en if self.language == "en" else f"ตำบล{tambon.name_th}"


@lru_cache(maxsize=4096)
def _date_text(value: date, language: str, thai_digits: bool) -> str:
    """A date as the user reads it (cached: a page holds few distinct days, and Thai formatting is slow)."""
    return thai_calendar.format_date(value, language, thai_digits)


def _full_name(values: dict[str, Any]) -> str:
    name = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()
    title = values.get("title") or ""
    return f"{title}{name}" if name else ""


def _name_from_values(names: _Names, table: str, values: dict[str, Any]) -> str:
    english = names.language == "en"
    if not values:
        return ""
    if table == "person":
        return _full_name(values)
    if table == "committee":
        return str(values.get("name") or "")
    if table == "committee_membership":
        return names.name("person", values.get("person_id")) if values.get("person_id") is not None else ""
    if table == "appointment_order":
        number = values.get("running_number")
        parts = [("Draft" if english else "ร่าง")] if values.get("status") == "draft" or not number else []
        if number:
            parts.append(f"{'No.' if english else 'ที่'} {number}/{values.get('be_year')}")
        label = " ".join(parts)
        if values.get("committee_id") is not None:
            label += f" — {names.name('committee', values['committee_id'])}"
        return label
    if table == "appointment_order_member":
        return str(values.get("full_name") or "")
    if table == "attachment":
        return str(values.get("original_name") or "")
    if table == "district_visit":
        parts = []
        if values.get("tambon_code"):
            parts.append(names.tambon_name(values["tambon_code"]))
        if values.get("visit_date"):
            parts.append(names.date_text(_as_date(values["visit_date"])))
        return " ".join(parts)
    if table == "district_visit_photo":
        return str(values.get("caption") or "") or names.name("attachment", values.get("attachment_id"))
    if table == "quality_of_life_issue":
        return str(values.get("title") or "")
    if table == "tambon_committee_year":
        year = values.get("fiscal_year")
        committee = names.name("committee", values.get("committee_id")) if values.get("committee_id") else ""
        return f"{committee} ({'FY' if english else 'ปีงบประมาณ'} {year})" if year else committee
    if table == "fiscal_year":
        return str(values.get("be_year") or "")
    if table == "district_profile":
        name = values.get("district_name")
        return ("" if english else "อำเภอ") + str(name) if name else ""
    if table == "meeting":  # issue 9: "ครั้งที่ 2/2564 — <committee>"
        number = f"{'No.' if english else 'ครั้งที่'} {values.get('number')}/{values.get('fiscal_year')}"
        committee = names.name("committee", values.get("committee_id")) if values.get("committee_id") else ""
        return f"{number} — {committee}" if committee else number
    if table in _OWN_NAME_COLUMN:
        return str(values.get(_OWN_NAME_COLUMN[table]) or "")
    if table in _NAMED_BY_PARENT:
        column, parent = _NAMED_BY_PARENT[table]
        return names.name(parent, values.get(column)) if values.get(column) is not None else ""
    return ""


# The year's issues (issue 8): rows named by a column of their own, or by the record they belong to.
_OWN_NAME_COLUMN = {"kpi": "name", "activity": "name", "activity_partner": "name", "notable_work": "title",
                    "issue_objective": "text", "key_result": "text", "activity_objective": "objective",
                    "report_note": "period_code", "uccare_rubric": "rubric_key",
                    # report bundles (issue 12)
                    "quality_assessment": "fiscal_year", "bundle_export": "period", "registered_key": "district_code",
                    "imported_bundle": "district_name", "province_record": "kind",
                    # meetings (issue 9)
                    "meeting_agenda_item": "title", "meeting_attendance": "full_name", "meeting_guest": "full_name",
                    "meeting_resolution": "text", "resolution_dissent": "member_name",
                    "follow_up_action": "description", "workshop": "title", "meeting_agenda_document": "caption"}
_NAMED_BY_PARENT = {
    "kpi_result": ("kpi_id", "kpi"), "kpi_baseline": ("kpi_id", "kpi"),
    "issue_target_group": ("issue_id", "quality_of_life_issue"),
    "issue_quarter_note": ("issue_id", "quality_of_life_issue"),
    "activity_tambon": ("activity_id", "activity"), "activity_budget": ("activity_id", "activity"),
    "resource_contribution": ("activity_id", "activity"), "notable_work_photo": ("notable_work_id", "notable_work"),
    "uccare_assessment": ("issue_id", "quality_of_life_issue"), "uccare_level": ("assessment_id", "uccare_assessment"),
    "agenda_follow_up": ("follow_up_id", "follow_up_action"),
}


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _value_text(names: _Names, table_name: str, column: str, value: object) -> str:
    if value is None or value == "":
        return ""
    table = names.tables.get(table_name)
    referred = _referred_table(table, column) if table is not None else None
    if referred is not None:
        return names.name(referred, value)
    if column == "tambon_code":
        return names.tambon_name(value)
    column_type = table.c[column].type if table is not None and column in table.c else None
    try:
        if isinstance(column_type, DateTime):
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
            return names.time_text(_local(moment))
        if isinstance(column_type, Date):
            return names.date_text(_as_date(value))
    except ValueError:
        return str(value)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return value_label(column_type.enum_class.__name__, str(value), names.language)
    return str(value)


def _ordered_fields(names: _Names, table_name: str, changes: dict[str, list[object]]) -> list[str]:
    """The changed columns in the table's own order, the records they refer to after its own values."""
    table = names.tables.get(table_name)
    order = {name: index for index, name in enumerate(table.c.keys())} if table is not None else {}
    def rank(name: str) -> tuple[int, int]:  # own values first, then the records referred to, technical last
        referred = table is not None and _referred_table(table, name) is not None
        return (2 if name in _SHOWN_LAST else 1 if referred else 0, order.get(name, len(order)))

    return sorted((name for name in changes if name not in HIDDEN_FIELDS), key=rank)


def _setting_changes(changes: dict[str, list[object]]) -> dict[str, list[object]]:
    """A setting's change as {its key: [old value, new value]}: how the trail records it; entries written
    before that ({"key": [..], "value": [old, new]}) are read the same way."""
    if set(changes) <= {"key", "value"} and "key" in changes:
        key = next((str(side) for side in changes["key"] if side is not None), "")
        return {key: changes.get("value", [None, None])} if key else {}
    return changes


def _setting_fields(record: AuditRecord, language: str) -> tuple[str, list[FieldChange]]:
    """A setting's name and its value before and after, both as the user reads them."""
    changes = _setting_changes(record.changes)
    labels = [setting_label(key, language) for key in changes]
    fields = [FieldChange(label, "" if old is None else str(old), "" if new is None else str(new))
              for label, (old, new) in zip(labels, changes.values(), strict=True)]
    return ", ".join(labels), fields


def _restore_fields(names: _Names, record: AuditRecord) -> tuple[str, list[FieldChange]]:
    """The restore's row: "กู้คืนข้อมูลจากข้อมูลสำรองที่ทำเมื่อ 1 ธ.ค. 2569 00:08", then file, time, number."""
    values = {key: pair[1] for key, pair in record.changes.items() if isinstance(pair, list) and len(pair) == 2}
    shown: dict[str, str] = {}
    try:
        made_at = datetime.fromisoformat(str(values["backup_made_at"])) if values.get("backup_made_at") else None
    except ValueError:
        made_at = None
    for key, value in values.items():
        if value is None:
            continue
        if key == "backup_made_at" and made_at is not None:
            shown[key] = names.time_text(made_at)  # the backup's own local time, as its name says it
        elif key == "backup_sequence":
            text = str(value)
            shown[key] = thai_calendar.to_thai_digits(text) if names.thai_digits and names.language != "en" else text
        else:
            shown[key] = str(value)
    fields = [FieldChange(pick(RESTORE_FIELD_LABELS[key], names.language) if key in RESTORE_FIELD_LABELS else key,
                          "", text) for key, text in shown.items()]
    sentence = pick(RESTORE_SENTENCE, names.language).replace("%1", shown.get("backup_made_at", "")).strip()
    return sentence, fields


def _readable(names: _Names, record: AuditRecord) -> ReadableChange:
    language = names.language
    kind = table_label(record.table_name, language)
    if record.action == RESTORE_ACTION:
        kind, fields = _restore_fields(names, record)
        name = ""
    elif record.table_name == "setting":
        name, fields = _setting_fields(record, language)
    else:
        side = 0 if record.action == "delete" else 1
        name = names.name(record.table_name, record.row_id, {key: pair[side] for key, pair in record.changes.items()})
        fields = [
            FieldChange(field_label(record.table_name, column, language),
                        _value_text(names, record.table_name, column, record.changes[column][0]),
                        _value_text(names, record.table_name, column, record.changes[column][1]))
            for column in _ordered_fields(names, record.table_name, record.changes)
        ]
    return ReadableChange(
        entry_id=record.entry_id,
        changed_at_local=record.changed_at_local,
        when=names.time_text(record.changed_at_local),
        who=record.user_name,
        action=record.action,
        action_label=action_label(record.action, language),
        what=f"{kind}: {name}" if name else kind,
        fields=tuple(fields),
    )


def make_readable(
    database: Database, records: Sequence[AuditRecord], *, language: str = "th", thai_digits: bool = False
) -> list[ReadableChange]:
    """The records as the user reads them (names looked up in a few queries for the whole batch)."""
    with database.reader() as session:
        names = _Names(session, language, thai_digits)
        for record in records:
            names.want(record.table_name, record.row_id)
            side = 0 if record.action == "delete" else 1
            for values in ({k: pair[0] for k, pair in record.changes.items()},
                           {k: pair[side] for k, pair in record.changes.items()}):
                if record.table_name in names.tables:
                    names.want_references(record.table_name, values)
        names.fetch()
        return [_readable(names, record) for record in records]


def readable_changes(
    database: Database,
    *,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
    language: str = "th",
    thai_digits: bool = False,
) -> list[ReadableChange]:
    """A page of the trail, newest first, readable (see ``read_entries`` for the paging)."""
    return make_readable(database, read_entries(database, before_id=before_id, limit=limit),
                         language=language, thai_digits=thai_digits)


def matching(changes: Iterable[ReadableChange], text: str) -> list[ReadableChange]:
    """The changes whose visible words contain ``text`` (case-insensitive; every change for "")."""
    needle = " ".join(text.split()).casefold()
    return [change for change in changes if not needle or needle in change.search_text()]
