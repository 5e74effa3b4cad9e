"""`pcha year` on the demo: the fifteen steps, each with its state, its BE due date and what is missing; the
JSON agrees with the service; BE dates in both."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, main
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.services.year_guide import year_guide


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:  # noqa: ANN001
    data_dir = tmp_path_factory.mktemp("cli") / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, date(2025, 1, 10))
    return data_dir


def test_guide_lists_fifteen_steps_and_what_is_missing(capsys, demo_dir: Path) -> None:  # noqa: ANN001
    assert main(["year", "--fy", "2564", "--data-dir", str(demo_dir)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "15. [" in out and "16. [" not in out
    step_13 = out[out.index(" 13. ["):out.index(" 14. [")]
    assert "[เลยกำหนด / Late]" in step_13 and "กำหนด/due 31 ธ.ค. 2563" in step_13  # its state, its BE due date
    assert "- ตำบลเกาะแก้วยังไม่มี พชต. / Tambon เกาะแก้ว has no tambon committee" in step_13  # what it lacks
    assert "กำหนด/due 30 พ.ย. 2563" in out and "2020" not in out  # BE only
    assert "เลยกำหนด: ขั้นตอนที่ " in out


def test_guide_json_agrees_with_the_service(capsys, demo_dir: Path) -> None:  # noqa: ANN001
    assert main(["year", "--fy", "2564", "--json", "--data-dir", str(demo_dir)]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    with open_data_folder(demo_dir, create=False) as folder:
        guide = year_guide(folder.database, 2564)
    assert [step["state"] for step in document["steps"]] == [step.state.value for step in guide.steps]
    assert [item["th"] for item in document["missing"]] == [item.th for item in guide.missing]
    assert document["steps"][0]["due"] == "2020-11-30" and document["steps"][0]["due_be"] == "30 พ.ย. 2563"


def test_a_bad_year_is_refused_without_a_traceback(capsys, demo_dir: Path) -> None:  # noqa: ANN001
    assert main(["year", "--fy", "64", "--data-dir", str(demo_dir)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "Traceback" not in err and "2564" in err
