"""The ``.pcha`` container: written in one canonical way, read as a hostile file.

``write_container(files)`` stores every member uncompressed, with a fixed time and fixed attributes, in name
order: the same files always give the same bytes. ``read_container(raw)`` refuses, before anything is
unpacked or written: a file too large, not a zip, too many members, names that are absolute or escape the
folder or are not the bundle's, duplicate names (also by case), links and folders, members or a total too
large, members compressed too well (zip bombs), encryption, other compression methods; then it reads each
member with a hard cap (the sizes a zip declares are not trusted) and compares the whole file byte for byte
with the canonical container of what it read, so that no byte of the file goes unchecked: a changed byte in
a header is refused like a changed byte in a file (whose SHA-256 the signed manifest holds).
"""

from __future__ import annotations

import io
import stat
import struct
import unicodedata
import zipfile

from pcha_desktop.domain.bundle_format import (
    MAX_BUNDLE_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_FILES,
    MAX_MEMBER_BYTES,
    MAX_TOTAL_BYTES,
    is_allowed_name,
    rejected,
)

FIXED_TIME = (2000, 1, 1, 0, 0, 0)
FILE_ATTRIBUTES = (stat.S_IFREG | 0o644) << 16


def write_container(files: dict[str, bytes]) -> bytes:
    """The canonical zip of ``files`` (name -> content)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED, allowZip64=False) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = FILE_ATTRIBUTES
            archive.writestr(info, files[name])
    return buffer.getvalue()


def _changed() -> Exception:
    return rejected("changed_bytes",
                    "ไฟล์ชุดรายงานถูกแก้ไขหรือเสียหายหลังจากสร้าง (ข้อมูลบางไบต์ไม่ตรงกับที่อำเภอเขียนไว้) ขอให้อำเภอส่งใหม่",
                    "The bundle was changed or damaged after it was made (some bytes are not as the district"
                    " wrote them); ask the district to send it again")


def read_container(raw: bytes) -> dict[str, bytes]:
    """The members of a bundle, or BundleRejected with the reason."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise rejected("too_large", f"ไฟล์ใหญ่เกิน {MAX_BUNDLE_BYTES // 1024 // 1024} MB",
                       f"The file is larger than {MAX_BUNDLE_BYTES // 1024 // 1024} MB")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError,
            UnicodeDecodeError, KeyError, IndexError, OverflowError, TypeError, struct.error):
        raise rejected("not_a_bundle", "ไฟล์นี้ไม่ใช่ชุดรายงาน .pcha หรือเสียหาย (อ่านเป็นไฟล์ zip ไม่ได้)",
                       "This is not a .pcha bundle, or it is damaged (it cannot be read as a zip file)") from None
    with archive:
        _check_listing(infos)
        files: dict[str, bytes] = {}
        for info in infos:
            files[info.filename] = _read_member(archive, info)
    if write_container(files) != raw:
        raise _changed()
    return files


def _check_listing(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_FILES:
        raise rejected("too_many_files", f"ชุดรายงานมีไฟล์ {len(infos)} ไฟล์ เกินที่รับได้ ({MAX_FILES})",
                       f"The bundle holds {len(infos)} files, more than allowed ({MAX_FILES})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        shown = name[:60]
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or "\\" in name:
            raise rejected("unsafe_path", f"ชื่อไฟล์ {shown} เป็นตำแหน่งเต็ม (absolute) ไม่อนุญาต",
                           f"The file name {shown} is an absolute path; not allowed")
        if ".." in name.split("/") or name.startswith("./") or "//" in name:
            raise rejected("unsafe_path", f"ชื่อไฟล์ {shown} ชี้ออกนอกโฟลเดอร์ ไม่อนุญาต",
                           f"The file name {shown} points outside the folder; not allowed")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise rejected("link", f"{shown} เป็นลิงก์ (symbolic link) ชุดรายงานต้องไม่มีลิงก์",
                           f"{shown} is a link; a bundle holds no links")
        if info.is_dir() or stat.S_ISDIR(mode):
            raise rejected("unsafe_path", f"{shown} เป็นโฟลเดอร์ ชุดรายงานมีเฉพาะไฟล์",
                           f"{shown} is a folder; a bundle holds files only")
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            raise rejected("duplicate_name", f"ชื่อไฟล์ {shown} ซ้ำกันในชุดรายงาน",
                           f"The file name {shown} appears twice in the bundle")
        seen.add(folded)
        if not is_allowed_name(name):
            raise rejected("unsafe_path", f"ชื่อไฟล์ {shown} ไม่ใช่ไฟล์ของชุดรายงาน",
                           f"The file name {shown} is not one a bundle has")
        if info.file_size > MAX_MEMBER_BYTES:
            raise rejected("too_large", f"ไฟล์ {shown} ใหญ่เกิน {MAX_MEMBER_BYTES // 1024 // 1024} MB",
                           f"The file {shown} is larger than {MAX_MEMBER_BYTES // 1024 // 1024} MB")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise rejected("too_large", f"ไฟล์ในชุดรายงานรวมกันใหญ่เกิน {MAX_TOTAL_BYTES // 1024 // 1024} MB",
                           f"The files in the bundle add up to more than {MAX_TOTAL_BYTES // 1024 // 1024} MB")
        if info.file_size > 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise rejected("compressed_too_well",
                           f"ไฟล์ {shown} ถูกบีบอัดมากผิดปกติ (แบบ zip bomb) ไม่เปิดอ่าน",
                           f"The file {shown} is compressed suspiciously well (a zip bomb); not opened")
        if info.flag_bits & 0x1:
            raise rejected("unsafe_path", f"ไฟล์ {shown} เข้ารหัสไว้ ชุดรายงานต้องไม่เข้ารหัส",
                           f"The file {shown} is encrypted; a bundle is not")
    if any(info.compress_type != zipfile.ZIP_STORED for info in infos):  # after the zip-bomb checks of all
        raise _changed()


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = min(info.file_size, MAX_MEMBER_BYTES)
    try:
        with archive.open(info) as member:
            content = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, KeyError,
            OverflowError, TypeError, struct.error):
        raise _changed() from None
    if len(content) != info.file_size:
        raise _changed()
    return content


__all__ = ["read_container", "write_container"]
