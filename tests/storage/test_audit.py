"""Every change through unit_of_work is audited (who, what, when); a failed unit of work writes nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.storage.models import AuditEntry, Person, Sector, Setting


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _entries(folder: DataFolder) -> list[AuditEntry]:
    with folder.database.reader() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        session.expunge_all()  # keep the loaded values after the reader rolls back
        return entries


def _count(folder: DataFolder, model: type) -> int:
    with folder.database.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_insert_update_delete_are_recorded_with_who_what_when(opened_folder: DataFolder) -> None:
    started = _utc_now() - timedelta(seconds=5)
    with opened_folder.database.unit_of_work("สมศรี") as session:
        person = Person(title="นาย", first_name="สมชาย", last_name="ใจดี", sector=Sector.LOCAL_GOVERNMENT)
        session.add(person)
    with opened_folder.database.unit_of_work("มาลี") as session:
        stored = session.get(Person, person.id)
        assert stored is not None
        stored.position = "นายกเทศมนตรี"
    with opened_folder.database.unit_of_work("อนันต์") as session:
        session.delete(session.get(Person, person.id))

    inserted, updated, deleted = _entries(opened_folder)
    assert [(e.user_name, e.action, e.table_name, e.row_id) for e in (inserted, updated, deleted)] == [
        ("สมศรี", "insert", "person", person.id),
        ("มาลี", "update", "person", person.id),
        ("อนันต์", "delete", "person", person.id),
    ]
    for entry in (inserted, updated, deleted):
        assert started <= entry.changed_at <= _utc_now() + timedelta(seconds=5)
    insert_changes = json.loads(inserted.changes)
    assert insert_changes["first_name"] == [None, "สมชาย"]
    assert insert_changes["sector"] == [None, "local_government"]
    assert json.loads(updated.changes) == {"position": ["", "นายกเทศมนตรี"]}
    assert json.loads(deleted.changes)["last_name"] == ["ใจดี", None]


def test_an_update_that_changes_nothing_is_not_recorded(opened_folder: DataFolder) -> None:
    with opened_folder.database.unit_of_work("สมศรี") as session:
        session.add(Setting(key="language", value="th"))
    with opened_folder.database.unit_of_work("สมศรี") as session:
        setting = session.get(Setting, "language")
        assert setting is not None
        setting.value = "th"
    assert [entry.action for entry in _entries(opened_folder)] == ["insert"]


def test_a_failing_unit_of_work_leaves_nothing_written(opened_folder: DataFolder) -> None:
    with pytest.raises(RuntimeError, match="user cancelled"):
        with opened_folder.database.unit_of_work("สมศรี") as session:
            session.add(Person(first_name="ไม่ควรถูกบันทึก"))
            session.add(Setting(key="half", value="done"))
            session.flush()  # rows and their audit entries are written inside the transaction…
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2
            raise RuntimeError("user cancelled")  # …and all rolled back
    assert _count(opened_folder, Person) == 0
    assert _count(opened_folder, Setting) == 0
    assert _entries(opened_folder) == []


def test_a_constraint_violation_rolls_back_the_whole_action(opened_folder: DataFolder) -> None:
    from sqlalchemy.exc import IntegrityError

    from pcha_desktop.storage.models import FiscalYear

    with pytest.raises(IntegrityError):
        with opened_folder.database.unit_of_work("สมศรี") as session:
            session.add(Person(first_name="ก"))
            session.flush()
            session.add(FiscalYear(be_year=1999))  # CHECK be_year BETWEEN 2500 AND 2700
    assert _count(opened_folder, Person) == 0
    assert _entries(opened_folder) == []


def test_a_district_setting_is_recorded_by_its_key_with_old_and_new_value(opened_folder: DataFolder) -> None:
    """Not "setting#None value: 21 → 25": the trail names which setting changed."""
    from pcha_desktop.services.settings import set_setting

    database = opened_folder.database
    set_setting(database, "district_committee_member_limit", "21", "สมศรี")
    set_setting(database, "district_committee_member_limit", "25", "สมศรี")
    with database.unit_of_work("สมศรี") as session:
        session.delete(session.get(Setting, "district_committee_member_limit"))
    inserted, updated, deleted = _entries(opened_folder)
    assert [entry.table_name for entry in (inserted, updated, deleted)] == ["setting"] * 3
    assert json.loads(inserted.changes) == {"district_committee_member_limit": [None, "21"]}
    assert json.loads(updated.changes) == {"district_committee_member_limit": ["21", "25"]}
    assert json.loads(deleted.changes) == {"district_committee_member_limit": ["25", None]}
