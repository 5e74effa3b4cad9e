"""The attachment store: scanned signed orders and visit photos, kept content-addressed with a hash.

Files live under ``<data dir>/attachments/<first two hex digits>/<sha256>``; the ``attachment`` row keeps
the hash, the original name, the media type and the size. The file type is decided by its first bytes
(PDF, PNG, JPEG, TIFF, never by the name); files over ``MAX_ATTACHMENT_BYTES`` are refused. Reading checks
the hash again, so a damaged or swapped file is reported instead of shown.

``store_file`` writes the file (temporary name, fsync, atomic rename) before the database transaction
commits; if that transaction rolls back, the file stays as an unreferenced blob, which is harmless: the
same content is found again by its hash next time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.attachment_files import blob_path, write_blob
from pcha_desktop.storage.models import Attachment

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_NAME_LENGTH = 255

# (first bytes, media type); checked in order.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
PDF_AND_IMAGES = frozenset(media_type for _, media_type in _SIGNATURES)
IMAGES = frozenset(media_type for media_type in PDF_AND_IMAGES if media_type.startswith("image/"))


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    sha256: str
    original_name: str
    media_type: str
    size_bytes: int


class AttachmentRejected(UserFacingError):
    """The file may not be attached (wrong type, too big, unreadable); nothing was stored."""


class AttachmentDamaged(UserFacingError):
    """The stored file is missing or its content no longer matches its hash."""


def media_type_of(head: bytes) -> str | None:
    """The media type recognised from the file's first bytes, or None."""
    return next((media_type for magic, media_type in _SIGNATURES if head.startswith(magic)), None)


def info_of(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.sha256, row.original_name, row.media_type, row.size_bytes)


def _read_source(source: Path) -> bytes:
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_big(size)
        with source.open("rb") as handle:
            content = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as error:
        raise AttachmentRejected(
            f"เปิดไฟล์ {source.name} ไม่ได้ ({error.strerror or error})",
            f"Cannot read {source.name} ({error.strerror or error})",
            field="file",
        ) from error
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _too_big(len(content))
    return content


def _too_big(size: int) -> AttachmentRejected:
    limit_mb = MAX_ATTACHMENT_BYTES // (1024 * 1024)
    return AttachmentRejected(
        f"ไฟล์มีขนาด {size / 1048576:.1f} MB ใหญ่เกินกว่าที่รับได้ ({limit_mb} MB) กรุณาสแกนด้วยความละเอียดต่ำลง",
        f"The file is {size / 1048576:.1f} MB, more than the {limit_mb} MB allowed; scan at a lower resolution",
        field="file",
    )


def _check_type(content: bytes, original_name: str, allowed: frozenset[str]) -> str:
    media_type = media_type_of(content[:16])
    if media_type is None or media_type not in allowed:
        kinds = "PDF หรือรูปภาพ (PNG, JPEG, TIFF)" if "application/pdf" in allowed else "รูปภาพ (PNG, JPEG, TIFF)"
        kinds_en = "a PDF or an image (PNG, JPEG, TIFF)" if "application/pdf" in allowed else "an image (PNG, JPEG, TIFF)"
        raise AttachmentRejected(
            f"ไฟล์ {original_name} ไม่ใช่ {kinds}",
            f"{original_name} is not {kinds_en}",
            field="file",
        )
    return media_type


def store_content(
    session: Session,
    attachments_dir: Path,
    content: bytes,
    original_name: str,
    allowed: frozenset[str] = PDF_AND_IMAGES,
) -> Attachment:
    """Validate, write the blob and add its ``Attachment`` row to the session (flushed, so it has an id)."""
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _too_big(len(content))
    name = Path(original_name).name[:MAX_NAME_LENGTH] or "file"
    media_type = _check_type(content, name, allowed)
    sha256 = hashlib.sha256(content).hexdigest()
    write_blob(Path(attachments_dir), sha256, [content])
    row = Attachment(sha256=sha256, original_name=name, media_type=media_type, size_bytes=len(content))
    session.add(row)
    session.flush()
    return row


def store_file(
    session: Session, attachments_dir: Path, source: Path, allowed: frozenset[str] = PDF_AND_IMAGES
) -> Attachment:
    source = Path(source)
    return store_content(session, attachments_dir, _read_source(source), source.name, allowed)


def read_verified(attachments_dir: Path, info: AttachmentInfo) -> bytes:
    """The stored bytes, after checking them against the recorded hash and size."""
    path = blob_path(attachments_dir, info.sha256)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise AttachmentDamaged(
            f"ไม่พบไฟล์แนบ {info.original_name} ในโฟลเดอร์ข้อมูล (อาจถูกลบหรือย้าย)",
            f"The attachment {info.original_name} is missing from the data folder",
        ) from error
    if len(content) != info.size_bytes or hashlib.sha256(content).hexdigest() != info.sha256:
        raise AttachmentDamaged(
            f"ไฟล์แนบ {info.original_name} ถูกแก้ไขหรือเสียหาย (ค่าตรวจสอบไม่ตรงกัน)",
            f"The attachment {info.original_name} was changed or damaged (hash mismatch)",
        )
    return content
