"""The workspace names every path once; the keys folder is private and never in the data or its backups."""

from __future__ import annotations

import ast
import os
import stat
from pathlib import Path

import pytest

import pcha_desktop
from pcha_desktop.services.backups import back_up_now
from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.services.workspace import (
    EXPORTS_SUBDIR,
    KEYS_SUBDIR,
    LOGS_SUBDIR,
    KeysInsideDataFolder,
    Workspace,
    is_private,
    write_private_file,
)

PACKAGE = Path(pcha_desktop.__file__).resolve().parent
PATH_MODULES = {PACKAGE / "services" / "workspace.py", PACKAGE / "storage" / "paths.py"}
FOLDER_NAMES = {EXPORTS_SUBDIR, LOGS_SUBDIR, KEYS_SUBDIR, "attachments", "backups"}
POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def test_the_workspace_names_every_folder_of_the_data_folder(tmp_path: Path) -> None:
    with open_data_folder(tmp_path / "data") as folder:
        workspace = folder.workspace
        assert workspace.database is folder.database
        assert workspace.database_path == folder.database_path
        data_dir = folder.data_dir
        for path in (workspace.attachments_dir, workspace.backups_dir, workspace.exports_dir, workspace.logs_dir):
            assert path.parent == data_dir
        assert workspace.attachments_dir.is_dir() and workspace.backups_dir.is_dir()
        folder.close_database()  # e.g. a restore: the workspace follows the folder's new database
        assert workspace.database is folder.database


@POSIX
def test_the_keys_folder_is_private_and_outside_the_data_folder(opened: DataFolder, user_dir: Path) -> None:
    keys = opened.workspace.keys_dir
    assert keys == user_dir / KEYS_SUBDIR and keys.is_dir()
    assert not keys.resolve().is_relative_to(opened.data_dir.resolve())
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    key = write_private_file(keys / "district-signing.key", b"PRIVATE KEY 0123456789abcdef")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert is_private(keys) and is_private(key)
    os.chmod(keys, 0o755)  # loosened by someone: asking for the folder makes it private again
    assert stat.S_IMODE(opened.workspace.keys_dir.stat().st_mode) == 0o700


def test_backups_never_contain_the_key(opened: DataFolder) -> None:
    secret = b"-----BEGIN PRIVATE KEY----- 5f0c9e2a district signing key"
    write_private_file(opened.workspace.keys_dir / "district-signing.key", secret)
    backup = back_up_now(opened)
    written = [path for path in opened.workspace.backups_dir.rglob("*") if path.is_file()]
    assert backup in written
    for path in written:
        assert secret not in path.read_bytes(), f"{path} holds the key"
    in_data_folder = [path for path in opened.data_dir.rglob("*") if path.is_file()]
    assert all(secret not in path.read_bytes() for path in in_data_folder)


def test_a_data_folder_around_the_users_folder_is_refused_for_keys(tmp_path: Path) -> None:
    data_dir = tmp_path / "everything"
    workspace = Workspace(data_dir, data_dir / "profile", lambda: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(KeysInsideDataFolder) as refused:
        _ = workspace.keys_dir
    assert "backups" in refused.value.message_en and refused.value.message_th


# --- no module but the workspace (and storage/paths.py) builds the data folder's paths ------------------


def path_building(source: str) -> list[str]:
    """Places in ``source`` that build a workspace path themselves: ``<x> / "exports"`` (or attachments,
    backups, logs, keys) and ``<database>.path.parent``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.right, ast.Constant)
                and node.right.value in FOLDER_NAMES):
            found.append(f"line {node.lineno}: / {node.right.value!r}")
        if (isinstance(node, ast.Attribute) and node.attr == "parent" and isinstance(node.value, ast.Attribute)
                and node.value.attr == "path" and "database" in ast.unparse(node.value.value)):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_the_check_finds_a_path_built_by_hand() -> None:
    bad = (
        "def f(state, database):\n"
        "    a = state.data_folder.data_dir / 'exports'\n"
        "    b = emblem_path(database.path.parent)\n"
        "    c = Path(data_dir) / \"attachments\" / sha[:2]\n"
    )
    assert len(path_building(bad)) == 3
    assert path_building("folder = workspace.exports_dir\nout = folder / 'file.pdf'\n") == []


def test_no_module_builds_the_data_folders_paths_itself() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): found
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in PATH_MODULES and ".venv" not in path.parts
        for found in [path_building(path.read_text(encoding="utf-8"))]
        if found
    }
    assert not offenders, f"use the Workspace (services/workspace.py) instead: {offenders}"


@pytest.fixture
def opened(tmp_path: Path):
    folder = open_data_folder(tmp_path / "data")
    try:
        yield folder
    finally:
        folder.close()
