"""The Garuda emblem printed at the top of orders (optional): an image the office chooses once.

No emblem ships with the program; the office picks its own file (PNG or JPEG), which is checked and
copied into the workspace (``Workspace.emblem_dir``), so the orders look the same on every later print.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.workspace import Workspace

EMBLEM_FILE_STEM = "garuda-emblem"
EMBLEM_MEDIA = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}
MAX_EMBLEM_BYTES = 5 * 1024 * 1024


def _emblem_file(workspace: Workspace, suffix: str) -> Path:
    return workspace.emblem_dir / f"{EMBLEM_FILE_STEM}{suffix}"


def emblem_path(workspace: Workspace) -> Path | None:
    """The emblem chosen for this workspace, or None."""
    for suffix in sorted(set(EMBLEM_MEDIA.values())):
        candidate = _emblem_file(workspace, suffix)
        if candidate.is_file():
            return candidate
    return None


def set_emblem(workspace: Workspace, source: Path) -> Path:
    """Check `source` is a PNG or JPEG image of sensible size and keep a copy; returns the copy."""
    source = Path(source)
    try:
        size = source.stat().st_size
        with source.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise UserFacingError(f"เปิดไฟล์ {source.name} ไม่ได้", f"Cannot open {source.name}: {error.strerror}") from error
    suffix = next((ext for magic, ext in EMBLEM_MEDIA.items() if head.startswith(magic)), None)
    if suffix is None:
        raise UserFacingError(
            f"ไฟล์ {source.name} ไม่ใช่รูปภาพ PNG หรือ JPEG", f"{source.name} is not a PNG or JPEG image"
        )
    if size > MAX_EMBLEM_BYTES:
        raise UserFacingError("ไฟล์ตราครุฑใหญ่เกิน 5 MB", "The emblem file is larger than 5 MB")
    clear_emblem(workspace)
    target = _emblem_file(workspace, suffix)
    shutil.copyfile(source, target)
    return target


def clear_emblem(workspace: Workspace) -> None:
    for suffix in set(EMBLEM_MEDIA.values()):
        _emblem_file(workspace, suffix).unlink(missing_ok=True)
