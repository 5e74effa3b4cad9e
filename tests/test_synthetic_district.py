"""The benchmarks' synthetic district is what it claims: built through the services, the sizes of seed 003,
a revised order a year, real photos, and an audit trail spread over the years it covers."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from pcha_desktop.domain.committee_terms import CommitteeKind
from pcha_desktop.domain.kpis import KpiStatus
from pcha_desktop.domain.thai_calendar import fiscal_year_of, fiscal_year_range
from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import committees
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.issues import year_kpis, year_plan
from pcha_desktop.services.meetings import year_overview
from pcha_desktop.services.tambon_committees import visits
from pcha_desktop.storage.models import AuditEntry, Committee

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic_district import DistrictSize, build_district  # noqa: E402


def test_two_years_of_the_large_district(tmp_path):
    size = DistrictSize(years=2, member_edits_per_year=5, visits_per_year=2, issues_per_year=2, kpis_per_year=6,
                        activities_per_year=8, meetings_per_year=3)
    last_year = fiscal_year_of(date.today()) - 1  # a whole past year: every visit is dated
    report = build_district(tmp_path / "district", size, last_year=last_year)
    assert report.fiscal_years == [last_year - 1, last_year]
    with open_data_folder(tmp_path / "district") as folder:
        database = folder.database
        district = committees.find_district_committee(database)
        assert len(committees.list_members(database, district.id)) == 40
        issued = [order for order in orders.orders_of(database, district.id) if order.is_issued]
        assert len(issued) == 2 and issued[0].replaces_order_id == issued[1].id, "a revised order a year"
        with database.reader() as session:
            tambon_ids = list(session.scalars(select(Committee.id).where(Committee.kind == CommitteeKind.TAMBON)))
            first_day, _ = fiscal_year_range(last_year - 1)
            _, last_day = fiscal_year_range(last_year)
            oldest, newest = session.execute(select(func.min(AuditEntry.changed_at),
                                                    func.max(AuditEntry.changed_at))).one()
        assert len(tambon_ids) == 17
        assert sum(len(committees.list_members(database, committee_id)) for committee_id in tambon_ids) == 357
        assert first_day <= oldest.date() and newest.date() <= last_day, "the audit trail spans the years"
        assert (newest - oldest).days > 300
        meetings = year_overview(database, last_year).meetings
        assert len(meetings) == 3 and all(m.counts.members == 40 and m.quorum is not None for m in meetings)
        year_visits = visits(database, last_year)
        assert len(year_visits) == 2 and all(len(visit.photos) == 2 for visit in year_visits)
        photo = year_visits[0].photos[0].attachment
        assert photo.media_type == "image/png"
        stored = next(folder.attachments_dir.rglob(photo.sha256))
        assert stored.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        year = year_kpis(database, last_year)
        kpis = [kpi for issue in year.issues for kpi in issue.kpis]
        assert len(year.issues) == 2 and len(kpis) == 6
        assert all(len(kpi.baselines) == 3 and all(b.value is not None for b in kpi.baselines) for kpi in kpis), \
            "every KPI has its three baselines, typed or from last year's results"
        assert all(result is not None for kpi in kpis for result in kpi.results), "a past year: four quarters"
        assert {kpi.status for kpi in kpis} - {KpiStatus.NO_DATA}
        plan = year_plan(database, last_year)
        assert sum(len(issue.activities) for issue in plan.issues) == 8
        assert all(issue.matrix.partners and issue.budget_total > 0 for issue in plan.issues)
