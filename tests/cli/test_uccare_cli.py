"""`pcha uccare` and `pcha uccare-form` on the demo: the result and its reason in both languages, the JSON as
the service reads it, the PDFs readable with their Thai intact, and bad input a clear error."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest

from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, main
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.services.uccare import uccare_document, year_uccare

CHECKER = next((folder / "shared" / "tools" / "thai-pdf-check" for folder in Path(__file__).resolve().parents
                if (folder / "shared" / "tools" / "thai-pdf-check").exists()), Path("thai-pdf-check"))  # ../shared


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("uccare") / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, date(2025, 1, 10))
    return data_dir


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_listing_gives_levels_result_reason_and_status(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "uccare", "--fy", "2564", "--data-dir", str(demo_dir))
    assert code == EXIT_OK
    assert "2 3 2 2 3 2  ประเมินตนเอง หลังดำเนินการ" in out
    assert "ผ่าน: ทุกองค์ประกอบเพิ่มขึ้นอย่างน้อย 1 ระดับ" in out and "every component rose by at least one level" in out
    assert "ทีมประเมินระดับเขต: ไม่ผ่าน" in out and "Regional visitors: Not passed" in out  # they do not decide
    assert "20 พ.ย. 2563" in out and "2020" not in out
    assert "ผ่าน 4 จาก 4 ประเด็น" in out and "ความเห็นต่าง / Disagreement" in out


def test_the_json_is_the_service_document(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "uccare", "--fy", "2561", "--json", "--data-dir", str(demo_dir))
    assert code == EXIT_OK
    with open_data_folder(demo_dir, create=False) as folder:
        expected = uccare_document(year_uccare(folder.database, 2561))
    assert json.loads(out) == expected
    assert expected["status"]["district_result"] == "pass"


@pytest.mark.skipif(not CHECKER.exists() or shutil.which("pdftotext") is None, reason="thai-pdf-check not here")
@pytest.mark.parametrize("filled, words", [
    (False, ["แบบประเมินระดับการพัฒนาคุณภาพ", "การชื่นชมและให้คุณค่า", "บูรณาการ", "ผู้ร่วมประเมิน"]),
    (True, ["ยังอยู่ระดับ", "ไม่เพิ่มขึ้น", "หลังดำเนินการ", "ก่อนดำเนินการ", "แผนภาพเปรียบเทียบ"]),
])
def test_the_pdfs_pass_the_readers_check(capsys, demo_dir, tmp_path, filled, words) -> None:
    out = tmp_path / "uccare.pdf"
    arguments = ["uccare-form", "--issue", "4", "--out", str(out), "--data-dir", str(demo_dir)]
    code, printed, _err = run(capsys, *arguments, *(["--filled"] if filled else []))
    assert code == EXIT_OK and "โรคไม่ติดต่อเรื้อรัง" in printed
    check = [str(CHECKER), str(out), "--exact"] + [item for word in words for item in ("--need", word)]
    result = subprocess.run(check, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    pages = pypdf.PdfReader(str(out)).pages
    assert all("ข้อมูลตัวอย่าง" in page.extract_text() for page in pages)


def test_a_missing_issue_or_bad_arguments_say_so_without_a_traceback(capsys, demo_dir, tmp_path) -> None:
    code, _out, err = run(capsys, "uccare-form", "--issue", "999", "--out", str(tmp_path / "x.pdf"),
                          "--data-dir", str(demo_dir))
    assert code != EXIT_OK and "ไม่พบประเด็นนี้" in err and "No such issue" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
    code, _out, err = run(capsys, "uccare", "--fy", "64", "--data-dir", str(demo_dir))
    assert code == EXIT_BAD_INPUT and "--fy" in err
    with pytest.raises(SystemExit):
        main(["uccare-form", "--issue", "abc", "--out", str(tmp_path / "x.pdf")])


def test_a_past_years_result_is_typed_listed_and_refused_for_an_assessed_year(capsys, demo_dir) -> None:
    code, out, _err = run(capsys, "uccare", "--past-result", "2560=fail", "--note", "หนังสือจังหวัด",
                          "--data-dir", str(demo_dir))
    assert code == EXIT_OK and "ปีงบประมาณ 2560: ผลที่พิมพ์ไว้ของปีก่อนใช้โปรแกรม: ไม่ผ่าน — หนังสือจังหวัด" in out
    code, out, _err = run(capsys, "uccare", "--fy", "2563", "--data-dir", str(demo_dir))
    assert "2560: ไม่ผ่าน (พิมพ์ไว้) / Not passed (typed)" in out and "2562: ผ่าน (จากการประเมิน)" in out
    code, out, err = run(capsys, "uccare", "--past-result", "2563=fail", "--data-dir", str(demo_dir))
    assert code != EXIT_OK and "คำนวณจากการประเมิน" in err and "Traceback" not in err
    code, out, _err = run(capsys, "uccare", "--past-result", "2560=none", "--data-dir", str(demo_dir))
    assert code == EXIT_OK and "ยังไม่มีผลการประเมิน UCCARE" in out
