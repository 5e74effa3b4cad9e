"""The change history as a secretary reads it: records by kind and name, fields by label, names instead of
ids, Buddhist Era dates, stored codes by their labels, long values cut short on one line; read a page at
a time, newest first."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Enum

from pcha_desktop.domain.committee_terms import CommitteeRole, Sector
from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import audit_log, committees, record_labels, settings
from pcha_desktop.services.appointment_orders import OrderDraftChanges
from pcha_desktop.services.committees import MemberInput
from pcha_desktop.services.demo import DEMO_USER
from pcha_desktop.storage.models import AuditEntry, Base

USER = "สมศรี ใจดี"


def _secretary(start: date) -> MemberInput:
    return MemberInput(first_name="ก", last_name="ข", title="นาย", role=CommitteeRole.MEMBER_AND_SECRETARY,
                       sector=Sector.STATE, start_date=start, position="สาธารณสุขอำเภอ")


@pytest.fixture
def membership(folder):
    """The district committee with its secretary added, then the membership ended: (folder, committee)."""
    committee = committees.district_committee(folder.database, USER)
    membership_id = committees.add_member(folder.database, committee.id, _secretary(date(2025, 10, 1)), USER)
    committees.end_membership(folder.database, membership_id, date(2026, 11, 30), USER)
    return folder, committee


def test_an_ended_membership_reads_as_a_sentence_in_thai(membership):
    folder, committee = membership
    ended, added, person = audit_log.readable_changes(folder.database, limit=3)
    assert ended.what == "การเป็นกรรมการ: นายก ข"
    assert ended.action_label == "แก้ไข" and ended.who == USER
    assert ended.summary() == "วันที่พ้นจากตำแหน่ง: — → 30 พ.ย. 2569"
    assert added.what == "การเป็นกรรมการ: นายก ข" and added.action_label == "เพิ่ม"
    summary = added.summary()
    assert f"คณะกรรมการ: {committee.name}" in summary  # the committee's name, not its id
    assert "บทบาท: กรรมการและเลขานุการ" in summary and "ภาคส่วน: ภาครัฐ" in summary
    assert "วันที่เริ่ม: 1 ต.ค. 2568" in summary
    for raw in ("committee_id", "role", "member_and_secretary", "None", "2025-10-01", "end_date"):
        assert raw not in summary and raw not in ended.details()
    assert person.what == "บุคคล: นายก ข" and "ตำแหน่ง: สาธารณสุขอำเภอ" in person.summary()


def test_the_same_change_in_english(membership):
    folder, _committee = membership
    ended, added, _person = audit_log.readable_changes(folder.database, limit=3, language="en")
    assert ended.what == "Committee membership: นายก ข" and ended.action_label == "Changed"
    assert ended.summary() == "End date: — → 30 Nov 2569 BE"
    assert "Role: Member and secretary" in added.summary() and "Sector: State agency" in added.summary()


def test_thai_digits_in_dates_when_chosen(membership):
    folder, _committee = membership
    ended = audit_log.readable_changes(folder.database, limit=1, thai_digits=True)[0]
    assert ended.summary() == "วันที่พ้นจากตำแหน่ง: — → ๓๐ พ.ย. ๒๕๖๙"


def test_a_made_and_deleted_draft_is_one_short_line_with_the_whole_text_on_demand(folder):
    committee = committees.district_committee(folder.database, USER)
    committees.add_member(folder.database, committee.id, _secretary(date(2025, 10, 1)), USER)
    order_id = orders.draft_order(folder.database, committee.id, date(2026, 11, 1), USER)
    duties = tuple(f"หน้าที่ข้อ {number} กำกับติดตามการดำเนินงานพัฒนาคุณภาพชีวิตของประชาชนในอำเภอ" for number in range(30))
    orders.edit_draft(folder.database, order_id, OrderDraftChanges(duties=duties), USER)
    orders.delete_draft(folder.database, order_id, USER)
    removed, edited, made = audit_log.readable_changes(folder.database, limit=3)
    assert removed.action_label == "ลบ" and removed.what.startswith("คำสั่งแต่งตั้ง: ร่าง ที่ 1/2569 — คณะกรรมการ")
    assert made.action_label == "เพิ่ม" and "สถานะ: ร่าง" in made.summary()
    assert "วันที่สั่ง: 1 พ.ย. 2569" in made.summary()
    for change in (removed, edited, made):
        summary = change.summary()
        assert "\n" not in summary
        for part in summary.split("; "):
            value = part.split(": ", 1)[1]
            assert len(value) <= 2 * audit_log.SUMMARY_VALUE_LIMIT + 3  # before → after, each cut short
    assert duties[-1] in removed.details() and duties[-1] not in removed.summary()
    assert duties[-1] in edited.details()


def test_pages_follow_each_other_newest_first_without_gaps(demo_folder):
    database = demo_folder.database
    total = audit_log.count_changes(database)
    everything = audit_log.read_entries(database, limit=total + 10)
    assert len(everything) == total > 100
    paged, before = [], None
    while page := audit_log.read_entries(database, before_id=before, limit=37):
        paged += page
        before = page[-1].entry_id
    assert [entry.entry_id for entry in paged] == [entry.entry_id for entry in everything]
    assert [entry.entry_id for entry in paged] == sorted((entry.entry_id for entry in paged), reverse=True)


def test_the_demo_history_shows_no_stored_names(demo_folder):
    changes = audit_log.readable_changes(demo_folder.database, limit=1000)
    assert {change.who for change in changes} == {DEMO_USER}
    stored = {column for table in Base.metadata.tables.values() for column in table.c.keys()}
    for change in changes:
        assert ":" in change.what and "#" not in change.what, change.what
        for field in change.fields:
            assert field.label not in stored, field.label
            assert "None" not in (field.before, field.after)


def test_a_filter_finds_what_the_user_sees(membership):
    folder, _committee = membership
    changes = audit_log.readable_changes(folder.database, limit=10)
    assert [change.what for change in audit_log.matching(changes, "กรรมการและเลขานุการ")] == ["การเป็นกรรมการ: นายก ข"]
    assert len(audit_log.matching(changes, "นายก ข")) == 3  # the person, the membership added and ended
    assert audit_log.matching(changes, "member_and_secretary") == []  # the stored value is not shown
    assert len(audit_log.matching(changes, "")) == len(changes)


def test_a_setting_is_named_by_its_label(folder):
    committees.set_member_limit(folder.database, 30, USER)
    committees.set_member_limit(folder.database, 25, USER)
    changed, made = audit_log.readable_changes(folder.database, limit=2)
    assert made.what == "การตั้งค่า: จำนวนกรรมการ พชอ. สูงสุด" and made.summary() == "จำนวนกรรมการ พชอ. สูงสุด: 30"
    assert changed.summary() == "จำนวนกรรมการ พชอ. สูงสุด: 30 → 25"
    english = audit_log.readable_changes(folder.database, limit=1, language="en")[0]
    assert english.what == "Setting: Largest district committee"


def test_preferences_moved_out_of_an_older_database_read_as_settings(folder):
    """An older database kept the language in its setting table (and recorded it as key and value); moving
    it to the user's file removes it there: both entries read by the setting's label."""
    with folder.database.unit_of_work(USER) as session:
        session.add(AuditEntry(user_name=USER, action="insert", table_name="setting", row_id=None,
                               changes='{"key": [null, "language"], "value": [null, "en"]}'))
        settings.write_setting(session, "language", "en")
    assert settings.user_preferences_for(folder.database).language == "en"
    moved, written, old_style = audit_log.readable_changes(folder.database, limit=3)
    assert moved.action_label == "ลบ" and moved.what == "การตั้งค่า: ภาษา" and moved.summary() == "ภาษา: en"
    assert written.what == old_style.what == "การตั้งค่า: ภาษา" and old_style.summary() == "ภาษา: en"


def test_every_table_column_and_stored_value_has_a_label_in_both_languages():
    for name, table in Base.metadata.tables.items():
        if name == AuditEntry.__tablename__:
            continue
        assert name in record_labels.TABLE_LABELS, name
        for column in table.c:
            if column.key in record_labels.HIDDEN_FIELDS:
                continue
            thai = record_labels.field_label(name, column.key, "th")
            english = record_labels.field_label(name, column.key, "en")
            assert thai != column.key and english != column.key, f"{name}.{column.key}"
            if isinstance(column.type, Enum) and column.type.enum_class is not None:
                enum_name = column.type.enum_class.__name__
                for member in column.type.enum_class:
                    assert record_labels.value_label(enum_name, member.value, "th") != member.value, member


THAI_TEXT = st.text(alphabet=st.sampled_from(list("กขคงจนมยรลวสหอะัาำิีึืุู่้๊๋์เแโใไ ๆ.ABC0")), max_size=120)


@given(THAI_TEXT, st.integers(min_value=3, max_value=80))
def test_shortened_text_is_a_clean_prefix(text, limit):
    short = audit_log.shorten(text, limit)
    assert len(short) <= limit
    if short == text:
        return
    assert short.endswith("…")
    kept = short[:-1]
    assert text.startswith(kept)
    if len(kept) > 1:  # (one character is kept however bad the place: text without a clean cut)
        assert kept[-1] not in "เแโใไ", "a vowel written before its consonant never ends the cut"
        following = text[len(kept)] if len(text) > len(kept) else ""
        assert following.isspace() or following not in "ะัาำิีึืุู่้๊๋์", "never between a consonant and its marks"
    assert not any(unicodedata.category(c) == "Cc" for c in short)


def test_a_restore_reads_as_a_sentence(folder, tmp_path):
    """The row a restore writes (action "restore", table "backup") says which backup, when it was made."""
    from pcha_desktop.services.data_folder import create_backup, open_data_folder, restore_into

    committees.district_committee(folder.database, USER)
    backup = create_backup(folder.database_path, folder.backups_dir, reason="manual")
    data_dir = folder.database_path.parent
    folder.close()
    restore_into(data_dir, backup)
    with open_data_folder(data_dir) as reopened:
        thai = audit_log.readable_changes(reopened.database, limit=1)[0]
        english = audit_log.readable_changes(reopened.database, limit=1, language="en")[0]
        digits = audit_log.readable_changes(reopened.database, limit=1, thai_digits=True)[0]
    assert thai.action_label == "กู้คืนข้อมูล" and english.action_label == "Restored"
    assert thai.what.startswith("กู้คืนข้อมูลจากข้อมูลสำรองที่ทำเมื่อ ") and " 25" in thai.what, thai.what
    assert english.what.startswith("Data restored from the backup made ") and " BE " in english.what
    assert f"ไฟล์: {backup.name}" in thai.summary() and "ลำดับที่: " in thai.summary()
    assert "Number: " in english.summary() and "File: " in english.summary()
    for raw in ("backup_made_at", "backup_sequence", "restore", "T0"):
        assert raw not in thai.what and raw not in thai.summary().replace(backup.name, ""), raw
    for text in (thai.what, thai.summary().replace(backup.name, "")):  # no Gregorian year (a "20:15" is a time)
        assert not re.search(r"\b20\d\d\b", text), text
    assert not any("0" <= character <= "9" for character in digits.what), digits.what
