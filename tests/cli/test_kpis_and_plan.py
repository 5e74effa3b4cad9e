"""`pcha kpis` and `pcha plan` on the demo: the JSON agrees with the services (what the screens show), the
text is bilingual with BE dates, and a bad --fy is a clear error with no traceback."""

from __future__ import annotations

import json

import pytest

from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, main
from pcha_desktop.domain.kpis import rounded
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.issues import json_number, year_kpis, year_plan


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_kpis_json_agrees_with_the_service(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "kpis", "--fy", "2564", "--json", "--data-dir", str(demo_dir))
    assert code == EXIT_OK
    document = json.loads(out)
    with open_data_folder(demo_dir, create=False) as folder:
        year = year_kpis(folder.database, 2564)
    assert document["fiscal_year"] == 2564 and len(document["issues"]) == 4
    for issue, shown in zip(year.issues, document["issues"]):
        assert shown["title"] == issue.title
        for kpi, row in zip(issue.kpis, shown["kpis"], strict=True):
            assert row["status"] == kpi.status.value and row["percent"] == json_number(kpi.percent)
            assert row["quarters"] == [json_number(v) for v in kpi.results]
            assert row["result"] == json_number(rounded(kpi.year_value))
            assert [b["fiscal_year"] for b in row["baselines"]] == [2561, 2562, 2563]


def test_plan_json_budget_and_matrix(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "plan", "--fy", "2564", "--json", "--data-dir", str(demo_dir))
    assert code == EXIT_OK
    document = json.loads(out)
    with open_data_folder(demo_dir, create=False) as folder:
        plan = year_plan(folder.database, 2564)
    assert sum(document["budget_by_source"].values()) == sum(json_number(i.budget_total) for i in plan.issues)
    bed_bound = document["issues"][1]
    assert {row["partner"] for row in bed_bound["resource_matrix"]["partners"]} >= {"รพ.สต.ฉลอง", "เทศบาลตำบลราไวย์"}
    activity = bed_bound["activities"][0]
    assert activity["start"] == "2021-01-10" and activity["start_be"] == "10 ม.ค. 2564"
    assert activity["objectives"][0] == {"objective": plan.issues[1].activities[0].objectives[0].objective,
                                         "indicator": "ผู้เข้าอบรมผ่านการประเมินร้อยละ 90",
                                         "result": "ผ่านการประเมิน 58 จาก 60 คน (ร้อยละ 96.7)"}


def test_text_output_is_bilingual_with_be_dates(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "kpis", "--fy", "2564", "--data-dir", str(demo_dir))
    assert code == EXIT_OK and "บรรลุเป้าหมาย / Met" in out and "2563:85.3" in out
    code, out, _err = run(capsys, "plan", "--fy", "2564", "--data-dir", str(demo_dir))
    assert code == EXIT_OK and "10 ม.ค. 2564" in out and "2021" not in out and "ทรัพยากรที่ร่วมกัน" in out


@pytest.mark.parametrize("command", ["kpis", "plan"])
def test_a_ce_year_is_refused_clearly(capsys, demo_dir, command) -> None:
    code, out, err = run(capsys, command, "--fy", "2021", "--data-dir", str(demo_dir))
    assert code == EXIT_BAD_INPUT and not out
    assert "ปีงบประมาณ พ.ศ." in err and "BE fiscal year" in err and "Traceback" not in err


def test_a_year_without_issues_says_so(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "kpis", "--fy", "2600", "--data-dir", str(demo_dir))
    assert code == EXIT_OK and "อย่างน้อย 2 ประเด็น" in out


def test_plan_as_a_workbook(capsys, demo_dir, tmp_path) -> None:
    out = tmp_path / "แผน.xlsx"
    code, printed, _err = run(capsys, "plan", "--fy", "2564", "--out", str(out), "--data-dir", str(demo_dir))
    assert code == EXIT_OK and out.exists() and "FY2564" in printed
    code, _out, err = run(capsys, "plan", "--fy", "2564", "--out", str(tmp_path / "ไม่มี" / "x.xlsx"),
                          "--data-dir", str(demo_dir))
    assert code == EXIT_BAD_INPUT and "ไม่มี" in err and "Traceback" not in err
