"""`pcha meetings` on the demo: the JSON agrees with the services, the text is bilingual with BE dates, and a
bad --fy is a clear error with no traceback."""

from __future__ import annotations

import json


from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, main
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.meetings import year_overview


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_meetings_json_agrees_with_the_service(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "meetings", "--fy", "2564", "--json", "--data-dir", str(demo_dir))
    assert code == EXIT_OK
    document = json.loads(out)
    with open_data_folder(demo_dir, create=False) as folder:
        overview = year_overview(folder.database, 2564)
    assert document["four_a_year"]["held_with_quorum"] == 4 == overview.status.held_with_quorum
    assert document["four_a_year"]["held_without_quorum"] == 1
    assert document["four_a_year"]["verdict"] == "met"
    district = [row for row in document["meetings"] if row["counts_for_four_a_year"]]
    assert [row["number_label"] for row in district] == [f"ครั้งที่ {n}/2564" for n in range(1, 6)]
    assert [row["quorum"]["met"] for row in district] == [True, True, False, True, True]
    assert district[3]["quorum"]["reconvened_one_third_rule"]
    subgroups = [row for row in document["meetings"] if row["kind"] == "subgroup"]
    assert len(subgroups) == 8 and document["workshops"] == 1
    first = district[0]
    assert first["attendance"] == {"members": 13, "present": 10, "represented": 1, "absent_with_notice": 1, "absent": 1}


def test_meetings_text_is_bilingual_with_be_dates(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "meetings", "--fy", "2564", "--data-dir", str(demo_dir))
    assert code == EXIT_OK
    assert "ครั้งที่ 3/2564  17 พ.ค. 2564" in out
    assert "ไม่ครบองค์ประชุม / NO quorum (5/7)" in out
    assert "4 meetings held (minimum 4)" in out


def test_a_bad_fiscal_year_is_a_clear_error(capsys, demo_dir) -> None:
    code, _out, err = run(capsys, "meetings", "--fy", "64", "--data-dir", str(demo_dir))
    assert code == EXIT_BAD_INPUT and "2564" in err and "Traceback" not in err
