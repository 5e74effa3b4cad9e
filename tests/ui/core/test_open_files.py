"""A written file is opened with the system's program for it, or, when none opens it, its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from pcha_desktop.ui.core import export_files


def test_a_file_opens_with_its_program_else_its_folder(monkeypatch, tmp_path: Path) -> None:
    draft = tmp_path / "ร่างอีเมล ครั้งที่ 2-2564.eml"
    draft.write_bytes(b"X-Unsent: 1\r\n\r\n")
    asked: list[str] = []
    has_program = {"eml": True}

    def fake_open(url: QUrl) -> bool:
        asked.append(url.toLocalFile())
        return has_program["eml"] or Path(url.toLocalFile()).is_dir()

    monkeypatch.setattr(export_files, "open_url", fake_open)
    assert export_files.open_file_or_folder(draft)
    assert asked == [str(draft)]  # the mail program opened it: no folder

    asked.clear()
    has_program["eml"] = False
    assert export_files.open_file_or_folder(draft)
    assert asked == [str(draft), str(tmp_path)]  # no program for .eml here: the folder instead
