"""What the district attaches to its report bundle: the scans the app already holds, shrunk images, the size.

    held = held_attachments(database, "2564Q1")        # signed order scans, signed minutes scans
    path = copy_held(workspace, held[0], folder)       # checked against its hash, under a readable name
    results = shrink_images([path, Path("scan.png")], folder / "shrunk")   # copies; originals untouched
    size = expected_size(database, "2564Q1", BundleFiles(attachments=(...)))  # bytes, before exporting

The bundle itself is written by ``services.bundles.export_bundle`` with ``BundleFiles(attachments=paths)``;
this module only chooses and prepares those paths. Shrinking re-encodes PNG, JPEG and single-page TIFF scans
as JPEG with Pillow (a dependency of ReportLab): at most ``LONGEST_SIDE`` pixels on the longest side (about
200 dpi for an A4 page, still readable), colour kept (stamps and signatures), EXIF orientation applied. A
copy that would not be a tenth smaller is not used. PDFs are left as they are.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from pcha_desktop.domain.bundle_format import attachment_member_name
from pcha_desktop.domain.thai_calendar import fiscal_year_range
from pcha_desktop.services.attachments import AttachmentInfo, info_of, media_type_of, read_verified
from pcha_desktop.services.bundles import BundleFiles, build_data, period_of, year_guide_part
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import AppointmentOrder, Committee, CommitteeKind, Meeting, OrderStatus

LONGEST_SIDE = 2000
JPEG_QUALITY = 72
WORTH_IT = 0.9  # the copy is used only when at most this fraction of the original's size
SHRINKABLE = frozenset({"image/png", "image/jpeg", "image/tiff"})
_EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif"}
# A stored (uncompressed) zip member costs its local header (30 bytes + name) and its central directory
# entry (46 bytes + name); the archive ends with 22 bytes (services/bundle_container.py writes it).
_ZIP_MEMBER_BYTES = 76
_ZIP_END_BYTES = 22
_SIGNATURE_BYTES = 64
_MANIFEST_BYTES_PER_FILE = 120


@dataclass(frozen=True)
class HeldAttachment:
    """A scan the app holds that may go in the bundle: a signed order or a meeting's signed minutes."""

    kind: str  # "order" or "minutes"
    record_uuid: str
    label_th: str
    label_en: str
    file_name: str  # the copy's name (ASCII, so that the bundle's member name says what it is)
    attachment: AttachmentInfo

    @property
    def size_bytes(self) -> int:
        return self.attachment.size_bytes

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.record_uuid}:{self.attachment.sha256}"

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_th


@dataclass(frozen=True)
class ShrinkResult:
    original: Path
    path: Path  # the copy the bundle carries: the shrunk one, or the original when it was not shrunk
    before: int
    after: int
    reason: str = ""  # why it was not shrunk: "pdf", "not_image", "not_smaller", "unreadable", "pages"

    @property
    def shrunk(self) -> bool:
        return self.path != self.original


def _extension(media_type: str) -> str:
    return _EXTENSIONS.get(media_type, "")


def held_attachments(database: Database, period_text: str) -> list[HeldAttachment]:
    """The signed scans the app holds for the period: every issued order with its signed copy that was issued
    in the period's fiscal year or was the one in force at the period's end, and the signed minutes of the
    fiscal year's meetings held by the period's end. Orders first (by date), then minutes (by date)."""
    period = period_of(period_text)
    year_start, _year_end = fiscal_year_range(period.fiscal_year)
    found: list[HeldAttachment] = []
    with database.reader() as session:
        orders = list(session.scalars(
            select(AppointmentOrder).options(joinedload(AppointmentOrder.signed_copy),
                                             joinedload(AppointmentOrder.committee))
            .where(AppointmentOrder.status == OrderStatus.ISSUED, AppointmentOrder.order_date <= period.end)
            .order_by(AppointmentOrder.order_date, AppointmentOrder.id)))
        in_force: dict[int, AppointmentOrder] = {}
        for order in orders:
            in_force[order.committee_id] = order  # the latest issued by the period's end, per committee
        for order in orders:
            if order.signed_copy is None or (order.order_date < year_start and in_force[order.committee_id] is not order):
                continue
            info = info_of(order.signed_copy)
            number = f"{order.running_number}/{order.be_year}"
            committee = order.committee.name if order.committee is not None else ""
            found.append(HeldAttachment(
                "order", order.uuid, f"คำสั่งที่ {number} (ฉบับลงนาม) {committee}".strip(),
                f"Order {number} (signed) {committee}".strip(),
                f"signed-order-{order.running_number}-{order.be_year}{_extension(info.media_type)}", info))
        meetings = session.scalars(
            select(Meeting).options(joinedload(Meeting.signed_minutes), joinedload(Meeting.committee))
            .where(Meeting.fiscal_year == period.fiscal_year, Meeting.meeting_date <= period.end,
                   Meeting.signed_minutes_attachment_id.is_not(None))
            .order_by(Meeting.meeting_date, Meeting.id))
        for meeting in meetings:
            assert meeting.signed_minutes is not None
            info = info_of(meeting.signed_minutes)
            number = f"{meeting.number}/{meeting.fiscal_year}"
            committee: Committee = meeting.committee
            kind = "" if committee.kind == CommitteeKind.DISTRICT else f"-{committee.id}"
            found.append(HeldAttachment(
                "minutes", meeting.uuid, f"รายงานการประชุมครั้งที่ {number} (ฉบับลงนาม) {committee.name}",
                f"Minutes of meeting {number} (signed) {committee.name}",
                f"signed-minutes{kind}-{meeting.number}-{meeting.fiscal_year}{_extension(info.media_type)}", info))
    return found


def copy_held(workspace: Workspace, held: HeldAttachment, folder: Path) -> Path:
    """The held scan written to ``folder`` under its readable name, after checking its hash."""
    content = read_verified(workspace.attachments_dir, held.attachment)
    folder.mkdir(parents=True, exist_ok=True)
    out = _free_name(folder, held.file_name)
    out.write_bytes(content)
    return out


def _free_name(folder: Path, name: str) -> Path:
    out = folder / name
    number = 2
    while out.exists():
        out = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return out


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(16)
    except OSError as error:
        raise UserFacingError(f"อ่านไฟล์ {path.name} ไม่ได้ ({error.strerror})", f"Cannot read {path.name} ({error.strerror})",
                              field="file") from None


def is_shrinkable(path: Path) -> bool:
    """Whether ``path`` is an image that shrinking may make smaller (decided by its first bytes)."""
    return media_type_of(_head(Path(path))) in SHRINKABLE


def shrink_image(source: Path, folder: Path, *, longest_side: int = LONGEST_SIDE,
                 quality: int = JPEG_QUALITY) -> ShrinkResult:
    """A smaller JPEG copy of the image ``source`` in ``folder`` (made if missing); ``source`` is only read.
    Not shrunk (the result's path is ``source``, with the reason): a PDF, not an image, unreadable, a TIFF
    of several pages, or a copy that would not be a tenth smaller."""
    from PIL import Image, ImageOps

    source = Path(source)
    before = source.stat().st_size
    media_type = media_type_of(_head(source))
    if media_type not in SHRINKABLE:
        return ShrinkResult(source, source, before, before, "pdf" if media_type == "application/pdf" else "not_image")
    out: Path | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's complaints about a damaged file's EXIF and the like
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # too many pixels: not decoded
            with Image.open(source) as image:
                if getattr(image, "n_frames", 1) > 1:
                    return ShrinkResult(source, source, before, before, "pages")
                if image.format == "JPEG":
                    image.draft("RGB", (longest_side, longest_side))  # decode at a reduced scale: fast, less memory
                picture = ImageOps.exif_transpose(image)
                picture.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
                if "A" in picture.mode or "transparency" in picture.info:
                    rgba = picture.convert("RGBA")
                    picture = Image.new("RGB", picture.size, "white")  # scans with transparency: on white paper
                    picture.paste(rgba, mask=rgba.getchannel("A"))
                elif picture.mode not in ("RGB", "L"):
                    picture = picture.convert("RGB")
                folder.mkdir(parents=True, exist_ok=True)
                out = _free_name(folder, f"{source.stem}.jpg")
                picture.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        if out is not None:
            out.unlink(missing_ok=True)  # a copy begun, not finished
        return ShrinkResult(source, source, before, before, "unreadable")
    after = out.stat().st_size
    if after > before * WORTH_IT:  # a tenth less is worth a second JPEG compression; less is not
        out.unlink()
        return ShrinkResult(source, source, before, before, "not_smaller")
    return ShrinkResult(source, out, before, after)


def shrink_images(sources: Iterable[Path], folder: Path, **options: int) -> list[ShrinkResult]:
    """``shrink_image`` for each of ``sources``, each copy in its own numbered folder under ``folder`` (two
    files of one name stay two files)."""
    return [shrink_image(Path(source), Path(folder) / f"{index:02d}", **options)
            for index, source in enumerate(sources, start=1)]


def file_size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def container_size(member_sizes: dict[str, int]) -> int:
    """The size of the stored (uncompressed) container holding members of these names and sizes."""
    return _ZIP_END_BYTES + sum(size + _ZIP_MEMBER_BYTES + 2 * len(name.encode("utf-8"))
                                for name, size in member_sizes.items())


def data_size(database: Database, period_text: str) -> int:
    """The size of the period's data.json as it would be written now."""
    from pcha_desktop.domain.bundle_format import canonical_json

    period = period_of(period_text)
    steps = year_guide_part(database, period)
    with database.reader() as session:
        data = build_data(session, period)
    data["year_guide"] = steps
    return len(canonical_json(data))


def expected_size(data_bytes: int, attachments: Sequence[tuple[str, int]] = (), *, report_pdf: int | None = None,
                  workbook: int | None = None) -> int:
    """The bundle's expected size in bytes: data.json (``data_size``), the report PDF and workbook if any, the
    attachments as (file name, size) in the bundle's order, the manifest (estimated) and the signature."""
    from pcha_desktop.domain.bundle_format import DATA, MANIFEST, REPORT_PDF, SIGNATURE, WORKBOOK

    members = {DATA: data_bytes}
    if report_pdf is not None:
        members[REPORT_PDF] = report_pdf
    if workbook is not None:
        members[WORKBOOK] = workbook
    for index, (name, size) in enumerate(attachments, start=1):
        members[attachment_member_name(index, name)] = size
    members[MANIFEST] = 400 + _MANIFEST_BYTES_PER_FILE * len(members)
    members[SIGNATURE] = _SIGNATURE_BYTES
    return container_size(members)


def expected_size_of(data_bytes: int, files: BundleFiles) -> int:
    """``expected_size`` of the files as they are on disk now."""
    return expected_size(data_bytes, [(Path(path).name, file_size(path)) for path in files.attachments],
                         report_pdf=file_size(files.report_pdf) if files.report_pdf is not None else None,
                         workbook=file_size(files.workbook) if files.workbook is not None else None)


__all__ = [
    "HeldAttachment", "JPEG_QUALITY", "LONGEST_SIDE", "ShrinkResult", "container_size", "copy_held", "data_size",
    "expected_size", "expected_size_of", "file_size", "held_attachments", "is_shrinkable", "shrink_image", "shrink_images",
]
