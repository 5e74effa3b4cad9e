"""The attachment files on disk: ``<attachments>/<first two hex digits>/<sha256>``, written atomically.

Shared by the attachment service (storing a scanned order or a photo) and the backups (which copy the
files into a backup archive and put them back on restore). Content-addressed: a file's name is the
SHA-256 of its bytes, so a file is never changed in place, only written whole or left alone.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from pcha_desktop.storage.paths import fsync_directory

READ_BLOCK = 1 << 20
SHA256_HEX_LENGTH = 64


def blob_path(attachments_dir: Path, sha256: str) -> Path:
    return Path(attachments_dir) / sha256[:2] / sha256


def is_sha256_hex(text: str) -> bool:
    return len(text) == SHA256_HEX_LENGTH and all(c in "0123456789abcdef" for c in text)


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(READ_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def has_good_blob(attachments_dir: Path, sha256: str) -> bool:
    """The file for ``sha256`` is there and its content still matches its name."""
    path = blob_path(attachments_dir, sha256)
    try:
        return path.is_file() and sha256_of_file(path) == sha256
    except OSError:
        return False


def write_blob(attachments_dir: Path, sha256: str, blocks: Iterable[bytes]) -> None:
    """Write the blocks as the file for ``sha256`` (temporary name, fsync, atomic rename).

    Raises ``ValueError`` and leaves nothing behind when the bytes do not hash to ``sha256``.
    An existing good file is left as it is.
    """
    if has_good_blob(attachments_dir, sha256):
        return
    target = blob_path(attachments_dir, sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        digest = hashlib.sha256()
        with os.fdopen(handle, "wb") as stream:
            for block in blocks:
                digest.update(block)
                stream.write(block)
            stream.flush()
            os.fsync(stream.fileno())
        if digest.hexdigest() != sha256:
            raise ValueError(f"content does not match its SHA-256 {sha256}")
        os.replace(temporary, target)
        fsync_directory(target.parent)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = ["blob_path", "has_good_blob", "is_sha256_hex", "sha256_of_file", "write_blob"]
